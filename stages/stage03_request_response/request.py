"""``Request``: a read-only view over a WSGI environ, computed lazily and cached.

Mirrors werkzeug/sansio/request.py and werkzeug/wrappers/request.py (Werkzeug 3.1.9).
The environ is the single source of truth; every attribute here is a way of reading it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import IO, Any
from urllib.parse import parse_qsl, quote, unquote_to_bytes

from .datastructures import Headers, MultiDict
from .exceptions import BadRequest, HTTPException, RequestEntityTooLarge, UnsupportedMediaType
from .formparser import FormParser
from .http import parse_cookie, parse_options_header
from .json_nesting import loads_within_depth
from .utils import cached_property
from .wsgi import LimitedStream

# WHATWG URL spec: what may stay unescaped in a path, and in a query.
PATH_SAFE = "!$&'()*+,/:;=@%"
QUERY_SAFE = "!$&'()*+,/:;=?@%"
DEFAULT_PORTS = {"http": "80", "https": "443", "ws": "80", "wss": "443"}
NON_ASCII_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def _decode_utf8_escapes(match: re.Match[str]) -> str:
    try:
        return unquote_to_bytes(match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def _from_wsgi(text: str) -> str:
    """PEP 3333 native strings carry bytes as latin-1; URLs mean UTF-8: ``"Ã©"`` -> ``"é"``."""
    return text.encode("latin-1").decode("utf-8", "replace")


class Request:
    """``Request(environ)``: ``request.args["q"]``, ``request.form``, ``request.get_json()``."""

    #: Bodies larger than this raise 413 when read (``None``: no limit). Flask sets it
    #: from ``MAX_CONTENT_LENGTH``.
    max_content_length: int | None = None
    #: Largest non-file form field, in bytes.
    max_form_memory_size: int | None = 500_000
    #: Most parts a multipart form may have.
    max_form_parts: int | None = 1000
    #: The module ``get_json`` decodes with (Flask swaps in its JSON provider).
    json_module: Any = json
    #: Which class parses form bodies; subclass it to accept another encoding.
    form_data_parser_class: type[FormParser] = FormParser

    def __init__(self, environ: dict[str, Any]) -> None:
        #: The WSGI environ this request reads from.
        self.environ = environ
        self._cached_data: bytes | None = None
        self._cached_json: tuple[Any, Any] = (Ellipsis, Ellipsis)

    # --8<-- [start:url_parts]
    @cached_property
    def method(self) -> str:
        return self.environ.get("REQUEST_METHOD", "GET").upper()

    @cached_property
    def scheme(self) -> str:
        return self.environ.get("wsgi.url_scheme", "http")

    @cached_property
    def host(self) -> str:
        """``Host`` header, else ``SERVER_NAME:SERVER_PORT``; a default port is dropped."""
        host = self.environ.get("HTTP_HOST")
        if not host:
            host = f"{self.environ.get('SERVER_NAME', '')}:{self.environ.get('SERVER_PORT', '')}"
        name, _, port = host.rpartition(":") if host.count(":") == 1 else (host, "", "")
        if port and DEFAULT_PORTS.get(self.scheme) == port:
            return name
        return host.rstrip(":")

    @cached_property
    def root_path(self) -> str:
        """Where the app is mounted (``SCRIPT_NAME``), without a trailing slash."""
        return _from_wsgi(self.environ.get("SCRIPT_NAME", "")).rstrip("/")

    script_root = root_path

    @cached_property
    def path(self) -> str:
        """The path inside the app, always starting with ``/``: ``"/users/7"``."""
        return "/" + _from_wsgi(self.environ.get("PATH_INFO", "")).lstrip("/")

    @cached_property
    def query_string(self) -> bytes:
        return self.environ.get("QUERY_STRING", "").encode("latin-1")

    @property
    def full_path(self) -> str:
        """Path and query, with the ``?`` even when the query is empty (as Werkzeug)."""
        return f"{self.path}?{self.query_string.decode()}"

    @cached_property
    def url(self) -> str:
        """``"http://example.com/app/users?page=2"``: what the client asked for."""
        return self._url(self.path, self.query_string.decode())

    @cached_property
    def base_url(self) -> str:
        return self._url(self.path)

    @cached_property
    def url_root(self) -> str:
        return self._url("")

    root_url = url_root

    @cached_property
    def host_url(self) -> str:
        return f"{self.scheme}://{self.host}/"

    def _url(self, path: str, query: str = "") -> str:
        url = f"{self.scheme}://{self.host}{quote(self.root_path, safe=PATH_SAFE)}/"
        url += quote(path.lstrip("/"), safe=PATH_SAFE)
        url = f"{url}?{quote(query, safe=QUERY_SAFE)}" if query else url
        # Shown as an IRI, like Werkzeug: escaped UTF-8 reads as the characters it
        # means ("/caf%C3%A9" -> "/café"), while %20 and other ASCII escapes stay.
        return NON_ASCII_ESCAPES.sub(_decode_utf8_escapes, url)

    # --8<-- [end:url_parts]

    @cached_property
    def args(self) -> MultiDict:
        """The query string: ``?tag=a&tag=b`` -> ``MultiDict([("tag", "a"), ("tag", "b")])``."""
        query = self.query_string.decode("latin-1")
        return MultiDict(parse_qsl(_from_wsgi(query), keep_blank_values=True))

    @cached_property
    def headers(self) -> Headers:
        """The request headers, rebuilt from the ``HTTP_*`` and ``CONTENT_*`` keys."""
        headers = Headers()
        for key, value in self.environ.items():
            if key.startswith("HTTP_") and key not in ("HTTP_CONTENT_TYPE", "HTTP_CONTENT_LENGTH"):
                headers.add(key[5:].replace("_", "-").title(), value)
            elif key in ("CONTENT_TYPE", "CONTENT_LENGTH") and value:
                headers.add(key.replace("_", "-").title(), value)
        return headers

    @cached_property
    def cookies(self) -> MultiDict:
        return MultiDict(parse_cookie(self.environ.get("HTTP_COOKIE")))

    @property
    def content_type(self) -> str | None:
        return self.environ.get("CONTENT_TYPE") or None

    @cached_property
    def _parsed_content_type(self) -> tuple[str, dict[str, str]]:
        return parse_options_header(self.environ.get("CONTENT_TYPE", ""))

    @property
    def mimetype(self) -> str:
        """``"application/json; charset=utf-8"`` -> ``"application/json"``."""
        return self._parsed_content_type[0]

    @property
    def mimetype_params(self) -> dict[str, str]:
        return self._parsed_content_type[1]

    @cached_property
    def content_length(self) -> int | None:
        try:
            length = int(self.environ.get("CONTENT_LENGTH") or "")
        except ValueError:
            return None
        return max(length, 0)

    @property
    def remote_addr(self) -> str | None:
        return self.environ.get("REMOTE_ADDR")

    @property
    def is_json(self) -> bool:
        """``application/json`` or any ``application/*+json``."""
        mimetype = self.mimetype
        return mimetype == "application/json" or (
            mimetype.startswith("application/") and mimetype.endswith("+json")
        )

    # --8<-- [start:body]
    @cached_property
    def stream(self) -> IO[bytes]:
        """``wsgi.input``, after checking the declared length against the limit."""
        limit = self.max_content_length
        if limit is not None and self.content_length is not None and self.content_length > limit:
            raise RequestEntityTooLarge()
        return LimitedStream(self.environ["wsgi.input"], self.content_length or 0)

    def get_data(
        self, cache: bool = True, as_text: bool = False, parse_form_data: bool = False
    ) -> bytes | str:
        """The raw body (read once, then cached); a form body is parsed first if asked."""
        if parse_form_data:
            self._load_form_data()
        if self._cached_data is None:
            data = self.stream.read()
            if cache:
                self._cached_data = data
        else:
            data = self._cached_data
        return data.decode("utf-8", "replace") if as_text else data

    @property
    def data(self) -> bytes:
        """The body as bytes; empty for a form body, which ``form`` consumed."""
        return self.get_data(parse_form_data=True)  # type: ignore[return-value]

    @cached_property
    def form(self) -> MultiDict:
        self._load_form_data()
        return self.__dict__["form"]

    @cached_property
    def files(self) -> MultiDict:
        self._load_form_data()
        return self.__dict__["files"]

    def _load_form_data(self) -> None:
        if "form" in self.__dict__:
            return
        form, files = MultiDict(), MultiDict()
        if self.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            parser = self.form_data_parser_class(self.max_form_memory_size, self.max_form_parts)
            form, files = parser.parse(
                self.stream, self.mimetype, self.content_length, self.mimetype_params
            )
            self._cached_data = b""  # the parser consumed the body
        self.__dict__["form"], self.__dict__["files"] = form, files

    # --8<-- [end:body]

    @cached_property
    def values(self) -> MultiDict:
        """``args`` and, except for GET, ``form``: one place to look up a parameter."""
        combined = MultiDict(self.args)
        if self.method != "GET":
            combined.update(self.form)
        return combined

    # --8<-- [start:get_json]
    def get_json(self, force: bool = False, silent: bool = False, cache: bool = True) -> Any:
        """The body decoded as JSON.

        A body that is not declared JSON raises 415 (``force=True`` skips the check);
        broken JSON raises 400; ``silent=True`` returns ``None`` for either instead.
        """
        if cache and self._cached_json[silent] is not Ellipsis:
            return self._cached_json[silent]
        if not (force or self.is_json):
            return None if silent else self.on_json_loading_failed(None)
        try:
            value = loads_within_depth(self.json_module.loads, self.get_data(cache=cache))
        except ValueError as error:
            if silent:
                value = None
            else:
                value = self.on_json_loading_failed(error)
        if cache:
            self._cached_json = (value, value) if not silent else (self._cached_json[0], value)
        return value

    def on_json_loading_failed(self, error: ValueError | None) -> Any:
        """What a failed ``get_json`` does: raise 400 (bad JSON) or 415 (not JSON at all)."""
        if error is not None:
            raise BadRequest(f"Failed to decode JSON object: {error}")
        raise UnsupportedMediaType(
            "Did not attempt to load JSON data because the request"
            " Content-Type was not 'application/json'."
        )

    # --8<-- [end:get_json]

    @property
    def json(self) -> Any:
        return self.get_json()

    # --8<-- [start:application]
    @classmethod
    def application(cls, view: Callable[[Request], Any]) -> Callable[..., Iterable[bytes]]:
        """Turn ``view(request) -> Response`` into a WSGI app.

        The last argument is the request's environ, so it decorates methods too;
        an ``HTTPException`` raised by the view becomes its error page.
        """

        def wsgi_app(*args: Any) -> Iterable[bytes]:
            *leading, environ, start_response = args
            request = cls(environ)
            try:
                response = view(*leading, request)
            except HTTPException as error:
                response = error.get_response(environ)
            return response(environ, start_response)

        wsgi_app.__name__ = getattr(view, "__name__", "wsgi_app")
        wsgi_app.__doc__ = view.__doc__
        return wsgi_app

    # --8<-- [end:application]

    def close(self) -> None:
        """Close the uploaded files' temporary storage; the app calls it when the request ends."""
        uploads = self.__dict__.get("files")  # never parse a body just to close it
        for upload in uploads.values() if uploads else ():
            upload.close()

    def __enter__(self) -> Request:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url!r} [{self.method}]>"
