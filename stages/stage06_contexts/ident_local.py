"""The thread-ident generation of context locals, as the origin articles read it.

Mirrors ``Local``, ``LocalStack`` and ``release_local`` in werkzeug/local.py of Werkzeug 1.0.1
(the 0.15 / 1.0 line Flask 1.x ran on). Kept beside ``local.py`` to show why it was replaced.

A ``Local`` here is one plain dict shared by everybody, ``{ident: {name: value}}``, where
the ident says who is asking: the current greenlet when greenlet is installed, else the
current thread. That keeps two threads apart. It cannot keep two asyncio tasks apart: they
take turns on one thread, so they have one ident and share one namespace, and a task that
sets ``local.user`` and then awaits may wake up to another task's user
(``tests/stage06_contexts/test_ident_local.py`` shows it). Werkzeug 2.0 (2021) rebuilt the
locals on ``contextvars.ContextVar`` (PEP 567), which asyncio gives each task a copy of; that
is ``local.py``. A second weakness: the dict keeps an entry for every thread that ever set a
value until someone calls ``release_local``, which is why Werkzeug shipped a ``LocalManager``
middleware to do it after each request.

``__call__`` returns the shared ``LocalProxy`` over a function, as Flask 1.x did with
``LocalProxy(partial(_lookup_req_object, "request"))``; it takes the same arguments as the
ContextVar generation so either can be dropped in.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from operator import attrgetter
from typing import Any, Generic, TypeVar

from .proxy import LocalProxy

T = TypeVar("T")


def _find_ident_function() -> Callable[[], Hashable]:
    """``greenlet.getcurrent`` when greenlet is installed, else ``threading.get_ident``.

    Under gevent or eventlet many greenlets share one thread, so the thread id would mix
    them up; the greenlet object itself tells them apart. greenlet is optional: stage 6
    never requires it (tests/test_layering.py lists it as an optional import).
    """
    try:
        from greenlet import getcurrent
    except ImportError:
        return threading.get_ident
    return getcurrent  # type: ignore[no-any-return]


#: Who is asking: the key of each ``Local``'s storage.
get_ident = _find_ident_function()


def release_local(local: Local | LocalStack[Any]) -> None:
    """Drop everything ``local`` holds for the calling thread (or greenlet)."""
    local.__release_local__()


# --8<-- [start:ident_local]
class Local:
    """A namespace whose attributes are per thread, kept in ``{ident: {name: value}}``."""

    # Dunder names are not mangled and cannot clash with a user's plain attribute names.
    __slots__ = ("__storage__", "__ident_func__")

    def __init__(self) -> None:
        # Our own __setattr__ would file these under the current thread; go around it.
        object.__setattr__(self, "__storage__", {})
        object.__setattr__(self, "__ident_func__", get_ident)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__storage__[self.__ident_func__()][name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self.__storage__.setdefault(self.__ident_func__(), {})[name] = value

    def __delattr__(self, name: str) -> None:
        try:
            del self.__storage__[self.__ident_func__()][name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(self) -> Iterator[tuple[Hashable, dict[str, Any]]]:
        """Every ``(ident, namespace)`` pair: all threads' values, not only the caller's."""
        return iter(self.__storage__.items())

    def __call__(self, name: str, *, unbound_message: str | None = None) -> LocalProxy[Any]:
        """A proxy to attribute ``name`` for whichever thread uses it: ``user = data("user")``."""
        message = f"no object bound to {name}" if unbound_message is None else unbound_message
        attribute = attrgetter(name)

        def current() -> Any:
            try:
                return attribute(self)
            except AttributeError:
                raise RuntimeError(message) from None

        return LocalProxy(current)

    def __release_local__(self) -> None:
        self.__storage__.pop(self.__ident_func__(), None)


# --8<-- [end:ident_local]


class LocalStack(Generic[T]):
    """A stack per thread, kept as the attribute ``stack`` of a ``Local``."""

    def __init__(self) -> None:
        #: Holds this thread's stack (a list, mutated in place) as ``self._local.stack``.
        self._local = Local()

    @property
    def __ident_func__(self) -> Callable[[], Hashable]:
        """The ident function of the underlying ``Local``; assign to change who is "asking"."""
        return self._local.__ident_func__  # type: ignore[no-any-return]

    @__ident_func__.setter
    def __ident_func__(self, function: Callable[[], Hashable]) -> None:
        object.__setattr__(self._local, "__ident_func__", function)

    def push(self, obj: T) -> list[T]:
        """Put ``obj`` on top of this thread's stack; returns that stack."""
        stack: list[T] | None = getattr(self._local, "stack", None)
        if stack is None:
            stack = []
            self._local.stack = stack
        stack.append(obj)
        return stack

    def pop(self) -> T | None:
        """Take the top item off and return it, or None if this thread's stack is empty."""
        stack: list[T] | None = getattr(self._local, "stack", None)
        if not stack:
            return None
        top = stack.pop()
        if not stack:
            # Forget the thread entirely, or the storage would keep one entry per thread ever.
            release_local(self._local)
        return top

    @property
    def top(self) -> T | None:
        """The item on top of this thread's stack, or None."""
        stack: list[T] | None = getattr(self._local, "stack", None)
        return stack[-1] if stack else None

    def __call__(
        self, name: str | None = None, *, unbound_message: str | None = None
    ) -> LocalProxy[Any]:
        """A proxy to the top item, or to its attribute ``name``."""
        message = "object unbound" if unbound_message is None else unbound_message
        attribute = None if name is None else attrgetter(name)

        def current() -> Any:
            top = self.top
            if top is None:
                raise RuntimeError(message)
            return top if attribute is None else attribute(top)

        return LocalProxy(current)

    def __release_local__(self) -> None:
        self._local.__release_local__()
