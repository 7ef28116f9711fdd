"""``app.test_client()``: Werkzeug's test client, as Flask uses it.

Mirrors flask/testing.py (Flask 3.1.3). The client builds a WSGI environ for each call
and runs the app in-process, no socket involved, then wraps what comes back in
Werkzeug's test response (``.status_code``, ``.data``, ``.json``, ``.headers``). Stage 5
may use Werkzeug now: stages 1-3 rebuilt the parts the client exercises.

Flask adds two things to Werkzeug's client, and so do we: requests go to the host,
scheme and root the app is configured for (``SERVER_NAME``, ``PREFERRED_URL_SCHEME``,
``APPLICATION_ROOT``), so an app with ``SERVER_NAME`` set still matches its routes;
and JSON in and out goes through ``app.json``, so dates and UUIDs work both ways.
"""

from __future__ import annotations

from copy import copy
from importlib.metadata import version
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import werkzeug.test
from werkzeug.test import Client, TestResponse
from werkzeug.wrappers import Request as WerkzeugRequest

if TYPE_CHECKING:
    from .app import Flask

#: Environ key of the "keep this request's contexts" hook: ``wsgi_app`` hands the
#: contexts to the function found there before popping them. Werkzeug's debugger sets
#: it, and so does stage 6's client inside ``with client:``.
PRESERVE_CONTEXT_KEY = "werkzeug.debug.preserve_context"
#: Read once: looking a version up in the installed metadata takes about a millisecond.
WERKZEUG_VERSION = version("werkzeug")


def app_base_url(
    app: Flask, path: str, subdomain: str | None, url_scheme: str | None
) -> tuple[str, str]:
    """Where ``path`` is requested: ``"/a?b=1"`` -> ``("http://localhost/", "/a?b=1")``.

    A full URL in ``path`` keeps its own scheme and host; otherwise they come from the
    app's config, the way a real deployment of the app would be reached.
    """
    parts = urlsplit(path)
    host = app.config.get("SERVER_NAME") or "localhost"
    if subdomain:
        host = f"{subdomain}.{host}"
    scheme = parts.scheme or url_scheme or app.config["PREFERRED_URL_SCHEME"]
    root = app.config["APPLICATION_ROOT"].lstrip("/")
    local_path = f"{parts.path}?{parts.query}" if parts.query else parts.path
    return f"{scheme}://{parts.netloc or host}/{root}", local_path


class EnvironBuilder(werkzeug.test.EnvironBuilder):
    """Werkzeug's environ builder, with defaults taken from the app's config."""

    def __init__(
        self,
        app: Flask,
        path: str = "/",
        base_url: str | None = None,
        subdomain: str | None = None,
        url_scheme: str | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        if base_url is not None and (subdomain or url_scheme):
            # Flask asserts this, so the same exception type is raised here.
            raise AssertionError(
                'Cannot pass "subdomain" or "url_scheme" with "base_url": the base URL'
                " already names the scheme and host. Pass one or the other."
            )
        if base_url is None:
            base_url, path = app_base_url(app, path, subdomain, url_scheme)
        #: The app whose config and JSON provider this builder follows.
        self.app = app
        super().__init__(path, base_url, *args, **kwargs)

    def json_dumps(self, obj: Any, **kwargs: Any) -> str:
        """``client.post(json=...)`` encodes with ``app.json``, as the app would."""
        return self.app.json.dumps(obj, **kwargs)


class FlaskClient(Client):
    """A test client whose requests look like they came from a local browser."""

    application: Flask

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Added to every environ the client builds; tests may change it.
        self.environ_base = {
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_USER_AGENT": f"Werkzeug/{WERKZEUG_VERSION}",
        }

    def _with_environ_base(self, environ: dict[str, Any]) -> dict[str, Any]:
        """The client's defaults under ``environ``: what the request sets wins."""
        return {**self.environ_base, **environ}

    def open(
        self, *args: Any, buffered: bool = False, follow_redirects: bool = False, **kwargs: Any
    ) -> TestResponse:
        """``client.open("/path", method="POST", json=...)``, Werkzeug's call, app-aware.

        However the request is described, the client's ``environ_base`` goes under it
        last, as the lowest layer, which is where Werkzeug's builder puts it too.
        """
        request = self._request_from(args, kwargs)
        request.environ = self._with_environ_base(request.environ)
        response = super().open(request, buffered=buffered, follow_redirects=follow_redirects)
        # Werkzeug types json_module as the json module; app.json has the same loads().
        response.json_module = self.application.json  # type: ignore[assignment]
        return response

    def _request_from(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> WerkzeugRequest:
        """A request from a request, an environ, a builder, or the arguments of a builder."""
        described = args[0] if args else None
        if isinstance(described, WerkzeugRequest):
            return copy(described)  # the caller's request keeps its own environ
        if isinstance(described, dict):
            return EnvironBuilder.from_environ(described, app=self.application).get_request()
        if isinstance(described, werkzeug.test.EnvironBuilder):
            return described.get_request()
        builder = EnvironBuilder(self.application, *args, **kwargs)
        try:
            return builder.get_request()
        finally:
            builder.close()
