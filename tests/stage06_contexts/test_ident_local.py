"""Why Werkzeug 2.0 replaced thread-ident locals with ContextVars, told as tests.

The ident ``Local`` keeps two threads apart, but two asyncio tasks on one thread share an
ident, so one task reads the other's value; the ContextVar ``Local`` keeps the same two tasks
apart. Every interleaving is forced with barriers and events, never with sleeps.
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
from typing import Any

import pytest
import stage06_contexts.ident_local as ident_local
import stage06_contexts.local as context_local
import werkzeug.local

from .threads import run_in_threads

BOTH_GENERATIONS = pytest.mark.parametrize(
    "generation", [ident_local, context_local], ids=["ident", "contextvar"]
)


async def what_task_a_reads_back(data: Any) -> str:
    """Task A sets ``user`` and waits; task B sets its own; then A reads ``user`` again."""
    a_has_set, b_has_set = asyncio.Event(), asyncio.Event()

    async def task_a() -> str:
        data.user = "a"
        a_has_set.set()
        await b_has_set.wait()
        return data.user  # type: ignore[no-any-return]

    async def task_b() -> None:
        await a_has_set.wait()
        data.user = "b"
        b_has_set.set()

    seen_by_a, _ = await asyncio.gather(task_a(), task_b())
    return seen_by_a


@BOTH_GENERATIONS
def test_local_keeps_two_threads_apart(generation):
    data = generation.Local()
    both_set = threading.Barrier(2, timeout=5)
    seen: dict[str, str] = {}

    def serve(name: str) -> None:
        data.user = name
        both_set.wait()  # both threads have written before either reads
        seen[name] = data.user

    run_in_threads(serve, "a", "b")
    assert seen == {"a": "a", "b": "b"}


def test_ident_local_mixes_up_two_asyncio_tasks_on_one_thread():
    assert asyncio.run(what_task_a_reads_back(ident_local.Local())) == "b"


@pytest.mark.parametrize("generation", [context_local, werkzeug.local], ids=["ours", "werkzeug"])
def test_context_var_local_keeps_two_asyncio_tasks_apart(generation):
    assert asyncio.run(what_task_a_reads_back(generation.Local())) == "a"


@BOTH_GENERATIONS
def test_release_local_clears_only_the_calling_threads_values(generation):
    data = generation.Local()
    both_set, released = threading.Barrier(2, timeout=5), threading.Barrier(2, timeout=5)
    seen: dict[str, object] = {}

    def serve(name: str) -> None:
        data.user = name
        both_set.wait()
        if name == "a":
            generation.release_local(data)
        released.wait()
        seen[name] = getattr(data, "user", None)

    run_in_threads(serve, "a", "b")
    assert seen == {"a": None, "b": "b"}


def test_ident_local_iterates_every_threads_namespace():
    data = ident_local.Local()
    data.user = "main"
    run_in_threads(lambda name: setattr(data, "user", name), "a")
    assert sorted(namespace["user"] for _, namespace in data) == ["a", "main"]


def test_ident_local_keeps_a_finished_threads_values_unless_released():
    data = ident_local.Local()
    both_done = threading.Barrier(2, timeout=5)  # both alive at once, so their idents differ

    def serve(name: str) -> None:
        data.user = name
        if name == "b":
            ident_local.release_local(data)
        both_done.wait()

    run_in_threads(serve, "a", "b")
    assert [namespace for _, namespace in data] == [{"user": "a"}]


def test_ident_local_missing_attribute_raises_attribute_error():
    with pytest.raises(AttributeError, match="user"):
        ident_local.Local().user  # noqa: B018


def test_ident_local_delattr_removes_attribute():
    data = ident_local.Local()
    data.user = "ann"
    del data.user
    assert not hasattr(data, "user")


def test_ident_local_call_returns_shared_proxy_class():
    data = ident_local.Local()
    data.user = "ann"
    user = data("user")
    assert issubclass(type(user), context_local.LocalProxy) and user.upper() == "ANN"


def test_ident_local_proxy_unbound_message_names_the_attribute():
    with pytest.raises(RuntimeError, match="^no object bound to user$"):
        ident_local.Local()("user").upper()


def test_ident_stack_pushes_and_pops_in_order():
    stack = ident_local.LocalStack()
    stack.push(1)
    stack.push(2)
    assert (stack.top, stack.pop(), stack.pop(), stack.pop(), stack.top) == (2, 2, 1, None, None)


def test_ident_stack_pop_of_last_item_releases_the_thread():
    stack = ident_local.LocalStack()
    stack.push(1)
    stack.pop()
    assert list(stack._local) == []


def test_ident_stack_keeps_two_threads_apart():
    stack = ident_local.LocalStack()
    both_pushed = threading.Barrier(2, timeout=5)
    seen: dict[str, object] = {}

    def serve(name: str) -> None:
        stack.push(name)
        both_pushed.wait()
        seen[name] = stack.top

    run_in_threads(serve, "a", "b")
    assert seen == {"a": "a", "b": "b"}


def test_ident_stack_call_proxies_attribute_of_top():
    stack = ident_local.LocalStack()
    method = stack("method", unbound_message="outside a request")
    with pytest.raises(RuntimeError, match="^outside a request$"):
        method.upper()
    stack.push(type("Request", (), {"method": "get"})())
    assert method.upper() == "GET"


def test_ident_stack_ident_func_can_be_replaced():
    stack = ident_local.LocalStack()
    stack.__ident_func__ = lambda: "everyone"
    stack.push("shared")
    assert [ident for ident, _ in stack._local] == ["everyone"]


@pytest.mark.skipif(
    importlib.util.find_spec("greenlet") is not None, reason="greenlet installed: idents differ"
)
def test_ident_is_the_thread_id_without_greenlet():
    assert ident_local.get_ident() == threading.get_ident()
