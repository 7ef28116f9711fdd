"""The option types of ``run``: ``--cert``/``--key`` and path lists.

Mirrors ``CertParamType``, ``_validate_key`` and ``SeparatedPathType`` of flask/cli.py
(Flask 3.1.3). They only *check* what was typed, as click types do; whether the
server can use it is ``run``'s business (stage 2's server speaks no TLS).
"""

from __future__ import annotations

import sys
from typing import Any

import click
from werkzeug.utils import import_string


def _ssl_module(ctx: click.Context | None, param: click.Parameter | None) -> Any:
    ssl = sys.modules.get("ssl", ...)
    if ssl is None:  # blocked (tests do this) or Python built without it
        raise click.BadParameter(
            'Using "--cert" requires Python to be compiled with SSL support.', ctx, param
        )
    import ssl

    return ssl


class CertParamType(click.ParamType):
    """``--cert``: an existing file, ``adhoc``, or the import path of an ``ssl.SSLContext``."""

    name = "path"

    def __init__(self) -> None:
        self.path_type = click.Path(exists=True, dir_okay=False, resolve_path=True)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        ssl = _ssl_module(ctx, param)
        try:
            return self.path_type(value, param, ctx)
        except click.BadParameter:
            text = click.STRING(value, param, ctx).lower()
            if text == "adhoc":
                if sys.modules.get("cryptography", ...) is None:
                    raise click.BadParameter(
                        "Using ad-hoc certificates requires the cryptography library.",
                        ctx,
                        param,
                    ) from None
                try:
                    import_string("cryptography")
                except ImportError:
                    raise click.BadParameter(
                        "Using ad-hoc certificates requires the cryptography library.",
                        ctx,
                        param,
                    ) from None
                return text
            found = import_string(text, silent=True)
            if isinstance(found, ssl.SSLContext):
                return found
            raise


def validate_key(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """``--key`` goes with a certificate *file*: it turns ``cert`` into ``(cert, key)``."""
    cert = ctx.params.get("cert")
    ssl = sys.modules.get("ssl")
    is_context = ssl is not None and isinstance(cert, ssl.SSLContext)
    if value is None:
        if cert and not (cert == "adhoc" or is_context):
            raise click.BadParameter('Required when using "--cert".', ctx, param)
        return value
    if cert == "adhoc":
        raise click.BadParameter('When "--cert" is "adhoc", "--key" is not used.', ctx, param)
    if is_context:
        raise click.BadParameter(
            'When "--cert" is an SSLContext object, "--key" is not used.', ctx, param
        )
    if not cert:
        raise click.BadParameter('"--cert" must also be specified.', ctx, param)
    ctx.params["cert"] = cert, value
    return value


class SeparatedPathType(click.Path):
    """``a.py:b.py`` (``;`` on Windows) -> ``["a.py", "b.py"]``, each checked as a path."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        convert_one = super().convert
        return [convert_one(item, param, ctx) for item in self.split_envvar_value(value)]


def show_server_banner(debug: bool, app_import_path: str | None) -> None:
    """`` * Serving Flask app 'shop'`` and `` * Debug mode: off``."""
    if app_import_path is not None:
        click.echo(f" * Serving Flask app '{app_import_path}'")
    if debug is not None:
        click.echo(f" * Debug mode: {'on' if debug else 'off'}")
