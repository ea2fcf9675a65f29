"""A small, read-only web UI over an output folder: the report, the store's tables, read-only SQL.

`sitrep serve OUTDIR` runs it; docs/report.md says what each page shows and
why it is our own code rather than Datasette (no extra dependencies, the
report served beside the tables, and read-only enforced three times over).

Read-only, three times over:

* SQLite opens the file with ``mode=ro``: the connection cannot write.
* ``PRAGMA query_only`` is on, and an authorizer allows only reading
  statements (SELECT, reads of columns, functions): a DELETE, an ATTACH or a
  PRAGMA in the SQL box is refused before it runs.
* The server answers GET and HEAD only; any other method gets 405.

It binds to 127.0.0.1 by default and, against DNS rebinding, answers only
requests whose ``Host`` is the address it is bound to or a loopback name.
Every page is rendered by Jinja2 with autoescaping and sent with a
Content-Security-Policy that forbids scripts and anything from the network.
"""

from __future__ import annotations

import csv
import http.server
import io
import json
import logging
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .export import OUTPUT_FILES
from .export.report import environment

log = logging.getLogger(__name__)

DATABASE = "sitrep.db"
PAGE_SIZES = (25, 50, 100, 500)
SQL_ROW_LIMIT = 1000
SQL_SECONDS = 3.0
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

# What each table holds, shown on the pages (Datasette keeps the same in metadata.json).
TABLES: dict[str, dict[str, Any]] = {
    "incidents": {
        "about": "One row per incident: the real event behind one or more claims. `record` holds every source's "
        "version of each field and the contradictions.",
        "key": "incident_id",
        "facets": ("event_type", "country", "n_contradictions"),
        "sort": "date_start",
    },
    "events": {
        "about": "One row per event claim: one document's statement about one event (the output contract). "
        "`evidence` is the sentence it came from.",
        "key": "event_id",
        "facets": ("event_type", "status", "source_kind", "country"),
        "sort": "date_start",
        "links": {"doc_id": "documents"},
    },
    "documents": {
        "about": "One row per article read, with its slant summary; `record` holds the normalised text every "
        "offset points into.",
        "key": "doc_id",
        "facets": ("outlet", "language"),
        "sort": "published",
    },
    "sentences": {
        "about": "Sentences that are not plain reporting (opinion, speculation, quotes) or carry persuasion "
        "techniques.",
        "key": None,
        "facets": ("kind",),
        "sort": "doc_id",
        "links": {"doc_id": "documents"},
    },
    "incident_events": {
        "about": "Which claims make up which incident.",
        "key": None,
        "facets": (),
        "sort": None,
        "links": {"incident_id": "incidents", "event_id": "events"},
    },
    "failures": {"about": "Inputs that could not be used, and why.", "key": "origin", "facets": (), "sort": None},
    "meta": {"about": "Store metadata (schema version).", "key": "key", "facets": (), "sort": None},
}
HIDDEN_IN_LISTS = frozenset({"record"})
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
REPORT_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, getattr(sqlite3, "SQLITE_RECURSIVE", 33)}
)


class ReadOnlyError(Exception):
    """A statement that would change the store, or one the browser may not run."""


# --- the store, read-only ------------------------------------------------------------------


def _authorize(action: int, *_: object) -> int:
    return sqlite3.SQLITE_OK if action in _READ_ACTIONS else sqlite3.SQLITE_DENY


@contextmanager
def connect(path: Path, seconds: float = SQL_SECONDS) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write, and gives up on a statement after `seconds`."""
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.set_authorizer(_authorize)
        deadline = time.monotonic() + seconds
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        yield conn
    finally:
        conn.close()


def table_names(conn: sqlite3.Connection) -> list[str]:
    with _schema_access(conn):
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    names = [r[0] for r in rows]
    return sorted(names, key=lambda n: (list(TABLES).index(n) if n in TABLES else len(TABLES), n))


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    with _schema_access(conn):
        return [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]


@contextmanager
def _schema_access(conn: sqlite3.Connection) -> Iterator[None]:
    """PRAGMA table_info is a read; allow it for our own schema look-ups only."""
    conn.set_authorizer(None)
    try:
        yield
    finally:
        conn.set_authorizer(_authorize)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def run_sql(
    conn: sqlite3.Connection, sql: str, limit: int = SQL_ROW_LIMIT
) -> tuple[list[str], list[tuple[Any, ...]], bool]:
    """Columns, up to `limit` rows, and whether there were more. Raises ReadOnlyError for anything but a read."""
    try:
        cursor = conn.execute(sql)
    except sqlite3.DatabaseError as error:
        if "not authorized" in str(error) or "readonly" in str(error) or "query_only" in str(error):
            raise ReadOnlyError("the store is read-only here: only SELECT statements run") from error
        raise
    names = [d[0] for d in cursor.description or ()]
    rows = cursor.fetchmany(limit + 1)
    return names, rows[:limit], len(rows) > limit


@dataclass
class TableQuery:
    """What /table/NAME shows: exact filters on columns, a text search, sorting and a page."""

    table: str
    filters: dict[str, str]
    q: str = ""
    sort: str | None = None
    desc: bool = False
    page: int = 0
    size: int = 50

    @classmethod
    def parse(cls, table: str, params: dict[str, list[str]], known: list[str]) -> TableQuery:
        def one(name: str, default: str = "") -> str:
            return params.get(name, [default])[-1]

        filters = {k: v[-1] for k, v in params.items() if k in known}
        size = int(one("size", "50")) if one("size", "50").isdigit() else 50
        page = int(one("page", "0")) if one("page", "0").isdigit() else 0
        sort = one("sort") or TABLES.get(table, {}).get("sort")
        return cls(
            table=table,
            filters=filters,
            q=one("q"),
            sort=sort if sort in known else None,
            desc=one("desc", "1" if sort == TABLES.get(table, {}).get("sort") else "") == "1",
            page=page,
            size=min(size, max(PAGE_SIZES)),
        )

    def where(self, known: list[str]) -> tuple[str, list[Any]]:
        clauses, args = [], []
        for name, value in self.filters.items():
            if value == "":
                clauses.append(f"{_quote(name)} IS NULL")
            else:
                clauses.append(f"CAST({_quote(name)} AS TEXT) = ?")
                args.append(value)
        if self.q:
            searchable = [c for c in known if c not in HIDDEN_IN_LISTS] or known
            clauses.append("(" + " OR ".join(f"CAST({_quote(c)} AS TEXT) LIKE ?" for c in searchable) + ")")
            args += [f"%{self.q}%"] * len(searchable)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def rows(self, conn: sqlite3.Connection, known: list[str]) -> tuple[int, list[str], list[tuple[Any, ...]]]:
        where, args = self.where(known)
        table = _quote(self.table)
        total = int(conn.execute(f"SELECT count(*) FROM {table}{where}", args).fetchone()[0])
        shown = [c for c in known if c not in HIDDEN_IN_LISTS] or known
        order = f" ORDER BY {_quote(self.sort)} {'DESC' if self.desc else 'ASC'}" if self.sort else ""
        sql = f"SELECT {', '.join(_quote(c) for c in shown)} FROM {table}{where}{order} LIMIT ? OFFSET ?"
        rows = conn.execute(sql, [*args, self.size, self.page * self.size]).fetchall()
        return total, shown, rows

    def facets(self, conn: sqlite3.Connection, known: list[str]) -> dict[str, list[tuple[Any, int]]]:
        where, args = self.where(known)
        result = {}
        for name in TABLES.get(self.table, {}).get("facets", ()):
            if name not in known or name in self.filters:
                continue
            column = _quote(name)
            sql = f"SELECT {column}, count(*) AS n FROM {_quote(self.table)}{where} GROUP BY {column} ORDER BY n DESC LIMIT 12"
            result[name] = [(r[0], r[1]) for r in conn.execute(sql, args).fetchall()]
        return result

    def link(self, filters: dict[str, Any] | None = None, state: dict[str, Any] | None = None) -> str:
        """This view's address with some column filters (None removes one) and some of q/sort/desc/page/size changed."""
        params: dict[str, Any] = {**self.filters, **(filters or {})}
        current = {
            "q": self.q,
            "sort": self.sort,
            "desc": ("1" if self.desc else "0") if self.sort else "",
            "page": self.page,
            "size": self.size,
        }
        current.update(state or {})
        params.update({k: v for k, v in current.items() if v not in ("", None, 0) and not (k == "size" and v == 50)})
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
        return f"/table/{urllib.parse.quote(self.table)}?{query}"


# --- the web app -------------------------------------------------------------------------------


class App:
    """Routes a GET path to a page; knows the output folder and renders templates."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.database = outdir / DATABASE
        if not self.database.exists():
            raise ConfigError(f"{outdir} has no {DATABASE}; run 'sitrep run INPUT... -o {outdir}' first")
        self.templates = environment()

    def handle(self, path: str) -> tuple[int, str, bytes, dict[str, str]]:
        """Status, content type, body and extra headers for a GET of `path`."""
        parsed = urllib.parse.urlsplit(path)
        route = urllib.parse.unquote(parsed.path)
        params = urllib.parse.parse_qs(parsed.query, keep_blank_values=True)
        try:
            if route == "/":
                return self._html(self.index())
            if route == "/report.html":
                return self._file("report.html", "text/html; charset=utf-8", {"Content-Security-Policy": REPORT_CSP})
            if route.startswith("/files/"):
                return self._download(route.removeprefix("/files/"))
            if route == "/sql":
                return self.sql(params)
            if route.startswith("/table/"):
                return self.table(route.removeprefix("/table/"), params)
            if route.startswith("/row/"):
                table, _, key = route.removeprefix("/row/").partition("/")
                return self._html(self.row(table, key))
        except LookupError as missing:
            return self._html(self._page("error.html", title="Not found", message=str(missing.args[0])), 404)
        return self._html(self._page("error.html", title="Not found", message=f"no page {route}"), 404)

    # pages

    def index(self) -> str:
        with connect(self.database) as conn:
            tables = [
                (name, self._count(conn, name), TABLES.get(name, {}).get("about", "")) for name in table_names(conn)
            ]
        files = [(name, (self.outdir / name).stat().st_size) for name in OUTPUT_FILES if (self.outdir / name).is_file()]
        return self._page("index.html", title=f"sitrep store: {self.outdir.name}", tables=tables, files=files)

    def table(self, name: str, params: dict[str, list[str]]) -> tuple[int, str, bytes, dict[str, str]]:
        fmt = "html"
        for suffix in (".json", ".csv"):
            if name.endswith(suffix):
                name, fmt = name.removesuffix(suffix), suffix[1:]
        with connect(self.database) as conn:
            if name not in table_names(conn):
                raise LookupError(f"no table {name!r}")
            known = columns(conn, name)
            query = TableQuery.parse(name, params, known)
            total, shown, rows = query.rows(conn, known)
            if fmt == "json":
                body = {"table": name, "total": total, "columns": shown, "rows": [list(r) for r in rows]}
                return 200, "application/json", json.dumps(body, ensure_ascii=False).encode(), {}
            if fmt == "csv":
                return 200, "text/csv; charset=utf-8", _csv(shown, rows).encode(), {}
            facets = query.facets(conn, known)
        key = TABLES.get(name, {}).get("key")
        links = {key: name} if key else {}
        links.update(TABLES.get(name, {}).get("links", {}))
        return self._html(
            self._page(
                "table.html",
                title=name,
                about=TABLES.get(name, {}).get("about", ""),
                query=query,
                total=total,
                columns=shown,
                rows=rows,
                links=[links.get(c) for c in shown],
                facets=facets,
                pages=max(1, -(-total // query.size)),
                page_sizes=PAGE_SIZES,
            )
        )

    def row(self, table: str, key: str) -> str:
        key_column = TABLES.get(table, {}).get("key")
        with connect(self.database) as conn:
            if table not in table_names(conn) or not key_column:
                raise LookupError(f"no table {table!r} with one key column")
            known = columns(conn, table)
            found = conn.execute(f"SELECT * FROM {_quote(table)} WHERE {_quote(key_column)} = ?", [key]).fetchone()
            if found is None:
                raise LookupError(f"no row {key!r} in {table}")
            values = dict(zip(known, found, strict=True))
            related = self._related(conn, table, key)
        record = values.pop("record", None)
        try:
            parsed = json.loads(record) if record else None
        except ValueError:
            parsed = None
        text = parsed.pop("text", None) if isinstance(parsed, dict) and table == "documents" else None
        pretty = json.dumps(parsed, ensure_ascii=False, indent=2) if parsed is not None else record
        return self._page(
            "row.html", title=f"{table}: {key}", table=table, values=values, record=pretty, text=text, related=related
        )

    def sql(self, params: dict[str, list[str]]) -> tuple[int, str, bytes, dict[str, str]]:
        sql = params.get("sql", [""])[-1].strip()
        names: list[str] = []
        rows: list[tuple[Any, ...]] = []
        more, error, status = False, None, 200
        if sql:
            with connect(self.database) as conn:
                try:
                    names, rows, more = run_sql(conn, sql)
                except ReadOnlyError as refused:
                    error, status = str(refused), 403
                except sqlite3.Error as failed:
                    error, status = f"{type(failed).__name__}: {failed}", 400
        if params.get("format", [""])[-1] == "json":
            body = {"columns": names, "rows": [list(r) for r in rows], "truncated": more, "error": error}
            return status, "application/json", json.dumps(body, ensure_ascii=False).encode(), {}
        page = self._page(
            "sql.html",
            title="SQL",
            sql=sql,
            columns=names,
            rows=rows,
            more=more,
            error=error,
            limit=SQL_ROW_LIMIT,
            example=EXAMPLE_SQL,
        )
        return self._html(page, status)

    # helpers

    def _related(self, conn: sqlite3.Connection, table: str, key: str) -> list[tuple[str, str, list[tuple[Any, ...]]]]:
        queries = {
            "documents": [
                (
                    "events",
                    "SELECT event_id, event_type, sub_event_type, location, date_start, source, status "
                    "FROM events WHERE doc_id = ? ORDER BY event_id",
                )
            ],
            "incidents": [
                (
                    "events",
                    "SELECT e.event_id, e.doc_id, e.sub_event_type, e.location, e.date_start, e.source, "
                    "e.killed_min, e.killed_max FROM incident_events i JOIN events e USING (event_id) "
                    "WHERE i.incident_id = ? ORDER BY e.event_id",
                )
            ],
            "events": [
                (
                    "documents",
                    "SELECT d.doc_id, d.title, d.outlet, d.published FROM events e "
                    "JOIN documents d USING (doc_id) WHERE e.event_id = ?",
                ),
                ("incidents", "SELECT incident_id FROM incident_events WHERE event_id = ?"),
            ],
        }
        related = []
        for target, sql in queries.get(table, []):
            try:
                cursor = conn.execute(sql, [key])
            except sqlite3.Error:
                continue
            related.append((target, ",".join(d[0] for d in cursor.description), cursor.fetchmany(500)))
        return related

    def _count(self, conn: sqlite3.Connection, table: str) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])

    def _page(self, template: str, **context: Any) -> str:
        name = "serve_" + template + ".j2"
        return self.templates.get_template(name).render(outdir=str(self.outdir), **context)

    def _html(self, body: str, status: int = 200) -> tuple[int, str, bytes, dict[str, str]]:
        return status, "text/html; charset=utf-8", body.encode("utf-8"), {}

    def _file(self, name: str, content_type: str, headers: dict[str, str]) -> tuple[int, str, bytes, dict[str, str]]:
        path = self.outdir / name
        if not path.is_file():
            raise LookupError(f"{name} is not in {self.outdir}")
        return 200, content_type, path.read_bytes(), headers

    def _download(self, name: str) -> tuple[int, str, bytes, dict[str, str]]:
        if name not in OUTPUT_FILES:  # only the files sitrep writes: no path ever reaches the disk
            raise LookupError(f"no file {name!r}; the files are {', '.join(OUTPUT_FILES)}")
        types = {
            ".jsonl": "application/x-ndjson",
            ".csv": "text/csv; charset=utf-8",
            ".geojson": "application/geo+json",
            ".html": "text/html; charset=utf-8",
        }
        content_type = types.get(Path(name).suffix, "application/octet-stream")
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        if name == "report.html":
            headers = {"Content-Security-Policy": REPORT_CSP}
        return self._file(name, content_type, headers)


EXAMPLE_SQL = (
    "SELECT incident_id, sub_event_type, location, date_start, n_documents, n_contradictions\n"
    "FROM incidents WHERE n_contradictions > 0 ORDER BY n_documents DESC LIMIT 50"
)


def _csv(names: list[str], rows: list[tuple[Any, ...]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(names)
    writer.writerows(rows)
    return buffer.getvalue()


class Handler(http.server.BaseHTTPRequestHandler):
    """GET and HEAD through the App; every other method is refused: the store is read-only."""

    app: App
    allowed_hosts: frozenset[str]  # empty: any (the user chose to listen beyond this machine)
    server_version = "sitrep"
    sys_version = ""

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def _refuse(self) -> None:
        self._send(
            405,
            "text/plain; charset=utf-8",
            b"read-only: this server answers GET and HEAD only\n",
            {"Allow": "GET, HEAD"},
        )

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _refuse  # type: ignore[assignment]

    def _respond(self, head: bool) -> None:
        if self.allowed_hosts and _host_name(self.headers.get("Host") or "") not in self.allowed_hosts:
            self._send(
                421, "text/plain; charset=utf-8", b"unknown host name; use the address sitrep serve printed\n", {}
            )
            return
        try:
            status, content_type, body, headers = self.app.handle(self.path)
        except Exception:
            log.exception("serve: %s failed", self.path)
            status, content_type, body, headers = 500, "text/plain; charset=utf-8", b"internal error; see the log\n", {}
        self._send(status, content_type, b"" if head else body, headers, length=len(body))

    def _send(
        self, status: int, content_type: str, body: bytes, headers: dict[str, str], length: int | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        headers = {"Content-Security-Policy": CSP, **headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)


def make_server(outdir: Path, host: str = "127.0.0.1", port: int = 8765) -> http.server.ThreadingHTTPServer:
    """A server (not yet serving) for OUTDIR; port 0 picks a free one (see ``server.server_address``)."""
    app = App(outdir)
    allowed = frozenset() if host in ("0.0.0.0", "::", "") else LOOPBACK_NAMES | {host}
    handler = type("SitrepHandler", (Handler,), {"app": app, "allowed_hosts": allowed})
    try:
        server = http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as error:
        raise ConfigError(
            f"cannot listen on {host}:{port} ({error.strerror}); choose another --port (0 picks a free one)"
        ) from error
    server.daemon_threads = True
    return server


def _host_name(header: str) -> str:
    """The host part of a Host header: "127.0.0.1:8765" -> "127.0.0.1", "[::1]:80" -> "[::1]"."""
    if header.startswith("["):
        return header.split("]")[0] + "]"
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_NAMES or host.startswith("127.")


def address(server: http.server.ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    host = host.decode() if isinstance(host, bytes) else str(host)
    return f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
