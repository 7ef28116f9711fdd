"""The header parsers of stage 8 against Werkzeug's, on tables and on seeded random input.

``requested_window`` (``Range``), ``parse_entity_tags`` (``If-None-Match``, ``If-Match``)
and ``content_disposition`` are compared with ``werkzeug.http`` and
``werkzeug.utils.send_file`` (Werkzeug 3.1.9). The random cases use a fixed seed, so a
failure names a header that fails on every run.
"""

from __future__ import annotations

import io
import random

import pytest
import werkzeug.http
import werkzeug.utils
from stage08_templates.conditional import parse_entity_tags, requested_window
from stage08_templates.file_response import content_disposition

RANGE_PIECES = ["bytes", "Bytes", "lines", "=", "-", ",", " ", "0", "1", "9", "10", "99", "x", "+"]


def werkzeug_window(header: str, length: int) -> tuple[int, int] | None:
    parsed = werkzeug.http.parse_range_header(header)
    span = parsed.range_for_length(length) if parsed is not None else None
    return None if span is None else (span[0], span[1] - span[0])


def is_long_suffix(header: str, length: int) -> bool:
    """The one case where we follow RFC 9110 14.1.3 instead of Werkzeug (see the chapter)."""
    unit, _, spec = header.partition("=")
    spec = spec.strip(" \t")
    suffix = spec[1:].strip(" \t")
    return (
        unit.strip(" \t").lower() == "bytes"
        and spec.startswith("-")
        and suffix.isdigit()
        and int(suffix) > length
    )


def random_range_headers(count: int) -> list[str]:
    rng = random.Random(8)
    headers = []
    for _ in range(count):
        if rng.random() < 0.5:  # mostly well-formed: start-end or suffix
            start, end = rng.randint(0, 120), rng.randint(0, 120)
            spec = rng.choice([f"{start}-{end}", f"{start}-", f"-{end}", f"{start}-{end},1-2"])
            headers.append(f"bytes={spec}")
        else:
            headers.append("".join(rng.choice(RANGE_PIECES) for _ in range(rng.randint(1, 8))))
    return headers


@pytest.mark.parametrize("header", random_range_headers(400))
def test_requested_window_matches_werkzeug(header: str) -> None:
    length = 100
    if is_long_suffix(header, length):
        assert requested_window(header, length) == (0, length)
    else:
        assert requested_window(header, length) == werkzeug_window(header, length)


ETAG_HEADERS = [
    '"a"',
    'W/"a"',
    '"a", "b"',
    'W/"a", "b"',
    "*",
    "",
    "   ",
    '"a",W/"b" , "c"',
    "a",
    'W/"",""',
    '"with space"',
]


@pytest.mark.parametrize("header", ETAG_HEADERS, ids=[repr(h) for h in ETAG_HEADERS])
@pytest.mark.parametrize("tag", ["a", "b", "c", "with space", ""], ids=repr)
def test_entity_tags_match_like_werkzeug(header: str, tag: str) -> None:
    theirs = werkzeug.http.parse_etags(header)
    ours = parse_entity_tags(header)
    assert (bool(ours), ours.matches_weakly(tag), ours.matches_strongly(tag)) == (
        bool(theirs),
        theirs.contains_weak(tag),
        theirs.is_strong(tag) or theirs.star_tag,
    )


def werkzeug_disposition(name: str, as_attachment: bool) -> str:
    environ = {"REQUEST_METHOD": "GET"}
    response = werkzeug.utils.send_file(
        io.BytesIO(b"x"),
        environ,
        mimetype="text/plain",
        download_name=name,
        as_attachment=as_attachment,
        conditional=False,
    )
    response.close()
    return str(response.headers["Content-Disposition"])


def random_names(count: int) -> list[str]:
    rng = random.Random(88)
    alphabet = "abcXYZ019 .-_;,\"'\\()é€日ß\u0301\u00a0%*+"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))) for _ in range(count)]


@pytest.mark.parametrize("name", random_names(150))
@pytest.mark.parametrize("as_attachment", [True, False], ids=["attachment", "inline"])
def test_content_disposition_matches_werkzeug(name: str, as_attachment: bool) -> None:
    kind = "attachment" if as_attachment else "inline"
    assert content_disposition(kind, name) == werkzeug_disposition(name, as_attachment)
