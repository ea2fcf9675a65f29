"""Golden files for the output contract.

Regenerate after an intended change with ``SITREP_UPDATE_GOLDEN=1 pytest
tests/test_contract.py`` and review the diff before committing it.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from sitrep.export.acled_csv import ACLED_COLUMNS
from sitrep.runner import run
from sitrep.settings import Settings

from .conftest import DATA, TESTS, read_jsonl

GOLDEN = TESTS / "golden"
UPDATE = os.environ.get("SITREP_UPDATE_GOLDEN") == "1"
COMPARED = ("documents.jsonl", "events.jsonl", "incidents.jsonl", "sentences.jsonl")


@pytest.fixture(scope="module")
def outdir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("contract")
    run([str(DATA / "articles")], out, Settings())
    return out


@pytest.mark.parametrize("name", COMPARED)
def test_output_matches_the_golden_file(outdir, name):
    produced = [_stable(r) for r in read_jsonl(outdir / name)]
    golden = GOLDEN / name
    if UPDATE:
        golden.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in produced))
    assert produced == read_jsonl(golden), f"{name} changed; if intended, regenerate with SITREP_UPDATE_GOLDEN=1"


def _stable(record: dict) -> dict:
    record.pop("origin", None)  # absolute paths differ between machines
    return record


def test_csv_starts_with_acled_columns_in_acled_order(outdir):
    with (outdir / "events.csv").open(newline="") as handle:
        header = next(csv.reader(handle))
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS


def test_geojson_is_a_feature_collection_of_points(outdir):
    collection = json.loads((outdir / "events.geojson").read_text())
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
