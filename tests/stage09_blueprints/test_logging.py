"""``app.logger``: Flask's logger, handler and stream (flask/logging.py)."""

from __future__ import annotations

import io
import logging
import sys

import pytest


@pytest.fixture
def clean_logging(pytestconfig):
    """The test app's logger with no handler, and no logging handler anywhere else.

    pytest's log capture puts handlers on loggers while a test runs; it is switched
    off here (as Flask's own logging tests do) so each test sees only its own.
    """
    plugin = pytestconfig.pluginmanager.unregister(name="logging-plugin")
    root_handlers = logging.root.handlers[:]
    logging.root.handlers = []
    logger = logging.getLogger("logging_app")
    logger.handlers, logger.level = [], logging.NOTSET
    yield logger
    logging.root.handlers[:] = root_handlers
    logger.handlers, logger.level = [], logging.NOTSET
    if plugin is not None:
        pytestconfig.pluginmanager.register(plugin, "logging-plugin")


def test_logger_is_named_after_the_app(impl, clean_logging):
    assert impl.Flask("logging_app").logger is clean_logging


def test_logger_gets_default_handler_when_nothing_would_log(impl, clean_logging):
    app = impl.Flask("logging_app")
    assert app.logger.handlers == [impl.logging.default_handler]


def test_logger_gets_no_handler_when_a_parent_has_one(impl, clean_logging):
    logging.root.addHandler(logging.NullHandler())
    assert impl.Flask("logging_app").logger.handlers == []


def test_logger_is_debug_in_debug_mode(impl, clean_logging):
    app = impl.Flask("logging_app")
    app.debug = True
    assert app.logger.level == logging.DEBUG


def test_logger_writes_to_wsgi_errors_during_a_request(impl, clean_logging):
    app = impl.Flask("logging_app")

    @app.route("/")
    def index():
        app.logger.error("from the view")
        return ""

    stream = io.StringIO()
    app.test_client().get("/", errors_stream=stream)
    assert "ERROR in test_logging: from the view" in stream.getvalue()


def test_wsgi_errors_stream_is_stderr_outside_requests(impl):
    assert impl.logging.wsgi_errors_stream._get_current_object() is sys.stderr


def test_unhandled_exception_is_logged_with_path_and_method(impl, clean_logging):
    app = impl.Flask("logging_app")

    def fail():
        raise ZeroDivisionError

    app.add_url_rule("/boom", "boom", fail, methods=["POST"])
    stream = io.StringIO()
    app.test_client().post("/boom", errors_stream=stream)
    assert "Exception on /boom [POST]" in stream.getvalue()


@pytest.mark.parametrize(
    ("handler_level", "logger_level", "expected"),
    [(logging.NOTSET, logging.NOTSET, True), (logging.ERROR, logging.DEBUG, False)],
    ids=["handler-takes-all", "handler-too-strict"],
)
def test_has_level_handler(impl, clean_logging, handler_level, logger_level, expected):
    handler = logging.NullHandler()
    handler.setLevel(handler_level)
    clean_logging.addHandler(handler)
    clean_logging.setLevel(logger_level)
    assert impl.logging.has_level_handler(clean_logging) is expected
