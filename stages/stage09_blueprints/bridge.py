"""The Werkzeug bridge: Werkzeug's HTTP errors and converters in a stage 9 app.

Stages 1-4 rebuild Werkzeug, so they cannot import it, and their ``NotFound`` is
not Werkzeug's. Real Flask apps use both: they ``raise Forbidden()`` from
``werkzeug.exceptions``, register ``errorhandler(NotFound)`` with Werkzeug's class,
check ``isinstance(e, HTTPException)`` against Werkzeug's, and subclass
``werkzeug.routing.BaseConverter``. Stage 9 is the first stage whose promise is
"a Flask app runs unchanged", so the translation lives here, in one place.

The idea: for each error class both sides define (same name), a *dual* class that
inherits from ours and from Werkzeug's. When the app meets an HTTP error (from a
view, from routing, from ``abort``), it retags it as the dual class: the object
stays the same, and ``isinstance`` now holds for either family, so handlers
registered for either class, and checks written against either, all work.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import stage04_routing
import werkzeug.exceptions as wz
import werkzeug.routing as wz_routing
from stage04_routing import (
    Aborter,
    BaseConverter,
    BuildError,
    HTTPException,
    Rule,
    ValidationError,
)
from stage05_app.scaffold import Scaffold

# --8<-- [start:dual]
#: The families twinned: HTTP errors, and the routing errors apps catch by name.
TWINNED = (HTTPException, wz.HTTPException, BuildError, wz_routing.BuildError)


def _twin_pairs() -> list[tuple[type, type]]:
    """(ours, Werkzeug's) for every error class both define under one name."""
    pairs = []
    for module in (wz, wz_routing):
        for name in dir(module):
            theirs, ours = getattr(module, name), getattr(stage04_routing, name, None)
            if (
                isinstance(theirs, type)
                and issubclass(theirs, TWINNED)
                and isinstance(ours, type)
                and issubclass(ours, TWINNED)
                and (ours, theirs) not in pairs
            ):
                pairs.append((ours, theirs))
    return pairs


def _dual_class(known: dict[type, type], ours: type, theirs: type) -> type:
    """``NotFound`` that is both ``stage04_routing.NotFound`` and Werkzeug's.

    Ours comes first in the MRO, so our code answers; Werkzeug's class adds identity.
    The duals of our class's parents (already in ``known``) are bases too, so duals
    nest as their twins do: the dual ``BadRequestKeyError`` is a dual ``BadRequest``.
    """
    parents = tuple(known[base] for base in ours.__bases__ if base in known)
    namespace = {"__module__": __name__, "__doc__": ours.__doc__, "_is_dual": True}
    try:
        return type(ours.__name__, (ours, theirs, *parents), namespace)
    except TypeError:  # no MRO can hold all three: settle for the two twins
        return type(ours.__name__, (ours, theirs), namespace)


@cache
def dual_classes() -> dict[type, type]:
    """Our class or Werkzeug's -> the dual class that is both; built on first use."""
    known: dict[type, type] = {}
    # Parents first (fewest ancestors), so each dual can inherit its parent's dual.
    for ours, theirs in sorted(_twin_pairs(), key=lambda pair: len(pair[0].__mro__)):
        known[ours] = known[theirs] = _dual_class(known, ours, theirs)
    return known


def as_both(exc: BaseException) -> BaseException:
    """Retag an HTTP error of either family as its dual class, in place; others unchanged.

    A subclass of a twin (an app's own ``class Gone2(NotFound)``) gets a dual class of
    its own, made once.
    """
    cls = type(exc)
    if cls.__dict__.get("_is_dual") or not isinstance(exc, TWINNED):
        return exc
    duals = dual_classes()
    dual = duals.get(cls)
    if dual is None:
        ancestor = next((base for base in cls.__mro__ if base in duals), None)
        if ancestor is None:
            return exc  # a Werkzeug-only or ours-only class: nothing to pair it with
        try:  # the ancestor's dual as a base: handlers for its code and class still match
            namespace = {"__module__": cls.__module__, "_is_dual": True}
            dual = duals[cls] = type(cls.__name__, (cls, duals[ancestor]), namespace)
        except TypeError:  # an MRO the two families cannot share
            return exc
    exc.__class__ = dual
    return exc


# --8<-- [end:dual]


class DualAborter(Aborter):
    """``abort(404)`` raises the dual ``NotFound``: ``except`` either family catches it."""

    def __init__(self, mapping: Any = None, extra: Any = None) -> None:
        duals = dual_classes()
        defaults = {
            code: duals.get(cls, cls) for code, cls in stage04_routing.default_exceptions.items()
        }
        super().__init__(defaults if mapping is None else mapping, extra)


# --8<-- [start:classes]
class WerkzeugErrorClasses(Scaffold):
    """``errorhandler(werkzeug.exceptions.NotFound)`` is a handler for code 404."""

    @staticmethod
    def _get_exc_class_and_code(
        exc_class_or_code: type[Exception] | int,
    ) -> tuple[type[Exception], int | None]:
        if isinstance(exc_class_or_code, type) and issubclass(exc_class_or_code, wz.HTTPException):
            return exc_class_or_code, exc_class_or_code.code
        exc_class, code = Scaffold._get_exc_class_and_code(exc_class_or_code)
        if isinstance(exc_class_or_code, int):  # 404 -> the class abort(404) raises
            return dual_classes().get(exc_class, exc_class), code
        return exc_class, code


# --8<-- [end:classes]


# --8<-- [start:instances]
class WerkzeugErrorBridge(WerkzeugErrorClasses):
    """Every HTTP error the app handles is retagged first, whichever family raised it."""

    def handle_user_exception(self, exc: Exception) -> Any:
        return super().handle_user_exception(as_both(exc))  # type: ignore[misc]

    def handle_url_build_error(self, error: Any, endpoint: str, values: dict[str, Any]) -> str:
        # Re-raised to the caller of url_for: make it Werkzeug's BuildError too.
        return super().handle_url_build_error(as_both(error), endpoint, values)  # type: ignore[misc,no-any-return]

    def _find_error_handler(self, exc: BaseException, blueprints: list[str]) -> Any:
        # The 500 the app makes for an unhandled error is built inside stage 5: retag here.
        return super()._find_error_handler(as_both(exc), blueprints)  # type: ignore[misc]


# --8<-- [end:instances]


# --8<-- [start:converters]
class WerkzeugConverter(BaseConverter):
    """A Werkzeug converter seen through ours: its ``ValidationError`` becomes ours."""

    def __init__(self, converter: wz_routing.BaseConverter) -> None:
        super().__init__(converter.map)  # type: ignore[arg-type]
        self.converter = converter
        self.regex = converter.regex
        self.weight = converter.weight
        self.part_isolating = converter.part_isolating

    def to_python(self, value: str) -> Any:
        try:
            return self.converter.to_python(value)
        except wz_routing.ValidationError as exc:
            raise ValidationError(str(exc)) from exc

    def to_url(self, value: Any) -> str:
        return self.converter.to_url(value)


class BridgedRule(Rule):
    """Stage 4's rule, accepting ``werkzeug.routing.BaseConverter`` subclasses in the map."""

    def get_converter(self, *args: Any, **kwargs: Any) -> BaseConverter:
        converter: Any = super().get_converter(*args, **kwargs)
        if isinstance(converter, wz_routing.BaseConverter):
            return WerkzeugConverter(converter)
        return converter  # type: ignore[no-any-return]


# --8<-- [end:converters]
