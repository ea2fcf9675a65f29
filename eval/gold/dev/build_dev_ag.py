"""Writes dev_ag.gold.jsonl: fourteen development articles, nine from the Middle East - southern Iraq (al-Dair district
north of Basra, Majar al-Kabir south of Amarah in Maysan, Nasiriyah in Dhi Qar), central Syria's Hama and Homs
countryside (Uqayribat east of Salamiyah, near Talkalakh, Mhardeh, Homs city, the Palmyra-al-Sukhnah road, Talbiseh,
Hama city), northern Lebanon (Bab al-Tabbaneh and Abu Samra in Tripoli; Bebnine and Halba in Akkar), central Gaza
(the Nuseirat camp, eastern Deir al-Balah, east of al-Bureij), the northern West Bank (Tammun south of Tubas, al-Far'a
camp, Balata camp in Nablus, Burin south of Nablus), southern Yemen (Wadi Omran in Abyan's Mudiyah district, the
Zinjibar-Shuqra road, Ja'ar; near Nisab, Ataq, Markha district in Shabwa), Iran's Kermanshah province (the heights
above Nowsud, Javanrud, the mountains north of Ravansar, Kermanshah city), south-east Turkey (Hakkari city,
Diyarbakir's Bağlar district, Çukurca district; Sur and Yüksekova as background) and Israel's Gaza envelope and Negev
(Sderot and Netivot, Beit Hanoun across the fence, an unrecognised Bedouin village east of Beersheba, Rahat) - and five
from elsewhere - Niger's Tillabéri region (a village in Gotheye department, Téra department; Niamey; Inates as
background), Cameroon's Far North (a village south of Mozogo, Kolofata, the Mora-Kolofata road north of Mora, near
Amchide, Mora), Sudan's West Darfur (El Geneina, its airport, Ardamata and al-Jamarik; Kereneik; Adre across the
border in Chad), Ukraine's Donetsk oblast (Novooleksandrivka, Horlivka, Donetsk city, Kramatorsk, Mariupol;
Kostiantynivka in a forecast) and Myanmar's Sagaing Region (a village in Kani Township, the Kani-Monywa road, near
Monywa; Pazigyi as background) - published 2024-2026, written for this project in our own words, with hand-made gold
events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, the outlet kinds and layouts chosen to differ from one another (a local news site, a monitor's
timed daily log, a police directorate's communiqué, a live blog, a partisan outlet, a weekly security brief, a
question-and-answer interview, a feature with quotes, a correction notice over its corrected article, a wire story, an
NGO alert with numbered items and (U) grades, a newsletter round-up under section heads, a state news agency, a
fact-check with claim and verdict), the set rich in what coders find hard - counts in words, ranges ("between 20 and
30", "between 10,000 and 15,000"), "at least", "dozens", "several", "killed or wounded", kin and ages; tolls told a
sentence later or revised; relative dates and places; attribution chains ("citing"), claims, blame, denials; two
versions of one event; uncertain perpetrators; aggregates; non-events:
(1) an Iraqi local site: a clan battle "on Monday night" north of Basra ("killing one man and wounding four others,
among them a 12-year-old boy") whose toll rises "By Tuesday morning", arrests, an elder's conditional, an IED at an
officer's home ("causing no casualties", "either" a drug network "or" a tribal dispute), a count, graduates
tear-gassed in Nasiriyah (one hit, five treated) with a police denial of live fire, a year's count, a metaphor; (2) a
Syrian monitor's daily log: a war-era landmine ("Two cousins, aged 15 and 19"), a man shot near Talkalakh with the
relatives' blame and the directorate's denial, arrests, a peaceful gathering, "Suspected Islamic State fighters" on a
desert checkpoint with unconfirmed captives, a kidnapping, a controlled detonation (no attack), the day's and the
year's tolls, a metaphor; (3) Lebanon's Internal Security Forces: a patrol fired on "At around 11:00 pm on Saturday"
(each side's wounded), an arrest "The next day", a grenade "At dawn on Monday" ("causing material damage but no
injuries"), a family feud's exchange of fire and its arrests, a road blocked with burning tyres, a denied beating, a
year's arrests, a warning; (4) a live blog on central Gaza: a night's strikes, a strike on a Nuseirat house
"overnight" (WAFA "citing" the Civil Defence: "at least seven", then the hospital's 11 and 20 wounded) beside the
army's "Hamas terrorist" in "central Gaza", tank fire ("A man and his 16-year-old son"), an evacuation order (no gold),
aid trucks looted by "either criminal gangs or clans" ("No staff were hurt"), a Qassam claim ("killing and wounding
its crew"), two tallies, June background, a quote; (5) a partisan Palestinian outlet: a drone strike "at dawn today"
("two brothers, aged 19 and 23") with the army's "terrorist cell", an al-Quds Brigades IED claim and the army's "no
soldiers were injured", bulldozers, arrests told as "abducted", a gun battle and stone-throwing (two shot, twelve
gassed), settlers "Yesterday afternoon", a tally, a threat, a metaphor; (6) a weekly brief on southern Yemen: a week's
count, an AQAP assault in two versions (STC media's four dead and six wounded / AQAP's "more than ten apostates"), a
roadside bomb "Two days later" blamed on AQAP or "a Houthi-linked cell", arrests, a tribal gunfight ("wounding several
others") and its truce, a road blocked in Ataq ("No injuries were reported"), "a suspected US drone strike", a count,
2011-2012 background, a forecast; (7) an interview on Kermanshah: border guards firing on porters "On Tuesday night"
of "last week" with the regiment's "smugglers", arrests "almost every day", a teacher taken "On Saturday", a gathering
dispersed "On Sunday", one clash in two versions (the Guards' two dead / PJAK's "several Guards and lost nobody"), a
year's count, June strikes as background, a conditional forecast; (8) a feature on Hakkari: a mayor detained "before
dawn on Monday", a trustee named (non-core Other), one protest told two ways (a crowd tear-gassed, a boy hurt / the
governor's "group that attacked the police", four officers hurt), a march in Diyarbakir, an IED in Çukurca, 2015-2016
background, protests announced; (9) a correction notice: a withdrawn "rocket hit a house in Sderot on Sunday,
wounding two people" and the corrected barrage "on Monday" ("no one was hurt by the rockets themselves", a woman who
fell on the way to a shelter), the interceptions, return fire, demolitions and arrests "east of Beersheba", a
peaceful protest, a war count, a conditional fear; (10) a Niger wire story: a market attack in two tolls ("at least
21" / the ministry's 17 killed by "armed bandits") with the residents' blame on ISSP, the pursuit ("some twenty
terrorists", "losing two soldiers") and an untolled drone strike, an abduction "on Wednesday night", a journalist
detained, Inates 2019, last year's toll, a vow; (11) an NGO alert from Cameroon's Far North: a night raid "about 10
km south of Mozogo" split into a killing, an abduction ("At least six women") and a vigilance committee's fight, a
suicide bombing ("killing herself and two worshippers") by either Boko Haram faction and a second bomber shot, a
landmine "about 5 km north of Mora", an unconfirmed army claim ("several terrorists"), arrests, a count, a forecast;
(12) a Sudan round-up: drones on El Geneina told by both sides (three civilians / "an RSF drone workshop" and
"dozens" killed), a month's count, two farmers shot with the Bar Association's blame and the governor's "personal
dispute", detentions, looting "on Friday night", a refugees' protest in Chad, 2023 background, a vow, a conditional;
(13) a Russian state agency on Donetsk oblast: a village "liberated" "after two days of fierce fighting" ("more than
40 servicemen killed or wounded") and Kyiv's denial, Horlivka shelled, a drone on a bus, one Iskander strike in two
versions ("between 20 and 30 servicemen" / four "civilians" and 12 wounded), an undated arrest, a year's count, an
expert's forecasts, a metaphor; (14) a fact-check on Sagaing: a viral "20 students and their teacher" (denied) against
the verified strike (seven killed, "at least nine" wounded), Pazigyi 2023 as the old footage, the junta paper's vague
"clearance operations", a "shot down" jet rated FALSE, a PDF ambush claim, villagers seized as human shields, a count.
The incidents are invented or composite, with invented names of people, outlets and some villages; the gold encodes
what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words (goldkit's
check_article, kept unchanged, caps a document at 450); check_ag below adds the 250-word floor and the
2024-01-01..2026-11-30 window to goldkit's check_article. dev-ag-07 and dev-ag-12 use typographic quotes, the rest
plain ASCII ones.

Run:  python3 build_dev_ag.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it the earlier sets'), kept unchanged - among
them "No one was hurt" / "causing no casualties" -> killed and injured 0..0, "causing no injuries" -> injured 0..0
only, "no staff were hurt" (one group) -> no number field; "dozens" 24..open; "several" 3..open; "at least N" N..open;
"more than N" N+1..open; "some N" -> N..N; an unsplit count -> casualties; one side's count in a clash -> N..open, both
sides told -> exact; a toll told later or revised -> folded into the core event, the other figures non-core copies;
"at least N" raised to M -> N..open; a wounded man who dies later -> killed N..N+1 and injured M-1..M; "N km
<direction> of X" -> LKM from a pinned town; "near X" / "on the outskirts of X" / "north of X" with no distance -> X's
point; districts, townships, departments, valleys, mountain areas and long roads -> names and country;
"overnight" / "on X night" -> both days; "last week" -> Monday to Sunday; uncertain or blamed perpetrators -> every
alternative plus unknown on the core, each blame a non-core copy with its own actor1; a party's claim -> core,
occurred, sourced to it; another object or other numbers named by another source -> one core event per version; the
same object told two ways -> one core event, the other telling a non-core copy; headlines (and key points, ledes,
verdicts) that state an event -> non-core copies; denials, an actor's own plans, threats and vows (planned), an
observer's forecasts and conditionals (hypothetical), aggregates and background -> non-core.
Added or made explicit here:
- A correction that withdraws an earlier version's event ("a rocket hit a house in Sderot on Sunday, wounding two
  people. That was wrong.") -> a non-core denied event sourced to the outlet itself; the corrected telling is the core.
- A rocket barrage "no one was hurt by the rockets themselves" plus a woman hurt falling on the way to a shelter ->
  killed 0..0, injured 0..1; people treated for anxiety are not counted.
- Tear-gas cases beside a named injury ("one was hit in the leg by a gas canister", five treated) -> injured 1..6; two
  shot and twelve gassed -> 2..14 (as dev_r's 1..5).
- A controlled detonation of found ordnance -> a non-core Strategic developments/Disrupted weapons use (as a bomb
  defused), with its "There were no casualties"; it is no attack.
- A partisan outlet's "abducted" for detentions by an army in a raid -> Strategic developments/Arrests; a raid by
  plainclothes agents who take a man "to an unknown place", and detentions by a de facto authority (the RSF) ->
  Arrests; villagers seized to walk ahead of a column as human shields -> Abduction/forced disappearance.
- One raid with killings, abductions and a fight with a village vigilance committee -> three core events (Attack,
  Abduction, Armed clash), the committee member's death in the clash; a would-be suicide bomber shot before detonating
  -> Disrupted weapons use with killed 1; a suicide bomber's own death counts ("killing herself and two worshippers" ->
  3).
- "killing and wounding its crew" (no number, not split) -> casualties 2..open.
- Two engagements told in one clause on one day -> one Battles event; "some twenty terrorists" plus "losing two
  soldiers" -> 22..22.
- A state's forces taking a village from another state's forces, told as "liberated" -> Battles/Government regains
  territory (ACLED: government forces taking a location from competing state forces); a ballistic missile fired from
  the ground -> Shelling/artillery/missile attack; "between 20 and 30 servicemen" -> 20..30.
- A police patrol fired on by gunmen who are answered -> Battles/Armed clash, both sides' wounded -> exact; a family
  feud's "exchange of fire" -> Battles between the families, the bystander's death in it.
- A drone-and-small-arms assault on a position -> one Battles event (the text stresses the assault).
- A viral claim rated false or misleading by a fact-checker -> non-core denied with the checker as source; a junta
  paper's "clearance operations" (no act specified, no number) -> a vague non-core Battles copy, as dev_r's army
  "confrontation"; a jet "shot down" -> Disrupted weapons use.
- A trustee appointed in an elected mayor's place -> a non-core Strategic developments/Other (a non-violent change of
  authority a system may code).
- A truce brokered by mediators the same evening as a tribal gunfight -> a core Agreement of its own.
- An elder's warning that "blood will answer blood" if killers are not handed over (a mediator's, not the clans'
  own) -> hypothetical, as an observer's conditional.
- An army statement that names only "central Gaza" beside a Nuseirat strike -> a core event of its own (another
  object), placed at Nuseirat's point with "central Gaza" among the names (the area lies within ~10 km).
- A claim undated within a day's live blog -> the blog's day and the day before.
- A trustee's "ten days" ban, evacuation orders, displacement figures, a coup year, an accident (a training aircraft's
  crash) -> no gold."""

import math

from goldkit import (
    ABDUCT,
    AGREE,
    AIR,
    ARRESTS,
    ATTACK,
    BAT,
    CIV,
    CLASH,
    DISRUPT,
    EXP,
    GOVREGAIN,
    GRENADE,
    IED,
    INTERVENTION,
    LOOT,
    NSAOVER,
    OTHER,
    PEACEFUL,
    PRO,
    PROTESTERS,
    RIOT,
    SHELL,
    STR,
    SUICIDE,
    UNK,
    VAC,
    VIOLENT,
    D,
    E,
    L,
    R,
    windowed_check,
    write_gold,
)

# ---------------------------------------------------------------- helpers


# goldkit's check_article (layout, at most 450 words, fields, values, ranges) plus this set's 250-word floor and
# its 2024-01-01..2026-11-30 publication window.
check_ag = windowed_check("2024-01-01", "2026-11-30", min_words=250)


def KM(lat, lon, km, bearing):
    """The point ``km`` kilometres from (lat, lon) on a compass bearing in degrees (0 north, 90 east), rounded to
    0.01 degree: the gold point for "5 km north of X" when the text gives a distance and a direction."""
    b = math.radians(bearing)
    dlat = km * math.cos(b) / 111.0
    dlon = km * math.sin(b) / (111.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 2), round(lon + dlon, 2)


def LKM(names, lat, lon, km, bearing, cc=None):
    """A gold location placed ``km`` from a pinned town on a bearing (see KM)."""
    plat, plon = KM(lat, lon, km, bearing)
    return L(names, plat, plon, cc)


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three
# letters are left out on purpose: the scorer matches by case-insensitive containment either way. Each
# list holds the canonical name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities, camps and bases we can pin to ~0.05 degrees from our own knowledge;
# villages, districts, townships, valleys, mountain areas, border sectors and sites we cannot pin get names and a
# country only, unless the text places them by a distance and a direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = [
    "United States",
    "US forces",
    "U.S. forces",
    "US military",
    "U.S. military",
    "American",
    "Military Forces of the United States",
]
ISRAEL = [
    "Israel",
    "Israeli",
    "Israel Defense Forces",
    "IDF",
    "Israeli military",
    "Israeli army",
    "Israeli troops",
    "Israeli forces",
    "Military Forces of Israel",
]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
PIJ = ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ", "al-Quds Brigades", "Quds Brigades", "Saraya al-Quds"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
UKRAINE = ["Ukraine", "Ukrainian", "Armed Forces of Ukraine", "AFU", "Ukrainian forces", "Ukrainian army",
           "Military Forces of Ukraine", "Ukrainian military"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents
# =============================================================================
# dev-ag-01  Iraqi local news site — southern Iraq: al-Dair district north of Basra, Majar al-Kabir south of Amarah (Maysan), Nasiriyah (Dhi Qar) (Wed 12 Mar 2025)
# =============================================================================
T01 = """Two dead in Basra clan battle; blast hits officer's home in Maysan; Nasiriyah job-seekers tear-gassed

Basra Gate | Local news | Wednesday 12 March 2025

BASRA - Members of two rival clans fought with medium weapons and rocket-propelled grenades for nearly three hours on Monday night in al-Dair district, north of Basra, killing one man and wounding four others, among them a 12-year-old boy, a police source told Basra Gate.

By Tuesday morning the toll had risen: a second man, a 40-year-old father of five, died of his wounds at al-Sadr Teaching Hospital, the source said.

The fighting between the al-Kawamil and al-Sadda clans grew out of a quarrel over a date palm orchard that began last month, residents said. Traffic on the main road between Basra and Qurna was cut for most of the night.

The Basra Operations Command deployed army units to the district on Tuesday and said it had arrested seven men from both clans and seized three rocket launchers. Elders from neighbouring tribes were trying to arrange a truce, but one of them warned that "blood will answer blood" if the killers are not handed over.

In Maysan province, an improvised explosive device went off outside the home of a police officer in Majar al-Kabir, south of Amarah, early on Tuesday, damaging the gate and a parked car but causing no casualties. A police official said the blast was either the work of a drug network the officer had pursued or part of a tribal dispute. It was the third such attack on the homes of security officers in the province since January.

In Nasiriyah, about 200 unemployed graduates who had gathered outside the Dhi Qar governorate building on Tuesday tried to force its main gate. Security forces fired tear gas to push them back, and the provincial health directorate said five protesters were treated for breathing problems and one was hit in the leg by a gas canister. Protesters said riot police had also fired live rounds into the air. A police spokesman denied that any live ammunition had been used.

Dhi Qar police recorded 46 tribal clashes in the province in 2024, more than in any year since 2019. "Basra is a barrel of gunpowder, and every clan has its own arsenal," said a retired police general.
"""

CLANS01 = ["rival clans", "two rival clans", "clan members", "al-Kawamil", "al-Sadda", "al-Kawamil clan",
           "al-Sadda clan", "clan militia", "clans", "tribal gunmen", "Members of two rival clans"]
IQARMY01 = ["Basra Operations Command", "Iraqi army", "army units", "army", "Military Forces of Iraq",
            "Iraqi security forces"]
IQPOL01 = ["Security forces", "security forces", "riot police", "police", "Police Forces of Iraq",
           "Iraqi security forces"]
OFFICER01 = ["police officer", "home of a police officer", "officer's home", "Police Forces of Iraq", "gate",
             "parked car"]
GRADS01 = PROTESTERS + ["unemployed graduates", "graduates", "job-seekers", "about 200 unemployed graduates"]
# al-Dair is a district some 30 km north of the city ("north of Basra", no distance) -> names and country
ALDAIR = L(["al-Dair", "al-Dair district", "Al-Dair", "Deir", "north of Basra", "Basra"], cc="IQ")
MAJAR = L(["Majar al-Kabir", "al-Majar al-Kabir", "Al Majar al Kabir", "south of Amarah", "Maysan"], 31.57, 47.17,
          "IQ")
NASIRIYAH = L(["Nasiriyah", "Nasiriya", "Nassiriya", "Dhi Qar governorate building", "Dhi Qar"], 31.05, 46.26, "IQ")
MAYSAN = L(["Maysan province", "Maysan"], cc="IQ")
DHIQAR = L(["Dhi Qar", "Dhi Qar province"], cc="IQ")
BG = ["Basra Gate", "author"]
POLSRC01 = ["police source", "police", "the source"] + BG
E01 = [
    # two armed clans -> Battles between identity militias; "on Monday night" -> both days; "killing one man and
    # wounding four others", then a wounded man dies "By Tuesday morning" -> killed 1..2 and injured 3..4 (as dev_r's
    # lieutenant), each figure a non-core copy; the district -> names and country
    E(
        True,
        "Members of two rival clans fought with medium weapons and rocket-propelled grenades for nearly three hours on Monday night in al-Dair district, north of Basra, killing one man and wounding four others, among them a 12-year-old boy",
        BAT,
        CLASH,
        actor1=CLANS01,
        actor2=CLANS01,
        location=ALDAIR,
        date=D("2025-03-10", "2025-03-11"),
        killed=R(1, 2),
        injured=R(3, 4),
        source=POLSRC01,
    ),
    E(
        False,
        "a second man, a 40-year-old father of five, died of his wounds at al-Sadr Teaching Hospital",
        BAT,
        CLASH,
        actor1=CLANS01,
        actor2=CLANS01,
        location=ALDAIR,
        date=D("2025-03-10", "2025-03-11"),
        killed=R(2),
        source=POLSRC01,
    ),
    E(
        False,
        "Two dead in Basra clan battle",
        BAT,
        CLASH,
        actor1=CLANS01,
        actor2=CLANS01,
        location=ALDAIR,
        date=D("2025-03-10", "2025-03-11"),
        killed=R(2),
        source=BG,
    ),
    # the arrests told "on Tuesday" by the command; the seized launchers are inside the arrest
    E(
        True,
        "said it had arrested seven men from both clans and seized three rocket launchers",
        STR,
        ARRESTS,
        actor1=IQARMY01,
        actor2=CLANS01 + ["seven men", "men from both clans"],
        location=ALDAIR,
        date=D("2025-03-11"),
        source=["Basra Operations Command", "Iraqi army"] + BG,
    ),
    # an elder's warning about the clans' revenge (an observer's conditional, not the actor's own vow) ->
    # hypothetical, as dev_r's assessments
    E(
        False,
        'one of them warned that "blood will answer blood" if the killers are not handed over',
        BAT,
        CLASH,
        actor1=CLANS01,
        actor2=CLANS01,
        location=ALDAIR,
        source=["Elders", "elder", "tribal elder"],
        status="hypothetical",
    ),
    # "causing no casualties" -> killed and injured 0..0; "either the work of a drug network ... or part of a tribal
    # dispute" -> both plus unknown; "early on Tuesday" -> Tuesday
    E(
        True,
        "an improvised explosive device went off outside the home of a police officer in Majar al-Kabir, south of Amarah, early on Tuesday, damaging the gate and a parked car but causing no casualties",
        EXP,
        IED,
        actor1=UNK + ["drug network", "drug trafficking network", "tribe", "tribal dispute", "clan"],
        actor2=OFFICER01,
        location=MAJAR,
        date=D("2025-03-11"),
        killed=R(0),
        injured=R(0),
        source=BG + ["police official"],
    ),
    E(
        False,
        "It was the third such attack on the homes of security officers in the province since January",
        EXP,
        IED,
        actor1=UNK,
        actor2=["security officers", "homes of security officers"] + IQPOL01,
        location=MAYSAN,
        date=D("2025-01-01", "2025-03-12"),
        source=BG,
        aggregate=True,
    ),
    E(
        False,
        "blast hits officer's home in Maysan",
        EXP,
        IED,
        actor1=UNK,
        actor2=OFFICER01,
        location=MAJAR,
        date=D("2025-03-11"),
        source=BG,
    ),
    # graduates trying to force a gate, pushed back with tear gas -> Protest with intervention (no lethal force, the
    # live rounds told as fired into the air); the toll a sentence later (one hit by a canister, five treated for
    # breathing problems) -> injured 1..6 (gas cases may count, as dev_r's 1..5), the toll a non-core copy; the
    # police denial of live fire -> a non-core denied copy, the denier as source
    E(
        True,
        "about 200 unemployed graduates who had gathered outside the Dhi Qar governorate building on Tuesday tried to force its main gate",
        PRO,
        INTERVENTION,
        actor1=GRADS01 + IQPOL01,
        actor2=IQPOL01 + GRADS01,
        location=NASIRIYAH,
        date=D("2025-03-11"),
        injured=R(1, 6),
        source=BG + ["provincial health directorate", "health directorate"],
    ),
    E(
        False,
        "five protesters were treated for breathing problems and one was hit in the leg by a gas canister",
        PRO,
        INTERVENTION,
        actor1=GRADS01 + IQPOL01,
        actor2=IQPOL01 + GRADS01,
        location=NASIRIYAH,
        date=D("2025-03-11"),
        injured=R(1, 6),
        source=["provincial health directorate", "health directorate"],
    ),
    E(
        False,
        "A police spokesman denied that any live ammunition had been used",
        PRO,
        INTERVENTION,
        actor1=IQPOL01 + GRADS01,
        actor2=GRADS01 + IQPOL01,
        location=NASIRIYAH,
        date=D("2025-03-11"),
        source=["police spokesman", "police", "Dhi Qar police"],
        status="denied",
    ),
    E(
        False,
        "Nasiriyah job-seekers tear-gassed",
        PRO,
        INTERVENTION,
        actor1=GRADS01 + IQPOL01,
        actor2=IQPOL01 + GRADS01,
        location=NASIRIYAH,
        date=D("2025-03-11"),
        source=BG,
    ),
    # a year's count -> aggregate
    E(
        False,
        "Dhi Qar police recorded 46 tribal clashes in the province in 2024",
        BAT,
        CLASH,
        actor1=["tribes", "tribal", "clans", "clan militia"],
        actor2=["tribes", "tribal", "clans", "clan militia"],
        location=DHIQAR,
        date=D("2024-01-01", "2024-12-31"),
        source=["Dhi Qar police", "police"],
        aggregate=True,
    ),
    # no gold: the quarrel "that began last month" (no act told), the road cut (a consequence of the clash), the
    # elders' truce efforts (no agreement yet), the protesters' claim of shots "into the air" (inside the protest),
    # "a barrel of gunpowder" (a metaphor), "every clan has its own arsenal" (generic)
]
DOCS.append(
    (
        "dev-ag-01",
        "Basra Gate",
        "2025-03-12",
        "Iraqi local news site",
        "southern Iraq: a clan battle 'on Monday night' north of Basra ('killing one man and wounding four others, "
        "among them a 12-year-old boy', the toll risen 'By Tuesday morning'), arrests by the army, an elder's "
        "conditional, an IED at an officer's home ('causing no casualties', 'either' a drug network 'or' a tribal "
        "dispute) and a count, graduates tear-gassed in Nasiriyah (one hit, five treated) with a police denial of "
        "live fire, a year's count, a metaphor; three headline copies",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-ag-01", "Wednesday 12 March 2025", "2025-03-12", "Wednesday"),
    ("dev-ag-01", "By Tuesday morning / on Tuesday / early on Tuesday", "2025-03-11", "Tuesday"),
    ("dev-ag-01", "on Monday night (start)", "2025-03-10", "Monday"),
]

# =============================================================================
# dev-ag-02  monitor's daily incident log — central Syria: Uqayribat east of Salamiyah, near Talkalakh, Mhardeh, Homs city, the Palmyra-al-Sukhnah road, Talbiseh and the road to Homs, Hama city (Thu 22 May 2025)
# =============================================================================
T02 = """Daily log, 21 May 2025: landmine kills two young shepherds east of Salamiyah; man shot dead near Talkalakh; soldiers killed in desert attack

Levant Casualty Monitor | Daily incident log | Hama and Homs governorates | Published 22 May 2025, 08:00

Entries are compiled from our network of field researchers. Times are local; tolls are as of publication and may be revised.

[07:40] HAMA, eastern countryside - Two cousins, aged 15 and 19, were killed when a landmine left over from the war exploded as they grazed sheep near Uqayribat, east of Salamiyah. A third shepherd lost a leg.

[10:15] HOMS, western countryside - Gunmen on a motorcycle shot dead a 52-year-old man, a retired teacher from the Alawite community, as he drove home near Talkalakh. His relatives accused members of a local armed faction aligned with the new authorities; the Homs security directorate denied this, said none of its members were involved and opened an investigation.

[12:30] HAMA, northern countryside - General Security forces arrested four men in Mhardeh whom they accused of taking part in killings under the former government. Residents said one of the four was released in the evening.

[15:50] HOMS city - Several dozen people gathered in front of the governorate building to demand news of relatives kidnapped in recent weeks. The gathering ended without incident.

[18:20] HOMS, eastern desert - Suspected Islamic State fighters attacked a Ministry of Defence checkpoint on the road between Palmyra and al-Sukhnah. Two soldiers and one attacker were killed in a firefight that lasted about an hour, a military source said. We could not confirm reports on social media that three other soldiers had been taken captive.

[21:05] HOMS, northern countryside - Unidentified gunmen abducted a pharmacist from Talbiseh at a makeshift checkpoint on the road to Homs city. His family said the kidnappers called them two hours later to demand 50,000 US dollars.

[23:45] HAMA city - A loud explosion heard across the city was a controlled detonation of ordnance found in a former army depot, the Interior Ministry said. There were no casualties.

DAILY TOTALS - The monitor documented six deaths in Hama and Homs on 21 May, three of them civilians. Since 1 January, landmines and other remnants of war have killed at least 112 people in the two governorates, among them 38 children.

Our field researchers describe the eastern countryside of Hama as "a field that still bites". Demining teams say clearing it could take a decade.
"""

SYGOV02 = ["Syrian government", "Government of Syria", "Syrian army", "Military Forces of Syria", "Ministry of Defence",
           "Syrian Ministry of Defence", "soldiers", "new authorities", "General Security", "General Security forces",
           "Public Security", "Homs security directorate", "Interior Ministry", "Syrian Interior Ministry"]
FACTION02 = ["local armed faction", "armed faction", "faction aligned with the new authorities"] + SYGOV02
GUNMEN02 = UNK + ["Gunmen", "gunmen", "Gunmen on a motorcycle", "Unidentified gunmen"]
# "near Uqayribat, east of Salamiyah": Uqayribat lies some 30 km from Salamiyah and we cannot pin it -> names and
# country
UQAYRIBAT = L(["Uqayribat", "Uqeirbat", "Oqeirbat", "east of Salamiyah", "Salamiyah", "eastern countryside of Hama"],
              cc="SY")
TALKALAKH = L(["Talkalakh", "Tall Kalakh", "Tal Kalakh", "near Talkalakh", "western countryside of Homs"], 34.67,
              36.26, "SY")
MHARDEH = L(["Mhardeh", "Mahardah", "Muhradah", "northern countryside of Hama"], 35.25, 36.57, "SY")
HOMS = L(["Homs", "Homs city", "governorate building"], 34.73, 36.72, "SY")
# a road of ~60 km through the desert -> names and country
PALMYRA_RD = L(["road between Palmyra and al-Sukhnah", "Palmyra", "al-Sukhnah", "Sukhnah", "eastern desert",
                "Homs desert"], cc="SY")
# Talbiseh and "the road to Homs city" (~15 km) -> names and country, as dev_r's long roads
TALBISEH_RD = L(["Talbiseh", "Talbisah", "road to Homs city", "makeshift checkpoint", "northern countryside of Homs"],
                cc="SY")
HAMA = L(["Hama", "Hama city", "former army depot"], 35.13, 36.75, "SY")
HAMA_HOMS = L(["Hama and Homs", "Hama", "Homs", "the two governorates"], cc="SY")
LCM = ["Levant Casualty Monitor", "monitor", "field researchers", "author"]
E02 = [
    # a war-era landmine -> Remote explosive/landmine/IED with no one named as layer -> unknown; "Two cousins, aged 15
    # and 19, were killed" and "A third shepherd lost a leg" -> 2 and 1
    E(
        True,
        "Two cousins, aged 15 and 19, were killed when a landmine left over from the war exploded as they grazed sheep near Uqayribat, east of Salamiyah",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["Two cousins", "cousins", "shepherds", "shepherd"],
        location=UQAYRIBAT,
        date=D("2025-05-21"),
        killed=R(2),
        injured=R(1),
        source=LCM,
    ),
    E(
        False,
        "landmine kills two young shepherds east of Salamiyah",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["shepherds"],
        location=UQAYRIBAT,
        date=D("2025-05-21"),
        killed=R(2),
        source=LCM,
    ),
    # a civilian shot by gunmen no one established -> unknown on the core; the relatives' blame -> a non-core copy
    # with its own actor1; the directorate's denial of its members' part -> a non-core denied copy
    E(
        True,
        "Gunmen on a motorcycle shot dead a 52-year-old man, a retired teacher from the Alawite community, as he drove home near Talkalakh",
        VAC,
        ATTACK,
        actor1=GUNMEN02,
        actor2=CIV + ["52-year-old man", "retired teacher", "Alawite", "man"],
        location=TALKALAKH,
        date=D("2025-05-21"),
        killed=R(1),
        source=LCM,
    ),
    E(
        False,
        "His relatives accused members of a local armed faction aligned with the new authorities",
        VAC,
        ATTACK,
        actor1=FACTION02,
        actor2=CIV + ["52-year-old man", "retired teacher"],
        location=TALKALAKH,
        date=D("2025-05-21"),
        killed=R(1),
        source=["His relatives", "relatives"],
    ),
    E(
        False,
        "the Homs security directorate denied this, said none of its members were involved",
        VAC,
        ATTACK,
        actor1=FACTION02,
        actor2=CIV + ["52-year-old man", "retired teacher"],
        location=TALKALAKH,
        date=D("2025-05-21"),
        source=["Homs security directorate", "security directorate"],
        status="denied",
    ),
    E(
        False,
        "man shot dead near Talkalakh",
        VAC,
        ATTACK,
        actor1=GUNMEN02,
        actor2=CIV + ["man"],
        location=TALKALAKH,
        date=D("2025-05-21"),
        killed=R(1),
        source=LCM,
    ),
    # arrests (one released later: no act of its own)
    E(
        True,
        "General Security forces arrested four men in Mhardeh whom they accused of taking part in killings under the former government",
        STR,
        ARRESTS,
        actor1=SYGOV02,
        actor2=["four men", "men", "former government"] + CIV,
        location=MHARDEH,
        date=D("2025-05-21"),
        source=LCM,
    ),
    # "Several dozen people gathered ... The gathering ended without incident" -> Peaceful protest; no actor2
    E(
        True,
        "Several dozen people gathered in front of the governorate building to demand news of relatives kidnapped in recent weeks",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Several dozen people", "people", "relatives"],
        location=HOMS,
        date=D("2025-05-21"),
        source=LCM,
    ),
    # "Suspected Islamic State fighters" -> ISIS plus unknown; both sides' dead in one sentence -> exact 3; the
    # toll sentence a non-core copy; the unconfirmed captives -> a non-core possible Abduction; the headline a copy
    E(
        True,
        "Suspected Islamic State fighters attacked a Ministry of Defence checkpoint on the road between Palmyra and al-Sukhnah",
        BAT,
        CLASH,
        actor1=ISIS + UNK + ["Suspected Islamic State fighters", "attackers"] + SYGOV02,
        actor2=SYGOV02 + ["checkpoint", "Ministry of Defence checkpoint"] + ISIS,
        location=PALMYRA_RD,
        date=D("2025-05-21"),
        killed=R(3),
        source=LCM + ["military source"],
    ),
    E(
        False,
        "Two soldiers and one attacker were killed in a firefight that lasted about an hour",
        BAT,
        CLASH,
        actor1=ISIS + UNK + SYGOV02,
        actor2=SYGOV02 + ISIS,
        location=PALMYRA_RD,
        date=D("2025-05-21"),
        killed=R(3),
        source=["military source"],
    ),
    E(
        False,
        "three other soldiers had been taken captive",
        VAC,
        ABDUCT,
        actor1=ISIS + UNK,
        actor2=SYGOV02 + ["three other soldiers"],
        location=PALMYRA_RD,
        date=D("2025-05-21"),
        source=["social media", "reports on social media"],
        status="possible",
    ),
    E(
        False,
        "soldiers killed in desert attack",
        BAT,
        CLASH,
        actor1=ISIS + UNK,
        actor2=SYGOV02,
        location=PALMYRA_RD,
        date=D("2025-05-21"),
        source=LCM,
    ),
    # a kidnapping for ransom by gunmen no one named
    E(
        True,
        "Unidentified gunmen abducted a pharmacist from Talbiseh at a makeshift checkpoint on the road to Homs city",
        VAC,
        ABDUCT,
        actor1=GUNMEN02 + ["kidnappers"],
        actor2=CIV + ["pharmacist", "pharmacist from Talbiseh"],
        location=TALBISEH_RD,
        date=D("2025-05-21"),
        source=LCM + ["His family"],
    ),
    # a controlled detonation of found ordnance is no attack: annotated as Disrupted weapons use (as a bomb
    # defused), non-core, so that a system reading it as such is not punished; an explosive-type reading is wrong;
    # "There were no casualties" -> 0..0
    E(
        False,
        "A loud explosion heard across the city was a controlled detonation of ordnance found in a former army depot",
        STR,
        DISRUPT,
        actor1=SYGOV02 + ["Interior Ministry"],
        actor2=["ordnance", "former army depot"],
        location=HAMA,
        date=D("2025-05-21"),
        killed=R(0),
        injured=R(0),
        source=["Interior Ministry", "Syrian Interior Ministry"],
    ),
    # the day's totals and the year's landmine toll -> aggregates ("at least 112" -> 112..open)
    E(
        False,
        "The monitor documented six deaths in Hama and Homs on 21 May, three of them civilians",
        VAC,
        ATTACK,
        actor1=UNK + ISIS + SYGOV02,
        actor2=CIV + SYGOV02,
        location=HAMA_HOMS,
        date=D("2025-05-21"),
        killed=R(6),
        source=LCM,
        aggregate=True,
    ),
    E(
        False,
        "landmines and other remnants of war have killed at least 112 people in the two governorates, among them 38 children",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV,
        location=HAMA_HOMS,
        date=D("2025-01-01", "2025-05-22"),
        killed=R(112, None),
        source=LCM,
        aggregate=True,
    ),
    # no gold: the method note, the man released "in the evening" (no act), the ransom call, "a field that still
    # bites" (a metaphor), the demining forecast (no act of violence)
]
DOCS.append(
    (
        "dev-ag-02",
        "Levant Casualty Monitor (daily log)",
        "2025-05-22",
        "monitor's daily incident log",
        "central Syria, one day under timed entries: a war-era landmine kills 'Two cousins, aged 15 and 19', a man shot "
        "dead near Talkalakh with the relatives' blame and the security directorate's denial, arrests in Mhardeh, a "
        "peaceful gathering in Homs, 'Suspected Islamic State fighters' on a desert checkpoint (both sides' dead in "
        "one sentence) with unconfirmed captives, a kidnapping for ransom, a controlled detonation (no attack), the "
        "day's totals and a year's landmine toll, a metaphor; three headline copies",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-ag-02", "22 May 2025", "2025-05-22", "Thursday"),
    ("dev-ag-02", "21 May 2025 (the logged day)", "2025-05-21", "Wednesday"),
]

# =============================================================================
# dev-ag-03  ministry statement — northern Lebanon: Bab al-Tabbaneh and Abu Samra in Tripoli; Bebnine and Halba in Akkar (Mon 11 Aug 2025)
# =============================================================================
T03 = """Internal Security Forces: patrol fired on in Bab al-Tabbaneh, wanted man arrested, grenade thrown at Tripoli shop

Republic of Lebanon | Ministry of Interior and Municipalities | Directorate General of the Internal Security Forces - Public Relations Division | Communiqué | Beirut, 11 August 2025

In the context of the measures taken by the Internal Security Forces to pursue wanted persons and preserve security in the North, the Directorate General announces the following:

At around 11:00 pm on Saturday 9 August 2025, a patrol of the Information Branch came under fire from gunmen in the Bab al-Tabbaneh area of Tripoli while pursuing a wanted man. The patrol returned fire. One of the gunmen was wounded and arrested, and a member of the patrol suffered a slight injury to his hand.

The next day, after surveillance and follow-up, a unit of the Information Branch arrested the wanted man, (Kh. M.), born in 1991, Lebanese, in a flat in the same area. He is wanted under 17 judicial warrants for crimes including attempted murder, shooting at security forces and drug trafficking. An assault rifle, two hand grenades and a quantity of Captagon pills were seized.

At dawn on Monday, an unknown person threw a hand grenade at a mobile phone shop in the Abu Samra area of Tripoli, causing material damage but no injuries. Investigations are under way to identify the perpetrator.

In Akkar, on Sunday afternoon, a dispute between two families in the town of Bebnine over a parking space developed into an exchange of fire, in which a Syrian national was killed and two Lebanese citizens were wounded. Units of the Akkar Regional Company, supported by a Lebanese Army unit, arrested three of those involved, and efforts are continuing to arrest the others.

On the same day, a number of citizens blocked the main road at the entrance of Halba with burning tyres and rubbish containers in protest against prolonged power cuts. Regional units dispersed them and reopened the road to traffic.

The Directorate General denies the claims circulated on some social media sites that members of the Information Branch beat the brother of the wanted man in Bab al-Tabbaneh. These claims are completely unfounded.

Since the beginning of 2025, units of the Internal Security Forces in the North have arrested 1,284 persons wanted for various crimes.

The Directorate General warns that it will deal firmly with anyone who opens fire during funerals, weddings or celebrations, and calls on citizens to report any security violation to the hotline 112.
"""

ISF = ["Internal Security Forces", "ISF", "Information Branch", "patrol", "Police Forces of Lebanon",
       "Lebanese police", "Akkar Regional Company", "Regional units", "Directorate General",
       "unit of the Information Branch"]
LAF = ["Lebanese Army", "Lebanese Army unit", "Military Forces of Lebanon", "Lebanese Armed Forces"]
GUNMEN03 = UNK + ["gunmen", "armed men", "wanted man"]
FAMILIES03 = ["two families", "families", "family", "gunmen", "Family Militia", "clan"]
ISFSRC = ["Internal Security Forces", "ISF", "Directorate General of the Internal Security Forces",
          "Ministry of Interior and Municipalities", "Interior Ministry", "Public Relations Division",
          "Lebanese Ministry of Interior", "author"]
TRIPOLI_BT = L(["Bab al-Tabbaneh", "Bab al-Tebbaneh", "Bab el-Tabbaneh", "Tripoli", "same area"], 34.44, 35.85, "LB")
TRIPOLI_AS = L(["Abu Samra", "Abi Samra", "Tripoli", "mobile phone shop"], 34.43, 35.84, "LB")
BEBNINE = L(["Bebnine", "Bebnin", "Bibnin", "town of Bebnine", "Akkar"], 34.50, 35.99, "LB")
HALBA = L(["Halba", "entrance of Halba", "Akkar"], 34.54, 36.08, "LB")
NORTH_LB = L(["the North", "North", "North Lebanon", "northern Lebanon", "Lebanon"], cc="LB")
E03 = [
    # gunmen firing on a police patrol that returns fire -> Battles; both sides' wounded told -> injured 2 exact; no
    # death told -> no killed field; the wounded gunman's arrest is inside the clash
    E(
        True,
        "a patrol of the Information Branch came under fire from gunmen in the Bab al-Tabbaneh area of Tripoli while pursuing a wanted man",
        BAT,
        CLASH,
        actor1=GUNMEN03 + ISF,
        actor2=ISF + GUNMEN03,
        location=TRIPOLI_BT,
        date=D("2025-08-09"),
        injured=R(2),
        source=ISFSRC,
    ),
    E(
        False,
        "One of the gunmen was wounded and arrested, and a member of the patrol suffered a slight injury to his hand",
        BAT,
        CLASH,
        actor1=GUNMEN03 + ISF,
        actor2=ISF + GUNMEN03,
        location=TRIPOLI_BT,
        date=D("2025-08-09"),
        injured=R(2),
        source=ISFSRC,
    ),
    E(
        False,
        "patrol fired on in Bab al-Tabbaneh",
        BAT,
        CLASH,
        actor1=GUNMEN03,
        actor2=ISF,
        location=TRIPOLI_BT,
        date=D("2025-08-09"),
        source=ISFSRC,
    ),
    # "The next day" after Saturday -> Sunday; "in the same area" -> Bab al-Tabbaneh; the seizures are inside
    E(
        True,
        "a unit of the Information Branch arrested the wanted man, (Kh. M.), born in 1991, Lebanese, in a flat in the same area",
        STR,
        ARRESTS,
        actor1=ISF,
        actor2=["wanted man", "Kh. M."],
        location=TRIPOLI_BT,
        date=D("2025-08-10"),
        source=ISFSRC,
    ),
    E(
        False,
        "wanted man arrested",
        STR,
        ARRESTS,
        actor1=ISF,
        actor2=["wanted man"],
        location=TRIPOLI_BT,
        date=D("2025-08-10"),
        source=ISFSRC,
    ),
    # "At dawn on Monday" in a Monday communiqué -> that day; "causing material damage but no injuries" -> injured
    # 0..0 only (as "causing no injuries"); the target a shop -> civilians
    E(
        True,
        "an unknown person threw a hand grenade at a mobile phone shop in the Abu Samra area of Tripoli, causing material damage but no injuries",
        EXP,
        GRENADE,
        actor1=UNK + ["unknown person"],
        actor2=CIV + ["mobile phone shop", "shop"],
        location=TRIPOLI_AS,
        date=D("2025-08-11"),
        injured=R(0),
        source=ISFSRC,
    ),
    E(
        False,
        "grenade thrown at Tripoli shop",
        EXP,
        GRENADE,
        actor1=UNK,
        actor2=CIV + ["shop"],
        location=TRIPOLI_AS,
        date=D("2025-08-11"),
        source=ISFSRC,
    ),
    # a family feud turned "exchange of fire" -> Battles between two armed families (identity militias); the dead
    # man and the wounded are not assigned to a side -> killed 1, injured 2; the arrests -> a core event of their own
    E(
        True,
        "a dispute between two families in the town of Bebnine over a parking space developed into an exchange of fire, in which a Syrian national was killed and two Lebanese citizens were wounded",
        BAT,
        CLASH,
        actor1=FAMILIES03,
        actor2=FAMILIES03,
        location=BEBNINE,
        date=D("2025-08-10"),
        killed=R(1),
        injured=R(2),
        source=ISFSRC,
    ),
    E(
        True,
        "Units of the Akkar Regional Company, supported by a Lebanese Army unit, arrested three of those involved",
        STR,
        ARRESTS,
        actor1=ISF + LAF,
        actor2=FAMILIES03 + ["three of those involved"],
        location=BEBNINE,
        date=D("2025-08-10", "2025-08-11"),
        source=ISFSRC,
    ),
    # a road blocked with burning tyres, dispersed by the police -> Protest with intervention (no violence by the
    # crowd told); "On the same day" -> Sunday
    E(
        True,
        "a number of citizens blocked the main road at the entrance of Halba with burning tyres and rubbish containers in protest against prolonged power cuts",
        PRO,
        INTERVENTION,
        actor1=PROTESTERS + ["citizens", "a number of citizens"] + ISF,
        actor2=ISF + PROTESTERS,
        location=HALBA,
        date=D("2025-08-10"),
        source=ISFSRC,
    ),
    # the claims the Directorate rejects are their only telling -> non-core denied; the beating would fall in the
    # raid on Saturday night or Sunday
    E(
        False,
        "members of the Information Branch beat the brother of the wanted man in Bab al-Tabbaneh",
        VAC,
        ATTACK,
        actor1=ISF,
        actor2=CIV + ["brother of the wanted man", "brother"],
        location=TRIPOLI_BT,
        date=D("2025-08-09", "2025-08-10"),
        source=ISFSRC,
        status="denied",
    ),
    # the year's arrests -> aggregate
    E(
        False,
        "units of the Internal Security Forces in the North have arrested 1,284 persons wanted for various crimes",
        STR,
        ARRESTS,
        actor1=ISF,
        actor2=["persons wanted for various crimes", "wanted persons"],
        location=NORTH_LB,
        date=D("2025-01-01", "2025-08-11"),
        source=ISFSRC,
        aggregate=True,
    ),
    # the Directorate's warning (the actor's own) -> planned
    E(
        False,
        "it will deal firmly with anyone who opens fire during funerals, weddings or celebrations",
        STR,
        ARRESTS,
        actor1=ISF,
        actor2=["anyone who opens fire"],
        location=NORTH_LB,
        source=ISFSRC,
        status="planned",
    ),
    # no gold: the warrants and the crimes listed (no dated act), the seizure of weapons and pills (inside the
    # arrest), "Investigations are under way", "efforts are continuing to arrest the others" (no act yet), the
    # hotline
]
DOCS.append(
    (
        "dev-ag-03",
        "Lebanese Internal Security Forces (communiqué)",
        "2025-08-11",
        "ministry statement",
        "northern Lebanon: a police patrol fired on in Bab al-Tabbaneh 'At around 11:00 pm on Saturday' (each side's "
        "wounded), the wanted man arrested 'The next day', a grenade 'At dawn on Monday' ('causing material damage but "
        "no injuries'), a family feud's exchange of fire in Bebnine and the arrests, a road blocked with burning tyres "
        "in Halba, a denied beating, a year's arrests, a warning; initials for names; three headline copies",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-ag-03", "11 August 2025 / At dawn on Monday", "2025-08-11", "Monday"),
    ("dev-ag-03", "The next day / on Sunday afternoon / On the same day", "2025-08-10", "Sunday"),
    ("dev-ag-03", "Saturday 9 August 2025", "2025-08-09", "Saturday"),
]

# =============================================================================
# dev-ag-04  live blog — central Gaza: Nuseirat refugee camp, eastern Deir al-Balah by the Salah al-Din road, the road near Deir al-Balah, east of al-Bureij camp (Tue 23 Jul 2024)
# =============================================================================
T04 = """Gaza live: strike on Nuseirat house kills 11, hospital says; Israeli army says it targeted Hamas militant

Mideast Now | Live blog | Tuesday 23 July 2024 | All times Gaza (GMT+3), newest entries last

08:05 - Good morning. We are following events in the central Gaza Strip, where residents reported heavy strikes and shelling through the night.

08:20 - An Israeli air strike hit a three-storey house in the Nuseirat refugee camp overnight, killing at least seven people, including three children, the Palestinian news agency WAFA reported, citing Gaza's Civil Defence.

09:47 - Update: Al-Awda Hospital in Nuseirat now says 11 people were killed in the strike, among them four children and two women, and that 20 others were wounded. Rescuers are still searching the rubble.

10:30 - The Israeli military says its aircraft struck "a Hamas terrorist who was operating in a military structure" in central Gaza overnight, and that "steps were taken to mitigate the risk of harming civilians". It did not name the target.

11:15 - Witnesses in Deir al-Balah say Israeli tanks shelled the eastern part of the city this morning, near the Salah al-Din road. A man and his 16-year-old son were killed while checking on their farmland, a relative told our correspondent.

12:40 - The army has ordered residents of several blocks in eastern Deir al-Balah to move west to the al-Mawasi area. Families are leaving on foot and on donkey carts.

14:10 - The UN's World Food Programme says armed men stopped and looted two of its trucks carrying flour on the road near Deir al-Balah on Monday. No staff were hurt. The WFP did not say who the men were; local officials blamed either criminal gangs or clans.

15:55 - Hamas's armed wing, the Qassam Brigades, says its fighters detonated an explosive device under an Israeli Merkava tank east of al-Bureij camp, "killing and wounding its crew". The army has not commented.

17:20 - Gaza's Health Ministry says 52 people were killed across the Strip in the past 24 hours, bringing the toll since October 7 to more than 39,000.

17:45 - A reminder of context: Nuseirat was the scene of the 8 June operation in which Israeli special forces freed four hostages. Gaza health officials said more than 270 Palestinians were killed in that raid.

18:30 - "There is no safe place left here. We run from the tank to the plane," Umm Mahmoud, displaced from Gaza City, told us at a school in Deir al-Balah.

We are closing this live blog for today.
"""

ISR04 = ISRAEL + ["Israeli air strike", "its aircraft", "Israeli tanks", "tanks", "Israeli special forces", "army"]
HAMAS04 = HAMAS + ["Hamas terrorist", "Hamas militant", "Hamas's armed wing", "its fighters", "military structure"]
GCD04 = ["Civil Defence", "Gaza's Civil Defence", "Gaza Civil Defence", "Palestinian Civil Defence"]
AWDA = ["Al-Awda Hospital", "Al-Awda Hospital in Nuseirat", "hospital"]
WFP = ["World Food Programme", "WFP", "UN's World Food Programme", "United Nations", "trucks"]
GMOH04 = ["Gaza's Health Ministry", "Health Ministry", "Gaza Health Ministry", "Palestinian Ministry of Health",
          "Gaza health officials"]
NUSEIRAT = L(["Nuseirat", "Nuseirat refugee camp", "Nuseirat camp", "central Gaza"], 31.45, 34.39, "PS")
# the army names only "central Gaza": the area lies within ~10 km of Nuseirat, beside whose strike the blog sets it
CENTRAL_GAZA = L(["central Gaza", "central Gaza Strip", "Nuseirat"], 31.45, 34.39, "PS")
DEIR_BALAH = L(["Deir al-Balah", "Deir al Balah", "eastern part of the city", "Salah al-Din road",
                "road near Deir al-Balah"], 31.42, 34.35, "PS")
BUREIJ = L(["al-Bureij", "Bureij", "al-Bureij camp", "east of al-Bureij camp"], 31.44, 34.40, "PS")
GAZA04 = L(["Gaza Strip", "Gaza", "the Strip"], cc="PS")
MN = ["Mideast Now", "our correspondent", "author"]
E04 = [
    # the night's strikes and shelling in general -> aggregate
    E(
        False,
        "residents reported heavy strikes and shelling through the night",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + HAMAS04,
        location=CENTRAL_GAZA,
        date=D("2024-07-22", "2024-07-23"),
        source=["residents"],
        aggregate=True,
    ),
    # "overnight" -> both days; "at least seven" raised to 11 an entry later -> 7..open on the core (as dev_r's "at
    # least 13" raised to 21), the 20 wounded folded in; the update and the headline are non-core copies
    E(
        True,
        "An Israeli air strike hit a three-storey house in the Nuseirat refugee camp overnight, killing at least seven people, including three children",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + ["three-storey house", "house", "three children", "people"],
        location=NUSEIRAT,
        date=D("2024-07-22", "2024-07-23"),
        killed=R(7, None),
        injured=R(20),
        source=GCD04 + AWDA + MN + ["WAFA", "Palestinian news agency WAFA", "WAFA citing Gaza's Civil Defence"],
    ),
    E(
        False,
        "Al-Awda Hospital in Nuseirat now says 11 people were killed in the strike, among them four children and two women, and that 20 others were wounded",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + ["four children", "two women"],
        location=NUSEIRAT,
        date=D("2024-07-22", "2024-07-23"),
        killed=R(11),
        injured=R(20),
        source=AWDA,
    ),
    E(
        False,
        "strike on Nuseirat house kills 11, hospital says",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + ["house"],
        location=NUSEIRAT,
        date=D("2024-07-22", "2024-07-23"),
        killed=R(11),
        source=AWDA + MN,
    ),
    # the army names another object ("a Hamas terrorist ... in a military structure") and no place beyond "central
    # Gaza" -> a core event of its own, sourced to it (the text does not say it is the same strike)
    E(
        True,
        'its aircraft struck "a Hamas terrorist who was operating in a military structure" in central Gaza overnight',
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HAMAS04,
        location=CENTRAL_GAZA,
        date=D("2024-07-22", "2024-07-23"),
        source=["Israeli military", "Israeli army", "IDF", "army"],
    ),
    E(
        False,
        "Israeli army says it targeted Hamas militant",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HAMAS04,
        location=CENTRAL_GAZA,
        date=D("2024-07-22", "2024-07-23"),
        source=["Israeli army", "IDF"],
    ),
    # tank fire -> Shelling; "this morning" -> the blog's day; "A man and his 16-year-old son" -> 2
    E(
        True,
        "Israeli tanks shelled the eastern part of the city this morning, near the Salah al-Din road",
        EXP,
        SHELL,
        actor1=ISR04,
        actor2=CIV + ["man", "16-year-old son", "farmland"],
        location=DEIR_BALAH,
        date=D("2024-07-23"),
        killed=R(2),
        source=["Witnesses", "witnesses", "relative"] + MN,
    ),
    # looting of aid trucks; "No staff were hurt" covers one group -> no number field; "either criminal gangs or
    # clans" -> both plus unknown; "on Monday" -> 22 July
    E(
        True,
        "armed men stopped and looted two of its trucks carrying flour on the road near Deir al-Balah on Monday",
        STR,
        LOOT,
        actor1=UNK + ["armed men", "criminal gangs", "gangs", "clans", "clan"],
        actor2=WFP + ["two of its trucks"],
        location=DEIR_BALAH,
        date=D("2024-07-22"),
        source=WFP,
    ),
    # a party's claim -> core, occurred, sourced to it; undated in a claim posted on Tuesday -> Monday and Tuesday;
    # "killing and wounding its crew" (not split, no number) -> at least one dead and one wounded: casualties 2..open
    E(
        True,
        "its fighters detonated an explosive device under an Israeli Merkava tank east of al-Bureij camp",
        EXP,
        IED,
        actor1=HAMAS04,
        actor2=ISR04 + ["Merkava tank", "tank", "crew"],
        location=BUREIJ,
        date=D("2024-07-22", "2024-07-23"),
        casualties=R(2, None),
        source=["Qassam Brigades", "Hamas"],
    ),
    # the ministry's day and war tallies -> aggregates ("more than 39,000" -> 39001..open)
    E(
        False,
        "52 people were killed across the Strip in the past 24 hours",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV,
        location=GAZA04,
        date=D("2024-07-22", "2024-07-23"),
        killed=R(52),
        source=GMOH04,
        aggregate=True,
    ),
    E(
        False,
        "bringing the toll since October 7 to more than 39,000",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV,
        location=GAZA04,
        date=D("2023-10-07", "2024-07-23"),
        killed=R(39001, None),
        source=GMOH04,
        aggregate=True,
    ),
    # background: the June hostage-rescue raid -> a non-core Battles event on 8 June ("more than 270" -> 271..open)
    E(
        False,
        "Gaza health officials said more than 270 Palestinians were killed in that raid",
        BAT,
        CLASH,
        actor1=ISR04,
        actor2=HAMAS04 + CIV + ["Palestinians"],
        location=NUSEIRAT,
        date=D("2024-06-08"),
        killed=R(271, None),
        source=GMOH04,
    ),
    # no gold: the evacuation order and the families leaving (no act of violence), "Rescuers are still searching the
    # rubble", the army's mitigation claim, "It did not name the target", "The army has not commented", the hostages
    # freed (inside the background raid), "We run from the tank to the plane" (a quote, generic)
]
DOCS.append(
    (
        "dev-ag-04",
        "Mideast Now (live blog)",
        "2024-07-23",
        "live blog",
        "central Gaza, one day in timed entries: a night's strikes (aggregate), a strike on a Nuseirat house "
        "'overnight' (WAFA 'citing' the Civil Defence) with 'at least seven' revised to 11 in a later entry and the army's own 'Hamas terrorist' "
        "object, tank fire 'this morning' ('A man and his 16-year-old son'), an evacuation order (no gold), aid trucks "
        "looted 'on Monday' by 'either criminal gangs or clans' ('No staff were hurt'), a Qassam claim ('killing and "
        "wounding its crew'), two ministry tallies, June background, a quote; two headline copies",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-ag-04", "Tuesday 23 July 2024", "2024-07-23", "Tuesday"),
    ("dev-ag-04", "on Monday", "2024-07-22", "Monday"),
]

# =============================================================================
# dev-ag-05  partisan Palestinian outlet — northern West Bank: Tammun south of Tubas, al-Far'a camp, Balata camp in Nablus, Burin south of Nablus (Mon 28 Oct 2024)
# =============================================================================
T05 = """Three martyrs in occupation drone strike on Tammun; resistance strikes military vehicle at al-Far'a camp

Al-Thawra Palestine | Nablus - Tubas | Monday 28 October 2024

Three young men rose as martyrs at dawn today when an occupation drone bombed them in the town of Tammun, south of Tubas, the Ministry of Health announced. Among them were two brothers, aged 19 and 23. The occupation army, as usual, claimed that it had "eliminated a terrorist cell that was planning an imminent attack".

The Tubas Battalion of the al-Quds Brigades said its fighters detonated a powerful explosive device on an occupation military vehicle at the entrance of al-Far'a camp during the raid, "achieving a confirmed hit". The enemy's army admitted that a device had exploded near its forces but claimed that no soldiers were injured.

Before withdrawing, occupation bulldozers tore up the main street of al-Far'a camp and destroyed water and sewage pipes, leaving hundreds of families without water, the camp's services committee said.

In Nablus, occupation forces stormed Balata camp after midnight and abducted 12 young men from their homes, among them a freed prisoner. Heroic fighters of the Balata Battalion confronted the invading force with bullets and explosive devices. Young men also pelted the military jeeps with stones, and the soldiers responded with live bullets and tear gas; the Red Crescent said its crews treated 14 people, two of them wounded by live fire and the rest suffering from tear gas inhalation.

Yesterday afternoon, herds of settlers from the Yitzhar settlement attacked farmers picking olives on their land in Burin, south of Nablus, beating a 70-year-old man and setting fire to about 30 olive trees, the village council said.

Since the start of the year, the occupation has killed 58 Palestinians in Tubas governorate, most of them in Tammun and al-Far'a camp, according to the Ministry of Health.

The resistance factions in Tubas warned in a joint statement that the occupation "will pay a heavy price for every drop of blood". Tubas, they said, has become "a graveyard for the invaders".
"""

ISR05 = ISRAEL + ["occupation", "occupation drone", "occupation army", "occupation forces", "occupation bulldozers",
                  "enemy's army", "soldiers", "invading force", "military jeeps", "occupation military vehicle"]
PIJ05 = PIJ + ["Tubas Battalion", "Tubas Battalion of the al-Quds Brigades", "its fighters", "resistance"]
BALATA_BN = ["Balata Battalion", "fighters of the Balata Battalion", "resistance", "Palestinian militants",
             "Heroic fighters"]
TAMMUN_DEAD = CIV + ["young men", "Three young men", "two brothers", "martyrs", "terrorist cell",
                     "Palestinian militants", "resistance"]
SETTLERS05 = SETTLERS + ["herds of settlers", "settlers from the Yitzhar settlement", "Yitzhar"]
YOUTHS05 = ["rioters", "Young men", "young men", "Palestinian youths", "stone-throwers"] + PROTESTERS
PMOH05 = ["Ministry of Health", "Palestinian Ministry of Health", "Palestinian Health Ministry", "Health Ministry"]
PRCS05 = ["Red Crescent", "Palestinian Red Crescent", "PRCS"]
TAMMUN = L(["Tammun", "Tamoun", "town of Tammun", "south of Tubas", "Tubas"], 32.28, 35.38, "PS")
FARA = L(["al-Far'a camp", "Far'a camp", "al-Faraa", "Far'a", "entrance of al-Far'a camp"], 32.29, 35.34, "PS")
BALATA = L(["Balata camp", "Balata", "Nablus"], 32.21, 35.28, "PS")
BURIN = L(["Burin", "Bureen", "south of Nablus", "Nablus"], 32.17, 35.25, "PS")
TUBAS_GOV = L(["Tubas governorate", "Tubas"], cc="PS")
ATP = ["Al-Thawra Palestine", "author"]
E05 = [
    # "at dawn today" -> the publication day; the army's telling of the same men as "a terrorist cell" -> a non-core
    # copy (the same object told two ways), the headline too
    E(
        True,
        "Three young men rose as martyrs at dawn today when an occupation drone bombed them in the town of Tammun, south of Tubas",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=TAMMUN_DEAD,
        location=TAMMUN,
        date=D("2024-10-28"),
        killed=R(3),
        source=PMOH05 + ATP,
    ),
    E(
        False,
        '"eliminated a terrorist cell that was planning an imminent attack"',
        EXP,
        AIR,
        actor1=ISR05,
        actor2=TAMMUN_DEAD,
        location=TAMMUN,
        date=D("2024-10-28"),
        source=["occupation army", "Israeli army", "IDF"],
    ),
    E(
        False,
        "Three martyrs in occupation drone strike on Tammun",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=TAMMUN_DEAD,
        location=TAMMUN,
        date=D("2024-10-28"),
        killed=R(3),
        source=ATP,
    ),
    # a party's claim -> core, occurred, sourced to it; the army's "no soldiers were injured" about the same blast ->
    # injured 0..0 folded in (as dev_r's MDA "no injuries"); "during the raid" -> the dawn raid
    E(
        True,
        "its fighters detonated a powerful explosive device on an occupation military vehicle at the entrance of al-Far'a camp during the raid",
        EXP,
        IED,
        actor1=PIJ05,
        actor2=ISR05 + ["military vehicle"],
        location=FARA,
        date=D("2024-10-28"),
        injured=R(0),
        source=["Tubas Battalion", "al-Quds Brigades"] + ["occupation army", "Israeli army", "IDF"],
    ),
    E(
        False,
        "resistance strikes military vehicle at al-Far'a camp",
        EXP,
        IED,
        actor1=PIJ05,
        actor2=ISR05,
        location=FARA,
        date=D("2024-10-28"),
        source=ATP,
    ),
    # bulldozers tearing up a street and pipes, no one hurt -> Looting/property destruction
    E(
        True,
        "occupation bulldozers tore up the main street of al-Far'a camp and destroyed water and sewage pipes",
        STR,
        LOOT,
        actor1=ISR05,
        actor2=CIV + ["main street", "water and sewage pipes", "families"],
        location=FARA,
        date=D("2024-10-28"),
        source=["camp's services committee", "services committee"] + ATP,
    ),
    # the outlet's "abducted" for detentions by an army in a raid -> Arrests; "after midnight" in a Monday paper ->
    # Monday
    E(
        True,
        "occupation forces stormed Balata camp after midnight and abducted 12 young men from their homes, among them a freed prisoner",
        STR,
        ARRESTS,
        actor1=ISR05,
        actor2=CIV + ["12 young men", "young men", "freed prisoner", "Palestinians"],
        location=BALATA,
        date=D("2024-10-28"),
        source=ATP,
    ),
    # gunmen facing troops -> Battles, no numbers
    E(
        True,
        "Heroic fighters of the Balata Battalion confronted the invading force with bullets and explosive devices",
        BAT,
        CLASH,
        actor1=BALATA_BN + ISR05,
        actor2=ISR05 + BALATA_BN,
        location=BALATA,
        date=D("2024-10-28"),
        source=ATP,
    ),
    # stone-throwing at troops who answer with live fire and gas -> Riots/Violent demonstration; the Red Crescent's
    # toll in the same sentence (two shot, twelve gassed) -> injured 2..14 (gas cases may count); the toll a
    # non-core copy
    E(
        True,
        "Young men also pelted the military jeeps with stones, and the soldiers responded with live bullets and tear gas",
        RIOT,
        VIOLENT,
        actor1=YOUTHS05 + ISR05,
        actor2=ISR05 + YOUTHS05,
        location=BALATA,
        date=D("2024-10-28"),
        injured=R(2, 14),
        source=ATP + PRCS05,
    ),
    E(
        False,
        "its crews treated 14 people, two of them wounded by live fire and the rest suffering from tear gas inhalation",
        RIOT,
        VIOLENT,
        actor1=YOUTHS05 + ISR05,
        actor2=ISR05 + YOUTHS05,
        location=BALATA,
        date=D("2024-10-28"),
        injured=R(2, 14),
        source=PRCS05,
    ),
    # "Yesterday afternoon" -> Sunday; settlers beating a farmer and burning trees -> Violence against civilians,
    # injured 1
    E(
        True,
        "herds of settlers from the Yitzhar settlement attacked farmers picking olives on their land in Burin, south of Nablus, beating a 70-year-old man and setting fire to about 30 olive trees",
        VAC,
        ATTACK,
        actor1=SETTLERS05,
        actor2=CIV + ["farmers", "70-year-old man", "olive trees"],
        location=BURIN,
        date=D("2024-10-27"),
        injured=R(1),
        source=["village council"] + ATP,
    ),
    E(
        False,
        "the occupation has killed 58 Palestinians in Tubas governorate",
        VAC,
        ATTACK,
        actor1=ISR05,
        actor2=CIV + ["Palestinians"],
        location=TUBAS_GOV,
        date=D("2024-01-01", "2024-10-28"),
        killed=R(58),
        source=PMOH05,
        aggregate=True,
    ),
    # the factions' threat (their own) -> planned
    E(
        False,
        'the occupation "will pay a heavy price for every drop of blood"',
        BAT,
        CLASH,
        actor1=["resistance factions", "resistance factions in Tubas"] + PIJ05,
        actor2=ISR05,
        location=TUBAS_GOV,
        source=["resistance factions", "resistance factions in Tubas", "joint statement"],
        status="planned",
    ),
    # no gold: "as usual" (the outlet's frame), the families without water (a consequence), "a graveyard for the
    # invaders" (a metaphor), the freed prisoner's past
]
DOCS.append(
    (
        "dev-ag-05",
        "Al-Thawra Palestine",
        "2024-10-28",
        "partisan Palestinian outlet",
        "northern West Bank: a drone strike 'at dawn today' on 'Three young men' (two brothers 'aged 19 and 23') with "
        "the army's 'terrorist cell' as a copy, an al-Quds Brigades IED claim with the army's 'no soldiers were "
        "injured', bulldozers in al-Far'a camp, 12 'abducted' (arrests) in Balata with a gun battle and stone-throwing "
        "(two shot, twelve gassed), settlers beating a farmer 'Yesterday afternoon', a tally, a threat, a metaphor; "
        "loaded labels ('martyrs', 'occupation', 'herds of settlers'); two headline copies",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-ag-05", "Monday 28 October 2024 / at dawn today / after midnight", "2024-10-28", "Monday"),
    ("dev-ag-05", "Yesterday afternoon", "2024-10-27", "Sunday"),
]

# =============================================================================
# dev-ag-06  weekly security brief — southern Yemen: Wadi Omran in Mudiyah district, the Zinjibar-Shuqra coastal road, Ja'ar (Abyan); near Nisab, Ataq, Markha district (Shabwa) (Mon 10 Mar 2025)
# =============================================================================
T06 = """Southern Yemen Security Brief, Week 10 (3-9 March 2025): AQAP steps up attacks in Abyan; tribal fighting in Shabwa

Aden Strategic Monitor | Weekly brief | Issued Monday 10 March 2025

KEY POINTS
- AQAP carried out at least four attacks on southern forces in Abyan this week, its highest weekly count this year.
- A land dispute near Nisab in Shabwa turned deadly.

ABYAN
On 4 March, AQAP fighters attacked a position of the Southern Armed Forces in Wadi Omran, in Mudiyah district, first with a quadcopter drone loaded with explosives and then with small arms. STC-affiliated media said four soldiers were killed and six wounded. AQAP, in a statement on its al-Malahim channel, claimed its fighters had killed "more than ten apostates" and seized two machine guns.

Two days later, a roadside bomb struck a Security Belt vehicle on the coastal road between Zinjibar and Shuqra, wounding three soldiers. No group claimed it. Security Belt officers blamed AQAP, while some local commentators suggested a Houthi-linked cell.

On 8 March, Security Belt forces arrested five men in Ja'ar whom they described as AQAP facilitators.

SHABWA
On 5 March, a long-running dispute over land between two sections of a local tribe erupted into a gunfight near the town of Nisab, killing two men and wounding several others, according to tribal sources. Tribal mediators brokered a truce the same evening.

On 7 March, dozens of residents of Ataq blocked the city's main street with burning tyres to protest power cuts of up to 16 hours a day. Shabwa Defence Forces fired into the air to disperse them. No injuries were reported.

In the early hours of 9 March, a suspected US drone strike hit a car in Markha district, killing two men whom local sources described as AQAP members. US Central Command did not respond to a request for comment.

CONTEXT AND OUTLOOK
AQAP has claimed 13 attacks in Abyan since January, most of them in Mudiyah and Ahwar districts. The group held Zinjibar and Ja'ar in 2011-2012 before it was driven out. We expect drone attacks on STC positions in Wadi Omran to continue over the coming weeks, particularly if the STC presses its offensive in the valley.
"""

AQAP = ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda", "AQAP fighters", "its fighters", "al-Malahim"]
STC = ["Southern Transitional Council", "STC", "Southern Armed Forces", "southern forces", "Security Belt",
       "Security Belt Forces", "Security Belt vehicle", "Security Belt forces", "soldiers", "STC positions"]
SHABWA_DF = ["Shabwa Defence Forces", "Shabwa Defense Forces", "Shabwani Elite", "security forces"] + STC
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Houthi-linked cell", "Houthi movement"]
TRIBE06 = ["tribe", "two sections of a local tribe", "tribal militia", "tribesmen", "sections of a local tribe"]
WADI_OMRAN = L(["Wadi Omran", "Wadi Amran", "Mudiyah district", "Mudiyah", "Abyan"], cc="YE")
# a ~50 km coastal road -> names and country
ZINJIBAR_RD = L(["coastal road between Zinjibar and Shuqra", "Zinjibar", "Shuqra", "Abyan"], cc="YE")
JAAR = L(["Ja'ar", "Jaar", "Jaʿar", "Abyan"], 13.22, 45.31, "YE")
# Nisab: a town we cannot pin to ~0.05 degree -> names and country
NISAB = L(["Nisab", "Nisab district", "near the town of Nisab", "Shabwa"], cc="YE")
ATAQ = L(["Ataq", "Atq", "city's main street", "Shabwa"], 14.54, 46.83, "YE")
MARKHA = L(["Markha", "Markha district", "Shabwa"], cc="YE")
ABYAN = L(["Abyan", "Abyan governorate"], cc="YE")
ZINJIBAR = L(["Zinjibar", "Ja'ar", "Abyan"], 13.13, 45.38, "YE")
ASM = ["Aden Strategic Monitor", "author"]
STCMEDIA = ["STC-affiliated media", "STC media", "Southern Transitional Council"]
E06 = [
    # the week's count -> aggregate
    E(
        False,
        "AQAP carried out at least four attacks on southern forces in Abyan this week",
        BAT,
        CLASH,
        actor1=AQAP,
        actor2=STC,
        location=ABYAN,
        date=D("2025-03-03", "2025-03-09"),
        source=ASM,
        aggregate=True,
    ),
    # a drone opening an assault that goes on with small arms -> one Battles event (the text stresses the attack on
    # the position); two versions by two sources: the STC media's own dead and wounded a sentence later (one side)
    # -> 4..open and 6..open on the author's sentence, the toll a non-core copy; AQAP's claim ("more than ten" ->
    # 11..open) -> a core event of its own
    E(
        True,
        "AQAP fighters attacked a position of the Southern Armed Forces in Wadi Omran, in Mudiyah district, first with a quadcopter drone loaded with explosives and then with small arms",
        BAT,
        CLASH,
        actor1=AQAP + STC,
        actor2=STC + AQAP,
        location=WADI_OMRAN,
        date=D("2025-03-04"),
        killed=R(4, None),
        injured=R(6, None),
        source=ASM + STCMEDIA,
    ),
    E(
        False,
        "STC-affiliated media said four soldiers were killed and six wounded",
        BAT,
        CLASH,
        actor1=AQAP,
        actor2=STC,
        location=WADI_OMRAN,
        date=D("2025-03-04"),
        killed=R(4),
        injured=R(6),
        source=STCMEDIA,
    ),
    E(
        True,
        'claimed its fighters had killed "more than ten apostates" and seized two machine guns',
        BAT,
        CLASH,
        actor1=AQAP,
        actor2=STC + ["apostates"],
        location=WADI_OMRAN,
        date=D("2025-03-04"),
        killed=R(11, None),
        source=["AQAP", "al-Malahim", "al-Qaeda in the Arabian Peninsula"],
    ),
    # "Two days later" than 4 March -> 6 March; no claim, blamed on AQAP or "a Houthi-linked cell" -> both plus
    # unknown; the Security Belt's blame -> a non-core copy with its own actor1
    E(
        True,
        "a roadside bomb struck a Security Belt vehicle on the coastal road between Zinjibar and Shuqra, wounding three soldiers",
        EXP,
        IED,
        actor1=UNK + AQAP + HOUTHI,
        actor2=STC + ["three soldiers"],
        location=ZINJIBAR_RD,
        date=D("2025-03-06"),
        injured=R(3),
        source=ASM,
    ),
    E(
        False,
        "Security Belt officers blamed AQAP",
        EXP,
        IED,
        actor1=AQAP,
        actor2=STC,
        location=ZINJIBAR_RD,
        date=D("2025-03-06"),
        source=["Security Belt officers", "Security Belt"],
    ),
    E(
        True,
        "Security Belt forces arrested five men in Ja'ar whom they described as AQAP facilitators",
        STR,
        ARRESTS,
        actor1=STC,
        actor2=AQAP + ["five men", "AQAP facilitators"],
        location=JAAR,
        date=D("2025-03-08"),
        source=ASM,
    ),
    # two sections of one tribe -> Battles between identity militias; "killing two men and wounding several others"
    # -> 2 and 3..open (several -> 3..open, as dev_r); the truce the same evening -> an Agreement of its own
    E(
        True,
        "a long-running dispute over land between two sections of a local tribe erupted into a gunfight near the town of Nisab, killing two men and wounding several others",
        BAT,
        CLASH,
        actor1=TRIBE06,
        actor2=TRIBE06,
        location=NISAB,
        date=D("2025-03-05"),
        killed=R(2),
        injured=R(3, None),
        source=["tribal sources"] + ASM,
    ),
    E(
        True,
        "Tribal mediators brokered a truce the same evening",
        STR,
        AGREE,
        actor1=TRIBE06 + ["Tribal mediators", "mediators"],
        actor2=TRIBE06,
        location=NISAB,
        date=D("2025-03-05"),
        source=ASM,
    ),
    E(
        False,
        "A land dispute near Nisab in Shabwa turned deadly",
        BAT,
        CLASH,
        actor1=TRIBE06,
        actor2=TRIBE06,
        location=NISAB,
        date=D("2025-03-05"),
        source=ASM,
    ),
    # a street blocked and dispersed by shots in the air -> Protest with intervention; "No injuries were reported"
    # -> injured 0..0 only
    E(
        True,
        "dozens of residents of Ataq blocked the city's main street with burning tyres to protest power cuts of up to 16 hours a day",
        PRO,
        INTERVENTION,
        actor1=PROTESTERS + ["residents", "dozens of residents"] + SHABWA_DF,
        actor2=SHABWA_DF + PROTESTERS,
        location=ATAQ,
        date=D("2025-03-07"),
        injured=R(0),
        source=ASM,
    ),
    # "a suspected US drone strike" -> the United States plus unknown; the dead "described" as AQAP members
    E(
        True,
        "a suspected US drone strike hit a car in Markha district, killing two men whom local sources described as AQAP members",
        EXP,
        AIR,
        actor1=USA + UNK + ["US Central Command", "CENTCOM"],
        actor2=AQAP + ["two men", "car", "AQAP members"],
        location=MARKHA,
        date=D("2025-03-09"),
        killed=R(2),
        source=ASM + ["local sources"],
    ),
    # the year's claims -> aggregate
    E(
        False,
        "AQAP has claimed 13 attacks in Abyan since January",
        BAT,
        CLASH,
        actor1=AQAP,
        actor2=STC,
        location=ABYAN,
        date=D("2025-01-01", "2025-03-10"),
        source=AQAP,
        aggregate=True,
    ),
    # background: the 2011-2012 hold on two towns and the loss of them -> two non-core events
    E(
        False,
        "The group held Zinjibar and Ja'ar in 2011-2012",
        BAT,
        NSAOVER,
        actor1=AQAP + ["Ansar al-Sharia"],
        actor2=["Yemeni government", "Military Forces of Yemen", "Yemeni army"],
        location=ZINJIBAR,
        date=D("2011-01-01", "2012-12-31"),
        source=ASM,
    ),
    E(
        False,
        "before it was driven out",
        BAT,
        GOVREGAIN,
        actor1=["Yemeni government", "Military Forces of Yemen", "Yemeni army", "Popular Committees"],
        actor2=AQAP,
        location=ZINJIBAR,
        date=D("2012-01-01", "2012-12-31"),
        source=ASM,
    ),
    # the brief's own forecast (an observer's, with a condition) -> hypothetical, as dev_r's assessments
    E(
        False,
        "We expect drone attacks on STC positions in Wadi Omran to continue over the coming weeks",
        EXP,
        AIR,
        actor1=AQAP,
        actor2=STC,
        location=WADI_OMRAN,
        source=ASM,
        status="hypothetical",
    ),
    # no gold: "No group claimed it", "some local commentators suggested" (inside the IED's actors), the shots in the
    # air (inside the protest), "did not respond to a request for comment", the STC's offensive "if" it presses it
]
DOCS.append(
    (
        "dev-ag-06",
        "Aden Strategic Monitor (weekly brief)",
        "2025-03-10",
        "weekly security brief",
        "southern Yemen/Abyan and Shabwa: a week's count, an AQAP drone-and-gun assault in two versions (STC media's "
        "'four soldiers were killed and six wounded' / AQAP's 'more than ten apostates'), a roadside bomb 'Two days "
        "later' blamed on AQAP or 'a Houthi-linked cell', arrests, a tribal gunfight ('wounding several others') and "
        "its truce, a road blocked in Ataq ('No injuries were reported'), 'a suspected US drone strike', a count, "
        "2011-2012 background, a forecast; a key-points copy",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-ag-06", "Monday 10 March 2025", "2025-03-10", "Monday"),
    ("dev-ag-06", "Week 10 (3-9 March 2025) start", "2025-03-03", "Monday"),
    ("dev-ag-06", "Week 10 (3-9 March 2025) end", "2025-03-09", "Sunday"),
]

# =============================================================================
# dev-ag-07  interview — Iran's Kermanshah province: the heights above Nowsud, Javanrud, the mountains north of Ravansar, Kermanshah city (Mon 15 Sep 2025)
# =============================================================================
T07 = """‘The border has become a hunting ground’: a Kurdish rights monitor on a bloody month in Kermanshah

Zagros Review | Interview | 15 September 2025

Hawar Rights Network documents abuses in Iran’s Kurdish provinces from outside the country. Zagros Review spoke to its spokesperson, Dilan Karimi, by video call. The interview has been edited for length.

Zagros Review: What happened near Nowsud last week?

Dilan Karimi: On Tuesday night, border guards opened fire without warning on a group of about 20 kolbars, porters who carry goods over the mountains, on the heights above Nowsud. A 23-year-old porter from Paveh was killed and two others were wounded. The border regiment told local media that its men had fired at “smugglers” who ignored orders to stop. These men carry tyres and tea on their backs; they are not armed.

ZR: There have also been arrests.

DK: Since the June war, the intelligence services have been arresting people in Kermanshah almost every day on charges of spying for Israel. On Saturday, plainclothes agents raided the home of Sirwan Abbasi, a teacher in Javanrud, and took him to an unknown place. His family still does not know where he is held.

ZR: Was there a reaction in Javanrud?

DK: Yes. On Sunday, about a hundred people, mostly teachers and relatives, gathered outside the governor’s office in Javanrud. Security forces dispersed them with tear gas and batons and detained two of them.

ZR: What about the clash reported near Ravansar?

DK: The Revolutionary Guards’ regional headquarters announced that its forces had killed two “terrorists” in a clash with a PJAK team in the mountains north of Ravansar on Thursday. PJAK said its fighters had killed several Guards and lost nobody. We cannot verify either account.

ZR: And the numbers overall?

DK: Since January, we have recorded 31 kolbars killed and 112 wounded by border guards in Kermanshah and Kurdistan provinces. Israeli strikes in June also hit missile sites near Kermanshah city, and several civilians died there.

ZR: What do you expect now?

DK: If the arrests and executions continue at this pace, I think Kermanshah will see protests like those of 2022.
"""

BORDER07 = ["border guards", "border regiment", "Iranian border guards", "Border Guard Command", "its men",
            "Police Forces of Iran", "Military Forces of Iran"]
KOLBARS = CIV + ["kolbars", "porters", "group of about 20 kolbars", "23-year-old porter", "porter", "smugglers"]
IRSEC07 = ["intelligence services", "plainclothes agents", "agents", "Security forces", "security forces",
           "Iranian security forces", "Police Forces of Iran", "Military Forces of Iran", "Ministry of Intelligence"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Guards",
        "Revolutionary Guards' regional headquarters", "Revolutionary Guards’ regional headquarters", "its forces",
        "Military Forces of Iran"]
PJAK = ["PJAK", "Party of Free Life of Kurdistan", "Kurdistan Free Life Party", "PJAK team", "its fighters",
        "terrorists"]
# "on the heights above Nowsud" -> the town's point
NOWSUD = L(["Nowsud", "Nosud", "Nowsud heights", "heights above Nowsud", "Paveh", "Kermanshah province"], 35.16, 46.20,
           "IR")
JAVANRUD = L(["Javanrud", "Javanroud", "governor's office in Javanrud", "governor’s office in Javanrud"], 34.80,
              46.49, "IR")
# "in the mountains north of Ravansar", no distance -> Ravansar's point
RAVANSAR = L(["Ravansar", "mountains north of Ravansar", "north of Ravansar", "Kermanshah province"], 34.71, 46.65,
             "IR")
KERMANSHAH = L(["Kermanshah", "Kermanshah city", "missile sites near Kermanshah city"], 34.31, 47.07, "IR")
KERM_KURD = L(["Kermanshah and Kurdistan provinces", "Kermanshah", "Kurdistan province"], cc="IR")
HRN = ["Hawar Rights Network", "Dilan Karimi", "spokesperson"]
E07 = [
    # "On Tuesday night" last week, in a Monday interview -> 9-10 September; unarmed porters shot -> Violence against
    # civilians; the regiment's "smugglers" -> the same men told another way, a non-core copy
    E(
        True,
        "border guards opened fire without warning on a group of about 20 kolbars, porters who carry goods over the mountains, on the heights above Nowsud",
        VAC,
        ATTACK,
        actor1=BORDER07,
        actor2=KOLBARS,
        location=NOWSUD,
        date=D("2025-09-09", "2025-09-10"),
        killed=R(1),
        injured=R(2),
        source=HRN,
    ),
    E(
        False,
        "its men had fired at “smugglers” who ignored orders to stop",
        VAC,
        ATTACK,
        actor1=BORDER07,
        actor2=KOLBARS,
        location=NOWSUD,
        date=D("2025-09-09", "2025-09-10"),
        source=["border regiment", "local media"],
    ),
    # arrests "almost every day" since June -> aggregate
    E(
        False,
        "the intelligence services have been arresting people in Kermanshah almost every day on charges of spying for Israel",
        STR,
        ARRESTS,
        actor1=IRSEC07,
        actor2=CIV + ["people"],
        location=KERMANSHAH,
        date=D("2025-06-13", "2025-09-15"),
        source=HRN,
        aggregate=True,
    ),
    # a raid that takes a man away -> Arrests (the guide's table), though his whereabouts are unknown; "On Saturday"
    # -> 13 September
    E(
        True,
        "plainclothes agents raided the home of Sirwan Abbasi, a teacher in Javanrud, and took him to an unknown place",
        STR,
        ARRESTS,
        actor1=IRSEC07,
        actor2=CIV + ["Sirwan Abbasi", "teacher"],
        location=JAVANRUD,
        date=D("2025-09-13"),
        source=HRN,
    ),
    # a gathering dispersed with tear gas and batons, two detained -> Protest with intervention; no injury told
    E(
        True,
        "about a hundred people, mostly teachers and relatives, gathered outside the governor’s office in Javanrud",
        PRO,
        INTERVENTION,
        actor1=PROTESTERS + ["about a hundred people", "teachers", "relatives"] + IRSEC07,
        actor2=IRSEC07 + PROTESTERS,
        location=JAVANRUD,
        date=D("2025-09-14"),
        source=HRN,
    ),
    # one clash in two versions by the two sides -> one core event per version: the IRGC's two dead (one side ->
    # 2..open) / PJAK's "several" Guards and "lost nobody" -> 3..open; "on Thursday" -> 11 September
    E(
        True,
        "its forces had killed two “terrorists” in a clash with a PJAK team in the mountains north of Ravansar on Thursday",
        BAT,
        CLASH,
        actor1=IRGC + PJAK,
        actor2=PJAK + IRGC,
        location=RAVANSAR,
        date=D("2025-09-11"),
        killed=R(2, None),
        source=["Revolutionary Guards’ regional headquarters", "Revolutionary Guards' regional headquarters",
                "Revolutionary Guards", "IRGC"],
    ),
    E(
        True,
        "PJAK said its fighters had killed several Guards and lost nobody",
        BAT,
        CLASH,
        actor1=PJAK + IRGC,
        actor2=IRGC + PJAK,
        location=RAVANSAR,
        date=D("2025-09-11"),
        killed=R(3, None),
        source=["PJAK"],
    ),
    # the year's porters -> aggregate
    E(
        False,
        "we have recorded 31 kolbars killed and 112 wounded by border guards in Kermanshah and Kurdistan provinces",
        VAC,
        ATTACK,
        actor1=BORDER07,
        actor2=KOLBARS,
        location=KERM_KURD,
        date=D("2025-01-01", "2025-09-15"),
        killed=R(31),
        injured=R(112),
        source=HRN,
        aggregate=True,
    ),
    # background: the June strikes near Kermanshah ("several civilians died" -> 3..open)
    E(
        False,
        "Israeli strikes in June also hit missile sites near Kermanshah city, and several civilians died there",
        EXP,
        AIR,
        actor1=ISRAEL + ["Israeli Air Force"],
        actor2=IRGC + CIV + ["missile sites"],
        location=KERMANSHAH,
        date=D("2025-06-01", "2025-06-30"),
        killed=R(3, None),
        source=HRN,
    ),
    # the spokesperson's conditional forecast -> hypothetical
    E(
        False,
        "If the arrests and executions continue at this pace, I think Kermanshah will see protests",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=L(["Kermanshah", "Kermanshah province"], cc="IR"),
        source=HRN,
        status="hypothetical",
    ),
    # no gold: "The border has become a hunting ground" (a metaphor), "they are not armed" (inside the shooting),
    # "His family still does not know where he is held", the two detained (inside the protest), "We cannot verify
    # either account", the executions (no dated act; judicial), the 2022 protests (a comparison)
]
DOCS.append(
    (
        "dev-ag-07",
        "Zagros Review (interview)",
        "2025-09-15",
        "interview (questions and answers)",
        "Iran/Kermanshah through a rights monitor's answers: border guards firing on porters 'On Tuesday night' of "
        "'last week' ('A 23-year-old porter from Paveh') with the regiment's 'smugglers', daily spying arrests since "
        "'the June war' (aggregate), a teacher taken 'On Saturday', a gathering dispersed 'On Sunday', one clash in two "
        "versions (the Guards' two dead / PJAK's 'several Guards and lost nobody'), a year's count, June strikes as "
        "background, a conditional forecast; a metaphor in the headline; typographic quotes",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-ag-07", "15 September 2025", "2025-09-15", "Monday"),
    ("dev-ag-07", "On Sunday", "2025-09-14", "Sunday"),
    ("dev-ag-07", "On Saturday", "2025-09-13", "Saturday"),
    ("dev-ag-07", "on Thursday", "2025-09-11", "Thursday"),
    ("dev-ag-07", "On Tuesday night (last week)", "2025-09-09", "Tuesday"),
]

# =============================================================================
# dev-ag-08  feature with quotes — south-east Turkey: Hakkari city, Diyarbakir's Bağlar district, Çukurca district; Sur and Yüksekova as background (Sat 8 Jun 2024)
# =============================================================================
T08 = """In Hakkari, anger and tear gas after an elected mayor is replaced

Mesopotamia Weekly | Feature | Saturday 8 June 2024 | By Elif Aydın

HAKKARI, Turkey - The police came for the mayor before dawn on Monday. By breakfast, a government-appointed trustee had taken over the town hall in this mountain city near the Iraqi and Iranian borders, and by the afternoon the streets around it smelled of tear gas.

"We voted, and they took our vote away in one night," said Remziye, a 58-year-old seamstress who gave only her first name.

Police detained the mayor, a member of the pro-Kurdish DEM Party elected in March with 48 percent of the vote, at his home in an investigation into alleged membership of the PKK, which he denies. The Interior Ministry named the provincial governor as trustee the same morning.

That afternoon, several hundred people gathered outside the municipal building, chanting the mayor's name. Police fired tear gas and water cannon to disperse them and detained at least 20 people, the local bar association said. A 17-year-old boy was hit in the head by a gas canister and taken to hospital in a serious condition, his uncle said.

The governor's office gave a different account: officers had "intervened against a group that attacked the police with stones and fireworks", and four officers had been injured. It then banned all demonstrations in the province for ten days.

In Diyarbakir, the largest Kurdish-majority city, hundreds of people marched through the Bağlar district on Tuesday evening in solidarity. Police blocked the march at a roundabout and detained 12 people, DEM Party officials said.

The crackdown came in the same week that violence returned to Hakkari's countryside. The defence ministry said a soldier was killed and two others were wounded on Thursday when an improvised explosive device planted by "PKK terrorists" went off during a search operation in Çukurca district.

For many here the scenes recall 2015 and 2016, when months of curfews and urban fighting between security forces and PKK-linked militants left whole quarters of Diyarbakir's Sur district and of Yüksekova in ruins. "Nobody wants that again," said a café owner. "But nobody wants to be silent either."

DEM officials said protests would continue every evening until the mayor is reinstated.
"""

TRPOL = ["Police", "police", "Turkish police", "Police Forces of Turkey", "officers", "riot police"]
TRGOV08 = TRPOL + ["Interior Ministry", "Turkish government", "Government of Turkey", "governor's office",
                   "provincial governor"]
MAYOR = ["mayor", "DEM Party", "Peoples' Equality and Democracy Party", "pro-Kurdish DEM Party",
         "elected mayor"]
CROWD08 = PROTESTERS + ["several hundred people", "people", "group that attacked the police", "rioters",
                        "a group"]
MARCH08 = PROTESTERS + ["hundreds of people", "people", "marchers"]
TRARMY08 = TURKEY + ["soldier", "soldiers", "defence ministry", "Turkish Ministry of National Defence",
                     "search operation"]
PKK08 = PKK + ["PKK terrorists", "PKK-linked militants", "terrorists"]
HAKKARI = L(["Hakkari", "Hakkâri", "town hall", "municipal building"], 37.58, 43.74, "TR")
BAGLAR = L(["Bağlar", "Baglar", "Bağlar district", "Diyarbakir", "Diyarbakır"], 37.91, 40.23, "TR")
CUKURCA = L(["Çukurca", "Cukurca", "Çukurca district", "Hakkari"], 37.25, 43.61, "TR")
SUR = L(["Sur", "Sur district", "Diyarbakir", "Diyarbakır", "Yüksekova"], 37.91, 40.24, "TR")
MW = ["Mesopotamia Weekly", "Elif Aydın", "author"]
E08 = [
    # the mayor's detention; the lede's "came for the mayor before dawn on Monday" -> the date, and a non-core copy
    E(
        True,
        "Police detained the mayor, a member of the pro-Kurdish DEM Party elected in March with 48 percent of the vote, at his home",
        STR,
        ARRESTS,
        actor1=TRPOL,
        actor2=MAYOR,
        location=HAKKARI,
        date=D("2024-06-03"),
        source=MW,
    ),
    E(
        False,
        "The police came for the mayor before dawn on Monday",
        STR,
        ARRESTS,
        actor1=TRPOL,
        actor2=MAYOR,
        location=HAKKARI,
        date=D("2024-06-03"),
        source=MW,
    ),
    # a trustee named in the mayor's place: a non-violent change of authority; annotated non-core as
    # Strategic developments/Other so that a system coding it so is not punished
    E(
        False,
        "The Interior Ministry named the provincial governor as trustee the same morning",
        STR,
        OTHER,
        actor1=["Interior Ministry", "Turkish government", "Government of Turkey"],
        actor2=MAYOR + ["municipality"],
        location=HAKKARI,
        date=D("2024-06-03"),
        source=MW,
    ),
    # one afternoon told two ways by two sources: a crowd tear-gassed and detained (the bar association, the uncle:
    # a boy hurt -> injured 1) -> Protest with intervention; the governor's "group that attacked the police with
    # stones and fireworks" with four officers hurt -> another type and other numbers -> a core event of its own
    # (Riots/Violent demonstration); the headline a non-core copy of the first
    E(
        True,
        "several hundred people gathered outside the municipal building, chanting the mayor's name",
        PRO,
        INTERVENTION,
        actor1=CROWD08 + TRPOL,
        actor2=TRPOL + CROWD08,
        location=HAKKARI,
        date=D("2024-06-03"),
        injured=R(1),
        source=MW + ["local bar association", "bar association", "his uncle"],
    ),
    E(
        True,
        'officers had "intervened against a group that attacked the police with stones and fireworks", and four officers had been injured',
        RIOT,
        VIOLENT,
        actor1=CROWD08,
        actor2=TRPOL,
        location=HAKKARI,
        date=D("2024-06-03"),
        injured=R(4),
        source=["governor's office", "Hakkari governor's office", "governor"],
    ),
    E(
        False,
        "In Hakkari, anger and tear gas after an elected mayor is replaced",
        PRO,
        INTERVENTION,
        actor1=CROWD08 + TRPOL,
        actor2=TRPOL + CROWD08,
        location=HAKKARI,
        date=D("2024-06-03"),
        source=MW,
    ),
    # a march blocked and 12 detained -> Protest with intervention; "on Tuesday evening" -> 4 June
    E(
        True,
        "hundreds of people marched through the Bağlar district on Tuesday evening in solidarity",
        PRO,
        INTERVENTION,
        actor1=MARCH08 + TRPOL,
        actor2=TRPOL + MARCH08,
        location=BAGLAR,
        date=D("2024-06-04"),
        source=MW + ["DEM Party officials"],
    ),
    # "on Thursday" -> 6 June; "a soldier was killed and two others were wounded" -> 1 and 2
    E(
        True,
        'a soldier was killed and two others were wounded on Thursday when an improvised explosive device planted by "PKK terrorists" went off during a search operation in Çukurca district',
        EXP,
        IED,
        actor1=PKK08,
        actor2=TRARMY08,
        location=CUKURCA,
        date=D("2024-06-06"),
        killed=R(1),
        injured=R(2),
        source=["defence ministry", "Turkish Ministry of National Defence", "Ministry of National Defence"],
    ),
    # background: the 2015-2016 urban fighting -> non-core
    E(
        False,
        "months of curfews and urban fighting between security forces and PKK-linked militants left whole quarters of Diyarbakir's Sur district and of Yüksekova in ruins",
        BAT,
        CLASH,
        actor1=TURKEY + ["security forces"] + PKK08,
        actor2=PKK08 + TURKEY,
        location=SUR,
        date=D("2015-01-01", "2016-12-31"),
        source=MW,
    ),
    # the party's own announcement of protests to come -> planned
    E(
        False,
        "DEM officials said protests would continue every evening until the mayor is reinstated",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["DEM Party", "DEM officials"],
        location=HAKKARI,
        source=["DEM officials", "DEM Party"],
        status="planned",
    ),
    # no gold: the quotes ("they took our vote away in one night" - a figure of speech), the charge of PKK membership
    # (no act), the governor's ten-day ban (no act of violence), "violence returned to Hakkari's countryside"
    # (generic), "Nobody wants that again"
]
DOCS.append(
    (
        "dev-ag-08",
        "Mesopotamia Weekly (feature)",
        "2024-06-08",
        "feature with quotes",
        "south-east Turkey: a mayor detained 'before dawn on Monday' (the lede a copy), a trustee named (non-core "
        "Other), one afternoon's protest told two ways (a crowd tear-gassed, a boy hurt / the governor's 'group that "
        "attacked the police', four officers hurt), a march in Diyarbakir 'on Tuesday evening', an IED in Çukurca "
        "'on Thursday', 2015-2016 as background, protests announced; quotes and a headline copy",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-ag-08", "Saturday 8 June 2024", "2024-06-08", "Saturday"),
    ("dev-ag-08", "on Thursday", "2024-06-06", "Thursday"),
    ("dev-ag-08", "on Tuesday evening", "2024-06-04", "Tuesday"),
    ("dev-ag-08", "before dawn on Monday", "2024-06-03", "Monday"),
]

# =============================================================================
# dev-ag-09  correction notice with the corrected article — Israel's Gaza envelope and Negev: Sderot and Netivot, Beit Hanoun across the fence, an unrecognised Bedouin village east of Beersheba, Rahat (Wed 15 May 2024)
# =============================================================================
T09 = """Rockets fired at Sderot and Netivot; homes demolished in Negev Bedouin village (corrected)

The Negev Herald | News | First published 14 May 2024; updated 15 May 2024

CORRECTION, 15 May: An earlier version of this article said that a rocket hit a house in Sderot on Sunday, wounding two people. That was wrong. The barrage was fired on Monday, and no one was wounded by the rockets. A woman was lightly hurt while running to a shelter, and the house that was damaged is in Netivot, not Sderot. We regret the errors.

SDEROT - At least five rockets were fired from the northern Gaza Strip toward Sderot and Netivot on Monday evening, the army said, sending thousands of residents of the Gaza envelope into shelters. Three of the rockets were intercepted by the Iron Dome system and one fell in an open area near Sderot, the army said. A fifth hit the yard of a house in Netivot, damaging its walls and a car.

Magen David Adom said no one was hurt by the rockets themselves. A 62-year-old woman was lightly injured when she fell on her way to a shelter in Sderot, and paramedics treated two people for anxiety.

Palestinian Islamic Jihad's al-Quds Brigades claimed the barrage, saying it was a response to "the massacres of the occupation" in Jabalia. The army said its artillery struck the launch site in Beit Hanoun shortly afterwards.

Earlier on Monday, police escorted Israel Land Authority inspectors as bulldozers demolished eight homes and a livestock pen in an unrecognised Bedouin village east of Beersheba, leaving about 50 people without shelter, the village committee said. Police said two residents were arrested for assaulting officers. In the evening, several hundred people protested outside the police station in Rahat against the demolitions. The protest ended peacefully.

Residents of unrecognised villages have no public shelters, and say they feel doubly exposed. "When the rockets come, we lie down in the sand; when the bulldozers come, there is nowhere to lie down," said Salem, a teacher from the village.

Since October 7, more than 13,000 rockets have been fired from Gaza at Israel, according to the army. Officials in Sderot say they fear the barrages will resume in earnest if the army scales down its presence in northern Gaza.
"""

PALMIL09 = PIJ + UNK + ["Palestinian militants", "militants"]
ISR09 = ISRAEL + ["army", "its artillery", "Iron Dome", "Iron Dome system"]
ISRPOL09 = ["police", "Israel Police", "Israeli police", "Police Forces of Israel", "Israel Land Authority",
            "Israel Land Authority inspectors", "inspectors", "bulldozers"]
BEDOUIN = CIV + ["Bedouin", "residents", "eight homes", "homes", "livestock pen", "unrecognised Bedouin village",
                 "two residents"]
TARGETS09 = ISRAEL + CIV + ["Sderot", "Netivot", "residents", "house"]
SDEROT = L(["Sderot", "Netivot", "Gaza envelope", "near Sderot"], 31.52, 34.60, "IL")
NETIVOT = L(["Netivot", "house in Netivot"], 31.42, 34.59, "IL")
BEIT_HANOUN = L(["Beit Hanoun", "Beit Hanun", "launch site", "northern Gaza Strip"], 31.54, 34.54, "PS")
# "an unrecognised Bedouin village east of Beersheba", unnamed, no distance -> Beersheba's point
BEERSHEBA_E = L(["east of Beersheba", "Beersheba", "Be'er Sheva", "unrecognised Bedouin village", "Negev"], 31.25,
                34.79, "IL")
RAHAT = L(["Rahat", "police station in Rahat"], 31.39, 34.75, "IL")
NH = ["The Negev Herald", "Negev Herald", "author"]
ARMY09 = ["army", "Israeli army", "IDF", "Israel Defense Forces"]
MDA = ["Magen David Adom", "MDA", "paramedics"]
E09 = [
    # the earlier version's telling, withdrawn by the paper itself -> a non-core denied event, the paper as source
    E(
        False,
        "a rocket hit a house in Sderot on Sunday, wounding two people",
        EXP,
        SHELL,
        actor1=PALMIL09,
        actor2=TARGETS09,
        location=L(["Sderot"], 31.52, 34.60, "IL"),
        date=D("2024-05-12"),
        injured=R(2),
        source=NH,
        status="denied",
    ),
    # the corrected account: "on Monday evening" -> 13 May; one barrage on two towns ~11 km apart -> one event at
    # Sderot's point with Netivot among the names; "no one was hurt by the rockets themselves" -> killed 0..0; the
    # woman who fell on her way to a shelter may or may not count -> injured 0..1 (the anxiety cases not counted);
    # the claim is folded into the sources; the rocket on Netivot, the correction's summary, the claim and the
    # headline are non-core copies
    E(
        True,
        "At least five rockets were fired from the northern Gaza Strip toward Sderot and Netivot on Monday evening",
        EXP,
        SHELL,
        actor1=PALMIL09,
        actor2=TARGETS09,
        location=SDEROT,
        date=D("2024-05-13"),
        killed=R(0),
        injured=R(0, 1),
        source=ARMY09 + MDA + NH + ["al-Quds Brigades"],
    ),
    E(
        False,
        "The barrage was fired on Monday, and no one was wounded by the rockets",
        EXP,
        SHELL,
        actor1=PALMIL09,
        actor2=TARGETS09,
        location=SDEROT,
        date=D("2024-05-13"),
        injured=R(0),
        source=NH,
    ),
    E(
        False,
        "A fifth hit the yard of a house in Netivot, damaging its walls and a car",
        EXP,
        SHELL,
        actor1=PALMIL09,
        actor2=CIV + ["house", "yard of a house"],
        location=NETIVOT,
        date=D("2024-05-13"),
        source=NH,
    ),
    E(
        False,
        "Palestinian Islamic Jihad's al-Quds Brigades claimed the barrage",
        EXP,
        SHELL,
        actor1=PIJ,
        actor2=TARGETS09,
        location=SDEROT,
        date=D("2024-05-13"),
        source=["al-Quds Brigades", "Palestinian Islamic Jihad"],
    ),
    E(
        False,
        "Rockets fired at Sderot and Netivot",
        EXP,
        SHELL,
        actor1=PALMIL09,
        actor2=TARGETS09,
        location=SDEROT,
        date=D("2024-05-13"),
        source=NH,
    ),
    # the interceptions -> a core Disrupted weapons use of their own
    E(
        True,
        "Three of the rockets were intercepted by the Iron Dome system",
        STR,
        DISRUPT,
        actor1=ISR09,
        actor2=PALMIL09 + ["rockets"],
        location=SDEROT,
        date=D("2024-05-13"),
        source=ARMY09,
    ),
    # the return fire on the launch site across the fence: an act of its own at another place
    E(
        True,
        "its artillery struck the launch site in Beit Hanoun shortly afterwards",
        EXP,
        SHELL,
        actor1=ISR09,
        actor2=PIJ + ["launch site", "Palestinian militants"],
        location=BEIT_HANOUN,
        date=D("2024-05-13"),
        source=ARMY09,
    ),
    # demolitions by the state with no one hurt -> Looting/property destruction; "Earlier on Monday" -> 13 May
    E(
        True,
        "police escorted Israel Land Authority inspectors as bulldozers demolished eight homes and a livestock pen in an unrecognised Bedouin village east of Beersheba",
        STR,
        LOOT,
        actor1=ISRPOL09,
        actor2=BEDOUIN,
        location=BEERSHEBA_E,
        date=D("2024-05-13"),
        source=NH + ["village committee"],
    ),
    E(
        True,
        "two residents were arrested for assaulting officers",
        STR,
        ARRESTS,
        actor1=ISRPOL09,
        actor2=BEDOUIN,
        location=BEERSHEBA_E,
        date=D("2024-05-13"),
        source=["Police", "police", "Israel Police"],
    ),
    E(
        False,
        "homes demolished in Negev Bedouin village",
        STR,
        LOOT,
        actor1=ISRPOL09,
        actor2=BEDOUIN,
        location=BEERSHEBA_E,
        date=D("2024-05-13"),
        source=NH,
    ),
    # "In the evening ... The protest ended peacefully" -> Peaceful protest
    E(
        True,
        "several hundred people protested outside the police station in Rahat against the demolitions",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["several hundred people", "Bedouin"],
        location=RAHAT,
        date=D("2024-05-13"),
        source=NH,
    ),
    # the war's count -> aggregate; the officials' conditional fear -> hypothetical
    E(
        False,
        "Since October 7, more than 13,000 rockets have been fired from Gaza at Israel",
        EXP,
        SHELL,
        actor1=HAMAS + PALMIL09,
        actor2=ISRAEL,
        location=L(["Israel"], cc="IL"),
        date=D("2023-10-07", "2024-05-14"),
        source=ARMY09,
        aggregate=True,
    ),
    E(
        False,
        "they fear the barrages will resume in earnest if the army scales down its presence in northern Gaza",
        EXP,
        SHELL,
        actor1=HAMAS + PALMIL09,
        actor2=ISRAEL + ["Sderot"],
        location=SDEROT,
        source=["Officials in Sderot", "officials"],
        status="hypothetical",
    ),
    # no gold: "sending thousands of residents ... into shelters", the rocket "in an open area" (inside the barrage),
    # the anxiety cases, "the massacres of the occupation" in Jabalia (a claimant's vague reference), the families
    # "without shelter" (a consequence), the teacher's quote, "We regret the errors"
]
DOCS.append(
    (
        "dev-ag-09",
        "The Negev Herald (corrected article)",
        "2024-05-15",
        "correction notice with the corrected article",
        "Israel's Gaza envelope and Negev: a correction that withdraws a rocket 'in Sderot on Sunday, wounding two "
        "people' (non-core denied) and restates the barrage 'on Monday'; 'At least five rockets' toward two towns with "
        "'no one was hurt by the rockets themselves' and a woman who fell on the way to a shelter, the interceptions, "
        "the rocket on Netivot and the claim as copies, return fire across the fence, demolitions and arrests in an "
        "unnamed village 'east of Beersheba', a peaceful protest in Rahat, a war count, a conditional fear, a quote",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-ag-09", "updated 15 May 2024", "2024-05-15", "Wednesday"),
    ("dev-ag-09", "First published 14 May 2024", "2024-05-14", "Tuesday"),
    ("dev-ag-09", "on Monday / on Monday evening / Earlier on Monday", "2024-05-13", "Monday"),
    ("dev-ag-09", "on Sunday (the withdrawn version)", "2024-05-12", "Sunday"),
]

# =============================================================================
# dev-ag-10  wire service — Niger's Tillabéri region: a village in Gotheye department, Téra department; Niamey; Inates as background (Mon 7 Apr 2025)
# =============================================================================
T10 = """Niger: gunmen kill at least 21 at Tillabéri market; army says 20 'terrorists' killed in pursuit

NIAMEY, April 7 (West Africa Wire) - Gunmen on motorcycles opened fire on a weekly market in a village in the Gotheye department of Niger's Tillabéri region on Friday, killing at least 21 civilians, two local officials and a resident told West Africa Wire.

"They came from the river side at around eleven in the morning and shot at everyone. Then they burned the stalls," said the resident, who asked not to be named. Some of the dead were children who had come with their parents to sell vegetables, he said.

In a statement read on state television late on Saturday, the Interior Ministry put the toll at 17 civilians killed by "armed bandits" and declared three days of national mourning. Residents blamed the Islamic State Sahel Province (ISSP), which is active in the area. No group has claimed the attack.

The army said on Sunday that troops pursuing the attackers had killed some twenty terrorists in two engagements in the bush north of the village on Saturday, losing two soldiers, and that an air force drone had struck a column of motorcycles fleeing towards the Malian border. It gave no toll for the drone strike.

In the Téra department, gunmen abducted a village chief and his son from their home on Wednesday night, a local councillor said. Kidnappings for ransom have become common in the area.

In Niamey, police detained a radio journalist on Sunday after he broadcast interviews with survivors of the market attack, his employer said. Police did not comment.

The Tillabéri region, on the borders with Mali and Burkina Faso, has borne the brunt of Niger's jihadist insurgency. In December 2019, an attack on the army camp at Inates killed 71 soldiers. A local rights group says more than 1,000 civilians were killed in the region last year.

Niger's military government, which seized power in July 2023, has vowed to "wipe out" the armed groups and has turned to Russia for security support.
"""

ISSP = ["Islamic State Sahel Province", "ISSP", "Islamic State", "IS Sahel", "Islamic State in the Greater Sahara",
        "ISGS"]
GUNMEN10 = UNK + ["Gunmen", "gunmen", "Gunmen on motorcycles", "attackers", "armed bandits", "bandits",
                  "terrorists"]
FAN = ["Nigerien army", "Niger army", "army", "Niger Armed Forces", "FAN", "Military Forces of Niger", "troops",
       "soldiers", "air force", "Niger air force", "military government"]
NIGPOL = ["police", "Niger police", "Police Forces of Niger"]
# "a village in the Gotheye department" (unnamed) and "the bush north of the village" -> the department's names and
# the country
GOTHEYE = L(["Gotheye", "Gotheye department", "Tillabéri", "Tillabéri region", "Tillaberi"], cc="NE")
TERA = L(["Téra", "Tera", "Téra department", "Tillabéri region"], cc="NE")
NIAMEY = L(["Niamey"], 13.51, 2.11, "NE")
INATES = L(["Inates", "army camp at Inates", "Tillabéri region"], cc="NE")
TILLA = L(["Tillabéri region", "Tillabéri", "Tillaberi"], cc="NE")
WAW = ["West Africa Wire", "author"]
E10 = [
    # one attack, two tolls by two sources: the officials' and resident's "at least 21" / the ministry's 17 "armed
    # bandits" -> one core event per version, each with its numbers and actors; the residents' blame -> a non-core
    # copy with ISSP; the burning of stalls is inside; "on Friday" -> 4 April
    E(
        True,
        "Gunmen on motorcycles opened fire on a weekly market in a village in the Gotheye department of Niger's Tillabéri region on Friday, killing at least 21 civilians",
        VAC,
        ATTACK,
        actor1=GUNMEN10 + ISSP,
        actor2=CIV + ["weekly market", "market", "children"],
        location=GOTHEYE,
        date=D("2025-04-04"),
        killed=R(21, None),
        source=["two local officials", "local officials", "resident"] + WAW,
    ),
    E(
        True,
        'the Interior Ministry put the toll at 17 civilians killed by "armed bandits"',
        VAC,
        ATTACK,
        actor1=GUNMEN10,
        actor2=CIV,
        location=GOTHEYE,
        date=D("2025-04-04"),
        killed=R(17),
        source=["Interior Ministry", "Niger Interior Ministry", "state television"],
    ),
    E(
        False,
        "Residents blamed the Islamic State Sahel Province (ISSP)",
        VAC,
        ATTACK,
        actor1=ISSP,
        actor2=CIV,
        location=GOTHEYE,
        date=D("2025-04-04"),
        source=["Residents", "residents"],
    ),
    E(
        False,
        "gunmen kill at least 21 at Tillabéri market",
        VAC,
        ATTACK,
        actor1=GUNMEN10,
        actor2=CIV + ["market"],
        location=GOTHEYE,
        date=D("2025-04-04"),
        killed=R(21, None),
        source=WAW,
    ),
    # two engagements in one place on one day told in one clause -> one Battles event; "some twenty" and "losing two
    # soldiers" (both sides) -> 22 (as "some 45" -> 45..45); the headline a copy with the army's 20
    E(
        True,
        "troops pursuing the attackers had killed some twenty terrorists in two engagements in the bush north of the village on Saturday, losing two soldiers",
        BAT,
        CLASH,
        actor1=FAN + GUNMEN10,
        actor2=GUNMEN10 + ISSP + FAN,
        location=GOTHEYE,
        date=D("2025-04-05"),
        killed=R(22),
        source=["army", "Nigerien army", "Niger army"],
    ),
    E(
        False,
        "army says 20 'terrorists' killed in pursuit",
        BAT,
        CLASH,
        actor1=FAN,
        actor2=GUNMEN10,
        location=GOTHEYE,
        date=D("2025-04-05"),
        killed=R(20),
        source=WAW + ["army"],
    ),
    # the drone strike, undated within "said on Sunday" after Saturday's pursuit -> Saturday and Sunday; "It gave no
    # toll" -> no number field; the column "fleeing towards the Malian border" from the department -> its names
    E(
        True,
        "an air force drone had struck a column of motorcycles fleeing towards the Malian border",
        EXP,
        AIR,
        actor1=FAN,
        actor2=GUNMEN10 + ISSP + ["column of motorcycles"],
        location=GOTHEYE,
        date=D("2025-04-05", "2025-04-06"),
        source=["army", "Nigerien army", "Niger army"],
    ),
    # "on Wednesday night" -> both days
    E(
        True,
        "gunmen abducted a village chief and his son from their home on Wednesday night",
        VAC,
        ABDUCT,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["village chief", "his son", "son"],
        location=TERA,
        date=D("2025-04-02", "2025-04-03"),
        source=["local councillor"] + WAW,
    ),
    E(
        True,
        "police detained a radio journalist on Sunday after he broadcast interviews with survivors of the market attack",
        STR,
        ARRESTS,
        actor1=NIGPOL,
        actor2=CIV + ["radio journalist", "journalist"],
        location=NIAMEY,
        date=D("2025-04-06"),
        source=["his employer", "employer"] + WAW,
    ),
    # background: Inates, "In December 2019" -> the month
    E(
        False,
        "an attack on the army camp at Inates killed 71 soldiers",
        BAT,
        CLASH,
        actor1=ISSP,
        actor2=FAN + ["army camp"],
        location=INATES,
        date=D("2019-12-01", "2019-12-31"),
        killed=R(71),
        source=WAW,
    ),
    # "more than 1,000 civilians ... last year" -> 1001..open, the year 2024
    E(
        False,
        "more than 1,000 civilians were killed in the region last year",
        VAC,
        ATTACK,
        actor1=ISSP + GUNMEN10 + ["JNIM"],
        actor2=CIV,
        location=TILLA,
        date=D("2024-01-01", "2024-12-31"),
        killed=R(1001, None),
        source=["local rights group", "rights group"],
        aggregate=True,
    ),
    # the junta's vow (its own) -> planned
    E(
        False,
        'has vowed to "wipe out" the armed groups',
        BAT,
        CLASH,
        actor1=FAN,
        actor2=ISSP + ["armed groups", "JNIM"],
        location=L(["Niger"], cc="NE"),
        source=["Niger's military government", "military government"],
        status="planned",
    ),
    # no gold: the resident's quote (inside the attack), the mourning, "No group has claimed the attack",
    # "Kidnappings for ransom have become common" (generic), "Police did not comment", the insurgency in general,
    # the July 2023 coup (a reference), the turn to Russia
]
DOCS.append(
    (
        "dev-ag-10",
        "West Africa Wire",
        "2025-04-07",
        "wire service",
        "Niger/Tillabéri: a market attack 'on Friday' in two tolls by two sources ('at least 21' / the ministry's 17 "
        "killed by '\"armed bandits\"') with the residents' blame on ISSP, the army's pursuit ('some twenty "
        "terrorists' and 'losing two soldiers') and an untolled drone strike, an abduction 'on Wednesday night', a "
        "journalist detained, Inates 2019 as background, last year's toll, a vow; two headline copies",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-ag-10", "April 7", "2025-04-07", "Monday"),
    ("dev-ag-10", "on Sunday", "2025-04-06", "Sunday"),
    ("dev-ag-10", "late on Saturday / on Saturday", "2025-04-05", "Saturday"),
    ("dev-ag-10", "on Friday", "2025-04-04", "Friday"),
    ("dev-ag-10", "on Wednesday night", "2025-04-02", "Wednesday"),
]

# =============================================================================
# dev-ag-11  NGO security alert — Cameroon's Far North: a village south of Mozogo (Mayo-Tsanaga), Kolofata, the Mora-Kolofata road north of Mora, near Amchide, Mora (Mayo-Sava) (Mon 20 Jan 2025)
# =============================================================================
T11 = """ALERT - Far North Cameroon: night raid near Mozogo, suicide bombing in Kolofata

Mandara Civil Protection Collective | Security and protection alert No. 3/2025 | Maroua, 20 January 2025 | For humanitarian partners and local authorities

Information in this alert comes from our community monitors in Mayo-Tsanaga and Mayo-Sava departments. Figures marked (U) are unconfirmed.

1. MOZOGO AREA, MAYO-TSANAGA - On the night of 16 to 17 January, armed men identified by survivors as Boko Haram fighters raided a village about 10 km south of Mozogo, killing three civilians, among them a 14-year-old girl, and looting food and livestock. At least six women were abducted. Members of the village vigilance committee fought the attackers with bows and locally made guns for about an hour; one committee member was killed, and the committee's leader says two assailants were killed (U).

2. KOLOFATA, MAYO-SAVA - On 17 January, during Friday prayers, a female suicide bomber blew herself up at the entrance of a mosque, killing herself and two worshippers and wounding five others. A second woman wearing an explosive vest was shot dead by soldiers before she could detonate it, according to local authorities. No group has claimed the attack; both Boko Haram factions have used women and girls as bombers in the area.

3. MORA-KOLOFATA ROAD - On 18 January, a military vehicle struck a landmine about 5 km north of Mora, wounding four soldiers. Movement on the road is restricted to escorted convoys until further notice.

4. AMCHIDE (U) - The army's Rapid Intervention Battalion (BIR) said its units killed "several terrorists" and freed two hostages in an operation near Amchide, on the Nigerian border, on 18 January. We have not been able to confirm this.

5. ARRESTS - Gendarmes in Mora detained 11 young men on 19 January on suspicion of supplying fuel to armed groups. Families say most of them are moto-taxi drivers.

TRENDS - Since 1 December, the Collective has recorded 19 attacks in the two departments, in which 27 civilians were killed and 41 abducted. Around 2,400 people have fled border villages towards Mora and Mokolo.

RISKS - Monitors expect further raids on border villages as the harvest is brought in, when food stocks are most exposed to looting.
"""

BOKO = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram fighters",
        "armed men identified by survivors as Boko Haram fighters", "attackers", "assailants"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Boko Haram factions"]
VIGIL = ["vigilance committee", "village vigilance committee", "Members of the village vigilance committee",
         "committee member", "vigilantes", "comité de vigilance"]
CMARMY = ["Cameroonian army", "Cameroon army", "army", "Military Forces of Cameroon", "soldiers",
          "Rapid Intervention Battalion", "BIR", "its units", "military vehicle", "four soldiers"]
CMGEND = ["Gendarmes", "gendarmerie", "Cameroonian gendarmerie", "Police Forces of Cameroon"]
# "about 10 km south of Mozogo": Mozogo is a small town we cannot pin to ~0.05 degree -> names and country
MOZOGO_S = L(["south of Mozogo", "Mozogo", "Mozogo area", "Mayo-Tsanaga", "village"], cc="CM")
KOLOFATA = L(["Kolofata", "mosque", "entrance of a mosque", "Mayo-Sava"], 11.17, 14.01, "CM")
# "about 5 km north of Mora" on the Mora-Kolofata road -> LKM from Mora
MORA_N = LKM(["north of Mora", "Mora-Kolofata road", "Mora", "Kolofata"], 11.05, 14.14, 5, 0, "CM")
AMCHIDE = L(["Amchide", "Amchidé", "near Amchide", "Nigerian border", "Mayo-Sava"], cc="CM")
MORA = L(["Mora"], 11.05, 14.14, "CM")
FARNORTH = L(["Mayo-Tsanaga and Mayo-Sava", "Mayo-Tsanaga", "Mayo-Sava", "Far North", "two departments"], cc="CM")
MCPC = ["Mandara Civil Protection Collective", "Collective", "community monitors", "author"]
E11 = [
    # one raid, three acts of different types -> three core events: the killing of civilians (3; the committee
    # member's death belongs to the fight), the abduction ("At least six women" - abductees are no casualties: no
    # number field) and the vigilance committee's fight (one of theirs and "two assailants" (U) -> both sides told,
    # exact 3); "On the night of 16 to 17 January" -> both days; the looting is inside the raid
    E(
        True,
        "armed men identified by survivors as Boko Haram fighters raided a village about 10 km south of Mozogo, killing three civilians, among them a 14-year-old girl",
        VAC,
        ATTACK,
        actor1=BOKO + UNK,
        actor2=CIV + ["village", "14-year-old girl", "three civilians"],
        location=MOZOGO_S,
        date=D("2025-01-16", "2025-01-17"),
        killed=R(3),
        source=MCPC + ["survivors"],
    ),
    E(
        True,
        "At least six women were abducted",
        VAC,
        ABDUCT,
        actor1=BOKO + UNK,
        actor2=CIV + ["women", "six women"],
        location=MOZOGO_S,
        date=D("2025-01-16", "2025-01-17"),
        source=MCPC,
    ),
    E(
        True,
        "Members of the village vigilance committee fought the attackers with bows and locally made guns for about an hour",
        BAT,
        CLASH,
        actor1=VIGIL + BOKO,
        actor2=BOKO + VIGIL,
        location=MOZOGO_S,
        date=D("2025-01-16", "2025-01-17"),
        killed=R(3),
        source=MCPC + ["committee's leader"],
    ),
    E(
        False,
        "night raid near Mozogo",
        VAC,
        ATTACK,
        actor1=BOKO + UNK,
        actor2=CIV,
        location=MOZOGO_S,
        date=D("2025-01-16", "2025-01-17"),
        source=MCPC,
    ),
    # a bomber on foot -> Suicide bomb; "killing herself and two worshippers and wounding five others" -> 3 (the
    # bomber counts, as ACLED's fatalities) and 5; "both Boko Haram factions" named as the possible authors -> both
    # plus unknown
    E(
        True,
        "a female suicide bomber blew herself up at the entrance of a mosque, killing herself and two worshippers and wounding five others",
        EXP,
        SUICIDE,
        actor1=BOKO + ISWAP + UNK + ["female suicide bomber", "suicide bomber"],
        actor2=CIV + ["worshippers", "mosque", "two worshippers"],
        location=KOLOFATA,
        date=D("2025-01-17"),
        killed=R(3),
        injured=R(5),
        source=MCPC,
    ),
    E(
        False,
        "suicide bombing in Kolofata",
        EXP,
        SUICIDE,
        actor1=BOKO + ISWAP + UNK,
        actor2=CIV,
        location=KOLOFATA,
        date=D("2025-01-17"),
        source=MCPC,
    ),
    # a would-be bomber shot before detonating -> Disrupted weapons use (a bomb stopped), her death -> killed 1
    E(
        True,
        "A second woman wearing an explosive vest was shot dead by soldiers before she could detonate it",
        STR,
        DISRUPT,
        actor1=CMARMY,
        actor2=BOKO + ISWAP + UNK + ["second woman", "explosive vest"],
        location=KOLOFATA,
        date=D("2025-01-17"),
        killed=R(1),
        source=["local authorities"] + MCPC,
    ),
    # no layer named -> unknown plus Boko Haram (the alert's frame); "about 5 km north of Mora" -> LKM
    E(
        True,
        "a military vehicle struck a landmine about 5 km north of Mora, wounding four soldiers",
        EXP,
        IED,
        actor1=UNK + BOKO,
        actor2=CMARMY,
        location=MORA_N,
        date=D("2025-01-18"),
        injured=R(4),
        source=MCPC,
    ),
    # the BIR's claim (U) -> core, occurred, sourced to it; "several" -> 3..open; the freed hostages are inside
    E(
        True,
        'its units killed "several terrorists" and freed two hostages in an operation near Amchide, on the Nigerian border, on 18 January',
        BAT,
        CLASH,
        actor1=CMARMY + BOKO,
        actor2=BOKO + ISWAP + ["terrorists"] + CMARMY,
        location=AMCHIDE,
        date=D("2025-01-18"),
        killed=R(3, None),
        source=["Rapid Intervention Battalion", "BIR", "army"],
    ),
    E(
        True,
        "Gendarmes in Mora detained 11 young men on 19 January on suspicion of supplying fuel to armed groups",
        STR,
        ARRESTS,
        actor1=CMGEND,
        actor2=CIV + ["11 young men", "young men", "moto-taxi drivers"],
        location=MORA,
        date=D("2025-01-19"),
        source=MCPC,
    ),
    # the period's count -> aggregate
    E(
        False,
        "the Collective has recorded 19 attacks in the two departments, in which 27 civilians were killed and 41 abducted",
        VAC,
        ATTACK,
        actor1=BOKO + ISWAP + UNK,
        actor2=CIV,
        location=FARNORTH,
        date=D("2024-12-01", "2025-01-20"),
        killed=R(27),
        source=MCPC,
        aggregate=True,
    ),
    # the monitors' expectation -> hypothetical
    E(
        False,
        "Monitors expect further raids on border villages as the harvest is brought in",
        VAC,
        ATTACK,
        actor1=BOKO + ISWAP + UNK,
        actor2=CIV + ["border villages"],
        location=FARNORTH,
        source=MCPC + ["Monitors"],
        status="hypothetical",
    ),
    # no gold: the grading note, the road restrictions, "No group has claimed the attack", "both Boko Haram factions
    # have used women and girls as bombers" (generic), "We have not been able to confirm this", the families' word
    # on the detainees, the displacement figure
]
DOCS.append(
    (
        "dev-ag-11",
        "Mandara Civil Protection Collective (alert)",
        "2025-01-20",
        "NGO security alert",
        "Cameroon's Far North in numbered items: a night raid 'about 10 km south of Mozogo' split into a killing ('a "
        "14-year-old girl'), an abduction ('At least six women') and a vigilance committee's fight (each side's dead, "
        "one unconfirmed), a suicide bombing ('killing herself and two worshippers') by either faction and a second "
        "bomber shot, a landmine 'about 5 km north of Mora', an unconfirmed army claim ('several terrorists'), "
        "arrests, a count, a forecast; two headline copies; figures graded (U)",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-ag-11", "20 January 2025", "2025-01-20", "Monday"),
    ("dev-ag-11", "On 17 January, during Friday prayers", "2025-01-17", "Friday"),
]

# =============================================================================
# dev-ag-12  newsletter round-up — Sudan's West Darfur: El Geneina (its airport, Ardamata, al-Jamarik), Kereneik; Adre across the border in Chad (Tue 26 Aug 2025)
# =============================================================================
T12 = """Sudan Round-up: drones over El Geneina, killings in Ardamata, protest in Adre

Darfur Dispatch | Sudan round-up | Tuesday 26 August 2025

Our weekly round-up of events in Sudan, compiled from our correspondents, local monitors and the parties’ statements. This week we focus on West Darfur.

DRONES OVER GENEINA - Drones struck El Geneina airport and a nearby fuel depot early on Sunday. The Rapid Support Forces (RSF), which has held the city since mid-2023, said the strike killed three civilians, among them a fuel seller and his 10-year-old nephew, and blamed the Sudanese Armed Forces (SAF). SAF-aligned media said the army’s drones had destroyed “an RSF drone workshop and weapons shipments arriving from abroad”, killing dozens of the militia’s fighters. It was the third drone strike on the city this month.

ARDAMATA KILLINGS - Two Masalit farmers were shot dead on Wednesday in fields near Ardamata, on the north-eastern edge of El Geneina, according to the Darfur Bar Association, which blamed Arab militiamen allied to the RSF. The RSF-appointed governor of West Darfur said the two men had been killed in “a personal dispute” unrelated to any armed group.

ARRESTS - RSF intelligence officers detained a local journalist and two volunteers of an Emergency Response Room in El Geneina’s al-Jamarik neighbourhood on Thursday, colleagues said. Their whereabouts are unknown.

LOOTING - Residents of Kereneik, east of El Geneina, said RSF fighters in pick-up trucks looted shops in the town’s market on Friday night and drove off with at least six vehicles.

PROTEST IN ADRE - Across the border in Chad, several hundred Sudanese refugees protested on Saturday outside a food distribution point in Adre against cuts to their monthly rations. The protest ended peacefully after local officials met a delegation.

BACKGROUND - El Geneina was the scene of mass killings of Masalit civilians by the RSF and allied militias in 2023; a UN panel of experts estimated that between 10,000 and 15,000 people were killed in the city that year.

WHAT NEXT - An army commander in El Fasher vowed on Monday to “liberate Geneina before the end of the year”. Aid agencies fear that the rains will cut the Adre crossing within weeks, and that a new offensive, if it comes, would drive thousands more across the border.
"""

RSF = ["Rapid Support Forces", "RSF", "RSF fighters", "RSF intelligence officers", "RSF intelligence",
       "RSF-appointed governor"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "Military Forces of Sudan", "army's drones",
       "army commander"]
ARABMIL = ["Arab militiamen", "Arab militiamen allied to the RSF", "allied militias", "Arab militia", "militiamen"]
GENEINA = L(["El Geneina", "Geneina", "El Geneina airport", "fuel depot", "West Darfur"], 13.45, 22.44, "SD")
# "near Ardamata, on the north-eastern edge of El Geneina" -> the city's point
ARDAMATA = L(["Ardamata", "near Ardamata", "El Geneina", "Geneina"], 13.45, 22.44, "SD")
JAMARIK = L(["al-Jamarik", "al-Jamarik neighbourhood", "El Geneina", "Geneina"], 13.45, 22.44, "SD")
# Kereneik lies some 80 km east of El Geneina and we cannot pin it -> names and country
KERENEIK = L(["Kereneik", "Kreinik", "Kereinik", "east of El Geneina", "West Darfur"], cc="SD")
ADRE = L(["Adre", "Adré", "food distribution point in Adre"], 13.47, 22.20, "TD")
DD = ["Darfur Dispatch", "author"]
E12 = [
    # one strike, two objects by the two sides: the RSF's three civilians (told a sentence later) / SAF media's "RSF
    # drone workshop and weapons shipments" with "dozens" of fighters killed (-> 24..open) -> one core event per
    # version; drones named without an owner in the author's sentence -> SAF (blamed and claiming) plus unknown; the
    # RSF's toll and the headline non-core copies
    E(
        True,
        "Drones struck El Geneina airport and a nearby fuel depot early on Sunday",
        EXP,
        AIR,
        actor1=SAF + UNK,
        actor2=CIV + RSF + ["El Geneina airport", "airport", "fuel depot", "fuel seller", "10-year-old nephew"],
        location=GENEINA,
        date=D("2025-08-24"),
        killed=R(3),
        source=DD + RSF,
    ),
    E(
        False,
        "the strike killed three civilians, among them a fuel seller and his 10-year-old nephew",
        EXP,
        AIR,
        actor1=SAF,
        actor2=CIV + ["fuel seller", "10-year-old nephew"],
        location=GENEINA,
        date=D("2025-08-24"),
        killed=R(3),
        source=RSF,
    ),
    E(
        True,
        "the army’s drones had destroyed “an RSF drone workshop and weapons shipments arriving from abroad”, killing dozens of the militia’s fighters",
        EXP,
        AIR,
        actor1=SAF,
        actor2=RSF + ["RSF drone workshop", "drone workshop", "weapons shipments"],
        location=GENEINA,
        date=D("2025-08-24"),
        killed=R(24, None),
        source=["SAF-aligned media"] + SAF,
    ),
    E(
        False,
        "It was the third drone strike on the city this month",
        EXP,
        AIR,
        actor1=SAF + UNK,
        actor2=RSF + CIV,
        location=GENEINA,
        date=D("2025-08-01", "2025-08-26"),
        source=DD,
        aggregate=True,
    ),
    E(
        False,
        "drones over El Geneina",
        EXP,
        AIR,
        actor1=SAF + UNK,
        actor2=RSF + CIV,
        location=GENEINA,
        date=D("2025-08-24"),
        source=DD,
    ),
    # "on Wednesday" -> 20 August; the Bar Association's blame on militias allied to the RSF -> those plus unknown
    # on the core; the governor's "personal dispute" -> the same killing told another way, a non-core copy with an
    # unknown killer
    E(
        True,
        "Two Masalit farmers were shot dead on Wednesday in fields near Ardamata, on the north-eastern edge of El Geneina",
        VAC,
        ATTACK,
        actor1=ARABMIL + RSF + UNK,
        actor2=CIV + ["Masalit farmers", "Masalit", "farmers", "two men"],
        location=ARDAMATA,
        date=D("2025-08-20"),
        killed=R(2),
        source=["Darfur Bar Association"] + DD,
    ),
    E(
        False,
        "the two men had been killed in “a personal dispute” unrelated to any armed group",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV + ["two men"],
        location=ARDAMATA,
        date=D("2025-08-20"),
        killed=R(2),
        source=["RSF-appointed governor of West Darfur", "RSF-appointed governor", "governor of West Darfur"],
    ),
    E(
        False,
        "killings in Ardamata",
        VAC,
        ATTACK,
        actor1=ARABMIL + UNK,
        actor2=CIV,
        location=ARDAMATA,
        date=D("2025-08-20"),
        source=DD,
    ),
    # detentions by a non-state authority with whereabouts unknown -> Arrests (the guide's table), "on Thursday" ->
    # 21 August
    E(
        True,
        "RSF intelligence officers detained a local journalist and two volunteers of an Emergency Response Room in El Geneina’s al-Jamarik neighbourhood on Thursday",
        STR,
        ARRESTS,
        actor1=RSF,
        actor2=CIV + ["local journalist", "journalist", "two volunteers", "Emergency Response Room"],
        location=JAMARIK,
        date=D("2025-08-21"),
        source=["colleagues"] + DD,
    ),
    # "on Friday night" -> both days
    E(
        True,
        "RSF fighters in pick-up trucks looted shops in the town’s market on Friday night and drove off with at least six vehicles",
        STR,
        LOOT,
        actor1=RSF,
        actor2=CIV + ["shops", "market", "vehicles"],
        location=KERENEIK,
        date=D("2025-08-22", "2025-08-23"),
        source=["Residents of Kereneik", "residents"] + DD,
    ),
    E(
        True,
        "several hundred Sudanese refugees protested on Saturday outside a food distribution point in Adre against cuts to their monthly rations",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Sudanese refugees", "refugees", "several hundred Sudanese refugees"],
        location=ADRE,
        date=D("2025-08-23"),
        source=DD,
    ),
    E(
        False,
        "protest in Adre",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["refugees"],
        location=ADRE,
        date=D("2025-08-23"),
        source=DD,
    ),
    # background: the 2023 killings ("between 10,000 and 15,000" -> 10000..15000)
    E(
        False,
        "a UN panel of experts estimated that between 10,000 and 15,000 people were killed in the city that year",
        VAC,
        ATTACK,
        actor1=RSF + ARABMIL,
        actor2=CIV + ["Masalit", "Masalit civilians"],
        location=GENEINA,
        date=D("2023-01-01", "2023-12-31"),
        killed=R(10000, 15000),
        source=["UN panel of experts", "United Nations"],
    ),
    # the commander's vow (the army's own) -> planned; the agencies' conditional -> hypothetical
    E(
        False,
        "An army commander in El Fasher vowed on Monday to “liberate Geneina before the end of the year”",
        BAT,
        GOVREGAIN,
        actor1=SAF,
        actor2=RSF,
        location=GENEINA,
        source=["army commander"] + SAF,
        status="planned",
    ),
    E(
        False,
        "a new offensive, if it comes, would drive thousands more across the border",
        BAT,
        CLASH,
        actor1=SAF + RSF,
        actor2=RSF + SAF,
        location=L(["West Darfur", "El Geneina"], cc="SD"),
        source=["Aid agencies", "aid agencies"],
        status="hypothetical",
    ),
    # no gold: the RSF's hold on the city "since mid-2023" (a state, no dated act), "Their whereabouts are unknown",
    # the meeting with a delegation, the rains and the crossing
]
DOCS.append(
    (
        "dev-ag-12",
        "Darfur Dispatch (round-up)",
        "2025-08-26",
        "newsletter round-up",
        "Sudan/West Darfur under section heads: drones on El Geneina 'early on Sunday' told by both sides (three "
        "civilians 'among them a fuel seller and his 10-year-old nephew' / 'an RSF drone workshop', 'killing dozens'), a month's count, "
        "two farmers shot 'on Wednesday' with the Bar Association's blame and the governor's 'personal dispute', "
        "detentions, looting 'on Friday night', a refugees' protest across the border in Chad, 2023 background "
        "('between 10,000 and 15,000'), a vow, a conditional; three headline copies; typographic quotes",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-ag-12", "Tuesday 26 August 2025", "2025-08-26", "Tuesday"),
    ("dev-ag-12", "on Monday", "2025-08-25", "Monday"),
    ("dev-ag-12", "early on Sunday", "2025-08-24", "Sunday"),
    ("dev-ag-12", "on Saturday", "2025-08-23", "Saturday"),
    ("dev-ag-12", "on Friday night", "2025-08-22", "Friday"),
    ("dev-ag-12", "on Thursday", "2025-08-21", "Thursday"),
    ("dev-ag-12", "on Wednesday", "2025-08-20", "Wednesday"),
]

# =============================================================================
# dev-ag-13  state news agency (Russian) — Ukraine's Donetsk oblast: Novooleksandrivka, Horlivka's Nikitovsky district, Donetsk's Kuibyshevsky district, Kramatorsk, Mariupol; Kostiantynivka in a forecast (Fri 16 May 2025)
# =============================================================================
T13 = """Tsentr group liberates Novoaleksandrovka in DPR; Ukrainian shelling kills pensioner in Gorlovka

Vostok Information Agency | Donetsk | 16 May 2025

DONETSK, 16 May. Units of the Tsentr group of forces have completely liberated the settlement of Novoaleksandrovka in the Donetsk People's Republic after two days of fierce fighting, the Russian Defence Ministry said on Friday. According to the ministry, the enemy lost more than 40 servicemen killed or wounded, as well as two armoured vehicles.

The Ukrainian General Staff, for its part, claimed on Friday that its forces were "holding their positions" near the village and that the Russian report was false.

In Gorlovka, Ukrainian formations shelled the Nikitovsky district with 155mm artillery on Thursday evening. A 67-year-old woman was killed and three residents, among them a 9-year-old boy, were wounded, the head of the city administration said on his Telegram channel. Shells damaged five houses and a gas pipeline.

Early on Friday, a Ukrainian drone dropped an explosive device on a city bus at a stop in the Kuibyshevsky district of Donetsk, wounding the driver. The DPR mission to the JCCC recorded the incident as a deliberate attack on civilians.

On Wednesday, Russian forces struck a temporary deployment point of the Armed Forces of Ukraine in Kramatorsk with an Iskander missile, eliminating between 20 and 30 servicemen, including foreign mercenaries, a source in the security agencies told the agency. The Kiev-appointed head of the region, as usual, claimed that the missile had hit a residential quarter, killing four "civilians" and wounding 12.

In Mariupol, FSB officers detained a 34-year-old local resident who, according to investigators, passed the coordinates of military facilities to Ukrainian intelligence. A criminal case for high treason has been opened.

Since the start of the year, the JCCC mission has recorded 112 civilians killed and more than 500 wounded as a result of Ukrainian aggression against the republic.

Military expert Andrei Zorin believes the Kiev regime will lose Konstantinovka "within a month or two" if it keeps throwing untrained mobilised men into the meat grinder. The liberation of Donbass, he stressed, "is only a matter of time".
"""

RUS13 = RUSSIA + ["Tsentr group of forces", "Tsentr group", "Russian Defence Ministry", "units of the Tsentr group",
                  "Iskander missile", "FSB", "Federal Security Service", "FSB officers"]
UKR13 = UKRAINE + ["Ukrainian formations", "Ukrainian drone", "Kiev regime", "enemy", "servicemen",
                   "temporary deployment point", "foreign mercenaries", "Ukrainian General Staff"]
RUSMOD = ["Russian Defence Ministry", "Russian Ministry of Defence", "Ministry of Defence of Russia", "ministry"]
UKGS = ["Ukrainian General Staff", "General Staff of the Armed Forces of Ukraine", "General Staff"]
VIA = ["Vostok Information Agency", "author"]
# a village of a common name, placed by nothing else -> names and country
NOVOALEK = L(["Novoaleksandrovka", "Novooleksandrivka", "Donetsk People's Republic", "DPR", "Donetsk oblast"],
             cc="UA")
HORLIVKA = L(["Gorlovka", "Horlivka", "Nikitovsky district", "Mykytivskyi district"], 48.30, 38.05, "UA")
DONETSK = L(["Donetsk", "Kuibyshevsky district", "Kuibyshevskyi district", "Kuibyshevsky district of Donetsk"], 48.00,
            37.80, "UA")
KRAMATORSK = L(["Kramatorsk", "residential quarter", "temporary deployment point"], 48.74, 37.58, "UA")
MARIUPOL = L(["Mariupol", "Mariupol'"], 47.10, 37.55, "UA")
KOSTIANTYNIVKA = L(["Konstantinovka", "Kostiantynivka", "Kostyantynivka"], 48.53, 37.71, "UA")
DONBAS = L(["Donbass", "Donbas", "Donetsk People's Republic", "Donetsk oblast"], cc="UA")
E13 = [
    # a village taken by Russian forces, told as "liberated" -> Battles/Government regains territory (ACLED: state
    # forces taking a location from competing state forces); "said on Friday ... after two days of fierce fighting"
    # -> Wednesday to Friday; the enemy's "more than 40 servicemen killed or wounded" (one side, unsplit) ->
    # casualties 41..open; Kyiv's rejection -> a non-core denied copy; the headline a copy
    E(
        True,
        "Units of the Tsentr group of forces have completely liberated the settlement of Novoaleksandrovka in the Donetsk People's Republic after two days of fierce fighting",
        BAT,
        GOVREGAIN,
        actor1=RUS13,
        actor2=UKR13,
        location=NOVOALEK,
        date=D("2025-05-14", "2025-05-16"),
        casualties=R(41, None),
        source=RUSMOD + VIA,
    ),
    E(
        False,
        'its forces were "holding their positions" near the village and that the Russian report was false',
        BAT,
        GOVREGAIN,
        actor1=RUS13,
        actor2=UKR13,
        location=NOVOALEK,
        date=D("2025-05-14", "2025-05-16"),
        source=UKGS,
        status="denied",
    ),
    E(
        False,
        "Tsentr group liberates Novoaleksandrovka in DPR",
        BAT,
        GOVREGAIN,
        actor1=RUS13,
        actor2=UKR13,
        location=NOVOALEK,
        date=D("2025-05-14", "2025-05-16"),
        source=VIA,
    ),
    # "on Thursday evening" -> 15 May; one woman killed, three wounded a sentence later -> folded in, the headline's
    # "pensioner" a copy
    E(
        True,
        "Ukrainian formations shelled the Nikitovsky district with 155mm artillery on Thursday evening",
        EXP,
        SHELL,
        actor1=UKR13,
        actor2=CIV + ["Nikitovsky district", "67-year-old woman", "residents", "9-year-old boy", "houses"],
        location=HORLIVKA,
        date=D("2025-05-15"),
        killed=R(1),
        injured=R(3),
        source=["head of the city administration", "city administration"] + VIA,
    ),
    E(
        False,
        "Ukrainian shelling kills pensioner in Gorlovka",
        EXP,
        SHELL,
        actor1=UKR13,
        actor2=CIV + ["pensioner"],
        location=HORLIVKA,
        date=D("2025-05-15"),
        killed=R(1),
        source=VIA,
    ),
    # a munition dropped from a drone -> Air/drone strike; "Early on Friday" -> 16 May
    E(
        True,
        "a Ukrainian drone dropped an explosive device on a city bus at a stop in the Kuibyshevsky district of Donetsk, wounding the driver",
        EXP,
        AIR,
        actor1=UKR13,
        actor2=CIV + ["city bus", "bus", "driver"],
        location=DONETSK,
        date=D("2025-05-16"),
        injured=R(1),
        source=VIA + ["DPR mission to the JCCC", "JCCC"],
    ),
    # one missile, two objects by two sides: the agency's source (a deployment point, "between 20 and 30" ->
    # 20..30) / the region's head (a residential quarter, four killed and 12 wounded) -> one core event per version;
    # a ballistic missile fired from the ground -> Shelling/artillery/missile attack; "On Wednesday" -> 14 May
    E(
        True,
        "Russian forces struck a temporary deployment point of the Armed Forces of Ukraine in Kramatorsk with an Iskander missile, eliminating between 20 and 30 servicemen, including foreign mercenaries",
        EXP,
        SHELL,
        actor1=RUS13,
        actor2=UKR13,
        location=KRAMATORSK,
        date=D("2025-05-14"),
        killed=R(20, 30),
        source=["source in the security agencies", "security agencies"] + VIA,
    ),
    E(
        True,
        'the missile had hit a residential quarter, killing four "civilians" and wounding 12',
        EXP,
        SHELL,
        actor1=RUS13,
        actor2=CIV + ["residential quarter", "civilians"],
        location=KRAMATORSK,
        date=D("2025-05-14"),
        killed=R(4),
        injured=R(12),
        source=["Kiev-appointed head of the region", "head of the region", "Donetsk regional military administration",
                "regional governor", "governor"],
    ),
    # an arrest with no date -> no date field
    E(
        True,
        "FSB officers detained a 34-year-old local resident who, according to investigators, passed the coordinates of military facilities to Ukrainian intelligence",
        STR,
        ARRESTS,
        actor1=RUS13,
        actor2=CIV + ["34-year-old local resident", "local resident", "resident"],
        location=MARIUPOL,
        source=VIA + ["investigators"],
    ),
    # the year's count -> aggregate ("more than 500" -> 501..open)
    E(
        False,
        "the JCCC mission has recorded 112 civilians killed and more than 500 wounded as a result of Ukrainian aggression against the republic",
        EXP,
        SHELL,
        actor1=UKR13,
        actor2=CIV,
        location=DONBAS,
        date=D("2025-01-01", "2025-05-16"),
        killed=R(112),
        injured=R(501, None),
        source=["JCCC", "JCCC mission", "DPR mission to the JCCC"],
        aggregate=True,
    ),
    # the expert's conditional forecast and his "only a matter of time" -> hypothetical
    E(
        False,
        'the Kiev regime will lose Konstantinovka "within a month or two" if it keeps throwing untrained mobilised men into the meat grinder',
        BAT,
        GOVREGAIN,
        actor1=RUS13,
        actor2=UKR13,
        location=KOSTIANTYNIVKA,
        source=["Andrei Zorin", "Military expert", "military expert"],
        status="hypothetical",
    ),
    E(
        False,
        'The liberation of Donbass, he stressed, "is only a matter of time"',
        BAT,
        GOVREGAIN,
        actor1=RUS13,
        actor2=UKR13,
        location=DONBAS,
        source=["Andrei Zorin", "Military expert", "military expert"],
        status="hypothetical",
    ),
    # no gold: the damaged houses and pipeline (inside the shelling), the JCCC's "deliberate attack" (its frame),
    # "as usual" (the agency's slant), the criminal case, "the meat grinder" (a metaphor)
]
DOCS.append(
    (
        "dev-ag-13",
        "Vostok Information Agency",
        "2025-05-16",
        "state news agency (Russian, partisan)",
        "Ukraine/Donetsk oblast in Russian state-media voice: a village 'liberated' 'after two days of fierce fighting' "
        "('more than 40 servicemen killed or wounded') and Kyiv's denial, Horlivka shelled 'on Thursday evening' ('A "
        "67-year-old woman' and 'a 9-year-old boy'), a drone on a bus 'Early on Friday', one Iskander strike in "
        "Kramatorsk in two versions ('between 20 and 30 servicemen' / four 'civilians' and 12 wounded), an undated "
        "FSB arrest, a year's count, an expert's forecasts, a metaphor; Russian spellings; two headline copies",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-ag-13", "16 May 2025 / on Friday / Early on Friday", "2025-05-16", "Friday"),
    ("dev-ag-13", "on Thursday evening", "2025-05-15", "Thursday"),
    ("dev-ag-13", "On Wednesday", "2025-05-14", "Wednesday"),
]

# =============================================================================
# dev-ag-14  fact-check — Myanmar's Sagaing Region: a village in Kani Township, the Kani-Monywa road, near Monywa; Pazigyi in Kanbalu Township as background (Fri 14 Nov 2025)
# =============================================================================
T14 = """Fact check: No, a junta air strike did not kill 20 students at a Kani school this week - but a village was bombed

Mekong Verify | Fact check | 14 November 2025

CLAIM: A video shared more than 40,000 times on Facebook since Tuesday says it shows a junta air strike on a school in Kani Township, Sagaing Region, on Monday that killed "20 students and their teacher".

VERDICT: MISLEADING. A village in Kani Township was bombed on Monday and civilians died, but the school was not hit and the video is more than two years old.

WHAT WE FOUND

The video is not new. Using a reverse image search, we found the same footage published in April 2023, after the air strike on Pazigyi village in Kanbalu Township, which killed more than 160 people.

But there was an air strike in Kani Township on Monday. Three residents of the village of Let Pan Kone told Mekong Verify by phone that a junta jet dropped two bombs near the village monastery at around 2 pm, killing seven people, among them four children, and wounding at least nine. The local People's Defence Force and an aid group gave the same toll. The village school, closed since 2021, was not damaged, the residents said.

The junta-run Global New Light of Myanmar reported on Tuesday that security forces had "carried out clearance operations against PDF terrorists" in Kani Township, without mentioning an air strike or casualties.

A second post, shared widely on Wednesday, says resistance fighters "shot down a junta jet" near Monywa that day. This is FALSE: the photo shows a training aircraft that crashed in Magway Region in 2022, and no resistance group has claimed a shoot-down.

Other reports from Kani this week hold up. The Kani PDF said its fighters ambushed a military column on the road to Monywa on Tuesday, killing "at least nine soldiers"; two residents told us they heard fighting for about two hours, though we could not confirm the toll. Residents also said troops seized about 15 villagers, including a monk, and forced them to walk ahead of the column as human shields; eight were released on Wednesday.

CONTEXT: Sagaing has seen more air strikes than any other region since the 2021 coup. One monitoring group counts more than 1,100 in the region alone.

Why it matters: recycled footage makes it easier for the junta to dismiss real attacks as "fake news".
"""

JUNTA = ["Myanmar military", "Tatmadaw", "junta", "Military Forces of Myanmar", "State Administration Council",
         "SAC", "regime", "junta jet", "security forces", "troops", "military column", "soldiers"]
PDF14 = ["People's Defence Force", "PDF", "Kani PDF", "local People's Defence Force", "resistance fighters",
         "its fighters", "PDF terrorists", "resistance"]
# a village (an invented name) in Kani Township -> the township's names and the country
KANI = L(["Kani", "Kani Township", "Let Pan Kone", "village of Let Pan Kone", "Sagaing Region", "village monastery"],
         cc="MM")
# "on the road to Monywa" from Kani (~50 km) -> names and country
KANI_RD = L(["road to Monywa", "Kani", "Kani Township", "Monywa", "Sagaing Region"], cc="MM")
MONYWA = L(["Monywa", "near Monywa"], 22.11, 95.14, "MM")
PAZIGYI = L(["Pazigyi", "Pa Zi Gyi", "Kanbalu Township", "Kanbalu"], cc="MM")
SAGAING = L(["Sagaing Region", "Sagaing"], cc="MM")
MV = ["Mekong Verify", "author"]
KANI_VICTIMS = CIV + ["village", "seven people", "four children", "village monastery", "residents"]
E14 = [
    # the viral claim, rated misleading: its school and "20 students and their teacher" (21) are what the check
    # refutes -> a non-core denied event, the fact-checker as source; the headline's telling too
    E(
        False,
        'a junta air strike on a school in Kani Township, Sagaing Region, on Monday that killed "20 students and their teacher"',
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV + ["school", "students", "teacher"],
        location=KANI,
        date=D("2025-11-10"),
        killed=R(21),
        source=MV,
        status="denied",
    ),
    E(
        False,
        "No, a junta air strike did not kill 20 students at a Kani school this week",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV + ["students", "school"],
        location=KANI,
        date=D("2025-11-10"),
        source=MV,
        status="denied",
    ),
    # the verified strike: "on Monday" -> 10 November; seven killed and "at least nine" wounded; the verdict's and
    # the headline's tellings are non-core copies
    E(
        True,
        "a junta jet dropped two bombs near the village monastery at around 2 pm, killing seven people, among them four children, and wounding at least nine",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=KANI_VICTIMS,
        location=KANI,
        date=D("2025-11-10"),
        killed=R(7),
        injured=R(9, None),
        source=["residents", "Three residents"] + PDF14 + ["aid group"] + MV,
    ),
    E(
        False,
        "A village in Kani Township was bombed on Monday and civilians died",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=KANI_VICTIMS,
        location=KANI,
        date=D("2025-11-10"),
        source=MV,
    ),
    E(
        False,
        "but a village was bombed",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=KANI_VICTIMS,
        location=KANI,
        date=D("2025-11-10"),
        source=MV,
    ),
    # background: Pazigyi, April 2023 ("more than 160" -> 161..open)
    E(
        False,
        "the air strike on Pazigyi village in Kanbalu Township, which killed more than 160 people",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV + ["Pazigyi village"],
        location=PAZIGYI,
        date=D("2023-04-01", "2023-04-30"),
        killed=R(161, None),
        source=MV,
    ),
    # the junta paper's "clearance operations" (no act specified, no numbers, reported Tuesday) -> a vague non-core
    # telling, as dev_r's army "confrontation"; Battles as the nearest type
    E(
        False,
        'security forces had "carried out clearance operations against PDF terrorists" in Kani Township',
        BAT,
        CLASH,
        actor1=JUNTA,
        actor2=PDF14,
        location=KANI,
        date=D("2025-11-10", "2025-11-11"),
        source=["Global New Light of Myanmar", "junta-run Global New Light of Myanmar", "state media"],
    ),
    # the second claim, rated false -> a non-core denied event (a jet "shot down" -> Disrupted weapons use, the
    # guide's "shot down"); "that day" -> Wednesday
    E(
        False,
        'resistance fighters "shot down a junta jet" near Monywa that day',
        STR,
        DISRUPT,
        actor1=PDF14,
        actor2=JUNTA + ["junta jet"],
        location=MONYWA,
        date=D("2025-11-12"),
        source=MV,
        status="denied",
    ),
    # a party's claim, partly corroborated -> core, occurred; "at least nine soldiers" -> 9..open; "on Tuesday" ->
    # 11 November
    E(
        True,
        'its fighters ambushed a military column on the road to Monywa on Tuesday, killing "at least nine soldiers"',
        BAT,
        CLASH,
        actor1=PDF14 + JUNTA,
        actor2=JUNTA + PDF14,
        location=KANI_RD,
        date=D("2025-11-11"),
        killed=R(9, None),
        source=["Kani PDF", "People's Defence Force", "PDF"],
    ),
    # villagers taken as human shields -> Abduction/forced disappearance; undated within "this week" before the
    # release "on Wednesday" -> Monday to Wednesday; abductees are no casualties
    E(
        True,
        "troops seized about 15 villagers, including a monk, and forced them to walk ahead of the column as human shields",
        VAC,
        ABDUCT,
        actor1=JUNTA,
        actor2=CIV + ["villagers", "about 15 villagers", "monk"],
        location=KANI,
        date=D("2025-11-10", "2025-11-12"),
        source=["Residents", "residents"] + MV,
    ),
    # the region's count since 2021 -> aggregate
    E(
        False,
        "One monitoring group counts more than 1,100 in the region alone",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV + PDF14,
        location=SAGAING,
        date=D("2021-02-01", "2025-11-14"),
        source=["monitoring group"],
        aggregate=True,
    ),
    # no gold: the share counts, the reverse image search, the training aircraft's crash in 2022 (an accident), "no
    # resistance group has claimed a shoot-down", the release of eight (no act of violence), the 2021 coup (a
    # reference), "fake news" (a quote)
]
DOCS.append(
    (
        "dev-ag-14",
        "Mekong Verify (fact check)",
        "2025-11-14",
        "fact-check",
        "Myanmar/Sagaing: a viral claim of '20 students and their teacher' killed at a school (non-core denied, the "
        "headline too) against the verified strike on a village 'on Monday' (seven killed, 'at least nine' wounded), "
        "Pazigyi 2023 as the old footage's source, the junta paper's vague 'clearance operations', a 'shot down' jet "
        "rated FALSE, a PDF ambush claim ('at least nine soldiers'), villagers seized as human shields, a count; "
        "claim / verdict layout",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-ag-14", "14 November 2025", "2025-11-14", "Friday"),
    ("dev-ag-14", "on Wednesday / that day", "2025-11-12", "Wednesday"),
    ("dev-ag-14", "since Tuesday / on Tuesday", "2025-11-11", "Tuesday"),
    ("dev-ag-14", "on Monday", "2025-11-10", "Monday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_ag", check_ag, strip_text=True)


if __name__ == "__main__":
    main()
