"""Percent-encoding for the two places a built URL gets text: path segments and the query.

Also ``build_values``: the values ``MapAdapter.build`` works with, from a dict or MultiDict.

Mirrors the quoting in werkzeug/routing/rules.py and werkzeug/urls.py (Werkzeug 3.1.9).

Both follow the WHATWG URL standard's lists of characters that may appear
unencoded (https://url.spec.whatwg.org/#url-path-segment-string); everything
else is UTF-8 percent-encoded (RFC 3986 section 2.1).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

from stage03_request_response.pairs import Pairs, iter_multi_items

#: Characters left alone in a path: sub-delims, ":" and "@" (RFC 3986 ``pchar``) and "/".
PATH_SAFE = "!$&'()*+,/:;=@"
#: Characters left alone in a query value; "&", "=", "+" and "#" must be encoded there.
QUERY_SAFE = "!$'()*,/:;?@"


def quote_segment(text: str) -> str:
    """Percent-encode text for a URL path: ``"a b/ü"`` -> ``"a%20b/%C3%BC"``."""
    return quote(text, safe=PATH_SAFE)


def encode_query(values: Pairs, sort: bool = False, key: Callable[[Any], Any] | None = None) -> str:
    """Build a query string, repeating keys for lists and dropping ``None``.

    ``{"q": "a b", "tag": ["x", "y"], "skip": None}`` -> ``"q=a+b&tag=x&tag=y"``.
    ``sort=True`` orders the pairs (by ``key``), as ``Map(sort_parameters=True)`` asks.
    """
    items = [(name, value) for name, value in iter_multi_items(values) if value is not None]
    if sort:
        items.sort(key=key)
    return urlencode(items, safe=QUERY_SAFE)


def build_values(values: Mapping[str, Any] | None) -> dict[str, Any]:
    """The values to build with: ``None`` dropped; from a MultiDict, lists for repeated keys.

    ``MultiDict([("tag", "a"), ("tag", "b"), ("page", "2")])`` ->
    ``{"tag": ["a", "b"], "page": "2"}``, so repeated keys survive into the query string.
    """
    if not values:
        return {}
    getlist = getattr(values, "getlist", None)
    if getlist is None:
        return {key: value for key, value in values.items() if value is not None}
    built = {}
    for key in values.keys():
        every = getlist(key)
        if every:
            built[key] = every[0] if len(every) == 1 else every
    return built
