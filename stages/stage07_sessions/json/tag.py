"""Tagged JSON: the session's serializer, JSON that round-trips a few more Python types.

Mirrors flask/json/tag.py (Flask 3.1.3). A signed cookie must hold text, and JSON is
safe to load from anywhere (unlike pickle, see the chapter's "Then and now"), but JSON
alone would turn a tuple into a list and refuse bytes. So each value JSON cannot keep
is wrapped in a one-key object whose key names its type, a *tag*::

    (1, b"hi")  ->  {" t": [1, {" b": "aGk="}]}

Tag keys start with a space, which a hand-written key rarely does; a real one-key dict
whose key happens to look like a tag is itself tagged (``" di"``) so it survives too.
Tags are tried in order; ``register`` adds one, and ``index=0`` puts it first.
"""

from __future__ import annotations

import json
from base64 import b64decode, b64encode
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from uuid import UUID

from markupsafe import Markup
from stage03_request_response.http import http_date
from stage05_app.json import _encode_extra_types


# --8<-- [start:json_tag]
class JSONTag:
    """One kind of value the serializer knows: how to spot it, write it and read it back."""

    __slots__ = ("serializer",)

    #: The key marking a tagged value, such as ``" t"``. Empty: the tag only rewrites
    #: the value's contents (dicts and lists, whose items may need tags).
    key: str = ""

    def __init__(self, serializer: TaggedJSONSerializer) -> None:
        #: The serializer this tag belongs to; containers call back into it for items.
        self.serializer = serializer

    def check(self, value: Any) -> bool:
        """True if this tag handles ``value``."""
        raise NotImplementedError(f"{type(self).__name__} must define check()")

    def to_json(self, value: Any) -> Any:
        """``value`` as something ``json.dumps`` accepts (the tag key is added by ``tag``)."""
        raise NotImplementedError(f"{type(self).__name__} must define to_json()")

    def to_python(self, value: Any) -> Any:
        """The inverse of ``to_json``: the JSON form (key already removed) -> the value."""
        raise NotImplementedError(f"{type(self).__name__} must define to_python()")

    def tag(self, value: Any) -> Any:
        """``value`` wrapped as ``{key: to_json(value)}``."""
        return {self.key: self.to_json(value)}


# --8<-- [end:json_tag]


# --8<-- [start:containers]
class TagDict(JSONTag):
    """A one-key dict whose key is a tag key: ``{" t": 1}`` -> ``{" di": {" t__": 1}}``.

    Without it, reading back would mistake the user's dict for a tagged tuple.
    """

    __slots__ = ()
    key = " di"

    def check(self, value: Any) -> bool:
        if not isinstance(value, dict) or len(value) != 1:
            return False
        (only_key,) = value
        return only_key in self.serializer.tags

    def to_json(self, value: Any) -> Any:
        ((key, item),) = value.items()
        return {key + "__": self.serializer.tag(item)}

    def to_python(self, value: Any) -> Any:
        if len(_expect(self, value, dict)) != 1:
            raise ValueError(f"tag {self.key!r} must hold a one-key object, got {value!r}")
        ((key, item),) = value.items()
        return {key.removesuffix("__"): item}


class PassDict(JSONTag):
    """Any other dict stays a JSON object; only its values may need tags (keys are strings)."""

    __slots__ = ()

    def check(self, value: Any) -> bool:
        return isinstance(value, dict)

    def tag(self, value: Any) -> Any:
        tag = self.serializer.tag
        return {key: tag(item) for key, item in value.items()}


class PassList(JSONTag):
    """A list stays a JSON array of tagged items."""

    __slots__ = ()

    def check(self, value: Any) -> bool:
        return isinstance(value, list)

    def tag(self, value: Any) -> Any:
        return [self.serializer.tag(item) for item in value]


class TagTuple(JSONTag):
    """``(1, 2)`` -> ``{" t": [1, 2]}``: JSON has only one kind of array."""

    __slots__ = ()
    key = " t"

    def check(self, value: Any) -> bool:
        return isinstance(value, tuple)

    def to_json(self, value: Any) -> Any:
        return [self.serializer.tag(item) for item in value]

    def to_python(self, value: Any) -> Any:
        return tuple(_expect(self, value, list))


# --8<-- [end:containers]


# --8<-- [start:scalars]
class TagBytes(JSONTag):
    """``b"hi"`` -> ``{" b": "aGk="}``: JSON strings hold text, so bytes go as base64."""

    __slots__ = ()
    key = " b"

    def check(self, value: Any) -> bool:
        return isinstance(value, bytes)

    def to_json(self, value: Any) -> Any:
        return b64encode(value).decode("ascii")

    def to_python(self, value: Any) -> Any:
        return b64decode(_expect(self, value, str), validate=True)


class TagMarkup(JSONTag):
    """Anything with ``__html__`` -> ``{" m": "<b>x</b>"}``, read back as safe ``Markup``."""

    __slots__ = ()
    key = " m"

    def check(self, value: Any) -> bool:
        return callable(getattr(value, "__html__", None))

    def to_json(self, value: Any) -> Any:
        return str(value.__html__())

    def to_python(self, value: Any) -> Any:
        return Markup(_expect(self, value, str))


class TagUUID(JSONTag):
    """``UUID(...)`` -> ``{" u": "<32 hex digits>"}``."""

    __slots__ = ()
    key = " u"

    def check(self, value: Any) -> bool:
        return isinstance(value, UUID)

    def to_json(self, value: Any) -> Any:
        return value.hex

    def to_python(self, value: Any) -> Any:
        return UUID(hex=_expect(self, value, str))


class TagDateTime(JSONTag):
    """``datetime`` -> ``{" d": "Mon, 07 Dec 2026 06:40:00 GMT"}``, an HTTP date in UTC.

    Whole seconds only, and read back as an aware UTC datetime: a naive value is taken
    to be UTC, as Flask does.
    """

    __slots__ = ()
    key = " d"

    def check(self, value: Any) -> bool:
        return isinstance(value, datetime)

    def to_json(self, value: Any) -> Any:
        return http_date(value)

    def to_python(self, value: Any) -> Any:
        moment = parsedate_to_datetime(_expect(self, value, str))
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# --8<-- [end:scalars]


def _expect(tag: JSONTag, value: Any, kind: type) -> Any:
    """``value`` if it has the JSON type ``tag`` writes; else a ``ValueError`` naming both."""
    if not isinstance(value, kind):
        raise ValueError(
            f"tag {tag.key!r} holds a {type(value).__name__}, expected a {kind.__name__}:"
            " the data was not written by this serializer"
        )
    return value


# --8<-- [start:serializer]
class TaggedJSONSerializer:
    """``dumps``/``loads`` for session data: compact JSON plus the tags above.

    ``loads(dumps(value)) == value`` for JSON types, tuples, bytes, ``Markup``,
    ``UUID``, ``datetime`` (to the second), and any mix of them in dicts and lists.
    """

    __slots__ = ("tags", "order")

    #: The tags every serializer starts with, in the order they are tried. Dicts come
    #: first: a one-key dict must be checked for a tag-like key before anything else.
    default_tags: list[type[JSONTag]] = [
        TagDict,
        PassDict,
        TagTuple,
        PassList,
        TagBytes,
        TagMarkup,
        TagUUID,
        TagDateTime,
    ]

    def __init__(self) -> None:
        #: Tag key -> tag, for reading back.
        self.tags: dict[str, JSONTag] = {}
        #: Every tag, in the order ``tag`` tries them.
        self.order: list[JSONTag] = []
        for tag_class in self.default_tags:
            self.register(tag_class)

    def register(
        self, tag_class: type[JSONTag], force: bool = False, index: int | None = None
    ) -> None:
        """Add a tag; ``index`` places it in the trying order (default: last).

        A key already taken raises ``KeyError`` unless ``force`` replaces the old tag.
        """
        tag = tag_class(self)
        if tag.key:
            if tag.key in self.tags and not force:
                raise KeyError(
                    f"Tag {tag.key!r} is already registered (by"
                    f" {type(self.tags[tag.key]).__name__}); pass force=True to replace it."
                )
            self.tags[tag.key] = tag
        self.order.insert(len(self.order) if index is None else index, tag)

    def tag(self, value: Any) -> Any:
        """``value`` with every part JSON cannot keep wrapped in its tag."""
        for tag in self.order:
            if tag.check(value):
                return tag.tag(value)
        return value

    def untag(self, value: dict[str, Any]) -> Any:
        """A JSON object -> the value its tag stands for; untagged objects pass through."""
        if len(value) == 1:
            (key,) = value
            tag = self.tags.get(key)
            if tag is not None:
                return tag.to_python(value[key])
        return value

    def _untag_tree(self, value: Any) -> Any:
        # Innermost first: a tuple's items are real values before the tuple is built.
        if isinstance(value, list):
            return [self._untag_tree(item) for item in value]
        if isinstance(value, dict):
            return self.untag({key: self._untag_tree(item) for key, item in value.items()})
        return value

    def dumps(self, value: Any) -> str:
        """Compact JSON with sorted keys and ASCII only, byte-for-byte what Flask writes."""
        return json.dumps(
            self.tag(value),
            separators=(",", ":"),
            sort_keys=True,
            ensure_ascii=True,
            default=_encode_extra_types,  # dates, decimals, dataclasses: as app.json writes them
        )

    def loads(self, value: str | bytes) -> Any:
        """The inverse of ``dumps``; a malformed tag raises ``ValueError``."""
        return self._untag_tree(json.loads(value))


# --8<-- [end:serializer]
