"""Toponym resolution: which place each name in a document means.

Each mention gets candidates from the gazetteer (by name, alias and
transliteration variants, `sitrep.geo.names`) and each candidate a score,
in log10-population units so that the parts can be weighed against each
other:

    prior (how big or how important the place is)
  + how the name matched (the place's own name beats an alias, an alias a
    looser spelling)
  + the document's context: countries and first-level divisions it names,
    "X, Y" qualifiers ("Alexandria, La.") and "in X province" containment,
    closeness to the other places it names.

The weights come from general principles and from our own Syria/Iraq
articles (``eval/gold/dev``), not from the public benchmarks (docs/geo.md).
Closeness needs the other mentions' readings, so resolution runs in rounds:
first without it, then twice with the previous round's choices.

A mention with no candidate, or only far-fetched ones (a consonant skeleton
outside the countries the document is about), is returned unresolved with
the reason; it never changes how the others resolve.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .gazetteer import SKELETON_COUNTRIES, Entry, Gazetteer, Match
from .names import exact_key, strip_possessive

# Prior by kind (log10-population scale); towns and divisions use their population.
COUNTRY_PRIOR = 9.0  # plus a tenth of log10(population): "American" is the US, not the Mariana Islands
CAPITAL_BONUS = 1.0  # capitals are named far more often than their size suggests
CONTINENT_PRIOR = 8.5
SITE_PRIOR = 6.5
MIN_TOWN_POPULATION = 1000  # GeoNames gives 0 to many towns (admin seats among them) it lists
ADMIN1_OFFSET = -0.5  # a division is named less often than its namesake town
ADMIN2_OFFSET = -1.5
CAPITAL_NAMESAKE = -1.0  # a bare "Deir ez-Zor" is the city more often than the governorate
# How the name matched.
MATCH_WEIGHT: dict[str, float] = {
    "ref": 1.0,
    "name": 0.0,
    "alternate": -0.3,
    "demonym": -0.2,
    "abbreviation": -0.5,
    "loose": -1.0,
    "skeleton": -2.5,
}
WRITTEN_ABBREVIATION = 2.0  # "Kan." with its period is the state, not a town called Kan
# Context.
COUNTRY_NAMED = 1.5
FOCUS = 1.0  # the country most of the text's other places lie in
# A place abroad, where a place of the same name lies among the text's other places: a local
# paper's "Lebanon", "Paris" or "Georgia" is its own county's, not the country or the capital.
ABROAD = 3.0
LOCAL_KM = 80.0
SUPPORT = 1.0  # per other name of the text with a town of its own name this near
SUPPORT_KM = 60.0
SUPPORT_CAP = 3
ADMIN1_NAMED = 2.5
QUALIFIER_INSIDE = 5.0
QUALIFIER_OUTSIDE = -5.0
DIVISION_CUE = 3.0  # "X province" makes the division the reading
PROXIMITY = 2.5
PROXIMITY_KM = 150.0
ROUNDS = 3
# A small town far from everything else the text names, in a country it never
# names, is more likely a namesake of a place the gazetteer lacks: unresolved.
STRAY_POPULATION = 100_000
STRAY_KM = 1000.0
SKELETON_KM = 300.0  # a place matched by its consonant skeleton alone must lie this near the others
LOOSE_ABROAD_KM = 800.0  # a looser spelling abroad must lie this near the text's other places

_DIVISION_WORDS = r"(?:province|governorate|governorates|region|state|district|county|parish|prefecture|oblast)"
_DIVISION_AFTER = re.compile(rf"^\s+{_DIVISION_WORDS}\b", re.I)
_DIVISION_BEFORE = re.compile(rf"\b{_DIVISION_WORDS}\s+of\s+(?:the\s+)?$", re.I)
_DIVISION_IN_NAME = re.compile(rf"\s{_DIVISION_WORDS}$", re.I)
_QUALIFIER_GAP = re.compile(r"^\s*,\s*$|^\s*\(\s*$")
_TRIM = " \t\n.,;:!?\"'()[]{}\u201c\u201d\u2018\u2019"
AREA_KINDS = frozenset({"country", "admin1", "admin2", "continent"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name in a text: where, as written, and a gazetteer id when a rule knows it."""

    start: int
    end: int
    text: str
    ref: str | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    mention: Mention
    entry: Entry | None
    score: float = 0.0
    reason: str = ""
    how: str = ""  # how the chosen name matched: "name", "alternate", "loose", "skeleton", ...
    candidates: tuple[Entry, ...] = ()  # every place the name may denote, chosen or not


@dataclass
class _Candidate:
    match: Match
    base: float  # prior + match + static context
    score: float = 0.0

    @property
    def entry(self) -> Entry:
        return self.match.entry


@dataclass
class _Slot:
    mention: Mention
    candidates: list[_Candidate]
    qualifier: int | None = None  # index of the mention that qualifies this one ("X, Y")
    anchor: tuple[int, float] | None = None  # "X, 10 km west of Y": Y's index and how near X must lie
    quarter_of: int | None = None  # index of the town this one is a part of ("the X neighbourhood of Y")
    division_cue: bool = False
    abbreviated: bool = False  # written with a period: "Ga.", "Kan."
    choice: _Candidate | None = None
    notes: list[str] = field(default_factory=list)
    found: tuple[Entry, ...] = ()  # every place the gazetteer gave for the name, before any was ruled out


class Resolver:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def resolve(self, text: str, mentions: Sequence[Mention]) -> list[Resolution]:
        """Resolve every mention of one document; the list follows ``mentions``."""
        slots = [self._slot(text, mention) for mention in mentions]
        _link_qualifiers(text, slots)
        _link_anchors(text, slots)
        _link_quarters(text, slots)
        context = _Context.of(slots)
        for i, slot in enumerate(slots):
            _country_by_its_own_name(slot)
            _score_statically(slot, context, i, _anchor_points(slot, slots))
        _co_located(slots, context.names)
        for round_ in range(ROUNDS):
            focus = _Focus.of(slots) if round_ else None
            for i, slot in enumerate(slots):
                _choose(slot, slots if round_ else None, i, focus, context)
        _drop_strays(slots, context, _Focus.of(slots))
        _one_place_per_name(slots)
        return [_resolution(slot, context, i) for i, slot in enumerate(slots)]

    def _slot(self, text: str, mention: Mention) -> _Slot:
        name = clean_name(mention.text)
        matches = self.gazetteer.candidates(name) if name else []
        if not matches and _SETTLEMENT_TAIL.search(name):  # "Rutshuru centre", "Masisi town"
            matches = self.gazetteer.candidates(_SETTLEMENT_TAIL.sub("", name))
        ref = self.gazetteer.entry(mention.ref) if mention.ref else None
        if ref is not None:
            # the recogniser's pick counts as an exact match, unless the name only meets it loosely and
            # is the own name of a bigger place ("Baneh" is the Iranian city, Al-Bi'na in Israel only
            # without its article; "Koya" stays Koysinceq, bigger than Koya in Japan)
            own = next((m.how for m in matches if m.entry.gazetteer_id == ref.gazetteer_id), "ref")
            bigger = any(m.how in EXACT_MATCHES and m.entry.population > ref.population for m in matches)
            how = own if own in {"loose", "skeleton"} and bigger else "ref"
            matches = [Match(ref, how)] + [m for m in matches if m.entry.gazetteer_id != ref.gazetteer_id]  # type: ignore[arg-type]
        cue = bool(_DIVISION_AFTER.match(text[mention.end : mention.end + 20])) or bool(
            _DIVISION_BEFORE.search(text[max(0, mention.start - 20) : mention.start]) or _DIVISION_IN_NAME.search(name)
        )
        abbreviated = mention.text.rstrip().endswith(".")
        candidates = [_Candidate(m, 0.0) for m in matches]
        found = tuple(m.entry for m in matches)
        return _Slot(mention, candidates, division_cue=cue, abbreviated=abbreviated, found=found)


def clean_name(text: str) -> str:
    """The name as the gazetteer would have it: no article, possessive or stray punctuation."""
    name = strip_possessive(text.strip(_TRIM)).strip(_TRIM)
    if name.lower().startswith("the "):
        name = name[4:]
    return _SETTLEMENT_OF.sub("", name)


_SETTLEMENT_TAIL = re.compile(r"(?<=\w)\s+(?:centre|center|town|city)$", re.I)
_SETTLEMENT_OF = re.compile(r"^(?:city|town|village|hamlet|suburb) of\s+(?=\S)", re.I)  # "city of Saravan"


# --- context ------------------------------------------------------------------------------------

EXACT_MATCHES = frozenset({"ref", "name", "alternate", "demonym", "abbreviation"})
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an|ath|adh|ez|es|ed|er|et|en)[-\s]", re.I)


@dataclass
class _Context:
    """Countries and first-level divisions the text names outright ("Syria", "Syrian",
    "Louisiana", "Deir ez-Zor province"), per mention, so that a name is never its own evidence."""

    countries: list[str | None]
    admin1s: list[str | None]
    names: list[str]

    @classmethod
    def of(cls, slots: Sequence[_Slot]) -> _Context:
        admins = [_named_admin1(slot) for slot in slots]
        names = [exact_key(clean_name(slot.mention.text)) for slot in slots]
        return cls([_named_country(slot) for slot in slots], [a.admin1_code if a else None for a in admins], names)

    def names_country(self, iso: str | None, besides: int, other_names: bool = False) -> bool:
        """Whether another mention names the country; with ``other_names``, one of another name
        (a local paper's "Lebanon" twice is no evidence for the country)."""
        return iso is not None and any(
            c == iso and i != besides and not (other_names and self.names[i] == self.names[besides])
            for i, c in enumerate(self.countries)
        )

    def names_admin1(self, code: str | None, besides: int) -> bool:
        return code is not None and any(c == code for i, c in enumerate(self.admin1s) if i != besides)


def _named_country(slot: _Slot) -> str | None:
    for candidate in slot.candidates:
        if candidate.entry.kind == "country" and candidate.match.how in {"ref", "name", "alternate", "demonym"}:
            return candidate.entry.country
    return None


def _named_admin1(slot: _Slot) -> Entry | None:
    strong = {"ref", "name", "alternate", "abbreviation"}
    admins = [c.entry for c in slot.candidates if c.entry.kind == "admin1" and c.match.how in strong]
    if len(admins) == 1 and (slot.division_cue or not _has_bigger_rival(slot, admins[0])):
        return admins[0]
    return None


def _has_bigger_rival(slot: _Slot, admin: Entry) -> bool:
    return any(
        c.entry.kind in {"town", "country"} and c.entry.population > admin.population / 4 for c in slot.candidates
    )


@dataclass
class _Focus:
    """The country most of the text's places (other than countries) were read in, last round."""

    counts: Counter[str]

    @classmethod
    def of(cls, slots: Sequence[_Slot]) -> _Focus:
        return cls(Counter(c for slot in slots if (c := _chosen_country(slot))))

    def country(self, besides: _Slot) -> str | None:
        top = self.others(besides).most_common(1)
        return top[0][0] if top and top[0][1] >= 2 else None

    def others(self, besides: _Slot) -> Counter[str]:
        """The counts without the slot's own last choice."""
        counts = self.counts.copy()
        own = _chosen_country(besides)
        if own:
            counts[own] -= 1
        return counts


def _chosen_country(slot: _Slot) -> str | None:
    choice = slot.choice
    if choice is None or choice.entry.kind in {"country", "continent"}:
        return None
    return choice.entry.country


def _link_qualifiers(text: str, slots: list[_Slot]) -> None:
    """ "Alexandria, La." and "Homs (Syria)": the second name qualifies the first."""
    for i in range(len(slots) - 1):
        first, second = slots[i].mention, slots[i + 1].mention
        if _QUALIFIER_GAP.match(text[first.end : second.start]) and any(
            c.entry.kind in AREA_KINDS for c in slots[i + 1].candidates
        ):
            slots[i].qualifier = i + 1


_ANCHOR_GAP = re.compile(
    r"^\s*[,(]\s*(?:(?:about|some|around|roughly|nearly|approximately|just)\s+)?"
    r"(?:(?P<km>\d+(?:\.\d+)?)\s*(?:km|kilometres?|kilometers?)\s+)?(?:to the\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|near|outside)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
ANCHOR_SLACK_KM = 40.0  # "X, west of Y" without a distance: X lies within this of Y
ANCHOR_FAR_KM = 150.0  # a namesake further than this (or three times that) from Y is not X


def _link_anchors(text: str, slots: list[_Slot]) -> None:
    """'al-Mazraa, about 10 km west of Suwayda city', 'al-Mughayyir, north-east of Ramallah': the
    writer placed the first name by the second; it lies within that distance of it."""
    for i in range(len(slots) - 1):
        gap = _ANCHOR_GAP.match(text[slots[i].mention.end : slots[i + 1].mention.start])
        if gap:
            km = float(gap.group("km")) if gap.group("km") else 0.0
            slots[i].anchor = (i + 1, 1.5 * km + ANCHOR_SLACK_KM)


def _link_quarters(text: str, slots: list[_Slot]) -> None:
    """'the Ashrafiyeh neighbourhood of Afrin': the first name is a part of the second town."""
    for i in range(len(slots) - 1):
        if _QUARTER_GAP.match(text[slots[i].mention.end : slots[i + 1].mention.start]):
            slots[i].quarter_of = i + 1


_QUARTER_GAP = re.compile(
    r"^\s+(?:neighbourhood|neighborhood|quarter|suburb)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.I,
)
QUARTER_KM = 25.0


# --- scoring --------------------------------------------------------------------------------------


def prior(entry: Entry) -> float:
    if entry.kind == "country":
        return COUNTRY_PRIOR + math.log10(max(entry.population, 1)) / 10
    if entry.kind == "continent":
        return CONTINENT_PRIOR
    if entry.kind == "site":
        return SITE_PRIOR
    population = math.log10(max(entry.population, MIN_TOWN_POPULATION))
    bonus = CAPITAL_BONUS if entry.capital else 0.0
    return population + bonus + {"admin1": ADMIN1_OFFSET, "admin2": ADMIN2_OFFSET}.get(entry.kind, 0.0)


def _one_place_per_name(slots: Sequence[_Slot]) -> None:
    """A name the text once placed outright ("al-Mazraa, about 10 km west of Suwayda city", "Alexandria,
    La.") is that place wherever else the text repeats it."""
    placed: dict[str, _Candidate] = {}
    for slot in slots:
        if slot.choice is not None and (slot.anchor is not None or slot.qualifier is not None):
            placed.setdefault(exact_key(clean_name(slot.mention.text)), slot.choice)
    for slot in slots:
        choice = placed.get(exact_key(clean_name(slot.mention.text)))
        if choice is not None and slot.anchor is None and slot.qualifier is None:
            slot.choice = choice


def _anchor_points(slot: _Slot, slots: Sequence[_Slot]) -> list[Entry]:
    """Where the place that anchors this one ("X, 10 km west of Y") may be: Y's exact readings."""
    if slot.anchor is None:
        return []
    return [c.entry for c in slots[slot.anchor[0]].candidates if c.match.how in EXACT_MATCHES]


def _country_by_its_own_name(slot: _Slot) -> None:
    """A bare "Mexico" is the country, not Mexico City (an alternate name) or the State of Mexico;
    with a division word ("in Mexico state") the division stays a candidate."""
    country = next(
        (c.entry.country for c in slot.candidates if c.entry.kind == "country" and c.match.how == "name"), None
    )
    if country is not None and not slot.division_cue:
        slot.candidates = [c for c in slot.candidates if c.entry.kind == "country" or c.entry.country != country]


def _co_located(slots: Sequence[_Slot], names: Sequence[str]) -> None:
    """A town near which the text's other names also have towns of that very name gains a point per
    such name, up to SUPPORT_CAP: a hometown paper's places cluster ("Athens" among Huntsville,
    Decatur and Madison is Athens, Alabama, though none is named with its state)."""
    grid: dict[tuple[int, int], list[tuple[str, Entry]]] = defaultdict(list)
    for name, slot in zip(names, slots, strict=True):
        for candidate in slot.candidates:
            if candidate.entry.kind == "town" and candidate.match.how == "name":
                grid[_cell(candidate.entry)].append((name, candidate.entry))
    for name, slot in zip(names, slots, strict=True):
        for candidate in slot.candidates:
            entry = candidate.entry
            if entry.kind != "town" or candidate.match.how != "name":
                continue
            row, column = _cell(entry)
            near = {
                other
                for cell in ((row + i, column + j) for i in (-1, 0, 1) for j in (-1, 0, 1))
                for other, town in grid.get(cell, ())
                if other != name and _km(entry, town) <= SUPPORT_KM
            }
            candidate.base += SUPPORT * min(len(near), SUPPORT_CAP)


def _cell(entry: Entry) -> tuple[int, int]:
    return math.floor(entry.lat), math.floor(entry.lon)


def _score_statically(slot: _Slot, context: _Context, index: int, anchors: Sequence[Entry] = ()) -> None:
    has_exact = any(c.match.how in EXACT_MATCHES for c in slot.candidates)
    variant_in_context = any(
        c.match.how not in EXACT_MATCHES and context.names_country(c.entry.country, index) for c in slot.candidates
    )
    kept = []
    for candidate in slot.candidates:
        entry, how = candidate.entry, candidate.match.how
        named = context.names_country(entry.country, index)
        # "al-Mazraa, about 10 km west of Suwayda city": a spelling variant right where the text puts it
        named = named or (how == "loose" and _within_anchor(entry, anchors, slot))
        if how not in EXACT_MATCHES and not named and (has_exact or variant_in_context or how == "skeleton"):
            continue  # spelling variants only count where the text's own countries make them likely
        if (
            how == "loose"
            and not named
            and entry.country not in SKELETON_COUNTRIES
            and _ARABIC_ARTICLE.match(slot.mention.text)
        ):
            continue  # "al-Sawtiyya" is no Stia in Tuscany: Arabic spellings vary only where Arabic names are
        candidate.base = prior(entry) + MATCH_WEIGHT[how] + _static_context(slot, candidate, context, index)
        kept.append(candidate)
    if any(c.match.how != "skeleton" for c in kept):  # the consonant skeleton is the last resort
        kept = [c for c in kept if c.match.how != "skeleton"]
    if slot.candidates and not kept:
        slot.notes.append("only distant spellings matched, outside the countries the text names")
    slot.candidates = kept


def _within_anchor(entry: Entry, anchors: Sequence[Entry], slot: _Slot) -> bool:
    radius = slot.anchor[1] if slot.anchor is not None else 0.0
    return any(distance_km(entry.lat, entry.lon, a.lat, a.lon) <= radius for a in anchors)


def _static_context(slot: _Slot, candidate: _Candidate, context: _Context, index: int) -> float:
    entry, score = candidate.entry, 0.0
    if entry.kind != "country" and context.names_country(entry.country, index):
        score += COUNTRY_NAMED
    if entry.kind not in {"admin1", "country"} and context.names_admin1(entry.admin1_code, index):
        score += ADMIN1_NAMED
    if slot.division_cue and entry.kind in {"admin1", "admin2"}:
        score += DIVISION_CUE
    elif entry.kind in {"admin1", "admin2"} and _names_its_town(slot, entry):
        score += CAPITAL_NAMESAKE
    if slot.abbreviated and candidate.match.how == "abbreviation":
        score += WRITTEN_ABBREVIATION
    return score


def _names_its_town(slot: _Slot, division: Entry) -> bool:
    return any(c.entry.kind == "town" and c.entry.admin1_code == division.admin1_code for c in slot.candidates)


def _choose(slot: _Slot, slots: Sequence[_Slot] | None, index: int, focus: _Focus | None, context: _Context) -> None:
    qualifier = slots[slot.qualifier].choice if slots is not None and slot.qualifier is not None else None
    anchor = slots[slot.anchor[0]].choice if slots is not None and slot.anchor is not None else None
    focus_country = focus.country(slot) if focus is not None else None
    local = slots is not None and _local_namesake(slot, focus_country, slots, index, context.names)
    for candidate in slot.candidates:
        entry = candidate.entry
        candidate.score = candidate.base
        if qualifier is not None:
            candidate.score += QUALIFIER_INSIDE if inside(entry, qualifier.entry) else QUALIFIER_OUTSIDE
        if anchor is not None and anchor.entry.kind not in {"country", "continent"}:
            near = distance_km(entry.lat, entry.lon, anchor.entry.lat, anchor.entry.lon) <= slot.anchor[1]  # type: ignore[index]
            candidate.score += QUALIFIER_INSIDE if near else QUALIFIER_OUTSIDE
        if slots is not None and entry.kind not in {"country", "continent"}:
            candidate.score += PROXIMITY * _closeness(entry, slots, index)
            candidate.score += FOCUS if entry.country == focus_country else 0.0
        if local and focus is not None and _abroad(entry, focus.others(slot), focus_country, context, index):
            candidate.score -= ABROAD
    slot.choice = max(slot.candidates, key=lambda c: c.score, default=None)
    if slot.choice is not None and anchor is not None and anchor.entry.kind not in {"country", "continent"}:
        entry = slot.choice.entry
        far = max(ANCHOR_FAR_KM, 3 * slot.anchor[1])  # type: ignore[index]
        if distance_km(entry.lat, entry.lon, anchor.entry.lat, anchor.entry.lon) > far:
            # "Kamianka, north of Kupiansk": a village the gazetteer lacks, not a namesake 400 km away
            slot.choice = None
            slot.notes.append("no place of that name lies where the text puts it")


def _local_namesake(
    slot: _Slot, focus_country: str | None, slots: Sequence[_Slot], index: int, names: Sequence[str]
) -> bool:
    """The name is also the own name of a place among the text's other places, in the country most of
    them lie in: a town within LOCAL_KM of two of them, or the state or province two lie in (one
    alone may be a big city with small namesakes all around it)."""
    if focus_country is None:
        return False
    towns = [
        other.choice.entry
        for i, other in enumerate(slots)
        if other.choice is not None
        and other.choice.entry.kind == "town"
        and names[i] != names[index]  # a name repeated is no evidence for itself
    ]
    for candidate in slot.candidates:
        entry = candidate.entry
        if candidate.match.how != "name" or entry.country != focus_country:
            continue
        if entry.kind == "admin1" and sum(town.admin1_code == entry.admin1_code for town in towns) >= 2:
            return True
        if entry.kind == "town" and sum(_km(entry, town) <= LOCAL_KM for town in towns) >= 2:
            return True
    return False


def _abroad(entry: Entry, others: Counter[str], focus_country: str | None, context: _Context, index: int) -> bool:
    """In a country none of the text's other places lie in or name, while most lie in another."""
    if focus_country in {None, entry.country} or entry.kind == "continent":
        return False
    return not others[entry.country or ""] and not context.names_country(entry.country, index, other_names=True)


def _closeness(entry: Entry, slots: Sequence[_Slot], index: int) -> float:
    """1 beside another place the text names, falling off over ~150 km; 0 when alone."""
    own = exact_key(clean_name(slots[index].mention.text))
    nearest = math.inf
    for i, other in enumerate(slots):
        choice = other.choice
        if i == index or choice is None or choice.entry.kind in {"country", "continent"}:
            continue
        if exact_key(clean_name(other.mention.text)) == own:
            continue  # the same name again is no evidence for itself
        nearest = min(nearest, distance_km(entry.lat, entry.lon, choice.entry.lat, choice.entry.lon))
    return math.exp(-nearest / PROXIMITY_KM) if nearest < math.inf else 0.0


def _drop_strays(slots: Sequence[_Slot], context: _Context, focus: _Focus) -> None:
    for i, slot in enumerate(slots):
        choice = slot.choice
        town = slots[slot.quarter_of].choice if slot.quarter_of is not None else None
        if (
            choice is not None
            and town is not None
            and town.entry.kind == "town"
            and _km(choice.entry, town.entry) > QUARTER_KM
        ):
            # "the Ashrafiyeh neighbourhood of Afrin" is not Achrafieh in Beirut
            slot.choice = None
            slot.notes.append(f"a part of {town.entry.name}, but the only {slot.mention.text} known lies elsewhere")
            continue
        # a consonant skeleton is weak evidence: "Sidakan" is no Sud Jan 700 km from the text's other places
        if choice is not None and choice.match.how == "skeleton" and _far_from_the_rest(choice.entry, slots, i):
            slot.choice = None
            slot.notes.append("only a distant spelling matched, far from the text's other places")
            continue
        if (
            choice is not None
            and choice.match.how == "skeleton"
            and focus.country(slot) not in {None, choice.entry.country}
        ):
            # "a Turkish drone struck a car near Sinun, in Sinjar": the text's places are in Iraq, and
            # a Turkish village whose consonants match is a guess across the border, not a reading
            slot.choice = None
            slot.notes.append(
                f"only a distant spelling matched, in {choice.entry.country}, not where the text's places are"
            )
            continue
        if (
            choice is not None
            and choice.match.how == "loose"
            and focus.country(slot) not in {None, choice.entry.country}
            and _nearest_km(choice.entry, slots, i) >= LOOSE_ABROAD_KM
        ):
            # "struck the al-Salem area, east of Saada city" is not Jerusalem: a looser spelling in
            # another country, far from every other place of the text
            slot.choice = None
            slot.notes.append(f"only a looser spelling matched, in {choice.entry.country}, far from the text's places")
            continue
        if choice is None or choice.entry.kind != "town" or choice.entry.population >= STRAY_POPULATION:
            continue
        focus_country = focus.country(slot)
        if focus_country is None or choice.entry.country == focus_country:
            continue
        # near only to other strays ("Hodan" as Houdan, France, beside "Lido" as Lido, Italy, in a
        # story about Mogadishu) is no support
        backed = {focus_country} | {c for c in context.countries if c is not None}
        if context.names_country(choice.entry.country, i) or _nearest_km(choice.entry, slots, i, backed) < STRAY_KM:
            continue
        slot.choice = None
        slot.notes.append(f"only a small namesake in {choice.entry.country}, far from the text's other places")


def _km(a: Entry, b: Entry) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _far_from_the_rest(entry: Entry, slots: Sequence[_Slot], index: int) -> bool:
    return SKELETON_KM <= _nearest_km(entry, slots, index) < math.inf


def _nearest_km(entry: Entry, slots: Sequence[_Slot], index: int, countries: set[str] | None = None) -> float:
    """How far the nearest other chosen place lies (only those in ``countries``, when given)."""
    own = exact_key(clean_name(slots[index].mention.text))
    points = [
        (other.choice.entry.lat, other.choice.entry.lon)
        for i, other in enumerate(slots)
        if i != index
        and other.choice is not None
        and other.choice.entry.kind not in {"country", "continent"}
        and (countries is None or other.choice.entry.country in countries)
        and exact_key(clean_name(other.mention.text)) != own  # a name repeated is no evidence for itself
    ]
    return min((distance_km(entry.lat, entry.lon, lat, lon) for lat, lon in points), default=math.inf)


def inside(entry: Entry, area: Entry) -> bool:
    """Whether ``entry`` lies in ``area`` (a country, division or continent)."""
    if area.kind == "country":
        return entry.country == area.country and entry.gazetteer_id != area.gazetteer_id
    if area.kind == "admin1":
        return entry.admin1_code == area.admin1_code and entry.gazetteer_id != area.gazetteer_id
    if area.kind == "admin2":
        return entry.admin2_code == area.admin2_code and entry.gazetteer_id != area.gazetteer_id
    if area.box is not None:
        south, west, north, east = area.box
        return south <= entry.lat <= north and west <= entry.lon <= east
    return False


def _resolution(slot: _Slot, context: _Context, index: int) -> Resolution:
    choice = slot.choice
    if choice is None:
        reason = slot.notes[0] if slot.notes else "no place of that name in the gazetteer"
        return Resolution(slot.mention, None, 0.0, reason, candidates=slot.found)
    reason = _explain(slot, choice, context, index)
    return Resolution(slot.mention, choice.entry, round(choice.score, 3), reason, choice.match.how, slot.found)


def _explain(slot: _Slot, choice: _Candidate, context: _Context, index: int) -> str:
    parts = [f"{choice.match.how} match", f"{len(slot.candidates)} candidate(s)"]
    if choice.entry.kind != "country" and context.names_country(choice.entry.country, index):
        parts.append("country named in the text")
    if choice.entry.kind != "admin1" and context.names_admin1(choice.entry.admin1_code, index):
        parts.append("province named in the text")
    if slot.qualifier is not None:
        parts.append("qualified by the next name")
    return "; ".join(parts)


# --- geometry -----------------------------------------------------------------------------------------

EARTH_RADIUS_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def resolve_names(gazetteer: Gazetteer, text: str, mentions: Iterable[Mention]) -> list[Resolution]:
    return Resolver(gazetteer).resolve(text, list(mentions))
