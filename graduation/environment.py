"""The graduation's own virtual environment, separate from the project's ``.venv``.

Flask's suite needs the pytest of its lock file (9.0.x) and a few libraries the
project does not use; the project's ``.venv`` keeps its own pytest. The
environment lives in ``.cache/graduation/venv`` and is reused while its
requirements (and the Python that made it) are unchanged: a stamp file holds the
exact text it was built from.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REQUIREMENTS = Path(__file__).with_name("requirements.txt")
STAMP = "graduation-requirements.txt"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


class GraduationEnvironmentError(RuntimeError):
    """The graduation environment could not be created."""


def requirement_name(line: str) -> str | None:
    """``"Werkzeug==3.1.9  # pin"`` -> ``"werkzeug"``; comments and blanks -> ``None``."""
    text = line.split("#", 1)[0].strip()
    match = _NAME.match(text)
    return re.sub(r"[-_.]+", "-", match.group(1)).lower() if match else None


def merged_requirements(pyproject: Path, extra: Path = REQUIREMENTS) -> list[str]:
    """The project's runtime dependencies, then the graduation's pins they do not name."""
    project = tomllib.loads(pyproject.read_text())["project"].get("dependencies", [])
    names = {requirement_name(line) for line in project}
    lines = [line.strip() for line in project]
    for line in extra.read_text().splitlines():
        name = requirement_name(line)
        if name is not None and name not in names:
            lines.append(line.split("#", 1)[0].strip())
    return lines


def stamp_text(requirements: list[str], python: str = sys.version) -> str:
    return f"# python {python.split()[0]}\n" + "\n".join(requirements) + "\n"


def ensure_environment(venv: Path, requirements: list[str]) -> Path:
    """Return the environment's python, creating or rebuilding the environment if needed."""
    python = venv / "bin" / "python"
    wanted = stamp_text(requirements)
    stamp = venv / STAMP
    if python.exists() and stamp.is_file() and stamp.read_text() == wanted:
        return python
    if venv.exists():
        shutil.rmtree(venv)
    print(f"graduate: creating the environment {venv}", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    requirements_file = venv / "requirements.txt"
    requirements_file.write_text("\n".join(requirements) + "\n")
    command = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if subprocess.run([*command, "-r", str(requirements_file)]).returncode != 0:
        raise GraduationEnvironmentError(
            f"pip could not install the graduation requirements into {venv}: the pip"
            f" output above says why (is the package index reachable?)"
        )
    stamp.write_text(wanted)
    return python
