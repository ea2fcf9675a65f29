"""The default, offline, deterministic event extractor (``events.rules.v1``).

Per sentence: find triggers, group them into events (an outcome word such as
"killed" joins the act it results from), decide the ACLED type from the
trigger and the weapon nearest to it, the target and the doer, read
actor1/actor2 from the parse, count the dead and wounded, mark aggregates,
and drop talk that is no event (generic or future statements with nothing
specific in them).

Then, over the document: a sentence that only continues an earlier event
("the attack did not wound anyone", "the toll rose to 12", "these clashes")
is marked as referring to it (``refers_to``) and inherits its type; the
attribution stage merges the two when one source says both. Location, date,
attribution and status are left to the stages that follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from ... import resources
from ...model import (
    NON_STATE_KINDS,
    STATE_KINDS,
    Actor,
    ActorMention,
    Analysis,
    Entity,
    EventClaim,
    Sentence,
    Span,
    Token,
)
from ...registry import register
from ...settings import Settings
from ...stages import actors
from ...syntax import TOLD_APART
from . import arguments, numbers, triggers

UNIDENTIFIED = Actor(text="", name="Unidentified Armed Group", kind=3, actor_id="unidentified-armed-group")
HELD_AREA_TYPES = frozenset({"Explosions/Remote violence", "Battles"})
_HELD = (
    r"(?P<holder>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})-(?:held|controlled|run)\s+"
    r"(?:area|areas|territory|territories|part|parts|region|regions|zone|zones|district|districts|"
    r"city|town|village|villages|neighbourhood|neighborhood|countryside|[A-Z]\w+)"
)
_HELD_TARGET = re.compile(
    rf"\b(?:in|on|at|into|against|across|targeting|struck|hit|shelled|of)\s+(?:an?\s+|the\s+)?{_HELD}"
)
_HELD_ORIGIN = re.compile(rf"\bfrom\s+(?:an?\s+|the\s+)?{_HELD}")
# "more than 250 people have been killed since Sunday": a toll with no act of its own that sums many
_RUNNING_TOTAL = re.compile(
    r"\bsince\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:began|start|beginning|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|\d{4}|war|conflict|fighting|ceasefire|truce)\b"
    r"|\bbetween\s+(?:\w+\s+){1,3}?and\s+the\s+(?:ceasefire|truce)\b|\bso far this\b",
    re.I,
)
_AGGREGATE = re.compile(
    r"\b(\d+|dozens|hundreds|scores|several|multiple|numerous|a series of|a wave of|a string of|repeated)\s+"
    r"(?:militant\s+|separate\s+|terrorist\s+|insurgent\s+|such\s+)?"
    r"(attacks|strikes|times|rocket attacks|drone attacks|incidents|raids|air strikes|drone strikes)\b"
    r"|\b(more than|over|at least)\s+[\w,]+\s+times\b|\b\d+\s+times\b|\bsince (the beginning|the start|mid-|early |late )"
    r"|\b(?:killed|wounded|injured)\s+(?:more than|over|at least|nearly|some)\s+[\d,]+\s+\w+(?:\s+\w+){0,3}\s+since\b",
    re.I,
)
# Sentences that tell history or habit, not an event: "This is the second time this week that ...".
_BACKGROUND = re.compile(
    r"\b(?:(?:is|was) (?:not )?the (?:first|second|third|latest) (?:time|such)|has been \w+ before|have been \w+ before"
    r"|(?:has|have) happened (?:before|at other)|not the first time"
    r"|the first (?:known |such |recorded |confirmed )?(?:deaths|casualties|fatalities|attack|strike) since"
    r"|is the latest in|^\s*background:|\b(?:has|have) never (?:targeted|attacked|harmed|killed|shelled|struck)\b)",
    re.I,
)
# "attacked the port, in what the military says is the first time it used warships": this act is the first
_IN_WHAT = re.compile(r"\bin what\b", re.I)
# "gave no details of where the missiles landed": nouns of telling that govern a question
_TELLING_NOUNS = frozenset({"detail", "information", "word", "indication", "explanation", "account"})
# Acts only talked about: condemned, called for, blamed, accused of, appealed against.
_TALK_GOVERNORS = frozenset(
    """condemn reject denounce urge call appeal demand stop prevent accuse blame hold document regard response
    retaliation revenge reprisal respond retaliate responsible involve involved suspect suspected plot plan
    planning coordinate coordinating facilitate facilitating oversee direct organize organise orchestrate
    manufacture supply specialize specialise use describe""".split()
)
_BLAME = arguments.BLAME_LEMMAS | {"accuse"}  # "blamed X for", "accused X of" an act
_GENERIC_CUES = frozenset(
    {"all", "any", "such", "future", "possible", "further", "potential", "more", "every", "each", "new"}
)
# "The first theory is an Israeli strike", "an American strike is the least likely": a guess, not a report.
_CONJECTURE_WORDS = frozenset(
    "theory theories explanation explanations possibility possibilities scenario scenarios hypothesis option options "
    "likely unlikely likeliest likelier plausible possible improbable probable first second third".split()
)
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "must", "can", "'ll"})
_CONTINUING = frozenset({"continue", "keep", "vow", "threaten", "promise", "pledge", "warn", "plan", "intend"})
# Definite phrases that point back at an event already told: "the attack", "these clashes".
_LANDING_VERBS = frozenset({"explode", "detonate", "crash", "fall", "land", "hit", "strike", "impact"})
_PROJECTILES = frozenset(
    "shell shells rocket rockets missile missiles mortar mortars round rounds projectile projectiles bomb bombs".split()
)
_HABIT_ADVERBS = frozenset({"before", "previously", "repeatedly", "often", "frequently", "regularly"})
_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "these", "that", "those", "its", "their"})
GENERIC_SUB_TYPES = frozenset({"Armed clash", "Attack"})
_TOLL_WORDS = frozenset({"toll", "casualties", "fatalities", "dead"})
# Acts a generic clash or attack beside them never retells.
_NO_TELLING_OF = frozenset({"Arrests", "Agreement", "Headquarters or base established"})
_ARMED_KINDS = frozenset({1, 2, 3, 4, 8})
_HARMFUL_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_VOLLEY_WORDS = frozenset({"salvo", "salvos", "barrage", "barrages", "launches"})  # "a salvo of drones"
# a crowd that dispersed of itself met no intervention
_DISPERSE_FORMS = frozenset({"disperse", "dispersed", "dispersing"})
_SELF_DISPERSAL = re.compile(
    r"\b(?:before|after|then|and)\s+dispers(?:ed|ing)\b|\bdispers(?:ed|ing)\s+(?:peacefully|quietly|calmly|without)",
    re.I,
)
REMOTE = "Explosions/Remote violence"
BLAST_WORDS = frozenset({"explosion", "explosions", "blast", "blasts"})
_ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone", "anything"})
_SPECIFIC_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
_LOCATIVE = frozenset(
    {"in", "near", "at", "on", "outside", "around", "into", "of", "from", "east", "west", "north", "south"}
)
# A sentence about the victims an earlier sentence counted: "The dead, a father and his son, were
# picking olives when ...", "Of the injured, four were hit by live fire", "Three of the dead were traders".
_VICTIMS_TOLD = re.compile(
    r"^\W*(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|most|some|many|all|none|several) of |of )?"
    r"the (?:dead|injured|wounded|victims)(?=\s*,|\s+(?:were|was|are|is|included|includes)\b)",
    re.I,
)
_LEFTOVER_WORDS = frozenset({"unexploded", "leftover", "remnant", "remnants"})  # old ordnance has no doer today
_ORIGIN_WORDS = frozenset({"border", "territory", "direction", "side"})
_PLATFORM_WORDS = frozenset(
    """jets jet warplanes warplane aircraft planes helicopters drones drone artillery tanks strike strikes
    airstrike airstrikes raid raids bombers missiles rockets""".split()
)
_OUTCOME_LEMMAS = frozenset({"kill", "wound", "injure", "execute", "martyr", "shoot"})
_LAUNCH_VERBS = frozenset({"fire", "launch", "send", "throw", "hurl", "lob", "rain", "use", "drop", "detonate"})
# "the car hit / struck / ran over a mine": what the vehicle hit went off
_RUN_OVER_VERBS = frozenset({"hit", "strike", "step", "run", "drive", "roll", "trigger"})
_TIME_WORDS = frozenset("morning evening night dawn dusk afternoon day week month eve noon midnight".split())


def _names_a_time(parse: arguments.Parse, prep: Token) -> bool:
    """'killed on the evening of the day before yesterday when ...': a time, not a target."""
    return any(o.ent_type in {"DATE", "TIME"} or o.lemma.lower() in _TIME_WORDS for o in parse.kids(prep.i, "pobj"))


def _names_an_operation(parse: arguments.Parse, prep: Token) -> bool:
    """'neutralised in an air operation': how the act was made, not what it hit."""
    return any(o.lemma.lower() == "operation" for o in parse.kids(prep.i, "pobj"))


@dataclass
class _Draft:
    sentence: Sentence
    primary: triggers.Trigger
    members: list[triggers.Trigger]


@register("extractor", "events.rules.v1", alias="rules")
class RuleExtractor:
    name = "events.rules.v1"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def extract(self, analysis: Analysis) -> tuple[EventClaim, ...]:
        tokens = analysis.tokens or ()
        hints = _weapon_hints_by_token(analysis)
        claims: list[EventClaim] = []
        for sentence in analysis.sentences or ():
            sentence = _trimmed(sentence, analysis.document.text)
            if _is_headline(sentence, analysis.document.text) or _is_heading(sentence, analysis.document.text):
                continue
            sentence_tokens = arguments.repaired(tokens[sentence.token_start : sentence.token_end])
            claims += self._sentence_events(analysis, sentence, sentence_tokens, hints)
        claims = _protesters_by_default(_tolls_to_their_act(_link_continuations(claims, analysis)))
        claims = _blasts_by_the_weapons_told(_type_from_context(claims))
        claims = _launchers_of_interceptions(_inherit_doers(claims, analysis), analysis)
        claims = _claimed_by_the_next_sentence(claims, analysis)
        claims = _civilians_by_definition(_targets_from_the_fight(claims, analysis))
        return tuple(_interventions_join_their_protest(_zeros_told_after(claims, analysis), analysis.document.text))

    def _sentence_events(
        self, analysis: Analysis, sentence: Sentence, tokens: Sequence[Token], hints: dict[int, str]
    ) -> list[EventClaim]:
        found = triggers.find_triggers(tokens, armed=any(t.i in hints for t in tokens))
        if not found:
            return []
        parse = arguments.Parse(tokens)
        mentions = [m for m in analysis.actors or () if sentence.token_start <= m.token_start < sentence.token_end]
        text = analysis.document.text[sentence.start : sentence.end]
        casualties = numbers.casualties_in(tokens, text)
        force = {t: f for t in found if (f := _force_on_marchers(t, found, parse)) is not None}
        context = _SentenceContext(
            analysis, sentence, tokens, parse, mentions, casualties, hints, frozenset(f.head for f in force.values())
        )
        found = [
            t
            for t in found
            if not _fighting_as_setting(t, found, parse) and not _spoils(t, found, parse) and t not in force
        ]
        found = _killings_not_arrests(found, parse)
        own_blasts = _weapon_outcomes_of_their_own(found, parse, hints)
        claims = [c for n, d in enumerate(_group(sentence, found, own_blasts)) if (c := self._claim(context, d, n))]
        apart = frozenset(t.start for t in tokens if t.i in own_blasts)
        told_apart = frozenset(t.start for t in tokens if t.i in _acts_told_apart(found, parse))
        claims = _merge_same_type(
            claims, _retold_by_verb(parse, found), _own_clause_doers(claims, parse, tokens), apart, told_apart
        )
        claims = [replace(c, flags=(*c.flags, TOLD_APART)) if c.trigger.start in told_apart else c for c in claims]
        return _counts_by_clause(claims, parse, tokens, analysis.document.text)

    def _claim(self, ctx: _SentenceContext, draft: _Draft, number: int) -> EventClaim | None:
        primary = draft.primary
        if not ctx.is_specific_enough(primary):
            return None
        roles = arguments.roles_for(ctx.parse, primary.head, primary.pos, ctx.mentions)
        if primary.word.split()[:2] in [[verb, "under"] for verb in triggers.UNDER_FIRE_VERBS]:
            roles = arguments.under_fire(ctx.parse, primary.head, ctx.mentions)
        if primary.cls == "intercept" and primary.pos == "VERB":
            roles = arguments.intercepted_launch(ctx.parse, primary.head, ctx.mentions) or roles
        if primary.cls == "agreement" and roles.actor2 is None:
            roles = arguments.parties_to_agreement(ctx.parse, primary.head, ctx.mentions) or roles
        verb = ctx.parse.get(primary.head)
        if primary.pos == "VERB" and verb is not None and ctx.hit_a_mine(verb) is not None:
            roles = arguments.Roles(None, roles.actor1)  # who hit the mine was its victim
        if draft.primary.cls == "outcome" and ctx.casualties == numbers.Casualties() and not _tally(verb):
            return None
        if _tally(verb) and ctx.weapon_hint(primary) is None:
            return None  # "its forces had neutralised 21 terrorists": how, the article says elsewhere, if at all
        if _told_toll(ctx.parse, primary):
            roles = arguments.Roles(None, roles.actor2)  # "local authorities raised the toll to 17": who told it
        elif roles.actor1 is None and primary.pos == "VERB":
            roles = replace(roles, actor1=ctx.stray_subject(primary, roles.actor2))
        # shooting back is a clash unless the doer itself is a weapon ("Turkish artillery returned fire")
        hint = ctx.weapon_hint(primary, doer_only=primary.word.split()[0] in triggers.RETURN_WORDS)
        doer_kind = roles.actor1.actor.kind if roles.actor1 else None
        victims = ctx.victims()
        hit = arguments.civilian_property(ctx.parse, primary.head) if roles.actor2 is None and not victims else None
        raided_village = ctx.attacks_a_village(primary) and (victims is None or victims.kind == 7)
        if ctx.targets_civilians(primary) or (hit is not None and _shooting(primary)) or raided_village:
            target_kind: int | None = 7  # "gunmen fired at the house of a local notable"
        else:
            target_kind = roles.actor2.actor.kind if roles.actor2 else victims.kind if victims else None
        protested = ctx.protest_context() or primary.cls == "protest" or primary.head in ctx.fired_on_marchers
        protest = ctx.protest_words() if protested else None
        event_type, sub_type = triggers.decide_type(primary, hint, target_kind, doer_kind, protest)
        if event_type == "Explosions/Remote violence" and ctx.old_ordnance():
            sub_type = triggers.IED  # "a cluster submunition left over from the 2024 bombardment exploded"
        if sub_type == "Abduction/forced disappearance" and doer_kind in STATE_KINDS and _RAID_WORDS & set(ctx.words):
            event_type, sub_type = triggers.CLASS_TYPES["arrest"]  # "forces kidnapped 25 citizens in dawn raids"
        if (
            hint is None
            and sub_type in {"Attack", "Armed clash"}
            and roles.actor1 is not None
            and "aggression" in roles.actor1.text.lower()
            and verb is not None
            and verb.lemma in _REMOTE_LEMMAS
        ):
            # "the US-British aggression hit a fishermen's gathering point": the side's word for air raids
            event_type, sub_type = "Explosions/Remote violence", triggers.AIR
        if sub_type == "Attack" and target_kind != 7 and primary.cls == "attack" and _REPELLED & set(ctx.words):
            event_type, sub_type = "Battles", "Armed clash"  # "tribal gunmen attacked al-Thaala and were repelled"
        actor1 = _actor1(roles, event_type)
        # (the subject of "died" is its victim, not a doer)
        if sub_type == "Attack" and _a_crowd_of_civilians(actor1) and primary.word != "died":
            event_type, sub_type = "Riots", "Mob violence"  # "residents beat and burned to death two young men"
        actor2 = roles.actor2.actor if roles.actor2 else victims
        if event_type == "Battles" and actor2 is not None and actor2.actor_id == "civilians":
            # "killed four men … in a clash with armed smugglers": the men were of the other side
            actor2 = arguments.other_side_of_a_fight(ctx.parse, ctx.mentions, roles.actor1) or actor2
        if _is_anonymous_site(actor2) and victims and not _is_anonymous(victims):
            actor2 = victims  # "destroyed a militant base ..., killing 40 fighters of the Nusra group"
        if actor2 is None and hit is not None:  # "shelled the market": whoever owns it is a civilian
            actor2 = _generic("civilians", arguments.noun_phrase(ctx.parse, hit, ctx.analysis.document.text))
        if actor2 is None and (town := ctx.town_aimed_at(primary.head)) is not None:
            actor2 = _generic("civilians", town)  # "fired some 30 rockets at Kiryat Shmona"
        if actor2 is None and roles.relative_target is not None:
            actor2 = roles.relative_target.actor
        if actor2 is None and event_type in HELD_AREA_TYPES:
            actor2 = ctx.holder_of_the_area(_HELD_TARGET)  # "strikes in a Houthi-controlled area of Yemen"
        held = ctx.people_held(primary.head) if sub_type == "Arrests" else None
        if held is not None and (actor2 is None or _named_beside(roles.actor2, held[0], ctx.parse)):
            actor2 = held[1]
        if (
            actor2 is None
            and event_type == "Explosions/Remote violence"
            and not _is_a_force(actor1)
            and arguments.object_of(ctx.parse, primary.head) is None
        ):
            actor2 = ctx.merchant_ship()  # "a bulk carrier reported an explosion near its hull"
        if event_type in HELD_AREA_TYPES and (actor1 is None or actor1.actor_id == UNIDENTIFIED.actor_id):
            actor1 = ctx.holder_of_the_area(_HELD_ORIGIN) or actor1  # "shells fired from SDF-held areas"
        if (
            sub_type == "Protest with intervention"
            and primary.cls != "protest"
            and actor1 is not None
            and actor1.kind in (1, 2)
        ):
            # "forces fired tear gas at the procession": the protesters protested, the forces intervened
            actor1, actor2 = _generic("protesters"), actor1
        if (
            event_type == "Protests"
            and roles.actor2 is not None
            and actor2 is roles.actor2.actor
            and _where_they_gathered(roles.actor2, ctx.tokens)
        ):
            actor2 = None  # "gathered near the Israeli embassy": where they protested, not who they faced
        if event_type == "Protests" and actor1 is not None and actor1.actor_id == "civilians":
            actor1 = _generic("protesters", actor1.text)  # "300 people gathered outside the governor's office"
        if sub_type == triggers.SEXUAL and (actor2 is None or actor2.actor_id != "civilians"):
            actor2 = _generic("civilians")  # "raped them at a checkpoint west of El Fasher": people, not the town
        if sub_type == "Excessive force against protesters" and (actor2 is None or actor2.actor_id == "civilians"):
            actor2 = _generic("protesters", actor2.text if actor2 else "")  # "350 people killed in the protests"
        downed = arguments.object_of(ctx.parse, primary.head) if sub_type == triggers.DISRUPTED else None
        if downed is not None and (launcher := arguments.launcher_of(ctx.parse, downed, ctx.mentions)):
            actor2 = launcher.actor  # not where they flew: "drones launched by X towards our positions"
        if sub_type == triggers.DISRUPTED and (actor2 is None or actor2.kind == 7):
            # whoever launched what was shot down ("drones launched from Houthi-controlled Yemen");
            # the ship or town it flew at is not a side
            actor2 = ctx.holder_of_the_area(_HELD_ORIGIN) or UNIDENTIFIED
            if not actor2.text and downed is not None:
                # the launcher is unknown; the analyst still sees what was shot down
                actor2 = replace(actor2, text=arguments.noun_phrase(ctx.parse, downed, ctx.analysis.document.text))
        one_kind_both_sides = roles.actor1 is not None and roles.actor1 is roles.actor2  # "two clan militias"
        if (
            actor2 is not None
            and actor1 is not None
            and actor2.name == actor1.name
            and not _told_apart(actor1, actor2)
            and not one_kind_both_sides
        ):
            actor2 = None
        text = ctx.analysis.document.text
        first, last = ctx.parse.get(primary.start), ctx.parse.get(primary.end - 1)
        assert first is not None and last is not None
        return EventClaim(
            event_id=f"{ctx.analysis.document.doc_id}:{ctx.sentence.index}:{number}",
            doc_id=ctx.analysis.document.doc_id,
            evidence=Span(ctx.sentence.start, ctx.sentence.end, text[ctx.sentence.start : ctx.sentence.end]),
            event_type=event_type,
            sub_event_type=sub_type,
            trigger=Span(first.start, last.end, text[first.start : last.end]),
            actor1=actor1,
            actor2=actor2,
            weapons=ctx.weapon_categories(),
            killed=ctx.casualties.killed,
            injured=ctx.casualties.injured,
            casualties=ctx.casualties.casualties,
            aggregate=ctx.is_aggregate(primary),
            confidence=_confidence(primary, roles, ctx.casualties != numbers.Casualties(), hint is not None),
            backend=self.name,
            sentence=ctx.sentence.index,
            flags=tuple(
                flag
                for flag, on in (
                    ("generic-type", hint is None and sub_type in GENERIC_SUB_TYPES),
                    (actors.PROPERTY_TARGET, hit is not None and actor2 is not None and actor2.actor_id == "civilians"),
                    ("unowned-doer", roles.actor1 is None and ctx.doer_is_unowned_platform(primary)),
                    (
                        "untold-doer",
                        roles.actor1 is None
                        and event_type in _DOER_TOLD_BEFORE_TYPES
                        and not ctx.doer_is_unowned_platform(primary)
                        and not ctx.names_an_origin()
                        and not _LEFTOVER_WORDS & set(ctx.words),
                    ),
                )
                if on
            ),
        )


@dataclass
class _SentenceContext:
    analysis: Analysis
    sentence: Sentence
    tokens: Sequence[Token]
    parse: arguments.Parse
    mentions: list[ActorMention]
    casualties: numbers.Casualties
    hints: dict[int, str]
    fired_on_marchers: frozenset[int] = frozenset()  # "fired live rounds at supporters marching": the firing

    @property
    def words(self) -> set[str]:
        return {t.text.lower() for t in self.tokens}

    def has_specifics(self) -> bool:
        labels = {t.ent_type for t in self.tokens}
        return bool(labels & _SPECIFIC_LABELS) or self.casualties != numbers.Casualties()

    def _placed_and_dated(self, head: Token) -> bool:
        """The act's own words say where, and the sentence when ('blamed Fano for the abduction of
        20 passengers near Azezo, ..., last week')."""
        kinds = {t.ent_type for i in self.parse.subtree(head.i) if (t := self.parse.get(i)) is not None}
        dated = any(t.ent_type in {"DATE", "TIME"} for t in self.tokens)
        return dated and bool(kinds & {"GPE", "LOC", "FAC"})

    def stray_subject(self, trigger: triggers.Trigger, target: ActorMention | None) -> ActorMention | None:
        """'about 20 settlers, several of them masked ..., came down from an outpost and attacked the
        family': the one armed group before the act that the parser left hanging (dep), its doer."""
        found = [
            m
            for m in self.mentions
            if m.token_end <= trigger.head
            and m.actor.kind in _ARMED_KINDS
            and m is not target
            and (head := self.parse.get(m.token_end - 1)) is not None
            and head.dep == "dep"
        ]
        return found[0] if len(found) == 1 else None

    def is_specific_enough(self, trigger: triggers.Trigger) -> bool:
        """Generic talk, futures, condemnations, background and nouns with nothing specific
        around them are not events."""
        head = self.parse.get(trigger.head)
        if head is None:
            return False
        background = _BACKGROUND.search(text := self.analysis.document.text[self.sentence.start : self.sentence.end])
        if background and not _IN_WHAT.search(text, 0, background.start()):
            return False
        if text.rstrip().rstrip('"”’').endswith("?"):
            return False  # "Did anyone come after the drone strike?" asks; it asserts nothing
        if self._done_before(head):
            return False  # "Al-Shabaab, which has shelled the compound before, did not comment": a habit
        if self._asked_whether(head):
            return False  # "It did not say whether they were the men who attacked the convoy"
        if _VICTIMS_TOLD.match(text):
            return False  # "Of the injured, four were hit by live fire": who the victims told before were
        dated = bool({t.ent_type for t in self.tokens} & {"DATE", "TIME"})
        if any(
            g.lemma in _TALK_GOVERNORS
            and not (g.lemma == "use" and dated)
            and not (g.lemma in _BLAME and self._placed_and_dated(head))
            and not self._means_of_reply(head, g)
            for g in self._governors(head)
        ):
            # ("used tear gas on Tuesday to disperse them" is an act, "drones used to attack" a habit;
            # "blamed Fano for the abduction of 20 passengers near Azezo last week" tells the abduction)
            return False
        if head.dep == "acl" and head.tag == "VBG" and trigger.cls == "clash":
            return False  # "the coalition fighting the Houthis" says who someone is
        governor = self.parse.get(head.head)
        if head.dep == "relcl" and governor is not None and governor.text.lower() in _ANYONE:
            return False  # "anyone who targets U.S. personnel": nobody in particular
        modifiers = {t.text.lower() for t in self.parse.kids(head.i, "amod", "det", "advmod")}
        if modifiers & _GENERIC_CUES and trigger.pos == "NOUN":
            return False
        if trigger.pos == "NOUN" and self._conjectured(head):
            return False
        if trigger.pos == "NOUN" and trigger.cls != "outcome" and self._described(head):
            # "The attack was the deadliest on security forces this year": said of an act told before (but
            # "the final toll is three dead" counts it)
            return False
        if self._is_unreal(head) and (not self.has_specifics() or self._aims_at_anyone(head)):
            return False
        if self._goes_on(head) and not dated:
            return False  # "the Houthis continue to attack ships in the Red Sea": a habit, not an event
        if trigger.pos == "NOUN":
            if self.has_specifics() or self._is_definite(head):
                return True
            named = any(m.how in {"name", "alias", "demonym", "metonym"} for m in self.mentions)
            return named and not head.text.lower().endswith("s")  # "an attack by X", not "X's attacks"
        return True

    def _done_before(self, head: Token) -> bool:
        """'has shelled the compound before', 'have repeatedly attacked': the perfect of a past habit."""
        perfect = {t.text.lower() for t in self.parse.kids(head.i, "aux")} & {"has", "have"}
        return bool(perfect) and bool({t.text.lower() for t in self.parse.kids(head.i, "advmod")} & _HABIT_ADVERBS)

    def _asked_whether(self, head: Token) -> bool:
        """An act inside a 'whether' clause is a question about it, asserted by no one; so is one
        in a 'where' or 'how' clause that a noun of telling governs ("gave no details of where the
        missiles landed")."""
        if any(
            k.text.lower() == "whether" for t in (head, *self._governors(head)) for k in self.parse.kids(t.i, "mark")
        ):
            return True
        asked = any(k.text.lower() in {"where", "how"} for k in self.parse.kids(head.i, "advmod"))
        preposition = self.parse.get(head.head) if head.dep == "pcomp" else None
        noun = self.parse.get(preposition.head) if preposition is not None else None
        return asked and noun is not None and noun.lemma.lower() in _TELLING_NOUNS

    def _described(self, head: Token) -> bool:
        verb = self.parse.get(head.head)
        return (
            head.dep == "nsubj"
            and verb is not None
            and verb.lemma == "be"
            and self._is_definite(head)
            and bool(self.parse.kids(verb.i, "attr", "acomp"))
        )

    def _conjectured(self, head: Token) -> bool:
        """A strike named only as one theory among others, as what a copula says of a guess."""
        verb = self.parse.get(head.head)
        if verb is None or verb.lemma != "be" or head.dep not in {"attr", "nsubj"}:
            return False
        other = [k for k in self.parse.kids(verb.i, "nsubj", "attr", "acomp") if k.i != head.i]
        return any(
            w.text.lower() in _CONJECTURE_WORDS for k in other for w in [k, *self.parse.kids(k.i, "amod", "advmod")]
        )

    def _means_of_reply(self, head: Token, governor: Token) -> bool:
        """'the army responded with artillery strikes': the strikes are the reply, an act."""
        preposition = self.parse.get(head.head)
        return (
            governor.lemma in {"respond", "retaliate", "reply", "answer"}
            and head.dep == "pobj"
            and preposition is not None
            and preposition.text.lower() == "with"
            and preposition.head == governor.i
        )

    def _governors(self, token: Token) -> list[Token]:
        found, current = [], token
        for _ in range(4):
            governor = self.parse.get(current.head)
            if governor is None or governor.i == current.i or self._across_semicolon(current, governor):
                break
            if current.dep != "conj":  # "stopped two buses and shot dead 11 passengers": a sibling, no governor
                found.append(governor)
            current = governor
        return found

    def _across_semicolon(self, clause: Token, governor: Token) -> bool:
        """'The army said it had hit a compound; Hamas called that a lie': the parser may hang the first
        clause on a verb after the semicolon, which ends it."""
        return any((t := self.parse.get(i)) is not None and t.text == ";" for i in range(clause.i + 1, governor.i))

    def _is_definite(self, head: Token) -> bool:
        """'the attack', 'these clashes': a pointer back at an event told before."""
        return bool({t.text.lower() for t in self.parse.kids(head.i, "det", "poss")} & _ANAPHORIC_DETERMINERS)

    def _is_unreal(self, head: Token) -> bool:
        """Modal, future or "continue to / vow to" acts: talk about what may happen."""
        auxiliaries = {t.text.lower() for t in self.parse.kids(head.i, "aux", "auxpass")}
        if auxiliaries & _MODALS:
            return True
        governor = self.parse.get(head.head)
        if governor is not None and head.dep in {"xcomp", "dobj", "pcomp"} and governor.lemma in _CONTINUING:
            return True
        return (
            governor is not None
            and head.dep == "xcomp"
            and bool({t.text.lower() for t in self.parse.kids(governor.i, "aux")} & _MODALS)
        )

    def _goes_on(self, head: Token) -> bool:
        governor = self.parse.get(head.head)
        return governor is not None and head.dep == "xcomp" and governor.lemma in {"continue", "keep"}

    def _aims_at_anyone(self, head: Token) -> bool:
        """'will strike anyone who tries' names no one: talk, whatever places and dates surround it."""
        return bool({t.text.lower() for t in self.parse.kids(head.i, "dobj")} & _ANYONE)

    def old_ordnance(self) -> bool:
        """Ordnance left from earlier fighting: whoever fired it, it went off as a mine does."""
        lowered = [t.text.lower() for t in self.tokens]
        pairs = set(pairwise(lowered))
        # not "remnants of the former regime": only the remnants of war
        return bool({"unexploded", "leftover"} & set(lowered)) or bool(
            pairs & {("left", "over"), ("explosive", "remnants")}
        )

    def protest_context(self) -> bool:
        return (
            any(
                t.text.lower() in triggers.PROTEST_CUES
                and not triggers.diplomatic(self.tokens, t)
                and not self._graffiti(t)
                for t in self.tokens
            )
            or any(t.text in triggers.MARCH_WORDS for t in self.tokens)
            or any(m.actor.kind == 6 for m in self.mentions)
            or self._crowd_dispersed()
        )

    def _graffiti(self, token: Token) -> bool:
        """'sprayed slogans on the school wall': vandals' writing, not a crowd's chanting."""
        verb = self.parse.get(token.head)
        return token.text.lower() == "slogans" and verb is not None and verb.lemma in _WRITING_LEMMAS

    def _crowd_dispersed(self) -> bool:
        """'fired tear gas and used batons to break up a gathering', 'tear gas at the procession';
        'Police fired tear gas when some of them tried to reach the office': tear gas is for crowds."""
        if self.words & triggers.CROWD_CONTROL and self.words & triggers.GATHERINGS:
            return True
        if not {"tear", "gas"} <= self.words or "inhalation" in self.words:
            return False
        # but tear gas fired "at residents who were trying to put out the fires" met no protest
        aimed_at = {
            o.text.lower()
            for t in self.tokens
            if t.text.lower() == "at" and t.dep == "prep"
            for o in self.parse.kids(t.i, "pobj")
        }
        people = aimed_at & numbers.PERSON_NOUNS
        return not people - triggers.PROTEST_CUES - triggers.GATHERINGS - {"marchers", "worshippers"}

    def is_aggregate(self, trigger: triggers.Trigger) -> bool:
        head = self.parse.get(trigger.head)
        if (
            head is not None
            and head.tag == "NN"
            and {k.text.lower() for k in self.parse.kids(head.i, "det")} & {"a", "an"}
        ):
            return False  # "18 attacks this week, including an ambush that killed five": the ambush is one
        text = self.analysis.document.text[self.sentence.start : self.sentence.end]
        running_total = trigger.cls == "outcome" and bool(_RUNNING_TOTAL.search(text))
        return bool(_AGGREGATE.search(text)) or running_total or _plural_count(self.parse, trigger)

    def weapon_hint(self, trigger: triggers.Trigger, doer_only: bool = False) -> str | None:
        """The sub-type the weapon of this act points at, read in order of how surely
        the weapon is this act's: the doer ("Turkish drones struck"), the trigger and
        its modifiers ("missile attack"), the instrument ("with rockets", "fired
        rockets"), then other words of the sentence, nearest first — never the
        target ("struck a rocket storage site")."""
        head = self.parse.get(trigger.head)
        if head is None:
            return None
        target = self._target_tokens(head)
        groups = self._hint_groups(trigger, head)[:2] if doer_only else self._hint_groups(trigger, head)
        # elsewhere in the sentence, a bare "explosions" or "strikes" is another act, not a weapon
        groups[-1] = {i for i in groups[-1] if self._word(i) not in triggers.DEFAULT_HINTS or self._bomb_went_off(i)}
        if (
            not doer_only
            and head.lemma in _ASSAULT_LEMMAS
            and any(self._hint_at(i, head) == DIRECT_FIRE for i in self._with_phrases(head) - target)
        ):
            return None  # "attacked the police station with rifles and homemade mortars": a fight
        for n, group in enumerate(groups):
            # the act's own list of weapons goes by the first one named ("drones and missiles"; "a salvo
            # of drones" is drones); elsewhere in the sentence, the nearest weapon
            order = (
                (lambda i: abs(i - trigger.start))
                if n == len(groups) - 1
                else (lambda i: (self._word(i) in _VOLLEY_WORDS, i))
            )
            for i in sorted(group - target, key=order):
                hint = self._hint_at(i, head)
                if hint == triggers.IED and "suicide" in self.words:
                    return triggers.SUICIDE  # "a suicide bomber drove an explosives-laden car into the gate"
                if hint in triggers.WEAPON_SUB_TYPES:
                    return hint
        return None

    def _hint_groups(self, trigger: triggers.Trigger, head: Token) -> list[set[int]]:
        """Where the weapon may be named, surest first: the doer's head noun, the doer, the trigger's
        own words, its instrument, the rest of the sentence."""
        parse = self.parse
        doer = {i for k in parse.kids(head.i, "nsubj", "agent") for i in parse.subtree(k.i)}
        own = set(range(trigger.start, trigger.end)) | {
            i for k in parse.kids(head.i, "compound", "amod", "nmod") for i in parse.subtree(k.i)
        }
        instrument = self._with_phrases(head) | {
            i for k in parse.kids(head.i, "prep") if k.text.lower() == "by" for i in parse.subtree(k.i)
        }
        if head.lemma in _LAUNCH_VERBS:
            instrument |= {i for k in parse.kids(head.i, "dobj", "nsubjpass") for i in parse.subtree(k.i)}
        # the rest of the sentence, up to a semicolon: "...; a hit on a radar reads like a message"
        # says nothing about the weapon of the clause before it
        semicolons = [t.i for t in self.tokens if t.text == ";"]
        low = max((i for i in semicolons if i < head.i), default=-1)
        high = min((i for i in semicolons if i > head.i), default=len(self.analysis.tokens or ()))
        rest = {t.i for t in self.tokens if low < t.i < high} - self._other_clauses(head)
        kit = self._equipment()
        # the doer's own noun before what it carries: "two drones loaded with explosives struck ..."
        heads = {k.i for k in parse.kids(head.i, "nsubj")} | {
            o.i for a in parse.kids(head.i, "agent") for o in parse.kids(a.i, "pobj")
        }
        return [heads - kit, doer - kit, own, instrument, rest - kit]

    def _equipment(self) -> set[int]:
        """'militants armed with heavy weapons and quadcopters': what the doers carry, not how they struck;
        'troops backed by a drone raided the camp': what supported them, not what struck."""
        carried = {
            i
            for t in self.tokens
            if t.lemma.lower() in {"arm", "armed", "equip", "equipped"}
            for k in self.parse.kids(t.i, "prep")
            if k.text.lower() == "with"
            for i in self.parse.subtree(k.i)
        }
        support = {
            i
            for t in self.tokens
            if t.lemma.lower() in {"back", "support", "accompany", "escort"} and t.dep in {"acl", "amod"}
            for k in self.parse.kids(t.i, "agent", "prep")
            if k.text.lower() in {"by", "with"}
            for i in self.parse.subtree(k.i)
        }
        return carried | support

    def _other_clauses(self, verb: Token) -> set[int]:
        """'IS militants attacked a post, and a unit sent there struck a roadside bomb': the
        bomb is the other clause's weapon."""
        parse = self.parse
        if verb.pos != "VERB":
            return set()
        other = {
            i for c in parse.kids(verb.i, "conj") if parse.kids(c.i, "nsubj", "nsubjpass") for i in parse.subtree(c.i)
        }
        governor = parse.get(verb.head)
        if verb.dep == "conj" and governor is not None and parse.kids(verb.i, "nsubj", "nsubjpass"):
            other |= parse.subtree(governor.i) - parse.subtree(verb.i)
        return other

    def _with_phrases(self, head: Token) -> set[int]:
        """'with rockets', 'using drones': what the act was done with."""
        parse = self.parse
        return {
            i for k in parse.kids(head.i, "prep") if k.text.lower() in {"with", "using"} for i in parse.subtree(k.i)
        } | {i for k in parse.kids(head.i, "dobj") for i in self._weapons_hung_on(k)}

    def _weapons_hung_on(self, noun: Token) -> set[int]:
        """'blew up a vehicle of the apostates with an explosive device', 'attacked a base in the Zap region
        with rockets and small arms': a 'with' phrase naming a weapon, which the parser hung deep in the
        object, is the act's instrument."""
        parse = self.parse
        withs = [i for i in parse.subtree(noun.i) if (t := parse.get(i)) is not None and t.text.lower() == "with"]
        return {i for w in withs if parse.subtree(w) & set(self.hints) for i in parse.subtree(w)}

    def _target_tokens(self, head: Token) -> set[int]:
        """What the act hit: no weapon there is the one used ("hit a rocket storage site").
        For an act named by a verb's subject ("the strikes hit ..."), that verb's objects."""
        parse = self.parse
        heads = [head]
        carrier = arguments.phrase_carrier(parse, head.i) or head  # "a second set of strikes destroyed ..."
        governor = parse.get(carrier.head)
        if carrier.dep == "nsubj" and governor is not None and governor.pos == "VERB":
            heads.append(governor)
        heads += [k for k in parse.kids(head.i, "conj") if k.pos == "VERB"]  # "struck and destroyed two launchers"
        target: set[int] = set()
        for act in heads:
            if act.lemma not in _LAUNCH_VERBS:
                for k in parse.kids(act.i, "dobj"):
                    if self.hit_a_mine(act) is k:
                        continue  # "a minibus hit a landmine": the mine is the weapon
                    # "targeted the ceremony with drones": the parser may hang the instrument on the object
                    instrument = {
                        i
                        for p in parse.kids(k.i, "prep")
                        if p.text.lower() in {"with", "using"}
                        for i in parse.subtree(p.i)
                    }
                    instrument |= self._weapons_hung_on(k)
                    target |= parse.subtree(k.i) - instrument
            for prep in parse.kids(act.i, "prep"):
                if (
                    prep.text.lower() in arguments.TARGET_PREPOSITIONS
                    and not _names_a_time(parse, prep)
                    and not _names_an_operation(parse, prep)
                ):
                    target |= parse.subtree(prep.i)
        return target

    def _hint_at(self, i: int, head: Token) -> str | None:
        token = self.parse.get(i)
        if token is None:
            return None
        hint = self._own_hint(i)
        if hint is not None and hint != triggers.AIR and self._fired_from_the_air(i):
            return triggers.AIR  # "a missile fired from a drone" is a drone strike
        if (
            hint not in triggers.WEAPON_SUB_TYPES
            and token.text.lower() in {"tank", "tanks"}
            and head.lemma in {"fire", "shell"}
        ):
            return triggers.SHELLING  # the lexicon's tank fights at close quarters; tanks that fire, shell
        if self._bomb_went_off(i):
            return triggers.IED
        return hint

    def hit_a_mine(self, verb: Token) -> Token | None:
        """'a minibus hit a landmine', 'the patrol struck a roadside bomb': the mine it hit."""
        if verb.lemma not in _RUN_OVER_VERBS:
            return None
        run_over = triggers.mine_run_over(self.tokens, verb)  # "drove over an explosive device"
        if run_over is not None:
            return run_over
        return next((k for k in self.parse.kids(verb.i, "dobj") if self._hint_at(k.i, verb) == triggers.IED), None)

    def _bomb_went_off(self, i: int) -> bool:
        """'when a bomb fixed under his car went off': a bomb that explodes was planted, not dropped."""
        token = self.parse.get(i)
        verb = self.parse.get(token.head) if token is not None and token.dep == "nsubj" else None
        return (
            token is not None
            and token.lemma.lower() == "bomb"
            and verb is not None
            and verb.lemma in arguments.BLAST_LEMMAS
        )

    def _fired_from_the_air(self, i: int) -> bool:
        parse = self.parse
        for verb in parse.kids(i, "acl"):
            for prep in parse.kids(verb.i, "prep"):
                if prep.text.lower() == "from" and any(
                    self._own_hint(j) == triggers.AIR for j in parse.subtree(prep.i) if j != prep.i
                ):
                    return True
        return False

    def _word(self, i: int) -> str:
        token = self.parse.get(i)
        return token.text.lower() if token is not None else ""

    def _own_hint(self, i: int) -> str | None:
        token = self.parse.get(i)
        return self.hints.get(i) or (triggers.HINT_WORDS.get(token.text.lower()) if token is not None else None)

    def targets_civilians(self, trigger: triggers.Trigger) -> bool:
        """Civilians among the direct targets ("a convoy of truffle hunters and fighters")."""
        head = self.parse.get(trigger.head)
        if head is None:
            return False
        objects = {i for k in self.parse.kids(head.i, "dobj", "nsubjpass") for i in self.parse.subtree(k.i)}
        return any(m.actor.kind == 7 and objects & set(range(m.token_start, m.token_end)) for m in self.mentions)

    def attacks_a_village(self, trigger: triggers.Trigger) -> bool:
        """'armed men on motorcycles attacked the village of Kéra-Dogo, burning granaries and houses':
        a raid on a village's people and their goods (not 'attacked the villages ... and were driven
        back', a fight), unless the sentence counts fighters among its dead."""
        head = self.parse.get(trigger.head)
        if head is None or trigger.cls != "attack" or head.pos != "VERB" or not _PLUNDER_WORDS & set(self.words):
            return False
        return any(k.lemma in _VILLAGE_NOUNS for k in self.parse.kids(head.i, "dobj"))

    def doer_is_unowned_platform(self, trigger: triggers.Trigger) -> bool:
        """'Jets also struck ...', 'Another strike hit ...': a doer the article named before."""
        head = self.parse.get(trigger.head)
        if head is None:
            return False
        if trigger.pos == "NOUN":
            return head.text.lower() in _PLATFORM_WORDS
        subjects = self.parse.kids(head.i, "nsubj", "nsubjpass") if head.pos in {"VERB", "AUX"} else []
        return any(s.text.lower() in _PLATFORM_WORDS for s in subjects)

    def names_an_origin(self) -> bool:
        """'shells fired from Syrian territory', 'launches crossing from Lebanon', 'fire from across
        the border': the sentence says where the fire came from, so who fired is the other side's
        business, not the doer told before."""
        for token in self.tokens:
            if token.text.lower() != "from":
                continue
            words = [self.parse.get(i) for i in self.parse.subtree(token.i) if i != token.i]
            if any(w is not None and (w.ent_type in {"GPE", "LOC"} or w.lemma in _ORIGIN_WORDS) for w in words):
                return True
        return False

    def protest_words(self) -> frozenset[str]:
        """The words that say how a protest went; crowds that dispersed of themselves ("before
        dispersing", "dispersed peacefully") met no intervention."""
        words = frozenset(self.words)
        text = self.analysis.document.text[self.sentence.start : self.sentence.end]
        return words - _DISPERSE_FORMS if _SELF_DISPERSAL.search(text) else words

    def holder_of_the_area(self, pattern: re.Pattern[str]) -> Actor | None:
        """The side that holds the area the act came from or fell on, by the sentence's words."""
        match = pattern.search(self.analysis.document.text[self.sentence.start : self.sentence.end])
        found = actors.ActorResolver(actors.lexicon()).resolve(match.group("holder")) if match else None
        return found[0] if found is not None and found[0].kind != 7 else None

    def people_held(self, head: int) -> tuple[Token, Actor] | None:
        """'Soldiers detained three of his relatives', 'arrested five members of a gang': people held
        whom no name or description places in a group are, for the record, civilians."""
        held = arguments.object_of(self.parse, head)
        text = self.analysis.document.text
        if held is not None and (count := self._count_of_them(held)) is not None:
            return held, _generic("civilians", text[count.start : held.end])  # "arrested four of them"
        if held is None or not (numbers.is_person(held) or held.lemma in _HELD_PEOPLE):
            return None
        return held, _generic("civilians", arguments.noun_phrase(self.parse, held, text))

    def _count_of_them(self, them: Token) -> Token | None:
        """'four' of 'four of them': a count of the people told before."""
        prep = self.parse.get(them.head) if them.text.lower() in {"them", "those"} and them.dep == "pobj" else None
        count = self.parse.get(prep.head) if prep is not None and prep.text.lower() == "of" else None
        return count if count is not None and count.pos == "NUM" else None

    def town_aimed_at(self, head: int) -> str | None:
        """'fired some 30 rockets at Kiryat Shmona', 'two projectiles towards Sderot': the town (not a
        country) that what was fired or launched was aimed at, with no one there named."""
        verb = self.parse.get(head)
        if verb is None or verb.lemma not in arguments.LAUNCH_LEMMAS:
            return None
        for carrier in [head, *(o.i for o in self.parse.kids(head, "dobj"))]:
            for prep in self.parse.kids(carrier, "prep"):
                if prep.text.lower() not in {"at", "towards", "toward"}:
                    continue
                for town in self.parse.kids(prep.i, "pobj"):
                    if town.ent_type == "GPE" and not _is_country(town.text):
                        return arguments.noun_phrase(self.parse, town, self.analysis.document.text)
        return None

    def merchant_ship(self) -> Actor | None:
        """'A Panama-flagged bulk carrier reported an explosion near its hull': the ship that reports a
        blast or a missile near it was its target."""
        ships = (m for m in self.mentions if m.actor.name == actors.VESSEL_NAME)
        # not "the radar site, which the Houthis used to target commercial vessels"
        return next((m.actor for m in ships if not arguments.in_relative_clause(self.parse, m.token_start)), None)

    def victims(self) -> Actor | None:
        """Who was killed or wounded ("killing three members of the SDF", "two soldiers were wounded")."""
        for token in self.tokens:
            if token.lemma not in _OUTCOME_LEMMAS | arguments.VICTIM_LEMMAS and token.text.lower() not in {
                "dead",
                "wounded",
                "injured",
                "killing",
            }:
                continue
            roles = [k for k in self.parse.kids(token.i, "dobj", "nsubjpass") if k.dep != "nsubj"]
            if token.lemma in arguments.VICTIM_LEMMAS:  # "a 17-year-old kolbar died ... fleeing shots"
                roles += self.parse.kids(token.i, "nsubj")
            roles += [  # "killing between 12 and 15 civilians": the parser takes the range for a preposition
                o
                for p in self.parse.kids(token.i, "prep")
                if p.text.lower() == "between"
                for o in self.parse.kids(p.i, "pobj")
            ]
            roles += [self.parse.get(token.head)] if token.dep in {"amod", "acl"} else []
            if token.pos == "NOUN":  # "the killing of nine Turkish soldiers"
                roles += [
                    o
                    for p in self.parse.kids(token.i, "prep")
                    if p.text.lower() == "of"
                    for o in self.parse.kids(p.i, "pobj")
                ]
            for role in roles:
                if role is None:
                    continue
                found = arguments.mention_in(self.parse.subtree(role.i), self.mentions, prefer=role.i)
                if found is not None:
                    return found.actor
        return None

    def weapon_categories(self) -> tuple[str, ...]:
        found = [
            w.ref for w in self.analysis.weapons or () if w.ref and self.sentence.start <= w.start < self.sentence.end
        ]
        return tuple(dict.fromkeys(found))  # type: ignore[arg-type]


_VILLAGE_NOUNS = frozenset({"village", "hamlet"})
_REMOTE_LEMMAS = frozenset({"hit", "strike", "target", "bomb", "raid"})
_WRITING_LEMMAS = frozenset({"spray", "paint", "scrawl", "write", "daub", "graffiti"})
_REPELLED = frozenset({"repelled", "repulsed", "repelling", "repulsing"})
_PLUNDER_WORDS = frozenset(
    "burning burned burnt torching torched looting looted razing razed livestock cattle granaries homes houses".split()
)
_ASSAULT_LEMMAS = frozenset(  # not "shelled ... with mortars"
    {"attack", "assault", "storm", "raid", "ambush", "destroy", "target", "hit", "engage"}
)
DIRECT_FIRE = "Armed clash"  # what the lexicon says rifles, machine guns and RPGs point at


def _trimmed(sentence: Sentence, text: str) -> Sentence:
    """The sentence without the whitespace spaCy leaves at its end."""
    end = sentence.end
    while end > sentence.start and text[end - 1].isspace():
        end -= 1
    return replace(sentence, end=end)


def _is_headline(sentence: Sentence, text: str) -> bool:
    """Inside the first line of an article when that line is a title (a line of its own
    with no final full stop); spaCy may cut a title in two."""
    first_line_end = text.find("\n")
    if first_line_end < 0 or sentence.start >= first_line_end:
        return False
    return not text[:first_line_end].rstrip().endswith((".", "!", '"', "\u201d"))


def _is_heading(sentence: Sentence, text: str) -> bool:
    """A section heading ("Armed clash", "Arrests"): a short line of its own with no final stop."""
    line = text[sentence.start : sentence.end].strip()
    before = text[: sentence.start].rstrip(" \t")
    after = text[sentence.end :].lstrip(" \t")
    own_line = (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
    return own_line and len(line.split()) <= HEADING_WORDS and not line.endswith((".", "!", "?", '"', "\u201d"))


HEADING_WORDS = 4


def _group(sentence: Sentence, found: list[triggers.Trigger], own: frozenset[int] = frozenset()) -> list[_Draft]:
    """Acts become events; outcome words ("killed") join the act they follow from, unless a weapon
    did them in a clause of their own (``own``). What came after a killing ("killed 20 apostates and
    seized weapons", "... in the attack and withdrawn safely") is no act of its own: booty and a
    retreat are part of the fight."""
    primaries = [t for t in found if t.cls != "outcome" or t.head in own]
    outcomes = [t for t in found if t.cls == "outcome" and t.head not in own]
    if any(t.pos == "VERB" for t in outcomes):
        primaries = [t for t in primaries if not _is_aftermath(t)]
    if primaries:
        return [_Draft(sentence, t, [t]) for t in primaries]
    verbs = [t for t in outcomes if t.pos == "VERB"] or outcomes
    return [_Draft(sentence, verbs[0], list(outcomes))] if verbs else []


def _weapon_outcomes_of_their_own(
    found: Sequence[triggers.Trigger], parse: arguments.Parse, hints: dict[int, str]
) -> frozenset[int]:
    """'unknown gunmen shot dead a commander in Nawa, and an explosive device wounded two members at
    the entrance to Tafas': a wounding or killing verb whose subject is a weapon, in a clause joined
    to another act's, is an act of its own."""
    acts = {t.head for t in found if t.cls != "outcome"}
    own = set()
    for trigger in found:
        verb = parse.get(trigger.head)
        if trigger.cls != "outcome" or trigger.pos != "VERB" or verb is None or verb.dep != "conj":
            continue
        if verb.head not in acts:
            continue
        subjects = parse.kids(verb.i, "nsubj")
        if subjects and any(i in hints for s in subjects for i in parse.subtree(s.i)):
            own.add(trigger.head)
    return frozenset(own)


def _acts_told_apart(found: Sequence[triggers.Trigger], parse: arguments.Parse) -> frozenset[int]:
    """'Army aircraft bombed RSF positions around Bara on 5 November and struck a gathering of RSF
    vehicles near Um Sumeima the following day': conjoined acts, each with a date or a place of its own,
    are two."""
    acts = {t.head for t in found if t.pos == "VERB" and t.cls != "outcome"}
    apart = set()
    for head in acts:
        verb = parse.get(head)
        if verb is None or verb.head not in acts or not (verb.dep == "conj" or _run_on(verb, parse)):
            continue
        second = parse.subtree(verb.i)
        first = parse.subtree(verb.head) - second
        dated = _dated(verb.head, first, parse) and _dated(verb.i, second, parse)
        if dated or (_placed(verb.head, parse) and _placed(verb.i, parse)):
            apart |= {verb.i, verb.head}
    return frozenset(apart)


def _run_on(verb: Token, parse: arguments.Parse) -> bool:
    """', in Azaz they set fire to lorries': a clause with a subject of its own and no word that
    subordinates it, which the parser hung on the verb before it."""
    return verb.dep == "advcl" and bool(parse.kids(verb.i, "nsubj")) and not parse.kids(verb.i, "mark")


def _placed(verb: int, parse: arguments.Parse) -> bool:
    """A place on the verb ('in Azaz they set fire to lorries') or on its subject ('crowds in
    al-Bab tore down flags')."""
    holders = [verb, *(s.i for s in parse.kids(verb, "nsubj"))]
    for holder in holders:
        for preposition in parse.kids(holder, "prep"):
            if preposition.text.lower() not in {"in", "at", "near", "outside"}:
                continue
            place = parse.subtree(preposition.i)
            if any((t := parse.get(i)) is not None and t.ent_type in {"GPE", "LOC", "FAC"} for i in place):
                return True
    return False


def _dated(verb: int, clause: set[int], parse: arguments.Parse) -> bool:
    """A date on the verb itself ('Yesterday, ... raided', 'bombed ... on 5 November'; not 'the
    massacre of 2014' inside its object), or 'the following day' anywhere in its clause."""
    for i in clause:
        token = parse.get(i)
        if token is None:
            continue
        if token.lemma in _DAY_PARTS and any(k.text.lower() in {"following", "next"} for k in parse.kids(i)):
            return True
        head = parse.get(token.head)
        if head is None or token.ent_type not in {"DATE", "TIME"} or head.ent_type in {"DATE", "TIME"}:
            continue
        if token.head == verb or (head.dep == "prep" and head.head == verb):
            return True
    return False


_DAY_PARTS = frozenset({"day", "night", "morning", "evening", "afternoon"})


def _fighting_as_setting(trigger: triggers.Trigger, found: Sequence[triggers.Trigger], parse: arguments.Parse) -> bool:
    """'struck the ministry … as Israel escalated its intervention in the fighting', 'a convoy driving to
    a sit-in against the fighting': the fighting is the scene of the act told by the verb, not an act."""
    head = parse.get(trigger.head)
    if trigger.cls != "clash" or trigger.pos != "NOUN" or head is None or head.dep != "pobj":
        return False
    if "the" not in {t.text.lower() for t in parse.kids(head.i, "det")}:
        return False
    preposition = parse.get(head.head)
    if preposition is not None and any(t.cls == "outcome" and t.head == preposition.head for t in found):
        return False  # "four attackers were killed … in the firefight": the fight their deaths came in
    return any(t.pos == "VERB" and t.cls != "outcome" and t.head != trigger.head for t in found)


def _a_crowd_of_civilians(actor: Actor | None) -> bool:
    """Civilians who act together ("residents", "groups of young men", "a crowd"): with no armed
    side among them, their violence is a mob's, as ACLED codes it."""
    if actor is None or actor.actor_id != "civilians" or not actor.text:
        return False
    words = actor.text.lower().split()
    return words[-1].endswith("s") or bool(set(words) & {"crowd", "mob"})


def _spoils(trigger: triggers.Trigger, found: Sequence[triggers.Trigger], parse: arguments.Parse) -> bool:
    """'had overrun a junta outpost after a two-day battle, capturing 12 soldiers and a mortar': what a
    battle took is part of the battle, not an arrest or a weapon seized of its own."""
    head = parse.get(trigger.head)
    if head is not None and head.tag in {"VBD", "VBZ", "VBP"}:
        return False  # "engaged the attackers, killing several, and arrested six suspects": a finite act of its own
    while head is not None and head.dep == "conj":  # "capturing 12 soldiers and seizing weapons"
        head = parse.get(head.head)
    if trigger.cls not in {"arrest", "abduct", "intercept"} or head is None or head.tag != "VBG" or head.dep != "advcl":
        return False
    return any(t.head == head.head and t.cls in {"seize", "regain", "clash", "attack"} for t in found)


def _force_on_marchers(
    trigger: triggers.Trigger, found: Sequence[triggers.Trigger], parse: arguments.Parse
) -> triggers.Trigger | None:
    """'police fired live rounds at several hundred supporters marching on the main avenue': the march
    describes whom the force hit; the force against it (returned) is the event, not a second, peaceful one."""
    verb = parse.get(trigger.head)
    if trigger.cls != "protest" or verb is None or verb.dep not in {"acl", "relcl", "pcomp"}:
        return None
    return next(
        (
            t
            for t in found
            if t is not trigger
            and t.cls in {"attack", "kill_civilians", "clash"}
            and t.pos == "VERB"
            and verb.i in parse.subtree(t.head)
        ),
        None,
    )


_KILLING_LEMMAS = frozenset({"shoot", "execute", "kill", "murder", "massacre", "slaughter"})


def _killings_not_arrests(found: list[triggers.Trigger], parse: arguments.Parse) -> list[triggers.Trigger]:
    """'soldiers rounded up and shot seven men at the market': the people seized were killed (the
    seizing verb has no object of its own); the event is the killing, not an arrest."""
    result = []
    for trigger in found:
        killing = next(
            (k for k in parse.kids(trigger.head, "conj") if k.pos == "VERB" and k.lemma.lower() in _KILLING_LEMMAS),
            None,
        )
        if (
            trigger.cls != "arrest"
            or killing is None
            or (parse.kids(trigger.head, "dobj") and not _them(parse, killing))
        ):
            result.append(trigger)  # "arrested two men and shot a third": two acts
        elif not any(t.head == killing.i for t in found):
            word = killing.text.lower()
            result.append(triggers.Trigger(killing.i, killing.i + 1, killing.i, "kill_civilians", "VERB", word))
    return result


def _them(parse: arguments.Parse, killing: Token) -> bool:
    """'rounded up men at the market and executed at least 12 of them': the killing's victims are
    the people seized."""
    objects = parse.kids(killing.i, "dobj")
    return any(
        o.text.lower() == "them"
        or any(
            p.text.lower() == "of" and any(w.text.lower() == "them" for w in parse.kids(p.i, "pobj"))
            for p in parse.kids(o.i, "prep")
        )
        for o in objects
    )


def _is_aftermath(trigger: triggers.Trigger) -> bool:
    word = trigger.word.split()[0]
    return (
        (trigger.cls in {"intercept", "arrest"} and word in triggers.SEIZE_WORDS)  # "..., nine were captured alive"
        or (trigger.cls == "transfer" and word.startswith("withdr"))
        or (trigger.cls == "loot" and word in _BURN_WORDS)  # "killed 14 soldiers and burned 20 lorries"
    )


_BURN_WORDS = frozenset({"burned", "burnt", "burning", "torched", "torching", "set", "setting"})


def _generic(actor_id: str, text: str = "") -> Actor:
    """A generic actor of the dictionary ("civilians", "protesters")."""
    from ...stages.actors import actor_from_entry, lexicon

    return actor_from_entry(lexicon().by_id[actor_id], text)


def _own_clause_doers(claims: list[EventClaim], parse: arguments.Parse, tokens: Sequence[Token]) -> frozenset[int]:
    """Trigger offsets of claims that name their own doer in a clause of their own: 'IS militants
    attacked a post, and a unit sent there struck a roadside bomb' tells two acts."""
    clause = {c.trigger.start: _clause_root(parse, tokens, c) for c in claims}
    own = set()
    for claim in claims:
        actor_id = claim.actor1.actor_id if claim.actor1 is not None else None
        if not _named(claim.actor1) or not actor_id or actor_id.startswith("@"):
            continue  # a dictionary actor, not a phrase like "the fourth militia attack"
        others = [c for c in claims if c is not claim and clause[c.trigger.start] != clause[claim.trigger.start]]
        if others and all(not _same_doer(claim, c) for c in others):
            own.add(claim.trigger.start)
    return frozenset(own)


def _clause_root(parse: arguments.Parse, tokens: Sequence[Token], claim: EventClaim) -> int | None:
    token = next((t for t in tokens if t.start == claim.trigger.start), None)
    while token is not None and not (parse.kids(token.i, "nsubj", "nsubjpass") and token.pos in {"VERB", "AUX"}):
        parent = parse.get(token.head)
        token = parent if parent is not None and parent.i != token.i else None
    return token.i if token is not None else None


def _counts_by_clause(
    claims: list[EventClaim], parse: arguments.Parse, tokens: Sequence[Token], text: str
) -> list[EventClaim]:
    """Events told in clauses of their own keep the counts of their own clause: in "it had killed
    27 smugglers ..., days after a captain was shot dead" the 27 are not the captain's."""
    roots = {c.trigger.start: _clause_root(parse, tokens, c) for c in claims}
    distinct = {root for root in roots.values() if root is not None}
    if len(distinct) < 2:
        return claims
    own: dict[int, numbers.Casualties] = {}
    for root in distinct:
        inside = parse.subtree(root)
        for other in distinct - {root}:
            if other in inside:
                inside -= parse.subtree(other)
        clause = [t for t in tokens if t.i in inside]
        own[root] = numbers.casualties_in(tokens, _joined(clause, text), within=inside)
    if all(counts == numbers.Casualties() for counts in own.values()):
        return claims  # the counts sit outside every event's clause: they are the sentence's
    split = []
    for claim in claims:
        clause_root = roots[claim.trigger.start]
        if clause_root is not None:
            counts = own[clause_root]
            claim = replace(claim, killed=counts.killed, injured=counts.injured, casualties=counts.casualties)
        split.append(claim)
    return split


def _joined(tokens: Sequence[Token], text: str) -> str:
    """The text of some tokens of a sentence, with one space where others were left out."""
    pieces = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        pieces.append(text[token.start : token.end])
        if following is not None and following.start > token.end:
            pieces.append(" ")
    return "".join(pieces)


def _merge_same_type(
    claims: list[EventClaim],
    retold: frozenset[int] = frozenset(),
    own_clause: frozenset[int] = frozenset(),
    apart: frozenset[int] = frozenset(),
    told_apart: frozenset[int] = frozenset(),
) -> list[EventClaim]:
    """One event per sub-type and doer in a sentence: "struck ... destroying ..." is one strike.

    A generic clash or attack beside an event whose weapon is known is the same
    event told twice ("warplanes struck ..., killing three"), and so is a noun
    trigger that is the object of a trigger verb ("warplanes fired a barrage of
    missiles at ...": the verb's event, whatever type the noun alone suggests).
    ``retold`` holds the character offsets of those nouns; ``apart``, those of a weapon's act told
    in a clause of its own, which merges with nothing and makes no other claim a mere telling;
    ``told_apart``, those of conjoined acts each dated or placed on its own, which do not merge with each other.
    """
    tellings = [c for c in claims if c.trigger.start in retold]  # words that only retell an event
    if any(c.event_type == REMOTE and not _is_blast_word(c) for c in claims):
        # "explosions were heard where the strikes hit": what was heard was the strikes
        tellings += [c for c in claims if _is_blast_word(c) and c not in tellings]
    retold = retold | {c.trigger.start for c in tellings}
    if any("generic-type" not in c.flags and c.sub_event_type not in _NO_TELLING_OF for c in claims) and not apart:
        # (an arrest beside a fight is no telling of it: "engaged the attackers ... and arrested six")
        tellings += [
            c
            for c in claims
            if "generic-type" in c.flags
            and not _is_clash_word(c)
            and c not in tellings
            and c.trigger.start not in own_clause
        ]
    if len(tellings) == len(claims):
        tellings = []
    claims = [c for c in claims if c not in tellings]
    merged: list[EventClaim] = []
    for claim in sorted(claims, key=_score, reverse=True) + tellings:
        same = next(
            (
                n
                for n, m in enumerate(merged)
                if _same_event(m, claim, claim.trigger.start in retold)
                and not {m.trigger.start, claim.trigger.start} & apart
                and not {m.trigger.start, claim.trigger.start} <= told_apart
            ),
            None,
        )
        if same is not None:
            merged[same] = _with_missing_target(merged[same], claim)
        elif claim not in tellings:
            merged.append(claim)
    return sorted(merged, key=lambda c: c.trigger.start)


def _retold_by_verb(parse: arguments.Parse, found: Sequence[triggers.Trigger]) -> frozenset[int]:
    """Character offsets of noun triggers that are the direct object of a verb trigger."""
    verbs = {t.head for t in found if t.pos == "VERB"}
    retold = set()
    for trigger in found:
        carrier = arguments.phrase_carrier(parse, trigger.head)
        if trigger.pos == "NOUN" and carrier is not None and carrier.dep == "dobj" and carrier.head in verbs:
            first = parse.get(trigger.start)
            if first is not None:
                retold.add(first.start)
    return frozenset(retold)


def _with_missing_target(kept: EventClaim, other: EventClaim) -> EventClaim:
    """The same event told twice: a target only the other telling names is its target
    ("claimed a series of attacks, including a strike on an army headquarters")."""
    target = other.actor2
    if kept.actor2 is not None or target is None or (kept.actor1 is not None and target.name == kept.actor1.name):
        return kept
    return replace(kept, actor2=target)


_REMOTE_WORDS = frozenset("hit struck strike strikes raid raids targeted target targeting attacks".split())


_SHIP_ATTACK_WORDS = _REMOTE_WORDS | {"attack", "attacked", "attacking"}


def _is_remote_word(claim: EventClaim) -> bool:
    """Words that, without a weapon, usually still mean a strike from afar ("the raids hit ...", and
    a side's own "said it had destroyed 'a terrorist gathering'", which only that telling makes an event)."""
    return claim.trigger.text.lower().split()[0] in _REMOTE_WORDS or bool(_OWN_STRIKE_TOLD.search(claim.evidence.text))


_OWN_STRIKE_TOLD = re.compile(
    r"\b(?:said|claimed|announced|stated|boasted)\s+(?:that\s+)?(?:it|its\s+\w+|they|their\s+\w+)\s+"
    r"(?:had\s+|has\s+|have\s+)?destroyed\b",
    re.I,
)


def _is_blast_word(claim: EventClaim) -> bool:
    return claim.trigger.text.lower() in BLAST_WORDS


def _is_clash_word(claim: EventClaim) -> bool:
    return claim.trigger.text.lower().split()[0] in triggers.CLASH_WORDS


def _same_event(kept: EventClaim, other: EventClaim, any_type: bool = False) -> bool:
    loose = any_type or "generic-type" in other.flags
    if not loose and (kept.event_type, kept.sub_event_type) != (other.event_type, other.sub_event_type):
        return False
    if _acts_on(kept, other) or _acts_on(other, kept):
        return False  # "X destroyed trucks of fighters preparing to attack X": two events
    if kept.aggregate != other.aggregate:
        return False  # "claimed 18 attacks this week, including an ambush that killed five"
    if kept.sub_event_type in TERRITORY and _told_doers(kept, other):
        return False  # "the attackers took control of the village before the SDF recaptured it"
    doers = {a.name for a in (kept.actor1, other.actor1) if a and a.actor_id != UNIDENTIFIED.actor_id}
    return len(doers) <= 1


TERRITORY = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def _told_doers(a: EventClaim, b: EventClaim) -> bool:
    """Both claims name their own, different doer."""
    texts = [c.actor1.text.lower() for c in (a, b) if c.actor1 is not None and c.actor1.text]
    return len(texts) == 2 and texts[0] != texts[1]


def _acts_on(claim: EventClaim, other: EventClaim) -> bool:
    """The doer of one claim is the target of the other."""
    doer, target = claim.actor1, other.actor2
    return doer is not None and target is not None and _named(doer) and doer.name == target.name


def _score(claim: EventClaim) -> float:
    named = claim.actor1 is not None and claim.actor1.actor_id != UNIDENTIFIED.actor_id
    specific = "generic-type" not in claim.flags
    return claim.confidence + 0.2 * named + 0.1 * (claim.actor2 is not None) + 0.3 * specific


# Acts whose sentence names no doer at all ("artillery shelled the area around X", "the
# school had been hit"): the article told who does this kind of thing a few paragraphs up.
_DOER_TOLD_BEFORE_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles"})


PROTESTERS_ACT = frozenset({"Peaceful protest", "Protest with intervention"})


def _protesters_by_default(claims: list[EventClaim]) -> list[EventClaim]:
    """'Dozens of employees protested', 'several hundred Yazidis marched': whoever protests is a protester,
    whoever riots a rioter (after linking, so that a protest told again keeps its own). 'Police
    dispersed them': a force that broke up a protest is its second side, the crowd its first."""
    result = []
    for claim in claims:
        if claim.sub_event_type in _INTERVENED and claim.actor2 is None and _is_a_force(claim.actor1):
            claim = replace(claim, actor1=None, actor2=claim.actor1)
        if claim.sub_event_type in _CROWD_BY_SUB_TYPE and claim.actor1 is None:
            claim = replace(claim, actor1=_generic(_CROWD_BY_SUB_TYPE[claim.sub_event_type]))
        result.append(claim)
    return result


_INTERVENED = frozenset({"Protest with intervention", "Excessive force against protesters"})


def _is_a_force(actor: Actor | None) -> bool:
    return actor is not None and actor.kind in (1, 2)


# who acts in a protest or a riot when no one is named: "some of them threw stones at the police"
_CROWD_BY_SUB_TYPE = {**dict.fromkeys(PROTESTERS_ACT, "protesters"), "Violent demonstration": "rioters"}


def _where_they_gathered(mention: ActorMention, tokens: Sequence[Token]) -> bool:
    before = [t.text.lower() for t in tokens if mention.token_start - 3 <= t.i < mention.token_start]
    words = mention.text.lower().split()
    at_a_place = bool(set(before[-2:]) & _GATHERING_PLACES) or before[-2:] == ["front", "of"]
    return at_a_place and bool(words) and words[-1] in _GATHERING_BUILDINGS


_GATHERING_PLACES = frozenset(
    {"near", "outside", "at", "towards", "toward", "on", "to", "before", "around", "opposite"}
)
_GATHERING_BUILDINGS = frozenset(
    "embassy consulate building office offices headquarters checkpoint parliament court palace serail".split()
)


def _actor1(roles: arguments.Roles, event_type: str) -> Actor | None:
    if roles.actor1 is None:
        return None if event_type in {"Protests", "Riots", "Strategic developments"} else UNIDENTIFIED
    return arguments.with_alternatives(roles.actor1.actor, roles.alternatives)


_SHOOTING_WORDS = frozenset({"fire", "fired", "fires", "firing", "opened", "open", "shot", "shoot", "shooting"})


def _shooting(trigger: triggers.Trigger) -> bool:
    return trigger.word.split()[0] in _SHOOTING_WORDS


def _weapon_hints_by_token(analysis: Analysis) -> dict[int, str]:
    """Token index → the sub-type the weapon lexicon says its weapon implies."""
    sub_events = resources.weapon_sub_events()
    hints: dict[int, str] = {}
    for weapon in analysis.weapons or ():
        hint = sub_events.get(weapon.ref or "")
        if hint:
            for i in range(weapon.token_start, weapon.token_end):
                hints[i] = hint
    return hints


def _plural_count(parse: arguments.Parse, trigger: triggers.Trigger) -> bool:
    """'160 attacks', 'dozens of strikes' on the trigger noun itself."""
    token = parse.get(trigger.head)
    if token is None or token.pos != "NOUN" or not token.text.lower().endswith("s"):
        return False
    for child in parse.kids(token.i, "nummod", "amod"):
        value = numbers.word_value(child.text)
        if (value is not None and value > 1) or child.text.lower() in numbers.VAGUE:
            return True
    return False


def _confidence(trigger: triggers.Trigger, roles: arguments.Roles, has_numbers: bool, has_weapon: bool) -> float:
    score = 0.4 + 0.15 * (trigger.pos == "VERB") + 0.15 * (roles.actor1 is not None)
    score += 0.1 * (roles.actor2 is not None) + 0.1 * has_numbers + 0.05 * has_weapon
    return round(min(score, 0.95), 2)


# --- the document pass: continuations ----------------------------------------------------


def _link_continuations(claims: list[EventClaim], analysis: Analysis) -> list[EventClaim]:
    """Claims that only continue an earlier event point at it and take its type."""
    linked: list[EventClaim] = []
    for claim in claims:
        antecedent = _antecedent(claim, linked, analysis)
        if antecedent is not None:
            claim = replace(
                claim,
                refers_to=antecedent.event_id,
                event_type=antecedent.event_type,
                sub_event_type=antecedent.sub_event_type,
                actor1=claim.actor1 if _named(claim.actor1) else antecedent.actor1,
                actor2=claim.actor2 or antecedent.actor2,
                flags=tuple(f for f in claim.flags if f not in {"generic-type", "unowned-doer"}),
            )
        linked.append(claim)
    return linked


def _tolls_to_their_act(claims: list[EventClaim]) -> list[EventClaim]:
    """'Militants ambushed a convoy of truffle hunters on Saturday. At least 18 people were killed.':
    the first toll told after an act that gave none is the act's own."""
    by_id = {c.event_id: n for n, c in enumerate(claims)}
    result = list(claims)
    for claim in claims:
        if _countless(claim):
            continue
        n = by_id.get(claim.refers_to or "")
        while n is not None:  # "The gunmen opened fire ..." continued the ambush: both are the toll's act
            act = result[n]
            if _countless(act):
                result[n] = replace(act, killed=claim.killed, injured=claim.injured, casualties=claim.casualties)
            elif _only_vaguely_counted(act) and (claim.killed or claim.injured):
                result[n] = replace(act, killed=claim.killed, injured=claim.injured)
            n = by_id.get(act.refers_to or "")
    return result


def _countless(claim: EventClaim) -> bool:
    return claim.killed is None and claim.injured is None and claim.casualties is None


def _only_vaguely_counted(claim: EventClaim) -> bool:
    """'The clash killed and wounded a number of people': dead and wounded together, with no upper
    bound; the final toll told after it ('three dead and eight wounded') says more."""
    return (
        claim.killed is None and claim.injured is None and claim.casualties is not None and claim.casualties.max is None
    )


def _type_from_context(claims: list[EventClaim]) -> list[EventClaim]:
    """An attack whose weapon the sentence doesn't name takes the type of the nearest event
    whose weapon is known: articles tend to be about one kind of violence."""
    typed = [c for c in claims if c.event_type == "Explosions/Remote violence" and "generic-type" not in c.flags]
    result = []
    for claim in claims:
        earlier = [c for c in result if c.sentence < claim.sentence and c.event_type in _HARMFUL_TYPES]
        told = [c for c in earlier if "generic-type" not in c.flags]
        # "the toll had risen to 19 dead": the count of the act told before, not a new clash; a bare
        # toll right after an act, whoever tells it, is that act's, however typed
        act = told[-1] if told and _is_toll_update(claim) else None
        if _is_bare_outcome(claim) and earlier and claim.sentence - earlier[-1].sentence <= 1:
            act = earlier[-1]
        if act is not None:
            claim = _typed_as(
                claim, act.event_type, act.sub_event_type, actor1=act.actor1, actor2=claim.actor2 or act.actor2
            )
        elif (
            typed
            and "generic-type" in claim.flags
            and not claim.aggregate
            and _is_remote_word(claim)
            and (claim.sub_event_type == "Armed clash" or _on_ships(claim))
        ):
            nearest = min(typed, key=lambda c: (abs(c.sentence - claim.sentence), c.sentence > claim.sentence))
            claim = _typed_as(claim, nearest.event_type, nearest.sub_event_type)
        elif "generic-type" in claim.flags and _on_ships(claim) and claim.trigger.text.lower() in _SHIP_ATTACK_WORDS:
            # "the Houthis have attacked merchant ships 45 times": ships at sea are hit by missiles
            # and drones; boarding or shooting from a skiff has verbs of its own
            claim = _typed_as(claim, "Explosions/Remote violence", triggers.SHELLING)
        result.append(claim)
    return result


def _typed_as(claim: EventClaim, event_type: str, sub_type: str, **changes: Any) -> EventClaim:
    """The claim with a type read from its context, no longer a generic guess."""
    flags = tuple(f for f in claim.flags if f != "generic-type")
    return replace(claim, event_type=event_type, sub_event_type=sub_type, flags=flags, **changes)


def _blasts_by_the_weapons_told(claims: list[EventClaim]) -> list[EventClaim]:
    """'A series of heavy explosions shook the air base': explosions with no weapon of their own,
    in an article whose other acts were air strikes or shelling, were those (not a roadside bomb)."""
    armed = [c for c in claims if c.sub_event_type in {triggers.AIR, triggers.SHELLING} and c.refers_to is None]
    result = []
    for claim in claims:
        if _is_blast_word(claim) and claim.sub_event_type == triggers.IED and _no_bomb_named(claim) and armed:
            nearest = min(armed, key=lambda c: abs(c.sentence - claim.sentence))
            claim = replace(claim, sub_event_type=nearest.sub_event_type)
        result.append(claim)
    return result


def _no_bomb_named(claim: EventClaim) -> bool:
    words = re.findall(r"[\w-]+", claim.evidence.text.lower())
    return set(claim.weapons) <= {"ied"} and not any(triggers.HINT_WORDS.get(w) == triggers.IED for w in words)


def _is_toll_update(claim: EventClaim) -> bool:
    """A bare toll ("the toll had risen to 19 dead") with no doer: an update of an earlier act."""
    return (
        "generic-type" in claim.flags
        and claim.trigger.text.lower() in _TOLL_WORDS
        and (claim.actor1 is None or claim.actor1.actor_id == UNIDENTIFIED.actor_id)
    )


_A_PERIOD = re.compile(
    r"\b(?:(?:last|this|past) (?:year|month|week)|over the (?:week|month|year)|since|in (?:19|20)\d\d)\b", re.I
)


def _is_bare_outcome(claim: EventClaim) -> bool:
    """'At least four drivers were burned to death in their cabs', right after an attack: its dead,
    whoever tells them, with no doer or weapon of their own."""
    return (
        "generic-type" in claim.flags
        and not claim.aggregate
        and not _A_PERIOD.search(claim.evidence.text)  # "14 soldiers were killed over the week": a tally
        and claim.trigger.text.lower().split()[0] in triggers.OUTCOME_FORMS
        and (claim.actor1 is None or (claim.actor1.actor_id == UNIDENTIFIED.actor_id and not claim.actor1.text))
    )


def _on_ships(claim: EventClaim) -> bool:
    """'attacks on merchant vessels' with no weapon named: ships are hit from afar."""
    from ...stages.actors import VESSEL_NAME

    return claim.actor2 is not None and claim.actor2.name == VESSEL_NAME


_INTERVENTIONS = frozenset({"Protest with intervention", "Excessive force against protesters"})
_BACK_TO_THE_PROTEST = re.compile(r"\b(?:them|the (?:protesters|demonstrators|marchers|crowd|protest|sit-in))\b", re.I)


def _interventions_join_their_protest(claims: list[EventClaim], text: str) -> list[EventClaim]:
    """'Hundreds protested outside the governorate … Security forces fired into the air to disperse
    them, and one protester was wounded': the force that broke up the protest told just before is
    its second side and the toll its toll; the breaking up continues the protest (a claim of its
    own only when another source tells it)."""
    joined: list[EventClaim] = []
    for claim in claims:
        protest = joined[-1] if joined else None
        if (
            protest is not None
            and protest.event_type in {"Protests", "Riots"}
            and protest.actor2 is None
            and claim.sub_event_type in _INTERVENTIONS
            and claim.sentence == protest.sentence + 1
            and "\n\n" not in text[protest.evidence.end : claim.evidence.start]
            and _BACK_TO_THE_PROTEST.search(claim.evidence.text)
        ):
            peaceful = protest.sub_event_type == "Peaceful protest"
            # "Protest with intervention" names the crowd first and the force second
            force = claim.actor2 if claim.actor1 is not None and claim.actor1.actor_id == "protesters" else claim.actor1
            joined[-1] = replace(
                protest,
                sub_event_type=claim.sub_event_type if peaceful else protest.sub_event_type,
                actor2=force,
                killed=protest.killed or claim.killed,
                injured=protest.injured or claim.injured,
            )
            claim = replace(claim, refers_to=protest.event_id)
        joined.append(claim)
    return joined


# "Al-Shabaab claimed the attack.", "IS later claimed responsibility for the bombing."
_CLAIMED_IT = re.compile(
    r"\s*(?P<who>[^.;]{2,80}?)\s+(?:has\s+|had\s+|later\s+|quickly\s+)*claimed\s+(?:responsibility\s+for\s+)?"
    r"(?:the|this|that)\s+(?:attack|bombing|blast|ambush|killing|explosion|assault|operation)\b",
    re.I,
)


def _claimed_by_the_next_sentence(claims: list[EventClaim], analysis: Analysis) -> list[EventClaim]:
    """'A suicide bomber drove a car into a checkpoint ... Al-Shabaab claimed the attack.': an act
    with no known doer told just before a named group's claim of it is that group's."""
    text, sentences = analysis.document.text, list(analysis.sentences or ())
    result = list(claims)
    for n, sentence in enumerate(sentences):
        match = _CLAIMED_IT.match(text, sentence.start, sentence.end)
        if match is None or n == 0:
            continue
        who_start, who_end = match.span("who")
        claimant = next(
            (
                m
                for m in analysis.actors or ()
                if who_start <= m.start < who_end
                and m.how in {"name", "alias"}
                and m.actor.kind in {2, 3, 4}
                and _named(m.actor)
            ),
            None,
        )
        if claimant is None:
            continue
        before = sentences[n - 1]
        for i, claim in enumerate(result):
            if before.start <= claim.evidence.start < before.end and not _named(claim.actor1):
                result[i] = replace(claim, actor1=claimant.actor)
    return result


def _inherit_doers(claims: list[EventClaim], analysis: Analysis) -> list[EventClaim]:
    """Platforms with no owner in their sentence ("Jets also struck ...") belong to the
    doer of the latest event of the same sub-type in the last paragraphs (a drone's owner
    is not who fired the rockets told next)."""
    sentences = analysis.sentences or ()
    result: list[EventClaim] = []
    for claim in claims:
        if "unowned-doer" in claim.flags:
            donor = _latest_nearby(
                result,
                claim,
                sentences,
                lambda c, kind=claim.sub_event_type: (
                    _named(c.actor1) and not _speaker_relative(c.actor1) and c.sub_event_type == kind
                ),
            )
            # "troops raided the camp. ... a drone strike on a group of young men": the state force acting there
            donor = donor or _latest_nearby(
                result,
                claim,
                sentences,
                lambda c: _state_doer(c) and not _speaker_relative(c.actor1),
                paragraphs_back=0,
            )
            flags = tuple(f for f in claim.flags if f != "unowned-doer")
            claim = replace(claim, actor1=donor.actor1 if donor else claim.actor1, flags=flags)
        if _named(claim.actor1) and claim.actor2 is None:
            claim = replace(claim, actor2=_campaign_target(result, claim, analysis))
        if claim.event_type == "Battles" and not _named(claim.actor1) and _BOTH_SIDES.search(claim.evidence.text):
            # "Fighting between the two sides goes on around the dam": the sides of the fight told before
            fight = _latest_nearby(
                result, claim, sentences, lambda c: c.event_type == "Battles" and _named(c.actor1) and _named(c.actor2)
            )
            if fight is not None:
                claim = replace(claim, actor1=fight.actor1, actor2=fight.actor2)
        if claim.sub_event_type == "Arrests" and claim.actor1 is None:
            # "Fifteen smugglers were detained": by the state's forces that acted just before
            donor = _latest_nearby(result, claim, sentences, _state_doer, paragraphs_back=1)
            claim = replace(claim, actor1=donor.actor1 if donor else None)
        if "untold-doer" in claim.flags:
            donor = _latest_nearby(result, claim, sentences, _same_kind_by_armed_doer(claim), paragraphs_back=1)
            flags = tuple(f for f in claim.flags if f != "untold-doer")
            claim = replace(claim, actor1=donor.actor1 if donor else claim.actor1, flags=flags)
        result.append(claim)
    return result


_BOTH_SIDES = re.compile(r"\b(?:the two sides|both sides)\b", re.I)


def _state_doer(claim: EventClaim) -> bool:
    return claim.actor1 is not None and claim.actor1.kind in STATE_KINDS and _named(claim.actor1)


def _same_kind_by_armed_doer(claim: EventClaim) -> Callable[[EventClaim], bool]:
    def accept(c: EventClaim) -> bool:
        doer = c.actor1
        return (
            doer is not None
            and _named(doer)
            and not _speaker_relative(doer)
            and doer.kind in STATE_KINDS | NON_STATE_KINDS
            and c.sub_event_type == claim.sub_event_type
            and not (claim.actor2 is not None and _same_side(doer, claim.actor2))  # the hit side did not fire
        )

    return accept


def _campaign_target(earlier: Sequence[EventClaim], claim: EventClaim, analysis: Analysis) -> Actor | None:
    """'Israeli jets struck military targets in Iran. Other strikes hit sites in Ilam province':
    a doer's strikes of one kind, a few paragraphs apart, hit the same side (not civilians),
    unless the later sentence names another state."""
    sentences = analysis.sentences or ()
    donor = _latest_nearby(
        earlier,
        claim,
        sentences,
        lambda c: _same_doer(c, claim) and c.sub_event_type == claim.sub_event_type and c.actor2 is not None,
    )
    target = donor.actor2 if donor else None
    if target is None or target.kind == 7 or target.actor_id == UNIDENTIFIED.actor_id:
        return None
    return None if _names_another_state(claim, target, analysis) else target


def _names_another_state(claim: EventClaim, target: Actor, analysis: Analysis) -> bool:
    """'Jets also struck sites in Syria': the claim's sentence names a state other than the target's
    and the doer's."""
    sentence = (analysis.sentences or ())[claim.sentence]
    tokens = analysis.tokens or ()
    states = {
        m.actor.country
        for m in analysis.actors or ()
        if sentence.token_start <= m.token_start < sentence.token_end
        and m.how == "metonym"
        and "border" not in {t.text.lower() for t in tokens[max(0, m.token_start - 2) : m.token_start]}
    }
    return not states <= {target.country, claim.actor1.country if claim.actor1 else None}


def _latest_nearby(
    earlier: Sequence[EventClaim],
    claim: EventClaim,
    sentences: Sequence[Sentence],
    accept: Callable[[EventClaim], bool],
    paragraphs_back: int = 2,
) -> EventClaim | None:
    """The latest earlier claim, in the claim's paragraph or the ones just before it, that ``accept`` takes."""
    paragraph = sentences[claim.sentence].paragraph
    return next(
        (c for c in reversed(earlier) if sentences[c.sentence].paragraph >= paragraph - paragraphs_back and accept(c)),
        None,
    )


def _zeros_told_after(claims: list[EventClaim], analysis: Analysis) -> list[EventClaim]:
    """'A roadside bomb exploded beside a convoy of tankers. The drivers escaped unhurt.': a sentence
    that tells of no act, only that nobody was harmed, gives its zeros to the acts told before it
    in its paragraph (else in the paragraph before) that have no count of their own; the acts of
    the sentence just before it also take a zero that names one count outright beside their own
    other count ("killed four gunmen. No soldiers were hurt"). Their evidence then runs to the
    end of the zero sentence."""
    sentences = analysis.sentences or ()
    text = analysis.document.text
    told = {c.sentence for c in claims if not _zero_toll(c)}  # "No casualties were reported." tells no act
    # "Qatar said its air defences intercepted all but one of the missiles and that no one was hurt":
    # shooting down part of an attack is part of it, so the zeros are the attack's too
    interceptions = told - {c.sentence for c in claims if c.sub_event_type != triggers.DISRUPTED}
    # a toll told after the act carries its counts
    continued = {c.refers_to for c in claims if c.refers_to and (c.killed or c.injured or c.casualties)}
    result = list(claims)
    for sentence in sentences:
        if sentence.index in told - interceptions:
            continue
        found = numbers.zero_counts(text[sentence.start : sentence.end])
        episode = _episode_before(sentence, told, sentences) if found else []
        for n, claim in enumerate(result):
            if claim.sentence not in episode or claim.casualties is not None or claim.event_id in continued:
                continue
            uncounted = claim.killed is None and claim.injured is None
            if not uncounted and (claim.sentence != episode[-1] or (claim.killed and claim.injured)):
                continue
            both = found.get("casualties") if uncounted else None
            result[n] = replace(
                claim,
                killed=claim.killed or found.get("killed", both),
                injured=claim.injured or found.get("injured", both),
                evidence=Span(claim.evidence.start, sentence.end, text[claim.evidence.start : sentence.end]),
            )
    return result


def _zero_toll(claim: EventClaim) -> bool:
    counts = [c for c in (claim.killed, claim.injured, claim.casualties) if c is not None]
    return claim.refers_to is not None and bool(counts) and all(c.min == 0 and c.max == 0 for c in counts)


def _episode_before(sentence: Sentence, told: set[int], sentences: Sequence[Sentence]) -> list[int]:
    """The sentences with acts before ``sentence`` in its paragraph, else in the paragraph just
    before it, in order."""
    earlier = [s for s in sentences[: sentence.index] if s.index in told]
    same = [s.index for s in earlier if s.paragraph == sentence.paragraph]
    if same:
        return same
    return [s.index for s in earlier if s.paragraph == sentence.paragraph - 1]


def _civilians_by_definition(claims: list[EventClaim]) -> list[EventClaim]:
    """'Gunmen abducted a merchant on the highway': violence against civilians with no target
    named hit civilians, as its type says."""
    return [
        replace(c, actor2=_generic("civilians"))
        if c.event_type == "Violence against civilians" and c.actor2 is None
        else c
        for c in claims
    ]


_ARMED_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


def _targets_from_the_fight(claims: list[EventClaim], analysis: Analysis) -> list[EventClaim]:
    """'Israeli jets struck the port of Hodeidah': an armed side's attack on no named target
    hit the armed side it fights elsewhere in the article (the most often told; the nearest on a
    tie), unless its sentence names another state."""
    result = []
    for claim in claims:
        enemy = _usual_enemy(claim, claims) if _attack_on_no_one(claim) else None
        if enemy is not None and not _names_another_state(claim, enemy, analysis):
            claim = replace(claim, actor2=enemy)
        result.append(claim)
    return result


def _attack_on_no_one(claim: EventClaim) -> bool:
    return claim.actor2 is None and claim.event_type in _ARMED_TYPES and _armed_side(claim.actor1)


def _armed_side(actor: Actor | None) -> bool:
    return (
        actor is not None
        and _named(actor)
        and not _speaker_relative(actor)
        and actor.kind in STATE_KINDS | NON_STATE_KINDS
    )


def _usual_enemy(claim: EventClaim, claims: Sequence[EventClaim]) -> Actor | None:
    doer = claim.actor1
    assert doer is not None
    seen: dict[str, tuple[int, int, Actor]] = {}
    for other in claims:
        if other.event_type not in _ARMED_TYPES or other.actor1 is None or other.actor2 is None:
            continue
        for ours, theirs in ((other.actor1, other.actor2), (other.actor2, other.actor1)):
            if _same_side(ours, doer) and _armed_side(theirs) and not _same_side(theirs, doer):
                count, nearest, _ = seen.get(theirs.name, (0, 10**9, theirs))
                seen[theirs.name] = (count + 1, min(nearest, abs(other.sentence - claim.sentence)), theirs)
    if not seen:
        return None
    return max(seen.values(), key=lambda entry: (entry[0], -entry[1]))[2]


def _launchers_of_interceptions(claims: list[EventClaim], analysis: Analysis) -> list[EventClaim]:
    """'The Houthis fired 18 drones at the ship. The destroyer shot down all 18 drones': an
    interception whose launcher its sentence does not name stopped the launch told just before
    it in the same few paragraphs, if that launch could have been aimed at the interceptor's side."""
    sentences = analysis.sentences or ()
    result: list[EventClaim] = []
    for claim in claims:
        if claim.sub_event_type == triggers.DISRUPTED and not _named(claim.actor2):
            # a retelling (refers_to) carries its antecedent's doer, maybe wrongly
            launch = _latest_nearby(
                result,
                claim,
                sentences,
                lambda c: (
                    c.event_type == "Explosions/Remote violence"
                    and c.sub_event_type != triggers.DISRUPTED
                    and c.refers_to is None
                ),
            )
            if launch is not None and _could_be_stopped_by(launch, claim, claim.sentence - launch.sentence):
                claim = replace(claim, actor2=launch.actor1)
        result.append(claim)
    return result


_LAUNCH_WORDS = frozenset("fired fire fires firing launched launch launches launching salvo barrage".split())


def _could_be_stopped_by(launch: EventClaim, interception: EventClaim, sentences_apart: int) -> bool:
    """A launch of projectiles by a named side other than the interceptor's, aimed at no one
    named, at civilians (a ship a navy defends), or at the interceptor's own side. When the
    interceptor is not named either ("the Aerial Defence Array"), only the sentence just before."""
    doer, target, interceptor = launch.actor1, launch.actor2, interception.actor1
    if doer is None or not _named(doer) or launch.trigger.text.lower().split()[0] not in _LAUNCH_WORDS:
        return False
    known = interceptor is not None and _named(interceptor) and not _speaker_relative(interceptor)
    if (
        not known
        and not _speaker_relative(interceptor)
        and sentences_apart > 1
        and not _recalls_the_weapons(launch, interception)
    ):
        return False
    if known and _same_side(doer, interceptor):  # type: ignore[arg-type]
        return False
    if target is None or not _named(target) or _speaker_relative(target) or target.kind == 7:
        return True
    return known and _same_side(target, interceptor)  # type: ignore[arg-type]


_PROJECTILES = frozenset("missiles rockets drones projectiles shells".split())


def _recalls_the_weapons(launch: EventClaim, interception: EventClaim) -> bool:
    """'Militants fired a barrage of missiles at the base … Most of the missiles were intercepted'."""
    said = interception.evidence.text.lower()
    return any(f"the {w}" in said and w in launch.evidence.text.lower() for w in _PROJECTILES)


def _same_side(a: Actor, b: Actor) -> bool:
    return a.name == b.name or bool(a.country and a.country == b.country and a.kind in {1, 8} and b.kind in {1, 8})


def _antecedent(claim: EventClaim, earlier: list[EventClaim], analysis: Analysis) -> EventClaim | None:
    """The latest earlier event, up to two paragraphs back, that this claim can continue:
    one of its type, not a summary of many, with no other named doer. Further back,
    only a definite "the strikes" recalls an event, and only one of its own sub-type."""
    # "the strikes" recalls the strikes before the attacks told in between
    trigger = _trigger_token(claim, analysis)
    if _repelled_act(trigger, analysis):  # "Our forces repelled the attack and killed six": the attack told just before
        return next((c for c in reversed(earlier) if 0 < claim.sentence - c.sentence <= 1 and not c.aggregate), None)
    if trigger is not None and trigger.pos == "NOUN" and _definite_act(trigger, analysis.tokens or ()):
        same_word = [c for c in earlier if _trigger_lemma(c, analysis) == trigger.lemma.lower()]
        found = _latest_antecedent(claim, same_word, analysis)
        if found is not None:
            return found
    return _latest_antecedent(claim, earlier, analysis)


_REPEL_LEMMAS = frozenset({"repel", "repulse", "foil", "thwart", "confront"})
_ACT_NOUNS = frozenset({"attack", "assault", "raid", "incursion", "infiltration", "offensive", "ambush"})


def _repelled_act(trigger: Token | None, analysis: Analysis) -> bool:
    """'repelled the attack', 'foiled the assault': the act told before, seen from its target (not
    'While repelling the attack, aircraft struck …', where the repelling is the scene of another act)."""
    if trigger is None or trigger.lemma.lower() not in _REPEL_LEMMAS or trigger.dep in {"advcl", "pcomp", "acl"}:
        return False
    return any(
        t.head == trigger.i
        and t.dep == "dobj"
        and t.lemma.lower() in _ACT_NOUNS
        and _definite_act(t, analysis.tokens or ())
        for t in analysis.tokens or ()
    )


def _trigger_token(claim: EventClaim, analysis: Analysis) -> Token | None:
    return next((t for t in analysis.tokens or () if t.start == claim.trigger.start), None)


def _trigger_lemma(claim: EventClaim, analysis: Analysis) -> str | None:
    token = _trigger_token(claim, analysis)
    return token.lemma.lower() if token is not None else None


def _latest_antecedent(claim: EventClaim, earlier: list[EventClaim], analysis: Analysis) -> EventClaim | None:
    sentences = analysis.sentences or ()
    paragraph = sentences[claim.sentence].paragraph
    for candidate in reversed(earlier):
        if candidate.sentence == claim.sentence or candidate.refers_to is not None or candidate.aggregate:
            continue
        if _named(claim.actor1) and _named(candidate.actor1) and claim.actor1.name != candidate.actor1.name:  # type: ignore[union-attr]
            continue
        if sentences[candidate.sentence].paragraph >= paragraph - 2:
            if _continues(claim, candidate, analysis):
                return candidate
        elif _recalls(claim, candidate, analysis):
            return candidate
    return None


def _recalls(claim: EventClaim, antecedent: EventClaim, analysis: Analysis) -> bool:
    """'Initial assessments indicate that the strikes destroyed the facilities', paragraphs
    after the strikes were told: a definite act of the same sub-type, nothing new about where,
    when or how many (a toll that far on is another telling: "80 were killed in the attack"),
    unless it names the act with the same word ("the strikes had killed seven")."""
    if claim.sub_event_type != antecedent.sub_event_type or "generic-type" in claim.flags:
        return False
    same_word = _trigger_lemma(claim, analysis) == _trigger_lemma(antecedent, analysis)
    if not same_word and any(count is not None for count in (claim.killed, claim.injured, claim.casualties)):
        return False
    trigger = _trigger_token(claim, analysis)
    return (
        trigger is not None
        and _definite_act(trigger, analysis.tokens or ())
        and _new_where_or_when(claim, analysis) == (False, False)
    )


def _continues(claim: EventClaim, antecedent: EventClaim, analysis: Analysis) -> bool:
    """A bare outcome or a definite "the attack" with nothing new about where or when —
    or, right after the event, a definite "the strikes" that only adds where."""
    if claim.event_type != antecedent.event_type and "generic-type" not in claim.flags:
        return False
    if _own_other_weapon(claim, antecedent):
        return False  # "a shepherd was killed by a landmine" after a shelling is another act
    if (
        triggers.SEXUAL in {claim.sub_event_type, antecedent.sub_event_type}
        and claim.sub_event_type != antecedent.sub_event_type
    ):
        return False  # "the killings that followed" are no rape told again, nor a rape a killing's outcome
    trigger_words = claim.trigger.text.lower().split()
    tokens = analysis.tokens or ()
    trigger_token = _trigger_token(claim, analysis)
    if trigger_token is None:
        return False
    outcome_only = (
        trigger_token.lemma in triggers.OUTCOME_WORDS
        or trigger_words[0] in triggers.OUTCOME_WORDS
        or _killed_by_no_one_named(trigger_token, tokens)  # "Twenty-eight people were murdered"
    )
    # "Gunmen fired at a patrol near Baniyas. The patrol returned fire": the same fight, answered
    # ("Turkish artillery returned fire on the launch positions" is a shelling of its own)
    answered = (
        trigger_words[0] in triggers.RETURN_WORDS
        and claim.event_type == "Battles"
        and claim.sentence - antecedent.sentence == 1
    )
    adjacent = claim.sentence - antecedent.sentence == 1
    # "Militants ambushed a convoy ... The gunmen opened fire on a dozen cars": the doers recalled
    # ("The gunmen then attacked checkpoints" is their next act)
    recalled_doers = (
        adjacent
        and bool(_THE_DOERS.match(claim.actor1.text if claim.actor1 else ""))
        and not _NEXT_ACT.search(claim.evidence.text)
    )
    # "Troops detained a man wanted for the killing. He was arrested in the al-Jalam desert": the same arrest
    recalled_patient = (
        adjacent
        and claim.sub_event_type == antecedent.sub_event_type
        and any(
            t.head == trigger_token.i and t.dep == "nsubjpass" and t.text.lower() in PATIENT_PRONOUNS for t in tokens
        )
    )
    definite = (
        _definite_act(trigger_token, tokens)
        or answered
        or recalled_doers
        or recalled_patient
        or (adjacent and _one_of_the_weapons_launched(trigger_token, tokens, antecedent))
    )
    if not (outcome_only or definite):
        return False
    new_place, new_date = _new_where_or_when(claim, analysis)
    if outcome_only and adjacent and _TOLL_ROSE.search(claim.evidence.text):
        return True  # "By Tuesday morning the toll had risen to nine, the Sumy administration said"
    return not new_date and (not new_place or (definite and adjacent))


PATIENT_PRONOUNS = frozenset({"he", "she", "they"})


def _one_of_the_weapons_launched(trigger: Token, tokens: Sequence[Token], antecedent: EventClaim) -> bool:
    """'fired two anti-ship ballistic missiles at the Star Meridian. One missile struck the ship': a
    counted part of the weapons the act before launched is that act's."""
    subject = next((t for t in tokens if t.head == trigger.i and t.dep == "nsubj"), None)
    if subject is not None and subject.lemma.lower() in {"one", "two", "three"}:  # "One of the missiles"
        of = next((t for t in tokens if t.head == subject.i and t.text.lower() == "of"), None)
        if of is None:  # "mortar rounds landed in the city. One hit a bakery": one of those told before
            return bool(_LAUNCHED_WORD.search(antecedent.evidence.text))
        subject = next((t for t in tokens if t.head == of.i and t.dep == "pobj"), None)
    counted = subject is not None and any(t.head == subject.i and t.dep == "nummod" for t in tokens)
    return (
        subject is not None
        and subject.lemma.lower() in _LAUNCHED
        and (counted or subject.text.lower() != subject.lemma.lower())
        and subject.lemma.lower() in antecedent.evidence.text.lower()
    )


_LAUNCHED = frozenset({"missile", "rocket", "drone", "shell", "projectile"})
_LAUNCHED_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_LAUNCHED | {'round', 'bomb'}))})s\b", re.I)  # "mortar rounds"
# A state's forces "kidnapping" people in raids on homes are detaining them, whatever a hostile outlet calls it
_RAID_WORDS = frozenset("raid raids raided campaign".split())
_NEXT_ACT = re.compile(r"\b(?:then|later|afterwards|next)\b", re.I)
_THE_DOERS = re.compile(r"the (?:gunmen|attackers|assailants|militants|raiders)\b", re.I)
_TOLL_ROSE = re.compile(
    r"\bby\b[^.;]{0,30}\btoll\b[^.;]{0,30}\b(?:rose|risen|climbed|reached|increased|jumped)\b"
    r"|\b(?:raised|revised|put|updated)\s+the\s+(?:death\s+)?toll\b",
    re.I,
)
_TOLL_TELLING_LEMMAS = frozenset({"raise", "revise", "put", "update", "bring"})


def _tally(verb: Token | None) -> bool:
    """'neutralised a large group of terrorists': the verb is the outcome, with or without a count."""
    return verb is not None and verb.lemma.lower() in triggers.TALLY_LEMMAS


def _told_toll(parse: arguments.Parse, trigger: triggers.Trigger) -> bool:
    toll = parse.get(trigger.head)
    if trigger.word != "toll" or toll is None:
        return False
    if any(k.tag == "VBN" for k in parse.kids(toll.i, "acl")):
        return True  # "the final toll received by the Command from the Health Directorate": who passed it on
    verb = parse.get(toll.head) if toll.dep == "dobj" else None
    return verb is not None and verb.lemma.lower() in _TOLL_TELLING_LEMMAS


def _killed_by_no_one_named(trigger: Token, tokens: Sequence[Token]) -> bool:
    """A passive killing word with no agent ("were murdered", "was shot dead") tells only how many died."""
    return (
        trigger.lemma in {"murder", "massacre", "slaughter", "execute", "shoot"}
        and trigger.tag == "VBN"
        and not any(t.head == trigger.i and t.dep == "agent" for t in tokens)
    )


def _same_doer(a: EventClaim, b: EventClaim) -> bool:
    return a.actor1 is not None and b.actor1 is not None and a.actor1.name == b.actor1.name


def _own_other_weapon(claim: EventClaim, antecedent: EventClaim) -> bool:
    """The claim names a weapon of its own, of another kind than the earlier event's
    (a bare "the blast" retells whatever exploded)."""
    return (
        claim.sub_event_type != antecedent.sub_event_type
        and bool(claim.weapons)
        and not set(claim.weapons) & set(antecedent.weapons)
        and not _is_blast_word(claim)
    )


def _definite_act(trigger: Token, tokens: Sequence[Token]) -> bool:
    """'the attack', 'these strikes', or a verb whose doer is a weapon already told of
    ('the drone hit a housing area')."""

    def determiners(head: Token) -> set[str]:
        return {t.text.lower() for t in tokens if t.head == head.i and t.dep in {"det", "poss"}}

    if trigger.pos == "NOUN":
        return bool(determiners(trigger) & _ANAPHORIC_DETERMINERS)
    subjects = [t for t in tokens if t.head == trigger.i and t.dep in {"nsubj", "nsubjpass"}]
    if trigger.lemma in _LANDING_VERBS and any(
        s.text.lower() in {"it", "they"} or (s.text.lower() in _PROJECTILES and determiners(s) & _ANAPHORIC_DETERMINERS)
        for s in subjects
    ):
        return True  # "It exploded in an empty area", "the shells fell on empty slopes": told just before
    return any(s.text.lower() in _PLATFORM_WORDS and determiners(s) & _ANAPHORIC_DETERMINERS for s in subjects)


def _new_where_or_when(claim: EventClaim, analysis: Analysis) -> tuple[bool, bool]:
    """Whether the claim names a place (after a locative preposition: "in Idlib", not
    "Jordan's army"; a country is too coarse to count) and a date of its own."""
    tokens = analysis.tokens or ()
    place = date = False
    aside = _other_relative_clauses(claim, analysis)
    for entity in analysis.entities or ():
        if not claim.evidence.start <= entity.start < claim.evidence.end or entity.token_start in aside:
            continue
        before = tokens[entity.token_start - 1].text.lower() if entity.token_start > 0 else ""
        if entity.label == "DATE" and before != "aged" and not _AGE.search(entity.text):
            date = True  # "two brothers aged 13 and 15", "a 40-year-old man": ages, not dates
        if (
            entity.label in {"GPE", "LOC", "FAC"}
            and before in _LOCATIVE
            and not _is_country(entity.text)
            and not _where_the_wounded_went(entity, tokens)
            and not _where_the_sources_are(entity, tokens)
        ):
            place = True
    return place, date


def _where_the_wounded_went(entity: Entity, tokens: Sequence[Token]) -> bool:
    """'a medical source at Kirkuk General Hospital', 'taken to the hospital in Palmyra': where the
    victims were treated, not a new place of the act."""
    around = " ".join(t.text.lower() for t in tokens[max(0, entity.token_start - 4) : entity.token_start])
    return "hospital" in entity.text.lower() or "hospital" in around


def _where_the_sources_are(entity: Entity, tokens: Sequence[Token]) -> bool:
    """'citing relatives and medics in Palmyra', 'officials in Damascus said': where those who
    tell the act are, not a new place of the act."""
    around = {t.text.lower() for t in tokens[max(0, entity.token_start - 4) : entity.token_start]}
    return bool(around & _SOURCE_NOUNS)


_SOURCE_NOUNS = frozenset(
    "citing medics doctors officials official source sources spokesman correspondent reporters journalists".split()
)
_AGE = re.compile(r"\byears?[- ]old\b", re.I)


def _other_relative_clauses(claim: EventClaim, analysis: Analysis) -> set[int]:
    """Tokens of relative clauses that say something about another noun: in "a response to
    attacks that began on Oct. 17", the date is the attacks', not the claim's."""
    sentence = (analysis.sentences or ())[claim.sentence]
    parse = arguments.Parse((analysis.tokens or ())[sentence.token_start : sentence.token_end])
    trigger = next((t.i for t in parse.tokens if t.start == claim.trigger.start), None)
    aside: set[int] = set()
    for token in parse.tokens:
        if token.dep == "relcl" and trigger not in (clause := parse.subtree(token.i)):
            aside |= clause
    return aside


def _is_country(name: str) -> bool:
    from ...stages.actors import lexicon

    return resources.fold(name).removeprefix("the ") in lexicon().country_names


def _speaker_relative(actor: Actor | None) -> bool:
    """'its jets', 'our drones': whose they are depends on who speaks in each sentence."""
    return actor is not None and actor.actor_id in {"@speaker", "@possessor"}


_HELD_PEOPLE = frozenset({"member", "relative", "staff"})


def _named_beside(target: ActorMention | None, held: Token, parse: arguments.Parse) -> bool:
    """The target the parse found is not the people held but an anonymous word inside their
    phrase ("two suspected members of the group", "the terrorist's father") or a name outside it."""
    if target is None or target.token_start <= held.i < target.token_end:
        return False
    inside = target.token_start in parse.subtree(held.i)
    return not inside or _is_anonymous(target.actor)


def _told_apart(actor1: Actor, actor2: Actor) -> bool:
    """'Three of the attackers were killed in an exchange of fire': the attackers are the target
    of a clash whose other side the sentence does not name."""
    return actor1.actor_id == UNIDENTIFIED.actor_id and not actor1.text and bool(actor2.text)


def _is_anonymous(actor: Actor) -> bool:
    """Unidentified fighters or civilians: what the target was, not whose."""
    return actor.actor_id in {UNIDENTIFIED.actor_id, "@unidentified", "civilians"}


def _is_anonymous_site(actor: Actor | None) -> bool:
    """'A militant base', 'a house': a place hit whose owner the words do not name."""
    if actor is None or not actor.text.strip():
        return False
    head = actor.text.lower().split()[-1]
    return _is_anonymous(actor) and (head in actors.OWNED_NOUNS or head in arguments.CIVILIAN_PROPERTY)


def _named(actor: Actor | None) -> bool:
    return actor is not None and actor.actor_id != UNIDENTIFIED.actor_id
