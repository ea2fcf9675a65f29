"""Slant: each sentence's kind (report / opinion / speculation / quote), the
persuasion techniques in it with character spans, the flags on every event
claim whose evidence sits in a flagged sentence, and a per-document summary.

The scoring model is a backend (``slant`` kind in the registry); the stage
only maps its answers onto the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, ClassVar, Protocol

from .. import registry
from ..model import Analysis, EventClaim, SentenceKind, SentenceSlant, SlantSummary, TechniqueSpan
from ..settings import Settings

FLAGGED_KINDS = frozenset({"opinion", "speculation"})
_WORD = re.compile(r"\w+")


class SlantModel(Protocol):
    name: str

    def sentence_kind(self, text: str) -> tuple[SentenceKind, float]: ...

    def techniques(self, text: str) -> list[tuple[str, int, int, float]]:
        """(technique, start, end, score) with offsets into ``text``."""
        ...


class SlantStage:
    name: ClassVar[str] = "slant"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences", "events"})
    assigns: ClassVar[frozenset[str]] = frozenset({"slant", "slant_summary", "events"})

    def __init__(self, backend: str | None = None) -> None:
        self.backend_name = backend  # None: the one the settings name
        self.model: Any = None

    def setup(self, settings: Settings) -> None:
        if self.model is None:
            self.model = registry.get("slant", self.backend_name or settings.slant)()
            if hasattr(self.model, "load"):  # a backend with a model file reads it here, not mid-document
                self.model.load()

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.document.text
        slants = []
        for sentence in analysis.sentences or ():
            piece = text[sentence.start : sentence.end]
            kind, score = self.model.sentence_kind(piece)
            techniques = tuple(
                TechniqueSpan(name, sentence.start + start, sentence.start + end, round(value, 3))
                for name, start, end, value in self.model.techniques(piece)
            )
            slants.append(SentenceSlant(sentence.start, sentence.end, kind, techniques, round(score, 3)))
        events = tuple(_flag(event, slants) for event in analysis.events or ())
        summary = summarize(text, slants, events)
        return replace(analysis, slant=tuple(slants), slant_summary=summary, events=events)


def _flag(event: EventClaim, slants: Sequence[SentenceSlant]) -> EventClaim:
    flags: list[str] = []
    for slant in slants:
        if slant.start < event.evidence.end and event.evidence.start < slant.end:
            if slant.kind in FLAGGED_KINDS or slant.kind == "quote":
                flags.append(slant.kind)
            flags += [t.technique for t in slant.techniques]
    return replace(event, flags=tuple(dict.fromkeys(flags)))


def summarize(text: str, slants: Sequence[SentenceSlant], events: Sequence[EventClaim]) -> SlantSummary:
    total = len(slants) or 1
    kinds = Counter(s.kind for s in slants)
    techniques = Counter(t.technique for s in slants for t in s.techniques)
    words = len(_WORD.findall(text)) or 1
    flagged = [e for e in events if set(e.flags) & (FLAGGED_KINDS | set(techniques))]
    return SlantSummary(
        sentences=len(slants),
        opinion_share=round(kinds["opinion"] / total, 3),
        speculation_share=round(kinds["speculation"] / total, 3),
        quote_share=round(kinds["quote"] / total, 3),
        techniques_per_1000_words=round(sum(techniques.values()) * 1000 / words, 2),
        top_techniques=tuple(techniques.most_common(3)),
        flagged_claim_share=round(len(flagged) / len(events), 3) if events else None,
    )


# --- the lexicon backend (a first pass; trained models register beside it) ---

_QUOTE_OPEN = "\"\u201c\u2018'"
_SPECULATION = re.compile(
    r"\b(may|might|could|would|likely|unlikely|probably|perhaps|possibly|expected to|is set to|"
    r"it is possible|it remains unclear|speculat\w*|appears to|seems to|will likely|is believed)\b",
    re.I,
)
_LOADED = re.compile(
    r"\b(heroic|heroes|martyrs?|cowardly|cowards|criminal|crimes?|terroris(?:t|ts|m)|puppets?|thieves|"
    r"liars?|occupiers?|occupation|butchers?|savage\w*|barbaric|massacre|brutal\w*|regime|aggression|"
    r"humiliat\w*|tremble\w*|nest of|mercenar\w*|traitors?|evil|infidels?|crusaders?|zionist entity|"
    r"enemy|slaughter\w*|so-called|blaze|lackeys?|henchmen|gangs?)\b",
    re.I,
)
_OPINION = re.compile(
    r"(\?\s*$|!\s*$|\b(everyone knows|who still believes|we must|must be|should be|shame|"
    r"disgrace\w*|the day is near|as always|once again)\b)",
    re.I,
)


@registry.register("slant", "slant.lexicon.v1", alias="lexicon")
class LexiconSlant:
    """Cue-word slant: a transparent baseline, not a trained model."""

    name = "slant.lexicon.v1"

    def sentence_kind(self, text: str) -> tuple[SentenceKind, float]:
        stripped = text.strip()
        if stripped[:1] in _QUOTE_OPEN and stripped.count(stripped[0]) >= 1:
            return "quote", 0.7
        if _OPINION.search(stripped) or len(_LOADED.findall(stripped)) >= 2:
            return "opinion", 0.6
        if _SPECULATION.search(stripped):
            return "speculation", 0.55
        return "report", 0.6

    def techniques(self, text: str) -> list[tuple[str, int, int, float]]:
        return [("Loaded_Language", m.start(), m.end(), 0.5) for m in _LOADED.finditer(text)]
