"""Write the stand-in ``flask`` package, and decide what it forwards to.

``make graduate IMPL=...`` names the implementation in one of three ways, the same
way learner mode does for the stages' own tests:

- a package name (``stage09_blueprints``, ``stage06_contexts``, ``flask``), imported
  from ``stages/`` or the graduation environment;
- a folder of stage packages (``IMPL=workspace``): it goes first on the path, and its
  newest ``stageNN_*`` package is the implementation;
- a package folder (``IMPL=workspace/stage09_blueprints``): its parent goes first.

The stand-in is a folder holding ``flask/__init__.py`` and a copy of
:mod:`graduation.alias`; placed first on ``PYTHONPATH`` it makes ``import flask``
(and every ``flask.<sub>``) return the implementation's modules.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from graduation import alias

#: What ``make graduate`` measures when no ``IMPL=`` is given.
DEFAULT_IMPL = "stage09_blueprints"
#: The module name the copy of :mod:`graduation.alias` takes inside the stand-in.
ALIAS_MODULE = "graduation_alias"
STAGE_PACKAGE = re.compile(r"^stage(\d\d)_\w+$")
PACKAGE_NAME = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")


@dataclass(frozen=True)
class Implementation:
    """The package the stand-in forwards to, and the folders it needs first on the path."""

    package: str
    path: tuple[Path, ...] = ()

    def describe(self) -> str:
        where = f" from {self.path[0]}" if self.path else ""
        return f"{self.package}{where}"


def resolve_impl(spec: str, cwd: Path) -> Implementation:
    """Turn the ``IMPL=`` text into an :class:`Implementation`.

    ``"stage06_contexts"`` -> the package of that name; ``"workspace"`` (a folder of
    stages) -> its newest stage, with the folder first on the path.
    """
    spec = spec.strip() or DEFAULT_IMPL
    folder = cwd / Path(spec).expanduser()  # an absolute path replaces cwd
    looks_like_a_path = "/" in spec or spec.startswith(("~", "."))
    if looks_like_a_path and not folder.is_dir():
        raise ValueError(f"IMPL={spec}: no such folder ({folder})")
    if folder.is_dir():
        folder = folder.resolve()
        if (folder / "__init__.py").is_file():
            return Implementation(folder.name, (folder.parent,))
        stages = sorted(
            (int(match.group(1)), child.name)
            for child in folder.iterdir()
            if (match := STAGE_PACKAGE.match(child.name)) and (child / "__init__.py").is_file()
        )
        if not stages:
            raise ValueError(
                f"IMPL={spec}: the folder {folder} holds no stageNN_* package (a folder"
                f" with an __init__.py); name a package (IMPL=stage06_contexts) or a folder"
                f" of stage packages (IMPL=workspace)"
            )
        return Implementation(stages[-1][1], (folder,))
    if PACKAGE_NAME.match(spec):
        return Implementation(spec)
    raise ValueError(
        f"IMPL={spec}: neither a folder nor a package name; use IMPL=stage06_contexts,"
        f" IMPL=flask or IMPL=<folder of stage packages>"
    )


def standin_init_source(target: str, alias_name: str = "flask") -> str:
    """The text of the stand-in's ``__init__.py`` for one target package."""
    return (
        f'"""Generated stand-in: ``{alias_name}`` and every ``{alias_name}.<sub>``'
        f' are the modules of ``{target}``. Do not edit."""\n\n'
        f"import os as _os\n\n"
        f"from {ALIAS_MODULE} import install as _install\n\n"
        f"_install({alias_name!r}, {target!r}, _os.path.dirname(_os.path.dirname(__file__)))\n"
    )


def write_standin(folder: Path, target: str, alias_name: str = "flask") -> Path:
    """Create the stand-in in ``folder`` (put ``folder`` first on the path); return ``folder``."""
    package = folder / alias_name
    if package.exists():
        shutil.rmtree(package)
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(standin_init_source(target, alias_name))
    shutil.copyfile(alias.__file__, folder / f"{ALIAS_MODULE}.py")
    return folder
