"""Hypothesis properties of ``safe_join`` and the ``Range`` parser.

``make test`` runs a few hundred examples a property; ``make fuzz`` runs a long
campaign (see ``tests/fuzzing.py``).
"""

from __future__ import annotations

import posixpath

import werkzeug.http
from hypothesis import assume, given
from hypothesis import strategies as st
from stage08_templates import safe_join
from stage08_templates.conditional import requested_window

from tests import fuzzing  # noqa: F401 - loads the Hypothesis profile

#: Path pieces built from the characters traversal needs, plus any text at all.
segments = st.sampled_from(["..", ".", "", "a", "b.txt", "\\", "C:", "%2e", "\x00", "con", "~"])
paths = st.lists(segments, max_size=8).map("/".join) | st.text(max_size=30)
#: Range headers: mostly made of the characters a range is written with, sometimes anything.
range_headers = st.from_regex(r"\A(bytes|Bytes|lines)?=?[0-9, \t+-]{0,12}\Z") | st.text(max_size=20)


def inside(folder: str, joined: str) -> bool:
    """``joined`` names ``folder`` or something below it, by the text alone."""
    normal = posixpath.normpath(joined)
    return normal == folder or normal.startswith(folder + "/")


@given(paths)
def test_safe_join_property_result_stays_inside_folder(path: str) -> None:
    joined = safe_join("/srv/static", path)
    assert joined is None or inside("/srv/static", joined)


@given(paths)
def test_safe_join_property_result_has_no_backslash_or_nul(path: str) -> None:
    joined = safe_join("/srv/static", path)
    assert joined is None or ("\\" not in joined and "\x00" not in joined)


@given(st.integers(0, 200), st.integers(0, 200), st.integers(1, 150))
def test_requested_window_property_lies_inside_file(first: int, last: int, length: int) -> None:
    window = requested_window(f"bytes={first}-{last}", length)
    assert window is None or (0 <= window[0] and 0 < window[1] and sum(window) <= length)


@given(range_headers, st.integers(1, 150))
def test_requested_window_property_agrees_with_werkzeug(header: str, length: int) -> None:
    spec = header.partition("=")[2].strip(" \t")
    assume(not spec.startswith("-"))  # suffixes: we follow RFC 9110 14.1.3 (see the chapter)
    parsed = werkzeug.http.parse_range_header(header)
    span = parsed.range_for_length(length) if parsed is not None else None
    expected = None if span is None else (span[0], span[1] - span[0])
    assert requested_window(header, length) == expected
