"""A JSON body nested too deeply is a 400 that says so, not a RecursionError (a 500).

Deliberate difference: Werkzeug 3.1.9 (and so Flask 3.1.3) let the decoder's
RecursionError escape ``get_json``.
"""

from __future__ import annotations

import pytest
from stage03_request_response import BadRequest, Request
from werkzeug.test import EnvironBuilder


def json_request(body: bytes) -> Request:
    environ = EnvironBuilder(
        "/", method="POST", data=body, content_type="application/json"
    ).get_environ()
    return Request(environ)


DEEP = [(b"[" * 100_000, "open-arrays"), (b'{"a":' * 100_000, "open-objects")]


@pytest.mark.parametrize("body", [d[0] for d in DEEP], ids=[d[1] for d in DEEP])
def test_get_json_deeply_nested_body_is_400_saying_so(body: bytes) -> None:
    with pytest.raises(BadRequest, match="nested too deeply"):
        json_request(body).get_json()


def test_get_json_deeply_nested_body_is_none_when_silent() -> None:
    assert json_request(b"[" * 100_000).get_json(silent=True) is None


def test_get_json_moderately_nested_body_still_decodes() -> None:
    value = json_request(b"[" * 200 + b"]" * 200).get_json()
    depth = 0
    while value:
        value, depth = value[0], depth + 1
    assert (value, depth) == ([], 199)
