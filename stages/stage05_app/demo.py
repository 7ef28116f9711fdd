"""The app ``python -m stage05_app`` serves: routes, hooks, an error handler, a MethodView, config.

Every line would run unchanged with ``from flask import ...``; that is the point of
stage 5. It is served by stage 2's server, one thread per connection.
"""

from __future__ import annotations

import time
from typing import Any

from stage05_app import Flask, MethodView, Response, abort, jsonify, redirect, request


class DemoSettings:
    """Settings as a class, the pattern the origin article uses with ``from_object``."""

    GREETING = "Hello"
    MAX_CONTENT_LENGTH = 64 * 1024


app = Flask(__name__)
app.config.from_object(DemoSettings)
app.config.from_prefixed_env("DEMO")  # DEMO_GREETING=Hi python -m stage05_app

#: A tiny in-memory store for the MethodView below.
NOTES: dict[int, str] = {1: "read the wsgi_app method first"}


# --8<-- [start:routes]
@app.route("/")
def index() -> str:
    links = [app.url_for("hello", name="world"), app.url_for("notes"), "/boom", "/old"]
    items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
    return f"<h1>stage 5 demo</h1><ul>{items}</ul>"


@app.get("/hello/<name>")
def hello(name: str) -> str:
    return f"{app.config['GREETING']}, {name}!"


@app.get("/old")
def old() -> Response:
    return redirect(app.url_for("index"))


@app.get("/teapot")
def teapot() -> Any:
    abort(418)


@app.get("/boom")
def boom() -> str:
    raise RuntimeError("a bug in a view becomes a 500, and the server keeps serving")


# --8<-- [end:routes]


# --8<-- [start:hooks]
@app.before_request
def start_timer() -> None:
    request.environ["demo.started"] = time.perf_counter()


@app.after_request
def add_timing_header(response: Response) -> Response:
    elapsed = time.perf_counter() - request.environ["demo.started"]
    response.headers["Server-Timing"] = f"app;dur={elapsed * 1000:.2f}"
    return response


@app.errorhandler(404)
def not_found(error: Exception) -> tuple[dict[str, str], int]:
    return {"error": "not found", "path": request.path}, 404


# --8<-- [end:hooks]


# --8<-- [start:method_view]
class NotesAPI(MethodView):
    """GET lists the notes, POST adds one from a JSON body ``{"text": "..."}``."""

    def get(self) -> Response:
        return jsonify(NOTES)

    def post(self) -> tuple[Response, int]:
        text = (request.get_json() or {}).get("text")
        if not isinstance(text, str) or not text:
            abort(400, 'send JSON like {"text": "a note"}')
        NOTES[max(NOTES, default=0) + 1] = text
        return jsonify(NOTES), 201


app.add_url_rule("/notes", view_func=NotesAPI.as_view("notes"))
# --8<-- [end:method_view]
