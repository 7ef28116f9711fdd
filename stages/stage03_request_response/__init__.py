"""Stage 3: request and response objects over the WSGI environ.

Read beside werkzeug/wrappers/ and werkzeug/sansio/ (Werkzeug 3.1.9).
"""

from stage02_wsgi import DispatcherMiddleware as DispatcherMiddleware
from stage02_wsgi import HTTPError as HTTPError
from stage02_wsgi import HTTPRequest as HTTPRequest
from stage02_wsgi import HTTPResponse as HTTPResponse
from stage02_wsgi import HTTPServer as HTTPServer
from stage02_wsgi import WSGIServer as WSGIServer
from stage02_wsgi import make_server as make_server
from stage02_wsgi import parse_request as parse_request
from stage02_wsgi import run_simple as run_simple

from .datastructures import Headers as Headers
from .datastructures import MultiDict as MultiDict
from .exceptions import BadRequest as BadRequest
from .exceptions import BadRequestKeyError as BadRequestKeyError
from .exceptions import HTTPException as HTTPException
from .exceptions import RequestEntityTooLarge as RequestEntityTooLarge
from .exceptions import UnsupportedMediaType as UnsupportedMediaType
from .file_storage import FileStorage as FileStorage
from .http import dump_cookie as dump_cookie
from .http import parse_cookie as parse_cookie
from .request import Request as Request
from .response import Response as Response
from .utils import cached_property as cached_property
