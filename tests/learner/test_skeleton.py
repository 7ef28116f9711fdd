"""The skeleton generator: what a learner's module keeps, and what becomes theirs to write."""

from __future__ import annotations

import ast
import textwrap

import pytest

from learner.skeleton import ChapterIndex, ModuleSkeleton, stage_skeleton
from learner.stages import our_stages

SOURCE = textwrap.dedent(
    '''\
    """A module docstring."""

    import re

    LIMIT = 10
    PATTERN = re.compile("x")


    class Thing(Base):
        """A thing."""

        #: The class used for parts (an extension point).
        part_class = Part

        def __init__(self, value: int = LIMIT) -> None:
            """Keep ``value``."""
            self.value = _double(value)

        def _private_step(self) -> int:
            return 1

        @property
        def size(self) -> int:
            # the size is the value
            return self.value


    def _double(value: int) -> int:
        return value * 2


    def _needed_at_import() -> int:
        return 3


    STEPS = [_needed_at_import]


    def public(x, *args, key=None, **kwargs):
        return x
    '''
)


@pytest.fixture
def skeleton() -> str:
    chapter = ChapterIndex("chapter 9", "docs/stages/09-x.md", {("mod.py", ""): "Build the thing"})
    return ModuleSkeleton(SOURCE, "mod.py", chapter, keep=set()).build().text


@pytest.mark.parametrize(
    "kept",
    [
        '"""A module docstring."""',
        "import re",
        "LIMIT = 10",
        "class Thing(Base):",
        "#: The class used for parts (an extension point).",
        "part_class = Part",
        "def __init__(self, value: int = LIMIT) -> None:",
        '"""Keep ``value``."""',
        "@property",
        "def public(x, *args, key=None, **kwargs):",
        "STEPS = [_needed_at_import]",
        "def _needed_at_import() -> int:",
    ],
    ids=[
        "module-docstring",
        "import",
        "constant",
        "class-and-bases",
        "extension-point-comment",
        "class-attribute",
        "signature-with-default",
        "method-docstring",
        "decorator",
        "star-args-signature",
        "module-level-reference",
        "private-helper-needed-at-import",
    ],
)
def test_skeleton_keeps_what_a_learner_writes_against(skeleton: str, kept: str) -> None:
    assert kept in skeleton


@pytest.mark.parametrize(
    "gone",
    ["self.value = _double(value)", "def _double", "def _private_step", "return self.value"],
    ids=["body", "private-helper", "private-method", "body-after-comment"],
)
def test_skeleton_drops_bodies_and_private_helpers(skeleton: str, gone: str) -> None:
    assert gone not in skeleton


def test_skeleton_body_raises_not_implemented_naming_the_chapter_section(skeleton: str) -> None:
    namespace: dict[str, object] = {"Base": object, "Part": object}
    exec(compile(skeleton, "mod.py", "exec"), namespace)
    with pytest.raises(NotImplementedError, match=r"Thing.__init__.*chapter 9, 'Build the thing'"):
        namespace["Thing"]()  # type: ignore[operator]


def test_skeleton_keeps_a_private_name_other_files_use() -> None:
    chapter = ChapterIndex("chapter 9", "docs/stages/09-x.md")
    text = ModuleSkeleton(SOURCE, "mod.py", chapter, keep={"_double"}).build().text
    assert "def _double(value: int) -> int:" in text


def definitions(tree: ast.Module) -> list[str]:
    """Functions and classes at module level and in class bodies (not nested in functions)."""
    names: list[str] = []
    body: list[ast.stmt] = list(tree.body)
    while body:
        node = body.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        if isinstance(node, ast.ClassDef):
            body.extend(node.body)
    return names


@pytest.mark.parametrize("stage", our_stages(), ids=lambda stage: stage.package)
def test_stage_skeleton_is_valid_python_with_every_public_function(stage) -> None:  # type: ignore[no-untyped-def]
    for file, module in stage_skeleton(stage).items():
        ours = ast.parse((stage.source / file).read_text(encoding="utf-8"))
        theirs = ast.parse(module.text)
        public = {name for name in definitions(ours) if not name.startswith("_")}
        written = set(definitions(theirs))
        assert public <= written, f"{file} lost {sorted(public - written)}"


def test_skeleton_keeps_a_class_of_private_helpers_valid_python() -> None:
    source = (
        "class Only:\n    def _a(self):\n        return 1\n\n    def _b(self):\n        return 2\n"
    )
    chapter = ChapterIndex("chapter 9", "docs/stages/09-x.md")
    text = ModuleSkeleton(source, "mod.py", chapter, keep=set()).build().text
    namespace: dict[str, object] = {}
    exec(compile(text, "mod.py", "exec"), namespace)
    assert not hasattr(namespace["Only"], "_a")
