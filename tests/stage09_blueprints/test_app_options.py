"""The rest of ``Flask``'s constructor and helpers: instance folder, subdomain and host
matching, ``stream_with_context``, ``get_debug_flag`` (flask/app.py, flask/helpers.py)."""

from __future__ import annotations

import os

import pytest


def test_instance_path_defaults_beside_the_package(impl):
    app = impl.Flask("tests.stage09_blueprints")
    tests_folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    assert app.instance_path == os.path.join(os.path.dirname(tests_folder), "instance")


def test_instance_path_must_be_absolute(impl):
    with pytest.raises(ValueError, match="absolute"):
        impl.Flask(__name__, instance_path="relative/instance")


def test_instance_relative_config_reads_from_instance_folder(impl, tmp_path):
    (tmp_path / "settings.py").write_text("GREETING = 'from instance'\n")
    app = impl.Flask(__name__, instance_path=str(tmp_path), instance_relative_config=True)
    app.config.from_pyfile("settings.py")
    assert app.config["GREETING"] == "from instance"


def test_open_instance_resource_can_write(impl, tmp_path):
    app = impl.Flask(__name__, instance_path=str(tmp_path))
    with app.open_instance_resource("notes.txt", "w") as f:
        f.write("kept")
    assert (tmp_path / "notes.txt").read_text() == "kept"


@pytest.mark.parametrize("mode", ["w", "a", "r+"])
def test_open_resource_refuses_to_write(impl, mode):
    app = impl.Flask(__name__)
    with pytest.raises(ValueError):
        app.open_resource("conftest.py", mode)


def test_open_resource_reads_beside_the_app(impl):
    app = impl.Flask(__name__)
    with app.open_resource("conftest.py", "r") as f:
        assert "impl" in f.read()


def test_subdomain_matching_routes_by_subdomain(impl):
    app = impl.Flask(__name__, subdomain_matching=True, static_folder=None)
    app.config["SERVER_NAME"] = "example.test"
    app.add_url_rule("/", "user", lambda user: user, subdomain="<user>")
    response = app.test_client().get("/", base_url="http://ann.example.test/")
    assert response.text == "ann"


def test_without_subdomain_matching_subdomains_do_not_match(impl):
    app = impl.Flask(__name__, static_folder=None)
    app.config["SERVER_NAME"] = "example.test"
    app.add_url_rule("/", "user", lambda user: user, subdomain="<user>")
    response = app.test_client().get("/", base_url="http://ann.example.test/")
    assert response.status_code == 404


def test_host_matching_routes_by_host(impl):
    app = impl.Flask(__name__, host_matching=True, static_folder=None)
    app.add_url_rule("/", "shop", lambda: "shop", host="shop.test")
    app.add_url_rule("/", "blog", lambda: "blog", host="blog.test")
    client = app.test_client()
    assert client.get("/", base_url="http://blog.test/").text == "blog"


def test_stream_with_context_keeps_request_while_streaming(impl):
    app = impl.Flask(__name__)

    @app.route("/")
    def index():
        def stream():
            yield impl.request.args["a"]
            yield impl.request.args["b"]

        return impl.stream_with_context(stream())

    assert app.test_client().get("/?a=1&b=2").text == "12"


def test_stream_with_context_as_decorator(impl):
    app = impl.Flask(__name__)

    @app.route("/")
    def index():
        @impl.stream_with_context
        def stream():
            yield impl.request.path

        return stream()

    assert app.test_client().get("/").text == "/"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", False), ("0", False), ("false", False), ("no", False), ("1", True), ("yes", True)],
)
def test_get_debug_flag_reads_flask_debug(impl, monkeypatch, value, expected):
    monkeypatch.setenv("FLASK_DEBUG", value)
    assert impl.helpers.get_debug_flag() is expected


def test_app_run_is_a_no_op_under_the_command_line(impl, monkeypatch, capsys):
    monkeypatch.setenv("FLASK_RUN_FROM_CLI", "true")
    impl.Flask(__name__).run()
    assert "Ignoring a call to 'app.run()'" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "key", "default"),
    [
        ("max_content_length", "MAX_CONTENT_LENGTH", None),
        ("max_form_memory_size", "MAX_FORM_MEMORY_SIZE", 500_000),
        ("max_form_parts", "MAX_FORM_PARTS", 1_000),
    ],
)
def test_request_limit_comes_from_current_app_config(impl, name, key, default):
    app = impl.Flask(__name__)
    app.config[key] = 7
    request = impl.Request({})
    outside = getattr(request, name)
    with app.app_context():
        inside = getattr(request, name)
    assert (outside, inside) == (default, 7)


def test_request_limit_set_on_request_wins(impl):
    app = impl.Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 7
    request = impl.Request({})
    request.max_content_length = 3
    with app.app_context():
        assert request.max_content_length == 3


def test_request_user_agent_keeps_the_header(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "index", lambda: impl.request.user_agent.string)
    assert app.test_client().get("/", headers={"User-Agent": "curl/8"}).text == "curl/8"


@pytest.mark.parametrize("debug", [True, False], ids=["debug", "production"])
def test_bad_json_message_shown_only_in_debug(impl, debug):
    app = impl.Flask(__name__)
    app.debug = debug
    app.add_url_rule("/", "index", lambda: impl.request.get_json(), methods=["POST"])
    response = app.test_client().post("/", data="{", content_type="application/json")
    shown = b"Failed to decode JSON object" in response.data
    assert (response.status_code, shown) == (400, debug)


def test_json_provider_default_hook_is_used(impl):
    class Point:
        pass

    app = impl.Flask(__name__)
    app.json.default = lambda value: "a point" if isinstance(value, Point) else str(value)
    with app.app_context():
        assert impl.json.dumps({"p": Point()}) == '{"p": "a point"}'


def test_files_key_error_explains_missing_enctype_in_debug(impl):
    app = impl.Flask(__name__)
    app.debug = True
    app.add_url_rule("/", "upload", lambda: impl.request.files["photo"], methods=["POST"])
    with pytest.raises(KeyError, match='enctype="multipart/form-data"'):
        app.test_client().post("/", data={"photo": "me.png"})


def test_files_key_error_stays_plain_outside_debug(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "upload", lambda: impl.request.files["photo"], methods=["POST"])
    assert app.test_client().post("/", data={"photo": "me.png"}).status_code == 400


def test_form_posted_to_slashless_url_gets_a_308_in_debug(impl):
    # 308 keeps the method and body, so debug mode has nothing to explain.
    app = impl.Flask(__name__)
    app.debug = True
    app.add_url_rule("/user/", "user", lambda: impl.request.form["a"], methods=["GET", "POST"])
    response = app.test_client().post("/user", data={"a": "1"}, follow_redirects=True)
    assert response.text == "1"


def test_response_warns_about_a_cookie_over_max_cookie_size(impl):
    app = impl.Flask(__name__)
    app.config["MAX_COOKIE_SIZE"] = 100
    with app.app_context(), pytest.warns(UserWarning, match="cookie is too large"):
        impl.Response().set_cookie("big", "x" * 200)


def test_response_max_cookie_size_outside_app_is_werkzeugs(impl):
    assert impl.Response().max_cookie_size == 4093


def test_response_cache_control_reads_and_writes_the_header(impl):
    response = impl.Response(headers={"Cache-Control": "no-cache"})
    response.cache_control.max_age = 60
    assert response.headers["Cache-Control"] == "no-cache, max-age=60"


def test_response_vary_adds_a_name_once(impl):
    response = impl.Response(headers={"Vary": "Accept"})
    response.vary.add("Cookie")
    response.vary.add("cookie")
    assert response.headers["Vary"] == "Accept, Cookie"
