"""``WSGIServer``, ``make_server`` and ``run_simple``: stage 1's server, speaking WSGI.

Mirrors ``BaseWSGIServer``/``ThreadedWSGIServer``, ``make_server`` and ``run_simple``
in werkzeug/serving.py (Werkzeug 3.1.9). Stage 1 did the socket work; this stage only
overrides ``respond``: turn the request into an environ, call the app, stream its output.
"""

from __future__ import annotations

import warnings
from typing import Any, BinaryIO

from stage01_socket import HTTPRequest, HTTPServer
from stage01_socket.response import error_response

from .environ import build_environ
from .handler import ClientDisconnected, ResponseWriter, WSGIApp


class WSGIServer(HTTPServer):
    """Serve one WSGI application: ``WSGIServer("127.0.0.1", 5000, app, threaded=True)``."""

    #: PEP 3333 ``wsgi.multiprocess``: this server never forks.
    multiprocess = False
    #: ``wsgi.url_scheme``; "https" only behind a TLS-terminating proxy.
    url_scheme = "http"

    def __init__(self, host: str, port: int, app: WSGIApp, **options: Any) -> None:
        super().__init__(host, port, **options)
        #: The WSGI callable every request is handed to.
        self.app = app

    # --8<-- [start:respond]
    def respond(self, request: HTTPRequest, wfile: BinaryIO, client_address: tuple) -> None:
        """Call the app with an environ and stream what it returns (PEP 3333)."""
        environ = self.make_environ(request, client_address)
        writer = ResponseWriter(wfile, head_only=request.method == "HEAD")
        result = None
        try:
            result = self.app(environ, writer.start_response)
            writer.send_body(result)
        except ClientDisconnected as gone:
            self.log_disconnect(client_address, gone)  # nobody left to answer
        except Exception:
            self.log_exception(client_address)
            if not writer.headers_sent:  # we can still tell the client
                page = error_response(500, "the application raised an exception")
                wfile.write(page.to_bytes(include_body=request.method != "HEAD"))
            # Otherwise the status is already out: closing the connection early is
            # the only signal left, and the client sees a short body.
        finally:
            # PEP 3333: close() is called whatever happened, so the app can free
            # what its iterable holds (a file, a database cursor, a context).
            close = getattr(result, "close", None)
            if close is not None:
                close()

    # --8<-- [end:respond]

    def make_environ(self, request: HTTPRequest, client_address: tuple) -> dict[str, Any]:
        return build_environ(
            request,
            self.server_address,
            client_address,
            multithread=self.threaded,
            url_scheme=self.url_scheme,
        )


def make_server(
    host: str, port: int, app: WSGIApp, threaded: bool = False, **options: Any
) -> WSGIServer:
    """A ready, bound server: call ``serve_forever()``, then ``shutdown()`` from elsewhere."""
    return WSGIServer(host, port, app, threaded=threaded, **options)


#: ``run_simple`` options Werkzeug's development server has and this one does not.
UNSUPPORTED_OPTIONS = ("use_reloader", "use_debugger", "ssl_context", "static_files")
#: Werkzeug options that only tune the features above, so mean nothing here.
MEANINGLESS_OPTIONS = (
    "use_evalex",
    "extra_files",
    "exclude_patterns",
    "reloader_interval",
    "reloader_type",
    "request_handler",
    "passthrough_errors",
)


# --8<-- [start:run_simple]
def run_simple(
    hostname: str, port: int, application: WSGIApp, threaded: bool = True, **options: Any
) -> None:
    """Serve ``application`` until Ctrl-C, as ``werkzeug.serving.run_simple`` does.

    Werkzeug's options that need a reloader, a debugger or TLS are accepted, so
    ``Flask.run`` can pass them, and answered with a warning rather than ignored.
    """
    unsupported = [name for name in UNSUPPORTED_OPTIONS if options.pop(name, None)]
    if options.pop("processes", 1) != 1:
        unsupported.append("processes")
    if unsupported:
        warnings.warn(f"run_simple: stage02_wsgi ignores {unsupported}", stacklevel=2)
    for name in MEANINGLESS_OPTIONS:
        options.pop(name, None)
    with make_server(hostname, port, application, threaded=threaded, **options) as server:
        print(f" * Running on http://{hostname}:{server.server_port}/ (Press CTRL+C to quit)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


# --8<-- [end:run_simple]
