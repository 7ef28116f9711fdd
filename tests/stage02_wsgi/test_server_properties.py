"""Properties of the WSGI server over generated requests (Hypothesis).

An app is never handed a body it cannot read: whenever stage 1 accepts a request,
the environ's ``CONTENT_LENGTH`` is the body's exact length (or absent with no
body). And a live server answers any bytes with a status line, or closes quietly
when nothing was asked, and then still serves a good request.
"""

from __future__ import annotations

import io
import re
import socket

import pytest
from hypothesis import given, settings
from stage01_socket import HTTPError, parse_request
from stage02_wsgi import WSGIServer, build_environ
from stage02_wsgi.demo import app as demo_app

from tests import fuzzing
from tests.stage01_socket.slow_clients import read_to_end
from tests.stage01_socket.test_parse_properties import hostile
from tests.stage01_socket.test_server import running

from .servers import exchange

STATUS_LINE = re.compile(rb"HTTP/1\.1 [1-5]\d\d [^\r\n]*\r\n")


@given(hostile)
def test_environ_content_length_is_the_body_length_whenever_accepted(raw: bytes) -> None:
    try:
        request = parse_request(io.BytesIO(raw), max_body_size=1000)
    except HTTPError:
        return
    if request is None:
        return
    environ = build_environ(request, ("127.0.0.1", 80), ("127.0.0.1", 5555))
    declared = environ.get("CONTENT_LENGTH")
    assert environ["wsgi.input"].read() == request.body
    assert (declared is None and not request.body) or declared == str(len(request.body))


def send_and_half_close(port: int, raw: bytes) -> bytes:
    """Send ``raw``, say we are done sending, and read the whole reply."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        try:
            client.sendall(raw)
            client.shutdown(socket.SHUT_WR)
        except OSError:  # the server may answer (and close) before reading everything
            pass
        return read_to_end(client)


@pytest.fixture(scope="module")
def live_port():  # type: ignore[no-untyped-def]
    server = WSGIServer("127.0.0.1", 0, demo_app, threaded=True, request_timeout=1.0)
    with running(server):
        yield server.server_port


@settings(max_examples=fuzzing.examples(40))
@given(hostile)
def test_live_server_answers_any_bytes_with_a_status_and_keeps_serving(
    live_port: int, raw: bytes
) -> None:
    reply = send_and_half_close(live_port, raw)
    if reply:
        assert STATUS_LINE.match(reply)
    else:  # silence is only for a client that asked nothing
        assert not raw.replace(b"\r\n", b"").replace(b"\n", b"")
    good = exchange(live_port, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert good.startswith(b"HTTP/1.1 200 ")
