"""The global ``url_for`` in and out of requests, run against stage 6 and against Flask 3.1.3."""

from __future__ import annotations

from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from tests.stage06_contexts.impls import NO_APP
from tests.stage06_contexts.impls import errors as errors
from tests.stage06_contexts.impls import impl as impl


def make_app(impl: ModuleType, **config: Any) -> Any:
    app = impl.Flask("urls")
    app.config.update(config)

    @app.route("/users/<int:user_id>")
    def user(user_id: int) -> str:
        return impl.url_for("user", user_id=user_id + 1)

    def items() -> str:
        return "items"

    # One endpoint, two rules: _method picks between them.
    app.add_url_rule("/items", view_func=items, methods=["GET"])
    app.add_url_rule("/items/new", view_func=items, methods=["POST"])

    return app


DEPLOYED = {
    "SERVER_NAME": "example.com",
    "APPLICATION_ROOT": "/app",
    "PREFERRED_URL_SCHEME": "https",
}


# -- inside a request --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, "/users/7"),
        ({"_external": True}, "http://localhost/users/7"),
        ({"_external": False}, "/users/7"),
        ({"_scheme": "https", "_external": True}, "https://localhost/users/7"),
        ({"_scheme": "https"}, "https://localhost/users/7"),
        ({"_anchor": "top"}, "/users/7#top"),
        ({"_anchor": "a b/c?"}, "/users/7#a%20b/c?"),
        ({"q": "x y", "page": 2}, "/users/7?q=x+y&page=2"),
        ({"tag": ["a", "b"]}, "/users/7?tag=a&tag=b"),
    ],
    ids=[
        "relative", "external", "not-external", "scheme", "scheme-implies-external", "anchor",
        "anchor-quoted", "extra-values-query", "extra-list-query",
    ],
)  # fmt: skip
def test_url_for_inside_a_request(impl: ModuleType, kwargs: dict[str, Any], expected: str) -> None:
    with make_app(impl).test_request_context("/"):
        assert impl.url_for("user", user_id=7, **kwargs) == expected


@pytest.mark.parametrize(
    ("method", "expected"), [("GET", "/items"), ("POST", "/items/new")], ids=["GET", "POST"]
)
def test_url_for_method_picks_the_rule(impl: ModuleType, method: str, expected: str) -> None:
    with make_app(impl).test_request_context("/"):
        assert impl.url_for("items", _method=method) == expected


def test_url_for_inside_a_request_is_relative_to_the_script_root(impl: ModuleType) -> None:
    with make_app(impl).test_request_context("/", base_url="http://h.test/mount"):
        assert impl.url_for("user", user_id=1) == "/mount/users/1"
        assert impl.url_for("user", user_id=1, _external=True) == "http://h.test/mount/users/1"


def test_url_for_dotted_endpoint_outside_a_blueprint_drops_the_dot(impl: ModuleType) -> None:
    with make_app(impl).test_request_context("/"):
        assert impl.url_for(".user", user_id=3) == "/users/3"


def test_url_for_in_a_view_through_the_client(impl: ModuleType) -> None:
    response = make_app(impl).test_client().get("/users/1")
    assert response.get_data(as_text=True) == "/users/2"


def test_url_for_in_a_view_honours_the_deployment_config(impl: ModuleType) -> None:
    response = make_app(impl, **DEPLOYED).test_client().get("/users/1")
    assert response.get_data(as_text=True) == "/app/users/2"


# -- outside a request, inside an app context ------------------------------------------------------


def test_url_for_in_app_context_without_server_name_raises_runtime_error(
    impl: ModuleType,
) -> None:
    with make_app(impl).app_context():
        with pytest.raises(RuntimeError, match="without 'SERVER_NAME' configured"):
            impl.url_for("user", user_id=1)


@pytest.mark.parametrize(
    ("config", "kwargs", "expected"),
    [
        ({"SERVER_NAME": "example.com"}, {}, "http://example.com/users/1"),
        (DEPLOYED, {}, "https://example.com/app/users/1"),
        (DEPLOYED, {"_external": False}, "/app/users/1"),
        (DEPLOYED, {"_scheme": "http"}, "http://example.com/app/users/1"),
        (DEPLOYED, {"_anchor": "x", "q": 1}, "https://example.com/app/users/1?q=1#x"),
        ({"SERVER_NAME": "example.com:8080"}, {}, "http://example.com:8080/users/1"),
    ],
    ids=["server-name", "deployed", "not-external", "scheme", "anchor-query", "port"],
)
def test_url_for_in_app_context_with_server_name_is_absolute(
    impl: ModuleType, config: dict[str, str], kwargs: dict[str, Any], expected: str
) -> None:
    with make_app(impl, **config).app_context():
        assert impl.url_for("user", user_id=1, **kwargs) == expected


def test_url_for_in_app_context_uses_the_config_of_when_it_was_created(
    impl: ModuleType,
) -> None:
    # The app context binds the URL map once, when it is created.
    app = make_app(impl)
    with app.app_context():
        app.config["SERVER_NAME"] = "late.test"
        with pytest.raises(RuntimeError, match="SERVER_NAME"):
            impl.url_for("user", user_id=1)
    with app.app_context():
        assert impl.url_for("user", user_id=1) == "http://late.test/users/1"


def test_app_url_for_without_any_context_binds_to_server_name(impl: ModuleType) -> None:
    app = make_app(impl, **DEPLOYED)
    assert app.url_for("user", user_id=1) == "https://example.com/app/users/1"


# -- errors ------------------------------------------------------------------------------------


def test_url_for_without_app_context_raises_runtime_error(impl: ModuleType) -> None:
    with pytest.raises(RuntimeError, match=NO_APP):
        impl.url_for("user", user_id=1)


@pytest.mark.parametrize(
    ("endpoint", "values"),
    [("nowhere", {}), ("user", {}), ("items", {"_method": "DELETE"})],
    ids=["unknown-endpoint", "missing-value", "wrong-method"],
)
def test_url_for_unbuildable_raises_build_error(
    impl: ModuleType, errors: SimpleNamespace, endpoint: str, values: dict[str, Any]
) -> None:
    with make_app(impl).test_request_context("/"):
        with pytest.raises(errors.BuildError) as caught:
            impl.url_for(endpoint, **values)
    assert caught.value.endpoint == endpoint


def test_url_for_unknown_endpoint_in_app_context_raises_build_error(
    impl: ModuleType, errors: SimpleNamespace
) -> None:
    with make_app(impl, SERVER_NAME="example.com").app_context():
        with pytest.raises(errors.BuildError):
            impl.url_for("nowhere")


@pytest.mark.parametrize("in_request", [True, False], ids=["request", "app-context"])
def test_url_for_scheme_without_external_raises_value_error(
    impl: ModuleType, in_request: bool
) -> None:
    app = make_app(impl, SERVER_NAME="example.com")
    ctx = app.test_request_context("/") if in_request else app.app_context()
    with ctx:
        with pytest.raises(ValueError, match="'_external' must be True"):
            impl.url_for("user", user_id=1, _scheme="https", _external=False)
