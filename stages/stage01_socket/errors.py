"""``HTTPError``: a request the server must refuse, with the status that says why.

Mirrors the ``send_error`` calls in ``http.server.BaseHTTPRequestHandler.parse_request``
(Python 3.11): there an error is written on the spot; here it is raised, so the parser
stays a pure function of its input and the server decides how to answer.
"""

from __future__ import annotations


class HTTPError(Exception):
    """Refuse a request: ``HTTPError(414, "request line is longer than 8192 bytes")``."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status}: {detail}")
        #: The HTTP status code to answer with (400, 408, 413, 414, 431, 501, 505).
        self.status = status
        #: What was wrong with the request, for the error body and the log.
        self.detail = detail
