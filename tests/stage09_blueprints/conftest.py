"""Stage 9 tests: every test runs against ``stage09_blueprints`` and, where it mirrors
Flask's API, against ``flask`` too, through the ``impl`` fixture."""

from __future__ import annotations

from types import ModuleType

import flask
import pytest
import stage09_blueprints

from tests.context_guard import no_leaked_context as no_leaked_context

#: The two packages the differential tests compare: ours, and the real one.
IMPLS = [stage09_blueprints, flask]
IMPL_IDS = ["ours", "upstream"]


@pytest.fixture(params=IMPLS, ids=IMPL_IDS)
def impl(request: pytest.FixtureRequest) -> ModuleType:
    return request.param
