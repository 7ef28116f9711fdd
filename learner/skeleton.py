"""A stage's skeleton, generated from our own package with ``ast``.

The skeleton keeps what a learner needs to write against: the modules with their
docstrings and imports, module constants, classes with their bases and ``#:``
attributes, and every public function and method with its signature and docstring.
Each body becomes ``raise NotImplementedError(...)`` naming the chapter section that
explains it. Private helpers go, unless something outside a function body needs them
(an import elsewhere, a later stage, a test, a decorator or a module constant): how to
split a function is the learner's call.

The edit is made on the source text, line by line, at positions ``ast`` gives, so
comments (the ``#:`` documentation of extension points among them) survive.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .stages import OUR_STAGES, TESTS, Stage

#: Modules copied as they are: the package's exports and the demo, which use the layer.
GIVEN_MODULES = frozenset({"__init__.py", "__main__.py", "demo.py"})
#: Decorators whose function has no body to write.
BODILESS_DECORATORS = frozenset({"overload", "abstractmethod"})
SNIPPET_MARKER = re.compile(r"^\s*# --8<-- \[(start|end):[\w-]+\]\s*$")
SNIPPET_START = re.compile(r"^\s*# --8<-- \[start:([\w-]+)\]")
SNIPPET_INCLUDE = re.compile(r'--8<-- "stages/(\w+)/([\w/]+\.py)(?::([\w-]+))?"')
HEADING = re.compile(r"^(#{2,3}) (.+?)\s*$")

Function = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass
class ChapterIndex:
    """Which heading of the chapter shows each snippet section of the stage's files."""

    title: str
    path: str
    #: (file, section) -> heading; section "" for a whole-file include.
    headings: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def read(cls, stage: Stage) -> ChapterIndex:
        chapter = stage.chapter
        if chapter is None:
            return cls(f"chapter {stage.number}", f"docs/stages/{stage.number:02d}-*.md")
        index = cls(f"chapter {stage.number}", f"docs/stages/{chapter.name}")
        heading = "Build it"
        for line in chapter.read_text(encoding="utf-8").splitlines():
            if match := HEADING.match(line):
                heading = match.group(2).replace("`", "")
            for package, file, section in SNIPPET_INCLUDE.findall(line):
                if package == stage.package:
                    index.headings.setdefault((file, section), heading)
        return index

    def section_for(self, file: str, sections: Iterable[str]) -> str:
        """The heading for code in ``file`` inside ``sections``, nearest first."""
        for section in sections:
            if (file, section) in self.headings:
                return self.headings[(file, section)]
        for (included, _section), heading in self.headings.items():
            if included == file:
                return heading
        return "Build it"


def snippet_sections(lines: list[str]) -> list[tuple[str, int, int]]:
    """``(name, first line, last line)`` of each ``# --8<-- [start:name]`` section."""
    starts: dict[str, int] = {}
    sections = []
    for number, line in enumerate(lines, start=1):
        if match := SNIPPET_START.match(line):
            starts[match.group(1)] = number
        elif "# --8<-- [end:" in line:
            name = line.split("[end:", 1)[1].split("]", 1)[0]
            if name in starts:
                sections.append((name, starts.pop(name), number))
    return sections


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def names_outside_bodies(tree: ast.Module) -> set[str]:
    """Names the module needs at import time: everything but function bodies."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, Function):
            for part in [*node.decorator_list, node.args, node.returns]:
                if part is not None:
                    names.update(identifiers(part))
            return
        if isinstance(node, ast.Name):
            names.add(node.id)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return names


def identifiers(tree: ast.AST) -> Iterator[str]:
    """Every name, attribute and imported name a tree mentions."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, ast.Attribute):
            yield node.attr
        elif isinstance(node, ast.alias):
            yield node.name.rsplit(".", 1)[-1]
            if node.asname:
                yield node.asname
        elif isinstance(node, Function | ast.ClassDef):
            yield node.name


@functools.cache
def names_by_file() -> dict[Path, set[str]]:
    """The names each of our stage modules and tests mentions (read once a process)."""
    files = [*OUR_STAGES.rglob("*.py"), *TESTS.rglob("*.py")]
    return {path: set(identifiers(ast.parse(path.read_text(encoding="utf-8")))) for path in files}


def names_used_elsewhere(path: Path, mentioned: dict[Path, set[str]]) -> set[str]:
    """Names files other than ``path`` mention: other modules and stages, and the tests."""
    return set().union(*(names for other, names in mentioned.items() if other != path))


def docstring_end(node: Function) -> int | None:
    first = node.body[0]
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        return first.end_lineno
    return None


def has_no_body(node: Function) -> bool:
    """True for ``...``, ``pass``, already-abstract and overload stubs: nothing to write."""
    decorators = {ast.unparse(d).rsplit(".", 1)[-1] for d in node.decorator_list}
    if decorators & BODILESS_DECORATORS:
        return True
    statements = node.body[1:] if docstring_end(node) else node.body
    for statement in statements:
        if isinstance(statement, ast.Pass):
            continue
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue
        if isinstance(statement, ast.Raise) and "NotImplementedError" in ast.unparse(statement):
            continue
        return False
    return True


@dataclass
class Skeleton:
    """The generated text of one module and how many bodies it leaves to write."""

    text: str
    to_write: list[str]


class ModuleSkeleton:
    """Turns one of our modules into its skeleton."""

    def __init__(self, source: str, file: str, chapter: ChapterIndex, keep: set[str]) -> None:
        self.lines = source.splitlines(keepends=True)
        self.tree = ast.parse(source)
        self.file = file
        self.chapter = chapter
        self.keep = keep | names_outside_bodies(self.tree)
        self.sections = snippet_sections(self.lines)
        #: line number -> replacement lines (None deletes); keyed by the first line replaced.
        self.edits: dict[int, tuple[int, list[str]]] = {}
        self.to_write: list[str] = []

    def build(self) -> Skeleton:
        self.visit_body(self.tree.body, prefix="")
        out: list[str] = []
        number = 1
        while number <= len(self.lines):
            if number in self.edits:
                last, replacement = self.edits[number]
                out.extend(replacement)
                number = last + 1
                continue
            line = self.lines[number - 1]
            if not SNIPPET_MARKER.match(line):
                out.append(line)
            number += 1
        return Skeleton(without_blank_runs(out), self.to_write)

    def visit_body(self, body: list[ast.stmt], prefix: str) -> None:
        dropped = [
            node
            for node in body
            if isinstance(node, Function | ast.ClassDef) and self.is_dropped(node)
        ]
        # a class left with nothing but private helpers still needs a body
        needs_pass = bool(prefix) and len(dropped) == len(body)
        for node in body:
            if node in dropped:
                first = needs_pass and node is dropped[0]
                self.delete(node, keep=" " * node.col_offset + "pass\n" if first else None)
            elif isinstance(node, ast.ClassDef):
                self.visit_body(node.body, prefix=f"{prefix}{node.name}.")
            elif isinstance(node, Function):
                self.stub(node, f"{prefix}{node.name}")

    def is_dropped(self, node: Function | ast.ClassDef) -> bool:
        """A private function or class nothing outside a function body needs."""
        return is_private(node.name) and node.name not in self.keep

    def first_line(self, node: Function | ast.ClassDef) -> int:
        return min([node.lineno, *(d.lineno for d in node.decorator_list)])

    def delete(self, node: Function | ast.ClassDef, keep: str | None = None) -> None:
        last = node.end_lineno or node.lineno
        # a blank line after a deleted definition goes with it, so no gaps pile up
        while last < len(self.lines) and not self.lines[last].strip():
            last += 1
        self.edits[self.first_line(node)] = (last, [keep] if keep else [])

    def stub(self, node: Function, qualname: str) -> None:
        if has_no_body(node):
            return
        body_start = node.body[0].lineno
        if body_start == node.lineno:
            raise ValueError(
                f"{self.file}:{node.lineno}: put the body of {qualname} on its own line"
            )
        keep_until = docstring_end(node) or body_start - 1
        while not docstring_end(node) and self.lines[keep_until - 1].strip().startswith("#"):
            keep_until -= 1  # comments between the signature and the body explain the body
        indent = " " * node.body[0].col_offset
        message = f"{qualname}: yours to write, see {self.where(node.lineno)}"
        replacement = [
            f"{indent}raise NotImplementedError(\n",
            f"{indent}    {message!r}\n",
            f"{indent})\n",
        ]
        self.edits[keep_until + 1] = (node.end_lineno or node.lineno, replacement)
        self.to_write.append(qualname)

    def where(self, line: int) -> str:
        """``chapter 3, 'Cookies' (docs/...)``: the section showing the nearest snippet."""
        # sections containing the line, innermost first; then those above it, nearest first
        containing = sorted(
            (end - start, name) for name, start, end in self.sections if start <= line <= end
        )
        above = sorted((line - end, name) for name, start, end in self.sections if end < line)
        nearest = [name for _distance, name in [*containing, *above]]
        heading = self.chapter.section_for(self.file, nearest)
        return f"{self.chapter.title}, '{heading}' ({self.chapter.path})"


def without_blank_runs(lines: list[str]) -> str:
    """At most two blank lines in a row, one before an indented line (PEP 8 spacing)."""
    out: list[str] = []
    blanks = 0
    for line in lines:
        if not line.strip():
            blanks += 1
            continue
        limit = 1 if line[0] in " \t" else 2
        out.extend(["\n"] * min(blanks, limit if out else 0))
        out.append(line)
        blanks = 0
    return "".join(out)


def module_skeleton(
    path: Path, stage: Stage, chapter: ChapterIndex, mentioned: dict[Path, set[str]]
) -> Skeleton:
    """The skeleton of one file of ``stage`` (given modules come back unchanged)."""
    source = path.read_text(encoding="utf-8")
    file = path.relative_to(stage.source).as_posix()
    if path.name in GIVEN_MODULES:
        return Skeleton(source, [])
    keep = names_used_elsewhere(path, mentioned)
    skeleton = ModuleSkeleton(source, file, chapter, keep).build()
    compile(skeleton.text, file, "exec")  # a generator bug must not reach the learner
    return skeleton


def stage_skeleton(stage: Stage) -> dict[str, Skeleton]:
    """Every module of ``stage``, keyed by its path inside the package."""
    chapter = ChapterIndex.read(stage)
    mentioned = names_by_file()
    return {
        path.relative_to(stage.source).as_posix(): module_skeleton(path, stage, chapter, mentioned)
        for path in sorted(stage.source.rglob("*.py"))
    }
