"""Small questions about the dependency parse that several stages ask."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Analysis, EventClaim, Token


def token_at(tokens: Sequence[Token], offset: int) -> Token | None:
    """The first token that starts at or after a character offset."""
    return next((t for t in tokens if t.start >= offset), None)


def modified_noun(start: int, end: int, analysis: Analysis) -> Token | None:
    """The noun a name qualifies, when its last word hangs on a noun after it as a compound or a
    modifier ("Darfur" in "former Darfur rebel groups": "groups")."""
    tokens = analysis.tokens or ()
    words = [t for t in tokens if start <= t.start < end]
    if not words or words[-1].dep not in {"compound", "amod", "nmod"} or words[-1].head <= words[-1].i:
        return None
    head = next((t for t in tokens if t.i == words[-1].head), None)
    return head if head is not None and head.pos in {"NOUN", "PROPN"} and head.start >= end else None


def clause_ancestors(token: Token, by_index: dict[int, Token]) -> set[int]:
    """The words a token hangs on inside its own clause: 'strikes' in 'were hit by six strikes
    overnight' hangs on 'hit'; a conjoined verb ('..., and a bomb wounded two') starts a clause."""
    found, current = set(), token
    while current.dep != "conj" and current.head != current.i and current.head in by_index and len(found) < 12:
        current = by_index[current.head]
        found.add(current.i)
    return found


def in_a_neighbours_clause(offset: int, event: EventClaim, analysis: Analysis) -> bool:
    """'gunmen shot dead a commander in Nawa on Friday, and an explosive device wounded two members at
    Tafas on Wednesday': words inside the clause of another event told in the same sentence, and not
    inside this event's own clause, are that event's."""
    neighbours = {e.trigger.start for e in analysis.events or () if e.evidence == event.evidence}
    neighbours.discard(event.trigger.start)
    if not neighbours:
        return False
    span = event.evidence
    tokens = [t for t in analysis.tokens or () if span.start <= t.start < span.end]  # the sentence only
    by_index = {t.i: t for t in tokens}
    word, trigger = token_at(tokens, offset), token_at(tokens, event.trigger.start)
    if word is None or trigger is None:
        return False
    holders = clause_ancestors(word, by_index) | {word.i}
    own = clause_ancestors(trigger, by_index) | {trigger.i}
    top = _clause_top(trigger, by_index)
    subjects = {t.head for t in tokens if t.dep in {"nsubj", "nsubjpass"}}
    # conjoined acts told apart, each dated or placed ("bombed ... on 5 November and struck ... the
    # following day"), are clauses of their own even without a subject of their own
    own_clauses = [e for e in analysis.events or () if e.evidence == event.evidence and TOLD_APART in e.flags]
    subjects |= {t.i for e in own_clauses if (t := token_at(tokens, e.trigger.start)) is not None}
    return any(
        by_index[i].start in neighbours and _conjoined(top, _clause_top(by_index[i], by_index), subjects)
        for i in holders - own
    )


TOLD_APART = "told-apart"  # an EventClaim flag


def _clause_top(token: Token, by_index: dict[int, Token]) -> Token:
    """The head of a token's clause: the last word reached climbing before a conjunct or the root."""
    while token.dep != "conj" and token.head != token.i and token.head in by_index:
        token = by_index[token.head]
    return token


def _conjoined(a: Token, b: Token, with_subject: set[int]) -> bool:
    """Two clauses with subjects of their own joined by 'and' or 'but' (one's verb a conjunct of the
    other's); 'they abducted the principal in Kumbo and burned two classrooms' is one doer's day."""
    linked = (a.dep == "conj" and a.head == b.i) or (b.dep == "conj" and b.head == a.i)
    return a.i != b.i and linked and a.i in with_subject and b.i in with_subject
