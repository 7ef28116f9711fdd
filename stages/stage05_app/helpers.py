"""The functions a view calls: ``abort``, ``redirect``, ``jsonify``, ``make_response``.

Mirrors flask/helpers.py and flask/json/__init__.py (Flask 3.1.3). Each is a thin
front for a method on the app, so an app can change the behaviour by overriding the
method. In stage 5 they find the app through the same module-level slot as
``request`` (and inherit its flaw); stage 6 finds it through the app context.
"""

from __future__ import annotations

import os
from typing import Any, NoReturn

from stage04_routing import abort as abort_without_app
from stage04_routing import redirect as redirect_page

from . import wrappers
from .globals import slot


def get_debug_flag() -> bool:
    """Whether ``FLASK_DEBUG`` asks for debug mode: set, and not ``0``, ``false`` or ``no``."""
    value = os.environ.get("FLASK_DEBUG", "")
    return value.lower() not in {"", "0", "false", "no"}


def abort(code: int | Any, *args: Any, **kwargs: Any) -> NoReturn:
    """Raise the HTTP error for ``code``: ``abort(404)``; the app's aborter if it has one."""
    app = slot.app  # the app handling a request right now, if any
    if app is not None:
        app.aborter(code, *args, **kwargs)
    abort_without_app(code, *args, **kwargs)


def redirect(
    location: str,
    code: int = 302,
    Response: type[wrappers.Response] | None = None,  # noqa: N803
) -> wrappers.Response:
    """A redirect response: the app's ``redirect`` during a request, a plain one otherwise."""
    app = slot.app  # the app handling a request right now, if any
    if app is not None:
        return app.redirect(location, code)
    return redirect_page(location, code, Response or wrappers.Response)


def jsonify(*args: Any, **kwargs: Any) -> wrappers.Response:
    """``jsonify(name="ann")`` -> ``{"name":"ann"}\\n`` as ``application/json``."""
    return slot.get_app("jsonify").json.response(*args, **kwargs)


def make_response(*args: Any) -> wrappers.Response:
    """``make_response("hi", 201)``: what the app would make of a view's return value.

    Views use it to get a response they can change (set a cookie, a header)
    before returning it.
    """
    app = slot.get_app("make_response")
    if not args:
        return app.response_class()
    return app.make_response(args[0] if len(args) == 1 else args)
