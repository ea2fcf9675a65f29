"""The stage protocol, the contract check and the per-document error policy.

A stage is a small callable with a declared contract: the `Analysis` fields it
``requires`` and the ones it ``assigns``. `Pipeline` checks the contracts
before any work starts, loads every stage's models in `setup`, and turns a
`RawArticle` into an `Analysis` or a `Failure` — one bad document never
stops the others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import ClassVar, Protocol

from .errors import InputError, PipelineError
from .model import Analysis, Document, Failure, RawArticle
from .settings import Settings
from .stages import normalize

log = logging.getLogger(__name__)

ANALYSIS_FIELDS = frozenset(f.name for f in fields(Analysis))


class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[frozenset[str]]
    assigns: ClassVar[frozenset[str]]

    def setup(self, settings: Settings) -> None:
        """Load models and data. Called once per process, before any document."""

    def __call__(self, analysis: Analysis) -> Analysis: ...


class BatchStage(Stage, Protocol):
    def batch(self, analyses: Sequence[Analysis]) -> list[Analysis]: ...


def check_contracts(stages: Sequence[Stage]) -> None:
    """Raise PipelineError when a stage needs a field that no earlier stage assigns."""
    available = {"document"}
    for stage in stages:
        unknown = (stage.requires | stage.assigns) - ANALYSIS_FIELDS
        if unknown:
            raise PipelineError(f"stage {stage.name!r} declares unknown fields {sorted(unknown)}")
        missing = stage.requires - available
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage assigns; "
                f"put a stage that assigns them before it"
            )
        available |= stage.assigns


def default_stages(settings: Settings) -> list[Stage]:
    from .stages import actors, attribution, dates, events, geo, mentions, nlp, screen, slant

    return [
        nlp.NlpStage(),
        mentions.MentionStage(),
        actors.ActorStage(),
        events.EventStage(settings.extractor),
        geo.GeoStage(),
        dates.DateStage(),
        actors.ActorContextStage(),
        attribution.AttributionStage(),
        slant.SlantStage(),
        screen.ScreenStage(),
    ]


class Pipeline:
    def __init__(self, settings: Settings, stages: Sequence[Stage] | None = None) -> None:
        self.settings = settings
        self.stages = list(stages) if stages is not None else default_stages(settings)
        check_contracts(self.stages)
        self._ready = False

    def setup(self) -> Pipeline:
        if not self._ready:
            for stage in self.stages:
                stage.setup(self.settings)
            self._ready = True
        return self

    def process(self, raw: RawArticle) -> Analysis | Failure:
        return self.process_batch([raw])[0]

    def process_batch(self, raws: Iterable[RawArticle]) -> list[Analysis | Failure]:
        """Normalise and analyse a batch; failures keep their place in the list."""
        self.setup()
        results: list[Analysis | Failure] = []
        for raw in raws:
            try:
                results.append(Analysis(normalize.normalize(raw, self.settings)))
            except InputError as error:
                results.append(Failure(raw.origin, str(error)))
        return self.analyse(results)

    def analyse_documents(self, documents: Iterable[Document]) -> list[Analysis | Failure]:
        self.setup()
        return self.analyse([Analysis(d) for d in documents])

    def analyse(self, items: list[Analysis | Failure]) -> list[Analysis | Failure]:
        for stage in self.stages:
            items = self._run_stage(stage, items)
        return items

    def _run_stage(self, stage: Stage, items: list[Analysis | Failure]) -> list[Analysis | Failure]:
        todo = [i for i, item in enumerate(items) if isinstance(item, Analysis)]
        batch = getattr(stage, "batch", None)
        if batch is not None and len(todo) > 1:
            try:
                done = batch([items[i] for i in todo])
                for i, analysis in zip(todo, done, strict=True):
                    items[i] = analysis
                return items
            except Exception:
                log.debug("batch of stage %s failed; retrying one by one", stage.name, exc_info=True)
        for i in todo:
            items[i] = self._run_one(stage, items[i])  # type: ignore[arg-type]
        return items

    @staticmethod
    def _run_one(stage: Stage, analysis: Analysis) -> Analysis | Failure:
        try:
            return stage(analysis)
        except InputError as error:
            return Failure(analysis.document.origin, str(error))
        except Exception as error:
            log.debug("stage %s failed on %s", stage.name, analysis.document.origin, exc_info=True)
            return Failure(
                analysis.document.origin,
                f"internal error in stage {stage.name!r}: {type(error).__name__}: {error}",
            )
