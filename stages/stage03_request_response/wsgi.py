"""``LimitedStream``: ``wsgi.input`` cut off at ``Content-Length``.

Mirrors ``LimitedStream`` in werkzeug/wsgi.py (Werkzeug 3.1.9). PEP 3333 lets an
app read no more than ``CONTENT_LENGTH`` bytes: past them, a server may block
waiting for bytes that will never come, or hand over the next request's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO


class LimitedStream:
    """Read no more than ``length`` bytes of ``wsgi.input``: the rest is not ours (PEP 3333)."""

    def __init__(self, stream: IO[bytes], length: int) -> None:
        self._stream = stream
        self._remaining = length

    def read(self, size: int = -1) -> bytes:
        return self._take(self._stream.read, size)

    def readline(self, size: int = -1) -> bytes:
        return self._take(self._stream.readline, size)

    def _take(self, reader: Callable[[int], bytes], size: int) -> bytes:
        """Call ``reader`` for at most what is left (all of it for ``size < 0``)."""
        size = self._remaining if size < 0 else min(size, self._remaining)
        data = reader(size) if size else b""
        self._remaining -= len(data)
        return data
