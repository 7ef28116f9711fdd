"""Return-value contract: every form a view may return, and the errors for the rest.

Mirrors ``Flask.make_response`` (flask/app.py) and ``flask.helpers.make_response``
(Flask 3.1.3).
"""

from __future__ import annotations

import pytest

HTML = "text/html; charset=utf-8"
JSON = "application/json"


def plain_wsgi_app(environ, start_response):
    start_response("203 NON-AUTHORITATIVE INFORMATION", [("Content-Type", "text/plain")])
    return [b"from ", b"wsgi"]


# return value -> (status line, Content-Type, body)
RETURN_FORMS = {
    "str": ("héllo", "200 OK", HTML, "héllo".encode()),
    "bytes": (b"\x00raw", "200 OK", HTML, b"\x00raw"),
    "dict": ({"b": 1, "a": None}, "200 OK", JSON, b'{"a":null,"b":1}\n'),
    "list": ([1, "two"], "200 OK", JSON, b'[1,"two"]\n'),
    "empty-str": ("", "200 OK", HTML, b""),
    "body-status": (("made", 201), "201 CREATED", HTML, b"made"),
    "body-status-str": (("made", "201 CREATED"), "201 CREATED", HTML, b"made"),
    "body-status-custom-str": (("odd", "299 CUSTOM"), "299 CUSTOM", HTML, b"odd"),
    "body-status-digits": (("made", "201"), "201 CREATED", HTML, b"made"),
    "dict-status": (({"id": 7}, 201), "201 CREATED", JSON, b'{"id":7}\n'),
    "body-content-type-header": (
        ("plain", {"Content-Type": "text/plain"}),
        "200 OK",
        "text/plain",
        b"plain",
    ),
}


@pytest.mark.parametrize(("result", "status", "content_type", "body"), RETURN_FORMS.values(),
                         ids=RETURN_FORMS.keys())  # fmt: skip
def test_view_return_value_becomes_response(app, client, result, status, content_type, body):
    app.route("/")(lambda: result)
    response = client.get("/")
    assert (response.status, response.content_type, response.data) == (status, content_type, body)


def test_response_instance_is_returned_as_is(app, client):
    made = []

    @app.route("/")
    def view():
        made.append(app.response_class("own", 202, mimetype="text/plain"))
        return made[0]

    sent = []
    app.after_request(lambda response: sent.append(response) or response)
    response = client.get("/")
    assert (response.status_code, response.content_type, response.data) == (
        202,
        "text/plain; charset=utf-8",
        b"own",
    )
    assert sent == made


def test_wsgi_callable_is_called_for_its_response(app, client):
    app.route("/")(lambda: plain_wsgi_app)
    response = client.get("/")
    assert (response.status_code, response.content_type, response.data) == (
        203,
        "text/plain",
        b"from wsgi",
    )


def test_wsgi_callable_result_is_converted_to_response_class(app, client):
    converted = []
    app.route("/")(lambda: plain_wsgi_app)
    app.after_request(lambda response: converted.append(type(response)) or response)
    client.get("/")
    assert converted == [app.response_class]


def test_generator_body_is_streamed(app, client):
    streamed = []

    @app.route("/")
    def view():
        def chunks():
            yield "one "
            yield b"two"

        return chunks()

    app.after_request(lambda response: streamed.append(response.is_streamed) or response)
    response = client.get("/")
    assert (response.data, streamed) == (b"one two", [True])


def test_generator_with_status_and_headers(app, client):
    app.route("/")(lambda: ((part for part in ["a", "b"]), 206, {"X-Part": "1"}))
    response = client.get("/")
    assert (response.status_code, response.headers["X-Part"], response.data) == (206, "1", b"ab")


@pytest.mark.parametrize(
    "headers",
    [{"X-Extra": "1"}, [("X-Extra", "1")]],
    ids=["dict", "list"],
)
def test_body_headers_tuple_adds_headers(app, client, headers):
    app.route("/")(lambda: ("body", headers))
    response = client.get("/")
    assert (response.status_code, response.headers["X-Extra"], response.data) == (
        200,
        "1",
        b"body",
    )


def test_body_status_headers_tuple_sets_all_three(app, client):
    app.route("/")(lambda: ("body", 404, {"X-Extra": "1"}))
    response = client.get("/")
    assert (response.status_code, response.headers["X-Extra"], response.data) == (
        404,
        "1",
        b"body",
    )


def test_tuple_headers_keep_response_headers(app, client):
    @app.route("/")
    def view():
        response = app.response_class("body")
        response.headers["X-Kept"] = "kept"
        return response, {"X-Added": "added"}

    response = client.get("/")
    assert (response.headers["X-Kept"], response.headers["X-Added"]) == ("kept", "added")


def test_tuple_headers_replace_same_name_header(app, client):
    @app.route("/")
    def view():
        response = app.response_class("body")
        response.headers["X-Value"] = "old"
        return response, 202, {"X-Value": "new"}

    response = client.get("/")
    assert (response.status_code, response.headers.getlist("X-Value")) == (202, ["new"])


def test_tuple_status_overrides_response_status(app, client):
    app.route("/")(lambda: (app.response_class("body", 200), 418))
    assert client.get("/").status == "418 I'M A TEAPOT"


def test_dict_with_headers_tuple_stays_json(app, client):
    app.route("/")(lambda: ({"a": 1}, {"X-Extra": "1"}))
    response = client.get("/")
    assert (response.content_type, response.headers["X-Extra"]) == (JSON, "1")


def test_none_return_raises_type_error_naming_endpoint(app, client):
    app.testing = True

    @app.route("/", endpoint="silent")
    def view() -> None:
        return None

    with pytest.raises(TypeError, match=r"'silent' did not return a valid response.*None"):
        client.get("/")


def test_none_body_in_tuple_raises_type_error(app, client):
    app.testing = True
    app.route("/")(lambda: (None, 201))
    with pytest.raises(TypeError, match="None"):
        client.get("/")


@pytest.mark.parametrize("result", [("body",), ("body", 200, {}, "extra")], ids=["1", "4"])
def test_tuple_of_wrong_length_raises_type_error(app, client, result):
    app.testing = True
    app.route("/")(lambda: result)
    with pytest.raises(TypeError, match="tuple"):
        client.get("/")


@pytest.mark.parametrize("result", [42, 1.5, object()], ids=["int", "float", "object"])
def test_unsupported_return_type_raises_type_error(app, client, result):
    app.testing = True
    app.route("/")(lambda: result)
    with pytest.raises(TypeError, match=f"it was a {type(result).__name__}"):
        client.get("/")


def test_unsupported_return_type_answers_500_when_not_testing(app, client):
    app.route("/")(lambda: 42)
    assert client.get("/").status_code == 500


def test_response_class_default_mimetype_is_html(app):
    response = app.response_class("x")
    assert (response.mimetype, response.status_code) == ("text/html", 200)


def test_app_make_response_converts_return_value(app):
    response = app.make_response(("made", 201, {"X-Extra": "1"}))
    assert (response.status_code, response.headers["X-Extra"], response.data) == (
        201,
        "1",
        b"made",
    )


@pytest.mark.parametrize(
    ("args", "status", "body"),
    [
        ((), 200, b""),
        (("body",), 200, b"body"),
        (("body", 201), 201, b"body"),
        (("body", 201, {"X-Extra": "1"}), 201, b"body"),
        ((("body", 202),), 202, b"body"),
    ],
    ids=["no-args", "body", "body-status", "body-status-headers", "one-tuple"],
)
def test_make_response_helper_builds_response_in_view(impl, app, client, args, status, body):
    @app.route("/")
    def view():
        response = impl.make_response(*args)
        response.headers["X-Changed"] = "yes"
        return response

    response = client.get("/")
    assert (response.status_code, response.data, response.headers["X-Changed"]) == (
        status,
        body,
        "yes",
    )


def test_make_response_helper_returns_response_class(impl, app, client):
    made = []
    app.route("/")(lambda: made.append(impl.make_response({"a": 1})) or made[0])
    response = client.get("/")
    assert (type(made[0]), response.content_type) == (app.response_class, JSON)


def test_wsgi_callable_without_content_type_gets_text_plain(app, client):
    def bare_wsgi_app(environ, start_response):
        start_response("200 OK", [("X-Bare", "1")])
        return [b"bare"]

    app.route("/")(lambda: bare_wsgi_app)
    response = client.get("/")
    assert (response.content_type, response.data) == ("text/plain; charset=utf-8", b"bare")
