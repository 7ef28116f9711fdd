"""JSON for the app: ``jsonify`` and returning a dict from a view go through here.

Mirrors flask/json/provider.py (Flask 3.1.3). Flask routes every JSON call through an
object on the app, ``app.json``, so an app can swap the encoder by setting
``json_provider_class``. The default sorts keys, escapes non-ASCII, is compact unless
the app is in debug mode, and knows a few types ``json`` does not: dates become HTTP
dates, decimals and UUIDs strings, dataclasses dicts, and objects with ``__html__``
their markup.
"""

from __future__ import annotations

import dataclasses
import decimal
import json
import uuid
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from stage03_request_response.http import http_date

if TYPE_CHECKING:
    from .sansio import App
    from .wrappers import Response


def _encode_extra_types(value: Any) -> Any:
    """``json.dumps``'s ``default=`` hook: the types Flask serialises beyond ``json``'s own."""
    if isinstance(value, datetime):
        return http_date(value)
    if isinstance(value, date):  # a plain date is that day's midnight, UTC
        return http_date(datetime.combine(value, time(), UTC))
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if hasattr(value, "__html__"):
        return str(value.__html__())
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class DefaultJSONProvider:
    """``app.json``: ``dumps``/``loads`` with the app's settings, and ``response``."""

    #: Escape non-ASCII characters as ``\\uXXXX``.
    ensure_ascii = True
    #: Sort object keys, so the same data always gives the same bytes.
    sort_keys = True
    #: None: compact unless ``app.debug``; True or False forces it.
    compact: bool | None = None
    #: The content type of ``response``.
    mimetype = "application/json"

    def __init__(self, app: App) -> None:
        self._app = app

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        kwargs.setdefault("default", _encode_extra_types)
        kwargs.setdefault("ensure_ascii", self.ensure_ascii)
        kwargs.setdefault("sort_keys", self.sort_keys)
        return json.dumps(obj, **kwargs)

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return json.loads(s, **kwargs)

    def response(self, *args: Any, **kwargs: Any) -> Response:
        """``response({"a": 1})`` -> ``{"a":1}\\n`` as ``application/json``.

        One positional value is the document; several become a list; keyword
        arguments become an object. Mixing both is an error, as in Flask.
        """
        if args and kwargs:
            raise TypeError("app.json.response() takes either args or kwargs, not both")
        if not args and not kwargs:
            document: Any = None
        elif kwargs:
            document = kwargs
        else:
            document = args[0] if len(args) == 1 else list(args)
        pretty = self.compact is False or (self.compact is None and self._app.debug)
        layout: dict[str, Any] = {"indent": 2} if pretty else {"separators": (",", ":")}
        body = f"{self.dumps(document, **layout)}\n"
        return self._app.response_class(body, mimetype=self.mimetype)
