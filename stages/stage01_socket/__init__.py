"""Stage 1: an HTTP/1.1 server on a raw socket.

Read beside ``http.server`` and ``socketserver`` (Python 3.11).
"""

from .errors import HTTPError as HTTPError
from .request import HTTPRequest as HTTPRequest
from .request import parse_request as parse_request
from .response import HTTPResponse as HTTPResponse
from .server import HTTPServer as HTTPServer
