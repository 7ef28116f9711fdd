"""The test helpers: the lower stage's client and Flask's click runner.

Mirrors flask/testing.py (Flask 3.1.3). ``app.test_cli_runner()`` invokes the app's
commands in-process, the way ``app.test_client()`` makes requests in-process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from click.testing import CliRunner, Result
from stage05_app.testing import EnvironBuilder as EnvironBuilder

from .base import FlaskClient as FlaskClient

if TYPE_CHECKING:
    from .app import Flask


class FlaskCliRunner(CliRunner):
    """``runner.invoke(args=["hello"])`` runs ``app.cli``'s ``hello`` with this app loaded."""

    def __init__(self, app: Flask, **kwargs: Any) -> None:
        self.app = app
        super().__init__(**kwargs)

    def invoke(self, cli: Any = None, args: Any = None, **kwargs: Any) -> Result:  # type: ignore[override]
        """Invoke ``cli`` (the app's ``cli`` group by default) with ``args``."""
        from .cli import ScriptInfo

        kwargs.setdefault("obj", ScriptInfo(create_app=lambda: self.app))
        return super().invoke(self.app.cli if cli is None else cli, args, **kwargs)
