"""The implementations every differential test runs against: ours (both matchers) and Werkzeug's."""

from __future__ import annotations

from types import SimpleNamespace

import stage04_routing
import werkzeug.exceptions
import werkzeug.routing
from stage04_routing import Map, OrderedMatcher


class OrderedMap(Map):
    """Our map with the plain ordered-scan matcher instead of the state machine."""

    matcher_class = OrderedMatcher


def _namespace(
    routing: object, exceptions: object, map_class: type | None = None
) -> SimpleNamespace:
    names = {
        name: getattr(routing, name)
        for name in (
            "Map", "Rule", "MapAdapter", "BaseConverter", "ValidationError", "RequestRedirect",
            "BuildError", "RoutingException", "IntegerConverter", "UnicodeConverter",
        )
    }  # fmt: skip
    for name in (
        "HTTPException", "NotFound", "MethodNotAllowed", "BadRequest", "abort",
        "default_exceptions", "InternalServerError", "Unauthorized", "Aborter",
    ):  # fmt: skip
        names[name] = getattr(exceptions, name)
    if map_class is not None:
        names["Map"] = map_class
    return SimpleNamespace(**names)


ours = _namespace(stage04_routing, stage04_routing)
ours_ordered = _namespace(stage04_routing, stage04_routing, OrderedMap)
upstream = _namespace(werkzeug.routing, werkzeug.exceptions)

#: For tests of matching: both of our matchers and Werkzeug's.
MATCHERS = [ours, ours_ordered, upstream]
MATCHER_IDS = ["ours", "ours-ordered", "werkzeug"]
#: For everything else (building, exceptions): ours and Werkzeug's.
IMPLS = [ours, upstream]
IMPL_IDS = ["ours", "werkzeug"]
