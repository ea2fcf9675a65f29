"""Every engine gives the same results as the in-process one."""

from __future__ import annotations

import pytest

from sitrep.runner import run
from sitrep.settings import Settings
from sitrep.store import Store, sqlite_url

from .conftest import DATA


def events_with(engine: str, outdir) -> list:
    summary = run([str(DATA / "articles")], outdir, Settings(engine=engine, workers=2, batch_size=2))
    assert summary.ok and summary.documents == 5
    return sorted((e.event_id, e.sub_event_type) for e in Store(sqlite_url(outdir / "sitrep.db")).events())


@pytest.fixture(scope="module")
def local_events(tmp_path_factory):
    return events_with("local", tmp_path_factory.mktemp("local"))


def test_processes_engine_matches_local(tmp_path, local_events):
    assert events_with("processes", tmp_path) == local_events


def test_dask_engine_matches_local(tmp_path, local_events):
    pytest.importorskip("distributed")
    assert events_with("dask", tmp_path) == local_events
