"""The stage this one builds on, named in exactly one place.

Every other module of stage 9 takes the lower stage's classes and functions from
here, so moving stage 9 onto a newer stage is a change to this file alone.
"""

from stage06_contexts import AppContext as AppContext
from stage06_contexts import BaseConverter as BaseConverter
from stage06_contexts import Config as Config
from stage06_contexts import DispatcherMiddleware as DispatcherMiddleware
from stage06_contexts import Flask as Flask
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
from stage06_contexts import MultiDict as MultiDict
from stage06_contexts import NotFound as NotFound
from stage06_contexts import Request as Request
from stage06_contexts import RequestContext as RequestContext
from stage06_contexts import RequestRedirect as RequestRedirect
from stage06_contexts import Response as Response
from stage06_contexts import Rule as Rule
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
from stage06_contexts.ctx import _sentinel as _sentinel
from stage06_contexts.globals import _cv_app as _cv_app
from stage06_contexts.globals import _cv_request as _cv_request
from stage06_contexts.globals import app_ctx as app_ctx
from stage06_contexts.globals import request_ctx as request_ctx
from stage06_contexts.views import HTTP_METHOD_FUNCS as HTTP_METHOD_FUNCS
from stage06_contexts.views import MethodView as MethodView
from stage06_contexts.views import View as View
