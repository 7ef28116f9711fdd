"""The stage 1 demo: a route table of plain functions, served by ``HTTPServer``.

``GET /`` says hello, ``POST /echo`` returns the request body, anything else is 404
(405 for a known path with the wrong method). Flask's ``@app.route`` is this table,
grown up: stage 4 replaces the dict with rules and converters.
"""

from __future__ import annotations

from collections.abc import Callable

from .request import HTTPRequest
from .response import HTTPResponse, error_response

TEXT = [("Content-Type", "text/plain; charset=utf-8")]


def index(request: HTTPRequest) -> HTTPResponse:
    return HTTPResponse(200, list(TEXT), b"Hello from a raw socket!\n")


def echo(request: HTTPRequest) -> HTTPResponse:
    content_type = request.get_header("Content-Type", "application/octet-stream")
    return HTTPResponse(200, [("Content-Type", content_type or "")], request.body)


#: (method, path) -> view. HEAD is answered by the GET view (the server drops the body).
ROUTES: dict[tuple[str, str], Callable[[HTTPRequest], HTTPResponse]] = {
    ("GET", "/"): index,
    ("POST", "/echo"): echo,
}


# --8<-- [start:app]
def app(request: HTTPRequest) -> HTTPResponse:
    """Dispatch on ``(method, path)``: the whole of routing, before stage 4."""
    method = "GET" if request.method == "HEAD" else request.method
    view = ROUTES.get((method, request.path))
    if view is not None:
        return view(request)
    allowed = sorted(m for m, path in ROUTES if path == request.path)
    if allowed:
        response = error_response(405, f"{request.path} accepts {', '.join(allowed)}")
        response.headers = [*(response.headers or []), ("Allow", ", ".join(allowed))]
        return response
    return error_response(404, f"no route for {request.path}")


# --8<-- [end:app]
