"""The whole run: ingest → normalise → per-document pipeline (on an engine)
→ store → incidents over the store → exports.

Documents already stored with the same content by the same pipeline are
skipped, so an interrupted run resumes where it stopped and a re-run adds
nothing twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .engines import make_engine
from .errors import InputError
from .export import export_all
from .model import Analysis, Document, Failure
from .settings import Settings
from .stages import incidents, ingest, normalize
from .store import Store, sqlite_url

Progress = Callable[[int, int], None]  # (documents done, failures so far)


@dataclass
class RunSummary:
    outdir: str
    documents: int = 0  # analysed in this run
    skipped_current: int = 0  # already in the store, unchanged
    events: int = 0  # event claims from this run's documents
    incidents: int = 0
    failures: list[Failure] = field(default_factory=list)
    outputs: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    def as_json(self) -> dict[str, object]:
        return {
            "outdir": self.outdir,
            "documents": self.documents,
            "skipped_current": self.skipped_current,
            "events": self.events,
            "incidents": self.incidents,
            "failures": [{"input": f.origin, "reason": f.reason} for f in self.failures],
            "outputs": self.outputs,
            "seconds": round(self.seconds, 2),
        }


def pipeline_version(settings: Settings) -> str:
    return f"sitrep {__version__} {settings.extractor}"


def open_store(outdir: Path, settings: Settings) -> Store:
    outdir.mkdir(parents=True, exist_ok=True)
    return Store(settings.db_url or sqlite_url(outdir / "sitrep.db"))


def run(
    inputs: Iterable[str],
    outdir: str | Path = "sitrep-out",
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    settings = settings or Settings()
    outdir = Path(outdir)
    started = time.perf_counter()
    summary = RunSummary(outdir=str(outdir))
    store = open_store(outdir, settings)
    version = pipeline_version(settings)
    documents = _new_documents(ingest.read_inputs(inputs, settings), settings, store, version, summary)
    engine = make_engine(settings)
    try:
        for results in engine.map(_batches(documents, settings.batch_size)):
            analyses = [r for r in results if isinstance(r, Analysis)]
            failed = [r for r in results if isinstance(r, Failure)]
            store.save(analyses, version)
            store.save_failures(failed)
            summary.failures += failed
            summary.documents += len(analyses)
            summary.events += sum(len(a.events or ()) for a in analyses)
            if progress:
                progress(summary.documents, len(summary.failures))
    finally:
        engine.close()
    summary.incidents = store.replace_incidents(incidents.build_incidents_from_store(store))
    summary.outputs = export_all(store, outdir)
    store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _new_documents(
    items: Iterable[object], settings: Settings, store: Store, version: str, summary: RunSummary
) -> Iterator[Document]:
    """Normalised documents not yet in the store; failures recorded on the way."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Failure):
            summary.failures.append(item)
            store.save_failures([item])
            continue
        try:
            document = normalize.normalize(item, settings)  # type: ignore[arg-type]
        except InputError as error:
            failure = Failure(item.origin, str(error))  # type: ignore[attr-defined]
            summary.failures.append(failure)
            store.save_failures([failure])
            continue
        if document.doc_id in seen:
            continue  # the same article twice in one run
        seen.add(document.doc_id)
        if settings.resume and store.is_current(document.doc_id, document.content_hash, version):
            summary.skipped_current += 1
            continue
        yield document


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
