"""Flask's ``flask.views`` at stage 8: stage 7's class-based views, unchanged."""

from stage07_sessions.views import HTTP_METHOD_FUNCS as HTTP_METHOD_FUNCS
from stage07_sessions.views import MethodView as MethodView
from stage07_sessions.views import View as View
