"""Integrity checks for the curated actor-layer data files.

The four files live in src/sitrep/data: actors.yaml, countries.yaml,
descriptions.yaml and weapons.yaml. These tests only read them; they do not
import sitrep, so they run before any of the code that uses the data exists.
"""

from __future__ import annotations

import collections
import functools
import pathlib
import re
import time
import unicodedata

import pytest
import yaml

DATA = pathlib.Path(__file__).parents[1] / "src/sitrep/data"

ACTOR_TYPES = {
    "state_forces",
    "police",
    "intelligence",
    "government",
    "rebel",
    "political_militia",
    "identity_militia",
    "jihadist",
    "coalition",
    "pmc",
    "civilians",
    "protesters",
    "rioters",
    "media",
    "ngo",
    "international",
    "unidentified",
}
AFFILIATIONS = {
    "Iran-aligned",
    "US-backed",
    "Turkish-backed",
    "Russian-backed",
    "pro-government",
    "opposition",
    "Kurdish",
    "jihadist",
    "Palestinian",
    "Houthi-aligned",
    "Israeli",
    "Gulf-backed",
}
ACTOR_KEYS = {
    "id",
    "name",
    "kind",
    "country",
    "type",
    "aliases",
    "cased_aliases",
    "ambiguous_aliases",
    "loaded_aliases",
    "parent",
    "affiliation",
    "notes",
    "speaks_for",
}
REQUIRED_ACTOR_KEYS = {"id", "name", "kind", "country", "type", "aliases", "parent", "affiliation"}
# lists whose entries resolve to exactly one actor
UNIQUE_ALIAS_FIELDS = ("aliases", "loaded_aliases", "cased_aliases")
WEAPON_FAMILIES = {
    "air",
    "indirect_fire",
    "explosive",
    "direct_fire",
    "air_defence",
    "naval",
    "armour",
    "chemical",
    "crowd_control",
    "melee",
}
ACLED_SUB_EVENTS = {
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Sexual violence",
    "Attack",
    "Abduction/forced disappearance",
    "Excessive force against protesters",
    "Protest with intervention",
    "Peaceful protest",
    "Violent demonstration",
    "Mob violence",
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")


def norm(text: str) -> str:
    """The matcher's view of a surface form: NFC, casefolded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _load(name: str):
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.CSafeLoader)


@functools.cache
def actors() -> list[dict]:
    return _load("actors.yaml")


@functools.cache
def countries() -> list[dict]:
    return _load("countries.yaml")


@functools.cache
def descriptions() -> list[dict]:
    return _load("descriptions.yaml")


@functools.cache
def weapons() -> list[dict]:
    return _load("weapons.yaml")


def actor_by_id() -> dict[str, dict]:
    return {a["id"]: a for a in actors()}


def all_aliases(actor: dict, fields=(*UNIQUE_ALIAS_FIELDS, "ambiguous_aliases")):
    for field in fields:
        for alias in actor.get(field) or []:
            yield field, alias


# --------------------------------------------------------------------------
# file headers
# --------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["actors.yaml", "countries.yaml", "descriptions.yaml", "weapons.yaml"])
def test_files_start_with_documented_header(name):
    text = (DATA / name).read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    assert len(header) >= 5, f"{name} must start with a comment header"
    joined = " ".join(header).lower()
    assert "format" in joined
    assert "public-domain" in joined and "sitrep authors" in joined


# --------------------------------------------------------------------------
# actors.yaml
# --------------------------------------------------------------------------
def test_actors_file_is_a_list_of_mappings():
    assert isinstance(actors(), list)
    for a in actors():
        assert isinstance(a, dict), a
        missing = REQUIRED_ACTOR_KEYS - a.keys()
        assert not missing, (a.get("id"), missing)
        unknown = a.keys() - ACTOR_KEYS
        assert not unknown, (a["id"], unknown)


def test_actor_ids_unique_and_well_formed():
    ids = [a["id"] for a in actors()]
    bad = [i for i in ids if not isinstance(i, str) or not ID_RE.match(i)]
    assert not bad, bad
    dups = [i for i, n in collections.Counter(ids).items() if n > 1]
    assert not dups, dups


def test_actor_names_unique_and_without_year_ranges():
    names = [a["name"] for a in actors()]
    assert all(isinstance(n, str) and n.strip() == n and n for n in names)
    dups = [n for n, c in collections.Counter(names).items() if c > 1]
    assert not dups, dups
    with_years = [n for n in names if re.search(r"\b(19|20)\d\d\s*-", n)]
    assert not with_years, with_years


def test_at_least_300_actors():
    assert len(actors()) >= 300


def test_actor_kinds_are_acled_inter_codes():
    bad = [(a["id"], a["kind"]) for a in actors() if type(a["kind"]) is not int or not 1 <= a["kind"] <= 8]
    assert not bad, bad


def test_state_forces_are_kind_1():
    bad = [a["id"] for a in actors() if a["type"] == "state_forces" and a["kind"] != 1]
    assert not bad, bad


def test_actor_countries_exist_in_countries_yaml():
    isos = {c["iso2"] for c in countries()}
    bad = [(a["id"], a["country"]) for a in actors() if a["country"] is not None and a["country"] not in isos]
    assert not bad, bad


def test_outlets_speak_for_a_country_or_a_known_actor():
    isos, by_id = {c["iso2"] for c in countries()}, actor_by_id()
    spokes = [(a["id"], a["speaks_for"]) for a in actors() if "speaks_for" in a]
    assert spokes
    bad = [(i, side) for i, side in spokes if side not in isos and side not in by_id]
    assert not bad, bad
    not_media = [i for i, _side in spokes if by_id[i]["type"] != "media"]
    assert not not_media, not_media


def test_actor_parents_exist_and_form_no_cycle():
    by_id = actor_by_id()
    bad = [(a["id"], a["parent"]) for a in actors() if a["parent"] is not None and a["parent"] not in by_id]
    assert not bad, bad
    for a in actors():
        seen = {a["id"]}
        cur = a["parent"]
        while cur is not None:
            assert cur not in seen, f"parent cycle through {a['id']}"
            seen.add(cur)
            cur = by_id[cur]["parent"]


def test_actor_types_allowed():
    bad = [(a["id"], a["type"]) for a in actors() if a["type"] not in ACTOR_TYPES]
    assert not bad, bad


def test_actor_affiliations_allowed():
    bad = [
        (a["id"], a["affiliation"])
        for a in actors()
        if not isinstance(a["affiliation"], list) or any(t not in AFFILIATIONS for t in a["affiliation"])
    ]
    assert not bad, bad


def test_alias_lists_are_lists_of_clean_strings():
    for a in actors():
        assert isinstance(a["aliases"], list) and a["aliases"], a["id"]
        for field, alias in all_aliases(a):
            assert isinstance(alias, str), (a["id"], field, alias)
            assert alias == alias.strip() and alias, (a["id"], field, alias)
            assert "  " not in alias, (a["id"], field, alias)


def test_no_alias_maps_to_two_actors():
    owners = collections.defaultdict(set)
    for a in actors():
        for _field, alias in all_aliases(a, UNIQUE_ALIAS_FIELDS):
            owners[norm(alias)].add(a["id"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_no_alias_repeated_within_an_actor():
    bad = []
    for a in actors():
        counts = collections.Counter(x if field == "cased_aliases" else norm(x) for field, x in all_aliases(a))
        bad += [(a["id"], k) for k, n in counts.items() if n > 1]
    assert not bad, bad


def test_ambiguous_aliases_are_shared_and_never_plain():
    plain = set()
    for a in actors():
        plain |= {norm(x) for _, x in all_aliases(a, UNIQUE_ALIAS_FIELDS)}
    holders = collections.defaultdict(set)
    for a in actors():
        for alias in a.get("ambiguous_aliases") or []:
            holders[norm(alias)].add(a["id"])
    lonely = {k: sorted(v) for k, v in holders.items() if len(v) < 2}
    assert not lonely, lonely
    also_plain = sorted(k for k in holders if k in plain)
    assert not also_plain, also_plain


def test_no_alias_is_a_bare_demonym_or_country_name():
    bare = set()
    for c in countries():
        bare |= {norm(d) for d in c["demonyms"]}
        bare |= {norm(n) for n in c["names"]}
    bad = [(a["id"], x) for a in actors() for _, x in all_aliases(a) if norm(x) in bare]
    assert not bad, bad


def test_cased_aliases_are_short_forms():
    for a in actors():
        for alias in a.get("cased_aliases") or []:
            assert len(alias) <= 5 and " " not in alias, (a["id"], alias)


def test_key_actors_resolve():
    owners = {}
    for a in actors():
        for _, x in all_aliases(a, ("aliases", "cased_aliases")):
            owners[norm(x)] = a["id"]
    expected = {
        "isis": "islamic-state",
        "isil": "islamic-state",
        "daesh": "islamic-state",
        "is": "islamic-state",
        "hezbollah": "hezbollah",
        "hizballah": "hezbollah",
        "kh": "kataib-hezbollah",
        "kata'ib hizballah": "kataib-hezbollah",
        "hts": "hts",
        "hay'at tahrir al-sham": "hts",
        "ansarallah": "houthis",
        "houthi rebels": "houthis",
        "sdf": "sdf",
        "ypg": "ypg",
        "pkk": "pkk",
        "idf": "israel-forces",
        "u.s. forces": "us-forces",
        "pentagon": "us-forces",
        "sohr": "sohr",
        "gunmen": "unidentified-armed-group",
        "civilians": "civilians",
    }
    wrong = {k: owners.get(k) for k, v in expected.items() if owners.get(k) != v}
    assert not wrong, wrong


# --------------------------------------------------------------------------
# countries.yaml
# --------------------------------------------------------------------------
def test_countries_iso2_unique_and_valid():
    codes = [c["iso2"] for c in countries()]
    bad = [c for c in codes if not isinstance(c, str) or not ISO2_RE.match(c)]
    assert not bad, bad
    dups = [c for c, n in collections.Counter(codes).items() if n > 1]
    assert not dups, dups


def test_countries_cover_un_members_plus_three():
    codes = {c["iso2"] for c in countries()}
    assert len(codes) == 196  # 193 UN members + Palestine, Kosovo, Taiwan
    assert {"PS", "XK", "TW", "SY", "IQ", "IL", "YE", "IR", "TR", "US", "NO", "NA"} <= codes


def test_country_fields():
    for c in countries():
        assert isinstance(c["name"], str) and c["name"], c
        for field in ("names", "demonyms", "metonyms"):
            assert isinstance(c[field], list), (c["iso2"], field)
            assert all(isinstance(x, str) and x.strip() == x and x for x in c[field]), (c["iso2"], field)
        assert c["name"] in c["names"], c["iso2"]
        assert isinstance(c.get("region"), str), c["iso2"]
        for form in c.get("case_sensitive") or []:
            assert form in c["names"] or form in c["demonyms"], (c["iso2"], form)


def test_country_names_and_demonyms_unique_across_countries():
    for field in ("names", "demonyms"):
        owners = collections.defaultdict(set)
        for c in countries():
            for x in c[field]:
                owners[norm(x)].add(c["iso2"])
        clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
        assert not clashes, (field, clashes)


def test_country_forces_exist_are_state_forces_of_same_country():
    by_id = actor_by_id()
    for c in countries():
        refs = [c["forces"]] if c["forces"] is not None else []
        refs += [e["forces"] for e in c.get("later_forces") or []]
        for ref in refs:
            assert ref in by_id, (c["iso2"], ref)
            assert by_id[ref]["type"] == "state_forces", (c["iso2"], ref)
            assert by_id[ref]["country"] == c["iso2"], (c["iso2"], ref)


def test_every_top_level_state_forces_actor_is_referenced():
    referenced = set()
    for c in countries():
        if c["forces"]:
            referenced.add(c["forces"])
        referenced |= {e["forces"] for e in c.get("later_forces") or []}
    top = [a["id"] for a in actors() if a["type"] == "state_forces" and a["parent"] is None and a["country"]]
    missing = [i for i in top if i not in referenced]
    assert not missing, missing


def test_metonyms_are_not_actor_aliases():
    aliases = {norm(x) for a in actors() for _, x in all_aliases(a)}
    bad = [(c["iso2"], m) for c in countries() for m in c["metonyms"] if norm(m) in aliases]
    assert not bad, bad


# --------------------------------------------------------------------------
# descriptions.yaml
# --------------------------------------------------------------------------
def _rule_names_in_header() -> set[str]:
    text = (DATA / "descriptions.yaml").read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    return set(re.findall(r"#\s+(@[a-z_]+)", header))


def test_descriptions_targets_exist():
    by_id = actor_by_id()
    rules = _rule_names_in_header()
    assert rules, "rules must be documented in the header"
    for e in descriptions():
        targets = [e["actor"]] + ([e["after"]["actor"]] if e.get("after") else [])
        for t in targets:
            if t.startswith("@"):
                assert t in rules, f"rule {t} is not documented in the header"
            else:
                assert t in by_id, t
        if "kind" in e:
            assert type(e["kind"]) is int and 1 <= e["kind"] <= 8, e
        if "country" in e:
            assert e["country"] == "@context" or ISO2_RE.match(e["country"]), e
        assert isinstance(e.get("note"), str) and e["note"], e["phrases"][:3]


def test_description_phrases_unique_and_not_aliases():
    counts = collections.Counter(norm(p) for e in descriptions() for p in e["phrases"])
    dups = [p for p, n in counts.items() if n > 1]
    assert not dups, dups
    aliases = {norm(x) for a in actors() for _, x in all_aliases(a)}
    overlap = sorted(p for p in counts if p in aliases)
    assert not overlap, overlap


# --------------------------------------------------------------------------
# weapons.yaml
# --------------------------------------------------------------------------
def test_weapon_categories_unique():
    cats = [w["category"] for w in weapons()]
    assert all(re.fullmatch(r"[a-z_]+", c) for c in cats), cats
    dups = [c for c, n in collections.Counter(cats).items() if n > 1]
    assert not dups, dups


def test_weapon_terms_unique_across_categories():
    owners = collections.defaultdict(list)
    for w in weapons():
        assert isinstance(w["terms"], list) and w["terms"], w["category"]
        for t in w["terms"]:
            assert isinstance(t, str) and t.strip() == t and t, (w["category"], t)
            owners[norm(t)].append(w["category"])
    dups = {t: c for t, c in owners.items() if len(c) > 1}
    assert not dups, dups


def test_weapon_fields():
    cats = {w["category"] for w in weapons()}
    required = {
        "rocket",
        "mlrs",
        "mortar",
        "artillery",
        "missile",
        "cruise_missile",
        "ballistic_missile",
        "anti_tank_missile",
        "surface_to_air_missile",
        "drone",
        "one_way_attack_drone",
        "armed_drone",
        "surveillance_aircraft",
        "air_strike",
        "combat_aircraft",
        "helicopter",
        "barrel_bomb",
        "tank",
        "armored_vehicle",
        "ied",
        "suicide_bomb",
        "small_arms",
        "grenade",
        "rpg",
        "air_defence",
        "naval",
    }
    assert required <= cats, required - cats
    for w in weapons():
        assert w["family"] in WEAPON_FAMILIES, w["category"]
        assert w.get("parent") is None or w["parent"] in cats, w["category"]
        assert w.get("platform", False) in (True, False), w["category"]
        sub = w.get("acled_sub_event")
        assert sub is None or sub in ACLED_SUB_EVENTS, (w["category"], sub)


# --------------------------------------------------------------------------
# speed
# --------------------------------------------------------------------------
def test_actors_yaml_loads_fast():
    start = time.perf_counter()
    with open(DATA / "actors.yaml", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.CSafeLoader)
    elapsed = time.perf_counter() - start
    assert len(data) >= 300
    assert elapsed < 0.5, f"actors.yaml took {elapsed:.3f}s to load"
