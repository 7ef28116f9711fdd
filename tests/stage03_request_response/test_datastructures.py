"""MultiDict and Headers behave like Werkzeug's (the same assertions run on both)."""

from __future__ import annotations

import json

import pytest

from .impls import IMPLS


@IMPLS
def test_multidict_getitem_returns_first_value(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.MultiDict([("a", "1"), ("a", "2")])["a"] == "1"


@IMPLS
def test_multidict_getlist_returns_all_values_in_order(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.MultiDict([("a", "1"), ("b", "x"), ("a", "2")]).getlist("a") == ["1", "2"]


@IMPLS
def test_multidict_missing_key_raises_key_error_that_is_a_400(impl) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError) as excinfo:
        impl.MultiDict()["nope"]
    assert isinstance(excinfo.value, impl.BadRequest)


@IMPLS
def test_multidict_get_with_type_converts(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.MultiDict({"page": "3"}).get("page", type=int) == 3


@IMPLS
def test_multidict_get_with_type_returns_default_when_conversion_fails(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.MultiDict({"page": "x"}).get("page", 1, type=int) == 1


@IMPLS
def test_multidict_getlist_with_type_drops_unconvertible(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.MultiDict([("n", "1"), ("n", "x"), ("n", "3")]).getlist("n", type=int) == [1, 3]


@IMPLS
def test_multidict_items_multi_yields_every_pair(impl) -> None:  # type: ignore[no-untyped-def]
    pairs = [("a", "1"), ("a", "2"), ("b", "3")]
    assert list(impl.MultiDict(pairs).items(multi=True)) == pairs


@IMPLS
def test_multidict_items_yields_first_values(impl) -> None:  # type: ignore[no-untyped-def]
    assert list(impl.MultiDict([("a", "1"), ("a", "2")]).items()) == [("a", "1")]


@IMPLS
def test_multidict_to_dict_flat_and_lists(impl) -> None:  # type: ignore[no-untyped-def]
    data = impl.MultiDict([("a", "1"), ("a", "2")])
    assert (data.to_dict(), data.to_dict(flat=False)) == ({"a": "1"}, {"a": ["1", "2"]})


@IMPLS
def test_multidict_from_mapping_with_list_values(impl) -> None:  # type: ignore[no-untyped-def]
    assert impl.MultiDict({"a": ["1", "2"]}).getlist("a") == ["1", "2"]


@IMPLS
def test_multidict_setitem_replaces_all_values(impl) -> None:  # type: ignore[no-untyped-def]
    data = impl.MultiDict([("a", "1"), ("a", "2")])
    data["a"] = "3"
    assert data.getlist("a") == ["3"]


@IMPLS
def test_multidict_add_appends(impl) -> None:  # type: ignore[no-untyped-def]
    data = impl.MultiDict({"a": "1"})
    data.add("a", "2")
    assert data.getlist("a") == ["1", "2"]


@IMPLS
def test_multidict_len_and_contains_count_keys(impl) -> None:  # type: ignore[no-untyped-def]
    data = impl.MultiDict([("a", "1"), ("a", "2"), ("b", "3")])
    assert (len(data), "a" in data, "z" in data) == (2, True, False)


@IMPLS
def test_headers_lookup_ignores_case(impl) -> None:  # type: ignore[no-untyped-def]
    headers = impl.Headers([("Content-Type", "text/plain")])
    assert (headers["content-type"], headers.get("CONTENT-TYPE")) == ("text/plain",) * 2


@IMPLS
def test_headers_add_keeps_repeated_values(impl) -> None:  # type: ignore[no-untyped-def]
    headers = impl.Headers()
    headers.add("Set-Cookie", "a=1")
    headers.add("set-cookie", "b=2")
    assert headers.getlist("SET-COOKIE") == ["a=1", "b=2"]


@IMPLS
def test_headers_set_replaces_every_value(impl) -> None:  # type: ignore[no-untyped-def]
    headers = impl.Headers([("X", "1"), ("Y", "y"), ("x", "2")])
    headers.set("X", "3")
    assert list(headers.items()) == [("X", "3"), ("Y", "y")]


@IMPLS
def test_headers_missing_key_raises_key_error(impl) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError):
        impl.Headers()["X"]


@IMPLS
def test_headers_get_with_type_and_default(impl) -> None:  # type: ignore[no-untyped-def]
    headers = impl.Headers([("Content-Length", "12"), ("X", "y")])
    assert (headers.get("content-length", type=int), headers.get("X", 0, type=int)) == (12, 0)


@IMPLS
def test_headers_delete_removes_every_value(impl) -> None:  # type: ignore[no-untyped-def]
    headers = impl.Headers([("X", "1"), ("x", "2"), ("Y", "3")])
    del headers["X"]
    assert list(headers.items()) == [("Y", "3")]


@IMPLS
def test_headers_values_are_converted_to_str(impl) -> None:  # type: ignore[no-untyped-def]
    headers = impl.Headers()
    headers.add("Content-Length", 5)
    assert headers["Content-Length"] == "5"


@IMPLS
def test_headers_refuse_newlines(impl) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        impl.Headers().add("X", "a\r\nInjected: 1")


@IMPLS
def test_headers_to_wsgi_list_keeps_order(impl) -> None:  # type: ignore[no-untyped-def]
    pairs = [("A", "1"), ("B", "2"), ("a", "3")]
    assert impl.Headers(pairs).to_wsgi_list() == pairs


@IMPLS
def test_headers_contains_and_len(impl) -> None:  # type: ignore[no-untyped-def]
    headers = impl.Headers([("A", "1"), ("a", "2")])
    assert ("a" in headers, "b" in headers, len(headers)) == (True, False, 2)


@IMPLS
def test_headers_setdefault_keeps_existing(impl) -> None:  # type: ignore[no-untyped-def]
    headers = impl.Headers([("A", "1")])
    assert (headers.setdefault("a", "2"), headers.setdefault("B", "3")) == ("1", "3")


@IMPLS
def test_missing_key_error_page_names_key_only_when_show_exception(impl) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError) as excinfo:
        impl.MultiDict()["email"]
    error = excinfo.value
    hidden = error.get_response().get_data(as_text=True)
    error.show_exception = True
    shown = error.get_response().get_data(as_text=True)
    assert ("email" in hidden, "KeyError: &#39;email&#39;" in shown) == (False, True)


@IMPLS
def test_multidict_copied_into_dict_keeps_first_values(impl) -> None:  # type: ignore[no-untyped-def]
    form = impl.MultiDict([("a", "1"), ("a", "2"), ("b", "3")])
    assert dict(form) == {**form} == {"a": "1", "b": "3"}


@IMPLS
def test_multidict_json_dumps_first_values(impl) -> None:  # type: ignore[no-untyped-def]
    assert json.dumps(impl.MultiDict([("a", "1"), ("a", "2")])) == '{"a": "1"}'
