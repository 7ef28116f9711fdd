"""Sessions: a dict that remembers whether it changed, and the object that stores it.

Mirrors flask/sessions.py (Flask 3.1.3). The app never touches cookies itself: at the
start of a request it asks ``app.session_interface`` to *open* a session from the
request, and at the end to *save* it into the response. The default interface keeps
the whole session in a cookie, signed with ``SECRET_KEY`` by itsdangerous, so the
client can read it but cannot change it. Any other store (a database, Redis, files)
is a subclass of :class:`SessionInterface` with its own ``open_session`` and
``save_session``.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import MutableMapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NoReturn

from itsdangerous import BadData, URLSafeTimedSerializer

from .json.tag import TaggedJSONSerializer
from .tracking import ChangeTrackingDict

if TYPE_CHECKING:
    from stage05_app.wrappers import Request, Response

    from .app import Flask


# --8<-- [start:session_classes]
class SessionMixin(MutableMapping[str, Any]):
    """What the app expects of any session object, beyond being a dict."""

    @property
    def permanent(self) -> bool:
        """Whether the cookie outlives the browser (``PERMANENT_SESSION_LIFETIME``).

        Stored in the session itself, under ``"_permanent"``, so it survives the round trip.
        """
        return bool(self.get("_permanent", False))

    @permanent.setter
    def permanent(self, value: bool) -> None:
        self["_permanent"] = bool(value)

    #: True if the store knows this session was just created. The signed cookie cannot
    #: tell "new" from "empty", so it leaves this False; a server-side store can set it.
    new = False
    #: True when the data changed and must be saved. A store that cannot track changes
    #: keeps True, so it always saves.
    modified = True
    #: True once the request read the session (through ``session``): the response then
    #: depends on the cookie, and says so with ``Vary: Cookie`` so caches keep them apart.
    accessed = False


class SecureCookieSession(ChangeTrackingDict, SessionMixin):  # type: ignore[misc]
    """The session the signed cookie holds: a dict that sets ``modified`` on every write.

    Only writes to the session itself count: ``session["cart"].append(x)`` changes a
    list *inside* it, unseen; set ``session.modified = True`` after such a change.
    """

    modified = False

    def changed(self) -> None:
        self.modified = True


NO_SECRET_KEY_MESSAGE = (
    "The session is unavailable because no secret key was set. Set the secret_key on"
    " the application (app.secret_key, or the SECRET_KEY setting) to something unique"
    " and secret, such as the output of `python -c 'import secrets;"
    " print(secrets.token_hex())'`; the cookie is signed with it."
)


class NullSession(SecureCookieSession):
    """The session of an app without ``SECRET_KEY``: readable (always empty), never writable."""

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise RuntimeError(NO_SECRET_KEY_MESSAGE)

    __setitem__ = __delitem__ = clear = pop = popitem = update = setdefault = _refuse
    __ior__ = _refuse  # type: ignore[assignment]


# --8<-- [end:session_classes]


# --8<-- [start:session_interface]
class SessionInterface:
    """Where sessions live. Subclass it and set ``app.session_interface`` to change that.

    Only ``open_session`` and ``save_session`` must be written; everything else reads
    the app's config. Requests that share a session may run at the same time, in any
    order: a store that is not a cookie must decide how concurrent saves combine.
    """

    #: What ``make_null_session`` builds and ``is_null_session`` recognises.
    null_session_class: type[SessionMixin] = NullSession
    #: Tells extensions the session data goes through pickle. Nothing here does.
    pickle_based = False

    def make_null_session(self, app: Flask) -> SessionMixin:
        """The stand-in used when ``open_session`` returned None (no secret key, say)."""
        return self.null_session_class()

    def is_null_session(self, obj: object) -> bool:
        """True for the stand-in: the app never asks to save it."""
        return isinstance(obj, self.null_session_class)

    # The cookie's name and attributes, one method each so a subclass can change one.
    def get_cookie_name(self, app: Flask) -> str:
        return str(app.config["SESSION_COOKIE_NAME"])

    def get_cookie_domain(self, app: Flask) -> str | None:
        """``Domain``: None (the default) means this host only, no subdomains."""
        return app.config["SESSION_COOKIE_DOMAIN"]  # type: ignore[no-any-return]

    def get_cookie_path(self, app: Flask) -> str:
        """``Path``: ``SESSION_COOKIE_PATH``, else the app's root (``APPLICATION_ROOT``)."""
        return app.config["SESSION_COOKIE_PATH"] or app.config["APPLICATION_ROOT"]  # type: ignore[no-any-return]

    def get_cookie_httponly(self, app: Flask) -> bool:
        """``HttpOnly``: hidden from page scripts (on by default)."""
        return bool(app.config["SESSION_COOKIE_HTTPONLY"])

    def get_cookie_secure(self, app: Flask) -> bool:
        """``Secure``: sent over HTTPS only."""
        return bool(app.config["SESSION_COOKIE_SECURE"])

    def get_cookie_samesite(self, app: Flask) -> str | None:
        """``SameSite``: ``"Lax"``, ``"Strict"``, ``"None"`` or None (no attribute)."""
        return app.config["SESSION_COOKIE_SAMESITE"]  # type: ignore[no-any-return]

    def get_cookie_partitioned(self, app: Flask) -> bool:
        """``Partitioned`` (CHIPS): a separate cookie jar per top-level site. Flask 3.1."""
        return bool(app.config["SESSION_COOKIE_PARTITIONED"])

    def cookie_options(self, app: Flask) -> dict[str, Any]:
        """Every attribute above, as keyword arguments of ``set_cookie``/``delete_cookie``."""
        return {
            "domain": self.get_cookie_domain(app),
            "path": self.get_cookie_path(app),
            "secure": self.get_cookie_secure(app),
            "httponly": self.get_cookie_httponly(app),
            "samesite": self.get_cookie_samesite(app),
            "partitioned": self.get_cookie_partitioned(app),
        }

    def get_expiration_time(self, app: Flask, session: SessionMixin) -> datetime | None:
        """When a permanent session's cookie expires; None: when the browser closes."""
        if not session.permanent:
            return None
        return datetime.now(UTC) + app.permanent_session_lifetime

    def should_set_cookie(self, app: Flask, session: SessionMixin) -> bool:
        """Send the cookie again? When it changed, or to push a permanent one's expiry on.

        ``SESSION_REFRESH_EACH_REQUEST`` (on by default) makes an active user's permanent
        session slide forward; off, it expires a fixed time after the last change.
        """
        if session.modified:
            return True
        return session.permanent and bool(app.config["SESSION_REFRESH_EACH_REQUEST"])

    def open_session(self, app: Flask, request: Request) -> SessionMixin | None:
        """The request's session; None when sessions cannot work (the app then uses
        ``make_null_session``). Called as the request context is pushed."""
        raise NotImplementedError(f"{type(self).__name__} must define open_session()")

    def save_session(self, app: Flask, session: SessionMixin, response: Response) -> None:
        """Store ``session``, usually by setting a cookie on ``response``. Called at the
        end of ``process_response``, after the ``after_request`` hooks."""
        raise NotImplementedError(f"{type(self).__name__} must define save_session()")


# --8<-- [end:session_interface]


def _sha1(data: bytes = b"") -> Any:
    # Looked up when called, not at import: builds without SHA-1 (FIPS) can still
    # import the module and configure another digest.
    return hashlib.sha1(data)


#: The one serializer every cookie interface shares: it holds no per-app state.
session_json_serializer = TaggedJSONSerializer()


@functools.lru_cache(maxsize=32)
def _signing_serializer(
    keys: tuple[str | bytes, ...],
    salt: str,
    serializer: Any,
    key_derivation: str,
    digest_method: Any,
) -> URLSafeTimedSerializer:
    """One itsdangerous serializer per distinct set of settings, reused across requests.

    Flask builds a new one for each request; it holds nothing but these settings, so
    sharing it is safe, and it saves about a tenth of a session request's time.
    """
    return URLSafeTimedSerializer(
        list(keys),  # type: ignore[arg-type]  # mixed str and bytes keys are fine at runtime
        salt=salt,
        serializer=serializer,
        signer_kwargs={"key_derivation": key_derivation, "digest_method": digest_method},
    )


# --8<-- [start:secure_cookie]
class SecureCookieSessionInterface(SessionInterface):
    """The default: the whole session in one cookie, signed with the app's secret key.

    The cookie is ``base64(json) "." base64(timestamp) "." base64(signature)``: anyone
    can decode the data, nobody without the key can change it or make it look newer.
    """

    #: Mixed into the key, so a signature made for something else (a password-reset
    #: token signed with the same secret) is not a valid session signature.
    salt = "cookie-session"
    #: The hash under the HMAC. SHA-1 is still sound in HMAC, and what Flask uses.
    digest_method = staticmethod(_sha1)
    #: How itsdangerous turns secret key and salt into the signing key.
    key_derivation = "hmac"
    #: Turns the session dict into text and back (tagged JSON, never pickle).
    serializer = session_json_serializer
    #: The class ``open_session`` builds.
    session_class = SecureCookieSession

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """itsdangerous' signer for this app, or None without a secret key.

        Keys go oldest first: itsdangerous signs with the last (``SECRET_KEY``) and
        accepts a signature made by any of them (``SECRET_KEY_FALLBACKS``, Flask 3.1).
        """
        if not app.secret_key:
            return None
        keys = (*(app.config["SECRET_KEY_FALLBACKS"] or ()), app.secret_key)
        settings = (keys, self.salt, self.serializer, self.key_derivation, self.digest_method)
        try:
            return _signing_serializer(*settings)
        except TypeError:  # an unhashable setting (a bytearray key): build it each time
            return _signing_serializer.__wrapped__(*settings)

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        """The cookie's data if its signature holds and it is young enough; else empty."""
        serializer = self.get_signing_serializer(app)
        if serializer is None:
            return None
        cookie = request.cookies.get(self.get_cookie_name(app))
        if not cookie:
            return self.session_class()
        max_age = int(app.permanent_session_lifetime.total_seconds())
        try:
            data = serializer.loads(cookie, max_age=max_age)
        except BadData:
            # Forged, expired, signed with a retired key, or unreadable once verified:
            # start afresh. (Flask catches only BadSignature; see the chapter.)
            return self.session_class()
        if not isinstance(data, dict):
            return self.session_class()
        return self.session_class(data)

    def save_session(self, app: Flask, session: SessionMixin, response: Response) -> None:
        """Set the signed cookie, delete it when the session was emptied, or do nothing."""
        name = self.get_cookie_name(app)
        options = self.cookie_options(app)
        if session.accessed:
            response.vary.add("Cookie")
        if not session:
            if session.modified:  # emptied during this request: tell the browser to drop it
                response.delete_cookie(name, **options)
                response.vary.add("Cookie")
            return
        if not self.should_set_cookie(app, session):
            return
        serializer = self.get_signing_serializer(app)
        if serializer is None:
            raise RuntimeError(NO_SECRET_KEY_MESSAGE)
        value = serializer.dumps(dict(session))
        expires = self.get_expiration_time(app, session)
        response.set_cookie(name, value, expires=expires, **options)
        response.vary.add("Cookie")


# --8<-- [end:secure_cookie]
