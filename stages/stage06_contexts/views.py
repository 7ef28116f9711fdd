"""Class-based views whose app is the app context's ``current_app``.

Mirrors flask/views.py (Flask 3.1.3). Stage 5's views reach the app (its
``ensure_sync``, its ``current_request``) through one class attribute,
``View.current_app``; that is all this stage changes.
"""

from __future__ import annotations

from typing import Any, ClassVar

from stage05_app import views as stage5_views
from stage05_app.views import HTTP_METHOD_FUNCS as HTTP_METHOD_FUNCS

from .globals import current_app


class View(stage5_views.View):
    """Stage 5's ``View``, finding its app through the app context."""

    current_app: ClassVar[Any] = current_app


class MethodView(stage5_views.MethodView, View):
    """Stage 5's ``MethodView`` (one method per HTTP method), on this stage's ``View``."""
