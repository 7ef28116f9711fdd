"""``current_url``: a request's URL put back together, shown as a readable IRI.

Mirrors ``get_current_url`` in werkzeug/sansio/utils.py (Werkzeug 3.1.9).
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote_to_bytes

# WHATWG URL spec: what may stay unescaped in a path, and in a query.
PATH_SAFE = "!$&'()*+,/:;=@%"
QUERY_SAFE = "!$&'()*+,/:;=?@%"
#: A run of percent-escapes of non-ASCII bytes: the UTF-8 of one or more characters.
_NON_ASCII_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def _as_characters(match: re.Match[str]) -> str:
    """``"%C3%A9"`` -> ``"é"``; escapes that are not UTF-8 stay as they are."""
    try:
        return unquote_to_bytes(match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def current_url(scheme: str, host: str, root_path: str, path: str, query: str = "") -> str:
    """``("http", "example.com", "/app", "/caf\u00e9", "q=1")`` -> ``"http://example.com/app/caf\u00e9?q=1"``.

    Shown as an IRI, like Werkzeug: escaped UTF-8 reads as the characters it means
    (``/caf%C3%A9`` -> ``/café``), while ``%20`` and other ASCII escapes stay.
    """
    url = f"{scheme}://{host}{quote(root_path, safe=PATH_SAFE)}/"
    url += quote(path.lstrip("/"), safe=PATH_SAFE)
    if query:
        url += "?" + quote(query, safe=QUERY_SAFE)
    return _NON_ASCII_ESCAPES.sub(_as_characters, url)
