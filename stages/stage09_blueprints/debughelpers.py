"""Errors and logs that explain themselves in debug mode.

Mirrors flask/debughelpers.py (Flask 3.1.3). The two debug-mode errors (a file field
read from a form sent without ``enctype="multipart/form-data"``, a form posted to a URL
that redirects) are stage 5's; stage 9 adds what needs blueprints: the explanation of a
failed template lookup names the app and each blueprint it asked, and the blueprint the
request was for.
"""

from __future__ import annotations

from typing import Any

from stage05_app.debughelpers import DebugFilesKeyError as DebugFilesKeyError
from stage05_app.debughelpers import FormDataRoutingRedirect as FormDataRoutingRedirect
from stage06_contexts.globals import _cv_request


def _source_name(owner: Any) -> str:
    """``application 'shop'`` or ``blueprint 'admin' (shop.admin)``: who owns a loader."""
    if hasattr(owner, "blueprints"):
        return f"application {owner.import_name!r}"
    if hasattr(owner, "deferred_functions"):
        return f"blueprint {owner.name!r} ({owner.import_name})"
    return repr(owner)


def explain_template_loading_attempts(
    app: Any, template: str, attempts: list[tuple[Any, Any, str]]
) -> None:
    """Log, at INFO on ``app.logger``, every loader asked for ``template`` and what it said.

    ``EXPLAIN_TEMPLATE_LOADING = True`` turns it on. When nothing was found during a
    request to a blueprint's endpoint, the usual cause is named: the template is not in
    a folder that blueprint (or the app) searches.
    """
    lines = [f"Locating template {template!r}:"]
    for number, (owner, loader, outcome) in enumerate(attempts, 1):
        lines.append(f"{number:5}: trying loader of {_source_name(owner)}")
        lines.append(f"       class: {type(loader).__module__}.{type(loader).__name__}")
        searchpath = getattr(loader, "searchpath", None)
        if searchpath:
            lines.append(f"       searchpath: {', '.join(searchpath)}")
        lines.append(f"       -> {outcome}")
    if not any(outcome.startswith("found") for _, _, outcome in attempts):
        lines.append("Error: the template could not be found.")
        ctx = _cv_request.get(None)
        blueprint = None if ctx is None else ctx.request.blueprint
        if blueprint is not None:
            lines.append(
                "  The template was looked up from an endpoint that belongs to the"
                f" blueprint {blueprint!r}: is it in that blueprint's template_folder (or"
                " the app's), under the name used?"
            )
            lines.append("  See https://flask.palletsprojects.com/blueprints/#templates")
    app.logger.info("\n".join(lines))
