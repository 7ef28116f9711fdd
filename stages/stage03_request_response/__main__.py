"""``python -m stage03_request_response [--host H] [--port N]``: a form and a JSON echo."""

from __future__ import annotations

import argparse

from stage01_socket.__main__ import explain_busy_port
from stage02_wsgi import run_simple

from .demo import app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stage03_request_response", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port to bind (default 5000)")
    args = parser.parse_args(argv)
    with explain_busy_port("stage03_request_response", args.host, args.port):
        run_simple(args.host, args.port, app)


if __name__ == "__main__":
    main()
