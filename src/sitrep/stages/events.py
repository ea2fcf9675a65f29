"""Events: event claims with their type and arguments, from a named backend.

The backend (``--extractor``) is looked up in the registry, so an `llm`
backend is a new module that registers itself, not a change here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar, Protocol

from .. import registry
from ..model import Analysis, EventClaim
from ..settings import Settings


class Extractor(Protocol):
    name: str

    def extract(self, analysis: Analysis) -> tuple[EventClaim, ...]: ...


class EventStage:
    name: ClassVar[str] = "events"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "entities", "actors", "weapons"})
    assigns: ClassVar[frozenset[str]] = frozenset({"events"})

    def __init__(self, extractor: str = "rules") -> None:
        self.extractor_name = extractor
        self.backend: Any = None

    def setup(self, settings: Settings) -> None:
        if self.backend is None:
            self.backend = registry.get("extractor", self.extractor_name)(settings)

    def __call__(self, analysis: Analysis) -> Analysis:
        return replace(analysis, events=self.backend.extract(analysis))
