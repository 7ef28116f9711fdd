"""The ``main`` blueprint: the pages behind the login."""

from __future__ import annotations

from markupsafe import escape

from ..blueprints import Blueprint
from ..globals import session
from ..helpers import url_for
from .auth import login_required, messages_html

bp = Blueprint("main", __name__)


@bp.route("/")
@bp.route("/index")
@login_required
def index() -> str:
    """The welcome page."""
    links = f'<a href="{url_for("main.order")}">Orders</a> <a href="{url_for("auth.logout")}">'
    user = escape(session["user_info"])
    return f"<h1>Welcome to the system, {user}</h1>{messages_html()}{links}Log out</a>"


@bp.route("/order")
@login_required
def order() -> str:
    """The origin article's second protected page."""
    return f"<h1>Your orders</h1>{messages_html()}"
