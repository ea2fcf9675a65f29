"""Evaluations: each task scores one stage against gold data and returns its
headline numbers as a JSON-ready dict (`sitrep eval TASK PATH`)."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from ..errors import ConfigError, choices

TASKS = {
    "events": "sitrep.evaluate.events",
    "incidents": "sitrep.evaluate.incidents",
    "isaf": "sitrep.evaluate.isaf",
    "case": "sitrep.evaluate.case",
    "geo": "sitrep.evaluate.geo",
    "entities": "sitrep.evaluate.entities",
    "slant": "sitrep.evaluate.slant",
}


def task(name: str) -> ModuleType:
    if name not in TASKS:
        raise ConfigError(f"unknown evaluation task {name!r}; choose one of {choices(TASKS)}")
    return import_module(TASKS[name])
