"""``safe_join``: a path from a client, kept inside one folder, or refused.

Mirrors ``werkzeug.security.safe_join`` (Werkzeug 3.1.9), which Flask's
``send_from_directory`` calls. The rule is a refusal list checked on the *text* of each
piece before anything touches the disk: a piece that could climb out of the folder, or
could mean something else on another operating system, is refused as a whole. The
caller turns ``None`` into a 404, so a probe learns nothing a missing file would not tell.

Werkzeug refuses backslashes and drive letters only on Windows; we refuse them
everywhere, so an app answers the same on every server it is deployed to.
"""

from __future__ import annotations

import posixpath
import re

#: ``C:`` at the start of a piece: on Windows, a path on another drive.
_DRIVE = re.compile(r"^[A-Za-z]:")
#: Names Windows maps to devices in every folder, whatever follows them: ``nul.txt``,
#: ``CON `` and ``aux:x`` open the device, not a file (the superscripts count as digits).
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{digit}" for port in ("COM", "LPT") for digit in "123456789\u00b9\u00b2\u00b3"}
)


def _is_device(segment: str) -> bool:
    """``"nul.txt"`` -> True: the part before any ``:`` or ``.``, trimmed, is a device."""
    stem = segment.partition(":")[0].partition(".")[0].strip()
    return stem.upper() in _DEVICES


# --8<-- [start:safe_join]
def refusal(piece: str) -> str | None:
    """Why ``piece`` may not be joined to a folder, or None when it may.

    ``"css/site.css"`` -> None; ``"../app.py"`` -> ``"climbs out of the folder"``.
    """
    if "\x00" in piece:
        return "contains a NUL byte"  # C APIs would cut the path short there
    if "\\" in piece:
        return "contains a backslash"  # a separator on Windows
    if _DRIVE.match(piece):
        return "names a drive"
    if piece.startswith("/"):
        return "is absolute"  # os.path.join would throw the folder away
    normal = posixpath.normpath(piece)
    if normal == ".." or normal.startswith("../"):
        return "climbs out of the folder"
    if any(_is_device(segment) for segment in normal.split("/")):
        return "names a Windows device"
    return None


def safe_join(directory: str, *pathnames: str) -> str | None:
    """``safe_join("static", "css/site.css")`` -> ``"static/css/site.css"``; None if unsafe.

    Each piece is normalised (``a/./b/../c`` -> ``a/c``) and must stay below
    ``directory``; an empty piece adds nothing.
    """
    parts = [directory or "."]
    for piece in pathnames:
        if piece == "":
            continue
        if refusal(piece) is not None:
            return None
        parts.append(posixpath.normpath(piece))
    return posixpath.join(*parts)


# --8<-- [end:safe_join]
