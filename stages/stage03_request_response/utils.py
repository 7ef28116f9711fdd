"""``cached_property``: compute an attribute on first access, then keep it.

Mirrors ``cached_property`` in werkzeug/utils.py (Werkzeug 3.1.9). Almost everything
a ``Request`` offers is derived from the environ; most requests use a handful of
those attributes, so each is computed only if asked for, and only once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


# --8<-- [start:cached_property]
class cached_property(Generic[T]):  # noqa: N801 (named like the built-in property)
    """A property whose value is stored in the instance's ``__dict__`` after the first call.

    Attribute look-up checks the instance ``__dict__`` before a non-data descriptor
    like this one, so from the second access on Python never calls us again: the
    cache *is* the instance attribute, and assigning or deleting it just works.
    """

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.__doc__ = func.__doc__
        self.name = func.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self  # accessed on the class: show the descriptor itself
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value


# --8<-- [end:cached_property]
