"""The two session layers every differential test of stage 7 runs against: ours and Flask's.

``impl`` hands a test the package itself (``impl.Flask``, ``impl.session``,
``impl.flash``...). ``make_app`` builds the same small app on either, with a secret key.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import flask
import flask.json.tag
import flask.sessions
import pytest
import stage07_sessions
import stage07_sessions.json.tag

IMPLS = [stage07_sessions, flask]
IMPL_IDS = ["stage07_sessions", "flask"]

#: The module holding each implementation's tagged JSON serializer.
TAG_MODULES = {stage07_sessions: stage07_sessions.json.tag, flask: flask.json.tag}

SECRET = "a secret nobody else knows"


@pytest.fixture(params=IMPLS, ids=IMPL_IDS)
def impl(request: pytest.FixtureRequest) -> ModuleType:
    """``stage07_sessions`` or ``flask``: the same assertions run against both."""
    return request.param  # type: ignore[no-any-return]


def make_app(impl: ModuleType, secret_key: Any = SECRET, **config: Any) -> Any:
    """An app on ``impl`` with ``secret_key`` and ``config``, and no routes yet."""
    app = impl.Flask("sessions_app")
    app.secret_key = secret_key
    app.config.update(config)
    return app
