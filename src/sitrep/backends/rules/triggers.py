"""Event triggers: the words that state an act, and the ACLED type they imply.

A trigger has a *class* (attack, clash, outcome, abduct, …). The final ACLED
sub-type is decided from the class together with the weapon nearest to the
trigger, the target and the doer (see `decide_type`): "struck" with a drone
is an air/drone strike, with rockets a shelling/missile attack, against
civilians an attack on civilians; "seized" by government forces is
"Government regains territory".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...model import STATE_KINDS, Token
from ...text import DRONE_BOAT_WORDS
from .numbers import PERSON_NOUNS

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
            "impact",
            "fall",
            "cross",
            "drop",
            "explode",
            "detonate",
            "blast",
            "torpedo",
            "storm",
            "throw",
            "hurl",
            "lob",
            "send",
            "destroy",
            "slam",
        ],
        "attack",
    ),
    **dict.fromkeys(
        [
            "clash",
            "fight",
            "battle",
            "skirmish",
            "engage",
            "repel",
            "confront",
            "exchange",
            "foil",
            "thwart",
            "encounter",
        ],
        "clash",
    ),
    **dict.fromkeys(["slay"], "kill_civilians"),
    **dict.fromkeys(["kill", "wound", "injure", "die", "hurt", "harm", "martyr"], "outcome"),
    **dict.fromkeys(["execute", "assassinate", "behead", "massacre", "murder", "slaughter"], "kill_civilians"),
    **dict.fromkeys(["rape"], "sexual"),
    **dict.fromkeys(["kidnap", "abduct", "take"], "abduct"),  # "take": only as "was taken ... by armed men"
    **dict.fromkeys(["arrest", "detain"], "arrest"),
    **dict.fromkeys(
        ["intercept", "down", "defuse", "dismantle", "clear", "find", "locate", "uncover", "discover", "secure"],
        "intercept",
    ),
    **dict.fromkeys(["protest", "demonstrate", "rally", "march", "gather", "disperse", "hold", "stage"], "protest"),
    **dict.fromkeys(["riot", "pelt", "block"], "riot"),
    **dict.fromkeys(
        ["recapture", "retake", "retook", "reclaim", "liberate", "regain"], "regain"
    ),  # the tagger keeps "retook"
    **dict.fromkeys(["seize", "capture", "overrun", "overtake", "enter", "expel", "oust"], "seize"),
    **dict.fromkeys(["deploy", "reinforce"], "deploy"),
    **dict.fromkeys(["withdraw", "hand", "cede"], "transfer"),
    **dict.fromkeys(["defect", "disband", "dissolve", "merge"], "change"),
    **dict.fromkeys(["loot", "torch", "burn", "demolish", "raze", "ransack", "blow", "uproot"], "loot"),
    **dict.fromkeys(["escape"], "escape"),
}
NOUN_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        [
            "attack",
            "attacks",
            "strike",
            "strikes",
            "airstrike",
            "airstrikes",
            "bombing",
            "bombings",
            "bombardment",
            "raid",
            "raids",
            "assault",
            "ambush",
            "shelling",
            "explosion",
            "explosions",
            "blast",
            "blasts",
            "barrage",
            "salvo",
            "launches",
            "fire",  # only with the weapon that fired ("artillery fire on Houthi positions"): see _refine
        ],
        "attack",
    ),
    **dict.fromkeys(
        ["clash", "clashes", "fighting", "firefight", "battle", "skirmish", "skirmishes", "feud"], "clash"
    ),  # a clan "feud flared up again, leaving four people dead"
    **dict.fromkeys(["execution", "assassination", "massacre", "killing"], "kill_civilians"),
    **dict.fromkeys(["rape", "rapes"], "sexual"),
    **dict.fromkeys(["kidnapping", "abduction"], "abduct"),
    **dict.fromkeys(["arrest", "arrests", "detention"], "arrest"),
    **dict.fromkeys(["interception"], "intercept"),
    **dict.fromkeys(["protest", "protests", "demonstration", "demonstrations", "rally", "sit-in"], "protest"),
    **dict.fromkeys(["riot", "riots"], "riot"),
    **dict.fromkeys(["ceasefire", "truce"], "agreement"),
    **dict.fromkeys(["toll", "casualties", "fatalities", "injuries"], "outcome"),
    # "demolitions of houses", "controlled detonations of at least eight houses": only of buildings
    **dict.fromkeys(["demolition", "demolitions", "detonation", "detonations"], "loot"),
}
UNDER_FIRE_VERBS = ("came", "come", "comes", "coming")
RETURN_WORDS = ("return", "returned", "returning", "returns")  # "... fire": shooting back

PHRASE_TRIGGERS: dict[tuple[str, ...], str] = {
    ("opened", "fire"): "attack",
    ("open", "fire"): "attack",
    ("taken", "under", "fire"): "attack",
    ("took", "under", "fire"): "attack",
    ("took", "to", "the", "streets"): "protest",
    ("take", "to", "the", "streets"): "protest",
    ("shot", "down"): "intercept",
    ("shoot", "down"): "intercept",
    ("shooting", "down"): "intercept",
    **{(verb, "down"): "intercept" for verb in ("brought", "bring", "brings", "bringing")},  # with a drone or missile
    # "a patrol came under fire from smugglers", "a unit came under attack by IS militants"
    **{(verb, "under", what): "clash" for verb in UNDER_FIRE_VERBS for what in ("fire", "attack")},
    ("gun", "battle"): "clash",
    ("exchange", "of", "fire"): "clash",
    ("exchanged", "fire"): "clash",
    **{(verb, "fire"): "clash" for verb in ("traded", "trade", "trading", "trades")},
    **{(verb,): "sexual" for verb in ("raped", "raping")},  # the tagger's lemma of "raped" is "rap"
    **{(verb, "fire"): "clash" for verb in RETURN_WORDS},
    **{("blew", pronoun, "up"): "attack" for pronoun in ("himself", "herself", "themselves")},
    # "Twelve (12) persons lost their lives": a police release's toll
    **{("lost", whose, lives): "outcome" for whose, lives in (("their", "lives"), ("his", "life"), ("her", "life"))},
    ("shot", "dead"): "kill_civilians",
    ("shoot", "dead"): "kill_civilians",
    ("gunned", "down"): "kill_civilians",
    **{(verb, "control"): "seize" for verb in ("took", "take", "taken", "takes", "taking")},
    ("took", "over"): "seize",
    ("swept", "into"): "seize",
    ("rounded", "up"): "arrest",
    ("air", "strike"): "attack",
    ("air", "strikes"): "attack",
    ("air", "raid"): "attack",
    ("air", "raids"): "attack",
    ("drone", "strike"): "attack",
    ("drone", "strikes"): "attack",
    ("set", "up", "a", "base"): "deploy",
    # "set up a new outpost on a ridge", "moved into new posts on the frontier"
    **{
        (*verb.split(), *article.split(), noun): "deploy"
        for verb in ("set up", "sets up", "setting up", "moved into", "move into", "building", "built", "build")
        for article in ("a new", "new", "a new military", "new military")
        for noun in ("outpost", "outposts", "position", "positions", "post", "posts", "base", "bases", "checkpoint")
    },
    ("established", "a", "base"): "deploy",
    ("prisoner", "swap"): "agreement",
    ("prisoner", "exchange"): "agreement",
    ("signed", "an", "agreement"): "agreement",
    ("reached", "an", "agreement"): "agreement",
    ("agreed", "to", "a", "ceasefire"): "agreement",
    ("set", "it", "ablaze"): "loot",
    # a kidnapping in Mexican and Latin American official usage
    ("deprivation", "of", "liberty"): "abduct",
    **{("deprived", "of", whose, "liberty"): "abduct" for whose in ("his", "her", "their")},
    ("set", "fire", "to"): "loot",
    **{(verb, "down"): "loot" for verb in ("tore", "tear", "torn", "tearing")},  # flags, a tent, a fence
    **{(verb, "into", "force"): "agreement" for verb in ("came", "come", "comes", "coming")},
    **{(verb, "effect"): "agreement" for verb in ("took", "takes", "take")},
}
# Words that only tell how many were hurt: they continue an event told before them.
OUTCOME_WORDS = frozenset(
    "kill wound injure die hurt harm martyr dead wounded injured toll casualties fatalities injuries lost".split()
)
# The forms of those words a bare toll uses ("were killed", "died", "burned to death").
OUTCOME_FORMS = frozenset("killed died dead wounded injured hurt martyred burned burnt slain".split())
CLASH_WORDS = frozenset(
    "clash clashed clashes clashing fight fought fighting firefight battle battled skirmish skirmishes gun exchange exchanged".split()
)
# Words that look like triggers but, next to these, are not acts of violence.
NOT_EVENTS = {
    "strike": {"hunger", "labour", "labor", "general", "workers"},
    "fire": {"cease", "ceasefire", "under"},
    "launch": {"campaign", "investigation", "initiative", "probe", "appeal", "programme", "program", "inquiry"},
    "hit": {"record", "headlines"},
    "target": {"sales", "goal"},
    "rally": {"markets", "stocks", "shares", "support"},
    "fight": {"corruption"},
    "battle": {"legal", "political"},
    "land": {"plane", "aircraft", "flight", "helicopter", "farm"},
    "down": {"step", "stepped", "back"},
    "enter": {"talks", "negotiations", "force", "service", "agreement"},
    "burn": {"fuel"},
    "send": {"message", "signal", "letter", "reinforcements", "troops", "aid"},
    "withdraw": {
        "talks",
        "deal",
        "agreement",
        "candidacy",
        "support",
        "ambassador",
        "bill",
        "offer",
        "funding",
        "money",
    },
    "dissolve": {"parliament", "government", "cabinet"},
}
TYRES = frozenset({"tyres", "tires", "tyre", "tire"})  # burnt on a road: a crowd's barricade
RIOT_MISSILES = frozenset({"stones", "stone", "rocks", "bottles", "bricks"})  # thrown: a riot
RIOT_WEAPONS = RIOT_MISSILES | {"petrol", "molotov", "molotovs", "cocktails", "firebombs", "clubs", "sticks"}


def _instruments(tokens: Sequence[Token], verb: Token) -> set[str]:
    """The words of what an act was done with ("with stones and petrol bombs")."""
    withs = [t for t in tokens if t.head == verb.i and t.dep == "prep" and t.text.lower() == "with"]
    heads = [o for w in withs for o in tokens if o.head == w.i and o.dep == "pobj"]
    heads += [c for h in heads for c in tokens if c.head == h.i and c.dep == "conj"]
    return {t.text.lower() for h in heads for t in tokens if t.head == h.i or t.i == h.i}


# Objects that make "launch", "fire", "send", "throw" an attack.
LAUNCH_OBJECTS = frozenset(
    [
        "bomb",
        "bombs",
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
        "salvo",
        "barrage",
        "mortar",
        "mortars",
        "shell",
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
        "torpedoes",
        "grenade",
        "grenades",
        "bullets",
        "rounds",
        "gas",
        "shots",
        "volley",
    ]
)
PROJECTILES = frozenset("rocket rockets shell shells projectile projectiles missile missiles mortar mortars".split())
# Things a "destroy" can hit in an interception rather than an attack.
# Things a "destroy" or "seize" stops from being used: shot down in flight, or a cache.
INTERCEPTED = frozenset(
    """drone drones uav uavs missile missiles rocket rockets projectile projectiles explosives ied ieds weapons
    cache caches munitions ammunition arms device devices mine mines landmine landmines bomb bombs usv usvs
    launcher launchers""".split()
)
STORES = frozenset({"facility", "depot", "stockpile", "workshop"})  # with weapons named beside them
BUILDINGS = frozenset(
    "house houses home homes building buildings dozens mosque mosques school schools shop shops".split()
)
# What a force does with a weapon it "engaged and destroyed": the second verb is the act.
DISABLE_LEMMAS = frozenset({"destroy", "down", "shoot", "intercept", "neutralise", "neutralize"})
# People an operation can capture: roles as well as plain nouns.
PERSON_ROLES = frozenset(
    """facilitator facilitators leader leaders commander commanders emir operative operatives financier
    financiers expert experts maker makers courier couriers associate associates deputy suspect suspects
    militant militants insurgent insurgents fighter fighters member members smuggler smugglers individual
    individuals man men person people gunman gunmen official officials""".split()
)
PROTEST_CUES = frozenset(
    """protest protests protester protesters demonstrator demonstrators demonstration demonstrations marchers
    chanting chanted denouncing demanding demand denounce peacefully vigil slogans rally rallies sit-in""".split()
)
# What else makes people who gather a protest ("gathered in front of the governor's office to voice their
# complaints", "in solidarity with Gaza", "to commemorate the victims"): enough for "gather", too weak
# to make every act of its sentence part of a protest.
GATHER_CUES = PROTEST_CUES | frozenset(
    "complaints solidarity condemn condemning commemorate commemorating placards banners".split()
)
# Crowd-control weapons used on a gathering make it a protest met with intervention.
CROWD_CONTROL = frozenset("tear batons baton cannon stun rubber-coated".split())
GATHERINGS = frozenset("gathering gatherings procession mourners crowd crowds funeral".split())
# "the march", "marched to": a protest; only in lower case, where it cannot be the month.
MARCH_WORDS = frozenset({"march", "marched", "marching"})
TERRITORY_OBJECTS = frozenset(
    [
        "city",
        "town",
        "towns",
        "village",
        "villages",
        "area",
        "areas",
        "district",
        "neighbourhood",
        "neighborhood",
        "province",
        "countryside",
        "checkpoints",
        "checkpoint",
        "posts",
        "post",
        "positions",
        "base",
        "bases",
        "outpost",
        "outposts",
        "garrison",
        "barracks",
        "hill",
        "mountain",
        "airport",
        "crossing",
        "parts",
    ]
)

CLASS_TYPES = {
    "clash": ("Battles", "Armed clash"),
    "kill_civilians": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "arrest": ("Strategic developments", "Arrests"),
    "intercept": ("Strategic developments", "Disrupted weapons use"),
    "protest": ("Protests", "Peaceful protest"),
    "riot": ("Riots", "Violent demonstration"),
    "regain": ("Battles", "Government regains territory"),
    "seize": ("Battles", "Non-state actor overtakes territory"),
    "deploy": ("Strategic developments", "Headquarters or base established"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory"),
    "change": ("Strategic developments", "Change to group/activity"),
    "loot": ("Strategic developments", "Looting/property destruction"),
    "agreement": ("Strategic developments", "Agreement"),
    "escape": ("Strategic developments", "Other"),  # ACLED codes a prison break this way
}
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
GRENADE = "Grenade"
CHEMICAL = "Chemical weapon"
DISRUPTED = "Disrupted weapons use"
SEXUAL = "Sexual violence"
# Sub-types that name how an attack was made, so they settle the event's type.
WEAPON_SUB_TYPES = frozenset({AIR, SHELLING, IED, SUICIDE, GRENADE, CHEMICAL, DISRUPTED})
# Plain words that point at a weapon where the lexicon found no weapon entity.
HINT_WORDS: dict[str, str] = {
    **dict.fromkeys(["suicide", "belt", "belts", "vest", "vests"], SUICIDE),  # explosive belts and vests are worn
    **dict.fromkeys(["chemical", "chlorine", "sarin"], CHEMICAL),
    **dict.fromkeys(
        ["ied", "ieds", "landmine", "landmines", "mine", "mines", "explosive", "explosives", "device", "booby-trapped"],
        IED,
    ),
    **dict.fromkeys(
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
            "bombers",  # "the bomber" alone is a suicide bomber more often than an aircraft
        ],
        AIR,
    ),
    **dict.fromkeys(
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
            "shelled",
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
            "launches",
        ],
        SHELLING,
    ),
    **dict.fromkeys(["grenade", "grenades"], GRENADE),
}
# A bare strike, bombing or raid with no weapon named is an air strike in this reporting;
# a bare blast or explosion a remote explosive.
DEFAULT_HINTS = {
    **dict.fromkeys(
        ["strike", "strikes", "struck", "airstrike", "airstrikes", "bomb", "bombed", "bombing", "bombings"], AIR
    ),
    **dict.fromkeys(["explosion", "explosions", "blast", "blasts", "explode", "exploded", "detonated"], IED),
}
SEIZE_WORDS = frozenset("seize seized seizing seizes capture captured capturing grabbed snatched".split())


@dataclass(frozen=True)
class Trigger:
    start: int  # token index of the first word
    end: int  # token index after the last word
    head: int  # the token whose parse links carry the arguments
    cls: str
    pos: str  # VERB or NOUN
    word: str  # lowercased trigger text


DAY_OWNERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week month".split()
)
PAST_ACT_WORDS = frozenset({"earlier", "previous", "past", "prior", "former", "old", "years-old", "decades-old"})
STRIKE_LEMMAS = frozenset({"strike", "hit", "target", "bomb", "attack", "shell", "pound", "raid"})


def _among_the_victims(tokens: Sequence[Token], verb: Token) -> bool:
    noun = _governor(tokens, verb)
    # the parser may hang "among them" on the verb before it: "were wounded, among them a woman hit by ..."
    return noun is not None and any(
        t.text.lower() == "among" and (t.head == noun.i or noun.i - 4 <= t.i < noun.i) for t in tokens
    )


def _subject_is_none(tokens: Sequence[Token], verb: Token) -> bool:
    for subject in (t for t in tokens if t.head == verb.i and t.dep in {"nsubj", "nsubjpass"}):
        if subject.text.lower() in {"none", "neither", "nothing"}:
            return True
        if any(t.head == subject.i and t.dep == "det" and t.text.lower() in {"no", "neither"} for t in tokens):
            return True
    return False


def _names_a_platform(tokens: Sequence[Token], token: Token) -> bool:
    governor = next((t for t in tokens if t.i == token.head), None)
    return governor is not None and governor.i > token.i and governor.ent_type in {"MIL_PLATFORM", "WEAPON"}


def _governor(tokens: Sequence[Token], token: Token) -> Token | None:
    """The token's head within this run of tokens (None when it lies outside)."""
    offset = token.head - tokens[0].i
    return tokens[offset] if 0 <= offset < len(tokens) else None


def _governor_dep(tokens: Sequence[Token], token: Token) -> str:
    governor = _governor(tokens, token)
    return governor.dep if governor is not None else ""


def _governor_lemma(tokens: Sequence[Token], token: Token) -> str:
    return next((t.lemma for t in tokens if t.i == token.head), "")


_PHRASES_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _cls in PHRASE_TRIGGERS.items():  # in the table's order, which decides between overlapping phrases
    _PHRASES_BY_FIRST_WORD.setdefault(_phrase[0], []).append((_phrase, _cls))


def find_triggers(tokens: Sequence[Token], armed: bool = False) -> list[Trigger]:
    """Triggers in a run of tokens (one sentence), multiword ones first.

    ``armed``: the sentence names a weapon the lexicon knows ("unmanned aerial
    vehicles"), which makes "destroyed" an attack.
    """
    found: list[Trigger] = []
    taken: set[int] = set()
    lowered = [t.text.lower() for t in tokens]
    for offset in range(len(tokens)):
        for phrase, cls in _PHRASES_BY_FIRST_WORD.get(lowered[offset], ()):
            if tuple(lowered[offset : offset + len(phrase)]) != phrase:
                continue
            span = range(offset, offset + len(phrase))
            if not taken.isdisjoint(span):
                continue
            if phrase[-1] == "down" and phrase[0].startswith("br") and not INTERCEPTED & set(lowered):
                continue  # "brought down the government"
            if cls == "loot" and set(lowered[offset + len(phrase) : offset + len(phrase) + 2]) & TYRES:
                cls = "riot"  # "set fire to tyres and blocked the road": a crowd's barricade, not destruction
            first = tokens[offset]
            head = first if first.pos in {"VERB", "AUX"} else tokens[offset + len(phrase) - 1]
            pos = "VERB" if head.pos in {"VERB", "AUX"} else "NOUN"
            found.append(Trigger(first.i, first.i + len(phrase), head.i, cls, pos, " ".join(phrase)))
            taken.update(span)
        if _opened_some_fire(tokens, lowered, offset) and taken.isdisjoint(range(offset, offset + 3)):
            found.append(
                Trigger(tokens[offset].i, tokens[offset].i + 3, tokens[offset].i, "attack", "VERB", "opened fire")
            )
            taken.update(range(offset, offset + 3))
    for offset, token in enumerate(tokens):
        if offset in taken:
            continue
        cls = _single_word_class(tokens, offset, armed)
        if cls:
            pos = "VERB" if token.pos in {"VERB", "AUX"} else "NOUN"
            found.append(Trigger(token.i, token.i + 1, token.i, cls, pos, token.text.lower()))
    base = tokens[0].i if tokens else 0
    # "has not fired since the truce took effect": since when, an act told as a point in time;
    # "will continue until the Houthis stop attacking shipping": a condition, not an act
    found = [t for t in found if not _clause_marked_by(tokens, tokens[t.head - base], {"since", "until"})]
    return sorted(found, key=lambda t: t.start)


def mine_run_over(tokens: Sequence[Token], verb: Token) -> Token | None:
    """The mine a vehicle or a walker went over or onto ("drove over an explosive device")."""
    if verb.lemma.lower() not in {"drive", "run", "step", "roll"}:
        return None
    preps = [
        t for t in tokens if t.head == verb.i and t.dep in {"prep", "prt"} and t.text.lower() in {"over", "on", "onto"}
    ]
    objects = [o for p in preps for o in tokens if o.head == p.i and o.dep == "pobj"]
    objects += [o for o in tokens if o.head == verb.i and o.dep == "dobj" and preps]  # "ran over" as a particle
    return next((o for o in objects if o.text.lower() in MINE_WORDS), None)


MINE_WORDS = frozenset("mine mines landmine landmines device devices ied ieds bomb explosive explosives".split())


def _holds_a_sit_in(tokens: Sequence[Token], verb: Token) -> bool:
    """'held a sit-in' (the tokenizer splits the noun), 'held a silent vigil'."""
    return any(
        obj.head == verb.i
        and obj.dep == "dobj"
        and (
            (obj.text.lower() == "in" and any(t.head == obj.i and t.text.lower() == "sit" for t in tokens))
            or obj.lemma.lower() in {"vigil", "rally", "demonstration", "protest", "march"}
        )
        for obj in tokens
    )


def _opened_some_fire(tokens: Sequence[Token], lowered: Sequence[str], offset: int) -> bool:
    """'opened heavy fire', 'opened harassment fire': 'opened fire' with a word on the fire."""
    return (
        lowered[offset] in {"open", "opened", "opening", "opens"}
        and offset + 2 < len(tokens)
        and lowered[offset + 2] == "fire"
        and tokens[offset + 1].pos in {"ADJ", "NOUN"}
    )


def _single_word_class(tokens: Sequence[Token], offset: int, armed: bool = False) -> str | None:
    token = tokens[offset]
    lemma = token.lemma.lower()
    word = token.text.lower()
    if token.ent_type in {"DATE", "TIME"} or (word in {"march", "may"} and token.text[0].isupper()):
        return None
    if token.pos == "VERB" or (token.pos == "AUX" and lemma in VERB_TRIGGERS):
        cls = VERB_TRIGGERS.get(lemma)
    elif token.pos in {"NOUN", "PROPN"}:
        cls = NOUN_TRIGGERS.get(word) or NOUN_TRIGGERS.get(lemma)
    elif token.pos == "ADJ" and word in {"dead", "wounded", "injured"}:
        cls = "outcome"
    else:
        cls = None
    if cls is None and lemma == "shoot" and token.pos == "VERB" and _active_objects(tokens, token) & PERSON_NOUNS:
        cls = "attack"  # "a sniper shot her neighbour's daughter in the shoulder" ("was shot" retells)
    if cls is None and lemma in TALLY_LEMMAS and token.pos == "VERB" and _eliminated_people(tokens, token):
        cls = "outcome"  # "four terrorists were neutralised in an air-supported operation": armies' word for a kill
    if cls is None and lemma == "go" and _went_off(tokens, token):
        cls = "attack"  # "a roadside bomb went off next to a police vehicle"
    if cls is None and lemma == "set" and any(t.head == token.i and t.text.lower() == "ablaze" for t in tokens):
        cls = "loot"  # "set the vehicle ablaze"
    if cls is None and token.pos == "VERB" and mine_run_over(tokens, token) is not None:
        cls = "attack"  # "a pickup drove over an explosive device", "the shepherd stepped on a landmine"
    if cls is None:
        return None
    if _is_modifier_or_time_anchor(tokens, token):
        return None
    if _is_generic_gerund(token) and not (word in NOUN_TRIGGERS and not _direct_objects(tokens, token)):
        return None  # but "Fighting between the SDF and tribal fighters killed seven" is the noun
    if cls == "transfer" and token.dep == "advcl" and _marked_by(tokens, token, {"as", "while"}):
        return None  # "As they withdrew, the gunmen set fire to the houses": when, not what
    if cls == "transfer" and token.dep == "pcomp" and _governor_lemma(tokens, token).lower() in {"before", "after"}:
        return None  # "opened fire on the post before withdrawing towards the mountains": a retreat
    if lemma == "burn" and _direct_objects(tokens, token) & TYRES:
        return "riot"  # "burned tyres and threw stones at a convoy": a crowd's barricade, not destruction
    if lemma == "burn" and _burned_to_death(tokens, offset):
        return "outcome"  # "beat and burned to death two young men": a killing, not arson
    if (
        lemma == "burn"
        and token.pos == "VERB"
        and not _direct_objects(tokens, token)
        and not _is_passive(tokens, token)
    ):
        return None  # "the orchards burned until morning", "the ground is burning under their feet": no one burned them
    if (
        cls == "loot"
        and token.tag == "VBG"
        and token.dep == "advcl"
        and VERB_TRIGGERS.get(_governor_lemma(tokens, token)) == "attack"
    ):
        return None  # "shelled the orchards around Kani Masi, burning 40 dunams of trees": what the shelling did
    if cls == "deploy" and (
        token.dep == "acl" or (token.lemma == "reinforce" and _governor_dep(tokens, token) == "acl")
    ):
        # "commandos deployed in the area returned fire", "a unit sent to reinforce the post struck a
        # roadside bomb": who they were, not what they did
        return None
    if cls == "protest" and diplomatic(tokens, token):
        return None  # "summoned the ambassador to protest against the strikes": a note, not a street protest
    context = {t.text.lower() for t in tokens[max(0, offset - 3) : offset + 4]}
    if context & NOT_EVENTS.get(lemma, set()) and not (lemma == "strike" and token.pos == "VERB"):
        return None  # "a general strike"; but "a drone struck the General Security checkpoint"
    if lemma == "hit" and _wound_site(tokens, offset):
        return None
    return _refine(tokens, token, lemma, cls, armed)


def _told_in_full(tokens: Sequence[Token], token: Token) -> bool:
    """'the toll from last week's Israeli strike on the Ain al-Hilweh camp': an act given its doer and its
    target is told here, whatever day owns it."""
    kids = [t for t in tokens if t.head == token.i]
    doer = any(t.dep == "amod" and t.ent_type == "NORP" for t in kids)
    aim = any(t.dep == "prep" and t.text.lower() in {"on", "against"} for t in kids)
    return doer and aim


# What one blows something up with: "blew up a vehicle with an explosive device"
CHARGE_WORDS = frozenset("device devices bomb bombs ied ieds explosives charge charges mine mines".split())


def _with_a_charge(tokens: Sequence[Token], verb: Token) -> bool:
    """The parser may hang the 'with' on the object ('a vehicle of the apostates with a device')."""
    by_index = {t.i: t for t in tokens}

    def under_verb(token: Token) -> bool:
        for _ in range(5):
            if token.head == verb.i:
                return True
            if token.head == token.i or token.head not in by_index:
                return False
            token = by_index[token.head]
        return False

    withs = [t for t in tokens if t.dep == "prep" and t.text.lower() == "with" and under_verb(t)]
    return any(t.head == w.i and t.text.lower() in CHARGE_WORDS for w in withs for t in tokens)


def _burned_to_death(tokens: Sequence[Token], offset: int) -> bool:
    after = [t.text.lower() for t in tokens[offset + 1 : offset + 3]]
    return after == ["to", "death"] or after[:1] == ["alive"]


DIPLOMATIC_LEMMAS = frozenset({"summon", "lodge", "file", "submit", "deliver", "send", "hand"})


def diplomatic(tokens: Sequence[Token], token: Token) -> bool:
    """'summoned the charge d'affaires to protest', 'lodged a protest with the embassy'."""
    governor = _governor(tokens, token)
    return (
        governor is not None
        and governor is not token
        and governor.lemma.lower() in DIPLOMATIC_LEMMAS
        and token.dep in {"xcomp", "advcl", "dobj"}
    )


def _clause_marked_by(tokens: Sequence[Token], verb: Token, words: set[str]) -> bool:
    """The verb's clause opens with one of ``words``, also through a verb it completes
    ("since the Houthis began attacking shipping")."""
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            return False
        if _marked_by(tokens, current, words):
            return True
        current = _governor(tokens, current) if current.dep == "xcomp" else None
    return False


def _marked_by(tokens: Sequence[Token], verb: Token, words: set[str]) -> bool:
    return any(t.head == verb.i and t.dep == "mark" and t.text.lower() in words for t in tokens)


def _went_off(tokens: Sequence[Token], verb: Token) -> bool:
    """A bomb, mine or shell that 'went off' exploded."""
    return _has_particle(tokens, verb, "off") and _weapon_subject(tokens, verb)


def _weapon_subject(tokens: Sequence[Token], verb: Token) -> bool:
    return any(HINT_WORDS.get(w) or DEFAULT_HINTS.get(w) for w in _subject_words(tokens, verb))


BODY_PARTS = frozenset(
    "head neck chest back arm arms leg legs hand hands foot feet shoulder stomach abdomen face eye thigh knee".split()
)


FLARE_LEMMAS = frozenset({"flare", "erupt", "resume", "reignite"})


def _flared_up_again(tokens: Sequence[Token], noun: Token) -> bool:
    """'The old feud between two clans flared again': an old quarrel, a new fight."""
    head = next((t for t in tokens if t.i == noun.head), None)
    return noun.dep == "nsubj" and head is not None and head.lemma in FLARE_LEMMAS


def _wound_site(tokens: Sequence[Token], offset: int) -> bool:
    """'was hit in the leg': where a victim was wounded, not another act."""
    after = [t.text.lower() for t in tokens[offset + 1 : offset + 4]]
    return after[:1] == ["in"] and len(after) == 3 and after[2] in BODY_PARTS


def _refine(tokens: Sequence[Token], token: Token, lemma: str, cls: str, armed: bool = False) -> str | None:
    """Triggers that need their arguments to count, or change class with them."""
    objects = _objects(tokens, token)
    words = {t.text.lower() for t in tokens}
    if lemma == "take" and not _taken_by_armed_men(tokens, token):
        return None
    if lemma in {"demolition", "detonation"} and not _of_buildings(tokens, token):
        return None
    expelled = {token.i} | {t.i for t in tokens if t.head == token.i and t.dep == "dobj"}
    if lemma in {"expel", "oust"} and not any(t.head in expelled and t.text.lower() == "from" for t in tokens):
        return None  # "expelled the dissidents from the area of La Gabarra"; not "expelled two diplomats"
    if lemma == "feud" and token.dep == "pobj":
        return None  # "a feud flared up again", not "a tribe locked in a blood feud with the family"
    if lemma == "fire" and token.pos == "NOUN" and not _fired_by_a_weapon(tokens, token):
        return None  # "a fire broke out", "opened fire": not the noun of an attack
    if lemma == "disperse" and not any(t.head == token.i and t.dep in {"dobj", "nsubjpass"} for t in tokens):
        return None  # "the fog dispersed"
    if lemma == "exchange" and not objects & {"fire", "gunfire", "shots", "rockets", "shells"}:
        return None  # "exchanged heavy fire", not "exchanged prisoners"
    if lemma in {"attack", "storm"} and _instruments(tokens, token) & RIOT_WEAPONS:
        return "riot"  # "attacked Kiserian Police Station with stones and petrol bombs"
    if lemma in {"throw", "hurl", "lob"} and token.pos == "VERB" and _direct_objects(tokens, token) & RIOT_MISSILES:
        return "riot"  # "threw stones at the police", "hurled stones and petrol bombs at the council gate"
    if lemma in {"launch", "fire", "rain", "send", "throw", "hurl", "lob", "drop"} and token.pos == "VERB":
        subject_is_weapon = any(HINT_WORDS.get(w) for w in _subject_words(tokens, token))
        fired_on = lemma == "fire" and _aims_at(tokens, token)
        if not (
            objects & LAUNCH_OBJECTS or subject_is_weapon or fired_on or (lemma == "fire" and words & LAUNCH_OBJECTS)
        ):
            return None
    if lemma in {"land", "impact"} and not words & PROJECTILES:
        return None
    if lemma == "fall" and not _subject_words(tokens, token) & PROJECTILES:
        return None  # "a missile fell in an open area"; not "the town fell", "prices fell"
    if lemma == "cross" and not (_subject_words(tokens, token) | _acl_head_word(tokens, token)) & PROJECTILES:
        return None  # "about ten projectiles crossed from Lebanon"; troops crossing are no attack
    if lemma == "down" and token.pos != "VERB":
        return None
    if (
        token.pos == "NOUN"
        and any(t.head == token.i and t.dep == "amod" and t.text.lower() in PAST_ACT_WORDS for t in tokens)
        and not _flared_up_again(tokens, token)
    ):
        return None  # "a mine left over from earlier fighting": history, not this event
    if (
        token.pos == "NOUN"
        and token.dep == "pobj"
        and any(t.head == token.i and t.dep == "poss" and t.text.lower() in DAY_OWNERS for t in tokens)
        and not _told_in_full(tokens, token)
    ):
        return None  # "members were killed in Sunday's clash", "accounts of Friday's attack": told before
    if token.pos == "VERB" and token.dep == "acl" and _among_the_victims(tokens, token):
        return None  # "five people were wounded, among them a woman hit by a stray bullet"
    if token.pos == "VERB" and _subject_is_none(tokens, token):
        # "neither missile struck the ship", "no soldiers were hurt": how an act told before ended
        return None
    if (
        token.pos == "NOUN"
        and token.dep in {"compound", "npadvmod", "nmod", "amod"}
        and _names_a_platform(tokens, token)
    ):
        return None  # "an attack drone", "a one-way attack unmanned aerial system": a kind of weapon
    direct = _direct_objects(tokens, token)
    if lemma == "destroy" and token.dep == "conj" and _governor_lemma(tokens, token) in STRIKE_LEMMAS:
        return None  # "struck and destroyed two missile launchers": what the strike did
    if lemma == "encounter" and not direct & FIGHTERS:
        return None  # "troops encountered around 15 members of the Maute group"; not "encountered resistance"
    if lemma == "engage" and any(t.head == token.i and t.dep == "conj" and t.lemma in DISABLE_LEMMAS for t in tokens):
        return None  # "engaged and destroyed a drone": the destroying is the event
    if (
        lemma in FIND_LEMMAS
        and direct & {"body", "bodies"}
        and (words & VIOLENT_DEATH or _after_armed_men_passed(tokens))
    ):
        return "kill_civilians"  # "his body was found with gunshot wounds in an orchard"
    if lemma in FIND_LEMMAS and not (direct & INTERCEPTED or (direct & STORES and words & INTERCEPTED)):
        return None  # "found a cache of 12 rockets", "located a weapons storage facility"; not "found his body"
    if lemma == "secure" and not direct & INTERCEPTED:
        return None  # "secured the area"; not "secured two drones adapted to drop explosives"
    if lemma in {"destroy", "seize", "capture", "confiscate", "defuse", "dismantle", "clear", "engage"} and (
        direct & INTERCEPTED or _object_is_drone_boat(tokens, token)
    ):
        return "intercept"  # a drone shot down, a cache seized: weapons kept from use
    if lemma == "dismantle" and direct & CELLS:
        return "arrest"  # "dismantled a five-member terrorist cell": its members were taken
    if lemma == "clear" and _cleared_of_fighters(tokens, token):
        return "regain"  # "had 'cleared' the town of 'extremists'": taken back from them
    if lemma in {"defuse", "dismantle", "clear"}:
        return None  # "cleared the road": no weapon kept from use
    if lemma == "destroy" and _subject_words(tokens, token) & BULLDOZERS:
        return "loot"  # "Bulldozers then destroyed the camp's main entrance": demolition, not a strike
    if lemma == "destroy" and not armed and not any(HINT_WORDS.get(w) for w in words):
        # but "The army said it had destroyed 'a terrorist gathering' in the area": a side's own telling
        return cls if _claims_a_strike(tokens, token, direct) else None
    if lemma == "block" and not ("burning" in words and words & TYRES):
        return None  # "blocked the highway with burning tyres" is a riot; "blocked a deal" is nothing
    if lemma == "explode" and _subject_words(tokens, token) & UNREST_SUBJECTS:
        return None  # "the region would explode", "anger exploded": unrest, not a blast
    if lemma == "intercept" and token.pos == "VERB" and direct & (PERSON_NOUNS | {"them", "him", "group"}):
        return None  # "border guards intercepted them": people stopped, what followed is told apart
    if lemma in {"foil", "thwart"} and not direct & ATTEMPT_WORDS:
        return None  # "foiled an infiltration attempt"; not "thwarted a plan" or "foiled a smuggling route"
    if lemma in {"hold", "stage"} and (token.tag == "VB" or token.dep == "relcl" or not _holds_a_sit_in(tokens, token)):
        return None  # "held a sit-in" (the tokenizer splits the noun); not "to hold", "where they hold", "held talks"
    if lemma == "gather" and not words & GATHER_CUES:
        return None
    if lemma == "hand" and not ("over" in words and direct & TERRITORY_OBJECTS):
        return None  # only "handed over the town"
    if (
        cls == "transfer"
        and lemma != "hand"
        and not (
            words & TERRITORY_OBJECTS
            or _object_is_place(tokens, token)
            or words & {"troops", "forces"}
            or any(t.head == token.i and t.text.lower() == "from" for t in tokens)
        )
    ):
        return None  # "withdrew from the town"; not "the skiff opened fire from 0.5 NM ... and withdrew"
    if (
        lemma == "blow"
        and _has_particle(tokens, token, "up")
        and (_weapon_subject(tokens, token) or _with_a_charge(tokens, token))
    ):
        return "attack"  # "a roadside bomb blew up a police vehicle", "blew up a vehicle with an explosive device"
    if lemma == "blow" and not (
        _has_particle(tokens, token, "up") and _objects_with_what_they_hold(tokens, token) & BUILDINGS
    ):
        return None  # "troops blew up dozens of houses"; a blown-up tank or bridge is another story
    if cls == "loot" and token.pos == "VERB" and not objects and not _is_passive(tokens, token):
        return None  # "the ground is burning under their feet"
    if lemma in {"raid", "storm"} and words & ARREST_WORDS:
        return "arrest"
    if lemma in {"capture", "seize", "recapture"} and _object_is_people(tokens, token):
        return "arrest"  # "46 of the escaped prisoners have been recaptured"
    if lemma == "enter" and any(t.head == token.i and t.dep == "nsubj" and t.lemma in CIVIL_TRAFFIC for t in tokens):
        return None  # "107 aid trucks entered the Gaza Strip", "a UN delegation entered the town"
    if (
        lemma in {"seize", "capture", "enter", "overrun"}
        and not direct & TERRITORY_OBJECTS
        and not _object_is_place(tokens, token)
    ):
        return "arrest" if lemma != "enter" and _object_is_people(tokens, token) else None
    if cls == "escape" and not (
        words & PRISON_WORDS and any(t.head == token.i and t.text.lower() == "from" for t in tokens)
    ):
        return None  # "escaped injury", "families escaping the fighting": only a break out of prison
    if cls == "agreement" and not words & {"agreed", "reached", "signed", "announced", "brokered", "declared"}:
        return None
    return cls


BULLDOZERS = frozenset({"bulldozer", "bulldozers", "excavator", "excavators", "d9", "d9s"})
UNREST_SUBJECTS = frozenset(
    "region situation city country area street streets anger tension tensions fury rage".split()
)
ATTEMPT_WORDS = frozenset("attempt attempts infiltration attack attacks assault advance incursion offensive".split())
CIVIL_TRAFFIC = frozenset(
    "truck lorry convoy shipment aid ambulance delegation team inspector journalist refugee family pilgrim".split()
)
PRISON_WORDS = frozenset("prison prisons jail jails detention custody penitentiary".split())
ARREST_WORDS = frozenset("arrested arresting detained detaining captured apprehended rounded dismantled".split())
FIND_LEMMAS = frozenset({"find", "locate", "uncover", "discover"})
VIOLENT_DEATH = frozenset(
    """gunshot gunshots bullet bullets stab torture tortured shot executed tied bound blindfolded handcuffed
    mutilated beheaded decapitated""".split()
)
FIGHTERS = frozenset(
    "members fighters militants rebels insurgents terrorists gunmen guerrillas bandits group unit elements".split()
)
CELLS = frozenset("cell cells network networks ring rings gang gangs".split())


def _after_armed_men_passed(tokens: Sequence[Token]) -> bool:
    """'the bodies of eleven men were found in a field after M23 fighters passed through'."""
    return any(
        token.lemma in {"pass", "sweep"}
        and any(t.head == token.i and t.text.lower() == "through" for t in tokens)
        and _subject_words(tokens, token) & (FIGHTERS | {"soldiers", "troops", "militiamen"})
        for token in tokens
    )


KIDNAPPERS = frozenset({"gunmen", "assailants", "kidnappers", "militants", "fighters", "abductors"})


def _of_buildings(tokens: Sequence[Token], noun: Token) -> bool:
    of = [t for t in tokens if t.head == noun.i and t.dep == "prep" and t.text.lower() == "of"]
    return any(t.head == o.i and t.dep == "pobj" and t.text.lower() in BUILDINGS for o in of for t in tokens)


def _cleared_of_fighters(tokens: Sequence[Token], verb: Token) -> bool:
    """'cleared the town of extremists', 'cleared Dabat of Fano fighters' (not 'cleared the road of mines')."""
    place = _object_is_place(tokens, verb) or bool(_direct_objects(tokens, verb) & TERRITORY_OBJECTS)
    holders = {verb.i} | {t.i for t in tokens if t.head == verb.i and t.dep == "dobj"}
    of = [t for t in tokens if t.dep == "prep" and t.text.lower() == "of" and t.head in holders]
    people = {t.text.lower() for o in of for t in tokens if t.head == o.i and t.dep == "pobj"}
    return place and bool(people & (FIGHTERS | ENEMY_NOUNS))


ENEMY_NOUNS = frozenset("extremists jihadists enemy insurgents terrorists militias mercenaries".split())


def _taken_by_armed_men(tokens: Sequence[Token], verb: Token) -> bool:
    """'a man who was taken from his home by armed men' (not 'taken to hospital by relatives')."""
    if verb.pos != "VERB" or not _is_passive(tokens, verb):
        return False
    for by in (t for t in tokens if t.head == verb.i and t.dep == "agent"):
        for agent in (t for t in tokens if t.head == by.i and t.dep == "pobj"):
            armed = any(t.head == agent.i and t.text.lower() == "armed" for t in tokens)
            if agent.text.lower() in KIDNAPPERS or (armed and agent.lemma in {"man", "person", "individual"}):
                return True
    return False


def _is_passive(tokens: Sequence[Token], verb: Token) -> bool:
    return any(t.head == verb.i and t.dep in {"nsubjpass", "auxpass"} for t in tokens)


TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until", "prior", "ahead"})


def _is_modifier_or_time_anchor(tokens: Sequence[Token], token: Token) -> bool:
    """'a one-way attack drone' names a weapon; 'hours after the attack' dates another act."""
    if token.dep in {"compound", "amod"} and token.head != token.i:
        return True  # "the targeted individual", "blasting caps"
    if token.pos not in {"NOUN", "PROPN"}:
        return False
    governor = _governor(tokens, token)
    return token.dep == "pobj" and governor is not None and governor.text.lower() in TIME_PREPOSITIONS


def _is_generic_gerund(token: Token) -> bool:
    """'Striking power plants is a war crime': a gerund subject talks about acts in general."""
    return token.tag == "VBG" and token.dep in {"csubj", "nsubj", "nsubjpass"}


def _direct_objects(tokens: Sequence[Token], verb: Token) -> set[str]:
    return {t.text.lower() for t in tokens if t.head == verb.i and t.dep in {"dobj", "nsubjpass"}}


def _active_objects(tokens: Sequence[Token], verb: Token) -> set[str]:
    """The verb's direct objects, none when it was "shot ... dead" (the killing told its own way)."""
    kids = [t for t in tokens if t.head == verb.i]
    return set() if any(t.text.lower() == "dead" for t in kids) else {t.text.lower() for t in kids if t.dep == "dobj"}


# What a side says it destroyed when it tells its own strike: fighters' places and supplies.
HOSTILE_TARGETS = frozenset(
    """gathering gatherings hideout hideouts position positions convoy convoys depot depots headquarters
    facility facilities infrastructure groups column columns detachment detachments""".split()
)
CLAIM_VERBS = frozenset({"say", "claim", "announce", "state", "report", "boast"})


def _claims_a_strike(tokens: Sequence[Token], verb: Token, direct: set[str]) -> bool:
    """'said it had destroyed "a terrorist gathering"': a reported act of the speaker's on a military target."""
    governor = _governor(tokens, verb)
    return (
        verb.dep == "ccomp"
        and governor is not None
        and governor.lemma.lower() in CLAIM_VERBS
        and bool(direct & HOSTILE_TARGETS)
    )


# Verbs an army reports its kills (or captures) with: a tally only when people were "neutralised".
TALLY_LEMMAS = frozenset({"neutralise", "neutralize", "neutralised", "neutralized", "eliminate"})


def _eliminated_people(tokens: Sequence[Token], verb: Token) -> bool:
    """'neutralised six terrorists', 'a large group of terrorists', 'assailants were neutralised'; not a drone."""
    return bool(_objects_with_what_they_hold(tokens, verb) & PERSON_NOUNS)


def _objects_with_what_they_hold(tokens: Sequence[Token], verb: Token) -> set[str]:
    """Direct objects and the nouns they quantify: 'a row of buildings', 'a number of houses'."""
    objects = [t for t in tokens if t.head == verb.i and t.dep in {"dobj", "nsubjpass"}]
    of = [t for t in tokens if t.dep == "prep" and t.text.lower() == "of" and any(t.head == o.i for o in objects)]
    return {t.text.lower() for t in objects} | {
        t.text.lower() for t in tokens if t.dep == "pobj" and any(t.head == p.i for p in of)
    }


def _acl_head_word(tokens: Sequence[Token], verb: Token) -> set[str]:
    """The noun a participle hangs on ("projectiles crossed from Lebanon" parsed as a reduced clause)."""
    if verb.dep != "acl":
        return set()
    return {t.text.lower() for t in tokens if t.i == verb.head}


def _has_particle(tokens: Sequence[Token], verb: Token, particle: str) -> bool:
    return any(t.head == verb.i and t.dep == "prt" and t.text.lower() == particle for t in tokens)


def _fired_by_a_weapon(tokens: Sequence[Token], noun: Token) -> bool:
    """'artillery fire', 'tank fire', 'mortar fire' on something: the fire of a weapon, aimed."""
    weapon = any(
        t.head == noun.i and t.dep in {"compound", "amod", "nmod"} and HINT_WORDS.get(t.text.lower()) in {SHELLING, AIR}
        for t in tokens
    )
    return weapon and any(
        t.head == noun.i and t.dep == "prep" and t.text.lower() in {"on", "at", "against", "toward", "towards"}
        for t in tokens
    )


def _aims_at(tokens: Sequence[Token], verb: Token) -> bool:
    """'gunmen fired on an army patrol', 'fired at the checkpoint', 'tanks fired toward the launch
    site': shooting at someone."""
    return any(
        t.head == verb.i
        and t.dep == "prep"
        and t.text.lower() in {"on", "at", "upon", "toward", "towards"}
        and any(c.head == t.i and c.dep in {"pobj", "pcomp"} for c in tokens)  # "fired at shepherds grazing ..."
        for t in tokens
    )


def _object_is_drone_boat(tokens: Sequence[Token], verb: Token) -> bool:
    """'destroyed an explosive-laden unmanned surface vessel', 'an uncrewed aerial vehicle':
    a weapon, not a ship or a car."""
    for obj in (t for t in tokens if t.head == verb.i and t.dep in {"dobj", "nsubjpass"}):
        modifiers = {t.text.lower() for t in tokens if t.head == obj.i and t.i < obj.i}
        if obj.text.lower() in {"vessel", "vessels", "boat", "boats"} and modifiers & DRONE_BOAT_WORDS:
            return True
        if obj.text.lower() in {"vehicle", "vehicles", "system", "systems"} and "aerial" in modifiers:
            return True
    return False


def _objects(tokens: Sequence[Token], verb: Token) -> set[str]:
    base = tokens[0].i
    found = set()
    for token in tokens:
        if token.head == verb.i and token.dep in {"dobj", "nsubjpass", "attr"}:
            found.add(token.text.lower())
        if token.dep == "pobj" and 0 <= token.head - base < len(tokens) and tokens[token.head - base].head == verb.i:
            found.add(token.text.lower())
    return found


def _subject_words(tokens: Sequence[Token], verb: Token) -> set[str]:
    return {t.text.lower() for t in tokens if t.head == verb.i and t.dep in {"nsubj", "nsubjpass"}}


def _object_is_people(tokens: Sequence[Token], verb: Token) -> bool:
    for token in tokens:
        if token.head == verb.i and token.dep in {"dobj", "nsubjpass"}:
            word = token.text.lower()
            if word in GROUP_WORDS:  # "seized a group of women"
                members = [
                    o for p in tokens if p.head == token.i and p.text.lower() == "of" for o in tokens if o.head == p.i
                ]
                word = members[0].text.lower() if members else word
            return word in PERSON_NOUNS or word in PERSON_ROLES or token.ent_type == "PERSON" or token.like_num
    return False


GROUP_WORDS = frozenset({"group", "family"})


def _object_is_place(tokens: Sequence[Token], verb: Token) -> bool:
    return any(
        t.head == verb.i and t.dep in {"dobj", "nsubjpass"} and t.ent_type in {"GPE", "LOC", "FAC"} for t in tokens
    )


COMMUNAL_MILITIA = 4  # ACLED's identity militias: settlers, clans, tribes


def decide_type(
    trigger: Trigger,
    hint: str | None,
    target_kind: int | None,
    doer_kind: int | None,
    protest_words: frozenset[str] | None = None,
) -> tuple[str, str]:
    """ACLED (type, sub-type) from a trigger and the weapon, target and doer around it.

    ``protest_words`` are the sentence's words when it is about a protest: then
    the sub-type says how it went (see `protest_type`).
    """
    from ...model import SUB_EVENT_PARENT

    cls = trigger.cls
    if protest_words is not None and (
        cls in {"protest", "riot", "loot", "attack", "kill_civilians", "outcome", "arrest", "clash"}
    ):
        return protest_type(protest_words, doer_kind)
    if cls in {"attack", "outcome", "kill_civilians"}:
        hint = hint or DEFAULT_HINTS.get(trigger.word.split()[0])
        if hint in WEAPON_SUB_TYPES:
            return SUB_EVENT_PARENT[hint], hint
        if target_kind == 7 or cls == "kill_civilians" or (doer_kind == COMMUNAL_MILITIA and target_kind is None):
            return CLASS_TYPES["kill_civilians"]  # "settlers attacked the village": no armed side named
        return CLASS_TYPES["clash"]
    if cls == "riot" and target_kind == 7:
        return ("Riots", "Mob violence")  # "attacked young shepherds with stones and clubs": a mob on people
    if cls == "intercept" or hint == DISRUPTED:
        return CLASS_TYPES["intercept"]
    if cls == "clash" and hint in {AIR, SHELLING} and trigger.word.split()[0] in RETURN_WORDS:
        return SUB_EVENT_PARENT[hint], hint  # "Turkish artillery returned fire" (the hint is then the doer's)
    if cls in {"seize", "regain"}:
        return CLASS_TYPES["regain"] if doer_kind in STATE_KINDS else CLASS_TYPES["seize"]
    if (
        cls == "arrest"
        and trigger.word.split()[0] in SEIZE_WORDS
        and doer_kind is not None
        and doer_kind not in STATE_KINDS
    ):
        return CLASS_TYPES["abduct"]  # "the mujahideen seized five drivers": no state, no arrest
    return CLASS_TYPES[cls]


# How a protest went, from the words of its sentence (ACLED's protest and riot sub-types).
LETHAL_FORCE = frozenset("killed killing shot shooting live ammunition bullets dead deadly wounded injured".split())
HURT_WORDS = frozenset("wounded injured".split())
LIVE_FIRE = frozenset("shot shooting live ammunition bullets opened gunfire".split())
INTERVENTION = frozenset(
    """dispersed disperse dispersing broke tear gas teargas cannon cannons batons beat beaten arrested
    detained detaining rounded stun pushed blocked rubber pepper""".split()
)
RIOTING = frozenset(
    """threw throwing stones rocks molotov torched burned burning set ablaze stormed storming vandalised vandalized
    looted smashed rioters rioting clashed""".split()
)
MOB = frozenset("mob lynched lynching mobs".split())
ROAD_WORDS = frozenset(
    "road roads route highway street streets junction intersection roundabout bridge traffic".split()
)


PROTEST_NOUNS = frozenset("protesters demonstrators protest protests demonstrations march marchers rally".split())


def protest_type(words: frozenset[str], doer_kind: int | None) -> tuple[str, str]:
    if words & MOB:
        return ("Riots", "Mob violence")
    lethal = words & LETHAL_FORCE
    if lethal and lethal <= HURT_WORDS and words & CROWD_CONTROL and not words & LIVE_FIRE:
        lethal = frozenset()  # "dispersed them with tear gas; two protesters were injured": no lethal force
    if doer_kind in STATE_KINDS and (lethal or {"opened", "fire"} <= words):
        return ("Protests", "Excessive force against protesters")  # live fire, whoever it hit
    if words & RIOTING and doer_kind not in STATE_KINDS and "peacefully" not in words:
        return ("Riots", "Violent demonstration")  # ("gathered peacefully to demand compensation for burned orchards")
    if lethal and words & PROTEST_NOUNS:
        return ("Protests", "Excessive force against protesters")  # "350 people killed in the protests"
    intervention = words & INTERVENTION
    if intervention == {"blocked"} and words & ROAD_WORDS:
        intervention = frozenset()  # "residents blocked Route 55 to protest": the protesters blocked it
    if intervention:
        return ("Protests", "Protest with intervention")
    return ("Protests", "Peaceful protest")
