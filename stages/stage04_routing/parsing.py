"""Reading a rule string: ``"/user/<int(min=1):id>"`` -> slashes, static text and slots.

Mirrors ``_part_re``, ``parse_converter_args`` and ``Rule._parse_rule`` in
werkzeug/routing/rules.py (Werkzeug 3.1.9).

A rule is cut into *parts* at every ``/``. Each part is either static (plain
text, matched by a dict lookup) or dynamic (a regular expression made from the
converters' regexes). A part also carries a *weight*, the sort key that decides
which dynamic part is tried first when several could match the same text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from .converters import BaseConverter

# --8<-- [start:tokens]
#: One token of a rule: a "/", a run of static text, or a <converter(args):name> slot.
_token_re = re.compile(
    r"""
    (?P<slash>/)
    | (?P<static>[^</]+)
    | <(?:(?P<converter>[a-zA-Z_]\w*)(?:\((?P<args>.*?)\))?:)?(?P<variable>[a-zA-Z_]\w*)>
    """,
    re.VERBOSE,
)
#: One converter argument: an optional ``name=`` then a Python-ish literal, then a comma.
_arg_re = re.compile(
    r"""
    \s*(?:(?P<name>\w+)\s*=\s*)?
    (?P<value>True|False|\d+.\d+|\d+.|\d+|[\w.]+|[urUR]?(?P<quoted>"[^"]*?"|'[^']*'))
    \s*,
    """,
    re.VERBOSE,
)
# --8<-- [end:tokens]

_CONSTANTS: dict[str, Any] = {"None": None, "True": True, "False": False}


def _literal(text: str) -> Any:
    """``"42"`` -> 42, ``"1.5"`` -> 1.5, ``"True"`` -> True, ``"'x'"`` -> "x"."""
    if text in _CONSTANTS:
        return _CONSTANTS[text]
    for number in (int, float):
        try:
            return number(text)
        except ValueError:
            pass
    if text[:1] == text[-1:] and text[:1] in "\"'":
        return text[1:-1]
    return text


def parse_converter_args(argstr: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """``"2, max=10"`` -> ``((2,), {"max": 10})``."""
    argstr += ","
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    position = 0
    for item in _arg_re.finditer(argstr):
        if item.start() != position:
            raise ValueError(
                f"Cannot parse converter argument {argstr[position : item.start()]!r};"
                " write arguments as Python literals, e.g. <int(min=1, max=9):n>"
            )
        value = _literal(item.group("quoted") or item.group("value"))
        if item.group("name"):
            kwargs[item.group("name")] = value
        else:
            args.append(value)
        position = item.end()
    return tuple(args), kwargs


class Weighting(NamedTuple):
    """Sort key of a part; smaller sorts first. Negated counts put richer parts first."""

    number_static_weights: int  # -(number of static runs): more literal text first
    static_weights: tuple[tuple[int, int], ...]  # (position, -length) of each run
    number_argument_weights: int  # -(number of slots): more slots first
    argument_weights: tuple[int, ...]  # each slot's converter weight: int(50) < str(100)


class RulePart(NamedTuple):
    """One ``/``-delimited piece of a rule, as the state machine matcher consumes it."""

    content: str  # the literal text if static, else a regex ending in \Z
    final: bool  # swallows the rest of the URL (a part_isolating=False converter)
    static: bool
    suffixed: bool  # final and ended with "/": the regex captures that slash
    weight: Weighting


Trace = list[tuple[bool, str]]
ConverterFactory = Callable[[str, str, tuple[Any, ...], dict[str, Any]], BaseConverter]


# --8<-- [start:parse_rule]
class PartBuilder:
    """One part being read: plain text until its first slot, a regular expression after."""

    def __init__(self) -> None:
        self.pieces: list[str] = []  # literal text while static, regex pieces once dynamic
        self.static = True
        self.final = False  # holds a slot that may span "/": it takes the rest of the URL
        self.static_weights: list[tuple[int, int]] = []
        self.slot_weights: list[int] = []

    def add_text(self, text: str) -> None:
        self.static_weights.append((len(self.static_weights), -len(text)))
        self.pieces.append(text if self.static else re.escape(text))

    def add_slot(self, converter: BaseConverter) -> None:
        if self.static:  # from here on the part is a regex: escape the text read so far
            self.pieces = [re.escape(piece) for piece in self.pieces]
            self.static = False
        self.pieces.append(f"(?P<__w{len(self.slot_weights)}>{converter.regex})")
        self.slot_weights.append(converter.weight)
        self.final = self.final or not converter.part_isolating

    def parts(self) -> list[RulePart]:
        """The finished part; a final one ending in ``/`` becomes two (see below)."""
        weight = Weighting(
            -len(self.static_weights), tuple(self.static_weights),
            -len(self.slot_weights), tuple(self.slot_weights),
        )  # fmt: skip
        content = "".join(self.pieces)
        if self.static:
            return [RulePart(content, False, True, False, weight)]
        if not (self.final and content.endswith("/")):
            return [RulePart(content + r"\Z", self.final, False, False, weight)]
        # "/<path:p>/": match the text with or without that last slash, so the
        # matcher can still redirect "/a/b" to "/a/b/"; an empty static part follows.
        regex = content[:-1] + r"(?<!/)(/?)\Z"
        return [
            RulePart(regex, True, False, True, weight),
            RulePart("", False, True, False, weight),
        ]


def _tokens(rule: str) -> Iterator[re.Match[str]]:
    """Each ``/``, run of text and ``<slot>`` of ``rule``, or ``ValueError`` at the first stray."""
    position = 0
    while position < len(rule):
        token = _token_re.match(rule, position)
        if token is None:
            raise ValueError(f"malformed url rule: {rule!r}; slots look like <int:name>")
        yield token
        position = token.end()


def parse_rule(
    rule: str, get_converter: ConverterFactory, trace: Trace, converters: dict[str, BaseConverter]
) -> Iterator[RulePart]:
    """Cut ``rule`` into parts, recording the build trace and the converters on the way.

    ``"/page/<int:n>"`` -> static parts ``""`` and ``"page"``, then the regex
    part ``(?P<__w0>\\d+)\\Z``.
    """
    part = PartBuilder()
    for token in _tokens(rule):
        if token["slash"] and not part.final:
            trace.append((False, "/"))
            yield from part.parts()
            part = PartBuilder()
        elif token["slash"]:  # a path-like slot already owns the rest of the URL
            trace.append((False, "/"))
            part.pieces.append("/")
        elif token["static"] is not None:
            trace.append((False, token["static"]))
            part.add_text(token["static"])
        else:
            name = token["variable"]
            args, kwargs = parse_converter_args(token["args"] or "")
            converters[name] = get_converter(name, token["converter"] or "default", args, kwargs)
            trace.append((True, name))
            part.add_slot(converters[name])
    yield from part.parts()


# --8<-- [end:parse_rule]
