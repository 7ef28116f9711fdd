"""The containers a request is made of, under the name Werkzeug gives their package.

Mirrors werkzeug/datastructures/__init__.py (Werkzeug 3.1.9): one module per
concept (``multidict.py``, ``headers.py``, ``header_sets.py``), re-exported here.
"""

from .header_sets import HeaderSet as HeaderSet
from .headers import Headers as Headers
from .multidict import MultiDict as MultiDict
