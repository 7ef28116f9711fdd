"""Templates on ours and on Flask: the same app, the same rendered bytes.

Mirrors flask/templating.py and the template half of flask/sansio/app.py (Flask 3.1.3).
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Any

import jinja2
import pytest


def rendered(app: Any, view: Any, path: str = "/") -> str:
    """What a route running ``view`` answers, as text."""
    app.add_url_rule(path, "view", view)
    return app.test_client().get(path).get_data(as_text=True)


def test_render_template_extends_layout(impl: ModuleType, app: Any) -> None:
    text = rendered(app, lambda: impl.render_template("hello.html", name="ann"))
    assert text == "<title>Hi</title><p>Hello ann!</p>"


def test_render_template_runs_loop(impl: ModuleType, app: Any) -> None:
    text = rendered(app, lambda: impl.render_template("list.html", items=["a", "b"]))
    assert text == "<ul><li>a</li><li>b</li></ul>"


def test_render_template_finds_template_in_subfolder(impl: ModuleType, app: Any) -> None:
    assert rendered(app, lambda: impl.render_template("nested/deep.html", name="x")) == "deep x"


def test_render_template_takes_first_existing_of_list(impl: ModuleType, app: Any) -> None:
    text = rendered(app, lambda: impl.render_template(["missing.html", "plain.txt"], name="b"))
    assert text == "Hello b!"


def test_render_template_missing_raises_template_not_found(impl: ModuleType, app: Any) -> None:
    with app.test_request_context(), pytest.raises(jinja2.TemplateNotFound):
        impl.render_template("missing.html")


def test_render_template_string_renders_source(impl: ModuleType, app: Any) -> None:
    assert rendered(app, lambda: impl.render_template_string("{{ 1 + 2 }}!")) == "3!"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("hello.html", "<title>Hi</title><p>Hello &lt;b&gt;!</p>"),
        ("page.svg", "<svg>&lt;b&gt;</svg>"),
        ("plain.txt", "Hello <b>!"),
    ],
    ids=["html-escaped", "svg-escaped", "txt-raw"],
)
def test_render_template_autoescapes_by_extension(
    impl: ModuleType, app: Any, template: str, expected: str
) -> None:
    assert rendered(app, lambda: impl.render_template(template, name="<b>")) == expected


def test_render_template_string_autoescapes(impl: ModuleType, app: Any) -> None:
    text = rendered(app, lambda: impl.render_template_string("{{ v }}", v="<i>"))
    assert text == "&lt;i&gt;"


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("a.html", True),
        ("a.htm", True),
        ("a.xml", True),
        ("a.xhtml", True),
        ("a.svg", True),
        ("a.txt", False),
        ("a.js", False),
        (None, True),
    ],
    ids=["html", "htm", "xml", "xhtml", "svg", "txt", "js", "from-string"],
)
def test_select_jinja_autoescape_by_filename(
    app: Any, filename: str | None, expected: bool
) -> None:
    assert app.select_jinja_autoescape(filename) is expected


def test_template_sees_request_g_and_config(impl: ModuleType, app: Any) -> None:
    def view() -> str:
        impl.g.who = "ann"
        return impl.render_template("context.html")

    assert rendered(app, view, "/ctx") == "/ctx|ann|Demo"


def test_template_url_for_builds_static_url(impl: ModuleType, app: Any) -> None:
    source = "{{ url_for('static', filename='app.css') }}"
    assert rendered(app, lambda: impl.render_template_string(source)) == "/static/app.css"


def test_context_processor_adds_values(impl: ModuleType, app: Any) -> None:
    app.context_processor(lambda: {"site": "Shop"})
    assert rendered(app, lambda: impl.render_template_string("{{ site }}")) == "Shop"


def test_context_processor_loses_to_view_value(impl: ModuleType, app: Any) -> None:
    app.context_processor(lambda: {"site": "Shop"})
    assert rendered(app, lambda: impl.render_template_string("{{ site }}", site="Mine")) == "Mine"


def test_context_processor_returns_decorated_function(app: Any) -> None:
    def processor() -> dict[str, Any]:
        return {}

    assert app.context_processor(processor) is processor


def test_render_template_outside_request_sees_g(impl: ModuleType, app: Any) -> None:
    with app.app_context():
        impl.g.job = "nightly"
        assert impl.render_template_string("{{ g.job }}") == "nightly"


def test_template_filter_decorator_registers_filter(impl: ModuleType, app: Any) -> None:
    app.template_filter("shout")(lambda s: s.upper() + "!")
    assert rendered(app, lambda: impl.render_template_string("{{ 'hi'|shout }}")) == "HI!"


def test_add_template_filter_uses_function_name(impl: ModuleType, app: Any) -> None:
    def reverse(s: str) -> str:
        return s[::-1]

    app.add_template_filter(reverse)
    assert rendered(app, lambda: impl.render_template_string("{{ 'abc'|reverse }}")) == "cba"


def test_template_test_decorator_registers_test(impl: ModuleType, app: Any) -> None:
    app.template_test("even_length")(lambda s: len(s) % 2 == 0)
    source = "{{ 'ab' is even_length }} {{ 'abc' is even_length }}"
    assert rendered(app, lambda: impl.render_template_string(source)) == "True False"


def test_add_template_test_with_name(impl: ModuleType, app: Any) -> None:
    app.add_template_test(lambda n: n > 9, name="big")
    assert rendered(app, lambda: impl.render_template_string("{{ 10 is big }}")) == "True"


def test_template_global_decorator_registers_global(impl: ModuleType, app: Any) -> None:
    @app.template_global()
    def site_name() -> str:
        return "Shop"

    assert rendered(app, lambda: impl.render_template_string("{{ site_name() }}")) == "Shop"


def test_add_template_global_with_name(impl: ModuleType, app: Any) -> None:
    app.add_template_global(lambda: 7, name="lucky")
    assert rendered(app, lambda: impl.render_template_string("{{ lucky() }}")) == "7"


def test_get_template_attribute_calls_macro(impl: ModuleType, app: Any) -> None:
    with app.app_context():
        assert impl.get_template_attribute("macros.html", "shout")("hey") == "HEY!"


def test_get_template_attribute_reads_variable(impl: ModuleType, app: Any) -> None:
    with app.app_context():
        assert impl.get_template_attribute("macros.html", "answer") == 42


def test_stream_template_yields_pieces(impl: ModuleType, app: Any) -> None:
    with app.app_context():
        pieces = list(impl.stream_template("list.html", items=["a", "b"]))
    assert (len(pieces) > 1, "".join(pieces)) == (True, "<ul><li>a</li><li>b</li></ul>")


def test_stream_template_string_sees_request_while_streaming(impl: ModuleType, app: Any) -> None:
    source = "{% for i in range(3) %}{{ request.path }};{% endfor %}"
    app.add_url_rule("/s", "s", lambda: impl.stream_template_string(source))
    assert app.test_client().get("/s").data == b"/s;/s;/s;"


def test_stream_template_response_is_streamed(impl: ModuleType, app: Any) -> None:
    app.add_url_rule("/s", "s", lambda: impl.stream_template("list.html", items=[1]))
    response = app.test_client().get("/s")
    assert ("Content-Length" in response.headers, response.data) == (False, b"<ul><li>1</li></ul>")


def test_tojson_filter_uses_app_json(impl: ModuleType, app: Any) -> None:
    text = rendered(app, lambda: impl.render_template_string("{{ {'a': '<x>'}|tojson }}"))
    assert text == '{"a": "\\u003cx\\u003e"}'


def test_jinja_env_is_created_once(app: Any) -> None:
    assert app.jinja_env is app.jinja_env


def test_jinja_options_reach_environment(impl: ModuleType, project: Path) -> None:
    class TrimmedFlask(impl.Flask):  # type: ignore[name-defined,misc]
        jinja_options = {"trim_blocks": True}

    app = TrimmedFlask("trimmed", root_path=str(project))
    assert app.jinja_env.trim_blocks is True


def test_jinja_environment_subclass_is_used(impl: ModuleType, project: Path) -> None:
    class ShoutingEnvironment(impl.templating.Environment):  # type: ignore[name-defined,misc]
        """An app-wide Jinja customisation: the extension point a subclass sets."""

    class ShoutingFlask(impl.Flask):  # type: ignore[name-defined,misc]
        jinja_environment = ShoutingEnvironment

    app = ShoutingFlask("shouting", root_path=str(project))
    assert isinstance(app.jinja_env, ShoutingEnvironment)


def test_create_jinja_environment_override_adds_global(impl: ModuleType, project: Path) -> None:
    class BrandedFlask(impl.Flask):  # type: ignore[name-defined,misc]
        def create_jinja_environment(self) -> Any:
            env = super().create_jinja_environment()
            env.globals["brand"] = "ACME"
            return env

    app = BrandedFlask("branded", root_path=str(project))
    app.add_url_rule("/", "i", lambda: impl.render_template_string("{{ brand }}"))
    assert app.test_client().get("/").data == b"ACME"


@pytest.mark.parametrize(
    ("setting", "debug", "expected"),
    [(None, False, False), (None, True, True), (True, False, True), (False, True, False)],
    ids=["default", "follows-debug", "on", "off-in-debug"],
)
def test_templates_auto_reload_setting(
    app: Any, setting: bool | None, debug: bool, expected: bool
) -> None:
    app.config["TEMPLATES_AUTO_RELOAD"] = setting
    app.debug = debug
    assert app.jinja_env.auto_reload is expected


def test_debug_set_later_turns_on_auto_reload(app: Any) -> None:
    assert app.jinja_env.auto_reload is False
    app.debug = True
    assert app.jinja_env.auto_reload is True


@pytest.mark.parametrize("reload", [True, False], ids=["reloads", "keeps-cached"])
def test_templates_auto_reload_picks_up_changed_file(
    impl: ModuleType, tmp_path: Path, reload: bool
) -> None:
    (tmp_path / "templates").mkdir()
    page = tmp_path / "templates" / "page.txt"
    page.write_text("old")
    app = impl.Flask("reloading", root_path=str(tmp_path))
    app.config["TEMPLATES_AUTO_RELOAD"] = reload
    with app.app_context():
        impl.render_template("page.txt")
        page.write_text("new")
        os.utime(page, (1, 2_000_000_000))  # a different mtime, whatever the clock's resolution
        assert impl.render_template("page.txt") == ("new" if reload else "old")


def test_template_folder_argument_changes_folder(impl: ModuleType, project: Path) -> None:
    app = impl.Flask("other", root_path=str(project), template_folder="templates/nested")
    with app.app_context():
        assert impl.render_template("deep.html", name="n") == "deep n"


def test_template_folder_none_finds_nothing(impl: ModuleType, project: Path) -> None:
    app = impl.Flask("none", root_path=str(project), template_folder=None)
    with app.app_context(), pytest.raises(jinja2.TemplateNotFound):
        impl.render_template("hello.html")


def test_jinja_env_lists_templates(app: Any) -> None:
    assert "nested/deep.html" in app.jinja_env.list_templates()


def test_explain_template_loading_logs_attempts(app: Any, caplog: pytest.LogCaptureFixture) -> None:
    app.config["EXPLAIN_TEMPLATE_LOADING"] = True
    with caplog.at_level("INFO"), app.app_context():
        app.jinja_env.get_template("plain.txt")
    assert "plain.txt" in caplog.text


def test_iter_template_loaders_extension_adds_folder(tmp_path: Path, project: Path) -> None:
    """The seam stage 9 uses: one more ``(owner, loader)`` pair, searched after the app's."""
    import stage08_templates

    (tmp_path / "extra.txt").write_text("from the extra folder")

    class ExtraFolderFlask(stage08_templates.Flask):
        def iter_template_loaders(self) -> Any:
            yield from super().iter_template_loaders()
            yield "extra", jinja2.FileSystemLoader(str(tmp_path))

    app = ExtraFolderFlask("extra", root_path=str(project))
    with app.app_context():
        rendered = stage08_templates.render_template("extra.txt")
    assert (rendered, "plain.txt" in app.jinja_env.list_templates()) == (
        "from the extra folder",
        True,
    )
