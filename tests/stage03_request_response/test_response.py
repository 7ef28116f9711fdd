"""Response: bodies, status, headers, cookies, and the response as a WSGI app."""

from __future__ import annotations

import pytest
from stage03_request_response import Response
from werkzeug.test import Client, EnvironBuilder

from .impls import IMPLS


@IMPLS
def test_response_default_is_200_text_plain_utf8(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response("hi")
    assert (response.status, response.status_code, response.content_type) == (
        "200 OK",
        200,
        "text/plain; charset=utf-8",
    )


@IMPLS
@pytest.mark.parametrize(
    ("status", "code", "text"),
    [
        (404, 404, "404 NOT FOUND"),
        ("404 NOT FOUND", 404, "404 NOT FOUND"),
        ("404", 404, "404 NOT FOUND"),
        ("418 I'M A TEAPOT", 418, "418 I'M A TEAPOT"),
        (299, 299, "299 UNKNOWN"),
        ("200 Custom Reason", 200, "200 Custom Reason"),
    ],
    ids=["int", "full-string", "code-string", "teapot", "unknown-code", "custom-reason"],
)
def test_response_status_and_code_stay_in_sync(impl, status, code: int, text: str) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(status=status)
    assert (response.status_code, response.status) == (code, text)


@IMPLS
def test_response_setting_status_code_updates_status(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response()
    response.status_code = 201
    assert response.status == "201 CREATED"


@IMPLS
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (lambda: "héllo", "héllo".encode()),
        (lambda: b"raw", b"raw"),
        (lambda: [b"a", b"b"], b"ab"),
        (lambda: iter([b"x", "y"]), b"xy"),
    ],
    ids=["str", "bytes", "list", "iterator"],
)
def test_response_body_shapes(impl, body, expected: bytes) -> None:  # type: ignore[no-untyped-def]
    assert impl.Response(body()).get_data() == expected


@IMPLS
def test_response_str_body_sets_content_length(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.Response("héllo").content_length == 6


@IMPLS
def test_response_iterable_body_has_no_content_length(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.Response(iter([b"x"])).content_length is None


@IMPLS
def test_response_mimetype_adds_charset_for_text(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.Response("x", mimetype="text/html").content_type == "text/html; charset=utf-8"


@IMPLS
def test_response_mimetype_adds_charset_for_any_xml_type(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response("<svg/>", mimetype="image/svg+xml")
    assert response.content_type == "image/svg+xml; charset=utf-8"


@IMPLS
def test_response_mimetype_without_charset_for_binary(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.Response(b"x", mimetype="image/png").content_type == "image/png"


@IMPLS
def test_response_content_type_is_used_verbatim(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response("x", content_type="text/csv")
    assert (response.content_type, response.mimetype) == ("text/csv", "text/csv")


@IMPLS
def test_response_headers_from_dict(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.Response("x", headers={"X-Id": "7"}).headers["x-id"] == "7"


@IMPLS
def test_response_set_data_replaces_body_and_length(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response("old")
    response.set_data("newer")
    assert (response.data, response.content_length) == (b"newer", 5)


@IMPLS
def test_response_get_data_as_text(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.Response("héllo").get_data(as_text=True) == "héllo"


@IMPLS
def test_response_set_cookie_adds_one_header_per_cookie(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response()
    response.set_cookie("a", "1", httponly=True)
    response.set_cookie("b", "2", samesite="Strict", secure=True)
    assert response.headers.getlist("Set-Cookie") == [
        "a=1; HttpOnly; Path=/",
        "b=2; Secure; Path=/; SameSite=Strict",
    ]


@IMPLS
def test_response_delete_cookie_expires_it(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response()
    response.delete_cookie("session")
    assert response.headers["Set-Cookie"] == (
        "session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"
    )


@IMPLS
def test_response_is_a_wsgi_app(impl) -> None:  # type: ignore[no-untyped-def]
    result = Client(impl.Response("hello", 201, {"X-A": "1"})).get("/")
    assert (result.status_code, result.data, result.headers["X-A"]) == (201, b"hello", "1")


@IMPLS
def test_response_as_wsgi_app_sends_no_body_for_head(impl) -> None:  # type: ignore[no-untyped-def]
    assert Client(impl.Response("hello")).head("/").data == b""


@IMPLS
def test_response_as_wsgi_app_states_length_of_empty_body(impl) -> None:  # type: ignore[no-untyped-def]
    assert Client(impl.Response()).get("/").headers["Content-Length"] == "0"


@IMPLS
def test_response_as_wsgi_app_states_length_of_list_body(impl) -> None:  # type: ignore[no-untyped-def]
    assert Client(impl.Response([b"ab", b"c"])).get("/").headers["Content-Length"] == "3"


@IMPLS
def test_response_as_wsgi_app_leaves_streamed_body_unsized(impl) -> None:  # type: ignore[no-untyped-def]
    response = Client(impl.Response(iter([b"ab"]))).get("/")
    assert "Content-Length" not in response.headers


@IMPLS
def test_response_as_wsgi_app_states_no_length_for_204(impl) -> None:  # type: ignore[no-untyped-def]
    assert "Content-Length" not in Client(impl.Response(status=204)).get("/").headers


@IMPLS
def test_response_as_wsgi_app_drops_length_of_204_body(impl) -> None:  # type: ignore[no-untyped-def]
    assert "Content-Length" not in Client(impl.Response("", 204)).get("/").headers


@IMPLS
def test_response_as_wsgi_app_sends_location_as_ascii_uri(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(status=302)
    response.headers["Location"] = "/caf\u00e9 menu?q=1#top"
    sent = Client(response).get("/").headers["Location"]
    assert sent == "/caf%C3%A9%20menu?q=1#top"


@IMPLS
def test_response_as_wsgi_app_leaves_escaped_location_alone(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(status=302)
    response.headers["Location"] = "/a%20b?next=%2Fc"
    assert Client(response).get("/").headers["Location"] == "/a%20b?next=%2Fc"


@IMPLS
def test_response_close_is_passed_to_wrapped_iterable(impl) -> None:  # type: ignore[no-untyped-def]
    class Body:
        closed = False

        def __iter__(self):  # type: ignore[no-untyped-def]
            yield b"x"

        def close(self) -> None:
            self.closed = True

    body = Body()
    impl.Response(body).close()
    assert body.closed


@IMPLS
def test_response_json_helpers(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response('{"a": 1}', mimetype="application/json")
    assert (response.is_json, response.get_json()) == (True, {"a": 1})


@IMPLS
def test_response_force_type_runs_wsgi_app(impl) -> None:  # type: ignore[no-untyped-def]
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("202 ACCEPTED", [("X-From", "app")])
        return [b"from app"]

    response = impl.Response.force_type(app, EnvironBuilder("/").get_environ())
    assert (response.status_code, response.headers["X-From"], response.get_data()) == (
        202,
        "app",
        b"from app",
    )


def test_response_default_mimetype_is_a_class_attribute() -> None:
    class HtmlResponse(Response):
        default_mimetype = "text/html"

    assert HtmlResponse("x").content_type == "text/html; charset=utf-8"


def test_response_invalid_status_type_raises() -> None:
    with pytest.raises(TypeError, match="int or a str"):
        Response(status=4.04)  # type: ignore[arg-type]


@IMPLS
@pytest.mark.parametrize("code", [200, 201, 204, 302, 308, 400, 413, 418, 422, 429, 500, 503])
def test_response_reason_phrase_spelled_like_werkzeug(impl, code: int) -> None:  # type: ignore[no-untyped-def]
    from werkzeug.wrappers import Response as WerkzeugResponse

    assert impl.Response(status=code).status == WerkzeugResponse(status=code).status


class _ClosableBody:
    """A streamed body that records its ``close()``, as a file would need."""

    def __init__(self) -> None:
        self.closed = False

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield b"data"

    def close(self) -> None:
        self.closed = True


@IMPLS
def test_response_close_reaches_body_read_into_memory(impl) -> None:  # type: ignore[no-untyped-def]
    body = _ClosableBody()
    response = impl.Response(body)
    response.get_data()
    response.close()
    assert body.closed


@IMPLS
def test_response_keeps_direct_passthrough_flag(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.Response(iter([b"x"]), direct_passthrough=True).direct_passthrough is True
