"""``iter_multi_items``: the one reading of "a key with many values" that every container shares.

Mirrors ``iter_multi_items`` in werkzeug/datastructures/structures.py (Werkzeug 3.1.9).
``MultiDict``, ``Headers`` and the router's query strings all accept the same
three shapes of input; this is where the three are told apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

T = TypeVar("T")

#: Input a multi-valued container accepts: a mapping, a list of pairs, or nothing.
Pairs = Mapping[str, Any] | Iterable[tuple[str, Any]] | None


def iter_multi_items(data: Pairs) -> Iterator[tuple[str, Any]]:
    """One ``(key, value)`` pair per value.

    ``{"a": [1, 2], "b": 3}`` -> ``("a", 1), ("a", 2), ("b", 3)``. A MultiDict (anything
    with ``lists()``) gives every stored value; a list, tuple or set under a plain
    mapping's key means several values; anything else is already a list of pairs.
    """
    if data is None:
        return
    lists = getattr(data, "lists", None)
    if lists is not None:
        for key, values in lists():
            for value in values:
                yield key, value
        return
    if not isinstance(data, Mapping):
        yield from data
        return
    for key, value in data.items():
        if isinstance(value, list | tuple | set):
            for item in value:
                yield key, item
        else:
            yield key, value


def convert(value: Any, type: Callable[[Any], T] | None) -> T:  # noqa: A002 (Werkzeug's name)
    """``value`` passed through ``type`` (the ``type=int`` of ``get``/``getlist``), if given."""
    return value if type is None else type(value)
