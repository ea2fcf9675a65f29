"""The command line: outputs, exit codes and one-line reasons for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from sitrep import cli
from sitrep.export import OUTPUT_FILES
from sitrep.resources import event_schema

from .conftest import DATA, read_jsonl

cli._register_commands()
runner = CliRunner()


def sitrep(*args: str):
    return runner.invoke(cli.app, [str(a) for a in args])


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "empty.txt").write_text("")
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "cut.jsonl").write_text('{"id": "cut", "text": "Rockets hit the ba')
    (folder / "good.html").write_text((DATA / "articles" / "nested" / "page.html").read_text())
    return folder


@pytest.fixture(scope="module")
def bad_run(bad_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return sitrep("run", bad_folder, "-o", out, "--published", "2024-03-05"), out


def test_bad_inputs_exit_1_and_the_good_article_is_written(bad_run):
    result, out = bad_run
    assert result.exit_code == 1, result.output
    docs = read_jsonl(out / "documents.jsonl")
    assert len(docs) == 1 and "Qamishli" in docs[0]["text"]


def test_each_bad_input_gets_a_one_line_reason(bad_run):
    result, _ = bad_run
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 3
    joined = "\n".join(lines)
    assert "empty file" in joined and "binary" in joined and "invalid JSON" in joined


def test_run_writes_every_output_file(bad_run):
    _, out = bad_run
    for name in (*OUTPUT_FILES, "sitrep.db"):
        assert (out / name).exists(), name


def test_every_event_validates_and_its_evidence_is_its_text_slice(tmp_path):
    result = sitrep("run", DATA / "articles", "-o", tmp_path, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents"] == 5 and summary["failures"] == []
    texts = {d["doc_id"]: d["text"] for d in read_jsonl(tmp_path / "documents.jsonl")}
    events = read_jsonl(tmp_path / "events.jsonl")
    assert events
    for event in events:
        jsonschema.validate(event, event_schema())
        evidence = event["evidence"]
        assert texts[event["doc_id"]][evidence["start"] : evidence["end"]] == evidence["text"]


def test_unknown_backend_is_a_usage_error_listing_the_choices(tmp_path):
    result = sitrep("run", DATA / "articles", "-o", tmp_path, "--extractor", "magic")
    assert result.exit_code == 2
    assert "unknown extractor 'magic'" in result.stderr and "'rules'" in result.stderr


def test_bad_published_date_is_a_usage_error(tmp_path):
    result = sitrep("run", DATA / "articles", "-o", tmp_path, "--published", "yesterday")
    assert result.exit_code == 2 and "--published" in result.stderr


def test_missing_input_is_listed_and_the_run_goes_on(tmp_path):
    result = sitrep("run", DATA / "articles" / "wire.txt", tmp_path / "nope.txt", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "no such file or folder" in result.stderr
    assert len(read_jsonl(tmp_path / "out" / "documents.jsonl")) == 1


def test_eval_events_prints_json_scores():
    result = sitrep("eval", "events", DATA / "tiny.gold.jsonl", "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert {"precision", "recall", "f1", "fields"} <= set(scores)
    assert scores["n_gold_core"] == 1


def test_eval_unknown_task_is_a_usage_error():
    result = sitrep("eval", "nonsense", DATA / "tiny.gold.jsonl")
    assert result.exit_code == 2 and "unknown evaluation task" in result.stderr


def test_every_command_help_ends_with_an_example():
    for command in ("run", "demo", "eval", "bench", "serve"):
        result = sitrep(command, "--help")
        assert result.exit_code == 0
        assert "Example: sitrep " + command in result.stdout, command
