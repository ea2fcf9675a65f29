"""Event triggers: the words that state an act, and the ACLED type they imply.

A trigger has a *class* (attack, clash, outcome, abduct, …). The final ACLED
sub-type is decided from the class together with the weapons and targets
around it (see `decide_type`): "struck" with a drone is an air/drone strike,
with rockets a shelling/missile attack, against civilians an attack on
civilians.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Token

# Trigger lemmas by class. Verbs and nouns; multiword triggers below.
VERB_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        [
            "attack",
            "strike",
            "hit",
            "target",
            "bomb",
            "bombard",
            "pound",
            "raid",
            "assault",
            "ambush",
            "shell",
            "fire",
            "launch",
            "rain",
            "land",
            "explode",
            "detonate",
            "blast",
            "torpedo",
            "storm",
        ],
        "attack",
    ),
    **dict.fromkeys(["clash", "fight", "battle", "skirmish", "engage", "repel", "confront"], "clash"),
    **dict.fromkeys(["kill", "wound", "injure", "die"], "outcome"),
    **dict.fromkeys(["execute", "assassinate", "behead", "massacre", "murder", "slaughter"], "kill_civilians"),
    **dict.fromkeys(["kidnap", "abduct"], "abduct"),
    **dict.fromkeys(["arrest", "detain"], "arrest"),
    **dict.fromkeys(["intercept", "down"], "intercept"),
    **dict.fromkeys(["protest", "demonstrate", "rally", "march"], "protest"),
    **dict.fromkeys(["riot"], "riot"),
    **dict.fromkeys(["recapture", "retake", "reclaim", "liberate"], "regain"),
    **dict.fromkeys(["seize", "capture", "overrun"], "seize"),
    **dict.fromkeys(["deploy"], "deploy"),
    **dict.fromkeys(["loot", "torch", "burn", "demolish", "ransack"], "loot"),
}
NOUN_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        [
            "attack",
            "strike",
            "airstrike",
            "bombing",
            "bombardment",
            "raid",
            "assault",
            "ambush",
            "shelling",
            "explosion",
            "blast",
            "barrage",
            "salvo",
        ],
        "attack",
    ),
    **dict.fromkeys(["clash", "clashes", "fighting", "firefight", "battle", "skirmish", "skirmishes"], "clash"),
    **dict.fromkeys(["execution", "assassination", "massacre", "killing"], "kill_civilians"),
    **dict.fromkeys(["kidnapping", "abduction"], "abduct"),
    **dict.fromkeys(["arrest", "arrests", "detention"], "arrest"),
    **dict.fromkeys(["interception"], "intercept"),
    **dict.fromkeys(["protest", "protests", "demonstration", "demonstrations", "rally", "march", "sit-in"], "protest"),
    **dict.fromkeys(["riot", "riots"], "riot"),
    **dict.fromkeys(["ceasefire", "truce"], "agreement"),
}
# Phrases matched on lowercased token text (first word, rest of the words).
PHRASE_TRIGGERS: dict[tuple[str, ...], str] = {
    ("opened", "fire"): "attack",
    ("open", "fire"): "attack",
    ("shot", "down"): "intercept",
    ("shoot", "down"): "intercept",
    ("shooting", "down"): "intercept",
    ("gun", "battle"): "clash",
    ("exchange", "of", "fire"): "clash",
    ("exchanged", "fire"): "clash",
    ("shot", "dead"): "kill_civilians",
    ("gunned", "down"): "kill_civilians",
    ("took", "control"): "seize",
    ("take", "control"): "seize",
    ("taken", "control"): "seize",
    ("rounded", "up"): "arrest",
    ("air", "strike"): "attack",
    ("air", "strikes"): "attack",
    ("drone", "strike"): "attack",
    ("drone", "strikes"): "attack",
    ("set", "up", "a", "base"): "deploy",
    ("established", "a", "base"): "deploy",
    ("prisoner", "swap"): "agreement",
    ("prisoner", "exchange"): "agreement",
    ("signed", "an", "agreement"): "agreement",
    ("reached", "an", "agreement"): "agreement",
    ("agreed", "to", "a", "ceasefire"): "agreement",
}
# Words that look like triggers but, next to these, are not acts of violence.
NOT_EVENTS = {
    "strike": {"hunger", "labour", "labor", "general", "workers"},
    "fire": {"cease", "ceasefire"},
    "launch": {"campaign", "investigation", "initiative", "probe", "appeal", "programme", "program", "inquiry"},
    "hit": {"record", "headlines"},
    "target": {"sales", "goal"},
    "rally": {"markets", "stocks", "shares"},
    "march": {"month"},
    "fight": {"corruption", "against"},
    "battle": {"legal", "political"},
    "land": {"plane", "aircraft", "flight", "helicopter", "farm"},
    "down": {"step", "stepped", "back"},
}
LAUNCH_OBJECTS = frozenset(
    [
        "rocket",
        "rockets",
        "missile",
        "missiles",
        "drone",
        "drones",
        "attack",
        "attacks",
        "strike",
        "strikes",
        "strikes",
        "salvo",
        "barrage",
        "mortar",
        "mortars",
        "shells",
        "projectile",
        "projectiles",
        "raid",
        "raids",
        "offensive",
        "assault",
        "operation",
        "uav",
        "uavs",
        "munitions",
        "torpedo",
    ]
)

WEAPON_FAMILY_TYPES = {
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "indirect_fire": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosive": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
}
CLASS_TYPES = {
    "clash": ("Battles", "Armed clash"),
    "kill_civilians": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "arrest": ("Strategic developments", "Arrests"),
    "intercept": ("Strategic developments", "Disrupted weapons use"),
    "protest": ("Protests", "Peaceful protest"),
    "riot": ("Riots", "Violent demonstration"),
    "regain": ("Battles", "Government regains territory"),
    "seize": ("Battles", "Non-state actor overtakes territory"),
    "deploy": ("Strategic developments", "Headquarters or base established"),
    "loot": ("Strategic developments", "Looting/property destruction"),
    "agreement": ("Strategic developments", "Agreement"),
}
# Words that make an otherwise plain attack a specific kind.
SUICIDE_WORDS = frozenset(["suicide", "kamikaze"]) - {"kamikaze"}
CHEMICAL_WORDS = frozenset(["chemical", "chlorine", "sarin", "gas", "nerve", "toxic"])
EXPLOSIVE_WORDS = frozenset(
    [
        "ied",
        "ieds",
        "bomb",
        "bombs",
        "landmine",
        "landmines",
        "mine",
        "mines",
        "explosive",
        "explosives",
        "device",
        "booby-trapped",
    ]
)
AIR_WORDS = frozenset(
    [
        "aircraft",
        "airstrike",
        "airstrikes",
        "warplane",
        "warplanes",
        "jet",
        "jets",
        "helicopter",
        "helicopters",
        "drone",
        "drones",
        "uav",
        "uavs",
        "bomber",
        "bombers",
        "air",
        "aerial",
    ]
)
INDIRECT_WORDS = frozenset(
    [
        "rocket",
        "rockets",
        "missile",
        "missiles",
        "mortar",
        "mortars",
        "shell",
        "shells",
        "shelling",
        "artillery",
        "katyusha",
        "katyushas",
        "grad",
        "projectile",
        "projectiles",
        "howitzer",
        "howitzers",
        "barrage",
        "salvo",
    ]
)


@dataclass(frozen=True)
class Trigger:
    start: int  # token index of the first word
    end: int  # token index after the last word
    head: int  # the token whose parse links carry the arguments
    cls: str
    pos: str  # VERB or NOUN


def find_triggers(tokens: Sequence[Token]) -> list[Trigger]:
    """Triggers in a run of tokens (one sentence), multiword ones first."""
    found: list[Trigger] = []
    taken: set[int] = set()
    lowered = [t.text.lower() for t in tokens]
    for offset in range(len(tokens)):
        for phrase, cls in PHRASE_TRIGGERS.items():
            if tuple(lowered[offset : offset + len(phrase)]) == phrase:
                span = range(offset, offset + len(phrase))
                if taken.isdisjoint(span):
                    head = (
                        tokens[offset + len(phrase) - 1]
                        if tokens[offset].pos not in {"VERB", "AUX"}
                        else tokens[offset]
                    )
                    found.append(
                        Trigger(
                            tokens[offset].i,
                            tokens[offset].i + len(phrase),
                            head.i,
                            cls,
                            "VERB" if head.pos in {"VERB", "AUX"} else "NOUN",
                        )
                    )
                    taken.update(span)
    for offset, token in enumerate(tokens):
        if offset in taken:
            continue
        cls = _single_word_class(tokens, offset)
        if cls:
            found.append(
                Trigger(token.i, token.i + 1, token.i, cls, "VERB" if token.pos in {"VERB", "AUX"} else "NOUN")
            )
    return sorted(found, key=lambda t: t.start)


def _single_word_class(tokens: Sequence[Token], offset: int) -> str | None:
    token = tokens[offset]
    lemma = token.lemma.lower()
    word = token.text.lower()
    if token.pos == "VERB" or (token.pos == "AUX" and lemma in VERB_TRIGGERS):
        cls = VERB_TRIGGERS.get(lemma)
    elif token.pos in {"NOUN", "PROPN"}:
        cls = NOUN_TRIGGERS.get(word) or NOUN_TRIGGERS.get(lemma)
    elif token.pos == "ADJ" and word in {"dead", "wounded", "injured"}:
        cls = "outcome"
    else:
        cls = None
    if cls is None:
        return None
    context = {t.text.lower() for t in tokens[max(0, offset - 3) : offset + 4]}
    if context & NOT_EVENTS.get(lemma, set()):
        return None
    if lemma in {"launch", "fire", "rain"} and token.pos == "VERB":
        objects = {
            t.text.lower() for t in tokens if t.head == token.i and t.dep in {"dobj", "nsubjpass", "prep", "pobj"}
        }
        objects |= {
            t.text.lower()
            for t in tokens
            if t.dep == "pobj"
            and tokens[0].i <= t.head < tokens[0].i + len(tokens)
            and tokens[t.head - tokens[0].i].head == token.i
        }
        if not objects & LAUNCH_OBJECTS and not any(t.text.lower() in LAUNCH_OBJECTS for t in tokens):
            return None
    if lemma == "land" and not any(t.text.lower() in INDIRECT_WORDS | {"shells", "projectiles"} for t in tokens):
        return None
    if lemma == "down" and token.pos != "VERB":
        return None
    if lemma in {"capture", "seize"} and _object_is_people(tokens, token):
        return "arrest"
    return cls


def _object_is_people(tokens: Sequence[Token], verb: Token) -> bool:
    from .numbers import PERSON_NOUNS

    for token in tokens:
        if token.head == verb.i and token.dep in {"dobj", "nsubjpass"}:
            return token.text.lower() in PERSON_NOUNS or token.ent_type == "PERSON"
    return False


def decide_type(cls: str, words: set[str], weapon_families: set[str], target_kind: int | None) -> tuple[str, str]:
    """ACLED (type, sub-type) from a trigger class and the words around it."""
    if cls in {"attack", "outcome", "kill_civilians"}:
        if words & SUICIDE_WORDS or "suicide" in weapon_families:
            return WEAPON_FAMILY_TYPES["suicide"]
        if words & CHEMICAL_WORDS and ("attack" in words or "chemical" in words):
            return WEAPON_FAMILY_TYPES["chemical"]
        for family, signal in (("air", AIR_WORDS), ("indirect_fire", INDIRECT_WORDS), ("explosive", EXPLOSIVE_WORDS)):
            if family in weapon_families or words & signal:
                return WEAPON_FAMILY_TYPES[family]
        if "grenade" in weapon_families or "grenade" in words or "grenades" in words:
            return WEAPON_FAMILY_TYPES["grenade"]
        if target_kind == 7 or cls == "kill_civilians":
            return CLASS_TYPES["kill_civilians"]
        return CLASS_TYPES["clash"]
    return CLASS_TYPES[cls]
