"""The typed records that every stage shares.

Records are frozen dataclasses: a stage never mutates what it receives, it
returns a new `Analysis` with the fields it assigns (``dataclasses.replace``).
Character offsets (``start``/``end``) always point into ``Document.text``, the
normalised text. ``None`` means unknown; an empty tuple means "looked, found
none".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

EventStatus = Literal["occurred", "denied", "possible", "planned", "hypothetical"]
SourceKind = Literal["author", "official", "military", "media", "ngo", "armed_group", "witness", "unnamed"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
SentenceKind = Literal["report", "opinion", "speculation", "quote"]

EVENT_STATUSES: tuple[EventStatus, ...] = ("occurred", "denied", "possible", "planned", "hypothetical")
SOURCE_KINDS: tuple[SourceKind, ...] = (
    "author",
    "official",
    "military",
    "media",
    "ngo",
    "armed_group",
    "witness",
    "unnamed",
)
SENTENCE_KINDS: tuple[SentenceKind, ...] = ("report", "opinion", "speculation", "quote")

# ACLED event types and sub-types, spelled as ACLED spells them.
ACLED_TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Excessive force against protesters",
        "Protest with intervention",
        "Peaceful protest",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_EVENT_PARENT: dict[str, str] = {sub: parent for parent, subs in ACLED_TAXONOMY.items() for sub in subs}

# The SemEval-2020 Task 11 technique names (14 classes, some merged with commas).
TECHNIQUES: tuple[str, ...] = (
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Doubt",
    "Exaggeration,Minimisation",
    "Appeal_to_fear-prejudice",
    "Flag-Waving",
    "Causal_Oversimplification",
    "Appeal_to_Authority",
    "Slogans",
    "Black-and-White_Fallacy",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon,Reductio_ad_hitlerum",
    "Repetition",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the normalised text."""

    start: int
    end: int
    text: str


# --- ingest and normalise -------------------------------------------------


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from an input, before normalisation."""

    origin: str  # where it came from: a path, "path#row 12", a URL
    id: str | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # as given; parsed by normalise
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input (or one row of it) that could not be used, and why."""

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    text: str  # normalised; every offset points into it
    origin: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.date | None = None
    language: str | None = None
    content_hash: str = ""


# --- NLP -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    i: int  # index in the document
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index of the syntactic head (itself for the root)
    sent: int  # index of its sentence
    ent_iob: str = "O"
    ent_type: str = ""
    like_num: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    token_start: int
    token_end: int  # exclusive
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # spaCy label set plus our own (WEAPON, MIL_PLATFORM)
    token_start: int
    token_end: int
    source: str = "model"  # "model" or "ruler"
    ref: str | None = None  # dictionary id when a ruler put it there


# --- actors ----------------------------------------------------------------


# ACLED inter codes of armed sides: state forces at home and abroad; rebels and militias.
STATE_KINDS = frozenset({1, 8})
NON_STATE_KINDS = frozenset({2, 3, 4})


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as the output contract shows it."""

    text: str
    name: str
    kind: int  # ACLED inter code 1..8
    country: str | None = None
    uncertain: bool = False
    alternatives: tuple[str, ...] = ()
    actor_id: str | None = None  # dictionary id; None for fallbacks
    affiliation: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    token_start: int
    token_end: int
    how: str  # "name", "alias", "demonym", "description", "pronoun", "fallback"


# --- geography -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    text: str  # the phrase in the article ("15 km east of Sukhna")
    name: str
    gazetteer_id: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None = None
    feature: str | None = None
    precision: int = 1  # ACLED geo precision 1..3


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name in the text and what it resolved to (None: unresolved)."""

    start: int
    end: int
    text: str
    place: Place | None
    score: float = 0.0
    reason: str = ""  # why unresolved, or how resolved


# --- dates -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateRange:
    text: str
    start: dt.date | None
    end: dt.date | None
    precision: DatePrecision = "unknown"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date expression in the text, resolved against the publication date."""

    start: int
    end: int
    range: DateRange


# --- events ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Count:
    min: int
    max: int | None  # None: open-ended ("more than 40")


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str  # "author" when the writer states it without attribution
    kind: SourceKind = "author"
    cue: str | None = None
    chain: tuple[str, ...] = ()
    span: Span | None = None  # where the source is named


@dataclass(frozen=True, slots=True)
class EventClaim:
    """One document's statement about one event."""

    event_id: str
    doc_id: str
    evidence: Span
    event_type: str
    sub_event_type: str
    trigger: Span
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Place | None = None
    date: DateRange | None = None
    weapons: tuple[str, ...] = ()
    killed: Count | None = None
    injured: Count | None = None
    casualties: Count | None = None
    attribution: Attribution = field(default_factory=lambda: Attribution("author"))
    status: EventStatus = "occurred"
    aggregate: bool = False
    confidence: float = 0.5
    backend: str = ""
    sentence: int = 0  # index of the sentence holding the trigger
    flags: tuple[str, ...] = ()  # slant flags of the evidence sentence(s)
    # An earlier claim this one continues ("the attack", "the toll rose to 12");
    # the attribution stage merges the two when the same source makes both.
    refers_to: str | None = None


# --- slant -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TechniqueSpan:
    technique: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class SentenceSlant:
    start: int
    end: int
    kind: SentenceKind
    techniques: tuple[TechniqueSpan, ...] = ()
    kind_score: float = 1.0


@dataclass(frozen=True, slots=True)
class SlantSummary:
    sentences: int
    opinion_share: float
    speculation_share: float
    quote_share: float
    techniques_per_1000_words: float
    top_techniques: tuple[tuple[str, int], ...]
    flagged_claim_share: float | None  # None when the document has no claims


# --- one document through the pipeline -------------------------------------


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the pipeline knows about one document.

    Each stage fills its own fields; ``None`` means the stage has not run.
    """

    document: Document
    tokens: tuple[Token, ...] | None = None
    sentences: tuple[Sentence, ...] | None = None
    entities: tuple[Entity, ...] | None = None
    mentions: tuple[Entity, ...] | None = None  # unnamed references: "the spokesman", "they"
    actors: tuple[ActorMention, ...] | None = None
    weapons: tuple[Entity, ...] | None = None
    events: tuple[EventClaim, ...] | None = None
    toponyms: tuple[Toponym, ...] | None = None
    times: tuple[TimeExpression, ...] | None = None
    slant: tuple[SentenceSlant, ...] | None = None
    slant_summary: SlantSummary | None = None
    screened_out: tuple[EventClaim, ...] | None = None  # claims the event screen dropped, kept for audit

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.document.text[start:end])

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences or ():
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


# --- across documents -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldValue:
    value: object  # JSON-ready value
    event_ids: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Contradiction:
    field: str
    values: tuple[FieldValue, ...]


@dataclass(frozen=True, slots=True)
class Incident:
    incident_id: str
    event_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    event_type: str
    sub_event_type: str
    location: Place | None
    date: DateRange | None
    fields: dict[str, tuple[FieldValue, ...]]
    contradictions: tuple[Contradiction, ...] = ()
    consensus: dict[str, object] = field(default_factory=dict)
