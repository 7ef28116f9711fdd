"""Stage 9's ``Flask``: the lower stage's app plus blueprints, signals, logging and a CLI.

Mirrors flask/app.py and flask/sansio/app.py (Flask 3.1.3). The request cycle is
inherited; this class adds ``register_blueprint`` (the blueprint replays its
recordings on the app, see ``blueprints.py``), sends the signals at the seams the
lower stages left (``preprocess_request``, ``process_response``, the teardowns), and
gives the app its ``cli`` group, its logger and the constructor arguments of Flask's.
"""

from __future__ import annotations

import os
import sys
from collections.abc import ValuesView
from functools import cached_property
from typing import TYPE_CHECKING, Any

import click
from stage04_routing import RequestRedirect, SecurityError
from stage05_app.sansio import get_root_path, host_is_trusted
from stage05_app.scaffold import setupmethod

from . import base, signals
from .bridge import BridgedRule, DualAborter, WerkzeugErrorBridge
from .cli import AppGroup
from .ctx import AppContext
from .debughelpers import FormDataRoutingRedirect
from .folders import open_package_file
from .instance import default_instance_path
from .json.provider import DefaultJSONProvider
from .logging import create_logger
from .testing import FlaskCliRunner
from .wrappers import Request, Response

if TYPE_CHECKING:
    import logging

    from stage04_routing import MapAdapter

    from .blueprints import Blueprint


# --8<-- [start:flask_init]
class Flask(WerkzeugErrorBridge, base.Flask):
    """``Flask(__name__)`` with everything ``flask.Flask`` takes and exposes."""

    #: Rules accept Werkzeug's converters too (see ``bridge.py``).
    url_rule_class = BridgedRule
    #: ``abort`` raises errors that are Werkzeug's classes as well as ours.
    aborter_class = DualAborter
    #: Responses warn about cookies over ``MAX_COOKIE_SIZE`` (``wrappers.py``).
    response_class = Response
    #: Requests read their body limits from the current app's config (``wrappers.py``).
    request_class = Request
    #: The class of ``app.json``: stage 5's provider, now a :class:`JSONProvider` as well.
    json_provider_class = DefaultJSONProvider
    #: The class ``app.test_cli_runner()`` builds; None means :class:`FlaskCliRunner`.
    test_cli_runner_class: type[FlaskCliRunner] | None = None

    def __init__(
        self,
        import_name: str,
        static_url_path: str | None = None,
        static_folder: str | os.PathLike[str] | None = "static",
        static_host: str | None = None,
        host_matching: bool = False,
        subdomain_matching: bool = False,
        template_folder: str | os.PathLike[str] | None = "templates",
        instance_path: str | None = None,
        instance_relative_config: bool = False,
        root_path: str | None = None,
    ) -> None:
        root_path = get_root_path(import_name) if root_path is None else root_path
        if instance_path is None:
            app_name = import_name  # what App.name gives, before there is an App
            if import_name == "__main__":
                main_file = getattr(sys.modules["__main__"], "__file__", None) or "__main__"
                app_name = os.path.splitext(os.path.basename(main_file))[0]
            instance_path = default_instance_path(import_name, app_name)
        elif not os.path.isabs(instance_path):
            raise ValueError(
                f"If an instance path is provided it must be absolute, not {instance_path!r}."
                " A relative path would change meaning with the working directory."
            )
        #: Where the app keeps files that do not belong in version control.
        self.instance_path = instance_path
        self._instance_relative_config = instance_relative_config
        super().__init__(import_name, root_path=root_path)
        self.url_map.host_matching = host_matching
        #: Match subdomains of ``SERVER_NAME`` (``<user>.example.com``) for every rule.
        self.subdomain_matching = subdomain_matching
        #: name -> blueprint, in registration order (dotted names for nested ones).
        self.blueprints: dict[str, Blueprint] = {}
        #: The app's commands: ``python -m stage09_blueprints --app APP <command>``.
        self.cli = AppGroup(self.name)
        #: Functions whose dicts ``shell`` adds to its namespace.
        self.shell_context_processors: list[Any] = []
        if not hasattr(self, "template_context_processors"):
            self.template_context_processors: dict[Any, list[Any]] = {None: []}
        self._folder_options = (static_url_path, static_folder, static_host, template_folder)

    # --8<-- [end:flask_init]

    def make_config(self, instance_relative: bool = False) -> Any:
        """With ``instance_relative_config``, relative config paths start in ``instance_path``."""
        config = super().make_config()
        if instance_relative or self._instance_relative_config:
            config.root_path = self.instance_path
        return config

    @cached_property
    def logger(self) -> logging.Logger:  # type: ignore[override]
        """``logging.getLogger(app.name)``, with Flask's handler when nothing else would log."""
        return create_logger(self)

    # --8<-- [start:register_blueprint]
    @setupmethod
    def register_blueprint(self, blueprint: Blueprint, **options: Any) -> None:
        """Mount ``blueprint``: options (``url_prefix``, ``subdomain``, ``url_defaults``,
        ``name``, ``cli_group``) override the blueprint's own for this registration."""
        blueprint.register(self, options)

    def iter_blueprints(self) -> ValuesView[Blueprint]:
        """The registered blueprints, in registration order."""
        return self.blueprints.values()

    # --8<-- [end:register_blueprint]

    def create_url_adapter(self, request: Any) -> MapAdapter | None:
        """With ``subdomain_matching`` the subdomain is read from the host; with host
        matching, the whole host is."""
        if request is None or not (self.subdomain_matching or self.url_map.host_matching):
            return super().create_url_adapter(request)
        trusted = self.config["TRUSTED_HOSTS"]
        if trusted is not None and not host_is_trusted(request.host, trusted):
            raise SecurityError(f"Host {request.host!r} is not a trusted host.")
        server_name = None if self.url_map.host_matching else self.config["SERVER_NAME"]
        return self.url_map.bind_to_environ(request.environ, server_name=server_name)

    def raise_routing_exception(self, request: Any) -> Any:
        """In debug mode, a form posted to a URL that answers with a 301/302 is a bug to
        explain: the browser would follow the redirect with a GET and drop the form."""
        exc = request.routing_exception
        if (
            self.debug
            and isinstance(exc, RequestRedirect)
            and exc.code not in {307, 308}
            and request.method not in {"GET", "HEAD", "OPTIONS"}
        ):
            raise FormDataRoutingRedirect(request)
        super().raise_routing_exception(request)

    # --8<-- [start:signals]
    def app_context(self) -> AppContext:
        """The app context, sending ``appcontext_pushed`` and ``appcontext_popped``."""
        return AppContext(self)

    def preprocess_request(self) -> Any:
        """``request_started``, then the URL value preprocessors and ``before_request``."""
        signals.request_started.send(self, _async_wrapper=self.ensure_sync)
        return super().preprocess_request()

    def process_response(self, response: Any) -> Any:
        """The ``after_request`` hooks, then ``request_finished`` with the final response."""
        response = super().process_response(response)
        signals.request_finished.send(self, _async_wrapper=self.ensure_sync, response=response)
        return response

    def handle_exception(self, exc: Exception) -> Any:
        """``got_request_exception`` first, whether the error propagates or becomes a 500."""
        signals.got_request_exception.send(self, _async_wrapper=self.ensure_sync, exception=exc)
        return super().handle_exception(exc)

    def do_teardown_request(self, exc: BaseException | None = base._sentinel) -> None:
        """``teardown_request`` hooks, then ``request_tearing_down``."""
        if exc is base._sentinel:
            exc = sys.exc_info()[1]
        super().do_teardown_request(exc)
        signals.request_tearing_down.send(self, _async_wrapper=self.ensure_sync, exc=exc)

    def do_teardown_appcontext(self, exc: BaseException | None = base._sentinel) -> None:
        """``teardown_appcontext`` hooks, then ``appcontext_tearing_down``."""
        if exc is base._sentinel:
            exc = sys.exc_info()[1]
        super().do_teardown_appcontext(exc)
        signals.appcontext_tearing_down.send(self, _async_wrapper=self.ensure_sync, exc=exc)

    # --8<-- [end:signals]

    def open_resource(self, resource: str, mode: str = "rb", encoding: str | None = None) -> Any:
        """Open a file shipped beside the app, for reading: ``open_resource("schema.sql")``."""
        return open_package_file(self.root_path, resource, mode, encoding)

    def open_instance_resource(
        self, resource: str, mode: str = "rb", encoding: str | None = "utf-8"
    ) -> Any:
        """Open a file in the instance folder; unlike resources, these may be written."""
        path = os.path.join(self.instance_path, resource)
        if "b" in mode:
            return open(path, mode)  # noqa: SIM115 - the caller closes it
        return open(path, mode, encoding=encoding)  # noqa: SIM115

    # --8<-- [start:shell]
    @setupmethod
    def shell_context_processor(self, f: Any) -> Any:
        """Add ``f()``'s dict to the names ``shell`` starts with."""
        self.shell_context_processors.append(f)
        return f

    def make_shell_context(self) -> dict[str, Any]:
        """``app`` and ``g``, then what each shell context processor returns."""
        namespace: dict[str, Any] = {"app": self, "g": base.g}
        for processor in self.shell_context_processors:
            namespace.update(processor())
        return namespace

    # --8<-- [end:shell]

    def run(self, *args: Any, **kwargs: Any) -> None:
        """Serve with stage 2's server; a no-op while a command line command loads the app."""
        if os.environ.get("FLASK_RUN_FROM_CLI") == "true":
            click.secho(
                " * Ignoring a call to 'app.run()' that would block the current 'flask' CLI"
                " command.\n   Only call 'app.run()' in an 'if __name__ == \"__main__\"' guard.",
                fg="red",
            )
            return
        super().run(*args, **kwargs)

    def test_cli_runner(self, **kwargs: Any) -> FlaskCliRunner:
        """A click runner that invokes the app's commands in-process."""
        runner_class = self.test_cli_runner_class or FlaskCliRunner
        return runner_class(self, **kwargs)
