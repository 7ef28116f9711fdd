"""The contexts, with the two signals an app context sends.

Mirrors flask/ctx.py (Flask 3.1.3). The mechanism is the lower stage's; stage 9
adds ``appcontext_pushed`` once the context is active (a receiver can already use
``g``) and ``appcontext_popped`` once it is gone.
"""

from __future__ import annotations

from typing import Any

from . import base, signals
from .base import RequestContext as RequestContext
from .base import after_this_request as after_this_request
from .base import copy_current_request_context as copy_current_request_context
from .base import has_app_context as has_app_context
from .base import has_request_context as has_request_context


class AppContext(base.AppContext):
    """``with app.app_context():``, announcing itself to ``appcontext_*`` receivers."""

    def push(self) -> None:
        super().push()
        signals.appcontext_pushed.send(self.app, _async_wrapper=self.app.ensure_sync)

    def pop(self, exc: Any = base._sentinel) -> None:
        super().pop(exc)
        signals.appcontext_popped.send(self.app, _async_wrapper=self.app.ensure_sync)
