"""``Response``: a status, headers and a body that is also a WSGI application.

Mirrors werkzeug/sansio/response.py and werkzeug/wrappers/response.py (Werkzeug 3.1.9).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from .header_sets import HeaderSetProperties
from .headers import Headers
from .http import (
    content_type_for,
    dump_cookie,
    is_json_mimetype,
    parse_options_header,
    status_line,
)
from .wsgi import ClosingIterator

#: What may stay as it is in a URI (RFC 3986, section 2): reserved and unreserved characters,
#: and ``%`` so that what is already escaped stays escaped. The rest is UTF-8 percent-encoded.
URI_SAFE = "!#$%&'()*+,/:;=?@[]~"


class Response(HeaderSetProperties):
    """``Response("hello", 201, {"X-Id": "7"}, mimetype="text/plain")``."""

    #: The status when none is given.
    default_status = 200
    #: The mimetype when none is given (Flask's subclass says ``text/html``).
    default_mimetype: str | None = "text/plain"
    #: ``set_cookie`` warns when a ``Set-Cookie`` value is longer than this; 0 turns it off.
    max_cookie_size: int = 4093

    # --8<-- [start:init]
    def __init__(
        self,
        response: Iterable[bytes] | Iterable[str] | str | bytes | bytearray | None = None,
        status: int | str | HTTPStatus | None = None,
        headers: Headers | dict[str, Any] | list[tuple[str, Any]] | None = None,
        mimetype: str | None = None,
        content_type: str | None = None,
        direct_passthrough: bool = False,  # Werkzeug's signature; we never re-encode bytes
    ) -> None:
        self.headers = headers if isinstance(headers, Headers) else Headers(headers)
        if content_type is None:
            if mimetype is None and "content-type" not in self.headers:
                mimetype = self.default_mimetype
            if mimetype is not None:
                content_type = content_type_for(mimetype)
        if content_type is not None:
            self.headers["Content-Type"] = content_type
        self._set_status(self.default_status if status is None else status)
        self._on_close: list[Callable[[], Any]] = []
        #: Werkzeug's marker for a body to pass on untouched (a file); kept for code that
        #: reads or sets it. We never re-encode a body, so nothing here depends on it.
        self.direct_passthrough = direct_passthrough
        #: The body: a list of bytes we built, or the iterable we were given.
        self.response: Iterable[Any]
        if response is None:
            self.response = []
        elif isinstance(response, str | bytes | bytearray):
            self.set_data(response)
        else:
            self.response = response

    # --8<-- [end:init]

    # --8<-- [start:status]
    @property
    def status_code(self) -> int:
        return self._status_code

    @status_code.setter
    def status_code(self, code: int) -> None:
        self._status_code, self._status = status_line(int(code))

    @property
    def status(self) -> str:
        """``"404 NOT FOUND"``; setting it (int or str) updates ``status_code`` too."""
        return self._status

    @status.setter
    def status(self, value: int | str | HTTPStatus) -> None:
        self._set_status(value)

    def _set_status(self, value: int | str | HTTPStatus) -> None:
        self._status_code, self._status = status_line(
            int(value) if isinstance(value, HTTPStatus) else value
        )

    # --8<-- [end:status]

    @property
    def mimetype(self) -> str | None:
        content_type = self.headers.get("Content-Type")
        return parse_options_header(content_type)[0] if content_type else None

    @mimetype.setter
    def mimetype(self, value: str) -> None:
        self.headers["Content-Type"] = content_type_for(value)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("Content-Type")

    @content_type.setter
    def content_type(self, value: str) -> None:
        self.headers["Content-Type"] = value

    @property
    def content_length(self) -> int | None:
        return self.headers.get("Content-Length", type=int)

    @content_length.setter
    def content_length(self, value: int) -> None:
        self.headers["Content-Length"] = str(value)

    @property
    def location(self) -> str | None:
        return self.headers.get("Location")

    @location.setter
    def location(self, value: str) -> None:
        self.headers["Location"] = value

    # --8<-- [start:data]
    def get_data(self, as_text: bool = False) -> bytes | str:
        """The whole body; a streamed body is read (and kept) on first call."""
        self._materialize()
        data = b"".join(self.iter_encoded())
        return data.decode() if as_text else data

    def set_data(self, value: str | bytes | bytearray) -> None:
        """Replace the body, and set ``Content-Length`` to match."""
        data = value.encode() if isinstance(value, str) else bytes(value)
        self.response = [data]
        self.headers["Content-Length"] = str(len(data))

    data = property(get_data, set_data)

    def iter_encoded(self) -> Iterator[bytes]:
        """The body as bytes, chunk by chunk (str chunks are UTF-8 encoded)."""
        for item in self.response:
            yield item.encode() if isinstance(item, str) else item

    def _materialize(self) -> None:
        streamed = self.response
        if isinstance(streamed, list | tuple):
            return
        self.response = list(self.iter_encoded())
        # Reading a file into memory does not release it: it is closed with the response.
        if hasattr(streamed, "close"):
            self._on_close.append(streamed.close)

    # --8<-- [end:data]

    def _length_is_knowable(self) -> bool:
        """A list body outside 1xx/204/304, whose length ``Content-Length`` may state."""
        code = self.status_code
        return not self.is_streamed and not 100 <= code < 200 and code not in (204, 304)

    @property
    def is_streamed(self) -> bool:
        """True when the body's length is unknown until it has been sent."""
        return not isinstance(self.response, list | tuple)

    @property
    def is_json(self) -> bool:
        return is_json_mimetype(self.mimetype)

    def get_json(self, force: bool = False, silent: bool = False) -> Any:
        if not (force or self.is_json):
            return None
        try:
            return json.loads(self.get_data())
        except ValueError:
            if silent:
                return None
            raise

    @property
    def json(self) -> Any:
        return self.get_json()

    # --8<-- [start:cookies]
    def set_cookie(
        self,
        key: str,
        value: str = "",
        max_age: timedelta | int | None = None,
        expires: str | datetime | int | float | None = None,
        path: str | None = "/",
        domain: str | None = None,
        secure: bool = False,
        httponly: bool = False,
        samesite: str | None = None,
        partitioned: bool = False,
    ) -> None:
        """Add a ``Set-Cookie`` header; each call adds one, so several cookies coexist."""
        attributes = (max_age, expires, path, domain, secure, httponly, samesite, partitioned)
        cookie = dump_cookie(key, value, *attributes, max_size=self.max_cookie_size)
        self.headers.add("Set-Cookie", cookie)

    def delete_cookie(
        self,
        key: str,
        path: str | None = "/",
        domain: str | None = None,
        secure: bool = False,
        httponly: bool = False,
        samesite: str | None = None,
        partitioned: bool = False,
    ) -> None:
        """Ask the browser to drop a cookie: same name and path, expired, empty."""
        self.set_cookie(key, "", 0, 0, path, domain, secure, httponly, samesite, partitioned)

    # --8<-- [end:cookies]

    # --8<-- [start:wsgi]
    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        """A response is a WSGI app: it starts the response and returns its body."""
        headers = self.get_wsgi_headers(environ)
        start_response(self.status, headers.to_wsgi_list())
        if environ.get("REQUEST_METHOD") == "HEAD" or self.status_code in (204, 304):
            self.close()
            return []
        return ClosingIterator(self.iter_encoded(), self.close)

    def get_wsgi_headers(self, environ: dict[str, Any]) -> Headers:
        """The headers as sent, fixed up (in a copy) for what the status and body allow.

        ``Location`` is made ASCII (RFC 9110, section 10.2.2 wants a URI); 1xx and 204
        must not carry ``Content-Length`` (RFC 9110, section 8.6); a body held in memory
        states its length, so the client need not wait for the connection to close
        (RFC 9112, section 6.3): ``Response()`` sends ``Content-Length: 0``.
        """
        names = set(self.headers.keys(lower=True))
        has_location = "location" in names
        has_length = "content-length" in names
        bodiless = 100 <= self.status_code < 200 or self.status_code == 204
        drop_length = bodiless and has_length
        add_length = not has_length and self._length_is_knowable()
        if not (has_location or drop_length or add_length):
            return self.headers  # the common case: nothing to fix, nothing to copy
        headers = self.headers.copy()
        if has_location:
            headers["Location"] = quote(headers["Location"], safe=URI_SAFE)
        if drop_length:
            headers.remove("Content-Length")
        elif add_length:
            headers["Content-Length"] = str(sum(len(chunk) for chunk in self.iter_encoded()))
        return headers

    def close(self) -> None:
        """Pass ``close()`` on to the body iterable (PEP 3333), then run close callbacks."""
        if hasattr(self.response, "close"):
            self.response.close()
        for callback in self._on_close:
            callback()
        self._on_close.clear()

    def call_on_close(self, func: Callable[[], Any]) -> Callable[[], Any]:
        """Run ``func`` when the server closes this response (usable as a decorator)."""
        self._on_close.append(func)
        return func

    @classmethod
    def force_type(cls, response: Any, environ: dict[str, Any] | None = None) -> Response:
        """Make any WSGI app's answer a ``cls``: run it against ``environ`` and keep the result."""
        if isinstance(response, Response):
            if not isinstance(response, cls):
                response.__class__ = cls
            return response
        if environ is None:
            raise TypeError(
                "cannot convert a WSGI application into a response object without an environ"
            )
        captured: list[Any] = []

        def start_response(
            status: str, headers: list[tuple[str, str]], exc_info: Any = None
        ) -> Callable[[bytes], None]:
            captured[:] = [status, headers]
            return captured.append  # the legacy write() callable (PEP 3333)

        body = response(environ, start_response)
        chunks = [*captured[2:], *body]
        if hasattr(body, "close"):
            body.close()
        return cls(chunks, captured[0], captured[1])

    # --8<-- [end:wsgi]

    def __repr__(self) -> str:
        size = f"{len(self.get_data())} bytes" if not self.is_streamed else "streamed"
        return f"<{type(self).__name__} {size} [{self.status}]>"
