"""`sitrep eval events GOLD`: event extraction scored as SPEC section 6 says.

Matching: a predicted claim matches a gold event when its evidence covers at
least 60% of the gold evidence's word tokens and the event types are equal.
Each prediction is assigned to at most one gold event (maximum bipartite
matching, core events first; among several claims of one sentence, the one
whose trigger lies inside the gold evidence is tried first). Recall counts core gold events; a prediction
that matches only a non-core gold event, or an already matched one, is
neither rewarded nor punished; any other prediction is a false positive.

Fields are scored on every assigned pair (core and non-core) where the gold
gives the field. Names are compared by containment either way, on whole
words ("US" is not inside "Russian"), case-insensitively, against the
predicted actor's ``text`` or ``name``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Analysis, EventClaim
from ..serialize import event_json
from ..settings import Settings
from ..stages.incidents import distance_km
from ..stages.normalize import normalize_text
from .scoring import prf

COVERAGE = 0.6
LOCATION_KM = 30.0
FIELDS = (
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "date",
    "killed",
    "injured",
    "casualties",
    "source",
    "status",
)
_WORD = re.compile(r"\w+")


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return round(self.correct / self.total, 4) if self.total else None


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    n_core: int = 0
    n_predicted: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self, details: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            **prf(self.tp, self.fp, self.n_core - self.tp),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.n_core - self.tp,
            "n_gold_core": self.n_core,
            "n_predicted": self.n_predicted,
            "fields": {name: {"accuracy": s.accuracy, "n": s.total} for name, s in self.fields.items()},
        }
        if details:
            result["errors"] = self.errors
        return result


# --- loading gold -------------------------------------------------------------------


def gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.rglob("*.gold.jsonl"))
    return [path]


def load_gold(path: Path) -> list[dict[str, Any]]:
    docs = []
    for file in gold_files(path):
        with file.open(encoding="utf-8") as handle:
            docs += [json.loads(line) for line in handle if line.strip()]
    return docs


# --- running -------------------------------------------------------------------------


def predict(docs: Sequence[dict[str, Any]], settings: Settings, stages: Sequence[Any] | None = None) -> list[Analysis]:
    """Run the pipeline (or only ``stages``) over the gold documents' texts."""
    from ..model import RawArticle
    from ..pipeline import Pipeline

    pipeline = Pipeline(settings, stages).setup()
    raws = [
        RawArticle(
            origin=d["doc"]["id"],
            id=d["doc"]["id"],
            text=d["doc"]["text"],
            title=d["doc"].get("title"),
            outlet=d["doc"].get("outlet"),
            published=d["doc"].get("published"),
        )
        for d in docs
    ]
    results = pipeline.process_batch(raws)
    return [r for r in results if isinstance(r, Analysis)]


def evaluate(path: Path, settings: Settings | None = None, details: bool = False) -> dict[str, Any]:
    docs = load_gold(path)
    analyses = {a.document.doc_id: a for a in predict(docs, settings or Settings())}
    scores = Scores()
    for doc in docs:
        analysis = analyses.get(doc["doc"]["id"])
        score_document(doc, analysis, scores)
    result = scores.as_json(details)
    result["documents"] = len(docs)
    result["failed_documents"] = sorted(d["doc"]["id"] for d in docs if d["doc"]["id"] not in analyses)
    return result


# --- scoring ---------------------------------------------------------------------------


def candidate_matches(text: str, gold_events: list[dict[str, Any]], predictions: list[Any]) -> set[tuple[int, int]]:
    """(prediction, gold) index pairs that may match: same event type, enough of the gold evidence covered."""
    spans = [locate(text, g["evidence"]) for g in gold_events]
    return {
        (p, g)
        for p, prediction in enumerate(predictions)
        for g, gold in enumerate(gold_events)
        if spans[g] is not None
        and gold["event_type"] == prediction.event_type
        and coverage(text, spans[g], prediction) >= COVERAGE  # type: ignore[arg-type]
    }


@dataclass(frozen=True)
class Matching:
    """How one document's claims met its gold: gold index -> claim index, and which claims matched nothing."""

    core: dict[int, int]
    non_core: dict[int, int]
    unmatched: frozenset[int]

    def outcome(self, p: int) -> str:
        """'hit' (the claim a core gold event was assigned), 'false alarm', or 'neutral'."""
        if p in self.core.values():
            return "hit"
        return "false alarm" if p in self.unmatched else "neutral"


def match_document(gold_events: list[dict[str, Any]], predictions: Sequence[EventClaim], text: str) -> Matching:
    matches = candidate_matches(text, gold_events, list(predictions))
    preferred = triggered_inside(text, gold_events, list(predictions), matches)
    core = [g for g, gold in enumerate(gold_events) if gold.get("core")]
    non_core = [g for g, gold in enumerate(gold_events) if not gold.get("core")]
    assigned = assign(matches, core, range(len(predictions)), preferred)
    rest = [p for p in range(len(predictions)) if p not in assigned.values()]
    matched_any = {p for p, _ in matches}
    return Matching(
        core=assigned,
        non_core=assign(matches, non_core, rest, preferred),
        unmatched=frozenset(p for p in range(len(predictions)) if p not in matched_any),
    )


def document_text(gold_doc: dict[str, Any], analysis: Analysis | None) -> str:
    return analysis.document.text if analysis else normalize_text(gold_doc["doc"]["text"])


def score_document(gold_doc: dict[str, Any], analysis: Analysis | None, scores: Scores) -> None:
    gold_events = gold_doc["events"]
    predictions = list(analysis.events or ()) if analysis else []
    matching = match_document(gold_events, predictions, document_text(gold_doc, analysis))
    scores.n_core += sum(1 for g in gold_events if g.get("core"))
    scores.n_predicted += len(predictions)
    scores.tp += len(matching.core)
    for p in sorted(matching.unmatched):
        scores.fp += 1
        scores.errors.append(
            {
                "doc": gold_doc["doc"]["id"],
                "error": "false positive",
                "evidence": predictions[p].evidence.text,
                "type": predictions[p].sub_event_type,
            }
        )
    for g, gold in enumerate(gold_events):
        if gold.get("core") and g not in matching.core:
            scores.errors.append(
                {
                    "doc": gold_doc["doc"]["id"],
                    "error": "missed",
                    "evidence": gold["evidence"],
                    "type": gold.get("sub_event_type"),
                }
            )
    for g, p in {**matching.core, **matching.non_core}.items():
        score_fields(gold_events[g], predictions[p], scores, gold_doc["doc"]["id"])


def locate(text: str, evidence: str) -> tuple[int, int] | None:
    """Where the gold evidence sits in the normalised text."""
    needle = normalize_text(evidence)
    start = text.find(needle)
    if start >= 0:
        return start, start + len(needle)
    words = _WORD.findall(needle)
    if not words:
        return None
    pattern = r"\W+".join(re.escape(w) for w in words)
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def coverage(text: str, gold: tuple[int, int], prediction: EventClaim) -> float:
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(text, gold[0], gold[1])]
    if not tokens:
        return 0.0
    inside = sum(1 for s, e in tokens if prediction.evidence.start <= s and e <= prediction.evidence.end)
    return inside / len(tokens)


def triggered_inside(
    text: str, gold_events: list[dict[str, Any]], predictions: list[Any], matches: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Matching pairs whose predicted trigger lies inside the gold evidence: when one sentence
    yields several claims of a type, the one told by the gold's own words is its claim."""
    spans = [locate(text, g["evidence"]) for g in gold_events]
    return {
        (p, g)
        for p, g in matches
        if (span := spans[g]) is not None and span[0] <= predictions[p].trigger.start < span[1]
    }


def assign(
    matches: set[tuple[int, int]],
    golds: Iterable[int],
    predictions: Iterable[int],
    preferred: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
) -> dict[int, int]:
    """Maximum bipartite matching gold → prediction (augmenting paths); among a gold's
    candidates the ``preferred`` pairs are tried first, then reading order."""
    allowed_predictions = set(predictions)
    options: dict[int, list[int]] = {}
    for p, g in sorted(matches, key=lambda pair: ((pair[0], pair[1]) not in preferred, pair)):
        if p in allowed_predictions:
            options.setdefault(g, []).append(p)
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in options.get(g, []):
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in golds:
        augment(g, set())
    return {g: p for p, g in owner.items()}


def score_fields(gold: dict[str, Any], prediction: EventClaim, scores: Scores, doc_id: str) -> None:
    predicted = event_json(prediction)
    for name in FIELDS:
        if name not in gold or gold[name] is None:
            continue
        ok = FIELD_CHECKS[name](gold[name], predicted)
        scores.fields[name].total += 1
        scores.fields[name].correct += ok
        if not ok:
            scores.errors.append(
                {
                    "doc": doc_id,
                    "error": f"wrong {name}",
                    "gold": gold[name],
                    "predicted": _shown(name, predicted),
                    "evidence": gold["evidence"],
                }
            )


def _shown(name: str, predicted: dict[str, Any]) -> Any:
    if name == "source":
        return predicted["attribution"]["source"]
    value = predicted.get(name)
    if isinstance(value, dict) and name in {"actor1", "actor2"}:
        return {"text": value["text"], "name": value["name"]}
    return value


def words_contain(outer: str, inner: str) -> bool:
    """Whole-word, case-insensitive containment."""
    inner_words = _WORD.findall(inner.lower())
    outer_words = _WORD.findall(outer.lower())
    if not inner_words:
        return False
    size = len(inner_words)
    return any(outer_words[i : i + size] == inner_words for i in range(len(outer_words) - size + 1))


def names_match(acceptable: Sequence[str], candidates: Sequence[str]) -> bool:
    return any(words_contain(c, a) or words_contain(a, c) for a in acceptable for c in candidates if c)


# eval/gold/ANNOTATION.md writes an unknown perpetrator as ["unknown", "unidentified"]; a gold
# list with either word accepts both (our canonical name is "Unidentified Armed Group").
UNKNOWN_PERPETRATOR = ("unknown", "unidentified")


def _actor_ok(gold: list[str], predicted: dict[str, Any]) -> bool:
    actor = predicted
    if actor is None:
        return False
    if {g.lower() for g in gold} & set(UNKNOWN_PERPETRATOR):
        gold = [*gold, *UNKNOWN_PERPETRATOR]
    return names_match(gold, [actor.get("text") or "", actor.get("name") or ""])


def _location_ok(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    place = predicted["location"]
    if place is None:
        return False
    if gold.get("lat") is not None and gold.get("lon") is not None:
        if place.get("lat") is None or place.get("lon") is None:
            return False
        return distance_km(gold["lat"], gold["lon"], place["lat"], place["lon"]) <= LOCATION_KM
    return names_match(gold.get("names", []), [place.get("name") or "", place.get("text") or ""])


def _date_ok(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    date = predicted["date"]
    if not date or not date.get("start"):
        return False
    g_start, g_end = dt.date.fromisoformat(gold["start"]), dt.date.fromisoformat(gold.get("end") or gold["start"])
    p_start, p_end = dt.date.fromisoformat(date["start"]), dt.date.fromisoformat(date["end"] or date["start"])
    return p_start <= g_end and g_start <= p_end


def _count_ok(name: str):  # type: ignore[no-untyped-def]
    def check(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
        count = predicted[name]
        if count is None:
            return False
        g_max = math.inf if gold.get("max") is None else gold["max"]
        p_max = math.inf if count.get("max") is None else count["max"]
        return count["min"] <= g_max and gold["min"] <= p_max

    return check


def _source_ok(gold: list[str], predicted: dict[str, Any]) -> bool:
    attribution = predicted["attribution"]
    return names_match(gold, [attribution["source"], *attribution.get("chain", [])])


FIELD_CHECKS = {
    "sub_event_type": lambda gold, predicted: gold == predicted["sub_event_type"],
    "actor1": lambda gold, predicted: _actor_ok(gold, predicted["actor1"]),
    "actor2": lambda gold, predicted: _actor_ok(gold, predicted["actor2"]),
    "location": _location_ok,
    "date": _date_ok,
    "killed": _count_ok("killed"),
    "injured": _count_ok("injured"),
    "casualties": _count_ok("casualties"),
    "source": _source_ok,
    "status": lambda gold, predicted: gold == predicted["status"],
}


def format_text(result: dict[str, Any]) -> str:
    lines = [
        f"documents {result['documents']}  gold core events {result['n_gold_core']}  predicted {result['n_predicted']}"
        + (f"  FAILED documents: {', '.join(result['failed_documents'])}" if result["failed_documents"] else ""),
        f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}"
        f"  (tp {result['tp']}, fp {result['fp']}, fn {result['fn']})",
        "field accuracy on matched pairs:",
    ]
    for name, score in result["fields"].items():
        accuracy = "n/a" if score["accuracy"] is None else f"{score['accuracy']:.3f}"
        lines.append(f"  {name:<15} {accuracy:>6}  (n={score['n']})")
    return "\n".join(lines)
