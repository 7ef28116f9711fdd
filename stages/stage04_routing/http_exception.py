"""``HTTPException``: an exception that knows its status code and renders its own page.

Mirrors ``HTTPException`` in werkzeug/exceptions.py (Werkzeug 3.1.9).

``raise NotFound()`` anywhere below a view; whoever catches it can either
render it (``e.get_response()``, or call it as a WSGI app) or look at ``e.code``
and do something nicer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stage03_request_response import Response

#: Reason phrases (RFC 9110 section 15), as Werkzeug spells them.
HTTP_STATUS_CODES: dict[int, str] = {
    301: "Moved Permanently", 302: "Found", 303: "See Other", 307: "Temporary Redirect",
    308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout",
    409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed",
    413: "Request Entity Too Large", 414: "Request URI Too Long", 415: "Unsupported Media Type",
    416: "Requested Range Not Satisfiable", 417: "Expectation Failed", 418: "I'm a teapot",
    421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked",
    424: "Failed Dependency", 428: "Precondition Required", 429: "Too Many Requests",
    431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported",
}  # fmt: skip

_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"})


def escape(text: str) -> str:
    """HTML-escape like MarkupSafe: ``'<a href="x">'`` -> ``'&lt;a href=&#34;x&#34;&gt;'``."""
    return str(text).translate(_HTML_ESCAPES)


def _get_environ(obj: Any) -> dict[str, Any] | None:
    """Accept a WSGI environ or a request object that carries one."""
    return getattr(obj, "environ", obj)


# --8<-- [start:http_exception]
class HTTPException(Exception):
    """Base of every HTTP error: carries a status code, a name and a description."""

    #: The HTTP status code; ``None`` only on the base class.
    code: int | None = None
    #: Human-readable text for the error page; pass ``description=`` to override per raise.
    description: str | None = None

    def __init__(self, description: str | None = None, response: Response | None = None) -> None:
        super().__init__()
        if description is not None:
            self.description = description
        #: A ready response to send instead of the generated error page (see ``abort``).
        self.response = response

    @property
    def name(self) -> str:
        """The reason phrase: ``NotFound().name`` -> ``"Not Found"``."""
        return HTTP_STATUS_CODES.get(self.code, "Unknown Error")  # type: ignore[arg-type]

    def get_description(self, environ: Any = None, scope: Any = None) -> str:
        """The description as an HTML paragraph, escaped, newlines as ``<br>``."""
        text = escape(self.description or "").replace("\n", "<br>")
        return f"<p>{text}</p>"

    def get_body(self, environ: Any = None, scope: Any = None) -> str:
        """The whole HTML error page."""
        return (
            "<!doctype html>\n<html lang=en>\n"
            f"<title>{self.code} {escape(self.name)}</title>\n"
            f"<h1>{escape(self.name)}</h1>\n"
            f"{self.get_description(environ)}\n"
        )

    def get_headers(self, environ: Any = None, scope: Any = None) -> list[tuple[str, str]]:
        """Headers of the error page; subclasses add ``Allow``, ``WWW-Authenticate``..."""
        return [("Content-Type", "text/html; charset=utf-8")]

    def get_response(self, environ: Any = None, scope: Any = None) -> Response:
        """A stage-3 ``Response`` carrying the error page (or the wrapped ``response``)."""
        from stage03_request_response import Response

        if self.response is not None:
            return self.response
        if environ is not None:
            environ = _get_environ(environ)
        headers = self.get_headers(environ, scope)
        return Response(self.get_body(environ, scope), self.code, headers)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        """Serve the error page as a WSGI application (PEP 3333)."""
        response = self.get_response(environ)
        return response(environ, start_response)

    def __str__(self) -> str:
        code = self.code if self.code is not None else "???"
        return f"{code} {self.name}: {self.description}"

    def __repr__(self) -> str:
        code = self.code if self.code is not None else "???"
        return f"<{type(self).__name__} '{code}: {self.name}'>"


# --8<-- [end:http_exception]
