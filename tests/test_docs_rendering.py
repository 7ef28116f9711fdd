"""What the docs build adds around the pages: version labels, our line numbers, mermaid."""

from __future__ import annotations

import base64
import hashlib
import html
import re
import sys
import sysconfig
from pathlib import Path

import markdown
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "extensions"))

import mermaid_local  # noqa: E402
import ours  # noqa: E402
import upstream  # noqa: E402


def convert(text: str) -> str:
    md = markdown.Markdown(
        extensions=[
            upstream.UpstreamExtension(),
            ours.OursExtension(),
            "pymdownx.snippets",
            "pymdownx.highlight",
            "pymdownx.superfences",
            "pymdownx.tabbed",
        ],
        extension_configs={
            "pymdownx.snippets": {"base_path": [str(ROOT)], "check_paths": True},
            "pymdownx.highlight": {"anchor_linenums": True},  # as mkdocs.yml
        },
    )
    return md.convert(text)


def test_python_version_token_names_the_interpreter_rendering_the_page() -> None:
    page = convert('=== "Python {{ python_version }} socketserver"\n\n    text\n')
    assert f"Python {sysconfig.get_python_version()} socketserver" in page


@pytest.mark.parametrize(
    "include",
    [
        "stages/stage01_socket/request.py:parse_request",
        "stages/stage02_wsgi/server.py:respond",
        "stages/stage01_socket/errors.py",
    ],
    ids=["section", "another-section", "whole-file"],
)
def test_our_code_block_is_numbered_with_the_file_line_numbers(include: str) -> None:
    path = include.split(":")[0]
    page = convert(f'```python title="{path}"\n--8<-- "{include}"\n```\n')
    first_number = int(re.search(r'href="#__codelineno-\d+-(\d+)"', page).group(1))  # type: ignore[union-attr]
    code = page.split('<td class="code">', 1)[1]
    first_code_line = html.unescape(re.sub(r"<[^>]+>", "", code)).splitlines()[0]
    file_line = (ROOT / path).read_text(encoding="utf-8").splitlines()[first_number - 1]
    assert first_code_line.rstrip() == file_line.rstrip()


def test_our_code_block_title_gives_the_line_range() -> None:
    page = convert(
        '```python title="stages/stage01_socket/request.py"\n'
        '--8<-- "stages/stage01_socket/request.py:parse_request"\n```\n'
    )
    assert re.search(r"stages/stage01_socket/request.py · lines \d+-\d+", page)


@pytest.mark.parametrize(
    ("data", "matches"), [(b"mermaid", True), (b"tampered", False)], ids=["same", "different"]
)
def test_mermaid_integrity_check(data: bytes, matches: bool) -> None:
    integrity = "sha512-" + base64.b64encode(hashlib.sha512(b"mermaid").digest()).decode()
    assert mermaid_local.matches_integrity(data, integrity) is matches


def test_mermaid_unreachable_falls_back_without_failing_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def offline(*args: object, **kwargs: object) -> None:
        raise OSError("network is unreachable")

    monkeypatch.setattr(mermaid_local.urllib.request, "urlopen", offline)
    assert mermaid_local.cached_script(tmp_path) is None


def test_mermaid_cached_script_is_used_without_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = tmp_path / f"mermaid-{mermaid_local.VERSION}.min.js"
    cached.write_text("window.mermaid = {};", encoding="utf-8")
    monkeypatch.setattr(mermaid_local.urllib.request, "urlopen", None)
    assert mermaid_local.cached_script(tmp_path) == cached
