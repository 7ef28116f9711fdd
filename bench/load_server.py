"""Serve one app on one server in its own process, for ``bench_load``.

``python -m bench.load_server SERVER APP`` prints the bound port on a line of
its own, then serves until terminated. SERVER is ``stage02`` or ``werkzeug``;
APP is ``hello`` (a three-line WSGI app) or ``stage06`` (the stage 6 demo, a
Flask-shaped app with hooks and context locals). A separate process keeps the
server's descriptors, memory and threads apart from the load generator's.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from typing import Any


def hello(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    body = b"Hello, World!"
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "13")])
    return [body]


def load_app(name: str) -> Callable[..., Iterable[bytes]]:
    if name == "hello":
        return hello
    if name == "stage06":
        from stage06_contexts.demo import app

        return app
    raise SystemExit(f"unknown app {name!r}: use hello or stage06")


def make(server: str, app: Callable[..., Iterable[bytes]]) -> Any:
    if server == "stage02":
        from stage02_wsgi import make_server

        return make_server("127.0.0.1", 0, app, threaded=True)
    if server == "werkzeug":
        from werkzeug.serving import make_server as werkzeug_make_server

        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        return werkzeug_make_server("127.0.0.1", 0, app, threaded=True)
    raise SystemExit(f"unknown server {server!r}: use stage02 or werkzeug")


def main(argv: list[str]) -> None:
    server = make(argv[0], load_app(argv[1]))
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
