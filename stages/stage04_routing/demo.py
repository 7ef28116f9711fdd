"""A small WSGI application routed by a stage-4 ``Map``: what ``python -m stage04_routing`` serves.

Mirrors the dispatch loop Werkzeug documents for ``MapAdapter`` (werkzeug/routing/map.py,
Werkzeug 3.1.9): bind the map to the request, match, call the view, and let any
``HTTPException`` (404, 405, a 308 redirect) answer for itself as a WSGI app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from stage03_request_response import Response

from .adapter import MapAdapter
from .exceptions import HTTPException
from .map import Map
from .rules import Rule

# --8<-- [start:url_map]
url_map = Map(
    [
        Rule("/", endpoint="index"),
        Rule("/hello/<name>", endpoint="hello"),
        Rule("/items/<int:item_id>", endpoint="item", methods=["GET"]),
        Rule("/items/<int:item_id>", endpoint="delete_item", methods=["DELETE"]),
        Rule("/docs/", endpoint="docs"),
        Rule("/old-hello/<name>", redirect_to="hello/<name>"),
        Rule("/files/<path:filename>", endpoint="files"),
    ]
)
# --8<-- [end:url_map]


def index(urls: MapAdapter) -> Response:
    links = [
        urls.build("hello", {"name": "world"}),
        urls.build("item", {"item_id": 42}),
        urls.build("docs"),
        urls.build("files", {"filename": "a dir/notes.txt"}),
        urls.build("hello", {"name": "ann", "lang": "en"}),
    ]
    return Response("\n".join(links) + "\n", mimetype="text/plain")


def hello(urls: MapAdapter, name: str) -> Response:
    return Response(f"Hello, {name}!\n", mimetype="text/plain")


def item(urls: MapAdapter, item_id: int) -> Response:
    return Response(f"item {item_id} (an {type(item_id).__name__})\n", mimetype="text/plain")


def delete_item(urls: MapAdapter, item_id: int) -> Response:
    return Response(f"deleted item {item_id}\n", mimetype="text/plain")


def docs(urls: MapAdapter) -> Response:
    return Response("the docs live under a trailing slash\n", mimetype="text/plain")


def files(urls: MapAdapter, filename: str) -> Response:
    return Response(f"file {filename!r}\n", mimetype="text/plain")


VIEWS: dict[str, Callable[..., Response]] = {
    "index": index,
    "hello": hello,
    "item": item,
    "delete_item": delete_item,
    "docs": docs,
    "files": files,
}


# --8<-- [start:application]
def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """Route one request: match, call the view, or let the HTTP exception answer."""
    urls = url_map.bind_to_environ(environ)
    try:
        endpoint, values = urls.match()
        response = VIEWS[endpoint](urls, **values)
    except HTTPException as e:
        return e(environ, start_response)  # 404, 405 and 308 are WSGI apps themselves
    return response(environ, start_response)


# --8<-- [end:application]
