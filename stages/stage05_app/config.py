"""``Config``: the application's settings, a dict that knows how to fill itself.

Mirrors flask/config.py (Flask 3.1.3), plus ``default_config`` from flask/app.py.

Flask keeps settings in a plain ``dict`` subclass rather than attributes, so
extensions can add keys without touching the class, and everything that reads a
setting (``app.testing``, the session interface, the request size limits) reads it
at the moment it is needed. The loaders all funnel into "copy the UPPER-CASE names":
lower-case names in a settings file or class are scratch values, never settings.
"""

from __future__ import annotations

import errno
import importlib
import json
import os
import types
from collections.abc import Callable, Iterable, Mapping
from datetime import timedelta
from typing import IO, Any, Generic, Self, TypeVar, overload

T = TypeVar("T")

#: Flask's ``Flask.default_config`` (flask/app.py, Flask 3.1.3): same keys, values and order.
#: Read-only, like Flask's ``ImmutableDict``: each app copies it into its own ``Config``.
#: Grouped by the part of Flask that reads each setting (the stage that builds it, if any).
# fmt: off
DEFAULT_CONFIG: Mapping[str, Any] = types.MappingProxyType({
    # modes: debug/testing switches; PROPAGATE_EXCEPTIONS None means "follow them"
    "DEBUG": None, "TESTING": False, "PROPAGATE_EXCEPTIONS": None,
    # signing and session lifetime (stage 7)
    "SECRET_KEY": None, "SECRET_KEY_FALLBACKS": None,
    "PERMANENT_SESSION_LIFETIME": timedelta(days=31),
    # file sending (stage 8)
    "USE_X_SENDFILE": False,
    # which hosts and which URL prefix the app answers for (routing, url_for)
    "TRUSTED_HOSTS": None, "SERVER_NAME": None, "APPLICATION_ROOT": "/",
    # the session cookie's attributes, RFC 6265 section 4.1.2 (stage 7)
    "SESSION_COOKIE_NAME": "session", "SESSION_COOKIE_DOMAIN": None,
    "SESSION_COOKIE_PATH": None, "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SECURE": False, "SESSION_COOKIE_PARTITIONED": False,
    "SESSION_COOKIE_SAMESITE": None, "SESSION_REFRESH_EACH_REQUEST": True,
    # request body limits, applied to every Request (413 when exceeded)
    "MAX_CONTENT_LENGTH": None, "MAX_FORM_MEMORY_SIZE": 500_000, "MAX_FORM_PARTS": 1_000,
    # Cache-Control max-age for send_file (stage 8)
    "SEND_FILE_MAX_AGE_DEFAULT": None,
    # error handling: re-raise instead of turning into an error response
    "TRAP_BAD_REQUEST_ERRORS": None, "TRAP_HTTP_EXCEPTIONS": False,
    # templates (stage 8)
    "EXPLAIN_TEMPLATE_LOADING": False,
    # url_for(_external=True) outside a request
    "PREFERRED_URL_SCHEME": "http",
    # templates again, and the cookie size warning (stage 7)
    "TEMPLATES_AUTO_RELOAD": None, "MAX_COOKIE_SIZE": 4093,
    # whether routes answer OPTIONS on their own
    "PROVIDE_AUTOMATIC_OPTIONS": True,
})
# fmt: on

# errno values that ``silent=True`` treats as "no file there". Flask accepts ENOTDIR
# (a path component is a regular file) in from_pyfile but not in from_file; we match.
_NO_PYFILE = frozenset({errno.ENOENT, errno.EISDIR, errno.ENOTDIR})
_NO_DATAFILE = frozenset({errno.ENOENT, errno.EISDIR})


def import_string(dotted: str) -> Any:
    """Import a module or an object by name: ``"os.path:join"`` or ``"os.path.join"``.

    Mirrors ``werkzeug.utils.import_string`` (without its ``silent`` flag). The dotted
    form is tried as a module first, then as ``module.attribute``.
    """
    if ":" in dotted:
        module_name, _, attribute = dotted.partition(":")
        return _attribute_of(dotted, module_name, attribute)
    try:
        return importlib.import_module(dotted)
    except ModuleNotFoundError as error:
        # Only fall back when the missing module is the name itself (or a parent of it);
        # a module that exists but fails its own imports must report that failure.
        missing = error.name or ""
        if "." not in dotted or not (dotted == missing or dotted.startswith(missing + ".")):
            raise _import_failed(dotted, error) from error
    except ImportError as error:
        raise _import_failed(dotted, error) from error
    module_name, _, attribute = dotted.rpartition(".")
    return _attribute_of(dotted, module_name, attribute)


def _attribute_of(dotted: str, module_name: str, attribute: str) -> Any:
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise _import_failed(dotted, error) from error
    found: Any = module
    try:
        for name in attribute.split("."):  # "os:path.join" walks os -> path -> join
            found = getattr(found, name)
    except AttributeError as error:
        raise _import_failed(dotted, error) from None
    return found


def _import_failed(dotted: str, cause: BaseException) -> ImportError:
    return ImportError(
        f"import_string() could not import {dotted!r}: {cause}. Check the spelling, that"
        " the module is importable from sys.path, and that it defines the named attribute."
    )


def _add_config_hint(error: OSError) -> None:
    # str(OSError) is "[Errno N] <strerror>: '<path>'", so the hint lands mid-message.
    error.strerror = f"Unable to load configuration file ({error.strerror})"


class ConfigAttribute(Generic[T]):
    """A class attribute that reads and writes ``obj.config[name]``.

    ``testing = ConfigAttribute[bool]("TESTING")`` makes ``app.testing`` an alias of
    ``app.config["TESTING"]``; ``get_converter`` transforms the value on reads only.
    """

    def __init__(self, name: str, get_converter: Callable[[Any], T] | None = None) -> None:
        #: The config key this attribute forwards to.
        self.__name__ = name
        #: Applied to the stored value on every read (e.g. seconds -> ``timedelta``).
        self.get_converter = get_converter

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, obj: Any, owner: type[Any] | None = None) -> T: ...

    def __get__(self, obj: Any, owner: type[Any] | None = None) -> T | Self:
        if obj is None:  # looked up on the class: hand back the descriptor itself
            return self
        value = obj.config[self.__name__]
        converter = self.get_converter
        return value if converter is None else converter(value)

    def __set__(self, obj: Any, value: Any) -> None:
        obj.config[self.__name__] = value


class Config(dict[str, Any]):
    """A ``dict`` of settings, filled from objects, Python files, data files or the environment.

    Relative file names are resolved against ``root_path`` (the app's folder), so a
    settings file next to the app is found whatever the working directory is.
    """

    def __init__(
        self, root_path: str | os.PathLike[str], defaults: dict[str, Any] | None = None
    ) -> None:
        super().__init__(defaults or {})
        #: The folder relative file names are looked up in.
        self.root_path = root_path

    def from_envvar(self, variable_name: str, silent: bool = False) -> bool:
        """``from_pyfile(os.environ[variable_name])``, with a useful error when it is unset."""
        path = os.environ.get(variable_name)
        if path:
            return self.from_pyfile(path, silent=silent)
        if silent:
            return False
        raise RuntimeError(
            f"The environment variable {variable_name!r} is not set (or is empty), so no"
            " configuration file could be loaded from it. Set it to the path of a Python"
            " configuration file, or pass silent=True to carry on without one."
        )

    def from_prefixed_env(
        self, prefix: str = "FLASK", *, loads: Callable[[str], Any] = json.loads
    ) -> bool:
        """Copy ``FLASK_*`` environment variables in, without the prefix.

        ``FLASK_SECRET_KEY='"x"'`` -> ``SECRET_KEY == "x"``; values go through ``loads``
        (JSON by default) and stay strings when it fails. ``__`` nests into dicts:
        ``FLASK_DB__HOST=h`` -> ``config["DB"]["HOST"] == "h"``. Keys are applied in
        sorted order, so the result does not depend on the environment's order.
        """
        start = f"{prefix}_"
        for env_key in sorted(os.environ):
            if not env_key.startswith(start):
                continue
            raw = os.environ[env_key]
            try:
                value = loads(raw)
            except Exception:  # any failure means "not encoded": keep the text as it is
                value = raw
            *parents, leaf = env_key[len(start) :].split("__")
            target: dict[str, Any] = self
            for parent in parents:
                if parent not in target:  # a missing level starts as an empty dict
                    target[parent] = {}
                target = target[parent]
            target[leaf] = value
        return True

    def from_pyfile(self, filename: str | os.PathLike[str], silent: bool = False) -> bool:
        """Run a Python file as a throwaway module and copy its UPPER-CASE names in."""
        path = os.path.join(self.root_path, filename)
        module = types.ModuleType("config")
        module.__file__ = path
        try:
            # Read bytes, so a PEP 263 coding line in the file decides how it is decoded.
            with open(path, "rb") as source:
                code = compile(source.read(), path, "exec")
                # Inside the try, as in Flask: an OSError the file itself raises gets the
                # same hint (and the same silent treatment) as a missing file.
                exec(code, module.__dict__)
        except OSError as error:
            if silent and error.errno in _NO_PYFILE:
                return False
            _add_config_hint(error)
            raise
        self.from_object(module)
        return True

    def from_object(self, obj: object | str) -> None:
        """Copy the UPPER-CASE attributes of a module or class (or an import string for one).

        ``dir()`` includes inherited attributes, so a settings class hierarchy works:
        ``DevelopmentConfig(Config)`` gets ``Config``'s values unless it overrides them.
        """
        source = import_string(obj) if isinstance(obj, str) else obj
        self._take_settings((name, getattr(source, name)) for name in dir(source) if name.isupper())

    def from_file(
        self,
        filename: str | os.PathLike[str],
        load: Callable[[IO[Any]], Mapping[str, Any]],
        silent: bool = False,
        text: bool = True,
    ) -> bool:
        """Parse a data file with ``load`` (``json.load``, ``tomllib.load`` ...) and apply it.

        ``text=False`` opens the file in binary mode, which ``tomllib.load`` requires.
        """
        path = os.path.join(self.root_path, filename)
        try:
            with open(path, "r" if text else "rb") as handle:
                loaded = load(handle)
        except OSError as error:
            if silent and error.errno in _NO_DATAFILE:
                return False
            _add_config_hint(error)
            raise
        return self.from_mapping(loaded)

    def from_mapping(self, mapping: Mapping[str, Any] | None = None, **kwargs: Any) -> bool:
        """``update()`` that skips keys which are not UPPER-CASE; keyword arguments win."""
        self._take_settings({**dict(mapping or ()), **kwargs}.items())
        return True

    def _take_settings(self, pairs: Iterable[tuple[str, Any]]) -> None:
        """Where every loader ends: copy the pairs whose name is UPPER-CASE, skip the rest.

        Item by item, so a subclass's ``__setitem__`` sees each one.
        """
        for key, value in pairs:
            if key.isupper():
                self[key] = value

    def get_namespace(
        self, namespace: str, lowercase: bool = True, trim_namespace: bool = True
    ) -> dict[str, Any]:
        """The settings whose keys start with ``namespace``, ready to pass as ``**kwargs``.

        ``{"IMAGE_STORE_PATH": "/x"}.get_namespace("IMAGE_STORE_")`` -> ``{"path": "/x"}``.
        """
        found: dict[str, Any] = {}
        for key, value in self.items():
            if not key.startswith(namespace):
                continue
            short = key[len(namespace) :] if trim_namespace else key
            found[short.lower() if lowercase else short] = value
        return found

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {dict.__repr__(self)}>"
