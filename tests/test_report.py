"""report.html: self-contained, offline, hostile text inert, robust to what the linker leaves out.

What the page *shows* is checked in headless Chromium (test_report_browser.py);
these tests check the file and its data without a browser.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import unescape as html_unescape
from pathlib import Path
from typing import Any

import pytest

from sitrep.export import report
from sitrep.resources import data_path
from sitrep.runner import run
from sitrep.settings import Settings

HOSTILE = (
    '<script>alert(1)</script> Gunmen <img src=x onerror="document.body.dataset.pwned=1"> attacked a checkpoint '
    'near Daraa on Sunday, killing two soldiers, state media said. <a href="javascript:alert(3)">x</a> '
    "</script><script>alert(4)</script> & &amp; \u2028 end"
)
HOSTILE_TITLE = "<b>title</b><svg onload=alert(5)>"

# --- a small multi-source incident, shaped as the store returns it -------------------------------------


def _document(doc_id: str, outlet: str, text: str, title: str | None = None, url: str | None = None) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "title": title or f"{outlet} report",
        "outlet": outlet,
        "published": "2024-03-05",
        "url": url,
        "text": text,
        "slant": {
            "opinion_share": 0.0,
            "speculation_share": 0.25,
            "quote_share": 0.0,
            "techniques_per_1000_words": 4.0,
            "top_techniques": [{"technique": "Loaded_Language", "count": 1}],
        },
    }


def _event(
    event_id: str, doc_id: str, text: str, evidence: str, source: str, killed: int, kind: str = "official"
) -> dict[str, Any]:
    start = text.index(evidence)
    trigger = text.find("strike", start)
    return {
        "event_id": event_id,
        "doc_id": doc_id,
        "evidence": {"text": evidence, "start": start, "end": start + len(evidence)},
        "trigger": {"text": "strike", "start": trigger, "end": trigger + 6},
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": {
            "text": "warplanes",
            "name": "Military Forces of Syria",
            "kind": 1,
            "country": "SY",
            "uncertain": False,
            "alternatives": [],
        },
        "actor2": {
            "text": "civilians",
            "name": "Civilians",
            "kind": 7,
            "country": "SY",
            "uncertain": False,
            "alternatives": [],
        },
        "location": {
            "text": "Saraqib",
            "name": "Saraqib",
            "gazetteer_id": "geonames:1",
            "lat": 35.86,
            "lon": 36.8,
            "country": "SY",
            "admin1": "Idlib",
            "feature": "populated place",
            "precision": 1,
        },
        "date": {"text": "on Tuesday", "start": "2024-03-05", "end": "2024-03-05", "precision": "day"},
        "weapons": ["airstrike"],
        "killed": {"min": killed, "max": killed},
        "injured": None,
        "casualties": None,
        "attribution": {"source": source, "kind": kind, "cue": "said", "chain": [source], "span": None},
        "status": "occurred",
        "aggregate": False,
        "confidence": 0.8,
        "flags": [],
        "backend": "test",
    }


TEXTS = {
    "ministry": "An air strike on Saraqib on Tuesday killed two people, the Ministry of Interior said.",
    "monitor": "A Syrian government air strike on Saraqib killed nine civilians on Tuesday, a war monitor said.",
    "militia": "The regime's criminal air strike on Saraqib martyred thirty people, the militia channel claimed.",
}
SOURCES = {
    "ministry": ("Ministry of Interior", 2, "official"),
    "monitor": ("war monitor", 9, "ngo"),
    "militia": ("militia channel", 30, "armed_group"),
}


def sample_records(hostile: bool = True) -> dict[str, list[Any]]:
    """Three documents on one strike (2, 9 and 30 killed), one incident, and a hostile document."""
    documents, events = [], []
    for key, text in TEXTS.items():
        documents.append(_document(f"doc-{key}", key.title() + " outlet", text))
        source, killed, kind = SOURCES[key]
        events.append(_event(f"ev-{key}", f"doc-{key}", text, text.split(",")[0], source, killed, kind))

    def version(value: Any, keys: list[str]) -> dict[str, Any]:
        return {"value": value, "event_ids": [f"ev-{k}" for k in keys], "sources": [SOURCES[k][0] for k in keys]}

    killed = [version({"min": SOURCES[k][1], "max": SOURCES[k][1]}, [k]) for k in TEXTS]
    incident = {
        "incident_id": "inc-strike",
        "event_ids": [e["event_id"] for e in events],
        "doc_ids": [d["doc_id"] for d in documents],
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "location": events[0]["location"],
        "date": events[0]["date"],
        "fields": {
            "actor1": [version("Military Forces of Syria", list(TEXTS))],
            "killed": killed,
            "status": [version("occurred", list(TEXTS))],
        },
        "consensus": {"actor1": "Military Forces of Syria", "killed": {"min": 2, "max": 2}, "status": "occurred"},
        "contradictions": [
            {"field": "killed", "values": [{"value": v["value"], "sources": v["sources"]} for v in killed]}
        ],
    }
    records: dict[str, list[Any]] = {
        "documents": documents,
        "events": events,
        "incidents": [incident],
        "sentences": [
            {
                "doc_id": "doc-militia",
                "start": 0,
                "end": len(TEXTS["militia"]),
                "kind": "opinion",
                "techniques": [{"technique": "Loaded_Language", "start": 15, "end": 23, "score": 0.9}],
            }
        ],
    }
    if hostile:
        text = HOSTILE
        documents.append(
            _document("h<1>", "Hostile outlet", text, title=HOSTILE_TITLE, url="https://example.org/a?b=<c>")
        )
        event = _event("ev-hostile", "h<1>", text.replace("attacked", "strike"), "Gunmen", "state media", 2, "media")
        event["evidence"] = {
            "text": text[text.index("Gunmen") : text.index("Gunmen") + 60],
            "start": text.index("Gunmen"),
            "end": text.index("Gunmen") + 60,
        }
        event["trigger"] = {"text": "attacked", "start": text.index("attacked"), "end": text.index("attacked") + 8}
        event["actor1"]["name"] = "<img src=x onerror=alert(6)>"
        event["location"] = {**event["location"], "name": "Daraa</script>", "lat": 32.62, "lon": 36.1}
        events.append(event)
        records["incidents"].append(
            {
                "incident_id": "inc-<hostile>",
                "event_ids": ["ev-hostile"],
                "doc_ids": ["h<1>"],
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "location": event["location"],
                "date": event["date"],
            }
        )
    return records


def render_sample(hostile: bool = True) -> str:
    r = sample_records(hostile)
    data = report.payload(
        r["documents"],
        r["events"],
        r["incidents"],
        r["sentences"],
        [("bad.bin", "binary file <not text>")],
        generated="2024-03-06 00:00 UTC",
    )
    return report.render_payload(data)


# --- helpers ---------------------------------------------------------------------------------------------

SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)


def scripts(html: str) -> list[tuple[str, str]]:
    return [(m.group("attrs"), m.group("body")) for m in SCRIPT.finditer(html)]


def data_of(html: str, element_id: str = "sitrep-data") -> Any:
    for attrs, body in scripts(html):
        if f'id="{element_id}"' in attrs:
            return json.loads(body)
    raise AssertionError(f"no {element_id}")


def without_data(html: str) -> str:
    """The page minus its JSON data blocks: markup, style and our own script."""
    return SCRIPT.sub(lambda m: "" if "application/json" in m.group("attrs") else m.group(0), html)


def assert_offline(html: str) -> None:
    """No reference to anything on a network, anywhere in the page's markup, style or script."""
    page = without_data(html)
    assert not re.search(r"""(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "@import" not in page
    assert not re.search(r"https?://|ftp://|wss?://", page), "an address in the page's own markup or code"
    code = "".join(body for attrs, body in scripts(html) if "application/json" not in attrs)
    for api in (
        "fetch(",
        "XMLHttpRequest",
        "WebSocket",
        "EventSource",
        "sendBeacon",
        "import(",
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert api not in code, f"the report's script uses {api}"
    for attrs, body in scripts(html):
        if "application/json" in attrs:
            assert "<" not in body and ">" not in body, "markup characters inside a data block"


# --- tests -------------------------------------------------------------------------------------------------


def test_a_real_run_renders_hostile_text_inert(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "h<1>", "title": HOSTILE_TITLE, "text": HOSTILE}) + "\n")
    summary = run([str(source)], tmp_path / "out", Settings())
    assert summary.documents == 1
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img src=x", "<b>title</b>", "<svg onload", 'href="javascript'):
        assert raw not in html
    data = data_of(html)
    assert data["documents"][0]["title"] == HOSTILE_TITLE
    assert "<script>alert(1)</script>" in data["documents"][0]["text"]  # kept exactly, as data
    assert_offline(html)


def test_sample_report_is_offline_and_its_data_round_trips() -> None:
    html = render_sample()
    assert_offline(html)
    data = data_of(html)
    hostile = next(d for d in data["documents"] if d["id"] == "h<1>")
    assert hostile["text"] == HOSTILE and hostile["title"] == HOSTILE_TITLE
    assert hostile["url"] == "https://example.org/a?b=<c>"  # an address as data, shown as text, never a link
    assert data["meta"]["failures"] == [{"input": "bad.bin", "reason": "binary file <not text>"}]
    assert "</script><script>alert(4)" not in html


def test_content_security_policy_allows_only_our_own_script_and_style() -> None:
    html = render_sample()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = dict(part.strip().split(" ", 1) for part in html_unescape(csp.group(1)).split(";"))
    assert policy["default-src"] == "'none'"
    assert "unsafe-inline" not in policy["script-src"] and "unsafe-inline" not in policy["style-src"]
    code = [body for attrs, body in scripts(html) if "application/json" not in attrs]
    assert len(code) == 1

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert policy["script-src"] == digest(code[0])
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert style is not None and policy["style-src"] == digest(style.group(1))
    markup = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S)
    assert not re.search(r"\son[a-z]+\s*=", markup), "an inline event handler in the markup"


def test_payload_cross_references_claims_documents_and_versions() -> None:
    r = sample_records(hostile=False)
    data = report.payload(r["documents"], r["events"], r["incidents"], r["sentences"])
    (incident,) = data["incidents"]
    assert incident["contradictions"] == ["killed"]
    killed = incident["fields"]["killed"]
    assert [v["value"]["min"] for v in killed] == [2, 9, 30]
    assert [data["events"][v["events"][0]]["source"] for v in killed] == [s[0] for s in SOURCES.values()]
    assert sorted(incident["docs"]) == [0, 1, 2]
    assert all(e["incident"] == 0 for e in data["events"])
    assert all(e["evidence"] is None for e in data["events"])  # the document supplies it
    assert data["documents"][2]["sentences"] == [[0, len(TEXTS["militia"]), "opinion", [["Loaded_Language", 15, 23]]]]
    assert data["meta"]["period"] == ["2024-03-05", "2024-03-05"]
    assert data["countries"]["SY"] == "Syria"


def test_payload_tolerates_what_the_linker_leaves_out() -> None:
    r = sample_records(hostile=False)
    bare = [
        {"incident_id": "inc-bare", "event_ids": ["ev-ministry", "ev-monitor", "ev-unknown"]},
        {"incident_id": "inc-empty"},
    ]
    events = [
        *r["events"],
        {"event_id": "ev-orphan", "doc_id": "doc-missing", "evidence": {"text": "lost", "start": 0, "end": 4}},
    ]
    data = report.payload(r["documents"], events, bare, [])
    first, empty = data["incidents"]
    assert first["events"] == [0, 1] and first["contradictions"] == []
    assert first["event_type"] == "Explosions/Remote violence"  # from its claims
    assert [v["value"]["min"] for v in first["fields"]["killed"]] == [2, 9]  # versions rebuilt from the claims
    assert first["consensus"]["actor1"] == "Military Forces of Syria"
    assert empty["events"] == [] and empty["location"] is None and empty["date"] is None
    orphan = data["events"][-1]
    assert orphan["doc"] == -1 and orphan["evidence"] == "lost" and orphan["status"] == "occurred"
    html = report.render_payload(data)
    assert_offline(html)


def test_an_empty_store_renders() -> None:
    html = report.render_payload(report.payload([], [], [], []))
    assert 'data-kpi="incidents">0<' in html and "undated" in html
    assert_offline(html)


def test_script_json_cannot_end_its_element() -> None:
    text = report.script_json({"t": "</script><!-- <script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- <script> & \u2028"}


def test_basemap_is_small_complete_and_documented() -> None:
    path = Path(str(data_path("basemap/countries.json")))
    assert path.stat().st_size < 1_000_000
    basemap = json.loads(path.read_text(encoding="utf-8"))
    arcs = len(basemap["arcs"])
    by_code = {c["iso2"]: c for c in basemap["countries"] if c["iso2"]}
    assert len(basemap["countries"]) > 200
    for code in ("SY", "IQ", "LB", "IL", "PS", "YE", "UA", "SD", "ML", "MM", "XK"):
        assert code in by_code, code
    for country in basemap["countries"]:
        for polygon in country["polygons"]:
            for ring in polygon:
                assert ring and all(-arcs <= i < arcs for i in ring)
    readme = (path.parent / "README.md").read_text(encoding="utf-8")
    assert "Natural Earth" in readme and "public domain" in readme and "build_basemap.py" in readme


@pytest.mark.parametrize("name", ["report.js", "report.css"])
def test_assets_cannot_close_their_element(name: str) -> None:
    text = report._asset(name)
    assert "</script" not in text.lower() and "</style" not in text.lower()


def test_5000_claims_make_a_page_of_bounded_size() -> None:
    html = report.render_payload(synthetic_payload(5000))
    assert len(html) < 12_000_000


def synthetic_payload(n_events: int, seed: int = 1) -> dict[str, Any]:
    """A payload of `n_events` claims in pairs of incidents across five places and a year (for speed checks)."""
    import random

    rng = random.Random(seed)
    places = [
        ("Aleppo", 36.2, 37.16, "SY"),
        ("Mosul", 36.34, 43.13, "IQ"),
        ("Gaza", 31.5, 34.47, "PS"),
        ("Sanaa", 15.35, 44.2, "YE"),
        ("Kharkiv", 49.99, 36.23, "UA"),
    ]
    text = "Shelling hit the town on Tuesday, killing several people, officials said. " * 8
    documents = [_document(f"d{i}", f"outlet {i % 40}", text) for i in range(n_events // 2)]
    events, incidents = [], []
    for i in range(n_events):
        name, lat, lon, country = rng.choice(places)
        day = f"2024-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        event = _event(f"e{i}", f"d{i // 2}", text, text[:60], f"source {i % 30}", rng.randrange(30))
        event["location"] = {
            **event["location"],
            "name": name,
            "lat": lat + rng.random(),
            "lon": lon + rng.random(),
            "country": country,
        }
        event["date"] = {"text": "on Tuesday", "start": day, "end": day, "precision": "day"}
        event["trigger"] = {"text": "Shelling", "start": 0, "end": 8}
        events.append(event)
    for i in range(0, n_events - 1, 2):
        a, b = events[i], events[i + 1]
        versions = [
            {"value": e["killed"], "event_ids": [e["event_id"]], "sources": [e["attribution"]["source"]]}
            for e in (a, b)
        ]
        incidents.append(
            {
                "incident_id": f"i{i}",
                "event_ids": [a["event_id"], b["event_id"]],
                "doc_ids": [a["doc_id"]],
                "event_type": a["event_type"],
                "sub_event_type": a["sub_event_type"],
                "location": a["location"],
                "date": a["date"],
                "fields": {"killed": versions},
                "consensus": {"killed": a["killed"]},
                "contradictions": [{"field": "killed", "values": versions}] if i % 6 == 0 else [],
            }
        )
    return report.payload(documents, events, incidents, [])
