"""Stage 8: templates and files. Jinja2 wired in; static files with 304s and ranges.

Mirrors flask/templating.py and flask/helpers.py (Flask 3.1.3), with
werkzeug/utils.py (``send_file``) and werkzeug/security.py (``safe_join``) from
Werkzeug 3.1.9 rebuilt on stage 3's ``Response``.
"""

from stage06_contexts import AppContext as AppContext
from stage06_contexts import BaseConverter as BaseConverter
from stage06_contexts import Config as Config
from stage06_contexts import DispatcherMiddleware as DispatcherMiddleware
from stage06_contexts import FlaskClient as FlaskClient
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
from stage06_contexts import RequestContext as RequestContext
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
from stage06_contexts import views as views

from . import templating as templating
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
