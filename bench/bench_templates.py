"""Stage 8 against Flask 3.1.3: a rendered template, and a static file full and as a 304.

In-process, as ``bench_app``: each call runs ``app(environ, start_response)`` on a
prepared environ and consumes the body. Both apps share one project folder (a
template with a loop, a 16 KiB static file), so the same bytes are rendered and sent;
above 1x means we are faster than Flask. The target is at least 1x on each row.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

import flask
import stage08_templates

from bench.bench_app import ENVIRON
from bench.harness import Table, interleaved_rates, per_second, ratio

TEMPLATE = """<!doctype html><title>{{ title }}</title>
<ul>{% for row in rows %}<li class="{{ loop.cycle('odd', 'even') }}">{{ row.name }}: {{ row.count }}</li>{% endfor %}</ul>"""  # noqa: E501


def make_project() -> Path:
    root = Path(tempfile.mkdtemp(prefix="bench_templates_"))
    (root / "templates").mkdir()
    (root / "templates" / "rows.html").write_text(TEMPLATE)
    (root / "static").mkdir()
    (root / "static" / "data.bin").write_bytes(bytes(range(256)) * 64)
    return root


def make_app(module: Any, root: Path) -> Any:
    app = module.Flask("bench_templates", root_path=str(root))
    rows = [{"name": f"item {i}", "count": i} for i in range(50)]
    app.add_url_rule(
        "/rows", "rows", lambda: module.render_template("rows.html", title="Rows", rows=rows)
    )
    return app


def one_request(app: Any, path: str, **headers: str) -> Callable[[], None]:
    base = dict(ENVIRON, PATH_INFO=path, **headers)

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
        return None

    def call() -> None:
        body = app(dict(base, **{"wsgi.input": BytesIO()}), start_response)
        b"".join(body)
        if hasattr(body, "close"):
            body.close()

    return call


def etag_of(app: Any, path: str) -> str:
    return str(app.test_client().get(path).headers["ETag"])


def run(quick: bool = False) -> list[Table]:
    seconds = 0.3 if quick else 1.5
    root = make_project()
    try:
        apps = {"Flask 3.1.3": make_app(flask, root), "stage 8": make_app(stage08_templates, root)}
        cases = {
            "template with a 50-row loop": lambda app: one_request(app, "/rows"),
            "static file, 16 KiB, 200": lambda app: one_request(app, "/static/data.bin"),
            "static file, 304 (If-None-Match)": lambda app: one_request(
                app, "/static/data.bin", HTTP_IF_NONE_MATCH=etag_of(app, "/static/data.bin")
            ),
        }
        rows = []
        for label, make_call in cases.items():
            theirs, ours = interleaved_rates([make_call(app) for app in apps.values()], seconds)
            rows.append([label, per_second(theirs), per_second(ours), ratio(ours, theirs)])
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return [
        Table(
            "Templates and static files: stage 8 against Flask",
            ["request", "Flask", "stage 8", "vs Flask"],
            rows,
            note="In-process, a prepared environ per call, taking turns; above 1x = faster.",
        )
    ]
