"""Fetch Flask's source distribution once, check it, and unpack a fresh copy per run.

The sdist carries what the graduation runs (``tests/`` and ``examples/tutorial``);
none of it is copied into the repository. It is downloaded with pip from the
package index, cached under ``.cache/graduation/`` (ignored by git) and checked
against the sha256 recorded here before every use, so a changed file on the
index or in the cache stops the run instead of grading against other code.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
from pathlib import Path

FLASK_VERSION = "3.1.3"
#: sha256 of ``flask-3.1.3.tar.gz`` as published on the package index.
SDIST_SHA256 = "0ef0e52b8a9cd932855379197dd8f94047b359ca0a78695144304cb45f87c9eb"
SDIST_NAME = f"flask-{FLASK_VERSION}.tar.gz"


class SdistError(RuntimeError):
    """The source distribution could not be fetched or is not the one pinned."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_sdist(cache: Path, python: str = sys.executable) -> Path:
    """Return the checked sdist in ``cache``, downloading it with pip when absent."""
    archive = cache / SDIST_NAME
    if not archive.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        command = [python, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
        command += ["--no-binary", ":all:", "--no-deps", f"flask=={FLASK_VERSION}"]
        command += ["--dest", str(cache)]
        print(f"graduate: downloading {SDIST_NAME} with pip", flush=True)
        if subprocess.run(command).returncode != 0 or not archive.is_file():
            raise SdistError(
                f"pip could not download flask=={FLASK_VERSION} (the sdist) into {cache}:"
                f" the package index must be reachable; the pip output above says why"
            )
    found = sha256_of(archive)
    if found != SDIST_SHA256:
        raise SdistError(
            f"{archive} has sha256 {found}, not the pinned {SDIST_SHA256}: delete the file"
            f" to download it again; if it still differs, the index serves another file"
        )
    return archive


def unpack_sdist(archive: Path, into: Path) -> Path:
    """Unpack ``archive`` in ``into``; return the source tree (``flask-3.1.3/``)."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")  # refuses absolute paths and ../ members
    root = into / archive.name.removesuffix(".tar.gz")
    for needed in ("tests", "examples/tutorial/tests"):
        if not (root / needed).is_dir():
            raise SdistError(f"{archive} has no {needed}/ folder: not Flask's full sdist")
    return root
