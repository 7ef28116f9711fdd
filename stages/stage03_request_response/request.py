"""``Request``: a read-only view over a WSGI environ, computed lazily and cached.

Mirrors werkzeug/sansio/request.py and werkzeug/wrappers/request.py (Werkzeug 3.1.9).
The environ is the single source of truth; every attribute here is a way of reading it.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Callable, Iterable
from typing import IO, Any, cast
from urllib.parse import parse_qsl

from .exceptions import BadRequest, HTTPException, RequestEntityTooLarge, UnsupportedMediaType
from .formparser import FormParser
from .headers import Headers
from .host import get_host
from .http import is_json_mimetype, parse_cookie, parse_options_header
from .json_nesting import loads_within_depth
from .multidict import MultiDict
from .urls import current_url
from .user_agent import UserAgentProperty
from .utils import cached_property
from .wsgi import LimitedStream, environ_headers, get_content_length, wsgi_text

#: ``get_json`` has not run yet (``None`` is a valid JSON result, so it cannot say so).
_NOT_LOADED: Any = object()


class Request(UserAgentProperty):
    """``Request(environ)``: ``request.args["q"]``, ``request.form``, ``request.get_json()``."""

    #: Bodies larger than this raise 413 when read (``None``: no limit; Flask: MAX_CONTENT_LENGTH).
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
        #: ``get_json`` results: a loud call's result also serves silent calls, not the reverse.
        self._json = self._json_silent = _NOT_LOADED

    # --8<-- [start:url_parts]
    @cached_property
    def method(self) -> str:
        return self.environ.get("REQUEST_METHOD", "GET").upper()

    @cached_property
    def scheme(self) -> str:
        return self.environ.get("wsgi.url_scheme", "http")

    @cached_property
    def host(self) -> str:
        """``"example.com:8080"``, from the ``Host`` header or the server; no default port."""
        return get_host(self.environ)

    @cached_property
    def root_path(self) -> str:
        """Where the app is mounted (``SCRIPT_NAME``), without a trailing slash."""
        return wsgi_text(self.environ.get("SCRIPT_NAME", "")).rstrip("/")

    script_root = root_path

    @cached_property
    def path(self) -> str:
        """The path inside the app, always starting with ``/``: ``"/users/7"``."""
        return "/" + wsgi_text(self.environ.get("PATH_INFO", "")).lstrip("/")

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
        query = self.query_string.decode()
        return current_url(self.scheme, self.host, self.root_path, self.path, query)

    @cached_property
    def base_url(self) -> str:
        return current_url(self.scheme, self.host, self.root_path, self.path)

    @cached_property
    def url_root(self) -> str:
        return current_url(self.scheme, self.host, self.root_path, "")

    root_url = url_root

    @cached_property
    def host_url(self) -> str:
        return f"{self.scheme}://{self.host}/"

    # --8<-- [end:url_parts]

    @cached_property
    def args(self) -> MultiDict:
        """The query string: ``?tag=a&tag=b`` -> ``MultiDict([("tag", "a"), ("tag", "b")])``."""
        query = self.query_string.decode("latin-1")
        return MultiDict(parse_qsl(wsgi_text(query), keep_blank_values=True))

    @cached_property
    def headers(self) -> Headers:
        """The request headers, rebuilt from the ``HTTP_*`` and ``CONTENT_*`` keys."""
        return Headers(environ_headers(self.environ))

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
        return get_content_length(self.environ)

    @property
    def remote_addr(self) -> str | None:
        return self.environ.get("REMOTE_ADDR")

    @property
    def is_json(self) -> bool:
        """``application/json`` or any ``application/*+json``."""
        return is_json_mimetype(self.mimetype)

    # --8<-- [start:body]
    @cached_property
    def stream(self) -> IO[bytes]:
        """``wsgi.input``, after checking the declared length against the limit."""
        limit = self.max_content_length
        if limit is not None and self.content_length is not None and self.content_length > limit:
            raise RequestEntityTooLarge()
        # A file object, iterable line by line; typed as Werkzeug types it.
        return cast(IO[bytes], LimitedStream(self.environ["wsgi.input"], self.content_length or 0))

    def get_data(
        self, cache: bool = True, as_text: bool = False, parse_form_data: bool = False
    ) -> bytes | str:
        """The raw body (read once, then cached); a form body is parsed first if asked."""
        if parse_form_data:
            self._load_form_data()
        data = self._body(cache)
        return data.decode("utf-8", "replace") if as_text else data

    def _body(self, cache: bool) -> bytes:
        if self._cached_data is not None:
            return self._cached_data
        data = self.stream.read()
        if cache:
            self._cached_data = data
        return data

    @property
    def data(self) -> bytes:
        """The body as bytes; empty for a form body, which ``form`` consumed."""
        self._load_form_data()
        return self._body(cache=True)

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
            if self._cached_data is not None:  # get_data() already read it: parse the copy
                body: IO[bytes] = io.BytesIO(self._cached_data)
            else:
                body = self.stream
                self._cached_data = b""  # the parser consumes the body
            parser = self.form_data_parser_class(self.max_form_memory_size, self.max_form_parts)
            form, files = parser.parse(
                body, self.mimetype, self.content_length, self.mimetype_params
            )
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
        if cache:
            cached = self._json_silent if silent else self._json
            if cached is not _NOT_LOADED:
                return cached
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
            self._json_silent = value
            if not silent:
                self._json = value
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
    def application(cls, view: Callable[..., Any]) -> Callable[..., Iterable[bytes]]:
        """Turn ``view(request) -> Response`` into a WSGI app.

        The last argument is the request's environ, so it decorates methods too;
        an ``HTTPException`` raised by the view becomes its error page.
        """

        @functools.wraps(view)
        def wsgi_app(*args: Any) -> Iterable[bytes]:
            *leading, environ, start_response = args
            request = cls(environ)
            try:
                response = view(*leading, request)
            except HTTPException as error:
                response = error.get_response(environ)
            return response(environ, start_response)

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
