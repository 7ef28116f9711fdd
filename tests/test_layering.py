"""The house rules on imports, checked by reading every stage's source.

- a stage imports only earlier stages, the standard library and its named dependencies;
- no stage imports ``flask`` (it is what we rebuild and compare against);
- stages 1-4 rebuild what Werkzeug and the stdlib servers do, so they import neither.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest

STAGES = Path(__file__).resolve().parent.parent / "stages"
STAGE_NAME = re.compile(r"^stage(\d\d)_\w+$")


def located(package: str) -> Path:
    """Where ``import package`` finds a stage: ours, or a learner's under ``IMPL``."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"stage package {package!r} cannot be imported")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


# The rules are checked on whichever package the tests import, so a learner's stage
# (make test-stageN IMPL=dir) is held to them too.
STAGE_DIRS = [
    located(p.name)
    for p in sorted(STAGES.glob("stage[0-9][0-9]_*"))
    if (p / "__init__.py").is_file()
]

#: Third-party packages each stage may use, beyond the standard library and earlier stages.
ALLOWED_THIRD_PARTY = {
    1: set(),
    2: set(),
    3: set(),
    4: set(),
    5: {"werkzeug"},
    6: {"werkzeug", "greenlet"},
    7: {"werkzeug", "greenlet", "itsdangerous", "markupsafe"},
    8: {"werkzeug", "greenlet", "itsdangerous", "jinja2", "markupsafe"},
    9: {
        "werkzeug",
        "greenlet",
        "itsdangerous",
        "jinja2",
        "markupsafe",
        "click",
        "blinker",
        "dotenv",
    },
}
# markupsafe from stage 7 on: the session's tagged JSON reads Markup back, as Flask's does.
# python-dotenv is optional too, as in Flask: stage 9's command line reads .env files with it.
# greenlet is optional: the thread-ident Local of stage 6 uses it when it is installed,
# as Werkzeug 1.0 did, and falls back to threading.get_ident.
#: What stages 1-4 rebuild, so they may not lean on it.
REBUILT_BY_EARLY_STAGES = {"werkzeug", "http.server", "wsgiref", "socketserver"}


def stage_number(path: Path) -> int:
    match = STAGE_NAME.match(path.name)
    if match is None:
        raise ValueError(f"{path} is not named stageNN_<name>")
    return int(match.group(1))


def imported_modules(source: str) -> set[str]:
    """Absolute module names a source file imports (relative imports stay in the stage)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def stage_imports(stage_dir: Path) -> list[tuple[Path, str]]:
    return [
        (path, module)
        for path in sorted(stage_dir.rglob("*.py"))
        for module in sorted(imported_modules(path.read_text(encoding="utf-8")))
    ]


def violation(number: int, module: str) -> str | None:
    """Why importing ``module`` from stage ``number`` breaks the rules, or None."""
    top = module.split(".")[0]
    if STAGE_NAME.match(top):
        if int(top[5:7]) > number:
            return "a stage imports only earlier stages (and itself)"
        return None
    if top == "flask":
        return "no stage imports flask: it is what we rebuild"
    if number <= 4 and any(
        module == banned or module.startswith(banned + ".") for banned in REBUILT_BY_EARLY_STAGES
    ):
        return "stages 1-4 rebuild werkzeug, http.server and wsgiref, so they cannot use them"
    if top in sys.stdlib_module_names or top == "__future__":
        return None
    if top not in ALLOWED_THIRD_PARTY[number]:
        return f"{top!r} is not a named dependency of stage {number}"
    return None


@pytest.mark.parametrize("stage_dir", STAGE_DIRS, ids=[p.name for p in STAGE_DIRS])
def test_stage_imports_follow_layering_rules(stage_dir: Path) -> None:
    number = stage_number(stage_dir)
    broken = [
        f"{path.relative_to(stage_dir.parent)} imports {module}: {reason}"
        for path, module in stage_imports(stage_dir)
        if (reason := violation(number, module))
    ]
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize(
    ("number", "module", "allowed"),
    [
        (2, "stage01_socket", True),
        (2, "stage03_request_response", False),
        (2, "stage02_wsgi.environ", True),
        (3, "werkzeug.datastructures", False),
        (4, "http.server", False),
        (4, "http", True),
        (2, "wsgiref.validate", False),
        (5, "werkzeug.test", True),
        (6, "flask.globals", False),
        (5, "jinja2", False),
        (8, "jinja2", True),
        (1, "socket", True),
    ],
    ids=lambda value: str(value),
)
def test_layering_rule_table(number: int, module: str, allowed: bool) -> None:
    assert (violation(number, module) is None) is allowed


def test_every_stage_has_tests_chapter_and_demo() -> None:
    root = STAGES.parent
    missing = []
    for stage_dir in STAGE_DIRS:
        number = f"{stage_number(stage_dir):02d}"
        if not (root / "tests" / stage_dir.name).is_dir():
            missing.append(f"tests/{stage_dir.name}/")
        if not list((root / "docs" / "stages").glob(f"{number}-*.md")):
            missing.append(f"docs/stages/{number}-*.md")
        if not (stage_dir / "__main__.py").is_file():
            missing.append(f"stages/{stage_dir.name}/__main__.py")
    assert not missing, f"missing: {missing}"


#: The public names DESIGN.md gives each stage; every later stage exposes them too.
PUBLIC_NAMES = {
    1: ["parse_request", "HTTPRequest", "HTTPResponse", "HTTPServer", "HTTPError"],
    2: ["make_server", "run_simple", "WSGIServer", "DispatcherMiddleware"],
    3: ["Request", "Response", "MultiDict", "Headers"],
    4: [
        "Map",
        "Rule",
        "MapAdapter",
        "BaseConverter",
        "HTTPException",
        "NotFound",
        "MethodNotAllowed",
        "RequestRedirect",
        "abort",
    ],
    5: ["Flask", "Config", "View", "MethodView", "abort", "redirect", "jsonify", "make_response"],
    6: [
        "Local",
        "LocalStack",
        "LocalProxy",
        "release_local",
        "AppContext",
        "RequestContext",
        "current_app",
        "g",
        "request",
        "url_for",
        "has_app_context",
        "has_request_context",
    ],
    7: [
        "session",
        "SessionInterface",
        "SecureCookieSessionInterface",
        "SecureCookieSession",
        "NullSession",
        "flash",
        "get_flashed_messages",
    ],
    8: ["render_template", "render_template_string", "send_from_directory"],
    9: ["Blueprint", "BlueprintSetupState"],
}


def cumulative_names(number: int) -> list[str]:
    return sorted({name for n in range(1, number + 1) for name in PUBLIC_NAMES.get(n, [])})


@pytest.mark.parametrize("stage_dir", STAGE_DIRS, ids=[p.name for p in STAGE_DIRS])
def test_stage_exposes_cumulative_public_names(stage_dir: Path) -> None:
    package = __import__(stage_dir.name)
    missing = [
        name for name in cumulative_names(stage_number(stage_dir)) if not hasattr(package, name)
    ]
    assert not missing, f"{stage_dir.name} does not expose {missing}"


def stage_package(number: int):  # type: ignore[no-untyped-def]
    matches = [p for p in STAGE_DIRS if stage_number(p) == number]
    if not matches:
        pytest.fail(f"stage {number} is missing from stages/")
    return __import__(matches[0].name)


def test_http_exception_response_is_a_stage_three_response() -> None:
    stage3, stage4 = stage_package(3), stage_package(4)
    assert isinstance(stage4.NotFound().get_response(), stage3.Response)


def test_errors_a_request_raises_are_stage_four_http_exceptions() -> None:
    # stage 3 raises 400/413/415 while reading a request; an app built on stage 4
    # must be able to catch them as the same HTTPException it routes with.
    stage3, stage4 = stage_package(3), stage_package(4)
    assert stage4.HTTPException is stage3.HTTPException
    assert issubclass(stage3.BadRequestKeyError, stage4.BadRequest)


def test_wsgi_server_subclasses_socket_server() -> None:
    assert issubclass(stage_package(2).WSGIServer, stage_package(1).HTTPServer)


def test_app_wrappers_subclass_stage_three_wrappers() -> None:
    stage3, stage5 = stage_package(3), stage_package(5)
    assert issubclass(stage5.Flask.request_class, stage3.Request)
    assert issubclass(stage5.Flask.response_class, stage3.Response)


def test_app_url_map_is_a_stage_four_map() -> None:
    assert issubclass(stage_package(5).Flask.url_map_class, stage_package(4).Map)


def test_context_flask_subclasses_stage_five_flask() -> None:
    assert issubclass(stage_package(6).Flask, stage_package(5).Flask)


def test_session_flask_subclasses_context_flask() -> None:
    assert issubclass(stage_package(7).Flask, stage_package(6).Flask)


def test_templates_flask_subclasses_session_flask() -> None:
    assert issubclass(stage_package(8).Flask, stage_package(7).Flask)
