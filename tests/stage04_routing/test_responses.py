"""Exceptions rendered as stage-3 responses and served as WSGI apps."""

from __future__ import annotations

import pytest

from .impls import IMPL_IDS, IMPLS

pytest.importorskip("stage03_request_response")
pytestmark = pytest.mark.parametrize("impl", IMPLS, ids=IMPL_IDS)


def call_wsgi(app):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": "/", "SERVER_NAME": "localhost",
        "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http",
    }  # fmt: skip
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen.update(status=status, headers=headers)

    body = b"".join(app(environ, start_response))
    return seen["status"], dict(seen["headers"]), body


def test_get_response_carries_status_page_and_content_type(impl):
    response = impl.NotFound("gone").get_response()
    assert (
        response.status_code,
        response.headers["Content-Type"],
        response.get_data(as_text=True),
    ) == (404, "text/html; charset=utf-8", impl.NotFound("gone").get_body())


def test_get_response_returns_wrapped_response(impl):
    import stage03_request_response as stage3
    import werkzeug.wrappers

    response_class = (
        stage3.Response
        if impl.NotFound.__module__.startswith("stage")
        else (werkzeug.wrappers.Response)
    )
    wrapped = response_class("custom", 409)
    assert impl.HTTPException(response=wrapped).get_response() is wrapped


def test_exception_serves_itself_as_wsgi_app(impl):
    status, headers, body = call_wsgi(impl.MethodNotAllowed(["GET"], "use GET"))
    assert (status[:4], headers["Allow"], b"use GET" in body) == ("405 ", "GET", True)


def test_request_redirect_response_sets_location(impl):
    response = impl.RequestRedirect("http://example.com/a/?q=<x>").get_response()
    assert (response.status_code, response.headers["Location"]) == (
        308,
        "http://example.com/a/?q=<x>",
    )


def test_request_redirect_response_links_target_escaped(impl):
    body = impl.RequestRedirect("/a?x=1&y=2").get_response().get_data(as_text=True)
    assert '<a href="/a?x=1&amp;y=2">/a?x=1&amp;y=2</a>' in body


def test_abort_with_response_raises_http_exception_wrapping_it(impl):
    import stage03_request_response as stage3
    import werkzeug.wrappers

    response_class = (
        stage3.Response
        if impl.NotFound.__module__.startswith("stage")
        else (werkzeug.wrappers.Response)
    )
    response = response_class("teapot", 418)
    with pytest.raises(impl.HTTPException) as info:
        impl.abort(response)
    assert info.value.get_response() is response
