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


def _dotenv_module() -> Any:
    """python-dotenv if installed (Flask's optional dependency, ``flask[dotenv]``), else None."""
    try:
        import dotenv  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return dotenv


# --8<-- [start:dotenv]
def load_dotenv(path: str | os.PathLike[str] | None = None, load_defaults: bool = True) -> bool:
    """Set environment variables from ``.flaskenv`` and ``.env`` (found upwards from the
    working directory), then from ``path``; a variable already set is never overwritten.

    True when some file gave a variable. Without python-dotenv, nothing is loaded and,
    if such files exist, a tip says how to have them read.
    """
    dotenv = _dotenv_module()
    if dotenv is None:
        if path or os.path.isfile(".env") or os.path.isfile(".flaskenv"):
            click.secho(
                " * Tip: There are .env files present. Install python-dotenv to use them.",
                fg="yellow",
                err=True,
            )
        return False
    files = []
    if load_defaults:
        # .env is read last so that it wins over .flaskenv: secrets beat shared defaults.
        files = [dotenv.find_dotenv(name, usecwd=True) for name in (".flaskenv", ".env")]
    if path is not None and os.path.isfile(path):
        files.append(path)
    values: dict[str, str | None] = {}
    for found in filter(None, files):
        values.update(dotenv.dotenv_values(found, encoding="utf-8"))
    for key, value in values.items():
        if value is not None:
            os.environ.setdefault(key, value)
    return bool(values)


# --8<-- [end:dotenv]


def _load_env_files(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None and _dotenv_module() is None:
        raise click.BadParameter(
            "python-dotenv must be installed to load an env file.", ctx=ctx, param=param
        )
    # FLASK_SKIP_DOTENV=1 (read into ScriptInfo) turns off the default files, not -e.
    if value is not None or ctx.ensure_object(ScriptInfo).load_dotenv_defaults:
        load_dotenv(value, load_defaults=ctx.ensure_object(ScriptInfo).load_dotenv_defaults)


_env_file_option = click.Option(
    ["-e", "--env-file"],
    type=click.Path(exists=True, dir_okay=False),
    help="Load environment variables from this file (python-dotenv must be installed);"
    " variables set in the shell win.",
    is_eager=True,
    expose_value=False,
    callback=_load_env_files,
)
