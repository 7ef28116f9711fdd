"""``redirect``: the one redirect page, for the router's redirects and the app's.

Mirrors ``redirect`` in werkzeug/utils.py (Werkzeug 3.1.9). ``RequestRedirect``
(a slash added, a canonical URL) and Flask's ``redirect()`` (stage 5) both answer
with this page, so the two cannot drift apart.
"""

from __future__ import annotations

from typing import TypeVar, overload

from stage03_request_response import Response as BaseResponse
from stage03_request_response.exceptions import escape

R = TypeVar("R", bound=BaseResponse)


@overload
def redirect(location: str, code: int = 302, Response: None = None) -> BaseResponse: ...
@overload
def redirect(location: str, code: int, Response: type[R]) -> R: ...  # noqa: N803


# --8<-- [start:redirect]
def redirect(
    location: str,
    code: int = 302,
    Response: type[BaseResponse] | None = None,  # noqa: N803 (Werkzeug's name)
) -> BaseResponse:
    """``redirect("/login")``: status 302, ``Location: /login``, and a link for old clients.

    ``Response`` picks the class to build (an app passes its own ``response_class``).
    """
    link = escape(location)
    body = (
        "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n"
        "<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target"
        f' URL: <a href="{link}">{link}</a>. If not, click the link.\n'
    )
    response = (Response or BaseResponse)(body, code, mimetype="text/html")
    response.headers["Location"] = location
    return response


# --8<-- [end:redirect]
