"""`sitrep serve`: read-only, loopback-only, and every value escaped."""

from __future__ import annotations

import http.client
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.serve import DATABASE, App, make_server

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


@pytest.fixture()
def outdir(tmp_path: Path) -> Path:
    with sqlite3.connect(tmp_path / DATABASE) as db:
        db.execute("CREATE TABLE documents (doc_id TEXT PRIMARY KEY, outlet TEXT, language TEXT, record TEXT)")
        db.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?)",
            ("d1", HOSTILE, "en", json.dumps({"text": HOSTILE})),
        )
    return tmp_path


def get(app: App, path: str) -> tuple[int, str]:
    status, _, body, _ = app.handle(path)
    return status, body.decode("utf-8")


def test_a_folder_without_a_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="run 'sitrep run"):
        App(tmp_path)


def test_tables_and_rows_escape_article_text(outdir: Path) -> None:
    app = App(outdir)
    for path in ("/", "/table/documents", "/row/documents/d1"):
        status, page = get(app, path)
        assert status == 200, path
        assert "<script>alert" not in page and "<img src=x" not in page, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in get(app, "/table/documents")[1]


@pytest.mark.parametrize(
    "sql",
    ["DELETE FROM documents", "DROP TABLE documents", "ATTACH DATABASE ':memory:' AS x", "PRAGMA query_only = OFF"],
)
def test_the_sql_box_refuses_anything_but_reading(outdir: Path, sql: str) -> None:
    status, _, body, _ = App(outdir).handle("/sql?format=json&sql=" + sql.replace(" ", "%20"))
    assert status in (400, 403) and json.loads(body)["error"]
    with sqlite3.connect(outdir / DATABASE) as db:
        assert db.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_the_sql_box_reads(outdir: Path) -> None:
    status, _, body, _ = App(outdir).handle("/sql?format=json&sql=SELECT%20doc_id%20FROM%20documents")
    assert status == 200 and json.loads(body)["rows"] == [["d1"]]


def test_the_server_answers_only_get_from_a_loopback_host(outdir: Path) -> None:
    server = make_server(outdir, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    try:

        def request(method: str, host_header: str) -> int:
            conn = http.client.HTTPConnection(str(host), port, timeout=10)
            conn.request(method, "/", headers={"Host": host_header})
            status = conn.getresponse().status
            conn.close()
            return status

        assert request("GET", f"127.0.0.1:{port}") == 200
        assert request("POST", f"127.0.0.1:{port}") == 405
        assert request("GET", "attacker.example") == 421  # DNS rebinding
    finally:
        server.shutdown()
        server.server_close()
