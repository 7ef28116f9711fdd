"""MkDocs hook: put ``docs/extensions`` on the path and add the upstream renderer.

Registering the extension from a hook (rather than by name in ``markdown_extensions``)
means ``mkdocs build`` works from a plain checkout, with no install step for it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from upstream import UpstreamExtension  # noqa: E402


def on_config(config):  # type: ignore[no-untyped-def]
    config.markdown_extensions.append(UpstreamExtension())
    return config
