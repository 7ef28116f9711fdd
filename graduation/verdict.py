"""What the graduation demands: flaskr whole, and Flask's suite at or above the floor.

The floor lives in ``graduation/floor.txt``, one number: the count of Flask's own
tests the implementation passes at least. CI fails below it; raise it as the score
rises, so a layer that breaks what already worked is caught.
"""

from __future__ import annotations

from pathlib import Path

from graduation.report import Suite

FLOOR_FILE = Path(__file__).with_name("floor.txt")


def read_floor(path: Path = FLOOR_FILE) -> int:
    """The number of Flask's tests the implementation must pass at least."""
    numbers = [line.strip() for line in path.read_text().splitlines()]
    numbers = [line for line in numbers if line and not line.startswith("#")]
    if len(numbers) != 1 or not numbers[0].isdigit():
        raise ValueError(f"{path} must hold one number besides # comments, found {numbers}")
    return int(numbers[0])


def problems(flaskr: Suite, suite: Suite, floor: int) -> list[str]:
    """Why the graduation fails, one sentence each; empty when it passes."""
    found = []
    tutorial, own = flaskr.total_row, suite.total_row
    if tutorial.passed != tutorial.total:
        found.append(f"flaskr passes {tutorial.passed}/{tutorial.total}; it must pass all")
    if own.passed < floor:
        found.append(
            f"Flask's suite passes {own.passed}/{own.total}, below the floor {floor}"
            f" recorded in graduation/{FLOOR_FILE.name}"
        )
    return found
