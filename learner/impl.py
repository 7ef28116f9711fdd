"""Import a learner's stage packages in place of ours: the one switch behind ``IMPL``.

Every test names a stage by import name (``import stage03_request_response``), never by
path. A finder placed first on ``sys.meta_path`` answers for the top-level stage packages
found in the learner's folder, so those imports (and the imports our later stages make of
earlier ones) get the learner's code; every other stage, and every other module, is found
as usual. Only ``stageNN_*`` names are redirected, so a folder that also holds a
``tests`` package or anything else cannot shadow the project's own modules.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

from .stages import STAGE_NAME, stage_packages


class ImplementationFinder(importlib.abc.MetaPathFinder):
    """Finds ``stageNN_*`` packages in one folder before anything else is asked."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()
        #: The stage packages this finder answers for (the rest come from ``stages/``).
        self.packages = frozenset(stage_packages(self.folder))

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname not in self.packages:
            return None  # submodules follow their package's __path__, which is ours to set
        return importlib.machinery.PathFinder.find_spec(fullname, [str(self.folder)])


def check_folder(folder: str | Path) -> ImplementationFinder:
    """A finder for ``folder``; ``ValueError`` saying what to do if it holds no stage."""
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise ValueError(
            f"IMPL={folder}: no such folder. Create a stage in it with "
            f"'make start-stageN IMPL={folder}', or point IMPL at the folder that "
            "holds your stageNN_name packages."
        )
    finder = ImplementationFinder(path)
    if not finder.packages:
        raise ValueError(
            f"IMPL={folder}: no stage package in it (a folder named like "
            "stage03_request_response with an __init__.py). Start one with "
            "'make start-stage3'."
        )
    return finder


def use_implementation(folder: str | Path) -> ImplementationFinder:
    """Make ``folder``'s stage packages the ones every later import gets.

    Raises ``ValueError`` if the folder is missing or holds no stage package, and
    ``RuntimeError`` if one of its stages was already imported from elsewhere (the
    switch must happen before any test module is imported).
    """
    finder = check_folder(folder)
    early = [name for name in finder.packages if name in sys.modules]
    if early:
        raise RuntimeError(
            f"{', '.join(early)} was imported before IMPL={folder} took effect, "
            "so ours would be tested instead; switch implementations before importing stages"
        )
    sys.meta_path.insert(0, finder)
    return finder


def imported_from(package: str) -> Path | None:
    """The folder the imported stage ``package`` came from, or None if not imported."""
    module = sys.modules.get(package)
    if module is None or not STAGE_NAME.match(package) or module.__file__ is None:
        return None
    return Path(module.__file__).resolve().parent.parent
