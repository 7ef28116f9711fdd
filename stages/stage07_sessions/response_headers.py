"""What saving a session adds to the response besides the cookie itself.

Mirrors the ``response.vary`` header set of werkzeug/sansio/response.py and the size
check in ``werkzeug.http.dump_cookie`` (Werkzeug 3.1.9), the two pieces of Werkzeug's
response that Flask's ``save_session`` leans on and stage 3's response does not have.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stage05_app.wrappers import Response


def add_vary(response: Response, header: str) -> None:
    """Add ``header`` to the response's ``Vary`` list, once (names compare case-insensitively).

    ``Vary: Cookie`` tells a cache that two requests with different cookies may get
    different answers (RFC 9110, section 12.5.5).
    """
    current = response.headers.get("Vary")
    if not current:
        response.headers["Vary"] = header
        return
    present = [name.strip() for name in current.split(",") if name.strip()]
    if header.lower() not in {name.lower() for name in present}:
        response.headers["Vary"] = ", ".join([*present, header])


def warn_if_cookie_too_large(name: str, value: str, limit: int | None) -> None:
    """Browsers silently drop a cookie over about 4 KB (RFC 6265, section 6.1): say so.

    ``limit`` is ``MAX_COOKIE_SIZE`` (4093 by default); 0 or None turns the check off.
    """
    size = len(name) + 1 + len(value)
    if limit and size > limit:
        warnings.warn(
            f"The {name!r} cookie is {size} bytes, over MAX_COOKIE_SIZE ({limit}): browsers"
            " may ignore it and the session will seem lost. Keep less in the session, or"
            " store it server-side with another SessionInterface.",
            stacklevel=3,
        )
