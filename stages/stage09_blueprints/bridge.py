"""The Werkzeug bridge: Werkzeug's HTTP errors and converters in a stage 9 app.

Stages 1-4 rebuild Werkzeug, so they cannot import it, and their ``NotFound`` is
not Werkzeug's. Real Flask apps use both names: they ``raise Forbidden()`` from
``werkzeug.exceptions`` and register ``errorhandler(NotFound)`` with Werkzeug's
class. Stage 9 is the first stage whose promise is "a Flask app runs unchanged", so
the translation lives here, in one place:

- registering a handler for a Werkzeug class registers it for *our* twin (same
  name, same code), so our 404s reach ``errorhandler(werkzeug.exceptions.NotFound)``;
- a Werkzeug HTTP error raised in a view or hook is an HTTP error, handled by code
  and class like ours, and answers with its own status when nobody handles it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import stage04_routing
import werkzeug.exceptions as wz
from stage04_routing import HTTPException
from stage05_app.scaffold import Scaffold


def _twins() -> dict[type[BaseException], type[BaseException]]:
    """Werkzeug's class -> ours, for every HTTP error class both define under one name."""
    pairs: dict[type[BaseException], type[BaseException]] = {}
    for name in dir(wz):
        theirs, ours = getattr(wz, name), getattr(stage04_routing, name, None)
        if (
            isinstance(theirs, type)
            and issubclass(theirs, wz.HTTPException)
            and isinstance(ours, type)
            and issubclass(ours, HTTPException)
        ):
            pairs[theirs] = ours
    for code, theirs in wz.default_exceptions.items():
        ours = stage04_routing.default_exceptions.get(code)
        if ours is not None:
            pairs.setdefault(theirs, ours)
    return pairs


#: ``werkzeug.exceptions.NotFound`` -> ``stage04_routing.NotFound``, and so on.
OUR_TWIN = _twins()
#: The other way: ours -> Werkzeug's, to find handlers registered for a Werkzeug class.
THEIR_TWIN = {ours: theirs for theirs, ours in OUR_TWIN.items()}


# --8<-- [start:classes]
class WerkzeugErrorClasses(Scaffold):
    """``errorhandler(werkzeug.exceptions.NotFound)`` handles our 404s too."""

    @staticmethod
    def _get_exc_class_and_code(
        exc_class_or_code: type[Exception] | int,
    ) -> tuple[type[Exception], int | None]:
        """Werkzeug's class -> our twin and its code; a Werkzeug-only subclass keeps its own."""
        if isinstance(exc_class_or_code, type) and issubclass(exc_class_or_code, wz.HTTPException):
            twin = OUR_TWIN.get(exc_class_or_code)
            if twin is None:
                return exc_class_or_code, exc_class_or_code.code
            exc_class_or_code = twin  # type: ignore[assignment]
        return Scaffold._get_exc_class_and_code(exc_class_or_code)


# --8<-- [end:classes]


# --8<-- [start:instances]
class WerkzeugErrorBridge(WerkzeugErrorClasses):
    """A Werkzeug HTTP error raised by a view is handled as ours would be."""

    config: Any

    def handle_user_exception(self, exc: Exception) -> Any:
        if isinstance(exc, wz.HTTPException) and not self.trap_http_exception(exc):
            return self.handle_http_exception(exc)  # type: ignore[attr-defined]
        return super().handle_user_exception(exc)  # type: ignore[misc]

    def trap_http_exception(self, exc: Exception) -> bool:
        if isinstance(exc, wz.HTTPException) and not isinstance(exc, HTTPException):
            return bool(self.config["TRAP_HTTP_EXCEPTIONS"])
        return super().trap_http_exception(exc)  # type: ignore[misc,no-any-return]

    def _find_error_handler(
        self, exc: BaseException, blueprints: list[str]
    ) -> Callable[..., Any] | None:
        """For a Werkzeug error: by its code, then by class, each class or its twin."""
        if not isinstance(exc, wz.HTTPException):
            return super()._find_error_handler(exc, blueprints)  # type: ignore[misc,no-any-return]
        for code in (exc.code, None) if exc.code is not None else (None,):
            for name in (*blueprints, None):
                handlers = self.error_handler_spec[name][code]
                for cls in type(exc).__mro__:
                    handler = handlers.get(cls) or handlers.get(OUR_TWIN.get(cls))  # type: ignore[arg-type]
                    if handler is not None:
                        return handler
        return None


# --8<-- [end:instances]
