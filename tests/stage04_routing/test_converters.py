"""Converters: what each slot matches and what value it yields, against Werkzeug's."""

from __future__ import annotations

import uuid

import pytest

from .impls import MATCHER_IDS, MATCHERS

pytestmark = pytest.mark.parametrize("impl", MATCHERS, ids=MATCHER_IDS)


def match(impl, rule, path, **map_options):
    urls = impl.Map([impl.Rule(rule, endpoint="e")], **map_options).bind("example.com")
    try:
        return urls.match(path)[1]
    except impl.NotFound:
        return None


CASES = [
    ("/<v>", "/hello", {"v": "hello"}),
    ("/<v>", "/a/b", None),
    ("/<string(length=2):v>", "/en", {"v": "en"}),
    ("/<string(length=2):v>", "/eng", None),
    ("/<string(minlength=3):v>", "/ab", None),
    ("/<string(maxlength=3):v>", "/abcd", None),
    ("/<int:v>", "/42", {"v": 42}),
    ("/<int:v>", "/-1", None),
    ("/<int:v>", "/4.2", None),
    ("/<int(signed=True):v>", "/-7", {"v": -7}),
    ("/<int(fixed_digits=4):v>", "/0042", {"v": 42}),
    ("/<int(fixed_digits=4):v>", "/42", None),
    ("/<int(min=1, max=9):v>", "/10", None),
    ("/<int(min=1, max=9):v>", "/0", None),
    ("/<float:v>", "/0.5", {"v": 0.5}),
    ("/<float:v>", "/5", None),
    ("/<float(signed=True):v>", "/-0.5", {"v": -0.5}),
    ("/<path:v>", "/a/b/c.txt", {"v": "a/b/c.txt"}),
    ("/<path:v>/edit", "/a/b/edit", {"v": "a/b"}),
    ("/<any(about, help):v>", "/help", {"v": "help"}),
    ("/<any(about, help):v>", "/other", None),
    ('/<any("a,b", c):v>', "/a,b", {"v": "a,b"}),
    ("/<uuid:v>", "/12345678-1234-5678-1234-567812345678",
     {"v": uuid.UUID("12345678-1234-5678-1234-567812345678")}),
    ("/<uuid:v>", "/1234", None),
    ("/x-<int:a>-<int:b>.png", "/x-1-2.png", {"a": 1, "b": 2}),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "path", "expected"), CASES, ids=[f"{r} {p}" for r, p, _ in CASES])
def test_converter_matches_and_converts(impl, rule, path, expected):
    assert match(impl, rule, path) == expected


def test_custom_converter_is_used_through_map_converters(impl):
    class ListConverter(impl.BaseConverter):
        def to_python(self, value):
            return value.split("+")

        def to_url(self, values):
            return "+".join(super(ListConverter, self).to_url(v) for v in values)

    url_map = impl.Map(
        [impl.Rule("/<list:tags>", endpoint="t")], converters={"list": ListConverter}
    )
    urls = url_map.bind("example.com")
    assert (urls.match("/a+b"), urls.build("t", {"tags": ["x", "y z"]})) == (
        ("t", {"tags": ["a", "b"]}),
        "/x+y%20z",
    )


def test_custom_converter_regex_restricts_match(impl):
    class HexConverter(impl.BaseConverter):
        regex = "[0-9a-f]+"

        def to_python(self, value):
            return int(value, 16)

    assert match(impl, "/<hex:n>", "/ff", converters={"hex": HexConverter}) == {"n": 255}


def test_custom_converter_validation_error_means_no_match(impl):
    class EvenConverter(impl.BaseConverter):
        def to_python(self, value):
            if int(value) % 2:
                raise impl.ValidationError()
            return int(value)

    assert match(impl, "/<even:n>", "/3", converters={"even": EvenConverter}) is None


def test_custom_converter_with_slash_in_regex_spans_parts(impl):
    class TwoParts(impl.BaseConverter):
        regex = "[^/]+/[^/]+"

    assert (
        TwoParts.part_isolating,
        match(impl, "/<two:v>", "/a/b", converters={"two": TwoParts}),
    ) == (
        False,
        {"v": "a/b"},
    )


def test_custom_converter_weight_orders_ambiguous_slots(impl):
    class Early(impl.BaseConverter):
        weight = 10

    url_map = impl.Map(
        [impl.Rule("/<a>", endpoint="default"), impl.Rule("/<early:a>", endpoint="early")],
        converters={"early": Early},
    )
    assert url_map.bind("example.com").match("/x")[0] == "early"


def test_converter_arguments_parse_python_literals(impl):
    seen = {}

    class Spy(impl.BaseConverter):
        def __init__(self, map, *args, **kwargs):
            super().__init__(map)
            seen.update(args=args, kwargs=kwargs)

    impl.Map([impl.Rule("/<spy(1, 2.5, 'x', True, None, n=3):v>")], converters={"spy": Spy})
    assert seen == {"args": (1, 2.5, "x", True, None), "kwargs": {"n": 3}}


def test_unknown_converter_raises_lookup_error(impl):
    with pytest.raises(LookupError, match="'nope'"):
        impl.Map([impl.Rule("/<nope:v>")])


def test_malformed_rule_raises_value_error(impl):
    with pytest.raises(ValueError, match="malformed url rule"):
        impl.Map([impl.Rule("/<int:v")])
