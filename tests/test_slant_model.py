"""The trained slant backend (slant.model.v1), its training script and the SI scorer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.backends.slant_model import (
    EMBEDDING_DIM,
    EMBEDDING_WEIGHT,
    EXTRAS,
    ModelSlant,
    decode_spans,
    embedding_row,
    extras_row,
    load_artefact,
    quoted_share,
    sentiment_row,
)
from sitrep.errors import ResourceError
from sitrep.evaluate.slant import merge, si_scores

ROOT = Path(__file__).resolve().parents[1]
PTC = ROOT.parent / "shared" / "datasets" / "semeval2020-task11-ptc"

LOADED = (
    "The collapse of the puppet regime is days away.",
    "Who still believes the liars in Washington?",
    "The oil thieves in the American bases keep smuggling Syrian crude across the border.",
)
PLAIN = (
    "Two rockets struck the base on Tuesday, the ministry said.",
    "The convoy crossed into the province on Friday morning, officials said.",
)


@pytest.fixture(scope="module")
def model() -> ModelSlant:
    return ModelSlant()


@pytest.mark.parametrize("text", LOADED)
def test_loaded_sentences_are_flagged(model: ModelSlant, text: str) -> None:
    found = model.techniques(text)
    assert found, text
    for technique, start, end, score in found:
        assert technique in model.labels
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        assert 0.0 <= score <= 1.0


def test_kinds(model: ModelSlant) -> None:
    assert model.sentence_kind(LOADED[0])[0] == "speculation"
    assert model.sentence_kind(LOADED[1])[0] == "opinion"
    assert model.sentence_kind('"We will respond at a time of our choosing," the spokesman said.')[0] == "quote"


@pytest.mark.parametrize("text", PLAIN)
def test_plain_wire_sentences_are_not_flagged(model: ModelSlant, text: str) -> None:
    assert model.techniques(text) == []
    assert model.sentence_kind(text)[0] == "report"


def test_registered_and_missing_artefact_is_a_resource_error(tmp_path: Path) -> None:
    from sitrep import registry

    assert registry.get("slant", "slant.model.v1") is ModelSlant
    with pytest.raises(ResourceError, match=r"train_slant\.py"):
        load_artefact(str(tmp_path / "nothing.joblib"))


@pytest.mark.skipif(not PTC.is_dir(), reason="the PTC dataset (../shared/datasets) is absent")
def test_training_script_on_a_sample(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "train" / "train_slant.py"), "--sample", "8", "--no-tune", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    artefact = tmp_path / "slant_model.joblib"
    assert 0 < artefact.stat().st_size < 20 * 1024 * 1024
    model = ModelSlant(str(artefact))
    kind, score = model.sentence_kind(LOADED[1])
    assert kind in {"report", "opinion", "speculation", "quote"} and 0.0 <= score <= 1.0
    assert isinstance(model.techniques(LOADED[0]), list)


def test_si_scorer_on_a_known_example() -> None:
    # doc a: gold [0, 10) and [20, 30); predictions [5, 15) (5 of its 10 chars right)
    # and [20, 30) (exact). doc b: gold [0, 4), nothing predicted.
    gold = {"a": [(0, 10), (20, 30)], "b": [(0, 4)]}
    predicted = {"a": [(5, 15), (20, 30)]}
    scores = si_scores(predicted, gold)
    # P = (5/10 + 10/10) / 2 predicted spans; R = (5/10 + 10/10 + 0) / 3 gold spans
    assert scores["precision"] == pytest.approx(0.75)
    assert scores["recall"] == pytest.approx(0.5)
    assert scores["f1"] == pytest.approx(0.6)


def test_si_scorer_merges_overlapping_gold() -> None:
    assert merge([(0, 5), (3, 8), (10, 12)]) == [(0, 8), (10, 12)]
    scores = si_scores({"a": [(0, 8)]}, {"a": [(0, 5), (3, 8)]})
    assert scores["f1"] == pytest.approx(1.0)


def test_span_decoding_and_quotes() -> None:
    offsets = [(0, 3), (4, 7), (8, 11), (12, 15)]
    assert decode_spans([0.9, 0.1, 0.8, 0.1], offsets, 0.5) == [(0, 11)]  # one-token gap bridged
    assert decode_spans([0.1, 0.3, 0.25, 0.0], offsets, 0.5) == [(4, 11)]  # fallback: best token's run
    assert quoted_share('"All of this is quoted," he said.') > 0.5


def test_fast_inference_agrees_with_sklearn(model: ModelSlant) -> None:
    texts = [*LOADED, *PLAIN]
    fast = [model.scorers.sentence_probability(text) for text in texts]
    assert fast == pytest.approx(list(model.sentence_scores(texts)), abs=1e-9)


def test_sentence_cues_carry_sentiment() -> None:
    assert len(extras_row(PLAIN[0])) == EXTRAS
    charged = sentiment_row("The murderous regime's vile lies horrify everyone.")
    plain = sentiment_row(PLAIN[1])
    assert charged[0] > plain[0] and charged[3] > plain[3]  # negative share, compound strength
    assert sentiment_row("  ") == [0.0, 1.0, 0.0, 0.0]


def test_embedding_is_wordllamas_offline() -> None:
    """The hand-read WordLlama vectors give what the package's own embed() gives, without the network."""
    import logging
    import socket

    import numpy as np

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    wordllama = pytest.importorskip("wordllama")  # its import configures the root logger: undone below
    root.handlers[:], root.level = handlers, level
    text = LOADED[2]
    row = embedding_row(text)
    assert row.shape == (EMBEDDING_DIM,)
    assert float(np.linalg.norm(row)) == pytest.approx(EMBEDDING_WEIGHT)
    assert not embedding_row("").any()
    connect = socket.socket.connect
    socket.socket.connect = lambda *a, **k: pytest.fail("wordllama tried the network")  # type: ignore[method-assign]
    try:
        model = wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    finally:
        socket.socket.connect = connect  # type: ignore[method-assign]
    theirs = model.embed(text)[0]
    assert row == pytest.approx(theirs / np.linalg.norm(theirs) * EMBEDDING_WEIGHT, abs=1e-6)
