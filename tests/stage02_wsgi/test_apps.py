"""The three WSGI app shapes, a header middleware and DispatcherMiddleware."""

from __future__ import annotations

from typing import Any

import pytest
from stage02_wsgi import AddHeaderMiddleware, DispatcherMiddleware
from stage02_wsgi.shapes import CallableApp, ClassApp, function_app
from werkzeug.middleware.dispatcher import DispatcherMiddleware as WerkzeugDispatcher
from werkzeug.test import Client


@pytest.mark.parametrize(
    ("app", "text"),
    [
        (function_app, b"Hello from a function\n"),
        (ClassApp, b"Hello from a class\n"),
        (CallableApp("Hi"), b"Hi from an instance\n"),
    ],
    ids=["function", "class", "callable-instance"],
)
def test_every_app_shape_is_a_wsgi_app(app: Any, text: bytes) -> None:
    response = Client(app).get("/")
    assert (response.status_code, response.data) == (200, text)


def test_add_header_middleware_adds_header_and_keeps_body() -> None:
    response = Client(AddHeaderMiddleware(function_app, "X-Layer", "2")).get("/")
    assert response.headers["X-Layer"] == "2" and response.data == b"Hello from a function\n"


def test_middleware_wraps_flask_wsgi_app_and_keeps_the_app() -> None:
    import flask

    app = flask.Flask(__name__)
    app.add_url_rule("/", "index", lambda: "flask")
    app.wsgi_app = AddHeaderMiddleware(app.wsgi_app, "X-Layer", "2")  # type: ignore[method-assign]
    response = app.test_client().get("/")
    assert (response.headers["X-Layer"], response.data) == ("2", b"flask")


def where(environ: dict, start_response) -> list[bytes]:  # type: ignore[no-untyped-def]
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [f"{environ['SCRIPT_NAME']}|{environ['PATH_INFO']}".encode()]


def named(name: str):  # type: ignore[no-untyped-def]
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        return [name.encode() + b":", *where(environ, start_response)]

    return app


MOUNTS = {"/api": named("api"), "/api/v2": named("v2"), "/static": named("static")}
PATHS = ["/", "/x", "/api", "/api/", "/api/users", "/api/v2/users", "/apix", "/static/a/b.css"]


IMPLS = pytest.mark.parametrize(
    "impl", [DispatcherMiddleware, WerkzeugDispatcher], ids=["ours", "werkzeug"]
)


@IMPLS
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", b"main:|/"),
        ("/x", b"main:|/x"),
        ("/api", b"api:/api|"),
        ("/api/", b"api:/api|/"),
        ("/api/users", b"api:/api|/users"),
        ("/api/v2/users", b"v2:/api/v2|/users"),
        ("/apix", b"main:|/apix"),
        ("/static/a/b.css", b"static:/static|/a/b.css"),
    ],
    ids=PATHS,
)
def test_dispatcher_moves_prefix_to_script_name(impl: Any, path: str, expected: bytes) -> None:
    app = impl(named("main"), MOUNTS)
    assert Client(app).get(path).data == expected


@IMPLS
def test_dispatcher_appends_to_existing_script_name(impl: Any) -> None:
    app = impl(named("main"), {"/api": named("api")})
    response = Client(app).get("/api/users", environ_overrides={"SCRIPT_NAME": "/site"})
    assert response.data == b"api:/site/api|/users"


def test_dispatcher_mounted_flask_app_builds_urls_with_prefix() -> None:
    import flask

    api = flask.Flask("api")

    @api.route("/users")
    def users() -> str:
        return flask.url_for("users")

    app = DispatcherMiddleware(function_app, {"/api": api})
    assert Client(app).get("/api/users").data == b"/api/users"
