"""Request: lazy, cached attributes over the environ, checked against Werkzeug's."""

from __future__ import annotations

import pytest
from stage03_request_response import Request
from stage03_request_response.utils import cached_property
from werkzeug.test import EnvironBuilder

from .impls import IMPLS


def environ(*args, **kwargs):  # type: ignore[no-untyped-def]
    return EnvironBuilder(*args, **kwargs).get_environ()


URL_CASES = [
    ("/", {}, "plain"),
    ("/users/7?page=2&page=3", {}, "query"),
    ("/caf%C3%A9/x%20y", {}, "encoded-path"),
    ("/api/items", {"base_url": "https://example.com:8443/app/"}, "mounted-https-port"),
    ("/", {"base_url": "http://example.com:80/"}, "default-port-dropped"),
]


@IMPLS
@pytest.mark.parametrize(
    ("path", "options"), [c[:2] for c in URL_CASES], ids=[c[2] for c in URL_CASES]
)
@pytest.mark.parametrize(
    "attribute",
    ["method", "scheme", "host", "path", "full_path", "script_root", "url", "base_url", "url_root"],
)
def test_request_url_attributes_match_werkzeug(impl, path, options, attribute) -> None:  # type: ignore[no-untyped-def]
    from werkzeug.wrappers import Request as WerkzeugRequest

    ours = getattr(impl.Request(environ(path, **options)), attribute)
    theirs = getattr(WerkzeugRequest(environ(path, **options)), attribute)
    assert ours == theirs


@IMPLS
def test_request_args_keep_repeated_and_blank_values(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/?tag=a&tag=b&empty=&q=x+y"))
    assert (request.args.getlist("tag"), request.args["empty"], request.args["q"]) == (
        ["a", "b"],
        "",
        "x y",
    )


@IMPLS
def test_request_headers_are_case_insensitive(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/", headers={"X-Request-Id": "7"}))
    assert request.headers["x-request-id"] == "7"


@IMPLS
def test_request_content_type_mimetype_and_length(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(
        environ("/", method="POST", data=b"{}", content_type="application/json; charset=utf-8")
    )
    assert (request.content_type, request.mimetype, request.content_length) == (
        "application/json; charset=utf-8",
        "application/json",
        2,
    )


@IMPLS
def test_request_remote_addr(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.Request(environ("/", environ_base={"REMOTE_ADDR": "10.1.2.3"})).remote_addr == (
        "10.1.2.3"
    )


@IMPLS
def test_request_get_data_returns_raw_body(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/", method="POST", data=b"raw bytes"))
    assert (request.get_data(), request.get_data(as_text=True)) == (b"raw bytes", "raw bytes")


@IMPLS
def test_request_form_parses_urlencoded_body(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/", method="POST", data={"a": ["1", "2"], "b": "x y"}))
    assert (request.form.getlist("a"), request.form["b"]) == (["1", "2"], "x y")


@IMPLS
def test_request_values_combines_args_and_form(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/?a=q", method="POST", data={"a": "f", "b": "f"}))
    assert (request.values.getlist("a"), request.values["b"]) == (["q", "f"], "f")


@IMPLS
def test_request_values_ignore_form_for_get(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/?a=q", method="GET", data={"b": "f"}))
    assert "b" not in request.values


@IMPLS
def test_request_is_json_for_json_and_plus_json(impl) -> None:  # type: ignore[no-untyped-def]
    kinds = ["application/json", "application/vnd.api+json", "text/plain"]
    results = [impl.Request(environ("/", content_type=kind)).is_json for kind in kinds]
    assert results == [True, True, False]


@IMPLS
def test_request_get_json_decodes_body(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/", method="POST", json={"a": [1, 2]}))
    assert request.get_json() == {"a": [1, 2]}


@IMPLS
def test_request_get_json_wrong_content_type_is_415(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/", method="POST", data=b"{}", content_type="text/plain"))
    with pytest.raises(impl.UnsupportedMediaType):
        request.get_json()


@IMPLS
def test_request_get_json_force_ignores_content_type(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/", method="POST", data=b'{"a": 1}', content_type="text/plain"))
    assert request.get_json(force=True) == {"a": 1}


@IMPLS
def test_request_get_json_broken_json_is_400(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(
        environ("/", method="POST", data=b"{broken", content_type="application/json")
    )
    with pytest.raises(impl.BadRequest):
        request.get_json()


@IMPLS
@pytest.mark.parametrize(
    ("data", "content_type"),
    [(b"{broken", "application/json"), (b"{}", "text/plain")],
    ids=["broken-json", "not-json"],
)
def test_request_get_json_silent_returns_none(impl, data, content_type) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/", method="POST", data=data, content_type=content_type))
    assert request.get_json(silent=True) is None


@IMPLS
def test_request_body_over_max_content_length_is_413(impl) -> None:  # type: ignore[no-untyped-def]
    class Limited(impl.Request):  # type: ignore[misc, name-defined]
        max_content_length = 4

    request = Limited(environ("/", method="POST", data={"a": "long enough"}))
    with pytest.raises(impl.RequestEntityTooLarge):
        request.form  # noqa: B018 (the access is the test)


def test_request_attribute_is_computed_once_and_cached() -> None:
    request = Request(environ("/?a=1"))
    assert request.args is request.args
    assert "args" in request.__dict__


def test_cached_property_calls_function_once() -> None:
    calls = []

    class Thing:
        @cached_property
        def value(self) -> int:
            calls.append(1)
            return 42

    thing = Thing()
    assert (thing.value, thing.value, len(calls)) == (42, 42, 1)


def test_cached_property_can_be_overwritten() -> None:
    class Thing:
        @cached_property
        def value(self) -> int:
            return 1

    thing = Thing()
    thing.value = 2
    assert thing.value == 2


@IMPLS
def test_request_body_stops_at_content_length(impl) -> None:  # type: ignore[no-untyped-def]
    import io

    env = environ("/", method="POST")
    # What a server hands over when the next request is already in the socket buffer.
    env.update({"wsgi.input": io.BytesIO(b"bodyNEXT-REQUEST"), "CONTENT_LENGTH": "4"})
    assert impl.Request(env).get_data() == b"body"


@IMPLS
def test_request_form_still_parsed_after_get_data(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(environ("/", method="POST", data={"a": "1"}))
    assert (request.get_data(), request.form["a"]) == (b"a=1", "1")


@IMPLS
def test_request_stream_iterates_line_by_line(impl) -> None:  # type: ignore[no-untyped-def]
    env = environ("/", method="POST", data=b"one\ntwo\nthree", content_type="text/plain")
    assert list(impl.Request(env).stream) == [b"one\n", b"two\n", b"three"]


@IMPLS
def test_request_stream_lines_stop_at_content_length(impl) -> None:  # type: ignore[no-untyped-def]
    import io

    env = environ("/", method="POST", content_type="text/plain")
    env.update({"wsgi.input": io.BytesIO(b"one\ntwo\nNEXT"), "CONTENT_LENGTH": "6"})
    assert list(impl.Request(env).stream) == [b"one\n", b"tw"]


@IMPLS
@pytest.mark.parametrize(
    ("headers", "expected"),
    [({"User-Agent": "curl/8.5.0"}, "curl/8.5.0"), ({}, "")],
    ids=["sent", "absent"],
)
def test_request_user_agent_string_is_header(impl, headers, expected: str) -> None:  # type: ignore[no-untyped-def]
    user_agent = impl.Request(environ("/", headers=headers)).user_agent
    assert (user_agent.string, str(user_agent), user_agent.to_header()) == (expected,) * 3
