"""Response list headers edited as sets: ``vary``, ``content_language``, ``allow``."""

from __future__ import annotations

import pytest

from .impls import IMPLS

SET_PROPERTIES = {"vary": "Vary", "content_language": "Content-Language", "allow": "Allow"}
PROPERTY_IDS = list(SET_PROPERTIES)


@IMPLS
@pytest.mark.parametrize("attribute", PROPERTY_IDS, ids=PROPERTY_IDS)
def test_header_set_add_writes_header(impl, attribute: str) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response()
    getattr(response, attribute).add("Cookie")
    assert response.headers.get_all(SET_PROPERTIES[attribute]) == ["Cookie"]


@IMPLS
def test_header_set_add_appends_to_existing_header(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(headers={"Vary": "Accept-Encoding"})
    response.vary.add("Cookie")
    assert response.headers["Vary"] == "Accept-Encoding, Cookie"


@IMPLS
def test_header_set_add_ignores_name_present_in_other_case(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(headers={"Vary": "cookie"})
    response.vary.add("Cookie")
    assert response.headers.get_all("Vary") == ["cookie"]


@IMPLS
def test_header_set_update_keeps_order(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response()
    response.vary.update(("Accept-Encoding", "Accept-Language"))
    response.vary.add("Cookie")
    assert response.headers["Vary"] == "Accept-Encoding, Accept-Language, Cookie"


@IMPLS
@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Accept-Encoding, Cookie", ["Accept-Encoding", "Cookie"]),
        ("  a ,b,, c ", ["a", "b", "c"]),
        ('a, "b, c"', ["a", "b, c"]),
        ("", []),
    ],
    ids=["plain", "spaces-and-empty-items", "quoted-comma", "empty"],
)
def test_header_set_reading_parses_header(impl, header: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(headers={"Vary": header} if header else None)
    assert list(response.vary) == expected


@IMPLS
@pytest.mark.parametrize("probe", ["cookie", "COOKIE", "Cookie"], ids=["lower", "upper", "same"])
def test_header_set_membership_ignores_case(impl, probe: str) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(headers={"Vary": "Cookie"})
    assert probe in response.vary


@IMPLS
def test_header_set_emptied_removes_header(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(headers={"Vary": "Cookie"})
    response.vary.remove("cookie")
    assert "Vary" not in response.headers


@IMPLS
def test_header_set_remove_missing_raises_key_error(impl) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError):
        impl.Response().vary.remove("Cookie")


@IMPLS
def test_header_set_discard_keeps_others(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(headers={"Content-Language": "en, de"})
    response.content_language.discard("de")
    assert response.headers["Content-Language"] == "en"


@IMPLS
@pytest.mark.parametrize(
    ("value", "expected"),
    [("en, de", "en, de"), (["en", "de"], "en, de"), (["a b"], '"a b"')],
    ids=["string", "list", "needs-quoting"],
)
def test_header_set_assignment_replaces_header(impl, value, expected: str) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(headers={"Content-Language": "fr"})
    response.content_language = value
    assert response.headers["Content-Language"] == expected


@IMPLS
def test_header_set_assigning_empty_removes_header(impl) -> None:  # type: ignore[no-untyped-def]
    response = impl.Response(headers={"Allow": "GET"})
    response.allow = []
    assert "Allow" not in response.headers


@IMPLS
def test_header_set_find_and_index_ignore_case(impl) -> None:  # type: ignore[no-untyped-def]
    vary = impl.Response(headers={"Vary": "Accept, Cookie"}).vary
    assert (vary.find("COOKIE"), vary.index("accept"), vary.find("Origin")) == (1, 0, -1)


@IMPLS
def test_header_set_index_missing_raises_index_error(impl) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IndexError):
        impl.Response().vary.index("Cookie")


@IMPLS
def test_header_set_as_set_lowers_names(impl) -> None:  # type: ignore[no-untyped-def]
    vary = impl.Response(headers={"Vary": "Accept, Cookie"}).vary
    assert (vary.as_set(), vary.as_set(preserve_casing=True)) == (
        {"accept", "cookie"},
        {"Accept", "Cookie"},
    )
