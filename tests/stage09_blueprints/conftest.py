"""Stage 9 tests: every test runs against ``stage09_blueprints`` and, where it mirrors
Flask's API, against ``flask`` too, through the ``impl`` fixture."""

from __future__ import annotations

import os
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


#: Variables the command line sets in ``os.environ`` (as Flask's does) and a test may leave.
FLASK_ENVIRONMENT = ("FLASK_APP", "FLASK_DEBUG", "FLASK_RUN_FROM_CLI")


@pytest.fixture(autouse=True)
def restore_flask_environment():
    """Put back the ``FLASK_*`` variables after each test.

    ``FlaskGroup`` sets ``FLASK_RUN_FROM_CLI=true`` so that a stray ``app.run()`` does
    not block a command; left behind, it would turn every later ``app.run()`` into a
    no-op, in this process, for tests of other stages. (pytest's ``monkeypatch`` only
    undoes its own changes, not the code's, hence the plain save and restore.)
    """
    saved = {name: os.environ.pop(name, None) for name in FLASK_ENVIRONMENT}
    yield
    for name, value in saved.items():
        os.environ.pop(name, None)
        if value is not None:
            os.environ[name] = value
