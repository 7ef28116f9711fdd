"""Wrapper limits that follow the app's config: body, form and cookie sizes.

Mirrors ``Request.max_content_length``, ``max_form_memory_size``, ``max_form_parts``
and ``Response.max_cookie_size`` in flask/wrappers.py (Flask 3.1.3): each is read from
``current_app.config`` when it is needed, unless set on the object itself.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from .implementations import IDS, IMPLEMENTATIONS

#: Each request limit, its config key, its value with no app (Werkzeug's), and a test value.
REQUEST_LIMITS = {
    "max_content_length": ("MAX_CONTENT_LENGTH", None, 100),
    "max_form_memory_size": ("MAX_FORM_MEMORY_SIZE", 500_000, 50),
    "max_form_parts": ("MAX_FORM_PARTS", 1000, 3),
}
LIMIT_IDS = list(REQUEST_LIMITS)

WITH_APP_CONTEXT = [
    (m, i) for m, i in zip(IMPLEMENTATIONS, IDS, strict=True) if hasattr(m, "current_app")
]


@pytest.fixture(params=[m for m, _ in WITH_APP_CONTEXT], ids=[i for _, i in WITH_APP_CONTEXT])
def with_app_context(request: pytest.FixtureRequest) -> ModuleType:
    """An implementation with ``app.app_context()`` (stage 6 on, and Flask)."""
    return request.param  # type: ignore[no-any-return]


def value_in_view(app: Any, client: Any, compute: Any) -> Any:
    """Call ``compute()`` inside a view and return its value."""
    seen = []
    app.add_url_rule("/", "capture", lambda: seen.append(compute()) or "ok")
    client.get("/")
    return seen[0]


@pytest.mark.parametrize("attribute", LIMIT_IDS, ids=LIMIT_IDS)
def test_request_limit_without_app_is_werkzeug_default(impl, attribute):
    _, default, _ = REQUEST_LIMITS[attribute]
    assert getattr(impl.Request({}), attribute) == default


@pytest.mark.parametrize("attribute", LIMIT_IDS, ids=LIMIT_IDS)
def test_request_limit_follows_config_changed_during_request(impl, app, client, attribute):
    key, _, value = REQUEST_LIMITS[attribute]

    def change_then_read():
        app.config[key] = value  # after the request object was made
        return getattr(impl.request, attribute)

    assert value_in_view(app, client, change_then_read) == value


@pytest.mark.parametrize("attribute", LIMIT_IDS, ids=LIMIT_IDS)
def test_request_limit_set_on_request_wins_over_config(impl, app, client, attribute):
    key, _, value = REQUEST_LIMITS[attribute]
    app.config[key] = value

    def override_then_read():
        setattr(impl.request, attribute, 7)
        return getattr(impl.request, attribute)

    assert value_in_view(app, client, override_then_read) == 7


@pytest.mark.parametrize("attribute", LIMIT_IDS, ids=LIMIT_IDS)
def test_request_limit_follows_config_in_app_context(with_app_context, attribute):
    app = with_app_context.Flask("settings_app")
    key, _, value = REQUEST_LIMITS[attribute]
    app.config[key] = value
    request = with_app_context.Request({})
    with app.app_context():
        assert getattr(request, attribute) == value


def test_request_max_content_length_set_in_view_refuses_body(impl, app, client):
    def read_body():
        impl.request.max_content_length = 4
        return impl.request.get_data()

    app.add_url_rule("/", "upload", read_body, methods=["POST"])
    assert client.post("/", data="too long").status_code == 413


def test_response_max_cookie_size_without_app_is_werkzeug_default(impl):
    assert impl.Response().max_cookie_size == 4093


def test_response_max_cookie_size_follows_config_in_view(impl, app, client):
    app.config["MAX_COOKIE_SIZE"] = 100
    assert value_in_view(app, client, lambda: impl.Response().max_cookie_size) == 100


def test_response_max_cookie_size_follows_config_in_app_context(with_app_context):
    app = with_app_context.Flask("settings_app")
    app.config["MAX_COOKIE_SIZE"] = 100
    with app.app_context():
        assert with_app_context.Response().max_cookie_size == 100


def cookie_view(impl: ModuleType) -> Any:
    def view() -> Any:
        response = impl.Response("", status=204)
        response.set_cookie("foo", "bar" * 100)
        return response

    return view


def test_set_cookie_warns_past_configured_max_cookie_size(impl, app, client):
    app.config["MAX_COOKIE_SIZE"] = 100
    app.add_url_rule("/", "cookie", cookie_view(impl))
    with pytest.warns(UserWarning, match="cookie is too large"):
        client.get("/")


def test_set_cookie_does_not_warn_when_max_cookie_size_is_zero(impl, app, client, recwarn):
    app.config["MAX_COOKIE_SIZE"] = 0
    app.add_url_rule("/", "cookie", cookie_view(impl))
    client.get("/")
    assert not recwarn.list
