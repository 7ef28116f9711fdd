"""The two context APIs every differential test of stage 6 runs against: ours and Flask's.

The ``impl`` fixture hands a test the module itself (``impl.Flask``, ``impl.request``,
``impl.g``...); ``errors`` hands it the matching exception classes, which Flask
leaves in Werkzeug and stage 6 takes from stage 4.
"""

from __future__ import annotations

from types import ModuleType, SimpleNamespace

import flask
import flask.views
import pytest
import stage04_routing
import stage06_contexts
import werkzeug.exceptions
import werkzeug.routing

IMPLS = [stage06_contexts, flask]
IMPL_IDS = ["stage06_contexts", "flask"]

_ERRORS = {
    stage06_contexts: SimpleNamespace(
        HTTPException=stage04_routing.HTTPException,
        NotFound=stage04_routing.NotFound,
        MethodNotAllowed=stage04_routing.MethodNotAllowed,
        BuildError=stage04_routing.BuildError,
    ),
    flask: SimpleNamespace(
        HTTPException=werkzeug.exceptions.HTTPException,
        NotFound=werkzeug.exceptions.NotFound,
        MethodNotAllowed=werkzeug.exceptions.MethodNotAllowed,
        BuildError=werkzeug.routing.BuildError,
    ),
}

#: The first line of the error every context-local raises outside its context.
NO_APP = r"^Working outside of application context\."
NO_REQUEST = r"^Working outside of request context\."


@pytest.fixture(params=IMPLS, ids=IMPL_IDS)
def impl(request: pytest.FixtureRequest) -> ModuleType:
    """``stage06_contexts`` or ``flask``: the same assertions run against both."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def errors(impl: ModuleType) -> SimpleNamespace:
    """The exception classes of ``impl``'s routing layer."""
    return _ERRORS[impl]
