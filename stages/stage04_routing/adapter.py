"""``MapAdapter``: a map bound to one request's host and root; it matches and builds.

Mirrors ``MapAdapter`` in werkzeug/routing/map.py (Werkzeug 3.1.9).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlunsplit

from .exceptions import HTTPException, MethodNotAllowed, NotFound
from .quoting import encode_query, quote_segment
from .routing_errors import (
    BuildError,
    NoMatch,
    RequestAliasRedirect,
    RequestPath,
    RequestRedirect,
    WebsocketMismatch,
)
from .rules import Rule

if TYPE_CHECKING:
    from .map import Map


class MapAdapter:
    """Returned by ``Map.bind``; holds the per-request facts matching and building need."""

    def __init__(
        self,
        map: Map,
        server_name: str,
        script_name: str,
        subdomain: str | None,
        url_scheme: str,
        path_info: str,
        default_method: str,
        query_args: Mapping[str, Any] | str | None = None,
    ) -> None:
        self.map = map
        self.server_name = server_name
        if not script_name.endswith("/"):
            script_name += "/"
        self.script_name = script_name
        self.subdomain = subdomain
        self.url_scheme = url_scheme
        self.path_info = path_info
        self.default_method = default_method
        self.query_args = query_args
        self.websocket = self.url_scheme in {"ws", "wss"}

    def dispatch(
        self,
        view_func: Callable[[Any, Mapping[str, Any]], Any],
        path_info: str | None = None,
        method: str | None = None,
        catch_http_exceptions: bool = False,
    ) -> Any:
        """Match, then call ``view_func(endpoint, values)``; a redirect is returned, not raised."""
        try:
            try:
                endpoint, args = self.match(path_info, method)
            except RequestRedirect as e:
                return e
            return view_func(endpoint, args)
        except HTTPException as e:
            if catch_http_exceptions:
                return e
            raise

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
        self.map.update()
        # Anything not passed falls back to what the adapter was bound with.
        query_args = self.query_args or {} if query_args is None else query_args
        method = (method or self.default_method).upper()
        wants_websocket = self.websocket if websocket is None else websocket
        # The matcher keys rules by "domain|path": the subdomain, or the whole host
        # when the map matches on hosts; the path always starts with one slash.
        uses_subdomain = self.subdomain is not None and not self.map.host_matching
        domain_part = self.subdomain if uses_subdomain else self.server_name
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
            raise _no_match_error(e) from None

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
        if isinstance(rule.redirect_to, str):

            def fill(slot: Any) -> str:
                name = slot.group(1)
                return rule._converters[name].to_url(values[name])

            target = _slot_re.sub(fill, rule.redirect_to)
        else:
            target = rule.redirect_to(self, **values)  # type: ignore[misc]
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
        values: dict[str, Any],
        query_args: Mapping[str, Any] | str,
    ) -> str | None:
        """If a defaults-carrying twin of ``rule`` fits, the URL of that canonical form."""
        for other in self.map._rules_by_endpoint[rule.endpoint]:
            if other is rule:  # only rules sorted before this one take precedence
                break
            if other.provides_defaults_for(rule) and other.suitable_for(values, method):
                values.update(other.defaults)  # type: ignore[arg-type]
                domain_part, path = other.build(values)  # type: ignore[misc]
                return self.make_redirect_url(path, query_args, domain_part=domain_part)
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
        if method is None:  # prefer a rule that serves the default method
            rv = self._partial_build(endpoint, values, self.default_method, append_unknown)
            if rv is not None:
                return rv
        first_match = None
        for rule in self.map._rules_by_endpoint.get(endpoint, ()):
            if not rule.suitable_for(values, method):
                continue
            built = rule.build(values, append_unknown)
            if built is None:
                continue
            rv = (built[0], built[1], rule.websocket)
            if not self.map.host_matching or rv[0] == self.server_name:
                return rv
            if first_match is None:  # host matching: prefer a rule for our own host
                first_match = rv
        return first_match

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
        values = _build_values(values)
        built = self._partial_build(endpoint, values, method, append_unknown)
        if built is None:
            raise BuildError(endpoint, values, method, self)
        domain_part, path, websocket = built
        host = self.get_host(domain_part)
        scheme = self.url_scheme if url_scheme is None else url_scheme
        # The rule decides the family (ws or http); the adapter decides whether it is secure.
        family = ("wss", "ws") if websocket else ("https", "http")
        if scheme or websocket:
            scheme = family[0] if scheme in {"https", "wss"} else family[1]
        force_external = force_external or websocket  # a WebSocket URL must be absolute
        same_host = (
            host == self.server_name if self.map.host_matching else domain_part == self.subdomain
        )
        if not force_external and same_host:
            return f"{self.script_name.rstrip('/')}/{path.lstrip('/')}"
        prefix = f"{scheme}:" if scheme else ""
        return f"{prefix}//{host}{self.script_name[:-1]}/{path.lstrip('/')}"

    # --8<-- [end:build]


#: A ``<name>`` placeholder in a ``redirect_to`` string.
_slot_re = re.compile(r"<([^>]+)>")


def _no_match_error(e: NoMatch) -> HTTPException:
    """Why nothing matched, as the error to send: 405 if the path exists for other methods."""
    if e.have_match_for:
        return MethodNotAllowed(valid_methods=list(e.have_match_for))
    return WebsocketMismatch() if e.websocket_mismatch else NotFound()


def _build_values(values: Mapping[str, Any] | None) -> dict[str, Any]:
    """The values to build with: ``None`` dropped; from a MultiDict, lists for repeated keys.

    ``MultiDict([("tag", "a"), ("tag", "b"), ("page", "2")])`` ->
    ``{"tag": ["a", "b"], "page": "2"}``, so repeated keys survive into the query string.
    """
    if not values:
        return {}
    if not hasattr(values, "getlist"):
        return {key: value for key, value in values.items() if value is not None}
    built = {}
    for key in values.keys():
        every = values.getlist(key)  # type: ignore[attr-defined]
        if every:
            built[key] = every[0] if len(every) == 1 else every
    return built
