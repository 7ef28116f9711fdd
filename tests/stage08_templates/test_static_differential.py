"""Static files, conditional and range requests: ours and Flask's answer byte for byte.

Each case runs the same request against ``stage08_templates.Flask`` and
``flask.Flask`` over the same project folder, and compares the status, the headers a
cache or a download manager reads, and the body. The expected status is in the table
too, so two identical wrong answers still fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import flask
import pytest
import stage08_templates

from .conftest import STATIC

#: The headers that matter to a browser cache, a download manager and a proxy.
RELEVANT = (
    "Content-Type",
    "Content-Length",
    "Content-Range",
    "Content-Encoding",
    "Content-Disposition",
    "Accept-Ranges",
    "ETag",
    "Last-Modified",
    "Cache-Control",
)


def answer(impl: Any, project: Path, path: str, headers: dict[str, str], **config: Any) -> Any:
    """(status, relevant headers, body) of one request to a fresh app of ``impl``."""
    app = impl.Flask("project_app", root_path=str(project))
    app.config.update(config)
    client = app.test_client()
    validators = client.get(path).headers  # what a browser would have kept from a first visit
    sent = {
        name: value.format(etag=validators.get("ETag"), date=validators.get("Last-Modified"))
        for name, value in headers.items()
    }
    response = client.get(path, headers=sent)
    if response.status_code >= 400:  # error pages: our own wording, so compare what is not prose
        return response.status_code, response.headers.get("Content-Range")
    kept = {name: response.headers.get(name) for name in RELEVANT}
    return response.status_code, kept, response.data


CASES = [
    ("full", "/static/hello.txt", {}, 200),
    ("css", "/static/app.css", {}, 200),
    ("svg", "/static/logo.svg", {}, 200),
    ("gzip-encoding", "/static/archive.tar.gz", {}, 200),
    ("subfolder", "/static/sub/inner.txt", {}, 200),
    ("if-none-match", "/static/hello.txt", {"If-None-Match": "{etag}"}, 304),
    ("if-none-match-weak", "/static/hello.txt", {"If-None-Match": "W/{etag}"}, 304),
    ("if-none-match-list", "/static/hello.txt", {"If-None-Match": '"a", {etag}'}, 304),
    ("if-none-match-star", "/static/hello.txt", {"If-None-Match": "*"}, 304),
    ("if-none-match-other", "/static/hello.txt", {"If-None-Match": '"other"'}, 200),
    ("if-modified-since", "/static/hello.txt", {"If-Modified-Since": "{date}"}, 304),
    (
        "if-modified-since-old",
        "/static/hello.txt",
        {"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"},
        200,
    ),
    ("if-modified-since-garbage", "/static/hello.txt", {"If-Modified-Since": "yesterday"}, 200),
    (
        "etag-beats-date",
        "/static/hello.txt",
        {"If-None-Match": '"other"', "If-Modified-Since": "{date}"},
        200,
    ),
    (
        "empty-etag-beats-date",
        "/static/hello.txt",
        {"If-None-Match": '""', "If-Modified-Since": "{date}"},
        200,
    ),
    ("if-match-fails", "/static/hello.txt", {"If-Match": '"other"'}, 412),
    ("if-match-holds", "/static/hello.txt", {"If-Match": "{etag}"}, 200),
    ("range-first-bytes", "/static/blob.bin", {"Range": "bytes=0-99"}, 206),
    ("range-middle", "/static/blob.bin", {"Range": "bytes=1000-1999"}, 206),
    ("range-open-end", "/static/blob.bin", {"Range": "bytes=10000-"}, 206),
    ("range-suffix", "/static/blob.bin", {"Range": "bytes=-100"}, 206),
    ("range-past-end-clamped", "/static/blob.bin", {"Range": "bytes=10000-99999"}, 206),
    ("range-last-byte", "/static/blob.bin", {"Range": "bytes=10239-10239"}, 206),
    ("range-spaces", "/static/blob.bin", {"Range": "bytes= 5 - 9 "}, 206),
    ("range-start-past-end", "/static/blob.bin", {"Range": "bytes=10240-"}, 416),
    ("range-reversed", "/static/blob.bin", {"Range": "bytes=50-10"}, 416),
    ("range-multiple", "/static/blob.bin", {"Range": "bytes=0-1,5-6"}, 416),
    ("range-garbage", "/static/blob.bin", {"Range": "bytes=abc"}, 416),
    ("range-other-unit", "/static/blob.bin", {"Range": "lines=0-5"}, 416),
    ("range-zero-suffix", "/static/blob.bin", {"Range": "bytes=-0"}, 416),
    (
        "if-range-etag-current",
        "/static/blob.bin",
        {"Range": "bytes=0-9", "If-Range": "{etag}"},
        206,
    ),
    ("if-range-etag-stale", "/static/blob.bin", {"Range": "bytes=0-9", "If-Range": '"old"'}, 200),
    (
        "if-range-date-current",
        "/static/blob.bin",
        {"Range": "bytes=0-9", "If-Range": "{date}"},
        206,
    ),
    (
        "if-range-date-stale",
        "/static/blob.bin",
        {"Range": "bytes=0-9", "If-Range": "Thu, 01 Jan 1970 00:00:00 GMT"},
        200,
    ),
    ("if-range-without-range", "/static/blob.bin", {"If-Range": '"old"'}, 200),
    ("missing-file", "/static/nope.txt", {}, 404),
    ("folder-not-file", "/static/sub", {}, 404),
]


@pytest.mark.parametrize(
    ("path", "headers", "status"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_static_request_matches_flask(
    project: Path, path: str, headers: dict[str, str], status: int
) -> None:
    ours = answer(stage08_templates, project, path, headers)
    theirs = answer(flask, project, path, headers)
    assert (ours[0], ours) == (status, theirs)


@pytest.mark.parametrize("max_age", [0, 3600], ids=["zero", "hour"])
def test_static_max_age_matches_flask(project: Path, max_age: int) -> None:
    config = {"SEND_FILE_MAX_AGE_DEFAULT": max_age}
    ours = answer(stage08_templates, project, "/static/app.css", {}, **config)
    theirs = answer(flask, project, "/static/app.css", {}, **config)
    assert ours == theirs


def test_static_range_body_is_the_requested_slice(client: Any) -> None:
    response = client.get("/static/blob.bin", headers={"Range": "bytes=300-303"})
    assert response.data == STATIC["blob.bin"][300:304]


def test_static_head_sends_headers_without_body(client: Any) -> None:
    response = client.head("/static/hello.txt")
    assert (response.headers["Content-Length"], response.data) == (
        str(len(STATIC["hello.txt"])),
        b"",
    )


def test_static_416_names_the_complete_length(client: Any) -> None:
    response = client.get("/static/blob.bin", headers={"Range": "bytes=99999-"})
    assert response.headers["Content-Range"] == f"bytes */{len(STATIC['blob.bin'])}"


def test_static_post_is_not_allowed(client: Any) -> None:
    assert client.post("/static/hello.txt").status_code == 405


# Where we follow RFC 9110 rather than Werkzeug 3.1.9 (the chapter's table): ours only.


def test_static_suffix_longer_than_file_sends_whole_file() -> None:
    """RFC 9110 14.1.3: a suffix longer than the file means the whole file (Werkzeug: 416)."""
    from stage08_templates.conditional import requested_window

    assert requested_window("bytes=-500", 100) == (0, 100)


def test_static_if_range_date_must_equal_last_modified(project: Path) -> None:
    """RFC 9110 13.1.5: a later If-Range date is not a match (Werkzeug accepts <=)."""
    client = stage08_templates.Flask("project_app", root_path=str(project)).test_client()
    headers = {"Range": "bytes=0-9", "If-Range": "Fri, 31 Dec 2100 23:59:59 GMT"}
    assert client.get("/static/blob.bin", headers=headers).status_code == 200
