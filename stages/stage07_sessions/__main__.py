"""``python -m stage07_sessions``: serve the login demo on 127.0.0.1:5000.

Log in as alex / 123. Set DEMO_SECRET_KEY to stay logged in across restarts.
"""

from __future__ import annotations

from stage05_app.__main__ import serve_demo


def main(argv: list[str] | None = None) -> None:
    from .demo import app

    serve_demo(app, "python -m stage07_sessions", __doc__, argv)


if __name__ == "__main__":
    main()
