"""Fixtures for stage 8: a project folder on disk, and an app of each implementation on it."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import flask
import pytest
import stage08_templates

from tests.context_guard import no_leaked_context as no_leaked_context

IMPLS = [stage08_templates, flask]
IMPL_IDS = ["stage08_templates", "flask"]

#: The templates every project folder holds.
TEMPLATES = {
    "layout.html": "<title>{% block title %}{% endblock %}</title>{% block body %}{% endblock %}",
    "hello.html": (
        '{% extends "layout.html" %}{% block title %}Hi{% endblock %}'
        "{% block body %}<p>Hello {{ name }}!</p>{% endblock %}"
    ),
    "list.html": "<ul>{% for item in items %}<li>{{ item }}</li>{% endfor %}</ul>",
    "plain.txt": "Hello {{ name }}!",
    "page.svg": "<svg>{{ name }}</svg>",
    "macros.html": "{% macro shout(word) %}{{ word|upper }}!{% endmacro %}{% set answer = 42 %}",
    "context.html": "{{ request.path }}|{{ g.who }}|{{ config.APP_TITLE }}",
    "nested/deep.html": "deep {{ name }}",
}

#: The static files; the secret sits outside the static folder, where no URL may reach.
STATIC = {
    "hello.txt": b"hello, static world\n",
    "app.css": b"body { color: #333 }\n",
    "logo.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    "archive.tar.gz": b"\x1f\x8b not really gzip",
    "sub/inner.txt": b"inner file\n",
    "blob.bin": bytes(range(256)) * 40,
}
SECRET = b"TOP-SECRET-the-traversal-got-out"


@pytest.fixture(params=IMPLS, ids=IMPL_IDS)
def impl(request: pytest.FixtureRequest) -> ModuleType:
    """``stage08_templates`` or ``flask``: the same assertions run against both."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder: ``templates/``, ``static/``, and a secret beside them."""
    root = tmp_path_factory.mktemp("project")
    for name, text in TEMPLATES.items():
        path = root / "templates" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, data in STATIC.items():
        path = root / "static" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (root / "secret.txt").write_bytes(SECRET)
    (root / "static" / "..secret").write_bytes(b"a file whose name starts with two dots\n")
    return root


@pytest.fixture
def app(impl: ModuleType, project: Path) -> Any:
    app = impl.Flask("project_app", root_path=str(project))
    app.config["APP_TITLE"] = "Demo"
    return app


@pytest.fixture
def client(app: Any) -> Any:
    return app.test_client()
