"""Chapter 7, "Check yourself": a server-side session store as a ``SessionInterface``.

The cookie holds only a random session id; the data stays in a dict on the server
(a database or Redis in real life). Run it with
``.venv/bin/python -m pytest tests/stage07_sessions/test_exercise_server_side.py``.
"""

from __future__ import annotations

import secrets
import threading
from typing import Any

import flask
import pytest
import stage07_sessions
from stage07_sessions.sessions import SecureCookieSession, SessionInterface


# --8<-- [start:exercise]
class StoredSession(SecureCookieSession):
    """A session that knows its id, and whether it was just created."""

    def __init__(self, data: Any = (), sid: str = "", new: bool = False) -> None:
        super().__init__(data)
        self.sid = sid or secrets.token_urlsafe(32)  # 256 random bits: unguessable
        self.new = new


class MemorySessionInterface(SessionInterface):
    """Sessions kept in server memory; the browser only holds the id."""

    def __init__(self) -> None:
        self.store: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()  # requests run in several threads at once

    def open_session(self, app: Any, request: Any) -> StoredSession | None:
        sid = request.cookies.get(self.get_cookie_name(app), "")
        with self.lock:
            data = self.store.get(sid)
        if data is None:  # no cookie, or an id we never issued (or already dropped)
            return StoredSession(new=True)
        return StoredSession(data, sid=sid)

    def save_session(self, app: Any, session: Any, response: Any) -> None:
        name, options = self.get_cookie_name(app), self.cookie_options(app)
        if session.accessed:
            response.vary.add("Cookie")
        if not session:
            if session.modified:  # emptied (log out): forget it on both sides
                with self.lock:
                    self.store.pop(session.sid, None)
                response.delete_cookie(name, **options)
            return
        if session.modified:
            with self.lock:
                self.store[session.sid] = dict(session)
        if session.new or self.should_set_cookie(app, session):
            expires = self.get_expiration_time(app, session)
            response.set_cookie(name, session.sid, expires=expires, **options)


# --8<-- [end:exercise]


def store_app(impl: Any, interface: MemorySessionInterface) -> Any:
    app = impl.Flask("server_side")
    app.session_interface = interface

    @app.route("/login/<user>")
    def login(user: str) -> str:
        impl.session["user"] = user
        return "in"

    @app.route("/me")
    def me() -> str:
        return str(impl.session.get("user"))

    @app.route("/logout")
    def logout() -> str:
        impl.session.clear()
        return "out"

    return app


@pytest.fixture(params=[stage07_sessions, flask], ids=["stage07_sessions", "flask"])
def impl(request: pytest.FixtureRequest) -> Any:
    """The same interface object serves our app and Flask's: only the interface is called."""
    return request.param


def test_server_side_session_kept_across_requests(impl):
    client = store_app(impl, MemorySessionInterface()).test_client()
    client.get("/login/ann")
    assert client.get("/me").text == "ann"


def test_server_side_cookie_holds_only_the_id(impl):
    interface = MemorySessionInterface()
    client = store_app(impl, interface).test_client()
    client.get("/login/ann")
    sid = client.get_cookie("session").value
    assert interface.store == {sid: {"user": "ann"}}


def test_server_side_unknown_id_gives_empty_session(impl):
    client = store_app(impl, MemorySessionInterface()).test_client()
    client.set_cookie("session", "made-up-id")
    assert client.get("/me").text == "None"


def test_server_side_logout_forgets_data_and_cookie(impl):
    interface = MemorySessionInterface()
    client = store_app(impl, interface).test_client()
    client.get("/login/ann")
    client.get("/logout")
    assert (interface.store, client.get_cookie("session")) == ({}, None)


def test_server_side_unused_session_sets_no_cookie(impl):
    response = store_app(impl, MemorySessionInterface()).test_client().get("/me")
    assert response.headers.getlist("Set-Cookie") == []


def test_server_side_needs_no_secret_key(impl):
    app = store_app(impl, MemorySessionInterface())
    assert app.secret_key is None and app.test_client().get("/login/ann").status_code == 200
