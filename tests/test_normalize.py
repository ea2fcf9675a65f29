"""Normalise: the text every offset points into."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.settings import Settings
from sitrep.stages.normalize import detect_language, normalize, normalize_text, parse_published


def test_non_breaking_and_odd_spaces_become_plain_spaces():
    assert normalize_text("Deir\u00a0ez-Zor\u2009province\u202fnorth") == "Deir ez-Zor province north"


def test_soft_hyphens_and_zero_width_characters_are_dropped():
    assert normalize_text("Khmei\u00admim air\u200bbase") == "Khmeimim airbase"


def test_nfc_composes_accents():
    assert normalize_text("Ak\u00e7akale") == normalize_text("Akc\u0327akale") == "Ak\u00e7akale"


def test_mojibake_is_repaired_and_curly_quotes_are_kept():
    assert (
        normalize_text("the group\u00e2\u20ac\u2122s \u201cstatement\u201d") == "the group\u2019s \u201cstatement\u201d"
    )


def test_line_endings_and_blank_lines_are_unified():
    assert normalize_text("Title\r\n\r\n\r\n\r\nBody  text \n more") == "Title\n\nBody text\nmore"


def test_empty_text_is_refused():
    with pytest.raises(InputError, match="no text"):
        normalize(RawArticle(origin="x", text=" \u00a0 \n"), Settings())


def test_arabic_text_is_refused_as_not_english():
    text = (
        "قتل ثلاثة جنود أمريكيين وأصيب أكثر من أربعين آخرين في هجوم بطائرة مسيرة على قاعدة في الأردن قرب الحدود السورية"
    )
    with pytest.raises(InputError, match="not English"):
        normalize(RawArticle(origin="x", text=text), Settings())


def test_german_text_is_refused_and_english_accepted():
    german = "Drei amerikanische Soldaten wurden getötet, als eine Drohne einen Stützpunkt in Jordanien traf, teilte das Pentagon mit."
    english = "Three American soldiers were killed when a drone struck a base in Jordan, the Pentagon said on Sunday."
    assert detect_language(german) == "de"
    assert detect_language(english) == "en"


def test_too_long_article_is_refused_with_the_option_to_change():
    with pytest.raises(InputError, match="--max-article-chars"):
        normalize(RawArticle(origin="x", text="word " * 100), Settings(max_article_chars=50))


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-01-29", dt.date(2024, 1, 29)),
        ("2024-01-29T10:00:00Z", dt.date(2024, 1, 29)),
        ("29 January 2024", dt.date(2024, 1, 29)),
        ("Jan. 29, 2024", dt.date(2024, 1, 29)),
        ("", None),
        (None, None),
    ],
)
def test_publication_dates_in_common_forms(value, expected):
    assert parse_published(value) == expected


@hyp_settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_normalising_twice_changes_nothing(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@hyp_settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_normalised_text_has_no_odd_spaces_or_invisible_characters(text):
    out = normalize_text(text)
    assert not any(ch in out for ch in "\u00a0\u2009\u202f\u00ad\u200b\ufeff\r\t")
    assert "  " not in out and "\n\n\n" not in out
