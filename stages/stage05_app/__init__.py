"""Stage 5: the app object. ``Flask`` with routes, hooks, error handlers, config, views.

Mirrors flask/app.py, flask/sansio/app.py, flask/sansio/scaffold.py, flask/config.py and
flask/views.py (Flask 3.1.3). From here on the public names are Flask's own.
"""

from stage04_routing import BaseConverter as BaseConverter
from stage04_routing import DispatcherMiddleware as DispatcherMiddleware
from stage04_routing import Headers as Headers
from stage04_routing import HTTPError as HTTPError
from stage04_routing import HTTPException as HTTPException
from stage04_routing import HTTPRequest as HTTPRequest
from stage04_routing import HTTPResponse as HTTPResponse
from stage04_routing import HTTPServer as HTTPServer
from stage04_routing import Map as Map
from stage04_routing import MapAdapter as MapAdapter
from stage04_routing import MethodNotAllowed as MethodNotAllowed
from stage04_routing import MultiDict as MultiDict
from stage04_routing import NotFound as NotFound
from stage04_routing import RequestRedirect as RequestRedirect
from stage04_routing import Rule as Rule
from stage04_routing import WSGIServer as WSGIServer
from stage04_routing import make_server as make_server
from stage04_routing import parse_request as parse_request
from stage04_routing import run_simple as run_simple

from . import debughelpers as debughelpers
from . import views as views
from .app import Flask as Flask
from .config import Config as Config
from .globals import request as request
from .helpers import abort as abort
from .helpers import jsonify as jsonify
from .helpers import make_response as make_response
from .helpers import redirect as redirect
from .json import DefaultJSONProvider as DefaultJSONProvider
from .testing import FlaskClient as FlaskClient
from .views import MethodView as MethodView
from .views import View as View
from .wrappers import Request as Request
from .wrappers import Response as Response
