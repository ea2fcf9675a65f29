"""Actor resolution: every mention form, the fallback, context rules."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from sitrep.model import Actor
from sitrep.stages.actors import ActorResolver, lexicon, resolve_in_context, state_forces


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(lexicon())


@pytest.mark.parametrize(
    "phrase, head, name",
    [
        ("ISIS", "ISIS", "Islamic State"),
        ("Daesh", "Daesh", "Islamic State"),
        ("the Islamic State group", "group", "Islamic State"),
        ("Hizballah fighters", "fighters", "Hezbollah"),
        ("American troops", "troops", "Military Forces of the United States"),
        ("Russian bombers", "bombers", "Military Forces of Russia"),
        ("Norwegian special forces", "forces", "Military Forces of Norway"),
        ("Turkish-backed factions", "factions", "Syrian National Army"),
        ("Kurdish-led forces", "forces", "Syrian Democratic Forces"),
        ("residents", "residents", "Civilians"),
        ("a young shepherd", "shepherd", "Civilians"),
        ("a 24-year-old pharmacist", "pharmacist", "Civilians"),
        ("a vegetable trader", "trader", "Civilians"),
        ("an opposition commander", "commander", "Commander"),
        ("an Israeli helicopter gunship", "gunship", "Military Forces of Israel"),
        ("a Russian warplane", "warplane", "Military Forces of Russia"),
    ],
)
def test_mention_forms_resolve_to_canonical_actors(resolver, phrase, head, name):
    found = resolver.resolve(phrase, head=head)
    assert found is not None and name in found[0].name, found


def test_a_sponsor_is_not_the_actor(resolver):
    actor, _ = resolver.resolve("US-backed rebels", head="rebels")
    assert "United States" not in actor.name


def test_unknown_group_gets_a_well_formed_fallback(resolver):
    actor, how = resolver.resolve("the Lions of the Desert Brigade", is_entity=True, head="Brigade")
    assert how == "fallback" and actor.name == "Lions Of The Desert Brigade" and actor.kind in range(1, 9)


@pytest.mark.parametrize(
    "country, expected",
    [("SY", "asayish-rojava"), ("IQ", "krg-asayish"), ("LB", None), (None, None)],
)
def test_a_name_several_actors_share_takes_the_one_of_the_events_country(resolver, country, expected):
    shared, how = resolver.resolve("the Asayish", is_entity=True, head="Asayish")
    assert how == "fallback" and shared.name == "Asayish"
    resolved = resolve_in_context(shared, country, dt.date(2024, 8, 16))
    assert resolved.actor_id == expected and resolved.name == ("Asayish" if expected is None else resolved.name)


@pytest.mark.parametrize(
    "rule, country, day, expected",
    [
        ("@regime", "SY", dt.date(2020, 1, 1), "syria-forces"),
        ("@regime", "SY", dt.date(2025, 3, 1), "former-regime-loyalists"),
        ("@occupation", "PS", dt.date(2024, 1, 1), "israel-forces"),
        ("@occupation", "SY", dt.date(2023, 11, 1), "us-forces"),
        ("@resistance", "LB", dt.date(2024, 1, 1), "hezbollah"),
        ("@resistance", "IQ", dt.date(2024, 1, 1), "islamic-resistance-in-iraq"),
    ],
)
def test_description_rules_resolve_by_place_and_date(rule, country, day, expected):
    described = Actor(text="x", name="X", kind=3, actor_id=rule)
    assert resolve_in_context(described, country, day).actor_id == expected


def test_state_forces_abroad_are_external_forces():
    turkish = state_forces("TR", "Turkish drone")
    assert resolve_in_context(turkish, "SY", None).kind == 8
    assert resolve_in_context(turkish, "TR", None).kind == 1


def test_generic_actors_take_the_event_country():
    gunmen = Actor(text="gunmen", name="Unidentified Armed Group", kind=3, actor_id="unidentified-armed-group")
    assert resolve_in_context(gunmen, "IQ", None).country == "IQ"


def test_the_dictionary_loads_fast():
    lexicon.cache_clear()
    started = time.perf_counter()
    lexicon()
    assert time.perf_counter() - started < 1.0


def test_back_reference_to_the_group_named_in_the_paragraph(analyze):
    text = "Hayat Tahrir al-Sham said on Friday the group had killed five soldiers near Saraqib."
    mentions = analyze(text).actors
    assert any(m.how == "pronoun" and m.actor.name.startswith("Hayat Tahrir") for m in mentions)


def test_a_bare_army_in_the_west_bank_is_israels_and_its_security_forces_the_pas():
    from sitrep.model import Actor
    from sitrep.stages.actors import resolve_in_context

    army = resolve_in_context(
        Actor(text="an army jeep", name="", kind=1, actor_id="@state_forces_of_context"), "PS", None
    )
    police = resolve_in_context(
        Actor(text="security forces", name="", kind=1, actor_id="@state_forces_of_context"), "PS", None
    )
    assert army is not None and army.name == "Military Forces of Israel", army
    assert police is not None and police.name != "Military Forces of Israel", police


def test_a_countrys_possessive_force_is_its_forces(analyze):
    mentions = analyze("Israel's navy attacked the port on Tuesday.").actors
    assert [(m.text, m.actor.country) for m in mentions] == [("Israel's navy", "IL")]


def test_a_victim_mention_keeps_its_whole_age_phrase(analyze):
    event = analyze("Headline\n\nA 27-year-old man was shot dead in Jenin on Monday.").events[0]
    assert event.actor2 is not None and event.actor2.text == "A 27-year-old man", event.actor2


def test_description_rules_reach_beyond_the_middle_east():
    import datetime as dt

    from sitrep.stages.actors import ActorResolver, lexicon, resolve_in_context

    found = ActorResolver(lexicon()).resolve("the mujahideen")
    assert found is not None
    mujahideen = found[0]
    assert (mujahideen.actor_id, mujahideen.kind) == ("@resistance", 3), mujahideen
    assert resolve_in_context(mujahideen, "ML", dt.date(2025, 3, 1)).name == "Jama'at Nusrat al-Islam wal-Muslimin"
    unknown = resolve_in_context(mujahideen, "PE", dt.date(2025, 3, 1))
    assert unknown.kind == 3 and unknown.actor_id is None, unknown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Taiz, the mercenaries' artillery shelled the al-Hawban neighbourhood on Saturday.",
            "Military Forces of Yemen",
        ),
        ("The mercenaries shelled the town of Jindires in Afrin with mortars on Sunday.", "Syrian National Army"),
    ],
)
def test_mercenaries_are_the_enemy_the_side_calls_so(analyze, text, expected):
    event = analyze(text, published="2023-06-10").events[0]
    assert event.actor1 is not None and event.actor1.name == expected, event.actor1


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "TABQA, 16 August - In Tabqa, the Internal Security Forces (Asayish) arrested five members of an ISIS cell.",
            "Asayish (North and East Syria)",
        ),
        (
            "DEIR EZ-ZOR, 15 August 2024 - Mercenaries loyal to the Damascus regime attacked the village of Dhiban.",
            "Military Forces of Syria",
        ),
    ],
)
def test_a_description_takes_the_name_in_brackets_or_the_allegiance_after_it(analyze, text, name):
    events = analyze(text, published="2024-08-16").events
    assert [e.actor1.name for e in events if e.actor1] == [name]


def test_suspected_suppliers_are_the_arrested_not_the_market(analyze):
    text = "MAIDUGURI - Police arrested two suspected logistics suppliers to the terrorists at Monday Market on Sunday."
    (event,) = analyze(text, published="2025-06-23").events
    assert event.actor2 is not None and event.actor2.text.endswith("logistics suppliers"), event.actor2


def test_a_local_government_area_is_no_actor(analyze):
    text = (
        "On 20/06/2025 at about 2150hrs, a female suicide bomber detonated an improvised explosive device "
        "strapped to her body at a fish market in Konduga town, Konduga LGA."
    )
    assert "LGA" not in {m.text for m in analyze(text, published="2025-06-23").actors}


def test_our_heroes_are_the_speakers_fighters(analyze):
    text = "BAGHDAD, 12 March 2024 - Our heroes engaged the attackers in the Mutaibija area and forced them to flee."
    mentions = {m.text: m for m in analyze(text, published="2024-03-12").actors}
    assert mentions["Our heroes"].actor.actor_id == "@speaker", mentions["Our heroes"]


def test_outlaws_rounded_up_and_riders_killed_are_named_by_what_they_are(analyze):
    text = (
        "Security forces launched a combing campaign in the Jableh countryside on Monday, arresting 14 outlaws. "
        "An Israeli drone fired a missile at a motorcycle near Khiam on Tuesday, killing its two riders."
    )
    events = analyze(text).events
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert arrest.actor2 is not None and arrest.actor2.text == "14 outlaws", arrest.actor2
    assert strike.actor2 is not None and strike.actor2.name == "Civilians", strike.actor2
