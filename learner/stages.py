"""Where the stages live: ours in ``stages/``, a learner's in any folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUR_STAGES = ROOT / "stages"
DOCS = ROOT / "docs" / "stages"
TESTS = ROOT / "tests"

#: A top-level stage package name: ``stage03_request_response`` -> number 3.
STAGE_NAME = re.compile(r"^stage(\d\d)_[a-z0-9_]+$")


@dataclass(frozen=True)
class Stage:
    """One of our stages: its number, package name and chapter."""

    number: int
    package: str

    @property
    def source(self) -> Path:
        return OUR_STAGES / self.package

    @property
    def tests(self) -> Path:
        return TESTS / self.package

    @property
    def chapter(self) -> Path | None:
        """``docs/stages/03-request-response.md``, or None before the chapter is written."""
        found = sorted(DOCS.glob(f"{self.number:02d}-*.md"))
        return found[0] if found else None

    @property
    def has_contracts(self) -> bool:
        """Stages 5 and on also answer to the contract tests in ``tests/contracts/``."""
        return self.number >= 5

    def pytest_args(self, *, with_upstream: bool = True) -> list[str]:
        """What ``make test-stageN`` runs: the stage's tests, its layering rule, its contracts.

        The contract cases carry the package name in their id, so ``-k`` keeps this
        stage's (and, ``with_upstream``, the real Flask's, for comparison).
        """
        layering = (
            f"tests/test_layering.py::test_stage_imports_follow_layering_rules[{self.package}]"
        )
        args = [f"tests/{self.package}", layering]
        if self.has_contracts:
            keyword = f"{self.package} or flask" if with_upstream else self.package
            args += ["tests/contracts", "-k", keyword]
        return args


def stage_packages(folder: Path) -> list[str]:
    """The stage packages directly inside ``folder`` (directories with an ``__init__.py``)."""
    if not folder.is_dir():
        return []
    return sorted(
        child.name
        for child in folder.iterdir()
        if STAGE_NAME.match(child.name) and (child / "__init__.py").is_file()
    )


def our_stages() -> list[Stage]:
    return [Stage(int(name[5:7]), name) for name in stage_packages(OUR_STAGES)]


def find_stage(number: int) -> Stage:
    """Our stage ``number``; a clear error naming the stages that exist if there is none."""
    stages = our_stages()
    for stage in stages:
        if stage.number == number:
            return stage
    existing = ", ".join(f"{s.number} ({s.package})" for s in stages)
    raise LookupError(f"there is no stage {number} yet; the stages that exist are {existing}")
