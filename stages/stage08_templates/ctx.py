"""Flask's ``flask.ctx`` at stage 8: stage 7's contexts, unchanged."""

from stage07_sessions.ctx import AppContext as AppContext
from stage07_sessions.ctx import RequestContext as RequestContext
from stage07_sessions.ctx import _AppCtxGlobals as _AppCtxGlobals
from stage07_sessions.ctx import after_this_request as after_this_request
from stage07_sessions.ctx import copy_current_request_context as copy_current_request_context
from stage07_sessions.ctx import has_app_context as has_app_context
from stage07_sessions.ctx import has_request_context as has_request_context
