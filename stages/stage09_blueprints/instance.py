"""Where an app's instance folder is: files that belong to one deployment, not to the code.

Mirrors ``find_package`` and ``auto_find_instance_path`` of flask/sansio/scaffold.py
and flask/sansio/app.py (Flask 3.1.3). A project run from its source tree keeps
``instance/`` beside its top-level package; an installed one keeps
``<prefix>/var/<app>-instance``, since ``site-packages`` is no place for a database.
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
import sys


def package_container(import_name: str) -> str:
    """The folder that *contains* the top-level package or module of ``import_name``.

    ``shop.views`` with ``/src/shop/__init__.py`` -> ``/src``; a module ``app`` in
    ``/src/app.py`` -> ``/src``; a namespace package -> the folder of the portion
    holding ``import_name``; unknown -> the working directory.
    """
    root_name = import_name.partition(".")[0]
    try:
        root = importlib.util.find_spec(root_name)
    except (ImportError, ValueError):
        root = None
    if root is None:
        return os.getcwd()
    locations = list(root.submodule_search_locations or ())
    if not locations:  # a plain module
        return os.path.dirname(root.origin)  # type: ignore[type-var,return-value]
    if root.origin not in (None, "namespace"):  # a regular package: up from __init__.py
        return os.path.dirname(os.path.dirname(root.origin))
    inner = importlib.util.find_spec(import_name)
    if inner is not None and inner.submodule_search_locations:
        inner_path = pathlib.Path(os.path.commonpath(list(inner.submodule_search_locations)))
        locations = [loc for loc in locations if inner_path.is_relative_to(loc)] or locations
    return os.path.dirname(locations[0])


def installation_prefix(container: str) -> str | None:
    """``/usr/lib/python3.11/site-packages`` -> ``/usr``; a source tree -> None."""
    if pathlib.PurePath(container).is_relative_to(os.path.abspath(sys.prefix)):
        return os.path.abspath(sys.prefix)  # inside this Python's own tree (a virtualenv)
    parts = pathlib.PurePath(container).parts
    lowered = [part.lower() for part in parts]
    if lowered[-1:] != ["site-packages"]:
        return None
    # <prefix>/lib/site-packages (Windows), <prefix>/lib/pythonX.Y/site-packages, or
    # any other folder holding site-packages, which is then the prefix itself.
    for depth in (2, 3):
        if lowered[-depth:][:1] == ["lib"]:
            return str(pathlib.PurePath(*parts[:-depth]))
    return str(pathlib.PurePath(*parts[:-1]))


def default_instance_path(import_name: str, app_name: str) -> str:
    """``instance/`` beside the package, or ``<prefix>/var/<app>-instance`` once installed."""
    container = package_container(import_name)
    prefix = installation_prefix(container)
    if prefix is None:
        return os.path.join(container, "instance")
    return os.path.join(prefix, "var", f"{app_name}-instance")
