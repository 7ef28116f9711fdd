"""Routing throughput: stage 4's ``Map`` against Werkzeug's, for 10, 100 and 1000 rules.

Each table size is half static rules (``/section7/about``) and half dynamic ones
(``/section7/item/<int:id>/<slug>``), the requests hit every rule in turn. We
time ``MapAdapter.match`` for both of our matchers (the state machine that is
the default, and the plain ordered regex scan the chapter builds first) and
``MapAdapter.build``, each as a ratio to Werkzeug 3.1.9 (above 1x = we are faster).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import stage04_routing
import werkzeug.routing
from stage04_routing.matcher import OrderedMatcher

from bench.harness import Table, per_second, rate, ratio


class OrderedMap(stage04_routing.Map):
    matcher_class = OrderedMatcher


def make_rules(rule_class: type, count: int, dynamic_only: bool = False) -> list[Any]:
    """``count`` rules, alternating static and dynamic (or all dynamic), one endpoint each."""
    rules = []
    for i in range(count):
        if i % 2 or dynamic_only:
            rules.append(rule_class(f"/section{i}/item/<int:id>/<slug>", endpoint=f"item{i}"))
        else:
            rules.append(rule_class(f"/section{i}/about", endpoint=f"about{i}"))
    return rules


def requests(count: int, dynamic_only: bool = False) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, endpoint, values) for every rule: what to match and what to build."""
    out = []
    for i in range(count):
        if i % 2 or dynamic_only:
            out.append(
                (
                    f"/section{i}/item/{i * 7}/post-{i}",
                    f"item{i}",
                    {"id": i * 7, "slug": f"post-{i}"},
                )
            )
        else:
            out.append((f"/section{i}/about", f"about{i}", {}))
    return out


def matcher(
    map_class: type, rule_class: type, count: int, dynamic_only: bool = False
) -> Callable[[], object]:
    adapter = map_class(make_rules(rule_class, count, dynamic_only)).bind("example.com")
    paths = itertools.cycle([path for path, _, _ in requests(count, dynamic_only)])
    return lambda: adapter.match(next(paths))


def builder(map_class: type, rule_class: type, count: int) -> Callable[[], object]:
    adapter = map_class(make_rules(rule_class, count)).bind("example.com")
    targets = itertools.cycle([(endpoint, values) for _, endpoint, values in requests(count)])

    def build() -> object:
        endpoint, values = next(targets)
        return adapter.build(endpoint, values)

    return build


def run(quick: bool = False) -> list[Table]:
    seconds = 0.1 if quick else 0.5
    theirs = (werkzeug.routing.Map, werkzeug.routing.Rule)
    ours = (stage04_routing.Map, stage04_routing.Rule)
    ordered = (OrderedMap, stage04_routing.Rule)
    rows, dynamic_rows, build_rows = [], [], []
    for count in (10, 100, 1000):
        w = rate(matcher(*theirs, count, True), seconds)
        s = rate(matcher(*ours, count, True), seconds)
        dynamic_rows.append([str(count), per_second(w), per_second(s), ratio(s, w)])
        w = rate(matcher(*theirs, count), seconds)
        s = rate(matcher(*ours, count), seconds)
        o = rate(matcher(*ordered, count), seconds)
        rows.append(
            [str(count), per_second(w), per_second(s), ratio(s, w), per_second(o), ratio(o, w)]
        )
        wb = rate(builder(*theirs, count), seconds)
        sb = rate(builder(*ours, count), seconds)
        build_rows.append([str(count), per_second(wb), per_second(sb), ratio(sb, wb)])
    return [
        Table(
            "Routing: match",
            ["rules", "werkzeug", "ours (state machine)", "ratio", "ours (ordered scan)", "ratio"],
            rows,
            note="Half static, half dynamic rules; every rule requested in turn.",
        ),
        Table(
            "Routing: match, dynamic rules only",
            ["rules", "werkzeug", "ours (state machine)", "ratio"],
            dynamic_rows,
            note="Every rule is /sectionN/item/<int:id>/<slug>: no static-URL shortcut.",
        ),
        Table("Routing: build", ["rules", "werkzeug", "ours", "ratio"], build_rows),
    ]
