"""From the plugin's JSON lines to one outcome per test and one row per file."""

from __future__ import annotations

import json

import pytest

from graduation.results import ERROR, FAILED, PASSED, FileRow, Outcome, file_rows, outcomes


def line(nodeid: str, when: str, outcome: str = "", why: str = "") -> str:
    return json.dumps({"nodeid": nodeid, "when": when, "outcome": outcome, "why": why})


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        ([("setup", "passed"), ("call", "passed"), ("teardown", "passed")], (PASSED, "")),
        ([("setup", "passed"), ("call", "failed", "assert 1 == 2")], (FAILED, "assert 1 == 2")),
        ([("setup", "failed", "fixture broke")], (ERROR, "fixture broke")),
        ([("call", "passed"), ("teardown", "failed", "leak")], (ERROR, "leak")),
        ([("setup", "skipped", "no greenlet")], (FAILED, "skipped: no greenlet")),
        ([("call", "skipped", "later")], (FAILED, "skipped: later")),
    ],
    ids=["passed", "call-failed", "setup-failed", "teardown-failed", "setup-skip", "call-skip"],
)
def test_outcomes_combine_the_phases_of_a_test(
    records: list[tuple[str, ...]], expected: tuple[str, str]
) -> None:
    lines = [line("t.py::a", *record) for record in records]
    assert outcomes(lines, ["t.py::a"], "never") == [Outcome("t.py::a", *expected)]


def test_outcomes_count_an_uncollectable_file_as_errors_with_its_reason() -> None:
    lines = [line("t.py", "collect", "failed", "ImportError: no Blueprint")]
    result = outcomes(lines, ["t.py::a", "t.py::b"], "never")
    assert [(r.status, r.why) for r in result] == [(ERROR, "ImportError: no Blueprint")] * 2


def test_outcomes_give_a_test_that_left_no_trace_the_run_reason() -> None:
    assert outcomes([], ["t.py::a"], "not run: conftest") == [
        Outcome("t.py::a", ERROR, "not run: conftest")
    ]


def test_outcomes_keep_a_test_the_reference_did_not_collect() -> None:
    lines = [line("t.py::new", "collected"), line("t.py::new", "call", "passed")]
    assert outcomes(lines, [], "never") == [Outcome("t.py::new", PASSED)]


def test_file_rows_count_per_file_in_name_order() -> None:
    results = [
        Outcome("tests/test_b.py::x", PASSED),
        Outcome("tests/test_a.py::C::y", FAILED, "no"),
        Outcome("tests/test_b.py::z[1]", ERROR, "no"),
        Outcome("tests/test_b.py::z[2]", PASSED),
    ]
    assert file_rows(results) == [
        FileRow("tests/test_a.py", 0, 1, 0),
        FileRow("tests/test_b.py", 2, 0, 1),
    ]
