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
def parse_rule(
    rule: str, get_converter: ConverterFactory, trace: Trace, converters: dict[str, BaseConverter]
) -> Iterator[RulePart]:
    """Cut ``rule`` into parts, recording the build trace and the converters on the way.

    ``"/page/<int:n>"`` -> static parts ``""`` and ``"page"``, then the regex
    part ``(?P<__w0>\\d+)\\Z``.
    """
    content, static, final = "", True, False
    static_weights: list[tuple[int, int]] = []
    argument_weights: list[int] = []
    slot = 0

    def finish() -> RulePart:
        weight = Weighting(
            -len(static_weights), tuple(static_weights), -len(argument_weights),
            tuple(argument_weights),
        )  # fmt: skip
        return RulePart(content + ("" if static else r"\Z"), final, static, False, weight)

    pos = 0
    while pos < len(rule):
        token = _token_re.match(rule, pos)
        if token is None:
            raise ValueError(f"malformed url rule: {rule!r}; slots look like <int:name>")
        pos = token.end()
        if (text := token.group("static")) is not None:
            static_weights.append((len(static_weights), -len(text)))
            trace.append((False, text))
            content += text if static else re.escape(text)
        elif (name := token.group("variable")) is not None:
            if static:  # the part becomes a regex: escape what came before
                content, static = re.escape(content), False
            args, kwargs = parse_converter_args(token.group("args") or "")
            converter = get_converter(name, token.group("converter") or "default", args, kwargs)
            converters[name] = converter
            final = final or not converter.part_isolating
            content += f"(?P<__w{slot}>{converter.regex})"
            slot += 1
            argument_weights.append(converter.weight)
            trace.append((True, name))
        else:
            trace.append((False, "/"))
            if final:  # a path-like slot already owns the rest of the URL
                content += "/"
                continue
            yield finish()
            content, static, final, slot = "", True, False, 0
            static_weights, argument_weights = [], []

    if final and content.endswith("/"):
        # "/<path:p>/": match the text with or without that last slash, so the
        # matcher can still redirect "/a/b" to "/a/b/".
        part = finish()
        content = content[:-1] + "(?<!/)(/?)"
        part = part._replace(content=content + r"\Z", suffixed=True)
        yield part
        yield RulePart("", False, True, False, part.weight)
        return
    yield finish()


# --8<-- [end:parse_rule]
