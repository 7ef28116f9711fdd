"""Errors that explain a mistake only debug mode can afford to point out.

Mirrors flask/debughelpers.py (Flask 3.1.3). Two mistakes look like something else
in production: a form posted without ``enctype="multipart/form-data"`` makes
``request.files["photo"]`` a plain 400, and a POST to ``/user`` when the rule is
``/user/`` loses its form if the redirect is a 301 or 302, which browsers replay as
a GET. In debug mode the app raises these instead, saying what went wrong and how
to fix it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stage03_request_response import MultiDict

if TYPE_CHECKING:
    from .wrappers import Request


class DebugFilesKeyError(KeyError, AssertionError):
    """``request.files[key]`` is missing, and the form holds a field of that name instead."""

    def __init__(self, request: Request, key: str) -> None:
        names = request.form.getlist(key)
        self.msg = (
            f"request.files has no {key!r}: the request's mimetype is {request.mimetype!r},"
            " not 'multipart/form-data', so no file contents were transmitted. Add"
            ' enctype="multipart/form-data" to the <form> that sends it.'
        )
        if names:
            submitted = ", ".join(repr(name) for name in names)
            self.msg += f"\n\nThe browser sent only the file name. This was submitted: {submitted}"
        super().__init__(key)

    def __str__(self) -> str:
        return self.msg


class EnctypeCheckingFiles(MultiDict):
    """An empty ``request.files`` that answers a missing key with :class:`DebugFilesKeyError`
    when the form has a field of that name: the file input of a form without enctype."""

    def __init__(self, request: Request) -> None:
        super().__init__()
        self.request = request

    def __getitem__(self, key: str) -> Any:
        try:
            return super().__getitem__(key)
        except KeyError as missing:
            if key not in self.request.form:
                raise
            raise DebugFilesKeyError(self.request, key) from missing


class FormDataRoutingRedirect(AssertionError):
    """A POST (or PUT...) met a 301/302 routing redirect, which browsers follow as a GET."""

    def __init__(self, request: Request) -> None:
        new_url = getattr(request.routing_exception, "new_url", "?")
        message = (
            f"A request was sent to '{request.url}', but routing issued a redirect to the"
            f" canonical URL '{new_url}'."
        )
        if new_url.partition("?")[0] == f"{request.base_url}/":
            message += (
                " The rule ends with a slash and the request's URL did not: the app"
                " redirects to the URL with the slash."
            )
        message += (
            " A browser follows a 301 or 302 with a GET and drops the form data. Send the"
            " request to the canonical URL, or make routing redirects 307 or 308."
            "\n\nThis error is raised only in debug mode."
        )
        super().__init__(message)
