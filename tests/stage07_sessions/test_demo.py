"""The login demo (``python -m stage07_sessions``), through the test client and a real socket."""

from __future__ import annotations

import http.cookiejar
import threading
import urllib.parse
import urllib.request

import pytest
from stage02_wsgi import make_server
from stage07_sessions import FlaskClient, demo


@pytest.fixture
def client() -> FlaskClient:
    return demo.app.test_client()


def log_in(client: FlaskClient, user: str = "alex", pwd: str = "123"):  # type: ignore[no-untyped-def]
    return client.post("/login", data={"user": user, "pwd": pwd})


def test_demo_index_redirects_to_login_when_logged_out(client):
    response = client.get("/index")
    assert (response.status_code, response.headers["Location"]) == (302, "/login")


def test_demo_login_page_shows_form(client):
    assert '<form method="post">' in client.get("/login").text


def test_demo_login_with_right_password_redirects_to_index(client):
    response = log_in(client)
    assert (response.status_code, response.headers["Location"]) == (302, "/index")


def test_demo_login_sets_signed_session_cookie(client):
    log_in(client)
    assert client.get_cookie("session").value.count(".") == 2


def test_demo_index_welcomes_logged_in_user(client):
    log_in(client)
    assert "Welcome, alex" in client.get("/index").text


def test_demo_login_flashes_message_shown_once(client):
    log_in(client)
    assert "Logged in as alex." in client.get("/index").text
    assert "Logged in as alex." not in client.get("/index").text


def test_demo_login_with_wrong_password_is_refused(client):
    response = log_in(client, pwd="nope")
    assert (response.status_code, "Wrong user name or password." in response.text) == (401, True)


def test_demo_logout_forgets_user(client):
    log_in(client)
    client.get("/logout")
    assert client.get("/index").status_code == 302


def test_demo_logout_when_logged_out_still_redirects(client):
    assert client.get("/logout").status_code == 302


def test_demo_forged_cookie_is_not_logged_in(client):
    log_in(client)
    payload, timestamp, signature = client.get_cookie("session").value.split(".")
    client.set_cookie("session", f"{payload}.{timestamp}.{signature[::-1]}")
    assert client.get("/order").status_code == 302


def test_demo_user_name_is_escaped(client):
    with client.session_transaction() as session:
        session["user_info"] = "<script>x</script>"
    assert "&lt;script&gt;" in client.get("/index").text


def test_demo_login_and_logout_over_loopback_by_stage_two_server():
    server = make_server("127.0.0.1", 0, demo.app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        browser = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        form = urllib.parse.urlencode({"user": "alex", "pwd": "123"}).encode()
        with browser.open(f"{base}/login", data=form, timeout=5) as reply:
            assert "Welcome, alex" in reply.read().decode()  # followed the redirect
        with browser.open(f"{base}/logout", timeout=5) as reply:
            assert "Logged out." in reply.read().decode()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
