"""Percent-encoding for the two places a built URL gets text: path segments and the query.

Mirrors the quoting in werkzeug/routing/rules.py and werkzeug/urls.py (Werkzeug 3.1.9).

Both follow the WHATWG URL standard's lists of characters that may appear
unencoded (https://url.spec.whatwg.org/#url-path-segment-string); everything
else is UTF-8 percent-encoded (RFC 3986 section 2.1).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import quote, urlencode

#: Characters left alone in a path: sub-delims, ":" and "@" (RFC 3986 ``pchar``) and "/".
PATH_SAFE = "!$&'()*+,/:;=@"
#: Characters left alone in a query value; "&", "=", "+" and "#" must be encoded there.
QUERY_SAFE = "!$'()*,/:;?@"


def quote_segment(text: str) -> str:
    """Percent-encode text for a URL path: ``"a b/ü"`` -> ``"a%20b/%C3%BC"``."""
    return quote(text, safe=PATH_SAFE)


def iter_multi_items(values: Any) -> Iterator[tuple[str, Any]]:
    """Flatten a mapping or MultiDict into ``(key, value)`` pairs, one per value.

    ``{"a": [1, 2], "b": 3}`` -> ``("a", 1), ("a", 2), ("b", 3)``.
    """
    if hasattr(values, "getlist"):  # a MultiDict keeps every value of a key
        for key in values.keys():
            for value in values.getlist(key):
                yield key, value
    elif isinstance(values, Mapping):
        for key, value in values.items():
            if isinstance(value, list | tuple | set):
                for item in value:
                    yield key, item
            else:
                yield key, value
    else:
        yield from values


def encode_query(values: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> str:
    """Build a query string, repeating keys for lists and dropping ``None``.

    ``{"q": "a b", "tag": ["x", "y"], "skip": None}`` -> ``"q=a+b&tag=x&tag=y"``.
    """
    items = [(key, value) for key, value in iter_multi_items(values) if value is not None]
    return urlencode(items, safe=QUERY_SAFE)
