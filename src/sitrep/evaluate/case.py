"""`sitrep eval case DIR`: event sub-types scored on the CASE 2021 task-2 snippets.

The data set (``../shared/datasets/case2021-task2-finegrained-events``, 1,019
news-like snippets of 1-3 sentences, one gold label each) is held out as a
whole: nothing in sitrep is tuned on it. See docs/evaluation-real.md.

How a snippet is scored:

- **Input.** The snippet text, with no publication date and no outlet (the
  data set gives neither).
- **Mapping.** 25 of the 30 labels are ACLED sub-event types under CASE
  names; `CASE_TO_ACLED` maps each to ACLED's (event type, sub-type). The
  five "unseen" labels (`UNSEEN`) have no ACLED counterpart and are reported
  apart, never dropped.
- **The predicted sub-type** of a snippet is that of its lead claim (the
  first claim reported as having happened, as for ISAF: `isaf.lead_claim`).
  No claim at all is a miss: it counts against recall, and against no
  class's precision.
- **Sub-type accuracy** and **macro F1** (the unweighted mean of the 25
  classes' F1) are over the snippets with a mapped label. The ``any claim``
  accuracy counts a snippet right when *some* claim has the gold sub-type: it
  separates "never saw it" from "saw it, but not first".
- **Unseen labels**: how often sitrep codes an event anyway, and as what.
  For ORG_CRIME that can be right (ACLED codes gang attacks on civilians);
  for NATURAL_DISASTER it is a false alarm.
- **ATTRIB** (claims, accusations and denials of responsibility): the share
  of these snippets where some claim carries a non-author source, and where
  some claim has status denied or possible, against the same shares on the
  mapped snippets as a baseline. See `attrib_signals`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import SUB_EVENT_PARENT, Analysis, EventClaim
from ..settings import Settings
from .isaf import lead_claim
from .scoring import prf

DATA_FILE = "test_set_final_release_with_labels.tsv"
HEADER = ("id", "EventSnippet", "SubType")
NO_EVENT = "(no event)"

# CASE 2021 task-2 label -> ACLED (event type, sub-event type), from the task's
# "Note on EVENT TYPES" (the 25 "seen" labels are ACLED's sub-event types).
CASE_TO_ACLED: dict[str, tuple[str, str] | None] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
    # The "unseen" labels: not in ACLED's taxonomy.
    "ORG_CRIME": None,  # organised crime; ACLED codes only its political violence
    "NATURAL_DISASTER": None,  # floods, earthquakes, epidemics
    "MAN_MADE_DISASTER": None,  # industrial and traffic accidents, fires
    "DIPLO": None,  # diplomatic acts: expulsions, summits, sanctions
    "ATTRIB": None,  # claims, accusations and denials of responsibility
}
UNSEEN = tuple(label for label, acled in CASE_TO_ACLED.items() if acled is None)


# --- reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    doc_id: str
    text: str
    label: str

    @property
    def acled(self) -> tuple[str, str] | None:
        return CASE_TO_ACLED[self.label]


def data_file(path: Path) -> Path | None:
    candidate = path / DATA_FILE if path.is_dir() else path
    return candidate if candidate.is_file() else None


def load(file: Path) -> list[Snippet]:
    """Tab-separated, one snippet a line; quotes are literal text, not CSV quoting."""
    lines = file.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != HEADER:
        raise ValueError(f"{file}: expected the header {' / '.join(HEADER)}")
    return [parse_line(line) for line in lines[1:] if line.strip()]


def parse_line(line: str) -> Snippet:
    snippet_id, text, label = line.split("\t")
    if label.strip() not in CASE_TO_ACLED:
        raise ValueError(f"unknown CASE label {label!r}; known: {', '.join(CASE_TO_ACLED)}")
    return Snippet(f"case-{snippet_id.strip()}", text.strip(), label.strip())


def predict(snippets: Sequence[Snippet], settings: Settings) -> dict[str, Analysis]:
    from .events import predict as run_pipeline

    docs = [{"doc": {"id": s.doc_id, "text": s.text}} for s in snippets]
    return {a.document.doc_id: a for a in run_pipeline(docs, settings)}


# --- scoring -------------------------------------------------------------------------


def predicted_sub_type(events: Sequence[EventClaim]) -> str:
    claim = lead_claim(events)
    return claim.sub_event_type if claim else NO_EVENT


def per_class(pairs: Sequence[tuple[str, str]], classes: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Precision, recall and F1 of each class from (gold, predicted) pairs.

    A wrong prediction is a miss for its gold class and a false positive for
    the predicted class; NO_EVENT is a miss and a false positive for nothing.
    """
    result = {}
    for c in classes:
        tp = sum(1 for g, p in pairs if g == c and p == c)
        fp = sum(1 for g, p in pairs if g != c and p == c)
        fn = sum(1 for g, p in pairs if g == c and p != c)
        result[c] = {**prf(tp, fp, fn), "support": tp + fn}
    return result


def macro_f1(classes: dict[str, dict[str, Any]]) -> float:
    supported = [s["f1"] for s in classes.values() if s["support"]]
    return round(sum(supported) / len(supported), 4) if supported else 0.0


def attrib_signals(events: Sequence[EventClaim]) -> dict[str, bool]:
    """What sitrep records of a responsibility claim, accusation or denial.

    ``non_author``: some claim is attributed to a named or unnamed source
    rather than stated by the writer; ``denied_or_possible``: some claim has
    status denied or possible; ``armed_group_source``: some claim's source is
    an armed group (a self-claim such as "IS claimed the bombing").
    """
    return {
        "any_claim": bool(events),
        "non_author": any(e.attribution.kind != "author" for e in events),
        "denied_or_possible": any(e.status in ("denied", "possible") for e in events),
        "armed_group_source": any(e.attribution.kind == "armed_group" for e in events),
        "either": any(e.attribution.kind != "author" or e.status in ("denied", "possible") for e in events),
    }


def skipped(path: Path) -> dict[str, Any]:
    return {
        "task": "case",
        "skipped": f"no {DATA_FILE} in {path}; the CASE 2021 task-2 test set lives in "
        "../shared/datasets/case2021-task2-finegrained-events",
    }


def evaluate(path: Path, settings: Settings | None = None, details: bool = False) -> dict[str, Any]:
    file = data_file(path)
    if file is None:
        return skipped(path)
    snippets = load(file)
    return score(snippets, predict(snippets, settings or Settings()), details)


def score(snippets: Sequence[Snippet], analyses: dict[str, Analysis], details: bool = False) -> dict[str, Any]:
    events = {s.doc_id: list(analyses[s.doc_id].events or ()) if s.doc_id in analyses else [] for s in snippets}
    mapped = [s for s in snippets if s.acled is not None]
    pairs = [(s.acled[1], predicted_sub_type(events[s.doc_id])) for s in mapped if s.acled]
    classes = sorted({gold for gold, _ in pairs})
    table = per_class(pairs, classes)
    unseen_pairs = [(s.label, predicted_sub_type(events[s.doc_id])) for s in snippets if s.acled is None]
    result: dict[str, Any] = {
        "task": "case",
        "snippets": len(snippets),
        "failed": sum(1 for s in snippets if s.doc_id not in analyses),
        "mapped": len(mapped),
        "sub_type_accuracy": _share(sum(g == p for g, p in pairs), len(pairs)),
        "macro_f1": macro_f1(table),
        "event_type_accuracy": _share(
            sum(SUB_EVENT_PARENT.get(p) == SUB_EVENT_PARENT[g] for g, p in pairs), len(pairs)
        ),
        "any_claim_sub_type_accuracy": _share(
            sum(any(e.sub_event_type == s.acled[1] for e in events[s.doc_id]) for s in mapped if s.acled), len(mapped)
        ),
        "no_event_share": _share(sum(p == NO_EVENT for _, p in pairs), len(pairs)),
        "macro_f1_with_unseen_as_false_alarms": macro_f1(per_class(pairs + unseen_pairs, classes)),
        "unseen": _unseen(unseen_pairs),
        "attrib": _attrib(snippets, events),
        "pick": "lead claim: first claim in reading order with status occurred/possible, not aggregate",
    }
    if details:
        result["per_class"] = table
        result["confusions"] = _confusions(pairs)
        result["errors"] = [
            {"doc": s.doc_id, "gold": s.label, "predicted": p, "claims": [e.sub_event_type for e in events[s.doc_id]]}
            for s, (_, p) in zip([m for m in mapped if m.acled], pairs, strict=True)
            if s.acled and s.acled[1] != p
        ]
    return result


def _share(count: int, total: int) -> float | None:
    return round(count / total, 4) if total else None


def _unseen(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    report = {}
    for label in UNSEEN:
        predicted = [p for g, p in pairs if g == label]
        coded = [p for p in predicted if p != NO_EVENT]
        report[label] = {
            "n": len(predicted),
            "coded_as_event": _share(len(coded), len(predicted)),
            "top_predictions": dict(Counter(coded).most_common(3)),
        }
    return report


def _attrib(snippets: Sequence[Snippet], events: dict[str, list[EventClaim]]) -> dict[str, Any]:
    def rates(group: Sequence[Snippet]) -> dict[str, Any]:
        signals = [attrib_signals(events[s.doc_id]) for s in group]
        keys = signals[0].keys() if signals else ()
        return {"n": len(group), **{k: _share(sum(sig[k] for sig in signals), len(signals)) for k in keys}}

    return {
        "ATTRIB": rates([s for s in snippets if s.label == "ATTRIB"]),
        "baseline_mapped": rates([s for s in snippets if s.acled is not None]),
    }


def _confusions(pairs: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
    counts = Counter((g, p) for g, p in pairs if g != p)
    return [{"gold": g, "predicted": p, "n": n} for (g, p), n in counts.most_common(25)]


def format_text(result: dict[str, Any]) -> str:
    if "skipped" in result:
        return f"skipped: {result['skipped']}"
    lines = [
        f"CASE 2021 task 2: {result['snippets']} snippets, {result['mapped']} with an ACLED label"
        f" (failed {result['failed']})",
        f"pick: {result['pick']}",
        f"sub-type accuracy {_pct(result['sub_type_accuracy'])}  macro F1 {_pct(result['macro_f1'])}"
        f"  event-type accuracy {_pct(result['event_type_accuracy'])}",
        f"some claim has the gold sub-type {_pct(result['any_claim_sub_type_accuracy'])}"
        f"  no event coded {_pct(result['no_event_share'])}"
        f"  macro F1 counting unseen-label snippets as false alarms {_pct(result['macro_f1_with_unseen_as_false_alarms'])}",
        "unseen labels (no ACLED counterpart): share coded as an event, top codes",
    ]
    for label, row in result["unseen"].items():
        top = ", ".join(f"{k} {v}" for k, v in row["top_predictions"].items())
        lines.append(f"  {label:<18} n={row['n']:<4} {_pct(row['coded_as_event'])}  {top}")
    lines.append(
        "ATTRIB snippets vs mapped snippets (share with: any claim / non-author source / denied-or-possible /"
        " armed-group source / either)"
    )
    for group, row in result["attrib"].items():
        cells = " / ".join(
            _pct(row.get(k)) for k in ("any_claim", "non_author", "denied_or_possible", "armed_group_source", "either")
        )
        lines.append(f"  {group:<16} n={row['n']:<4} {cells}")
    if "per_class" in result:
        lines.append(f"{'sub-type':<38} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
        for name, row in sorted(result["per_class"].items(), key=lambda kv: -kv[1]["f1"]):
            lines.append(
                f"  {name:<36} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f} {row['support']:>4}"
            )
        lines.append("most frequent confusions (gold -> predicted):")
        lines += [f"  {c['n']:>3}  {c['gold']} -> {c['predicted']}" for c in result["confusions"][:12]]
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
