"""No path a client sends gets a file from outside the folder: a corpus of escape attempts.

Each attempt is tried three ways: ``safe_join`` itself, ``send_from_directory`` in a
view, and the automatic static route over the test client (where the URL is
percent-decoded once by the server, as in production). Every one must be refused
(``None``, or 404) and no response may contain the secret that sits beside the folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import stage08_templates
from stage08_templates import safe_join

from .conftest import SECRET

#: (id, what a client might send as the file name). Every one must be refused.
TRAVERSALS = [
    ("dotdot", "../secret.txt"),
    ("dotdot-twice", "../../secret.txt"),
    ("dotdot-deep", "../../../../../../../../etc/passwd"),
    ("dotdot-alone", ".."),
    ("dotdot-slash", "../"),
    ("inner-dotdot", "sub/../../secret.txt"),
    ("dot-then-dotdot", "./../secret.txt"),
    ("dotdot-after-many", "sub/sub/../../../secret.txt"),
    ("dotdot-trailing-dot", "../secret.txt/."),
    ("double-slash-dotdot", "sub//../../secret.txt"),
    ("absolute", "/etc/passwd"),
    ("absolute-secret", "/secret.txt"),
    ("absolute-double", "//etc/passwd"),
    ("absolute-dotdot", "/../secret.txt"),
    ("backslash-dotdot", "..\\secret.txt"),
    ("backslash-deep", "..\\..\\secret.txt"),
    ("backslash-mixed", "sub\\..\\..\\secret.txt"),
    ("backslash-absolute", "\\secret.txt"),
    ("backslash-unc", "\\\\server\\share\\secret.txt"),
    ("slash-backslash", "sub/..\\..\\secret.txt"),
    ("drive-letter", "C:\\Windows\\win.ini"),
    ("drive-relative", "C:secret.txt"),
    ("drive-forward-slash", "c:/secret.txt"),
    ("drive-lower", "d:..\\secret.txt"),
    ("nul-byte", "hello.txt\x00.png"),
    ("nul-dotdot", "..\x00/secret.txt"),
    ("nul-only", "\x00"),
    ("device-con", "con"),
    ("device-nul-ext", "NUL.txt"),
    ("device-com1", "sub/com1"),
    ("device-aux", "AUX"),
    ("device-lpt", "lpt1.log"),
    ("device-trailing-space", "con .txt"),
    ("device-stream", "aux:data"),
    ("device-superscript", "COM\u00b9"),
    ("device-console", "sub/CONIN$"),
    ("encoded-once", "%2e%2e/secret.txt"),
    ("encoded-slash", "..%2fsecret.txt"),
    ("encoded-backslash", "..%5csecret.txt"),
    ("encoded-twice", "%252e%252e/secret.txt"),
    ("encoded-nul", "hello.txt%00"),
    ("overlong-utf8", "%c0%ae%c0%ae/secret.txt"),
    ("fullwidth-dots", "\uff0e\uff0e/secret.txt"),
    ("unicode-slash", "..\u2215secret.txt"),
    ("dotdot-semicolon", "..;/secret.txt"),
    ("tilde-home", "~/secret.txt"),
]

#: The attempts that name something that cannot exist in the folder: a 404, not a refusal.
NOT_REFUSED_BY_TEXT = {
    "encoded-once",
    "encoded-slash",
    "encoded-backslash",
    "encoded-twice",
    "encoded-nul",
    "overlong-utf8",
    "fullwidth-dots",
    "unicode-slash",
    "dotdot-semicolon",
    "tilde-home",
}
IDS = [case[0] for case in TRAVERSALS]
NAMES = [case[1] for case in TRAVERSALS]


def test_traversal_corpus_has_at_least_forty_attempts() -> None:
    assert len(TRAVERSALS) >= 40 and len(set(NAMES)) == len(NAMES)


@pytest.mark.parametrize("name", NAMES, ids=IDS)
def test_safe_join_result_stays_inside_folder(project: Path, name: str) -> None:
    folder = str(project / "static")
    joined = safe_join(folder, name)
    assert joined is None or Path(joined).resolve().is_relative_to(Path(folder).resolve())


@pytest.mark.parametrize(
    "name",
    [case[1] for case in TRAVERSALS if case[0] not in NOT_REFUSED_BY_TEXT],
    ids=[case[0] for case in TRAVERSALS if case[0] not in NOT_REFUSED_BY_TEXT],
)
def test_safe_join_refuses_escape_attempt(name: str) -> None:
    assert safe_join("static", name) is None


@pytest.mark.parametrize("name", NAMES, ids=IDS)
def test_send_from_directory_answers_404_to_escape_attempt(project: Path, name: str) -> None:
    app = stage08_templates.Flask("traversal_app", root_path=str(project))

    @app.route("/download")
    def download() -> Any:
        return stage08_templates.send_from_directory("static", stage08_templates.request.args["f"])

    response = app.test_client().get("/download", query_string={"f": name})
    assert (response.status_code, SECRET in response.data) == (404, False)


@pytest.mark.parametrize("name", NAMES, ids=IDS)
def test_static_route_answers_404_to_escape_attempt(project: Path, name: str) -> None:
    app = stage08_templates.Flask("traversal_app", root_path=str(project))
    url = "/static/" + quote(name, safe="/%;~")  # %XX sequences in the name reach the app decoded
    # "//" is merged by a redirect to the same path with one slash: follow it.
    response = app.test_client().get(url, follow_redirects=True)
    assert (response.status_code, SECRET in response.data) == (404, False)


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (("static", "css/site.css"), "static/css/site.css"),
        (("static", "a/./b/../c.txt"), "static/a/c.txt"),
        (("static", "sub", "inner.txt"), "static/sub/inner.txt"),
        (("static", ""), "static"),
        (("", "hello.txt"), "./hello.txt"),
        (("static", "..secret"), "static/..secret"),
    ],
    ids=["nested", "normalised", "several-pieces", "empty-piece", "no-folder", "leading-dots-name"],
)
def test_safe_join_joins_safe_pieces(pieces: tuple[str, ...], expected: str) -> None:
    assert safe_join(*pieces) == expected


def test_static_route_serves_file_whose_name_starts_with_dots(client: Any) -> None:
    assert client.get("/static/..secret").status_code == 200
