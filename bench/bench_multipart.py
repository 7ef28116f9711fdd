"""Multipart parsing throughput: stage 3's ``Request.files`` against Werkzeug's.

Two bodies of the same size: a normal upload (three text fields and a file of
random bytes, as a browser sends a form) and a newline-heavy one (a file made of
``\\n``, the worst case for a parser that reads line by line). Both parsers read
from an in-memory stream, so what is timed is the splitting and the copying.
The target is at least 0.5x Werkzeug on both.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from typing import Any

import stage03_request_response
import werkzeug.wrappers
from werkzeug.test import EnvironBuilder

from bench.harness import Table, interleaved_rates, ratio

BOUNDARY = "----benchboundary7MA4YWxkTrZu0gW"


def _body(file_content: bytes) -> bytes:
    fields = b"".join(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in (("title", "holiday"), ("tags", "sea, sun"), ("public", "on"))
    )
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="photo"; '
        'filename="photo.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
    ).encode()
    return fields + head + file_content + f"\r\n--{BOUNDARY}--\r\n".encode()


def _parse(request_class: type, body: bytes) -> Callable[[], object]:
    environ = EnvironBuilder("/", method="POST").get_environ()
    # Set by hand: given a multipart type, the builder would encode its own body.
    environ["CONTENT_TYPE"] = f"multipart/form-data; boundary={BOUNDARY}"
    environ["CONTENT_LENGTH"] = str(len(body))

    def parse() -> object:
        request: Any = request_class({**environ, "wsgi.input": io.BytesIO(body)})
        request.max_content_length = None
        request.max_form_memory_size = None
        files = request.files
        size = len(files["photo"].read())
        request.close()
        return size

    return parse


def run(quick: bool = False) -> list[Table]:
    size = (1 << 20) if quick else (4 << 20)
    bodies = {
        "normal upload": _body(os.urandom(size)),
        "newline-heavy": _body(b"\n" * size),
    }
    rows = []
    for label, body in bodies.items():
        ours, theirs = interleaved_rates(
            [
                _parse(stage03_request_response.Request, body),
                _parse(werkzeug.wrappers.Request, body),
            ],
            seconds=1.0 if quick else 3.0,
        )
        megabytes = len(body) / (1 << 20)
        rows.append(
            [
                label,
                f"{megabytes:.1f} MiB",
                f"{ours * megabytes:,.0f} MiB/s",
                f"{theirs * megabytes:,.0f} MiB/s",
                ratio(ours, theirs),
            ]
        )
    return [
        Table(
            "Multipart: parse a form with one file",
            ["body", "size", "stage03", "werkzeug 3.1.9", "vs werkzeug"],
            rows,
            "Best of interleaved rounds; above 1x means we parse faster.",
        )
    ]
