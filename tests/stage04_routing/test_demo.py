"""The demo application (python -m stage04_routing), called directly as a WSGI app."""

from __future__ import annotations

import pytest

pytest.importorskip("stage03_request_response")

from stage04_routing.demo import application  # noqa: E402


def get(path, method="GET"):
    environ = {
        "REQUEST_METHOD": method, "SCRIPT_NAME": "", "PATH_INFO": path, "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "5000", "HTTP_HOST": "127.0.0.1:5000",
        "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http",
    }  # fmt: skip
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen.update(status=status, headers=dict(headers))

    body = b"".join(application(environ, start_response))
    return int(seen["status"][:3]), seen["headers"], body.decode()


def test_demo_serves_converted_value_to_view():
    assert get("/items/42")[::2] == (200, "item 42 (an int)\n")


def test_demo_redirects_missing_trailing_slash():
    status, headers, _ = get("/docs")
    assert (status, headers["Location"]) == (308, "http://127.0.0.1:5000/docs/")


def test_demo_answers_405_with_allow_header():
    status, headers, _ = get("/items/42", "POST")
    assert (status, sorted(headers["Allow"].split(", "))) == (405, ["DELETE", "GET", "HEAD"])


def test_demo_answers_404_when_converter_rejects_text():
    assert get("/items/forty-two")[0] == 404


def test_demo_index_lists_built_urls():
    assert get("/")[2].splitlines() == [
        "/hello/world",
        "/items/42",
        "/docs/",
        "/files/a%20dir/notes.txt",
        "/hello/ann?lang=en",
    ]
