"""The default engine: the pipeline in this process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Document
from ..pipeline import Pipeline
from ..registry import register
from ..settings import Settings
from . import Result


@register("engine", "engine.local.v1", alias="local")
class LocalEngine:
    def __init__(self, settings: Settings) -> None:
        self.pipeline = Pipeline(settings).setup()

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Result]]:
        for batch in batches:
            yield self.pipeline.analyse_documents(batch)

    def close(self) -> None:
        """Nothing to release."""
