"""Error contract: ``abort``, error handlers and how unhandled exceptions end.

Mirrors ``Scaffold.errorhandler``/``register_error_handler``/``_get_exc_class_and_code``
(flask/sansio/scaffold.py) and ``Flask.handle_user_exception``/``handle_http_exception``/
``handle_exception`` (flask/app.py), Flask 3.1.3.
"""

from __future__ import annotations

import pytest


def raising(exc: BaseException):
    """A view that raises ``exc``."""

    def view() -> str:
        raise exc

    return view


def test_errorhandler_by_code_handles_unknown_url(app, client):
    app.errorhandler(404)(lambda error: ("custom missing", 404))
    response = client.get("/missing")
    assert (response.status_code, response.data) == (404, b"custom missing")


def test_errorhandler_by_code_receives_http_exception(app, client, raised):
    received = []
    app.errorhandler(404)(lambda error: received.append(error) or ("", 404))
    client.get("/missing")
    assert [(type(error), error.code) for error in received] == [(raised(404), 404)]


def test_errorhandler_by_class_handles_view_exception(app, client):
    app.errorhandler(KeyError)(lambda error: (f"no {error.args[0]}", 400))
    app.route("/")(raising(KeyError("item")))
    response = client.get("/")
    assert (response.status_code, response.data) == (400, b"no item")


def test_errorhandler_picks_nearest_class_in_mro(app, client):
    app.errorhandler(Exception)(lambda error: "exception")
    app.errorhandler(LookupError)(lambda error: "lookup")
    app.errorhandler(ValueError)(lambda error: "value")
    app.route("/")(raising(KeyError("item")))
    assert client.get("/").data == b"lookup"


def test_errorhandler_for_subclass_wins_over_registration_order(app, client):
    app.errorhandler(LookupError)(lambda error: "lookup")
    app.errorhandler(KeyError)(lambda error: "key")
    app.route("/")(raising(KeyError("item")))
    assert client.get("/").data == b"key"


def test_errorhandler_for_http_exception_handles_every_http_error(app, client, http_exception):
    app.errorhandler(http_exception)(lambda error: (f"http {error.code}", error.code))
    app.route("/", methods=["POST"])(lambda: "post only")
    assert [client.get("/missing").data, client.get("/").data] == [b"http 404", b"http 405"]


def test_errorhandler_by_code_wins_over_http_exception_handler(app, client, http_exception):
    app.errorhandler(http_exception)(lambda error: ("generic", error.code))
    app.errorhandler(404)(lambda error: ("specific", 404))
    assert client.get("/missing").data == b"specific"


def test_errorhandler_for_exception_also_handles_http_errors(app, client):
    app.errorhandler(Exception)(lambda error: (type(error).__name__, 599))
    assert client.get("/missing").data == b"NotFound"


def test_errorhandler_for_exception_class_handles_abort(app, client, raised):
    app.errorhandler(raised(403))(lambda error: ("forbidden here", 403))
    app.route("/")(lambda: app.aborter(403))
    assert client.get("/").data == b"forbidden here"


def test_errorhandler_decorator_returns_function_unchanged(app):
    def handler(error: Exception) -> str:
        return "handled"

    assert app.errorhandler(404)(handler) is handler


def test_register_error_handler_handles_code(app, client):
    app.register_error_handler(404, lambda error: ("registered", 404))
    assert client.get("/missing").data == b"registered"


def test_register_error_handler_handles_class(app, client):
    app.register_error_handler(ZeroDivisionError, lambda error: "divided")
    app.route("/")(raising(ZeroDivisionError()))
    assert client.get("/").data == b"divided"


def test_errorhandler_table_keys_code_and_class(app, raised):
    def handler(error: Exception) -> str:
        return "handled"

    app.errorhandler(404)(handler)
    app.errorhandler(KeyError)(handler)
    assert app.error_handler_spec[None][404] == {raised(404): handler}
    assert app.error_handler_spec[None][None] == {KeyError: handler}


INVALID_REGISTRATIONS = {
    "instance": (KeyError("key"), TypeError),
    "not-an-exception": (str, ValueError),
    "not-a-class": ("KeyError", TypeError),
    "unknown-code": (999, ValueError),
    "success-code": (200, ValueError),
}


@pytest.mark.parametrize(("target", "error"), INVALID_REGISTRATIONS.values(),
                         ids=INVALID_REGISTRATIONS.keys())  # fmt: skip
def test_register_error_handler_rejects_invalid_target(app, target, error):
    with pytest.raises(error):
        app.register_error_handler(target, lambda error: "never")


def test_errorhandler_rejects_invalid_target_when_applied(app):
    decorator = app.errorhandler(KeyError("key"))  # the check runs on registration
    with pytest.raises(TypeError):
        decorator(lambda error: "never")


def test_error_handler_tuple_sets_status_and_headers(app, client):
    app.errorhandler(404)(lambda error: ("gone", 410, {"X-Why": "moved"}))
    response = client.get("/missing")
    assert (response.status_code, response.headers["X-Why"], response.data) == (
        410,
        "moved",
        b"gone",
    )


def test_error_handler_string_return_has_status_200(app, client):
    app.errorhandler(404)(lambda error: "not really missing")
    assert client.get("/missing").status_code == 200


def test_error_handler_may_return_http_exception(app, client):
    app.errorhandler(KeyError)(lambda error: app.aborter.mapping[409]())
    app.route("/")(raising(KeyError("x")))
    response = client.get("/")
    assert (response.status_code, b"Conflict" in response.data) == (409, True)


@pytest.mark.parametrize("code", [400, 403, 418, 503])
def test_abort_answers_status(impl, app, client, code):
    app.route("/")(lambda: impl.abort(code))
    assert client.get("/").status_code == code


def test_abort_description_appears_in_body(impl, app, client):
    app.route("/")(lambda: impl.abort(403, "Members only."))
    response = client.get("/")
    assert (response.status_code, b"<p>Members only.</p>" in response.data) == (403, True)


def test_abort_description_reaches_error_handler(impl, app, client):
    app.errorhandler(403)(lambda error: (error.description, 403))
    app.route("/")(lambda: impl.abort(403, "Members only."))
    assert client.get("/").data == b"Members only."


def test_abort_with_response_sends_that_response(impl, app, client):
    app.route("/")(lambda: impl.abort(app.response_class("gone away", 410)))
    response = client.get("/")
    assert (response.status_code, response.data) == (410, b"gone away")


def test_abort_outside_request_raises_http_exception(impl, http_exception):
    with pytest.raises(http_exception) as caught:
        impl.abort(404)
    assert caught.value.code == 404


def test_abort_raises_lookup_error_for_unknown_code(impl):
    with pytest.raises(LookupError):
        impl.abort(999)


def test_http_error_body_is_html_page(app, client):
    response = client.get("/missing")
    assert (response.content_type, response.data.startswith(b"<!doctype html>")) == (
        "text/html; charset=utf-8",
        True,
    )


def test_unhandled_exception_answers_500_page(app, client):
    app.route("/")(raising(RuntimeError("bug")))
    response = client.get("/")
    assert (response.status_code, b"Internal Server Error" in response.data) == (500, True)
    assert b"bug" not in response.data


def test_500_handler_receives_internal_server_error_with_original(app, client, raised):
    received = []
    app.errorhandler(500)(lambda error: received.append(error) or ("sorry", 500))
    original = RuntimeError("bug")
    app.route("/")(raising(original))
    response = client.get("/")
    assert (response.status_code, response.data) == (500, b"sorry")
    assert [(type(error), error.original_exception) for error in received] == [
        (raised(500), original)
    ]


def test_500_handler_runs_for_abort_500_without_original(app, client):
    received = []
    app.errorhandler(500)(lambda error: received.append(error) or ("sorry", 500))
    app.route("/")(lambda: app.aborter(500))
    client.get("/")
    assert [error.original_exception for error in received] == [None]


def test_exception_handler_not_used_for_unhandled_500(app, client, raised):
    received = []
    app.errorhandler(KeyError)(lambda error: received.append(error) or "handled")
    app.route("/")(raising(RuntimeError("bug")))
    assert (client.get("/").status_code, received) == (500, [])


def test_exception_propagates_to_client_when_testing(app, client):
    app.testing = True
    app.route("/")(raising(RuntimeError("bug")))
    with pytest.raises(RuntimeError, match="bug"):
        client.get("/")


def test_exception_propagates_when_propagate_exceptions_set(app, client):
    app.config["PROPAGATE_EXCEPTIONS"] = True
    app.route("/")(raising(RuntimeError("bug")))
    with pytest.raises(RuntimeError, match="bug"):
        client.get("/")


def test_exception_answers_500_when_propagate_exceptions_false_while_testing(app, client):
    app.testing = True
    app.config["PROPAGATE_EXCEPTIONS"] = False
    app.route("/")(raising(RuntimeError("bug")))
    assert client.get("/").status_code == 500


def test_http_error_never_propagates_when_testing(app, client):
    app.testing = True
    assert client.get("/missing").status_code == 404


def test_http_error_propagates_when_trap_http_exceptions_set(app, client, raised):
    app.config["TRAP_HTTP_EXCEPTIONS"] = True
    app.testing = True
    with pytest.raises(raised(404)):
        client.get("/missing")


def test_missing_request_key_answers_400_unless_trapped(impl, app, client, raised):
    app.route("/")(lambda: impl.request.form["absent"])
    app.config["TRAP_BAD_REQUEST_ERRORS"] = True
    app.testing = True
    with pytest.raises(raised(400)):
        client.get("/")


def test_server_keeps_serving_after_500(app, client):
    app.route("/fail")(raising(RuntimeError("bug")))
    app.route("/")(lambda: "fine")
    statuses = [client.get("/fail").status_code, client.get("/").status_code]
    assert statuses == [500, 200]


def test_exception_in_before_request_reaches_error_handler(app, client):
    app.before_request(raising(KeyError("early")))
    app.errorhandler(KeyError)(lambda error: "handled early")
    app.route("/")(lambda: "view")
    assert client.get("/").data == b"handled early"


def test_exception_in_error_handler_answers_500(app, client):
    app.errorhandler(KeyError)(raising(ValueError("handler bug")))
    app.route("/")(raising(KeyError("x")))
    assert client.get("/").status_code == 500
