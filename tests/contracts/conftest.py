"""Fixtures for the contract tests: one run per implementation, a fresh app per test."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.context_guard import no_leaked_context as no_leaked_context

from .implementations import IDS, IMPLEMENTATIONS


@pytest.fixture(params=IMPLEMENTATIONS, ids=IDS)
def impl(request: pytest.FixtureRequest) -> ModuleType:
    """The package under test; tests reach it only through its public names."""
    return request.param


@pytest.fixture
def app(impl: ModuleType) -> Any:
    return impl.Flask("contract_app")


@pytest.fixture
def client(app: Any) -> Any:
    return app.test_client()


@pytest.fixture
def raised(impl: ModuleType) -> Any:
    """``raised(404)`` -> the exception class ``impl.abort(404)`` raises.

    Flask does not export its HTTP exceptions (they are Werkzeug's), so the tests find
    each implementation's classes through ``abort``, which every implementation has.
    """

    def exception_class(code: int) -> type[Exception]:
        try:
            impl.abort(code)
        except Exception as exc:  # abort always raises; keep what it raised
            return type(exc)
        raise AssertionError(f"abort({code}) returned instead of raising")

    return exception_class


@pytest.fixture
def http_exception(raised: Any) -> type[Exception]:
    """The implementation's ``HTTPException``: the common base of every HTTP error."""
    return next(cls for cls in raised(404).__mro__ if cls.__name__ == "HTTPException")
