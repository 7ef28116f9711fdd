"""python -m stage02_wsgi --app module:callable loads any WSGI app, as gunicorn does."""

from __future__ import annotations

import pytest
from stage02_wsgi.__main__ import load_app
from stage02_wsgi.demo import app as demo_app


def test_load_app_imports_module_attribute() -> None:
    assert load_app("stage02_wsgi.demo:app") is demo_app


@pytest.mark.parametrize(
    ("import_string", "message"),
    [
        ("stage02_wsgi.demo", "should look like 'module:callable'"),
        ("no_such_module_here:app", "cannot import"),
        ("stage02_wsgi.demo:nothing", "has no callable named 'nothing'"),
    ],
    ids=["missing-colon", "unknown-module", "unknown-attribute"],
)
def test_load_app_bad_import_string_exits_with_message(import_string: str, message: str) -> None:
    with pytest.raises(SystemExit, match=message):
        load_app(import_string)
