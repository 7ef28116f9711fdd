"""The ``Flask`` object: a WSGI application assembled from the four stages below it.

Mirrors flask/app.py (Flask 3.1.3). ``sansio.py`` holds what the app knows before a
request arrives; this file is the request cycle, in the order a request meets it.
``wsgi_app`` is the table of contents: read it first, then each method it calls.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from itertools import chain
from typing import Any, NoReturn

from stage02_wsgi import run_simple
from stage04_routing import (
    BadRequestKeyError,
    HTTPException,
    InternalServerError,
    MapAdapter,
    RequestRedirect,
)

from . import globals as _globals
from .debughelpers import FormDataRoutingRedirect
from .responses import make_response_from_view
from .sansio import App
from .testing import PRESERVE_CONTEXT_KEY, FlaskClient
from .wrappers import Request, Response

#: "No error was passed": teardown then reports the exception being handled, if any
#: (``sys.exc_info()[1]``). Stage 6's contexts use the same marker for their ``pop``.
_sentinel: Any = object()


# --8<-- [start:flask_class]
class Flask(App):
    """``app = Flask(__name__)``: routes, hooks, config, and the WSGI entry point."""

    #: The class of ``request``. Subclass it to add properties every view can use.
    request_class: type[Request] = Request
    #: The class ``make_response`` builds; its default type is ``text/html``.
    response_class: type[Response] = Response
    #: The class ``app.test_client()`` builds. Stage 6 sets its own, which keeps contexts.
    test_client_class: type[FlaskClient] = FlaskClient
    #: Where the request cycle finds the request in flight. Stage 5: one module-level
    #: slot, unsafe under concurrency (see ``globals.py``). Stage 6 swaps in a context local.
    current_request: Any = _globals.request

    # --8<-- [end:flask_class]

    # --8<-- [start:wsgi_app]
    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        """The WSGI entry point; a method so that middleware can wrap ``app.wsgi_app``."""
        return self.wsgi_app(environ, start_response)

    def wsgi_app(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        """One request, start to finish."""
        ctx = self.request_context(environ)
        error: BaseException | None = None
        try:
            try:
                ctx.push()
                response = self.full_dispatch_request()
            except Exception as exc:
                error = exc
                response = self.handle_exception(exc)
            except BaseException as exc:  # KeyboardInterrupt, SystemExit: tear down, re-raise
                error = exc
                raise
            return response(environ, start_response)
        finally:
            if PRESERVE_CONTEXT_KEY in environ:  # the test client or the debugger asks
                self.hand_over_contexts(environ[PRESERVE_CONTEXT_KEY], ctx)
            ctx.pop(error)

    def request_context(self, environ: dict[str, Any]) -> Any:
        """What ``wsgi_app`` pushes for one request. Stage 5: fill the module-level slot."""
        return _globals.RequestBinding(self, environ)

    def hand_over_contexts(self, keep: Callable[[Any], None], ctx: Any) -> None:
        """Pass the request's contexts to ``keep``, which asked for them, before they are popped.

        Stage 5 has no contexts to give; stage 6 does.
        """

    def full_dispatch_request(self) -> Response:
        """Before-request hooks and the view (or an error handler), then the response."""
        self._got_first_request = True  # from now on the setup methods refuse
        return self.finalize_request(self.answer_request())

    def answer_request(self) -> Any:
        """What answers the request: a ``before_request`` hook's value, else the view's.

        Whatever either raises goes to the error handlers, whose value answers instead.
        """
        try:
            early_answer = self.preprocess_request()
            return self.dispatch_request() if early_answer is None else early_answer
        except Exception as exc:
            return self.handle_user_exception(exc)

    # --8<-- [end:wsgi_app]

    # --8<-- [start:dispatch]
    def preprocess_request(self) -> Any:
        """URL value preprocessors, then ``before_request`` hooks in order.

        The first value a hook returns is the response; the view is not called.
        """
        request = self.current_request._get_current_object()  # one lookup, not one per read
        scopes = (None, *reversed(request.blueprints))
        for name in scopes:
            for url_func in self.url_value_preprocessors.get(name, ()):
                url_func(request.endpoint, request.view_args)
        for name in scopes:
            for before_func in self.before_request_funcs.get(name, ()):
                rv = self.ensure_sync(before_func)()
                if rv is not None:
                    return rv
        return None

    def dispatch_request(self) -> Any:
        """Call the view the URL matched with the values its converters produced."""
        request = self.current_request._get_current_object()
        if request.routing_exception is not None:
            self.raise_routing_exception(request)
        rule = request.url_rule
        if getattr(rule, "provide_automatic_options", False) and request.method == "OPTIONS":
            return self.make_default_options_response()
        return self.ensure_sync(self.view_functions[rule.endpoint])(**request.view_args)

    def raise_routing_exception(self, request: Request) -> NoReturn:
        """Re-raise what matching found: 404, 405, or a redirect to the canonical URL.

        In debug mode, a 301/302 redirect of a request with a body is raised as
        :class:`FormDataRoutingRedirect`: the browser would replay it as a GET, without
        the form.
        """
        error = request.routing_exception
        if error is None:
            raise RuntimeError(f"{request.path!r} matched a rule: there is no routing error.")
        drops_body = (
            isinstance(error, RequestRedirect)
            and error.code not in (307, 308)
            and request.method not in ("GET", "HEAD", "OPTIONS")
        )
        if self.debug and drops_body:
            raise FormDataRoutingRedirect(request)
        raise error

    def make_default_options_response(self) -> Response:
        """Answer ``OPTIONS`` with the methods the URL allows, in an ``Allow`` header."""
        adapter = self.current_url_adapter()
        if adapter is None:
            raise RuntimeError("OPTIONS can only be answered while a request is being handled.")
        methods = adapter.allowed_methods()
        response = self.response_class()
        response.headers["Allow"] = ", ".join(sorted(methods))
        return response

    def finalize_request(self, rv: Any, from_error_handler: bool = False) -> Response:
        """Turn what the view returned into a response and run ``after_request`` hooks."""
        response = self.make_response(rv)
        try:
            response = self.process_response(response)
        except Exception:
            if not from_error_handler:
                raise
            self.logger.exception("Request finalizing failed with an error while handling an error")
        return response

    def make_response(self, rv: Any) -> Response:
        """Everything a view may return -> a ``response_class`` instance (see responses.py)."""
        return make_response_from_view(self, rv)

    def process_response(self, response: Response) -> Response:
        """``after_request`` hooks, last registered first; each returns the response."""
        blueprints = self.current_request._get_current_object().blueprints
        for name in chain(blueprints, (None,)):
            for func in reversed(self.after_request_funcs.get(name, ())):
                response = self.ensure_sync(func)(response)
        return response

    def do_teardown_request(self, exc: BaseException | None = _sentinel) -> None:
        """``teardown_request`` hooks, last registered first, with the error or None.

        Called without an error, it passes the exception being handled, if any.
        """
        if exc is _sentinel:
            exc = sys.exc_info()[1]
        blueprints = self.current_request._get_current_object().blueprints
        for name in chain(blueprints, (None,)):
            for func in reversed(self.teardown_request_funcs.get(name, ())):
                self.ensure_sync(func)(exc)

    # --8<-- [end:dispatch]

    # --8<-- [start:errors]
    def handle_user_exception(self, exc: Exception) -> Any:
        """An exception from a hook or view -> its handler's return value, or re-raise.

        An HTTP error is an answer waiting to be sent, unless a ``TRAP_*`` setting says
        to treat it like a bug; a bug needs a registered handler.
        """
        if isinstance(exc, BadRequestKeyError) and self.names_missing_keys():
            exc.show_exception = True  # the 400 page says which form key was missing
        if isinstance(exc, HTTPException):
            if not self.trap_http_exception(exc):
                return self.handle_http_exception(exc)
        handler = self.error_handler_for(exc)
        if handler is not None:
            return handler(exc)
        raise exc

    def names_missing_keys(self) -> bool:
        """Whether a 400 for a missing form key names the key: in debug mode, or when trapped."""
        return self.debug or bool(self.config["TRAP_BAD_REQUEST_ERRORS"])

    def error_handler_for(self, exc: BaseException) -> Callable[..., Any] | None:
        """The handler registered for ``exc`` in the request's scopes, ready to call, or None."""
        handler = self._find_error_handler(exc, self.current_request.blueprints)
        return None if handler is None else self.ensure_sync(handler)

    def handle_http_exception(self, exc: HTTPException) -> Any:
        """An HTTP error -> its registered handler's value, or the error as its own response."""
        if exc.code is None or isinstance(exc, RequestRedirect):
            return exc  # not an error: a redirect answers for itself
        handler = self.error_handler_for(exc)
        return exc if handler is None else handler(exc)

    def handle_exception(self, exc: Exception) -> Response:
        """An exception no handler took: re-raise it (testing, debug) or answer 500."""
        if self.propagates_exceptions():
            raise exc
        self.log_exception(exc)
        server_error: Any = InternalServerError(original_exception=exc)
        handler = self.error_handler_for(server_error)
        answer = server_error if handler is None else handler(server_error)
        return self.finalize_request(answer, from_error_handler=True)

    def propagates_exceptions(self) -> bool:
        """``PROPAGATE_EXCEPTIONS`` when set; unset, on while testing or debugging.

        A test wants the real traceback, not a 500 page; so does the debugger.
        """
        setting = self.config["PROPAGATE_EXCEPTIONS"]
        return bool(self.testing or self.debug) if setting is None else bool(setting)

    def log_exception(self, exc: BaseException) -> None:
        request = self.current_request
        self.logger.error(
            f"Exception on {request.path} [{request.method}]",
            exc_info=(type(exc), exc, exc.__traceback__),
        )

    # --8<-- [end:errors]

    # --8<-- [start:urls]

    def current_url_adapter(self) -> MapAdapter | None:
        """The adapter of the request in flight (stage 5: the slot's), or None."""
        return _globals.slot.url_adapter if _globals.slot.app is self else None

    def url_adapter_outside_request(self) -> MapAdapter | None:
        """What ``url_for`` builds with when no request is in flight: ``SERVER_NAME``'s."""
        return self.create_url_adapter(None)

    def url_for(
        self,
        endpoint: str,
        /,
        *,
        _anchor: str | None = None,
        _method: str | None = None,
        _scheme: str | None = None,
        _external: bool | None = None,
        **values: Any,
    ) -> str:
        """``app.url_for("user", id=7)`` -> ``"/user/7"``; the reverse of routing.

        During a request URLs are relative to it; outside one the app needs
        ``SERVER_NAME`` to know the host, and URLs are absolute. ``self`` and
        ``endpoint`` are positional-only, so a rule may have a variable of either name.
        """
        url_adapter = self.current_url_adapter()
        if url_adapter is not None:
            if endpoint[:1] == ".":
                blueprint = self.current_request.blueprint
                endpoint = f"{blueprint}{endpoint}" if blueprint is not None else endpoint[1:]
            if _external is None:
                _external = _scheme is not None
        else:
            url_adapter = self.url_adapter_outside_request()
            if url_adapter is None:
                raise RuntimeError(
                    "Unable to build URLs outside an active request without 'SERVER_NAME'"
                    " configured. Also configure 'APPLICATION_ROOT' and"
                    " 'PREFERRED_URL_SCHEME' as needed."
                )
            if _external is None:
                _external = True
        return self.build_url(url_adapter, endpoint, values, _anchor, _method, _scheme, _external)

    # --8<-- [end:urls]

    # --8<-- [start:helpers]

    def test_client(self, use_cookies: bool = True, **kwargs: Any) -> FlaskClient:
        """A client that calls the app in-process: ``app.test_client().get("/")``."""
        return self.test_client_class(self, use_cookies=use_cookies, **kwargs)

    def run(
        self,
        host: str | None = None,
        port: int | None = None,
        debug: bool | None = None,
        **options: Any,
    ) -> None:
        """Serve the app with stage 2's server (threaded, as ``flask run``)."""
        if debug is not None:
            self.debug = debug
        server_name = self.config.get("SERVER_NAME")
        default_host, _, default_port = (server_name or "").partition(":")
        host = host or default_host or "127.0.0.1"
        port = int(port or default_port or 5000)
        options.setdefault("threaded", True)
        run_simple(host, port, self, **options)

    # --8<-- [end:helpers]
