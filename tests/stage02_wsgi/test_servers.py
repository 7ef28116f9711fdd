"""Our server against the references: PEP 3333 validation, real Flask, three servers."""

from __future__ import annotations

import io
from wsgiref.validate import validator

import flask
import pytest
from stage02_wsgi import WSGIServer, run_simple
from stage02_wsgi.demo import app as demo_app
from stage02_wsgi.shapes import CallableApp, ClassApp, function_app
from werkzeug.test import Client

from .servers import fetch, serving


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/", None, 200),
        ("POST", "/echo", b"abc", 200),
        ("GET", "/x", None, 404),
        ("GET", "/echo", None, 405),
    ],
    ids=["index", "echo", "not-found", "wrong-method"],
)
def test_demo_app_passes_wsgiref_validator(method: str, path: str, body, status: int) -> None:  # type: ignore[no-untyped-def]
    response = Client(validator(demo_app)).open(path, method=method, data=body)
    response.close()  # the validator checks that close() reaches the app's iterable
    assert response.status_code == status


def test_demo_app_passes_validator_under_our_server() -> None:
    with serving(validator(demo_app)) as port:
        assert fetch(port, "POST", "/echo", b"payload")[2] == b"payload"


def test_live_demo_echo_returns_exact_body() -> None:
    body = bytes(range(256)) * 64
    with serving(demo_app) as port:
        status, headers, data = fetch(port, "POST", "/echo", body)
    assert (status, data) == (200, body)


def make_flask_app() -> flask.Flask:
    app = flask.Flask(__name__)

    @app.route("/")
    def index() -> str:
        return "hello flask"

    @app.route("/json", methods=["POST"])
    def json_echo() -> flask.Response:
        return flask.jsonify(got=flask.request.get_json())

    @app.route("/cookie")
    def cookie() -> flask.Response:
        response = flask.make_response("set")
        response.set_cookie("flavour", "oat", httponly=True)
        return response

    @app.route("/created")
    def created() -> tuple[str, int, dict[str, str]]:
        return "made", 201, {"X-Thing": "7"}

    @app.route("/stream")
    def stream() -> flask.Response:
        return flask.Response(iter([b"a", b"b", b"c"]))

    return app


@pytest.fixture(scope="module")
def flask_port():  # type: ignore[no-untyped-def]
    with serving(make_flask_app()) as port:
        yield port


def test_serves_real_flask_route(flask_port: int) -> None:
    assert fetch(flask_port, "GET", "/")[::2] == (200, b"hello flask")


def test_serves_real_flask_json_body(flask_port: int) -> None:
    status, headers, data = fetch(
        flask_port, "POST", "/json", b'{"a": 1}', {"Content-Type": "application/json"}
    )
    assert (status, headers["Content-Type"]) == (200, "application/json")
    assert data == b'{"got":{"a":1}}\n'


def test_serves_real_flask_cookie(flask_port: int) -> None:
    _, headers, _ = fetch(flask_port, "GET", "/cookie")
    assert headers["Set-Cookie"] == "flavour=oat; HttpOnly; Path=/"


def test_serves_real_flask_status_and_headers(flask_port: int) -> None:
    status, headers, data = fetch(flask_port, "GET", "/created")
    assert (status, headers["X-Thing"], data) == (201, "7", b"made")


def test_serves_real_flask_404(flask_port: int) -> None:
    assert fetch(flask_port, "GET", "/missing")[0] == 404


def test_serves_real_flask_streamed_response(flask_port: int) -> None:
    assert fetch(flask_port, "GET", "/stream")[2] == b"abc"


@pytest.mark.parametrize("server", ["ours", "werkzeug", "wsgiref"])
@pytest.mark.parametrize(
    ("app", "text"),
    [
        (function_app, b"Hello from a function\n"),
        (ClassApp, b"Hello from a class\n"),
        (CallableApp("Hi"), b"Hi from an instance\n"),
        (demo_app, b"Hello from WSGI!\n"),
    ],
    ids=["function", "class", "instance", "demo"],
)
def test_apps_behave_the_same_under_every_server(server: str, app, text: bytes) -> None:  # type: ignore[no-untyped-def]
    with serving(app, server) as port:
        status, headers, data = fetch(port, "GET", "/")
    assert (status, data, headers["Content-Type"]) == (200, text, "text/plain; charset=utf-8")


def test_server_keeps_serving_after_app_error(capsys: pytest.CaptureFixture[str]) -> None:
    def flaky(environ, start_response):  # type: ignore[no-untyped-def]
        if environ["PATH_INFO"] == "/boom":
            raise RuntimeError("boom")
        return function_app(environ, start_response)

    with serving(flaky) as port:
        statuses = [fetch(port, "GET", path)[0] for path in ("/boom", "/", "/boom", "/")]
    assert statuses == [500, 200, 500, 200]


def test_run_simple_serves_until_interrupted(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    def interrupt(self: WSGIServer, poll_interval: float = 0.5) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(WSGIServer, "serve_forever", interrupt)
    run_simple("127.0.0.1", 0, demo_app)
    assert "Running on http://127.0.0.1:" in capsys.readouterr().out


def test_run_simple_warns_about_reloader(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(WSGIServer, "serve_forever", lambda self, poll_interval=0.5: None)
    with pytest.warns(UserWarning, match="use_reloader"):
        run_simple("127.0.0.1", 0, demo_app, use_reloader=True)


def test_server_exposes_port_and_environ_flags() -> None:
    with WSGIServer("127.0.0.1", 0, demo_app, threaded=True) as server:
        request_environ = server.make_environ(
            __import__("stage01_socket").parse_request(
                io.BytesIO(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
            ),
            ("127.0.0.1", 1),
        )
        assert server.server_port > 0 and request_environ["wsgi.multithread"] is True
