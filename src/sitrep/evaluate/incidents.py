"""`sitrep eval incidents GOLD`: incident linking and contradictions, on the incident set.

GOLD is a gold file (or a folder of them) in the format of SPEC section 6
whose events carry an ``incident`` id, with ``contradictions.json`` (the
planted contradictions, written by ``build_incidents.py``) beside it.

Two measurements, both through the store and `stages.incidents`:

* ``oracle`` — claims built from the gold events themselves (the gold's
  type, actors resolved through the actor dictionary, place, date, numbers,
  first source, status and evidence; geo precision 3 for regions and
  countries, else 1; date precision from the range's length). This measures
  the linker alone; the issue's F1 >= 0.90 target is about this number.
* ``end_to_end`` — the pipeline on the gold documents. Predicted claims are
  matched to gold events with the SPEC rule (evidence covering 60% of the
  gold evidence's words, same event type; core events first; one claim per
  gold event), then linking is scored over the matched ones.

Pairs. The units are the gold events that linking is meant to link: not
aggregates, status occurred, possible or denied (aggregates, plans and
hypotheticals stay incidents of their own by design). A gold pair is two
units with the same incident id; a predicted pair is two units whose claims
landed in the same incident. ``cross_document`` pairs join units of
different documents — document linking, the headline; ``within_document``
pairs join two versions of one event in one article (two sources, or a
denial and a claim); ``all`` is both. End to end, pairs count only when both
units were matched to a claim; ``recall_of_all_gold_pairs`` also counts the
gold pairs lost because extraction missed a unit.

Contradictions. A planted contradiction (incident, field, values) is
surfaced when an incident lists a contradiction on that field between two
values whose claims stand for gold events of that incident under different
planted values, each claim's own value falling under its planted value
(numbers and dates overlap, places within 50 km, actor names contain one
another, status equal). ``unplanted`` lists the other contradictions on
gold incidents (on non-core events, or where the linker joined incidents).
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import (
    Actor,
    Analysis,
    Attribution,
    Count,
    DateRange,
    Document,
    EventClaim,
    Incident,
    Place,
    Span,
)
from ..resources import countries, fold
from ..settings import Settings
from ..stages import incidents as linking
from ..stages.actors import ActorResolver, fallback_actor, lexicon
from ..stages.normalize import normalize_text
from ..store import Store, sqlite_url
from .events import assign, candidate_matches, gold_files, load_gold, locate, names_match, predict, triggered_inside
from .scoring import prf

LINKED_STATUSES = frozenset(linking.LINKABLE_STATUSES)
REGION_WORDS = frozenset({"province", "region", "countryside", "zone", "district", "governorate", "area"})
DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central"})
PAIR_KINDS = ("cross_document", "within_document", "all")


@dataclass(frozen=True)
class Unit:
    """One gold event."""

    doc_id: str
    index: int
    gold: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.doc_id}#{self.index}"

    @property
    def incident(self) -> str:
        return str(self.gold.get("incident") or self.key)

    @property
    def linked(self) -> bool:
        return not self.gold.get("aggregate") and self.gold.get("status", "occurred") in LINKED_STATUSES


@dataclass
class PairScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            **prf(self.tp, self.fp, self.fn),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Outcome:
    """Which incident each unit's claim landed in, and the incidents themselves."""

    claim_of: dict[str, EventClaim]  # unit key -> its claim (matched, for end to end)
    incidents: list[Incident]
    stats: linking.LinkStats
    published: dict[str, dt.date | None] = field(default_factory=dict)

    def incident_of(self) -> dict[str, str]:
        of_event = {e: i.incident_id for i in self.incidents for e in i.event_ids}
        return {key: of_event[c.event_id] for key, c in self.claim_of.items() if c.event_id in of_event}


# --- running --------------------------------------------------------------------------------


def evaluate(path: Path, settings: Settings | None = None, details: bool = False) -> dict[str, Any]:
    docs = load_gold(path)
    planted = load_planted(path)
    units = gold_units(docs)
    result: dict[str, Any] = {"documents": len(docs), "gold": gold_summary(units, planted)}
    with tempfile.TemporaryDirectory(prefix="sitrep-eval-incidents-") as tmp:
        oracle = run_oracle(docs, Path(tmp) / "oracle.db")
        result["oracle"] = score(units, oracle, planted, details)
        analyses = predict(docs, settings or Settings())
        end_to_end = run_end_to_end(docs, analyses, Path(tmp) / "end_to_end.db")
        result["end_to_end"] = score(units, end_to_end, planted, details)
    return result


def load_planted(path: Path) -> dict[str, list[dict[str, Any]]]:
    planted: dict[str, list[dict[str, Any]]] = {}
    for folder in {file.parent for file in gold_files(path)}:
        file = folder / "contradictions.json"
        if file.exists():
            planted.update(json.loads(file.read_text(encoding="utf-8")))
    return planted


def gold_units(docs: Sequence[dict[str, Any]]) -> list[Unit]:
    return [Unit(d["doc"]["id"], i, g) for d in docs for i, g in enumerate(d["events"])]


def gold_summary(units: Sequence[Unit], planted: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    linked = [u for u in units if u.linked]
    counts = {kind: 0 for kind in PAIR_KINDS}
    for a, b in _pairs(linked):
        if a.incident == b.incident:
            counts[_kind(a, b)] += 1
            counts["all"] += 1
    return {
        "events": len(units),
        "linked_events": len(linked),
        "incidents": len({u.incident for u in units}),
        "pairs": counts,
        "planted_contradictions": sum(len(v) for v in planted.values()),
    }


def run_oracle(docs: Sequence[dict[str, Any]], db: Path) -> Outcome:
    analyses = [oracle_analysis(d) for d in docs]
    outcome = _link_stored(analyses, db, "oracle")
    outcome.claim_of = {f"{a.document.doc_id}#{i}": c for a in analyses for i, c in enumerate(a.events or ())}
    return outcome


def run_end_to_end(docs: Sequence[dict[str, Any]], analyses: Sequence[Analysis], db: Path) -> Outcome:
    outcome = _link_stored(analyses, db, "end to end")
    by_doc = {a.document.doc_id: a for a in analyses}
    for doc in docs:
        analysis = by_doc.get(doc["doc"]["id"])
        if analysis is not None:
            outcome.claim_of.update(match_claims(doc, analysis))
    return outcome


def _link_stored(analyses: Sequence[Analysis], db: Path, pipeline: str) -> Outcome:
    store = Store(sqlite_url(db))
    try:
        store.save(analyses, pipeline)
        stats = linking.LinkStats()
        found = linking.build_incidents_from_store(store, stats)
    finally:
        store.close()
    return Outcome({}, found, stats, {a.document.doc_id: a.document.published for a in analyses})


def match_claims(doc: dict[str, Any], analysis: Analysis) -> dict[str, EventClaim]:
    """Gold event → the predicted claim matched to it (SPEC rule, core events first)."""
    text = analysis.document.text
    golds = doc["events"]
    predictions = list(analysis.events or ())
    matches = candidate_matches(text, golds, predictions)
    preferred = triggered_inside(text, golds, predictions, matches)
    core = [g for g, gold in enumerate(golds) if gold.get("core")]
    assigned = assign(matches, core, range(len(predictions)), preferred)
    rest = [p for p in range(len(predictions)) if p not in assigned.values()]
    assigned.update(assign(matches, [g for g in range(len(golds)) if g not in core], rest, preferred))
    return {f"{doc['doc']['id']}#{g}": predictions[p] for g, p in assigned.items()}


# --- oracle claims from gold events ------------------------------------------------------------


def oracle_analysis(doc: dict[str, Any]) -> Analysis:
    meta = doc["doc"]
    text = normalize_text(meta["text"])
    published = dt.date.fromisoformat(meta["published"]) if meta.get("published") else None
    document = Document(meta["id"], text, origin=meta["id"], title=meta.get("title"), outlet=meta.get("outlet"),
                        published=published, content_hash=meta["id"])  # fmt: skip
    claims = tuple(oracle_claim(meta["id"], text, i, gold) for i, gold in enumerate(doc["events"]))
    return Analysis(document=document, events=claims)


def oracle_claim(doc_id: str, text: str, index: int, gold: dict[str, Any]) -> EventClaim:
    start, end = locate(text, gold["evidence"]) or (0, 0)
    source = (gold.get("source") or ["author"])[0]
    return EventClaim(
        event_id=f"{doc_id}#{index}",
        doc_id=doc_id,
        evidence=Span(start, end, text[start:end]),
        event_type=gold["event_type"],
        sub_event_type=gold.get("sub_event_type") or "",
        trigger=Span(start, start, ""),
        actor1=gold_actor(gold.get("actor1")),
        actor2=gold_actor(gold.get("actor2")),
        location=gold_place(gold.get("location")),
        date=gold_date(gold.get("date")),
        killed=_count(gold.get("killed")),
        injured=_count(gold.get("injured")),
        casualties=_count(gold.get("casualties")),
        attribution=Attribution(source, "author" if source == "author" else "unnamed"),
        status=gold.get("status", "occurred"),
        aggregate=bool(gold.get("aggregate")),
        confidence=1.0,
        backend="gold",
    )


def gold_actor(names: Sequence[str] | None) -> Actor | None:
    """The first acceptable name the actor dictionary knows; else unidentified, or the first name."""
    if not names:
        return None
    resolver = ActorResolver(lexicon())
    resolved = [resolver.resolve(name, is_entity=True) for name in names]
    for found in resolved:
        if found is not None and found[1] == "alias":
            return found[0]
    if any(fold(name) in {"unknown", "unidentified"} for name in names):
        return resolver.resolve("unidentified gunmen")[0]  # type: ignore[index]
    first = next((f for f in resolved if f is not None), None)
    return first[0] if first else fallback_actor(names[0])


def gold_place(gold: dict[str, Any] | None) -> Place | None:
    if not gold or not gold.get("names"):
        return None
    name = gold["names"][0]
    return Place(name, name, None, gold.get("lat"), gold.get("lon"), gold.get("country"), precision=_precision(name))


def _precision(name: str) -> int:
    words = set(fold(name).split())
    country_names = {fold(c["name"]) for c in countries()}
    if words & REGION_WORDS or words & DIRECTIONS or fold(name) in country_names:
        return 3
    return 1


def gold_date(gold: dict[str, Any] | None) -> DateRange | None:
    if not gold:
        return None
    start = dt.date.fromisoformat(gold["start"])
    end = dt.date.fromisoformat(gold.get("end") or gold["start"])
    span = (end - start).days
    precision = "day" if span == 0 else "week" if span <= 7 else "month" if span <= 31 else "year"
    return DateRange("", start, end, precision)  # type: ignore[arg-type]


def _count(gold: dict[str, Any] | None) -> Count | None:
    return None if gold is None else Count(gold["min"], gold.get("max"))


# --- scoring -----------------------------------------------------------------------------------


def score(units: Sequence[Unit], outcome: Outcome, planted: dict[str, list[dict[str, Any]]], details: bool) -> dict:
    incident_of = outcome.incident_of()
    linked = [u for u in units if u.linked]
    matched = [u for u in linked if u.key in incident_of]
    scores = {kind: PairScore() for kind in PAIR_KINDS}
    lost = PairScore()
    errors = []
    for a, b in _pairs(linked):
        same = a.incident == b.incident
        if a.key not in incident_of or b.key not in incident_of:
            lost.fn += same
            continue
        predicted = incident_of[a.key] == incident_of[b.key]
        for kind in (_kind(a, b), "all"):
            _count_pair(scores[kind], same, predicted)
        if same != predicted:
            errors.append(_pair_error(a, b, same, outcome))
    lost.tp, lost.fp, lost.fn = scores["all"].tp, scores["all"].fp, scores["all"].fn + lost.fn
    why_missed = Counter(_reason(e["why"]) for e in errors if e["error"] == "missed link")
    result: dict[str, Any] = {
        "linking": {kind: s.as_json() for kind, s in scores.items()},
        "matched_events": len(matched),
        "linked_events": len(linked),
        "recall_of_all_gold_pairs": lost.as_json()["recall"],
        "missed_links_by_reason": dict(sorted(why_missed.items())),
        "contradictions": contradiction_scores(units, outcome, planted),
        "incidents": len(outcome.incidents),
        "claims": outcome.stats.claims,
        "pairs_scored": outcome.stats.pairs,
    }
    if details:
        result["errors"] = errors
    return result


def _reason(why: str) -> str:
    """`incidents.explain` in a few classes."""
    if why.startswith("score"):
        return "scored below the threshold or clashed in a cluster"
    if why.startswith("dates"):
        return "dates more than a day apart"
    if why.startswith("places"):
        return "places beyond reach"
    return why


def _pairs(units: Sequence[Unit]) -> Iterable[tuple[Unit, Unit]]:
    for i, a in enumerate(units):
        for b in units[i + 1 :]:
            yield a, b


def _kind(a: Unit, b: Unit) -> str:
    return "cross_document" if a.doc_id != b.doc_id else "within_document"


def _count_pair(score: PairScore, same: bool, predicted: bool) -> None:
    score.tp += same and predicted
    score.fp += predicted and not same
    score.fn += same and not predicted


def _pair_error(a: Unit, b: Unit, same: bool, outcome: Outcome) -> dict[str, Any]:
    first, second = outcome.claim_of[a.key], outcome.claim_of[b.key]
    return {
        "error": "missed link" if same else "wrong link",
        "why": linking.explain(first, second, outcome.published),
        "gold_incidents": [a.incident, b.incident],
        "claims": [first.event_id, second.event_id],
        "evidence": [u.gold["evidence"][:120] for u in (a, b)],
    }


# --- contradictions ----------------------------------------------------------------------------


def contradiction_scores(
    units: Sequence[Unit], outcome: Outcome, planted: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    by_incident: dict[str, list[Unit]] = {}
    for unit in units:
        by_incident.setdefault(unit.incident, []).append(unit)
    missed, surfaced = [], 0
    for incident_id, entries in planted.items():
        for entry in entries:
            if _surfaced(entry, by_incident.get(incident_id, []), outcome):
                surfaced += 1
            else:
                missed.append({"incident": incident_id, "field": entry["field"]})
    return {
        "planted": sum(len(v) for v in planted.values()),
        "surfaced": surfaced,
        "missed": missed,
        "unplanted": _unplanted(units, outcome, planted),
    }


def _surfaced(entry: dict[str, Any], members: Sequence[Unit], outcome: Outcome) -> bool:
    name, declared = entry["field"], [v["value"] for v in entry["values"]]
    side: dict[str, int] = {}
    for unit in members:
        claim = outcome.claim_of.get(unit.key)
        if claim is None:
            continue
        gold_sides = {k for k, value in enumerate(declared) if _gold_under(name, unit.gold, value)}
        own = linking._value_of(claim, name) if name != "status" else claim.status
        sides = {k for k in gold_sides if own is not None and _value_under(name, own, declared[k])}
        if len(sides) == 1:
            side[claim.event_id] = sides.pop()
    for incident in outcome.incidents:
        for contradiction in incident.contradictions:
            if contradiction.field != name:
                continue
            groups = [{side[e] for e in v.event_ids if e in side} for v in contradiction.values]
            if any(x != y for i, a in enumerate(groups) for b in groups[i + 1 :] for x in a for y in b):
                return True
    return False


def _unplanted(units: Sequence[Unit], outcome: Outcome, planted: dict[str, list[dict[str, Any]]]) -> list[dict]:
    gold_of = {outcome.claim_of[u.key].event_id: u.incident for u in units if u.key in outcome.claim_of}
    found: list[dict[str, Any]] = []
    for incident in outcome.incidents:
        for contradiction in incident.contradictions:
            golds = sorted({gold_of[e] for v in contradiction.values for e in v.event_ids if e in gold_of})
            if len(golds) > 1:
                found.append({"incidents": golds, "field": contradiction.field, "joined": True})
            elif golds and contradiction.field not in {p["field"] for p in planted.get(golds[0], [])}:
                values = [v.value for v in contradiction.values]
                found.append({"incident": golds[0], "field": contradiction.field, "values": values})
    return found


def _gold_under(name: str, gold: dict[str, Any], value: Any) -> bool:
    """The builder's rule: does this gold event give the planted value?"""
    own = gold.get("status", "occurred") if name == "status" else gold.get(name)
    if own is None:
        return False
    if name in ("actor1", "actor2"):
        return any(fold(x) in fold(value) or fold(value) in fold(x) for x in own)
    return _value_under(name, own, value)


def _value_under(name: str, own: Any, value: Any) -> bool:
    if name in ("killed", "injured", "casualties"):
        return not linking._disjoint_counts(own, value)
    if name == "date":
        return bool(own["start"] <= (value.get("end") or value["start"]) and value["start"] <= own["end"])
    if name == "location":
        if own.get("lat") is None or own.get("lon") is None:
            return False
        return linking.distance_km(own["lat"], own["lon"], value["lat"], value["lon"]) < linking.FAR_APART_KM
    if name in ("actor1", "actor2"):
        return names_match([value], [own])
    return bool(own == value)


# --- text ----------------------------------------------------------------------------------


def format_text(result: dict[str, Any]) -> str:
    gold = result["gold"]
    lines = [
        f"documents {result['documents']}  gold events {gold['events']} (linked {gold['linked_events']})  "
        f"incidents {gold['incidents']}  gold pairs {gold['pairs']}",
    ]
    for mode, title in (("oracle", "oracle (gold claims: the linker alone)"), ("end_to_end", "end to end")):
        part = result[mode]
        lines.append(f"{title}: {part['incidents']} incidents from {part['claims']} claims")
        if mode == "end_to_end":
            lines.append(f"  matched gold events {part['matched_events']}/{part['linked_events']}; pairs over matched")
        for kind in PAIR_KINDS:
            s = part["linking"][kind]
            lines.append(
                f"  {kind:<16} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                f"  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
            )
        if mode == "end_to_end":
            lines.append(f"  recall of all gold pairs {part['recall_of_all_gold_pairs']:.3f}")
        if part["missed_links_by_reason"]:
            reasons = ", ".join(f"{k}: {v}" for k, v in part["missed_links_by_reason"].items())
            lines.append(f"  missed links by reason: {reasons}")
        c = part["contradictions"]
        missed = ", ".join(f"{m['incident']}:{m['field']}" for m in c["missed"]) or "none"
        lines.append(f"  contradictions surfaced {c['surfaced']}/{c['planted']}; missed: {missed}")
    return "\n".join(lines)
