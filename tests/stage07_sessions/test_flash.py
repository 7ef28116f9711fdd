"""``flash`` and ``get_flashed_messages`` on ours and on Flask."""

from __future__ import annotations

from typing import Any

import pytest

from .impls import impl as impl  # noqa: F401 - the fixture
from .impls import make_app


def flash_app(impl: Any) -> Any:
    """``/flash`` flashes three messages; ``/show?with=1&only=error,info`` shows them."""
    app = make_app(impl)

    @app.route("/flash")
    def flash_three() -> str:
        impl.flash("plain")
        impl.flash("bad", "error")
        impl.flash("note", "info")
        return "flashed"

    @app.route("/show")
    def show() -> str:
        only = [c for c in impl.request.args.get("only", "").split(",") if c]
        shown = impl.get_flashed_messages(
            with_categories=bool(impl.request.args.get("with")), category_filter=only
        )
        return repr(shown)

    @app.route("/twice")
    def twice() -> str:
        return repr((impl.get_flashed_messages(), impl.get_flashed_messages()))

    return app


SHOW_CASES = [
    ("messages", "/show", "['plain', 'bad', 'note']"),
    (
        "with-categories",
        "/show?with=1",
        "[('message', 'plain'), ('error', 'bad'), ('info', 'note')]",
    ),
    ("filter", "/show?only=error", "['bad']"),
    ("filter-two", "/show?only=error,info", "['bad', 'note']"),
    ("filter-with-categories", "/show?with=1&only=info", "[('info', 'note')]"),
    ("filter-unknown", "/show?only=debug", "[]"),
]


@pytest.mark.parametrize(
    ("url", "expected"), [c[1:] for c in SHOW_CASES], ids=[c[0] for c in SHOW_CASES]
)
def test_flashed_messages_shown_on_next_request(impl, url, expected):
    client = flash_app(impl).test_client()
    client.get("/flash")
    assert client.get(url).text == expected


def test_flashed_messages_gone_after_being_shown(impl):
    client = flash_app(impl).test_client()
    client.get("/flash")
    client.get("/show")
    assert client.get("/show").text == "[]"


def test_flashed_messages_filtered_out_are_consumed_too(impl):
    client = flash_app(impl).test_client()
    client.get("/flash")
    client.get("/show?only=error")
    assert client.get("/show").text == "[]"


def test_flashed_messages_same_on_second_call_in_one_request(impl):
    client = flash_app(impl).test_client()
    client.get("/flash")
    assert client.get("/twice").text == "(['plain', 'bad', 'note'], ['plain', 'bad', 'note'])"


def test_flashed_messages_empty_without_flash_sets_no_cookie(impl):
    response = flash_app(impl).test_client().get("/show")
    assert (response.text, response.headers.getlist("Set-Cookie")) == ("[]", [])


def test_flash_without_secret_key_raises_runtime_error(impl):
    app = make_app(impl, secret_key=None)
    with app.test_request_context("/"):
        with pytest.raises(RuntimeError, match="no secret key was set"):
            impl.flash("lost")


def test_flashed_messages_without_secret_key_are_empty(impl):
    app = make_app(impl, secret_key=None)
    with app.test_request_context("/"):
        assert impl.get_flashed_messages() == []
