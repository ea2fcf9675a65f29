"""The sentence encoder of slant.model.v2: asked only near the threshold, offline, and its training script."""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep import registry
from sitrep.backends.slant_encoder import ENCODER_FILE, ENCODER_SETTINGS, TOKENIZER_FILE, SentenceEncoder
from sitrep.backends.slant_model import EncodedSlant, ModelSlant
from sitrep.errors import ResourceError
from sitrep.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
PTC = ROOT.parent / "shared" / "datasets" / "semeval2020-task11-ptc"
DATA = ROOT / "src" / "sitrep" / "data" / "slant"

SENTENCES = (
    "The collapse of the puppet regime is days away.",
    "Who still believes the liars in Washington?",
    "Two rockets struck the base on Tuesday, the ministry said.",
    "The convoy crossed into the province on Friday morning, officials said.",
    "These cowardly traitors will pay dearly for every drop of blood they spilled.",
    "The committee will meet again on Thursday to discuss the budget.",
    "Critics say the deal is a disaster that only a fool could have signed.",
    "Police said the driver was taken to hospital with minor injuries.",
    # near the threshold, where the encoder is asked
    "Activists accused the army of a deliberate massacre.",
    "Officials warned that the situation could spiral out of control.",
)


@pytest.fixture(scope="module")
def linear() -> ModelSlant:
    return ModelSlant()


@pytest.fixture(scope="module")
def encoded() -> EncodedSlant:
    return EncodedSlant()


def test_the_encoded_model_is_the_default_and_the_linear_one_stays_registered() -> None:
    assert registry.get("slant", "slant.model.v2") is EncodedSlant
    assert registry.get("slant", "encoder") is EncodedSlant
    assert registry.get("slant", "model") is ModelSlant
    assert Settings().slant == "slant.model.v2"


def test_shipped_files_are_small_and_the_band_is_a_minority() -> None:
    sizes = sum((DATA / name).stat().st_size for name in (ENCODER_FILE, TOKENIZER_FILE, "slant_model.joblib"))
    assert sizes < 20 * 1024 * 1024
    settings = json.loads((DATA / ENCODER_SETTINGS).read_text())
    centre = math.log(settings["linear_threshold"] / (1 - settings["linear_threshold"]))
    assert settings["low"] < centre < settings["high"]
    assert settings["layers"] == 3 and settings["blend"] > 0


def test_outside_the_band_the_linear_probability_stands(linear: ModelSlant, encoded: EncodedSlant) -> None:
    outside = inside = 0
    for text in SENTENCES:
        before, after = linear.sentence_score(text), encoded.sentence_score(text)
        if encoded.encoder.in_band(before):
            inside += 1
            low, high = (1 / (1 + math.exp(-encoded.encoder.settings[edge])) for edge in ("low", "high"))
            assert low - 1e-9 <= after <= high + 1e-9
        else:
            outside += 1
            assert after == before, text
    assert outside and inside  # the examples exercise both paths


def test_encoder_separates_loaded_from_plain_sentences() -> None:
    encoder = SentenceEncoder()
    loaded = [encoder.logit(text) for text in (SENTENCES[1], SENTENCES[4], SENTENCES[6])]
    plain = [encoder.logit(text) for text in (SENTENCES[2], SENTENCES[3], SENTENCES[5], SENTENCES[7])]
    assert min(loaded) > max(plain)
    assert encoder.logit(SENTENCES[4]) == encoder.logit(SENTENCES[4])  # deterministic
    assert encoder.logit("") == 0.0
    assert isinstance(encoder.logit("word " * 500), float)  # cut at MAX_TOKENS, no error


def test_loaded_and_plain_sentences_keep_their_flags(encoded: EncodedSlant) -> None:
    assert encoded.techniques(SENTENCES[1])
    assert encoded.techniques(SENTENCES[2]) == []
    assert encoded.sentence_kind(SENTENCES[3])[0] == "report"


def test_missing_encoder_files_are_a_resource_error(tmp_path: Path) -> None:
    encoder = SentenceEncoder(str(tmp_path))
    with pytest.raises(ResourceError, match="settings"):
        encoder.in_band(0.5)
    with pytest.raises(ResourceError, match="slant encoder"):
        encoder.logit("Some sentence.")


@pytest.mark.skipif(
    not PTC.is_dir()
    or importlib.util.find_spec("torch") is None
    or importlib.util.find_spec("all_minilm_l6_v2") is None,
    reason="needs the PTC dataset and the encoder's training requirements (requirements/train-encoder.txt)",
)
def test_encoder_training_script_on_a_sample(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "train" / "train_slant_encoder.py"), "--sample", "6", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    settings = json.loads((tmp_path / ENCODER_SETTINGS).read_text())
    assert settings["trained_on"]["sample"] == 6 and settings["low"] < settings["high"]
    encoder = SentenceEncoder(str(tmp_path))
    assert isinstance(encoder.logit(SENTENCES[0]), float)
    assert 0.0 <= encoder.blend(0.45, SENTENCES[0]) <= 1.0


def test_the_pruned_vocabulary_keeps_the_pieces_of_a_whole_article() -> None:
    from tokenizers import Tokenizer, models, pre_tokenizers

    spec = importlib.util.spec_from_file_location("train_slant_encoder", ROOT / "train" / "train_slant_encoder.py")
    assert spec is not None and spec.loader is not None
    training = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "train"))
    try:
        spec.loader.exec_module(training)
    finally:
        sys.path.remove(str(ROOT / "train"))
    words = ["rockets", "struck", "the", "base", "on", "tuesday", "yemen", "launched"]
    vocab = {token: i for i, token in enumerate([*training.SPECIAL, *words, "##s"])}
    base = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    base.pre_tokenizer = pre_tokenizers.Whitespace()
    base.enable_truncation(4)  # like MiniLM's own tokenizer, which stops at 128 pieces
    kept = training.pruned_vocabulary(json.loads(base.to_str()), ["rockets struck the base on tuesday yemen launched"])
    assert {"yemen", "launched"} <= set(kept), kept
