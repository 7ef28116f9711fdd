"""``MultipartReader``: find the parts of a multipart body by searching blocks for the boundary.

Mirrors the scanning in werkzeug/sansio/multipart.py (Werkzeug 3.1.9), RFC 2046
§5.1.1 and RFC 7578. Reading line by line costs a Python call per line, so a file
made of newlines costs a microsecond a byte; here the body is read in 64 KiB blocks
and ``bytearray.find`` looks for the delimiter, so time grows with the body's size
and not with what is in it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from .datastructures import Headers
from .exceptions import BadRequest, RequestEntityTooLarge

CHUNK_SIZE = 64 * 1024
#: Largest header block one part may have, all its lines together.
MAX_PART_HEADER_BYTES = 16 * 1024
#: Most header lines one part may have.
MAX_PART_HEADERS = 64
#: Most spaces and tabs accepted between a delimiter and its line break.
MAX_PADDING = 256


class MultipartReader:
    """Walk a body: ``skip_preamble()``, then per part ``read_headers()`` and ``copy_content()``.

    Every delimiter follows a line break, which belongs to the delimiter, not to
    the part before it (RFC 2046 §5.1.1). The reader starts its buffer with a CRLF
    so the first delimiter, at the very start of the body, is found the same way.
    """

    def __init__(self, stream: IO[bytes], boundary: bytes) -> None:
        self.stream = stream
        self.delimiter = b"--" + boundary
        self.needle = b"\n" + self.delimiter
        self.buffer = bytearray(b"\r\n")
        self.ended = False

    def skip_preamble(self) -> bool:
        """Move past the first delimiter line; True if it was the closing one (no parts)."""
        while True:
            closing = self._find_delimiter(lambda data: None)
            if closing is not None:
                return closing
            del self.buffer[: -len(self.needle)]  # the preamble is never kept
            if not self._fill():
                raise BadRequest("The multipart body ended before its first boundary.")

    def read_headers(self) -> Headers:
        """The part's header lines, up to the blank line that ends them."""
        headers = Headers()
        size = 0
        while True:
            line = self._read_line(MAX_PART_HEADER_BYTES - size)
            size += len(line)
            if not line.strip(b"\r\n"):
                return headers
            if len(headers) == MAX_PART_HEADERS:
                raise RequestEntityTooLarge("A multipart part has too many headers.")
            name, colon, value = line.decode("utf-8", "replace").partition(":")
            if not colon:
                raise BadRequest(f"Malformed multipart header line {line[:40]!r}.")
            headers.add(name.strip(), value.strip())

    # --8<-- [start:scan]
    def copy_content(self, write: Callable[[bytes], object]) -> bool:
        """Hand the part's content to ``write`` in blocks; True if the closing delimiter ends it."""
        while True:
            closing = self._find_delimiter(write)
            if closing is not None:
                return closing
            # Keep the tail: it may hold the start of a delimiter and the CR before it.
            keep = len(self.needle)
            if len(self.buffer) > keep:
                write(bytes(self.buffer[:-keep]))
                del self.buffer[:-keep]
            if not self._fill():
                raise BadRequest("The multipart body ended in the middle of a part.")

    # --- the scanning -------------------------------------------------------------

    def _find_delimiter(self, write: Callable[[bytes], object]) -> bool | None:
        """Find a delimiter line in the buffer; hand ``write`` what precedes it.

        Returns True (closing delimiter), False (next part follows) or None (no
        delimiter in the buffer yet). ``--XyZ`` followed by anything but ``--``,
        padding or a line break is content, and the search goes on past it.
        """
        start = 0
        while (found := self.buffer.find(self.needle, start)) != -1:
            after = found + len(self.needle)
            kind = self._delimiter_kind(after)
            if kind is None:
                start = found + 1
                continue
            closing, line_end = kind
            end = found - 1 if found and self.buffer[found - 1] == 0x0D else found
            write(bytes(self.buffer[:end]))
            del self.buffer[:line_end]
            return closing
        return None

    # --8<-- [end:scan]

    def _delimiter_kind(self, after: int) -> tuple[bool, int] | None:
        """What follows a delimiter at ``after``: ``(closing, end of its line)``, or None."""
        while len(self.buffer) < after + 2 and self._fill():
            pass
        if self.buffer[after : after + 2] == b"--":
            return True, len(self.buffer)  # the epilogue after it is ignored (RFC 2046)
        while (newline := self.buffer.find(b"\n", after, after + MAX_PADDING)) == -1:
            if len(self.buffer) >= after + MAX_PADDING or not self._fill():
                return None
        if self.buffer[after:newline].rstrip(b"\r").strip(b" \t"):
            return None
        return False, newline + 1

    def _read_line(self, limit: int) -> bytes:
        while (newline := self.buffer.find(b"\n", 0, limit)) == -1:
            if len(self.buffer) >= limit:
                raise RequestEntityTooLarge("A multipart part's headers are too large.")
            if not self._fill():
                raise BadRequest("A multipart part's headers were cut off.")
        line = bytes(self.buffer[: newline + 1])
        del self.buffer[: newline + 1]
        return line

    def _fill(self) -> bool:
        """Append one block from the stream; False once the body is used up."""
        if self.ended:
            return False
        block = self.stream.read(CHUNK_SIZE)
        if not block:
            self.ended = True
            return False
        self.buffer += block
        return True
