"""Locations: toponyms resolved to places, and each event's place.

1. **Toponyms.** The NLP stage's GPE, LOC and FAC entities (the entity rulers
   mark the curated sites and the region's towns with their gazetteer id)
   are resolved together by `sitrep.geo.resolve`, with the document's
   demonyms ("Syrian", NORP entities) as context. An unresolvable name is a
   toponym with no place and the reason; it does not disturb the others.
2. **The event's place.** Among the toponyms in an event's evidence, the one
   where it happened: not an origin ("fired from Iraq"), a comparison ("as in
   Mosul"), an attribute ("Iran-backed") or a speaker ("Turkey said"); the
   most specific place (site > town > district > province > country), nearer
   the trigger and after a locative word ("in", "near", "at") first. With no
   place in the evidence, where the last event of the same few paragraphs
   happened, else the nearest earlier place there, else the country most of
   the document's places lie in.
3. **Relative phrases** around that toponym ("15 km east of", "near", "the
   outskirts of", "the western countryside of", "northern") move the point
   and lower the precision (`sitrep.geo.relative`); "15 km from the Iraqi
   border" puts it on the border nearest the event's other places.

Countries get a representative point with precision 3, so events in "Syria"
still map.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from ..geo import relative
from ..geo.gazetteer import Entry, Gazetteer, gazetteer
from ..geo.mentions import missed_names
from ..geo.resolve import Mention, Resolution, Resolver, clean_name, distance_km
from ..model import Actor, Analysis, EventClaim, Place, Toponym
from ..settings import Settings
from ..syntax import in_a_neighbours_clause, modified_noun
from ..text import NUMERIC_DATE

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CONTEXT_LABELS = frozenset({"NORP"})  # demonyms: context for the others, never an event's place
# How specific a place is, by ACLED precision of the entry itself (a site's point beats a town's).
SPECIFICITY_BY_PRECISION = {1: 3.0, 2: 2.5, 3: 1.5}
SITE_BONUS = 1.0
COUNTRY_SPECIFICITY = 1.0
LOCATIVE_BONUS = 1.0
OTHER_EVENT_PENALTY = 2.5  # another event's trigger stands between the two
DISTANCE_PENALTY_PER_CHAR = 0.002
POSSESSIVE_PENALTY = 1.5
DATELINE_PENALTY = 2.0
DATELINE_CHARS = 60
CONTAINER_PENALTY = 2.0
_CONTAINER = re.compile(
    r",?\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+)?$", re.I
)

_DIRECTION_FROM = re.compile(  # "in Qurna, north of Basra", "near Dujail, some 30 km south of Samarra"
    r",\s+(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.I,
)

_LOCATIVE = re.compile(
    r"\b(?:in|at|near|on|outside|around|into|inside|across|over|towards?|targeting|struck|hit|shelled|"
    r"bombed|raided|stormed|entered|captured|seized|took|reached|of)\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,2}$",
    re.I,
)
_ORIGIN = re.compile(r"\bfrom\s+(?:inside\s+|within\s+|across\s+)?(?:the\s+)?$", re.I)
_COMPARISON = re.compile(
    r"\b(?:like|unlike|than|similar to|compared (?:to|with)|as in|reminiscent of|echoing)\s+(?:in\s+)?(?:the\s+)?$",
    re.I,
)
_ATTRIBUTE = re.compile(r"^-[a-z]")  # "Iran-backed", "Raqqa-based"
_SPEAKER = re.compile(
    r"^(?:'s\s+\w+\s+)?\s*(?:has\s+|have\s+|had\s+)?(?:said|says|claimed|claims|denied|denies|accused|accuses|blamed|"
    r"announced|warned|condemned|threatened|vowed|insisted|responded|retaliated)\b",
    re.I,
)
# Nouns a place name may qualify and still be the place: "the Darfur region", "the Bekaa valley".
PLACE_NOUNS = frozenset(
    """region area valley province governorate district desert mountain mountains range hills coast border
    countryside plain plains heights plateau island islands peninsula delta sea gulf bay strait straits channel
    lake basin corridor front frontier waters city town""".split()
)
# A country written before a noun is a modifier ("U.S. forces", "Iraq war"), not a place.
_PLACE_FOLLOWERS = re.compile(
    r"^(?:\s*$|\s*[,.;:)!?\u2014\u2013-]|'s|\u2019s|\s+(?:on|in|at|and|or|but|the|with|as|after|before|since|when|where|"
    r"which|that|during|last|this|early|late|overnight|earlier|today|yesterday|for|to|from|near|by|over|amid|while|"
    r"province|governorate|countryside|border)\b)",
    re.I,
)
# "the Russian reconciliation centre at Hmeimim said": where the speaker is, not the event.
_SPEAKER_CLAUSE = re.compile(r"^[^,.;:\n]{0,30}?\b(?:said|says|reported|reports|announced|told|stated|added)\b", re.I)
# "said in a weekly briefing in Ankara", "told reporters in Baghdad": where words were spoken, not the event.
_SPEECH_SETTING = re.compile(
    r"\b(?:briefing|statement|interview|press conference|news conference|speech|summit|(?:told|addressing) reporters|"
    r"(?:medical|hospital|security|police|military|local) sources?|(?:a|the) (?:doctor|nurse|spokesman|spokeswoman))"
    r"\s+(?:[\w-]+\s+){0,3}?(?:in|at|from)\s+(?:the\s+)?$",
    re.I,
)
# "a deal brokered by the United States and France": a state named as an agent acts; it is not the place.
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:and|or)\s+(?:the\s+)?)?$")
# "al-Karama square", "Baghdad Street": a square or street named after a place, not that place.
_STREET = re.compile(r"^\s+(?:square|street|st\.|road|avenue|roundabout)\b", re.I)
_CLOCK = re.compile(r"^\s+time\b", re.I)  # "9:15 p.m. (Sanaa time)": a time zone, not a place
_REASON = re.compile(
    r"\b(?:because|as a punishment for|in (?:retaliation|reprisal|revenge) for|in response to|in solidarity with)\b",
    re.I,
)
_SOURCES_IN = re.compile(
    r"\b(?:citing|medics|doctors|officials|sources?|correspondents?)\b[^.;,]{0,25}\b(?:in|at|from)\s+(?:the\s+)?$", re.I
)
# "they were taken to Baqubah General Hospital": where the wounded were treated, not where they were hit
_TAKEN_TO = re.compile(r"\b(?:taken|rushed|transferred|evacuated|brought|admitted)\s+to\s+(?:the\s+|a\s+)?$", re.I)
# "the official had directed attacks on Israel from Lebanon": the target of other acts, told as a noun.
_OTHER_ACTS_ON = re.compile(r"\b(?:attacks|strikes|raids|operations)\s+(?:on|against|into)\s+(?:the\s+)?$", re.I)
_IN_COUNTRY = re.compile(r"\b(?:in|across|inside|throughout)\s+(?:the\s+)?$", re.I)
_TERRITORY = re.compile(r"^\s+(?:territory|soil|airspace|waters|land|side of the border)\b", re.I)
CONTEXT_PARAGRAPHS = 3  # how far back an event with no place of its own looks for one
# "Syria's Idlib province": the country is a modifier; "Idlib's western countryside" is still Idlib (case matters).
_POSSESSIVE = re.compile(
    r"^(?:'s|\u2019s)\s+(?!(?:[a-z]+\s+)?(?:countryside|outskirts|suburbs|province|governorate)\b)"
)


@dataclass(frozen=True, slots=True)
class _Located:
    """A resolved toponym with its gazetteer entry (kept inside this stage)."""

    toponym: Toponym
    entry: Entry


class GeoStage:
    name: ClassVar[str] = "locations"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "entities", "events"})
    assigns: ClassVar[frozenset[str]] = frozenset({"toponyms", "events"})

    def __init__(self) -> None:
        self._gazetteer: Gazetteer | None = None

    def setup(self, settings: Settings) -> None:
        if self._gazetteer is None:
            self._gazetteer = gazetteer()

    def __call__(self, analysis: Analysis) -> Analysis:
        located, toponyms = self._toponyms(analysis)
        events: list[EventClaim] = []
        placed: list[tuple[EventClaim, _Located]] = []  # events placed by their own evidence, in reading order
        for event in sorted(analysis.events or (), key=lambda e: e.evidence.start):
            own = _best_in_evidence(event, located, analysis)
            recalled = _site_recalled(event, located, analysis)
            if recalled is not None and (own is None or _lies_within(recalled.entry, own.entry)):
                own = recalled
            if own is not None:
                placed.append((event, own))
            chosen = (
                own
                or _town_recalled(event, located, analysis)
                or _city_recalled(event, located, analysis)
                or _from_earlier(event, placed, located, analysis)
            )
            event = _locate(event, chosen, located, analysis, self._gaz)
            unknown = None if own is not None else _unknown_place_in_evidence(event, toponyms, analysis.document.text)
            events.append(replace(event, location=unknown) if unknown is not None else event)
        order = {e.event_id: i for i, e in enumerate(analysis.events or ())}
        return replace(analysis, toponyms=toponyms, events=tuple(sorted(events, key=lambda e: order[e.event_id])))

    @property
    def _gaz(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = gazetteer()
        return self._gazetteer

    def _toponyms(self, analysis: Analysis) -> tuple[list[_Located], tuple[Toponym, ...]]:
        entities = [e for e in analysis.entities or () if e.label in PLACE_LABELS | CONTEXT_LABELS]
        mentions: list[Mention] = []
        labels: list[str] = []
        for entity in entities:
            parts = _comma_parts(entity.start, entity.text) if entity.ref is None else []
            if entity.label == "FAC" and entity.ref is None:
                parts = parts or self._town_of_facility(entity.start, entity.text)
            for start, name in parts or [(entity.start, entity.text)]:
                mentions.append(Mention(start, start + len(name), name, _gazetteer_ref(entity.ref)))
                labels.append(entity.label)
        for start, end, name in missed_names(analysis.document.text, _taken(analysis)):
            mentions.append(Mention(start, end, name))
            labels.append(MISSED)
        resolutions = Resolver(self._gaz).resolve(analysis.document.text, mentions)
        countries = {
            r.entry.country for r, label in zip(resolutions, labels, strict=True) if r.entry and label in PLACE_LABELS
        }
        located, toponyms = [], []
        text = analysis.document.text
        for label, resolution in sorted(zip(labels, resolutions, strict=True), key=lambda pair: pair[1].mention.start):
            if label in CONTEXT_LABELS and not _TERRITORY.match(text[resolution.mention.end :]):
                continue  # "Syrian" is context; "Syrian territory" is a place
            if label == MISSED and not _plausible(resolution, countries):
                continue
            toponym = _toponym(resolution)
            toponyms.append(toponym)
            entry = resolution.entry
            if entry is not None and not (
                entry.kind == "site" and entry.box is not None and _qualifies(toponym, analysis)
            ):
                located.append(_Located(toponym, entry))
        return located, tuple(toponyms)

    def _town_of_facility(self, start: int, text: str) -> list[tuple[int, str]]:
        """'the Hermel Serail', 'Kirkuk Central Prison': a building no gazetteer holds, named after the
        town it stands in, is placed by that town (offset and name of the town's words)."""
        words = list(re.finditer(r"\S+", text))
        if words and words[0].group().lower() == "the":
            words = words[1:]
        if len(words) < 2 or words[-1].group().lower() not in TOWN_BUILDINGS or self._exact_places(text):
            return []
        for size in range(len(words) - 1, 0, -1):
            name = text[words[0].start() : words[size - 1].end()]
            if name[:1].isupper() and self._exact_places(name):
                return [(start + words[0].start(), name)]
        return []

    def _exact_places(self, name: str) -> list[Entry]:
        return [
            m.entry
            for m in self._gaz.candidates(name, skeleton=False)
            if m.how in {"name", "alternate", "abbreviation"} and m.entry.kind in {"town", "admin1", "admin2", "site"}
        ]


MISSED = "missed"  # a name the recogniser missed (`sitrep.geo.mentions`)
# Buildings usually named after the town they stand in (not gates, roads or squares: "the Damascus Gate"
# is in Jerusalem).
TOWN_BUILDINGS = frozenset(
    """serail prison jail station refinery hospital court courthouse barracks airport stadium university
    municipality""".split()
)


def _qualifies(toponym: Toponym, analysis: Analysis) -> bool:
    """A region or sea named to qualify a noun ("former Darfur rebel groups", "the Kurdistan
    parliament") is no place of the text's events."""
    head = modified_noun(toponym.start, toponym.end, analysis)
    return head is not None and head.lemma.lower() not in PLACE_NOUNS


def _comma_parts(start: int, text: str) -> list[tuple[int, str]]:
    """'Tibu, Colombia', 'Bijapur district, Chhattisgarh': one span the recogniser made of a place
    and the area that qualifies it, as two names (offset, text), so the second can qualify the first."""
    parts = [(start + m.start(), m.group()) for m in re.finditer(r"[^,]+", text)]
    parts = [(at + len(name) - len(name.lstrip()), name.strip()) for at, name in parts]
    return parts if len(parts) > 1 and all(name[:1].isupper() for _, name in parts) else []


# Entities that are certainly not place names the recogniser missed.
_NOT_PLACES = frozenset(
    {"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT", "WEAPON", "MIL_PLATFORM"}
)


def _taken(analysis: Analysis) -> list[tuple[int, int]]:
    return [
        (e.start, e.end)
        for e in analysis.entities or ()
        if e.label in PLACE_LABELS | CONTEXT_LABELS | _NOT_PLACES or e.ref is not None
    ]


def _plausible(resolution: Resolution, countries: set[str | None]) -> bool:
    """A missed name is kept when it is a town, site or division of a country the text's places lie in,
    matched by its spelling or a transliteration of it (a consonant skeleton alone is too weak:
    "the Druze town" is no Dārat ‘Izzah)."""
    entry = resolution.entry
    return (
        entry is not None
        and resolution.how != "skeleton"
        and entry.kind in {"town", "site", "admin1", "admin2"}
        and entry.country in countries
    )


def _gazetteer_ref(ref: str | None) -> str | None:
    return ref if ref and ref.startswith(("site:", "place:", "geonames:")) else None


def _toponym(resolution: Resolution) -> Toponym:
    mention, entry = resolution.mention, resolution.entry
    place = relative.place(entry, mention.text) if entry is not None else None
    return Toponym(mention.start, mention.end, mention.text, place, resolution.score, resolution.reason)


# --- the event's place ------------------------------------------------------------------------------


def _from_earlier(
    event: EventClaim, placed: Sequence[tuple[EventClaim, _Located]], located: Sequence[_Located], analysis: Analysis
) -> _Located | None:
    """An event with no place of its own: where the last event before it in the same few paragraphs
    happened ("A drone struck the base. Two soldiers were wounded."), else the nearest earlier place."""
    paragraph = _paragraph_of(analysis, event.evidence.start)
    own_dateline = _round_up_dateline(paragraph, located, analysis)
    if own_dateline is not None:
        return own_dateline
    starts = [(_paragraph_of(analysis, earlier.evidence.start), where) for earlier, where in reversed(placed)]
    label = _item_label(paragraph, located, analysis)
    if label is not None:  # the item's own events first, then its label
        return next((where for start, where in starts if start == paragraph), label)
    for start, where in starts:
        if paragraph is not None and start is not None and paragraph - CONTEXT_PARAGRAPHS <= start <= paragraph:
            return where
    return _from_context(event, located, analysis)


# "the camp", "the base": a definite site noun recalls the last site of that kind the article named
_SITE_NOUN = re.compile(r"\bthe (camp|base|dam|airport|prison|port|crossing)\b", re.I)


def _site_recalled(event: EventClaim, located: Sequence[_Located], analysis: Analysis) -> _Located | None:
    """'gunmen opened fire on a guard post at the camp': the camp told before (al-Hol camp), not
    the province or country the sentence may also name."""
    text = analysis.document.text
    match = _SITE_NOUN.search(text, event.evidence.start, event.evidence.end)
    paragraph = _paragraph_of(analysis, event.evidence.start)
    if match is None or paragraph is None:
        return None
    noun = match.group(1).lower()
    sites = [
        item
        for item in located
        if item.entry.kind == "site"
        and noun in item.entry.feature
        and item.toponym.start < match.start()
        and paragraph - CONTEXT_PARAGRAPHS <= (_paragraph_of(analysis, item.toponym.start) or 0)
    ]
    return max(sites, key=lambda item: item.toponym.start) if sites else None


def _town_recalled(event: EventClaim, located: Sequence[_Located], analysis: Analysis) -> _Located | None:
    """'Rask has been attacked before. In December, fighters stormed a police station in the town':
    the town is the last one named before it in its sentence or the one before, unless named only
    to say where another place lies ('Deir Hafer, east of Aleppo')."""
    text, sentences = analysis.document.text, analysis.sentences or ()
    match = _TOWN_NOUN.search(text, event.evidence.start, event.evidence.end)
    here = next((i for i, s in enumerate(sentences) if s.start <= event.evidence.start < s.end), None)
    if match is None or here is None:
        return None
    floor = sentences[max(0, here - 1)].start
    towns = [
        item
        for item in located
        if item.entry.kind == "town"
        and floor <= item.toponym.start < match.start()
        and not _DIRECTION_FROM.search(text[max(0, item.toponym.start - 40) : item.toponym.start])
    ]
    return max(towns, key=lambda item: item.toponym.start) if towns else None


def _city_recalled(event: EventClaim, located: Sequence[_Located], analysis: Analysis) -> _Located | None:
    """'marched to the state government headquarters to demand protection for the city': the last
    city named before it, not a village named in between ('the town of Kazgil, south of El Obeid')."""
    text = analysis.document.text
    match = _THE_CITY.search(text, event.evidence.start, event.evidence.end)
    if match is None:
        return None
    cities = [
        item
        for item in located
        if item.entry.kind == "town" and item.entry.population >= CITY_POPULATION and item.toponym.start < match.start()
    ]
    return max(cities, key=lambda item: item.toponym.start) if cities else None


_THE_CITY = re.compile(r"\bthe city\b(?! of)", re.I)
CITY_POPULATION = 30_000  # what a story calls "the city" without its name (curated villages count 10,000)


_TOWN_NOUN = re.compile(r"\b(?:in|near|at|outside|around|into) the (?:town|city|village)\b(?! of)", re.I)
SITE_WITHIN_KM = 50.0  # a site this near a town the sentence names is a finer point of the same place


def _lies_within(site: Entry, place: Entry) -> bool:
    """'at the camp's southern fence in Hasakah province': the camp is where, Hasakah says around where."""
    if place.kind in {"country", "admin1", "admin2", "continent"}:
        return place.country in {None, site.country}
    return distance_km(site.lat, site.lon, place.lat, place.lon) <= SITE_WITHIN_KM


def _round_up_dateline(paragraph: int | None, located: Sequence[_Located], analysis: Analysis) -> _Located | None:
    """In a round-up whose items each open with a dateline ("IRBID - ...", "MAFRAQ - ..."), an
    item's events happened at its own dateline, not at the last item's place."""
    text = analysis.document.text
    datelines = [item for item in located if _is_dateline(item.toponym, text)]
    if paragraph is None or len({_paragraph_of(analysis, item.toponym.start) for item in datelines}) < 2:
        return None
    return next((item for item in datelines if _paragraph_of(analysis, item.toponym.start) == paragraph), None)


def _locate(
    event: EventClaim, chosen: _Located | None, located: Sequence[_Located], analysis: Analysis, gaz: Gazetteer
) -> EventClaim:
    text = analysis.document.text
    place = _place(chosen, event, text) if chosen is not None else None
    place = _on_border(event, place, located, text, gaz) or place
    if place is None:
        place = _document_country(located, gaz)
    if place is None:
        return _with_country_context(event, None)
    return _with_country_context(replace(event, location=place), place.country)


# "near the village of Chai", "in Akum Mbah": a name in the place's own slot of the sentence.
_PLACE_NOUN_OF = (
    r"(?:village|town|city|area|district|outskirts|neighbourhood|neighborhood|camp|locality|commune)\s+of\s+"
)
_PLACE_SLOT = re.compile(
    rf"\b(?:(?:in|at|near|outside|around)\s+(?:the\s+)?(?:{_PLACE_NOUN_OF})?|{_PLACE_NOUN_OF})$",
    re.I,
)


_ARTICLE_NAME = re.compile(r"^[a-z]{1,3}-[A-Z]")  # "al-Sour", "ad-Dour"


def _unknown_place_in_evidence(event: EventClaim, toponyms: Sequence[Toponym], text: str) -> Place | None:
    """An event whose own sentence names its place in a locative slot, a place no gazetteer holds
    ("clashed near the village of Chai"), happened there and not at a place told elsewhere: it keeps
    that name, with the point of the place it was otherwise given at precision 3 (as ACLED codes a
    village it cannot find by the area around it), or no point at all."""
    start, end = event.evidence.start, event.evidence.end
    for toponym in toponyms:
        if toponym.place is not None or not start <= toponym.start < toponym.end <= end:
            continue
        if not (toponym.text[:1].isupper() or _ARTICLE_NAME.match(toponym.text)) or _is_dateline(toponym, text):
            continue
        low = max(start, toponym.start - 40)
        if _SPEECH_SETTING.search(text[max(start, toponym.start - 60) : toponym.start]):
            continue  # "a medical source at Kirkuk General Hospital told": where it was told
        slot = _PLACE_SLOT.search(text[low : toponym.start])
        if slot is not None:
            around = event.location or Place(text="", name="", gazetteer_id=None, lat=None, lon=None, country=None)
            return replace(
                around,
                text=text[low + slot.start() : toponym.end],
                name=toponym.text,
                gazetteer_id=None,
                feature=None,
                precision=3,
            )
    return None


def _best_in_evidence(event: EventClaim, located: Sequence[_Located], analysis: Analysis) -> _Located | None:
    start, end, text = event.evidence.start, event.evidence.end, analysis.document.text
    inside = [
        item
        for item in located
        if start <= item.toponym.start and item.toponym.end <= end and not _is_dateline(item.toponym, text)
    ]
    others = analysis.events or ()
    scored = [(score, item) for item in inside if (score := _event_score(item, event, text, others)) is not None]
    ends = {item.toponym.end: item for _, item in scored}
    scored = [
        (
            score
            - CONTAINER_PENALTY * _contains_the_one_before(item, ends, text)
            - OTHER_EVENT_PENALTY * in_a_neighbours_clause(item.toponym.start, event, analysis),
            item,
        )
        for score, item in scored
    ]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _contains_the_one_before(item: _Located, ends: dict[int, _Located], text: str) -> bool:
    """'the town of Jasim, in the Daraa countryside', 'in Qurna, north of Basra': Daraa and Basra say
    where Jasim and Qurna are; Jasim and Qurna where it happened."""
    window = max(0, item.toponym.start - 20)
    match = _CONTAINER.search(text[window : item.toponym.start])
    if match is not None and window + match.start() in ends:
        return True
    window = max(0, item.toponym.start - 40)
    match = _DIRECTION_FROM.search(text[window : item.toponym.start])
    # not "in the Badia, about 20 km south-west of al-Mayadin": the bearing is the more precise
    described = ends.get(window + match.start()) if match is not None else None
    return described is not None and relative.base_precision(described.entry) < 3


def _event_score(item: _Located, event: EventClaim, text: str, others: Sequence[EventClaim] = ()) -> float | None:
    """How likely the toponym is where the event happened; None when it cannot be."""
    toponym, floor = item.toponym, event.evidence.start
    before = text[max(floor, toponym.start - 60) : toponym.start]
    after = text[toponym.end : toponym.end + 40]
    reading = relative.find(text, toponym.start, toponym.end, floor)
    # "fired from Iraq" is where the attackers were; "marched from the Sinjar market" is where the march was
    origin = _ORIGIN.search(before) and event.event_type != "Protests"
    if reading is None and (origin or _COMPARISON.search(before)):
        return None
    if _ATTRIBUTE.match(after) or (
        _stands_for_a_state(item.entry) and (_SPEAKER.match(after) or _BY_AGENT.search(before))
    ):
        return None
    if _SPEAKER_CLAUSE.match(after) or _SPEECH_SETTING.search(before) or _STREET.match(after) or _CLOCK.match(after):
        return None
    if event.trigger.end <= toponym.start and _REASON.search(text[event.trigger.end : toponym.start]):
        return None  # "targeted the vessel because its ships call at the ports of Palestine": why, not where
    if _SOURCES_IN.search(before) or _TAKEN_TO.search(before):
        return None  # "citing relatives and medics in Palmyra": where the tellers are
    if _quoted_apart(toponym, event, text):
        return None  # "calling the reports 'lies fabricated in London'"
    other_acts = _OTHER_ACTS_ON.search(before)
    if other_acts and not event.trigger.start <= toponym.start - len(before) + other_acts.start() < event.trigger.end:
        return None
    if (
        item.entry.kind == "country"
        and reading is None
        and not (_PLACE_FOLLOWERS.match(after) or _IN_COUNTRY.search(before))
    ):
        return None
    score = _specificity(item.entry)
    if reading is not None or _LOCATIVE.search(before):
        score += LOCATIVE_BONUS
    if _POSSESSIVE.match(after):
        score -= POSSESSIVE_PENALTY
    if _is_dateline(toponym, text):
        score -= DATELINE_PENALTY
    return (
        score
        - DISTANCE_PENALTY_PER_CHAR * abs(toponym.start - event.trigger.start)
        - _across_events(event, toponym, others)
    )


def _quoted_apart(toponym: Toponym, event: EventClaim, text: str) -> bool:
    """The place is inside a quotation and the event's trigger is not in that quotation."""
    for match in _QUOTATION.finditer(text, event.evidence.start, event.evidence.end):
        if match.start() < toponym.start and toponym.end < match.end():
            return not match.start() < event.trigger.start < match.end()
    return False


_QUOTATION = re.compile(r"[\u201c\"][^\u201c\u201d\"]{1,300}[\u201d\"]")


def _across_events(event: EventClaim, toponym: Toponym, others: Sequence[EventClaim]) -> float:
    """A penalty when another event's trigger lies between this event's trigger and the toponym."""
    low, high = sorted((event.trigger.end, toponym.start))
    between = any(
        low <= other.trigger.start < high and other.event_id != event.event_id and other.trigger != event.trigger
        for other in others
    )
    return OTHER_EVENT_PENALTY if between else 0.0


def _stands_for_a_state(entry: Entry) -> bool:
    """Countries and capitals speak and act ("Ankara blamed", "Turkey said")."""
    return entry.kind == "country" or entry.capital


def _specificity(entry: Entry) -> float:
    if entry.kind in {"country", "continent"}:
        return COUNTRY_SPECIFICITY
    bonus = SITE_BONUS if entry.kind == "site" and entry.box is None else 0.0
    return SPECIFICITY_BY_PRECISION[relative.base_precision(entry)] + bonus


def _item_label(paragraph: int | None, located: Sequence[_Located], analysis: Analysis) -> _Located | None:
    """A bulletin item headed by its place ("Qardaha: Gunmen fired at the house of a local notable
    overnight.", "Saravan (Sat): ...") or by its date and place ("07/09/2024 - Dhiban. Around 200
    residents protested") happened there."""
    text = analysis.document.text
    for item in located:
        start = item.toponym.start
        line = text[text.rfind("\n", 0, start) + 1 : start]
        after = text[item.toponym.end :]
        if (
            _paragraph_of(analysis, start) == paragraph
            and ((not line and _LABEL_END.match(after)) or (_ITEM_DATE.fullmatch(line) and _HEADER_END.match(after)))
            and not item.toponym.reason.startswith("loose")  # "Gulf:" is no Golf in Illinois
        ):
            return item
    return None


_LABEL_END = re.compile(
    r"(?:\s+(?:city|town|countryside|province|governorate|district|camp))?(?:\s+\([^()\n]{1,20}\))?:\s", re.I
)
_ITEM_DATE = re.compile(rf"(?:[A-Z][a-z]+ of )?{NUMERIC_DATE}\s+[-–—]\s+")
_HEADER_END = re.compile(r"(?:\s+\([^()\n]{1,40}\))?\.\s")


def _is_dateline(toponym: Toponym, text: str) -> bool:
    line_start = text.rfind("\n", 0, toponym.start) + 1
    return toponym.start - line_start < DATELINE_CHARS and toponym.text.isupper() and len(toponym.text) > 2


def _from_context(event: EventClaim, located: Sequence[_Located], analysis: Analysis) -> _Located | None:
    """The nearest earlier specific place of the event's paragraph or the few before it."""
    paragraph = _paragraph_of(analysis, event.evidence.start)
    if paragraph is None:
        return None
    text = analysis.document.text

    def usable(item: _Located, low: int, high: int) -> bool:
        return (
            low <= (_paragraph_of(analysis, item.toponym.start) or 0) <= high
            and item.entry.kind not in {"country", "continent"}
            and item.entry.country is not None  # a sea or a region across borders places no event it is not told in
            and not _is_dateline(item.toponym, text)  # where the story was filed, not where it happened
            and _event_score(item, replace(event, evidence=analysis.span(0, len(text))), text) is not None
        )

    earlier = [
        item
        for item in located
        if item.toponym.end <= event.evidence.start and usable(item, paragraph - CONTEXT_PARAGRAPHS, paragraph)
    ]
    if earlier:
        return max(earlier, key=lambda item: item.toponym.start)
    # a lead that names no place: the next sentences usually do ("... along the border north-east of Mafraq")
    later = [
        item for item in located if item.toponym.start >= event.evidence.end and usable(item, paragraph, paragraph + 1)
    ]
    if later:
        return min(later, key=lambda item: item.toponym.start)
    # nothing else: the dateline's city is often where it happened ("BAGHDAD — A car bomb ...")
    dateline = [item for item in located if _is_dateline(item.toponym, text) and item.toponym.end <= event.evidence.end]
    return dateline[-1] if dateline else None


def _paragraph_of(analysis: Analysis, offset: int) -> int | None:
    sentence = analysis.sentence_at(offset)
    return sentence.paragraph if sentence is not None else None


def _place(item: _Located, event: EventClaim, text: str) -> Place:
    toponym = item.toponym
    floor = event.evidence.start if event.evidence.start <= toponym.start else 0
    reading = relative.find(text, toponym.start, toponym.end, floor)
    if reading is None:
        return relative.place(item.entry, toponym.text)
    phrase = text[reading.start : max(reading.end, toponym.end)]
    return relative.place(item.entry, phrase, reading)


def _on_border(
    event: EventClaim, place: Place | None, located: Sequence[_Located], text: str, gaz: Gazetteer
) -> Place | None:
    """ "15 km from the Iraqi border": a point on that border, on the side of the event's other places."""
    phrase = relative.find_border(text, event.evidence.start, event.evidence.end)
    if phrase is None or (place is not None and place.precision == 1 and place.feature != "country"):
        return None
    neighbour = _country_named(gaz, phrase.neighbour)
    own = _own_country(place, located, neighbour)
    if neighbour is None or own is None:
        return None
    anchor = (place.lat, place.lon) if place is not None and place.lat is not None and place.lon is not None else None
    own_entry = gaz.country(own)
    if anchor is None and own_entry is not None:
        anchor = (own_entry.lat, own_entry.lon)
    point = relative.border_point(gaz.outline(own), gaz.outline(neighbour), anchor, phrase.km) if anchor else None
    if point is None or own_entry is None:
        return None
    precise = place is not None and place.feature not in {"country", None} and phrase.km is not None
    return Place(
        text=text[phrase.start : phrase.end],
        name=place.name if place is not None else own_entry.name,
        gazetteer_id=place.gazetteer_id if place is not None else own_entry.gazetteer_id,
        lat=round(point[0], 5),
        lon=round(point[1], 5),
        country=own,
        admin1=place.admin1 if place is not None else None,
        feature="border area",
        precision=2 if precise else 3,
    )


def _country_named(gaz: Gazetteer, words: str) -> str | None:
    for match in gaz.candidates(clean_name(words), skeleton=False):
        if match.entry.kind == "country" and match.how in {"name", "alternate", "demonym"}:
            return match.entry.country
    return None


def _own_country(place: Place | None, located: Sequence[_Located], neighbour: str | None) -> str | None:
    if place is not None and place.country and place.country != neighbour:
        return place.country
    counts = Counter(item.entry.country for item in located if item.entry.country and item.entry.country != neighbour)
    return counts.most_common(1)[0][0] if counts else None


def _document_country(located: Sequence[_Located], gaz: Gazetteer) -> Place | None:
    """The country most of the document's places lie in, at precision 3."""
    counts = Counter(item.entry.country for item in located if item.entry.country)
    if not counts:
        return None
    iso = counts.most_common(1)[0][0]
    named = next((i for i in located if i.entry.kind == "country" and i.entry.country == iso), None)
    if named is not None:
        return relative.place(named.entry, named.toponym.text)
    entry = gaz.country(iso)
    return relative.place(entry, entry.name) if entry is not None else None


def _with_country_context(event: EventClaim, country: str | None) -> EventClaim:
    """State forces abroad are external forces (kind 8); context fills generic actors' country."""
    return replace(event, actor1=_in_context(event.actor1, country), actor2=_in_context(event.actor2, country))


def _in_context(actor: Actor | None, country: str | None) -> Actor | None:
    if actor is None or country is None:
        return actor
    if actor.country is None:
        return replace(actor, country=country)
    if actor.kind == 1 and actor.country != country:
        return replace(actor, kind=8)
    return actor
