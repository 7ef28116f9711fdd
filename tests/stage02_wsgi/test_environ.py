"""build_environ: every key PEP 3333 requires, built from stage 1's request."""

from __future__ import annotations

import io
import json

import pytest
from stage01_socket import parse_request
from stage02_wsgi import build_environ

from .servers import fetch, serving

REQUIRED = [
    "REQUEST_METHOD",
    "SCRIPT_NAME",
    "PATH_INFO",
    "QUERY_STRING",
    "SERVER_NAME",
    "SERVER_PORT",
    "SERVER_PROTOCOL",
    "wsgi.version",
    "wsgi.url_scheme",
    "wsgi.input",
    "wsgi.errors",
    "wsgi.multithread",
    "wsgi.multiprocess",
    "wsgi.run_once",
]


def environ_for(raw: bytes, **kwargs: bool) -> dict:
    request = parse_request(io.BytesIO(raw))
    assert request is not None
    return build_environ(request, ("127.0.0.1", 5000), ("10.0.0.7", 41234), **kwargs)


def test_environ_has_every_pep3333_key() -> None:
    environ = environ_for(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert [key for key in REQUIRED if key not in environ] == []


def test_environ_cgi_variables_are_native_strings() -> None:
    environ = environ_for(b"GET /a?b=1 HTTP/1.1\r\nHost: h\r\n\r\n")
    assert all(isinstance(environ[key], str) for key in REQUIRED if key.isupper())


def test_environ_splits_path_and_query() -> None:
    environ = environ_for(b"GET /a/b?x=1&y=2 HTTP/1.1\r\nHost: h\r\n\r\n")
    assert (environ["PATH_INFO"], environ["QUERY_STRING"]) == ("/a/b", "x=1&y=2")


def test_environ_path_info_percent_decodes_to_latin1_string() -> None:
    environ = environ_for(b"GET /caf%C3%A9 HTTP/1.1\r\nHost: h\r\n\r\n")
    assert environ["PATH_INFO"].encode("latin-1").decode("utf-8") == "/café"


def test_environ_query_string_stays_encoded() -> None:
    assert environ_for(b"GET /?q=a%20b HTTP/1.1\r\nHost: h\r\n\r\n")["QUERY_STRING"] == "q=a%20b"


def test_environ_content_headers_have_no_http_prefix() -> None:
    environ = environ_for(
        b"POST / HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi"
    )
    assert (environ["CONTENT_TYPE"], environ["CONTENT_LENGTH"]) == ("text/plain", "2")
    assert "HTTP_CONTENT_TYPE" not in environ


def test_environ_other_headers_get_http_prefix() -> None:
    assert (
        environ_for(b"GET / HTTP/1.1\r\nHost: h\r\nX-Request-Id: 7\r\n\r\n")["HTTP_X_REQUEST_ID"]
        == "7"
    )


def test_environ_repeated_headers_are_joined_with_comma() -> None:
    environ = environ_for(b"GET / HTTP/1.1\r\nHost: h\r\nAccept: a\r\nAccept: b\r\n\r\n")
    assert environ["HTTP_ACCEPT"] == "a,b"


def test_environ_drops_header_names_with_underscores() -> None:
    environ = environ_for(b"GET / HTTP/1.1\r\nHost: h\r\nX_Forwarded_For: 6.6.6.6\r\n\r\n")
    assert "HTTP_X_FORWARDED_FOR" not in environ


def test_environ_input_holds_exactly_the_body() -> None:
    environ = environ_for(b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc")
    assert environ["wsgi.input"].read() == b"abc"


def test_environ_remote_and_server_addresses() -> None:
    environ = environ_for(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert (environ["REMOTE_ADDR"], environ["SERVER_NAME"], environ["SERVER_PORT"]) == (
        "10.0.0.7",
        "127.0.0.1",
        "5000",
    )


def test_environ_multithread_flag_follows_server_mode() -> None:
    assert (
        environ_for(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n", multithread=True)["wsgi.multithread"]
        is True
    )


# --- differential: the same raw request through Werkzeug's server and ours --------

COMPARED = [
    "REQUEST_METHOD",
    "SCRIPT_NAME",
    "PATH_INFO",
    "QUERY_STRING",
    "CONTENT_TYPE",
    "CONTENT_LENGTH",
    "SERVER_PROTOCOL",
    "REQUEST_URI",
    "RAW_URI",
    "HTTP_HOST",
    "HTTP_ACCEPT",
    "HTTP_X_CUSTOM",
    "HTTP_X_FORWARDED_FOR",
    "wsgi.url_scheme",
    "wsgi.version",
    "wsgi.multiprocess",
    "wsgi.run_once",
]


def environ_echo(environ: dict, start_response) -> list[bytes]:  # type: ignore[no-untyped-def]
    picked = {key: environ.get(key) for key in COMPARED}
    picked["wsgi.version"] = list(picked["wsgi.version"])
    body = json.dumps(picked).encode()
    start_response("200 OK", [("Content-Type", "application/json")])
    return [body]


REQUESTS = [
    ("GET", "/plain", None, {}),
    ("GET", "/a%2Fb/caf%C3%A9?q=%20x&r=1", None, {"X-Custom": "v"}),
    ("POST", "/form", b"a=1", {"Content-Type": "application/x-www-form-urlencoded"}),
    ("GET", "/spoof", None, {"X_Forwarded_For": "6.6.6.6"}),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "headers"),
    REQUESTS,
    ids=["plain", "encoded-path", "post-form", "underscore-header"],
)
def test_environ_matches_werkzeug_for_same_request(
    method: str, path: str, body: bytes | None, headers: dict
) -> None:
    seen = {}
    for kind in ("ours", "werkzeug"):
        with serving(environ_echo, kind) as port:
            status, _, payload = fetch(port, method, path, body, headers)
            assert status == 200
            seen[kind] = json.loads(payload)
            seen[kind]["HTTP_HOST"] = seen[kind]["HTTP_HOST"].split(":")[0]
    assert seen["ours"] == seen["werkzeug"]
