"""``Rule``: one URL pattern, bound to a ``Map``, able to describe itself for matching and build.

Mirrors werkzeug/routing/rules.py (Werkzeug 3.1.9).

A rule only becomes usable once ``Map.add`` binds it: the map supplies the
converters and the defaults (``strict_slashes``, ``merge_slashes``), and the
rule compiles itself into parts (for matching) and a trace (for building).
Werkzeug generates a Python function per rule for building; we walk the trace
instead, which reads more plainly and is fast enough (see the benchmark).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .converters import BaseConverter, ValidationError
from .parsing import RulePart, Trace, Weighting, parse_rule
from .quoting import encode_query, quote_segment

if TYPE_CHECKING:
    from .map import Map


class RuleFactory:
    """Anything ``Map.add`` accepts: it yields the rules to bind."""

    def get_rules(self, map: Map) -> Iterable[Rule]:
        raise NotImplementedError(f"{type(self).__name__} must implement get_rules(map)")


# --8<-- [start:rule_init]
#: Methods a WebSocket rule may list: the handshake is a GET (RFC 6455 section 4.1).
WEBSOCKET_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _allowed_methods(methods: Iterable[str] | None, websocket: bool) -> set[str] | None:
    """``["get", "post"]`` -> ``{"GET", "HEAD", "POST"}``; ``None`` (any method) stays ``None``."""
    if methods is None:
        return None
    if isinstance(methods, str):  # "GET" would become {"G", "E", "T"}
        raise TypeError("'methods' should be a list of strings.")
    allowed = {method.upper() for method in methods}
    if "GET" in allowed:  # a HEAD is a GET without the body (RFC 9110 9.3.2)
        allowed.add("HEAD")
    if websocket and not allowed <= WEBSOCKET_METHODS:
        raise ValueError("WebSocket rules can only use 'GET', 'HEAD', and 'OPTIONS' methods.")
    return allowed


class Rule(RuleFactory):
    """One URL pattern: ``Rule("/user/<int:id>", endpoint="user", methods=["GET"])``."""

    #: The map this rule belongs to; ``None`` until ``Map.add`` binds it.
    map: Map | None

    def __init__(
        self,
        string: str,
        defaults: Mapping[str, Any] | None = None,
        subdomain: str | None = None,
        methods: Iterable[str] | None = None,
        build_only: bool = False,
        endpoint: Any | None = None,
        strict_slashes: bool | None = None,
        merge_slashes: bool | None = None,
        redirect_to: str | Callable[..., str] | None = None,
        alias: bool = False,
        host: str | None = None,
        websocket: bool = False,
    ) -> None:
        if not string.startswith("/"):
            raise ValueError(f"URL rule '{string}' must start with a slash.")
        # What the rule answers: a path, on a subdomain or host, for some methods.
        self.rule = string
        self.endpoint: Any = endpoint
        self.methods = _allowed_methods(methods, websocket)
        self.websocket = websocket
        self.subdomain = subdomain
        self.host = host
        # Values the view gets without the URL spelling them.
        self.defaults = defaults
        self.arguments: set[str] = {str(name) for name in defaults or ()}
        # Rules that only build URLs, redirect, or stand in for another rule.
        self.build_only = build_only
        self.redirect_to = redirect_to
        self.alias = alias
        # ``None``: take the map's setting in ``bind``.
        self.strict_slashes = strict_slashes
        self.merge_slashes = merge_slashes
        self.map = None
        # Filled by ``compile``: slot converters, the build trace, the parts to match.
        self._converters: dict[str, BaseConverter] = {}
        self._trace: Trace = []
        self._parts: list[RulePart] = []

    # --8<-- [end:rule_init]

    @property
    def is_branch(self) -> bool:
        """``/docs/``: a rule ending in a slash, which ``/docs`` is redirected to."""
        return self.rule.endswith("/")

    @property
    def is_leaf(self) -> bool:
        """``/about``: a rule ending in text, which ``/about/`` does not match when strict."""
        return not self.is_branch

    def empty(self) -> Rule:
        """An unbound copy, to reuse this rule in another map."""
        return type(self)(self.rule, **self.get_empty_kwargs())

    def get_empty_kwargs(self) -> Mapping[str, Any]:
        """The keyword arguments ``empty()`` passes; override in a subclass with extra ones."""
        copied = {name: getattr(self, name) for name in _COPIED_BY_EMPTY}
        copied["defaults"] = dict(self.defaults) if self.defaults else None
        return copied

    def get_rules(self, map: Map) -> Iterator[Rule]:
        yield self

    def refresh(self) -> None:
        """Recompile after changing the rule in place."""
        self.bind(self._bound_map(), rebind=True)

    def bind(self, map: Map, rebind: bool = False) -> None:
        """Attach to ``map``, inherit its defaults and compile."""
        if not rebind and self.map is not None:
            raise RuntimeError(
                f"url rule {self!r} already bound to map {self.map!r}; use rule.empty()"
                " to get an unbound copy for another map"
            )
        self.map = map
        self._inherit_from(map)
        self.compile()

    def _inherit_from(self, map: Map) -> None:
        """Settings left as ``None`` take the map's: ``Rule("/x")`` is as strict as its map."""
        if self.subdomain is None:
            self.subdomain = map.default_subdomain
        if self.strict_slashes is None:
            self.strict_slashes = map.strict_slashes
        if self.merge_slashes is None:
            self.merge_slashes = map.merge_slashes

    def _bound_map(self) -> Map:
        if self.map is None:
            raise RuntimeError(f"rule {self.rule!r} is not bound to a map; call Map.add(rule)")
        return self.map

    def get_converter(
        self,
        variable_name: str,
        converter_name: str,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
    ) -> BaseConverter:
        """Instantiate the map's converter called ``converter_name``."""
        map = self._bound_map()
        if converter_name not in map.converters:
            raise LookupError(
                f"the converter {converter_name!r} does not exist (in rule {self.rule!r});"
                f" known converters: {', '.join(sorted(map.converters))}"
            )
        return map.converters[converter_name](map, *args, **kwargs)

    # --8<-- [start:compile]
    def compile(self) -> None:
        """Turn the rule (and its subdomain or host) into parts and a build trace."""
        domain = (self.host if self._bound_map().host_matching else self.subdomain) or ""
        self._trace, self._converters, self._parts = [], {}, []
        if domain:
            self._parts += parse_rule(domain, self.get_converter, self._trace, self._converters)
        else:  # every rule starts with a domain part; "" means "any/the bound one"
            self._parts.append(RulePart("", False, True, False, Weighting(0, (), 0, ())))
        self._trace.append((False, "|"))
        rule = re.sub("/{2,}", "/", self.rule) if self.merge_slashes else self.rule
        self._parts += parse_rule(rule, self.get_converter, self._trace, self._converters)
        self.arguments.update(self._converters)  # slot names join the defaults' names
        self._compile_builder()

    # --8<-- [end:compile]

    # --8<-- [start:build]
    def _compile_builder(self) -> None:
        """Precompute the build steps: static text quoted once, defaults filled in."""
        defaults = self.defaults or {}
        self._domain_ops: list[tuple[bool, str]] = []
        self._path_ops: list[tuple[bool, str]] = []
        ops = self._domain_ops
        for is_dynamic, data in self._trace:
            if data == "|" and ops is self._domain_ops:
                ops = self._path_ops
                continue
            if is_dynamic and data in defaults:
                is_dynamic, data = False, self._converters[data].to_url(defaults[data])
            elif not is_dynamic:
                data = quote_segment(data)
            if not is_dynamic and ops and not ops[-1][0]:  # fold "/" + "user" into "/user"
                ops[-1] = (False, ops[-1][1] + data)
            else:
                ops.append((is_dynamic, data))
        # A side without slots is the same text on every build: join it once, here.
        self._static_domain = _static_text(self._domain_ops)
        self._static_path = _static_text(self._path_ops)
        # Values these names consume never reach the query string.
        self._build_names = set(self._converters) | set(map(str, defaults))
        #: Names a caller must supply because no default covers them.
        self._required = self.arguments - set(map(str, defaults))

    def _join(self, ops: list[tuple[bool, str]], values: Mapping[str, Any]) -> str:
        converters = self._converters
        return "".join(
            [converters[data].to_url(values[data]) if dyn else data for dyn, data in ops]
        )

    def build(
        self, values: Mapping[str, Any], append_unknown: bool = True
    ) -> tuple[str, str] | None:
        """``{"id": 42, "q": "x"}`` -> ``("", "/user/42?q=x")``; ``None`` if a converter refuses."""
        domain, path = self._static_domain, self._static_path
        try:
            if domain is None:
                domain = self._join(self._domain_ops, values)
            if path is None:
                path = self._join(self._path_ops, values)
        except ValidationError:
            return None
        if append_unknown and not self._build_names.issuperset(values):
            unknown = {k: v for k, v in values.items() if k not in self._build_names}
            map = self._bound_map()
            if query := encode_query(unknown, map.sort_parameters, map.sort_key):
                path = f"{path}?{query}"
        return domain, path

    # --8<-- [end:build]

    # --8<-- [start:suitable_for]
    def suitable_for(self, values: Mapping[str, Any], method: str | None = None) -> bool:
        """Can this rule build a URL from ``values`` (and serve ``method``)?"""
        if method is not None and self.methods is not None and method not in self.methods:
            return False
        if not self._required.issubset(values):
            return False  # a slot would stay empty
        # A value given for a default must equal it, or another rule should build.
        defaults = self.defaults or {}
        return all(key not in values or values[key] == value for key, value in defaults.items())

    # --8<-- [end:suitable_for]

    def provides_defaults_for(self, rule: Rule) -> bool:
        """Is this the canonical (defaults-carrying) twin of ``rule``, same endpoint and slots?"""
        return bool(
            not self.build_only
            and self.defaults
            and self.endpoint == rule.endpoint
            and self != rule
            and self.arguments == rule.arguments
        )

    def build_compare_key(self) -> tuple[int, int, int]:
        """Build order within an endpoint: non-aliases, then more slots, then more defaults."""
        return (1 if self.alias else 0, -len(self.arguments), -len(self.defaults or ()))

    def __eq__(self, other: object) -> bool:
        # Defining __eq__ leaves __hash__ as None: rules are unhashable, as in Werkzeug.
        return isinstance(other, type(self)) and self._trace == other._trace

    def __str__(self) -> str:
        return self.rule

    def __repr__(self) -> str:
        if self.map is None:
            return f"<{type(self).__name__} (unbound)>"
        shown = "".join(f"<{data}>" if dyn else data for dyn, data in self._trace).lstrip("|")
        methods = f" ({', '.join(self.methods)})" if self.methods is not None else ""
        return f"<{type(self).__name__} {shown!r}{methods} -> {self.endpoint}>"


def _static_text(ops: list[tuple[bool, str]]) -> str | None:
    """``[(False, "/about")]`` -> ``"/about"``; ``None`` when a slot must be filled per build."""
    if any(is_dynamic for is_dynamic, _ in ops):
        return None
    return "".join(data for _, data in ops)


#: What ``Rule.empty`` copies besides ``defaults`` (Werkzeug's list, kept for parity).
_COPIED_BY_EMPTY = (
    "subdomain", "methods", "build_only", "endpoint", "strict_slashes", "redirect_to", "alias",
    "host",
)  # fmt: skip
