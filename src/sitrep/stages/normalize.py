"""Normalise: one clean text per article, the text every offset points into.

NFC; mojibake repaired (ftfy, curly quotes kept); non-breaking and other odd
spaces made plain; soft hyphens and zero-width characters dropped; line
endings unified; runs of spaces and blank lines collapsed. Language detected
and non-English text refused with a one-line reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from functools import lru_cache

import ftfy

from ..errors import InputError
from ..model import Document, RawArticle
from ..settings import Settings

_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_RUN_OF_SPACES = re.compile(" {2,}")
_SPACE_AROUND_NEWLINE = re.compile(" *\n *")
_BLANK_LINES = re.compile("\n{3,}")
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=True, normalization="NFC")
# Characters of scripts other than Latin: a text mostly in them is not English.
_LETTER = re.compile(r"[^\W\d_]")


def normalize_text(text: str) -> str:
    # Mojibake repair can reveal new odd spaces and spacing can reveal new
    # mojibake, so the steps repeat until the text is stable.
    for _ in range(4):
        fixed = _normalize_once(text)
        if fixed == text:
            break
        text = fixed
    return text


def _normalize_once(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, config=_FTFY)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _RUN_OF_SPACES.sub(" ", text)
    text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def normalize(raw: RawArticle, settings: Settings) -> Document:
    """A `Document` from a raw article; InputError when it can't be one."""
    text = normalize_text(raw.text or "")
    if not text:
        raise InputError("no text")
    if len(text) > settings.max_article_chars:
        raise InputError(
            f"article too long ({len(text):,} characters > {settings.max_article_chars:,}); "
            "raise --max-article-chars to accept it"
        )
    language = raw.language or detect_language(text)
    if language not in settings.languages and language != "und":
        raise InputError(f"not English (detected language {language!r}); sitrep reads {', '.join(settings.languages)}")
    digest = content_hash(text)
    return Document(
        doc_id=(raw.id or "").strip() or digest,
        text=text,
        origin=raw.origin,
        title=_clean(raw.title),
        url=_clean(raw.url),
        outlet=_clean(raw.outlet) or settings.outlet,
        author=_clean(raw.author),
        published=parse_published(raw.published) or settings.published,
        language=language,
        content_hash=digest,
    )


def _clean(value: str | None) -> str | None:
    return normalize_text(value) or None if value else None


def detect_language(text: str) -> str:
    """ISO 639-1 code, or "und" when the text is too short to tell."""
    sample = text[:5000]
    letters = _LETTER.findall(sample)
    if len(letters) < 40:
        return "und"
    non_latin = sum(1 for ch in letters if ord(ch) > 0x24F)
    if non_latin > len(letters) * 0.3:
        code, _ = _identifier().classify(sample)
        return "und" if code == "en" else code
    code, probability = _identifier().classify(sample)
    if code != "en" and probability < 0.9:
        return "en" if _english_share(sample) > 0.08 else code
    return code


_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "were",
        "with",
        "by",
        "said",
        "from",
        "at",
        "as",
    ]
)


def _english_share(text: str) -> float:
    words = re.findall(r"[a-z]+", text.lower())
    return sum(w in _ENGLISH_WORDS for w in words) / max(len(words), 1)


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def parse_published(value: str | None) -> dt.date | None:
    """The publication date from ISO or any common written form."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None
