"""The store: re-runs upsert, resume skips finished documents, records round-trip."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from sitrep.model import Actor, Analysis, Attribution, Count, DateRange, Document, EventClaim, Place, Span
from sitrep.runner import run
from sitrep.serialize import event_from, event_json
from sitrep.settings import Settings
from sitrep.store import Store, sqlite_url

from .conftest import DATA


def counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in ("documents", "events", "sentences", "incidents")}


def test_rerunning_the_same_inputs_duplicates_nothing(tmp_path):
    first = run([str(DATA / "articles")], tmp_path, Settings())
    store = Store(sqlite_url(tmp_path / "sitrep.db"))
    before = counts(store)
    second = run([str(DATA / "articles")], tmp_path, Settings())
    assert counts(store) == before
    assert first.documents == 5 and second.documents == 0 and second.skipped_current == 5
    assert before["events"] > 0


def test_a_changed_document_replaces_its_rows(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Two rockets hit the Conoco base on Sunday, causing no casualties."}\n')
    run([str(source)], tmp_path / "out", Settings(published=dt.date(2024, 3, 4)))
    source.write_text('{"id": "a", "text": "Gunmen kidnapped two aid workers near Idlib on Sunday, activists said."}\n')
    run([str(source)], tmp_path / "out", Settings(published=dt.date(2024, 3, 4)))
    store = Store(sqlite_url(tmp_path / "out" / "sitrep.db"))
    [event] = list(store.events())
    assert store.count("documents") == 1
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_ids_are_stable_across_runs(tmp_path):
    run([str(DATA / "articles")], tmp_path / "a", Settings())
    run([str(DATA / "articles")], tmp_path / "b", Settings())
    ids_a = [e.event_id for e in Store(sqlite_url(tmp_path / "a" / "sitrep.db")).events()]
    ids_b = [e.event_id for e in Store(sqlite_url(tmp_path / "b" / "sitrep.db")).events()]
    assert ids_a == ids_b and len(set(ids_a)) == len(ids_a)


counts_st = st.none() | st.builds(
    lambda a, b: Count(a, None if b is None else a + b), st.integers(0, 500), st.none() | st.integers(0, 50)
)
text_st = st.text(min_size=1, max_size=30)


@st.composite
def claims(draw) -> EventClaim:
    start = draw(st.integers(0, 1000))
    evidence = Span(start, start + 10, draw(text_st))
    place = draw(
        st.none()
        | st.builds(
            Place,
            text_st,
            text_st,
            st.none() | text_st,
            st.none() | st.floats(-90, 90),
            st.none() | st.floats(-180, 180),
            st.none() | st.sampled_from(["SY", "IQ"]),
            st.none() | text_st,
            st.none() | text_st,
            st.sampled_from([1, 2, 3]),
        )
    )
    day = draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)))
    return EventClaim(
        event_id=draw(text_st),
        doc_id=draw(text_st),
        evidence=evidence,
        event_type="Battles",
        sub_event_type="Armed clash",
        trigger=evidence,
        actor1=draw(st.none() | st.builds(Actor, text_st, text_st, st.integers(1, 8))),
        location=place,
        date=DateRange(draw(text_st), day, day, "day"),
        killed=draw(counts_st),
        injured=draw(counts_st),
        casualties=draw(counts_st),
        attribution=Attribution(draw(text_st), "media", None, tuple(draw(st.lists(text_st, max_size=3)))),
        status=draw(st.sampled_from(["occurred", "denied", "possible", "planned", "hypothetical"])),
        aggregate=draw(st.booleans()),
        confidence=draw(st.floats(0, 1)),
    )


@hyp_settings(max_examples=100, deadline=None)
@given(claims())
def test_event_records_round_trip_through_json(claim):
    assert event_from(event_json(claim)) == claim


@hyp_settings(max_examples=25, deadline=None)
@given(st.lists(claims(), min_size=1, max_size=4, unique_by=lambda c: c.event_id))
def test_event_records_round_trip_through_sqlite(tmp_path_factory, events):
    store = Store(sqlite_url(tmp_path_factory.mktemp("db") / "s.db"))
    document = Document("d", "text", "origin")
    events = [dataclasses.replace(e, doc_id="d") for e in events]
    store.save([Analysis(document, events=tuple(events))], "test")
    assert sorted(store.events(), key=lambda e: e.event_id) == sorted(events, key=lambda e: e.event_id)
