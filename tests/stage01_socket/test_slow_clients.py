"""A slow client costs the server one request deadline, never more.

The per-read timeout alone lets a client that sends a byte every few seconds
hold a worker for ever; the request deadline bounds the whole head and body, and
``max_workers`` bounds how many connections hold a thread at once.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest
from stage01_socket import HTTPRequest, HTTPResponse, HTTPServer

from .slow_clients import in_background, stall, trickle
from .test_server import exchange, running

GOOD = b"GET /ok HTTP/1.1\r\nHost: h\r\n\r\n"
DEADLINE = 0.2


def hello(request: HTTPRequest) -> HTTPResponse:
    return HTTPResponse(200, [("Content-Type", "text/plain")], b"hello")


def make_server(threaded: bool, **options: float) -> HTTPServer:
    settings = {"timeout": 2.0, "request_timeout": DEADLINE, **options}
    return HTTPServer("127.0.0.1", 0, hello, threaded=threaded, **settings)  # type: ignore[arg-type]


MODES = pytest.mark.parametrize("threaded", [False, True], ids=["single-threaded", "threaded"])


@MODES
def test_live_trickling_head_gets_408_at_the_request_deadline(threaded: bool) -> None:
    with running(make_server(threaded)) as srv:
        reply, elapsed = trickle(srv.server_port, b"GET / HTTP/1.1\r\nX-Slow: ")
    assert reply.startswith(b"HTTP/1.1 408 ") and elapsed < DEADLINE + 1.0


@MODES
def test_live_trickling_body_gets_408_at_the_request_deadline(threaded: bool) -> None:
    head = b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\n"
    with running(make_server(threaded)) as srv:
        reply, elapsed = trickle(srv.server_port, head)
    assert reply.startswith(b"HTTP/1.1 408 ") and elapsed < DEADLINE + 1.0


@MODES
def test_live_request_line_cut_off_gets_408(threaded: bool) -> None:
    with running(make_server(threaded)) as srv:
        reply, _ = stall(srv.server_port, b"GET / HTT")
    assert reply.startswith(b"HTTP/1.1 408 ")


@MODES
def test_live_silent_connection_is_closed_without_an_answer(threaded: bool) -> None:
    with running(make_server(threaded)) as srv:
        reply, elapsed = stall(srv.server_port, b"")
    assert reply == b"" and elapsed < DEADLINE + 1.0


def test_live_single_threaded_server_serves_others_once_trickler_is_dropped() -> None:
    with running(make_server(threaded=False)) as srv:
        with in_background(trickle, srv.server_port, b"GET / HTTP/1.1\r\n") as slow:
            time.sleep(0.05)  # the trickler is accepted first
            start = time.monotonic()
            good = exchange(srv.server_port, GOOD)
            waited = time.monotonic() - start
    assert good.startswith(b"HTTP/1.1 200 ") and waited < DEADLINE + 1.0
    assert slow[0][0].startswith(b"HTTP/1.1 408 ")


def test_live_threaded_server_serves_others_while_a_client_trickles() -> None:
    with running(make_server(threaded=True, request_timeout=0.6)) as srv:
        with in_background(trickle, srv.server_port, b"GET / HTTP/1.1\r\n") as slow:
            time.sleep(0.05)
            start = time.monotonic()
            good = exchange(srv.server_port, GOOD)
            waited = time.monotonic() - start
    assert good.startswith(b"HTTP/1.1 200 ") and waited < 0.45
    assert slow[0][0].startswith(b"HTTP/1.1 408 ")


def open_stalled(port: int, count: int) -> list[socket.socket]:
    clients = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(count)]
    for client in clients:
        client.sendall(b"GET / HTTP/1.1\r\n")  # a head that never ends
    return clients


def test_live_connection_past_max_workers_gets_503_at_once() -> None:
    with running(make_server(threaded=True, request_timeout=2.0, max_workers=2)) as srv:
        stalled = open_stalled(srv.server_port, 2)
        try:
            time.sleep(0.1)  # both are being served
            start = time.monotonic()
            reply = exchange(srv.server_port, GOOD)
            waited = time.monotonic() - start
        finally:
            for client in stalled:
                client.close()
    assert reply.startswith(b"HTTP/1.1 503 ") and b"Retry-After: " in reply and waited < 1.0


def test_live_many_stalled_connections_do_not_grow_threads_past_max_workers() -> None:
    before = threading.active_count()
    with running(make_server(threaded=True, request_timeout=2.0, max_workers=4)) as srv:
        stalled = open_stalled(srv.server_port, 30)
        try:
            time.sleep(0.2)
            during = threading.active_count()
        finally:
            for client in stalled:
                client.close()
    assert during - before <= 4 + 1  # the workers, and the accept loop's thread


def test_live_server_serves_again_after_stalled_clients_hit_the_deadline() -> None:
    with running(make_server(threaded=True, max_workers=2)) as srv:
        stalled = open_stalled(srv.server_port, 2)
        try:
            time.sleep(DEADLINE + 0.3)
            reply = exchange(srv.server_port, GOOD)
        finally:
            for client in stalled:
                client.close()
    assert reply.startswith(b"HTTP/1.1 200 ")
