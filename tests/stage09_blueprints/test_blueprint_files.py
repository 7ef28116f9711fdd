"""A blueprint's templates, static files and template helpers (flask/blueprints.py,
flask/templating.py), and the render signals, against Flask 3.1.3."""

from __future__ import annotations

import pytest


@pytest.fixture
def shop_folder(tmp_path):
    """A blueprint package: ``templates/shop/cart.html`` and ``static/logo.txt``."""
    (tmp_path / "templates" / "shop").mkdir(parents=True)
    (tmp_path / "templates" / "shop" / "cart.html").write_text("cart of {{ user }}")
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "logo.txt").write_text("LOGO")
    return tmp_path


def shop_blueprint(impl, folder, **options):
    return impl.Blueprint(
        "shop",
        __name__,
        root_path=str(folder),
        template_folder="templates",
        static_folder="static",
        **options,
    )


def test_blueprint_template_folder_joins_the_app_loader(impl, shop_folder):
    app = impl.Flask(__name__)
    bp = shop_blueprint(impl, shop_folder)
    bp.add_url_rule("/cart", "cart", lambda: impl.render_template("shop/cart.html", user="ann"))
    app.register_blueprint(bp)
    assert app.test_client().get("/cart").text == "cart of ann"


def test_app_template_overrides_blueprint_template(impl, shop_folder, tmp_path_factory):
    app_folder = tmp_path_factory.mktemp("app")
    (app_folder / "templates" / "shop").mkdir(parents=True)
    (app_folder / "templates" / "shop" / "cart.html").write_text("the app's cart")
    app = impl.Flask(__name__, root_path=str(app_folder))
    bp = shop_blueprint(impl, shop_folder)
    bp.add_url_rule("/cart", "cart", lambda: impl.render_template("shop/cart.html"))
    app.register_blueprint(bp)
    assert app.test_client().get("/cart").text == "the app's cart"


def test_blueprint_static_files_are_served_under_its_prefix(impl, shop_folder):
    app = impl.Flask(__name__)
    app.register_blueprint(shop_blueprint(impl, shop_folder, url_prefix="/shop"))
    response = app.test_client().get("/shop/static/logo.txt")
    assert (response.status_code, response.data) == (200, b"LOGO")
    response.close()


def test_blueprint_static_url_is_built_with_its_endpoint(impl, shop_folder):
    app = impl.Flask(__name__)
    app.register_blueprint(shop_blueprint(impl, shop_folder, url_prefix="/shop"))
    with app.test_request_context():
        assert impl.url_for("shop.static", filename="logo.txt") == "/shop/static/logo.txt"


def test_blueprint_static_file_outside_folder_is_404(impl, shop_folder):
    app = impl.Flask(__name__)
    app.register_blueprint(shop_blueprint(impl, shop_folder, url_prefix="/shop"))
    assert app.test_client().get("/shop/static/../templates/shop/cart.html").status_code == 404


def test_blueprint_context_processor_reaches_its_templates_only(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__)
    bp.context_processor(lambda: {"where": "in the shop"})
    bp.add_url_rule("/in", "inside", lambda: impl.render_template_string("{{ where }}"))
    app.add_url_rule("/out", "outside", lambda: impl.render_template_string("{{ where }}"))
    app.register_blueprint(bp)
    client = app.test_client()
    assert (client.get("/in").text, client.get("/out").text) == ("in the shop", "")


def test_blueprint_app_context_processor_reaches_every_template(impl):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__)
    bp.app_context_processor(lambda: {"site": "Shop & Co"})
    app.add_url_rule("/", "index", lambda: impl.render_template_string("{{ site }}"))
    app.register_blueprint(bp)
    assert app.test_client().get("/").text == "Shop &amp; Co"


@pytest.mark.parametrize(
    ("register", "source", "expected"),
    [
        (lambda bp: bp.add_app_template_filter(str.upper, "shout"), "{{ 'hi'|shout }}", "HI"),
        (
            lambda bp: bp.add_app_template_test(str.isdigit, "number"),
            "{{ '42' is number }}",
            "True",
        ),
        (lambda bp: bp.add_app_template_global(lambda: "g!", "bang"), "{{ bang() }}", "g!"),
    ],
    ids=["filter", "test", "global"],
)
def test_blueprint_app_template_helpers(impl, register, source, expected):
    app = impl.Flask(__name__)
    bp = impl.Blueprint("shop", __name__)
    register(bp)
    app.add_url_rule("/", "index", lambda: impl.render_template_string(source))
    app.register_blueprint(bp)
    assert app.test_client().get("/").text == expected


def test_render_signals_carry_template_and_context(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "index", lambda: impl.render_template_string("{{ n }}", n=1))
    seen = []

    def before(sender, template, context):
        seen.append(("before", context["n"]))

    def after(sender, template, context):
        seen.append(("after", context["n"]))

    with (
        impl.before_render_template.connected_to(before, app),
        impl.template_rendered.connected_to(after, app),
    ):
        app.test_client().get("/")
    assert seen == [("before", 1), ("after", 1)]


def test_explain_template_loading_names_app_and_blueprint(impl, shop_folder, caplog):
    app = impl.Flask("explain_app")
    app.config["EXPLAIN_TEMPLATE_LOADING"] = True
    app.testing = True
    bp = shop_blueprint(impl, shop_folder)
    bp.add_url_rule("/", "index", lambda: impl.render_template("nowhere.html"))
    app.register_blueprint(bp)
    with caplog.at_level("INFO", logger="explain_app"), pytest.raises(Exception, match="nowhere"):
        app.test_client().get("/")
    text = caplog.text
    assert "trying loader of application 'explain_app'" in text
    assert "trying loader of blueprint 'shop'" in text
    assert "Error: the template could not be found." in text
