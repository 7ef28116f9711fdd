"""What a hostile or clumsy client sends never reaches the app in a form it cannot use."""

from __future__ import annotations

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
