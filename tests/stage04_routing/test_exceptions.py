"""The HTTP exception family and abort, against werkzeug.exceptions.

Deliberate difference: our ``description`` texts are our own words, so tests
compare the page *layout* (with a description both sides are given), not the default texts.
"""

from __future__ import annotations

import pytest
import stage04_routing.exceptions as ours_exceptions
import werkzeug.exceptions

from .impls import IMPL_IDS, IMPLS

pytestmark = pytest.mark.parametrize("impl", IMPLS, ids=IMPL_IDS)


@pytest.mark.parametrize(
    ("name", "code", "phrase"),
    [
        ("BadRequest", 400, "Bad Request"),
        ("Unauthorized", 401, "Unauthorized"),
        ("Forbidden", 403, "Forbidden"),
        ("NotFound", 404, "Not Found"),
        ("MethodNotAllowed", 405, "Method Not Allowed"),
        ("RequestEntityTooLarge", 413, "Request Entity Too Large"),
        ("UnsupportedMediaType", 415, "Unsupported Media Type"),
        ("InternalServerError", 500, "Internal Server Error"),
    ],
    ids=lambda value: str(value),
)
def test_exception_class_has_code_and_name(impl, name, code, phrase):
    module = (
        ours_exceptions if impl.NotFound.__module__.startswith("stage") else werkzeug.exceptions
    )
    error = getattr(module, name)()
    assert (error.code, error.name, isinstance(error, impl.HTTPException)) == (code, phrase, True)


def test_default_exceptions_cover_same_codes_as_werkzeug(impl):
    assert sorted(impl.default_exceptions) == sorted(werkzeug.exceptions.default_exceptions)


def test_default_exceptions_map_codes_to_same_class_names(impl):
    names = {code: cls.__name__ for code, cls in impl.default_exceptions.items()}
    assert names == {c: k.__name__ for c, k in werkzeug.exceptions.default_exceptions.items()}


def test_exception_str_shows_code_name_and_description(impl):
    assert str(impl.NotFound("no such page")) == "404 Not Found: no such page"


def test_exception_repr_shows_class_and_code(impl):
    assert repr(impl.NotFound()) == "<NotFound '404: Not Found'>"


def test_exception_description_is_escaped_in_html(impl):
    # Quotes are left out: stage 3's base class writes &quot; where MarkupSafe writes &#34;.
    error = impl.BadRequest("<b>bad</b> & worse\nline two")
    assert error.get_description() == "<p>&lt;b&gt;bad&lt;/b&gt; &amp; worse<br>line two</p>"


def test_exception_body_is_an_html_page(impl):
    assert impl.NotFound("gone").get_body() == (
        "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
        "<h1>Not Found</h1>\n<p>gone</p>\n"
    )


def test_exception_headers_declare_html(impl):
    assert impl.NotFound().get_headers() == [("Content-Type", "text/html; charset=utf-8")]


def test_method_not_allowed_headers_list_allowed_methods(impl):
    headers = impl.MethodNotAllowed(valid_methods=["GET", "POST"]).get_headers()
    assert ("Allow", "GET, POST") in headers


def test_unauthorized_headers_carry_challenges(impl):
    error = impl.Unauthorized(www_authenticate=['Basic realm="x"'])
    assert ("WWW-Authenticate", 'Basic realm="x"') in error.get_headers()


def test_internal_server_error_keeps_original_exception(impl):
    cause = KeyError("k")
    assert impl.InternalServerError(original_exception=cause).original_exception is cause


def test_request_redirect_is_a_308_routing_exception(impl):
    error = impl.RequestRedirect("http://example.com/a/")
    assert (error.code, error.new_url, isinstance(error, impl.RoutingException)) == (
        308,
        "http://example.com/a/",
        True,
    )


@pytest.mark.parametrize("code", [400, 404, 405, 418, 500, 503], ids=str)
def test_abort_raises_exception_for_code(impl, code):
    with pytest.raises(impl.HTTPException) as info:
        impl.abort(code)
    assert (info.value.code, type(info.value)) == (code, impl.default_exceptions[code])


def test_abort_passes_description_through(impl):
    with pytest.raises(impl.HTTPException) as info:
        impl.abort(403, "members only")
    assert info.value.description == "members only"


def test_abort_raises_lookup_error_for_unknown_code(impl):
    with pytest.raises(LookupError, match="no exception for 299"):
        impl.abort(299)


def test_aborter_uses_extra_mapping(impl):
    class Teapot(impl.HTTPException):
        code = 299

    with pytest.raises(Teapot):
        impl.Aborter(extra={299: Teapot})(299)


@pytest.mark.parametrize(
    "name", ["HTTPException", "BadRequest", "BadRequestKeyError", "RequestEntityTooLarge",
             "UnsupportedMediaType"],
)  # fmt: skip
def test_exception_family_reuses_stage3_classes(impl, name):
    # Not differential: stage 3's Request raises these, and stage 4 must catch them
    # as its own, so they have to be the very same classes.
    import stage03_request_response
    import stage04_routing

    assert getattr(stage04_routing, name) is getattr(stage03_request_response, name)


def test_http_exception_catches_error_raised_by_stage3_request(impl):
    import stage04_routing
    from stage03_request_response import Request

    environ = {
        "REQUEST_METHOD": "POST", "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": "3",
        "wsgi.input": __import__("io").BytesIO(b"{x}"), "wsgi.url_scheme": "http",
        "SERVER_NAME": "localhost", "SERVER_PORT": "80", "PATH_INFO": "/",
    }  # fmt: skip
    with pytest.raises(stage04_routing.HTTPException) as info:
        Request(environ).get_json()
    assert info.value.code == 400
