"""Writes dev_r.gold.jsonl: fourteen development articles, nine from the Middle East - Iraq and Syria through Turkey's
eyes (the Metina, Claw-Lock and Gara areas of northern Iraq; Tel Rifat, al-Bab and Qamishli; arrests in Turkey),
north-west Syria (Ariha, the western outskirts of Jisr al-Shughur, the Darat Izza-Atareb road, Qmenas south-east of
Idleb city, Idleb city), Iraqi Kurdistan (the Sarsang field in Duhok province, Kani Masi and Bamarne in Amedi
district, Batifa in Zakho district, Mount Metina, Sidakan; Khor Mor as background), Gaza (the al-Falah school in
Zeitoun, Tel al-Hawa, Rafah; Nirim across the fence from Khan Yunis), south Lebanon and northern Israel (the Kfar
Kila-Deir Mimas road, Khiam and the Wazzani plain, Aitaroun, Naqoura, Houla, Mais al-Jabal; the Ramim barracks,
Malkia, Kiryat Shmona), Yemen (Taiz's al-Rawdah, al-Dhabab and al-Hawban, Maqbanah; the Raghwan front, Harib, Marib
city), Iraq's Kirkuk and Diyala (the Wadi al-Shay valley, al-Rashad, Hawija, Taza on the Kirkuk-Baghdad road, the
Jalawla-Khanaqin road), southern Syria (Tafas, al-Muzayrib, the Daraa-Damascus highway near Sayda, Jasim, the Nawa-al-
Shaykh Saad road, Izraa) and the West Bank (al-Mughayyir north-east of Ramallah, Jenin camp, the Gush Etzion
junction) - and five from elsewhere - Mali (the Kayes-Bamako road near Diéma, a market about 20 km south of Léré,
Kéniéba, Kayes), Myanmar (Depayin, Madaya, near Bhamo, Myaing, Yangon's Hlaing Tharyar), DR Congo's North Kivu (the
Lushagala site on Goma's western outskirts, Sake and Shasha, a village about 15 km north of Oicha, the Bulengo site,
Goma's Majengo), Somalia (Mogadishu's Dharkenley and Heliwaa, the Halane camp by Aden Adde airport, Sabiid near
Afgooye, the Cal Miskaad mountains south-east of Bosaso, near Dhusamareb) and Haiti (Port-au-Prince's Solino and
Village de Dieu, Pétion-Ville, National Road 1 near Cabaret) - published 2024-2026, written for this project in our
own words, with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_q.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, the outlet kinds and layouts chosen to differ from dev_q's (a ministry's weekly briefing, a UN
situation report, two statements reproduced side by side, a daily round-up under village datelines, an NGO alert
with graded sources), the set rich in what coders find hard - counts in words, ranges, "at least", "dozens",
"several", "killing and wounding", kin and ages; tolls told a sentence later or revised; relative dates and places;
attribution, blame, denials and claims; non-events:
(1) Turkey's defence ministry, weekly briefing: a week's and a year's "neutralised" counts, UAV-guided strikes in
Metina, an attack on a base "On the night of 9 to 10 June" with only the ministry's own wounded counted, strikes in
Gara with "between four and six" bodies found a sentence later, YPG mortar rounds near al-Bab ("There were no
casualties") and the return fire on Tel Rifat, a surrender (no gold), arrests in 14 provinces, a denied strike near
Qamishli, a vow, a conditional threat; (2) a UN situation report on north-west Syria: a week's hostilities, shelling
"reportedly by" GoS forces on Ariha's market, night airstrikes by "either Russian or GoS aircraft" ("No casualties
were reported"), an agent-less drone on a road, a guided missile on a Civil Defence ambulance "some 5 km south-east of
Idleb city", the week's figures by two sources, a peaceful protest, a count, displacement (no gold), a forecast; (3) a
Kurdish news site: a drone on the Sarsang field "late on Monday" ("causing no casualties") blamed on PMF "outlaw
groups" and denied, Khor Mor background, Turkish jets on two villages "Hours earlier" ("No one was hurt" in a quote),
shells wounding a shepherd, a clash in Metina in two versions (the ministry's own dead / the HPG's "at least seven"),
a rally, a monitor's count, a metaphor; (4) the IDF's statement and the Gaza Civil Defence's response reproduced: one
strike on a former school in two versions with the Civil Defence's denial of the army's, "Other victims remain under
the rubble", a day's strikes, "several terrorists" in Rafah, a launch toward Nirim and its interception, fire on a
rescue crew and the army's prior rejection; (5) a Lebanese daily round-up under village datelines and times of day:
a drone on a motorcycle (a fighter and a farm worker), shelling ("No casualties were reported"), a house flattened
("the house was empty"), two Hezbollah claims with the army's count and the interception, a shell on UNIFIL by no one
named, "a woman and her 11-year-old son", an army claim "around midnight", a tally, a metaphor, a conditional; (6) a
government-aligned Yemeni outlet: a girl killed "yesterday evening", daily shelling, a sniper "The day before
yesterday", a landmine ("killing the elder, aged 17"), an abduction, an attack repelled "on Friday night" ("killing
and wounding dozens" plus the army's own toll a sentence later), a drone "At dawn on Saturday", arrests "last week", a
toll, a boast; (7) an Iraqi local site: an ISIS attack on a checkpoint whose dead come two sentences later and are
revised when the wounded lieutenant dies, a helicopter strike on "the attackers" in two versions, an arrest, an IED on
a PMF vehicle, a road blocked by a tribe, a count, 2017 background, an assessment; (8) a Syrian opposition outlet on
Daraa: a mukhtar shot by "Unknown gunmen", a Military Security member killed "Two days later" by "either ISIS cells
... or local groups", an IED near Sayda in two tolls (SANA / the correspondent), a protest, a kidnapping "last Sunday"
and a ransomed release, arrests, a count, 2018 background, a conditional threat; (9) an Israeli daily on the West
Bank: a settler raid "on Saturday night" with the wounded "according to the Palestinian Red Crescent", the army's
"confrontation" and its denial of live fire, detentions, a drone strike in Jenin told two ways, arrests, devices
dismantled, a knife attack ("No Israelis were hurt"), two tallies; (10) a Sahel wire story: a JNIM ambush on an
escorted fuel convoy in three versions (drivers / army / JNIM's "dozens"), tankers torched, a warning, a drone strike
told as a market "about 20 km south of Léré" and as "a terrorist logistics base", an abduction, arrests "last week";
(11) Myanmar exile media: a junta jet on a Depayin village ("four children and a Buddhist monk", the wounded two
sentences later) with the junta's "PDF terrorist targets" and "fabricated", a PDF drone claim ("wounding several
others"), a KIA outpost overrun "after a two-day battle", a paramotor flown by "junta troops or" a militia,
conscription arrests, a tally; (12) an NGO alert from North Kivu: shells on a displacement site blamed by each side on
the other, fighting around Sake with the civilians' toll a sentence later, looting, an ADF attack "about 15 km north
of Oicha" with the missing who "may have been abducted", rapes by "armed men in uniform", a riot against a UN convoy,
a count, a conditional; (13) a Somalia wire story: a suicide bombing ("at least 13", then 21, and the claim's "47
apostate soldiers"), arrests, mortar rounds by the airport ("no casualties"), a village retaken with each side's dead
from a different source, an AFRICOM strike ("no civilians were harmed"), a clan clash, a vow; (14) a Haitian local
paper: a gang attack "overnight Wednesday to Thursday", the police and MSS push ("several bandits"), a drone strike
told as "a gang command post" and as a house with two children hurt, a lynching, a bus kidnapping ("about ten
passengers"), a march met with tear gas, a UN toll, a threat, a metaphor.
The incidents are invented or composite, with invented names of people, outlets and some sites; the gold encodes
what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words (the brief
allowed up to 600, but goldkit's check_article, kept unchanged, caps a document at 450); check_r below adds the
250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_r.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_q.py's docstring (and through it dev_p to dev_c), kept unchanged - among them
"No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only, "no civilians were hurt"
(one group) -> no number field; "dozens" 24..open; "at least N" N..open; "killed or wounded some 45" -> casualties
45..45; one side's count in a clash -> N..open, both sides told -> exact; a toll told later or revised -> folded into
the core event, the other figures non-core copies; "N km <direction> of X" -> LKM; "on the outskirts of Y" -> Y's
point; countrysides, districts, townships, fronts, border areas and long roads between towns -> names and country;
"overnight" / "last night" / "on X night" -> both days; "last week" -> Monday to Sunday; uncertain or blamed
perpetrators -> every alternative plus unknown; a party's claim -> core, occurred, sourced to it; another object named
by the other side -> one core event per version; the same object told two ways -> one core event, the other telling
a non-core copy; Turkish "neutralised" -> no number field; headlines that state an event -> non-core copies;
denials, plans, threats, conditionals, aggregates and background -> non-core.
Added or made explicit here:
- A body count after "neutralised" ("The bodies of between four and six terrorists") -> killed 4..6 on the strike;
  a clash where only the ministry's own side is counted (one wounded) and the other side "neutralised" -> injured
  1..open and no killed field.
- "several" dead or wounded -> 3..open (as dev_q's "several protesters").
- An unsplit count for one side plus a split count for the other ("killing and wounding dozens of the attackers",
  "Two soldiers were killed and four others wounded") -> killed 2..open, injured 4..open, casualties 24+6 = 30..open.
- A wounded man who dies later ("Two ... killed ... a third ... seriously wounded", then "raising the toll to three")
  -> killed 2..3 and injured 0..1.
- "recovered the bodies of 14 ... Other victims remain under the rubble" -> killed 14..open on the core.
- "wounded by live fire and four others were treated for tear gas inhalation" -> injured 1..5 (gas cases may count).
- "the house was empty" (no one hurt implied, not stated) -> no number field.
- Each side's dead from a different source in one story ("more than 30 terrorists" / "Two soldiers died") -> summed,
  33..open; "at least 13" raised to 21 -> 13..open, as dev_q.
- One strike with two tolls and two kinds of dead by two sources (four attackers / two bodies, one a shepherd's), or
  two tolls by two sources for one blast (SANA's four wounded / the correspondent's two dead and three wounded) -> one
  core event per version, each with its own numbers.
- A convoy of civilian tankers under army escort attacked, told by drivers, the army and the attackers -> three core
  Battles/Armed clash events, one per version (the text stresses the escort's fight as much as the drivers).
- A state security member shot in his car by gunmen -> Battles/Armed clash (an ambush on an armed man); a mukhtar
  accused of informing -> Violence against civilians.
- A knife attack on shoppers whose assailant is shot dead -> Violence against civilians, killed 1 (the only death),
  "No Israelis were hurt" (one group) -> no injured field.
- An army's vague telling of a settler raid as "a violent confrontation between Israeli civilians and Palestinians"
  (no numbers, no detail) -> a non-core Riots/Mob violence copy, not a core version; its denial that soldiers fired
  live rounds -> a non-core denied event.
- Each party blaming the other for shells on a camp, no one established -> both sides and their allies plus unknown on
  the core, each blame a non-core copy with its own actor1; a shell on UNIFIL with no shooter named -> unknown only.
- "Six residents are missing and may have been abducted" (a side remark) -> a non-core Abduction, status possible.
- Rapes by "armed men in uniform" -> Violence against civilians/Sexual violence, unknown perpetrator, no number field.
- A ~3 km road between two villages -> the first village's point (long roads keep names and country); "near the town
  of Sayda, east of Daraa" with Sayda unpinned -> Daraa's point.
- "Hours earlier" than a strike "late on Monday" -> Monday; "The day before yesterday" in a Sunday paper -> Friday;
  "around midnight" under a day's round-up -> that day and the next; "after a two-day battle" said on Wednesday ->
  Monday to Wednesday; "overnight Wednesday to Thursday" -> both days.
- A surrender at a border gate, a blockade's announcement, a coup, a siege "since December", displacement figures ->
  no gold."""

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
check_r = windowed_check("2024-01-01", "2026-11-30", min_words=250)

SEXUAL = "Sexual violence"  # not among goldkit's short names


def KM(lat, lon, km, bearing):
    """The point ``km`` kilometres from (lat, lon) on a compass bearing in degrees (0 north, 90 east), rounded to
    0.01 degree: the gold point for "20 km north of X" when the text gives a distance and a direction."""
    b = math.radians(bearing)
    dlat = km * math.cos(b) / 111.0
    dlon = km * math.sin(b) / (111.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 2), round(lon + dlon, 2)


def LKM(names, lat, lon, km, bearing, cc=None):
    """A gold location placed ``km`` from a pinned town on a bearing (see KM); no country for a point at sea."""
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
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
YPG = ["People's Protection Units", "YPG", "YPG militia"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
SYGOV = ["Syrian government", "Government of Syria", "GoS", "Syrian army", "Military Forces of Syria",
         "Syrian regime", "regime forces", "regime", "Syrian Arab Army"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-r-01  ministry's weekly briefing — Turkey's Ministry of National Defence: Metina, the Claw-Lock area and Gara in northern Iraq; Tel Rifat, al-Bab and Qamishli in northern Syria; arrests in Turkey (Thu 13 Jun 2024)
# =============================================================================
T01 = """Ministry of National Defence weekly briefing: 31 terrorists neutralised in northern Iraq and Syria in the past week

Republic of Türkiye Ministry of National Defence | Weekly Press Briefing | Ankara, 13 June 2024 | Rear Admiral Zeki Aktürk, Press and Public Relations Adviser

Distinguished members of the press, I greet you with respect.

Our struggle against terrorism continues at its source with determination. In the past week, 31 terrorists were neutralised in northern Iraq and Syria, bringing the number of terrorists neutralised since 1 January to 1,042.

In northern Iraq, on 8 June, four PKK terrorists detected by our UAVs in the Metina region were neutralised in an air-supported operation.

On the night of 9 to 10 June, terrorists who tried to harass one of our bases in the Claw-Lock operation area with heavy weapons were met by our heroic commandos. In the clash that followed, five terrorists were neutralised and one of our comrades-in-arms was lightly wounded; his life is not in danger.

On 11 June, our aircraft struck caves and shelters used by the terrorist organisation in the Gara region. The bodies of between four and six terrorists were later identified at the site by our reconnaissance elements.

In northern Syria, on Sunday, PKK/YPG terrorists fired four mortar rounds from the Tel Rifat area at our base area near al-Bab, in the Euphrates Shield region. There were no casualties. Our units immediately returned fire on the positions from which the rounds were fired and neutralised nine terrorists.

In addition, as a result of the persuasion efforts of our security forces, three members of the terrorist organisation surrendered at the Habur border gate this week.

In operations carried out by the Gendarmerie in 14 provinces over the past week, 52 suspects linked to DAESH and FETÖ were detained.

The claims circulated by accounts affiliated with the terrorist organisation that a strike by our UAVs on Tuesday hit a car carrying civilians near Qamishli are completely baseless. Our Turkish Armed Forces target only terrorists and their shelters, caves and ammunition depots.

Our operations will continue until the last terrorist is neutralised.

Asked whether a new ground operation was planned in northern Syria, the adviser said: "If a new threat to our borders emerges, we will not hesitate to take every measure, just as we have done before."
"""

TUR01 = TURKEY + ["our UAVs", "our aircraft", "heroic commandos", "commandos", "our units", "our security forces",
                  "Ministry of National Defence", "Turkish Armed Forces", "Ankara"]
PKK01 = PKK + ["PKK terrorists", "terrorists", "terrorist organisation", "People's Defence Forces", "HPG"]
YPG01 = YPG + SDF + ["PKK/YPG terrorists", "PKK/YPG", "terrorists"] + PKK
GEND01 = ["Gendarmerie", "Turkish Gendarmerie", "Jandarma", "Gendarmerie General Command"]
METINA01 = L(["Metina", "Metina region", "Matin", "Mount Metina", "northern Iraq"], cc="IQ")
CLAWLOCK = L(["Claw-Lock operation area", "Claw-Lock", "Pençe-Kilit", "Operation Claw-Lock", "northern Iraq"], cc="IQ")
GARA = L(["Gara", "Gara region", "Mount Gara", "northern Iraq"], cc="IQ")
AL_BAB01 = L(["al-Bab", "Al Bab", "base area near al-Bab", "Euphrates Shield region"], 36.37, 37.52, "SY")
TEL_RIFAT = L(["Tel Rifat", "Tal Rifaat", "Tell Rifaat", "Tel Rifat area"], 36.47, 37.10, "SY")
QAMISHLI01 = L(["Qamishli", "Qamishlo", "near Qamishli"], 37.05, 41.22, "SY")
NIQSY01 = L(["northern Iraq and Syria", "northern Iraq", "northern Syria"])
TR01 = L(["Türkiye", "Turkey", "14 provinces"], cc="TR")
MSB = ["Ministry of National Defence", "Turkish Ministry of National Defence", "Turkey's defence ministry",
       "Turkish defence ministry", "MSB", "Zeki Aktürk", "Press and Public Relations Adviser", "author"]
E01 = [
    # the week's count and the year's count over two countries -> aggregates; Turkish "neutralised" (killed,
    # captured or surrendered) -> no number field; "In the past week" at a Thursday briefing -> the eight days
    E(
        False,
        "In the past week, 31 terrorists were neutralised in northern Iraq and Syria",
        EXP,
        AIR,
        actor1=TUR01,
        actor2=PKK01 + YPG01,
        location=NIQSY01,
        date=D("2024-06-06", "2024-06-13"),
        source=MSB,
        aggregate=True,
    ),
    E(
        False,
        "bringing the number of terrorists neutralised since 1 January to 1,042",
        EXP,
        AIR,
        actor1=TUR01,
        actor2=PKK01 + YPG01,
        location=NIQSY01,
        date=D("2024-01-01", "2024-06-13"),
        source=MSB,
        aggregate=True,
    ),
    # UAV detection and an "air-supported operation" -> Air/drone strike; four "neutralised" -> no number field;
    # the Metina region (a mountain area) -> names and country
    E(
        True,
        "four PKK terrorists detected by our UAVs in the Metina region were neutralised in an air-supported operation",
        EXP,
        AIR,
        actor1=TUR01,
        actor2=PKK01,
        location=METINA01,
        date=D("2024-06-08"),
        source=MSB,
    ),
    # an attack on a base met by commandos -> Battles; "On the night of 9 to 10 June" -> both days; only the
    # ministry's own wounded is counted (the other side "neutralised") -> injured 1..open, no killed field; the
    # count in the next sentence -> folded in and kept as a non-core copy
    E(
        True,
        "terrorists who tried to harass one of our bases in the Claw-Lock operation area with heavy weapons were met by our heroic commandos",
        BAT,
        CLASH,
        actor1=PKK01 + TUR01,
        actor2=TUR01 + ["one of our bases", "base"] + PKK01,
        location=CLAWLOCK,
        date=D("2024-06-09", "2024-06-10"),
        injured=R(1, None),
        source=MSB,
    ),
    E(
        False,
        "five terrorists were neutralised and one of our comrades-in-arms was lightly wounded",
        BAT,
        CLASH,
        actor1=PKK01 + TUR01,
        actor2=TUR01 + PKK01,
        location=CLAWLOCK,
        date=D("2024-06-09", "2024-06-10"),
        injured=R(1),
        source=MSB,
    ),
    # bodies "between four and six" found a sentence later -> killed 4..6 folded into the strike (a body count is
    # a killed count, unlike "neutralised"), the find a non-core copy
    E(
        True,
        "our aircraft struck caves and shelters used by the terrorist organisation in the Gara region",
        EXP,
        AIR,
        actor1=TUR01,
        actor2=PKK01 + ["caves", "shelters"],
        location=GARA,
        date=D("2024-06-11"),
        killed=R(4, 6),
        source=MSB,
    ),
    E(
        False,
        "The bodies of between four and six terrorists were later identified at the site",
        EXP,
        AIR,
        actor1=TUR01,
        actor2=PKK01,
        location=GARA,
        date=D("2024-06-11"),
        killed=R(4, 6),
        source=MSB,
    ),
    # mortar rounds on a Turkish base in Syria; "There were no casualties" -> killed and injured 0..0; "near al-Bab"
    # -> al-Bab's point; "on Sunday" at a Thursday briefing -> 9 June
    E(
        True,
        "PKK/YPG terrorists fired four mortar rounds from the Tel Rifat area at our base area near al-Bab, in the Euphrates Shield region",
        EXP,
        SHELL,
        actor1=YPG01,
        actor2=TUR01 + ["base area", "our base area"],
        location=AL_BAB01,
        date=D("2024-06-09"),
        killed=R(0),
        injured=R(0),
        source=MSB,
    ),
    # the return fire: an act of its own at another place (the launch positions in the Tel Rifat area)
    E(
        True,
        "Our units immediately returned fire on the positions from which the rounds were fired and neutralised nine terrorists",
        EXP,
        SHELL,
        actor1=TUR01,
        actor2=YPG01 + ["positions"],
        location=TEL_RIFAT,
        date=D("2024-06-09"),
        source=MSB,
    ),
    # arrests across 14 provinces in a week -> aggregate
    E(
        False,
        "52 suspects linked to DAESH and FETÖ were detained",
        STR,
        ARRESTS,
        actor1=GEND01 + TUR01,
        actor2=ISIS + ["DAESH", "FETÖ", "Gülen movement", "suspects", "52 suspects"],
        location=TR01,
        date=D("2024-06-06", "2024-06-13"),
        source=MSB,
        aggregate=True,
    ),
    # the claims the ministry rejects are their only telling -> non-core denied, the denier as source; "on
    # Tuesday" -> 11 June
    E(
        False,
        "a strike by our UAVs on Tuesday hit a car carrying civilians near Qamishli",
        EXP,
        AIR,
        actor1=TUR01,
        actor2=CIV + ["car carrying civilians", "car"],
        location=QAMISHLI01,
        date=D("2024-06-11"),
        source=MSB,
        status="denied",
    ),
    # the ministry's vow and the adviser's conditional threat (an actor's own) -> planned
    E(
        False,
        "Our operations will continue until the last terrorist is neutralised",
        EXP,
        AIR,
        actor1=TUR01,
        actor2=PKK01 + YPG01,
        location=NIQSY01,
        source=MSB,
        status="planned",
    ),
    E(
        False,
        "If a new threat to our borders emerges, we will not hesitate to take every measure",
        BAT,
        CLASH,
        actor1=TUR01,
        actor2=YPG01,
        location=L(["northern Syria", "Syria"], cc="SY"),
        source=MSB,
        status="planned",
    ),
    # no gold: "Our struggle against terrorism continues at its source" (generic), the surrender at the Habur gate
    # (no act of violence or arrest; no sub-type in the guide's table), "his life is not in danger", "Our Turkish
    # Armed Forces target only terrorists" (generic), the question about a ground operation
]
# the headline's copy of the week's count
E01.append(E(False, "31 terrorists neutralised in northern Iraq and Syria in the past week", EXP, AIR, actor1=TUR01,
             actor2=PKK01 + YPG01, location=NIQSY01, date=D("2024-06-06", "2024-06-13"), source=MSB, aggregate=True))
DOCS.append(
    (
        "dev-r-01",
        "Turkish Ministry of National Defence (weekly briefing)",
        "2024-06-13",
        "ministry's weekly briefing",
        "Turkey's defence ministry on northern Iraq and Syria: a week's and a year's 'neutralised' counts (aggregates, "
        "no numbers), UAV-guided strikes in Metina, an attack on a base in the Claw-Lock area 'On the night of 9 to 10 "
        "June' with only the ministry's own wounded counted, strikes in Gara with 'between four and six' bodies found "
        "a sentence later, YPG mortar rounds near al-Bab ('There were no casualties') and the return fire on Tel "
        "Rifat, a surrender (no gold), arrests in 14 provinces, a denied strike near Qamishli, a vow and a "
        "conditional threat",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-r-01", "13 June 2024", "2024-06-13", "Thursday"),
    ("dev-r-01", "on Tuesday", "2024-06-11", "Tuesday"),
    ("dev-r-01", "on Sunday", "2024-06-09", "Sunday"),
]

# =============================================================================
# dev-r-02  UN humanitarian situation report — north-west Syria: Ariha's market, the western outskirts of Jisr al-Shughur, the Darat Izza-Atareb road, Qmenas south-east of Idleb city, Idleb city (Thu 17 Oct 2024)
# =============================================================================
T02 = """North-west Syria: Situation Report No. 12 (10-16 October 2024)

United Nations Office for the Coordination of Humanitarian Affairs (OCHA) | Gaziantep | Issued: 17 October 2024

This report is produced by OCHA with the support of humanitarian partners. Casualty figures are those of the named sources and have not been independently verified by the UN.

HIGHLIGHTS
- Hostilities along the frontlines in Idleb and western Aleppo governorates intensified during the reporting period.
- More than 5,600 people were displaced from communities near the frontlines.

SITUATION OVERVIEW
On 14 October, shelling reportedly by Government of Syria (GoS) forces hit the main market in Ariha city, in southern Idleb governorate, killing four civilians, including two children, and injuring 11 others, according to local health sources.

On the night of 14 to 15 October, airstrikes hit a poultry farm on the western outskirts of Jisr-Ash-Shugur. Local sources attributed the strikes to either Russian or GoS aircraft. No casualties were reported.

On 15 October, a drone hit a vehicle on the road between Darat Izza and Atareb, in western Aleppo governorate, injuring three agricultural workers. On the same day, an anti-tank guided missile struck an ambulance of the Syria Civil Defence (SCD) near Qmenas, some 5 km south-east of Idleb city, as its team responded to an earlier attack; two volunteers were injured, one of them critically.

Figures for the week differ between sources. The Health Cluster recorded nine civilian deaths and 37 injuries across north-west Syria, while the SCD reported 11 deaths.

On 16 October, hundreds of people demonstrated peacefully in Idleb city against the de facto authorities, demanding the release of detainees. No incidents were reported.

Since 1 January 2024, partners have recorded 41 attacks affecting health facilities in north-west Syria.

DISPLACEMENT
Between 12 and 16 October, more than 5,600 people fled Sarmin, Al-Nayrab and villages east of Ariha, most of them towards camps in northern Idleb. Many had already been displaced several times since 2019.

HUMANITARIAN RESPONSE
Two mobile clinics in Ariha suspended services after the market shelling. Partners distributed ready-to-eat rations to 3,200 newly displaced families.

OUTLOOK
Partners warn that a further escalation could displace up to 100,000 more people ahead of winter, when needs in overcrowded camps are highest. The 2024 Humanitarian Response Plan for Syria is 27 per cent funded.
"""

SYGOV02 = SYGOV + ["GoS forces", "GoS aircraft", "Government of Syria (GoS) forces"]
RUS02 = RUSSIA + ["Russian aircraft"]
HTS = ["Hay'at Tahrir al-Sham", "HTS", "de facto authorities", "Salvation Government", "Syrian Salvation Government"]
SCD = ["Syria Civil Defence", "SCD", "White Helmets", "Syrian Civil Defence"]
ARIHA = L(["Ariha", "Ariha city", "main market in Ariha city", "southern Idleb governorate"], 35.81, 36.61, "SY")
JISR = L(["Jisr-Ash-Shugur", "Jisr al-Shughur", "Jisr ash-Shughur", "western outskirts of Jisr-Ash-Shugur"], 35.81,
         36.32, "SY")
# the Darat Izza-Atareb road runs some 15 km -> names and country
DARAT_IZZA_RD = L(["road between Darat Izza and Atareb", "Darat Izza", "Atareb", "western Aleppo governorate"],
                  cc="SY")
# "some 5 km south-east of Idleb city" -> LKM from Idleb (Qmenas itself lies within ~2 km of that point)
QMENAS = LKM(["Qmenas", "Qminas", "south-east of Idleb city", "Idleb city", "Idlib"], 35.93, 36.63, 5, 135, "SY")
IDLEB = L(["Idleb city", "Idleb", "Idlib"], 35.93, 36.63, "SY")
NWS = L(["north-west Syria", "Idleb and western Aleppo governorates", "Idleb", "Idlib"], cc="SY")
OCHA = ["OCHA", "United Nations Office for the Coordination of Humanitarian Affairs", "United Nations", "author"]
E02 = [
    # the week's fighting along the frontlines -> aggregate
    E(
        False,
        "Hostilities along the frontlines in Idleb and western Aleppo governorates intensified during the reporting period",
        BAT,
        CLASH,
        actor1=SYGOV02 + HTS,
        actor2=HTS + SYGOV02,
        location=NWS,
        date=D("2024-10-10", "2024-10-16"),
        source=OCHA,
        aggregate=True,
    ),
    # "reportedly by" GoS forces -> the GoS plus unknown; "killing four civilians, including two children, and
    # injuring 11 others" -> 4 and 11
    E(
        True,
        "shelling reportedly by Government of Syria (GoS) forces hit the main market in Ariha city, in southern Idleb governorate, killing four civilians, including two children, and injuring 11 others",
        EXP,
        SHELL,
        actor1=SYGOV02 + UNK,
        actor2=CIV + ["main market", "market", "four civilians", "two children"],
        location=ARIHA,
        date=D("2024-10-14"),
        killed=R(4),
        injured=R(11),
        source=["local health sources", "health sources"] + OCHA,
    ),
    # "either Russian or GoS aircraft" -> both plus unknown; "On the night of 14 to 15 October" -> both days;
    # "No casualties were reported" -> killed and injured 0..0; "on the western outskirts of" -> the town
    E(
        True,
        "airstrikes hit a poultry farm on the western outskirts of Jisr-Ash-Shugur",
        EXP,
        AIR,
        actor1=RUS02 + SYGOV02 + UNK,
        actor2=CIV + ["poultry farm", "farm"],
        location=JISR,
        date=D("2024-10-14", "2024-10-15"),
        killed=R(0),
        injured=R(0),
        source=["Local sources", "local sources"] + OCHA,
    ),
    # an agent-less drone by a frontline road -> unknown plus the GoS (implied by the report's frame); a road
    # between two towns -> names and country
    E(
        True,
        "a drone hit a vehicle on the road between Darat Izza and Atareb, in western Aleppo governorate, injuring three agricultural workers",
        EXP,
        AIR,
        actor1=UNK + SYGOV02,
        actor2=CIV + ["vehicle", "agricultural workers", "three agricultural workers"],
        location=DARAT_IZZA_RD,
        date=D("2024-10-15"),
        injured=R(3),
        source=OCHA,
    ),
    # a guided missile fired from the ground -> Shelling/artillery/missile attack; rescuers are civilians; "two
    # volunteers were injured, one of them critically" -> 2; "On the same day" -> 15 October; "an earlier attack"
    # has no place, time or toll of its own -> no gold
    E(
        True,
        "an anti-tank guided missile struck an ambulance of the Syria Civil Defence (SCD) near Qmenas, some 5 km south-east of Idleb city",
        EXP,
        SHELL,
        actor1=UNK + SYGOV02,
        actor2=CIV + SCD + ["ambulance", "volunteers", "two volunteers"],
        location=QMENAS,
        date=D("2024-10-15"),
        injured=R(2),
        source=OCHA,
    ),
    # the week's figures by two sources -> two aggregates, each with its own numbers
    E(
        False,
        "The Health Cluster recorded nine civilian deaths and 37 injuries across north-west Syria",
        EXP,
        SHELL,
        actor1=SYGOV02 + RUS02 + UNK,
        actor2=CIV,
        location=NWS,
        date=D("2024-10-10", "2024-10-16"),
        killed=R(9),
        injured=R(37),
        source=["Health Cluster"],
        aggregate=True,
    ),
    E(
        False,
        "the SCD reported 11 deaths",
        EXP,
        SHELL,
        actor1=SYGOV02 + RUS02 + UNK,
        actor2=CIV,
        location=NWS,
        date=D("2024-10-10", "2024-10-16"),
        killed=R(11),
        source=SCD,
        aggregate=True,
    ),
    # "demonstrated peacefully ... No incidents were reported" -> Peaceful protest; a protest has no actor2
    E(
        True,
        "hundreds of people demonstrated peacefully in Idleb city against the de facto authorities, demanding the release of detainees",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["hundreds of people"],
        location=IDLEB,
        date=D("2024-10-16"),
        source=OCHA,
    ),
    E(
        False,
        "partners have recorded 41 attacks affecting health facilities in north-west Syria",
        EXP,
        SHELL,
        actor1=SYGOV02 + RUS02 + UNK,
        actor2=CIV + ["health facilities"],
        location=NWS,
        date=D("2024-01-01", "2024-10-17"),
        source=["partners", "humanitarian partners"] + OCHA,
        aggregate=True,
    ),
    # the partners' conditional -> hypothetical
    E(
        False,
        "a further escalation could displace up to 100,000 more people ahead of winter",
        BAT,
        CLASH,
        actor1=SYGOV02 + RUS02,
        actor2=HTS + CIV,
        location=NWS,
        source=["Partners", "partners"],
        status="hypothetical",
    ),
    # no gold: the method note, "More than 5,600 people were displaced" and the displacement section (no act of
    # violence), "after the market shelling" (a back-reference to the Ariha event), the displacement "since 2019",
    # the clinics' suspension, the funding figure
]
DOCS.append(
    (
        "dev-r-02",
        "OCHA (situation report)",
        "2024-10-17",
        "UN humanitarian situation report",
        "north-west Syria: a week's hostilities (aggregate), shelling 'reportedly by' GoS forces on Ariha's market, "
        "night airstrikes on a poultry farm by 'either Russian or GoS aircraft' ('No casualties were reported'), an "
        "agent-less drone on a road between two towns, a guided missile on a Civil Defence ambulance 'some 5 km "
        "south-east of Idleb city', the week's figures by two sources, a peaceful protest against the de facto "
        "authorities, a year's count of attacks on health, displacement and response sections (no gold), a "
        "conditional forecast",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-r-02", "17 October 2024", "2024-10-17", "Thursday"),
]

# =============================================================================
# dev-r-03  Kurdish regional news site — Iraqi Kurdistan: the Sarsang oil field in Duhok province, Kani Masi and Bamarne in Amedi district, Batifa in Zakho district, Mount Metina, Sidakan in Erbil province; Khor Mor in Sulaimani province (Tue 13 Aug 2024)
# =============================================================================
T03 = """Drone sets Sarsang oil tank ablaze; Turkish jets bomb villages in Amedi

Hawler Today | Erbil | 13 August 2024

ERBIL, Kurdistan Region - An explosive-laden drone struck an oil storage tank at the Sarsang field in Duhok province late on Monday, setting it ablaze but causing no casualties, the Kurdistan Region's Counter-Terrorism Directorate (CTD) said on Tuesday.

The CTD said the drone had been launched from an area "under the control of outlaw groups within the Popular Mobilization Forces (PMF)", without naming a group. A PMF spokesperson denied any involvement, calling the accusation "political". The attack was the latest in a string of drone strikes on the region's energy facilities, including an April strike on the Khor Mor gas field in Sulaimani province that killed four Yemeni workers.

Hours earlier, Turkish warplanes bombed the surroundings of the villages of Kani Masi and Bamarne in Duhok's Amedi district, setting fire to orchards and farmland. "No one was hurt, but the fire reached the edge of the houses and many families spent the night outside," the head of the Kani Masi subdistrict told Hawler Today.

On Sunday morning, a 62-year-old shepherd was wounded near the village of Batifa, in Zakho district, when Turkish artillery shells landed close to his flock, his son said. About 30 sheep were killed.

Turkey's defence ministry said on Monday that one soldier had been killed in clashes with PKK militants in the Metina region on Sunday, and that five "terrorists" had been neutralised. The People's Defence Forces (HPG), the PKK's armed wing, gave a different account, saying its guerrillas had killed at least seven Turkish soldiers in an ambush on the slopes of Mount Metina.

Residents of the border areas say their villages have become "a battlefield in all but name". On Monday afternoon, dozens of residents of Sidakan, in Erbil province, rallied in front of the town's administration building to demand an end to the Turkish bombardment and compensation for burned land.

Since the beginning of the year, Turkish forces have carried out more than 1,000 attacks in the Kurdistan Region, according to Community Peacemaker Teams (CPT), a US-based organisation that monitors the bombardment.

Kurdistan Region officials have repeatedly asked both Ankara and the PKK to keep the fighting away from villages.
"""

TUR03 = TURKEY + ["Turkish warplanes", "Turkish artillery", "Turkish forces", "Turkish soldiers", "Ankara",
                  "Turkey's defence ministry"]
PKK03 = PKK + ["PKK militants", "People's Defence Forces", "HPG", "guerrillas", "its guerrillas", "terrorists"]
OUTLAW03 = ["outlaw groups within the Popular Mobilization Forces", "outlaw groups"] + PMF
KRG03 = ["Kurdistan Region", "Kurdistan Regional Government", "KRG", "oil storage tank", "Sarsang field",
         "Sarsang oil field", "energy facilities"]
SARSANG = L(["Sarsang", "Sarsang field", "Sarsang oil field", "Duhok province", "Duhok"], cc="IQ")
KHOR_MOR = L(["Khor Mor", "Khor Mor gas field", "Sulaimani province", "Chamchamal"], cc="IQ")
AMEDI_VILL = L(["Kani Masi", "Bamarne", "Amedi district", "Amedi", "Duhok"], cc="IQ")
BATIFA = L(["Batifa", "village of Batifa", "Zakho district", "Zakho"], cc="IQ")
METINA03 = L(["Metina", "Metina region", "Mount Metina", "slopes of Mount Metina"], cc="IQ")
SIDAKAN = L(["Sidakan", "Erbil province", "Soran"], cc="IQ")
KRI = L(["Kurdistan Region", "Iraqi Kurdistan"], cc="IQ")
HT = ["Hawler Today", "author"]
CTD = ["Counter-Terrorism Directorate", "CTD", "Kurdistan Region's Counter-Terrorism Directorate"]
TURMOD03 = ["Turkey's defence ministry", "Turkish defence ministry", "Turkish Ministry of National Defence"] + TURKEY
HPG03 = ["People's Defence Forces", "HPG"] + PKK
E03 = [
    # an oil field stands for its owner; "causing no casualties" -> killed and injured 0..0; "late on Monday" ->
    # Monday; the CTD blames PMF groups (no claim) -> the PMF plus unknown, the blame a non-core copy, the PMF's
    # denial a non-core denied copy
    E(
        True,
        "An explosive-laden drone struck an oil storage tank at the Sarsang field in Duhok province late on Monday, setting it ablaze but causing no casualties",
        EXP,
        AIR,
        actor1=UNK + OUTLAW03,
        actor2=KRG03 + ["tank"],
        location=SARSANG,
        date=D("2024-08-12"),
        killed=R(0),
        injured=R(0),
        source=CTD + HT,
    ),
    E(
        False,
        'the drone had been launched from an area "under the control of outlaw groups within the Popular Mobilization Forces (PMF)"',
        EXP,
        AIR,
        actor1=OUTLAW03,
        actor2=KRG03,
        location=SARSANG,
        date=D("2024-08-12"),
        source=CTD,
    ),
    E(
        False,
        "A PMF spokesperson denied any involvement",
        EXP,
        AIR,
        actor1=PMF,
        actor2=KRG03,
        location=SARSANG,
        date=D("2024-08-12"),
        source=["PMF spokesperson"] + PMF,
        status="denied",
    ),
    # background: April's strike on Khor Mor ("an April strike" -> April 2024; an agent-less drone -> unknown)
    E(
        False,
        "an April strike on the Khor Mor gas field in Sulaimani province that killed four Yemeni workers",
        EXP,
        AIR,
        actor1=UNK,
        actor2=CIV + ["Khor Mor gas field", "Yemeni workers", "four Yemeni workers"],
        location=KHOR_MOR,
        date=D("2024-04-01", "2024-04-30"),
        killed=R(4),
        source=HT,
    ),
    # "Hours earlier" than a strike "late on Monday" -> Monday; two villages of one district -> names and country;
    # "No one was hurt" (a quote a sentence later) -> killed and injured 0..0; burning orchards is inside the
    # strike
    E(
        True,
        "Turkish warplanes bombed the surroundings of the villages of Kani Masi and Bamarne in Duhok's Amedi district, setting fire to orchards and farmland",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=CIV + ["orchards", "farmland", "villages"] + PKK03,
        location=AMEDI_VILL,
        date=D("2024-08-12"),
        killed=R(0),
        injured=R(0),
        source=["head of the Kani Masi subdistrict", "Kani Masi subdistrict"] + HT,
    ),
    # a shepherd by age -> injured 1; the dead sheep are no casualties
    E(
        True,
        "a 62-year-old shepherd was wounded near the village of Batifa, in Zakho district, when Turkish artillery shells landed close to his flock",
        EXP,
        SHELL,
        actor1=TUR03,
        actor2=CIV + ["shepherd", "62-year-old shepherd", "flock"],
        location=BATIFA,
        date=D("2024-08-11"),
        injured=R(1),
        source=["his son", "son"] + HT,
    ),
    # one clash in two versions -> one core event per version, each with its own numbers: the ministry's own dead
    # (one side; the other side "neutralised") -> killed 1..open; the HPG's "at least seven" -> 7..open; the HPG's
    # undated telling of the same Sunday clash -> Sunday
    E(
        True,
        "one soldier had been killed in clashes with PKK militants in the Metina region on Sunday",
        BAT,
        CLASH,
        actor1=PKK03 + TUR03,
        actor2=TUR03 + PKK03,
        location=METINA03,
        date=D("2024-08-11"),
        killed=R(1, None),
        source=TURMOD03,
    ),
    E(
        True,
        "its guerrillas had killed at least seven Turkish soldiers in an ambush on the slopes of Mount Metina",
        BAT,
        CLASH,
        actor1=PKK03,
        actor2=TUR03,
        location=METINA03,
        date=D("2024-08-11"),
        killed=R(7, None),
        source=HPG03,
    ),
    # a rally before an administration building -> Peaceful protest
    E(
        True,
        "dozens of residents of Sidakan, in Erbil province, rallied in front of the town's administration building to demand an end to the Turkish bombardment",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents of Sidakan", "residents", "dozens of residents"],
        location=SIDAKAN,
        date=D("2024-08-12"),
        source=HT,
    ),
    # the monitor's count -> aggregate
    E(
        False,
        "Turkish forces have carried out more than 1,000 attacks in the Kurdistan Region",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=PKK03 + CIV,
        location=KRI,
        date=D("2024-01-01", "2024-08-13"),
        source=["Community Peacemaker Teams", "CPT"],
        aggregate=True,
    ),
    # no gold: "a string of drone strikes on the region's energy facilities" (generic), the dead sheep, the
    # neutralised five (inside the ministry's clash), "a battlefield in all but name" (a metaphor), the officials'
    # appeal
]
# the headline's copies
E03 += [
    E(False, "Drone sets Sarsang oil tank ablaze", EXP, AIR, actor1=UNK + OUTLAW03, actor2=KRG03, location=SARSANG,
      date=D("2024-08-12"), source=HT),
    E(False, "Turkish jets bomb villages in Amedi", EXP, AIR, actor1=TUR03, actor2=CIV + ["villages"],
      location=AMEDI_VILL, date=D("2024-08-12"), source=HT),
]
DOCS.append(
    (
        "dev-r-03",
        "Hawler Today",
        "2024-08-13",
        "Kurdish regional news site",
        "Iraqi Kurdistan: a drone on the Sarsang oil field 'late on Monday' ('causing no casualties') with the CTD's "
        "blame of PMF 'outlaw groups' and the PMF's denial, April's Khor Mor strike as background, Turkish jets on "
        "two villages of Amedi district 'Hours earlier' ('No one was hurt' in a quote), shells wounding a shepherd "
        "near Batifa, a clash in Metina in two versions (the ministry's own dead / the HPG's 'at least seven'), a "
        "rally in Sidakan, a monitor's count, a metaphor",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-r-03", "13 August 2024 / on Tuesday", "2024-08-13", "Tuesday"),
    ("dev-r-03", "late on Monday / on Monday / On Monday afternoon", "2024-08-12", "Monday"),
    ("dev-r-03", "On Sunday morning / on Sunday", "2024-08-11", "Sunday"),
]

# =============================================================================
# dev-r-04  two statements reproduced (army statement and civil defence response) — Gaza: the al-Falah school in Gaza City's Zeitoun, Tel al-Hawa, Rafah; Nirim across the fence from Khan Yunis (Tue 20 Aug 2024)
# =============================================================================
T04 = """Two statements, one strike: the IDF and the Gaza Civil Defence on the al-Falah school

Conflict Statements Monitor | Primary texts | 20 August 2024

Editor's note: We publish below, lightly shortened, the statements issued by the two sides on Monday 19 August. We have not verified either account.

IDF SPOKESPERSON'S UNIT, 19.08.2024, 11:42
A short while ago, the IDF and ISA conducted a precise strike on Hamas terrorists who were operating inside a command and control centre embedded in a compound that previously served as the al-Falah school in the Zeitoun area of Gaza City. The command centre was used by the terrorists to plan and carry out attacks against IDF troops and the State of Israel. Prior to the strike, numerous steps were taken to mitigate the risk of harming civilians, including the use of precise munitions and aerial surveillance.
Over the past day, the IAF struck approximately 30 terror targets throughout the Gaza Strip, including military structures and launch posts. In the Rafah area, troops of the 162nd Division eliminated several terrorists in close-quarters encounters and located weapons.
Earlier today, a launch was identified crossing from the area of Khan Yunis toward the community of Nirim. The projectile was intercepted by the IAF. No injuries were reported.
The IDF rejects the claim that its troops fired at Civil Defence crews in Tel al-Hawa. The circumstances are under review.

PALESTINIAN CIVIL DEFENCE, GAZA GOVERNORATES, 19 August 2024
The occupation committed a new massacre this morning when its aircraft bombed the al-Falah school, which shelters hundreds of displaced people in the Zeitoun neighbourhood east of Gaza City, with three missiles. Our crews recovered the bodies of 14 martyrs, among them six children and three women, and took more than 30 wounded to al-Ahli Arab hospital. Other victims remain under the rubble.
We categorically deny the occupation's claim that the school was used by the resistance. Only displaced families were in the building.
At dawn today, occupation forces opened fire on one of our crews as it tried to reach the wounded in the Tel al-Hawa neighbourhood, wounding a paramedic in the leg, said spokesman Mahmoud Basal.
We call on the international community to provide protection for civil defence and medical crews.
"""

ISR04 = ISRAEL + ["IAF", "Israeli Air Force", "ISA", "Shin Bet", "troops of the 162nd Division", "162nd Division",
                  "occupation", "occupation forces", "its aircraft", "IDF troops"]
HAMAS04 = HAMAS + ["Hamas terrorists", "terrorists", "resistance", "command and control centre", "command centre"]
PALMIL04 = ["Palestinian militants", "Palestinian Islamic Jihad", "PIJ"] + HAMAS
GCD = ["Palestinian Civil Defence", "Civil Defence", "Gaza Civil Defence", "civil defence", "Mahmoud Basal",
       "spokesman Mahmoud Basal"]
SCHOOL04 = ["al-Falah school", "school", "compound", "displaced people", "displaced families"]
ZEITOUN = L(["Zeitoun", "al-Zeitoun", "Zeitoun area", "Zeitoun neighbourhood", "Gaza City", "al-Falah school"],
            31.49, 34.46, "PS")
TEL_HAWA = L(["Tel al-Hawa", "Tel al-Hawa neighbourhood", "Gaza City"], 31.50, 34.44, "PS")
RAFAH04 = L(["Rafah", "Rafah area"], 31.29, 34.25, "PS")
NIRIM = L(["Nirim", "community of Nirim", "Khan Yunis", "Khan Younis"], 31.34, 34.40, "IL")
GAZA04 = L(["Gaza Strip", "Gaza"], cc="PS")
IDFSRC = ["IDF Spokesperson's Unit", "IDF", "Israeli army", "Israel Defense Forces"]
E04 = [
    # one strike, two objects (a Hamas command centre / a school sheltering displaced people) -> one core event
    # per version, each sourced to its teller; the Civil Defence's toll a sentence later -> folded into its version
    # ("recovered the bodies of 14 ... Other victims remain under the rubble" -> 14..open; "more than 30 wounded"
    # -> 31..open), the toll sentence a non-core copy; the Civil Defence's denial of the army's version -> a
    # non-core denied copy of the army's event
    E(
        True,
        "the IDF and ISA conducted a precise strike on Hamas terrorists who were operating inside a command and control centre embedded in a compound that previously served as the al-Falah school in the Zeitoun area of Gaza City",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HAMAS04 + ["al-Falah school", "compound"],
        location=ZEITOUN,
        date=D("2024-08-19"),
        source=IDFSRC + ["ISA"],
    ),
    E(
        True,
        "its aircraft bombed the al-Falah school, which shelters hundreds of displaced people in the Zeitoun neighbourhood east of Gaza City, with three missiles",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + SCHOOL04,
        location=ZEITOUN,
        date=D("2024-08-19"),
        killed=R(14, None),
        injured=R(31, None),
        source=GCD,
    ),
    E(
        False,
        "Our crews recovered the bodies of 14 martyrs, among them six children and three women, and took more than 30 wounded to al-Ahli Arab hospital",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + ["martyrs", "six children", "three women"],
        location=ZEITOUN,
        date=D("2024-08-19"),
        killed=R(14),
        injured=R(31, None),
        source=GCD,
    ),
    E(
        False,
        "deny the occupation's claim that the school was used by the resistance",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HAMAS04,
        location=ZEITOUN,
        date=D("2024-08-19"),
        source=GCD,
        status="denied",
    ),
    # a day's strikes across the Strip -> aggregate; "Over the past day" in a statement of 19 August -> 18-19
    E(
        False,
        "the IAF struck approximately 30 terror targets throughout the Gaza Strip",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HAMAS04 + ["terror targets"],
        location=GAZA04,
        date=D("2024-08-18", "2024-08-19"),
        source=IDFSRC,
        aggregate=True,
    ),
    # encounters at one place in one day -> one clash; "several" dead on one side -> 3..open; undated, after "Over
    # the past day" -> 18-19 August
    E(
        True,
        "troops of the 162nd Division eliminated several terrorists in close-quarters encounters and located weapons",
        BAT,
        CLASH,
        actor1=ISR04 + HAMAS04,
        actor2=HAMAS04 + ISR04,
        location=RAFAH04,
        date=D("2024-08-18", "2024-08-19"),
        killed=R(3, None),
        source=IDFSRC,
    ),
    # a launch with no launcher named -> unknown plus the Gaza groups (implied); aimed at Nirim from Khan Yunis ->
    # Nirim's point, Khan Yunis among the names; "No injuries were reported" -> injured 0..0 only; the interception
    # -> a core Disrupted weapons use of its own
    E(
        True,
        "a launch was identified crossing from the area of Khan Yunis toward the community of Nirim",
        EXP,
        SHELL,
        actor1=UNK + PALMIL04,
        actor2=ISRAEL + ["community of Nirim", "Nirim"],
        location=NIRIM,
        date=D("2024-08-19"),
        injured=R(0),
        source=IDFSRC,
    ),
    E(
        True,
        "The projectile was intercepted by the IAF",
        STR,
        DISRUPT,
        actor1=ISR04,
        actor2=PALMIL04 + UNK + ["projectile"],
        location=NIRIM,
        date=D("2024-08-19"),
        source=IDFSRC,
    ),
    # troops firing on a rescue crew -> Violence against civilians; "a paramedic" -> injured 1; "At dawn today"
    # in a statement of 19 August -> 19 August; the army's rejection (printed first) -> a non-core denied copy
    E(
        True,
        "occupation forces opened fire on one of our crews as it tried to reach the wounded in the Tel al-Hawa neighbourhood, wounding a paramedic in the leg",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=CIV + GCD + ["crews", "paramedic", "one of our crews"],
        location=TEL_HAWA,
        date=D("2024-08-19"),
        injured=R(1),
        source=GCD,
    ),
    E(
        False,
        "The IDF rejects the claim that its troops fired at Civil Defence crews in Tel al-Hawa",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=CIV + GCD,
        location=TEL_HAWA,
        date=D("2024-08-19"),
        source=IDFSRC,
        status="denied",
    ),
    # no gold: the editor's note, "used by the terrorists to plan and carry out attacks" (generic), the mitigation
    # steps, "committed a new massacre" (the Civil Defence's frame of its own event), "Other victims remain under the
    # rubble" (inside the toll), "Only displaced families were in the building", "The circumstances are under
    # review", the appeal to the international community
]
DOCS.append(
    (
        "dev-r-04",
        "Conflict Statements Monitor",
        "2024-08-20",
        "two statements reproduced (army statement and civil defence response)",
        "Gaza: one strike on a former school in Zeitoun in two versions (the army's 'command and control centre' / "
        "the Civil Defence's shelter with the toll a sentence later, 'more than 30 wounded', 'Other victims remain "
        "under the rubble') and the Civil Defence's denial of the army's version, a day's strikes (aggregate), "
        "'several terrorists' eliminated in Rafah, a launch toward Nirim ('No injuries were reported') and its "
        "interception, fire on a rescue crew 'At dawn today' and the army's prior rejection of it",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-r-04", "20 August 2024", "2024-08-20", "Tuesday"),
    ("dev-r-04", "Monday 19 August", "2024-08-19", "Monday"),
]

# =============================================================================
# dev-r-05  Lebanese news site's daily round-up with village datelines — south Lebanon: the Kfar Kila-Deir Mimas road, Khiam and the Wazzani plain, Aitaroun, Naqoura, Houla, Mais al-Jabal; northern Israel: the Ramim barracks, Malkia, Kiryat Shmona (Thu 14 Mar 2024)
# =============================================================================
T05 = """Southern front, day 158: two killed in drone strike near Kfar Kila, house flattened in Aitaroun, Hezbollah fires at Ramim barracks

Al-Janoub Net | The South Today: daily round-up | Thursday 14 March 2024

What happened along the border on Wednesday, compiled from our correspondents, the National News Agency (NNA) and the parties’ statements. Times are local.

KFAR KILA, 6:40 am - An Israeli drone fired a missile at a motorcycle on the road between Kfar Kila and Deir Mimas, killing its two riders. Hezbollah later mourned one of them, Hassan Fakih, 24, as a fighter “martyred on the road to Jerusalem”; the other was a Syrian farm worker, the municipality said.

KHIAM, 9:15 am - Israeli artillery fired more than 20 shells at the outskirts of Khiam and the Wazzani plain. No casualties were reported.

AITAROUN, 1:30 pm - Israeli warplanes struck a two-storey house in the centre of the town, flattening it. The family had left in October and the house was empty, the mayor said.

UPPER GALILEE, afternoon - Hezbollah said its fighters had targeted the Ramim barracks with Burkan rockets, “achieving direct hits”, and, in a separate statement, that they had struck “spying equipment” at the Malkia site with “appropriate weapons”. The Israeli army said about a dozen rockets were fired towards the Kiryat Shmona area and that most were intercepted. Magen David Adom said there were no injuries.

NAQOURA, 4:10 pm - UNIFIL said a shell had hit one of its positions near Naqoura, damaging a prefabricated building but causing no injuries. It did not say who fired it.

HOULA, shortly after sunset - An Israeli strike on a house on the edge of the town killed a woman and her 11-year-old son and wounded her husband, the civil defence said.

MAIS AL-JABAL, around midnight - The Israeli army said its fighter jets had struck “a Hezbollah military compound” in Mais al-Jabal. Residents reported two loud explosions and a fire, with no word on casualties.

TALLY - Since 8 October, at least 320 people have been killed in Lebanon in the exchanges, most of them Hezbollah fighters but also more than 60 civilians, according to our count.

As one mayor put it, the border villages are “paying for a war nobody declared”. Hezbollah has said it will stop firing only when the war in Gaza ends.
"""

ISR05 = ISRAEL + ["Israeli drone", "Israeli artillery", "Israeli warplanes", "Israeli strike", "fighter jets",
                  "its fighter jets"]
HEZ05 = HEZB + ["its fighters", "Hezbollah fighters", "fighter"]
UNIFIL = ["UNIFIL", "United Nations Interim Force in Lebanon", "UN peacekeepers", "peacekeepers"]
# the road between Kfar Kila and Deir Mimas is ~3 km long -> Kfar Kila's point
KFAR_KILA = L(["Kfar Kila", "Kafr Kila", "road between Kfar Kila and Deir Mimas", "Deir Mimas"], 33.28, 35.56, "LB")
KHIAM = L(["Khiam", "El Khiam", "outskirts of Khiam", "Wazzani plain", "Wazzani"], 33.33, 35.61, "LB")
AITAROUN05 = L(["Aitaroun", "Aytaroun", "centre of the town"], 33.11, 35.47, "LB")
RAMIM = L(["Ramim barracks", "Ramim", "Upper Galilee"], cc="IL")
MALKIA = L(["Malkia", "Malkiya", "Malkia site"], 33.10, 35.51, "IL")
KIRYAT_SHMONA = L(["Kiryat Shmona", "Kiryat Shmona area", "Upper Galilee"], 33.21, 35.57, "IL")
NAQOURA = L(["Naqoura", "Naqoura position", "near Naqoura"], 33.12, 35.14, "LB")
HOULA = L(["Houla", "Hula", "edge of the town"], 33.21, 35.52, "LB")
MAIS = L(["Mais al-Jabal", "Meiss el-Jabal", "Mays al-Jabal"], 33.17, 35.52, "LB")
LEB05 = L(["Lebanon", "southern Lebanon"], cc="LB")
AJN = ["Al-Janoub Net", "author"]
HEZSRC05 = HEZB + ["statement", "Hezbollah statement"]
ARMY05 = ["Israeli army", "Israeli military", "IDF"]
E05 = [
    # a missile from a drone -> Air/drone strike; the dead told as a fighter (Hezbollah) and a Syrian farm worker
    # (the municipality) -> both groups in actor2; a ~3 km road between two villages -> the first village's point
    E(
        True,
        "An Israeli drone fired a missile at a motorcycle on the road between Kfar Kila and Deir Mimas, killing its two riders",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + HEZ05 + ["motorcycle", "two riders", "riders", "Hassan Fakih", "Syrian farm worker"],
        location=KFAR_KILA,
        date=D("2024-03-13"),
        killed=R(2),
        source=AJN + ["municipality"] + HEZB,
    ),
    # "No casualties were reported" -> killed and injured 0..0; "the outskirts of Khiam" -> the town
    E(
        True,
        "Israeli artillery fired more than 20 shells at the outskirts of Khiam and the Wazzani plain",
        EXP,
        SHELL,
        actor1=ISR05,
        actor2=["outskirts of Khiam", "Wazzani plain"] + HEZ05 + CIV,
        location=KHIAM,
        date=D("2024-03-13"),
        killed=R(0),
        injured=R(0),
        source=AJN,
    ),
    # "the house was empty" implies no one was hurt but states no number -> no number field
    E(
        True,
        "Israeli warplanes struck a two-storey house in the centre of the town, flattening it",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["two-storey house", "house", "family"],
        location=AITAROUN05,
        date=D("2024-03-13"),
        source=AJN + ["mayor"],
    ),
    # a party's claim -> core, occurred, sourced to it; rockets -> Shelling; the army's count of rockets towards
    # Kiryat Shmona and MDA's "no injuries" -> the same salvo: injured 0..0 folded into the claim, the army's count
    # a non-core copy, the interception a core Disrupted weapons use of its own
    E(
        True,
        "its fighters had targeted the Ramim barracks with Burkan rockets",
        EXP,
        SHELL,
        actor1=HEZ05,
        actor2=ISRAEL + ["Ramim barracks", "barracks"],
        location=RAMIM,
        date=D("2024-03-13"),
        injured=R(0),
        source=HEZSRC05 + ["Magen David Adom", "MDA"],
    ),
    # "appropriate weapons" names no weapon (in Hezbollah's usage mostly guided missiles) -> Shelling/artillery/
    # missile attack; a second claim at another site -> a core event of its own
    E(
        True,
        "they had struck “spying equipment” at the Malkia site with “appropriate weapons”",
        EXP,
        SHELL,
        actor1=HEZ05,
        actor2=ISRAEL + ["spying equipment", "Malkia site"],
        location=MALKIA,
        date=D("2024-03-13"),
        source=HEZSRC05,
    ),
    E(
        False,
        "The Israeli army said about a dozen rockets were fired towards the Kiryat Shmona area",
        EXP,
        SHELL,
        actor1=HEZ05 + UNK,
        actor2=ISRAEL + ["Kiryat Shmona area"],
        location=KIRYAT_SHMONA,
        date=D("2024-03-13"),
        injured=R(0),
        source=ARMY05,
    ),
    E(
        True,
        "most were intercepted",
        STR,
        DISRUPT,
        actor1=ISR05,
        actor2=HEZ05 + ["rockets"],
        location=KIRYAT_SHMONA,
        date=D("2024-03-13"),
        source=ARMY05,
    ),
    # UNIFIL names no one -> unknown; "causing no injuries" -> injured 0..0 only; the damage is inside the event
    E(
        True,
        "a shell had hit one of its positions near Naqoura, damaging a prefabricated building but causing no injuries",
        EXP,
        SHELL,
        actor1=UNK,
        actor2=UNIFIL + ["one of its positions", "position", "prefabricated building"],
        location=NAQOURA,
        date=D("2024-03-13"),
        injured=R(0),
        source=UNIFIL,
    ),
    # "a woman and her 11-year-old son" killed, "her husband" wounded -> 2 and 1; "shortly after sunset" under a
    # Wednesday round-up -> Wednesday
    E(
        True,
        "An Israeli strike on a house on the edge of the town killed a woman and her 11-year-old son and wounded her husband",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["house", "woman", "11-year-old son", "son", "husband"],
        location=HOULA,
        date=D("2024-03-13"),
        killed=R(2),
        injured=R(1),
        source=["civil defence", "Lebanese civil defence"] + AJN,
    ),
    # the army's claim; "around midnight" -> Wednesday and Thursday; "no word on casualties" -> no number field
    E(
        True,
        "its fighter jets had struck “a Hezbollah military compound” in Mais al-Jabal",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05 + ["Hezbollah military compound", "military compound"],
        location=MAIS,
        date=D("2024-03-13", "2024-03-14"),
        source=ARMY05 + ["Residents", "residents"],
    ),
    # the outlet's count -> aggregate ("at least 320" -> 320..open)
    E(
        False,
        "Since 8 October, at least 320 people have been killed in Lebanon in the exchanges",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05 + CIV,
        location=LEB05,
        date=D("2023-10-08", "2024-03-14"),
        killed=R(320, None),
        source=AJN,
        aggregate=True,
    ),
    # Hezbollah's conditional -> planned (an actor's own)
    E(
        False,
        "it will stop firing only when the war in Gaza ends",
        EXP,
        SHELL,
        actor1=HEZ05,
        actor2=ISRAEL,
        location=L(["northern Israel", "Israel"], cc="IL"),
        source=HEZB,
        status="planned",
    ),
    # no gold: "martyred on the road to Jerusalem" (a eulogy), "The family had left in October", "It did not say
    # who fired it", the residents' explosions (inside the Mais al-Jabal strike), "paying for a war nobody
    # declared" (a metaphor), "the war in Gaza" (a reference)
]
# the headline's copies
E05 += [
    E(False, "two killed in drone strike near Kfar Kila", EXP, AIR, actor1=ISR05, actor2=CIV + HEZ05,
      location=KFAR_KILA, date=D("2024-03-13"), killed=R(2), source=AJN),
    E(False, "house flattened in Aitaroun", EXP, AIR, actor1=ISR05, actor2=CIV + ["house"], location=AITAROUN05,
      date=D("2024-03-13"), source=AJN),
    E(False, "Hezbollah fires at Ramim barracks", EXP, SHELL, actor1=HEZ05, actor2=ISRAEL + ["Ramim barracks"],
      location=RAMIM, date=D("2024-03-13"), source=AJN + HEZB),
]
DOCS.append(
    (
        "dev-r-05",
        "Al-Janoub Net (daily round-up)",
        "2024-03-14",
        "Lebanese news site's daily round-up with village datelines",
        "south Lebanon and northern Israel, one day under village datelines and times of day: a drone on a motorcycle "
        "on a road between two villages (a fighter and a farm worker), shelling of Khiam's outskirts ('No casualties "
        "were reported'), a house flattened ('the house was empty': no number), two Hezbollah claims with the army's "
        "count, the interception and MDA's 'no injuries', a shell on a UNIFIL position by no one named, a strike in "
        "Houla 'shortly after sunset' ('a woman and her 11-year-old son'), an army claim 'around midnight', a tally, "
        "a metaphor, a conditional; typographic quotes",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-r-05", "Thursday 14 March 2024", "2024-03-14", "Thursday"),
    ("dev-r-05", "on Wednesday (day 158 counting 8 October 2023 as day 1)", "2024-03-13", "Wednesday"),
]

# =============================================================================
# dev-r-06  government-aligned Yemeni outlet — Yemen: Taiz (al-Rawdah, al-Dhabab south-west of the city, al-Hawban east of it), Maqbanah district west of Taiz; the Raghwan front north-west of Marib, Harib district south of Marib, Marib city (Sun 8 Sep 2024)
# =============================================================================
T06 = """Houthi shell kills girl in Taiz; army repels militia attack on Raghwan front

Al-Watan Al-Yamani | Taiz - Marib | Sunday 8 September 2024

A ten-year-old girl was killed and her mother wounded yesterday evening when a mortar shell fired by the terrorist Houthi militia hit their home in the al-Rawdah neighbourhood, in the north of Taiz city, a medical source at al-Thawra hospital told Al-Watan Al-Yamani.

The source said the girl, Amal Abdulwahab, died on the way to hospital, and that the shell struck the second floor of the house while the family was having dinner. The militia's positions on the hills overlooking the city have shelled residential neighbourhoods almost daily since the UN-brokered truce expired in October 2022.

The day before yesterday, a militia sniper stationed in the hills of the al-Dhabab area, south-west of the city, shot and wounded a 60-year-old man as he walked to the mosque for dawn prayers, local sources said.

In Maqbanah district, west of Taiz, a landmine planted by the militia exploded under a motorcycle carrying two brothers on Friday afternoon, killing the elder, aged 17, and severely wounding the younger, according to the Yemen Landmine Monitor.

On Thursday, militia gunmen abducted two travellers from Taiz at the al-Hawban checkpoint, east of the city, and took them to an unknown destination, their relatives said.

On the Raghwan front, north-west of Marib, the national army repelled an attack by Houthi militia elements on army positions on Friday night, killing and wounding dozens of the attackers, the army's media centre said. Two soldiers were killed and four others wounded in the fighting, a military source added.

At dawn on Saturday, a Houthi drone targeted a military vehicle in Harib district, south of Marib, wounding three soldiers, the same source said.

In Marib city, security forces said they had arrested a four-member cell last week that was planting explosive devices on roads on behalf of the militia.

Since the start of the year, the militia's shelling and sniping have killed 23 children in Taiz governorate, according to the Taiz human rights office.

The militia's leaders continue to threaten the city. Houthi official Mohammed al-Bukhaiti said on Saturday that "the liberation of Marib is only a matter of time".
"""

HOUTHI06 = HOUTHI + ["terrorist Houthi militia", "Houthi militia", "militia", "militia sniper", "militia gunmen",
                     "Houthi militia elements", "Houthi drone", "Mohammed al-Bukhaiti"]
YGOV = ["Yemeni government", "national army", "Yemeni army", "army", "Military Forces of Yemen", "government forces",
        "soldiers", "army positions", "military vehicle", "security forces", "army's media centre"]
TAIZ06 = L(["Taiz", "Taiz city", "al-Rawdah", "al-Rawdah neighbourhood"], 13.58, 44.02, "YE")
# al-Dhabab and al-Hawban lie ~10 km from the city centre, named only as "south-west of" / "east of the city" ->
# the city's point
DHABAB = L(["al-Dhabab", "al-Dhabab area", "south-west of the city", "Taiz"], 13.58, 44.02, "YE")
HAWBAN = L(["al-Hawban", "al-Hawban checkpoint", "east of the city", "Taiz"], 13.58, 44.02, "YE")
MAQBANAH = L(["Maqbanah", "Maqbanah district", "west of Taiz", "Taiz"], cc="YE")
RAGHWAN = L(["Raghwan", "Raghwan front", "north-west of Marib", "Marib"], cc="YE")
HARIB = L(["Harib", "Harib district", "south of Marib", "Marib"], cc="YE")
MARIB = L(["Marib", "Marib city", "Ma'rib"], 15.46, 45.33, "YE")
TAIZ_GOV = L(["Taiz governorate", "Taiz"], cc="YE")
AWY = ["Al-Watan Al-Yamani", "author"]
MILSRC06 = ["military source", "army's media centre", "media centre"] + YGOV
E06 = [
    # "A ten-year-old girl was killed and her mother wounded" -> 1 and 1; "yesterday evening" in a Sunday paper ->
    # Saturday; the name and the death on the way a sentence later -> inside the event
    E(
        True,
        "A ten-year-old girl was killed and her mother wounded yesterday evening when a mortar shell fired by the terrorist Houthi militia hit their home in the al-Rawdah neighbourhood, in the north of Taiz city",
        EXP,
        SHELL,
        actor1=HOUTHI06,
        actor2=CIV + ["ten-year-old girl", "girl", "mother", "home", "Amal Abdulwahab"],
        location=TAIZ06,
        date=D("2024-09-07"),
        killed=R(1),
        injured=R(1),
        source=["medical source", "al-Thawra hospital"] + AWY,
    ),
    E(
        False,
        "Houthi shell kills girl in Taiz",
        EXP,
        SHELL,
        actor1=HOUTHI06,
        actor2=CIV + ["girl"],
        location=TAIZ06,
        date=D("2024-09-07"),
        killed=R(1),
        source=AWY,
    ),
    # shelling "almost daily" since October 2022 -> aggregate; the truce's expiry -> a date reference, no gold
    E(
        False,
        "The militia's positions on the hills overlooking the city have shelled residential neighbourhoods almost daily",
        EXP,
        SHELL,
        actor1=HOUTHI06,
        actor2=CIV + ["residential neighbourhoods"],
        location=TAIZ06,
        date=D("2022-10-01", "2024-09-08"),
        source=AWY,
        aggregate=True,
    ),
    # "The day before yesterday" in a Sunday paper -> Friday; a sniper on a civilian -> Violence against civilians
    E(
        True,
        "a militia sniper stationed in the hills of the al-Dhabab area, south-west of the city, shot and wounded a 60-year-old man as he walked to the mosque for dawn prayers",
        VAC,
        ATTACK,
        actor1=HOUTHI06,
        actor2=CIV + ["60-year-old man", "man"],
        location=DHABAB,
        date=D("2024-09-06"),
        injured=R(1),
        source=["local sources"] + AWY,
    ),
    # "killing the elder, aged 17, and severely wounding the younger" -> 1 and 1; a district -> names and country
    E(
        True,
        "a landmine planted by the militia exploded under a motorcycle carrying two brothers on Friday afternoon, killing the elder, aged 17, and severely wounding the younger",
        EXP,
        IED,
        actor1=HOUTHI06,
        actor2=CIV + ["two brothers", "brothers", "motorcycle"],
        location=MAQBANAH,
        date=D("2024-09-06"),
        killed=R(1),
        injured=R(1),
        source=["Yemen Landmine Monitor"] + AWY,
    ),
    E(
        True,
        "militia gunmen abducted two travellers from Taiz at the al-Hawban checkpoint, east of the city",
        VAC,
        ABDUCT,
        actor1=HOUTHI06,
        actor2=CIV + ["two travellers", "travellers"],
        location=HAWBAN,
        date=D("2024-09-05"),
        source=["their relatives", "relatives"] + AWY,
    ),
    # an attack repelled -> Battles; "on Friday night" -> both days; the attackers' "killing and wounding dozens"
    # (not split) and the army's own dead and wounded a sentence later (split) -> killed 2..open, injured 4..open,
    # casualties 24 + 2 + 4 = 30..open; the army's toll a non-core copy
    E(
        True,
        "the national army repelled an attack by Houthi militia elements on army positions on Friday night, killing and wounding dozens of the attackers",
        BAT,
        CLASH,
        actor1=HOUTHI06 + YGOV,
        actor2=YGOV + HOUTHI06,
        location=RAGHWAN,
        date=D("2024-09-06", "2024-09-07"),
        killed=R(2, None),
        injured=R(4, None),
        casualties=R(30, None),
        source=MILSRC06 + AWY,
    ),
    E(
        False,
        "Two soldiers were killed and four others wounded in the fighting",
        BAT,
        CLASH,
        actor1=HOUTHI06,
        actor2=YGOV,
        location=RAGHWAN,
        date=D("2024-09-06", "2024-09-07"),
        killed=R(2),
        injured=R(4),
        source=MILSRC06,
    ),
    E(
        True,
        "a Houthi drone targeted a military vehicle in Harib district, south of Marib, wounding three soldiers",
        EXP,
        AIR,
        actor1=HOUTHI06,
        actor2=YGOV + ["military vehicle", "three soldiers"],
        location=HARIB,
        date=D("2024-09-07"),
        injured=R(3),
        source=MILSRC06 + AWY,
    ),
    # "last week" in a Sunday paper -> Monday 26 August to Sunday 1 September
    E(
        True,
        "security forces said they had arrested a four-member cell last week that was planting explosive devices on roads on behalf of the militia",
        STR,
        ARRESTS,
        actor1=YGOV,
        actor2=HOUTHI06 + ["four-member cell", "cell"],
        location=MARIB,
        date=D("2024-08-26", "2024-09-01"),
        source=["security forces"] + YGOV,
    ),
    E(
        False,
        "the militia's shelling and sniping have killed 23 children in Taiz governorate",
        VAC,
        ATTACK,
        actor1=HOUTHI06,
        actor2=CIV + ["children", "23 children"],
        location=TAIZ_GOV,
        date=D("2024-01-01", "2024-09-08"),
        killed=R(23),
        source=["Taiz human rights office", "human rights office"],
        aggregate=True,
    ),
    # the Houthi official's boast -> planned (a Houthi offensive on Marib)
    E(
        False,
        '"the liberation of Marib is only a matter of time"',
        BAT,
        NSAOVER,
        actor1=HOUTHI06,
        actor2=YGOV,
        location=MARIB,
        source=["Mohammed al-Bukhaiti", "al-Bukhaiti"] + HOUTHI,
        status="planned",
    ),
    # no gold: the truce's expiry in October 2022 (a date reference), "died on the way to hospital" (inside the
    # toll), "took them to an unknown destination", "continue to threaten the city" (generic)
]
# the headline's copy of the Raghwan clash
E06.append(E(False, "army repels militia attack on Raghwan front", BAT, CLASH, actor1=HOUTHI06 + YGOV,
             actor2=YGOV + HOUTHI06, location=RAGHWAN, date=D("2024-09-06", "2024-09-07"), source=AWY))
DOCS.append(
    (
        "dev-r-06",
        "Al-Watan Al-Yamani",
        "2024-09-08",
        "government-aligned Yemeni outlet",
        "Yemen/Taiz and Marib: a Houthi shell kills a girl 'yesterday evening' ('A ten-year-old girl ... and her "
        "mother'), shelling 'almost daily' (aggregate), a sniper 'The day before yesterday' 'south-west of the city', "
        "a landmine under two brothers ('killing the elder, aged 17'), an abduction at a checkpoint, an attack "
        "repelled 'on Friday night' ('killing and wounding dozens' plus the army's own dead and wounded a sentence "
        "later), a drone 'At dawn on Saturday', arrests 'last week', a children's toll, a boast; the outlet's labels",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-r-06", "Sunday 8 September 2024", "2024-09-08", "Sunday"),
    ("dev-r-06", "yesterday evening / At dawn on Saturday / on Saturday", "2024-09-07", "Saturday"),
    ("dev-r-06", "The day before yesterday / on Friday afternoon / on Friday night", "2024-09-06", "Friday"),
    ("dev-r-06", "On Thursday", "2024-09-05", "Thursday"),
    ("dev-r-06", "last week (start)", "2024-08-26", "Monday"),
]

# =============================================================================
# dev-r-07  Iraqi local news site — Kirkuk: the Wadi al-Shay valley south-west of Kirkuk, al-Rashad, Hawija, Taza on the Kirkuk-Baghdad road; Diyala: the Jalawla-Khanaqin road (Tue 19 Nov 2024)
# =============================================================================
T07 = """ISIS kills three policemen in Wadi al-Shay attack; army helicopters strike the attackers' hideout

Kirkuk Local | Tuesday 19 November 2024

KIRKUK - Islamic State militants attacked a Federal Police checkpoint in the Wadi al-Shay valley, south-west of Kirkuk, late on Saturday, a police officer in the province told Kirkuk Local.

The attackers, armed with sniper rifles fitted with thermal sights, opened fire on the post from a hill before withdrawing towards the Hamrin mountains, the officer said. Two policemen were killed on the spot and a third, a lieutenant, was seriously wounded. On Sunday morning, a medical source at Kirkuk General Hospital said the lieutenant had died of his wounds, raising the toll to three.

On Monday, army aviation and the Counter-Terrorism Service launched an operation in the valley. The Joint Operations Command said helicopters had struck a cave used by the attackers, killing four of them, and that troops had found two explosive belts and a motorcycle at the site. A tribal source in nearby al-Rashad, however, told Kirkuk Local that only two bodies had been recovered from the cave, and that one of them was that of a shepherd missing since Friday.

Kirkuk police said on Monday that they had arrested a man from Hawija suspected of guiding the attackers to the checkpoint.

In neighbouring Diyala province, an improvised explosive device went off on Sunday evening beside a Popular Mobilization Forces (PMF) vehicle on the road between Jalawla and Khanaqin, wounding two PMF fighters, the PMF said. No group claimed the blast, but ISIS cells remain active in the orchards along the Diyala river.

On Sunday, relatives of the dead policemen and members of their al-Obeid tribe blocked the Kirkuk-Baghdad road near Taza for two hours, demanding that the army take over security in Wadi al-Shay. They reopened it after the governor promised to meet them.

The attack was the deadliest on security forces in Kirkuk this year. The provincial security committee says ISIS attacks have killed 11 security personnel in the province since January.

Iraqi officials say the group, defeated territorially in 2017, now has no more than a few hundred fighters in the country, hiding in valleys and deserts, but that it can still "strike where the security gap is widest".
"""

IS07 = ISIS + ["attackers", "the attackers", "ISIS cells", "Islamic State militants"]
FEDPOL = ["Federal Police", "Iraqi Federal Police", "Police Forces of Iraq", "policemen", "police", "lieutenant",
          "Federal Police checkpoint", "checkpoint", "post"]
IQSEC07 = ["army aviation", "Iraqi army", "Counter-Terrorism Service", "CTS", "helicopters", "troops",
           "Joint Operations Command", "Military Forces of Iraq", "Iraqi security forces"]
KPOL = ["Kirkuk police", "police", "Police Forces of Iraq"]
PMF07 = PMF + ["PMF fighters", "PMF vehicle"]
WADI_SHAY = L(["Wadi al-Shay", "Wadi al-Shay valley", "south-west of Kirkuk", "valley", "cave"], cc="IQ")
KIRKUK07 = L(["Kirkuk", "Hawija", "Kirkuk province"], cc="IQ")
JALAWLA_RD = L(["road between Jalawla and Khanaqin", "Jalawla", "Khanaqin", "Diyala province", "Diyala"], cc="IQ")
TAZA = L(["Taza", "Taza Khurmatu", "Kirkuk-Baghdad road"], 35.30, 44.33, "IQ")
KIRKUK_PROV = L(["Kirkuk", "Kirkuk province"], cc="IQ")
KL = ["Kirkuk Local", "author"]
E07 = [
    # an attack on an armed police post -> Battles; the dead two sentences later and revised ("Two ... killed on the
    # spot and a third ... seriously wounded", then "raising the toll to three") -> killed 2..3 and injured 0..1
    # (the wounded man is the third dead), each figure a non-core copy; "late on Saturday" -> Saturday; the valley
    # -> names and country
    E(
        True,
        "Islamic State militants attacked a Federal Police checkpoint in the Wadi al-Shay valley, south-west of Kirkuk, late on Saturday",
        BAT,
        CLASH,
        actor1=IS07 + FEDPOL,
        actor2=FEDPOL + IS07,
        location=WADI_SHAY,
        date=D("2024-11-16"),
        killed=R(2, 3),
        injured=R(0, 1),
        source=["police officer"] + KL + ["medical source"],
    ),
    E(
        False,
        "Two policemen were killed on the spot and a third, a lieutenant, was seriously wounded",
        BAT,
        CLASH,
        actor1=IS07,
        actor2=FEDPOL,
        location=WADI_SHAY,
        date=D("2024-11-16"),
        killed=R(2),
        injured=R(1),
        source=["police officer"],
    ),
    E(
        False,
        "the lieutenant had died of his wounds, raising the toll to three",
        BAT,
        CLASH,
        actor1=IS07,
        actor2=FEDPOL,
        location=WADI_SHAY,
        date=D("2024-11-16"),
        killed=R(3),
        source=["medical source", "Kirkuk General Hospital"],
    ),
    E(
        False,
        "ISIS kills three policemen in Wadi al-Shay attack",
        BAT,
        CLASH,
        actor1=IS07,
        actor2=FEDPOL,
        location=WADI_SHAY,
        date=D("2024-11-16"),
        killed=R(3),
        source=KL,
    ),
    # the follow-up: "the attackers" refers back to the ISIS militants; one strike, two tolls by two sources (four
    # attackers / two bodies, one a shepherd's) -> one core event per version, each with its own numbers and targets
    E(
        True,
        "helicopters had struck a cave used by the attackers, killing four of them",
        EXP,
        AIR,
        actor1=IQSEC07,
        actor2=IS07 + ["cave"],
        location=WADI_SHAY,
        date=D("2024-11-18"),
        killed=R(4),
        source=["Joint Operations Command"] + IQSEC07,
    ),
    E(
        True,
        "only two bodies had been recovered from the cave, and that one of them was that of a shepherd missing since Friday",
        EXP,
        AIR,
        actor1=IQSEC07,
        actor2=IS07 + CIV + ["shepherd"],
        location=WADI_SHAY,
        date=D("2024-11-18"),
        killed=R(2),
        source=["tribal source", "tribal source in nearby al-Rashad"],
    ),
    # the operation itself ("launched an operation") -> no gold of its own beyond the strike
    # "said on Monday that they had arrested" after a Saturday attack -> Saturday to Monday; the man's home town is
    # no arrest place -> the province
    E(
        True,
        "they had arrested a man from Hawija suspected of guiding the attackers to the checkpoint",
        STR,
        ARRESTS,
        actor1=KPOL,
        actor2=IS07 + ["man from Hawija", "man", "suspect"],
        location=KIRKUK07,
        date=D("2024-11-16", "2024-11-18"),
        source=KPOL,
    ),
    # no claim, the text points at ISIS cells -> ISIS plus unknown; a ~25 km road -> names and country
    E(
        True,
        "an improvised explosive device went off on Sunday evening beside a Popular Mobilization Forces (PMF) vehicle on the road between Jalawla and Khanaqin, wounding two PMF fighters",
        EXP,
        IED,
        actor1=UNK + IS07,
        actor2=PMF07,
        location=JALAWLA_RD,
        date=D("2024-11-17"),
        injured=R(2),
        source=PMF + KL,
    ),
    # a road blocked for two hours and reopened after a promise -> Peaceful protest
    E(
        True,
        "relatives of the dead policemen and members of their al-Obeid tribe blocked the Kirkuk-Baghdad road near Taza for two hours",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["relatives of the dead policemen", "relatives", "al-Obeid tribe", "tribe"],
        location=TAZA,
        date=D("2024-11-17"),
        source=KL,
    ),
    E(
        False,
        "ISIS attacks have killed 11 security personnel in the province since January",
        BAT,
        CLASH,
        actor1=IS07,
        actor2=FEDPOL + IQSEC07 + ["security personnel"],
        location=KIRKUK_PROV,
        date=D("2024-01-01", "2024-11-19"),
        killed=R(11),
        source=["provincial security committee", "security committee"],
        aggregate=True,
    ),
    # background: the territorial defeat in 2017 -> Government regains territory, non-core
    E(
        False,
        "the group, defeated territorially in 2017",
        BAT,
        GOVREGAIN,
        actor1=IQSEC07,
        actor2=IS07,
        location=L(["Iraq"], cc="IQ"),
        date=D("2017-01-01", "2017-12-31"),
        source=["Iraqi officials"],
    ),
    # the officials' assessment of what the group can do -> hypothetical
    E(
        False,
        'it can still "strike where the security gap is widest"',
        BAT,
        CLASH,
        actor1=IS07,
        actor2=IQSEC07,
        location=L(["Iraq"], cc="IQ"),
        source=["Iraqi officials"],
        status="hypothetical",
    ),
    # no gold: the withdrawal towards the Hamrin mountains (inside the attack), the find of belts and a motorcycle
    # (inside the strike), the shepherd "missing since Friday" (no act told), "No group claimed the blast", the
    # governor's promise, "the deadliest on security forces in Kirkuk this year", the few hundred fighters
]
# the headline's copy of the JOC's strike
E07.append(E(False, "army helicopters strike the attackers' hideout", EXP, AIR, actor1=IQSEC07,
             actor2=IS07 + ["hideout"], location=WADI_SHAY, date=D("2024-11-18"), source=KL))
DOCS.append(
    (
        "dev-r-07",
        "Kirkuk Local",
        "2024-11-19",
        "Iraqi local news site",
        "Iraq/Kirkuk and Diyala: an ISIS attack on a police checkpoint 'late on Saturday' whose dead come two "
        "sentences later and are revised (two dead and a wounded lieutenant, then 'raising the toll to three'), a "
        "helicopter strike on 'the attackers' in two versions (four attackers / two bodies, one a shepherd's), an "
        "arrest 'said on Monday', an IED on a PMF vehicle on a road between two towns, a road blocked by a tribe, a "
        "year's count, 2017 background, an assessment",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-r-07", "Tuesday 19 November 2024", "2024-11-19", "Tuesday"),
    ("dev-r-07", "On Monday / on Monday", "2024-11-18", "Monday"),
    ("dev-r-07", "On Sunday morning / on Sunday evening / On Sunday", "2024-11-17", "Sunday"),
    ("dev-r-07", "late on Saturday", "2024-11-16", "Saturday"),
]

# =============================================================================
# dev-r-08  Syrian opposition outlet's weekly piece — southern Syria/Daraa: Tafas, al-Muzayrib, the Daraa-Damascus highway near Sayda east of Daraa, Jasim, the road from Nawa to al-Shaykh Saad, Izraa (Sat 27 Jul 2024)
# =============================================================================
T08 = """Daraa this week: mukhtar shot dead in Tafas, IED hits regime patrol near Sayda, Jasim protest demands detainees' release

Horan Free Voice | Daraa | 27 July 2024

Unknown gunmen shot dead Abu Khaled al-Zoubi, the mukhtar of a neighbourhood in the town of Tafas, in the western countryside of Daraa, in front of his home on Monday evening, our correspondent reported. Local sources said the mukhtar had been accused of writing reports for the regime's Military Security branch. No party claimed the killing.

Two days later, a member of the regime's Military Security was killed when gunmen on a motorcycle opened fire on his car near the town of al-Muzayrib. Local sources said the attack was carried out either by ISIS cells active in the area or by local groups settling old scores.

On Tuesday, an explosive device went off as a regime army patrol passed on the Daraa-Damascus highway near the town of Sayda, east of Daraa. The regime's news agency SANA said four soldiers were wounded in a "terrorist explosion". Our correspondent, citing a source at the National Hospital in Daraa, said two soldiers were killed and three wounded.

On Friday, dozens of people demonstrated in the town of Jasim, in the northern countryside of Daraa, demanding the release of thousands of detainees held in regime prisons and chanting slogans of the revolution.

A young man from Nawa who was kidnapped last Sunday by an armed gang on the road to al-Shaykh Saad was released on Thursday after his family paid a ransom of 15,000 US dollars, a relative told Horan Free Voice.

Regime forces arrested three young men at a checkpoint at the entrance of Izraa on Wednesday and took them to an unknown destination, activists said. Their families say they had all signed settlement papers in 2018.

Since the start of July, the Horan Free Voice documentation office has recorded 31 assassinations and attempted assassinations in Daraa province, which killed 24 people.

Six years after the settlement deal that returned the province to regime control, Daraa remains a "cauldron", in the words of one local activist. The regime's Fourth Division has threatened to storm Jasim if wanted men there are not handed over.
"""

SYGOV08 = SYGOV + ["regime army patrol", "regime army", "Military Security", "regime's Military Security",
                   "Fourth Division", "regime's Fourth Division", "soldiers", "Regime forces"]
GUNMEN08 = UNK + ["Unknown gunmen", "gunmen", "gunmen on a motorcycle"]
TAFAS = L(["Tafas", "town of Tafas", "western countryside of Daraa"], 32.74, 35.99, "SY")
MUZAYRIB = L(["al-Muzayrib", "Muzayrib", "Mzeireb", "town of al-Muzayrib"], 32.71, 35.90, "SY")
# "near the town of Sayda, east of Daraa" on the highway; Sayda lies a few km east of Daraa -> Daraa's point
SAYDA = L(["Sayda", "Saida", "Daraa-Damascus highway", "east of Daraa", "Daraa"], 32.62, 36.10, "SY")
JASIM = L(["Jasim", "Jassem", "town of Jasim", "northern countryside of Daraa"], 32.99, 36.06, "SY")
NAWA_RD = L(["road to al-Shaykh Saad", "al-Shaykh Saad", "Sheikh Saad", "Nawa"], cc="SY")
IZRAA = L(["Izraa", "Izra", "entrance of Izraa"], 32.86, 36.25, "SY")
DARAA_PROV = L(["Daraa province", "Daraa", "Horan"], cc="SY")
HFV = ["Horan Free Voice", "our correspondent", "author"]
E08 = [
    # a civilian official shot by unknown gunmen -> Violence against civilians; "on Monday evening" in a Saturday
    # weekly -> 22 July
    E(
        True,
        "Unknown gunmen shot dead Abu Khaled al-Zoubi, the mukhtar of a neighbourhood in the town of Tafas, in the western countryside of Daraa, in front of his home on Monday evening",
        VAC,
        ATTACK,
        actor1=GUNMEN08,
        actor2=CIV + ["mukhtar", "Abu Khaled al-Zoubi"],
        location=TAFAS,
        date=D("2024-07-22"),
        killed=R(1),
        source=HFV,
    ),
    # a member of a state security branch shot by gunmen -> an ambush on an armed man -> Battles/Armed clash (the
    # guide's table); "Two days later" than Monday -> Wednesday; "either ISIS cells ... or local groups" -> both plus
    # unknown
    E(
        True,
        "a member of the regime's Military Security was killed when gunmen on a motorcycle opened fire on his car near the town of al-Muzayrib",
        BAT,
        CLASH,
        actor1=GUNMEN08 + ISIS + ["ISIS cells", "local groups"],
        actor2=SYGOV08 + ["member of the regime's Military Security", "car"],
        location=MUZAYRIB,
        date=D("2024-07-24"),
        killed=R(1),
        source=HFV + ["Local sources", "local sources"],
    ),
    # one blast, two tolls: the author's sentence carries the correspondent's own figures (two dead, three wounded,
    # two sentences on); SANA's four wounded -> a core event of its own (another source, other numbers); the
    # correspondent's figures a non-core copy
    E(
        True,
        "an explosive device went off as a regime army patrol passed on the Daraa-Damascus highway near the town of Sayda, east of Daraa",
        EXP,
        IED,
        actor1=UNK,
        actor2=SYGOV08 + ["patrol"],
        location=SAYDA,
        date=D("2024-07-23"),
        killed=R(2),
        injured=R(3),
        source=HFV + ["National Hospital in Daraa", "National Hospital"],
    ),
    E(
        True,
        'four soldiers were wounded in a "terrorist explosion"',
        EXP,
        IED,
        actor1=UNK + ["terrorists"],
        actor2=SYGOV08,
        location=SAYDA,
        date=D("2024-07-23"),
        injured=R(4),
        source=["SANA", "regime's news agency", "Syrian Arab News Agency"],
    ),
    E(
        False,
        "two soldiers were killed and three wounded",
        EXP,
        IED,
        actor1=UNK,
        actor2=SYGOV08,
        location=SAYDA,
        date=D("2024-07-23"),
        killed=R(2),
        injured=R(3),
        source=HFV + ["National Hospital in Daraa"],
    ),
    E(
        True,
        "dozens of people demonstrated in the town of Jasim, in the northern countryside of Daraa, demanding the release of thousands of detainees held in regime prisons",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["dozens of people", "people"],
        location=JASIM,
        date=D("2024-07-26"),
        source=HFV,
    ),
    # the kidnapping "last Sunday" in a Saturday weekly -> 21 July; the ransomed release -> no gold of its own
    E(
        True,
        "A young man from Nawa who was kidnapped last Sunday by an armed gang on the road to al-Shaykh Saad",
        VAC,
        ABDUCT,
        actor1=UNK + ["armed gang", "gang"],
        actor2=CIV + ["young man", "young man from Nawa"],
        location=NAWA_RD,
        date=D("2024-07-21"),
        source=["relative", "a relative"] + HFV,
    ),
    E(
        True,
        "Regime forces arrested three young men at a checkpoint at the entrance of Izraa on Wednesday",
        STR,
        ARRESTS,
        actor1=SYGOV08,
        actor2=CIV + ["three young men", "young men"],
        location=IZRAA,
        date=D("2024-07-24"),
        source=["activists"] + HFV,
    ),
    E(
        False,
        "the Horan Free Voice documentation office has recorded 31 assassinations and attempted assassinations in Daraa province, which killed 24 people",
        VAC,
        ATTACK,
        actor1=GUNMEN08,
        actor2=CIV + SYGOV08,
        location=DARAA_PROV,
        date=D("2024-07-01", "2024-07-27"),
        killed=R(24),
        source=HFV + ["documentation office"],
        aggregate=True,
    ),
    # background: the 2018 settlement deal -> Agreement, non-core ("Six years after" in 2024 -> 2018)
    E(
        False,
        "the settlement deal that returned the province to regime control",
        STR,
        AGREE,
        actor1=SYGOV08 + RUSSIA,
        actor2=["opposition factions", "rebels", "Free Syrian Army"],
        location=DARAA_PROV,
        date=D("2018-01-01", "2018-12-31"),
        source=HFV,
    ),
    # the Fourth Division's conditional threat (an actor's own) -> planned
    E(
        False,
        "The regime's Fourth Division has threatened to storm Jasim if wanted men there are not handed over",
        BAT,
        CLASH,
        actor1=SYGOV08,
        actor2=["wanted men", "local fighters"] + UNK,
        location=JASIM,
        source=HFV,
        status="planned",
    ),
    # no gold: the accusation against the mukhtar, "No party claimed the killing", the release and ransom, the
    # settlement papers of 2018 (no act), "a 'cauldron'" (a metaphor)
]
# the headline's copies
E08 += [
    E(False, "mukhtar shot dead in Tafas", VAC, ATTACK, actor1=GUNMEN08, actor2=CIV + ["mukhtar"], location=TAFAS,
      date=D("2024-07-22"), killed=R(1), source=HFV),
    E(False, "IED hits regime patrol near Sayda", EXP, IED, actor1=UNK, actor2=SYGOV08 + ["patrol"], location=SAYDA,
      date=D("2024-07-23"), source=HFV),
    E(False, "Jasim protest demands detainees' release", PRO, PEACEFUL, actor1=PROTESTERS, location=JASIM,
      date=D("2024-07-26"), source=HFV),
]
DOCS.append(
    (
        "dev-r-08",
        "Horan Free Voice",
        "2024-07-27",
        "Syrian opposition outlet's weekly piece",
        "southern Syria/Daraa: a mukhtar shot by 'Unknown gunmen' 'on Monday evening', a Military Security member "
        "killed 'Two days later' by gunmen 'either' ISIS 'or' local groups, an IED on a patrol near Sayda in two tolls "
        "(SANA's four wounded / the correspondent's two dead and three wounded), a protest in Jasim, a kidnapping "
        "'last Sunday' and a ransomed release, arrests at a checkpoint, a month's count, the 2018 settlement as "
        "background, a metaphor, a conditional threat; the outlet's 'regime'",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-r-08", "27 July 2024", "2024-07-27", "Saturday"),
    ("dev-r-08", "On Friday", "2024-07-26", "Friday"),
    ("dev-r-08", "on Thursday (the release)", "2024-07-25", "Thursday"),
    ("dev-r-08", "Two days later / on Wednesday", "2024-07-24", "Wednesday"),
    ("dev-r-08", "On Tuesday", "2024-07-23", "Tuesday"),
    ("dev-r-08", "on Monday evening", "2024-07-22", "Monday"),
    ("dev-r-08", "last Sunday", "2024-07-21", "Sunday"),
]

# =============================================================================
# dev-r-09  Israeli daily newspaper (liberal) — West Bank: al-Mughayyir north-east of Ramallah, Jenin refugee camp, the Gush Etzion junction south of Jerusalem (Tue 22 Oct 2024)
# =============================================================================
T09 = """Settlers torch homes in West Bank village; three killed in Jenin drone strike

Ha'Ir Daily, English edition | Tuesday, October 22, 2024 | By Yael Barkan

Dozens of masked settlers raided the Palestinian village of al-Mughayyir, north-east of Ramallah, on Saturday night, setting fire to three homes and at least eight cars, according to residents and the village council. A 19-year-old resident was wounded by live fire and four others were treated for tear gas inhalation, according to the Palestinian Red Crescent.

Residents said soldiers who arrived in the village fired tear gas at them rather than at the attackers. The Israel Defense Forces said troops had been sent to the area after "a violent confrontation between Israeli civilians and Palestinians" and had acted to disperse it. An army spokesperson denied that soldiers had fired live ammunition.

Police said on Sunday that three suspects from a nearby outpost had been detained for questioning. Two of them were released within hours; a court extended the detention of the third, a minor, by two days.

In Jenin, troops backed by a drone raided the refugee camp early on Monday. The Palestinian Health Ministry said a drone strike on a group of young men in the camp's al-Hawashin neighbourhood killed three of them, among them a 16-year-old. The army said its aircraft had struck "an armed terrorist cell that hurled explosives at the forces". It said soldiers arrested 11 wanted persons and dismantled explosive devices planted under the camp's roads.

On Sunday afternoon, a Palestinian man armed with a knife tried to stab shoppers at a supermarket near the Gush Etzion junction, south of Jerusalem, and was shot dead by a civilian security guard. No Israelis were hurt, Magen David Adom said.

The violence comes as the security establishment warns of a "third front" in the West Bank. Since October 7 last year, more than 700 Palestinians have been killed in the West Bank, according to the Palestinian Health Ministry, and the UN has recorded over 1,400 settler attacks.

Senior officers have told the cabinet that if settler violence is not curbed, the Palestinian Authority's security forces could lose control of the northern West Bank altogether. So far, there has been little sign that the government intends to act.
"""

ISR09 = ISRAEL + ["troops", "soldiers", "its aircraft", "army", "forces"]
SETTLERS09 = SETTLERS + ["masked settlers", "Dozens of masked settlers", "attackers", "Israeli civilians",
                         "suspects from a nearby outpost", "outpost"]
MUGH_VICT = CIV + ["Palestinians", "residents", "village of al-Mughayyir", "homes", "cars", "19-year-old resident"]
ISRPOL09 = ["Israel Police", "Israeli police", "police", "Police Forces of Israel"]
JENIN_DEAD = CIV + ["young men", "group of young men", "16-year-old", "armed terrorist cell", "terrorist cell",
                    "Palestinian militants", "militants"]
# "north-east of Ramallah" with no distance -> Ramallah's point (al-Mughayyir lies ~15 km away)
MUGHAYYIR = L(["al-Mughayyir", "Mughayyir", "al-Mughayyer", "north-east of Ramallah", "Ramallah", "nearby outpost"],
              31.90, 35.20, "PS")
JENIN = L(["Jenin", "Jenin refugee camp", "refugee camp", "al-Hawashin", "al-Hawashin neighbourhood"], 32.46,
          35.30, "PS")
GUSH_ETZION = L(["Gush Etzion junction", "Gush Etzion", "south of Jerusalem", "supermarket"], 31.65, 35.13, "PS")
WB09 = L(["West Bank"], cc="PS")
HAIR = ["Ha'Ir Daily", "Yael Barkan", "author"]
PRCS = ["Palestinian Red Crescent", "Red Crescent", "PRCS"]
PMOH09 = ["Palestinian Health Ministry", "Health Ministry", "Palestinian Ministry of Health"]
ARMY09 = ["Israel Defense Forces", "IDF", "army", "Israeli army", "army spokesperson"]
E09 = [
    # an armed raid with arson and live fire on villagers -> Violence against civilians; "on Saturday night" ->
    # both days; the wounded told a sentence later by the Red Crescent (one shot, four treated for tear gas) ->
    # injured 1..5 (whether gas inhalation counts is open)
    E(
        True,
        "Dozens of masked settlers raided the Palestinian village of al-Mughayyir, north-east of Ramallah, on Saturday night, setting fire to three homes and at least eight cars",
        VAC,
        ATTACK,
        actor1=SETTLERS09,
        actor2=MUGH_VICT,
        location=MUGHAYYIR,
        date=D("2024-10-19", "2024-10-20"),
        injured=R(1, 5),
        source=["residents", "village council"] + PRCS + HAIR,
    ),
    E(
        False,
        "A 19-year-old resident was wounded by live fire and four others were treated for tear gas inhalation",
        VAC,
        ATTACK,
        actor1=SETTLERS09 + UNK,
        actor2=MUGH_VICT,
        location=MUGHAYYIR,
        date=D("2024-10-19", "2024-10-20"),
        injured=R(1, 5),
        source=PRCS,
    ),
    E(
        False,
        "Settlers torch homes in West Bank village",
        VAC,
        ATTACK,
        actor1=SETTLERS09,
        actor2=MUGH_VICT,
        location=MUGHAYYIR,
        date=D("2024-10-19", "2024-10-20"),
        source=HAIR,
    ),
    # the army's telling of the same night as a two-sided brawl -> a non-core Riots/Mob violence copy (vaguer, no
    # numbers); its denial that soldiers fired live rounds -> a non-core denied event; the residents' tear gas ->
    # inside the night, no gold of its own
    E(
        False,
        '"a violent confrontation between Israeli civilians and Palestinians"',
        RIOT,
        MOB,
        actor1=SETTLERS09 + ["Palestinians"],
        actor2=["Palestinians"] + SETTLERS09,
        location=MUGHAYYIR,
        date=D("2024-10-19", "2024-10-20"),
        source=ARMY09,
    ),
    E(
        False,
        "denied that soldiers had fired live ammunition",
        VAC,
        ATTACK,
        actor1=ISR09,
        actor2=MUGH_VICT,
        location=MUGHAYYIR,
        date=D("2024-10-19", "2024-10-20"),
        source=ARMY09,
        status="denied",
    ),
    # "said on Sunday that ... had been detained" after a Saturday-night raid -> Saturday to Sunday; no place of
    # detention told -> the village the case belongs to
    E(
        True,
        "three suspects from a nearby outpost had been detained for questioning",
        STR,
        ARRESTS,
        actor1=ISRPOL09,
        actor2=SETTLERS09 + ["three suspects", "suspects"],
        location=MUGHAYYIR,
        date=D("2024-10-19", "2024-10-20"),
        source=ISRPOL09,
    ),
    # the dead told two ways ("a group of young men", one of them 16 / "an armed terrorist cell") -> one core event,
    # both in actor2, the army's telling a non-core copy; "early on Monday" -> Monday; the raid itself -> no gold
    # beyond the strike, the arrests and the defused devices
    E(
        True,
        "a drone strike on a group of young men in the camp's al-Hawashin neighbourhood killed three of them, among them a 16-year-old",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=JENIN_DEAD,
        location=JENIN,
        date=D("2024-10-21"),
        killed=R(3),
        source=PMOH09,
    ),
    E(
        False,
        'its aircraft had struck "an armed terrorist cell that hurled explosives at the forces"',
        EXP,
        AIR,
        actor1=ISR09,
        actor2=JENIN_DEAD,
        location=JENIN,
        date=D("2024-10-21"),
        source=ARMY09,
    ),
    E(
        False,
        "three killed in Jenin drone strike",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=JENIN_DEAD,
        location=JENIN,
        date=D("2024-10-21"),
        killed=R(3),
        source=HAIR,
    ),
    E(
        True,
        "soldiers arrested 11 wanted persons",
        STR,
        ARRESTS,
        actor1=ISR09,
        actor2=["wanted persons", "11 wanted persons", "Palestinians"],
        location=JENIN,
        date=D("2024-10-21"),
        source=ARMY09,
    ),
    # devices dismantled -> Disrupted weapons use
    E(
        True,
        "dismantled explosive devices planted under the camp's roads",
        STR,
        DISRUPT,
        actor1=ISR09,
        actor2=["Palestinian militants", "militants"] + UNK + ["explosive devices"],
        location=JENIN,
        date=D("2024-10-21"),
        source=ARMY09,
    ),
    # a knife attack on shoppers -> Violence against civilians; the assailant shot dead -> killed 1 (the event's
    # only death); "No Israelis were hurt" covers one group -> no injured field
    E(
        True,
        "a Palestinian man armed with a knife tried to stab shoppers at a supermarket near the Gush Etzion junction, south of Jerusalem, and was shot dead by a civilian security guard",
        VAC,
        ATTACK,
        actor1=["Palestinian man", "Palestinian assailant", "assailant", "attacker"] + UNK,
        actor2=CIV + ["shoppers", "Israeli civilians", "supermarket"],
        location=GUSH_ETZION,
        date=D("2024-10-20"),
        killed=R(1),
        source=HAIR + ["Magen David Adom", "MDA"],
    ),
    # tallies -> aggregates ("more than 700" -> 701..open; "over 1,400" attacks -> no casualty number)
    E(
        False,
        "more than 700 Palestinians have been killed in the West Bank",
        VAC,
        ATTACK,
        actor1=ISR09 + SETTLERS,
        actor2=CIV + ["Palestinians"],
        location=WB09,
        date=D("2023-10-07", "2024-10-22"),
        killed=R(701, None),
        source=PMOH09,
        aggregate=True,
    ),
    E(
        False,
        "the UN has recorded over 1,400 settler attacks",
        VAC,
        ATTACK,
        actor1=SETTLERS,
        actor2=CIV + ["Palestinians"],
        location=WB09,
        date=D("2023-10-07", "2024-10-22"),
        source=["United Nations", "OCHA", "the UN"],
        aggregate=True,
    ),
    # no gold: the released suspects and the court's extension (no new act), the raid on the camp as such, the
    # "third front" (a metaphor), the officers' conditional about the PA losing control (no act of violence), the
    # government's inaction
]
DOCS.append(
    (
        "dev-r-09",
        "Ha'Ir Daily (English edition)",
        "2024-10-22",
        "Israeli daily newspaper (liberal)",
        "West Bank: a settler raid on al-Mughayyir 'north-east of Ramallah' 'on Saturday night' with the wounded a "
        "sentence later 'according to the Palestinian Red Crescent' (one shot, four gassed), the army's "
        "'confrontation' and its denial of live fire, detentions 'said on Sunday', a drone strike in Jenin camp told "
        "two ways ('young men' / 'an armed terrorist cell'), arrests and devices dismantled, a knife attack at the "
        "Gush Etzion junction ('No Israelis were hurt'), two tallies, a metaphor and a conditional (no gold)",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-r-09", "Tuesday, October 22, 2024", "2024-10-22", "Tuesday"),
    ("dev-r-09", "early on Monday", "2024-10-21", "Monday"),
    ("dev-r-09", "on Sunday / On Sunday afternoon", "2024-10-20", "Sunday"),
    ("dev-r-09", "on Saturday night", "2024-10-19", "Saturday"),
]

# =============================================================================
# dev-r-10  wire service — Mali: the Kayes-Bamako road near Diéma, a market about 20 km south of Léré in the Timbuktu region, a gold-mining site near Kéniéba, Kayes (Wed 8 Oct 2025)
# =============================================================================
T10 = """Mali: jihadists torch fuel convoy near Diéma; army says it repelled the attack

BAMAKO, Oct 8 (Sahel Wire) - Fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked a convoy of fuel tankers escorted by the Malian army on the road between Kayes and Bamako, near Diéma, on Monday, setting at least 25 tankers on fire, two drivers and a transport union official told Sahel Wire.

One of the drivers said at least four civilian drivers were burned to death in their cabs. "They shot at the tyres first, then set everything on fire," he said by telephone from Diéma.

The army said in a statement read on state television late on Tuesday that the escort had "vigorously repelled" the assault and neutralised "about fifteen terrorists". Three soldiers were killed and five wounded, it said. JNIM, in a claim carried by its az-Zallaqa media arm, said its fighters had killed "dozens" of soldiers and seized weapons and vehicles. Neither account could be independently verified.

JNIM announced a blockade on fuel imports in early September and has since torched more than 100 tankers on the roads from Senegal and Côte d'Ivoire, causing long queues at petrol stations in Bamako. In an audio message last week, a JNIM commander warned drivers that any vehicle carrying fuel to the capital would be "treated as a target".

In central Mali, residents said an army drone strike on Sunday hit a weekly market about 20 km south of Léré, in the Timbuktu region, killing at least eight civilians, among them two traders from Mauritania. The army said its aircraft had destroyed "a terrorist logistics base" in the Léré area, without giving a toll.

In the western Kayes region, gunmen abducted two Chinese nationals from a gold-mining site near Kéniéba on Saturday night, a local official said. No group claimed the abduction.

Gendarmes in Kayes said they had detained six people last week on suspicion of selling fuel to the jihadists.

Mali's military government, which seized power in 2020 and 2021, has turned to Russia's Africa Corps for security support. Analysts say the fuel blockade could bring Bamako to a standstill within weeks if the roads are not reopened.
"""

JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda",
        "jihadists", "az-Zallaqa", "JNIM commander", "terrorists", "its fighters"]
FAMA = ["Malian army", "Malian Armed Forces", "FAMa", "Military Forces of Mali", "army", "escort", "soldiers",
        "its aircraft", "army drone", "military government"]
GEND10 = ["Gendarmes", "gendarmerie", "Malian gendarmerie", "Police Forces of Mali"]
CONVOY = ["convoy of fuel tankers", "fuel tankers", "tankers", "civilian drivers", "drivers"] + CIV
# "near Diéma" on the Kayes-Bamako road -> Diéma's point
DIEMA = L(["Diéma", "Diema", "road between Kayes and Bamako", "near Diéma"], 14.54, -9.18, "ML")
# "about 20 km south of Léré" -> LKM from Léré
LERE_S = LKM(["south of Léré", "Léré", "Lere", "weekly market", "Timbuktu region"], 15.72, -4.91, 20, 180, "ML")
LERE = L(["Léré", "Lere", "Léré area", "Timbuktu region"], 15.72, -4.91, "ML")
KENIEBA = L(["Kéniéba", "Kenieba", "gold-mining site near Kéniéba", "Kayes region"], 12.84, -11.24, "ML")
KAYES = L(["Kayes", "Kayes region"], 14.45, -11.44, "ML")
MALI10 = L(["Mali", "roads from Senegal and Côte d'Ivoire"], cc="ML")
SW = ["Sahel Wire", "author"]
ARMY10 = ["army", "Malian army", "FAMa", "state television", "army statement"]
E10 = [
    # an ambush on a convoy escorted by troops: the text stresses the escort's fight (the army's "repelled", JNIM's
    # soldiers) as much as the drivers -> Battles/Armed clash for all three versions (ANNOTATION: pick the type the
    # text stresses); the drivers' version carries the tankers and "at least four civilian drivers" (a sentence
    # later) -> killed 4..open, the toll sentence a non-core copy; "near Diéma" -> Diéma's point
    E(
        True,
        "Fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked a convoy of fuel tankers escorted by the Malian army on the road between Kayes and Bamako, near Diéma, on Monday, setting at least 25 tankers on fire",
        BAT,
        CLASH,
        actor1=JNIM + FAMA,
        actor2=FAMA + CONVOY + JNIM,
        location=DIEMA,
        date=D("2025-10-06"),
        killed=R(4, None),
        source=["two drivers", "drivers", "transport union official"] + SW,
    ),
    E(
        False,
        "at least four civilian drivers were burned to death in their cabs",
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=CONVOY,
        location=DIEMA,
        date=D("2025-10-06"),
        killed=R(4, None),
        source=["One of the drivers", "driver"],
    ),
    # the army's version: its own dead and wounded a sentence later (one side; the attackers "neutralised") ->
    # killed 3..open, injured 5..open; the toll sentence a non-core copy
    E(
        True,
        'the escort had "vigorously repelled" the assault and neutralised "about fifteen terrorists"',
        BAT,
        CLASH,
        actor1=JNIM + FAMA,
        actor2=FAMA + JNIM,
        location=DIEMA,
        date=D("2025-10-06"),
        killed=R(3, None),
        injured=R(5, None),
        source=ARMY10,
    ),
    E(
        False,
        "Three soldiers were killed and five wounded",
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=FAMA,
        location=DIEMA,
        date=D("2025-10-06"),
        killed=R(3),
        injured=R(5),
        source=ARMY10,
    ),
    # JNIM's claim: "dozens" of soldiers -> 24..open
    E(
        True,
        'its fighters had killed "dozens" of soldiers and seized weapons and vehicles',
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=FAMA,
        location=DIEMA,
        date=D("2025-10-06"),
        killed=R(24, None),
        source=["JNIM", "az-Zallaqa"] + JNIM,
    ),
    # tankers torched since September -> aggregate property destruction
    E(
        False,
        "has since torched more than 100 tankers on the roads from Senegal and Côte d'Ivoire",
        STR,
        LOOT,
        actor1=JNIM,
        actor2=CONVOY,
        location=MALI10,
        date=D("2025-09-01", "2025-10-08"),
        source=SW,
        aggregate=True,
    ),
    # the commander's warning -> planned
    E(
        False,
        'any vehicle carrying fuel to the capital would be "treated as a target"',
        VAC,
        ATTACK,
        actor1=JNIM,
        actor2=CIV + ["drivers", "vehicle carrying fuel"],
        location=MALI10,
        source=["JNIM commander"] + JNIM,
        status="planned",
    ),
    # one drone strike, two objects (a market / "a terrorist logistics base") -> one core event per version;
    # "about 20 km south of Léré" -> LKM; "the Léré area" -> Léré's point
    E(
        True,
        "an army drone strike on Sunday hit a weekly market about 20 km south of Léré, in the Timbuktu region, killing at least eight civilians, among them two traders from Mauritania",
        EXP,
        AIR,
        actor1=FAMA,
        actor2=CIV + ["weekly market", "market", "traders", "two traders from Mauritania"],
        location=LERE_S,
        date=D("2025-10-05"),
        killed=R(8, None),
        source=["residents"] + SW,
    ),
    E(
        True,
        'its aircraft had destroyed "a terrorist logistics base" in the Léré area',
        EXP,
        AIR,
        actor1=FAMA,
        actor2=JNIM + ["terrorist logistics base", "logistics base"],
        location=LERE,
        date=D("2025-10-05"),
        source=ARMY10,
    ),
    # "on Saturday night" -> both days; abductees are no casualties
    E(
        True,
        "gunmen abducted two Chinese nationals from a gold-mining site near Kéniéba on Saturday night",
        VAC,
        ABDUCT,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["two Chinese nationals", "Chinese nationals", "gold-mining site"],
        location=KENIEBA,
        date=D("2025-10-04", "2025-10-05"),
        source=["local official"] + SW,
    ),
    # "last week" in a Wednesday story -> Monday 29 September to Sunday 5 October
    E(
        True,
        "Gendarmes in Kayes said they had detained six people last week on suspicion of selling fuel to the jihadists",
        STR,
        ARRESTS,
        actor1=GEND10,
        actor2=["six people", "people"] + CIV,
        location=KAYES,
        date=D("2025-09-29", "2025-10-05"),
        source=GEND10,
    ),
    # no gold: the blockade's announcement (a declared policy, no act), the petrol queues, the coups of 2020 and
    # 2021 (a reference), the turn to the Africa Corps, the analysts' forecast about a standstill (no act of
    # violence), "Neither account could be independently verified", "without giving a toll"
]
# the headline's copies (the author's telling and the army's)
E10 += [
    E(False, "jihadists torch fuel convoy near Diéma", BAT, CLASH, actor1=JNIM, actor2=CONVOY + FAMA, location=DIEMA,
      date=D("2025-10-06"), source=SW),
    E(False, "army says it repelled the attack", BAT, CLASH, actor1=JNIM + FAMA, actor2=FAMA + JNIM,
      location=DIEMA, date=D("2025-10-06"), source=ARMY10),
]
DOCS.append(
    (
        "dev-r-10",
        "Sahel Wire",
        "2025-10-08",
        "wire service",
        "Mali: a JNIM ambush on an escorted fuel convoy 'near Diéma' in three versions (drivers: 'at least four "
        "civilian drivers' a sentence later; the army: 'neutralised' attackers and its own dead and wounded; JNIM: "
        "'dozens' of soldiers), a tally of tankers torched, a warning, an army drone strike told as a market "
        "'about 20 km south of Léré' and as 'a terrorist logistics base', an abduction 'on Saturday night', arrests "
        "'last week', coup background and a forecast (no gold)",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-r-10", "Oct 8", "2025-10-08", "Wednesday"),
    ("dev-r-10", "late on Tuesday", "2025-10-07", "Tuesday"),
    ("dev-r-10", "on Monday", "2025-10-06", "Monday"),
    ("dev-r-10", "on Sunday / last week (end)", "2025-10-05", "Sunday"),
    ("dev-r-10", "on Saturday night", "2025-10-04", "Saturday"),
    ("dev-r-10", "last week (start)", "2025-09-29", "Monday"),
]

# =============================================================================
# dev-r-11  Myanmar exile independent media — Myanmar: a village in Depayin Township (Sagaing), Madaya Township (Mandalay), a hill near Bhamo (Kachin), Myaing Township (Magway), Yangon's Hlaing Tharyar (Thu 20 Feb 2025)
# =============================================================================
T11 = """Junta jet bombs Depayin village, killing 11; KIA says it overran outpost near Bhamo

Ayeyarwady Times | Chiang Mai | 20 February 2025

A junta fighter jet dropped two bombs on a village in Sagaing Region’s Depayin Township on Tuesday afternoon, killing 11 civilians, among them four children and a Buddhist monk, according to a local resistance official and residents.

“There were no resistance fighters in the village. The bombs hit the monastery compound and the houses next to it,” a member of the village’s relief committee told the Ayeyarwady Times by phone. At least 15 people were wounded, he said, some of whom were taken to a clinic in a neighbouring township because the local one had closed.

The junta’s information team said in a statement carried by state media that the air force had “carried out air attacks on PDF terrorist targets” in the area and that reports of civilian deaths were “fabricated”.

In Mandalay Region, the Mandalay People’s Defence Force (MDY-PDF) said its drone unit had struck a junta checkpoint in Madaya Township on Monday night, killing three soldiers and wounding several others. The claim could not be independently verified.

The Kachin Independence Army (KIA) said on Wednesday that its fighters had overrun a junta outpost on a hill near Bhamo after a two-day battle, capturing 12 soldiers and seizing weapons and ammunition. The KIA has been besieging the town since December.

In Magway Region, residents of Myaing Township said a paramotor dropped bombs on a monastery where displaced people were sheltering on Sunday, wounding six. They said it was unclear whether it had been flown by junta troops or by members of the pro-junta Pyu Saw Htee militia.

In Yangon, soldiers and police arrested at least 20 young men in Hlaing Tharyar Township during house-to-house searches on Saturday night, accusing them of evading military conscription, residents said.

According to the Assistance Association for Political Prisoners (AAPP), the regime has killed more than 6,200 civilians since the February 2021 coup. Air strikes have become the military’s main weapon as it loses ground to resistance forces across the country.
"""

JUNTA = ["Myanmar military", "Tatmadaw", "junta", "Military Forces of Myanmar", "State Administration Council",
         "SAC", "regime", "air force", "junta fighter jet", "junta troops", "soldiers", "junta checkpoint",
         "junta outpost"]
PDF11 = ["People's Defence Force", "People’s Defence Force", "PDF", "Mandalay People’s Defence Force", "MDY-PDF",
         "resistance forces", "drone unit", "PDF terrorist targets"]
KIA = ["Kachin Independence Army", "KIA", "its fighters"]
PYU = ["Pyu Saw Htee", "Pyu Saw Htee militia", "pro-junta militia"]
MMPOL = ["police", "Myanmar Police Force", "Police Forces of Myanmar"]
DEPAYIN = L(["Depayin", "Depayin Township", "Sagaing Region", "village"], cc="MM")
MADAYA = L(["Madaya", "Madaya Township", "Mandalay Region"], cc="MM")
BHAMO = L(["Bhamo", "hill near Bhamo", "Kachin State"], 24.26, 97.23, "MM")
MYAING = L(["Myaing", "Myaing Township", "Magway Region", "monastery"], cc="MM")
HLAING_THARYAR = L(["Hlaing Tharyar", "Hlaing Tharyar Township", "Yangon"], 16.87, 96.07, "MM")
MYANMAR = L(["Myanmar", "Burma"], cc="MM")
AT = ["Ayeyarwady Times", "author"]
JUNTASRC = ["junta’s information team", "information team", "state media"] + JUNTA
E11 = [
    # the village's toll with the wounded two sentences later ("At least 15 people were wounded") -> killed 11,
    # injured 15..open, the wounded sentence a non-core copy; the junta names another object ("PDF terrorist
    # targets") -> a core event of its own, its "fabricated" a non-core denied copy; a township -> names and country
    E(
        True,
        "A junta fighter jet dropped two bombs on a village in Sagaing Region’s Depayin Township on Tuesday afternoon, killing 11 civilians, among them four children and a Buddhist monk",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV + ["village", "four children", "Buddhist monk", "monastery compound", "houses"],
        location=DEPAYIN,
        date=D("2025-02-18"),
        killed=R(11),
        injured=R(15, None),
        source=["local resistance official", "residents", "relief committee"] + AT,
    ),
    E(
        False,
        "At least 15 people were wounded",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV,
        location=DEPAYIN,
        date=D("2025-02-18"),
        injured=R(15, None),
        source=["relief committee", "member of the village’s relief committee"],
    ),
    E(
        True,
        "the air force had “carried out air attacks on PDF terrorist targets” in the area",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=PDF11,
        location=DEPAYIN,
        date=D("2025-02-18"),
        source=JUNTASRC,
    ),
    E(
        False,
        "reports of civilian deaths were “fabricated”",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV,
        location=DEPAYIN,
        date=D("2025-02-18"),
        source=JUNTASRC,
        status="denied",
    ),
    # a party's claim -> core, occurred, sourced to it; "on Monday night" -> both days; "wounding several others" ->
    # 3..open
    E(
        True,
        "its drone unit had struck a junta checkpoint in Madaya Township on Monday night, killing three soldiers and wounding several others",
        EXP,
        AIR,
        actor1=PDF11,
        actor2=JUNTA,
        location=MADAYA,
        date=D("2025-02-17", "2025-02-18"),
        killed=R(3),
        injured=R(3, None),
        source=["Mandalay People’s Defence Force", "MDY-PDF"],
    ),
    # an outpost overrun -> Non-state actor overtakes territory; "said on Wednesday ... after a two-day battle" ->
    # Monday to Wednesday; the captured soldiers are inside the battle (no abduction gold)
    E(
        True,
        "its fighters had overrun a junta outpost on a hill near Bhamo after a two-day battle",
        BAT,
        NSAOVER,
        actor1=KIA,
        actor2=JUNTA,
        location=BHAMO,
        date=D("2025-02-17", "2025-02-19"),
        source=["Kachin Independence Army", "KIA"],
    ),
    # "unclear whether ... junta troops or ... the pro-junta Pyu Saw Htee militia" -> both plus unknown
    E(
        True,
        "a paramotor dropped bombs on a monastery where displaced people were sheltering on Sunday, wounding six",
        EXP,
        AIR,
        actor1=JUNTA + PYU + UNK,
        actor2=CIV + ["monastery", "displaced people"],
        location=MYAING,
        date=D("2025-02-16"),
        injured=R(6),
        source=["residents of Myaing Township", "residents"],
    ),
    # "on Saturday night" -> both days
    E(
        True,
        "soldiers and police arrested at least 20 young men in Hlaing Tharyar Township during house-to-house searches on Saturday night",
        STR,
        ARRESTS,
        actor1=JUNTA + MMPOL,
        actor2=CIV + ["young men", "20 young men"],
        location=HLAING_THARYAR,
        date=D("2025-02-15", "2025-02-16"),
        source=["residents"] + AT,
    ),
    E(
        False,
        "the regime has killed more than 6,200 civilians since the February 2021 coup",
        VAC,
        ATTACK,
        actor1=JUNTA,
        actor2=CIV,
        location=MYANMAR,
        date=D("2021-02-01", "2025-02-20"),
        killed=R(6201, None),
        source=["Assistance Association for Political Prisoners", "AAPP"],
        aggregate=True,
    ),
    # no gold: the relief committee's "no resistance fighters" (inside the village's telling), "The claim could not
    # be independently verified", the KIA's siege "since December" (a state, no dated act), the 2021 coup (a date
    # reference), "Air strikes have become the military’s main weapon" (generic)
]
# the headline's copies
E11 += [
    E(False, "Junta jet bombs Depayin village, killing 11", EXP, AIR, actor1=JUNTA, actor2=CIV + ["village"],
      location=DEPAYIN, date=D("2025-02-18"), killed=R(11), source=AT),
    E(False, "KIA says it overran outpost near Bhamo", BAT, NSAOVER, actor1=KIA, actor2=JUNTA + ["outpost"],
      location=BHAMO, date=D("2025-02-17", "2025-02-19"), source=["Kachin Independence Army", "KIA"]),
]
DOCS.append(
    (
        "dev-r-11",
        "Ayeyarwady Times",
        "2025-02-20",
        "Myanmar exile independent media",
        "Myanmar: a junta jet bombs a village in Depayin Township 'on Tuesday afternoon' ('four children and a "
        "Buddhist monk', 'At least 15 people were wounded' two sentences later) with the junta's 'PDF terrorist "
        "targets' and its 'fabricated', a PDF drone claim 'on Monday night' ('wounding several others'), a KIA "
        "outpost overrun 'after a two-day battle', a paramotor flown by 'junta troops or' a pro-junta militia, "
        "conscription arrests 'on Saturday night', a tally; typographic quotes",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-r-11", "20 February 2025", "2025-02-20", "Thursday"),
    ("dev-r-11", "on Wednesday", "2025-02-19", "Wednesday"),
    ("dev-r-11", "on Tuesday afternoon", "2025-02-18", "Tuesday"),
    ("dev-r-11", "on Monday night", "2025-02-17", "Monday"),
    ("dev-r-11", "on Sunday", "2025-02-16", "Sunday"),
    ("dev-r-11", "on Saturday night", "2025-02-15", "Saturday"),
]

# =============================================================================
# dev-r-12  NGO protection alert — DR Congo/North Kivu: the Lushagala displacement site on Goma's western outskirts, Sake and Shasha in Masisi, a village about 15 km north of Oicha in Beni territory, the Bulengo site, Goma's Majengo (Tue 16 Apr 2024)
# =============================================================================
T12 = """PROTECTION ALERT - North Kivu: shells hit Goma displacement site; ADF kills nine near Oicha; looting in Sake

North Kivu Protection Network | Alert No. 07/2024 | Goma | 16 April 2024 | For humanitarian partners

Sources are graded A (verified by two or more partners) or B (one source, not yet verified).

1. GOMA, NYIRAGONGO (A) - On 14 April at around 5:30 pm, two shells fell inside the Lushagala displacement site on the western outskirts of Goma, killing five displaced people, among them three children, and wounding at least 12. The armed forces (FARDC) attributed the shells to M23 positions in the hills around Sake; M23 spokesperson Lawrence Kanyuka said the shells had been fired by "the coalition" of the army and its allied militias. Partners could not establish who fired.

2. SAKE, MASISI (B) - Fighting between M23 and the FARDC, supported by Wazalendo militias and Burundian troops, continued around Sake on 12 and 13 April. Community focal points report at least nine civilians killed by stray bullets and shells in Sake and nearby Shasha. On the night of 12 to 13 April, armed men identified by residents as Wazalendo looted shops and a health centre in Sake.

3. BENI (A) - On 13 April, ADF fighters attacked a village about 15 km north of Oicha, in Beni territory, killing nine civilians with machetes and firearms and burning 14 houses. Six residents are missing and may have been abducted.

4. BULENGO (B) - A medical partner reports that three women were raped by armed men in uniform near the Bulengo displacement site on 11 April while collecting firewood.

5. GOMA (A) - On 15 April, hundreds of young people in the Majengo neighbourhood burned tyres and threw stones at a convoy of the UN mission, MONUSCO, accusing it of failing to protect civilians. Police dispersed them with tear gas; two protesters were injured.

TRENDS - Since 1 January, the Network has documented 412 protection incidents in Nyiragongo, Masisi and Rutshuru territories, including 97 killings of civilians.

RISKS - If fighting reaches the Goma-Sake road, up to 300,000 displaced people in the sites west of Goma could be cut off from assistance.

Recommendations: partners are asked to relocate mobile clinics away from sites within range of artillery.
"""

M23 = ["M23", "March 23 Movement", "Mouvement du 23 mars", "AFC/M23", "M23 positions", "Lawrence Kanyuka"]
FARDC = ["Armed Forces of the Democratic Republic of the Congo", "FARDC", "Congolese army", "armed forces",
         "Military Forces of the Democratic Republic of Congo", "army", "the coalition", "coalition"]
WAZALENDO = ["Wazalendo", "Wazalendo militias", "allied militias", "armed men identified by residents as Wazalendo"]
BURUNDI = ["Burundian troops", "Burundi", "Military Forces of Burundi"]
ADF = ["Allied Democratic Forces", "ADF", "ADF fighters", "Islamic State Central Africa Province", "ISCAP"]
MONUSCO = ["MONUSCO", "UN mission", "convoy of the UN mission", "United Nations Organization Stabilization Mission"]
CDPOL = ["Police", "police", "Congolese National Police", "Police Forces of the Democratic Republic of Congo"]
DISPLACED = CIV + ["displaced people", "five displaced people", "Lushagala displacement site", "three children"]
# "on the western outskirts of Goma" -> Goma's point
LUSHAGALA = L(["Lushagala", "Lushagala displacement site", "western outskirts of Goma", "Goma", "Nyiragongo"],
              -1.68, 29.23, "CD")
SAKE = L(["Sake", "Saké", "Shasha", "Masisi", "hills around Sake"], -1.57, 29.04, "CD")
# "about 15 km north of Oicha" -> LKM from Oicha
OICHA_N = LKM(["north of Oicha", "Oicha", "Beni territory", "Beni"], 0.70, 29.52, 15, 0, "CD")
BULENGO = L(["Bulengo", "Bulengo displacement site", "Goma"], cc="CD")
MAJENGO = L(["Majengo", "Majengo neighbourhood", "Goma"], -1.68, 29.23, "CD")
NKIVU = L(["Nyiragongo, Masisi and Rutshuru territories", "North Kivu", "Nyiragongo", "Masisi", "Rutshuru"], cc="CD")
NKPN = ["North Kivu Protection Network", "Network", "partners", "author"]
E12 = [
    # the site's toll; the army blames the M23 and the M23 blames "the coalition", no one established -> every
    # alternative plus unknown; each blame a non-core copy with its own actor1
    E(
        True,
        "two shells fell inside the Lushagala displacement site on the western outskirts of Goma, killing five displaced people, among them three children, and wounding at least 12",
        EXP,
        SHELL,
        actor1=UNK + M23 + FARDC + WAZALENDO,
        actor2=DISPLACED,
        location=LUSHAGALA,
        date=D("2024-04-14"),
        killed=R(5),
        injured=R(12, None),
        source=NKPN,
    ),
    E(
        False,
        "The armed forces (FARDC) attributed the shells to M23 positions in the hills around Sake",
        EXP,
        SHELL,
        actor1=M23,
        actor2=DISPLACED,
        location=LUSHAGALA,
        date=D("2024-04-14"),
        source=FARDC,
    ),
    E(
        False,
        'the shells had been fired by "the coalition" of the army and its allied militias',
        EXP,
        SHELL,
        actor1=FARDC + WAZALENDO,
        actor2=DISPLACED,
        location=LUSHAGALA,
        date=D("2024-04-14"),
        source=M23 + ["M23 spokesperson"],
    ),
    # "on 12 and 13 April" -> both days; the civilians killed a sentence later in the same place -> folded in
    # (9..open), kept as a non-core copy; Shasha lies a few km from Sake -> Sake's point
    E(
        True,
        "Fighting between M23 and the FARDC, supported by Wazalendo militias and Burundian troops, continued around Sake on 12 and 13 April",
        BAT,
        CLASH,
        actor1=M23 + FARDC + WAZALENDO + BURUNDI,
        actor2=FARDC + WAZALENDO + BURUNDI + M23,
        location=SAKE,
        date=D("2024-04-12", "2024-04-13"),
        killed=R(9, None),
        source=NKPN + ["Community focal points"],
    ),
    E(
        False,
        "at least nine civilians killed by stray bullets and shells in Sake and nearby Shasha",
        BAT,
        CLASH,
        actor1=M23 + FARDC,
        actor2=CIV,
        location=SAKE,
        date=D("2024-04-12", "2024-04-13"),
        killed=R(9, None),
        source=["Community focal points", "focal points"],
    ),
    # looting with no one hurt -> Looting/property destruction; "identified by residents as Wazalendo" -> the
    # Wazalendo plus unknown; "On the night of 12 to 13 April" -> both days
    E(
        True,
        "armed men identified by residents as Wazalendo looted shops and a health centre in Sake",
        STR,
        LOOT,
        actor1=WAZALENDO + UNK + ["armed men"],
        actor2=CIV + ["shops", "health centre"],
        location=SAKE,
        date=D("2024-04-12", "2024-04-13"),
        source=["residents"] + NKPN,
    ),
    # "about 15 km north of Oicha" -> LKM; the burning is inside the attack; the missing "may have been abducted"
    # -> a non-core possible Abduction
    E(
        True,
        "ADF fighters attacked a village about 15 km north of Oicha, in Beni territory, killing nine civilians with machetes and firearms and burning 14 houses",
        VAC,
        ATTACK,
        actor1=ADF,
        actor2=CIV + ["village", "nine civilians", "houses"],
        location=OICHA_N,
        date=D("2024-04-13"),
        killed=R(9),
        source=NKPN,
    ),
    E(
        False,
        "Six residents are missing and may have been abducted",
        VAC,
        ABDUCT,
        actor1=ADF,
        actor2=CIV + ["six residents", "residents"],
        location=OICHA_N,
        date=D("2024-04-13"),
        source=NKPN,
        status="possible",
    ),
    # "armed men in uniform" -> unknown (uniform names no force); the site lies outside Goma -> names and country
    E(
        True,
        "three women were raped by armed men in uniform near the Bulengo displacement site on 11 April while collecting firewood",
        VAC,
        SEXUAL,
        actor1=UNK + ["armed men in uniform", "armed men"],
        actor2=CIV + ["three women", "women"],
        location=BULENGO,
        date=D("2024-04-11"),
        source=["medical partner"] + NKPN,
    ),
    # burning tyres and stoning a UN convoy -> Riots/Violent demonstration; "two protesters were injured" -> 2
    E(
        True,
        "hundreds of young people in the Majengo neighbourhood burned tyres and threw stones at a convoy of the UN mission, MONUSCO",
        RIOT,
        VIOLENT,
        actor1=["rioters", "young people", "hundreds of young people"] + PROTESTERS,
        actor2=MONUSCO + CDPOL,
        location=MAJENGO,
        date=D("2024-04-15"),
        injured=R(2),
        source=NKPN,
    ),
    E(
        False,
        "the Network has documented 412 protection incidents in Nyiragongo, Masisi and Rutshuru territories, including 97 killings of civilians",
        VAC,
        ATTACK,
        actor1=M23 + FARDC + WAZALENDO + UNK,
        actor2=CIV,
        location=NKIVU,
        date=D("2024-01-01", "2024-04-16"),
        killed=R(97),
        source=NKPN,
        aggregate=True,
    ),
    # the Network's conditional -> hypothetical
    E(
        False,
        "If fighting reaches the Goma-Sake road, up to 300,000 displaced people in the sites west of Goma could be cut off from assistance",
        BAT,
        CLASH,
        actor1=M23 + FARDC,
        actor2=FARDC + M23 + CIV,
        location=L(["Goma-Sake road", "Goma", "Sake"], cc="CD"),
        source=NKPN,
        status="hypothetical",
    ),
    # no gold: the grading note, "Partners could not establish who fired", the police's tear gas (inside the
    # riot), the recommendations
]
# the headline's copies
E12 += [
    E(False, "shells hit Goma displacement site", EXP, SHELL, actor1=UNK + M23 + FARDC, actor2=DISPLACED,
      location=LUSHAGALA, date=D("2024-04-14"), source=NKPN),
    E(False, "ADF kills nine near Oicha", VAC, ATTACK, actor1=ADF, actor2=CIV, location=OICHA_N,
      date=D("2024-04-13"), killed=R(9), source=NKPN),
    E(False, "looting in Sake", STR, LOOT, actor1=WAZALENDO + UNK, actor2=CIV + ["shops"], location=SAKE,
      date=D("2024-04-12", "2024-04-13"), source=NKPN),
]
DOCS.append(
    (
        "dev-r-12",
        "North Kivu Protection Network (alert)",
        "2024-04-16",
        "NGO protection alert",
        "DR Congo/North Kivu: shells on a displacement site 'on the western outskirts of Goma' blamed by each side on "
        "the other ('Partners could not establish who fired'), fighting around Sake 'on 12 and 13 April' with 'at "
        "least nine civilians killed' a sentence later, looting 'On the night of 12 to 13 April', an ADF attack 'about "
        "15 km north of Oicha' with the missing who 'may have been abducted', rapes by 'armed men in uniform', a riot "
        "against a UN convoy, a count, a conditional; sources graded A/B",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-r-12", "16 April 2024", "2024-04-16", "Tuesday"),
]

# =============================================================================
# dev-r-13  wire service — Somalia: Mogadishu's Dharkenley and Heliwaa districts, the Halane base camp by Aden Adde airport, Sabiid near Afgooye in Lower Shabelle, the Cal Miskaad mountains south-east of Bosaso, near Dhusamareb in Galmudug (Mon 16 Feb 2026)
# =============================================================================
T13 = """Suicide bomber kills 21 at Mogadishu police recruitment centre; al-Shabaab claims attack

MOGADISHU, Feb 16 (Horn Wire) - A suicide bomber blew himself up among young men queuing outside a police recruitment centre in Mogadishu's Dharkenley district on Monday morning, killing at least 13 people, a police officer at the scene told Horn Wire. Hours later, a doctor at Madina hospital put the toll at 21, most of them recruits, and said 30 others were being treated for their wounds.

Al-Shabaab said in a statement on its Radio Andalus that one of its fighters had carried out the attack, killing "47 apostate soldiers". The group often inflates its figures.

The National Intelligence and Security Agency (NISA) said on Monday afternoon that it had arrested three men suspected of helping the bomber in raids in the Heliwaa district.

Late on Sunday, several mortar rounds landed near the Halane base camp beside Aden Adde international airport, which houses the African Union Support and Stabilisation Mission in Somalia (AUSSOM), UN agencies and several embassies. AUSSOM said there were no casualties. Al-Shabaab, which has shelled the compound before, did not comment.

In Lower Shabelle, Somali army troops backed by Ugandan AUSSOM forces retook the village of Sabiid, near Afgooye, from al-Shabaab on Saturday after a day of fighting, the defence ministry said, adding that "more than 30 terrorists" had been killed. Two soldiers died, a local commander told Horn Wire.

US Africa Command (AFRICOM) said it had carried out an air strike against ISIS-Somalia in the Cal Miskaad mountains, south-east of Bosaso, in Puntland's Bari region, on Friday, in coordination with the Federal Government of Somalia. Its initial assessment was that no civilians were harmed.

In Galmudug state, clashes between two clan militias over grazing land and water near Dhusamareb killed seven people on Sunday, elders said. Traditional leaders were trying to broker a truce.

Al-Shabaab has been fighting the federal government for nearly two decades. In its statement, the group vowed to keep targeting "anyone who joins the apostate forces".
"""

SHABAAB = ["al-Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab", "suicide bomber", "bomber",
           "Radio Andalus", "terrorists"]
SOMGOV = ["Somali army", "Somali National Army", "SNA", "Somali army troops", "Military Forces of Somalia",
          "Federal Government of Somalia", "federal government", "soldiers", "defence ministry", "apostate forces",
          "apostate soldiers"]
SOMPOL = ["Somali Police Force", "Police Forces of Somalia", "police", "police recruitment centre", "recruits"]
NISA = ["National Intelligence and Security Agency", "NISA"]
AUSSOM = ["African Union Support and Stabilisation Mission in Somalia", "AUSSOM", "Ugandan AUSSOM forces",
          "Uganda People's Defence Force", "UPDF", "Halane base camp", "UN agencies", "embassies"]
ISSOM = ["ISIS-Somalia", "Islamic State Somalia", "Islamic State Somalia Province", "Islamic State"]
AFRICOM = ["US Africa Command", "AFRICOM"] + USA
CLANS = ["clan militias", "two clan militias", "clan militia", "Clan Militia"]
MOGADISHU = L(["Mogadishu", "Dharkenley", "Dharkenley district", "police recruitment centre"], 2.04, 45.34, "SO")
HELIWAA = L(["Heliwaa", "Heliwaa district", "Mogadishu"], 2.04, 45.34, "SO")
HALANE = L(["Halane base camp", "Halane", "Aden Adde international airport", "Aden Adde", "Mogadishu"], 2.01, 45.30,
           "SO")
# "near Afgooye" -> Afgooye's point
SABIID = L(["Sabiid", "village of Sabiid", "Afgooye", "Afgoye", "Lower Shabelle"], 2.14, 45.12, "SO")
# the Cal Miskaad range lies far from Bosaso ("south-east of Bosaso", no distance) -> names and country
CAL_MISKAAD = L(["Cal Miskaad", "Cal Miskaad mountains", "south-east of Bosaso", "Bosaso", "Bari region",
                 "Puntland"], cc="SO")
DHUSAMAREB = L(["Dhusamareb", "Dhuusamarreeb", "near Dhusamareb", "Galmudug", "Galmudug state"], 5.54, 46.39, "SO")
SOMALIA = L(["Somalia"], cc="SO")
HW = ["Horn Wire", "author"]
E13 = [
    # a bomber on foot -> Suicide bomb; the toll "at least 13", raised "Hours later" to 21 -> 13..open (the rule
    # for "at least N" then a higher figure), the doctor's figures a non-core copy, the headline too; the claim ->
    # al-Shabaab; young men queuing at a police recruitment centre -> civilians and the police
    E(
        True,
        "A suicide bomber blew himself up among young men queuing outside a police recruitment centre in Mogadishu's Dharkenley district on Monday morning, killing at least 13 people",
        EXP,
        SUICIDE,
        actor1=SHABAAB,
        actor2=CIV + SOMPOL + ["young men", "people"],
        location=MOGADISHU,
        date=D("2026-02-16"),
        killed=R(13, None),
        injured=R(30),
        source=["police officer", "doctor at Madina hospital", "Madina hospital"] + HW,
    ),
    E(
        False,
        "a doctor at Madina hospital put the toll at 21, most of them recruits, and said 30 others were being treated for their wounds",
        EXP,
        SUICIDE,
        actor1=SHABAAB,
        actor2=CIV + SOMPOL,
        location=MOGADISHU,
        date=D("2026-02-16"),
        killed=R(21),
        injured=R(30),
        source=["doctor at Madina hospital", "Madina hospital", "doctor"],
    ),
    E(
        False,
        "Suicide bomber kills 21 at Mogadishu police recruitment centre",
        EXP,
        SUICIDE,
        actor1=SHABAAB,
        actor2=CIV + SOMPOL,
        location=MOGADISHU,
        date=D("2026-02-16"),
        killed=R(21),
        source=HW,
    ),
    # the claimant's own version with its own number and its own target ("apostate soldiers") -> a core event of
    # its own
    E(
        True,
        'one of its fighters had carried out the attack, killing "47 apostate soldiers"',
        EXP,
        SUICIDE,
        actor1=SHABAAB,
        actor2=SOMGOV + SOMPOL,
        location=MOGADISHU,
        date=D("2026-02-16"),
        killed=R(47),
        source=["Al-Shabaab", "Radio Andalus"],
    ),
    # "said on Monday afternoon" -> Monday (the bombing was that morning)
    E(
        True,
        "it had arrested three men suspected of helping the bomber in raids in the Heliwaa district",
        STR,
        ARRESTS,
        actor1=NISA,
        actor2=SHABAAB + ["three men", "suspects"],
        location=HELIWAA,
        date=D("2026-02-16"),
        source=NISA,
    ),
    # "Late on Sunday" -> Sunday; "there were no casualties" -> killed and injured 0..0; no claim, the text points
    # at al-Shabaab's past -> al-Shabaab plus unknown
    E(
        True,
        "several mortar rounds landed near the Halane base camp beside Aden Adde international airport",
        EXP,
        SHELL,
        actor1=UNK + SHABAAB,
        actor2=AUSSOM + ["UN agencies", "embassies"],
        location=HALANE,
        date=D("2026-02-15"),
        killed=R(0),
        injured=R(0),
        source=["AUSSOM"] + HW,
    ),
    # a village retaken -> Government regains territory; the ministry's "more than 30 terrorists" and the
    # commander's two soldiers a sentence later (both sides told) -> 31 + 2 = 33..open
    E(
        True,
        "Somali army troops backed by Ugandan AUSSOM forces retook the village of Sabiid, near Afgooye, from al-Shabaab on Saturday after a day of fighting",
        BAT,
        GOVREGAIN,
        actor1=SOMGOV + AUSSOM,
        actor2=SHABAAB,
        location=SABIID,
        date=D("2026-02-14"),
        killed=R(33, None),
        source=["defence ministry", "Somali defence ministry", "local commander"] + HW,
    ),
    # "no civilians were harmed" covers one group -> no number field
    E(
        True,
        "it had carried out an air strike against ISIS-Somalia in the Cal Miskaad mountains, south-east of Bosaso, in Puntland's Bari region, on Friday",
        EXP,
        AIR,
        actor1=AFRICOM,
        actor2=ISSOM,
        location=CAL_MISKAAD,
        date=D("2026-02-13"),
        source=["US Africa Command", "AFRICOM"],
    ),
    # two clan militias -> Battles between identity militias; both sides' dead in one figure -> exact
    E(
        True,
        "clashes between two clan militias over grazing land and water near Dhusamareb killed seven people on Sunday",
        BAT,
        CLASH,
        actor1=CLANS,
        actor2=CLANS,
        location=DHUSAMAREB,
        date=D("2026-02-15"),
        killed=R(7),
        source=["elders"] + HW,
    ),
    # two decades of war -> aggregate (no dated range beyond the text's "nearly two decades")
    E(
        False,
        "Al-Shabaab has been fighting the federal government for nearly two decades",
        BAT,
        CLASH,
        actor1=SHABAAB,
        actor2=SOMGOV,
        location=SOMALIA,
        source=HW,
        aggregate=True,
    ),
    # the group's vow -> planned
    E(
        False,
        'the group vowed to keep targeting "anyone who joins the apostate forces"',
        VAC,
        ATTACK,
        actor1=SHABAAB,
        actor2=CIV + SOMGOV + ["anyone who joins the apostate forces"],
        location=SOMALIA,
        source=["Al-Shabaab"],
        status="planned",
    ),
    # no gold: "The group often inflates its figures", "has shelled the compound before" (generic), the AUSSOM
    # mandate, the elders' truce efforts (no agreement yet)
]
# the headline's copy of the claim
E13.append(E(False, "al-Shabaab claims attack", EXP, SUICIDE, actor1=SHABAAB, actor2=SOMGOV + SOMPOL,
             location=MOGADISHU, date=D("2026-02-16"), source=HW + ["Al-Shabaab"]))
DOCS.append(
    (
        "dev-r-13",
        "Horn Wire",
        "2026-02-16",
        "wire service",
        "Somalia: a suicide bombing at a police recruitment centre with 'at least 13' raised 'Hours later' to 21 and "
        "al-Shabaab's '47 apostate soldiers', arrests, mortar rounds by the airport 'Late on Sunday' ('no "
        "casualties'), a village retaken 'near Afgooye' with each side's dead from a different source, an AFRICOM "
        "strike 'south-east of Bosaso' ('no civilians were harmed'), a clan clash, two decades of war, a vow",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-r-13", "Feb 16 / on Monday morning / on Monday afternoon", "2026-02-16", "Monday"),
    ("dev-r-13", "Late on Sunday / on Sunday", "2026-02-15", "Sunday"),
    ("dev-r-13", "on Saturday", "2026-02-14", "Saturday"),
    ("dev-r-13", "on Friday", "2026-02-13", "Friday"),
]

# =============================================================================
# dev-r-14  Haitian local newspaper — Haiti: Port-au-Prince's Solino and Village de Dieu, Pétion-Ville, National Road 1 near Cabaret (Fri 28 Mar 2025)
# =============================================================================
T14 = """Gangs torch Solino homes; lynch mob kills two in Pétion-Ville as violence spreads

Port-au-Prince Post | Local news | Friday, March 28, 2025

PORT-AU-PRINCE - Armed members of the Viv Ansanm gang coalition stormed the Solino neighbourhood overnight Wednesday to Thursday, setting fire to at least 15 houses and killing four residents, among them an elderly woman who could not escape her burning home, residents told the Post. Hundreds of families fled towards Delmas.

On Thursday afternoon, a joint operation of the Haitian National Police (PNH) and the Kenyan-led Multinational Security Support mission (MSS) pushed into Solino with armoured vehicles. A police spokesman said "several bandits" were killed in the fighting and that one officer was wounded.

On Tuesday, explosive drones operated by a government task force struck what the Prime Minister's office called "a gang command post" in Village de Dieu, in the downtown area, without giving a toll. Residents said the strike destroyed a house and wounded two children.

In Pétion-Ville, residents beat and burned to death two young men they accused of scouting for gangs on Wednesday morning, in what has become known as "bwa kale" vigilante justice. Police arrived after the bodies had been set on fire, a witness said.

Gang members kidnapped about ten passengers from a bus on National Road 1 near Cabaret on Monday, the bus company said. Relatives said the kidnappers were demanding ransom.

On Wednesday afternoon, several hundred people marched through Pétion-Ville to demand security. Police fired tear gas when some of them tried to reach the Prime Minister's office.

"We live like prisoners in our own city," said Marie-Lourdes, a mother of three who fled Solino with her children.

According to the United Nations, more than 1,500 people were killed across Haiti between January and mid-March.

Viv Ansanm leader Jimmy "Barbecue" Chérizier said in a video on Thursday that his fighters would "take" Pétion-Ville "in the coming days".
"""

VIVANSANM = ["Viv Ansanm", "Viv Ansanm gang coalition", "gangs", "gang members", "bandits", "Jimmy Chérizier",
             "Barbecue", "gang command post", "gang"]
PNH = ["Haitian National Police", "PNH", "Police Forces of Haiti", "police", "officer", "police spokesman"]
MSS = ["Multinational Security Support mission", "MSS", "Kenyan-led Multinational Security Support mission",
       "Kenyan police"]
TASKFORCE = ["government task force", "task force", "Haitian government", "Government of Haiti",
             "Prime Minister's office"] + PNH
SOLINO = L(["Solino", "Solino neighbourhood", "Port-au-Prince"], 18.54, -72.34, "HT")
VILLAGE_DIEU = L(["Village de Dieu", "downtown area", "Port-au-Prince"], 18.54, -72.34, "HT")
PETIONVILLE = L(["Pétion-Ville", "Petion-Ville", "Petionville"], 18.51, -72.29, "HT")
CABARET = L(["Cabaret", "National Road 1", "RN1"], 18.73, -72.42, "HT")
HAITI = L(["Haiti"], cc="HT")
PAPP = ["Port-au-Prince Post", "the Post", "author"]
E14 = [
    # gangs attacking residents -> Violence against civilians; the arson inside; "overnight Wednesday to Thursday"
    # -> both days; "killing four residents, among them an elderly woman" -> 4
    E(
        True,
        "Armed members of the Viv Ansanm gang coalition stormed the Solino neighbourhood overnight Wednesday to Thursday, setting fire to at least 15 houses and killing four residents",
        VAC,
        ATTACK,
        actor1=VIVANSANM,
        actor2=CIV + ["residents", "four residents", "elderly woman", "houses"],
        location=SOLINO,
        date=D("2025-03-26", "2025-03-27"),
        killed=R(4),
        source=["residents"] + PAPP,
    ),
    E(
        False,
        "Gangs torch Solino homes",
        VAC,
        ATTACK,
        actor1=VIVANSANM,
        actor2=CIV + ["homes"],
        location=SOLINO,
        date=D("2025-03-26", "2025-03-27"),
        source=PAPP,
    ),
    # the police's counter-push -> Battles; the gangs' "several" dead and one officer wounded (one side each) ->
    # killed 3..open, injured 1..open, both told a sentence later
    E(
        True,
        "a joint operation of the Haitian National Police (PNH) and the Kenyan-led Multinational Security Support mission (MSS) pushed into Solino with armoured vehicles",
        BAT,
        CLASH,
        actor1=PNH + MSS + VIVANSANM,
        actor2=VIVANSANM + PNH + MSS,
        location=SOLINO,
        date=D("2025-03-27"),
        killed=R(3, None),
        injured=R(1, None),
        source=["police spokesman", "police"] + PAPP,
    ),
    # one drone strike, two objects ("a gang command post" / a house, two children hurt) -> one core event per
    # version
    E(
        True,
        'explosive drones operated by a government task force struck what the Prime Minister\'s office called "a gang command post" in Village de Dieu',
        EXP,
        AIR,
        actor1=TASKFORCE,
        actor2=VIVANSANM,
        location=VILLAGE_DIEU,
        date=D("2025-03-25"),
        source=["Prime Minister's office"] + PAPP,
    ),
    E(
        True,
        "the strike destroyed a house and wounded two children",
        EXP,
        AIR,
        actor1=TASKFORCE,
        actor2=CIV + ["house", "two children", "children"],
        location=VILLAGE_DIEU,
        date=D("2025-03-25"),
        injured=R(2),
        source=["Residents", "residents"],
    ),
    # a crowd killing suspects -> Riots/Mob violence
    E(
        True,
        "residents beat and burned to death two young men they accused of scouting for gangs on Wednesday morning",
        RIOT,
        MOB,
        actor1=["residents", "lynch mob", "mob", "vigilantes", "bwa kale"],
        actor2=CIV + ["two young men", "young men"],
        location=PETIONVILLE,
        date=D("2025-03-26"),
        killed=R(2),
        source=PAPP + ["witness"],
    ),
    E(
        False,
        "lynch mob kills two in Pétion-Ville",
        RIOT,
        MOB,
        actor1=["lynch mob", "mob"],
        actor2=CIV,
        location=PETIONVILLE,
        date=D("2025-03-26"),
        killed=R(2),
        source=PAPP,
    ),
    # abductees are no casualties ("about ten" -> no number field)
    E(
        True,
        "Gang members kidnapped about ten passengers from a bus on National Road 1 near Cabaret on Monday",
        VAC,
        ABDUCT,
        actor1=VIVANSANM + UNK,
        actor2=CIV + ["passengers", "bus"],
        location=CABARET,
        date=D("2025-03-24"),
        source=["bus company"] + PAPP,
    ),
    # a march met with tear gas -> Protest with intervention
    E(
        True,
        "several hundred people marched through Pétion-Ville to demand security",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(PNH + ["several hundred people"]),
        location=PETIONVILLE,
        date=D("2025-03-26"),
        source=PAPP,
    ),
    E(
        False,
        "more than 1,500 people were killed across Haiti between January and mid-March",
        VAC,
        ATTACK,
        actor1=VIVANSANM + PNH + ["vigilantes"],
        actor2=CIV,
        location=HAITI,
        date=D("2025-01-01", "2025-03-28"),
        killed=R(1501, None),
        source=["United Nations", "the UN"],
        aggregate=True,
    ),
    # the gang leader's threat -> planned
    E(
        False,
        'his fighters would "take" Pétion-Ville "in the coming days"',
        BAT,
        NSAOVER,
        actor1=VIVANSANM,
        actor2=PNH,
        location=PETIONVILLE,
        source=["Jimmy Chérizier", "Barbecue", "Viv Ansanm leader"] + VIVANSANM,
        status="planned",
    ),
    # no gold: the families' flight (no act), "without giving a toll", "Police arrived after the bodies had been set
    # on fire", the ransom demand, "We live like prisoners in our own city" (a metaphor)
]
DOCS.append(
    (
        "dev-r-14",
        "Port-au-Prince Post",
        "2025-03-28",
        "Haitian local newspaper",
        "Haiti/Port-au-Prince: a gang attack on Solino 'overnight Wednesday to Thursday' ('among them an elderly "
        "woman'), the police and MSS push with 'several bandits' killed and an officer wounded a sentence later, a "
        "drone strike told as 'a gang command post' and as a house with two children hurt, a lynching ('bwa kale'), "
        "a bus kidnapping ('about ten passengers'), a march met with tear gas, a UN toll, a gang leader's threat, a "
        "metaphor",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-r-14", "Friday, March 28, 2025", "2025-03-28", "Friday"),
    ("dev-r-14", "overnight Wednesday to Thursday (end) / On Thursday afternoon / on Thursday", "2025-03-27",
     "Thursday"),
    ("dev-r-14", "overnight Wednesday to Thursday (start) / on Wednesday morning / On Wednesday afternoon",
     "2025-03-26", "Wednesday"),
    ("dev-r-14", "On Tuesday", "2025-03-25", "Tuesday"),
    ("dev-r-14", "on Monday", "2025-03-24", "Monday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_r", check_r, strip_text=True)


if __name__ == "__main__":
    main()
