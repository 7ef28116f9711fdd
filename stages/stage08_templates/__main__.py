"""``python -m stage08_templates``: serve the login app with templates on 127.0.0.1:5000."""

from __future__ import annotations

from stage05_app.__main__ import serve_demo


def main(argv: list[str] | None = None) -> None:
    from .demo import app

    serve_demo(app, "python -m stage08_templates", __doc__, argv)


if __name__ == "__main__":
    main()
