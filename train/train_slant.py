"""Train `slant.model.v1`: sentence, span (SI) and technique (TC) models.

Training data (details and licences in src/sitrep/data/slant/README.md):

- PTC (SemEval-2020 Task 11) train articles whose numeric id is NOT
  divisible by 5; the held-out articles (id % 5 == 0, scored by
  ``sitrep eval slant``) are never read here.
- our own sentences, train/data/slant_sentences.txt (inline markup
  ``[Technique|span]``), weighted up so the conflict-news register counts.

Hyper-parameters (sentence threshold, token threshold, TC regularisation)
are chosen on a validation carve-out of the training articles (id % 5 == 1);
the final models are then refitted on every training article.

Usage (CPU, fixed seed, about two minutes):

    .venv/bin/python train/train_slant.py                      # writes src/sitrep/data/slant/
    .venv/bin/python train/train_slant.py --sample 8 --no-tune --out /tmp/slant   # a quick smoke run
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.backends.slant_model import (  # noqa: E402
    EMBEDDING_DIM,
    EXTRAS,
    FORMAT_VERSION,
    ModelSlant,
    sentence_embeddings,
    sentence_extras,
    tc_matrix,
    token_features,
    tokens,
)
from sitrep.evaluate.slant import Article, load_articles, si_scores  # noqa: E402

PTC = ROOT.parent / "shared" / "datasets" / "semeval2020-task11-ptc"
OWN = ROOT / "train" / "data" / "slant_sentences.txt"
OUTPUT = ROOT / "src" / "sitrep" / "data" / "slant"
ARTEFACT = "slant_model.joblib"
SEED = 13
OWN_WEIGHT = 5.0
MAX_BYTES = 20 * 1024 * 1024
SENTENCE_C = (0.3, 1.0, 3.0)
TC_C = (0.1, 0.3, 1.0)
TOKEN_THRESHOLDS = (0.4, 0.5, 0.6)
GAPS = (1, 2, 4)
CONTEXT_WEIGHT = 0.5
NB_ALPHA = 0.5  # smoothing of the NB log-count ratios
# What validation chose on the full training split; --no-tune uses these as they are.
DEFAULTS = {
    "sentence_c": 1.0,
    "threshold": 0.42,
    "opinion_threshold": 0.82,
    "token_threshold": 0.5,
    "token_gap": 4,
    "tc_c": 1.0,
}
_MARK = re.compile(r"\[([^|\]]+)\|([^\]]+)\]")


@dataclass
class Data:
    """Examples at the three levels, each with a sample weight."""

    sentences: list[str] = field(default_factory=list)
    sentence_labels: list[int] = field(default_factory=list)
    sentence_weights: list[float] = field(default_factory=list)
    # spans of each sentence (offsets into it), for SI
    sentence_spans: list[list[tuple[int, int]]] = field(default_factory=list)
    tc_spans: list[str] = field(default_factory=list)
    tc_sentences: list[str] = field(default_factory=list)
    tc_contexts: list[str] = field(default_factory=list)
    tc_labels: list[str] = field(default_factory=list)
    tc_weights: list[float] = field(default_factory=list)
    # per article: (id, [(line start, line end)], gold spans) for SI validation
    articles: list[Article] = field(default_factory=list)


def parse_own(path: Path) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """Our sentences: (plain text, [(technique, start, end)])."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _kind, marked = line.split("\t", 1)
        text, spans, last = "", [], 0
        for match in _MARK.finditer(marked):
            text += marked[last : match.start()]
            spans.append((match.group(1), len(text), len(text) + len(match.group(2))))
            text += match.group(2)
            last = match.end()
        found.append((text + marked[last:], spans))
    return found


def build(articles: list[Article], own: list[tuple[str, list[tuple[str, int, int]]]]) -> Data:
    data = Data(articles=list(articles))
    for article in articles:
        for start, end in article.lines():
            inside = [
                (t, max(s, start) - start, min(e, end) - start) for t, s, e in article.spans if s < end and start < e
            ]
            add_sentence(data, article.text[start:end], inside, 1.0)
        for technique, s, e in article.spans:
            ls, le = next(((a, b) for a, b in article.lines() if a <= s < b), (s, e))
            add_span(data, article.text[s:e], article.text[ls : max(le, e)], article.text, technique, 1.0)
    for text, spans in own:
        add_sentence(data, text, spans, OWN_WEIGHT)
        for technique, s, e in spans:
            add_span(data, text[s:e], text, text, technique, OWN_WEIGHT)
    return data


def add_sentence(data: Data, text: str, spans: list[tuple[str, int, int]], weight: float) -> None:
    data.sentences.append(text)
    data.sentence_labels.append(int(bool(spans)))
    data.sentence_weights.append(weight)
    data.sentence_spans.append([(s, e) for _, s, e in spans])


def add_span(data: Data, span: str, sentence: str, context: str, technique: str, weight: float) -> None:
    data.tc_spans.append(span)
    data.tc_sentences.append(sentence)
    data.tc_contexts.append(context)
    data.tc_labels.append(technique)
    data.tc_weights.append(weight)


# --- the three models ------------------------------------------------------------


def sentence_model(c: float) -> Any:
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.preprocessing import FunctionTransformer

    features = FeatureUnion(
        [
            ("words", make_pipeline(_hasher("word", (1, 2), 2**18), TfidfTransformer(sublinear_tf=True))),
            ("chars", make_pipeline(_hasher("char_wb", (2, 5), 2**18), TfidfTransformer(sublinear_tf=True))),
            ("extras", FunctionTransformer(sentence_extras, accept_sparse=True)),
            ("embedding", FunctionTransformer(sentence_embeddings, accept_sparse=True)),
        ]
    )
    classifier = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=SEED)
    return make_pipeline(features, classifier)


def _hasher(analyzer: str, ngrams: tuple[int, int], size: int) -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer=analyzer, ngram_range=ngrams, n_features=size, alternate_sign=False, norm=None, lowercase=True
    )


def fit_sentence(data: Data, c: float) -> Any:
    """The sentence pipeline whose classifier averages a plain and an NB-scaled logistic regression.

    NB scaling (Wang & Manning 2012) multiplies each n-gram column by its
    log-count ratio, so the regression starts from how one-sided the n-gram
    is; averaged with the plain model it ranks better on validation than
    either. The average of two linear margins on the same features is one
    linear model, so it replaces the fitted classifier's weights and
    inference costs nothing more.
    """
    from sklearn.base import clone

    model = sentence_model(c)
    model.fit(data.sentences, data.sentence_labels, logisticregression__sample_weight=data.sentence_weights)
    plain = model.steps[-1][1]
    matrix = model[:-1].transform(data.sentences)
    ratios = log_count_ratios(matrix, np.asarray(data.sentence_labels), np.asarray(data.sentence_weights))
    scaled = clone(plain).fit(
        matrix.multiply(ratios).tocsr(), data.sentence_labels, sample_weight=data.sentence_weights
    )
    plain.coef_ = (plain.coef_ + scaled.coef_ * ratios) / 2
    plain.intercept_ = (plain.intercept_ + scaled.intercept_) / 2
    return model


def log_count_ratios(matrix: Any, labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """log(p / q) per n-gram column, from weighted presence counts in positive and negative sentences.

    The dense columns (the EXTRAS cues and the EMBEDDING_DIM embedding, last) are
    not counts: they keep ratio 1.
    """
    present = matrix.copy()
    present.data[:] = 1.0
    positive = NB_ALPHA + np.asarray(present[labels == 1].T @ weights[labels == 1]).ravel()
    negative = NB_ALPHA + np.asarray(present[labels == 0].T @ weights[labels == 0]).ravel()
    ratios = np.log((positive / positive.sum()) / (negative / negative.sum()))
    ratios[-(EXTRAS + EMBEDDING_DIM) :] = 1.0
    return ratios


def si_rows(data: Data, only_positive: bool = True) -> tuple[list[list[str]], list[int], list[float]]:
    rows, labels, weights = [], [], []
    for text, spans, weight in zip(data.sentences, data.sentence_spans, data.sentence_weights, strict=True):
        if only_positive and not spans:
            continue
        found = tokens(text)
        rows += token_features([w for w, _, _ in found])
        labels += [int(any(s < te and ts < e for s, e in spans)) for _, ts, te in found]
        weights += [weight] * len(found)
    return rows, labels, weights


def fit_si(data: Data) -> dict[str, Any]:
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression

    hasher = FeatureHasher(n_features=2**18, input_type="string", alternate_sign=False)
    rows, labels, weights = si_rows(data)
    model = LogisticRegression(C=1.0, solver="liblinear", random_state=SEED)
    model.fit(hasher.transform(rows), labels, sample_weight=weights)
    return {"hasher": hasher, "model": model, "threshold": 0.5}


def fit_tc(data: Data, c: float) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.svm import LinearSVC

    span_vectorizer = FeatureUnion(
        [
            ("words", make_pipeline(_hasher("word", (1, 2), 2**17), TfidfTransformer(sublinear_tf=True))),
            ("chars", make_pipeline(_hasher("char_wb", (2, 5), 2**17), TfidfTransformer(sublinear_tf=True))),
        ]
    )
    context_vectorizer = make_pipeline(_hasher("word", (1, 1), 2**16), TfidfTransformer(sublinear_tf=True))
    span_vectorizer.fit(data.tc_spans)
    context_vectorizer.fit(data.tc_sentences)
    tc: dict[str, Any] = {
        "span_vectorizer": span_vectorizer,
        "context_vectorizer": context_vectorizer,
        "context_weight": CONTEXT_WEIGHT,
    }
    matrix = tc_matrix(tc, data.tc_spans, data.tc_sentences, data.tc_contexts)
    model = LinearSVC(C=c, max_iter=5000, random_state=SEED)
    model.fit(matrix, data.tc_labels, sample_weight=data.tc_weights)
    tc["model"] = model
    return tc


# --- validation ---------------------------------------------------------------------


def best_threshold(scores: np.ndarray, labels: list[int]) -> tuple[float, float]:
    best = (0.5, 0.0)
    gold = np.asarray(labels)
    for threshold in np.arange(0.2, 0.81, 0.02):
        predicted = scores >= threshold
        tp = int((predicted & (gold == 1)).sum())
        fp, fn = int((predicted & (gold == 0)).sum()), int((~predicted & (gold == 1)).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[1]:
            best = (round(float(threshold), 2), f1)
    return best


def opinion_threshold(scores: np.ndarray, labels: list[int], floor: float) -> float:
    """Lowest score at which at least 80% of validation sentences use a technique."""
    gold = np.asarray(labels)
    for threshold in np.arange(floor, 0.96, 0.02):
        predicted = scores >= threshold
        if predicted.sum() >= 5 and gold[predicted].mean() >= 0.8:
            return round(float(threshold), 2)
    return 0.95


def validate(train: Data, val: Data) -> dict[str, Any]:
    """Choose hyper-parameters on the validation articles; returns them with their scores."""
    chosen: dict[str, Any] = {}
    best_c, best = SENTENCE_C[0], (0.5, -1.0)
    for c in SENTENCE_C:
        scores = fit_sentence(train, c).predict_proba(val.sentences)[:, 1]
        threshold, f1 = best_threshold(scores, val.sentence_labels)
        log(f"sentence C={c}: threshold {threshold} F1 {f1:.4f}")
        if f1 > best[1]:
            best_c, best, best_scores = c, (threshold, f1), scores
    chosen.update(sentence_c=best_c, threshold=best[0], val_sentence_f1=round(best[1], 4))
    chosen["opinion_threshold"] = opinion_threshold(best_scores, val.sentence_labels, best[0])
    backend = ModelSlant()
    backend._artefact = {"sentence": None, "threshold": best[0], "si": fit_si(train)}
    flagged = best_scores >= best[0]
    best_si = (0.5, 1, -1.0)
    for threshold in TOKEN_THRESHOLDS:
        for gap in GAPS:
            backend._artefact["si"].update(threshold=threshold, gap=gap)
            f1 = si_on(backend, val, flagged)
            log(f"SI token threshold {threshold}, gap {gap}: span F1 {f1:.4f}")
            if f1 > best_si[2]:
                best_si = (threshold, gap, f1)
    chosen.update(token_threshold=best_si[0], token_gap=best_si[1], val_span_f1=round(best_si[2], 4))
    best_tc = (TC_C[0], -1.0)
    for c in TC_C:
        tc = fit_tc(train, c)
        predicted = tc["model"].predict(tc_matrix(tc, val.tc_spans, val.tc_sentences, val.tc_contexts))
        accuracy = float(np.mean(predicted == np.asarray(val.tc_labels)))
        log(f"TC C={c}: micro F1 {accuracy:.4f}")
        if accuracy > best_tc[1]:
            best_tc = (c, accuracy)
    chosen.update(tc_c=best_tc[0], val_technique_micro_f1=round(best_tc[1], 4))
    return chosen


def si_on(backend: ModelSlant, val: Data, flagged: np.ndarray) -> float:
    """SI F1 on validation articles, spans predicted in the sentences the sentence model flags."""
    predicted: dict[str, list[tuple[int, int]]] = {}
    index = 0
    for article in val.articles:
        spans = predicted.setdefault(article.id, [])
        for start, end in article.lines():
            if flagged[index]:
                spans += [(start + s, start + e) for s, e in backend.spans(article.text[start:end])]
            index += 1
    gold = {a.id: [(s, e) for _, s, e in a.spans] for a in val.articles}
    return si_scores(predicted, gold)["f1"]


# --- main ------------------------------------------------------------------------------


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ptc", type=Path, default=PTC, help="the semeval2020-task11-ptc folder")
    parser.add_argument("--out", type=Path, default=OUTPUT, help="where to write the artefact")
    parser.add_argument("--sample", type=int, default=0, help="train on N random training articles (smoke runs)")
    parser.add_argument("--no-tune", action="store_true", help="skip the validation grid; use DEFAULTS")
    args = parser.parse_args(argv)
    started = time.time()
    random.seed(SEED)
    np.random.seed(SEED)
    articles = load_articles(args.ptc, held_out=False)  # never the held-out split
    if args.sample:
        articles = sorted(random.Random(SEED).sample(articles, min(args.sample, len(articles))), key=lambda a: a.id)
    own = parse_own(OWN)
    train_articles = [a for a in articles if int(a.id) % 5 != 1]
    val_articles = [a for a in articles if int(a.id) % 5 == 1]
    log(f"{len(articles)} training articles ({len(val_articles)} for validation), {len(own)} own sentences")
    chosen = dict(DEFAULTS) if args.no_tune else validate(build(train_articles, own), build(val_articles, []))
    log(f"chosen: {json.dumps(chosen)}")
    everything = build(articles, own)
    si = fit_si(everything)
    si.update(threshold=chosen["token_threshold"], gap=chosen["token_gap"])
    artefact = {
        "format": FORMAT_VERSION,
        "sentence": fit_sentence(everything, chosen["sentence_c"]),
        "threshold": chosen["threshold"],
        "opinion_threshold": chosen["opinion_threshold"],
        "si": si,
        "tc": fit_tc(everything, chosen["tc_c"]),
        "trained_on": {
            "ptc_articles": len(articles),
            "ptc_sentences": sum(len(a.lines()) for a in articles),
            "ptc_spans": sum(len(a.spans) for a in articles),
            "own_sentences": len(own),
            "seed": SEED,
            "sample": args.sample or None,
        },
        "validation": chosen,
    }
    size = save(artefact, args.out)
    log(f"wrote {args.out / ARTEFACT} ({size / 1e6:.1f} MB) in {time.time() - started:.0f} s")
    print(json.dumps({"size_bytes": size, **artefact["trained_on"], "validation": chosen}))
    return 0


def save(artefact: dict[str, Any], out: Path) -> int:
    import joblib

    out.mkdir(parents=True, exist_ok=True)
    target = out / ARTEFACT
    joblib.dump(artefact, target, compress=("xz", 6))
    size = target.stat().st_size
    if size >= MAX_BYTES:
        raise SystemExit(f"{target} is {size / 1e6:.1f} MB, over the 20 MB budget; shrink the hashers")
    return size


if __name__ == "__main__":
    raise SystemExit(main())
