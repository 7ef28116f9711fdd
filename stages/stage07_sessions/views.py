"""Class-based views: stage 6's, unchanged (sessions add nothing to them).

Mirrors flask/views.py (Flask 3.1.3), so ``stage07_sessions.views`` answers where
``flask.views`` is expected.
"""

from stage06_contexts.views import HTTP_METHOD_FUNCS as HTTP_METHOD_FUNCS
from stage06_contexts.views import MethodView as MethodView
from stage06_contexts.views import View as View
