"""What the dev-set builders share (stdlib only): the gold record helpers, the
ACLED types, and writing a set after its checks.

The builders (`build_dev_a.py`, `build_dev_c.py`, `build_dev_d.py`) hold the
articles and their gold; `build_dev_a.py` keeps its own document checks, the
later two share `check_article`.
"""
import datetime as dt
import json
import pathlib

TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Excessive force against protesters", "Protest with intervention", "Peaceful protest"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
        "Looting/property destruction", "Non-violent transfer of territory", "Other",
    },
}
STATUSES = {"occurred", "denied", "possible", "planned", "hypothetical"}


def R(lo, hi="same"):
    """A number range: R(3) -> 3..3, R(9, None) -> 9..open, R(5, 7) -> 5..7."""
    return {"min": lo, "max": lo if hi == "same" else hi}


def D(start, end=None):
    return {"start": start, "end": end or start}


def E(core, evidence, etype, sub, **kw):
    ev = {"core": core, "evidence": evidence, "event_type": etype, "sub_event_type": sub}
    ev.update(kw)
    ev.setdefault("status", "occurred")
    return ev


def write_gold(builder, docs, weekdays, prefix, check, strip_text=False):
    """Check the ids (prefix-01 ...) and every stated weekday, run ``check`` on each
    document, and write ``<prefix>.gold.jsonl`` beside ``builder`` (its __file__)."""
    ids = [d[0] for d in docs]
    assert ids == [f"{prefix.replace('_', '-')}-{i:02d}" for i in range(1, len(docs) + 1)], ids
    pubs = {d[0]: d[2] for d in docs}
    for did, phrase, date, weekday in weekdays:
        assert dt.date.fromisoformat(date).strftime("%A") == weekday, (did, phrase, date)
        assert dt.date.fromisoformat(date) <= dt.date.fromisoformat(pubs[did]), (did, phrase)
    out = pathlib.Path(builder).with_name(f"{prefix}.gold.jsonl")
    ncore = nother = 0
    with open(out, "w", encoding="utf-8") as f:
        for did, outlet, published, voice, theme, text, events in docs:
            words = check(did, text, published, events)
            core = sum(e["core"] for e in events)
            ncore += core
            nother += len(events) - core
            print(f"{did}  {words:3d} words  core {core:2d}  non-core {len(events) - core:2d}  {voice} | {theme}")
            body = text.rstrip("\n") if strip_text else text
            doc = {"id": did, "title": text.splitlines()[0], "outlet": outlet, "published": published, "text": body}
            f.write(json.dumps({"doc": doc, "events": events}, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents, {ncore} core and {nother} non-core events to {out.name}")


FIELDS = {"core", "evidence", "event_type", "sub_event_type", "actor1", "actor2", "location", "date", "killed",
          "injured", "casualties", "source", "status", "aggregate", "incident"}


def check_article(did, text, published, events):
    """The document checks of dev_c and dev_d: layout, 150-450 words, and each gold record's
    fields, values and ranges; returns the word count."""
    assert text == text.strip() + "\n" and "  " not in text and "\n\n\n" not in text, did
    title, blank = text.splitlines()[:2]
    assert title and not blank, (did, "headline, blank line, body")
    words = len(text.split())
    assert 150 <= len(text.split("\n", 2)[2].split()) and words <= 450, (did, words)
    pub = dt.date.fromisoformat(published)
    for e in events:
        where = (did, e["evidence"][:70])
        assert set(e) <= FIELDS, (where, set(e) - FIELDS)
        assert isinstance(e["core"], bool), where
        assert text.count(e["evidence"]) == 1, (where, "evidence must occur exactly once")
        assert e["sub_event_type"] in TYPES[e["event_type"]], (where, e["sub_event_type"])
        assert e["status"] in STATUSES, (where, e["status"])
        if e["status"] in ("planned", "hypothetical", "denied") or e.get("aggregate"):
            assert not e["core"], (where, "planned/hypothetical/denied/aggregate events are non-core here")
        for k in ("actor1", "actor2", "source"):
            if k in e:
                assert isinstance(e[k], list) and e[k] and all(isinstance(x, str) and len(x) >= 3 for x in e[k]), (where, k)
        assert e["source"], where
        for k in ("killed", "injured", "casualties"):
            if k in e:
                lo, hi = e[k]["min"], e[k]["max"]
                assert isinstance(lo, int) and lo >= 0 and (hi is None or hi >= lo), (where, k, e[k])
        if "date" in e:
            s, t = (dt.date.fromisoformat(e["date"][x]) for x in ("start", "end"))
            assert s <= t <= pub, (where, e["date"])
        if "location" in e:
            loc = e["location"]
            assert loc["names"], where
            if "lat" in loc:
                assert -90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180, where
    assert any(e["core"] for e in events), (did, "at least one core event")
    return words


def windowed_check(first_day, last_day, min_words=180):
    """check_article plus a word floor on the whole article and a publication window (ISO dates)."""

    def check(did, text, published, events):
        words = check_article(did, text, published, events)
        assert words >= min_words, (did, words)
        assert first_day <= published <= last_day, (did, published)
        return words

    return check


def L(names, lat=None, lon=None, cc=None):
    """A gold location: its names, and coordinates or a country when the text pins them."""
    loc = {"names": list(names)}
    if lat is not None:
        loc["lat"], loc["lon"] = lat, lon
    if cc:
        loc["country"] = cc
    return loc


# ACLED event types and the sub-types the builders use most.
EXP, BAT, VAC, PRO, RIOT, STR = ("Explosions/Remote violence", "Battles", "Violence against civilians",
                                 "Protests", "Riots", "Strategic developments")
AIR, SHELL, IED, SUICIDE, GRENADE = ("Air/drone strike", "Shelling/artillery/missile attack",
                                     "Remote explosive/landmine/IED", "Suicide bomb", "Grenade")
CLASH, NSAOVER, GOVREGAIN = "Armed clash", "Non-state actor overtakes territory", "Government regains territory"
ATTACK, ABDUCT = "Attack", "Abduction/forced disappearance"
ARRESTS, DISRUPT, BASE, AGREE, OTHER, LOOT, CHANGE, TRANSFER = (
    "Arrests", "Disrupted weapons use", "Headquarters or base established", "Agreement", "Other",
    "Looting/property destruction", "Change to group/activity", "Non-violent transfer of territory")
PEACEFUL, EXCESSIVE, INTERVENTION = "Peaceful protest", "Excessive force against protesters", "Protest with intervention"
VIOLENT, MOB = "Violent demonstration", "Mob violence"

# Generic sides, the same in every builder since dev_c.
UNK = ["unknown", "unidentified", "Unidentified Armed Group"]
CIV = ["civilians", "civilian"]
PROTESTERS = ["protesters", "demonstrators", "protestors", "crowd"]


def PROTEST_SIDES(force):
    """Protest met by a force: accept either order."""
    return {"actor1": PROTESTERS + force, "actor2": force + PROTESTERS}
