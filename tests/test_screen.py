"""The event screen: which claims it drops, which it never touches, and the shipped model."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sitrep.errors import ConfigError, ResourceError
from sitrep.model import EventClaim
from sitrep.settings import Settings
from sitrep.stages.screen import ModelScreen, ScreenStage, load_artefact, screened

TWO_ATTACKS = (
    "Gunmen killed three farmers near Nawa on Monday, residents said. "
    "On Tuesday a roadside bomb wounded two soldiers on the road to Jasim, the army said."
)


class FixedScreen:
    """Gives each claim the confidence listed for its trigger word (0.9 when not listed)."""

    name = "fixed"
    threshold = 0.5

    def __init__(self, by_trigger: dict[str, float]) -> None:
        self.by_trigger = by_trigger

    def confidences(self, claims, analysis):
        return [self.by_trigger.get(c.trigger.text, 0.9) for c in claims]


def screen_with(by_trigger: dict[str, float]) -> ScreenStage:
    stage = ScreenStage()
    stage.model = FixedScreen(by_trigger)
    return stage


@pytest.fixture(scope="module")
def two_attacks(analyze):
    analysis = analyze(TWO_ATTACKS)
    assert [c.trigger.text for c in analysis.events] == ["killed", "wounded"]
    return analysis


def test_a_claim_the_screen_doubts_is_dropped_and_the_others_carry_its_confidence(two_attacks):
    screened_analysis = screen_with({"killed": 0.2, "wounded": 0.8})(two_attacks)
    assert [(c.trigger.text, c.confidence) for c in screened_analysis.events] == [("wounded", 0.8)]


def test_a_dropped_claim_is_kept_for_audit_in_the_documents_record(two_attacks):
    from sitrep.serialize import document_json

    screened_analysis = screen_with({"killed": 0.2, "wounded": 0.8})(two_attacks)
    (dropped,) = screened_analysis.screened_out
    assert (dropped.trigger.text, dropped.confidence) == ("killed", 0.2)
    record = document_json(screened_analysis.document, screened_analysis)
    assert [(e["trigger"]["text"], e["confidence"]) for e in record["screened_out"]] == [("killed", 0.2)]


def test_the_screen_never_drops_every_claim_of_a_text(two_attacks):
    screened_analysis = screen_with({"killed": 0.3, "wounded": 0.1})(two_attacks)
    assert [(c.trigger.text, c.confidence) for c in screened_analysis.events] == [("killed", 0.3)]


def test_a_claim_that_continued_a_dropped_one_no_longer_points_at_it(two_attacks):
    first, second = two_attacks.events
    continued = replace(two_attacks, events=(first, replace(second, refers_to=first.event_id)))
    (kept,) = screen_with({"killed": 0.2})(continued).events
    assert kept.trigger.text == "wounded" and kept.refers_to is None


def _claim(two_attacks, **changes) -> EventClaim:
    return replace(two_attacks.events[0], **changes)


@pytest.mark.parametrize(
    "changes",
    [{"status": "planned"}, {"status": "denied"}, {"status": "possible"}, {"status": "hypothetical"}],
)
def test_a_claim_marked_as_no_fact_is_not_screened(two_attacks, changes):
    assert screened(_claim(two_attacks))
    assert not screened(_claim(two_attacks, **changes))


def test_a_tally_and_another_extractors_claim_are_not_screened(two_attacks):
    assert not screened(_claim(two_attacks, aggregate=True))
    assert not screened(_claim(two_attacks, backend="events.llm.v1"))


def test_claims_the_screen_does_not_judge_keep_their_confidence(two_attacks):
    tally = replace(two_attacks.events[0], aggregate=True, confidence=0.42)
    analysis = replace(two_attacks, events=(tally, two_attacks.events[1]))
    confidences = [c.confidence for c in screen_with({"wounded": 0.7})(analysis).events]
    assert confidences == [0.42, 0.7]


def test_screen_none_keeps_every_claim_with_the_extractors_confidence(two_attacks):
    stage = ScreenStage("none")
    stage.setup(Settings())
    assert stage(two_attacks).events == two_attacks.events


def test_the_shipped_screen_gives_each_claim_a_confidence_between_0_and_1(two_attacks):
    model = ModelScreen()
    confidences = model.confidences(list(two_attacks.events), two_attacks)
    assert len(confidences) == 2 and all(0.0 <= c <= 1.0 for c in confidences)
    assert 0.5 <= model.threshold < 1.0


def test_the_default_pipeline_screens_and_keeps_a_plain_report(pipeline):
    from sitrep.model import RawArticle
    from sitrep.pipeline import Pipeline

    screened_pipeline = Pipeline(Settings()).setup()
    assert screened_pipeline.stages[-1].name == "screen"
    text = TWO_ATTACKS + " Both attacks were condemned by the governor, who called for calm."
    analysis = screened_pipeline.process(RawArticle(origin="s", id="s", text=text, published="2024-01-29"))
    unscreened = pipeline.process(RawArticle(origin="s", id="s", text=text, published="2024-01-29"))
    assert [c.trigger.text for c in analysis.events] == [c.trigger.text for c in unscreened.events]
    assert [c.confidence for c in analysis.events] != [c.confidence for c in unscreened.events]


def test_a_missing_screen_model_is_a_clear_error(tmp_path):
    with pytest.raises(ResourceError, match=r"train_screen\.py"):
        load_artefact(str(tmp_path / "missing.joblib"))


def test_an_unknown_screen_is_refused():
    with pytest.raises(ConfigError):
        Settings(screen="screen.magic.v9")


def _training_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parents[1] / "train" / "train_screen.py"
    spec = importlib.util.spec_from_file_location("train_screen", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_screen_was_trained_on_every_dev_file_but_the_ones_kept_apart():
    import json
    from pathlib import Path

    script = _training_script()
    meta = json.loads((Path(__file__).parents[1] / "src/sitrep/data/screen/meta.json").read_text())
    assert meta["trained_on"] == [f.name for f in script.training_files()], "rerun train/train_screen.py"
    assert not {"dev_t", "dev_ad", "dev_ae"} & {name.split(".")[0] for name in meta["trained_on"]}


def test_the_simulated_score_never_drops_a_documents_last_claim():
    import numpy as np

    script = _training_script()
    rows = [
        {"doc": "a", "outcome": "hit"},
        {"doc": "a", "outcome": "false alarm"},
        {"doc": "b", "outcome": "hit"},
    ]
    scores = script.simulated(rows, np.array([0.9, 0.2, 0.3]), 0.5, core=2)
    assert scores == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
