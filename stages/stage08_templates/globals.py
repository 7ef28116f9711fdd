"""Flask's ``flask.globals`` at stage 8: stage 7's module, unchanged (templates add no global)."""

from stage07_sessions.globals import _cv_app as _cv_app
from stage07_sessions.globals import _cv_request as _cv_request
from stage07_sessions.globals import app_ctx as app_ctx
from stage07_sessions.globals import current_app as current_app
from stage07_sessions.globals import g as g
from stage07_sessions.globals import request as request
from stage07_sessions.globals import request_ctx as request_ctx
from stage07_sessions.globals import session as session
