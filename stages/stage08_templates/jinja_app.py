"""What the app adds for templates: its Jinja environment, and the hooks that feed it.

Mirrors the template half of flask/sansio/app.py, flask/sansio/scaffold.py and
flask/app.py (Flask 3.1.3): ``jinja_env``, ``create_jinja_environment``,
``select_jinja_autoescape``, ``update_template_context``, ``context_processor`` and
``template_filter`` / ``template_test`` / ``template_global``.

The environment is made on first use, not in ``__init__``: until then a subclass or a
config file may still change ``jinja_options`` or ``TEMPLATES_AUTO_RELOAD``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from jinja2 import BaseLoader
from stage05_app.scaffold import setupmethod
from stage06_contexts.globals import _cv_request, g, request
from stage07_sessions import get_flashed_messages, session

from .templating import DispatchingJinjaLoader, Environment, default_template_context

F = TypeVar("F", bound=Callable[..., Any])

#: File endings whose templates escape ``{{ value }}`` by default: markup, where an
#: unescaped ``<script>`` in a user's name is a cross-site scripting hole.
AUTOESCAPED_EXTENSIONS = (".html", ".htm", ".xml", ".xhtml", ".svg")

#: Two threads rendering the first template at once must not build two environments.
_jinja_env_lock = threading.RLock()  # reentrant: a deadlock would hide a recursion bug


# --8<-- [start:templates_mixin]
class TemplatesMixin:
    """The app's templates: where they are, how they are rendered, what they can see."""

    #: The class of ``app.jinja_env``; subclass it to change Jinja's behaviour app-wide.
    jinja_environment: type[Environment] = Environment
    #: Extra keyword arguments for the environment (``{"trim_blocks": True}``...).
    jinja_options: dict[str, Any] = {}

    # What the rest of the app provides (stage 5's App, this stage's Flask).
    config: Any
    jinja_loader: BaseLoader | None
    json: Any
    url_for: Callable[..., str]
    ensure_sync: Callable[[Callable[..., Any]], Callable[..., Any]]

    def init_templates(self) -> None:
        """Called from ``Flask.__init__``: the context processor tables."""
        #: scope -> functions whose returned dicts every template sees; the app's first
        #: entry adds ``g``, ``request`` and ``session``.
        self.template_context_processors: dict[str | None, list[Callable[[], dict[str, Any]]]] = {
            None: [default_template_context]
        }

    # --8<-- [end:templates_mixin]

    # --8<-- [start:jinja_env]
    @property
    def jinja_env(self) -> Environment:
        """The Jinja environment, created by ``create_jinja_environment`` on first use."""
        env = self.__dict__.get("_jinja_env")
        if env is None:
            with _jinja_env_lock:
                env = self.__dict__.get("_jinja_env")
                if env is None:
                    env = self.__dict__["_jinja_env"] = self.create_jinja_environment()
        return env  # type: ignore[no-any-return]

    def create_jinja_environment(self) -> Environment:
        """An environment from ``jinja_options``, with Flask's globals added.

        ``url_for``, ``get_flashed_messages``, ``config``, ``request``, ``session`` and
        ``g`` are globals, so macros imported from another template can use them too.
        """
        options = dict(self.jinja_options)
        options.setdefault("autoescape", self.select_jinja_autoescape)
        options.setdefault("auto_reload", self.reloads_templates())
        env = self.jinja_environment(self, **options)  # type: ignore[arg-type]
        env.globals.update(self.template_globals())
        env.policies["json.dumps_function"] = self.json.dumps  # the |tojson filter
        return env

    def template_globals(self) -> dict[str, Any]:
        """The names every template can use without being passed them."""
        return {
            "url_for": self.url_for,
            "get_flashed_messages": get_flashed_messages,
            "config": self.config,
            "request": request,
            "session": session,
            "g": g,
        }

    def create_global_jinja_loader(self) -> DispatchingJinjaLoader:
        """The loader behind ``jinja_env``: it asks ``iter_template_loaders`` each time."""
        return DispatchingJinjaLoader(self)  # type: ignore[arg-type]

    def iter_template_loaders(self) -> Iterator[tuple[Any, BaseLoader]]:
        """``(owner, loader)`` pairs to search, in order: the app first.

        The seam for stage 9: a blueprint's templates folder joins by extending this.
        """
        if self.jinja_loader is not None:
            yield self, self.jinja_loader

    def select_jinja_autoescape(self, filename: str | None) -> bool:
        """``"page.html"`` -> True, ``"mail.txt"`` -> False; a template from a string: True."""
        if filename is None:
            return True
        return filename.endswith(AUTOESCAPED_EXTENSIONS)

    def reloads_templates(self) -> bool:
        """Whether a changed template file is read again: ``TEMPLATES_AUTO_RELOAD``, else debug.

        Checking the file's time on every render costs a ``stat``; in production
        templates do not change, so only debug mode pays it by default.
        """
        setting = self.config["TEMPLATES_AUTO_RELOAD"]
        return bool(self.config["DEBUG"]) if setting is None else bool(setting)

    # --8<-- [end:jinja_env]

    # --8<-- [start:context]
    def update_template_context(self, context: dict[str, Any]) -> None:
        """Add what the context processors return; the view's own values win.

        The app's processors run first, then those of the request's blueprints.
        """
        scopes: list[str | None] = [None]
        request_ctx = _cv_request.get(None)
        if request_ctx is not None:
            scopes.extend(reversed(request_ctx.request.blueprints))
        passed = dict(context)
        for scope in scopes:
            for processor in self.template_context_processors.get(scope, ()):
                context.update(self.ensure_sync(processor)())
        context.update(passed)

    @setupmethod
    def context_processor(self, f: F) -> F:
        """``@app.context_processor`` on a function returning a dict every template sees."""
        self.template_context_processors.setdefault(None, []).append(f)
        return f

    # --8<-- [end:context]

    # --8<-- [start:template_registry]
    @setupmethod
    def template_filter(self, name: str | None = None) -> Callable[[F], F]:
        """``@app.template_filter("shout")``: ``{{ name|shout }}`` calls the function."""

        def decorator(f: F) -> F:
            self.add_template_filter(f, name=name)
            return f

        return decorator

    @setupmethod
    def add_template_filter(self, f: Callable[..., Any], name: str | None = None) -> None:
        self.jinja_env.filters[name or f.__name__] = f

    @setupmethod
    def template_test(self, name: str | None = None) -> Callable[[F], F]:
        """``@app.template_test()``: ``{% if n is prime %}`` calls the function."""

        def decorator(f: F) -> F:
            self.add_template_test(f, name=name)
            return f

        return decorator

    @setupmethod
    def add_template_test(self, f: Callable[..., bool], name: str | None = None) -> None:
        self.jinja_env.tests[name or f.__name__] = f

    @setupmethod
    def template_global(self, name: str | None = None) -> Callable[[F], F]:
        """``@app.template_global()``: ``{{ site_name() }}`` in every template."""

        def decorator(f: F) -> F:
            self.add_template_global(f, name=name)
            return f

        return decorator

    @setupmethod
    def add_template_global(self, f: Callable[..., Any], name: str | None = None) -> None:
        self.jinja_env.globals[name or f.__name__] = f

    # --8<-- [end:template_registry]
