"""Cookies: parsed the way browsers send them, dumped with every attribute."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from werkzeug.test import EnvironBuilder

from .impls import IMPLS

COOKIE_HEADERS = [
    ("a=1; b=2", "two-pairs"),
    ('quoted="hello world"; x=y', "quoted-value"),
    ("token=abc==; other=1", "value-with-equals"),
    ("a=1; a=2", "repeated-name"),
    ("a=1;b=2;  c=3", "irregular-spacing"),
    ("  ; ; a=1", "empty-items"),
    ("flag; a=1", "name-without-value"),
    ('broken="unterminated; a=1', "unterminated-quote"),
    ('esc="a\\"b\\\\c"', "escaped-quote"),
    ('utf="caf\\303\\251"', "octal-escaped-utf8"),
    ("", "empty-header"),
]


@IMPLS
@pytest.mark.parametrize(
    "header", [c[0] for c in COOKIE_HEADERS], ids=[c[1] for c in COOKIE_HEADERS]
)
def test_request_cookies_parse_like_werkzeug(impl, header: str) -> None:  # type: ignore[no-untyped-def]
    from werkzeug.wrappers import Request as WerkzeugRequest

    environ = EnvironBuilder("/", headers={"Cookie": header}).get_environ()
    expected = list(WerkzeugRequest(environ).cookies.items(multi=True))
    assert list(impl.Request(environ).cookies.items(multi=True)) == expected


@IMPLS
def test_malformed_cookie_header_never_raises(impl) -> None:  # type: ignore[no-untyped-def]
    environ = EnvironBuilder("/", headers={"Cookie": '=;;"=\x00; a b=c; ok=1'}).get_environ()
    assert impl.Request(environ).cookies.get("ok") == "1"


DUMPS = [
    ({"key": "a", "value": "b"}, "plain"),
    ({"key": "a", "value": "two words"}, "quoted"),
    ({"key": "a", "value": 'semi;colon"quote'}, "escaped"),
    ({"key": "a", "value": "café"}, "non-ascii"),
    ({"key": "s", "value": "v", "httponly": True, "secure": True, "samesite": "lax"}, "flags"),
    ({"key": "s", "value": "v", "domain": ".example.com", "path": "/app"}, "domain-path"),
    ({"key": "s", "expires": datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)}, "expires-datetime"),
    ({"key": "s", "expires": 0, "max_age": 0}, "expired"),
    ({"key": "s", "max_age": 60, "expires": "Thu, 01 Jan 2099 00:00:00 GMT"}, "max-age-int"),
    (
        {"key": "s", "max_age": timedelta(hours=1), "expires": "Thu, 01 Jan 2099 00:00:00 GMT"},
        "max-age-timedelta",
    ),
    ({"key": "s", "partitioned": True}, "partitioned"),
]


@IMPLS
@pytest.mark.parametrize("kwargs", [d[0] for d in DUMPS], ids=[d[1] for d in DUMPS])
def test_dump_cookie_matches_werkzeug(impl, kwargs: dict) -> None:  # type: ignore[no-untyped-def]
    from werkzeug.http import dump_cookie

    assert impl.dump_cookie(**kwargs) == dump_cookie(**kwargs)


@IMPLS
def test_dump_cookie_max_age_alone_also_sets_expires(impl) -> None:  # type: ignore[no-untyped-def]
    assert "Expires=" in impl.dump_cookie("s", "v", max_age=60)


@IMPLS
def test_dump_cookie_rejects_unknown_samesite(impl) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        impl.dump_cookie("s", "v", samesite="sometimes")


@IMPLS
def test_cookie_round_trips_through_response_and_request(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response()
    response.set_cookie("name", 'tricky "value"; with=stuff')
    header = response.headers["Set-Cookie"].split("; Path")[0]
    environ = EnvironBuilder("/", headers={"Cookie": header}).get_environ()
    assert impl.Request(environ).cookies["name"] == 'tricky "value"; with=stuff'


@IMPLS
def test_response_max_cookie_size_defaults_to_4093(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.Response().max_cookie_size == 4093


@IMPLS
def test_set_cookie_warns_when_over_max_cookie_size(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response()
    with pytest.warns(UserWarning, match="cookie is too large"):
        response.set_cookie("big", "x" * 4093)
    assert response.headers["Set-Cookie"].startswith("big=xxx")  # still set


@IMPLS
@pytest.mark.parametrize(
    ("limit", "value_size"), [(4093, 4000), (0, 10_000)], ids=["under-limit", "limit-off"]
)
def test_set_cookie_does_not_warn_when_within_max_cookie_size(  # type: ignore[no-untyped-def]
    impl, recwarn, limit: int, value_size: int
) -> None:
    response = impl.Response()
    response.max_cookie_size = limit
    response.set_cookie("big", "x" * value_size)
    assert not recwarn.list


@IMPLS
def test_set_cookie_follows_subclass_max_cookie_size(impl) -> None:  # type: ignore[no-untyped-def]
    class Small(impl.Response):  # type: ignore[name-defined, misc]
        max_cookie_size = 20

    with pytest.warns(UserWarning, match="cookie is too large"):
        Small().set_cookie("name", "x" * 20)


@IMPLS
def test_dump_cookie_warns_past_max_size(impl) -> None:  # type: ignore[no-untyped-def]
    with pytest.warns(UserWarning, match="cookie is too large"):
        impl.dump_cookie("a", "x" * 30, max_size=10)
