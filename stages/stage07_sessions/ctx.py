"""The request context, now holding the request's session.

Mirrors flask/ctx.py (Flask 3.1.3). Flask opens the session inside
``RequestContext.push``, once the context is active (so a custom ``open_session`` may
use ``request`` and ``current_app``) and before the URL is matched (so a URL converter
may read the session). Stage 6's ``push`` is those steps in that order: push the app
context, ``_activate``, ``match_request``; the session opens at the end of the middle one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stage06_contexts import ctx as stage6_ctx
from stage06_contexts.ctx import AppContext as AppContext
from stage06_contexts.ctx import _AppCtxGlobals as _AppCtxGlobals
from stage06_contexts.ctx import after_this_request as after_this_request
from stage06_contexts.ctx import copy_current_request_context as copy_current_request_context
from stage06_contexts.ctx import has_app_context as has_app_context
from stage06_contexts.ctx import has_request_context as has_request_context

if TYPE_CHECKING:
    from stage05_app.wrappers import Request

    from .app import Flask
    from .sessions import SessionMixin


# --8<-- [start:request_context]
class RequestContext(stage6_ctx.RequestContext):
    """Stage 6's request context, plus the session and the flashed messages it read."""

    app: Flask

    def __init__(
        self,
        app: Flask,
        environ: dict[str, Any],
        request: Request | None = None,
        session: SessionMixin | None = None,
    ) -> None:
        super().__init__(app, environ, request)
        #: The session, once opened (``copy`` hands it over already open).
        self._session: SessionMixin | None = session
        #: What ``get_flashed_messages`` took out of the session, kept for the request.
        self.flashes: list[tuple[str, str]] | None = None

    def copy(self) -> RequestContext:
        """Stage 6's copy, sharing this context's session: both see the same data."""
        return type(self)(self.app, self.request.environ, self.request, self._session)

    def _activate(self) -> None:
        """Become the active request context (stage 6), then open the session.

        Only on the first push: a second one (``stream_with_context``, the test client
        inside ``with client:``) keeps the session the request has been changing.
        """
        super()._activate()
        if self._session is None:
            interface = self.app.session_interface
            opened = interface.open_session(self.app, self.request)
            self._session = opened if opened is not None else interface.make_null_session(self.app)

    @property
    def session(self) -> SessionMixin:
        """This request's session; reading it marks it accessed (hence ``Vary: Cookie``)."""
        if self._session is None:
            raise RuntimeError(
                "The session is opened when the request context is pushed; push it first"
                " (`with app.test_request_context():`)."
            )
        self._session.accessed = True
        return self._session


# --8<-- [end:request_context]
