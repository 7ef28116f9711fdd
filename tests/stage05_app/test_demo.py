"""The demo app (``python -m stage05_app``), through the test client and over a real socket."""

from __future__ import annotations

import logging
import threading
import urllib.request
from collections.abc import Iterator

import pytest
from stage02_wsgi import make_server
from stage05_app import FlaskClient, demo


@pytest.fixture
def client() -> FlaskClient:
    return demo.app.test_client()


@pytest.fixture(autouse=True)
def quiet_app_logger() -> Iterator[None]:
    """The /boom route logs a traceback on purpose; keep test output readable."""
    logger = logging.getLogger(demo.app.name)
    previous, logger.disabled = logger.disabled, True
    yield
    logger.disabled = previous


def test_demo_index_links_to_built_urls(client: FlaskClient) -> None:
    body = client.get("/").text
    assert 'href="/hello/world"' in body and 'href="/notes"' in body


def test_demo_hello_uses_greeting_from_config(client: FlaskClient) -> None:
    assert client.get("/hello/ann").text == "Hello, ann!"


def test_demo_after_request_hook_adds_timing_header(client: FlaskClient) -> None:
    assert client.get("/hello/ann").headers["Server-Timing"].startswith("app;dur=")


def test_demo_old_redirects_with_302(client: FlaskClient) -> None:
    response = client.get("/old")
    assert (response.status_code, response.headers["Location"]) == (302, "/")


def test_demo_not_found_handler_answers_json(client: FlaskClient) -> None:
    response = client.get("/missing")
    assert (response.status_code, response.json) == (
        404,
        {"error": "not found", "path": "/missing"},
    )


def test_demo_bug_in_view_becomes_500_and_next_request_succeeds(client: FlaskClient) -> None:
    assert client.get("/boom").status_code == 500
    assert client.get("/hello/again").status_code == 200


def test_demo_method_view_rejects_post_without_text(client: FlaskClient) -> None:
    assert client.post("/notes", json={"nope": 1}).status_code == 400


def test_demo_method_view_adds_note(client: FlaskClient) -> None:
    response = client.post("/notes", json={"text": "layers"})
    assert response.status_code == 201 and "layers" in response.json.values()


def test_demo_served_over_loopback_by_stage_two_server() -> None:
    server = make_server("127.0.0.1", 0, demo.app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/hello/net", timeout=5) as reply:
            assert reply.read() == b"Hello, net!"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
