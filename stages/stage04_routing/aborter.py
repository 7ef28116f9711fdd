"""``abort(404)``: raise the HTTP error for a status code, from anywhere in a view.

Mirrors ``Aborter`` and ``abort`` in werkzeug/exceptions.py (Werkzeug 3.1.9). The
table it reads, ``default_exceptions``, is the catalogue in exceptions.py.
"""

from __future__ import annotations

from typing import Any, NoReturn

from .exceptions import HTTPException, default_exceptions


# --8<-- [start:abort]
class Aborter:
    """``aborter(404)`` raises ``NotFound()``; ``aborter(response)`` raises it wrapped."""

    def __init__(
        self,
        mapping: dict[int, type[HTTPException]] | None = None,
        extra: dict[int, type[HTTPException]] | None = None,
    ) -> None:
        self.mapping = dict(default_exceptions if mapping is None else mapping)
        if extra is not None:
            self.mapping.update(extra)

    def __call__(self, code: Any, *args: Any, **kwargs: Any) -> NoReturn:
        raise self.exception_for(code, *args, **kwargs)

    def exception_for(self, code: Any, *args: Any, **kwargs: Any) -> HTTPException:
        """The exception ``abort(code, ...)`` raises; a response object is wrapped as it is."""
        if isinstance(code, int):
            try:
                error_class = self.mapping[code]
            except KeyError:
                raise LookupError(f"no exception for {code!r}") from None
            return error_class(*args, **kwargs)
        if hasattr(code, "status_code"):
            return HTTPException(response=code)
        raise LookupError(f"no exception for {code!r}")


def abort(status: Any, *args: Any, **kwargs: Any) -> NoReturn:
    """Raise the HTTP exception for ``status``: ``abort(404)``, ``abort(403, "no")``."""
    _aborter(status, *args, **kwargs)


_aborter = Aborter()
# --8<-- [end:abort]
