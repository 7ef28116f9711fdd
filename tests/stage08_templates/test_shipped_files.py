"""Files the app ships: static folder options, resources, the instance folder, config files.

Mirrors flask/sansio/scaffold.py, flask/sansio/app.py and flask/app.py (Flask 3.1.3).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("kwargs", "url_path", "rule"),
    [
        ({}, "/static", "/static/<path:filename>"),
        ({"static_url_path": "/assets"}, "/assets", "/assets/<path:filename>"),
        ({"static_url_path": "/assets/"}, "/assets", "/assets/<path:filename>"),
        ({"static_folder": "public"}, "/public", "/public/<path:filename>"),
        ({"static_folder": "static", "static_url_path": ""}, "", "/<path:filename>"),
    ],
    ids=["default", "url-path", "url-path-slash", "folder-name", "at-root"],
)
def test_static_url_path_and_rule(
    impl: ModuleType, project: Path, kwargs: dict[str, Any], url_path: str, rule: str
) -> None:
    app = impl.Flask("s", root_path=str(project), **kwargs)
    rules = [r.rule for r in app.url_map.iter_rules() if r.endpoint == "static"]
    assert (app.static_url_path, rules) == (url_path, [rule])


def test_static_folder_is_absolute_under_root_path(impl: ModuleType, project: Path) -> None:
    app = impl.Flask("s", root_path=str(project))
    assert app.static_folder == os.path.join(str(project), "static")


def test_static_folder_none_adds_no_route(impl: ModuleType, project: Path) -> None:
    app = impl.Flask("s", root_path=str(project), static_folder=None)
    assert (app.has_static_folder, "static" in {r.endpoint for r in app.url_map.iter_rules()}) == (
        False,
        False,
    )


def test_static_url_path_serves_files(impl: ModuleType, project: Path) -> None:
    app = impl.Flask("s", root_path=str(project), static_url_path="/assets")
    assert app.test_client().get("/assets/hello.txt").status_code == 200


def test_send_static_file_without_folder_raises(impl: ModuleType, project: Path) -> None:
    app = impl.Flask("s", root_path=str(project), static_folder=None)
    with app.test_request_context(), pytest.raises(RuntimeError, match="static_folder"):
        app.send_static_file("hello.txt")


def test_static_host_requires_host_matching(impl: ModuleType, project: Path) -> None:
    with pytest.raises(AssertionError):
        impl.Flask("s", root_path=str(project), static_host="cdn.example")


def test_host_matching_requires_static_host(impl: ModuleType, project: Path) -> None:
    with pytest.raises(AssertionError):
        impl.Flask("s", root_path=str(project), host_matching=True)


def test_host_matching_without_static_folder_needs_no_static_host(
    impl: ModuleType, project: Path
) -> None:
    app = impl.Flask("s", root_path=str(project), host_matching=True, static_folder=None)
    assert app.url_map.host_matching is True


def test_url_for_static_with_host_matching(impl: ModuleType, project: Path) -> None:
    app = impl.Flask("s", root_path=str(project), host_matching=True, static_host="cdn.example")
    with app.test_request_context("http://cdn.example/"):
        assert impl.url_for("static", filename="a.css") == "/static/a.css"


def test_open_resource_reads_bytes_from_root_path(impl: ModuleType, app: Any) -> None:
    with app.open_resource("static/hello.txt") as f:
        assert f.read() == b"hello, static world\n"


def test_open_resource_reads_text_with_encoding(impl: ModuleType, app: Any) -> None:
    with app.open_resource("static/hello.txt", "r", encoding="utf-8") as f:
        assert f.read() == "hello, static world\n"


@pytest.mark.parametrize("mode", ["w", "wb", "a", "r+"], ids=["w", "wb", "a", "r-plus"])
def test_open_resource_refuses_writing(impl: ModuleType, app: Any, mode: str) -> None:
    with pytest.raises(ValueError, match="Resources can only be opened for reading"):
        app.open_resource("static/hello.txt", mode)


def test_instance_path_given_is_used(impl: ModuleType, tmp_path: Path) -> None:
    app = impl.Flask("s", root_path=str(tmp_path), instance_path=str(tmp_path / "inst"))
    assert app.instance_path == str(tmp_path / "inst")


def test_instance_path_must_be_absolute(impl: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="must be absolute"):
        impl.Flask("s", root_path=str(tmp_path), instance_path="relative/inst")


def test_open_instance_resource_writes_and_reads(impl: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "inst").mkdir()
    app = impl.Flask("s", root_path=str(tmp_path), instance_path=str(tmp_path / "inst"))
    with app.open_instance_resource("notes.txt", "w") as f:
        f.write("kept")
    with app.open_instance_resource("notes.txt") as f:
        assert f.read() == b"kept"


@pytest.fixture
def module_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder on ``sys.path`` with a module ``shop_app`` and a package ``shop_pkg``."""
    (tmp_path / "shop_app.py").write_text("")
    (tmp_path / "shop_pkg").mkdir()
    (tmp_path / "shop_pkg" / "__init__.py").write_text("")
    (tmp_path / "shop_pkg" / "views.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("shop_app", "shop_pkg", "shop_pkg.views"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    return tmp_path


@pytest.mark.parametrize(
    "import_name",
    ["shop_app", "shop_pkg", "shop_pkg.views"],
    ids=["module", "package", "submodule"],
)
def test_instance_path_found_beside_project(
    impl: ModuleType, module_project: Path, import_name: str
) -> None:
    assert impl.Flask(import_name).instance_path == str(module_project / "instance")


def test_instance_path_of_unknown_module_is_in_working_directory(
    impl: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert impl.Flask("no_such_module_here").instance_path == str(tmp_path / "instance")


def test_root_path_of_module_is_its_folder(impl: ModuleType, module_project: Path) -> None:
    assert impl.Flask("shop_app").root_path == str(module_project)


@pytest.fixture
def config_folders(tmp_path: Path) -> Path:
    (tmp_path / "inst").mkdir()
    (tmp_path / "settings.cfg").write_text("WHERE = 'root'\n")
    (tmp_path / "inst" / "settings.cfg").write_text("WHERE = 'instance'\n")
    return tmp_path


@pytest.mark.parametrize(
    ("relative", "where"), [(False, "root"), (True, "instance")], ids=["root", "instance"]
)
def test_config_from_pyfile_reads_from_right_folder(
    impl: ModuleType, config_folders: Path, relative: bool, where: str
) -> None:
    app = impl.Flask(
        "s",
        root_path=str(config_folders),
        instance_path=str(config_folders / "inst"),
        instance_relative_config=relative,
    )
    app.config.from_pyfile("settings.cfg")
    assert app.config["WHERE"] == where
