"""What a hostile or clumsy client sends never reaches the app in a form it cannot use."""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterator

import pytest
from stage02_wsgi import WSGIServer
from stage02_wsgi.demo import app as demo_app

from tests.stage01_socket.slow_clients import trickle
from tests.stage01_socket.test_server import running

from .servers import exchange, serving


def test_live_repeated_content_length_is_refused_before_the_app() -> None:
    raw = b"POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello"
    with serving(demo_app) as port:
        reply = exchange(port, raw)
    assert reply.startswith(b"HTTP/1.1 400 ")


def header_splitting_app(environ: dict, start_response) -> list[bytes]:  # type: ignore[no-untyped-def]
    start_response("200 OK", [("X-Echo", "a\r\nSet-Cookie: evil=1")])
    return [b"body"]


def test_live_app_header_with_line_break_gets_500_not_an_empty_reply(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with serving(header_splitting_app) as port:
        reply = exchange(port, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 500 ") and b"evil" not in reply


@pytest.mark.parametrize("threaded", [False, True], ids=["single-threaded", "threaded"])
def test_live_wsgi_server_drops_a_trickling_client_at_the_request_deadline(
    threaded: bool,
) -> None:
    server = WSGIServer("127.0.0.1", 0, demo_app, threaded=threaded, request_timeout=0.2)
    with running(server):
        reply, elapsed = trickle(server.server_port, b"GET / HTTP/1.1\r\nX-Slow: ")
        good = exchange(server.server_port, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 408 ") and elapsed < 1.2
    assert good.startswith(b"HTTP/1.1 200 ")


def endless_app(environ: dict, start_response) -> Iterator[bytes]:  # type: ignore[no-untyped-def]
    start_response("200 OK", [("Content-Type", "application/octet-stream")])
    for _ in range(10_000):
        yield b"x" * 65536


def reset_after_first_bytes(port: int) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.sendall(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        client.recv(1024)
        # Linger 0: close() sends RST, as a browser tab closed mid-download does.
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def test_live_client_reset_mid_response_logs_one_line_each(
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = WSGIServer("127.0.0.1", 0, endless_app)
    with running(server):
        for _ in range(5):
            reset_after_first_bytes(server.server_port)
        good = exchange(server.server_port, b"HEAD / HTTP/1.1\r\nHost: h\r\n\r\n")
    logged = capsys.readouterr().err.splitlines()
    assert good.startswith(b"HTTP/1.1 200 ")
    assert len(logged) == 5 and not any("Traceback" in line for line in logged)
