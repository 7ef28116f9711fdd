"""What one ``request.method`` costs through a LocalProxy: stage 6's against Werkzeug's.

Flask 3.1's ``request`` is ``LocalProxy(_cv_request, "request")``: a proxy over a ContextVar
holding the request context, following its ``request`` attribute. Every ``request.method``
in a view goes ContextVar -> context -> request -> ``method``. We time that one access through
Werkzeug 3.1.9's proxy, ours, and the thread-ident era's (a ``LocalStack`` keyed by thread id,
as Flask 1.x had), plus the same lookup done by hand without any proxy, for scale. Ratios are
against Werkzeug's proxy (above 1x = faster).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

import werkzeug.local
from stage06_contexts import ident_local
from stage06_contexts import local as context_local

from bench.harness import Table, per_second, rate, ratio


class _Request:
    method = "GET"


class _RequestContext:
    def __init__(self) -> None:
        self.request = _Request()


def _through(proxy_class: type) -> Callable[[], object]:
    """``request.method`` with ``request = proxy_class(var, "request")``, as Flask 3.1 builds it."""
    var: ContextVar[_RequestContext] = ContextVar("bench.request_ctx")
    var.set(_RequestContext())
    request: Any = proxy_class(var, "request")
    return lambda: request.method


def _through_ident_stack() -> Callable[[], object]:
    """``request.method`` with the request context pushed on a thread-ident ``LocalStack``."""
    stack: ident_local.LocalStack[_RequestContext] = ident_local.LocalStack()
    stack.push(_RequestContext())
    request: Any = stack("request")
    return lambda: request.method


def _by_hand() -> Callable[[], object]:
    """The same lookup with no proxy: what the proxy adds is the difference."""
    var: ContextVar[_RequestContext] = ContextVar("bench.request_ctx")
    var.set(_RequestContext())
    return lambda: var.get().request.method


def run(quick: bool = False) -> list[Table]:
    seconds = 0.1 if quick else 0.5
    theirs = rate(_through(werkzeug.local.LocalProxy), seconds)
    timed = [
        ("werkzeug LocalProxy over a ContextVar", theirs),
        ("ours, LocalProxy over a ContextVar", rate(_through(context_local.LocalProxy), seconds)),
        ("ours, over a thread-ident LocalStack", rate(_through_ident_stack(), seconds)),
        ("no proxy: var.get().request.method", rate(_by_hand(), seconds)),
    ]
    rows = [[label, per_second(value), ratio(value, theirs)] for label, value in timed]
    return [
        Table(
            "Context locals: one request.method",
            ["access", "rate", "vs werkzeug"],
            rows,
            note="Each row reads the attribute once per call; the context is already set.",
        )
    ]
