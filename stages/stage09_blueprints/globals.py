"""``current_app``, ``g``, ``request`` and the context proxies.

Mirrors flask/globals.py (Flask 3.1.3). Built by the contexts stage; stage 9 adds nothing.
"""

from .base import _cv_app as _cv_app
from .base import _cv_request as _cv_request
from .base import app_ctx as app_ctx
from .base import current_app as current_app
from .base import g as g
from .base import request as request
from .base import request_ctx as request_ctx
from .base import session as session
