"""Stage 9: blueprints, signals, the command line: the rest of Flask's public API.

Mirrors flask/__init__.py (Flask 3.1.3): every name ``flask`` exports is exported
here, and the submodules mirror ``flask``'s (``stage09_blueprints.json.provider``,
``stage09_blueprints.cli`` ...), so an app written against ``flask`` runs unchanged
when ``flask`` is replaced by this package.
"""

from . import base as _base
from . import cli as cli
from . import config as config
from . import ctx as ctx
from . import globals as globals  # noqa: A004 - flask.globals
from . import helpers as helpers
from . import json as json
from . import logging as logging
from . import sessions as sessions
from . import signals as signals
from . import templating as templating
from . import views as views
from . import wrappers as wrappers
from .app import Flask as Flask
from .base import BaseConverter as BaseConverter
from .base import DispatcherMiddleware as DispatcherMiddleware
from .base import Headers as Headers
from .base import HTTPError as HTTPError
from .base import HTTPException as HTTPException
from .base import HTTPRequest as HTTPRequest
from .base import HTTPResponse as HTTPResponse
from .base import HTTPServer as HTTPServer
from .base import Local as Local
from .base import LocalProxy as LocalProxy
from .base import LocalStack as LocalStack
from .base import Map as Map
from .base import MapAdapter as MapAdapter
from .base import MethodNotAllowed as MethodNotAllowed
from .base import MethodView as MethodView
from .base import MultiDict as MultiDict
from .base import NotFound as NotFound
from .base import RequestRedirect as RequestRedirect
from .base import Rule as Rule
from .base import View as View
from .base import WSGIServer as WSGIServer
from .base import make_server as make_server
from .base import parse_request as parse_request
from .base import release_local as release_local
from .base import run_simple as run_simple
from .blueprints import Blueprint as Blueprint
from .config import Config as Config
from .ctx import AppContext as AppContext
from .ctx import RequestContext as RequestContext
from .ctx import after_this_request as after_this_request
from .ctx import copy_current_request_context as copy_current_request_context
from .ctx import has_app_context as has_app_context
from .ctx import has_request_context as has_request_context
from .globals import current_app as current_app
from .globals import g as g
from .globals import request as request
from .globals import session as session
from .helpers import abort as abort
from .helpers import flash as flash
from .helpers import get_debug_flag as get_debug_flag
from .helpers import get_flashed_messages as get_flashed_messages
from .helpers import get_template_attribute as get_template_attribute
from .helpers import make_response as make_response
from .helpers import redirect as redirect
from .helpers import send_file as send_file
from .helpers import send_from_directory as send_from_directory
from .helpers import stream_with_context as stream_with_context
from .helpers import url_for as url_for
from .json import jsonify as jsonify
from .sessions import NullSession as NullSession
from .sessions import SecureCookieSession as SecureCookieSession
from .sessions import SecureCookieSessionInterface as SecureCookieSessionInterface
from .sessions import SessionInterface as SessionInterface
from .setup_state import BlueprintSetupState as BlueprintSetupState
from .signals import appcontext_popped as appcontext_popped
from .signals import appcontext_pushed as appcontext_pushed
from .signals import appcontext_tearing_down as appcontext_tearing_down
from .signals import before_render_template as before_render_template
from .signals import got_request_exception as got_request_exception
from .signals import message_flashed as message_flashed
from .signals import request_finished as request_finished
from .signals import request_started as request_started
from .signals import request_tearing_down as request_tearing_down
from .signals import template_rendered as template_rendered
from .templating import render_template as render_template
from .templating import render_template_string as render_template_string
from .templating import stream_template as stream_template
from .templating import stream_template_string as stream_template_string
from .testing import FlaskClient as FlaskClient
from .testing import FlaskCliRunner as FlaskCliRunner
from .wrappers import Request as Request
from .wrappers import Response as Response

del _base
