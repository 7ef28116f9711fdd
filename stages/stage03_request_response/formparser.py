"""Parse form bodies: ``application/x-www-form-urlencoded`` and ``multipart/form-data``.

Mirrors werkzeug/formparser.py and the multipart state machine in
werkzeug/sansio/multipart.py (Werkzeug 3.1.9), RFC 7578. The body is read in
blocks (``multipart.MultipartReader``) and never beyond ``Content-Length``; files
are spooled to disk past 500 KiB, so a large upload costs disk, not memory, and a
size limit stops it early.
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
from .multipart import MultipartReader

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
        reader = MultipartReader(stream, boundary.encode("ascii"))
        finished = reader.skip_preamble()
        parts = 0
        while not finished:
            parts += 1
            if self.max_form_parts is not None and parts > self.max_form_parts:
                raise RequestEntityTooLarge()
            headers = reader.read_headers()
            disposition, params = _disposition(headers)
            if disposition != "form-data" or "name" not in params:
                raise BadRequest("A multipart part has no 'Content-Disposition: form-data; name'.")
            name = params["name"]
            if "filename" in params:
                target: IO[bytes] = SpooledTemporaryFile(SPOOL_SIZE)
                finished = reader.copy_content(target.write)
                target.seek(0)
                files.add(name, FileStorage(target, params["filename"], name, headers=headers))
            else:
                field = _BoundedField(self.max_form_memory_size)
                finished = reader.copy_content(field)
                form.add(name, bytes(field.data).decode(_charset(headers), "replace"))
        return form, files

    # --8<-- [end:multipart]


class _BoundedField:
    """Collect a text field in memory, refusing it (413) once it passes ``limit`` bytes.

    Called with each block of the field's content, as ``copy_content`` calls ``write``.
    """

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.data = bytearray()

    def __call__(self, chunk: bytes) -> None:
        self.data += chunk
        if self.limit is not None and len(self.data) > self.limit:
            raise RequestEntityTooLarge()


def _disposition(headers: Headers) -> tuple[str, dict[str, str]]:
    return parse_options_header(headers.get("Content-Disposition"))


def _charset(headers: Headers) -> str:
    charset = parse_options_header(headers.get("Content-Type"))[1].get("charset", "utf-8")
    try:
        "".encode(charset)
    except LookupError:
        return "utf-8"
    return charset
