"""events.geojson: one Point feature per located event claim."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def feature(event: dict[str, Any]) -> dict[str, Any] | None:
    place = event["location"]
    if not place or place.get("lat") is None or place.get("lon") is None:
        return None
    date = event["date"] or {}
    properties = {
        "event_id": event["event_id"],
        "doc_id": event["doc_id"],
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": (event["actor1"] or {}).get("name"),
        "actor2": (event["actor2"] or {}).get("name"),
        "location": place.get("name"),
        "country": place.get("country"),
        "geo_precision": place.get("precision"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "killed": event["killed"],
        "injured": event["injured"],
        "casualties": event["casualties"],
        "source": event["attribution"]["source"],
        "status": event["status"],
        "evidence": event["evidence"]["text"],
    }
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
        "properties": properties,
    }


def write(path: Path, records: Iterable[dict[str, Any]]) -> int:
    features = [f for f in (feature(r) for r in records) if f is not None]
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8"
    )
    return len(features)
