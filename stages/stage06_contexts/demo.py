"""The app ``python -m stage06_contexts`` serves: the stage 5 ideas, through context locals.

``request``, ``g``, ``current_app`` and ``url_for`` are imported once at the top and
still mean "this request's" in every thread the server starts. The ``/slow`` route
hands work to a thread with ``copy_current_request_context``.
"""

from __future__ import annotations

import threading
from typing import Any

from stage06_contexts import (
    Flask,
    Response,
    after_this_request,
    copy_current_request_context,
    current_app,
    g,
    request,
    url_for,
)

app = Flask(__name__)
app.config.from_mapping(GREETING="Hello")

#: How many app contexts have ended, counted by the teardown hook below.
CLOSED = {"app contexts": 0}


# --8<-- [start:demo]
@app.before_request
def remember_visitor() -> None:
    g.visitor = request.args.get("name", "stranger")


@app.route("/")
def index() -> str:
    greeting = current_app.config["GREETING"]
    links = [url_for("index", name="ann"), url_for("worker", name="bob"), url_for("stats")]
    items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
    return f"<h1>{greeting}, {g.visitor}!</h1><ul>{items}</ul>"


@app.route("/worker")
def worker() -> str:
    @after_this_request
    def mark(response: Response) -> Response:
        response.headers["X-Handled-By"] = threading.current_thread().name
        return response

    @copy_current_request_context
    def in_another_thread(out: list[str]) -> None:
        out.append(f"{request.path} for {request.args.get('name')}")

    out: list[str] = []
    thread = threading.Thread(target=in_another_thread, args=(out,))
    thread.start()
    thread.join()
    return f"a second thread saw the same request: {out[0]}"


@app.route("/stats")
def stats() -> dict[str, Any]:
    return {"app_contexts_closed": CLOSED["app contexts"], "visitor": g.visitor}


@app.teardown_appcontext
def count_closed(error: BaseException | None) -> None:
    CLOSED["app contexts"] += 1


# --8<-- [end:demo]
