"""``MultiDict``: a dict that keeps every value of a repeated key.

Mirrors ``MultiDict`` in werkzeug/datastructures/structures.py (Werkzeug 3.1.9).
Query strings and forms repeat keys (``?tag=a&tag=b``), so a plain dict would
lose data; this one keeps every value and still reads like a dict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from .exceptions import BadRequestKeyError
from .pairs import Pairs, convert, iter_multi_items

T = TypeVar("T")


# --8<-- [start:multidict]
class MultiDict(dict[str, list[Any]]):
    """A dict that keeps every value of a key: ``MultiDict([("a", "1"), ("a", "2")])``.

    Reading by key gives the *first* value, the one a form usually means; ``getlist``
    gives all of them. Underneath, each key maps to a list (a dict subclass, so
    ``len``, ``in`` and iteration over keys are plain dict operations).
    """

    def __init__(self, data: Pairs = None) -> None:
        super().__init__()
        for key, value in iter_multi_items(data):
            self.add(key, value)

    def __getitem__(self, key: str) -> Any:
        if key in self:
            values = super().__getitem__(key)
            if values:
                return values[0]
        # A KeyError for Python code, a 400 for a client that left a field out.
        raise BadRequestKeyError(key)

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, [value])

    def __iter__(self) -> Iterator[str]:
        # Defined here, not inherited, on purpose: ``dict(md)`` and ``{**md}`` copy a dict
        # subclass's raw storage (our lists) unless it has its own ``__iter__``; with one,
        # they read through ``__getitem__`` and get the first value, as with Werkzeug.
        return super().__iter__()

    def add(self, key: str, value: Any) -> None:
        """Append a value, keeping the ones already there."""
        super().setdefault(key, []).append(value)

    def get(self, key: str, default: Any = None, type: Callable[[Any], T] | None = None) -> Any:  # noqa: A002
        """First value, converted by ``type``; ``default`` if missing or not convertible.

        ``MultiDict({"page": "x"}).get("page", 1, type=int)`` -> ``1``.
        """
        try:
            return convert(self[key], type)
        except (KeyError, ValueError, TypeError):
            return default

    def getlist(self, key: str, type: Callable[[Any], T] | None = None) -> list[Any]:  # noqa: A002
        """Every value of ``key``; values ``type`` cannot convert are left out."""
        values = []
        for value in super().get(key, []):
            try:
                values.append(convert(value, type))
            except (ValueError, TypeError):
                continue
        return values

    def setlist(self, key: str, values: Iterable[Any]) -> None:
        super().__setitem__(key, list(values))

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def items(self, multi: bool = False) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        """``(key, first value)`` pairs, or every pair with ``multi=True``."""
        for key, values in super().items():
            if multi:
                yield from ((key, value) for value in values)
            elif values:
                yield key, values[0]

    def lists(self) -> Iterator[tuple[str, list[Any]]]:
        for key, values in super().items():
            yield key, list(values)

    def values(self) -> Iterator[Any]:  # type: ignore[override]
        return (values[0] for values in super().values() if values)

    def listvalues(self) -> Iterator[list[Any]]:
        return (list(values) for values in super().values())

    def to_dict(self, flat: bool = True) -> dict[str, Any]:
        """A plain dict: first values, or lists with ``flat=False``."""
        return dict(self.items()) if flat else dict(self.lists())

    def update(self, data: Pairs = None, /, **kwargs: Any) -> None:  # type: ignore[override]
        """Add the values (unlike ``dict.update``, nothing is replaced)."""
        for key, value in [*iter_multi_items(data), *kwargs.items()]:
            self.add(key, value)

    def pop(self, key: str, *default: Any) -> Any:
        if key in self:
            return super().pop(key)[0]
        if default:
            return default[0]
        raise BadRequestKeyError(key)

    def poplist(self, key: str) -> list[Any]:
        return super().pop(key, [])

    def copy(self) -> MultiDict:
        return type(self)(self)

    def __copy__(self) -> MultiDict:
        return self.copy()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self.items(multi=True))!r})"


# --8<-- [end:multidict]
