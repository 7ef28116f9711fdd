"""``Config``, ``ConfigAttribute``, ``DEFAULT_CONFIG``: the same assertions on ours and Flask's.

Mirrors flask/config.py and ``Flask.default_config`` (Flask 3.1.3).
"""

from __future__ import annotations

import errno
import inspect
import json
import sys
import tomllib
from datetime import timedelta
from types import SimpleNamespace

import flask
import flask.config
import pytest
import werkzeug.utils
from stage05_app import config as our_config

ours = SimpleNamespace(Config=our_config.Config, ConfigAttribute=our_config.ConfigAttribute)
upstream = SimpleNamespace(Config=flask.Config, ConfigAttribute=flask.config.ConfigAttribute)
each_impl = pytest.mark.parametrize("impl", [ours, upstream], ids=["ours", "flask"])

#: Keys of Flask's default_config deliberately left out of DEFAULT_CONFIG, with the reason.
#: Empty: the curriculum keeps every one of Flask 3.1.3's defaults.
LEFT_OUT: dict[str, str] = {}

PREFIX = "CFGTEST"  # a prefix no real environment uses, so the host's FLASK_* cannot leak in
MISSING_HINT = "Unable to load configuration file ("


class AppConfig:  # the origin article's base settings class (it calls it ``Config``)
    DEBUG = False
    TESTING = False
    DATABASE_URI = "sqlite://:memory:"
    helper_value = "lower-case names are scratch values, never settings"


class DevelopmentConfig(AppConfig):
    DEBUG = True


SETTINGS_MODULE = "cfgtest_settings"
SETTINGS_SOURCE = """\
SECRET_KEY = "from module"
lower_case = "ignored"

class Base:
    DEBUG = False
    NAME = "base"

class Development(Base):
    DEBUG = True
"""


@pytest.fixture
def settings_module(tmp_path, monkeypatch):
    """An importable ``cfgtest_settings`` module, forgotten again after the test."""
    (tmp_path / f"{SETTINGS_MODULE}.py").write_text(SETTINGS_SOURCE)
    (tmp_path / "cfgtest_broken.py").write_text("import cfgtest_no_such_module\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield SETTINGS_MODULE
    for name in (SETTINGS_MODULE, "cfgtest_broken"):
        sys.modules.pop(name, None)


# --- construction and repr ---------------------------------------------------------------


@each_impl
def test_config_init_copies_defaults_and_keeps_root_path(impl, tmp_path):
    defaults = {"DEBUG": True}
    config = impl.Config(tmp_path, defaults)
    config["DEBUG"] = False
    assert (config.root_path, dict(config)) == (tmp_path, {"DEBUG": False})
    assert defaults == {"DEBUG": True}


@each_impl
def test_config_init_starts_empty_when_defaults_is_none(impl):
    config = impl.Config("/app")
    assert (isinstance(config, dict), dict(config)) == (True, {})


@each_impl
def test_config_repr_names_the_class_and_shows_the_dict(impl):
    class Settings(impl.Config):
        pass

    assert repr(Settings("/", {"A": 1})) == "<Settings {'A': 1}>"


# --- from_mapping ------------------------------------------------------------------------


@each_impl
def test_config_from_mapping_copies_upper_case_keys_only(impl):
    config = impl.Config("/")
    assert config.from_mapping({"SECRET_KEY": "k", "lower": 1, "Mixed": 2}, TEST_KEY="t") is True
    assert dict(config) == {"SECRET_KEY": "k", "TEST_KEY": "t"}


@each_impl
def test_config_from_mapping_lets_keywords_override_the_mapping(impl):
    config = impl.Config("/")
    config.from_mapping({"KEY": "mapping"}, KEY="keyword")
    assert config["KEY"] == "keyword"


@each_impl
def test_config_from_mapping_rejects_a_second_positional_mapping(impl):
    with pytest.raises(TypeError):
        impl.Config("/").from_mapping({}, {})


# --- from_object -------------------------------------------------------------------------


@each_impl
def test_config_from_object_inherits_values_through_a_settings_class_hierarchy(impl):
    config = impl.Config("/")
    config.from_object(DevelopmentConfig)
    assert dict(config) == {"DEBUG": True, "TESTING": False, "DATABASE_URI": "sqlite://:memory:"}


@each_impl
def test_config_from_object_ignores_lower_case_attributes(impl):
    config = impl.Config("/")
    config.from_object(AppConfig)
    assert "helper_value" not in config and "HELPER_VALUE" not in config


@pytest.mark.usefixtures("settings_module")
@pytest.mark.parametrize(
    ("import_name", "expected"),
    [
        (SETTINGS_MODULE, {"SECRET_KEY": "from module"}),
        (f"{SETTINGS_MODULE}.Development", {"DEBUG": True, "NAME": "base"}),
        (f"{SETTINGS_MODULE}:Development", {"DEBUG": True, "NAME": "base"}),
    ],
    ids=["module", "dotted-class", "colon-class"],
)
@each_impl
def test_config_from_object_imports_an_import_string(impl, import_name, expected):
    config = impl.Config("/")
    config.from_object(import_name)
    assert dict(config) == expected


@each_impl
def test_config_from_object_raises_import_error_for_an_unknown_import_string(impl):
    with pytest.raises(ImportError, match="cfgtest_nowhere.Settings"):
        impl.Config("/").from_object("cfgtest_nowhere.Settings")


# --- import_string (ours against Werkzeug's, which Flask uses) ---------------------------

each_importer = pytest.mark.parametrize(
    "import_string",
    [our_config.import_string, werkzeug.utils.import_string],
    ids=["ours", "werkzeug"],
)


@pytest.mark.parametrize(
    ("import_name", "expected"),
    [("os.path", __import__("os").path), ("os.path.join", __import__("os").path.join),
     ("os.path:join", __import__("os").path.join), ("os:path.join", __import__("os").path.join)],
    ids=["module", "dotted", "colon", "colon-nested"],
)  # fmt: skip
@each_importer
def test_import_string_resolves_modules_and_attributes(import_string, import_name, expected):
    assert import_string(import_name) is expected


@pytest.mark.usefixtures("settings_module")
@pytest.mark.parametrize(
    "import_name",
    ["cfgtest_nowhere", "cfgtest_nowhere.attr", f"{SETTINGS_MODULE}.Missing",
     f"{SETTINGS_MODULE}:Missing", "cfgtest_broken.attr"],
    ids=["no-module", "no-package", "no-attribute", "colon-no-attribute", "broken-module"],
)  # fmt: skip
@each_importer
def test_import_string_raises_import_error_naming_the_string(import_string, import_name):
    with pytest.raises(ImportError) as caught:
        import_string(import_name)
    assert repr(import_name.replace(":", ".")) in str(caught.value).replace(":", ".")


# --- from_pyfile and from_envvar ---------------------------------------------------------


@each_impl
def test_config_from_pyfile_reads_relative_to_root_path(impl, tmp_path):
    (tmp_path / "app.cfg").write_text("SECRET_KEY = 'config'\nlocal = 1\nHERE = __file__\n")
    config = impl.Config(tmp_path)
    assert config.from_pyfile("app.cfg") is True
    assert dict(config) == {"SECRET_KEY": "config", "HERE": str(tmp_path / "app.cfg")}


@each_impl
def test_config_from_pyfile_accepts_an_absolute_path(impl, tmp_path):
    (tmp_path / "abs.cfg").write_text("A = 1\n")
    config = impl.Config("/somewhere/else")
    config.from_pyfile(tmp_path / "abs.cfg")
    assert config["A"] == 1


@each_impl
def test_config_from_pyfile_honours_a_pep263_coding_line(impl, tmp_path):
    (tmp_path / "latin.cfg").write_bytes(
        "# -*- coding: latin-1 -*-\nTEXT = 'föö'\n".encode("latin-1")
    )
    config = impl.Config(tmp_path)
    config.from_pyfile("latin.cfg")
    assert config["TEXT"] == "föö"


@each_impl
def test_config_from_pyfile_raises_with_hint_when_the_file_is_missing(impl, tmp_path):
    with pytest.raises(OSError) as caught:
        impl.Config(tmp_path).from_pyfile("missing.cfg")
    message = str(caught.value)
    assert caught.value.errno == errno.ENOENT
    assert message.startswith(f"[Errno {errno.ENOENT}] {MISSING_HINT}")
    assert message.endswith("missing.cfg'")


@pytest.mark.parametrize(
    "where",
    ["missing.cfg", ".", "a_file/child.cfg"],
    ids=["ENOENT", "EISDIR", "ENOTDIR"],
)
@each_impl
def test_config_from_pyfile_returns_false_when_silent_and_no_file(impl, tmp_path, where):
    (tmp_path / "a_file").write_text("")
    assert impl.Config(tmp_path).from_pyfile(where, silent=True) is False


@each_impl
def test_config_from_pyfile_raises_with_hint_when_the_path_is_a_directory(impl, tmp_path):
    with pytest.raises(IsADirectoryError, match=r"Unable to load configuration file \("):
        impl.Config(tmp_path).from_pyfile(".")


@each_impl
def test_config_from_pyfile_raises_syntax_errors_even_when_silent(impl, tmp_path):
    (tmp_path / "bad.cfg").write_text("DEBUG = = True\n")
    with pytest.raises(SyntaxError):
        impl.Config(tmp_path).from_pyfile("bad.cfg", silent=True)


@each_impl
def test_config_from_envvar_loads_the_file_the_variable_names(impl, tmp_path, monkeypatch):
    (tmp_path / "env.cfg").write_text("SECRET_KEY = 'from env'\n")
    monkeypatch.setenv("CFGTEST_SETTINGS", str(tmp_path / "env.cfg"))
    config = impl.Config("/")
    assert config.from_envvar("CFGTEST_SETTINGS") is True
    assert config["SECRET_KEY"] == "from env"


@pytest.mark.parametrize("value", [None, ""], ids=["unset", "empty"])
@each_impl
def test_config_from_envvar_raises_runtime_error_when_the_variable_is_unset(
    impl, monkeypatch, value
):
    if value is None:
        monkeypatch.delenv("CFGTEST_SETTINGS", raising=False)
    else:
        monkeypatch.setenv("CFGTEST_SETTINGS", value)
    with pytest.raises(RuntimeError, match="'CFGTEST_SETTINGS' is not set"):
        impl.Config("/").from_envvar("CFGTEST_SETTINGS")


@each_impl
def test_config_from_envvar_returns_false_when_silent_and_unset(impl, monkeypatch):
    monkeypatch.delenv("CFGTEST_SETTINGS", raising=False)
    assert impl.Config("/").from_envvar("CFGTEST_SETTINGS", silent=True) is False


@each_impl
def test_config_from_envvar_raises_with_hint_when_the_file_is_missing(impl, tmp_path, monkeypatch):
    monkeypatch.setenv("CFGTEST_SETTINGS", str(tmp_path / "missing.cfg"))
    with pytest.raises(OSError, match=r"^\[Errno 2\] Unable to load configuration file \("):
        impl.Config("/").from_envvar("CFGTEST_SETTINGS")


@each_impl
def test_config_from_envvar_returns_false_when_silent_and_the_file_is_missing(
    impl, tmp_path, monkeypatch
):
    monkeypatch.setenv("CFGTEST_SETTINGS", str(tmp_path / "missing.cfg"))
    assert impl.Config("/").from_envvar("CFGTEST_SETTINGS", silent=True) is False


# --- from_file ---------------------------------------------------------------------------


@each_impl
def test_config_from_file_loads_json_text_upper_case_keys_only(impl, tmp_path):
    (tmp_path / "config.json").write_text('{"SECRET_KEY": "json", "lower": 1}')
    config = impl.Config(tmp_path)
    assert config.from_file("config.json", load=json.load) is True
    assert dict(config) == {"SECRET_KEY": "json"}


@each_impl
def test_config_from_file_opens_binary_when_text_is_false(impl, tmp_path):
    (tmp_path / "config.toml").write_text('SECRET_KEY = "toml"\n')
    config = impl.Config(tmp_path)
    config.from_file("config.toml", load=tomllib.load, text=False)
    assert config["SECRET_KEY"] == "toml"


@each_impl
def test_config_from_file_raises_with_hint_when_the_file_is_missing(impl, tmp_path):
    with pytest.raises(FileNotFoundError) as caught:
        impl.Config(tmp_path).from_file("missing.json", load=json.load)
    assert str(caught.value).startswith(f"[Errno {errno.ENOENT}] {MISSING_HINT}")
    assert str(caught.value).endswith("missing.json'")


@pytest.mark.parametrize("where", ["missing.json", "."], ids=["ENOENT", "EISDIR"])
@each_impl
def test_config_from_file_returns_false_when_silent_and_no_file(impl, tmp_path, where):
    assert impl.Config(tmp_path).from_file(where, load=json.load, silent=True) is False


@each_impl
def test_config_from_file_raises_for_enotdir_even_when_silent(impl, tmp_path):
    # Unlike from_pyfile, Flask's from_file does not list ENOTDIR as "missing".
    (tmp_path / "a_file").write_text("")
    with pytest.raises(NotADirectoryError, match="Unable to load configuration file"):
        impl.Config(tmp_path).from_file("a_file/child.json", load=json.load, silent=True)


# --- from_prefixed_env -------------------------------------------------------------------

DECODED = [
    ("value", "value"), ("true", True), ("1", 1), ("1.2", 1.2), ("[1, 2]", [1, 2]),
    ('{"k": "v"}', {"k": "v"}), ("null", None), ('"quoted"', "quoted"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), DECODED, ids=[raw for raw, _ in DECODED])
@each_impl
def test_config_from_prefixed_env_decodes_json_or_keeps_the_string(
    impl, monkeypatch, raw, expected
):
    monkeypatch.setenv(f"{PREFIX}_VALUE", raw)
    config = impl.Config("/")
    assert config.from_prefixed_env(PREFIX) is True
    assert config["VALUE"] == expected


@each_impl
def test_config_from_prefixed_env_reads_flask_prefix_by_default(impl, monkeypatch):
    monkeypatch.setenv("FLASK_CFGTEST_KEY", '"set"')
    monkeypatch.setenv("NOTFLASK_CFGTEST_OTHER", "1")
    config = impl.Config("/")
    config.from_prefixed_env()
    assert config["CFGTEST_KEY"] == "set" and "CFGTEST_OTHER" not in config


@each_impl
def test_config_from_prefixed_env_requires_the_underscore_after_the_prefix(impl, monkeypatch):
    monkeypatch.setenv(f"{PREFIX}X_KEY", "1")
    config = impl.Config("/")
    config.from_prefixed_env(PREFIX)
    assert "X_KEY" not in config and "_KEY" not in config


@each_impl
def test_config_from_prefixed_env_nests_double_underscore_keys(impl, monkeypatch):
    monkeypatch.setenv(f"{PREFIX}_EXIST__ok", "other")
    monkeypatch.setenv(f"{PREFIX}_EXIST__inner__ik", "2")
    monkeypatch.setenv(f"{PREFIX}_NEW__K", "v")
    config = impl.Config("/", {"EXIST": {"ok": "value", "flag": True, "inner": {"ik": 1}}})
    config.from_prefixed_env(PREFIX)
    assert config["EXIST"] == {"ok": "other", "flag": True, "inner": {"ik": 2}}
    assert config["NEW"] == {"K": "v"}


@each_impl
def test_config_from_prefixed_env_applies_keys_in_sorted_order(impl, monkeypatch):
    for name in ("C", "A__X", "B", "AA"):  # "_" sorts after "A": AA comes before A__X
        monkeypatch.setenv(f"{PREFIX}_{name}", name)
    seen: list[str] = []
    config = impl.Config("/", {"A": {}})
    config.from_prefixed_env(PREFIX, loads=lambda raw: seen.append(raw) or raw)
    assert seen == ["AA", "A__X", "B", "C"]


@each_impl
def test_config_from_prefixed_env_keeps_the_string_when_loads_raises(impl, monkeypatch):
    monkeypatch.setenv(f"{PREFIX}_KEY", "raw")

    def refuse(raw: str) -> object:
        raise ValueError(raw)

    config = impl.Config("/")
    config.from_prefixed_env(PREFIX, loads=refuse)
    assert config["KEY"] == "raw"


# --- get_namespace -----------------------------------------------------------------------

NAMESPACE_CASES = [
    ({}, {"type": "fs", "base_url": "http://img"}),
    ({"lowercase": False}, {"TYPE": "fs", "BASE_URL": "http://img"}),
    ({"trim_namespace": False}, {"image_store_type": "fs", "image_store_base_url": "http://img"}),
]


@pytest.mark.parametrize(("options", "expected"), NAMESPACE_CASES, ids=["default", "upper", "full"])
@each_impl
def test_config_get_namespace_selects_keys_with_the_prefix(impl, options, expected):
    config = impl.Config("/", {"IMAGE_STORE_TYPE": "fs", "IMAGE_STORE_BASE_URL": "http://img"})
    config["OTHER"] = 1
    assert config.get_namespace("IMAGE_STORE_", **options) == expected


# --- ConfigAttribute ---------------------------------------------------------------------


def app_class(impl: SimpleNamespace) -> type:
    class TinyApp:
        testing = impl.ConfigAttribute("TESTING")
        lifetime = impl.ConfigAttribute("LIFETIME", get_converter=lambda s: timedelta(seconds=s))

        def __init__(self) -> None:
            self.config = {"TESTING": False, "LIFETIME": 42}

    return TinyApp


@each_impl
def test_config_attribute_reads_and_writes_the_config_key(impl):
    app = app_class(impl)()
    app.testing = True
    assert (app.testing, app.config["TESTING"]) == (True, True)


@each_impl
def test_config_attribute_converts_on_read_but_stores_as_given(impl):
    app = app_class(impl)()
    assert app.lifetime == timedelta(seconds=42)
    app.lifetime = 7
    assert app.config["LIFETIME"] == 7


@each_impl
def test_config_attribute_returns_itself_on_the_class(impl):
    tiny_app = app_class(impl)
    assert tiny_app.testing is tiny_app.__dict__["testing"]
    assert tiny_app.testing.__name__ == "TESTING"


@each_impl
def test_config_attribute_raises_key_error_when_the_key_is_missing(impl):
    app = app_class(impl)()
    del app.config["TESTING"]
    with pytest.raises(KeyError, match="TESTING"):
        _ = app.testing


# --- DEFAULT_CONFIG and signatures -------------------------------------------------------


def test_default_config_equals_flask_default_config_for_every_kept_key():
    kept = {k: v for k, v in flask.Flask.default_config.items() if k not in LEFT_OUT}
    assert list(our_config.DEFAULT_CONFIG.items()) == list(kept.items())


def test_default_config_leaves_out_only_the_documented_keys():
    assert set(flask.Flask.default_config) - set(our_config.DEFAULT_CONFIG) == set(LEFT_OUT)


def test_default_config_is_read_only():
    with pytest.raises(TypeError):
        our_config.DEFAULT_CONFIG["DEBUG"] = True  # type: ignore[index]


METHODS = ["__init__", "from_envvar", "from_prefixed_env", "from_pyfile", "from_object",
           "from_file", "from_mapping", "get_namespace"]  # fmt: skip


@pytest.mark.parametrize("name", METHODS)
def test_config_method_takes_same_parameters_as_flask(name):
    def params(function):
        signature = inspect.signature(function)
        return [(p.name, p.kind, p.default) for p in signature.parameters.values()]

    assert params(getattr(ours.Config, name)) == params(getattr(upstream.Config, name))
