"""A request that reads and writes the session: cookie in, verified, changed, signed, out.

In-process through ``app(environ, start_response)``, as ``bench_app``: each call gets a
copy of one prepared environ carrying a valid session cookie (made once by the same
app), and the view increments a counter in the session, so every request verifies
one signature and makes one. Both sides sign with itsdangerous; what differs is the
session layer around it. Above 1x means we are faster than Flask; the target is 1x.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

import flask
import stage07_sessions

from bench.bench_app import ENVIRON
from bench.harness import Table, interleaved_rates, per_second, ratio


def counter_app(flask_class: type) -> Any:
    """``/count``: read the session's counter, add one, store it back."""
    app = flask_class("bench_sessions")
    app.secret_key = "bench secret"
    session = flask.session if flask_class is flask.Flask else stage07_sessions.session

    @app.route("/count")
    def count() -> str:
        session["count"] = session.get("count", 0) + 1
        return str(session["count"])

    return app


def one_request(app: Any) -> Callable[[], None]:
    cookie = app.test_client().get("/count").headers["Set-Cookie"].split(";", 1)[0]
    headers: list[tuple[str, str]] = []

    def start_response(status: str, sent: list[tuple[str, str]], exc_info: Any = None) -> None:
        headers[:] = sent

    def call() -> None:
        environ = dict(ENVIRON, PATH_INFO="/count", HTTP_COOKIE=cookie, **{"wsgi.input": BytesIO()})
        body = app(environ, start_response)
        b"".join(body)
        if hasattr(body, "close"):
            body.close()

    call()
    if not any(name == "Set-Cookie" for name, _ in headers):
        raise RuntimeError(f"{app!r} did not write the session: the benchmark would be void")
    return call


def run(quick: bool = False) -> list[Table]:
    seconds = 0.3 if quick else 1.5
    contenders = [("Flask 3.1.3", flask.Flask), ("stage 7 (sessions)", stage07_sessions.Flask)]
    rates = interleaved_rates(
        [one_request(counter_app(flask_class)) for _, flask_class in contenders], seconds
    )
    rows = [
        [label, per_second(value), ratio(value, rates[0])]
        for (label, _), value in zip(contenders, rates, strict=True)
    ]
    return [
        Table(
            "Sessions: read and write the signed cookie in one request",
            ["app", "requests/s", "vs Flask"],
            rows,
            note="In-process, a prepared environ with a valid cookie per call, taking turns;"
            " above 1x = faster than Flask.",
        )
    ]
