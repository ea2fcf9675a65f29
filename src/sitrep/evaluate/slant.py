"""`sitrep eval slant PTC_DIR`: persuasion techniques on the PTC held-out split.

PTC_DIR is ``../shared/datasets/semeval2020-task11-ptc`` (SemEval-2020 Task 11,
see its SOURCE.md). Only its train articles carry labels; the held-out split
is the train articles whose numeric id is divisible by 5 (the datasets
README); the other train articles are what ``train/train_slant.py`` may use.

Scores (each article line is one sentence, as in the corpus):

- ``sentence_f1``: does the sentence contain any technique span? A backend
  flags a sentence when ``techniques()`` returns at least one span.
- ``technique_micro_f1``: each gold span is classified (SemEval TC style).
  A backend with a ``classify(sentence, spans, context)`` method classifies
  it directly, with the article as context; any other backend is credited
  with the technique of its own span overlapping the gold one most (no
  overlap: no answer, a miss).
- ``span_f1``: SemEval SI: spans predicted on every sentence, compared with
  the gold spans by character overlap (``si_scores``).

The backend is the one the settings name (``slant.model.v2`` by default);
``sitrep eval slant DIR --slant slant.lexicon.v1`` scores the lexicon for
comparison.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..settings import Settings
from .scoring import harmonic, prf

TECHNIQUES = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)
_ARTICLE = re.compile(r"article(\d+)\.txt$")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    spans: tuple[tuple[str, int, int], ...]  # (technique, start, end)

    def lines(self) -> list[tuple[int, int]]:
        """Each non-empty line (one sentence in PTC) as (start, end)."""
        found, start = [], 0
        for line in self.text.split("\n"):
            end = start + len(line)
            if line.strip():
                found.append((start, end))
            start = end + 1
        return found


def is_held_out(article_id: str) -> bool:
    return int(article_id) % 5 == 0


def load_articles(root: Path, *, held_out: bool) -> list[Article]:
    """PTC train articles of one side of the split, with their TC labels."""
    folder = root / "train-articles"
    if not folder.is_dir():
        raise ConfigError(f"{root} has no train-articles/; give the semeval2020-task11-ptc folder")
    labels: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for line in (root / "train-task2-TC.labels").read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc, technique, start, end = line.split("\t")
            if is_held_out(doc) == held_out:
                labels[doc].append((technique, int(start), int(end)))
    articles = []
    for path in sorted(folder.glob("article*.txt")):
        match = _ARTICLE.search(path.name)
        if match and is_held_out(match.group(1)) == held_out:
            text = path.read_text(encoding="utf-8")
            articles.append(Article(match.group(1), text, tuple(sorted(labels[match.group(1)], key=lambda s: s[1:]))))
    return articles


# --- SemEval SI scoring ---------------------------------------------------------


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans merged (SI ignores labels, so overlaps count once)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def si_scores(
    predicted: Mapping[str, Sequence[tuple[int, int]]], gold: Mapping[str, Sequence[tuple[int, int]]]
) -> dict[str, float]:
    """SemEval-2020 Task 11 SI precision, recall and F1.

    With C(s, t, h) = |s ∩ t| / h over characters, S the predicted and T the
    gold spans (each article's spans merged first):
    P = Σ_s Σ_t C(s, t, |s|) / |S| and R = Σ_s Σ_t C(s, t, |t|) / |T|,
    both summed over all articles.
    """
    precision_sum = recall_sum = 0.0
    n_predicted = n_gold = 0
    for doc in set(predicted) | set(gold):
        preds, golds = merge(predicted.get(doc, ())), merge(gold.get(doc, ()))
        n_predicted += len(preds)
        n_gold += len(golds)
        for ps, pe in preds:
            for gs, ge in golds:
                overlap = min(pe, ge) - max(ps, gs)
                if overlap > 0:
                    precision_sum += overlap / (pe - ps)
                    recall_sum += overlap / (ge - gs)
    precision = precision_sum / n_predicted if n_predicted else 0.0
    recall = recall_sum / n_gold if n_gold else 0.0
    f1 = harmonic(precision, recall)
    return {"precision": precision, "recall": recall, "f1": f1, "n_predicted": n_predicted, "n_gold": n_gold}


# --- running ---------------------------------------------------------------------


def make_backend(name: str) -> Any:
    from .. import registry

    return registry.get("slant", name)()


def evaluate(
    path: Path, settings: Settings | None = None, details: bool = False, backend: str | None = None
) -> dict[str, Any]:
    name = backend or (settings or Settings()).slant
    model = make_backend(name)
    articles = load_articles(Path(path), held_out=True)
    result = score(model, articles, details)
    result["backend"] = getattr(model, "name", name)
    result["split"] = "PTC train articles with id % 5 == 0 (held out)"
    return result


def score(model: Any, articles: Sequence[Article], details: bool = False) -> dict[str, Any]:
    sentence_counts = Counter[str]()
    predicted_spans: dict[str, list[tuple[int, int]]] = {}
    gold_spans: dict[str, list[tuple[int, int]]] = {}
    confusion = Counter[tuple[str, str]]()
    errors: list[dict[str, Any]] = []
    for article in articles:
        predictions = predict_article(model, article)
        predicted_spans[article.id] = [(s, e) for _, s, e, _ in predictions]
        gold_spans[article.id] = [(s, e) for _, s, e in article.spans]
        for start, end in article.lines():
            gold_flag = any(s < end and start < e for _, s, e in article.spans)
            predicted_flag = any(s < end and start < e for _, s, e, _ in predictions)
            sentence_counts[f"{'t' if gold_flag == predicted_flag else 'f'}{'p' if predicted_flag else 'n'}"] += 1
        for (gold, start, end), guess in zip(article.spans, classify_gold(model, article, predictions), strict=True):
            confusion[(gold, guess)] += 1
            if details and gold != guess:
                errors.append({"doc": article.id, "span": article.text[start:end], "gold": gold, "predicted": guess})
    return summarize(sentence_counts, confusion, si_scores(predicted_spans, gold_spans), len(articles), errors, details)


def predict_article(model: Any, article: Article) -> list[tuple[str, int, int, float]]:
    """The backend's technique spans on each line, in article offsets."""
    found = []
    for start, end in article.lines():
        for technique, s, e, value in model.techniques(article.text[start:end]):
            found.append((technique, start + s, start + e, value))
    return found


def classify_gold(model: Any, article: Article, predictions: Sequence[tuple[str, int, int, float]]) -> list[str]:
    """A technique for each gold span (TC style); "" when the backend gives none."""
    if hasattr(model, "classify"):
        answers = []
        lines = article.lines()
        for _, start, end in article.spans:
            ls, le = next(((a, b) for a, b in lines if a <= start < b), (start, end))
            le = max(le, end)
            answers.append(model.classify(article.text[ls:le], [(start - ls, end - ls)], article.text)[0][0])
        return answers
    answers = []
    for _, start, end in article.spans:
        overlaps = [(min(e, end) - max(s, start), t) for t, s, e, _ in predictions if s < end and start < e]
        answers.append(max(overlaps)[1] if overlaps else "")
    return answers


def summarize(
    sentences: Counter[str],
    confusion: Counter[tuple[str, str]],
    si: dict[str, float],
    n_articles: int,
    errors: list[dict[str, Any]],
    details: bool,
) -> dict[str, Any]:
    sentence = prf(sentences["tp"], sentences["fp"], sentences["fn"])
    n_spans = sum(confusion.values())
    correct = sum(n for (gold, guess), n in confusion.items() if gold == guess)
    answered = sum(n for (_, guess), n in confusion.items() if guess)
    tc = prf(correct, answered - correct, n_spans - correct)
    per_technique = {}
    for technique in TECHNIQUES:
        tp = confusion[(technique, technique)]
        fp = sum(n for (gold, guess), n in confusion.items() if guess == technique and gold != technique)
        fn = sum(n for (gold, guess), n in confusion.items() if gold == technique and guess != technique)
        per_technique[technique] = {**prf(tp, fp, fn), "n_gold": tp + fn}
    result: dict[str, Any] = {
        "sentence_f1": sentence["f1"],
        "technique_micro_f1": tc["f1"],
        "span_f1": round(si["f1"], 4),
        "sentence": {**sentence, **{k: sentences[k] for k in ("tp", "fp", "fn", "tn")}},
        "technique": {**tc, "n_gold_spans": n_spans, "correct": correct, "answered": answered},
        "span": {k: round(v, 4) if isinstance(v, float) else v for k, v in si.items()},
        "per_technique": per_technique,
        "articles": n_articles,
        "sentences": sum(sentences.values()),
    }
    if details:
        result["errors"] = errors
    return result


def format_text(result: dict[str, Any]) -> str:
    s, t, p = result["sentence"], result["technique"], result["span"]
    lines = [
        f"backend {result['backend']}  articles {result['articles']}  sentences {result['sentences']}  ({result['split']})",
        f"sentence   P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})",
        f"technique  micro F1 {t['f1']:.3f}  ({t['correct']} of {t['n_gold_spans']} gold spans right)",
        f"span (SI)  P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}"
        f"  ({p['n_predicted']} predicted, {p['n_gold']} gold, merged)",
        "per technique F1:",
    ]
    for name, score in result["per_technique"].items():
        lines.append(f"  {name:<36} {score['f1']:.3f}  (n={score['n_gold']})")
    return "\n".join(lines)
