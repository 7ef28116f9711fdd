"""Request-cycle contract: the hooks around a view, their order, and ``request`` inside them.

Mirrors ``Flask.wsgi_app``/``full_dispatch_request``/``preprocess_request``/
``process_response``/``do_teardown_request`` (flask/app.py, Flask 3.1.3).
"""

from __future__ import annotations

import pytest


def record_hooks(app, events: list[str], view_result: object = "view") -> None:
    """Register two of each hook and a view on ``/``; every call appends to ``events``."""
    for name in ("first", "second"):
        app.before_request(lambda name=name: events.append(f"before {name}"))
        app.after_request(lambda response, name=name: events.append(f"after {name}") or response)
        app.teardown_request(lambda exc, name=name: events.append(f"teardown {name}"))

    @app.route("/")
    def view() -> object:
        events.append("view")
        if isinstance(view_result, Exception):
            raise view_result
        return view_result


def test_hooks_run_in_documented_order(app, client):
    events: list[str] = []
    record_hooks(app, events)
    client.get("/")
    assert events == [
        "before first",
        "before second",
        "view",
        "after second",
        "after first",
        "teardown second",
        "teardown first",
    ]


def test_before_request_return_value_becomes_response(app, client):
    app.before_request(lambda: ("stopped early", 403))
    app.route("/")(lambda: "view")
    response = client.get("/")
    assert (response.status_code, response.data) == (403, b"stopped early")


def test_before_request_return_value_skips_later_hooks_and_view(app, client):
    events: list[str] = []
    app.before_request(lambda: "stopped early")
    record_hooks(app, events)
    client.get("/")
    assert events == ["after second", "after first", "teardown second", "teardown first"]


def test_before_request_runs_when_url_is_unknown(impl, app, client):
    seen = []
    app.before_request(lambda: seen.append((impl.request.path, impl.request.endpoint)))
    assert client.get("/missing").status_code == 404
    assert seen == [("/missing", None)]


def test_after_request_return_value_replaces_response(app, client):
    app.route("/")(lambda: "view")
    app.after_request(lambda response: app.response_class("replaced", 202))
    response = client.get("/")
    assert (response.status_code, response.data) == (202, b"replaced")


def test_after_request_can_change_response_headers(app, client):
    app.route("/")(lambda: "view")

    @app.after_request
    def stamp(response):
        response.headers["X-Stamp"] = "yes"
        return response

    assert client.get("/").headers["X-Stamp"] == "yes"


def test_after_request_runs_on_error_handler_response(app, client):
    app.errorhandler(404)(lambda error: ("custom", 404))
    app.after_request(lambda response: response.headers.set("X-After", "1") or response)
    assert client.get("/missing").headers["X-After"] == "1"


def test_after_request_runs_on_500_response_when_view_fails(app, client):
    events: list[str] = []
    record_hooks(app, events, view_result=ZeroDivisionError("boom"))
    assert client.get("/").status_code == 500
    assert events[3:5] == ["after second", "after first"]


def test_after_request_skipped_when_exception_propagates(app, client):
    events: list[str] = []
    app.testing = True
    record_hooks(app, events, view_result=ZeroDivisionError("boom"))
    with pytest.raises(ZeroDivisionError):
        client.get("/")
    assert events == ["before first", "before second", "view", "teardown second", "teardown first"]


def test_teardown_request_receives_none_after_success(app, client):
    received = []
    app.teardown_request(received.append)
    app.route("/")(lambda: "view")
    client.get("/")
    assert received == [None]


def test_teardown_request_receives_unhandled_exception(app, client):
    received = []
    app.teardown_request(received.append)

    @app.route("/")
    def fail() -> str:
        raise ZeroDivisionError("boom")

    assert client.get("/").status_code == 500
    assert [type(exc) for exc in received] == [ZeroDivisionError]


def test_teardown_request_runs_when_exception_propagates(app, client):
    received = []
    app.testing = True
    app.teardown_request(received.append)

    @app.route("/")
    def fail() -> str:
        raise KeyError("boom")

    with pytest.raises(KeyError):
        client.get("/")
    assert [type(exc) for exc in received] == [KeyError]


def test_teardown_request_receives_none_when_error_was_handled(app, client):
    received = []
    app.teardown_request(received.append)
    app.errorhandler(KeyError)(lambda error: "handled")

    @app.route("/")
    def fail() -> str:
        raise KeyError("boom")

    assert client.get("/").data == b"handled"
    assert received == [None]


def test_teardown_request_receives_none_after_404(app, client):
    received = []
    app.teardown_request(received.append)
    client.get("/missing")
    assert received == [None]


def test_teardown_request_return_value_is_ignored(app, client):
    app.teardown_request(lambda exc: "ignored")
    app.route("/")(lambda: "view")
    assert client.get("/").data == b"view"


def test_request_hooks_decorators_return_function_unchanged(app):
    def hook(*args: object) -> None:
        return None

    assert app.before_request(hook) is hook
    assert app.after_request(hook) is hook
    assert app.teardown_request(hook) is hook


def test_request_hooks_are_recorded_under_none(app):
    def hook(*args: object) -> None:
        return None

    app.before_request(hook)
    app.after_request(hook)
    app.teardown_request(hook)
    tables = (app.before_request_funcs, app.after_request_funcs, app.teardown_request_funcs)
    assert [table[None] for table in tables] == [[hook], [hook], [hook]]


# ``request`` inside a view: each attribute the view reads, for one representative request.
REQUEST_READS = {
    "args": (lambda r: r.args.getlist("tag"), {"query_string": "tag=a&tag=b"}, ["a", "b"]),
    "form": (lambda r: r.form["name"], {"method": "POST", "data": {"name": "ann"}}, "ann"),
    "json": (lambda r: r.json, {"method": "POST", "json": {"n": [1, 2]}}, {"n": [1, 2]}),
    "get_json": (lambda r: r.get_json(), {"method": "POST", "json": [1]}, [1]),
    "method": (lambda r: r.method, {"method": "PUT"}, "PUT"),
    "path": (lambda r: r.path, {}, "/items/7"),
    "view_args": (lambda r: r.view_args, {}, {"item_id": 7}),
    "url_rule": (lambda r: r.url_rule.rule, {}, "/items/<int:item_id>"),
    "endpoint": (lambda r: r.endpoint, {}, "item"),
    "blueprint": (lambda r: r.blueprint, {}, None),
    "headers": (lambda r: r.headers["X-Token"], {"headers": {"X-Token": "t"}}, "t"),
    "url": (lambda r: r.url, {"query_string": "a=1"}, "http://localhost/items/7?a=1"),
}


@pytest.mark.parametrize(("read", "request_kwargs", "expected"), REQUEST_READS.values(),
                         ids=REQUEST_READS.keys())  # fmt: skip
def test_request_visible_in_view(impl, app, client, read, request_kwargs, expected):
    seen = []

    @app.route("/items/<int:item_id>", endpoint="item", methods=["GET", "POST", "PUT"])
    def view(item_id: int) -> str:
        seen.append(read(impl.request))
        return "ok"

    assert client.open("/items/7", **request_kwargs).status_code == 200
    assert seen == [expected]


@pytest.mark.parametrize("hook", ["before_request", "after_request", "teardown_request"])
def test_request_visible_in_hook(impl, app, client, hook):
    seen = []

    def look(*args: object) -> object:
        seen.append((impl.request.method, impl.request.endpoint, impl.request.args["q"]))
        return args[0] if hook == "after_request" else None

    getattr(app, hook)(look)
    app.route("/search", methods=["POST"])(lambda: "ok")
    client.post("/search?q=x")
    assert seen == [("POST", "<lambda>", "x")]


def test_request_json_answers_415_when_body_is_not_json(impl, app, client):
    app.route("/", methods=["POST"])(lambda: str(impl.request.json))
    assert client.post("/", data="x=1").status_code == 415


def test_request_json_answers_400_when_body_is_malformed(impl, app, client):
    app.route("/", methods=["POST"])(lambda: str(impl.request.json))
    response = client.post("/", data="{", content_type="application/json")
    assert response.status_code == 400


@pytest.mark.parametrize("debug", [True, False], ids=["debug", "production"])
def test_request_json_decode_error_shown_only_in_debug(impl, app, client, debug):
    app.config.update(DEBUG=debug, TRAP_BAD_REQUEST_ERRORS=False)
    app.route("/", methods=["POST"])(lambda: str(impl.request.get_json()))
    response = client.post("/", data="{", content_type="application/json")
    assert (response.status_code, b"Failed to decode JSON object" in response.data) == (
        400,
        debug,
    )


def test_request_args_missing_key_answers_400(impl, app, client):
    app.route("/")(lambda: impl.request.args["absent"])
    assert client.get("/").status_code == 400
