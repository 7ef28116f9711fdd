"""Header value helpers: options headers, cookies, HTTP dates, status lines, content types.

Mirrors ``parse_options_header``, ``parse_cookie`` and ``dump_cookie`` in
werkzeug/http.py and werkzeug/sansio/http.py (Werkzeug 3.1.9), following RFC 9110
and RFC 6265 (cookies).
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

#: Reason phrases, spelled as Werkzeug spells them (not ``http.HTTPStatus``, whose
#: wording changes between Python versions: 413 is "Content Too Large" from 3.13).
HTTP_STATUS_CODES: dict[int, str] = {
    100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
    200: "OK", 201: "Created", 202: "Accepted", 203: "Non Authoritative Information",
    204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi Status",
    208: "Already Reported", 226: "IM Used",
    300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other",
    304: "Not Modified", 305: "Use Proxy", 306: "Switch Proxy", 307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
    407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict",
    410: "Gone", 411: "Length Required", 412: "Precondition Failed",
    413: "Request Entity Too Large", 414: "Request URI Too Long",
    415: "Unsupported Media Type", 416: "Requested Range Not Satisfiable",
    417: "Expectation Failed", 418: "I'm a teapot", 421: "Misdirected Request",
    422: "Unprocessable Entity", 423: "Locked", 424: "Failed Dependency", 425: "Too Early",
    426: "Upgrade Required", 428: "Precondition Required", 429: "Too Many Requests",
    431: "Request Header Fields Too Large", 449: "Retry With",
    451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported",
    506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected",
    510: "Not Extended", 511: "Network Authentication Failed",
}  # fmt: skip

# RFC 6265 §4.1.1 cookie-octets, plus what browsers accept unquoted in practice.
COOKIE_SAFE = re.compile(r"[\w!#$%&'()*+\-./:<=>?@\[\]^`{|}~]*", re.ASCII)
SAMESITE_VALUES = {"Strict", "Lax", "None"}


def parse_options_header(value: str | None) -> tuple[str, dict[str, str]]:
    """``"text/html; charset=UTF-8"`` -> ``("text/html", {"charset": "UTF-8"})``."""
    if not value:
        return "", {}
    main, *params = _split_outside_quotes(value, ";")
    options: dict[str, str] = {}
    for param in params:
        key, eq, raw = param.partition("=")
        key = key.strip().lower()
        if key and eq:
            options[key] = _unquote(raw.strip())
    return main.strip().lower(), options


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


# --8<-- [start:parse_cookie]
#: One ``name=value`` item: a quoted value may contain ``;`` and backslash escapes.
COOKIE_ITEM = re.compile(
    r"""[ \t]*(?P<name>[^ \t=";]+)
        (?:[ \t]*=[ \t]*(?P<value>"(?:[^\\"]|\\.)*"|[^ \t";]*))?
        [ \t]*(?:;|$)""",
    re.VERBOSE | re.ASCII,
)


def parse_cookie(header: str | None) -> list[tuple[str, str]]:
    """``'a=1; b="x y"; a=2'`` -> ``[("a", "1"), ("b", "x y"), ("a", "2")]``.

    Browsers send ``name=value`` items separated by ``;`` (RFC 6265 §5.4). An item
    that does not parse is skipped up to the next ``;``, never raised: one bad
    cookie set by some other app on the domain must not break every page of ours.
    """
    pairs: list[tuple[str, str]] = []
    text, position = header or "", 0
    while position < len(text):
        match = COOKIE_ITEM.match(text, position)
        if match is None:
            next_separator = text.find(";", position)
            if next_separator == -1:
                break
            position = next_separator + 1
            continue
        position = match.end()
        value = match["value"] or ""
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = _unescape_cookie(value[1:-1])
        pairs.append((match["name"], value))
    return pairs


# --8<-- [end:parse_cookie]


def _unescape_cookie(value: str) -> str:
    """Undo ``dump_cookie``'s escaping: ``\\"`` -> ``"``, ``\\303\\251`` -> ``é``."""
    raw = value.encode()
    out = bytearray()
    i = 0
    while i < len(raw):
        if raw[i : i + 1] == b"\\" and re.fullmatch(rb"[0-3][0-7]{2}", raw[i + 1 : i + 4]):
            out.append(int(raw[i + 1 : i + 4], 8))
            i += 4
        elif raw[i : i + 1] == b"\\" and i + 1 < len(raw):
            out += raw[i + 1 : i + 2]
            i += 2
        else:
            out += raw[i : i + 1]
            i += 1
    return out.decode(errors="replace")


def http_date(moment: datetime | int | float) -> str:
    """``0`` -> ``"Thu, 01 Jan 1970 00:00:00 GMT"`` (RFC 9110 §5.6.7 IMF-fixdate)."""
    if not isinstance(moment, datetime):
        moment = datetime.fromtimestamp(moment, UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_datetime(moment.astimezone(UTC), usegmt=True)


# --8<-- [start:dump_cookie]
def dump_cookie(
    key: str,
    value: str = "",
    max_age: timedelta | int | None = None,
    expires: str | datetime | int | float | None = None,
    path: str | None = "/",
    domain: str | None = None,
    secure: bool = False,
    httponly: bool = False,
    samesite: str | None = None,
    partitioned: bool = False,
    max_size: int = 4093,
) -> str:
    """The ``Set-Cookie`` header value: ``dump_cookie("a", "b", httponly=True)`` ->
    ``"a=b; HttpOnly; Path=/"``. Attributes come in Werkzeug's order.

    A value longer than ``max_size`` (0: no limit) is still returned, with a warning.
    """
    if isinstance(max_age, timedelta):
        max_age = int(max_age.total_seconds())
    if expires is not None and not isinstance(expires, str):
        expires = http_date(expires)
    elif expires is None and max_age is not None:
        # Old browsers ignore Max-Age; give them the matching Expires too.
        expires = http_date(datetime.now(UTC).timestamp() + max_age)
    if samesite is not None:
        samesite = samesite.title()
        if samesite not in SAMESITE_VALUES:
            raise ValueError(f"samesite={samesite!r}: it must be 'Strict', 'Lax' or 'None'")
    if domain:
        domain = domain.partition(":")[0].lstrip(".").encode("idna").decode("ascii")
    if path is not None:
        path = quote(path, safe="%!$&'()*+,/:=@")
    attributes = [
        ("Domain", domain),
        ("Expires", expires),
        ("Max-Age", max_age),
        ("Secure", secure or partitioned),  # CHIPS: a partitioned cookie must be Secure
        ("HttpOnly", httponly),
        ("Path", path),
        ("SameSite", samesite),
        ("Partitioned", partitioned),
    ]
    parts = [f"{key}={_quote_cookie_value(value)}"]
    for name, setting in attributes:
        if setting is True:
            parts.append(name)
        elif setting is not None and setting is not False:
            parts.append(f"{name}={setting}")
    header = "; ".join(parts)
    if max_size and len(header) > max_size:
        warn_cookie_too_large(key, len(header), max_size)
    return header


def warn_cookie_too_large(key: str, size: int, limit: int) -> None:
    """Browsers drop a cookie over about 4 KB without a word (RFC 6265, section 6.1): warn."""
    warnings.warn(
        f"The {key!r} cookie is too large: its Set-Cookie value is {size} bytes, over the"
        f" limit of {limit} (max_cookie_size). Browsers may silently ignore it; store less"
        " in the cookie, or keep the data on the server.",
        stacklevel=4,  # the caller of Response.set_cookie
    )


# --8<-- [end:dump_cookie]


def _quote_cookie_value(value: str) -> str:
    if COOKIE_SAFE.fullmatch(value):
        return value
    escaped = []
    for byte in value.encode():
        char = chr(byte)
        if char in '"\\':
            escaped.append("\\" + char)
        elif byte < 0x20 or byte >= 0x7F or char in ",;":
            escaped.append(f"\\{byte:03o}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


#: Besides ``text/*``, the mimetypes that get ``; charset=utf-8`` added.
CHARSET_MIMETYPES = {"application/javascript", "application/ecmascript", "application/xml"}


def content_type_for(mimetype: str) -> str:
    """``"text/html"`` -> ``"text/html; charset=utf-8"``; ``"image/png"`` stays as it is.

    XML types (``+xml``, ``image/svg+xml`` included) declare their encoding as well.
    """
    if (
        mimetype.startswith("text/")
        or mimetype in CHARSET_MIMETYPES
        or mimetype.endswith("+xml")  # any XML type: image/svg+xml too, as Werkzeug
    ) and "charset" not in mimetype:
        return f"{mimetype}; charset=utf-8"
    return mimetype


def status_line(status: int | str) -> tuple[int, str]:
    """``404`` or ``"404"`` -> ``(404, "404 NOT FOUND")``; ``299`` -> ``(299, "299 UNKNOWN")``."""
    if isinstance(status, int):
        return status, f"{status} {HTTP_STATUS_CODES.get(status, 'Unknown').upper()}"
    if not isinstance(status, str):
        raise TypeError(f"status must be an int or a str like '404 NOT FOUND', not {status!r}")
    text = status.strip()
    if not text:
        raise ValueError("Empty status argument")
    number, _, reason = text.partition(" ")
    if not number.isdigit():
        return 0, f"0 {text}"
    if not reason:
        return status_line(int(number))
    return int(number), f"{int(number)} {reason}"


def is_json_mimetype(mimetype: str | None) -> bool:
    """``application/json`` or any ``application/*+json`` (RFC 6839): ``"application/ld+json"``."""
    mimetype = mimetype or ""
    return mimetype == "application/json" or (
        mimetype.startswith("application/") and mimetype.endswith("+json")
    )
