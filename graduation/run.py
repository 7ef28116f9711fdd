"""Run one part of the graduation (flaskr, or Flask's suite) in the graduation environment.

Each part runs twice: once collecting only, with the real Flask, to learn which
tests exist (so a file that cannot even import against the implementation still
counts); then for real, with the stand-in first on the path.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from graduation.pytest_plugin import RESULTS_VARIABLE
from graduation.results import Outcome, outcomes, parse_records

#: The module name the results plugin takes in the plugin folder.
PLUGIN_MODULE = "graduation_results"
#: Seconds one pytest run may take in all; each test has its own, shorter limit.
RUN_LIMIT = 20 * 60


@dataclass(frozen=True)
class Part:
    """A test run: its title, the folder pytest runs in, and extra import folders."""

    title: str
    slug: str
    rootdir: Path
    tests: str = "tests"
    path: tuple[Path, ...] = ()


def _environment(path: list[Path], results: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    env["PYTHONPATH"] = os.pathsep.join(str(folder) for folder in path)
    env[RESULTS_VARIABLE] = str(results)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("FLASK_APP", None)
    return env


def _pytest(
    python: Path, part: Part, path: list[Path], results: Path, log: Path, *extra: str
) -> int:
    command = [str(python), "-m", "pytest", part.tests, "-p", PLUGIN_MODULE]
    command += ["-p", "no:cacheprovider", "-q", "--tb=short", "--continue-on-collection-errors"]
    command += extra
    results.unlink(missing_ok=True)
    with log.open("w") as stream:
        try:
            done = subprocess.run(
                command,
                cwd=part.rootdir,
                env=_environment(path, results),
                stdout=stream,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                timeout=RUN_LIMIT,
            )
        except subprocess.TimeoutExpired:
            # A server thread that is not a daemon keeps pytest alive after its last test.
            stream.write(f"\nE   the pytest run was stopped after {RUN_LIMIT} s\n")
            return -1
    return done.returncode


def last_words(log: Path) -> str:
    """Why a run ended early: the last ``E`` line of pytest's output, or its last line."""
    lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("E ")]
    return (errors or lines or ["pytest printed nothing"])[-1].removeprefix("E ").strip()


def run_part(
    python: Path,
    part: Part,
    standin: Path,
    plugin: Path,
    impl_path: tuple[Path, ...],
    logs: Path,
    timeout: float,
) -> list[Outcome]:
    """The outcome of every test of ``part`` against the implementation."""
    logs.mkdir(parents=True, exist_ok=True)
    slug = part.slug
    reference = logs / f"{slug}-reference.jsonl"
    code = _pytest(
        python,
        part,
        [plugin, *part.path],
        reference,
        logs / f"{slug}-reference.log",
        "--collect-only",
    )
    if code != 0 or not reference.is_file():
        raise RuntimeError(
            f"collecting {part.title} with the real Flask failed (pytest exit {code}):"
            f" see {logs / f'{slug}-reference.log'}; the graduation environment is broken"
        )
    expected_ids = parse_records(reference.read_text().splitlines())[0]
    measured = logs / f"{slug}.jsonl"
    log = logs / f"{slug}.log"
    _pytest(
        python,
        part,
        [standin, plugin, *impl_path, *part.path],
        measured,
        log,
        f"--timeout={timeout:g}",
    )
    lines = measured.read_text().splitlines() if measured.is_file() else []
    return outcomes(lines, expected_ids, f"not run: {last_words(log)}")
