"""Helper contract: ``redirect``, ``jsonify`` and ``app.url_for``, byte for byte.

Mirrors flask/helpers.py, flask/json/provider.py and ``Flask.url_for`` (flask/app.py),
Flask 3.1.3, with ``werkzeug.utils.redirect`` (Werkzeug 3.1.9).
"""

from __future__ import annotations

import dataclasses
import decimal
import uuid
from datetime import date, datetime, timedelta, timezone
from types import ModuleType
from typing import Any

import pytest

from .implementations import IDS, IMPLEMENTATIONS

#: What Werkzeug's ``redirect("/target")`` sends as its body, for clients that do not follow.
REDIRECT_BODY = (
    b"<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n"
    b"<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL:"
    b' <a href="/target">/target</a>. If not, click the link.\n'
)


def capture_in_view(app, client, compute, path="/", **request_kwargs):
    """Call ``compute()`` inside a view on ``path`` and return its value."""
    seen = []
    app.add_url_rule(path, "capture", lambda **kwargs: seen.append(compute()) or "ok")
    client.get(path, **request_kwargs)
    return seen[0]


def test_redirect_answers_302_with_location(impl, app, client):
    app.route("/")(lambda: impl.redirect("/target"))
    response = client.get("/")
    assert (response.status_code, response.headers["Location"]) == (302, "/target")


def test_redirect_body_links_to_target(impl, app, client):
    app.route("/")(lambda: impl.redirect("/target"))
    response = client.get("/")
    assert (response.content_type, response.data) == ("text/html; charset=utf-8", REDIRECT_BODY)


@pytest.mark.parametrize("code", [301, 307])
def test_redirect_uses_given_code(impl, app, client, code):
    app.route("/")(lambda: impl.redirect("/target", code))
    response = client.get("/")
    assert (response.status_code, response.headers["Location"]) == (code, "/target")


def test_redirect_escapes_location_in_body(impl, app, client):
    app.route("/")(lambda: impl.redirect('/search?a=1&b="<x>"'))
    body = client.get("/").data
    assert b'"/search?a=1&amp;b=&#34;&lt;x&gt;&#34;"' in body


def test_redirect_outside_request_builds_response(impl):
    response = impl.redirect("/target", 301)
    assert (response.status_code, response.headers["Location"], response.get_data()) == (
        301,
        "/target",
        REDIRECT_BODY,
    )


def test_redirect_outside_request_uses_given_response_class(impl, app):
    class Marked(app.response_class):
        pass

    assert type(impl.redirect("/target", Response=Marked)) is Marked


def test_redirect_in_view_is_app_response_class(impl, app, client):
    made = []
    app.route("/")(lambda: made.append(impl.redirect("/target")) or made[0])
    client.get("/")
    assert type(made[0]) is app.response_class


JSONIFY_FORMS = {
    "dict": (({"b": [1, 2], "a": "x"},), {}, b'{"a":"x","b":[1,2]}\n'),
    "list": (([3, 1, 2],), {}, b"[3,1,2]\n"),
    "args": ((1, "two", None), {}, b'[1,"two",null]\n'),
    "kwargs": ((), {"b": 2, "a": 1}, b'{"a":1,"b":2}\n'),
    "nothing": ((), {}, b"null\n"),
    "string": (("say",), {}, b'"say"\n'),
    "non-ascii": (("é☃",), {}, b'"\\u00e9\\u2603"\n'),
    "nested-sorted": (({"z": {"b": 1, "a": 2}},), {}, b'{"z":{"a":2,"b":1}}\n'),
}


@pytest.mark.parametrize(("args", "kwargs", "body"), JSONIFY_FORMS.values(),
                         ids=JSONIFY_FORMS.keys())  # fmt: skip
def test_jsonify_body_is_compact_sorted_json(impl, app, client, args, kwargs, body):
    app.route("/")(lambda: impl.jsonify(*args, **kwargs))
    response = client.get("/")
    assert (response.status_code, response.content_type, response.data) == (
        200,
        "application/json",
        body,
    )


def test_jsonify_body_is_indented_when_debug(impl, app, client):
    app.debug = True
    app.route("/")(lambda: impl.jsonify({"b": [1], "a": {"c": None}}))
    assert client.get("/").data == (b'{\n  "a": {\n    "c": null\n  },\n  "b": [\n    1\n  ]\n}\n')


def test_jsonify_keeps_key_order_when_sort_keys_off(impl, app, client):
    app.json.sort_keys = False
    app.route("/")(lambda: impl.jsonify(b=1, a=2))
    assert client.get("/").data == b'{"b":1,"a":2}\n'


def test_jsonify_raises_type_error_for_args_and_kwargs(impl, app, client):
    app.testing = True
    app.route("/")(lambda: impl.jsonify(1, a=2))
    with pytest.raises(TypeError):
        client.get("/")


def test_jsonify_outside_request_raises_runtime_error(impl):
    with pytest.raises(RuntimeError):
        impl.jsonify({"a": 1})


@dataclasses.dataclass
class Point:
    x: int
    y: int


class Markup:
    def __html__(self) -> str:
        return "<b>safe</b>"


EXTRA_TYPES = {
    "datetime": (datetime(2024, 1, 2, 3, 4, 5), b'"Tue, 02 Jan 2024 03:04:05 GMT"\n'),
    "aware-datetime": (
        datetime(2024, 1, 2, 5, 4, 5, tzinfo=timezone(timedelta(hours=2))),
        b'"Tue, 02 Jan 2024 03:04:05 GMT"\n',
    ),
    "date": (date(2024, 1, 2), b'"Tue, 02 Jan 2024 00:00:00 GMT"\n'),
    "uuid": (
        uuid.UUID("12345678-1234-5678-1234-567812345678"),
        b'"12345678-1234-5678-1234-567812345678"\n',
    ),
    "decimal": (decimal.Decimal("10.50"), b'"10.50"\n'),
    "dataclass": (Point(1, 2), b'{"x":1,"y":2}\n'),
    "html": (Markup(), b'"<b>safe</b>"\n'),
    "in-dict": ({"when": date(2024, 1, 2)}, b'{"when":"Tue, 02 Jan 2024 00:00:00 GMT"}\n'),
}


@pytest.mark.parametrize(("value", "body"), EXTRA_TYPES.values(), ids=EXTRA_TYPES.keys())
def test_jsonify_serialises_extra_type(impl, app, client, value, body):
    app.route("/")(lambda: impl.jsonify(value))
    assert client.get("/").data == body


def test_dict_return_serialises_extra_type(app, client):
    app.route("/")(lambda: {"id": uuid.UUID(int=1)})
    assert client.get("/").data == b'{"id":"00000000-0000-0000-0000-000000000001"}\n'


def test_jsonify_raises_type_error_for_unknown_type(impl, app, client):
    app.testing = True
    app.route("/")(lambda: impl.jsonify(object()))
    with pytest.raises(TypeError, match="not JSON serializable"):
        client.get("/")


def test_app_json_dumps_and_loads_round_trip(app):
    text = app.json.dumps({"b": decimal.Decimal("1.5"), "a": 1})
    assert (text, app.json.loads(text)) == ('{"a": 1, "b": "1.5"}', {"a": 1, "b": "1.5"})


URL_FOR_IN_VIEW = {
    "relative": (("user",), {"user_id": 7}, "/users/7"),
    "external": (("user",), {"user_id": 7, "_external": True}, "http://localhost/users/7"),
    "scheme": (
        ("user",),
        {"user_id": 7, "_external": True, "_scheme": "https"},
        "https://localhost/users/7",
    ),
    "anchor": (("user",), {"user_id": 7, "_anchor": "bio part"}, "/users/7#bio%20part"),
    "query": (("user",), {"user_id": 7, "tab": "posts", "n": 2}, "/users/7?tab=posts&n=2"),
    "query-list": (("user",), {"user_id": 7, "tag": ["a", "b"]}, "/users/7?tag=a&tag=b"),
    "method": (("edit",), {"_method": "POST"}, "/save"),
    "static-part": (("edit",), {"_method": "GET"}, "/form"),
}


@pytest.mark.parametrize(("args", "kwargs", "url"), URL_FOR_IN_VIEW.values(),
                         ids=URL_FOR_IN_VIEW.keys())  # fmt: skip
def test_url_for_in_view_builds_url(app, client, args, kwargs, url):
    app.add_url_rule("/users/<int:user_id>", "user", lambda user_id: "user")
    app.add_url_rule("/form", "edit", lambda: "form", methods=["GET"])
    app.add_url_rule("/save", "edit", methods=["POST"])
    assert capture_in_view(app, client, lambda: app.url_for(*args, **kwargs), "/here") == url


def test_url_for_in_view_uses_request_host(app, client):
    app.add_url_rule("/users/<int:user_id>", "user", lambda user_id: "user")
    built = capture_in_view(
        app,
        client,
        lambda: app.url_for("user", user_id=1, _external=True),
        "/here",
        base_url="https://api.example.com:8443",
    )
    assert built == "https://api.example.com:8443/users/1"


def test_url_for_raises_value_error_for_scheme_without_external(app, client):
    app.add_url_rule("/users/<int:user_id>", "user", lambda user_id: "user")

    def build() -> object:
        try:
            return app.url_for("user", user_id=1, _scheme="https", _external=False)
        except ValueError as error:
            return type(error)

    assert capture_in_view(app, client, build, "/here") is ValueError


def test_url_for_raises_lookup_error_for_unknown_endpoint(app, client):
    def build() -> object:
        try:
            return app.url_for("nowhere")
        except LookupError as error:
            return type(error).__name__

    assert capture_in_view(app, client, build, "/here") == "BuildError"


def test_url_for_outside_request_raises_runtime_error_without_server_name(app):
    app.add_url_rule("/users/<int:user_id>", "user", lambda user_id: "user")
    with pytest.raises(RuntimeError, match="SERVER_NAME"):
        app.url_for("user", user_id=1)


@pytest.mark.parametrize(
    ("config", "kwargs", "url"),
    [
        ({}, {}, "http://example.com/users/1"),
        ({"PREFERRED_URL_SCHEME": "https"}, {}, "https://example.com/users/1"),
        ({"APPLICATION_ROOT": "/app"}, {}, "http://example.com/app/users/1"),
        ({}, {"_external": False}, "/users/1"),
        ({}, {"_anchor": "top"}, "http://example.com/users/1#top"),
    ],
    ids=["default", "preferred-scheme", "application-root", "not-external", "anchor"],
)
def test_url_for_outside_request_uses_server_name(app, config, kwargs, url):
    app.config.update(SERVER_NAME="example.com", **config)
    app.add_url_rule("/users/<int:user_id>", "user", lambda user_id: "user")
    assert app.url_for("user", user_id=1, **kwargs) == url


WITH_GLOBAL_URL_FOR = [
    (m, i) for m, i in zip(IMPLEMENTATIONS, IDS, strict=True) if hasattr(m, "url_for")
]


@pytest.fixture(params=[m for m, _ in WITH_GLOBAL_URL_FOR], ids=[i for _, i in WITH_GLOBAL_URL_FOR])
def url_for_impl(request: pytest.FixtureRequest) -> ModuleType:
    """An implementation with the global ``url_for`` (stage 6 on, and Flask)."""
    return request.param  # type: ignore[no-any-return]


def both_url_fors(app: Any, impl: ModuleType) -> dict[str, Any]:
    return {"app": app.url_for, "global": impl.url_for}


@pytest.mark.parametrize("which", ["app", "global"], ids=["app", "global"])
def test_url_for_passes_special_values_to_build_error_handler(url_for_impl, which):
    app = url_for_impl.Flask("contract_app")
    seen = []
    app.url_build_error_handlers.append(lambda error, endpoint, values: seen.append(values) or "/x")
    url_for = both_url_fors(app, url_for_impl)[which]
    with app.test_request_context():
        assert url_for("missing", _anchor="top", _method="POST", page=2) == "/x"
    expected = {"page": 2, "_anchor": "top", "_method": "POST", "_scheme": None, "_external": False}
    assert seen == [expected]


def test_app_url_for_passes_special_values_to_build_error_handler_in_view(app, client):
    seen = []
    app.url_build_error_handlers.append(lambda error, endpoint, values: seen.append(values) or "/x")
    capture_in_view(app, client, lambda: app.url_for("missing"), "/here")
    assert seen == [{"_anchor": None, "_method": None, "_scheme": None, "_external": False}]


def test_app_url_for_takes_self_as_url_value(app, client):
    app.add_url_rule("/<self>", "index", lambda self: "ok")
    assert capture_in_view(app, client, lambda: app.url_for("index", self="2"), "/here") == "/2"


def test_global_url_for_takes_self_as_url_value(url_for_impl):
    app = url_for_impl.Flask("contract_app")
    app.add_url_rule("/<self>", "index", lambda self: "ok")
    with app.test_request_context():
        assert url_for_impl.url_for("index", self="2") == "/2"
