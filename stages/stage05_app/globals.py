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

from typing import TYPE_CHECKING, Any, cast

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

    def get_app(self) -> Flask:
        if self.app is None:
            raise RuntimeError(
                "No app is handling a request: jsonify(), make_response() and class-based"
                " views need the app in flight. Call them from a view or a hook, or call"
                " the app's own method (app.json.response(...), app.make_response(...))."
            )
        return self.app


#: The one slot. Every thread shares it: that is the bug stage 6 fixes.
slot = RequestSlot()


# --8<-- [start:stand_ins]
class CurrentRequest:
    """Stands for "the request in the slot": ``request.method`` reads ``slot.request.method``."""

    def __getattr__(self, name: str) -> Any:
        return getattr(slot.get_request(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        """``request.max_content_length = 4`` sets it on the request, not on the stand-in."""
        setattr(slot.get_request(), name, value)

    def _get_current_object(self) -> Request:
        """The request itself, not this stand-in (the name Werkzeug's ``LocalProxy`` uses)."""
        return slot.get_request()

    def __repr__(self) -> str:
        current = slot.request
        return "<CurrentRequest (no request)>" if current is None else repr(current)


class CurrentApp:
    """Stands for "the app in the slot"; false between requests, so helpers can ask ``if``."""

    def __getattr__(self, name: str) -> Any:
        return getattr(slot.get_app(), name)

    def __bool__(self) -> bool:
        return slot.app is not None

    def __repr__(self) -> str:
        return "<CurrentApp (no request)>" if slot.app is None else repr(slot.app)


#: Import it like Flask's: ``from stage05_app import request``.
request: Any = CurrentRequest()
#: The app handling the request in flight; what the helpers and class-based views use.
current_app: Any = CurrentApp()
# --8<-- [end:stand_ins]


# --8<-- [start:binding]
class RequestBinding:
    """Stage 5's stand-in for Flask's ``RequestContext``: fill the slot, then empty it.

    ``app.wsgi_app`` calls ``push()`` before dispatching and ``pop(error)`` at the end,
    exactly where Flask pushes and pops its request context, so stage 6 can swap in
    the real context without touching the request cycle. What a request needs whatever
    holds it (the request object, the URL map bound to it, matching, the teardown) is
    here, and stage 6's ``RequestContext`` inherits it.
    """

    def __init__(self, app: Flask, environ: dict[str, Any], request: Request | None = None) -> None:
        super().__init__()  # cooperative: stage 6 mixes in what being a context needs
        self.app = app
        if request is None:
            request = app.request_class(environ)
            app.configure_request(request)
        self.request: Request = request
        #: The URL map bound to this request; None when its Host is not trusted.
        self.url_adapter: MapAdapter | None = self.bind_url_map()

    def bind_url_map(self) -> MapAdapter | None:
        """Bind the app's URL map to the request; an untrusted Host is kept as its 400."""
        try:
            return self.app.create_url_adapter(self.request)
        except HTTPException as refused:  # answered when dispatching, like a 404
            self.request.routing_exception = refused
            return None

    def match_request(self) -> None:
        """Match the URL now; a 404/405/redirect is kept and raised at dispatch time."""
        if self.url_adapter is None:
            return  # the Host was refused: that error is already kept
        try:
            rule, values = self.url_adapter.match(return_rule=True)
        except HTTPException as no_match:
            self.request.routing_exception = no_match
            return
        # Stage 4 returns a fresh dict (typed Mapping, as Werkzeug's); preprocessors may pop.
        self.request.url_rule, self.request.view_args = rule, cast(dict[str, Any], values)

    def end_request(self, exc: BaseException | None) -> None:
        """``teardown_request`` hooks with the error, then close the request's uploads."""
        self.app.do_teardown_request(exc)
        self.request.close()

    def push(self) -> None:
        slot.app, slot.request, slot.url_adapter = self.app, self.request, self.url_adapter
        self.match_request()

    def pop(self, exc: BaseException | None = None) -> None:
        try:
            self.end_request(exc)
        finally:
            slot.app = slot.request = slot.url_adapter = None


# --8<-- [end:binding]
