"""A dict that notices when it is written to: the base of the session object.

Mirrors ``CallbackDict`` and ``UpdateDictMixin`` of werkzeug/datastructures
(Werkzeug 3.1.9), which Flask's ``SecureCookieSession`` is built on. Every method of
``dict`` that can change the contents calls :meth:`ChangeTrackingDict.changed`; reads
never do. Writes that change nothing (``pop`` of a missing key with a default,
``setdefault`` of a key already there) do not count either.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

_missing: Any = object()


# --8<-- [start:tracking]
class ChangeTrackingDict(dict[str, Any]):
    """``dict``, plus a call to ``changed()`` after each write. Subclasses decide what it does."""

    def __init__(
        self, initial: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None
    ) -> None:
        super().__init__(initial or ())  # filling the dict at birth is not a change

    def changed(self) -> None:
        """Called after every write; does nothing here."""

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        self.changed()

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self.changed()

    def clear(self) -> None:
        super().clear()
        self.changed()

    def popitem(self) -> tuple[str, Any]:
        item = super().popitem()
        self.changed()
        return item

    def update(self, *args: Any, **kwargs: Any) -> None:
        super().update(*args, **kwargs)
        self.changed()

    def __ior__(self, other: Any) -> ChangeTrackingDict:  # type: ignore[override, misc]
        self.update(other)
        return self

    def pop(self, key: str, default: Any = _missing) -> Any:
        if key not in self:
            if default is _missing:
                raise KeyError(key)
            return default
        value = super().pop(key)
        self.changed()
        return value

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key in self:
            return self[key]
        self[key] = default  # through __setitem__: counts as a change
        return default

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {dict.__repr__(self)}>"


# --8<-- [end:tracking]
