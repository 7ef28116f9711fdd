"""Parse form bodies: ``application/x-www-form-urlencoded`` and ``multipart/form-data``.

Mirrors werkzeug/formparser.py and the multipart state machine in
werkzeug/sansio/multipart.py (Werkzeug 3.1.9), RFC 7578. The body is read in
chunks and never beyond ``Content-Length``; files are spooled to disk past 500 KiB,
so a large upload costs disk, not memory, and a size limit stops it early.
"""

from __future__ import annotations

import re
from tempfile import SpooledTemporaryFile
from typing import IO
from urllib.parse import parse_qsl

from .datastructures import Headers, MultiDict
from .exceptions import BadRequest, RequestEntityTooLarge
from .file_storage import FileStorage
from .http import parse_options_header

CHUNK_SIZE = 64 * 1024
#: Files up to this size stay in memory; larger ones move to a temporary file.
SPOOL_SIZE = 500 * 1024
BOUNDARY = re.compile(r"^[ -~]{1,200}$")


class FormParser:
    """Turn a body stream into ``(form, files)``, enforcing the limits it is given."""

    def __init__(
        self,
        max_form_memory_size: int | None = None,
        max_form_parts: int | None = 1000,
    ) -> None:
        #: Largest non-file field accepted, in bytes (413 past it).
        self.max_form_memory_size = max_form_memory_size
        #: Most parts a multipart body may have (413 past it): each part costs a little.
        self.max_form_parts = max_form_parts

    def parse(
        self, stream: IO[bytes], mimetype: str, content_length: int | None, options: dict[str, str]
    ) -> tuple[MultiDict, MultiDict]:
        if mimetype == "application/x-www-form-urlencoded":
            return self.parse_urlencoded(stream, content_length), MultiDict()
        if mimetype == "multipart/form-data":
            return self.parse_multipart(stream, options.get("boundary", ""), content_length)
        return MultiDict(), MultiDict()

    # --8<-- [start:urlencoded]
    def parse_urlencoded(self, stream: IO[bytes], content_length: int | None) -> MultiDict:
        """``b"a=1&b=x+y&a=2"`` -> ``MultiDict([("a", "1"), ("a", "2"), ("b", "x y")])``."""
        limit = self.max_form_memory_size
        if limit is not None and content_length is not None and content_length > limit:
            raise RequestEntityTooLarge()
        body = stream.read().decode("utf-8", "replace")
        pairs = parse_qsl(body, keep_blank_values=True, errors="replace")
        if self.max_form_parts is not None and len(pairs) > self.max_form_parts:
            raise RequestEntityTooLarge()
        return MultiDict(pairs)

    # --8<-- [end:urlencoded]

    # --8<-- [start:multipart]
    def parse_multipart(
        self, stream: IO[bytes], boundary: str, content_length: int | None
    ) -> tuple[MultiDict, MultiDict]:
        """Split the body on ``--boundary`` lines; each part has headers and content."""
        if not BOUNDARY.match(boundary):
            raise BadRequest("multipart/form-data needs a valid boundary parameter.")
        form, files = MultiDict(), MultiDict()
        reader = _LineReader(stream)
        delimiter = b"--" + boundary.encode("ascii")
        _skip_preamble(reader, delimiter)
        parts = 0
        while True:
            parts += 1
            if self.max_form_parts is not None and parts > self.max_form_parts:
                raise RequestEntityTooLarge()
            headers = _read_part_headers(reader)
            disposition, params = _disposition(headers)
            if disposition != "form-data" or "name" not in params:
                raise BadRequest("A multipart part has no 'Content-Disposition: form-data; name'.")
            name = params["name"]
            if "filename" in params:
                target: IO[bytes] = SpooledTemporaryFile(SPOOL_SIZE)
                finished = _copy_part(reader, delimiter, target, None)
                target.seek(0)
                files.add(name, FileStorage(target, params["filename"], name, headers=headers))
            else:
                buffer = bytearray()
                finished = _copy_part(reader, delimiter, buffer, self.max_form_memory_size)
                charset = _charset(headers)
                form.add(name, bytes(buffer).decode(charset, "replace"))
            if finished:
                return form, files

    # --8<-- [end:multipart]


class _LineReader:
    """Read a stream line by line in bounded pieces (a "line" may be binary file data)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def readline(self) -> bytes:
        return self.stream.readline(CHUNK_SIZE)


def _skip_preamble(reader: _LineReader, delimiter: bytes) -> None:
    while True:
        line = reader.readline()
        if not line:
            raise BadRequest("The multipart body ended before its first boundary.")
        if line.rstrip(b"\r\n") == delimiter:
            return


def _read_part_headers(reader: _LineReader) -> Headers:
    headers = Headers()
    for _ in range(64):
        line = reader.readline()
        if not line.endswith(b"\n"):
            raise BadRequest("A multipart part's headers were cut off.")
        if line in (b"\r\n", b"\n"):
            return headers
        name, colon, value = line.decode("utf-8", "replace").partition(":")
        if not colon:
            raise BadRequest(f"Malformed multipart header line {line[:40]!r}.")
        headers.add(name.strip(), value.strip())
    raise BadRequest("A multipart part has too many headers.")


def _copy_part(
    reader: _LineReader, delimiter: bytes, target: IO[bytes] | bytearray, limit: int | None
) -> bool:
    """Copy a part's content to ``target``; True if it ended with the closing boundary.

    The line break before a boundary belongs to the boundary (RFC 2046 §5.1.1), so
    each line's trailing CRLF is held back until we know whether a boundary follows.
    A boundary only counts at the start of a line: ``readline`` may return part of
    a very long line, and the rest of it is content, whatever it looks like.
    """
    pending = b""
    size = 0
    at_line_start = True
    while True:
        line = reader.readline()
        if not line:
            raise BadRequest("The multipart body ended in the middle of a part.")
        if at_line_start:
            stripped = line.rstrip(b"\r\n")
            if stripped == delimiter:
                return False
            if stripped == delimiter + b"--":
                return True
        at_line_start = line.endswith(b"\n")
        ending = b"\r\n" if line.endswith(b"\r\n") else b"\n" if at_line_start else b""
        chunk = pending + line[: len(line) - len(ending)]
        pending = ending
        size += len(chunk)
        if limit is not None and size > limit:
            raise RequestEntityTooLarge()
        if isinstance(target, bytearray):
            target += chunk
        else:
            target.write(chunk)


def _disposition(headers: Headers) -> tuple[str, dict[str, str]]:
    return parse_options_header(headers.get("Content-Disposition"))


def _charset(headers: Headers) -> str:
    charset = parse_options_header(headers.get("Content-Type"))[1].get("charset", "utf-8")
    try:
        "".encode(charset)
    except LookupError:
        return "utf-8"
    return charset
