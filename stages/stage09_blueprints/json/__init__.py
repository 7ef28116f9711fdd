"""``flask.json``: ``dumps``, ``loads``, ``dump``, ``load``, ``jsonify``.

Mirrors flask/json/__init__.py (Flask 3.1.3). Each function uses the current app's
provider (``app.json``) when an app context is active, so an app's JSON settings
apply; outside one, the standard library's ``json`` with Flask's defaults.
"""

from __future__ import annotations

import json as _json
from typing import IO, Any

from ..base import _cv_app
from ..base import jsonify as jsonify


def _provider() -> Any:
    ctx = _cv_app.get(None)
    return None if ctx is None else ctx.app.json


def dumps(obj: Any, **kwargs: Any) -> str:
    """``dumps({"b": 1, "a": 2})`` -> ``'{"a": 2, "b": 1}'`` with the app's settings."""
    provider = _provider()
    if provider is not None:
        return provider.dumps(obj, **kwargs)  # type: ignore[no-any-return]
    from stage05_app.json import _encode_extra_types

    kwargs.setdefault("default", _encode_extra_types)
    return _json.dumps(obj, **kwargs)


def dump(obj: Any, fp: IO[str], **kwargs: Any) -> None:
    """Write :func:`dumps` of ``obj`` to a text file."""
    fp.write(dumps(obj, **kwargs))


def loads(s: str | bytes, **kwargs: Any) -> Any:
    """Parse JSON text with the app's provider, or the standard library outside an app."""
    provider = _provider()
    if provider is not None:
        return provider.loads(s, **kwargs)
    return _json.loads(s, **kwargs)


def load(fp: IO[Any], **kwargs: Any) -> Any:
    """:func:`loads` of a file's whole content."""
    return loads(fp.read(), **kwargs)
