"""The small toolkit every ``bench/bench_*.py`` module uses: a timer and a table.

A benchmark here is never a test: it measures, it does not assert. Each result is
reported as a ratio against the upstream twin measured in the same run, because
absolute numbers say more about the machine than about the code.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Table:
    """One printed table: a title, column names, rows of already-formatted cells."""

    title: str
    columns: list[str]
    rows: list[list[str]]
    note: str = ""

    def render(self) -> str:
        """Format as a Markdown table, so the output pastes straight into a note or a chapter."""
        widths = [
            max(len(str(cell)) for cell in column)
            for column in zip(self.columns, *self.rows, strict=True)
        ]

        def line(cells: list[str]) -> str:
            padded = (str(cell).ljust(width) for cell, width in zip(cells, widths, strict=True))
            return "| " + " | ".join(padded) + " |"

        out = [f"### {self.title}", "", line(self.columns)]
        out.append("|" + "|".join("-" * (width + 2) for width in widths) + "|")
        out.extend(line(row) for row in self.rows)
        if self.note:
            out += ["", self.note]
        return "\n".join(out)


def rate(fn: Callable[[], object], seconds: float = 0.5, rounds: int = 3) -> float:
    """Calls per second of ``fn``: the best of ``rounds`` runs of about ``seconds`` each.

    Best-of rather than mean, because noise on a shared machine only ever slows
    a run down; the fastest round is the closest to what the code costs.
    """
    batch = _calibrate(fn, seconds / 10)
    best = 0.0
    for _ in range(rounds):
        calls = 0
        start = time.perf_counter()
        deadline = start + seconds
        while True:
            for _ in range(batch):
                fn()
            calls += batch
            now = time.perf_counter()
            if now >= deadline:
                break
        best = max(best, calls / (now - start))
    return best


def interleaved_rates(
    fns: list[Callable[[], object]], seconds: float = 0.5, rounds: int = 5
) -> list[float]:
    """``rate`` for several functions, taking turns round by round.

    Comparing A with B measured a few seconds apart compares the machine's moods as
    much as the code; alternating short rounds exposes both to the same noise.
    """
    best = [0.0] * len(fns)
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            best[i] = max(best[i], rate(fn, seconds / rounds, rounds=1))
    return best


def _calibrate(fn: Callable[[], object], target: float) -> int:
    """How many calls make a batch of roughly ``target`` seconds (so the clock is read rarely)."""
    batch = 1
    while True:
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        if time.perf_counter() - start >= target or batch >= 1 << 20:
            return batch
        batch *= 2


def ratio(ours: float, theirs: float) -> str:
    """``ours / theirs`` as ``"1.23x"``: above 1 means we are faster (for rates)."""
    if theirs <= 0:
        return "n/a"
    return f"{ours / theirs:.2f}x"


def per_second(value: float) -> str:
    """A rate with thousands separators: ``12345.6`` -> ``"12,346/s"``."""
    return f"{value:,.0f}/s"
