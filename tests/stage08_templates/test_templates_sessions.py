"""Stage 7 in every template: ``session`` and ``get_flashed_messages``, ours and Flask's."""

from __future__ import annotations

from types import ModuleType
from typing import Any


def test_template_sees_session(impl: ModuleType, app: Any) -> None:
    app.secret_key = "k"

    @app.route("/")
    def index() -> str:
        impl.session["user"] = "ann"
        return impl.render_template_string("{{ session.user }}")

    assert app.test_client().get("/").text == "ann"


def test_template_reads_flashed_messages(impl: ModuleType, app: Any) -> None:
    app.secret_key = "k"
    app.add_url_rule("/set", "set", lambda: impl.flash("saved", "ok") or "")
    source = (
        "{% for c, m in get_flashed_messages(with_categories=true) %}{{ c }}:{{ m }}{% endfor %}"
    )
    app.add_url_rule("/show", "show", lambda: impl.render_template_string(source))
    client = app.test_client()
    client.get("/set")
    assert client.get("/show").text == "ok:saved"


def test_imported_macro_sees_session_global(impl: ModuleType, app: Any) -> None:
    app.secret_key = "k"

    @app.route("/")
    def index() -> str:
        impl.session["n"] = 3
        macro = "{% macro show() %}{{ session.n }}{% endmacro %}"
        module = app.jinja_env.from_string(macro).make_module()  # no caller context: globals only
        return str(module.show())

    assert app.test_client().get("/").text == "3"


def test_template_session_without_secret_key_is_null_session(impl: ModuleType, app: Any) -> None:
    source = "{{ session.get('x', 'empty') }}"
    app.add_url_rule("/", "i", lambda: impl.render_template_string(source))
    assert app.test_client().get("/").text == "empty"
