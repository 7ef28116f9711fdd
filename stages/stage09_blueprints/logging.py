"""``app.logger``: the logger named after the app, with a handler only when needed.

Mirrors flask/logging.py (Flask 3.1.3). Flask adds its handler only when no handler
would otherwise see the app's records (the app's logger and its parents have none
for that level), so an app that configures logging itself keeps full control.
During a request the default handler writes to the server's ``wsgi.errors`` stream.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any, TextIO

from .base import LocalProxy, _cv_request

if TYPE_CHECKING:
    from .app import Flask


def _errors_stream() -> TextIO:
    """The request's ``wsgi.errors`` during a request, else ``sys.stderr``."""
    ctx = _cv_request.get(None)
    if ctx is None:
        return sys.stderr
    return ctx.request.environ["wsgi.errors"]  # type: ignore[no-any-return]


#: Where the default handler writes: a proxy resolved at every write, so per request.
wsgi_errors_stream: Any = LocalProxy(_errors_stream)


def has_level_handler(logger: logging.Logger) -> bool:
    """Whether some handler on ``logger`` or its parents takes records at its level."""
    level = logger.getEffectiveLevel()
    current: logging.Logger | None = logger
    while current is not None:
        if any(handler.level <= level for handler in current.handlers):
            return True
        current = current.parent if current.propagate else None
    return False


#: The handler Flask puts on an app's logger when nothing else would print its records.
default_handler = logging.StreamHandler(wsgi_errors_stream)
default_handler.setFormatter(
    logging.Formatter("[%(asctime)s] %(levelname)s in %(module)s: %(message)s")
)


def create_logger(app: Flask) -> logging.Logger:
    """The app's logger: ``DEBUG`` level in debug mode, the default handler if needed."""
    logger = logging.getLogger(app.name)
    level_unset = logger.level == logging.NOTSET
    if level_unset and app.debug:
        logger.setLevel(logging.DEBUG)  # an explicit level set by the app wins over debug
    if has_level_handler(logger):
        return logger  # the app (or logging.basicConfig) configured output already
    logger.addHandler(default_handler)
    return logger
