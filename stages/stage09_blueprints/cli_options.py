"""The options of the ``flask`` command itself: ``--app``, ``--debug``, ``--version``.

Mirrors the option callbacks of flask/cli.py (Flask 3.1.3), and its ``load_dotenv``,
which this stage answers without loading anything (see there).
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
from typing import Any

import click
from click.core import ParameterSource

from .discovery import ScriptInfo


def _remember_app_path(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(ScriptInfo).app_import_path = value


def _export_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    # Only an explicit --debug/--no-debug counts; FLASK_DEBUG is read when the app loads,
    # so a factory already sees it.
    if ctx.get_parameter_source(param.name) in (  # type: ignore[arg-type]
        ParameterSource.DEFAULT,
        ParameterSource.DEFAULT_MAP,
        None,
    ):
        return
    os.environ["FLASK_DEBUG"] = "1" if value else "0"


_app_option = click.Option(
    ["-A", "--app"],
    metavar="IMPORT",
    help="The application or factory to load: 'module:name', 'module:factory(args)'.",
    is_eager=True,
    expose_value=False,
    callback=_remember_app_path,
)
_debug_option = click.Option(
    ["--debug/--no-debug"], help="Set debug mode.", expose_value=False, callback=_export_debug
)


def _version_of(distribution: str, mirrored: str) -> str:
    """The installed version; for Flask, the version this stage mirrors when it is absent."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return mirrored


def get_version(ctx: Any, param: Any, value: Any) -> None:
    """``--version``: the Python, Flask (the API this stage mirrors) and Werkzeug versions."""
    if not value or ctx.resilient_parsing:
        return
    click.echo(
        f"Python {platform.python_version()}\n"
        f"Flask {_version_of('flask', '3.1.3')}\n"
        f"Werkzeug {importlib.metadata.version('werkzeug')}",
        color=ctx.color,
    )
    ctx.exit()


#: ``--version`` on the ``flask`` command.
version_option = click.Option(
    ["--version"],
    help="Show the Flask version.",
    expose_value=False,
    callback=get_version,
    is_flag=True,
    is_eager=True,
)


def load_dotenv(path: str | os.PathLike[str] | None = None, load_defaults: bool = True) -> bool:
    """Flask loads ``.env`` and ``.flaskenv`` with python-dotenv; this stage does not.

    It says so when such files exist, so their settings are not silently missed, and
    returns False (nothing was loaded).
    """
    if path is not None and os.path.isfile(path):
        click.secho(
            f" * Not loading {os.fspath(path)!r}: this stage reads no .env files.", fg="yellow"
        )
    elif load_defaults and any(os.path.isfile(name) for name in (".env", ".flaskenv")):
        click.secho(
            " * Found a .env or .flaskenv file; this stage does not load them."
            " Export the variables in the shell instead.",
            fg="yellow",
        )
    return False
