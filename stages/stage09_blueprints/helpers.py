"""The helper functions of flask/helpers.py, from the stage that builds each one.

Mirrors flask/helpers.py (Flask 3.1.3). Stage 9 adds what needs its own layer: an
``abort`` whose errors are Werkzeug's classes too (``bridge.py``), and a ``flash`` that
sends ``message_flashed``.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NoReturn

from stage05_app.helpers import get_debug_flag as get_debug_flag
from stage05_app.sansio import get_root_path as get_root_path

from . import base, signals
from .base import _cv_app
from .base import get_flashed_messages as get_flashed_messages
from .base import get_template_attribute as get_template_attribute
from .base import make_response as make_response
from .base import redirect as redirect
from .base import send_file as send_file
from .base import send_from_directory as send_from_directory
from .base import stream_with_context as stream_with_context
from .base import url_for as url_for
from .bridge import DualAborter


@cache
def _aborter_without_app() -> DualAborter:
    """What ``abort`` raises with when no app is active (an app uses ``app.aborter``)."""
    return DualAborter()


def abort(code: int | Any, *args: Any, **kwargs: Any) -> NoReturn:
    """Raise the HTTP error for ``code``; it is both our class and Werkzeug's (``bridge.py``)."""
    ctx = _cv_app.get(None)
    if ctx is not None:
        ctx.app.aborter(code, *args, **kwargs)
    _aborter_without_app()(code, *args, **kwargs)


# --8<-- [start:flash]
def flash(message: str, category: str = "message") -> None:
    """The sessions stage's ``flash``, then ``message_flashed`` for the current app."""
    base.flash(message, category)
    app = base.current_app._get_current_object()
    signals.message_flashed.send(
        app, _async_wrapper=app.ensure_sync, message=message, category=category
    )


# --8<-- [end:flash]


def get_load_dotenv(default: bool = True) -> bool:
    """Whether to load ``.env`` files: ``FLASK_SKIP_DOTENV`` unset or false."""
    import os

    value = os.environ.get("FLASK_SKIP_DOTENV")
    if not value:
        return default
    return value.lower() in {"0", "false", "no"}
