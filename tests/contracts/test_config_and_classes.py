"""App-object contract: config defaults and aliases, names, and the swappable classes.

Mirrors ``Flask.default_config`` and the ``*_class`` attributes (flask/app.py,
flask/sansio/app.py), ``Config`` (flask/config.py) and ``FlaskClient`` (flask/testing.py),
Flask 3.1.3.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from importlib.metadata import version

import pytest

#: Flask 3.1.3's ``app.config`` when ``FLASK_DEBUG`` is unset. A later stage may add keys;
#: the keys listed here are the ones every implementation shares.
# fmt: off
DEFAULTS = {
    "DEBUG": False, "TESTING": False, "PROPAGATE_EXCEPTIONS": None, "SECRET_KEY": None,
    "SECRET_KEY_FALLBACKS": None, "PERMANENT_SESSION_LIFETIME": timedelta(days=31),
    "USE_X_SENDFILE": False, "TRUSTED_HOSTS": None, "SERVER_NAME": None,
    "APPLICATION_ROOT": "/", "SESSION_COOKIE_NAME": "session", "SESSION_COOKIE_DOMAIN": None,
    "SESSION_COOKIE_PATH": None, "SESSION_COOKIE_HTTPONLY": True, "SESSION_COOKIE_SECURE": False,
    "SESSION_COOKIE_PARTITIONED": False, "SESSION_COOKIE_SAMESITE": None,
    "SESSION_REFRESH_EACH_REQUEST": True, "MAX_CONTENT_LENGTH": None,
    "MAX_FORM_MEMORY_SIZE": 500_000, "MAX_FORM_PARTS": 1_000, "SEND_FILE_MAX_AGE_DEFAULT": None,
    "TRAP_BAD_REQUEST_ERRORS": None, "TRAP_HTTP_EXCEPTIONS": False,
    "EXPLAIN_TEMPLATE_LOADING": False, "PREFERRED_URL_SCHEME": "http",
    "TEMPLATES_AUTO_RELOAD": None, "MAX_COOKIE_SIZE": 4093, "PROVIDE_AUTOMATIC_OPTIONS": True,
}
# fmt: on


@pytest.fixture
def fresh_app(impl, monkeypatch):
    """An app made with ``FLASK_DEBUG`` unset, so the host's environment cannot leak in."""
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    return impl.Flask("contract_app")


def test_config_defaults_match_for_shared_keys(fresh_app):
    assert {key: fresh_app.config[key] for key in DEFAULTS} == DEFAULTS


def test_config_is_a_config_instance(impl, app):
    assert (isinstance(app.config, impl.Config), isinstance(app.config, dict)) == (True, True)


def test_config_defaults_are_copied_per_app(impl, app):
    app.config["SERVER_NAME"] = "changed.example"
    assert impl.Flask("another_app").config["SERVER_NAME"] is None


@pytest.mark.parametrize(
    ("env_value", "debug"),
    [("1", True), ("0", False), ("False", False), ("", False)],
    ids=["1", "0", "False", "empty"],
)
def test_debug_default_comes_from_debug_env_variable(impl, monkeypatch, env_value, debug):
    monkeypatch.setenv("FLASK_DEBUG", env_value)
    made = impl.Flask("contract_app")
    assert (made.debug, made.config["DEBUG"]) == (debug, debug)


@pytest.mark.parametrize(
    ("attribute", "key", "value"),
    [("testing", "TESTING", True), ("debug", "DEBUG", True), ("secret_key", "SECRET_KEY", "s3")],
    ids=["testing", "debug", "secret_key"],
)
def test_app_attribute_writes_config_key(app, attribute, key, value):
    setattr(app, attribute, value)
    assert app.config[key] == value


@pytest.mark.parametrize(
    ("attribute", "key", "value"),
    [("testing", "TESTING", True), ("debug", "DEBUG", True), ("secret_key", "SECRET_KEY", "s3")],
    ids=["testing", "debug", "secret_key"],
)
def test_app_attribute_reads_config_key(app, attribute, key, value):
    app.config[key] = value
    assert getattr(app, attribute) == value


class Settings:
    SECRET_KEY = "from object"
    TESTING = True
    lower_case = "ignored"


class DevelopmentSettings(Settings):
    DEBUG = True


def test_config_from_object_copies_upper_case_names(app):
    app.config.from_object(DevelopmentSettings)
    assert (app.config["SECRET_KEY"], app.testing, app.debug, "lower_case" in app.config) == (
        "from object",
        True,
        True,
        False,
    )


def test_config_from_object_accepts_import_string(app):
    app.config.from_object("json")  # a module without upper-case names changes nothing
    assert "dumps" not in app.config


def test_config_from_mapping_skips_lower_case_keys(app):
    app.config.from_mapping({"SERVER_NAME": "example.com", "lower": 1}, TESTING=True)
    assert (app.config["SERVER_NAME"], app.testing, "lower" in app.config) == (
        "example.com",
        True,
        False,
    )


def test_config_from_pyfile_reads_relative_to_root_path(impl, tmp_path):
    (tmp_path / "settings.py").write_text("SECRET_KEY = 'from file'\nlower = 1\n")
    made = impl.Flask("contract_app", root_path=str(tmp_path))
    made.config.from_pyfile("settings.py")
    assert (made.secret_key, "lower" in made.config) == ("from file", False)


def test_config_from_file_loads_json(app, tmp_path):
    (tmp_path / "settings.json").write_text('{"SECRET_KEY": "json", "lower": 1}')
    app.config.from_file(str(tmp_path / "settings.json"), load=json.load)
    assert (app.secret_key, "lower" in app.config) == ("json", False)


def test_config_change_after_creation_reaches_requests(impl, app, client):
    app.route("/", methods=["POST"])(lambda: impl.request.get_data())
    app.config["MAX_CONTENT_LENGTH"] = 4
    assert client.post("/", data="too long").status_code == 413


def test_app_name_is_import_name(app):
    assert (app.name, app.import_name) == ("contract_app", "contract_app")


def test_app_root_path_is_module_folder(impl):
    assert impl.Flask("json").root_path == os.path.dirname(json.__file__)


def test_app_root_path_is_working_directory_for_unknown_module(app):
    assert app.root_path == os.getcwd()


def test_app_root_path_can_be_given(impl, tmp_path):
    assert impl.Flask("contract_app", root_path=str(tmp_path)).root_path == str(tmp_path)


def test_request_class_subclass_reaches_view(impl, app, client):
    class ShoutingRequest(app.request_class):
        @property
        def shouted_path(self) -> str:
            return self.path.upper()

    app.request_class = ShoutingRequest
    app.route("/quiet")(lambda: impl.request.shouted_path)
    assert client.get("/quiet").data == b"/QUIET"


def test_request_class_set_on_subclass_reaches_view(impl, client):
    class ShoutingRequest(impl.Flask.request_class):
        @property
        def shouted_path(self) -> str:
            return self.path.upper()

    class ShoutingApp(impl.Flask):
        request_class = ShoutingRequest

    made = ShoutingApp("contract_app")
    made.route("/quiet")(lambda: impl.request.shouted_path)
    assert made.test_client().get("/quiet").data == b"/QUIET"


def test_response_class_subclass_used_for_view_results(app, client):
    class PlainResponse(app.response_class):
        default_mimetype = "text/plain"

    app.response_class = PlainResponse
    made = []
    app.route("/")(lambda: "plain")
    app.after_request(lambda response: made.append(type(response)) or response)
    response = client.get("/")
    assert (response.content_type, made) == ("text/plain; charset=utf-8", [PlainResponse])


def test_response_class_subclass_used_by_jsonify(impl, app, client):
    class TaggedResponse(app.response_class):
        pass

    app.response_class = TaggedResponse
    made = []
    app.route("/")(lambda: made.append(impl.jsonify(a=1)) or made[0])
    client.get("/")
    assert type(made[0]) is TaggedResponse


def test_test_client_class_used_by_test_client(app):
    class RecordingClient(type(app.test_client())):
        pass

    app.test_client_class = RecordingClient
    assert type(app.test_client()) is RecordingClient


def test_json_provider_class_used_for_dict_results(impl, client):
    class LoudProvider(impl.Flask.json_provider_class):
        def dumps(self, obj, **kwargs):
            return super().dumps(obj, **kwargs).upper()

    class LoudApp(impl.Flask):
        json_provider_class = LoudProvider

    made = LoudApp("contract_app")
    made.route("/")(lambda: {"a": "b"})
    assert made.test_client().get("/").data == b'{"A":"B"}\n'


def test_test_client_response_json_and_text(app, client):
    app.route("/data", endpoint="data")(lambda: {"name": "ann"})
    app.route("/page", endpoint="page")(lambda: "héllo")
    assert (client.get("/data").json, client.get("/page").text) == ({"name": "ann"}, "héllo")


def test_test_client_sends_json_body(impl, app, client):
    app.route("/", methods=["POST"])(lambda: {"got": impl.request.json})
    assert client.post("/", json={"a": [1]}).get_json() == {"got": {"a": [1]}}


def test_test_client_looks_like_local_browser(impl, app, client):
    app.route("/")(lambda: f"{impl.request.remote_addr} {impl.request.headers['User-Agent']}")
    assert client.get("/").text == f"127.0.0.1 Werkzeug/{version('werkzeug')}"


def test_test_client_is_wsgi_round_trip(app):
    app.route("/")(lambda: ("made", 201, {"X-Extra": "1"}))
    response = app.test_client().get("/")
    assert (response.status, response.headers["X-Extra"], response.data) == (
        "201 CREATED",
        "1",
        b"made",
    )


@pytest.mark.parametrize(
    ("config", "url"),
    [
        ({}, "http://localhost/where"),
        ({"SERVER_NAME": "example.com"}, "http://example.com/where"),
        ({"PREFERRED_URL_SCHEME": "https"}, "https://localhost/where"),
        ({"APPLICATION_ROOT": "/app"}, "http://localhost/app/where"),
    ],
    ids=["default", "server-name", "preferred-scheme", "application-root"],
)
def test_test_client_requests_configured_location(impl, app, config, url):
    app.config.update(config)
    app.route("/where")(lambda: impl.request.url)
    assert app.test_client().get("/where").text == url


def test_test_client_keeps_host_of_full_url(impl, app, client):
    app.route("/where")(lambda: impl.request.host)
    assert client.get("https://api.example.com/where").text == "api.example.com"


def test_test_client_subdomain_prefixes_server_name(impl, app, client):
    app.config["SERVER_NAME"] = "example.com"
    app.route("/where")(lambda: impl.request.host)
    assert client.get("/where", subdomain="api").text == "api.example.com"


def test_test_client_encodes_json_with_app_json(impl, app, client):
    app.route("/", methods=["POST"])(lambda: impl.request.get_data())
    response = client.post("/", json={"when": date(2024, 1, 2)})
    assert response.data == b'{"when": "Tue, 02 Jan 2024 00:00:00 GMT"}'


def test_test_client_environ_base_reaches_request(impl, app, client):
    client.environ_base["REMOTE_ADDR"] = "10.0.0.9"
    app.route("/")(lambda: impl.request.remote_addr)
    assert client.get("/").text == "10.0.0.9"
