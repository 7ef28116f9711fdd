"""``HTTPResponse``: a status, headers and a body, serialised the way HTTP/1.1 wants.

Mirrors ``BaseHTTPRequestHandler.send_response`` / ``send_header`` / ``end_headers``
in ``http.server`` (Python 3.11), gathered into one object that ``to_bytes`` writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus

#: The ``Server`` header value; a real server names itself so logs can tell who answered.
SERVER_NAME = "stage01_socket"


def reason_phrase(status: int) -> str:
    """``404`` -> ``"Not Found"``; an unregistered code gets ``"Unknown"``."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


@dataclass
class HTTPResponse:
    """``HTTPResponse(200, [("Content-Type", "text/plain")], b"hi")``."""

    status: int = 200
    headers: list[tuple[str, str]] | None = field(default=None)
    body: bytes = b""

    # --8<-- [start:to_bytes]
    def to_bytes(self, *, include_body: bool = True) -> bytes:
        """The whole response on the wire: status line, headers, blank line, body.

        ``include_body=False`` is for HEAD: the same headers, Content-Length
        included, and no body (RFC 9110 §9.3.2).
        """
        if not 100 <= self.status <= 999:
            raise ValueError(f"status {self.status!r} is not a three-digit HTTP status code")
        headers = list(self.headers or [])
        if not any(name.lower() == "content-length" for name, _ in headers):
            headers.append(("Content-Length", str(len(self.body))))
        head = format_head(f"{self.status} {reason_phrase(self.status)}", headers)
        return head + self.body if include_body else head

    # --8<-- [end:to_bytes]


# --8<-- [start:format_head]
def format_head(
    status_line: str, headers: list[tuple[str, str]], server: str = SERVER_NAME
) -> bytes:
    """Status line, headers and the blank line: ``"200 OK", [...]`` -> ``b"HTTP/1.1 200 OK..."``.

    Adds ``Date`` and ``Server`` when missing, and ``Connection: close`` always:
    one request per connection, said out loud so the client does not wait for more.
    Stage 2 reuses this for WSGI responses, whose length may be unknown.
    """
    headers = [(name, value) for name, value in headers if name.lower() != "connection"]
    names = {name.lower() for name, _ in headers}
    if "date" not in names:
        headers.append(("Date", formatdate(usegmt=True)))  # RFC 9110 §6.6.1
    if "server" not in names:
        headers.append(("Server", server))
    headers.append(("Connection", "close"))
    lines = [f"HTTP/1.1 {status_line}"]
    lines += [f"{_checked(name)}: {_checked(value)}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


# --8<-- [end:format_head]


def _checked(text: str) -> str:
    # A CR or LF inside a header would let a value start a header of its own
    # (response splitting); refuse it rather than send it.
    if "\r" in text or "\n" in text:
        raise ValueError(f"header text {text!r} contains a line break")
    return text


def error_response(status: int, detail: str) -> HTTPResponse:
    """A short plain-text error page: ``404`` -> ``"404 Not Found: no route for /x"``."""
    body = f"{status} {reason_phrase(status)}: {detail}\n".encode()
    return HTTPResponse(status, [("Content-Type", "text/plain; charset=utf-8")], body)
