"""Properties of ``parse_request`` over generated input (Hypothesis).

Whatever bytes arrive, the parser returns a request, returns ``None`` (nothing
sent) or raises its own ``HTTPError``: no other exception can reach the server.
Whatever it accepts has one framing: the bytes after the declared body never
change what was parsed, and the stream is left exactly at the body's end.
"""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from stage01_socket import HTTPError, HTTPRequest, parse_request

from tests import fuzzing  # noqa: F401  (loads the profile before @given reads it)

TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
tokens = st.text(TOKEN_CHARS, min_size=1, max_size=12)
# Visible ASCII and obs-text, with spaces and tabs inside but not at the ends.
field_values = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"),
    max_size=30,
).map(lambda value: value.strip(" \t"))
paths = st.text("abcdefghijklmnopqrstuvwxyz0123456789-._~%/", max_size=30).map(lambda p: "/" + p)
queries = st.text("abcdefghijklmnopqrstuvwxyz0123456789=&%+", max_size=20)
bodies = st.binary(max_size=200)
line_ends = st.sampled_from([b"\r\n", b"\n"])


# A hostile request is made of near-misses of real syntax, chosen piece by piece,
# so that a fair share of them is accepted and the framing properties are tested.
def mostly(good: bytes, *misses: bytes) -> st.SearchStrategy[bytes]:
    """``good`` about two times in three, else one of the near-misses."""
    return st.sampled_from([good] * (2 * len(misses)) + list(misses))


METHODS = mostly(b"GET", b"POST", b"G(T", b"", b"get")
GAPS = mostly(b" ", b"  ", b"\t")
TARGETS = mostly(b"/", b"/a?b=1", b"http://h?x=1", b"http://h/p", b"*", b"/a#f", b"a", b"/\x00")
VERSIONS = mostly(b"HTTP/1.1", b"HTTP/1.0", b"HTTP/1.9", b"HTTP/2.0", b"http/1.1", b"HTTP/1")
LINE_ENDS = mostly(b"\r\n", b"\n", b"\r\r\n", b"\r", b"")
HEADER_LINES = st.sampled_from(
    [
        b"Host: a, b",
        b"Content-Length: 3",
        b"Content-Length: 0",
        b"Content-Length: 5",
        b"Content-Length: -1",
        b"Content-Length: 3, 3",
        b"Content-Length: \x0b3",
        b"Content-Length: 99999999999999999999999",
        b"Transfer-Encoding: chunked",
        b"Expect: 100-continue",
        b"X: a\rb",
        b"X: a\x00",
        b"X: caf\xe9",
        b" folded",
        b"Bad Name: v",
        b"NoColon",
        b"X-Empty:",
    ]
)


@st.composite
def near_requests(draw: st.DrawFn) -> bytes:
    """A request built from real pieces and near-misses: a fair share is accepted."""
    gap = draw(GAPS)
    head = draw(METHODS) + gap + draw(TARGETS) + gap + draw(VERSIONS) + draw(LINE_ENDS)
    lines = draw(st.lists(HEADER_LINES, max_size=3))
    lines.insert(draw(st.integers(0, len(lines))), draw(mostly(b"Host: h", b"Host: h\r\nHost: h")))
    head += b"".join(line + draw(LINE_ENDS) for line in lines) + draw(LINE_ENDS)
    return head + draw(st.binary(max_size=8))


hostile = near_requests() | st.lists(st.binary(max_size=8), max_size=10).map(b"".join)


@st.composite
def valid_requests(draw: st.DrawFn) -> tuple[bytes, dict]:
    """A well-formed request and what it says: method, path, query, headers, body."""
    method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]) | tokens)
    path, query = draw(paths), draw(queries)
    names = draw(st.lists(tokens, max_size=6)) + ["Host"]
    headers = [
        (name, draw(field_values))
        for name in names
        if name.lower() not in ("host", "content-length", "transfer-encoding", "expect")
    ]
    headers.append(("Host", "example.com"))
    body = draw(bodies)
    if body:
        headers.append(("Content-Length", str(len(body))))
    end = draw(line_ends)
    target = path + ("?" + query if query else "")
    head = f"{method} {target} HTTP/1.1".encode() + end
    head += b"".join(f"{n}: {v}".encode("latin-1") + end for n, v in headers) + end
    expected = {"method": method, "path": path, "query": query, "headers": headers, "body": body}
    return head + body, expected


def outcome(raw: bytes) -> HTTPRequest | HTTPError | None:
    try:
        return parse_request(io.BytesIO(raw), max_body_size=1000)
    except HTTPError as error:
        return error


@given(st.binary(max_size=300))
def test_parse_request_any_bytes_give_a_request_or_an_http_error(raw: bytes) -> None:
    assert isinstance(outcome(raw), HTTPRequest | HTTPError | type(None))


@given(hostile)
def test_parse_request_hostile_requests_give_a_request_or_an_http_error(raw: bytes) -> None:
    result = outcome(raw)
    if isinstance(result, HTTPError):
        assert result.status in (400, 413, 414, 431, 501, 505)
    else:
        assert result is None or isinstance(result, HTTPRequest)


@given(hostile, st.binary(min_size=1, max_size=20))
def test_parse_request_bytes_after_the_framing_never_change_the_request(
    raw: bytes, after: bytes
) -> None:
    stream = io.BytesIO(raw)
    try:
        first = parse_request(stream, max_body_size=1000)
    except HTTPError:
        return
    if first is None:
        return
    end = stream.tell()
    again = io.BytesIO(raw[:end] + after)
    assert parse_request(again, max_body_size=1000) == first and again.tell() == end


@given(hostile)
def test_parse_request_accepted_request_has_one_framing(raw: bytes) -> None:
    stream = io.BytesIO(raw)
    result = outcome(raw)
    if not isinstance(result, HTTPRequest):
        return
    lengths = result.get_all("Content-Length")
    assert not result.get_all("Transfer-Encoding")
    assert len(lengths) <= 1 and len(result.body) == (int(lengths[0]) if lengths else 0)
    assert len(result.get_all("Host")) == 1 or result.version == "HTTP/1.0"
    assert len(result.get_all("Host")) <= 1
    parse_request(stream, max_body_size=1000)
    assert raw[: stream.tell()].endswith(result.body)


@given(valid_requests())
def test_parse_request_reads_back_what_a_valid_request_says(case: tuple[bytes, dict]) -> None:
    raw, expected = case
    request = parse_request(io.BytesIO(raw))
    assert request is not None
    said = {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "headers": request.headers,
        "body": request.body,
    }
    assert said == expected
