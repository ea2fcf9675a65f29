"""Ingest: every supported format, ids, and bad input turned into one-line reasons."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from sitrep.model import Failure, RawArticle
from sitrep.settings import Settings
from sitrep.stages import ingest
from sitrep.stages.normalize import normalize

from .conftest import DATA

ARTICLES = DATA / "articles"


def read(*paths: Path, **options) -> list:
    return list(ingest.read_inputs([str(p) for p in paths], Settings(**options)))


def test_plain_text_file_is_one_article():
    [article] = read(ARTICLES / "wire.txt")
    assert isinstance(article, RawArticle)
    assert article.text.startswith("Rockets hit coalition base")


def test_html_keeps_text_title_date_and_author_and_drops_boilerplate():
    [article] = read(ARTICLES / "nested" / "page.html")
    assert isinstance(article, RawArticle)
    assert article.title == "Drone strike near Qamishli"
    assert article.author == "Desk Reporter"
    assert article.published == "2024-03-05"
    assert "Turkish drone struck a car" in article.text
    assert "All rights reserved" not in article.text and "Home" not in article.text


def test_jsonl_rows_keep_their_columns():
    rows = read(ARTICLES / "batch.jsonl")
    assert [r.id for r in rows] == ["row-1", "row-2"]
    assert rows[0].outlet == "Test Wire" and rows[0].published == "2024-02-11"
    assert rows[0].origin.endswith("batch.jsonl:1")


def test_csv_rows_keep_their_columns():
    [row] = read(ARTICLES / "batch.csv")
    assert row.id == "csv-1" and row.title == "Arrests in Anbar" and "Anbar" in row.text


def test_folder_is_read_recursively_in_a_stable_order():
    items = read(ARTICLES)
    origins = [item.origin for item in items]
    assert any("nested/page.html" in o for o in origins)
    assert origins == [item.origin for item in read(ARTICLES)]
    assert all(isinstance(item, RawArticle) for item in items)


def test_gold_lines_are_read_as_their_document(tmp_path):
    gold = tmp_path / "x.gold.jsonl"
    gold.write_text(
        json.dumps({"doc": {"id": "g1", "text": "Some text.", "published": "2024-01-01"}, "events": []}) + "\n"
    )
    [row] = read(gold)
    assert row.id == "g1" and row.text == "Some text."


def test_doc_id_is_the_given_id_or_a_content_hash():
    given_id = normalize(RawArticle(origin="a", id="abc", text="Rockets hit the base."), Settings())
    hashed = normalize(RawArticle(origin="a", text="Rockets hit the base."), Settings())
    again = normalize(RawArticle(origin="b", text="Rockets  hit the base. "), Settings())
    assert given_id.doc_id == "abc"
    assert hashed.doc_id == again.doc_id and len(hashed.doc_id) == 20


def test_empty_binary_truncated_and_good_files_in_one_folder(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "broken.jsonl").write_text('{"id": "ok", "text": "Fine."}\n{"id": "cut", "text": "Trunc')
    (tmp_path / "good.html").write_text((ARTICLES / "nested" / "page.html").read_text())
    items = read(tmp_path)
    failures = {Path(f.origin.split(":")[0]).name: f.reason for f in items if isinstance(f, Failure)}
    good = [i for i in items if isinstance(i, RawArticle)]
    assert failures["empty.txt"] == "empty file"
    assert "binary" in failures["image.txt"]
    assert "invalid JSON" in failures["broken.jsonl"]
    assert {g.id for g in good if g.id} == {"ok"} and any("Qamishli" in g.text for g in good)
    assert all("\n" not in reason for reason in failures.values())


def test_latin1_file_is_decoded():
    text = "Protesters in Sweida chanted against the caf\u00e9 closures and the regime's policies on Friday. " * 3
    decoded = ingest.decode_bytes(text.encode("latin-1"))
    assert "caf\u00e9" in decoded


def test_huge_file_is_skipped_with_a_reason(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 3000)
    [failure] = read(big, max_file_bytes=1000)
    assert isinstance(failure, Failure) and "too large" in failure.reason


def test_url_needs_online():
    [failure] = list(ingest.read_inputs(["https://example.org/a"], Settings()))
    assert isinstance(failure, Failure) and "--online" in failure.reason


def test_malformed_csv_rows_fail_alone(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text('id,text\na,"Rockets hit the base."\nb,one,two,three\nc,"Gunmen attacked a checkpoint."\n')
    items = read(table)
    assert [i.id for i in items if isinstance(i, RawArticle)] == ["a", "c"]
    assert any(isinstance(i, Failure) and "cells" in i.reason for i in items)


def test_table_without_text_column_is_refused(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("id,body\na,b\n")
    [failure] = read(table)
    assert "no 'text' or 'html' column" in failure.reason


@hyp_settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=80).filter(lambda t: t.strip()), min_size=1, max_size=5))
def test_jsonl_round_trips_any_text(tmp_path_factory, texts):
    path = tmp_path_factory.mktemp("j") / "x.jsonl"
    path.write_text(
        "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8"
    )
    rows = read(path)
    assert [r.text for r in rows] == texts


@hyp_settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(
            lambda t: t.strip()
        ),
        min_size=1,
        max_size=5,
    )
)
def test_csv_round_trips_any_text(tmp_path_factory, texts):
    import csv

    path = tmp_path_factory.mktemp("c") / "x.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        for i, text in enumerate(texts):
            writer.writerow([str(i), text])
    rows = read(path)
    assert [r.text for r in rows] == texts
