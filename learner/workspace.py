"""Write a stage's skeleton into the learner's folder without losing their work.

A file is (re)written only if it is missing or still exactly what we generated last
time, which ``.skeleton-hashes.json`` in the folder records. A file the learner has
changed, or one we did not write, is left alone.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .skeleton import stage_skeleton
from .stages import Stage

MANIFEST = ".skeleton-hashes.json"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class StartReport:
    """What ``start`` did with each file of the stage."""

    package: Path
    written: dict[str, int] = field(default_factory=dict)  #: file -> bodies to write
    given: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def data_files(stage: Stage) -> dict[str, str]:
    """The stage's files that are not Python (a demo's templates and static files)."""
    return {
        path.relative_to(stage.source).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(stage.source.rglob("*"))
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
    }


def start_stage(stage: Stage, folder: Path) -> StartReport:
    """Write ``stage``'s skeleton into ``folder/<package>/``, keeping the learner's edits."""
    manifest_path = folder / MANIFEST
    manifest: dict[str, str] = (
        json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else {}
    )
    report = StartReport(folder / stage.package)
    files = {
        file: (skeleton.text, len(skeleton.to_write))
        for file, skeleton in stage_skeleton(stage).items()
    }
    # Templates, stylesheets and images the demos serve are given as they are.
    files.update({file: (text, 0) for file, text in data_files(stage).items()})
    for file, (text, to_write) in files.items():
        key = f"{stage.package}/{file}"
        target = folder / key
        if target.exists():
            current = target.read_text(encoding="utf-8")
            if manifest.get(key) != digest(current):
                report.kept.append(file)
                continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        manifest[key] = digest(text)
        if to_write:
            report.written[file] = to_write
        else:
            report.given.append(file)
    manifest_path.parent.mkdir(parents=True, exist_ok=True)
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", "utf-8")
    return report
