"""The helper functions of flask/helpers.py, from the stage that builds each one.

Mirrors flask/helpers.py (Flask 3.1.3). Stage 9 adds ``stream_with_context``: a
streamed body is iterated *after* the view returned, when the request context is
normally gone; the wrapper keeps it pushed until the stream ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache, update_wrapper
from typing import Any, NoReturn

from stage05_app.helpers import get_debug_flag as get_debug_flag
from stage05_app.sansio import get_root_path as get_root_path

from . import base, signals
from .base import _cv_app, _cv_request
from .base import get_flashed_messages as get_flashed_messages
from .base import get_template_attribute as get_template_attribute
from .base import make_response as make_response
from .base import redirect as redirect
from .base import send_file as send_file
from .base import send_from_directory as send_from_directory
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


# --8<-- [start:stream_with_context]
def stream_with_context(
    generator_or_function: Iterable[Any] | Callable[..., Iterable[Any]],
) -> Any:
    """Give a streamed body the request it answers, though it runs after the view returned.

    ``return stream_with_context(gen())``, or ``@stream_with_context`` on the generator
    function. The contexts active now are remembered, and pushed again (app context
    first) around each step of the stream; their teardown runs again when it ends.
    """
    try:
        items = iter(generator_or_function)  # type: ignore[arg-type]
    except TypeError:  # a generator function: wrap what each call returns
        function = generator_or_function

        def decorated(*args: Any, **kwargs: Any) -> Any:
            return stream_with_context(function(*args, **kwargs))  # type: ignore[operator]

        return update_wrapper(decorated, function)  # type: ignore[arg-type]
    stream = _streamed_in_contexts(items)
    next(stream)  # run to the first yield now, while the view's contexts are active
    return stream


def _streamed_in_contexts(items: Iterator[Any]) -> Iterator[Any]:
    request_ctx = _cv_request.get(None)
    if request_ctx is None:
        raise RuntimeError(
            "'stream_with_context' can only be used when a request context is active,"
            " such as in a view function: the stream needs the request it answers."
        )
    app_ctx = _cv_app.get()
    yield None  # the priming step ends here; the contexts are pushed only while streaming
    with app_ctx, request_ctx:  # app context first, so the request does not make its own
        try:
            yield from items
        finally:
            close = getattr(items, "close", None)
            if close is not None:  # a wrapped WSGI iterable must be closed
                close()


# --8<-- [end:stream_with_context]
