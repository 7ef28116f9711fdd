"""The scoreboard's text and Markdown tables, its last line, and failure causes."""

from __future__ import annotations

import pytest

from graduation.report import (
    Suite,
    cause_of,
    causes,
    causes_markdown,
    render_markdown,
    render_text,
    summary_line,
)
from graduation.results import ERROR, FAILED, PASSED, FileRow, Outcome

SUITE = Suite("part", (FileRow("tests/test_a.py", 8, 1, 1), FileRow("tests/test_bb.py", 12, 0, 0)))


def test_render_text_aligns_counts_and_ends_with_the_total() -> None:
    assert render_text(SUITE).splitlines() == [
        "part",
        "file              passed  failed  errors  total",
        "-----------------------------------------------",
        "tests/test_a.py        8       1       1     10",
        "tests/test_bb.py      12       0       0     12",
        "-----------------------------------------------",
        "total                 20       1       1     22",
    ]


def test_render_markdown_has_a_bold_total_row() -> None:
    lines = render_markdown(SUITE).splitlines()
    assert lines[0] == "| file | passed | failed | errors | total |"
    assert lines[2] == "| `tests/test_a.py` | 8 | 1 | 1 | 10 |"
    assert lines[-1] == "| **total** | **20** | **1** | **1** | **22** |"


def test_summary_line_counts_every_non_pass_as_failed() -> None:
    other = Suite("other", (FileRow("t.py", 3, 0, 2),))
    assert summary_line([SUITE, other]) == "23 passed, 4 failed"


@pytest.mark.parametrize(
    ("why", "cause"),
    [
        (
            "ImportError: cannot import name 'Blueprint' from 'stage06_contexts' (/x/y.py)",
            "missing: flask.Blueprint",
        ),
        (
            "AttributeError: module 'stage06_contexts' has no attribute 'Blueprint'",
            "missing: flask.Blueprint",
        ),
        (
            "graduation_alias.MissingModuleError: flask.sessions is missing: ...",
            "missing module: flask.sessions",
        ),
        (
            "TypeError: Flask.__init__() got an unexpected keyword argument 'host_matching'",
            "missing: Flask(host_matching=...)",
        ),
        ("Failed: Timeout (>5.0s) from pytest-timeout.", "timed out (a real server?)"),
        ("assert <App 0x7f00ab> at /tmp/pytest-of-x/1\nmore", "assert <App 0x…> at <tmp>"),
        ("", "(no message)"),
    ],
    ids=["import-name", "attribute", "module", "keyword", "timeout", "masked", "empty"],
)
def test_cause_of_groups_alike_messages(why: str, cause: str) -> None:
    assert cause_of(why, "stage06_contexts") == cause


def test_causes_are_counted_most_frequent_first_with_an_example() -> None:
    results = [
        Outcome("t.py::a", FAILED, "AttributeError: module 'flask' has no attribute 'g'"),
        Outcome("t.py::b", PASSED),
        Outcome("t.py::c", ERROR, "boom"),
        Outcome("t.py::d", FAILED, "ImportError: cannot import name 'g' from 'flask'"),
    ]
    assert causes(results) == [("missing: flask.g", 2, "t.py::a"), ("boom", 1, "t.py::c")]


def test_causes_markdown_escapes_table_syntax_in_a_cause() -> None:
    text = causes_markdown("stage06_contexts", [("assert a | b", 3, "t.py::x[a|b]")])
    assert text.splitlines()[-1] == "| `assert a \\| b` | 3 | `t.py::x[ab]` |"
