"""The stand-in ``flask``: every ``flask.<sub>`` is the implementation's own module.

Each case runs a fresh interpreter, since the stand-in replaces ``flask`` in
``sys.modules``; the implementation is a small package written into ``tmp_path``.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graduation.standin import DEFAULT_IMPL, Implementation, resolve_impl, write_standin


@pytest.fixture
def dummy(tmp_path: Path) -> Path:
    """A folder holding ``dummyimpl`` with a subpackage, a leaf module and a broken module."""
    package = tmp_path / "impls" / "dummyimpl"
    (package / "json").mkdir(parents=True)
    (package / "__init__.py").write_text("NAME = 'dummy'\n")
    (package / "json" / "__init__.py").write_text("from . import provider\n")
    (package / "json" / "provider.py").write_text("KIND = 'provider'\n")
    (package / "broken.py").write_text("import a_module_nobody_has\n")
    return tmp_path / "impls"


def run_with_standin(tmp_path: Path, dummy: Path, target: str, code: str) -> str:
    standin = write_standin(tmp_path / "standin", target)
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        env={"PYTHONPATH": f"{standin}:{dummy}"},
        capture_output=True,
        text=True,
    )
    return done.stdout + done.stderr


def test_standin_import_flask_returns_the_implementation(tmp_path: Path, dummy: Path) -> None:
    code = "import flask, dummyimpl; print(flask is dummyimpl, flask.NAME)"
    assert run_with_standin(tmp_path, dummy, "dummyimpl", code).strip() == "True dummy"


def test_standin_submodule_is_the_implementations_module(tmp_path: Path, dummy: Path) -> None:
    code = """
        import flask.json.provider
        from flask.json import provider
        import dummyimpl.json.provider as real
        print(flask.json.provider is real, provider is real, real.__spec__.name)
    """
    out = run_with_standin(tmp_path, dummy, "dummyimpl", code)
    assert out.strip() == "True True dummyimpl.json.provider"


def test_standin_missing_submodule_fails_with_its_name(tmp_path: Path, dummy: Path) -> None:
    code = """
        import flask
        try:
            import flask.blueprints
        except ImportError as error:
            print(type(error).__name__, error.name, '|', error)
        print(flask.NAME)
    """
    out = run_with_standin(tmp_path, dummy, "dummyimpl", code)
    assert out.startswith("MissingModuleError flask.blueprints | ")
    assert "no module 'dummyimpl.blueprints'" in out
    assert out.strip().endswith("dummy")  # the package itself still imports


def test_standin_submodule_with_a_missing_import_reports_that_import(
    tmp_path: Path, dummy: Path
) -> None:
    code = """
        try:
            import flask.broken
        except ImportError as error:
            print(type(error).__name__, error.name)
    """
    out = run_with_standin(tmp_path, dummy, "dummyimpl", code)
    assert out.strip() == "ModuleNotFoundError a_module_nobody_has"


def test_standin_for_flask_itself_is_the_installed_flask(tmp_path: Path, dummy: Path) -> None:
    code = "import flask, flask.app; print(flask.app.__name__, flask.Flask.__module__)"
    assert run_with_standin(tmp_path, dummy, "flask", code).strip() == "flask.app flask.app"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("", Implementation(DEFAULT_IMPL)),
        ("stage06_contexts", Implementation("stage06_contexts")),
        ("flask", Implementation("flask")),
    ],
    ids=["default", "stage-name", "flask"],
)
def test_resolve_impl_names_a_package(spec: str, expected: Implementation) -> None:
    assert resolve_impl(spec, Path("/nonexistent")) == expected


def test_resolve_impl_folder_of_stages_takes_the_newest(tmp_path: Path) -> None:
    for name in ("stage03_x", "stage07_sessions", "stage10_notes_only", "notastage"):
        (tmp_path / "ws" / name).mkdir(parents=True)
    for name in ("stage03_x", "stage07_sessions", "notastage"):
        (tmp_path / "ws" / name / "__init__.py").write_text("")
    impl = resolve_impl("ws", tmp_path)
    assert impl == Implementation("stage07_sessions", (tmp_path / "ws",))


def test_resolve_impl_package_folder_puts_its_parent_first(tmp_path: Path) -> None:
    (tmp_path / "ws" / "stage09_blueprints").mkdir(parents=True)
    (tmp_path / "ws" / "stage09_blueprints" / "__init__.py").write_text("")
    impl = resolve_impl("ws/stage09_blueprints", tmp_path)
    assert impl == Implementation("stage09_blueprints", (tmp_path / "ws",))


def test_resolve_impl_expands_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "ws" / "stage08_templates").mkdir(parents=True)
    (tmp_path / "ws" / "stage08_templates" / "__init__.py").write_text("")
    impl = resolve_impl("~/ws", Path("/nonexistent"))
    assert impl == Implementation("stage08_templates", (tmp_path / "ws",))


@pytest.mark.parametrize(
    "spec",
    ["empty-folder", "no/such/folder", "bad name!"],
    ids=["no-stages", "missing-folder", "bad-name"],
)
def test_resolve_impl_rejects_what_it_cannot_use(tmp_path: Path, spec: str) -> None:
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(ValueError, match=f"IMPL={spec}"):
        resolve_impl(spec, tmp_path)
