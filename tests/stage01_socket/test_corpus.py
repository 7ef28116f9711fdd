"""The malformed-request corpus against a live stage 1 server (see ``corpus.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from stage01_socket import HTTPServer
from stage01_socket.demo import app

from .corpus import CASES, GOOD, Case, final_status, send_case
from .test_server import running


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    server = HTTPServer("127.0.0.1", 0, app, threaded=True, timeout=0.2, request_timeout=0.2)
    with running(server):
        yield server.server_port


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_corpus_case_gets_its_status_and_server_keeps_serving(port: int, case: Case) -> None:
    assert final_status(send_case(port, case)) == case.status
    assert final_status(send_case(port, GOOD)) == 200
