"""``RequestContext`` and ``request``, run against stage 6 and against Flask 3.1.3."""

from __future__ import annotations

import threading
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from werkzeug.test import EnvironBuilder

from tests.stage06_contexts.impls import NO_REQUEST
from tests.stage06_contexts.impls import errors as errors
from tests.stage06_contexts.impls import impl as impl

TIMEOUT = 5


def make_app(impl: ModuleType, name: str = "req_app") -> Any:
    app = impl.Flask(name)

    @app.route("/users/<int:user_id>", methods=["GET", "POST"])
    def user(user_id: int) -> str:
        return f"user {user_id}"

    return app


# -- what test_request_context puts in request ---------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "attribute", "expected"),
    [
        ({"path": "/a/b"}, "path", "/a/b"),
        ({"path": "/a?x=1"}, "url", "http://localhost/a?x=1"),
        ({"path": "/a", "query_string": "x=1&x=2"}, "full_path", "/a?x=1&x=2"),
        ({}, "method", "GET"),
        ({"method": "PUT"}, "method", "PUT"),
        ({"base_url": "https://example.org/root"}, "url", "https://example.org/root/"),
        ({"path": "/p", "base_url": "https://example.org/root"}, "script_root", "/root"),
        ({"path": "/p", "base_url": "https://example.org/root"}, "path", "/p"),
        ({"url_scheme": "https"}, "url", "https://localhost/"),
        ({"subdomain": "api"}, "host", "api.localhost"),
        ({"path": "http://other.test:8080/x?q=1"}, "url", "http://other.test:8080/x?q=1"),
    ],
    ids=[
        "path", "url", "query_string", "default-method", "method", "base_url",
        "base_url-script_root", "base_url-path", "url_scheme", "subdomain", "absolute-path",
    ],
)  # fmt: skip
def test_test_request_context_fills_request(
    impl: ModuleType, kwargs: dict[str, Any], attribute: str, expected: str
) -> None:
    with make_app(impl).test_request_context(**kwargs):
        assert getattr(impl.request, attribute) == expected


def test_test_request_context_query_string_becomes_args(impl: ModuleType) -> None:
    with make_app(impl).test_request_context("/?q=a", query_string=None):
        assert impl.request.args["q"] == "a"
    with make_app(impl).test_request_context("/", query_string={"q": ["a", "b"]}):
        assert impl.request.args.getlist("q") == ["a", "b"]


def test_test_request_context_data_dict_becomes_form(impl: ModuleType) -> None:
    with make_app(impl).test_request_context("/", method="POST", data={"name": "ann"}):
        assert impl.request.form["name"] == "ann"
        assert impl.request.mimetype == "application/x-www-form-urlencoded"


def test_test_request_context_json_is_encoded_by_the_app(impl: ModuleType) -> None:
    with make_app(impl).test_request_context("/", method="POST", json={"b": 1, "a": [2]}):
        assert impl.request.get_json() == {"b": 1, "a": [2]}
        assert impl.request.mimetype == "application/json"
        # The app's JSON provider sorts keys.
        assert impl.request.get_data() == b'{"a": [2], "b": 1}'


def test_test_request_context_headers(impl: ModuleType) -> None:
    headers = {"X-Trace": "abc", "Accept": "text/plain"}
    with make_app(impl).test_request_context("/", headers=headers):
        assert impl.request.headers["X-Trace"] == "abc"
        assert impl.request.headers["accept"] == "text/plain"


@pytest.mark.parametrize("extra", [{"url_scheme": "https"}, {"subdomain": "api"}], ids=str)
def test_test_request_context_base_url_with_scheme_or_subdomain_raises_assertion_error(
    impl: ModuleType, extra: dict[str, str]
) -> None:
    # Flask asserts here (AssertionError), so the stage does too.
    with pytest.raises(AssertionError, match="base_url"):
        make_app(impl).test_request_context(base_url="http://x/", **extra)


def test_request_context_matches_the_url_when_pushed(impl: ModuleType) -> None:
    ctx = make_app(impl).test_request_context("/users/7", method="POST")
    assert ctx.request.url_rule is None
    with ctx:
        assert impl.request.url_rule.rule == "/users/<int:user_id>"
        assert impl.request.endpoint == "user"
        assert impl.request.view_args == {"user_id": 7}
        assert impl.request.routing_exception is None


@pytest.mark.parametrize(
    ("path", "method", "error"),
    [("/nowhere", "GET", "NotFound"), ("/users/7", "DELETE", "MethodNotAllowed")],
    ids=["404", "405"],
)
def test_request_context_keeps_the_routing_exception(
    impl: ModuleType, errors: SimpleNamespace, path: str, method: str, error: str
) -> None:
    with make_app(impl).test_request_context(path, method=method):
        assert isinstance(impl.request.routing_exception, getattr(errors, error))
        assert impl.request.url_rule is None


def test_request_context_repr_names_url_method_and_app(impl: ModuleType) -> None:
    ctx = make_app(impl).test_request_context("/users/7?x=1", method="POST")
    assert repr(ctx) == "<RequestContext 'http://localhost/users/7?x=1' [POST] of req_app>"


def test_request_context_copy_shares_the_request(impl: ModuleType) -> None:
    ctx = make_app(impl).test_request_context("/users/7")
    copied = ctx.copy()
    assert copied is not ctx
    assert copied.request is ctx.request
    assert copied.app is ctx.app


# -- the request proxy and has_request_context ----------------------------------------------------


def test_request_outside_request_context_raises_runtime_error(impl: ModuleType) -> None:
    with pytest.raises(RuntimeError, match=NO_REQUEST):
        impl.request.path  # noqa: B018


def test_request_outside_request_context_raises_inside_an_app_context(
    impl: ModuleType,
) -> None:
    with make_app(impl).app_context():
        with pytest.raises(RuntimeError, match=NO_REQUEST):
            impl.request.args  # noqa: B018


def test_request_is_falsy_outside_a_request_context(impl: ModuleType) -> None:
    assert not impl.request


def test_has_request_context_only_while_pushed(impl: ModuleType) -> None:
    app = make_app(impl)
    assert impl.has_request_context() is False
    with app.app_context():
        assert impl.has_request_context() is False
        with app.test_request_context():
            assert impl.has_request_context() is True
        assert impl.has_request_context() is False


def test_request_context_nested_unwinds_to_the_outer_request(impl: ModuleType) -> None:
    app = make_app(impl)
    with app.test_request_context("/outer"):
        with app.test_request_context("/inner"):
            assert impl.request.path == "/inner"
        assert impl.request.path == "/outer"


def test_request_context_pop_of_wrong_context_raises_assertion_error(impl: ModuleType) -> None:
    app = make_app(impl)
    first, second = app.test_request_context("/a"), app.test_request_context("/b")
    first.push()
    second.push()
    with pytest.raises(AssertionError, match="Popped wrong request context"):
        first.pop()
    assert not impl.has_request_context()
    assert not impl.has_app_context()


# -- the implicit app context ---------------------------------------------------------------------


def test_request_context_pushes_and_pops_an_app_context(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_appcontext(seen.append)
    assert not impl.has_app_context()
    with app.test_request_context():
        assert impl.current_app._get_current_object() is app
        impl.g.user = "ann"
    assert not impl.has_app_context()
    assert seen == [None]


def test_request_context_reuses_the_active_app_context_of_its_app(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_appcontext(seen.append)
    with app.app_context() as app_ctx:
        with app.test_request_context():
            assert impl.g._get_current_object() is app_ctx.g
        assert seen == []
        assert impl.current_app._get_current_object() is app
    assert seen == [None]


def test_request_context_pushes_its_own_app_context_over_another_apps(impl: ModuleType) -> None:
    other, app = make_app(impl, "other"), make_app(impl, "mine")
    with other.app_context():
        impl.g.owner = "other"
        with app.test_request_context():
            assert impl.current_app.name == "mine"
            assert "owner" not in impl.g
        assert impl.current_app.name == "other"


# -- teardown_request ----------------------------------------------------------------------------


def test_teardown_request_receives_none_and_sees_the_request(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_request(lambda exc: seen.append((exc, impl.request.path)))
    with app.test_request_context("/here"):
        assert seen == []
    assert seen == [(None, "/here")]


def test_teardown_request_receives_the_exception_from_the_with_block(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_request(seen.append)
    app.teardown_appcontext(seen.append)
    error = ValueError("boom")
    with pytest.raises(ValueError, match="boom"):
        with app.test_request_context():
            raise error
    assert seen == [error, error]


def test_teardown_request_runs_before_teardown_appcontext(impl: ModuleType) -> None:
    app = make_app(impl)
    order: list[str] = []
    app.teardown_appcontext(lambda exc: order.append("app"))
    app.teardown_request(lambda exc: order.append("request 1"))
    app.teardown_request(lambda exc: order.append("request 2"))
    with app.test_request_context():
        pass
    assert order == ["request 2", "request 1", "app"]


def test_teardown_request_receives_the_view_error_through_the_client(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_request(seen.append)
    error = ZeroDivisionError("no")

    @app.route("/fail")
    def fail() -> str:
        raise error

    assert app.test_client().get("/fail").status_code == 500
    assert seen == [error]
    assert not impl.has_request_context()


# -- after_this_request ----------------------------------------------------------------------------


def test_after_this_request_runs_before_after_request_hooks(impl: ModuleType) -> None:
    app = make_app(impl)
    order: list[str] = []

    @app.after_request
    def app_hook(response: Any) -> Any:
        order.append("after_request")
        return response

    @app.route("/")
    def index() -> str:
        @impl.after_this_request
        def add_header(response: Any) -> Any:
            order.append("after_this_request")
            response.headers["X-Once"] = "yes"
            return response

        return "hi"

    response = app.test_client().get("/")
    assert response.headers["X-Once"] == "yes"
    assert order == ["after_this_request", "after_request"]
    assert "X-Once" not in app.test_client().get("/users/1").headers


def test_after_this_request_returns_the_function(impl: ModuleType) -> None:
    def hook(response: Any) -> Any:
        return response

    with make_app(impl).test_request_context():
        assert impl.after_this_request(hook) is hook


def test_after_this_request_outside_request_context_raises_runtime_error(
    impl: ModuleType,
) -> None:
    with pytest.raises(
        RuntimeError, match=r"^'after_this_request' can only be used when a request context"
    ):
        impl.after_this_request(lambda response: response)


# -- copy_current_request_context ------------------------------------------------------------------


def test_copy_current_request_context_gives_a_thread_the_request(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    with app.test_request_context("/users/3?x=1"):

        @impl.copy_current_request_context
        def work() -> None:
            seen.append((impl.request.path, impl.request.args["x"], impl.current_app.name))

        thread = threading.Thread(target=work)
        thread.start()
        thread.join(TIMEOUT)
    assert seen == [("/users/3", "1", "req_app")]


def test_copy_current_request_context_thread_has_no_context_of_its_own(
    impl: ModuleType,
) -> None:
    app = make_app(impl)
    seen: list[bool] = []
    with app.test_request_context():
        thread = threading.Thread(target=lambda: seen.append(impl.has_request_context()))
        thread.start()
        thread.join(TIMEOUT)
    assert seen == [False]


def test_copy_current_request_context_keeps_the_function_name(impl: ModuleType) -> None:
    def work() -> str:
        return impl.request.path  # type: ignore[no-any-return]

    with make_app(impl).test_request_context("/p"):
        wrapped = impl.copy_current_request_context(work)
        assert wrapped.__name__ == "work"
        assert wrapped() == "/p"


def test_copy_current_request_context_outside_request_context_raises_runtime_error(
    impl: ModuleType,
) -> None:
    with pytest.raises(
        RuntimeError,
        match=r"^'copy_current_request_context' can only be used when a request context",
    ):
        impl.copy_current_request_context(lambda: None)


# -- SERVER_NAME, APPLICATION_ROOT, PREFERRED_URL_SCHEME ------------------------------------------


def configure(impl: ModuleType, app: Any) -> Any:
    app.config.update(
        SERVER_NAME="example.com:8080", APPLICATION_ROOT="/app", PREFERRED_URL_SCHEME="https"
    )

    @app.route("/where")
    def where() -> str:
        return f"{impl.request.url} {impl.request.script_root}"

    return app


def test_test_request_context_honours_server_name_root_and_scheme(impl: ModuleType) -> None:
    app = configure(impl, make_app(impl))
    with app.test_request_context("/where?x=1"):
        assert impl.request.url == "https://example.com:8080/app/where?x=1"
        assert impl.request.script_root == "/app"
        assert impl.request.path == "/where"
        assert impl.request.endpoint == "where"


def test_test_client_honours_server_name_root_and_scheme(impl: ModuleType) -> None:
    app = configure(impl, make_app(impl))
    response = app.test_client().get("/where")
    assert response.get_data(as_text=True) == "https://example.com:8080/app/where /app"


def test_test_request_context_application_root_without_server_name(impl: ModuleType) -> None:
    app = make_app(impl)
    app.config["APPLICATION_ROOT"] = "/mount/"
    with app.test_request_context("/users/2"):
        assert impl.request.url == "http://localhost/mount/users/2"
        assert impl.request.view_args == {"user_id": 2}


# -- with client: the last request's contexts stay pushed ------------------------------------------


def make_client_app(impl: ModuleType, calls: list[str]) -> Any:
    app = make_app(impl)

    @app.route("/remember")
    def remember() -> str:
        impl.g.seen = impl.request.args.get("who", "nobody")
        return "ok"

    app.teardown_request(lambda exc: calls.append("request"))
    app.teardown_appcontext(lambda exc: calls.append("app"))
    return app


def test_test_client_with_block_keeps_the_last_request_context(impl: ModuleType) -> None:
    app = make_client_app(impl, [])
    with app.test_client() as client:
        client.get("/remember?who=ann")
        assert impl.request.args["who"] == "ann"
        assert impl.g.seen == "ann"
        client.get("/remember?who=bob")
        assert (impl.request.args["who"], impl.g.seen) == ("bob", "bob")


def test_test_client_with_block_pops_the_kept_contexts_at_its_end(impl: ModuleType) -> None:
    app = make_client_app(impl, [])
    with app.test_client() as client:
        client.get("/remember?who=ann")
    assert (impl.has_request_context(), impl.has_app_context()) == (False, False)


def test_test_client_with_block_runs_teardowns_again_when_it_ends(impl: ModuleType) -> None:
    calls: list[str] = []
    app = make_client_app(impl, calls)
    with app.test_client() as client:
        client.get("/remember")
        assert calls == ["request", "app"]
    assert calls == ["request", "app", "request", "app"]


def test_test_client_without_with_block_keeps_no_context(impl: ModuleType) -> None:
    app = make_client_app(impl, [])
    app.test_client().get("/remember")
    assert not impl.has_request_context()


def test_test_client_with_block_does_not_keep_a_copied_context(impl: ModuleType) -> None:
    app = make_client_app(impl, [])

    @app.route("/copy")
    def copy_it() -> str:
        return impl.copy_current_request_context(lambda: impl.request.path)()  # type: ignore[no-any-return]

    with app.test_client() as client:
        assert client.get("/copy").get_data(as_text=True) == "/copy"
        assert impl.request.path == "/copy"
    assert not impl.has_request_context()


def test_test_client_with_blocks_do_not_nest(impl: ModuleType) -> None:
    client = make_client_app(impl, []).test_client()
    with client:
        with pytest.raises(RuntimeError, match="Cannot nest client invocations"):
            client.__enter__()


@pytest.mark.parametrize(
    "given",
    [
        lambda: EnvironBuilder("/remember", environ_base={"HTTP_X_FROM": "builder"}),
        lambda: EnvironBuilder("/remember", environ_base={"HTTP_X_FROM": "dict"}).get_environ(),
    ],
    ids=["environ-builder", "environ-dict"],
)
def test_test_client_open_with_a_prepared_request_adds_the_defaults(
    impl: ModuleType, given: Any
) -> None:
    app = make_client_app(impl, [])
    with app.test_client() as client:
        client.open(given())
        assert impl.request.remote_addr == "127.0.0.1"
        assert impl.request.headers["X-From"] in {"builder", "dict"}
        assert impl.request.headers["User-Agent"].startswith("Werkzeug/")


def test_request_get_json_decodes_with_the_apps_json_provider(impl: ModuleType) -> None:
    app = make_app(impl)

    class Provider(type(app.json)):  # type: ignore[misc]
        def loads(self, s: str | bytes, **kwargs: Any) -> Any:
            return {"decoded by": "app", **super().loads(s, **kwargs)}

    app.json = Provider(app)
    with app.test_request_context("/", method="POST", json={"a": 1}):
        assert impl.request.get_json() == {"decoded by": "app", "a": 1}
