"""Exports, all written from the store: JSONL (the contract), ACLED-column CSV,
GeoJSON and the single-file HTML report."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..serialize import incident_json
from ..store import Store
from . import acled_csv, geojson, report

OUTPUT_FILES = (
    "documents.jsonl",
    "events.jsonl",
    "incidents.jsonl",
    "sentences.jsonl",
    "events.csv",
    "events.geojson",
    "report.html",
)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    count = 0
    temporary = path.with_suffix(path.suffix + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False))
            handle.write("\n")
            count += 1
    temporary.replace(path)
    return count


def export_all(store: Store, outdir: Path) -> dict[str, int]:
    """Write every output file of SPEC section 3 from the store; counts per file."""
    outdir.mkdir(parents=True, exist_ok=True)
    counts = {
        "documents.jsonl": write_jsonl(outdir / "documents.jsonl", store.documents()),
        "events.jsonl": write_jsonl(outdir / "events.jsonl", store.event_records()),
        "incidents.jsonl": write_jsonl(outdir / "incidents.jsonl", (incident_json(i) for i in store.incidents())),
        "sentences.jsonl": write_jsonl(outdir / "sentences.jsonl", store.sentences()),
    }
    counts["events.csv"] = acled_csv.write(outdir / "events.csv", store.event_records())
    counts["events.geojson"] = geojson.write(outdir / "events.geojson", store.event_records())
    counts["report.html"] = report.write(outdir / "report.html", store)
    return counts
