"""``python -m stage01_socket [--host H] [--port N] [--threaded]``: serve the demo routes."""

from __future__ import annotations

import argparse
import errno
from collections.abc import Iterator
from contextlib import contextmanager

from .demo import app
from .server import HTTPServer


@contextmanager
def explain_busy_port(package: str, host: str, port: int) -> Iterator[None]:
    """Exit with a way out, not a traceback, when another process holds ``port``.

    Every stage's demo binds 5000 by default, so a second demo, or macOS's AirPlay
    Receiver, makes the next one fail with ``EADDRINUSE``; the later stages' demos
    reuse this too.
    """
    try:
        yield
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        number = int(package[5:7])
        raise SystemExit(
            f"port {port} on {host} is already in use, by another server or a demo still "
            f'running. Pick another port: make run-stage{number} ARGS="--port 8080" '
            f"(or python -m {package} --port 8080). On macOS, AirPlay Receiver holds "
            "port 5000: choose another port or turn it off in System Settings."
        ) from None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stage01_socket", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port to bind (default 5000)")
    parser.add_argument("--threaded", action="store_true", help="one thread per connection")
    args = parser.parse_args(argv)
    with explain_busy_port("stage01_socket", args.host, args.port):
        server = HTTPServer(args.host, args.port, app, threaded=args.threaded)
    with server:
        url = f"http://{args.host}:{server.server_port}/"
        print(f" * stage01_socket serving on {url} (Ctrl-C quits)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
