"""Writes dev_aa.gold.jsonl: fourteen development articles, nine from the Middle East - Iraq's western Anbar (Highway 1
east of Rutba, the Wadi Horan area, the Haditha-Baiji road east of Haditha, the al-Qaim border crossing, al-Qaim and
Husaybah, Rutba; Ain al-Asad), Syria's Deir ez-Zor west bank (al-Mayadin, Dhiban and al-Hawayij across the river,
Albu Kamal's al-Hamdan area, al-Quriyah, the desert south-west of al-Mayadin), northern Aleppo (al-Bab, Azaz, Afrin,
a village of Afrin's Shera district, the eastern countryside of al-Bab, Tal Rifaat; Kayseri as background), southern
Gaza (Tal al-Sultan west of Rafah, al-Mawasi west of Khan Younis, the European Hospital and the east of Khan Younis),
the southern West Bank (a hamlet of Masafer Yatta, Tuqu' east of Bethlehem, the entrance to Kiryat Arba by Hebron,
Dheisheh camp), south Lebanon (Kfar Kila, the Nabatieh-Kfar Rumman road, Kfarchouba, the hills between Ebel el-Saqi
and the Khardali road, Marjayoun and its district), Yemen's Abyan and Shabwa (Wadi Omran in Mudiyah district, Nisab
district, north of Ataq, Ataq, Azzan), Iran's Sistan-Baluchestan (the border area east of Saravan, Saravan, Zahedan,
Khash; Rask as background) and the Turkey-Iraq border (a village of Duhok's Amadiya district, a hill above Bamarne,
Uludere in Şırnak, Yüksekova in Hakkari) - and five from elsewhere - Sudan's North Kordofan (Bara, the El Obeid-Bara
road, El Obeid, Um Sumeima west of El Obeid), Ethiopia's Amhara (Dabat north-east of Gondar, the outskirts of Woreta,
Bahir Dar, Azezo on Gondar's southern edge, the countryside south of Gondar), Pakistan's Khyber Pakhtunkhwa (Datta
Khel and Spinwam in North Waziristan, Jani Khel in Bannu District, Bannu), Mexico's Sinaloa (the sindicatura of Costa
Rica south of Culiacán, the Culiacán-Eldorado road, Culiacán's Las Quintas and Tierra Blanca, Navolato, Tepuche) and
Nigeria's Plateau state (two villages east of Bokkos town, Bokkos, the outskirts of Mangu; Barkin Ladi as background)
- published 2024-2026, written for this project in our own words, with hand-made gold events in the format of SPEC.md
section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or any other set's gold file. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, fourteen different kinds of outlet (a security consultancy's weekly brief, a monitor's hourly
daily log, an opinion-heavy partisan site, a live blog in reverse order, a weekend newspaper feature with quotes, a UN
flash update, a local radio bulletin transcript, an armed group's claim relayed and checked by a verification desk, a
story under a correction and an update notice, an NGO field report, a wire story, an army press release, a police
bulletin in translation, a dateline story "JOS (Plateau Courier) -"), the set rich in what coders find hard - counts in
words and figures, ranges ("five to seven", "between eight and 11", "ranging from three to five"), "at least", "more
than", "dozens", "several", "killed or wounded", kin and ages, "no casualties"; tolls told a sentence later, raised
later in the day or by an update, retracted by a correction; relative dates (holidays among them) and relative places;
attribution, claims, blame, denials, hedges; several versions of one event; several events in one sentence; uncertain
perpetrators; non-events:
(1) a security consultancy's weekly brief on western Anbar: a forecast of IED attacks, bombs defused "about 15 km east
of Haditha", an IED on a tanker "some 40 km east of Rutba" with the brief's own "we assess IS as the most likely
perpetrator", an attack on an army outpost "In the early hours of the first day of Eid al-Fitr" (two dead a sentence
later, the wounded "ranging from three to five"), F-16 strikes "The following day" ("five to seven terrorists"), a
drone on Kata'ib Hezbollah by "either American or Israeli" aircraft and the group's blame of the US, detentions "On
the same day", a peaceful protest, a quarter's count, 2017 background, a scheduled base handover; (2) a human rights
monitor's daily log from Deir ez-Zor's west bank, hour by hour: mortars across the river ("a woman and her two
daughters, aged 7 and 9"), a river crossing and clash "on the outskirts of Dhiban" in two versions (the Monitor's
"four ... and at least six" / the SDF's "dozens"), air strikes in Albu Kamal by "either American or Israeli" aircraft
("At least three", a fourth unconfirmed), conscription arrests ("reportedly"), an IED "killing or wounding five
soldiers", a protest dispersed with shots in the air ("no one was hurt"), an update raising yesterday's landmine toll
to two ("25 km south-west of al-Mayadin"), a month's tally, a vow, a metaphor; (3) a pro-Kurdish partisan site on
northern Aleppo: three riots in one sentence (al-Bab, Azaz, Afrin) after "pogroms" in Kayseri, Turkish fire on the
Afrin crowd ("at least four", "more than 20") and the SNA's "several" hurt, round-ups in al-Bab, an abduction "Last
Thursday" ("a 70-year-old man"), years of seized harvests, a factional clash "in the eastern countryside of al-Bab",
a car bomb "Two weeks ago" blamed three ways ("either to ISIS cells or to the factions"), a drone strike told as
displaced young men and as "PKK/YPG terrorists", a vow, metaphors; (4) a Gaza live blog, latest entry first: an
aid-site shooting near Rafah by witnesses (17, "dozens wounded") raised to 31 six entries up, the army's "warning
shots" version and its rejection, a count "since they opened late last month", a planned expansion, a tent strike in
al-Mawasi ("a father and his three children"), an unconfirmed strike near the European Hospital and the failed
check, a Qassam mortar claim and an interception, an IED "yesterday" with the wounded a sentence later, a Hamas
unit's killing of "collaborators and looters" "overnight"; (5) a weekend newspaper feature on the olive harvest in the
south Hebron hills: a settler attack "Two weeks ago, on a Friday" with the injuries in a quote, the army's
"confrontation" telling, the son's detention, an arson "Late last year" ("no one was hurt"), saplings uprooted "last
weekend" in Tuqu', a gunman at Kiryat Arba "on Wednesday", a raid on Dheisheh "On Tuesday night" with detentions and a
stone-throwing youth shot, an OCHA count; (6) an OCHA flash update on south Lebanon: a march back to Kfar Kila met with
live rounds and the army's "warning shots", a drone on a car told as "two people" and as "a Hezbollah commander", a
shepherd "injured by Israeli gunfire" (passive), night air strikes ("No casualties were reported"), controlled
detonations of "at least eight houses", a weapons cache, an army deployment and new positions, the 2024 ceasefire as
background, a count since it, a conditional; (7) a Yemeni local radio bulletin on Eid al-Adha: an AQAP attack "Last
night" (the commander's three dead and two wounded, two attackers' bodies), a drone "on the first day of Eid"
"without causing casualties", a threat, a clan feud "on Saturday" ("a boy of 14") and its truce, an abduction "the day
before yesterday, about 12 kilometres north of Ataq", a sit-in dispersed with shots and detentions, arrests "early
this month", a landmine count; (8) a verification desk on a Jaish al-Adl claim: "more than 20" Guards "on Monday night"
east of Saravan, IRNA's version (two guards, three attackers, "about 10 km east of Saravan") and its denial, a rights
group's third version ("at least four", a porter wounded), the desk's verdict, the Rask raid of 2023, a threat, fuel
porters shot ("aged 19 and 23"), a year's count, a Zahedan march "after last Friday's prayers", arrests announced "On
Tuesday"; (9) a Kurdish site's story under a correction and an update: a drone strike on shepherds "on Saturday
evening" told three ways (the retracted "three civilians in the village of Kani Masi", the correction's two dead, the
update's wounded man who died "raising the death toll to three"), the ministry's "neutralised three terrorists" maybe
the same strike, a new Turkish post built over "the past week" and a count since 2019, an IED killing two soldiers in
Uludere, dawn detentions in Yüksekova and a protest dispersed with tear gas; (10) an NGO field report from North
Kordofan: the RSF's seizure of Bara "late last month" (the army's September recapture as background), house-to-house
killings ("at least 30"), a warehouse "looted after the town fell" (passive), drivers abducted by "armed men in RSF
uniforms", a drone on a funeral ("12 ... and wounding “dozens”") and the authorities' blame, drones intercepted, two
army air strikes in one sentence ("about 20 km west of El Obeid, the following day"), a peaceful sit-in, a month's
count, a threat; (11) a wire story from Amhara: Fano seizes Dabat "on Sunday" (civilians "killed in crossfire" two
sentences later) and the army's "cleared", a drone strike on a minibus ("between eight and 11") told as "a gathering of
extremist elements" and denied as a strike on civilians, a grenade "on Thursday night" and sweeps "on Friday", an
abduction "last week" known only through the police's blame, and its denial, a commander's "more than 50", a count
since August 2023, April 2023 background, a vow; (12) an ISPR press release: an operation in Datta Khel with both
sides' dead across two sentences ("sent to hell", "embraced shahadat"), an infiltration thwarted in Spinwam ("several
others were injured", no date), a checkpost attack "on the night of Independence Day" with quadcopters (a 12-year-old
boy killed, two soldiers hurt), a polio vaccinator and his escort killed "the day before yesterday", a sanitisation
operation; (13) a Sinaloa police bulletin in translation: soldiers attacked "on New Year's Eve" "some 25 km south of
Culiacán" ("two aggressors lost their lives"), three bodies "about 10 km south of the city" with a hedged earlier
abduction ("may have been deprived of their liberty"), arson "On Tuesday night" ("No injuries were reported"), a
"deprivation of liberty", arrests in Navolato, drones seized, a National Guard deployment, a homicide count, a vow;
(14) a Nigerian dateline story: gunmen "suspected to be herders" kill "at least 27" (police) or "more than 30" (the
council chairman) "about 8 km east of Bokkos town" "late on Easter Monday", the residents' blame and the herders'
association's denial, the task force's "several" killed and six arrests, a mob on the outskirts of Mangu ("killing
two men and injuring four others"), a women's march, Christmas Eve 2023 as background, a year's count, a conditional
threat.
The incidents are invented or composite, with invented names of people, outlets and some villages (Meshaleh,
Khirbet al-Rahwa, Bêdohê, Rimtul, Ngarkai); the gold encodes what each TEXT says, including its slant, hedges and
sources, not what is true. Articles are 250-450 words (the brief allowed up to 600, but goldkit's check_article, kept
unchanged, caps a document at 450); check_aa below adds the 250-word floor and the 2024-01-01..2026-11-30 window to
goldkit's check_article.

Run:  cd /work/devaa && python3 build_dev_aa.py   (stdlib + goldkit only; checks every evidence string occurs exactly
once in its text, word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and
number ranges, then writes the JSONL beside this file).

Conventions: those of build_dev_r.py (and, as its docstring lists them, of the sets before it), kept unchanged - among
them "No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only; "dozens" 24..open;
"at least N" N..open; "more than N" N+1..open; "several" 3..open; one side's count in a clash -> N..open, both sides
told -> exact; a toll told later or revised -> folded into the core event, the other figures non-core copies; a
wounded man who dies later -> killed N..N+1 and injured 0..1; "N km <direction> of X" -> LKM; "on the outskirts of Y"
-> Y's point; countrysides, districts, valleys, border areas and long roads -> names and country; "overnight" / "last
night" / "on X night" -> both days; "last week" -> Monday to Sunday; uncertain or blamed perpetrators -> every
alternative plus unknown, a blame a non-core copy with the blamed actor; a party's claim -> core, occurred, sourced to
it; another object named by the other side -> one core event per version; the same object told two ways -> one core
event, the other telling a non-core copy; an army's vague two-sided telling of a settler attack -> a non-core
Riots/Mob violence copy; headlines that state an event -> non-core copies; denials, plans, threats, conditionals,
aggregates and background -> non-core.
Added or made explicit here:
- "the first day of Eid al-Fitr" in Iraq in 2025 (30 March for the Sunni endowment, 31 March for the Shia one) -> both
  days, and "The following day" -> 31 March-1 April; "on the first day of Eid" in government-held Yemen in 2024 -> 16
  June; "on the night of Independence Day" in Pakistan -> 14-15 August; "late on Easter Monday" 2025 -> 21 April;
  "Christmas Eve 2023" -> 24-25 December 2023; "at approximately 23:40 on New Year's Eve" -> 31 December.
- "Two weeks ago" -> the Monday-Sunday week two weeks back; "Two weeks ago, on a Friday" -> that Friday; "Late last
  year" -> September-December; "late last month" -> the 21st to the month's end; "early this month" -> the 1st to the
  10th; "last weekend" -> Saturday-Sunday; "the past week" -> the seven days before the writing.
- One side's wounded given as a range ("ranging from three to five") -> 3..open on the clash, 3..5 on the copy;
  "killing or wounding five" -> casualties 5..5; "between eight and 11" -> 8..11.
- A toll given as 17 and raised to 31 later in a live blog -> 17..31 on the core; a monitor's update raising
  yesterday's toll from one to two -> 1..2 on the core; each figure a non-core copy.
- A correction notice: the retracted telling -> a non-core denied copy sourced to the outlet itself; the correction's
  and the update's figures -> non-core copies; the doc's "published" is the update's date and the body's relative
  dates are written to resolve alike from the first and the updated date.
- The brief's own assessment of a perpetrator ("we assess IS as the most likely perpetrator") -> IS plus unknown on the
  core, the assessment a non-core copy with status possible; a verification desk's verdict ("an attack on the post
  took place") -> a non-core copy.
- A live blog's unconfirmed report that is an entry's own subject -> core, possible; the later failed check -> a
  non-core possible copy. An army's "not aware of casualties" -> no number field (not a zero).
- Three riots in three towns in one sentence, each in its own clause -> three core events; a base gate stormed and the
  soldiers' fire -> one Riots/Violent demonstration with the toll a sentence later folded in; another party's
  "several" hurt -> a core version of its own.
- A car bomb given its own paragraph, toll and blame in a partisan piece, a takeover that frames an NGO report, and an
  army release's reference to a recent attack told nowhere else with place, day and toll -> core (none is a passing
  mention of older events).
- An abduction known only through the police's blame ("blamed Fano for the abduction of ...") -> core, the blamed group
  plus unknown, the group's denial a non-core denied copy.
- An armed group's claim, the state agency's version and a rights group's version of one attack -> three core events,
  each with its own numbers and place point ("east of Saravan" -> Saravan; "about 10 km east of Saravan" -> LKM).
- A checkpost attacked "with quadcopters and heavy weapons" and repulsed -> a core Battles event and a non-core
  Air/drone strike reading of the same act; "In another engagement" without a date -> no date field.
- Bodies found with gunshot wounds and signs of torture -> Violence against civilians/Attack by unknown, dated from
  the days before the find to the find; "may have been deprived of their liberty ... days earlier" -> a non-core
  possible Abduction; a bulletin's "deprivation of liberty" -> Abduction.
- A march back to an evacuated village met with live rounds -> Protests/Excessive force against protesters, the army's
  "warning shots" telling a non-core copy; a sit-in dispersed with shots in the air and detentions -> one Protest with
  intervention (the detentions inside); a mob attacking motorists for their ethnicity -> Riots/Mob violence; a
  stone-throwing youth shot during a raid -> Riots/Violent demonstration, the raid's detentions Arrests of their own.
- Controlled detonations of houses, a looted warehouse (passive, no agent -> the force holding the town plus unknown),
  uprooted saplings, arson of a house and cars -> Looting/property destruction; a new post or an added deployment ->
  Headquarters or base established; a mediated clan truce -> a core Agreement; a scheduled base handover -> a planned
  Non-violent transfer of territory; a ceasefire of 2024 and a 2023 decision on regional special forces -> non-core
  Agreement and Change to group/activity.
- An arrest announced on a given day with no date of its own -> the month's start to the announcement.
- A border-crossing closure, a curfew, move orders, displacement figures, ransoms and releases, "several others were
  missing" -> no gold."""

import math

from goldkit import (
    ABDUCT,
    AGREE,
    AIR,
    ARRESTS,
    ATTACK,
    BAT,
    BASE,
    CHANGE,
    CIV,
    CLASH,
    DISRUPT,
    EXCESSIVE,
    EXP,
    GOVREGAIN,
    GRENADE,
    IED,
    INTERVENTION,
    LOOT,
    MOB,
    NSAOVER,
    PEACEFUL,
    PRO,
    PROTEST_SIDES,
    PROTESTERS,
    RIOT,
    SHELL,
    STR,
    TRANSFER,
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
check_aa = windowed_check("2024-01-01", "2026-11-30", min_words=250)


def KM(lat, lon, km, bearing):
    """The point ``km`` kilometres from (lat, lon) on a compass bearing in degrees (0 north, 90 east), rounded to
    0.01 degree: the gold point for "20 km north of X" when the text gives a distance and a direction."""
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
# villages (several of them invented), districts, valleys, countrysides, border areas and long roads get names and a
# country only, unless the text places them by a distance and a direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = ["United States", "US forces", "U.S. forces", "US military", "American", "Military Forces of the United States",
       "US-led coalition"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "SDF forces"]
YPG = ["People's Protection Units", "YPG", "YPG militia"]
SYGOV = ["Syrian government", "Government of Syria", "Syrian army", "Military Forces of Syria", "Syrian regime",
         "regime forces", "regime", "Syrian Arab Army", "regime army"]
SNA = ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed Syrian National Army"]
IRAQ = ["Iraqi army", "Iraqi forces", "Iraqi security forces", "Military Forces of Iraq", "Iraqi military"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-aa-01  security consultancy brief — Iraq/western Anbar: Highway 1 east of Rutba, the Wadi Horan area, the
# Haditha-Baiji road east of Haditha, the al-Qaim border crossing, al-Qaim and Husaybah, Rutba; Ain al-Asad
# (Thu 3 Apr 2025)
# =============================================================================
T01 = """Western Anbar weekly: IED hits tanker east of Rutba; two soldiers killed in Wadi Horan over Eid

Euphrates Risk Advisory | Weekly Security Brief: Western Anbar, Iraq | Week 14 (27 March-2 April 2025) | Issued Thursday 3 April 2025 | Client distribution only

KEY JUDGEMENTS
- The threat to road movement on Highway 1 (Baghdad-Amman) remains MODERATE.
- Islamic State (IS) remnants in the Wadi Horan and Jazira deserts are likely to attempt further IED attacks on supply convoys in the coming weeks.

INCIDENTS
On 28 March, army engineers defused two roadside bombs on the Haditha-Baiji road, about 15 km east of Haditha.

On the evening of 29 March, an IED detonated beneath a fuel tanker on Highway 1 some 40 km east of Rutba, wounding the driver and his assistant. No group has claimed the attack; we assess IS as the most likely perpetrator. Traffic was halted for about three hours.

In the early hours of the first day of Eid al-Fitr, militants attacked an Iraqi army outpost in the Wadi Horan area. Two soldiers were killed. Security sources gave differing figures for the wounded, ranging from three to five.

The following day, Iraqi F-16s struck caves in the same area, killing what the Joint Operations Command (JOC) called "five to seven terrorists". The figure could not be verified.

Late on Tuesday, a drone struck a pickup truck near the al-Qaim border crossing, killing two members of Kata'ib Hezbollah, according to a Popular Mobilisation Forces (PMF) source. Kata'ib Hezbollah blamed the United States; local sources said the aircraft was either American or Israeli. US officials declined to comment.

On the same day, Anbar police said they had detained 11 men in al-Qaim and nearby Husaybah over suspected links to IS "sleeper cells".

On Wednesday, some 200 residents of Rutba gathered outside the district council to protest against power cuts. The protest ended peacefully.

TRENDS
Our incident database recorded 30 IS attacks in Anbar in the first quarter of 2025, against 18 in the same period of 2024; most were night-time small-arms attacks on checkpoints. The group, expelled from al-Qaim by Iraqi forces in November 2017, has held no territory in the province since.

OUTLOOK
The US-led coalition is scheduled to hand over Ain al-Asad air base to Iraqi forces by September. Should the drawdown proceed on schedule, IS could exploit reduced surveillance of the western desert. Clients should avoid night movement west of Haditha.
"""

IS01 = ISIS + ["IS remnants", "militants", "Islamic State (IS)", "sleeper cells", "terrorists"]
IQ01 = IRAQ + ["army engineers", "Iraqi F-16s", "Iraqi Air Force", "Joint Operations Command", "JOC", "Iraqi army outpost",
               "outpost", "soldiers"]
KH01 = ["Kata'ib Hezbollah", "Kataib Hezbollah", "Kata'ib Hizballah", "members of Kata'ib Hezbollah"] + PMF
ANBARPOL = ["Anbar police", "police", "Police Forces of Iraq", "Iraqi police"]
ERA = ["Euphrates Risk Advisory", "author"]
# "some 40 km east of Rutba" / "about 15 km east of Haditha" -> LKM from the towns
RUTBA_E40 = LKM(["Highway 1", "east of Rutba", "Rutba", "Baghdad-Amman highway"], 33.04, 40.28, 40, 90, "IQ")
HADITHA_E15 = LKM(["Haditha-Baiji road", "east of Haditha", "Haditha"], 34.14, 42.38, 15, 90, "IQ")
WADI_HORAN = L(["Wadi Horan", "Wadi Horan area", "Wadi Hauran", "same area", "western desert", "Anbar"], cc="IQ")
# "near the al-Qaim border crossing" -> al-Qaim's point (the crossing lies by Husaybah, within ~10 km)
AL_QAIM = L(["al-Qaim", "Al Qaim", "al-Qaim border crossing", "Husaybah", "Qaim"], 34.38, 41.06, "IQ")
RUTBA = L(["Rutba", "al-Rutba", "Ar Rutbah", "district council"], 33.04, 40.28, "IQ")
ANBAR = L(["Anbar", "Anbar province", "western Anbar"], cc="IQ")
AIN_ASAD = L(["Ain al-Asad", "Ain al-Asad air base", "Al Asad Airbase"], 33.80, 42.44, "IQ")
E01 = [
    # the consultancy's forecast -> planned (a future act), non-core
    E(
        False,
        "Islamic State (IS) remnants in the Wadi Horan and Jazira deserts are likely to attempt further IED attacks on supply convoys in the coming weeks",
        EXP,
        IED,
        actor1=IS01,
        actor2=CIV + ["supply convoys", "convoys"],
        location=L(["Wadi Horan", "Jazira", "Jazira desert", "Anbar"], cc="IQ"),
        source=ERA,
        status="planned",
    ),
    # bombs defused -> Disrupted weapons use; "about 15 km east of Haditha" -> LKM
    E(
        True,
        "army engineers defused two roadside bombs on the Haditha-Baiji road, about 15 km east of Haditha",
        STR,
        DISRUPT,
        actor1=IQ01,
        actor2=UNK + IS01 + ["roadside bombs"],
        location=HADITHA_E15,
        date=D("2025-03-28"),
        source=ERA,
    ),
    # the consultancy names no claimant but assesses IS "most likely" -> IS plus unknown on the core, the assessment a
    # non-core copy with IS alone; "wounding the driver and his assistant" -> 2
    E(
        True,
        "an IED detonated beneath a fuel tanker on Highway 1 some 40 km east of Rutba, wounding the driver and his assistant",
        EXP,
        IED,
        actor1=UNK + IS01,
        actor2=CIV + ["fuel tanker", "tanker", "driver", "assistant"],
        location=RUTBA_E40,
        date=D("2025-03-29"),
        injured=R(2),
        source=ERA,
    ),
    E(
        False,
        "we assess IS as the most likely perpetrator",
        EXP,
        IED,
        actor1=IS01,
        actor2=CIV + ["fuel tanker"],
        location=RUTBA_E40,
        date=D("2025-03-29"),
        source=ERA,
        status="possible",
    ),
    # an attack on an army outpost -> Battles; "the first day of Eid al-Fitr" in Iraq in 2025 was 30 March for the
    # Sunni endowment and 31 March for the Shia one -> both days; the dead a sentence later (one side) -> 2..open, the
    # wounded "ranging from three to five" (one side) -> 3..open; each figure a non-core copy
    E(
        True,
        "militants attacked an Iraqi army outpost in the Wadi Horan area",
        BAT,
        CLASH,
        actor1=IS01 + UNK + IQ01,
        actor2=IQ01 + IS01,
        location=WADI_HORAN,
        date=D("2025-03-30", "2025-03-31"),
        killed=R(2, None),
        injured=R(3, None),
        source=["Security sources", "security sources"] + ERA,
    ),
    E(
        False,
        "Two soldiers were killed",
        BAT,
        CLASH,
        actor1=IS01 + UNK,
        actor2=IQ01,
        location=WADI_HORAN,
        date=D("2025-03-30", "2025-03-31"),
        killed=R(2),
        source=ERA,
    ),
    E(
        False,
        "Security sources gave differing figures for the wounded, ranging from three to five",
        BAT,
        CLASH,
        actor1=IS01 + UNK,
        actor2=IQ01,
        location=WADI_HORAN,
        date=D("2025-03-30", "2025-03-31"),
        injured=R(3, 5),
        source=["Security sources", "security sources"],
    ),
    # "The following day" after a clash on 30 or 31 March -> 31 March to 1 April; "five to seven" -> 5..7
    E(
        True,
        'Iraqi F-16s struck caves in the same area, killing what the Joint Operations Command (JOC) called "five to seven terrorists"',
        EXP,
        AIR,
        actor1=IQ01,
        actor2=IS01 + ["caves"],
        location=WADI_HORAN,
        date=D("2025-03-31", "2025-04-01"),
        killed=R(5, 7),
        source=["Joint Operations Command", "JOC"] + ERA,
    ),
    # "either American or Israeli" -> both plus unknown; "Late on Tuesday" -> 1 April; the group's blame of the US a
    # non-core copy with the US alone
    E(
        True,
        "a drone struck a pickup truck near the al-Qaim border crossing, killing two members of Kata'ib Hezbollah",
        EXP,
        AIR,
        actor1=USA + ISRAEL + UNK,
        actor2=KH01 + ["pickup truck"],
        location=AL_QAIM,
        date=D("2025-04-01"),
        killed=R(2),
        source=["PMF source", "Popular Mobilisation Forces (PMF) source", "local sources"] + PMF + ERA,
    ),
    E(
        False,
        "Kata'ib Hezbollah blamed the United States",
        EXP,
        AIR,
        actor1=USA,
        actor2=KH01,
        location=AL_QAIM,
        date=D("2025-04-01"),
        source=KH01,
    ),
    # "On the same day, Anbar police said they had detained" -> the detentions fall in the brief's week up to
    # Tuesday; two neighbouring towns -> al-Qaim's point
    E(
        True,
        'they had detained 11 men in al-Qaim and nearby Husaybah over suspected links to IS "sleeper cells"',
        STR,
        ARRESTS,
        actor1=ANBARPOL,
        actor2=IS01 + ["11 men", "men", "suspects"],
        location=AL_QAIM,
        date=D("2025-03-27", "2025-04-01"),
        source=ANBARPOL + ERA,
    ),
    # "The protest ended peacefully" -> Peaceful protest; a protest has no actor2
    E(
        True,
        "some 200 residents of Rutba gathered outside the district council to protest against power cuts",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents of Rutba", "residents", "200 residents"],
        location=RUTBA,
        date=D("2025-04-02"),
        source=ERA,
    ),
    # the quarter's count -> aggregate (night-time small-arms attacks on checkpoints -> Battles)
    E(
        False,
        "Our incident database recorded 30 IS attacks in Anbar in the first quarter of 2025",
        BAT,
        CLASH,
        actor1=IS01,
        actor2=IQ01 + ["checkpoints"],
        location=ANBAR,
        date=D("2025-01-01", "2025-03-31"),
        source=ERA,
        aggregate=True,
    ),
    # background: IS expelled from al-Qaim in November 2017 -> Government regains territory, non-core
    E(
        False,
        "expelled from al-Qaim by Iraqi forces in November 2017",
        BAT,
        GOVREGAIN,
        actor1=IQ01,
        actor2=IS01,
        location=AL_QAIM,
        date=D("2017-11-01", "2017-11-30"),
        source=ERA,
    ),
    # a scheduled handover of a base -> planned Non-violent transfer of territory
    E(
        False,
        "The US-led coalition is scheduled to hand over Ain al-Asad air base to Iraqi forces by September",
        STR,
        TRANSFER,
        actor1=USA,
        actor2=IQ01,
        location=AIN_ASAD,
        source=ERA,
        status="planned",
    ),
    # no gold: "The threat to road movement ... remains MODERATE" (a rating), "No group has claimed the attack",
    # the traffic halt, "The figure could not be verified", "US officials declined to comment", "against 18 in the
    # same period of 2024" (inside the count), "has held no territory in the province since", the conditional
    # "IS could exploit reduced surveillance" (no act of a type), the travel advice
]
# the headline's copies
E01 += [
    E(False, "IED hits tanker east of Rutba", EXP, IED, actor1=UNK + IS01, actor2=CIV + ["tanker"], location=RUTBA_E40,
      date=D("2025-03-29"), source=ERA),
    E(False, "two soldiers killed in Wadi Horan over Eid", BAT, CLASH, actor1=IS01 + UNK, actor2=IQ01,
      location=WADI_HORAN, date=D("2025-03-30", "2025-03-31"), killed=R(2), source=ERA),
]
DOCS.append(
    (
        "dev-aa-01",
        "Euphrates Risk Advisory (weekly security brief)",
        "2025-04-03",
        "security consultancy brief",
        "Iraq/western Anbar: a forecast of IED attacks, bombs defused 'about 15 km east of Haditha', an IED on a "
        "tanker 'some 40 km east of Rutba' with the brief's own assessment of the perpetrator, an attack on an army "
        "outpost on 'the first day of Eid al-Fitr' (dead a sentence later, wounded 'ranging from three to five'), "
        "F-16 strikes 'The following day' ('five to seven terrorists'), a drone on Kata'ib Hezbollah by 'either "
        "American or Israeli' aircraft and the group's blame, detentions, a peaceful protest, a quarter's count, "
        "2017 background, a scheduled base handover",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-aa-01", "Issued Thursday 3 April 2025", "2025-04-03", "Thursday"),
    ("dev-aa-01", "On Wednesday", "2025-04-02", "Wednesday"),
    ("dev-aa-01", "Late on Tuesday / On the same day", "2025-04-01", "Tuesday"),
    ("dev-aa-01", "Week 14 (27 March-2 April 2025) (start)", "2025-03-27", "Thursday"),
    ("dev-aa-01", "the first day of Eid al-Fitr (Sunni endowment)", "2025-03-30", "Sunday"),
]

# =============================================================================
# dev-aa-02  human rights monitor's daily log — Syria/Deir ez-Zor west bank: al-Mayadin, Dhiban and al-Hawayij across
# the river, the al-Hamdan area of Albu Kamal, al-Quriyah on the al-Mayadin-Albu Kamal road, the desert south-west of
# al-Mayadin (Sat 10 Aug 2024)
# =============================================================================
T02 = """Daily log, 10 August 2024: clashes on the outskirts of Dhiban, air strikes in Albu Kamal, arrests in al-Mayadin

Euphrates Monitor for Human Rights | Daily Log | Deir ez-Zor, west bank of the Euphrates | Saturday 10 August 2024

Entries are based on the Monitor's network of correspondents inside the province. Times are local. Figures are provisional.

01:30 - Regime forces and Iran-backed militias positioned in al-Mayadin shelled the villages of Dhiban and al-Hawayij on the opposite bank with mortars, wounding a woman and her two daughters, aged 7 and 9.

03:00 - Fighters of the government-backed "tribal forces" crossed the Euphrates in boats and attacked positions of the Syrian Democratic Forces (SDF) on the outskirts of Dhiban. The clashes lasted until dawn. The Monitor has documented the deaths of four SDF members and at least six tribal fighters. The SDF, for its part, said it had killed "dozens" of attackers and captured three.

09:15 - Unidentified aircraft, believed by local sources to be either American or Israeli, struck two positions of Iran-backed militias in the al-Hamdan area of Albu Kamal. At least three militiamen were killed, among them an Iraqi national; there are unconfirmed reports of a fourth death.

11:00 - Members of the National Defence Forces (NDF) arrested seven young men at a checkpoint on the outskirts of al-Mayadin and took them to an unknown location, reportedly to force them into military service.

14:20 - An explosive device went off as a regime army vehicle passed on the road between al-Mayadin and Albu Kamal near the village of al-Quriyah, killing or wounding five soldiers. No group has claimed the blast, which bears the hallmarks of ISIS cells active in the desert.

16:00 - Several dozen residents of Albu Kamal demonstrated outside the town's municipal building against the seizure of their homes by Iran-backed militias. Militiamen fired into the air to disperse them; no one was hurt.

UPDATE to yesterday's log: the shepherd killed by a landmine left over by ISIS in the desert, 25 km south-west of al-Mayadin, was accompanied by his 12-year-old son, who also died, bringing the toll of Friday's explosion to two.

TALLY: Since the beginning of the month, the Monitor has documented 38 deaths across Deir ez-Zor province, 14 of them civilians.

The SDF's Deir ez-Zor Military Council vowed to "respond firmly" to any further crossing. With the Euphrates now a front line in all but name, residents of the riverside villages say they sleep in their clothes.
"""

SYGOV02 = SYGOV + ["Regime forces", "Iran-backed militias", "government-backed", "regime army vehicle", "soldiers"]
IRANMIL02 = ["Iran-backed militias", "Iran-backed militia", "militias", "militiamen", "Militiamen",
             "Islamic Revolutionary Guard Corps", "IRGC", "pro-Iranian militias"]
TRIBAL02 = ["tribal forces", "tribal fighters", "Arab tribal forces", "government-backed tribal forces", "attackers",
            "Arab tribal fighters"] + SYGOV
SDF02 = SDF + ["SDF members", "Deir ez-Zor Military Council"]
NDF02 = ["National Defence Forces", "National Defense Forces", "NDF"] + SYGOV
EMHR = ["Euphrates Monitor for Human Rights", "Euphrates Monitor", "Monitor", "author"]
# Dhiban and al-Hawayij lie across the river from al-Mayadin; not pinned -> names and country
DHIBAN = L(["Dhiban", "al-Hawayij", "outskirts of Dhiban", "opposite bank", "Deir ez-Zor"], cc="SY")
MAYADIN = L(["al-Mayadin", "Mayadin", "al-Mayadeen", "outskirts of al-Mayadin"], 35.02, 40.45, "SY")
ALBUKAMAL = L(["Albu Kamal", "Abu Kamal", "al-Bukamal", "al-Hamdan", "al-Hamdan area"], 34.45, 40.92, "SY")
QURIYAH = L(["al-Quriyah", "road between al-Mayadin and Albu Kamal", "village of al-Quriyah"], cc="SY")
# "25 km south-west of al-Mayadin" -> LKM
MAYADIN_SW25 = LKM(["desert", "south-west of al-Mayadin", "al-Mayadin", "Badia"], 35.02, 40.45, 25, 225, "SY")
DEZ = L(["Deir ez-Zor province", "Deir ez-Zor", "Deir ez-Zor governorate"], cc="SY")
E02 = [
    # mortars from the west bank on two villages across the river -> one shelling event; "a woman and her two
    # daughters, aged 7 and 9" -> 3
    E(
        True,
        "Regime forces and Iran-backed militias positioned in al-Mayadin shelled the villages of Dhiban and al-Hawayij on the opposite bank with mortars, wounding a woman and her two daughters, aged 7 and 9",
        EXP,
        SHELL,
        actor1=SYGOV02 + IRANMIL02,
        actor2=CIV + ["woman", "two daughters", "villages"],
        location=DHIBAN,
        date=D("2024-08-10"),
        injured=R(3),
        source=EMHR,
    ),
    # one clash in two versions: the Monitor's dead on both sides a sentence later ("four SDF members and at least six
    # tribal fighters" -> 10..open), the SDF's "dozens" of attackers -> 24..open; the Monitor's toll a non-core copy;
    # "captured three" -> inside the clash
    E(
        True,
        'Fighters of the government-backed "tribal forces" crossed the Euphrates in boats and attacked positions of the Syrian Democratic Forces (SDF) on the outskirts of Dhiban',
        BAT,
        CLASH,
        actor1=TRIBAL02 + SDF02,
        actor2=SDF02 + TRIBAL02,
        location=DHIBAN,
        date=D("2024-08-10"),
        killed=R(10, None),
        source=EMHR,
    ),
    E(
        False,
        "The Monitor has documented the deaths of four SDF members and at least six tribal fighters",
        BAT,
        CLASH,
        actor1=TRIBAL02,
        actor2=SDF02,
        location=DHIBAN,
        date=D("2024-08-10"),
        killed=R(10, None),
        source=EMHR,
    ),
    E(
        True,
        'it had killed "dozens" of attackers and captured three',
        BAT,
        CLASH,
        actor1=SDF02,
        actor2=TRIBAL02,
        location=DHIBAN,
        date=D("2024-08-10"),
        killed=R(24, None),
        source=SDF02,
    ),
    # "either American or Israeli" -> both plus unknown; "At least three ... unconfirmed reports of a fourth" ->
    # 3..open, the toll sentence a non-core copy
    E(
        True,
        "Unidentified aircraft, believed by local sources to be either American or Israeli, struck two positions of Iran-backed militias in the al-Hamdan area of Albu Kamal",
        EXP,
        AIR,
        actor1=USA + ISRAEL + UNK,
        actor2=IRANMIL02 + ["positions"],
        location=ALBUKAMAL,
        date=D("2024-08-10"),
        killed=R(3, None),
        source=["local sources"] + EMHR,
    ),
    E(
        False,
        "At least three militiamen were killed, among them an Iraqi national",
        EXP,
        AIR,
        actor1=USA + ISRAEL + UNK,
        actor2=IRANMIL02,
        location=ALBUKAMAL,
        date=D("2024-08-10"),
        killed=R(3, None),
        source=EMHR,
    ),
    # a pro-government militia detaining men at a checkpoint for conscription -> Arrests ("reportedly" hedges the
    # motive, not the act); "on the outskirts of al-Mayadin" -> the town's point
    E(
        True,
        "Members of the National Defence Forces (NDF) arrested seven young men at a checkpoint on the outskirts of al-Mayadin",
        STR,
        ARRESTS,
        actor1=NDF02,
        actor2=CIV + ["seven young men", "young men"],
        location=MAYADIN,
        date=D("2024-08-10"),
        source=EMHR,
    ),
    # "killing or wounding five soldiers" -> casualties 5..5; no claim, the "hallmarks" of ISIS -> ISIS plus unknown
    E(
        True,
        "An explosive device went off as a regime army vehicle passed on the road between al-Mayadin and Albu Kamal near the village of al-Quriyah, killing or wounding five soldiers",
        EXP,
        IED,
        actor1=UNK + ISIS + ["ISIS cells"],
        actor2=SYGOV02,
        location=QURIYAH,
        date=D("2024-08-10"),
        casualties=R(5),
        source=EMHR,
    ),
    # a demonstration dispersed with shots in the air -> Protest with intervention; "no one was hurt" -> 0..0
    E(
        True,
        "Several dozen residents of Albu Kamal demonstrated outside the town's municipal building against the seizure of their homes by Iran-backed militias",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IRANMIL02 + ["residents of Albu Kamal"]),
        location=ALBUKAMAL,
        date=D("2024-08-10"),
        killed=R(0),
        injured=R(0),
        source=EMHR,
    ),
    # the update: yesterday's landmine (Friday 9 August) and its toll raised from one to two -> killed 1..2 on the
    # core (as dev_r's revised tolls), the raised figure a non-core copy; a landmine "left over by ISIS" -> ISIS
    E(
        True,
        "the shepherd killed by a landmine left over by ISIS in the desert, 25 km south-west of al-Mayadin",
        EXP,
        IED,
        actor1=ISIS + UNK,
        actor2=CIV + ["shepherd", "12-year-old son", "son"],
        location=MAYADIN_SW25,
        date=D("2024-08-09"),
        killed=R(1, 2),
        source=EMHR,
    ),
    E(
        False,
        "bringing the toll of Friday's explosion to two",
        EXP,
        IED,
        actor1=ISIS + UNK,
        actor2=CIV + ["shepherd", "son"],
        location=MAYADIN_SW25,
        date=D("2024-08-09"),
        killed=R(2),
        source=EMHR,
    ),
    # the month's tally -> aggregate
    E(
        False,
        "the Monitor has documented 38 deaths across Deir ez-Zor province, 14 of them civilians",
        BAT,
        CLASH,
        actor1=SYGOV02 + SDF02 + ISIS,
        actor2=SDF02 + SYGOV02 + CIV,
        location=DEZ,
        date=D("2024-08-01", "2024-08-10"),
        killed=R(38),
        source=EMHR,
        aggregate=True,
    ),
    # the SDF council's vow (an actor's own) -> planned
    E(
        False,
        'vowed to "respond firmly" to any further crossing',
        BAT,
        CLASH,
        actor1=SDF02,
        actor2=TRIBAL02,
        location=DHIBAN,
        source=SDF02,
        status="planned",
    ),
    # no gold: the method note, "The clashes lasted until dawn" (inside the clash), "unconfirmed reports of a fourth
    # death" (inside the 3..open), "took them to an unknown location", "No group has claimed the blast", the
    # militiamen's shots in the air (inside the protest), "a front line in all but name" (a metaphor), "sleep in
    # their clothes"
]
# the headline's copies
E02 += [
    E(False, "clashes on the outskirts of Dhiban", BAT, CLASH, actor1=TRIBAL02 + SDF02, actor2=SDF02 + TRIBAL02,
      location=DHIBAN, date=D("2024-08-10"), source=EMHR),
    E(False, "air strikes in Albu Kamal", EXP, AIR, actor1=USA + ISRAEL + UNK, actor2=IRANMIL02, location=ALBUKAMAL,
      date=D("2024-08-10"), source=EMHR),
    E(False, "arrests in al-Mayadin", STR, ARRESTS, actor1=NDF02, actor2=CIV, location=MAYADIN, date=D("2024-08-10"),
      source=EMHR),
]
DOCS.append(
    (
        "dev-aa-02",
        "Euphrates Monitor for Human Rights (daily log)",
        "2024-08-10",
        "human rights monitor's daily log",
        "Syria/Deir ez-Zor's west bank, one day by the hour: mortars across the river ('a woman and her two daughters, "
        "aged 7 and 9'), a river crossing and clash 'on the outskirts of Dhiban' in two versions (the Monitor's 'four "
        "... and at least six' / the SDF's 'dozens'), air strikes in Albu Kamal by 'either American or Israeli' "
        "aircraft ('At least three', a fourth unconfirmed), conscription arrests, an IED 'killing or wounding five "
        "soldiers', a protest dispersed with shots in the air ('no one was hurt'), an update raising yesterday's "
        "landmine toll to two ('25 km south-west of al-Mayadin'), a month's tally, a vow, a metaphor",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-aa-02", "Saturday 10 August 2024", "2024-08-10", "Saturday"),
    ("dev-aa-02", "yesterday's log / Friday's explosion", "2024-08-09", "Friday"),
]

# =============================================================================
# dev-aa-03  opinion-heavy partisan site (pro-Kurdish) — Syria/northern Aleppo: al-Bab, Azaz, Afrin, the village of
# Meshaleh (invented) in Afrin's Shera district, the eastern countryside of al-Bab, Tal Rifaat; Kayseri in Turkey as
# background (Wed 3 Jul 2024)
# =============================================================================
T03 = """Occupation’s house of cards: Afrin rises, and Turkish troops answer with bullets

Rojava Dawn | Opinion & News | 3 July 2024 | by Dilan Şêxo

For six years the Turkish state has told the world that its “safe zone” in northern Aleppo is an island of stability. This week the island sank.

On Monday, after the pogroms against Syrian refugees in Kayseri, the anger that the occupation and its mercenaries have planted for years finally exploded: crowds in al-Bab tore down Turkish flags, in Azaz they set fire to Turkish lorries, and in Afrin protesters stormed the gate of a Turkish military base.

The occupation army’s answer came in lead. Turkish soldiers opened fire on the crowd in Afrin, killing at least four young men and wounding more than 20, local activists told Rojava Dawn. The so-called Syrian National Army (SNA), Ankara’s mercenary umbrella, admitted only that “several” people had been hurt “in regrettable incidents”.

On Tuesday, Turkish military police and SNA “security” men rounded up dozens of Syrians in al-Bab, accusing them of “incitement”. Ankara also shut the Bab al-Salameh crossing.

None of this is new to Afrin’s Kurds. Last Thursday, gunmen of the Sultan Murad Division abducted three returnees, among them a 70-year-old man, in the village of Meshaleh in the Shera district, and are reportedly demanding 5,000 dollars for each. The same faction has seized the olive harvests of hundreds of families since 2018.

Nor is the occupation at peace with itself. On Saturday, two mercenary factions fought each other for control of a smuggling crossing in the eastern countryside of al-Bab, killing two fighters, residents said.

Two weeks ago a car bomb tore through the vegetable market in Azaz, killing nine people. The occupation’s local council blamed “the PKK”; our sources point either to ISIS cells or to the factions’ own feuds.

And the drones never stop. On Sunday evening, a Turkish drone struck a car near Tal Rifaat, killing two young men from Afrin’s displaced families. Turkey’s defence ministry boasted of having “neutralised two PKK/YPG terrorists”.

The People’s Protection Units (YPG) said on Tuesday that the “occupation of Afrin will end, sooner than Ankara thinks”. The occupiers would do well to listen: a house built on the bones of others does not stand for long.
"""

TUR03 = TURKEY + ["Turkish soldiers", "Turkish troops", "occupation army", "occupation", "Turkish military police",
                  "Turkish drone", "Ankara", "Turkey's defence ministry", "Turkey’s defence ministry",
                  "occupiers"]
SNA03 = SNA + ["mercenaries", "mercenary factions", "SNA security", "factions", "mercenary umbrella"]
MURAD03 = ["Sultan Murad Division", "Sultan Murad", "Sultan Murad faction", "gunmen of the Sultan Murad Division"] + SNA03
YPG03 = YPG + PKK + ["PKK/YPG", "PKK/YPG terrorists"] + SDF
RIOTERS = ["rioters", "crowds", "crowd", "protesters", "demonstrators", "mob"]
RD = ["Rojava Dawn", "author", "Dilan Şêxo"]
AL_BAB = L(["al-Bab", "Al Bab", "al Bab"], 36.37, 37.52, "SY")
AZAZ = L(["Azaz", "A'zaz", "Aazaz", "vegetable market in Azaz"], 36.59, 37.04, "SY")
AFRIN = L(["Afrin", "Efrîn", "Afrin city"], 36.51, 36.87, "SY")
MESHALEH = L(["Meshaleh", "village of Meshaleh", "Shera district", "Shera", "Sherawa", "Afrin"], cc="SY")
AL_BAB_E = L(["eastern countryside of al-Bab", "al-Bab countryside", "al-Bab"], cc="SY")
# "near Tal Rifaat" -> the town's point
TAL_RIFAAT = L(["Tal Rifaat", "Tel Rifat", "Tall Rifat", "near Tal Rifaat"], 36.47, 37.10, "SY")
KAYSERI = L(["Kayseri"], 38.73, 35.48, "TR")
E03 = [
    # background: the riots in Kayseri the night before (undated in the text) -> Riots/Mob violence, non-core
    E(
        False,
        "the pogroms against Syrian refugees in Kayseri",
        RIOT,
        MOB,
        actor1=RIOTERS + ["Turkish nationalists", "Turkish rioters", "pogroms"],
        actor2=CIV + ["Syrian refugees", "refugees"],
        location=KAYSERI,
        source=RD,
    ),
    # one sentence, three riots in three towns -> three core events; tearing down flags and burning lorries ->
    # Riots/Violent demonstration; the Turkish state's symbols as target
    E(
        True,
        "crowds in al-Bab tore down Turkish flags",
        RIOT,
        VIOLENT,
        actor1=RIOTERS,
        actor2=TUR03 + ["Turkish flags"],
        location=AL_BAB,
        date=D("2024-07-01"),
        source=RD,
    ),
    E(
        True,
        "in Azaz they set fire to Turkish lorries",
        RIOT,
        VIOLENT,
        actor1=RIOTERS,
        actor2=TUR03 + ["Turkish lorries", "lorries"],
        location=AZAZ,
        date=D("2024-07-01"),
        source=RD,
    ),
    # storming a base gate and the soldiers' fire -> one riot met by force; the activists' toll a sentence later
    # ("at least four" -> 4..open, "more than 20" -> 21..open) folded in, the shooting sentence a non-core copy; the
    # SNA's "several" hurt -> another source's version, a core event of its own (3..open injured)
    E(
        True,
        "in Afrin protesters stormed the gate of a Turkish military base",
        RIOT,
        VIOLENT,
        actor1=RIOTERS,
        actor2=TUR03 + ["Turkish military base"],
        location=AFRIN,
        date=D("2024-07-01"),
        killed=R(4, None),
        injured=R(21, None),
        source=RD + ["local activists", "activists"],
    ),
    E(
        False,
        "Turkish soldiers opened fire on the crowd in Afrin, killing at least four young men and wounding more than 20",
        RIOT,
        VIOLENT,
        actor1=RIOTERS + TUR03,
        actor2=TUR03 + RIOTERS + ["young men"],
        location=AFRIN,
        date=D("2024-07-01"),
        killed=R(4, None),
        injured=R(21, None),
        source=["local activists", "activists"] + RD,
    ),
    E(
        True,
        "admitted only that “several” people had been hurt “in regrettable incidents”",
        RIOT,
        VIOLENT,
        actor1=RIOTERS,
        actor2=TUR03 + SNA03,
        location=AFRIN,
        date=D("2024-07-01"),
        injured=R(3, None),
        source=SNA03,
    ),
    # "rounded up dozens" -> Arrests (a detainee count is no casualty count -> no number field)
    E(
        True,
        "Turkish military police and SNA “security” men rounded up dozens of Syrians in al-Bab",
        STR,
        ARRESTS,
        actor1=TUR03 + SNA03,
        actor2=CIV + ["dozens of Syrians", "Syrians"],
        location=AL_BAB,
        date=D("2024-07-02"),
        source=RD,
    ),
    # "Last Thursday" in a Wednesday piece -> 27 June; abductees are no casualties; the ransom -> inside
    E(
        True,
        "gunmen of the Sultan Murad Division abducted three returnees, among them a 70-year-old man, in the village of Meshaleh in the Shera district",
        VAC,
        ABDUCT,
        actor1=MURAD03,
        actor2=CIV + ["three returnees", "returnees", "70-year-old man", "Kurds"],
        location=MESHALEH,
        date=D("2024-06-27"),
        source=RD,
    ),
    # six years of seized harvests -> aggregate
    E(
        False,
        "The same faction has seized the olive harvests of hundreds of families since 2018",
        STR,
        LOOT,
        actor1=MURAD03,
        actor2=CIV + ["families", "olive harvests"],
        location=L(["Afrin", "Afrin region"], cc="SY"),
        date=D("2018-01-01", "2024-07-03"),
        source=RD,
        aggregate=True,
    ),
    # two factions of one umbrella fight each other -> Battles; "killing two fighters" (both sides in one figure) ->
    # exact; a countryside -> names and country
    E(
        True,
        "two mercenary factions fought each other for control of a smuggling crossing in the eastern countryside of al-Bab",
        BAT,
        CLASH,
        actor1=SNA03,
        actor2=SNA03,
        location=AL_BAB_E,
        date=D("2024-06-29"),
        killed=R(2),
        source=["residents"] + RD,
    ),
    # a car bomb with its own paragraph, toll and blame (not a passing reference) -> core; "Two weeks ago" in a
    # Wednesday piece -> the week of 17-23 June; blamed on the PKK by the council and on "either ISIS cells or ...
    # the factions" by the site -> every alternative plus unknown, the council's blame a non-core copy
    E(
        True,
        "Two weeks ago a car bomb tore through the vegetable market in Azaz, killing nine people",
        EXP,
        IED,
        actor1=YPG03 + ISIS + ["ISIS cells"] + SNA03 + UNK,
        actor2=CIV + ["vegetable market", "market"],
        location=AZAZ,
        date=D("2024-06-17", "2024-06-23"),
        killed=R(9),
        source=RD,
    ),
    E(
        False,
        "The occupation’s local council blamed “the PKK”",
        EXP,
        IED,
        actor1=PKK,
        actor2=CIV,
        location=AZAZ,
        date=D("2024-06-17", "2024-06-23"),
        source=["local council", "Azaz local council"],
    ),
    # the same two men told as displaced civilians and as "PKK/YPG terrorists" -> one core event with both in actor2,
    # the ministry's telling a non-core copy ("neutralised" -> no number field)
    E(
        True,
        "a Turkish drone struck a car near Tal Rifaat, killing two young men from Afrin’s displaced families",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=CIV + ["car", "two young men", "young men", "displaced families"] + YPG03,
        location=TAL_RIFAAT,
        date=D("2024-06-30"),
        killed=R(2),
        source=RD,
    ),
    E(
        False,
        "Turkey’s defence ministry boasted of having “neutralised two PKK/YPG terrorists”",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=YPG03,
        location=TAL_RIFAAT,
        date=D("2024-06-30"),
        source=["Turkey's defence ministry", "Turkey’s defence ministry", "Turkish Ministry of National Defence",
                "Turkish defence ministry"],
    ),
    # the YPG's vow -> planned (retaking Afrin -> Non-state actor overtakes territory)
    E(
        False,
        "the “occupation of Afrin will end, sooner than Ankara thinks”",
        BAT,
        NSAOVER,
        actor1=YPG03,
        actor2=TUR03 + SNA03,
        location=AFRIN,
        source=YPG,
        status="planned",
    ),
    # no gold: "an island of stability ... the island sank" and "a house built on the bones of others" (metaphors),
    # "The occupation army’s answer came in lead" (a frame of the Afrin shooting), the closure of the Bab al-Salameh
    # crossing (an administrative measure), the ransom demand, "None of this is new", "the drones never stop"
    # (generic)
]
# the headline's copy (a loose telling of the Afrin shooting)
E03.append(E(False, "Turkish troops answer with bullets", RIOT, VIOLENT, actor1=RIOTERS + TUR03,
             actor2=TUR03 + RIOTERS, location=AFRIN, date=D("2024-07-01"), source=RD))
DOCS.append(
    (
        "dev-aa-03",
        "Rojava Dawn",
        "2024-07-03",
        "opinion-heavy partisan site (pro-Kurdish)",
        "Syria/northern Aleppo through a partisan lens: three riots in one sentence (al-Bab, Azaz, Afrin) after "
        "'pogroms' in Kayseri (background), Turkish fire on the Afrin crowd ('at least four', 'more than 20') and the "
        "SNA's 'several' hurt, round-ups in al-Bab, an abduction 'Last Thursday' ('a 70-year-old man'), years of "
        "seized harvests, a factional clash 'in the eastern countryside of al-Bab', a car bomb 'Two weeks ago' "
        "blamed three ways, a drone strike told as displaced men and as 'PKK/YPG terrorists', a vow, metaphors",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-aa-03", "3 July 2024", "2024-07-03", "Wednesday"),
    ("dev-aa-03", "On Tuesday / said on Tuesday", "2024-07-02", "Tuesday"),
    ("dev-aa-03", "On Monday", "2024-07-01", "Monday"),
    ("dev-aa-03", "On Sunday evening", "2024-06-30", "Sunday"),
    ("dev-aa-03", "On Saturday", "2024-06-29", "Saturday"),
    ("dev-aa-03", "Last Thursday", "2024-06-27", "Thursday"),
    ("dev-aa-03", "Two weeks ago (week start)", "2024-06-17", "Monday"),
]

# =============================================================================
# dev-aa-04  live blog — Gaza/south: the aid distribution site in Tal al-Sultan west of Rafah, al-Mawasi west of Khan
# Younis, the European Hospital in Khan Younis, east of Khan Younis (Thu 5 Jun 2025)
# =============================================================================
T04 = """Live: Gaza aid site shooting toll rises to 31; strike on Mawasi tent kills father and three children

Levant Live | Gaza war live blog | Thursday 5 June 2025 | All times Gaza (GMT+3) | Latest first

18:40 - The Gaza health ministry now says 31 people were killed near the aid distribution site in Rafah this morning, up from the 17 it reported earlier. More than 100 people have been killed near the new aid hubs since they opened late last month, according to the ministry.

17:55 - Israel's military says it will expand ground operations in Khan Younis "in the coming days" and has told residents of three eastern neighbourhoods to move west.

16:05 - The Israel Defense Forces (IDF) says troops fired "warning shots" at "suspects who advanced toward them" about a kilometre from the distribution site, and that it is "not aware of casualties caused by IDF fire". It rejects reports that soldiers shot at civilians waiting for aid.

14:20 - An air strike hit a tent in al-Mawasi, west of Khan Younis, killing a father and his three children, Nasser hospital says. The youngest was four.

13:30 - We have not been able to confirm the reported strike near the European Hospital (see 12:10).

13:05 - Hamas's armed wing, the Qassam Brigades, says its fighters fired mortar shells at Israeli troops east of Khan Younis. The IDF says one projectile launched from the area was intercepted.

12:10 - Unconfirmed: Palestinian media are reporting an Israeli strike near the European Hospital in Khan Younis. We are working to verify this.

11:45 - The IDF has named a soldier killed yesterday when an explosive device hit his armoured vehicle in Khan Younis as Staff Sergeant Yonatan Levi, 20. Two other soldiers were seriously wounded in the blast.

10:30 - A Hamas-run security unit says it shot dead five "collaborators and looters" in Khan Younis overnight. Rights groups have condemned such killings in the past as extrajudicial.

09:30 - Witnesses tell us Israeli troops opened fire as crowds gathered before dawn near the distribution site in Tal al-Sultan, west of Rafah. The health ministry says 17 people were killed and dozens wounded. "We were lying on the sand and the bullets kept coming," said Mahmoud, 34, who had walked for three hours to get flour.

08:00 - Welcome to our live coverage. It is the eve of Eid al-Adha, and for a second year running most families in Gaza will mark it in tents.
"""

ISR04 = ISRAEL + ["Israeli troops", "troops", "soldiers", "Israel's military", "IDF fire"]
HAMAS04 = HAMAS + ["Hamas's armed wing", "its fighters", "Hamas-run security unit", "security unit",
                   "Palestinian militants"]
MOH04 = ["Gaza health ministry", "health ministry", "Ministry of Health", "ministry"]
IDFSRC04 = ["Israel Defense Forces", "IDF", "Israeli military", "Israel's military"]
LL = ["Levant Live", "author"]
AIDSEEKERS = CIV + ["crowds", "aid seekers", "people waiting for aid", "civilians waiting for aid"]
# "near the distribution site in Tal al-Sultan, west of Rafah" -> Tal al-Sultan's point (western Rafah)
TAL_SULTAN = L(["Tal al-Sultan", "Tal as-Sultan", "distribution site", "aid distribution site", "Rafah", "west of Rafah"],
               31.30, 34.24, "PS")
MAWASI = L(["al-Mawasi", "Mawasi", "west of Khan Younis", "Khan Younis", "Khan Yunis"], 31.35, 34.27, "PS")
KHAN_YOUNIS = L(["Khan Younis", "Khan Yunis", "European Hospital", "east of Khan Younis"], 31.34, 34.30, "PS")
GAZA04 = L(["Gaza Strip", "Gaza", "new aid hubs"], cc="PS")
E04 = [
    # the aid-site shooting by witnesses and the ministry: 17 at 09:30 raised to 31 at 18:40 -> killed 17..31 on
    # the core (a toll raised later), "dozens wounded" -> 24..open; each figure a non-core copy, the headline too
    E(
        True,
        "Israeli troops opened fire as crowds gathered before dawn near the distribution site in Tal al-Sultan, west of Rafah",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=AIDSEEKERS,
        location=TAL_SULTAN,
        date=D("2025-06-05"),
        killed=R(17, 31),
        injured=R(24, None),
        source=["Witnesses", "witnesses"] + MOH04 + LL,
    ),
    E(
        False,
        "The health ministry says 17 people were killed and dozens wounded",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=AIDSEEKERS,
        location=TAL_SULTAN,
        date=D("2025-06-05"),
        killed=R(17),
        injured=R(24, None),
        source=MOH04,
    ),
    E(
        False,
        "31 people were killed near the aid distribution site in Rafah this morning",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=AIDSEEKERS,
        location=TAL_SULTAN,
        date=D("2025-06-05"),
        killed=R(31),
        source=MOH04,
    ),
    E(
        False,
        "Gaza aid site shooting toll rises to 31",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=AIDSEEKERS,
        location=TAL_SULTAN,
        date=D("2025-06-05"),
        killed=R(31),
        source=LL,
    ),
    # the army's version: "warning shots" at "suspects" about a kilometre away, casualties not known ("not aware of"
    # is no zero) -> a core event of its own with no number field; its rejection of the reports -> a non-core denied
    # copy of the witnesses' version
    E(
        True,
        'troops fired "warning shots" at "suspects who advanced toward them" about a kilometre from the distribution site',
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=["suspects"] + AIDSEEKERS,
        location=TAL_SULTAN,
        date=D("2025-06-05"),
        source=IDFSRC04,
    ),
    E(
        False,
        "It rejects reports that soldiers shot at civilians waiting for aid",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=AIDSEEKERS,
        location=TAL_SULTAN,
        date=D("2025-06-05"),
        source=IDFSRC04,
        status="denied",
    ),
    # "since they opened late last month" -> late May to publication; "More than 100" -> 101..open; aggregate
    E(
        False,
        "More than 100 people have been killed near the new aid hubs since they opened late last month",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=AIDSEEKERS,
        location=GAZA04,
        date=D("2025-05-21", "2025-06-05"),
        killed=R(101, None),
        source=MOH04,
        aggregate=True,
    ),
    # the army's announcement -> planned; the move order -> no gold
    E(
        False,
        'it will expand ground operations in Khan Younis "in the coming days"',
        BAT,
        CLASH,
        actor1=ISR04,
        actor2=HAMAS04,
        location=KHAN_YOUNIS,
        source=IDFSRC04,
        status="planned",
    ),
    # an agent-less air strike in Gaza -> Israel plus unknown; "a father and his three children" -> 4
    E(
        True,
        "An air strike hit a tent in al-Mawasi, west of Khan Younis, killing a father and his three children",
        EXP,
        AIR,
        actor1=ISR04 + UNK,
        actor2=CIV + ["tent", "father", "three children", "children"],
        location=MAWASI,
        date=D("2025-06-05"),
        killed=R(4),
        source=["Nasser hospital", "Nasser Hospital"] + LL,
    ),
    E(
        False,
        "strike on Mawasi tent kills father and three children",
        EXP,
        AIR,
        actor1=ISR04 + UNK,
        actor2=CIV + ["tent"],
        location=MAWASI,
        date=D("2025-06-05"),
        killed=R(4),
        source=LL,
    ),
    # a specific unconfirmed report that is the entry's own subject -> core, possible; the follow-up entry -> a
    # non-core possible copy
    E(
        True,
        "Palestinian media are reporting an Israeli strike near the European Hospital in Khan Younis",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=["European Hospital"] + CIV,
        location=KHAN_YOUNIS,
        date=D("2025-06-05"),
        source=["Palestinian media"],
        status="possible",
    ),
    E(
        False,
        "We have not been able to confirm the reported strike near the European Hospital",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=["European Hospital"],
        location=KHAN_YOUNIS,
        date=D("2025-06-05"),
        source=LL,
        status="possible",
    ),
    # the Qassam claim -> core, occurred, sourced to it; the interception -> a core Disrupted weapons use
    E(
        True,
        "its fighters fired mortar shells at Israeli troops east of Khan Younis",
        EXP,
        SHELL,
        actor1=HAMAS04,
        actor2=ISR04,
        location=KHAN_YOUNIS,
        date=D("2025-06-05"),
        source=["Qassam Brigades", "Hamas's armed wing"] + HAMAS,
    ),
    E(
        True,
        "one projectile launched from the area was intercepted",
        STR,
        DISRUPT,
        actor1=ISR04,
        actor2=HAMAS04 + UNK + ["projectile"],
        location=KHAN_YOUNIS,
        date=D("2025-06-05"),
        source=IDFSRC04,
    ),
    # "killed yesterday" -> 4 June; the wounded a sentence later -> folded in (1 killed, 2 wounded); no claim ->
    # Hamas and the Gaza groups plus unknown
    E(
        True,
        "a soldier killed yesterday when an explosive device hit his armoured vehicle in Khan Younis",
        EXP,
        IED,
        actor1=HAMAS04 + UNK,
        actor2=ISR04 + ["soldier", "armoured vehicle"],
        location=KHAN_YOUNIS,
        date=D("2025-06-04"),
        killed=R(1),
        injured=R(2),
        source=IDFSRC04,
    ),
    E(
        False,
        "Two other soldiers were seriously wounded in the blast",
        EXP,
        IED,
        actor1=HAMAS04 + UNK,
        actor2=ISR04,
        location=KHAN_YOUNIS,
        date=D("2025-06-04"),
        injured=R(2),
        source=IDFSRC04,
    ),
    # a de facto authority's unit killing alleged collaborators -> Violence against civilians; "overnight" -> both
    # days
    E(
        True,
        'A Hamas-run security unit says it shot dead five "collaborators and looters" in Khan Younis overnight',
        VAC,
        ATTACK,
        actor1=HAMAS04,
        actor2=CIV + ["collaborators and looters", "collaborators", "looters"],
        location=KHAN_YOUNIS,
        date=D("2025-06-04", "2025-06-05"),
        killed=R(5),
        source=["Hamas-run security unit", "security unit"] + HAMAS,
    ),
    # no gold: the move order for three neighbourhoods (no act of violence), "Rights groups have condemned such
    # killings in the past" (generic), the witness's quote (inside the shooting), "The youngest was four" (inside
    # the Mawasi toll), the Eid note
]
DOCS.append(
    (
        "dev-aa-04",
        "Levant Live (live blog)",
        "2025-06-05",
        "live blog, latest entry first",
        "Gaza/south, one day in reverse order: an aid-site shooting in Tal al-Sultan by witnesses (17, 'dozens "
        "wounded') whose toll is raised to 31 six entries up, the army's 'warning shots' version and its rejection, a "
        "count 'since they opened late last month', a planned expansion, a tent strike in al-Mawasi ('a father and "
        "his three children'), an unconfirmed strike and the failed check, a Qassam mortar claim and an "
        "interception, an IED 'yesterday' with the wounded a sentence later, a Hamas unit's killing of "
        "'collaborators and looters' 'overnight'",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-aa-04", "Thursday 5 June 2025", "2025-06-05", "Thursday"),
]

# =============================================================================
# dev-aa-05  newspaper feature with quotes — West Bank/south: Khirbet al-Rahwa (invented) in Masafer Yatta, the south
# Hebron hills; Tuqu' east of Bethlehem; the entrance to Kiryat Arba by Hebron; Dheisheh camp south of Bethlehem
# (Sat 1 Nov 2025)
# =============================================================================
T05 = """“Every season they take a little more”: an olive harvest under siege in the south Hebron hills

The Weekend Ledger | Feature | Saturday 1 November 2025 | By Hannah Morrow in Masafer Yatta and Bethlehem

The grove below Khirbet al-Rahwa has belonged to the Adarbeh family for four generations. This year, Ahmad Adarbeh, 63, picked it for exactly one morning.

Two weeks ago, on a Friday, about 20 settlers, several of them masked and at least two carrying rifles, came down from an outpost on the ridge and attacked the family as they picked. “They beat me with clubs and my son with an iron bar,” he says, lifting his shirt to show the bruises. The attackers also set fire to some 40 trees, the family says; the charred trunks are still standing.

An Israeli military spokesperson said troops had been called to “a confrontation between Israelis and Palestinians” in which “stones were thrown by both sides”, and that the incident was being examined. Soldiers detained the son, Yousef, 29, for six hours and then released him without charge.

It was not the first visit. Late last year, settlers torched the family’s car and its water tank; no one was hurt.

The pattern repeats across the southern West Bank. In Tuqu’, east of Bethlehem, farmers say settlers uprooted dozens of olive saplings last weekend. Near Hebron on Wednesday, a Palestinian gunman opened fire at an army post at the entrance to Kiryat Arba, wounding a reservist, before he was shot dead, the army said.

Night raids have become routine too. On Tuesday night, Israeli forces entered Dheisheh refugee camp, south of Bethlehem, and detained five young men. A 17-year-old was shot in the leg as youths threw stones at the soldiers’ jeeps, the Palestinian Red Crescent said.

The UN humanitarian office, OCHA, recorded more than 150 settler attacks in the first three weeks of the harvest, which began in early October.

“They want the land empty,” says Ahmad’s neighbour, Fatima, 58, who has stopped sending her grandsons to the grove. “If the army does not protect us, who will?”

Back among the trees, Ahmad points to the outpost on the ridge. It did not exist two years ago. “Every season they take a little more.”
"""

SETTLERS05 = SETTLERS + ["about 20 settlers", "attackers", "masked settlers"]
ISR05 = ISRAEL + ["soldiers", "troops", "army post", "Israeli military spokesperson", "reservist", "soldiers’ jeeps",
                  "army"]
PALGUN = ["Palestinian gunman", "gunman", "Palestinian militants", "Palestinian attacker", "assailant"]
ARMY05 = ["Israeli military spokesperson", "Israeli military", "Israeli army", "army", "IDF"]
PRCS = ["Palestinian Red Crescent", "Red Crescent", "PRCS"]
WL = ["The Weekend Ledger", "Weekend Ledger", "author", "Hannah Morrow"]
FAMILY05 = CIV + ["Adarbeh family", "family", "Ahmad Adarbeh", "his son", "son", "olive pickers"]
RAHWA = L(["Khirbet al-Rahwa", "Masafer Yatta", "south Hebron hills", "grove"], cc="PS")
TUQU = L(["Tuqu'", "Tuqu’", "Tuqu", "Tekoa", "east of Bethlehem"], 31.64, 35.22, "PS")
KIRYAT_ARBA = L(["Kiryat Arba", "Qiryat Arba", "entrance to Kiryat Arba", "Hebron", "Near Hebron"], 31.53, 35.12, "PS")
DHEISHEH = L(["Dheisheh", "Dheisheh refugee camp", "Dheisheh camp", "south of Bethlehem", "Bethlehem"], 31.69, 35.18,
             "PS")
WB = L(["West Bank", "southern West Bank"], cc="PS")
E05 = [
    # settlers beating pickers -> Violence against civilians; "Two weeks ago, on a Friday" in a Saturday paper ->
    # 17 October; the father and son beaten (told in the quote a sentence later) -> injured 2; the burned trees are
    # inside the attack
    E(
        True,
        "about 20 settlers, several of them masked and at least two carrying rifles, came down from an outpost on the ridge and attacked the family as they picked",
        VAC,
        ATTACK,
        actor1=SETTLERS05,
        actor2=FAMILY05,
        location=RAHWA,
        date=D("2025-10-17"),
        injured=R(2),
        source=WL + ["Ahmad Adarbeh", "family"],
    ),
    E(
        False,
        "They beat me with clubs and my son with an iron bar",
        VAC,
        ATTACK,
        actor1=SETTLERS05,
        actor2=FAMILY05,
        location=RAHWA,
        date=D("2025-10-17"),
        injured=R(2),
        source=["Ahmad Adarbeh"],
    ),
    # the army's telling of the same morning as a two-sided brawl -> a non-core Riots/Mob violence copy (dev_r's
    # convention), no numbers
    E(
        False,
        "troops had been called to “a confrontation between Israelis and Palestinians” in which “stones were thrown by both sides”",
        RIOT,
        MOB,
        actor1=SETTLERS05 + ["Israelis", "Palestinians"],
        actor2=["Palestinians", "Israelis"] + FAMILY05,
        location=RAHWA,
        date=D("2025-10-17"),
        source=ARMY05,
    ),
    # the son held for six hours -> Arrests, the same day
    E(
        True,
        "Soldiers detained the son, Yousef, 29, for six hours",
        STR,
        ARRESTS,
        actor1=ISR05,
        actor2=CIV + ["Yousef", "son"],
        location=RAHWA,
        date=D("2025-10-17"),
        source=WL,
    ),
    # background: "Late last year" -> the last third of 2024; arson with "no one was hurt" -> 0..0
    E(
        False,
        "settlers torched the family’s car and its water tank",
        STR,
        LOOT,
        actor1=SETTLERS,
        actor2=FAMILY05 + ["car", "water tank"],
        location=RAHWA,
        date=D("2024-09-01", "2024-12-31"),
        killed=R(0),
        injured=R(0),
        source=WL,
    ),
    # uprooting saplings -> Looting/property destruction; "last weekend" in a Saturday paper -> 25-26 October
    E(
        True,
        "settlers uprooted dozens of olive saplings last weekend",
        STR,
        LOOT,
        actor1=SETTLERS,
        actor2=CIV + ["farmers", "olive saplings"],
        location=TUQU,
        date=D("2025-10-25", "2025-10-26"),
        source=["farmers"] + WL,
    ),
    # a gunman firing on an army post and shot dead -> Battles (an armed man against troops); both sides told ->
    # killed 1 (the gunman), injured 1 (the reservist)
    E(
        True,
        "a Palestinian gunman opened fire at an army post at the entrance to Kiryat Arba, wounding a reservist, before he was shot dead",
        BAT,
        CLASH,
        actor1=PALGUN + ISR05,
        actor2=ISR05 + PALGUN,
        location=KIRYAT_ARBA,
        date=D("2025-10-29"),
        killed=R(1),
        injured=R(1),
        source=ARMY05 + WL,
    ),
    # "On Tuesday night" -> 28-29 October; the detentions and the stone-throwing are two events of the raid
    E(
        True,
        "Israeli forces entered Dheisheh refugee camp, south of Bethlehem, and detained five young men",
        STR,
        ARRESTS,
        actor1=ISR05,
        actor2=CIV + ["five young men", "young men"],
        location=DHEISHEH,
        date=D("2025-10-28", "2025-10-29"),
        source=WL,
    ),
    E(
        True,
        "A 17-year-old was shot in the leg as youths threw stones at the soldiers’ jeeps",
        RIOT,
        VIOLENT,
        actor1=["youths", "stone-throwers", "rioters"] + ISR05,
        actor2=ISR05 + ["youths", "17-year-old"],
        location=DHEISHEH,
        date=D("2025-10-28", "2025-10-29"),
        injured=R(1),
        source=PRCS,
    ),
    # OCHA's count -> aggregate; "the first three weeks of the harvest, which began in early October" -> October
    E(
        False,
        "recorded more than 150 settler attacks in the first three weeks of the harvest",
        VAC,
        ATTACK,
        actor1=SETTLERS,
        actor2=CIV,
        location=WB,
        date=D("2025-10-01", "2025-10-31"),
        source=["OCHA", "UN humanitarian office"],
        aggregate=True,
    ),
    # no gold: the burned trees (inside the attack), "the incident was being examined", the release without charge,
    # "Night raids have become routine" (generic), the neighbour's question, the outpost that "did not exist two years
    # ago" (no dated act), the headline's quote
]
DOCS.append(
    (
        "dev-aa-05",
        "The Weekend Ledger",
        "2025-11-01",
        "weekend newspaper feature with quotes",
        "West Bank/south Hebron hills and Bethlehem: a settler attack on olive pickers 'Two weeks ago, on a Friday' "
        "with the injuries in a quote a sentence later, the army's 'confrontation' telling, the son's detention, an "
        "arson 'Late last year' ('no one was hurt'), saplings uprooted 'last weekend', a gunman at Kiryat Arba's "
        "entrance 'on Wednesday', a raid 'On Tuesday night' with detentions and a stone-throwing youth shot, an OCHA "
        "count, quotes and colour",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-aa-05", "Saturday 1 November 2025", "2025-11-01", "Saturday"),
    ("dev-aa-05", "on Wednesday", "2025-10-29", "Wednesday"),
    ("dev-aa-05", "On Tuesday night", "2025-10-28", "Tuesday"),
    ("dev-aa-05", "last weekend (start)", "2025-10-25", "Saturday"),
    ("dev-aa-05", "Two weeks ago, on a Friday", "2025-10-17", "Friday"),
]

# =============================================================================
# dev-aa-06  UN briefing note (OCHA flash update) — south Lebanon: Kfar Kila in Marjayoun district, the Nabatieh-Kfar
# Rumman road, the hills between Ebel el-Saqi and the Khardali road, near Marjayoun, Kfarchouba (Thu 12 Feb 2026)
# =============================================================================
T06 = """Lebanon: Flash Update No. 9 - Escalation in Nabatieh and Marjayoun, 9-11 February 2026

United Nations Office for the Coordination of Humanitarian Affairs (OCHA) | Beirut | Issued 12 February 2026

This update draws on reports from the Lebanese Ministry of Public Health (MoPH), the Lebanese Armed Forces (LAF), the United Nations Interim Force in Lebanon (UNIFIL) and humanitarian partners. Figures have not been independently verified by the UN.

KEY DEVELOPMENTS
- On 9 February, residents of Kfar Kila in Marjayoun district attempted to march back to their village; Israeli forces fired live rounds and tear gas, injuring three people, according to the MoPH. The Israeli military said troops had fired "warning shots" to keep "suspects" away from its forces.
- On 10 February, an Israeli drone struck a car on the road between Nabatieh and Kfar Rumman, killing two people, the MoPH reported. The Israeli military stated that it had targeted a Hezbollah commander.
- Also on 10 February, a 60-year-old shepherd was injured by Israeli gunfire near Kfarchouba.
- On the night of 10 to 11 February, air strikes hit several locations in the hills between Ebel el-Saqi and the Khardali road in Marjayoun district. No casualties were reported.
- On 11 February, UNIFIL peacekeepers observed controlled detonations of at least eight houses in Kfar Kila, carried out by Israeli forces.
- The same day, a UNIFIL patrol found an unauthorized weapons cache near Marjayoun, containing rocket launchers, and handed it over to the LAF.
- The LAF said it had deployed some 500 additional troops to Marjayoun district during the reporting period and set up four new positions south of the Litani river.

CASUALTIES
Since the cessation of hostilities took effect on 27 November 2024, the MoPH has reported more than 350 people killed by Israeli fire across Lebanon, including at least 60 women and children.

HUMANITARIAN SITUATION
Some 85,000 people remain displaced from border villages. Two primary health care centres in Nabatieh suspended services on 10 February after the strike nearby. Partners delivered water trucking to 14 villages in Marjayoun district.

OUTLOOK
Partners warn that any resumption of large-scale hostilities would displace tens of thousands more people and further strain host communities, which are already stretched thin.
"""

ISR06 = ISRAEL + ["Israeli drone", "Israeli gunfire"]
HEZ06 = HEZB + ["Hezbollah commander"]
LAF = ["Lebanese Armed Forces", "LAF", "Lebanese army", "Military Forces of Lebanon"]
UNIFIL = ["UNIFIL", "United Nations Interim Force in Lebanon", "UNIFIL peacekeepers", "peacekeepers", "UNIFIL patrol"]
MOPH = ["Ministry of Public Health", "MoPH", "Lebanese Ministry of Public Health", "health ministry"]
ISRSRC06 = ["Israeli military", "Israeli army", "IDF"]
OCHA06 = ["OCHA", "United Nations Office for the Coordination of Humanitarian Affairs", "United Nations", "author"]
KFAR_KILA = L(["Kfar Kila", "Kafr Kila", "Kfarkela", "Marjayoun district"], 33.28, 35.56, "LB")
# "on the road between Nabatieh and Kfar Rumman" (~2 km) -> Nabatieh's point
NABATIEH = L(["Nabatieh", "Nabatiyeh", "Kfar Rumman", "road between Nabatieh and Kfar Rumman"], 33.38, 35.48, "LB")
KFARCHOUBA = L(["Kfarchouba", "Kfar Shouba", "Kfarshouba"], cc="LB")
# the hills between Ebel el-Saqi and the Khardali road flank Marjayoun town -> Marjayoun's point
MARJ_HILLS = L(["Ebel el-Saqi", "Khardali road", "Marjayoun district", "Marjayoun"], 33.36, 35.59, "LB")
MARJAYOUN = L(["Marjayoun", "Marjeyoun", "near Marjayoun"], 33.36, 35.59, "LB")
MARJ_DISTRICT = L(["Marjayoun district", "Marjayoun", "Litani", "south of the Litani river"], cc="LB")
LEB06 = L(["Lebanon"], cc="LB")
E06 = [
    # a march back to a village met with live rounds injuring three -> Protests/Excessive force against protesters;
    # the army's "warning shots" at "suspects" (a vaguer telling, no numbers) -> a non-core copy
    E(
        True,
        "residents of Kfar Kila in Marjayoun district attempted to march back to their village; Israeli forces fired live rounds and tear gas, injuring three people",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(ISR06 + ["residents of Kfar Kila", "residents"]),
        location=KFAR_KILA,
        date=D("2026-02-09"),
        injured=R(3),
        source=MOPH + OCHA06,
    ),
    E(
        False,
        'troops had fired "warning shots" to keep "suspects" away from its forces',
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(ISR06 + ["suspects"]),
        location=KFAR_KILA,
        date=D("2026-02-09"),
        source=ISRSRC06,
    ),
    # the dead told as "two people" (MoPH) and as a Hezbollah commander (the army) -> one core event with both in
    # actor2, the army's telling a non-core copy
    E(
        True,
        "an Israeli drone struck a car on the road between Nabatieh and Kfar Rumman, killing two people",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV + ["car", "two people"] + HEZ06,
        location=NABATIEH,
        date=D("2026-02-10"),
        killed=R(2),
        source=MOPH + OCHA06,
    ),
    E(
        False,
        "it had targeted a Hezbollah commander",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=HEZ06,
        location=NABATIEH,
        date=D("2026-02-10"),
        source=ISRSRC06,
    ),
    # passive, no source named -> the UN's own; gunfire on a civilian -> Violence against civilians
    E(
        True,
        "a 60-year-old shepherd was injured by Israeli gunfire near Kfarchouba",
        VAC,
        ATTACK,
        actor1=ISR06,
        actor2=CIV + ["shepherd", "60-year-old shepherd"],
        location=KFARCHOUBA,
        date=D("2026-02-10"),
        injured=R(1),
        source=OCHA06,
    ),
    # agent-less air strikes in the south -> Israel plus unknown; "On the night of 10 to 11 February" -> both days;
    # "No casualties were reported" -> 0..0
    E(
        True,
        "air strikes hit several locations in the hills between Ebel el-Saqi and the Khardali road in Marjayoun district",
        EXP,
        AIR,
        actor1=ISR06 + UNK,
        actor2=["several locations", "hills"] + HEZ06,
        location=MARJ_HILLS,
        date=D("2026-02-10", "2026-02-11"),
        killed=R(0),
        injured=R(0),
        source=OCHA06,
    ),
    # demolitions by controlled detonation, no casualties told -> Looting/property destruction
    E(
        True,
        "UNIFIL peacekeepers observed controlled detonations of at least eight houses in Kfar Kila, carried out by Israeli forces",
        STR,
        LOOT,
        actor1=ISR06,
        actor2=CIV + ["houses", "eight houses"],
        location=KFAR_KILA,
        date=D("2026-02-11"),
        source=UNIFIL + OCHA06,
    ),
    # a weapons cache found and handed over -> Disrupted weapons use; owner not named -> unknown and Hezbollah
    E(
        True,
        "a UNIFIL patrol found an unauthorized weapons cache near Marjayoun, containing rocket launchers, and handed it over to the LAF",
        STR,
        DISRUPT,
        actor1=UNIFIL + LAF,
        actor2=UNK + HEZ06 + ["weapons cache", "rocket launchers"],
        location=MARJAYOUN,
        date=D("2026-02-11"),
        source=UNIFIL + OCHA06,
    ),
    # a deployment and new positions -> Headquarters or base established; "during the reporting period" -> 9-11
    # February; a district -> names and country
    E(
        True,
        "it had deployed some 500 additional troops to Marjayoun district during the reporting period and set up four new positions south of the Litani river",
        STR,
        BASE,
        actor1=LAF,
        location=MARJ_DISTRICT,
        date=D("2026-02-09", "2026-02-11"),
        source=LAF,
    ),
    # background: the cessation of hostilities of 27 November 2024 -> Agreement, non-core
    E(
        False,
        "the cessation of hostilities took effect on 27 November 2024",
        STR,
        AGREE,
        actor1=ISRAEL + HEZB + ["Lebanon", "Lebanese government"],
        actor2=HEZB + ISRAEL,
        location=LEB06,
        date=D("2024-11-27"),
        source=OCHA06,
    ),
    # the count since the ceasefire -> aggregate ("more than 350" -> 351..open)
    E(
        False,
        "the MoPH has reported more than 350 people killed by Israeli fire across Lebanon",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV + HEZ06,
        location=LEB06,
        date=D("2024-11-27", "2026-02-12"),
        killed=R(351, None),
        source=MOPH,
        aggregate=True,
    ),
    # the partners' conditional -> hypothetical
    E(
        False,
        "any resumption of large-scale hostilities would displace tens of thousands more people",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=HEZ06 + CIV,
        location=LEB06,
        source=["Partners", "partners", "humanitarian partners"],
        status="hypothetical",
    ),
    # no gold: the method note, the displacement figure, the clinics' suspension "after the strike nearby" (a
    # back-reference), water trucking, "at least 60 women and children" (inside the count)
]
DOCS.append(
    (
        "dev-aa-06",
        "OCHA Lebanon (flash update)",
        "2026-02-12",
        "UN briefing note (OCHA flash update)",
        "south Lebanon over three days, in bullets: a march back to Kfar Kila met with live rounds ('injuring three "
        "people') and the army's 'warning shots' telling, a drone on a car told as 'two people' and as 'a Hezbollah "
        "commander', a shepherd hurt (passive), night air strikes in the hills ('No casualties were reported'), "
        "controlled detonations of 'at least eight houses', a weapons cache, an army deployment and new positions, "
        "the 2024 ceasefire as background, a count since it, a conditional",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-aa-06", "Issued 12 February 2026", "2026-02-12", "Thursday"),
    ("dev-aa-06", "27 November 2024", "2024-11-27", "Wednesday"),
]

# =============================================================================
# dev-aa-07  local radio bulletin transcript — Yemen: Wadi Omran in Abyan's Mudiyah district; Nisab district, 12 km
# north of Ataq, Ataq and Azzan in Shabwa; Abyan governorate (Mon 17 Jun 2024)
# =============================================================================
T07 = """Evening news, Radio Abyan FM: al-Qaeda attack in Mudiyah, feud deaths in Nisab, sit-in in Ataq

Radio Abyan FM | Transcript of the 8 pm news bulletin, Monday 17 June 2024 | Translated from Arabic and lightly edited

PRESENTER: Good evening, and Eid greetings to all our listeners. We begin in Mudiyah district, where the Southern Armed Forces say they have lost three soldiers. Our correspondent Saleh al-Awlaqi joins us by phone. Saleh, what happened?

CORRESPONDENT: Good evening. Last night, al-Qaeda militants attacked a checkpoint of the Security Belt forces in Wadi Omran, in Mudiyah district. A field commander told me three of his men were martyred and two wounded, and that the attackers fled, leaving two bodies behind. He also said the group had sent an explosive-laden drone against another position in the valley on the first day of Eid, without causing casualties.

PRESENTER: Has the group said anything?

CORRESPONDENT: Not about last night. But in a statement yesterday, al-Qaeda in the Arabian Peninsula threatened more attacks on what it calls the "agents of the Emirates".

PRESENTER: Thank you, Saleh. To Shabwa now. In Nisab district, a revenge feud between two clans flared up again on Saturday, leaving four people dead, among them a boy of 14, tribal sources said. Mediators have since agreed a forty-day truce between the two clans.

Also in Shabwa, gunmen abducted an engineer working for an oil services company the day before yesterday, about 12 kilometres north of Ataq. His employer says it has had no contact with the kidnappers.

In Ataq itself, dozens of young men staged a sit-in this morning outside the electricity corporation to protest against power cuts lasting up to 18 hours a day. Witnesses said police fired into the air to disperse them and detained six.

The Shabwa Defence Forces say they arrested five suspected members of an al-Qaeda cell in Azzan early this month. No further details were given.

And in Abyan, the health office says landmines and explosive devices have killed 19 people in the governorate since the start of the year, most of them in Mudiyah and Lawdar.

That was the news. Eid Mubarak, and good night.
"""

AQAP = ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda", "al-Qaeda militants", "al-Qaeda cell", "the group",
        "attackers"]
STC07 = ["Security Belt", "Security Belt forces", "Southern Armed Forces", "Southern Transitional Council", "STC",
         "Southern Forces", "soldiers", "checkpoint", "position"]
CLANS07 = ["clans", "two clans", "clan militia", "tribesmen", "tribal militia", "Shabwa tribes"]
SHABWA_DEF = ["Shabwa Defence Forces", "Shabwa Defense Forces", "Shabwani Defence Forces"]
SHABWA_POL = ["police", "Police Forces of Yemen", "Shabwa police", "security forces"]
RAF = ["Radio Abyan FM", "author", "Saleh al-Awlaqi", "correspondent"]
WADI_OMRAN = L(["Wadi Omran", "Wadi Umran", "Mudiyah district", "Mudiyah", "valley", "Abyan"], cc="YE")
NISAB = L(["Nisab", "Nisab district", "Shabwa"], cc="YE")
# "about 12 kilometres north of Ataq" -> LKM
ATAQ_N12 = LKM(["north of Ataq", "Ataq", "Shabwa"], 14.54, 46.83, 12, 0, "YE")
ATAQ = L(["Ataq", "Ataq city", "electricity corporation"], 14.54, 46.83, "YE")
AZZAN = L(["Azzan", "Shabwa"], cc="YE")
ABYAN = L(["Abyan", "Abyan governorate", "Mudiyah", "Lawdar"], cc="YE")
E07 = [
    # an attack on a checkpoint -> Battles; "Last night" in a Monday evening bulletin -> Sunday and Monday; the
    # commander's three dead and the attackers' two bodies (both sides told) -> killed 5, his two wounded (one side)
    # -> 2..open; the toll and the presenter's intro non-core copies
    E(
        True,
        "Last night, al-Qaeda militants attacked a checkpoint of the Security Belt forces in Wadi Omran, in Mudiyah district",
        BAT,
        CLASH,
        actor1=AQAP + STC07,
        actor2=STC07 + AQAP,
        location=WADI_OMRAN,
        date=D("2024-06-16", "2024-06-17"),
        killed=R(5),
        injured=R(2, None),
        source=["field commander", "commander"] + RAF,
    ),
    E(
        False,
        "three of his men were martyred and two wounded",
        BAT,
        CLASH,
        actor1=AQAP,
        actor2=STC07,
        location=WADI_OMRAN,
        date=D("2024-06-16", "2024-06-17"),
        killed=R(3),
        injured=R(2),
        source=["field commander", "commander"],
    ),
    E(
        False,
        "the Southern Armed Forces say they have lost three soldiers",
        BAT,
        CLASH,
        actor1=AQAP,
        actor2=STC07,
        location=WADI_OMRAN,
        date=D("2024-06-16", "2024-06-17"),
        killed=R(3, None),
        source=STC07 + RAF,
    ),
    # "on the first day of Eid" (al-Adha, Sunday 16 June 2024 in government-held Yemen); "without causing
    # casualties" -> 0..0
    E(
        True,
        "the group had sent an explosive-laden drone against another position in the valley on the first day of Eid, without causing casualties",
        EXP,
        AIR,
        actor1=AQAP,
        actor2=STC07,
        location=WADI_OMRAN,
        date=D("2024-06-16"),
        killed=R(0),
        injured=R(0),
        source=["field commander", "commander"] + RAF,
    ),
    # the group's threat -> planned
    E(
        False,
        'al-Qaeda in the Arabian Peninsula threatened more attacks on what it calls the "agents of the Emirates"',
        BAT,
        CLASH,
        actor1=AQAP,
        actor2=STC07 + ["agents of the Emirates"],
        location=ABYAN,
        source=AQAP,
        status="planned",
    ),
    # two clans fighting -> Battles between identity militias; both sides' dead in one figure -> exact
    E(
        True,
        "a revenge feud between two clans flared up again on Saturday, leaving four people dead, among them a boy of 14",
        BAT,
        CLASH,
        actor1=CLANS07,
        actor2=CLANS07,
        location=NISAB,
        date=D("2024-06-15"),
        killed=R(4),
        source=["tribal sources"] + RAF,
    ),
    # the mediated truce -> Agreement, between Saturday and the bulletin
    E(
        True,
        "Mediators have since agreed a forty-day truce between the two clans",
        STR,
        AGREE,
        actor1=CLANS07 + ["Mediators", "mediators"],
        actor2=CLANS07,
        location=NISAB,
        date=D("2024-06-15", "2024-06-17"),
        source=RAF,
    ),
    # "the day before yesterday" on a Monday -> Saturday; "about 12 kilometres north of Ataq" -> LKM; abductees are
    # no casualties
    E(
        True,
        "gunmen abducted an engineer working for an oil services company the day before yesterday, about 12 kilometres north of Ataq",
        VAC,
        ABDUCT,
        actor1=UNK + ["gunmen", "kidnappers"],
        actor2=CIV + ["engineer", "oil services company"],
        location=ATAQ_N12,
        date=D("2024-06-15"),
        source=RAF,
    ),
    # a sit-in dispersed with shots in the air and six detained -> one Protest with intervention (the detentions
    # inside)
    E(
        True,
        "dozens of young men staged a sit-in this morning outside the electricity corporation to protest against power cuts",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(SHABWA_POL + ["young men"]),
        location=ATAQ,
        date=D("2024-06-17"),
        source=["Witnesses", "witnesses"] + RAF,
    ),
    # "early this month" -> 1-10 June
    E(
        True,
        "they arrested five suspected members of an al-Qaeda cell in Azzan early this month",
        STR,
        ARRESTS,
        actor1=SHABWA_DEF,
        actor2=AQAP + ["five suspected members", "suspects"],
        location=AZZAN,
        date=D("2024-06-01", "2024-06-10"),
        source=SHABWA_DEF,
    ),
    # the health office's count -> aggregate
    E(
        False,
        "landmines and explosive devices have killed 19 people in the governorate since the start of the year",
        EXP,
        IED,
        actor1=UNK + AQAP + ["Houthis"],
        actor2=CIV,
        location=ABYAN,
        date=D("2024-01-01", "2024-06-17"),
        killed=R(19),
        source=["health office", "Abyan health office"],
        aggregate=True,
    ),
    # no gold: the greetings, "Not about last night", "His employer says it has had no contact", "No further details
    # were given", the police's shots and detentions (inside the sit-in)
]
# the headline's copies
E07 += [
    E(False, "al-Qaeda attack in Mudiyah", BAT, CLASH, actor1=AQAP + STC07, actor2=STC07 + AQAP, location=WADI_OMRAN,
      date=D("2024-06-16", "2024-06-17"), source=RAF),
    E(False, "feud deaths in Nisab", BAT, CLASH, actor1=CLANS07, actor2=CLANS07, location=NISAB, date=D("2024-06-15"),
      source=RAF),
    E(False, "sit-in in Ataq", PRO, INTERVENTION, **PROTEST_SIDES(SHABWA_POL), location=ATAQ, date=D("2024-06-17"),
      source=RAF),
]
DOCS.append(
    (
        "dev-aa-07",
        "Radio Abyan FM (bulletin transcript)",
        "2024-06-17",
        "local radio news bulletin transcript",
        "Yemen/Abyan and Shabwa on Eid al-Adha, as spoken: an AQAP attack 'Last night' (three dead and two wounded "
        "by the commander, two attackers' bodies), a drone 'on the first day of Eid' 'without causing casualties', a "
        "threat, a clan feud 'on Saturday' ('a boy of 14') and its truce, an abduction 'the day before yesterday, "
        "about 12 kilometres north of Ataq', a sit-in dispersed with shots and detentions, arrests 'early this "
        "month', a year's landmine count",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-aa-07", "Monday 17 June 2024", "2024-06-17", "Monday"),
    ("dev-aa-07", "Last night (start) / the first day of Eid / yesterday", "2024-06-16", "Sunday"),
    ("dev-aa-07", "on Saturday / the day before yesterday", "2024-06-15", "Saturday"),
]

# =============================================================================
# dev-aa-08  an armed group's claim relayed and checked (verification desk) — Iran/Sistan-Baluchestan: the border
# area east of Saravan, near Saravan, Zahedan, Khash; Rask as background (Wed 15 Jan 2025)
# =============================================================================
T08 = """Claim check: Jaish al-Adl says it killed "more than 20" Guards near Saravan. What we could verify

Open Frontier Desk | Claim Check | Wednesday 15 January 2025

THE CLAIM
In a statement posted on its Telegram channel on Tuesday, the Baloch militant group Jaish al-Adl said its fighters had attacked a base of the Islamic Revolutionary Guard Corps (IRGC) in the border area east of Saravan on Monday night, killing "more than 20" Guards and seizing weapons.

WHAT IRAN SAYS
The official news agency IRNA gave a very different account. It said "terrorists" had attacked a border guard post about 10 km east of Saravan, that two border guards were martyred and that three attackers were killed in the exchange of fire. IRNA denied that any IRGC personnel had been killed.

WHAT OTHERS SAY
Haalvsh, a Baloch rights group, cited local sources as saying that at least four border guards died and that a fuel porter passing nearby was wounded.

WHAT WE FOUND
We geolocated a video released by the group to a hillside about 10 km east of Saravan, consistent with the location given by IRNA. Satellite imagery from Tuesday shows a burned structure inside a walled compound there. We found nothing to support a toll of more than 20. Our assessment: an attack on the post took place; the group's figure is very likely inflated.

CONTEXT
Jaish al-Adl has a record of deadly attacks in the province, including a raid on a police station in Rask in December 2023 that killed 11 police officers. In its statement, it threatened further "operations" against "the occupiers of Baluchestan".

Separately, Haalvsh reported that border guards shot dead two fuel porters, aged 19 and 23, near Saravan on Sunday. The group says security forces killed at least 37 fuel porters in the province in 2024.

In Zahedan, worshippers marched after last Friday's prayers, chanting against executions, and were dispersed with tear gas, according to videos we verified. On Tuesday, the Intelligence Ministry announced the arrest of 14 "members of a terrorist team" linked to Jaish al-Adl in Zahedan and Khash.

VERDICT: Partly verified. Attack: very likely. Claimed toll: unsupported.
"""

JAA = ["Jaish al-Adl", "Jaish ul-Adl", "Jaysh al-Adl", "Army of Justice", "its fighters", "terrorists", "attackers",
       "Baloch militant group"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Guards", "Military Forces of Iran"]
BGUARD = ["border guards", "border guard post", "Iranian border guards", "Police Forces of Iran", "border guard",
          "security forces"]
IRAN_SEC = IRGC + BGUARD + ["Iranian security forces"]
IRNA = ["IRNA", "Islamic Republic News Agency", "official news agency", "Iranian state media"]
HAALVSH = ["Haalvsh", "Baloch rights group", "local sources"]
OFD = ["Open Frontier Desk", "author"]
SARAVAN = L(["Saravan", "border area east of Saravan", "east of Saravan", "Sistan-Baluchestan"], 27.37, 62.33, "IR")
# "about 10 km east of Saravan" -> LKM
SARAVAN_E10 = LKM(["east of Saravan", "Saravan", "border guard post", "hillside"], 27.37, 62.33, 10, 90, "IR")
ZAHEDAN = L(["Zahedan", "Khash"], 29.50, 60.86, "IR")
RASK = L(["Rask", "police station in Rask"], 26.24, 61.40, "IR")
SB = L(["Sistan-Baluchestan", "Sistan and Baluchestan", "the province"], cc="IR")
E08 = [
    # one attack, three versions by three sources -> one core event per version, each with its own numbers and
    # targets: the group's "more than 20" Guards (21..open, its own side's losses untold); IRNA's two guards and three
    # attackers (both sides told -> 5); Haalvsh's "at least four" guards (one side -> 4..open) and a porter wounded
    # (1..open); "on Monday night" -> Monday and Tuesday; IRNA's denial of IRGC dead -> a non-core denied copy; the
    # desk's own assessment -> a non-core copy; the headline too
    E(
        True,
        'its fighters had attacked a base of the Islamic Revolutionary Guard Corps (IRGC) in the border area east of Saravan on Monday night, killing "more than 20" Guards',
        BAT,
        CLASH,
        actor1=JAA + IRGC,
        actor2=IRGC + ["base"] + JAA,
        location=SARAVAN,
        date=D("2025-01-13", "2025-01-14"),
        killed=R(21, None),
        source=JAA + ["Telegram channel", "statement"],
    ),
    E(
        True,
        '"terrorists" had attacked a border guard post about 10 km east of Saravan, that two border guards were martyred and that three attackers were killed in the exchange of fire',
        BAT,
        CLASH,
        actor1=JAA + BGUARD,
        actor2=BGUARD + JAA,
        location=SARAVAN_E10,
        date=D("2025-01-13", "2025-01-14"),
        killed=R(5),
        source=IRNA,
    ),
    E(
        False,
        "IRNA denied that any IRGC personnel had been killed",
        BAT,
        CLASH,
        actor1=JAA,
        actor2=IRGC,
        location=SARAVAN,
        date=D("2025-01-13", "2025-01-14"),
        source=IRNA,
        status="denied",
    ),
    E(
        True,
        "at least four border guards died and that a fuel porter passing nearby was wounded",
        BAT,
        CLASH,
        actor1=JAA + BGUARD,
        actor2=BGUARD + CIV + ["fuel porter"] + JAA,
        location=SARAVAN_E10,
        date=D("2025-01-13", "2025-01-14"),
        killed=R(4, None),
        injured=R(1, None),
        source=HAALVSH,
    ),
    E(
        False,
        "an attack on the post took place",
        BAT,
        CLASH,
        actor1=JAA,
        actor2=BGUARD,
        location=SARAVAN_E10,
        date=D("2025-01-13", "2025-01-14"),
        source=OFD,
    ),
    E(
        False,
        'Jaish al-Adl says it killed "more than 20" Guards near Saravan',
        BAT,
        CLASH,
        actor1=JAA,
        actor2=IRGC,
        location=SARAVAN,
        date=D("2025-01-13", "2025-01-14"),
        killed=R(21, None),
        source=JAA + OFD,
    ),
    # background: the Rask raid of December 2023 -> Battles, non-core
    E(
        False,
        "a raid on a police station in Rask in December 2023 that killed 11 police officers",
        BAT,
        CLASH,
        actor1=JAA,
        actor2=["police", "police officers", "police station", "Police Forces of Iran"],
        location=RASK,
        date=D("2023-12-01", "2023-12-31"),
        killed=R(11),
        source=OFD,
    ),
    # the group's threat -> planned
    E(
        False,
        'it threatened further "operations" against "the occupiers of Baluchestan"',
        BAT,
        CLASH,
        actor1=JAA,
        actor2=IRAN_SEC + ["occupiers of Baluchestan"],
        location=SB,
        source=JAA,
        status="planned",
    ),
    # guards shooting unarmed fuel porters -> Violence against civilians; "on Sunday" -> 12 January; "aged 19 and
    # 23" -> 2
    E(
        True,
        "border guards shot dead two fuel porters, aged 19 and 23, near Saravan on Sunday",
        VAC,
        ATTACK,
        actor1=BGUARD,
        actor2=CIV + ["fuel porters", "two fuel porters", "sukhtbar"],
        location=SARAVAN,
        date=D("2025-01-12"),
        killed=R(2),
        source=HAALVSH,
    ),
    E(
        False,
        "security forces killed at least 37 fuel porters in the province in 2024",
        VAC,
        ATTACK,
        actor1=IRAN_SEC,
        actor2=CIV + ["fuel porters"],
        location=SB,
        date=D("2024-01-01", "2024-12-31"),
        killed=R(37, None),
        source=HAALVSH,
        aggregate=True,
    ),
    # a march dispersed with tear gas -> Protest with intervention; "last Friday" in a Wednesday piece -> 10 January
    E(
        True,
        "worshippers marched after last Friday's prayers, chanting against executions, and were dispersed with tear gas",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IRAN_SEC + ["worshippers"]),
        location=ZAHEDAN,
        date=D("2025-01-10"),
        source=OFD + ["videos"],
    ),
    # an arrest announced on Tuesday and not otherwise dated -> early January up to Tuesday; two towns -> Zahedan's
    # point, Khash among the names
    E(
        True,
        'the Intelligence Ministry announced the arrest of 14 "members of a terrorist team" linked to Jaish al-Adl in Zahedan and Khash',
        STR,
        ARRESTS,
        actor1=["Intelligence Ministry", "Ministry of Intelligence", "Iranian intelligence"] + IRAN_SEC,
        actor2=JAA + ["members of a terrorist team", "terrorist team"],
        location=ZAHEDAN,
        date=D("2025-01-01", "2025-01-14"),
        source=["Intelligence Ministry", "Ministry of Intelligence"],
    ),
    # no gold: the seized weapons (inside the claim), the geolocation and the satellite image (checks, not acts),
    # "We found nothing to support a toll of more than 20", the verdict lines
]
DOCS.append(
    (
        "dev-aa-08",
        "Open Frontier Desk (claim check)",
        "2025-01-15",
        "an armed group's claim relayed and checked by a verification desk",
        "Iran/Sistan-Baluchestan: Jaish al-Adl's claim of 'more than 20' Guards killed 'on Monday night' in the "
        "border area east of Saravan, IRNA's version (two guards, three attackers, 'about 10 km east of Saravan') and "
        "its denial of IRGC dead, a rights group's third version ('at least four', a porter wounded), the desk's "
        "verdict, the Rask raid of 2023 as background, a threat, fuel porters shot 'on Sunday' ('aged 19 and 23'), a "
        "year's count, a Zahedan march 'after last Friday's prayers', arrests announced 'On Tuesday'",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-aa-08", "Wednesday 15 January 2025", "2025-01-15", "Wednesday"),
    ("dev-aa-08", "on Tuesday / On Tuesday / from Tuesday", "2025-01-14", "Tuesday"),
    ("dev-aa-08", "on Monday night", "2025-01-13", "Monday"),
    ("dev-aa-08", "on Sunday", "2025-01-12", "Sunday"),
    ("dev-aa-08", "last Friday's prayers", "2025-01-10", "Friday"),
]

# =============================================================================
# dev-aa-09  correction and update notice on a news story — Turkey-Iraq border: pastures outside Bêdohê (invented) in
# Duhok's Amadiya district, a hill above Bamarne, Uludere district of Şırnak, Yüksekova in Hakkari; Kani Masi in the
# retracted version (Tue 16 Jul 2024; first published Sun 14 Jul)
# =============================================================================
T09 = """Turkish drone strike near Amadiya kills shepherds; Turkish troops build new post above Bamarne [corrected and updated]

Badinan Post | First published Sunday 14 July 2024, 19:10 | Updated Tuesday 16 July 2024, 11:30

UPDATE, 16 July: The shepherd wounded in Saturday's strike, Rebwar Salih, 19, died in a hospital in Duhok on Monday night, his family told Badinan Post, raising the death toll to three.

CORRECTION, 15 July: An earlier version of this article said that the strike killed three civilians in the village of Kani Masi. The strike hit pastures outside the village of Bêdohê, in the Amadiya district, and killed two men, according to the Duhok health directorate. We regret the error.

AMADIYA - A Turkish drone strike on Saturday evening killed two shepherds from the same family and wounded a third on pastures outside the village of Bêdohê, in Duhok's Amadiya district, the Duhok health directorate said.

The dead, a 52-year-old man and his nephew, had taken their flock to the slopes below the village, as the family has done every summer for decades, a relative said. "We told the soldiers at the checkpoint who we were. Everyone here knows we are shepherds," he said.

Turkey's defence ministry said on Sunday that its aircraft had "neutralised three terrorists" in the Amadiya region on Saturday, without naming a location. It was not clear whether it referred to the same strike.

Residents said Turkish troops had spent the past week building a new military post on a hill above the village of Bamarne, the latest of dozens of positions set up in the district since 2019. Villagers say the posts cut them off from their orchards.

Across the border, two Turkish soldiers were killed on Friday when a handmade explosive device planted by "terrorists" went off during a search operation in Şırnak's Uludere district, the ministry said.

In Hakkari province, police detained 11 people, among them two local officials of the pro-Kurdish DEM Party, in dawn raids in Yüksekova on Thursday over alleged links to the PKK. On Saturday, hundreds of people protested in Yüksekova against the detentions and were dispersed with tear gas and water cannon.

The Kurdistan Regional Government has repeatedly called on both Turkey and the PKK to keep the fighting away from civilians.
"""

TUR09 = TURKEY + ["Turkish drone", "its aircraft", "Turkish troops", "Turkish soldiers", "soldiers"]
PKK09 = PKK + ["terrorists", "PKK militants", "People's Defence Forces", "HPG"]
SHEPHERDS = CIV + ["shepherds", "two shepherds", "two men", "third", "Rebwar Salih", "nephew", "52-year-old man",
                   "civilians"]
MSB09 = ["Turkey's defence ministry", "Turkish defence ministry", "Turkish Ministry of National Defence", "ministry",
         "Ministry of National Defence"]
DUHOK_HEALTH = ["Duhok health directorate", "health directorate", "Duhok Directorate of Health"]
TRPOL = ["police", "Turkish police", "Police Forces of Turkey"]
BP = ["Badinan Post", "author"]
BEDOHE = L(["Bêdohê", "Bedohe", "village of Bêdohê", "Amadiya district", "Amadiya", "Amedi", "Duhok"], cc="IQ")
KANI_MASI = L(["Kani Masi", "village of Kani Masi", "Amadiya district"], cc="IQ")
AMADIYA_REG = L(["Amadiya region", "Amadiya", "Amedi", "Amadiya district", "Duhok"], cc="IQ")
BAMARNE = L(["Bamarne", "Bamerni", "village of Bamarne", "Amadiya district"], cc="IQ")
AMADIYA_DIST = L(["Amadiya district", "Amadiya", "Amedi", "Duhok province"], cc="IQ")
ULUDERE = L(["Uludere", "Uludere district", "Şırnak", "Sirnak", "Qileban"], 37.44, 42.85, "TR")
YUKSEKOVA = L(["Yüksekova", "Yuksekova", "Gever", "Hakkari", "Hakkari province"], 37.57, 44.28, "TR")
E09 = [
    # the corrected telling: a wounded man who dies later (two killed and a third wounded, then "raising the death
    # toll to three") -> killed 2..3 and injured 0..1 (dev_r's convention); the correction's and the update's
    # figures non-core copies; the retracted version (three civilians in Kani Masi) -> a non-core denied copy, the
    # outlet itself as the denier; "on Saturday evening" -> 13 July both from the first (Sunday) and the updated
    # (Tuesday) date; a village outside the town -> names and country
    E(
        True,
        "A Turkish drone strike on Saturday evening killed two shepherds from the same family and wounded a third on pastures outside the village of Bêdohê, in Duhok's Amadiya district",
        EXP,
        AIR,
        actor1=TUR09,
        actor2=SHEPHERDS,
        location=BEDOHE,
        date=D("2024-07-13"),
        killed=R(2, 3),
        injured=R(0, 1),
        source=DUHOK_HEALTH + BP,
    ),
    E(
        False,
        "The shepherd wounded in Saturday's strike, Rebwar Salih, 19, died in a hospital in Duhok on Monday night",
        EXP,
        AIR,
        actor1=TUR09,
        actor2=SHEPHERDS,
        location=BEDOHE,
        date=D("2024-07-13"),
        killed=R(3),
        source=["his family", "family"] + BP,
    ),
    E(
        False,
        "The strike hit pastures outside the village of Bêdohê, in the Amadiya district, and killed two men",
        EXP,
        AIR,
        actor1=TUR09,
        actor2=SHEPHERDS,
        location=BEDOHE,
        date=D("2024-07-13"),
        killed=R(2),
        source=DUHOK_HEALTH + BP,
    ),
    E(
        False,
        "the strike killed three civilians in the village of Kani Masi",
        EXP,
        AIR,
        actor1=TUR09,
        actor2=CIV,
        location=KANI_MASI,
        date=D("2024-07-13"),
        killed=R(3),
        source=BP,
        status="denied",
    ),
    # the ministry's strike "in the Amadiya region on Saturday", maybe the same one ("It was not clear") -> a core
    # event of its own, sourced to the ministry; "neutralised" -> no number field
    E(
        True,
        'its aircraft had "neutralised three terrorists" in the Amadiya region on Saturday',
        EXP,
        AIR,
        actor1=TUR09,
        actor2=PKK09,
        location=AMADIYA_REG,
        date=D("2024-07-13"),
        source=MSB09,
    ),
    # a new post -> Headquarters or base established; "the past week" written on Sunday 14 July -> 7-14 July; the
    # count since 2019 -> aggregate
    E(
        True,
        "Turkish troops had spent the past week building a new military post on a hill above the village of Bamarne",
        STR,
        BASE,
        actor1=TUR09,
        location=BAMARNE,
        date=D("2024-07-07", "2024-07-14"),
        source=["Residents", "residents"] + BP,
    ),
    E(
        False,
        "the latest of dozens of positions set up in the district since 2019",
        STR,
        BASE,
        actor1=TUR09,
        location=AMADIYA_DIST,
        date=D("2019-01-01", "2024-07-14"),
        source=["Residents", "residents"] + BP,
        aggregate=True,
    ),
    # a handmade device "planted by terrorists" -> the PKK plus unknown; "on Friday" -> 12 July
    E(
        True,
        'two Turkish soldiers were killed on Friday when a handmade explosive device planted by "terrorists" went off during a search operation in Şırnak\'s Uludere district',
        EXP,
        IED,
        actor1=PKK09 + UNK,
        actor2=TUR09,
        location=ULUDERE,
        date=D("2024-07-12"),
        killed=R(2),
        source=MSB09,
    ),
    # "on Thursday" -> 11 July
    E(
        True,
        "police detained 11 people, among them two local officials of the pro-Kurdish DEM Party, in dawn raids in Yüksekova on Thursday",
        STR,
        ARRESTS,
        actor1=TRPOL,
        actor2=["DEM Party", "Peoples' Equality and Democracy Party", "local officials", "11 people"] + CIV + PKK,
        location=YUKSEKOVA,
        date=D("2024-07-11"),
        source=BP,
    ),
    # tear gas and water cannon -> Protest with intervention; "On Saturday" -> 13 July
    E(
        True,
        "hundreds of people protested in Yüksekova against the detentions and were dispersed with tear gas and water cannon",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(TRPOL + ["hundreds of people"]),
        location=YUKSEKOVA,
        date=D("2024-07-13"),
        source=BP,
    ),
    # no gold: "died in a hospital in Duhok on Monday night" as a place or date of the strike (it is neither), "We
    # regret the error", the relative's quote, "It was not clear whether it referred to the same strike", the posts
    # that "cut them off from their orchards", the KRG's appeal
]
# the headline's copies
E09 += [
    E(False, "Turkish drone strike near Amadiya kills shepherds", EXP, AIR, actor1=TUR09, actor2=SHEPHERDS,
      location=BEDOHE, date=D("2024-07-13"), source=BP),
    E(False, "Turkish troops build new post above Bamarne", STR, BASE, actor1=TUR09, location=BAMARNE,
      date=D("2024-07-07", "2024-07-14"), source=BP),
]
DOCS.append(
    (
        "dev-aa-09",
        "Badinan Post (corrected and updated story)",
        "2024-07-16",
        "news story with a correction and an update notice on top",
        "Turkey-Iraq border: a drone strike on shepherds 'on Saturday evening' told three times (the first version's "
        "'three civilians in the village of Kani Masi' retracted, the correction's two dead, the update's wounded man "
        "who died 'raising the death toll to three'), the ministry's 'neutralised three terrorists' maybe the same "
        "strike, a new Turkish post built over 'the past week' and a count since 2019, an IED killing two soldiers in "
        "Uludere, dawn detentions in Yüksekova and a protest dispersed with tear gas; relative dates chosen to resolve "
        "alike from both the first and the updated publication date",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-aa-09", "Updated Tuesday 16 July 2024", "2024-07-16", "Tuesday"),
    ("dev-aa-09", "First published Sunday 14 July 2024 / said on Sunday", "2024-07-14", "Sunday"),
    ("dev-aa-09", "on Monday night (the death)", "2024-07-15", "Monday"),
    ("dev-aa-09", "on Saturday evening / on Saturday / On Saturday", "2024-07-13", "Saturday"),
    ("dev-aa-09", "on Friday", "2024-07-12", "Friday"),
    ("dev-aa-09", "on Thursday", "2024-07-11", "Thursday"),
]

# =============================================================================
# dev-aa-10  NGO field report — Sudan/North Kordofan: Bara, the El Obeid-Bara road, El Obeid's al-Safa neighbourhood,
# Um Sumeima 20 km west of El Obeid (Mon 10 Nov 2025)
# =============================================================================
T10 = """Field report, North Kordofan, 3-9 November 2025: drone strike on El Obeid funeral, killings reported in Bara

Kordofan Relief Partnership (KRP) | Field Report No. 27 | El Obeid, Sudan | Published 10 November 2025

Sources: KRP field staff in El Obeid, partner organisations, health workers and displaced people interviewed at reception points. Figures are provisional and have not been independently verified.

1. CONTEXT
The Rapid Support Forces (RSF) seized Bara, north of El Obeid, from the Sudanese Armed Forces (SAF) late last month, reversing the army’s recapture of the town in September. Displaced people arriving in El Obeid this week described what followed.

2. PROTECTION INCIDENTS
- Bara: Five men who fled the town told our staff that RSF fighters went from house to house in its eastern neighbourhoods on 26 and 27 October and shot dead at least 30 men they accused of supporting the army. One of them said his two brothers were among the dead. Our partner’s warehouse in Bara, holding some 40 tonnes of food, was looted after the town fell.
- El Obeid-Bara road: On 3 November, two drivers contracted by a partner organisation were abducted by armed men in RSF uniforms. One was released on 5 November; the other remains missing.
- El Obeid: On 4 November, a drone struck a funeral gathering in the al-Safa neighbourhood, killing 12 people and wounding “dozens”, according to hospital staff. State authorities blamed the RSF, which has not commented.
- El Obeid: On the night of 6 November, air defences intercepted several drones over the city, the army said.
- Air strikes: Army aircraft bombed RSF positions around Bara on 5 November and struck a gathering of RSF vehicles near Um Sumeima, about 20 km west of El Obeid, the following day. Casualty figures are unknown.
- On 8 November, some 200 women from displacement sites held a peaceful sit-in outside the state government building in El Obeid, calling for protection and regular food distributions.

3. TRENDS
Since the beginning of the month, more than 40 civilians have been killed in drone strikes in North Kordofan, according to health workers. Fuel prices in El Obeid have tripled since September.

4. OUTLOOK
RSF commanders have threatened to advance on El Obeid. Should they do so, more than 300,000 displaced people sheltering in the city would be at grave risk.

5. RECOMMENDATIONS
All parties must stop using explosive weapons in populated areas and allow safe passage for civilians leaving Bara.
"""

RSF = ["Rapid Support Forces", "RSF", "RSF fighters", "armed men in RSF uniforms", "RSF commanders",
       "RSF positions", "RSF vehicles"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "Army aircraft", "air defences",
       "Military Forces of Sudan"]
KRP = ["Kordofan Relief Partnership", "KRP", "author"]
BARA = L(["Bara", "Bara town"], 13.70, 30.37, "SD")
BARA_ROAD = L(["El Obeid-Bara road", "road between El Obeid and Bara", "El Obeid", "Bara"], cc="SD")
EL_OBEID = L(["El Obeid", "Al-Ubayyid", "El-Obeid", "al-Safa", "al-Safa neighbourhood"], 13.18, 30.22, "SD")
# "about 20 km west of El Obeid" -> LKM
UM_SUMEIMA = LKM(["Um Sumeima", "Umm Sumeima", "west of El Obeid", "El Obeid"], 13.18, 30.22, 20, 270, "SD")
NKORD = L(["North Kordofan", "North Kordofan state"], cc="SD")
E10 = [
    # the takeover of Bara "late last month" frames the whole report (the killings and the looting follow from it)
    # -> core, not a passing reference; "late last month" -> 21-31 October; the army's September recapture ->
    # background, non-core
    E(
        True,
        "The Rapid Support Forces (RSF) seized Bara, north of El Obeid, from the Sudanese Armed Forces (SAF) late last month",
        BAT,
        NSAOVER,
        actor1=RSF,
        actor2=SAF,
        location=BARA,
        date=D("2025-10-21", "2025-10-31"),
        source=KRP,
    ),
    E(
        False,
        "the army’s recapture of the town in September",
        BAT,
        GOVREGAIN,
        actor1=SAF,
        actor2=RSF,
        location=BARA,
        date=D("2025-09-01", "2025-09-30"),
        source=KRP,
    ),
    # house-to-house killings -> Violence against civilians; "at least 30" -> 30..open
    E(
        True,
        "RSF fighters went from house to house in its eastern neighbourhoods on 26 and 27 October and shot dead at least 30 men they accused of supporting the army",
        VAC,
        ATTACK,
        actor1=RSF,
        actor2=CIV + ["men", "30 men", "two brothers"],
        location=BARA,
        date=D("2025-10-26", "2025-10-27"),
        killed=R(30, None),
        source=["Five men who fled the town", "displaced people", "men who fled"] + KRP,
    ),
    # passive, no agent ("was looted after the town fell") -> the RSF (holding the town) plus unknown; from the fall
    # to the report
    E(
        True,
        "Our partner’s warehouse in Bara, holding some 40 tonnes of food, was looted after the town fell",
        STR,
        LOOT,
        actor1=RSF + UNK,
        actor2=["warehouse", "partner organisation", "partner’s warehouse"] + CIV,
        location=BARA,
        date=D("2025-10-21", "2025-11-10"),
        source=KRP,
    ),
    # "armed men in RSF uniforms" -> the RSF plus unknown; a ~60 km road -> names and country
    E(
        True,
        "two drivers contracted by a partner organisation were abducted by armed men in RSF uniforms",
        VAC,
        ABDUCT,
        actor1=RSF + UNK,
        actor2=CIV + ["two drivers", "drivers"],
        location=BARA_ROAD,
        date=D("2025-11-03"),
        source=KRP,
    ),
    # agent-less drone, blamed by the state authorities on the RSF -> the RSF plus unknown, the blame a non-core
    # copy; "dozens" -> 24..open
    E(
        True,
        "a drone struck a funeral gathering in the al-Safa neighbourhood, killing 12 people and wounding “dozens”",
        EXP,
        AIR,
        actor1=RSF + UNK,
        actor2=CIV + ["funeral gathering", "mourners"],
        location=EL_OBEID,
        date=D("2025-11-04"),
        killed=R(12),
        injured=R(24, None),
        source=["hospital staff"] + KRP,
    ),
    E(
        False,
        "State authorities blamed the RSF",
        EXP,
        AIR,
        actor1=RSF,
        actor2=CIV,
        location=EL_OBEID,
        date=D("2025-11-04"),
        source=["State authorities", "North Kordofan state authorities"],
    ),
    # "On the night of 6 November" -> 6-7 November
    E(
        True,
        "air defences intercepted several drones over the city",
        STR,
        DISRUPT,
        actor1=SAF,
        actor2=RSF + UNK + ["drones"],
        location=EL_OBEID,
        date=D("2025-11-06", "2025-11-07"),
        source=["army"] + SAF,
    ),
    # one sentence, two strikes at two places on two days -> two core events; "the following day" -> 6 November;
    # "Casualty figures are unknown" -> no number field
    E(
        True,
        "Army aircraft bombed RSF positions around Bara on 5 November",
        EXP,
        AIR,
        actor1=SAF,
        actor2=RSF,
        location=BARA,
        date=D("2025-11-05"),
        source=KRP,
    ),
    E(
        True,
        "struck a gathering of RSF vehicles near Um Sumeima, about 20 km west of El Obeid, the following day",
        EXP,
        AIR,
        actor1=SAF,
        actor2=RSF,
        location=UM_SUMEIMA,
        date=D("2025-11-06"),
        source=KRP,
    ),
    E(
        True,
        "some 200 women from displacement sites held a peaceful sit-in outside the state government building in El Obeid",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["women", "200 women", "displaced women"],
        location=EL_OBEID,
        date=D("2025-11-08"),
        source=KRP,
    ),
    # the month's count -> aggregate ("more than 40" -> 41..open)
    E(
        False,
        "more than 40 civilians have been killed in drone strikes in North Kordofan",
        EXP,
        AIR,
        actor1=RSF + SAF + UNK,
        actor2=CIV,
        location=NKORD,
        date=D("2025-11-01", "2025-11-10"),
        killed=R(41, None),
        source=["health workers"],
        aggregate=True,
    ),
    # the commanders' threat -> planned; the conditional about the displaced -> inside the threat, no gold of its
    # own
    E(
        False,
        "RSF commanders have threatened to advance on El Obeid",
        BAT,
        NSAOVER,
        actor1=RSF,
        actor2=SAF,
        location=EL_OBEID,
        source=RSF + KRP,
        status="planned",
    ),
    # no gold: "Displaced people arriving in El Obeid this week described what followed", the release of one driver,
    # "the other remains missing", "which has not commented", fuel prices, "Should they do so ... at grave risk" (a
    # consequence, no act of its own), the recommendations
]
# the headline's copies
E10 += [
    E(False, "drone strike on El Obeid funeral", EXP, AIR, actor1=RSF + UNK, actor2=CIV, location=EL_OBEID,
      date=D("2025-11-04"), source=KRP),
    E(False, "killings reported in Bara", VAC, ATTACK, actor1=RSF, actor2=CIV, location=BARA,
      date=D("2025-10-26", "2025-10-27"), source=KRP),
]
DOCS.append(
    (
        "dev-aa-10",
        "Kordofan Relief Partnership (field report)",
        "2025-11-10",
        "NGO field report",
        "Sudan/North Kordofan over a week: the RSF's seizure of Bara 'late last month' (and the army's September "
        "recapture as background), house-to-house killings 'on 26 and 27 October' ('at least 30'), a warehouse "
        "'looted after the town fell' (passive), drivers abducted by 'armed men in RSF uniforms', a drone on a "
        "funeral ('12 ... and wounding \u201cdozens\u201d') and the authorities' blame, drones intercepted, two army "
        "air strikes in one sentence ('about 20 km west of El Obeid, the following day'), a peaceful sit-in, a "
        "month's count, a threat",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-aa-10", "Published 10 November 2025", "2025-11-10", "Monday"),
]

# =============================================================================
# dev-aa-11  wire story — Ethiopia/Amhara: Dabat north-east of Gondar, the outskirts of Woreta, a police station in
# Bahir Dar, Azezo on Gondar's southern edge, the countryside south of Gondar (Tue 18 Feb 2025)
# =============================================================================
T11 = """Ethiopia's Fano militia briefly seizes town near Gondar; drone strike kills bus passengers

By Selam Worku | Horn Wire Service

ADDIS ABABA, Feb 18 (HWS) - Fighters of the Fano militia seized the town of Dabat, north-east of Gondar, on Sunday and held it for several hours before withdrawing as federal troops approached, three residents told Horn Wire Service.

The army said on Monday it had "cleared" the town of "extremists" and restored order. It gave no casualty figures. A health worker in Dabat said at least six civilians were killed in crossfire.

In a separate incident on Saturday, a drone strike hit a minibus on the outskirts of Woreta, a town on the road between Bahir Dar and Gondar, killing between eight and 11 passengers, according to two health workers and a local official. A federal government spokesman denied that civilians had been targeted, saying the strike had hit "a gathering of extremist elements".

In Bahir Dar, the regional capital, unidentified attackers threw a grenade into the compound of a police station on Thursday night, wounding two officers, police said. Security forces then detained at least 40 young men in sweeps across the city on Friday, relatives said.

Police also blamed Fano for the abduction of about 20 bus passengers near Azezo, on the southern edge of Gondar, last week. The passengers were freed after relatives paid ransoms, one relative said. A Fano spokesman denied the group was involved.

A Fano commander, speaking by phone, claimed his fighters had killed "more than 50" soldiers in fighting in the countryside south of Gondar on Monday. The army did not respond to a request for comment. Neither claim could be verified independently, as access to the region is restricted and internet services are frequently cut.

A monitoring group has recorded more than 400 drone strikes in Amhara since the insurgency began in August 2023, months after the federal government moved in April of that year to integrate regional special forces into the army and police.

The government has vowed to "eradicate" the militia before the rainy season.

(Reporting by Selam Worku; editing by Tom Hale)
"""

FANO = ["Fano", "Fano militia", "Fano fighters", "Fighters of the Fano militia", "Amhara Fano", "extremists",
        "extremist elements", "his fighters"]
ENDF = ["Ethiopian National Defense Force", "ENDF", "Ethiopian army", "army", "federal troops", "soldiers",
        "federal government", "Military Forces of Ethiopia", "Ethiopian government"]
ETPOL = ["police", "Police Forces of Ethiopia", "Amhara police", "security forces", "Security forces"]
HWS = ["Horn Wire Service", "HWS", "author", "Selam Worku"]
DABAT = L(["Dabat", "town of Dabat", "north-east of Gondar"], 12.98, 37.77, "ET")
WORETA = L(["Woreta", "outskirts of Woreta", "road between Bahir Dar and Gondar"], 11.92, 37.70, "ET")
BAHIR_DAR = L(["Bahir Dar", "Bahirdar", "police station"], 11.59, 37.39, "ET")
# "near Azezo, on the southern edge of Gondar" -> Gondar's point (Azezo lies within ~6 km)
AZEZO = L(["Azezo", "Gondar", "Gonder", "southern edge of Gondar"], 12.60, 37.47, "ET")
GONDAR_S = L(["countryside south of Gondar", "south of Gondar", "Gondar", "Gonder"], cc="ET")
AMHARA = L(["Amhara", "Amhara region"], cc="ET")
ET = L(["Ethiopia"], cc="ET")
E11 = [
    # a town seized by a non-state group -> Non-state actor overtakes territory; the civilians "killed in crossfire"
    # two sentences later (another source) -> killed 6..open folded in, the crossfire sentence a non-core copy; the
    # army's "cleared" on Monday -> Government regains territory, Sunday or Monday
    E(
        True,
        "Fighters of the Fano militia seized the town of Dabat, north-east of Gondar, on Sunday and held it for several hours",
        BAT,
        NSAOVER,
        actor1=FANO,
        actor2=ENDF,
        location=DABAT,
        date=D("2025-02-16"),
        killed=R(6, None),
        source=["three residents", "residents"] + HWS + ["health worker"],
    ),
    E(
        False,
        "at least six civilians were killed in crossfire",
        BAT,
        NSAOVER,
        actor1=FANO + ENDF,
        actor2=ENDF + FANO + CIV,
        location=DABAT,
        date=D("2025-02-16"),
        killed=R(6, None),
        source=["health worker"],
    ),
    E(
        True,
        'it had "cleared" the town of "extremists" and restored order',
        BAT,
        GOVREGAIN,
        actor1=ENDF,
        actor2=FANO,
        location=DABAT,
        date=D("2025-02-16", "2025-02-17"),
        source=["army"] + ENDF,
    ),
    # one strike, two objects (a minibus's passengers / "a gathering of extremist elements") -> one core event per
    # version; the spokesman's denial that civilians were targeted -> a non-core denied copy of the first; an
    # agent-less drone strike answered by the federal spokesman -> federal forces plus unknown; "between eight and
    # 11" -> 8..11
    E(
        True,
        "a drone strike hit a minibus on the outskirts of Woreta, a town on the road between Bahir Dar and Gondar, killing between eight and 11 passengers",
        EXP,
        AIR,
        actor1=ENDF + UNK,
        actor2=CIV + ["minibus", "passengers", "bus passengers"],
        location=WORETA,
        date=D("2025-02-15"),
        killed=R(8, 11),
        source=["two health workers", "health workers", "local official"] + HWS,
    ),
    E(
        False,
        "A federal government spokesman denied that civilians had been targeted",
        EXP,
        AIR,
        actor1=ENDF,
        actor2=CIV,
        location=WORETA,
        date=D("2025-02-15"),
        source=["federal government spokesman", "government spokesman", "federal government"],
        status="denied",
    ),
    E(
        True,
        'the strike had hit "a gathering of extremist elements"',
        EXP,
        AIR,
        actor1=ENDF,
        actor2=FANO,
        location=WORETA,
        date=D("2025-02-15"),
        source=["federal government spokesman", "government spokesman", "federal government"],
    ),
    # "on Thursday night" -> 13-14 February
    E(
        True,
        "unidentified attackers threw a grenade into the compound of a police station on Thursday night, wounding two officers",
        EXP,
        GRENADE,
        actor1=UNK + ["unidentified attackers"],
        actor2=ETPOL + ["police station", "two officers", "officers"],
        location=BAHIR_DAR,
        date=D("2025-02-13", "2025-02-14"),
        injured=R(2),
        source=ETPOL + HWS,
    ),
    E(
        True,
        "Security forces then detained at least 40 young men in sweeps across the city on Friday",
        STR,
        ARRESTS,
        actor1=ETPOL + ENDF,
        actor2=CIV + ["young men", "40 young men"],
        location=BAHIR_DAR,
        date=D("2025-02-14"),
        source=["relatives"] + HWS,
    ),
    # the police's blame of Fano (the act told only inside it) -> Fano plus unknown; "last week" on a Tuesday ->
    # 10-16 February; the group's denial -> a non-core denied copy
    E(
        True,
        "the abduction of about 20 bus passengers near Azezo, on the southern edge of Gondar, last week",
        VAC,
        ABDUCT,
        actor1=FANO + UNK,
        actor2=CIV + ["bus passengers", "passengers"],
        location=AZEZO,
        date=D("2025-02-10", "2025-02-16"),
        source=["Police", "police"] + HWS,
    ),
    E(
        False,
        "A Fano spokesman denied the group was involved",
        VAC,
        ABDUCT,
        actor1=FANO,
        actor2=CIV,
        location=AZEZO,
        date=D("2025-02-10", "2025-02-16"),
        source=["Fano spokesman"] + FANO,
        status="denied",
    ),
    # the commander's claim -> core, occurred, sourced to him; "more than 50" -> 51..open; a countryside -> names
    E(
        True,
        'his fighters had killed "more than 50" soldiers in fighting in the countryside south of Gondar on Monday',
        BAT,
        CLASH,
        actor1=FANO + ENDF,
        actor2=ENDF + FANO,
        location=GONDAR_S,
        date=D("2025-02-17"),
        killed=R(51, None),
        source=["Fano commander"] + FANO,
    ),
    # the monitor's count -> aggregate
    E(
        False,
        "A monitoring group has recorded more than 400 drone strikes in Amhara since the insurgency began in August 2023",
        EXP,
        AIR,
        actor1=ENDF,
        actor2=FANO + CIV,
        location=AMHARA,
        date=D("2023-08-01", "2025-02-18"),
        source=["monitoring group"],
        aggregate=True,
    ),
    # background: the April 2023 decision on regional special forces -> Change to group/activity, non-core
    E(
        False,
        "the federal government moved in April of that year to integrate regional special forces into the army and police",
        STR,
        CHANGE,
        actor1=ENDF,
        actor2=["regional special forces", "Amhara special forces"],
        location=ET,
        date=D("2023-04-01", "2023-04-30"),
        source=HWS,
    ),
    # the government's vow -> planned
    E(
        False,
        'The government has vowed to "eradicate" the militia before the rainy season',
        BAT,
        CLASH,
        actor1=ENDF,
        actor2=FANO,
        location=AMHARA,
        source=["government", "federal government", "Ethiopian government"],
        status="planned",
    ),
    # no gold: the withdrawal (inside the seizure), "It gave no casualty figures", the release after ransoms, "The
    # army did not respond", "Neither claim could be verified", the cuts to internet services
]
# the headline's copies
E11 += [
    E(False, "Fano militia briefly seizes town near Gondar", BAT, NSAOVER, actor1=FANO, actor2=ENDF, location=DABAT,
      date=D("2025-02-16"), source=HWS),
    E(False, "drone strike kills bus passengers", EXP, AIR, actor1=ENDF + UNK, actor2=CIV + ["bus passengers"],
      location=WORETA, date=D("2025-02-15"), source=HWS),
]
DOCS.append(
    (
        "dev-aa-11",
        "Horn Wire Service",
        "2025-02-18",
        "wire story",
        "Ethiopia/Amhara: Fano seizes Dabat 'on Sunday' for 'several hours' (civilians 'killed in crossfire' two "
        "sentences later) and the army's 'cleared' on Monday, a drone strike on a minibus ('between eight and 11') "
        "told as 'a gathering of extremist elements' and denied as a strike on civilians, a grenade 'on Thursday "
        "night' and sweeps 'on Friday', an abduction 'last week' known only through the police's blame and its "
        "denial, a commander's claim of 'more than 50' soldiers, a count since August 2023, April 2023 background, "
        "a vow",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-aa-11", "Feb 18", "2025-02-18", "Tuesday"),
    ("dev-aa-11", "on Monday", "2025-02-17", "Monday"),
    ("dev-aa-11", "on Sunday", "2025-02-16", "Sunday"),
    ("dev-aa-11", "on Saturday", "2025-02-15", "Saturday"),
    ("dev-aa-11", "on Friday", "2025-02-14", "Friday"),
    ("dev-aa-11", "on Thursday night", "2025-02-13", "Thursday"),
    ("dev-aa-11", "last week (start)", "2025-02-10", "Monday"),
]

# =============================================================================
# dev-aa-12  army press release (ISPR) — Pakistan/Khyber Pakhtunkhwa: Datta Khel and Spinwam in North Waziristan,
# Jani Khel in Bannu District, Bannu (Thu 21 Aug 2025)
# =============================================================================
T12 = """Eight khwarij sent to hell in North Waziristan operation; two soldiers embrace shahadat

Inter Services Public Relations (ISPR) | Press Release No PR-214/2025-ISPR | Rawalpindi - 21 August 2025

On 20 August 2025, security forces conducted an intelligence based operation in the Datta Khel area of North Waziristan District, on the reported presence of khwarij belonging to the Indian proxy Fitna al Khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, eight khwarij were sent to hell.

However, during the intense exchange of fire, two brave sons of soil, Naik Sher Zaman (age 31, resident of District Karak) and Sepoy Abdul Wahab (age 24, resident of District Lakki Marwat), having fought gallantly, embraced shahadat.

In another engagement in the general area of Spinwam, North Waziristan District, own troops thwarted an attempt by a group of khwarij to infiltrate through the Pakistan-Afghanistan border. Three khwarij were killed, while several others were injured and fled back across the border.

Earlier, on the night of Independence Day, khwarij attacked a security forces checkpost in Jani Khel, Bannu District, with quadcopters and heavy weapons. The attack was effectively repulsed by own troops. However, a 12-year-old boy of a nearby village embraced shahadat due to indiscriminate firing by the khwarij, while two soldiers were injured.

The khwarij killed in Datta Khel were actively involved in numerous terrorist activities against the security forces and law enforcement agencies, as well as the martyrdom of a polio vaccinator and his police escort in Bannu the day before yesterday.

Weapons, ammunition and explosives were also recovered from the killed khwarij.

A sanitisation operation is being carried out to eliminate any other kharji found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.

Pakistan has consistently asked the Interim Afghan Government to ensure effective border management on its side of the border. The Interim Afghan Government is expected to fulfil its obligations and deny the use of Afghan soil by khwarij for perpetrating terrorist activities against Pakistan.
"""

PKSF = ["security forces", "Pakistan Army", "Pakistani security forces", "own troops", "troops", "soldiers",
        "Military Forces of Pakistan", "Pakistani army", "security forces checkpost", "checkpost"]
TTP = ["Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban", "khwarij", "kharji",
       "Fitna al Khwarij", "Fitna al-Khawarij", "khawarij"]
ISPR = ["Inter Services Public Relations", "ISPR", "Pakistan Army", "Pakistani military", "military's media wing"]
DATTA_KHEL = L(["Datta Khel", "Datta Khel area", "North Waziristan", "North Waziristan District"], cc="PK")
SPINWAM = L(["Spinwam", "general area of Spinwam", "North Waziristan", "North Waziristan District",
             "Pakistan-Afghanistan border"], cc="PK")
JANI_KHEL = L(["Jani Khel", "Janikhel", "Bannu District", "Bannu"], cc="PK")
BANNU = L(["Bannu", "Bannu District"], 32.99, 70.60, "PK")
E12 = [
    # an intelligence based operation ending in a firefight -> Battles; both sides' dead told (eight khwarij, two
    # soldiers a sentence later) -> 10; each figure a non-core copy; "sent to hell" is the release's own wording
    E(
        True,
        "security forces conducted an intelligence based operation in the Datta Khel area of North Waziristan District",
        BAT,
        CLASH,
        actor1=PKSF,
        actor2=TTP,
        location=DATTA_KHEL,
        date=D("2025-08-20"),
        killed=R(10),
        source=ISPR,
    ),
    E(
        False,
        "own troops effectively engaged the khwarij location and, after an intense exchange of fire, eight khwarij were sent to hell",
        BAT,
        CLASH,
        actor1=PKSF,
        actor2=TTP,
        location=DATTA_KHEL,
        date=D("2025-08-20"),
        killed=R(8, None),
        source=ISPR,
    ),
    E(
        False,
        "during the intense exchange of fire, two brave sons of soil, Naik Sher Zaman (age 31, resident of District Karak) and Sepoy Abdul Wahab (age 24, resident of District Lakki Marwat), having fought gallantly, embraced shahadat",
        BAT,
        CLASH,
        actor1=TTP,
        actor2=PKSF + ["Naik Sher Zaman", "Sepoy Abdul Wahab"],
        location=DATTA_KHEL,
        date=D("2025-08-20"),
        killed=R(2),
        source=ISPR,
    ),
    # an infiltration attempt thwarted -> Battles; only the khwarij's losses told (one side) -> killed 3..open,
    # "several others were injured" -> 3..open; "In another engagement" carries no date of its own -> no date
    E(
        True,
        "own troops thwarted an attempt by a group of khwarij to infiltrate through the Pakistan-Afghanistan border",
        BAT,
        CLASH,
        actor1=PKSF + TTP,
        actor2=TTP + PKSF,
        location=SPINWAM,
        killed=R(3, None),
        injured=R(3, None),
        source=ISPR,
    ),
    # "on the night of Independence Day" -> 14-15 August; a checkpost attacked and repulsed -> Battles; the boy
    # killed and two soldiers injured, the attackers' losses untold -> killed 1..open, injured 2..open; the quadcopters
    # -> a non-core Air/drone strike reading of the same act, the toll sentence a non-core copy
    E(
        True,
        "khwarij attacked a security forces checkpost in Jani Khel, Bannu District, with quadcopters and heavy weapons",
        BAT,
        CLASH,
        actor1=TTP + PKSF,
        actor2=PKSF + TTP,
        location=JANI_KHEL,
        date=D("2025-08-14", "2025-08-15"),
        killed=R(1, None),
        injured=R(2, None),
        source=ISPR,
    ),
    E(
        False,
        "khwarij attacked a security forces checkpost in Jani Khel, Bannu District, with quadcopters",
        EXP,
        AIR,
        actor1=TTP,
        actor2=PKSF,
        location=JANI_KHEL,
        date=D("2025-08-14", "2025-08-15"),
        source=ISPR,
    ),
    E(
        False,
        "a 12-year-old boy of a nearby village embraced shahadat due to indiscriminate firing by the khwarij, while two soldiers were injured",
        BAT,
        CLASH,
        actor1=TTP,
        actor2=PKSF + CIV + ["12-year-old boy", "boy"],
        location=JANI_KHEL,
        date=D("2025-08-14", "2025-08-15"),
        killed=R(1),
        injured=R(2),
        source=ISPR,
    ),
    # a reference inside the release, but the only telling of a recent, specific attack with a place, a day and a
    # toll (not context from months or years back) -> core; "the day before yesterday" in a release of 21 August ->
    # 19 August; the vaccinator and his escort -> 2
    E(
        True,
        "the martyrdom of a polio vaccinator and his police escort in Bannu the day before yesterday",
        VAC,
        ATTACK,
        actor1=TTP,
        actor2=CIV + ["polio vaccinator", "vaccinator", "police escort", "police"],
        location=BANNU,
        date=D("2025-08-19"),
        killed=R(2),
        source=ISPR,
    ),
    # the ongoing sanitisation operation "to eliminate" -> planned
    E(
        False,
        "A sanitisation operation is being carried out to eliminate any other kharji found in the area",
        BAT,
        CLASH,
        actor1=PKSF,
        actor2=TTP,
        location=DATTA_KHEL,
        source=ISPR,
        status="planned",
    ),
    # no gold: "on the reported presence of khwarij" (the operation's reason), the soldiers' names and ages (inside
    # the toll), "actively involved in numerous terrorist activities" (generic), the recovered weapons (inside the
    # operation), "determined to wipe out the menace" (generic), the demands on the Interim Afghan Government
]
# the headline's copies
E12 += [
    E(False, "Eight khwarij sent to hell in North Waziristan operation", BAT, CLASH, actor1=PKSF, actor2=TTP,
      location=DATTA_KHEL, date=D("2025-08-20"), killed=R(8, None), source=ISPR),
    E(False, "two soldiers embrace shahadat", BAT, CLASH, actor1=TTP, actor2=PKSF, location=DATTA_KHEL,
      date=D("2025-08-20"), killed=R(2), source=ISPR),
]
DOCS.append(
    (
        "dev-aa-12",
        "Inter Services Public Relations (press release)",
        "2025-08-21",
        "army press release",
        "Pakistan/Khyber Pakhtunkhwa in the military's own idiom ('khwarij', 'sent to hell', 'embraced shahadat'): an "
        "operation in Datta Khel with both sides' dead in two sentences, an infiltration thwarted in Spinwam "
        "('several others were injured', no date), a checkpost attack 'on the night of Independence Day' with "
        "quadcopters (a boy killed, two soldiers hurt), a vaccinator and his escort killed 'the day before "
        "yesterday' (a reference, but the only telling), a sanitisation operation, demands on Kabul",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-aa-12", "21 August 2025", "2025-08-21", "Thursday"),
    ("dev-aa-12", "Independence Day", "2025-08-14", "Thursday"),
]

# =============================================================================
# dev-aa-13  police bulletin (state security secretariat, translated) — Mexico/Sinaloa: the sindicatura of Costa Rica
# 25 km south of Culiacán, the Culiacán-Eldorado road 10 km south of the city, Culiacán's Las Quintas and Tierra
# Blanca, Navolato, Tepuche (Thu 2 Jan 2025)
# =============================================================================
T13 = """Public security bulletin: armed confrontation in Costa Rica sindicatura, three bodies found on Eldorado road

Sinaloa State Public Security Secretariat (SSP) | Daily Bulletin No. 002/2025 | Culiacán, Sinaloa, 2 January 2025 | Unofficial English translation

The Secretariat informs the public of the following events recorded in the previous 48 hours, in coordination with the Mexican Army, the National Guard and the State Attorney General's Office (FGE).

1. At approximately 23:40 on New Year's Eve, personnel of the Mexican Army patrolling the sindicatura of Costa Rica, some 25 km south of Culiacán, were attacked by armed civilians travelling in three vehicles. In the confrontation, two aggressors lost their lives and one soldier was wounded; no military personnel were killed. Four rifles, magazines and an armoured vehicle were secured.

2. On the morning of 1 January, the bodies of three men with gunshot wounds and signs of torture were located on the Culiacán-Eldorado road, about 10 km south of the city. The FGE has opened an investigation; according to preliminary information, the victims may have been deprived of their liberty in the city days earlier.

3. On Tuesday night, armed persons set fire to a house and two vehicles in the Las Quintas neighbourhood of Culiacán. No injuries were reported.

4. On Wednesday afternoon, a report was received of the deprivation of liberty of a 34-year-old man, who was taken from his home in the Tierra Blanca neighbourhood by armed men travelling in two vehicles. Search actions are under way.

5. In Navolato, state police officers arrested four persons in possession of two long guns, ammunition and tactical equipment on Wednesday. They were placed at the disposal of the Federal Public Ministry.

6. In Tepuche, Army personnel secured two drones adapted to drop explosive devices, as well as 14 improvised explosive artefacts, at a property found abandoned.

7. An additional 300 elements of the National Guard arrived in Culiacán on Wednesday to reinforce security operations in the capital.

Since 9 September 2024, the FGE has recorded more than 600 intentional homicides in the state. The Secretariat reiterates that operations will continue "until peace is restored" and asks citizens to report any suspicious activity to 911.
"""

MXARMY = ["Mexican Army", "Army", "Army personnel", "army", "soldier", "military personnel",
          "Military Forces of Mexico", "SEDENA"]
GUNMEN13 = ["armed civilians", "aggressors", "armed men", "armed persons", "gunmen", "Sinaloa Cartel",
            "Sinaloa Cartel faction", "Los Chapitos", "La Mayiza"]
SINPOL = ["state police", "state police officers", "Sinaloa state police", "Police Forces of Mexico", "police"]
GN = ["National Guard", "Guardia Nacional", "elements of the National Guard"]
SSP = ["Sinaloa State Public Security Secretariat", "Public Security Secretariat", "SSP", "Secretariat", "author"]
FGE = ["State Attorney General's Office", "FGE", "Fiscalía", "Sinaloa Attorney General's Office"]
# "some 25 km south of Culiacán" / "about 10 km south of the city" -> LKM from Culiacán
COSTA_RICA = LKM(["Costa Rica", "sindicatura of Costa Rica", "south of Culiacán", "Culiacán"], 24.80, -107.39, 25, 180,
                 "MX")
ELDORADO_RD = LKM(["Culiacán-Eldorado road", "south of the city", "Culiacán", "Eldorado road"], 24.80, -107.39, 10,
                  180, "MX")
CULIACAN = L(["Culiacán", "Culiacan", "Las Quintas", "Tierra Blanca", "Las Quintas neighbourhood",
              "Tierra Blanca neighbourhood", "the capital"], 24.80, -107.39, "MX")
NAVOLATO = L(["Navolato"], 24.77, -107.70, "MX")
TEPUCHE = L(["Tepuche", "Culiacán municipality"], cc="MX")
SINALOA = L(["Sinaloa", "Sinaloa state", "the state"], cc="MX")
E13 = [
    # soldiers attacked by gunmen -> Battles; "At approximately 23:40 on New Year's Eve" -> 31 December; both
    # sides' dead told ("two aggressors ... no military personnel were killed") -> 2, the soldiers' wounded only ->
    # 1..open; the toll sentence a non-core copy
    E(
        True,
        "personnel of the Mexican Army patrolling the sindicatura of Costa Rica, some 25 km south of Culiacán, were attacked by armed civilians travelling in three vehicles",
        BAT,
        CLASH,
        actor1=GUNMEN13 + UNK + MXARMY,
        actor2=MXARMY + GUNMEN13,
        location=COSTA_RICA,
        date=D("2024-12-31"),
        killed=R(2),
        injured=R(1, None),
        source=SSP,
    ),
    E(
        False,
        "two aggressors lost their lives and one soldier was wounded",
        BAT,
        CLASH,
        actor1=GUNMEN13,
        actor2=MXARMY,
        location=COSTA_RICA,
        date=D("2024-12-31"),
        killed=R(2),
        injured=R(1),
        source=SSP,
    ),
    # bodies found with signs of torture -> Violence against civilians by unknown; found on the morning of 1 January
    # and taken "days earlier" -> the last days of December to 1 January; the hedged abduction ("may have been
    # deprived of their liberty ... days earlier") -> a non-core possible Abduction
    E(
        True,
        "the bodies of three men with gunshot wounds and signs of torture were located on the Culiacán-Eldorado road, about 10 km south of the city",
        VAC,
        ATTACK,
        actor1=UNK + GUNMEN13,
        actor2=CIV + ["three men", "men", "victims"],
        location=ELDORADO_RD,
        date=D("2024-12-28", "2025-01-01"),
        killed=R(3),
        source=SSP,
    ),
    E(
        False,
        "the victims may have been deprived of their liberty in the city days earlier",
        VAC,
        ABDUCT,
        actor1=UNK + GUNMEN13,
        actor2=CIV + ["victims", "three men"],
        location=CULIACAN,
        date=D("2024-12-25", "2024-12-31"),
        source=FGE,
        status="possible",
    ),
    # arson without casualties -> Looting/property destruction; "On Tuesday night" in a Thursday bulletin -> 31
    # December and 1 January; "No injuries were reported" -> injured 0..0 only
    E(
        True,
        "armed persons set fire to a house and two vehicles in the Las Quintas neighbourhood of Culiacán",
        STR,
        LOOT,
        actor1=UNK + GUNMEN13,
        actor2=CIV + ["house", "two vehicles"],
        location=CULIACAN,
        date=D("2024-12-31", "2025-01-01"),
        injured=R(0),
        source=SSP,
    ),
    # "deprivation of liberty" (the bulletin's word for a kidnapping) -> Abduction; abductees are no casualties
    E(
        True,
        "a 34-year-old man, who was taken from his home in the Tierra Blanca neighbourhood by armed men travelling in two vehicles",
        VAC,
        ABDUCT,
        actor1=UNK + GUNMEN13,
        actor2=CIV + ["34-year-old man", "man"],
        location=CULIACAN,
        date=D("2025-01-01"),
        source=SSP,
    ),
    E(
        True,
        "state police officers arrested four persons in possession of two long guns, ammunition and tactical equipment on Wednesday",
        STR,
        ARRESTS,
        actor1=SINPOL,
        actor2=GUNMEN13 + ["four persons", "persons"],
        location=NAVOLATO,
        date=D("2025-01-01"),
        source=SSP,
    ),
    # drones and devices seized -> Disrupted weapons use; undated beyond "the previous 48 hours" -> 31 Dec-2 Jan
    E(
        True,
        "Army personnel secured two drones adapted to drop explosive devices, as well as 14 improvised explosive artefacts, at a property found abandoned",
        STR,
        DISRUPT,
        actor1=MXARMY,
        actor2=UNK + GUNMEN13 + ["drones", "explosive artefacts"],
        location=TEPUCHE,
        date=D("2024-12-31", "2025-01-02"),
        source=SSP,
    ),
    # a new deployment -> Headquarters or base established
    E(
        True,
        "An additional 300 elements of the National Guard arrived in Culiacán on Wednesday to reinforce security operations in the capital",
        STR,
        BASE,
        actor1=GN,
        location=CULIACAN,
        date=D("2025-01-01"),
        source=SSP,
    ),
    # the homicide count since the split began -> aggregate ("more than 600" -> 601..open)
    E(
        False,
        "the FGE has recorded more than 600 intentional homicides in the state",
        VAC,
        ATTACK,
        actor1=GUNMEN13 + UNK,
        actor2=CIV,
        location=SINALOA,
        date=D("2024-09-09", "2025-01-02"),
        killed=R(601, None),
        source=FGE,
        aggregate=True,
    ),
    # the secretariat's vow -> planned
    E(
        False,
        'operations will continue "until peace is restored"',
        BAT,
        CLASH,
        actor1=MXARMY + GN + SINPOL,
        actor2=GUNMEN13,
        location=SINALOA,
        source=SSP,
        status="planned",
    ),
    # no gold: the seized rifles and armoured vehicle (inside the clash), "The FGE has opened an investigation",
    # "Search actions are under way", "placed at the disposal of the Federal Public Ministry", the 911 appeal
]
# the headline's copies
E13 += [
    E(False, "armed confrontation in Costa Rica sindicatura", BAT, CLASH, actor1=GUNMEN13 + MXARMY,
      actor2=MXARMY + GUNMEN13, location=COSTA_RICA, date=D("2024-12-31"), source=SSP),
    E(False, "three bodies found on Eldorado road", VAC, ATTACK, actor1=UNK, actor2=CIV, location=ELDORADO_RD,
      date=D("2024-12-28", "2025-01-01"), killed=R(3), source=SSP),
]
DOCS.append(
    (
        "dev-aa-13",
        "Sinaloa State Public Security Secretariat (daily bulletin, translated)",
        "2025-01-02",
        "police bulletin (state security secretariat, unofficial translation)",
        "Mexico/Sinaloa in numbered bureaucratic passives: soldiers attacked 'on New Year's Eve' 'some 25 km south of "
        "Culiacán' ('two aggressors lost their lives'), three bodies 'about 10 km south of the city' and a hedged "
        "earlier abduction ('may have been deprived of their liberty'), arson 'On Tuesday night' ('No injuries "
        "were reported'), a 'deprivation of liberty', arrests, drones seized, a National Guard deployment, a "
        "homicide count since 9 September, a vow",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-aa-13", "2 January 2025", "2025-01-02", "Thursday"),
    ("dev-aa-13", "On Wednesday afternoon / on Wednesday / 1 January", "2025-01-01", "Wednesday"),
    ("dev-aa-13", "On Tuesday night / New Year's Eve", "2024-12-31", "Tuesday"),
]

# =============================================================================
# dev-aa-14  dateline story "JOS (Outlet) -" — Nigeria/Plateau: Rimtul and Ngarkai (invented) 8 km east of Bokkos
# town, Bokkos town, the Mangu-Pankshin road on the outskirts of Mangu; Bokkos and Barkin Ladi as background (Tue 22
# Apr 2025)
# =============================================================================
T14 = """Gunmen kill at least 27 in Bokkos village attacks on Easter Monday; angry youths block Mangu road

JOS (Plateau Courier) - Gunmen killed at least 27 people in attacks on two neighbouring villages in Bokkos local government area late on Easter Monday, police said on Tuesday, the latest in a wave of killings in Nigeria's Plateau state.

The attackers, whom police described as "armed men suspected to be herders", stormed Rimtul and Ngarkai, about 8 km east of Bokkos town, shortly after 10 pm, shooting residents and setting houses on fire, police spokesman Alfred Dalyop said.

The chairman of Bokkos local government council, Danladi Mwanret, said more than 30 villagers had been killed in the two villages and that several others were missing. Residents blamed Fulani militants; the Miyetti Allah Cattle Breeders Association of Nigeria, a herders' group, denied that its members were involved.

Troops of Operation Safe Haven, the military task force in the state, said they had engaged the attackers in a gunfight near Rimtul early on Tuesday, killing "several" of them, and arrested six suspects in a follow-up operation. The claims could not be independently verified.

On Tuesday morning, angry youths blocked the Mangu-Pankshin road on the outskirts of Mangu with burning tyres and attacked motorists they suspected of being Fulani, killing two men and injuring four others, police said. The state government imposed a 24-hour curfew on Mangu town.

On Tuesday afternoon, hundreds of women marched through Bokkos town to the council secretariat carrying leaves and placards reading "Stop the killings", then dispersed peacefully.

"On Easter Sunday we were in church praying for peace. The next night they came," said Ruth Pam, 41, a Rimtul resident who lost her husband and a daughter, aged 9.

Plateau has been hit by years of violence between mostly Muslim Fulani herders and mostly Christian farming communities over land and grazing routes. Attacks on villages in Bokkos and Barkin Ladi on Christmas Eve 2023 killed more than 150 people. A coalition of local rights groups says at least 1,100 people were killed in the state in 2024.

A youth leader in Mangu, Samuel Gyang, warned: "If the government cannot protect us, we will defend ourselves."
"""

FULANI = ["Fulani militants", "Fulani militia", "Fulani herders", "herders", "armed men suspected to be herders",
          "Fulani", "Fulani Ethnic Militia"]
GUNMEN14 = ["Gunmen", "gunmen", "attackers"] + FULANI + UNK
VILLAGERS = CIV + ["villagers", "residents", "27 people", "villages"]
OPSH = ["Operation Safe Haven", "Troops of Operation Safe Haven", "troops", "military task force", "Nigerian army",
        "Military Forces of Nigeria", "Nigerian military"]
NGPOL = ["police", "Plateau police", "Police Forces of Nigeria", "police spokesman Alfred Dalyop", "Alfred Dalyop"]
CHAIRMAN = ["Danladi Mwanret", "chairman of Bokkos local government council", "Bokkos local government council",
            "chairman"]
MOB14 = ["angry youths", "youths", "mob", "rioters", "Berom youths"]
PC = ["Plateau Courier", "author"]
# "about 8 km east of Bokkos town" -> LKM
BOKKOS_E8 = LKM(["Rimtul", "Ngarkai", "east of Bokkos town", "Bokkos", "Bokkos local government area"], 9.30, 9.00, 8,
                90, "NG")
BOKKOS = L(["Bokkos", "Bokkos town", "council secretariat"], 9.30, 9.00, "NG")
MANGU = L(["Mangu", "Mangu-Pankshin road", "outskirts of Mangu", "Mangu town"], 9.52, 9.10, "NG")
BOKKOS_BL = L(["Bokkos", "Barkin Ladi"], 9.30, 9.00, "NG")
PLATEAU = L(["Plateau", "Plateau state"], cc="NG")
E14 = [
    # the police's count in the lede -> core ("at least 27" -> 27..open); "late on Easter Monday" -> 21 April 2025;
    # "suspected to be herders" -> herders plus unknown; the details a sentence later a non-core copy; the council
    # chairman's "more than 30" -> another source's figure, a core event of its own (31..open); the residents' blame a
    # non-core copy, the herders' association's denial a non-core denied copy
    E(
        True,
        "Gunmen killed at least 27 people in attacks on two neighbouring villages in Bokkos local government area late on Easter Monday",
        VAC,
        ATTACK,
        actor1=GUNMEN14,
        actor2=VILLAGERS,
        location=BOKKOS_E8,
        date=D("2025-04-21"),
        killed=R(27, None),
        source=NGPOL + PC,
    ),
    E(
        False,
        "stormed Rimtul and Ngarkai, about 8 km east of Bokkos town, shortly after 10 pm, shooting residents and setting houses on fire",
        VAC,
        ATTACK,
        actor1=GUNMEN14,
        actor2=VILLAGERS + ["houses"],
        location=BOKKOS_E8,
        date=D("2025-04-21"),
        source=NGPOL,
    ),
    E(
        True,
        "more than 30 villagers had been killed in the two villages",
        VAC,
        ATTACK,
        actor1=GUNMEN14,
        actor2=VILLAGERS,
        location=BOKKOS_E8,
        date=D("2025-04-21"),
        killed=R(31, None),
        source=CHAIRMAN,
    ),
    E(
        False,
        "Residents blamed Fulani militants",
        VAC,
        ATTACK,
        actor1=FULANI,
        actor2=VILLAGERS,
        location=BOKKOS_E8,
        date=D("2025-04-21"),
        source=["Residents", "residents"],
    ),
    E(
        False,
        "denied that its members were involved",
        VAC,
        ATTACK,
        actor1=["Miyetti Allah Cattle Breeders Association of Nigeria", "Miyetti Allah", "MACBAN"] + FULANI,
        actor2=VILLAGERS,
        location=BOKKOS_E8,
        date=D("2025-04-21"),
        source=["Miyetti Allah Cattle Breeders Association of Nigeria", "Miyetti Allah", "MACBAN", "herders' group"],
        status="denied",
    ),
    # the task force's claim -> core, occurred; "several" attackers killed (one side) -> 3..open; the arrests in
    # the same sentence -> a core event of their own
    E(
        True,
        'they had engaged the attackers in a gunfight near Rimtul early on Tuesday, killing "several" of them',
        BAT,
        CLASH,
        actor1=OPSH + GUNMEN14,
        actor2=GUNMEN14 + OPSH,
        location=BOKKOS_E8,
        date=D("2025-04-22"),
        killed=R(3, None),
        source=OPSH,
    ),
    E(
        True,
        "arrested six suspects in a follow-up operation",
        STR,
        ARRESTS,
        actor1=OPSH,
        actor2=GUNMEN14 + ["six suspects", "suspects"],
        location=BOKKOS_E8,
        date=D("2025-04-22"),
        source=OPSH,
    ),
    # a crowd attacking passers-by for their ethnicity -> Riots/Mob violence; "on the outskirts of Mangu" -> Mangu's
    # point; "killing two men and injuring four others" -> 2 and 4
    E(
        True,
        "angry youths blocked the Mangu-Pankshin road on the outskirts of Mangu with burning tyres and attacked motorists they suspected of being Fulani, killing two men and injuring four others",
        RIOT,
        MOB,
        actor1=MOB14,
        actor2=CIV + ["motorists", "Fulani", "two men"],
        location=MANGU,
        date=D("2025-04-22"),
        killed=R(2),
        injured=R(4),
        source=NGPOL + PC,
    ),
    E(
        True,
        "hundreds of women marched through Bokkos town to the council secretariat carrying leaves and placards",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["women", "hundreds of women"],
        location=BOKKOS,
        date=D("2025-04-22"),
        source=PC,
    ),
    # background: the Christmas Eve attacks of 2023 -> non-core ("more than 150" -> 151..open; Christmas Eve into the
    # night -> 24-25 December)
    E(
        False,
        "Attacks on villages in Bokkos and Barkin Ladi on Christmas Eve 2023 killed more than 150 people",
        VAC,
        ATTACK,
        actor1=GUNMEN14,
        actor2=VILLAGERS,
        location=BOKKOS_BL,
        date=D("2023-12-24", "2023-12-25"),
        killed=R(151, None),
        source=PC,
    ),
    E(
        False,
        "at least 1,100 people were killed in the state in 2024",
        VAC,
        ATTACK,
        actor1=GUNMEN14 + MOB14,
        actor2=CIV,
        location=PLATEAU,
        date=D("2024-01-01", "2024-12-31"),
        killed=R(1100, None),
        source=["coalition of local rights groups", "local rights groups"],
        aggregate=True,
    ),
    # the youth leader's conditional threat (an actor's own) -> planned
    E(
        False,
        "If the government cannot protect us, we will defend ourselves",
        BAT,
        CLASH,
        actor1=MOB14 + ["Samuel Gyang", "youth leader", "Mangu youths"],
        actor2=FULANI,
        location=MANGU,
        source=["Samuel Gyang", "youth leader"],
        status="planned",
    ),
    # no gold: "several others were missing" (no abduction told), "The claims could not be independently verified",
    # the curfew on Mangu (an administrative measure), the widow's quote ("The next night they came" -> inside the
    # attack), "years of violence ... over land and grazing routes" (generic)
]
# the headline's copies
E14 += [
    E(False, "Gunmen kill at least 27 in Bokkos village attacks on Easter Monday", VAC, ATTACK, actor1=GUNMEN14,
      actor2=VILLAGERS, location=BOKKOS_E8, date=D("2025-04-21"), killed=R(27, None), source=PC),
    E(False, "angry youths block Mangu road", RIOT, MOB, actor1=MOB14, actor2=CIV, location=MANGU,
      date=D("2025-04-22"), source=PC),
]
DOCS.append(
    (
        "dev-aa-14",
        "Plateau Courier",
        "2025-04-22",
        "dateline story 'JOS (Plateau Courier) -'",
        "Nigeria/Plateau: gunmen 'suspected to be herders' kill 'at least 27' (police) or 'more than 30' (the council "
        "chairman) in two villages 'about 8 km east of Bokkos town' 'late on Easter Monday', the residents' blame and "
        "the herders' association's denial, the task force's 'several' killed and six arrests, a mob on the outskirts "
        "of Mangu ('killing two men and injuring four others'), a women's march, Christmas Eve 2023 as background, a "
        "year's count, a conditional threat",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-aa-14", "said on Tuesday / early on Tuesday / On Tuesday morning / On Tuesday afternoon", "2025-04-22",
     "Tuesday"),
    ("dev-aa-14", "Easter Monday", "2025-04-21", "Monday"),
    ("dev-aa-14", "Easter Sunday", "2025-04-20", "Sunday"),
    ("dev-aa-14", "Christmas Eve 2023", "2023-12-24", "Sunday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_aa", check_aa, strip_text=True)


if __name__ == "__main__":
    main()
