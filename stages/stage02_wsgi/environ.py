"""Build the PEP 3333 ``environ`` dict from stage 1's parsed request.

Mirrors ``WSGIRequestHandler.make_environ`` in werkzeug/serving.py (Werkzeug 3.1.9)
and ``wsgiref.simple_server.WSGIRequestHandler.get_environ`` (Python 3.11).
"""

from __future__ import annotations

import io
import sys
from typing import Any
from urllib.parse import unquote_to_bytes

from stage01_socket import HTTPRequest

#: The value of ``SERVER_SOFTWARE``.
SERVER_SOFTWARE = "stage02_wsgi"


# --8<-- [start:build_environ]
def build_environ(
    request: HTTPRequest,
    server_address: tuple[str, int],
    client_address: tuple[str, int],
    *,
    multithread: bool = False,
    url_scheme: str = "http",
) -> dict[str, Any]:
    """The environ for one request: CGI variables, ``HTTP_*`` headers, ``wsgi.*`` keys.

    ``GET /caf%C3%A9?x=1`` -> ``PATH_INFO="/cafÃ©"``, ``QUERY_STRING="x=1"``, ...
    """
    environ: dict[str, Any] = {
        # PEP 3333 "environ Variables": the CGI set.
        "REQUEST_METHOD": request.method,
        "SCRIPT_NAME": "",
        "PATH_INFO": wsgi_path(request.path),
        "QUERY_STRING": request.query,
        "SERVER_NAME": server_address[0],
        "SERVER_PORT": str(server_address[1]),
        "SERVER_PROTOCOL": request.version,
        "SERVER_SOFTWARE": SERVER_SOFTWARE,
        "REMOTE_ADDR": client_address[0],
        # PEP 3333 wants every CGI variable a str (Werkzeug sends an int here,
        # which wsgiref.validate rejects).
        "REMOTE_PORT": str(client_address[1]),
        # Not in PEP 3333, but set by mod_wsgi/uWSGI and gunicorn, and by Werkzeug.
        "REQUEST_URI": request.target,
        "RAW_URI": request.target,
        # The wsgi.* keys.
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": url_scheme,
        "wsgi.input": io.BytesIO(request.body),  # exactly the body, never the next request
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": multithread,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    environ.update(header_variables(request.headers))
    return environ


# --8<-- [end:build_environ]


# --8<-- [start:wsgi_path]
def wsgi_path(raw_path: str) -> str:
    """Percent-decode a path into a PEP 3333 "native string": bytes read as latin-1.

    ``"/caf%C3%A9"`` -> ``"/cafÃ©"`` (the two UTF-8 bytes, one character each);
    the app's framework re-encodes as latin-1 and decodes as UTF-8 to get ``"/café"``.
    ``%2F`` becomes ``/``: once decoded, an escaped slash and a real one look alike,
    which is why frameworks that care read ``RAW_URI`` instead.
    """
    return unquote_to_bytes(raw_path).decode("latin-1")


# --8<-- [end:wsgi_path]


# --8<-- [start:header_variables]
def header_variables(headers: list[tuple[str, str]]) -> dict[str, str]:
    """``[("X-Id", "1"), ("x-id", "2")]`` -> ``{"HTTP_X_ID": "1,2"}``.

    Content-Type and Content-Length lose the ``HTTP_`` prefix (they are CGI
    variables). A header whose name has an underscore is dropped: ``X_Id`` and
    ``X-Id`` would both become ``HTTP_X_ID``, so a client could forge a header a
    proxy in front of us had set (Werkzeug and nginx drop them too).
    """
    variables: dict[str, str] = {}
    for name, value in headers:
        if "_" in name:
            continue
        key = name.upper().replace("-", "_")
        if key not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            key = f"HTTP_{key}"
        # RFC 9110 §5.3: repeated fields combine into one, comma-separated.
        variables[key] = f"{variables[key]},{value}" if key in variables else value
    return variables


# --8<-- [end:header_variables]
