"""``AppContext`` and ``RequestContext``: what ``wsgi_app`` pushes for each request.

Mirrors flask/ctx.py (Flask 3.1.3). Pushing a context sets a ``ContextVar`` and keeps
the token ``ContextVar.set`` returned; popping resets with that token, so nested
pushes unwind in order. A request context pushes an app context first when the
right one is not active, so ``current_app`` and ``g`` work in every view. What a
request context holds besides (the request, its URL adapter, matching, teardown) is
stage 5's ``RequestBinding``, inherited.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextvars import ContextVar, Token
from functools import wraps
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from stage05_app.app import _sentinel
from stage05_app.globals import RequestBinding

from .globals import _cv_app, _cv_request

if TYPE_CHECKING:
    from stage04_routing import MapAdapter
    from stage05_app.wrappers import Request

    from .app import Flask

F = TypeVar("F", bound=Callable[..., Any])


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


# --8<-- [start:activation]
class _Activation:
    """Being the value of one ``ContextVar``: set on push, reset with the token on pop.

    A context may be pushed again while it is active (nested ``with`` blocks), so the
    tokens are a list, and only the last pop ends the context.
    """

    #: The variable this kind of context is kept in.
    _context_var: ClassVar[ContextVar[Any]]
    #: "app" or "request", for the error about popping out of order.
    _kind: ClassVar[str]

    def __init__(self) -> None:
        self._cv_tokens: list[Token[Any]] = []

    def push(self) -> None:
        raise NotImplementedError

    def pop(self, exc: BaseException | None = _sentinel) -> None:
        raise NotImplementedError

    def _activate(self) -> None:
        self._cv_tokens.append(self._context_var.set(self))

    def _deactivate(self) -> Any:
        """Reset the variable; returns what was active, which ought to be this context."""
        active = self._context_var.get()
        self._context_var.reset(self._cv_tokens.pop())
        return active

    def _popped_out_of_order(self, active: Any) -> AssertionError:
        # reset() only unwinds in the order of the set()s: popping out of order is a bug.
        return AssertionError(
            f"Popped wrong {self._kind} context. ({active!r} instead of {self!r})"
        )

    def __enter__(self) -> Self:
        self.push()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.pop(exc_value)


# --8<-- [end:activation]


# --8<-- [start:app_context]
class AppContext(_Activation):
    """Makes ``current_app`` and ``g`` available: ``with app.app_context(): ...``."""

    _context_var = _cv_app
    _kind = "app"

    def __init__(self, app: Flask) -> None:
        super().__init__()
        self.app = app
        #: The URL map bound to ``SERVER_NAME`` (None without it): ``url_for`` outside requests.
        self.url_adapter: MapAdapter | None = app.create_url_adapter(None)
        #: What ``g`` points to while this context is active.
        self.g: _AppCtxGlobals = app.app_ctx_globals_class()

    #: Pushing an app context is only becoming the value of ``_cv_app``.
    push = _Activation._activate

    def pop(self, exc: BaseException | None = _sentinel) -> None:
        """Deactivate; the last pop of this context runs ``teardown_appcontext`` hooks."""
        if exc is _sentinel:
            exc = sys.exc_info()[1]
        try:
            if len(self._cv_tokens) == 1:  # the last pop: the context ends
                self.app.do_teardown_appcontext(exc)
        finally:
            active = self._deactivate()
        if active is not self:
            raise self._popped_out_of_order(active)


# --8<-- [end:app_context]


# --8<-- [start:request_context]
class RequestContext(RequestBinding, _Activation):
    """Stage 5's binding of one request, made a context: pushed per thread or task."""

    _context_var = _cv_request
    _kind = "request"
    app: Flask

    def __init__(self, app: Flask, environ: dict[str, Any], request: Request | None = None) -> None:
        super().__init__(app, environ, request)
        #: Functions ``after_this_request`` registered for this request only.
        self._after_request_functions: list[Callable[[Any], Any]] = []
        #: Per push: the app context that push made and pushed itself, or None.
        self._implicit_app_contexts: list[AppContext | None] = []

    def copy(self) -> RequestContext:
        """A new context for the same request, to push in another thread or greenlet."""
        return type(self)(self.app, self.request.environ, self.request)

    def push(self) -> None:
        """Activate: the app context first (if this app's is not active), then this one."""
        active = _cv_app.get(None)
        implicit = None  # this app's context is active already: whoever pushed it pops it
        if active is None or active.app is not self.app:
            implicit = self.app.app_context()
            implicit.push()
        self._implicit_app_contexts.append(implicit)
        self._activate()
        self.match_request()

    def pop(self, exc: BaseException | None = _sentinel) -> None:
        """Deactivate; the last pop ends the request, then pops the app context it pushed."""
        if exc is _sentinel:
            exc = sys.exc_info()[1]
        try:
            if len(self._cv_tokens) == 1:  # the last pop: the request ends
                self.end_request(exc)  # stage 5's: teardown_request hooks, close uploads
        finally:
            active = self._deactivate()
            app_ctx = self._implicit_app_contexts.pop()
            if app_ctx is not None:
                app_ctx.pop(exc)
        if active is not self:
            raise self._popped_out_of_order(active)

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


def _active_request_context(helper: str) -> RequestContext:
    ctx = _cv_request.get(None)
    if ctx is None:
        raise RuntimeError(
            f"'{helper}' can only be used when a request context is active,"
            " such as in a view function."
        )
    return ctx


def after_this_request(f: F) -> F:
    """Run ``f(response)`` after the current request only: set a cookie from deep code."""
    _active_request_context("after_this_request")._after_request_functions.append(f)
    return f


def copy_current_request_context(f: F) -> F:
    """Wrap ``f`` so it runs inside a copy of the current request context.

    For work handed to another thread or greenlet that still needs ``request``. The
    copy is made now, in the view's thread; each call pushes it around ``f``.
    """
    copied = _active_request_context("copy_current_request_context").copy()

    @wraps(f)
    def run_in_copy(*args: Any, **kwargs: Any) -> Any:
        with copied:
            return copied.app.ensure_sync(f)(*args, **kwargs)

    return cast(F, run_in_copy)


# --8<-- [end:helpers]
