"""``python -m stage05_app``: serve the stage 5 demo app on 127.0.0.1:5000."""

from __future__ import annotations

import argparse

from .demo import app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stage05_app", description=__doc__)
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=5000, help="port (default: %(default)s)")
    args = parser.parse_args(argv)
    app.run(args.host, args.port)


if __name__ == "__main__":
    main()
