"""Context-local storage: ``Local``, ``LocalStack``, ``release_local`` (the ContextVar era).

Mirrors werkzeug/local.py of Werkzeug 3.1.9 (``LocalManager`` is left out: Flask never
uses it). ``LocalProxy`` lives in ``proxy.py`` and is re-exported here; it knows nothing of
these classes, which tell it through ``__proxy_lookup__`` how to find their current object.

Why ContextVars: a value set "for the current request" must be invisible to every other
request in flight, whether that request runs on another thread or in another asyncio task
on the same thread. A ``contextvars.ContextVar`` (PEP 567) gives exactly that scope: each
thread starts with its own context, and asyncio runs every task in a copy of the context it
was created in. ``ident_local.py`` shows the older design this replaced in Werkzeug 2.0.

Each ``Local`` keeps one ContextVar holding a dict, each ``LocalStack`` one holding a list.
They never mutate the stored container: they build a new one and ``set`` it. A context that
was copied earlier still points at the old container, so a change made in one context never
leaks into another (copy-on-write).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

from .proxy import LocalProxy as LocalProxy

T = TypeVar("T")


# --8<-- [start:lookups]
def current_from_attribute(source: Any, name: str | None, message: str) -> Callable[[], Any]:
    """A getter for ``source.<name>`` ("user.name" works too); missing means unbound."""
    if name is None:
        raise TypeError(
            f"'name' is required when proxying a '{type(source).__name__}' object."
            " Say which attribute to follow: LocalProxy(local, 'user') or local('user')."
        )
    attribute = operator.attrgetter(name)

    def current() -> Any:
        try:
            return attribute(source)
        except AttributeError:
            raise RuntimeError(message) from None

    return current


def current_from_top(stack: Any, name: str | None, message: str) -> Callable[[], Any]:
    """A getter for the top item of ``stack`` (or its attribute ``name``); empty is unbound."""
    attribute = None if name is None else operator.attrgetter(name)

    def current() -> Any:
        top = stack.top
        if top is None:
            raise RuntimeError(message)
        return top if attribute is None else attribute(top)

    return current


# --8<-- [end:lookups]


def release_local(local: Local | LocalStack[Any]) -> None:
    """Forget everything ``local`` holds for the current context (other contexts keep theirs)."""
    local.__release_local__()


# --8<-- [start:local]
class Local:
    """A namespace whose attributes are per context: ``data.user = "ann"`` is seen only here.

    ``context_var`` is the ContextVar to keep the attributes in (one is made if not given).
    Make locals at module level: a ContextVar is never freed, so one per object would leak.
    """

    # Name-mangled to ``_Local__storage``: every other attribute name belongs to the user.
    __slots__ = ("__storage",)

    def __init__(self, context_var: ContextVar[dict[str, Any]] | None = None) -> None:
        if context_var is None:
            context_var = ContextVar(f"stage06.Local<{id(self)}>.storage")
        # Our own __setattr__ would store it as a user attribute; go around it.
        object.__setattr__(self, "_Local__storage", context_var)

    # No plain-named helpers here: such a name on the class would hide a user attribute.
    # The dicts read below may be shared with other contexts, so they are never mutated.
    def __getattr__(self, name: str) -> Any:
        values = self.__storage.get({})
        if name not in values:
            raise AttributeError(name)
        return values[name]

    def __setattr__(self, name: str, value: Any) -> None:
        self.__storage.set({**self.__storage.get({}), name: value})

    def __delattr__(self, name: str) -> None:
        values = self.__storage.get({})
        if name not in values:
            raise AttributeError(name)
        self.__storage.set({key: value for key, value in values.items() if key != name})

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """The ``(name, value)`` pairs set in the current context."""
        return iter(self.__storage.get({}).items())

    def __call__(self, name: str, *, unbound_message: str | None = None) -> LocalProxy[Any]:
        """A proxy to attribute ``name`` of this local: ``user = data("user")``."""
        return LocalProxy(self, name, unbound_message=unbound_message)

    def __proxy_lookup__(self, name: str | None, message: str) -> Callable[[], Any]:
        """How ``LocalProxy(local, name)`` finds its object: the attribute, in this context."""
        return current_from_attribute(self, name, message)

    def __release_local__(self) -> None:
        self.__storage.set({})


# --8<-- [end:local]


# --8<-- [start:local_stack]
class LocalStack(Generic[T]):
    """A stack per context: Flask 2.x pushed its app and request contexts on two of these.

    ``context_var`` is the ContextVar to keep the stack (a list) in; one is made if not given.
    """

    __slots__ = ("_storage",)

    def __init__(self, context_var: ContextVar[list[T]] | None = None) -> None:
        if context_var is None:
            context_var = ContextVar(f"stage06.LocalStack<{id(self)}>.storage")
        #: The ContextVar holding this context's stack, bottom first.
        self._storage = context_var

    def push(self, obj: T) -> list[T]:
        """Put ``obj`` on top; returns the new stack (a fresh list, the old one is untouched)."""
        stack = [*self._storage.get([]), obj]
        self._storage.set(stack)
        return stack

    def pop(self) -> T | None:
        """Take the top item off and return it, or return None if the stack is empty."""
        stack = self._storage.get([])
        if not stack:
            return None
        self._storage.set(stack[:-1])
        return stack[-1]

    @property
    def top(self) -> T | None:
        """The item on top of the stack, or None if it is empty."""
        stack = self._storage.get([])
        return stack[-1] if stack else None

    def __call__(
        self, name: str | None = None, *, unbound_message: str | None = None
    ) -> LocalProxy[Any]:
        """A proxy to the top item, or to its attribute ``name``: ``g = stack("g")``."""
        return LocalProxy(self, name, unbound_message=unbound_message)

    def __proxy_lookup__(self, name: str | None, message: str) -> Callable[[], Any]:
        """How ``LocalProxy(stack)`` finds its object: the top item, in this context."""
        return current_from_top(self, name, message)

    def __release_local__(self) -> None:
        self._storage.set([])


# --8<-- [end:local_stack]
