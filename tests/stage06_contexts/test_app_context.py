"""``AppContext``, ``current_app`` and ``g``, run against stage 6 and against Flask 3.1.3."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.stage06_contexts.impls import NO_APP
from tests.stage06_contexts.impls import impl as impl


def make_app(impl: ModuleType, name: str = "ctx_app") -> Any:
    return impl.Flask(name)


# -- push and pop ------------------------------------------------------------------------------


def test_app_context_push_makes_current_app_the_app(impl: ModuleType) -> None:
    app = make_app(impl)
    ctx = app.app_context()
    ctx.push()
    try:
        assert impl.current_app._get_current_object() is app
    finally:
        ctx.pop()
    assert not impl.has_app_context()


def test_app_context_with_block_returns_the_context(impl: ModuleType) -> None:
    app = make_app(impl)
    with app.app_context() as ctx:
        assert isinstance(ctx, impl.ctx.AppContext)
        assert ctx.app is app
        assert impl.current_app.name == "ctx_app"


def test_app_context_push_twice_needs_two_pops(impl: ModuleType) -> None:
    app = make_app(impl)
    ctx = app.app_context()
    with ctx:
        with ctx:
            assert impl.has_app_context()
        assert impl.current_app._get_current_object() is app
    assert not impl.has_app_context()


def test_app_context_nested_contexts_of_two_apps_unwind_in_order(impl: ModuleType) -> None:
    outer, inner = make_app(impl, "outer"), make_app(impl, "inner")
    with outer.app_context():
        impl.g.who = "outer"
        with inner.app_context():
            assert impl.current_app.name == "inner"
            assert "who" not in impl.g
        assert impl.current_app.name == "outer"
        assert impl.g.who == "outer"


def test_app_context_pop_of_wrong_context_raises_assertion_error(impl: ModuleType) -> None:
    app = make_app(impl)
    first, second = app.app_context(), app.app_context()
    first.push()
    second.push()
    with pytest.raises(AssertionError, match="Popped wrong app context"):
        first.pop()
    # Resetting first's token unwound both: nothing is left pushed.
    assert not impl.has_app_context()


@pytest.mark.parametrize("pushed", [False, True], ids=["outside", "inside"])
def test_has_app_context_is_true_only_inside(impl: ModuleType, pushed: bool) -> None:
    app = make_app(impl)
    if not pushed:
        assert impl.has_app_context() is False
        return
    with app.app_context():
        assert impl.has_app_context() is True


def test_current_app_is_falsy_outside_an_app_context(impl: ModuleType) -> None:
    assert not impl.current_app


@pytest.mark.parametrize(
    "use",
    [lambda i: i.current_app.name, lambda i: i.g.x, lambda i: setattr(i.g, "x", 1)],
    ids=["current_app", "g-get", "g-set"],
)
def test_global_outside_app_context_raises_runtime_error(impl: ModuleType, use: Any) -> None:
    with pytest.raises(RuntimeError, match=NO_APP):
        use(impl)


# -- g -----------------------------------------------------------------------------------------


def test_g_attribute_set_then_read(impl: ModuleType) -> None:
    with make_app(impl).app_context():
        impl.g.user = "ann"
        assert impl.g.user == "ann"


def test_g_missing_attribute_raises_attribute_error(impl: ModuleType) -> None:
    with make_app(impl).app_context():
        with pytest.raises(AttributeError, match="missing"):
            impl.g.missing  # noqa: B018


def test_g_delete_attribute(impl: ModuleType) -> None:
    with make_app(impl).app_context():
        impl.g.user = "ann"
        del impl.g.user
        assert "user" not in impl.g
        with pytest.raises(AttributeError):
            del impl.g.user


@pytest.mark.parametrize(
    ("args", "expected"),
    [(("user",), "ann"), (("nope",), None), (("nope", 7), 7)],
    ids=["present", "missing", "missing-with-default"],
)
def test_g_get(impl: ModuleType, args: tuple[Any, ...], expected: Any) -> None:
    with make_app(impl).app_context():
        impl.g.user = "ann"
        assert impl.g.get(*args) == expected


def test_g_pop_removes_and_returns(impl: ModuleType) -> None:
    with make_app(impl).app_context():
        impl.g.user = "ann"
        assert impl.g.pop("user") == "ann"
        assert "user" not in impl.g


def test_g_pop_missing_with_default_returns_default(impl: ModuleType) -> None:
    with make_app(impl).app_context():
        assert impl.g.pop("user", None) is None
        assert impl.g.pop("user", "anon") == "anon"


def test_g_pop_missing_without_default_raises_key_error(impl: ModuleType) -> None:
    with make_app(impl).app_context():
        with pytest.raises(KeyError, match="user"):
            impl.g.pop("user")


def test_g_setdefault_sets_once(impl: ModuleType) -> None:
    with make_app(impl).app_context():
        assert impl.g.setdefault("db", "first") == "first"
        assert impl.g.setdefault("db", "second") == "first"
        assert impl.g.setdefault("none") is None
        assert impl.g.db == "first"


def test_g_contains_and_iterates_over_names(impl: ModuleType) -> None:
    with make_app(impl).app_context():
        impl.g.a = 1
        impl.g.b = 2
        assert "a" in impl.g
        assert "c" not in impl.g
        assert list(impl.g) == ["a", "b"]


def test_g_repr_names_the_app(impl: ModuleType) -> None:
    with make_app(impl, "reprapp").app_context():
        assert repr(impl.g) == "<flask.g of 'reprapp'>"


def test_g_is_an_instance_of_the_apps_class(impl: ModuleType) -> None:
    app = make_app(impl)

    class Globals(app.app_ctx_globals_class):  # type: ignore[name-defined,misc]
        greeting = "hi"

    app.app_ctx_globals_class = Globals
    with app.app_context() as ctx:
        assert isinstance(impl.g._get_current_object(), Globals)
        assert ctx.g is impl.g._get_current_object()
        assert impl.g.greeting == "hi"


def test_g_is_fresh_in_each_app_context(impl: ModuleType) -> None:
    app = make_app(impl)
    with app.app_context():
        impl.g.user = "ann"
    with app.app_context():
        assert "user" not in impl.g


def test_g_is_shared_by_a_request_context_inside_the_app_context(impl: ModuleType) -> None:
    app = make_app(impl)
    with app.app_context():
        impl.g.user = "ann"
        with app.test_request_context():
            assert impl.g.user == "ann"


# -- teardown_appcontext ------------------------------------------------------------------------


def test_teardown_appcontext_receives_none_after_a_clean_exit(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_appcontext(seen.append)
    with app.app_context():
        assert seen == []
    assert seen == [None]


def test_teardown_appcontext_receives_the_exception_from_the_with_block(
    impl: ModuleType,
) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_appcontext(seen.append)
    error = ValueError("boom")
    with pytest.raises(ValueError, match="boom"):
        with app.app_context():
            raise error
    assert seen == [error]


def test_teardown_appcontext_receives_the_exception_passed_to_pop(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_appcontext(seen.append)
    error = KeyError("k")
    ctx = app.app_context()
    ctx.push()
    ctx.pop(error)
    assert seen == [error]


def test_teardown_appcontext_runs_last_registered_first(impl: ModuleType) -> None:
    app = make_app(impl)
    order: list[str] = []
    app.teardown_appcontext(lambda exc: order.append("first"))
    app.teardown_appcontext(lambda exc: order.append("second"))
    with app.app_context():
        pass
    assert order == ["second", "first"]


def test_teardown_appcontext_runs_once_for_a_context_pushed_twice(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_appcontext(seen.append)
    ctx = app.app_context()
    with ctx:
        with ctx:
            pass
        assert seen == []
    assert seen == [None]


def test_teardown_appcontext_still_sees_the_context(impl: ModuleType) -> None:
    app = make_app(impl)
    seen: list[Any] = []
    app.teardown_appcontext(lambda exc: seen.append((impl.current_app.name, impl.g.get("db"))))
    with app.app_context():
        impl.g.db = "conn"
    assert seen == [("ctx_app", "conn")]


def test_teardown_appcontext_decorator_returns_the_function(impl: ModuleType) -> None:
    app = make_app(impl)

    def close_db(exc: BaseException | None) -> None:
        pass

    assert app.teardown_appcontext(close_db) is close_db
    assert app.teardown_appcontext_funcs == [close_db]
