"""The geoparsing evaluation's verdict per toponym and its candidate ceiling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.evaluate import geo
from sitrep.geo.gazetteer import gazetteer
from sitrep.geo.resolve import Mention, Resolution

PARIS_TEXAS = geo.GoldToponym(0, 5, "Paris", 4717560, 33.6609, -95.5555)


def _paris(geonameid: int):
    return next(m.entry for m in gazetteer().candidates("Paris") if m.entry.gazetteer_id == f"geonames:{geonameid}")


def test_a_wrong_choice_among_candidates_that_hold_the_right_place_is_reachable() -> None:
    france, texas = _paris(2988507), _paris(PARIS_TEXAS.geonameid)
    resolution = Resolution(Mention(0, 5, "Paris"), france, candidates=(france, texas))
    verdict = geo.judge(PARIS_TEXAS, resolution, "US")
    assert verdict.error_km > geo.ACC_KM and not verdict.exact and verdict.country_ok is False
    assert verdict.reachable


def test_a_name_without_the_right_candidate_is_beyond_reach() -> None:
    france = _paris(2988507)
    wrong = geo.judge(PARIS_TEXAS, Resolution(Mention(0, 5, "Paris"), france, candidates=(france,)), "US")
    unresolved = geo.judge(PARIS_TEXAS, Resolution(Mention(0, 5, "Paris"), None), "US")
    assert not wrong.reachable and not unresolved.reachable
    assert unresolved.error_km == geo.UNRESOLVED_KM and not unresolved.resolved


def test_resolution_lists_every_candidate_and_the_ceiling_bounds_accuracy() -> None:
    text = "Storms hit Paris, Texas, and Lyon on Monday."
    paris, lyon = text.index("Paris"), text.index("Lyon")
    toponyms = (
        geo.GoldToponym(paris, paris + 5, "Paris", PARIS_TEXAS.geonameid, PARIS_TEXAS.lat, PARIS_TEXAS.lon),
        geo.GoldToponym(lyon, lyon + 4, "Lyon", 2996944, 45.7485, 4.8467),
    )
    article = geo.Article("GWN", "made-up", text, toponyms)
    resolutions = geo.resolve_article(geo.Resolver(gazetteer()), article)
    assert len(resolutions[0].candidates) > 1  # Paris, France is a candidate too
    tallies, _, _ = geo.score_resolution([article], gazetteer(), details=False)
    row = tallies["GWN"].as_json()
    assert row["candidate_ceiling"] == 1.0 and row["acc161"] <= row["candidate_ceiling"]


def _gold_line(text: str, *toponyms: dict) -> str:
    return json.dumps({"doc_id": "d1", "text": text, "toponyms": list(toponyms)})


def test_our_own_gold_file_is_scored_as_a_corpus_of_its_name(tmp_path: Path) -> None:
    text = "Flooding closed roads around Paris, Texas, and in Oklahoma."
    paris, texas, oklahoma = text.index("Paris"), text.index("Texas"), text.index("Oklahoma")
    file = tmp_path / "geo-dev.jsonl"
    file.write_text(
        _gold_line(
            text,
            {"phrase": "Paris", "start": paris, "end": paris + 5, "geonameid": 4717560, "lat": 33.66, "lon": -95.56},
            {"phrase": "Texas", "start": texas, "end": texas + 5, "geonameid": 4736286},  # the state: no point given
            {"phrase": "Oklahoma", "start": oklahoma, "end": oklahoma + 8, "geonameid": 4544379},
        )
        + "\n"
    )
    result = geo.evaluate(file)
    row = result["resolution"]["geo-dev"]
    assert result["corpora"] == ["geo-dev"] and row["n"] == 3 and row["acc161"] == 1.0
    assert "geo-dev" in geo.format_text(result)


def test_a_gold_toponym_off_its_offsets_is_a_one_line_input_error(tmp_path: Path) -> None:
    file = tmp_path / "bad.jsonl"
    file.write_text(_gold_line("Storms hit Paris.", {"phrase": "Paris", "start": 0, "end": 5, "geonameid": 2988507}))
    with pytest.raises(InputError, match=r"bad.jsonl line 1: .*'Paris' is not at 0-5"):
        geo.evaluate(file)
