"""``MultiDict`` and ``Headers``: the containers a request is made of.

Mirrors werkzeug/datastructures/structures.py and headers.py (Werkzeug 3.1.9).
HTTP repeats keys (``?tag=a&tag=b``, two ``Set-Cookie`` headers), so a plain dict
would lose data; these keep every value and still read like a dict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from .exceptions import BadRequestKeyError

T = TypeVar("T")
Pairs = Mapping[str, Any] | Iterable[tuple[str, Any]] | None


def _pairs(data: Pairs) -> Iterator[tuple[str, Any]]:
    """Mappings and pair lists alike; a list or tuple value in a mapping means many values."""
    if data is None:
        return
    if isinstance(data, MultiDict):
        yield from data.items(multi=True)
    elif isinstance(data, Mapping):
        for key, value in data.items():
            if isinstance(value, list | tuple):
                yield from ((key, item) for item in value)
            else:
                yield key, value
    else:
        yield from data


def _convert(value: Any, type: Callable[[Any], T] | None) -> T:  # noqa: A002 (Werkzeug's name)
    return value if type is None else type(value)


# --8<-- [start:multidict]
class MultiDict(dict[str, list[Any]]):
    """A dict that keeps every value of a key: ``MultiDict([("a", "1"), ("a", "2")])``.

    Reading by key gives the *first* value, the one a form usually means; ``getlist``
    gives all of them. Underneath, each key maps to a list (a dict subclass, so
    ``len``, ``in`` and iteration over keys are plain dict operations).
    """

    def __init__(self, data: Pairs = None) -> None:
        super().__init__()
        for key, value in _pairs(data):
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
            return _convert(self[key], type)
        except (KeyError, ValueError, TypeError):
            return default

    def getlist(self, key: str, type: Callable[[Any], T] | None = None) -> list[Any]:  # noqa: A002
        """Every value of ``key``; values ``type`` cannot convert are left out."""
        values = []
        for value in super().get(key, []):
            try:
                values.append(_convert(value, type))
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
        for key, value in [*_pairs(data), *kwargs.items()]:
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
        raise BadRequestKeyError(key)

    def get(self, key: str, default: Any = None, type: Callable[[str], T] | None = None) -> Any:  # noqa: A002
        try:
            return _convert(self[key], type)
        except (KeyError, ValueError, TypeError):
            return default

    def getlist(self, key: str, type: Callable[[str], T] | None = None) -> list[Any]:  # noqa: A002
        lowered, values = key.lower(), []
        for name, value in self._list:
            if name.lower() == lowered:
                try:
                    values.append(_convert(value, type))
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
            raise BadRequestKeyError(key)
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
        for key, value in [*_pairs(data), *kwargs.items()]:
            self.add(key, value)

    def update(self, data: Pairs = None, /, **kwargs: Any) -> None:
        """Replace each given header (``set``), adding all values of a repeated one."""
        incoming = MultiDict(_pairs(data))
        incoming.update(kwargs)
        for key, values in incoming.lists():
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
