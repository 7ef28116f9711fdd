"""Rule and Map objects: constructor behaviour and the attributes Flask reads."""

from __future__ import annotations

import pytest

from .impls import IMPL_IDS, IMPLS

pytestmark = pytest.mark.parametrize("impl", IMPLS, ids=IMPL_IDS)


def test_rule_upper_cases_methods_and_adds_head_to_get(impl):
    assert impl.Rule("/", methods=["get", "post"]).methods == {"GET", "HEAD", "POST"}


def test_rule_keeps_methods_none_when_not_given(impl):
    assert impl.Rule("/").methods is None


def test_rule_rejects_methods_given_as_string(impl):
    with pytest.raises(TypeError, match="list of strings"):
        impl.Rule("/", methods="GET")


def test_rule_rejects_string_without_leading_slash(impl):
    with pytest.raises(ValueError, match="must start with a slash"):
        impl.Rule("about")


def test_rule_lists_slot_and_default_names_as_arguments(impl):
    url_map = impl.Map([impl.Rule("/<int:id>/<name>", defaults={"page": 1}, endpoint="e")])
    assert next(url_map.iter_rules()).arguments == {"id", "name", "page"}


def test_rule_knows_its_map_after_add(impl):
    rule = impl.Rule("/", endpoint="i")
    url_map = impl.Map([rule])
    assert (rule.map is url_map, rule.rule, rule.endpoint, str(rule)) == (True, "/", "i", "/")


def test_rule_inherits_strict_slashes_from_map(impl):
    rule = impl.Rule("/a/")
    impl.Map([rule], strict_slashes=False)
    assert rule.strict_slashes is False


def test_rule_refuses_to_bind_to_second_map(impl):
    rule = impl.Rule("/a")
    impl.Map([rule])
    with pytest.raises(RuntimeError, match="already bound"):
        impl.Map([rule])


def test_rule_empty_returns_unbound_copy(impl):
    rule = impl.Rule("/a", endpoint="a", methods=["POST"])
    impl.Map([rule])
    copy = rule.empty()
    assert (copy.map, copy.rule, copy.endpoint, copy.methods) == (None, "/a", "a", {"POST"})


def test_rule_accepts_flask_attribute_provide_automatic_options(impl):
    rule = impl.Rule("/a")
    rule.provide_automatic_options = True  # Flask sets this; Werkzeug only carries it
    assert rule.provide_automatic_options is True


def test_rules_compare_equal_when_same_pattern(impl):
    a, b = impl.Rule("/x/<int:id>", endpoint="a"), impl.Rule("/x/<int:id>", endpoint="b")
    impl.Map([a, b])
    assert a == b


def test_map_iter_rules_filters_by_endpoint(impl):
    url_map = impl.Map([impl.Rule("/a", endpoint="a"), impl.Rule("/b", endpoint="b")])
    assert [r.rule for r in url_map.iter_rules("b")] == ["/b"]


def test_map_converters_is_a_mutable_copy_per_map(impl):
    one, two = impl.Map(), impl.Map()
    one.converters["mine"] = impl.BaseConverter
    assert ("mine" in one.converters, "mine" in two.converters) == (True, False)


def test_map_exposes_settings_flask_reads(impl):
    url_map = impl.Map(host_matching=True)
    assert (url_map.host_matching, url_map.strict_slashes, url_map.default_subdomain) == (
        True,
        True,
        "",
    )


def test_map_is_endpoint_expecting_reports_arguments(impl):
    url_map = impl.Map([impl.Rule("/<lang>/", endpoint="i")])
    assert (
        url_map.is_endpoint_expecting("i", "lang"),
        url_map.is_endpoint_expecting("i", "x"),
    ) == (
        True,
        False,
    )


def test_map_bind_encodes_unicode_server_name_as_idna(impl):
    assert impl.Map().bind("bücher.example").server_name == "xn--bcher-kva.example"


def test_map_bind_rejects_subdomain_when_host_matching(impl):
    with pytest.raises(RuntimeError, match="host matching"):
        impl.Map(host_matching=True).bind("example.com", subdomain="x")


def factories(impl):
    import stage04_routing
    import werkzeug.routing

    return stage04_routing if impl.Map.__module__.startswith("stage") else werkzeug.routing


def test_rule_factories_prefix_paths_endpoints_and_subdomains(impl):
    f = factories(impl)
    url_map = impl.Map(
        [
            f.EndpointPrefix(
                "blog/",
                [f.Submount("/blog", [impl.Rule("/", endpoint="index")])],
            ),
            f.Subdomain("<lang>", [impl.Rule("/about", endpoint="about")]),
        ]
    )
    rules = sorted((r.rule, r.endpoint, r.subdomain) for r in url_map.iter_rules())
    assert rules == [("/about", "about", "<lang>"), ("/blog/", "blog/index", "")]


def test_rule_template_fills_placeholders(impl):
    f = factories(impl)
    resource = f.RuleTemplate([impl.Rule("/$name/<int:id>", endpoint="$name.show")])
    url_map = impl.Map([resource(name="user"), resource(name="page")])
    assert url_map.bind("example.com").match("/page/3") == ("page.show", {"id": 3})


def test_rule_repr_shows_pattern_methods_and_endpoint(impl):
    rule = impl.Rule("/u/<int:id>", endpoint="user", methods=["POST"])
    impl.Map([rule])
    assert repr(rule) == "<Rule '/u/<id>' (POST) -> user>"


def test_map_iter_rules_groups_by_endpoint_in_build_order(impl):
    url_map = impl.Map(
        [
            impl.Rule("/a", endpoint="a"),
            impl.Rule("/b/<int:n>", endpoint="b"),
            impl.Rule("/a/<int:n>", endpoint="a"),
            impl.Rule("/b", endpoint="b", defaults={"n": 1}),
        ]
    )
    # Within an endpoint: more arguments first, then more defaults ("/b" has n=1).
    assert [r.rule for r in url_map.iter_rules()] == ["/a/<int:n>", "/a", "/b", "/b/<int:n>"]
