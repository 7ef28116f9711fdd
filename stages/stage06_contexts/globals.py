"""``current_app``, ``g`` and ``request``: proxies to whatever context is active here.

Mirrors flask/globals.py (Flask 3.1.3). Two ``ContextVar``s hold the active contexts:
``_cv_app`` the application context, ``_cv_request`` the request context. A
``ContextVar`` has one value per thread *and* per asyncio task (PEP 567), which is
exactly what stage 5's module-level slot lacked. The globals are ``LocalProxy``
objects over those variables, so ``request.args`` means "the ``request`` attribute of
the request context active in *this* thread or task, then its ``args``".
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from .local import LocalProxy

if TYPE_CHECKING:
    from .ctx import AppContext, RequestContext

NO_APP_MESSAGE = """\
Working outside of application context.

This code needed the current app (current_app, g, url_for, jsonify...), and no
application context is active in this thread or task. Push one around the code
with `with app.app_context():`; during a request Flask pushes it for you."""

NO_REQUEST_MESSAGE = """\
Working outside of request context.

This code needed the current request (request, after_this_request...), and no
request is being handled in this thread or task. In tests, use
`with app.test_request_context("/path"):` or make the request with app.test_client()."""

# --8<-- [start:globals]
#: The application context active in this thread or task.
_cv_app: ContextVar[AppContext] = ContextVar("flask.app_ctx")
#: The request context active in this thread or task.
_cv_request: ContextVar[RequestContext] = ContextVar("flask.request_ctx")

#: The active ``AppContext`` itself.
app_ctx: Any = LocalProxy(_cv_app, unbound_message=NO_APP_MESSAGE)
#: The app handling the current request or owning the pushed app context.
current_app: Any = LocalProxy(_cv_app, "app", unbound_message=NO_APP_MESSAGE)
#: A namespace for data during one app context: ``g.user = load_user()``.
g: Any = LocalProxy(_cv_app, "g", unbound_message=NO_APP_MESSAGE)
#: The active ``RequestContext`` itself.
request_ctx: Any = LocalProxy(_cv_request, unbound_message=NO_REQUEST_MESSAGE)
#: The request being handled in this thread or task.
request: Any = LocalProxy(_cv_request, "request", unbound_message=NO_REQUEST_MESSAGE)
# --8<-- [end:globals]
