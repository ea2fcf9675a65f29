"""Name keys: how place names are compared across spellings.

Three keys of growing tolerance, each computed the same way for gazetteer
names and for names in the text:

- `exact_key`: transliterated to ASCII, casefolded, apostrophes and dots
  dropped, hyphens as spaces ("Deir ez-Zor" -> "deir ez zor").
- `loose_key`: also without Arabic articles (al-, as-, ash-, ad-, ez-, el- …)
  and spaces, with the usual romanisation pairs merged: Dayr/Deir, ou/o/aw/u,
  ey/ei/ay/i, q/k, initial kh/h, a final -ah/-eh, doubled letters and
  Abu/Albu/Bu ("Dayr az Zawr", "Deir al-Zour" -> "dirzur").
- `skeleton_key`: the consonants of the loose key ("Humaymim" and
  "Khmeimim" -> "hmmm"). Many unrelated places share a skeleton, so the
  resolver only trusts it inside a country the document is about.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from unidecode import unidecode

# Arabic (and Hebrew/Turkish-romanised) articles that spellings keep or drop.
ARTICLES = frozenset("al el il l as ash ad ar at az an ath adh ez es ed er et en".split())
LEADING_WORDS = frozenset({"the"})
_APOSTROPHES = "'`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4"
_SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014"
# ASCII folding table: apostrophes and dots vanish, other punctuation separates words.
_FOLD = str.maketrans(
    {
        **{c: " " for c in string.punctuation + _SEPARATORS},
        **{c: None for c in _APOSTROPHES + "."},
    }
)
_VOWELS = re.compile(r"[aeiouyw]+")
_AW = re.compile(r"aw(?![aeiou])")
_DOUBLED = re.compile(r"(.)\1+")
_I_SOUNDS = ("ee", "ei", "ey", "ay", "ai", "ie")
_ABU_PREFIXES = ("albu", "abou", "abu", "bou")


def ascii_fold(text: str) -> str:
    """ASCII, casefolded, apostrophes and dots dropped, other punctuation as single spaces."""
    text = text.translate(_FOLD)  # before transliterating: unidecode turns some letters into apostrophes
    if not text.isascii():
        text = unidecode(text).translate(_FOLD)
    return " ".join(text.casefold().split())


def _exact(name: str) -> str:
    words = ascii_fold(name).split()
    if len(words) > 1 and words[0] in LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


def _loose(exact: str) -> str:
    """Merge the usual romanisation pairs (see the module docstring)."""
    joined = "".join(w for w in exact.split() if w not in ARTICLES)
    for prefix in _ABU_PREFIXES:
        if joined.startswith(prefix) and len(joined) > len(prefix):
            joined = "bu" + joined[len(prefix) :]
            break
    if joined.startswith("kh"):
        joined = joined[1:]
    if len(joined) > 2 and joined[-1] == "h" and joined[-2] in "aeiou":
        joined = joined[:-1]  # Sukhnah -> Sukhna, Raqqah -> Raqqa
    joined = joined.replace("q", "k").replace("ou", "u").replace("oo", "u")
    if "aw" in joined:
        joined = _AW.sub("u", joined)
    joined = joined.replace("o", "u")
    for pair in _I_SOUNDS:
        joined = joined.replace(pair, "i")
    if joined.endswith(("iya", "iyya")):
        joined = joined[: joined.rindex("iy")] + "ia"
    return _DOUBLED.sub(r"\1", joined)


def _skeleton(loose: str) -> str:
    if not loose:
        return ""
    return loose[0] + _VOWELS.sub("", loose[1:]) if loose[0] in "aeiou" else _VOWELS.sub("", loose)


def keys_uncached(name: str) -> tuple[str, str, str]:
    """The three keys at once (the gazetteer build calls this a million times)."""
    exact = _exact(name)
    loose = _loose(exact)
    return exact, loose, _skeleton(loose)


@lru_cache(maxsize=65536)
def keys(name: str) -> tuple[str, str, str]:
    return keys_uncached(name)


def exact_key(name: str) -> str:
    return keys(name)[0]


def loose_key(name: str) -> str:
    return keys(name)[1]


def skeleton_key(name: str) -> str:
    return keys(name)[2]


def strip_possessive(text: str) -> str:
    """ "Syria's" -> "Syria"; "the U.S." stays for `exact_key` to handle."""
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


# Letters of scripts other than Latin (Greek, Cyrillic … CJK, Arabic presentation forms).
_NON_LATIN = re.compile("[\u0370-\u1dff\u1f00-\u1fff\u2c00-\ud7ff\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufeff]")


def is_latin(name: str) -> bool:
    """Written in the Latin script (so its ASCII folding means something)."""
    return name.isascii() or _NON_LATIN.search(name) is None
