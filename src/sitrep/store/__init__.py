"""The store: SQLite by default (one file, opens in Datasette), PostgreSQL by URL.

Each record is kept whole as JSON (``record``) beside flat columns an analyst
can query. Writing a document replaces its events and sentences in one
transaction, so re-runs upsert and never duplicate rows, and an interrupted
run keeps every document it finished.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    create_engine,
    delete,
    false,
    func,
    not_,
    or_,
    select,
)
from sqlalchemy.engine import Connection, Engine

from ..errors import ConfigError
from ..model import Analysis, EventClaim, Failure, Incident
from ..serialize import document_json, event_from, event_json, incident_from, incident_json, sentence_json

SCHEMA_VERSION = "1"
metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("content_hash", String, nullable=False),
    Column("pipeline", String, nullable=False),
    Column("title", Text),
    Column("outlet", String),
    Column("author", String),
    Column("url", Text),
    Column("published", String),
    Column("language", String),
    Column("origin", Text),
    Column("n_events", Integer),
    Column("opinion_share", Float),
    Column("speculation_share", Float),
    Column("techniques_per_1000_words", Float),
    Column("processed_at", String),
    Column("record", Text, nullable=False),
)
events = Table(
    "events",
    metadata,
    Column("event_id", String, primary_key=True),
    Column("doc_id", String, index=True, nullable=False),
    Column("event_type", String, index=True),
    Column("sub_event_type", String),
    Column("actor1", String, index=True),
    Column("inter1", Integer),
    Column("actor2", String, index=True),
    Column("inter2", Integer),
    Column("location", String),
    Column("country", String, index=True),
    Column("admin1", String),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("date_start", String, index=True),
    Column("date_end", String),
    Column("date_precision", String),
    Column("killed_min", Integer),
    Column("killed_max", Integer),
    Column("injured_min", Integer),
    Column("injured_max", Integer),
    Column("casualties_min", Integer),
    Column("casualties_max", Integer),
    Column("source", String),
    Column("source_kind", String),
    Column("status", String, index=True),
    Column("aggregate", Boolean),
    Column("confidence", Float),
    Column("evidence", Text),
    Column("record", Text, nullable=False),
)
sentences = Table(
    "sentences",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer),
    Column("kind", String),
    Column("techniques", Text),
    Column("record", Text, nullable=False),
)
incidents = Table(
    "incidents",
    metadata,
    Column("incident_id", String, primary_key=True),
    Column("event_type", String),
    Column("sub_event_type", String),
    Column("location", String),
    Column("country", String),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("date_start", String),
    Column("date_end", String),
    Column("n_events", Integer),
    Column("n_documents", Integer),
    Column("n_contradictions", Integer),
    Column("record", Text, nullable=False),
)
incident_events = Table(
    "incident_events",
    metadata,
    Column("incident_id", String, primary_key=True),
    Column("event_id", String, primary_key=True, index=True),
)
failures = Table(
    "failures",
    metadata,
    Column("origin", String, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("seen_at", String),
)
meta = Table("meta", metadata, Column("key", String, primary_key=True), Column("value", Text))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class Store:
    def __init__(self, url: str) -> None:
        try:
            self.engine: Engine = create_engine(url, future=True)
        except Exception as error:
            raise ConfigError(f"cannot use database URL {url!r}: {error}") from error
        metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            _upsert(conn, meta, [{"key": "schema_version", "value": SCHEMA_VERSION}], ["key"])

    def close(self) -> None:
        self.engine.dispose()

    # --- writing ---------------------------------------------------------------------

    def is_current(self, doc_id: str, content_hash: str, pipeline: str) -> bool:
        """True when the document is stored with this content by this pipeline (resume)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(documents.c.content_hash, documents.c.pipeline).where(documents.c.doc_id == doc_id)
            ).first()
        return row is not None and row.content_hash == content_hash and row.pipeline == pipeline

    def save(self, analyses: Iterable[Analysis], pipeline: str) -> None:
        """Upsert documents with their events and sentences, in one transaction."""
        with self.engine.begin() as conn:
            for analysis in analyses:
                self._save_one(conn, analysis, pipeline)

    def _save_one(self, conn: Connection, analysis: Analysis, pipeline: str) -> None:
        document = analysis.document
        summary = analysis.slant_summary
        record = document_json(document, analysis)
        _upsert(
            conn,
            documents,
            [
                {
                    "doc_id": document.doc_id,
                    "content_hash": document.content_hash,
                    "pipeline": pipeline,
                    "title": document.title,
                    "outlet": document.outlet,
                    "author": document.author,
                    "url": document.url,
                    "published": record["published"],
                    "language": document.language,
                    "origin": document.origin,
                    "n_events": len(analysis.events or ()),
                    "opinion_share": summary.opinion_share if summary else None,
                    "speculation_share": summary.speculation_share if summary else None,
                    "techniques_per_1000_words": summary.techniques_per_1000_words if summary else None,
                    "processed_at": _now(),
                    "record": json.dumps(record, ensure_ascii=False),
                }
            ],
            ["doc_id"],
        )
        conn.execute(delete(events).where(events.c.doc_id == document.doc_id))
        conn.execute(delete(sentences).where(sentences.c.doc_id == document.doc_id))
        conn.execute(delete(failures).where(failures.c.origin == document.origin))
        rows = [_event_row(e) for e in analysis.events or ()]
        if rows:
            conn.execute(events.insert(), rows)
        sentence_rows = [_sentence_row(document.doc_id, s) for s in analysis.slant or ()]
        if sentence_rows:
            conn.execute(sentences.insert(), sentence_rows)

    def save_failures(self, items: Iterable[Failure]) -> None:
        rows = [{"origin": f.origin, "reason": f.reason, "seen_at": _now()} for f in items]
        if rows:
            with self.engine.begin() as conn:
                _upsert(conn, failures, rows, ["origin"])

    def replace_incidents(self, items: Iterable[Incident]) -> int:
        count = 0
        with self.engine.begin() as conn:
            conn.execute(delete(incident_events))
            conn.execute(delete(incidents))
            for incident in items:
                conn.execute(incidents.insert(), [_incident_row(incident)])
                conn.execute(
                    incident_events.insert(),
                    [{"incident_id": incident.incident_id, "event_id": e} for e in incident.event_ids],
                )
                count += 1
        return count

    # --- reading -------------------------------------------------------------------------

    def documents(self) -> Iterator[dict[str, Any]]:
        yield from self._records(documents, documents.c.doc_id)

    def events(self) -> Iterator[EventClaim]:
        for record in self._records(events, events.c.doc_id, events.c.event_id):
            yield event_from(record)

    # --- reading for incident linking (stages/incidents.py sweeps the store in time order) ---

    def events_by_date(
        self, event_types: Sequence[str], statuses: Sequence[str], precisions: Sequence[str]
    ) -> Iterator[EventClaim]:
        """Located, dated claims in the order of their first day: the linker's main sweep.

        Claims of the given types and statuses, not aggregates, with latitude,
        longitude and a date whose precision is one of `precisions`, ordered
        by ``date_start`` then ``event_id``. Streamed, so memory stays flat.
        """
        query = (
            select(events.c.record)
            .where(_linkable(event_types, statuses), _anchored(precisions))
            .order_by(events.c.date_start, events.c.event_id)
        )
        for row in self._stream(query):
            yield event_from(json.loads(row.record))

    def events_by_window(
        self, event_types: Sequence[str], statuses: Sequence[str], precisions: Sequence[str]
    ) -> Iterator[tuple[EventClaim, str | None]]:
        """The other linkable claims (no coordinates, or a date coarser than `precisions`, or none).

        Each comes with its document's publication date, or, when the document
        has none, the last day any of its claims reaches; ordered by the end of
        the claim's time window: its own ``date_end``, else that date.
        """
        other = events.alias("other")
        latest = select(func.max(other.c.date_end)).where(other.c.doc_id == events.c.doc_id).scalar_subquery()
        published = func.coalesce(documents.c.published, latest)
        query = (
            select(events.c.record, published.label("published"))
            .select_from(events.outerjoin(documents, documents.c.doc_id == events.c.doc_id))
            .where(_linkable(event_types, statuses), not_(_anchored(precisions)))
            .order_by(func.coalesce(events.c.date_end, published), events.c.event_id)
        )
        for row in self._stream(query):
            yield event_from(json.loads(row.record)), row.published

    def events_excluded(self, event_types: Sequence[str], statuses: Sequence[str]) -> Iterator[EventClaim]:
        """The claims the two queries above never return: aggregates, other types, other statuses."""
        linkable = _linkable(event_types, statuses)
        unknown = or_(events.c.event_type.is_(None), events.c.status.is_(None))
        query = select(events.c.record).where(or_(not_(linkable), unknown)).order_by(events.c.event_id)
        for row in self._stream(query):
            yield event_from(json.loads(row.record))

    def _stream(self, query: Any) -> Iterator[Any]:
        with self.engine.connect() as conn:
            yield from conn.execution_options(stream_results=True).execute(query)

    def event_records(self) -> Iterator[dict[str, Any]]:
        yield from self._records(events, events.c.doc_id, events.c.event_id)

    def sentences(self) -> Iterator[dict[str, Any]]:
        yield from self._records(sentences, sentences.c.doc_id, sentences.c.start)

    def incidents(self) -> Iterator[Incident]:
        for record in self._records(incidents, incidents.c.incident_id):
            yield incident_from(record)

    def failures(self) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            return [(r.origin, r.reason) for r in conn.execute(select(failures).order_by(failures.c.origin))]

    def count(self, table: str) -> int:
        target = metadata.tables[table]
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(target)).scalar_one())

    def _records(self, table: Table, *order: Any) -> Iterator[dict[str, Any]]:
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(select(table.c.record).order_by(*order))
            for row in result:
                yield json.loads(row.record)


def _linkable(event_types: Sequence[str], statuses: Sequence[str]) -> Any:
    not_aggregate = or_(events.c.aggregate.is_(None), events.c.aggregate == false())
    return and_(events.c.event_type.in_(list(event_types)), events.c.status.in_(list(statuses)), not_aggregate)


def _anchored(precisions: Sequence[str]) -> Any:
    return and_(
        events.c.latitude.is_not(None),
        events.c.longitude.is_not(None),
        events.c.date_start.is_not(None),
        events.c.date_end.is_not(None),
        events.c.date_precision.in_(list(precisions)),
    )


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    dialect = conn.dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert  # type: ignore[assignment]
    else:
        raise ConfigError(f"unsupported database {dialect!r}; use SQLite or PostgreSQL")
    statement = insert(table)
    update = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
    conn.execute(statement.on_conflict_do_update(index_elements=keys, set_=update), rows)


def _event_row(event: EventClaim) -> dict[str, Any]:
    record = event_json(event)
    a1, a2, place, date = event.actor1, event.actor2, event.location, event.date

    def bounds(count: Any) -> tuple[Any, Any]:
        return (count.min, count.max) if count else (None, None)

    killed, injured, casualties = bounds(event.killed), bounds(event.injured), bounds(event.casualties)
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": a1.name if a1 else None,
        "inter1": a1.kind if a1 else None,
        "actor2": a2.name if a2 else None,
        "inter2": a2.kind if a2 else None,
        "location": place.name if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "date_start": record["date"]["start"] if date else None,
        "date_end": record["date"]["end"] if date else None,
        "date_precision": date.precision if date else None,
        "killed_min": killed[0],
        "killed_max": killed[1],
        "injured_min": injured[0],
        "injured_max": injured[1],
        "casualties_min": casualties[0],
        "casualties_max": casualties[1],
        "source": event.attribution.source,
        "source_kind": event.attribution.kind,
        "status": event.status,
        "aggregate": event.aggregate,
        "confidence": event.confidence,
        "evidence": event.evidence.text,
        "record": json.dumps(record, ensure_ascii=False),
    }


def _sentence_row(doc_id: str, slant: Any) -> dict[str, Any]:
    record = sentence_json(doc_id, slant)
    return {
        "doc_id": doc_id,
        "start": slant.start,
        "end": slant.end,
        "kind": slant.kind,
        "techniques": ",".join(sorted({t.technique for t in slant.techniques})),
        "record": json.dumps(record, ensure_ascii=False),
    }


def _incident_row(incident: Incident) -> dict[str, Any]:
    record = incident_json(incident)
    place, date = incident.location, incident.date
    return {
        "incident_id": incident.incident_id,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "location": place.name if place else None,
        "country": place.country if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "date_start": record["date"]["start"] if date else None,
        "date_end": record["date"]["end"] if date else None,
        "n_events": len(incident.event_ids),
        "n_documents": len(incident.doc_ids),
        "n_contradictions": len(incident.contradictions),
        "record": json.dumps(record, ensure_ascii=False),
    }
