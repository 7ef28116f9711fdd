"""Decode JSON so that a document nested too deeply is bad input, not a crash.

Werkzeug 3.1.9's ``Request.get_json`` (werkzeug/wrappers/request.py) lets the
decoder's ``RecursionError`` escape, so ``[[[[...`` a hundred thousand deep is a
500 in Flask 3.1.3. The decoders recurse once per level and stop at the
interpreter's recursion limit; that failure is the client's, so it becomes a
``ValueError``, which ``get_json`` already answers with 400.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class JSONNestingError(ValueError):
    """The document nests arrays or objects deeper than the decoder can follow."""


# --8<-- [start:loads_within_depth]
def loads_within_depth(loads: Callable[[Any], Any], data: bytes | str) -> Any:
    """``loads(data)``, with ``RecursionError`` turned into ``JSONNestingError``.

    ``b"[[1]]"`` -> ``[[1]]``; ``b"[" * 100_000`` -> ``JSONNestingError``.
    """
    try:
        return loads(data)
    except RecursionError:
        raise JSONNestingError(
            "the document is nested too deeply to decode; flatten it or send fewer levels"
        ) from None


# --8<-- [end:loads_within_depth]
