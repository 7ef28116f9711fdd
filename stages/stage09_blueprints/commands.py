"""The built-in commands: ``run``, ``shell``, ``routes``.

Mirrors the commands of flask/cli.py (Flask 3.1.3). ``run`` serves with stage 2's
server rather than Werkzeug's: the curriculum's own server is the one being
graduated. It has no reloader or debugger, so those options are refused with a
message rather than silently ignored.
"""

from __future__ import annotations

import code
import os
import sys
from operator import itemgetter
from typing import Any

import click
from stage02_wsgi import run_simple

from .base import current_app
from .discovery import ScriptInfo, pass_script_info, with_appcontext
from .run_options import CertParamType, SeparatedPathType, show_server_banner, validate_key


# --8<-- [start:run]
@click.command("run", short_help="Run a development server.")
@click.option("--host", "-h", default="127.0.0.1", help="The interface to bind to.")
@click.option("--port", "-p", default=5000, help="The port to bind to.")
@click.option("--cert", type=CertParamType(), is_eager=True, help="A certificate, for HTTPS.")
@click.option(
    "--key",
    type=click.Path(exists=True, dir_okay=False, resolve_path=True),
    callback=validate_key,
    expose_value=False,
    help="The key file of --cert.",
)
@click.option("--reload/--no-reload", default=None, help="Restart when the code changes.")
@click.option("--debugger/--no-debugger", default=None, help="Serve the in-browser debugger.")
@click.option(
    "--with-threads/--without-threads", default=True, help="Serve each request on a thread."
)
@click.option("--extra-files", default=None, type=SeparatedPathType(), help="Reload on these too.")
@click.option(
    "--exclude-patterns", default=None, type=SeparatedPathType(), help="Never reload on these."
)
@pass_script_info
def run_command(info: ScriptInfo, host: str, port: int, with_threads: bool, **refused: Any) -> None:
    """Serve the app with stage 2's WSGI server (stop it with Ctrl-C).

    Stage 2's server has no TLS, reloader or debugger: asking for one is an error,
    not a silent no-op.
    """
    asked = [f"--{name.replace('_', '-')}" for name, value in refused.items() if value]
    if asked:
        raise click.UsageError(
            f"{', '.join(asked)}: stage 2's server has no TLS, reloader or debugger."
            " Serve behind a TLS proxy, and restart the server after a change."
        )
    app = info.load_app()
    show_server_banner(app.debug, info.app_import_path or app.name)
    run_simple(host, port, app, threaded=with_threads)


# --8<-- [end:run]


@click.command("shell", short_help="Run a shell in the app context.")
@with_appcontext
def shell_command() -> None:
    """An interactive Python shell with ``app``, ``g`` and the app's shell context."""
    banner = (
        f"Python {sys.version} on {sys.platform}\n"
        f"App: {current_app.import_name}\n"
        f"Instance: {current_app.instance_path}"
    )
    namespace: dict[str, Any] = {}
    startup = os.environ.get("PYTHONSTARTUP")
    if startup and os.path.isfile(startup):  # what a plain `python` would run first
        with open(startup) as f:
            exec(compile(f.read(), startup, "exec"), namespace)
    namespace.update(current_app.make_shell_context())
    code.interact(banner=banner, local=namespace)


# --8<-- [start:routes]
def _route_rows(rules: list[Any], all_methods: bool, domain: str | None) -> list[list[str]]:
    """One row per rule: endpoint, methods (HEAD and OPTIONS hidden), [domain,] rule."""
    hidden = set() if all_methods else {"HEAD", "OPTIONS"}
    rows = []
    for rule in rules:
        row = [rule.endpoint, ", ".join(sorted(set(rule.methods or ()) - hidden))]
        if domain is not None:
            row.append(getattr(rule, domain) or "")
        rows.append([*row, rule.rule])
    return rows


@click.command("routes", short_help="Show the routes for the app.")
@click.option(
    "--sort",
    "-s",
    type=click.Choice(("endpoint", "methods", "domain", "rule", "match")),
    default="endpoint",
    help="Sort by this column; 'match' is the order the app tries the rules in.",
)
@click.option("--all-methods", is_flag=True, help="Show HEAD and OPTIONS methods.")
@with_appcontext
def routes_command(sort: str, all_methods: bool) -> None:
    """Show every rule of the app with its endpoint and methods."""
    rules = list(current_app.url_map.iter_rules())
    if not rules:
        click.echo("No routes were registered.")
        return
    domain_attr = "host" if current_app.url_map.host_matching else "subdomain"
    domain = domain_attr if any(getattr(rule, domain_attr) for rule in rules) else None
    rows = _route_rows(rules, all_methods, domain)
    headers = [
        "Endpoint",
        "Methods",
        *(["Host" if domain == "host" else "Subdomain"] * bool(domain)),
        "Rule",
    ]
    columns = ["endpoint", "methods", *(["domain"] * bool(domain)), "rule"]
    if sort in columns:
        rows.sort(key=itemgetter(columns.index(sort)))
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, ["-" * width for width in widths], *rows]:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


# --8<-- [end:routes]
