"""Who acted and who was targeted, read from the dependency parse.

Active verbs: the subject acts, the object is the target. Passives: the
"by" agent acts, the passive subject is the target. Nouns ("a Turkish drone
strike on SDF positions"): modifiers and "by" name the doer, "on / against /
at / targeting" the target. A base, convoy or position stands for its owner
("the Green Village base of U.S. forces" → U.S. forces). Around the act: the
one it is blamed on or attributed to, or who denies a role in it, did it;
an interception hung above its launch reads launcher and interceptor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...geo.relative import is_compass_word
from ...model import Actor, ActorMention, Token
from ...resources import GENERIC_DESCRIPTION_RULES
from ...text import DISPLACED_WORDS
from .triggers import NOUN_TRIGGERS

REPORTING_LEMMAS = frozenset(
    "say tell report announce state claim deny confirm add note write publish warn accuse blame".split()
)
_WITH = frozenset({"with"})
TARGET_PREPOSITIONS = frozenset(
    {"on", "against", "at", "targeting", "into", "upon", "near", "in", "toward", "towards", "among"}
)
# "handed the airport over to government troops": who received it
HAND_OVER_LEMMAS = frozenset({"hand", "transfer", "cede", "surrender"})
AGENT_PREPOSITIONS = frozenset({"by", "from"})
# "X clashed with Y": the other side of a fight follows "with".
CLASH_LEMMAS = frozenset({"clash", "fight", "fighting", "firefight", "gunfight", "battle", "skirmish", "exchange"})
# "X captured the town from Y": the side that lost it follows "from".
SEIZE_LEMMAS = frozenset({"capture", "seize", "take", "wrest", "retake", "recapture", "regain", "grab"})
# "X targeted the base with a barrage of missiles": the weapon noun's event is the verb's.
INSTRUMENT_PREPOSITIONS = frozenset({"with"})
# "X said they had destroyed ...": a pronoun subject of what X reports is X.
SUBJECT_PRONOUNS = frozenset({"they", "it"})
OBJECT_PRONOUNS = frozenset({"them", "it", "him", "her"})


@dataclass(frozen=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    alternatives: tuple[ActorMention, ...] = ()
    # A target named only inside a relative clause of the object ("struck al-Asad air base,
    # which hosts American troops"): weaker than the victims the sentence names.
    relative_target: ActorMention | None = None


# "troops backed by the coalition", "militias supported by Turkish drones": who helped, not who acted
SUPPORT_LEMMAS = frozenset({"back", "support", "aid", "assist", "accompany", "escort"})


class Parse:
    """Children and subtrees of one sentence's tokens."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.base = tokens[0].i if tokens else 0
        self.children: dict[int, list[Token]] = {}
        for token in tokens:
            if token.head != token.i:
                self.children.setdefault(token.head, []).append(token)

    def get(self, i: int) -> Token | None:
        offset = i - self.base
        return self.tokens[offset] if 0 <= offset < len(self.tokens) else None

    def kids(self, i: int, *deps: str) -> list[Token]:
        return [c for c in self.children.get(i, []) if not deps or c.dep in deps]

    def subtree(self, i: int) -> set[int]:
        seen, stack = {i}, [i]
        while stack:
            for child in self.children.get(stack.pop(), []):
                if child.i not in seen:
                    seen.add(child.i)
                    stack.append(child.i)
        return seen

    def phrase(self, i: int) -> set[int]:
        """The subtree of ``i`` without the relative clauses inside it: in "trucks carrying
        fighters who planned to attack our bases" the bases are not what was hit; nor "backed by"
        clauses: in "troops backed by AUSSOM forces retook the base" the troops retook it."""
        seen, stack = {i}, [i]
        while stack:
            for child in self.children.get(stack.pop(), []):
                if child.dep == "acl" and child.lemma in SUPPORT_LEMMAS and self.kids(child.i, "agent"):
                    continue
                if child.i not in seen and child.dep != "relcl":
                    seen.add(child.i)
                    stack.append(child.i)
        return seen

    def is_passive(self, i: int) -> bool:
        return bool(self.kids(i, "nsubjpass", "auxpass")) or bool(self.kids(i, "agent"))


def repaired(tokens: Sequence[Token]) -> list[Token]:
    """The sentence's tokens with known parser slips undone.

    "At the direction of the President, U.S. forces today conducted strikes": the
    parser hangs "forces" on "President" as an apposition and leaves the verb with
    no subject. A noun in apposition to the object of a fronted, comma-closed
    phrase, standing right before a verb that has no subject (adverbs like "today"
    between them), is that verb's subject. "IS militants attacked": an
    all-capitals "auxiliary" right before the subject is part of its name. And
    "17 shepherds killed": the subject of a bare past participle is its patient. "On Friday
    gunmen attacked": a second object of a fronted date phrase is the verb's subject.
    """
    out = list(tokens)
    base = tokens[0].i if tokens else 0
    parse = Parse(tokens)
    for token in tokens:
        verb = _fronted_apposition_verb(parse, token)
        if verb is not None:
            out[token.i - base] = replace(token, dep="nsubj", head=verb.i)
        subject = _subject_after_auxiliary(parse, token)
        if subject is not None:  # "IS militants attacked": the tagger read "IS" as the verb "is"
            out[token.i - base] = replace(token, dep="compound", head=subject.i)
        if _patient_of_bare_participle(parse, token):
            out[token.i - base] = replace(token, dep="nsubjpass")
        verb = _subject_after_fronted_date(parse, token)
        if verb is not None:  # "On Friday gunmen attacked": the parser made "gunmen" a second object of "On"
            out[token.i - base] = replace(token, dep="nsubj", head=verb.i)
        noun = _noun_before_misplaced_apposition(parse, token)
        if noun is not None:
            out[token.i - base] = replace(token, head=noun.i)
        shot = _shot_misread_as_noun(parse, token)
        if shot is not None:  # "A Houthi sniper shot and wounded a girl": "sniper shot" is no compound noun
            subject = shot.i - 1
            out[token.i - base] = (
                replace(token, dep="nsubj", head=shot.i) if token.i == subject else replace(token, head=subject)
            )
            out[shot.i - base] = replace(out[shot.i - base], pos="VERB", tag="VBD", lemma="shoot")
        verb = _verb_after_an_allegiance(parse, token)
        if verb is not None:  # "gunmen loyal to the former regime ambushed a patrol": the adjective is the noun's
            adjective = parse.get(token.head)
            out[token.i - base] = replace(token, dep="nsubj", head=verb.i)
            if adjective is not None:
                out[adjective.i - base] = replace(out[adjective.i - base], dep="amod", head=token.i)
        verb = _verb_misread_as_participle(parse, token)
        if verb is not None:  # "Intelligence agents arrested 11 activists": a sentence, not a noun phrase
            out[token.i - base] = replace(token, dep="nsubj", head=verb.i)
            out[verb.i - base] = replace(out[verb.i - base], dep="ROOT", head=verb.i)
    return out


def _shot_misread_as_noun(parse: Parse, token: Token) -> Token | None:
    """The 'shot' (root, or what was said) the tagger made a noun, when ``token`` is a compound before it."""
    shot = parse.get(token.head) if token.dep == "compound" else None
    if shot is None or shot.dep not in {"ROOT", "ccomp"} or shot.pos != "NOUN" or shot.text.lower() != "shot":
        return None
    subject = parse.get(shot.i - 1)
    before = token.i < shot.i and subject is not None and subject.dep == "compound" and subject.head == shot.i
    return shot if before else None


ALLEGIANCE_ADJECTIVES = frozenset({"loyal", "affiliated", "allied", "linked", "close"})


def _verb_after_an_allegiance(parse: Parse, token: Token) -> Token | None:
    """The verb whose subject ``token`` is, when the parser made it the subject of the allegiance
    adjective after it ("gunmen loyal to the former regime ambushed ...")."""
    adjective = parse.get(token.head) if token.dep == "nsubj" else None
    if adjective is None or adjective.lemma.lower() not in ALLEGIANCE_ADJECTIVES or adjective.pos != "ADJ":
        return None
    verb = parse.get(adjective.head)
    return verb if verb is not None and verb.pos == "VERB" and verb.i > adjective.i else None


def _verb_misread_as_participle(parse: Parse, token: Token) -> Token | None:
    """A sentence whose root is a noun with a past participle after it that takes a direct object:
    the participle is the verb, in the past tense, and the noun its subject (a passive takes no object)."""
    if token.dep != "ROOT" or token.pos not in {"NOUN", "PROPN"}:
        return None
    nouns = [token]  # the root and the nouns "of" hangs on it ("agents of the regime arrested ...")
    for prep in parse.kids(token.i, "prep"):
        nouns += parse.kids(prep.i, "pobj") if prep.text.lower() == "of" else []
    acls = (v for noun in nouns for v in parse.kids(noun.i, "acl"))
    return next((v for v in acls if v.tag == "VBN" and parse.kids(v.i, "dobj")), None)


def _noun_before_misplaced_apposition(parse: Parse, token: Token) -> Token | None:
    """'guards opened fire on a group of kolbars, the porters who ...': the parser hung the
    apposition on the subject, across the verb; it describes the noun right before its comma."""
    subject = parse.get(token.head) if token.dep == "appos" else None
    if subject is None or subject.dep not in {"nsubj", "nsubjpass"} or not subject.i < subject.head < token.i:
        return None
    start = min(parse.subtree(token.i))
    comma, noun = parse.get(start - 1), parse.get(start - 2)
    if comma is None or comma.text != "," or noun is None or noun.pos not in {"NOUN", "PROPN"}:
        return None
    return noun


def _subject_after_fronted_date(parse: Parse, token: Token) -> Token | None:
    """The verb whose subject ``token`` is, when the parser hung it on a fronted "On Friday"."""
    preposition = parse.get(token.head)
    if token.dep != "pobj" or preposition is None or preposition.dep != "prep" or token.i <= preposition.i:
        return None
    dates = [k for k in parse.kids(preposition.i, "pobj") if k.i < token.i and k.ent_type in {"DATE", "TIME"}]
    dates += [
        k
        for k in parse.kids(token.i, "compound", "nmod", "npadvmod", "amod")
        if k.i == preposition.i + 1 and k.ent_type in {"DATE", "TIME"}
    ]
    verb = parse.get(preposition.head)
    if not dates or verb is None or verb.pos != "VERB" or token.i > verb.i or parse.kids(verb.i, "nsubj", "nsubjpass"):
        return None
    return verb


def _patient_of_bare_participle(parse: Parse, token: Token) -> bool:
    """'recorded 17 shepherds killed or wounded': a past participle with no auxiliary
    describes its 'subject'; the shepherds were killed. An act is never the patient: in "Israeli
    fire near the site killed or wounded 30" the tagger's participle is a past tense."""
    verb = parse.get(token.head)
    return (
        token.dep == "nsubj"
        and token.lemma not in NOUN_TRIGGERS
        and verb is not None
        and verb.tag == "VBN"
        and verb.lemma in {"kill", "wound", "injure", "hurt"}
        and not parse.kids(verb.i, "aux", "auxpass")
    )


def _subject_after_auxiliary(parse: Parse, token: Token) -> Token | None:
    if token.dep not in {"aux", "auxpass"} or token.text != token.text.upper() or len(token.text) < 2:
        return None
    return next((s for s in parse.kids(token.head, "nsubj") if s.i == token.i + 1), None)


def _fronted_apposition_verb(parse: Parse, token: Token) -> Token | None:
    if token.dep != "appos":
        return None
    node = parse.get(token.head)
    while node is not None and node.dep in {"pobj", "prep"} and node.i < token.i:
        node = parse.get(node.head)
    verb = node
    # "Acting on intelligence from the Falcons Cell, Iraqi F-16 aircraft on Monday struck": the fronted
    # participle the parser made the clausal subject of the main verb
    fronted = verb if verb is not None and verb.dep in {"csubj", "advcl"} and verb.tag == "VBG" else None
    if fronted is not None:
        verb = parse.get(fronted.head)
    if verb is None or verb.pos != "VERB" or not token.i < verb.i or parse.get(token.head) is verb:
        return None
    if [k for k in parse.kids(verb.i, "nsubj", "nsubjpass", "csubj", "expl") if k is not fronted]:
        return None
    comma = parse.get(min(parse.subtree(token.i)) - 1)
    between = range(max(parse.subtree(token.i)) + 1, verb.i)
    if comma is None or comma.text != ",":
        return None
    # adverbs like "today" between them, or a time phrase ("on Monday")
    modifiers = [t for t in parse.kids(verb.i, "npadvmod", "advmod", "prep") if t.i in between]
    if set(between) != {i for t in modifiers for i in parse.subtree(t.i)}:
        return None
    return verb


NAMED = frozenset({"name", "alias", "demonym", "description", "speaker", "possessor", "pronoun"})


def mention_in(indices: set[int], mentions: Sequence[ActorMention], prefer: int | None = None) -> ActorMention | None:
    """The actor mention inside a set of token indices.

    A named actor beats a generic one ("the free men of the Islamic Resistance"
    is the Islamic Resistance, not civilians); among equals the one holding
    ``prefer`` (the role's head word) wins, then the first. A country named
    inside the phrase ("strikes across Syria") stands for its forces only when
    it is the role's head word itself.
    """
    inside = [m for m in mentions if indices & set(range(m.token_start, m.token_end)) and not _is_source_only(m)]
    holds = [m for m in inside if prefer is not None and m.token_start <= prefer < m.token_end]
    inside = [m for m in inside if m.how != "metonym" or m in holds]
    if not inside:
        return None
    return min(inside, key=lambda m: (m.how not in NAMED, _is_generic(m), m not in holds, m.token_start))


def _is_generic(mention: ActorMention) -> bool:
    """'fighters', 'troops': what an actor is, not who; a name beside it ("fighters of the SDF") says who."""
    return mention.how in {"description", "alias"} and mention.actor.actor_id in GENERIC_DESCRIPTION_RULES | {
        "unidentified-armed-group"
    }


SOURCE_TYPES = frozenset({"media", "ngo"})


def _is_source_only(mention: ActorMention) -> bool:
    """News agencies and monitors report events; they are never a side in one."""
    from ...stages.actors import lexicon

    entry = lexicon().by_id.get(mention.actor.actor_id or "")
    return bool(entry) and entry.get("type") in SOURCE_TYPES


def roles_for(parse: Parse, head: int, pos: str, mentions: Sequence[ActorMention]) -> Roles:
    roles = _verb_roles(parse, head, mentions) if pos == "VERB" else _noun_roles(parse, head, mentions)
    token = parse.get(head)
    if roles.actor1 is None and token is not None and token.dep == "pobj" and token.lemma in CLASH_LEMMAS:
        roles = replace(roles, actor1=_fighter_of_the_clause(parse, head, mentions))
    blamed = _blamed_on(parse, head, mentions) or (_involved(parse, head, mentions) if pos == "NOUN" else None)
    if blamed is None or (
        roles.actor1 is not None and not _is_generic(roles.actor1) and not _blames(parse, roles.actor1, blamed)
    ):
        return roles
    actor2 = None if roles.actor2 is blamed else roles.actor2
    return Roles(blamed, actor2, roles.alternatives, roles.relative_target)


BLAME_LEMMAS = frozenset({"blame", "attribute", "pin"})


def _blamed_on(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'an attack on a base, which Ankara blamed on the PKK': the one it is blamed on did it."""
    inside = parse.subtree(head)
    trigger = parse.get(head)
    for token in parse.tokens:
        blames_it = token.dep in {"relcl", "acl"} and token.head in inside
        # "Local authorities attributed the shelling to Ansar Allah"
        blames_it = blames_it or (trigger is not None and trigger.dep == "dobj" and trigger.head == token.i)
        if token.lemma in BLAME_LEMMAS and blames_it:
            for prep in parse.kids(token.i, "prep"):
                if prep.text.lower() not in {"on", "to"}:
                    continue
                found = _after_preposition(parse, prep, mentions) or next(
                    (m for m in mentions if m.token_start == prep.i + 1), None
                )
                if found is not None:  # "on Monday" is no one
                    return found
    return None


def _blames(parse: Parse, blamer: ActorMention, blamed: ActorMention) -> bool:
    """'armed men attributed by local authorities to the CODECO militia': the authorities found
    as the doer only lay the blame."""
    return any(
        t.lemma in BLAME_LEMMAS and {blamer.token_start, blamed.token_start} <= parse.subtree(t.i) for t in parse.tokens
    )


def _after_preposition(parse: Parse, prep: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The mention a preposition governs, a country's name included ("attributed to Israel")."""
    objects = parse.kids(prep.i, "pobj")
    return mention_in(parse.phrase(prep.i), mentions, prefer=objects[0].i if objects else prep.i)


# "denied any involvement in the strike", "had no role in those attacks", "claimed responsibility for":
# the subject is the one said (or denied) to have done it.
INVOLVEMENT_NOUNS = frozenset({"involvement", "role", "responsibility", "hand", "part"})


def _involved(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """Who is said (or denied) to have had a role in the act a noun names."""
    noun = _governor_through(parse, head, {"in", "for", "behind"})
    if noun is None or noun.lemma not in INVOLVEMENT_NOUNS:
        return None
    verb = parse.get(noun.head) if noun.dep == "dobj" else None
    for subject in parse.kids(verb.i, "nsubj") if verb is not None else []:
        return mention_in(parse.phrase(subject.i), mentions, prefer=subject.i)
    return None


def _governor_through(parse: Parse, head: int, prepositions: set[str]) -> Token | None:
    """The word a noun hangs on through one of ``prepositions`` ("killed two in a clash" -> killed)."""
    token = parse.get(head)
    prep = parse.get(token.head) if token is not None and token.dep == "pobj" else None
    return parse.get(prep.head) if prep is not None and prep.text.lower() in prepositions else None


def _verb_roles(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> Roles:
    actor1 = actor2 = None
    if parse.is_passive(head):
        for agent in parse.kids(head, "agent"):
            actor1 = _in_subtree(parse, agent.i, mentions) or _name_after_a_dangling_adjective(parse, agent, mentions)
        for subject in parse.kids(head, "nsubjpass"):
            actor2 = _in_subtree(parse, subject.i, mentions)
    else:
        for subject in parse.kids(head, "nsubj"):  # the parser may give two ("residents of al-Atarib gathered")
            actor1 = actor1 or _in_subtree(parse, subject.i, mentions)
        for clause in [] if actor1 else parse.kids(head, "csubj"):
            # "regime artillery positioned in al-Mayadin shelled Dhiban": the parser made the
            # participle that describes the subject a clausal subject
            actor1 = _in_subtree(parse, clause.i, mentions) if clause.tag == "VBN" else None
        for obj in parse.kids(head, "dobj"):
            found = _in_subtree(parse, obj.i, mentions, whole=False)
            if found is not None and found.how == "possessor" and _names_an_act(parse, found):
                continue  # ", its first attack since the ceasefire": the doer's act, not a target
            actor2 = actor2 or found
        for clause in [] if actor2 else parse.kids(head, "ccomp", "xcomp", "advcl"):
            # "attacked farmers harvesting figs": the parser made the object the subject of the participle
            subjects = [s for s in parse.kids(clause.i, "nsubj") if min(parse.subtree(s.i)) == head + 1]
            if clause.tag == "VBG" and subjects:
                actor2 = _in_subtree(parse, subjects[0].i, mentions)
    if actor1 is None and not parse.is_passive(head):
        # "an SDF sniper shot dead ...": the tagger took "sniper shot" for a noun compound,
        # so the subject hangs on the verb as a compound modifier before it.
        for compound in parse.kids(head, "compound"):
            if compound.i < head and actor1 is None:
                actor1 = _in_subtree(parse, compound.i, mentions)
    if actor1 is None:
        actor1 = _inherited_subject(parse, head, mentions)
    if actor1 is None:
        actor1 = _reporter_as_pronoun_subject(parse, head, mentions)
    if actor1 is None:
        actor1 = _pronoun_subject_of_its_clause(parse, head, mentions)
    if actor1 is None and not parse.is_passive(head):
        actor1 = _we_as_speaker(parse, head)
    token = parse.get(head)
    if actor2 is None and token is not None and token.lemma in BLAST_LEMMAS:
        actor2 = _beside(parse, head, mentions, exclude=actor1)
    if actor2 is None and token is not None and token.lemma in CLASH_LEMMAS:
        actor2 = _prepositional_target(parse, head, mentions, exclude=actor1, prepositions=frozenset({"with"}))
        if actor2 is None:
            actor1, actor2 = (
                _two_sides(parse, head, mentions) or _sides_between(parse, head, mentions) or (actor1, None)
            )
    if actor2 is None and token is not None and token.lemma in HAND_OVER_LEMMAS:
        actor2 = _prepositional_target(parse, head, mentions, exclude=actor1, prepositions=frozenset({"to"}))
    if actor2 is None and token is not None and token.lemma in SEIZE_LEMMAS and not parse.is_passive(head):
        actor2 = _prepositional_target(parse, head, mentions, exclude=actor1, prepositions=frozenset({"from"}))
    if actor2 is None:
        actor2 = _prepositional_target(parse, head, mentions, exclude=actor1)
    if actor2 is None and token is not None and token.lemma in LAUNCH_LEMMAS:
        actor2 = _aim_of_the_payload(parse, head, mentions, exclude=actor1)
    if actor2 is None:
        actor2 = _what_they_called_it(parse, head, mentions)
    if actor2 is None:
        actor2 = _object_after_particle(parse, head, mentions, exclude=actor1)
    if actor2 is None:
        actor2 = _pronoun_object_of_conjunct(parse, head, mentions)
    if actor2 is None:
        actor2 = _target_of_first_conjunct(parse, head, mentions, exclude=actor1)
    if actor2 is None:
        actor2 = _object_of_next_conjunct(parse, head, mentions)
    if actor2 is None and token is not None and token.lemma in {"open", "fire", "shoot"}:
        actor2 = _people_there_when(parse, head, mentions)
    relative = None
    if actor2 is None and not parse.is_passive(head):
        relative = next((m for o in parse.kids(head, "dobj") if (m := _in_subtree(parse, o.i, mentions))), None)
    return Roles(actor1, actor2, _alternatives(parse, actor1, mentions), relative)


def _people_there_when(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'troops opened fire as crowds gathered near the distribution site': the people the clause of
    the moment names were fired on."""
    for clause in parse.kids(head, "advcl"):
        if not {m.text.lower() for m in parse.kids(clause.i, "mark")} & {"as", "when", "while"}:
            continue
        for subject in parse.kids(clause.i, "nsubj"):
            found = _in_subtree(parse, subject.i, mentions)
            if found is not None and found.actor.kind == 7:  # civilians
                return found
    return None


def _name_after_a_dangling_adjective(
    parse: Parse, agent: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """'fired by the paramilitary Rapid Support Forces': the parser made the adjective the agent's
    object and the name a subject of its own."""
    objects = parse.kids(agent.i, "pobj")
    if len(objects) != 1 or objects[0].pos != "ADJ":
        return None
    return next((m for m in mentions if m.token_start == objects[0].i + 1), None)


def _aim_of_the_payload(
    parse: Parse, head: int, mentions: Sequence[ActorMention], exclude: ActorMention | None
) -> ActorMention | None:
    """'launched four missiles and 138 drones at Ukraine', 'fired dozens of drones at Israel': the parser
    hangs the aim on the payload."""
    payloads = [o for obj in parse.kids(head, "dobj") for o in (obj, *parse.kids(obj.i, "conj"))]
    payloads += [
        n for p in payloads for of in parse.kids(p.i, "prep") if of.lemma == "of" for n in parse.kids(of.i, "pobj")
    ]
    return next(
        (m for p in payloads if (m := _prepositional_target(parse, p.i, mentions, exclude, AIM_PREPOSITIONS))), None
    )


NAMING_LEMMAS = frozenset({"call", "describe", "term", "label", "say"})


def _what_they_called_it(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'struck what the military called a Hezbollah weapons depot': the target is in the name it was given."""
    for clause in parse.kids(head, "ccomp"):
        if clause.lemma in NAMING_LEMMAS and any(w.tag == "WP" for w in parse.kids(clause.i, "dobj")):
            for named in parse.kids(clause.i, "dobj", "oprd"):
                if named.tag != "WP" and (found := _in_subtree(parse, named.i, mentions)):
                    return found
    return None


def under_fire(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> Roles:
    """'A patrol came under fire from smugglers', 'under attack by militants': the subject was fired on,
    by whoever 'from' or 'by' names."""
    target = next((m for s in parse.kids(head, "nsubj") if (m := _in_subtree(parse, s.i, mentions))), None)
    fire = next((t for t in parse.tokens if t.i > head and t.text.lower() in {"fire", "attack"}), None)
    doer = None
    for carrier in [head] + ([fire.i] if fire is not None else []):
        doer = doer or _prepositional_target(parse, carrier, mentions, target, prepositions=frozenset({"from", "by"}))
    return Roles(doer, target)


def _target_of_first_conjunct(
    parse: Parse, head: int, mentions: Sequence[ActorMention], exclude: ActorMention | None
) -> ActorMention | None:
    """'will continue to operate against Hezbollah and will strike wherever necessary': a verb
    with no object of its own shares the target its first conjunct names after 'against'."""
    token = parse.get(head)
    if token is None or token.dep != "conj" or parse.kids(head, "dobj"):
        return None
    governor = parse.get(token.head)
    if governor is None:
        return None
    for verb in [governor, *parse.kids(governor.i, "xcomp")]:
        found = _prepositional_target(parse, verb.i, mentions, exclude, prepositions=frozenset({"against"}))
        if found is not None:
            return found
    return None


def other_side_of_a_fight(parse: Parse, mentions: Sequence[ActorMention], doer: ActorMention | None) -> Actor | None:
    """The side a 'clash with …' / 'exchange of fire with …' in the sentence names."""
    fights = [t for t in parse.tokens if t.lemma in CLASH_LEMMAS]
    for fight in fights:
        found = _prepositional_target(parse, fight.i, mentions, exclude=doer, prepositions=frozenset({"with"}))
        if found is not None and found.actor.actor_id != "civilians":
            return found.actor
    return None


def launcher_of(parse: Parse, weapon: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'three drones launched by terrorist groups towards our positions': who launched them."""
    for clause in parse.kids(weapon.i, "acl"):
        for agent in parse.kids(clause.i, "agent"):
            if (found := _in_subtree(parse, agent.i, mentions)) is not None:
                return found
    return None


def _object_of_next_conjunct(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'struck and eliminated a Hezbollah terrorist': a verb with no object of its own shares the
    object of the verb joined to it that has no subject of its own."""
    if parse.kids(head, "dobj"):
        return None
    for verb in parse.kids(head, "conj"):
        if verb.pos == "VERB" and not parse.kids(verb.i, "nsubj", "nsubjpass"):
            for obj in parse.kids(verb.i, "dobj"):
                if (found := _in_subtree(parse, obj.i, mentions, whole=False)) is not None:
                    return found
    return None


def _pronoun_object_of_conjunct(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'tracked the attackers and struck them': 'them' is the first verb's object."""
    token = parse.get(head)
    if token is None or token.dep != "conj":
        return None
    if not any(o.text.lower() in OBJECT_PRONOUNS for o in parse.kids(head, "dobj")):
        return None
    for obj in parse.kids(token.head, "dobj"):
        return _in_subtree(parse, obj.i, mentions)
    return None


BLAST_LEMMAS = frozenset({"explode", "detonate", "blow", "go"})
BESIDE_PREPOSITIONS = frozenset({"near", "beside", "under", "outside", "by", "against"})


def _beside(
    parse: Parse, head: int, mentions: Sequence[ActorMention], exclude: ActorMention | None
) -> ActorMention | None:
    """'a bomb exploded next to a PMF vehicle', 'detonated a device under an army jeep': whose it was."""
    preps = [p for p in parse.kids(head, "prep") if p.text.lower() in BESIDE_PREPOSITIONS]
    preps += [p for a in parse.kids(head, "advmod") if a.text.lower() == "next" for p in parse.kids(a.i, "prep")]
    preps += [
        p for o in parse.kids(head, "dobj") for p in parse.kids(o.i, "prep") if p.text.lower() in BESIDE_PREPOSITIONS
    ]
    for prep in preps:
        found = _after_preposition(parse, prep, mentions)
        if found is not None and found is not exclude and found.how != "metonym":
            return found
    # "went off as a regime army patrol passed", parsed as a preposition whose object has a clause
    for prep in parse.kids(head, "prep"):
        if prep.text.lower() in {"as", "while"}:
            for obj in parse.kids(prep.i, "pobj"):
                if parse.kids(obj.i, "acl", "relcl"):
                    found = _in_subtree(parse, obj.i, mentions)
                    if found is not None and found is not exclude:
                        return found
    # "an old mortar round went off while children were playing near their home"
    for clause in parse.kids(head, "advcl"):
        if _is_while_clause(parse, clause):
            for subject in parse.kids(clause.i, "nsubj"):
                found = _in_subtree(parse, subject.i, mentions)
                if found is not None and found is not exclude:
                    return found
    return None


def _is_while_clause(parse: Parse, verb: Token) -> bool:
    return verb.dep == "advcl" and any(m.text.lower() in {"while", "as"} for m in parse.kids(verb.i, "mark"))


def _two_sides(
    parse: Parse, head: int, mentions: Sequence[ActorMention], named: frozenset[str] = NAMED
) -> tuple[ActorMention, ActorMention] | None:
    """'the Hamza Division and the Levant Front fought': two named sides in one subject
    (the innermost pair: "two SNA factions, the Hamza Division and the Levant Front")."""
    pairs = []
    for subject in parse.kids(head, "nsubj"):
        clans = [m for m in mentions if m.token_start in parse.subtree(subject.i) and m.how == "clan"]
        if len(clans) == 2:  # "gunmen of the Albu Ali and Albu Hamad clans fought"
            pairs.append((clans[0], clans[1]))
        sides = [m for m in mentions if m.token_start in parse.subtree(subject.i) and m.how in named]
        for first in sides:
            for second in sides:
                second_head = parse.get(second.token_end - 1)
                if (
                    second_head is not None
                    and second_head.dep == "conj"
                    and second_head.head == first.token_end - 1
                    and first.actor.name != second.actor.name
                ):
                    pairs.append((first, second))
    return max(pairs, key=lambda pair: pair[0].token_start, default=None)


def parties_to_agreement(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> Roles | None:
    """'Hamas and Israel agreed on a ceasefire', 'the SDF and the government signed an agreement':
    the two named sides of the subject of the verb the agreement hangs on are its parties."""
    between = _sides_between(parse, head, mentions)  # "a ceasefire between the government and Druze leaders"
    if between is not None:
        return Roles(between[0], between[1])
    token = parse.get(head)
    for _ in range(3):  # "agreed on a ceasefire": ceasefire <- on <- agreed
        if token is None or token.pos in {"VERB", "AUX"}:
            break
        token = parse.get(token.head) if token.dep in {"dobj", "pobj", "prep", "nsubjpass"} else None
    if token is None or token.pos != "VERB":
        return None
    sides = _two_sides(parse, token.i, mentions, named=NAMED | {"metonym"})  # "Israel and Hamas agreed"
    return Roles(sides[0], sides[1]) if sides is not None else None


def _object_after_particle(
    parse: Parse, head: int, mentions: Sequence[ActorMention], exclude: ActorMention | None
) -> ActorMention | None:
    """'shot dead a young man', 'gunned down two soldiers': the phrase right after the
    verb's particle is its object, however the parser hung it."""
    particle = parse.get(head + 1)
    if particle is None or particle.text.lower() not in {"dead", "down"}:
        return None
    for mention in mentions:
        if mention.token_start == head + 2 and mention is not exclude:
            return mention
    return None


def _noun_roles(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> Roles:
    verb = _instrument_verb(parse, head)
    if verb is not None:
        roles = _verb_roles(parse, verb, mentions)
        if roles.actor1 is not None and roles.actor2 is None:
            # "answered with artillery fire on Houthi positions": the aim hangs on the instrument
            target = _prepositional_target(parse, head, mentions, exclude=roles.actor1)
            roles = replace(roles, actor2=target) if target is not None else roles
        if roles.actor1 is not None:
            return roles
    actor1 = None
    modifiers = {i for c in parse.kids(head, "compound", "amod", "nmod", "poss") for i in parse.subtree(c.i)}
    if modifiers:
        actor1 = mention_in(modifiers, mentions)
    for prep in parse.kids(head, "prep", "agent"):
        if prep.text.lower() in AGENT_PREPOSITIONS and actor1 is None:
            actor1 = _in_subtree(parse, prep.i, mentions)
    for clause in parse.kids(head, "acl") if actor1 is None else []:
        # "the strike, carried out by an Israeli drone, ..."
        actor1 = next((m for a in parse.kids(clause.i, "agent") if (m := _in_subtree(parse, a.i, mentions))), None)
    carrier = phrase_carrier(parse, head)
    if carrier is not None and carrier.dep not in {"dobj", "nsubjpass"}:
        carrier = None  # only a trigger that is a verb's object has that verb's doer
    if actor1 is None and carrier is not None:
        # "X carried out / launched / conducted a strike": the verb's subject acts.
        governor = parse.get(carrier.head)
        if governor is not None and governor.lemma in WITNESS_LEMMAS:
            # "peacekeepers observed controlled detonations of eight houses, carried out by Israeli forces"
            for clause in parse.kids(governor.i, "advcl", "acl"):
                if clause.lemma in {"carry", "conduct"}:
                    actor1 = actor1 or next(
                        (m for a in parse.kids(clause.i, "agent") if (m := _in_subtree(parse, a.i, mentions))), None
                    )
        if governor is not None and governor.lemma not in WITNESS_LEMMAS | BLAME_LEMMAS:
            for subject in parse.kids(governor.i, "nsubj"):
                actor1 = _in_subtree(parse, subject.i, mentions)
            for agent in parse.kids(governor.i, "agent"):
                actor1 = actor1 or _in_subtree(parse, agent.i, mentions)
            if actor1 is None:  # "US Africa Command said it carried out an air strike"
                actor1 = _reporter_as_pronoun_subject(parse, governor.i, mentions)
            if actor1 is None and governor.lemma == "claim" and governor.tag == "VBG":
                # "X posted a statement, claiming a drone attack": the claimant is the clause's doer,
                # or whoever the statement is from ("posted a statement from a group calling itself Y")
                actor1 = _author_of_statement(parse, governor, mentions) or _inherited_subject(
                    parse, governor.i, mentions
                )
    clash = parse.get(head) is not None and parse.get(head).lemma in CLASH_LEMMAS  # type: ignore[union-attr]
    if actor1 is None:
        actor1 = _subject_of_act_in(parse, head, mentions)
        if actor1 is not None and clash and (foe := _object_of_act_in(parse, head, mentions, actor1)) is not None:
            return Roles(actor1, foe, _alternatives(parse, actor1, mentions))
    if actor1 is None and clash:
        sides = _sides_between(parse, head, mentions)
        if sides is not None:
            return Roles(*sides)
    # "killed in clashes with PKK militants": the other side of the fight
    party = _prepositional_target(parse, head, mentions, exclude=actor1, prepositions=_WITH) if clash else None
    if actor1 is None and party is not None:
        return Roles(party, None)  # its victims were of the side that fought it
    actor2 = (
        party
        or _prepositional_target(parse, head, mentions, exclude=actor1)
        or _victim_of_act_in(parse, head, mentions)
    )
    if actor2 is None:
        actor2 = _what_the_act_hit(parse, head, mentions)
    if actor2 is None and actor1 is not None and carrier is not None:
        # A noun trigger as object: "launched an attack on ..." attaches "on" to the verb.
        if carrier.i != head:
            actor2 = _prepositional_target(parse, carrier.i, mentions, exclude=actor1)
        actor2 = actor2 or _prepositional_target(parse, carrier.head, mentions, exclude=actor1)
    return Roles(actor1, actor2, _alternatives(parse, actor1, mentions))


# "Residents report a wave of air raids", "the monitor recorded 20 strikes": who tells or saw the act.
WITNESS_LEMMAS = frozenset(
    {"report", "hear", "see", "witness", "describe", "record", "document", "count", "film", "observe", "monitor"}
)


def _subject_of_act_in(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'Jordanian troops killed two smugglers in a clash at dawn': who did what in the
    act did the act."""
    verb = _verb_of_act_in(parse, head)
    while verb is not None and verb.dep == "conj" and not parse.kids(verb.i, "nsubj"):
        verb = parse.get(verb.head)  # "killed two and wounded others in a clash"
    if verb is None or verb.pos != "VERB" or verb.lemma in VICTIM_LEMMAS:
        return None
    if parse.is_passive(verb.i):  # "was killed by the occupation forces' gunfire during a raid"
        return next((m for a in parse.kids(verb.i, "agent") if (m := _in_subtree(parse, a.i, mentions))), None)
    for subject in parse.kids(verb.i, "nsubj"):
        return _in_subtree(parse, subject.i, mentions)
    return None


def _verb_of_act_in(parse: Parse, head: int) -> Token | None:
    """The verb an act hangs on through 'in' or 'during', also when the parser hung the phrase on
    the verb's object ("eliminated 20 terrorists in close-quarters battles")."""
    governor = _governor_through(parse, head, {"in", "during"})
    if governor is not None and governor.dep == "dobj" and governor.pos in {"NOUN", "PROPN"}:
        return parse.get(governor.head)
    return governor


def _object_of_act_in(
    parse: Parse, head: int, mentions: Sequence[ActorMention], doer: ActorMention
) -> ActorMention | None:
    """'its troops eliminated more than 20 terrorists in close-quarters battles': whom the doer
    of the clash's verb killed or caught was the other side."""
    verb = _verb_of_act_in(parse, head)
    if verb is None or verb.pos != "VERB" or parse.is_passive(verb.i):
        return None
    foe = next((m for o in parse.kids(verb.i, "dobj") if (m := _in_subtree(parse, o.i, mentions, whole=False))), None)
    return foe if foe is not None and foe.actor.name != doer.actor.name else None


def _fighter_of_the_clause(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'M23 rebels entered Nyabiondo after two days of fighting with Wazalendo militias': who entered
    after fighting fought (a clash has two sides, so the clause's subject is one of them)."""
    holder = phrase_carrier(parse, head)
    verb = _governor_through(parse, holder.i, {"after", "following", "amid", "during", "in"}) if holder else None
    if verb is None or verb.pos != "VERB" or parse.is_passive(verb.i) or verb.lemma in VICTIM_LEMMAS:
        return None
    return next((m for s in parse.kids(verb.i, "nsubj") if (m := _in_subtree(parse, s.i, mentions))), None)


# "21 soldiers suffered injuries in the attacks", "two guards died in the blast": the subject was hit.
VICTIM_LEMMAS = frozenset({"suffer", "sustain", "die", "perish"})


def _what_the_act_hit(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'Two explosions tore through a convoy of the PMF', 'the strike hit an SDF position': the act
    named as the subject of a verb of hitting hit that verb's object."""
    token = parse.get(head)
    verb = parse.get(token.head) if token is not None and token.dep == "nsubj" else None
    if verb is None or verb.lemma not in HIT_LEMMAS:
        return None
    objects = parse.kids(verb.i, "dobj") + [
        o
        for p in parse.kids(verb.i, "prep")
        if p.text.lower() in {"through", "into", "on"}
        for o in parse.kids(p.i, "pobj")
    ]
    return next((m for o in objects if (m := _in_subtree(parse, o.i, mentions, whole=False))), None)


HIT_LEMMAS = frozenset({"hit", "strike", "tear", "rip", "rock", "target", "destroy", "damage", "slam", "pound"})


def _victim_of_act_in(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    verb = _governor_through(parse, head, {"in", "during", "from"})
    if verb is None or verb.lemma not in VICTIM_LEMMAS:
        return None
    for subject in parse.kids(verb.i, "nsubj"):
        return _in_subtree(parse, subject.i, mentions)
    return None


def _sides_between(
    parse: Parse, head: int, mentions: Sequence[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """'clashes between the SDF and Turkish-backed factions': the two sides, in order. The
    second side is the phrase right after 'and', wherever the parser hung it ("Fighting between
    X and Y escalated" makes Y the subject of 'escalated')."""
    for prep in parse.kids(head, "prep") + _between_in_its_clause(parse, head):
        if prep.text.lower() == "between":
            sides = [m for m in mentions if m.token_start in parse.subtree(prep.i) and m.how != "pronoun"]
            if len(sides) == 1:
                after_and = parse.get(sides[0].token_end)
                if after_and is not None and after_and.text.lower() == "and":
                    sides += [m for m in mentions if m.token_start == after_and.i + 1 and m.how != "pronoun"]
            # "between forces of the Southern Transitional Council (STC) and fighters of the Hadramawt
            # Tribal Alliance": one side named twice, the other by a description and its name
            others = [m for m in sides[1:] if m.actor.name != sides[0].actor.name] if sides else []
            second = next((m for m in others if not _is_generic(m)), others[0] if others else None)
            if second is not None:
                return sides[0], second
            if len(sides) == 1 and _one_kind_on_both_sides(parse, sides[0]):
                return sides[0], sides[0]  # "between two clan militias", "between rival armed groups"
    return None


def _between_in_its_clause(parse: Parse, head: int) -> list[Token]:
    """'Fighting broke out overnight around the village of X, north of Hermel, between Syrian
    government forces and armed men from Lebanese clans': the parser may hang the 'between' on a
    place of the clause whose subject the fight is."""
    token = parse.get(head)
    verb = parse.get(token.head) if token is not None and token.dep == "nsubj" else None
    if token is not None and token.dep == "pobj":  # "a dispute between two clans developed into an armed clash"
        into = parse.get(token.head)
        verb = parse.get(into.head) if into is not None and into.text.lower() == "into" else None
    if verb is None or verb.pos != "VERB" or parse.kids(head, "prep"):
        return []
    return [t for i in sorted(parse.phrase(verb.i)) if (t := parse.get(i)) is not None and t.text.lower() == "between"]


def _one_kind_on_both_sides(parse: Parse, side: ActorMention) -> bool:
    words = {parse.get(i).text.lower() for i in range(side.token_start, side.token_end) if parse.get(i) is not None}  # type: ignore[union-attr]
    before = parse.get(side.token_start - 1)
    if before is not None:
        words.add(before.text.lower())
    return bool(words & {"two", "rival", "both"})


def phrase_carrier(parse: Parse, head: int) -> Token | None:
    """The noun a trigger noun hangs from through 'of' ("a wave of air strikes",
    "a barrage of rockets"): that noun stands in the clause for the trigger."""
    token = parse.get(head)
    for _ in range(2):
        if token is None or token.dep != "pobj":
            break
        prep = parse.get(token.head)
        if prep is None or prep.text.lower() != "of":
            break
        governor = parse.get(prep.head)
        if governor is None or governor.pos != "NOUN":
            break
        token = governor
    return token


def _instrument_verb(parse: Parse, head: int) -> int | None:
    """'targeted the base with a barrage of missiles': the verb the weapon noun serves
    (the parser may hang "with" on the verb's object instead of the verb)."""
    token = parse.get(head)
    if token is None or token.dep != "pobj":
        return None
    prep = parse.get(token.head)
    if prep is None or prep.text.lower() not in INSTRUMENT_PREPOSITIONS:
        return None
    governor = parse.get(prep.head)
    if governor is not None and governor.pos != "VERB" and governor.dep == "dobj":
        governor = parse.get(governor.head)
    return governor.i if governor is not None and governor.pos == "VERB" else None


LAUNCH_LEMMAS = frozenset({"fire", "launch", "shoot", "send", "lob"})
AIM_PREPOSITIONS = frozenset({"at", "toward", "towards", "on", "against", "into"})


def intercepted_launch(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> Roles | None:
    """'X fired missiles at Y, most of which were intercepted': Y intercepted them (actor1),
    X launched them (actor2). Only for a passive with no agent, hanging on the launch verb."""
    token = parse.get(head)
    if token is None or not parse.kids(head, "nsubjpass") or parse.kids(head, "agent"):
        return None
    governor = parse.get(token.head) if token.dep in {"advcl", "relcl", "conj"} else None
    if governor is not None and governor.pos != "VERB":
        governor = parse.get(governor.head)  # "missiles, which were intercepted": the noun's verb
    if governor is None or governor.lemma not in LAUNCH_LEMMAS:
        # the parser may hang the launch under the interception instead
        # ("after Iran fired missiles at Israel, almost all of which were shot down")
        earlier = [c for c in parse.kids(head, "advcl", "conj") if c.i < head and c.lemma in LAUNCH_LEMMAS]
        governor = earlier[0] if earlier else None
    if governor is None or parse.is_passive(governor.i):
        return None
    launcher = None
    for subject in parse.kids(governor.i, "nsubj"):
        launcher = _in_subtree(parse, subject.i, mentions)
    aimed_at = _prepositional_target(parse, governor.i, mentions, exclude=launcher, prepositions=AIM_PREPOSITIONS)
    if launcher is None or aimed_at is None:
        return None
    return Roles(aimed_at, launcher)


def _reporter_as_pronoun_subject(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'the Guards said they had destroyed ...': 'they' is the one who says so (and of a second
    verb that shares it: 'say they stopped a pickup and arrested its passengers')."""
    token = parse.get(head)
    if token is not None and token.dep == "conj" and not parse.kids(token.i, "nsubj"):
        token = parse.get(token.head)
    if token is None or token.dep != "ccomp":
        return None
    head = token.i
    if not any(s.text.lower() in SUBJECT_PRONOUNS for s in parse.kids(head, "nsubj")):
        return None
    governor = parse.get(token.head)
    if governor is None or governor.lemma not in REPORTING_LEMMAS:
        return None
    for subject in parse.kids(governor.i, "nsubj"):
        found = _in_subtree(parse, subject.i, mentions)
        if found is not None and found.how in NAMED and not _is_source_only(found):
            return found
        # a name the dictionary shares or lacks, alone in the subject: "General Security said it had arrested"
        alone = [m for m in mentions if m.token_start in parse.subtree(subject.i)] == [found]
        if found is not None and found.how == "fallback" and alone and not _is_source_only(found):
            return found
    return None


def _pronoun_subject_of_its_clause(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'If Israel had wanted to escalate, it would have struck ...': 'it' is the subject of
    the clause the verb's own sentence opens with."""
    if not any(s.text.lower() in SUBJECT_PRONOUNS for s in parse.kids(head, "nsubj")):
        return None
    for clause in parse.kids(head, "advcl"):
        if clause.i > head:
            continue
        for subject in parse.kids(clause.i, "nsubj"):
            found = mention_in(parse.phrase(subject.i), mentions, prefer=subject.i)
            if found is not None and found.how in NAMED | {"metonym"} and not _is_source_only(found):
                return found
    return None


def _we_as_speaker(parse: Parse, head: int) -> ActorMention | None:
    """'Last night we struck a Hezbollah site': whoever speaks, as with 'our forces' (the
    attribution stage knows who speaks)."""
    we = next((s for s in parse.kids(head, "nsubj") if s.text.lower() == "we"), None)
    if we is None:
        return None
    actor = Actor(text=we.text, name=we.text, kind=1, actor_id="@speaker")
    return ActorMention(we.start, we.end, we.text, actor, we.i, we.i + 1, "speaker")


def _in_subtree(parse: Parse, i: int, mentions: Sequence[ActorMention], whole: bool = True) -> ActorMention | None:
    token = parse.get(i)
    objects = parse.kids(i, "pobj") if token is not None and token.dep == "agent" else []
    # "carried out by Israel": Israel is the role's head (but "fired from Iraq" names a place)
    prefer = objects[0].i if objects else i
    found = mention_in(parse.phrase(i), mentions, prefer)
    # with ``whole``, a relative clause speaks for the phrase when nothing else in it does
    return found or (mention_in(parse.subtree(i), mentions, prefer) if whole else None)


STATEMENT_NOUNS = frozenset("statement message video recording communique communiqué post".split())


def _author_of_statement(parse: Parse, participle: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'posted a statement from a group calling itself Y, claiming ...': the statement's author."""
    governor = parse.get(participle.head)
    for obj in parse.kids(governor.i, "dobj", "nsubjpass") if governor is not None else []:
        if obj.lemma in STATEMENT_NOUNS:  # the parser hangs "from" on the noun or on the verb
            for prep in parse.kids(obj.i, "prep") + parse.kids(obj.head, "prep"):
                if prep.text.lower() in {"from", "by"}:
                    return _in_subtree(parse, prep.i, mentions)
    return None


def _inherited_subject(parse: Parse, head: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """'X ambushed a convoy, killing 15' / 'X struck and destroyed': the governing verb's doer."""
    token = parse.get(head)
    steps = 0
    while token is not None and token.dep in {"conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp"} and steps < 3:
        governor = parse.get(token.head)
        if governor is None or (token.dep == "ccomp" and governor.lemma in REPORTING_LEMMAS):
            return None  # the subject of "the army said" is the source, not the doer
        if token.dep == "acl" and token.tag == "VBN":
            return None  # "31 porters killed or wounded": the noun a past participle describes suffered it
        if token.dep == "relcl" or token.dep == "acl":
            own = [k for k in parse.kids(token.i, "nsubj") if k.text.lower() not in {"who", "that", "which"}]
            if own or any(a.text.lower() in {"where", "when"} for a in parse.kids(token.i, "advmod")):
                return None  # "Tehran, where the strikes hit ...": the place is no doer
            return mention_in(parse.subtree(governor.i) - parse.subtree(token.i), mentions, prefer=governor.i)
        if _is_while_clause(parse, governor):
            token, steps = governor, steps + 1  # "went off while children were playing, killing two"
            continue
        for subject in parse.kids(governor.i, "nsubj"):
            return _in_subtree(parse, subject.i, mentions)
        for agent in parse.kids(governor.i, "agent"):
            return _in_subtree(parse, agent.i, mentions)
        if token.dep == "xcomp" and governor.lemma in SCHEDULED_LEMMAS:
            for subject in parse.kids(governor.i, "nsubjpass"):  # "the coalition is scheduled to hand over"
                return _in_subtree(parse, subject.i, mentions)
        token, steps = governor, steps + 1
    return None


SCHEDULED_LEMMAS = frozenset({"schedule", "slate", "set", "expect", "due", "supposed", "require", "order"})


def _prepositional_target(
    parse: Parse,
    head: int,
    mentions: Sequence[ActorMention],
    exclude: ActorMention | None,
    prepositions: frozenset[str] = TARGET_PREPOSITIONS,
) -> ActorMention | None:
    for prep in parse.kids(head, "prep"):
        if prep.text.lower() not in prepositions:
            continue
        objects = parse.kids(prep.i, "pobj")
        prefer = objects[0].i if objects else prep.i  # "fired at Israel": Israel is the role's head
        found = mention_in(parse.subtree(prep.i) - _what_it_did(parse, objects), mentions, prefer=prefer)
        if found is not None and found.how == "metonym" and prep.text.lower() == "in":
            continue  # "a strike in Syria": where it happened, not whom it hit
        if found is not None and _names_an_act(parse, found):
            continue  # "launched 300 drones in its first direct attack": the act, not a target
        if found is not None and found is not exclude:
            return found
    return None


def _what_it_did(parse: Parse, objects: Sequence[Token]) -> set[int]:
    """'opened fire on the border guards, who responded, killing five smugglers': a relative
    clause whose subject is the target itself tells what the target did, and whom it hit."""
    return {
        i
        for obj in objects
        for clause in parse.kids(obj.i, "relcl")
        if any(s.tag in {"WP", "WDT"} for s in parse.kids(clause.i, "nsubj"))
        for i in parse.subtree(clause.i)
    }


def _names_an_act(parse: Parse, mention: ActorMention) -> bool:
    head = parse.get(mention.token_end - 1)
    return head is not None and (head.text.lower() in NOUN_TRIGGERS or head.lemma in NOUN_TRIGGERS)


def _alternatives(
    parse: Parse, actor1: ActorMention | None, mentions: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """'either Turkish or Syrian government aircraft': the other possible doers."""
    if actor1 is None:
        return ()
    words = {t.text.lower() for t in parse.tokens}
    if not words & {"either", "or", "perhaps", "possibly", "probably"}:
        return ()
    alternatives = []
    for mention in mentions:
        if mention is actor1 or mention.actor.name == actor1.actor.name:
            continue
        between = _tokens_between(parse, actor1, mention)
        if between is not None and {t.text.lower() for t in between} & {"or", "perhaps", "possibly"}:
            alternatives.append(mention)
    return tuple(alternatives)


def _tokens_between(parse: Parse, a: ActorMention, b: ActorMention) -> list[Token] | None:
    low, high = sorted((a, b), key=lambda m: m.token_start)
    if high.token_start - low.token_end > 8:
        return None
    return [t for t in parse.tokens if low.token_end <= t.i < high.token_start]


def with_alternatives(actor: Actor, alternatives: Sequence[ActorMention]) -> Actor:
    from dataclasses import replace

    if not alternatives:
        return actor
    names = tuple(dict.fromkeys(m.actor.name for m in alternatives if m.actor.name != actor.name))
    return replace(actor, uncertain=True, alternatives=names) if names else actor


# Civilian buildings and belongings. Hit with no owner named, they stand for civilians (ACLED
# codes attacks on homes, schools and markets against "Civilians"). Warehouses, buildings and
# vehicles are left out: as often as not they are an armed group's.
CIVILIAN_PROPERTY = frozenset(
    """house houses home homes school schools market markets marketplace hospital hospitals clinic clinics
    mosque mosques church churches monastery monasteries shop shops store stores bakery bakeries farm farms
    farmland orchard orchards restaurant restaurants cafe hotel hotels shelter shelters tent tents hut huts
    premises neighbourhood neighbourhoods neighborhood neighborhoods pitch pitches playground playgrounds stadium
    stadiums village villages""".split()
)
# Things civilians own as often as armed groups do: civilian only when a person owns them ("the
# car of a council member", "a warehouse belonging to an aid group's partner").
OWNED_PROPERTY = frozenset(
    "car cars vehicle vehicles warehouse warehouses building buildings truck trucks bulldozer bulldozers excavator".split()
)
OWNER_NOUNS = frozenset(
    "member members partner partners owner owners family families company companies firm municipality council".split()
)
# Infrastructure hit with no owner named is civilian property, as the laws of war presume: "struck
# the Khurmala oil field", "targeted the Ras Isa oil port". A "field" counts only with a name or
# "oil"/"gas" before it ("fell in an open field" is no facility).
INFRASTRUCTURE = frozenset(
    "field fields port airport substation station stations refinery refineries pipeline plant facility facilities".split()
)
_MILITARY_MODIFIERS = frozenset("military army air naval police security".split())
_ARSON_LEMMAS = frozenset({"torch", "burn"})
_TERRITORY_LEMMAS = frozenset(
    "liberate capture seize take retake recapture regain enter storm overrun free control".split()
)
_LANDING_LEMMAS = frozenset({"fall", "land", "crash", "slam", "hit", "strike"})
_PROPERTY_PREPOSITIONS = frozenset({"on", "at", "against", "into", "upon", "targeting"})
_QUANTITY_HEADS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "score", "scores", "number", "some", "several", "many", "most", "all"}
    | {"row", "rows", "series", "string", "cluster", "handful", "couple", "pair"}  # "a row of residential buildings"
)


def civilian_property(parse: Parse, head: int) -> Token | None:
    """The civilian building an act hit ("attacked the market", "a strike on the school", "the
    school had been hit", "set fire to at least 60 houses"), when its target is one."""
    token = parse.get(head)
    if token is None:
        return None
    carriers = [head]
    fire = []
    if token.pos == "VERB":
        targets = parse.kids(head, "nsubjpass") if parse.is_passive(head) else parse.kids(head, "dobj")
        if token.dep == "conj" and targets and all(_is_count_of_them(parse, t) for t in targets):
            targets += parse.kids(token.head, "dobj")  # "stopped a convoy of aid lorries and looted 14 of them"
        fire = [o.i for o in parse.kids(head, "dobj") if o.lemma == "fire"]  # "set fire to the houses"
        carriers += [o.i for o in parse.kids(head, "dobj")]  # "dropped a grenade on a bulldozer"
    else:
        targets = []
        if token.dep == "dobj":
            carriers.append(token.head)  # "threw a grenade at the house"
    noun = parse.get(token.head)
    if token.dep == "acl" and noun is not None:
        carriers.append(noun.head)  # "shells fired from the river bank fell on farmland"
    carriers += [c.i for c in parse.kids(head, "conj") if c.lemma in _LANDING_LEMMAS]  # "were fired and fell on"
    # "fell in farmland": where a projectile lands, "in" names what it hit
    landed = token.lemma in _LANDING_LEMMAS and token.lemma not in {"hit", "strike"}
    prepositions = _PROPERTY_PREPOSITIONS | ({"to"} if fire else set()) | ({"in"} if landed else set())
    for carrier in carriers + fire:
        targets += [
            o for p in parse.kids(carrier, "prep") if p.text.lower() in prepositions for o in parse.kids(p.i, "pobj")
        ]
    arson = bool(fire) or token.lemma in _ARSON_LEMMAS
    for target in targets:
        noun = _counted_noun(parse, target)
        if noun.lemma == "village" and token.lemma in _TERRITORY_LEMMAS:
            continue  # "liberated the village of Mala Tokmachka": ground taken, not property hit
        if (
            noun.lemma in CIVILIAN_PROPERTY
            or noun.text.lower() in CIVILIAN_PROPERTY
            or _owned_by_a_person(parse, noun)
            or (arson and noun.lemma in OWNED_PROPERTY)  # "settlers torched two cars"
            or _residential(parse, noun)
            or _is_infrastructure(parse, noun)
            or _carries_aid(parse, noun)
            or _camp_of_the_displaced(parse, noun)
        ):
            return noun
    return None


def _residential(parse: Parse, noun: Token) -> bool:
    """'a row of residential buildings', 'a residential block': homes, whoever else uses them."""
    return any(m.text.lower() == "residential" for m in parse.kids(noun.i, "amod", "compound"))


def _camp_of_the_displaced(parse: Parse, noun: Token) -> bool:
    """'the Abu Shouk displacement camp', 'a refugee camp', 'the Ngazba displacement site': not a
    military camp."""
    modifiers = {m.text.lower() for m in parse.kids(noun.i, "compound", "amod")}
    return noun.lemma in {"camp", "site"} and bool(modifiers & DISPLACED_WORDS)


def _is_count_of_them(parse: Parse, token: Token) -> bool:
    return token.pos == "NUM" and any(
        o.text.lower() == "them"
        for p in parse.kids(token.i, "prep")
        if p.text.lower() == "of"
        for o in parse.kids(p.i, "pobj")
    )


def _carries_aid(parse: Parse, noun: Token) -> bool:
    """'a convoy of 20 aid trucks', 'a convoy of lorries carrying flour': relief is civilian."""
    if noun.lemma not in _AID_CARRIERS:
        return False
    words = [noun] + [o for p in parse.kids(noun.i, "prep") if p.text.lower() == "of" for o in parse.kids(p.i, "pobj")]
    carried = [o for w in words for a in parse.kids(w.i, "acl") for o in parse.kids(a.i, "dobj")]
    modifiers = [m for w in words for m in parse.kids(w.i, "compound", "amod")]
    return any(t.lemma in _AID_WORDS for t in modifiers + carried)


_AID_CARRIERS = frozenset({"convoy", "truck", "lorry", "vehicle", "shipment", "warehouse"})
_AID_WORDS = frozenset({"aid", "humanitarian", "relief", "food", "flour", "medicine", "medical", "supply"})


def _is_infrastructure(parse: Parse, noun: Token) -> bool:
    if noun.lemma not in INFRASTRUCTURE:
        return False
    modifiers = parse.kids(noun.i, "compound", "amod")
    if {m.text.lower() for m in modifiers} & _MILITARY_MODIFIERS:
        return False
    if noun.lemma in {"station", "stations"}:  # "the power station", not "a monitoring station"
        return any(m.lemma in _CIVIL_STATIONS for m in modifiers)
    return noun.lemma not in {"field", "fields"} or any(
        m.pos == "PROPN" or m.lemma in {"oil", "gas"} for m in modifiers
    )


_CIVIL_STATIONS = frozenset(
    "power pumping water fuel petrol gas electricity bus train railway radio television".split()
)


def noun_phrase(parse: Parse, noun: Token, text: str) -> str:
    """'two cars', 'the Ras Isa oil port': the noun with the words before it that modify it."""
    first, own = noun.i, parse.subtree(noun.i)
    while (left := parse.get(first - 1)) is not None and left.i in own and left.dep in _MODIFIER_DEPS:
        first = left.i
    start = parse.get(first)
    assert start is not None
    return text[start.start : noun.end]


_MODIFIER_DEPS = frozenset({"det", "compound", "amod", "nummod", "poss", "quantmod", "punct", "case"})


def in_relative_clause(parse: Parse, i: int) -> bool:
    token = parse.get(i)
    while token is not None and token.head != token.i:
        if token.dep == "relcl":
            return True
        token = parse.get(token.head)
    return False


def object_of(parse: Parse, head: int) -> Token | None:
    """What a verb acted on: 'intercepted several of the missiles' -> missiles; 'a drone ... was
    detected and destroyed' -> drone."""
    token = parse.get(head)
    if token is None or token.pos != "VERB":
        return None
    verbs = [token] + ([first] if token.dep == "conj" and (first := parse.get(token.head)) is not None else [])
    for verb in verbs:
        # "arrested 14 wanted Palestinians": the parser may hang the number as an object of its own
        roles = [_counted_noun(parse, role) for role in parse.kids(verb.i, "dobj", "nsubjpass")]
        if roles:
            return next((r for r in roles if r.pos != "NUM"), roles[0])
    return None


def _owned_by_a_person(parse: Parse, noun: Token) -> bool:
    """'a car belonging to a member of the city council', 'the warehouse of a humanitarian partner'."""
    from ...stages.actors import GENERIC_GROUP_NOUNS

    if noun.lemma not in OWNED_PROPERTY:
        return False
    links = [p for p in parse.kids(noun.i, "prep") if p.text.lower() == "of"]
    links += [p for a in parse.kids(noun.i, "acl") if a.lemma == "belong" for p in parse.kids(a.i, "prep")]
    owners = [o for p in links for o in parse.kids(p.i, "pobj")]
    return any(o.lemma in OWNER_NOUNS or GENERIC_GROUP_NOUNS.get(o.text.lower()) == "civilians" for o in owners)


def _counted_noun(parse: Parse, token: Token) -> Token:
    """'dozens of houses', '60 houses': the thing counted, not the count; in 'the Khurmala oil
    field west of Erbil', which the parser heads with 'west', the field."""
    if is_compass_word(token.text.lower()) and (before := parse.kids(token.i, "compound")):
        return before[-1]
    if token.pos == "NUM" or token.lemma in _QUANTITY_HEADS:
        for prep in parse.kids(token.i, "prep"):
            if prep.text.lower() == "of":
                for obj in parse.kids(prep.i, "pobj"):
                    return obj
    return token
