"""The re3d scoring rules of `sitrep eval entities`, on hand-made documents."""

from __future__ import annotations

import pytest

from sitrep.evaluate import entities as E

TEXT = "Yesterday the Kurdish YPG shelled Raqqa."
#       0         1         2         3
#       0123456789012345678901234567890123456789


def document(*annotations: tuple[int, int, str, float], position: int = 0) -> E.Re3dDocument:
    notes = tuple(E.Annotation(start, end, kind, confidence) for start, end, kind, confidence in annotations)
    return E.Re3dDocument("d1", "CENTCOM", position, TEXT, notes)


YPG = (10, 25, "Organisation", 1.0)  # "the Kurdish YPG"
KURDISH = (14, 21, "Nationality", 1.0)  # nested inside it
RAQQA = (34, 39, "Location", 1.0)


def micro(doc: E.Re3dDocument, predicted: list[tuple[int, int, str]]) -> dict[str, object]:
    return E.score([doc], [predicted])["micro"]


def test_a_leading_article_is_not_part_of_the_name():
    result = micro(document(YPG, RAQQA), [(14, 25, "ORG"), (34, 39, "GPE")])
    assert (result["tp"], result["fp"], result["fn"]) == (2, 0, 0)


def test_strict_spans_keep_the_article():
    result = E.score([document(YPG, RAQQA)], [[(14, 25, "ORG"), (34, 39, "GPE")]])
    assert result["micro_f1"] == 1.0 and result["strict_micro_f1"] == 0.5


def test_a_nested_gold_span_is_optional():
    doc = document(YPG, KURDISH, RAQQA)
    without = micro(doc, [(14, 25, "ORG"), (34, 39, "GPE")])
    with_it = micro(doc, [(14, 21, "NORP"), (34, 39, "GPE")])
    assert (without["tp"], without["fn"]) == (2, 0)  # missing the inner Nationality costs nothing
    assert (with_it["tp"], with_it["fp"], with_it["fn"]) == (1, 0, 1)  # finding it is no reward; the ORG is missed


def test_uncertain_crowd_annotations_neither_reward_nor_punish():
    doc = document(YPG, (34, 39, "Location", 0.2))
    assert micro(doc, [(14, 25, "ORG")])["fn"] == 0
    found = micro(doc, [(14, 25, "ORG"), (34, 39, "GPE")])
    assert (found["tp"], found["fp"]) == (1, 0)


def test_a_wrong_type_is_a_false_positive_and_a_miss():
    result = micro(document(RAQQA), [(34, 39, "PERSON")])
    assert (result["tp"], result["fp"], result["fn"]) == (0, 1, 1)


def test_unmapped_labels_are_not_scored():
    result = micro(document(RAQQA), [(34, 39, "GPE"), (0, 9, "ORDINAL")])
    assert (result["tp"], result["fp"]) == (1, 0)


def test_scores_are_split_by_source_folder():
    formal = document(YPG, RAQQA)
    feature = E.Re3dDocument("d2", "BBC Online", 0, TEXT, (E.Annotation(*RAQQA),))
    result = E.score([formal, feature], [[(14, 25, "ORG"), (34, 39, "GPE")], [(34, 39, "PERSON")]])
    assert result["per_source"]["CENTCOM"]["f1"] == 1.0 and result["per_source"]["CENTCOM"]["documents"] == 1
    assert (result["per_source"]["BBC Online"]["tp"], result["per_source"]["BBC Online"]["fp"]) == (0, 1)
    assert "BBC Online 0.000 (1)" in E.format_text({**result, "split": "held-out", "documents": 2, "seconds": 0})


def test_the_held_out_split_is_the_even_positions():
    assert E.in_split(document(position=0), "held-out") and E.in_split(document(position=4), "held-out")
    assert not E.in_split(document(position=3), "held-out") and E.in_split(document(position=3), "trainable")


# --- entity rules the re3d numbers rest on (sitrep.stages.entity_rules) ------------------


def _parsed(words, ents, heads=None, deps=None, lemmas=None, pos=None, tags=None):
    from spacy.tokens import Doc

    from sitrep.stages.nlp import load_spacy

    spaces = [w != "-" and after != "-" for w, after in zip(words, [*words[1:], ""], strict=True)]
    vocab = load_spacy().vocab
    return Doc(vocab, words, spaces, ents=ents, heads=heads, deps=deps, lemmas=lemmas, pos=pos, tags=tags)


def test_a_one_word_place_that_is_a_word_of_a_person_name_is_that_person():
    from sitrep.stages.entity_rules import _people_by_their_names

    words = ["Hamid", "Tawfiq", "bakes", ".", "Tawfiq", "sells", "bread", "in", "Homs", "."]
    doc = _parsed(words, ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"])
    labels = {(e.start, e.text): e.label_ for e in _people_by_their_names(doc, list(doc.ents))}
    assert labels[(4, "Tawfiq")] == "PERSON"
    assert labels[(8, "Homs")] == "GPE"


def test_countries_and_dictionary_names_keep_their_label():
    from spacy.tokens import Span

    from sitrep.stages.entity_rules import _people_by_their_names

    words = ["Adel", "Jordan", "met", "Nasser", "Hezbollah", "in", "Jordan", "with", "Hezbollah", "."]
    doc = _parsed(words, ["O"] * len(words))
    entities = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, 3, 5, label="PERSON"),
        Span(doc, 6, 7, label="GPE"),
        Span(doc, 8, 9, label="ORG", span_id="hezbollah"),
    ]
    assert [e.label_ for e in _people_by_their_names(doc, entities)] == ["PERSON", "PERSON", "GPE", "ORG"]


def test_an_unknown_place_that_speaks_is_a_person():
    from sitrep.stages.entity_rules import _people_by_their_names

    words = ["Munir", "told", "me", "he", "stayed", ".", "Munir", "left", "later", "."]
    heads = [1, 1, 1, 4, 1, 1, 7, 7, 7, 7]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "advmod", "punct"]
    lemmas = ["Munir", "tell", "I", "he", "stay", ".", "Munir", "leave", "later", "."]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    doc = _parsed(words, ents, heads, deps, lemmas)
    assert [e.label_ for e in _people_by_their_names(doc, list(doc.ents))] == ["PERSON", "PERSON"]


def _labels(analysis) -> dict[str, str]:
    return {e.text: e.label for e in analysis.entities}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Norway has pledged more aid, and the talks were held in Jordan.", "Norway"),  # subject of a verb
        ("The strike was carried out by Canada, officials said.", "Canada"),  # agent of a passive
        ("Delegates praised Norway's response in Amman.", "Norway"),  # owner of what a state does
        ("Talks on Norway-Jordan cooperation began.", "Norway-Jordan"),  # modifier of it
    ],
)
def test_a_country_that_acts_is_the_state(analyze, text, state):
    assert _labels(analyze(text))[state] == "ORG"


def test_countries_coordinated_with_an_acting_one_act_too(analyze):
    labels = _labels(analyze("Canada and Norway will send observers to Jordan."))
    assert (labels["Canada"], labels["Norway"], labels["Jordan"]) == ("ORG", "ORG", "GPE")


def test_a_country_that_only_is_somewhere_stays_a_place(analyze):
    assert _labels(analyze("Norway was in a state of shock."))["Norway"] == "GPE"


def test_a_building_the_ner_calls_an_organisation_is_a_facility(analyze):
    assert _labels(analyze("Fighters entered the Kindi Museum."))["the Kindi Museum"] == "FAC"


def test_an_office_the_ner_calls_an_organisation_is_its_holder():
    from spacy.tokens import Span

    from sitrep.stages.entity_rules import _by_head_noun

    words = ["the", "Regional", "Director", "of", "Relief", "arrived"]
    heads = [2, 2, 5, 2, 3, 5]
    deps = ["det", "compound", "nsubj", "prep", "pobj", "ROOT"]
    doc = _parsed(words, ["O"] * 6, heads, deps)
    doc[2].tag_ = "NNP"
    assert _by_head_noun(doc, Span(doc, 1, 5, label="ORG")).label_ == "PERSON"
    assert _by_head_noun(doc, Span(doc, 1, 5, label="ORG", span_id="some-actor")).label_ == "ORG"  # a dictionary name


def test_an_untagged_word_of_a_person_name_is_that_person():
    from sitrep.stages.entity_rules import _people_by_their_names

    words = ["Anwar", "Saleh", "bakes", ".", "But", "Anwar", "sells", "bread", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc = _parsed(words, ["B-PERSON", "I-PERSON"] + ["O"] * 7, pos=pos)
    found = [(e.start, e.label_) for e in _people_by_their_names(doc, list(doc.ents))]
    assert found == [(0, "PERSON"), (5, "PERSON")]


def test_a_pronoun_is_no_weapon(analyze):
    assert "mine" not in _labels(analyze("Her courage made mine look small."))


def test_arms_the_ner_finds_on_a_verb_are_dropped():
    from sitrep.stages.entity_rules import merge

    words = ["Books", "fed", "my", "soul", "."]
    heads = [1, 1, 3, 1, 1]
    deps = ["nsubj", "ROOT", "poss", "dobj", "punct"]
    pos = ["NOUN", "VERB", "PRON", "NOUN", "PUNCT"]
    doc = _parsed(words, ["O", "B-MIL_PLATFORM", "O", "O", "O"], heads, deps, pos=pos)
    assert [e.label_ for e in merge(doc, [])] == []


@pytest.mark.parametrize(
    "words, tags, label, kept",
    [
        # the NER ran the name on into its clause
        ("al - Mayadin shelled Dhiban", "NNP HYPH NNP VBD NNP", "PERSON", "al-Mayadin"),
        ("Islamic State overran Sinjar", "NNP NNP VBD NNP", "ORG", "Islamic State"),
        ("Islamic State gathered", "NNP NNP VBD", "ORG", "Islamic State"),
        ("U.S. strikes militia", "NNP VBZ NN", "ORG", "U.S."),
        ("shelling its lines", "VBG PRP$ NNS", "ORG", None),
        # a verb inside a compound, or a noun the tagger misread at the end, is part of the name
        ("Iran - aligned militias", "NNP HYPH VBN NNS", "ORG", "Iran-aligned militias"),
        ("regime militias", "NN VBZ", "ORG", "regime militias"),
    ],
)
def test_a_name_ends_before_the_verb_of_its_clause(words, tags, label, kept):
    from sitrep.stages.entity_rules import _cut_at_a_verb

    words = words.split()
    doc = _parsed(words, [f"B-{label}"] + [f"I-{label}"] * (len(words) - 1), tags=tags.split())
    cut = _cut_at_a_verb(doc, doc.ents[0])
    assert (cut.text if cut is not None else None) == kept
    assert cut is None or cut.label_ == label


def test_a_verb_that_modifies_or_is_no_verb_stays_in_the_name():
    from sitrep.stages.entity_rules import _cut_at_a_verb

    fighting = _parsed(
        ["fighting", "positions"],
        ["B-FAC", "I-FAC"],
        heads=[1, 1],
        deps=["amod", "ROOT"],
        lemmas=["fight", "position"],
        tags=["VBG", "NNS"],
    )
    assert _cut_at_a_verb(fighting, fighting.ents[0]).text == "fighting positions"
    aircrew = _parsed(
        ["Syrian", "regime", "aircrew"],
        ["B-ORG", "I-ORG", "I-ORG"],
        heads=[2, 2, 2],
        deps=["amod", "compound", "ROOT"],
        lemmas=["Syrian", "regime", "aircrew"],
        tags=["JJ", "NN", "VBD"],
    )
    assert _cut_at_a_verb(aircrew, aircrew.ents[0]).text == "Syrian regime aircrew"


def test_an_organisation_the_ner_ran_past_a_comma_into_another_country_ends_there():
    from sitrep.stages.entity_rules import _cut_at_a_comma

    words = "the Falcons Intelligence Cell , Iraqi Air Force".split()
    doc = _parsed(words, ["B-ORG"] + ["I-ORG"] * (len(words) - 1))
    assert _cut_at_a_comma(doc, doc.ents[0]).text == "the Falcons Intelligence Cell"
    words = "3rd Battalion , 321st Field Artillery Regiment".split()
    unit = _parsed(words, ["B-ORG"] + ["I-ORG"] * (len(words) - 1))
    assert _cut_at_a_comma(unit, unit.ents[0]).text == unit.ents[0].text


def test_a_log_items_date_the_ner_ran_into_its_place_is_a_date():
    from spacy.tokens import Doc

    from sitrep.stages.entity_rules import _date_apart
    from sitrep.stages.nlp import load_spacy

    words, spaces = ["02/09/2024", "-", "Dhiban", "."], [True, True, False, False]
    doc = Doc(load_spacy().vocab, words, spaces, ents=["B-DATE", "I-DATE", "I-DATE", "O"])
    kept = _date_apart(doc, doc.ents[0])
    assert (kept.text, kept.label_) == ("02/09/2024", "DATE")
    bare = _parsed(["05/09/2024", "-", "desert"], ["B-PERSON", "O", "O"])
    assert _date_apart(bare, bare.ents[0]).label_ == "DATE"


def test_a_front_line_the_tagger_took_for_a_group_is_a_place(analyze):
    doc = analyze("The army repelled an infiltration attempt on the Raghwan front at dawn on Sunday.")
    labels = {e.text: e.label for e in doc.entities}
    assert labels.get("Raghwan front") == "LOC", labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Monday the mercenaries shelled the town of Abu Hamam with mortar rounds.", "Abu Hamam"),
        ("Gunmen fired on a ferry at the al-Shuhayl crossing on Monday.", "al-Shuhayl"),
        ("Police raided a hideout in the Nuaimiya area, south of Fallujah, and arrested nine wanted men.", "Nuaimiya"),
    ],
)
def test_a_name_a_place_noun_introduces_or_follows_is_a_place(analyze, text, name):
    labels = {e.text: e.label for e in analyze(text).entities}
    assert labels.get(name) == "GPE", labels


def test_a_groups_checkpoint_stays_the_groups(analyze):
    labels = {e.text: e.label for e in analyze("Gunmen fired on a General Security checkpoint near Saraqib.").entities}
    assert labels.get("General Security") != "GPE", labels


def test_jaish_opening_a_group_name_is_no_town(analyze):
    text = "Terrorists of the so-called Jaish al-Zolm group attacked a police station in Saravan on Tuesday."
    labels = {e.text: e.label for e in analyze(text).entities}
    assert labels.get("Jaish") != "GPE", labels


def test_a_name_with_its_divisions_noun_is_a_place_not_a_group(analyze):
    text = "Fighters attacked the weekly market of Dinkiré, in the Téra department, killing 21 civilians."
    labels = {e.text: e.label for e in analyze(text).entities}
    assert labels.get("Téra department") == "GPE", labels


def test_a_capitalised_department_stays_an_organisation(analyze):
    labels = {e.text: e.label for e in analyze("The State Department said on Monday it had no comment.").entities}
    assert labels.get("The State Department", labels.get("State Department")) != "GPE", labels


def test_a_town_before_an_organisation_head_noun_names_the_organisation():
    from sitrep.stages.entity_rules import Match, _org_named_after

    words = ["run", "by", "the", "US-backed", "Gaza", "Humanitarian", "Foundation", ",", "in", "Gaza", "City", "."]
    doc = _parsed(words, ["O"] * len(words))
    town = Match(4, 5, "GPE", "geonames:281133", "town", True)
    assert _org_named_after(doc, town) == Match(4, 7, "ORG", None, "org-name", True)
    city = Match(9, 10, "GPE", "geonames:281133", "town", True)
    assert _org_named_after(doc, city) == city
