"""A pytest plugin that writes each test's outcome to a JSON file, for ``progress``.

Loaded with ``-p learner.report --learner-report=FILE``. It records the collected
tests in order, which passed, and for the rest the first line of what went wrong
(including test modules that could not even be imported).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--learner-report", help="write test outcomes as JSON to this file")


def crash_line(report: pytest.CollectReport | pytest.TestReport) -> str:
    """``NotImplementedError: Request.__init__: yours to write, ...``: the short story."""
    crash = getattr(report.longrepr, "reprcrash", None)
    if crash is not None:
        return str(crash.message).splitlines()[0]
    lines = [line for line in str(report.longrepr).splitlines() if line.startswith("E ")]
    return lines[-1][1:].strip() if lines else str(report.longrepr).strip().splitlines()[-1]


class Recorder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.collected: list[str] = []
        self.failures: dict[str, str] = {}  #: nodeid -> first line of the error
        self.broken_modules: dict[str, str] = {}  #: test module that did not import -> why

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.broken_modules[report.nodeid] = crash_line(report)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.collected = [item.nodeid for item in session.items]

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if (report.failed or report.skipped) and report.nodeid not in self.failures:
            self.failures[report.nodeid] = "skipped" if report.skipped else crash_line(report)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        result: dict[str, Any] = {
            "collected": self.collected,
            "failures": self.failures,
            "broken_modules": self.broken_modules,
        }
        self.path.write_text(json.dumps(result, indent=1), encoding="utf-8")


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("--learner-report")
    if path:
        config.pluginmanager.register(Recorder(Path(path)), "learner-report-recorder")
