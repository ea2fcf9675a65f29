"""`sitrep eval entities DIR`: the NLP stage's entities scored on re3d.

The data set (``../shared/datasets/re3d``, Dstl's Relationship and Entity
Extraction Evaluation Dataset: 98 documents on the Syria/Iraq conflict from
seven sources) is read from its folder, never copied. The **held-out split**
is every document whose ``_id``, sorted within its source folder, sits at an
even position (0, 2, 4, ...): 50 documents. The odd positions may be used
for training (`train/train_ner.py` does); ``split="validation"`` and
``split="trainable"`` exist for that script and are never the CLI's.

How a document is scored (each rule is a function below, tested in
tests/test_entities.py):

- **Input.** The document text, verbatim, through the NLP stage (spaCy, our
  rulers, the NER). Our labels map to re3d types by `LABEL_TO_TYPE`
  (GPE/LOC/FAC -> Location, ORG -> Organisation, NORP -> Nationality, ...).
  Predictions with a label that maps to nothing (ORDINAL, LAW, EVENT, ...)
  are not scored.
- **Headline types** (`CORE_TYPES`): Organisation, Location, Person,
  Nationality, Weapon, MilitaryPlatform. Temporal, Quantity and Money are
  mapped too and reported apart (`extra_types`); they are not in the
  headline micro F1 because nothing downstream uses them as entities.
- **Crowd confidence.** An annotation with ``confidence >= 0.5`` (the IBCC
  model thinks it more likely right than wrong) is gold. One below 0.5 is
  *uncertain*: a prediction equal to it (span and type) is neither rewarded
  nor punished, and missing it costs nothing. A quarter of re3d's
  annotations have confidence 0: mostly machine cues the crowd rejected
  ("st ISIL" as a Vehicle) and inner parts of longer entities.
- **Spans** are compared exactly after trimming white space and one leading
  article ("the", "a", "an") on both sides: re3d writes "the Kurdish YPG",
  OntoNotes-style NER writes "Kurdish YPG"; the article names nothing.
  `strict` in the output repeats the headline without the trimming.
- **Nested and overlapping gold** (re3d annotates "the Kurdish YPG" as an
  Organisation and "Kurdish" inside it as a Nationality). A flat tagger can
  give one label per token, so gold is flattened: the outermost gold spans
  are required; a gold span inside a required one, or crossing it (the
  longer, then the more confident, wins), is *optional* like an uncertain
  one. Two certain annotations on the same span with different types are one
  gold entity that accepts either type (counted under the more confident).
- **Matching.** A prediction is a true positive when its span equals a
  required gold span and its type is accepted there (each gold entity is
  matched once); equal to an optional annotation, it is ignored; anything
  else is a false positive. Per-type precision counts predictions by their
  type, recall counts gold by its type.

Diagnostics: ``overlap`` (a prediction of the right type that overlaps a
required gold span counts), recall by the gold mention's form (a proper
name, a common-noun phrase, or a pronoun: re3d annotates "we" and "he" as
Organisation and Person, which no named-entity tagger does), micro scores
per source folder (formal CENTCOM or State Department texts against BBC and
Wikipedia feature stories), and with ``--details`` every error.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..settings import Settings
from . import scoring

CORE_TYPES = ("Organisation", "Location", "Person", "Nationality", "Weapon", "MilitaryPlatform")
EXTRA_TYPES = ("Temporal", "Quantity", "Money")
LABEL_TO_TYPE: dict[str, str] = {
    "ORG": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "PERSON": "Person",
    "NORP": "Nationality",
    "WEAPON": "Weapon",
    "MIL_PLATFORM": "MilitaryPlatform",
    "DATE": "Temporal",
    "TIME": "Temporal",
    "MONEY": "Money",
    "QUANTITY": "Quantity",
    "CARDINAL": "Quantity",
    "PERCENT": "Quantity",
}
MIN_CONFIDENCE = 0.5
FILES = ("documents.json", "entities.json")
PRONOUNS = frozenset(
    """i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves who whom whose which that this
    these those here there""".split()
)
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)

Split = Literal["held-out", "trainable", "train", "validation"]
Form = Literal["name", "nominal", "pronoun"]


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    type: str
    confidence: float


@dataclass(frozen=True)
class Re3dDocument:
    doc_id: str
    source: str  # the source folder ("CENTCOM", "BBC Online", ...)
    position: int  # index of doc_id among its folder's sorted ids
    text: str
    annotations: tuple[Annotation, ...]


@dataclass(frozen=True)
class GoldEntity:
    start: int
    end: int
    type: str
    accepts: frozenset[str]
    confidence: float


@dataclass
class Counts:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, other: Counts) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)


# --- loading and splitting ------------------------------------------------------------


def source_folders(path: Path) -> list[Path]:
    return sorted(p for p in path.iterdir() if p.is_dir() and all((p / f).is_file() for f in FILES))


def load(path: Path) -> list[Re3dDocument]:
    """Every document of every source folder under ``path``, in a fixed order."""
    documents = []
    for folder in source_folders(path):
        texts = {row["_id"]: row["text"] for row in _json_lines(folder / "documents.json")}
        notes: dict[str, list[Annotation]] = defaultdict(list)
        for row in _json_lines(folder / "entities.json"):
            notes[row["documentId"]].append(
                Annotation(int(row["begin"]), int(row["end"]), row["type"], float(row["confidence"]))
            )
        for position, doc_id in enumerate(sorted(texts)):
            documents.append(Re3dDocument(doc_id, folder.name, position, texts[doc_id], tuple(notes[doc_id])))
    return documents


def _json_lines(file: Path) -> Iterable[dict[str, Any]]:
    with file.open(encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def in_split(document: Re3dDocument, split: Split) -> bool:
    """held-out: even positions. trainable: odd ones, cut for model choices into
    train (position % 4 == 1) and validation (position % 4 == 3)."""
    if split == "held-out":
        return document.position % 2 == 0
    if split == "trainable":
        return document.position % 2 == 1
    return document.position % 4 == (1 if split == "train" else 3)


# --- gold ---------------------------------------------------------------------------


def trim(text: str, start: int, end: int, article: bool = True) -> tuple[int, int]:
    """The span without surrounding white space and, by default, one leading article."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    if article:
        found = _ARTICLE.match(text, start, end)
        if found and found.end() < end:
            start = found.end()
    return start, end


def gold(
    document: Re3dDocument, types: Sequence[str] = CORE_TYPES, article: bool = True
) -> tuple[list[GoldEntity], set[tuple[int, int, str]]]:
    """Required gold entities and the optional (span, type) set, by the rules above."""
    optional: set[tuple[int, int, str]] = set()
    by_span: dict[tuple[int, int], list[Annotation]] = defaultdict(list)
    for note in document.annotations:
        if note.type not in types:
            continue
        start, end = trim(document.text, note.start, note.end, article)
        if end <= start:
            continue
        if note.confidence >= MIN_CONFIDENCE:
            by_span[(start, end)].append(note)
        else:
            optional.add((start, end, note.type))
    candidates = []
    for (start, end), notes in by_span.items():
        best = max(notes, key=lambda n: (n.confidence, -types.index(n.type)))
        candidates.append(GoldEntity(start, end, best.type, frozenset(n.type for n in notes), best.confidence))
    required: list[GoldEntity] = []
    for entity in sorted(candidates, key=lambda g: (g.start - g.end, -g.confidence, g.start)):
        if any(entity.start < kept.end and kept.start < entity.end for kept in required):
            optional.update((entity.start, entity.end, t) for t in entity.accepts)
        else:
            required.append(entity)
    return sorted(required, key=lambda g: g.start), optional


def mention_form(text: str) -> Form:
    """A rough diagnostic: pronoun, proper name (a capitalised word after the
    first, or a capitalised single word), or common-noun phrase."""
    words = text.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and len(words) == 1):
        return "name"
    return "nominal"


# --- scoring ------------------------------------------------------------------------


def score_document(
    document: Re3dDocument,
    predicted: Iterable[tuple[int, int, str]],
    types: Sequence[str] = CORE_TYPES,
    article: bool = True,
    overlap: bool = False,
    errors: list[dict[str, Any]] | None = None,
) -> tuple[Counts, Counter[str], Counter[str]]:
    """Counts for one document; ``predicted`` holds (start, end, our label).

    Also returns required gold and its hits by mention form.
    """
    required, optional = gold(document, types, article)
    counts = Counts()
    matched: set[int] = set()
    for start, end, label in sorted(predicted):
        kind = LABEL_TO_TYPE.get(label)
        if kind not in types:
            continue
        start, end = trim(document.text, start, end, article)
        hit = _match(required, matched, start, end, kind, overlap)
        if hit is not None:
            matched.add(hit)
            counts.tp[required[hit].type] += 1
        elif (start, end, kind) not in optional:
            counts.fp[kind] += 1
            if errors is not None:
                errors.append(_error(document, "false positive", kind, start, end))
    forms: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for n, entity in enumerate(required):
        form = mention_form(document.text[entity.start : entity.end])
        forms[form] += 1
        if n in matched:
            found[form] += 1
            continue
        counts.fn[entity.type] += 1
        if errors is not None:
            errors.append(_error(document, "missed", entity.type, entity.start, entity.end))
    return counts, forms, found


def _match(
    required: Sequence[GoldEntity], matched: set[int], start: int, end: int, kind: str, overlap: bool
) -> int | None:
    for n, entity in enumerate(required):
        if n in matched or kind not in entity.accepts:
            continue
        if (entity.start, entity.end) == (start, end) or (overlap and start < entity.end and entity.start < end):
            return n
    return None


def _error(document: Re3dDocument, what: str, kind: str, start: int, end: int) -> dict[str, Any]:
    return {
        "doc": document.doc_id,
        "source": document.source,
        "error": what,
        "type": kind,
        "text": document.text[start:end],
        "start": start,
        "end": end,
    }


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    return {
        **scoring.prf(tp, fp, fn),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": tp + fn,
    }


def summarise(counts: Counts, types: Sequence[str]) -> dict[str, Any]:
    micro = prf(sum(counts.tp[t] for t in types), sum(counts.fp[t] for t in types), sum(counts.fn[t] for t in types))
    return {"micro": micro, "per_type": {t: prf(counts.tp[t], counts.fp[t], counts.fn[t]) for t in types}}


def score(
    documents: Sequence[Re3dDocument], predictions: Sequence[Iterable[tuple[int, int, str]]], details: bool = False
) -> dict[str, Any]:
    """Every number of the report, for documents and their predictions (same order)."""
    predictions = [list(p) for p in predictions]
    errors: list[dict[str, Any]] = []
    headline, extra, strict, loose = Counts(), Counts(), Counts(), Counts()
    forms: Counter[str] = Counter()
    found: Counter[str] = Counter()
    by_source: dict[str, Counts] = {}
    for document, predicted in zip(documents, predictions, strict=True):
        counts, doc_forms, doc_found = score_document(document, predicted, errors=errors if details else None)
        headline.add(counts)
        by_source.setdefault(document.source, Counts()).add(counts)
        forms.update(doc_forms)
        found.update(doc_found)
        extra.add(score_document(document, predicted, EXTRA_TYPES)[0])
        strict.add(score_document(document, predicted, article=False)[0])
        loose.add(score_document(document, predicted, overlap=True)[0])
    main = summarise(headline, CORE_TYPES)
    result: dict[str, Any] = {
        "micro_f1": main["micro"]["f1"],
        "micro_precision": main["micro"]["precision"],
        "micro_recall": main["micro"]["recall"],
        "per_type": main["per_type"],
        "micro": main["micro"],
        "extra_types": summarise(extra, EXTRA_TYPES),
        "strict_micro_f1": summarise(strict, CORE_TYPES)["micro"]["f1"],
        "overlap_micro_f1": summarise(loose, CORE_TYPES)["micro"]["f1"],
        "recall_by_form": {
            form: {"recall": round(found[form] / forms[form], 4) if forms[form] else None, "n": forms[form]}
            for form in ("name", "nominal", "pronoun")
        },
        "per_source": {
            source: {"documents": sum(d.source == source for d in documents), **summarise(c, CORE_TYPES)["micro"]}
            for source, c in sorted(by_source.items())
        },
    }
    if details:
        result["errors"] = errors
    return result


# --- running ------------------------------------------------------------------------


Spans = list[tuple[int, int, str]]


def predict(documents: Sequence[Re3dDocument], settings: Settings) -> tuple[list[Spans], list[Spans]]:
    """Per document, the NLP stage's named entities and the mention stage's unnamed
    references, as (start, end, label); the text goes in verbatim, so offsets stay re3d's."""
    from ..model import Analysis, Document
    from ..stages.mentions import MentionStage
    from ..stages.nlp import NlpStage

    stage, finder = NlpStage(batch_size=settings.batch_size), MentionStage()
    stage.setup(settings)
    finder.setup(settings)
    analyses = [Analysis(Document(doc_id=d.doc_id, text=d.text, origin=f"re3d:{d.source}")) for d in documents]
    analyses = [finder(a) for a in stage.batch(analyses)]
    names = [[(e.start, e.end, e.label) for e in a.entities or ()] for a in analyses]
    mentions = [[(e.start, e.end, e.label) for e in a.mentions or ()] for a in analyses]
    return names, mentions


def skipped(path: Path) -> dict[str, Any]:
    return {
        "task": "entities",
        "skipped": f"no re3d source folders (with {' and '.join(FILES)}) in {path}; "
        "re3d lives in ../shared/datasets/re3d",
    }


def evaluate(
    path: Path, settings: Settings | None = None, details: bool = False, split: Split = "held-out"
) -> dict[str, Any]:
    documents = [d for d in load(path) if in_split(d, split)] if source_folders(path) else []
    if not documents:
        return skipped(path)
    started = time.perf_counter()
    names, mentions = predict(documents, settings or Settings())
    seconds = time.perf_counter() - started
    everything = [n + m for n, m in zip(names, mentions, strict=True)]
    result = {"task": "entities", "split": split, "documents": len(documents), **score(documents, everything, details)}
    result["names_only_micro_f1"] = score(documents, names)["micro_f1"]
    result["seconds"] = round(seconds, 2)
    return result


def format_text(result: dict[str, Any]) -> str:
    if "skipped" in result:
        return f"skipped: {result['skipped']}"
    lines = [
        f"re3d {result['split']}: {result['documents']} documents ({result['seconds']} s)",
        f"micro F1 {result['micro_f1']:.3f}  P {result['micro_precision']:.3f}  R {result['micro_recall']:.3f}"
        f"  (strict spans {result['strict_micro_f1']:.3f}, overlap {result['overlap_micro_f1']:.3f})",
        f"{'type':<18} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}",
    ]
    rows = list(result["per_type"].items()) + list(result["extra_types"]["per_type"].items())
    for name, row in rows:
        extra = "  (not in headline)" if name in EXTRA_TYPES else ""
        lines.append(
            f"  {name:<16} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f} {row['support']:>5}{extra}"
        )
    forms = ", ".join(
        f"{form} {row['recall']:.3f} (n={row['n']})" for form, row in result["recall_by_form"].items() if row["n"]
    )
    lines.append(f"recall by mention form: {forms}")
    sources = ", ".join(f"{name} {row['f1']:.3f} ({row['documents']})" for name, row in result["per_source"].items())
    lines.append(f"micro F1 by source (documents): {sources}")
    return "\n".join(lines)
