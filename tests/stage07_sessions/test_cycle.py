"""The session in the request cycle, on ours and on Flask: same app, same headers."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import werkzeug.routing

from .impls import SECRET, make_app
from .impls import impl as impl  # noqa: F401 - the fixture


def session_app(impl: Any, **config: Any) -> Any:
    """``/set?k=v`` writes, ``/get`` reads, ``/clear`` empties, ``/none`` ignores the session."""
    app = make_app(impl, **config)

    @app.route("/set")
    def set_values() -> str:
        impl.session.update(impl.request.args.to_dict())
        return "set"

    @app.route("/get")
    def get_values() -> Any:
        return dict(impl.session)

    @app.route("/clear")
    def clear() -> str:
        impl.session.clear()
        return "cleared"

    @app.route("/permanent")
    def permanent() -> str:
        impl.session.permanent = True
        impl.session["p"] = 1
        return "permanent"

    @app.route("/none")
    def none() -> str:
        return "untouched"

    @app.route("/pop")
    def pop() -> str:
        return str(impl.session.pop("missing", None))

    return app


def set_cookie_headers(response: Any) -> list[str]:
    return response.headers.getlist("Set-Cookie")


def test_session_write_sets_signed_cookie_read_back_next_request(impl):
    client = session_app(impl).test_client()
    client.get("/set?user=ann")
    assert client.get("/get").json == {"user": "ann"}


def test_session_cookie_attributes_default_to_httponly_root_path(impl):
    response = session_app(impl).test_client().get("/set?a=1")
    (header,) = set_cookie_headers(response)
    assert header.startswith("session=") and header.endswith("; HttpOnly; Path=/")


#: Config -> the attribute it puts on the session cookie.
COOKIE_CONFIG = [
    ("name", {"SESSION_COOKIE_NAME": "sid"}, "sid="),
    ("domain", {"SESSION_COOKIE_DOMAIN": "example.test"}, "Domain=example.test"),
    ("path", {"SESSION_COOKIE_PATH": "/app"}, "Path=/app"),
    ("application-root", {"APPLICATION_ROOT": "/root"}, "Path=/root"),
    ("secure", {"SESSION_COOKIE_SECURE": True}, "Secure"),
    ("samesite", {"SESSION_COOKIE_SAMESITE": "Lax"}, "SameSite=Lax"),
    ("partitioned", {"SESSION_COOKIE_PARTITIONED": True}, "Partitioned"),
]


@pytest.mark.parametrize(
    ("config", "expected"), [c[1:] for c in COOKIE_CONFIG], ids=[c[0] for c in COOKIE_CONFIG]
)
def test_session_cookie_attribute_follows_config(impl, config, expected):
    response = session_app(impl, **config).test_client().get("/set?a=1")
    assert expected in set_cookie_headers(response)[0]


def test_session_cookie_httponly_can_be_turned_off(impl):
    response = session_app(impl, SESSION_COOKIE_HTTPONLY=False).test_client().get("/set?a=1")
    assert "HttpOnly" not in set_cookie_headers(response)[0]


def test_session_untouched_sets_no_cookie_and_no_vary(impl):
    client = session_app(impl).test_client()
    client.get("/set?a=1")
    response = client.get("/none")
    assert (set_cookie_headers(response), response.headers.get("Vary")) == ([], None)


def test_session_read_adds_vary_cookie_without_setting_cookie(impl):
    client = session_app(impl).test_client()
    client.get("/set?a=1")
    response = client.get("/get")
    assert (set_cookie_headers(response), response.headers["Vary"]) == ([], "Cookie")


def test_session_vary_cookie_joins_existing_vary(impl):
    app = session_app(impl)
    app.after_request(lambda r: r.headers.set("Vary", "Accept-Encoding") or r)
    assert app.test_client().get("/get").headers["Vary"] == "Accept-Encoding, Cookie"


def test_session_vary_cookie_not_repeated(impl):
    app = session_app(impl)
    app.after_request(lambda r: r.headers.set("Vary", "cookie") or r)
    assert app.test_client().get("/get").headers["Vary"] == "cookie"


def test_session_emptied_deletes_cookie(impl):
    client = session_app(impl).test_client()
    client.get("/set?a=1")
    response = client.get("/clear")
    (header,) = set_cookie_headers(response)
    assert header.startswith("session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0")
    assert client.get_cookie("session") is None


def test_session_pop_of_missing_key_sets_nothing(impl):
    response = session_app(impl).test_client().get("/pop")
    assert set_cookie_headers(response) == []


def test_session_not_permanent_cookie_has_no_expiry(impl):
    response = session_app(impl).test_client().get("/set?a=1")
    assert "Expires" not in set_cookie_headers(response)[0]


def test_session_permanent_cookie_expires_after_lifetime(impl):
    app = session_app(impl, PERMANENT_SESSION_LIFETIME=timedelta(days=2))
    client = app.test_client()
    client.get("/permanent")
    expires = client.get_cookie("session").expires
    expected = datetime.now(UTC) + timedelta(days=2)
    assert abs((expires - expected).total_seconds()) < 5


def test_session_permanent_lifetime_accepts_seconds(impl):
    app = make_app(impl, PERMANENT_SESSION_LIFETIME=3600)
    assert app.permanent_session_lifetime == timedelta(hours=1)


def test_session_permanent_cookie_refreshed_on_every_request(impl):
    client = session_app(impl).test_client()
    client.get("/permanent")
    assert len(set_cookie_headers(client.get("/none"))) == 1


def test_session_permanent_cookie_not_refreshed_when_refresh_is_off(impl):
    client = session_app(impl, SESSION_REFRESH_EACH_REQUEST=False).test_client()
    client.get("/permanent")
    assert set_cookie_headers(client.get("/none")) == []


def test_session_without_secret_key_is_null_and_readable(impl):
    app = make_app(impl, secret_key=None)
    app.route("/")(lambda: repr(impl.session.get("a")))
    assert app.test_client().get("/").text == "None"


def test_session_without_secret_key_write_raises_runtime_error(impl):
    app = make_app(impl, secret_key=None)
    app.testing = True
    app.route("/")(lambda: impl.session.__setitem__("a", 1) or "x")
    with pytest.raises(RuntimeError, match="no secret key was set"):
        app.test_client().get("/")


def test_session_without_secret_key_write_answers_500(impl):
    app = make_app(impl, secret_key=None)
    app.logger.disabled = True
    app.route("/")(lambda: impl.session.__setitem__("a", 1) or "x")
    assert app.test_client().get("/").status_code == 500


def test_session_change_in_after_request_is_saved(impl):
    app = session_app(impl)

    @app.after_request
    def stamp(response: Any) -> Any:
        impl.session["stamped"] = True
        return response

    client = app.test_client()
    client.get("/none")
    assert client.get("/get").json == {"stamped": True}


def test_session_readable_in_before_request(impl):
    app = session_app(impl)
    seen = []
    app.before_request(lambda: seen.append(impl.session.get("a")))
    client = app.test_client()
    client.get("/set?a=1")
    client.get("/none")
    assert seen == [None, "1"]


def test_session_saved_when_error_handler_answers(impl):
    app = make_app(impl)

    @app.route("/fail")
    def fail() -> str:
        impl.session["before"] = "error"
        raise KeyError("boom")

    app.register_error_handler(KeyError, lambda e: ("handled", 418))
    client = app.test_client()
    assert client.get("/fail").status_code == 418
    assert client.get_cookie("session") is not None


def test_session_shared_with_copied_request_context(impl):
    app = make_app(impl)

    @app.route("/")
    def view() -> str:
        impl.session["a"] = "from view"

        @impl.copy_current_request_context
        def elsewhere() -> str:
            return impl.session["a"]

        return elsewhere()

    assert app.test_client().get("/").text == "from view"


def test_session_readable_in_url_converter(impl):
    app = make_app(impl)
    # Flask's converters are Werkzeug's; ours are stage 4's, re-exported.
    base = impl.BaseConverter if impl.__name__ != "flask" else werkzeug.routing.BaseConverter

    class Owner(base):  # type: ignore[misc, valid-type]
        def to_python(self, value: str) -> str:
            return f"{value} of {impl.session.get('user', 'nobody')}"

    app.url_map.converters["owner"] = Owner

    @app.route("/set")
    def set_user() -> str:
        impl.session["user"] = "ann"
        return "set"

    @app.route("/<owner:thing>")
    def show(thing: str) -> str:
        return thing

    client = app.test_client()
    client.get("/set")
    assert client.get("/hat").text == "hat of ann"


def test_session_accessed_only_after_reading(impl):
    app = make_app(impl)
    with app.test_request_context("/"):
        ctx_session = impl.session._get_current_object()
        assert ctx_session.accessed is True


def test_session_in_test_request_context_is_opened_from_cookie(impl):
    app = make_app(impl)
    client = app.test_client()
    app.route("/set")(lambda: impl.session.__setitem__("a", 1) or "set")
    client.get("/set")
    cookie = client.get_cookie("session").value
    with app.test_request_context("/", headers={"Cookie": f"session={cookie}"}):
        assert impl.session["a"] == 1


def test_session_outside_request_raises_runtime_error(impl):
    with pytest.raises(RuntimeError, match="Working outside of request context"):
        impl.session.get("a")


def test_session_secret_key_fallbacks_default_none(impl):
    assert make_app(impl).config["SECRET_KEY_FALLBACKS"] is None


def test_session_interface_subclass_is_used(impl):
    calls: list[str] = []

    class Recording(impl.sessions.SecureCookieSessionInterface):
        def open_session(self, app: Any, request: Any) -> Any:
            calls.append("open")
            return super().open_session(app, request)

        def save_session(self, app: Any, session: Any, response: Any) -> None:
            calls.append("save")
            super().save_session(app, session, response)

    app = session_app(impl)
    app.session_interface = Recording()
    app.test_client().get("/none")
    assert calls == ["open", "save"]


def test_session_cookie_getter_override_changes_cookie(impl):
    class ShortName(impl.sessions.SecureCookieSessionInterface):
        def get_cookie_name(self, app: Any) -> str:
            return "s"

    app = session_app(impl)
    app.session_interface = ShortName()
    response = app.test_client().get("/set?a=1")
    assert set_cookie_headers(response)[0].startswith("s=")


def test_session_transaction_sets_value_seen_by_next_request(impl):
    client = session_app(impl).test_client()
    with client.session_transaction() as session:
        session["user"] = "bob"
    assert client.get("/get").json == {"user": "bob"}


def test_session_transaction_sees_value_set_by_request(impl):
    client = session_app(impl).test_client()
    client.get("/set?a=1")
    with client.session_transaction() as session:
        assert session["a"] == "1"


def test_session_transaction_without_cookies_raises_type_error(impl):
    client = session_app(impl).test_client(use_cookies=False)
    with pytest.raises(TypeError, match="Cookies are disabled"):
        with client.session_transaction():
            pass


def test_session_kept_after_request_inside_with_client(impl):
    client = session_app(impl).test_client()
    with client:
        client.get("/set?a=1")
        assert impl.session["a"] == "1"


def test_session_secret_key_attribute_is_config(impl):
    app = make_app(impl)
    assert app.config["SECRET_KEY"] == SECRET


def test_session_bytearray_secret_key_still_signs(impl):
    client = session_app(impl, secret_key=bytearray(b"mutable key")).test_client()
    client.get("/set?a=1")
    assert client.get("/get").json == {"a": "1"}


def test_session_key_changed_between_requests_invalidates_cookie(impl):
    app = session_app(impl)
    client = app.test_client()
    client.get("/set?a=1")
    app.secret_key = "a brand new key"
    assert client.get("/get").json == {}


@pytest.mark.parametrize("probe", ["contains", "len"])
def test_session_key_only_read_counts_as_access(impl, probe):
    # Flask 3.1.3 (GHSA-68rp-wp8r-4726): "in" and len() reveal the session too.
    app = session_app(impl)
    app.route("/probe")(
        lambda: str("a" in impl.session if probe == "contains" else len(impl.session))
    )
    assert app.test_client().get("/probe").headers["Vary"] == "Cookie"


def test_session_cookie_over_max_cookie_size_warns(impl):
    client = session_app(impl).test_client()
    with pytest.warns(UserWarning, match="too large|MAX_COOKIE_SIZE"):
        client.get("/set?blob=" + secrets.token_urlsafe(6000))  # incompressible


def test_session_cookie_under_max_cookie_size_does_not_warn(impl, recwarn):
    session_app(impl).test_client().get("/set?blob=" + "x" * 100)
    assert not [w for w in recwarn if "cookie" in str(w.message).lower()]


def test_session_transaction_without_secret_key_raises_runtime_error(impl):
    client = make_app(impl, secret_key=None).test_client()
    with pytest.raises(RuntimeError, match="Session backend did not open a session"):
        with client.session_transaction():
            pass
