"""``request.user_agent``: the ``User-Agent`` header, as an object a parser can extend.

Mirrors werkzeug/user_agent.py (Werkzeug 3.1.9). Werkzeug stopped guessing browsers
and platforms from the header in 2.1 (the guesses went stale as browsers changed their
strings); its ``UserAgent`` keeps the string and leaves ``platform``, ``browser``,
``version`` and ``language`` to a subclass that brings a real parser
(``Request.user_agent_class``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .utils import cached_property

if TYPE_CHECKING:
    from .headers import Headers


class UserAgent:
    """``UserAgent("curl/8.5.0").string`` -> ``"curl/8.5.0"``; the parsed fields are None."""

    #: What a parsing subclass fills in; this class does not guess.
    platform: str | None = None
    browser: str | None = None
    version: str | None = None
    language: str | None = None

    def __init__(self, string: str) -> None:
        #: The header as the client sent it ("" when it sent none).
        self.string = string

    def to_header(self) -> str:
        return self.string

    def __str__(self) -> str:
        return self.string

    def __bool__(self) -> bool:
        """True when a parser recognised a browser (never, without one): Werkzeug's rule."""
        return bool(self.browser)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.browser!r}/{self.version!r}>"


class UserAgentProperty:
    """Gives a request ``user_agent`` from its ``headers`` (Werkzeug 0.x: ``UserAgentMixin``)."""

    headers: Headers

    #: The class of ``request.user_agent``: set a subclass that parses the string, or any
    #: class that takes the header string (typed ``Any`` so that one need not subclass ours).
    user_agent_class: Any = UserAgent

    @cached_property
    def user_agent(self) -> Any:
        """A ``user_agent_class`` made from the header: ``request.user_agent.string``."""
        return self.user_agent_class(self.headers.get("User-Agent", ""))
