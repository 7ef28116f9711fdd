"""Stage 5's threading bug, replayed against context locals: each request sees its own.

The same app and the same barriers as tests/stage05_app/test_naive_request.py; only
the ``Flask`` and ``request`` change. Run against stage 6 and against Flask itself.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType

import flask
import pytest
import stage06_contexts

TIMEOUT = 5
IMPLS = [stage06_contexts, flask]
IDS = ["stage06_contexts", "flask"]


def make_echo_app(impl: ModuleType) -> object:
    app = impl.Flask("context_story")
    both_inside = threading.Barrier(2, timeout=TIMEOUT)
    both_read = threading.Barrier(2, timeout=TIMEOUT)
    both_done = threading.Barrier(2, timeout=TIMEOUT)

    @app.route("/whoami")
    def whoami() -> str:
        both_inside.wait()
        name = impl.request.args["name"]
        impl.g.name = name
        both_read.wait()
        return f"{name} {impl.g.name}"

    @app.teardown_request
    def wait_for_the_other(exc: BaseException | None) -> None:
        both_done.wait()

    return app


@pytest.mark.parametrize("impl", IMPLS, ids=IDS)
def test_context_request_keeps_two_concurrent_requests_apart(impl: ModuleType) -> None:
    app = make_echo_app(impl)

    def ask(name: str) -> str:
        return app.test_client().get(f"/whoami?name={name}").get_data(as_text=True)  # type: ignore[attr-defined]

    with ThreadPoolExecutor(max_workers=2) as pool:
        ann, bob = pool.map(ask, ["ann", "bob"])
    assert (ann, bob) == ("ann ann", "bob bob")
