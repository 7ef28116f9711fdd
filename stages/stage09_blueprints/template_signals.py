"""``before_render_template`` and ``template_rendered``, sent by the templates themselves.

Mirrors the signal sends of ``_render`` and ``_stream`` in flask/templating.py (Flask
3.1.3). The templates stage renders through Jinja's ``Template.render`` and
``Template.generate``; Jinja lets an environment choose the class of its templates
(``Environment.template_class``), so stage 9 swaps in a subclass that announces each
rendering, without touching the render functions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jinja2 import Template

from .signals import before_render_template, template_rendered


class SignallingTemplate(Template):
    """A Jinja template that tells ``before_render_template``/``template_rendered`` receivers."""

    def _app(self) -> Any:
        return getattr(self.environment, "app", None)

    def render(self, *args: Any, **kwargs: Any) -> str:
        app, context = self._app(), dict(*args, **kwargs)
        if app is None:  # an environment that belongs to no app: nothing to announce
            return super().render(context)
        before_render_template.send(
            app, _async_wrapper=app.ensure_sync, template=self, context=context
        )
        rendered = super().render(context)
        template_rendered.send(app, _async_wrapper=app.ensure_sync, template=self, context=context)
        return rendered

    def generate(self, *args: Any, **kwargs: Any) -> Iterator[str]:
        app, context = self._app(), dict(*args, **kwargs)
        if app is None:
            yield from super().generate(context)
            return
        before_render_template.send(
            app, _async_wrapper=app.ensure_sync, template=self, context=context
        )
        yield from super().generate(context)
        template_rendered.send(app, _async_wrapper=app.ensure_sync, template=self, context=context)
