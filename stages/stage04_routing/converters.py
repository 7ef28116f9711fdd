"""Converters: the typed slots of a URL rule, ``<int:id>``, ``<path:rest>``.

Mirrors werkzeug/routing/converters.py (Werkzeug 3.1.9).

A converter is three things: a regular expression that says which characters a
slot may hold when matching, ``to_python`` that turns the matched text into a
value for the view, and ``to_url`` that turns a value back into URL text when
building. ``weight`` orders competing slots (lower is tried first) and
``part_isolating`` says whether the slot stays inside one ``/``-separated part.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .quoting import quote_segment

if TYPE_CHECKING:
    from .map import Map


class ValidationError(ValueError):
    """Raised by ``to_python`` (or ``to_url``) to say "this text is not a value of mine"."""


# --8<-- [start:base_converter]
class BaseConverter:
    """Accepts one path segment (anything but ``/``) and passes it through unchanged.

    Subclass it for a custom converter and register it with
    ``Map(converters={"name": MyConverter})``.
    """

    #: The regular expression one slot matches. It must not contain capture
    #: groups that the matcher would confuse with the slot itself; use ``(?:...)``.
    regex: str = "[^/]+"
    #: Ordering among dynamic slots competing for the same part: lower wins.
    weight: int = 100
    #: ``True`` when the slot never spans a ``/``; set to ``False`` for ``path``-like
    #: converters so the matcher hands them the rest of the URL.
    part_isolating: bool = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # A subclass that writes its own regex containing "/" can span parts,
        # unless it says otherwise (Werkzeug 2.3 made this the default).
        if "regex" in cls.__dict__ and "part_isolating" not in cls.__dict__:
            cls.part_isolating = "/" not in cls.regex

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        self.map = map

    def to_python(self, value: str) -> Any:
        """Matched URL text -> the value handed to the view."""
        return value

    def to_url(self, value: Any) -> str:
        """A value -> URL text, percent-encoding what a path segment may not hold."""
        return quote_segment(str(value))


# --8<-- [end:base_converter]


class UnicodeConverter(BaseConverter):
    """The default converter (``<name>``, ``<string:name>``): one segment, optional length limits.

    ``<string(length=2):lang>`` matches ``en`` but not ``eng``.
    """

    def __init__(
        self,
        map: Map,
        minlength: int = 1,
        maxlength: int | None = None,
        length: int | None = None,
    ) -> None:
        super().__init__(map)
        self.regex = "[^/]" + _repetition(minlength, maxlength, length)


def _repetition(minlength: int, maxlength: int | None, length: int | None) -> str:
    """The regex count: ``{2}`` for an exact length, else ``{1,}`` or ``{1,8}``."""
    if length is not None:
        return f"{{{int(length)}}}"
    most = "" if maxlength is None else str(int(maxlength))
    return f"{{{int(minlength)},{most}}}"


class AnyConverter(BaseConverter):
    """One of a fixed set of words: ``<any(about, help):page>``."""

    def __init__(self, map: Map, *items: str) -> None:
        super().__init__(map)
        self.items = set(items)
        self.regex = "(?:" + "|".join(re.escape(item) for item in items) + ")"

    def to_url(self, value: Any) -> str:
        if value in self.items:
            return str(value)
        allowed = ", ".join(f"'{item}'" for item in sorted(self.items))
        raise ValueError(f"'{value}' is not one of {allowed}")


class PathConverter(BaseConverter):
    """Like the default converter but also matches slashes: ``<path:filename>``."""

    regex = "[^/].*?"
    weight = 200
    part_isolating = False


# --8<-- [start:number_converter]
class NumberConverter(BaseConverter):
    """Shared by ``int`` and ``float``: digits, optional sign, fixed width and bounds."""

    weight = 50
    #: The Python type the matched digits become.
    num_convert: Callable[[Any], Any] = int

    def __init__(
        self,
        map: Map,
        fixed_digits: int = 0,
        min: float | None = None,
        max: float | None = None,
        signed: bool = False,
    ) -> None:
        if signed:
            self.regex = f"-?{self.regex}"
        super().__init__(map)
        self.fixed_digits = fixed_digits
        self.min = min
        self.max = max
        self.signed = signed

    def to_python(self, value: str) -> Any:
        try:
            number = self.num_convert(value)
        except ValueError as e:  # the regex admits Unicode digits; int() may still refuse
            raise ValidationError(f"{value!r} is not a number") from e
        if self.fixed_digits or self.min is not None or self.max is not None:
            self._check_limits(value, number)  # most slots have no limits: skip the call
        return number

    def _check_limits(self, text: str, number: float) -> None:
        """``<int(fixed_digits=4, max=2030):year>`` refuses ``"123"`` and ``"2031"``: a 404."""
        if self.fixed_digits and len(text) != self.fixed_digits:
            raise ValidationError(f"{text!r} is not {self.fixed_digits} digits long")
        below = self.min is not None and number < self.min
        above = self.max is not None and number > self.max
        if below or above:
            raise ValidationError(f"{number!r} is outside [{self.min}, {self.max}]")

    def to_url(self, value: Any) -> str:
        text = str(self.num_convert(value))
        if self.fixed_digits:
            text = text.zfill(self.fixed_digits)
        return text


class IntegerConverter(NumberConverter):
    """Unsigned integers by default: ``<int:page>`` matches ``42``, not ``-1`` or ``4.2``."""

    regex = r"\d+"


# --8<-- [end:number_converter]


class FloatConverter(NumberConverter):
    """Decimal numbers with a dot: ``<float:ratio>`` matches ``0.5``, not ``5``."""

    regex = r"\d+\.\d+"
    num_convert = float

    def __init__(
        self,
        map: Map,
        min: float | None = None,
        max: float | None = None,
        signed: bool = False,
    ) -> None:
        super().__init__(map, min=min, max=max, signed=signed)


class UUIDConverter(BaseConverter):
    """A canonical UUID string -> :class:`uuid.UUID`."""

    regex = r"[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}"

    def to_python(self, value: str) -> uuid.UUID:
        return uuid.UUID(value)

    def to_url(self, value: uuid.UUID) -> str:
        return str(value)


#: The names a rule can use out of the box; ``Map(converters=...)`` adds to them.
DEFAULT_CONVERTERS: dict[str, type[BaseConverter]] = {
    "default": UnicodeConverter,
    "string": UnicodeConverter,
    "any": AnyConverter,
    "path": PathConverter,
    "int": IntegerConverter,
    "float": FloatConverter,
    "uuid": UUIDConverter,
}
