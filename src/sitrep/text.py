"""Small text facts that several stages need."""

from __future__ import annotations

import re

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_PLACE = r"[A-Z][A-Za-z.'/\-]*(?: [A-Z][A-Za-z.'/\-]*){0,3}"
_CAPS = r"[A-Z][A-Z.'/\-]+(?: [A-Z][A-Z.'/\-]+){0,3}"
_AGENCY = r"[\w.'&]+(?: [\w.'&]+){0,3}"  # "(Reuters)", "(Agence Levant)"
_DATE = rf"(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? (?:19|20)\d{{2}})?"
# "BAGHDAD, Nov. 29 —", "QAMISHLI, Syria, Jan. 14 (Reuters) -", "DAMASCUS/JERUSALEM, July 16 —",
# "WASHINGTON (Reuters) —", "Beirut, April 18 —", "Hasakah, SANA -": a capitalised place, then a
# date or an agency.
# Also the press-release form "KABUL, Afghanistan (Jan. 25, 2013)" on a line of its own.
# A round-up's item may give the time of day instead: "KHIAM, 9:15 am - ", "HOULA, shortly after sunset - ".
_TIME_OF_DAY = (
    r"(?:(?:around|about|shortly (?:after|before)|late|early) )?"
    r"(?:\d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.?m\.?)?|morning|afternoon|evening|night|midnight|noon|dawn|sunset|sunrise)"
)
DATELINE = re.compile(
    rf"^(?:{_CAPS}(?:, {_PLACE})?,? (?:(?:{_DATE}|(?i:{_TIME_OF_DAY})) *)?(?:\((?i:{_AGENCY})\))?"
    rf"|{_PLACE}(?:, {_PLACE})?, (?i:{_DATE}) *(?:\({_AGENCY}\))?|{_PLACE}, [A-Z]{{2,6}}) *[—–-] "
    rf"|^{_CAPS}(?:, {_PLACE})? \((?i:{_DATE})\)(?: *[—–-] | *$)"
)


# "Beirut: ...", "Southern Lebanon: ...": a round-up's section label, not a speaker.
SECTION_LABEL = re.compile(rf"^{_PLACE}: ")


# Words that make a boat or vessel a weapon in itself (a drone boat), not a ship with a crew.
DRONE_BOAT_WORDS = frozenset(
    "uncrewed unmanned surface explosive laden explosive-laden drone remote controlled remote-controlled".split()
)
# Words that make a camp or site one of the displaced ("the Abu Shouk displacement camp"): its people.
DISPLACED_WORDS = frozenset({"displacement", "displaced", "refugee", "refugees", "idp", "idps"})


# "17:48 - ", "09.30 GMT — ": the time of a live blog's entry.
TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?: ?(?:[ap]\.?m\.?|GMT|UTC|local time))? *[—–-] ")


# "02/09/2024", "03-04/09/2024": a day (or two days) of a month in figures, day first
NUMERIC_DATE = r"\d{1,2}(?:[-–]\d{1,2})?[./]\d{1,2}[./](?:19|20)?\d{2}"


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where each paragraph's dateline (or a round-up's section label, or a live blog's
    timestamp) is: it says where and when the story was filed, or which part follows."""
    spans = []
    for paragraph in re.finditer(r"(?:^|\n)([^\n]+)", text):
        line = paragraph.group(1)
        match = DATELINE.match(line) or SECTION_LABEL.match(line) or TIMESTAMP.match(line)
        if match:
            spans.append((paragraph.start(1), paragraph.start(1) + match.end()))
    return spans
