"""The event scorer implements SPEC section 6 exactly, on a tiny hand-made gold."""

from __future__ import annotations

import datetime as dt

from sitrep.evaluate.events import Scores, _actor_ok, assign, score_document, words_contain
from sitrep.model import Actor, Analysis, Attribution, Count, DateRange, Document, EventClaim, Place, Span

TEXT = (
    "Two rockets hit the Green Village base on Monday, causing no casualties, a coalition spokesman said. "
    "Separately, gunmen shot dead a farmer near Hajin on Sunday. Officials said more attacks may follow."
)
GREEN = TEXT.index("Two rockets")
HAJIN = TEXT.index("gunmen shot")


def claim(start: int, end: int, event_type: str = "Explosions/Remote violence", **fields) -> EventClaim:
    defaults = dict(sub_event_type="Shelling/artillery/missile attack", trigger=Span(start, start + 1, TEXT[start]))
    defaults.update(fields)
    return EventClaim(
        event_id=f"e{start}-{end}",
        doc_id="d",
        evidence=Span(start, end, TEXT[start:end]),
        event_type=event_type,
        **defaults,
    )


GOLD = {
    "doc": {"id": "d", "text": TEXT, "published": "2024-03-05"},
    "events": [
        {
            "core": True,
            "evidence": "Two rockets hit the Green Village base on Monday",
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "actor1": ["unknown", "unidentified"],
            "location": {"names": ["Green Village"], "lat": 35.1, "lon": 40.4},
            "date": {"start": "2024-03-04", "end": "2024-03-04"},
            "killed": {"min": 0, "max": 0},
            "source": ["coalition"],
            "status": "occurred",
        },
        {
            "core": True,
            "evidence": "gunmen shot dead a farmer near Hajin on Sunday",
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "actor2": ["civilians", "farmer"],
        },
        {
            "core": False,
            "evidence": "more attacks may follow",
            "event_type": "Explosions/Remote violence",
            "status": "planned",
        },
    ],
}


def analysis(*claims: EventClaim) -> Analysis:
    return Analysis(Document("d", TEXT, "d", published=dt.date(2024, 3, 5)), events=claims)


def score(*claims: EventClaim) -> dict:
    scores = Scores()
    score_document(GOLD, analysis(*claims), scores)
    return scores.as_json()


def test_a_sentence_long_evidence_covering_the_gold_matches():
    sentence = claim(GREEN, TEXT.index(" Separately"))
    result = score(sentence)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 1)


def test_less_than_60_percent_coverage_does_not_match():
    short = claim(GREEN, GREEN + len("Two rockets hit"))  # 3 of 9 gold words
    result = score(short)
    assert (result["tp"], result["fp"]) == (0, 1)


def test_the_event_type_must_be_equal():
    wrong_type = claim(HAJIN, HAJIN + 50, event_type="Battles", sub_event_type="Armed clash")
    assert score(wrong_type)["fp"] == 1


def test_a_second_claim_about_a_matched_event_and_a_non_core_match_are_ignored():
    first = claim(GREEN, TEXT.index(" Separately"))
    second = claim(GREEN, TEXT.index(" Separately") - 5)
    planned = claim(TEXT.index("more attacks"), len(TEXT))
    result = score(first, second, planned)
    assert (result["tp"], result["fp"], result["n_predicted"]) == (1, 0, 3)
    assert result["precision"] == 1.0 and result["recall"] == 0.5


def test_fields_are_scored_on_matched_pairs_with_the_spec_rules():
    good = claim(
        GREEN,
        TEXT.index(" Separately"),
        actor1=Actor(text="", name="Unidentified Armed Group", kind=3),
        location=Place(
            text="Green Village base", name="Green Village", gazetteer_id=None, lat=35.2, lon=40.5, country="SY"
        ),
        date=DateRange("on Monday", dt.date(2024, 3, 4), dt.date(2024, 3, 4), "day"),
        killed=Count(0, 0),
        attribution=Attribution("coalition spokesman", "military"),
    )
    fields = score(good)["fields"]
    for name in ("actor1", "location", "date", "killed", "source", "status", "sub_event_type"):
        assert fields[name]["accuracy"] == 1.0, name


def test_wrong_fields_count_against_accuracy():
    bad = claim(
        GREEN,
        TEXT.index(" Separately"),
        location=Place(text="x", name="Hasakah", gazetteer_id=None, lat=36.5, lon=40.75, country="SY"),
        date=DateRange("", None, None, "unknown"),
        killed=Count(3, 3),
        status="possible",
    )
    fields = score(bad)["fields"]
    assert fields["location"]["accuracy"] == 0.0 and fields["date"]["accuracy"] == 0.0
    assert fields["killed"]["accuracy"] == 0.0 and fields["status"]["accuracy"] == 0.0
    assert fields["actor1"]["accuracy"] == 0.0  # gold has an actor1, the prediction none


def test_names_match_on_whole_words_only():
    assert words_contain("Military Forces of the United States", "United States")
    assert not words_contain("Military Forces of Russia", "US")
    assert not words_contain("Russian forces", "us")


def test_assignment_is_one_to_one_and_maximal():
    # prediction 0 fits gold 0 and 1, prediction 1 only gold 0: both golds are covered.
    assert assign({(0, 0), (0, 1), (1, 0)}, [0, 1], [0, 1]) == {0: 1, 1: 0}


def test_of_two_claims_in_one_sentence_the_one_triggered_inside_the_gold_evidence_is_scored():
    end = TEXT.index(" Separately")
    outside = claim(
        GREEN, end, trigger=Span(end - 5, end - 1, TEXT[end - 5 : end - 1]), sub_event_type="Air/drone strike"
    )
    inside = claim(GREEN, end, trigger=Span(GREEN + 12, GREEN + 15, "hit"))
    scores = Scores()
    score_document(GOLD, analysis(outside, inside), scores)
    result = scores.as_json()
    assert result["tp"] == 1 and result["fields"]["sub_event_type"]["accuracy"] == 1.0


def test_an_unknown_perpetrator_in_gold_accepts_an_unidentified_actor():
    unidentified = {"text": "", "name": "Unidentified Armed Group"}
    assert _actor_ok(["Islamic Resistance in Iraq", "unknown"], unidentified)
    assert _actor_ok(["unidentified"], {"text": "unknown gunmen", "name": "Gunmen"})
    assert not _actor_ok(["Islamic Resistance in Iraq", "militia"], unidentified)
