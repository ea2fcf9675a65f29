"""Fine-tune the NER of en_core_web_sm for conflict text.

Starts from the weights of the registry package's NER (its own tok2vec: the
tagger and parser are untouched) and adds the labels WEAPON and MIL_PLATFORM.
Writes a spaCy pipeline holding only that NER to src/sitrep/data/models/ner,
which `sitrep.stages.nlp` loads in place of the package's NER.

Training data (details and licences in src/sitrep/data/models/README.md):

- re3d's trainable documents (odd positions, `sitrep.evaluate.entities`),
  except the sources in EXCLUDED_SOURCES; the held-out (even) documents are
  never read here. re3d types map to our labels (`label_for`); pronouns,
  uncertain annotations (confidence < 0.5) and re3d types with no label of
  ours are left *unannotated* (neither entity nor "outside"), so the model is
  neither taught nor punished on them.
- our own sentences, train/data/sentences.txt (inline markup, see `parse_markup`),
  when `--set sentences=true` (none are written yet: the shipped model has none).
- rehearsal: project-written articles (the shipped examples and the
  event-gold dev set) labelled by the original model plus our entity rules,
  so the model keeps what it knew about general news.

Labels re3d does not annotate (ORDINAL, EVENT, LAW, PRODUCT, WORK_OF_ART,
LANGUAGE) are taken from the original model's predictions on every training
text, for the same reason.

Usage (CPU, fixed seed, a few minutes):

    .venv/bin/python train/train_ner.py --validate   # train on re3d 'train', score 'validation'
    .venv/bin/python train/train_ner.py              # train on all trainable documents, write the model
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RE3D = ROOT.parent / "shared" / "datasets" / "re3d"
SENTENCES = ROOT / "train" / "data" / "sentences.txt"
REHEARSAL = (
    ROOT / "src" / "sitrep" / "data" / "examples" / "examples.gold.jsonl",
    ROOT / "eval" / "gold" / "dev" / "dev_a.gold.jsonl",
    ROOT / "eval" / "gold" / "dev" / "dev_b.gold.jsonl",
)
OUTPUT = ROOT / "src" / "sitrep" / "data" / "models" / "ner"
# BBC Online is CC BY-NC 3.0: a model trained on it could not be shipped under
# sitrep's MIT licence to users who work commercially. Wikipedia is CC BY-SA
# 3.0, whose share-alike term might reach the weights. See the model README.
EXCLUDED_SOURCES = frozenset({"BBC Online", "Wikipedia"})
NEW_LABELS = ("WEAPON", "MIL_PLATFORM")
# Labels re3d has no type for: kept from the original model's predictions.
KEPT_LABELS = frozenset({"ORDINAL", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
# In our own sentences the markup gives these exhaustively; the rest comes from the original model.
MARKUP_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP", *NEW_LABELS})
PLACE_LABELS = ("GPE", "LOC", "FAC")
NUMBER_LABELS = ("CARDINAL", "QUANTITY", "PERCENT")
FACILITY_HEADS = frozenset(
    """base bases airbase airport airfield mosque mosques church hospital hospitals library school schools
    university building buildings gate bridge bridges dam camp prison checkpoint checkpoints market street
    road facility facilities factory site sites position positions complex store office embassy palace
    museum crossing compound headquarters tunnel tunnels house houses home homes station port""".split()
)
QUANTITY_UNITS = re.compile(
    r"\b(km|kilomet|metre|meter|mile|square|kg|ton|tonne|hectare|beds|litre|liter|\d+m\b)", re.I
)
_MARKUP = re.compile(r"\[([^\]]+)\]\(([A-Z_]+)\)")


@dataclass(frozen=True)
class Settings:
    seed: int = 0
    epochs: int = 10  # validation F1 still rose at 10; 20 was never validated
    dropout: float = 0.2
    learn_rate: float = 0.001
    batch_size: int = 8
    rehearsal: bool = True
    sentences: bool = False  # train/data/sentences.txt is not written yet
    sentence_repeats: int = 2
    country_as_gpe: bool = True
    excluded: frozenset[str] = EXCLUDED_SOURCES


# --- data -------------------------------------------------------------------------------------------


def base_pipeline() -> Any:
    """The original model with our entity rules: the reference for pseudo-labels."""
    from sitrep.stages.nlp import build_pipeline

    return build_pipeline(ner=None)


def chunks(text: str) -> Iterator[tuple[int, str]]:
    """Paragraphs (offset, text): shorter training examples shuffle better."""
    offset = 0
    for piece in text.split("\n"):
        if piece.strip():
            yield offset, piece
        offset += len(piece) + 1


def label_for(kind: str, text: str, predicted: Sequence[Any], start: int, end: int, settings: Settings) -> str | None:
    """Our label for a re3d annotation; ``predicted`` are the original model's
    entities on the same text (for the place, time and number sub-labels)."""
    same = [e for e in predicted if (e.start_char, e.end_char) == (start, end)]
    overlapping = [e for e in predicted if e.start_char < end and start < e.end_char]
    if kind == "Organisation":
        if settings.country_as_gpe and any(e.label_ == "GPE" for e in same):
            return "GPE"  # "the UK said": the pipeline's actors read a GPE as its state
        return "ORG"
    if kind == "Location":
        for entity in same or overlapping:
            if entity.label_ in PLACE_LABELS:
                return str(entity.label_)
        head = text.split()[-1].lower() if text.split() else ""
        return "FAC" if head in FACILITY_HEADS else "LOC" if text[:1].islower() else "GPE"
    if kind == "Temporal":
        return "TIME" if any(e.label_ == "TIME" for e in overlapping) else "DATE"
    if kind == "Quantity":
        for entity in same:
            if entity.label_ in NUMBER_LABELS:
                return str(entity.label_)
        if text.endswith("%") or "percent" in text:
            return "PERCENT"
        return "QUANTITY" if QUANTITY_UNITS.search(text) else "CARDINAL"
    return {
        "Person": "PERSON",
        "Nationality": "NORP",
        "Weapon": "WEAPON",
        "MilitaryPlatform": "MIL_PLATFORM",
        "Money": "MONEY",
    }.get(kind)


def re3d_examples(nlp: Any, base: Any, documents: Iterable[Any], settings: Settings) -> list[Any]:
    from sitrep.evaluate import entities as E

    examples = []
    for document in documents:
        required, optional = E.gold(document, E.CORE_TYPES + E.EXTRA_TYPES)
        gold = []  # (start, end, label or None for unannotated)
        for entity in required:
            text = document.text[entity.start : entity.end]
            pronoun = E.mention_form(text) == "pronoun"
            gold.append((entity.start, entity.end, None if pronoun else entity.type))
        gold += [(s, e, None) for s, e, _ in optional if not any(g[0] <= s and e <= g[1] for g in gold)]
        known = set(E.CORE_TYPES + E.EXTRA_TYPES)
        for note in document.annotations:  # re3d types we have no label for: unannotated
            if note.type not in known and note.confidence >= E.MIN_CONFIDENCE:
                gold.append((*E.trim(document.text, note.start, note.end), None))
        for offset, piece in chunks(document.text):
            inside = [(s - offset, e - offset, k) for s, e, k in gold if offset <= s and e <= offset + len(piece)]
            examples.append(_example(nlp, base, piece, inside, settings))
    return examples


def _example(nlp: Any, base: Any, text: str, gold: Sequence[tuple[int, int, str | None]], settings: Settings) -> Any:
    """An Example whose reference has the gold entities, unannotated regions,
    and the original model's entities of KEPT_LABELS elsewhere."""
    from spacy.training import Example

    predicted = list(base(text).ents)
    reference = nlp.make_doc(text)
    entities, missing = [], []
    for start, end, kind in gold:
        span = reference.char_span(start, end, alignment_mode="contract")
        label = label_for(kind, text[start:end], predicted, start, end, settings) if kind else None
        if span is None or len(span) == 0:
            continue
        if label is None:
            missing.append(span)
        else:
            entities.append(reference.char_span(span.start_char, span.end_char, label=label))
    entities, missing = _flat(entities), _flat(missing)
    missing = [m for m in missing if not any(e.start < m.end and m.start < e.end for e in entities)]
    covered = {i for s in [*entities, *missing] for i in range(s.start, s.end)}
    for entity in predicted:
        if entity.label_ in KEPT_LABELS and not covered.intersection(range(entity.start, entity.end)):
            entities.append(reference.char_span(entity.start_char, entity.end_char, label=entity.label_))
    reference.set_ents([e for e in entities if e is not None], missing=missing, default="outside")
    return Example(nlp.make_doc(text), reference)


def _flat(spans: Sequence[Any]) -> list[Any]:
    from spacy.util import filter_spans

    return filter_spans([s for s in spans if s is not None])


def parse_markup(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """ "Jets hit [Deir ez-Zor](GPE)." -> text and (start, end, label) spans."""
    text, spans, last = "", [], 0
    for found in _MARKUP.finditer(line):
        text += line[last : found.start()]
        spans.append((len(text), len(text) + len(found.group(1)), found.group(2)))
        text += found.group(1)
        last = found.end()
    return text + line[last:], spans


def sentence_examples(nlp: Any, base: Any, path: Path) -> list[Any]:
    from spacy.training import Example

    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, spans = parse_markup(line.strip())
        reference = nlp.make_doc(text)
        entities = []
        for start, end, label in spans:
            span = reference.char_span(start, end, label=label)
            if span is None:
                raise ValueError(f"{path}: {text[start:end]!r} is not on token boundaries in {text!r}")
            entities.append(span)
        for entity in base(text).ents:
            if entity.label_ not in MARKUP_LABELS and not any(
                s.start < entity.end and entity.start < s.end for s in entities
            ):
                entities.append(reference.char_span(entity.start_char, entity.end_char, label=entity.label_))
        reference.set_ents(_flat(entities), default="outside")
        examples.append(Example(nlp.make_doc(text), reference))
    return examples


def rehearsal_examples(nlp: Any, base: Any, files: Sequence[Path]) -> list[Any]:
    from spacy.training import Example

    examples = []
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for _, piece in chunks(json.loads(line)["doc"]["text"]):
                labelled = base(piece)
                reference = nlp.make_doc(piece)
                spans = [reference.char_span(e.start_char, e.end_char, label=e.label_) for e in labelled.ents]
                reference.set_ents(_flat(spans), default="outside")
                examples.append(Example(nlp.make_doc(piece), reference))
    return examples


# --- training ----------------------------------------------------------------------------------------


def start_model() -> Any:
    """The registry package's NER alone, with our two labels added."""
    import spacy

    from sitrep.stages.nlp import SPACY_PACKAGE

    nlp = spacy.load(SPACY_PACKAGE, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    ner = nlp.get_pipe("ner")
    for label in NEW_LABELS:
        ner.add_label(label)
    return nlp


def train(
    nlp: Any, examples: list[Any], settings: Settings, validate: Any = None, log: Any = print
) -> list[dict[str, Any]]:
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(settings.seed)
    rng = random.Random(settings.seed)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = settings.learn_rate
    history = []
    for epoch in range(1, settings.epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        started = time.perf_counter()
        for batch in minibatch(examples, size=settings.batch_size):
            nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        row: dict[str, Any] = {"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1)}
        row["seconds"] = round(time.perf_counter() - started, 1)
        if validate is not None and (epoch % 5 == 0 or epoch == settings.epochs):
            with nlp.use_params(optimizer.averages):
                row.update(validate(nlp))
        log(json.dumps(row))
        history.append(row)
    _apply_averages(nlp, optimizer)
    return history


def _apply_averages(nlp: Any, optimizer: Any) -> None:
    """Keep the averaged weights (what `use_params` evaluates) as the model's own."""
    for _, proc in nlp.pipeline:
        if hasattr(proc, "model"):
            for node in proc.model.walk():
                for name in node.param_names:
                    key = (node.id, name)
                    if key in optimizer.averages:
                        node.set_param(name, optimizer.averages[key])


def validator(documents: Sequence[Any]) -> Any:
    """Scores a model (+ our entity rules) on re3d documents with the eval's rules."""
    from sitrep.evaluate import entities as E
    from sitrep.stages.entity_rules import EntityRules

    def run(nlp: Any) -> dict[str, Any]:
        rules = EntityRules(nlp)
        docs = [rules(d) for d in nlp.pipe([d.text for d in documents])]
        result = E.score(documents, [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs])
        return {
            "micro_f1": result["micro_f1"],
            "per_type_f1": {t: r["f1"] for t, r in result["per_type"].items()},
            "forms": {f: r["recall"] for f, r in result["recall_by_form"].items()},
        }

    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--re3d", type=Path, default=RE3D)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument(
        "--validate", action="store_true", help="train on 'train', score on 'validation'; write nothing"
    )
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="override a Settings field")
    args = parser.parse_args(argv)
    settings = _settings(args.set)
    sys.path.insert(0, str(ROOT / "src"))
    from sitrep.evaluate import entities as E

    if not E.source_folders(args.re3d):
        print(f"no re3d data in {args.re3d}", file=sys.stderr)
        return 2
    documents = E.load(args.re3d)
    split = "train" if args.validate else "trainable"
    training = [d for d in documents if E.in_split(d, split) and d.source not in settings.excluded]
    base = base_pipeline()
    nlp = start_model()
    examples = re3d_examples(nlp, base, training, settings)
    counts = Counter(re3d=len(examples))
    if settings.sentences:
        own = sentence_examples(nlp, base, SENTENCES) * settings.sentence_repeats
        examples += own
        counts["sentences"] = len(own)
    if settings.rehearsal:
        rehearsal = rehearsal_examples(nlp, base, REHEARSAL)
        examples += rehearsal
        counts["rehearsal"] = len(rehearsal)
    print(json.dumps({"settings": settings.__dict__ | {"excluded": sorted(settings.excluded)}, "examples": counts}))
    validation = [d for d in documents if E.in_split(d, "validation")] if args.validate else None
    train(nlp, examples, settings, validator(validation) if validation else None)
    if not args.validate:
        write(nlp, args.out, settings, counts, training)
    return 0


def write(nlp: Any, out: Path, settings: Settings, counts: Counter[str], training: Sequence[Any]) -> None:
    nlp.meta["name"] = "sitrep_ner"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "en_core_web_sm's NER fine-tuned for conflict text by train/train_ner.py"
    nlp.meta["sitrep_training"] = {
        "settings": settings.__dict__ | {"excluded": sorted(settings.excluded)},
        "examples": dict(counts),
        "re3d_documents": sorted(f"{d.source}/{d.doc_id}" for d in training),
    }
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"wrote {out}")


def _settings(overrides: Sequence[str]) -> Settings:
    values: dict[str, Any] = {}
    defaults = Settings()
    for item in overrides:
        name, _, raw = item.partition("=")
        current = getattr(defaults, name)
        if isinstance(current, bool):
            values[name] = raw.lower() in {"1", "true", "yes"}
        elif isinstance(current, frozenset):
            values[name] = frozenset(x for x in raw.split(",") if x)
        else:
            values[name] = type(current)(raw)
    return Settings(**values)


if __name__ == "__main__":
    sys.exit(main())
