"""The command line, on click: ``app.cli``, ``with_appcontext``, the ``flask`` command.

Mirrors flask/cli.py (Flask 3.1.3). ``python -m stage09_blueprints --app APP COMMAND``
does what ``flask --app APP COMMAND`` does: :class:`ScriptInfo` finds and loads the
app (``discovery.py``), and :class:`FlaskGroup` offers the built-in commands
(``run``, ``shell``, ``routes``, in ``commands.py``) beside the app's own ones
(``@app.cli.command()``), each run inside an app context.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

import click

from .base import current_app
from .cli_options import _app_option, _debug_option, _env_file_option
from .cli_options import get_version as get_version
from .cli_options import load_dotenv as load_dotenv
from .cli_options import version_option as version_option
from .commands import routes_command as routes_command
from .commands import run_command as run_command
from .commands import shell_command as shell_command
from .discovery import NoAppException as NoAppException
from .discovery import ScriptInfo as ScriptInfo
from .discovery import find_app_by_string as find_app_by_string
from .discovery import find_best_app as find_best_app
from .discovery import locate_app as locate_app
from .discovery import pass_script_info as pass_script_info
from .discovery import prepare_import as prepare_import
from .discovery import with_appcontext as with_appcontext
from .helpers import get_load_dotenv as get_load_dotenv
from .run_options import CertParamType as CertParamType
from .run_options import SeparatedPathType as SeparatedPathType
from .run_options import show_server_banner as show_server_banner

if TYPE_CHECKING:
    from .app import Flask


class AppGroup(click.Group):
    """A click group whose commands run in an app context (``with_appcontext=False`` opts out)."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], click.Command]:  # type: ignore[override]
        wrap = kwargs.pop("with_appcontext", True)

        def decorator(f: Callable[..., Any]) -> click.Command:
            return click.Group.command(self, *args, **kwargs)(with_appcontext(f) if wrap else f)

        return decorator

    def group(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], click.Group]:  # type: ignore[override]
        kwargs.setdefault("cls", AppGroup)
        return click.Group.group(self, *args, **kwargs)  # type: ignore[no-any-return]


# --8<-- [end:with_appcontext]


# --8<-- [start:flask_group]
class FlaskGroup(AppGroup):
    """The ``flask`` command: ``--app``, ``--debug``, the built-ins and the app's commands."""

    def __init__(
        self,
        add_default_commands: bool = True,
        create_app: Callable[..., Flask] | None = None,
        add_version_option: bool = True,
        load_dotenv: bool = True,
        set_debug_flag: bool = True,
        **extra: Any,
    ) -> None:
        # --env-file first: it is eager and sets variables --app may be read from.
        params = [*(extra.pop("params", None) or ()), _env_file_option, _app_option, _debug_option]
        if add_version_option:
            params.append(version_option)
        extra.setdefault("context_settings", {}).setdefault("auto_envvar_prefix", "FLASK")
        super().__init__(params=params, **extra)
        self.create_app = create_app
        self.load_dotenv = load_dotenv
        self.set_debug_flag = set_debug_flag
        if add_default_commands:
            for command in (run_command, shell_command, routes_command):
                self.add_command(command)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        """A built-in command, else the app's own, run inside the app's context."""
        builtin = super().get_command(ctx, name)
        if builtin is not None:
            return builtin
        loaded = self._load_app_or_report(ctx, show_traceback=False)
        if loaded is None:
            return None
        if not (current_app and current_app._get_current_object() is loaded):
            ctx.with_resource(loaded.app_context())  # the command's callbacks need current_app
        return loaded.cli.get_command(ctx, name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        """The built-ins and, when the app loads, its commands (a load error is only shown)."""
        app = self._load_app_or_report(ctx, show_traceback=True)
        own = app.cli.list_commands(ctx) if app is not None else []
        return sorted({*super().list_commands(ctx), *own})

    def _load_app_or_report(self, ctx: click.Context, show_traceback: bool) -> Flask | None:
        """The app, or None after printing why it could not be loaded."""
        try:
            return ctx.ensure_object(ScriptInfo).load_app()
        except NoAppException as exc:
            message = f"Error: {exc.format_message()}"
        except Exception:
            if not show_traceback:
                raise
            message = traceback.format_exc()  # the app's own bug: show where it is
        click.secho(f"{message}\n", err=True, fg="red")
        return None

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        # An app.run() outside a __main__ guard must not start a server while a
        # command imports the app: Flask.run checks this variable.
        os.environ["FLASK_RUN_FROM_CLI"] = "true"
        if all("obj" not in options for options in (extra, self.context_settings)):
            extra["obj"] = self.make_script_info()
        return super().make_context(info_name, args, parent=parent, **extra)

    def make_script_info(self) -> ScriptInfo:
        """The :class:`ScriptInfo` each invocation starts with, from this group's settings."""
        return ScriptInfo(
            app_import_path=None,
            create_app=self.create_app,
            set_debug_flag=self.set_debug_flag,
            load_dotenv_defaults=self.load_dotenv,
        )

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        wants_help = not args and self.no_args_is_help
        if len(args) == 1:
            wants_help = args[0] in self.get_help_option_names(ctx)
        if wants_help:
            # click shows the help before eager options run: read --env-file's variables
            # and FLASK_APP now, so that the help lists the app's commands too.
            for option in (_env_file_option, _app_option):
                option.handle_parse_result(ctx, {}, [])
        return super().parse_args(ctx, args)


# --8<-- [end:flask_group]


@cache
def _the_flask_command() -> FlaskGroup:
    """The ``flask`` command of this stage (``flask.cli.cli``), made on first use."""
    return FlaskGroup(
        name="flask",
        help="A general utility script for Flask applications.\n\nAn application to load"
        " must be given with the '--app' option, 'FLASK_APP' environment variable, or with"
        " a 'wsgi.py' or 'app.py' file in the current directory.",
    )


def main() -> None:
    """``python -m stage09_blueprints --app APP COMMAND``."""
    _the_flask_command().main(prog_name="python -m stage09_blueprints")


def __getattr__(name: str) -> Any:
    # Flask's ``flask.cli`` exports its ``flask`` command as ``cli``; it is made on first
    # use, so importing the package builds no command.
    if name == "cli":
        return _the_flask_command()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
