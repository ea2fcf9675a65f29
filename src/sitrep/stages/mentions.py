"""Mentions: the people, groups, places and arms a text refers to without a name.

The NER finds names ("the YPG", "Raqqa"). Entity annotation schemes such as
re3d's and ACE's also count the other ways a text points at an entity, and an
analyst following who did what needs them too:

- **descriptions**: a noun phrase whose head noun names a person, a group, a
  place, a platform or a weapon (``data/mentions.yaml``): "the spokesman",
  "regime forces", "the besieged town", "armoured vehicles". One person is a
  PERSON; in the plural people are a group, ORG ("two men", "civilians").
- **pronouns**: personal pronouns that stand for people or groups ("he", "I",
  "we", "they") and the place adverbs "here" and "there".

A mention is an `Entity` with ``source="mention"`` in `Analysis.mentions`,
kept apart from `Analysis.entities` so the actor and event stages keep
reading names only. Its span runs from the noun phrase's first modifier to
its head ("his fellow fighters"), over a coordination of same-kind nouns
("three women and three children"). A phrase overlapping a name is left to
the name ("ISIL fighters" is a name with a description; numbers and dates are
no names).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import ClassVar

from ..model import Analysis, Entity, Token
from ..resources import load_data
from ..settings import Settings

# Label of each class of mentions.yaml; people take GROUP_LABEL in the plural.
LABELS = {"people": "PERSON", "groups": "ORG", "places": "LOC", "platforms": "MIL_PLATFORM", "weapons": "WEAPON"}
GROUP_LABEL = "ORG"
PRONOUNS = {
    **dict.fromkeys(("he", "she", "him", "i", "me", "myself", "himself", "herself"), "PERSON"),
    **dict.fromkeys(("we", "ourselves", "they", "them", "themselves"), "ORG"),
}
PLACE_ADVERBS = {"here": "LOC", "there": "LOC"}
# Dependents that belong to a noun phrase left of its head; an adverb only
# through a modifier ("very large", not "also students").
PHRASE_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "quantmod", "nmod", "predet"})
MODIFIER_DEPS = PHRASE_DEPS | {"advmod"}
# Entities that name something; a number or a date inside a phrase ("two men") is no name.
NAME_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "WEAPON", "MIL_PLATFORM", "PRODUCT"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MAX_PHRASE_TOKENS = 8


@cache
def lexicon() -> dict[str, str]:
    """Head noun (lemma) -> its class in mentions.yaml."""
    found: dict[str, str] = {}
    for kind, words in load_data("mentions.yaml").items():
        for word in words:
            found[str(word).lower()] = kind
    return found


class MentionStage:
    name: ClassVar[str] = "mentions"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "entities"})
    assigns: ClassVar[frozenset[str]] = frozenset({"mentions"})

    def setup(self, settings: Settings) -> None:
        self.heads = lexicon()

    def __call__(self, analysis: Analysis) -> Analysis:
        tokens = analysis.tokens or ()
        names = [n for n in analysis.entities or () if n.label in NAME_LABELS]
        found = [
            m
            for m in find_mentions(analysis.document.text, tokens, self.heads)
            if not any(_overlaps(m, n) for n in names)
        ]
        return replace(analysis, mentions=tuple(found))


def find_mentions(text: str, tokens: Sequence[Token], heads: dict[str, str]) -> Iterator[Entity]:
    covered = -1  # last token of the previous mention: conjuncts it took are not mentions again
    for token in tokens:
        if token.i <= covered:
            continue
        first = last = token
        label = pronoun_label(token)
        if label is None:
            label = description_label(token, heads)
            if label is None:
                continue
            first = tokens[phrase_start(tokens, token)]
            last = last_conjunct(tokens, token, heads)
            if last is not token and label == "PERSON":
                label = GROUP_LABEL
        covered = last.i
        yield Entity(
            start=first.start,
            end=last.end,
            text=text[first.start : last.end],
            label=label,
            token_start=first.i,
            token_end=last.i + 1,
            source="mention",
        )


def last_conjunct(tokens: Sequence[Token], head: Token, heads: dict[str, str]) -> Token:
    """The last noun of a coordination of same-kind nouns ("three women and three
    children", "teachers, doctors and dentists"): together they are one group."""
    kind = _kind(head, heads)
    last = head
    for token in tokens[head.i + 1 : head.i + 1 + MAX_PHRASE_TOKENS * 2]:
        if token.dep == "conj" and token.head == last.i and token.pos == "NOUN":
            if not _joinable(kind, _kind(token, heads)):
                break
            last = token
    return last


def _joinable(kind: str | None, other: str | None) -> bool:
    return kind == other or {kind, other} == {"people", "groups"}


def _kind(token: Token, heads: dict[str, str]) -> str | None:
    return heads.get(token.lemma.lower()) or heads.get(token.text.lower())


def pronoun_label(token: Token) -> str | None:
    word = token.text.lower()
    if token.pos == "PRON" and word in PRONOUNS:
        return PRONOUNS[word]
    if word in PLACE_ADVERBS and token.pos == "ADV" and token.dep == "advmod":
        return PLACE_ADVERBS[word]
    return None


def description_label(token: Token, heads: dict[str, str]) -> str | None:
    """The label of a noun heading a phrase that names something; None for other tokens."""
    if token.pos != "NOUN" or token.dep == "compound":
        return None
    kind = _kind(token, heads)
    if kind is None:
        return None
    if kind == "people" and token.tag in PLURAL_TAGS:
        return GROUP_LABEL
    return LABELS[kind]


def phrase_start(tokens: Sequence[Token], head: Token) -> int:
    """Index of the first token of the noun phrase ``head`` heads: its left modifiers, recursively."""
    start = head.i
    deps = PHRASE_DEPS if head.pos in {"NOUN", "PROPN"} else MODIFIER_DEPS
    for token in tokens[max(0, head.i - MAX_PHRASE_TOKENS) : head.i]:
        if token.head == head.i and token.dep in deps:
            start = min(start, phrase_start(tokens, token))
    return start


def _overlaps(mention: Entity, name: Entity) -> bool:
    return mention.start < name.end and name.start < mention.end
