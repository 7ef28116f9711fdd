"""Stage 2: a PEP 3333 WSGI server on stage 1, WSGI apps and middleware.

Read beside werkzeug/serving.py (Werkzeug 3.1.9) and ``wsgiref``.
"""

from stage01_socket import HTTPError as HTTPError
from stage01_socket import HTTPRequest as HTTPRequest
from stage01_socket import HTTPResponse as HTTPResponse
from stage01_socket import HTTPServer as HTTPServer
from stage01_socket import parse_request as parse_request

from .environ import build_environ as build_environ
from .middleware import AddHeaderMiddleware as AddHeaderMiddleware
from .middleware import DispatcherMiddleware as DispatcherMiddleware
from .server import WSGIServer as WSGIServer
from .server import make_server as make_server
from .server import run_simple as run_simple
