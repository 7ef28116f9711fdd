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


def start_stage(stage: Stage, folder: Path) -> StartReport:
    """Write ``stage``'s skeleton into ``folder/<package>/``, keeping the learner's edits."""
    manifest_path = folder / MANIFEST
    manifest: dict[str, str] = (
        json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else {}
    )
    report = StartReport(folder / stage.package)
    for file, skeleton in stage_skeleton(stage).items():
        key = f"{stage.package}/{file}"
        target = folder / key
        if target.exists():
            current = target.read_text(encoding="utf-8")
            if manifest.get(key) != digest(current):
                report.kept.append(file)
                continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(skeleton.text, encoding="utf-8")
        manifest[key] = digest(skeleton.text)
        if skeleton.to_write:
            report.written[file] = len(skeleton.to_write)
        else:
            report.given.append(file)
    manifest_path.parent.mkdir(parents=True, exist_ok=True)
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", "utf-8")
    return report
