"""Middleware: a WSGI app that wraps another, and ``DispatcherMiddleware``.

Mirrors werkzeug/middleware/dispatcher.py (Werkzeug 3.1.9). Middleware is the
reason WSGI composes: the server cannot tell a wrapper from an application.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .handler import StartResponse, WSGIApp


# --8<-- [start:add_header]
class AddHeaderMiddleware:
    """Add one response header to everything ``app`` sends.

    ``app.wsgi_app = AddHeaderMiddleware(app.wsgi_app, "X-Served-By", "stage02")``
    wraps a Flask app's inner WSGI callable and keeps ``app`` itself in place,
    so its routes, config and test client still work.
    """

    def __init__(self, app: WSGIApp, name: str, value: str) -> None:
        self.app = app
        self.name = name
        self.value = value

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        def start_with_header(status: str, headers: list[tuple[str, str]], exc_info=None):  # type: ignore[no-untyped-def]
            return start_response(status, [*headers, (self.name, self.value)], exc_info)

        return self.app(environ, start_with_header)


# --8<-- [end:add_header]


# --8<-- [start:dispatcher]
class DispatcherMiddleware:
    """Mount WSGI apps under path prefixes: ``DispatcherMiddleware(main, {"/api": api})``.

    A request for ``/api/users`` reaches ``api`` with ``SCRIPT_NAME="/api"`` and
    ``PATH_INFO="/users"``: the prefix moves from the path to the script name, so
    the mounted app routes as if it were at the root and still builds full URLs.
    """

    def __init__(self, app: WSGIApp, mounts: Mapping[str, WSGIApp] | None = None) -> None:
        self.app = app
        self.mounts = dict(mounts or {})

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        prefix = path
        # Try the whole path, then drop one segment at a time: "/a/b" -> "/a" -> "".
        # The longest mounted prefix wins, and "/apix" never matches a mount at "/api".
        while prefix:
            if prefix in self.mounts:
                environ["SCRIPT_NAME"] = environ.get("SCRIPT_NAME", "") + prefix
                environ["PATH_INFO"] = path[len(prefix) :]
                return self.mounts[prefix](environ, start_response)
            prefix = prefix.rpartition("/")[0]
        return self.mounts.get("", self.app)(environ, start_response)


# --8<-- [end:dispatcher]
