"""One host for every layer: ``get_host`` and ``Request.host`` agree with Werkzeug."""

from __future__ import annotations

import pytest
import stage03_request_response.host
import werkzeug.wsgi

from .impls import IMPLS

GET_HOST = pytest.mark.parametrize(
    "get_host",
    [stage03_request_response.host.get_host, werkzeug.wsgi.get_host],
    ids=["ours", "werkzeug"],
)

#: (environ keys, expected host, id). Each environ starts from http on example.com:80.
HOST_CASES = [
    ({"SERVER_NAME": "::1", "SERVER_PORT": "80"}, "[::1]", "server-ipv6-default-port"),
    ({"SERVER_NAME": "::1", "SERVER_PORT": "8080"}, "[::1]:8080", "server-ipv6-other-port"),
    ({"HTTP_HOST": "[::1]:80"}, "[::1]", "header-ipv6-default-port"),
    ({"HTTP_HOST": "[::1]:5000"}, "[::1]:5000", "header-ipv6-other-port"),
    ({"HTTP_HOST": "example.com:80"}, "example.com", "http-drops-80"),
    ({"HTTP_HOST": "example.com:443"}, "example.com:443", "http-keeps-443"),
    (
        {"HTTP_HOST": "example.com:443", "wsgi.url_scheme": "https"},
        "example.com",
        "https-drops-443",
    ),
    ({"HTTP_HOST": "example.com:80", "wsgi.url_scheme": "ws"}, "example.com", "ws-drops-80"),
    ({"HTTP_HOST": "example.com:443", "wsgi.url_scheme": "wss"}, "example.com", "wss-drops-443"),
    ({"HTTP_HOST": "Example.COM:8080"}, "Example.COM:8080", "case-kept"),
    ({}, "example.com", "server-name-when-no-header"),
    ({"SERVER_PORT": "8000"}, "example.com:8000", "server-port-kept"),
    ({"HTTP_HOST": "evil.com/x"}, "", "bad-character-is-no-host"),
    ({"HTTP_HOST": "example.com:99999"}, "", "port-out-of-range-is-no-host"),
    ({"HTTP_HOST": ""}, "", "empty-header-is-no-host"),
    ({"SERVER_PORT": ""}, "", "unix-socket-is-no-host"),
]


def environ_with(keys: dict[str, str]) -> dict[str, str]:
    base = {"wsgi.url_scheme": "http", "SERVER_NAME": "example.com", "SERVER_PORT": "80"}
    return {**base, **keys}


@GET_HOST
@pytest.mark.parametrize(
    ("keys", "expected"), [c[:2] for c in HOST_CASES], ids=[c[2] for c in HOST_CASES]
)
def test_get_host_matches_werkzeug(get_host, keys, expected) -> None:  # type: ignore[no-untyped-def]
    assert get_host(environ_with(keys)) == expected


@IMPLS
@pytest.mark.parametrize(
    ("keys", "expected"), [c[:2] for c in HOST_CASES], ids=[c[2] for c in HOST_CASES]
)
def test_request_host_uses_get_host(impl, keys, expected) -> None:  # type: ignore[no-untyped-def]
    assert impl.Request(environ_with(keys)).host == expected


@pytest.mark.parametrize(
    ("host", "parts"),
    [
        ("example.com", ("example.com", None)),
        ("example.com:8080", ("example.com", 8080)),
        ("[::1]:80", ("[::1]", 80)),
        ("10.0.0.1", ("10.0.0.1", None)),
        ("a b", None),
        ("example.com:0", None),
    ],
    ids=["name", "name-port", "ipv6-port", "ipv4", "space", "port-zero"],
)
def test_split_host_separates_name_and_port(host, parts) -> None:  # type: ignore[no-untyped-def]
    assert stage03_request_response.host.split_host(host) == parts
