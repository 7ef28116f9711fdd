"""``python -m stage04_routing``: serve the routing demo on 127.0.0.1:5000 with stage 2's server."""

from __future__ import annotations

import argparse

from stage01_socket.__main__ import explain_busy_port
from stage02_wsgi import run_simple

from .demo import application


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stage04_routing", description=__doc__)
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=5000, help="port (default: %(default)s)")
    args = parser.parse_args(argv)
    with explain_busy_port("stage04_routing", args.host, args.port):
        run_simple(args.host, args.port, application)


if __name__ == "__main__":
    main()
