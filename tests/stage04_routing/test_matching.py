"""MapAdapter.match: the same assertions against both of our matchers and Werkzeug's."""

from __future__ import annotations

import pytest

from .impls import MATCHER_IDS, MATCHERS

pytestmark = pytest.mark.parametrize("impl", MATCHERS, ids=MATCHER_IDS)


def adapter(impl, *rules, **bind):
    url_map = impl.Map([impl.Rule(rule, **options) for rule, options in rules])
    return url_map.bind(bind.pop("server_name", "example.com"), **bind)


def test_match_returns_endpoint_and_converted_values(impl):
    urls = adapter(impl, ("/", {"endpoint": "index"}), ("/item/<int:id>", {"endpoint": "item"}))
    assert urls.match("/item/42") == ("item", {"id": 42})


def test_match_returns_rule_when_return_rule(impl):
    urls = adapter(impl, ("/a", {"endpoint": "a"}))
    rule, values = urls.match("/a", return_rule=True)
    assert (rule.rule, rule.endpoint, values) == ("/a", "a", {})


def test_match_uses_bound_path_info_when_none_given(impl):
    urls = adapter(impl, ("/a", {"endpoint": "a"}), path_info="/a")
    assert urls.match() == ("a", {})


def test_match_raises_not_found_for_unknown_path(impl):
    urls = adapter(impl, ("/a", {"endpoint": "a"}))
    with pytest.raises(impl.NotFound):
        urls.match("/b")


def test_match_raises_method_not_allowed_with_valid_methods(impl):
    urls = adapter(
        impl,
        ("/a", {"endpoint": "read", "methods": ["GET"]}),
        ("/a", {"endpoint": "write", "methods": ["post"]}),
    )
    with pytest.raises(impl.MethodNotAllowed) as info:
        urls.match("/a", "DELETE")
    assert sorted(info.value.valid_methods) == ["GET", "HEAD", "POST"]


def test_match_picks_rule_by_method(impl):
    urls = adapter(
        impl,
        ("/a", {"endpoint": "read", "methods": ["GET"]}),
        ("/a", {"endpoint": "write", "methods": ["POST"]}),
    )
    assert (urls.match("/a", "POST")[0], urls.match("/a", "get")[0]) == ("write", "read")


def test_match_accepts_head_when_rule_allows_get(impl):
    urls = adapter(impl, ("/a", {"endpoint": "a", "methods": ["GET"]}))
    assert urls.match("/a", "HEAD") == ("a", {})


def test_match_redirects_with_308_when_branch_rule_lacks_slash(impl):
    urls = adapter(impl, ("/docs/", {"endpoint": "docs"}))
    with pytest.raises(impl.RequestRedirect) as info:
        urls.match("/docs")
    assert (info.value.code, info.value.new_url) == (308, "http://example.com/docs/")


def test_match_redirect_keeps_query_string_and_script_root(impl):
    urls = adapter(impl, ("/docs/", {"endpoint": "docs"}), script_name="/app", query_args="q=1&r=2")
    with pytest.raises(impl.RequestRedirect) as info:
        urls.match("/docs")
    assert info.value.new_url == "http://example.com/app/docs/?q=1&r=2"


def test_match_accepts_missing_slash_when_strict_slashes_off(impl):
    urls = adapter(impl, ("/docs/", {"endpoint": "docs", "strict_slashes": False}))
    assert urls.match("/docs") == ("docs", {})


def test_match_accepts_extra_slash_when_leaf_rule_not_strict(impl):
    urls = adapter(impl, ("/about", {"endpoint": "about", "strict_slashes": False}))
    assert urls.match("/about/") == ("about", {})


def test_match_raises_not_found_for_extra_slash_when_strict(impl):
    urls = adapter(impl, ("/about", {"endpoint": "about"}))
    with pytest.raises(impl.NotFound):
        urls.match("/about/")


def test_match_redirects_to_merged_slashes(impl):
    urls = adapter(impl, ("/a/b", {"endpoint": "ab"}))
    with pytest.raises(impl.RequestRedirect) as info:
        urls.match("/a//b")
    assert info.value.new_url == "http://example.com/a/b"


def test_match_redirects_redirect_to_string_rule_with_values(impl):
    urls = adapter(
        impl,
        ("/new/<int:id>", {"endpoint": "new"}),
        ("/old/<int:id>", {"redirect_to": "new/<id>"}),
    )
    with pytest.raises(impl.RequestRedirect) as info:
        urls.match("/old/7")
    assert info.value.new_url == "http://example.com/new/7"


def test_match_redirects_redirect_to_callable_rule(impl):
    def target(adapter, slug):
        return f"/posts/{slug.upper()}"

    urls = adapter(impl, ("/p/<slug>", {"redirect_to": target}))
    with pytest.raises(impl.RequestRedirect) as info:
        urls.match("/p/abc")
    assert info.value.new_url == "http://example.com/posts/ABC"


def test_match_redirects_to_rule_providing_defaults(impl):
    urls = adapter(
        impl,
        ("/all/", {"endpoint": "all", "defaults": {"page": 1}}),
        ("/all/page/<int:page>", {"endpoint": "all"}),
    )
    with pytest.raises(impl.RequestRedirect) as info:
        urls.match("/all/page/1")
    assert info.value.new_url == "http://example.com/all/"


def test_match_adds_rule_defaults_to_values(impl):
    urls = adapter(impl, ("/", {"endpoint": "page", "defaults": {"page": 1}}))
    assert urls.match("/") == ("page", {"page": 1})


def test_match_never_matches_build_only_rule(impl):
    urls = adapter(impl, ("/static/<path:f>", {"endpoint": "static", "build_only": True}))
    with pytest.raises(impl.NotFound):
        urls.match("/static/x.css")


def test_match_is_not_found_when_to_python_rejects_value(impl):
    # Werkzeug >= 2.2 does not fall through to the next rule on ValidationError.
    urls = adapter(
        impl, ("/<int(max=5):n>", {"endpoint": "small"}), ("/<word>", {"endpoint": "word"})
    )
    with pytest.raises(impl.NotFound):
        urls.match("/7")


def test_match_uses_subdomain_rules_when_bound_to_subdomain(impl):
    url_map = impl.Map(
        [
            impl.Rule("/", endpoint="home"),
            impl.Rule("/", subdomain="<user>", endpoint="profile"),
        ]
    )
    assert url_map.bind("example.com", subdomain="ann").match("/") == ("profile", {"user": "ann"})


def test_match_uses_host_rules_when_host_matching(impl):
    url_map = impl.Map(
        [impl.Rule("/", host="<name>.example.com", endpoint="site")], host_matching=True
    )
    assert url_map.bind("blog.example.com").match("/") == ("site", {"name": "blog"})


def test_match_reads_path_method_and_query_from_environ(impl):
    url_map = impl.Map([impl.Rule("/docs/", endpoint="docs", methods=["POST"])])
    environ = {
        "wsgi.url_scheme": "http",
        "HTTP_HOST": "example.com:8080",
        "SERVER_NAME": "example.com",
        "SERVER_PORT": "8080",
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "/app",
        "PATH_INFO": "/docs",
        "QUERY_STRING": "x=1",
    }
    with pytest.raises(impl.RequestRedirect) as info:
        url_map.bind_to_environ(environ).match()
    assert info.value.new_url == "http://example.com:8080/app/docs/?x=1"


def test_allowed_methods_lists_methods_of_all_matching_rules(impl):
    urls = adapter(
        impl,
        ("/a", {"endpoint": "a", "methods": ["GET"]}),
        ("/a", {"endpoint": "b", "methods": ["PUT"]}),
    )
    assert sorted(urls.allowed_methods("/a")) == ["GET", "HEAD", "PUT"]


def test_allowed_methods_is_empty_for_unknown_path(impl):
    urls = adapter(impl, ("/a", {"endpoint": "a", "methods": ["GET"]}))
    assert list(urls.allowed_methods("/b")) == []


def test_test_reports_whether_a_path_matches(impl):
    urls = adapter(impl, ("/a/", {"endpoint": "a"}))
    assert (urls.test("/a/"), urls.test("/a"), urls.test("/b")) == (True, True, False)


def test_dispatch_calls_view_with_endpoint_and_values(impl):
    urls = adapter(impl, ("/n/<int:n>", {"endpoint": "n"}))
    assert urls.dispatch(lambda endpoint, values: (endpoint, values), "/n/3") == ("n", {"n": 3})


def test_map_add_makes_rule_matchable_after_first_match(impl):
    url_map = impl.Map([impl.Rule("/a", endpoint="a")])
    urls = url_map.bind("example.com")
    urls.match("/a")
    url_map.add(impl.Rule("/b", endpoint="b"))
    assert urls.match("/b") == ("b", {})


def test_match_redirects_alias_rule_to_canonical_url(impl):
    urls = adapter(
        impl,
        ("/canonical", {"endpoint": "page"}),
        ("/alias", {"endpoint": "page", "alias": True}),
    )
    with pytest.raises(impl.RequestRedirect) as info:
        urls.match("/alias")
    assert info.value.new_url == "http://example.com/canonical"


def test_match_raises_bad_request_when_only_websocket_rule_matches(impl):
    urls = adapter(impl, ("/ws", {"endpoint": "ws", "websocket": True}))
    with pytest.raises(impl.BadRequest):
        urls.match("/ws")


def test_match_finds_websocket_rule_when_bound_to_ws_scheme(impl):
    urls = adapter(impl, ("/ws", {"endpoint": "ws", "websocket": True}), url_scheme="ws")
    assert urls.match("/ws") == ("ws", {})


def test_match_is_not_found_for_double_slash_when_merge_slashes_off(impl):
    url_map = impl.Map([impl.Rule("/a/b", endpoint="ab")], merge_slashes=False)
    with pytest.raises(impl.NotFound):
        url_map.bind("example.com").match("/a//b")


def test_bind_to_environ_computes_subdomain_from_server_name(impl):
    url_map = impl.Map([impl.Rule("/", subdomain="<user>", endpoint="profile")])
    environ = {
        "wsgi.url_scheme": "https", "HTTP_HOST": "ann.example.com:443", "REQUEST_METHOD": "GET",
        "SERVER_NAME": "example.com", "SERVER_PORT": "443", "PATH_INFO": "/",
    }  # fmt: skip
    urls = url_map.bind_to_environ(environ, server_name="example.com:443")
    assert (urls.subdomain, urls.match()) == ("ann", ("profile", {"user": "ann"}))


def test_bind_to_environ_warns_when_host_does_not_match_server_name(impl):
    url_map = impl.Map([impl.Rule("/", endpoint="i")])
    environ = {
        "wsgi.url_scheme": "http", "HTTP_HOST": "other.org", "REQUEST_METHOD": "GET",
        "SERVER_NAME": "other.org", "SERVER_PORT": "80", "PATH_INFO": "/",
    }  # fmt: skip
    with pytest.warns(UserWarning, match="doesn't match configured server name"):
        urls = url_map.bind_to_environ(environ, server_name="example.com")
    with pytest.raises(impl.NotFound):
        urls.match()


def test_bind_to_environ_decodes_utf8_path(impl):
    url_map = impl.Map([impl.Rule("/<name>", endpoint="n")])
    environ = {
        "wsgi.url_scheme": "http", "HTTP_HOST": "example.com", "REQUEST_METHOD": "GET",
        "SERVER_NAME": "example.com", "SERVER_PORT": "80",
        "PATH_INFO": "/caf\u00e9".encode().decode("latin-1"),  # PEP 3333 "bytes as latin-1"
    }  # fmt: skip
    assert url_map.bind_to_environ(environ).match() == ("n", {"name": "caf\u00e9"})


@pytest.mark.parametrize(
    ("keys", "server_name"),
    [
        ({"SERVER_NAME": "::1", "SERVER_PORT": "80"}, "[::1]"),
        ({"HTTP_HOST": "[::1]:80"}, "[::1]"),
        ({"HTTP_HOST": "Example.COM:8080"}, "example.com:8080"),
        ({"HTTP_HOST": "example.com:443", "wsgi.url_scheme": "https"}, "example.com"),
    ],
    ids=["server-ipv6", "header-ipv6", "port-kept-lowercased", "https-default-port"],
)
def test_bind_to_environ_server_name_is_the_request_host(impl, keys, server_name):
    environ = {
        "wsgi.url_scheme": "http", "REQUEST_METHOD": "GET", "PATH_INFO": "/",
        "SERVER_NAME": "example.com", "SERVER_PORT": "80", **keys,
    }  # fmt: skip
    assert impl.Map([impl.Rule("/", endpoint="i")]).bind_to_environ(environ).server_name == (
        server_name
    )
