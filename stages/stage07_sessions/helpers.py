"""``flash`` and ``get_flashed_messages``: one-time messages carried by the session.

Mirrors flask/helpers.py (Flask 3.1.3). A message flashed before a redirect is shown
by the page after it: ``flash`` appends to a list in the session, and
``get_flashed_messages`` removes the list from the session on first call and keeps it
on the request context, so every later call in the same request sees the same
messages and the next request sees none. The earlier stages' helpers are re-exported,
so this module holds all of Flask's helpers built so far.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from stage05_app.helpers import get_debug_flag as get_debug_flag
from stage06_contexts.globals import request_ctx
from stage06_contexts.helpers import abort as abort
from stage06_contexts.helpers import jsonify as jsonify
from stage06_contexts.helpers import make_response as make_response
from stage06_contexts.helpers import redirect as redirect
from stage06_contexts.helpers import url_for as url_for

from .globals import session

#: The session key holding ``[(category, message), ...]``: Flask's, for interoperability.
FLASHES_KEY = "_flashes"


# --8<-- [start:flash]
def flash(message: str, category: str = "message") -> None:
    """Keep ``message`` for the next page that calls ``get_flashed_messages``.

    ``category`` is any string; ``"message"``, ``"error"``, ``"info"`` and ``"warning"``
    are customary. The list is read, extended and stored again rather than changed in
    place, so a session store that only sees assignments saves it too.
    """
    flashes = session.get(FLASHES_KEY, [])
    flashes.append((category, message))
    session[FLASHES_KEY] = flashes


def get_flashed_messages(
    with_categories: bool = False, category_filter: Iterable[str] = ()
) -> list[Any]:
    """The messages flashed so far, oldest first; they leave the session on first call.

    ``with_categories=True`` gives ``(category, message)`` pairs instead of messages;
    ``category_filter=["error"]`` keeps only those categories (the rest are still
    consumed).
    """
    ctx = request_ctx._get_current_object()
    if ctx.flashes is None:
        # Test before popping: popping a missing key would mark the session modified
        # for nothing (and a NullSession refuses pops).
        ctx.flashes = session.pop(FLASHES_KEY) if FLASHES_KEY in session else []
    flashes = ctx.flashes
    if category_filter:
        wanted = set(category_filter)
        flashes = [pair for pair in flashes if pair[0] in wanted]
    if with_categories:
        return list(flashes)
    return [message for _, message in flashes]


# --8<-- [end:flash]
