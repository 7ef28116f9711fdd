"""HTTPResponse.to_bytes: the status line, headers and framing on the wire."""

from __future__ import annotations

import pytest
from stage01_socket import HTTPResponse
from stage01_socket.response import error_response, reason_phrase


def head_and_body(raw: bytes) -> tuple[list[str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    return head.decode("latin-1").split("\r\n"), body


def header(lines: list[str], name: str) -> list[str]:
    return [line.split(": ", 1)[1] for line in lines[1:] if line.split(":")[0].lower() == name]


def test_response_status_line_has_reason_phrase() -> None:
    lines, _ = head_and_body(HTTPResponse(404).to_bytes())
    assert lines[0] == "HTTP/1.1 404 Not Found"


def test_response_unknown_status_has_unknown_reason() -> None:
    assert reason_phrase(599) == "Unknown"


def test_response_adds_content_length() -> None:
    lines, body = head_and_body(HTTPResponse(200, [], b"hello").to_bytes())
    assert (header(lines, "content-length"), body) == (["5"], b"hello")


def test_response_keeps_given_content_length() -> None:
    lines, _ = head_and_body(HTTPResponse(200, [("Content-Length", "5")], b"hello").to_bytes())
    assert header(lines, "content-length") == ["5"]


def test_response_always_says_connection_close() -> None:
    raw = HTTPResponse(200, [("Connection", "keep-alive")]).to_bytes()
    assert header(head_and_body(raw)[0], "connection") == ["close"]


def test_response_has_date_and_server_headers() -> None:
    lines, _ = head_and_body(HTTPResponse().to_bytes())
    assert header(lines, "date")[0].endswith("GMT") and header(lines, "server")


def test_response_keeps_repeated_headers_in_order() -> None:
    raw = HTTPResponse(200, [("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]).to_bytes()
    assert header(head_and_body(raw)[0], "set-cookie") == ["a=1", "b=2"]


def test_response_without_body_for_head_keeps_content_length() -> None:
    lines, body = head_and_body(HTTPResponse(200, [], b"hello").to_bytes(include_body=False))
    assert (header(lines, "content-length"), body) == (["5"], b"")


@pytest.mark.parametrize(
    "headers",
    [[("X", "a\r\nInjected: yes")], [("X\nY", "v")]],
    ids=["crlf-in-value", "lf-in-name"],
)
def test_response_refuses_line_break_in_header(headers: list[tuple[str, str]]) -> None:
    with pytest.raises(ValueError, match="line break"):
        HTTPResponse(200, headers).to_bytes()


def test_response_refuses_status_outside_three_digits() -> None:
    with pytest.raises(ValueError, match="three-digit"):
        HTTPResponse(42).to_bytes()


def test_error_response_is_plain_text_naming_status_and_detail() -> None:
    response = error_response(404, "no route for /x")
    assert (response.status, response.body) == (404, b"404 Not Found: no route for /x\n")
