"""The two implementations every differential test runs against: ours and Werkzeug 3.1.9's."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import stage03_request_response as ours
import werkzeug.datastructures
import werkzeug.exceptions
import werkzeug.http
import werkzeug.wrappers

OURS = SimpleNamespace(
    Request=ours.Request,
    Response=ours.Response,
    MultiDict=ours.MultiDict,
    Headers=ours.Headers,
    BadRequest=ours.BadRequest,
    RequestEntityTooLarge=ours.RequestEntityTooLarge,
    UnsupportedMediaType=ours.UnsupportedMediaType,
    dump_cookie=ours.dump_cookie,
)
WERKZEUG = SimpleNamespace(
    Request=werkzeug.wrappers.Request,
    Response=werkzeug.wrappers.Response,
    MultiDict=werkzeug.datastructures.MultiDict,
    Headers=werkzeug.datastructures.Headers,
    BadRequest=werkzeug.exceptions.BadRequest,
    RequestEntityTooLarge=werkzeug.exceptions.RequestEntityTooLarge,
    UnsupportedMediaType=werkzeug.exceptions.UnsupportedMediaType,
    dump_cookie=werkzeug.http.dump_cookie,
)

#: ``@IMPLS`` runs a test once with ``impl=OURS`` and once with ``impl=WERKZEUG``.
IMPLS = pytest.mark.parametrize("impl", [OURS, WERKZEUG], ids=["ours", "werkzeug"])
