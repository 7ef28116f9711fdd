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
        self._matcher = self.matcher_class(merge_slashes)
        self._rules_by_endpoint: dict[Any, list[Rule]] = {}
        self._remap = True
        self._remap_lock = self.lock_class()
        self.default_subdomain = default_subdomain
        self.strict_slashes = strict_slashes
        self.redirect_defaults = redirect_defaults
        self.host_matching = host_matching
        self.converters = dict(self.default_converters)
        if converters:
            self.converters.update(converters)
        self.sort_parameters = sort_parameters
        self.sort_key = sort_key
        for rulefactory in rules or ():
            self.add(rulefactory)

    def add(self, rulefactory: RuleFactory) -> None:
        """Bind a rule (or every rule of a factory) to this map and index it."""
        for rule in rulefactory.get_rules(self):
            rule.bind(self)
            if not rule.build_only:
                self._matcher.add(rule)
            self._rules_by_endpoint.setdefault(rule.endpoint, []).append(rule)
        self._remap = True

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
        """Re-sort after rules were added; cheap when nothing changed."""
        if not self._remap:
            return
        with self._remap_lock:
            if not self._remap:
                return
            self._matcher.update()
            for rules in self._rules_by_endpoint.values():
                rules.sort(key=lambda rule: rule.build_compare_key())
            self._remap = False

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
        server_name = server_name.lower()
        if self.host_matching:
            if subdomain is not None:
                raise RuntimeError("host matching enabled and a subdomain was provided")
        elif subdomain is None:
            subdomain = self.default_subdomain
        host, sep, port = server_name.partition(":")
        try:  # RFC 5890: non-ASCII host names travel as IDNA "xn--" labels
            host = host.encode("idna").decode("ascii")
        except UnicodeError as e:
            raise BadHost(f"cannot encode the server name {server_name!r} as IDNA") from e
        return MapAdapter(
            self,
            f"{host}{sep}{port}",
            script_name if script_name is not None else "/",
            subdomain,
            url_scheme,
            path_info if path_info is not None else "/",
            default_method,
            query_args,
        )

    # --8<-- [end:bind]

    # --8<-- [start:bind_to_environ]
    def bind_to_environ(
        self, environ: Any, server_name: str | None = None, subdomain: str | None = None
    ) -> MapAdapter:
        """Bind with the host, script root, path, method and query of a WSGI request."""
        env: dict[str, Any] = getattr(environ, "environ", environ)  # a Request works too
        scheme = env["wsgi.url_scheme"]
        wsgi_host = _get_host(env).lower()
        connection = env.get("HTTP_CONNECTION", "").lower().split(",")
        if any(v.strip(" \t") == "upgrade" for v in connection) and (
            env.get("HTTP_UPGRADE", "").lower() == "websocket"
        ):
            scheme = "wss" if scheme == "https" else "ws"
        if server_name is None:
            server_name = wsgi_host
        else:
            server_name = server_name.lower()
            default_port = ":443" if scheme in {"https", "wss"} else ":80"
            server_name = server_name.removesuffix(default_port)
        if subdomain is None and not self.host_matching:
            current, configured = wsgi_host.split("."), server_name.split(".")
            offset = -len(configured)
            if current[offset:] != configured:
                warnings.warn(
                    f"Current server name {wsgi_host!r} doesn't match configured"
                    f" server name {server_name!r}",
                    stacklevel=2,
                )
                subdomain = "<invalid>"  # matches no rule: the request gets a 404
            else:
                subdomain = ".".join(filter(None, current[:offset]))

        def text(name: str) -> str | None:
            # PEP 3333 environ strings are bytes decoded as latin-1; URLs are UTF-8.
            value = env.get(name)
            return None if value is None else value.encode("latin-1").decode("utf-8", "replace")

        return Map.bind(
            self, server_name, text("SCRIPT_NAME"), subdomain, scheme,
            env["REQUEST_METHOD"], text("PATH_INFO"), query_args=text("QUERY_STRING"),
        )  # fmt: skip

    # --8<-- [end:bind_to_environ]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({pformat(list(self.iter_rules()))})"


def _get_host(environ: Mapping[str, Any]) -> str:
    """The request's host, without the scheme's default port (RFC 9110 section 7.2)."""
    scheme = environ["wsgi.url_scheme"]
    host = environ.get("HTTP_HOST")
    if host is None:
        host = environ["SERVER_NAME"]
        if ":" in host and not host.startswith("["):  # an IPv6 literal (RFC 3986 3.2.2)
            host = f"[{host}]"
        port = str(environ.get("SERVER_PORT", ""))
        if port:
            host = f"{host}:{port}"
    if scheme in {"http", "ws"}:
        host = host.removesuffix(":80")
    elif scheme in {"https", "wss"}:
        host = host.removesuffix(":443")
    return host
