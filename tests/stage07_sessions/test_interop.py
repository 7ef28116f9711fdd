"""Cookies cross between us and Flask 3.1.3: same key, same bytes, same data back.

A user must be able to move an app from one to the other without logging everybody
out: a cookie one writes, the other reads, tagged values and key rotation included.
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import ModuleType
from typing import Any
from uuid import UUID

import flask
import itsdangerous
import pytest
import stage07_sessions
from markupsafe import Markup

from .impls import SECRET, make_app

#: Values that need tags, and one that only looks like a tag.
TAGGED = {
    "tuple": (1, "two", (3,)),
    "bytes": b"\x00\x01binary\xff",
    "markup": Markup("<em>safe</em>"),
    "uuid": UUID("0f0e0d0c-0b0a-0908-0706-050403020100"),
    "when": datetime(2026, 12, 7, 6, 40, 12, tzinfo=UTC),
    "tag_like": {" t": ["not", "a", "tuple"]},
    "plain": {"nested": [1, 2.5, None, True, "é"]},
}

PAIRS = [(stage07_sessions, flask), (flask, stage07_sessions)]
PAIR_IDS = ["stage07_sessions-to-flask", "flask-to-stage07_sessions"]


def store_app(impl: ModuleType, **kwargs: Any) -> Any:
    """``/write`` stores ``TAGGED``; ``/same`` says whether the session holds it, typed."""
    app = make_app(impl, **kwargs)

    @app.route("/write")
    def write() -> str:
        impl.session.update(TAGGED)
        return "written"

    @app.route("/same")
    def same() -> str:
        held = dict(impl.session)
        types_match = all(type(held.get(k)) is type(v) for k, v in TAGGED.items())
        return "same" if held == TAGGED and types_match else repr(held)

    @app.route("/touch")
    def touch() -> str:
        impl.session["touched"] = True
        return "touched"

    return app


def cookie_written_by(impl: ModuleType, **kwargs: Any) -> str:
    client = store_app(impl, **kwargs).test_client()
    client.get("/write")
    return client.get_cookie("session").value


def read_by(impl: ModuleType, cookie: str, **kwargs: Any) -> str:
    client = store_app(impl, **kwargs).test_client(use_cookies=False)
    return client.get("/same", headers={"Cookie": f"session={cookie}"}).text


@pytest.mark.parametrize(("writer", "reader"), PAIRS, ids=PAIR_IDS)
def test_interop_tagged_values_read_by_the_other(writer, reader):
    assert read_by(reader, cookie_written_by(writer)) == "same"


@pytest.mark.parametrize(("writer", "reader"), PAIRS, ids=PAIR_IDS)
def test_interop_other_key_is_refused_by_the_other(writer, reader):
    cookie = cookie_written_by(writer)
    assert read_by(reader, cookie, secret_key="another key") == "{}"


def test_interop_cookies_identical_byte_for_byte(monkeypatch):
    monkeypatch.setattr(itsdangerous.TimestampSigner, "get_timestamp", lambda self: 1_800_000_000)
    assert cookie_written_by(stage07_sessions) == cookie_written_by(flask)


def test_interop_set_cookie_headers_identical():
    headers = []
    for impl in (stage07_sessions, flask):
        app = store_app(impl, SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SECURE=True)
        response = app.test_client().get("/write")
        header = response.headers["Set-Cookie"]
        headers.append((header.split(";", 1)[1], response.headers["Vary"]))
    assert headers[0] == headers[1]


@pytest.mark.parametrize(("writer", "reader"), PAIRS, ids=PAIR_IDS)
def test_interop_old_key_read_through_fallbacks(writer, reader):
    cookie = cookie_written_by(writer, secret_key="old key")
    rotated = {"secret_key": "new key", "SECRET_KEY_FALLBACKS": ["old key"]}
    assert read_by(reader, cookie, **rotated) == "same"


@pytest.mark.parametrize(("writer", "reader"), PAIRS, ids=PAIR_IDS)
def test_interop_rotated_app_signs_with_new_key(writer, reader):
    rotated = {"secret_key": "new key", "SECRET_KEY_FALLBACKS": ["old key"]}
    client = store_app(writer, **rotated).test_client()
    client.set_cookie("session", cookie_written_by(writer, secret_key="old key"))
    client.get("/touch")  # re-saved: now signed with "new key"
    resigned = client.get_cookie("session").value
    assert (read_by(reader, resigned, secret_key="new key") != "{}") and (
        read_by(reader, resigned, secret_key="old key") == "{}"
    )


@pytest.mark.parametrize(("writer", "reader"), PAIRS, ids=PAIR_IDS)
def test_interop_flashes_survive_the_switch(writer, reader):
    write_app = make_app(writer)
    write_app.route("/flash")(lambda: writer.flash("saved", "info") or "flashed")
    client = write_app.test_client()
    client.get("/flash")
    cookie = client.get_cookie("session").value
    read_app = make_app(reader)
    read_app.route("/show")(lambda: repr(reader.get_flashed_messages(with_categories=True)))
    response = read_app.test_client(use_cookies=False).get(
        "/show", headers={"Cookie": f"session={cookie}"}
    )
    assert response.text == "[('info', 'saved')]"


def test_interop_bytes_key_signs_like_the_same_str_key():
    cookie = cookie_written_by(stage07_sessions, secret_key=SECRET.encode())
    assert read_by(flask, cookie, secret_key=SECRET) == "same"
