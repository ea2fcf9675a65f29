"""Entity rules: the actor dictionary, the site list, the weapons lexicon and the
region's towns, matched by phrase and merged into the statistical NER's entities.

The small English model alone cuts "Deir ez-Zor" to "Deir", calls "Tartus" an
ORG and "Khmeimim" a NORP. A dictionary match fixes label and span, and carries
the dictionary id (``ent_id_``, our `Entity.ref`): the actor id, the site id,
the weapon category or the GeoNames id.

The component (`FACTORY`) runs after the NER. How a match meets the NER's
entities (`merge`):

- A match inside a longer NER entity gives way to it ("University of Mosul",
  "UN High Commissioner for Human Rights", "rocket artillery"); when the two
  share a label the NER entity takes the match's id ("Kurdish YPG" -> ypg).
- Otherwise the match replaces every NER entity it overlaps ("Deir" becomes
  "Deir ez-Zor", "Tartus" ORG becomes GPE).
- A one-word town name is weak evidence: it never relabels what the NER
  calls a PERSON ("Omar" is a town in Syria and a man's name). Town names
  match only as written (capitalised).
- An actor name right after a nationality is extended over it ("the Kurdish
  YPG"): the demonym is part of the name as written.

After the merge, by the words around an entity (each a function below):

- a one-word place that is a word of a person's name in the document, or an
  unknown place that speaks, is that person; so is an untagged proper noun
  that is a word of such a name (`_people_by_their_names`);
- an ORG no dictionary knows is a FAC when its head noun is a building and a
  PERSON when it is an office (`_by_head_noun`);
- a country that acts (subject, agent, owner of what a state does, or
  coordinated with one that does) is ORG, the state, not GPE (`_states_as_actors`);
- a place name that names a news agency ("the state news agency Petra") is ORG
  (`_news_agency`);
- a weapon or platform the NER puts on a verb or a pronoun is dropped, and so
  is a dictionary match on a pronoun ("made mine stronger").

Between matches: the longer wins, then the one matched as written, then the
source order sites > actors > weapons > towns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import resources
from ..geo.gazetteer import SITE_AREAS
from ..geo.names import loose_key
from ..text import NUMERIC_DATE

FACTORY = "sitrep_entity_rules_v1"
COMPONENT = "sitrep_entity_rules"
# Casefold-insensitive matching is safe for long names; short names and
# abbreviations ("IS", "KH", "Hit") match only as written.
MIN_CASELESS_LENGTH = 6
# GeoNames towns whose names are also ordinary English words: never tagged by rule.
COMMON_WORD_TOWNS = frozenset(
    """hit bus tell mission safe police jam bar man says army free camp one nine top mine mines base hall rally
    port station said border center centre village north south east west new old city market
    jaish jaysh""".split()
)  # "Jaish" (army) opens group names ("Jaish al-Adl"): no Jish in Galilee
PLATFORM_LABEL = "MIL_PLATFORM"
WEAPON_LABEL = "WEAPON"
# A weapons-lexicon term whose last word is one of these names the carrier, not
# what it fires: labelled a platform whatever its category ("bombers" is in
# the air_strike category, "remotely piloted aircraft" in drone).
PLATFORM_HEADS = frozenset(
    """aircraft airplane airplanes plane planes warplane warplanes jet jets fighter fighters bomber bombers
    helicopter helicopters gunship gunships drone drones uav uavs ucav ucavs rpa vehicle vehicles tank tanks
    ship ships warship warships vessel vessels boat boats frigate frigates destroyer destroyers submarine
    submarines carrier carriers launcher launchers battery batteries system systems""".split()
)
# Sources in priority order (a lower index wins a tie).
SOURCES = ("site", "actor", "weapon", "town", "loose-town")
MIN_LOOSE_KEY = 4
MAX_LOOSE_TOKENS = 6
NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
ARABIC_ARTICLES = frozenset("al el as ash ad ar at az an ath adh ez es ed er et en".split())
SKIPPED_ACTOR_TYPES = frozenset({"unidentified", "civilians", "protesters", "rioters"})


@dataclass(frozen=True, slots=True)
class Pattern:
    label: str
    text: str
    ref: str | None  # None: the name is shared by several actors (`ambiguous_aliases`)
    source: str  # one of SOURCES
    cased: bool  # match only as written


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token offsets
    end: int
    label: str
    ref: str | None
    source: str
    cased: bool

    def rank(self) -> tuple[int, int, int, int]:
        return (self.start - self.end, 0 if self.cased else 1, SOURCES.index(self.source), self.start)


# --- patterns ---------------------------------------------------------------------------


def patterns() -> list[Pattern]:
    """Every pattern, deduplicated: the first source to claim a form keeps it."""
    seen: set[tuple[str, bool]] = set()
    kept = []
    for pattern in _all_patterns():
        text = pattern.text.strip()
        if not text:
            continue
        key = (text if pattern.cased else text.casefold(), pattern.cased)
        if key not in seen:
            seen.add(key)
            kept.append(pattern)
    return kept


def _all_patterns() -> Iterator[Pattern]:
    for source, found in (
        ("site", site_patterns()),
        ("actor", actor_patterns()),
        ("weapon", weapon_patterns()),
        ("town", town_patterns()),
    ):
        for label, text, ref, *cased in found:
            as_written = source == "town" or bool(cased and cased[0]) or not _caseless(text)
            yield Pattern(label, text, ref, source, as_written)


def _caseless(text: str) -> bool:
    return len(text) >= MIN_CASELESS_LENGTH and not text.isupper()


def actor_patterns() -> Iterator[tuple[str, str, str | None, bool]]:
    """(ORG, name, actor id, as written only). Generic nouns ("gunmen",
    "residents") are left to the actor stage; a name shared by several actors
    is labelled without an id, for the actor stage to choose."""
    for actor in resources.actors():
        if actor.get("type") in SKIPPED_ACTOR_TYPES:
            continue
        for name in [actor["name"], *actor.get("aliases", []), *actor.get("loaded_aliases", [])]:
            yield "ORG", name, actor["id"], False
        for name in actor.get("cased_aliases", []):
            yield "ORG", name, actor["id"], True
        for name in actor.get("ambiguous_aliases", []):
            yield "ORG", name, None, False


def site_patterns() -> Iterator[tuple[str, str, str]]:
    for site in resources.sites():
        label = "LOC" if site["feature"] in SITE_AREAS else "FAC"
        for name in [site["name"], *site.get("aliases", [])]:
            yield label, name, site["id"]


def weapon_patterns() -> Iterator[tuple[str, str, str]]:
    for entry in resources.weapons():
        for term in entry.get("terms", []):
            platform = entry.get("platform") or term.split()[-1].lower() in PLATFORM_HEADS
            yield (PLATFORM_LABEL if platform else WEAPON_LABEL), term, entry["category"]


def town_patterns() -> Iterator[tuple[str, str, str]]:
    """Towns of the region, so that "Tartus" is a place and "Deir ez-Zor" stays whole."""
    for label, name, ref in _town_names():
        if len(name) >= 4 and name[0].isupper() and name.lower() not in COMMON_WORD_TOWNS:
            yield label, name, ref


def _town_names() -> Iterable[tuple[str, str, str]]:
    from ..geo.gazetteer import ruler_names  # the gazetteer is built on first use, not at import

    return ruler_names()


# --- the component ----------------------------------------------------------------------


class EntityRules:
    """Phrase matches of `patterns()` merged into ``doc.ents`` (see the module doc)."""

    def __init__(self, nlp: Any, rules: Sequence[Pattern] | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        self.patterns = list(patterns() if rules is None else rules)
        self.matchers = {True: PhraseMatcher(nlp.vocab, attr="ORTH"), False: PhraseMatcher(nlp.vocab, attr="LOWER")}
        # One matcher key per (label, ref, source, cased): a few hundred keys, not one per pattern.
        groups: dict[tuple[str, str | None, str, bool], list[Any]] = {}
        docs = nlp.tokenizer.pipe(p.text for p in self.patterns)
        for pattern, doc in zip(self.patterns, docs, strict=True):
            groups.setdefault((pattern.label, pattern.ref, pattern.source, pattern.cased), []).append(doc)
        self.keys: dict[int, tuple[str, str | None, str, bool]] = {}
        for n, (group, group_docs) in enumerate(groups.items()):
            key = f"sitrep-rule-{n}"
            self.keys[nlp.vocab.strings.add(key)] = group
            self.matchers[group[3]].add(key, group_docs)
        self.town_keys = loose_town_keys(self.patterns)

    def __call__(self, doc: Any) -> Any:
        doc.ents = merge(doc, self.matches(doc))
        return doc

    def matches(self, doc: Any) -> list[Match]:
        found = []
        for matcher in self.matchers.values():
            for key, start, end in matcher(doc):
                found.append(Match(start, end, *self.keys[key]))
        found = _non_overlapping([m for m in found if not _shot_down(doc, m) and not _pronoun(doc, m)])
        found += _loose_towns(doc, found, self.town_keys)
        return [_org_named_after(doc, m) for m in _extend_names(doc, sorted(found, key=lambda m: m.start))]


# Head nouns of organisations named after a place ("the Gaza Humanitarian Foundation").
ORG_HEADS = frozenset(
    """Foundation Council Committee Organisation Organization Center Centre Network Authority Institute
    Observatory Company Association Union Society Agency Commission""".split()
)


def _org_named_after(doc: Any, match: Match) -> Match:
    """'run by the US-backed Gaza Humanitarian Foundation': a town followed by capitalised words
    that end in an organisation's head noun names the organisation, not the town."""
    if match.source not in {"town", "loose-town"}:
        return match
    end = match.end
    while end < len(doc) and end < match.end + 4 and doc[end].is_title:
        end += 1
        if doc[end - 1].text in ORG_HEADS:
            return Match(match.start, end, "ORG", None, "org-name", True)
    return match


def _shot_down(doc: Any, match: Match) -> bool:
    """'shot down a drone' is an interception, not small-arms fire."""
    return (
        match.source == "weapon"
        and match.end - match.start == 1
        and doc[match.start].lower_ in {"shot", "shoot", "shooting", "shoots"}
        and match.end < len(doc)
        and doc[match.end].lower_ == "down"
    )


def _pronoun(doc: Any, match: Match) -> bool:
    """'made mine stronger': a one-word match the tagger reads as a pronoun names nothing."""
    return match.end - match.start == 1 and doc[match.start].pos_ == "PRON"


def loose_town_keys(rules: Iterable[Pattern]) -> dict[str, str | None]:
    """Town names under the gazetteer's loose key ("Dayr az Zawr" and "Deir
    al-Zour" -> "dirzur"); a key two towns share keeps no id."""
    index: dict[str, str | None] = {}
    for pattern in rules:
        if pattern.source == "town":
            key = loose_key(pattern.text)
            if len(key) >= MIN_LOOSE_KEY:
                index[key] = pattern.ref if index.get(key, pattern.ref) == pattern.ref else None
    return index


def _loose_towns(doc: Any, found: Sequence[Match], keys: dict[str, str | None]) -> list[Match]:
    """Town names of two or more words in a spelling the gazetteer lacks
    ("Al-Sukhna", "Deir Ezzor"), found by the gazetteer's loose key."""
    if not keys:
        return []
    taken = {i for m in found for i in range(m.start, m.end)}
    extra: list[Match] = []
    start = 0
    while start < len(doc):
        end = _loose_match_end(doc, start, taken, keys) if doc[start].lower_ not in COMMON_WORD_TOWNS else None
        if end is None:
            start += 1
            continue
        key = loose_key(doc[start:end].text)
        if doc[start].is_title or _is_the_towns_name(doc[start:end].text, keys[key]):
            # a lower-case article ("al-Busayrah") only before a town's own name, not an alias
            extra.append(Match(start, end, "GPE", keys[key], "loose-town", True))
        start = end
    return extra


def _loose_match_end(doc: Any, start: int, taken: set[int], keys: dict[str, str | None]) -> int | None:
    if not (doc[start].is_title or _lower_case_article(doc, start)) or start in taken:
        return None
    end = start
    while end < len(doc) and end not in taken and end - start < MAX_LOOSE_TOKENS and _name_token(doc[end]):
        end += 1
    # Two tokens at least, longest first; one word only where the NER saw a name.
    shortest = start + 1 if doc[start].ent_type_ in NAME_LABELS else start + 2
    for stop in range(end, shortest - 1, -1):
        if doc[stop - 1].is_title and loose_key(doc[start:stop].text) in keys:
            return stop
    return None


def _lower_case_article(doc: Any, start: int) -> bool:
    """'al-Busayrah': an Arabic article in lower case opens a name as a capital letter does."""
    return (
        doc[start].lower_ in ARABIC_ARTICLES
        and doc[start].is_lower
        and start + 2 < len(doc)
        and doc[start + 1].text == "-"
        and not doc[start + 1].whitespace_
        and doc[start + 2].is_title
    )


def _name_token(token: Any) -> bool:
    return bool(token.is_title or token.lower_ in ARABIC_ARTICLES or (token.text == "-" and not token.whitespace_))


def _non_overlapping(matches: Iterable[Match]) -> list[Match]:
    taken: set[int] = set()
    kept = []
    for match in sorted(matches, key=Match.rank):
        if not taken.intersection(range(match.start, match.end)):
            kept.append(match)
            taken.update(range(match.start, match.end))
    return sorted(kept, key=lambda m: m.start)


def _extend_names(doc: Any, matches: list[Match]) -> list[Match]:
    """An actor name right after a nationality takes it in ("the Kurdish YPG"), a town name the
    Arabic article before it ("al-Busayrah")."""
    covered = {i for m in matches for i in range(m.start, m.end)}
    extended = []
    for match in matches:
        start = match.start
        if match.source == "actor":
            while start > 0 and start - 1 not in covered and _nationality_word(doc[start - 1]):
                start -= 1
        if (
            match.source == "town"
            and start >= 2
            and start - 2 not in covered
            and _lower_case_article(doc, start - 2)
            and _is_the_towns_name(doc[start - 2 : match.end].text, match.ref)
        ):
            start -= 2  # "al-Busayrah": the town "Busayrah" with its article ("al-Salem" is no Jerusalem)
        if start != match.start:
            match = Match(start, match.end, match.label, match.ref, match.source, match.cased)
        extended.append(match)
    return extended


def _is_the_towns_name(text: str, ref: str | None) -> bool:
    from ..geo.gazetteer import gazetteer

    entry = gazetteer().entry(ref) if ref else None
    return entry is not None and loose_key(entry.name) == loose_key(text)


def _nationality_word(token: Any) -> bool:
    return bool(token.ent_type_ == "NORP" and token.is_title and token.lower_ not in {"the", "a", "an"})


def _person_not_town(doc: Any, match: Match, entities: Sequence[Any]) -> bool:
    """A one-word town name the NER calls a person ("Omar") stays a person, and
    so does a loosely matched one unless it starts with an article ("Abu Omar"
    but not "Al-Sukhna"); longer town names ("Albu Kamal") are places whatever
    the NER says. A city of BIG_TOWN people named alone is the city."""
    if match.source == "loose-town":
        weak = doc[match.start].lower_ not in ARABIC_ARTICLES
    else:
        weak = match.source == "town" and match.end - match.start == 1
    people = [e for e in entities if e.label_ == "PERSON" and e.start < match.end and match.start < e.end]
    if weak and people and all((e.start, e.end) == (match.start, match.end) for e in people) and _big_town(match.ref):
        return False  # a city named alone ("entered Sweida"), not a word of a person's name
    return weak and bool(people)


BIG_TOWN = 50_000  # people: a city this size named alone ("entered Sweida") is the city, not a man


def _big_town(ref: str | None) -> bool:
    from ..geo.gazetteer import gazetteer

    entry = gazetteer().entry(ref) if ref else None
    return entry is not None and entry.kind == "town" and entry.population >= BIG_TOWN


def _trim_possessive(doc: Any, entity: Any) -> Any:
    """The NER sometimes takes the possessive in ("Saddam Hussein's")."""
    from spacy.tokens import Span

    end = entity.end
    while end - 1 > entity.start and doc[end - 1].lower_ in POSSESSIVES:
        end -= 1
    return entity if end == entity.end else Span(doc, entity.start, end, label=entity.label, span_id=entity.id)


def _cut_at_a_comma(doc: Any, entity: Any) -> Any:
    """'the Falcons Intelligence Cell, Iraqi Air Force': an organisation or a person the NER ran on
    past a comma into another country's name ends there (places keep their qualifier: "Tibu, Colombia")."""
    from spacy.tokens import Span

    if entity.label_ not in {"ORG", "PERSON"}:
        return entity
    comma = next((t.i for t in entity if t.text == "," and entity.start < t.i < entity.end - 1), None)
    if comma is None or doc[comma + 1].lower_ not in _country_names():
        return entity  # "3rd Battalion, 321st Field Artillery Regiment" is one name
    return Span(doc, entity.start, comma, label=entity.label, span_id=entity.id)


NAME_LABELS_CUT_AT_VERBS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
CLAUSE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG", "VBN"})


def _cut_at_a_verb(doc: Any, entity: Any) -> Any:
    """The NER sometimes runs a name on into its clause ("al-Mayadin shelled Dhiban", "Islamic
    State overran Sinjar", "U.S. strikes militia"): the name ends before a lower-case, inflected
    verb that neither modifies ("fighting positions", "democratically elected", "Iran-aligned")
    nor ends the name unless in the past tense ("regime militias", "aircrew": nouns the tagger
    misread). Nothing left before the verb: no name."""
    from spacy.tokens import Span

    if entity.label_ not in NAME_LABELS_CUT_AT_VERBS:
        return entity
    for token in entity:
        hyphened = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        last = token.i == entity.end - 1
        inflected = token.lemma_.lower() != token.lower_  # "gathered", not "aircrew" misread as a verb
        modifier = token.dep_ in {"amod", "compound"} or (token.i > 0 and doc[token.i - 1].tag_ in {"RB", "WP", "WDT"})
        if (
            token.is_lower
            and token.tag_ in CLAUSE_VERB_TAGS
            and inflected
            and not (hyphened or modifier)
            and (not last or token.tag_ == "VBD")
        ):
            end = token.i
            while end > entity.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            return Span(doc, entity.start, end, label=entity.label, span_id=entity.id) if end > entity.start else None
    return entity


NUMERIC_DATE_TOKEN = re.compile(NUMERIC_DATE)


def _date_apart(doc: Any, entity: Any) -> Any:
    """'02/09/2024 - Dhiban', '04/09/2024 - al-Mayadin': a log item's date and place, which the
    NER ran into one name, are a date; the place is left to the rules. A bare numeric date is
    a date whatever the NER called it."""
    from spacy.tokens import Span

    if not NUMERIC_DATE_TOKEN.fullmatch(entity[0].text):
        return entity
    dash = next((t.i for t in entity if t.text in {"-", "–", "—"} and t.whitespace_ and doc[t.i - 1].whitespace_), None)
    if dash is None and len(entity) > 1:
        return entity
    return Span(doc, entity.start, entity.end if dash is None else dash, label="DATE")


DAY_TAGS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
DIVISION_ABBREVIATIONS = frozenset({"LGA", "LGAs"})  # Nigeria's local government areas
TIME_ZONES = frozenset({"UTC", "GMT", "LT", "Zulu"})  # "At 1120 UTC on 21 Sep": a clock, not a group


def _no_name(doc: Any, entity: Any) -> bool:
    """'Saravan (Sat): Border guards opened fire': a digest's day tag is no name; nor is the
    division noun of "Konduga town, Konduga LGA" on its own, nor a time zone."""
    before = doc[entity.start - 1].text if entity.start > 0 else ""
    after = doc[entity.end].text if entity.end < len(doc) else ""
    day_tag = entity.text in DAY_TAGS and before == "(" and after.startswith(")")
    return day_tag or entity.text in DIVISION_ABBREVIATIONS or entity.text in TIME_ZONES


def _arms_on_a_verb(entity: Any) -> bool:
    """A weapon or platform the NER found on a verb or pronoun ("has now fed my
    soul"): arms are named by nouns; the weapons lexicon's verbs ("shelled")
    are matched by rule, not here."""
    return entity.label_ in {WEAPON_LABEL, PLATFORM_LABEL} and entity.root.pos_ in {"VERB", "AUX", "PRON"}


def _cleaned(doc: Any, entity: Any) -> Any:
    """The NER's entity without what it ran on past the name, or None when it names nothing."""
    if _arms_on_a_verb(entity) or _no_name(doc, entity):
        return None
    entity = _date_apart(doc, _trim_possessive(doc, entity))
    return _cut_at_a_verb(doc, _cut_at_a_comma(doc, entity))


def merge(doc: Any, matches: Sequence[Match]) -> list[Any]:
    """The NER's entities and the rule matches as one flat list of spans."""
    from spacy.tokens import Span

    entities = [name for e in doc.ents if (name := _cleaned(doc, e)) is not None]
    for match in matches:
        container = next((e for e in entities if e.start <= match.start and match.end <= e.end), None)
        if container is not None and (container.start, container.end) != (match.start, match.end):
            if (
                container.label_ == match.label
                and match.ref
                and not container.id_
                and _only_adds_words(doc, container, match)
            ):
                entities[entities.index(container)] = Span(
                    doc, container.start, container.end, label=match.label, span_id=match.ref
                )
            continue
        if _person_not_town(doc, match, entities):
            continue
        entities = [e for e in entities if e.end <= match.start or match.end <= e.start]
        entities.append(Span(doc, match.start, match.end, label=match.label, span_id=match.ref or 0))
    entities = _people_by_their_names(doc, sorted(entities, key=lambda e: e.start))
    return _states_as_actors(
        doc,
        [
            _town_not_people(doc, _place_by_its_noun(doc, _arabic_place(doc, _by_head_noun(doc, _news_agency(doc, e)))))
            for e in entities
        ],
    )


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_PIECE = re.compile(r"^(?:[A-Z]|(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et)(?:-|$))")


def _only_adds_words(doc: Any, container: Any, match: Match) -> bool:
    """'Deir ez-Zor province' is still Deir ez-Zor; 'Busra al-Harir' is not Busra (Basra): a place
    name that goes on past the matched one is another place."""
    if match.label not in PLACE_LABELS:
        return True
    before, after = match.start - 1, match.end
    while before > container.start and doc[before].text == "-":
        before -= 1
    while after < container.end - 1 and doc[after].text == "-":
        after += 1
    beside = [i for i in (before, after) if container.start <= i < container.end]
    return not any(_NAME_PIECE.match(doc[i].text) for i in beside)


def _news_agency(doc: Any, entity: Any) -> Any:
    """A place name that names a news agency ("the state news agency Petra", "Saba news
    agency") is the agency, ORG."""
    from spacy.tokens import Span

    if entity.label_ not in PLACE_LABELS:
        return entity
    before = doc[entity.start - 1].lower_ if entity.start > 0 else ""
    after = doc[entity.end].lower_ if entity.end < len(doc) else ""
    after_next = doc[entity.end + 1].lower_ if entity.end + 1 < len(doc) else ""
    if before == "agency" or after == "agency" or (after == "news" and after_next == "agency"):
        return Span(doc, entity.start, entity.end, label="ORG")
    return entity


RELABELLED_AS_PERSON = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _people_by_their_names(doc: Any, entities: list[Any]) -> list[Any]:
    """One-word places and organisations that are a word of a longer PERSON name
    in the same document become PERSON (see the module doc)."""
    from spacy.tokens import Span

    words = {
        token.text
        for e in entities
        if e.label_ == "PERSON" and len(e) > 1
        for token in e
        if token.is_title and token.lower_ not in ARABIC_ARTICLES
    }
    words.update(e.text for e in entities if _unknown_place_speaking(e))
    if not words:
        return entities
    countries = _country_names()
    relabelled = []
    for entity in entities:
        if (
            len(entity) == 1
            and entity.label_ in RELABELLED_AS_PERSON
            and entity.text in words
            and (not entity.id_ or entity.id_.startswith(("geonames:", "place:")))
            and entity.text.casefold() not in countries
        ):
            entity = Span(doc, entity.start, entity.end, label="PERSON")
        relabelled.append(entity)
    return _untagged_names(doc, relabelled, words)


def _untagged_names(doc: Any, entities: list[Any], words: set[str]) -> list[Any]:
    """A proper noun the NER left untagged that is a word of a person's name in
    the document is that person ("Anas Ahmad ... But Anas says"); titles
    ("Secretary", "General") are words of many names and are left alone."""
    from spacy.tokens import Span

    from .mentions import lexicon

    titles = set(lexicon()) | OFFICE_HEADS
    tagged = {i for e in entities for i in range(e.start, e.end)}
    found = [
        Span(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if t.i not in tagged
        and t.pos_ == "PROPN"
        and t.text in words
        and t.lower_ not in titles
        and not (t.i > 0 and (doc[t.i - 1].pos_ == "PROPN" or doc[t.i - 1].text.endswith("-")))
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
    ]
    return sorted(entities + found, key=lambda e: e.start) if found else entities


SPEECH_VERBS = frozenset({"say", "tell", "add", "explain", "recall", "ask"})


def _unknown_place_speaking(entity: Any) -> bool:
    """A one-word place in no dictionary as the subject of a speech verb
    ("Sadiq told me"): places known to speak for a state are in the dictionaries."""
    token = entity.root
    return bool(
        len(entity) == 1
        and entity.label_ in {"GPE", "LOC", "FAC"}
        and not entity.id_
        and token.dep_ == "nsubj"
        and token.head.lemma_ in SPEECH_VERBS
    )


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(
        str(name).casefold()
        for country in resources.countries()
        for name in [country["name"], *country.get("names", []), *country.get("demonyms", [])]
    )


# Head nouns that make a name the NER calls an organisation a building ("the
# Kindi Museum", "the Nour Mosque") or an office held by one person ("the
# Regional Director of Relief"). Universities and centres are left alone: as
# often institutions as places.
BUILDING_HEADS = frozenset(
    """mosque mosques church cathedral shrine synagogue temple hospital museum stadium airport prison library
    palace hotel serail courthouse barracks refinery station""".split()
)
OFFICE_HEADS = frozenset(
    """secretary commissioner director commander minister president ambassador envoy spokesman spokeswoman
    spokesperson chairman chairwoman governor mayor general""".split()
)


def _by_head_noun(doc: Any, entity: Any) -> Any:
    """An ORG the dictionaries do not know, relabelled by its head noun: a
    building is a facility (FAC), an office is the person holding it (PERSON)."""
    from spacy.tokens import Span

    if entity.label_ != "ORG" or entity.id_:
        return entity
    head = entity.root.lower_
    if head in BUILDING_HEADS and entity.root.i == entity.end - 1:
        return Span(doc, entity.start, entity.end, label="FAC")
    if head in OFFICE_HEADS and entity.root.tag_ in {"NN", "NNP"}:
        return Span(doc, entity.start, entity.end, label="PERSON")
    if head in FRONT_HEADS and entity.root.text.islower() and entity.root.i == entity.end - 1:
        return Span(doc, entity.start, entity.end, label="LOC")  # "the Raghwan front": a front line, not a group
    return entity


FRONT_HEADS = frozenset({"front", "axis", "frontline", "sector"})
LOCATIVE_WORDS = frozenset({"in", "near", "at", "outside", "around"})


def _arabic_place(doc: Any, entity: Any) -> Any:
    """'raided two houses in al-Sour', 'walked home in al-Shuhail': an unknown name with an Arabic
    article, right after a locative preposition, is a place the tagger took for a person or group."""
    from spacy.tokens import Span

    if entity.label_ not in {"PERSON", "ORG"} or entity.id_ or entity.start == 0 or len(entity) > 4:
        return entity
    first = entity.text.split("-")[0].lower()
    after = doc[entity.end].text if entity.end < len(doc) else ""
    if first not in ARABIC_ARTICLES or "-" not in entity.text or after in POSSESSIVES:
        return entity
    before = doc[entity.start - 1].lower_
    if before == "the" and entity.start > 1:
        before = doc[entity.start - 2].lower_  # "at the al-Shuhayl crossing"
    if before not in LOCATIVE_WORDS:
        return entity
    return Span(doc, entity.start, entity.end, label="GPE")


def _town_not_people(doc: Any, entity: Any) -> Any:
    """'fired on fuel porters near Saravan last week': a 'nationality' right after a locative
    preposition, with no noun after it, that is the exact name of a town is that town."""
    from spacy.tokens import Span

    from ..geo.gazetteer import gazetteer

    if entity.label_ != "NORP" or entity.id_ or entity.start == 0:
        return entity
    if doc[entity.start - 1].lower_ not in LOCATIVE_WORDS:
        return entity
    if entity.end < len(doc) and doc[entity.end].pos_ in {"NOUN", "PROPN"}:
        return entity  # "in Kurdish areas"
    towns = [
        m
        for m in gazetteer().candidates(entity.text, skeleton=False)
        if m.how in {"name", "alternate"} and m.entry.kind == "town"
    ]
    return Span(doc, entity.start, entity.end, label="GPE") if towns else entity


PLACE_OF_NOUNS = frozenset("town village city district area neighbourhood neighborhood camp suburb".split())
PLACE_AFTER_NOUNS = frozenset("crossing checkpoint junction bridge roundabout camp district neighbourhood".split())
# Nouns of an area: an unknown "group" before them is a place too ("the Nuaimiya area", "the al-Yatamah area").
AREA_AFTER_NOUNS = frozenset("area district neighbourhood neighborhood quarter countryside".split())
DIVISION_NOUNS = frozenset(
    "district department province governorate prefecture county commune township territory region".split()
)


def _place_by_its_noun(doc: Any, entity: Any) -> Any:
    """'the town of Abu Hamam', 'the Abu Hamam crossing': a name a place noun introduces or follows
    is a place, whatever the tagger called it."""
    from spacy.tokens import Span

    if entity.label_ not in {"PERSON", "ORG"} or entity.id_ or entity.start < 2:
        return entity
    introduced = doc[entity.start - 1].lower_ == "of" and doc[entity.start - 2].lower_ in PLACE_OF_NOUNS
    # "a General Security checkpoint" is the group's; only a "person" before a place noun is a place,
    # and any unknown name before a noun of an area
    after = doc[entity.end].lower_ if entity.end < len(doc) else ""
    followed = after in AREA_AFTER_NOUNS or (entity.label_ == "PERSON" and after in PLACE_AFTER_NOUNS)
    # "the Téra department", "the Soum province": the tagger took the division's own noun in
    last = doc[entity.end - 1]
    headed = entity.end - entity.start > 1 and last.is_lower and last.text in DIVISION_NOUNS
    placed = _bearing_after(doc, entity.end)
    return Span(doc, entity.start, entity.end, label="GPE") if introduced or followed or headed or placed else entity


BEARINGS = frozenset(
    """north south east west north-east north-west south-east south-west northeast northwest southeast southwest
    north-eastern north-western south-eastern south-western northern southern eastern western""".split()
)
DISTANCE_WORDS = frozenset(
    "about some around roughly nearly almost km kilometres kilometers miles metres meters".split()
)


def _bearing_after(doc: Any, end: int) -> bool:
    """'seized Bara, north of El Obeid', 'Kfar Kila, about 2 km south of Marjayoun': a name placed by a
    bearing from another place is a place."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    i = end + 1
    while i < len(doc) and i < end + 5 and (doc[i].lower_ in DISTANCE_WORDS or doc[i].like_num):
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ in BEARINGS and doc[i + 1].lower_ == "of"


# Nouns of what a state does or holds to ("U.S. support", "Australia's response"):
# the country that modifies them is the one acting.
STATE_ACTION_NOUNS = frozenset(
    """support assistance aid commitment response effort efforts cooperation co-operation collaboration
    relationship relations partnership policy policies contribution contributions decision position role
    involvement intervention strategy diplomacy engagement funding backing pledge offer proposal plan
    initiative demand demands call stance influence leadership approach action actions campaign talks
    agreement dialogue""".split()
)
AGENT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"poss", "compound", "nmod"})


def _states_as_actors(doc: Any, entities: list[Any]) -> list[Any]:
    """A country (or its capital) named where it acts is the state, ORG, not the
    place: the subject of a verb other than *be* ("the UK has flown 870
    missions", "Ankara said"), the agent of a passive ("carried out by Russia"),
    the owner or modifier of what a state does ("Australia's response", "U.S.
    support"), and every country coordinated with one ("Russia and Iran must
    work"). "Iraq was in the grip of ..." and "in Syria" stay places."""
    from spacy.tokens import Span

    names, seats = _state_names()
    acting: set[int] = set()
    for entity in entities:
        if entity.label_ != "GPE":
            continue
        name = entity.text.casefold()
        if (name in names and _acting_state(entity)) or (name in seats and entity.root.dep_ in AGENT_DEPS):
            acting.add(entity.root.i)
    if not acting:
        return entities
    for entity in entities:  # conjuncts follow their first (spaCy: conj heads point left)
        root = entity.root
        if (
            entity.label_ == "GPE"
            and entity.text.casefold() in names | seats
            and root.dep_ == "conj"
            and root.head.i in acting
        ):
            acting.add(root.i)
    return [Span(doc, e.start, e.end, label="ORG", span_id=e.id_ or 0) if e.root.i in acting else e for e in entities]


def _acting_state(entity: Any) -> bool:
    token = entity.root
    head = token.head
    if token.dep_ in AGENT_DEPS:
        return head.pos_ in {"VERB", "AUX"} and head.lemma_ != "be"
    if token.dep_ == "pobj" and head.dep_ == "agent":
        return True
    if token.dep_ == "pobj" and head.lower_ in {"between", "among"}:
        return _action_noun(head.head)  # "joint action between the UK and France"
    while token.dep_ in MODIFIER_DEPS and token.head.i != token.i:
        token = token.head  # "UK-France co-operation": up the chain of modifiers to the noun
        if _action_noun(token):
            return True
    return False


def _action_noun(token: Any) -> bool:
    """The noun is one of STATE_ACTION_NOUNS, also when split at a hyphen ("co-operation")."""
    doc = token.doc
    word = token.text
    i = token.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        word += "-" + doc[i + 2].text
        i += 2
    return token.lemma_.lower() in STATE_ACTION_NOUNS or word.lower() in STATE_ACTION_NOUNS


@lru_cache(maxsize=1)
def _state_names() -> tuple[frozenset[str], frozenset[str]]:
    """Country names (not demonyms), and the capitals that stand for a state as
    a subject only ("Ankara said"; "the Minsk agreement" is no act of Belarus)."""
    countries = resources.countries()
    names = frozenset(str(n).casefold() for c in countries for n in [c["name"], *c.get("names", [])])
    seats = frozenset(str(n).casefold() for c in countries for n in c.get("metonyms", []))
    return names, seats - names


def add_to(nlp: Any) -> Any:
    """Add the rules at the end of ``nlp`` (after the NER) and return the component."""
    from spacy.language import Language

    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, assigns=["doc.ents", "token.ent_type", "token.ent_iob"])(_make_rules)
    return nlp.add_pipe(FACTORY, name=COMPONENT, last=True)


def _make_rules(nlp: Any, name: str) -> EntityRules:
    return EntityRules(nlp)
