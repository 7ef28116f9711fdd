"""The test client, keeping the last request's contexts inside ``with client:``.

Mirrors flask/testing.py (Flask 3.1.3). Stage 5's client already builds requests the
way the app's config says (``EnvironBuilder`` is stage 5's, re-exported here for
``app.test_request_context``). What contexts add is Flask's ``with client:`` idiom: after
``client.get("/")`` inside the block, the test can still read ``request`` and ``g``.
"""

from __future__ import annotations

from contextlib import ExitStack
from types import TracebackType
from typing import TYPE_CHECKING, Any

from stage05_app.testing import PRESERVE_CONTEXT_KEY
from stage05_app.testing import EnvironBuilder as EnvironBuilder
from stage05_app.testing import FlaskClient as BaseFlaskClient

if TYPE_CHECKING:
    from werkzeug.test import TestResponse

    from .app import Flask


class FlaskClient(BaseFlaskClient):
    """Stage 5's client, building each request with the app's :class:`EnvironBuilder`.

    Inside ``with client:`` the contexts of the latest request stay pushed after the
    response is back, so the test can still read ``request`` and ``g``. ``wsgi_app``
    hands them over through the environ key :data:`PRESERVE_CONTEXT_KEY` as the
    request ends; the client pushes them again and pops them at the next request or at
    the end of the block. Teardown functions have run by then (and run again at that pop).
    """

    application: Flask

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: True inside ``with client:``; see the class docstring.
        self.preserve_context = False
        self._reported_contexts: list[Any] = []
        self._repushed_contexts = ExitStack()

    def __enter__(self) -> FlaskClient:
        if self.preserve_context:
            raise RuntimeError(
                "Cannot nest client invocations: this client is already inside a 'with'"
                " block. Use one 'with client:' at a time."
            )
        self.preserve_context = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.preserve_context = False
        self._repushed_contexts.close()

    def open(self, *args: Any, **kwargs: Any) -> TestResponse:
        # The previous request's contexts end when the next request starts.
        self._repushed_contexts.close()
        response = super().open(*args, **kwargs)
        for ctx in self._reported_contexts:
            self._repushed_contexts.enter_context(ctx)
        self._reported_contexts.clear()
        return response

    def _with_environ_base(self, environ: dict[str, Any]) -> dict[str, Any]:
        """Stage 5's defaults, plus the hook that reports contexts inside ``with client:``."""
        merged = super()._with_environ_base(environ)
        if self.preserve_context:
            merged[PRESERVE_CONTEXT_KEY] = self._reported_contexts.append
        return merged
