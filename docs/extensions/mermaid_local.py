"""Serve mermaid with the site, so the diagrams render without a connection.

mkdocs-material draws ``mermaid`` fences with mermaid.js, which it loads from a CDN
when a page opens, unless a global ``mermaid`` is already defined. At build time we
fetch the pinned mermaid package from the npm registry once (into ``.cache/``, which
git ignores: no third-party code is committed), check it against the registry's
published integrity hash, and copy ``mermaid.min.js`` into the built site, where a
``<script>`` defines that global. With no network (and nothing cached) the build
still succeeds and says that the diagrams will come from the CDN.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import shutil
import tarfile
import urllib.request
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.mermaid")

#: The mermaid release material 9.8 loads from the CDN is ``mermaid@11``; pin one.
VERSION = "11.17.2"
TARBALL = f"https://registry.npmjs.org/mermaid/-/mermaid-{VERSION}.tgz"
#: ``dist.integrity`` from the registry (``npm view mermaid@11.17.2 dist.integrity``).
INTEGRITY = "sha512-" + (
    "V6K3C8EBdEsPFZXSKMJe6ppQOENxuHARr9GvHX4hh47lAbhMRD9qf4oEK7LoaRQxULMa80/qt5gHO73aCleBBg=="
)
MEMBER = "package/dist/mermaid.min.js"
#: Where the script goes in the site, and in ``extra_javascript``.
SITE_PATH = f"assets/mermaid-{VERSION}/mermaid.min.js"
TIMEOUT_SECONDS = 60


def matches_integrity(data: bytes, integrity: str = INTEGRITY) -> bool:
    """``sha512-<base64>`` (npm's Subresource Integrity form) against ``data``."""
    algorithm, _, expected = integrity.partition("-")
    digest = hashlib.new(algorithm, data).digest()
    return base64.b64encode(digest).decode("ascii") == expected


def extract_script(tarball: bytes) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise FileNotFoundError(f"{MEMBER} is not in mermaid {VERSION}'s package")
        return member.read()


def cached_script(cache: Path) -> Path | None:
    """The verified ``mermaid.min.js`` in ``cache``, fetching it once; None when offline."""
    script = cache / f"mermaid-{VERSION}.min.js"
    if script.is_file():
        return script
    try:
        with urllib.request.urlopen(TARBALL, timeout=TIMEOUT_SECONDS) as response:
            tarball = response.read()
    except OSError as exc:
        log.info(
            "mermaid %s not fetched (%s): the diagrams will load it from the CDN", VERSION, exc
        )
        return None
    if not matches_integrity(tarball):
        log.warning("mermaid %s from %s fails its integrity check: not used", VERSION, TARBALL)
        return None
    cache.mkdir(parents=True, exist_ok=True)
    partial = script.with_suffix(".partial")
    partial.write_bytes(extract_script(tarball))
    partial.replace(script)  # never leave a half-written file that looks cached
    return script


def copy_into_site(script: Path, site_dir: str) -> None:
    target = Path(site_dir) / SITE_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(script, target)
