"""Session cookies made by hand with itsdangerous, independent of either implementation.

A cookie is ``payload.timestamp.signature``: the payload is URL-safe base64 of the JSON
(``.``-prefixed when zlib-compressed), signed together with the timestamp using an
HMAC-SHA1 key derived from the secret key and the salt ``"cookie-session"``.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from typing import Any
from unittest import mock

from itsdangerous import TimestampSigner
from itsdangerous.encoding import base64_encode

from .impls import SECRET

SALT = "cookie-session"


def signer(
    key: Any = SECRET, salt: str = SALT, digest: Any = hashlib.sha1, derivation: str = "hmac"
) -> TimestampSigner:
    return TimestampSigner(key, salt=salt, key_derivation=derivation, digest_method=digest)


def encode(payload: bytes, compress: bool = False) -> bytes:
    """The payload part of a cookie: base64 of ``payload``, optionally zlib first."""
    if compress:
        return b"." + base64_encode(zlib.compress(payload))
    return base64_encode(payload)


def sign_raw(payload_part: bytes, timestamp: int | None = None, **signer_options: Any) -> str:
    """Sign an already-encoded payload part, at ``timestamp`` (default: now)."""
    chosen = signer(**signer_options)
    if timestamp is None:
        return chosen.sign(payload_part).decode()
    with mock.patch.object(TimestampSigner, "get_timestamp", lambda self: timestamp):
        return chosen.sign(payload_part).decode()


def sign_json(text: str, timestamp: int | None = None, **signer_options: Any) -> str:
    """A validly signed cookie whose payload is exactly ``text``."""
    return sign_raw(encode(text.encode()), timestamp, **signer_options)


def sign_data(data: dict[str, Any], timestamp: int | None = None, **signer_options: Any) -> str:
    """A validly signed cookie holding plain-JSON ``data``, as either app would write it."""
    text = json.dumps(data, separators=(",", ":"), sort_keys=True)
    return sign_json(text, timestamp, **signer_options)
