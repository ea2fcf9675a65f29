"""Every phrase family of the events issue, on sentences of our own.

Each test names what it checks; the pipeline runs for real (rules backend).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sitrep.backends.rules.arguments import repaired
from sitrep.backends.rules.numbers import casualties_in, counts_in_text, parse_quantity, zero_counts
from sitrep.model import Count, Token
from sitrep.stages.dates import find_times

PUBLISHED = "2024-03-06"  # a Wednesday


def only_event(analyze, text: str, published: str = PUBLISHED):
    events = analyze(text, published=published).events
    assert len(events) == 1, [(e.sub_event_type, e.evidence.text) for e in events]
    return events[0]


# --- numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("five to seven", Count(5, 7)),
        ("at least nine", Count(9, None)),
        ("more than 40", Count(41, None)),
        ("dozens", Count(24, None)),
        ("a dozen", Count(12, 12)),
        ("some 45", Count(45, 45)),
        ("1,200", Count(1200, 1200)),
        ("twenty five", Count(25, 25)),
        ("up to 7", Count(1, 7)),
        ("an undetermined number", Count(1, None)),
    ],
)
def test_number_phrases_become_ranges(phrase, expected):
    assert parse_quantity(phrase.split()) == expected


def test_killed_or_wounded_is_casualties_not_killed():
    counts = counts_in_text("militants killed or wounded some 45 soldiers in the attack")
    assert counts == {"casualties": Count(45, 45)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the fighters clashed with the army near the village, killing and wounding some 30 of them", Count(30, 30)),
        ("at least 30 soldiers were killed and wounded in the clash", Count(30, None)),
    ],
)
def test_killed_and_wounded_together_is_one_count_of_casualties(text, expected):
    assert counts_in_text(text) == {"casualties": expected}


def test_killed_and_wounded_together_is_not_also_a_death_toll(analyze):
    event = only_event(
        analyze, "At least 12 people were killed and wounded when a shell hit a market in Idlib on Monday."
    )
    assert (event.killed, event.injured, event.casualties) == (None, None, Count(12, None))


def test_a_number_of_people_is_at_least_two():
    counts = counts_in_text("the guards returned fire, killing five smugglers and wounding a number of them")
    assert counts == {"killed": Count(5, 5), "injured": Count(2, None)}


def test_things_are_not_people():
    assert counts_in_text("the drones destroyed three pickup trucks near the border") == {}


def test_nationality_and_count_of_soldiers():
    assert counts_in_text("two Turkish soldiers were killed in the attack")["killed"] == Count(2, 2)


def test_none_of_our_personnel_were_hurt_is_zero(analyze):
    event = only_event(
        analyze,
        "Two rockets hit the Conoco base in Deir ez-Zor on Monday. None of our personnel were hurt, the coalition said.",
    )
    assert event.injured == Count(0, 0)


def test_no_casualties_sets_every_count_to_zero(analyze):
    event = only_event(analyze, "Two rockets landed near the Green Village base on Monday, causing no casualties.")
    assert (event.killed, event.injured, event.casualties) == (Count(0, 0), Count(0, 0), Count(0, 0))


def test_did_not_wound_anyone_is_a_number_not_a_denial(analyze):
    event = only_event(
        analyze, "A drone struck the al-Omar oil field base on Tuesday but did not wound anyone, a U.S. official said."
    )
    assert event.injured == Count(0, 0) and event.status == "occurred"


def test_killing_a_shepherd_is_one(analyze):
    event = only_event(analyze, "Regime artillery shelled the village of al-Bara on Monday, killing a shepherd.")
    assert event.killed == Count(1, 1)


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "when, start, end, precision",
    [
        ("on Saturday", "2024-03-02", "2024-03-02", "day"),
        ("last night", "2024-03-05", "2024-03-05", "day"),
        ("yesterday", "2024-03-05", "2024-03-05", "day"),
        ("three weeks ago", "2024-02-11", "2024-02-17", "week"),
        ("last month", "2024-02-01", "2024-02-29", "month"),
        ("in December", "2023-12-01", "2023-12-31", "month"),
        ("on Christmas Eve", "2023-12-24", "2023-12-24", "day"),
        ("late on Easter Monday", "2023-04-10", "2023-04-10", "day"),
        ("on Good Friday", "2023-04-07", "2023-04-07", "day"),
        ("on 3 March 2024", "2024-03-03", "2024-03-03", "day"),
        ("on March 3", "2024-03-03", "2024-03-03", "day"),
        ("on 2024-03-03", "2024-03-03", "2024-03-03", "day"),
        ("late on Friday", "2024-03-01", "2024-03-01", "day"),
        ("in March last year", "2023-03-01", "2023-03-31", "month"),
        ("last March", "2023-03-01", "2023-03-31", "month"),
        ("last January", "2024-01-01", "2024-01-31", "month"),
        ("on the 4th", "2024-03-04", "2024-03-04", "day"),
        ("on the 20th", "2024-02-20", "2024-02-20", "day"),
    ],
)
def test_dates_resolve_against_the_publication_date(analyze, when, start, end, precision):
    event = only_event(analyze, f"Gunmen attacked an army checkpoint near Daraa {when}, killing two soldiers.")
    assert (str(event.date.start), str(event.date.end), event.date.precision) == (start, end, precision)


def test_a_holiday_with_its_year_more_than_a_year_back_is_background(analyze):
    text = "Attacks on villages in Bokkos and Barkin Ladi on Christmas Eve 2023 killed more than 150 people."
    assert not analyze(text, published="2025-04-22").events


def test_a_weekday_after_weeks_ago_is_that_weeks_day_and_a_stray_subject_is_the_doer(analyze):
    text = (
        "Two weeks ago, on a Friday, about 20 settlers, several of them masked and at least two carrying rifles, "
        "came down from an outpost on the ridge and attacked the family as they picked."
    )
    event = only_event(analyze, text, published="2025-11-01")
    assert event.date.start == dt.date(2025, 10, 17), event.date
    assert event.actor1 is not None and event.actor1.name == "Israeli Settlers", event.actor1


def test_no_date_in_the_text_is_unknown_not_the_publication_day(analyze):
    event = only_event(analyze, "Gunmen attacked an army checkpoint near Daraa, killing two soldiers.")
    assert event.date.precision == "unknown" and event.date.start is None


def test_a_date_of_the_report_does_not_date_the_act(analyze):
    text = "Turkey's defence ministry on Wednesday denied that its drones had struck a convoy near the Tishreen Dam on Saturday."
    event = analyze(text, published=PUBLISHED).events[0]
    assert event.date.start == dt.date(2024, 3, 2)


def test_the_dateline_does_not_date_the_event(analyze):
    text = "BEIRUT, March 6 — Israeli jets struck a building in the southern suburbs, killing three people."
    event = only_event(analyze, text)
    assert event.date.precision == "unknown"


# --- attribution ----------------------------------------------------------------------------


def test_according_to(analyze):
    event = only_event(
        analyze,
        "Three civilians were killed in a Turkish drone strike near Qamishli on Monday, according to the Syrian Observatory for Human Rights.",
    )
    assert event.attribution.source == "Syrian Observatory for Human Rights" and event.attribution.kind == "ngo"


def test_trailing_the_ministry_said_covers_its_sentence(analyze):
    event = only_event(analyze, "A roadside bomb killed two soldiers near Samarra on Monday, the ministry said.")
    assert event.attribution.source == "ministry" and event.attribution.kind == "official"


def test_citing_chain(analyze):
    event = only_event(
        analyze,
        "A U.S. strike near Albu Kamal killed five militants on Monday, Reuters reported, citing two U.S. officials.",
    )
    assert event.attribution.source == "two U.S. officials"
    assert event.attribution.chain == ("Reuters", "two U.S. officials")


def test_quoted_speaker_with_title(analyze):
    text = "Rockets hit the Green Village base on Monday, said Colonel Myles Caggins, a coalition spokesman."
    event = only_event(analyze, text)
    assert "coalition spokesman" in event.attribution.source and event.attribution.kind == "military"


def test_a_count_of_victims_before_the_verb_is_not_the_speaker(analyze):
    text = (
        "An Israeli air strike on Beirut's southern suburbs on Friday killed at least 31 people, "
        "among them three children and seven women, Lebanon's health minister said on Saturday."
    )
    event = only_event(analyze, text)
    assert event.attribution.source == "Lebanon's health minister" and event.attribution.kind == "official"


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "A ceasefire between the army and the tribal fighters was announced in Deir ez-Zor late on Wednesday.",
            "author",
        ),
        ("A strike on the school in Deir al-Balah on Tuesday is confirmed by satellite images.", "satellite images"),
    ],
)
def test_what_a_passive_reporting_verb_tells_is_not_its_source_its_agent_is(analyze, text, source):
    event = only_event(analyze, text)
    assert event.attribution.source == source, event.attribution


def test_unattributed_is_the_author(analyze):
    event = only_event(analyze, "Gunmen shot dead a former rebel commander in Tafas on Sunday.")
    assert event.attribution.source == "author" and event.attribution.kind == "author"


# --- status ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, status",
    [
        ("Turkish drones allegedly struck a car near Kobani on Monday.", "possible"),
        ("Turkish drones may have struck a car near Kobani on Monday.", "possible"),
        ("It is possible that Israeli jets struck a hangar at T4 on Sunday.", "possible"),
        ("The resistance may strike the Conoco gas field tomorrow.", "planned"),
        ("The militia threatened to attack the Conoco base on Friday.", "planned"),
        ("If Washington sends more troops, the resistance would hit al-Tanf in the coming days.", "hypothetical"),
        ("The coalition denied that its jets had struck the prison in Saada on Friday.", "denied"),
        ("Turkish drones struck a car near Kobani on Monday, killing two fighters.", "occurred"),
        ("The Houthis said on Monday they would strike US warships in the Red Sea.", "planned"),
        ("The militia said on Monday it would resume its attacks on US bases in Syria.", "planned"),
        (
            "An official said on Monday that air strikes on the smugglers' farms could resume within weeks.",
            "hypothetical",
        ),
        (
            "Analysts warn that the militia could respond with rocket attacks on the base at Ain al-Asad.",
            "hypothetical",
        ),
        ("The Houthis said on Monday they will respond with drone attacks on Eilat.", "planned"),
        (
            "Unverified reports from local activists said a mortar round had also hit the clinic in Tafas on Monday.",
            "possible",
        ),
        (
            "The militia denied shelling the market and said its fighters had struck an army post near Tal Tamr.",
            "occurred",
        ),
    ],
)
def test_status_cues(analyze, text, status):
    events = analyze(text, published=PUBLISHED).events
    assert events and events[0].status == status, [(e.status, e.evidence.text) for e in events]


def test_generic_talk_and_metaphors_are_not_events(analyze):
    text = (
        "The desert is starting to swallow the occupiers. "
        "The resistance will keep striking every American base. "
        "The ministry condemned all attacks on civilians."
    )
    assert analyze(text, published=PUBLISHED).events == ()


# --- actors, alternatives, aggregates, two versions ------------------------------------------------


def test_either_or_perpetrators_are_alternatives(analyze):
    event = only_event(
        analyze,
        "The convoy was hit by either Turkish or Syrian government aircraft near Saraqib on Thursday, killing nine.",
    )
    assert event.actor1 is not None and event.actor1.uncertain
    assert set(event.actor1.alternatives) | {event.actor1.name} >= {"Military Forces of Turkey"}


def test_passive_agent_is_actor1_and_subject_actor2(analyze):
    event = only_event(analyze, "Three SDF fighters were killed by a Turkish drone near Qamishli on Monday.")
    assert event.actor1.name == "Military Forces of Turkey"
    assert event.actor2 is not None and "Syrian Democratic Forces" in event.actor2.name


def test_prepositional_target(analyze):
    event = only_event(analyze, "Israeli jets carried out a strike on Hezbollah positions near Aitaroun on Tuesday.")
    assert event.actor2 is not None and event.actor2.name == "Hezbollah"


def test_aggregate_summaries_are_marked(analyze):
    events = analyze(
        "In a single month the resistance struck coalition positions 30 times.", published=PUBLISHED
    ).events
    assert events and events[0].aggregate


def test_two_sources_two_versions_two_claims(analyze):
    text = (
        "Islamic State militants ambushed a convoy of truffle hunters east of Sukhna on Sunday, killing 15, "
        "the Syrian Observatory for Human Rights said. Syrian state media put the toll at 12."
    )
    events = analyze(text, published=PUBLISHED).events
    assert sorted((e.killed.min, e.attribution.source) for e in events) == [
        (12, "Syrian state media"),
        (15, "Syrian Observatory for Human Rights"),
    ]


def test_a_continuation_by_the_same_source_adds_to_the_event(analyze):
    text = "A Turkish drone struck a car near Amuda on Monday, the SDF said. Two fighters were killed."
    event = only_event(analyze, text)
    assert event.killed == Count(2, 2)


# --- protests and strategic developments --------------------------------------------------------


@pytest.mark.parametrize(
    "text, sub_type",
    [
        ("Hundreds of protesters gathered in Sweida on Friday, chanting against the government.", "Peaceful protest"),
        ("Police fired tear gas and dispersed protesters in Basra on Friday.", "Protest with intervention"),
        (
            "Security forces shot dead at least 25 protesters in Nasiriyah on Thursday.",
            "Excessive force against protesters",
        ),
        ("Protesters stormed the Iranian consulate in Najaf on Wednesday and set it ablaze.", "Violent demonstration"),
        (
            "Riot police pushed back about 300 demonstrators who tried to march on the embassy in Amman on Friday.",
            "Protest with intervention",
        ),
        (
            "A 17-year-old was shot dead on Friday when troops opened fire on the weekly march in Kafr Qaddum.",
            "Excessive force against protesters",
        ),
    ],
)
def test_how_a_protest_went_decides_its_sub_type(analyze, text, sub_type):
    events = analyze(text, published=PUBLISHED).events
    assert events and events[0].sub_event_type == sub_type, [(e.sub_event_type, e.trigger.text) for e in events]


def test_number_words_are_read_whole():
    assert counts_in_text("the force killed seventeen insurgents")["killed"] == Count(17, 17)


def test_weapons_seized_are_disrupted_weapons_use(analyze):
    event = only_event(analyze, "Iraqi forces seized a cache of weapons and explosives near Tarmiyah on Tuesday.")
    assert event.sub_event_type == "Disrupted weapons use"


# --- actors: owners, descriptions, named groups inside generic phrases ----------------------------


def test_possessive_its_fighters_is_the_group_speaking(analyze):
    text = "The Badr Organisation said on Monday that its fighters had fired rockets at a Turkish outpost near Bashiqa."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Badr Organization", event.actor1


def test_fighters_of_a_named_group_are_that_group(analyze):
    text = "On Sunday fighters of the Syrian Democratic Forces clashed with Islamic State militants near Hajin."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Syrian Democratic Forces"


def test_clashed_with_names_the_other_side(analyze):
    text = "Kurdish-led forces clashed with Arab tribal gunmen in the village of Dhiban on Tuesday."
    event = only_event(analyze, text)
    assert event.actor2 is not None and "Tribal" in event.actor2.name, event.actor2


def test_the_resistance_and_coalition_positions_are_descriptions(analyze):
    text = "On Friday night the resistance struck coalition positions near the Conoco gas field with drones."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.actor_id != "unidentified-armed-group", event.actor1
    assert event.actor1.text == "the resistance"
    assert event.actor2 is not None and event.actor2.text == "coalition positions"


def test_a_country_named_as_sponsor_is_not_the_actor(analyze):
    text = "Iran-backed militants fired three rockets at a military base near Erbil on Thursday."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Iran-aligned Militias", event.actor1


# --- actors: pronoun subjects, instruments, misparsed subjects, ships -----------------------------


def test_pronoun_subject_of_a_report_is_the_reporter(analyze):
    text = "The Houthis said on Tuesday that they had destroyed a radar station near Jizan with ballistic missiles."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Houthis", event.actor1


def test_weapon_after_with_belongs_to_the_verb(analyze):
    from sitrep.backends.rules import arguments

    text = "Kataib Hezbollah said on Monday that its fighters had targeted the base at Harir with a barrage of rockets."
    analysis = analyze(text, published=PUBLISHED)
    tokens = analysis.tokens
    barrage = next(t for t in tokens if t.text == "barrage")
    roles = arguments.roles_for(arguments.Parse(tokens), barrage.i, "NOUN", list(analysis.actors))
    assert roles.actor1 is not None and roles.actor1.text == "its fighters", roles


def test_a_participle_the_parser_made_the_clausal_subject_still_names_the_doer(analyze):
    """'regime artillery positioned in al-Mayadin shelled Dhiban': in a longer article the parser
    made 'positioned' a clausal subject of 'shelled' and the town's pieces its subjects."""
    from dataclasses import replace

    from sitrep.backends.rules import arguments

    text = "On Wednesday evening, regime artillery positioned in al-Mayadin shelled Dhiban, wounding four civilians."
    analysis = analyze(text, published=PUBLISHED)
    by_text = {t.text: t for t in analysis.tokens}
    verb, participle = by_text["shelled"], by_text["positioned"]
    misparsed = [
        replace(t, dep="csubj", head=verb.i)
        if t is participle
        else replace(t, dep="nsubj", head=verb.i)
        if t.text == "Mayadin"
        else t
        for t in analysis.tokens
    ]
    roles = arguments.roles_for(arguments.Parse(misparsed), verb.i, "VERB", list(analysis.actors))
    assert roles.actor1 is not None and roles.actor1.text == "regime artillery", roles


def test_subject_parsed_as_compound_of_the_verb(analyze):
    text = "An Israeli sniper shot dead a young man standing at the door of his house in Jenin on Tuesday."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel", event.actor1


def test_merchant_ships_are_the_target_whatever_their_flag(analyze):
    event = only_event(analyze, "A Houthi drone boat struck a Liberian-flagged oil tanker in the Red Sea on Sunday.")
    assert event.actor2 is not None and event.actor2.text == "a Liberian-flagged oil tanker", event.actor2
    assert "Liberia" not in event.actor2.name


def test_anti_ship_and_any_vessel_name_no_ship(analyze):
    text = "The Houthis fired an anti-ship missile into the Gulf of Aden on Sunday but it did not hit any vessel."
    assert not any(m.actor.name == "Merchant Shipping" for m in analyze(text, published=PUBLISHED).actors)


def test_ship_an_intercepted_drone_flew_at_is_not_a_side(analyze):
    text = "A U.S. destroyer shot down two drones launched towards a cargo ship in the Red Sea on Sunday."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor2 is not None and event.actor2.name == "Unidentified Armed Group", event.actor2


def test_fighters_of_the_former_regime_are_its_loyalists(analyze):
    text = (
        "Fighters of the former regime seized two army checkpoints near Baniyas in the countryside of Tartus on Friday."
    )
    event = only_event(analyze, text, published="2025-03-08")
    assert event.actor1 is not None and event.actor1.name == "Former Regime Loyalists (Syria)", event.actor1


def test_a_national_ship_stays_with_its_state(analyze):
    mentions = analyze("Iranian vessels harassed a U.S. destroyer in the Strait of Hormuz on Monday.").actors
    assert [m.actor.name for m in mentions if m.text == "Iranian vessels"] == ["Military Forces of Iran"]


def test_the_outskirts_of_a_place_are_no_actor(analyze):
    text = "Syrian jets bombed the outskirts of Kansafra on Monday, killing a farmer."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians"), event.actor2
    assert "Kansafra" not in [m.text for m in analyze(text, published=PUBLISHED).actors]


def test_a_named_weapon_model_is_no_actor(analyze):
    text = "A laser-guided Krasnopol shell struck a house in the village of Tallat, killing two children."
    assert "Krasnopol" not in [m.text for m in analyze(text, published=PUBLISHED).actors]


def test_drones_launched_from_an_area_a_group_holds_were_that_groups(analyze):
    text = "A French frigate shot down two drones launched from Houthi-controlled Yemen over the Red Sea on Monday."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Disrupted weapons use", event.sub_event_type
    assert event.actor2 is not None and event.actor2.name == "Houthis", event.actor2


def test_missiles_fired_at_y_and_intercepted_y_intercepts_x_launched(analyze):
    text = "On Tuesday night Iran launched dozens of ballistic missiles at Israel, most of which were intercepted."
    events = analyze(text, published=PUBLISHED).events
    disrupted = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert len(disrupted) == 1, [(e.sub_event_type, e.evidence.text) for e in events]
    assert disrupted[0].actor1 is not None and "Israel" in disrupted[0].actor1.name, disrupted[0].actor1
    assert disrupted[0].actor2 is not None and "Iran" in disrupted[0].actor2.name, disrupted[0].actor2


def test_captured_from_y_names_the_side_that_lost_it(analyze):
    event = only_event(analyze, "Rebels seized three villages from government forces in Hama province on Friday.")
    assert event.actor2 is not None and "Syria" in event.actor2.name, event.actor2


def test_shot_dead_x_makes_x_the_target(analyze):
    text = (
        "In Hajin town, an SDF sniper shot dead a young man standing at the door of his shop on Monday, "
        "local sources told SOHR."
    )
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians"), event.actor2


def test_a_strike_in_a_country_does_not_target_that_country(analyze):
    text = "CENTCOM forces carried out a precision strike in eastern Syria on Tuesday that killed four ISIS operatives."
    event = only_event(analyze, text)
    assert event.actor2 is not None and "Syria" not in event.actor2.name, event.actor2


def test_a_wave_of_strikes_belongs_to_the_subject_of_its_verb(analyze):
    text = "Turkish jets carried out a wave of air strikes on PKK hideouts in northern Iraq on Friday."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Turkey", event.actor1
    assert event.actor2 is not None and event.actor2.name == "Kurdistan Workers' Party", event.actor2


def test_the_one_strike_a_series_includes_keeps_its_doer_and_target(analyze):
    text = (
        "Hezbollah had earlier claimed a series of attacks on Saturday, including a strike with Falaq rockets "
        "on an army headquarters in the Golan Heights."
    )
    single = [e for e in analyze(text).events if not e.aggregate]
    assert len(single) == 1, single
    event = single[0]
    assert event.actor1 is not None and event.actor1.name == "Hezbollah", event.actor1
    assert event.actor2 is not None and event.actor2.text == "an army headquarters", event.actor2


def test_destroyed_by_a_multiword_weapon_is_a_strike_on_the_cargo_not_on_the_later_target(analyze):
    text = (
        '"Our unmanned aerial vehicles destroyed two trucks carrying militants who were planning to attack '
        'our border posts," the Turkish defence ministry said on Tuesday.'
    )
    strikes = [e for e in analyze(text).events if e.status == "occurred"]
    assert len(strikes) == 1, [(e.sub_event_type, e.status, e.trigger.text) for e in analyze(text).events]
    assert strikes[0].trigger.text == "destroyed"
    assert strikes[0].actor1 is not None and strikes[0].actor1.name == "Military Forces of Turkey", strikes[0].actor1
    assert strikes[0].actor2 is not None and strikes[0].actor2.text == "militants", strikes[0].actor2


def test_taken_under_fire_by_x_makes_x_the_doer(analyze):
    text = "The hilltop from which the mortars were fired was taken under fire by Turkish artillery on Sunday."
    doers = {e.actor1.name for e in analyze(text).events if e.actor1 is not None}
    assert "Military Forces of Turkey" in doers, doers


def test_a_country_after_by_is_the_doer_of_a_carried_out_attack(analyze):
    text = "The attack on the radar site was most likely carried out by Israel, officials in Baghdad said."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel", event.actor1


def test_a_typed_strike_keeps_the_target_its_generic_verb_names(analyze):
    text = "On Monday night, the first strikes hit a Kataib Hezbollah headquarters and a drone depot near al-Qaim."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2 is not None and event.actor2.name == "Kataib Hezbollah", event.actor2


def test_who_someone_is_fighting_is_not_an_event(analyze):
    text = "The Saudi-led coalition fighting the Houthis denied on Friday that its jets had struck a market in Saada."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Air/drone strike" and event.status == "denied"
    assert event.actor1 is not None and event.actor1.name == "Saudi-led Coalition", event.actor1


def test_its_jets_are_not_lent_to_a_later_strike_told_by_another_source(analyze):
    text = (
        "The Saudi-led coalition fighting the Houthis denied on Friday that its jets had struck a market in Saada.\n\n"
        "In Hodeidah, a strike on a water plant late on Thursday killed two workers, Save the Children said."
    )
    later = analyze(text).events[-1]
    assert later.evidence.text.startswith("In Hodeidah")
    assert later.actor1 is not None and later.actor1.name != "Houthis", later.actor1


def test_a_trigger_noun_as_a_verbs_object_is_the_verbs_event_and_place(analyze):
    text = (
        "Israeli warplanes flying over the sea west of Latakia fired a barrage of missiles at "
        "Aleppo International Airport early on Tuesday, the Syrian defence ministry said."
    )
    event = only_event(analyze, text)
    assert event.trigger.text == "fired" and event.sub_event_type == "Air/drone strike"
    assert event.location is not None and event.location.name.startswith("Aleppo International Airport"), event.location


def test_a_threat_against_anyone_is_not_an_event(analyze):
    text = "The army will strike with full force anyone who tries to cross the border near Mafraq."
    assert analyze(text).events == (), [(e.sub_event_type, e.status) for e in analyze(text).events]


def test_what_would_have_been_struck_is_hypothetical(analyze):
    text = "Had the militia wanted war, it would have struck the embassy in Baghdad on Sunday."
    assert [e.status for e in analyze(text).events] == ["hypothetical"]


def test_the_strikes_paragraphs_later_recall_the_strikes_told_first(analyze):
    text = (
        "TAMPA, Fla., Jan. 24 — On Jan. 24, U.S. forces carried out precision strikes on three facilities in Iraq "
        "used by Kataib Hezbollah.\n\n"
        "The first strikes hit a headquarters in Jurf al-Sakhar.\n\n"
        "Separately, on Jan. 23, coalition air defenses at Harir Air Base shot down a one-way attack drone "
        "approaching the base.\n\n"
        '"Our forces will continue to act against anyone who targets U.S. personnel," said Navy Capt. Jane Doe.\n\n'
        "Initial assessments indicate that the strikes destroyed the targeted facilities."
    )
    events = analyze(text, published="2024-01-24").events
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Disrupted weapons use"], [
        (e.sub_event_type, e.evidence.text[:40]) for e in events
    ]


def test_a_states_territory_is_a_target_not_a_doer(analyze):
    text = "Two rockets were launched from Lebanese territory toward Israeli territory near Metula on Monday."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Israel", event.actor2
    assert event.actor1 is None or "Lebanon" not in event.actor1.name, event.actor1


def test_the_act_itself_is_not_its_target(analyze):
    text = "On Sunday, Iran launched more than 300 drones and missiles in its first direct attack on Israeli territory."
    targets = {e.actor2.text for e in analyze(text).events if e.actor2 is not None}
    assert targets == {"Israeli territory"}, targets


def test_two_named_sides_in_one_subject_fight_each_other(analyze):
    text = "The Sultan Murad Division and the Levant Front fought with heavy machineguns in Afrin on Friday."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Sultan Murad Division", event.actor1
    assert event.actor2 is not None and event.actor2.name == "Levant Front", event.actor2


def test_them_after_and_is_the_first_verbs_object(analyze):
    text = "On Monday, Turkish drones followed the gunmen and struck them near Qamishli, killing two."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.text == "the gunmen", event.actor2


@pytest.mark.parametrize(
    "text, navy",
    [
        ("The destroyer USS Mason shot down two drones over the Red Sea on Monday.", "United States Navy"),
        ("HMS Richmond shot down a drone over the Red Sea on Tuesday.", "Royal Navy"),
    ],
)
def test_a_warship_named_by_its_prefix_is_its_navy(analyze, text, navy):
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == navy, event.actor1
    assert "small_arms" not in event.weapons, event.weapons  # "shot down" is no gunfire


def test_coalition_air_defences_are_the_coalition(analyze):
    text = "Coalition air defences at Ain al-Asad air base in Iraq shot down a drone on Sunday."
    event = only_event(analyze, text)
    assert event.actor1 is not None and "Inherent Resolve" in event.actor1.name, event.actor1


def test_shot_down_hung_above_the_launch_still_reads_who_launched(analyze):
    text = (
        "The explosions came a week after Iran fired more than 200 missiles and drones at Israel, nearly all of "
        "which were shot down, in response to a strike on its embassy in Damascus."
    )
    disrupted = [e for e in analyze(text).events if e.sub_event_type == "Disrupted weapons use"]
    assert len(disrupted) == 1
    assert disrupted[0].actor1 is not None and disrupted[0].actor1.name == "Military Forces of Israel"
    assert disrupted[0].actor2 is not None and disrupted[0].actor2.name == "Military Forces of Iran"


def test_an_unknown_named_operations_room_is_a_well_formed_fallback_actor(analyze):
    text = "On Friday, the Nasr al-Sahel operations room shelled army positions near Kafr Nabl."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name.endswith("Operations Room"), event.actor1
    assert event.actor1.actor_id is None and event.actor1.kind == 3


def test_on_the_same_day_takes_the_date_of_the_event_told_before(analyze):
    text = (
        "The ministry said on Wednesday that its drones had struck two trucks near Tal Tamr on Monday.\n\n"
        "On the same day, militants fired a rocket at a Turkish base near Marea, wounding a soldier."
    )
    events = analyze(text, published=PUBLISHED).events
    rocket = next(e for e in events if "rocket" in e.evidence.text)
    assert rocket.date is not None and rocket.date.start == dt.date(2024, 3, 4), rocket.date


def test_a_round_up_section_label_is_not_the_source(analyze):
    from sitrep.text import dateline_spans

    text = (
        "Beirut: A drone strike on an apartment in the Musharrafieh area of Beirut's southern suburbs killed "
        "two senior Hamas officials on Tuesday, the National News Agency reported."
    )
    assert dateline_spans(text) == [(0, len("Beirut: "))]
    event = only_event(analyze, text)
    assert event.attribution.source == "National News Agency", event.attribution


def test_a_weapon_in_what_was_hit_does_not_type_the_strike(analyze):
    text = "On Monday, the strikes destroyed a command post and a rocket storage site near al-Qaim."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the strike killed a senior commander of the group and one of his aides", {"killed": Count(2, 2)}),
        ("killed the official and six other people on Tuesday", {"killed": Count(7, 7)}),
        ("killing two soldiers and three civilians", {"killed": Count(5, 5)}),
        ("wounding a child and two women", {"injured": Count(3, 3)}),
        ("killed a shepherd and two sheep", {"killed": Count(1, 1)}),
        ("killing a shepherd and dozens of his sheep", {"killed": Count(1, 1)}),
        ("killing two soldiers and wounding three others", {"killed": Count(2, 2)}),
        ("the drone killed a woman and her son", {"killed": Count(2, 2)}),
        ("killed a farmer and his tractor", {"killed": Count(1, 1)}),
        ("killed Karim Haddad, a field commander, and three other fighters", {"killed": Count(4, 4)}),
        ("a shell hit the house, killing a family of six", {"killed": Count(6, 6)}),
        ("an elderly shepherd was killed by a landmine", {"killed": Count(1, 1)}),
        ("a car was hit by a drone", {}),
        ("wounded five U.S. service members and two contractors", {"injured": Count(7, 7)}),
        ("a woman fetching water was shot dead by a sniper", {"killed": Count(1, 1)}),
        ("opened fire, killing two of our soldiers and wounding a third", {"injured": Count(1, 1)}),
        ("the blast injured a woman and her teenage daughter", {"injured": Count(2, 2)}),
        (
            "a boy was killed and his brother injured when a mine exploded",
            {"killed": Count(1, 1), "injured": Count(1, 1)},
        ),
        ("wounding a third time in a week", {}),
    ],
)
def test_victims_listed_in_two_parts_add_up(text, expected):
    assert {k: v for k, v in counts_in_text(text).items() if k in expected} == expected


def test_a_weapon_after_a_semicolon_does_not_type_the_clause_before_it(analyze):
    text = "On Friday, Israel struck two oil depots near Isfahan; a hit on a single radar would read like a message."
    strikes = [e for e in analyze(text).events if e.trigger.text == "struck"]
    assert strikes and strikes[0].sub_event_type == "Air/drone strike", [
        (e.trigger.text, e.sub_event_type) for e in analyze(text).events
    ]


def test_a_toll_told_paragraphs_later_by_another_source_stays_its_claim(analyze):
    text = (
        "BAGHDAD, Jan. 9 — Iraq's military said on Wednesday that 22 missiles were fired at two bases hosting "
        "U.S.-led coalition forces in Anbar overnight.\n\n"
        "President Trump said no Americans had been harmed.\n\n"
        "Markets in Baghdad opened as usual on Thursday.\n\n"
        'Iranian state media had claimed that 80 "American terrorists" were killed in the missile attack.'
    )
    events = analyze(text, published="2020-01-09").events
    tolls = [e for e in events if e.killed is not None and e.killed.min == 80]
    assert len(tolls) == 1 and tolls[0].attribution.source == "Iranian state media", [
        (e.attribution.source, e.killed) for e in events
    ]


def test_an_interception_stopped_the_launch_told_just_before(analyze):
    text = (
        "On Tuesday, the Houthis fired a salvo of drones and cruise missiles at a merchant ship in the Red Sea. "
        "The destroyer USS Mason shot down all of the drones."
    )
    disrupted = [e for e in analyze(text).events if e.sub_event_type == "Disrupted weapons use"]
    assert disrupted and disrupted[0].actor2 is not None and disrupted[0].actor2.name == "Houthis", disrupted


def test_an_interception_does_not_stop_its_own_sides_launch(analyze):
    text = (
        "On Tuesday, U.S. warplanes fired missiles at militia depots near al-Qaim. "
        "The destroyer USS Mason shot down two drones over the Red Sea the same day."
    )
    disrupted = [e for e in analyze(text).events if e.sub_event_type == "Disrupted weapons use"]
    assert disrupted and (disrupted[0].actor2 is None or "United States" not in disrupted[0].actor2.name), disrupted


def test_a_capital_attacked_stands_for_its_state_whatever_the_tagger_calls_it(analyze):
    text = "On Monday, the Houthis attacked Abu Dhabi with drones and missiles, killing three people."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of the United Arab Emirates", event.actor2


def test_who_holds_the_place_is_not_the_target(analyze):
    text = "An air strike on a market in the rebel-held town of Ariha and the HTS-controlled city of Idlib on Friday killed at least 12 people."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians"), event.actor2


def test_a_scare_quoted_owner_still_owns_the_base(analyze):
    text = 'The Islamic Resistance in Iraq said on Sunday that its fighters had struck the "occupation" base near Erbil with drones.'
    event = only_event(analyze, text)
    assert event.actor2 is not None and "occupation" in event.actor2.text, event.actor2


def test_the_victims_beat_what_a_relative_clause_says_of_them(analyze):
    text = (
        "On Thursday, a Turkish drone struck a car near the town of Khanasor, killing two members of the Sinjar "
        "Resistance Units (YBS), a Yazidi force that Ankara regards as a PKK affiliate, local officials said."
    )
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Sinjar Resistance Units", event.actor2


def test_a_base_is_owned_by_the_troops_a_relative_clause_says_it_hosts(analyze):
    text = "On Wednesday, a missile struck al-Asad air base in Anbar province, which hosts American troops."
    event = only_event(analyze, text)
    assert event.actor2 is not None and "United States" in event.actor2.name, event.actor2


def test_whom_an_attack_is_blamed_on_did_it_and_the_killing_of_x_hit_x(analyze):
    text = (
        "The raids followed the killing of four Turkish soldiers on Sunday in an attack on an outpost in "
        "northern Iraq, which Ankara blamed on the Kurdistan Workers' Party (PKK)."
    )
    attacks = [e for e in analyze(text).events if e.trigger.text == "attack"]
    assert len(attacks) == 1, [(e.trigger.text, e.actor1) for e in analyze(text).events]
    assert attacks[0].actor1 is not None and attacks[0].actor1.name == "Kurdistan Workers' Party", attacks[0].actor1
    assert attacks[0].actor2 is not None and attacks[0].actor2.name == "Military Forces of Turkey", attacks[0].actor2


@pytest.mark.parametrize(
    "text, doer",
    [
        (
            "In January, a strike widely attributed to Israel hit a depot near Latakia port.",
            "Military Forces of Israel",
        ),
        ("Hezbollah on Sunday denied any involvement in a rocket strike on a school in Nahariya.", "Hezbollah"),
        (
            "Iran's foreign ministry denied that Tehran had any role in the drone attacks on Erbil last week.",
            "Military Forces of Iran",
        ),
        (
            "If Turkey had wanted to escalate, it would have struck the dam near Raqqa on Monday.",
            "Military Forces of Turkey",
        ),
    ],
    ids=["attributed-to", "denied-involvement", "role-in", "it-of-the-if-clause"],
)
def test_doers_named_around_the_act(analyze, text, doer):
    events = analyze(text).events
    assert events and events[0].actor1 is not None and events[0].actor1.name == doer, [
        (e.trigger.text, e.actor1) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis in Yemen continue to attack ships in the Red Sea.",
        "Background: The shelling is the latest in a cycle of cross-border attacks that began in October.",
    ],
    ids=["a-habit", "background"],
)
def test_habits_and_background_are_not_events(analyze, text):
    assert analyze(text).events == (), [(e.sub_event_type, e.evidence.text) for e in analyze(text).events]


def test_explosions_heard_where_strikes_hit_are_the_strikes(analyze):
    text = (
        "Loud explosions were heard around Damascus overnight, where the strikes hit two arms depots, residents said."
    )
    event = only_event(analyze, text)
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type


def test_the_militants_who_attacked_a_checkpoint_still_did_it(analyze):
    text = "On Monday, militants who attacked a checkpoint near Deir ez-Zor killed two soldiers, the army said."
    events = analyze(text).events
    assert events and all(e.actor1 is not None and e.actor1.text == "militants" for e in events), [
        (e.trigger.text, e.actor1) for e in events
    ]


def test_a_campaign_with_lent_doers_hits_the_same_state(analyze):
    text = (
        "Israeli warplanes struck military targets in Iran before dawn on Saturday, the army said. "
        "Other strikes hit targets in Kermanshah province, it said. "
        "Jets also struck sites in Syria, near the border, the army said."
    )
    events = {e.trigger.text: e for e in analyze(text).events}
    assert events["strikes"].actor1.name == "Military Forces of Israel", events["strikes"].actor1
    assert events["strikes"].actor2 is not None and events["strikes"].actor2.country == "IR", events["strikes"].actor2
    # a sentence naming another state is not the same target
    assert events["struck"].actor2 is None or events["struck"].actor2.country != "IR"


def test_an_act_with_no_doer_in_its_sentence_was_done_by_the_doer_of_the_same_kind_told_just_before(analyze):
    text = (
        "Turkish artillery shelled the hills above Deraluk on Monday, villagers said.\n\n"
        "On Tuesday night a shell slammed into a house in the village of Sargele, wounding two children."
    )
    events = analyze(text).events
    assert len(events) == 2, [(e.sub_event_type, e.evidence.text) for e in events]
    assert all(e.actor1 is not None and e.actor1.name == "Military Forces of Turkey" for e in events), [
        e.actor1 for e in events
    ]


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, mortar shells fired from across the border landed near Sargele, wounding two children.",
        "On Tuesday an unexploded shell went off near a house in Sargele, wounding two children.",
    ],
)
def test_fire_from_elsewhere_and_old_ordnance_do_not_take_the_doer_told_before(analyze, second):
    text = "Turkish artillery shelled the hills above Deraluk on Monday, villagers said.\n\n" + second
    events = analyze(text).events
    assert len(events) == 2, [(e.sub_event_type, e.evidence.text) for e in events]
    assert events[1].actor1 is None or events[1].actor1.name != "Military Forces of Turkey", events[1].actor1


def test_an_act_attributed_to_a_group_was_done_by_that_group_not_by_who_attributes_it(analyze):
    text = "Local officials attributed the shelling of the market in Taiz on Monday to Ansar Allah forces."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Houthis", event.actor1


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday soldiers fired at herders watering their camels near the well, wounding one.",
        "On Sunday a group of masked settlers attacked farmers picking olives near the village of Burin.",
    ],
)
def test_people_doing_something_when_they_were_attacked_are_the_target(analyze, text):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2
    assert event.actor1 is not None and event.actor1.name != "Civilians", event.actor1


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers defused a roadside bomb on the highway near Tikrit on Sunday.",
        "On Sunday deminers cleared three landmines from a field near the village.",
        "The army said a drone had been brought down over the desert near Eilat on Sunday.",
    ],
)
def test_a_bomb_defused_a_mine_cleared_and_a_drone_brought_down_are_disrupted_weapons(analyze, text):
    assert only_event(analyze, text).sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    ["Bulldozers cleared the road near Jenin on Sunday.", "The scandal brought down the government on Sunday."],
)
def test_clearing_a_road_or_bringing_down_a_government_is_no_event(analyze, text):
    assert analyze(text).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday about 400 people gathered peacefully outside the governor's office in Cizre.",
        "About 150 residents of al-Bab gathered in front of the town hall on Sunday to demand electricity.",
    ],
)
def test_people_who_gather_to_demand_something_are_protesters(analyze, text):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Peaceful protest", event.sub_event_type
    assert event.actor1 is not None and event.actor1.name == "Protesters", event.actor1


def test_an_act_its_own_clause_dates_years_before_the_article_is_background_not_an_event(analyze):
    text = (
        "Militiamen killed nine farmers near Kaga Bandoro on Sunday, the UN mission said.\n\n"
        "The same group killed dozens of villagers near Paoua in 2019, according to court records.\n\n"
        "In March 2023, fighters whom the government of the day later linked to that same armed group attacked "
        "a camp near Bossangoa."
    )
    events = analyze(text, published="2025-06-10").events
    assert [e.evidence.text[:10] for e in events] == ["Militiamen"], [e.evidence.text for e in events]
    recent = "Gunmen killed two traders near Paoua on 2 June 2025, the UN mission said."
    assert len(analyze(recent, published="2025-06-10").events) == 1


@pytest.mark.parametrize(
    "second",
    [
        "The dead, a shepherd and his nephew, were grazing sheep when the first shell landed, a relative said.",
        "Of the wounded, three were hit by shrapnel and two by rubble, the hospital said.",
        "Two of the dead were teachers, the civil defence said.",
    ],
)
def test_who_the_victims_told_before_were_is_no_new_event(analyze, second):
    text = "Mortar shells hit the village of Walgha on Monday, killing two people and wounding five.\n\n" + second
    events = analyze(text).events
    assert len(events) == 1, [(e.sub_event_type, e.evidence.text) for e in events]


def test_explosions_with_no_weapon_of_their_own_are_the_kind_of_strike_the_article_tells(analyze):
    text = (
        "A series of loud explosions shook the Shayrat air base south-east of Homs late on Sunday.\n\n"
        "Regional officials said Israeli warplanes had struck an ammunition depot at the base."
    )
    blasts = [e for e in analyze(text).events if "explosions" in e.trigger.text]
    assert blasts and blasts[0].sub_event_type == "Air/drone strike", [
        (e.trigger.text, e.sub_event_type) for e in blasts
    ]
    alone = only_event(analyze, "An explosion tore through a crowded market in Mosul on Sunday, killing five people.")
    assert alone.sub_event_type == "Remote explosive/landmine/IED", alone.sub_event_type


def test_intelligence_officers_are_the_states_forces(analyze):
    event = only_event(analyze, "On Monday intelligence officers arrested two men at a checkpoint near Fallujah.")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Iraq", event.actor1


def test_an_act_named_only_to_say_since_when_is_no_event(analyze):
    text = "The group has not fired at Israel since the truce took effect, and said on Sunday it would respond."
    assert all(e.event_type != "Strategic developments" for e in analyze(text).events), analyze(text).events


def test_who_came_under_fire_was_the_target_of_whoever_fired(analyze):
    event = only_event(analyze, "A UN patrol came under fire from an Israeli position near Kfar Kela on Sunday.")
    assert event.sub_event_type == "Armed clash", event.sub_event_type
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel", event.actor1
    assert event.actor2 is not None and event.actor2.name == "United Nations", event.actor2


def test_a_rocket_store_hit_by_a_set_of_strikes_is_their_target_not_their_weapon(analyze):
    text = "On Tuesday, a second set of strikes destroyed a rocket storage site near al-Qaim, the military said."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type


def test_a_named_doers_next_strike_without_a_target_hits_the_same_group(analyze):
    text = (
        "U.S. warplanes struck Kataib Hezbollah facilities near Jurf al-Sakhar on Tuesday, the Pentagon said. "
        "U.S. warplanes also struck a depot near al-Qaim, it said."
    )
    events = analyze(text).events
    assert len(events) == 2, [(e.trigger.text, e.actor2) for e in events]
    assert all(e.actor2 is not None and e.actor2.name == "Kataib Hezbollah" for e in events), [e.actor2 for e in events]


def test_a_single_act_inside_a_tally_is_its_own_event_not_an_aggregate(analyze):
    text = "Militants claimed 12 attacks this week in Raqqa province, including an ambush that killed four soldiers on Monday."
    events = analyze(text).events
    ambush = [e for e in events if e.trigger.text == "ambush"]
    assert len(ambush) == 1 and not ambush[0].aggregate, [(e.trigger.text, e.aggregate) for e in events]
    assert ambush[0].killed is not None and ambush[0].killed.min == 4
    assert any(e.aggregate for e in events if e.trigger.text == "attacks")


def test_who_killed_in_a_clash_fought_it(analyze):
    text = "Iraqi troops killed three smugglers and wounded two others in a clash near Rutba on Monday, the army said."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Iraq", event.actor1


def test_clashes_between_two_named_sides_have_both(analyze):
    text = "Clashes between the Syrian Democratic Forces and Turkish-backed factions killed 12 fighters near Manbij on Monday."
    event = only_event(analyze, text)
    sides = {event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None}
    assert sides == {"Syrian Democratic Forces", "Syrian National Army"}, sides


def test_a_missile_fired_from_a_drone_is_a_drone_strike(analyze):
    text = "A car was hit by a missile fired from a drone near Jenin early on Thursday, killing two men."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type


def test_drones_the_parser_hangs_on_the_object_are_still_the_weapon(analyze):
    text = "On Thursday, militants targeted the graduation ceremony with drones loaded with explosives, killing two people."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type


def test_suspected_attackers_doubt_the_doer_not_the_attack(analyze):
    text = "Two Iraqi soldiers were killed when suspected Islamic State militants attacked their post near Tarmiyah on Monday."
    event = only_event(analyze, text)
    assert event.status == "occurred", event.status


def test_a_suspected_strike_is_possible(analyze):
    text = "A suspected Israeli drone strike hit a car near Tyre on Monday."
    event = only_event(analyze, text)
    assert event.status == "possible", event.status


def test_their_post_in_an_attack_is_not_the_attackers(analyze):
    text = "Two Iraqi soldiers were killed when suspected Islamic State militants attacked their post near Tarmiyah on Monday."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Iraq", event.actor2


def test_a_dateline_with_two_places_and_a_two_word_agency_is_no_date_of_the_event(analyze):
    text = (
        "Fighting flares\n\nHASAKAH/ISTANBUL, Dec 23 (Levant Wire) - Clashes between the Syrian Democratic Forces "
        "and Turkish-backed factions killed at least 21 fighters near the bridge on Sunday, a monitor said."
    )
    event = only_event(analyze, text, published="2024-12-23")
    assert str(event.date.start) == "2024-12-22", event.date


def test_where_a_victim_was_hit_is_no_new_attack(analyze):
    text = (
        "Security guards fired on protesters in Sweida on Sunday, wounding three, witnesses said. "
        "One of the wounded, a man in his fifties, was hit in the leg."
    )
    events = analyze(text).events
    assert len(events) == 1, [(e.trigger.text, e.evidence.text) for e in events]


def test_a_toll_since_a_month_is_an_aggregate(analyze):
    text = "By our count, Israeli fire has killed more than 300 people in southern Lebanon since October."
    events = analyze(text).events
    assert events and all(e.aggregate for e in events), [(e.trigger.text, e.aggregate) for e in events]


def test_a_source_the_parser_hangs_on_the_act_still_says_it(analyze):
    text = (
        "Protesters killed in Nasiriyah\n\nBAGHDAD, Nov. 29 — Iraqi security forces shot dead at least 25 protesters "
        "in Nasiriyah on Thursday, medical sources said, in one of the bloodiest days since the protests began."
    )
    event = only_event(analyze, text, published="2019-11-29")
    assert event.attribution.source == "medical sources", event.attribution


def test_it_said_is_said_by_the_source_named_before(analyze):
    text = (
        "The SDF said in a statement that its fighters had repelled the attack near Manbij on Monday. "
        "It said a Turkish drone strike on a car in the village of Sirrin had killed a woman and her son."
    )
    strike = [e for e in analyze(text).events if e.sub_event_type == "Air/drone strike"]
    assert strike and strike[0].attribution.source == "SDF", [e.attribution for e in strike]


def test_a_town_the_tagger_took_for_a_group_is_no_actor(analyze):
    analysis = analyze("Israel hit a radar site near Isfahan in Iran on Friday, officials said.")
    assert all(m.text != "Isfahan" for m in analysis.actors), [(m.text, m.actor.name) for m in analysis.actors]


def test_one_person_killed_is_a_civilian_victim(analyze):
    text = "On Wednesday, an Israeli drone struck a motorcycle on the outskirts of Houla, killing one person."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.kind == 7, event.actor2


def test_a_bomb_that_exploded_next_to_a_vehicle_targeted_its_owner(analyze):
    text = "A roadside bomb exploded next to a Syrian army vehicle on the road to Palmyra on Monday."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Syria", event.actor2


@pytest.mark.parametrize(
    "text",
    [
        "The first theory is an Israeli strike on the depot.",
        "The likeliest explanation is a Turkish drone strike.",
        "An American strike is the least likely of the three.",
        "Each raid hands the militants a new recruiting poster.",
    ],
)
def test_a_guess_or_a_generic_each_is_no_event(analyze, text):
    assert analyze(text).events == (), [(e.trigger.text, e.evidence.text) for e in analyze(text).events]


def test_a_strike_named_as_the_cause_of_a_blast_is_still_an_event(analyze):
    text = "The cause of the blast was an Israeli strike on the depot on Friday, officials said."
    assert len(analyze(text).events) == 1


def test_police_dispersing_protesters_is_a_protest_with_intervention(analyze):
    text = (
        "Riot police used tear gas on Friday night to disperse hundreds of protesters outside the parliament in Amman."
    )
    event = only_event(analyze, text)
    assert event.sub_event_type == "Protest with intervention", event.sub_event_type


def test_young_men_pelting_police_with_stones_riot(analyze):
    text = "In Maan, dozens of young men pelted police with stones on Sunday after a man died in custody."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Violent demonstration", event.sub_event_type


def test_fog_that_dispersed_is_no_protest(analyze):
    assert analyze("The fog over the valley dispersed on Monday morning.").events == ()


def test_a_death_by_another_weapon_after_a_shelling_is_another_event(analyze):
    text = (
        "Shells fired from SDF-held areas hit a house in al-Mayadin on Friday, killing three civilians.\n\n"
        "A shepherd was killed by a landmine in the desert south of the town."
    )
    kinds = sorted(e.sub_event_type for e in analyze(text, published="2024-08-10").events)
    assert kinds == ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack"], kinds


def test_the_blast_after_a_grenade_attack_retells_it(analyze):
    text = (
        "Late on Sunday, an unknown person threw a hand grenade at the house of a council member in Nawa. "
        "The blast damaged the front of the house but caused no casualties."
    )
    events = analyze(text, published="2024-08-10").events
    assert len(events) == 1 and events[0].killed is not None and events[0].killed.max == 0, events


def test_it_exploded_continues_the_drone_just_told_of(analyze):
    text = (
        "On Wednesday evening, a drone targeted Harir air base north of Erbil. "
        "It exploded in an empty area near the base, and there were no casualties."
    )
    events = analyze(text, published="2024-01-12").events
    assert len(events) == 1, [(e.trigger.text, e.sub_event_type) for e in events]
    assert events[0].killed is not None and events[0].killed.max == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("no one was hurt in the attack", {"killed": Count(0, 0), "injured": Count(0, 0)}),
        ("none of our personnel were hurt", {"injured": Count(0, 0)}),
    ],
)
def test_nobody_hurt_means_no_casualties_but_none_of_ours_speaks_for_one_side(text, expected):
    found = casualties_in((), text)
    assert {k: v for k, v in (("killed", found.killed), ("injured", found.injured)) if v is not None} == expected


def test_a_seizure_and_the_recapture_by_another_side_are_two_events(analyze):
    text = "The attackers briefly took control of Dhiban on Thursday before the SDF recaptured it in the afternoon."
    kinds = [(e.trigger.text, e.actor1.name if e.actor1 else None) for e in analyze(text).events]
    assert len(kinds) == 2, kinds


def test_weaponless_attacks_on_ships_take_the_kind_of_the_missile_attack_told_before(analyze):
    text = (
        "A bulk carrier was hit by two anti-ship ballistic missiles near the Bab el-Mandeb strait on Sunday. "
        "Since November, the Houthis have launched dozens of attacks on merchant vessels in the Red Sea."
    )
    attacks = [e for e in analyze(text, published="2024-02-19").events if e.trigger.text == "attacks"]
    assert attacks and attacks[0].sub_event_type == "Shelling/artillery/missile attack", attacks


def test_a_subject_after_a_fronted_phrase_acts_even_when_the_parser_hangs_it_on_that_phrase():
    # the parse spaCy gave for "At the direction of the President, U.S. forces today conducted strikes":
    # "forces" in apposition to "President", the verb with no subject
    rows = [
        ("At", "ADP", "prep", 9),
        ("the", "DET", "det", 2),
        ("direction", "NOUN", "pobj", 0),
        ("of", "ADP", "prep", 2),
        ("the", "DET", "det", 5),
        ("President", "PROPN", "pobj", 3),
        (",", "PUNCT", "punct", 5),
        ("forces", "NOUN", "appos", 5),
        ("today", "NOUN", "npadvmod", 9),
        ("conducted", "VERB", "ROOT", 9),
        ("strikes", "NOUN", "dobj", 9),
    ]
    tokens = [Token(i, 0, 0, w, w.lower(), pos, "", dep, head, 0) for i, (w, pos, dep, head) in enumerate(rows)]
    fixed = repaired(tokens)
    assert (fixed[7].dep, fixed[7].head) == ("nsubj", 9)
    assert [(t.dep, t.head) for t in fixed if t.i != 7] == [(t.dep, t.head) for t in tokens if t.i != 7]


def test_who_suffered_injuries_in_an_attack_was_its_target(analyze):
    text = "Officials said 14 Iraqi soldiers suffered minor injuries in the rocket attack on their base near Kirkuk."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.country == "IQ", event.actor2
    assert event.actor1 is None or event.actor1.actor_id == "unidentified-armed-group", event.actor1
    assert event.injured == Count(14, 14)


def test_the_strikes_recall_the_strikes_not_the_attacks_told_in_between(analyze):
    text = (
        "Israeli jets carried out strikes on two weapons depots near Qusayr on Monday, the army said.\n\n"
        "The army said the strikes were a response to attacks on northern Israel by Hezbollah.\n\n"
        "Three Israeli civilians were wounded in the attacks on Kiryat Shmona last week, police said.\n\n"
        "A monitoring group later said the strikes had killed at least six fighters."
    )
    events = analyze(text, published="2024-05-08").events
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1, [(e.trigger.text, e.evidence.text) for e in events]
    assert strikes[0].killed == Count(6, None), strikes[0].killed


def test_a_date_inside_a_relative_clause_about_other_attacks_does_not_make_a_new_event(analyze):
    text = (
        "U.S. aircraft struck a militia depot near Qaim on Thursday, the Pentagon said. "
        "The strikes were a response to attacks on U.S. troops that began on Oct. 17, a spokesman said."
    )
    strikes = [e for e in analyze(text, published="2023-11-10").events if e.actor1 and e.actor1.country == "US"]
    assert len(strikes) == 1, [(e.trigger.text, e.evidence.text) for e in strikes]


def test_the_next_sentence_can_pin_down_where_the_strikes_hit(analyze):
    text = (
        "Russian warplanes carried out strikes in northwestern Syria on Tuesday, the monitor said. "
        "The strikes were carried out by two Su-34 jets against a market near Maarat Misrin."
    )
    event = only_event(analyze, text, published="2024-05-08")
    assert event.location is not None and event.location.admin1 == "Idlib", event.location


def test_a_lead_split_into_several_strikes_keeps_the_country(analyze):
    text = (
        "Israeli warplanes struck military targets in Iran early on Saturday, the army said. "
        "Explosions were heard around Tehran, where the strikes hit missile factories. "
        "Other strikes hit radar sites in Ilam province, the army said."
    )
    lead = analyze(text, published="2024-10-26").events[0]
    assert lead.location is not None and lead.location.name == "Iran", lead.location


@pytest.mark.parametrize("victims", ["two kolbars", "a group of porters", "two sukhtbars"])
def test_border_porters_and_fuel_carriers_shot_by_guards_are_civilians(analyze, victims):
    event = only_event(analyze, f"Border guards opened fire on {victims} near Sardasht on Monday, killing one.")
    assert event.sub_event_type == "Attack" and event.actor2 is not None and event.actor2.kind == 7, event


def test_a_vehicle_that_hit_a_landmine_was_hit_by_the_mine(analyze):
    text = "On Sunday, a bus hit a landmine on a dirt road east of Hays, killing two passengers."
    assert only_event(analyze, text).sub_event_type == "Remote explosive/landmine/IED"


def test_a_time_phrase_is_not_the_target_that_hides_the_weapon(analyze):
    text = (
        "A local commander was killed on the night of the day before yesterday when a bomb fixed "
        "under his car went off in the centre of Nawa."
    )
    assert only_event(analyze, text).sub_event_type == "Remote explosive/landmine/IED"


def test_a_bomber_among_a_crowd_targets_the_crowd(analyze):
    event = only_event(analyze, "A militant detonated an explosive vest among the shoppers on Friday, police said.")
    assert event.actor2 is not None and event.actor2.kind == 7, event.actor2


def test_who_a_base_is_handed_over_to_is_the_other_side(analyze):
    event = only_event(analyze, "The militia handed over the Kweires military airport to Russian troops on Sunday.")
    assert event.actor2 is not None and event.actor2.country == "RU", event.actor2


def test_children_playing_when_a_shell_went_off_are_victims_not_doers(analyze):
    text = "An old mortar shell went off while children were playing near their home in Hays, killing two of them."
    for event in analyze(text).events:
        assert event.actor1 is None or event.actor1.kind != 7, event.actor1


def test_a_unit_that_struck_a_roadside_bomb_was_its_target(analyze):
    event = only_event(analyze, "An army patrol struck a roadside bomb near Tarmiyah on Monday, wounding two soldiers.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor2 is not None and event.actor2.kind == 1, event.actor2
    assert event.actor1 is None or event.actor1.kind != 1, event.actor1


def test_protesters_clashing_with_each_other_riot(analyze):
    text = "Two protesters were killed on Friday when rival demonstrators clashed in the centre of Kirkuk, throwing stones."
    assert only_event(analyze, text).event_type == "Riots"


def test_escaped_prisoners_recaptured_are_arrests_not_territory(analyze):
    text = "Police said 30 of the escaped prisoners had been recaptured in raids on nearby villages on Sunday."
    assert only_event(analyze, text).sub_event_type == "Arrests"


def test_an_act_called_a_first_is_still_an_act(analyze):
    text = (
        "Turkey's navy shelled a PKK hideout near the coast, in what officials say is the first time it has used ships."
    )
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.country == "TR", event.actor1


def test_a_bomb_that_went_off_is_an_event_and_its_aftermath_continues_it(analyze):
    text = "A roadside bomb went off beside an army truck near Tarmiyah late on Sunday. Nobody was hurt, the army said."
    event = only_event(analyze, text, published="2024-03-06")
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.killed == Count(0, 0), event


def test_a_strike_carried_out_by_a_named_force_is_that_forces(analyze):
    text = "Local media said the raid, carried out by Turkish drones, wounded four people near Amuda."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.country == "TR", event.actor1


def test_an_all_capitals_name_read_as_is_does_not_make_the_verb_passive(analyze):
    event = only_event(analyze, "2 MAY: IS militants attacked a police checkpoint near Tuz Khurmatu.")
    assert event.actor1 is not None and event.actor1.name == "Islamic State", event.actor1


def test_two_clauses_with_their_own_doers_are_two_acts(analyze):
    text = (
        "Hezbollah fighters attacked an Israeli position near Metula, and a patrol sent to the area "
        "struck a landmine that wounded two soldiers."
    )
    kinds = sorted(e.sub_event_type for e in analyze(text).events)
    assert kinds == ["Armed clash", "Remote explosive/landmine/IED"], kinds


def test_a_drones_owner_does_not_lend_itself_to_rockets_told_next(analyze):
    text = (
        "An Israeli drone struck a motorbike near Bint Jbeil on Monday, killing its rider.\n\n"
        "Separately, three rockets landed near an army post outside Marjayoun, causing no casualties."
    )
    rockets = [e for e in analyze(text).events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert rockets and all(e.actor1 is None or e.actor1.country != "IL" for e in rockets), rockets


def test_soldiers_of_a_foreign_base_named_in_the_sentence_are_that_states(analyze):
    text = (
        "Militants tried to sneak into a Turkish outpost in Duhok province late on Friday, "
        "and four soldiers were killed in the clashes that followed, the ministry said."
    )
    victims = [e.actor2 for e in analyze(text).events if e.actor2 is not None]
    assert victims and all(v.country == "TR" for v in victims), victims


def test_interceptions_recall_the_missiles_fired_two_sentences_before(analyze):
    text = (
        "Iran-backed militants fired a barrage of rockets at Harir air base on Saturday, the coalition said. "
        "Several soldiers were checked for injuries. "
        "Most of the rockets were intercepted by the base's air defences."
    )
    stops = [e for e in analyze(text).events if e.sub_event_type == "Disrupted weapons use"]
    assert stops and stops[0].actor2 is not None and stops[0].actor2.actor_id != "unidentified-armed-group", stops


def test_a_verb_with_no_object_shares_the_target_of_its_first_conjunct(analyze):
    text = "On Sunday the army pressed on against the PKK near Metina and struck again at dawn, the ministry said."
    events = analyze(text, published="2024-03-06").events
    assert events and all(e.actor2 is not None and e.actor2.name == "Kurdistan Workers' Party" for e in events), [
        (e.trigger.text, e.actor2) for e in events
    ]


def test_people_killed_in_protests_are_protesters_met_with_excessive_force(analyze):
    text = "More than 40 people have been killed in the protests since Friday, a rights group said."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2 is not None and event.actor2.name == "Protesters", event.actor2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("killing a girl and injuring three of her cousins", {"killed": Count(1, 1), "injured": Count(3, 3)}),
        ("killing two Ethiopian migrants and wounding five others", {"killed": Count(2, 2), "injured": Count(5, 5)}),
        ("killing a farmer and his son and injuring the mother", {"killed": Count(2, 2), "injured": Count(1, 1)}),
        ("killing one sukhtbar and wounding two", {"killed": Count(1, 1), "injured": Count(2, 2)}),
    ],
)
def test_a_killed_count_and_a_wounded_count_joined_by_and_are_both_read(text, expected):
    assert counts_in_text(text) == expected


def test_the_people_a_past_participle_describes_suffered_the_act(analyze):
    text = "The monitor has recorded 17 shepherds killed or wounded along the border since January."
    for event in analyze(text).events:
        assert event.actor1 is None or event.actor1.kind != 7, event.actor1


def test_a_detonated_explosive_belt_is_a_suicide_bombing(analyze):
    text = "The second attacker detonated his explosive belt when people gathered to help the wounded, police said."
    assert only_event(analyze, text).sub_event_type == "Suicide bomb"


def test_an_attack_on_a_base_hosting_foreign_forces_targets_them(analyze):
    event = only_event(analyze, "Three rockets hit the Conoco gas field in Deir ez-Zor on Tuesday night.")
    assert event.actor2 is not None and event.actor2.actor_id == "us-forces", event.actor2
    before = only_event(
        analyze, "Three rockets hit the Conoco gas field in Deir ez-Zor on Tuesday night.", "2012-05-02"
    )
    assert before.actor2 is None or before.actor2.actor_id != "us-forces", before.actor2


def test_a_question_asserts_no_event(analyze):
    assert analyze("Did anyone from Baghdad come to see us after the drone strike on Sunday?").events == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("About 20 inmates escaped from the central prison in Hasakah on Monday, officials said.", 1),
        ("The family narrowly escaped injury when a shell hit the yard, neighbours said.", 0),
        ("Thousands of families escaped from the fighting around the town.", 0),
    ],
)
def test_only_an_escape_from_prison_is_a_strategic_development(analyze, text, expected):
    others = [e for e in analyze(text).events if e.sub_event_type == "Other"]
    assert len(others) == expected, others


def test_two_events_in_one_sentence_keep_the_counts_of_their_own_clauses(analyze):
    events = analyze(
        "The army said on Tuesday it had killed 27 smugglers in a night of fighting near the border, "
        "days after a captain was shot dead by smugglers at a checkpoint."
    ).events
    killed = {e.trigger.text: e.killed for e in events}
    assert killed.get("fighting") == Count(27, 27), killed
    assert killed.get("shot dead") == Count(1, 1), killed


def test_any_person_noun_of_the_shared_lexicon_counts_one_person():
    assert counts_in_text("a pharmacist was killed in the blast")["killed"] == Count(1, 1)


@pytest.mark.parametrize(
    "text, field, expected",
    [
        ("a mine went off under the boy, killing him and his brother", "killed", Count(2, 2)),
        ("a drone struck the car on the ring road, killing him", "killed", Count(1, 1)),
        ("a fighter and two civilians, one of them a child, had been wounded", "injured", Count(3, 3)),
        ("a soldier and three civilians were killed in the blast", "killed", Count(4, 4)),
        ("a shepherd and his son were shot dead by gunmen", "killed", Count(2, 2)),
        ("three soldiers and two members of the militias were killed when a bomb went off", "killed", Count(5, 5)),
    ],
)
def test_one_person_by_a_pronoun_or_a_noun_beside_others_counts(text, field, expected):
    assert counts_in_text(text)[field] == expected


def test_no_one_hurt_is_zero_not_one(analyze):
    events = analyze(
        "Police said on Tuesday they had dispersed a small group that tried to break through the cordon, "
        "and that no one had been hurt."
    ).events
    assert events and all(e.injured == Count(0, 0) for e in events), [(e.trigger.text, e.injured) for e in events]


def test_attack_inside_a_weapon_name_is_no_event(analyze):
    event = only_event(
        analyze, "On Monday the destroyer shot down a one-way attack unmanned aerial system over the Red Sea."
    )
    assert event.sub_event_type == "Disrupted weapons use"


def test_a_strike_that_missed_is_not_a_second_event(analyze):
    events = analyze(
        "On Monday the Houthis fired two anti-ship missiles at a bulk carrier in the Gulf of Aden. "
        "Neither missile struck the ship, and no damage was reported."
    ).events
    assert [e.trigger.text for e in events] == ["fired"], [(e.trigger.text, e.evidence.text) for e in events]


def test_earlier_fighting_a_mine_was_left_from_is_no_event(analyze):
    event = only_event(
        analyze, "A child was injured on Monday when a landmine left over from earlier fighting exploded near al-Bab."
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_clash_named_by_its_day_inside_another_statement_was_told_before(analyze):
    events = analyze(
        "Police said on Monday the men belonged to the same network whose members were killed in Sunday's clash."
    ).events
    assert events == (), [(e.sub_event_type, e.trigger.text) for e in events]


def test_a_drone_boat_is_a_weapon_not_a_merchant_ship(analyze):
    event = only_event(
        analyze, "On Monday a Liberian-flagged bulk carrier was struck by an uncrewed surface vessel in the Red Sea."
    )
    assert event.actor1 is None or event.actor1.name != "Merchant Shipping", event.actor1
    assert event.actor2 is not None and event.actor2.name == "Merchant Shipping", event.actor2


def test_a_boat_that_withdrew_after_firing_hands_over_no_territory(analyze):
    events = analyze(
        "On Monday the skiff opened fire from 0.5 NM; the armed guards returned fire and the skiff withdrew."
    ).events
    assert all(e.event_type != "Strategic developments" for e in events), [e.sub_event_type for e in events]


def test_the_side_holding_the_area_is_the_target_or_the_origin(analyze):
    struck = only_event(
        analyze, "On Monday US forces struck two missile launchers in a Houthi-controlled area of Yemen."
    )
    assert struck.actor2 is not None and struck.actor2.name == "Houthis", struck.actor2
    shelled = only_event(
        analyze, "Three civilians were killed on Monday when shells fired from SDF-held areas hit their house."
    )
    assert shelled.actor1 is not None and shelled.actor1.name == "Syrian Democratic Forces", shelled.actor1


def test_a_warship_with_its_hull_number_is_its_navy_and_a_distance_is_no_actor(analyze):
    shot = only_event(analyze, "On Monday the USS Carney (DDG 64) shot down a one-way attack drone over the Red Sea.")
    assert shot.actor1 is not None and shot.actor1.name == "United States Navy", shot.actor1
    struck = only_event(analyze, "On Monday a bulk carrier was struck by a drone boat 66 NM south-west of Hodeidah.")
    assert struck.actor1 is None or struck.actor1.name != "NM", struck.actor1
    assert struck.actor2 is not None and struck.actor2.name == "Merchant Shipping", struck.actor2


def test_a_forecast_is_hypothetical_not_a_plan_or_a_fact(analyze):
    event = only_event(analyze, "We expect the Turkish strikes on the Tishreen Dam to continue through February.")
    assert event.status == "hypothetical", event.status


def test_a_live_blog_timestamp_is_not_part_of_the_source(analyze):
    text = (
        "Live: strikes on Nabatieh\n\n17:48 - The health ministry now says 16 people were killed in the strike on "
        "the municipal building.\n\n14:30 - Hezbollah says its fighters fired a salvo of rockets at an army base."
    )
    sources = [e.attribution.source for e in analyze(text).events]
    assert sources == ["health ministry", "Hezbollah"], sources


def test_who_reports_an_act_did_not_do_it(analyze):
    event = only_event(analyze, "Residents report a wave of heavy air raids on Nabatieh on Monday.")
    assert event.actor1 is None or event.actor1.name != "Civilians", event.actor1


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # missiles on the ground struck and destroyed: one strike, not an interception
        (
            "On Monday US forces struck and destroyed two anti-ship cruise missiles in a Houthi-held area of Yemen.",
            "Air/drone strike",
        ),
        # a drone boat engaged and destroyed: one interception, engaging it no second event
        (
            "On Monday a U.S. Navy jet engaged and destroyed an explosive-laden unmanned surface vessel in the Red Sea.",
            "Disrupted weapons use",
        ),
    ],
)
def test_two_verbs_for_one_act_make_one_event_typed_by_what_was_destroyed(analyze, text, sub_type):
    event = only_event(analyze, text)
    assert event.sub_event_type == sub_type, event.sub_event_type


def test_a_state_agency_speaks_for_its_state(analyze):
    text = "\n\n".join(
        [  # dev_e's SANA bulletin: "our" is Syria's, though Israel is the last side named
            "Our air defences confront Israeli aggression on the vicinity of Damascus ... four military "
            "personnel martyred",
            "Damascus, SANA - Monday, 7 August 2023 (unofficial translation)",
            "A military source stated that at about 2:20 a.m. today the Israeli enemy carried out an aerial "
            "aggression with a barrage of missiles from the direction of the occupied Syrian Golan, "
            "targeting a number of points in the vicinity of Damascus.",
            "The source added that our air defence means confronted the missiles of the aggression and shot "
            "down most of them, and the aggression led to the martyrdom of four military personnel and the "
            "injury of four others, in addition to some material losses.",
        ]
    )
    events = analyze(text, published="2023-08-07", outlet="SANA").events
    shot = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert shot and shot[0].actor1 is not None and shot[0].actor1.country == "SY", [
        (e.sub_event_type, e.actor1) for e in events
    ]


def test_a_dateline_with_an_agency_is_not_the_subject(analyze):
    text = (
        "Raids in Hasakah\n\nHasakah, SANA - The American occupation forces, in cooperation with the QSD militia "
        "affiliated with them, carried out on Sunday a raid campaign in the village of al-Dashisha, kidnapping "
        "seven young men of the village, local sources said."
    )
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.country == "US", event.actor1


def test_strikes_an_army_replied_with_are_an_act(analyze):
    event = only_event(
        analyze, "On Sunday the army responded with heavy artillery strikes on militant positions near Idlib."
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack", event.sub_event_type


def test_gunmen_firing_on_a_patrol_and_killing_two(analyze):
    event = only_event(
        analyze, "On Tuesday gunmen fired on an army patrol near Fallujah, killing a lieutenant and a soldier."
    )
    assert event.killed == Count(2, 2), event.killed


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday about ten projectiles crossed from Lebanon into the Galilee.",
        "On Monday a cargo ship reported two missiles impacting the water near Mokha.",
    ],
)
def test_projectiles_crossing_or_impacting_are_a_shelling(analyze, sentence):
    assert only_event(analyze, sentence).sub_event_type == "Shelling/artillery/missile attack"


def test_troops_crossing_a_river_are_no_attack(analyze):
    assert analyze("On Monday troops crossed the river near Mokha.").events == ()


def test_a_verb_coordinated_with_stopped_is_not_talk_about_stopping(analyze):
    event = only_event(
        analyze,
        "On Friday gunmen blocked a highway near Turbat, stopped two passenger buses and shot dead 11 passengers.",
    )
    assert event.killed == Count(11, 11), event.killed


@pytest.mark.parametrize(
    "sentence, sub_type",
    [
        ("On Friday a suicide bomber blew himself up at the entrance of a restaurant in Mogadishu.", "Suicide bomb"),
        ("On Friday army jets dropped two 500-pound bombs on a monastery near Monywa.", "Air/drone strike"),
        ("On Friday border forces of the two countries exchanged heavy fire in Khost province.", "Armed clash"),
        ("On Sunday Israeli troops blew up dozens of houses in Khiam.", "Looting/property destruction"),
        ("On Sunday a roadside bomb blew up a police vehicle near Kirkuk.", "Remote explosive/landmine/IED"),
        ("The ceasefire, brokered by France, came into force on Wednesday.", "Agreement"),
    ],
)
def test_acts_told_by_phrases_the_rules_did_not_read(analyze, sentence, sub_type):
    assert only_event(analyze, sentence).sub_event_type == sub_type


def test_prisoners_exchanged_are_no_clash(analyze):
    assert all(
        e.sub_event_type != "Armed clash" for e in analyze("On Friday the two sides exchanged prisoners.").events
    )


def test_armed_groups_seizing_people_abduct_them_and_police_arrest(analyze):
    seized = only_event(analyze, "On Friday the mujahideen seized five lorry drivers near Diema in Mali.")
    assert seized.sub_event_type == "Abduction/forced disappearance", (seized.sub_event_type, seized.actor1)
    arrested = only_event(analyze, "Police seized five smugglers near Diema in Mali on Friday.")
    assert arrested.sub_event_type == "Arrests", arrested.sub_event_type


def test_between_two_numbers_is_a_range():
    assert counts_in_text("rebels attacked the villages, killing between 12 and 15 civilians") == {
        "killed": Count(12, 15)
    }


@pytest.mark.parametrize(
    "sentence, sub_type",
    [
        (  # a march makes the sentence a protest's, and live fire on it excessive force
            "When the march reached the ministry in Port-au-Prince on Friday, police fired tear gas and then live "
            "ammunition, killing a student.",
            "Excessive force against protesters",
        ),
        (  # a suicide bomber's car bomb is a suicide bombing, not an IED
            "On Friday a suicide bomber drove an explosives-laden car into the gate of a police centre in Bannu, "
            "killing five recruits.",
            "Suicide bomb",
        ),
    ],
)
def test_the_sentence_around_the_act_decides_its_sub_type(analyze, sentence, sub_type):
    event = only_event(analyze, sentence)
    assert event.sub_event_type == sub_type, event.sub_event_type


def test_the_month_of_march_is_no_protest(analyze):
    event = only_event(analyze, "On 16 March police fired on a car at a checkpoint near Goma, killing its driver.")
    assert event.event_type != "Protests", event.sub_event_type


def test_a_subject_after_a_fronted_date_does_the_act(analyze):
    text = "Villages attacked\n\nOn Friday suspected rebels attacked the villages of Kivika and Bulindi near Butembo."
    event = only_event(analyze, text)
    assert event.actor1 is not None and "Rebels" in event.actor1.name, event.actor1
    assert event.actor2 is None or "Rebels" not in event.actor2.name, event.actor2


def test_what_attackers_are_armed_with_is_not_how_they_struck(analyze):
    event = only_event(
        analyze,
        "On Friday about 30 militants armed with rifles and quadcopters attacked a police checkpoint near Bannu, "
        "killing six policemen.",
    )
    assert event.sub_event_type != "Air/drone strike", event.sub_event_type


def test_a_monthly_count_of_militant_attacks_is_an_aggregate(analyze):
    event = only_event(analyze, "The database recorded 74 militant attacks across Pakistan in March 2024.")
    assert event.aggregate, event


def test_a_toll_of_a_days_explosion_brought_to_a_number_counts_the_dead(analyze):
    text = (
        "UPDATE to yesterday's log: the shepherd killed by a landmine left over by ISIS in the desert, 25 km "
        "south-west of al-Mayadin, was accompanied by his 12-year-old son, who also died, bringing the toll of "
        "Friday's explosion to two."
    )
    event = only_event(analyze, text, published="2024-08-10")
    assert event.killed == Count(2, 2), event.killed


def test_a_risen_toll_updates_the_strike_told_before(analyze):
    text = (
        "Strike on a school\n\nAn Israeli air strike hit a school sheltering displaced families in Deir al-Balah "
        "on Tuesday, killing 17 people, the health ministry said.\n\nOn Wednesday the health ministry said the "
        "toll had risen to 19 dead."
    )
    events = analyze(text, published="2024-07-18").events
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Air/drone strike"], [
        (e.sub_event_type, e.evidence.text) for e in events
    ]
    assert events[1].actor1 is not None and events[1].actor1.country == "IL", events[1].actor1


@pytest.mark.parametrize(
    "follow_up, day",
    [
        ("Five days later, a drone struck a minibus outside Dabat, killing nine passengers.", "2025-04-02"),
        ("The next day a drone struck a minibus outside Dabat, killing nine passengers.", "2025-03-29"),
        ("Two days earlier a drone had struck a minibus outside Dabat, killing nine passengers.", "2025-03-26"),
    ],
)
def test_days_later_count_from_the_event_told_before(analyze, follow_up, day):
    text = (
        "Fighting around Dabat\n\nAt dawn on 28 March, Fano fighters attacked the police station in Dabat, "
        f"killing four officers.\n\n{follow_up}"
    )
    events = analyze(text, published="2025-04-12").events
    assert str(events[-1].date.start) == day, [(e.evidence.text, e.date) for e in events]


def test_a_date_carries_into_the_next_paragraph(analyze):
    text = (
        "Attack on Lido beach\n\nMogadishu, 3 August 2025\n\nThe government condemns the attack carried out on Friday evening against "
        "families at a seafront restaurant in Mogadishu.\n\nAt approximately 8:40 p.m., a suicide bomber blew "
        "himself up at the entrance of the restaurant."
    )
    event = only_event(analyze, text, published="2025-08-03")
    assert str(event.date.start) == "2025-08-01", event.date


@pytest.mark.parametrize(
    "text",
    [
        "On Monday fighting between Houthis and government forces escalated in Sirwah, Yemen.",
        # the tagger reads the opening "Fighting" as a verb and hangs the second side on "flared"
        "Fighting between Yemeni government forces and Ansar Allah flared in Sirwah on 3 and 4 May.",
    ],
)
def test_fighting_between_two_sides_names_both(analyze, text):
    event = only_event(analyze, text)
    sides = {event.actor1 and event.actor1.name, event.actor2 and event.actor2.name}
    assert "Houthis" in sides and len(sides - {None}) == 2, sides


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("Nine civilians, among them a mother and her two children, were martyred in the explosion.", Count(9, 9)),
        ("Twenty-eight people were murdered, eleven of them children, in the raid.", Count(28, 28)),
        ("Five Palestinians, including a 15-year-old boy, were killed in the fighting.", Count(5, 5)),
    ],
)
def test_who_the_victims_were_does_not_hide_their_number(sentence, killed):
    assert counts_in_text(sentence)["killed"] == killed


def test_no_injuries_means_nobody_was_harmed(analyze):
    event = only_event(
        analyze,
        "On Monday a cargo ship reported two missiles impacting the water near Mokha. No injuries were reported.",
    )
    assert (event.killed, event.injured) == (Count(0, 0), Count(0, 0)), (event.killed, event.injured)


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("an Israeli drone hit a motorcycle near Bint Jbeil, killing its rider", {"killed": Count(1, 1)}),
        ("a drone hit a car, killing the driver", {"killed": Count(1, 1)}),
        ("the strike hit a checkpoint, killing the soldiers", {}),
        ("a bomb hit a fuel truck on the highway, setting it alight and wounding its driver", {"injured": Count(1, 1)}),
        ("guards fired on the porters, killing one porter, 20, and wounding another", {
            "killed": Count(1, 1), "injured": Count(1, 1)
        }),
    ],
)  # fmt: skip
def test_one_victim_by_a_singular_noun_after_the_or_its(sentence, killed):
    assert counts_in_text(sentence) == killed


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("a drone hit the column, killing two people and wounding \"dozens\"", {
            "killed": Count(2, 2), "injured": Count(24, None)
        }),
        ("a shell hit a school in the village, wounding possibly five pupils", {"injured": Count(5, 5)}),
        ('the army said it had killed 9 "terrorists" near the town', {"killed": Count(9, 9)}),
        ('the group said its fighters had killed "dozens of mercenaries"', {"killed": Count(24, None)}),
        ("a bomber rammed the gate, killing four recruits and three passers-by and injuring 11", {
            "killed": Count(7, 7), "injured": Count(11, 11)
        }),
        ("a 15-year-old Palestinian was shot dead at the checkpoint", {"killed": Count(1, 1)}),
        ("one of the suspects fired at the patrol and was killed", {"killed": Count(1, 1)}),
    ],
)  # fmt: skip
def test_quoted_hedged_and_demonym_counts_and_groups_joined_by_and_are_read(sentence, expected):
    assert counts_in_text(sentence) == expected


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Gunmen on a motorcycle shot dead Khaled Darwish, a local councillor, in Nawa on Tuesday.", Count(1, 1)),
        ("On Tuesday gunmen killed Khaled Darwish and Omar Hamdan near Nawa, residents said.", Count(2, 2)),
        ("Three sisters aged 9 and 11 were killed when a shell hit their house in Idlib on Monday.", Count(3, 3)),
    ],
)
def test_people_killed_by_name_or_with_their_ages_are_counted_as_people(analyze, text, killed):
    event = only_event(analyze, text)
    assert event.killed == killed, event.killed


def test_who_entered_after_fighting_fought(analyze):
    text = "Rebels take Nyabiondo\n\nOn Monday M23 rebels entered Nyabiondo after two days of fighting with Wazalendo militias."
    events = analyze(text).events
    fights = [e for e in events if e.sub_event_type == "Armed clash"]
    assert fights and fights[0].actor1 is not None and fights[0].actor1.name == "March 23 Movement", [
        (e.sub_event_type, e.actor1) for e in events
    ]
    assert all(e.sub_event_type != "Arrests" for e in events), [e.sub_event_type for e in events]


def test_a_weekday_before_the_subject_is_not_its_object(analyze):
    event = only_event(
        analyze, "Clashes in Masisi\n\nOn Monday M23 rebels clashed with Wazalendo militias near Nyabiondo."
    )
    assert event.actor1 is not None and event.actor1.name == "March 23 Movement", event.actor1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the central market in the town on Monday, residents said.",
        "A shell struck the school in the village on Tuesday while it housed displaced families.",
        "The mosque was hit by two mortar rounds on Friday, witnesses said.",
        "Government jets dropped two bombs on the monastery outside the town on Sunday.",
        "The raiders set fire to at least 40 houses before they left on Saturday.",
        "Soldiers blew up dozens of homes in the village on Thursday.",
        "Gunmen seized two truck drivers and a judge on the road near the town on Monday.",
        "Armed men abducted the principal of a secondary school in the town on Tuesday.",
        "Masked gunmen kidnapped the chief of a village north of Dori on Friday evening.",
        "The fighters torched about 20 huts in the settlement on Sunday afternoon.",
        "An unknown person hurled a grenade at the home of a local council member in Nawa on Sunday.",
        "Unknown assailants torched a car belonging to a member of the municipal council on Monday.",
        "Two sisters were killed when a landmine exploded in a field near Saraqib on Monday.",
        "Mortar shells fired from across the river fell on farmland near Hajin on Monday, causing no casualties.",
        "Israeli strikes on southern Lebanon killed at least four people on Monday.",
    ],
)
def test_civilian_buildings_a_persons_belongings_and_people_named_by_civilian_work_are_civilians(analyze, text):
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2


def test_a_building_an_armed_group_owns_is_still_that_groups(analyze):
    event = only_event(analyze, "Israeli jets struck a Hezbollah weapons depot near the house on Monday.")
    assert event.actor2 is not None and event.actor2.name == "Hezbollah", event.actor2


@pytest.mark.parametrize(
    ("text", "defender"),
    [
        (
            "A hostile drone was shot down near Tabriz, in north-western Iran, at dawn on Monday.",
            "Military Forces of Iran",
        ),
        ("On Monday two rockets were intercepted over Ain al-Asad air base.", "Military Forces of the United States"),
    ],
)
def test_with_no_interceptor_named_the_places_defenders_intercepted(analyze, text, defender):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Disrupted weapons use", event
    assert event.actor1 is not None and event.actor1.name == defender, event.actor1


def test_troops_deployed_somewhere_who_returned_fire_fought_rather_than_set_up_a_base(analyze):
    text = "Police commandos deployed in the area returned fire on Monday, and the exchange went on for an hour."
    types = {e.sub_event_type for e in analyze(text).events}
    assert types == {"Armed clash"}, types


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Security forces opened fire on demonstrators outside the governor's office on Friday.",
            "Excessive force against protesters",
        ),
        (
            "About 20 women who tried to gather outside a school were dispersed by police on Friday.",
            "Protest with intervention",
        ),
        ("A protest over power cuts in Basra turned deadly on Friday.", "Excessive force against protesters"),
    ],
)
def test_how_a_protest_was_met_decides_its_sub_type(analyze, text, sub_type):
    types = {e.sub_event_type for e in analyze(text).events}
    assert sub_type in types and "Peaceful protest" not in types, types


def test_a_withdrawal_that_only_times_another_act_is_no_event(analyze):
    text = "As they withdrew, the gunmen set fire to several houses in the village on Monday."
    types = [e.sub_event_type for e in analyze(text).events]
    assert types == ["Looting/property destruction"], types


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Soldiers retook the village of Kollo, Niger, on Sunday after a brief exchange of fire.",
            "Government regains territory",
        ),
        ("Rebels overtook the army post at Kollo, Niger, on Monday.", "Non-state actor overtakes territory"),
        ("Militants razed the village of Kollo, Niger, on Monday.", "Looting/property destruction"),
    ],
)
def test_verbs_the_tagger_lemmatises_oddly_or_rarely_still_name_their_act(analyze, text, sub_type):
    types = [e.sub_event_type for e in analyze(text).events]
    assert types == [sub_type], types


@pytest.mark.parametrize(
    "text",
    [
        "More than 250 people have been killed since Sunday, the Observatory said.",
        "The health ministry says more than 36,600 Palestinians have been killed since the war began.",
        "More than 3,800 people were killed in Lebanon between October 2023 and the ceasefire.",
    ],
)
def test_a_running_toll_is_an_aggregate(analyze, text):
    events = analyze(text).events
    assert events and all(e.aggregate for e in events), [(e.trigger.text, e.aggregate) for e in events]


def test_a_toll_of_one_day_is_no_aggregate(analyze):
    event = only_event(analyze, "Two people were killed in Idlib on Sunday, the Observatory said.")
    assert not event.aggregate and event.killed is not None and event.killed.min == 2, event


@pytest.mark.parametrize(
    ("text", "n_events"),
    [
        ("The ground is burning under the occupiers' feet.", 0),
        ("The orchards burned until the morning.", 0),
        ("Gunmen burned 30 houses in the village on Monday.", 1),
        ("Thirty houses were burned in the village on Monday.", 1),
    ],
)
def test_only_something_someone_burned_is_property_destruction(analyze, text, n_events):
    assert len(analyze(text).events) == n_events, analyze(text).events


def test_what_the_target_did_in_its_relative_clause_does_not_replace_it(analyze):
    # the relative clause tells what the guards did, and whom they hit: the smugglers shot at the guards
    events = analyze(
        "A group of drug smugglers tried to cross the border overnight. The smugglers opened fire on the "
        "border guards, who fired back, killing four smugglers and wounding others."
    ).events
    first = next(e for e in events if e.actor1 and "smugglers" in e.actor1.text.lower())
    assert first.actor2 is not None and "guard" in first.actor2.text.lower(), first.actor2


@pytest.mark.parametrize(
    "text",
    [
        "The harbour has been almost idle since the Houthis began attacking shipping in the Red Sea in late 2023.",
        "The navy said its patrols would continue until the Houthis stop attacking commercial shipping and naval vessels.",
    ],
)
def test_an_act_in_a_since_or_until_clause_is_no_event(analyze, text):
    assert analyze(text).events == (), analyze(text).events


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry said it had summoned the Turkish ambassador in Baghdad to protest against the strikes.",
        "Jordan lodged a protest with the Israeli embassy on Monday over the shooting at the crossing.",
    ],
)
def test_a_diplomatic_protest_is_no_street_protest(analyze, text):
    assert all(e.event_type != "Protests" for e in analyze(text).events), analyze(text).events


def test_troops_firing_on_a_crowd_attack_civilians(analyze):
    event = only_event(
        analyze, "Soldiers opened fire on crowds waiting for flour trucks near the crossing, killing six."
    )
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2


def test_who_killed_during_a_raid_did_the_raid(analyze):
    text = "A 19-year-old was killed by Israeli troops' gunfire during a raid on the Jenin refugee camp, the ministry said."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel", event.actor1


@pytest.mark.parametrize(
    "sentence",
    [
        "Three porters, known locally as kolbars, were shot dead near the border on Friday.",
        "Three members of the Public Security Directorate (police) were killed in the blast.",
    ],
)
def test_a_name_or_gloss_between_the_number_and_the_verb_does_not_hide_the_count(sentence):
    assert counts_in_text(sentence)["killed"] == Count(3, 3)


def test_rose_to_martyrdom_counts_the_dead():
    assert counts_in_text("Four of our fighters rose to martyrdom in the clashes.")["killed"] == Count(4, 4)


@pytest.mark.parametrize(
    "text, sub_type",
    [
        (
            "Two boys were killed when an artillery shell left over from earlier fighting exploded near Khan Sheikhoun.",
            "Remote explosive/landmine/IED",
        ),
        ("An unexploded mortar round went off near a school in Daraa on Monday, wounding three pupils.", None),
        (
            "Remnants of the former regime shelled a police post near Jableh on Monday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_old_ordnance_going_off_is_a_mine_not_a_strike(analyze, text, sub_type):
    event = analyze(text).events[0]
    assert event.sub_event_type == (sub_type or "Remote explosive/landmine/IED"), event.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Moscow launched six cruise missiles and 90 drones at Ukraine overnight, the air force said.",
        "The group has fired scores of rockets and dozens of drones at Israel since January.",
    ],
)
def test_the_aim_of_a_launched_payload_is_the_target(analyze, text):
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.country in {"UA", "IL"}, event.actor2


def test_what_the_army_called_a_groups_site_belongs_to_that_group(analyze):
    text = "Israeli jets struck what the army called a Hezbollah weapons depot near Yater on Tuesday."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Hezbollah", event.actor2


def test_only_material_damage_sets_every_count_to_zero(analyze):
    text = "An Israeli drone dropped a grenade near a bulldozer in the town of Khiam on Friday, causing only material damage."
    event = only_event(analyze, text)
    assert (event.killed, event.injured) == (Count(0, 0), Count(0, 0)), (event.killed, event.injured)


def test_eliminated_the_three_gunmen_is_three_killed(analyze):
    text = "The soldiers returned fire near Bani Suheila on Monday and eliminated the three gunmen."
    event = only_event(analyze, text)
    assert event.killed == Count(3, 3), event.killed


def test_who_came_under_attack_by_a_group_was_its_target(analyze):
    text = "An army patrol came under attack by Islamic State militants near Rutba on Monday, killing two soldiers."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Islamic State", event.actor1
    assert event.actor2 is not None and event.actor2.country == "IQ", event.actor2


def test_an_arrest_of_men_suspected_of_something_did_happen(analyze):
    text = "On Sunday police in Erbil arrested four people suspected of filming the oil field for the attackers."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Arrests" and event.status == "occurred", (event.sub_event_type, event.status)


def test_claims_of_an_act_called_false_are_a_denial(analyze):
    text = "Claims by the ministry that the army struck a school in Khan Younis on Monday are false, the military said."
    event = only_event(analyze, text)
    assert event.status == "denied", event.status


def test_fighting_that_cannot_be_ruled_out_is_hypothetical(analyze):
    text = "A new round of fighting between the army and the YBS in Sinjar cannot be ruled out."
    event = only_event(analyze, text)
    assert event.status == "hypothetical", event.status


def test_aid_trucks_entering_a_territory_take_nothing(analyze):
    events = analyze("On Monday 107 aid trucks entered the Gaza Strip through the Kerem Shalom crossing.").events
    assert not events, [(e.sub_event_type, e.evidence.text) for e in events]


def test_a_foiled_infiltration_attempt_is_a_clash(analyze):
    text = "SDF fighters thwarted an attempt by armed groups to cross the Euphrates near Dhiban on Monday."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Armed clash", event.sub_event_type
    assert event.actor1 is not None and event.actor1.name == "Syrian Democratic Forces", event.actor1


def test_foiling_a_plan_is_no_event(analyze):
    assert not analyze("Police said on Monday they had foiled a plan to smuggle cigarettes through Tartus port.").events


def test_neutralised_counts_as_casualties(analyze):
    text = "Troops repelled an attack on their base near Baga on Monday and neutralised eleven terrorists."
    event = only_event(analyze, text)
    assert event.casualties == Count(11, 11), event.casualties


def test_whoever_protests_is_a_protester(analyze):
    text = "Dozens of employees of the oil field protested outside the ministry's offices in Erbil on Sunday."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Peaceful protest", event.sub_event_type
    assert event.actor1 is not None and event.actor1.actor_id == "protesters", event.actor1


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("An Iraqi F-16 struck a hideout near Rutba on Monday, killing five militants.", "IQ"),
        ("A Turkish F-16 bombed PKK positions in Gara on Monday.", "TR"),
        ("Russian Su-34s struck the town of Ariha in Idlib on Monday.", "RU"),
    ],
)
def test_a_demonym_on_an_aircraft_names_the_state_that_flies_it(analyze, text, country):
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.country == country, event.actor1
    assert event.actor1.name.startswith("Military Forces of"), event.actor1


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Turkey has carried out more than 20 drone strikes in Sinjar district since 2021.", "2021-01-01"),
        ("At least five blasts have hit PMF depots across Iraq since the start of the year.", "2024-01-01"),
    ],
)
def test_since_a_year_or_its_start_runs_up_to_the_article(analyze, text, start):
    event = only_event(analyze, text)
    assert event.date is not None and str(event.date.start) == start, event.date
    assert str(event.date.end) == PUBLISHED, event.date


def test_a_mother_and_her_two_daughters_are_three(analyze):
    text = "A Turkish drone struck a farmhouse near Kobani on Monday, wounding a mother and her two daughters."
    event = only_event(analyze, text)
    assert event.injured == Count(3, 3), event.injured


def test_partisan_words_for_fighters_are_counted_as_people(analyze):
    text = "On Monday an enemy drone bombed a group of mujahideen on the outskirts of Kirkuk, martyring five heroes."
    event = only_event(analyze, text)
    assert event.killed == Count(5, 5), event.killed


def test_a_groups_own_fighters_taking_a_town_is_a_non_state_capture(analyze):
    text = "The Arakan Army said on Friday that its fighters had captured the town of Gwa after a long siege."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Non-state actor overtakes territory", event.sub_event_type


def test_reports_of_a_strike_make_it_possible(analyze):
    text = (
        "11:40 - Reports on social media of an Israeli drone strike on a convoy of tribal fighters near Busra al-Harir."
    )
    event = only_event(analyze, text)
    assert event.status == "possible", event.status


def test_citing_a_reason_names_no_source(analyze):
    text = "On Monday Israeli forces demolished two homes in Yatta, citing a lack of building permits."
    event = only_event(analyze, text)
    assert event.attribution.source == "author", event.attribution


def test_citing_a_security_source_still_names_it(analyze):
    text = "A roadside bomb killed two soldiers near Tikrit on Monday, the Iraqi News Agency said, citing a security source."
    event = only_event(analyze, text)
    assert "security source" in event.attribution.source, event.attribution


def test_opened_harassment_fire_is_opened_fire(analyze):
    text = (
        "Turkish commandos neutralised six PKK/YPG terrorists who opened harassment fire on a Turkish base on Monday."
    )
    events = analyze(text).events
    assert events and events[0].casualties == Count(6, 6), [(e.trigger.text, e.casualties) for e in events]


def test_blocking_a_road_with_burning_tyres_is_a_riot(analyze):
    text = "On Friday dozens of tribesmen blocked the highway between Baqubah and Muqdadiyah with burning tyres."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Violent demonstration", event.sub_event_type


def test_blocking_a_deal_is_no_event(analyze):
    assert not analyze("On Friday the parliament blocked a deal on oil exports from Kirkuk.").events


def test_holding_a_sit_in_is_a_peaceful_protest(analyze):
    event = only_event(
        analyze, "On Monday around 200 residents of Zawiya held a sit-in outside the municipal building."
    )
    assert event.sub_event_type == "Peaceful protest", event.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Officials held talks in Baghdad on Monday about the oil budget.",
        "On Monday the convoy drove toward the dam, where residents have been holding a sit-in for weeks.",
    ],
)
def test_holding_talks_or_an_ongoing_sit_in_told_in_passing_is_no_event(analyze, text):
    assert not [e for e in analyze(text).events if e.sub_event_type == "Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "On Sunday the army said it had regained control of the town of Kazgil after fierce battles.",
            "Government regains territory",
        ),
        (
            "Turkish soldiers set up a new position last week on a ridge overlooking Kani Masi.",
            "Headquarters or base established",
        ),
        (
            "Last week Iraqi border guards moved into new posts on the frontier near Haji Omaran.",
            "Headquarters or base established",
        ),
    ],
)
def test_regained_control_and_new_posts(analyze, text, sub_type):
    event = only_event(analyze, text)
    assert event.sub_event_type == sub_type, event.sub_event_type


def test_tear_gas_used_on_a_gathering_is_a_protest_met_with_intervention(analyze):
    text = "On Monday security forces fired tear gas and used batons to break up a gathering of mourners in Saqqez."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Protest with intervention", event.sub_event_type
    assert event.actor1 is not None and event.actor1.actor_id == "protesters", event.actor1
    assert event.actor2 is not None and event.actor2.kind in (1, 2), event.actor2


def test_a_region_that_would_explode_is_unrest_not_a_blast(analyze):
    text = 'Tribal elders warned on Monday that the region "would explode" if the detainees were not freed.'
    assert not analyze(text).events


def test_relatives_who_seize_men_abduct_them(analyze):
    text = "On Monday relatives of the murdered merchant seized four Bedouin men at a roadblock east of Sweida city."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Abduction/forced disappearance", event.sub_event_type


def test_shelled_residential_neighbourhoods_target_civilians(analyze):
    text = "On Monday government artillery shelled the eastern neighbourhoods of the city again."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.actor_id == "civilians", event.actor2


def test_rounds_that_landed_in_farmland_hit_civilian_property(analyze):
    text = "Three mortar rounds landed in farmland near the town of Mandali yesterday, causing no casualties."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.actor_id == "civilians", event.actor2


def test_an_attack_on_no_named_target_hit_the_side_its_doer_fights_in_the_article(analyze):
    text = (
        "Israeli troops clashed with Hamas fighters in Rafah on Monday, the army said.\n\n"
        "Israeli jets also bombed a tunnel shaft in Khan Younis on Tuesday, it said."
    )
    events = {e.trigger.text: e for e in analyze(text).events}
    assert events["bombed"].actor2 is not None and events["bombed"].actor2.name == "Hamas", events["bombed"].actor2


def test_the_side_an_attack_hit_is_not_its_own_or_a_state_its_sentence_names_instead(analyze):
    text = (
        "Turkish drones struck PKK hideouts in the Qandil mountains on Monday, the ministry said.\n\n"
        "Turkish artillery also shelled sites in Syria on Tuesday, it said."
    )
    events = {e.trigger.text: e for e in analyze(text).events}
    assert events["shelled"].actor2 is None or events["shelled"].actor2.name != "Kurdistan Workers' Party", events[
        "shelled"
    ].actor2


def test_a_rocket_that_struck_a_football_pitch_hit_civilians(analyze):
    event = only_event(analyze, "A rocket fired from Lebanon struck a football pitch in Majdal Shams on Saturday.")
    assert event.actor2 is not None and event.actor2.kind == 7, event.actor2


def test_violence_against_civilians_with_no_target_named_hit_civilians(analyze):
    event = only_event(analyze, "Police in Maiduguri confirmed an abduction near Gwoza on Monday.")
    assert event.event_type == "Violence against civilians", event.event_type
    assert event.actor2 is not None and event.actor2.kind == 7, event.actor2


def test_artillery_that_returned_fire_shelled_but_troops_that_did_clashed(analyze):
    shelled = only_event(
        analyze, "Turkish artillery returned fire on the positions near Kobani on Monday, officials said."
    )
    assert shelled.sub_event_type == "Shelling/artillery/missile attack", shelled.sub_event_type
    events = analyze(
        "The troops returned fire near Khan Younis on Monday and, with an air force aircraft, killed three gunmen."
    ).events
    returned = [e for e in events if e.trigger.text == "returned fire"]
    assert returned and returned[0].sub_event_type == "Armed clash", [
        (e.trigger.text, e.sub_event_type) for e in events
    ]


def test_weapons_seized_after_a_killing_are_booty_not_an_event_of_their_own(analyze):
    events = analyze(
        "The group said its fighters had killed more than 20 soldiers near Mudiyah on Thursday and seized weapons."
    ).events
    assert [e.sub_event_type for e in events] == ["Armed clash"], [(e.trigger.text, e.sub_event_type) for e in events]
    cache = only_event(analyze, "Police raided a farm near Darat Izza on Thursday and seized a cache of weapons.")
    assert cache.sub_event_type == "Disrupted weapons use", cache.sub_event_type


def test_tanks_that_fired_toward_a_launch_site_shelled_it(analyze):
    event = only_event(analyze, "IDF tanks fired toward the launch site in response.")
    assert event.sub_event_type == "Shelling/artillery/missile attack", event.sub_event_type


def test_artillery_fire_on_positions_is_a_shelling_of_their_holder(analyze):
    event = only_event(
        analyze, "Government forces answered with artillery fire on Houthi positions near Taiz on Monday."
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack", event.sub_event_type
    assert event.actor2 is not None and event.actor2.name == "Houthis", event.actor2
    assert analyze("A fire broke out in the old market of Taiz on Monday, residents said.").events == ()


def test_a_missile_that_fell_somewhere_is_a_missile_attack_but_a_town_that_fell_is_not(analyze):
    event = only_event(
        analyze, "A missile fell in an open area north of Beersheba on Tuesday, the Home Front Command said."
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack", event.sub_event_type
    assert all(e.event_type == "Battles" for e in analyze("The town fell to the rebels on Monday.").events)


@pytest.mark.parametrize(
    "phrase, start, end",
    [
        ("In the summer of 2023, fighting killed 30 people.", "2023-06-01", "2023-08-31"),
        ("In the winter of 2022 the power station was shelled.", "2022-12-01", "2023-02-28"),
        ("Last summer the army shelled the village.", "2025-06-01", "2025-08-31"),
        ("This spring the army shelled the village.", "2026-03-01", "2026-05-31"),
    ],
)
def test_a_season_is_its_three_months_at_the_precision_of_a_year(phrase, start, end):
    (time,) = find_times(phrase, dt.date(2026, 6, 10))
    assert (str(time.range.start), str(time.range.end), time.range.precision) == (start, end, "year"), time


def test_a_year_after_in_is_no_toll(analyze):
    event = only_event(
        analyze,
        "On Thursday, army intelligence arrested a man wanted for the killing of a Fatah member in 2023, "
        "a military source said.",
    )
    assert event.killed is None, event.killed


def test_may_with_a_year_after_it_is_the_month():
    (time,) = find_times("and in May 2022 fighting displaced thousands", dt.date(2026, 6, 10))
    assert (time.range.start, time.range.end) == (dt.date(2022, 5, 1), dt.date(2022, 5, 31)), time


@pytest.mark.parametrize(
    "sentence",
    [
        "There were no losses among our personnel.",
        "There were no reports of casualties.",
        "Magen David Adom says there are no reports of injuries.",
        "No one was reported hurt.",
        "No staff were hurt.",
        "No damage; crew safe; vessel proceeding to next port of call.",
        "The vessel and crew are reported safe, with no damage.",
        "A patrol came under fire on Monday, without causing injuries.",
        "No US personnel were injured and damage was minor, the spokesman said.",
        "No member of the force was hurt, the ministry said.",
        "No injuries among the crew were reported.",
        "Enemy artillery shelled the outskirts of Kfar Kila without anyone being hurt.",
        "Two mortar rounds fell in an empty area near the base, harming no one.",
    ],
)
def test_more_ways_of_saying_no_one_was_harmed_are_zeros(sentence):
    assert Count(0, 0) in zero_counts(sentence).values(), zero_counts(sentence)


def test_drones_loaded_with_explosives_are_a_drone_strike_not_a_bomb(analyze):
    event = only_event(analyze, "Two drones loaded with explosives struck the Sarsang oil field in Duhok on Monday.")
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ("The Houthis fired a salvo of drones and cruise missiles at the ship on Monday.", "Air/drone strike"),
        ("The faction carried out drone or rocket attacks on US forces at Erbil on Monday.", "Air/drone strike"),
        (
            "Militias carried out rocket and drone attacks on US forces at Erbil on Monday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_list_of_weapons_goes_by_the_first_one_named(analyze, sentence, sub_type):
    event = only_event(analyze, sentence)
    assert event.sub_event_type == sub_type, event.sub_event_type


def test_a_crowd_that_dispersed_of_itself_met_no_intervention(analyze):
    event = only_event(
        analyze,
        "Several hundred supporters rallied at the Jumhuriya bridge in Baghdad on Friday, chanting against the "
        "United States, before dispersing peacefully after about two hours.",
    )
    assert event.sub_event_type == "Peaceful protest", event.sub_event_type


def test_a_group_that_takes_control_of_a_town_overtakes_territory(analyze):
    event = only_event(analyze, "AFC/M23 takes control of Nyabiondo in North Kivu after heavy fighting on Monday.")
    assert event.sub_event_type == "Non-state actor overtakes territory", event.sub_event_type


def test_a_city_named_alone_is_the_city_even_when_the_tagger_calls_it_a_man(analyze):
    events = analyze(
        "Government forces entered Sweida on Tuesday after two days of fighting between Druze militias and "
        "Bedouin tribal fighters."
    ).events
    assert "Government regains territory" in {e.sub_event_type for e in events}, [
        (e.trigger.text, e.sub_event_type) for e in events
    ]


def test_a_toll_that_gives_the_victims_ages_continues_the_act_told_before(analyze):
    events = analyze(
        "On Thursday a landmine exploded under a pickup truck carrying truffle hunters north of al-Sukhnah. "
        "Four people, among them two brothers aged 13 and 15, were killed."
    ).events
    assert len(events) == 1 and events[0].killed == Count(4, 4), [(e.trigger.text, e.killed) for e in events]


def test_stones_thrown_at_guards_are_a_riot_by_rioters(analyze):
    event = only_event(analyze, "Some of them threw stones at Asayish vehicles in al-Hol camp on Monday.")
    assert event.sub_event_type == "Violent demonstration", event.sub_event_type
    assert event.actor1 is not None and event.actor1.name == "Rioters", event.actor1


def test_tyres_set_on_fire_on_a_road_are_a_riot_not_destruction(analyze):
    event = only_event(analyze, "Young men set fire to tyres and blocked the main road in Zubair last night.")
    assert event.sub_event_type == "Violent demonstration", event.sub_event_type


def test_a_section_heading_is_not_an_event(analyze):
    text = (
        "Weekly report | 27 October 2025\n\nKolbars\n\nOn Thursday, Iranian border guards opened fire on a group "
        "of kolbars near Baneh, killing one porter, KHRO said.\n\nArmed clash\n\nThe Tasnim news agency reported "
        "that IRGC ground forces clashed on Saturday with a terrorist team near Marivan."
    )
    events = analyze(text).events
    assert "Armed clash" not in [e.evidence.text for e in events], [e.evidence.text for e in events]


def test_the_hospital_that_gave_a_toll_is_not_a_new_place_of_the_act(analyze):
    events = analyze(
        "On Sunday night, two rockets landed inside the K1 military base north-west of Kirkuk. "
        "Three soldiers were wounded, a medical source at Kirkuk General Hospital said."
    ).events
    assert len(events) == 1 and events[0].injured == Count(3, 3), [(e.trigger.text, e.injured) for e in events]


def test_a_sentence_that_only_says_nobody_was_harmed_gives_its_zeros_to_the_act_before_it(analyze):
    events = analyze(
        "A roadside bomb exploded beside a convoy of tanker trucks west of Kirkuk on Monday morning, police said. "
        "The drivers escaped unhurt, according to a police spokesman."
    ).events
    assert len(events) == 1, [e.evidence.text for e in events]
    assert (events[0].killed, events[0].injured) == (Count(0, 0), Count(0, 0)), events[0]
    assert events[0].evidence.text.endswith("according to a police spokesman."), events[0].evidence.text


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Two explosive-laden drones struck the Khurmala oil field west of Erbil on Saturday.", "Khurmala oil field"),
        ("Drones targeted the Ras Isa oil port on Monday, causing material damage only.", "Ras Isa oil port"),
        ("Two drones struck Ramon airport near Eilat overnight.", "Ramon airport"),
        ("Settlers set fire to two cars in the village of Burin, south of Nablus, on Monday.", "two cars"),
    ],
)
def test_infrastructure_and_burned_cars_hit_with_no_owner_named_are_civilian_property(analyze, text, phrase):
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.actor_id == "civilians", event.actor2
    assert phrase in event.actor2.text  # the analyst sees what was hit


def test_an_open_field_or_a_military_airport_is_no_civilian_property(analyze):
    field = only_event(analyze, "A rocket fell in an open field near Sderot on Monday.")
    assert field.actor2 is None, field.actor2
    airport = only_event(analyze, "Drones struck the military airport of Qamishli on Monday.")
    assert airport.actor2 is None or airport.actor2.actor_id != "civilians", airport.actor2


@pytest.mark.parametrize(
    ("text", "downed"),
    [
        ("The army said its air defences had intercepted a missile towards Eilat on Monday.", "a missile"),
        ("Air defence units intercepted several of the missiles over Sahnaya on Monday.", "the missiles"),
    ],
)
def test_an_interception_with_no_launcher_named_keeps_what_was_shot_down(analyze, text, downed):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor2 is not None and event.actor2.text == downed, event.actor2


def test_a_named_group_among_the_dead_beats_an_anonymous_target(analyze):
    text = (
        "Russian aircraft destroyed a militant base near Jisr al-Shughur on Sunday, killing more than 40 "
        "fighters of the banned Jabhat al-Nusra group."
    )
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.actor_id == "jabhat-al-nusra", event.actor2


def test_the_attackers_killed_in_a_clash_are_its_target_though_the_other_side_is_unnamed(analyze):
    event = only_event(analyze, "On Monday three of the attackers were killed in an exchange of fire near Rask.")
    assert event.actor2 is not None and event.actor2.text == "the attackers", event.actor2


def test_no_soldiers_hurt_after_a_killing_is_its_injured_zero_not_an_event_of_its_own(analyze):
    text = (
        "GAZA: RAFAH\n\nThe Israeli military said on Monday that its troops had killed four Hamas gunmen who "
        "emerged from a tunnel shaft in eastern Rafah, behind the so-called yellow line, and opened fire on an "
        "engineering unit. No soldiers were hurt, the army said. Hamas's armed wing did not confirm the deaths."
    )
    events = analyze(text).events
    assert len(events) == 1, events
    assert events[0].killed == Count(4, 4) and events[0].injured == Count(0, 0), events[0]


def test_a_zero_at_the_end_of_a_paragraph_reaches_the_attack_before_the_response(analyze):
    text = (
        "On Sunday, ISIS mercenaries attacked one of our military points near the town of Hajin with light "
        "weapons. Our fighters responded to the sources of fire and forced the attackers to flee. None of our "
        "personnel were hurt."
    )
    attack = next(e for e in analyze(text).events if e.trigger.text == "attacked")
    assert attack.injured == Count(0, 0), attack
    assert attack.actor2 is not None and attack.actor2.text == "our military points", attack.actor2


def test_soldiers_wounded_while_detaining_suspects_do_not_become_the_target(analyze):
    text = (
        'The Israeli army claimed on Monday that its troops had detained "suspects belonging to a terrorist '
        'organisation" in Beit Jinn and that armed men opened fire at them, lightly wounding six soldiers.'
    )
    detained = next(e for e in analyze(text).events if e.sub_event_type == "Arrests")
    assert detained.actor2 is not None and detained.actor2.name != "Military Forces of Israel", detained.actor2
    assert "suspects" in detained.actor2.text or "terrorist organisation" in detained.actor2.text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the IDF struck and eliminated a Hezbollah terrorist in the area of Kfar Roummane, near Nabatieh.",
        "On Monday a fourth suspect detonated an explosive belt as the troops approached near Dujail, killing himself.",
    ],
)
def test_one_person_killed_by_an_article_or_a_reflexive_counts_one(analyze, text):
    event = only_event(analyze, text)
    assert event.killed == Count(1, 1), event.killed


def test_a_strike_with_no_object_shares_the_object_of_the_verb_joined_to_it(analyze):
    text = (
        "On Monday an IAF aircraft struck and eliminated a Palestinian Islamic Jihad terrorist near Abasan al-Kabira."
    )
    event = only_event(analyze, text)
    assert event.actor2 is not None and "Islamic Jihad" in event.actor2.name, event.actor2


def test_a_force_that_dispersed_a_crowd_is_the_protests_second_side(analyze):
    text = (
        "On Sunday night hundreds of residents took to the streets of Crater to protest against power cuts, "
        "burning tyres. Security forces fired into the air to disperse them."
    )
    event = only_event(analyze, text)  # the dispersal continues the protest it broke up
    assert event.event_type == "Riots", event.sub_event_type  # "burning tyres"
    assert event.actor2 is not None and event.actor2.text == "Security forces", event.actor2


def test_a_bare_patrol_is_the_state_forces_of_the_place(analyze):
    text = "On Wednesday night a patrol came under fire from smugglers near Wadi Khaled in Akkar, Lebanon."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.actor_id == "lebanon-forces", event.actor2


def test_an_act_that_is_the_subject_of_a_verb_of_hitting_hit_its_object(analyze):
    text = "On Monday night at least two explosions tore through a convoy of trucks of the PMF's 45th Brigade near al-Qaim."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.text == "PMF", event.actor2


def test_the_invading_forces_are_the_occupation_of_the_place(analyze):
    text = "On Monday the Jenin Brigade said its fighters confronted the invading forces in the alleys of Jenin camp."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.actor_id == "israel-forces", event.actor2


@pytest.mark.parametrize(
    "text",
    [
        "A Panama-flagged bulk carrier reported an explosion near its hull off Fujairah on Thursday.",
        "On Monday a ballistic missile fell into the sea about one nautical mile from a Liberian-flagged bulk carrier.",
    ],
)
def test_a_merchant_ship_that_reports_a_blast_near_it_was_its_target(analyze, text):
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Merchant Shipping", event.actor2


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("On Monday soldiers detained three of his relatives during the operation in Brital.", "relatives"),
        ("On Monday Israeli forces arrested 14 wanted Palestinians in raids across the West Bank.", "Palestinians"),
        ("Police said on Monday they had arrested five members of a gang in the Bakrajo district.", "members"),
    ],
)
def test_people_held_with_no_group_named_are_civilians_named_as_the_text_names_them(analyze, text, held):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Arrests"
    assert event.actor2 is not None and event.actor2.actor_id == "civilians", event.actor2
    assert held in event.actor2.text


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "On Monday Asayish forces in Erbil arrested four people suspected of filming the oil field and passing "
            "its coordinates to the attackers.",
            "people",
        ),
        ("On Monday IDF forces raided Tammun and arrested the terrorist's father and two of his brothers.", "father"),
    ],
)
def test_the_people_held_beat_an_anonymous_word_inside_their_phrase(analyze, text, held):
    event = next(e for e in analyze(text).events if e.sub_event_type == "Arrests")
    assert event.actor2 is not None and held in event.actor2.text, event.actor2


def test_a_protester_shot_dead_is_the_target_not_the_building_near_him(analyze):
    text = "On Monday security forces shot dead a protester near the Basra Oil Company headquarters."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.actor_id == "protesters", event.actor2


def test_a_companys_warehouse_is_civilian_property(analyze):
    event = only_event(analyze, "On Monday a drone hit the warehouse of a logistics company in Odesa, starting a fire.")
    assert event.actor2 is not None and event.actor2.actor_id == "civilians", event.actor2


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Three civilians were killed and six others wounded at dawn today in Beit Jinn.", Count(3, 3), Count(6, 6)),
        ("Two farmers were killed and four other people wounded on Thursday.", Count(2, 2), Count(4, 4)),
    ],
)
def test_the_dead_and_the_others_wounded_are_two_counts_not_one_sum(text, killed, injured):
    found = counts_in_text(text)
    assert found.get("killed") == killed and found.get("injured") == injured, found


def test_a_victim_among_the_wounded_hit_by_a_stray_bullet_is_no_event_of_its_own(analyze):
    text = (
        "Gunmen attacked a checkpoint of the SDF in al-Busayrah late last night. Three SDF members were killed, "
        "and at least five people were wounded, among them a woman hit by a stray bullet inside her home."
    )
    events = analyze(text).events
    assert [e.trigger.text for e in events] == ["attacked"], events
    assert events[0].killed == Count(3, 3), events[0]


@pytest.mark.parametrize(
    ("text", "field", "count"),
    [
        ("Two of his bodyguards and a passer-by were killed, security officials said.", "killed", Count(3, 3)),
        ("Three soldiers and a civilian were wounded on Monday.", "injured", Count(4, 4)),
    ],
)
def test_a_group_and_one_more_before_the_verb_add_up(text, field, count):
    assert counts_in_text(text).get(field) == count


def test_men_killed_in_a_clash_with_a_named_side_were_of_that_side(analyze):
    text = "Jordanian troops killed four men and wounded several others in a clash with armed smugglers on Monday."
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Smugglers", event.actor2


def test_its_first_attack_after_the_target_names_the_act_not_a_target(analyze):
    text = (
        "On Monday Hezbollah fired two mortar rounds at an Israeli army position in the disputed Shebaa Farms "
        "area, its first attack since the ceasefire."
    )
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.actor_id == "israel-forces", event.actor2


def test_drones_launched_by_a_group_towards_positions_were_that_groups(analyze):
    text = (
        "On Monday our air defences shot down three drones launched by terrorist groups towards our positions "
        "in the northern countryside of Hama."
    )
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.text == "terrorist groups", event.actor2


@pytest.mark.parametrize(
    ("text", "field", "count"),
    [
        (
            "Gunmen attacked the hunters near Palmyra and killed two civilians and a member of the security forces.",
            "killed",
            Count(3, 3),
        ),
        (
            "An explosive device blew up a car belonging to an officer on Friday night, lightly wounding him.",
            "injured",
            Count(1, 1),
        ),
        (
            "A gunman opened fire at soldiers manning the checkpoint, lightly wounding a reservist.",
            "injured",
            Count(1, 1),
        ),
    ],
)
def test_a_group_and_one_more_after_the_verb_and_single_victims_by_pronoun_or_rank(analyze, text, field, count):
    event = next(iter(analyze(text).events))
    assert getattr(event, field) == count, event


@pytest.mark.parametrize(
    "text",
    [
        "The US-led coalition said on Monday it had carried out no strikes in Iraq that night.",
        "CENTCOM said on Monday that American forces had not carried out air strikes in Iraq that day.",
    ],
)
def test_carrying_out_no_strikes_is_a_denial(analyze, text):
    event = only_event(analyze, text)
    assert event.status == "denied", event.status


def test_no_casualties_after_an_attack_stays_a_count_not_a_denial(analyze):
    event = only_event(
        analyze, "Rockets were fired at the U.S. base at the al-Omar oil field on Monday. There were no casualties."
    )
    assert event.status == "occurred" and event.killed == Count(0, 0), event


def test_an_act_named_as_the_subject_of_killed_or_wounded_did_it(analyze):
    event = only_event(
        analyze,
        "Israeli fire near an aid distribution site in Rafah killed or wounded some 30 people on Sunday morning.",
    )
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel", event.actor1
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "In Hawija, gunmen of the Albu Ali and Albu Hamad clans fought with machine guns over water on Monday.",
            "Albu Ali clan",
            "Albu Hamad clan",
        ),
        (
            "Gunmen of the al-Mawla and Bakkar clans fought with machine guns in Baalbek on Sunday.",
            "Al-Mawla clan",
            "Bakkar clan",
        ),
    ],
)
def test_the_two_clans_of_a_clan_fight_are_its_sides(analyze, text, first, second):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Armed clash", event.sub_event_type
    assert (event.actor1.name, event.actor2.name) == (first, second), (event.actor1, event.actor2)
    assert event.actor1.kind == event.actor2.kind == 4


def test_a_place_named_with_area_after_it_is_no_target(analyze):
    event = only_event(
        analyze, "Police raided a hideout in the Nuaimiya area, south of Fallujah, and arrested nine wanted men."
    )
    assert event.actor2 is None or event.actor2.text != "Nuaimiya", event.actor2


@pytest.mark.parametrize(
    "text",
    [
        "Saraya Awliya al-Dam posted a statement on Telegram, claiming a drone attack on the base at Erbil airport.",
        "A Telegram channel close to the factions has posted a statement from a previously unknown group calling "
        'itself Saraya Awliya al-Dam, claiming a drone attack on "the American occupation base" at Erbil airport.',
    ],
)
def test_a_statement_claiming_an_attack_names_its_author_as_the_doer(analyze, text):
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Saraya Awliya al-Dam", event.actor1


def test_an_apposition_after_the_verb_describes_the_noun_before_it_not_the_subject(analyze):
    event = only_event(
        analyze,
        "On Wednesday, regime border guards opened fire on a group of kolbars, the porters who carry goods "
        "across the mountain border, near Baneh, killing two and wounding one.",
    )
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Iran", event.actor1
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2


@pytest.mark.parametrize(
    "text",
    [
        "Intelligence agents arrested at least 11 Kurdish activists in Sanandaj last week.",
        "Intelligence agents of the regime arrested at least 11 Kurdish activists in Sanandaj and Mahabad last week, "
        "charging them with collaborating with hostile groups, according to rights groups.",
    ],
)
def test_a_past_participle_with_an_object_after_the_subject_is_the_verb(analyze, text):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Arrests", event.sub_event_type
    assert event.actor1 is not None and event.actor1.country == "IR" and event.actor1.kind == 1, event.actor1


def test_they_after_a_reporting_verb_is_the_reporter_for_both_of_its_verbs(analyze):
    text = (
        "Peshmerga forces say they stopped a pickup near Makhmour early this morning and arrested its two passengers."
    )
    event = next(e for e in analyze(text).events if e.sub_event_type == "Arrests")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Iraq - Peshmerga", event.actor1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Yesterday an Israeli drone dropped a grenade on a bulldozer belonging to the municipality of Yaroun.",
            "a bulldozer",
        ),
        ("An Israeli drone dropped a bomb on an excavator belonging to the local council in Aitaroun.", "excavator"),
    ],
)
def test_what_a_projectile_was_dropped_or_fired_at_is_the_target(analyze, text, words):
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Civilians" and words in event.actor2.text, event.actor2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The aircraft of the American aggression launched three raids on the al-Yatamah area on Saturday night.",
            "Military Forces of the United States",
        ),
        ("The Saudi aggression shelled villages in Shada district on Monday.", "Military Forces of Saudi Arabia"),
    ],
)
def test_a_states_aggression_is_its_forces(analyze, text, name):
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == name, event.actor1


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Hamas and Israel agreed on a ceasefire on Monday.", {"Hamas", "Military Forces of Israel"}),
        (
            "The SDF and the Syrian government signed an agreement on Monday.",
            {"Syrian Democratic Forces", "Military Forces of Syria"},
        ),
    ],
)
def test_the_two_sides_of_the_subject_are_the_parties_to_an_agreement(analyze, text, parties):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Agreement", event.sub_event_type
    assert {event.actor1 and event.actor1.name, event.actor2 and event.actor2.name} == parties, event


@pytest.mark.parametrize(
    ("text", "field", "count"),
    [
        (
            "Two SDF fighters were killed and a third wounded when gunmen opened fire on their checkpoint on Monday.",
            "injured",
            Count(1, 1),
        ),
        (
            "An officer and two soldiers of the Iraqi army were killed when a roadside bomb exploded on Thursday.",
            "killed",
            Count(3, 3),
        ),
    ],
)
def test_a_third_before_the_verb_and_one_and_a_described_group_count(analyze, text, field, count):
    event = only_event(analyze, text)
    assert getattr(event, field) == count, event


@pytest.mark.parametrize(
    "text",
    [
        "A Houthi sniper shot and wounded a 10-year-old girl in Taiz on Thursday.",
        "A Houthi sniper shot and wounded a 10-year-old girl in Taiz on Thursday, local authorities said.",
    ],
)
def test_a_sniper_shot_is_a_sniper_who_shot(analyze, text):
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Houthis", event.actor1
    assert event.injured == Count(1, 1), event.injured


@pytest.mark.parametrize(
    "when, start, end, precision",
    [
        ("in the past two weeks", "2024-02-21", "2024-03-06", "month"),
        ("over the last 10 days", "2024-02-25", "2024-03-06", "month"),
        ("since the start of 2024", "2024-01-01", "2024-03-06", "year"),
    ],
)
def test_periods_that_run_up_to_the_article_date_a_tally(analyze, when, start, end, precision):
    event = only_event(analyze, f"Turkish drones have struck targets in Sinjar at least 12 times {when}.")
    assert event.aggregate, event
    assert (str(event.date.start), str(event.date.end), event.date.precision) == (start, end, precision)


def test_an_act_an_if_clause_supposes_is_no_event_the_act_it_conditions_is(analyze):
    events = analyze(
        "A Houthi spokesman said the group could resume attacks on US warships if Washington struck Yemen again."
    ).events
    assert [(e.actor1.name, e.status) for e in events] == [("Houthis", "hypothetical")], events


def test_a_condition_alone_is_no_event(analyze):
    text = (
        "Shipping firms expect insurance premiums for Gulf voyages to rise again if attacks on merchant ships continue."
    )
    assert not analyze(text).events


@pytest.mark.parametrize(
    "text",
    [
        "A group calling itself the Coastal Shield Brigade claimed the ambush on Telegram, saying its fighters had "
        'killed five "members of the Jolani militias".',
        "Unknown assailants threw a hand grenade at a shop near the Corniche in Tartus on Friday, wounding the owner.",
    ],
)
def test_a_messaging_platform_or_a_street_is_no_target(analyze, text):
    for event in analyze(text).events:
        assert event.actor2 is None or event.actor2.text not in {"Telegram", "Corniche", "the Corniche"}, event.actor2


def test_a_person_and_his_aged_son_are_two(analyze):
    event = only_event(
        analyze, "A farmer and his 16-year-old son were shot dead in their orchard near Kinsabba on Friday."
    )
    assert event.killed == Count(2, 2), event.killed


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Hezbollah fired some 30 rockets at Kiryat Shmona and the Upper Galilee on Sunday.", "Kiryat Shmona"),
        ("Palestinian armed groups fired two projectiles from northern Gaza towards Sderot on Monday.", "Sderot"),
    ],
)
def test_the_town_a_launch_was_aimed_at_is_its_civilian_target(analyze, text, town):
    event = only_event(analyze, text)
    assert event.actor2 is not None and (event.actor2.name, event.actor2.text) == ("Civilians", town), event.actor2


def test_a_force_breaking_up_the_protest_told_just_before_is_its_second_side(analyze):
    events = analyze(
        "In Aden, hundreds of residents protested outside the governorate building on Monday against power cuts. "
        "Security forces fired into the air to disperse them, and one protester was wounded, residents said."
    ).events
    protest = events[0]
    assert protest.sub_event_type in {"Protest with intervention", "Excessive force against protesters"}, protest
    assert protest.actor2 is not None and protest.actor2.name == "Military Forces of Yemen", protest.actor2
    assert protest.injured == Count(1, 1), protest.injured


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli drone fired a guided missile at a motorcycle in Bint Jbeil, martyring the young man Ali Hassan "
        "Bazzi, 27.",
        "Unknown gunmen shot dead the mukhtar of Tafas, Sheikh Nayef al-Masri, as he left a mosque on Monday evening.",
    ],
)
def test_one_victim_told_by_role_and_name_counts_one(analyze, text):
    event = only_event(analyze, text)
    assert event.killed == Count(1, 1), event.killed


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Guards said two of its members were “martyred” in a clash with “terrorists” near the city.", Count(2, 2)),
        (
            'The ministry said one soldier was "martyred" in a clash with "terrorists" in the operation zone.',
            Count(1, 1),
        ),
    ],
)
def test_a_verb_in_scare_quotes_still_counts(analyze, text, count):
    event = only_event(analyze, text)
    assert event.killed == count, event.killed


def test_the_owner_and_a_customer_are_two(analyze):
    text = "Unknown assailants threw a hand grenade at a shop in Tartus on Friday evening, wounding the owner and a customer."
    assert only_event(analyze, text).injured == Count(2, 2)


def test_zeros_told_with_an_interception_are_the_attacks_too(analyze):
    events = analyze(
        "Iran fired a salvo of missiles at the US-run Al Udeid air base in Qatar on Monday evening. Qatar's Defence "
        "Ministry said its air defences intercepted all but one of the missiles, which fell in an uninhabited area, "
        "and that no one was killed or hurt."
    ).events
    salvo = next(e for e in events if e.sub_event_type != "Disrupted weapons use")
    assert (salvo.killed, salvo.injured) == (Count(0, 0), Count(0, 0)), salvo


@pytest.mark.parametrize("phrase", ["no one was killed or hurt", "no one was physically hurt"])
def test_no_one_killed_or_hurt_is_zero_of_both(analyze, phrase):
    event = only_event(analyze, f"A rocket fired from southern Lebanon struck an empty lot in Kiryat Shmona; {phrase}.")
    assert (event.killed, event.injured) == (Count(0, 0), Count(0, 0)), event


@pytest.mark.parametrize(
    "text",
    [
        "Settlers attacked the Bedouin community of Ras Ein al-Auja, north of Jericho, on Sunday, beating a shepherd.",
        "Colonists protected by occupation soldiers attacked the village of Burin, south of Nablus, on Monday evening.",
    ],
)
def test_a_communal_militia_attacking_with_no_armed_side_named_attacks_civilians(analyze, text):
    event = only_event(analyze, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack"), event


def test_a_person_beaten_is_a_person_hurt(analyze):
    event = only_event(
        analyze,
        "Settlers attacked the Bedouin community of Ras Ein al-Auja on Sunday, beating a shepherd, residents said.",
    )
    assert event.injured == Count(1, 1), event.injured


def test_people_held_by_a_count_of_them_are_named_so(analyze):
    events = analyze(
        "A crowd stormed the restaurant on Tuesday and set it on fire. Police later arrested four of them."
    ).events
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrest.actor2 is not None and arrest.actor2.text == "four of them", arrest.actor2


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired at the house of a local notable in Qardaha overnight.",
        "Unknown gunmen opened fire on a shop in the market of Daraa on Sunday.",
    ],
)
def test_shooting_at_a_civilian_building_attacks_civilians(analyze, text):
    event = only_event(analyze, text)
    assert (event.sub_event_type, event.actor2 and event.actor2.name) == ("Attack", "Civilians"), event


def test_victims_counted_as_a_range_after_between_are_the_target(analyze):
    event = only_event(
        analyze,
        "Suspected ADF combatants attacked the village of Kivika on Sunday, killing between 12 and 15 civilians.",
    )
    assert (event.sub_event_type, event.actor2 and event.actor2.name) == ("Attack", "Civilians"), event
    assert event.killed == Count(12, 15), event.killed


@pytest.mark.parametrize(
    "text",
    [
        "Armed men looted a convoy of 20 aid trucks near the Kissufim road on Tuesday night.",
        "Armed men stopped a convoy of 20 lorries carrying flour south of Deir al-Balah and looted 14 of them.",
    ],
)
def test_a_convoy_carrying_aid_is_civilian_property(analyze, text):
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2
    assert "convoy" in event.actor2.text, event.actor2


@pytest.mark.parametrize(
    "text",
    [
        "About 90 projectiles were fired from Lebanon at northern Israel this morning, the army said.",
        "About ten projectiles crossed from Lebanon into the Upper Galilee in Israel on Sunday.",
    ],
)
def test_fire_from_one_country_into_another_targets_the_state_it_fell_in(analyze, text):
    event = only_event(analyze, text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Israel", event.actor2


def test_fire_from_a_place_in_the_same_country_names_no_state_target(analyze):
    event = only_event(analyze, "Two mortar shells fired from Idlib fell near Aleppo on Sunday.")
    assert event.actor2 is None or event.actor2.name != "Military Forces of Syria", event.actor2


def test_the_sides_of_a_ceasefire_between_two_parties_are_its_parties(analyze):
    event = only_event(
        analyze, "A ceasefire between the Syrian government and Druze leaders was announced on Wednesday."
    )
    assert event.sub_event_type == "Agreement", event
    assert event.actor2 is not None and "Druze" in event.actor2.text, event.actor2


def test_a_toll_told_after_the_act_is_the_acts_own(analyze):
    events = analyze(
        "Hundreds of young men blocked the road to Najaf's main power station with burning tyres on Monday night, "
        "protesting against power cuts. Riot police dispersed them with tear gas and water cannon. "
        "The provincial health directorate said 11 protesters and four policemen were injured."
    ).events
    riot = next(e for e in events if "tyres" in e.evidence.text)
    assert riot.injured == Count(15, 15), riot.injured


def test_fighting_between_two_sides_that_killed_people_is_their_clash(analyze):
    event = only_event(
        analyze,
        "Fighting between forces of the Southern Transitional Council (STC) and fighters of the Hadramawt "
        "Tribal Alliance near Seiyun killed six people on Saturday.",
    )
    assert event.sub_event_type == "Armed clash", event.sub_event_type
    assert (event.actor1 and event.actor1.name, event.actor2 and event.actor2.name) == (
        "Southern Transitional Council",
        "Hadramawt Tribal Alliance",
    ), (event.actor1, event.actor2)


def test_a_gerund_with_an_object_still_talks_about_acts_in_general(analyze):
    assert not analyze("Striking power plants is a war crime, the minister said on Sunday.").events


def test_fighting_between_the_two_sides_is_between_the_sides_told_before(analyze):
    events = analyze(
        "M23 rebels clashed with the Wazalendo militia near the village of Lwibo on Tuesday. "
        "Fighting between the two sides continued on Wednesday around the village."
    ).events
    later = next(e for e in events if "two sides" in e.evidence.text)
    assert later.actor1 is not None and later.actor1.name == "March 23 Movement", later.actor1


def test_burning_after_a_killing_is_part_of_the_attack_not_an_act_of_its_own(analyze):
    events = analyze("JNIM said on Monday it had killed 14 soldiers and burned 20 lorries near Boni.").events
    assert [e.sub_event_type for e in events] == ["Armed clash"], [(e.sub_event_type, e.trigger.text) for e in events]


def test_a_bare_zero_after_an_act_and_its_damage_is_the_acts_too(analyze):
    events = analyze(
        "The Turkish army shelled the outskirts of the village of Kesta with howitzers on Monday night, "
        "burning orchards and forcing families to flee, local sources said. No casualties were reported.",
        published="2026-06-24",
    ).events
    shelling = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert (shelling.killed, shelling.injured) == (Count(0, 0), Count(0, 0)), shelling


def test_the_shells_that_fell_are_the_shelling_told_before(analyze):
    events = analyze(
        "Iranian artillery shelled the mountains around Penjwen for about an hour this morning. The mayor told "
        "our correspondent that the shells fell on empty slopes and started grass fires, and that no one was hurt."
    ).events
    assert events[0].sub_event_type == "Shelling/artillery/missile attack", events[0]
    assert (events[0].killed, events[0].injured) == (Count(0, 0), Count(0, 0)), events[0]
    assert all(e.refers_to == events[0].event_id for e in events[1:]), [e.refers_to for e in events]


@pytest.mark.parametrize("phrase", ["without causing casualties", "without inflicting casualties"])
def test_without_causing_casualties_is_zero_for_both(phrase):
    assert zero_counts(f"A bomb went off beside an army vehicle east of Samarra {phrase}.") == {
        "casualties": Count(0, 0)
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fighters of the People's Defence Force ambushed a convoy of seven military trucks on the Monywa-Pale "
            "road on Friday, killing 17 soldiers.",
            "Monywa-Pale",
        ),
        ("Units of the Vostok group liberated the village of Mala Tokmachka, east of Orikhiv, on Sunday.", "Orikhiv"),
    ],
)
def test_a_road_or_a_town_the_tagger_took_for_a_group_is_no_target(analyze, text, name):
    for event in analyze(text).events:
        assert event.actor2 is None or name not in event.actor2.text, event.actor2


def test_the_name_after_an_adjective_the_parser_left_behind_is_the_agent(analyze):
    event = only_event(
        analyze,
        "Artillery shells fired by the paramilitary Rapid Support Forces (RSF) crashed into the Abu Shouk "
        "displacement camp on Monday, killing nine people.",
    )
    assert event.actor1 is not None and event.actor1.name == "Rapid Support Forces", event.actor1
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2


def test_a_displacement_camp_is_civilian_property(analyze):
    event = only_event(analyze, "Unidentified gunmen fired on the Zamzam displacement camp on Monday.")
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("struck a camp near Koya, killing one peshmerga and wounding two others", {"killed": 1, "injured": 2}),
        ("struck a car carrying two members of the brigades, martyring both", {"killed": 2}),
        ("officers confronted the two gunmen and killed both of them", {"killed": 2}),
    ],
)
def test_a_peshmerga_is_a_person_and_both_is_two(phrase, expected):
    found = counts_in_text(phrase)
    assert {field: count.min for field, count in found.items()} == expected, found


def test_bulldozers_destroying_is_demolition_not_a_strike(analyze):
    event = only_event(analyze, "Israeli bulldozers destroyed three houses in the Jenin camp on Monday.")
    assert event.sub_event_type == "Looting/property destruction", event.sub_event_type


def test_dismantling_a_cell_is_arresting_its_members(analyze):
    events = analyze("Iranian intelligence agents dismantled a five-member terrorist cell in Ahvaz on Tuesday.").events
    assert [e.sub_event_type for e in events] == ["Arrests"], [(e.sub_event_type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        'Israel\'s defence minister said Israel will strike government forces "with full force" if they enter Suwayda.',
        "The army chief warned that his forces would strike smugglers' farms inside Syria if Damascus did not act.",
    ],
)
def test_a_sides_own_conditional_threat_is_planned(analyze, text):
    statuses = [e.status for e in analyze(text).events]
    assert statuses == ["planned"], statuses


def test_what_a_denier_claims_instead_is_its_own_account_not_a_denial(analyze):
    event = only_event(
        analyze,
        "M23 spokesman Lawrence Kanyuka denied any involvement and claimed the bombs had been fired by the FARDC "
        "coalition from positions near Mugunga.",
    )
    assert event.status == "occurred", event.status


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Analysts expect the group to step up its attacks on the army in Abyan.", "Analysts"),
        ("Tehran has threatened to launch a ground operation into the Kurdistan Region.", "Tehran"),
        ("A militia commander threatened to storm El Obeid within days.", "militia commander"),
    ],
)
def test_who_forecasts_or_threatens_an_act_is_its_source(analyze, text, source):
    event = only_event(analyze, text)
    assert source in event.attribution.source, event.attribution


def test_the_building_a_crowd_gathers_at_is_not_the_side_it_faced(analyze):
    events = analyze(
        "Thousands of protesters gathered near the Israeli embassy in Amman on Tuesday night. "
        "Riot police pushed them back with batons and detained dozens."
    ).events
    protest = next(e for e in events if "gathered" in e.evidence.text)
    assert protest.actor2 is None or "Israel" not in protest.actor2.name, protest.actor2


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a number of citizens gathered in front of the governor's office in Ahvaz to voice their "
        "complaints about water and electricity cuts.",
        "Hundreds of people gathered in front of the Hermel Serail on Friday in solidarity with Gaza.",
        "Hundreds of residents of Hasakah took to the streets of the city on Sunday to condemn the attacks.",
        "About 80 relatives of detainees held a silent vigil outside the governorate building on Friday afternoon.",
    ],
)
def test_gatherings_with_a_cause_vigils_and_taking_to_the_streets_are_peaceful_protests(analyze, text):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Peaceful protest", event.sub_event_type


def test_soldiers_acting_on_complaints_still_clash(analyze):
    event = only_event(
        analyze,
        "Soldiers of the 94th Infantry Battalion, acting on complaints from residents, clashed with an NPA unit "
        "near the village on Sunday morning.",
    )
    assert event.sub_event_type == "Armed clash", event.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Engineering units found a cache of 12 rockets and 30 mortar rounds buried in an orchard south of Tikrit on Sunday.",
        "A second device had been found and defused near the market's eastern gate on Thursday evening.",
    ],
)
def test_weapons_found_are_weapons_kept_from_use(analyze, text):
    assert only_event(analyze, text).sub_event_type == "Disrupted weapons use"


def test_a_body_found_is_no_weapons_find(analyze):
    assert not analyze("His body was found two days later on the outskirts of the city.").events


@pytest.mark.parametrize(
    "text",
    [
        "A pickup carrying truffle hunters drove over an explosive device on the road to Palmyra on Sunday, "
        "killing four men.",
        "A troop vehicle on clearance patrol ran over an improvised explosive device north of Damboa on Monday.",
    ],
)
def test_driving_over_a_mine_is_an_explosion_the_riders_suffered(analyze, text):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED", event.sub_event_type


def test_people_murdered_by_no_one_named_are_the_toll_of_the_act_before(analyze):
    events = analyze(
        "On Tuesday night junta jets dropped two bombs on the monastery of Let Pan village in Depayin township. "
        "Twenty-eight people were murdered, eleven of them children, and more than 30 were wounded."
    ).events
    assert events[0].sub_event_type == "Air/drone strike", events[0]
    assert events[0].killed == Count(28, 28), events[0].killed
    assert all(e.refers_to == events[0].event_id for e in events[1:]), [e.refers_to for e in events]


def test_returning_fire_right_after_an_attack_is_the_same_fight(analyze):
    events = analyze(
        "Gunmen in a pickup opened fire on a General Security patrol near Baniyas on Friday night. "
        "The patrol returned fire, and the exchange lasted about an hour."
    ).events
    assert len(events) == 1, [(e.sub_event_type, e.evidence.text) for e in events]


def test_artillery_returning_fire_is_a_shelling_of_its_own(analyze):
    events = analyze(
        "A rocket fired from Kobani landed in an empty field in Suruc on Monday. "
        "Turkish artillery immediately returned fire on the positions from which the rocket had been launched."
    ).events
    assert len(events) == 2, [(e.sub_event_type, e.evidence.text) for e in events]


def test_a_man_shot_dead_by_no_one_named_is_the_toll_of_the_raid_before(analyze):
    events = analyze(
        "Hundreds of Israeli settlers stormed the village of Turmus Ayya on Wednesday afternoon, setting fire to "
        "about 30 houses. A 27-year-old man was shot dead and 12 other villagers were wounded, the health ministry said."
    ).events
    assert (events[0].killed, events[0].injured) == (Count(1, 1), Count(12, 12)), events[0]


def test_a_victim_among_the_wounded_is_no_act_of_her_own(analyze):
    events = analyze(
        "On Tuesday night a quarrel between two families in Baalbek turned into an exchange of fire that lasted "
        "until dawn. One man was killed and at least four people were wounded, among them a woman hit by a stray "
        "bullet on her balcony, according to a medical source at Baalbek Governmental Hospital."
    ).events
    assert [e.sub_event_type for e in events if e.refers_to is None] == ["Armed clash"], events
    assert events[0].killed == Count(1, 1), events[0].killed


def test_troops_that_encounter_fighters_clash_with_them(analyze):
    event = only_event(
        analyze,
        "On Saturday, troops of the 103rd Infantry Brigade encountered around 15 members of the Dawlah "
        "Islamiyah-Maute group in Piagapo.",
    )
    assert event.sub_event_type == "Armed clash", event.sub_event_type


def test_encountering_resistance_is_no_clash(analyze):
    assert not analyze("The reform bill encountered resistance in parliament on Sunday.").events


def test_fighters_seizing_a_group_of_women_abduct_them(analyze):
    event = only_event(analyze, "Boko Haram fighters seized a group of women near Ngoshe on Tuesday.")
    assert event.sub_event_type == "Abduction/forced disappearance", event.sub_event_type


def test_setting_a_vehicle_ablaze_destroys_property(analyze):
    event = only_event(analyze, "Gunmen set a fuel tanker ablaze on the Kirkuk-Dibis road on Sunday night.")
    assert event.sub_event_type == "Looting/property destruction", event.sub_event_type


def test_a_body_found_with_gunshot_wounds_is_a_killing_of_one(analyze):
    event = only_event(analyze, "On 1 July his body was found with gunshot wounds in an orchard near Tal Kalakh.")
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert event.killed == Count(1, 1), event.killed


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of three men, wrapped in blankets and with their hands tied, were found on Wednesday morning "
        "beside the Culiacán-Eldorado highway.",
        "The bodies of three men were found in a field near Kiwanja on Tuesday after rebel fighters passed through.",
    ],
)
def test_bodies_found_bound_or_where_fighters_passed_are_a_killing(analyze, text):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert event.killed == Count(3, 3), event.killed


def test_bodies_located_with_signs_of_torture_are_a_killing(analyze):
    text = (
        "On the morning of 1 January, the bodies of three men with gunshot wounds and signs of torture were "
        "located on the Culiacán-Eldorado road."
    )
    event = only_event(analyze, text)
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert event.killed == Count(3, 3), event.killed


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday a 34-year-old man was taken from his home in the Tierra Blanca neighbourhood by armed men.",
        "On Wednesday police received a report of the deprivation of liberty of a shopkeeper in Culiacán.",
    ],
)
def test_a_man_taken_by_armed_men_or_deprived_of_liberty_was_abducted(analyze, text):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Abduction/forced disappearance", event.sub_event_type


def test_a_man_taken_to_hospital_by_relatives_was_not_abducted(analyze):
    events = analyze("On Wednesday a wounded man was taken to hospital by his relatives in Culiacán.").events
    assert not any(e.sub_event_type == "Abduction/forced disappearance" for e in events), events


def test_weapons_secured_by_troops_are_kept_from_use(analyze):
    text = "In Tepuche, army personnel secured two drones adapted to drop explosive devices on Tuesday."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Disrupted weapons use", event.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "An additional 300 members of the National Guard arrived in Culiacán on Wednesday to reinforce security "
        "operations in the city.",
        "Turkish troops spent the past week building a new military post on a hill above the village of Bamarne.",
    ],
)
def test_troops_arriving_to_reinforce_or_building_a_post_establish_a_presence(analyze, text):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Headquarters or base established", event.sub_event_type


def test_a_unit_sent_to_reinforce_a_post_is_who_it_was_not_a_deployment(analyze):
    text = "A PMF unit sent to reinforce the post struck a roadside bomb near Mutaibija on Sunday, wounding two."
    events = analyze(text).events
    assert not any(e.sub_event_type == "Headquarters or base established" for e in events), events


def test_a_town_placed_by_a_bearing_is_seized_not_abducted(analyze):
    text = "The Rapid Support Forces seized Bara, north of El Obeid, from the Sudanese Armed Forces late last month."
    event = only_event(analyze, text, published="2025-11-10")
    assert event.sub_event_type == "Non-state actor overtakes territory", event.sub_event_type


def test_conjoined_acts_each_dated_are_two_with_their_own_day_and_place(analyze):
    text = (
        "Army aircraft bombed RSF positions around Bara on 5 November and struck a gathering of RSF vehicles "
        "near Um Sumeima, about 20 km west of El Obeid, the following day."
    )
    first, second = analyze(text, published="2025-11-10").events
    assert (first.date.start, second.date.start) == (dt.date(2025, 11, 5), dt.date(2025, 11, 6)), (first, second)
    assert first.location is not None and first.location.name == "Bārah", first.location
    assert second.location is not None and second.location.name == "El Obeid", second.location


def test_riots_told_town_by_town_in_one_sentence_are_one_per_town(analyze):
    text = (
        "On Monday, after the pogroms against Syrian refugees in Kayseri, the anger that the occupation and its "
        "mercenaries have planted for years finally exploded: crowds in al-Bab tore down Turkish flags, in Azaz "
        "they set fire to Turkish lorries, and in Afrin protesters stormed the gate of a Turkish military base."
    )
    events = analyze(text, published="2024-07-03").events
    assert [e.event_type for e in events] == ["Riots"] * 3, events
    assert [e.location.name for e in events if e.location] == ["Al Bāb", "I‘zāz", "‘Afrīn"], events


def test_a_date_inside_the_object_does_not_split_a_raid_from_its_arrests(analyze):
    text = (
        "Yesterday, police raided a hideout in the Nuaimiya area, south of Fallujah, and arrested nine wanted "
        "men, among them a man accused of taking part in the massacre of Albu Nimr tribesmen in 2014."
    )
    events = [e for e in analyze(text, published="2025-11-17").events if e.status == "occurred"]
    assert len(events) == 1, events


def test_an_act_a_side_is_blamed_for_with_its_place_is_told(analyze):
    text = "Police also blamed Fano for the abduction of about 20 bus passengers near Azezo last week."
    event = only_event(analyze, text, published="2025-02-18")
    assert event.sub_event_type == "Abduction/forced disappearance", event.sub_event_type


def test_blame_for_attacks_with_no_place_is_no_event(analyze):
    assert not analyze("The minister blamed Fano for the attacks on Monday.", published="2025-02-18").events


def test_a_town_cleared_of_extremists_is_retaken(analyze):
    text = "The army said on Monday it had cleared the town of extremists and restored order."
    event = only_event(analyze, text, published="2025-02-18")
    assert event.sub_event_type == "Government regains territory", event.sub_event_type


def test_a_road_cleared_of_mines_is_no_event(analyze):
    assert not analyze("Engineers cleared the road of mines near Dabat on Monday.", published="2025-02-18").events


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Residents said settlers uprooted dozens of olive saplings near Tuqu last weekend.", "Israeli Settlers"),
        (
            "UNIFIL peacekeepers observed controlled detonations of at least eight houses in Kfar Kila on "
            "Tuesday, carried out by Israeli forces.",
            "Military Forces of Israel",
        ),
    ],
)
def test_uprooted_trees_and_houses_blown_up_are_destroyed_property(analyze, text, doer):
    event = only_event(analyze, text, published="2025-02-18")
    assert event.sub_event_type == "Looting/property destruction", event.sub_event_type
    assert event.actor1 is not None and event.actor1.name == doer, event.actor1


def test_a_clan_feud_that_flared_up_is_a_clash_not_the_strike_told_before(analyze):
    text = (
        "A US drone struck a car near Ataq on Friday, killing two men. In Nisab district, a revenge feud between "
        "two clans flared up again on Saturday, leaving four people dead."
    )
    _strike, feud = analyze(text, published="2025-02-18").events
    assert feud.sub_event_type == "Armed clash", feud.sub_event_type
    assert feud.killed == Count(4, 4), feud.killed


def test_a_tribe_locked_in_a_feud_is_no_clash(analyze):
    text = "Police said the killers may be members of a rival tribe locked in a blood feud with the family."
    assert not [e for e in analyze(text).events if e.sub_event_type == "Armed clash"]


def test_troops_opening_fire_as_crowds_gathered_attacked_the_crowd(analyze):
    text = (
        "Witnesses tell us Israeli troops opened fire as crowds gathered before dawn near the distribution site "
        "in Tal al-Sultan, west of Rafah, on Sunday."
    )
    (event,) = [e for e in analyze(text, published="2025-06-02").events if e.event_type != "Protests"]
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2


def test_a_force_scheduled_to_hand_over_a_base_plans_it(analyze):
    text = "The US-led coalition is scheduled to hand over Ain al-Asad air base to Iraqi forces by September."
    event = only_event(analyze, text, published="2025-04-02")
    assert event.status == "planned", event.status
    assert event.actor1 is not None and "Inherent Resolve" in event.actor1.name, event.actor1


def test_arrests_after_a_gunfight_are_an_event_of_their_own(analyze):
    text = (
        "Troops of Operation Safe Haven, the military task force in the state, said they had engaged the "
        "attackers in a gunfight near Rimtul early on Tuesday, killing "
        '"several" of them, and arrested six suspects in a follow-up operation.'
    )
    types = sorted(e.sub_event_type for e in analyze(text, published="2025-04-22").events)
    assert types == ["Armed clash", "Arrests"], types


@pytest.mark.parametrize(
    ("outlet", "source"),
    [
        ("Inter Services Public Relations (press release)", "Inter Services Public Relations (press release)"),
        ("Haitian Collective for Human Rights (press release)", "Haitian Collective for Human Rights (press release)"),
        ("Press release", "author"),
    ],
)
def test_a_release_is_its_named_issuers_statement(analyze, outlet, source):
    text = "On 20 August 2025, troops thwarted an attempt by a group of gunmen to infiltrate near Spinwam."
    event = analyze(text, published="2025-08-21", outlet=outlet).events[0]
    assert event.attribution.source == source, event.attribution


def test_it_said_is_said_by_the_named_subject_of_the_sentence_before(analyze):
    text = (
        'The official news agency IRNA gave a very different account. It said "terrorists" had attacked a '
        "border guard post about 10 km east of Saravan on Monday night."
    )
    event = only_event(analyze, text, published="2025-01-15")
    assert "IRNA" in event.attribution.source, event.attribution


def test_bodies_found_after_a_strike_are_no_killing_of_their_own(analyze):
    events = analyze("Troops found the bodies of nine terrorists in a cave near Hawija on Monday.").events
    assert not any(e.sub_event_type == "Attack" for e in events), events


def test_a_crowd_attacking_a_police_station_with_stones_and_petrol_bombs_riots(analyze):
    event = only_event(
        analyze,
        "A group of roughly 200 people attacked Kiserian Police Station with stones and petrol bombs on Monday.",
    )
    assert event.event_type == "Riots", event.sub_event_type


def test_a_group_attacking_people_with_stones_and_clubs_is_mob_violence(analyze):
    event = only_event(
        analyze, "A group of young men attacked two shepherds with stones and clubs near Ras Ein al-Auja on Friday."
    )
    assert event.sub_event_type == "Mob violence", event.sub_event_type


@pytest.mark.parametrize(
    "sentence, field, count",
    [
        ("On Monday troops engaged the khwarij location and, after an exchange of fire, eight khwarij were sent to hell.",
         "killed", Count(8, 8)),
        ("On Monday three brave soldiers, having fought gallantly, embraced shahadat in the clash.", "killed",
         Count(3, 3)),
        ("On Monday an Israeli drone struck a cell in the Tulkarm camp, eliminating all five of them.", "killed",
         Count(5, 5)),
        ("On Monday border guards clashed with armed smugglers near al-Ruwaished, killing four of them and wounding "
         "others.", "injured", Count(2, None)),
        ("On Monday border guards opened fire on young men near al-Darbasiyah, killing 18-year-old Rezan Mihemed.",
         "killed", Count(1, 1)),
        ("On Tuesday night gunmen shot dead community leader Jairo Quintero and his brother.", "killed", Count(2, 2)),
        ("A father and his teenage son were wounded on Tuesday when gunmen opened fire at the Tapuah junction.",
         "injured", Count(2, 2)),
        ("Clashes between the two groups on Monday near Tibu left at least five combatants dead.", "killed",
         Count(5, None)),
    ],
)  # fmt: skip
def test_tolls_in_partisan_words_ages_kin_and_others(analyze, sentence, field, count):
    event = only_event(analyze, sentence)
    assert getattr(event, field) == count, (field, getattr(event, field))


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the Turkish army shelled villages in the countryside of Tal Tamr with heavy artillery.",
        "On Monday the aggression's aircraft bombed the power station in the Bajil district.",
    ],
)
def test_villages_and_power_stations_hit_with_no_owner_named_are_civilian(analyze, sentence):
    event = only_event(analyze, sentence)
    assert event.actor2 is not None and event.actor2.name == "Civilians", event.actor2


def test_a_village_taken_is_ground_not_property(analyze):
    event = only_event(analyze, "Units of the Vostok group liberated the village of Mala Tokmachka on Monday.")
    assert event.actor2 is None or event.actor2.name != "Civilians", event.actor2


def test_martyred_is_killed_and_a_later_martyrdom_gives_the_act_its_toll(analyze):
    events = analyze(
        "On Monday, an improvised explosive device targeted a vehicle of the 4th Army Division north of Tuz "
        "Khurmatu. Two of our heroes were martyred, among them a first lieutenant."
    ).events
    assert len(events) == 1 and events[0].killed == Count(2, 2), events


def test_people_of_a_nation_killed_are_its_civilians(analyze):
    event = only_event(analyze, "Israeli troops killed 36 Palestinians in the northern West Bank on Monday.")
    assert event.actor2 is not None and (event.actor2.name, event.actor2.country) == ("Civilians", "PS"), event.actor2
    assert event.sub_event_type == "Attack", event.sub_event_type


def test_people_treated_for_injuries_are_injured_and_bodies_recovered_are_dead(analyze):
    events = analyze(
        "In Dilling, RSF shells landed near the town's main market on 6 June, killing six people. Dozens were "
        "treated for injuries at Dilling hospital, a nurse there told KPM."
    ).events
    assert len(events) == 1 and events[0].injured == Count(24, None), events
    event = only_event(
        analyze, "A drone struck a house in Kafr Nabl on Monday, and rescuers recovered the bodies of four people."
    )
    assert event.killed == Count(4, 4), event.killed


def test_over_the_weekend_is_the_last_saturday_and_sunday():
    (time,) = find_times("Drones dropped explosives on their homes over the weekend.", dt.date(2025, 12, 2))
    assert (str(time.range.start), str(time.range.end), time.range.precision) == (
        "2025-11-29",
        "2025-11-30",
        "week",
    ), time


def test_the_day_before_a_named_strike_counts_from_that_strike(analyze):
    events = analyze(
        "A Russian ballistic missile struck the bus station in the centre of Sumy on Monday afternoon, killing at "
        "least seven people. In Kherson, a drone dropped explosives on a minibus on Tuesday morning, wounding the "
        "driver.\n\nThe day before the Sumy strike, a guided aerial bomb hit an apartment block in "
        "Kostiantynivka, killing two women.",
        "2025-10-14",
    ).events
    bomb = next(e for e in events if "Kostiantynivka" in e.evidence.text)
    assert str(bomb.date.start) == "2025-10-12", bomb.date


def test_a_toll_risen_by_the_next_morning_continues_the_strike_and_keeps_its_day(analyze):
    events = analyze(
        "KYIV, Oct 14 (Meridian Wire) - A Russian ballistic missile struck the bus station in the centre of Sumy on "
        "Monday afternoon, killing at least seven people, regional officials said. By Tuesday morning the toll had "
        "risen to nine, the Sumy regional military administration said, after two of the wounded died in hospital.",
        "2025-10-14",
    ).events
    strike, *updates = events
    assert all(u.refers_to == strike.event_id for u in updates), events
    assert all(str(u.date.start) == "2025-10-13" for u in updates), [u.date for u in updates]


def test_a_battles_toll_adds_the_state_forces_own_dead_told_next(analyze):
    events = analyze(
        "On Monday Jordanian border guards killed nine armed smugglers in a clash along the border. "
        "One soldier was killed."
    ).events
    assert len(events) == 1 and events[0].killed == Count(10, 10), events


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("all four attackers were killed, and one officer died in the fighting", 5),
        ("Our heroes killed two of the terrorists, while one soldier was martyred and two others were wounded", 3),
        ("fighters ambushed a convoy, killing 17 junta soldiers, while two of its fighters were killed", 19),
    ],
)
def test_the_dead_of_both_sides_told_in_two_clauses_add_up(sentence, total):
    assert counts_in_text(sentence)["killed"] == Count(total, total)


def test_a_toll_told_citing_medics_elsewhere_still_continues_the_attack(analyze):
    events = analyze(
        "On Saturday gunmen opened fire on a dozen cars of truffle hunters some 30 km east of Sukhnah. At least 18 "
        "people were killed, the monitor said, citing relatives and medics in Palmyra."
    ).events
    assert len(events) == 1 and events[0].killed == Count(18, None), events
    assert events[0].location is None or events[0].location.name != "Tadmur", events[0].location


def test_an_act_in_apposition_is_no_speaker(analyze):
    event = only_event(
        analyze,
        "Islamic State militants ambushed a convoy of truffle hunters east of Sukhnah on Saturday, the deadliest "
        "attack in the Badia since the harvest season began, a war monitor and a local official said.",
    )
    assert event.attribution.source.startswith("war monitor"), event.attribution.source


def test_the_gunmen_recalled_right_after_an_ambush_retell_it_and_its_toll_is_the_ambushs(analyze):
    events = analyze(
        "Islamic State militants ambushed a convoy of truffle hunters in the desert east of Sukhnah on Saturday. "
        "The gunmen opened fire on about a dozen cars some 30 km east of the town. At least 18 people were killed "
        "and 11 were wounded, the monitor said."
    ).events
    ambush = events[0]
    assert ambush.killed == Count(18, None) and ambush.injured == Count(11, 11), ambush
    assert all(e.refers_to in {None, ambush.event_id} for e in events[1:]), events


def test_the_gunmen_then_acting_again_is_a_new_act(analyze):
    events = analyze(
        "Gunmen ambushed an army patrol near Baniyas on Friday. The gunmen then attacked checkpoints in the town."
    ).events
    assert len(events) == 2, events


def test_another_sources_full_telling_of_the_act_is_a_claim_of_its_own(analyze):
    events = analyze(
        "Israeli aircraft struck a site of the Syrian Arab Army near the town of Kisweh, south of Damascus, on "
        "Thursday evening, killing two soldiers, a military source told Syria Today. The Israeli army claimed that "
        "it had struck “weapons depots belonging to the former regime” in the area.",
    ).events
    sources = {e.attribution.source for e in events}
    assert len(events) == 2 and len(sources) == 2, [(e.attribution.source, e.evidence.text) for e in events]


def test_a_third_partys_detail_of_the_act_joins_it(analyze):
    events = analyze(
        "Three U.S. soldiers were killed when a drone struck a small outpost in Jordan near the Syrian border on "
        "Sunday, U.S. officials said. U.S. Central Command said the drone hit a housing area early in the morning."
    ).events
    assert len(events) == 1, [(e.attribution.source, e.evidence.text) for e in events]


def test_people_detained_with_no_one_named_were_detained_by_the_state_forces_that_acted_before(analyze):
    events = analyze(
        "Jordanian border guards clashed with armed smugglers near al-Ruwaished on Monday, killing four of them. "
        "Fifteen smugglers were detained."
    ).events
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrest.actor1 is not None and arrest.actor1.country == "JO", arrest.actor1


def test_protesters_blocking_a_road_is_no_intervention(analyze):
    event = only_event(
        analyze,
        "On Tuesday night, hundreds of residents blocked Route 55 near Kedumim to protest against the removal of "
        "checkpoints.",
    )
    assert event.sub_event_type == "Peaceful protest", event.sub_event_type


def test_a_foreign_states_forces_taking_ground_abroad_overtake_it(analyze):
    event = only_event(
        analyze, "Units of the Vostok group of Russian forces liberated the village of Mala Tokmachka on Monday."
    )
    assert event.sub_event_type == "Non-state actor overtakes territory", event.sub_event_type
    home = only_event(analyze, "Syrian government forces retook the town of Khan Shaykhun on Monday.")
    assert home.sub_event_type == "Government regains territory", home.sub_event_type


def test_the_fighting_named_as_the_scene_of_a_strike_is_no_clash_of_its_own(analyze):
    event = only_event(
        analyze,
        "On Sunday, a Turkish drone struck a convoy of civilians driving to a sit-in against the fighting near "
        "Manbij, killing two people.",
    )
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type
    events = analyze(
        "Gunmen ambushed an army patrol west of Culiacán on Monday. The ministry said four attackers were killed "
        "in the firefight and that three suspects were arrested."
    ).events
    assert {e.sub_event_type for e in events} >= {"Armed clash", "Arrests"}, [e.sub_event_type for e in events]


def test_attacks_on_ships_with_no_weapon_named_are_strikes_from_afar(analyze):
    event = only_event(
        analyze, "Since November 19, the Houthis have attacked commercial and naval vessels more than 60 times."
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack", event.sub_event_type


def test_an_act_inside_a_whether_clause_is_a_question_not_an_event(analyze):
    events = analyze(
        "Gunmen ambushed a convoy of truffle hunters near Palmyra on Sunday, killing four. Security forces arrested "
        "three men on Monday. The ministry did not say whether they were the men who attacked the convoy."
    ).events
    assert len(events) == 2, [(e.sub_event_type, e.evidence.text) for e in events]


def test_tank_shells_landing_on_homes_are_shelling(analyze):
    event = only_event(
        analyze, "On 31 October, tank shells landed on homes on the eastern edge of Bureij camp, killing three people."
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack", event.sub_event_type


def test_troops_blowing_up_a_row_of_residential_buildings_destroy_civilian_property(analyze):
    event = only_event(analyze, "Israeli troops blew up a row of residential buildings in Rafah on Saturday.")
    assert event.sub_event_type == "Looting/property destruction", event.sub_event_type
    assert event.actor2 is not None and event.actor2.actor_id == "civilians", event.actor2


def test_a_crowd_burning_people_to_death_is_mob_violence_with_its_dead(analyze):
    event = only_event(
        analyze,
        "In Pétion-Ville, residents beat and burned to death two young men they accused of scouting for gangs on "
        "Wednesday morning.",
    )
    assert event.sub_event_type == "Mob violence", event.sub_event_type
    assert event.killed == Count(2, 2), event.killed


def test_fuel_tankers_in_a_convoy_are_lorries_not_ships(analyze):
    event = only_event(analyze, "JNIM fighters attacked a convoy of fuel tankers near Diéma on Monday.")
    assert event.actor2 is None or event.actor2.name != "Merchant Shipping", event.actor2
    assert event.event_type != "Explosions/Remote violence", event.sub_event_type


def test_overrunning_an_outpost_takes_ground(analyze):
    event = only_event(
        analyze,
        "The Kachin Independence Army said on Wednesday that its fighters had overrun a junta outpost near Bhamo.",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory", event.sub_event_type


def test_what_a_group_has_done_before_is_a_habit_not_an_event(analyze):
    events = analyze("Al-Shabaab, which has shelled the compound before, did not comment on Monday.").events
    assert events == (), [(e.sub_event_type, e.evidence.text) for e in events]


def test_a_drone_backing_troops_is_support_not_the_weapon_of_their_raid(analyze):
    event = only_event(
        analyze, "In Jenin, troops backed by a drone raided the refugee camp early on Monday, killing two men."
    )
    assert event.sub_event_type != "Air/drone strike", event.sub_event_type


def test_an_unowned_drone_strike_belongs_to_the_state_force_acting_in_its_paragraph(analyze):
    events = analyze(
        "Israeli troops raided the Jenin refugee camp early on Monday, killing a gunman. The health ministry said a "
        "drone strike on a group of young men in the camp killed three of them."
    ).events
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.country == "IL", strike.actor1


def test_tear_gas_fired_at_a_crowd_told_before_is_an_intervention_not_a_clash(analyze):
    events = analyze(
        "On Tuesday, several hundred people marched through Pétion-Ville to demand security. Police fired tear gas "
        "when some of them tried to reach the Prime Minister's office."
    ).events
    assert "Armed clash" not in {e.sub_event_type for e in events}, [e.sub_event_type for e in events]
    assert "Protest with intervention" in {e.sub_event_type for e in events}, [e.sub_event_type for e in events]


def test_tear_gas_fired_at_residents_is_no_protest(analyze):
    event = only_event(
        analyze,
        "Israeli troops arrived more than an hour later and fired tear gas at residents who were trying to put out "
        "the fires in Huwara on Sunday.",
    )
    assert event.event_type != "Protests", event.sub_event_type


def test_a_digests_day_tag_dates_its_item():
    published = dt.date(2024, 4, 8)  # a Monday
    text = "Rask (Wed-Thu): fighters stormed the headquarters. Saravan (Sat): guards opened fire."
    found = [(t.range.start, t.range.end) for t in find_times(text, published)]
    assert found == [(dt.date(2024, 4, 3), dt.date(2024, 4, 4)), (dt.date(2024, 4, 6), dt.date(2024, 4, 6))]


def test_a_digests_day_tag_is_no_actor(analyze):
    text = "Saravan (Sat): Border guards opened fire on a pickup carrying fuel near Saravan, killing two fuel porters."
    event = only_event(analyze, text, published="2024-04-08")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Iran", event.actor1
    assert event.date.start == dt.date(2024, 4, 6), event.date


def test_a_weekday_in_a_place_name_is_no_date():
    published = dt.date(2025, 6, 23)
    text = "Police arrested two suspects at Monday Market, Maiduguri, on Sunday."
    assert [t.range.start for t in find_times(text, published)] == [dt.date(2025, 6, 22)]


def test_today_in_a_name_is_no_date():
    published = dt.date(2024, 3, 14)
    assert find_times("a military source told Syria Today.", published) == []
    assert [t.range.start for t in find_times("Today, Israeli jets struck Gaza.", published)] == [published]


ROUND_UP = (
    "Southern front, day 158: house flattened in Aitaroun\n\n"
    "Al-Janoub Net | The South Today: daily round-up | Thursday 14 March 2024\n\n"
    "What happened along the border on Wednesday, compiled from our correspondents.\n\n"
    "AITAROUN, 1:30 pm - Israeli warplanes struck a two-storey house in the centre of the town, flattening it. "
    "The family had left in October and the house was empty, the mayor said.\n\n"
    "NAQOURA, 4:10 pm - UNIFIL said a shell had hit one of its positions near Naqoura, causing no injuries."
)


def test_a_round_up_dates_its_items_by_its_lede_not_its_masthead_or_the_item_before(analyze):
    events = analyze(ROUND_UP, published="2024-03-14").events
    assert events and all(e.date.start == dt.date(2024, 3, 13) for e in events), [
        (e.evidence.text[:30], e.date) for e in events
    ]


@pytest.mark.parametrize(
    "label", ["KHIAM, 9:15 am - ", "HOULA, shortly after sunset - ", "UPPER GALILEE, afternoon - "]
)
def test_a_round_up_items_dateline_may_give_the_time_of_day(label):
    from sitrep.text import dateline_spans

    assert dateline_spans(label + "Israeli artillery fired 20 shells.") == [(0, len(label))]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("19.08.2024", dt.date(2024, 8, 19)),
        ("14/5/2024", dt.date(2024, 5, 14)),
        ("5/14/2024", dt.date(2024, 5, 14)),
        ("03/04/2024", dt.date(2024, 4, 3)),
    ],
)
def test_numeric_dates_read_day_first_unless_only_month_first_makes_a_date(phrase, expected):
    assert [t.range.start for t in find_times(f"An IED exploded on {phrase} near Tikrit.", dt.date(2024, 8, 20))] == [
        expected
    ]


@given(st.dates(min_value=dt.date(1990, 1, 13), max_value=dt.date(2030, 12, 31)), st.sampled_from(["/", "."]))
def test_a_numeric_date_whose_day_cannot_be_a_month_reads_back_exactly(day, separator):
    assume(day.day > 12)
    phrase = f"{day.day}{separator}{day.month}{separator}{day.year}"
    assert [t.range.start for t in find_times(f"It happened on {phrase}.", day)] == [day]


def test_today_under_a_statements_dated_header_is_the_headers_day(analyze):
    text = (
        "Conflict Statements Monitor | Primary texts | 20 August 2024\n\n"
        "IDF SPOKESPERSON'S UNIT, 19.08.2024, 11:42\n"
        "Earlier today, a rocket launched from Khan Yunis toward Nirim was intercepted by the IAF. No injuries were "
        "reported."
    )
    event = only_event(analyze, text, published="2024-08-20")
    assert event.date.start == dt.date(2024, 8, 19), event.date


def test_the_other_side_of_clashes_with_a_group_is_a_side_of_the_fight(analyze):
    event = only_event(
        analyze,
        "The ministry said one soldier had been killed in clashes with PKK militants in the Metina region on Sunday.",
    )
    sides = {a.name for a in (event.actor1, event.actor2) if a is not None}
    assert "Kurdistan Workers' Party" in sides, (event.actor1, event.actor2)


def test_clashes_between_two_groups_of_one_kind_have_that_kind_on_both_sides(analyze):
    event = only_event(
        analyze, "On Sunday, clashes between two clan militias over grazing land near Dhusamareb killed seven people."
    )
    assert event.actor1 is not None and event.actor2 is not None, (event.actor1, event.actor2)
    assert event.actor1.name == event.actor2.name == "Tribal Militia", (event.actor1, event.actor2)


def test_a_bare_toll_right_after_an_act_is_that_acts_whoever_tells_it(analyze):
    events = analyze(
        "JNIM fighters attacked a convoy of fuel tankers escorted by the Malian army near Diéma on Monday, drivers "
        "said.\n\nOne of the drivers said at least four civilian drivers were burned to death in their cabs."
    ).events
    assert {e.event_type for e in events} == {"Battles"}, [(e.sub_event_type, e.evidence.text[:40]) for e in events]


def test_a_tally_of_the_dead_over_a_period_keeps_its_own_type(analyze):
    events = analyze(
        "Houthi snipers shot dead a farmer near Taiz on Monday. Over the week, the army says, 14 of its soldiers were "
        "killed on the Marib fronts."
    ).events
    tally = next(e for e in events if "14" in e.evidence.text)
    assert tally.actor1 is None or tally.actor1.name != "Houthis", tally.actor1


def test_burning_tyres_is_a_riot_not_property_destruction(analyze):
    events = analyze(
        "On 15 April, hundreds of young people in the Majengo neighbourhood of Goma burned tyres and blocked the main "
        "road, accusing the UN mission of doing nothing."
    ).events
    assert "Looting/property destruction" not in {e.sub_event_type for e in events}, [e.sub_event_type for e in events]


def test_withdrawing_after_an_attack_is_a_retreat_not_a_transfer_of_territory(analyze):
    events = analyze(
        "The attackers opened fire on the police post near Kirkuk on Saturday before withdrawing towards the Hamrin "
        "mountains."
    ).events
    assert "Non-violent transfer of territory" not in {e.sub_event_type for e in events}, [
        e.sub_event_type for e in events
    ]


def test_what_is_said_of_an_act_told_before_is_no_new_act(analyze):
    events = analyze(
        "Islamic State militants attacked a police checkpoint south-west of Kirkuk late on Saturday, killing two "
        "policemen. The attack was the deadliest on security forces in Kirkuk this year."
    ).events
    assert len(events) == 1, [(e.sub_event_type, e.evidence.text) for e in events]


def test_protesters_hurt_as_tear_gas_disperses_them_met_intervention_not_lethal_force(analyze):
    events = analyze(
        "On Tuesday, hundreds of people protested outside the governor's office in Goma. Police dispersed them with "
        "tear gas; two protesters were injured."
    ).events
    assert {e.sub_event_type for e in events} == {"Protest with intervention"}, [e.sub_event_type for e in events]


def test_what_a_battle_took_is_part_of_the_battle(analyze):
    event = only_event(
        analyze,
        "The KIA said on Wednesday that its fighters had overrun a junta outpost near Bhamo after a two-day battle, "
        "capturing 12 soldiers and seizing weapons and ammunition.",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory", event.sub_event_type


def test_a_bomb_that_went_off_as_a_patrol_passed_targeted_the_patrols_force(analyze):
    event = only_event(
        analyze,
        "On Monday, an explosive device went off as a regime army patrol passed on the Daraa-Damascus highway near "
        "the town of Sayda.",
    )
    assert event.actor2 is not None and event.actor2.country == "SY", event.actor2


def test_our_uavs_are_the_speakers_forces(analyze):
    event = only_event(
        analyze, "The Turkish Ministry of National Defence said our UAVs struck a car near Qamishli on Tuesday."
    )
    assert event.actor1 is not None and event.actor1.country == "TR", event.actor1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Their father was badly hurt.", {"injured": Count(1, 1)}),
        ("The driver was killed.", {"killed": Count(1, 1)}),
        ("A father and his 19-year-old son from Yitzhar were wounded on Wednesday.", {"injured": Count(2, 2)}),
    ],
)
def test_one_person_or_two_kin_named_before_the_outcome(text, expected):
    assert counts_in_text(text) == expected


def test_arms_a_demonym_owns_name_their_state_and_a_car_bomb_names_no_state(analyze):
    russian = only_event(
        analyze, "Russian glide bombs struck a residential area in Kharkiv on Monday, killing two people."
    )
    assert russian.actor1 is not None and russian.actor1.name == "Military Forces of Russia", russian.actor1
    car = only_event(
        analyze, "A car bomb exploded near the vegetable market in al-Atarib on Monday, killing two people."
    )
    assert car.actor1 is not None and "Central African" not in car.actor1.name, car.actor1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Twelve (12) persons, excluding the bomber, lost their lives, while twenty-two (22) others sustained "
            "various degrees of injury.",
            {"killed": Count(12, 12), "injured": Count(22, 22)},
        ),
        ("Five civilians sustained gunshot wounds.", {"injured": Count(5, 5)}),
    ],
)
def test_a_police_releases_toll_in_words_and_figures(sentence, expected):
    assert counts_in_text(sentence) == expected


def test_a_dated_dateline_is_the_day_its_items_yesterday_counts_from():
    text = (
        "RUTBA, Feb. 17 - Jets struck hideouts on Sunday.\n\n"
        "HADITHA, Feb. 17 - Gunmen abducted two drivers the day before yesterday, police said.\n\n"
        "TUZ KHURMATU, Feb. 18 - A roadside bomb struck a vehicle last night."
    )
    days = [t.range.start for t in find_times(text, dt.date(2025, 2, 18))]
    assert days == [dt.date(2025, 2, 16), dt.date(2025, 2, 15), dt.date(2025, 2, 17)]


def test_its_men_are_the_groups_fighters(analyze):
    text = "The Arab Tribes and Clans Forces said its men had killed at least nine SDF members near Dhiban on Tuesday."
    mentions = {m.text: m for m in analyze(text, published="2024-09-09").actors}
    assert mentions["its men"].actor.name != "Civilians", mentions["its men"]


def test_two_days_of_one_month_in_figures_are_a_range():
    (time,) = find_times("Night of 03-04/09/2024 - al-Busayrah.", dt.date(2024, 9, 9))
    assert (time.range.start, time.range.end) == (dt.date(2024, 9, 3), dt.date(2024, 9, 4))


LOG = """Incident log, Deir ez-Zor: 2-8 September 2024

Rights Monitor | Log no. 36 | Issued 09/09/2024

Night of 03-04/09/2024 - al-Busayrah. Tribal fighters crossed the Euphrates and attacked SDF positions. \
Fighting lasted until dawn. A channel close to the tribal forces claimed heavy losses. \
The SDF said it repelled the attack, losing two of its fighters.

07/09/2024 - Dhiban. Around 200 residents protested against the raid of 2 September."""


def test_a_log_items_opening_date_dates_all_its_events(analyze):
    events = analyze(LOG, published="2024-09-09").events
    repelled = next(e for e in events if e.trigger.text == "repelled")
    assert (repelled.date.start, repelled.date.end) == (dt.date(2024, 9, 3), dt.date(2024, 9, 4)), repelled.date


def test_the_date_of_an_earlier_act_named_in_the_sentence_does_not_date_the_event(analyze):
    events = analyze(LOG, published="2024-09-09").events
    protest = next(e for e in events if e.event_type == "Protests")
    assert protest.date.start == dt.date(2024, 9, 7), protest.date


def test_he_was_arrested_right_after_a_detention_is_that_detention(analyze):
    text = (
        "Counter-Terrorism Service troops detained a man wanted for the killing of an army officer, the service said "
        "on Monday. He was arrested in the al-Jalam desert east of Samarra."
    )
    event = only_event(analyze, text, published="2025-02-18")
    assert "He was arrested" in event.evidence.text, event.evidence


def test_a_states_forces_kidnapping_people_in_raids_are_detaining_them(analyze):
    raids = only_event(
        analyze, "Occupation forces kidnapped 25 citizens in dawn raids across the Hebron governorate on Monday."
    )
    assert raids.sub_event_type == "Arrests", raids.sub_event_type
    seized = only_event(
        analyze,
        "An Israeli force crossed the border near Houla before dawn on Monday and abducted a 58-year-old shepherd.",
    )
    assert seized.sub_event_type == "Abduction/forced disappearance", seized.sub_event_type


def test_the_subject_after_a_fronted_participle_is_the_doer(analyze):
    text = (
        "Acting on accurate intelligence from the Falcons Intelligence Cell, Iraqi Air Force F-16 aircraft on Monday "
        "struck a terrorist den in the Wadi Zghaytun area, south-west of Kirkuk."
    )
    event = only_event(analyze, text, published="2024-03-12")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Iraq", event.actor1


def test_what_a_shelling_burned_is_part_of_the_shelling(analyze):
    text = (
        "Turkish artillery shelled the orchards around Kani Masi on Monday night, "
        "burning an estimated 40 dunams of walnut and apple trees."
    )
    event = only_event(analyze, text)
    assert event.sub_event_type == "Shelling/artillery/missile attack", event.sub_event_type


def test_a_crowd_that_gathered_peacefully_is_no_riot_for_the_burned_orchards_it_names(analyze):
    text = (
        "Some 200 residents gathered peacefully in front of the sub-district building on Tuesday to demand "
        "compensation for burned orchards."
    )
    event = only_event(analyze, text)
    assert event.sub_event_type == "Peaceful protest", event.sub_event_type


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Unknown gunmen on a motorcycle shot dead a schoolteacher on Saturday night.", {"killed": Count(1, 1)}),
        ("The toll rose to five on Thursday after two of the wounded died in hospital.", {"killed": Count(5, 5)}),
    ],
)
def test_one_schoolteacher_shot_dead_and_the_wounded_who_died_are_counted_as_dead(sentence, expected):
    assert counts_in_text(sentence) == expected


BULLETIN = (
    "Radio Afgooye | Evening news bulletin | Monday 17 November 2025\n\n"
    "Good evening. Here are tonight's main stories from Lower Shabelle.\n\n"
    "Al-Shabaab fighters attacked a Somali National Army base in the town of Awdheegle overnight Saturday into "
    "Sunday. The army's regional commander told our reporter that the attackers were driven back after a two-hour "
    "battle. One soldier was killed, he said. Al-Shabaab's Radio Andalus claimed that its fighters had overrun the "
    "base and killed nine apostate soldiers."
)


def test_a_groups_own_radio_speaks_for_the_group_and_the_paragraphs_day_dates_its_claim(analyze):
    events = analyze(BULLETIN, published="2025-11-17").events
    claim = next(e for e in events if e.trigger.text == "overrun")
    assert claim.actor1 is not None and claim.actor1.name == "Al-Shabaab", claim.actor1
    assert claim.date.start == dt.date(2025, 11, 15), claim.date


def test_tonights_stories_are_no_date():
    assert find_times("Here are tonight's main stories from Lower Shabelle.", dt.date(2025, 11, 17)) == []


def test_the_day_before_counts_back_from_the_event_told_before_it(analyze):
    text = (
        "Hundreds of young men blocked the road to Najaf's power station with burning tyres on Monday night. "
        "Riot police dispersed them with tear gas. The day before, a smaller protest in neighbouring Kufa had "
        "ended peacefully."
    )
    events = analyze(text, published="2025-08-06").events
    kufa = next(e for e in events if "Kufa" in e.evidence.text and "smaller" in e.evidence.text)
    assert kufa.date.start == dt.date(2025, 8, 3), kufa.date


def test_the_night_of_two_days_is_both_days():
    (time,) = find_times("During the night of 6 to 7 December, armed men attacked a site.", dt.date(2025, 12, 9))
    assert (time.range.start, time.range.end) == (dt.date(2025, 12, 6), dt.date(2025, 12, 7))


def test_a_header_dated_month_first_is_the_day_its_yesterday_counts_from():
    text = "Combined Maritime Press Office | February 15, 2024\n\nYesterday, U.S. forces struck three missiles."
    yesterday = next(t for t in find_times(text, dt.date(2024, 2, 20)) if t.range.text == "Yesterday")
    assert yesterday.range.start == dt.date(2024, 2, 14)


def test_its_peacekeepers_are_the_missions(analyze):
    text = "MONUSCO said its peacekeepers based near the site exchanged fire with the attackers on Sunday."
    event = only_event(analyze, text)
    assert event.actor1 is not None and "Stabilization Mission" in event.actor1.name, event.actor1


def test_a_police_releases_toll_sentence_counts_the_bombing_before_it(analyze):
    text = (
        "On 20/06/2025 at about 2150hrs, a female suicide bomber detonated an improvised explosive device strapped "
        "to her body at a fish market in Konduga town. Twelve (12) persons, excluding the bomber, lost their lives, "
        "while twenty-two (22) others sustained various degrees of injury."
    )
    bombing = next(e for e in analyze(text, published="2025-06-23").events if e.refers_to is None)
    assert bombing.sub_event_type == "Suicide bomb", bombing.sub_event_type
    assert (bombing.killed, bombing.injured) == (Count(12, 12), Count(22, 22)), (bombing.killed, bombing.injured)


def test_people_rounded_up_and_shot_were_killed_not_arrested(analyze):
    shot = only_event(analyze, "Soldiers rounded up and shot seven men at the weekly market on Tuesday.")
    assert shot.sub_event_type == "Attack", shot.sub_event_type
    two_acts = analyze("Police arrested two men and shot a third who tried to flee on Tuesday.").events
    assert "Arrests" in {e.sub_event_type for e in two_acts}, [e.sub_event_type for e in two_acts]


def test_an_authority_that_raised_the_toll_told_it_and_the_toll_is_the_acts(analyze):
    text = (
        "During the night of 6 to 7 December, armed men attacked a displacement site north of Bunia, killing at "
        "least 12 displaced people. On 8 December, local authorities raised the toll to 17."
    )
    events = analyze(text, published="2025-12-09").events
    assert [e.sub_event_type for e in events if e.refers_to is None] == ["Attack"], events
    assert not any(e.actor1 is not None and "Government" in e.actor1.name for e in events), events


def test_a_sniper_who_shot_a_girl_attacked_her(analyze):
    event = only_event(analyze, "A Houthi sniper on the hills shot a ten-year-old girl in the shoulder on Monday.")
    assert event.sub_event_type == "Attack", event.sub_event_type


def test_rocket_launchers_found_and_dismantled_are_weapons_kept_from_use(analyze):
    text = "The army said its units had found and dismantled two rocket launchers in an orchard near Qlayaa on Monday."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Disrupted weapons use", event.sub_event_type


def test_a_group_that_says_it_has_never_targeted_civilians_tells_no_event(analyze):
    assert analyze("The AA has never targeted civilians of any faith.").events == ()


def test_an_act_a_sentence_only_describes_is_no_new_event(analyze):
    text = 'Villagers in Kani Masi described the bombardment as "a slow fire that empties one valley after another".'
    assert analyze(text).events == ()


def test_no_details_of_where_the_missiles_landed_tells_no_event(analyze):
    assert analyze("The air force gave no details of where the missiles landed.").events == ()


def test_one_of_the_missiles_launched_striking_is_part_of_the_launch(analyze):
    text = (
        "On Tuesday, Houthi forces fired two anti-ship ballistic missiles at the Star Meridian, a bulk carrier. "
        "One missile struck the ship, causing minor damage."
    )
    events = analyze(text, published="2024-02-15").events
    assert len([e for e in events if e.refers_to is None]) == 1, [(e.trigger.text, e.refers_to) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, in an air operation in the Gara region, six terrorists, including a regional official, "
        "were neutralised.",
        "The ministry said four PKK terrorists detected by our UAVs in the Metina region were neutralised in an "
        "air-supported operation on Monday.",
    ],
)
def test_people_neutralised_in_an_air_operation_are_an_air_strike(analyze, text):
    event = only_event(analyze, text)
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type


def test_people_neutralised_with_no_word_on_how_tell_no_event_of_their_own(analyze):
    # the article's other acts say how ("its forces had neutralised 21 terrorists" follows a
    # report of air strikes or of a clash); a guess of either was wrong more often than right
    assert analyze('The ministry said its forces had "neutralised" 21 terrorists in northern Syria.').events == ()


TRANSCRIPT = (
    "Transcript: briefing on overnight strikes\n\n"
    "Telephone briefing for foreign media by IDF international spokesman Lt. Col. Omer Levav.\n\n"
    "SPOKESMAN: Good morning. Last night we struck a Hezbollah site in the Brital area, south of Baalbek.\n\n"
    "Q: The Lebanese Health Ministry says the strike killed five people. Is that what you targeted?\n\n"
    "SPOKESMAN: I can't confirm those figures.\n"
)


def test_we_in_a_transcript_turn_is_the_party_the_label_speaks_for(analyze):
    event = next(e for e in analyze(TRANSCRIPT, published="2025-07-17").events if "we struck" in e.evidence.text)
    assert event.attribution.source == "IDF", event.attribution
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel", event.actor1


def test_a_question_in_a_transcript_keeps_the_source_it_names(analyze):
    events = analyze(TRANSCRIPT, published="2025-07-17").events
    asked = next(e for e in events if "five people" in e.evidence.text)
    assert asked.attribution.source == "Lebanese Health Ministry", asked.attribution


def test_place_headings_are_no_transcript_speakers(analyze):
    text = (
        "Weekly round-up\n\n"
        "DARAA: Unidentified gunmen shot dead a former commander in Tafas on Monday.\n\n"
        "IDLIB: Regime forces fired rockets at the outskirts of Sarmin on Tuesday, killing a woman.\n"
    )
    events = analyze(text, published="2024-03-08").events
    assert events and all(e.attribution.source == "author" for e in events), [e.attribution for e in events]


def test_struck_beside_a_capitalised_general_is_no_general_strike(analyze):
    text = "A drone loaded with explosives struck the General Security checkpoint at the entrance of Jableh on Monday."
    assert only_event(analyze, text).sub_event_type == "Air/drone strike"


def test_hours_later_is_the_day_of_the_event_told_before(analyze):
    text = (
        "Coast News | Latakia | Thursday 16 October 2025\n\n"
        "LATAKIA - Gunmen ambushed a security patrol near Jableh at dawn on Tuesday, killing three members.\n\n"
        "The patrol returned fire and killed one of the attackers, the source said.\n\n"
        "Hours later, a drone struck a checkpoint at the northern entrance of Jableh, causing only material damage."
    )
    events = analyze(text, published="2025-10-16").events
    drone = next(e for e in events if "drone" in e.evidence.text)
    assert drone.date is not None and drone.date.start == dt.date(2025, 10, 14), drone.date


def test_the_force_that_broke_up_a_protest_is_part_of_that_protest_not_a_second_event(analyze):
    text = (
        "In Bunia, several hundred displaced people demonstrated outside the MONUSCO base on 14 April to demand "
        "better protection. Police dispersed the crowd with tear gas; no injuries were reported."
    )
    event = only_event(analyze, text, published="2026-04-16")
    assert event.sub_event_type == "Protest with intervention", event.sub_event_type
    assert event.injured == Count(0, 0), event.injured


def test_a_toll_after_a_dispersal_belongs_to_the_protest_it_broke_up(analyze):
    text = (
        "Dozens of people gathered outside the municipality in Tabqa on Monday to protest against conscription. "
        "SDF members fired into the air to disperse them. No injuries were recorded."
    )
    event = only_event(analyze, text, published="2025-05-14")
    assert event.sub_event_type == "Protest with intervention", event.sub_event_type


def test_a_skiff_firing_on_a_ship_and_the_guards_firing_back_is_a_clash(analyze):
    text = "At 1405 UTC on Monday a skiff fired at the bridge and the embarked armed security team returned fire."
    assert only_event(analyze, text).sub_event_type == "Armed clash"


def test_an_uncrewed_aerial_vehicle_destroyed_is_a_drone_kept_from_use(analyze):
    text = "At 1120 UTC on Monday, a coalition warship destroyed an uncrewed aerial vehicle over the southern Red Sea."
    event = only_event(analyze, text)
    assert event.sub_event_type == "Disrupted weapons use", event.sub_event_type
    assert event.actor2 is None or event.actor2.name != "UTC", event.actor2


def test_an_attack_on_a_displacement_site_is_on_civilians_by_whom_it_is_attributed_to(analyze):
    text = (
        "On Sunday night, armed men attributed by local authorities to the CODECO militia attacked the Ngazba "
        "displacement site near Fataki."
    )
    event = only_event(analyze, text)
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert event.actor1 is not None and "CODECO" in (event.actor1.name + event.actor1.text), event.actor1


def test_soldiers_captured_alive_in_a_battle_toll_are_no_arrest(analyze):
    text = (
        "On 14 May our forces attacked the army outpost on the Sittwe road. "
        "Twenty-seven enemy soldiers were killed, nine were captured alive and a large quantity of weapons was seized."
    )
    events = analyze(text, published="2025-05-17").events
    assert not [e for e in events if e.sub_event_type == "Arrests"], [
        (e.sub_event_type, e.evidence.text) for e in events
    ]


def test_ground_a_rebel_speaker_says_our_forces_took_is_overtaken_not_regained(analyze):
    text = "On 14 May, after fighting that lasted until the evening, our forces captured the army outpost near Sittwe."
    events = analyze(text, published="2025-05-17", outlet="Arakan Army").events
    taken = next(e for e in events if e.event_type == "Battles" and "captured" in e.trigger.text)
    assert taken.sub_event_type == "Non-state actor overtakes territory", taken.sub_event_type


@pytest.mark.parametrize("verb", ["repelled", "confronted"])
def test_repelling_the_attack_told_before_is_part_of_that_attack(analyze, verb):
    text = (
        "On 15 May, ARSA fighters attacked our security posts near the village of Kyein Chaung, north of Maungdaw. "
        f"Our forces {verb} the attack and killed six of the attackers."
    )
    event = only_event(analyze, text, published="2025-05-17")
    assert event.killed == Count(6, 6), event.killed


def test_what_a_report_claimed_and_the_next_sentence_calls_false_is_denied_by_the_writer(analyze):
    text = (
        "The ministry rejects the report published on Sunday by a foreign website.\n\n"
        "First: the report claimed that a Jordanian air strike on Thursday killed a family of six near the Syrian "
        "village of Umm al-Rumman. This is false."
    )
    event = only_event(analyze, text, published="2025-03-10")
    assert event.status == "denied", event.status
    assert event.attribution.source == "author", event.attribution


def test_a_claim_called_a_complete_fabrication_is_denied_and_annihilated_counts_the_dead(analyze):
    text = (
        "The military council's claim that its troops annihilated more than 50 AA fighters in the battle near "
        "Sittwe on 15 May is a complete fabrication."
    )
    event = only_event(analyze, text, published="2025-05-17")
    assert event.status == "denied", event.status
    assert event.killed == Count(51, None), event.killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Last week two gunmen shot dead a schoolteacher outside a bakery in Tabqa.", Count(1, 1)),
        ("Three civilians killed Tuesday in Gaza.", Count(3, 3)),
        ("Five people killed in a strike on Monday.", Count(5, 5)),
    ],
)
def test_a_number_before_an_active_verb_of_killing_counts_the_killers_not_the_dead(sentence, killed):
    assert counts_in_text(sentence).get("killed") == killed, counts_in_text(sentence)


def test_men_rounded_up_and_executed_are_killed_not_arrested(analyze):
    text = (
        "On Tuesday soldiers surrounded the village north of Djenné, rounded up men at the weekly market and "
        "executed at least 12 of them behind the health centre."
    )
    event = only_event(analyze, text, published="2025-11-19")
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert event.killed == Count(12, None), event.killed


def test_rounded_up_and_shot_is_an_execution_with_its_dead(analyze):
    text = "On Sunday soldiers rounded up and shot seven men at the weekly fair near Djenné."
    assert only_event(analyze, text, published="2025-11-19").killed == Count(7, 7)


def test_a_threat_in_the_first_person_with_an_if_clause_is_planned(analyze):
    events = analyze("If Hezbollah tries to rebuild its missile arsenal in the Bekaa, we will strike it again.").events
    assert events and events[0].status == "planned", [(e.status, e.evidence.text) for e in events]


def test_who_boasts_of_an_act_is_its_source(analyze):
    text = "The Ukrainian General Staff boasted that its drones had hit the Saratov oil refinery on Monday."
    event = only_event(analyze, text)
    assert event.attribution.source == "Ukrainian General Staff", event.attribution


def test_repelling_as_the_scene_of_another_act_continues_nothing(analyze):
    text = (
        "On 27 February, militants in the Idlib de-escalation zone launched a large-scale offensive against "
        "positions of the Syrian army. While repelling the attack, Syrian government aircraft struck the "
        "militants' combat formations near Behun."
    )
    events = analyze(text, published="2020-02-28").events
    offensive = next(e for e in events if "offensive" in e.evidence.text)
    assert "aircraft" not in offensive.evidence.text, offensive.evidence.text


def test_a_sides_own_telling_of_what_its_strike_destroyed_is_a_version_of_that_strike(analyze):
    text = (
        "On Tuesday, an army drone struck a weekly market in a village about 25 km north of Dori. Residents said "
        'at least 20 civilians were killed. The army said it had destroyed "a terrorist gathering" in the area.'
    )
    events = analyze(text, published="2025-05-16").events
    told = [e for e in events if "terrorist gathering" in e.evidence.text]
    assert told and told[0].sub_event_type == "Air/drone strike", [(e.sub_event_type, e.evidence.text) for e in events]
    assert told[0].attribution.source == "army", told[0].attribution


def test_gunmen_loyal_to_a_named_side_are_that_side(analyze):
    text = "On Thursday, gunmen loyal to the former regime ambushed a General Security patrol near Jableh."
    event = only_event(analyze, text, published="2025-03-08")
    assert event.actor1 is not None and event.actor1.name == "Former Regime Loyalists (Syria)", event.actor1


def test_whom_the_doer_killed_in_a_battle_was_the_other_side(analyze):
    text = "Jordanian troops eliminated more than 20 smugglers in close-quarters battles near the border on Monday."
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Jordan", event.actor1
    assert event.actor2 is not None and event.actor2.name == "Smugglers", event.actor2


def test_a_clause_before_a_semicolon_is_not_what_the_next_clause_called(analyze):
    text = (
        "The army said it had hit a Hamas training compound in the camp on Monday; "
        "Hamas called that a lie and said the building was a sports hall used by teenagers."
    )
    events = analyze(text, published="2025-11-28").events
    assert [e.trigger.text for e in events] == ["hit"], [(e.trigger.text, e.evidence.text) for e in events]


def test_a_toll_from_a_dated_strike_with_its_doer_and_target_is_that_strike(analyze):
    text = (
        "The toll from last week's Israeli strike on the Ain al-Hilweh refugee camp, on the outskirts of Sidon, "
        "rose to 14 after two of the wounded died, Lebanon's health ministry said."
    )
    event = only_event(analyze, text, published="2025-11-28")
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel", event.actor1
    assert (event.killed.min, event.killed.max) == (14, 14), event.killed


def test_a_dated_clash_without_its_own_sides_is_still_one_told_before(analyze):
    text = "Two members of the group were killed in Sunday's clash, its commander said on Tuesday."
    events = analyze(text, published="2025-11-28").events
    assert all(e.trigger.text != "clash" for e in events), [e.trigger.text for e in events]


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("Gunmen have killed nine people in the past week.", dt.date(2016, 10, 9), dt.date(2016, 10, 16)),
        ("Gunmen have killed nine people over the past month.", dt.date(2016, 9, 16), dt.date(2016, 10, 16)),
        ("Gunmen killed nine people last week.", dt.date(2016, 10, 3), dt.date(2016, 10, 9)),
    ],
)
def test_the_past_week_ends_with_the_article_but_last_week_is_the_calendar_week(phrase, start, end):
    (time,) = find_times(phrase, dt.date(2016, 10, 16))
    assert (time.range.start, time.range.end) == (start, end), time.range


def test_a_weapon_that_wounded_in_a_clause_of_its_own_is_an_act_of_its_own(analyze):
    text = (
        "Elsewhere in the province in the past week, unknown gunmen shot dead a former opposition commander in "
        "Nawa on Friday evening, and an explosive device wounded two General Security members at the entrance "
        "to Tafas on Wednesday."
    )
    events = analyze(text, published="2025-10-16").events
    by_type = {e.sub_event_type: e for e in events}
    assert set(by_type) == {"Attack", "Remote explosive/landmine/IED"}, [e.sub_event_type for e in events]
    shooting, blast = by_type["Attack"], by_type["Remote explosive/landmine/IED"]
    assert shooting.date is not None and shooting.date.start == dt.date(2025, 10, 10), shooting.date
    assert blast.date is not None and blast.date.start == dt.date(2025, 10, 15), blast.date
    assert blast.location is not None and "Tafas" in blast.location.text, blast.location
    assert blast.injured is not None and (blast.injured.min, blast.injured.max) == (2, 2), blast.injured


def test_infiltrators_killed_at_the_border_were_the_other_side_of_a_clash(analyze):
    text = (
        "The Iraqi Border Guard Command said its forces killed three armed infiltrators trying to cross from "
        "Syria about 25 km west of Sinjar early on Monday."
    )
    event = only_event(analyze, text, published="2024-04-16")
    assert event.sub_event_type == "Armed clash", event.sub_event_type
    assert event.killed is not None and (event.killed.min, event.killed.max) == (3, 3), event.killed


def test_an_attack_with_rifles_and_mortars_is_a_fight_named_by_its_first_weapon(analyze):
    text = (
        "Dozens of fighters attacked the police station in Morales with rifles and homemade mortars on Tuesday, "
        "killing or wounding eleven officers."
    )
    assert only_event(analyze, text).sub_event_type == "Armed clash"


def test_armed_men_raiding_a_village_and_burning_its_houses_attack_its_people(analyze):
    text = (
        "On 19 May, armed men on motorcycles attacked the village of Kera-Dogo, about 15 km east of Bandiagara, "
        "burning granaries and houses and driving off livestock."
    )
    assert only_event(analyze, text, published="2025-05-23").sub_event_type == "Attack"


def test_gunmen_who_attacked_villages_and_were_driven_back_fought(analyze):
    text = (
        "Tribal gunmen attacked the outskirts of al-Thaala on Tuesday and were repelled, with three local "
        "defenders killed or wounded."
    )
    event = only_event(analyze, text, published="2025-10-16")
    assert event.sub_event_type == "Armed clash", event.sub_event_type
    assert event.casualties is not None and (event.casualties.min, event.casualties.max) == (3, 3), event.casualties


def test_a_porter_who_died_fleeing_border_guards_shots_was_attacked(analyze):
    text = (
        "On 14 January, a 17-year-old kolbar died after falling into a ravine near the Bashmaq border crossing, "
        "west of Marivan, while fleeing shots fired by Border Guards."
    )
    event = only_event(analyze, text, published="2025-02-01")
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert event.killed is not None and (event.killed.min, event.killed.max) == (1, 1), event.killed


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("In the last days of March, fighters attacked the station.", dt.date(2026, 3, 25), dt.date(2026, 3, 31)),
        ("In the first week of March, fighters attacked the station.", dt.date(2026, 3, 1), dt.date(2026, 3, 7)),
        ("Fighters attacked the station early this month.", dt.date(2026, 4, 1), dt.date(2026, 4, 10)),
        ("Fighters attacked the station late last month.", dt.date(2026, 3, 21), dt.date(2026, 3, 31)),
    ],
)
def test_the_opening_or_closing_days_of_a_month(phrase, start, end):
    (time,) = find_times(phrase, dt.date(2026, 4, 20))
    assert (time.range.start, time.range.end) == (start, end), time.range


def test_troops_backed_by_a_mission_retook_the_base_themselves(analyze):
    text = "MOGADISHU - Troops backed by AUSSOM forces retook the base in Awdheegle by evening, the army said."
    event = only_event(analyze, text, published="2025-03-30")
    assert event.sub_event_type == "Government regains territory", event.sub_event_type
    assert event.actor1 is not None and "AUSSOM" not in (event.actor1.text or ""), event.actor1


def test_guards_who_intercepted_people_fought_them_and_downed_no_weapon(analyze):
    text = (
        "Border guards of the Eastern Military Zone intercepted them, and in the firefight that followed a captain "
        "was killed and two soldiers were wounded."
    )
    assert only_event(analyze, text).sub_event_type == "Armed clash"


def test_a_vehicle_blown_up_with_an_explosive_device_is_an_ied_attack(analyze):
    text = 'Amaq said its fighters blew up a vehicle of "the apostates" with an explosive device near Tabqa on Monday.'
    assert only_event(analyze, text).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "PKK fighters attacked a Turkish base in the Zap region with rockets and small arms on Sunday.",
            "Armed clash",
        ),
        (
            "Government forces shelled the villages of Walgha and al-Majdal with mortars and heavy machine guns "
            "on Sunday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_small_arms_beside_rockets_make_an_assault_a_fight_but_not_a_shelling(analyze, text, sub_type):
    assert only_event(analyze, text).sub_event_type == sub_type


def test_settlers_who_sprayed_slogans_destroyed_property_and_did_not_protest(analyze):
    text = (
        "Near Nablus, settlers set fire to two cars and a tractor in the village of Burin overnight and sprayed "
        "slogans on the school wall, the village council said."
    )
    assert only_event(analyze, text).sub_event_type == "Looting/property destruction"


def test_what_the_aggression_hit_it_hit_from_the_air(analyze):
    text = (
        'Houthi-run al-Masirah TV said the "US-British aggression" hit a fishermen\'s gathering point in al-Salif, '
        "north of Hodeidah, on Friday, killing two fishermen and wounding four."
    )
    assert only_event(analyze, text).sub_event_type == "Air/drone strike"


def test_it_that_carried_out_a_strike_is_who_said_so(analyze):
    text = (
        "US Africa Command said on Tuesday it carried out an air strike about 30 km north-west of Marka, killing "
        '"several" al-Shabaab fighters.'
    )
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of the United States", event.actor1


@pytest.mark.parametrize(
    ("claim", "doer"),
    [("Al-Shabaab claimed the attack.", "Al-Shabaab"), ("No group claimed the attack.", "Unidentified Armed Group")],
)
def test_a_named_groups_claim_in_the_next_sentence_names_the_doer(analyze, claim, doer):
    text = (
        "A suicide bomber drove an explosives-laden car into a checkpoint on the outskirts of Afgooye on Monday, "
        f"killing at least five soldiers, police said. {claim}"
    )
    event = only_event(analyze, text)
    assert event.actor1 is not None and event.actor1.name == doer, event.actor1


def test_fighting_that_broke_out_between_two_sides_named_after_a_place_has_both(analyze):
    text = (
        "Fighting broke out overnight around the border village of Hawsh al-Sayyed Ali, north of Hermel, between "
        "Syrian government forces and armed men from Lebanese clans, leaving nine people wounded."
    )
    event = only_event(analyze, text, published="2025-03-17")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Syria", event.actor1
    assert event.actor2 is not None and "clans" in event.actor2.text, event.actor2


def test_a_corrected_death_toll_counts_the_dead(analyze):
    text = (
        "An Israeli air strike hit a house in Nabatieh on Tuesday. The death toll in the air strike was 21, "
        "not 31, the ministry said."
    )
    events = analyze(text, published="2025-03-17").events
    assert [(e.killed.min, e.killed.max) for e in events if e.killed] == [(21, 21)], [e.killed for e in events]


def test_a_tally_of_attacks_is_not_typed_by_the_strike_told_before(analyze):
    text = (
        "A roadside bomb hit an army patrol near Hawija on Sunday, killing two soldiers. "
        "According to the Joint Operations Command, Islamic State fighters carried out 14 attacks in Kirkuk "
        "province in the first nine months of the year."
    )
    tally = next(e for e in analyze(text, published="2025-10-06").events if e.aggregate)
    assert tally.sub_event_type != "Remote explosive/landmine/IED", tally.sub_event_type


def test_a_claim_said_the_next_day_keeps_the_day_of_the_act_it_retells(analyze):
    text = (
        "A suicide car bomber attacked a military camp in Mudiyah on Sunday. "
        "Al-Qaeda said on Monday that its martyrdom-seeker had killed 30 members of the separatist militia."
    )
    claim = next(e for e in analyze(text, published="2024-08-20").events if e.killed)
    assert claim.date.start == dt.date(2024, 8, 18), claim.date


def test_a_claim_said_on_a_day_about_another_place_keeps_the_day_of_the_saying(analyze):
    text = (
        "An Israeli drone struck a car in Bint Jbeil on Monday, killing one man. "
        "UNIFIL said on Tuesday that an Israeli drone had dropped a grenade near a patrol of peacekeepers "
        "on the outskirts of Marjayoun."
    )
    claim = next(e for e in analyze(text, published="2025-09-03").events if "UNIFIL" in e.evidence.text)
    assert claim.date.start == dt.date(2025, 9, 2), claim.date


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        pytest.param(
            "A drone struck a car on the road into Sinune on Sunday, killing two fighters and their driver.",
            3,
            id="a-group-and-their-driver-killed-add-up",
        ),
        pytest.param(
            (
                "State media said gunmen had attacked a border guard post east of Saravan on Monday, that two border "
                "guards were martyred and that three attackers were killed in the exchange of fire."
            ),
            5,
            id="each-sides-dead-told-in-that-clauses-add-up",
        ),
        pytest.param(
            "A boy of 13 was killed on Saturday when a device left over from the war exploded near Bashiqa.",
            1,
            id="a-boy-of-13-killed-is-one-dead-not-thirteen",
        ),
        pytest.param(
            "Insurgents beheaded four civilians in the coastal village of Mbau on Sunday.",
            4,
            id="beheaded-civilians-are-counted-as-killed",
        ),
        pytest.param(
            (
                "Two gunmen on a motorcycle shot dead Nizar Haddad, 52, a secondary-school teacher, and his son Ali, 19, "
                "outside their home in Jableh on Tuesday night."
            ),
            2,
            id="a-named-victim-with-age-and-trade-and-his-son-are-two-dead",
        ),
        pytest.param(
            (
                "The body of a shepherd missing since Monday was found on Wednesday in a ravine near the village of "
                "Beit Yashout, with gunshot wounds to the head."
            ),
            1,
            id="the-body-of-a-shepherd-found-is-one-dead",
        ),
    ],
)
def test_the_dead_are_counted_in_these_forms(analyze, text, dead):
    assert only_event(analyze, text).killed == Count(dead, dead)


def test_over_the_past_day_is_the_day_before_publication_and_that_day(analyze):
    text = "Russian troops attacked Ukrainian positions near Vovchansk 11 times over the past day."
    event = only_event(analyze, text, published="2026-01-21")
    assert (event.date.start, event.date.end) == (dt.date(2026, 1, 20), dt.date(2026, 1, 21)), event.date


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [  # "traded fire"; an old feud, a new fight; "raped" (the tagger's lemma is "rap")
        ("Gunmen from the border villages traded fire with Syrian forces across the Orontes on Monday.", "Armed clash"),
        ("The old feud between two clans of Baalbek flared again in the al-Sharawneh neighbourhood.", "Armed clash"),
        ("Men in RSF uniforms raped three women at a checkpoint west of El Fasher last week.", "Sexual violence"),
    ],
)
def test_traded_fire_an_old_feud_flaring_again_and_rape_are_events(analyze, text, sub_type):
    assert only_event(analyze, text).sub_event_type == sub_type


def test_a_day_before_dates_from_the_act_told_before(analyze):
    text = (
        "A drone hit a bus stop in Kupiansk on Tuesday afternoon. "
        "A day before, a Russian artillery strike on the village of Kivsharivka wounded a 40-year-old man."
    )
    shelling = next(e for e in analyze(text, published="2026-01-21").events if "Kivsharivka" in e.evidence.text)
    assert shelling.date.start == dt.date(2026, 1, 19), shelling.date


def test_a_campaign_that_will_begin_is_planned(analyze):
    text = "A campaign to seize unlicensed medium and heavy weapons in the northern districts will begin on Sunday."
    assert only_event(analyze, text).status == "planned"


def test_fire_on_supporters_marching_is_one_event_of_force_with_its_toll(analyze):
    text = (
        "In Pemba, police fired tear gas and live rounds at several hundred opposition supporters marching on the "
        "main avenue to contest the election results, killing a 19-year-old student and wounding three others."
    )
    event = only_event(analyze, text)
    assert event.sub_event_type == "Excessive force against protesters", event.sub_event_type
    assert (event.killed, event.injured) == (Count(1, 1), Count(3, 3))


def test_killings_told_after_a_rape_are_not_that_rape(analyze):
    text = (
        "Men in RSF uniforms raped three women at a checkpoint west of El Fasher last week. "
        "If the RSF takes El Fasher, the killings that followed its capture of El Geneina in 2023 could be repeated."
    )
    events = analyze(text, published="2024-12-04").events
    killings = [e for e in events if "killings" in e.evidence.text]
    assert killings and all(e.sub_event_type != "Sexual violence" for e in killings), events


def test_a_claim_the_next_sentence_calls_lies_is_denied(analyze):
    text = (
        "Hostile pages claim that our forces killed a young man during a raid in al-Karama on Saturday. These are lies."
    )
    assert only_event(analyze, text).status == "denied"


def test_a_denial_of_reports_circulated_by_pages_claiming_a_strike_denies_it(analyze):
    text = (
        "The General Command categorically denies the reports circulated by some media outlets and pages claiming "
        "that Royal Jordanian Air Force aircraft struck residential houses in the Syrian village of Arman."
    )
    assert only_event(analyze, text).status == "denied"


def test_a_final_toll_with_its_victims_named_counts_the_clash_told_vaguely_before(analyze):
    text = (
        "At 7:15 pm yesterday, a dispute between two clans in the al-Dair district developed into an armed clash. "
        "The clash killed and wounded a number of people. The final toll received by the Command is three dead, "
        "namely two members of one of the clans and a passer-by aged 15, and eight wounded."
    )
    clash = analyze(text, published="2025-02-13").events[0]
    assert (clash.killed, clash.injured) == (Count(3, 3), Count(8, 8)), clash


def test_a_toll_raised_from_a_strike_to_a_number_counts_the_dead():
    text = (
        "The Civil Defence has raised the toll from this morning's strike in Beit Lahia to 23, including nine children."
    )
    assert counts_in_text(text) == {"killed": Count(23, 23)}


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [  # armed men driven out of an area; units destroyed in a claimed fight
        (
            'The ELN said its fighters had "expelled" the dissidents from the area of La Gabarra on Monday.',
            "Non-state actor overtakes territory",
        ),
        (
            "Ukraine's army said its troops had destroyed two Russian assault groups near Kamianka on Tuesday.",
            "Armed clash",
        ),
    ],
)
def test_expelled_from_an_area_and_assault_groups_destroyed_are_battles(analyze, text, sub_type):
    assert only_event(analyze, text).sub_event_type == sub_type


def test_diplomats_expelled_are_no_event(analyze):
    assert not analyze("Turkey expelled two diplomats on Monday.").events


def test_that_monday_is_the_monday_of_the_date_told_before(analyze):
    text = (
        "A Djibo teacher on the attack of 12 May. Where were you when it began? At home. "
        "At dawn on that Monday they attacked the military camp from three sides."
    )
    attack = next(e for e in analyze(text, published="2025-05-28").events if "that Monday" in e.evidence.text)
    assert attack.date.start == dt.date(2025, 5, 12), attack.date


def test_the_victims_of_sexual_violence_are_civilians_not_the_town_nearby(analyze):
    event = only_event(analyze, "Men in RSF uniforms raped them at a checkpoint west of El Fasher last week.")
    assert event.actor2 is not None and event.actor2.actor_id == "civilians", event.actor2


def test_protests_opposition_leaders_have_called_for_are_planned(analyze):
    text = "Operators should avoid the city centre during protests, which opposition leaders have called for every day."
    assert only_event(analyze, text).status == "planned"


def test_one_of_the_rounds_told_before_hitting_a_bakery_is_that_shelling(analyze):
    text = (
        "At dawn, mortar rounds landed in the southern neighbourhoods of Suwayda city. "
        "One hit a bakery near the Tishreen roundabout, wounding the baker and his nephew."
    )
    (shelling,) = analyze(text, published="2025-08-05").events
    assert shelling.injured == Count(2, 2), shelling


def test_it_after_a_group_the_dictionary_shares_is_that_group(analyze):
    text = (
        "Gunmen shot dead a teacher in Jableh on Tuesday night. "
        "General Security said it had arrested two suspects in Jableh on Wednesday."
    )
    arrest = next(e for e in analyze(text, published="2025-09-18").events if e.sub_event_type == "Arrests")
    assert arrest.actor1 is not None and arrest.actor1.name == "General Security Service (Syria)", arrest.actor1


def test_a_dispute_between_two_clans_that_developed_into_a_clash_has_them_as_its_sides(analyze):
    text = "A dispute over farmland between two clans in Daquq developed into an armed clash on Wednesday."
    event = only_event(analyze, text, published="2025-02-13")
    assert "clans" in event.actor1.text.lower() and event.actor2 is not None, (event.actor1, event.actor2)


def test_a_toll_received_from_a_directorate_keeps_the_clash_its_doers(analyze):
    text = (
        "A dispute between two clans in Daquq developed into an armed clash on Wednesday. The final toll received "
        "by the Command from the Health Directorate is three dead and eight wounded."
    )
    (clash,) = analyze(text, published="2025-02-13").events
    assert (clash.killed, clash.injured) == (Count(3, 3), Count(8, 8)), clash
    assert "clans" in clash.actor1.text.lower(), clash.actor1
