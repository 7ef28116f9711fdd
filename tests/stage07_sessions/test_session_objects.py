"""``SecureCookieSession`` and ``NullSession`` on their own, against Flask's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from .impls import impl as impl  # noqa: F401 - the fixture

#: Each write a dict allows, and whether it changes this session ``{"a": 1}``.
WRITES: list[tuple[str, Callable[[Any], Any], bool]] = [
    ("setitem", lambda s: s.__setitem__("b", 2), True),
    ("setitem-same-value", lambda s: s.__setitem__("a", 1), True),
    ("delitem", lambda s: s.__delitem__("a"), True),
    ("clear", lambda s: s.clear(), True),
    ("popitem", lambda s: s.popitem(), True),
    ("update", lambda s: s.update(b=2), True),
    ("ior", lambda s: s.__ior__({"b": 2}), True),
    ("pop-present", lambda s: s.pop("a"), True),
    ("pop-missing-with-default", lambda s: s.pop("zz", None), False),
    ("setdefault-new", lambda s: s.setdefault("b", 2), True),
    ("setdefault-present", lambda s: s.setdefault("a", 5), False),
    ("permanent", lambda s: setattr(s, "permanent", True), True),
    ("get", lambda s: s.get("a"), False),
    ("getitem", lambda s: s["a"], False),
    ("contains", lambda s: "a" in s, False),
]


@pytest.mark.parametrize(("write", "changes"), [w[1:] for w in WRITES], ids=[w[0] for w in WRITES])
def test_secure_cookie_session_marks_modified_only_when_written(impl, write, changes):
    session = impl.sessions.SecureCookieSession({"a": 1})
    write(session)
    assert session.modified is changes


def test_secure_cookie_session_starts_unmodified_new_false_and_unaccessed(impl):
    session = impl.sessions.SecureCookieSession({"a": 1})
    assert (session.modified, session.new, session.accessed) == (False, False, False)


def test_secure_cookie_session_pop_missing_without_default_raises_key_error(impl):
    with pytest.raises(KeyError):
        impl.sessions.SecureCookieSession().pop("missing")


def test_secure_cookie_session_change_inside_a_value_goes_unseen(impl):
    session = impl.sessions.SecureCookieSession({"cart": []})
    session["cart"].append("apple")
    assert session.modified is False


def test_secure_cookie_session_is_a_dict(impl):
    assert impl.sessions.SecureCookieSession({"a": 1}) == {"a": 1}


def test_session_permanent_is_stored_in_the_data(impl):
    session = impl.sessions.SecureCookieSession()
    session.permanent = 1
    assert (session.permanent, dict(session)) == (True, {"_permanent": True})


NULL_WRITES = [
    ("setitem", lambda s: s.__setitem__("a", 1)),
    ("delitem", lambda s: s.__delitem__("a")),
    ("clear", lambda s: s.clear()),
    ("pop", lambda s: s.pop("a", None)),
    ("popitem", lambda s: s.popitem()),
    ("update", lambda s: s.update(a=1)),
    ("setdefault", lambda s: s.setdefault("a", 1)),
    ("permanent", lambda s: setattr(s, "permanent", True)),
]


@pytest.mark.parametrize("write", [w[1] for w in NULL_WRITES], ids=[w[0] for w in NULL_WRITES])
def test_null_session_write_raises_runtime_error_naming_secret_key(impl, write):
    with pytest.raises(RuntimeError, match="no secret key was set"):
        write(impl.sessions.NullSession())


def test_null_session_reads_as_empty(impl):
    session = impl.sessions.NullSession()
    assert (session.get("a", "default"), "a" in session, len(session)) == ("default", False, 0)


def test_session_interface_recognises_its_null_session(impl):
    interface = impl.sessions.SecureCookieSessionInterface()
    app = impl.Flask("null")
    null = interface.make_null_session(app)
    assert interface.is_null_session(null) and not interface.is_null_session({})


@pytest.mark.parametrize("method", ["open_session", "save_session"])
def test_session_interface_base_leaves_storage_to_subclasses(impl, method):
    interface = impl.sessions.SessionInterface()
    args = (impl.Flask("base"), None) if method == "open_session" else (None, None, None)
    with pytest.raises(NotImplementedError):
        getattr(interface, method)(*args)


def test_secure_cookie_interface_signs_as_flask_does(impl):
    interface = impl.sessions.SecureCookieSessionInterface()
    assert (interface.salt, interface.key_derivation, interface.digest_method().name) == (
        "cookie-session",
        "hmac",
        "sha1",
    )


def test_secure_cookie_interface_is_not_pickle_based(impl):
    assert impl.sessions.SecureCookieSessionInterface.pickle_based is False


@pytest.mark.parametrize("initial", [None, {"a": 1}, [("a", 1)]], ids=["none", "dict", "pairs"])
def test_secure_cookie_session_accepts_what_dict_accepts_and_none(impl, initial):
    assert impl.sessions.SecureCookieSession(initial) == dict(initial or {})
