"""Engines run the per-document pipeline over batches: in-process, on all
cores (multiprocessing) or on a Dask cluster. Every engine yields results in
input order, one list per batch, so the caller writes each finished batch to
the store at once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from ..model import Analysis, Document, Failure
from ..settings import Settings

Result = Analysis | Failure


class Engine(Protocol):
    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Result]]: ...

    def close(self) -> None: ...


def make_engine(settings: Settings) -> Engine:
    from .. import registry

    return registry.get("engine", settings.engine)(settings)  # type: ignore[no-any-return]
