"""Flask's ``flask.json.tag`` at stage 8: stage 7's tagged JSON, unchanged."""

from stage07_sessions.json.tag import JSONTag as JSONTag
from stage07_sessions.json.tag import PassDict as PassDict
from stage07_sessions.json.tag import PassList as PassList
from stage07_sessions.json.tag import TagBytes as TagBytes
from stage07_sessions.json.tag import TagDateTime as TagDateTime
from stage07_sessions.json.tag import TagDict as TagDict
from stage07_sessions.json.tag import TaggedJSONSerializer as TaggedJSONSerializer
from stage07_sessions.json.tag import TagMarkup as TagMarkup
from stage07_sessions.json.tag import TagTuple as TagTuple
from stage07_sessions.json.tag import TagUUID as TagUUID
