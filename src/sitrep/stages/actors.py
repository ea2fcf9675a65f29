"""Actors: every actor mention resolved to a canonical actor.

Mentions come from named entities and from noun phrases headed by a force or
group noun ("American troops", "pro-government fighters", "gunmen"). Each is
resolved, in order, by a dictionary name or alias, a country name or demonym
("Russian bombers" → that state's forces), a description phrase ("the
regime", "US-backed rebels"), a generic group noun ("residents" →
civilians), or a well-formed fallback for unknown groups. Short
back-references ("the group", "the militia") inherit the last named actor of
their kind in the same paragraph.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, ClassVar

from .. import resources
from ..geo.relative import is_compass_word
from ..model import Actor, ActorMention, Analysis, Entity, EventClaim, Place, Token
from ..resources import fold
from ..settings import Settings
from ..text import DISPLACED_WORDS, DRONE_BOAT_WORDS, dateline_spans

STATE_TYPES = frozenset({"state_forces", "police", "intelligence", "government"})
GENERIC_TYPES = frozenset({"unidentified", "civilians", "protesters", "rioters"})

# Nouns that make a phrase an armed actor when a name or demonym modifies them.
FORCE_NOUNS = frozenset(
    """army armies force forces troops troop soldier soldiers military militaries personnel servicemen
    servicemembers marines sailors airmen guards guardsmen police policemen officers commandos units unit
    battalion brigade brigades division regiment navy fighters fighter militia militias militiamen militants
    gunmen rebels insurgents jihadists mercenaries operatives cells cell squad sniper snipers members
    warplanes jets aircraft planes helicopters drones drone bombers warships gunboats artillery missiles
    missile rockets rocket shells mortars tanks patrol patrols convoy government regime authorities
    destroyer frigate commander commanders warplane jet plane bomber helicopter gunship gunships warship gunboat
    tank uav uavs peacekeepers peacekeeper""".split()
)
# Arms that stand for whoever fired them only when a demonym says whose they are ("Russian glide
# bombs"); "a car bomb" names no one.
DEMONYM_ARMS_NOUNS = frozenset("bomb bombs shell munitions projectiles".split())
_HOLDER = re.compile(r"-(?:held|controlled|run|occupied|dominated)\b")
# Warship name prefixes -> the navy's actor id.
SHIP_PREFIXES = {"USS": "us-navy", "HMS": "uk-royal-navy"}
# "Israeli territory" stands for the state as a country's name does: a target, never a doer.
TERRITORY_NOUNS = frozenset({"territory", "soil", "airspace"})
# Things that stand for their owner when a name or demonym modifies them
# ("Hezbollah targets", "a Syrian army vehicle", "the Iranian consulate").
OWNED_NOUNS = TERRITORY_NOUNS | frozenset(
    """targets target positions position base bases headquarters hideout hideouts vehicle vehicles post posts
    checkpoint checkpoints facility facilities site sites compound consulate embassy office offices camp
    depot depots warehouse warehouses outpost outposts barracks ship ships vessel vessels tanker boat
    boats infrastructure installations point points""".split()
)
# Acts named by their doer ("Pakistani strikes", "a Russian air strike").
EVENT_NOUNS = frozenset(
    """strike strikes airstrike airstrikes raid raids attack attacks bombardment shelling barrage salvo
    offensive operation operations fire gunfire aggression""".split()
)
# Collective nouns that are an actor only with a name or description in them
# ("terrorist groups", "the coalition's air defence system", "two SNA factions").
GROUP_NOUNS = frozenset(
    """group groups factions faction organisation organisations organization organizations cells network
    defences defenses defence defense system systems batteries battery room command""".split()
)
AIR_NOUNS = frozenset("warplanes jets aircraft planes helicopters drones drone bombers".split())
GENERIC_GROUP_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        """civilians civilian residents resident villagers villager children child women woman man men boy
        boys girl girls farmers farmer shepherds shepherd worshippers workers worker passengers families family
        pilgrims refugees displaced students student truffle people merchant merchants volunteer volunteers
        doctor doctors teacher patients mourners person persons travellers travelers commuters kolbar kolbars
        porter porters sukhtbar sukhtbars shoppers bystanders motorists pedestrians pharmacist pharmacists trader
        traders shopkeeper shopkeepers vendor vendors engineer engineers lawyer lawyers teachers baker bakers mechanic
        mechanics fisherman fishermen herder herders labourers laborers pupils schoolchildren teenager teenagers kids
        judge judges magistrate magistrates principal headmaster driver drivers imam imams priest brother brothers
        sister sisters son sons daughter daughters cousin cousins nephew nephews siblings
        priests pastor monks nuns activist activists businessman businessmen chief chiefs elder elders nurse nurses
        medic medics paramedic paramedics crowd crowds notable notables dignitary dignitaries rider riders
        motorcyclist motorcyclists customer customers guests seafarers neighbours neighbors relatives""".split(),
        "civilians",
    ),
    **dict.fromkeys("protesters demonstrators marchers protester demonstrator".split(), "protesters"),
    **dict.fromkeys("rioters mob".split(), "rioters"),
    **dict.fromkeys("journalists journalist reporters photographer cameraman".split(), "journalists"),
    **dict.fromkeys("gunmen gunman assailants attackers infiltrators infiltrator".split(), "unidentified-armed-group"),
}
# A camp or site of the displaced stands for the people who live there.
CAMP_HEADS = frozenset({"camp", "camps", "site", "sites"})
# People an operation targets who are neither civilians nor a named group.
SUSPECT_NOUNS = frozenset(
    """suspects suspect smugglers smuggler traffickers detainees prisoners wanted suppliers collaborators informants
    outlaws fugitives""".split()
)
# Merchant ships attacked at sea: their crews are civilians, the ship is what the text names.
VESSEL_NOUNS = frozenset("ship ships vessel vessels tanker tankers freighter freighters carrier carriers".split())
CARGO_WORDS = frozenset("bulk cargo oil gas lng crude car vehicle".split())  # "bulk carrier", not "aircraft carrier"
VESSEL_NAME = "Merchant Shipping"
ROAD_TANKER_WORDS = frozenset({"fuel", "water", "diesel", "petrol", "gasoline"})
MERCHANT_WORDS = frozenset("merchant commercial container cargo flagged owned operated registered".split())
NAVAL_WORDS = frozenset("navy naval war military coast guard patrol".split())
BACK_REFERENCES = frozenset(
    "the group|the militia|the faction|the organisation|the organization|the movement|the force".split("|")
)
SPEAKER_DETERMINERS = frozenset({"our", "we"})
OWNED_MEN = frozenset({"men", "heroes", "lions", "comrades"})  # "its men", "our heroes": its fighters
POSSESSOR_DETERMINERS = frozenset({"its", "their"})
BACK_REFERENCE_NOUNS = frozenset(ref.split()[1] for ref in BACK_REFERENCES)
NAMED_ONLY_HEADS = OWNED_NOUNS | EVENT_NOUNS | GROUP_NOUNS
PHRASE_HEADS = (
    FORCE_NOUNS
    | NAMED_ONLY_HEADS
    | set(GENERIC_GROUP_NOUNS)
    | SUSPECT_NOUNS
    | BACK_REFERENCE_NOUNS
    | VESSEL_NOUNS
    | DEMONYM_ARMS_NOUNS
    | OWNED_MEN
)
ENTITY_LABELS = frozenset({"ORG", "NORP", "GPE", "ACTOR"})
# "the outskirts of X", "the village of X": X is a place, whatever the tagger called it.
PLACE_NOUNS = frozenset(
    """town towns village villages city cities hamlet district districts area areas region province governorate
    outskirts suburb suburbs countryside environs edge neighbourhood neighborhood camp""".split()
)
WEAPON_LABELS = frozenset({"WEAPON", "MIL_PLATFORM"})
_DESIGNATOR = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?s?|TB2s?)$")  # F-16, Su-34s, MiG-29, MQ-9A, TB2
_ABBREVIATION = re.compile(r"^[A-Z][A-Z.\-]{1,6}$")


@dataclass(frozen=True)
class Lexicon:
    """Indexes over the actor dictionary, countries and description phrases."""

    by_id: dict[str, dict[str, Any]]
    aliases: dict[str, str]  # folded alias -> actor id
    country_names: dict[str, str]  # folded name/metonym -> ISO2
    demonyms: dict[str, str]  # folded demonym -> ISO2
    country_by_iso: dict[str, dict[str, Any]]
    descriptions: dict[str, dict[str, Any]]  # folded phrase -> entry
    longest_alias_words: int
    shared: dict[str, tuple[str, ...]]  # folded `ambiguous_aliases` form -> the actors that share it
    cased: dict[str, str]  # folded country name or demonym -> the one case it is matched in ("CAR", not "car")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    by_id = {a["id"]: a for a in resources.actors()}
    aliases: dict[str, str] = {}
    for actor in resources.actors():
        for alias in [actor["name"], *actor.get("aliases", [])]:
            aliases.setdefault(fold(alias), actor["id"])
    country_names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for country in resources.countries():
        for name in [country["name"], *country.get("names", []), *country.get("metonyms", [])]:
            country_names.setdefault(fold(name), country["iso2"])
        for demonym in country.get("demonyms", []):
            demonyms.setdefault(fold(demonym), country["iso2"])
    descriptions = {fold(phrase): entry for entry in resources.descriptions() for phrase in entry.get("phrases", [])}
    longest = max((len(a.split()) for a in aliases), default=1)
    shared: dict[str, tuple[str, ...]] = {}
    for actor in resources.actors():
        for alias in actor.get("ambiguous_aliases", []):
            shared[fold(alias)] = (*shared.get(fold(alias), ()), actor["id"])
    return Lexicon(
        by_id=by_id,
        aliases=aliases,
        country_names=country_names,
        demonyms=demonyms,
        country_by_iso={c["iso2"]: c for c in resources.countries()},
        descriptions=descriptions,
        longest_alias_words=longest,
        shared=shared,
        cased={fold(form): form for c in resources.countries() for form in c.get("case_sensitive", [])},
    )


def actor_from_entry(entry: dict[str, Any], text: str) -> Actor:
    return Actor(
        text=text,
        name=entry["name"],
        kind=int(entry["kind"]),
        country=entry.get("country"),
        actor_id=entry["id"],
        affiliation=tuple(entry.get("affiliation") or ()),
    )


def state_forces(iso2: str, text: str) -> Actor:
    """The armed forces of a country, from the dictionary or generated."""
    lex = lexicon()
    country = lex.country_by_iso.get(iso2, {"name": iso2})
    forces_id = country.get("forces")
    if forces_id and forces_id in lex.by_id:
        return actor_from_entry(lex.by_id[forces_id], text)
    return Actor(text=text, name=f"Military Forces of {country['name']}", kind=1, country=iso2)


def fallback_actor(text: str) -> Actor:
    """A well-formed actor for a group the dictionary does not know."""
    words = fold(text).split()
    kind = 3
    if words and words[-1] in {"protesters", "demonstrators"}:
        kind = 6
    elif any(w in {"rebels", "insurgents", "front", "brigade", "brigades", "army"} for w in words):
        kind = 2
    name = " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in text.split())
    for article in ("The ", "A ", "An "):
        if name.startswith(article):
            name = name[len(article) :]
    return Actor(text=text, name=name, kind=kind, country=None)


class ActorResolver:
    """Resolves a phrase to an `Actor`, or None when it names no actor."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def resolve(self, phrase: str, *, is_entity: bool = False, head: str = "") -> tuple[Actor, str] | None:
        key = fold(phrase)
        stripped = _strip_determiner(key)
        for candidate in (key, stripped):
            if candidate in self.lex.aliases:
                return actor_from_entry(self.lex.by_id[self.lex.aliases[candidate]], phrase), "alias"
        exact = self.lex.descriptions.get(stripped) or self.lex.descriptions.get(key)
        if exact:
            return self._from_description(exact, phrase), "description"
        found = self._alias_inside(stripped)
        if found:
            return actor_from_entry(self.lex.by_id[found], phrase), "alias"
        iso = self._country_inside(stripped, head, phrase)
        if iso:
            return state_forces(iso, phrase), "demonym"
        description = self._description_inside(key)
        if description:
            return self._from_description(description, phrase), "description"
        generic = GENERIC_GROUP_NOUNS.get(head.lower()) if head else None
        if generic:
            return self._generic(generic, phrase), "generic"
        if head and head.lower() in CAMP_HEADS and set(key.split()) & DISPLACED_WORDS:
            return self._generic("civilians", phrase), "generic"  # "the Ngazba displacement site": its people
        if is_entity and stripped not in FORCE_NOUNS:  # a bare "navy" the tagger took for a name is no group
            return self._shared_or_fallback(phrase, stripped), "fallback"
        return None

    def _shared_or_fallback(self, phrase: str, key: str) -> Actor:
        """A name several actors share ("Asayish": Syria's Kurdish police or the KRG's) waits for
        the event's country to choose (`resolve_in_context`); until then it is a fallback."""
        actor = fallback_actor(phrase)
        shared = self.lex.shared.get(key)
        return replace(actor, actor_id=SHARED_RULE + ",".join(shared)) if shared else actor

    def _alias_inside(self, key: str) -> str | None:
        words = key.split()
        for size in range(min(len(words), self.lex.longest_alias_words), 0, -1):
            for start in range(len(words) - size + 1):
                piece = " ".join(words[start : start + size])
                if piece in self.lex.aliases:
                    return self.lex.aliases[piece]
        return None

    def _description_inside(self, key: str) -> dict[str, Any] | None:
        """The longest description phrase in the words ("the mujahideen's rockets")."""
        words = key.replace("'s ", " ").replace("’s ", " ").split()
        for size in range(min(len(words), 6), 0, -1):
            for start in range(len(words) - size + 1):
                piece = " ".join(words[start : start + size])
                if piece in self.lex.descriptions:
                    return self.lex.descriptions[piece]
        return None

    def _country_inside(self, key: str, head: str, phrase: str) -> str | None:
        if head.lower() not in FORCE_NOUNS | NAMED_ONLY_HEADS | DEMONYM_ARMS_NOUNS:
            return None
        # "US-backed", "Iran-aligned": a sponsor, not the actor itself.
        key = re.sub(r"\S+-(?:backed|led|aligned|allied|linked|sponsored|affiliated|supported|funded)\b", " ", key)
        words = key.replace("'s ", " ").replace("’s ", " ").replace("-", " ").split()  # "Israel's army"
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                piece = " ".join(words[start : start + size])
                iso = self.lex.demonyms.get(piece) or self.lex.country_names.get(piece)
                if piece in self.lex.cased and self.lex.cased[piece] not in phrase.replace("-", " ").split():
                    continue  # "a car bomb" is no Central African Republic's
                if iso:
                    return iso
        return None

    def _from_description(self, entry: dict[str, Any], phrase: str) -> Actor:
        target = entry.get("actor", "")
        if target in self.lex.by_id:
            actor = actor_from_entry(self.lex.by_id[target], phrase)
            return replace(actor, kind=int(entry.get("kind", actor.kind)))
        # Rules that need the event's place and date (@state_forces_of_context,
        # @occupation, ...) stay pending; ActorContextStage resolves them.
        kind = int(entry.get("kind", 3 if target in NON_STATE_RULES else 1))
        name = _title(_strip_determiner(fold(phrase)))
        return Actor(text=phrase, name=name, kind=kind, country=None, actor_id=target or None)

    def _generic(self, actor_id: str, phrase: str) -> Actor:
        entry = self.lex.by_id.get(actor_id)
        if entry:
            return actor_from_entry(entry, phrase)
        kind = {"civilians": 7, "protesters": 6, "rioters": 5, "journalists": 7}.get(actor_id, 3)
        return Actor(text=phrase, name=_title(actor_id.replace("-", " ")), kind=kind)


# Description rules that stand for armed groups, not states: unresolved, they stay a militia (3).
NON_STATE_RULES = frozenset(
    {
        "@unidentified",
        "@context_rebels",
        "@resistance",
        "@iran_aligned",
        "@context_jihadists",
        "@kurdish_militants",
        "@mercenaries",
    }
)


def _strip_determiner(key: str) -> str:
    for article in ("the ", "a ", "an ", "its ", "their "):
        if key.startswith(article):
            return key[len(article) :]
    return key


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


class ActorStage:
    name: ClassVar[str] = "actors"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "entities"})
    assigns: ClassVar[frozenset[str]] = frozenset({"actors", "weapons"})

    def setup(self, settings: Settings) -> None:
        self.resolver = ActorResolver(lexicon())

    def __call__(self, analysis: Analysis) -> Analysis:
        tokens = analysis.tokens or ()
        entities = analysis.entities or ()
        clans = list(_clan_pairs(analysis.document.text, tokens))
        mentions = [m for m in self._entity_mentions(analysis, entities) if not any(_overlap(m, c) for c in clans)]
        mentions += clans
        phrases = list(self._phrase_mentions(analysis, tokens))
        # "Iran-backed militants", "Israel's navy": a description phrase that holds a country
        # named only as its sponsor or owner is the actor; the country inside it is not.
        wider = [
            p
            for p in phrases
            if (p.how == "description" or p.actor.name == VESSEL_NAME or _owned_force(p, tokens))
            and _holds_only_metonyms(p, mentions)
        ]
        mentions = [m for m in mentions if not any(_inside(m, p) for p in wider)]
        taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
        mentions += [m for m in phrases if not taken & set(range(m.token_start, m.token_end))]
        taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
        mentions += [m for m in self._platform_owners(tokens, entities) if m.token_start not in taken]
        mentions.sort(key=lambda m: m.start)
        mentions = _resolve_back_references(_named_by_what_follows(mentions, analysis.document.text), analysis)
        weapons = tuple(e for e in entities if e.label in {"WEAPON", "MIL_PLATFORM"})
        return replace(analysis, actors=tuple(mentions), weapons=weapons)

    def _entity_mentions(self, analysis: Analysis, entities: Iterable[Entity]) -> Iterable[ActorMention]:
        tokens = analysis.tokens or ()
        datelines = dateline_spans(analysis.document.text)
        for entity in entities:
            words = [w for w in entity.text.split() if w.lower() != "the"]
            navy = SHIP_PREFIXES.get(words[0]) if words else None  # whatever the tagger called "the USS Carney"
            if navy is not None and navy in self.resolver.lex.by_id:
                # "USS Carney", "HMS Diamond": whatever the tagger called the ship, its navy
                actor = actor_from_entry(self.resolver.lex.by_id[navy], entity.text)
                yield ActorMention(
                    entity.start, entity.end, entity.text, actor, entity.token_start, entity.token_end, "name"
                )
                continue
            if entity.label not in ENTITY_LABELS or any(s <= entity.start < e for s, e in datelines):
                continue  # 'BAGHDAD, Nov. 29 -' says where the story was filed
            if _HOLDER.match(analysis.document.text, entity.end):
                continue  # "the Houthi-held city": who holds a place, not a side in what happens there
            start, end = _extend_to_force_noun(tokens, entity.token_start, entity.token_end)
            text = analysis.document.text[tokens[start].start : tokens[end - 1].end]
            head = tokens[end - 1].text
            if end == entity.token_end and entity.label == "NORP":
                head = _shared_head(tokens, end) or head  # "either Turkish or Syrian aircraft"
            resolved = self._resolve_entity(entity, text, head)
            if resolved and resolved[1] == "fallback" and _names_no_actor(tokens, entities, start, end):
                continue
            if resolved and resolved[1] == "metonym" and _after_a_compass_word(tokens, start):
                continue  # "strikes on southern Lebanon": a region of the country, not its state
            if resolved:
                actor, how = resolved
                how = "metonym" if tokens[end - 1].text.lower() in TERRITORY_NOUNS else how
                yield ActorMention(tokens[start].start, tokens[end - 1].end, text, actor, start, end, how)

    def _platform_owners(self, tokens: Sequence[Token], entities: Iterable[Entity]) -> Iterable[ActorMention]:
        """'An Iraqi F-16 struck', 'Russian Su-34s bombed': a demonym on an aircraft or other platform
        names the state that flies it."""
        for entity in entities:
            before = entity.token_start - 1
            if entity.label != "MIL_PLATFORM" or before < 0:
                continue
            iso = self.resolver.lex.demonyms.get(fold(tokens[before].text))
            if iso:
                first = tokens[before]
                text = f"{first.text} {entity.text}"
                yield ActorMention(
                    first.start, entity.end, text, state_forces(iso, text), before, entity.token_end, "demonym"
                )

    def _resolve_entity(self, entity: Entity, text: str, head: str) -> tuple[Actor, str] | None:
        lex = self.resolver.lex
        words = entity.text.split()
        if len(words) == 2 and lex.demonyms.get(fold(words[0])) and _DESIGNATOR.match(words[1]):
            return state_forces(lex.demonyms[fold(words[0])], text), "demonym"  # "a Turkish F-16" tagged as a group
        if entity.ref and entity.ref in lex.by_id:
            return actor_from_entry(lex.by_id[entity.ref], text), "name"
        iso = lex.country_names.get(_strip_determiner(fold(entity.text)))
        if entity.label in {"GPE", "ORG"} and head.lower() not in FORCE_NOUNS | NAMED_ONLY_HEADS and iso:
            # A country or its capital named as the doer ("Turkey struck ...", "attacked Abu Dhabi",
            # whatever label the tagger gave it) stands for its forces; the events stage only uses
            # these mentions in actor positions.
            return state_forces(iso, text), "metonym"
        if entity.label == "GPE" and head.lower() not in FORCE_NOUNS | NAMED_ONLY_HEADS:
            return None
        nation = lex.demonyms.get(fold(entity.text)[:-1]) if len(words) == 1 and entity.text.endswith("s") else None
        if entity.label in {"NORP", "ORG"} and nation:  # "killed 36 Palestinians": people of a nation, not its state
            return replace(actor_from_entry(lex.by_id["civilians"], text), country=nation), "description"
        if entity.label == "NORP" and head.lower() not in FORCE_NOUNS | NAMED_ONLY_HEADS | set(GENERIC_GROUP_NOUNS):
            return None  # "Kurdish" alone is an adjective, not an actor
        return self.resolver.resolve(text, is_entity=entity.label in {"ORG", "ACTOR"}, head=head)

    def _phrase_mentions(self, analysis: Analysis, tokens: Sequence[Token]) -> Iterable[ActorMention]:
        text = analysis.document.text
        for token in tokens:
            lower = token.text.lower()
            if token.pos not in {"NOUN", "PROPN"} or lower not in PHRASE_HEADS | description_heads():
                continue
            if lower not in PHRASE_HEADS and token.i + 1 < len(tokens) and tokens[token.i + 1].text == "-":
                continue  # "rebel-held", "coalition-led": part of an adjective, not the actor
            start = _left_edge(tokens, token)
            phrase = text[tokens[start].start : token.end]
            found = self._phrase_actor(phrase, tokens[start], token)
            if found is not None:
                actor, how = found
                yield ActorMention(tokens[start].start, token.end, phrase, actor, start, token.i + 1, how)

    def _phrase_actor(self, phrase: str, first: Token, head: Token) -> tuple[Actor, str] | None:
        lower = head.text.lower()
        if fold(phrase) in BACK_REFERENCES:
            return Actor(text=phrase, name=phrase, kind=3), "back-reference"
        resolved = self.resolver.resolve(phrase, head=head.text)
        if lower in VESSEL_NOUNS:
            # "a Greek-owned bulk carrier", "the Belize-flagged cargo ship": a merchant ship,
            # whoever owns or flags it; "a British naval vessel" is left to the dictionary.
            if head.i > 0 and fold(phrase).endswith("-" + lower):
                return None  # "anti-ship missile": a weapon's modifier, not a ship
            if first.text.lower() in {"any", "no"}:
                return None  # "did not hit any vessel": no ship to point at
            vessel_words = set(fold(phrase).replace("-", " ").split())
            if vessel_words & (NAVAL_WORDS | SPEAKER_DETERMINERS | POSSESSOR_DETERMINERS | DRONE_BOAT_WORDS):
                return None  # a warship, our own, or "an uncrewed surface vessel": a drone boat, a weapon
            if lower.startswith("carrier") and not vessel_words & CARGO_WORDS:
                return None
            if lower.startswith("tanker") and vessel_words & ROAD_TANKER_WORDS:
                return None  # "a convoy of fuel tankers", "a water tanker": lorries
            merchant = bool(vessel_words & (CARGO_WORDS | MERCHANT_WORDS))
            merchant = merchant or lower.startswith(("tanker", "freighter", "carrier"))
            if merchant or resolved is None:
                return Actor(text=phrase, name=VESSEL_NAME, kind=7), "generic"
            # "Iranian vessels", "a Turkish ship": whose they are, as before
        owned = first.text.lower() in SPEAKER_DETERMINERS | POSSESSOR_DETERMINERS
        if (
            owned
            and resolved is not None
            and resolved[1] == "description"
            and resolved[0].actor_id in resources.GENERIC_DESCRIPTION_RULES
        ):
            resolved = None  # "its fighters", "our troops": whose they are beats what they are
        if resolved is not None and resolved[1] in {"alias", "demonym", "description"}:
            return resolved
        if lower not in PHRASE_HEADS:
            return None  # "the resistance", "the occupiers": an actor only as a description says
        if resolved is None and lower in OWNED_NOUNS | FORCE_NOUNS | GROUP_NOUNS and not owned:
            # "coalition positions", "an occupation base": the modifier names the owner as
            # "the coalition", "the occupation" would.
            words = _strip_determiner(fold(phrase).replace('"', "")).split()[:-1]
            owner = self.resolver.resolve("the " + " ".join(words), head=words[-1]) if words else None
            if owner is not None and owner[1] == "description":
                return replace(owner[0], text=phrase), "description"
        if first.text.lower() in SPEAKER_DETERMINERS and lower in FORCE_NOUNS | NAMED_ONLY_HEADS | OWNED_MEN:
            # "our forces", "our bases": whoever is speaking; the attribution stage knows who.
            return Actor(text=phrase, name=phrase, kind=_kind_of(lower), actor_id="@speaker"), "speaker"
        if first.text.lower() in POSSESSOR_DETERMINERS and lower in FORCE_NOUNS | NAMED_ONLY_HEADS | OWNED_MEN:
            # "its fighters", "their drones": the group just named, or the source speaking of itself.
            return Actor(text=phrase, name=phrase, kind=_kind_of(lower), actor_id="@possessor"), "possessor"
        if lower in GROUP_NOUNS and _has_name_before_head(phrase):
            return fallback_actor(phrase), "fallback"  # "the Fateh al-Mubin operations room"
        if lower in NAMED_ONLY_HEADS:
            return None  # an unowned "base", "strike" or "group" names no actor
        if lower in SUSPECT_NOUNS:
            kind = 3 if lower.startswith(("smuggl", "traffick")) else 7
            return Actor(text=phrase, name=_title(lower if lower.endswith("s") else lower + "s"), kind=kind), "generic"
        return resolved


# Until the attribution stage knows whose they are, "its fighters" are a group's and "our troops" a state's.
NON_STATE_FORCE_NOUNS = frozenset(
    "fighters fighter militants militant militia militias militiamen mujahideen rebels insurgents gunmen jihadists".split()
)


def _kind_of(head: str) -> int:
    return 3 if head in NON_STATE_FORCE_NOUNS else 1


def _has_name_before_head(phrase: str) -> bool:
    words = phrase.split()[:-1]
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


_CODE_OR_UNIT = re.compile(r"^(?:[A-Z]{2,4} ?-?\d{1,4}|NM|nm|KM|km|MM|mm)$")


def _names_no_actor(tokens: Sequence[Token], entities: Iterable[Entity], start: int, end: int) -> bool:
    """An unknown name that is a place ("the outskirts of Kansafra") or a weapon's model
    ("a Krasnopol shell") rather than a group."""
    if start >= 2 and tokens[start - 1].text.lower() == "of" and tokens[start - 2].text.lower() in PLACE_NOUNS:
        return True
    words = [t.text.lower() for t in tokens[start:end]]
    if _CODE_OR_UNIT.match(" ".join(t.text for t in tokens[start:end])):
        return True  # a hull number "DDG 64", a distance "66 NM"
    if set(words) & MEDIA_PLATFORMS or (words and words[-1] in STREET_NOUNS):
        return True  # "said on Telegram", "near the Corniche", "on al-Jazair Street"
    if end < len(tokens) and tokens[end].text in STREET_NOUNS:
        return True  # "on the Monywa-Pale road": the tagger left the road's own noun out
    names = [t for t in tokens[start:end] if t.pos != "PUNCT"]
    if len(names) == 1 and _is_a_town(names[0].text):
        return True  # "a site near Isfahan", tagged ORG: a town the gazetteer knows by that very name
    if end < len(tokens):
        after = tokens[end]
        return any(e.label in WEAPON_LABELS and e.token_start <= after.i < e.token_end for e in entities)
    return False


MEDIA_PLATFORMS = frozenset("telegram twitter facebook whatsapp youtube instagram tiktok".split())
STREET_NOUNS = frozenset("street road avenue square corniche highway boulevard roundabout".split())


def _is_a_town(name: str) -> bool:
    from ..geo.gazetteer import gazetteer

    return any(
        m.how in {"name", "alternate"} and m.entry.kind not in {"country", "continent"}
        for m in gazetteer().candidates(name, skeleton=False)
    )


# "the Albu Ali and Albu Hamad clans", "the al-Mawla and Bakkar families": two named clans.
_CLAN_PAIR = re.compile(
    r"\b(?P<first>(?:[A-Z][\w'’]*|al|el|Al|El)(?:[ -](?:[A-Z][\w'’]*|al|el|bin|ibn))*)"
    r" and (?:the )?(?P<second>(?:[A-Z][\w'’]*|al|el|Al|El)(?:[ -](?:[A-Z][\w'’]*|al|el|bin|ibn))*)"
    r" (?P<noun>clans|tribes|families)\b"
)
COMMUNAL_MILITIA_KIND = 4


def _clan_pairs(text: str, tokens: Sequence[Token]) -> Iterator[ActorMention]:
    """The two clans (tribes, families) of "the A and B clans", each named as "A clan"."""
    starts = {t.start: t.i for t in tokens}
    ends = {t.end: t.i + 1 for t in tokens}
    for match in _CLAN_PAIR.finditer(text):
        noun = {"clans": "clan", "tribes": "tribe", "families": "family"}[match.group("noun")]
        for part in ("first", "second"):
            start, end = match.span(part)
            if start not in starts or end not in ends:
                break
            name = f"{match.group(part)} {noun}"
            actor = Actor(text=match.group(part), name=name[:1].upper() + name[1:], kind=COMMUNAL_MILITIA_KIND)
            yield ActorMention(start, end, match.group(part), actor, starts[start], ends[end], "clan")


def _overlap(a: ActorMention, b: ActorMention) -> bool:
    return a.token_start < b.token_end and b.token_start < a.token_end


def _inside(inner: ActorMention, outer: ActorMention) -> bool:
    return outer.token_start <= inner.token_start and inner.token_end <= outer.token_end and inner is not outer


def _owned_force(phrase: ActorMention, tokens: Sequence[Token]) -> bool:
    """'Israel's navy': a country's force named by its possessive."""
    return phrase.how == "demonym" and tokens[phrase.token_end - 1].text.lower() in FORCE_NOUNS


def _holds_only_metonyms(phrase: ActorMention, mentions: Sequence[ActorMention]) -> bool:
    overlapping = [m for m in mentions if m.token_start < phrase.token_end and phrase.token_start < m.token_end]
    return bool(overlapping) and all(m.how == "metonym" and _inside(m, phrase) for m in overlapping)


@lru_cache(maxsize=1)
def description_heads() -> frozenset[str]:
    """Last words of description phrases that are no force noun ("the resistance",
    "the occupiers", "tribes"): a phrase they head is an actor only when it is a description."""
    heads = set()
    for entry in resources.descriptions():
        if entry.get("actor") in {"@government_of_context", "@war_monitor"}:
            continue
        for phrase in entry.get("phrases", []):
            word = phrase.split()[-1]
            if word.islower() and word.isalpha():
                heads.add(fold(word))
    return frozenset(heads - PHRASE_HEADS - {"officials", "spokesman", "spokesperson", "partners", "power"})


def _shared_head(tokens: Sequence[Token], end: int) -> str | None:
    """The noun a coordinated adjective shares: 'Turkish' in 'Turkish or Syrian aircraft'."""
    if end >= len(tokens) or tokens[end].text.lower() not in {"or", "and", "/"}:
        return None
    for token in tokens[end + 1 : end + 6]:
        if token.text.lower() in FORCE_NOUNS | NAMED_ONLY_HEADS:
            return token.text
        if token.pos not in {"ADJ", "PROPN", "NOUN", "DET"}:
            return None
    return None


def _extend_to_force_noun(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """'Russian' + 'warplanes' → one mention, so the head noun is known."""
    heads = FORCE_NOUNS | NAMED_ONLY_HEADS | set(GENERIC_GROUP_NOUNS)
    if end < len(tokens) and tokens[end].text.lower() in heads:
        return start, end + 1
    if end + 1 < len(tokens) and tokens[end].pos in {"ADJ", "NOUN", "PROPN"} and tokens[end + 1].text.lower() in heads:
        return start, end + 2
    return start, end


def _hangs_on(tokens: Sequence[Token], token: Token, head: Token, depth: int = 3) -> bool:
    """Whether ``token`` modifies ``head`` within a few steps ("27" in "a 27-year-old man")."""
    for _ in range(depth):
        if token.head == head.i:
            return True
        if token.head == token.i:
            return False
        token = tokens[token.head]
    return False


def _left_edge(tokens: Sequence[Token], head: Token) -> int:
    """Start of the modifiers left of a noun (determiners, adjectives, compounds, names)."""
    start = head.i
    while start > 0:
        left = tokens[start - 1]
        if not _hangs_on(tokens, left, head):
            break
        if left.dep not in {
            "det",
            "amod",
            "compound",
            "nmod",
            "poss",
            "npadvmod",
            "nummod",
            "quantmod",
            "punct",
            "case",
        }:
            break
        if left.dep == "punct" and left.text not in {"-", '"', "\u201c", "\u201d"}:
            break  # a hyphen or quotation marks stay inside: 'the "occupation" base'
        start -= 1
    return start


DESCRIBED_BY = frozenset({"description", "generic", "fallback"})
ALLEGIANCE = re.compile(r"\s+(?:loyal|belonging) to(?: the)?\s+|\s+affiliated with(?: the)?\s+")


def _named_by_what_follows(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """'the Internal Security Forces (Asayish)', 'mercenaries loyal to the Damascus regime': a
    description the name in brackets, or the allegiance, right after it pins down is that
    name's actor."""
    result = list(mentions)
    for n, (described, name) in enumerate(itertools.pairwise(mentions)):
        between = text[described.end : name.start]
        bracketed = between.strip() == "(" and text[name.end : name.end + 1] == ")"
        if (
            (bracketed or ALLEGIANCE.fullmatch(between))
            # "gunmen loyal to the former regime": the allegiance names the unidentified
            and (described.how in DESCRIBED_BY or described.actor.actor_id == "unidentified-armed-group")
            and name.actor.actor_id
        ):
            result[n] = replace(described, actor=replace(name.actor, text=described.text))
    return result


def _resolve_back_references(mentions: list[ActorMention], analysis: Analysis) -> list[ActorMention]:
    """'the group' → the last named, non-generic actor in the same paragraph."""
    last_named: dict[int, ActorMention] = {}
    resolved: list[ActorMention] = []
    sentences = analysis.sentences or ()
    for mention in mentions:
        paragraph = sentences[analysis.tokens[mention.token_start].sent].paragraph if analysis.tokens else 0
        if mention.how == "back-reference":
            antecedent = last_named.get(paragraph)
            if antecedent is None:
                continue  # nothing safe to point at: not an actor mention
            mention = replace(mention, actor=replace(antecedent.actor, text=mention.text), how="pronoun")
        elif mention.actor.actor_id and mention.how in {"name", "alias"}:
            last_named[paragraph] = mention
        resolved.append(mention)
    return resolved


# --- actors in the context of their event ----------------------------------------------

SYRIA_TRANSITION = dt.date(2024, 12, 8)
SOURCE_RULES = frozenset({"@speaker", "@possessor"})
SHARED_RULE = "@one-of:"
# Description rules (descriptions.yaml) resolved by the event's country: ISO2 -> actor id.
RULE_BY_COUNTRY: dict[str, dict[str, str]] = {
    "@resistance": {
        "LB": "hezbollah",
        "IQ": "islamic-resistance-in-iraq",
        "PS": "palestinian-factions",
        "IL": "hezbollah",
        "YE": "houthis",
        "SY": "iran-aligned-militias",
        "ML": "jnim",  # "the mujahideen" of a JNIM claim
        "BF": "jnim",
        "SO": "al-shabaab",
        "MM": "myanmar-pdf",  # "resistance forces" after the 2021 coup
    },
    "@iran_aligned": {
        "LB": "hezbollah",
        "YE": "houthis",
        "IQ": "iran-aligned-militias",
        "SY": "iran-aligned-militias",
        "PS": "palestinian-factions",
        "IL": "hezbollah",
    },
    "@occupation": {
        "PS": "israel-forces",
        "IL": "israel-forces",
        "LB": "israel-forces",
        "SY": "us-forces",
        "IQ": "us-forces",
    },
    "@coalition": {"SY": "cjtf-oir", "IQ": "cjtf-oir", "YE": "saudi-led-coalition"},
    "@mercenaries": {"YE": "yemen-forces", "SY": "syrian-national-army"},
    "@us_backed": {"SY": "sdf", "IQ": "iraq-forces"},
    "@kurdish_forces": {"SY": "sdf", "IQ": "peshmerga", "TR": "pkk", "IR": "pjak"},
    "@kurdish_militants": {"TR": "pkk", "IQ": "pkk", "SY": "ypg", "IR": "pjak"},
    "@context_rebels": {"SY": "syrian-opposition", "YE": "houthis", "TR": "pkk", "IQ": "islamic-state"},
    "@context_jihadists": {
        "SY": "islamic-state",
        "IQ": "islamic-state",
        "YE": "aqap",
        "SO": "al-shabaab",
        "ML": "jnim",
        "BF": "jnim",
        "AF": "islamic-state-khorasan",
        "PK": "ttp",
    },
    "@tribal": {"SY": "deir-ez-zor-tribal-forces"},
    "@war_monitor": {"SY": "sohr"},
}


def resolve_in_context(
    actor: Actor | None, country: str | None, day: dt.date | None, forces_of: str | None = None
) -> Actor | None:
    """An actor as its event's place and date make it: description rules resolved,
    generic actors given the country, a state's forces abroad coded as external (8).
    ``forces_of``: the one state whose forces the sentence names ("a Turkish base"), whose
    the bare "soldiers" of that sentence are, wherever the event happened."""
    if actor is None:
        return None
    if actor.actor_id in SOURCE_RULES:
        return actor  # "our forces", "its fighters": the attribution stage knows the speaker
    if actor.actor_id == "@state_forces_of_context" and forces_of is not None:
        actor = _resolve_rule(actor, forces_of, day)
    if actor.actor_id and actor.actor_id.startswith("@"):
        actor = _resolve_rule(actor, country, day)
    if country is None:
        return actor
    if actor.country is None:
        actor = replace(actor, country=country)
    if actor.kind == 1 and actor.country != country and _is_state_forces(actor):
        actor = replace(actor, kind=8)
    return actor


def _is_state_forces(actor: Actor) -> bool:
    entry = lexicon().by_id.get(actor.actor_id or "")
    return entry is None or entry.get("type") in STATE_TYPES


def _resolve_rule(actor: Actor, country: str | None, day: dt.date | None) -> Actor:
    rule = actor.actor_id or ""
    lex = lexicon()
    if country is None:
        return replace(actor, actor_id=None)
    target: str | None = None
    if rule in {"@state_forces_of_context", "@police_of_context", "@government_of_context"}:
        return _of_country(rule, actor, country, day)
    if rule.startswith(SHARED_RULE):
        inside = [lex.by_id[i] for i in rule[len(SHARED_RULE) :].split(",") if lex.by_id[i].get("country") == country]
        return actor_from_entry(inside[0], actor.text) if len(inside) == 1 else replace(actor, actor_id=None)
    if rule == "@regime":
        if country == "SY":
            target = "former-regime-loyalists" if day and day >= SYRIA_TRANSITION else "syria-forces"
        else:
            return _of_country("@government_of_context", actor, country, day)
    elif rule == "@unidentified" or rule == "@enemy_of_source":
        target = "unidentified-armed-group"
    else:
        target = RULE_BY_COUNTRY.get(rule, {}).get(country)
    if target and target in lex.by_id:
        resolved = actor_from_entry(lex.by_id[target], actor.text)
        return replace(
            resolved, kind=actor.kind if rule in {"@context_rebels", "@context_jihadists"} else resolved.kind
        )
    return replace(actor, actor_id=None, uncertain=True)


ARMY_WORDS = frozenset("army military troops troop soldiers soldier".split())


def _of_country(rule: str, actor: Actor, country: str, day: dt.date | None) -> Actor:
    lex = lexicon()
    if rule == "@state_forces_of_context":
        army = lex.country_by_iso.get(country, {}).get("army_in_territory")
        if army in lex.by_id and set(fold(actor.text).split()) & ARMY_WORDS:
            return actor_from_entry(lex.by_id[army], actor.text)  # "an army jeep" near Jenin
        for later in lex.country_by_iso.get(country, {}).get("later_forces") or ():
            if day and day >= dt.date.fromisoformat(str(later["from"])) and later.get("forces") in lex.by_id:
                return actor_from_entry(lex.by_id[later["forces"]], actor.text)
        return state_forces(country, actor.text)
    wanted = "police" if rule == "@police_of_context" else "government"
    for entry in lex.by_id.values():
        if entry.get("type") == wanted and entry.get("country") == country and not entry.get("parent"):
            return actor_from_entry(entry, actor.text)
    name = lex.country_by_iso.get(country, {}).get("name", country)
    label = "Police Forces of" if wanted == "police" else "Government of"
    return Actor(text=actor.text, name=f"{label} {name}", kind=1, country=country)


class ActorContextStage:
    """Actors in the light of where and when their event happened (after locations and dates)."""

    name: ClassVar[str] = "actors.context"
    requires: ClassVar[frozenset[str]] = frozenset({"events"})
    assigns: ClassVar[frozenset[str]] = frozenset({"events"})

    def setup(self, settings: Settings) -> None:
        lexicon()

    def __call__(self, analysis: Analysis) -> Analysis:
        events = tuple(self._in_context(e, analysis) for e in analysis.events or ())
        return replace(analysis, events=events)

    @staticmethod
    def _in_context(event: EventClaim, analysis: Analysis) -> EventClaim:
        country = event.location.country if event.location else _document_country(analysis)
        day = event.date.start if event.date and event.date.start else analysis.document.published
        forces_of = _forces_named_in(event, analysis)
        actor1 = event.actor1 or _defender(event, day)
        actor2 = event.actor2
        if actor2 is None or PROPERTY_TARGET in event.flags:
            actor2 = _hosted_forces(event, day) or actor2
        if actor2 is None and _fired_across_a_border(event, analysis):
            actor2 = STATE_FORCES_OF_CONTEXT
        actor1 = resolve_in_context(actor1, country, day, forces_of)
        sub_type = event.sub_event_type
        if sub_type == REGAINS and actor1 is not None and actor1.kind == 8:
            sub_type = OVERTAKES  # ACLED: a foreign state's forces taking ground abroad overtake it
        return replace(
            event, actor1=actor1, actor2=resolve_in_context(actor2, country, day, forces_of), sub_event_type=sub_type
        )


REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"


# The state forces of wherever the event happened, resolved by `resolve_in_context`.
STATE_FORCES_OF_CONTEXT = Actor(text="", name="", kind=1, actor_id="@state_forces_of_context")
HOST_TARGETED_TYPES = frozenset({"Explosions/Remote violence", "Battles"})
# An extractor's flag on a claim whose target it took from the property hit ("struck the Conoco
# gas field" -> civilians): the foreign forces stationed at the site, if any, are the better guess.
PROPERTY_TARGET = "property-target"


def _fired_across_a_border(event: EventClaim, analysis: Analysis) -> bool:
    """'About 90 projectiles were fired from Lebanon': fire from one country that fell in another,
    with no target named, was fired at the state it fell in."""
    place = event.location
    if event.event_type != "Explosions/Remote violence" or place is None or not place.country:
        return False
    if place.precision == 3 and place.gazetteer_id is None:
        return False
    text = analysis.document.text
    return any(
        t.place is not None
        and t.place.country not in {None, place.country}
        and _ORIGIN_BEFORE.search(text[max(event.evidence.start, t.start - 40) : t.start])
        for t in analysis.toponyms or ()
        if event.evidence.start <= t.start < event.evidence.end
    )


_ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:area|direction)\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _hosted_forces(event: EventClaim, day: dt.date | None) -> Actor | None:
    """'Rockets hit Ain al-Asad': an attack on a base with no target named is an attack
    on the foreign forces stationed there that year (data/site_hosts.yaml)."""
    if event.event_type not in HOST_TARGETED_TYPES:
        return None
    actor = _stationed_at(event.location, day)
    return None if actor is None or (event.actor1 is not None and event.actor1.actor_id == actor.actor_id) else actor


def _stationed_at(place: Place | None, day: dt.date | None) -> Actor | None:
    if place is None or day is None or place.precision != 1:
        return None
    for host in _hosts_by_site().get(place.gazetteer_id or "", ()):
        if host["from"] <= day.year <= (host["until"] or day.year) and host["actor"] in lexicon().by_id:
            return actor_from_entry(lexicon().by_id[host["actor"]], place.text)
    return None


def _defender(event: EventClaim, day: dt.date | None) -> Actor | None:
    """'A drone was shot down near Tabriz', 'most were intercepted by air defences': with no
    interceptor named, the place's defenders are: the foreign forces stationed at the site,
    else the state forces of the country it lies in."""
    place = event.location
    if event.sub_event_type != "Disrupted weapons use" or place is None or not place.country:
        return None
    stationed = _stationed_at(place, day)
    return stationed or STATE_FORCES_OF_CONTEXT


@lru_cache(maxsize=1)
def _hosts_by_site() -> dict[str, list[dict[str, Any]]]:
    hosts: dict[str, list[dict[str, Any]]] = {}
    for host in resources.site_hosts():
        hosts.setdefault(host["site"], []).append(host)
    return hosts


def _forces_named_in(event: EventClaim, analysis: Analysis) -> str | None:
    """The country of the only state forces a claim's evidence names by demonym ("a Turkish base")."""
    countries = {
        m.actor.country
        for m in analysis.actors or ()
        if event.evidence.start <= m.start < event.evidence.end
        and m.how == "demonym"
        and m.actor.kind in {1, 8}
        and m.actor.country
    }
    return countries.pop() if len(countries) == 1 else None


def _document_country(analysis: Analysis) -> str | None:
    """The country most places in the article lie in, for events with no place of their own."""
    from collections import Counter

    counts = Counter(t.place.country for t in analysis.toponyms or () if t.place and t.place.country)
    return counts.most_common(1)[0][0] if counts else None


def _after_a_compass_word(tokens: Sequence[Token], start: int) -> bool:
    return start > 0 and is_compass_word(tokens[start - 1].text)
