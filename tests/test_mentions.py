"""Mentions: unnamed references to people, groups, places and arms, on sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.resources import load_data
from sitrep.stages.mentions import LABELS


@pytest.fixture(scope="module")
def mentions(analyze):
    def run(text: str) -> dict[str, str]:
        return {m.text: m.label for m in analyze(text).mentions}

    return run


def test_one_person_is_a_person_and_people_are_a_group(mentions):
    found = mentions("The spokesman said a child was wounded when soldiers opened fire.")
    assert found["The spokesman"] == "PERSON"
    assert found["a child"] == "PERSON"
    assert found["soldiers"] == "ORG"


def test_a_description_spans_its_modifiers(mentions):
    found = mentions("Militants shelled the besieged town and hit his fellow fighters.")
    assert found["the besieged town"] == "LOC"
    assert found["his fellow fighters"] == "ORG"


def test_numbers_stay_in_the_phrase(mentions):
    assert mentions("The strike killed 15 civilians near the bridge.")["15 civilians"] == "ORG"


def test_a_coordination_of_people_is_one_group(mentions):
    found = mentions("The shelling wounded three women and three children in the market.")
    assert found["three women and three children"] == "ORG"
    assert "three children" not in found
    assert found["the market"] == "LOC"


def test_platforms_and_places(mentions):
    found = mentions("Their old boats were seen near the port, and the guns were hidden in a warehouse.")
    assert found["Their old boats"] == "MIL_PLATFORM"
    assert found["a warehouse"] == "LOC"
    assert "guns" not in found  # the weapons lexicon names it: an entity, not a mention


@pytest.mark.parametrize(
    ("text", "pronoun", "label"),
    [
        ("He said the convoy was hit.", "He", "PERSON"),
        ("We will not leave, the commander told me.", "me", "PERSON"),
        ("We will not leave, the commander said.", "We", "ORG"),
        ("They fired rockets at dawn.", "They", "ORG"),
        ("Fighting continued here for a week.", "here", "LOC"),
    ],
)
def test_personal_pronouns_and_place_adverbs(mentions, text, pronoun, label):
    assert mentions(text)[pronoun] == label


def test_pronouns_that_point_at_no_one_are_not_mentions(mentions):
    found = mentions("There is no sign that it will end; its cost is high.")
    assert not {"There", "it", "its"} & set(found)


def test_a_named_entity_wins_over_a_description(analyze):
    analysis = analyze("ISIS fighters attacked the Syrian army near Palmyra.")
    names = [(e.start, e.end) for e in analysis.entities]
    for mention in analysis.mentions:
        assert not any(mention.start < end and start < mention.end for start, end in names), mention.text


def test_each_head_noun_has_one_class():
    lexicon = load_data("mentions.yaml")
    assert set(lexicon) == set(LABELS)
    seen: dict[str, str] = {}
    for kind, words in lexicon.items():
        for word in words:
            assert seen.setdefault(word, kind) == kind, f"{word!r} is in {seen[word]} and {kind}"


def test_a_nationality_or_place_inside_a_description_stays_in_it(analyze):
    analysis = analyze("The Lebanese commander said the Syrian refugees had reached the border.")
    found = {m.text: m.label for m in analysis.mentions}
    assert found["The Lebanese commander"] == "PERSON"
    assert found["the Syrian refugees"] == "ORG"
    assert {"Lebanese", "Syrian"} <= {e.text for e in analysis.entities}  # the names stay entities


def test_a_place_noun_takes_the_name_after_of(mentions):
    assert mentions("Fighters shelled the town of Saraqib overnight.")["the town of Saraqib"] == "LOC"


def test_a_person_name_takes_its_title(mentions):
    found = mentions("The minister later met Brigadier General Hassan at the airport.")
    assert found["Brigadier General Hassan"] == "PERSON"


def test_a_title_needs_a_noun_that_names_a_person(mentions):
    assert "Nobel Laureate Mohamed ElBaradei" not in mentions("Nobel Laureate Mohamed ElBaradei visited the camp.")


@pytest.mark.parametrize("pair", ["34°26′N 36°51′E", "34.4405°N 36.8512°E", "34.4405; 36.8512"])
def test_coordinates_are_a_place(mentions, pair):
    assert mentions(f"The village lies at {pair} near the border.")[pair] == "LOC"


def test_a_place_name_keeps_the_adjectives_that_narrow_it(analyze):
    analysis = analyze("Fighting spread to northern Lebanon and eastern Homs.")
    found = {m.text: m.label for m in analysis.mentions}
    assert found["northern Lebanon"] == "LOC" and found["eastern Homs"] == "LOC"
    assert {"Lebanon", "Homs"} <= {e.text for e in analysis.entities}  # the names stay entities


def test_a_place_noun_takes_the_place_description_after_of(mentions):
    assert mentions("Shells hit the eastern district of the town.")["the eastern district of the town"] == "LOC"


def test_people_do_not_take_of(mentions):
    found = mentions("Three members of the family were wounded.")
    assert found["Three members"] == "ORG" and "Three members of the family" not in found
