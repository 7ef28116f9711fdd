"""Stage 9 against Flask 3.1.3: blueprint dispatch, and the hello-world cycle.

Blueprint dispatch: an app of 10 blueprints, each nested one level (an outer
blueprint at ``/bpN`` holding an inner one at ``/v1``), 20 rules per blueprint
(200 in all), a ``before_request`` hook on every outer blueprint. Each call requests
a rule deep in the map, so matching, the blueprint chain walk of the hooks and the
dotted endpoints are all on the path. The hello-world row is ``bench_app``'s app.
Both run in-process through ``app(environ, start_response)``; above 1x = faster.
"""

from __future__ import annotations

from typing import Any

import flask
import stage09_blueprints

from bench.bench_app import ENVIRON, hello_app, one_request
from bench.harness import Table, interleaved_rates, per_second, ratio

BLUEPRINTS = 10
RULES_PER_BLUEPRINT = 20


def blueprint_app(package: Any) -> Any:
    """10 outer blueprints, each with a nested inner one; 200 rules in all."""
    app = package.Flask("bench_blueprints")
    for b in range(BLUEPRINTS):
        outer = package.Blueprint(f"bp{b}", __name__, url_prefix=f"/bp{b}")
        inner = package.Blueprint("v1", __name__, url_prefix="/v1")
        for r in range(RULES_PER_BLUEPRINT // 2):
            outer.add_url_rule(f"/page{r}/<int:item>", f"page{r}", lambda item: "page")
            inner.add_url_rule(f"/item{r}/<int:item>", f"item{r}", lambda item: "item")
        outer.before_request(lambda: None)
        outer.register_blueprint(inner)
        app.register_blueprint(outer)
    return app


def deep_request(app: Any) -> Any:
    """A request for the last inner blueprint's last rule."""
    path = f"/bp{BLUEPRINTS - 1}/v1/item{RULES_PER_BLUEPRINT // 2 - 1}/42"
    return one_request(app, dict(ENVIRON, PATH_INFO=path))


def run(quick: bool = False) -> list[Table]:
    seconds = 0.3 if quick else 1.5
    tables = []
    for title, make_app, make_call in [
        ("Blueprints: 10 nested blueprints, 200 rules", blueprint_app, deep_request),
        ("Hello world through the whole WSGI cycle", _hello, one_request),
    ]:
        apps = [make_app(flask), make_app(stage09_blueprints)]
        rates = interleaved_rates([make_call(app) for app in apps], seconds)
        rows = [
            ["Flask 3.1.3", per_second(rates[0]), ratio(rates[0], rates[0])],
            ["stage 9", per_second(rates[1]), ratio(rates[1], rates[0])],
        ]
        tables.append(
            Table(
                f"Stage 9 · {title}",
                ["app", "requests/s", "vs Flask"],
                rows,
                note="In-process, the two taking turns; above 1x = faster than Flask.",
            )
        )
    return tables


def _hello(package: Any) -> Any:
    return hello_app(package.Flask)
