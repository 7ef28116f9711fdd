"""Stage 5's request and response, reading their limits from the app context's app.

Mirrors flask/wrappers.py (Flask 3.1.3): ``Request.max_content_length`` and its
siblings, and ``Response.max_cookie_size``, follow ``current_app.config`` whenever
an app context is active. Stage 5's wrappers look the app up through one class
attribute, ``current_app``; that is all this stage changes.
"""

from __future__ import annotations

from typing import Any, ClassVar

from stage05_app import wrappers as stage5_wrappers

from .globals import current_app


class Request(stage5_wrappers.Request):
    """Stage 5's request; its limits follow the config of the app context's app."""

    current_app: ClassVar[Any] = current_app


class Response(stage5_wrappers.Response):
    """Stage 5's response; ``max_cookie_size`` follows the app context's ``MAX_COOKIE_SIZE``."""

    current_app: ClassVar[Any] = current_app
