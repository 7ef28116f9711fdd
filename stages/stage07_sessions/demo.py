"""The app ``python -m stage07_sessions`` serves: the origin article's login example.

The article's app keeps the logged-in user in ``session["user_info"]``, guards pages
with an ``auth`` decorator and renders ``login.html`` and ``index.html``. Templates
arrive in stage 8, so the pages here are inline HTML; everything else is the
article's, plus flash messages. Log in as ``alex`` / ``123``.
"""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Callable
from html import escape
from typing import Any

from stage07_sessions import Flask, flash, get_flashed_messages, redirect, request, session

app = Flask(__name__)
# A fixed key keeps users logged in across restarts; without one, each run signs
# with a fresh random key (and every earlier cookie stops verifying).
app.secret_key = os.environ.get("DEMO_SECRET_KEY") or secrets.token_hex()

#: The one account the article's example knows.
USERS = {"alex": "123"}

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>{title}</title></head>
<body>{flashes}{body}</body></html>"""

LOGIN_FORM = """<h1>Log in</h1>
<form method="post">
  <input type="text" name="user" placeholder="user" autofocus>
  <input type="password" name="pwd" placeholder="password">
  <input type="submit" value="Log in">
</form>"""


def page(title: str, body: str) -> str:
    """The page around ``body``, with this request's flashed messages on top."""
    flashes = "".join(
        f'<p class="{escape(category)}">{escape(message)}</p>'
        for category, message in get_flashed_messages(with_categories=True)
    )
    return PAGE.format(title=escape(title), flashes=flashes, body=body)


# --8<-- [start:demo]
def auth(view: Callable[..., Any]) -> Callable[..., Any]:
    """Send visitors who are not logged in to the login page."""

    @functools.wraps(view)
    def inner(*args: Any, **kwargs: Any) -> Any:
        if not session.get("user_info"):
            flash("Please log in first.", "warning")
            return redirect("/login")
        return view(*args, **kwargs)

    return inner


@app.route("/")
def root() -> Any:
    return redirect("/index")


@app.route("/index")
@auth
def index() -> str:
    user = escape(session["user_info"])
    links = '<a href="/order">your orders</a> · <a href="/logout">log out</a>'
    return page("Welcome", f"<h1>Welcome, {user}</h1><p>{links}</p>")


@app.route("/order")
@auth
def order() -> str:
    return page("Orders", '<h1>No orders yet</h1><p><a href="/index">back</a></p>')


@app.route("/login", methods=["GET", "POST"])
def login() -> Any:
    if request.method == "GET":
        return page("Log in", LOGIN_FORM)
    user = request.form.get("user", "")
    if USERS.get(user) is not None and USERS[user] == request.form.get("pwd"):
        session["user_info"] = user
        flash(f"Logged in as {user}.")
        return redirect("/index")
    flash("Wrong user name or password.", "error")
    return page("Log in", LOGIN_FORM), 401


@app.route("/logout")
def logout() -> Any:
    # The article's ``del session["user_info"]`` fails (500) when nobody is logged in.
    session.pop("user_info", None)
    flash("Logged out.")
    return redirect("/login")


# --8<-- [end:demo]
