"""The request and response classes a stage-5 app uses by default.

Mirrors flask/wrappers.py (Flask 3.1.3): Flask subclasses Werkzeug's wrappers to add
what routing learns about a request (its rule, view arguments, endpoint) and to make
HTML the default response type. We subclass stage 3's wrappers the same way.

Flask's wrappers also take their limits (body size, form size, cookie size) from the
config of the app in flight, read when they are needed: a change to ``app.config``
reaches every request, even one already created. ``AppSetting`` is that lookup.
"""

from __future__ import annotations

from typing import Any, ClassVar, cast

from stage03_request_response import Request as BaseRequest
from stage03_request_response import Response as BaseResponse
from stage04_routing import BadRequest, HTTPException, Rule

from . import globals as _globals
from .debughelpers import EnctypeCheckingFiles
from .scaffold import blueprint_scopes


# --8<-- [start:app_setting]
class AppSetting:
    """``max_content_length = AppSetting("MAX_CONTENT_LENGTH", None)``: a per-app limit.

    Reading it gives, first found: the value set on this object (a per-request
    override), the config of ``current_app`` when there is an app, the default.
    """

    def __init__(self, config_key: str, default: int | None) -> None:
        self.config_key = config_key
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        if self.name in obj.__dict__:
            return obj.__dict__[self.name]
        app = obj.current_app
        return app.config[self.config_key] if app else self.default

    def __set__(self, obj: Any, value: int | None) -> None:
        obj.__dict__[self.name] = value


# --8<-- [end:app_setting]


class Request(BaseRequest):
    """Stage 3's request plus what the app's routing found out about it."""

    #: The app whose config the limits follow; false when none is in flight. Stage 5's
    #: reads the module-level slot; stage 6's request sets the app context's here.
    current_app: ClassVar[Any] = _globals.current_app
    max_content_length = AppSetting("MAX_CONTENT_LENGTH", BaseRequest.max_content_length)
    max_form_memory_size = AppSetting("MAX_FORM_MEMORY_SIZE", BaseRequest.max_form_memory_size)
    max_form_parts = AppSetting("MAX_FORM_PARTS", BaseRequest.max_form_parts)

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

    def _load_form_data(self) -> None:
        """Stage 3's parsing; in debug mode, a ``files`` that explains a missing enctype."""
        super()._load_form_data()
        app = self.current_app
        if (
            app
            and app.debug
            and self.mimetype != "multipart/form-data"
            and not self.__dict__["files"]
        ):
            self.__dict__["files"] = EnctypeCheckingFiles(self)

    def on_json_loading_failed(self, error: ValueError | None) -> Any:
        """Hide the decoder's message from the client, as Flask does outside debug mode."""
        try:
            return super().on_json_loading_failed(error)
        except BadRequest as exc:
            if exc.code != 400:  # 415: keep the explanation of the missing content type
                raise
            if self.current_app and self.current_app.debug:
                raise  # the developer wants to know what was wrong with the JSON
            raise BadRequest() from exc


class Response(BaseResponse):
    """Stage 3's response with ``text/html`` as the default type, as Flask's."""

    default_mimetype: str | None = "text/html"
    #: The app whose ``MAX_COOKIE_SIZE`` ``set_cookie`` follows (see ``Request.current_app``).
    current_app: ClassVar[Any] = _globals.current_app
    max_cookie_size = AppSetting("MAX_COOKIE_SIZE", BaseResponse.max_cookie_size)

    @classmethod
    def force_type(cls, response: Any, environ: dict[str, Any] | None = None) -> Response:
        """A WSGI app's answer as this class, with the WSGI app's own default type.

        Werkzeug runs the app into its *base* response class and only then changes the
        class, so an app that sends no ``Content-Type`` gets ``text/plain``, not ``text/html``.
        """
        if not isinstance(response, BaseResponse):
            response = BaseResponse.force_type(response, environ)
        return cast(Response, super().force_type(response, environ))
