"""Class-based views.

Mirrors flask/views.py (Flask 3.1.3); built by stages 5 and 6, nothing new here.
"""

from .base import HTTP_METHOD_FUNCS as http_method_funcs  # noqa: F401 - Flask's name
from .base import MethodView as MethodView
from .base import View as View
