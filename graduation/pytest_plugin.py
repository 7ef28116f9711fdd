"""A pytest plugin that writes each test's outcome as one JSON line, for the table.

Loaded in the graduation environment with ``-p graduation_results`` (the stand-in
folder holds a copy under that name); writes to the file named by the environment
variable ``GRADUATION_RESULTS``. It reads only what pytest hands every plugin, so
it needs nothing but the standard library, and works with pytest 8 and 9.
"""

from __future__ import annotations

import json
import os
from typing import Any

#: The environment variable naming the JSON-lines file the outcomes go to.
RESULTS_VARIABLE = "GRADUATION_RESULTS"


def crash_message(longrepr: Any) -> str:
    """The one line that says why: ``"AttributeError: 'X' has no attribute 'y'"``."""
    crash = getattr(longrepr, "reprcrash", None)
    if crash is not None:
        return str(crash.message)
    if isinstance(longrepr, tuple) and len(longrepr) == 3:  # a skip: (file, line, reason)
        return str(longrepr[2])
    lines = [line for line in str(longrepr).splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("E ")]
    return (errors or lines or [""])[-1].removeprefix("E ").strip()


#: Read once at start-up: some of Flask's tests replace ``os.environ`` while they run.
_RESULTS_PATH = os.environ.get(RESULTS_VARIABLE)


def _write(record: dict[str, str]) -> None:
    path = _RESULTS_PATH
    if path:
        with open(path, "a", encoding="utf-8") as stream:
            stream.write(json.dumps(record) + "\n")


def pytest_runtest_logreport(report: Any) -> None:
    if report.when != "call" and report.outcome == "passed":
        return  # a passing setup or teardown says nothing new
    message = "" if report.outcome == "passed" else crash_message(report.longrepr)
    _write(
        {"nodeid": report.nodeid, "when": report.when, "outcome": report.outcome, "why": message}
    )


def pytest_collectreport(report: Any) -> None:
    if report.outcome == "failed":
        why = crash_message(report.longrepr)
        _write({"nodeid": report.nodeid, "when": "collect", "outcome": "failed", "why": why})


def pytest_collection_finish(session: Any) -> None:
    for item in session.items:
        _write({"nodeid": item.nodeid, "when": "collected", "outcome": "", "why": ""})
