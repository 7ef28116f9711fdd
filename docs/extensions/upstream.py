"""Render upstream source into the docs at build time.

A chapter writes a marker such as::

    <!-- upstream: flask.ctx:RequestContext.push hl="3-5" lines="1-40" -->

and the build replaces it with a fenced, line-numbered code block holding that
object's source, read from the *installed* package (whose version the project
pins), titled with the distribution, its version, the file and the line range.
``hl`` highlights lines and ``lines`` shows a slice; both count from 1, the
object's first line. A marker that does not resolve stops the build, so the docs
cannot drift silently from the pinned versions.

Standard-library source is whichever Python builds the docs, so a page names that
version with ``{{ python_version }}`` (say, in a tab label: ``=== "Python
{{ python_version }} socketserver"``), which the build replaces with the running
interpreter's ``3.11``; a fixed "3.11" would be wrong under another Python.

Objects are found by parsing the module's source with :mod:`ast`, not by
importing and inspecting it: that way module-level assignments (a ``ContextVar``,
a constant) resolve as well as classes, functions, methods and properties.
"""

from __future__ import annotations

import ast
import functools
import importlib.metadata
import importlib.util
import re
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

#: One marker on a line of its own, possibly indented (inside tabs or admonitions).
MARKER = re.compile(
    r"^(?P<indent>[ \t]*)<!--\s*upstream:\s*(?P<target>[\w.]+:[\w.]+)(?P<options>[^>]*?)\s*-->\s*$"
)
OPTION = re.compile(r'(?P<key>hl|lines)="(?P<value>[^"]*)"')
LINE_SPEC = re.compile(r"^\d+(-\d+)?$")
#: Replaced everywhere on a page by the version of the Python that renders it.
PYTHON_VERSION = "{{ python_version }}"


class UpstreamError(LookupError):
    """A marker names something that cannot be found in the installed package."""


@dataclass(frozen=True)
class Snippet:
    """The source of one upstream object, with where it came from."""

    target: str
    distribution: str
    version: str
    relative_path: str
    first_line: int
    lines: list[str]

    @property
    def last_line(self) -> int:
        return self.first_line + len(self.lines) - 1

    @property
    def title(self) -> str:
        where = (
            f"line {self.first_line}"
            if self.first_line == self.last_line
            else f"lines {self.first_line}-{self.last_line}"
        )
        return f"{self.distribution} {self.version} · {self.relative_path} · {where}"


def resolve(target: str, lines: str | None = None) -> Snippet:
    """Find ``"module:Qualified.name"`` in the installed source.

    ``resolve("flask.ctx:RequestContext.push")`` -> the method's lines, starting at its
    first decorator, with the file and line numbers they have in the installed package.
    """
    module_name, _, qualname = target.partition(":")
    path = _module_file(module_name, target)
    source = path.read_text(encoding="utf-8")
    nodes = _find_nodes(ast.parse(source), qualname.split("."), target)
    start = min(_first_line(node) for node in nodes)
    end = max(node.end_lineno or node.lineno for node in nodes)
    body = source.splitlines()[start - 1 : end]
    if lines:
        low, high = _parse_range(lines, len(body), target)
        body = body[low - 1 : high]
        start += low - 1
    distribution, version, relative = _provenance(module_name, path)
    return Snippet(target, distribution, version, relative, start, body)


def _module_file(module_name: str, target: str) -> Path:
    try:
        spec = importlib.util.find_spec(module_name)
    except (ImportError, ValueError) as exc:
        raise UpstreamError(
            f"upstream marker {target!r}: cannot import {module_name!r}: {exc}"
        ) from exc
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        raise UpstreamError(
            f"upstream marker {target!r}: {module_name!r} is not an installed Python source module;"
            " check the spelling against the installed package"
        )
    return Path(spec.origin)


def _find_nodes(tree: ast.Module, parts: list[str], target: str) -> list[ast.AST]:
    """The definitions of ``parts`` (a qualified name), walking down class bodies.

    Usually one node. A property's getter and setter are two ``def``s of one name,
    so all of them are returned and shown together; ``@overload`` stubs are skipped.
    """
    scope: ast.AST = tree
    found: list[ast.AST] = []
    for depth, part in enumerate(parts):
        found = [child for child in ast.iter_child_nodes(scope) if _defines(child, part)]
        found = [node for node in found if not _is_overload(node)] or found
        if not found:
            where = ".".join(parts[:depth]) or "the module"
            raise UpstreamError(
                f"upstream marker {target!r}: {part!r} is not defined in {where};"
                " (a method inherited from a base class is named through that class;"
                " or the pinned version moved it)"
            )
        # Walk on through the last definition, as the name is bound at run time.
        scope = found[-1]
    return found


def _first_line(node: ast.AST) -> int:
    decorators = getattr(node, "decorator_list", [])
    return min([node.lineno, *(decorator.lineno for decorator in decorators)])


def _is_overload(node: ast.AST) -> bool:
    decorators = getattr(node, "decorator_list", [])
    return any(ast.unparse(decorator).endswith("overload") for decorator in decorators)


def _defines(node: ast.AST, name: str) -> bool:
    if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
        return node.name == name
    if isinstance(node, ast.Assign):
        return any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
    if isinstance(node, ast.AnnAssign):
        return isinstance(node.target, ast.Name) and node.target.id == name
    return False


def _parse_range(spec: str, length: int, target: str) -> tuple[int, int]:
    if not LINE_SPEC.match(spec):
        raise UpstreamError(f'upstream marker {target!r}: lines="{spec}" should look like "3-20"')
    low, _, high = spec.partition("-")
    first, last = int(low), int(high or low)
    if not 1 <= first <= last <= length:
        raise UpstreamError(
            f'upstream marker {target!r}: lines="{spec}" is outside the object (1-{length})'
        )
    return first, last


@functools.cache
def _distributions_by_package() -> dict[str, list[str]]:
    """Top-level package -> distributions; scanning site-packages is slow, so once per build."""
    return importlib.metadata.packages_distributions()


def _provenance(module_name: str, path: Path) -> tuple[str, str, str]:
    """Which distribution ships ``path``, its version, and the path relative to site-packages."""
    top = module_name.split(".")[0]
    owners = _distributions_by_package().get(top)
    if not owners:  # the standard library
        stdlib = Path(sysconfig.get_paths()["stdlib"])
        relative = path.relative_to(stdlib) if path.is_relative_to(stdlib) else Path(path.name)
        return "Python", sysconfig.get_python_version(), f"Lib/{relative.as_posix()}"
    distribution = importlib.metadata.distribution(owners[0])
    root = Path(str(distribution.locate_file("")))
    relative = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
    return distribution.metadata["Name"], distribution.version, relative.as_posix()


def render(snippet: Snippet, hl: str | None, indent: str) -> list[str]:
    """The fenced block for ``snippet``, each line indented like the marker."""
    longest_tick_run = max((len(m) for m in re.findall(r"`+", "\n".join(snippet.lines))), default=0)
    fence = "`" * max(3, longest_tick_run + 1)
    attributes = f'title="{snippet.title}" linenums="{snippet.first_line}"'
    if hl:
        attributes += f' hl_lines="{hl}"'
    block = [f"{fence} python {attributes}", *snippet.lines, fence]
    return [f"{indent}{line}" if line else "" for line in block]


class UpstreamPreprocessor(Preprocessor):
    """Expand every marker line before the fenced-code extensions see the page."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        for line in lines:
            line = line.replace(PYTHON_VERSION, sysconfig.get_python_version())
            match = MARKER.match(line)
            if not match:
                out.append(line)
                continue
            options = {m["key"]: m["value"] for m in OPTION.finditer(match["options"])}
            snippet = resolve(match["target"], options.get("lines"))
            out.extend(render(snippet, options.get("hl"), match["indent"]))
        return out


class UpstreamExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # Above pymdownx.superfences (priority 25) so the block we emit is a normal fence,
        # below pymdownx.snippets (32) so markers inside included files expand too.
        md.preprocessors.register(UpstreamPreprocessor(md), "upstream", 30)


def makeExtension(**kwargs: object) -> UpstreamExtension:  # noqa: N802 (Python-Markdown's hook)
    return UpstreamExtension(**kwargs)


def find_markers(text: str) -> list[tuple[str, dict[str, str]]]:
    """Every ``(target, options)`` marker in a Markdown text; the marker test uses this."""
    found = []
    for line in text.splitlines():
        match = MARKER.match(line)
        if match:
            options = {m["key"]: m["value"] for m in OPTION.finditer(match["options"])}
            found.append((match["target"], options))
    return found
