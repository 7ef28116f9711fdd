"""Local, LocalStack and release_local: the same assertions against ours and Werkzeug's."""

from __future__ import annotations

import inspect
import threading
from contextvars import ContextVar, copy_context
from typing import Any

import pytest
import stage06_contexts.local
import werkzeug.local

from .threads import run_in_threads

pytestmark = pytest.mark.parametrize(
    "impl", [stage06_contexts.local, werkzeug.local], ids=["ours", "werkzeug"]
)


POK, KW = inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY
NO_DEFAULT = inspect.Parameter.empty
SIGNATURES = {
    "Local.__init__": [("self", POK, NO_DEFAULT), ("context_var", POK, None)],
    "Local.__call__": [
        ("self", POK, NO_DEFAULT), ("name", POK, NO_DEFAULT), ("unbound_message", KW, None),
    ],
    "LocalStack.__init__": [("self", POK, NO_DEFAULT), ("context_var", POK, None)],
    "LocalStack.push": [("self", POK, NO_DEFAULT), ("obj", POK, NO_DEFAULT)],
    "LocalStack.__call__": [
        ("self", POK, NO_DEFAULT), ("name", POK, None), ("unbound_message", KW, None),
    ],
    "LocalProxy.__init__": [
        ("self", POK, NO_DEFAULT), ("local", POK, NO_DEFAULT), ("name", POK, None),
        ("unbound_message", KW, None),
    ],
    "release_local": [("local", POK, NO_DEFAULT)],
}  # fmt: skip


@pytest.mark.parametrize(("dotted", "expected"), SIGNATURES.items(), ids=list(SIGNATURES))
def test_public_callable_takes_upstream_parameters(impl, dotted, expected):
    obj = impl
    for part in dotted.split("."):
        obj = getattr(obj, part)
    parameters = inspect.signature(obj).parameters.values()
    assert [(p.name, p.kind, p.default) for p in parameters] == expected


# Local


def test_local_attribute_reads_back_what_was_set(impl):
    data = impl.Local()
    data.user = "ann"
    assert data.user == "ann"


def test_local_missing_attribute_raises_attribute_error(impl):
    with pytest.raises(AttributeError, match="user"):
        impl.Local().user  # noqa: B018


def test_local_delattr_removes_attribute(impl):
    data = impl.Local()
    data.user = "ann"
    del data.user
    assert not hasattr(data, "user")


def test_local_delattr_raises_attribute_error_when_missing(impl):
    data = impl.Local()
    with pytest.raises(AttributeError, match="user"):
        del data.user


def test_local_iterates_name_value_pairs_of_current_context(impl):
    data = impl.Local()
    data.user, data.lang = "ann", "en"
    assert sorted(data) == [("lang", "en"), ("user", "ann")]


def test_local_stores_a_dict_in_the_given_context_var(impl):
    var: ContextVar[dict[str, Any]] = ContextVar("storage")
    data = impl.Local(var)
    data.user = "ann"
    assert var.get() == {"user": "ann"}


def test_local_set_does_not_change_a_context_copied_before(impl):
    data = impl.Local()
    data.user = "ann"
    earlier = copy_context()
    data.user = "bob"
    data.lang = "en"
    assert earlier.run(lambda: dict(data)) == {"user": "ann"}


def test_local_delete_does_not_change_a_context_copied_before(impl):
    data = impl.Local()
    data.user = "ann"
    earlier = copy_context()
    del data.user
    assert earlier.run(lambda: data.user) == "ann"


def test_local_set_inside_copied_context_stays_there(impl):
    data = impl.Local()
    data.user = "ann"

    def inside() -> str:
        data.user = "bob"
        return data.user

    assert copy_context().run(inside) == "bob"
    assert data.user == "ann"


def test_local_call_returns_proxy_to_attribute(impl):
    data = impl.Local()
    user = data("user")
    data.user = "ann"
    assert isinstance(user, impl.LocalProxy)
    assert user.upper() == "ANN"


def test_local_call_proxy_raises_unbound_message(impl):
    user = impl.Local()("user", unbound_message="no user logged in")
    with pytest.raises(RuntimeError, match="^no user logged in$"):
        user.upper()


def test_release_local_clears_local(impl):
    data = impl.Local()
    data.user = "ann"
    impl.release_local(data)
    assert list(data) == []


def test_release_local_leaves_context_copied_before(impl):
    data = impl.Local()
    data.user = "ann"
    earlier = copy_context()
    impl.release_local(data)
    assert earlier.run(lambda: data.user) == "ann"


def test_local_keeps_threads_apart(impl):
    data = impl.Local()
    data.user = "main"
    both_set = threading.Barrier(2, timeout=5)
    seen: dict[str, object] = {}

    def serve(name: str) -> None:
        seen[f"{name} before"] = getattr(data, "user", None)
        data.user = name
        both_set.wait()  # each thread has written before either reads
        seen[name] = data.user

    run_in_threads(serve, "a", "b")
    assert seen == {"a before": None, "b before": None, "a": "a", "b": "b"}
    assert data.user == "main"


# LocalStack


def test_stack_push_returns_new_stack(impl):
    stack = impl.LocalStack()
    stack.push(1)
    assert stack.push(2) == [1, 2]


def test_stack_push_does_not_change_a_stack_returned_before(impl):
    stack = impl.LocalStack()
    first = stack.push(1)
    stack.push(2)
    assert first == [1]


def test_stack_top_is_last_pushed(impl):
    stack = impl.LocalStack()
    stack.push(1)
    stack.push(2)
    assert stack.top == 2


def test_stack_top_is_none_when_empty(impl):
    assert impl.LocalStack().top is None


def test_stack_pop_returns_old_top_and_uncovers_previous(impl):
    stack = impl.LocalStack()
    stack.push(1)
    stack.push(2)
    assert (stack.pop(), stack.top) == (2, 1)


def test_stack_pop_returns_none_when_empty(impl):
    assert impl.LocalStack().pop() is None


def test_stack_stores_a_list_in_the_given_context_var(impl):
    var: ContextVar[list[int]] = ContextVar("stack")
    stack = impl.LocalStack(var)
    stack.push(1)
    assert var.get() == [1]


def test_stack_push_inside_copied_context_stays_there(impl):
    stack = impl.LocalStack()
    stack.push("app")
    assert copy_context().run(lambda: stack.push("request")) == ["app", "request"]
    assert stack.top == "app"


def test_stack_call_returns_proxy_to_top(impl):
    stack = impl.LocalStack()
    top = stack()
    stack.push({"user": "ann"})
    assert top["user"] == "ann"


def test_stack_call_with_name_proxies_attribute_of_top(impl):
    stack = impl.LocalStack()
    upper = stack("upper")
    stack.push("ann")
    assert upper() == "ANN"


def test_stack_call_proxy_raises_unbound_message_when_empty(impl):
    top = impl.LocalStack()(unbound_message="no app pushed")
    with pytest.raises(RuntimeError, match="^no app pushed$"):
        top.name  # noqa: B018


def test_release_local_empties_stack(impl):
    stack = impl.LocalStack()
    stack.push(1)
    impl.release_local(stack)
    assert stack.top is None


def test_stack_keeps_threads_apart(impl):
    stack = impl.LocalStack()
    both_pushed = threading.Barrier(2, timeout=5)
    seen: dict[str, object] = {}

    def serve(name: str) -> None:
        stack.push(name)
        both_pushed.wait()
        seen[name] = stack.pop()
        seen[f"{name} after"] = stack.top

    run_in_threads(serve, "a", "b")
    assert seen == {"a": "a", "b": "b", "a after": None, "b after": None}
