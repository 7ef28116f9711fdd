"""``Headers``: ordered, case-insensitive, multi-valued HTTP headers.

Mirrors ``Headers`` in werkzeug/datastructures/headers.py (Werkzeug 3.1.9).
HTTP repeats header names (two ``Set-Cookie`` lines), so a plain dict would lose
data. A missing name raises a plain ``KeyError`` (as Werkzeug's request headers do;
its stand-alone ``Headers`` raise ``BadRequestKeyError``): that keeps this module
below ``response.py`` and ``exceptions.py``, which both build on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from .pairs import Pairs, convert, iter_multi_items

T = TypeVar("T")


# --8<-- [start:headers]
class Headers:
    """Ordered, case-insensitive, multi-valued HTTP headers.

    Stored as a list of ``(name, value)`` pairs, because order and repetition
    matter on the wire (``Set-Cookie`` may appear many times) and names keep the
    case they were given; every look-up compares names case-insensitively.
    """

    def __init__(self, defaults: Pairs = None) -> None:
        self._list: list[tuple[str, str]] = []
        if defaults is not None:
            self.extend(defaults)

    def __getitem__(self, key: str | int) -> Any:
        if isinstance(key, int):
            return self._list[key]
        lowered = key.lower()
        for name, value in self._list:
            if name.lower() == lowered:
                return value
        raise KeyError(key)

    def get(self, key: str, default: Any = None, type: Callable[[str], T] | None = None) -> Any:  # noqa: A002
        try:
            return convert(self[key], type)
        except (KeyError, ValueError, TypeError):
            return default

    def getlist(self, key: str, type: Callable[[str], T] | None = None) -> list[Any]:  # noqa: A002
        lowered, values = key.lower(), []
        for name, value in self._list:
            if name.lower() == lowered:
                try:
                    values.append(convert(value, type))
                except (ValueError, TypeError):
                    continue
        return values

    def get_all(self, name: str) -> list[str]:
        return self.getlist(name)

    def add(self, key: str, value: Any) -> None:
        """Append a header, keeping any with the same name."""
        self._list.append((_checked(key), _checked(value)))

    def set(self, key: str, value: Any) -> None:
        """Replace every header named ``key`` by one, in the first one's place."""
        new = (_checked(key), _checked(value))
        lowered = key.lower()
        for index, (name, _) in enumerate(self._list):
            if name.lower() == lowered:
                self._list[index] = new
                self._list[index + 1 :] = [
                    item for item in self._list[index + 1 :] if item[0].lower() != lowered
                ]
                return
        self._list.append(new)

    __setitem__ = set

    def setdefault(self, key: str, default: Any) -> str:
        if key in self:
            return self[key]
        self.set(key, default)
        return self[key]

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self.remove(key)

    def remove(self, key: str) -> None:
        lowered = key.lower()
        self._list = [item for item in self._list if item[0].lower() != lowered]

    def pop(self, key: str, *default: Any) -> Any:
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        self.remove(key)
        return value

    def extend(self, data: Pairs = None, /, **kwargs: Any) -> None:
        """Add every given header, keeping the ones already there."""
        for key, value in [*iter_multi_items(data), *kwargs.items()]:
            self.add(key, value)

    def update(self, data: Pairs = None, /, **kwargs: Any) -> None:
        """Replace each given header (``set``), adding all values of a repeated one."""
        incoming: dict[str, list[Any]] = {}
        for key, value in [*iter_multi_items(data), *kwargs.items()]:
            incoming.setdefault(key, []).append(value)
        for key, values in incoming.items():
            self.remove(key)
            for value in values:
                self.add(key, value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and any(n.lower() == key.lower() for n, _ in self._list)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(list(self._list))

    def __len__(self) -> int:
        return len(self._list)

    def items(self, lower: bool = False) -> Iterator[tuple[str, str]]:
        return ((name.lower() if lower else name, value) for name, value in self._list)

    def keys(self, lower: bool = False) -> Iterator[str]:
        return (name for name, _ in self.items(lower))

    def values(self) -> Iterator[str]:
        return (value for _, value in self._list)

    def to_wsgi_list(self) -> list[tuple[str, str]]:
        """The list ``start_response`` wants."""
        return list(self._list)

    def copy(self) -> Headers:
        return type(self)(self._list)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Headers):
            return NotImplemented
        return sorted(other.items(lower=True)) == sorted(self.items(lower=True))

    def __str__(self) -> str:
        return "".join(f"{name}: {value}\r\n" for name, value in self._list) + "\r\n"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


# --8<-- [end:headers]


def _checked(text: Any) -> str:
    text = str(text)
    # A line break in a header would start a new header: response splitting.
    if "\n" in text or "\r" in text:
        raise ValueError("Header values must not contain newline characters.")
    return text
