"""``file_response``: a file on disk (or a file object) as a response, built on stage 3's.

Mirrors ``werkzeug.utils.send_file`` (Werkzeug 3.1.9), which Flask's ``send_file``
calls. Nothing new about HTTP is needed: a ``Response`` whose body is an iterable of
blocks (``FileBlocks``), and headers that let the client cache it:

* ``Content-Type`` guessed from the name (``mimetypes``), ``Content-Length`` from ``stat``;
* ``Last-Modified`` and ``ETag``, so a client can ask "has it changed?" (``conditional.py``);
* ``Cache-Control``: ``no-cache`` (ask every time) unless ``max_age`` says how long to keep it;
* ``Content-Disposition`` when the file has a name to give (RFC 6266, RFC 8187/5987).
"""

from __future__ import annotations

import io
import mimetypes
import os
import time
import unicodedata
import zlib
from collections.abc import Callable
from datetime import datetime
from typing import IO, Any
from urllib.parse import quote

from stage03_request_response import Response
from stage03_request_response.http import http_date

from .conditional import make_conditional
from .file_blocks import FileBlocks

#: Characters a ``Content-Disposition`` parameter may carry unquoted (RFC 9110 5.6.2 tchar).
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: What RFC 8187 ``attr-char`` leaves unescaped in ``filename*``.
_ATTR_CHAR_SAFE = "!#$&+-.^_`|~"

MaxAge = int | Callable[[str | None], int | None] | None


# --8<-- [start:disposition]
def content_disposition(kind: str, filename: str) -> str:
    """``("attachment", "r.pdf")`` -> ``attachment; filename=r.pdf``.

    A non-ASCII name is sent twice (RFC 6266 section 4.3): an ASCII approximation for old
    clients, and the exact name UTF-8 percent-encoded in ``filename*`` (RFC 8187):
    ``"été.txt"`` -> ``filename=ete.txt; filename*=UTF-8''%C3%A9t%C3%A9.txt``.
    """
    if filename.isascii():
        return f"{kind}; filename={_param(filename)}"
    plain = unicodedata.normalize("NFKD", filename).encode("ascii", "ignore").decode("ascii")
    exact = quote(filename, safe=_ATTR_CHAR_SAFE)
    return f"{kind}; filename={_param(plain)}; filename*=UTF-8''{exact}"


def _param(value: str) -> str:
    """A token stays bare; anything else becomes a quoted string with ``\\`` escapes."""
    if value and all(char in _TOKEN for char in value):
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


# --8<-- [end:disposition]


def file_etag(path: str, mtime: float, size: int) -> str:
    """Changes when the file is replaced, grows or moves: ``"<mtime>-<size>-<path hash>"``.

    The same recipe as Werkzeug's, so a cache filled by one answers the other.
    """
    return f"{mtime}-{size}-{zlib.adler32(path.encode()) & 0xFFFFFFFF}"


# --8<-- [start:file_response]
def file_response(
    path_or_file: os.PathLike[str] | str | IO[bytes],
    environ: dict[str, Any],
    mimetype: str | None = None,
    as_attachment: bool = False,
    download_name: str | None = None,
    conditional: bool = True,
    etag: bool | str = True,
    last_modified: datetime | int | float | None = None,
    max_age: MaxAge = None,
    use_x_sendfile: bool = False,
    response_class: type[Response] | None = None,
    root_path: str | os.PathLike[str] | None = None,
) -> Response:
    """A response that sends a file; a relative path is taken from ``root_path``."""
    path, file, size, mtime = _open_source(path_or_file, root_path)
    if download_name is None and path is not None:
        download_name = os.path.basename(path)
    headers: dict[str, str] = {}
    if mimetype is None:
        mimetype = _guess_mimetype(download_name, as_attachment, headers)
    if download_name is not None:
        kind = "attachment" if as_attachment else "inline"
        headers["Content-Disposition"] = content_disposition(kind, download_name)
    elif as_attachment:
        raise TypeError(
            "No name provided for attachment: pass 'download_name', or pass a path"
            " instead of a file object so the name can be taken from it."
        )
    if size is not None:
        headers["Content-Length"] = str(size)
    stamp = last_modified if last_modified is not None else mtime
    if stamp is not None:
        headers["Last-Modified"] = http_date(stamp)
    _set_caching(headers, max_age(path) if callable(max_age) else max_age)
    if isinstance(etag, str):
        headers["ETag"] = f'"{etag}"'
    elif etag and path is not None and mtime is not None and size is not None:
        headers["ETag"] = f'"{file_etag(path, mtime, size)}"'
    body: Any = None
    if use_x_sendfile and path is not None:
        headers["X-Sendfile"] = path  # the front server sends the bytes, not us
    else:
        if file is None:
            file = open(path, "rb")  # type: ignore[arg-type]  # closed by FileBlocks.close
        body = FileBlocks(file)
    # All headers at once: one Headers built from a dict, not one scan per header.
    response = (response_class or Response)(
        body, mimetype=mimetype, headers=headers, direct_passthrough=True
    )
    if conditional:
        try:
            make_conditional(response, environ, complete_length=size)
        except Exception:
            response.close()  # a 416 sends no body: let the file go now
            raise
        if response.status_code == 304:
            response.headers.remove("X-Sendfile")
    return response


# --8<-- [end:file_response]


def _open_source(
    path_or_file: os.PathLike[str] | str | IO[bytes], root_path: str | os.PathLike[str] | None
) -> tuple[str | None, IO[bytes] | None, int | None, float | None]:
    """(path, file, size, mtime) of what to send; a path is ``stat``-ed, not opened yet."""
    if isinstance(path_or_file, str | os.PathLike):
        if root_path is not None:
            path = os.path.join(root_path, path_or_file)
        else:
            path = os.path.abspath(path_or_file)
        stat = os.stat(path)
        return path, None, stat.st_size, stat.st_mtime
    file = path_or_file
    if isinstance(file, io.TextIOBase):
        raise ValueError(
            f"{file!r} is opened in text mode; a response sends bytes. Open it with"
            " mode 'rb', or wrap the text in io.BytesIO(text.encode())."
        )
    size = file.getbuffer().nbytes if isinstance(file, io.BytesIO) else None
    return None, file, size, None


def _guess_mimetype(name: str | None, as_attachment: bool, headers: dict[str, str]) -> str:
    """``"report.csv"`` -> ``"text/csv"``; an encoding (``.gz``) becomes ``Content-Encoding``."""
    if name is None:
        raise TypeError(
            "Unable to detect the MIME type because a file name is not available."
            " Either set 'download_name', pass a path instead of a file, or set 'mimetype'."
        )
    mimetype, encoding = mimetypes.guess_type(name)
    # A browser saving an attachment would otherwise unpack "backup.tar.gz" on the way.
    if encoding is not None and not as_attachment:
        headers["Content-Encoding"] = encoding
    return mimetype or "application/octet-stream"


def _set_caching(headers: dict[str, str], max_age: int | None) -> None:
    """``None`` -> ``no-cache``; ``3600`` -> ``public, max-age=3600`` and ``Expires``."""
    if max_age is None:
        headers["Cache-Control"] = "no-cache"
        return
    directive = "public" if max_age > 0 else "no-cache"
    headers["Cache-Control"] = f"{directive}, max-age={max_age}"
    headers["Expires"] = http_date(int(time.time() + max_age))
