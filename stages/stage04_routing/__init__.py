"""Stage 4: routing. URL rules, converters, matching, building, and HTTP errors.

Mirrors werkzeug/routing/ and werkzeug/exceptions.py (Werkzeug 3.1.9).
"""

from .adapter import MapAdapter as MapAdapter
from .converters import DEFAULT_CONVERTERS as DEFAULT_CONVERTERS
from .converters import AnyConverter as AnyConverter
from .converters import BaseConverter as BaseConverter
from .converters import FloatConverter as FloatConverter
from .converters import IntegerConverter as IntegerConverter
from .converters import NumberConverter as NumberConverter
from .converters import PathConverter as PathConverter
from .converters import UnicodeConverter as UnicodeConverter
from .converters import UUIDConverter as UUIDConverter
from .converters import ValidationError as ValidationError
from .exceptions import Aborter as Aborter
from .exceptions import BadRequest as BadRequest
from .exceptions import BadRequestKeyError as BadRequestKeyError
from .exceptions import Forbidden as Forbidden
from .exceptions import InternalServerError as InternalServerError
from .exceptions import MethodNotAllowed as MethodNotAllowed
from .exceptions import NotFound as NotFound
from .exceptions import RequestEntityTooLarge as RequestEntityTooLarge
from .exceptions import RequestHeaderFieldsTooLarge as RequestHeaderFieldsTooLarge
from .exceptions import RequestURITooLarge as RequestURITooLarge
from .exceptions import Unauthorized as Unauthorized
from .exceptions import UnsupportedMediaType as UnsupportedMediaType
from .exceptions import abort as abort
from .exceptions import default_exceptions as default_exceptions
from .factories import EndpointPrefix as EndpointPrefix
from .factories import RuleTemplate as RuleTemplate
from .factories import Subdomain as Subdomain
from .factories import Submount as Submount
from .http_exception import HTTPException as HTTPException
from .map import Map as Map
from .matcher import OrderedMatcher as OrderedMatcher
from .routing_errors import BuildError as BuildError
from .routing_errors import RequestRedirect as RequestRedirect
from .routing_errors import RoutingException as RoutingException
from .routing_errors import WebsocketMismatch as WebsocketMismatch
from .rules import Rule as Rule
from .rules import RuleFactory as RuleFactory
from .state_machine import StateMachineMatcher as StateMachineMatcher
