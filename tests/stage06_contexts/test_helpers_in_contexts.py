"""The helpers and class-based views through the contexts, against stage 6 and Flask 3.1.3.

``jsonify``, ``make_response``, ``redirect`` and ``abort`` find the app through the app
context, not the request, so they work in a CLI command or a background job that
pushed only ``app.app_context()``.
"""

from __future__ import annotations

from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
import stage05_app
import stage06_contexts
from stage06_contexts.globals import request_ctx

from tests.stage06_contexts.impls import NO_APP
from tests.stage06_contexts.impls import errors as errors
from tests.stage06_contexts.impls import impl as impl


def make_app(impl: ModuleType) -> Any:
    return impl.Flask("helpers")


# -- inside an app context, no request ---------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "body"),
    [
        ((), {"b": 1, "a": "x"}, '{"a":"x","b":1}\n'),
        (({"n": None},), {}, '{"n":null}\n'),
        ((1, 2), {}, "[1,2]\n"),
        ((), {}, "null\n"),
    ],
    ids=["kwargs", "dict", "several-args", "nothing"],
)
def test_jsonify_in_app_context_without_request(
    impl: ModuleType, args: tuple[Any, ...], kwargs: dict[str, Any], body: str
) -> None:
    with make_app(impl).app_context():
        response = impl.jsonify(*args, **kwargs)
    assert response.mimetype == "application/json"
    assert response.get_data(as_text=True) == body


def test_jsonify_with_args_and_kwargs_raises_type_error(impl: ModuleType) -> None:
    with make_app(impl).app_context():
        with pytest.raises(TypeError):
            impl.jsonify(1, a=2)


def test_jsonify_pretty_prints_when_the_app_is_in_debug(impl: ModuleType) -> None:
    app = make_app(impl)
    app.debug = True
    with app.app_context():
        assert impl.jsonify(a=1).get_data(as_text=True) == '{\n  "a": 1\n}\n'


@pytest.mark.parametrize(
    ("args", "status", "body", "mimetype"),
    [
        ((), 200, "", "text/html"),
        (("hi",), 200, "hi", "text/html"),
        (("made", 201), 201, "made", "text/html"),
        (("h", {"X-A": "1"}), 200, "h", "text/html"),
        (({"a": 1},), 200, '{"a":1}\n', "application/json"),
    ],
    ids=["empty", "body", "body-status", "body-headers", "dict"],
)
def test_make_response_in_app_context_without_request(
    impl: ModuleType, args: tuple[Any, ...], status: int, body: str, mimetype: str
) -> None:
    with make_app(impl).app_context():
        response = impl.make_response(*args)
    assert isinstance(response, make_app(impl).response_class)
    assert (response.status_code, response.get_data(as_text=True)) == (status, body)
    assert response.mimetype == mimetype


def test_make_response_builds_the_apps_response_class(impl: ModuleType) -> None:
    app = make_app(impl)

    class Custom(app.response_class):  # type: ignore[name-defined,misc]
        pass

    app.response_class = Custom
    with app.app_context():
        assert type(impl.make_response("x")) is Custom
        assert type(impl.make_response()) is Custom


@pytest.mark.parametrize("code", [302, 301, 308], ids=str)
def test_redirect_in_app_context_without_request(impl: ModuleType, code: int) -> None:
    with make_app(impl).app_context():
        response = impl.redirect("/login?next=/", code)
    assert response.status_code == code
    assert response.headers["Location"] == "/login?next=/"
    assert isinstance(response, make_app(impl).response_class)


def test_redirect_in_app_context_uses_the_apps_redirect(impl: ModuleType) -> None:
    class App(impl.Flask):  # type: ignore[name-defined,misc]
        def redirect(self, location: str, code: int = 302) -> Any:
            return super().redirect(f"/moved{location}", code)

    with App("helpers").app_context():
        assert impl.redirect("/x").headers["Location"] == "/moved/x"


def test_abort_in_app_context_without_request_raises_the_http_error(
    impl: ModuleType, errors: SimpleNamespace
) -> None:
    with make_app(impl).app_context():
        with pytest.raises(errors.NotFound) as caught:
            impl.abort(404, description="no such user")
    assert caught.value.description == "no such user"


def test_abort_in_app_context_uses_the_apps_aborter(impl: ModuleType) -> None:
    class Teapot(Exception):
        pass

    def aborter(code: int, *args: Any, **kwargs: Any) -> None:
        raise Teapot(code)

    app = make_app(impl)
    app.aborter = aborter
    with app.app_context():
        with pytest.raises(Teapot):
            impl.abort(418)
    with pytest.raises(Exception) as caught:  # noqa: PT011 - outside: the default aborter
        impl.abort(404)
    assert not isinstance(caught.value, Teapot)


# -- outside any context ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [lambda i: i.jsonify(a=1), lambda i: i.make_response("x"), lambda i: i.make_response()],
    ids=["jsonify", "make_response", "make_response-empty"],
)
def test_helper_needing_the_app_outside_app_context_raises_runtime_error(
    impl: ModuleType, call: Any
) -> None:
    with pytest.raises(RuntimeError, match=NO_APP):
        call(impl)


@pytest.mark.parametrize(
    ("code", "error"), [(404, "NotFound"), (405, "MethodNotAllowed")], ids=["404", "405"]
)
def test_abort_outside_any_context_raises_the_http_error(
    impl: ModuleType, errors: SimpleNamespace, code: int, error: str
) -> None:
    with pytest.raises(getattr(errors, error)) as caught:
        impl.abort(code)
    assert caught.value.code == code


def test_abort_with_a_response_outside_any_context_raises_it_wrapped(
    impl: ModuleType, errors: SimpleNamespace
) -> None:
    with make_app(impl).app_context():
        response = impl.make_response("gone", 410)
    with pytest.raises(errors.HTTPException) as caught:
        impl.abort(response)
    assert caught.value.get_response() is response


def test_redirect_outside_any_context_works(impl: ModuleType) -> None:
    response = impl.redirect("/elsewhere", 307)
    assert response.status_code == 307
    assert response.headers["Location"] == "/elsewhere"
    assert response.mimetype == "text/html"
    assert '<a href="/elsewhere">' in response.get_data(as_text=True)


# -- class-based views read the context request ----------------------------------------------


def make_view_app(impl: ModuleType) -> tuple[Any, list[str]]:
    app = make_app(impl)
    calls: list[str] = []

    class Things(impl.views.MethodView):  # type: ignore[name-defined,misc]
        def get(self) -> str:
            calls.append(f"things get {impl.request.method}")
            return "things"

        def post(self) -> tuple[str, int]:
            return f"made {impl.request.form['name']}", 201

    class Thing(impl.views.MethodView):  # type: ignore[name-defined,misc]
        def get(self, thing_id: int) -> str:
            calls.append(f"thing get {impl.request.method}")
            return f"thing {thing_id}"

        def delete(self, thing_id: int) -> tuple[str, int]:
            return "", 204

    app.add_url_rule("/things", view_func=Things.as_view("things"))
    app.add_url_rule("/things/<int:thing_id>", view_func=Thing.as_view("thing"))
    return app, calls


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "body"),
    [
        ("GET", "/things", {}, 200, "things"),
        ("POST", "/things", {"data": {"name": "cup"}}, 201, "made cup"),
        ("GET", "/things/4", {}, 200, "thing 4"),
        ("DELETE", "/things/4", {}, 204, ""),
        ("PUT", "/things/4", {}, 405, None),
        ("DELETE", "/things", {}, 405, None),
    ],
    ids=["list", "create", "show", "delete", "put-not-allowed", "delete-not-allowed"],
)
def test_method_view_dispatches_on_the_request_method(
    impl: ModuleType,
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
    body: str | None,
) -> None:
    app, _ = make_view_app(impl)
    response = app.test_client().open(path, method=method, **kwargs)
    assert response.status_code == status
    if body is not None:
        assert response.get_data(as_text=True) == body


@pytest.mark.parametrize(
    ("path", "call"), [("/things", "things"), ("/things/9", "thing")], ids=["things", "thing"]
)
def test_method_view_head_falls_back_to_get(impl: ModuleType, path: str, call: str) -> None:
    app, calls = make_view_app(impl)
    response = app.test_client().head(path)
    assert (response.status_code, response.data) == (200, b"")
    assert calls == [f"{call} get HEAD"]


def test_method_view_methods_come_from_the_handlers(impl: ModuleType) -> None:
    app, _ = make_view_app(impl)
    methods = {rule.endpoint: rule.methods for rule in app.url_map.iter_rules()}
    assert methods["things"] == {"GET", "HEAD", "POST", "OPTIONS"}
    assert methods["thing"] == {"GET", "HEAD", "DELETE", "OPTIONS"}


def test_method_view_dispatches_inside_a_test_request_context(impl: ModuleType) -> None:
    app, _ = make_view_app(impl)
    view = app.view_functions["things"]
    with app.test_request_context("/things", method="POST", data={"name": "pen"}):
        assert view() == ("made pen", 201)


# -- stage 6 on top of stage 5 ---------------------------------------------------------------------


def test_stage6_flask_subclasses_stage5_flask() -> None:
    assert issubclass(stage06_contexts.Flask, stage05_app.Flask)


def test_stage6_current_request_is_the_context_proxy() -> None:
    assert stage06_contexts.Flask.__dict__["current_request"] is stage06_contexts.request
    app = stage06_contexts.Flask("helpers")
    with app.test_request_context("/p"):
        assert app.current_request.path == "/p"
        assert app.current_request._get_current_object() is request_ctx.request


def test_stage6_method_view_replaces_stage5s() -> None:
    assert issubclass(stage06_contexts.MethodView, stage05_app.MethodView)
    assert stage06_contexts.MethodView is not stage05_app.MethodView
    assert stage06_contexts.views.MethodView is stage06_contexts.MethodView
