"""The request and response classes.

Mirrors flask/wrappers.py (Flask 3.1.3). Stage 5 subclassed stage 3's wrappers to add
``url_rule``, ``view_args``, ``endpoint``, ``blueprint`` and ``blueprints``; stage 9
adds nothing.
"""

from .base import Request as Request
from .base import Response as Response
