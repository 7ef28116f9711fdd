"""What matching and building raise: redirects, "no such URL", "cannot build".

Mirrors werkzeug/routing/exceptions.py (Werkzeug 3.1.9).

``RequestRedirect`` is both an ``HTTPException`` (so it can be sent as a 308
response) and a ``RoutingException`` (so Flask can tell "the router wants a
redirect" from "the view raised an HTTP error").
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from stage03_request_response import Response

from .exceptions import BadRequest, HTTPException, MethodNotAllowed, NotFound
from .redirects import redirect

if TYPE_CHECKING:
    from .map import MapAdapter
    from .rules import Rule


class RoutingException(Exception):
    """Base of the exceptions the router raises to steer the request, not to report a bug."""


# --8<-- [start:request_redirect]
class RequestRedirect(HTTPException, RoutingException):
    """The URL matched, but its canonical form is ``new_url`` (an absolute URL).

    308 Permanent Redirect (RFC 9110 15.4.9) keeps the method and body, so a
    POST to ``/form`` lands as a POST on ``/form/``; 301 would let clients turn it into a GET.
    """

    code = 308

    def __init__(self, new_url: str) -> None:
        super().__init__(new_url)
        self.new_url = new_url

    def get_response(self, environ: Any = None, scope: Any = None) -> Response:
        return redirect(self.new_url, self.code)


# --8<-- [end:request_redirect]


class RequestPath(RoutingException):
    """Internal: the matcher found the rule under ``path_info`` (e.g. with a slash added)."""

    def __init__(self, path_info: str) -> None:
        super().__init__()
        self.path_info = path_info


class RequestAliasRedirect(RoutingException):  # noqa: B903
    """Internal: the matched rule is an alias; redirect to the canonical rule's URL."""

    def __init__(self, matched_values: Mapping[str, Any], endpoint: Any) -> None:
        super().__init__()
        self.matched_values = matched_values
        self.endpoint = endpoint


class NoMatch(Exception):
    """Internal: nothing matched; ``have_match_for`` has methods of rules matching the path."""

    def __init__(self, have_match_for: set[str], websocket_mismatch: bool) -> None:
        super().__init__()
        self.have_match_for = have_match_for
        self.websocket_mismatch = websocket_mismatch

    def http_error(self) -> HTTPException:
        """The error to send: 405 if the path exists for other methods, else 400 or 404."""
        if self.have_match_for:
            return MethodNotAllowed(valid_methods=sorted(self.have_match_for))
        return WebsocketMismatch() if self.websocket_mismatch else NotFound()


class SlashRequired(Exception):
    """Internal: the path matches a branch rule once a trailing slash is added."""


class WebsocketMismatch(BadRequest):
    """The only matching rule is a WebSocket rule and the request is plain HTTP, or vice versa."""


# --8<-- [start:build_error]
class BuildError(RoutingException, LookupError):
    """No rule of ``endpoint`` can build a URL from these values (and method)."""

    def __init__(
        self,
        endpoint: Any,
        values: Mapping[str, Any],
        method: str | None,
        adapter: MapAdapter | None = None,
    ) -> None:
        super().__init__(endpoint, values, method)
        self.endpoint, self.values, self.method = endpoint, values, method
        #: Where the rules are, for ``suggested``; ``None`` when built without an adapter.
        self.adapter = adapter

    @cached_property
    def suggested(self) -> Rule | None:
        """The rule most like what was asked for, by endpoint name similarity."""
        return self.closest_rule(self.adapter)

    def closest_rule(self, adapter: MapAdapter | None) -> Rule | None:
        rules = adapter.map._rules if adapter is not None else []
        return max(rules, key=self._resemblance, default=None)

    def _resemblance(self, rule: Rule) -> float:
        """Mostly how alike the endpoint names are; fitting values and method break ties."""
        names = difflib.SequenceMatcher(None, str(rule.endpoint), str(self.endpoint)).ratio()
        takes_values = set(self.values or ()) <= rule.arguments
        serves_method = rule.methods is not None and self.method in rule.methods
        return 0.98 * names + 0.01 * takes_values + 0.01 * serves_method

    def __str__(self) -> str:
        message = [f"Could not build url for endpoint {self.endpoint!r}"]
        if self.method:
            message.append(f" ({self.method!r})")
        if self.values:
            message.append(f" with values {sorted(self.values)!r}")
        message.append(".")
        suggested = self.suggested
        if suggested is None:
            return "".join(message)
        if self.endpoint != suggested.endpoint:
            message.append(f" Did you mean {suggested.endpoint!r} instead?")
            return "".join(message)
        if self.method and suggested.methods is not None and self.method not in suggested.methods:
            message.append(f" Did you mean to use methods {sorted(suggested.methods)!r}?")
        missing = suggested.arguments.union(suggested.defaults or ()) - set(self.values)
        if missing:
            message.append(f" Did you forget to specify values {sorted(missing)!r}?")
        return "".join(message)


# --8<-- [end:build_error]
