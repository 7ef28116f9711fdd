"""Stage 6: context locals. ``request``, ``g`` and ``current_app`` safe in every thread and task.

Mirrors werkzeug/local.py (Werkzeug 3.1.9), flask/ctx.py and flask/globals.py (Flask
3.1.3). ``ident_local`` keeps the thread-ident generation the origin articles show.
"""

from stage05_app import BaseConverter as BaseConverter
from stage05_app import Config as Config
from stage05_app import DispatcherMiddleware as DispatcherMiddleware
from stage05_app import Headers as Headers
from stage05_app import HTTPError as HTTPError
from stage05_app import HTTPException as HTTPException
from stage05_app import HTTPRequest as HTTPRequest
from stage05_app import HTTPResponse as HTTPResponse
from stage05_app import HTTPServer as HTTPServer
from stage05_app import Map as Map
from stage05_app import MapAdapter as MapAdapter
from stage05_app import MethodNotAllowed as MethodNotAllowed
from stage05_app import MultiDict as MultiDict
from stage05_app import NotFound as NotFound
from stage05_app import RequestRedirect as RequestRedirect
from stage05_app import Rule as Rule
from stage05_app import WSGIServer as WSGIServer
from stage05_app import make_server as make_server
from stage05_app import parse_request as parse_request
from stage05_app import run_simple as run_simple

from . import views as views
from . import wrappers as wrappers
from .app import Flask as Flask
from .ctx import AppContext as AppContext
from .ctx import RequestContext as RequestContext
from .ctx import after_this_request as after_this_request
from .ctx import copy_current_request_context as copy_current_request_context
from .ctx import has_app_context as has_app_context
from .ctx import has_request_context as has_request_context
from .globals import current_app as current_app
from .globals import g as g
from .globals import request as request
from .helpers import abort as abort
from .helpers import jsonify as jsonify
from .helpers import make_response as make_response
from .helpers import redirect as redirect
from .helpers import url_for as url_for
from .local import Local as Local
from .local import LocalProxy as LocalProxy
from .local import LocalStack as LocalStack
from .local import release_local as release_local
from .testing import FlaskClient as FlaskClient
from .views import MethodView as MethodView
from .views import View as View
from .wrappers import Request as Request
from .wrappers import Response as Response
