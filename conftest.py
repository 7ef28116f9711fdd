"""Learner mode's switch: ``IMPL=folder`` runs the tests against the stages in that folder.

This root conftest is the first one pytest loads, before any test module or the
conftests that import a stage, so the switch is in place before the first
``import stageNN_*``. See ``learner/impl.py`` and docs/build-it-yourself.md.
"""

from __future__ import annotations

import os

import pytest

from learner.impl import imported_from, use_implementation

IMPL = os.environ.get("IMPL", "").strip()
FINDER = use_implementation(IMPL) if IMPL else None


def pytest_report_header(config: pytest.Config) -> str | None:
    if FINDER is None:
        return None
    return f"IMPL: {', '.join(sorted(FINDER.packages))} from {FINDER.folder}; other stages ours"


def pytest_collection_finish(session: pytest.Session) -> None:
    """Refuse to report on ours when the learner's package was meant to be tested."""
    if FINDER is None:
        return
    elsewhere = [
        f"{name} from {where}"
        for name in sorted(FINDER.packages)
        if (where := imported_from(name)) is not None and where != FINDER.folder
    ]
    if elsewhere:
        raise pytest.UsageError(f"IMPL={IMPL} was bypassed: imported {'; '.join(elsewhere)}")
