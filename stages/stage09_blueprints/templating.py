"""Templates: the environment, the loader, the render functions.

Mirrors flask/templating.py (Flask 3.1.3); built by the templates stage. Stage 9 adds
the blueprints' template folders to the loader (``Flask.iter_template_loaders``) and
the two render signals (``template_signals.py``), and explains a failed template
lookup in Flask's terms.
"""

from __future__ import annotations

from typing import Any

from . import base
from .base import Environment as Environment
from .base import render_template as render_template
from .base import render_template_string as render_template_string
from .base import stream_template as stream_template
from .base import stream_template_string as stream_template_string
from .debughelpers import explain_template_loading_attempts
from .signals import before_render_template as before_render_template
from .signals import template_rendered as template_rendered


class DispatchingJinjaLoader(base.DispatchingJinjaLoader):
    """The templates stage's loader, explaining its search as Flask's words it (it names
    the app and each blueprint it asked), via ``debughelpers``."""

    def _explain(self, template: str, attempts: list[tuple[Any, Any, str]]) -> None:
        if self.app.config["EXPLAIN_TEMPLATE_LOADING"]:
            explain_template_loading_attempts(self.app, template, attempts)
