"""``stream_with_context``: a streamed body keeps the request it answers, as Flask 3.1.3."""

from __future__ import annotations

import pytest


def test_stream_with_context_tears_down_again_after_the_stream(impl):
    app = impl.Flask(__name__)
    events = []
    app.teardown_request(lambda exc: events.append("teardown"))

    @app.route("/")
    def index():
        def stream():
            events.append("streaming")
            yield "x"

        return impl.stream_with_context(stream())

    app.test_client().get("/")
    # Flask 3.1 pushes the remembered contexts again while streaming: their teardown
    # runs when the view's request ends, and again when the stream does.
    assert events == ["teardown", "streaming", "teardown"]


def test_stream_with_context_outside_request_is_an_error(impl):
    with pytest.raises(RuntimeError):
        impl.stream_with_context(iter(["x"]))
