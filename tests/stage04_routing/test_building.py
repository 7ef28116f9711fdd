"""MapAdapter.build: URLs from endpoints and values, the same assertions against Werkzeug."""

from __future__ import annotations

import uuid
from urllib.parse import unquote

import pytest
from werkzeug.datastructures import MultiDict

from .impls import IMPL_IDS, IMPLS

pytestmark = pytest.mark.parametrize("impl", IMPLS, ids=IMPL_IDS)


def adapter(impl, *rules, url_map_options=None, **bind):
    url_map = impl.Map(
        [impl.Rule(rule, **options) for rule, options in rules], **(url_map_options or {})
    )
    return url_map.bind(bind.pop("server_name", "example.com"), **bind)


def test_build_fills_slots_with_converted_values(impl):
    urls = adapter(impl, ("/user/<int(fixed_digits=3):id>/<name>", {"endpoint": "user"}))
    assert urls.build("user", {"id": 7, "name": "ann"}) == "/user/007/ann"


def test_build_puts_unknown_values_in_query_string(impl):
    urls = adapter(impl, ("/search", {"endpoint": "search"}))
    assert urls.build("search", {"q": "a b", "page": 2}) == "/search?q=a+b&page=2"


def test_build_repeats_keys_for_list_values(impl):
    urls = adapter(impl, ("/s", {"endpoint": "s"}))
    assert urls.build("s", {"tag": ["x", "y"]}) == "/s?tag=x&tag=y"


def test_build_repeats_keys_for_multidict_values(impl):
    urls = adapter(impl, ("/s", {"endpoint": "s"}))
    values = MultiDict([("tag", "x"), ("tag", "y"), ("one", "1")])
    assert urls.build("s", values) == "/s?tag=x&tag=y&one=1"


def test_build_drops_none_values(impl):
    urls = adapter(impl, ("/s", {"endpoint": "s"}))
    assert urls.build("s", {"a": None, "b": "1"}) == "/s?b=1"


def test_build_ignores_unknown_values_when_append_unknown_false(impl):
    urls = adapter(impl, ("/s", {"endpoint": "s"}))
    assert urls.build("s", {"q": "x"}, append_unknown=False) == "/s"


def test_build_sorts_query_when_map_sorts_parameters(impl):
    urls = adapter(impl, ("/s", {"endpoint": "s"}), url_map_options={"sort_parameters": True})
    assert urls.build("s", {"b": 1, "a": 2}) == "/s?a=2&b=1"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a b", "/p/a%20b"),
        ("ü", "/p/%C3%BC"),
        ("a/b", "/p/a/b"),
        ("x?y#z", "/p/x%3Fy%23z"),
        ("!$&'()*+,;=:@", "/p/!$&'()*+,;=:@"),
        ("100%", "/p/100%25"),
    ],
    ids=["space", "unicode", "slash", "query-and-fragment", "safe", "percent"],
)
def test_build_percent_encodes_path_values(impl, value, expected):
    urls = adapter(impl, ("/p/<path:v>", {"endpoint": "p"}))
    assert urls.build("p", {"v": value}) == expected


def test_build_percent_encodes_query_values(impl):
    urls = adapter(impl, ("/s", {"endpoint": "s"}))
    assert urls.build("s", {"q": "a&b=c+d/é?"}) == "/s?q=a%26b%3Dc%2Bd/%C3%A9?"


def test_build_quotes_static_text_of_rule(impl):
    urls = adapter(impl, ("/caf\u00e9 menu", {"endpoint": "menu"}))
    assert urls.build("menu") == "/caf%C3%A9%20menu"


def test_build_prefers_rule_whose_defaults_match(impl):
    urls = adapter(
        impl,
        ("/all/", {"endpoint": "all", "defaults": {"page": 1}}),
        ("/all/page/<int:page>", {"endpoint": "all"}),
    )
    assert (urls.build("all", {"page": 1}), urls.build("all", {"page": 2})) == (
        "/all/",
        "/all/page/2",
    )


def test_build_uses_rule_for_given_method(impl):
    urls = adapter(
        impl,
        ("/read", {"endpoint": "e", "methods": ["GET"]}),
        ("/write", {"endpoint": "e", "methods": ["POST"]}),
    )
    assert (urls.build("e"), urls.build("e", method="POST")) == ("/read", "/write")


def test_build_prefixes_script_name(impl):
    urls = adapter(impl, ("/a", {"endpoint": "a"}), script_name="/app")
    assert urls.build("a") == "/app/a"


def test_build_returns_absolute_url_when_force_external(impl):
    urls = adapter(impl, ("/a", {"endpoint": "a"}), script_name="/app/", url_scheme="https")
    assert urls.build("a", force_external=True) == "https://example.com/app/a"


def test_build_uses_given_url_scheme_when_external(impl):
    urls = adapter(impl, ("/a", {"endpoint": "a"}))
    assert urls.build("a", force_external=True, url_scheme="https") == "https://example.com/a"


def test_build_returns_absolute_url_for_other_subdomain(impl):
    urls = adapter(impl, ("/", {"endpoint": "blog", "subdomain": "blog"}))
    assert urls.build("blog") == "http://blog.example.com/"


def test_build_fills_subdomain_slot(impl):
    urls = adapter(impl, ("/", {"endpoint": "user", "subdomain": "<name>"}))
    assert urls.build("user", {"name": "ann"}) == "http://ann.example.com/"


def test_build_accepts_uuid_values(impl):
    urls = adapter(impl, ("/o/<uuid:id>", {"endpoint": "o"}))
    value = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert urls.build("o", {"id": value}) == "/o/12345678-1234-5678-1234-567812345678"


def test_build_rejects_any_value_outside_the_set(impl):
    urls = adapter(impl, ("/<any(a, b):page>", {"endpoint": "page"}))
    with pytest.raises(ValueError, match="'c' is not one of 'a', 'b'"):
        urls.build("page", {"page": "c"})


def test_build_raises_build_error_for_unknown_endpoint(impl):
    urls = adapter(impl, ("/a", {"endpoint": "a"}))
    with pytest.raises(impl.BuildError) as info:
        urls.build("nope", {"x": 1}, method="GET")
    error = info.value
    assert (error.endpoint, error.values, error.method) == ("nope", {"x": 1}, "GET")


def test_build_error_is_a_lookup_error(impl):
    assert issubclass(impl.BuildError, LookupError)


def test_build_error_suggests_closest_endpoint(impl):
    urls = adapter(impl, ("/index", {"endpoint": "index"}), ("/about", {"endpoint": "about"}))
    with pytest.raises(impl.BuildError) as info:
        urls.build("indx")
    assert (
        str(info.value) == "Could not build url for endpoint 'indx'. Did you mean 'index' instead?"
    )


def test_build_error_names_missing_values(impl):
    urls = adapter(impl, ("/u/<int:id>", {"endpoint": "user"}))
    with pytest.raises(impl.BuildError) as info:
        urls.build("user", {"name": "x"})
    assert str(info.value) == (
        "Could not build url for endpoint 'user' with values ['name']."
        " Did you forget to specify values ['id']?"
    )


def test_build_error_names_allowed_methods(impl):
    urls = adapter(impl, ("/u", {"endpoint": "user", "methods": ["POST"]}))
    with pytest.raises(impl.BuildError) as info:
        urls.build("user", method="GET")
    assert str(info.value) == (
        "Could not build url for endpoint 'user' ('GET'). Did you mean to use methods ['POST']?"
    )


def test_build_fails_when_value_differs_from_default(impl):
    urls = adapter(impl, ("/", {"endpoint": "i", "defaults": {"lang": "en"}}))
    with pytest.raises(impl.BuildError):
        urls.build("i", {"lang": "de"})


def test_build_round_trips_through_match(impl):
    urls = adapter(impl, ("/f/<path:name>/<float:v>", {"endpoint": "f"}))
    url = urls.build("f", {"name": "a b/c", "v": 1.5})
    # match() takes a decoded PATH_INFO, as a WSGI server hands it over.
    assert urls.match(unquote(url)) == ("f", {"name": "a b/c", "v": 1.5})
