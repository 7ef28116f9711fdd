"""The request context, now holding the request's session.

Mirrors flask/ctx.py (Flask 3.1.3). Flask opens the session inside
``RequestContext.push``, once the context is active (so a custom ``open_session`` may
use ``request`` and ``current_app``) and before the URL is matched (so a URL converter
may read the session). Stage 6's ``push`` activates and then matches in one call; we
keep it whole and open the session either when something first reads ``session``
(a converter, while matching) or right after ``push``, whichever comes first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stage06_contexts import ctx as stage6_ctx

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

    def push(self) -> None:
        """Activate the contexts and match the URL (stage 6), with the session opened."""
        super().push()
        self._open_session()

    def _open_session(self) -> SessionMixin:
        # Once per context: a second push (stream_with_context, the test client's
        # re-push) keeps the session the request has been changing.
        if self._session is None:
            interface = self.app.session_interface
            opened = interface.open_session(self.app, self.request)
            self._session = opened if opened is not None else interface.make_null_session(self.app)
        return self._session

    @property
    def session(self) -> SessionMixin:
        """This request's session; reading it marks it accessed (hence ``Vary: Cookie``)."""
        if self._session is None and not self._cv_tokens:
            raise RuntimeError(
                "The session is opened when the request context is pushed; push it first"
                " (`with app.test_request_context():`)."
            )
        opened = self._open_session()
        opened.accessed = True
        return opened


# --8<-- [end:request_context]
