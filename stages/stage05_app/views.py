"""Class-based views: ``View`` and ``MethodView``.

Mirrors flask/views.py (Flask 3.1.3). Routing wants a function; ``as_view`` makes one
that builds the class (per request, by default) and calls ``dispatch_request``. A
``MethodView`` dispatches on the HTTP method to the method of the same name, and
works out the rule's ``methods`` from the handlers a subclass defines.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, ClassVar

from . import globals as _globals

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
    #: The app handling the request in flight: handlers run through its ``ensure_sync``,
    #: and ``MethodView`` reads its ``current_request``. Stage 5's reads the module-level
    #: slot; stage 6's views set the app context's ``current_app`` here.
    current_app: ClassVar[Any] = _globals.current_app

    def dispatch_request(self, **kwargs: Any) -> Any:
        """The view itself: receives the URL's values, returns what a view function would."""
        raise NotImplementedError(
            f"{type(self).__name__} must implement dispatch_request(self, **kwargs)"
        )

    # --8<-- [start:as_view]
    @classmethod
    def as_view(cls, name: str, *class_args: Any, **class_kwargs: Any) -> Callable[..., Any]:
        """A view function named ``name`` (the default endpoint) that runs this class."""
        instance_for_request = cls._instance_source(class_args, class_kwargs)

        def view(**kwargs: Any) -> Any:
            # ``view`` is the decorated function by the time a request comes: reading its
            # ``view_class`` then lets a test swap the class on the registered function.
            view_class = view.view_class  # type: ignore[attr-defined]
            handler = instance_for_request(view_class).dispatch_request
            return cls.current_app.ensure_sync(handler)(**kwargs)

        # Decorators that use functools.wraps copy these, so set them before decorating.
        view.__name__, view.__module__ = name, cls.__module__
        for decorator in cls.decorators:
            view = decorator(view)
        return label_view(view, cls, name)

    @classmethod
    def _instance_source(
        cls, class_args: tuple[Any, ...], class_kwargs: dict[str, Any]
    ) -> Callable[[type[View]], View]:
        """Where each request gets its instance: a new one of the view's class, or the one
        made now (which a patched ``view_class`` cannot change, as in Flask)."""
        if cls.init_every_request:
            return lambda view_class: view_class(*class_args, **class_kwargs)
        shared = cls(*class_args, **class_kwargs)
        return lambda view_class: shared

    # --8<-- [end:as_view]


def label_view(view: Callable[..., Any], view_class: type[View], name: str) -> Callable[..., Any]:
    """Write on the (maybe decorated) view function what ``add_url_rule`` reads from it."""
    labels = {
        "view_class": view_class,
        "__name__": name,  # the default endpoint
        "__doc__": view_class.__doc__,
        "__module__": view_class.__module__,
        "methods": view_class.methods,
        "provide_automatic_options": view_class.provide_automatic_options,
    }
    for attribute, value in labels.items():
        setattr(view, attribute, value)
    return view


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
        app = self.current_app
        handler = handler_for(self, app.current_request.method)
        return app.ensure_sync(handler)(**kwargs)  # async def get(self) runs to completion


def handler_for(view: MethodView, method: str) -> Callable[..., Any]:
    """``"POST"`` -> ``view.post``; HEAD falls back to ``get``, as a GET without the body."""
    handler = getattr(view, method.lower(), None)
    if handler is None and method == "HEAD":
        handler = getattr(view, "get", None)
    if handler is None:
        raise AssertionError(f"Unimplemented method {method!r}")
    return handler


# --8<-- [end:method_view]
