"""The capstone: the origin article's login app as two blueprints, ``auth`` and ``main``."""

from __future__ import annotations

import pytest
from stage09_blueprints.capstone import create_app


@pytest.fixture
def client():
    return create_app({"TESTING": True}).test_client()


def test_capstone_registers_auth_and_main_blueprints():
    assert list(create_app().blueprints) == ["auth", "main"]


def test_capstone_login_form_is_served(client):
    assert b'<form method="post">' in client.get("/auth/login").data


def test_capstone_login_with_right_password_goes_to_index(client):
    response = client.post("/auth/login", data={"user": "alex", "pwd": "123"})
    assert (response.status_code, response.headers["Location"]) == (302, "/index")


def test_capstone_login_with_wrong_password_is_refused(client):
    response = client.post("/auth/login", data={"user": "alex", "pwd": "nope"})
    assert (response.status_code, b"Wrong user name or password." in response.data) == (401, True)


def test_capstone_logout_goes_back_to_login(client):
    assert client.get("/auth/logout").headers["Location"] == "/auth/login"


def test_capstone_users_come_from_config():
    app = create_app({"USERS": {"ann": "pw"}})
    response = app.test_client().post("/auth/login", data={"user": "ann", "pwd": "pw"})
    assert response.status_code == 302
