"""Run a WSGI app on a loopback server in a thread: ours, Werkzeug's or wsgiref's.

Every server binds port 0 and is shut down by the context manager, so a failing
test cannot leave one behind.
"""

from __future__ import annotations

import http.client
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler as WsgirefHandler
from wsgiref.simple_server import make_server as wsgiref_make_server

from stage02_wsgi import make_server as our_make_server
from werkzeug.serving import make_server as werkzeug_make_server

from tests.stage01_socket.test_server import exchange as exchange

logging.getLogger("werkzeug").setLevel(logging.ERROR)


class QuietWsgirefHandler(WsgirefHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib's name)
        pass


def _ours(app: Callable) -> Any:
    return our_make_server("127.0.0.1", 0, app, threaded=True)


def _werkzeug(app: Callable) -> Any:
    return werkzeug_make_server("127.0.0.1", 0, app, threaded=True)


def _wsgiref(app: Callable) -> Any:
    return wsgiref_make_server("127.0.0.1", 0, app, handler_class=QuietWsgirefHandler)


SERVERS = {"ours": _ours, "werkzeug": _werkzeug, "wsgiref": _wsgiref}


@contextmanager
def serving(app: Callable, kind: str = "ours") -> Iterator[int]:
    """Yield the port of a running server for ``app``."""
    server = SERVERS[kind](app)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()


def fetch(
    port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None
) -> tuple[int, http.client.HTTPMessage, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()
