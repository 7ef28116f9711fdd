"""The HTTP errors a request object itself can raise: 400, 413 and 415.

Mirrors the matching classes of werkzeug/exceptions.py (Werkzeug 3.1.9). Werkzeug's
wrappers raise these; we need them here, one stage before routing, because a bad
JSON body or an oversized upload is detected while reading the request. Stage 4
builds the rest of the family on this ``HTTPException``.

Imports read top-down: ``headers`` -> ``response`` -> this module -> ``multidict``.
An error page is a ``Response``, so this module sits above ``response.py``; the
containers that raise ``BadRequestKeyError`` sit above this one.
"""

from __future__ import annotations

from typing import Any

from .http import HTTP_STATUS_CODES
from .response import Response

#: HTML escapes as MarkupSafe writes them (Werkzeug's pages use MarkupSafe).
HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"})


def escape(text: str) -> str:
    """``'<a href="x">'`` -> ``'&lt;a href=&#34;x&#34;&gt;'``."""
    return str(text).translate(HTML_ESCAPES)


# --8<-- [start:http_exception]
class HTTPException(Exception):
    """An error that *is* a response: it knows its status code and can render its page."""

    #: The HTTP status code; subclasses set it.
    code: int | None = None
    #: The explanation shown on the error page.
    description: str | None = None

    def __init__(self, description: str | None = None, response: Response | None = None) -> None:
        super().__init__()
        if description is not None:
            self.description = description
        #: A ready response to send instead of the generated page (used by ``abort``).
        self.response = response

    @property
    def name(self) -> str:
        """The reason phrase: ``404`` -> ``"Not Found"``."""
        return HTTP_STATUS_CODES.get(self.code or 0, "Unknown Error")

    def get_description(self, environ: dict[str, Any] | None = None, scope: Any = None) -> str:
        description = escape(self.description or "").replace("\n", "<br>")
        return f"<p>{description}</p>"

    def get_body(self, environ: dict[str, Any] | None = None, scope: Any = None) -> str:
        return (
            "<!doctype html>\n<html lang=en>\n"
            f"<title>{self.code} {escape(self.name)}</title>\n"
            f"<h1>{escape(self.name)}</h1>\n"
            f"{self.get_description(environ)}\n"
        )

    def get_headers(
        self, environ: dict[str, Any] | None = None, scope: Any = None
    ) -> list[tuple[str, str]]:
        return [("Content-Type", "text/html; charset=utf-8")]

    def get_response(self, environ: dict[str, Any] | None = None, scope: Any = None) -> Response:
        """The error page as a ``Response`` (or the response given to the constructor).

        ``environ`` may also be a ``Request``, as Werkzeug allows.
        """
        environ = getattr(environ, "environ", environ)
        if self.response is not None:
            return self.response
        return Response(self.get_body(environ), self.code or 500, self.get_headers(environ))

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        """An exception is a WSGI app too: ``return NotFound()(environ, start_response)``."""
        return self.get_response(environ)(environ, start_response)

    def __str__(self) -> str:
        return f"{self.code or '???'} {self.name}: {self.description}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} '{self.code or '???'}: {self.name}'>"


# --8<-- [end:http_exception]


class BadRequest(HTTPException):
    code = 400
    description = "The browser (or proxy) sent a request that this server could not understand."


class BadRequestKeyError(BadRequest, KeyError):
    """A missing form or query key: a ``KeyError`` for Python, a 400 for the client."""

    #: Name the missing key on the error page; Flask turns this on in debug mode only,
    #: because the page is shown to whoever sent the request.
    show_exception = False

    def __init__(self, key: object = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.args = () if key is None else (key,)

    @property  # type: ignore[override]
    def description(self) -> str:
        text = self._description
        if self.show_exception:
            return f"{text}\nKeyError: {KeyError.__str__(self)}"
        return text

    @description.setter
    def description(self, value: str) -> None:
        self._description = value

    _description: str = BadRequest.description or ""


class RequestEntityTooLarge(HTTPException):
    code = 413
    description = "The data value transmitted exceeds the capacity limit."


class UnsupportedMediaType(HTTPException):
    code = 415
    description = "The server does not support the media type transmitted in the request."
