"""report.html: one self-contained page an analyst opens from disk, offline.

The page is a small application: the data goes in as JSON inside
``<script type="application/json">`` (``<``, ``>`` and ``&`` escaped, so no
article text can close the element), the basemap (Natural Earth outlines,
``data/basemap``) likewise, and our own script draws the map, timeline,
incident table and document reader from it, inserting every piece of text
with ``textContent``. Nothing on the page refers to a network address, and a
Content-Security-Policy allows only the page's own script and style by their
SHA-256 hashes: no fetch, no image or font from elsewhere, and no inline
event handler even if one were ever smuggled into the markup.

Jinja2 renders the shell with autoescaping on. `payload` is the data
contract between this module and ``templates/report.js`` (docs/report.md).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from .. import __version__, resources
from ..serialize import incident_json
from ..store import Store

Json = dict[str, Any]

VERSION_FIELDS = ("status", "date", "location", "actor1", "actor2", "killed", "injured", "casualties")
# Inside <script> nothing may read as markup; U+2028/9 are escaped for old JavaScript parsers.
_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def environment() -> Environment:
    return Environment(
        loader=PackageLoader("sitrep", "export/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


# --- the data the page draws ---------------------------------------------------------------


def payload(
    documents: Iterable[Json],
    events: Iterable[Json],
    incidents: Iterable[Json],
    sentences: Iterable[Json] = (),
    failures: Iterable[tuple[str, str]] = (),
    generated: str | None = None,
) -> Json:
    """The JSON the page reads: documents, event claims and incidents, cross-referenced by index.

    Tolerant by design: any field the linker or an older store leaves out is
    filled with an empty default, and references to unknown claims or
    documents are dropped, so the page never has to guess at a shape.
    """
    docs = [_document(d) for d in documents]
    doc_index = {d["id"]: i for i, d in enumerate(docs)}
    for sentence in sentences:
        _add_sentence(docs, doc_index, sentence)
    claims = [_event(e, doc_index, docs) for e in events]
    event_index = {e["id"]: i for i, e in enumerate(claims)}
    items = [_incident(i, event_index, claims, doc_index) for i in incidents]
    for n, incident in enumerate(items):
        for e in incident["events"]:
            claims[e]["incident"] = n
    dates = sorted(d for i in items for d in _bounds(i["date"]))
    return {
        "meta": {
            "generated": generated or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "version": __version__,
            "period": [dates[0], dates[-1]] if dates else None,
            "failures": [{"input": origin, "reason": reason} for origin, reason in failures],
        },
        "countries": _country_names(),
        "documents": docs,
        "events": claims,
        "incidents": items,
    }


def _bounds(date: Json | None) -> list[str]:
    return [d for d in ((date or {}).get("start"), (date or {}).get("end")) if isinstance(d, str) and d]


def _document(data: Json) -> Json:
    slant = data.get("slant") or {}
    return {
        "id": str(data.get("doc_id", "")),
        "title": data.get("title"),
        "outlet": data.get("outlet"),
        "author": data.get("author"),
        "published": data.get("published"),
        "url": data.get("url"),
        "text": data.get("text") or "",
        "slant": {
            k: slant.get(k) for k in ("opinion_share", "speculation_share", "quote_share", "techniques_per_1000_words")
        },
        "top_techniques": [[t.get("technique"), t.get("count")] for t in slant.get("top_techniques") or ()],
        "sentences": [],  # [start, end, kind, [[technique, start, end], ...]] for the ones worth marking
    }


def _add_sentence(docs: list[Json], doc_index: dict[str, int], data: Json) -> None:
    index = doc_index.get(str(data.get("doc_id")))
    techniques = [[t.get("technique"), t.get("start"), t.get("end")] for t in data.get("techniques") or ()]
    if index is None or (data.get("kind") in (None, "report") and not techniques):
        return
    docs[index]["sentences"].append([data.get("start"), data.get("end"), data.get("kind") or "report", techniques])


def _actor(data: Json | None) -> Json | None:
    if not data:
        return None
    return {
        "name": data.get("name") or data.get("text"),
        "text": data.get("text"),
        "kind": data.get("kind"),
        "uncertain": bool(data.get("uncertain")),
        "alternatives": list(data.get("alternatives") or ()),
    }


def _place(data: Json | None) -> Json | None:
    if not data:
        return None
    keys = ("name", "text", "lat", "lon", "country", "admin1", "precision")
    return {k: data.get(k) for k in keys}


def _span(data: Json | None) -> list[int] | None:
    if not data or data.get("start") is None or data.get("end") is None:
        return None
    return [int(data["start"]), int(data["end"])]


def _event(data: Json, doc_index: dict[str, int], docs: list[Json]) -> Json:
    doc = doc_index.get(str(data.get("doc_id")), -1)
    evidence = data.get("evidence") or {}
    span = _span(evidence)
    text = docs[doc]["text"] if doc >= 0 else ""
    attribution = data.get("attribution") or {}
    return {
        "id": str(data.get("event_id", "")),
        "doc": doc,
        "span": span,
        # The evidence text only when the document cannot supply it.
        "evidence": None if span and text[span[0] : span[1]] == evidence.get("text") else evidence.get("text"),
        "trigger": _span(data.get("trigger")),
        "event_type": data.get("event_type"),
        "sub_event_type": data.get("sub_event_type"),
        "actor1": _actor(data.get("actor1")),
        "actor2": _actor(data.get("actor2")),
        "location": _place(data.get("location")),
        "date": data.get("date"),
        "weapons": list(data.get("weapons") or ()),
        "killed": data.get("killed"),
        "injured": data.get("injured"),
        "casualties": data.get("casualties"),
        "source": attribution.get("source") or "author",
        "source_kind": attribution.get("kind"),
        "cue": attribution.get("cue"),
        "status": data.get("status") or "occurred",
        "aggregate": bool(data.get("aggregate")),
        "confidence": data.get("confidence"),
        "flags": list(data.get("flags") or ()),
        "incident": None,
    }


def _incident(data: Json, event_index: dict[str, int], claims: list[Json], doc_index: dict[str, int]) -> Json:
    events = [event_index[e] for e in data.get("event_ids") or () if e in event_index]
    fields = data.get("fields") or _fields_from(events, claims)
    versions = {name: [_version(v, event_index) for v in fields.get(name) or ()] for name in VERSION_FIELDS}
    docs = [doc_index[d] for d in data.get("doc_ids") or () if d in doc_index]
    if not docs:
        docs = sorted({claims[e]["doc"] for e in events if claims[e]["doc"] >= 0})
    consensus = data.get("consensus") or {}
    for name, values in versions.items():
        if name not in consensus and len(values) == 1:
            consensus[name] = values[0]["value"]
    contradictions = [
        c.get("field") for c in data.get("contradictions") or () if c.get("field") and len(c.get("values") or ()) > 1
    ]
    first = claims[events[0]] if events else {}
    return {
        "id": str(data.get("incident_id", "")),
        "event_type": data.get("event_type") or first.get("event_type"),
        "sub_event_type": data.get("sub_event_type") or first.get("sub_event_type"),
        "location": _place(data.get("location")) or _place(consensus.get("location")),
        "date": data.get("date") or consensus.get("date"),
        "events": events,
        "docs": docs,
        "fields": versions,
        "consensus": consensus,
        "contradictions": list(dict.fromkeys(contradictions)),
    }


def _version(data: Json, event_index: dict[str, int]) -> Json:
    return {
        "value": data.get("value"),
        "events": [event_index[e] for e in data.get("event_ids") or () if e in event_index],
        "sources": list(data.get("sources") or ()),
    }


def _fields_from(events: list[int], claims: list[Json]) -> dict[str, list[Json]]:
    """Per-field versions rebuilt from the claims, for an incident stored without them."""
    fields: dict[str, list[Json]] = {}
    for name in VERSION_FIELDS:
        groups: dict[str, Json] = {}
        for index in events:
            value = _claim_value(claims[index], name)
            if value is None:
                continue
            group = groups.setdefault(
                json.dumps(value, sort_keys=True), {"value": value, "event_ids": [], "sources": []}
            )
            group["event_ids"].append(claims[index]["id"])
            if claims[index]["source"] not in group["sources"]:
                group["sources"].append(claims[index]["source"])
        fields[name] = list(groups.values())
    return fields


def _claim_value(claim: Json, name: str) -> Any:
    value = claim.get(name)
    if name in ("actor1", "actor2"):
        return value["name"] if value else None
    if name == "date" and value:
        return {"start": value.get("start"), "end": value.get("end")}
    if name == "location" and value:
        return {k: value.get(k) for k in ("name", "lat", "lon", "country", "precision")}
    return value


@cache
def _country_names() -> dict[str, str]:
    names = {c["iso2"]: c["name"] for c in _basemap()["countries"] if c.get("iso2")}
    names.update({c["iso2"]: c["name"] for c in resources.countries() if c.get("iso2")})
    return names


# --- the page --------------------------------------------------------------------------------


@cache
def _basemap() -> Json:
    return dict(resources.load_data("basemap/countries.json"))


@cache
def _asset(name: str) -> str:
    text = (importlib_resources.files("sitrep") / "export" / "templates" / name).read_text(encoding="utf-8")
    closing = "</" + ("script" if name.endswith(".js") else "style")
    if closing in text.lower():
        raise ValueError(f"{name} must not contain {closing!r}")
    return text


def script_json(data: Any) -> str:
    """JSON safe inside <script type="application/json">: nothing in it can end the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _ESCAPES:
        text = text.replace(char, escaped)
    return text


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    return (
        f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def render_payload(data: Json, title: str = "sitrep incident report") -> str:
    script, style = _asset("report.js"), _asset("report.css")
    incidents = data["incidents"]
    overview = {
        "incidents": len(incidents),
        "events": len(data["events"]),
        "documents": len(data["documents"]),
        "outlets": len({d["outlet"] for d in data["documents"] if d["outlet"]}),
        "contradicted": sum(1 for i in incidents if i["contradictions"]),
        "period": data["meta"]["period"],
        "types": Counter(i["event_type"] or "unknown" for i in incidents).most_common(),
    }
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            title=title,
            csp=content_security_policy(script, style),
            script=script,
            style=style,
            data=script_json(data),
            basemap=script_json(_basemap()),
            overview=overview,
            meta=data["meta"],
        )
    )


def render(store: Store) -> str:
    return render_payload(
        payload(
            store.documents(),
            store.event_records(),
            (incident_json(i) for i in store.incidents()),
            store.sentences(),
            store.failures(),
        )
    )


def write(path: Path, store: Store) -> int:
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(render(store), encoding="utf-8")
    temporary.replace(path)
    return 1
