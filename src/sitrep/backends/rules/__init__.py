"""The default, offline, deterministic event extractor (``events.rules.v1``).

Per sentence: find triggers, group them into events (an outcome word such as
"killed" joins the act it results from), decide the ACLED type from the
trigger and the weapons and targets around it, read actor1/actor2 from the
parse, count the dead and wounded, and mark aggregates. Location, date,
attribution and status are left to the stages that follow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ... import resources
from ...model import Actor, ActorMention, Analysis, EventClaim, Sentence, Span, Token
from ...registry import register
from ...settings import Settings
from . import arguments, numbers, triggers

UNIDENTIFIED = Actor(text="", name="Unidentified Armed Group", kind=3, actor_id="unidentified-armed-group")
# Classes whose events need an anchor (a number, place, date or named actor)
# when the trigger is a noun: "attacks on U.S. forces" alone is talk, not an event.
_AGGREGATE = re.compile(
    r"\b(\d+|dozens|hundreds|scores|several|multiple|numerous|a series of|a wave of|a string of|repeated)\s+(attacks|strikes|times|rockets? attacks|drone attacks|incidents)\b"  # noqa: E501
    r"|\b(more than|over|at least)\s+[\w,]+\s+times\b|\b\d+\s+times\b",
    re.I,
)
_GENERIC_CUES = frozenset({"any", "such", "future", "possible", "further", "potential", "more", "every"})


@dataclass
class _Draft:
    sentence: Sentence
    primary: triggers.Trigger
    cls: str
    members: list[triggers.Trigger] = field(default_factory=list)


@register("extractor", "events.rules.v1", alias="rules")
class RuleExtractor:
    name = "events.rules.v1"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def extract(self, analysis: Analysis) -> tuple[EventClaim, ...]:
        tokens = analysis.tokens or ()
        events: list[EventClaim] = []
        for sentence in analysis.sentences or ():
            if _is_headline(sentence, analysis.document.text):
                continue
            sentence_tokens = tokens[sentence.token_start : sentence.token_end]
            events += self._sentence_events(analysis, sentence, sentence_tokens)
        return tuple(events)

    def _sentence_events(self, analysis: Analysis, sentence: Sentence, tokens: Sequence[Token]) -> list[EventClaim]:
        found = triggers.find_triggers(tokens)
        if not found:
            return []
        parse = arguments.Parse(tokens)
        mentions = [m for m in analysis.actors or () if sentence.token_start <= m.token_start < sentence.token_end]
        sentence_text = analysis.document.text[sentence.start : sentence.end]
        casualties = numbers.casualties_in(tokens, sentence_text)
        drafts = _group(sentence, found, parse)
        claims = []
        for number, draft in enumerate(drafts):
            claim = self._claim(analysis, draft, parse, mentions, casualties, number)
            if claim is not None:
                claims.append(claim)
        return _merge_same_type(claims)

    def _claim(
        self,
        analysis: Analysis,
        draft: _Draft,
        parse: arguments.Parse,
        mentions: list[ActorMention],
        casualties: numbers.Casualties,
        number: int,
    ) -> EventClaim | None:
        primary = draft.primary
        sentence = draft.sentence
        if primary.pos == "NOUN" and not _anchored(analysis, sentence, parse, primary, casualties, mentions):
            return None
        roles = arguments.roles_for(parse, primary.head, primary.pos, mentions)
        words = _clause_words(parse, draft)
        families = _weapon_families(analysis, sentence)
        target_kind = roles.actor2.actor.kind if roles.actor2 else None
        if draft.cls == "outcome" and casualties == numbers.Casualties():
            return None
        event_type, sub_type = triggers.decide_type(draft.cls, words, families, target_kind)
        actor1 = roles.actor1.actor if roles.actor1 else _default_actor1(event_type)
        if roles.actor1:
            actor1 = arguments.with_alternatives(actor1, roles.alternatives)
        actor2 = roles.actor2.actor if roles.actor2 else None
        if (
            actor2 is not None
            and actor1 is not None
            and actor2.name == actor1.name
            and roles.actor2 is not roles.actor1
        ):
            actor2 = None
        text = analysis.document.text
        evidence = Span(sentence.start, sentence.end, text[sentence.start : sentence.end])
        trigger_tokens = parse.tokens[primary.start - parse.base : primary.end - parse.base]
        trigger = Span(
            trigger_tokens[0].start, trigger_tokens[-1].end, text[trigger_tokens[0].start : trigger_tokens[-1].end]
        )
        has_numbers = casualties != numbers.Casualties()
        return EventClaim(
            event_id=f"{analysis.document.doc_id}:{sentence.index}:{number}",
            doc_id=analysis.document.doc_id,
            evidence=evidence,
            event_type=event_type,
            sub_event_type=sub_type,
            trigger=trigger,
            actor1=actor1,
            actor2=actor2,
            weapons=_weapon_categories(analysis, sentence),
            killed=casualties.killed,
            injured=casualties.injured,
            casualties=casualties.casualties,
            aggregate=bool(_AGGREGATE.search(evidence.text)) or _plural_count(parse, primary),
            confidence=_confidence(primary, roles, has_numbers),
            backend=self.name,
            sentence=sentence.index,
        )


def _is_headline(sentence: Sentence, text: str) -> bool:
    """The first line of an article when it is a title (no final full stop, a line of its own)."""
    if sentence.start != 0:
        return False
    line = text[: sentence.end].rstrip()
    return "\n" in text[sentence.end : sentence.end + 2] and not line.endswith((".", "!", "?", '"', "\u201d"))


def _group(sentence: Sentence, found: list[triggers.Trigger], parse: arguments.Parse) -> list[_Draft]:
    """Acts become events; outcome words ("killed") join the act they follow from."""
    primaries = [t for t in found if t.cls != "outcome"]
    outcomes = [t for t in found if t.cls == "outcome"]
    drafts = [_Draft(sentence, t, t.cls, [t]) for t in primaries]
    if not drafts and outcomes:
        # "Three soldiers were killed on Sunday": the outcome is the event.
        verbs = [t for t in outcomes if t.pos == "VERB"] or outcomes
        drafts = [_Draft(sentence, verbs[0], "outcome", list(outcomes))]
    return drafts


def _merge_same_type(claims: list[EventClaim]) -> list[EventClaim]:
    """One event per sub-type and doer in a sentence: "struck ... destroying ..." is one strike."""
    merged: dict[tuple[str, str], EventClaim] = {}
    for claim in claims:
        key = (
            claim.sub_event_type,
            claim.actor1.name if claim.actor1 and claim.actor1.actor_id != UNIDENTIFIED.actor_id else "",
        )
        loose = next((k for k in merged if k[0] == claim.sub_event_type and (not k[1] or not key[1])), None)
        key = loose or key
        if key not in merged:
            merged[key] = claim
            continue
        kept = merged[key]
        better = claim if _score(claim) > _score(kept) else kept
        merged[key] = better
    return sorted(merged.values(), key=lambda c: c.trigger.start)


def _score(claim: EventClaim) -> float:
    named = claim.actor1 is not None and claim.actor1.actor_id != UNIDENTIFIED.actor_id
    return claim.confidence + 0.2 * named + 0.1 * (claim.actor2 is not None)


def _anchored(
    analysis: Analysis,
    sentence: Sentence,
    parse: arguments.Parse,
    trigger: triggers.Trigger,
    casualties: numbers.Casualties,
    mentions: list[ActorMention],
) -> bool:
    """A noun trigger is an event only next to specifics, and not in a generic phrase."""
    modifiers = {t.text.lower() for t in parse.kids(trigger.head, "amod", "det", "advmod")}
    if modifiers & _GENERIC_CUES:
        return False
    if casualties != numbers.Casualties():
        return True
    labels = {e.label for e in analysis.entities or () if sentence.start <= e.start < sentence.end}
    if labels & {"GPE", "LOC", "FAC", "DATE", "TIME", "SITE"}:
        return True
    return any(m.token_start < trigger.start for m in mentions if m.how in {"name", "alias", "demonym"})


def _clause_words(parse: arguments.Parse, draft: _Draft) -> set[str]:
    return {t.text.lower() for t in parse.tokens}


def _weapon_families(analysis: Analysis, sentence: Sentence) -> set[str]:
    return {
        resources.weapon_family(w.ref)
        for w in analysis.weapons or ()
        if w.ref and sentence.start <= w.start < sentence.end
    } - {""}


def _weapon_categories(analysis: Analysis, sentence: Sentence) -> tuple[str, ...]:
    found = [w.ref for w in analysis.weapons or () if w.ref and sentence.start <= w.start < sentence.end]
    return tuple(dict.fromkeys(found))  # type: ignore[arg-type]


def _default_actor1(event_type: str) -> Actor | None:
    if event_type in {"Protests", "Riots", "Strategic developments"}:
        return None
    return UNIDENTIFIED


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


def _confidence(trigger: triggers.Trigger, roles: arguments.Roles, has_numbers: bool) -> float:
    score = 0.45 + 0.15 * (trigger.pos == "VERB") + 0.15 * (roles.actor1 is not None)
    score += 0.1 * (roles.actor2 is not None) + 0.1 * has_numbers
    return round(min(score, 0.95), 2)
