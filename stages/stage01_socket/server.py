"""``HTTPServer``: listen, accept, read one request, answer, close.

Mirrors ``socketserver.TCPServer`` / ``ThreadingMixIn`` and the request loop of
``http.server.BaseHTTPRequestHandler`` (Python 3.11). One request per connection
(``Connection: close``) keeps the loop short enough to read in one sitting.
"""

from __future__ import annotations

import io
import selectors
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import BinaryIO

from .deadline import DeadlineReader
from .errors import HTTPError
from .request import DEFAULT_MAX_BODY_SIZE, HTTPRequest, parse_request
from .response import HTTPResponse, error_response

Handler = Callable[[HTTPRequest], HTTPResponse]


class HTTPServer:
    """Serve ``handler(request) -> HTTPResponse`` on ``host:port`` (port 0 picks a free one)."""

    #: How many connections may wait in the kernel's queue before ``accept``.
    request_queue_size = 128
    #: Seconds ``server_close`` waits for each worker thread still answering.
    join_timeout = 5.0

    def __init__(
        self,
        host: str,
        port: int,
        handler: Handler | None = None,
        *,
        threaded: bool = False,
        timeout: float = 10.0,
        request_timeout: float = 15.0,
        max_workers: int = 64,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        if handler is None and type(self).respond is HTTPServer.respond:
            raise TypeError(
                "HTTPServer needs a handler: pass handler=callable(request) -> HTTPResponse,"
                " or subclass it and override respond()"
            )
        self.handler = handler
        self.threaded = threaded
        #: Seconds a client may stay silent before its connection is dropped.
        self.timeout = timeout
        #: Seconds a client has to send its whole request, head and body; a client
        #: still sending after that gets 408, however steadily it trickles.
        self.request_timeout = request_timeout
        #: Threaded mode: most connections served at once; the next ones get 503
        #: straight away, so idle connections cannot make threads without bound.
        self.max_workers = max_workers
        self.max_body_size = max_body_size
        self.socket = _listen(host, port, self.request_queue_size)
        self.server_address: tuple[str, int] = self.socket.getsockname()[:2]
        self.server_name = host
        self.server_port = self.server_address[1]
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()
        self._workers: set[threading.Thread] = set()

    # --8<-- [start:serve_forever]
    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Accept connections until ``shutdown()``; wake every ``poll_interval`` to check."""
        self._stop.clear()
        self._stopped.clear()
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self.socket, selectors.EVENT_READ)
                while not self._stop.is_set():
                    if selector.select(poll_interval):
                        self._accept()
        finally:
            self._stopped.set()

    def _accept(self) -> None:
        try:
            conn, client_address = self.socket.accept()
        except OSError:  # the client gave up between select and accept
            return
        if not self.threaded:
            self._serve_connection(conn, client_address)
            return
        if len(self._workers) >= self.max_workers:
            _refuse_busy(conn, self.request_timeout)
            return
        worker = threading.Thread(
            target=self._serve_connection, args=(conn, client_address), daemon=True
        )
        self._workers.add(worker)
        worker.start()

    # --8<-- [end:serve_forever]

    def _serve_connection(self, conn: socket.socket, client_address: tuple) -> None:
        try:
            self.handle_connection(conn, client_address)
        except OSError as error:  # the client reset or stalled while we answered
            self.log_disconnect(client_address, error)
        except Exception:  # a bug must never stop the accept loop
            self.log_exception(client_address)
        finally:
            _close(conn)
            self._workers.discard(threading.current_thread())

    # --8<-- [start:handle_connection]
    def handle_connection(self, conn: socket.socket, client_address: tuple) -> None:
        """Read one request from ``conn`` within the request deadline and answer it."""
        reader = DeadlineReader(conn, self.timeout, time.monotonic() + self.request_timeout)
        rfile = io.BufferedReader(reader)
        wfile = conn.makefile("wb")
        try:
            try:
                request = parse_request(rfile, max_body_size=self.max_body_size, wfile=wfile)
            except HTTPError as error:
                wfile.write(error_response(error.status, error.detail).to_bytes())
                return
            except TimeoutError:
                if reader.received:  # it started a request and did not finish in time
                    page = error_response(408, "the request took too long to arrive")
                    wfile.write(page.to_bytes())
                return  # otherwise an idle connection: nothing was asked, nothing to answer
            conn.settimeout(self.timeout)  # writing the answer: a silence limit per send
            if request is not None:
                self.respond(request, wfile, client_address)
        finally:
            try:
                wfile.flush()
            except OSError:
                pass  # the client has gone; there is nobody left to tell
            rfile.close()
            _discard(wfile)

    # --8<-- [end:handle_connection]

    # --8<-- [start:respond]
    def respond(self, request: HTTPRequest, wfile: BinaryIO, client_address: tuple) -> None:
        """Run the handler and write its response; the override point for stage 2."""
        include_body = request.method != "HEAD"
        try:
            response = self.handler(request)  # type: ignore[misc]
            data = response.to_bytes(include_body=include_body)
        except Exception:  # a failing handler, or a response that cannot be sent
            self.log_exception(client_address)
            page = error_response(500, "the handler failed or returned an unsendable response")
            data = page.to_bytes(include_body=include_body)
        wfile.write(data)

    # --8<-- [end:respond]

    def log_exception(self, client_address: tuple) -> None:
        """Print the current exception; a server logs errors and goes on."""
        print(f"error while serving {client_address}:", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)

    def log_disconnect(self, client_address: tuple, error: OSError) -> None:
        """One line, no traceback: a client leaving mid-answer is news, not a bug."""
        print(f"{client_address}: connection lost while answering: {error}", file=sys.stderr)

    def shutdown(self) -> None:
        """Stop ``serve_forever`` and wait until it has returned (call from another thread)."""
        self._stop.set()
        self._stopped.wait()

    def server_close(self) -> None:
        """Close the listening socket and wait (bounded) for workers still answering."""
        self.socket.close()
        for worker in list(self._workers):
            worker.join(self.join_timeout)

    def __enter__(self) -> HTTPServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server_close()


def _listen(host: str, port: int, backlog: int) -> socket.socket:
    """A listening socket for ``host`` (IPv4 or IPv6), with SO_REUSEADDR so restarts work."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    return socket.create_server((host, port), family=family, backlog=backlog)


def _discard(wfile: BinaryIO) -> None:
    """Close a socket's write file even if unsent bytes are left (the client has gone)."""
    try:
        wfile.close()
    except OSError:
        pass


def _refuse_busy(conn: socket.socket, retry_after: float) -> None:
    """Answer 503 from the accept loop itself: short, and never waiting on the client."""
    page = error_response(503, "every worker is busy; try again shortly")
    page.headers = [*(page.headers or []), ("Retry-After", str(max(1, round(retry_after))))]
    try:
        conn.setblocking(False)  # a few hundred bytes fit the socket's send buffer
        conn.send(page.to_bytes())
        conn.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    finally:
        conn.close()


def _close(conn: socket.socket) -> None:
    """Close gracefully: send FIN, then drain briefly so unread input does not become a RST.

    Closing a socket whose receive buffer still holds data makes the kernel send a
    reset, which can destroy the response before the client reads it (a 413 sent
    while the client is still uploading, say).
    """
    try:
        conn.shutdown(socket.SHUT_WR)
        conn.settimeout(0.05)
        for _ in range(16):
            if not conn.recv(65536):
                break
    except OSError:
        pass
    finally:
        conn.close()
