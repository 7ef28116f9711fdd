"""``Blueprint``: routes and hooks recorded now, replayed on an app later.

Mirrors flask/sansio/blueprints.py and flask/blueprints.py (Flask 3.1.3). A
blueprint has the app's decorators (it is a ``Scaffold`` too) and a package's folders
(the templates stage's ``PackageFilesMixin``), but no URL map: each
route becomes a *recorded* function, and ``register`` replays the recordings against
a :class:`BlueprintSetupState` that knows the app, the prefix and the name. Hooks
and error handlers are simpler: they sit in the blueprint's own tables under the
key ``None`` and are copied into the app's tables under the blueprint's name.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stage05_app.sansio import get_root_path
from stage05_app.scaffold import setupmethod

from .app_wide import AppWideDecorators
from .base import PackageFilesMixin
from .bridge import WerkzeugErrorClasses
from .cli import AppGroup
from .setup_state import BlueprintSetupState

if TYPE_CHECKING:
    from .app import Flask

#: The function a blueprint records: called with the setup state of each registration.
DeferredSetupFunction = Callable[[BlueprintSetupState], None]
#: ``cli_group`` not given: the blueprint's commands go in a group named after it.
_named_after_blueprint: Any = object()
#: The hook tables copied into the app's, keyed by the blueprint's dotted name.
MERGED_TABLES = (
    "before_request_funcs",
    "after_request_funcs",
    "teardown_request_funcs",
    "url_default_functions",
    "url_value_preprocessors",
    "template_context_processors",
)


def _refuse_dot(what: str, name: str | None) -> None:
    """Dots separate a blueprint's name from the endpoint: a name cannot hold one."""
    if name and "." in name:
        raise ValueError(
            f"{what} may not contain a dot '.' character (got {name!r}): the blueprint's"
            " name and a dot are put in front of it at registration."
        )


# --8<-- [start:init]
class Blueprint(AppWideDecorators, PackageFilesMixin, WerkzeugErrorClasses):
    """``bp = Blueprint("shop", __name__, url_prefix="/shop")``; ``app.register_blueprint(bp)``."""

    #: The class of the state handed to recorded functions; see :meth:`make_setup_state`.
    setup_state_class = BlueprintSetupState
    _got_registered_once = False

    def __init__(
        self,
        name: str,
        import_name: str,
        static_folder: str | os.PathLike[str] | None = None,
        static_url_path: str | None = None,
        template_folder: str | os.PathLike[str] | None = None,
        url_prefix: str | None = None,
        subdomain: str | None = None,
        url_defaults: dict[str, Any] | None = None,
        root_path: str | None = None,
        cli_group: str | None = _named_after_blueprint,
    ) -> None:
        WerkzeugErrorClasses.__init__(self, import_name)
        #: The package folder the blueprint's static and template folders are relative to.
        self.root_path = get_root_path(import_name) if root_path is None else root_path
        self.init_package_files(static_folder, static_url_path, template_folder)
        if not name:
            raise ValueError(
                "'name' may not be empty: it prefixes every endpoint of the blueprint."
            )
        if "." in name:
            raise ValueError(
                f"'name' may not contain a dot '.' character (got {name!r}): dots separate"
                " a nested blueprint's name from its parents' in endpoint names."
            )
        self.name = name
        self.url_prefix = url_prefix
        self.subdomain = subdomain
        #: Values every rule of the blueprint receives unless the URL or rule says otherwise.
        self.url_values_defaults: dict[str, Any] = dict(url_defaults or {})
        #: What ``register`` replays, in order: routes, ``record`` functions, app-wide hooks.
        self.deferred_functions: list[DeferredSetupFunction] = []
        #: Blueprints registered on this one, with their options (nesting).
        self._blueprints: list[tuple[Blueprint, dict[str, Any]]] = []
        #: scope -> functions whose dicts every template rendered for the blueprint sees.
        self.template_context_processors: dict[Any, list[Callable[[], dict[str, Any]]]] = {None: []}
        #: The blueprint's commands: ``flask <cli_group> <command>``.
        self.cli = AppGroup()
        self.cli_group = cli_group

    # --8<-- [end:init]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    def _check_setup_finished(self, f_name: str) -> None:
        if self._got_registered_once:
            raise AssertionError(
                f"The setup method '{f_name}' can no longer be called on the blueprint"
                f" '{self.name}'. It has already been registered at least once, any"
                " changes will not be applied consistently.\n"
                "Make sure all imports, decorators, functions, etc. needed to set up"
                " the blueprint are done before registering it."
            )

    # --8<-- [start:record]
    @setupmethod
    def record(self, func: DeferredSetupFunction) -> None:
        """Call ``func(state)`` each time the blueprint is registered."""
        self.deferred_functions.append(func)

    @setupmethod
    def record_once(self, func: DeferredSetupFunction) -> None:
        """Call ``func(state)`` at the first registration of this blueprint on an app only."""

        def first_time_only(state: BlueprintSetupState) -> None:
            if state.first_registration:
                func(state)

        first_time_only.__name__ = getattr(func, "__name__", "first_time_only")
        self.record(first_time_only)

    @setupmethod
    def add_url_rule(
        self,
        rule: str,
        endpoint: str | None = None,
        view_func: Callable[..., Any] | None = None,
        provide_automatic_options: bool | None = None,
        **options: Any,
    ) -> None:
        """Record a rule; each registration adds it with the prefix and dotted endpoint."""
        _refuse_dot("'endpoint'", endpoint)
        _refuse_dot("'view_func' name", getattr(view_func, "__name__", None))
        self.record(
            lambda state: state.add_url_rule(
                rule,
                endpoint,
                view_func,
                provide_automatic_options=provide_automatic_options,
                **options,
            )
        )

    # --8<-- [end:record]

    @setupmethod
    def register_blueprint(self, blueprint: Blueprint, **options: Any) -> None:
        """Nest ``blueprint`` in this one: its endpoints become ``outer.inner.view``."""
        if blueprint is self:
            raise ValueError("Cannot register a blueprint on itself")
        self._blueprints.append((blueprint, options))

    def make_setup_state(
        self, app: Flask, options: dict[str, Any], first_registration: bool = False
    ) -> BlueprintSetupState:
        """The state recorded functions receive; override to hand them a subclass."""
        return self.setup_state_class(self, app, options, first_registration)

    # --8<-- [start:register]
    def register(self, app: Flask, options: dict[str, Any]) -> None:
        """Replay everything recorded onto ``app``; ``app.register_blueprint`` calls this."""
        own_name = options.get("name", self.name)
        name = ".".join(part for part in (options.get("name_prefix", ""), own_name) if part)
        self._claim_name(app, name, own_name)
        first_registration = not any(bp is self for bp in app.blueprints.values())
        first_under_this_name = name not in app.blueprints
        app.blueprints[name] = self
        self._got_registered_once = True
        state = self.make_setup_state(app, options, first_registration)
        if self.has_static_folder:
            state.add_url_rule(
                f"{self.static_url_path}/<path:filename>",
                view_func=self.send_static_file,
                endpoint="static",
            )
        if first_registration or first_under_this_name:
            self._merge_tables_into(app, name)
        for deferred in self.deferred_functions:
            deferred(state)
        self._register_commands(app, name, options.get("cli_group", self.cli_group))
        for child, child_options in self._blueprints:
            child.register(app, state.child_options(child, child_options))

    # --8<-- [end:register]

    def _claim_name(self, app: Flask, name: str, own_name: str) -> None:
        """Refuse a dotted name already taken on ``app``: ``url_for`` could not tell them apart."""
        holder = app.blueprints.get(name)
        if holder is None:
            return
        which = "this" if holder is self else "a different"
        where = f" '{name}'" if own_name != name else ""
        raise ValueError(
            f"The name '{own_name}' is already registered for {which} blueprint{where}."
            " Use 'name=' to provide a unique name."
        )

    # --8<-- [start:merge]
    def _merge_tables_into(self, app: Flask, name: str) -> None:
        """Copy hooks and handlers into the app's tables; ``None`` becomes ``name``."""

        def scoped(key: str | None) -> str:
            return name if key is None else f"{name}.{key}"

        for key, by_code in self.error_handler_spec.items():
            app.error_handler_spec[scoped(key)].update(
                {code: dict(handlers) for code, handlers in by_code.items()}
            )
        app.view_functions.update(self.view_functions)
        for table in MERGED_TABLES:
            app_table = getattr(app, table)
            for key, funcs in getattr(self, table).items():
                app_table.setdefault(scoped(key), []).extend(funcs)

    # --8<-- [end:merge]

    def _register_commands(self, app: Flask, name: str, group: Any) -> None:
        """``flask <name> <command>``; ``cli_group=None`` puts the commands at the top."""
        if not self.cli.commands:
            return
        if group is None:
            app.cli.commands.update(self.cli.commands)
            return
        self.cli.name = name if group is _named_after_blueprint else group
        app.cli.add_command(self.cli)

    @setupmethod
    def context_processor(self, f: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
        """Values for the templates this blueprint's views render."""
        self.template_context_processors[None].append(f)
        return f
