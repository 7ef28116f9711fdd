"""Parse one HTTP/1.1 request from a byte stream into an ``HTTPRequest``.

Mirrors ``BaseHTTPRequestHandler.parse_request`` in ``http.server`` (Python 3.11)
and follows RFC 9112 (HTTP/1.1 message syntax) more strictly than it does: every
limit has its own status, and anything ambiguous is refused, because an ambiguous
request is how request-smuggling attacks start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import BinaryIO

from .errors import HTTPError

#: Longest request line accepted (the limit Werkzeug's and most servers' defaults share).
MAX_REQUEST_LINE = 8 * 1024
#: Largest header block accepted, all header lines together.
MAX_HEADER_BYTES = 64 * 1024
#: Most header lines accepted (``http.client`` uses the same number).
MAX_HEADERS = 100
#: Default largest body accepted; ``HTTPServer(max_body_size=...)`` changes it.
DEFAULT_MAX_BODY_SIZE = 16 * 1024 * 1024

# RFC 9110 §5.6.2: a token is what methods and header names are made of.
TOKEN = re.compile(rb"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
VERSION = re.compile(rb"^HTTP/(\d)\.(\d)$")
DIGITS = re.compile(r"[0-9]+")
# RFC 9110 §5.5: a field value is visible characters, SP and HTAB; CR, LF and NUL
# in one must be refused, and the other controls are no better.
VALUE_CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")


@dataclass
class HTTPRequest:
    """One parsed request; header names keep their case, look-ups ignore it."""

    method: str
    target: str
    path: str
    query: str
    version: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    def get_header(self, name: str, default: str | None = None) -> str | None:
        """The first value of header ``name``, whatever its case: ``"content-type"``."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), default)

    def get_all(self, name: str) -> list[str]:
        """Every value of a repeatable header, in the order they came."""
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]


# --8<-- [start:parse_request]
def parse_request(
    rfile: BinaryIO,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    wfile: BinaryIO | None = None,
) -> HTTPRequest | None:
    """Read one request from ``rfile``; ``None`` if the client closed before sending a byte.

    ``b"GET /a?b=1 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n"`` ->
    ``HTTPRequest(method="GET", target="/a?b=1", path="/a", query="b=1", ...)``.
    Raises ``HTTPError`` with the status to answer for anything it refuses.
    With ``wfile``, a client that sent ``Expect: 100-continue`` is told to go on.
    """
    line = _read_request_line(rfile)
    if line is None:
        return None
    method, target, version = _split_request_line(line)
    headers = _read_headers(rfile)
    request = HTTPRequest(method, target, *_split_target(target), version, headers)
    _check_host(request)
    request.body = _read_body(rfile, request, max_body_size, wfile)
    return request


# --8<-- [end:parse_request]


# --8<-- [start:request_line]
def _read_request_line(rfile: BinaryIO) -> bytes | None:
    # RFC 9112 §2.2: ignore empty lines before the request line (some clients send
    # a stray CRLF after a POST body). Bounded, so a stream of CRLFs cannot spin us.
    for _ in range(8):
        line = rfile.readline(MAX_REQUEST_LINE + 1)
        if not line:
            return None
        if len(line) > MAX_REQUEST_LINE:
            raise HTTPError(414, f"request line is longer than {MAX_REQUEST_LINE} bytes")
        if line not in (b"\r\n", b"\n"):
            return line
    raise HTTPError(400, "only empty lines where the request line should be")


def _split_request_line(line: bytes) -> tuple[str, str, str]:
    if not line.endswith(b"\n"):
        raise HTTPError(400, "the request line ended without a line break")
    content = _without_line_ending(line)
    if b"\r" in content:
        raise HTTPError(400, "a bare CR in the request line; lines end with CRLF or LF")
    parts = content.split(b" ")
    if len(parts) != 3 or not all(parts):
        raise HTTPError(400, f"request line {line[:80]!r} is not 'METHOD TARGET HTTP/1.1'")
    method, target, version = parts
    if not TOKEN.match(method):
        raise HTTPError(400, f"method {method[:20]!r} has characters a method cannot have")
    match = VERSION.match(version)
    if match is None:
        raise HTTPError(400, f"{version[:20]!r} is not an HTTP version")
    if match.group(1) != b"1":
        raise HTTPError(505, f"{version.decode()} is not supported; this server speaks HTTP/1.x")
    if match.group(2) > b"1":
        # RFC 9110 §2.5: a later minor version is read as the highest one we conform to.
        version = b"HTTP/1.1"
    if any(byte < 0x21 or byte > 0x7E for byte in target):
        raise HTTPError(400, "the request target has spaces, controls or non-ASCII bytes")
    return method.decode("ascii"), target.decode("ascii"), version.decode("ascii")


def _without_line_ending(line: bytes) -> bytes:
    """Drop exactly one CRLF, or a bare LF (RFC 9112 §2.2): ``b"a\\r\\r\\n"`` -> ``b"a\\r"``."""
    return line[:-2] if line.endswith(b"\r\n") else line.removesuffix(b"\n")


# --8<-- [end:request_line]


def _split_target(target: str) -> tuple[str, str]:
    """``"/a/b?x=1"`` -> ``("/a/b", "x=1")``; absolute-form keeps only the path."""
    if "#" in target:
        # RFC 9112 §3.2: a fragment stays in the client; no request-target form has one.
        raise HTTPError(400, f"request target {target[:80]!r} has a '#fragment'")
    if target == "*":
        return "*", ""
    if not target.startswith("/"):
        target = _origin_of_absolute_form(target)
    path, _, query = target.partition("?")
    return path, query


def _origin_of_absolute_form(target: str) -> str:
    """``"http://h/p?q=1"`` -> ``"/p?q=1"``; ``"http://h?q=1"`` -> ``"/?q=1"``.

    RFC 9112 §3.2.2: the form a client sends to a proxy. The authority is the
    Host header's business; the server only routes on the path and query.
    """
    scheme, separator, rest = target.partition("://")
    if not separator or scheme.lower() not in ("http", "https"):
        raise HTTPError(400, f"request target {target[:80]!r} should start with '/'")
    cut = min((i for i in (rest.find("/"), rest.find("?")) if i != -1), default=len(rest))
    if cut == 0:
        raise HTTPError(400, f"absolute-form target {target[:80]!r} names no host")
    remainder = rest[cut:]
    return remainder if remainder.startswith("/") else "/" + remainder


def _check_host(request: HTTPRequest) -> None:
    # RFC 9112 §3.2: an HTTP/1.1 request has exactly one Host; more than one (or a
    # list) is refused in any version, since servers would disagree on which counts.
    hosts = request.get_all("Host")
    if len(hosts) > 1 or any("," in host for host in hosts):
        raise HTTPError(400, f"the request has more than one Host ({hosts[:3]})")
    if not hosts and request.version == "HTTP/1.1":
        raise HTTPError(400, "an HTTP/1.1 request must send a Host header")


# --8<-- [start:headers]
def _read_headers(rfile: BinaryIO) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    total = 0
    while True:
        line = rfile.readline(MAX_HEADER_BYTES + 1)
        total += len(line)
        if total > MAX_HEADER_BYTES:
            raise HTTPError(431, f"the header block is larger than {MAX_HEADER_BYTES} bytes")
        if not line.endswith(b"\n"):
            raise HTTPError(400, "the connection closed in the middle of the headers")
        if line in (b"\r\n", b"\n"):
            return headers
        if len(headers) == MAX_HEADERS:
            raise HTTPError(431, f"more than {MAX_HEADERS} header lines")
        headers.append(_parse_header_line(line))


def _parse_header_line(line: bytes) -> tuple[str, str]:
    if line[:1] in (b" ", b"\t"):
        # RFC 9112 §5.2: obsolete line folding; a server may reject it with 400.
        raise HTTPError(400, "folded header lines (starting with a space) are not accepted")
    name, colon, value = _without_line_ending(line).partition(b":")
    # RFC 9112 §5.1: no whitespace between the name and the colon.
    if not colon or not TOKEN.match(name):
        raise HTTPError(400, f"header line {line[:40]!r} is not 'Name: value'")
    value = value.strip(b" \t")
    if VALUE_CONTROL.search(value):
        raise HTTPError(400, f"header {name.decode()!r} has a control character in its value")
    # Header values are octets; latin-1 maps each byte to one character (PEP 3333 does too).
    return name.decode("ascii"), value.decode("latin-1")


# --8<-- [end:headers]


# --8<-- [start:body]
def _read_body(
    rfile: BinaryIO, request: HTTPRequest, max_body_size: int, wfile: BinaryIO | None
) -> bytes:
    if request.get_all("Transfer-Encoding"):
        if request.get_all("Content-Length"):
            # RFC 9112 §6.1: both framings at once is how requests are smuggled.
            raise HTTPError(400, "a request cannot have both Transfer-Encoding and Content-Length")
        raise HTTPError(501, "Transfer-Encoding is not supported; send a Content-Length")
    length = _content_length(request.get_all("Content-Length"))
    if length > max_body_size:
        raise HTTPError(413, f"the body is {length} bytes; at most {max_body_size} are accepted")
    if length and wfile is not None and _expects_continue(request):
        # RFC 9110 §10.1.1: the client waits for this before sending its body, so a
        # request refused above (413) never uploads at all. curl asks for bodies > 1 KiB.
        wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        wfile.flush()
    body = rfile.read(length) if length else b""
    if len(body) < length:
        raise HTTPError(400, f"the body ended after {len(body)} of {length} bytes")
    return body


def _expects_continue(request: HTTPRequest) -> bool:
    expect = (request.get_header("Expect") or "").lower()
    return expect == "100-continue" and request.version == "HTTP/1.1"


def _content_length(values: list[str]) -> int:
    if not values:
        return 0
    # RFC 9110 §8.6 lets a recipient refuse a repeated Content-Length or reduce it
    # to one value. We refuse, as gunicorn does: every layer after this one (the
    # WSGI environ joins repeats with a comma) would have to repeat the reduction.
    if len(values) > 1 or "," in values[0]:
        raise HTTPError(400, f"Content-Length is repeated ({values}); send it once")
    # RFC 9110 §8.6: 1*DIGIT, ASCII digits only. The parser has already stripped
    # OWS (SP and HTAB); str.strip() would also eat \x0b, \x1c or \xa0.
    text = values[0]
    if not DIGITS.fullmatch(text):
        raise HTTPError(400, f"Content-Length {text[:20]!r} is not a non-negative integer")
    if len(text.lstrip("0")) > 18:  # int() refuses over 4300 digits; no body is this big
        raise HTTPError(413, f"Content-Length {text[:20]}... is larger than any body accepted")
    return int(text)


# --8<-- [end:body]
