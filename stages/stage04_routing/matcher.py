"""Matching, the plain way: every rule is one compiled regex, tried in a careful order.

Mirrors the design of ``Map``/``Rule`` matching in werkzeug/routing.py up to
Werkzeug 2.1 (the one the origin articles read), sorted so that it picks the
same rule as today's werkzeug/routing/matcher.py (Werkzeug 3.1.9).

``BaseMatcher`` holds what every matcher shares: slash merging, turning the
matched text into Python values, defaults and aliases. A subclass only has to
*find* the rule: ``OrderedMatcher`` scans; ``StateMachineMatcher`` (next module) walks a tree.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import Any

from .converters import ValidationError
from .parsing import RulePart
from .routing_errors import NoMatch, RequestAliasRedirect, RequestPath, SlashRequired
from .rules import Rule

Found = tuple[Rule, list[str]]


@dataclass
class Search:
    """One match attempt: the request's method and kind, and what was learned on the way."""

    method: str
    websocket: bool
    #: Methods of rules whose path matched but whose methods did not (-> 405, not 404).
    have_match_for: set[str] = field(default_factory=set)
    websocket_mismatch: bool = False

    def accepts(self, rule: Rule) -> bool:
        """Does ``rule`` serve this method and kind? Remembers why not."""
        if rule.methods is not None and self.method not in rule.methods:
            self.have_match_for.update(rule.methods)
            return False
        if rule.websocket != self.websocket:
            self.websocket_mismatch = True
            return False
        return True

    def could_use(self, rule: Rule) -> bool:
        """Like ``accepts`` but silent: used for "would a trailing slash help?"."""
        methods_ok = rule.methods is None or self.method in rule.methods
        return methods_ok and rule.websocket == self.websocket


# --8<-- [start:base_match]
class BaseMatcher:
    """Find the rule for ``(domain, path, method)`` and return it with its converted values."""

    def __init__(self, merge_slashes: bool) -> None:
        self.merge_slashes = merge_slashes

    def add(self, rule: Rule) -> None:
        raise NotImplementedError

    def update(self) -> None:
        """Called before matching whenever rules were added: sort, index, compile."""

    def find(self, domain: str, path: str, search: Search) -> Found | None:
        """The rule and the raw text of its slots, or ``None``; may raise ``SlashRequired``."""
        raise NotImplementedError

    def match(
        self, domain: str, path: str, method: str, websocket: bool
    ) -> tuple[Rule, MutableMapping[str, Any]]:
        search = Search(method, websocket)
        try:
            found = self.find(domain, path, search)
        except SlashRequired:
            raise RequestPath(f"{path}/") from None
        if found is None and self.merge_slashes:
            # "/a//b" did not match: if "/a/b" does, redirect there instead of 404.
            path = re.sub("/{2,}", "/", path)
            try:
                found = self.find(domain, path, search)
            except SlashRequired:
                raise RequestPath(f"{path}/") from None
            if found is not None and found[0].merge_slashes is not False:
                raise RequestPath(path)
            raise NoMatch(search.have_match_for, search.websocket_mismatch)
        if found is None:
            raise NoMatch(search.have_match_for, search.websocket_mismatch)

        rule, texts = found
        values: dict[str, Any] = {}
        for (name, converter), text in zip(rule._converters.items(), texts, strict=True):
            try:
                values[name] = converter.to_python(text)
            except ValidationError as e:
                # Werkzeug >= 2.2 does not try the next rule here: the URL is a 404.
                raise NoMatch(search.have_match_for, search.websocket_mismatch) from e
        if rule.defaults:
            values.update(rule.defaults)
        if rule.alias and rule.map is not None and rule.map.redirect_defaults:
            raise RequestAliasRedirect(values, rule.endpoint)
        return rule, values


# --8<-- [end:base_match]


# --8<-- [start:ordered_matcher]
class OrderedMatcher(BaseMatcher):
    """Try each rule's regex in priority order; the first that matches wins."""

    def __init__(self, merge_slashes: bool) -> None:
        super().__init__(merge_slashes)
        self._rules: list[Rule] = []
        self._ordered: list[tuple[Rule, re.Pattern[str], list[Any]]] = []

    def add(self, rule: Rule) -> None:
        self._rules.append(rule)

    def update(self) -> None:
        keys = sort_keys(self._rules)
        order = sorted(range(len(self._rules)), key=keys.__getitem__)
        self._ordered = [(self._rules[i], rule_regex(self._rules[i]), keys[i]) for i in order]

    def find(self, domain: str, path: str, search: Search) -> Found | None:
        subject = f"{domain}|{path}"
        fallback: tuple[Rule, list[str], list[Any]] | None = None
        for rule, regex, key in self._ordered:
            m = regex.match(subject)
            if m is None:
                continue
            texts = [m.group(f"__w{i}") for i in range(len(rule._converters))]
            suffix = m.group("__suffix__")
            if suffix == "" and rule.is_branch:  # "/docs" against "/docs/"
                if search.could_use(rule):
                    if rule.strict_slashes:
                        raise SlashRequired()
                    return rule, texts
                continue
            if suffix == "/" and rule.is_leaf:  # "/about/" against a non-strict "/about"
                if fallback is None and search.accepts(rule):
                    fallback = rule, texts, key
                continue
            if fallback is not None and key[: len(fallback[2])] != fallback[2]:
                break  # the tree matcher would have settled for the fallback by now
            if search.accepts(rule):
                return rule, texts
        return fallback[:2] if fallback is not None else None


# --8<-- [end:ordered_matcher]


# --8<-- [start:sort_keys]
def sort_keys(rules: list[Rule]) -> list[list[Any]]:
    """One key per rule that orders rules the way the state machine visits them.

    Part by part: static text before any slot; among slots, lower weight first;
    equal weights keep the order in which that slot first appeared at that position.
    """
    first_seen: dict[tuple[RulePart, ...], int] = {}
    keys = []
    for index, rule in enumerate(rules):
        key: list[Any] = []
        for depth, part in enumerate(rule._parts):
            if part.static:
                key.append((0,))
            else:
                first = first_seen.setdefault(tuple(rule._parts[: depth + 1]), index)
                key.append((1, part.weight, first))
        keys.append(key)
    return keys


# --8<-- [end:sort_keys]


def rule_regex(rule: Rule) -> re.Pattern[str]:
    """``/user/<int:id>/`` -> ``\\|/user/(?P<__w0>\\d+)(?<!/)(?P<__suffix__>/?)\\Z``."""
    pieces = []
    slot = 0
    for is_dynamic, data in rule._trace:
        if is_dynamic:
            pieces.append(f"(?P<__w{slot}>{rule._converters[data].regex})")
            slot += 1
        else:
            pieces.append(re.escape(data))
    # The last slash is optional in the regex so a missing (or extra) one can be
    # told apart from a miss, and answered with a redirect (or accepted).
    if rule.is_branch:
        pieces[-1] = "(?<!/)(?P<__suffix__>/?)"
    elif not rule.strict_slashes and not rule._parts[-1].final:
        pieces.append("(?P<__suffix__>/?)")  # a path slot would swallow the slash itself
    else:
        pieces.append("(?P<__suffix__>)")
    return re.compile("".join(pieces) + r"\Z")
