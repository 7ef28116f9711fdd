"""Routing contract: ``route`` and friends, endpoints, methods, OPTIONS, 404/405, redirects.

Mirrors ``Scaffold.route``/``add_url_rule`` (flask/sansio/scaffold.py, flask/sansio/app.py)
and ``Flask.dispatch_request`` (flask/app.py), Flask 3.1.3.
"""

from __future__ import annotations

import uuid

import pytest

SHORTCUTS = ["get", "post", "put", "patch", "delete"]


def allow_set(response) -> set[str]:
    """``"GET, HEAD, OPTIONS"`` -> a set: the order of ``Allow`` is not part of the contract."""
    return {method.strip() for method in response.headers["Allow"].split(",")}


def index() -> str:
    return "index"


def own_rules(app) -> list:
    """The app's rules without Flask's ``static`` route (static files arrive in stage 8)."""
    return [rule for rule in app.url_map.iter_rules() if rule.endpoint != "static"]


def test_route_serves_view_return_value(app, client):
    app.route("/")(index)
    response = client.get("/")
    assert (response.status_code, response.data) == (200, b"index")


def test_route_returns_function_unchanged(app):
    assert app.route("/")(index) is index


@pytest.mark.parametrize("method", SHORTCUTS, ids=SHORTCUTS)
def test_method_shortcut_serves_its_method(app, client, method):
    getattr(app, method)("/item")(index)
    response = client.open("/item", method=method.upper())
    assert response.status_code == 200


@pytest.mark.parametrize("method", SHORTCUTS, ids=SHORTCUTS)
def test_method_shortcut_answers_405_for_another_method(app, client, method):
    getattr(app, method)("/item")(index)
    other = "POST" if method == "get" else "GET"
    assert client.open("/item", method=other).status_code == 405


@pytest.mark.parametrize("method", SHORTCUTS, ids=SHORTCUTS)
def test_method_shortcut_raises_type_error_when_methods_given(app, method):
    with pytest.raises(TypeError, match="route"):
        getattr(app, method)("/item", methods=["GET"])


def test_add_url_rule_endpoint_defaults_to_function_name(app):
    app.add_url_rule("/", view_func=index)
    assert app.view_functions["index"] is index
    assert [rule.endpoint for rule in own_rules(app)] == ["index"]


def test_add_url_rule_uses_given_endpoint(app, client):
    app.add_url_rule("/", "home", index)
    assert app.view_functions["home"] is index
    assert client.get("/").data == b"index"


def test_route_uses_endpoint_option(app):
    app.route("/", endpoint="home")(index)
    assert [rule.endpoint for rule in own_rules(app)] == ["home"]


def test_route_methods_default_to_get_with_head_and_options(app):
    app.route("/")(index)
    assert {rule.rule: rule.methods for rule in own_rules(app)} == {"/": {"GET", "HEAD", "OPTIONS"}}


def test_route_methods_are_upper_cased(app):
    app.route("/", methods=["get", "Post"])(index)
    (rule,) = own_rules(app)
    assert rule.methods == {"GET", "HEAD", "POST", "OPTIONS"}


def test_route_answers_head_without_body(app, client):
    app.route("/")(index)
    response = client.head("/")
    assert (response.status_code, response.data) == (200, b"")


def test_route_raises_type_error_when_methods_is_a_string(app):
    with pytest.raises(TypeError, match="list of strings"):
        app.route("/", methods="POST")(index)


def test_add_url_rule_raises_assertion_error_when_endpoint_is_overwritten(app):
    def other() -> str:
        return "other"

    app.add_url_rule("/", "same", index)
    with pytest.raises(AssertionError, match="overwriting an existing endpoint function: same"):
        app.add_url_rule("/other", "same", other)


def test_add_url_rule_accepts_same_function_twice(app, client):
    app.add_url_rule("/", view_func=index)
    app.add_url_rule("/again", view_func=index)
    assert (client.get("/").data, client.get("/again").data) == (b"index", b"index")


def test_add_url_rule_accepts_rule_without_view_function(app, client):
    app.add_url_rule("/", "later")
    app.endpoint("later")(index)
    assert client.get("/").data == b"index"


@pytest.mark.parametrize(
    ("methods", "allowed"),
    [
        (None, {"GET", "HEAD", "OPTIONS"}),
        (["POST"], {"POST", "OPTIONS"}),
        (["GET", "PUT"], {"GET", "HEAD", "PUT", "OPTIONS"}),
    ],
    ids=["default", "post", "get-put"],
)
def test_automatic_options_lists_allowed_methods(app, client, methods, allowed):
    app.route("/", methods=methods)(index)
    response = client.options("/")
    assert (response.status_code, response.data, allow_set(response)) == (200, b"", allowed)


def test_automatic_options_lists_methods_of_every_rule_for_url(app, client):
    app.route("/", methods=["GET"])(index)
    app.route("/", methods=["DELETE"], endpoint="remove")(index)
    assert allow_set(client.options("/")) == {"GET", "HEAD", "DELETE", "OPTIONS"}


def test_automatic_options_is_off_when_provide_automatic_options_false(app, client):
    app.route("/", provide_automatic_options=False)(index)
    (rule,) = own_rules(app)
    assert "OPTIONS" not in rule.methods
    assert client.options("/").status_code == 405


def test_automatic_options_is_off_when_config_disables_it(app, client):
    app.config["PROVIDE_AUTOMATIC_OPTIONS"] = False
    app.route("/")(index)
    assert client.options("/").status_code == 405


def test_automatic_options_is_off_when_view_function_says_so(app, client):
    def index_without_options() -> str:
        return "index"

    index_without_options.provide_automatic_options = False  # type: ignore[attr-defined]
    app.add_url_rule("/", view_func=index_without_options)
    assert client.options("/").status_code == 405


def test_options_reaches_view_when_listed_in_methods(impl, app, client):
    @app.route("/", methods=["GET", "OPTIONS"])
    def both() -> str:
        return f"view saw {impl.request.method}"

    assert client.options("/").data == b"view saw OPTIONS"


def test_unknown_url_answers_404(app, client):
    app.route("/")(index)
    response = client.get("/missing")
    assert (response.status_code, b"Not Found" in response.data) == (404, True)


def test_wrong_method_answers_405_with_allow_header(app, client):
    app.route("/", methods=["POST"])(index)
    response = client.get("/")
    assert (response.status_code, allow_set(response)) == (405, {"POST", "OPTIONS"})


def test_missing_trailing_slash_redirects_with_308(app, client):
    app.route("/folder/")(index)
    response = client.get("/folder?page=2")
    assert (response.status_code, response.headers["Location"]) == (
        308,
        "http://localhost/folder/?page=2",
    )


def test_trailing_slash_answers_404_when_rule_has_none(app, client):
    app.route("/file")(index)
    assert client.get("/file/").status_code == 404


def test_strict_slashes_false_serves_both_forms(app, client):
    app.route("/file", strict_slashes=False)(index)
    assert (client.get("/file").status_code, client.get("/file/").status_code) == (200, 200)


ITEM_ID = uuid.UUID("12345678-1234-5678-1234-567812345678")


CONVERTED = {
    "default": ("/<name>", "/ann", {"name": "ann"}),
    "string": ("/<string:name>", "/b%C3%A9a", {"name": "béa"}),
    "int": ("/<int:value>", "/42", {"value": 42}),
    "float": ("/<float:value>", "/1.5", {"value": 1.5}),
    "path": ("/<path:value>", "/a/b/c", {"value": "a/b/c"}),
    "uuid": ("/<uuid:value>", f"/{ITEM_ID}", {"value": ITEM_ID}),
    "any": ("/<any(red, blue):value>", "/blue", {"value": "blue"}),
    "two": ("/<int:year>/<slug>", "/2024/news", {"year": 2024, "slug": "news"}),
}


@pytest.mark.parametrize(("rule", "path", "view_args"), CONVERTED.values(), ids=CONVERTED.keys())
def test_converter_value_reaches_view(app, client, rule, path, view_args):
    seen = []

    @app.route(rule)
    def show(**kwargs: object) -> str:
        seen.append(kwargs)
        return "ok"

    assert client.get(path).status_code == 200
    assert seen == [view_args]


def test_converter_mismatch_answers_404(app, client):
    app.route("/<int:value>")(lambda value: "ok")
    assert client.get("/abc").status_code == 404


def test_url_map_holds_rule_with_endpoint(app):
    app.route("/users/<int:user_id>")(index)
    assert [(rule.rule, rule.endpoint) for rule in own_rules(app)] == [
        ("/users/<int:user_id>", "index")
    ]


def test_view_functions_maps_endpoint_to_function(app):
    app.route("/")(index)
    assert app.view_functions["index"] is index


def test_url_rule_class_is_used_for_new_rules(app):
    class TaggedRule(app.url_rule_class):
        tagged = True

    app.url_rule_class = TaggedRule
    app.route("/")(index)
    (rule,) = own_rules(app)
    assert rule.tagged


SETUP_METHODS = {
    "add_url_rule": lambda app: app.add_url_rule("/late", view_func=index),
    "route": lambda app: app.route("/late")(index),
    "before_request": lambda app: app.before_request(index),
    "after_request": lambda app: app.after_request(index),
    "teardown_request": lambda app: app.teardown_request(index),
    "errorhandler": lambda app: app.errorhandler(404)(index),
    "register_error_handler": lambda app: app.register_error_handler(404, index),
}


@pytest.mark.parametrize("register", SETUP_METHODS.values(), ids=SETUP_METHODS.keys())
def test_setup_method_raises_assertion_error_after_first_request(app, client, register):
    app.route("/")(index)
    client.get("/")
    with pytest.raises(AssertionError, match="can no longer be called on the application"):
        register(app)


def test_setup_method_works_before_first_request(app, client):
    app.route("/")(index)
    app.route("/more")(lambda: "more")
    assert client.get("/more").data == b"more"


def test_explicit_provide_automatic_options_does_not_add_options_method(app, client):
    app.route("/", provide_automatic_options=True)(index)
    (rule,) = own_rules(app)
    assert (rule.methods, client.options("/").status_code) == ({"GET", "HEAD"}, 405)


def test_explicit_provide_automatic_options_answers_options_listed_in_methods(impl, app, client):
    @app.route("/", methods=["GET", "OPTIONS"], provide_automatic_options=True)
    def both() -> str:
        return "view"

    response = client.options("/")
    assert (response.data, allow_set(response)) == (b"", {"GET", "HEAD", "OPTIONS"})


def subdomain_app(impl, subdomain_matching: bool):
    """``/`` on the bare server name, ``/`` with ``subdomain="<user>"`` for any subdomain."""
    app = impl.Flask("contract_app", subdomain_matching=subdomain_matching)
    app.config["SERVER_NAME"] = "example.test:3000"
    app.route("/")(lambda: "bare")
    app.route("/", subdomain="<user>", endpoint="user")(lambda user: f"user {user}")
    return app


@pytest.mark.parametrize(
    ("host", "body"),
    [("example.test:3000", "bare"), ("ann.example.test:3000", "user ann")],
    ids=["server-name", "subdomain"],
)
def test_subdomain_matching_routes_by_subdomain(impl, host, body):
    client = subdomain_app(impl, subdomain_matching=True).test_client()
    assert client.get("/", f"http://{host}/").text == body


def test_subdomain_matching_off_sends_every_subdomain_to_plain_rules(impl):
    client = subdomain_app(impl, subdomain_matching=False).test_client()
    assert client.get("/", "http://www.example.test:3000/").text == "bare"


def test_subdomain_matching_off_by_default(impl):
    assert impl.Flask("contract_app").subdomain_matching is False
