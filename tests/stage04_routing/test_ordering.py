"""Ambiguous rule tables: which rule wins must be the rule Werkzeug 3.1's matcher picks.

Each row: rules (each rule's endpoint is its own string), a path, and the outcome
Werkzeug 3.1.9 gives (recorded from it, and re-checked against it on every run).
"""

from __future__ import annotations

import random

import pytest

from .impls import MATCHER_IDS, MATCHERS, upstream

TABLE = [
    ("static_before_dynamic:/about", ["/<name>", "/about"], "/about", ("/about", {})),
    ("static_before_dynamic:/x", ["/<name>", "/about"], "/x", ("/<name>", {"name": "x"})),
    ("int_before_string:/42", ["/<s>", "/<int:n>"], "/42", ("/<int:n>", {"n": "42"})),
    ("int_before_string:/abc", ["/<s>", "/<int:n>"], "/abc", ("/<s>", {"s": "abc"})),
    ("int_before_float:/1.5", ["/<float:f>", "/<int:i>"], "/1.5", ("/<float:f>", {"f": "1.5"})),
    ("int_before_float:/1", ["/<float:f>", "/<int:i>"], "/1", ("/<int:i>", {"i": "1"})),
    ("string_before_path:/a", ["/<path:p>", "/<s>"], "/a", ("/<s>", {"s": "a"})),
    ("string_before_path:/a/b", ["/<path:p>", "/<s>"], "/a/b", ("/<path:p>", {"p": "a/b"})),
    (
        "path_with_static_tail:/a/b/edit",
        ["/<path:p>", "/<path:p>/edit"],
        "/a/b/edit",
        ("/<path:p>/edit", {"p": "a/b"}),
    ),
    (
        "path_with_static_tail:/a/b",
        ["/<path:p>", "/<path:p>/edit"],
        "/a/b",
        ("/<path:p>", {"p": "a/b"}),
    ),
    (
        "static_prefix_in_part:/page-3",
        ["/<slug>", "/page-<int:n>"],
        "/page-3",
        ("/page-<int:n>", {"n": "3"}),
    ),
    (
        "static_prefix_in_part:/page-x",
        ["/<slug>", "/page-<int:n>"],
        "/page-x",
        ("/<slug>", {"slug": "page-x"}),
    ),
    ("equal_weights_keep_add_order:/x", ["/<a>", "/<b>"], "/x", ("/<a>", {"a": "x"})),
    ("equal_weights_keep_add_order_reversed:/x", ["/<b>", "/<a>"], "/x", ("/<b>", {"b": "x"})),
    (
        "static_first_part_wins:/x/y",
        ["/<a>/<b>", "/<a>/y", "/x/<b>"],
        "/x/y",
        ("/x/<b>", {"b": "y"}),
    ),
    (
        "static_first_part_wins:/q/y",
        ["/<a>/<b>", "/<a>/y", "/x/<b>"],
        "/q/y",
        ("/<a>/y", {"a": "q"}),
    ),
    (
        "static_first_part_wins:/q/r",
        ["/<a>/<b>", "/<a>/y", "/x/<b>"],
        "/q/r",
        ("/<a>/<b>", {"a": "q", "b": "r"}),
    ),
    ("any_ties_with_string:/a", ["/<s>", "/<any(a, b):k>"], "/a", ("/<s>", {"s": "a"})),
    ("longer_static_run_first:/x-1", ["/<a>-<b>", "/x-<b>"], "/x-1", ("/x-<b>", {"b": "1"})),
    (
        "longer_static_run_first:/y-1",
        ["/<a>-<b>", "/x-<b>"],
        "/y-1",
        ("/<a>-<b>", {"a": "y", "b": "1"}),
    ),
    (
        "two_ints_before_path:/1/2",
        ["/<path:p>", "/<int:a>/<int:b>"],
        "/1/2",
        ("/<int:a>/<int:b>", {"a": "1", "b": "2"}),
    ),
    (
        "two_ints_before_path:/1/x",
        ["/<path:p>", "/<int:a>/<int:b>"],
        "/1/x",
        ("/<path:p>", {"p": "1/x"}),
    ),
    (
        "branch_redirect_beats_dynamic:/foo",
        ["/<x>", "/foo/"],
        "/foo",
        ("redirect", "http://example.com/foo/"),
    ),
    ("branch_redirect_beats_dynamic:/bar", ["/<x>", "/foo/"], "/bar", ("/<x>", {"x": "bar"})),
    ("dynamic_branch_redirect:/b", ["/<a>/", "/b"], "/b", ("/b", {})),
    ("dynamic_branch_redirect:/c", ["/<a>/", "/b"], "/c", ("redirect", "http://example.com/c/")),
    (
        "signed_int:/-1",
        ["/<s>", "/<int(signed=True):n>"],
        "/-1",
        ("/<int(signed=True):n>", {"n": "-1"}),
    ),
    ("signed_int:/-x", ["/<s>", "/<int(signed=True):n>"], "/-x", ("/<s>", {"s": "-x"})),
    (
        "uuid_ties_with_string:/12345678-1234-1234-1234-123456789abc",
        ["/<s>", "/<uuid:u>"],
        "/12345678-1234-1234-1234-123456789abc",
        ("/<s>", {"s": "12345678-1234-1234-1234-123456789abc"}),
    ),
    (
        "more_slots_in_part_first:/x.y",
        ["/<a>", "/<a>.<b>"],
        "/x.y",
        ("/<a>.<b>", {"a": "x", "b": "y"}),
    ),
    ("more_slots_in_part_first:/xy", ["/<a>", "/<a>.<b>"], "/xy", ("/<a>", {"a": "xy"})),
]


def outcome(impl, url_map, path, method="GET"):
    """What a request for ``path`` gets: (endpoint, values as text), a redirect or a status."""
    try:
        endpoint, values = url_map.bind("example.com").match(path, method)
    except impl.RequestRedirect as e:
        return ("redirect", e.new_url)
    except impl.HTTPException as e:
        return (e.code,)
    return (endpoint, {key: str(value) for key, value in values.items()})


def build_map(impl, rules, **options):
    return impl.Map([impl.Rule(rule, endpoint=rule, **options) for rule in rules])


@pytest.mark.parametrize("impl", MATCHERS, ids=MATCHER_IDS)
@pytest.mark.parametrize(
    ("rules", "path", "expected"), [row[1:] for row in TABLE], ids=[row[0] for row in TABLE]
)
def test_match_picks_same_rule_as_werkzeug_when_rules_are_ambiguous(impl, rules, path, expected):
    assert outcome(impl, build_map(impl, rules), path) == expected


@pytest.mark.parametrize("impl", MATCHERS, ids=MATCHER_IDS)
def test_match_falls_through_to_dynamic_rule_when_static_rule_refuses_method(impl):
    url_map = impl.Map(
        [impl.Rule("/a", endpoint="post_a", methods=["POST"]), impl.Rule("/<x>", endpoint="x")]
    )
    assert outcome(impl, url_map, "/a") == ("x", {"x": "a"})


SEGMENTS = ["a", "b", "<{}>", "<int:{}>", "<float:{}>", "<path:{}>", "<any(a, c):{}>", "a-<{}>"]
PATHS = ["/", "/a", "/b", "/a/", "/1", "/1.5", "/a/b", "/a/1", "/1/a", "/a-1", "/c/b/", "/a//b"]


def random_tables(count):
    # A fixed seed and only ordered containers (no set, whose order follows
    # PYTHONHASHSEED): the same tables, in the same order, on every run.
    rng = random.Random(4)
    for _ in range(count):
        rules: dict[str, None] = {}  # a dict drops repeats and keeps the order drawn
        for _ in range(rng.randint(2, 6)):
            parts = [rng.choice(SEGMENTS) for _ in range(rng.randint(1, 3))]
            # Each slot of a rule needs its own name: v0, v1, ...
            parts = [part.format(f"v{i}") for i, part in enumerate(parts)]
            rules["/" + "/".join(parts) + rng.choice(["", "", "/"])] = None
        table = list(rules)
        rng.shuffle(table)
        yield table


@pytest.mark.parametrize("impl", MATCHERS[:2], ids=MATCHER_IDS[:2])
@pytest.mark.parametrize("rules", list(random_tables(60)), ids=lambda rules: " ".join(rules))
def test_match_agrees_with_werkzeug_on_random_tables(impl, rules):
    ours = build_map(impl, rules)
    theirs = build_map(upstream, rules)
    assert [outcome(impl, ours, p) for p in PATHS] == [outcome(upstream, theirs, p) for p in PATHS]
