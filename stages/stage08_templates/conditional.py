"""Conditional and range requests: 304, 412, 206 and 416 for a response that knows its file.

Mirrors ``Response.make_conditional`` (werkzeug/wrappers/response.py) and
``is_resource_modified`` (werkzeug/sansio/http.py), Werkzeug 3.1.9, following
RFC 9110 sections 13 (conditional requests) and 14 (range requests).

The client says what it already has (``If-None-Match: "etag"``, ``If-Modified-Since:
date``) or which part it wants (``Range: bytes=0-99``); the server answers with
nothing (304), a part (206), or says the part does not exist (416).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from stage03_request_response.http import http_date
from stage04_routing import RequestedRangeNotSatisfiable

#: One entity tag in a list: ``W/"x"``, ``"x"`` or a bare ``x`` that a sloppy client sent.
_ETAG = re.compile(r'\s*(W/)?(?:"([^"]*)"|([^,\s]+))\s*(?:,|$)')
_DIGITS = re.compile(r"[0-9]+")
#: What a 304 leaves out: it has no body to describe (RFC 9110 section 15.4.5). ``ETag``,
#: ``Cache-Control``, ``Expires``, ``Date`` and ``Vary`` stay, to refresh the client's cache.
_BODY_HEADERS = (
    "Content-Length", "Content-Type", "Content-Encoding", "Content-Language",
    "Content-Range", "Content-MD5", "Last-Modified", "Allow",
)  # fmt: skip


#: The request headers that can make a response anything but a plain 200.
_CONDITIONAL_KEYS = frozenset(
    {"HTTP_RANGE", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH"}
)
_date_cache: tuple[int, str] = (0, "")


def http_date_now() -> str:
    """The ``Date`` header for now, formatted once per second, not once per response."""
    global _date_cache
    second = int(time.time())
    if _date_cache[0] != second:
        _date_cache = (second, http_date(second))
    return _date_cache[1]


def parse_http_date(value: str | None) -> datetime | None:
    """``"Sun, 06 Nov 1994 08:49:37 GMT"`` -> an aware datetime; garbage -> None."""
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# --8<-- [start:etags]
@dataclass
class EntityTags:
    """What ``If-None-Match`` or ``If-Match`` lists: tags, weak tags, or ``*`` (any)."""

    strong: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)
    star: bool = False
    #: Whether the header said anything: a list that matches nothing still counts, so
    #: ``If-None-Match: ""`` overrides ``If-Modified-Since`` (RFC 9110 13.2.2).
    given: bool = False

    def __bool__(self) -> bool:
        return self.given

    def matches_weakly(self, tag: str) -> bool:
        """RFC 9110 section 8.8.3.2: ``W/"a"`` and ``"a"`` are the same for If-None-Match."""
        return self.star or tag in self.strong or tag in self.weak

    def matches_strongly(self, tag: str) -> bool:
        """For If-Match a weak tag never matches: the bytes must be the same."""
        return self.star or tag in self.strong


def parse_entity_tags(value: str | None) -> EntityTags:
    """``'W/"a", "b"'`` -> weak ``{"a"}``, strong ``{"b"}``; ``"*"`` -> star."""
    tags = EntityTags()
    if not value or not value.strip():
        return tags
    tags.given = True
    if value.strip() == "*":
        tags.star = True
        return tags
    for match in _ETAG.finditer(value):
        weak, quoted, bare = match.groups()
        tag = quoted or bare
        if not tag:  # '""' names no version of anything
            continue
        (tags.weak if weak else tags.strong).add(tag)
    return tags


# --8<-- [end:etags]


def unquoted_etag(header: str | None) -> str | None:
    """``'"abc"'`` -> ``"abc"``, the form the tag sets hold."""
    if not header:
        return None
    header = header.strip()
    if header.startswith("W/"):
        header = header[2:]
    return header[1:-1] if header[:1] == header[-1:] == '"' and len(header) > 1 else header


# --8<-- [start:is_unmodified]
def client_copy_is_current(
    environ: dict[str, Any], etag: str | None, last_modified: datetime | None
) -> bool:
    """True when the client's copy is still good, so the answer may be 304 (RFC 9110 13.2.2).

    ``If-None-Match`` decides when it is present (weak comparison); otherwise
    ``If-Modified-Since`` against the file's modification time, in whole seconds.
    ``If-Match`` that fails turns the same verdict into 412 (see ``make_conditional``).
    """
    current = False
    since = parse_http_date(environ.get("HTTP_IF_MODIFIED_SINCE"))
    if since is not None and last_modified is not None and last_modified <= since:
        current = True
    if etag is None:
        return current
    none_match = parse_entity_tags(environ.get("HTTP_IF_NONE_MATCH"))
    if none_match:
        current = none_match.matches_weakly(etag)
    must_match = parse_entity_tags(environ.get("HTTP_IF_MATCH"))
    if must_match:
        current = not must_match.matches_strongly(etag)
    return current


# --8<-- [end:is_unmodified]


# --8<-- [start:ranges]
def if_range_holds(
    environ: dict[str, Any], etag: str | None, last_modified: datetime | None
) -> bool:
    """``If-Range`` absent, or naming exactly the version we have (RFC 9110 13.1.5).

    A date must equal ``Last-Modified``; a tag must match strongly. Otherwise the client's
    partial copy is stale, and it gets the whole file instead of a part.
    """
    value = environ.get("HTTP_IF_RANGE")
    if value is None:
        return True
    date = parse_http_date(value)
    if date is not None:
        return last_modified is not None and last_modified == date
    return etag is not None and not value.strip().startswith("W/") and unquoted_etag(value) == etag


def requested_window(header: str, length: int) -> tuple[int, int] | None:
    """``"bytes=10-19"`` with ``length=100`` -> ``(10, 10)``: start and byte count.

    One range of bytes only; ``bytes=-5`` is the last five bytes (all of them when the
    file is shorter, RFC 9110 14.1.3). None means "cannot be satisfied": 416.
    """
    unit, equals, spec = header.partition("=")
    if not equals or unit.strip(" \t").lower() != "bytes" or "," in spec:
        return None
    first, dash, last = spec.strip(" \t").partition("-")
    first, last = first.strip(" \t"), last.strip(" \t")
    if not dash or (first and not _DIGITS.fullmatch(first)):
        return None
    if last and not _DIGITS.fullmatch(last):
        return None
    if not first:  # a suffix: the last N bytes
        if not last or int(last) == 0:
            return None
        start = max(length - int(last), 0)
        return start, length - start
    start = int(first)
    stop = length if not last else int(last) + 1
    if start >= length or stop <= start:
        return None
    return start, min(stop, length) - start


# --8<-- [end:ranges]


# --8<-- [start:make_conditional]
def make_conditional(
    response: Any, environ: dict[str, Any], complete_length: int | None = None
) -> Any:
    """Turn a full file response into a 206, 304 or 412 as the request's headers ask.

    Only ``GET`` and ``HEAD`` are conditional. Raises ``RequestedRangeNotSatisfiable``
    (416, with ``Content-Range: bytes */length``) for a range outside the file.
    """
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return response
    headers = response.headers
    if "Date" not in headers:
        headers.add("Date", http_date_now())
    headers.set("Accept-Ranges", "bytes")
    if not _CONDITIONAL_KEYS.intersection(environ):
        return response  # a plain GET, the common case: nothing to compare
    etag = unquoted_etag(headers.get("ETag"))
    last_modified = parse_http_date(headers.get("Last-Modified"))
    range_header = environ.get("HTTP_RANGE")
    if (
        range_header is not None
        and complete_length
        and if_range_holds(environ, etag, last_modified)
    ):
        window = requested_window(range_header, complete_length)
        if window is None:
            raise RequestedRangeNotSatisfiable(length=complete_length)
        send_part(response, window, complete_length)
        return response
    if client_copy_is_current(environ, etag, last_modified):
        failed_if_match = bool(parse_entity_tags(environ.get("HTTP_IF_MATCH")))
        if failed_if_match:
            response.status_code = 412
        else:
            response.status_code = 304
            for name in _BODY_HEADERS:
                response.headers.remove(name)
    return response


def send_part(response: Any, window: tuple[int, int], complete_length: int) -> None:
    """206 Partial Content: only ``window`` of the body, and headers that say which part."""
    start, length = window
    body = response.response
    if hasattr(body, "window"):
        body.window(start, length)
    else:  # an in-memory body: slice it
        data = b"".join(response.iter_encoded())
        response.response = [data[start : start + length]]
    response.status_code = 206
    response.headers["Content-Length"] = str(length)
    response.headers["Content-Range"] = f"bytes {start}-{start + length - 1}/{complete_length}"


# --8<-- [end:make_conditional]
