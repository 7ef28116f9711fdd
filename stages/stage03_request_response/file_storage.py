"""``FileStorage``: one uploaded file from a multipart form.

Mirrors werkzeug/datastructures/file_storage.py (Werkzeug 3.1.9).
"""

from __future__ import annotations

import shutil
from os import PathLike
from typing import IO

from .datastructures import Headers


class FileStorage:
    """An uploaded file: its form field, file name, content type and a stream of its bytes."""

    def __init__(
        self,
        stream: IO[bytes],
        filename: str | None = None,
        name: str | None = None,
        content_type: str | None = None,
        headers: Headers | None = None,
    ) -> None:
        self.stream = stream
        self.filename = filename
        self.name = name
        self.headers = headers or Headers()
        if content_type is not None:
            self.headers["Content-Type"] = content_type

    @property
    def content_type(self) -> str | None:
        return self.headers.get("Content-Type")

    @property
    def mimetype(self) -> str:
        """``"text/plain; charset=utf-8"`` -> ``"text/plain"``."""
        return (self.content_type or "").split(";")[0].strip().lower()

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size)

    def save(self, dst: str | PathLike[str] | IO[bytes], buffer_size: int = 16384) -> None:
        """Copy the upload to a path or an open binary file."""
        if isinstance(dst, str | PathLike):
            with open(dst, "wb") as target:
                shutil.copyfileobj(self.stream, target, buffer_size)
        else:
            shutil.copyfileobj(self.stream, dst, buffer_size)

    def close(self) -> None:
        self.stream.close()

    def __bool__(self) -> bool:
        return bool(self.filename)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.filename!r} ({self.content_type!r})>"
