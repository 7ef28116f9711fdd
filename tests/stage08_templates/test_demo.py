"""The demo app (``python -m stage08_templates``): the article's login app, with templates."""

from __future__ import annotations

from typing import Any

import pytest
from stage08_templates import demo


@pytest.fixture
def client() -> Any:
    return demo.app.test_client()


def log_in(client: Any, pwd: str = "123") -> Any:
    return client.post("/login", data={"user": "alex", "pwd": pwd}, follow_redirects=True)


def test_demo_login_page_extends_base_layout(client: Any) -> None:
    text = client.get("/login").text
    assert "<title>Log in · stage 8</title>" in text and '<form method="post">' in text


def test_demo_index_without_login_redirects_to_login(client: Any) -> None:
    assert client.get("/index").location == "/login"


def test_demo_login_renders_index_with_user(client: Any) -> None:
    assert "<h1>Welcome, alex</h1>" in log_in(client).text


def test_demo_login_flashes_message_on_next_page(client: Any) -> None:
    assert '<p class="flash message">Logged in as alex.</p>' in log_in(client).text


def test_demo_wrong_password_renders_message_with_401(client: Any) -> None:
    response = client.post("/login", data={"user": "alex", "pwd": "nope"})
    assert (response.status_code, "Wrong user name or password." in response.text) == (401, True)


def test_demo_wrong_user_name_is_escaped_in_form(client: Any) -> None:
    response = client.post("/login", data={"user": "<script>", "pwd": "x"})
    assert 'value="&lt;script&gt;"' in response.text


def test_demo_order_page_loops_over_orders(client: Any) -> None:
    log_in(client)
    assert "<li>flask: 1</li>" in client.get("/order").text


def test_demo_logout_forgets_user(client: Any) -> None:
    log_in(client)
    client.get("/logout")
    assert client.get("/index").location == "/login"


def test_demo_index_links_image_from_static(client: Any) -> None:
    assert '<img src="/static/logo.svg"' in log_in(client).text


def test_demo_static_image_is_served_as_svg(client: Any) -> None:
    response = client.get("/static/logo.svg")
    assert (response.status_code, response.mimetype, response.data[:4]) == (
        200,
        "image/svg+xml",
        b"<svg",
    )


def test_demo_static_image_revalidates_with_304(client: Any) -> None:
    etag = client.get("/static/logo.svg").headers["ETag"]
    assert client.get("/static/logo.svg", headers={"If-None-Match": etag}).status_code == 304
