"""``get_host``: the one answer to "which host was this request sent to?".

Mirrors ``get_host`` in werkzeug/wsgi.py and werkzeug/sansio/utils.py (Werkzeug 3.1.9).
The request, the router (stage 4) and the app's trusted-host check (stage 5) all
ask it here, so they cannot disagree about ``[::1]`` or a default port.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

#: The port a scheme implies; a host naming it is written without it (RFC 9110 section 4.2).
DEFAULT_PORTS = {"http": 80, "ws": 80, "https": 443, "wss": 443}

#: A host name or IPv4 address, or a bracketed IPv6 literal (RFC 3986 section 3.2.2),
#: then an optional port. Anything else in a ``Host`` header is treated as no host.
_HOST_RE = re.compile(
    r"(?P<name>[a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(?::(?P<port>[1-9][0-9]{0,4}))?",
    re.ASCII | re.IGNORECASE,
)


# --8<-- [start:get_host]
@lru_cache(maxsize=256)  # a server sees a few hosts, over and over: check each once
def split_host(host: str) -> tuple[str, int | None] | None:
    """``"example.com:8080"`` -> ``("example.com", 8080)``, ``"[::1]"`` -> ``("[::1]", None)``.

    ``None`` when ``host`` is not a well-formed host: stray characters, a port over 65535.
    """
    found = _HOST_RE.fullmatch(host)
    if found is None:
        return None
    port = None if found["port"] is None else int(found["port"])
    if port is not None and port > 65535:
        return None
    return found["name"], port


def _announced_host(environ: Mapping[str, Any]) -> str | None:
    """What the client sent as ``Host``, else the server's own ``name:port``.

    ``None`` when neither is there: an HTTP/1.0 request without ``Host`` to a
    server on a Unix socket (no numeric ``SERVER_PORT``).
    """
    if "HTTP_HOST" in environ:
        return str(environ["HTTP_HOST"])
    name = environ.get("SERVER_NAME")
    try:
        port = int(environ.get("SERVER_PORT", ""))
    except ValueError:
        return None
    if name is None:
        return None
    if ":" in name and not name.startswith("["):  # an IPv6 literal needs its brackets
        name = f"[{name}]"
    return f"{name}:{port}"


def get_host(environ: Mapping[str, Any]) -> str:
    """``"example.com"``, ``"example.com:8080"`` or ``"[::1]"``; ``""`` if there is no valid host.

    The scheme's default port is left out: ``Host: example.com:80`` over http
    and ``SERVER_NAME="::1", SERVER_PORT="80"`` give ``"example.com"`` and ``"[::1]"``.
    """
    announced = _announced_host(environ)
    parts = None if announced is None else split_host(announced)
    if parts is None:
        return ""
    name, port = parts
    if port is None or port == DEFAULT_PORTS.get(environ.get("wsgi.url_scheme", "http")):
        return name
    return f"{name}:{port}"


# --8<-- [end:get_host]
