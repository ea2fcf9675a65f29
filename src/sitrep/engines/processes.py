"""Multiprocessing on all cores: each worker process sets the pipeline up once."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator

from ..model import Document, Failure
from ..pipeline import Pipeline
from ..registry import register
from ..settings import Settings
from . import Result

_worker_pipeline: Pipeline | None = None
_worker_error = "worker process did not start"


def _start_worker(settings: Settings) -> None:
    # An exception here would make the pool respawn workers forever; keep it
    # and fail each document with it instead.
    global _worker_pipeline, _worker_error
    try:
        _worker_pipeline = Pipeline(settings).setup()
    except Exception as error:
        _worker_error = f"worker process could not start: {type(error).__name__}: {error}"


def _run_batch(batch: list[Document]) -> list[Result]:
    if _worker_pipeline is None:
        return [Failure(document.origin, _worker_error) for document in batch]
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
