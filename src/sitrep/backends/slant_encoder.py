"""The sentence encoder of ``slant.model.v2``: a small fine-tuned transformer, asked only near the threshold.

The linear sentence model reads words, not how they are used: it cannot
tell a charged word said in earnest from the same word reported. A three-layer
MiniLM fine-tuned on the same training sentences (``train/train_slant_encoder.py``)
can, but costs about 1.5–3 ms a sentence on a CPU, several times the linear
model. So it is asked only about the sentences whose linear probability lies
in a band around the threshold (about half of them, where its answer can
change the decision); there its logit is added to the linear margin.

Runs with ONNX Runtime (int8 weights, no PyTorch); reads three files from
the package's data folder and nothing from the network.
"""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

import numpy as np

from ..errors import ResourceError
from ..resources import data_path

ENCODER_FILE = "slant_encoder.onnx"
TOKENIZER_FILE = "slant_encoder_tokenizer.json"
ENCODER_SETTINGS = "slant_encoder.json"
MAX_TOKENS = 80  # word pieces; longer sentences are cut (the training sentences were cut the same way)


def _logit(probability: float) -> float:
    probability = min(max(probability, 1e-9), 1 - 1e-9)
    return math.log(probability / (1 - probability))


class SentenceEncoder:
    """Blends the encoder's logit into a linear probability inside the band; outside it, the probability stands."""

    def __init__(self, folder: str | None = None) -> None:
        self.folder = folder or str(data_path("slant"))

    def _path(self, name: str) -> str:
        return f"{self.folder}/{name}"

    @property
    def settings(self) -> dict[str, Any]:
        return _settings(self._path(ENCODER_SETTINGS))

    def load(self) -> None:
        _session(self._path(ENCODER_FILE))
        _tokenizer(self._path(TOKENIZER_FILE))

    def logit(self, text: str) -> float:
        if not text.strip():
            return 0.0
        row = np.asarray([_tokenizer(self._path(TOKENIZER_FILE)).encode(text).ids], dtype=np.int64)
        output = _session(self._path(ENCODER_FILE)).run(None, {"ids": row, "mask": np.ones_like(row)})
        return float(output[0][0])

    def in_band(self, probability: float) -> bool:
        settings = self.settings
        return settings["low"] <= _logit(probability) <= settings["high"]

    def blend(self, probability: float, text: str) -> float:
        """The sentence's probability with the encoder's view added, on the linear model's scale.

        Inside the band the decision is ``margin + blend × logit ≥ cut``; the
        result is shifted so that this lands on the linear threshold, and kept
        inside the band so that nothing beyond it (the opinion threshold)
        changes.
        """
        if not text.strip() or not self.in_band(probability):
            return probability
        settings = self.settings
        combined = _logit(probability) + settings["blend"] * self.logit(text)
        shifted = combined - settings["cut"] + _logit(settings["linear_threshold"])
        shifted = min(max(shifted, settings["low"]), settings["high"])
        return 1 / (1 + math.exp(-shifted))


@cache
def _settings(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            return dict(json.load(handle))
    except (OSError, ValueError) as error:
        raise ResourceError(
            f"the slant encoder's settings {path!r} are missing or unreadable; reinstall sitrep"
        ) from error


@cache
def _session(path: str) -> Any:
    try:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        # One thread: the pipeline runs one process per core, and two threads on a busy core were slower
        # (stage share 18.7% against 15.5% with a CPU hog beside the bench)
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = 1
        return onnxruntime.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    except Exception as error:  # missing package, missing or broken file
        raise ResourceError(
            f"the slant encoder {path!r} could not be loaded ({type(error).__name__}); install sitrep's requirements "
            "(requirements/lock.txt), or use the 'slant.lexicon.v1' backend"
        ) from error


@cache
def _tokenizer(path: str) -> Any:
    try:
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(path)
    except Exception as error:
        raise ResourceError(
            f"the slant encoder's tokenizer {path!r} is missing or unreadable; reinstall sitrep"
        ) from error
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    return tokenizer
