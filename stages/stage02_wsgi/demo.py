"""The stage 2 demo app: stage 1's routes, rewritten as a WSGI application.

Importable as ``stage02_wsgi.demo:app``, so any WSGI server can run it:
``python -m stage02_wsgi --app stage02_wsgi.demo:app``, gunicorn, or Werkzeug.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .handler import StartResponse

TEXT = ("Content-Type", "text/plain; charset=utf-8")
ROUTES = {"/": ("GET", "HEAD"), "/echo": ("POST",)}


# --8<-- [start:app]
def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
    """``GET /`` says hello, ``POST /echo`` echoes the body, else 404 or 405."""
    path, method = environ.get("PATH_INFO", ""), environ["REQUEST_METHOD"]
    if path not in ROUTES:
        return _plain(start_response, "404 Not Found", f"no route for {path}\n".encode())
    if method not in ROUTES[path]:
        allow = ("Allow", ", ".join(ROUTES[path]))
        return _plain(start_response, "405 Method Not Allowed", b"wrong method\n", allow)
    if path == "/":
        return _plain(start_response, "200 OK", b"Hello from WSGI!\n")
    # PEP 3333: read no more than CONTENT_LENGTH from wsgi.input.
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length)
    content_type = environ.get("CONTENT_TYPE") or "application/octet-stream"
    start_response("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]


# --8<-- [end:app]


def _plain(
    start_response: StartResponse, status: str, body: bytes, *extra: tuple[str, str]
) -> list[bytes]:
    start_response(status, [TEXT, ("Content-Length", str(len(body))), *extra])
    return [body]
