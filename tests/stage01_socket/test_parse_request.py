"""parse_request: bytes in, an HTTPRequest or the right HTTPError out."""

from __future__ import annotations

import io

import pytest
from stage01_socket import HTTPError, HTTPRequest, parse_request
from stage01_socket.request import MAX_HEADER_BYTES, MAX_HEADERS, MAX_REQUEST_LINE


def parse(raw: bytes, **kwargs: int) -> HTTPRequest | None:
    return parse_request(io.BytesIO(raw), **kwargs)


def parse_ok(raw: bytes, **kwargs: int) -> HTTPRequest:
    request = parse(raw, **kwargs)
    assert request is not None
    return request


def refusal(raw: bytes, **kwargs: int) -> int:
    with pytest.raises(HTTPError) as excinfo:
        parse(raw, **kwargs)
    return excinfo.value.status


def test_parse_request_splits_request_line() -> None:
    request = parse_ok(b"GET /a/b?x=1&y=2 HTTP/1.1\r\nHost: h\r\n\r\n")
    assert (request.method, request.path, request.query, request.version) == (
        "GET",
        "/a/b",
        "x=1&y=2",
        "HTTP/1.1",
    )


def test_parse_request_keeps_raw_target() -> None:
    assert parse_ok(b"GET /a%20b?q=%2F HTTP/1.1\r\nHost: h\r\n\r\n").target == "/a%20b?q=%2F"


def test_parse_request_keeps_path_percent_encoded() -> None:
    assert parse_ok(b"GET /a%2Fb HTTP/1.1\r\nHost: h\r\n\r\n").path == "/a%2Fb"


def test_parse_request_headers_keep_order_and_case() -> None:
    request = parse_ok(b"GET / HTTP/1.1\r\nHost: h\r\nX-One: 1\r\nx-two: 2\r\n\r\n")
    assert request.headers == [("Host", "h"), ("X-One", "1"), ("x-two", "2")]


def test_parse_request_header_lookup_ignores_case() -> None:
    request = parse_ok(b"GET / HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\n\r\n")
    assert request.get_header("CONTENT-TYPE") == "text/plain"


def test_parse_request_repeated_header_returns_all_values() -> None:
    request = parse_ok(b"GET / HTTP/1.1\r\nHost: h\r\nAccept: a\r\naccept: b\r\n\r\n")
    assert request.get_all("Accept") == ["a", "b"]


def test_parse_request_header_value_whitespace_is_stripped() -> None:
    assert (
        parse_ok(b"GET / HTTP/1.1\r\nHost: h\r\nX:   spaced \t\r\n\r\n").get_header("x") == "spaced"
    )


def test_parse_request_header_value_bytes_decode_as_latin1() -> None:
    assert parse_ok(b"GET / HTTP/1.1\r\nHost: h\r\nX: caf\xe9\r\n\r\n").get_header("x") == "caf\xe9"


def test_parse_request_missing_header_returns_default() -> None:
    assert parse_ok(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n").get_header("Nope", "d") == "d"


def test_parse_request_body_framed_by_content_length() -> None:
    raw = b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhelloEXTRA"
    assert parse_ok(raw).body == b"hello"


def test_parse_request_without_content_length_has_empty_body() -> None:
    assert parse_ok(b"POST / HTTP/1.1\r\nHost: h\r\n\r\nignored").body == b""


def test_parse_request_accepts_bare_lf_line_endings() -> None:
    assert parse_ok(b"GET /x HTTP/1.1\nHost: h\n\n").get_header("host") == "h"


def test_parse_request_skips_empty_lines_before_request_line() -> None:
    assert parse_ok(b"\r\n\r\nGET /x HTTP/1.1\r\nHost: h\r\n\r\n").path == "/x"


def test_parse_request_absolute_form_target_routes_on_path() -> None:
    request = parse_ok(b"GET http://example.com/p?q=1 HTTP/1.1\r\nHost: h\r\n\r\n")
    assert (request.path, request.query) == ("/p", "q=1")


def test_parse_request_asterisk_target_for_options() -> None:
    assert parse_ok(b"OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n").path == "*"


def test_parse_request_http10_is_accepted() -> None:
    assert parse_ok(b"GET / HTTP/1.0\r\n\r\n").version == "HTTP/1.0"


def test_parse_request_returns_none_when_client_sends_nothing() -> None:
    assert parse(b"") is None


def test_parse_request_accepts_body_at_exact_maximum() -> None:
    raw = b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nabcd"
    assert parse_ok(raw, max_body_size=4).body == b"abcd"


def test_parse_request_accepts_request_line_at_exact_limit() -> None:
    head = b"GET /"
    tail = b" HTTP/1.1\r\n"
    line = head + b"a" * (MAX_REQUEST_LINE - len(head) - len(tail)) + tail
    assert len(line) == MAX_REQUEST_LINE
    assert parse_ok(line + b"Host: h\r\n\r\n").method == "GET"


def test_parse_request_accepts_exactly_max_headers() -> None:
    headers = b"".join(b"X-%d: v\r\n" % i for i in range(MAX_HEADERS - 1))
    assert (
        len(parse_ok(b"GET / HTTP/1.1\r\nHost: h\r\n" + headers + b"\r\n").headers) == MAX_HEADERS
    )


REFUSALS = [
    (
        b"GET /" + b"a" * MAX_REQUEST_LINE + b" HTTP/1.1\r\nHost: h\r\n\r\n",
        414,
        "request-line-too-long",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: h\r\nX: " + b"v" * MAX_HEADER_BYTES + b"\r\n\r\n",
        431,
        "header-block-too-large",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: h\r\n"
        + b"".join(b"X-%d: v\r\n" % i for i in range(MAX_HEADERS + 1)),
        431,
        "too-many-headers",
    ),
    (b"GET / HTTP/2.0\r\n\r\n", 505, "http-2-version"),
    (b"GET / FTP/1.1\r\n\r\n", 400, "not-http"),
    (b"GET /\r\n\r\n", 400, "missing-version"),
    (b"GET  / HTTP/1.1\r\nHost: h\r\n\r\n", 400, "double-space"),
    (b"G(T / HTTP/1.1\r\nHost: h\r\n\r\n", 400, "method-not-a-token"),
    (b"GET a/b HTTP/1.1\r\nHost: h\r\n\r\n", 400, "target-without-slash"),
    (b"GET /\x01 HTTP/1.1\r\nHost: h\r\n\r\n", 400, "control-byte-in-target"),
    (b"GET / HTTP/1.1", 400, "request-line-without-line-break"),
    (b"GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n", 400, "header-without-colon"),
    (b"GET / HTTP/1.1\r\nHost: h\r\nBad Name: v\r\n\r\n", 400, "space-in-header-name"),
    (b"GET / HTTP/1.1\r\nHost: h\r\nName : v\r\n\r\n", 400, "space-before-colon"),
    (b"GET / HTTP/1.1\r\nHost: h\r\nA: b\r\n c\r\n\r\n", 400, "obsolete-line-folding"),
    (b"GET / HTTP/1.1\r\nHost: h\r\n", 400, "headers-cut-off"),
    (
        b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: x\r\n\r\n",
        400,
        "content-length-not-a-number",
    ),
    (b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400, "content-length-negative"),
    (
        b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        400,
        "conflicting-content-lengths",
    ),
    (
        b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nshort",
        400,
        "body-shorter-than-length",
    ),
    (
        b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc",
        400,
        "both-framings-smuggling",
    ),
    (
        b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        501,
        "chunked-body",
    ),
    (b"\r\n" * 9, 400, "only-empty-lines"),
]


@pytest.mark.parametrize(("raw", "status"), [r[:2] for r in REFUSALS], ids=[r[2] for r in REFUSALS])
def test_parse_request_refuses_with_status(raw: bytes, status: int) -> None:
    assert refusal(raw) == status


def test_parse_request_body_over_maximum_is_413() -> None:
    assert (
        refusal(b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello", max_body_size=4)
        == 413
    )


def test_parse_request_body_over_maximum_is_refused_before_reading_it() -> None:
    stream = io.BytesIO(
        b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 999999\r\n\r\n" + b"x" * 100
    )
    with pytest.raises(HTTPError):
        parse_request(stream, max_body_size=10)
    assert stream.read() == b"x" * 100


REPEATED_LENGTHS = [
    (b"Content-Length: 5\r\nContent-Length: 5\r\n", "two-equal-headers"),
    (b"Content-Length: 5, 5\r\n", "equal-list"),
    (b"Content-Length: 5,5\r\n", "equal-list-no-space"),
]


@pytest.mark.parametrize(
    "lengths", [r[0] for r in REPEATED_LENGTHS], ids=[r[1] for r in REPEATED_LENGTHS]
)
def test_parse_request_repeated_content_length_is_400_even_when_equal(lengths: bytes) -> None:
    assert refusal(b"POST / HTTP/1.1\r\nHost: h\r\n" + lengths + b"\r\nhello") == 400


PADDED_LENGTHS = [
    (b"\x0b5", "vertical-tab-before"),
    (b"5\x0c", "form-feed-after"),
    (b"5\xa0", "no-break-space-after"),
    (b"\x1c5", "file-separator-before"),
    (b"5\x85", "next-line-after"),
    (b"+5", "plus-sign"),
    (b"5_0", "underscore"),
    (b"\xb2", "superscript-two"),
]


@pytest.mark.parametrize(
    "value", [r[0] for r in PADDED_LENGTHS], ids=[r[1] for r in PADDED_LENGTHS]
)
def test_parse_request_content_length_other_than_ascii_digits_is_400(value: bytes) -> None:
    raw = b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: " + value + b"\r\n\r\nhello"
    assert refusal(raw) == 400


def test_parse_request_content_length_spaces_and_tabs_around_digits_are_ows() -> None:
    assert (
        parse_ok(b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: \t 5 \t\r\n\r\nhello").body
        == b"hello"
    )


def test_parse_request_content_length_with_thousands_of_digits_is_413() -> None:
    # int() refuses strings over 4300 digits; that must not escape as a ValueError.
    assert (
        refusal(b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n")
        == 413
    )


LENIENCIES = [
    (b"GET / HTTP/1.1\r\n\r\n", "http11-without-host"),
    (b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "http11-two-hosts"),
    (b"GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", "http11-same-host-twice"),
    (b"GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", "http10-two-hosts"),
    (b"GET / HTTP/1.1\r\nHost: a, b\r\n\r\n", "host-list"),
    (b"GET /a#frag HTTP/1.1\r\nHost: h\r\n\r\n", "fragment-in-path"),
    (b"GET /a?q=1#frag HTTP/1.1\r\nHost: h\r\n\r\n", "fragment-after-query"),
    (b"GET / HTTP/1.1\r\r\nHost: h\r\n\r\n", "cr-cr-lf-after-request-line"),
    (b"GET / HTTP/1.1\r\nHost: h\r\n\r\r\n", "cr-cr-lf-as-blank-line"),
    (b"GET ftp://h/ HTTP/1.1\r\nHost: h\r\n\r\n", "absolute-form-not-http"),
    (b"GET http:///p HTTP/1.1\r\nHost: h\r\n\r\n", "absolute-form-without-host"),
]


@pytest.mark.parametrize("raw", [r[0] for r in LENIENCIES], ids=[r[1] for r in LENIENCIES])
def test_parse_request_ambiguous_head_is_400(raw: bytes) -> None:
    assert refusal(raw) == 400


CONTROLS_IN_VALUES = [
    (b"X: a\rb", "bare-cr-inside"),
    (b"X: a\r", "cr-cr-lf-ending"),
    (b"X: a\x00b", "nul"),
    (b"X: \x1b[31m", "escape"),
    (b"X: a\x7f", "delete"),
    (b"X: a\x0bb", "vertical-tab"),
]


@pytest.mark.parametrize(
    "field", [r[0] for r in CONTROLS_IN_VALUES], ids=[r[1] for r in CONTROLS_IN_VALUES]
)
def test_parse_request_control_character_in_header_value_is_400(field: bytes) -> None:
    # RFC 9110 §5.5: CR, LF and NUL must be refused (or replaced); other CTLs are invalid.
    assert refusal(b"GET / HTTP/1.1\r\nHost: h\r\n" + field + b"\r\n\r\n") == 400


def test_parse_request_tab_inside_header_value_is_kept() -> None:
    assert parse_ok(b"GET / HTTP/1.1\r\nHost: h\r\nX: a\tb\r\n\r\n").get_header("X") == "a\tb"


def test_parse_request_http10_without_host_is_accepted() -> None:
    assert parse_ok(b"GET / HTTP/1.0\r\n\r\n").get_header("Host") is None


def test_parse_request_absolute_form_with_query_and_no_path_keeps_query() -> None:
    request = parse_ok(b"GET http://h?y=1 HTTP/1.1\r\nHost: h\r\n\r\n")
    assert (request.path, request.query) == ("/", "y=1")


@pytest.mark.parametrize("minor", [b"2", b"5", b"9"], ids=["1.2", "1.5", "1.9"])
def test_parse_request_later_http1_minor_version_is_read_as_http11(minor: bytes) -> None:
    # RFC 9110 §2.5: process it as the highest 1.x we conform to.
    assert parse_ok(b"GET / HTTP/1." + minor + b"\r\nHost: h\r\n\r\n").version == "HTTP/1.1"


def test_http_error_names_status_and_detail() -> None:
    error = HTTPError(413, "too big")
    assert (error.status, error.detail, str(error)) == (413, "too big", "413: too big")


class TimingOut(io.BytesIO):
    """A stream whose next read times out, like a socket whose client went quiet."""

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        if not line:
            raise TimeoutError("timed out")
        return line


def test_parse_request_timeout_before_any_byte_propagates() -> None:
    # The server, which counts the bytes received, tells idle from cut off.
    with pytest.raises(TimeoutError):
        parse_request(TimingOut(b""))


def test_parse_request_timeout_mid_headers_propagates() -> None:
    with pytest.raises(TimeoutError):
        parse_request(TimingOut(b"GET / HTTP/1.1\r\nHost: h\r\n"))


EXPECTING = b"POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc"


def test_parse_request_answers_expect_continue_before_reading_body() -> None:
    wfile = io.BytesIO()
    request = parse_request(io.BytesIO(EXPECTING), wfile=wfile)
    assert (wfile.getvalue(), request and request.body) == (
        b"HTTP/1.1 100 Continue\r\n\r\n",
        b"abc",
    )


def test_parse_request_refuses_oversized_body_without_continue() -> None:
    wfile = io.BytesIO()
    with pytest.raises(HTTPError):
        parse_request(io.BytesIO(EXPECTING), max_body_size=2, wfile=wfile)
    assert wfile.getvalue() == b""
