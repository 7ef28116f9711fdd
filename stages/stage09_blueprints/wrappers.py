"""The request and response classes, reading their limits from the current app.

Mirrors flask/wrappers.py (Flask 3.1.3). Stage 5 subclassed stage 3's wrappers to add
``url_rule``, ``view_args``, ``endpoint``, ``blueprint`` and ``blueprints``, and copied
the app's body limits onto each request it made. Flask's request instead *asks*
``current_app`` when a limit is read, so a ``Request`` made by hand inside an app
context obeys the app's config too; stage 9 adds that, and the decoder's message in
debug mode.
"""

from __future__ import annotations

import warnings
from functools import cache, cached_property
from typing import Any

from stage03_request_response import Request as Stage3Request
from stage05_app.scaffold import blueprint_scopes
from werkzeug.datastructures import HeaderSet, ResponseCacheControl
from werkzeug.http import parse_cache_control_header, parse_set_header
from werkzeug.user_agent import UserAgent

from . import base
from .base import _cv_app
from .debughelpers import attach_enctype_error_multidict

_unset: Any = object()


@cache
def _blueprint_chain(name: str) -> list[str]:
    """``"a.b"`` -> ``["a.b", "a"]``, once per name; callers must not change the list."""
    return blueprint_scopes(name)


# --8<-- [start:config_limit]
class ConfigLimit:
    """A limit: set on the object, else the current app's config, else Werkzeug's default.

    ``max_content_length = ConfigLimit("MAX_CONTENT_LENGTH", None)``.
    """

    def __init__(self, config_key: str, default: int | None) -> None:
        self.config_key = config_key
        #: The value outside an app context: Werkzeug's (stage 3's class attribute).
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

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

    max_content_length = ConfigLimit(  # type: ignore[assignment]
        "MAX_CONTENT_LENGTH", Stage3Request.max_content_length
    )
    max_form_memory_size = ConfigLimit(  # type: ignore[assignment]
        "MAX_FORM_MEMORY_SIZE", Stage3Request.max_form_memory_size
    )
    max_form_parts = ConfigLimit("MAX_FORM_PARTS", Stage3Request.max_form_parts)  # type: ignore[assignment]

    @property
    def blueprints(self) -> list[str]:
        """The blueprint and its parents, innermost first: ``["a.b", "a"]``.

        Read three times a request (hooks, after-request, teardown): the split of each
        name is computed once per process, as Flask caches it.
        """
        name = self.blueprint
        return [] if name is None else _blueprint_chain(name)

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


class Response(base.Response):
    """The lower stage's response, with Werkzeug's ``vary`` and ``cache_control`` views of
    its headers, and a warning about cookies browsers would drop."""

    #: Browsers keep cookies up to about 4 KB (RFC 6265 6.1 asks for at least 4096 bytes,
    #: name, value and attributes together); the current app's ``MAX_COOKIE_SIZE`` wins.
    max_cookie_size = ConfigLimit("MAX_COOKIE_SIZE", 4093)

    @property
    def vary(self) -> HeaderSet:
        """The ``Vary`` header as a set: ``response.vary.add("Cookie")`` updates the header."""

        def write_back(names: HeaderSet) -> None:
            self.headers["Vary"] = names.to_header()

        return HeaderSet(parse_set_header(self.headers.get("Vary")), on_update=write_back)

    @property
    def cache_control(self) -> ResponseCacheControl:
        """``Cache-Control`` as an object: ``response.cache_control.max_age = 60`` writes it."""

        def write_back(control: Any) -> None:
            header = control.to_header()
            if header:
                self.headers["Cache-Control"] = header
            else:
                self.headers.pop("Cache-Control", None)

        return parse_cache_control_header(
            self.headers.get("Cache-Control"), write_back, ResponseCacheControl
        )

    def set_cookie(self, key: str, value: str = "", *args: Any, **kwargs: Any) -> None:
        """Stage 3's ``set_cookie``, with a warning when the header is over the limit."""
        super().set_cookie(key, value, *args, **kwargs)
        limit = self.max_cookie_size
        header = self.headers.get_all("Set-Cookie")[-1]
        ctx = _cv_app.get(None)
        if ctx is not None and key == ctx.app.config["SESSION_COOKIE_NAME"]:
            return  # the sessions stage checks its own cookie, and says so in its words
        if limit and len(header) > limit:
            warnings.warn(
                f"The {key!r} cookie is too large: the header is {len(header)} bytes but the"
                f" limit is {limit} bytes (MAX_COOKIE_SIZE). Browsers may silently ignore"
                " cookies larger than this: keep less in it, or store the data server-side.",
                stacklevel=2,
            )
