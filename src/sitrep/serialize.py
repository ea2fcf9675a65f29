"""Records ⇄ the JSON of the output contract (SPEC section 4).

The store keeps each record's JSON, so exports are a faithful round trip.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .model import (
    Actor,
    Analysis,
    Attribution,
    Contradiction,
    Count,
    DateRange,
    Document,
    EventClaim,
    FieldValue,
    Incident,
    Place,
    SentenceSlant,
    SlantSummary,
    Span,
    TechniqueSpan,
)

Json = dict[str, Any]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --- pieces ---------------------------------------------------------------------


def actor_json(actor: Actor | None) -> Json | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "uncertain": actor.uncertain,
        "alternatives": list(actor.alternatives),
        "actor_id": actor.actor_id,
        "affiliation": list(actor.affiliation),
    }


def actor_from(data: Json | None) -> Actor | None:
    if data is None:
        return None
    return Actor(
        text=data["text"],
        name=data["name"],
        kind=data["kind"],
        country=data.get("country"),
        uncertain=data.get("uncertain", False),
        alternatives=tuple(data.get("alternatives", ())),
        actor_id=data.get("actor_id"),
        affiliation=tuple(data.get("affiliation", ())),
    )


def place_json(place: Place | None) -> Json | None:
    if place is None:
        return None
    return {
        "text": place.text,
        "name": place.name,
        "gazetteer_id": place.gazetteer_id,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
        "feature": place.feature,
        "precision": place.precision,
    }


def place_from(data: Json | None) -> Place | None:
    if data is None:
        return None
    return Place(**data)


def date_json(date: DateRange | None) -> Json | None:
    if date is None:
        return None
    return {"text": date.text, "start": _iso(date.start), "end": _iso(date.end), "precision": date.precision}


def date_from(data: Json | None) -> DateRange | None:
    if data is None:
        return None
    return DateRange(data["text"], _date(data["start"]), _date(data["end"]), data["precision"])


def count_json(count: Count | None) -> Json | None:
    return None if count is None else {"min": count.min, "max": count.max}


def count_from(data: Json | None) -> Count | None:
    return None if data is None else Count(data["min"], data["max"])


def span_json(span: Span) -> Json:
    return {"text": span.text, "start": span.start, "end": span.end}


def span_from(data: Json) -> Span:
    return Span(data["start"], data["end"], data["text"])


# --- events -----------------------------------------------------------------------


def event_json(event: EventClaim) -> Json:
    attribution = event.attribution
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "evidence": span_json(event.evidence),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": actor_json(event.actor1),
        "actor2": actor_json(event.actor2),
        "location": place_json(event.location),
        "date": date_json(event.date),
        "weapons": list(event.weapons),
        "killed": count_json(event.killed),
        "injured": count_json(event.injured),
        "casualties": count_json(event.casualties),
        "attribution": {
            "source": attribution.source,
            "kind": attribution.kind,
            "cue": attribution.cue,
            "chain": list(attribution.chain),
            "span": span_json(attribution.span) if attribution.span else None,
        },
        "status": event.status,
        "aggregate": event.aggregate,
        "confidence": event.confidence,
        "trigger": span_json(event.trigger),
        "flags": list(event.flags),
        "backend": event.backend,
    }


def event_from(data: Json) -> EventClaim:
    attribution = data["attribution"]
    return EventClaim(
        event_id=data["event_id"],
        doc_id=data["doc_id"],
        evidence=span_from(data["evidence"]),
        event_type=data["event_type"],
        sub_event_type=data["sub_event_type"],
        trigger=span_from(data["trigger"]),
        actor1=actor_from(data["actor1"]),
        actor2=actor_from(data["actor2"]),
        location=place_from(data["location"]),
        date=date_from(data["date"]),
        weapons=tuple(data["weapons"]),
        killed=count_from(data["killed"]),
        injured=count_from(data["injured"]),
        casualties=count_from(data["casualties"]),
        attribution=Attribution(
            attribution["source"],
            attribution["kind"],
            attribution.get("cue"),
            tuple(attribution.get("chain", ())),
            span_from(attribution["span"]) if attribution.get("span") else None,
        ),
        status=data["status"],
        aggregate=data["aggregate"],
        confidence=data["confidence"],
        backend=data.get("backend", ""),
        flags=tuple(data.get("flags", ())),
    )


# --- documents and sentences ----------------------------------------------------------


def summary_json(summary: SlantSummary | None) -> Json | None:
    if summary is None:
        return None
    return {
        "sentences": summary.sentences,
        "opinion_share": summary.opinion_share,
        "speculation_share": summary.speculation_share,
        "quote_share": summary.quote_share,
        "techniques_per_1000_words": summary.techniques_per_1000_words,
        "top_techniques": [{"technique": t, "count": n} for t, n in summary.top_techniques],
        "flagged_claim_share": summary.flagged_claim_share,
    }


def document_json(document: Document, analysis: Analysis | None = None) -> Json:
    data = {
        "doc_id": document.doc_id,
        "title": document.title,
        "url": document.url,
        "outlet": document.outlet,
        "author": document.author,
        "published": _iso(document.published),
        "language": document.language,
        "origin": document.origin,
        "content_hash": document.content_hash,
        "text": document.text,
    }
    if analysis is not None:
        data["slant"] = summary_json(analysis.slant_summary)
        data["toponyms"] = [
            {"start": t.start, "end": t.end, "text": t.text, "resolved": place_json(t.place), "reason": t.reason}
            for t in analysis.toponyms or ()
        ]
        data["screened_out"] = [event_json(e) for e in analysis.screened_out or ()]
    return data


def document_from(data: Json) -> Document:
    return Document(
        doc_id=data["doc_id"],
        text=data["text"],
        origin=data.get("origin", ""),
        title=data.get("title"),
        url=data.get("url"),
        outlet=data.get("outlet"),
        author=data.get("author"),
        published=_date(data.get("published")),
        language=data.get("language"),
        content_hash=data.get("content_hash", ""),
    )


def sentence_json(doc_id: str, slant: SentenceSlant) -> Json:
    return {
        "doc_id": doc_id,
        "start": slant.start,
        "end": slant.end,
        "kind": slant.kind,
        "kind_score": slant.kind_score,
        "techniques": [
            {"technique": t.technique, "start": t.start, "end": t.end, "score": t.score} for t in slant.techniques
        ],
    }


def sentence_from(data: Json) -> SentenceSlant:
    return SentenceSlant(
        data["start"],
        data["end"],
        data["kind"],
        tuple(TechniqueSpan(t["technique"], t["start"], t["end"], t["score"]) for t in data["techniques"]),
        data.get("kind_score", 1.0),
    )


# --- incidents ----------------------------------------------------------------------


def _field_value_json(value: FieldValue) -> Json:
    return {"value": value.value, "event_ids": list(value.event_ids), "sources": list(value.sources)}


def incident_json(incident: Incident) -> Json:
    return {
        "incident_id": incident.incident_id,
        "event_ids": list(incident.event_ids),
        "doc_ids": list(incident.doc_ids),
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "location": place_json(incident.location),
        "date": date_json(incident.date),
        "fields": {name: [_field_value_json(v) for v in values] for name, values in incident.fields.items()},
        "consensus": incident.consensus,
        "contradictions": [
            {
                "field": c.field,
                "values": [
                    {"value": v.value, "sources": list(v.sources), "event_ids": list(v.event_ids)} for v in c.values
                ],
            }
            for c in incident.contradictions
        ],
    }


def incident_from(data: Json) -> Incident:
    def values(items: list[Json]) -> tuple[FieldValue, ...]:
        return tuple(FieldValue(i["value"], tuple(i.get("event_ids", ())), tuple(i["sources"])) for i in items)

    return Incident(
        incident_id=data["incident_id"],
        event_ids=tuple(data["event_ids"]),
        doc_ids=tuple(data.get("doc_ids", ())),
        event_type=data["event_type"],
        sub_event_type=data["sub_event_type"],
        location=place_from(data["location"]),
        date=date_from(data["date"]),
        fields={name: values(items) for name, items in data["fields"].items()},
        contradictions=tuple(Contradiction(c["field"], values(c["values"])) for c in data["contradictions"]),
        consensus=data.get("consensus", {}),
    )
