"""Attribution and status: who asserts each event claim, and how sure.

Sources come from "according to X", reporting verbs ("X said / reported /
claimed / told"), "citing" chains ("Reuters reported, citing two U.S.
officials" → source U.S. officials, chain [Reuters, U.S. officials]) and
trailing "…, the ministry said" clauses; a claim nobody is said to assert is
the author's. Status comes from cue words governing the trigger: denial,
hedges (possible), futures and threats (planned), conditionals
(hypothetical). The stable ``event_id`` is set here, once the claim's source
is known.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import ClassVar

from ..model import (
    STATE_KINDS,
    Actor,
    Analysis,
    Attribution,
    Count,
    EventClaim,
    EventStatus,
    Place,
    SourceKind,
    Span,
    Token,
)
from ..resources import fold
from ..settings import Settings
from ..text import dateline_spans
from .actors import ActorResolver, actor_from_entry, lexicon, state_forces

REPORT_VERBS = frozenset(
    [
        "say",
        "report",
        "claim",
        "tell",
        "announce",
        "state",
        "confirm",
        "add",
        "allege",
        "accuse",
        "deny",
        "insist",
        "note",
        "write",
        "post",
        "tweet",
        "estimate",
        "warn",
        "quote",
        "cite",
        "assert",
        "acknowledge",
        "admit",
        "blame",
        "publish",
        "document",
        "record",
        "reveal",
        "disclose",
        "boast",
        "brag",
        # whoever forecasts or threatens an act is the source of that claim ("Analysts expect the group
        # to step up its attacks", "Tehran has threatened to launch a ground operation")
        "expect",
        "fear",
        "predict",
        "anticipate",
        "threaten",
        "promise",
        "vow",
        "pledge",
    ]
)
DENY_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "dispute"})
HEDGES = frozenset(
    [
        "allegedly",
        "reportedly",
        "purportedly",
        "possibly",
        "probably",
        "perhaps",
        "apparently",
        "presumably",
        "likely",
        "supposedly",
        "seemingly",
    ]
)
HEDGE_PHRASES = re.compile(
    r"\b(unconfirmed|it is possible that|it was possible that|may have|might have|could have|is believed to have|"
    r"are believed to have|was believed to have|were believed to have)\b",
    re.I,
)
PLAN_GOVERNORS = frozenset(
    [
        "threaten",
        "vow",
        "plan",
        "intend",
        "prepare",
        "weigh",
        "consider",
        "promise",
        "pledge",
        "warn",
        "seek",
        "aim",
        "mull",
        "contemplate",
    ]
)
# A forecast by whoever speaks ("analysts expect the group to retaliate", "attacks are likely to
# continue"): hypothetical, as ANNOTATION's gold codes it, not a plan of the actor's own.
FORECAST_GOVERNORS = frozenset({"expect", "likely", "predict", "forecast", "anticipate", "assess"})
# Nouns that name the act itself: "a suspected drone strike" doubts that it happened.
ACT_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "explosion", "blast", "shelling", "ambush"})
FUTURE_WORDS = frozenset({"tomorrow", "soon", "next", "coming", "upcoming", "imminent"})
KIND_KEYWORDS: tuple[tuple[SourceKind, tuple[str, ...]], ...] = (
    (
        "ngo",
        (
            "observatory",
            "monitor",
            "sohr",
            "human rights",
            "amnesty",
            "watch",
            "ocha",
            "red cross",
            "red crescent",
            "icrc",
            "white helmets",
            "civil defence",
            "civil defense",
            "airwars",
            "acled",
            "united nations",
            "un ",
            "unicef",
            "who ",
            "msf",
            "doctors without borders",
            "ngo",
            "charity",
        ),
    ),
    (
        "media",
        (
            "reuters",
            "afp",
            "associated press",
            "ap ",
            "agency",
            "news",
            "tv",
            "television",
            "channel",
            "media",
            "outlet",
            "newspaper",
            "al jazeera",
            "sana",
            "irna",
            "tasnim",
            "fars",
            "anadolu",
            "tass",
            "broadcaster",
            "daily",
            "times",
            "post",
            "journal",
            "reporter",
            "correspondent",
        ),
    ),
    (
        "military",
        (
            "army",
            "military",
            "forces",
            "command",
            "centcom",
            "pentagon",
            "coalition",
            "idf",
            "colonel",
            "general",
            "commander",
            "officer",
            "brigade",
            "defense ministry",
            "defence ministry",
            "ministry of defense",
            "ministry of defence",
            "navy",
            "air force",
            "troops",
            "security media cell",
        ),
    ),
    (
        "official",
        (
            "ministry",
            "minister",
            "government",
            "president",
            "official",
            "governor",
            "mayor",
            "department",
            "white house",
            "authorities",
            "spokesman",
            "spokesperson",
            "police",
            "embassy",
            "prime minister",
            "presidency",
            "kremlin",
            "state department",
            "council",
        ),
    ),
    (
        "witness",
        ("resident", "witness", "local", "villager", "activist", "eyewitness", "survivor", "relatives", "doctor"),
    ),
    ("unnamed", ("source", "sources")),
)
ARMED_TYPES = frozenset({"rebel", "political_militia", "identity_militia", "jihadist", "pmc"})
# Sources that name no one new: the statement the article is, or the source just cited.
GENERIC_SOURCES = frozenset({"statement", "briefing", "communique", "same sources", "same source", "same statement"})
# "UNMISS (press release)": whoever issues a release states what it does not attribute ("Press release"
# alone names no one)
_PRESS_RELEASE = re.compile(r"\bpress release\b", re.I)
_OFFICIAL_OUTLET = re.compile(
    r"\b(ministry|army|armed forces|forces|command|military|defen[cs]e|government|spokesperson|directorate|"
    r"security media cell|press office|media office|public relations|centre for reconciliation)\b",
    re.I,
)
# A source's name runs to the next comma, semicolon, quote or full stop — but not the
# stop of an abbreviation ("two U.S. officials").
_NAME = r"((?:[^,.;\"\u201c\u201d]|\.(?=\S)|\.(?=\s+[a-z]))+)"
_ACCORDING_TO = re.compile(rf"\baccording to {_NAME}", re.I)
# "Syrian state media put the toll at 12": whoever gives a toll asserts it.
_TOLL_SOURCE = re.compile(
    r"(?:^|, )(?P<source>(?:[A-Z][\w'’.-]*|the|state|local)(?: [\w'’.-]+){0,5}?) "
    r"(?:put|puts|gave|gives|raised|raises|set|sets|placed|places) the (?:death |casualty |final )?tolls? (?:at|to)\b"
)
# "citing a lack of building permits": a reason, not a source
_CITING = re.compile(
    rf"\b(?:citing|quoting) (?!(?:an? |the )?(?:lack|absence|need)\b|(?:security |safety )?(?:reasons?|concerns?|fears?|grounds)\b){_NAME}",
    re.I,
)


class AttributionStage:
    name: ClassVar[str] = "attribution"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "actors", "events"})
    assigns: ClassVar[frozenset[str]] = frozenset({"events"})

    def setup(self, settings: Settings) -> None:
        self.resolver = ActorResolver(lexicon())

    def __call__(self, analysis: Analysis) -> Analysis:
        attributed: list[EventClaim] = []
        for event in analysis.events or ():
            attribution = self.attribute(analysis, event)
            if attribution.source == "author" and not attribution.cue:
                attribution = (
                    self._subject_of_the_sentence_before(event, attributed, analysis)
                    or _earlier_speaker(event, attributed, analysis)
                    or attribution
                )
            event = replace(event, attribution=attribution)
            event = replace(event, status=_status(event, analysis))
            if event.status == "occurred" and attribution.source != "author" and _called_false_next(event, analysis):
                # "the report claimed that a strike killed a family of six. This is false.": the writer denies it
                event = replace(event, status="denied", attribution=replace(self.author(analysis), cue="called false"))
            attributed.append(self._speaker_resolved(event, analysis))
        merged = merge_continuations(_without_conditions(attributed, analysis), analysis.document.text)
        events = [replace(e, event_id=stable_id(e)) for e in merged]
        return replace(analysis, events=tuple(_unique_ids(events)))

    def attribute(self, analysis: Analysis, event: EventClaim) -> Attribution:
        if event.attribution.source != "author" or event.attribution.cue:
            return event.attribution  # the backend already knew
        sentence = (analysis.sentences or ())[event.sentence]
        tokens = (analysis.tokens or ())[sentence.token_start : sentence.token_end]
        text = analysis.document.text
        sentence_text = text[sentence.start : sentence.end]
        chain = self._chain(sentence_text, sentence.start)
        cue = None
        toll = _TOLL_SOURCE.search(sentence_text)
        if toll:
            chain.insert(
                0,
                Span(sentence.start + toll.start("source"), sentence.start + toll.end("source"), toll.group("source")),
            )
            cue = "put the toll at"
        elif _ACCORDING_TO.search(sentence_text):
            match = _ACCORDING_TO.search(sentence_text)
            assert match
            chain.insert(
                0, Span(sentence.start + match.start(1), sentence.start + match.end(1), match.group(1).strip())
            )
            cue = "according to"
        else:
            speaker = _reporting_speaker(tokens, event, text, dateline_spans(text)) or _transcript_speaker(
                analysis, sentence.start
            )
            if speaker is not None:
                chain.insert(0, speaker[0])
                cue = speaker[1]
        if not chain:
            return self.author(analysis)
        source = chain[-1]
        name = _clean_source(source.text)
        if fold(name) in GENERIC_SOURCES:
            return replace(self.author(analysis), cue=cue, span=source)
        return Attribution(
            source=name,
            kind=self.kind_of(source.text),
            cue=cue,
            chain=tuple(_clean_source(s.text) for s in chain),
            span=source,
        )

    def _subject_of_the_sentence_before(
        self, event: EventClaim, earlier: Sequence[EventClaim], analysis: Analysis
    ) -> Attribution | None:
        """'The official news agency IRNA gave a very different account. It said "terrorists" had
        attacked a post': the pronoun that speaks is the named subject of the sentence before, when
        that sentence tells no event of its own."""
        sentences, tokens = analysis.sentences or (), analysis.tokens or ()
        sentence = sentences[event.sentence]
        if event.sentence == 0 or any(c.sentence == event.sentence - 1 for c in earlier):
            return None
        if not _said_by_a_pronoun(tokens[sentence.token_start : sentence.token_end], event):
            return None
        before = sentences[event.sentence - 1]
        words = tokens[before.token_start : before.token_end]
        root = next((t for t in words if t.dep == "ROOT"), None)
        subjects = [t for t in words if root is not None and t.head == root.i and t.dep == "nsubj"]
        named = [t for t in subjects if t.ent_type in {"ORG", "PERSON"}]
        if not named or before.paragraph < sentence.paragraph - 1:
            return None
        span = _phrase(words, subjects[0], {t.i: t for t in words})  # "The official news agency" + "IRNA"
        if span is None:
            return None
        name = _clean_source(analysis.document.text[span[0] : named[-1].end])
        return Attribution(source=name, kind=self.kind_of(name), cue="said")

    def author(self, analysis: Analysis) -> Attribution:
        """Who states what nobody is said to assert: the writer — or, when the outlet is a
        ministry, an army or an armed group issuing its own statement, that body."""
        outlet = analysis.document.outlet or ""
        if outlet and self._is_official_outlet(outlet):
            return Attribution(source=outlet, kind=self.kind_of(outlet), cue="statement")
        return Attribution(source="author", kind="author")

    def _is_official_outlet(self, outlet: str) -> bool:
        found = self.resolver.resolve(outlet, is_entity=False, head=outlet.split()[-1])
        if found is not None and found[0].actor_id:
            entry = self.resolver.lex.by_id.get(found[0].actor_id, {})
            return entry.get("type") not in {"media", None}
        issuer = _PRESS_RELEASE.sub("", outlet).strip(" ()-–,") if _PRESS_RELEASE.search(outlet) else ""
        return bool(_OFFICIAL_OUTLET.search(outlet) or issuer)

    def _speaker_resolved(self, event: EventClaim, analysis: Analysis) -> EventClaim:
        """'our forces' are the forces of whoever speaks: the claim's source, else the outlet
        (a ministry's or a group's own statement); 'its fighters' are the group just named."""
        speaker = self._speaker_actor(event, analysis)
        possessor = speaker or _last_named_actor(event, analysis)

        def resolve(actor: Actor | None, doer: Actor | None = None, target: bool = False) -> Actor | None:
            if actor is None or actor.actor_id not in {"@speaker", "@possessor"}:
                return actor
            found = speaker if actor.actor_id == "@speaker" else possessor
            if actor.actor_id == "@possessor" and target:
                # "14 Iraqi soldiers were hurt in the attack on their base": the victims named before
                besides = doer.name if doer is not None else None
                found = _last_named_actor(event, analysis, besides=besides, same_sentence=True) or found
            if doer is not None and found is not None and found.name == doer.name and actor.actor_id == "@possessor":
                # "militants attacked their post": the post is not the attackers'
                found = _last_named_actor(event, analysis, whole_document=True, besides=doer.name)
            found = found or _last_named_actor(event, analysis, whole_document=True)
            if found is None:  # nobody to point at: say so rather than invent
                return Actor(
                    text=actor.text,
                    name="Unidentified Armed Group",
                    kind=3,
                    uncertain=True,
                    actor_id="unidentified-armed-group",
                )
            return replace(found, text=actor.text)

        actor1 = resolve(event.actor1)
        spoken = actor1 is not event.actor1
        event = replace(event, actor1=actor1, actor2=resolve(event.actor2, doer=actor1, target=True))
        return _territory_by_its_taker(event) if spoken else event

    def _speaker_actor(self, event: EventClaim, analysis: Analysis) -> Actor | None:
        source = event.attribution.source
        owned = re.match(r"(.+?)['’]s ", source)  # "Al-Shabaab's Radio Andalus" speaks for Al-Shabaab
        for candidate in (source, owned.group(1) if owned else "", analysis.document.outlet or ""):
            if not candidate or candidate == "author":
                continue
            found = self.resolver.resolve(candidate, is_entity=False, head=candidate.split()[-1])
            if found is not None and found[0].actor_id and found[0].kind != 7:
                return found[0]
        return self._outlet_side(analysis.document.outlet or "")

    def _outlet_side(self, outlet: str) -> Actor | None:
        """Whose mouthpiece the outlet is: SANA's "our air defences" are Syria's, al-Masirah's "our
        forces" the Houthis'. Independent outlets speak for no side."""
        found = self.resolver.resolve(outlet, is_entity=False) if outlet else None
        side = self.resolver.lex.by_id.get(found[0].actor_id or "", {}).get("speaks_for") if found else None
        if not side:
            return None
        if side in self.resolver.lex.by_id:
            return actor_from_entry(self.resolver.lex.by_id[side], outlet)
        return state_forces(side, outlet)

    def _chain(self, sentence_text: str, offset: int) -> list[Span]:
        return [
            Span(offset + m.start(1), offset + m.end(1), m.group(1).strip()) for m in _CITING.finditer(sentence_text)
        ]

    def kind_of(self, source: str) -> SourceKind:
        resolved = self.resolver.resolve(source, is_entity=False, head=source.split()[-1] if source.split() else "")
        if resolved is not None:
            actor, _how = resolved
            entry = self.resolver.lex.by_id.get(actor.actor_id or "")
            kind_by_type = {
                "media": "media",
                "ngo": "ngo",
                "government": "official",
                "state_forces": "military",
                "police": "official",
                "intelligence": "official",
                "coalition": "military",
                "civilians": "witness",
                "international": "ngo",
            }
            if entry and entry.get("type") in kind_by_type:
                return kind_by_type[entry["type"]]  # type: ignore[return-value]
            if entry and entry.get("type") in ARMED_TYPES:
                return "armed_group"
        key = f" {fold(source)} "
        for kind, words in KIND_KEYWORDS:
            if any(f" {w.strip()}" in key or key.startswith(f" {w.strip()}") for w in words):
                return kind
        return "unnamed"


def _earlier_speaker(event: EventClaim, earlier: Sequence[EventClaim], analysis: Analysis) -> Attribution | None:
    """The attribution of the latest claim told in this or the previous paragraph, when the
    claim's own sentence is said by a pronoun ("The SDF said ... It said a drone ...")."""
    sentences = analysis.sentences or ()
    sentence = sentences[event.sentence]
    if not _said_by_a_pronoun((analysis.tokens or ())[sentence.token_start : sentence.token_end], event):
        return None
    for claim in reversed(earlier):
        near = claim.sentence < event.sentence and sentences[claim.sentence].paragraph >= sentence.paragraph - 1
        if near and claim.attribution.source != "author":
            return claim.attribution
    return None


def _last_named_actor(
    event: EventClaim,
    analysis: Analysis,
    whole_document: bool = False,
    besides: str | None = None,
    same_sentence: bool = False,
) -> Actor | None:
    """The last armed group or force named before the claim in its paragraph ("HTS said its
    fighters"), in its sentence, or anywhere before it; with ``besides``, the last other than that one."""
    sentences = analysis.sentences or ()
    paragraph = sentences[event.sentence].paragraph if sentences else 0
    named = [
        m
        for m in analysis.actors or ()
        if m.start < event.trigger.start
        and m.actor.actor_id
        and not m.actor.actor_id.startswith("@")
        and m.actor.kind != 7
        and m.actor.name != besides
        and (whole_document or sentences[(analysis.tokens or ())[m.token_start].sent].paragraph == paragraph)
        and (not same_sentence or m.start >= event.evidence.start)
    ]
    return named[-1].actor if named else None


# "SPOKESMAN: Last night we struck ...": a transcript's turn, spoken by its label
_TURN_LABEL = re.compile(r"^([A-Z][A-Z.'’ -]{0,40}):[ \t]", re.M)
_ASKERS = frozenset({"Q", "QUESTION", "REPORTER", "JOURNALIST", "MODERATOR", "HOST", "ANCHOR", "INTERVIEWER"})


def _transcript_speaker(analysis: Analysis, offset: int) -> tuple[Span, str] | None:
    """Who speaks the transcript turn an offset is in (a turn runs to the next label): the party
    named where the label's word is introduced ("briefing by IDF international spokesman ..." for
    "SPOKESMAN:"), or the person ("Briefer: Commander Dana Whitfield" for "CMDR. WHITFIELD:").
    Only in a question-and-answer transcript; the asker's turns assert nothing of the asker's."""
    text = analysis.document.text
    turns = list(_TURN_LABEL.finditer(text))
    if not any(t.group(1).strip() in _ASKERS for t in turns):
        return None  # "DARAA: ...", "BACKGROUND: ...": headings, not speakers
    turn = next((t for t in reversed(turns) if t.start() <= offset), None)
    if turn is None or turn.group(1).strip() in _ASKERS:
        return None
    word = turn.group(1).split()[-1]
    introduced = re.search(rf"\b{re.escape(word)}\b", text[: turns[0].start()], re.I)
    sentence = analysis.sentence_at(introduced.start()) if introduced else None
    if introduced is None or sentence is None:
        return None
    parties = [
        m
        for m in analysis.actors or ()
        if sentence.start <= m.start and m.end <= introduced.start() and m.how in {"name", "alias"}
    ]
    if parties and parties[-1].actor.kind != 7:
        return Span(parties[-1].start, parties[-1].end, parties[-1].text), "transcript"
    person = next(
        (
            e
            for e in analysis.entities or ()
            if e.label == "PERSON" and e.start <= introduced.start() < e.end and sentence.start <= e.start
        ),
        None,
    )
    return (Span(person.start, person.end, text[person.start : person.end]), "transcript") if person else None


_TERRITORY_SUB_TYPES = {True: "Government regains territory", False: "Non-state actor overtakes territory"}


def _territory_by_its_taker(event: EventClaim) -> EventClaim:
    """'our forces captured the outpost' in the Arakan Army's statement: ground a rebel group
    takes is overtaken, not regained, once the speaker is known."""
    if event.sub_event_type not in _TERRITORY_SUB_TYPES.values() or event.actor1 is None:
        return event
    return replace(event, sub_event_type=_TERRITORY_SUB_TYPES[event.actor1.kind in STATE_KINDS])


def _reporting_speaker(
    tokens: Sequence[Token], event: EventClaim, text: str, datelines: Sequence[tuple[int, int]] = ()
) -> tuple[Span, str] | None:
    """The subject of a reporting verb that governs the trigger, or heads the sentence."""
    by_index = {t.i: t for t in tokens}
    for verb in _reporting_verbs(tokens, event, by_index):
        # the subject nearest the verb first: "Beirut: A strike ..., the agency reported" has two
        # in the passive the agent speaks ("was confirmed by the ministry"); "a ceasefire was announced"
        # and "a strike on the school is confirmed" name what is told, not who tells it
        agents = [o for a in tokens if a.head == verb.i and a.dep == "agent" for o in tokens if o.head == a.i]
        subjects = (
            sorted((t for t in tokens if t.head == verb.i and t.dep == "nsubj"), key=lambda t: abs(verb.i - t.i))
            + agents
        )
        for subject in subjects:
            span = _phrase(tokens, _speaker_head(subject, tokens), by_index)
            if span is None:
                continue
            start, end = span
            for line_start, line_end in datelines:
                if line_start <= start < line_end:
                    start = max(start, line_end)  # "ANKARA, Jan. 20 - Turkey's ministry said": drop the dateline
            if start >= end:
                continue
            words = text[start:end]
            if fold(words) in {"it", "he", "she", "they", "we", "i", "this", "that", "which", "who"}:
                continue
            return Span(start, end, words), text[verb.start : verb.end]
    return None


def _reporting_verbs(tokens: Sequence[Token], event: EventClaim, by_index: dict[int, Token]) -> list[Token]:
    """Reporting verbs that govern the trigger, head the sentence, or hang on the act."""
    trigger_tokens = [t for t in tokens if event.trigger.start <= t.start < event.trigger.end]
    governors = set()
    for token in trigger_tokens:
        current, steps = token, 0
        while current.head != current.i and current.head in by_index and steps < 8:
            current = by_index[current.head]
            governors.add(current.i)
            steps += 1
    clause = governors | {t.i for t in trigger_tokens}
    return [
        t
        for t in tokens
        if t.lemma.lower() in REPORT_VERBS
        and t.pos in {"VERB", "AUX"}
        # "X shot dead 25 protesters, medical sources said": the parser may hang "said" on the act
        and (t.i in governors or t.dep == "ROOT" or (t.dep == "parataxis" and t.head in clause))
    ]


def _said_by_a_pronoun(tokens: Sequence[Token], event: EventClaim) -> bool:
    """'It said a drone strike had killed ...': the speaker is one named before."""
    by_index = {t.i: t for t in tokens}
    return any(
        t.head == verb.i and t.dep == "nsubj" and t.text.lower() in {"it", "they", "he", "she"}
        for verb in _reporting_verbs(tokens, event, by_index)
        for t in tokens
    )


def _speaker_head(subject: Token, tokens: Sequence[Token]) -> Token:
    """The subject, unless it is a count of people or an act ending the reported clause, parsed with
    the real speaker as its appositive: "killed 31 people, among them three children and seven women,
    Lebanon's health minister said"."""
    counted = any(t.head == subject.i and t.dep == "nummod" for t in tokens)
    if not counted and subject.lemma.lower() not in _ACTS_THAT_CANNOT_SPEAK:
        return subject
    inside = {subject.i}
    for token in tokens:  # conjuncts and appositives follow their heads: one pass in order finds them
        if token.head in inside and token.i != token.head:
            inside.add(token.i)
    if not counted:  # "the deadliest attack ..., a war monitor and a local official said": parsed as conjuncts
        tellers = [t for t in tokens if t.head == subject.i and t.dep in {"appos", "conj"} and t.i > subject.i]
        return tellers[0] if tellers else subject
    appositives = [t for t in tokens if t.i in inside and t.dep == "appos" and t.i > subject.i]
    return appositives[-1] if appositives else subject


# "ambushed a convoy on Saturday, the deadliest attack since the season began, a war monitor said":
# an act in apposition is no speaker; the appositive after it is.
_ACTS_THAT_CANNOT_SPEAK = frozenset(
    "attack strike assault bombing ambush raid explosion blast clash killing incident operation".split()
)


def _phrase(tokens: Sequence[Token], head: Token, by_index: dict[int, Token]) -> tuple[int, int] | None:
    """Character span of a noun phrase with its modifiers and appositive ("Colonel X, a coalition spokesman")."""
    members = {head.i}
    frontier = [head.i]
    while frontier:
        current = frontier.pop()
        for token in tokens:
            if (
                token.head == current
                and token.i not in members
                and token.dep not in {"relcl", "acl", "advcl", "punct", "cc"}
            ):
                members.add(token.i)
                frontier.append(token.i)
    spans = [by_index[i] for i in sorted(members) if i in by_index]
    if not spans:
        return None
    return spans[0].start, spans[-1].end


def _clean_source(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,")
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].strip()  # "U.S. Central Command (CENTCOM" cut by the parse
    return re.sub(r"^(the|a|an) ", "", text, flags=re.I)


def _status(event: EventClaim, analysis: Analysis) -> EventStatus:
    """A backend that already judged the claim less than certain keeps its word;
    otherwise the cue words decide."""
    return event.status if event.status != "occurred" else status_of(analysis, event)


def _without_conditions(events: list[EventClaim], analysis: Analysis) -> list[EventClaim]:
    """'the group could resume attacks if Washington struck Yemen again': an act an if- or
    unless-clause supposes is no event; the act it conditions is the claim."""
    return [e for e in events if not _in_condition(analysis, e)]


def _in_condition(analysis: Analysis, event: EventClaim) -> bool:
    found = _trigger_of(analysis, event)
    if found is None:
        return False
    trigger, tokens, by_index = found
    return _supposed_by_a_condition(trigger, _governors(trigger, by_index), tokens)


def _trigger_of(analysis: Analysis, event: EventClaim) -> tuple[Token, Sequence[Token], dict[int, Token]] | None:
    """The trigger's head token ("strikes" of "air strikes"), its sentence's tokens, and those by index."""
    sentence = (analysis.sentences or ())[event.sentence]
    tokens = (analysis.tokens or ())[sentence.token_start : sentence.token_end]
    inside = [t for t in tokens if event.trigger.start <= t.start < event.trigger.end]
    trigger = next((t for t in inside if t.head not in {u.i for u in inside} or t.head == t.i), None)
    return (trigger, tokens, {t.i: t for t in tokens}) if trigger is not None else None


def status_of(analysis: Analysis, event: EventClaim) -> EventStatus:
    found = _trigger_of(analysis, event)
    if found is None:
        return "occurred"
    trigger, tokens, by_index = found
    chain = _governors(trigger, by_index)
    words = {t.text.lower() for t in tokens}
    near = _clause_tokens(trigger, tokens, by_index)
    if _denial_governs(chain) or _negated(trigger, tokens, by_index) or _claim_called_false(chain, tokens):
        return "denied"
    if _not_ruled_out(trigger, chain, tokens):
        return "hypothetical"
    if "if" in words and any(t.text.lower() in {"would", "will", "could"} for t in near | {trigger}):
        # "Israel will strike government forces 'with full force' if they enter Suwayda", said or
        # warned by the side that would strike, is its own threat: planned, not a supposition
        own_threat = any(t.text.lower() in {"would", "will"} for t in near | {trigger}) and (
            any(t.lemma.lower() in SPEECH_LEMMAS | THREAT_LEMMAS for t in chain)
            or any(t.head == trigger.i and t.dep == "nsubj" and t.text.lower() == "we" for t in tokens)
        )  # "If Hezbollah tries to rebuild its arsenal, we will strike it again": the speaker's own
        return "planned" if own_threat and not _in_condition(analysis, event) else "hypothetical"
    if _counterfactual(trigger, tokens):
        return "hypothetical"
    if "if" in words and any(t.lemma.lower() == "would" for t in tokens) and trigger.tag in {"VB", "VBP"}:
        return "hypothetical"
    if any(t.lemma.lower() in FORECAST_GOVERNORS for t in chain):
        return "hypothetical"
    modal = _modal_of_the_act(trigger, tokens, by_index)
    if modal in {"could", "might"}:
        return "hypothetical"  # "strikes could resume within weeks", "analysts warn the faction could respond"
    if (
        any(t.lemma.lower() in PLAN_GOVERNORS for t in chain)
        or _future(trigger, tokens, words, by_index)
        or _called_for(trigger, tokens)
    ):
        return "planned"
    if modal == "would":  # "said it would strike US bases": a stated intention; otherwise a supposition
        return "planned" if any(t.lemma.lower() in SPEECH_LEMMAS for t in chain) else "hypothetical"
    if any(t.text.lower() in HEDGES for t in near) or HEDGE_PHRASES.search(_clause_text(trigger, tokens, analysis)):
        return "possible"
    if _told_as_reports_of(trigger, chain):
        return "possible"  # "Reports on social media of an Israeli drone strike on a convoy"
    if any(_suspects_the_act(t, trigger, by_index) for t in tokens if trigger.start - 60 <= t.start < trigger.end + 20):
        return "possible"
    if _unconfirmed_source(event, analysis):
        return "possible"  # "Unconfirmed reports on social media said a second checkpoint had come under fire"
    return "occurred"


_UNCONFIRMED = re.compile(r"\b(?:unconfirmed|unverified)\b", re.I)


def _unconfirmed_source(event: EventClaim, analysis: Analysis) -> bool:
    span = event.attribution.span if event.attribution else None
    return span is not None and bool(_UNCONFIRMED.search(analysis.document.text[max(0, span.start - 15) : span.end]))


def _denial_governs(chain: Sequence[Token]) -> bool:
    """A denial above the act, unless a statement joined to it stands between
    ("denied targeting civilians and said its forces had struck a gathering of fighters")."""
    for token in chain:
        # "denied ..., saying the men died when they stepped on a landmine", "denied any involvement
        # and claimed the bombs had been fired by ...": the denier's own account
        if token.lemma.lower() in SPEECH_LEMMAS | {"claim"} and token.dep in {"conj", "advcl"}:
            return False
        if token.lemma.lower() in DENY_VERBS:
            return True
    return False


CLAIM_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "story"})
FALSE_WORDS = frozenset(
    {"false", "baseless", "untrue", "unfounded", "fabricated", "fabrication", "lie", "lies", "fake", "fiction"}
)


_CALLED_FALSE = re.compile(
    r"^\W*(?:this|that|it|these|those|these claims?|the claim|such claims)\s+(?:is|was|are|were)\s+"
    r"(?:also\s+|simply\s+|completely\s+|entirely\s+|totally\s+)?(?:an?\s+)?"
    rf"(?:{'|'.join(sorted(FALSE_WORDS | {'not true', 'incorrect'}))})\b",
    re.I,
)


def _called_false_next(event: EventClaim, analysis: Analysis) -> bool:
    """'... claimed that three soldiers were killed. This is also false.': the next sentence of
    the paragraph calls what another source told false."""
    sentences = analysis.sentences or ()
    if event.sentence + 1 >= len(sentences):
        return False
    here, after = sentences[event.sentence], sentences[event.sentence + 1]
    return after.paragraph == here.paragraph and bool(
        _CALLED_FALSE.match(analysis.document.text[after.start : after.end])
    )


def _claim_called_false(chain: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """'Claims that the army struck a school are false': the act is told only to be denied."""
    for noun in chain:
        if noun.lemma.lower() in CLAIM_NOUNS and noun.dep == "nsubj":
            return any(
                t.head == noun.head and t.dep in {"acomp", "attr"} and t.lemma.lower() in FALSE_WORDS for t in tokens
            )
    return False


REPORT_NOUNS = frozenset({"report", "reports", "rumour", "rumours", "rumor", "rumors"})


def _told_as_reports_of(trigger: Token, chain: Sequence[Token]) -> bool:
    """'Reports (on social media) of a drone strike': the act is what reports say, not what the writer states."""
    if trigger.dep != "pobj" or not chain or chain[0].lemma != "of":
        return False
    for token in chain[1:5]:
        if token.pos not in {"NOUN", "ADP"}:
            return False
        if token.pos == "NOUN" and token.text.lower() in REPORT_NOUNS:
            return True
    return False


def _not_ruled_out(trigger: Token, chain: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """'a new round of fighting cannot be ruled out': a possibility, not an event ('had not ruled out
    that the drone was launched by a rival group' doubts who, not whether)."""
    for below, verb in pairwise([trigger, *chain]):
        kids = [t for t in tokens if t.head == verb.i]
        if verb.lemma.lower() == "rule" and any(t.dep == "neg" for t in kids) and any(t.lemma == "out" for t in kids):
            return below.dep == "nsubjpass"
    return False


def _suspects_the_act(token: Token, trigger: Token, by_index: dict[int, Token]) -> bool:
    """'a suspected drone strike', 'is suspected of' doubt the act; 'suspected IS militants
    attacked' and 'arrested a man suspected of driving the car' only doubt who did something
    (that goes to the perpetrator, not the status)."""
    if token.text.lower() != "suspected":
        return False
    head = by_index.get(token.head)
    if token.head == trigger.i or (head is not None and head.lemma in ACT_NOUNS):
        return True
    return token.dep not in {"amod", "acl"}


def _supposed_by_a_condition(trigger: Token, chain: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """Whether the trigger stands inside an if- or unless-clause (which ends at the verb it hangs on)."""
    for token in [trigger, *chain]:
        if any(t.head == token.i and t.dep == "mark" and t.text.lower() in {"if", "unless"} for t in tokens):
            return True
        if token.dep == "advcl":
            return False
    return False


def _governors(token: Token, by_index: dict[int, Token]) -> list[Token]:
    chain, current, steps = [], token, 0
    while current.head != current.i and current.head in by_index and steps < 8:
        current = by_index[current.head]
        chain.append(current)
        steps += 1
    return chain


def _clause_tokens(trigger: Token, tokens: Sequence[Token], by_index: dict[int, Token]) -> set[Token]:
    """The trigger's own modifiers and auxiliaries, and those of the verb it hangs on."""
    heads = {trigger.i}
    if trigger.head in by_index and trigger.dep in {"dobj", "nsubj", "nsubjpass", "pobj", "xcomp", "conj"}:
        heads.add(trigger.head)
    return {t for t in tokens if t.head in heads and t.dep in {"aux", "auxpass", "advmod", "neg", "amod"}}


def _clause_text(trigger: Token, tokens: Sequence[Token], analysis: Analysis) -> str:
    start = max(trigger.start - 60, tokens[0].start)
    return analysis.document.text[start : trigger.end + 20]


def _counterfactual(trigger: Token, tokens: Sequence[Token]) -> bool:
    """'had they wanted war, they would have struck the embassy': it did not happen."""
    auxiliaries = {t.text.lower() for t in tokens if t.head == trigger.i and t.dep == "aux"}
    return {"would", "have"} <= auxiliaries and trigger.tag == "VBN"


def _negated(trigger: Token, tokens: Sequence[Token], by_index: dict[int, Token]) -> bool:
    """'did not strike'; 'carried out no strikes', 'had not carried out air strikes'."""
    if _has_negation(trigger, tokens):
        return True
    if trigger.pos != "NOUN" or trigger.lemma.lower() not in ACT_NOUNS:
        return False  # "no casualties" is a count, not a denial
    if any(t.head == trigger.i and t.dep == "det" and t.text.lower() == "no" for t in tokens):
        return True
    governor = by_index.get(trigger.head)
    return (
        trigger.dep == "dobj"
        and governor is not None
        and governor.lemma.lower() in CONDUCT_LEMMAS
        and _has_negation(governor, tokens)
    )


def _has_negation(word: Token, tokens: Sequence[Token]) -> bool:
    return any(t.head == word.i and t.dep == "neg" for t in tokens)


CONDUCT_LEMMAS = frozenset({"carry", "conduct", "launch", "stage", "mount", "execute", "perform"})
ACT_NOUNS = frozenset({"strike", "airstrike", "raid", "attack", "bombardment", "shelling", "operation"})


ASPECT_LEMMAS = frozenset({"resume", "continue", "start", "begin", "follow", "come", "happen", "occur", "go"})
# Verbs that report what someone intends: "said it would strike", "warned they would respond".
SPEECH_LEMMAS = frozenset({"say", "tell", "warn", "announce", "state", "add", "declare", "insist", "write"})
THREAT_LEMMAS = frozenset({"threaten", "vow", "pledge", "promise"})


def _modal_of_the_act(trigger: Token, tokens: Sequence[Token], by_index: dict[int, Token]) -> str | None:
    """'would' / 'could' / 'might' on the act's verb, or on the verb whose object or subject the act
    is ("would resume attacks", "strikes could resume")."""
    for word in ("would", "could", "might"):
        if word in _auxiliaries(_act_verb(trigger, by_index), tokens):
            return word
    return None


def _act_verb(trigger: Token, by_index: dict[int, Token]) -> Token:
    governor = by_index.get(trigger.head)
    if governor is not None and trigger.pos in {"NOUN", "PROPN"} and trigger.dep in {"dobj", "nsubjpass"}:
        return governor
    if governor is not None and trigger.dep == "nsubj" and governor.lemma.lower() in ASPECT_LEMMAS:
        return governor  # "strikes could resume", not "a strike would devastate the city"
    if governor is not None and trigger.dep == "xcomp":  # "would continue to strike"
        return governor
    if governor is not None and trigger.dep == "acl" and governor.dep == "nsubj":
        verb = by_index.get(governor.head)  # "a campaign to seize weapons will begin on Sunday"
        if verb is not None and verb.lemma.lower() in ASPECT_LEMMAS:
            return verb
    if governor is not None and trigger.dep == "pobj" and governor.text.lower() in {"with", "into"}:
        verb = by_index.get(governor.head)  # "could respond with drone attacks", "could slide into open fighting"
        if verb is not None and verb.pos == "VERB":
            return verb
    return trigger


def _auxiliaries(verb: Token, tokens: Sequence[Token]) -> set[str]:
    return {t.text.lower() for t in tokens if t.head == verb.i and t.dep in {"aux", "auxpass"}}


def _called_for(trigger: Token, tokens: Sequence[Token]) -> bool:
    """'protests, which opposition leaders have called for every day this week': asked for, not yet held."""
    return any(
        t.head == trigger.i
        and t.dep == "relcl"
        and t.lemma.lower() == "call"
        and any(k.head == t.i and k.text.lower() == "for" for k in tokens)
        for t in tokens
    )


def _future(trigger: Token, tokens: Sequence[Token], words: set[str], by_index: dict[int, Token]) -> bool:
    auxiliaries = _auxiliaries(trigger, tokens) | _auxiliaries(_act_verb(trigger, by_index), tokens)
    if auxiliaries & {"will", "shall", "'ll"}:
        return True
    if auxiliaries & {"may", "might", "could"} and words & FUTURE_WORDS:
        return True
    return bool(auxiliaries & {"to"}) and any(
        t.text.lower() in {"going", "set", "about", "scheduled", "due", "slated"} for t in tokens if t.i == trigger.head
    )


def merge_continuations(events: list[EventClaim], text: str) -> list[EventClaim]:
    """One claim per source and version.

    A continuation ("the toll rose to 12", "the attack did not wound anyone")
    adds its details to the event it continues, unless another source gives a
    different version — numbers that can't both be true, a denial or doubt, or
    another perpetrator — which stays a claim of its own, placed and dated like
    the event it is about.
    """
    kept: dict[str, EventClaim] = {}
    absorbed_into: dict[str, str] = {}  # a continuation of a continuation continues the first
    for event in events:
        refers_to = absorbed_into.get(event.refers_to or "", event.refers_to or "")
        antecedent = kept.get(refers_to)
        if antecedent is None:
            kept[event.event_id] = replace(event, refers_to=None)
        elif _another_version(event, antecedent, text):
            kept[event.event_id] = replace(
                event,
                refers_to=None,
                evidence=_joined_evidence(antecedent, event, text),
                location=event.location or antecedent.location,
                date=event.date if event.date and event.date.start else antecedent.date,
            )
        else:
            summary = _summarises(antecedent, events)
            kept[antecedent.event_id] = _absorb(antecedent, event, text, refine_place=not summary)
            absorbed_into[event.event_id] = antecedent.event_id
    return list(kept.values())


def _summarises(event: EventClaim, events: list[EventClaim]) -> bool:
    """'Israeli warplanes struck targets in Iran … Other strikes hit Ilam … Jets also struck
    Khuzestan': a lead the article goes on to split into several acts in the same country."""
    return any(
        other.refers_to is None
        and other.event_id != event.event_id
        and other.sub_event_type == event.sub_event_type
        and other.actor1 == event.actor1
        and other.location is not None
        and event.location is not None
        and other.location.country == event.location.country
        for other in events
    )


def _another_version(event: EventClaim, antecedent: EventClaim, text: str) -> bool:
    if event.attribution.source in {"author", antecedent.attribution.source}:
        return False
    if antecedent.attribution.source != "author" and _retells_the_act(event, text):
        return True  # "The army said its aircraft had destroyed 'militia gatherings' in the town"
    if event.status != antecedent.status:
        return True
    named = {a.name for a in (event.actor1, antecedent.actor1) if a and a.actor_id != "unidentified-armed-group"}
    if antecedent.event_type == "Protests" and antecedent.actor2 is not None:
        named.discard(antecedent.actor2.name)  # the force that broke up the protest is its second side
    if len(named) > 1:
        return True
    return any(
        _disjoint(getattr(event, name), getattr(antecedent, name)) for name in ("killed", "injured", "casualties")
    )


def _retells_the_act(event: EventClaim, text: str) -> bool:
    """The doer's own telling of its act ('The army said its aircraft had struck ...', 'claimed that
    it had struck'), not a bare outcome ('two were killed') or a detail from a third party."""
    words = event.trigger.text.lower().split()
    before = text[event.evidence.start : event.trigger.start]
    return bool(words) and words[0] in _ACT_VERBS and bool(_OWN_DOER.search(before))


_ACT_VERBS = frozenset("struck strike hit hits destroyed targeted bombed shelled attacked fired".split())
_OWN_DOER = re.compile(
    r"(?:(?<!did )\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?|\b(?:its|their|our)\s+(?:[\w'’-]+\s+){0,3})$", re.I
)


def _disjoint(a: Count | None, b: Count | None) -> bool:
    if a is None or b is None:
        return False
    a_max = a.max if a.max is not None else 10**9
    b_max = b.max if b.max is not None else 10**9
    return a_max < b.min or b_max < a.min


# A continuation this close joins the event's evidence ("sentence(s) stating the event").
ADJACENT_SENTENCES = 1


def _joined_evidence(event: EventClaim, continuation: EventClaim, text: str) -> Span:
    """The sentences stating the event: the event's, and the next one when it continues it.

    Used both ways: an event absorbing its continuation, and another source's version
    ("state media put the toll at 12") keeping the sentence that says which event it is about.
    """
    if not 0 < continuation.sentence - event.sentence <= ADJACENT_SENTENCES:
        return continuation.evidence if continuation is not event else event.evidence
    start, end = event.evidence.start, max(event.evidence.end, continuation.evidence.end)
    return Span(start, end, text[start:end])


def _absorb(event: EventClaim, continuation: EventClaim, text: str, *, refine_place: bool) -> EventClaim:
    joined = _joined_evidence(event, continuation, text)
    evidence = joined if joined.start == event.evidence.start else event.evidence
    return replace(
        event,
        evidence=evidence,
        killed=_both_sides_dead(event, continuation) or event.killed or continuation.killed,
        injured=event.injured or continuation.injured,
        casualties=event.casualties or continuation.casualties,
        weapons=tuple(dict.fromkeys(event.weapons + continuation.weapons)),
        actor2=event.actor2 or continuation.actor2,
        location=_finer(event.location, continuation) if refine_place else event.location,
    )


def _both_sides_dead(event: EventClaim, continuation: EventClaim) -> Count | None:
    """'Border guards killed nine armed smugglers in a clash. One soldier was killed.': a battle's
    toll is both sides' dead, as ACLED counts it, when the act counted the other side's and the
    sentence after counts the state forces' own."""
    if event.event_type != "Battles" or event.killed is None or continuation.killed is None:
        return None
    if event.actor1 is None or event.actor1.kind not in STATE_KINDS:
        return None
    if event.actor2 is not None and event.actor2.kind in STATE_KINDS:
        return None
    if not _OWN_DEAD.search(continuation.evidence.text):
        return None
    high = (
        None
        if event.killed.max is None or continuation.killed.max is None
        else event.killed.max + continuation.killed.max
    )
    return Count(event.killed.min + continuation.killed.min, high)


_OWN_DEAD = re.compile(
    r"\b(?:soldiers?|troops|officers?|policem[ae]n|guards?|personnel|servicem[ae]n|comrades|heroes|martyred|our)\b",
    re.I,
)


def _finer(place: Place | None, continuation: EventClaim) -> Place | None:
    """'strikes in eastern Syria … near Abu Kamal': a continuation naming a place may pin it down."""
    detail = continuation.location
    if detail is None or not detail.text or detail.text not in continuation.evidence.text:
        return place
    if place is None:
        return detail
    if detail.country == place.country and (detail.precision, detail.feature == "country") < (
        place.precision,
        place.feature == "country",
    ):
        return detail
    return place


def stable_id(event: EventClaim) -> str:
    """Same input, same id: a digest of what identifies the claim."""
    key = "|".join(
        [
            event.doc_id,
            str(event.evidence.start),
            str(event.evidence.end),
            str(event.trigger.start),
            event.sub_event_type,
            event.attribution.source,
        ]
    )
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _unique_ids(events: list[EventClaim]) -> list[EventClaim]:
    seen: dict[str, int] = {}
    unique = []
    for event in events:
        count = seen.get(event.event_id, 0)
        seen[event.event_id] = count + 1
        unique.append(event if count == 0 else replace(event, event_id=f"{event.event_id}-{count}"))
    return unique
