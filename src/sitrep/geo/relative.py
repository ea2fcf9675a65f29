"""Relative location phrases: "15 km east of Sukhna", "near X", "the outskirts
of X", "east of X", "the western countryside of Deir ez-Zor", "northern
Syria", "15 km from the Iraqi border".

`find` reads the words around a resolved toponym and returns what they say;
`place` turns the toponym's gazetteer entry and that reading into the best
point, with ACLED geo precision 2 (near a named place, part of a small area)
or 3 (part of a province, country or large region), and keeps the whole
phrase as the place's ``text``. `border_point` places "the Iraqi border".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Place
from .gazetteer import Entry

Form = Literal["distance", "direction", "near", "part"]
BEARINGS: dict[str, float] = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
NUMBER_WORDS = {
    "a few": 5.0, "a couple of": 2.0, "several": 5.0, "some": 10.0, "one": 1.0, "two": 2.0, "three": 3.0,
    "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0,
    "twelve": 12.0, "fifteen": 15.0, "twenty": 20.0, "thirty": 30.0, "forty": 40.0, "fifty": 50.0,
}  # fmt: skip
MILE_KM = 1.609344
LOOK_BACK = 90
LOOK_AHEAD = 45
TOWN_PART_SHIFT_KM = 10.0  # "the western countryside of <town>": a nominal step out of town
LARGE_AREA_KM = 25.0  # areal sites wider than this are precision 3

_DIRECTION = r"(north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)"
_ADJECTIVE = r"(northern|southern|eastern|western|north[- ]?eastern|north[- ]?western|south[- ]?eastern|south[- ]?western|central)"
_COMPASS_WORD = re.compile(rf"^(?:{_ADJECTIVE}|{_DIRECTION})$", re.I)


def is_compass_word(word: str) -> bool:
    """'southern', 'north-east', 'central': a direction, or a part of an area."""
    return bool(_COMPASS_WORD.match(word))


_NUMBER = r"(\d+(?:[.,]\d+)?|a few|a couple of|several|some|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + ")"
_UNIT = r"(km|kms|kilometers?|kilometres?|miles?|mi)"
_HEAD = r"(?:(?:the\s+)?(?:town|city|village|area|district|region|province|governorate|base|camp|suburbs?)\s+of\s+)?"
_PARTS = r"(countryside|outskirts|suburbs?|environs|hinterland|desert|parts?|areas?|edges?|side|reaches|districts?|fringes|villages)"
_NEAR = (
    r"(near|nearby|close to|around|outside|just outside|in the vicinity of|the vicinity of|vicinity of|"
    r"on the edge of|the edge of|on the outskirts of|the outskirts of|outskirts of|not far from|"
    r"a short distance from|on the road to|on the way to|en route to|in the surroundings of)"
)
_APPROX = r"(?:(?:about|around|some|roughly|nearly|approximately|almost|over|more than|less than|up to)\s+)?"

BEFORE: tuple[tuple[Form, re.Pattern[str]], ...] = (
    (
        "distance",
        re.compile(
            rf"\b{_APPROX}{_NUMBER}[\s-]*{_UNIT}\s+(?:\([^)]{{0,25}}\)\s+)?(?:to the\s+)?(?:{_DIRECTION}\s+)?"
            rf"(?:of|from|outside|away from|off)\s+(?:the\s+)?{_HEAD}$",
            re.I,
        ),
    ),
    ("part", re.compile(rf"\b(?:{_ADJECTIVE}\s+)?{_PARTS}\s+of\s+(?:the\s+)?{_HEAD}$", re.I)),
    ("direction", re.compile(rf"\b(?:just\s+|due\s+)?{_DIRECTION}\s+of\s+(?:the\s+)?{_HEAD}$", re.I)),
    ("near", re.compile(rf"\b{_NEAR}\s+(?:the\s+)?{_HEAD}$", re.I)),
    ("part", re.compile(rf"\b(?:{_ADJECTIVE}|{_DIRECTION})\s+$", re.I)),
)
AFTER = re.compile(rf"^(?:'s|\u2019s)?\s+(?:{_ADJECTIVE}\s+)?{_PARTS}\b", re.I)


@dataclass(frozen=True, slots=True)
class Relative:
    form: Form
    start: int  # where the phrase starts (it may run past the toponym: "Idlib countryside")
    end: int
    km: float | None = None
    bearing: float | None = None


def find(text: str, start: int, end: int, floor: int = 0) -> Relative | None:
    """The relative phrase around the toponym at ``text[start:end]``; ``floor``: look no further back."""
    window_start = max(floor, start - LOOK_BACK)
    before = text[window_start:start]
    for form, pattern in BEFORE:
        match = pattern.search(before)
        if match is not None:
            return _reading(form, match, window_start, end)
    after = AFTER.match(text[end : end + LOOK_AHEAD])
    if after is not None:
        return Relative("part", start, end + after.end(), bearing=_bearing(after.group(1)))
    return None


def _reading(form: Form, match: re.Match[str], offset: int, end: int) -> Relative:
    groups = [g for g in match.groups() if g]
    bearing = next((b for g in groups if (b := _bearing(g)) is not None), None)
    km = _km(match.group(1), match.group(2)) if form == "distance" else None
    return Relative(form, offset + match.start(), end, km, bearing)


def _bearing(word: str | None) -> float | None:
    if not word:
        return None
    key = word.lower().replace("-", "").replace(" ", "").removesuffix("ern")
    return BEARINGS.get(key)


def _km(number: str, unit: str) -> float | None:
    words = number.lower()
    value = NUMBER_WORDS.get(words)
    if value is None:
        try:
            value = float(words.replace(",", "."))
        except ValueError:
            return None
    return value * MILE_KM if unit.lower().startswith("mi") else value


# --- the point -----------------------------------------------------------------------------------------


def base_precision(entry: Entry) -> int:
    """ACLED precision of the entry itself: 1 a town or site, 2 a district or small area, 3 larger."""
    if entry.kind in {"country", "admin1", "continent"}:
        return 3
    if entry.kind == "admin2":
        return 2
    if entry.box is not None:
        return 3 if entry.uncertainty_km > LARGE_AREA_KM else 2
    return 1


def place(entry: Entry, text: str, relative: Relative | None = None) -> Place:
    """The place a toponym (and the relative phrase around it, if any) stands for."""
    lat, lon, precision = entry.lat, entry.lon, base_precision(entry)
    if relative is not None:
        lat, lon = _point(entry, relative)
        precision = max(precision, 2)
    return Place(
        text=text,
        name=entry.name,
        gazetteer_id=entry.gazetteer_id,
        lat=round(lat, 5),
        lon=round(lon, 5),
        country=entry.country,
        admin1=entry.admin1 or (entry.name if entry.kind == "admin1" else None),
        feature=entry.feature,
        precision=precision,
    )


def _point(entry: Entry, relative: Relative) -> tuple[float, float]:
    if relative.form == "distance" and relative.km is not None and relative.bearing is not None:
        return destination(entry.lat, entry.lon, relative.bearing, relative.km)
    if relative.form == "part" and relative.bearing is not None:
        if entry.box is not None and entry.is_area:
            return part_of_box(entry.box, relative.bearing)
        return destination(entry.lat, entry.lon, relative.bearing, TOWN_PART_SHIFT_KM)
    return entry.lat, entry.lon


def part_of_box(box: tuple[float, float, float, float], bearing: float) -> tuple[float, float]:
    """The middle of the box's part that lies in that direction ("western X": its western half)."""
    south, west, north, east = box
    north_share = math.cos(math.radians(bearing))  # 1 north, -1 south
    east_share = math.sin(math.radians(bearing))
    lat = (south + north) / 2 + north_share * (north - south) / 4
    lon = (west + east) / 2 + east_share * (east - west) / 4
    return lat, lon


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` away along ``bearing`` (degrees from north), on a sphere."""
    radius = 6371.0
    angle, theta = km / radius, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(angle) + math.cos(p1) * math.sin(angle) * math.cos(theta))
    l2 = l1 + math.atan2(
        math.sin(theta) * math.sin(angle) * math.cos(p1), math.cos(angle) - math.sin(p1) * math.sin(p2)
    )
    return math.degrees(p2), (math.degrees(l2) + 540.0) % 360.0 - 180.0


# --- borders -------------------------------------------------------------------------------------------

BORDER_TOUCH_KM = 30.0  # the outlines are coarse: vertices this close count as shared
BORDER = re.compile(
    rf"\b(?:{_APPROX}{_NUMBER}[\s-]*{_UNIT}\s+(?:\([^)]{{0,25}}\)\s+)?(?:from|of|off|away from|inside|south of|north of|"
    rf"east of|west of)\s+)?(?:near\s+|along\s+|on\s+|at\s+|close to\s+)?the\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+border\b"
    rf"|\bborder\s+with\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)",
    re.UNICODE,
)


@dataclass(frozen=True, slots=True)
class BorderPhrase:
    start: int
    end: int
    neighbour: str  # the country name or demonym as written ("Iraqi", "Iraq")
    km: float | None


def find_border(text: str, start: int = 0, end: int | None = None) -> BorderPhrase | None:
    match = BORDER.search(text, start, len(text) if end is None else end)
    if match is None:
        return None
    neighbour = match.group(3) or match.group(4)
    km = _km(match.group(1), match.group(2)) if match.group(1) else None
    return BorderPhrase(match.start(), match.end(), neighbour, km)


def border_point(
    own: Sequence[Sequence[tuple[float, float]]],
    neighbour: Sequence[Sequence[tuple[float, float]]],
    anchor: tuple[float, float],
    km: float | None = None,
) -> tuple[float, float] | None:
    """The point of the shared border nearest to ``anchor``, moved ``km`` towards it."""
    from .resolve import distance_km

    theirs = [p for ring in neighbour for p in ring]
    shared = [p for ring in own for p in ring if any(distance_km(*p, *q) <= BORDER_TOUCH_KM for q in theirs)]
    if not shared:
        return None
    nearest = min(shared, key=lambda p: distance_km(*p, *anchor))
    if not km:
        return nearest
    return destination(*nearest, _initial_bearing(nearest, anchor), km)


def _initial_bearing(origin: tuple[float, float], target: tuple[float, float]) -> float:
    p1, p2 = math.radians(origin[0]), math.radians(target[0])
    dl = math.radians(target[1] - origin[1])
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(y, x)) + 360.0) % 360.0
