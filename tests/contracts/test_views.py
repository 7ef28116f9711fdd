"""Class-based view contract: ``views.View.as_view`` and ``views.MethodView``.

Flask exports both only from its ``flask.views`` module, so the tests use ``impl.views``.

Mirrors flask/views.py (Flask 3.1.3).
"""

from __future__ import annotations

import functools

import pytest


def own_methods(app, endpoint: str) -> set[str]:
    """The methods of the one rule registered for ``endpoint``."""
    (rule,) = app.url_map.iter_rules(endpoint)
    return set(rule.methods)


def test_view_as_view_passes_arguments_to_constructor(impl, app, client):
    class Greeting(impl.views.View):
        def __init__(self, word: str, *, mark: str) -> None:
            self.text = f"{word}{mark}"

        def dispatch_request(self) -> str:
            return self.text

    app.add_url_rule("/", view_func=Greeting.as_view("greet", "hello", mark="!"))
    assert client.get("/").data == b"hello!"


def test_view_dispatch_request_receives_url_values(impl, app, client):
    class Show(impl.views.View):
        def dispatch_request(self, item_id: int) -> str:
            return f"item {item_id + 1}"

    app.add_url_rule("/items/<int:item_id>", view_func=Show.as_view("show"))
    assert client.get("/items/41").data == b"item 42"


def test_view_as_view_name_becomes_endpoint(impl, app):
    class Show(impl.views.View):
        def dispatch_request(self) -> str:
            return "show"

    view = Show.as_view("shown")
    app.add_url_rule("/", view_func=view)
    assert (view.__name__, app.view_functions["shown"]) == ("shown", view)


def test_view_as_view_copies_class_doc_and_module(impl):
    class Documented(impl.views.View):
        """Shows things."""

    view = Documented.as_view("documented")
    assert (view.__doc__, view.__module__) == ("Shows things.", __name__)


def test_view_as_view_sets_view_class(impl):
    class Show(impl.views.View):
        pass

    assert Show.as_view("show").view_class is Show


def test_view_methods_attribute_sets_rule_methods(impl, app, client):
    class Submit(impl.views.View):
        methods = ["POST", "PUT"]

        def dispatch_request(self) -> str:
            return impl.request.method

    app.add_url_rule("/", view_func=Submit.as_view("submit"))
    assert own_methods(app, "submit") == {"POST", "PUT", "OPTIONS"}
    assert (client.put("/").data, client.get("/").status_code) == (b"PUT", 405)


def test_view_methods_default_to_get(impl, app):
    class Show(impl.views.View):
        def dispatch_request(self) -> str:
            return "show"

    app.add_url_rule("/", view_func=Show.as_view("show"))
    assert own_methods(app, "show") == {"GET", "HEAD", "OPTIONS"}


def test_view_provide_automatic_options_false_disables_options(impl, app, client):
    class Show(impl.views.View):
        provide_automatic_options = False

        def dispatch_request(self) -> str:
            return "show"

    app.add_url_rule("/", view_func=Show.as_view("show"))
    assert client.options("/").status_code == 405


def test_view_decorators_apply_in_list_order(impl, app, client):
    events: list[str] = []

    def tag(label: str):
        def decorator(view):
            @functools.wraps(view)
            def wrapper(**kwargs):
                events.append(label)
                return view(**kwargs)

            return wrapper

        return decorator

    class Show(impl.views.View):
        decorators = [tag("inner"), tag("outer")]

        def dispatch_request(self) -> str:
            events.append("view")
            return "show"

    app.add_url_rule("/", view_func=Show.as_view("show"))
    client.get("/")
    assert events == ["outer", "inner", "view"]


def test_view_decorated_keeps_name_and_view_class(impl):
    def passthrough(view):
        @functools.wraps(view)
        def wrapper(**kwargs):
            return view(**kwargs)

        return wrapper

    class Show(impl.views.View):
        decorators = [passthrough]

    view = Show.as_view("show")
    assert (view.__name__, view.view_class) == ("show", Show)


@pytest.mark.parametrize(
    ("init_every_request", "distinct"), [(True, 2), (False, 1)], ids=["every", "once"]
)
def test_view_init_every_request_controls_instances(
    impl, app, client, init_every_request, distinct
):
    instances = []

    class Count(impl.views.View):
        def __init__(self) -> None:
            instances.append(self)

        def dispatch_request(self) -> str:
            return str(id(self))

    Count.init_every_request = init_every_request
    app.add_url_rule("/", view_func=Count.as_view("count"))
    bodies = {client.get("/").data, client.get("/").data}
    assert (len(bodies), len(instances)) == (distinct, distinct)


def test_view_without_dispatch_request_raises_not_implemented(impl, app, client):
    class Empty(impl.views.View):
        pass

    app.testing = True
    app.add_url_rule("/", view_func=Empty.as_view("empty"))
    with pytest.raises(NotImplementedError):
        client.get("/")


def test_method_view_methods_inferred_from_handlers(impl):
    class Items(impl.views.MethodView):
        def get(self) -> str:
            return "list"

        def post(self) -> str:
            return "create"

    assert set(Items.methods) == {"GET", "POST"}


def test_method_view_base_has_no_methods(impl):
    assert impl.views.MethodView.methods is None


def test_method_view_methods_inherited_and_extended(impl):
    class Items(impl.views.MethodView):
        def get(self) -> str:
            return "list"

    class EditableItems(Items):
        def delete(self) -> str:
            return "deleted"

    assert (set(Items.methods), set(EditableItems.methods)) == ({"GET"}, {"GET", "DELETE"})


def test_method_view_methods_include_mixin_handlers(impl):
    class PutMixin:
        def put(self) -> str:
            return "put"

    class Item(PutMixin, impl.views.MethodView):
        def get(self) -> str:
            return "get"

    assert set(Item.methods) == {"GET", "PUT"}


def test_method_view_explicit_methods_are_kept(impl):
    class Item(impl.views.MethodView):
        methods = ["GET"]

        def get(self) -> str:
            return "get"

        def post(self) -> str:
            return "post"

    assert Item.methods == ["GET"]


@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_method_view_dispatches_to_handler_of_method(impl, app, client, method):
    class Item(impl.views.MethodView):
        def get(self, item_id: int) -> str:
            return f"get {item_id}"

        def post(self, item_id: int) -> str:
            return f"post {item_id}"

        def delete(self, item_id: int) -> str:
            return f"delete {item_id}"

    app.add_url_rule("/items/<int:item_id>", view_func=Item.as_view("item"))
    assert client.open("/items/3", method=method).data == f"{method.lower()} 3".encode()


def test_method_view_head_falls_back_to_get(impl, app, client):
    calls = []

    class Item(impl.views.MethodView):
        def get(self) -> str:
            calls.append(impl.request.method)
            return "item"

    app.add_url_rule("/", view_func=Item.as_view("item"))
    response = client.head("/")
    assert (response.status_code, response.data, calls) == (200, b"", ["HEAD"])


def test_method_view_answers_405_for_method_without_handler(impl, app, client):
    class Item(impl.views.MethodView):
        def get(self) -> str:
            return "item"

    app.add_url_rule("/", view_func=Item.as_view("item"))
    response = client.post("/")
    assert (response.status_code, response.headers["Allow"].count("POST")) == (405, 0)


def test_method_view_raises_assertion_error_when_routed_method_has_no_handler(impl, app, client):
    class Item(impl.views.MethodView):
        def get(self) -> str:
            return "item"

    app.testing = True
    app.add_url_rule("/", view_func=Item.as_view("item"), methods=["GET", "POST"])
    with pytest.raises(AssertionError, match="Unimplemented method 'POST'"):
        client.post("/")


def test_method_view_rule_methods_come_from_handlers(impl, app):
    class Item(impl.views.MethodView):
        def get(self) -> str:
            return "item"

        def put(self) -> str:
            return "put"

    app.add_url_rule("/", view_func=Item.as_view("item"))
    assert own_methods(app, "item") == {"GET", "HEAD", "PUT", "OPTIONS"}


def test_method_view_options_handler_replaces_automatic_options(impl, app, client):
    class Item(impl.views.MethodView):
        def get(self) -> str:
            return "item"

        def options(self) -> tuple[str, int, dict[str, str]]:
            return "", 204, {"Allow": "GET"}

    app.add_url_rule("/", view_func=Item.as_view("item"))
    response = client.options("/")
    assert (response.status_code, response.headers["Allow"]) == (204, "GET")


@pytest.mark.parametrize("decorated", [False, True], ids=["plain", "decorated"])
def test_view_class_patched_on_view_function_is_used(impl, app, client, decorated):
    class Real(impl.views.View):
        def dispatch_request(self) -> str:
            return "real"

    class Stand(Real):
        def dispatch_request(self) -> str:
            return "stand-in"

    if decorated:
        Real.decorators = [lambda f: functools.wraps(f)(lambda **kw: f(**kw))]
    view = Real.as_view("index")
    view.view_class = Stand  # a test replaces the class the rule calls
    app.add_url_rule("/", view_func=view)
    assert client.get("/").data == b"stand-in"
