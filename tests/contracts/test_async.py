"""Async contract: ``async def`` views, hooks and error handlers, on a WSGI app.

Mirrors ``Flask.ensure_sync`` / ``Flask.async_to_sync`` (flask/app.py, Flask 3.1.3;
Flask needs its ``async`` extra, asgiref, which the dev dependencies install). Each
coroutine runs to completion before the request goes on, so the order of the
request cycle is the same as with plain functions.
"""

from __future__ import annotations

import asyncio


def test_async_view_result_becomes_response(app, client):
    @app.route("/")
    async def index():
        await asyncio.sleep(0)
        return "from a coroutine"

    assert client.get("/").text == "from a coroutine"


def test_async_view_reads_request(impl, app, client):
    @app.route("/")
    async def index():
        return impl.request.args["q"]

    assert client.get("/?q=ok").text == "ok"


def test_async_before_request_can_short_circuit(app, client):
    @app.before_request
    async def deny():
        return "denied", 403

    app.add_url_rule("/", "index", lambda: "never")
    response = client.get("/")
    assert (response.status_code, response.text) == (403, "denied")


def test_async_after_request_changes_response(app, client):
    @app.after_request
    async def stamp(response):
        response.headers["X-Async"] = "yes"
        return response

    app.add_url_rule("/", "index", lambda: "ok")
    assert client.get("/").headers["X-Async"] == "yes"


def test_async_error_handler_answers(app, client):
    @app.errorhandler(KeyError)
    async def missing(error):
        return f"missing {error.args[0]}", 404

    @app.route("/")
    def index():
        raise KeyError("thing")

    response = client.get("/")
    assert (response.status_code, response.text) == (404, "missing thing")


def test_async_teardown_request_runs(app, client):
    ran = []

    @app.teardown_request
    async def record(error):
        ran.append(error)

    app.add_url_rule("/", "index", lambda: "ok")
    client.get("/")
    assert ran == [None]


def async_items_view(impl):
    class Items(impl.views.MethodView):
        async def get(self):
            return "listed"

        async def post(self):
            return "created", 201

    return Items.as_view("items")


def test_async_method_view_get_handler_answers(impl, app, client):
    app.add_url_rule("/items", view_func=async_items_view(impl))
    assert client.get("/items").text == "listed"


def test_async_method_view_post_handler_answers(impl, app, client):
    app.add_url_rule("/items", view_func=async_items_view(impl))
    assert client.post("/items").status_code == 201


def test_async_view_class_dispatch_answers(impl, app, client):
    class Hello(impl.views.View):
        async def dispatch_request(self, name):
            return f"hello {name}"

    app.add_url_rule("/hello/<name>", view_func=Hello.as_view("hello"))
    assert client.get("/hello/ann").text == "hello ann"


def recording_app(impl, converted: list[str]):
    """An app whose ``async_to_sync`` records the name of each coroutine function it wraps."""

    class RecordingFlask(impl.Flask):
        def async_to_sync(self, func):
            converted.append(func.__name__)
            return super().async_to_sync(func)

    return RecordingFlask("contract_app")


def test_async_method_view_handler_runs_through_app_async_to_sync(impl):
    converted: list[str] = []
    app = recording_app(impl, converted)
    app.add_url_rule("/items", view_func=async_items_view(impl))
    assert (app.test_client().get("/items").text, converted) == ("listed", ["get"])


def test_async_view_class_dispatch_runs_through_app_async_to_sync(impl):
    class Hello(impl.views.View):
        async def dispatch_request(self):
            return "hello"

    converted: list[str] = []
    app = recording_app(impl, converted)
    app.add_url_rule("/", view_func=Hello.as_view("hello"))
    assert (app.test_client().get("/").text, converted) == ("hello", ["dispatch_request"])
