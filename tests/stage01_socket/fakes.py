"""A socket stand-in: what the client sent is a byte string, what the server wrote is kept."""

from __future__ import annotations

import io


class Sink(io.BytesIO):
    """A write buffer that keeps its bytes after the server closes it."""

    def close(self) -> None:
        self.flush()


class FakeSocket:
    def __init__(self, sent_by_client: bytes) -> None:
        self.incoming = io.BytesIO(sent_by_client)
        self.written = Sink()
        self.timeout: float | None = None

    def settimeout(self, timeout: float | None) -> None:
        self.timeout = timeout

    def recv_into(self, buffer: memoryview | bytearray) -> int:
        return self.incoming.readinto(buffer)

    def makefile(self, mode: str) -> io.BytesIO:
        if "r" in mode:
            raise AssertionError("the server reads through recv_into, within its deadline")
        return self.written

    def reply(self) -> bytes:
        return self.written.getvalue()
