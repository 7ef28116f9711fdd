"""``make start-stageN``: a skeleton written into a folder, never over the learner's work."""

from __future__ import annotations

from pathlib import Path

from learner.stages import find_stage
from learner.workspace import start_stage


def test_start_writes_every_module_of_the_stage(tmp_path: Path) -> None:
    stage = find_stage(3)
    start_stage(stage, tmp_path)
    ours = {p.relative_to(stage.source) for p in stage.source.rglob("*.py")}
    theirs = {
        p.relative_to(tmp_path / stage.package) for p in (tmp_path / stage.package).rglob("*.py")
    }
    assert theirs == ours


def test_start_copies_the_demo_templates_and_static_files(tmp_path: Path) -> None:
    stage = find_stage(8)
    start_stage(stage, tmp_path)
    for name in ("templates/base.html", "static/logo.svg"):
        copied = tmp_path / stage.package / name
        assert copied.read_bytes() == (stage.source / name).read_bytes()


def test_start_keeps_a_file_the_learner_changed(tmp_path: Path) -> None:
    stage = find_stage(3)
    start_stage(stage, tmp_path)
    mine = tmp_path / stage.package / "utils.py"
    mine.write_text("# my own cached_property\n", encoding="utf-8")
    report = start_stage(stage, tmp_path)
    assert mine.read_text(encoding="utf-8") == "# my own cached_property\n"
    assert "utils.py" in report.kept


def test_start_regenerates_a_file_the_learner_left_untouched(tmp_path: Path) -> None:
    stage = find_stage(3)
    start_stage(stage, tmp_path)
    report = start_stage(stage, tmp_path)
    assert "request.py" in report.written and not report.kept


def test_start_keeps_a_file_it_did_not_write(tmp_path: Path) -> None:
    stage = find_stage(3)
    (tmp_path / stage.package).mkdir()
    (tmp_path / stage.package / "http.py").write_text("# written before start\n", encoding="utf-8")
    report = start_stage(stage, tmp_path)
    assert report.kept == ["http.py"]
