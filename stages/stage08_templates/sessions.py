"""Flask's ``flask.sessions`` at stage 8: stage 7's sessions, unchanged."""

from stage07_sessions.sessions import NullSession as NullSession
from stage07_sessions.sessions import SecureCookieSession as SecureCookieSession
from stage07_sessions.sessions import SecureCookieSessionInterface as SecureCookieSessionInterface
from stage07_sessions.sessions import SessionInterface as SessionInterface
from stage07_sessions.sessions import SessionMixin as SessionMixin
from stage07_sessions.sessions import TaggedJSONSerializer as TaggedJSONSerializer
from stage07_sessions.sessions import session_json_serializer as session_json_serializer
