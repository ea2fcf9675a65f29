"""Dask distributed: batches run on a cluster's workers (a local one by default).

Each worker builds the pipeline once (cached per settings). At most
``2 × workers`` batches are in flight, so a firehose never floods memory, and
results come back in input order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ConfigError
from ..model import Document
from ..pipeline import Pipeline
from ..registry import register
from ..settings import Settings
from . import Result

_pipelines: dict[Settings, Pipeline] = {}


def run_batch(settings: Settings, batch: list[Document]) -> list[Result]:
    pipeline = _pipelines.get(settings)
    if pipeline is None:
        pipeline = _pipelines[settings] = Pipeline(settings).setup()
    return pipeline.analyse_documents(batch)


@register("engine", "engine.dask.v1", alias="dask")
class DaskEngine:
    def __init__(self, settings: Settings) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise ConfigError("the dask engine needs dask[distributed]: pip install 'sitrep[dask]'") from error
        self.settings = settings
        self.cluster: Any = None
        if settings.dask_address:
            self.client = Client(settings.dask_address, timeout=settings.network_timeout)
        else:
            self.cluster = LocalCluster(
                n_workers=settings.workers or 2, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.client = Client(self.cluster)
        self.window = 2 * max(len(self.client.scheduler_info().get("workers", {})), 1)

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Result]]:
        pending: deque[Any] = deque()
        for batch in batches:
            pending.append(self.client.submit(run_batch, self.settings, batch, pure=False))
            if len(pending) >= self.window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
