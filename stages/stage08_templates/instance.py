"""The instance folder: this deployment's files, outside the package.

Mirrors ``auto_find_instance_path``, ``open_instance_resource`` and the
``instance_relative_config`` switch of flask/sansio/app.py and flask/app.py, with
``find_package`` from flask/sansio/scaffold.py (Flask 3.1.3). A package is the same on
every machine; a secrets config or a SQLite database is not. Those live in
``instance_path``: ``instance/`` beside the project, or ``<prefix>/var/<name>-instance``
when the app is installed into a Python environment.
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
import sys
from typing import IO, Any

from .package_files import open_in


def package_location(import_name: str) -> tuple[str | None, str]:
    """``(install prefix or None, the sys.path entry the package is imported from)``.

    A package inside a virtualenv or the system Python is "installed" and has a prefix;
    one imported from a project folder has none.
    """
    top = import_name.partition(".")[0]
    try:
        spec = importlib.util.find_spec(top)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        folder = os.getcwd()
    elif spec.submodule_search_locations:  # a package: the folder above it
        locations = list(spec.submodule_search_locations)
        origin = spec.origin if spec.origin not in (None, "namespace") else None
        folder = os.path.dirname(os.path.dirname(origin) if origin else locations[0])
    else:  # a single module: its folder
        folder = os.path.dirname(spec.origin or os.getcwd())
    prefix = os.path.abspath(sys.prefix)
    if pathlib.PurePath(folder).is_relative_to(prefix):
        return prefix, folder
    parent, name = os.path.split(folder)
    if name.lower() == "site-packages":  # a virtualenv outside sys.prefix
        lib = parent if os.path.basename(parent).lower() == "lib" else os.path.dirname(parent)
        if os.path.basename(lib).lower() == "lib":  # prefix/lib[/pythonX.Y]/site-packages
            return os.path.dirname(lib), folder
        return parent, folder
    return None, folder


# --8<-- [start:instance]
class InstanceFolderMixin:
    """``app.instance_path``, and whether the config is read from it."""

    import_name: str

    def init_instance(self, instance_path: str | None, instance_relative_config: bool) -> None:
        """Called from ``Flask.__init__`` before the config exists, which may need them."""
        if instance_path is None:
            instance_path = self.auto_find_instance_path()
        elif not os.path.isabs(instance_path):
            raise ValueError(
                f"If an instance path is provided it must be absolute, not {instance_path!r}."
                " A relative path would depend on the directory the server starts in."
            )
        #: This deployment's folder (not in the package); ``instance/`` beside it by default.
        self.instance_path = instance_path
        #: Whether ``config.from_pyfile("x.cfg")`` looks in ``instance_path``, not ``root_path``.
        self.instance_relative_config = instance_relative_config

    def auto_find_instance_path(self) -> str:
        """``instance/`` beside the project, or ``<prefix>/var/<name>-instance`` if installed."""
        prefix, folder = package_location(self.import_name)
        if prefix is None:
            return os.path.join(folder, "instance")
        return os.path.join(prefix, "var", f"{self.import_name}-instance")

    def open_instance_resource(
        self, resource: str, mode: str = "rb", encoding: str | None = "utf-8"
    ) -> IO[Any]:
        """Open a file in ``instance_path``; unlike resources, these may be written."""
        return open_in(self.instance_path, resource, mode, encoding)


# --8<-- [end:instance]
