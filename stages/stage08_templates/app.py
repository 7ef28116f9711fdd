"""The stage 8 ``Flask``: the app with templates, static files and an instance folder.

Mirrors ``Flask.__init__`` in flask/app.py and flask/sansio/app.py (Flask 3.1.3). The
request cycle is inherited; this class only gives the app its folders
(``shipped_files.py``), its Jinja environment (``jinja_app.py``), and one route
registered for you: ``/static/<path:filename>``, endpoint ``static``.
"""

from __future__ import annotations

import os
from typing import Any

from stage04_routing import MapAdapter, SecurityError
from stage05_app.config import Config
from stage05_app.helpers import get_root_path
from stage05_app.sansio import host_is_trusted
from stage07_sessions import Flask as _Base

from .instance import InstanceFolderMixin
from .jinja_app import TemplatesMixin
from .package_files import PackageFilesMixin


# --8<-- [start:flask_class]
class Flask(TemplatesMixin, PackageFilesMixin, InstanceFolderMixin, _Base):
    """``Flask(__name__, static_folder="static", template_folder="templates")``."""

    def __init__(
        self,
        import_name: str,
        static_url_path: str | None = None,
        static_folder: str | os.PathLike[str] | None = "static",
        static_host: str | None = None,
        host_matching: bool = False,
        subdomain_matching: bool = False,
        template_folder: str | os.PathLike[str] | None = "templates",
        instance_path: str | None = None,
        instance_relative_config: bool = False,
        root_path: str | None = None,
    ) -> None:
        self.import_name = import_name
        self.root_path = root_path if root_path is not None else get_root_path(import_name)
        # Before the base class builds the config: make_config reads the instance folder.
        self.init_instance(instance_path, instance_relative_config)
        super().__init__(import_name, root_path=self.root_path)
        self.init_package_files(static_folder, static_url_path, template_folder)
        self.init_templates()
        self.url_map.host_matching = host_matching
        #: Whether routes may match subdomains of ``SERVER_NAME`` (stage 4's ``subdomain=``).
        self.subdomain_matching = subdomain_matching
        if self.has_static_folder:
            if bool(static_host) != host_matching:
                # AssertionError, the type Flask's assert raises and its tests expect.
                raise AssertionError(
                    "Invalid static_host/host_matching combination: 'static_host' is"
                    " required when 'host_matching' is on, and only then. Pass both, or neither."
                )
            self.add_url_rule(
                f"{self.static_url_path}/<path:filename>",
                endpoint="static",
                host=static_host,
                view_func=self.send_static_file,
            )

    # --8<-- [end:flask_class]

    def create_url_adapter(self, request: Any) -> MapAdapter | None:
        """Stage 5's adapter, or, with host or subdomain matching on, one bound to any host.

        ``host_matching`` routes by the whole ``Host`` (a static host such as a CDN name);
        ``subdomain_matching`` lets rules match subdomains of ``SERVER_NAME``.
        """
        if request is None or not (self.url_map.host_matching or self.subdomain_matching):
            return super().create_url_adapter(request)  # type: ignore[no-any-return]
        trusted = self.config["TRUSTED_HOSTS"]
        if trusted is not None and not host_is_trusted(request.host, trusted):
            raise SecurityError(f"Host {request.host!r} is not a trusted host.")
        server_name = None if self.url_map.host_matching else self.config["SERVER_NAME"]
        return self.url_map.bind_to_environ(request.environ, server_name=server_name)

    def make_config(self, instance_relative: bool | None = None) -> Config:
        """Stage 5's config, rooted in ``instance_path`` when ``instance_relative_config``."""
        config = super().make_config()
        if self.instance_relative_config if instance_relative is None else instance_relative:
            config.root_path = self.instance_path
        return config

    @property
    def debug(self) -> bool:
        return bool(self.config["DEBUG"])

    @debug.setter
    def debug(self, value: bool) -> None:
        """Debug mode reloads changed templates, unless ``TEMPLATES_AUTO_RELOAD`` says no."""
        self.config["DEBUG"] = value
        env: Any = self.__dict__.get("_jinja_env")
        if env is not None:
            env.auto_reload = self.reloads_templates()
