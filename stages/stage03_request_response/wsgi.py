"""Reading the WSGI environ faithfully (its text, headers, body), and closing what we send.

Mirrors ``LimitedStream`` and ``ClosingIterator`` in werkzeug/wsgi.py, ``EnvironHeaders`` in
werkzeug/datastructures/headers.py and ``_wsgi_decoding_dance`` in
werkzeug/_internal.py (Werkzeug 3.1.9). The request reads its path, headers
and body through these; the router (stage 4) reads the path the same way.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any

#: Headers WSGI passes without the ``HTTP_`` prefix (PEP 3333, "environ Variables").
_UNPREFIXED = {"CONTENT_TYPE": "Content-Type", "CONTENT_LENGTH": "Content-Length"}


def wsgi_text(value: str) -> str:
    """PEP 3333 strings carry bytes as latin-1; URLs mean UTF-8: ``"cafÃ©"`` -> ``"café"``."""
    return value.encode("latin-1").decode("utf-8", "replace")


def get_content_length(environ: Mapping[str, Any]) -> int | None:
    """``CONTENT_LENGTH`` as a number: ``None`` if absent or not a number, never negative."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or "")
    except ValueError:
        return None
    return max(length, 0)


def environ_headers(environ: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """``HTTP_X_REQUEST_ID`` -> ``("X-Request-Id", ...)``; empty ``CONTENT_*`` keys are skipped."""
    for key, value in environ.items():
        if key in _UNPREFIXED:
            if value:
                yield _UNPREFIXED[key], value
        elif key.startswith("HTTP_") and key[5:] not in _UNPREFIXED:
            # A client's "Content-Type" header already arrived as CONTENT_TYPE.
            yield key[5:].replace("_", "-").title(), value


# --8<-- [start:limited_stream]
class LimitedStream(io.RawIOBase):
    """Read no more than ``length`` bytes of ``wsgi.input``: the rest is not ours (PEP 3333).

    A file object like any other (``io.RawIOBase``): ``read``, ``readline`` and
    ``for line in stream`` all stop at the limit.
    """

    def __init__(self, stream: IO[bytes], length: int) -> None:
        super().__init__()
        self._stream = stream
        self._remaining = length

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._take(self._stream.read, size)

    def readline(self, size: int | None = -1) -> bytes:
        return self._take(self._stream.readline, size)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _take(self, reader: Callable[[int], bytes], size: int | None) -> bytes:
        """Call ``reader`` for at most what is left (all of it for ``size < 0`` or ``None``)."""
        if size is None or size < 0 or size > self._remaining:
            size = self._remaining
        data = reader(size) if size else b""
        self._remaining -= len(data)
        return data


# --8<-- [end:limited_stream]


class ClosingIterator:
    """Iterate over a body and make ``close()`` reach the response that made it (PEP 3333)."""

    def __init__(self, iterable: Iterable[bytes], close: Callable[[], None]) -> None:
        self._iterator = iter(iterable)
        self.close = close

    def __iter__(self) -> Iterator[bytes]:
        return self._iterator
