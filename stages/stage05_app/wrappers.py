"""The request and response classes a stage-5 app uses by default.

Mirrors flask/wrappers.py (Flask 3.1.3): Flask subclasses Werkzeug's wrappers to add
what routing learns about a request (its rule, view arguments, endpoint) and to make
HTML the default response type. We subclass stage 3's wrappers the same way.
"""

from __future__ import annotations

from typing import Any, cast

from stage03_request_response import Request as BaseRequest
from stage03_request_response import Response as BaseResponse
from stage04_routing import BadRequest, HTTPException, Rule

from .scaffold import blueprint_scopes


class Request(BaseRequest):
    """Stage 3's request plus what the app's routing found out about it."""

    #: The rule the URL matched, or None before matching or when nothing matched.
    url_rule: Rule | None = None
    #: The values the rule's converters pulled from the URL: ``{"user_id": 42}``.
    view_args: dict[str, Any] | None = None
    #: The 404, 405 or redirect that matching raised; the app re-raises it at dispatch.
    routing_exception: HTTPException | None = None

    @property
    def endpoint(self) -> str | None:
        """The matched rule's endpoint: the key into ``app.view_functions``."""
        return self.url_rule.endpoint if self.url_rule is not None else None

    @property
    def blueprint(self) -> str | None:
        """``"admin"`` for the endpoint ``"admin.index"``; None outside blueprints."""
        endpoint = self.url_rule.endpoint if self.url_rule is not None else None
        if endpoint is None or "." not in endpoint:
            return None
        return endpoint.rpartition(".")[0]

    @property
    def blueprints(self) -> list[str]:
        """The blueprint and its parents, innermost first: ``["a.b", "a"]``.

        The request cycle asks three times per request, so the common case (no
        blueprint) answers without building anything.
        """
        blueprint = self.blueprint
        return [] if blueprint is None else blueprint_scopes(blueprint)

    def on_json_loading_failed(self, error: ValueError | None) -> Any:
        """Hide the decoder's message from the client, as Flask does outside debug mode."""
        try:
            return super().on_json_loading_failed(error)
        except BadRequest as exc:
            if exc.code != 400:  # 415: keep the explanation of the missing content type
                raise
            raise BadRequest() from exc


class Response(BaseResponse):
    """Stage 3's response with ``text/html`` as the default type, as Flask's."""

    default_mimetype: str | None = "text/html"

    @classmethod
    def force_type(cls, response: Any, environ: dict[str, Any] | None = None) -> Response:
        """A WSGI app's answer as this class, with the WSGI app's own default type.

        Werkzeug runs the app into its *base* response class and only then changes the
        class, so an app that sends no ``Content-Type`` gets ``text/plain``, not ``text/html``.
        """
        if not isinstance(response, BaseResponse):
            response = BaseResponse.force_type(response, environ)
        return cast(Response, super().force_type(response, environ))
