"""``send_file`` and ``send_from_directory`` from a view, on ours and on Flask.

Mirrors flask/helpers.py over werkzeug/utils.py ``send_file`` (Flask 3.1.3, Werkzeug 3.1.9).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import pytest

from .conftest import STATIC


def sent(app: Any, view: Any, **request_kwargs: Any) -> Any:
    """The response of a route whose view is ``view``."""
    app.add_url_rule("/file", "file", view)
    return app.test_client().get("/file", **request_kwargs)


def test_send_file_relative_path_starts_at_root_path(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file("static/hello.txt"))
    assert response.data == STATIC["hello.txt"]


def test_send_file_guesses_mimetype(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file("static/app.css"))
    assert response.content_type == "text/css; charset=utf-8"


def test_send_file_sets_length_and_validators(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file("static/blob.bin"))
    assert (
        response.headers["Content-Length"],
        "ETag" in response.headers,
        "Last-Modified" in response.headers,
    ) == (str(len(STATIC["blob.bin"])), True, True)


def test_send_file_explicit_mimetype_wins(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file("static/hello.txt", mimetype="text/x-note"))
    assert response.content_type == "text/x-note; charset=utf-8"


def test_send_file_gzip_name_sets_content_encoding(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file("static/archive.tar.gz"))
    assert (response.content_type, response.headers["Content-Encoding"]) == (
        "application/x-tar",
        "gzip",
    )


def test_send_file_gzip_attachment_has_no_content_encoding(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file("static/archive.tar.gz", as_attachment=True))
    assert "Content-Encoding" not in response.headers


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"as_attachment": True}, "attachment; filename=hello.txt"),
        ({"download_name": "report.txt"}, "inline; filename=report.txt"),
        (
            {"as_attachment": True, "download_name": "my report.txt"},
            'attachment; filename="my report.txt"',
        ),
        (
            {"as_attachment": True, "download_name": 'say "hi".txt'},
            'attachment; filename="say \\"hi\\".txt"',
        ),
        (
            {"as_attachment": True, "download_name": "été.txt"},
            "attachment; filename=ete.txt; filename*=UTF-8''%C3%A9t%C3%A9.txt",
        ),
        (
            {"as_attachment": True, "download_name": "\u043e\u0442\u0447\u0451\u0442 1.txt"},
            'attachment; filename=" 1.txt"; '
            "filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82%201.txt",
        ),
    ],
    ids=["attachment", "inline-renamed", "space-quoted", "quote-escaped", "latin", "cyrillic"],
)
def test_send_file_content_disposition(
    impl: ModuleType, app: Any, kwargs: dict[str, Any], expected: str
) -> None:
    response = sent(app, lambda: impl.send_file("static/hello.txt", **kwargs))
    assert response.headers["Content-Disposition"] == expected


def test_send_file_bytesio_needs_mimetype_or_name(impl: ModuleType, app: Any) -> None:
    app.testing = True
    with pytest.raises(TypeError, match="Unable to detect the MIME type"):
        sent(app, lambda: impl.send_file(io.BytesIO(b"data")))


def test_send_file_bytesio_with_name_is_sent(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file(io.BytesIO(b"a,b\n"), download_name="t.csv"))
    assert (response.content_type, response.headers["Content-Length"], response.data) == (
        "text/csv; charset=utf-8",
        "4",
        b"a,b\n",
    )


def test_send_file_bytesio_attachment_without_name_raises(impl: ModuleType, app: Any) -> None:
    app.testing = True
    with pytest.raises(TypeError, match="No name provided for attachment"):
        sent(
            app, lambda: impl.send_file(io.BytesIO(b"x"), mimetype="text/plain", as_attachment=True)
        )


def test_send_file_text_mode_file_raises(impl: ModuleType, app: Any) -> None:
    app.testing = True
    with pytest.raises(ValueError):
        sent(app, lambda: impl.send_file(io.StringIO("x"), mimetype="text/plain"))


def test_send_file_bytesio_range(impl: ModuleType, app: Any) -> None:
    response = sent(
        app,
        lambda: impl.send_file(io.BytesIO(b"0123456789"), mimetype="text/plain"),
        headers={"Range": "bytes=2-4"},
    )
    assert (response.status_code, response.data) == (206, b"234")


def test_send_file_string_etag_is_quoted(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file("static/hello.txt", etag="v1"))
    assert response.headers["ETag"] == '"v1"'


def test_send_file_etag_false_sends_none(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file("static/hello.txt", etag=False))
    assert "ETag" not in response.headers


def test_send_file_last_modified_argument_wins(impl: ModuleType, app: Any) -> None:
    stamp = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    response = sent(app, lambda: impl.send_file("static/hello.txt", last_modified=stamp))
    assert response.headers["Last-Modified"] == "Thu, 02 Jan 2020 03:04:05 GMT"


def test_send_file_conditional_false_ignores_range(impl: ModuleType, app: Any) -> None:
    response = sent(
        app,
        lambda: impl.send_file("static/blob.bin", conditional=False),
        headers={"Range": "bytes=0-1"},
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("setting", "expected"),
    [(None, "no-cache"), (60, "public, max-age=60"), (timedelta(hours=1), "public, max-age=3600")],
    ids=["default-none", "seconds", "timedelta"],
)
def test_send_file_max_age_from_config(
    impl: ModuleType, app: Any, setting: Any, expected: str
) -> None:
    app.config["SEND_FILE_MAX_AGE_DEFAULT"] = setting
    response = sent(app, lambda: impl.send_file("static/hello.txt"))
    assert response.headers["Cache-Control"] == expected


def test_send_file_max_age_sets_expires(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_file("static/hello.txt", max_age=60))
    assert "Expires" in response.headers


def test_get_send_file_max_age_override_reaches_static(impl: ModuleType, project: Any) -> None:
    class LongCssFlask(impl.Flask):  # type: ignore[name-defined,misc]
        def get_send_file_max_age(self, filename: str | None) -> int | None:
            return 86400 if filename and filename.endswith(".css") else None

    client = LongCssFlask("css", root_path=str(project)).test_client()
    assert (
        client.get("/static/app.css").headers["Cache-Control"],
        client.get("/static/hello.txt").headers["Cache-Control"],
    ) == ("public, max-age=86400", "no-cache")


def test_send_file_use_x_sendfile_sends_path_not_bytes(impl: ModuleType, app: Any) -> None:
    app.config["USE_X_SENDFILE"] = True
    response = sent(app, lambda: impl.send_file("static/hello.txt"))
    assert (response.headers["X-Sendfile"].endswith("static/hello.txt"), response.data) == (
        True,
        b"",
    )


def test_send_from_directory_sends_file(impl: ModuleType, app: Any) -> None:
    response = sent(app, lambda: impl.send_from_directory("static", "sub/inner.txt"))
    assert response.data == STATIC["sub/inner.txt"]


def test_send_from_directory_missing_file_is_404(impl: ModuleType, app: Any) -> None:
    assert sent(app, lambda: impl.send_from_directory("static", "nope.txt")).status_code == 404


def test_send_from_directory_passes_options_on(impl: ModuleType, app: Any) -> None:
    response = sent(
        app, lambda: impl.send_from_directory("static", "hello.txt", as_attachment=True)
    )
    assert response.headers["Content-Disposition"] == "attachment; filename=hello.txt"


def test_send_file_body_is_file_blocks_closed_with_response(project: Any) -> None:
    import stage08_templates
    from stage08_templates.file_blocks import FileBlocks

    app = stage08_templates.Flask("blocks", root_path=str(project))
    with app.test_request_context():
        response = stage08_templates.send_file("static/blob.bin")
    body = response.response
    response.close()
    assert (isinstance(body, FileBlocks), body.file.closed) == (True, True)


def test_file_blocks_reads_in_blocks_of_given_size() -> None:
    from stage08_templates.file_blocks import FileBlocks

    chunks = list(FileBlocks(io.BytesIO(STATIC["blob.bin"]), block_size=1000))
    assert ([len(c) for c in chunks[-2:]], len(chunks)) == ([1000, 240], 11)


def test_file_blocks_window_reads_only_the_range() -> None:
    from stage08_templates.file_blocks import FileBlocks

    blocks = FileBlocks(io.BytesIO(b"0123456789"), block_size=2)
    blocks.window(3, 5)
    assert b"".join(blocks) == b"34567"
