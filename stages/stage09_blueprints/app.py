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
from collections.abc import Iterator, ValuesView
from functools import cached_property
from typing import TYPE_CHECKING, Any

import click
from jinja2 import BaseLoader
from stage04_routing import RequestRedirect
from stage05_app.scaffold import setupmethod

from . import base, signals
from .bridge import BridgedRule, DualAborter, WerkzeugErrorBridge
from .cli import AppGroup
from .ctx import AppContext
from .debughelpers import FormDataRoutingRedirect
from .json.provider import DefaultJSONProvider
from .logging import create_logger
from .template_signals import SignallingTemplate
from .templating import DispatchingJinjaLoader
from .testing import FlaskCliRunner
from .wrappers import Request, Response

if TYPE_CHECKING:
    import logging

    from .blueprints import Blueprint


def _given_or_handled(exc: BaseException | None) -> BaseException | None:
    """The error a teardown was given; given none (the sentinel), the one being handled."""
    return sys.exc_info()[1] if exc is base._sentinel else exc


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

    def __init__(self, import_name: str, *args: Any, **kwargs: Any) -> None:
        """The templates stage's arguments (``static_folder``, ``template_folder``,
        ``instance_path``, ``host_matching``, ``subdomain_matching``...), all Flask's."""
        super().__init__(import_name, *args, **kwargs)
        #: name -> blueprint, in registration order (dotted names for nested ones).
        self.blueprints: dict[str, Blueprint] = {}
        #: The app's commands: ``python -m stage09_blueprints --app APP <command>``.
        self.cli = AppGroup(self.name)
        #: Functions whose dicts ``shell`` adds to its namespace.
        self.shell_context_processors: list[Any] = []

    # --8<-- [end:flask_init]

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

    # --8<-- [start:templates]
    def iter_template_loaders(self) -> Iterator[tuple[Any, BaseLoader]]:
        """The app's templates first, then each blueprint's, in registration order.

        An app's ``templates/auth/login.html`` therefore overrides the same file shipped
        by an ``auth`` blueprint: blueprints provide defaults the app can replace.
        """
        yield from super().iter_template_loaders()
        for blueprint in self.iter_blueprints():
            if blueprint.jinja_loader is not None:
                yield blueprint, blueprint.jinja_loader

    def create_global_jinja_loader(self) -> DispatchingJinjaLoader:
        """The loader of ``jinja_env``, explaining a failed lookup app and blueprints alike."""
        return DispatchingJinjaLoader(self)

    def create_jinja_environment(self) -> Any:
        """The templates stage's environment, whose templates send the render signals."""
        env = super().create_jinja_environment()
        env.template_class = SignallingTemplate
        return env

    # --8<-- [end:templates]

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
        error = _given_or_handled(exc)
        super().do_teardown_request(error)
        signals.request_tearing_down.send(self, _async_wrapper=self.ensure_sync, exc=error)

    def do_teardown_appcontext(self, exc: BaseException | None = base._sentinel) -> None:
        """``teardown_appcontext`` hooks, then ``appcontext_tearing_down``."""
        error = _given_or_handled(exc)
        super().do_teardown_appcontext(error)
        signals.appcontext_tearing_down.send(self, _async_wrapper=self.ensure_sync, exc=error)

    # --8<-- [end:signals]

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
