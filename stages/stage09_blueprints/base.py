"""The stage this one builds on, named in exactly one place.

Every other module of stage 9 takes the lower stage's classes and functions from
here, so moving stage 9 onto a newer stage is a change to this file alone. The
public names come from the newest stage below; a few internals come from the stage
that built them (the context variables and views of stage 6).
"""

from stage06_contexts.ctx import _sentinel as _sentinel
from stage06_contexts.globals import _cv_app as _cv_app
from stage06_contexts.globals import _cv_request as _cv_request
from stage06_contexts.globals import app_ctx as app_ctx
from stage06_contexts.globals import request_ctx as request_ctx
from stage06_contexts.views import HTTP_METHOD_FUNCS as HTTP_METHOD_FUNCS
from stage06_contexts.views import MethodView as MethodView
from stage06_contexts.views import View as View
from stage07_sessions import AppContext as AppContext
from stage07_sessions import BaseConverter as BaseConverter
from stage07_sessions import Config as Config
from stage07_sessions import DispatcherMiddleware as DispatcherMiddleware
from stage07_sessions import Flask as Flask
from stage07_sessions import FlaskClient as FlaskClient
from stage07_sessions import Headers as Headers
from stage07_sessions import HTTPError as HTTPError
from stage07_sessions import HTTPException as HTTPException
from stage07_sessions import HTTPRequest as HTTPRequest
from stage07_sessions import HTTPResponse as HTTPResponse
from stage07_sessions import HTTPServer as HTTPServer
from stage07_sessions import Local as Local
from stage07_sessions import LocalProxy as LocalProxy
from stage07_sessions import LocalStack as LocalStack
from stage07_sessions import Map as Map
from stage07_sessions import MapAdapter as MapAdapter
from stage07_sessions import MethodNotAllowed as MethodNotAllowed
from stage07_sessions import MultiDict as MultiDict
from stage07_sessions import NotFound as NotFound
from stage07_sessions import Request as Request
from stage07_sessions import RequestContext as RequestContext
from stage07_sessions import RequestRedirect as RequestRedirect
from stage07_sessions import Response as Response
from stage07_sessions import Rule as Rule
from stage07_sessions import WSGIServer as WSGIServer
from stage07_sessions import abort as abort
from stage07_sessions import after_this_request as after_this_request
from stage07_sessions import copy_current_request_context as copy_current_request_context
from stage07_sessions import current_app as current_app
from stage07_sessions import flash as flash
from stage07_sessions import g as g
from stage07_sessions import get_flashed_messages as get_flashed_messages
from stage07_sessions import has_app_context as has_app_context
from stage07_sessions import has_request_context as has_request_context
from stage07_sessions import jsonify as jsonify
from stage07_sessions import make_response as make_response
from stage07_sessions import make_server as make_server
from stage07_sessions import parse_request as parse_request
from stage07_sessions import redirect as redirect
from stage07_sessions import release_local as release_local
from stage07_sessions import request as request
from stage07_sessions import run_simple as run_simple
from stage07_sessions import session as session
from stage07_sessions import url_for as url_for
from stage07_sessions.json.tag import JSONTag as JSONTag
from stage07_sessions.json.tag import PassDict as PassDict
from stage07_sessions.json.tag import PassList as PassList
from stage07_sessions.json.tag import TagBytes as TagBytes
from stage07_sessions.json.tag import TagDateTime as TagDateTime
from stage07_sessions.json.tag import TagDict as TagDict
from stage07_sessions.json.tag import TaggedJSONSerializer as TaggedJSONSerializer
from stage07_sessions.json.tag import TagMarkup as TagMarkup
from stage07_sessions.json.tag import TagTuple as TagTuple
from stage07_sessions.json.tag import TagUUID as TagUUID
from stage07_sessions.sessions import NullSession as NullSession
from stage07_sessions.sessions import SecureCookieSession as SecureCookieSession
from stage07_sessions.sessions import SecureCookieSessionInterface as SecureCookieSessionInterface
from stage07_sessions.sessions import SessionInterface as SessionInterface
from stage07_sessions.sessions import SessionMixin as SessionMixin
from stage07_sessions.sessions import session_json_serializer as session_json_serializer
