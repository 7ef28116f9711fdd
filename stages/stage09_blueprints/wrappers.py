"""The request and response classes of the finished framework.

Mirrors flask/wrappers.py (Flask 3.1.3). What Flask's wrappers add to Werkzeug's was
built where its layer is: the routing facts and the config-backed limits in stage 5,
the app-context lookup in stage 6, ``vary`` and ``user_agent`` in stage 3. Stage 9
adds one thing real apps reach for that the lower stages leave out:
``response.cache_control``, Werkzeug's own cache-control object over our headers.
"""

from __future__ import annotations

from typing import Any

from werkzeug.datastructures import ResponseCacheControl
from werkzeug.http import parse_cache_control_header

from . import base

#: The request class: nothing left for stage 9 to add.
Request = base.Request


class Response(base.Response):
    """The lower stage's response, with ``Cache-Control`` as an object."""

    # --8<-- [start:cache_control]
    @property
    def cache_control(self) -> ResponseCacheControl:
        """``Cache-Control`` as an object: ``response.cache_control.max_age = 60`` writes it."""

        def write_back(control: Any) -> None:
            header = control.to_header()
            if header:
                self.headers["Cache-Control"] = header
            else:
                self.headers.pop("Cache-Control", None)

        return parse_cache_control_header(
            self.headers.get("Cache-Control"), write_back, ResponseCacheControl
        )

    # --8<-- [end:cache_control]
