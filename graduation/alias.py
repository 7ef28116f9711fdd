"""Make one package answer to another's name: ``flask`` and every ``flask.<sub>``.

The graduation runs Flask's own code, which says ``import flask.json.provider``,
against a package with another name (``stage09_blueprints``). This module installs
a finder at the front of ``sys.meta_path`` that answers every ``flask.<sub>`` import
with the module object ``<target>.<sub>`` itself, so both names share one module: a
test that monkeypatches ``flask.cli.run_simple`` patches what the implementation
calls. Nothing is imported twice and nothing is wrapped.

It has no import of the project and only the standard library, because the
stand-in package copies this file next to itself in an environment where the
project is not installed. Upstream counterpart: none (Flask needs no alias);
the mechanism is the one of PEP 451 (``find_spec``, ``create_module``,
``exec_module``), as ``importlib`` documents it for Python 3.11.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from types import ModuleType


class MissingModuleError(ModuleNotFoundError):
    """The implementation lacks a module that Flask has; only its importer fails."""


class _ExistingModuleLoader(importlib.abc.Loader):
    """Hands the import system a module that is already loaded, unchanged."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.original_spec = module.__spec__

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return self.module

    def exec_module(self, module: ModuleType) -> None:
        # The import system has just stamped the alias spec on the module; the
        # module keeps its own, so its relative imports and reload still work.
        module.__spec__ = self.original_spec


class AliasFinder(importlib.abc.MetaPathFinder):
    """Answers ``<alias>.<sub>`` with the module ``<target>.<sub>``."""

    def __init__(self, alias: str, target: str) -> None:
        self.alias = alias
        self.target = target

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(self.alias + "."):
            return None
        real_name = self.target + fullname[len(self.alias) :]
        try:
            module = importlib.import_module(real_name)
        except ModuleNotFoundError as error:
            missing = error.name or ""
            if not (real_name == missing or real_name.startswith(missing + ".")):
                raise  # the module exists but imports something missing: say that
            raise MissingModuleError(
                f"{fullname} is missing: the implementation {self.target!r} has no module"
                f" {missing!r}. Add that module to the implementation; until then only"
                f" the code that imports {fullname} fails.",
                name=fullname,
            ) from None
        return importlib.util.spec_from_loader(fullname, _ExistingModuleLoader(module))


def install(alias: str, target: str, standin_folder: str) -> ModuleType:
    """Make ``alias`` and every ``alias.<sub>`` the modules of ``target``; return it.

    Called from the stand-in's ``__init__``: it replaces itself in ``sys.modules``
    with the target package, so ``import flask`` returns the implementation.
    """
    if target == alias:
        # The real package under its own name (``IMPL=flask``): step aside. Some of
        # Flask's tests filter warnings by the module name ``flask.app``, so the
        # reference run must not rename anything.
        skip = os.path.realpath(standin_folder)
        sys.path[:] = [entry for entry in sys.path if os.path.realpath(entry or ".") != skip]
        del sys.modules[alias]
        return importlib.import_module(alias)
    module = importlib.import_module(target)
    sys.meta_path.insert(0, AliasFinder(alias, target))
    sys.modules[alias] = module
    return module
