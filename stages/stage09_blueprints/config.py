"""``Config`` and ``ConfigAttribute``.

Mirrors flask/config.py (Flask 3.1.3); built by stage 5.
"""

from stage05_app.config import Config as Config
from stage05_app.config import ConfigAttribute as ConfigAttribute
