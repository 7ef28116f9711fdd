"""``LocalProxy``: one module-level object that stands for "whatever is current right now".

Mirrors ``LocalProxy`` in werkzeug/local.py (Werkzeug 3.1.9); ``local.py`` re-exports it.
``request = LocalProxy(request_var, "request")`` lets a view write ``request.method`` and get
the method of the request *this* context is handling.

How it forwards. Python looks special methods (``len``, ``+``, ``==``, ``with``) up on the
*type*, never through ``__getattr__`` (see "Special method lookup" in the data model docs), so
the proxy class must own every special method it forwards. Each is a ``_Forward`` descriptor,
made from three tables at the bottom of this module: names fetched from the object as they
are (``__enter__``), functions applied to the object (``len``), and arithmetic stems that
each give an operator with its reflected and in-place twins (``add``: ``__add__``,
``__radd__``, ``__iadd__``). A table keeps the 90-odd names to one line each.

Why descriptors, not plain methods: the proxy asks for the current object when the special
method is *looked up*, not when it is called, and CPython reacts to a failed lookup in its
own ways. On an unbound proxy ``==`` falls back to identity and ``hash`` says "unhashable
type", and ``hasattr(proxy, "__enter__")`` is False when the object cannot be used in a
``with``; Werkzeug behaves the same way for the same reason. Plain methods would always exist
and fail only once called. ``__getattr__`` alone is a plain method: Python calls it only after
normal lookup fails, so nothing can tell the difference, and it is the hot path
(``request.method``) where skipping the descriptor pays.
"""

from __future__ import annotations

import copy
import math
import operator
from collections.abc import Callable
from contextvars import ContextVar
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from .local import Local, LocalStack

T = TypeVar("T")

#: What a descriptor gives for a bound proxy: ``bind(current_object, proxy)``.
Binder = Callable[[Any, "LocalProxy[Any]"], Any]


# --8<-- [start:forward]
class _Forward:
    """One special name of ``LocalProxy``, resolved against the current object on each lookup."""

    __slots__ = ("name", "bind", "unbound_value", "unbound_result", "on_class")

    def __init__(
        self,
        name: str,
        bind: Binder,
        *,
        unbound_value: Callable[[Any], Any] | None = None,
        unbound_result: Callable[[Any], Any] | None = None,
        on_class: Any = None,
    ) -> None:
        #: The special name, e.g. ``"__len__"``.
        self.name = name
        #: Turns the current object into what the lookup yields, e.g. ``partial(len, obj)``.
        self.bind = bind
        #: For attributes: their value on an unbound proxy, from the proxy.
        self.unbound_value = unbound_value
        #: For methods: what calling them returns on an unbound proxy, from the proxy.
        self.unbound_result = unbound_result
        #: What ``LocalProxy.<name>`` gives (``__doc__`` keeps the class docstring).
        self.on_class = on_class

    def __get__(self, proxy: LocalProxy[Any] | None, owner: type | None = None) -> Any:
        if proxy is None:
            return self if self.on_class is None else self.on_class
        try:
            obj = proxy._get_current_object()
        except RuntimeError:
            if self.unbound_value is not None:
                return self.unbound_value(proxy)
            if self.unbound_result is not None:
                return partial(self.unbound_result, proxy)
            raise
        return self.bind(obj, proxy)

    def __repr__(self) -> str:
        return f"<forwarded {self.name}>"

    def __call__(self, proxy: LocalProxy[Any], *args: Any, **kwargs: Any) -> Any:
        """Called via the class, as ``copy.copy`` and ``ExitStack`` do: ``type(p).__copy__(p)``."""
        return self.__get__(proxy, type(proxy))(*args, **kwargs)


# --8<-- [end:forward]


def _fetched(name: str) -> Binder:
    """Bind by fetching ``obj.<name>``: the proxy has it exactly when the object does."""
    return lambda obj, proxy: getattr(obj, name)


def _applied(function: Callable[..., Any]) -> Binder:
    """Bind ``function`` to the object: ``len(proxy)`` runs ``len(obj)``."""
    return lambda obj, proxy: partial(function, obj)


def _reflected(function: Callable[[Any, Any], Any]) -> Binder:
    """Bind with the operands swapped: ``1 + proxy`` runs ``1 + obj``."""
    return lambda obj, proxy: lambda other: function(other, obj)


def _in_place(function: Callable[[Any, Any], Any]) -> Binder:
    """Bind an in-place operator that updates the object and keeps the name on the proxy."""

    def bind(obj: Any, proxy: LocalProxy[Any]) -> Callable[[Any], Any]:
        def update(other: Any) -> LocalProxy[Any]:
            # As Werkzeug: the result is dropped, so ``proxy += 1`` on an int changes nothing,
            # while ``proxy += [x]`` extends the list in place.
            function(obj, other)
            return proxy

        return update

    return bind


def _instance_check(cls: Any, candidate: Any) -> bool:
    return isinstance(candidate, cls)


def _subclass_check(cls: Any, candidate: Any) -> bool:
    return issubclass(candidate, cls)


# --8<-- [start:getters]
def _current_from_local(local: Local, name: str, message: str) -> Callable[[], Any]:
    attribute = operator.attrgetter(name)  # "user.name" works too, as with attrgetter

    def current() -> Any:
        try:
            return attribute(local)
        except AttributeError:
            raise RuntimeError(message) from None

    return current


def _current_from_stack(
    stack: LocalStack[Any], attribute: Callable[[Any], Any] | None, message: str
) -> Callable[[], Any]:
    def current() -> Any:
        top = stack.top
        if top is None:
            raise RuntimeError(message)
        return top if attribute is None else attribute(top)

    return current


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
        local: ContextVar[T] | Local | LocalStack[T] | Callable[[], T],
        name: str | None = None,
        *,
        unbound_message: str | None = None,
    ) -> None:
        from .local import Local, LocalStack  # local.py imports this module, so not at the top

        message = "object is not bound" if unbound_message is None else unbound_message
        attribute = None if name is None else operator.attrgetter(name)
        if isinstance(local, Local):
            if name is None:
                raise TypeError(
                    "'name' is required when proxying a 'Local' object."
                    " Say which attribute to follow: LocalProxy(local, 'user') or local('user')."
                )
            current = _current_from_local(local, name, message)
        elif isinstance(local, LocalStack):
            current = _current_from_stack(local, attribute, message)
        elif isinstance(local, ContextVar):
            current = _current_from_var(local, attribute, message)
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

    def __getattr__(self, name: str) -> Any:
        return getattr(self._get_current_object(), name)

    __doc__ = _Forward(
        "__doc__", _fetched("__doc__"), unbound_value=lambda p: type(p).__doc__, on_class=__doc__
    )
    #: Unbound, ``__wrapped__`` is the local itself (``inspect.unwrap`` and doctest use it).
    __wrapped__ = _Forward(
        "__wrapped__", _fetched("__wrapped__"), unbound_value=lambda p: p._LocalProxy__wrapped
    )
    __class__ = _Forward("__class__", _fetched("__class__"), unbound_value=type)  # type: ignore[assignment]
    __repr__ = _Forward(
        "__repr__", _applied(repr), unbound_result=lambda p: f"<{type(p).__name__} unbound>"
    )
    __bool__ = _Forward("__bool__", _applied(bool), unbound_result=lambda p: False)
    __dir__ = _Forward("__dir__", _applied(dir), unbound_result=lambda p: [])


# --8<-- [end:local_proxy]

# --8<-- [start:tables]
#: Fetched from the object as they are, so the proxy has them only when the object does.
_FETCHED = (
    "__format__", "__enter__", "__exit__",
    "__await__", "__aiter__", "__anext__", "__aenter__", "__aexit__",
)  # fmt: skip

#: Special method -> the function Python applies to the object for it.
_APPLIED: dict[str, Callable[..., Any]] = {
    "__str__": str, "__bytes__": bytes, "__hash__": hash,
    "__lt__": operator.lt, "__le__": operator.le, "__eq__": operator.eq,
    "__ne__": operator.ne, "__gt__": operator.gt, "__ge__": operator.ge,
    "__setattr__": setattr, "__delattr__": delattr, "__call__": operator.call,
    "__instancecheck__": _instance_check, "__subclasscheck__": _subclass_check,
    "__len__": len, "__length_hint__": operator.length_hint, "__contains__": operator.contains,
    "__getitem__": operator.getitem, "__setitem__": operator.setitem,
    "__delitem__": operator.delitem,
    "__iter__": iter, "__next__": next, "__reversed__": reversed,
    "__neg__": operator.neg, "__pos__": operator.pos, "__abs__": abs,
    "__invert__": operator.invert, "__complex__": complex, "__int__": int, "__float__": float,
    "__index__": operator.index, "__round__": round, "__trunc__": math.trunc,
    "__floor__": math.floor, "__ceil__": math.ceil,
    "__copy__": copy.copy, "__deepcopy__": copy.deepcopy,
}  # fmt: skip

#: Stem -> (operator, in-place operator or None); each gives __x__, __rx__ and __ix__.
_ARITHMETIC: dict[str, tuple[Callable[[Any, Any], Any], Callable[[Any, Any], Any] | None]] = {
    "add": (operator.add, operator.iadd), "sub": (operator.sub, operator.isub),
    "mul": (operator.mul, operator.imul), "matmul": (operator.matmul, operator.imatmul),
    "truediv": (operator.truediv, operator.itruediv),
    "floordiv": (operator.floordiv, operator.ifloordiv),
    "mod": (operator.mod, operator.imod), "divmod": (divmod, None),
    "pow": (pow, operator.ipow), "lshift": (operator.lshift, operator.ilshift),
    "rshift": (operator.rshift, operator.irshift), "and": (operator.and_, operator.iand),
    "xor": (operator.xor, operator.ixor), "or": (operator.or_, operator.ior),
}  # fmt: skip


def _install(name: str, bind: Binder) -> None:
    setattr(LocalProxy, name, _Forward(name, bind))


for _name in _FETCHED:
    _install(_name, _fetched(_name))
for _name, _function in _APPLIED.items():
    _install(_name, _applied(_function))
for _stem, (_function, _update) in _ARITHMETIC.items():
    _install(f"__{_stem}__", _applied(_function))
    _install(f"__r{_stem}__", _reflected(_function))
    if _update is not None:
        _install(f"__i{_stem}__", _in_place(_update))
del _name, _function, _stem, _update
# --8<-- [end:tables]
