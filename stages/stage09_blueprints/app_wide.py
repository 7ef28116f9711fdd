"""A blueprint's app-wide decorators: hooks that run for every request, not only its own.

Mirrors the ``app_*`` and ``*_app_*`` methods of flask/sansio/blueprints.py (Flask
3.1.3). ``@bp.before_request`` runs only for the blueprint's routes; ``@bp.before_app_request``
runs for the whole app. Each decorator here records one installation on the app,
done once however often the blueprint is registered (``record_once``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from stage05_app.scaffold import setupmethod

if TYPE_CHECKING:
    from .app import Flask
    from .setup_state import BlueprintSetupState

F = TypeVar("F", bound=Callable[..., Any])


class AppWideDecorators:
    """``before_app_request``, ``app_errorhandler``, ``app_template_filter``..."""

    def record_once(self, func: Callable[[BlueprintSetupState], None]) -> None:
        raise NotImplementedError

    # --8<-- [start:on_app]
    def _on_app(self, install: Callable[[Flask], None]) -> None:
        """Run ``install(app)`` at the blueprint's first registration on each app."""
        self.record_once(lambda state: install(state.app))

    def _app_hook(self, table: str, f: F) -> F:
        """Append ``f`` to the app's own (``None``) list in ``app.<table>``."""
        self._on_app(lambda app: getattr(app, table).setdefault(None, []).append(f))
        return f

    # --8<-- [end:on_app]

    @setupmethod
    def before_app_request(self, f: F) -> F:
        """Like ``app.before_request``: run before every request of the app."""
        return self._app_hook("before_request_funcs", f)

    @setupmethod
    def after_app_request(self, f: F) -> F:
        """Like ``app.after_request``: run after every request of the app."""
        return self._app_hook("after_request_funcs", f)

    @setupmethod
    def teardown_app_request(self, f: F) -> F:
        """Like ``app.teardown_request``: run as every request of the app ends."""
        return self._app_hook("teardown_request_funcs", f)

    @setupmethod
    def app_context_processor(self, f: F) -> F:
        """Like ``app.context_processor``: values for every template the app renders."""
        return self._app_hook("template_context_processors", f)

    @setupmethod
    def app_url_value_preprocessor(self, f: F) -> F:
        """Like ``app.url_value_preprocessor``, for every route of the app."""
        return self._app_hook("url_value_preprocessors", f)

    @setupmethod
    def app_url_defaults(self, f: F) -> F:
        """Like ``app.url_defaults``, for every ``url_for`` of the app."""
        return self._app_hook("url_default_functions", f)

    @setupmethod
    def app_errorhandler(self, code: type[Exception] | int) -> Callable[[F], F]:
        """Like ``app.errorhandler``: handle the error wherever in the app it is raised."""

        def decorator(f: F) -> F:
            self._on_app(lambda app: app.register_error_handler(code, f))
            return f

        return decorator

    # --8<-- [start:template_helpers]
    def _jinja_entry(self, mapping: str, f: F, name: str | None) -> None:
        """Put ``f`` into ``app.jinja_env.<mapping>`` (filters, tests or globals)."""

        def install(app: Flask) -> None:
            getattr(app.jinja_env, mapping)[name or f.__name__] = f  # type: ignore[attr-defined]

        self._on_app(install)

    @setupmethod
    def add_app_template_filter(self, f: F, name: str | None = None) -> None:
        """``{{ value|name }}`` in every template of the app."""
        self._jinja_entry("filters", f, name)

    @setupmethod
    def add_app_template_test(self, f: F, name: str | None = None) -> None:
        """``{% if value is name %}`` in every template of the app."""
        self._jinja_entry("tests", f, name)

    @setupmethod
    def add_app_template_global(self, f: F, name: str | None = None) -> None:
        """``{{ name() }}`` in every template of the app."""
        self._jinja_entry("globals", f, name)

    # --8<-- [end:template_helpers]

    def app_template_filter(self, name: str | None = None) -> Callable[[F], F]:
        """Decorator form of :meth:`add_app_template_filter`."""

        def decorator(f: F) -> F:
            self.add_app_template_filter(f, name=name)
            return f

        return decorator

    def app_template_test(self, name: str | None = None) -> Callable[[F], F]:
        """Decorator form of :meth:`add_app_template_test`."""

        def decorator(f: F) -> F:
            self.add_app_template_test(f, name=name)
            return f

        return decorator

    def app_template_global(self, name: str | None = None) -> Callable[[F], F]:
        """Decorator form of :meth:`add_app_template_global`."""

        def decorator(f: F) -> F:
            self.add_app_template_global(f, name=name)
            return f

        return decorator
