"""The capstone: the origin article's login app as two blueprints, ``auth`` and ``main``."""

from __future__ import annotations

import pytest
from stage09_blueprints.capstone import create_app


@pytest.fixture
def client():
    return create_app({"TESTING": True}).test_client()


def log_in(client, pwd="123"):
    return client.post("/auth/login", data={"user": "alex", "pwd": pwd})


def test_capstone_registers_auth_and_main_blueprints():
    assert list(create_app().blueprints) == ["auth", "main"]


def test_capstone_login_form_is_served(client):
    assert b'<form method="post">' in client.get("/auth/login").data


def test_capstone_login_with_right_password_goes_to_index(client):
    response = log_in(client)
    assert (response.status_code, response.headers["Location"]) == (302, "/index")


def test_capstone_index_after_login_greets_the_user_with_a_flash(client):
    log_in(client)
    page = client.get("/index").text
    assert ("Welcome to the system, alex" in page, "Welcome, alex." in page) == (True, True)


def test_capstone_login_with_wrong_password_is_refused(client):
    response = log_in(client, pwd="nope")
    assert (response.status_code, "Wrong user name or password." in response.text) == (401, True)


def test_capstone_protected_page_redirects_to_login(client):
    response = client.get("/order")
    assert (response.status_code, response.headers["Location"]) == (302, "/auth/login")


def test_capstone_protected_page_explains_the_redirect(client):
    page = client.get("/order", follow_redirects=True).text
    assert "Please log in first." in page


def test_capstone_logout_forgets_the_user(client):
    log_in(client)
    client.get("/auth/logout")
    assert client.get("/order").status_code == 302


def test_capstone_users_come_from_config():
    app = create_app({"USERS": {"ann": "pw"}})
    response = app.test_client().post("/auth/login", data={"user": "ann", "pwd": "pw"})
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("url", "expected"),
    [("/static/style.css", b"font-family"), ("/auth/static/login.css", b"display: flex")],
    ids=["app-static", "blueprint-static"],
)
def test_capstone_serves_app_and_blueprint_static_files(client, url, expected):
    response = client.get(url)
    assert (response.status_code, expected in response.data) == (200, True)
    response.close()


def test_capstone_login_page_links_the_blueprint_stylesheet(client):
    assert "/auth/static/login.css" in client.get("/auth/login").text


def test_capstone_flash_category_becomes_a_css_class(client):
    page = log_in(client, pwd="nope").text
    assert '<li class="error">Wrong user name or password.</li>' in page
