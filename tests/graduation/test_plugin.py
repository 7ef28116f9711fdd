"""The results plugin: its one-line reasons, and a real pytest run counted through it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from graduation.pytest_plugin import RESULTS_VARIABLE, crash_message
from graduation.results import ERROR, FAILED, PASSED, outcomes
from graduation.run import last_words

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Crash:
    message: str


@dataclass
class Repr:
    reprcrash: Crash


@pytest.mark.parametrize(
    ("longrepr", "message"),
    [
        (Repr(Crash("AttributeError: no 'g'")), "AttributeError: no 'g'"),
        (("t.py", 3, "Skipped: no greenlet"), "Skipped: no greenlet"),
        ("t.py:1: in <module>\nE   ImportError: no Blueprint\nE   more\n", "more"),
        ("ERROR collecting t.py\nsomething broke\n", "something broke"),
        ("", ""),
    ],
    ids=["crash", "skip-tuple", "e-lines", "plain-text", "empty"],
)
def test_crash_message_is_the_line_that_says_why(longrepr: object, message: str) -> None:
    assert crash_message(longrepr) == message


def test_plugin_and_results_count_a_real_pytest_run(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text(
        textwrap.dedent(
            """
            import os
            import pytest

            @pytest.fixture
            def broken():
                raise RuntimeError("fixture broke")

            def test_passes():
                os.environ.clear()  # the plugin must still know where to write

            def test_fails():
                assert 1 == 2

            def test_errors(broken):
                pass
            """
        )
    )
    (tmp_path / "test_unimportable.py").write_text("import a_module_nobody_has\n")
    results = tmp_path / "results.jsonl"
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "graduation.pytest_plugin"]
        + ["-p", "no:cacheprovider", "--continue-on-collection-errors", str(tmp_path)],
        cwd=tmp_path,
        env={**os.environ, RESULTS_VARIABLE: str(results), "PYTHONPATH": str(REPO)},
        capture_output=True,
    )
    expected = ["test_unimportable.py::test_x"]
    found = {
        o.nodeid: (o.status, o.why)
        for o in outcomes(results.read_text().splitlines(), expected, "")
    }
    assert found == {
        "test_unimportable.py::test_x": (
            ERROR,
            "ModuleNotFoundError: No module named 'a_module_nobody_has'",
        ),
        "test_sample.py::test_passes": (PASSED, ""),
        "test_sample.py::test_fails": (FAILED, "assert 1 == 2"),
        "test_sample.py::test_errors": (ERROR, "RuntimeError: fixture broke"),
    }


def test_last_words_prefers_the_last_error_line(tmp_path: Path) -> None:
    log = tmp_path / "run.log"
    log.write_text("collecting\nE   ImportError: first\nE   ImportError: second\n1 error\n")
    assert last_words(log) == "ImportError: second"
