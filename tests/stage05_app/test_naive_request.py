"""Why stage 5's module-level ``request`` is not safe: two threads, one slot.

Each test drives two requests through one app at the same moment, in two threads,
held together by barriers so the interleaving is the same on every run: both
requests enter their view before either reads ``request``. Stage 6 repeats the story
with context locals (tests/stage06_contexts/test_story.py) and gets the right answer.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import stage05_app
from stage05_app.globals import slot

TIMEOUT = 5


def make_echo_app() -> stage05_app.Flask:
    """An app whose view answers with the ``name`` query argument of *its* request."""
    app = stage05_app.Flask("naive_story")
    both_inside = threading.Barrier(2, timeout=TIMEOUT)
    both_read = threading.Barrier(2, timeout=TIMEOUT)
    both_done = threading.Barrier(2, timeout=TIMEOUT)

    @app.route("/whoami")
    def whoami() -> str:
        both_inside.wait()  # both requests have been put in the slot by now
        name = stage05_app.request.args["name"]
        both_read.wait()
        return name

    @app.teardown_request
    def wait_for_the_other(exc: BaseException | None) -> None:
        both_done.wait()  # neither empties the slot while the other still needs it

    return app


def serve_two_at_once(app: stage05_app.Flask) -> dict[str, str]:
    """GET /whoami?name=ann and ?name=bob concurrently; each client's name -> the answer."""

    def ask(name: str) -> str:
        return app.test_client().get(f"/whoami?name={name}").get_data(as_text=True)

    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = dict(zip(["ann", "bob"], pool.map(ask, ["ann", "bob"]), strict=True))
    return answers


def test_naive_request_gives_two_concurrent_requests_the_same_request() -> None:
    answers = serve_two_at_once(make_echo_app())
    # Whoever filled the slot last wins: one client is told the other's name.
    assert answers["ann"] == answers["bob"]
    assert answers["ann"] in {"ann", "bob"}


def test_naive_request_is_right_when_requests_take_turns() -> None:
    app = stage05_app.Flask("naive_in_turn")

    @app.route("/whoami")
    def whoami() -> str:
        return stage05_app.request.args["name"]

    client = app.test_client()
    assert client.get("/whoami?name=ann").text == "ann"
    assert client.get("/whoami?name=bob").text == "bob"


def test_naive_request_is_emptied_after_each_request() -> None:
    app = stage05_app.Flask("naive_cleanup")
    app.add_url_rule("/", "index", lambda: "ok")
    app.test_client().get("/")
    assert slot.request is None and slot.app is None


def test_naive_request_outside_a_request_raises_runtime_error() -> None:
    with pytest.raises(RuntimeError, match="No request is being handled"):
        _ = stage05_app.request.path
