"""``response.vary.add("Cookie")``: a list header edited as a set, written back at once.

Mirrors ``HeaderSet`` in werkzeug/datastructures/structures.py and the set properties
(``vary``, ``content_language``, ``allow``) of werkzeug/sansio/response.py (Werkzeug
3.1.9). Headers such as ``Vary: Accept-Encoding, Cookie`` are comma-separated lists
whose names compare case-insensitively (RFC 9110, section 5.6.1). Code that adds a
name should not have to split, compare and re-join the string each time, and two
pieces of code adding the same name must not send it twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, MutableSet
from typing import TYPE_CHECKING

from .http import _split_outside_quotes, _unquote

if TYPE_CHECKING:
    from .headers import Headers

#: An RFC 9110 token (section 5.6.2): such an item is written as it is, others are quoted.
TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def parse_list_header(value: str | None) -> list[str]:
    """``'gzip, "a, b" ,br'`` -> ``["gzip", "a, b", "br"]``: commas inside quotes stay."""
    if not value:
        return []
    items = (_unquote(part.strip()) for part in _split_outside_quotes(value, ","))
    return [item for item in items if item]


def quote_list_item(item: str) -> str:
    """``"Cookie"`` stays; ``"a b"`` -> ``'"a b"'``, so a reader splits where we did."""
    if TOKEN.fullmatch(item):
        return item
    escaped = item.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


class HeaderSet(MutableSet[str]):
    """``HeaderSet(["Accept-Encoding"])``: ordered, case-insensitive, tells on each change.

    ``on_update(self)`` runs after every change; the response uses it to rewrite its
    header, so the set and the header never disagree.
    """

    def __init__(
        self,
        headers: Iterable[str] | None = None,
        on_update: Callable[[HeaderSet], None] | None = None,
    ) -> None:
        self._items: list[str] = []
        for item in headers or ():
            if item.lower() not in self:
                self._items.append(item)
        #: Called with the set after each change; None for a set that stands alone.
        self.on_update = on_update

    def _changed(self) -> None:
        if self.on_update is not None:
            self.on_update(self)

    def find(self, header: str) -> int:
        """The position of ``header`` (any case), or -1."""
        wanted = header.lower()
        return next((i for i, item in enumerate(self._items) if item.lower() == wanted), -1)

    def index(self, header: str) -> int:
        """The position of ``header`` (any case); ``IndexError`` when it is not there."""
        position = self.find(header)
        if position < 0:
            raise IndexError(f"{header!r} is not in {self!r}")
        return position

    def add(self, header: str) -> None:
        """Append ``header`` unless a name equal to it, ignoring case, is there already."""
        self.update((header,))

    def update(self, headers: Iterable[str]) -> None:
        """Append each new name, keeping the order given; one ``on_update`` for them all."""
        added = False
        for header in headers:
            if header not in self:
                self._items.append(header)
                added = True
        if added:
            self._changed()

    def discard(self, header: str) -> None:
        """Remove ``header`` (any case) if it is there."""
        position = self.find(header)
        if position >= 0:
            del self[position]

    def remove(self, header: str) -> None:
        """Remove ``header`` (any case); ``KeyError`` when it is not there."""
        if header not in self:
            raise KeyError(header)
        self.discard(header)

    def clear(self) -> None:
        self._items.clear()
        self._changed()

    def as_set(self, preserve_casing: bool = False) -> set[str]:
        """A plain ``set``: lower-cased names, or as written with ``preserve_casing``."""
        return {item if preserve_casing else item.lower() for item in self._items}

    def to_header(self) -> str:
        """``"Accept-Encoding, Cookie"``: the value to send."""
        return ", ".join(quote_list_item(item) for item in self._items)

    def __getitem__(self, position: int) -> str:
        return self._items[position]

    def __setitem__(self, position: int, header: str) -> None:
        self._items[position] = header
        self._changed()

    def __delitem__(self, position: int) -> None:
        del self._items[position]
        self._changed()

    def __contains__(self, header: object) -> bool:
        if not isinstance(header, str):
            return False
        wanted = header.lower()
        return any(item.lower() == wanted for item in self._items)

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __str__(self) -> str:
        return self.to_header()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"


# --8<-- [start:header_set_property]
class HeaderSetProperties:
    """The list headers a response edits as sets. Needs a ``headers`` attribute.

    Reading parses the header afresh, so the set always shows what will be sent;
    changing the set rewrites the header (and removes it when the set is emptied).
    Assigning a string, or any iterable of names, replaces the header.
    """

    headers: Headers

    @property
    def vary(self) -> HeaderSet:
        """``Vary``: the request headers a cache must compare before reusing this answer."""
        return self._header_set("Vary")

    @vary.setter
    def vary(self, value: str | Iterable[str] | None) -> None:
        self._replace_header("Vary", value)

    @property
    def content_language(self) -> HeaderSet:
        """``Content-Language``: the audience languages of the body (RFC 9110, section 8.5)."""
        return self._header_set("Content-Language")

    @content_language.setter
    def content_language(self, value: str | Iterable[str] | None) -> None:
        self._replace_header("Content-Language", value)

    @property
    def allow(self) -> HeaderSet:
        """``Allow``: the methods the resource supports, sent with 405 (RFC 9110, 10.2.1)."""
        return self._header_set("Allow")

    @allow.setter
    def allow(self, value: str | Iterable[str] | None) -> None:
        self._replace_header("Allow", value)

    def _header_set(self, name: str) -> HeaderSet:
        headers = self.headers

        def write_back(header_set: HeaderSet) -> None:
            if header_set:
                headers[name] = header_set.to_header()
            else:
                headers.remove(name)

        return HeaderSet(parse_list_header(headers.get(name)), write_back)

    def _replace_header(self, name: str, value: str | Iterable[str] | None) -> None:
        # A string is sent as it is; names are joined; nothing at all drops the header.
        text = value if isinstance(value, str) else HeaderSet(value or ()).to_header()
        if text:
            self.headers[name] = text
        else:
            self.headers.remove(name)


# --8<-- [end:header_set_property]
