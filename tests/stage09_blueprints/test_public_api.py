"""Stage 9 exposes ``flask``'s public names and submodules (flask/__init__.py, Flask 3.1.3)."""

from __future__ import annotations

import importlib
import typing

import flask
import pytest
import stage09_blueprints

#: Names ``flask`` has for its own implementation, not for apps to import.
FLASK_ONLY_IMPLEMENTATION_DETAILS = {"annotations", "t", "typing", "sansio", "app"}


def flask_public_names():
    return sorted(
        name
        for name in dir(flask)
        if not name.startswith("_") and name not in FLASK_ONLY_IMPLEMENTATION_DETAILS
    )


@pytest.mark.parametrize("name", flask_public_names())
def test_stage9_exports_what_flask_exports(name):
    assert hasattr(stage09_blueprints, name)


#: Names a ``flask`` submodule defines that stage 9 leaves out, with the reason.
LEFT_OUT = {
    "SansioBlueprint": "one Blueprint class: ours is not split into sans-I/O and I/O halves",
}


@pytest.mark.parametrize(
    "module",
    [
        "views",
        "json",
        "json.provider",
        "ctx",
        "globals",
        "helpers",
        "wrappers",
        "testing",
        "cli",
        "signals",
        "logging",
        "config",
        "blueprints",
        "sessions",
        "json.tag",
        "templating",
    ],
)
def test_stage9_mirrors_flask_submodule(module):
    ours = importlib.import_module(f"stage09_blueprints.{module}")
    upstream = importlib.import_module(f"flask.{module}")
    defined_there = [
        name
        for name, value in vars(upstream).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == f"flask.{module}"
        and not isinstance(value, typing.TypeVar)
    ]
    missing = [name for name in defined_there if not hasattr(ours, name) and name not in LEFT_OUT]
    assert not missing, f"stage09_blueprints.{module} lacks {missing}"
