"""The re3d scoring rules of `sitrep eval entities`, on hand-made documents."""

from __future__ import annotations

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


def test_the_held_out_split_is_the_even_positions():
    assert E.in_split(document(position=0), "held-out") and E.in_split(document(position=4), "held-out")
    assert not E.in_split(document(position=3), "held-out") and E.in_split(document(position=3), "trainable")
