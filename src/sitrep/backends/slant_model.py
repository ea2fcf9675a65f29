"""`slant.model.v1`: a trained, CPU-only persuasion-technique model.

Three small scikit-learn models, trained by ``train/train_slant.py`` on the
SemEval-2020 Task 11 corpus (PTC) plus a few sentences of our own, shipped
as one compressed joblib file in ``sitrep/data/slant/``:

- ``sentence``: does the sentence use any technique? (hashed word 1-2grams
  and char 2-5grams, tf-idf, a few cues, VADER sentiment scores and a static
  WordLlama sentence embedding; the average of a logistic regression and an
  NB-scaled one; threshold chosen on a validation carve-out of the training
  articles)
- ``si``: which tokens of a flagged sentence sit inside a technique span
  (hashed window features, logistic regression); runs of such tokens are
  the spans
- ``tc``: which of the 14 techniques a span is (span n-grams, sentence
  context, length and repetition features, logistic regression)

Hashing keeps the artefact free of the corpus' words: it holds numbers only.
The sentence kind (report / opinion / speculation / quote) combines cue
patterns with the sentence model's score.

The feature functions here are the single definition used both by the
training script and at inference time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from typing import Any

import numpy as np

from .. import registry
from ..errors import ResourceError
from ..model import SentenceKind
from ..resources import data_path, load_model
from .slant_encoder import SentenceEncoder

NAME = "slant.model.v1"
ENCODED_NAME = "slant.model.v2"
ARTEFACT = "slant/slant_model.joblib"
FORMAT_VERSION = 3

TOKEN = re.compile(r"\w+(?:[-'\u2019]\w+)*|[^\w\s]")
_EDGE = " \n\t.,:;\"'\u201c\u201d\u2018\u2019()[]"
_QUOTES = '"\u201c\u201d'
EXTRAS = 9  # numbers extras_row gives a sentence
EMBEDDING_DIM = 256  # WordLlama l2_supercat, the 256-dim weights its wheel ships
EMBEDDING_WEIGHT = 0.25  # the unit-length sentence embedding's scale among the features
_SPECULATION = re.compile(
    r"\b(may|might|could|would|likely|unlikely|probably|perhaps|possibly|expected to|is set to|"
    r"it is possible|remains unclear|speculat\w*|appears? to|seems? to|will likely|is believed|"
    r"(?:is|are) (?:only )?(?:days|weeks|hours|months) away|on the verge of|(?:is|are) about to|imminent|"
    r"poised to|(?:is|are) bound to|sooner or later|soon)\b",
    re.I,
)
_OPINION = re.compile(
    r"(\?\s*[\"\u201d']?\s*$|!\s*[\"\u201d']?\s*$|\b(everyone knows|who still believes|we must|you must|must be|"
    r"should be|shame(?:ful)?|disgrace\w*|the day is near|as always|once again|we (?:will|shall) never|"
    r"i (?:think|believe|feel)|in my (?:view|opinion)|our (?:heroic|brave|glorious)|let us|let's)\b)",
    re.I,
)


# --- features (shared with train/train_slant.py) ------------------------------


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "AA"
    if word[:1].isupper():
        return "Aa"
    if word.isdigit():
        return "0"
    if not word[:1].isalnum():
        return "p"
    return "a"


def token_features(words: Sequence[str]) -> list[list[str]]:
    """Hashed-feature strings for each token: the word, its shape and a ±2 window."""
    lower = [w.lower() for w in words]
    padded = ["<s>", "<s>", *lower, "</s>", "</s>"]
    rows = []
    for i, word in enumerate(words):
        j = i + 2
        rows.append(
            [
                f"w={lower[i]}",
                f"sh={_shape(word)}",
                f"suf={lower[i][-3:]}",
                f"w-1={padded[j - 1]}",
                f"w+1={padded[j + 1]}",
                f"w-2={padded[j - 2]}",
                f"w+2={padded[j + 2]}",
                f"b-={padded[j - 1]}|{lower[i]}",
                f"b+={lower[i]}|{padded[j + 1]}",
                f"pos={min(i, 5)}",
                f"rpos={min(len(words) - 1 - i, 5)}",
                f"pre={lower[i][:4]}",
            ]
        )
    return rows


def span_numeric(span: str, sentence: str, context: str) -> list[float]:
    """Length, repetition and punctuation features of a candidate span."""
    words = TOKEN.findall(span)
    key = span.lower().strip()
    repeats = context.lower().count(key) - 1 if key else 0
    return [
        math.log1p(len(span)),
        math.log1p(len(words)),
        math.log1p(max(repeats, 0)),
        float(repeats >= 1),
        len(span) / max(len(sentence), 1),
        float(any(q in span for q in _QUOTES)),
        float("!" in sentence),
        float("?" in sentence),
        float(span[:1].isupper()),
        float(len(words) == 1),
    ]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with space or edge punctuation."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def sentence_extras(texts: Sequence[str]) -> Any:
    """Dense cues tf-idf loses: length, punctuation, quotes, capitalised words, sentiment."""
    from scipy import sparse

    rows = [extras_row(text) for text in texts]
    return sparse.csr_matrix(np.array(rows, dtype=float).reshape(len(rows), EXTRAS))


def extras_row(text: str) -> list[float]:
    words = TOKEN.findall(text)
    return [
        math.log1p(len(words)) / 3,
        float("?" in text),
        float("!" in text),
        float(any(q in text for q in _QUOTES)),
        sum(w[:1].isupper() for w in words) / max(len(words), 1),
        *sentiment_row(text),
    ]


def sentiment_row(text: str) -> list[float]:
    """VADER's negative, neutral and positive shares and its compound strength.

    A lexicon of ~7,500 rated words generalises to charged words the ~13k
    training sentences never show; the n-grams cannot.
    """
    if not text.strip():
        return [0.0, 1.0, 0.0, 0.0]
    scores = _sentiment_analyzer().polarity_scores(text)
    return [scores["neg"], scores["neu"], scores["pos"], abs(scores["compound"])]


def sentence_embeddings(texts: Sequence[str]) -> Any:
    """Each text's WordLlama embedding (``embedding_row``) as a sparse matrix row."""
    from scipy import sparse

    rows = np.array([embedding_row(text) for text in texts], dtype=float).reshape(len(texts), EMBEDDING_DIM)
    return sparse.csr_matrix(rows)


def embedding_row(text: str) -> np.ndarray:
    """The mean of the sentence's WordLlama token vectors, scaled to length ``EMBEDDING_WEIGHT``.

    Static token embeddings (distilled from a large language model's input
    layer) place charged words near each other, including ones the training
    sentences never show. The mean is what ``WordLlamaInference.embed`` gives
    (a test checks it); no text, no tokens: zeros.
    """
    tokenizer, vectors = _wordllama()
    ids = tokenizer.encode(text, add_special_tokens=False).ids
    if not ids:
        return np.zeros(EMBEDDING_DIM)
    mean = vectors[ids].mean(axis=0, dtype=np.float64)
    norm = float(np.sqrt(mean @ mean))
    return mean * (EMBEDDING_WEIGHT / norm) if norm else mean


@cache
def _wordllama() -> tuple[Any, np.ndarray]:
    """WordLlama's tokenizer and 256-dim token vectors, read from the files its wheel ships.

    Read directly (safetensors, tokenizers) rather than through
    ``WordLlama.load()``: that looks for the tokenizer in a folder the wheel
    does not have and then tries to download it, and importing the package
    sets up the root logger. Nothing here uses the network.
    """
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordllama")  # locates the package without importing it
    try:
        from safetensors import safe_open
        from tokenizers import Tokenizer

        if spec is None or not spec.submodule_search_locations:
            raise ImportError("wordllama")
        folder = Path(next(iter(spec.submodule_search_locations)))
        tokenizer = Tokenizer.from_file(str(folder / "tokenizers" / "l2_supercat_tokenizer_config.json"))
        with safe_open(str(folder / "weights" / "l2_supercat_256.safetensors"), framework="np") as weights:
            vectors = np.ascontiguousarray(weights.get_tensor("embedding.weight")[:, :EMBEDDING_DIM], dtype=np.float32)
    except Exception as error:  # a missing package, missing files or a broken wheel
        raise ResourceError(
            "the slant model needs wordllama==0.4.0.post1 (its 256-dim weights); install sitrep's requirements "
            "(requirements/lock.txt), or use the 'slant.lexicon.v1' backend"
        ) from error
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer, vectors


@cache
def _sentiment_analyzer() -> Any:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError as error:
        raise ResourceError(
            "the slant model needs vaderSentiment; install sitrep's requirements (requirements/lock.txt), "
            "or use the 'slant.lexicon.v1' backend"
        ) from error
    return SentimentIntensityAnalyzer()


def decode_spans(
    probs: Sequence[float], offsets: Sequence[tuple[int, int]], threshold: float, gap: int = 1
) -> list[tuple[int, int]]:
    """Runs of tokens whose probability reaches ``threshold`` (gaps of up to ``gap`` tokens bridged).

    When no token reaches it, the run around the most likely token, so a
    flagged sentence always names at least one span.
    """
    if not len(probs):
        return []
    inside = [p >= threshold for p in probs]
    if not any(inside):
        best = int(np.argmax(probs))
        floor = probs[best] * 0.8
        lo = hi = best
        while lo > 0 and probs[lo - 1] >= floor:
            lo -= 1
        while hi + 1 < len(probs) and probs[hi + 1] >= floor:
            hi += 1
        return [(offsets[lo][0], offsets[hi][1])]
    marked = [i for i, flag in enumerate(inside) if flag]
    for a, b in pairwise(marked):
        if 1 < b - a <= gap + 1:
            inside[a:b] = [True] * (b - a)
    spans, start = [], None
    for i, flag in enumerate(inside):
        if flag and start is None:
            start = i
        if not flag and start is not None:
            spans.append((offsets[start][0], offsets[i - 1][1]))
            start = None
    if start is not None:
        spans.append((offsets[start][0], offsets[-1][1]))
    return spans


def quoted_share(text: str) -> float:
    """Share of the sentence's characters that sit between double quotation marks."""
    inside, count, open_ = 0, 0, False
    for char in text:
        if char in _QUOTES:
            if char == "\u201c":
                open_ = True
            elif char == "\u201d":
                open_ = False
            else:
                open_ = not open_
            continue
        if not char.isspace():
            count += 1
            inside += open_
    return inside / count if count else 0.0


# --- loading -----------------------------------------------------------------


def load_artefact(path: str | None = None) -> dict[str, Any]:
    return load_model(
        path or str(data_path(ARTEFACT)),
        "slant model",
        FORMAT_VERSION,
        "rebuild it with `.venv/bin/python train/train_slant.py`, or use the 'slant.lexicon.v1' backend",
    )


# --- fast inference ---------------------------------------------------------------
_DENSE_PARTS = ("extras", "embedding")  # the sentence features that are not hashed text
# The stage asks about one sentence at a time; sklearn's per-call input checks
# cost more than the arithmetic, so inference re-does the same sums directly
# from the fitted arrays (tests check it agrees with sklearn).


def _hash_rows(rows: Sequence[Sequence[str]], size: int) -> tuple[np.ndarray, np.ndarray]:
    """Columns sklearn's FeatureHasher gives each row's strings: (indices, indptr)."""
    try:  # sklearn's own Cython loop (private, but pinned with the artefact's sklearn)
        from sklearn.feature_extraction._hashing_fast import transform

        indices, indptr, _ = transform((((f, 1) for f in row) for row in rows), size, np.float64, False, 0)
        return np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)
    except ImportError:  # the same arithmetic, slower
        from sklearn.utils import murmurhash3_32

        flat = [int(murmurhash3_32(f, seed=0, positive=False)) for row in rows for f in row]
        columns = [(2**31 - size) % size if h == -(2**31) else abs(h) % size for h in flat]
        return np.asarray(columns, dtype=np.int64), np.cumsum([0, *map(len, rows)], dtype=np.int64)


@dataclass(frozen=True)
class _TextBlock:
    """A HashingVectorizer + TfidfTransformer pair, as (indices, values) of one text."""

    analyzer: Callable[[str], list[str]]
    size: int
    idf: np.ndarray
    sublinear: bool
    weight: float = 1.0

    @classmethod
    def of(cls, pipeline: Any, weight: float = 1.0) -> _TextBlock:
        hasher, tfidf = pipeline.steps[0][1], pipeline.steps[1][1]
        return cls(hasher.build_analyzer(), hasher.n_features, tfidf.idf_, tfidf.sublinear_tf, weight)

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        counted = Counter(_hash_rows([self.analyzer(text)], self.size)[0].tolist())  # faster than np.unique here
        index = np.fromiter(counted.keys(), dtype=np.int64, count=len(counted))
        values = np.fromiter(counted.values(), dtype=float, count=len(counted))
        if self.sublinear:
            values = np.log(values) + 1.0
        values = values * self.idf[index]
        norm = float(np.sqrt(values @ values))
        return index, (values / norm if norm else values) * self.weight


def _linear(coef: np.ndarray, blocks: Sequence[_TextBlock], texts: Sequence[str], dense: np.ndarray) -> np.ndarray:
    """coef · [block features ..., dense features] for one example (coef: classes × columns)."""
    total = np.zeros(coef.shape[0])
    offset = 0
    for block, text in zip(blocks, texts, strict=True):
        index, values = block.vector(text)
        total += coef[:, offset + index] @ values
        offset += block.size
    return total + coef[:, offset : offset + len(dense)] @ dense


class _Scorers:
    """The shipped sklearn models as plain arrays, for one-sentence-at-a-time use."""

    def __init__(self, artefact: dict[str, Any]) -> None:
        self.artefact = artefact

    @cached_property
    def sentence(self) -> tuple[list[_TextBlock], np.ndarray, float]:
        union, classifier = self.artefact["sentence"].steps[0][1], self.artefact["sentence"].steps[-1][1]
        blocks = [_TextBlock.of(t) for name, t in union.transformer_list if name not in _DENSE_PARTS]
        return blocks, classifier.coef_, float(classifier.intercept_[0])

    @cached_property
    def si(self) -> tuple[int, np.ndarray, float]:
        si = self.artefact["si"]
        return si["hasher"].n_features, si["model"].coef_[0], float(si["model"].intercept_[0])

    @cached_property
    def tc(self) -> tuple[list[_TextBlock], np.ndarray, np.ndarray]:
        tc = self.artefact["tc"]
        union = tc["span_vectorizer"]
        blocks = [_TextBlock.of(t) for _, t in union.transformer_list]
        blocks.append(_TextBlock.of(tc["context_vectorizer"], tc["context_weight"]))
        return blocks, tc["model"].coef_, tc["model"].intercept_

    def sentence_probability(self, text: str) -> float:
        blocks, coef, intercept = self.sentence
        dense = np.concatenate([extras_row(text), embedding_row(text)])
        margin = float(_linear(coef, blocks, [text] * len(blocks), dense)[0]) + intercept
        return 1.0 / (1.0 + math.exp(-margin))

    def token_probabilities(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        size, coef, intercept = self.si
        indices, indptr = _hash_rows(rows, size)
        margins = np.add.reduceat(coef[indices], indptr[:-1]) + intercept  # every row has features
        return np.asarray(1.0 / (1.0 + np.exp(-margins)))

    def technique_margins(self, spans: Sequence[str], sentence: str, context: str) -> np.ndarray:
        """Margins of each span of one sentence (spans × techniques); the sentence's part is computed once."""
        blocks, coef, intercept = self.tc
        *span_blocks, sentence_block = blocks
        offset = sum(b.size for b in span_blocks)
        index, values = sentence_block.vector(sentence)
        shared = coef[:, offset + index] @ values + intercept
        dense_at = offset + sentence_block.size
        rows = []
        for span in spans:
            dense = np.array(span_numeric(span, sentence, context))
            rows.append(
                _linear(coef, span_blocks, [span] * len(span_blocks), np.zeros(0))
                + coef[:, dense_at : dense_at + len(dense)] @ dense
                + shared
            )
        return np.array(rows)


# --- the backend ---------------------------------------------------------------


@registry.register("slant", NAME, alias="model")
class ModelSlant:
    """Trained slant model (see the module docstring); loads its artefact on first use."""

    name = NAME

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self._artefact: dict[str, Any] | None = None
        self._last: tuple[str, float] = ("", 0.0)  # the stage asks kind, then techniques, of one sentence

    @property
    def artefact(self) -> dict[str, Any]:
        if self._artefact is None:
            self._artefact = load_artefact(self.path)
        return self._artefact

    @cached_property
    def scorers(self) -> _Scorers:
        return _Scorers(self.artefact)

    def load(self) -> None:
        """Read the artefact now (about 2 s) rather than on the first sentence."""
        self.scorers.sentence, self.scorers.si, self.scorers.tc  # noqa: B018
        _sentiment_analyzer()  # and VADER's lexicon
        _wordllama()  # and WordLlama's vectors

    @property
    def labels(self) -> list[str]:
        return [str(label) for label in self.artefact["tc"]["model"].classes_]

    def sentence_scores(self, texts: Sequence[str]) -> np.ndarray:
        """Probability that each sentence uses some technique (sklearn, batched)."""
        model = self.artefact["sentence"]
        return np.asarray(model.predict_proba(list(texts))[:, 1])

    def sentence_score(self, text: str) -> float:
        if not text.strip():
            return 0.0
        if self._last[0] != text:
            self._last = (text, self.probability(text))
        return self._last[1]

    def probability(self, text: str) -> float:
        return self.scorers.sentence_probability(text)

    def flagged(self, score: float) -> bool:
        return score >= self.artefact["threshold"]

    def sentence_kind(self, text: str) -> tuple[SentenceKind, float]:
        return self.kind_for(text.strip(), self.sentence_score(text))

    def kind_for(self, text: str, score: float) -> tuple[SentenceKind, float]:
        if quoted_share(text) >= 0.5:
            return "quote", 0.7
        if _OPINION.search(text):
            return "opinion", max(score, 0.6)
        if _SPECULATION.search(text):
            return "speculation", 0.6
        if score >= self.artefact["opinion_threshold"]:
            return "opinion", score
        return "report", 1.0 - score

    def techniques(self, text: str) -> list[tuple[str, int, int, float]]:
        score = self.sentence_score(text)
        if not self.flagged(score):
            return []
        spans = self.spans(text)
        return [
            (label, start, end, round(score * prob, 3))
            for (start, end), (label, prob) in zip(spans, self.classify(text, spans, text), strict=True)
        ]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Technique spans in a sentence already judged to use one."""
        found = tokens(text)
        if not found:
            return []
        si = self.artefact["si"]
        rows = token_features([w for w, _, _ in found])
        probs = self.scorers.token_probabilities(rows)
        spans = decode_spans(list(probs), [(s, e) for _, s, e in found], si["threshold"], si.get("gap", 1))
        trimmed = [trim(text, s, e) for s, e in spans]
        return [(s, e) for s, e in trimmed if e > s]

    def classify(self, sentence: str, spans: Sequence[tuple[int, int]], context: str) -> list[tuple[str, float]]:
        """The most likely technique of each span (offsets into ``sentence``) and its probability."""
        if not spans:
            return []
        probs = self.technique_probabilities(sentence, spans, context)
        labels = self.labels
        return [(labels[int(i)], float(row[int(i)])) for row, i in zip(probs, probs.argmax(axis=1), strict=True)]

    def technique_probabilities(self, sentence: str, spans: Sequence[tuple[int, int]], context: str) -> np.ndarray:
        margins = self.scorers.technique_margins([sentence[s:e] for s, e in spans], sentence, context)
        return softmax(margins * self.artefact["tc"].get("temperature", 3.0))


def softmax(scores: np.ndarray) -> np.ndarray:
    """Margins of a linear one-vs-rest classifier as probabilities."""
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def tc_matrix(tc: dict[str, Any], spans: Sequence[str], sentences: Sequence[str], context: str | Sequence[str]) -> Any:
    """The technique classifier's feature matrix (span n-grams, context words, numbers)."""
    from scipy import sparse

    contexts = [context] * len(spans) if isinstance(context, str) else list(context)
    numeric = np.array(
        [span_numeric(s, sent, ctx) for s, sent, ctx in zip(spans, sentences, contexts, strict=True)], dtype=float
    )
    return sparse.hstack(
        [
            tc["span_vectorizer"].transform(list(spans)),
            tc["context_vectorizer"].transform(list(sentences)) * tc["context_weight"],
            sparse.csr_matrix(numeric),
        ]
    ).tocsr()


@registry.register("slant", ENCODED_NAME, alias="encoder")
class EncodedSlant(ModelSlant):
    """``slant.model.v1`` with a fine-tuned sentence encoder asked near its threshold (``slant_encoder``)."""

    name = ENCODED_NAME

    def __init__(self, path: str | None = None, encoder_folder: str | None = None) -> None:
        super().__init__(path)
        self.encoder = SentenceEncoder(encoder_folder)

    def load(self) -> None:
        super().load()
        self.encoder.load()

    def probability(self, text: str) -> float:
        return self.encoder.blend(super().probability(text), text)
