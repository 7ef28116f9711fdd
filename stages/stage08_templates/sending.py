"""``send_file`` and ``send_from_directory``: ``file_response`` with the app's settings.

Mirrors ``send_file``/``send_from_directory`` in flask/helpers.py (Flask 3.1.3) over
werkzeug/utils.py (Werkzeug 3.1.9). Flask's versions only fill in what the app knows:
the request's environ, ``response_class``, ``root_path`` for relative paths,
``USE_X_SENDFILE`` and ``get_send_file_max_age``. The HTTP work is ``file_response``'s.
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import IO, Any

from stage03_request_response import Response
from stage04_routing import NotFound
from stage06_contexts.globals import current_app, request

from .file_response import MaxAge, file_response
from .safe_join import safe_join


# --8<-- [start:send_file]
def send_file(
    path_or_file: os.PathLike[str] | str | IO[bytes],
    mimetype: str | None = None,
    as_attachment: bool = False,
    download_name: str | None = None,
    conditional: bool = True,
    etag: bool | str = True,
    last_modified: datetime | int | float | None = None,
    max_age: MaxAge = None,
) -> Response:
    """``return send_file("reports/q1.pdf", as_attachment=True)`` from a view.

    A relative path starts at the app's ``root_path``. Never pass a path a client
    chose: use ``send_from_directory``, which refuses to leave its folder.
    """
    app = current_app._get_current_object()
    return file_response(
        path_or_file,
        request.environ,
        mimetype=mimetype,
        as_attachment=as_attachment,
        download_name=download_name,
        conditional=conditional,
        etag=etag,
        last_modified=last_modified,
        max_age=app.get_send_file_max_age if max_age is None else max_age,
        use_x_sendfile=app.config["USE_X_SENDFILE"],
        response_class=app.response_class,
        root_path=app.root_path,
    )


def send_from_directory(
    directory: os.PathLike[str] | str, path: os.PathLike[str] | str, **kwargs: Any
) -> Response:
    """``send_from_directory("uploads", name)``: a file below ``directory``, or 404.

    ``path`` may come from the URL: ``safe_join`` refuses anything that would leave
    the folder, and a refused or missing file is the same 404.
    """
    folder = os.path.join(current_app.root_path, directory)
    joined = safe_join(os.fspath(folder), os.fspath(path))
    if joined is None or not os.path.isfile(joined):
        raise NotFound()
    return send_file(joined, **kwargs)


# --8<-- [end:send_file]
