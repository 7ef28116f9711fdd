"""``python -m learner start|test|progress``: the commands behind the Makefile's.

python -m learner start 3 [--into workspace]   make start-stage3
python -m learner test 3 [pytest options]      make test-stage3 [IMPL=dir] [ARGS=...]
python -m learner progress [--impl workspace]  make progress [IMPL=dir]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from . import progress
from .impl import check_folder
from .stages import ROOT, Stage, find_stage, stage_packages
from .workspace import start_stage


def stage_from(text: str) -> Stage:
    """``"3"`` or ``"03"`` -> our stage 3; exits with the list of stages if there is none."""
    try:
        return find_stage(int(text))
    except ValueError:
        raise SystemExit(f"{text!r} is not a stage number: use 1, 2, ... or 01, 02, ...") from None
    except LookupError as exc:
        raise SystemExit(str(exc)) from None


def start(number: str, into: Path) -> int:
    stage = stage_from(number)
    report = start_stage(stage, into)
    print(f"stage {stage.number}: {report.package}/")
    for file, bodies in report.written.items():
        bodies_raise = "body raises" if bodies == 1 else "bodies raise"
        print(f"  wrote  {file:<18} {bodies} {bodies_raise} NotImplementedError")
    for file in report.given:
        print(f"  wrote  {file:<18} nothing to write in it (exports, demo or constants)")
    for file in report.kept:
        print(f"  kept   {file:<18} you changed it, so it was not regenerated")
    if first := first_import_error(stage, into):
        print(f"First make the package importable: {first}")
    chapter = stage.chapter.relative_to(ROOT) if stage.chapter else "its chapter"
    impl = "" if into.resolve() == (ROOT / "workspace").resolve() else f" IMPL={into}"
    print(f"Read {chapter}, then: make test-stage{stage.number} IMPL={into} ARGS=-x")
    print(f"See where you stand: make progress{impl}")
    return 0


def first_import_error(stage: Stage, into: Path) -> str:
    """The error importing the fresh package raises (a body that runs at import), or ""."""
    env = {**os.environ, "IMPL": str(into.resolve())}
    code = (
        "import os, learner.impl; learner.impl.use_implementation(os.environ['IMPL']); "
        f"import {stage.package}"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    lines = done.stderr.strip().splitlines()
    return lines[-1] if done.returncode and lines else ""


def with_keyword(stage_args: list[str], extra: list[str]) -> list[str]:
    """Join the stage's ``-k`` with one in ``extra``: pytest would keep only the last."""
    if "-k" not in stage_args:
        return stage_args + extra
    ours = stage_args[stage_args.index("-k") + 1]
    rest, theirs = [], None
    items = iter(extra)
    for item in items:
        if item in ("-k", "--keyword"):
            theirs = next(items, "")
        elif item.startswith("-k") and len(item) > 2:
            theirs = item[2:]
        else:
            rest.append(item)
    if theirs is None:
        return stage_args + extra
    joined = [arg if arg != ours else f"({ours}) and ({theirs})" for arg in stage_args]
    return joined + rest


def test(number: str, extra: list[str]) -> int:
    stage = stage_from(number)
    impl = os.environ.get("IMPL", "").strip()
    if impl:
        try:
            check_folder(impl)
        except ValueError as exc:
            raise SystemExit(str(exc)) from None
    if impl and stage.package not in stage_packages(Path(impl).expanduser()):
        print(
            f"note: IMPL={impl} has no {stage.package}, so this runs ours "
            f"(start yours with: make start-stage{stage.number} IMPL={impl})"
        )
    # a learner's half-written package may break some test modules' imports: run the rest
    keep_going = ["--continue-on-collection-errors"] if impl else []
    args = [*with_keyword(stage.pytest_args(), extra), *keep_going]
    print("pytest " + " ".join(args) + (f"   (IMPL={impl})" if impl else ""))
    command = [sys.executable, "-m", "pytest", *args]
    return subprocess.run(command, cwd=ROOT).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m learner", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    begin = commands.add_parser("start", help="write a stage's skeleton into a folder")
    begin.add_argument("stage")
    begin.add_argument("--into", type=Path, default=Path("workspace"))
    run = commands.add_parser("test", help="run a stage's tests (IMPL=dir: against yours)")
    run.add_argument("stage")
    count = commands.add_parser("progress", help="tests passed per stage")
    count.add_argument("--impl", type=Path, default=Path("workspace"))
    args, extra = parser.parse_known_args(argv)
    if args.command == "test":
        return test(args.stage, extra)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    # zsh leaves the ~ of IMPL=~/my-flask to us
    if args.command == "start":
        return start(args.stage, args.into.expanduser())
    if not args.impl.expanduser().is_dir():
        raise SystemExit(f"{args.impl}/ does not exist yet: start a stage with make start-stage1")
    return progress.main(args.impl.expanduser())


if __name__ == "__main__":
    sys.exit(main())
