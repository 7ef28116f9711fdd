"""Request.application and the demo built with it."""

from __future__ import annotations

import pytest
from stage03_request_response import BadRequest, Request, Response
from stage03_request_response.demo import app as demo_app
from werkzeug.test import Client
from werkzeug.wrappers import Request as WerkzeugRequest


@pytest.mark.parametrize(
    ("request_class", "response_class", "error"),
    [
        (Request, Response, BadRequest),
        (
            WerkzeugRequest,
            __import__("werkzeug").wrappers.Response,
            __import__("werkzeug").exceptions.BadRequest,
        ),
    ],
    ids=["ours", "werkzeug"],
)
class TestApplicationDecorator:
    def test_view_receives_request_and_response_is_sent(
        self, request_class, response_class, error
    ) -> None:  # type: ignore[no-untyped-def]
        @request_class.application
        def view(request):  # type: ignore[no-untyped-def]
            return response_class(f"{request.method} {request.path} {request.args['q']}")

        assert Client(view).get("/p?q=1").data == b"GET /p 1"

    def test_http_exception_becomes_its_response(
        self, request_class, response_class, error
    ) -> None:  # type: ignore[no-untyped-def]
        @request_class.application
        def view(request):  # type: ignore[no-untyped-def]
            raise error("no good")

        response = Client(view).get("/")
        assert response.status_code == 400 and b"no good" in response.data

    def test_decorates_methods(self, request_class, response_class, error) -> None:  # type: ignore[no-untyped-def]
        class Service:
            greeting = "hi"

            @request_class.application
            def __call__(self, request):  # type: ignore[no-untyped-def]
                return response_class(self.greeting)

        assert Client(Service()).get("/").data == b"hi"


def test_demo_form_page_greets_posted_name() -> None:
    response = Client(demo_app).post("/", data={"name": "<Ada>"})
    assert b"Hello, &lt;Ada&gt;!" in response.data


def test_demo_echo_returns_json() -> None:
    response = Client(demo_app).post("/echo", json={"a": 1})
    assert response.get_json() == {"you_sent": {"a": 1}}


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"data": "{}", "content_type": "text/plain"}, 415),
        ({"data": "{x", "content_type": "application/json"}, 400),
    ],
    ids=["not-json-415", "broken-json-400"],
)
def test_demo_echo_rejects_bad_bodies(kwargs: dict, status: int) -> None:
    assert Client(demo_app).post("/echo", **kwargs).status_code == status
