"""Place names the entity recogniser missed: capitalised names right after a
locative word ("the village of Iblin", "near Kansafra", "attacked Abu
Dhabi"), with the Arabic article forms ("al-Bara", "Jisr al-Shughur").

These are only candidates: the locations stage keeps one when it resolves,
by an exact or variant spelling, to a place in a country the document's
other places lie in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..text import dateline_spans

_CUE = (
    r"(?:town|village|city|hamlet|district|area|camp|region|outskirts|edge|countryside|suburbs?|"
    r"in|at|near|outside|around|into|toward|towards|from|of|over|"
    r"attacked|struck|hit|shelled|bombed|targeted|raided|stormed|entered|captured|seized|besieged)"
)
_PARTICLE = r"(?:al|as|ash|ad|ar|at|az|an|el|ez|Al|As|Ash|Ad|Ar|At|Az|An|El)"
_WORD = rf"(?:{_PARTICLE}[-\u2010]|{_PARTICLE}\s)?[A-Z][a-z\u00e0-\u017f'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)*"
_NAME = re.compile(rf"\b{_CUE}\s+(?:the\s+)?({_WORD}(?:\s+(?:{_PARTICLE}[-\s])?{_WORD}){{0,2}})")
_NOT_NAMES = frozenset(
    """January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday The A An This That These Those His Her Its Their Our
    Islamic State Army Forces President Minister General""".split()
)


def missed_names(text: str, taken: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of capitalised names after a locative word, and the place names of
    datelines ("IRBID -", "QAMISHLI/ISTANBUL, Dec 23 -"), outside ``taken`` spans."""
    for match in _NAME.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if name.split()[0] in _NOT_NAMES or any(s < end and start < e for s, e in taken):
            continue
        yield start, end, name
    for line_start, line_end in dateline_spans(text):
        for match in _DATELINE_PLACE.finditer(text, line_start, line_end):
            start, end = match.span()
            opens = start == line_start or text[start - 1] == "/"
            if opens and not any(s < end and start < e for s, e in taken):
                yield start, end, match.group()


# The capitalised place names that open a dateline, split at "/".
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}")
