"""Trusted hosts contract: with ``TRUSTED_HOSTS`` set, another ``Host`` header gets a 400.

Mirrors ``Flask.create_url_adapter`` (flask/app.py, Flask 3.1.3) with Werkzeug's
``host_is_trusted`` (werkzeug/sansio/utils.py, 3.1.9).
"""

from __future__ import annotations

import pytest

TRUSTED = ["shop.example", ".static.example"]


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("shop.example", 200),
        ("shop.example:8080", 200),
        ("SHOP.example", 400),
        ("evil.example", 400),
        ("cdn.static.example", 200),
        ("static.example", 200),
        ("notstatic.example", 400),
    ],
    ids=["exact", "port-ignored", "case-matters", "other", "subdomain", "bare-suffix", "lookalike"],
)
def test_trusted_hosts_decide_by_host_header(app, client, host, status):
    app.config["TRUSTED_HOSTS"] = TRUSTED
    app.add_url_rule("/", "index", lambda: "ok")
    assert client.get("/", headers={"Host": host}).status_code == status


def test_trusted_hosts_unset_accepts_any_host(app, client):
    app.add_url_rule("/", "index", lambda: "ok")
    assert client.get("/", headers={"Host": "anything.example"}).status_code == 200


def test_untrusted_host_never_reaches_view(app, client):
    app.config["TRUSTED_HOSTS"] = TRUSTED
    called = []
    app.add_url_rule("/", "index", lambda: called.append(1) or "ok")
    client.get("/", headers={"Host": "evil.example"})
    assert called == []
