"""What an app and a blueprint have in common: the decorators that fill hook tables.

Mirrors flask/sansio/scaffold.py (Flask 3.1.3). Every decorator here returns the
function unchanged and only records it: in ``view_functions``, in a list of hooks, or
in the error-handler table. The tables are plain dicts keyed by the blueprint name,
with ``None`` for the app itself, so stage 9's blueprints can reuse them as they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache, wraps
from typing import Any, TypeVar, cast

from stage04_routing import HTTPException, default_exceptions

F = TypeVar("F", bound=Callable[..., Any])
#: ``None`` for the app, a blueprint's name for that blueprint.
ScopeKey = str | None


# --8<-- [start:setupmethod]
def setupmethod(method: F) -> F:
    """Refuse to change the app's tables once it has served a request.

    Registering a route while other threads are serving would race with them, so
    Flask makes it an error (since 2.2; 2.3 removed ``before_first_request`` as well).
    """

    @wraps(method)
    def guarded(self: Scaffold, *args: Any, **kwargs: Any) -> Any:
        self._check_setup_finished(method.__name__)
        return method(self, *args, **kwargs)

    return cast(F, guarded)


# --8<-- [end:setupmethod]


def endpoint_from_view_func(view_func: Callable[..., Any] | None) -> str:
    """The default endpoint of a view is its function's name."""
    if view_func is None:
        raise AssertionError("expected view func if endpoint is not provided.")
    return view_func.__name__


@cache
def blueprint_scopes(blueprint: str | None) -> list[str]:
    """``"a.b"`` -> ``["a.b", "a"]``: a nested blueprint and its parents, innermost first.

    Asked several times a request (hooks, handlers, teardown), so each name is split
    once per process; callers share the list and must not change it.
    """
    if blueprint is None:
        return []
    parts = blueprint.split(".")
    return [".".join(parts[:i]) for i in range(len(parts), 0, -1)]


# --8<-- [start:requested_methods]
def requested_methods(methods: Any, view_func: Callable[..., Any] | None) -> set[str]:
    """The methods a rule is asked for, upper-cased: ``methods=``, the view's own, or GET.

    A class-based view carries ``methods``; a plain string is refused, since ``"POST"``
    would otherwise register ``P``, ``O``, ``S`` and ``T``.
    """
    if methods is None:
        methods = getattr(view_func, "methods", None) or ("GET",)
    if isinstance(methods, str):
        raise TypeError(
            "Allowed methods must be a list of strings, for example:"
            ' @app.route(..., methods=["POST"])'
        )
    return {method.upper() for method in methods}


# --8<-- [end:requested_methods]


# --8<-- [start:nearest_handler]
def nearest_handler(
    handlers: dict[type[BaseException], Callable[..., Any]], exc_class: type[BaseException]
) -> Callable[..., Any] | None:
    """The handler for ``exc_class`` or its closest base class in ``handlers``, or None."""
    for cls in exc_class.__mro__:
        if cls in handlers:
            return handlers[cls]
    return None


# --8<-- [end:nearest_handler]


# --8<-- [start:tables]
class Scaffold:
    """Routes, request hooks and error handlers, recorded for later dispatch."""

    def __init__(self, import_name: str) -> None:
        #: The module or package name the app was created in: ``Flask(__name__)``.
        self.import_name = import_name
        #: endpoint -> view function. Routing finds the endpoint, this finds the code.
        self.view_functions: dict[str, Callable[..., Any]] = {}
        #: scope -> functions run before each request; the first to return a value wins.
        self.before_request_funcs: dict[ScopeKey, list[Callable[[], Any]]] = defaultdict(list)
        #: scope -> functions that take and return the response, run in reverse order.
        self.after_request_funcs: dict[ScopeKey, list[Callable[[Any], Any]]] = defaultdict(list)
        #: scope -> functions run after every request, even a failed one, with its error.
        self.teardown_request_funcs: dict[ScopeKey, list[Callable[[Any], Any]]] = defaultdict(list)
        #: scope -> functions that see (and may change) the URL's values before dispatch.
        self.url_value_preprocessors: dict[
            ScopeKey, list[Callable[[str | None, dict[str, Any] | None], None]]
        ] = defaultdict(list)
        #: scope -> functions that fill in values ``url_for`` was not given.
        self.url_default_functions: dict[ScopeKey, list[Callable[[str, dict[str, Any]], None]]] = (
            defaultdict(list)
        )
        #: scope -> status code (None for plain exceptions) -> exception class -> handler.
        self.error_handler_spec: dict[
            ScopeKey, dict[int | None, dict[type[BaseException], Callable[..., Any]]]
        ] = defaultdict(lambda: defaultdict(dict))

    # --8<-- [end:tables]

    def _check_setup_finished(self, f_name: str) -> None:
        raise NotImplementedError

    # --8<-- [start:route]
    def route(self, rule: str, **options: Any) -> Callable[[F], F]:
        """``@app.route("/users/<int:id>", methods=["GET", "POST"])``: register a view."""

        def decorator(view_func: F) -> F:
            endpoint = options.pop("endpoint", None)
            self.add_url_rule(rule, endpoint, view_func, **options)
            return view_func

        return decorator

    # --8<-- [end:route]

    # --8<-- [start:method_routes]
    def _method_route(self, method: str, rule: str, options: dict[str, Any]) -> Callable[[F], F]:
        if "methods" in options:
            raise TypeError("Use the 'route' decorator to use the 'methods' argument.")
        return self.route(rule, methods=[method], **options)

    def get(self, rule: str, **options: Any) -> Callable[[F], F]:
        """``@app.get(rule)`` is ``@app.route(rule, methods=["GET"])``."""
        return self._method_route("GET", rule, options)

    def post(self, rule: str, **options: Any) -> Callable[[F], F]:
        """``@app.post(rule)`` is ``@app.route(rule, methods=["POST"])``."""
        return self._method_route("POST", rule, options)

    # --8<-- [end:method_routes]

    def put(self, rule: str, **options: Any) -> Callable[[F], F]:
        """``@app.put(rule)`` is ``@app.route(rule, methods=["PUT"])``."""
        return self._method_route("PUT", rule, options)

    def delete(self, rule: str, **options: Any) -> Callable[[F], F]:
        """``@app.delete(rule)`` is ``@app.route(rule, methods=["DELETE"])``."""
        return self._method_route("DELETE", rule, options)

    def patch(self, rule: str, **options: Any) -> Callable[[F], F]:
        """``@app.patch(rule)`` is ``@app.route(rule, methods=["PATCH"])``."""
        return self._method_route("PATCH", rule, options)

    def add_url_rule(
        self,
        rule: str,
        endpoint: str | None = None,
        view_func: Callable[..., Any] | None = None,
        provide_automatic_options: bool | None = None,
        **options: Any,
    ) -> None:
        raise NotImplementedError

    @setupmethod
    def endpoint(self, endpoint: str) -> Callable[[F], F]:
        """Attach a view to an endpoint whose rule was added without one."""

        def decorator(view_func: F) -> F:
            self.view_functions[endpoint] = view_func
            return view_func

        return decorator

    # --8<-- [start:hooks]
    @setupmethod
    def before_request(self, f: F) -> F:
        """Run ``f()`` before each view; if it returns a value, that is the response."""
        self.before_request_funcs[None].append(f)
        return f

    @setupmethod
    def after_request(self, f: F) -> F:
        """Run ``f(response)`` after each view; it returns the response to send."""
        self.after_request_funcs[None].append(f)
        return f

    @setupmethod
    def teardown_request(self, f: F) -> F:
        """Run ``f(error_or_None)`` when the request ends, whatever happened."""
        self.teardown_request_funcs[None].append(f)
        return f

    @setupmethod
    def url_value_preprocessor(self, f: F) -> F:
        """Run ``f(endpoint, view_args)`` before the hooks; it may pop values the views share.

        With ``url_defaults`` it lets every route under ``/<lang>/...`` handle the language
        in one place instead of in each view.
        """
        self.url_value_preprocessors[None].append(f)
        return f

    @setupmethod
    def url_defaults(self, f: F) -> F:
        """Run ``f(endpoint, values)`` in ``url_for``; it may add the values a rule needs."""
        self.url_default_functions[None].append(f)
        return f

    # --8<-- [end:hooks]

    # --8<-- [start:errorhandler]
    @setupmethod
    def errorhandler(self, code_or_exception: type[Exception] | int) -> Callable[[F], F]:
        """``@app.errorhandler(404)`` or ``@app.errorhandler(KeyError)``."""

        def decorator(f: F) -> F:
            self.register_error_handler(code_or_exception, f)
            return f

        return decorator

    @setupmethod
    def register_error_handler(
        self, code_or_exception: type[Exception] | int, f: Callable[..., Any]
    ) -> None:
        """The non-decorator form of :meth:`errorhandler`."""
        exc_class, code = self._get_exc_class_and_code(code_or_exception)
        self.error_handler_spec[None][code][exc_class] = f

    @staticmethod
    def _get_exc_class_and_code(
        exc_class_or_code: type[Exception] | int,
    ) -> tuple[type[Exception], int | None]:
        """``404`` -> ``(NotFound, 404)``; ``KeyError`` -> ``(KeyError, None)``."""
        if isinstance(exc_class_or_code, int):
            try:
                exc_class: Any = default_exceptions[exc_class_or_code]
            except KeyError:
                raise ValueError(
                    f"'{exc_class_or_code}' is not a recognized HTTP error code. Use a"
                    " subclass of HTTPException with that code instead."
                ) from None
        else:
            exc_class = exc_class_or_code
        if isinstance(exc_class, Exception):
            raise TypeError(
                f"{exc_class!r} is an instance, not a class. Handlers can only be"
                " registered for Exception classes or HTTP error codes."
            )
        if not isinstance(exc_class, type):
            # Flask's issubclass() check raises TypeError for a non-class; say why instead.
            raise TypeError(
                f"{exc_class!r} is not a class. Handlers can only be registered for"
                " Exception classes or HTTP error codes."
            )
        if not issubclass(exc_class, Exception):
            raise ValueError(
                f"'{exc_class.__name__}' is not a subclass of Exception. Handlers can only be"
                " registered for Exception classes or HTTP error codes."
            )
        if issubclass(exc_class, HTTPException):
            return exc_class, exc_class.code
        return exc_class, None

    # --8<-- [end:errorhandler]
