"""Ingest: turn input paths, folders and URLs into `RawArticle` records.

Formats: plain text, HTML (boilerplate removed by trafilatura, metadata kept),
JSONL/JSON and CSV/TSV with one article per row (SPEC section 3 columns; a
gold line ``{"doc": {...}}`` is read as its document). URLs and RSS/Atom feeds
are fetched only when ``settings.online`` is set, with a timeout and a size
cap. Every problem becomes a `Failure` with a one-line reason; nothing here
raises for bad input.
"""

from __future__ import annotations

import csv
import io
import json
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from charset_normalizer import from_bytes

from ..errors import InputError
from ..model import Failure, RawArticle
from ..settings import Settings

COLUMNS = ("id", "text", "html", "url", "title", "outlet", "author", "published", "language")
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t"}
FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:RDF")
MAX_FEED_LINKS = 200

Item = RawArticle | Failure


def read_inputs(inputs: Iterable[str], settings: Settings) -> Iterator[Item]:
    """Every article found in ``inputs``, in a stable order."""
    for given in inputs:
        if given.startswith(("http://", "https://")):
            yield from read_url(given, settings)
        else:
            yield from read_path(Path(given), settings)


def read_path(path: Path, settings: Settings) -> Iterator[Item]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        if not files:
            yield Failure(str(path), "folder holds no files")
        for file in files:
            yield from read_file(file, settings)
    elif path.is_file():
        yield from read_file(path, settings)
    else:
        yield Failure(str(path), "no such file or folder")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl_lines(_open_lines(path), origin)
        elif suffix == ".json":
            yield from read_json(_read_text(path, settings), origin)
        elif suffix in TABLE_SUFFIXES:
            yield from read_table(_read_text(path, settings, cap=False), origin, TABLE_SUFFIXES[suffix])
        else:
            is_html = True if suffix in HTML_SUFFIXES else False if suffix in TEXT_SUFFIXES else None
            yield from read_document(_read_text(path, settings), origin, is_html=is_html)
    except InputError as error:
        yield Failure(origin, str(error))
    except OSError as error:
        yield Failure(origin, f"cannot read file: {error.strerror or error}")


def read_document(text: str, origin: str, *, is_html: bool | None = None, url: str | None = None) -> Iterator[Item]:
    """One article from a whole file's text; HTML sniffed when not known."""
    if is_html is None:
        is_html = _looks_like_html(text)
    if is_html:
        yield article_from_html(text, origin, url=url)
    else:
        yield RawArticle(origin=origin, text=text, url=url)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


# --- bytes to text -------------------------------------------------------------


def _read_text(path: Path, settings: Settings, *, cap: bool = True) -> str:
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty file")
    if cap and size > settings.max_file_bytes:
        raise InputError(
            f"file too large ({size:,} bytes > {settings.max_file_bytes:,}); split it or raise --max-file-bytes"
        )
    return decode_bytes(path.read_bytes())


def decode_bytes(data: bytes) -> str:
    """Decode text in any common encoding; InputError for binary data."""
    if not data.strip():
        raise InputError("empty file")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if _looks_binary(data[:8192]):
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError("unknown text encoding; save the file as UTF-8")
    return data.decode(best.encoding, errors="replace")


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _open_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Lines of a JSONL file, decoded one by one so a bad line fails alone."""
    if path.stat().st_size == 0:
        raise InputError("empty file")
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if b"\x00" in raw:
                raise InputError(f"line {number}: binary data, not JSON lines")
            yield number, raw.decode("utf-8", errors="replace")


# --- rows ---------------------------------------------------------------------


def read_jsonl_lines(lines: Iterable[tuple[int, str]], origin: str) -> Iterator[Item]:
    for number, line in lines:
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(where, f"invalid JSON ({error.msg} at column {error.colno}); is the line truncated?")
            continue
        yield article_from_row(value, where)


def read_json(text: str, origin: str) -> Iterator[Item]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield Failure(origin, f"invalid JSON ({error.msg} at line {error.lineno}); is the file truncated?")
        return
    rows = value if isinstance(value, list) else [value]
    for number, row in enumerate(rows, start=1):
        yield article_from_row(row, f"{origin}#{number}")


def read_table(text: str, origin: str, delimiter: str) -> Iterator[Item]:
    csv.field_size_limit(50_000_000)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        yield Failure(origin, "empty table")
        return
    except csv.Error as error:
        yield Failure(origin, f"malformed CSV header: {error}")
        return
    if "text" not in header and "html" not in header:
        yield Failure(origin, f"table has no 'text' or 'html' column (columns: {', '.join(header)})")
        return
    while True:
        where = f"{origin}:{reader.line_num + 1}"
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield Failure(where, f"malformed CSV row: {error}")
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            yield Failure(where, f"row has {len(cells)} cells, the header has {len(header)}")
            continue
        yield article_from_row(dict(zip(header, cells, strict=True)), where)


def article_from_row(row: Any, origin: str) -> Item:
    if isinstance(row, dict) and isinstance(row.get("doc"), dict):
        row = row["doc"]  # a gold-format line
    if not isinstance(row, dict):
        return Failure(origin, f"expected a JSON object per row, got {type(row).__name__}")
    values = {key: _cell(row.get(key)) for key in COLUMNS}
    if not values["text"] and not values["html"]:
        return Failure(origin, "row has no 'text' or 'html'")
    if not values["text"] and values["html"]:
        return article_from_html(values["html"], origin, row=values)
    return RawArticle(origin=origin, **values)


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


# --- HTML ---------------------------------------------------------------------


def article_from_html(html: str, origin: str, *, url: str | None = None, row: dict[str, Any] | None = None) -> Item:
    """Main text and metadata of an HTML page, boilerplate removed."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    row = row or {}
    try:
        found = trafilatura.bare_extraction(
            html, url=url or row.get("url"), with_metadata=True, include_comments=False, favor_recall=True
        )
    except Exception as error:
        return Failure(origin, f"malformed HTML: {type(error).__name__}")
    if found is None or not (found.text or "").strip():
        return Failure(origin, "no article text found in the HTML")
    text = found.text
    title = row.get("title") or found.title
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return RawArticle(
        origin=origin,
        id=row.get("id"),
        text=text,
        url=url or row.get("url") or found.url,
        title=title,
        outlet=row.get("outlet") or found.sitename,
        author=row.get("author") or found.author,
        published=row.get("published") or found.date,
        language=row.get("language"),
    )


# --- network (opt-in) --------------------------------------------------------------


def read_url(url: str, settings: Settings) -> Iterator[Item]:
    if not settings.online:
        yield Failure(url, "URL inputs need --online (sitrep never uses the network unless asked)")
        return
    try:
        data = fetch(url, settings)
    except InputError as error:
        yield Failure(url, str(error))
        return
    if any(marker in data[:2000] for marker in FEED_MARKERS):
        yield from read_feed(data, url, settings)
        return
    try:
        text = decode_bytes(data)
    except InputError as error:
        yield Failure(url, str(error))
        return
    yield from read_document(text, url, is_html=None, url=url)


def fetch(url: str, settings: Settings) -> bytes:
    """GET ``url`` with the configured timeout and size cap."""
    request = urllib.request.Request(url, headers={"User-Agent": "sitrep"})
    try:
        with urllib.request.urlopen(request, timeout=settings.network_timeout) as response:
            data = response.read(settings.max_download_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot fetch: {error}") from error
    if len(data) > settings.max_download_bytes:
        raise InputError(f"download larger than {settings.max_download_bytes:,} bytes; skipped")
    return data


def read_feed(data: bytes, url: str, settings: Settings) -> Iterator[Item]:
    """Fetch every article an RSS/Atom feed links to."""
    from trafilatura.feeds import FeedParameters, extract_links

    params = FeedParameters(baseurl=url, domain=urlsplit(url).netloc, reference=url, external=True)
    links = extract_links(decode_bytes(data), params)[:MAX_FEED_LINKS]
    if not links:
        yield Failure(url, "feed lists no article links")
    for link in links:
        yield from read_url(link, settings)
