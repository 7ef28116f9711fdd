"""The ``auth`` blueprint: log in and out, and the ``login_required`` guard ``main`` uses.

The origin article's ``auth`` decorator and ``/login`` view, on a blueprint that ships
its own files: ``templates/auth/login.html`` and ``static/login.css`` live in this
package, beside the code, and the app finds them through the blueprint. The user
name is kept in the session; each step leaves a flash message for the next page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ...blueprints import Blueprint
from ...globals import current_app, request, session
from ...helpers import flash, redirect, url_for
from ...templating import render_template

bp = Blueprint(
    "auth",
    __name__,
    url_prefix="/auth",
    template_folder="templates",
    static_folder="static",
)


def login_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """The article's ``auth`` decorator: no user in the session -> the login page."""

    @functools.wraps(view)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if not session.get("user_info"):
            flash("Please log in first.", "warning")
            return redirect(url_for("auth.login"))
        return view(*args, **kwargs)

    return guarded


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    """The form; a known user and password are kept in the session."""
    if request.method == "GET":
        return render_template("auth/login.html")
    user, pwd = request.form.get("user"), request.form.get("pwd")
    if user is not None and current_app.config["USERS"].get(user) == pwd:
        session["user_info"] = user
        flash(f"Welcome, {user}.")
        return redirect(url_for("main.index"))
    flash("Wrong user name or password.", "error")
    return render_template("auth/login.html"), 401


@bp.route("/logout")
def logout() -> Any:
    """Forget the user and go back to the login form."""
    session.pop("user_info", None)
    flash("You are logged out.")
    return redirect(url_for(".login"))
