"""Throughput of stage 2's threaded WSGI server against Werkzeug's and wsgiref's.

The same demo app (``stage02_wsgi.demo:app``, ``GET /``) behind each server, hit by
concurrent loopback clients over raw sockets; every server answers one request per
connection here, so each request includes a TCP handshake, as it would for a client
without keep-alive.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler
from wsgiref.simple_server import make_server as wsgiref_make_server

from stage02_wsgi import make_server as our_make_server
from stage02_wsgi.demo import app
from werkzeug.serving import make_server as werkzeug_make_server

from bench.harness import Table, per_second, ratio

REQUEST = b"GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n"


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib's name)
        pass


SERVERS: dict[str, Callable[[], Any]] = {
    "stage02_wsgi (threaded)": lambda: our_make_server("127.0.0.1", 0, app, threaded=True),
    "werkzeug 3.1.9 (threaded)": lambda: werkzeug_make_server("127.0.0.1", 0, app, threaded=True),
    "wsgiref (single thread)": lambda: wsgiref_make_server(
        "127.0.0.1", 0, app, handler_class=_QuietHandler
    ),
}


def _one_request(port: int) -> bool:
    """Send one request, read to EOF; True if a 200 came back."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.sendall(REQUEST)
        chunks = []
        while chunk := client.recv(65536):
            chunks.append(chunk)
    status_line = b"".join(chunks).split(b"\r\n", 1)[0]
    return status_line.split(b" ")[1:2] == [b"200"]


def _load(port: int, total: int, clients: int) -> tuple[float, int]:
    """Requests per second and error count for ``total`` requests from ``clients`` threads."""
    errors = 0
    lock = threading.Lock()
    per_client = total // clients

    def worker() -> None:
        nonlocal errors
        for _ in range(per_client):
            try:
                ok = _one_request(port)
            except OSError:
                ok = False
            if not ok:
                with lock:
                    errors += 1

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return per_client * clients / (time.perf_counter() - start), errors


def _measure(make: Callable[[], Any], total: int, clients: int) -> tuple[float, int]:
    server = make()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        _load(server.server_port, clients * 5, clients)  # warm up
        return _load(server.server_port, total, clients)
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()


def run(quick: bool = False) -> list[Table]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    total, clients = (400, 8) if quick else (2000, 8)
    results = {name: _measure(make, total, clients) for name, make in SERVERS.items()}
    werkzeug_rate = results["werkzeug 3.1.9 (threaded)"][0]
    rows = [
        [name, per_second(rate), ratio(rate, werkzeug_rate), str(errors)]
        for name, (rate, errors) in results.items()
    ]
    return [
        Table(
            "WSGI servers: GET / on the demo app",
            ["server", "requests/s", "vs werkzeug", "errors"],
            rows,
            f"{total} requests from {clients} concurrent loopback clients, one per connection.",
        )
    ]
