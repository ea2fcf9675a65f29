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
("three women and three children"), and for a place noun over "of" and the
place's name ("the village of Safina"). A phrase overlapping a name is left to
the name ("ISIL fighters" is a name with a description; numbers and dates are
no names), unless the name is a nationality or a place that modifies the
description ("an Iraqi commander", "Darayya's population") or the name after
"of"; the name stays an entity of its own inside the mention.

- **titled names**: a person's name with the title written before it
  ("Iraqi Prime Minister Nouri al-Maliki", "Major General Hassan"), when the
  title holds a noun that names a person; the NER often stops at the name.
- **places with their modifiers**: a place name with the adjectives that
  narrow it ("northern Syria", "western Mosul", "Kurdish-speaking Iraq"); the
  name stays an entity inside. A place noun also takes "of" and the place
  description after it ("the southern district of the city").
- **coordinates**: a latitude and longitude pair points at a place, LOC
  ("36°12′N 37°09′E", "36.2021°N 37.1343°E", "36.2021; 37.1343").
"""

from __future__ import annotations

import re
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
# Names a description may hold: a nationality or a place modifying it.
INNER_NAME_LABELS = frozenset({"NORP", "GPE"})
# Names after "the village of": places, and people (the NER reads some
# villages as people: "the village of Tuloul Naser").
OF_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON"})
# Dependents of a person's name that make its title (all capitalised).
TITLE_DEPS = frozenset({"compound", "amod", "nmod"})
MAX_PHRASE_TOKENS = 8
# Place names a modifier narrows ("northern Syria"), and the modifiers.
PLACE_NAME_LABELS = frozenset({"GPE", "LOC"})
PLACE_MODIFIER_DEPS = frozenset({"amod", "npadvmod", "advmod", "punct"})
# A latitude or longitude in degrees (decimal, or degrees, minutes and seconds)
# with its hemisphere; a pair of them, or of bare decimal degrees, is a place.
_DEGREES = r"\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'])?(?:\s?\d{1,2}(?:\.\d+)?[″\"])?\s?"
COORDINATES = re.compile(
    rf"(?<![\w.]){_DEGREES}[NS][,;]?\s+{_DEGREES}[EW]\b|(?<![\w.])-?\d{{1,2}}\.\d{{4,}}[;,]\s?-?\d{{1,3}}\.\d{{4,}}(?!\w|\.\d)"
)


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
        text = analysis.document.text
        names = [n for n in analysis.entities or () if n.label in NAME_LABELS]
        found = [
            m
            for m in find_mentions(text, tokens, self.heads, names)
            if not any(_overlaps(m, n) and not _holds(m, n, tokens) for n in names)
        ]
        found += titled_names(text, tokens, self.heads, names)
        found += coordinates(text, tokens)
        found += modified_places(text, tokens, names)
        return replace(analysis, mentions=tuple(sorted(found, key=lambda m: (m.start, m.end))))


def find_mentions(
    text: str, tokens: Sequence[Token], heads: dict[str, str], names: Sequence[Entity] = ()
) -> Iterator[Entity]:
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
            if last is token and label == LABELS["places"]:
                last = place_of_name(tokens, token, names) or of_place(tokens, token, heads) or last
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
        if token.head == head.i and token.dep in deps and token.ent_type not in {"DATE", "TIME"}:
            start = min(start, phrase_start(tokens, token))  # "On Friday rebel fighters": not "Friday rebel fighters"
    return start


def place_of_name(tokens: Sequence[Token], head: Token, names: Sequence[Entity]) -> Token | None:
    """The last token of the name in "the village of Safina", "the city of Raqqa"
    right after the place noun ``head``; None when no such name follows."""
    if head.i + 2 >= len(tokens):
        return None
    of = tokens[head.i + 1]
    if of.text.lower() != "of" or of.dep != "prep" or of.head != head.i:
        return None
    for name in names:
        if name.token_start == of.i + 1 and name.label in OF_NAME_LABELS:
            return tokens[name.token_end - 1]
    return None


def of_place(tokens: Sequence[Token], head: Token, heads: dict[str, str]) -> Token | None:
    """The last token of "of" and the place description after the place noun
    ``head`` ("the southern district of the city"); None otherwise. People and
    groups do not take theirs ("three members" of the family; docs/entities.md)."""
    if head.i + 2 >= len(tokens):
        return None
    of = tokens[head.i + 1]
    if of.text.lower() != "of" or of.dep != "prep" or of.head != head.i:
        return None
    noun = next(
        (t for t in tokens[of.i + 1 : of.i + 1 + MAX_PHRASE_TOKENS] if t.head == of.i and t.dep == "pobj"), None
    )
    if noun is None or description_label(noun, heads) != LABELS["places"]:
        return None
    last = noun
    for token in tokens[noun.i + 1 : noun.i + 1 + MAX_PHRASE_TOKENS]:
        if not _inside(tokens, token, noun.i) or token.dep in {"prep", "relcl", "acl", "punct", "cc", "conj"}:
            break
        last = token
    return last


def _inside(tokens: Sequence[Token], token: Token, root: int) -> bool:
    """``token`` hangs, directly or not, from token ``root``."""
    seen = 0
    while token.i != root and token.head != token.i and seen < MAX_PHRASE_TOKENS:
        token = tokens[token.head]
        seen += 1
    return token.i == root


def titled_names(
    text: str, tokens: Sequence[Token], heads: dict[str, str], names: Sequence[Entity]
) -> Iterator[Entity]:
    """A PERSON name with the capitalised title that modifies it ("US Defense
    Secretary Ash Carter"); the title must hold a noun that names a person."""
    for name in names:
        if name.label != "PERSON":
            continue
        first = name.token_start
        while first > 0:
            token = tokens[first - 1]
            attached = first - 1 < token.head < name.token_end and token.sent == tokens[name.token_start].sent
            if not (attached and token.dep in TITLE_DEPS and token.text[:1].isupper()):
                break
            first -= 1
        if first == name.token_start or not any(_kind(t, heads) == "people" for t in tokens[first : name.token_start]):
            continue
        start = tokens[first].start
        yield Entity(
            start=start,
            end=name.end,
            text=text[start : name.end],
            label="PERSON",
            token_start=first,
            token_end=name.token_end,
            source="mention",
        )


def coordinates(text: str, tokens: Sequence[Token]) -> Iterator[Entity]:
    """Latitude and longitude pairs (`COORDINATES`), each a place."""
    for match in COORDINATES.finditer(text):
        inside = [t.i for t in tokens if match.start() < t.end and t.start < match.end()]
        if inside:
            yield Entity(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                label=LABELS["places"],
                token_start=inside[0],
                token_end=inside[-1] + 1,
                source="mention",
            )


def modified_places(text: str, tokens: Sequence[Token], names: Sequence[Entity]) -> Iterator[Entity]:
    """A place name with the adjectives before it that narrow it ("northern
    Syria", "Kurdish-speaking Iraq"); at least one of them in lower case, so that
    a name the NER cut ("Ottoman Syria") is not taken for a description."""
    for name in names:
        if name.label not in PLACE_NAME_LABELS or tokens[name.token_start].pos != "PROPN":
            continue
        first = name.token_start
        while first > 0 and _narrows(tokens[first - 1], first, name.token_end):
            first -= 1
        words = tokens[first : name.token_start]
        if any(t.pos in {"ADJ", "VERB"} and t.text.islower() for t in words) and words[0].text != "-":
            yield _mention(text, tokens, first, name.token_end, LABELS["places"])


def _narrows(token: Token, start: int, end: int) -> bool:
    if not start <= token.head < end or token.dep not in PLACE_MODIFIER_DEPS:
        return False
    return token.text == "-" if token.dep == "punct" else True


def _mention(text: str, tokens: Sequence[Token], first: int, end: int, label: str) -> Entity:
    start, stop = tokens[first].start, tokens[end - 1].end
    return Entity(
        start=start, end=stop, text=text[start:stop], label=label, token_start=first, token_end=end, source="mention"
    )


def _overlaps(mention: Entity, name: Entity) -> bool:
    return mention.start < name.end and name.start < mention.end


def _holds(mention: Entity, name: Entity, tokens: Sequence[Token]) -> bool:
    """The name is a part of the description the description may keep: a
    nationality or place modifying it, or the name after "the village of"."""
    inside = mention.token_start <= name.token_start and name.token_end <= mention.token_end
    if not inside or (mention.token_start, mention.token_end) == (name.token_start, name.token_end):
        return False
    after_of = name.token_end == mention.token_end and tokens[name.token_start - 1].text.lower() == "of"
    return name.label in INNER_NAME_LABELS or (after_of and name.label in OF_NAME_LABELS)
