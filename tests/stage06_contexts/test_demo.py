"""The demo app (``python -m stage06_contexts``) through the test client."""

from __future__ import annotations

from stage06_contexts import demo


def test_demo_index_greets_visitor_from_g() -> None:
    assert "Hello, ann!" in demo.app.test_client().get("/?name=ann").text


def test_demo_worker_thread_sees_copied_request() -> None:
    body = demo.app.test_client().get("/worker?name=bob").text
    assert body.endswith("/worker for bob")


def test_demo_after_this_request_adds_header() -> None:
    response = demo.app.test_client().get("/worker")
    assert response.headers["X-Handled-By"]


def test_demo_teardown_appcontext_counts_every_request() -> None:
    client = demo.app.test_client()
    before = client.get("/stats").json["app_contexts_closed"]
    after = client.get("/stats").json["app_contexts_closed"]
    assert after == before + 1
