"""Class-based views reading the request from the context.

Mirrors flask/views.py (Flask 3.1.3). ``View`` needs nothing from the request, so it
is stage 5's. ``MethodView`` reads ``request.method``: here that is the context-local
request, not stage 5's module-level slot.
"""

from __future__ import annotations

from typing import Any

from stage05_app import views as stage5_views
from stage05_app.views import HTTP_METHOD_FUNCS as HTTP_METHOD_FUNCS
from stage05_app.views import View as View
from stage05_app.views import handler_for, run_to_result

from .globals import request


class MethodView(stage5_views.MethodView):
    """``def get(self)``, ``def post(self)``: one method per HTTP method."""

    def dispatch_request(self, **kwargs: Any) -> Any:
        return run_to_result(handler_for(self, request.method), kwargs)
