"""``python -m stage02_wsgi [--host H] [--port N] [--app module:callable] [--threaded]``.

With no ``--app`` it serves the demo app; with one, any WSGI callable, as gunicorn
does: ``python -m stage02_wsgi --app myflaskapp:app``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from stage01_socket.__main__ import explain_busy_port

from .handler import WSGIApp
from .server import run_simple


def load_app(import_string: str) -> WSGIApp:
    """``"package.module:name"`` -> the object, with the current directory importable."""
    module_name, colon, attribute = import_string.partition(":")
    if not colon or not module_name or not attribute:
        raise SystemExit(f"--app {import_string!r} should look like 'module:callable'")
    sys.path.insert(0, os.getcwd())  # like gunicorn: apps next to you are importable
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise SystemExit(f"--app: cannot import {module_name!r}: {exc}") from exc
    app = getattr(module, attribute, None)
    if not callable(app):
        raise SystemExit(f"--app: {module_name!r} has no callable named {attribute!r}")
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stage02_wsgi", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port to bind (default 5000)")
    parser.add_argument("--app", default="stage02_wsgi.demo:app", help="module:callable to serve")
    parser.add_argument("--threaded", action="store_true", help="one thread per connection")
    args = parser.parse_args(argv)
    app = load_app(args.app)
    with explain_busy_port("stage02_wsgi", args.host, args.port):
        run_simple(args.host, args.port, app, threaded=args.threaded)


if __name__ == "__main__":
    main()
