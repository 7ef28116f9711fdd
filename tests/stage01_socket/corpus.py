"""The malformed-request corpus: raw bytes, and the status a careful server answers.

Every case runs against a live stage 1 server and a live stage 2 server, each with
its demo app (``GET /`` and ``HEAD /`` say hello, ``POST /echo`` echoes, other
paths 404, other methods 405). Cases marked ``werkzeug=True`` also run against
``werkzeug.serving``, where the reference server gives the same status; the rest
are where we are stricter (Werkzeug's server is built on ``http.server``, which
accepts what RFC 9112 lets a server refuse), where it has no deadline at all, or
where it answers a bad request line in HTTP/0.9 form: an error page with no
status line, because no version had been read yet.

``status=None`` means no answer at all: the client asked nothing. Cases with
``half_close=False`` keep the connection open after sending, so only the
server's request deadline can end them (408).
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass

from .slow_clients import read_to_end

STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3}) [^\r\n]*\r\n")


@dataclass(frozen=True)
class Case:
    id: str
    raw: bytes
    status: int | None
    werkzeug: bool = False
    half_close: bool = True


H = b"Host: h\r\n"
GET = b"GET / HTTP/1.1\r\n" + H
POST = b"POST /echo HTTP/1.1\r\n" + H
FIVE = b"Content-Length: 5\r\n\r\nhello"


def many_headers(count: int) -> bytes:
    return b"".join(b"X-%d: v\r\n" % i for i in range(count))


CASES = [
    # --- well-formed, for reference -------------------------------------------------
    Case("get-root", GET + b"\r\n", 200, werkzeug=True),
    Case("head-root", b"HEAD / HTTP/1.1\r\n" + H + b"\r\n", 200, werkzeug=True),
    Case("post-echo", POST + b"Content-Length: 5\r\n\r\nhello", 200, werkzeug=True),
    Case("unknown-path", b"GET /nope HTTP/1.1\r\n" + H + b"\r\n", 404, werkzeug=True),
    Case("wrong-method", b"DELETE / HTTP/1.1\r\n" + H + b"\r\n", 405, werkzeug=True),
    Case("lowercase-method", b"get / HTTP/1.1\r\n" + H + b"\r\n", 405, werkzeug=True),
    Case("lf-line-ends", b"GET / HTTP/1.1\nHost: h\n\n", 200, werkzeug=True),
    Case("crlf-before-request-line", b"\r\n" + GET + b"\r\n", 200),
    Case("nothing-sent", b"", None, werkzeug=True),
    Case("only-a-crlf", b"\r\n", None),
    # --- the request line ------------------------------------------------------------
    Case("one-word", b"NONSENSE\r\n\r\n", 400),
    Case("four-words", b"GET / HTTP/1.1 extra\r\n" + H + b"\r\n", 400),
    Case("missing-version", b"GET /\r\n\r\n", 400),
    Case("double-space", b"GET  / HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("tab-separator", b"GET\t/ HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("method-not-a-token", b"G(T / HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("non-ascii-method", "GÉT / HTTP/1.1\r\n".encode() + H + b"\r\n", 400),
    Case("nul-in-request-line", b"GET /\x00 HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("request-line-9k", b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n" + H + b"\r\n", 414),
    Case("request-line-70k", b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n" + H + b"\r\n", 414),
    Case("only-empty-lines", b"\r\n" * 9, 400),
    Case("request-line-without-end", b"GET / HTTP/1.1", 400),
    Case("bare-cr-line-end", b"GET / HTTP/1.1\r" + H + b"\r\n", 400),
    Case("cr-cr-lf-line-end", b"GET / HTTP/1.1\r\r\n" + H + b"\r\n", 400),
    Case("leading-space", b" GET / HTTP/1.1\r\n" + H + b"\r\n", 400),
    # --- the request target ----------------------------------------------------------
    Case("absolute-form", b"GET http://h/ HTTP/1.1\r\n" + H + b"\r\n", 200, werkzeug=True),
    Case("absolute-form-query-no-path", b"GET http://h?y=1 HTTP/1.1\r\n" + H + b"\r\n", 200),
    Case("absolute-form-https", b"GET https://h/nope HTTP/1.1\r\n" + H + b"\r\n", 404),
    Case("absolute-form-ftp", b"GET ftp://h/ HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("absolute-form-no-host", b"GET http:///p HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("asterisk-form", b"OPTIONS * HTTP/1.1\r\n" + H + b"\r\n", 404),
    Case("relative-target", b"GET a/b HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("fragment", b"GET /#top HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("fragment-after-query", b"GET /?a=1#top HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("control-in-target", b"GET /\x01 HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("latin1-byte-in-target", b"GET /caf\xe9 HTTP/1.1\r\n" + H + b"\r\n", 400),
    Case("escaped-space", b"GET /a%20b HTTP/1.1\r\n" + H + b"\r\n", 404, werkzeug=True),
    Case("broken-escape", b"GET /% HTTP/1.1\r\n" + H + b"\r\n", 404, werkzeug=True),
    Case("escaped-nul", b"GET /%00 HTTP/1.1\r\n" + H + b"\r\n", 404, werkzeug=True),
    Case("query-on-wrong-method", b"GET /echo?x=1 HTTP/1.1\r\n" + H + b"\r\n", 405, werkzeug=True),
    Case("dot-segments", b"GET /../etc/passwd HTTP/1.1\r\n" + H + b"\r\n", 404, werkzeug=True),
    Case("long-query", b"GET /?" + b"q" * 8000 + b" HTTP/1.1\r\n" + H + b"\r\n", 200),
    # --- the version -----------------------------------------------------------------
    Case("http10-without-host", b"GET / HTTP/1.0\r\n\r\n", 200, werkzeug=True),
    Case("http19-read-as-http11", b"GET / HTTP/1.9\r\n" + H + b"\r\n", 200, werkzeug=True),
    Case("http20", b"GET / HTTP/2.0\r\n" + H + b"\r\n", 505),
    Case("http30", b"GET / HTTP/3.0\r\n" + H + b"\r\n", 505),
    Case("http09-named", b"GET / HTTP/0.9\r\n" + H + b"\r\n", 505),
    Case("lowercase-http", b"GET / http/1.1\r\n" + H + b"\r\n", 400),
    Case("version-without-minor", b"GET / HTTP/1\r\n" + H + b"\r\n", 400),
    Case("version-three-numbers", b"GET / HTTP/1.1.1\r\n" + H + b"\r\n", 400),
    Case("version-leading-zero", b"GET / HTTP/01.1\r\n" + H + b"\r\n", 400),
    Case("version-letter", b"GET / HTTP/1.x\r\n" + H + b"\r\n", 400),
    Case("not-http", b"GET / FTP/1.1\r\n" + H + b"\r\n", 400),
    # --- header fields ---------------------------------------------------------------
    Case("http11-without-host", b"GET / HTTP/1.1\r\n\r\n", 400),
    Case("two-hosts", GET + b"Host: other\r\n\r\n", 400),
    Case("host-list", b"GET / HTTP/1.1\r\nHost: a, b\r\n\r\n", 400),
    Case("http10-two-hosts", b"GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", 400),
    Case("header-without-colon", GET + b"NoColon\r\n\r\n", 400),
    Case("space-before-colon", GET + b"Name : v\r\n\r\n", 400),
    Case("space-in-name", GET + b"Bad Name: v\r\n\r\n", 400),
    Case("empty-name", GET + b": v\r\n\r\n", 400),
    Case("name-not-a-token", GET + b"X@Y: v\r\n\r\n", 400),
    Case("obsolete-line-folding", GET + b"X: a\r\n b\r\n\r\n", 400),
    Case("bare-cr-in-value", GET + b"X: a\rb\r\n\r\n", 400),
    Case("nul-in-value", GET + b"X: a\x00b\r\n\r\n", 400),
    Case("escape-in-value", GET + b"X: \x1b[31m\r\n\r\n", 400),
    Case("delete-in-value", GET + b"X: a\x7f\r\n\r\n", 400),
    Case("cr-cr-lf-after-header", GET + b"X: a\r\r\n\r\n", 400),
    Case("latin1-value", GET + b"X: caf\xe9\r\n\r\n", 200, werkzeug=True),
    Case("empty-value", GET + b"X:\r\n\r\n", 200, werkzeug=True),
    Case("padded-value", GET + b"X: \t v \t\r\n\r\n", 200, werkzeug=True),
    Case("underscore-name", GET + b"X_Forwarded_For: 6.6.6.6\r\n\r\n", 200, werkzeug=True),
    Case("100-headers", GET + many_headers(99) + b"\r\n", 200),
    Case("101-headers", GET + many_headers(100) + b"\r\n", 431, werkzeug=True),
    Case("header-line-70k", GET + b"X: " + b"v" * 70000 + b"\r\n\r\n", 431, werkzeug=True),
    Case("header-block-65k", GET + many_headers(1) + b"Y: " + b"v" * 66000 + b"\r\n\r\n", 431),
    Case("headers-cut-off", GET + b"X: v\r\n", 400),
    Case("expect-continue", POST + b"Expect: 100-continue\r\nContent-Length: 2\r\n\r\nhi", 200),
    # --- body framing ----------------------------------------------------------------
    Case("content-length-zero", POST + b"Content-Length: 0\r\n\r\n", 200, werkzeug=True),
    Case("no-length-extra-bytes", POST + b"\r\nignored", 200, werkzeug=True),
    Case("get-with-body", GET + b"Content-Length: 3\r\n\r\nabc", 200, werkzeug=True),
    Case("length-not-a-number", POST + b"Content-Length: five\r\n\r\nhello", 400),
    Case("length-negative", POST + b"Content-Length: -5\r\n\r\nhello", 400),
    Case("length-plus-sign", POST + b"Content-Length: +5\r\n\r\nhello", 400),
    Case("length-hex", POST + b"Content-Length: 0x5\r\n\r\nhello", 400),
    Case(
        "length-repeated-equal", POST + b"Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello", 400
    ),
    Case("length-list-equal", POST + b"Content-Length: 5, 5\r\n\r\nhello", 400),
    Case("length-conflict", POST + b"Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400),
    Case("length-vertical-tab", POST + b"Content-Length: \x0b5\r\n\r\nhello", 400),
    Case("length-no-break-space", POST + b"Content-Length: 5\xa0\r\n\r\nhello", 400),
    Case("length-5000-digits", POST + b"Content-Length: " + b"9" * 5000 + b"\r\n\r\n", 413),
    Case("length-over-limit", POST + b"Content-Length: 17000000\r\n\r\nhello", 413),
    Case("body-shorter-than-length", POST + b"Content-Length: 10\r\n\r\nhello", 400),
    Case("chunked", POST + b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 501),
    Case(
        "chunked-and-length",
        POST + b"Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\nhello",
        400,
    ),
    Case("identity-coding", POST + b"Transfer-Encoding: identity\r\n\r\n", 501),
    Case("coding-space-before-colon", POST + b"Transfer-Encoding : chunked\r\n\r\n", 400),
    # --- clients that stop half-way (only the deadline ends these) --------------------
    Case("request-line-cut-off", b"GET / HTT", 408, half_close=False),
    Case("headers-stall", GET + b"X-Slow: ", 408, half_close=False),
    Case("body-stall", POST + b"Content-Length: 10\r\n\r\nhel", 408, half_close=False),
    Case("silent-connection", b"", None, half_close=False),
]


def send_case(port: int, case: Case, timeout: float = 5.0) -> bytes:
    """Send a case on a fresh connection and read the whole reply."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as client:
        try:
            client.sendall(case.raw)
            if case.half_close:
                client.shutdown(socket.SHUT_WR)  # "that is all": a cut-off request ends here
        except OSError:
            pass  # the server answered and closed before reading everything
        return read_to_end(client)


def final_status(reply: bytes) -> int | None:
    """The status of the final response, past any ``100 Continue``; None for no reply."""
    while reply:
        match = STATUS_LINE.match(reply)
        if match is None:
            raise AssertionError(f"the reply does not start with a status line: {reply[:60]!r}")
        status = int(match.group(1))
        if not 100 <= status < 200:
            return status
        reply = reply[reply.index(b"\r\n\r\n") + 4 :]
    return None


GOOD = Case("good", GET + b"\r\n", 200)
