"""URL processors contract: values pulled out of every URL, and put back into every URL.

Mirrors ``url_value_preprocessor``, ``url_defaults`` and ``url_build_error_handlers``
(flask/sansio/scaffold.py, flask/sansio/app.py, Flask 3.1.3): the pattern of a
``/<lang>/...`` site where no view takes ``lang`` and no ``url_for`` call passes it.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def lang_app(impl, app):
    """Routes under ``/<lang>/``; the language travels in ``g``-like state, not in views."""
    state = {}

    @app.url_value_preprocessor
    def pull_lang(endpoint, values):
        state["lang"] = values.pop("lang", None) if values else None

    @app.url_defaults
    def push_lang(endpoint, values):
        if "lang" not in values and app.url_map.is_endpoint_expecting(endpoint, "lang"):
            values["lang"] = state["lang"]

    @app.route("/<lang>/about")
    def about():
        return f"{state['lang']}: about"

    @app.route("/<lang>/")
    def index():
        return app.url_for("about")

    return app


def test_url_value_preprocessor_removes_value_before_view(lang_app):
    assert lang_app.test_client().get("/de/about").text == "de: about"


def test_url_defaults_fill_value_url_for_was_not_given(lang_app):
    assert lang_app.test_client().get("/fr/").text == "/fr/about"


def test_url_value_preprocessor_runs_before_before_request(app, client):
    events = []
    app.url_value_preprocessor(lambda endpoint, values: events.append(("url", endpoint)))
    app.before_request(lambda: events.append(("before", None)))
    app.add_url_rule("/", "index", lambda: "ok")
    client.get("/")
    assert events == [("url", "index"), ("before", None)]


def test_url_value_preprocessor_sees_none_when_no_rule_matched(app, client):
    seen = []
    app.url_value_preprocessor(lambda endpoint, values: seen.append((endpoint, values)))
    client.get("/missing")
    assert seen == [(None, None)]


def test_url_build_error_handler_supplies_url_for_unknown_endpoint(app, client):
    app.url_build_error_handlers.append(
        lambda error, endpoint, values: f"https://elsewhere.example/{endpoint}"
    )
    app.add_url_rule("/", "index", lambda: app.url_for("wiki"))
    assert client.get("/").text == "https://elsewhere.example/wiki"


def test_url_build_error_handler_returning_none_lets_error_propagate(app, client):
    app.url_build_error_handlers.append(lambda error, endpoint, values: None)
    app.config["PROPAGATE_EXCEPTIONS"] = True
    app.add_url_rule("/", "index", lambda: app.url_for("wiki"))
    with pytest.raises(Exception, match="wiki") as raised:
        client.get("/")
    assert raised.type.__name__ == "BuildError"
