"""Named, versioned backends.

Built-in parts register exactly as third-party ones do: with the ``register``
decorator, or through the ``sitrep.backends`` entry-point group. A changed
behaviour gets a new versioned name (``events.rules.v2``); the short name
(``rules``) points at the current version.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module, metadata
from typing import Any, TypeVar

from .errors import ConfigError, choices

T = TypeVar("T")

_REGISTRY: dict[str, dict[str, Any]] = {}
_ALIASES: dict[str, dict[str, str]] = {}
# Modules that register the built-in backends when imported.
_BUILTIN_MODULES = (
    "sitrep.backends.rules",
    "sitrep.backends.llm",
    "sitrep.stages.slant",
    "sitrep.backends.slant_model",
    "sitrep.stages.screen",
    "sitrep.engines.local",
    "sitrep.engines.processes",
    "sitrep.engines.dask",
)
_loaded = False


def register(kind: str, name: str, *, alias: str | None = None) -> Callable[[T], T]:
    """Register ``obj`` as backend ``name`` of ``kind`` (e.g. "extractor")."""

    def decorate(obj: T) -> T:
        _REGISTRY.setdefault(kind, {})[name] = obj
        if alias:
            _ALIASES.setdefault(kind, {})[alias] = name
        return obj

    return decorate


def _load_builtins() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in _BUILTIN_MODULES:
        import_module(module)
    for entry in metadata.entry_points(group="sitrep.backends"):
        entry.load()


def names(kind: str) -> list[str]:
    """Every name ``kind`` can be asked for: short aliases and versioned names."""
    _load_builtins()
    return sorted(set(_REGISTRY.get(kind, {})) | set(_ALIASES.get(kind, {})))


def resolve(kind: str, name: str) -> str:
    """The versioned name behind ``name``; ConfigError when there is none."""
    _load_builtins()
    name = _ALIASES.get(kind, {}).get(name, name)
    if name not in _REGISTRY.get(kind, {}):
        raise ConfigError(f"unknown {kind} {name!r}; choose one of {choices(names(kind))}")
    return name


def get(kind: str, name: str) -> Any:
    versioned = resolve(kind, name)  # loads the built-ins first
    return _REGISTRY[kind][versioned]
