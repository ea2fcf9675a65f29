"""report.html: one self-contained page (no external URL) an analyst opens from disk.

Rendered with Jinja2 and autoescaping on: article text is untrusted, and
every value reaches the page escaped.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..serialize import incident_json
from ..store import Store


def environment() -> Environment:
    return Environment(
        loader=PackageLoader("sitrep", "export/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def context(store: Store) -> dict[str, Any]:
    documents = list(store.documents())
    events = list(store.event_records())
    incidents = [incident_json(i) for i in store.incidents()]
    dates = sorted(e["date"]["start"] for e in events if e["date"] and e["date"]["start"])
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        by_doc.setdefault(event["doc_id"], []).append(event)
    return {
        "documents": documents,
        "events": events,
        "incidents": incidents,
        "events_by_doc": by_doc,
        "failures": store.failures(),
        "period": (dates[0], dates[-1]) if dates else None,
        "type_counts": Counter(e["event_type"] for e in events).most_common(),
        "sources": Counter(d.get("outlet") or "unknown" for d in documents).most_common(),
    }


def render(store: Store) -> str:
    return environment().get_template("report.html.j2").render(**context(store))


def write(path: Path, store: Store) -> int:
    html = render(store)
    path.write_text(html, encoding="utf-8")
    return 1
