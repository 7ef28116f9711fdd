"""Stage 7: sessions. A signed cookie that nobody can forge, and flash messages on it.

Mirrors flask/sessions.py, flask/json/tag.py and the session parts of flask/ctx.py,
flask/app.py and flask/helpers.py (Flask 3.1.3); signing is itsdangerous 2.2.0.
"""

from stage06_contexts import AppContext as AppContext
from stage06_contexts import BaseConverter as BaseConverter
from stage06_contexts import Config as Config
from stage06_contexts import DispatcherMiddleware as DispatcherMiddleware
from stage06_contexts import Headers as Headers
from stage06_contexts import HTTPError as HTTPError
from stage06_contexts import HTTPException as HTTPException
from stage06_contexts import HTTPRequest as HTTPRequest
from stage06_contexts import HTTPResponse as HTTPResponse
from stage06_contexts import HTTPServer as HTTPServer
from stage06_contexts import Local as Local
from stage06_contexts import LocalProxy as LocalProxy
from stage06_contexts import LocalStack as LocalStack
from stage06_contexts import Map as Map
from stage06_contexts import MapAdapter as MapAdapter
from stage06_contexts import MethodNotAllowed as MethodNotAllowed
from stage06_contexts import MethodView as MethodView
from stage06_contexts import MultiDict as MultiDict
from stage06_contexts import NotFound as NotFound
from stage06_contexts import Request as Request
from stage06_contexts import RequestRedirect as RequestRedirect
from stage06_contexts import Response as Response
from stage06_contexts import Rule as Rule
from stage06_contexts import View as View
from stage06_contexts import WSGIServer as WSGIServer
from stage06_contexts import abort as abort
from stage06_contexts import after_this_request as after_this_request
from stage06_contexts import copy_current_request_context as copy_current_request_context
from stage06_contexts import current_app as current_app
from stage06_contexts import g as g
from stage06_contexts import has_app_context as has_app_context
from stage06_contexts import has_request_context as has_request_context
from stage06_contexts import jsonify as jsonify
from stage06_contexts import make_response as make_response
from stage06_contexts import make_server as make_server
from stage06_contexts import parse_request as parse_request
from stage06_contexts import redirect as redirect
from stage06_contexts import release_local as release_local
from stage06_contexts import request as request
from stage06_contexts import run_simple as run_simple
from stage06_contexts import url_for as url_for

from . import json as json
from . import sessions as sessions
from . import views as views
from .app import Flask as Flask
from .ctx import RequestContext as RequestContext
from .globals import session as session
from .helpers import flash as flash
from .helpers import get_flashed_messages as get_flashed_messages
from .json.tag import JSONTag as JSONTag
from .json.tag import TaggedJSONSerializer as TaggedJSONSerializer
from .sessions import NullSession as NullSession
from .sessions import SecureCookieSession as SecureCookieSession
from .sessions import SecureCookieSessionInterface as SecureCookieSessionInterface
from .sessions import SessionInterface as SessionInterface
from .sessions import SessionMixin as SessionMixin
from .testing import FlaskClient as FlaskClient
