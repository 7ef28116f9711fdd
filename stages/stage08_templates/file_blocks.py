"""``FileBlocks``: a file as a WSGI body, read a block at a time, never whole.

Mirrors ``werkzeug.wsgi.FileWrapper`` and ``_RangeWrapper`` (Werkzeug 3.1.9). A
server iterates the body and calls ``close()`` when it is done (PEP 3333), so the
file is open exactly as long as the response is being sent. A byte range is the
same object told to start further in and stop sooner: ``window(start, length)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

#: Bytes read per block: large enough that a big file is a few hundred reads, small
#: enough that many concurrent downloads do not hold much memory.
BLOCK_SIZE = 64 * 1024


# --8<-- [start:file_blocks]
class FileBlocks:
    """Iterate ``file`` in blocks of ``block_size`` bytes: ``b"".join(FileBlocks(f))``."""

    def __init__(self, file: IO[bytes], block_size: int = BLOCK_SIZE) -> None:
        self.file = file
        self.block_size = block_size
        #: Where reading starts, and how many bytes to send (None: to the end).
        self.start = 0
        self.length: int | None = None

    def window(self, start: int, length: int) -> None:
        """Send only ``length`` bytes from ``start`` on: the body of a 206 response."""
        self.start, self.length = start, length

    def __iter__(self) -> Iterator[bytes]:
        if self.start:
            self._skip_to(self.start)
        left = self.length
        while left is None or left > 0:
            size = self.block_size if left is None else min(self.block_size, left)
            block = self.file.read(size)
            if not block:
                return
            if left is not None:
                left -= len(block)
            yield block

    def _skip_to(self, offset: int) -> None:
        """Seek when the file can; read and drop otherwise (a pipe, a socket)."""
        seekable = getattr(self.file, "seekable", None)
        if seekable is not None and seekable():
            self.file.seek(offset, 1)  # relative: a file object may not start at 0
            return
        while offset > 0:
            dropped = self.file.read(min(self.block_size, offset))
            if not dropped:
                return
            offset -= len(dropped)

    def close(self) -> None:
        """Called by the server once the response is sent (or abandoned)."""
        self.file.close()


# --8<-- [end:file_blocks]
