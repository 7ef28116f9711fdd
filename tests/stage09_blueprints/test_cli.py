"""The command line on click: ``app.cli``, ``with_appcontext``, ``FlaskGroup``, app discovery
and the built-in commands, against Flask's ``flask.cli`` (Flask 3.1.3)."""

from __future__ import annotations

import os
import subprocess
import sys
import types

import click
import pytest
from click.testing import CliRunner


def module_with(name, **attributes):
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    return module


def test_app_cli_command_runs_in_app_context(impl):
    app = impl.Flask("cli_app")

    @app.cli.command()
    def hello():
        click.echo(f"hello from {impl.current_app.name}")

    result = app.test_cli_runner().invoke(args=["hello"])
    assert result.output == "hello from cli_app\n"


def test_app_cli_command_without_app_context_when_asked(impl):
    app = impl.Flask("cli_app")

    @app.cli.command(with_appcontext=False)
    def plain():
        click.echo(str(impl.has_app_context()))

    assert app.test_cli_runner().invoke(args=["plain"]).output == "False\n"


def test_with_appcontext_loads_the_app_from_script_info(impl):
    app = impl.Flask("cli_app")

    @click.command()
    @impl.cli.with_appcontext
    def which():
        click.echo(impl.current_app.name)

    obj = impl.cli.ScriptInfo(create_app=lambda: app)
    assert CliRunner().invoke(which, obj=obj).output == "cli_app\n"


def test_app_cli_group_defaults_to_app_group(impl):
    app = impl.Flask("cli_app")

    @app.cli.group()
    def db():
        pass

    assert isinstance(db, impl.cli.AppGroup)


def test_flask_group_offers_builtins_and_app_commands(impl):
    app = impl.Flask("cli_app")
    app.cli.command("seed")(lambda: None)
    group = impl.cli.FlaskGroup(create_app=lambda: app)
    result = CliRunner().invoke(group, ["--help"])
    assert all(name in result.output for name in ("routes", "run", "shell", "seed"))


def test_flask_group_params_reach_app_command(impl):
    app = impl.Flask("cli_app")

    @app.cli.command()
    @click.argument("name")
    def greet(name):
        click.echo(f"hi {name} in {impl.current_app.name}")

    group = impl.cli.FlaskGroup(create_app=lambda: app)
    assert CliRunner().invoke(group, ["greet", "ann"]).output == "hi ann in cli_app\n"


def routes_app(impl):
    app = impl.Flask("cli_app", static_folder=None)
    app.add_url_rule("/zzz", "aaa_first", lambda: "", methods=["GET", "POST"])
    app.add_url_rule("/aaa", "zzz_last", lambda: "")
    return app


@pytest.mark.parametrize("sort", ["endpoint", "rule", "methods", "match"])
def test_routes_command_lists_rules_like_flask(impl, sort):
    group = impl.cli.FlaskGroup(create_app=lambda: routes_app(impl))
    result = CliRunner().invoke(group, ["routes", "--sort", sort])
    assert (
        result.output.splitlines()
        == {
            "endpoint": [
                "Endpoint   Methods    Rule",
                "---------  ---------  ----",
                "aaa_first  GET, POST  /zzz",
                "zzz_last   GET        /aaa",
            ],
            "rule": [
                "Endpoint   Methods    Rule",
                "---------  ---------  ----",
                "zzz_last   GET        /aaa",
                "aaa_first  GET, POST  /zzz",
            ],
            "methods": [
                "Endpoint   Methods    Rule",
                "---------  ---------  ----",
                "zzz_last   GET        /aaa",
                "aaa_first  GET, POST  /zzz",
            ],
            "match": [
                "Endpoint   Methods    Rule",
                "---------  ---------  ----",
                "aaa_first  GET, POST  /zzz",
                "zzz_last   GET        /aaa",
            ],
        }[sort]
    )


def test_routes_command_all_methods_shows_head_and_options(impl):
    group = impl.cli.FlaskGroup(create_app=lambda: routes_app(impl))
    output = CliRunner().invoke(group, ["routes", "--all-methods"]).output
    assert "GET, HEAD, OPTIONS, POST" in output


def test_routes_command_without_rules_says_so(impl):
    group = impl.cli.FlaskGroup(create_app=lambda: impl.Flask("cli_app", static_folder=None))
    assert CliRunner().invoke(group, ["routes"]).output == "No routes were registered.\n"


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ({"app": "APP"}, "APP"),
        ({"application": "APP"}, "APP"),
        ({"only_one": "APP"}, "APP"),
        ({"create_app": "FACTORY"}, "MADE"),
        ({"make_app": "FACTORY"}, "MADE"),
    ],
    ids=["app", "application", "only-instance", "create_app", "make_app"],
)
def test_find_best_app_follows_flasks_rules(impl, attributes, expected):
    made = impl.Flask("made")
    app = impl.Flask("named")
    values = {"APP": app, "FACTORY": lambda: made}
    module = module_with("cli_module", **{k: values[v] for k, v in attributes.items()})
    assert impl.cli.find_best_app(module) is {"APP": app, "MADE": made}[expected]


@pytest.mark.parametrize(
    "attributes",
    [{}, {"one": "APP", "two": "APP2"}, {"create_app": "NEEDS_ARGS"}],
    ids=["nothing", "two-apps", "factory-needs-args"],
)
def test_find_best_app_refuses_to_guess(impl, attributes):
    values = {
        "APP": impl.Flask("a"),
        "APP2": impl.Flask("b"),
        "NEEDS_ARGS": lambda config: impl.Flask("c"),
    }
    module = module_with("cli_module", **{k: values[v] for k, v in attributes.items()})
    with pytest.raises(impl.cli.NoAppException):
        impl.cli.find_best_app(module)


@pytest.mark.parametrize(
    ("text", "expected_name"),
    [("shop", "shop"), ("factory('x')", "x"), ("factory(name='y')", "y")],
    ids=["variable", "factory-positional", "factory-keyword"],
)
def test_find_app_by_string(impl, text, expected_name):
    module = module_with(
        "cli_module", shop=impl.Flask("shop"), factory=lambda name: impl.Flask(name)
    )
    assert impl.cli.find_app_by_string(module, text).name == expected_name


@pytest.mark.parametrize(
    "text",
    ["missing", "factory(", "factory(x)", "factory()"],
    ids=["absent", "syntax", "not-literal", "not-an-app"],
)
def test_find_app_by_string_rejects_bad_names(impl, text):
    module = module_with("cli_module", shop=impl.Flask("shop"), factory=lambda name: None)
    with pytest.raises(impl.cli.NoAppException):
        impl.cli.find_app_by_string(module, text)


def test_script_info_loads_module_colon_factory(impl, tmp_path, monkeypatch):
    package = "stage09_blueprints" if impl.__name__ == "stage09_blueprints" else "flask"
    (tmp_path / "cli_factory_app.py").write_text(
        f"from {package} import Flask\ndef create(name):\n    return Flask(name)\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    info = impl.cli.ScriptInfo(app_import_path="cli_factory_app:create('made')")
    app = info.load_app()
    sys.modules.pop("cli_factory_app", None)
    assert (app.name, info.load_app() is app) == ("made", True)


def test_script_info_without_app_raises_no_app_exception(impl, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(impl.cli.NoAppException):
        impl.cli.ScriptInfo().load_app()


def test_shell_context_contains_app_g_and_processors(impl):
    app = impl.Flask("cli_app")
    app.shell_context_processor(lambda: {"answer": 42})
    with app.app_context():
        context = app.make_shell_context()
    assert (context["app"], context["answer"], "g" in context) == (app, 42, True)


def test_blueprint_commands_go_in_a_group_named_after_it(impl):
    app = impl.Flask("cli_app")
    bp = impl.Blueprint("shop", __name__)
    bp.cli.command("restock")(lambda: click.echo("restocked"))
    app.register_blueprint(bp)
    assert app.test_cli_runner().invoke(args=["shop", "restock"]).output == "restocked\n"


@pytest.mark.parametrize(
    ("cli_group", "args"),
    [(None, ["restock"]), ("stock", ["stock", "restock"])],
    ids=["top-level", "renamed-group"],
)
def test_blueprint_cli_group_option(impl, cli_group, args):
    app = impl.Flask("cli_app")
    bp = impl.Blueprint("shop", __name__, cli_group=cli_group)
    bp.cli.command("restock")(lambda: click.echo("restocked"))
    app.register_blueprint(bp)
    assert app.test_cli_runner().invoke(args=args).output == "restocked\n"


def test_module_command_lists_the_capstone_routes():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "stage09_blueprints",
            "--app",
            "stage09_blueprints.capstone",
            "routes",
        ],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert (result.returncode, "auth.login" in result.stdout) == (0, True)


@pytest.mark.parametrize(
    ("argv", "is_demo"),
    [
        ([], True),
        (["--port", "8080"], True),
        (["--host=0.0.0.0"], True),
        (["routes"], False),
        (["--app", "x", "run"], False),
    ],
    ids=["no-args", "port", "host-equals", "command", "app-option"],
)
def test_main_tells_demo_from_command(argv, is_demo):
    from stage09_blueprints.__main__ import is_demo_invocation

    assert is_demo_invocation(argv) is is_demo


def test_load_dotenv_without_python_dotenv_loads_nothing_and_says_so(
    impl, tmp_path, monkeypatch, capsys
):
    monkeypatch.setitem(sys.modules, "dotenv", None)
    (tmp_path / ".env").write_text("STAGE9_DOTENV_PROBE=1\n")
    monkeypatch.chdir(tmp_path)
    loaded = impl.cli.load_dotenv()
    assert (loaded, "STAGE9_DOTENV_PROBE" in os.environ) == (False, False)
    assert "Install python-dotenv" in capsys.readouterr().err


def test_env_file_option_needs_python_dotenv(impl, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dotenv", None)
    env_file = tmp_path / "settings.env"
    env_file.write_text("A=1\n")
    group = impl.cli.FlaskGroup(create_app=lambda: impl.Flask("cli_app"))
    result = CliRunner().invoke(group, ["--env-file", str(env_file), "routes"])
    assert (result.exit_code, "python-dotenv must be installed" in result.output) == (2, True)
