"""Sessions: the interface, the signed-cookie session, the null session.

Mirrors flask/sessions.py (Flask 3.1.3); built by the sessions stage, nothing new here.
"""

from .base import NullSession as NullSession
from .base import SecureCookieSession as SecureCookieSession
from .base import SecureCookieSessionInterface as SecureCookieSessionInterface
from .base import SessionInterface as SessionInterface
from .base import SessionMixin as SessionMixin
from .base import TaggedJSONSerializer as TaggedJSONSerializer
from .base import session_json_serializer as session_json_serializer
