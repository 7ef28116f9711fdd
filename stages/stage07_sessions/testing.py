"""The test client, now able to read and edit the session between requests.

Mirrors flask/testing.py (Flask 3.1.3). ``session_transaction`` opens the session the
client's cookies hold, hands it to the test, and stores what the test changed back in
the client's cookie jar, exactly as a request would have: through
``app.session_interface``, so it works with any session store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from stage06_contexts.testing import EnvironBuilder as EnvironBuilder
from stage06_contexts.testing import FlaskClient as ContextFlaskClient

if TYPE_CHECKING:
    from .app import Flask
    from .sessions import SessionMixin


class FlaskClient(ContextFlaskClient):
    """Stage 6's client, plus ``with client.session_transaction() as session:``."""

    application: Flask

    # --8<-- [start:session_transaction]
    @contextmanager
    def session_transaction(self, *args: Any, **kwargs: Any) -> Iterator[SessionMixin]:
        """Edit the session the next request will see, without a view to do it.

        Takes ``test_request_context``'s arguments (the path matters when the cookie
        has a ``Path``)::

            with client.session_transaction() as session:
                session["user_id"] = 1
            client.get("/profile")  # sees user 1
        """
        if self._cookies is None:
            raise TypeError(
                "Cookies are disabled, so there is no session to edit: create the client"
                " with app.test_client(use_cookies=True) (the default)."
            )
        app = self.application
        interface = app.session_interface
        ctx = app.test_request_context(*args, **kwargs)
        # Give the made-up request the cookies the jar would send to its URL.
        self._add_cookies_to_wsgi(ctx.request.environ)
        with ctx:
            opened = interface.open_session(app, ctx.request)
        if opened is None:
            raise RuntimeError(
                f"Session backend did not open a session: {type(interface).__name__}"
                ".open_session returned None, so there is nothing to edit (is SECRET_KEY set?)."
            )
        yield opened
        if interface.is_null_session(opened):
            return
        response = app.response_class()
        with ctx:
            interface.save_session(app, opened, response)
        host = ctx.request.host.partition(":")[0]
        self._update_cookies_from_response(
            host, ctx.request.path, response.headers.getlist("Set-Cookie")
        )

    # --8<-- [end:session_transaction]
