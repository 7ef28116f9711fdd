"""Stage 8: templates and files. Jinja2 wired in; static files with 304s and ranges.

Mirrors flask/templating.py and flask/helpers.py (Flask 3.1.3), with
werkzeug/utils.py (``send_file``) and werkzeug/security.py (``safe_join``) from
Werkzeug 3.1.9 rebuilt on stage 3's ``Response``.
"""

from stage07_sessions import AppContext as AppContext
from stage07_sessions import BaseConverter as BaseConverter
from stage07_sessions import Config as Config
from stage07_sessions import DispatcherMiddleware as DispatcherMiddleware
from stage07_sessions import FlaskClient as FlaskClient
from stage07_sessions import Headers as Headers
from stage07_sessions import HTTPError as HTTPError
from stage07_sessions import HTTPException as HTTPException
from stage07_sessions import HTTPRequest as HTTPRequest
from stage07_sessions import HTTPResponse as HTTPResponse
from stage07_sessions import HTTPServer as HTTPServer
from stage07_sessions import JSONTag as JSONTag
from stage07_sessions import Local as Local
from stage07_sessions import LocalProxy as LocalProxy
from stage07_sessions import LocalStack as LocalStack
from stage07_sessions import Map as Map
from stage07_sessions import MapAdapter as MapAdapter
from stage07_sessions import MethodNotAllowed as MethodNotAllowed
from stage07_sessions import MethodView as MethodView
from stage07_sessions import MultiDict as MultiDict
from stage07_sessions import NotFound as NotFound
from stage07_sessions import NullSession as NullSession
from stage07_sessions import Request as Request
from stage07_sessions import RequestContext as RequestContext
from stage07_sessions import RequestRedirect as RequestRedirect
from stage07_sessions import Response as Response
from stage07_sessions import Rule as Rule
from stage07_sessions import SecureCookieSession as SecureCookieSession
from stage07_sessions import SecureCookieSessionInterface as SecureCookieSessionInterface
from stage07_sessions import SessionInterface as SessionInterface
from stage07_sessions import SessionMixin as SessionMixin
from stage07_sessions import TaggedJSONSerializer as TaggedJSONSerializer
from stage07_sessions import View as View
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

from . import json as json
from . import sessions as sessions
from . import templating as templating
from . import views as views
from .app import Flask as Flask
from .safe_join import safe_join as safe_join
from .sending import send_file as send_file
from .sending import send_from_directory as send_from_directory
from .streaming import stream_with_context as stream_with_context
from .templating import DispatchingJinjaLoader as DispatchingJinjaLoader
from .templating import Environment as Environment
from .templating import get_template_attribute as get_template_attribute
from .templating import render_template as render_template
from .templating import render_template_string as render_template_string
from .templating import stream_template as stream_template
from .templating import stream_template_string as stream_template_string
