"""``stream_with_context``: keep the request alive while a streamed body is produced.

Mirrors ``flask.helpers.stream_with_context`` (Flask 3.1.3). A view that returns a
generator has returned before the server iterates it, and ``wsgi_app`` pops the request
context as the view returns. The generator would then find no ``request``. Pushing the
same context once more, from inside the generator, keeps it active until the last piece
has been sent; stage 6's contexts count their pushes, so the request's teardown runs
at that final pop, after the body, not before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import Any, TypeVar

from stage06_contexts.globals import _cv_request

T = TypeVar("T")


# --8<-- [start:stream_with_context]
def stream_with_context(
    generator_or_function: Iterable[T] | Callable[..., Iterable[T]],
) -> Iterator[T] | Callable[..., Iterator[T]]:
    """``return stream_with_context(generate())``: ``request`` works inside ``generate``.

    Also a decorator: ``@stream_with_context`` on the generator function.
    """
    if callable(generator_or_function) and not hasattr(generator_or_function, "__iter__"):
        function = generator_or_function

        @wraps(function)
        def decorated(*args: Any, **kwargs: Any) -> Iterator[T]:
            return _kept_alive(iter(function(*args, **kwargs)))

        return decorated
    return _kept_alive(iter(generator_or_function))  # type: ignore[arg-type]


def _kept_alive(pieces: Iterator[T]) -> Iterator[T]:
    ctx = _cv_request.get(None)
    if ctx is None:
        raise RuntimeError(
            "'stream_with_context' can only be used when a request context is active,"
            " such as in a view function: it keeps that request alive while the body is"
            " sent. Outside a request, return the generator itself."
        )

    def generate() -> Iterator[Any]:
        with ctx:  # a second push: wsgi_app's pop leaves this one active
            yield None  # primed below, so the push happens now, inside the view
            try:
                yield from pieces
            finally:
                close = getattr(pieces, "close", None)
                if close is not None:
                    close()

    wrapped = generate()
    next(wrapped)
    return wrapped


# --8<-- [end:stream_with_context]
