"""The folders a package ships: static files, templates, read-only resources.

Mirrors the folder half of flask/sansio/scaffold.py and ``send_static_file``,
``get_send_file_max_age`` and ``open_resource`` of flask/app.py (Flask 3.1.3).
Everything here needs only a ``root_path``, so an app and (stage 9) a blueprint share
it: both are packages with ``static/`` and ``templates/`` beside their code.
"""

from __future__ import annotations

import os
from datetime import timedelta
from functools import cached_property
from typing import IO, Any

from jinja2 import BaseLoader, FileSystemLoader
from stage03_request_response import Response
from stage06_contexts.globals import current_app

from .sending import send_from_directory

#: The modes ``open_resource`` accepts: the package is read, never written.
_READ_MODES = frozenset({"r", "rt", "rb"})


def open_in(folder: str, name: str, mode: str, encoding: str | None) -> IO[Any]:
    """Open ``folder/name``; ``encoding`` only applies to text modes."""
    text_encoding = None if "b" in mode else encoding
    return open(os.path.join(folder, name), mode, encoding=text_encoding)


# --8<-- [start:package_files]
class PackageFilesMixin:
    """Where a package's static files and templates are, and how to read its resources."""

    root_path: str

    def init_package_files(
        self,
        static_folder: str | os.PathLike[str] | None,
        static_url_path: str | None,
        template_folder: str | os.PathLike[str] | None,
    ) -> None:
        """Called from ``__init__``: the folders, relative to ``root_path``."""
        self._static_folder: str | None = None
        self._static_url_path: str | None = None
        self.static_folder = static_folder  # type: ignore[assignment]  # the setters normalise
        self.static_url_path = static_url_path
        #: The folder of templates, relative to ``root_path``; None for none.
        self.template_folder = template_folder

    @cached_property
    def jinja_loader(self) -> BaseLoader | None:
        """A loader for this package's ``template_folder``: one source for the app's loader."""
        if self.template_folder is None:
            return None
        return FileSystemLoader(os.path.join(self.root_path, self.template_folder))

    # --8<-- [end:package_files]

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
        The app's config is read through ``current_app``, so a blueprint reads it too.
        """
        value = current_app.config["SEND_FILE_MAX_AGE_DEFAULT"]
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
                " with the package. Write to open_instance_resource() instead."
            )
        return open_in(self.root_path, resource, mode, encoding)

    # --8<-- [end:resources]
