"""The parts of the graduation's set-up that need no network: pins, checks, the floor."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from graduation.environment import merged_requirements, requirement_name, stamp_text
from graduation.report import Suite
from graduation.results import FileRow
from graduation.sdist import SDIST_NAME, SdistError, fetch_sdist, unpack_sdist
from graduation.verdict import problems, raise_floor, read_floor

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Werkzeug==3.1.9", "werkzeug"),
        ("python_dotenv==1.2.1  # for .env", "python-dotenv"),
        ("# a comment", None),
        ("   ", None),
    ],
    ids=["pin", "normalised", "comment", "blank"],
)
def test_requirement_name_normalises_the_project_name(line: str, name: str | None) -> None:
    assert requirement_name(line) == name


def test_merged_requirements_let_the_project_pins_win(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\ndependencies = ["click==9.0", "werkzeug==3.1.9"]\n')
    extra = tmp_path / "requirements.txt"
    extra.write_text("# tools\npytest==9.0.2\nClick==8.3.1\n")
    assert merged_requirements(pyproject, extra) == [
        "click==9.0",
        "werkzeug==3.1.9",
        "pytest==9.0.2",
    ]


def test_stamp_text_changes_with_the_python_version() -> None:
    assert stamp_text(["a==1"], "3.11.7 (main)") != stamp_text(["a==1"], "3.12.1 (main)")


def test_the_shipped_requirements_pin_the_pytest_flask_needs() -> None:
    lines = merged_requirements(REPO / "pyproject.toml")
    assert "pytest==9.0.2" in lines
    assert "werkzeug==3.1.9" in lines


def test_fetch_sdist_refuses_a_cached_file_with_another_hash(tmp_path: Path) -> None:
    (tmp_path / SDIST_NAME).write_bytes(b"not flask")
    with pytest.raises(SdistError, match="not the pinned"):
        fetch_sdist(tmp_path)


def test_unpack_sdist_refuses_an_archive_without_the_tests(tmp_path: Path) -> None:
    source = tmp_path / "flask-3.1.3"
    source.mkdir()
    (source / "README.md").write_text("hi")
    archive = tmp_path / "flask-3.1.3.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(source, arcname="flask-3.1.3")
    with pytest.raises(SdistError, match="no tests/ folder"):
        unpack_sdist(archive, tmp_path / "out")


@pytest.mark.parametrize(
    ("text", "floor"),
    [("# comment\n441\n", 441), ("0\n", 0)],
    ids=["with-comment", "bare"],
)
def test_read_floor_reads_the_one_number(tmp_path: Path, text: str, floor: int) -> None:
    (tmp_path / "floor.txt").write_text(text)
    assert read_floor(tmp_path / "floor.txt") == floor


def test_read_floor_rejects_anything_else(tmp_path: Path) -> None:
    (tmp_path / "floor.txt").write_text("441\n442\n")
    with pytest.raises(ValueError, match="one number"):
        read_floor(tmp_path / "floor.txt")


def test_the_recorded_floor_is_readable() -> None:
    assert read_floor() >= 0


def suite_of(passed: int, failed: int) -> Suite:
    return Suite("part", (FileRow("tests/test_a.py", passed, failed, 0),))


@pytest.mark.parametrize(
    ("flaskr", "suite", "floor", "expected"),
    [
        ((24, 0), (441, 49), 441, []),
        ((23, 1), (441, 49), 441, ["flaskr passes 23/24; it must pass all"]),
        ((24, 0), (440, 50), 441, ["Flask's suite passes 440/490, below the floor 441"]),
    ],
    ids=["met", "flaskr-short", "below-floor"],
)
def test_problems_name_each_unmet_target(
    flaskr: tuple[int, int], suite: tuple[int, int], floor: int, expected: list[str]
) -> None:
    found = problems(suite_of(*flaskr), suite_of(*suite), floor)
    assert [text.split(" recorded")[0] for text in found] == expected


def test_raise_floor_records_a_higher_score_and_keeps_comments(tmp_path: Path) -> None:
    floor = tmp_path / "floor.txt"
    floor.write_text("# why\n102\n")
    assert raise_floor(250, floor) is True
    assert floor.read_text() == "# why\n250\n"


def test_raise_floor_never_lowers_it(tmp_path: Path) -> None:
    floor = tmp_path / "floor.txt"
    floor.write_text("# why\n102\n")
    assert raise_floor(90, floor) is False
    assert read_floor(floor) == 102
