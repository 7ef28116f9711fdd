"""From what a view returns to a response object.

Mirrors ``Flask.make_response`` (flask/app.py, Flask 3.1.3) and ``werkzeug.utils.redirect``
(Werkzeug 3.1.9). A view may return a string, bytes, a dict or list (JSON), a response,
any WSGI callable, a generator (streamed), or one of those in a tuple with a status,
headers, or both. This module is the table that turns each form into a response.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from stage03_request_response import Headers
from stage03_request_response import Response as BaseResponse

if TYPE_CHECKING:
    from .app import Flask
    from .wrappers import Response

VALID_FORMS = (
    "The return type must be a string, dict, list, tuple with headers or status,"
    " Response instance, or WSGI callable"
)


# --8<-- [start:make_response]
def split_tuple(rv: tuple[Any, ...]) -> tuple[Any, Any, Any]:
    """``(body, status, headers)``, ``(body, status)`` or ``(body, headers)`` -> three parts."""
    if len(rv) == 3:
        return rv[0], rv[1], rv[2]
    if len(rv) == 2:
        # A dict, list, tuple or Headers in second place is headers; anything else, a status.
        if isinstance(rv[1], Headers | dict | tuple | list):
            return rv[0], None, rv[1]
        return rv[0], rv[1], None
    raise TypeError(
        "The view function did not return a valid response tuple. The tuple must have"
        " the form (body, status, headers), (body, status), or (body, headers)."
    )


def make_response_from_view(app: Flask, rv: Any) -> Response:
    """``"hi"`` -> 200 text/html; ``({"ok": True}, 201)`` -> 201 JSON; ``None`` -> TypeError."""
    body, status, headers = split_tuple(rv) if isinstance(rv, tuple) else (rv, None, None)
    if body is None:
        raise TypeError(
            f"The view function for {app.current_request.endpoint!r} did not return a valid"
            " response. The function either returned None or ended without a return"
            " statement. Return a string, a dict, a response or a tuple instead."
        )
    becomes_body = isinstance(body, str | bytes | bytearray | Iterator)
    if becomes_body:
        # A new response takes status and headers itself, so its class applies its rules.
        return app.response_class(body, status=status, headers=headers)
    response = response_from_object(app, body)
    if status is not None:
        set_status(response, status)
    if headers:
        response.headers.update(headers)  # replaces same-named headers (Flask 2.0+)
    return response


def response_from_object(app: Flask, body: Any) -> Response:
    """A response object as it is; JSON for a dict or list; a WSGI callable, run."""
    if isinstance(body, app.response_class):
        return body
    if isinstance(body, dict | list):
        return app.json.response(body)
    if isinstance(body, BaseResponse) or callable(body):
        return coerce_wsgi_app(app, body)
    raise TypeError(
        f"The view function did not return a valid response. {VALID_FORMS},"
        f" but it was a {type(body).__name__}."
    )


def set_status(response: Response, status: Any) -> None:
    """An ``int`` sets the code (``201``); text sets the whole line (``"418 I'm a teapot"``)."""
    if isinstance(status, bytes | bytearray):
        status = status.decode("latin-1")
    if isinstance(status, str):
        response.status = status
    else:
        response.status_code = status


def coerce_wsgi_app(app: Flask, rv: Any) -> Response:
    """Run a WSGI callable (or convert another response class) into ``app.response_class``."""
    try:
        return app.response_class.force_type(rv, app.current_request.environ)
    except TypeError as exc:
        raise TypeError(
            f"{exc}\nThe view function did not return a valid response. {VALID_FORMS},"
            f" but it was a {type(rv).__name__}."
        ).with_traceback(exc.__traceback__) from None


# --8<-- [end:make_response]
