"""The malformed-request corpus against live stage 2 and, where they agree, Werkzeug.

The cases live in ``tests/stage01_socket/corpus.py``; stage 2 must answer each
exactly as stage 1 does, since it reads requests with stage 1's parser.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from stage02_wsgi import WSGIServer
from stage02_wsgi.demo import app
from werkzeug.serving import make_server as werkzeug_make_server

from tests.stage01_socket.corpus import CASES, GOOD, Case, final_status, send_case
from tests.stage01_socket.test_server import running

SHARED = [case for case in CASES if case.werkzeug]


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    server = WSGIServer("127.0.0.1", 0, app, threaded=True, timeout=0.2, request_timeout=0.2)
    with running(server):  # type: ignore[arg-type]
        yield server.server_port


@pytest.fixture(scope="module")
def werkzeug_port() -> Iterator[int]:
    server = werkzeug_make_server("127.0.0.1", 0, app, threaded=True)
    with running(server):  # type: ignore[arg-type]
        yield server.server_port


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_corpus_case_gets_its_status_and_server_keeps_serving(port: int, case: Case) -> None:
    assert final_status(send_case(port, case)) == case.status
    assert final_status(send_case(port, GOOD)) == 200


@pytest.mark.parametrize("case", SHARED, ids=[case.id for case in SHARED])
def test_corpus_case_gets_the_same_status_from_werkzeug(werkzeug_port: int, case: Case) -> None:
    assert final_status(send_case(werkzeug_port, case)) == case.status
    assert final_status(send_case(werkzeug_port, GOOD)) == 200
