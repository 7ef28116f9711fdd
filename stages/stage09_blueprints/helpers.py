"""The helper functions of flask/helpers.py, from the stage that builds each one.

Mirrors flask/helpers.py (Flask 3.1.3). Stage 9 adds ``stream_with_context``: a
streamed body is iterated *after* the view returned, when the request context is
normally gone; the wrapper keeps it pushed until the stream ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import update_wrapper
from typing import Any, NoReturn

from stage05_app.helpers import get_debug_flag as get_debug_flag
from stage05_app.sansio import get_root_path as get_root_path

from .base import _cv_app, _cv_request
from .base import make_response as make_response
from .base import redirect as redirect
from .base import url_for as url_for
from .bridge import DualAborter

#: What ``abort`` raises with when no app is active (an app uses its own ``app.aborter``).
_aborter_without_app = DualAborter()


def abort(code: int | Any, *args: Any, **kwargs: Any) -> NoReturn:
    """Raise the HTTP error for ``code``; it is both our class and Werkzeug's (``bridge.py``)."""
    ctx = _cv_app.get(None)
    if ctx is not None:
        ctx.app.aborter(code, *args, **kwargs)
    _aborter_without_app(code, *args, **kwargs)


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
    """Keep the request context pushed while a streamed response is being iterated.

    ``return stream_with_context(gen())`` or, as a decorator, ``@stream_with_context``
    on the generator function.
    """
    if callable(generator_or_function) and not hasattr(generator_or_function, "__iter__"):
        function = generator_or_function

        def decorated(*args: Any, **kwargs: Any) -> Any:
            return stream_with_context(function(*args, **kwargs))

        return update_wrapper(decorated, function)
    ctx = _cv_request.get(None)
    if ctx is None:
        raise RuntimeError(
            "'stream_with_context' can only be used when a request context is active,"
            " such as in a view function: the stream needs the request it answers."
        )
    stream = _streamed_in(ctx, iter(generator_or_function))  # type: ignore[arg-type]
    next(stream)  # run up to the first yield now, while the view's context is active
    return stream


def _streamed_in(ctx: Any, items: Iterator[Any]) -> Iterator[Any]:
    """Yield ``items`` with ``ctx`` pushed; the first ``next`` pushes it and yields nothing."""
    with ctx:
        yield None  # primes the generator: the context is pushed before the view returns
        try:
            yield from items
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()


# --8<-- [end:stream_with_context]
