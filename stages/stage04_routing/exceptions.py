"""The HTTP error catalogue, one class per status code (``abort`` raises them: aborter.py).

Mirrors werkzeug/exceptions.py (Werkzeug 3.1.9). Stage 3 already built the base
class, ``HTTPException``, and the three errors a request raises while reading its
body (400, 413, 415); we reuse those very classes, so ``except HTTPException`` here
also catches what stage 3's ``Request`` raises. The descriptions we add are our own
words; class names, codes, extra headers and constructor signatures follow
Werkzeug, because Flask code (``abort(404)``, ``errorhandler(NotFound)``) relies on them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any

from stage03_request_response import BadRequest as BadRequest
from stage03_request_response import BadRequestKeyError as BadRequestKeyError
from stage03_request_response import HTTPException as HTTPException
from stage03_request_response import RequestEntityTooLarge as RequestEntityTooLarge
from stage03_request_response import UnsupportedMediaType as UnsupportedMediaType
from stage03_request_response.exceptions import escape as escape

if TYPE_CHECKING:
    from stage03_request_response import Response


class SecurityError(BadRequest):
    """A request that tried something unsafe; answered like any bad request."""


class BadHost(BadRequest):
    """A malformed ``Host`` header or server name."""


class Unauthorized(HTTPException):
    code = 401
    description = "You need valid credentials to see this URL, and none were accepted."

    def __init__(
        self,
        description: str | None = None,
        response: Response | None = None,
        www_authenticate: Any = None,
    ) -> None:
        super().__init__(description, response)
        if www_authenticate is not None and isinstance(www_authenticate, str | bytes):
            www_authenticate = (www_authenticate,)
        elif www_authenticate is not None and not isinstance(www_authenticate, Iterable):
            www_authenticate = (www_authenticate,)
        #: Challenges for ``WWW-Authenticate`` headers (RFC 9110 section 11.6.1).
        self.www_authenticate = www_authenticate

    def get_headers(self, environ: Any = None, scope: Any = None) -> list[tuple[str, str]]:
        headers = super().get_headers(environ, scope)
        if self.www_authenticate:
            headers.extend(("WWW-Authenticate", str(value)) for value in self.www_authenticate)
        return headers


class Forbidden(HTTPException):
    code = 403
    description = "You are not allowed to access this URL."


class NotFound(HTTPException):
    code = 404
    description = "Nothing lives at this URL. If you typed it, check the spelling."


# --8<-- [start:method_not_allowed]
class MethodNotAllowed(HTTPException):
    """The URL exists, but not for this method; the response lists the ones that work."""

    code = 405
    description = "This URL does not accept the method of the request."

    def __init__(
        self,
        valid_methods: Iterable[str] | None = None,
        description: str | None = None,
        response: Response | None = None,
    ) -> None:
        super().__init__(description=description, response=response)
        self.valid_methods = valid_methods

    def get_headers(self, environ: Any = None, scope: Any = None) -> list[tuple[str, str]]:
        headers = super().get_headers(environ, scope)
        if self.valid_methods:  # RFC 9110 section 15.5.6: a 405 MUST send Allow
            headers.append(("Allow", ", ".join(self.valid_methods)))
        return headers


# --8<-- [end:method_not_allowed]


class NotAcceptable(HTTPException):
    code = 406
    description = "No representation of this resource matches the Accept headers of the request."


class RequestTimeout(HTTPException):
    code = 408
    description = "The browser took too long to send the request, so the server gave up."


class Conflict(HTTPException):
    code = 409
    description = "The request conflicts with the current state of the resource."


class Gone(HTTPException):
    code = 410
    description = "This URL existed once but is gone for good, with no new address."


class LengthRequired(HTTPException):
    code = 411
    description = "This request needs a valid <code>Content-Length</code> header."


class PreconditionFailed(HTTPException):
    code = 412
    description = "A precondition header of the request (If-Match, ...) did not hold."


class RequestURITooLarge(HTTPException):
    code = 414
    description = "The URL is longer than this server accepts."


class RequestedRangeNotSatisfiable(HTTPException):
    code = 416
    description = "The requested byte range lies outside the resource."

    def __init__(
        self,
        length: int | None = None,
        units: str = "bytes",
        description: str | None = None,
        response: Response | None = None,
    ) -> None:
        super().__init__(description=description, response=response)
        self.length = length
        self.units = units

    def get_headers(self, environ: Any = None, scope: Any = None) -> list[tuple[str, str]]:
        headers = super().get_headers(environ, scope)
        if self.length is not None:  # RFC 9110 section 14.4
            headers.append(("Content-Range", f"{self.units} */{self.length}"))
        return headers


class ExpectationFailed(HTTPException):
    code = 417
    description = "The server cannot meet the Expect header of the request."


class ImATeapot(HTTPException):
    code = 418
    description = "This server is a teapot; it does not brew coffee."


class MisdirectedRequest(HTTPException):
    code = 421
    description = "This server cannot answer for the requested host."


class UnprocessableEntity(HTTPException):
    code = 422
    description = "The request is well-formed but its content cannot be processed."


class Locked(HTTPException):
    code = 423
    description = "The resource is locked."


class FailedDependency(HTTPException):
    code = 424
    description = "The request depended on another action that failed."


class PreconditionRequired(HTTPException):
    code = 428
    description = (
        "This request must be conditional: send an If-Match or If-Unmodified-Since header."
    )


class _RetryAfter(HTTPException):
    """Adds an optional ``Retry-After`` header: seconds or a datetime (RFC 9110 10.2.3)."""

    def __init__(
        self,
        description: str | None = None,
        response: Response | None = None,
        retry_after: datetime | int | None = None,
    ) -> None:
        super().__init__(description, response)
        self.retry_after = retry_after

    def get_headers(self, environ: Any = None, scope: Any = None) -> list[tuple[str, str]]:
        headers = super().get_headers(environ, scope)
        if self.retry_after:
            if isinstance(self.retry_after, datetime):
                when = self.retry_after
                when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
                headers.append(("Retry-After", format_datetime(when, usegmt=True)))
            else:
                headers.append(("Retry-After", str(self.retry_after)))
        return headers


class TooManyRequests(_RetryAfter):
    code = 429
    description = "Too many requests from this client; try again later."


class RequestHeaderFieldsTooLarge(HTTPException):
    code = 431
    description = "The header fields of the request are larger than this server accepts."


class UnavailableForLegalReasons(HTTPException):
    code = 451
    description = "This resource is withheld for legal reasons."


class InternalServerError(HTTPException):
    code = 500
    description = "The server hit an internal error and could not finish the request."

    def __init__(
        self,
        description: str | None = None,
        response: Response | None = None,
        original_exception: BaseException | None = None,
    ) -> None:
        #: The unhandled exception behind this 500, for error handlers and logs.
        self.original_exception = original_exception
        super().__init__(description=description, response=response)


class NotImplemented(HTTPException):  # noqa: A001 - Werkzeug's name
    code = 501
    description = "The server does not support the requested action."


class BadGateway(HTTPException):
    code = 502
    description = "An upstream server sent this proxy an invalid response."


class ServiceUnavailable(_RetryAfter):
    code = 503
    description = "The server cannot handle the request right now; try again later."


class GatewayTimeout(HTTPException):
    code = 504
    description = "An upstream server did not answer in time."


class HTTPVersionNotSupported(HTTPException):
    code = 505
    description = "The server does not support the HTTP version of the request."


# --8<-- [start:default_exceptions]
def _collect(*classes: type[HTTPException]) -> dict[int, type[HTTPException]]:
    """Code -> the most general class with that code (BadRequest, not BadHost)."""
    mapping: dict[int, type[HTTPException]] = {}
    for cls in classes:
        if cls.code is not None and cls.code not in mapping:
            mapping[cls.code] = cls
    return mapping


#: Status code -> exception class, used by ``abort`` and by Flask's error handlers.
default_exceptions: dict[int, type[HTTPException]] = _collect(
    BadRequest, Unauthorized, Forbidden, NotFound, MethodNotAllowed, NotAcceptable,
    RequestTimeout, Conflict, Gone, LengthRequired, PreconditionFailed, RequestEntityTooLarge,
    RequestURITooLarge, UnsupportedMediaType, RequestedRangeNotSatisfiable, ExpectationFailed,
    ImATeapot, MisdirectedRequest, UnprocessableEntity, Locked, FailedDependency,
    PreconditionRequired, TooManyRequests, RequestHeaderFieldsTooLarge,
    UnavailableForLegalReasons, InternalServerError, NotImplemented, BadGateway,
    ServiceUnavailable, GatewayTimeout, HTTPVersionNotSupported,
)  # fmt: skip


# --8<-- [end:default_exceptions]
