"""``session``: the fifth global, a proxy to the session of the active request context.

Mirrors flask/globals.py (Flask 3.1.3). Like ``request``, it is a ``LocalProxy`` over
stage 6's ``_cv_request``: the ``session`` attribute of whatever request context is
active in this thread or task. Reading that attribute marks the session as accessed.
Stage 6's globals are re-exported, so this module holds all of Flask's.
"""

from __future__ import annotations

from typing import Any

from stage06_contexts.globals import NO_REQUEST_MESSAGE as NO_REQUEST_MESSAGE
from stage06_contexts.globals import _cv_app as _cv_app
from stage06_contexts.globals import _cv_request as _cv_request
from stage06_contexts.globals import app_ctx as app_ctx
from stage06_contexts.globals import current_app as current_app
from stage06_contexts.globals import g as g
from stage06_contexts.globals import request as request
from stage06_contexts.globals import request_ctx as request_ctx
from stage06_contexts.local import LocalProxy

# --8<-- [start:session]
#: The session of the request being handled here: ``session["user"] = "ann"``.
session: Any = LocalProxy(_cv_request, "session", unbound_message=NO_REQUEST_MESSAGE)
# --8<-- [end:session]
