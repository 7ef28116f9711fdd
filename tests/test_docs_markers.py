"""Every upstream marker in the docs resolves against the pinned, installed packages.

The docs build fails on a marker that does not resolve; this test fails the same
way inside ``make test``, faster, naming the page.
"""

from __future__ import annotations

import sys
from pathlib import Path

import markdown
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "extensions"))

import upstream  # noqa: E402

PAGES = sorted((ROOT / "docs").rglob("*.md"))
MARKERS = [
    pytest.param(target, options, id=f"{page.relative_to(ROOT / 'docs')}:{target}")
    for page in PAGES
    for target, options in upstream.find_markers(page.read_text(encoding="utf-8"))
]


def convert(text: str) -> str:
    md = markdown.Markdown(
        extensions=[upstream.UpstreamExtension(), "pymdownx.superfences", "pymdownx.tabbed"]
    )
    return md.convert(text)


@pytest.mark.parametrize(("target", "options"), MARKERS)
def test_marker_resolves_in_pinned_package(target: str, options: dict[str, str]) -> None:
    snippet = upstream.resolve(target, options.get("lines"))
    assert snippet.lines, f"{target} resolved to no source"


def test_marker_renders_titled_numbered_block() -> None:
    html = convert("<!-- upstream: flask.globals:_cv_request -->")
    snippet = upstream.resolve("flask.globals:_cv_request")
    assert "Flask 3.1.3 · flask/globals.py" in html
    assert f'data-linenos="{snippet.first_line} "' in html or f">{snippet.first_line}<" in html


def test_marker_renders_inside_content_tab() -> None:
    text = '=== "Flask"\n\n    <!-- upstream: flask.globals:_cv_request -->\n'
    html = convert(text)
    assert "tabbed-set" in html
    assert "_cv_request" in html


def test_marker_resolves_property_with_getter_and_setter() -> None:
    snippet = upstream.resolve("werkzeug.sansio.response:Response.status")
    text = "\n".join(snippet.lines)
    assert "@property" in text and ".setter" in text


def test_marker_lines_option_shows_slice_from_object_start() -> None:
    whole = upstream.resolve("flask.app:Flask.wsgi_app")
    part = upstream.resolve("flask.app:Flask.wsgi_app", "2-3")
    assert part.lines == whole.lines[1:3]
    assert part.first_line == whole.first_line + 1


@pytest.mark.parametrize(
    "target",
    ["flask.ctx:NoSuchThing", "flask.nosuchmodule:Flask", "flask.app:Flask.no_such_method"],
    ids=["unknown-object", "unknown-module", "unknown-method"],
)
def test_marker_unresolvable_raises_naming_target(target: str) -> None:
    with pytest.raises(upstream.UpstreamError, match=target.replace(".", r"\.")):
        upstream.resolve(target)


def test_marker_lines_outside_object_raises() -> None:
    with pytest.raises(upstream.UpstreamError, match="outside the object"):
        upstream.resolve("flask.globals:_cv_request", "1-5")
