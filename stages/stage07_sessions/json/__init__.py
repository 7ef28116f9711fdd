"""JSON for the app, and (in ``tag``) the tagged JSON that session cookies hold.

Mirrors flask/json/__init__.py (Flask 3.1.3) only as far as this stage needs: the
provider is stage 5's; ``tag`` is new.
"""

from stage05_app.json import DefaultJSONProvider as DefaultJSONProvider
from stage06_contexts.helpers import jsonify as jsonify

from . import tag as tag
