"""Serving a blueprint's static folder, through the lower stage's file sending.

Mirrors ``send_static_file`` of flask/app.py and flask/blueprints.py (Flask 3.1.3).
"""

from __future__ import annotations

from typing import Any

from stage04_routing import NotFound


def send_static_file(owner: Any, filename: str) -> Any:
    """``owner``'s static folder, file ``filename``; 404 when it has none."""
    if not owner.has_static_folder:
        raise RuntimeError(
            f"{owner!r} has no static folder, so it cannot serve {filename!r}."
            " Pass static_folder= when creating it."
        )
    raise NotFound(f"Static files need the templates stage's send_from_directory: {filename!r}.")
