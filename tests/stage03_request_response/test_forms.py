"""Form bodies: urlencoded and multipart, uploaded files, limits and malformed input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from stage03_request_response import BadRequest, Request, RequestEntityTooLarge
from werkzeug.test import EnvironBuilder

from .impls import IMPLS


def multipart_environ(**kwargs):  # type: ignore[no-untyped-def]
    return EnvironBuilder("/", method="POST", **kwargs).get_environ()


def a_file() -> dict:
    """One small file field: with a file in ``data`` the builder encodes multipart."""
    return {"attachment": (io.BytesIO(b"x"), "x.txt")}


def raw_multipart(body: bytes, boundary: str = "XyZ") -> dict:
    return EnvironBuilder(
        "/",
        method="POST",
        input_stream=io.BytesIO(body),
        content_type=f"multipart/form-data; boundary={boundary}",
        content_length=len(body),
    ).get_environ()


def upload() -> dict:
    """A fresh form each time: the builder consumes (and closes) the file objects."""
    return {
        "title": "holiday",
        "photo": (io.BytesIO(b"\x89PNG...binary\r\n"), "beach.png", "image/png"),
    }


@IMPLS
def test_multipart_text_field_lands_in_form(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(multipart_environ(data=upload()))
    assert request.form["title"] == "holiday"


@IMPLS
def test_multipart_file_keeps_name_filename_and_type(impl) -> None:  # type: ignore[no-untyped-def]
    photo = impl.Request(multipart_environ(data=upload())).files["photo"]
    assert (photo.name, photo.filename, photo.content_type, photo.mimetype) == (
        "photo",
        "beach.png",
        "image/png",
        "image/png",
    )


@IMPLS
def test_multipart_file_content_is_exact_bytes(impl) -> None:  # type: ignore[no-untyped-def]
    upload = impl.Request(
        multipart_environ(
            data={"photo": (io.BytesIO(b"\x89PNG...binary\r\n--not-a-boundary\r\n"), "a.png")}
        )
    ).files["photo"]
    assert upload.read() == b"\x89PNG...binary\r\n--not-a-boundary\r\n"


@IMPLS
def test_request_close_closes_uploaded_files(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(multipart_environ(data=upload()))
    photo = request.files["photo"]
    request.close()
    assert photo.stream.closed


@IMPLS
def test_request_used_as_context_manager_closes_files_on_exit(impl) -> None:  # type: ignore[no-untyped-def]
    with impl.Request(multipart_environ(data=upload())) as request:
        photo = request.files["photo"]
    assert photo.stream.closed


@IMPLS
def test_multipart_file_save_writes_to_path(impl, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    upload = impl.Request(
        multipart_environ(data={"doc": (io.BytesIO(b"contents"), "doc.txt")})
    ).files["doc"]
    upload.save(tmp_path / "saved.txt")
    assert (tmp_path / "saved.txt").read_bytes() == b"contents"


@IMPLS
def test_multipart_repeated_files_are_all_kept(impl) -> None:  # type: ignore[no-untyped-def]
    data = {"f": [(io.BytesIO(b"1"), "one.txt"), (io.BytesIO(b"2"), "two.txt")]}
    files = impl.Request(multipart_environ(data=data)).files.getlist("f")
    assert [f.filename for f in files] == ["one.txt", "two.txt"]


@IMPLS
def test_multipart_large_file_is_read_completely(impl) -> None:  # type: ignore[no-untyped-def]
    big = bytes(range(256)) * 4096  # 1 MiB, past the in-memory spool size
    upload = impl.Request(multipart_environ(data={"f": (io.BytesIO(big), "big.bin")})).files["f"]
    assert upload.read() == big


@IMPLS
def test_multipart_field_over_memory_limit_is_413(impl) -> None:  # type: ignore[no-untyped-def]
    class Small(impl.Request):  # type: ignore[misc, name-defined]
        max_form_memory_size = 10

    request = Small(multipart_environ(data={"text": "x" * 100, **a_file()}))
    with pytest.raises(impl.RequestEntityTooLarge):
        request.form  # noqa: B018


@IMPLS
def test_multipart_too_many_parts_is_413(impl) -> None:  # type: ignore[no-untyped-def]
    class FewParts(impl.Request):  # type: ignore[misc, name-defined]
        max_form_parts = 2

    request = FewParts(multipart_environ(data={"a": "1", "b": "2", **a_file()}))
    with pytest.raises(impl.RequestEntityTooLarge):
        request.form  # noqa: B018


def test_urlencoded_body_over_memory_limit_is_413() -> None:
    """Deliberate difference: Werkzeug 3.1.9 applies max_form_memory_size to multipart
    fields only; we apply it to a urlencoded body too, which is held in memory whole."""

    class Small(Request):
        max_form_memory_size = 10

    request = Small(multipart_environ(data={"text": "x" * 100}))
    with pytest.raises(RequestEntityTooLarge):
        request.form  # noqa: B018


@pytest.mark.parametrize(
    "body",
    [
        b'--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated',
        b"no boundary anywhere",
        b"--XyZ\r\nBroken header line\r\n\r\nx\r\n--XyZ--\r\n",
    ],
    ids=["cut-off-part", "no-boundary", "bad-part-header"],
)
def test_malformed_multipart_is_400_not_a_crash(body: bytes) -> None:
    """Deliberate difference: Werkzeug 3.1.9 swallows a malformed multipart body and
    gives an empty ``form``; we answer 400, so the client learns its upload was broken."""
    with pytest.raises(BadRequest):
        Request(raw_multipart(body)).form  # noqa: B018


def test_werkzeug_gives_empty_form_for_malformed_multipart() -> None:
    from werkzeug.wrappers import Request as WerkzeugRequest

    body = b'--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated'
    assert len(WerkzeugRequest(raw_multipart(body)).form) == 0


@IMPLS
def test_multipart_handwritten_body_parses(impl) -> None:  # type: ignore[no-untyped-def]
    body = (
        b'--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\none\r\n'
        b'--XyZ\r\nContent-Disposition: form-data; name="b"\r\n\r\ntwo\r\nlines\r\n'
        b"--XyZ--\r\n"
    )
    form = impl.Request(raw_multipart(body)).form
    assert (form["a"], form["b"]) == ("one", "two\r\nlines")


@IMPLS
def test_form_body_is_not_in_data(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(multipart_environ(data={"a": "1"}))
    assert (request.data, request.form["a"]) == (b"", "1")


@IMPLS
def test_non_form_body_leaves_form_empty(impl) -> None:  # type: ignore[no-untyped-def]
    request = impl.Request(multipart_environ(data=b"{}", content_type="application/json"))
    assert (len(request.form), request.get_data()) == (0, b"{}")
