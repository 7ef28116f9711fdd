"""The demo route table: GET /, POST /echo, 404 and 405 for the rest."""

from __future__ import annotations

import pytest
from stage01_socket import HTTPRequest
from stage01_socket.demo import app


def request(method: str, path: str, body: bytes = b"", **headers: str) -> HTTPRequest:
    return HTTPRequest(method, path, path, "", "HTTP/1.1", list(headers.items()), body)


def test_demo_index_says_hello() -> None:
    response = app(request("GET", "/"))
    assert (response.status, response.body) == (200, b"Hello from a raw socket!\n")


def test_demo_echo_returns_exact_body() -> None:
    body = bytes(range(256))
    assert app(request("POST", "/echo", body)).body == body


def test_demo_echo_keeps_content_type() -> None:
    response = app(request("POST", "/echo", b"{}", **{"Content-Type": "application/json"}))
    assert ("Content-Type", "application/json") in (response.headers or [])


def test_demo_head_is_answered_by_get_view() -> None:
    assert app(request("HEAD", "/")).status == 200


@pytest.mark.parametrize("path", ["/nope", "/echo/", "/index"], ids=["unknown", "slash", "near"])
def test_demo_unknown_path_is_404(path: str) -> None:
    assert app(request("GET", path)).status == 404


def test_demo_wrong_method_is_405_with_allow() -> None:
    response = app(request("GET", "/echo"))
    assert response.status == 405 and ("Allow", "POST") in (response.headers or [])
