"""Flask's signals, on blinker: notifications anyone may subscribe to, apps never need.

Mirrors flask/signals.py (Flask 3.1.3). A signal is sent with the app as sender; a
receiver connected with ``signal.connect(func, app)`` hears only that app. Hooks
(``before_request`` ...) can change what happens; signals only observe it, which
is why tests and extensions (logging, metrics) use them. Where each is sent:

- ``request_started``, ``request_finished``, ``got_request_exception``,
  ``request_tearing_down``, ``appcontext_tearing_down``: ``app.py``;
- ``appcontext_pushed``, ``appcontext_popped``: ``ctx.py``;
- ``template_rendered``, ``before_render_template``: the templates stage's render seam;
- ``message_flashed``: the sessions stage's ``flash``.
"""

from __future__ import annotations

from blinker import Namespace

#: Flask's own namespace, so these signals are distinct from any app's of the same name.
_signals = Namespace()

template_rendered = _signals.signal("template-rendered")
before_render_template = _signals.signal("before-render-template")
request_started = _signals.signal("request-started")
request_finished = _signals.signal("request-finished")
request_tearing_down = _signals.signal("request-tearing-down")
got_request_exception = _signals.signal("got-request-exception")
appcontext_tearing_down = _signals.signal("appcontext-tearing-down")
appcontext_pushed = _signals.signal("appcontext-pushed")
appcontext_popped = _signals.signal("appcontext-popped")
message_flashed = _signals.signal("message-flashed")
