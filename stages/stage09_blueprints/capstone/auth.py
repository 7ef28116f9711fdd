"""The ``auth`` blueprint: log in and out, and the ``login_required`` guard ``main`` uses.

The origin article's ``auth`` decorator and ``/login`` view, on a blueprint: the user
name is kept in the session, and each step leaves a flash message for the next page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from markupsafe import escape

from ..blueprints import Blueprint
from ..globals import current_app, request, session
from ..helpers import flash, get_flashed_messages, redirect, url_for

bp = Blueprint("auth", __name__, url_prefix="/auth")

LOGIN_FORM = """<!doctype html>
<title>Log in</title>
<h1>Log in</h1>
{messages}
<form method="post">
  <input name="user" placeholder="user"> <input name="pwd" type="password">
  <input type="submit" value="Log in">
</form>"""


def messages_html() -> str:
    """The flashed messages as a list, for the pages below."""
    items = "".join(f"<li>{escape(message)}</li>" for message in get_flashed_messages())
    return f'<ul class="flashes">{items}</ul>' if items else ""


def login_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """The article's ``auth`` decorator: no user in the session -> the login page."""

    @functools.wraps(view)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if not session.get("user_info"):
            flash("Please log in first.")
            return redirect(url_for("auth.login"))
        return view(*args, **kwargs)

    return guarded


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    """The form; a known user and password are kept in the session."""
    if request.method == "GET":
        return LOGIN_FORM.format(messages=messages_html())
    user, pwd = request.form.get("user"), request.form.get("pwd")
    if user is not None and current_app.config["USERS"].get(user) == pwd:
        session["user_info"] = user
        flash(f"Welcome, {user}.")
        return redirect(url_for("main.index"))
    flash("Wrong user name or password.")
    return LOGIN_FORM.format(messages=messages_html()), 401


@bp.route("/logout")
def logout() -> Any:
    """Forget the user and go back to the login form."""
    session.pop("user_info", None)
    flash("You are logged out.")
    return redirect(url_for(".login"))
