"""The functions a view calls: ``abort``, ``redirect``, ``jsonify``, ``make_response``.

Mirrors flask/helpers.py and flask/json/__init__.py (Flask 3.1.3). Each is a thin
front for a method on the app, so an app can change the behaviour by overriding the
method. They reach the app through ``current_app``, an object that forwards to the app
in flight and is false when there is none. That object is the only thing a later stage
changes: stage 5's reads the module-level slot (and inherits its flaw); stage 6 makes
an ``AppHelpers`` over the app context's ``current_app`` and exports its methods.

As in Flask's helpers module, the first three functions are the lookups the app makes
when it is created: the debug flag, the app's folder, the script's name.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from stage04_routing import abort as abort_without_app
from stage04_routing import redirect as redirect_page

from . import wrappers
from .globals import current_app as slot_app


def get_debug_flag() -> bool:
    """Whether ``FLASK_DEBUG`` asks for debug mode: set, and not ``0``, ``false`` or ``no``."""
    value = os.environ.get("FLASK_DEBUG", "")
    return value.lower() not in {"", "0", "false", "no"}


def get_root_path(import_name: str) -> str:
    """The folder of the module named ``import_name``; the working directory if it has none."""
    module = sys.modules.get(import_name)
    filename = getattr(module, "__file__", None)
    if filename is None:
        try:
            spec = importlib.util.find_spec(import_name)
        except (ImportError, ValueError):
            spec = None
        filename = spec.origin if spec is not None and spec.has_location else None
    if filename is None:
        return os.getcwd()
    return os.path.dirname(os.path.abspath(filename))


def main_script_name() -> str:
    """``python shop.py`` -> ``"shop"``; ``"__main__"`` when there is no script (a REPL)."""
    script = getattr(sys.modules.get("__main__"), "__file__", None)
    return "__main__" if script is None else Path(script).stem


# --8<-- [start:helpers]
class AppHelpers:
    """The helpers, bound to one way of finding the app in flight."""

    def __init__(self, current_app: Any) -> None:
        #: Forwards to the app handling the request (or context); false when there is none.
        self.current_app = current_app

    def abort(self, code: int | Any, *args: Any, **kwargs: Any) -> NoReturn:
        """Raise the HTTP error for ``code``: ``abort(404)``; the app's aborter if it has one."""
        if self.current_app:
            self.current_app.aborter(code, *args, **kwargs)
        abort_without_app(code, *args, **kwargs)

    def redirect(
        self,
        location: str,
        code: int = 302,
        Response: type[wrappers.Response] | None = None,  # noqa: N803
    ) -> wrappers.Response:
        """A redirect response: the app's ``redirect`` if there is an app, else a plain one."""
        if self.current_app:
            return self.current_app.redirect(location, code)
        return redirect_page(location, code, Response or wrappers.Response)

    def jsonify(self, *args: Any, **kwargs: Any) -> wrappers.Response:
        """``jsonify(name="ann")`` -> ``{"name":"ann"}\\n`` as ``application/json``."""
        return self.current_app.json.response(*args, **kwargs)

    def make_response(self, *args: Any) -> wrappers.Response:
        """``make_response("hi", 201)``: what the app would make of a view's return value.

        Views use it to get a response they can change (set a cookie, a header)
        before returning it.
        """
        if not args:
            return self.current_app.response_class()
        return self.current_app.make_response(args[0] if len(args) == 1 else args)


#: Stage 5's helpers: the app is whatever the module-level slot holds.
_helpers = AppHelpers(slot_app)
abort = _helpers.abort
redirect = _helpers.redirect
jsonify = _helpers.jsonify
make_response = _helpers.make_response
# --8<-- [end:helpers]
