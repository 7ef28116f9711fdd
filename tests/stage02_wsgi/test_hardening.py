"""What a hostile or clumsy client sends never reaches the app in a form it cannot use."""

from __future__ import annotations

from stage02_wsgi.demo import app as demo_app

from .servers import exchange, serving


def test_live_repeated_content_length_is_refused_before_the_app() -> None:
    raw = b"POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello"
    with serving(demo_app) as port:
        reply = exchange(port, raw)
    assert reply.startswith(b"HTTP/1.1 400 ")
