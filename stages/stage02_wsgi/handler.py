"""Run one WSGI application call: ``start_response``, ``write`` and the body iterable.

Mirrors ``WSGIRequestHandler.run_wsgi`` in werkzeug/serving.py (Werkzeug 3.1.9) and
``wsgiref.handlers.BaseHandler`` (Python 3.11); the rules are PEP 3333's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, BinaryIO

from stage01_socket.response import format_head

from .environ import SERVER_SOFTWARE

StartResponse = Callable[..., Callable[[bytes], None]]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

STATUS = re.compile(r"^\d{3} .*$")
#: PEP 3333: these describe the connection, which is the server's business, not the app's.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
    }
)


class ClientDisconnected(ConnectionError):
    """The client closed or reset the connection while we were answering it.

    Raised in place of the socket's own error so the server can tell "the client
    left" (one log line, nothing to answer) from "the app failed" (a traceback, 500).
    """


class ResponseWriter:
    """Holds the status and headers an app chose and sends them at the right moment.

    PEP 3333: headers go out with the first non-empty body chunk, not when
    ``start_response`` is called, so an app can still replace them after an error.
    """

    def __init__(self, wfile: BinaryIO, *, head_only: bool = False) -> None:
        self.wfile = wfile
        self.head_only = head_only
        self.status: str | None = None
        self.headers: list[tuple[str, str]] = []
        self.headers_sent = False

    # --8<-- [start:start_response]
    def start_response(
        self, status: str, headers: list[tuple[str, str]], exc_info: ExcInfo | None = None
    ) -> Callable[[bytes], None]:
        """The callable a WSGI app calls to choose its status and headers."""
        if exc_info is not None:
            # An app that failed after starting may replace its headers, but only
            # while nothing has been sent; afterwards the error is all we can pass on.
            if self.headers_sent:
                raise exc_info[1].with_traceback(exc_info[2])
        elif self.status is not None:
            raise RuntimeError(
                "start_response() was called twice; a second call must pass exc_info"
                " (PEP 3333), which lets an app replace its headers after an error"
            )
        self.status = _checked_status(status)
        self.headers = _checked_headers(headers)
        return self.write

    # --8<-- [end:start_response]

    # --8<-- [start:write]
    def write(self, data: bytes) -> None:
        """Send a body chunk; the first non-empty one sends the headers before it."""
        if self.status is None:
            raise RuntimeError("the app wrote body data before calling start_response()")
        if not isinstance(data, bytes):
            raise TypeError(f"WSGI body chunks must be bytes, got {type(data).__name__}")
        if not data:
            return
        if not self.headers_sent:
            self.send_headers()
        if not self.head_only:
            self._send(data, flush=True)  # PEP 3333: write() must not buffer

    def send_body(self, result: Iterable[bytes]) -> None:
        """Send every chunk of the app's iterable, then the headers if nothing was sent."""
        if self.status is not None and not self.headers_sent:
            self._add_known_length(result)
        for chunk in result:
            self.write(chunk)
        if self.status is None:
            raise RuntimeError("the app returned without calling start_response()")
        if not self.headers_sent:
            self.send_headers()

    # --8<-- [end:write]

    def send_headers(self) -> None:
        if self.status is None:
            raise RuntimeError("send_headers() before start_response() chose a status")
        self._send(format_head(self.status, self.headers, server=SERVER_SOFTWARE))
        self.headers_sent = True

    def _send(self, data: bytes, flush: bool = False) -> None:
        try:
            self.wfile.write(data)
            if flush:
                self.wfile.flush()
        except OSError as error:
            raise ClientDisconnected(f"the client went away ({error!r})") from error

    def has_header(self, name: str) -> bool:
        return any(key.lower() == name for key, _ in self.headers)

    def _add_known_length(self, result: Iterable[bytes]) -> None:
        # A one-item list or tuple has a length we can announce (wsgiref does the
        # same); anything else is streamed and ended by closing the connection.
        if self.has_header("content-length") or not isinstance(result, list | tuple):
            return
        if not _may_state_length(self.status):
            return  # RFC 9110 8.6: 1xx, 204 and 304 replies carry no length of their own
        if len(result) == 1 and isinstance(result[0], bytes):
            self.headers.append(("Content-Length", str(len(result[0]))))
        elif not result and not self.head_only:
            # A HEAD reply's length is the GET body's (RFC 9110 9.3.2), which an app
            # that returned nothing for HEAD has not told us: better none than 0.
            self.headers.append(("Content-Length", "0"))


def _may_state_length(status: str | None) -> bool:
    """``"200 OK"`` -> True; ``"204 No Content"``, ``"304 Not Modified"``, 1xx -> False."""
    code = int(status[:3]) if status else 200
    return not (100 <= code < 200 or code in (204, 304))


def _all_str(item: tuple) -> bool:
    return all(isinstance(part, str) for part in item)


def _checked_status(status: str) -> str:
    if not isinstance(status, str) or not STATUS.match(status):
        raise ValueError(f"WSGI status {status!r} should be a str like '200 OK'")
    return status


def _checked_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if not isinstance(headers, list):
        raise TypeError(f"WSGI headers must be a list of (name, value), got {type(headers)}")
    for item in headers:
        if not (isinstance(item, tuple) and len(item) == 2 and _all_str(item)):
            raise TypeError(f"WSGI header {item!r} should be a (str, str) tuple")
        if item[0].lower() in HOP_BY_HOP:
            raise ValueError(f"hop-by-hop header {item[0]!r} is the server's to set (PEP 3333)")
    return list(headers)
