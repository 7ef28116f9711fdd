"""``Map``: the collection of rules and the settings they share; ``bind`` gives an adapter.

Mirrors ``Map`` in werkzeug/routing/map.py (Werkzeug 3.1.9).

A map is configured once at start-up and shared by every request. Per-request
facts (host, script root, method, path) live on the ``MapAdapter`` that
``bind``/``bind_to_environ`` return, so matching never mutates the map.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pprint import pformat
from threading import Lock
from types import MappingProxyType
from typing import Any

from stage03_request_response.host import DEFAULT_PORTS, get_host
from stage03_request_response.wsgi import wsgi_text

from .adapter import MapAdapter
from .converters import DEFAULT_CONVERTERS, BaseConverter
from .exceptions import BadHost
from .matcher import BaseMatcher
from .rules import Rule, RuleFactory
from .state_machine import StateMachineMatcher


class Map:
    """All the URL rules of an application: ``Map([Rule("/", endpoint="index")])``."""

    #: The converters every map starts with; ``Map(converters=...)`` extends a copy.
    default_converters: Mapping[str, type[BaseConverter]] = MappingProxyType(DEFAULT_CONVERTERS)
    #: Guards the one-time re-sort after rules were added (threaded servers match concurrently).
    lock_class: Callable[[], Any] = Lock
    #: How URLs are matched: ``StateMachineMatcher`` (a tree, Werkzeug >= 2.2) or
    #: ``matcher.OrderedMatcher`` (one regex per rule, Werkzeug < 2.2). Same results.
    matcher_class: type[BaseMatcher] = StateMachineMatcher

    # --8<-- [start:map_init]
    def __init__(
        self,
        rules: Iterable[RuleFactory] | None = None,
        default_subdomain: str = "",
        strict_slashes: bool = True,
        merge_slashes: bool = True,
        redirect_defaults: bool = True,
        converters: Mapping[str, type[BaseConverter]] | None = None,
        sort_parameters: bool = False,
        sort_key: Callable[[Any], Any] | None = None,
        host_matching: bool = False,
    ) -> None:
        # Defaults a rule takes when it is bound, unless it sets its own.
        self.default_subdomain = default_subdomain
        self.strict_slashes = strict_slashes
        self.converters = {**self.default_converters, **(converters or {})}
        # How the adapters of this map match and build.
        self.host_matching = host_matching
        self.redirect_defaults = redirect_defaults
        self.sort_parameters, self.sort_key = sort_parameters, sort_key
        # The rules twice over: a matcher for URLs, and an index for building by endpoint.
        self._matcher = self.matcher_class(merge_slashes)
        self._rules_by_endpoint: dict[Any, list[Rule]] = {}
        self._unsorted = False  # set by add(), cleared by update()
        self._sorting = self.lock_class()
        for factory in rules or ():
            self.add(factory)

    def add(self, rulefactory: RuleFactory) -> None:
        """Bind a rule (or every rule of a factory) to this map and index it."""
        for rule in rulefactory.get_rules(self):
            self._register(rule)
        self._unsorted = True

    def _register(self, rule: Rule) -> None:
        rule.bind(self)
        self._rules_by_endpoint.setdefault(rule.endpoint, []).append(rule)
        if not rule.build_only:  # a build-only rule makes URLs but never answers one
            self._matcher.add(rule)

    # --8<-- [end:map_init]

    @property
    def merge_slashes(self) -> bool:
        return self._matcher.merge_slashes

    @merge_slashes.setter
    def merge_slashes(self, value: bool) -> None:
        self._matcher.merge_slashes = value

    @property
    def _rules(self) -> list[Rule]:
        return [rule for rules in self._rules_by_endpoint.values() for rule in rules]

    def is_endpoint_expecting(self, endpoint: Any, *arguments: str) -> bool:
        """Does some rule of ``endpoint`` take all of ``arguments``?"""
        self.update()
        wanted = set(arguments)
        return any(wanted <= rule.arguments for rule in self._rules_by_endpoint[endpoint])

    def iter_rules(self, endpoint: Any | None = None) -> Iterator[Rule]:
        """All rules, or the rules of one endpoint (``KeyError`` if it has none)."""
        self.update()
        if endpoint is not None:
            return iter(self._rules_by_endpoint[endpoint])
        return iter(self._rules)

    def update(self) -> None:
        """Sort the rules once after additions; every later call returns at once."""
        if self._unsorted:
            with self._sorting:
                # Another thread may have sorted while this one waited for the lock.
                if self._unsorted:
                    self._sort()

    def _sort(self) -> None:
        self._matcher.update()
        for rules in self._rules_by_endpoint.values():
            rules.sort(key=Rule.build_compare_key)
        self._unsorted = False

    # --8<-- [start:bind]
    def bind(
        self,
        server_name: str,
        script_name: str | None = None,
        subdomain: str | None = None,
        url_scheme: str = "http",
        default_method: str = "GET",
        path_info: str | None = None,
        query_args: Mapping[str, Any] | str | None = None,
    ) -> MapAdapter:
        """An adapter for one host: ``Map(...).bind("example.com").match("/")``."""
        if not self.host_matching and subdomain is None:
            subdomain = self.default_subdomain
        elif self.host_matching and subdomain is not None:
            raise RuntimeError("host matching enabled and a subdomain was provided")
        return MapAdapter(
            self,
            _ascii_host(server_name),
            "/" if script_name is None else script_name,
            subdomain,
            url_scheme,
            "/" if path_info is None else path_info,
            default_method,
            query_args,
        )

    # --8<-- [end:bind]

    # --8<-- [start:bind_to_environ]
    def bind_to_environ(
        self, environ: Any, server_name: str | None = None, subdomain: str | None = None
    ) -> MapAdapter:
        """Bind with the host, script root, path, method and query of a WSGI request."""
        env: Mapping[str, Any] = getattr(environ, "environ", environ)  # a Request works too
        scheme = _request_scheme(env)
        request_host = get_host(env).lower()
        if server_name is None:
            server_name = request_host
        else:
            server_name = _comparable_host(server_name, scheme)
        if subdomain is None and not self.host_matching:
            subdomain = _subdomain_of(request_host, server_name)
        return self.bind(
            server_name,
            _environ_text(env, "SCRIPT_NAME"),
            subdomain,
            scheme,
            env["REQUEST_METHOD"],
            _environ_text(env, "PATH_INFO"),
            _environ_text(env, "QUERY_STRING"),
        )

    # --8<-- [end:bind_to_environ]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({pformat(list(self.iter_rules()))})"


# --8<-- [start:host_helpers]
def _ascii_host(server_name: str) -> str:
    """``"Bücher.Example:8080"`` -> ``"xn--bcher-kva.example:8080"`` (RFC 5890 IDNA labels)."""
    name, colon, port = server_name.lower().partition(":")
    try:
        return name.encode("idna").decode("ascii") + colon + port
    except UnicodeError as e:
        raise BadHost(f"cannot encode the server name {server_name!r} as IDNA") from e


def _comparable_host(server_name: str, scheme: str) -> str:
    """``"Example.com:443"`` over https -> ``"example.com"``, as ``get_host`` writes hosts."""
    server_name = server_name.lower()
    if scheme in DEFAULT_PORTS:
        server_name = server_name.removesuffix(f":{DEFAULT_PORTS[scheme]}")
    return server_name


def _request_scheme(environ: Mapping[str, Any]) -> str:
    """``wsgi.url_scheme``, or ``ws``/``wss`` for a WebSocket upgrade (RFC 6455 section 4.1)."""
    scheme: str = environ["wsgi.url_scheme"]
    connection = environ.get("HTTP_CONNECTION", "").lower()
    if "upgrade" not in connection:  # most requests: no need to split the header
        return scheme
    upgrading = "upgrade" in {token.strip(" \t") for token in connection.split(",")}
    if upgrading and environ.get("HTTP_UPGRADE", "").lower() == "websocket":
        return "wss" if scheme == "https" else "ws"
    return scheme


def _subdomain_of(request_host: str, server_name: str) -> str:
    """``("api.example.com", "example.com")`` -> ``"api"``; ``""`` for the server name itself.

    A host outside ``server_name`` gets ``"<invalid>"``, a subdomain no rule has,
    so the request ends in a 404 rather than matching the wrong site.
    """
    if request_host == server_name:
        return ""
    if request_host.endswith(f".{server_name}"):
        return request_host.removesuffix(f".{server_name}").strip(".")
    warnings.warn(
        f"Current server name {request_host!r} doesn't match configured"
        f" server name {server_name!r}",
        stacklevel=3,
    )
    return "<invalid>"


def _environ_text(environ: Mapping[str, Any], key: str) -> str | None:
    value = environ.get(key)
    return None if value is None else wsgi_text(value)


# --8<-- [end:host_helpers]
