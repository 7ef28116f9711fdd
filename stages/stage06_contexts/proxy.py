"""``LocalProxy``: one module-level object that stands for "whatever is current right now".

Mirrors ``LocalProxy`` in werkzeug/local.py (Werkzeug 3.1.9); ``local.py`` re-exports it.
``request = LocalProxy(request_var, "request")`` lets a view write ``request.method`` and get
the method of the request *this* context is handling.

Python looks special methods (``len``, ``+``, ``==``, ``with``) up on the *type*, never
through ``__getattr__``, so the class body lists every one it forwards, one line each.
"""

from __future__ import annotations

import copy
import math
import operator
from collections.abc import Callable
from contextvars import ContextVar
from functools import partial
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")

#: What a descriptor gives for a bound proxy: ``bind(current_object, proxy)``.
Binder = Callable[[Any, "LocalProxy[Any]"], Any]


class ProxySource(Protocol):
    """A context-local that knows how to find its current object (``Local``, ``LocalStack``)."""

    def __proxy_lookup__(self, name: str | None, message: str) -> Callable[[], Any]: ...


# --8<-- [start:forward]
class _Forward:
    """A special method of ``LocalProxy``, looked up on the current object at lookup time.

    Not a plain method: CPython reacts to a failed *lookup* in its own ways. On an unbound
    proxy ``==`` falls back to identity, ``hash`` says "unhashable type", and
    ``hasattr(proxy, "__enter__")`` is False when the object is no context manager, as
    with Werkzeug's proxy. A plain method would always exist and fail only once called.
    """

    __slots__ = ("name", "bind", "unbound", "on_class")

    def __init__(
        self,
        bind: Binder | None = None,
        *,
        unbound: Callable[[Any], Any] | None = None,
        on_class: Any = None,
    ) -> None:
        #: The special name, e.g. ``"__len__"``; set when the class is created.
        self.name = ""
        #: Turns the current object into what the lookup yields; None: ``obj.<name>``.
        self.bind = bind
        #: What the lookup yields on an unbound proxy; None lets the RuntimeError out.
        self.unbound = unbound
        #: What ``LocalProxy.<name>`` gives (``__doc__`` keeps the class docstring).
        self.on_class = on_class

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, proxy: LocalProxy[Any] | None, owner: type | None = None) -> Any:
        if proxy is None:
            return self if self.on_class is None else self.on_class
        try:
            obj = proxy._get_current_object()
        except RuntimeError:
            if self.unbound is None:
                raise
            return self.unbound(proxy)
        if self.bind is None:
            return getattr(obj, self.name)  # the proxy has it exactly when the object does
        return self.bind(obj, proxy)

    def __repr__(self) -> str:
        return f"<forwarded {self.name}>"

    def __call__(self, proxy: LocalProxy[Any], *args: Any, **kwargs: Any) -> Any:
        """Called via the class, as ``copy.copy`` and ``ExitStack`` do: ``type(p).__copy__(p)``."""
        return self.__get__(proxy, type(proxy))(*args, **kwargs)


def _fetched(unbound: Callable[[Any], Any] | None = None, on_class: Any = None) -> Any:
    """Forward by fetching the same name from the object: ``proxy.__enter__``."""
    return _Forward(unbound=unbound, on_class=on_class)


def _applied(function: Callable[..., Any], unbound: Callable[[Any], Any] | None = None) -> Any:
    """Forward by applying ``function`` to the object: ``len(proxy)`` runs ``len(obj)``."""
    return _Forward(lambda obj, proxy: partial(function, obj), unbound=unbound)


def _reflected(function: Callable[[Any, Any], Any]) -> Any:
    """Forward with the operands swapped: ``1 + proxy`` runs ``1 + obj``."""
    return _Forward(lambda obj, proxy: lambda other: function(other, obj))


def _in_place(function: Callable[[Any, Any], Any]) -> Any:
    """Forward an in-place operator: it updates the object, the name keeps the proxy.

    As Werkzeug's: the result is dropped, so ``proxy += 1`` on an int changes nothing,
    while ``proxy += [x]`` extends the list in place.
    """

    def bind(obj: Any, proxy: LocalProxy[Any]) -> Callable[[Any], Any]:
        def update(other: Any) -> LocalProxy[Any]:
            function(obj, other)
            return proxy

        return update

    return _Forward(bind)


# --8<-- [end:forward]


# --8<-- [start:getters]
def _current_from_var(
    var: ContextVar[Any], attribute: Callable[[Any], Any] | None, message: str
) -> Callable[[], Any]:
    def current() -> Any:
        try:
            obj = var.get()
        except LookupError:
            raise RuntimeError(message) from None
        return obj if attribute is None else attribute(obj)

    return current


def _current_from_call(
    function: Callable[[], Any], attribute: Callable[[Any], Any] | None
) -> Callable[[], Any]:
    if attribute is None:
        return function
    return lambda: attribute(function())


# --8<-- [end:getters]


# --8<-- [start:local_proxy]
class LocalProxy(Generic[T]):
    """Forwards every operation to the object a context-local holds for the current context.

    ``local`` is a ``ContextVar``, a ``Local`` (then ``name`` is required), a ``LocalStack``
    (its top item) or any function returning the object. ``name`` picks an attribute of that
    object instead: ``LocalProxy(request_var, "method")``. With nothing bound, using the proxy
    raises ``RuntimeError(unbound_message)``; ``repr``, ``bool`` and ``dir`` answer anyway.

    ``isinstance(proxy, Request)`` is True since ``__class__`` is forwarded too; to know
    whether something is a proxy, ask ``issubclass(type(x), LocalProxy)``.
    """

    __slots__ = ("__wrapped", "_get_current_object")

    #: Returns the object the proxy stands for right now (raises RuntimeError if unbound).
    #: Hand it to code that must not see a proxy, or call it once to skip repeated lookups.
    _get_current_object: Callable[[], T]

    def __init__(
        self,
        local: ContextVar[T] | ProxySource | Callable[[], T],
        name: str | None = None,
        *,
        unbound_message: str | None = None,
    ) -> None:
        message = "object is not bound" if unbound_message is None else unbound_message
        attribute = None if name is None else operator.attrgetter(name)
        # A Local or LocalStack says itself how to find its current object.
        lookup = getattr(type(local), "__proxy_lookup__", None)
        if isinstance(local, ContextVar):
            current = _current_from_var(local, attribute, message)
        elif lookup is not None:
            current = lookup(local, name, message)
        elif callable(local):
            current = _current_from_call(local, attribute)
        else:
            raise TypeError(
                f"Don't know how to proxy '{type(local)}'. Pass a ContextVar, a Local,"
                f" a LocalStack or a function returning the object, not {local!r}."
            )
        # Our __setattr__ forwards to the current object, so set our own slots directly.
        object.__setattr__(self, "_LocalProxy__wrapped", local)
        object.__setattr__(self, "_get_current_object", current)

    # The hot path (``request.method``): a plain method, which Python calls only once
    # normal lookup has failed, so it needs no descriptor.
    def __getattr__(self, name: str) -> Any:
        return getattr(self._get_current_object(), name)

    # --8<-- [end:local_proxy]

    # --8<-- [start:forwarded]
    # What an unbound proxy still answers.
    __doc__ = _fetched(unbound=lambda p: type(p).__doc__, on_class=__doc__)
    #: Unbound, ``__wrapped__`` is the local itself (``inspect.unwrap`` and doctest use it).
    __wrapped__ = _fetched(unbound=lambda p: p._LocalProxy__wrapped)
    __class__ = _fetched(unbound=type)
    __repr__ = _applied(repr, unbound=lambda p: lambda: f"<{type(p).__name__} unbound>")
    __bool__ = _applied(bool, unbound=lambda p: lambda: False)
    __dir__ = _applied(dir, unbound=lambda p: lambda: [])

    # Fetched from the object as they are: the proxy has them only when the object does.
    __format__ = _fetched()
    __enter__ = _fetched()
    __exit__ = _fetched()
    __await__ = _fetched()
    __aiter__ = _fetched()
    __anext__ = _fetched()
    __aenter__ = _fetched()
    __aexit__ = _fetched()

    # Conversions, hashing, comparisons, attributes, calls.
    __str__ = _applied(str)
    __bytes__ = _applied(bytes)
    __hash__ = _applied(hash)
    __lt__ = _applied(operator.lt)
    __le__ = _applied(operator.le)
    __eq__ = _applied(operator.eq)
    __ne__ = _applied(operator.ne)
    __gt__ = _applied(operator.gt)
    __ge__ = _applied(operator.ge)
    __setattr__ = _applied(setattr)
    __delattr__ = _applied(delattr)
    __call__ = _applied(operator.call)
    __instancecheck__ = _applied(lambda cls, candidate: isinstance(candidate, cls))
    __subclasscheck__ = _applied(lambda cls, candidate: issubclass(candidate, cls))

    # Containers and iteration.
    __len__ = _applied(len)
    __length_hint__ = _applied(operator.length_hint)
    __contains__ = _applied(operator.contains)
    __getitem__ = _applied(operator.getitem)
    __setitem__ = _applied(operator.setitem)
    __delitem__ = _applied(operator.delitem)
    __iter__ = _applied(iter)
    __next__ = _applied(next)
    __reversed__ = _applied(reversed)

    # Numbers.
    __neg__ = _applied(operator.neg)
    __pos__ = _applied(operator.pos)
    __abs__ = _applied(abs)
    __invert__ = _applied(operator.invert)
    __complex__ = _applied(complex)
    __int__ = _applied(int)
    __float__ = _applied(float)
    __index__ = _applied(operator.index)
    __round__ = _applied(round)
    __trunc__ = _applied(math.trunc)
    __floor__ = _applied(math.floor)
    __ceil__ = _applied(math.ceil)

    # Binary operators: the operator, its reflection (``1 + proxy``), its in-place form.
    __add__ = _applied(operator.add)
    __radd__ = _reflected(operator.add)
    __iadd__ = _in_place(operator.iadd)
    __sub__ = _applied(operator.sub)
    __rsub__ = _reflected(operator.sub)
    __isub__ = _in_place(operator.isub)
    __mul__ = _applied(operator.mul)
    __rmul__ = _reflected(operator.mul)
    __imul__ = _in_place(operator.imul)
    __matmul__ = _applied(operator.matmul)
    __rmatmul__ = _reflected(operator.matmul)
    __imatmul__ = _in_place(operator.imatmul)
    __truediv__ = _applied(operator.truediv)
    __rtruediv__ = _reflected(operator.truediv)
    __itruediv__ = _in_place(operator.itruediv)
    __floordiv__ = _applied(operator.floordiv)
    __rfloordiv__ = _reflected(operator.floordiv)
    __ifloordiv__ = _in_place(operator.ifloordiv)
    __mod__ = _applied(operator.mod)
    __rmod__ = _reflected(operator.mod)
    __imod__ = _in_place(operator.imod)
    __divmod__ = _applied(divmod)
    __rdivmod__ = _reflected(divmod)
    __pow__ = _applied(pow)
    __rpow__ = _reflected(pow)
    __ipow__ = _in_place(operator.ipow)
    __lshift__ = _applied(operator.lshift)
    __rlshift__ = _reflected(operator.lshift)
    __ilshift__ = _in_place(operator.ilshift)
    __rshift__ = _applied(operator.rshift)
    __rrshift__ = _reflected(operator.rshift)
    __irshift__ = _in_place(operator.irshift)
    __and__ = _applied(operator.and_)
    __rand__ = _reflected(operator.and_)
    __iand__ = _in_place(operator.iand)
    __xor__ = _applied(operator.xor)
    __rxor__ = _reflected(operator.xor)
    __ixor__ = _in_place(operator.ixor)
    __or__ = _applied(operator.or_)
    __ror__ = _reflected(operator.or_)
    __ior__ = _in_place(operator.ior)

    # Copies copy the object, not the proxy.
    __copy__ = _applied(copy.copy)
    __deepcopy__ = _applied(copy.deepcopy)
    # --8<-- [end:forwarded]
