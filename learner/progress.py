"""``make progress``: one row per stage, tests passed out of the stage's total.

Each stage the learner has started runs in its own pytest process (in parallel), so
one stage that does not import yet cannot hide the others. The total is the number
of tests that run the learner's code; when some of their test modules cannot be
imported, it comes from collecting the same tests against ours. The reference cases
of the differential tests (ids ending in ``werkzeug``, ``flask`` or ``wsgiref``) run
the upstream object, so they pass whatever the learner writes and are not counted.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .stages import ROOT, Stage, our_stages, stage_packages

GREEN, YELLOW, RED, DIM, RESET = "\033[32m", "\033[33m", "\033[31m", "\033[2m", "\033[0m"
#: Seconds one stage's run may take; a learner's loop that never ends must not hang the table.
TIMEOUT = 300
#: Parameter ids that name the upstream implementation in a differential test.
REFERENCE_IDS = frozenset({"werkzeug", "flask", "wsgiref"})
PARAMETERS = re.compile(r"\[(?P<ids>[^\]]*)\]$")


def runs_your_code(nodeid: str) -> bool:
    """False for ``test_x[302-werkzeug]``: a differential case that runs upstream's object."""
    match = PARAMETERS.search(nodeid)
    return not (match and REFERENCE_IDS & set(match["ids"].split("-")))


@dataclass
class Row:
    """Where a learner stands on one stage."""

    stage: Stage
    started: bool
    passed: int = 0
    total: int = 0
    first_failure: str = ""  #: test (or test module) name, without tests/<package>/
    reason: str = ""  #: the first line of its error


def run_pytest(args: list[str], impl: Path | None, collect_only: bool) -> tuple[dict, str]:
    """Run pytest on ``args`` (against ``impl``, or ours) -> (JSON report, pytest output)."""
    env = {key: value for key, value in os.environ.items() if key != "IMPL"}
    if impl is not None:
        env["IMPL"] = str(impl)
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [
            sys.executable,
            "-m",
            "pytest",
            *args,
            "-p",
            "learner.report",
            f"--learner-report={report}",
            "--continue-on-collection-errors",
            "-p",
            "no:warnings",
        ]
        if collect_only:
            command.append("--collect-only")
        try:
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT
            )
        except subprocess.TimeoutExpired:
            return {}, (
                f"E   the tests did not finish in {TIMEOUT} s: something may loop forever; "
                "make test-stageN IMPL=... ARGS='-x -v' shows which test"
            )
        output = done.stdout + done.stderr
        if not report.is_file():
            return {}, output
        return json.loads(report.read_text(encoding="utf-8")), output


def belongs_to(nodeid: str, stage: Stage) -> bool:
    """A test of ``stage``: in its folder, or a case whose parameters name its package."""
    match = PARAMETERS.search(nodeid)
    return nodeid.startswith(f"tests/{stage.package}/") or bool(
        match and stage.package in match["ids"]
    )


class OurTests:
    """Our stages' test ids against ours, collected once, in one process, when first asked.

    They give a stage's total when some of the learner's test modules do not import.
    """

    def __init__(self, stages: list[Stage]) -> None:
        self.stages = stages
        self.lock = threading.Lock()
        self.nodeids: list[str] | None = None

    def total(self, stage: Stage) -> int:
        with self.lock:
            if self.nodeids is None:
                args = sorted({arg for s in self.stages for arg in s.pytest_args()[:2]})
                if any(s.has_contracts for s in self.stages):
                    args.append("tests/contracts")
                self.nodeids = run_pytest(args, None, collect_only=True)[0].get("collected", [])
        return sum(1 for n in self.nodeids if belongs_to(n, stage) and runs_your_code(n))


def last_error_line(output: str) -> str:
    """The ``E   ...`` line pytest printed last, for a run that stopped before any test."""
    errors = [line[1:].strip() for line in output.splitlines() if line.startswith("E ")]
    if errors:
        return errors[-1]
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1] if lines else "pytest printed nothing"


def short_name(nodeid: str, stage: Stage) -> str:
    return nodeid.removeprefix(f"tests/{stage.package}/")


def measure(stage: Stage, impl: Path, ours: OurTests) -> Row:
    """Run ``stage``'s tests against the learner's package in ``impl``."""
    row = Row(stage, started=True)
    result, output = run_pytest(stage.pytest_args(with_upstream=False), impl, collect_only=False)
    broken = result.get("broken_modules", {})
    collected = [nodeid for nodeid in result.get("collected", []) if runs_your_code(nodeid)]
    if result and not broken:
        row.total = len(collected)
    else:
        row.total = ours.total(stage)
    if not result:
        row.first_failure = "(the tests did not start)"
        row.reason = last_error_line(output)
        return row
    failures = result["failures"]
    row.passed = sum(1 for nodeid in collected if nodeid not in failures)
    if broken:
        module, why = next(iter(broken.items()))
        row.first_failure, row.reason = f"{short_name(module, stage)} (does not import)", why
    elif failing := [nodeid for nodeid in collected if nodeid in failures]:
        row.first_failure, row.reason = short_name(failing[0], stage), failures[failing[0]]
    return row


def progress(impl: Path) -> list[Row]:
    """One row per stage of ours; the stages present in ``impl`` are run, in parallel."""
    present = set(stage_packages(impl))
    stages = our_stages()
    started = [stage for stage in stages if stage.package in present]
    ours = OurTests(started)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        rows = pool.map(lambda stage: measure(stage, impl, ours), started)
        measured = dict(zip(started, rows, strict=True))
    return [measured.get(stage, Row(stage, started=False)) for stage in stages]


def render(rows: list[Row], colour: bool, width: int) -> str:
    """The table; ``colour`` adds ANSI colours, and reasons are cut to ``width``."""

    def paint(text: str, code: str) -> str:
        return f"{code}{text}{RESET}" if colour else text

    name_width = max(len(row.stage.package) for row in rows)
    lines = [f"{'stage':<{name_width + 3}}  {'passed':>9}  first failing test"]
    for row in rows:
        label = f"{row.stage.number:>2} {row.stage.package:<{name_width}}"
        if not row.started:
            hint = f"not started: make start-stage{row.stage.number}"
            lines.append(paint(f"{label}  {'-':>9}  {hint}", DIM))
            continue
        count = f"{row.passed}/{row.total}"
        done = row.total > 0 and row.passed == row.total
        code = GREEN if done else RED if row.passed == 0 else YELLOW
        failure = "-" if done else row.first_failure
        lines.append(f"{label}  {paint(f'{count:>9}', code)}  {failure}")
        if row.reason and not done:
            indent = " " * (name_width + 3 + 2 + 9 + 2)
            room = max(width - len(indent), 20)
            reason = row.reason if len(row.reason) <= room else row.reason[: room - 3] + "..."
            lines.append(paint(f"{indent}{reason}", DIM))
    return "\n".join(lines)


def main(impl: Path) -> int:
    """Print the table for the stages in ``impl`` (as given: relative stays relative)."""
    rows = progress(impl.resolve())
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else 120
    print(f"IMPL={impl}")
    print(render(rows, colour, width))
    return 0
