"""Render the graduation's scoreboard: per-file tables, the last line, failure causes.

The same rows render twice: aligned plain text for the terminal, and Markdown for
``docs/graduation-table.md``, which the Graduation page includes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from graduation.results import PASSED, FileRow, Outcome

HEADER = ("file", "passed", "failed", "errors", "total")


@dataclass(frozen=True)
class Suite:
    """One part of the graduation (flaskr, or Flask's suite) and its file rows."""

    title: str
    rows: tuple[FileRow, ...]

    @property
    def total_row(self) -> FileRow:
        return FileRow(
            "total",
            sum(row.passed for row in self.rows),
            sum(row.failed for row in self.rows),
            sum(row.errors for row in self.rows),
        )


def _cells(row: FileRow) -> tuple[str, ...]:
    return (row.file, str(row.passed), str(row.failed), str(row.errors), str(row.total))


def render_text(suite: Suite) -> str:
    """An aligned table, the file column left, the counts right, a total line last."""
    lines = [HEADER, *(_cells(row) for row in suite.rows), _cells(suite.total_row)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]

    def fmt(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join((first, *rest))

    rule = "-" * len(fmt(HEADER))
    return "\n".join([suite.title, fmt(HEADER), rule, *map(fmt, lines[1:-1]), rule, fmt(lines[-1])])


def render_markdown(suite: Suite) -> str:
    """A Markdown table with the total in bold as its last row."""
    total = suite.total_row
    lines = [
        "| " + " | ".join(HEADER) + " |",
        "| --- | ---: | ---: | ---: | ---: |",
        *("| `" + row.file + "` | " + " | ".join(_cells(row)[1:]) + " |" for row in suite.rows),
        "| **total** | " + " | ".join(f"**{cell}**" for cell in _cells(total)[1:]) + " |",
    ]
    return "\n".join(lines)


def summary_line(suites: Iterable[Suite]) -> str:
    """``"513 passed, 1 failed"``: every test that did not pass counts as failed."""
    totals = [suite.total_row for suite in suites]
    passed = sum(row.passed for row in totals)
    return f"{passed} passed, {sum(row.total for row in totals) - passed} failed"


_ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
_TEMP_PATH = re.compile(r"/(?:tmp|var)/[^\s'\"]*")
#: Messages that all say "this name is missing", rewritten to one wording per name,
#: so ``from flask import X`` and ``flask.X`` failures count as one cause.
_MISSING = (
    (re.compile(r"cannot import name '(\w+)' from '([\w.]+)'"), "missing: {1}.{0}"),
    (re.compile(r"module '([\w.]+)' has no attribute '(\w+)'"), "missing: {0}.{1}"),
    (re.compile(r"MissingModuleError: ([\w.]+) is missing"), "missing module: {0}"),
    (re.compile(r"'(\w+)' object has no attribute '(\w+)'"), "missing: {0}.{1}"),
    (
        re.compile(r"(\w+)\.__init__\(\) got an unexpected keyword argument '(\w+)'"),
        "missing: {0}({1}=...)",
    ),
    (re.compile(r"Timeout \(>[\d.]+s\) from pytest-timeout"), "timed out (a real server?)"),
)


def cause_of(why: str, package: str = "flask") -> str:
    """A failure message with what varies between tests masked, so alike ones group.

    ``"cannot import name 'Blueprint' from 'stage06_contexts'"`` -> ``"missing: flask.Blueprint"``;
    ``"<Flask 0x7f..> at /tmp/pytest-1/x"`` -> ``"<Flask 0x…> at <tmp>"``.
    """
    text = why.strip().splitlines()[0] if why.strip() else "(no message)"
    for pattern, wording in _MISSING:
        match = pattern.search(text)
        if match:
            text = wording.format(*match.groups())
            break
    if package != "flask":
        text = re.sub(rf"\b{re.escape(package)}\b", "flask", text)
    return _TEMP_PATH.sub("<tmp>", _ADDRESS.sub("0x…", text))[:160]


def causes(results: Iterable[Outcome], package: str = "flask") -> list[tuple[str, int, str]]:
    """Failure causes, most frequent first: (cause, count, one test that shows it)."""
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for result in results:
        if result.status != PASSED:
            cause = cause_of(result.why, package)
            counts[cause] += 1
            example.setdefault(cause, result.nodeid)
    return [(cause, count, example[cause]) for cause, count in counts.most_common()]


def render_causes(rows: Sequence[tuple[str, int, str]], limit: int) -> str:
    lines = [f"{count:5d}  {cause}\n       e.g. {test}" for cause, count, test in rows[:limit]]
    if len(rows) > limit:
        rest = sum(count for _, count, _ in rows[limit:])
        lines.append(f"{rest:5d}  ({len(rows) - limit} other causes)")
    return "\n".join(lines)


def markdown_page(package: str, versions: str, suites: Sequence[Suite]) -> str:
    """The scoreboard file the Graduation page includes: both tables and the last line."""
    parts = [
        f"<!-- generated by make graduate IMPL={package}: do not edit -->",
        f"Against `{package}`: {versions}.",
    ]
    for suite in suites:
        parts += [f"**{suite.title}**", render_markdown(suite)]
    parts.append(f"`{summary_line(suites)}`")
    return "\n\n".join(parts) + "\n"


def causes_markdown(package: str, rows: Sequence[tuple[str, int, str]]) -> str:
    """Every failure cause as a Markdown table: the raw material of "What we leave out"."""
    lines = [
        f"<!-- generated by make graduate IMPL={package}: do not edit -->",
        "",
        "| cause | tests | for example |",
        "| --- | ---: | --- |",
    ]
    for cause, count, test in rows:
        cell = cause.replace("|", "\\|").replace("`", "'")
        lines.append(f"| `{cell}` | {count} | `{test.replace('|', '')}` |")
    return "\n".join(lines) + "\n"
