"""Jinja2 wired into the app: the environment, the loader, and the render functions.

Mirrors flask/templating.py (Flask 3.1.3). A template name travels like this:
``render_template("index.html")`` asks ``app.jinja_env`` for the template; the
environment asks its loader, a :class:`DispatchingJinjaLoader`, which asks each
``(owner, loader)`` pair ``app.iter_template_loaders()`` yields, in order, until one
finds the file: the app's ``templates/`` folder first, then (stage 9) each blueprint's.
The template is rendered with the context the view passed, on top of what the context
processors add (``request``, ``session``, ``g``, and your own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

from jinja2 import BaseLoader, Template, TemplateNotFound
from jinja2 import Environment as JinjaEnvironment
from stage06_contexts.globals import _cv_app, _cv_request, current_app
from stage07_sessions import RequestContext

from .streaming import stream_with_context

if TYPE_CHECKING:
    from .app import Flask


# --8<-- [start:environment]
class Environment(JinjaEnvironment):
    """A Jinja environment that belongs to an app, and loads through it by default."""

    def __init__(self, app: Flask, **options: Any) -> None:
        if "loader" not in options:
            options["loader"] = app.create_global_jinja_loader()
        super().__init__(**options)
        #: The app whose folders and context this environment renders with.
        self.app = app


# --8<-- [end:environment]


# --8<-- [start:loader]
class DispatchingJinjaLoader(BaseLoader):
    """Ask each of the app's template sources in turn; the first that has the name wins.

    The sources come from ``app.iter_template_loaders()``: ``(owner, loader)`` pairs,
    the app first. The loader holds no list of its own, so a blueprint registered
    later is found without rebuilding anything.
    """

    def __init__(self, app: Flask) -> None:
        self.app = app

    def get_source(
        self, environment: JinjaEnvironment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        attempts: list[tuple[Any, BaseLoader, str]] = []
        for owner, loader in self.app.iter_template_loaders():
            try:
                found = loader.get_source(environment, template)
            except TemplateNotFound:
                attempts.append((owner, loader, "no match"))
                continue
            attempts.append((owner, loader, f"found {found[1]!r}"))
            self._explain(template, attempts)
            return found
        self._explain(template, attempts)
        raise TemplateNotFound(template)

    def _explain(self, template: str, attempts: list[tuple[Any, BaseLoader, str]]) -> None:
        """With ``EXPLAIN_TEMPLATE_LOADING``, log where the name was looked for."""
        if not self.app.config["EXPLAIN_TEMPLATE_LOADING"]:
            return
        lines = [f"Locating template {template!r}:"]
        for number, (owner, loader, outcome) in enumerate(attempts, 1):
            lines.append(f"{number:5}: {owner!r} with {type(loader).__name__}: {outcome}")
        if not attempts:
            lines.append("  no loaders: give the app a template_folder")
        self.app.logger.info("\n".join(lines))

    def list_templates(self) -> list[str]:
        names: set[str] = set()
        for _owner, loader in self.app.iter_template_loaders():
            names.update(loader.list_templates())
        return sorted(names)


# --8<-- [end:loader]


# --8<-- [start:default_context]
def default_template_context() -> dict[str, Any]:
    """``g``, and in a request ``request`` and ``session``: what every template may use."""
    context: dict[str, Any] = {}
    app_ctx = _cv_app.get(None)
    if app_ctx is not None:
        context["g"] = app_ctx.g
    request_ctx = _cv_request.get(None)
    if request_ctx is not None:
        context["request"] = request_ctx.request
        context["session"] = cast(RequestContext, request_ctx).session  # stage 7's context
    return context


# --8<-- [end:default_context]


# --8<-- [start:render]
def render_template(
    template_name_or_list: str | Template | list[str | Template], **context: Any
) -> str:
    """``render_template("hello.html", name="ann")``: a file from the templates folder.

    A list means "the first of these that exists".
    """
    app = current_app._get_current_object()
    template = app.jinja_env.get_or_select_template(template_name_or_list)
    return _render(app, template, context)


def render_template_string(source: str, **context: Any) -> str:
    """``render_template_string("Hi {{ name }}", name="ann")`` -> ``"Hi ann"``."""
    app = current_app._get_current_object()
    return _render(app, app.jinja_env.from_string(source), context)


def _render(app: Flask, template: Template, context: dict[str, Any]) -> str:
    app.update_template_context(context)
    return template.render(context)


# --8<-- [end:render]


# --8<-- [start:stream]
def stream_template(
    template_name_or_list: str | Template | list[str | Template], **context: Any
) -> Iterator[str]:
    """Like ``render_template``, but piece by piece: ``return stream_template("big.html")``.

    The first bytes leave before the last are rendered. During a request the request
    context is kept alive while the server iterates, so ``request`` works in the template.
    """
    app = current_app._get_current_object()
    template = app.jinja_env.get_or_select_template(template_name_or_list)
    return _stream(app, template, context)


def stream_template_string(source: str, **context: Any) -> Iterator[str]:
    """Like ``render_template_string``, but piece by piece."""
    app = current_app._get_current_object()
    return _stream(app, app.jinja_env.from_string(source), context)


def _stream(app: Flask, template: Template, context: dict[str, Any]) -> Iterator[str]:
    app.update_template_context(context)
    pieces: Iterable[str] = template.generate(context)
    if _cv_request.get(None) is not None:
        return stream_with_context(pieces)  # type: ignore[return-value]  # an iterable in, an iterator out
    return iter(pieces)


# --8<-- [end:stream]


def get_template_attribute(template_name: str, attribute: str) -> Any:
    """A macro or variable a template defines, callable from Python.

    ``get_template_attribute("_forms.html", "field")(name="user")`` renders the
    ``field`` macro: the same markup for a view that builds HTML in code.
    """
    return getattr(current_app.jinja_env.get_template(template_name).module, attribute)
