"""Signals: sent at the places Flask sends them, with the same arguments (flask/signals.py)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest


@contextmanager
def recording(signal, app, into, name):
    def receiver(sender, **kwargs):
        into.append((name, sender is app, sorted(kwargs)))

    signal.connect(receiver, app)
    try:
        yield
    finally:
        signal.disconnect(receiver, app)


SIGNALS = [
    "appcontext_pushed",
    "request_started",
    "request_finished",
    "request_tearing_down",
    "appcontext_tearing_down",
    "appcontext_popped",
]


def record_all(impl, app, names, events):
    stack = [recording(getattr(impl, name), app, events, name) for name in names]
    for manager in stack:
        manager.__enter__()
    return stack


def test_request_signals_are_sent_in_lifecycle_order(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "index", lambda: "ok")
    events: list = []
    stack = record_all(impl, app, SIGNALS, events)
    try:
        app.test_client().get("/")
    finally:
        for manager in stack:
            manager.__exit__(None, None, None)
    assert events == [
        ("appcontext_pushed", True, []),
        ("request_started", True, []),
        ("request_finished", True, ["response"]),
        ("request_tearing_down", True, ["exc"]),
        ("appcontext_tearing_down", True, ["exc"]),
        ("appcontext_popped", True, []),
    ]


def test_request_finished_carries_the_final_response(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "index", lambda: "ok")
    app.after_request(lambda r: (r.headers.__setitem__("X-After", "1"), r)[1])
    seen = []

    def receiver(sender, response):
        seen.append(response.headers.get("X-After"))

    with impl.request_finished.connected_to(receiver, app):
        app.test_client().get("/")
    assert seen == ["1"]


def test_got_request_exception_is_sent_before_the_500(impl):
    app = impl.Flask(__name__)

    def fail():
        raise ZeroDivisionError

    app.add_url_rule("/", "index", fail)
    seen = []

    def receiver(sender, exception):
        seen.append(type(exception).__name__)

    with impl.got_request_exception.connected_to(receiver, app):
        status = app.test_client().get("/").status_code
    assert (seen, status) == (["ZeroDivisionError"], 500)


def test_got_request_exception_is_not_sent_for_handled_errors(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "index", lambda: impl.abort(404))
    seen = []
    with impl.got_request_exception.connected_to(lambda sender, **kw: seen.append(kw), app):
        app.test_client().get("/")
    assert seen == []


def test_teardown_signals_carry_the_error(impl):
    app = impl.Flask(__name__)

    def fail():
        raise ZeroDivisionError

    app.add_url_rule("/", "index", fail)
    seen = []

    def receiver(sender, exc):
        seen.append(type(exc).__name__)

    with (
        impl.request_tearing_down.connected_to(receiver, app),
        impl.appcontext_tearing_down.connected_to(receiver, app),
    ):
        app.test_client().get("/")
    assert seen == ["ZeroDivisionError", "ZeroDivisionError"]


def test_app_context_signals_are_sent_outside_requests(impl):
    app = impl.Flask(__name__)
    events: list = []
    names = ["appcontext_pushed", "appcontext_popped", "appcontext_tearing_down"]
    stack = record_all(impl, app, names, events)
    try:
        with app.app_context():
            events.append(("inside", True, []))
    finally:
        for manager in stack:
            manager.__exit__(None, None, None)
    assert [name for name, _, _ in events] == [
        "appcontext_pushed",
        "inside",
        "appcontext_tearing_down",
        "appcontext_popped",
    ]


def test_appcontext_pushed_receiver_can_set_g(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "index", lambda: impl.g.user)

    def receiver(sender):
        impl.g.user = "ann"

    with impl.appcontext_pushed.connected_to(receiver, app):
        assert app.test_client().get("/").text == "ann"


def test_signal_receiver_for_one_app_ignores_another(impl):
    app, other = impl.Flask(__name__), impl.Flask(__name__)
    other.add_url_rule("/", "index", lambda: "ok")
    seen = []
    with impl.request_started.connected_to(lambda sender: seen.append(sender), app):
        other.test_client().get("/")
    assert seen == []


@pytest.mark.parametrize(
    "name",
    [
        "template_rendered",
        "before_render_template",
        "request_started",
        "request_finished",
        "request_tearing_down",
        "got_request_exception",
        "appcontext_tearing_down",
        "appcontext_pushed",
        "appcontext_popped",
        "message_flashed",
    ],
)
def test_signal_has_flasks_name(impl, name):
    assert getattr(impl.signals, name).name == name.replace("_", "-")


def test_message_flashed_carries_message_and_category(impl):
    app = impl.Flask(__name__)
    app.secret_key = "test"

    @app.route("/")
    def index():
        impl.flash("saved", "info")
        return ""

    seen = []

    def receiver(sender, message, category):
        seen.append((sender is app, message, category))

    with impl.message_flashed.connected_to(receiver, app):
        app.test_client().get("/")
    assert seen == [(True, "saved", "info")]
