"""``python -m stage09_blueprints``: the capstone demo, or the ``flask`` command.

With no arguments (or only ``--host``/``--port``) it serves the capstone app on
127.0.0.1:5000. With anything else it is the ``flask`` command of this stage:
``python -m stage09_blueprints --app stage09_blueprints.capstone routes``.
"""

from __future__ import annotations

import sys

DEMO_OPTIONS = {"--host", "--port"}


def is_demo_invocation(argv: list[str]) -> bool:
    """``[]`` or ``["--port", "8080"]`` -> True: only the demo's own options."""
    flags = [arg.partition("=")[0] for arg in argv if arg.startswith("-")]
    return all(flag in DEMO_OPTIONS for flag in flags) and len(flags) * 2 >= len(argv)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if is_demo_invocation(argv):
        from stage05_app.__main__ import serve_demo

        from .capstone import create_app

        serve_demo(create_app(), "python -m stage09_blueprints", __doc__, argv)
        return
    from .cli import _the_flask_command

    _the_flask_command().main(args=argv, prog_name="python -m stage09_blueprints")


if __name__ == "__main__":
    main()
