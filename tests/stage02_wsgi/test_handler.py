"""ResponseWriter and WSGIServer.respond: PEP 3333's rules for start_response, write, close."""

from __future__ import annotations

import io
import sys

import pytest
from stage01_socket import parse_request
from stage02_wsgi import WSGIServer
from stage02_wsgi.handler import ResponseWriter


def run(app, raw: bytes = b"GET / HTTP/1.1\r\nHost: h\r\n\r\n") -> bytes:  # type: ignore[no-untyped-def]
    """One request through WSGIServer.respond, without a socket; the bytes written."""
    request = parse_request(io.BytesIO(raw))
    wfile = io.BytesIO()
    with WSGIServer("127.0.0.1", 0, app) as server:
        server.respond(request, wfile, ("127.0.0.1", 1))  # type: ignore[arg-type]
    return wfile.getvalue()


def ok(body: list[bytes], headers: list[tuple[str, str]] | None = None):  # type: ignore[no-untyped-def]
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("200 OK", headers or [("Content-Type", "text/plain")])
        return body

    return app


def test_respond_sends_status_headers_and_body() -> None:
    reply = run(ok([b"hello"]))
    assert reply.startswith(b"HTTP/1.1 200 OK\r\n") and reply.endswith(b"\r\n\r\nhello")


def test_respond_single_chunk_list_gets_content_length() -> None:
    assert b"Content-Length: 5\r\n" in run(ok([b"hello"]))


def test_respond_generator_body_is_close_delimited() -> None:
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("200 OK", [])
        yield b"a"
        yield b"b"

    reply = run(app)
    assert b"Content-Length" not in reply and b"Connection: close" in reply
    assert reply.endswith(b"ab")


def test_respond_keeps_content_length_set_by_app() -> None:
    reply = run(ok([b"he", b"llo"], [("Content-Length", "5")]))
    assert reply.count(b"Content-Length") == 1 and reply.endswith(b"hello")


def test_respond_head_request_sends_no_body() -> None:
    reply = run(ok([b"hello"]), b"HEAD / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert reply.endswith(b"\r\n\r\n") and b"Content-Length: 5" in reply


def test_headers_wait_for_first_non_empty_chunk() -> None:
    seen = []

    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("200 OK", [])
        writer_output = environ["test.wfile"]
        yield b""
        seen.append(writer_output.getvalue())
        yield b"x"

    wfile = io.BytesIO()
    writer = ResponseWriter(wfile)
    writer.send_body(app({"test.wfile": wfile}, writer.start_response))
    assert seen == [b""] and wfile.getvalue().endswith(b"x")


def test_empty_body_still_sends_headers_with_zero_length() -> None:
    reply = run(ok([]))
    assert reply.startswith(b"HTTP/1.1 200 OK") and b"Content-Length: 0" in reply


@pytest.mark.parametrize(
    "status", ["204 No Content", "304 Not Modified", "103 Early Hints"], ids=["204", "304", "1xx"]
)
def test_empty_body_gets_no_content_length_when_status_forbids_it(status: str) -> None:
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response(status, [])
        return []

    assert b"Content-Length" not in run(app)


def test_empty_head_reply_does_not_claim_a_zero_length_body() -> None:
    reply = run(ok([]), b"HEAD / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 200 OK") and b"Content-Length" not in reply


def test_write_callable_sends_data_before_iterable() -> None:
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        write = start_response("200 OK", [])
        write(b"written ")
        return [b"returned"]

    assert run(app).endswith(b"written returned")


def test_start_response_twice_without_exc_info_is_500(capsys: pytest.CaptureFixture[str]) -> None:
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("200 OK", [])
        start_response("200 OK", [])
        return [b""]

    assert run(app).startswith(b"HTTP/1.1 500 ")
    assert "called twice" in capsys.readouterr().err


def test_start_response_with_exc_info_replaces_headers_before_sending() -> None:
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("200 OK", [("X-First", "1")])
        try:
            raise ValueError("late failure")
        except ValueError:
            start_response("503 Service Unavailable", [("X-Second", "2")], sys.exc_info())
        return [b"sorry"]

    reply = run(app)
    assert reply.startswith(b"HTTP/1.1 503 ") and b"X-First" not in reply and b"X-Second" in reply


def test_start_response_with_exc_info_after_headers_sent_reraises() -> None:
    writer = ResponseWriter(io.BytesIO())
    writer.start_response("200 OK", [])(b"partial")
    try:
        raise KeyError("boom")
    except KeyError:
        with pytest.raises(KeyError, match="boom"):
            writer.start_response("500 Internal Server Error", [], sys.exc_info())


@pytest.mark.parametrize(
    ("status", "headers", "error"),
    [
        ("200", [], ValueError),
        (200, [], ValueError),
        ("200 OK", [("X", 1)], TypeError),
        ("200 OK", (("X", "1"),), TypeError),
        ("200 OK", [("Connection", "keep-alive")], ValueError),
        ("200 OK", [("Transfer-Encoding", "chunked")], ValueError),
    ],
    ids=[
        "status-without-reason",
        "int-status",
        "int-header",
        "tuple-headers",
        "hop-connection",
        "hop-transfer-encoding",
    ],
)
def test_start_response_rejects_invalid_arguments(status, headers, error) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error):
        ResponseWriter(io.BytesIO()).start_response(status, headers)


def test_write_refuses_str_chunks() -> None:
    writer = ResponseWriter(io.BytesIO())
    with pytest.raises(TypeError, match="bytes"):
        writer.start_response("200 OK", [])("text")


def test_app_exception_before_headers_gives_500(capsys: pytest.CaptureFixture[str]) -> None:
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        raise RuntimeError("app bug")

    assert run(app).startswith(b"HTTP/1.1 500 ")
    assert "app bug" in capsys.readouterr().err


def test_app_exception_after_headers_keeps_partial_response(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("200 OK", [])
        yield b"partial"
        raise RuntimeError("mid-stream bug")

    reply = run(app)
    assert reply.startswith(b"HTTP/1.1 200 OK") and reply.endswith(b"partial")
    assert b"500" not in reply


class ClosingBody:
    def __init__(self, fail: bool) -> None:
        self.fail = fail
        self.closed = False

    def __iter__(self):  # type: ignore[no-untyped-def]
        if self.fail:
            raise RuntimeError("iteration failed")
        yield b"ok"

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize("fail", [False, True], ids=["success", "iteration-raises"])
def test_close_is_called_on_iterable_whatever_happens(
    fail: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    body = ClosingBody(fail)

    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("200 OK", [])
        return body

    run(app)
    assert body.closed


def test_respond_names_the_wsgi_server_unless_app_does() -> None:
    assert b"Server: stage02_wsgi\r\n" in run(ok([b"x"]))
    assert b"Server: mine\r\n" in run(ok([b"x"], [("Server", "mine")]))
