"""The whole request cycle in-process: a hello-world view through ``app(environ, start_response)``.

No socket and no test client: each call gets a copy of one prepared WSGI environ and
consumes the body, so what is timed is the app itself: building the request,
matching, hooks, the view, ``make_response``, teardown. Stage 5 (module-level
slot), stage 6 (context locals) and Flask 3.1.3 run the same app; above 1x means
we are faster than Flask. The target for this stage is 1.5x.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

import flask
import stage05_app
import stage06_contexts

from bench.harness import Table, interleaved_rates, per_second, ratio

ENVIRON: dict[str, Any] = {
    "REQUEST_METHOD": "GET",
    "SCRIPT_NAME": "",
    "PATH_INFO": "/hello/world",
    "QUERY_STRING": "",
    "SERVER_NAME": "127.0.0.1",
    "SERVER_PORT": "5000",
    "SERVER_PROTOCOL": "HTTP/1.1",
    "HTTP_HOST": "127.0.0.1:5000",
    "wsgi.version": (1, 0),
    "wsgi.url_scheme": "http",
    "wsgi.errors": BytesIO(),
    "wsgi.multithread": False,
    "wsgi.multiprocess": False,
    "wsgi.run_once": False,
}


def hello_app(flask_class: type) -> Any:
    """Ten routes, one before- and one after-request hook, and the view under test."""
    app = flask_class("bench_app")
    for i in range(10):
        app.add_url_rule(f"/page{i}", f"page{i}", lambda: "page")

    @app.route("/hello/<name>")
    def hello(name: str) -> str:
        return f"Hello, {name}!"

    @app.before_request
    def before() -> None:
        return None

    @app.after_request
    def after(response: Any) -> Any:
        return response

    return app


def one_request(app: Any, environ: dict[str, Any] | None = None) -> Callable[[], None]:
    """A call that sends ``environ`` (the hello-world request by default) through ``app``."""
    prepared = ENVIRON if environ is None else environ

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
        return None

    def call() -> None:
        body = app(dict(prepared, **{"wsgi.input": BytesIO()}), start_response)
        b"".join(body)
        if hasattr(body, "close"):
            body.close()

    return call


def run(quick: bool = False) -> list[Table]:
    seconds = 0.3 if quick else 1.5
    contenders = [
        ("Flask 3.1.3", flask.Flask),
        ("stage 5 (module-level slot)", stage05_app.Flask),
        ("stage 6 (context locals)", stage06_contexts.Flask),
    ]
    rates = interleaved_rates(
        [one_request(hello_app(flask_class)) for _, flask_class in contenders], seconds
    )
    rows = [
        [label, per_second(value), ratio(value, rates[0])]
        for (label, _), value in zip(contenders, rates, strict=True)
    ]
    return [
        Table(
            "App: hello world through the whole WSGI cycle",
            ["app", "requests/s", "vs Flask"],
            rows,
            note="In-process, a prepared environ per call, the three taking turns;"
            " above 1x = faster than Flask.",
        )
    ]
