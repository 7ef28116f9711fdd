"""``app.json``: the JSON provider interface and the default provider.

Mirrors flask/json/provider.py (Flask 3.1.3). Stage 5 built the default provider
(``dumps`` with dates, UUIDs and dataclasses; ``response`` for ``jsonify``); stage 9
adds the base class a custom provider (orjson, say) subclasses, so that
``isinstance(app.json, JSONProvider)`` holds for both.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from stage05_app import json as stage5_json

if TYPE_CHECKING:
    from ..app import Flask


class JSONProvider:
    """What an app needs from a JSON library: ``dumps``, ``loads``, and a response."""

    def __init__(self, app: Flask) -> None:
        self._app: Any = app

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        """``{"a": 1}`` -> ``'{"a": 1}'``; a subclass must implement it."""
        raise NotImplementedError(f"{type(self).__name__} must implement dumps()")

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """``'{"a": 1}'`` -> ``{"a": 1}``; a subclass must implement it."""
        raise NotImplementedError(f"{type(self).__name__} must implement loads()")

    def dump(self, obj: Any, fp: IO[str], **kwargs: Any) -> None:
        """Write ``dumps(obj)`` to a text file."""
        fp.write(self.dumps(obj, **kwargs))

    def load(self, fp: IO[Any], **kwargs: Any) -> Any:
        """``loads`` of a file's whole content."""
        return self.loads(fp.read(), **kwargs)

    def response(self, *args: Any, **kwargs: Any) -> Any:
        """``response(a=1)`` -> ``application/json`` response of ``{"a": 1}``."""
        if args and kwargs:
            raise TypeError("app.json.response() takes either args or kwargs, not both")
        document = kwargs or (args[0] if len(args) == 1 else list(args) or None)
        return self._app.response_class(f"{self.dumps(document)}\n", mimetype="application/json")


class DefaultJSONProvider(stage5_json.DefaultJSONProvider, JSONProvider):
    """Stage 5's provider, now also a :class:`JSONProvider`, with Flask's ``default`` hook.

    ``app.json.default = my_default`` changes how unknown types are encoded, as in Flask.
    """

    #: Called by ``dumps`` for values ``json`` cannot encode: dates, UUIDs, dataclasses...
    default = staticmethod(stage5_json._encode_extra_types)

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        kwargs.setdefault("default", self.default)
        return super().dumps(obj, **kwargs)
