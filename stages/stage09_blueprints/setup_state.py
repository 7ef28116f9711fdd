"""What a blueprint's recorded functions receive when an app registers it.

Mirrors flask/sansio/blueprints.py (Flask 3.1.3), ``BlueprintSetupState``. A
blueprint knows its routes before any app exists; at registration the app hands
each recorded function one of these, which knows *where* the blueprint is being
mounted this time: the app, the URL prefix, the subdomain, the dotted name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stage05_app.scaffold import endpoint_from_view_func

if TYPE_CHECKING:
    from .app import Flask
    from .blueprints import Blueprint


# --8<-- [start:join]
def join_url_prefix(outer: str | None, inner: str | None) -> str | None:
    """``("/shop/", "/cart")`` -> ``"/shop/cart"``: exactly one slash at the seam.

    Either side may be missing (None); then the other one stands alone.
    """
    if outer is None or inner is None:
        return inner if outer is None else outer
    return f"{outer.rstrip('/')}/{inner.lstrip('/')}"


def join_subdomain(outer: str | None, inner: str | None) -> str | None:
    """``("api", "v1")`` -> ``"v1.api"``: a nested subdomain sits left of its parent's."""
    if outer is None or inner is None:
        return inner if outer is None else outer
    return f"{inner}.{outer}"


def prefixed_rule(url_prefix: str | None, rule: str) -> str:
    """``("/admin", "/users")`` -> ``"/admin/users"``; ``("/admin", "")`` -> ``"/admin"``."""
    if url_prefix is None:
        return rule
    return join_url_prefix(url_prefix, rule) if rule else url_prefix  # type: ignore[return-value]


# --8<-- [end:join]


# --8<-- [start:state]
class BlueprintSetupState:
    """One registration of one blueprint on one app: the options that apply this time.

    Registration options win over the blueprint's own defaults; ``url_defaults``
    from both are merged, the registration's last.
    """

    def __init__(
        self,
        blueprint: Blueprint,
        app: Flask,
        options: dict[str, Any],
        first_registration: bool,
    ) -> None:
        #: The app the blueprint is being registered on.
        self.app = app
        self.blueprint = blueprint
        #: The keyword arguments given to ``register_blueprint``, as given.
        self.options = options
        #: False when this blueprint object was already registered on the app (``record_once``).
        self.first_registration = first_registration
        subdomain = options.get("subdomain")
        self.subdomain: str | None = blueprint.subdomain if subdomain is None else subdomain
        url_prefix = options.get("url_prefix")
        self.url_prefix: str | None = blueprint.url_prefix if url_prefix is None else url_prefix
        #: The name this registration uses: ``name=`` mounts one blueprint twice.
        self.name: str = options.get("name", blueprint.name)
        #: The dotted names of the parents when nested: ``"shop.admin"``.
        self.name_prefix: str = options.get("name_prefix", "")
        self.url_defaults: dict[str, Any] = {
            **blueprint.url_values_defaults,
            **dict(options.get("url_defaults", ())),
        }

    def add_url_rule(
        self,
        rule: str,
        endpoint: str | None = None,
        view_func: Callable[..., Any] | None = None,
        **options: Any,
    ) -> None:
        """Add a blueprint rule to the app: prefixed URL, dotted endpoint, merged defaults.

        ``("/list", "items")`` on ``shop`` at ``/shop`` -> rule ``/shop/list``, endpoint
        ``shop.items``.
        """
        if endpoint is None:
            endpoint = endpoint_from_view_func(view_func)
        options.setdefault("subdomain", self.subdomain)
        defaults = self.url_defaults
        if "defaults" in options:
            defaults = {**defaults, **options.pop("defaults")}
        dotted = ".".join(part for part in (self.name_prefix, self.name, endpoint) if part)
        self.app.add_url_rule(
            prefixed_rule(self.url_prefix, rule),
            dotted,
            view_func,
            defaults=defaults,
            **options,
        )

    def child_options(self, child: Blueprint, options: dict[str, Any]) -> dict[str, Any]:
        """The options a nested blueprint is registered with: ours joined to its own.

        ``url_prefix`` and ``subdomain`` nest inside this registration's; the child's
        name gets this registration's dotted name in front.
        """
        own_prefix = options.get("url_prefix")
        own_subdomain = options.get("subdomain")
        nested = dict(options)
        prefix = join_url_prefix(
            self.url_prefix, child.url_prefix if own_prefix is None else own_prefix
        )
        subdomain = join_subdomain(
            self.subdomain, child.subdomain if own_subdomain is None else own_subdomain
        )
        if prefix is not None:
            nested["url_prefix"] = prefix
        if subdomain is not None:
            nested["subdomain"] = subdomain
        nested["name_prefix"] = ".".join(p for p in (self.name_prefix, self.name) if p)
        return nested


# --8<-- [end:state]
