"""``python -m stage05_app``: serve the stage 5 demo app on 127.0.0.1:5000."""

from __future__ import annotations

import argparse
from typing import Any

from stage01_socket.__main__ import explain_busy_port


def serve_demo(app: Any, prog: str, description: str | None, argv: list[str] | None) -> None:
    """Parse ``--host``/``--port`` and ``app.run`` on them; later stages' demos reuse it.

    ``prog`` is ``"python -m <package>"``; a busy port names that package's make target.
    """
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=5000, help="port (default: %(default)s)")
    args = parser.parse_args(argv)
    with explain_busy_port(prog.rsplit(" ", 1)[-1], args.host, args.port):
        app.run(args.host, args.port)


def main(argv: list[str] | None = None) -> None:
    from .demo import app  # here, not at the top: stage 6 imports serve_demo alone

    serve_demo(app, "python -m stage05_app", __doc__, argv)


if __name__ == "__main__":
    main()
