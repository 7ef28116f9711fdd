"""Stage 5's ``Flask`` with the module-level slot replaced by context locals.

Mirrors flask/app.py (Flask 3.1.3). The request cycle is inherited unchanged: it
already pushed and popped "a context" and read the request through
``self.current_request``. This class changes what those are: ``request_context``
builds a real :class:`RequestContext` (which pushes an :class:`AppContext`), and
``current_request`` is the ``request`` proxy over a ``ContextVar``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import stage05_app
from stage04_routing import MapAdapter
from stage05_app.app import _sentinel
from stage05_app.scaffold import setupmethod

from .ctx import AppContext, RequestContext, _AppCtxGlobals
from .globals import _cv_app, _cv_request, request
from .testing import EnvironBuilder, FlaskClient
from .wrappers import Request, Response


# --8<-- [start:flask_class]
class Flask(stage05_app.Flask):
    """``app = Flask(__name__)``, safe to serve from many threads or tasks at once."""

    #: Where the request cycle finds the request in flight: the context-local proxy.
    current_request: Any = request
    #: Stage 5's request, its limits read from the app context's config.
    request_class: type[Request] = Request
    #: Stage 5's response, its cookie size limit read from the app context's config.
    response_class: type[Response] = Response
    #: The class of ``g``; subclass it to give ``g`` methods or defaults.
    app_ctx_globals_class = _AppCtxGlobals
    #: Stage 5's client, plus ``with client:`` keeping the last request's contexts.
    test_client_class = FlaskClient

    def __init__(self, import_name: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(import_name, *args, **kwargs)
        #: Functions run when an app context ends, last registered first, with the error.
        self.teardown_appcontext_funcs: list[Callable[[BaseException | None], Any]] = []

    @setupmethod
    def teardown_appcontext(self, f: Any) -> Any:
        """Run ``f(error_or_None)`` when the app context ends: close the database here."""
        self.teardown_appcontext_funcs.append(f)
        return f

    # --8<-- [end:flask_class]

    # --8<-- [start:contexts]
    def app_context(self) -> AppContext:
        """``with app.app_context():`` makes ``current_app`` and ``g`` work outside requests."""
        return AppContext(self)

    def request_context(self, environ: dict[str, Any]) -> RequestContext:
        """The context ``wsgi_app`` pushes for one request."""
        return RequestContext(self, environ)

    def test_request_context(self, *args: Any, **kwargs: Any) -> RequestContext:
        """A request context for a made-up request: ``test_request_context("/?q=1")``.

        Takes :class:`EnvironBuilder`'s arguments: ``path``, ``method``, ``data``,
        ``json``, ``headers``, ``query_string``, ``base_url``...
        """
        builder = EnvironBuilder(self, *args, **kwargs)
        try:
            return self.request_context(builder.get_environ())
        finally:
            builder.close()

    def current_url_adapter(self) -> MapAdapter | None:
        """The URL adapter of the request active in this thread or task, if any."""
        ctx = _cv_request.get(None)
        return ctx.url_adapter if ctx is not None else None

    def url_adapter_outside_request(self) -> MapAdapter | None:
        """The active app context's adapter, as Flask: bound once, when it was pushed.

        So a change to ``SERVER_NAME`` inside ``with app.app_context():`` does not reach
        the context already running; with no app context, stage 5's answer.
        """
        app_ctx = _cv_app.get(None)
        if app_ctx is not None:
            return app_ctx.url_adapter
        return super().url_adapter_outside_request()

    def hand_over_contexts(self, keep: Callable[[Any], None], ctx: Any) -> None:
        """Give the test client (or the debugger) the request's two contexts to push again."""
        if _cv_request.get(None) is ctx:  # not when pushing it failed
            keep(_cv_app.get())
            keep(ctx)

    # --8<-- [end:contexts]

    # --8<-- [start:process_response]
    def process_response(self, response: Any) -> Any:
        """``after_this_request`` functions first, then the app's ``after_request`` hooks."""
        for func in _cv_request.get()._after_request_functions:
            response = self.ensure_sync(func)(response)
        return super().process_response(response)

    def do_teardown_appcontext(self, exc: BaseException | None = _sentinel) -> None:
        """``teardown_appcontext`` hooks, last registered first."""
        if exc is _sentinel:
            exc = sys.exc_info()[1]
        for func in reversed(self.teardown_appcontext_funcs):
            self.ensure_sync(func)(exc)

    # --8<-- [end:process_response]
