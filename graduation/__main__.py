"""``make graduate``: run Flask's tutorial app and Flask's own suite against a stage.

Usage: ``python -m graduation [--impl IMPL] [--causes N] [--timeout S] [--keep]``.
Prints a per-file table for each part, the most frequent failure causes, and as
its last line ``N passed, M failed``. Exits 1 when flaskr is not 24/24 or the
suite falls below the floor in ``graduation/floor.txt``; 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graduation import pytest_plugin, report
from graduation.environment import ensure_environment, merged_requirements
from graduation.results import Outcome, file_rows
from graduation.run import PLUGIN_MODULE, Part, run_part
from graduation.sdist import FLASK_VERSION, fetch_sdist, unpack_sdist
from graduation.standin import DEFAULT_IMPL, Implementation, resolve_impl, write_standin
from graduation.verdict import FLOOR_FILE, problems, raise_floor, read_floor

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".cache" / "graduation"
#: Where the Markdown tables of our own packages go; the Graduation page includes them.
SCOREBOARD = Path(__file__).with_name("scoreboard")


class CannotRun(RuntimeError):
    """The graduation could not measure anything (as opposed to measuring a failure)."""


def import_problem(python: Path, path: list[Path], impl: Implementation) -> str | None:
    """``None`` when ``import flask`` reaches the implementation, else why not."""
    env = {"PYTHONPATH": os.pathsep.join(map(str, path)), "PATH": os.defpath}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run(
        [str(python), "-c", "import flask"], env=env, capture_output=True, text=True
    )
    if done.returncode == 0:
        return None
    last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
    hint = " (stage 9 is not built yet: try IMPL=stage06_contexts)"
    return (
        f"{impl.describe()} does not import: {last}{hint if impl.package == DEFAULT_IMPL else ''}"
    )


def on_the_scoreboard(impl: Implementation) -> bool:
    """The docs show the real Flask and our newest stage; other runs stay in the cache."""
    if impl.path:
        return False  # a learner's folder
    newest = max((p.name for p in (REPO / "stages").glob("stage[0-9][0-9]_*")), default="")
    return impl.package in ("flask", newest)


def versions(python: Path) -> str:
    code = "import importlib.metadata as m, platform as p;"
    code += "print(m.version('werkzeug'), p.python_version())"
    found = subprocess.run([str(python), "-c", code], capture_output=True, text=True).stdout
    werkzeug, py = (found.split() + ["?", "?"])[:2]
    return f"Flask {FLASK_VERSION} sdist, Werkzeug {werkzeug}, Python {py} on {platform.machine()}"


def measure(
    impl: Implementation, python: Path, archive: Path, timeout: float, keep: bool
) -> list[tuple[Part, list[Outcome]]]:
    """Unpack the sdist, write the stand-in, and run both parts against ``impl``."""
    work = Path(tempfile.mkdtemp(prefix="graduation-"))
    try:
        root = unpack_sdist(archive, work)
        standin = write_standin(work / "standin", impl.package)
        plugin = work / "plugin"
        plugin.mkdir()
        shutil.copyfile(pytest_plugin.__file__, plugin / f"{PLUGIN_MODULE}.py")
        impl_path = (*impl.path, REPO / "stages")
        why = import_problem(python, [standin, *impl_path], impl)
        if why is not None:
            raise CannotRun(why)
        print(f"graduate: Flask {FLASK_VERSION}'s tests against {impl.describe()}", flush=True)
        tutorial = root / "examples" / "tutorial"
        parts = [
            Part("flaskr (examples/tutorial)", "flaskr", tutorial, path=(tutorial,)),
            Part("Flask's suite (tests/)", "suite", root),
        ]
        logs = CACHE / "logs"
        return [
            (part, run_part(python, part, standin, plugin, impl_path, logs, timeout))
            for part in parts
        ]
    finally:
        if keep:
            print(f"graduate: the unpacked sdist and the stand-in stay in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graduation", description=__doc__)
    parser.add_argument("--impl", default=DEFAULT_IMPL, help="package name or folder")
    parser.add_argument("--causes", type=int, default=12, help="failure causes to list")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per test")
    parser.add_argument("--keep", action="store_true", help="keep the unpacked sdist")
    parser.add_argument(
        "--raise-floor", action="store_true", help="record a higher suite score as the floor"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        impl = resolve_impl(args.impl, Path.cwd())
        archive = fetch_sdist(CACHE)
        python = ensure_environment(CACHE / "venv", merged_requirements(REPO / "pyproject.toml"))
        measured = measure(impl, python, archive, args.timeout, args.keep)
        floor = read_floor()
    except (ValueError, RuntimeError, OSError, subprocess.CalledProcessError) as error:
        print(f"graduate: {error}", file=sys.stderr)
        return 2

    suites = [report.Suite(part.title, tuple(file_rows(results))) for part, results in measured]
    for suite in suites:
        print("\n" + report.render_text(suite))
    failing = report.causes([r for _, results in measured for r in results], impl.package)
    if failing and args.causes:
        print(f"\nFailure causes ({len(failing)}), most frequent first:")
        print(report.render_causes(failing, args.causes))

    folder = SCOREBOARD if on_the_scoreboard(impl) else CACHE
    folder.mkdir(parents=True, exist_ok=True)
    table = folder / f"{impl.package}.md"
    table.write_text(report.markdown_page(impl.package, versions(python), suites))
    (folder / f"{impl.package}-causes.md").write_text(report.causes_markdown(impl.package, failing))
    print(f"\nMarkdown: {table.relative_to(REPO)} and -causes.md; logs: .cache/graduation/logs/")
    passed = suites[1].total_row.passed
    floor_file = FLOOR_FILE.relative_to(REPO)
    if passed > floor and on_the_scoreboard(impl) and impl.package != "flask":
        if args.raise_floor and raise_floor(passed):
            print(f"graduate: the floor in {floor_file} is now {passed} (was {floor})")
        else:
            print(f"Flask's suite passes {passed}, above the floor {floor}: raise it in")
            print(f"{floor_file} (make graduate ARGS=--raise-floor), then commit the file")
    found = problems(suites[0], suites[1], floor)
    for problem in found:
        print(f"graduate: FAILED: {problem}")
    print(f"graduate: {time.monotonic() - started:.0f} s")
    print(report.summary_line(suites))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
