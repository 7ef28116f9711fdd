"""The ``IMPL`` switch: a folder's stage packages are imported in place of ours, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from learner.__main__ import with_keyword
from learner.impl import ImplementationFinder, use_implementation


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for package in ("stage03_request_response", "tests"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
    return tmp_path


def test_finder_answers_for_a_stage_package_in_the_folder(folder: Path) -> None:
    spec = ImplementationFinder(folder).find_spec("stage03_request_response", None)
    assert spec is not None and spec.origin == str(
        folder / "stage03_request_response" / "__init__.py"
    )


@pytest.mark.parametrize(
    "name",
    ["tests", "stage04_routing", "json"],
    ids=["not-a-stage", "stage-not-in-folder", "stdlib"],
)
def test_finder_leaves_other_modules_to_the_usual_path(folder: Path, name: str) -> None:
    assert ImplementationFinder(folder).find_spec(name, None) is None


def test_use_implementation_rejects_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no such folder"):
        use_implementation(tmp_path / "nowhere")


def test_use_implementation_rejects_a_folder_without_stages(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no stage package"):
        use_implementation(tmp_path)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["-x"], ["tests/s", "-k", "s or flask", "-x"]),
        (["-k", "json", "-v"], ["tests/s", "-k", "(s or flask) and (json)", "-v"]),
        (["-kjson"], ["tests/s", "-k", "(s or flask) and (json)"]),
    ],
    ids=["no-keyword", "separate-keyword", "joined-keyword"],
)
def test_with_keyword_joins_the_learner_keyword_to_the_stage_one(
    extra: list[str], expected: list[str]
) -> None:
    assert with_keyword(["tests/s", "-k", "s or flask"], extra) == expected
