"""Tagged JSON (flask/json/tag.py): round trips, the exact text, custom tags, bad input."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import pytest
from markupsafe import Markup

from .impls import IMPL_IDS, IMPLS, TAG_MODULES

#: Values that must come back equal, and of the same type, after dumps then loads.
ROUND_TRIPS: list[tuple[str, Any]] = [
    ("str", "text"),
    ("int", 42),
    ("none", None),
    ("list", [1, "two", None]),
    ("tuple", (1, "two")),
    ("nested-tuple", ((1, 2), [3, (4,)])),
    ("bytes", b"\x00\xffbinary"),
    ("markup", Markup("<b>safe</b>")),
    ("uuid", UUID("12345678-1234-5678-1234-567812345678")),
    ("datetime-utc", datetime(2026, 12, 7, 6, 40, 1, tzinfo=UTC)),
    ("dict-with-tag-like-key", {" t": "not a tuple"}),
    ("dict-with-tag-like-key-and-tagged-value", {" b": b"bytes"}),
    ("dict-with-escaped-looking-key", {" t__": 1}),
    ("dict-two-tag-like-keys", {" t": 1, " b": 2}),
    ("non-ascii", {"name": "Zoë ✓"}),
    ("flashes", [("message", "hi"), ("error", "no")]),
]


@pytest.fixture(params=IMPLS, ids=IMPL_IDS)
def serializer(request: pytest.FixtureRequest) -> Any:
    return TAG_MODULES[request.param].TaggedJSONSerializer()


@pytest.mark.parametrize("value", [v for _, v in ROUND_TRIPS], ids=[n for n, _ in ROUND_TRIPS])
def test_tagged_json_round_trips_value_and_type(serializer, value):
    back = serializer.loads(serializer.dumps(value))
    assert (back, type(back)) == (value, type(value))


@pytest.mark.parametrize("value", [v for _, v in ROUND_TRIPS], ids=[n for n, _ in ROUND_TRIPS])
def test_tagged_json_text_matches_flask_byte_for_byte(value):
    import flask

    ours = TAG_MODULES[IMPLS[0]].TaggedJSONSerializer().dumps(value)
    with flask.Flask("text").app_context():  # Flask's dumps goes through app.json in an app
        theirs = TAG_MODULES[flask].TaggedJSONSerializer().dumps(value)
    assert ours == theirs


def test_tagged_json_naive_datetime_comes_back_as_utc(serializer):
    back = serializer.loads(serializer.dumps(datetime(2026, 1, 2, 3, 4, 5)))
    assert back == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_tagged_json_datetime_drops_microseconds(serializer):
    back = serializer.loads(serializer.dumps(datetime(2026, 1, 2, 3, 4, 5, 999, tzinfo=UTC)))
    assert back.microsecond == 0


def test_tagged_json_tag_like_key_is_written_with_dict_tag(serializer):
    assert serializer.dumps({" t": 1}) == '{" di":{" t__":1}}'


def test_tagged_json_tuple_is_written_with_tuple_tag(serializer):
    assert serializer.dumps((1, 2)) == '{" t":[1,2]}'


def test_tagged_json_register_duplicate_key_raises_key_error(serializer):
    tuple_tag = next(tag for tag in serializer.order if tag.key == " t")
    with pytest.raises(KeyError):
        serializer.register(type(tuple_tag))


def custom_tag_class(tag_module: Any) -> type:
    """A tag for ``complex`` numbers, written against either tag module's ``JSONTag``."""

    class TagComplex(tag_module.JSONTag):
        __slots__ = ()
        key = " c"

        def check(self, value: Any) -> bool:
            return isinstance(value, complex)

        def to_json(self, value: Any) -> Any:
            return [value.real, value.imag]

        def to_python(self, value: Any) -> Any:
            return complex(*value)

    return TagComplex


@pytest.mark.parametrize("impl", IMPLS, ids=IMPL_IDS)
def test_tagged_json_custom_tag_round_trips(impl):
    serializer = TAG_MODULES[impl].TaggedJSONSerializer()
    serializer.register(custom_tag_class(TAG_MODULES[impl]))
    assert serializer.loads(serializer.dumps({"z": (1 + 2j)})) == {"z": 1 + 2j}


@pytest.mark.parametrize("impl", IMPLS, ids=IMPL_IDS)
def test_tagged_json_register_force_replaces_tag(impl):
    tag_module = TAG_MODULES[impl]
    serializer = tag_module.TaggedJSONSerializer()

    class ListTuple(tag_module.TagTuple):
        __slots__ = ()

        def to_python(self, value: Any) -> Any:
            return list(value)

    serializer.register(ListTuple, force=True)
    assert serializer.loads('{" t":[1]}') == [1]


@pytest.mark.parametrize("impl", IMPLS, ids=IMPL_IDS)
def test_tagged_json_register_index_puts_tag_first(impl):
    serializer = TAG_MODULES[impl].TaggedJSONSerializer()
    serializer.register(custom_tag_class(TAG_MODULES[impl]), index=0)
    assert serializer.order[0].key == " c"


def test_tagged_json_untagged_object_passes_through(serializer):
    assert serializer.loads('{" unknown":1}') == {" unknown": 1}


#: JSON that names a tag but holds something that tag never writes.
BAD_TAGS = [
    ("bytes-not-base64", '{" b":"not base64!"}'),
    ("bytes-not-a-string", '{" b":5}'),
    ("uuid-not-hex", '{" u":"xyz"}'),
    ("uuid-not-a-string", '{" u":[1]}'),
    ("datetime-not-a-date", '{" d":"yesterday"}'),
    ("datetime-not-a-string", '{" d":1}'),
    ("tuple-not-a-list", '{" t":"ab"}'),
    ("markup-not-a-string", '{" m":{}}'),
    ("dict-tag-not-an-object", '{" di":3}'),
    ("dict-tag-two-keys", '{" di":{"a":1,"b":2}}'),
]


@pytest.mark.parametrize("text", [t for _, t in BAD_TAGS], ids=[n for n, _ in BAD_TAGS])
def test_tagged_json_malformed_tag_raises_value_error(text):
    serializer = TAG_MODULES[IMPLS[0]].TaggedJSONSerializer()
    with pytest.raises(ValueError, match="tag|base64|hex|date"):
        serializer.loads(text)
