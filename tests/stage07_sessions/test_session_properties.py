"""Hypothesis properties of the session cookie and its tagged JSON.

``make test`` runs a few hundred examples a property; ``make fuzz`` runs a long
campaign (see ``tests/fuzzing.py``).
"""

from __future__ import annotations

import string
from datetime import UTC, datetime
from typing import Any

import flask
import flask.json.tag
import stage07_sessions
import stage07_sessions.json.tag
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from tests import fuzzing  # noqa: F401 - loads the Hypothesis profile

from .cookies import sign_data, sign_json
from .impls import make_app

#: Keys that look like tags (and one that looks like an escaped tag), or any text.
keys = st.sampled_from([" t", " b", " di", " u", " t__"]) | st.text(max_size=8)
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.binary(max_size=20)
    | st.text(max_size=10).map(Markup)
    | st.uuids()
    | st.datetimes(
        min_value=datetime(1970, 1, 2), max_value=datetime(9999, 1, 1), timezones=st.just(UTC)
    ).map(lambda moment: moment.replace(microsecond=0))
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.lists(children, max_size=4).map(tuple)
        | st.dictionaries(keys, children, max_size=4)
    ),
    max_leaves=12,
)
session_data = st.dictionaries(st.text(max_size=8), values, max_size=4)

OURS = stage07_sessions.json.tag.TaggedJSONSerializer()
THEIRS = flask.json.tag.TaggedJSONSerializer()


@given(values)
def test_tagged_json_property_round_trips(value: Any) -> None:
    assert OURS.loads(OURS.dumps(value)) == value


@given(values)
def test_tagged_json_property_writes_what_flask_writes(value: Any) -> None:
    with flask.Flask("properties").app_context():  # Flask dumps through app.json here
        theirs = THEIRS.dumps(value)
    assert OURS.dumps(value) == theirs


@given(session_data)
def test_tagged_json_property_flask_reads_ours(data: dict[str, Any]) -> None:
    assert THEIRS.loads(OURS.dumps(data)) == data


ORIGINAL = {"user": "alex", "cart": [1, 2]}
VALID = sign_data(ORIGINAL)
COOKIE_CHARS = string.ascii_letters + string.digits + "-_.=!*~"


def read_session(cookie: str) -> tuple[int, Any]:
    app = make_app(stage07_sessions)
    app.route("/")(lambda: dict(stage07_sessions.session))
    response = app.test_client(use_cookies=False).get("/", headers={"Cookie": f"session={cookie}"})
    return response.status_code, response.json


@given(st.integers(0, len(VALID) - 1), st.sampled_from(COOKIE_CHARS))
def test_session_cookie_property_one_changed_char_never_yields_other_data(
    index: int, char: str
) -> None:
    # Some changes decode to the same bytes (base64's spare low bits in a last
    # character), so the original data may survive; anything else must not.
    status, data = read_session(VALID[:index] + char + VALID[index + 1 :])
    assert status == 200 and data in ({}, ORIGINAL)


@given(st.text(alphabet=COOKIE_CHARS, max_size=200))
def test_session_cookie_property_random_cookie_gives_empty_session(cookie: str) -> None:
    assert read_session(cookie) == (200, {})


@given(st.text(max_size=80) | values.map(lambda value: OURS.dumps({"a": value})[:-1]))
def test_session_cookie_property_signed_anything_never_fails_the_request(text: str) -> None:
    # Signed with the app's key, so only the payload is hostile: text, or broken tags.
    status, _ = read_session(sign_json(text))
    assert status == 200
