"""Class-based views: ``View`` and ``MethodView``.

Mirrors flask/views.py (Flask 3.1.3). Routing wants a function; ``as_view`` makes one
that builds the class (per request, by default) and calls ``dispatch_request``. A
``MethodView`` dispatches on the HTTP method to the method of the same name, and
works out the rule's ``methods`` from the handlers a subclass defines.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Collection
from typing import Any, ClassVar

from .globals import request

#: The handlers a ``MethodView`` looks for, by lower-cased HTTP method name.
HTTP_METHOD_FUNCS = frozenset({"get", "post", "head", "options", "delete", "put", "trace", "patch"})


class View:
    """Subclass, implement ``dispatch_request``, register ``MyView.as_view("name")``."""

    #: The methods the rule accepts; None lets ``add_url_rule`` default to GET.
    methods: ClassVar[Collection[str] | None] = None
    #: Whether the app answers OPTIONS itself; None leaves it to the app's config.
    provide_automatic_options: ClassVar[bool | None] = None
    #: Decorators applied to the generated view function, in list order (innermost first).
    decorators: ClassVar[list[Callable[..., Any]]] = []
    #: Build a new instance for every request (safe), or one shared by all (faster,
    #: but then ``self`` must not hold per-request state).
    init_every_request: ClassVar[bool] = True

    def dispatch_request(self, **kwargs: Any) -> Any:
        """The view itself: receives the URL's values, returns what a view function would."""
        raise NotImplementedError(
            f"{type(self).__name__} must implement dispatch_request(self, **kwargs)"
        )

    # --8<-- [start:as_view]
    @classmethod
    def as_view(cls, name: str, *class_args: Any, **class_kwargs: Any) -> Callable[..., Any]:
        """A view function named ``name`` (the default endpoint) that runs this class."""
        if cls.init_every_request:

            def view(**kwargs: Any) -> Any:
                instance = view.view_class(*class_args, **class_kwargs)  # type: ignore[attr-defined]
                return run_to_result(instance.dispatch_request, kwargs)

        else:
            shared = cls(*class_args, **class_kwargs)

            def view(**kwargs: Any) -> Any:
                return run_to_result(shared.dispatch_request, kwargs)

        if cls.decorators:
            # Decorators such as functools.wraps copy the name; give them the real one.
            view.__name__ = name
            view.__module__ = cls.__module__
            for decorator in cls.decorators:
                view = decorator(view)
        # add_url_rule reads these: the endpoint name, and the methods to route.
        view.view_class = cls  # type: ignore[attr-defined]
        view.__name__ = name
        view.__doc__ = cls.__doc__
        view.__module__ = cls.__module__
        view.methods = cls.methods  # type: ignore[attr-defined]
        view.provide_automatic_options = cls.provide_automatic_options  # type: ignore[attr-defined]
        return view

    # --8<-- [end:as_view]


# --8<-- [start:method_view]
class MethodView(View):
    """``def get(self)``, ``def post(self)``: one method per HTTP method."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "methods" in cls.__dict__:
            return  # the subclass said which methods it wants
        methods: set[str] = set()
        for base in cls.__bases__:
            methods.update(getattr(base, "methods", None) or ())
        methods.update(name.upper() for name in HTTP_METHOD_FUNCS if hasattr(cls, name))
        if methods:
            cls.methods = methods

    def dispatch_request(self, **kwargs: Any) -> Any:
        return run_to_result(handler_for(self, request.method), kwargs)


def run_to_result(func: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    """Call ``func``; if it was ``async def``, run the coroutine to its result."""
    result = func(**kwargs)
    return asyncio.run(result) if inspect.iscoroutine(result) else result


def handler_for(view: MethodView, method: str) -> Callable[..., Any]:
    """``"POST"`` -> ``view.post``; HEAD falls back to ``get``, as a GET without the body."""
    handler = getattr(view, method.lower(), None)
    if handler is None and method == "HEAD":
        handler = getattr(view, "get", None)
    if handler is None:
        raise AssertionError(f"Unimplemented method {method!r}")
    return handler


# --8<-- [end:method_view]
