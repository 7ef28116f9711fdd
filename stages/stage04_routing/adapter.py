"""``MapAdapter``: a map bound to one request's host and root; it matches and builds.

Mirrors ``MapAdapter`` in werkzeug/routing/map.py (Werkzeug 3.1.9).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlunsplit

from .exceptions import HTTPException, MethodNotAllowed
from .quoting import build_values, encode_query, quote_segment
from .routing_errors import (
    BuildError,
    NoMatch,
    RequestAliasRedirect,
    RequestPath,
    RequestRedirect,
)
from .rules import Rule

if TYPE_CHECKING:
    from .map import Map


@dataclass(eq=False)
class MapAdapter:
    """Returned by ``Map.bind``: the facts of one request that matching and building need.

    The map holds what every request shares; an adapter adds the host, the
    script root (where the app is mounted), the default path and method.
    """

    map: Map
    server_name: str
    script_name: str
    subdomain: str | None
    url_scheme: str
    path_info: str
    default_method: str
    query_args: Mapping[str, Any] | str | None = None

    #: Bound for a WebSocket request (``ws://`` or ``wss://``)?
    websocket: bool = field(init=False)

    def __post_init__(self) -> None:
        if not self.script_name.endswith("/"):  # built URLs append to it
            self.script_name += "/"
        self.websocket = self.url_scheme in {"ws", "wss"}

    def dispatch(
        self,
        view_func: Callable[[Any, Mapping[str, Any]], Any],
        path_info: str | None = None,
        method: str | None = None,
        catch_http_exceptions: bool = False,
    ) -> Any:
        """Match, then call ``view_func(endpoint, values)``; a redirect is returned, not raised."""
        returned: type[HTTPException] | tuple[()] = HTTPException if catch_http_exceptions else ()
        try:
            try:
                endpoint, values = self.match(path_info, method)
            except RequestRedirect as redirect:
                return redirect  # the router's answer, for the caller to send
            return view_func(endpoint, values)
        except returned as error:
            return error

    # --8<-- [start:match]
    def match(
        self,
        path_info: str | None = None,
        method: str | None = None,
        return_rule: bool = False,
        query_args: Mapping[str, Any] | str | None = None,
        websocket: bool | None = None,
    ) -> tuple[Any, Mapping[str, Any]]:
        """``"/user/42"`` -> ``("user", {"id": 42})``, or raise NotFound / 405 / a redirect."""
        if self.map._unsorted:  # checked here too: a call on every match adds up
            self.map.update()
        # Anything not passed falls back to what the adapter was bound with.
        if query_args is None:
            query_args = self.query_args or {}
        method = (method or self.default_method).upper()
        wants_websocket = self.websocket if websocket is None else websocket
        # The matcher keys rules by "domain|path": the subdomain, or the whole host
        # when the map matches on hosts; the path always starts with one slash.
        domain_part = self.server_name
        if self.subdomain is not None and not self.map.host_matching:
            domain_part = self.subdomain
        path = self.path_info if path_info is None else path_info
        path_part = "/" + path.lstrip("/") if path else ""

        try:
            rule, values = self.map._matcher.match(domain_part, path_part, method, wants_websocket)
        except RequestPath as e:  # a slash to add or slashes to merge
            new_path = quote_segment(e.path_info)
            raise RequestRedirect(self.make_redirect_url(new_path, query_args)) from None
        except RequestAliasRedirect as e:
            url = self.make_alias_redirect_url(
                f"{domain_part}|{path_part}", e.endpoint, e.matched_values, method, query_args
            )
            raise RequestRedirect(url) from None
        except NoMatch as e:
            raise e.http_error() from None

        if self.map.redirect_defaults:
            redirect_url = self.get_default_redirect(rule, method, values, query_args)
            if redirect_url is not None:
                raise RequestRedirect(redirect_url)
        if rule.redirect_to is not None:
            raise RequestRedirect(self._redirect_to_url(rule, values))
        return (rule if return_rule else rule.endpoint), values

    # --8<-- [end:match]

    def _redirect_to_url(self, rule: Rule, values: Mapping[str, Any]) -> str:
        """Where a ``redirect_to`` rule points, absolute, slots filled in."""
        redirect_to = rule.redirect_to
        if callable(redirect_to):
            target = redirect_to(self, **values)
        else:

            def fill(slot: re.Match[str]) -> str:
                name = slot.group(1)
                return rule._converters[name].to_url(values[name])

            target = _slot_re.sub(fill, str(redirect_to))
        netloc = f"{self.subdomain}.{self.server_name}" if self.subdomain else self.server_name
        return urljoin(f"{self.url_scheme or 'http'}://{netloc}{self.script_name}", target)

    def test(self, path_info: str | None = None, method: str | None = None) -> bool:
        """Would ``match`` succeed (a redirect counts as success)?"""
        try:
            self.match(path_info, method)
        except RequestRedirect:
            pass
        except HTTPException:
            return False
        return True

    def allowed_methods(self, path_info: str | None = None) -> list[str]:
        """The methods some rule accepts for this path (what ``Allow`` and OPTIONS report)."""
        try:
            self.match(path_info, method="--")  # no rule accepts "--", so all are listed
        except MethodNotAllowed as e:
            return list(e.valid_methods or ())
        except HTTPException:
            pass
        return []

    def get_host(self, domain_part: str | None) -> str:
        """The full host for a rule's subdomain (or host, with host matching)."""
        if self.map.host_matching:
            return self.server_name if domain_part is None else domain_part
        subdomain = self.subdomain if domain_part is None else domain_part
        return f"{subdomain}.{self.server_name}" if subdomain else self.server_name

    def get_default_redirect(
        self,
        rule: Rule,
        method: str,
        values: Mapping[str, Any],
        query_args: Mapping[str, Any] | str,
    ) -> str | None:
        """The canonical URL, if a rule sorted before ``rule`` spells it with defaults filled in.

        With ``/page/`` (``defaults={"n": 1}``) and ``/page/<int:n>``, ``/page/1`` -> ``/page/``.
        """
        if self.map._rules_by_endpoint[rule.endpoint][0] is rule:
            return None  # the common case: nothing is sorted before this rule
        canonical = self._canonical_twin(rule, values, method)
        if canonical is None:
            return None
        built = canonical.build({**values, **(canonical.defaults or {})})
        if built is None:
            return None
        return self.make_redirect_url(built[1], query_args, domain_part=built[0])

    def _canonical_twin(self, rule: Rule, values: Mapping[str, Any], method: str) -> Rule | None:
        for other in self.map._rules_by_endpoint[rule.endpoint]:
            if other is rule:  # only the rules sorted before this one take precedence
                return None
            if other.provides_defaults_for(rule) and other.suitable_for(values, method):
                return other
        return None

    def encode_query_args(self, query_args: Mapping[str, Any] | str) -> str:
        return query_args if isinstance(query_args, str) else encode_query(query_args)

    def make_redirect_url(
        self,
        path_info: str,
        query_args: Mapping[str, Any] | str | None = None,
        domain_part: str | None = None,
    ) -> str:
        """An absolute URL for ``path_info`` under this adapter's host and script root."""
        if query_args is None:
            query_args = self.query_args
        query = self.encode_query_args(query_args) if query_args else None
        path = "/".join((self.script_name.strip("/"), path_info.lstrip("/")))
        return urlunsplit(
            (self.url_scheme or "http", self.get_host(domain_part), path, query, None)
        )

    def make_alias_redirect_url(
        self,
        path: str,
        endpoint: Any,
        values: Mapping[str, Any],
        method: str,
        query_args: Mapping[str, Any] | str,
    ) -> str:
        """The canonical (non-alias) URL for an alias match."""
        url = self.build(endpoint, values, method, append_unknown=False, force_external=True)
        if query_args:
            url += f"?{self.encode_query_args(query_args)}"
        if url == path:
            raise RuntimeError(f"alias rule for {endpoint!r} has no canonical rule to redirect to")
        return url

    # --8<-- [start:build]
    def _partial_build(
        self, endpoint: Any, values: Mapping[str, Any], method: str | None, append_unknown: bool
    ) -> tuple[str, str, bool] | None:
        """(domain part, path, websocket) from the first suitable rule of ``endpoint``."""
        if method is not None:
            return self._first_built(endpoint, values, method, append_unknown)
        # No method asked for: a rule serving the default method wins, then any rule.
        return self._first_built(
            endpoint, values, self.default_method, append_unknown
        ) or self._first_built(endpoint, values, None, append_unknown)

    def _first_built(
        self, endpoint: Any, values: Mapping[str, Any], method: str | None, append_unknown: bool
    ) -> tuple[str, str, bool] | None:
        """The first URL the rules build; with host matching, one on the bound host first."""
        urls = self._built_by_rules(endpoint, values, method, append_unknown)
        first = next(urls, None)
        if first is None or not self.map.host_matching or first[0] == self.server_name:
            return first
        return next((url for url in urls if url[0] == self.server_name), first)

    def _built_by_rules(
        self, endpoint: Any, values: Mapping[str, Any], method: str | None, append_unknown: bool
    ) -> Iterator[tuple[str, str, bool]]:
        """Each URL the endpoint's rules can build from ``values``, in build order."""
        for rule in self.map._rules_by_endpoint.get(endpoint, ()):
            built = (
                rule.build(values, append_unknown) if rule.suitable_for(values, method) else None
            )
            if built is not None:
                yield built[0], built[1], rule.websocket

    def build(
        self,
        endpoint: Any,
        values: Mapping[str, Any] | None = None,
        method: str | None = None,
        force_external: bool = False,
        append_unknown: bool = True,
        url_scheme: str | None = None,
    ) -> str:
        """``build("user", {"id": 42})`` -> ``"/user/42"``; unknown values become the query."""
        self.map.update()
        values = build_values(values)
        built = self._partial_build(endpoint, values, method, append_unknown)
        if built is None:
            raise BuildError(endpoint, values, method, self)
        domain_part, path, websocket = built
        # The bound host (or subdomain) gets a path; another one, or a WebSocket, a full URL.
        own_domain = self.server_name if self.map.host_matching else self.subdomain
        if domain_part == own_domain and not (force_external or websocket):
            return f"{self.script_name.rstrip('/')}/{path.lstrip('/')}"
        return self._external_url(domain_part, path, websocket, url_scheme)

    def _external_url(
        self, domain_part: str, path: str, websocket: bool, url_scheme: str | None
    ) -> str:
        """``//api.example.com/app/user/7``, with the scheme when one is known."""
        scheme = self.url_scheme if url_scheme is None else url_scheme
        if scheme or websocket:
            # The rule decides the family (ws or http); the adapter, whether it is secure.
            secure = scheme in {"https", "wss"}
            if websocket:
                scheme = "wss" if secure else "ws"
            else:
                scheme = "https" if secure else "http"
        prefix = f"{scheme}:" if scheme else ""
        return f"{prefix}//{self.get_host(domain_part)}{self.script_name[:-1]}/{path.lstrip('/')}"

    # --8<-- [end:build]


#: A ``<name>`` placeholder in a ``redirect_to`` string.
_slot_re = re.compile(r"<([^>]+)>")
