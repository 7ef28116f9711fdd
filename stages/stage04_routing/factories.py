"""Rule factories: produce several rules from one declaration (a prefix, a subdomain, a template).

Mirrors ``Subdomain``, ``Submount``, ``EndpointPrefix`` and ``RuleTemplate`` in
werkzeug/routing/rules.py (Werkzeug 3.1.9). Flask does not use them (blueprints
play this role, stage 9), but ``Map.add`` accepts anything with ``get_rules``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from string import Template
from typing import TYPE_CHECKING, Any

from .rules import Rule, RuleFactory

if TYPE_CHECKING:
    from .map import Map


class Subdomain(RuleFactory):
    """Put every inner rule on ``subdomain``: ``Subdomain("<lang>", [Rule("/", ...)])``."""

    def __init__(self, subdomain: str, rules: Iterable[RuleFactory]) -> None:
        self.subdomain = subdomain
        self.rules = rules

    def get_rules(self, map: Map) -> Iterator[Rule]:
        for factory in self.rules:
            for rule in factory.get_rules(map):
                rule = rule.empty()
                rule.subdomain = self.subdomain
                yield rule


class Submount(RuleFactory):
    """Prefix every inner rule's path: ``Submount("/blog", [Rule("/", ...)])`` -> ``/blog/``."""

    def __init__(self, path: str, rules: Iterable[RuleFactory]) -> None:
        self.path = path.rstrip("/")
        self.rules = rules

    def get_rules(self, map: Map) -> Iterator[Rule]:
        for factory in self.rules:
            for rule in factory.get_rules(map):
                rule = rule.empty()
                rule.rule = self.path + rule.rule
                yield rule


class EndpointPrefix(RuleFactory):
    """Prefix every inner rule's (string) endpoint: ``"blog/" + "index"``."""

    def __init__(self, prefix: str, rules: Iterable[RuleFactory]) -> None:
        self.prefix = prefix
        self.rules = rules

    def get_rules(self, map: Map) -> Iterator[Rule]:
        for factory in self.rules:
            for rule in factory.get_rules(map):
                rule = rule.empty()
                rule.endpoint = self.prefix + rule.endpoint
                yield rule


class RuleTemplate:
    """Rules with ``$placeholders``; calling it with values gives a factory of filled-in rules."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)

    def __call__(self, *args: Any, **kwargs: Any) -> RuleTemplateFactory:
        return RuleTemplateFactory(self.rules, dict(*args, **kwargs))


class RuleTemplateFactory(RuleFactory):
    """What ``RuleTemplate(...)(name="user")`` returns: substitutes into each rule's strings."""

    def __init__(self, rules: Iterable[RuleFactory], context: dict[str, Any]) -> None:
        self.rules = rules
        self.context = context

    def get_rules(self, map: Map) -> Iterator[Rule]:
        def fill(value: Any) -> Any:
            return Template(value).substitute(self.context) if isinstance(value, str) else value

        for factory in self.rules:
            for rule in factory.get_rules(map):
                defaults = {k: fill(v) for k, v in rule.defaults.items()} if rule.defaults else None
                yield Rule(
                    fill(rule.rule),
                    defaults,
                    fill(rule.subdomain) if rule.subdomain is not None else None,
                    rule.methods,
                    rule.build_only,
                    fill(rule.endpoint),
                    rule.strict_slashes,
                )
