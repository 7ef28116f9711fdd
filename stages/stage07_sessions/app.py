"""Stage 6's ``Flask`` with sessions: opened as a request starts, saved as it ends.

Mirrors flask/app.py and flask/sansio/app.py (Flask 3.1.3). Two seams of stage 6 carry
the whole layer: ``request_context`` builds this stage's :class:`RequestContext`,
whose ``push`` opens the session, and ``process_response`` saves it, after every
``after_request`` hook has had its chance to change it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

import stage06_contexts
from stage05_app.config import ConfigAttribute
from stage06_contexts.globals import _cv_request

from .ctx import RequestContext
from .sessions import SecureCookieSessionInterface, SessionInterface
from .testing import FlaskClient


def _as_timedelta(value: Any) -> Any:
    """``PERMANENT_SESSION_LIFETIME`` may be given in seconds: ``3600`` -> 1 hour."""
    if value is None or isinstance(value, timedelta):
        return value
    return timedelta(seconds=value)


# --8<-- [start:flask_class]
class Flask(stage06_contexts.Flask):
    """``app = Flask(__name__); app.secret_key = ...``: now with ``session`` and ``flash``."""

    #: Opens and saves every request's session. The default keeps it in a signed
    #: cookie; assign another :class:`SessionInterface` to store sessions elsewhere.
    session_interface: SessionInterface = SecureCookieSessionInterface()
    #: How long a permanent session lasts: ``PERMANENT_SESSION_LIFETIME`` as a
    #: ``timedelta`` (31 days by default; seconds are accepted too).
    permanent_session_lifetime = ConfigAttribute[timedelta](
        "PERMANENT_SESSION_LIFETIME", get_converter=_as_timedelta
    )
    #: The class ``app.test_client()`` builds: one that can also edit the session,
    #: ``with client.session_transaction() as session:``.
    test_client_class: Any = FlaskClient

    def request_context(self, environ: dict[str, Any]) -> RequestContext:
        """The context ``wsgi_app`` pushes: stage 6's, with the session opened on push."""
        return RequestContext(self, environ)

    def process_response(self, response: Any) -> Any:
        """Stage 6's hooks, then the session is saved: hooks may still change it."""
        response = super().process_response(response)
        opened = cast(RequestContext, _cv_request.get())._session
        interface = self.session_interface
        if opened is not None and not interface.is_null_session(opened):
            interface.save_session(self, opened, response)
        return response

    # --8<-- [end:flask_class]
