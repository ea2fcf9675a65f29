from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

TESTS = Path(__file__).parent
DATA = TESTS / "data"
SHARED = TESTS.parents[1] / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The pipeline without the event screen: the phrase tests check what the stages find and
    code; whether the screen then keeps a claim is tested apart (test_screen.py)."""
    return Pipeline(Settings(screen="none")).setup()


@pytest.fixture(scope="session")
def analyze(pipeline: Pipeline):
    """Analyse a text with the shared pipeline; returns the Analysis."""
    from sitrep.model import Analysis, RawArticle

    def run(text: str, published: str | None = "2024-01-29", doc_id: str = "t", outlet: str | None = None) -> Analysis:
        result = pipeline.process(RawArticle(origin=doc_id, id=doc_id, text=text, published=published, outlet=outlet))
        assert isinstance(result, Analysis), result
        return result

    return run


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
