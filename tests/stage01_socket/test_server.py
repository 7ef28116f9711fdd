"""HTTPServer: one request per connection, errors answered, the loop never stops."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from stage01_socket import HTTPRequest, HTTPResponse, HTTPServer

from .fakes import FakeSocket

ADDRESS = ("127.0.0.1", 50000)


def hello(request: HTTPRequest) -> HTTPResponse:
    return HTTPResponse(200, [("Content-Type", "text/plain")], f"hi {request.path}".encode())


def boom(request: HTTPRequest) -> HTTPResponse:
    raise RuntimeError("handler bug")


def serve_fake(server: HTTPServer, raw: bytes) -> bytes:
    conn = FakeSocket(raw)
    server.handle_connection(conn, ADDRESS)  # type: ignore[arg-type]
    return conn.reply()


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    with HTTPServer("127.0.0.1", 0, hello, timeout=2.0) as srv:
        yield srv


def test_server_answers_request_with_handler_response(server: HTTPServer) -> None:
    reply = serve_fake(server, b"GET /x HTTP/1.1\r\nHost: h\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 200 OK\r\n") and reply.endswith(b"hi /x")


def test_server_head_request_gets_headers_without_body(server: HTTPServer) -> None:
    reply = serve_fake(server, b"HEAD /x HTTP/1.1\r\nHost: h\r\n\r\n")
    assert b"Content-Length: 5\r\n" in reply and reply.endswith(b"\r\n\r\n")


def test_server_malformed_request_gets_400(server: HTTPServer) -> None:
    assert serve_fake(server, b"NONSENSE\r\n\r\n").startswith(b"HTTP/1.1 400 ")


def test_server_oversized_body_gets_413() -> None:
    with HTTPServer("127.0.0.1", 0, hello, max_body_size=3) as srv:
        reply = serve_fake(srv, b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nabcd")
    assert reply.startswith(b"HTTP/1.1 413 ")


def test_server_handler_exception_gets_500(capsys: pytest.CaptureFixture[str]) -> None:
    with HTTPServer("127.0.0.1", 0, boom) as srv:
        reply = serve_fake(srv, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 500 ")
    assert "handler bug" in capsys.readouterr().err


def test_server_response_head_that_cannot_be_written_gets_500(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def split_header(request: HTTPRequest) -> HTTPResponse:
        return HTTPResponse(200, [("X-Echo", "a\r\nSet-Cookie: evil=1")], b"")

    with HTTPServer("127.0.0.1", 0, split_header) as srv:
        reply = serve_fake(srv, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 500 ") and b"evil" not in reply


def test_server_silent_client_gets_no_answer(server: HTTPServer) -> None:
    assert serve_fake(server, b"") == b""


def test_server_sets_read_timeout_on_connection(server: HTTPServer) -> None:
    conn = FakeSocket(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
    server.handle_connection(conn, ADDRESS)  # type: ignore[arg-type]
    assert conn.timeout == 2.0


def test_server_without_handler_or_override_raises_type_error() -> None:
    with pytest.raises(TypeError, match="needs a handler"):
        HTTPServer("127.0.0.1", 0)


def test_server_subclass_overriding_respond_needs_no_handler() -> None:
    class Teapot(HTTPServer):
        def respond(self, request, wfile, client_address):  # type: ignore[no-untyped-def]
            wfile.write(HTTPResponse(418).to_bytes())

    with Teapot("127.0.0.1", 0) as srv:
        assert serve_fake(srv, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n").startswith(b"HTTP/1.1 418 ")


def test_server_port_zero_binds_a_free_port(server: HTTPServer) -> None:
    assert server.server_port > 0 and server.server_address == ("127.0.0.1", server.server_port)


# --- live loopback: bounded in time, always shut down -------------------------------


@contextmanager
def running(server: HTTPServer) -> Iterator[HTTPServer]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()


def exchange(port: int, raw: bytes, timeout: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as client:
        client.sendall(raw)
        chunks = []
        while chunk := client.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_live_server_serves_request_over_loopback() -> None:
    with running(HTTPServer("127.0.0.1", 0, hello)) as srv:
        reply = exchange(srv.server_port, b"GET /live HTTP/1.1\r\nHost: x\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 200 OK\r\n") and reply.endswith(b"hi /live")


def test_live_server_keeps_serving_after_malformed_request_and_handler_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def sometimes_boom(request: HTTPRequest) -> HTTPResponse:
        return boom(request) if request.path == "/boom" else hello(request)

    with running(HTTPServer("127.0.0.1", 0, sometimes_boom)) as srv:
        bad = exchange(srv.server_port, b"garbage\r\n\r\n")
        broken = exchange(srv.server_port, b"GET /boom HTTP/1.1\r\nHost: h\r\n\r\n")
        good = exchange(srv.server_port, b"GET /ok HTTP/1.1\r\nHost: h\r\n\r\n")
    assert (bad[:12], broken[:12], good[:12]) == (b"HTTP/1.1 400", b"HTTP/1.1 500", b"HTTP/1.1 200")


def test_live_server_idle_client_times_out_without_blocking_others() -> None:
    with running(HTTPServer("127.0.0.1", 0, hello, threaded=True, timeout=0.2)) as srv:
        with socket.create_connection(("127.0.0.1", srv.server_port), timeout=5) as idle:
            idle.sendall(b"GET / HTTP/1.1\r\nHost: h\r\n")  # then says nothing more
            other = exchange(srv.server_port, b"GET /other HTTP/1.1\r\nHost: h\r\n\r\n")
            assert idle.recv(65536).startswith(b"HTTP/1.1 408 ")
    assert other.endswith(b"hi /other")


def test_live_threaded_server_answers_concurrent_clients_in_parallel() -> None:
    both_inside = threading.Barrier(2, timeout=5)

    def rendezvous(request: HTTPRequest) -> HTTPResponse:
        both_inside.wait()  # only returns if two handlers run at the same time
        return hello(request)

    with running(HTTPServer("127.0.0.1", 0, rendezvous, threaded=True)) as srv:
        replies: list[bytes] = []
        clients = [
            threading.Thread(
                target=lambda: replies.append(
                    exchange(srv.server_port, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
                )
            )
            for _ in range(2)
        ]
        for client in clients:
            client.start()
        for client in clients:
            client.join(5)
    assert [reply[:12] for reply in replies] == [b"HTTP/1.1 200"] * 2


def test_live_shutdown_returns_promptly() -> None:
    server = HTTPServer("127.0.0.1", 0, hello)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    server.shutdown()
    thread.join(2)
    server.server_close()
    assert not thread.is_alive()


def test_live_curl_style_expect_continue_gets_interim_response() -> None:
    with running(HTTPServer("127.0.0.1", 0, hello)) as srv:
        with socket.create_connection(("127.0.0.1", srv.server_port), timeout=5) as client:
            client.sendall(
                b"POST /up HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"
            )
            interim = client.recv(65536)  # sent before we send the body
            client.sendall(b"data")
            final = b"".join(iter(lambda: client.recv(65536), b""))
    assert interim == b"HTTP/1.1 100 Continue\r\n\r\n" and final.endswith(b"hi /up")
