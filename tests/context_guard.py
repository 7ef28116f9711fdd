"""The check behind the autouse fixtures of stage 6 onwards: no test may leave a context pushed.

A context left pushed leaks ``request`` and ``g`` into the next test, which then
passes or fails for reasons of its own. Both ours and Flask's context variables are
checked, since the differential tests push both.
"""

from __future__ import annotations

from collections.abc import Iterator

import flask.globals
import pytest
import stage06_contexts.globals as ours

CONTEXT_VARS = {
    "stage 6 app context": ours._cv_app,
    "stage 6 request context": ours._cv_request,
    "Flask's app context": flask.globals._cv_app,
    "Flask's request context": flask.globals._cv_request,
}


def leaked_contexts() -> list[str]:
    return [f"{name}: {var.get()!r}" for name, var in CONTEXT_VARS.items() if var.get(None)]


@pytest.fixture(autouse=True)
def no_leaked_context() -> Iterator[None]:
    """Fail the test (not the next one) if it leaves an app or request context pushed."""
    yield
    leaked = leaked_contexts()
    # Reset so one leak does not fail every test after it.
    for var in CONTEXT_VARS.values():
        while var.get(None) is not None:
            var.set(None)  # type: ignore[arg-type]
    if leaked:
        pytest.fail("the test left a context pushed: " + "; ".join(leaked))
