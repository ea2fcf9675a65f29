"""Stage contracts are checked before work starts; one failing document never stops the others."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

import pytest

from sitrep.errors import PipelineError
from sitrep.model import Analysis, Failure, RawArticle
from sitrep.pipeline import Pipeline, check_contracts, default_stages
from sitrep.settings import Settings
from sitrep.stages.events import EventStage
from sitrep.stages.nlp import NlpStage


def test_a_stage_that_needs_what_no_earlier_stage_assigns_is_refused():
    with pytest.raises(PipelineError, match="requires"):
        check_contracts([EventStage()])


def test_the_default_stages_fit_together():
    check_contracts(default_stages(Settings()))


class ExplodesOnBoom:
    name: ClassVar[str] = "boom"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens"})
    assigns: ClassVar[frozenset[str]] = frozenset()

    def setup(self, settings):
        pass

    def __call__(self, analysis: Analysis) -> Analysis:
        if "boom" in analysis.document.text:
            raise ValueError("kaboom")
        return replace(analysis)


def test_an_internal_error_fails_that_document_only():
    pipeline = Pipeline(Settings(), [NlpStage(), ExplodesOnBoom()])
    results = pipeline.process_batch(
        [
            RawArticle(origin="a", text="Rockets hit a base near Qamishli on Sunday, officials said."),
            RawArticle(origin="b", text="A boom was heard near the base on Sunday, residents said."),
            RawArticle(origin="c", text=""),
        ]
    )
    assert isinstance(results[0], Analysis)
    assert isinstance(results[1], Failure) and "kaboom" in results[1].reason and "'boom'" in results[1].reason
    assert isinstance(results[2], Failure) and results[2].reason == "no text"


@pytest.mark.parametrize(
    "body, doer",
    [
        ("U.S. military forces struck two depots near Abu Kamal on Monday.", "Military Forces of the United States"),
        ("IRGC artillery shelled the hills around Sidakan on Monday.", "Islamic Revolutionary Guard Corps"),
    ],
)
def test_a_lower_case_word_after_an_abbreviation_or_acronym_does_not_start_a_sentence(analyze, body, doer):
    text = f"Headline here\n\n{body}"
    analysis = analyze(text)
    assert [text[s.start : s.end] for s in analysis.sentences][1:] == [body]
    assert analysis.events[0].actor1.name == doer
