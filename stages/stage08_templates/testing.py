"""Flask's ``flask.testing`` at stage 8: stage 7's client, unchanged."""

from stage07_sessions.testing import EnvironBuilder as EnvironBuilder
from stage07_sessions.testing import FlaskClient as FlaskClient
