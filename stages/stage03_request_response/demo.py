"""The stage 3 demo: two views written as ``view(request) -> Response``.

``Request.application`` turns each into a WSGI app; a tiny dispatcher picks one by
path (stage 4 replaces it with real routing). Served by stage 2's server.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from .exceptions import BadRequest
from .request import Request
from .response import Response

FORM_PAGE = """<!doctype html>
<title>stage 3 demo</title>
<h1>Hello, {name}!</h1>
<form method="post"><input name="name" placeholder="your name"> <button>greet</button></form>
<p>Or <code>curl -d '{{"any": "json"}}' -H 'Content-Type: application/json' .../echo</code></p>
"""


# --8<-- [start:views]
@Request.application
def greet(request: Request) -> Response:
    """GET shows a form; POST greets the name it sent (``request.form``)."""
    name = request.form.get("name") or request.args.get("name") or "stranger"
    return Response(FORM_PAGE.format(name=escape(name)), mimetype="text/html")


@Request.application
def echo(request: Request) -> Response:
    """Decode the JSON body (415 if not JSON, 400 if broken) and send it back."""
    if request.method != "POST":
        raise BadRequest("POST a JSON body to /echo.")
    payload = request.get_json()
    return Response(json.dumps({"you_sent": payload}), mimetype="application/json")


# --8<-- [end:views]


def app(environ: dict[str, Any], start_response: Any) -> Any:
    """Dispatch on the path: ``/echo`` or the form page."""
    view = echo if environ.get("PATH_INFO") == "/echo" else greet
    return view(environ, start_response)
