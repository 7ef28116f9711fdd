"""Clients that take their time: trickle a request byte by byte, or stop half-way.

Loopback only, and every helper gives up after a few seconds, so a server that
never answers fails a test instead of hanging it.
"""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


def trickle(
    port: int, prefix: bytes, interval: float = 0.05, give_up: float = 3.0
) -> tuple[bytes, float]:
    """Send ``prefix``, then one more byte every ``interval`` until the server answers.

    Returns what the server sent and how long after connecting its answer came.
    """
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=give_up) as client:
        client.sendall(prefix)
        while time.monotonic() - start < give_up:
            readable, _, _ = select.select([client], [], [], interval)
            if readable:
                return read_to_end(client), time.monotonic() - start
            try:
                client.sendall(b"X")
            except OSError:  # the server closed on us; read what it said
                return read_to_end(client), time.monotonic() - start
    return b"", time.monotonic() - start


def stall(port: int, sent: bytes, give_up: float = 3.0) -> tuple[bytes, float]:
    """Send ``sent`` and then nothing; return the answer and when it came."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=give_up) as client:
        client.sendall(sent)
        return read_to_end(client), time.monotonic() - start


def read_to_end(client: socket.socket) -> bytes:
    """Every byte the server sends until it closes (or resets) the connection."""
    chunks = []
    try:
        while chunk := client.recv(65536):
            chunks.append(chunk)
    except OSError:
        pass
    return b"".join(chunks)


@contextmanager
def in_background(fn: Callable[..., Any], *args: Any) -> Iterator[list[Any]]:
    """Run ``fn(*args)`` in a thread; the yielded list holds its result once joined."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(fn(*args)), daemon=True)
    thread.start()
    try:
        yield result
    finally:
        thread.join(5)
