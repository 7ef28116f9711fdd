"""``DeadlineReader``: a socket's input that gives up at a fixed moment.

A socket timeout bounds each ``recv``, so a client that sends one byte every few
seconds is never timed out. Python 3.11's ``socketserver`` and ``http.server``
only have the per-read timeout; this reader adds the deadline on top, the way
production servers bound a whole request head and body.
"""

from __future__ import annotations

import io
import socket
import time


class DeadlineReader(io.RawIOBase):
    """Read from ``conn``; each read waits at most ``idle_timeout`` and never past ``deadline``.

    ``deadline`` is a ``time.monotonic()`` moment. Past it, a read raises
    ``TimeoutError``, as a silent client's read does. Wrap it in
    ``io.BufferedReader`` to get ``readline`` and ``read(n)``.
    """

    def __init__(self, conn: socket.socket, idle_timeout: float, deadline: float) -> None:
        super().__init__()
        self.conn = conn
        self.idle_timeout = idle_timeout
        self.deadline = deadline
        #: Bytes received so far: a timeout before the first byte is an idle
        #: connection (closed quietly), after it a request that stopped half-way (408).
        self.received = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request deadline passed")
        self.conn.settimeout(min(self.idle_timeout, remaining))
        count = self.conn.recv_into(buffer)
        self.received += count
        return count
