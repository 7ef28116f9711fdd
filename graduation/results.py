"""Turn the plugin's JSON lines into one outcome per test and one row per file.

A test is *passed* when its call passed and neither its setup nor its teardown
failed; *failed* when its call failed (or it was skipped: a skip is not a pass);
*error* when its setup or teardown failed, or it was never run because its file
(or Flask's conftest) could not be imported. The list of tests comes from the
reference collection with the real Flask, so a file that does not even import
against an implementation still counts all its tests, as errors.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

PASSED, FAILED, ERROR = "passed", "failed", "error"


@dataclass(frozen=True)
class Outcome:
    """One test's result and, unless it passed, the one line that says why."""

    nodeid: str
    status: str
    why: str = ""

    @property
    def file(self) -> str:
        return self.nodeid.split("::", 1)[0]


@dataclass(frozen=True)
class FileRow:
    """A line of the table: one test file's counts."""

    file: str
    passed: int
    failed: int
    errors: int

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.errors


@dataclass
class _Phases:
    setup: tuple[str, str] | None = None
    call: tuple[str, str] | None = None
    teardown: tuple[str, str] | None = None


def parse_records(lines: Iterable[str]) -> tuple[list[str], dict[str, str], dict[str, _Phases]]:
    """Split the JSON lines into collected ids, collection failures and test phases."""
    collected: list[str] = []
    broken_files: dict[str, str] = {}
    phases: dict[str, _Phases] = {}
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        nodeid, when = record["nodeid"], record["when"]
        if when == "collected":
            collected.append(nodeid)
        elif when == "collect":
            broken_files[nodeid] = record["why"]
        elif when in ("setup", "call", "teardown"):
            setattr(phases.setdefault(nodeid, _Phases()), when, (record["outcome"], record["why"]))
    return collected, broken_files, phases


def _status(phases: _Phases) -> tuple[str, str]:
    for phase in (phases.setup, phases.teardown):
        if phase is not None and phase[0] == "failed":
            return ERROR, phase[1]
    if phases.setup is not None and phases.setup[0] == "skipped":
        return FAILED, f"skipped: {phases.setup[1]}"
    if phases.call is None:
        return ERROR, "the test did not run"
    outcome, why = phases.call
    if outcome == "passed":
        return PASSED, ""
    return FAILED, why if outcome == "failed" else f"skipped: {why}"


def outcomes(lines: Iterable[str], expected: Iterable[str], not_run_reason: str) -> list[Outcome]:
    """One :class:`Outcome` for every expected test (and any extra one that ran).

    ``expected`` is the reference collection; ``not_run_reason`` explains a test
    that left no trace and whose file did not fail to collect (e.g. a broken conftest).
    """
    collected, broken_files, phases = parse_records(lines)
    results: list[Outcome] = []
    seen: set[str] = set()
    for nodeid in [*expected, *collected]:
        if nodeid in seen:
            continue
        seen.add(nodeid)
        if nodeid in phases:
            status, why = _status(phases[nodeid])
        else:
            file = nodeid.split("::", 1)[0]
            why = broken_files.get(file) or not_run_reason
            status = ERROR
        results.append(Outcome(nodeid, status, why))
    return results


def file_rows(results: Iterable[Outcome]) -> list[FileRow]:
    """Count outcomes per test file, files in name order."""
    counts: dict[str, list[int]] = {}
    for result in results:
        row = counts.setdefault(result.file, [0, 0, 0])
        row[(PASSED, FAILED, ERROR).index(result.status)] += 1
    return [FileRow(file, *counts[file]) for file in sorted(counts)]
