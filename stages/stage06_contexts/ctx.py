"""``AppContext`` and ``RequestContext``: what ``wsgi_app`` pushes for each request.

Mirrors flask/ctx.py (Flask 3.1.3). Pushing a context sets a ``ContextVar`` and keeps
the token ``ContextVar.set`` returned; popping resets with that token, so nested
pushes unwind in order. A request context pushes an app context first when the
right one is not active, so ``current_app`` and ``g`` work in every view.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextvars import Token
from functools import update_wrapper
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from stage04_routing import HTTPException

from .globals import _cv_app, _cv_request

if TYPE_CHECKING:
    from stage04_routing import MapAdapter
    from stage05_app.wrappers import Request

    from .app import Flask

F = TypeVar("F", bound=Callable[..., Any])
#: "No exception was passed": pop then looks at the exception being handled, if any.
_sentinel: Any = object()
#: Environ key of the test client's ``with client:`` hook: a request hands it its
#: contexts as it ends, and the client pushes them again (Werkzeug's debugger uses it too).
PRESERVE_CONTEXT_KEY = "werkzeug.debug.preserve_context"


# --8<-- [start:g]
class _AppCtxGlobals:
    """``g``: a plain namespace that lives as long as one app context."""

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup fails: say which name, as a dict would.
        raise AttributeError(name)

    def get(self, name: str, default: Any = None) -> Any:
        """``g.get("user")``: the value, or ``default`` when it was never set."""
        return self.__dict__.get(name, default)

    def pop(self, name: str, default: Any = _sentinel) -> Any:
        """Remove and return ``name``; ``KeyError`` if missing and no ``default``."""
        if default is _sentinel:
            return self.__dict__.pop(name)
        return self.__dict__.pop(name, default)

    def setdefault(self, name: str, default: Any = None) -> Any:
        """``g.setdefault("db", connect())``: set once, return the value held."""
        return self.__dict__.setdefault(name, default)

    def __contains__(self, item: str) -> bool:
        return item in self.__dict__

    def __iter__(self) -> Iterator[str]:
        return iter(self.__dict__)

    def __repr__(self) -> str:
        # Named after the app while one is active: "<flask.g of 'shop'>", as Flask's.
        active = _cv_app.get(None)
        if active is None:
            return object.__repr__(self)
        return f"<flask.g of '{active.app.name}'>"


# --8<-- [end:g]


def _error_or_handled(exc: BaseException | None) -> BaseException | None:
    """``exc`` as given; if none was given (the sentinel), the exception being handled or None."""
    return sys.exc_info()[1] if exc is _sentinel else exc


# --8<-- [start:app_context]
class AppContext:
    """Makes ``current_app`` and ``g`` available: ``with app.app_context(): ...``."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        #: The URL map bound to ``SERVER_NAME`` (None without it): ``url_for`` outside requests.
        self.url_adapter: MapAdapter | None = app.create_url_adapter(None)
        #: What ``g`` points to while this context is active.
        self.g: _AppCtxGlobals = app.app_ctx_globals_class()
        self._cv_tokens: list[Token[AppContext]] = []

    def push(self) -> None:
        self._cv_tokens.append(_cv_app.set(self))

    def pop(self, exc: BaseException | None = _sentinel) -> None:
        """Deactivate; the last pop of this context runs ``teardown_appcontext`` hooks."""
        ends_here = len(self._cv_tokens) == 1  # a context pushed twice ends at its last pop
        try:
            if ends_here:
                self.app.do_teardown_appcontext(_error_or_handled(exc))
        finally:
            active = _cv_app.get()
            _cv_app.reset(self._cv_tokens.pop())
        if active is not self:
            raise AssertionError(f"Popped wrong app context. ({active!r} instead of {self!r})")

    def __enter__(self) -> AppContext:
        self.push()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.pop(exc_value)


# --8<-- [end:app_context]


# --8<-- [start:request_context]
class RequestContext:
    """Everything about one request: the request, its URL adapter, its after-request hooks."""

    def __init__(self, app: Flask, environ: dict[str, Any], request: Request | None = None) -> None:
        self.app = app
        # Only the context made for a served request reports to the client, never a copy.
        self._report_to_client: Callable[[Any], None] | None = None
        if request is None:
            self._report_to_client = environ.get(PRESERVE_CONTEXT_KEY)
            request = app.request_class(environ)
            app.configure_request(request)
        self.request: Request = request
        self.url_adapter: MapAdapter | None = None
        try:
            self.url_adapter = app.create_url_adapter(self.request)
        except HTTPException as exc:  # a bad Host header: answer it when dispatching
            self.request.routing_exception = exc
        #: Functions ``after_this_request`` registered for this request only.
        self._after_request_functions: list[Callable[[Any], Any]] = []
        self._cv_tokens: list[tuple[Token[RequestContext], AppContext | None]] = []

    def copy(self) -> RequestContext:
        """A new context for the same request, to push in another thread or greenlet."""
        return type(self)(self.app, self.request.environ, self.request)

    def match_request(self) -> None:
        """Match the URL now; a 404/405/redirect is kept and raised at dispatch time."""
        try:
            self.request.url_rule, self.request.view_args = self.url_adapter.match(  # type: ignore[union-attr]
                return_rule=True
            )
        except HTTPException as exc:
            self.request.routing_exception = exc

    def push(self) -> None:
        """Activate: the app context first (if this app's is not active), then this one."""
        active = _cv_app.get(None)
        # None: this app's context was already active; whoever pushed it pops it.
        own_app_ctx: AppContext | None = None
        if active is None or active.app is not self.app:
            own_app_ctx = self.app.app_context()
            own_app_ctx.push()
        self._cv_tokens.append((_cv_request.set(self), own_app_ctx))
        if self.url_adapter is not None:
            self.match_request()

    def pop(self, exc: BaseException | None = _sentinel) -> None:
        """Deactivate; the last pop runs ``teardown_request`` hooks and the app context's pop."""
        clear_request = len(self._cv_tokens) == 1
        if clear_request and self._report_to_client is not None:
            # Flask reports from ``wsgi_app``; ours is stage 5's, so the context does it,
            # once: the pop that ends the client's re-push must not report again.
            report, self._report_to_client = self._report_to_client, None
            report(_cv_app.get())
            report(self)
        exc = _error_or_handled(exc)
        try:
            if clear_request:
                self.app.do_teardown_request(exc)
                self.request.close()
        finally:
            active = _cv_request.get()
            token, own_app_ctx = self._cv_tokens.pop()
            _cv_request.reset(token)
            if own_app_ctx is not None:
                own_app_ctx.pop(exc)
        if active is not self:
            raise AssertionError(f"Popped wrong request context. ({active!r} instead of {self!r})")

    def __enter__(self) -> RequestContext:
        self.push()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.pop(exc_value)

    def __repr__(self) -> str:
        request = self.request
        return f"<{type(self).__name__} {request.url!r} [{request.method}] of {self.app.name}>"


# --8<-- [end:request_context]


# --8<-- [start:helpers]
def has_app_context() -> bool:
    """True inside ``with app.app_context()`` or a request."""
    return _cv_app.get(None) is not None


def has_request_context() -> bool:
    """True while a request is being handled (or a test request context is pushed)."""
    return _cv_request.get(None) is not None


def after_this_request(f: F) -> F:
    """Run ``f(response)`` after the current request only: set a cookie from deep code."""
    ctx = _cv_request.get(None)
    if ctx is None:
        raise RuntimeError(
            "'after_this_request' can only be used when a request context is active,"
            " such as in a view function."
        )
    ctx._after_request_functions.append(f)
    return f


def copy_current_request_context(f: F) -> F:
    """Wrap ``f`` so it runs inside a copy of the current request context.

    For work handed to another thread or greenlet that still needs ``request``.
    """
    ctx = _cv_request.get(None)
    if ctx is None:
        raise RuntimeError(
            "'copy_current_request_context' can only be used when a request context is"
            " active, such as in a view function."
        )
    copied = ctx.copy()

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with copied:
            return f(*args, **kwargs)

    return update_wrapper(wrapper, f)  # type: ignore[return-value]


# --8<-- [end:helpers]
