"""Flask's ``flask.json`` at stage 8: stage 7's, unchanged."""

from stage07_sessions.json import DefaultJSONProvider as DefaultJSONProvider
from stage07_sessions.json import jsonify as jsonify

from . import tag as tag
