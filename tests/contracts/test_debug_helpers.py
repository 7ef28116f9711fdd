"""Debug-mode explanations: a file field sent without enctype, a redirect that drops a form.

Mirrors flask/debughelpers.py and ``Flask.raise_routing_exception`` / ``Request._load_form_data``
(flask/app.py, flask/wrappers.py), Flask 3.1.3.
"""

from __future__ import annotations

from typing import Any

import pytest
import werkzeug.routing


def upload_app(app: Any, impl: Any) -> Any:
    app.add_url_rule(
        "/upload", "upload", lambda: impl.request.files["photo"].filename, methods=["POST"]
    )
    return app


def test_missing_file_of_form_without_enctype_explains_in_debug(impl, app, client):
    app.debug = True
    upload_app(app, impl)
    with pytest.raises(KeyError) as caught:
        client.post("/upload", data={"photo": "cat.png"})
    message = str(caught.value)
    assert isinstance(caught.value, AssertionError)
    assert "no file contents were transmitted" in message
    assert "This was submitted: 'cat.png'" in message


def test_missing_file_of_form_without_enctype_is_400_outside_debug(impl, app, client):
    upload_app(app, impl)
    assert client.post("/upload", data={"photo": "cat.png"}).status_code == 400


def test_missing_file_not_in_form_is_plain_bad_request_in_debug(impl, app, client, raised):
    app.debug = True
    upload_app(app, impl)
    with pytest.raises(raised(400)) as caught:
        client.post("/upload", data={"other": "x"})
    assert not isinstance(caught.value, AssertionError)


def request_redirect_class(impl: Any) -> type[Exception]:
    """The class routing raises for a redirect: Flask leaves it in Werkzeug."""
    return getattr(impl, "RequestRedirect", werkzeug.routing.RequestRedirect)  # type: ignore[no-any-return]


def form_app(app: Any, impl: Any) -> Any:
    app.debug = True
    app.add_url_rule("/user/", "user", lambda: impl.request.form["status"], methods=["GET", "POST"])
    return app


def test_routing_redirect_308_keeps_form_in_debug(impl, app, client):
    form_app(app, impl)
    response = client.post("/user", data={"status": "kept"}, follow_redirects=True)
    assert response.data == b"kept"


@pytest.mark.parametrize("code", [301, 302], ids=["301", "302"])
def test_routing_redirect_dropping_form_raises_in_debug(impl, app, client, monkeypatch, code):
    form_app(app, impl)
    monkeypatch.setattr(request_redirect_class(impl), "code", code)
    with pytest.raises(AssertionError, match="canonical URL 'http://localhost/user/'"):
        client.post("/user", data={"status": "lost"})


def test_routing_redirect_301_of_get_is_plain_redirect_in_debug(impl, app, client, monkeypatch):
    form_app(app, impl)
    monkeypatch.setattr(request_redirect_class(impl), "code", 301)
    response = client.get("/user")
    assert (response.status_code, response.headers["Location"]) == (301, "http://localhost/user/")


def test_routing_redirect_301_of_post_is_plain_redirect_outside_debug(
    impl, app, client, monkeypatch
):
    form_app(app, impl).debug = False
    monkeypatch.setattr(request_redirect_class(impl), "code", 301)
    assert client.post("/user", data={"status": "x"}).status_code == 301
