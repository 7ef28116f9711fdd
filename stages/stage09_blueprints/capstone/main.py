"""The ``main`` blueprint: the pages behind the login."""

from __future__ import annotations

from ..blueprints import Blueprint
from ..helpers import url_for

bp = Blueprint("main", __name__)


@bp.route("/")
@bp.route("/index")
def index() -> str:
    """The welcome page."""
    return f'<h1>Welcome</h1><a href="{url_for("auth.logout")}">Log out</a>'


@bp.route("/order")
def order() -> str:
    """The origin article's second protected page."""
    return "<h1>Your orders</h1>"
