"""Train `screen.model.v1`: how likely a rule-made event claim is a false alarm.

Training data: the claims the rules backend makes on our own development
articles (``eval/gold/dev/dev_*.gold.jsonl``), each labelled by the event
evaluation's own matching (``sitrep.evaluate.events.match_document``): a
claim that matches no gold event, core or not, is a false alarm; any other is
not. The model is fitted on the claims the stage screens
(``sitrep.stages.screen.screened``: told as single events that occurred);
the others count, always kept, in the simulated score. Left out and never
read here: ``eval/gold/test`` (held-out), the dev files kept unread
(``NEVER_READ``) and the validation file ``dev_ad``, so that they still
measure how the screen does on text it was not fitted to.

Model: a logistic regression over the claim's shape
(``sitrep.stages.screen.claim_features``: type, source kind, which arguments
it found, place and date precision, trigger word, sentence kind) and its
sentence's word 1-2grams (hashed, tf-idf), so the artefact holds numbers and
our own feature names only. The regularisation and the confidence threshold
below which a claim is dropped are chosen by 5-fold cross-validation grouped
by article, on the simulated event F1 (dropping a hit loses it; dropping a
false alarm removes it; dropping a neutral claim changes nothing; a text's
last claim is never dropped); then the model is refitted on every training
claim.

Usage (CPU, two to four minutes, deterministic):

    .venv/bin/python train/train_screen.py            # writes src/sitrep/data/screen/
    .venv/bin/python train/train_screen.py --dry-run  # prints the cross-validation table only
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate.events import document_text, load_gold, match_document, predict  # noqa: E402
from sitrep.pipeline import default_stages  # noqa: E402
from sitrep.settings import Settings  # noqa: E402
from sitrep.stages.screen import (  # noqa: E402
    ARTEFACT,
    FORMAT_VERSION,
    claim_features,
    claim_sentence,
    design_matrix,
    screened,
)

DEV = ROOT / "eval" / "gold" / "dev"
NEVER_READ = ("dev_t", "dev_v", "dev_x", "dev_z", "dev_ab", "dev_ae", "dev_af", "dev_ai", "dev_aj")
VALIDATION = ("dev_ad",)
OUTPUT = ROOT / "src" / "sitrep" / "data"
C_VALUES = (0.3, 1.0, 3.0)
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)  # confidence below which a claim is dropped
HASHED_WORDS = 2**18
FOLDS = 5


def training_files() -> list[Path]:
    left_out = set(NEVER_READ) | set(VALIDATION)
    return [f for f in sorted(DEV.glob("dev_*.gold.jsonl")) if f.name.split(".")[0] not in left_out]


def collect(files: list[Path]) -> tuple[list[dict[str, Any]], int]:
    """Every claim as {doc, features, sentence, outcome, screened}, and the number of core gold events."""
    settings = Settings()
    stages = [s for s in default_stages(settings) if s.name != "screen"]
    docs = [doc for file in files for doc in load_gold(file)]
    analyses = {a.document.doc_id: a for a in predict(docs, settings, stages)}
    rows: list[dict[str, Any]] = []
    for doc in docs:
        analysis = analyses.get(doc["doc"]["id"])
        if analysis is None:
            continue
        claims = list(analysis.events or ())
        matching = match_document(doc["events"], claims, document_text(doc, analysis))
        rows += [
            {
                "doc": doc["doc"]["id"],
                "features": claim_features(claim, analysis),
                "sentence": claim_sentence(claim, analysis),
                "outcome": matching.outcome(p),
                "screened": screened(claim),
            }
            for p, claim in enumerate(claims)
        ]
    core = sum(1 for doc in docs for g in doc["events"] if g.get("core"))
    print(f"{len(docs)} articles, {len(rows)} claims, {core} core gold events", file=sys.stderr)
    return rows, core


def fit(rows: list[dict[str, Any]], c: float) -> dict[str, Any]:
    rows = [r for r in rows if r["screened"]]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    artefact: dict[str, Any] = {
        "shape": DictVectorizer().fit([r["features"] for r in rows]),
        "words": make_pipeline(
            HashingVectorizer(ngram_range=(1, 2), n_features=HASHED_WORDS, alternate_sign=False, norm=None),
            TfidfTransformer(sublinear_tf=True),
        ).fit([r["sentence"] for r in rows]),
    }
    matrix = design_matrix(artefact, [r["features"] for r in rows], [r["sentence"] for r in rows])
    labels = np.array([r["outcome"] == "false alarm" for r in rows], dtype=int)
    artefact["model"] = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    return artefact


def confidences(artefact: dict[str, Any], rows: list[dict[str, Any]]) -> np.ndarray:
    """The screen's confidence for screened claims; 1.0 (always kept) for the others."""
    matrix = design_matrix(artefact, [r["features"] for r in rows], [r["sentence"] for r in rows])
    confidence = 1.0 - artefact["model"].predict_proba(matrix)[:, 1]
    return np.where([r["screened"] for r in rows], confidence, 1.0)


def simulated(rows: list[dict[str, Any]], confidence: np.ndarray, threshold: float, core: int) -> dict[str, float]:
    """Event P/R/F1 had the screen dropped what falls below ``threshold`` (never a document's last claim)."""
    kept = confidence >= threshold
    by_document: dict[str, list[int]] = {}
    for n, row in enumerate(rows):
        by_document.setdefault(row["doc"], []).append(n)
    for claims in by_document.values():
        if not kept[claims].any():
            kept[max(claims, key=lambda n: confidence[n])] = True
    hits = sum(1 for r, k in zip(rows, kept, strict=True) if k and r["outcome"] == "hit")
    alarms = sum(1 for r, k in zip(rows, kept, strict=True) if k and r["outcome"] == "false alarm")
    precision = hits / (hits + alarms) if hits + alarms else 0.0
    recall = hits / core if core else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def cross_validate(rows: list[dict[str, Any]], core: int) -> list[dict[str, Any]]:
    from sklearn.model_selection import GroupKFold

    groups = [r["doc"] for r in rows]
    table = []
    for c in C_VALUES:
        confidence = np.zeros(len(rows))
        for train, test in GroupKFold(n_splits=FOLDS).split(rows, groups=groups):
            artefact = fit([rows[i] for i in train], c)
            confidence[test] = confidences(artefact, [rows[i] for i in test])
        table.append({"C": c, "threshold": 0.0, **simulated(rows, confidence, 0.0, core)})
        table += [{"C": c, "threshold": t, **simulated(rows, confidence, t, core)} for t in THRESHOLDS]
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validation table; write nothing")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args()
    started = time.perf_counter()
    files = training_files()
    rows, core = collect(files)
    table = cross_validate(rows, core)
    for line in table:
        print(json.dumps(line))
    best = max(table, key=lambda line: (line["f1"], -line["threshold"]))
    print(f"chosen: C={best['C']} threshold={best['threshold']} (cross-validated F1 {best['f1']})")
    if args.dry_run:
        return
    import joblib

    artefact = fit(rows, best["C"])
    artefact.update(format=FORMAT_VERSION, threshold=best["threshold"])
    target = args.out / ARTEFACT
    target.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(artefact, target, compress=3)
    outcomes = {o: sum(1 for r in rows if r["outcome"] == o) for o in ("hit", "neutral", "false alarm")}
    meta = {
        "model": "screen.model.v1",
        "trained_on": [f.name for f in files],
        "left_out": {"never_read": list(NEVER_READ), "validation": list(VALIDATION), "held_out": "eval/gold/test"},
        "claims": len(rows),
        "outcomes": outcomes,
        "core_gold_events": core,
        "chosen": best,
        "cross_validation": table,
    }
    (target.parent / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size // 1024} KB) in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
