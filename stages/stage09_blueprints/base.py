"""The stage this one builds on, named in exactly one place.

Every other module of stage 9 takes the lower stage's classes and functions from
here, so moving stage 9 onto a newer stage is a change to this file alone. The
public names come from the newest stage below; a few internals come from the stage
that built them (the context variables and views of stage 6, the sessions of stage 7,
the folder mixin and templating classes of stage 8).
"""

from stage06_contexts.ctx import _sentinel as _sentinel
from stage06_contexts.globals import _cv_app as _cv_app
from stage06_contexts.globals import _cv_request as _cv_request
from stage06_contexts.globals import app_ctx as app_ctx
from stage06_contexts.globals import request_ctx as request_ctx
from stage06_contexts.views import HTTP_METHOD_FUNCS as HTTP_METHOD_FUNCS
from stage06_contexts.views import MethodView as MethodView
from stage06_contexts.views import View as View
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
from stage08_templates import AppContext as AppContext
from stage08_templates import BaseConverter as BaseConverter
from stage08_templates import Config as Config
from stage08_templates import DispatcherMiddleware as DispatcherMiddleware
from stage08_templates import Flask as Flask
from stage08_templates import FlaskClient as FlaskClient
from stage08_templates import Headers as Headers
from stage08_templates import HTTPError as HTTPError
from stage08_templates import HTTPException as HTTPException
from stage08_templates import HTTPRequest as HTTPRequest
from stage08_templates import HTTPResponse as HTTPResponse
from stage08_templates import HTTPServer as HTTPServer
from stage08_templates import Local as Local
from stage08_templates import LocalProxy as LocalProxy
from stage08_templates import LocalStack as LocalStack
from stage08_templates import Map as Map
from stage08_templates import MapAdapter as MapAdapter
from stage08_templates import MethodNotAllowed as MethodNotAllowed
from stage08_templates import MultiDict as MultiDict
from stage08_templates import NotFound as NotFound
from stage08_templates import Request as Request
from stage08_templates import RequestContext as RequestContext
from stage08_templates import RequestRedirect as RequestRedirect
from stage08_templates import Response as Response
from stage08_templates import Rule as Rule
from stage08_templates import WSGIServer as WSGIServer
from stage08_templates import abort as abort
from stage08_templates import after_this_request as after_this_request
from stage08_templates import copy_current_request_context as copy_current_request_context
from stage08_templates import current_app as current_app
from stage08_templates import flash as flash
from stage08_templates import g as g
from stage08_templates import get_flashed_messages as get_flashed_messages
from stage08_templates import get_template_attribute as get_template_attribute
from stage08_templates import has_app_context as has_app_context
from stage08_templates import has_request_context as has_request_context
from stage08_templates import jsonify as jsonify
from stage08_templates import make_response as make_response
from stage08_templates import make_server as make_server
from stage08_templates import parse_request as parse_request
from stage08_templates import redirect as redirect
from stage08_templates import release_local as release_local
from stage08_templates import render_template as render_template
from stage08_templates import render_template_string as render_template_string
from stage08_templates import request as request
from stage08_templates import run_simple as run_simple
from stage08_templates import safe_join as safe_join
from stage08_templates import send_file as send_file
from stage08_templates import send_from_directory as send_from_directory
from stage08_templates import session as session
from stage08_templates import stream_template as stream_template
from stage08_templates import stream_template_string as stream_template_string
from stage08_templates import url_for as url_for
from stage08_templates.package_files import PackageFilesMixin as PackageFilesMixin
from stage08_templates.templating import DispatchingJinjaLoader as DispatchingJinjaLoader
from stage08_templates.templating import Environment as Environment
