"""``python -m stage01_socket [--host H] [--port N] [--threaded]``: serve the demo routes."""

from __future__ import annotations

import argparse

from .demo import app
from .server import HTTPServer


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stage01_socket", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port to bind (default 5000)")
    parser.add_argument("--threaded", action="store_true", help="one thread per connection")
    args = parser.parse_args(argv)
    with HTTPServer(args.host, args.port, app, threaded=args.threaded) as server:
        url = f"http://{args.host}:{server.server_port}/"
        print(f" * stage01_socket serving on {url} (Ctrl-C quits)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
