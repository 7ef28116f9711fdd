"""Stage 7's modules named after Flask's hold everything stage 6's did, plus sessions.

``flask.globals``, ``flask.ctx``, ``flask.helpers``... each hold all of their kind; a
Flask app importing ``flask.globals.request_ctx`` must find it in our ``globals`` too.
"""

from __future__ import annotations

import importlib

import pytest

#: (module, names Flask's module of that name has and stage 6's already provided)
MIRRORED = [
    (
        "globals",
        ["_cv_app", "_cv_request", "app_ctx", "current_app", "g", "request", "request_ctx"],
    ),
    ("ctx", ["AppContext", "after_this_request", "has_app_context", "has_request_context"]),
    ("ctx", ["copy_current_request_context", "_AppCtxGlobals"]),
    ("helpers", ["abort", "jsonify", "make_response", "redirect", "url_for", "get_debug_flag"]),
    ("testing", ["EnvironBuilder", "FlaskClient"]),
    ("views", ["View", "MethodView"]),
    ("json", ["jsonify"]),
]


@pytest.mark.parametrize(
    ("module", "names"), MIRRORED, ids=[f"{m}-{i}" for i, (m, _) in enumerate(MIRRORED)]
)
def test_module_keeps_earlier_stage_names(module, names):
    ours = importlib.import_module(f"stage07_sessions.{module}")
    assert [name for name in names if not hasattr(ours, name)] == []


@pytest.mark.parametrize(
    ("module", "name"),
    [("globals", "session"), ("helpers", "flash"), ("helpers", "get_flashed_messages")],
)
def test_module_adds_session_names_where_flask_has_them(module, name):

    flask_module = importlib.import_module(f"flask.{module}")
    ours = importlib.import_module(f"stage07_sessions.{module}")
    assert hasattr(flask_module, name) and hasattr(ours, name)
