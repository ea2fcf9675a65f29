"""Multiprocessing on all cores: each worker process sets the pipeline up once."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator

from ..model import Document
from ..pipeline import Pipeline
from ..registry import register
from ..settings import Settings
from . import Result

_worker_pipeline: Pipeline | None = None


def _start_worker(settings: Settings) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(settings).setup()


def _run_batch(batch: list[Document]) -> list[Result]:
    assert _worker_pipeline is not None, "worker started without a pipeline"
    return _worker_pipeline.analyse_documents(batch)


@register("engine", "engine.processes.v1", alias="processes")
class ProcessEngine:
    def __init__(self, settings: Settings) -> None:
        workers = settings.workers or os.cpu_count() or 1
        context = multiprocessing.get_context("spawn")
        self.pool = context.Pool(workers, initializer=_start_worker, initargs=(settings,))

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Result]]:
        yield from self.pool.imap(_run_batch, batches)

    def close(self) -> None:
        self.pool.close()
        self.pool.join()
