"""``url_for``, ``abort``, ``redirect``, ``jsonify``, ``make_response`` through the contexts.

Mirrors flask/helpers.py and flask/json/__init__.py (Flask 3.1.3). The four helpers
stage 5 wrote are made again from stage 5's ``AppHelpers``, over ``current_app``: they
work in any thread or task with an app context, and say "Working outside of
application context" where there is none. ``url_for`` is new: it needs an app even
outside a request, which only an app context gives.
"""

from __future__ import annotations

from typing import Any

from stage05_app.helpers import AppHelpers

from .globals import current_app

# --8<-- [start:helpers]
#: Stage 5's helpers, finding the app through the app context.
_helpers = AppHelpers(current_app)
abort = _helpers.abort
redirect = _helpers.redirect
jsonify = _helpers.jsonify
make_response = _helpers.make_response
# --8<-- [end:helpers]


# --8<-- [start:url_for]
def url_for(
    endpoint: str,
    /,
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
