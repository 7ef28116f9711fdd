"""Number our own code blocks with the lines they have in their files, like upstream's.

A chapter includes our code with a fence around one ``pymdownx.snippets`` line::

    ```python title="stages/stage01_socket/request.py"
    --8<-- "stages/stage01_socket/request.py:parse_request"
    ```

Before snippets expands it, this preprocessor finds where the section starts in the
file and turns the fence into ``linenums="55"`` with the range in the title
(``stages/stage01_socket/request.py · lines 55-77``), so a reader can say "line 60"
of ours exactly as of upstream's.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,})\s*(?P<lang>python|py)\b(?P<attrs>.*)$")
INCLUDE = re.compile(
    r'^[ \t]*--8<-- "(?P<path>(?:stages|tests)/[^":]+)(?::(?P<section>[\w-]+))?"\s*$'
)
TITLE = re.compile(r'title="(?P<title>[^"]*)"')
MARKER = re.compile(r"#\s*-{1,}8<-{1,}\s*\[(?P<kind>start|end):(?P<name>[\w-]+)\]")


def included_lines(path: str, section: str | None) -> tuple[int, int] | None:
    """First and last line of ``path`` (or of its ``section``) that snippets will show.

    None when the numbers would not be the file's: a missing file (snippets reports
    it), or a range holding other section markers, which snippets drops.
    """
    file = ROOT / path
    if not file.is_file():
        return None
    lines = file.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if section is None:
        first, last = 1, len(lines)
    else:
        starts = [n for n, line in enumerate(lines, 1) if _is_marker(line, "start", section)]
        ends = [n for n, line in enumerate(lines, 1) if _is_marker(line, "end", section)]
        if len(starts) != 1 or len(ends) != 1 or ends[0] <= starts[0]:
            return None
        first, last = starts[0] + 1, ends[0] - 1
    if any(MARKER.search(line) for line in lines[first - 1 : last]):
        return None
    # the highlighter drops blank lines at either end, so the numbers start after them
    while first < last and not lines[first - 1].strip():
        first += 1
    while last > first and not lines[last - 1].strip():
        last -= 1
    return first, last


def _is_marker(line: str, kind: str, name: str) -> bool:
    match = MARKER.search(line)
    return bool(match and match["kind"] == kind and match["name"] == name)


def numbered(opening: str, first: int, last: int) -> str:
    """The fence's first line with ``linenums`` and the range added to its title."""
    match = FENCE.match(opening)
    if match is None or "linenums=" in opening:
        return opening
    attrs = match["attrs"]
    where = f"line {first}" if first == last else f"lines {first}-{last}"
    if TITLE.search(attrs):
        attrs = TITLE.sub(lambda m: f'title="{m["title"]} · {where}"', attrs, count=1)
    return f'{match["indent"]}{match["fence"]} {match["lang"]}{attrs} linenums="{first}"'


class OursPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out = list(lines)
        for index in range(len(lines) - 2):
            opening, include, closing = lines[index : index + 3]
            fence = FENCE.match(opening)
            found = INCLUDE.match(include)
            if not (fence and found and closing.strip() == fence["fence"]):
                continue
            span = included_lines(found["path"], found["section"])
            if span is not None:
                out[index] = numbered(opening, *span)
        return out


class OursExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # Above pymdownx.snippets (32), which replaces the include line we read.
        md.preprocessors.register(OursPreprocessor(md), "ours-linenums", 33)
