"""Flask's ``flask.helpers`` at stage 8: stage 7's helpers and this stage's file helpers.

Mirrors the module layout of flask/helpers.py (Flask 3.1.3): ``send_file``,
``send_from_directory``, ``stream_with_context`` and ``get_template_attribute`` live
there in Flask; here each is written in the module of its concept and gathered here.
"""

from stage07_sessions.helpers import abort as abort
from stage07_sessions.helpers import flash as flash
from stage07_sessions.helpers import get_debug_flag as get_debug_flag
from stage07_sessions.helpers import get_flashed_messages as get_flashed_messages
from stage07_sessions.helpers import jsonify as jsonify
from stage07_sessions.helpers import make_response as make_response
from stage07_sessions.helpers import redirect as redirect
from stage07_sessions.helpers import url_for as url_for

from .sending import send_file as send_file
from .sending import send_from_directory as send_from_directory
from .streaming import stream_with_context as stream_with_context
from .templating import get_template_attribute as get_template_attribute
