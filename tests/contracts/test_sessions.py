"""Session contract, for every implementation that has sessions (stage 7 on, and Flask).

Mirrors flask/sessions.py and the session steps of ``RequestContext.push`` and
``Flask.process_response`` (Flask 3.1.3): what a later stage must keep promising.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from .implementations import IDS, IMPLEMENTATIONS

WITH_SESSIONS = [(m, i) for m, i in zip(IMPLEMENTATIONS, IDS, strict=True) if hasattr(m, "session")]


@pytest.fixture(params=[m for m, _ in WITH_SESSIONS], ids=[i for _, i in WITH_SESSIONS])
def with_sessions(request: pytest.FixtureRequest) -> ModuleType:
    """An implementation that has ``session`` and ``flash``."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def keyed_client(with_sessions: ModuleType) -> Any:
    """A client of an app with a secret key and routes that write, read and empty the session."""
    impl = with_sessions
    app = impl.Flask("contract_sessions")
    app.secret_key = "contract"

    @app.route("/write/<value>")
    def write(value: str) -> str:
        impl.session["value"] = value
        return "written"

    @app.route("/read")
    def read() -> str:
        return str(impl.session.get("value"))

    @app.route("/empty")
    def empty() -> str:
        impl.session.clear()
        return "emptied"

    @app.route("/nothing")
    def nothing() -> str:
        return "nothing"

    @app.route("/flash/<message>")
    def flash(message: str) -> str:
        impl.flash(message)
        return "flashed"

    @app.route("/flashes")
    def flashes() -> str:
        return ",".join(impl.get_flashed_messages())

    return app.test_client()


def test_session_value_comes_back_on_next_request(keyed_client):
    keyed_client.get("/write/blue")
    assert keyed_client.get("/read").text == "blue"


def test_session_write_sets_one_cookie_and_vary(keyed_client):
    response = keyed_client.get("/write/blue")
    assert (len(response.headers.getlist("Set-Cookie")), response.headers["Vary"]) == (1, "Cookie")


def test_session_read_only_sets_no_cookie(keyed_client):
    keyed_client.get("/write/blue")
    assert keyed_client.get("/read").headers.getlist("Set-Cookie") == []


def test_session_untouched_adds_no_vary(keyed_client):
    assert "Vary" not in keyed_client.get("/nothing").headers


def test_session_emptied_removes_cookie(keyed_client):
    keyed_client.get("/write/blue")
    keyed_client.get("/empty")
    assert keyed_client.get_cookie("session") is None


def test_session_forged_cookie_reads_as_empty(keyed_client):
    keyed_client.set_cookie("session", "eyJ2YWx1ZSI6InJlZCJ9.forged.signature")
    assert keyed_client.get("/read").text == "None"


def test_session_flash_shown_once(keyed_client):
    keyed_client.get("/flash/hello")
    assert [keyed_client.get("/flashes").text, keyed_client.get("/flashes").text] == ["hello", ""]


def test_session_without_secret_key_is_readable(with_sessions):
    app = with_sessions.Flask("contract_no_key")
    app.route("/")(lambda: str(with_sessions.session.get("value")))
    assert app.test_client().get("/").text == "None"
