"""Screen: how likely each event claim is a real, codeable event, and which to keep.

The rules find an event wherever a trigger has the shape of one; some of those
are not events a coder would record (a verb in an opinion, a word of a title, a
type the sentence does not bear out). A small model, trained by
``train/train_screen.py`` on the claims the rules make on our own development
articles (``eval/gold/dev``, never the held-out test or the never-read files),
learns from the claim's shape and its sentence's words how often such a claim
is a false alarm. Its answer becomes the claim's ``confidence``; a claim below
the artefact's threshold (chosen by cross-validation in training) is dropped
from the events and kept in ``Analysis.screened_out`` (``documents.jsonl``)
for audit.
Only claims told as single events that occurred are screened (`screened`).

Backends (``--screen``): ``screen.model.v1`` (``model``, the default) and
``screen.none.v1`` (``none``: keep every claim with the extractor's own
confidence). Claims of another extractor than the one the model was trained on
pass unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, ClassVar

from .. import registry
from ..model import Analysis, EventClaim
from ..resources import data_path, load_model
from ..settings import Settings

ARTEFACT = "screen/screen_model.joblib"
FORMAT_VERSION = 1
SCREENED_BACKEND = "events.rules.v1"


# --- features: the single definition training and inference share ---------------------


def screened(claim: EventClaim) -> bool:
    """Only claims told as single events that occurred are screened: a claim marked planned,
    denied, possible or hypothetical, or a tally, already says what it is and is kept."""
    return claim.backend == SCREENED_BACKEND and claim.status == "occurred" and not claim.aggregate


def claim_features(claim: EventClaim, analysis: Analysis) -> dict[str, float]:
    """The claim's shape: its type, source, which arguments it found, its trigger and sentence kind."""
    return {
        f"sub={claim.sub_event_type}": 1.0,
        f"type={claim.event_type}": 1.0,
        f"source={claim.attribution.kind}": 1.0,
        f"actor1={_actor_kind(claim.actor1)}": 1.0,
        f"actor2={_actor_kind(claim.actor2)}": 1.0,
        f"place={'none' if claim.location is None else claim.location.precision}": 1.0,
        f"date={'none' if claim.date is None else claim.date.precision}": 1.0,
        f"trigger={claim.trigger.text.lower()}": 1.0,
        f"sentence={_sentence_kind(claim, analysis)}": 1.0,
        "continues": float(claim.refers_to is not None),
        "rule_confidence": claim.confidence,
        "killed": float(claim.killed is not None),
        "injured": float(claim.injured is not None),
        "weapon": float(bool(claim.weapons)),
        "flagged": float(bool(claim.flags)),
    }


def claim_sentence(claim: EventClaim, analysis: Analysis) -> str:
    sentence = analysis.sentence_at(claim.trigger.start)
    return analysis.document.text[sentence.start : sentence.end] if sentence else claim.evidence.text


def _actor_kind(actor: Any) -> str:
    if actor is None:
        return "none"
    return "dictionary" if actor.actor_id else "fallback"


def _sentence_kind(claim: EventClaim, analysis: Analysis) -> str:
    for slant in analysis.slant or ():
        if slant.start <= claim.trigger.start < slant.end:
            return slant.kind
    return "none"


# --- the model ---------------------------------------------------------------------------


def load_artefact(path: str | None = None) -> dict[str, Any]:
    return load_model(
        path or str(data_path(ARTEFACT)),
        "event screen",
        FORMAT_VERSION,
        "rebuild it with `.venv/bin/python train/train_screen.py`, or run with --screen none",
    )


def design_matrix(artefact: dict[str, Any], features: Sequence[dict[str, float]], sentences: Sequence[str]) -> Any:
    from scipy.sparse import hstack

    return hstack([artefact["shape"].transform(features), artefact["words"].transform(sentences)]).tocsr()


@registry.register("screen", "screen.model.v1", alias="model")
class ModelScreen:
    """The trained screen: P(not a false alarm) for each claim of the screened backend."""

    name = "screen.model.v1"

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self.artefact: dict[str, Any] | None = None

    def load(self) -> None:
        if self.artefact is None:
            self.artefact = load_artefact(self.path)

    @property
    def threshold(self) -> float:
        self.load()
        return float(self.artefact["threshold"])  # type: ignore[index]

    def confidences(self, claims: Sequence[EventClaim], analysis: Analysis) -> list[float]:
        self.load()
        assert self.artefact is not None
        matrix = design_matrix(
            self.artefact,
            [claim_features(c, analysis) for c in claims],
            [claim_sentence(c, analysis) for c in claims],
        )
        false_alarm = self.artefact["model"].predict_proba(matrix)[:, 1]
        return [round(1.0 - float(p), 3) for p in false_alarm]


@registry.register("screen", "screen.none.v1", alias="none")
class NoScreen:
    """Keep every claim with the extractor's own confidence."""

    name = "screen.none.v1"
    threshold = 0.0

    def confidences(self, claims: Sequence[EventClaim], analysis: Analysis) -> list[float]:
        return [c.confidence for c in claims]


# --- the stage ---------------------------------------------------------------------------


class ScreenStage:
    name: ClassVar[str] = "screen"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences", "events", "slant"})
    assigns: ClassVar[frozenset[str]] = frozenset({"events", "screened_out"})

    def __init__(self, backend: str | None = None) -> None:
        self.backend_name = backend  # None: the one the settings name
        self.model: Any = None

    def setup(self, settings: Settings) -> None:
        if self.model is None:
            self.model = registry.get("screen", self.backend_name or settings.screen)()
            if hasattr(self.model, "load"):
                self.model.load()

    def __call__(self, analysis: Analysis) -> Analysis:
        claims = [c for c in analysis.events or () if screened(c)]
        if not claims:
            return replace(analysis, screened_out=())
        scored = dict(zip((c.event_id for c in claims), self.model.confidences(claims, analysis), strict=True))
        events = [
            replace(c, confidence=scored[c.event_id]) if c.event_id in scored else c for c in analysis.events or ()
        ]
        kept = [c for c in events if scored.get(c.event_id, 1.0) >= self.model.threshold]
        if not kept:  # the screen weeds out the doubtful among a text's claims, never every one
            kept = [max(events, key=lambda c: c.confidence)]
        kept_ids = {c.event_id for c in kept}
        dropped = tuple(c for c in events if c.event_id not in kept_ids)
        return replace(analysis, events=tuple(_without_dangling_references(kept)), screened_out=dropped)


def _without_dangling_references(claims: Sequence[EventClaim]) -> list[EventClaim]:
    """A claim that continued a dropped one no longer points at it."""
    ids = {c.event_id for c in claims}
    return [c if c.refers_to is None or c.refers_to in ids else replace(c, refers_to=None) for c in claims]
