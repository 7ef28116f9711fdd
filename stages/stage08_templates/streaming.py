"""``stream_with_context``: give a streamed body the request it answers.

Mirrors ``flask.helpers.stream_with_context`` (Flask 3.1.3). A view that returns a
generator has returned before the server iterates it, and ``wsgi_app`` pops the
request's contexts as the view returns: the generator would find no ``request``. The
wrapper remembers the contexts active in the view and pushes them again, app context
first, around the stream; their teardown runs once more when the stream ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import update_wrapper
from typing import Any

from stage06_contexts.globals import _cv_app, _cv_request


# --8<-- [start:stream_with_context]
def stream_with_context(
    generator_or_function: Iterable[Any] | Callable[..., Iterable[Any]],
) -> Any:
    """``return stream_with_context(generate())``: ``request`` works inside ``generate``.

    Also a decorator: ``@stream_with_context`` on the generator function.
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
            " such as in a view function: it keeps that request alive while the body is"
            " sent. Outside a request, return the generator itself."
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
