"""Our parser and the standard library's agree on what a request says.

``http.server`` is what stage 1 rebuilds; feeding both the same bytes proves our
reading of RFC 9112 matches the reference one for well-formed requests.
"""

from __future__ import annotations

import io
from http.server import BaseHTTPRequestHandler

import pytest
from stage01_socket import parse_request

SAMPLES = [
    b"GET / HTTP/1.1\r\nHost: example.com\r\n\r\n",
    b"GET /search?q=flask&page=2 HTTP/1.1\r\nHost: h\r\nAccept: text/html\r\n\r\n",
    b"POST /echo HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
    b"Content-Length: 2\r\n\r\n{}",
    b"DELETE /items/7 HTTP/1.0\r\nX-Trace: a\r\nx-trace: b\r\n\r\n",
]


class Recorder(BaseHTTPRequestHandler):
    """Runs the stdlib parser over a byte string, without a socket."""

    def __init__(self, raw: bytes) -> None:  # deliberately skip the socket set-up
        self.rfile = io.BytesIO(raw)
        self.wfile = io.BytesIO()
        self.raw_requestline = self.rfile.readline(65537)
        self.request_version = "HTTP/0.9"
        self.command = None
        self.ok = self.parse_request()


@pytest.mark.parametrize("raw", SAMPLES, ids=["get", "query", "post-json", "repeated-header"])
def test_parse_request_agrees_with_http_server(raw: bytes) -> None:
    ours = parse_request(io.BytesIO(raw))
    theirs = Recorder(raw)
    assert ours is not None and theirs.ok
    assert (ours.method, ours.target, ours.version) == (
        theirs.command,
        theirs.path,
        theirs.request_version,
    )
    assert ours.headers == list(theirs.headers.items())
