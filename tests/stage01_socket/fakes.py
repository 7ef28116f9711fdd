"""A socket stand-in: what the client sent is a byte string, what the server wrote is kept."""

from __future__ import annotations

import io


class Sink(io.BytesIO):
    """A write buffer that keeps its bytes after the server closes it."""

    def close(self) -> None:
        self.flush()


class FakeSocket:
    def __init__(self, sent_by_client: bytes) -> None:
        self.incoming = sent_by_client
        self.written = Sink()
        self.timeout: float | None = None

    def settimeout(self, timeout: float | None) -> None:
        self.timeout = timeout

    def makefile(self, mode: str) -> io.BytesIO:
        return io.BytesIO(self.incoming) if "r" in mode else self.written

    def reply(self) -> bytes:
        return self.written.getvalue()
