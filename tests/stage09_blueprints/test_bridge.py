"""The Werkzeug bridge: apps written with ``werkzeug.exceptions`` and ``werkzeug.routing``
behave on stage 9 as on Flask."""

from __future__ import annotations

import pytest
import werkzeug.exceptions as wz
from werkzeug.routing import BaseConverter, BuildError, ValidationError


def test_werkzeug_forbidden_raised_in_view_is_a_403(impl):
    app = impl.Flask(__name__)

    def view():
        raise wz.Forbidden()

    app.add_url_rule("/", "index", view)
    assert app.test_client().get("/").status_code == 403


def test_werkzeug_abort_in_view_answers_its_status(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "index", lambda: wz.abort(418))
    assert app.test_client().get("/").status_code == 418


def test_werkzeug_not_found_handler_catches_routing_404(impl):
    app = impl.Flask(__name__)
    app.register_error_handler(wz.NotFound, lambda e: ("custom missing", 404))
    assert app.test_client().get("/nowhere").text == "custom missing"


def test_werkzeug_http_exception_handler_catches_abort(impl):
    app = impl.Flask(__name__)
    app.add_url_rule("/", "index", lambda: impl.abort(409))
    app.register_error_handler(wz.HTTPException, lambda e: (f"{type(e).__name__} {e.code}", 200))
    assert app.test_client().get("/").text == "Conflict 409"


def test_handler_sees_werkzeug_instance_for_generated_500(impl):
    app = impl.Flask(__name__)

    def fail():
        raise ZeroDivisionError

    app.add_url_rule("/", "index", fail)
    app.register_error_handler(500, lambda e: (str(isinstance(e, wz.InternalServerError)), 500))
    assert app.test_client().get("/").text == "True"


def test_code_handler_catches_werkzeug_error_raised_in_view(impl):
    app = impl.Flask(__name__)

    def view():
        raise wz.Gone()

    app.add_url_rule("/", "index", view)
    app.register_error_handler(410, lambda e: ("gone for good", 410))
    assert app.test_client().get("/").text == "gone for good"


def test_abort_outside_app_raises_werkzeug_class(impl):
    with pytest.raises(wz.NotFound):
        impl.abort(404)


def test_werkzeug_error_propagates_as_itself_when_trapped(impl):
    app = impl.Flask(__name__)
    app.config["TRAP_HTTP_EXCEPTIONS"] = True
    app.testing = True

    def view():
        raise wz.Forbidden()

    app.add_url_rule("/", "index", view)
    with pytest.raises(wz.Forbidden):
        app.test_client().get("/")


class ListConverter(BaseConverter):
    """``/a,b,c`` -> ``["a", "b", "c"]``; an empty item is not a list."""

    def to_python(self, value):
        items = value.split(",")
        if "" in items:
            raise ValidationError()
        return items

    def to_url(self, value):
        return ",".join(BaseConverter.to_url(self, item) for item in value)


def converter_app(impl):
    app = impl.Flask(__name__)
    app.url_map.converters["list"] = ListConverter
    app.add_url_rule("/<list:items>", "items", lambda items: "|".join(items))
    return app


def test_werkzeug_converter_matches(impl):
    assert converter_app(impl).test_client().get("/a,b").text == "a|b"


def test_werkzeug_converter_validation_error_is_a_404(impl):
    assert converter_app(impl).test_client().get("/a,,b").status_code == 404


def test_werkzeug_converter_builds_urls(impl):
    app = converter_app(impl)
    with app.test_request_context():
        assert impl.url_for("items", items=["x", "y z"]) == "/x,y%20z"


def test_werkzeug_subclass_raised_falls_back_to_code_handler(impl):
    class OwnForbidden(wz.Forbidden):
        pass

    app = impl.Flask(__name__)

    def view():
        raise OwnForbidden()

    app.add_url_rule("/", "index", view)
    app.register_error_handler(403, lambda e: (str(isinstance(e, wz.Forbidden)), 403))
    assert app.test_client().get("/").text == "True"


def test_url_for_build_error_is_werkzeugs(impl):
    app = impl.Flask(__name__)
    with app.test_request_context(), pytest.raises(BuildError):
        impl.url_for("nowhere")


def test_url_build_error_handler_answers_instead(impl):
    app = impl.Flask(__name__)
    app.url_build_error_handlers.append(lambda error, endpoint, values: f"/elsewhere/{endpoint}")
    with app.test_request_context():
        assert impl.url_for("nowhere") == "/elsewhere/nowhere"
