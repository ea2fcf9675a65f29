"""Incidents: event claims about the same real event, merged across documents.

For each field (actor1, actor2, killed, injured, casualties, date, location)
an incident keeps every distinct value with the claims and sources behind
it, a consensus value, and the contradictions between sources. Linking
decides which claims belong together (`link`); `build_incident` turns a
group of claims into an `Incident`.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..model import Contradiction, EventClaim, FieldValue, Incident
from ..serialize import actor_json, count_json, date_json, place_json

FIELDS = ("actor1", "actor2", "killed", "injured", "casualties", "date", "location")
FAR_APART_KM = 50.0
UNKNOWN_ACTORS = frozenset({"Unidentified Armed Group"})


def link(claims: Sequence[EventClaim]) -> list[list[EventClaim]]:
    """Groups of claims about one event. First pass: each claim is its own incident."""
    return [[claim] for claim in claims]


def build_incidents(claims: Iterable[EventClaim]) -> list[Incident]:
    ordered = sorted(claims, key=lambda c: (c.doc_id, c.evidence.start, c.event_id))
    return [build_incident(group) for group in link(ordered)]


def build_incident(group: Sequence[EventClaim]) -> Incident:
    event_ids = tuple(sorted(c.event_id for c in group))
    fields = {name: _values(group, name) for name in FIELDS}
    fields["status"] = _values(group, "status")
    anchor = max(group, key=lambda c: (c.confidence, -len(c.event_id)))
    located = [c for c in group if c.location is not None and c.location.lat is not None]
    dated = [c for c in group if c.date is not None and c.date.start is not None]
    return Incident(
        incident_id="inc-" + hashlib.sha256("|".join(event_ids).encode()).hexdigest()[:16],
        event_ids=event_ids,
        doc_ids=tuple(sorted({c.doc_id for c in group})),
        event_type=anchor.event_type,
        sub_event_type=anchor.sub_event_type,
        location=min(located, key=lambda c: c.location.precision).location if located else anchor.location,  # type: ignore[union-attr]
        date=min(dated, key=lambda c: (c.date.end - c.date.start).days).date if dated else anchor.date,  # type: ignore[union-attr,operator]
        fields={k: v for k, v in fields.items() if v},
        contradictions=tuple(contradictions(fields)),
        consensus={name: consensus(name, values) for name, values in fields.items() if values},
    )


def _value_of(claim: EventClaim, name: str) -> Any:
    value = getattr(claim, name)
    if value is None:
        return None
    if name in ("actor1", "actor2"):
        return actor_json(value)["name"]  # type: ignore[index]
    if name in ("killed", "injured", "casualties"):
        return count_json(value)
    if name == "date":
        data = date_json(value)
        return None if data is None or data["start"] is None else {"start": data["start"], "end": data["end"]}
    if name == "location":
        data = place_json(value)
        return None if data is None else {k: data[k] for k in ("name", "lat", "lon", "country", "precision")}
    return value


def _values(group: Sequence[EventClaim], name: str) -> tuple[FieldValue, ...]:
    merged: dict[str, tuple[Any, list[str], list[str]]] = {}
    for claim in group:
        value = _value_of(claim, name)
        if value is None:
            continue
        key = repr(value)
        _, ids, sources = merged.setdefault(key, (value, [], []))
        ids.append(claim.event_id)
        if claim.attribution.source not in sources:
            sources.append(claim.attribution.source)
    return tuple(FieldValue(v, tuple(ids), tuple(sources)) for v, ids, sources in merged.values())


def contradictions(fields: dict[str, tuple[FieldValue, ...]]) -> list[Contradiction]:
    found = []
    for name, values in fields.items():
        test = _CONFLICT_TESTS.get(name)
        if test is None or len(values) < 2:
            continue
        clashing = [v for v in values if any(test(v.value, other.value) for other in values if other is not v)]
        if clashing:
            found.append(Contradiction(name, tuple(clashing)))
    return found


def _disjoint_counts(a: dict[str, Any], b: dict[str, Any]) -> bool:
    a_max = math.inf if a["max"] is None else a["max"]
    b_max = math.inf if b["max"] is None else b["max"]
    return a_max < b["min"] or b_max < a["min"]


def _different_actors(a: str, b: str) -> bool:
    return a != b and a not in UNKNOWN_ACTORS and b not in UNKNOWN_ACTORS


def _disjoint_dates(a: dict[str, str], b: dict[str, str]) -> bool:
    return a["end"] < b["start"] or b["end"] < a["start"]


def _far_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if None in (a["lat"], a["lon"], b["lat"], b["lon"]):
        return False
    return distance_km(a["lat"], a["lon"], b["lat"], b["lon"]) > FAR_APART_KM


def _status_clash(a: str, b: str) -> bool:
    return {a, b} == {"denied", "occurred"}


_CONFLICT_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "actor1": _different_actors,
    "actor2": _different_actors,
    "killed": _disjoint_counts,
    "injured": _disjoint_counts,
    "casualties": _disjoint_counts,
    "date": _disjoint_dates,
    "location": _far_apart,
    "status": _status_clash,
}


def consensus(name: str, values: Sequence[FieldValue]) -> Any:
    """The value most sources give; ties go to the most conservative (lowest count, a named actor)."""

    def rank(value: FieldValue) -> tuple[Any, ...]:
        support = len(set(value.sources))
        if name in ("killed", "injured", "casualties"):
            return (support, -value.value["min"])
        if name in ("actor1", "actor2"):
            return (support, value.value not in UNKNOWN_ACTORS)
        if name == "location":
            return (support, -(value.value.get("precision") or 3))
        return (support,)

    return max(values, key=rank).value


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
