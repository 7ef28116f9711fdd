"""One redirect page: ``redirect()`` matches Werkzeug's, and the router's redirects send it."""

from __future__ import annotations

import pytest
import stage04_routing
import werkzeug.routing
import werkzeug.utils

REDIRECTS = pytest.mark.parametrize(
    ("redirect", "RequestRedirect"),
    [
        (stage04_routing.redirect, stage04_routing.RequestRedirect),
        (werkzeug.utils.redirect, werkzeug.routing.RequestRedirect),
    ],
    ids=["ours", "werkzeug"],
)


@REDIRECTS
def test_redirect_sets_status_location_and_escaped_link(redirect, RequestRedirect):  # noqa: N803
    response = redirect("/login?next=<a>", 303)
    assert (response.status_code, response.location, response.get_data(as_text=True)) == (
        303,
        "/login?next=<a>",
        "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n"
        "<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL:"
        ' <a href="/login?next=&lt;a&gt;">/login?next=&lt;a&gt;</a>. If not, click the link.\n',
    )


@REDIRECTS
def test_request_redirect_sends_the_redirect_page(redirect, RequestRedirect):  # noqa: N803
    new_url = "http://example.com/a/"
    sent = RequestRedirect(new_url).get_response()
    assert (sent.status_code, sent.get_data()) == (308, redirect(new_url, 308).get_data())


def test_redirect_builds_the_response_class_it_is_given():
    class AppResponse(stage04_routing.Response):
        pass

    assert type(stage04_routing.redirect("/", 302, AppResponse)) is AppResponse
