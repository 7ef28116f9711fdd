"""The naive "current request": one process-wide slot the app fills for each request.

Flask lets a view write ``request.args`` without receiving ``request`` as an argument.
The simplest way to get that is what this module does: before calling the view, the
app stores the request in a module-level slot, and ``request`` forwards every attribute
to whatever is in the slot *right now*.

This is not safe, and stage 5 keeps it on purpose. There is one slot for the whole
process, so two threads serving two requests at once overwrite each other: a view can
read the *other* client's form. ``tests/stage05_app/test_naive_request.py`` shows it
happen, deterministically. Stage 6 replaces the slot with context locals, which is what
Flask 3.1.3 does (``flask/globals.py``, ``flask/ctx.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stage04_routing import HTTPException

if TYPE_CHECKING:
    from stage04_routing import MapAdapter

    from .app import Flask
    from .wrappers import Request


class RequestSlot:
    """Where the app keeps what it is handling right now; one per process."""

    def __init__(self) -> None:
        #: The app handling the request in flight, or None between requests.
        self.app: Flask | None = None
        #: The request in flight, or None between requests.
        self.request: Request | None = None
        #: The URL map bound to that request: it matched the URL and builds URLs for it.
        self.url_adapter: MapAdapter | None = None

    def get_request(self) -> Request:
        if self.request is None:
            raise RuntimeError(
                "No request is being handled: 'request' only works inside a view or a"
                " request hook, while the app handles a request (for example through"
                " app.test_client())."
            )
        return self.request

    def get_app(self, helper: str) -> Flask:
        if self.app is None:
            raise RuntimeError(
                f"{helper}() needs the app that is handling a request, and none is."
                " Call it from a view or a hook, or call the app's method directly"
                f" (app.{helper}(...))."
            )
        return self.app


#: The one slot. Every thread shares it: that is the bug stage 6 fixes.
slot = RequestSlot()


class CurrentRequest:
    """Stands for "the request in the slot": ``request.method`` reads ``slot.request.method``."""

    def __getattr__(self, name: str) -> Any:
        return getattr(slot.get_request(), name)

    def _get_current_object(self) -> Request:
        """The request itself, not this stand-in (the name Werkzeug's ``LocalProxy`` uses)."""
        return slot.get_request()

    def __repr__(self) -> str:
        current = slot.request
        return "<CurrentRequest (no request)>" if current is None else repr(current)


#: Import it like Flask's: ``from stage05_app import request``.
request: Any = CurrentRequest()


class RequestBinding:
    """Stage 5's stand-in for Flask's ``RequestContext``: fill the slot, then empty it.

    ``app.wsgi_app`` calls ``push()`` before dispatching and ``pop(error)`` at the end,
    exactly where Flask pushes and pops its request context, so stage 6 can swap in
    the real context without touching the request cycle.
    """

    def __init__(self, app: Flask, environ: dict[str, Any]) -> None:
        self.app = app
        self.request = app.request_class(environ)
        app.configure_request(self.request)
        self.url_adapter: MapAdapter | None = None
        try:
            self.url_adapter = app.create_url_adapter(self.request)
        except HTTPException as exc:  # an untrusted Host: answered when dispatching
            self.request.routing_exception = exc

    def match_request(self) -> None:
        """Match the URL now; a 404/405/redirect is kept and raised at dispatch time."""
        try:
            self.request.url_rule, self.request.view_args = self.url_adapter.match(return_rule=True)
        except HTTPException as exc:
            self.request.routing_exception = exc

    def push(self) -> None:
        slot.app, slot.request, slot.url_adapter = self.app, self.request, self.url_adapter
        if self.url_adapter is not None:
            self.match_request()

    def pop(self, exc: BaseException | None = None) -> None:
        try:
            self.app.do_teardown_request(exc)
            self.request.close()
        finally:
            slot.app = slot.request = slot.url_adapter = None
