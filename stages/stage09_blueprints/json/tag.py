"""Tagged JSON: the session's serializer for tuples, bytes, ``Markup``, UUIDs and dates.

Mirrors flask/json/tag.py (Flask 3.1.3); built by the sessions stage, nothing new here.
"""

from ..base import JSONTag as JSONTag
from ..base import PassDict as PassDict
from ..base import PassList as PassList
from ..base import TagBytes as TagBytes
from ..base import TagDateTime as TagDateTime
from ..base import TagDict as TagDict
from ..base import TaggedJSONSerializer as TaggedJSONSerializer
from ..base import TagMarkup as TagMarkup
from ..base import TagTuple as TagTuple
from ..base import TagUUID as TagUUID
