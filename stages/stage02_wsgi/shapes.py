"""A WSGI application in the three shapes the origin articles show.

PEP 3333 asks only for "a callable accepting two arguments that returns an iterable
of bytes". A function is one; so is a class (calling it builds an instance, and the
instance is the iterable); so is any object with ``__call__``, which is the shape
Flask chose (``Flask.__call__`` hands over to ``Flask.wsgi_app``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .handler import StartResponse

TEXT = [("Content-Type", "text/plain; charset=utf-8")]


# --8<-- [start:shapes]
def function_app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
    """Shape 1: a function. It returns a list, the simplest iterable."""
    start_response("200 OK", list(TEXT))
    return [b"Hello from a function\n"]


class ClassApp:
    """Shape 2: a class. ``ClassApp(environ, start_response)`` is the response iterable."""

    def __init__(self, environ: dict[str, Any], start_response: StartResponse) -> None:
        self.environ = environ
        self.start_response = start_response

    def __iter__(self) -> Iterator[bytes]:
        self.start_response("200 OK", list(TEXT))
        yield b"Hello from a class\n"


class CallableApp:
    """Shape 3: an instance with ``__call__``, which can carry configuration."""

    def __init__(self, greeting: str) -> None:
        self.greeting = greeting

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        start_response("200 OK", list(TEXT))
        return [f"{self.greeting} from an instance\n".encode()]


# --8<-- [end:shapes]
