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


def raise_floor(value: int, path: Path = FLOOR_FILE) -> bool:
    """Record ``value`` as the floor if it is higher, keeping the comments; say if it was."""
    if value <= read_floor(path):
        return False
    lines = path.read_text().splitlines()
    kept = [line for line in lines if not line.strip() or line.lstrip().startswith("#")]
    path.write_text("\n".join([*kept, str(value)]) + "\n")
    return True


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
