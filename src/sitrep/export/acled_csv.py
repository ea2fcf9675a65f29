"""events.csv with ACLED's column names, so ACLED notebooks load it unchanged.

ACLED columns come first, in ACLED's order; sitrep's own columns follow.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..resources import country_table

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
EXTRA_COLUMNS = (
    "sitrep_event_id",
    "doc_id",
    "status",
    "aggregate",
    "confidence",
    "attribution_kind",
    "attribution_chain",
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "casualties_min",
    "casualties_max",
    "weapons",
    "date_start",
    "date_end",
    "actor1_uncertain",
    "actor1_alternatives",
    "flags",
    "evidence_start",
    "evidence_end",
)
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
MIDDLE_EAST = {"SY", "IQ", "JO", "LB", "IL", "PS", "YE", "IR", "TR", "SA", "AE", "QA", "KW", "BH", "OM", "CY"}


def write(path: Path, records: Iterable[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow(row(record))
            count += 1
    return count


def row(event: dict[str, Any]) -> dict[str, Any]:
    a1, a2 = event["actor1"] or {}, event["actor2"] or {}
    place, date = event["location"] or {}, event["date"] or {}
    killed, injured, casualties = event["killed"] or {}, event["injured"] or {}, event["casualties"] or {}
    country = country_table().get(place.get("country") or "", {})
    inter1, inter2 = a1.get("kind"), a2.get("kind")
    iso3 = country.get("iso3", "XXX")
    return {
        "event_id_cnty": f"{iso3}-{event['event_id'][3:13]}",
        "event_date": date.get("start") or "",
        "year": (date.get("start") or "")[:4],
        "time_precision": TIME_PRECISION.get(date.get("precision") or "", ""),
        "disorder_type": DISORDER.get(event["event_type"], ""),
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": a1.get("name", ""),
        "assoc_actor_1": "",
        "inter1": inter1 or "",
        "actor2": a2.get("name", ""),
        "assoc_actor_2": "",
        "inter2": inter2 or "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
        "iso": country.get("isonumeric", ""),
        "region": "Middle East" if place.get("country") in MIDDLE_EAST else "",
        "country": country.get("name", ""),
        "admin1": place.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": place.get("name") or "",
        "latitude": place.get("lat") if place.get("lat") is not None else "",
        "longitude": place.get("lon") if place.get("lon") is not None else "",
        "geo_precision": place.get("precision") or "",
        "source": event["attribution"]["source"],
        "source_scale": "",
        "notes": event["evidence"]["text"],
        "fatalities": killed.get("min", 0) if killed else 0,
        "tags": ";".join([event["status"], *event.get("flags", [])]),
        "timestamp": "",
        "sitrep_event_id": event["event_id"],
        "doc_id": event["doc_id"],
        "status": event["status"],
        "aggregate": event["aggregate"],
        "confidence": event["confidence"],
        "attribution_kind": event["attribution"]["kind"],
        "attribution_chain": " > ".join(event["attribution"].get("chain", [])),
        "killed_min": killed.get("min", ""),
        "killed_max": _maybe(killed, "max"),
        "injured_min": injured.get("min", ""),
        "injured_max": _maybe(injured, "max"),
        "casualties_min": casualties.get("min", ""),
        "casualties_max": _maybe(casualties, "max"),
        "weapons": ";".join(event["weapons"]),
        "date_start": date.get("start") or "",
        "date_end": date.get("end") or "",
        "actor1_uncertain": a1.get("uncertain", ""),
        "actor1_alternatives": ";".join(a1.get("alternatives", [])),
        "flags": ";".join(event.get("flags", [])),
        "evidence_start": event["evidence"]["start"],
        "evidence_end": event["evidence"]["end"],
    }


def _maybe(count: dict[str, Any], key: str) -> Any:
    if not count:
        return ""
    return "" if count.get(key) is None else count[key]


def _interaction(inter1: int | None, inter2: int | None) -> str:
    if not inter1:
        return ""
    if not inter2:
        return f"{inter1}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"
