"""The app ``python -m stage08_templates`` serves: the origin article's login example, whole.

Stage 7 made its login work with a signed cookie; this stage gives it what the article
had on disk: ``templates/login.html`` and ``templates/index.html`` (on a shared
``base.html`` layout that shows flashed messages) and an image under ``static/``.
Log in as ``alex`` / ``123``.
"""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Callable
from typing import Any

from stage08_templates import (
    Flask,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

# The article: Flask('xxxx', template_folder="templates"). __name__ finds this package's
# folder, so templates/ and static/ are the ones beside this file.
app = Flask(__name__, template_folder="templates")
app.secret_key = os.environ.get("DEMO_SECRET_KEY") or secrets.token_hex()

#: The one account the article's example knows.
USERS = {"alex": "123"}


# --8<-- [start:demo]
def auth(view: Callable[..., Any]) -> Callable[..., Any]:
    """Send visitors who are not logged in to the login page."""

    @functools.wraps(view)
    def inner(*args: Any, **kwargs: Any) -> Any:
        if not session.get("user_info"):
            flash("Please log in first.", "warning")
            return redirect(url_for("login"))
        return view(*args, **kwargs)

    return inner


@app.route("/")
def root() -> Any:
    return redirect(url_for("index"))


@app.route("/index")
@auth
def index() -> str:
    return render_template("index.html")


@app.route("/order")
@auth
def order() -> str:
    return render_template("order.html", orders=[{"name": "flask", "count": 1}])


@app.route("/login", methods=["GET", "POST"])
def login() -> Any:
    if request.method == "GET":
        return render_template("login.html")
    user = request.form.get("user", "")
    if USERS.get(user) is not None and USERS[user] == request.form.get("pwd"):
        session["user_info"] = user
        flash(f"Logged in as {user}.")
        return redirect(url_for("index"))
    # The article: render_template('login.html', **{'msg': '用户名或密码错误'})
    return render_template("login.html", msg="Wrong user name or password.", user=user), 401


@app.route("/logout")
def logout() -> Any:
    session.pop("user_info", None)
    flash("Logged out.")
    return redirect(url_for("login"))


# --8<-- [end:demo]
