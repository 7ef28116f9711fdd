"""The tamper corpus: every cookie here gives an empty session, never a 500, never its data.

Each case is a hostile or broken value of the ``session`` cookie. A view returns the
session it sees; the answer must be ``200 {}``. The cases forged without the key must
hold on Flask too; the cases *signed* with the key but unreadable (bad base64, bad
JSON, bad tags) are where we differ: Flask lets those errors through as a 500.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
import stage07_sessions

from .cookies import encode, sign_data, sign_json, sign_raw
from .impls import impl as impl  # noqa: F401 - the fixture
from .impls import make_app

#: What the attacker wants the server to believe.
FORGED = {"user": "admin"}
#: The app's session lifetime in the corpus: cookies older than this have expired.
LIFETIME = 3600


def valid() -> str:
    return sign_data(FORGED)


def replace_signature_char(cookie: str) -> str:
    payload, timestamp, signature = cookie.split(".")
    flipped = "A" if signature[-2] != "A" else "B"
    return f"{payload}.{timestamp}.{signature[:-2]}{flipped}{signature[-1]}"


def change_payload(cookie: str) -> str:
    payload, timestamp, signature = cookie.split(".")
    other = sign_data({"user": "admiN"}).split(".")[0]
    return f"{other}.{timestamp}.{signature}"


def change_timestamp(cookie: str) -> str:
    payload, _, signature = cookie.split(".")
    later = sign_data(FORGED, timestamp=int(time.time()) + 10).split(".")[1]
    return f"{payload}.{later}.{signature}"


def swap_signatures() -> str:
    mine = sign_data({"user": "guest"}).split(".")
    wanted = valid().split(".")
    return f"{wanted[0]}.{mine[1]}.{mine[2]}"


#: (id, how to make the cookie value). Forged without the key: both implementations
#: must give an empty session.
FORGED_CASES: list[tuple[str, Callable[[], str]]] = [
    ("signature-one-char-changed", lambda: replace_signature_char(valid())),
    ("payload-swapped", lambda: change_payload(valid())),
    ("timestamp-changed", lambda: change_timestamp(valid())),
    ("signature-from-another-cookie", swap_signatures),
    (
        "signature-uppercased",
        lambda: valid().rsplit(".", 1)[0] + "." + valid().split(".")[2].upper(),
    ),
    ("truncated-no-signature", lambda: valid().rsplit(".", 1)[0]),
    ("truncated-mid-signature", lambda: valid()[:-5]),
    ("truncated-payload-only", lambda: valid().split(".")[0]),
    ("truncated-half", lambda: valid()[: len(valid()) // 2]),
    ("extra-segment", lambda: valid() + ".AAAA"),
    ("signature-empty", lambda: valid().rsplit(".", 1)[0] + "."),
    ("timestamp-missing", lambda: valid().split(".")[0] + ".." + valid().split(".")[2]),
    ("dot-only", lambda: "."),
    ("dots-only", lambda: "..."),
    ("garbage-word", lambda: "hello"),
    ("garbage-binary-escaped", lambda: '"\\000\\001\\377"'),
    ("non-ascii", lambda: "s\u00e9ssion.\u2713.x"),
    ("unsigned-json-payload", lambda: encode(b'{"user":"admin"}').decode()),
    ("oversized-garbage", lambda: "A" * 8000),
    ("oversized-forged", lambda: sign_data({"blob": "x" * 6000}, key="not the key")),
    ("expired", lambda: sign_data(FORGED, timestamp=int(time.time()) - LIFETIME - 60)),
    ("from-the-future", lambda: sign_data(FORGED, timestamp=int(time.time()) + 3600)),
    ("wrong-key", lambda: sign_data(FORGED, key="guessed key")),
    ("retired-key-not-in-fallbacks", lambda: sign_data(FORGED, key="last year's key")),
    ("wrong-salt", lambda: sign_data(FORGED, salt="itsdangerous")),
    ("wrong-digest-sha256", lambda: sign_data(FORGED, digest=__import__("hashlib").sha256)),
    ("wrong-key-derivation", lambda: sign_data(FORGED, derivation="django-concat")),
    ("empty-key", lambda: sign_data(FORGED, key="")),
    ("timestamp-not-base64", lambda: valid().split(".")[0] + ".!!!." + valid().split(".")[2]),
]

#: Signed with the right key and salt, but not something either app ever writes.
SIGNED_BAD_PAYLOADS: list[tuple[str, Callable[[], str]]] = [
    ("bad-base64", lambda: sign_raw(b"!!not*base64!!")),
    ("bad-json", lambda: sign_json("{not json")),
    ("json-array", lambda: sign_json("[1,2]")),
    ("json-string", lambda: sign_json('"admin"')),
    ("json-null", lambda: sign_json("null")),
    ("bad-zlib", lambda: sign_raw(b"." + encode(b"not zlib"))),
    ("bad-bytes-tag", lambda: sign_json('{"a":{" b":"***"}}')),
    ("bad-uuid-tag", lambda: sign_json('{"a":{" u":"not-a-uuid"}}')),
    ("bad-date-tag", lambda: sign_json('{"a":{" d":"not a date"}}')),
    ("bad-tuple-tag", lambda: sign_json('{"a":{" t":5}}')),
    ("bad-dict-tag", lambda: sign_json('{"a":{" di":7}}')),
    ("nesting-too-deep", lambda: sign_json("[" * 100_000 + "]" * 100_000)),
    ("integer-too-long", lambda: sign_json('{"a":' + "9" * 5000 + "}")),
    ("not-utf8", lambda: sign_raw(encode(b'{"a":"\xff\xfe"}'))),
]


def reader_app(impl: Any) -> Any:
    app = make_app(impl, PERMANENT_SESSION_LIFETIME=LIFETIME)
    app.logger.disabled = True

    @app.route("/")
    def read() -> Any:
        return dict(impl.session)

    return app


def read_with_cookie(app: Any, cookie: str) -> Any:
    client = app.test_client(use_cookies=False)
    return client.get("/", headers={"Cookie": f"session={cookie}"})


def test_tamper_corpus_is_large_enough():
    assert len(FORGED_CASES) + len(SIGNED_BAD_PAYLOADS) >= 30


def test_tamper_valid_cookie_is_trusted(impl):
    # The control: without it, every case below would pass for a broken reader.
    response = read_with_cookie(reader_app(impl), valid())
    assert (response.status_code, response.json) == (200, FORGED)


@pytest.mark.parametrize("make", [c[1] for c in FORGED_CASES], ids=[c[0] for c in FORGED_CASES])
def test_tamper_forged_cookie_gives_empty_session(impl, make):
    response = read_with_cookie(reader_app(impl), make())
    assert (response.status_code, response.json) == (200, {})


@pytest.mark.parametrize(
    "make", [c[1] for c in SIGNED_BAD_PAYLOADS], ids=[c[0] for c in SIGNED_BAD_PAYLOADS]
)
def test_tamper_signed_unreadable_payload_gives_empty_session(make):
    response = read_with_cookie(reader_app(stage07_sessions), make())
    assert (response.status_code, response.json) == (200, {})


@pytest.mark.parametrize(
    "make", [c[1] for c in SIGNED_BAD_PAYLOADS[:2]], ids=[c[0] for c in SIGNED_BAD_PAYLOADS[:2]]
)
def test_tamper_signed_unreadable_payload_is_a_500_on_flask(make):
    import flask

    assert read_with_cookie(reader_app(flask), make()).status_code == 500


def test_tamper_forged_cookie_is_replaced_on_next_write(impl):
    app = reader_app(impl)

    @app.route("/write")
    def write() -> str:
        impl.session["fresh"] = True
        return "ok"

    client = app.test_client()
    client.set_cookie("session", replace_signature_char(valid()))
    client.get("/write")
    assert client.get("/").json == {"fresh": True}
