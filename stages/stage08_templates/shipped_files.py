"""Files the app ships: its static folder, its resources, and its instance folder.

Mirrors the file half of flask/sansio/scaffold.py, flask/sansio/app.py and
flask/app.py (Flask 3.1.3). Three folders, three purposes:

* ``root_path``: the app's own package, read-only (``open_resource("schema.sql")``);
* ``static_folder`` under it: files the browser fetches at ``static_url_path``;
* ``instance_path``: this deployment's files (a secrets config, a SQLite database),
  kept out of the package and out of version control.
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
import sys
from datetime import timedelta
from typing import IO, Any

from stage03_request_response import Response

from .sending import send_from_directory

#: The modes ``open_resource`` accepts: the package is read, never written.
_READ_MODES = frozenset({"r", "rt", "rb"})


def _open_in(folder: str, name: str, mode: str, encoding: str | None) -> IO[Any]:
    """Open ``folder/name``; ``encoding`` only applies to text modes."""
    text_encoding = None if "b" in mode else encoding
    return open(os.path.join(folder, name), mode, encoding=text_encoding)


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


# --8<-- [start:files_mixin]
class ShippedFilesMixin:
    """Where the app's static files, resources and instance files live, and how to open them."""

    root_path: str
    config: Any
    import_name: str

    def init_files(
        self,
        static_folder: str | os.PathLike[str] | None,
        static_url_path: str | None,
        instance_path: str | None,
        instance_relative_config: bool,
    ) -> None:
        """Called from ``Flask.__init__`` before the config exists, which may need them."""
        self._static_folder: str | None = None
        self._static_url_path: str | None = None
        self.static_folder = static_folder  # type: ignore[assignment]  # the setters normalise
        self.static_url_path = static_url_path
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

    # --8<-- [end:files_mixin]

    # --8<-- [start:static]
    @property
    def static_folder(self) -> str | None:
        """The absolute static folder: ``root_path/static`` by default."""
        if self._static_folder is None:
            return None
        return os.path.join(self.root_path, self._static_folder)

    @static_folder.setter
    def static_folder(self, value: str | os.PathLike[str] | None) -> None:
        self._static_folder = os.fspath(value).rstrip("/\\") if value is not None else None

    @property
    def has_static_folder(self) -> bool:
        return self._static_folder is not None

    @property
    def static_url_path(self) -> str | None:
        """The URL prefix of static files: ``/static`` by default, from the folder's name."""
        if self._static_url_path is not None:
            return self._static_url_path
        if self._static_folder is None:
            return None
        return f"/{os.path.basename(self._static_folder)}".rstrip("/")

    @static_url_path.setter
    def static_url_path(self, value: str | None) -> None:
        self._static_url_path = value.rstrip("/") if value is not None else None

    def send_static_file(self, filename: str) -> Response:
        """The view of the ``static`` endpoint: a file from ``static_folder``, or 404."""
        if not self.has_static_folder:
            raise RuntimeError("'static_folder' must be set to serve static_files.")
        max_age = self.get_send_file_max_age(filename)
        return send_from_directory(self.static_folder, filename, max_age=max_age)  # type: ignore[arg-type]

    def get_send_file_max_age(self, filename: str | None) -> int | None:
        """How long a browser may keep a file: ``SEND_FILE_MAX_AGE_DEFAULT`` in seconds.

        None (the default since Flask 2.0) sends ``no-cache``: the browser asks each time
        and gets a cheap 304 while the file is unchanged. Override it per file type.
        """
        value = self.config["SEND_FILE_MAX_AGE_DEFAULT"]
        if value is None:
            return None
        if isinstance(value, timedelta):
            return int(value.total_seconds())
        return int(value)

    # --8<-- [end:static]

    # --8<-- [start:resources]
    def open_resource(
        self, resource: str, mode: str = "rb", encoding: str | None = None
    ) -> IO[Any]:
        """``with app.open_resource("schema.sql") as f:``, relative to ``root_path``."""
        if mode not in _READ_MODES:
            raise ValueError(
                f"Resources can only be opened for reading, not with mode {mode!r}: they ship"
                " with the app. Write to open_instance_resource() instead."
            )
        return _open_in(self.root_path, resource, mode, encoding)

    def open_instance_resource(
        self, resource: str, mode: str = "rb", encoding: str | None = "utf-8"
    ) -> IO[Any]:
        """Open a file in ``instance_path``; unlike resources, these may be written."""
        return _open_in(self.instance_path, resource, mode, encoding)

    # --8<-- [end:resources]
