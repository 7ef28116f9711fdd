"""The results plugin's one-line reasons, from what pytest hands it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from graduation.pytest_plugin import crash_message


@dataclass
class Crash:
    message: str


@dataclass
class Repr:
    reprcrash: Crash


@pytest.mark.parametrize(
    ("longrepr", "message"),
    [
        (Repr(Crash("AttributeError: no 'g'")), "AttributeError: no 'g'"),
        (("t.py", 3, "Skipped: no greenlet"), "Skipped: no greenlet"),
        ("t.py:1: in <module>\nE   ImportError: no Blueprint\nE   more\n", "more"),
        ("ERROR collecting t.py\nsomething broke\n", "something broke"),
        ("", ""),
    ],
    ids=["crash", "skip-tuple", "e-lines", "plain-text", "empty"],
)
def test_crash_message_is_the_line_that_says_why(longrepr: object, message: str) -> None:
    assert crash_message(longrepr) == message
