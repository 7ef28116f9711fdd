"""Multipart parsing costs time in proportion to the body, and splits it as Werkzeug does.

The parser reads fixed-size blocks and searches each for the boundary, so a body of
a million newlines costs a few dozen reads, not a million ``readline`` calls.
"""

from __future__ import annotations

import io

import pytest
from stage03_request_response.formparser import FormParser
from stage03_request_response.multipart import CHUNK_SIZE

from .impls import IMPLS
from .test_forms import raw_multipart

BOUNDARY = "XyZ"


class CountingStream(io.BytesIO):
    """A body stream that counts how many times the parser asked it for bytes."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.calls = 0

    def read(self, size: int | None = -1) -> bytes:
        self.calls += 1
        return super().read(size)

    def readline(self, size: int | None = -1) -> bytes:
        self.calls += 1
        return super().readline(size)


def file_part(content: bytes, name: str = "f", filename: str = "f.bin") -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; '
        f'filename="{filename}"\r\n\r\n'
    ).encode() + content


def body_with(content: bytes) -> bytes:
    return file_part(content) + f"\r\n--{BOUNDARY}--\r\n".encode()


@pytest.mark.parametrize(
    "filler", [b"\n", b"\r\n", b"-", b"\r"], ids=["newlines", "crlfs", "dashes", "carriage-returns"]
)
def test_multipart_reads_body_in_blocks_whatever_its_bytes(filler: bytes) -> None:
    body = body_with(filler * (1 << 20))
    stream = CountingStream(body)
    _, files = FormParser().parse_multipart(stream, BOUNDARY, len(body))
    assert files["f"].read() == filler * (1 << 20)
    assert stream.calls <= len(body) // CHUNK_SIZE + 4


TRICKY = [
    (b"one\ntwo", "lf-inside"),
    (b"--XyZ in the middle of a line", "boundary-mid-line"),
    (b"line\r\n--XyZX not a delimiter", "boundary-prefix-then-more"),
    (b"ends with a carriage return\r", "trailing-cr"),
    (b"", "empty"),
    (b"\r\n", "just-crlf"),
    (b"-" * 100, "dashes"),
    (b"\r\n--XyZ-", "almost-closing"),
]


@IMPLS
@pytest.mark.parametrize("content", [t[0] for t in TRICKY], ids=[t[1] for t in TRICKY])
def test_multipart_file_content_matches_werkzeug(impl, content: bytes) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(raw_multipart(body_with(content), BOUNDARY))
    assert request.files["f"].read() == content


@IMPLS
@pytest.mark.parametrize("offset", [-7, -5, -1, 0, 1, 3, 6], ids=lambda o: f"offset{o:+d}")
def test_multipart_boundary_straddling_a_block_edge_is_found(impl, offset: int) -> None:  # type: ignore[no-untyped-def]
    head = file_part(b"")
    content = b"a" * (CHUNK_SIZE - len(head) + offset)
    request = impl.Request(raw_multipart(body_with(content), BOUNDARY))
    assert request.files["f"].read() == content


@IMPLS
def test_multipart_lf_only_body_parses(impl) -> None:  # type: ignore[no-untyped-def]
    body = b'--XyZ\nContent-Disposition: form-data; name="a"\n\none\n--XyZ--\n'
    assert impl.Request(raw_multipart(body, BOUNDARY)).form["a"] == "one"


@IMPLS
def test_multipart_preamble_and_epilogue_are_ignored(impl) -> None:  # type: ignore[no-untyped-def]
    body = (
        b"preamble text\r\n--XyZ\r\n"
        b'Content-Disposition: form-data; name="a"\r\n\r\none\r\n--XyZ--\r\nepilogue'
    )
    assert impl.Request(raw_multipart(body, BOUNDARY)).form["a"] == "one"


@IMPLS
def test_multipart_many_parts_keep_their_order(impl) -> None:  # type: ignore[no-untyped-def]
    body = b"".join(
        f'--XyZ\r\nContent-Disposition: form-data; name="k"\r\n\r\nv{i}\r\n'.encode()
        for i in range(50)
    )
    request = impl.Request(raw_multipart(body + b"--XyZ--\r\n", BOUNDARY))
    assert request.form.getlist("k") == [f"v{i}" for i in range(50)]
