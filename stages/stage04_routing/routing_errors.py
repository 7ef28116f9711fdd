"""What matching and building raise: redirects, "no such URL", "cannot build".

Mirrors werkzeug/routing/exceptions.py (Werkzeug 3.1.9).

``RequestRedirect`` is both an ``HTTPException`` (so it can be sent as a 308
response) and a ``RoutingException`` (so Flask can tell "the router wants a
redirect" from "the view raised an HTTP error").
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .exceptions import BadRequest, HTTPException, escape

if TYPE_CHECKING:
    from stage03_request_response import Response

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
        from stage03_request_response import Response

        href = escape(self.new_url)
        body = (
            "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n"
            "<h1>Redirecting...</h1>\n"
            "<p>You should be redirected automatically to the target URL: "
            f'<a href="{href}">{href}</a>. If not, click the link.\n'
        )
        response = Response(body, self.code, mimetype="text/html")
        response.headers["Location"] = self.new_url
        return response


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
        self.endpoint = endpoint
        self.values = values
        self.method = method
        self.adapter = adapter
        self._suggested: tuple[Rule | None] | None = None

    @property
    def suggested(self) -> Rule | None:
        """The rule most like what was asked for, by endpoint name similarity."""
        if self._suggested is None:
            self._suggested = (self.closest_rule(self.adapter),)
        return self._suggested[0]

    def closest_rule(self, adapter: MapAdapter | None) -> Rule | None:
        def score(rule: Rule) -> float:
            # Mostly how alike the endpoint names are; fitting values and
            # methods only break ties.
            likeness = difflib.SequenceMatcher(None, str(rule.endpoint), str(self.endpoint))
            return (
                0.98 * likeness.ratio()
                + 0.01 * bool(set(self.values or ()).issubset(rule.arguments))
                + 0.01 * bool(rule.methods and self.method in rule.methods)
            )

        if adapter and adapter.map._rules:
            return max(adapter.map._rules, key=score)
        return None

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
