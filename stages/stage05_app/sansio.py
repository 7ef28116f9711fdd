"""The half of the app that never touches a request: config, routes, lookup tables.

Mirrors flask/sansio/app.py (Flask 3.1.3). Flask splits its app class in two: this
part knows nothing of WSGI (Quart, the async Flask, reuses it), and ``app.py`` adds the
request cycle on top. We keep the same split so each file reads in one sitting.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from stage03_request_response.host import split_host
from stage04_routing import (
    Aborter,
    BadRequest,
    BadRequestKeyError,
    BuildError,
    HTTPException,
    Map,
    MapAdapter,
    Rule,
    SecurityError,
)
from stage04_routing import redirect as redirect_page

from .config import DEFAULT_CONFIG, Config, ConfigAttribute
from .helpers import get_debug_flag, get_root_path, main_script_name
from .json import DefaultJSONProvider
from .scaffold import (
    Scaffold,
    blueprint_scopes,
    endpoint_from_view_func,
    nearest_handler,
    requested_methods,
    setupmethod,
)

if TYPE_CHECKING:
    from .wrappers import Request, Response

#: Characters an anchor keeps unescaped after ``#`` (RFC 3986, section 3.5).
ANCHOR_SAFE = "%!#$&'()*+,/:;=?@"


def host_is_trusted(host: str, trusted: Collection[str]) -> bool:
    """``"shop.example:8080"`` against ``["shop.example"]`` -> True; the port is ignored.

    An entry starting with a dot also admits every subdomain: ``".example"`` trusts
    ``"a.example"`` and ``"example"``. Names compare in their ASCII (IDNA) form.
    """
    parts = split_host(host)
    if parts is None:  # not a well-formed host at all
        return False
    name = parts[0]
    for entry in trusted:
        wildcard = entry.startswith(".")
        try:
            entry = entry.lstrip(".").partition(":")[0].encode("idna").decode("ascii")
        except UnicodeError:
            continue
        if name == entry or (wildcard and name.endswith(f".{entry}")):
            return True
    return False


# --8<-- [start:app_init]
class App(Scaffold):
    """What an app is before any request arrives: settings, routes, handler tables."""

    #: The class of ``app.url_map``; stage 4's map.
    url_map_class: type[Map] = Map
    #: The class of the rules ``add_url_rule`` creates.
    url_rule_class: type[Rule] = Rule
    #: The class of ``app.config``.
    config_class: type[Config] = Config
    #: The class of ``app.json``, which ``jsonify`` and dict return values use.
    json_provider_class: type[DefaultJSONProvider] = DefaultJSONProvider
    #: The class of ``app.aborter``, which ``abort`` calls.
    aborter_class: type[Aborter] = Aborter
    #: The config keys an app starts with, and their values: Flask's.
    default_config = DEFAULT_CONFIG
    #: The class responses are made of. Declared here for what this half builds
    #: (redirects); the WSGI half, ``Flask`` in app.py, sets it.
    response_class: type[Response]

    #: ``app.testing`` reads and writes ``app.config["TESTING"]``.
    testing = ConfigAttribute[bool]("TESTING")
    #: ``app.secret_key`` reads and writes ``app.config["SECRET_KEY"]``.
    secret_key = ConfigAttribute[Any]("SECRET_KEY")

    def __init__(
        self,
        import_name: str,
        root_path: str | None = None,
        *,
        host_matching: bool = False,
        subdomain_matching: bool = False,
    ) -> None:
        super().__init__(import_name)
        #: The folder relative paths (``config.from_pyfile``) start from.
        self.root_path = root_path if root_path is not None else get_root_path(import_name)
        #: The settings: a dict with loaders, filled with Flask's defaults.
        self.config = self.make_config()
        #: The rules; each knows its endpoint, ``view_functions`` maps it to code.
        self.url_map = self.url_map_class(host_matching=host_matching)
        #: Whether rules with ``subdomain=`` match the part of the Host before
        #: ``SERVER_NAME``. Off: every subdomain reaches the rules without one.
        self.subdomain_matching = subdomain_matching
        self.json = self.json_provider_class(self)
        self.aborter = self.make_aborter()
        #: Called as ``handler(error, endpoint, values)`` when ``url_for`` cannot build;
        #: the first to return a URL wins (for example, a URL on another site).
        self.url_build_error_handlers: list[Callable[[BuildError, str, dict[str, Any]], str]] = []
        self._got_first_request = False

    # --8<-- [end:app_init]

    def make_config(self) -> Config:
        defaults = dict(self.default_config)
        defaults["DEBUG"] = get_debug_flag()  # FLASK_DEBUG decides the starting value
        return self.config_class(self.root_path, defaults)

    def make_aborter(self) -> Aborter:
        return self.aborter_class()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    @property
    def name(self) -> str:
        """The import name, or the script's file name when run as ``__main__``."""
        return main_script_name() if self.import_name == "__main__" else self.import_name

    @property
    def debug(self) -> bool:
        return bool(self.config["DEBUG"])

    @debug.setter
    def debug(self, value: bool) -> None:
        self.config["DEBUG"] = value

    @property
    def logger(self) -> logging.Logger:
        """The logger named after the app; unhandled exceptions are logged here."""
        logger = logging.getLogger(self.name)
        if self.debug and not logger.level:
            logger.setLevel(logging.DEBUG)
        return logger

    # --8<-- [start:ensure_sync]
    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """``async def`` views and hooks become plain calls; other functions pass through.

        The app is a WSGI app: each request runs on a thread that waits for the answer,
        so a coroutine is simply run to completion, in its own event loop.
        """
        return self.async_to_sync(func) if inspect.iscoroutinefunction(func) else func

    def async_to_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """Wrap a coroutine function so that calling it runs it and returns its result.

        ``asyncio.run`` copies the current ``contextvars`` context into the task, so
        stage 6's ``request`` and ``g`` work inside the coroutine. It refuses to start
        inside a running event loop; Flask, with asgiref installed, can.
        """

        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            return asyncio.run(func(*args, **kwargs))

        return run

    # --8<-- [end:ensure_sync]

    # --8<-- [start:setup_check]
    def _check_setup_finished(self, f_name: str) -> None:
        if self._got_first_request:
            raise AssertionError(
                f"The setup method '{f_name}' can no longer be called on the application."
                " It has already handled its first request, so a change now would reach"
                " some requests and not others. Register routes, hooks and handlers"
                " before the app starts serving."
            )

    # --8<-- [end:setup_check]

    # --8<-- [start:add_url_rule]
    @setupmethod
    def add_url_rule(
        self,
        rule: str,
        endpoint: str | None = None,
        view_func: Callable[..., Any] | None = None,
        provide_automatic_options: bool | None = None,
        **options: Any,
    ) -> None:
        """Add ``rule`` to the URL map and ``view_func`` under its endpoint."""
        methods = requested_methods(options.pop("methods", None), view_func)
        if provide_automatic_options is None:
            provide_automatic_options = getattr(view_func, "provide_automatic_options", None)
        if provide_automatic_options is None:
            # Nobody chose: the app answers OPTIONS unless the view handles it itself.
            # Only this automatic choice adds OPTIONS to the rule; Flask leaves an explicit
            # True alone (such a rule answers OPTIONS only when its methods list it).
            provide_automatic_options = self.answers_options_for(methods)
            if provide_automatic_options:
                methods.add("OPTIONS")
        methods.update(getattr(view_func, "required_methods", ()))
        endpoint = endpoint if endpoint is not None else endpoint_from_view_func(view_func)
        url_rule = self.url_rule_class(rule, methods=methods, endpoint=endpoint, **options)
        # dispatch_request reads this flag to answer OPTIONS without calling the view. Stage
        # 4's Rule, like Werkzeug's, does not declare it: Flask adds it the same way.
        url_rule.provide_automatic_options = provide_automatic_options  # type: ignore[attr-defined]
        self.url_map.add(url_rule)
        if view_func is not None:  # else @app.endpoint(...) gives the endpoint its function later
            self.claim_endpoint(endpoint, view_func)

    def answers_options_for(self, methods: set[str]) -> bool:
        """Whether the app itself answers OPTIONS for a rule with these ``methods``."""
        return "OPTIONS" not in methods and bool(self.config["PROVIDE_AUTOMATIC_OPTIONS"])

    def claim_endpoint(self, endpoint: str, view_func: Callable[..., Any]) -> None:
        """``view_functions[endpoint] = view_func``; a different function already there is an error.

        Two functions on one endpoint: ``url_for`` could not tell which one was meant.
        The same function twice (two URLs, one view) is fine.
        """
        claimed_by = self.view_functions.setdefault(endpoint, view_func)
        if claimed_by != view_func:
            raise AssertionError(
                f"View function mapping is overwriting an existing endpoint function: {endpoint}"
            )

    # --8<-- [end:add_url_rule]

    # --8<-- [start:error_lookup]
    def trap_http_exception(self, exc: Exception) -> bool:
        """Whether an HTTP error should propagate like a bug (``TRAP_*`` settings)."""
        if self.config["TRAP_HTTP_EXCEPTIONS"]:
            return True
        return isinstance(exc, BadRequest) and self.traps_bad_request(exc)

    def traps_bad_request(self, exc: BadRequest) -> bool:
        """``TRAP_BAD_REQUEST_ERRORS``: True traps every 400; unset, a missing key in debug."""
        setting = self.config["TRAP_BAD_REQUEST_ERRORS"]
        if setting is None:
            # A missing form key is the usual 400 during development: show the traceback.
            return self.debug and isinstance(exc, BadRequestKeyError)
        return bool(setting)

    def _find_error_handler(
        self, exc: BaseException, blueprints: list[str]
    ) -> Callable[..., Any] | None:
        """The handler for ``exc``: by its code first, then by class, nearest class first.

        At each of those two steps the blueprints are asked (innermost first), then the
        app. Lookups read the tables without adding empty entries to them.
        """
        code = exc.code if isinstance(exc, HTTPException) else None
        codes = (None,) if code is None else (code, None)
        scopes = (*blueprints, None)
        for step_code in codes:
            for scope in scopes:
                handlers = self.error_handler_spec.get(scope, {}).get(step_code)
                found = nearest_handler(handlers, type(exc)) if handlers else None
                if found is not None:
                    return found
        return None

    # --8<-- [end:error_lookup]

    def configure_request(self, request: Request) -> None:
        """Give a new request ``app.json``, for ``get_json``.

        Its limits are not copied: the request reads them from the app's config when
        it needs them (``AppSetting`` in wrappers.py), so a config change reaches it.
        """
        request.json_module = self.json

    def create_url_adapter(self, request: Request | None) -> MapAdapter | None:
        """The URL map bound to a request, or to ``SERVER_NAME`` when there is none."""
        if request is not None:
            trusted = self.config["TRUSTED_HOSTS"]
            if trusted is not None and not host_is_trusted(request.host, trusted):
                # Answered as 400 by the request context: a forged Host must not reach
                # url_for(_external=True), password-reset links or the like.
                raise SecurityError(f"Host {request.host!r} is not a trusted host.")
            server_name = None if self.url_map.host_matching else self.config["SERVER_NAME"]
            subdomain = None  # host matching, or subdomain matching: taken from the Host
            if not (self.url_map.host_matching or self.subdomain_matching):
                subdomain = self.url_map.default_subdomain or ""
            return self.url_map.bind_to_environ(
                request.environ, server_name=server_name, subdomain=subdomain
            )
        if self.config["SERVER_NAME"] is not None:
            return self.url_map.bind(
                self.config["SERVER_NAME"],
                script_name=self.config["APPLICATION_ROOT"],
                url_scheme=self.config["PREFERRED_URL_SCHEME"],
            )
        return None

    def build_url(
        self,
        url_adapter: MapAdapter,
        endpoint: str,
        values: dict[str, Any],
        anchor: str | None,
        method: str | None,
        scheme: str | None,
        external: bool,
    ) -> str:
        """The part of ``url_for`` after the adapter is chosen: build, then add the anchor."""
        if scheme is not None and not external:
            raise ValueError("When specifying '_scheme', '_external' must be True.")
        self.inject_url_defaults(endpoint, values)
        try:
            url = url_adapter.build(
                endpoint, values, method=method, url_scheme=scheme, force_external=external
            )
        except BuildError as error:
            # A handler may build the URL elsewhere: it needs the special values too.
            specials = {"_anchor": anchor, "_method": method, "_scheme": scheme}
            values.update(specials, _external=external)
            return self.handle_url_build_error(error, endpoint, values)
        if anchor is not None:
            url = f"{url}#{quote(anchor, safe=ANCHOR_SAFE)}"
        return url

    # --8<-- [start:url_processors]
    def inject_url_defaults(self, endpoint: str, values: dict[str, Any]) -> None:
        """Let ``url_defaults`` functions fill ``values`` in: the app's, then the blueprints'."""
        blueprint = endpoint.rpartition(".")[0] if "." in endpoint else None
        for name in (None, *reversed(blueprint_scopes(blueprint))):
            for func in self.url_default_functions.get(name, ()):
                func(endpoint, values)

    def handle_url_build_error(
        self, error: BuildError, endpoint: str, values: dict[str, Any]
    ) -> str:
        """Ask each of ``url_build_error_handlers`` for a URL; re-raise if none gives one."""
        for handler in self.url_build_error_handlers:
            try:
                url = handler(error, endpoint, values)
            except BuildError as handler_error:
                error = handler_error  # the handler refined the error; keep the newest
                continue
            if url is not None:
                return url
        raise error

    # --8<-- [end:url_processors]

    def redirect(self, location: str, code: int = 302) -> Response:
        """A response that sends the client to ``location`` (``Location`` header, 302)."""
        return redirect_page(location, code, self.response_class)
