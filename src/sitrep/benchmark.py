"""Throughput and memory: sitrep's pipeline beside spaCy alone on the same texts.

Each measurement runs in a fresh process so that its peak memory is its own.
The corpus is the example articles shipped with the package, repeated to the
requested size (unique ids, so nothing is cached across copies).
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import sys
import time
from typing import Any

from .resources import data_path
from .settings import Settings

EXAMPLES = "examples/examples.gold.jsonl"


def corpus(size: int) -> list[dict[str, Any]]:
    docs = [json.loads(line)["doc"] for line in data_path(EXAMPLES).read_text(encoding="utf-8").splitlines() if line]
    return [{**docs[i % len(docs)], "id": f"bench-{i:05d}"} for i in range(size)]


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _measure_spacy(docs: list[dict[str, Any]], queue: Any) -> None:
    import spacy

    from .stages.nlp import SPACY_PACKAGE

    nlp = spacy.load(SPACY_PACKAGE)
    started = time.perf_counter()
    for _ in nlp.pipe((d["text"] for d in docs), batch_size=16):
        pass
    queue.put({"seconds": time.perf_counter() - started, "peak_rss_mb": _peak_rss_mb()})


def _measure_sitrep(docs: list[dict[str, Any]], settings: Settings, queue: Any) -> None:
    from .model import Analysis, RawArticle
    from .pipeline import Pipeline
    from .stages import normalize

    pipeline = Pipeline(settings).setup()
    raws = [RawArticle(origin=d["id"], id=d["id"], text=d["text"], published=d.get("published")) for d in docs]
    stage_seconds: dict[str, float] = {}
    started = time.perf_counter()
    for start in range(0, len(raws), settings.batch_size):
        items: list[Any] = [
            Analysis(normalize.normalize(r, settings)) for r in raws[start : start + settings.batch_size]
        ]
        for stage in pipeline.stages:
            t0 = time.perf_counter()
            items = pipeline._run_stage(stage, items)
            stage_seconds[stage.name] = stage_seconds.get(stage.name, 0.0) + time.perf_counter() - t0
    queue.put(
        {
            "seconds": time.perf_counter() - started,
            "peak_rss_mb": _peak_rss_mb(),
            "stage_seconds": {k: round(v, 3) for k, v in stage_seconds.items()},
        }
    )


def _in_process(target: Any, *args: Any) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result  # type: ignore[no-any-return]


def benchmark(size: int = 200, settings: Settings | None = None) -> dict[str, Any]:
    settings = settings or Settings()
    docs = corpus(size)
    words = sum(len(d["text"].split()) for d in docs)
    spacy_only = _in_process(_measure_spacy, docs)
    sitrep = _in_process(_measure_sitrep, docs, settings)
    result = {
        "documents": size,
        "words": words,
        "sitrep": {
            "docs_per_second": round(size / sitrep["seconds"], 2),
            "seconds": round(sitrep["seconds"], 2),
            "peak_rss_mb": round(sitrep["peak_rss_mb"], 1),
            "stage_seconds": sitrep["stage_seconds"],
        },
        "spacy_only": {
            "docs_per_second": round(size / spacy_only["seconds"], 2),
            "seconds": round(spacy_only["seconds"], 2),
            "peak_rss_mb": round(spacy_only["peak_rss_mb"], 1),
        },
    }
    result["speed_ratio_vs_spacy"] = round(
        result["sitrep"]["docs_per_second"] / result["spacy_only"]["docs_per_second"], 3
    )
    total = sum(sitrep["stage_seconds"].values()) or 1.0
    result["stage_share"] = {k: round(v / total, 3) for k, v in sitrep["stage_seconds"].items()}
    return result
