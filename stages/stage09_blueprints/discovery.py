"""Finding the app the command line loads: ``--app shop``, ``shop:app``, ``shop:make(2)``.

Mirrors the app-finding half of flask/cli.py (Flask 3.1.3). The rules, in order:
an explicit name (a variable, or a factory call with literal arguments); else a
variable called ``app`` or ``application``; else the only app in the module; else a
factory called ``create_app`` or ``make_app`` that takes no arguments.

``ScriptInfo`` keeps the app once found; ``pass_script_info`` and ``with_appcontext``,
which hand it (or its context) to a command, live beside it so that the built-in
commands (``commands.py``) and the groups (``cli.py``) both import them from here.
"""

from __future__ import annotations

import ast
import inspect
import os
import pathlib
import re
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import update_wrapper
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import click
from stage05_app.helpers import get_debug_flag

from .base import has_app_context
from .helpers import get_load_dotenv

if TYPE_CHECKING:
    from .app import Flask


class NoAppException(click.UsageError):
    """The command line could not find or load the app it was asked for."""


def _flask_class() -> type[Flask]:
    from .app import Flask

    return Flask


def _failed_before_entering(factory: Callable[..., Any]) -> bool:
    """True when the ``TypeError`` being handled came from the call itself (wrong arguments),
    not from code inside the factory: only then is "cannot call it that way" the right message.
    """
    factory_code = getattr(factory, "__code__", None)
    frames = traceback.walk_tb(sys.exc_info()[2])
    return all(frame.f_code is not factory_code for frame, _line in frames)


# --8<-- [start:find_best_app]
def find_best_app(module: ModuleType) -> Flask:
    """The app a module most plausibly means, by the rules in the module docstring."""
    flask_class = _flask_class()
    for attr in ("app", "application"):
        candidate = getattr(module, attr, None)
        if isinstance(candidate, flask_class):
            return candidate
    apps = [value for value in vars(module).values() if isinstance(value, flask_class)]
    if len(apps) == 1:
        return apps[0]
    if len(apps) > 1:
        raise NoAppException(
            f"Detected multiple Flask applications in module '{module.__name__}'."
            f" Use '{module.__name__}:name' to specify the correct one."
        )
    for attr in ("create_app", "make_app"):
        factory = getattr(module, attr, None)
        if not inspect.isfunction(factory):
            continue
        try:
            candidate = factory()
        except TypeError as exc:
            if not _failed_before_entering(factory):
                raise
            raise NoAppException(
                f"Detected factory '{attr}' in module '{module.__name__}', but could not"
                f" call it without arguments. Use '{module.__name__}:{attr}(args)' to"
                " specify arguments."
            ) from exc
        if isinstance(candidate, flask_class):
            return candidate
    raise NoAppException(
        f"Failed to find Flask application or factory in module '{module.__name__}'."
        f" Use '{module.__name__}:name' to specify one."
    )


# --8<-- [end:find_best_app]


def _parse_app_expression(text: str) -> tuple[str, list[Any], dict[str, Any]] | None:
    """``"create_app('dev', debug=True)"`` -> ``("create_app", ["dev"], {"debug": True})``.

    A bare name gives ``None`` for the call part: the caller looks the name up instead.
    """
    try:
        expr = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        raise NoAppException(
            f"Failed to parse {text!r} as an attribute name or function call."
        ) from None
    if isinstance(expr, ast.Name):
        return None
    if not (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name)):
        raise NoAppException(f"Failed to parse {text!r} as an attribute name or function call.")
    try:
        args = [ast.literal_eval(arg) for arg in expr.args]
        kwargs = {kw.arg: ast.literal_eval(kw.value) for kw in expr.keywords if kw.arg}
    except ValueError:
        raise NoAppException(
            f"Failed to parse arguments as literal values: {text!r}. Only literals"
            " (strings, numbers, lists, dicts...) can be passed to the factory."
        ) from None
    return expr.func.id, args, kwargs


# --8<-- [start:find_app_by_string]
def find_app_by_string(module: ModuleType, app_name: str) -> Flask:
    """``"app"`` -> ``module.app``; ``"create_app('dev')"`` -> ``module.create_app('dev')``."""
    call = _parse_app_expression(app_name)
    name = app_name.strip() if call is None else call[0]
    try:
        attr = getattr(module, name)
    except AttributeError as exc:
        raise NoAppException(f"Failed to find attribute {name!r} in {module.__name__!r}.") from exc
    app = attr
    if inspect.isfunction(attr):
        args, kwargs = ([], {}) if call is None else call[1:]
        try:
            app = attr(*args, **kwargs)
        except TypeError as exc:
            if not _failed_before_entering(attr):
                raise
            raise NoAppException(
                f"The factory {app_name!r} in module {module.__name__!r} could not be"
                " called with the specified arguments."
            ) from exc
    if isinstance(app, _flask_class()):
        return app
    raise NoAppException(
        f"A valid Flask application was not obtained from '{module.__name__}:{app_name}'."
    )


# --8<-- [end:find_app_by_string]


def prepare_import(path: str) -> str:
    """``"src/shop/app.py"`` -> ``"shop.app"``, with ``src`` put on ``sys.path``.

    Walks up through folders that have an ``__init__.py`` so a module inside a
    package is imported under its full dotted name.
    """
    target = pathlib.Path(os.path.realpath(path))
    if target.suffix == ".py":
        target = target.with_suffix("")
    if target.name == "__init__":
        target = target.parent
    dotted = [target.name]
    folder = target.parent
    while (folder / "__init__.py").exists():
        dotted.insert(0, folder.name)
        folder = folder.parent
    if sys.path[0] != str(folder):
        sys.path.insert(0, str(folder))
    return ".".join(dotted)


def _import_module(module_name: str, raise_if_not_found: bool) -> ModuleType | None:
    """Import ``module_name``; None if it is missing and that is allowed.

    ``__import__`` rather than ``importlib.import_module``: it adds no Python frame,
    so a traceback deeper than ours means the import failed *inside* the module, a
    bug worth showing whole, not "no such module".
    """
    try:
        __import__(module_name)
    except ImportError as exc:
        if exc.__traceback__ is not None and exc.__traceback__.tb_next is not None:
            raise NoAppException(
                f"While importing {module_name!r}, an ImportError was raised:\n\n"
                f"{traceback.format_exc()}"
            ) from None
        if not raise_if_not_found:
            return None
        raise NoAppException(f"Could not import {module_name!r}.") from None
    return sys.modules[module_name]


def locate_app(module_name: str, app_name: str | None, raise_if_not_found: bool = True) -> Any:
    """Import ``module_name`` and find the app in it; ``None`` when allowed and absent."""
    module = _import_module(module_name, raise_if_not_found)
    if module is None:
        return None
    return find_best_app(module) if app_name is None else find_app_by_string(module, app_name)


# --8<-- [start:script_info]
@dataclass
class ScriptInfo:
    """How the command line gets its app: an import path, or a function that makes it."""

    #: ``"shop:create_app()"``, from ``--app`` or ``FLASK_APP``.
    app_import_path: str | None = None
    #: A function returning the app; wins over the import path.
    create_app: Callable[..., Flask] | None = None
    #: Set ``app.debug`` from ``FLASK_DEBUG`` once loaded.
    set_debug_flag: bool = True
    #: Whether ``.flaskenv`` and ``.env`` are read; ``FLASK_SKIP_DOTENV=1`` says no.
    load_dotenv_defaults: bool = True
    #: Anything a command wants to keep for the others.
    data: dict[Any, Any] = field(default_factory=dict)
    _loaded_app: Flask | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.load_dotenv_defaults = get_load_dotenv(self.load_dotenv_defaults)

    def load_app(self) -> Flask:
        """The app, loaded once: from ``create_app``, the import path, or ``wsgi.py``/``app.py``."""
        if self._loaded_app is None:
            app = self._find_app()
            if self.set_debug_flag:
                app.debug = get_debug_flag()  # through the property, as FLASK_DEBUG says
            self._loaded_app = app
        return self._loaded_app

    def _find_app(self) -> Flask:
        if self.create_app is not None:
            return self.create_app()
        if self.app_import_path:
            # "C:\\shop.py:app": a colon followed by a slash is part of a Windows path.
            module_path, *app_name = re.split(r":(?![\\/])", self.app_import_path, maxsplit=1)
            return locate_app(prepare_import(module_path), app_name[0] if app_name else None)  # type: ignore[no-any-return]
        for conventional in ("wsgi.py", "app.py"):
            found = locate_app(prepare_import(conventional), None, raise_if_not_found=False)
            if found is not None:
                return found  # type: ignore[no-any-return]
        raise NoAppException(
            "Could not locate a Flask application. Use the '--app' option, the"
            " 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in"
            " the current directory."
        )


# --8<-- [end:script_info]


F = TypeVar("F", bound=Callable[..., Any])

#: ``@pass_script_info`` hands a command the :class:`ScriptInfo` of the invocation.
pass_script_info = click.make_pass_decorator(ScriptInfo, ensure=True)


# --8<-- [start:with_appcontext]
def with_appcontext(f: F) -> F:
    """Run the command inside the app's context, loading the app if none is active."""

    def in_app_context(*args: Any, **kwargs: Any) -> Any:
        click_ctx = click.get_current_context()
        if not has_app_context():  # load the app; its context lasts as long as the command
            info = click_ctx.ensure_object(ScriptInfo)
            click_ctx.with_resource(info.load_app().app_context())
        return click_ctx.invoke(f, *args, **kwargs)

    # update_wrapper copies __dict__ too: click keeps @click.option params there.
    return update_wrapper(in_app_context, f)  # type: ignore[return-value]
