"""The thread-ident generation of context locals, as the origin articles read it.

Mirrors the design of ``Local``, ``LocalStack`` and ``release_local`` in werkzeug/local.py
of Werkzeug 1.0.1 (the 0.15 / 1.0 line Flask 1.x ran on); the code is ours. Kept beside
``local.py`` to show why it was replaced.

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

Both classes work with the same ``LocalProxy`` as the ContextVar generation, and take the
same arguments when called, so either can be dropped in.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from typing import Any, Generic, TypeVar

from .local import current_from_attribute, current_from_top
from .proxy import LocalProxy

T = TypeVar("T")


def _who_is_asking() -> Callable[[], Hashable]:
    """The function that names the caller: its greenlet if greenlet is installed, else its thread.

    Under gevent or eventlet many greenlets share one thread, so the thread id would mix
    them up; the greenlet object itself tells them apart. greenlet is optional: stage 6
    never requires it (tests/test_layering.py lists it as an optional import).
    """
    try:
        import greenlet
    except ImportError:
        return threading.get_ident
    return greenlet.getcurrent


#: Who is asking: the key of each ``Local``'s table.
get_ident = _who_is_asking()


def release_local(local: Local | LocalStack[Any]) -> None:
    """Drop everything ``local`` holds for the calling thread (or greenlet)."""
    local.__release_local__()


# --8<-- [start:ident_local]
#: What a thread that never wrote reads: empty, and never written to (writes create).
_NOTHING_SET: dict[str, Any] = {}


def _namespace(local: Local, *, create: bool = False) -> dict[str, Any]:
    """The caller's own ``{name: value}`` in ``local``'s table; made on first write.

    Reads of a thread that never wrote get ``_NOTHING_SET``, kept out of the table, so a
    thread that only reads leaves no entry.
    """
    table: dict[Hashable, dict[str, Any]] = local.__storage__
    if create:
        return table.setdefault(local.__ident_func__(), {})
    return table.get(local.__ident_func__(), _NOTHING_SET)


class Local:
    """A namespace whose attributes are per thread, kept in ``{ident: {name: value}}``."""

    # The table and the ident function. Dunder names, so no user attribute can clash.
    __slots__ = ("__storage__", "__ident_func__")

    def __init__(self) -> None:
        # Our own __setattr__ would file these under the calling thread; go around it.
        object.__setattr__(self, "__storage__", {})
        object.__setattr__(self, "__ident_func__", get_ident)

    def __getattr__(self, name: str) -> Any:
        namespace = _namespace(self)
        if name not in namespace:
            raise AttributeError(name)
        return namespace[name]

    def __setattr__(self, name: str, value: Any) -> None:
        _namespace(self, create=True)[name] = value  # mutated in place: shared by nobody else

    def __delattr__(self, name: str) -> None:
        namespace = _namespace(self)
        if name not in namespace:
            raise AttributeError(name)
        del namespace[name]

    def __iter__(self) -> Iterator[tuple[Hashable, dict[str, Any]]]:
        """Every ``(ident, namespace)`` pair: all threads' values, not only the caller's."""
        return iter(self.__storage__.items())

    def __call__(self, name: str, *, unbound_message: str | None = None) -> LocalProxy[Any]:
        """A proxy to attribute ``name`` for whichever thread uses it: ``user = data("user")``."""
        message = f"no object bound to {name}" if unbound_message is None else unbound_message
        return LocalProxy(self, name, unbound_message=message)

    def __proxy_lookup__(self, name: str | None, message: str) -> Callable[[], Any]:
        return current_from_attribute(self, name, message)

    def __release_local__(self) -> None:
        self.__storage__.pop(self.__ident_func__(), None)


# --8<-- [end:ident_local]


class LocalStack(Generic[T]):
    """A stack per thread, kept as the attribute ``stack`` of a ``Local``.

    Each push and pop stores a new tuple, so no thread ever sees a stack half changed;
    the pop that empties it forgets the thread, or the table would grow with every thread.
    """

    def __init__(self) -> None:
        #: Holds this thread's stack (a tuple, bottom first) as ``self._local.stack``.
        self._local = Local()

    @property
    def __ident_func__(self) -> Callable[[], Hashable]:
        """The ident function of the underlying ``Local``; assign to change who is "asking"."""
        return self._local.__ident_func__

    @__ident_func__.setter
    def __ident_func__(self, function: Callable[[], Hashable]) -> None:
        object.__setattr__(self._local, "__ident_func__", function)

    def _items(self) -> tuple[T, ...]:
        return getattr(self._local, "stack", ())

    def push(self, obj: T) -> list[T]:
        """Put ``obj`` on top of this thread's stack; returns the stack, bottom first."""
        self._local.stack = (*self._items(), obj)
        return list(self._local.stack)

    def pop(self) -> T | None:
        """Take the top item off and return it, or None if this thread's stack is empty."""
        items = self._items()
        if not items:
            return None
        if len(items) == 1:
            release_local(self._local)
        else:
            self._local.stack = items[:-1]
        return items[-1]

    @property
    def top(self) -> T | None:
        """The item on top of this thread's stack, or None."""
        items = getattr(self._local, "stack", ())
        return items[-1] if items else None

    def __call__(
        self, name: str | None = None, *, unbound_message: str | None = None
    ) -> LocalProxy[Any]:
        """A proxy to the top item, or to its attribute ``name``."""
        message = "object unbound" if unbound_message is None else unbound_message
        return LocalProxy(self, name, unbound_message=message)

    def __proxy_lookup__(self, name: str | None, message: str) -> Callable[[], Any]:
        return current_from_top(self, name, message)

    def __release_local__(self) -> None:
        self._local.__release_local__()
