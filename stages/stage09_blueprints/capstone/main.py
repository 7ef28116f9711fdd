"""The ``main`` blueprint: the pages behind the login, with the app's own templates."""

from __future__ import annotations

from ..blueprints import Blueprint
from ..templating import render_template
from .auth import login_required

bp = Blueprint("main", __name__)


@bp.route("/")
@bp.route("/index")
@login_required
def index() -> str:
    """The welcome page."""
    return render_template("main/index.html")


@bp.route("/order")
@login_required
def order() -> str:
    """The origin article's second protected page."""
    return render_template("main/order.html", orders=["a book", "a lamp"])
