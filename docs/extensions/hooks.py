"""MkDocs hook: put ``docs/extensions`` on the path and add the upstream renderer.

Registering the extension from a hook (rather than by name in ``markdown_extensions``)
means ``mkdocs build`` works from a plain checkout, with no install step for it.
The hook also numbers our own code blocks like upstream's (``ours.py``) and serves
mermaid with the site when it can be fetched (``mermaid_local.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import mermaid_local  # noqa: E402
from ours import OursExtension  # noqa: E402
from upstream import UpstreamExtension  # noqa: E402

CACHE = Path(__file__).resolve().parents[2] / ".cache"
MERMAID: Path | None = None


def on_config(config):  # type: ignore[no-untyped-def]
    global MERMAID
    config.markdown_extensions.append(UpstreamExtension())
    config.markdown_extensions.append(OursExtension())
    MERMAID = mermaid_local.cached_script(CACHE)
    if MERMAID is not None:
        config.extra_javascript.append(mermaid_local.SITE_PATH)
    return config


def on_post_build(config):  # type: ignore[no-untyped-def]
    if MERMAID is not None:
        mermaid_local.copy_into_site(MERMAID, config.site_dir)
