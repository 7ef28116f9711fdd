"""``url_for``, ``abort``, ``redirect``, ``jsonify``, ``make_response`` through the contexts.

Mirrors flask/helpers.py and flask/json/__init__.py (Flask 3.1.3). Each function
finds the app with ``current_app``, so it works in any thread or task that has an app
context, and says "Working outside of application context" where there is none.
"""

from __future__ import annotations

from typing import Any, NoReturn

from stage04_routing import abort as abort_without_app
from stage05_app.helpers import redirect as redirect_without_app
from stage05_app.wrappers import Response

from .globals import _cv_app, current_app


# --8<-- [start:url_for]
def url_for(
    endpoint: str,
    *,
    _anchor: str | None = None,
    _method: str | None = None,
    _scheme: str | None = None,
    _external: bool | None = None,
    **values: Any,
) -> str:
    """``url_for("user", id=7)`` -> ``"/user/7"`` in a request; absolute outside one.

    Outside a request the app needs ``SERVER_NAME`` to know which host to name.
    """
    return current_app.url_for(
        endpoint,
        _anchor=_anchor,
        _method=_method,
        _scheme=_scheme,
        _external=_external,
        **values,
    )


# --8<-- [end:url_for]


def abort(code: int | Any, *args: Any, **kwargs: Any) -> NoReturn:
    """Raise the HTTP error for ``code`` with the current app's aborter, if there is an app."""
    ctx = _cv_app.get(None)
    if ctx is not None:
        ctx.app.aborter(code, *args, **kwargs)
    abort_without_app(code, *args, **kwargs)


def redirect(
    location: str,
    code: int = 302,
    Response: type[Response] | None = None,  # noqa: N803
) -> Response:
    """A redirect response, built by the current app when there is one."""
    ctx = _cv_app.get(None)
    if ctx is not None:
        return ctx.app.redirect(location, code)
    return redirect_without_app(location, code, Response)


def jsonify(*args: Any, **kwargs: Any) -> Response:
    """``jsonify(name="ann")`` -> ``{"name":"ann"}\\n`` as ``application/json``."""
    return current_app.json.response(*args, **kwargs)


def make_response(*args: Any) -> Response:
    """``make_response("hi", 201)``: what the current app makes of a view's return value."""
    if not args:
        return current_app.response_class()
    return current_app.make_response(args[0] if len(args) == 1 else args)
