"""The request and response classes, reading their limits from the current app.

Mirrors flask/wrappers.py (Flask 3.1.3). Stage 5 subclassed stage 3's wrappers to add
``url_rule``, ``view_args``, ``endpoint``, ``blueprint`` and ``blueprints``, and copied
the app's body limits onto each request it made. Flask's request instead *asks*
``current_app`` when a limit is read, so a ``Request`` made by hand inside an app
context obeys the app's config too; stage 9 adds that, and the decoder's message in
debug mode.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from stage03_request_response import Request as Stage3Request
from werkzeug.user_agent import UserAgent

from . import base
from .base import Response as Response
from .base import _cv_app
from .debughelpers import attach_enctype_error_multidict

_unset: Any = object()


# --8<-- [start:config_limit]
class ConfigLimit:
    """A request limit: set on the request, else the current app's config, else stage 3's default.

    ``max_content_length = ConfigLimit("MAX_CONTENT_LENGTH")``.
    """

    def __init__(self, config_key: str) -> None:
        self.config_key = config_key

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"
        self.default = getattr(Stage3Request, name)

    def __get__(self, request: Any, owner: type | None = None) -> Any:
        if request is None:
            return self
        value = request.__dict__.get(self.slot, _unset)
        if value is not _unset:
            return value
        ctx = _cv_app.get(None)
        return self.default if ctx is None else ctx.app.config[self.config_key]

    def __set__(self, request: Any, value: Any) -> None:
        request.__dict__[self.slot] = value


# --8<-- [end:config_limit]


class Request(base.Request):
    """The lower stage's request, with Flask's config-backed limits."""

    max_content_length = ConfigLimit("MAX_CONTENT_LENGTH")  # type: ignore[assignment]
    max_form_memory_size = ConfigLimit("MAX_FORM_MEMORY_SIZE")  # type: ignore[assignment]
    max_form_parts = ConfigLimit("MAX_FORM_PARTS")  # type: ignore[assignment]

    #: The class of :attr:`user_agent`; Werkzeug's, which keeps the raw string.
    user_agent_class = UserAgent

    @cached_property
    def user_agent(self) -> UserAgent:
        """The ``User-Agent`` header as an object: ``request.user_agent.string``."""
        return self.user_agent_class(self.headers.get("User-Agent", ""))

    def _load_form_data(self) -> None:
        """Stage 3's parsing; in debug mode, ``files`` then explains a form sent without
        ``enctype="multipart/form-data"`` (``debughelpers.py``)."""
        loaded = "form" in self.__dict__
        super()._load_form_data()
        if loaded:
            return
        ctx = _cv_app.get(None)
        if ctx is not None and ctx.app.debug and self.mimetype != "multipart/form-data":
            if not self.__dict__["files"]:
                attach_enctype_error_multidict(self)

    def on_json_loading_failed(self, error: ValueError | None) -> Any:
        """In debug mode the client may see why its JSON did not decode, as in Flask."""
        ctx = _cv_app.get(None)
        if ctx is not None and ctx.app.debug:
            return Stage3Request.on_json_loading_failed(self, error)
        return super().on_json_loading_failed(error)


__all__ = ["Request", "Response"]
