"""The ``auth`` blueprint: log in and out, at ``/auth/login`` and ``/auth/logout``."""

from __future__ import annotations

from typing import Any

from ..blueprints import Blueprint
from ..globals import current_app, request
from ..helpers import redirect, url_for

bp = Blueprint("auth", __name__, url_prefix="/auth")

LOGIN_FORM = """<!doctype html>
<title>Log in</title>
<h1>Log in</h1>
<form method="post">
  <input name="user" placeholder="user"> <input name="pwd" type="password">
  <input type="submit" value="Log in"> {message}
</form>"""


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    """The form; a POST with a known user and password goes to the index."""
    if request.method == "GET":
        return LOGIN_FORM.format(message="")
    user, pwd = request.form.get("user"), request.form.get("pwd")
    if user is not None and current_app.config["USERS"].get(user) == pwd:
        return redirect(url_for("main.index"))
    return LOGIN_FORM.format(message="Wrong user name or password."), 401


@bp.route("/logout")
def logout() -> Any:
    """Back to the login form."""
    return redirect(url_for(".login"))
