"""Where a blueprint keeps its files: a root path, a static folder, a template folder.

Mirrors the folder half of flask/sansio/scaffold.py (Flask 3.1.3). A blueprint is
often a package of its own (``shop/`` with ``shop/static`` and ``shop/templates``);
paths given relative are taken from the package's folder, so the blueprint finds its
files wherever the project is installed.
"""

from __future__ import annotations

import os
from typing import IO, Any

from stage05_app.sansio import get_root_path


class PackageFolders:
    """``root_path``, ``static_folder``, ``static_url_path``, ``template_folder``."""

    def __init__(
        self,
        import_name: str,
        static_folder: str | os.PathLike[str] | None = None,
        static_url_path: str | None = None,
        template_folder: str | os.PathLike[str] | None = None,
        root_path: str | None = None,
    ) -> None:
        #: The package folder the other paths start from.
        self.root_path = get_root_path(import_name) if root_path is None else root_path
        self._static_folder: str | None = None
        self._static_url_path = static_url_path
        self.static_folder = static_folder  # type: ignore[assignment]
        #: Templates folder, relative to ``root_path``; None for a blueprint without one.
        self.template_folder = None if template_folder is None else os.fspath(template_folder)

    @property
    def static_folder(self) -> str | None:
        """The absolute path of the static folder, or None."""
        if self._static_folder is None:
            return None
        return os.path.join(self.root_path, self._static_folder)

    @static_folder.setter
    def static_folder(self, value: str | os.PathLike[str] | None) -> None:
        self._static_folder = None if value is None else os.fspath(value).rstrip(r"\/")

    @property
    def has_static_folder(self) -> bool:
        """True when a static folder was given: then registration adds a ``static`` route."""
        return self._static_folder is not None

    @property
    def static_url_path(self) -> str | None:
        """``static_folder="assets"`` -> ``"/assets"`` unless a path was given."""
        if self._static_url_path is not None:
            return self._static_url_path
        if self._static_folder is None:
            return None
        return f"/{os.path.basename(self._static_folder)}".rstrip("/")

    @static_url_path.setter
    def static_url_path(self, value: str | None) -> None:
        self._static_url_path = None if value is None else value.rstrip("/")

    def open_resource(
        self, resource: str, mode: str = "rb", encoding: str | None = None
    ) -> IO[Any]:
        """Open a file shipped in the package, for reading: ``open_resource("schema.sql")``."""
        return open_package_file(self.root_path, resource, mode, encoding)


def open_package_file(root: str, resource: str, mode: str, encoding: str | None) -> IO[Any]:
    """Open ``root/resource`` for reading; code's files are not for writing at run time."""
    if mode not in READ_MODES:
        raise ValueError(
            f"Resources can only be opened for reading, and mode {mode!r} would write."
            " Use 'r', 'rt' or 'rb'; write to open_instance_resource() instead."
        )
    text_encoding = None if "b" in mode else encoding  # binary files take no encoding
    return open(os.path.join(root, resource), mode, encoding=text_encoding)  # noqa: SIM115


#: The modes ``open_resource`` accepts.
READ_MODES = frozenset({"r", "rt", "rb"})
