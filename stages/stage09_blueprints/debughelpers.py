"""Errors that explain themselves in debug mode.

Mirrors flask/debughelpers.py (Flask 3.1.3). The classic mistake: a form with a file
input but without ``enctype="multipart/form-data"``. The browser then sends only the
file's *name*, as an ordinary field, and ``request.files["photo"]`` is a bare
``KeyError``. In debug mode the app says what happened and how to fix the form. The same spirit
explains a template that cannot be found (``EXPLAIN_TEMPLATE_LOADING``).
"""

from __future__ import annotations

from typing import Any

from stage03_request_response import MultiDict
from stage06_contexts.globals import _cv_request


class DebugFilesKeyError(KeyError, AssertionError):
    """``request.files[key]`` is missing, and the form shows why: no multipart encoding."""

    def __init__(self, request: Any, key: str) -> None:
        submitted = ", ".join(repr(name) for name in request.form.getlist(key))
        self.msg = (
            f"You tried to access the file {key!r} in the request.files dictionary but it"
            f" does not exist. The mimetype for the request is {request.mimetype!r} instead"
            " of 'multipart/form-data' which means that no file contents were transmitted."
            ' To fix this error you should provide enctype="multipart/form-data" in your'
            " form."
        )
        if submitted:
            self.msg += (
                "\n\nThe browser instead transmitted some file names. This was submitted:"
                f" {submitted}"
            )

    def __str__(self) -> str:
        return self.msg


class FormDataRoutingRedirect(AssertionError):
    """A form was posted to a URL that redirects: the browser would drop its data."""

    def __init__(self, request: Any) -> None:
        exc = request.routing_exception
        super().__init__(
            f"A request was sent to {request.url!r}, but routing issued a redirect to the"
            f" canonical URL {exc.new_url!r}. The URL was defined with a trailing slash"
            " and the browser will not resend the form to the new URL. Make the form post"
            " to the canonical URL (use url_for), or answer with a 307/308 redirect."
        )


class FilesExplainingMissingUploads(MultiDict):
    """``request.files`` whose ``KeyError`` becomes :class:`DebugFilesKeyError` when the
    form holds a field of that name (the file's name, sent without its content)."""

    def __init__(self, files: MultiDict, request: Any) -> None:
        super().__init__(files)
        self._request = request

    def __getitem__(self, key: Any) -> Any:
        if key in self or key not in self._request.form:
            return super().__getitem__(key)  # found, or missing for an ordinary reason
        raise DebugFilesKeyError(self._request, key)


def attach_enctype_error_multidict(request: Any) -> None:
    """Make ``request.files`` explain a missing upload (see the module docstring)."""
    request.__dict__["files"] = FilesExplainingMissingUploads(request.files, request)


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
