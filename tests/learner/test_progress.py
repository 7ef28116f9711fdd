"""``make progress`` and the promise behind learner mode, checked end to end.

A fresh skeleton fails with ``NotImplementedError`` only (never an import error), and a
copy of our own package passes everything: each run is a real pytest process.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from learner import progress
from learner.progress import (
    OurTests,
    Row,
    last_error_line,
    measure,
    render,
    run_pytest,
    runs_your_code,
)
from learner.stages import find_stage, our_stages
from learner.workspace import start_stage

STAGES = our_stages()


@pytest.fixture(scope="module")
def fresh_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict, str]]:
    """Every stage's skeleton in one workspace, each stage's tests run against it."""
    workspace = tmp_path_factory.mktemp("workspace")
    for stage in STAGES:
        start_stage(stage, workspace)
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = pool.map(
            lambda stage: run_pytest(stage.pytest_args(with_upstream=False), workspace, False),
            STAGES,
        )
        return dict(zip([stage.package for stage in STAGES], runs, strict=True))


def reasons(result: dict, output: str) -> list[str]:
    """Why each test or test module failed; why the run stopped, if it did."""
    if not result:
        return [last_error_line(output)]
    return [*result["failures"].values(), *result["broken_modules"].values()]


@pytest.mark.parametrize("package", [stage.package for stage in STAGES])
def test_fresh_skeleton_fails_with_not_implemented_only(
    fresh_runs: dict[str, tuple[dict, str]], package: str
) -> None:
    why = reasons(*fresh_runs[package])
    assert why, "a fresh skeleton passed every test: the tests cannot fail"
    other = [line for line in why if not line.startswith("NotImplementedError")]
    assert not other, f"{len(other)} failures are not NotImplementedError: {other[:3]}"


@pytest.mark.parametrize("number", [3, 5], ids=["stage03", "stage05-with-contracts"])
def test_copy_of_our_package_passes_every_test(tmp_path: Path, number: int) -> None:
    stage = find_stage(number)
    shutil.copytree(stage.source, tmp_path / stage.package)
    row = measure(stage, tmp_path, OurTests([stage]))
    assert (row.passed, row.first_failure) == (row.total, "")
    assert row.total > 0


#: Three of our stage 3 test ids, as a collection against ours reports them.
OURS_3 = [f"tests/stage03_request_response/test_b.py::t{n}" for n in (1, 2, 3)]


def canned(result: dict[str, Any], ours: list[str]) -> Any:
    """A stand-in for run_pytest: ``result`` for the learner's run, ``ours`` collected."""

    def run(args: list[str], impl: Path | None, collect_only: bool) -> tuple[dict, str]:
        if impl is None:
            return {"collected": ours, "failures": {}, "broken_modules": {}}, ""
        return result, "E   NotImplementedError: conftest import" if not result else ""

    return run


def test_measure_counts_passed_and_names_the_first_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = {
        "collected": ["tests/stage03_request_response/test_a.py::t1", "t2", "t3", "t4"],
        "failures": {"t4": "NotImplementedError: late", "t2": "NotImplementedError: early"},
        "broken_modules": {},
    }
    monkeypatch.setattr(progress, "run_pytest", canned(result, []))
    row = measure(find_stage(3), Path("."), OurTests([find_stage(3)]))
    assert (row.passed, row.total, row.first_failure) == (2, 4, "t2")


def test_measure_takes_the_total_from_ours_when_a_module_does_not_import(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = {
        "collected": ["t1"],
        "failures": {},
        "broken_modules": {"tests/stage03_request_response/test_b.py": "NotImplementedError: x"},
    }
    monkeypatch.setattr(
        progress, "run_pytest", canned(result, [*OURS_3, "tests/stage04_routing/test_c.py::t9"])
    )
    row = measure(find_stage(3), Path("."), OurTests([find_stage(3)]))
    assert (row.passed, row.total, row.first_failure) == (1, 3, "test_b.py (does not import)")


def test_measure_reports_a_run_that_stopped_before_any_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(progress, "run_pytest", canned({}, OURS_3[:2]))
    row = measure(find_stage(3), Path("."), OurTests([find_stage(3)]))
    assert (row.passed, row.total) == (0, 2)
    assert row.reason == "NotImplementedError: conftest import"


@pytest.mark.parametrize(
    ("nodeid", "counted"),
    [
        ("tests/s/test_a.py::test_b", True),
        ("tests/s/test_a.py::test_b[302-ours]", True),
        ("tests/s/test_a.py::test_b[302-werkzeug]", False),
        ("tests/contracts/test_c.py::test_d[flask]", False),
        ("tests/s/test_a.py::test_b[wsgiref-function]", False),
        ("tests/s/test_a.py::test_b[flaskish]", True),
    ],
    ids=["plain", "ours-case", "werkzeug-case", "flask-case", "wsgiref-case", "word-inside-id"],
)
def test_progress_counts_only_cases_that_run_the_learners_code(nodeid: str, counted: bool) -> None:
    assert runs_your_code(nodeid) is counted


@pytest.fixture
def rows() -> list[Row]:
    return [
        Row(STAGES[0], started=True, passed=92, total=92),
        Row(
            STAGES[1], started=True, passed=3, total=96, first_failure="test_x.py::t", reason="why"
        ),
        Row(STAGES[2], started=False),
    ]


def test_render_plain_has_one_row_per_stage_and_no_colour(rows: list[Row]) -> None:
    table = render(rows, colour=False, width=100)
    assert "\033[" not in table
    assert [line.split()[:2] for line in table.splitlines()[1:] if line[:3].strip()] == [
        ["1", STAGES[0].package],
        ["2", STAGES[1].package],
        ["3", STAGES[2].package],
    ]


@pytest.mark.parametrize(
    ("needle", "line"),
    [("92/92", 1), ("3/96", 2), ("test_x.py::t", 2), ("make start-stage3", 4)],
    ids=["complete", "partial", "first-failure", "not-started-hint"],
)
def test_render_plain_shows(rows: list[Row], needle: str, line: int) -> None:
    assert needle in render(rows, colour=False, width=100).splitlines()[line]


def test_render_colours_a_complete_stage_green(rows: list[Row]) -> None:
    assert "\033[32m" in render(rows, colour=True, width=100).splitlines()[1]


def test_run_pytest_reports_a_run_that_does_not_finish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "TIMEOUT", 0.01)
    result, output = run_pytest(["tests/stage01_socket"], None, collect_only=False)
    assert result == {}
    assert last_error_line(output).startswith("the tests did not finish in 0.01 s")
