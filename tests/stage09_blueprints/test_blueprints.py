"""Blueprints: deferred registration, prefixes, names, nesting, scoped hooks.

The same assertions run against stage 9 and Flask 3.1.3 (flask/sansio/blueprints.py).
"""

from __future__ import annotations

import pytest


def make_shop(impl, **options):
    bp = impl.Blueprint("shop", __name__, **options)

    @bp.route("/cart")
    def cart():
        return f"{impl.request.endpoint} {impl.request.blueprint}"

    return bp


@pytest.mark.parametrize(
    ("bp_prefix", "register_prefix", "rule", "url"),
    [
        ("/shop", None, "/cart", "/shop/cart"),
        ("/shop/", None, "/cart", "/shop/cart"),
        ("/shop", None, "cart", "/shop/cart"),
        ("/shop", "/store", "/cart", "/store/cart"),
        (None, "/store/", "/cart", "/store/cart"),
        ("/shop", None, "", "/shop"),
        (None, None, "/cart", "/cart"),
    ],
    ids=[
        "prefix",
        "trailing-slash-prefix",
        "rule-without-slash",
        "register-overrides",
        "register-only",
        "empty-rule",
        "no-prefix",
    ],
)
def test_blueprint_url_prefix_joins_with_one_slash(impl, bp_prefix, register_prefix, rule, url):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__, url_prefix=bp_prefix)
    bp.add_url_rule(rule, "cart", lambda: "ok")
    options = {} if register_prefix is None else {"url_prefix": register_prefix}
    app.register_blueprint(bp, **options)
    assert [r.rule for r in app.url_map.iter_rules() if r.endpoint != "static"] == [url]


def test_blueprint_endpoint_is_prefixed_with_blueprint_name(impl):
    app = impl.Flask(__name__)
    app.register_blueprint(make_shop(impl, url_prefix="/shop"))
    assert app.test_client().get("/shop/cart").text == "shop.cart shop"


def test_blueprint_records_routes_until_registered(impl):
    app = impl.Flask(__name__)
    bp = make_shop(impl)
    assert len(bp.deferred_functions) == 1
    assert [r for r in app.url_map.iter_rules() if r.endpoint != "static"] == []


def test_blueprint_record_receives_setup_state(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__, url_prefix="/shop")
    seen = []
    bp.record(lambda state: seen.append((state.app, state.url_prefix, state.first_registration)))
    app.register_blueprint(bp)
    app.register_blueprint(bp, name="store", url_prefix="/store")
    assert seen == [(app, "/shop", True), (app, "/store", False)]


def test_blueprint_record_once_runs_at_first_registration_only(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__)
    seen = []
    bp.record_once(lambda state: seen.append(state.name))
    app.register_blueprint(bp)
    app.register_blueprint(bp, name="store")
    assert seen == ["shop"]


def test_blueprint_registered_twice_under_other_name_builds_both_urls(impl):
    app = impl.Flask(__name__)
    bp = make_shop(impl)
    app.register_blueprint(bp, url_prefix="/a")
    app.register_blueprint(bp, name="b", url_prefix="/b")
    with app.test_request_context():
        assert (impl.url_for("shop.cart"), impl.url_for("b.cart")) == ("/a/cart", "/b/cart")


def test_blueprint_registered_twice_under_same_name_is_refused(impl):
    app = impl.Flask(__name__)
    bp = make_shop(impl)
    app.register_blueprint(bp)
    with pytest.raises(ValueError, match="already registered"):
        app.register_blueprint(bp)


@pytest.mark.parametrize(
    ("name", "endpoint"),
    [("", None), ("a.b", None), ("shop", "a.b")],
    ids=["empty-name", "dotted-name", "dotted-endpoint"],
)
def test_blueprint_refuses_dots_and_empty_names(impl, name, endpoint):
    with pytest.raises(ValueError):
        bp = impl.Blueprint(name, __name__)
        bp.add_url_rule("/", endpoint, lambda: "")


def test_blueprint_refuses_setup_after_registration(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__)
    app.register_blueprint(bp)
    with pytest.raises(AssertionError, match="registered"):
        bp.route("/late")(lambda: "")


def test_blueprint_refuses_registration_on_itself(impl):
    bp = impl.Blueprint("shop", __name__)
    with pytest.raises(ValueError):
        bp.register_blueprint(bp)


def nested_app(impl):
    app = impl.Flask(__name__)
    parent = impl.Blueprint("parent", __name__, url_prefix="/parent")
    child = impl.Blueprint("child", __name__, url_prefix="/child")
    grandchild = impl.Blueprint("grandchild", __name__, url_prefix="/grandchild")

    @grandchild.route("/view")
    def view():
        return " ".join(
            [impl.request.endpoint, impl.url_for(".view"), ",".join(impl.request.blueprints)]
        )

    child.register_blueprint(grandchild)
    parent.register_blueprint(child)
    app.register_blueprint(parent)
    return app


def test_nested_blueprint_joins_prefixes_and_dotted_names(impl):
    response = nested_app(impl).test_client().get("/parent/child/grandchild/view")
    assert response.text == (
        "parent.child.grandchild.view /parent/child/grandchild/view"
        " parent.child.grandchild,parent.child,parent"
    )


def test_nested_blueprint_names_are_registered_dotted(impl):
    assert list(nested_app(impl).blueprints) == [
        "parent",
        "parent.child",
        "parent.child.grandchild",
    ]


@pytest.mark.parametrize(
    ("parent_sub", "child_sub", "host"),
    [
        ("api", "v1", "v1.api.example.test"),
        ("api", None, "api.example.test"),
        (None, "v1", "v1.example.test"),
    ],
    ids=["both", "parent-only", "child-only"],
)
def test_nested_blueprint_subdomains_nest_left(impl, parent_sub, child_sub, host):
    app = impl.Flask(__name__, subdomain_matching=True)
    app.config["SERVER_NAME"] = "example.test"
    parent = impl.Blueprint("parent", __name__, subdomain=parent_sub)
    child = impl.Blueprint("child", __name__, subdomain=child_sub)
    child.add_url_rule("/", "index", lambda: "child index")
    parent.register_blueprint(child)
    app.register_blueprint(parent)
    assert app.test_client().get("/", base_url=f"http://{host}/").text == "child index"


def test_blueprint_url_defaults_reach_the_view(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__, url_defaults={"currency": "eur"})
    bp.add_url_rule("/price", "price", lambda currency: currency)
    app.register_blueprint(bp, url_prefix="/a")
    app.register_blueprint(bp, name="b", url_prefix="/b", url_defaults={"currency": "usd"})
    client = app.test_client()
    assert (client.get("/a/price").text, client.get("/b/price").text) == ("eur", "usd")


def test_url_for_dot_endpoint_stays_in_current_blueprint(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__, url_prefix="/shop")
    bp.add_url_rule("/a", "a", lambda: impl.url_for(".b"))
    bp.add_url_rule("/b", "b", lambda: "")
    app.register_blueprint(bp)
    assert app.test_client().get("/shop/a").text == "/shop/b"


def scoped_hook_app(impl, events):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__, url_prefix="/shop")
    bp.add_url_rule("/", "index", lambda: "shop")
    app.add_url_rule("/", "index", lambda: "app")
    bp.before_request(lambda: events.append("bp before"))
    bp.after_request(lambda r: events.append("bp after") or r)
    bp.teardown_request(lambda e: events.append("bp teardown"))
    app.before_request(lambda: events.append("app before"))
    app.after_request(lambda r: events.append("app after") or r)
    app.teardown_request(lambda e: events.append("app teardown"))
    app.register_blueprint(bp)
    return app


def test_blueprint_hooks_run_inside_app_hooks_for_its_routes(impl):
    events: list[str] = []
    scoped_hook_app(impl, events).test_client().get("/shop/")
    assert events == [
        "app before",
        "bp before",
        "bp after",
        "app after",
        "bp teardown",
        "app teardown",
    ]


def test_blueprint_hooks_skip_other_routes(impl):
    events: list[str] = []
    scoped_hook_app(impl, events).test_client().get("/")
    assert events == ["app before", "app after", "app teardown"]


def test_blueprint_app_wide_hooks_run_for_every_route(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__)
    events = []
    bp.before_app_request(lambda: events.append("before"))
    bp.after_app_request(lambda r: events.append("after") or r)
    bp.teardown_app_request(lambda e: events.append("teardown"))
    app.add_url_rule("/", "index", lambda: "app")
    app.register_blueprint(bp)
    app.register_blueprint(bp, name="again")  # record_once: installed once
    app.test_client().get("/")
    assert events == ["before", "after", "teardown"]


def test_blueprint_error_handler_is_scoped_to_its_routes(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__, url_prefix="/shop")

    def fail():
        raise KeyError("x")

    bp.add_url_rule("/fail", "fail", fail)
    app.add_url_rule("/fail", "fail", fail)
    bp.register_error_handler(KeyError, lambda e: ("bp handled", 409))
    app.register_error_handler(KeyError, lambda e: ("app handled", 410))
    app.register_blueprint(bp)
    client = app.test_client()
    assert (client.get("/shop/fail").status_code, client.get("/fail").status_code) == (409, 410)


def test_blueprint_app_errorhandler_handles_app_routes(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__)
    bp.app_errorhandler(404)(lambda e: ("nothing here", 404))
    app.register_blueprint(bp)
    assert app.test_client().get("/missing").text == "nothing here"


def test_nested_blueprint_error_handler_falls_back_to_parent(impl):
    app = impl.Flask(__name__)
    parent = impl.Blueprint("parent", __name__, url_prefix="/p")
    child = impl.Blueprint("child", __name__, url_prefix="/c")

    @child.route("/")
    def index():
        impl.abort(403)

    parent.register_error_handler(403, lambda e: ("parent handled", 403))
    parent.register_blueprint(child)
    app.register_blueprint(parent)
    assert app.test_client().get("/p/c/").text == "parent handled"


def test_blueprint_url_processors_pull_and_push_values(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("lang", __name__, url_prefix="/<lang>")

    @bp.url_defaults
    def add_lang(endpoint, values):
        values.setdefault("lang", impl.g.lang)

    @bp.url_value_preprocessor
    def pull_lang(endpoint, values):
        impl.g.lang = values.pop("lang")

    @bp.route("/about")
    def about():
        return f"{impl.g.lang} {impl.url_for('.about')}"

    app.register_blueprint(bp)
    assert app.test_client().get("/fr/about").text == "fr /fr/about"


def test_blueprint_app_url_value_preprocessor_sees_app_routes(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__)
    seen = []
    bp.app_url_value_preprocessor(lambda endpoint, values: seen.append(endpoint))
    app.add_url_rule("/", "index", lambda: "")
    app.register_blueprint(bp)
    app.test_client().get("/")
    assert seen == ["index"]


def test_blueprint_endpoint_decorator_names_an_app_endpoint(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__)
    bp.endpoint("shop.hello")(lambda: "hello")
    app.add_url_rule("/hello", "shop.hello")
    app.register_blueprint(bp)
    assert app.test_client().get("/hello").text == "hello"


def test_iter_blueprints_is_in_registration_order(impl):
    app = impl.Flask(__name__)
    first, second = impl.Blueprint("b", __name__), impl.Blueprint("a", __name__)
    app.register_blueprint(first)
    app.register_blueprint(second)
    assert list(app.iter_blueprints()) == [first, second]


def test_request_blueprint_is_none_outside_blueprints(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "index", lambda: repr((impl.request.blueprint, impl.request.blueprints)))
    assert app.test_client().get("/").text == "(None, [])"


def test_blueprint_static_url_path_defaults_to_folder_name(impl):
    bp = impl.Blueprint("shop", __name__, static_folder="assets")
    assert (bp.static_url_path, bp.has_static_folder) == ("/assets", True)


def test_setup_state_add_url_rule_merges_rule_defaults(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__, url_defaults={"a": 1})
    bp.add_url_rule("/x", "x", lambda a, b: f"{a}{b}", defaults={"b": 2})
    app.register_blueprint(bp)
    assert app.test_client().get("/x").text == "12"
