"""The capstone: the origin article's login app, split into an ``auth`` and a ``main`` blueprint.

``create_app()`` is the app factory the command line finds:
``python -m stage09_blueprints --app stage09_blueprints.capstone routes``.
"""

from __future__ import annotations

from ..app import Flask
from .auth import bp as auth_bp
from .main import bp as main_bp


def create_app(test_config: dict[str, object] | None = None) -> Flask:
    """A new capstone app; ``test_config`` overrides the settings (tests pass one)."""
    app = Flask(__name__)
    app.config.from_mapping(SECRET_KEY="dev", USERS={"alex": "123"})
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.register_blueprint(auth_bp)
    app.register_blueprint(main_bp)
    return app
