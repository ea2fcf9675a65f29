"""Writes dev_w.gold.jsonl: fourteen development articles, nine from the Middle East - Syria's Latakia/Jableh coast and
the Alawite mountain villages (the mountain road east of Jableh, Jableh's northern checkpoint, Beit Yashout and
al-Daliyeh, al-Qutailbiyah; Baniyas as background), Syria's Raqqa and the Euphrates (Tabqa and its dam, Maadan and the
villages east of it; Raqqa as background), Iraq's Nineveh plains and Sinjar (Sinune, the Zilkan base north of Bashiqa,
Bartella), Iraq's Salahuddin (the Mutaibijah basin, an orchard north-east of Samarra, the Samarra-Dujail road, al-Dour,
Tuz Khurmatu), Lebanon's Bekaa and Hermel (Brital, Qusaya, Hermel, Baalbek), the northern West Bank (the Far'a camp,
Tammun, Tubas, Nablus's Balata camp), Yemen's Marib and al-Bayda (the Kofal area by Sirwah, Marib city, Rahabah, Radaa,
the Qayfa area, the Marib-Safer road), the Jordanian-Syrian border (Umm al-Rumman in Suwayda province, the desert north
of Ruwaished, the Jaber crossing, north of Mafraq) and the Red Sea / Gulf of Aden shipping lanes (a tanker south-west of
Mokha, a skiff south-east of Aden, a drone west of Mokha) - and five from elsewhere - Mali's Mopti region (a village
north of Djenné, Kouakourou, the Sévaré-Bandiagara road, Bandiagara, Sévaré; Ogossagou as background), DR Congo's
Ituri (a displacement site north of Fataki, Largu, Djugu centre, Bunia, the Bunia-Fataki road; Plaine Savo as
background), Myanmar's Rakhine (the Sittwe-Ponnagyun road, Kyein Chaung by Maungdaw, Buthidaung, Pauktaw and Sittwe
townships), Haiti's Artibonite (Liancourt, Pont-Sondé, Saint-Marc) and Mozambique's Cabo Delgado (Ancuabe district,
south of Macomia, Mocímboa da Praia; Palma as background) - published 2024-2026, written for this project in our own
words, with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice and layout per article, the outlet kinds differing from each other and from dev_r's: (1) a partisan outlet
of the Syrian government's side (loaded epithets: "the terrorist militias of the defunct regime's remnants", "a
treacherous drone", "martyring three of our heroes"); (2) a newspaper weekend feature with background history; (3) a
local TV news transcript (anchor and correspondent); (4) an interior-ministry statement; (5) a question-and-answer press
briefing transcript ("SPOKESMAN:" / "Q:") where the spokesman says "we struck"; (6) a live blog with timestamps and a
correction of an earlier entry; (7) a monthly "security incidents" digest in prose lines; (8) a government rebuttal of
a foreign report; (9) a shipping security advisory with UTC times, nautical-mile positions and a bearing; (10) a
human-rights NGO urgent appeal; (11) a UN agency flash update; (12) an armed group's statement claiming
responsibility; (13) a wire story whose toll is raised hours later after other events are told in between; (14) an
opinion column that mentions real and recent events among opinion. The set is rich in what coders find hard - counts
in words and figures, "shot dead" beside "shot and wounded", ranges ("between seven and ten"), "at least", "dozens",
"several", kin and ages, tolls told a sentence later, revised or corrected, "neutralised" and "eliminated" tallies,
relative dates ("Hours later", "the day before the ambush", "overnight", "Last night", "last week", "this week",
"Earlier this month", "Late last month", "Last Tuesday", "Two days later") and relative places ("about 8 km east of
Jableh", "25NM south-west of Mokha", "on the outskirts of the town"), attribution chains ("the SDF's media centre said,
citing its field commanders", "Kurdish media, citing a YBS statement"), uncertain perpetrators ("either Islamic State
cells ... or men from a clan", "either by an Iran-aligned faction or by PKK sympathisers", "by the Gran Grif gang ...
by the allied Kokorat San Ras gang, or by both"), denials, claims, plans, threats, conditionals, rumours, aggregates,
background and metaphors (non-events).
The incidents are invented or composite, with invented names of people, outlets, one displacement site and one ship;
the gold encodes what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450
words; check_w below adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_w.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it dev_q to dev_c), kept unchanged - among them
"No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only, "no civilians were hurt"
(one group) -> no number field; "dozens" 24..open; "several" 3..open; "at least N" N..open; "more than N" N+1..open;
one side's count in a clash -> N..open, both sides told -> exact; a toll told later or revised -> folded into the core
event, the other figures non-core copies ("at least 13" raised to 21 -> 13..open); "N km <direction> of X" -> LKM;
"on the outskirts of Y" and "<direction> of Y" without a distance -> Y's point; countrysides, districts, townships,
fronts, areas, basins, border areas and long roads between towns -> names and country; "overnight" / "last night" /
"on X night" -> both days; "last week" -> Monday to Sunday; "said on <day> that ... had" -> from the incident to that
day; uncertain or blamed perpetrators -> every alternative plus unknown; a party's claim -> core, occurred, sourced to
it; another object named by the other side -> one core event per version; the same object told two ways -> one core
event, the other telling a non-core copy; two tolls by two sources -> one core event per version; Turkish
"neutralised" -> no number field; a body count -> a killed count; headlines that state an event -> non-core copies;
denials, plans, threats, conditionals, aggregates and background -> non-core; a raid as such -> no gold beyond its
strikes, arrests and defused devices; abductees and captives are no casualties.
Added or made explicit here:
- "causing only material damage" -> killed and injured 0..0 (it states that no one was hurt); "No damage" -> no number
  field; "The crew are reported safe" (one group, the skiff's men unknown) -> no number field; "No injuries were
  reported at that time" -> injured 0..0 on the event told at that time.
- "neutralised" in any army's mouth (Malian, Mozambican), like the Turkish -> no number field; the Israeli army's
  "eliminated" (one operative) -> killed 1, as dev_r's "eliminated several" -> killed.
- Both sides' dead told (three of ours, one attacker; two attackers, one policeman; 27 enemy, three comrades; six
  militiamen, two soldiers) -> the exact sum; the wounded told for one side only -> N..open; "Four smugglers were
  killed and several others wounded" plus "One of our soldiers was lightly wounded", with the army's denial that any
  soldier died -> killed 4..4, injured 3+1 = 4..open; "several bandits" killed plus one officer -> 4..open; each side's
  wounded from a different source (a security source's two soldiers, Kurdish media's one YBS fighter) -> summed, 3..3.
- "three tribesmen and an unknown number of Houthi fighters killed" -> 3..open; "between seven and ten" -> 7..10;
  "some 160" -> 160..160; "more than 60" -> 61..open; "killed and enslaved thousands" (background) -> no number field.
- A toll corrected downward in a live blog ("three people were killed", then CORRECTION: two killed, a third
  critically wounded) -> the core takes the corrected figures (killed 2, injured 1); the superseded entry and the
  correction's restatement are non-core copies with their own figures. A toll raised ("at least 23" -> 31; "at least
  14" -> 26) -> N..open on the core, as dev_r, the later figures non-core copies.
- A live-blog entry whose whole subject is an unverified report ("Unconfirmed reports ... We have not been able to
  verify this") -> core, status possible (the text's own subject is a specific unconfirmed event).
- A killing that "fabricated claims" pin on one side and the outlet's source pins on the other -> the source's version
  core (the blamed side plus unknown), the rejected version a non-core denied event sourced to the denier; a foreign
  report's figures that a government rebuts (a family of six, three soldiers) -> kept on the non-core denied events,
  the government's own telling of the same strike or clash the core.
- Questions in a briefing transcript that state an event and its source ("The Lebanese Health Ministry says ...",
  "according to Damascus ...", "Hezbollah says ...") -> events sourced to that source (core when specific); the
  spokesman's "That is simply false. No drone was lost." -> a non-core denied copy; a second dead man reported by
  Lebanese media for a strike the army tells with one -> one core event per version (two tolls by two sources).
- The army's communiqué "Two days later" that it "neutralised 17 terrorists" in an operation in the same area as the
  witnesses' executions -> a core Battles/Armed clash event of its own (another object named), dated from the
  executions to the communiqué.
- A weapons depot seized in a sweep -> Strategic developments/Disrupted weapons use (ACLED counts significant
  seizures), core; an undated sentence inside a dated paragraph takes that paragraph's day; "In the same period" in
  a ministry statement -> the statement's window (the earliest dated incident to publication).
- Bulldozers tearing up a camp's main street and water network, houses blown up by an armed group -> Strategic
  developments/Looting/property destruction, core ("No casualties reported" -> 0..0).
- Men stopped "for an identity check" and released, told only to rebut a kidnapping story -> a non-core Arrests event.
- "Three men arrested by soldiers ... are still missing" -> Strategic developments/Arrests (the act told), core; an
  armed group's police arresting "spies" in territory it administers -> Arrests with the group as actor1.
- A rally after a funeral with political demands -> Protests/Peaceful protest; a road blocked by clansmen whom
  fighters disperse by firing into the air ("no one was hurt") -> Protest with intervention, killed and injured 0..0;
  a march met with tear gas and rubber-coated bullets, four hurt -> Protest with intervention (no lethal force),
  injured 4; "Police dispersed the crowd with tear gas; no injuries were reported" -> injured 0..0 only.
- An uncrewed surface vessel (drone boat) hitting a ship -> Explosions/Remote violence/Remote explosive/landmine/IED;
  projectiles on one ship in one morning -> one Shelling/artillery/missile attack event, the earlier explosion in the
  water a non-core copy; the Houthi claim naming the same ship and weapons -> a non-core copy (the same object told
  two ways); a skiff firing on a bulk carrier and the embarked armed guards returning fire -> Battles/Armed clash;
  a drone shot down by a warship -> Disrupted weapons use.
- Nautical miles are converted at 1.852 km for LKM; a point at sea gets no country.
- A missile "fired from Houthi-held areas" or a drone with no launcher named in a Houthi-front digest -> the Houthis
  plus unknown; a Malian drone strike with no shooter named where the text frames the army ("The army has not
  commented") -> unknown plus the army; "Gunmen also ..." with no group named -> unknown.
- An AQAP claim marked "(U)" (unverified) in a digest -> core, occurred, sourced to AQAP (a party's claim).
- Dates: "Hours later" than "at dawn on Tuesday" -> Tuesday; "the day before the ambush" -> the day before its date;
  "Earlier this month" -> the 1st of the month to publication; "this week" -> Monday of the publication week to
  publication; "Late last month" -> the 21st to the last day of the previous month; "Last Tuesday" in a Sunday
  column -> the most recent Tuesday; "Last week of the month" in a monthly digest -> its Monday to the month's last
  day; "Since the ceasefire took effect in November" (year unstated, the 2024 ceasefire) -> from 1 November 2024;
  background told by year or month only -> that year or month ("months after seizing Raqqa" in a 2014 sentence ->
  2013-2014; "Eight years after" in 2025 -> 2017).
- Places: a village named only as "north of Maungdaw" -> Maungdaw's point; a base "north of Bashiqa" -> Bashiqa's
  point; "about 3 km south of Tubas" (Tammun) -> LKM, which falls on Tammun; a village near the Syrian-Jordanian
  border in Suwayda province -> names and country.
- A forecast ("Humanitarian actors fear further reprisal attacks ...", "the cycle of reprisals ... will only widen",
  "if the strikes continue, the district could slide back into chaos") -> hypothetical; rumoured preparations ("there
  is talk in Pemba that the insurgents are preparing to attack") -> planned, non-core; an agreement signed in March
  and not yet carried out -> a non-core background Agreement dated to that month.
- Displacement, evacuations, a blockade of roads, rules of engagement, a launch pad found, aid and recommendations ->
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
    NSAOVER,
    PEACEFUL,
    PRO,
    PROTEST_SIDES,
    PROTESTERS,
    SHELL,
    STR,
    UNK,
    VAC,
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
check_w = windowed_check("2024-01-01", "2026-11-30", min_words=250)

NM = 1.852  # km in a nautical mile


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
USA = ["United States", "US forces", "U.S. forces", "US military", "U.S. military", "American",
       "Military Forces of the United States"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
SYGOV = ["Syrian government", "Government of Syria", "Syrian army", "Military Forces of Syria", "Syrian regime",
         "Syrian Arab Army"]
JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda",
        "jihadists"]
FARDC = ["Armed Forces of the Democratic Republic of the Congo", "FARDC", "Congolese army",
         "Military Forces of the Democratic Republic of Congo"]
MONUSCO = ["MONUSCO", "UN mission", "United Nations Organization Stabilization Mission", "UN peacekeepers"]
JUNTA = ["Myanmar military", "Tatmadaw", "junta", "Military Forces of Myanmar", "State Administration Council",
         "SAC", "regime", "military council"]
PNH = ["Haitian National Police", "PNH", "Police Forces of Haiti", "police", "police officer", "police spokesman"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-w-01  partisan outlet of the Syrian government's side - Syria's coast: the mountain road about 8 km east of
# Jableh, Jableh's northern entrance, Beit Yashout and al-Daliyeh in the Jableh countryside, al-Qutailbiyah; Jableh
# to Baniyas as background (Thu 16 Oct 2025)
# =============================================================================
T01 = """Treacherous ambush near Jableh martyrs three General Security heroes; 14 outlaws arrested in mountain sweep

Al-Sahel al-Jadid | Latakia | Thursday 16 October 2025

LATAKIA - The terrorist militias of the defunct regime's remnants carried out a treacherous ambush at dawn on Tuesday on a General Security patrol on the mountain road about 8 km east of Jableh, martyring three of our heroes and wounding two others, a security source told Al-Sahel al-Jadid.

The heroes of the patrol returned fire and killed one of the attackers, the source said, while the rest of the cowardly gang fled into the forests of the Alawite mountains like rats into their holes.

Hours later, a treacherous drone loaded with explosives struck the General Security checkpoint at the northern entrance of Jableh, causing only material damage.

On Wednesday, our forces launched a wide combing campaign in the villages of Beit Yashout and al-Daliyeh, in the Jableh countryside, arresting 14 outlaws, among them the leader of the cell behind the ambush. A weapons depot holding rocket-propelled grenades, two drones and more than 40,000 rounds of ammunition was seized in a cave outside al-Daliyeh.

Sedition-mongering pages run from abroad have spread fabricated claims that security personnel executed four young men, two of them brothers, in the village of al-Qutailbiyah the day before the ambush. A source in the Latakia Security Directorate said the four were in fact shot dead by remnant gunmen who wanted to ignite strife between the people of the coast and their state, and that an investigation has been opened.

Thousands of the people of Jableh rallied in the city's main square on Wednesday evening after the funeral of the three martyrs, raising the flag of the revolution and demanding that the state strike the remnants with an iron fist.

Since the beginning of October, nine members of General Security have been martyred in attacks by the remnants in Latakia and Tartus provinces, according to the Interior Ministry, which vowed that the criminals "will not escape the hand of justice".

The coast has not forgotten March, when the remnant militias launched coordinated attacks on security posts from Jableh to Baniyas before the state crushed their rebellion within days. Those who dream of bringing back the days of the tyrant are chasing a mirage.
"""

REMN01 = ["remnants of the former regime", "defunct regime's remnants", "regime remnants", "remnants",
          "remnant militias", "terrorist militias", "Assad loyalists", "loyalist insurgents", "loyalist militias",
          "remnant gunmen", "attackers", "cowardly gang", "outlaws", "gunmen"]
GENSEC01 = ["General Security", "General Security Service", "Public Security", "Syrian security forces",
            "security forces", "security personnel", "Interior Ministry", "Ministry of Interior",
            "Police Forces of Syria", "our forces", "our heroes", "patrol", "General Security patrol",
            "General Security checkpoint", "checkpoint"] + SYGOV
# "about 8 km east of Jableh" -> LKM from Jableh
AMBUSH01 = LKM(["east of Jableh", "Jableh", "Jablah", "mountain road", "Alawite mountains"], 35.36, 35.93, 8, 90,
               "SY")
JABLEH01 = L(["Jableh", "Jablah", "Jabla", "northern entrance of Jableh", "main square"], 35.36, 35.93, "SY")
VILL01 = L(["Beit Yashout", "Bayt Yashut", "al-Daliyeh", "Daliyah", "Jableh countryside", "Jableh"], cc="SY")
DALIYEH01 = L(["al-Daliyeh", "Daliyah", "cave outside al-Daliyeh", "Jableh countryside", "Jableh"], cc="SY")
QUTAIL01 = L(["al-Qutailbiyah", "Qutailbiyah", "al-Qutaylibiyah", "Jableh"], cc="SY")
COAST01 = L(["Latakia and Tartus provinces", "Latakia", "Tartus", "Syrian coast"], cc="SY")
MARCH01 = L(["Jableh", "Baniyas", "Syrian coast", "coast"], cc="SY")
ASJ = ["Al-Sahel al-Jadid", "author"]
SECSRC01 = ["security source"] + ASJ
LSD01 = ["Latakia Security Directorate", "security directorate", "source in the Latakia Security Directorate"]
MOI01 = ["Interior Ministry", "Syrian Interior Ministry", "Ministry of Interior"]
E01 = [
    # an ambush on an armed patrol -> Battles; the patrol's three dead and the attacker killed a sentence later (both
    # sides told) -> killed 4..4; only the patrol's wounded told -> injured 2..open; "at dawn on Tuesday" -> 14 Oct;
    # "about 8 km east of Jableh" -> LKM; the attacker's death a non-core copy, the headline too
    E(
        True,
        "The terrorist militias of the defunct regime's remnants carried out a treacherous ambush at dawn on Tuesday on a General Security patrol on the mountain road about 8 km east of Jableh, martyring three of our heroes and wounding two others",
        BAT,
        CLASH,
        actor1=REMN01 + GENSEC01,
        actor2=GENSEC01 + REMN01,
        location=AMBUSH01,
        date=D("2025-10-14"),
        killed=R(4),
        injured=R(2, None),
        source=SECSRC01,
    ),
    E(
        False,
        "The heroes of the patrol returned fire and killed one of the attackers",
        BAT,
        CLASH,
        actor1=GENSEC01 + REMN01,
        actor2=REMN01 + GENSEC01,
        location=AMBUSH01,
        date=D("2025-10-14"),
        killed=R(1),
        source=SECSRC01,
    ),
    E(
        False,
        "Treacherous ambush near Jableh martyrs three General Security heroes",
        BAT,
        CLASH,
        actor1=REMN01,
        actor2=GENSEC01,
        location=AMBUSH01,
        date=D("2025-10-14"),
        killed=R(3),
        source=ASJ,
    ),
    # "Hours later" than a dawn ambush -> Tuesday; no launcher named, the outlet's frame points at the remnants ->
    # the remnants plus unknown; "causing only material damage" -> killed and injured 0..0
    E(
        True,
        "a treacherous drone loaded with explosives struck the General Security checkpoint at the northern entrance of Jableh, causing only material damage",
        EXP,
        AIR,
        actor1=UNK + REMN01,
        actor2=GENSEC01,
        location=JABLEH01,
        date=D("2025-10-14"),
        killed=R(0),
        injured=R(0),
        source=ASJ,
    ),
    # a sweep of two villages -> Arrests; two villages of one countryside -> names and country
    E(
        True,
        "our forces launched a wide combing campaign in the villages of Beit Yashout and al-Daliyeh, in the Jableh countryside, arresting 14 outlaws",
        STR,
        ARRESTS,
        actor1=GENSEC01,
        actor2=REMN01 + ["14 outlaws", "leader of the cell", "cell"],
        location=VILL01,
        date=D("2025-10-15"),
        source=ASJ,
    ),
    E(
        False,
        "14 outlaws arrested in mountain sweep",
        STR,
        ARRESTS,
        actor1=GENSEC01,
        actor2=REMN01,
        location=VILL01,
        date=D("2025-10-15"),
        source=ASJ,
    ),
    # a weapons depot seized -> Disrupted weapons use; undated, inside the Wednesday paragraph -> Wednesday
    E(
        True,
        "A weapons depot holding rocket-propelled grenades, two drones and more than 40,000 rounds of ammunition was seized in a cave outside al-Daliyeh",
        STR,
        DISRUPT,
        actor1=GENSEC01,
        actor2=REMN01 + ["weapons depot", "depot"],
        location=DALIYEH01,
        date=D("2025-10-15"),
        source=ASJ,
    ),
    # one killing told two ways: the pages' version (security personnel executed the four) only through the outlet's
    # rejection -> non-core denied, sourced to the deniers; the directorate's version (remnant gunmen) -> core, the
    # blamed side plus unknown; "the day before the ambush" -> Monday 13 Oct; "four young men, two of them brothers"
    # -> 4
    E(
        False,
        "security personnel executed four young men, two of them brothers, in the village of al-Qutailbiyah the day before the ambush",
        VAC,
        ATTACK,
        actor1=GENSEC01,
        actor2=CIV + ["four young men", "young men", "brothers"],
        location=QUTAIL01,
        date=D("2025-10-13"),
        killed=R(4),
        source=ASJ + LSD01,
        status="denied",
    ),
    E(
        True,
        "the four were in fact shot dead by remnant gunmen",
        VAC,
        ATTACK,
        actor1=REMN01 + UNK,
        actor2=CIV + ["four young men", "young men", "four"],
        location=QUTAIL01,
        date=D("2025-10-13"),
        killed=R(4),
        source=LSD01,
    ),
    # a rally after a funeral with political demands -> Peaceful protest; "on Wednesday evening" -> 15 Oct
    E(
        True,
        "Thousands of the people of Jableh rallied in the city's main square on Wednesday evening after the funeral of the three martyrs",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["people of Jableh", "thousands"],
        location=JABLEH01,
        date=D("2025-10-15"),
        source=ASJ,
    ),
    # the ministry's month count -> aggregate
    E(
        False,
        "nine members of General Security have been martyred in attacks by the remnants in Latakia and Tartus provinces",
        BAT,
        CLASH,
        actor1=REMN01,
        actor2=GENSEC01,
        location=COAST01,
        date=D("2025-10-01", "2025-10-16"),
        killed=R(9),
        source=MOI01,
        aggregate=True,
    ),
    # the ministry's vow -> planned
    E(
        False,
        'the criminals "will not escape the hand of justice"',
        STR,
        ARRESTS,
        actor1=GENSEC01,
        actor2=REMN01,
        location=COAST01,
        source=MOI01,
        status="planned",
    ),
    # background: the March attacks on the coast -> non-core, dated to March 2025
    E(
        False,
        "the remnant militias launched coordinated attacks on security posts from Jableh to Baniyas",
        BAT,
        CLASH,
        actor1=REMN01,
        actor2=GENSEC01 + ["security posts"],
        location=MARCH01,
        date=D("2025-03-01", "2025-03-31"),
        source=ASJ,
    ),
    # no gold: the flight "like rats into their holes" (a metaphor inside the ambush), "an investigation has been
    # opened", the demand for "an iron fist", "the state crushed their rebellion within days" (inside the March
    # background), "chasing a mirage" (a metaphor)
]
DOCS.append(
    (
        "dev-w-01",
        "Al-Sahel al-Jadid",
        "2025-10-16",
        "partisan outlet (Syrian government's side)",
        "Syria's coast: a 'treacherous ambush' by 'the terrorist militias of the defunct regime's remnants' 'about 8 km "
        "east of Jableh' (three of 'our heroes' and an attacker a sentence later), 'a treacherous drone' 'Hours later' "
        "('causing only material damage'), a sweep with 14 arrests and a seized depot, a killing told as an execution "
        "by 'fabricated claims' and as remnant gunmen by the directorate ('the day before the ambush'), a rally after "
        "a funeral, a month's count, a vow, March background, metaphors",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-w-01", "Thursday 16 October 2025", "2025-10-16", "Thursday"),
    ("dev-w-01", "On Wednesday / on Wednesday evening", "2025-10-15", "Wednesday"),
    ("dev-w-01", "at dawn on Tuesday / Hours later", "2025-10-14", "Tuesday"),
    ("dev-w-01", "the day before the ambush", "2025-10-13", "Monday"),
]

# =============================================================================
# dev-w-02  newspaper weekend feature with background history - Syria's Raqqa and the Euphrates: Tabqa and its dam,
# Maadan and the villages east of it, the highway to Deir ez-Zor; Raqqa and the 2014/2017 battles as background
# (Sat 23 Aug 2025)
# =============================================================================
T02 = """Along the Euphrates, Tabqa and Maadan live between old ghosts and new fears

The Levant Review | Weekend Feature | Saturday 23 August 2025 | By Karim Sabbagh

TABQA, Syria - From the crest of the dam, the Euphrates looks calm. Below it, in the streets of Tabqa, few people are.

The town has changed hands more often than most. Islamic State fighters overran it in 2014, months after seizing Raqqa, and turned the dam's control rooms into a fortress. In May 2017 the Kurdish-led Syrian Democratic Forces (SDF), backed by US air strikes, wrested the town and the dam from the group, then moved east for a four-month battle that left Raqqa in ruins.

Eight years on, the group's remnants still strike. Earlier this month, a roadside bomb on the road below the dam wounded a woman and her two daughters as they walked to a clinic, according to the town's hospital. Last week, two gunmen shot dead a schoolteacher outside a bakery in Tabqa's Third Neighbourhood. His brother told The Levant Review that either Islamic State cells, which have threatened teachers of the SDF curriculum, or men from a clan with whom the family had a land dispute were behind it.

Downstream in Maadan, towards Deir ez-Zor, the tension is sharper. On Monday night, gunmen believed to belong to an Islamic State cell attacked an SDF checkpoint on the outskirts of the town, killing two fighters, the SDF's media centre said, citing its field commanders. The next morning, SDF units raided three villages east of Maadan and detained 11 men, residents said.

On Wednesday, hundreds of men from local clans blocked the highway to Deir ez-Zor near Maadan, demanding the detainees' release. SDF fighters fired into the air to disperse them; no one was hurt.

The SDF says it has arrested more than 300 suspected Islamic State members in Raqqa province since January. Clan elders say many of them are simply young men who refused conscription.

Over everything hangs the agreement signed in March between the SDF and the government in Damascus to merge their forces, which has yet to be carried out. "If the deal falls apart, this river becomes a front line again," said Umm Khalil, 54, who sells bread near the dam. "We have seen every flag here. We are tired of flags."

For now, the water still turns the turbines. Nobody in Tabqa is sure for how long.
"""

IS02 = ISIS + ["Islamic State fighters", "Islamic State cells", "Islamic State cell", "the group", "group's remnants",
               "gunmen"]
SDF02 = SDF + ["SDF units", "SDF fighters", "SDF's media centre", "SDF checkpoint", "fighters"]
CLAN02 = ["men from a clan", "clan", "clan members", "family feud", "gunmen"]
SYGOV02 = SYGOV + ["government in Damascus", "Damascus", "interim government"]
TABQA02 = L(["Tabqa", "al-Tabqa", "al-Thawrah", "Tabqa dam", "dam", "road below the dam", "Third Neighbourhood",
             "Tabqa's Third Neighbourhood"], 35.84, 38.55, "SY")
# Maadan (Ma'dan) on the Euphrates in eastern Raqqa province; "on the outskirts of the town" and "villages east of
# Maadan" (no distance) and "near Maadan" -> Maadan's point
MAADAN02 = L(["Maadan", "Ma'dan", "Madan", "outskirts of the town", "east of Maadan", "highway to Deir ez-Zor"],
             35.73, 39.65, "SY")
RAQQA02 = L(["Raqqa", "al-Raqqa", "Raqqa city"], 35.95, 39.01, "SY")
RAQQA_PROV02 = L(["Raqqa province", "Raqqa governorate", "Raqqa"], cc="SY")
SYRIA02 = L(["Syria", "Euphrates"], cc="SY")
TLR = ["The Levant Review", "Karim Sabbagh", "author"]
SDFSRC02 = ["SDF's media centre", "media centre", "field commanders"] + SDF
E02 = [
    # background: the 2014 takeovers and the 2017 campaign -> non-core, dated by the text's year or month; no
    # previous holder named -> no actor2
    E(
        False,
        "Islamic State fighters overran it in 2014",
        BAT,
        NSAOVER,
        actor1=IS02,
        location=TABQA02,
        date=D("2014-01-01", "2014-12-31"),
        source=TLR,
    ),
    E(
        False,
        "months after seizing Raqqa",
        BAT,
        NSAOVER,
        actor1=IS02,
        location=RAQQA02,
        date=D("2013-01-01", "2014-12-31"),
        source=TLR,
    ),
    E(
        False,
        "the Kurdish-led Syrian Democratic Forces (SDF), backed by US air strikes, wrested the town and the dam from the group",
        BAT,
        NSAOVER,
        actor1=SDF02 + USA,
        actor2=IS02,
        location=TABQA02,
        date=D("2017-05-01", "2017-05-31"),
        source=TLR,
    ),
    E(
        False,
        "a four-month battle that left Raqqa in ruins",
        BAT,
        CLASH,
        actor1=SDF02 + IS02,
        actor2=IS02 + SDF02,
        location=RAQQA02,
        date=D("2017-05-01", "2017-12-31"),
        source=TLR,
    ),
    # "Earlier this month" -> 1-23 August; the paragraph frames "the group's remnants" -> ISIS plus unknown; "a woman
    # and her two daughters" -> injured 3
    E(
        True,
        "a roadside bomb on the road below the dam wounded a woman and her two daughters as they walked to a clinic",
        EXP,
        IED,
        actor1=UNK + IS02,
        actor2=CIV + ["woman", "two daughters", "daughters"],
        location=TABQA02,
        date=D("2025-08-01", "2025-08-23"),
        injured=R(3),
        source=["town's hospital", "hospital"] + TLR,
    ),
    # "Last week" in a Saturday feature -> 11-17 August; "either Islamic State cells ... or men from a clan" ->
    # both plus unknown; "shot dead" -> killed 1
    E(
        True,
        "two gunmen shot dead a schoolteacher outside a bakery in Tabqa's Third Neighbourhood",
        VAC,
        ATTACK,
        actor1=UNK + IS02 + CLAN02,
        actor2=CIV + ["schoolteacher", "teacher"],
        location=TABQA02,
        date=D("2025-08-11", "2025-08-17"),
        killed=R(1),
        source=TLR + ["His brother", "brother"],
    ),
    # an attack on an armed checkpoint -> Battles; "believed to belong to" -> ISIS plus unknown; "On Monday night"
    # -> 18-19 August; only the SDF's dead told -> 2..open; the attribution chain -> both in source
    E(
        True,
        "gunmen believed to belong to an Islamic State cell attacked an SDF checkpoint on the outskirts of the town, killing two fighters",
        BAT,
        CLASH,
        actor1=IS02 + UNK + SDF02,
        actor2=SDF02 + IS02,
        location=MAADAN02,
        date=D("2025-08-18", "2025-08-19"),
        killed=R(2, None),
        source=SDFSRC02,
    ),
    # "The next morning" -> Tuesday 19 August; "villages east of Maadan" (no distance) -> Maadan's point
    E(
        True,
        "SDF units raided three villages east of Maadan and detained 11 men",
        STR,
        ARRESTS,
        actor1=SDF02,
        actor2=CIV + ["11 men", "men"],
        location=MAADAN02,
        date=D("2025-08-19"),
        source=["residents"] + TLR,
    ),
    # a highway blocked by clansmen, fighters fire into the air to disperse them -> Protest with intervention; "no
    # one was hurt" -> killed and injured 0..0
    E(
        True,
        "hundreds of men from local clans blocked the highway to Deir ez-Zor near Maadan, demanding the detainees' release",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(SDF02 + ["men from local clans", "local clans", "clansmen"]),
        location=MAADAN02,
        date=D("2025-08-20"),
        killed=R(0),
        injured=R(0),
        source=TLR,
    ),
    E(
        False,
        "The SDF says it has arrested more than 300 suspected Islamic State members in Raqqa province since January",
        STR,
        ARRESTS,
        actor1=SDF02,
        actor2=IS02 + ["suspected Islamic State members"],
        location=RAQQA_PROV02,
        date=D("2025-01-01", "2025-08-23"),
        source=SDF,
        aggregate=True,
    ),
    # the March agreement, not yet carried out -> non-core background Agreement
    E(
        False,
        "the agreement signed in March between the SDF and the government in Damascus to merge their forces",
        STR,
        AGREE,
        actor1=SDF02 + SYGOV02,
        actor2=SYGOV02 + SDF02,
        location=SYRIA02,
        date=D("2025-03-01", "2025-03-31"),
        source=TLR,
    ),
    # a resident's conditional -> hypothetical
    E(
        False,
        "If the deal falls apart, this river becomes a front line again",
        BAT,
        CLASH,
        actor1=SDF02 + SYGOV02,
        actor2=SYGOV02 + SDF02,
        location=L(["Euphrates", "Tabqa", "river"], cc="SY"),
        source=["Umm Khalil"],
        status="hypothetical",
    ),
    # no gold: the dam's control rooms as "a fortress", "Clan elders say many of them are simply young men who
    # refused conscription", "We have seen every flag here" (a metaphor), the turbines
]
DOCS.append(
    (
        "dev-w-02",
        "The Levant Review (weekend feature)",
        "2025-08-23",
        "newspaper feature with background history",
        "Syria/Raqqa and the Euphrates: 2014 and 2017 takeovers and the Raqqa battle as background, a roadside bomb "
        "'Earlier this month' ('a woman and her two daughters'), a teacher 'shot dead' 'Last week' by 'either Islamic "
        "State cells ... or men from a clan', a checkpoint attack 'On Monday night' (the SDF citing its field "
        "commanders), raids 'The next morning' 'east of Maadan', a road blocked and dispersed by fire in the air ('no "
        "one was hurt'), a count, the March agreement, a resident's conditional, metaphors",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-w-02", "Saturday 23 August 2025", "2025-08-23", "Saturday"),
    ("dev-w-02", "On Wednesday", "2025-08-20", "Wednesday"),
    ("dev-w-02", "The next morning", "2025-08-19", "Tuesday"),
    ("dev-w-02", "On Monday night", "2025-08-18", "Monday"),
    ("dev-w-02", "Last week (start)", "2025-08-11", "Monday"),
    ("dev-w-02", "Last week (end)", "2025-08-17", "Sunday"),
]

# =============================================================================
# dev-w-03  local TV news transcript - Iraq's Nineveh: Sinune north of Mount Sinjar, the Turkish base at Zilkan north
# of Bashiqa, Bartella; Sinjar's 2014 fall as background (Tue 12 Nov 2024)
# =============================================================================
T03 = """Nineveh Tonight: drone strike kills two near Sinune; rockets fall near Turkish base at Bashiqa

Transcript | Nineveh Satellite Television (NSTV), evening news bulletin | Tuesday 12 November 2024, 20:00

ANCHOR (Rana Yousif): Good evening. We begin in Sinjar district, where a drone strike this afternoon hit a car on the outskirts of Sinune, north of Mount Sinjar. Our correspondent Dilshad Kheder is in Sinune. Dilshad, what do we know?

CORRESPONDENT (Dilshad Kheder): Rana, local officials here tell us the drone hit the car at about two o'clock, killing two members of the Sinjar Resistance Units, the YBS, and wounding the driver, a civilian from the town. Residents have no doubt it was a Turkish drone. Ankara has not commented, but Turkey has carried out dozens of such strikes in Sinjar since 2021, saying it targets the PKK, which it says controls the YBS.

ANCHOR: And there was also trouble with the army?

CORRESPONDENT: Yes. Last night, soldiers at an army checkpoint at the eastern entrance of Sinune exchanged fire with YBS fighters for about half an hour after an argument over a vehicle search. A security source says two soldiers were wounded, and Kurdish media, citing a YBS statement, say one of its fighters was lightly wounded. The army has sent reinforcements, and shops in the market stayed closed all day.

ANCHOR: Thank you, Dilshad. Moving to the Nineveh plains: three rockets landed near the Turkish base at Zilkan, north of Bashiqa, shortly before midnight on Sunday. The Nineveh Operations Command said there were no casualties and that a launch pad was found in a field 6 km south of Bashiqa. No group has claimed the attack; security officials say the rockets were fired either by an Iran-aligned faction or by PKK sympathisers.

In Bartella, about 200 Christian residents gathered this morning outside the district office to protest against what they call harassment by members of a PMF brigade at checkpoints around the town. The protest ended peacefully after the district chief promised to raise their concerns in Baghdad.

Also in Bartella, police said they defused a roadside bomb found near a church on Monday.

Yazidi groups say the violence is keeping thousands of families from returning to Sinjar, ten years after Islamic State fighters overran the district and killed and enslaved thousands of Yazidis. The governor warned this evening that if the strikes continue, the district could slide back into chaos.

ANCHOR: That is all from Nineveh for tonight. Good night.
"""

TUR03 = TURKEY + ["Turkish drone", "Ankara", "Turkish base"]
YBS03 = ["Sinjar Resistance Units", "YBS", "YBŞ", "Yazidi fighters", "YBS fighters", "its fighters"] + PKK
IQARMY03 = ["Iraqi army", "Iraqi Army", "army", "soldiers", "army checkpoint", "Military Forces of Iraq",
            "Iraqi soldiers", "Nineveh Operations Command"]
FACTION03 = ["Iran-aligned faction", "Iran-aligned factions", "Iran-backed faction", "Iran-backed militia",
             "Islamic Resistance in Iraq", "PKK sympathisers"] + PKK + UNK
IQPOL03 = ["police", "Iraqi police", "Police Forces of Iraq", "Nineveh police"]
SINUNE03 = L(["Sinune", "Sinuni", "Snuny", "Sinone", "outskirts of Sinune", "eastern entrance of Sinune",
              "north of Mount Sinjar", "Sinjar district"], 36.45, 41.72, "IQ")
# "near the Turkish base at Zilkan, north of Bashiqa" (no distance) -> Bashiqa's point
BASHIQA03 = L(["Bashiqa", "Bashika", "Zilkan", "Zilkan base", "Turkish base at Zilkan", "north of Bashiqa"],
              36.45, 43.35, "IQ")
BARTELLA03 = L(["Bartella", "Bartalla", "Bartilla", "district office", "church"], 36.35, 43.38, "IQ")
SINJAR03 = L(["Sinjar", "Sinjar district", "Shingal"], cc="IQ")
NSTV = ["Nineveh Satellite Television", "NSTV", "Dilshad Kheder", "Rana Yousif", "author"]
E03 = [
    # no claim, residents blame Turkey -> Turkey plus unknown; the toll a sentence later ("killing two members of
    # the ... YBS, and wounding the driver, a civilian") -> killed 2, injured 1; "this afternoon" -> 12 Nov; "on the
    # outskirts of Sinune" -> Sinune's point; the residents' blame, the toll sentence and the headline non-core copies
    E(
        True,
        "a drone strike this afternoon hit a car on the outskirts of Sinune, north of Mount Sinjar",
        EXP,
        AIR,
        actor1=UNK + TUR03,
        actor2=YBS03 + CIV + ["car", "driver"],
        location=SINUNE03,
        date=D("2024-11-12"),
        killed=R(2),
        injured=R(1),
        source=NSTV + ["local officials"],
    ),
    E(
        False,
        "the drone hit the car at about two o'clock, killing two members of the Sinjar Resistance Units, the YBS, and wounding the driver",
        EXP,
        AIR,
        actor1=UNK + TUR03,
        actor2=YBS03 + CIV + ["driver"],
        location=SINUNE03,
        date=D("2024-11-12"),
        killed=R(2),
        injured=R(1),
        source=["local officials"],
    ),
    E(
        False,
        "Residents have no doubt it was a Turkish drone",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=YBS03 + CIV,
        location=SINUNE03,
        date=D("2024-11-12"),
        source=["Residents", "residents"],
    ),
    E(
        False,
        "drone strike kills two near Sinune",
        EXP,
        AIR,
        actor1=UNK + TUR03,
        actor2=YBS03,
        location=SINUNE03,
        date=D("2024-11-12"),
        killed=R(2),
        source=NSTV,
    ),
    # "dozens of such strikes ... since 2021" -> aggregate (a count of strikes, no casualty number)
    E(
        False,
        "Turkey has carried out dozens of such strikes in Sinjar since 2021",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=YBS03,
        location=SINJAR03,
        date=D("2021-01-01", "2024-11-12"),
        source=NSTV,
        aggregate=True,
    ),
    # "Last night" -> 11-12 Nov; each side's wounded from a different source (two soldiers / one YBS fighter via
    # Kurdish media citing a YBS statement) -> summed, injured 3..3; no dead told -> no killed field; each figure a
    # non-core copy
    E(
        True,
        "soldiers at an army checkpoint at the eastern entrance of Sinune exchanged fire with YBS fighters for about half an hour",
        BAT,
        CLASH,
        actor1=IQARMY03 + YBS03,
        actor2=YBS03 + IQARMY03,
        location=SINUNE03,
        date=D("2024-11-11", "2024-11-12"),
        injured=R(3),
        source=NSTV + ["security source", "Kurdish media", "YBS statement"],
    ),
    E(
        False,
        "A security source says two soldiers were wounded",
        BAT,
        CLASH,
        actor1=YBS03,
        actor2=IQARMY03,
        location=SINUNE03,
        date=D("2024-11-11", "2024-11-12"),
        injured=R(2),
        source=["security source"],
    ),
    E(
        False,
        "one of its fighters was lightly wounded",
        BAT,
        CLASH,
        actor1=IQARMY03,
        actor2=YBS03,
        location=SINUNE03,
        date=D("2024-11-11", "2024-11-12"),
        injured=R(1),
        source=["Kurdish media", "YBS statement", "YBS"],
    ),
    # "either by an Iran-aligned faction or by PKK sympathisers" -> both plus unknown; "there were no casualties" ->
    # 0..0; "shortly before midnight on Sunday" -> 10 Nov; the launch pad found 6 km south is no event
    E(
        True,
        "three rockets landed near the Turkish base at Zilkan, north of Bashiqa, shortly before midnight on Sunday",
        EXP,
        SHELL,
        actor1=FACTION03,
        actor2=TUR03 + ["Zilkan base"],
        location=BASHIQA03,
        date=D("2024-11-10"),
        killed=R(0),
        injured=R(0),
        source=["Nineveh Operations Command", "security officials"] + NSTV,
    ),
    E(
        False,
        "rockets fall near Turkish base at Bashiqa",
        EXP,
        SHELL,
        actor1=FACTION03,
        actor2=TUR03,
        location=BASHIQA03,
        date=D("2024-11-10"),
        source=NSTV,
    ),
    # "gathered ... to protest ... ended peacefully" -> Peaceful protest; "this morning" -> 12 Nov
    E(
        True,
        "about 200 Christian residents gathered this morning outside the district office to protest against what they call harassment by members of a PMF brigade",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Christian residents", "residents", "200 Christian residents"],
        location=BARTELLA03,
        date=D("2024-11-12"),
        source=NSTV,
    ),
    # a bomb defused -> Disrupted weapons use; no planter named -> unknown
    E(
        True,
        "they defused a roadside bomb found near a church on Monday",
        STR,
        DISRUPT,
        actor1=IQPOL03,
        actor2=UNK + ["roadside bomb"],
        location=BARTELLA03,
        date=D("2024-11-11"),
        source=IQPOL03,
    ),
    # background: 2014 ("ten years after" in 2024); "killed and enslaved thousands" -> no number field
    E(
        False,
        "Islamic State fighters overran the district",
        BAT,
        NSAOVER,
        actor1=ISIS,
        location=SINJAR03,
        date=D("2014-01-01", "2014-12-31"),
        source=["Yazidi groups"] + NSTV,
    ),
    E(
        False,
        "killed and enslaved thousands of Yazidis",
        VAC,
        ATTACK,
        actor1=ISIS,
        actor2=CIV + ["Yazidis"],
        location=SINJAR03,
        date=D("2014-01-01", "2014-12-31"),
        source=["Yazidi groups"] + NSTV,
    ),
    # the governor's conditional -> hypothetical
    E(
        False,
        "if the strikes continue, the district could slide back into chaos",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=YBS03,
        location=SINJAR03,
        source=["governor", "Nineveh governor"],
        status="hypothetical",
    ),
    # no gold: "Ankara has not commented", Turkey's claim that the PKK controls the YBS, the reinforcements and the
    # closed shops, the launch pad, "No group has claimed the attack", the district chief's promise, families kept
    # from returning
]
DOCS.append(
    (
        "dev-w-03",
        "Nineveh Satellite Television (NSTV)",
        "2024-11-12",
        "local TV news transcript",
        "Iraq/Nineveh: a drone strike on a car 'on the outskirts of Sinune' 'this afternoon' blamed on Turkey by "
        "residents (the toll a sentence later: two YBS and a civilian driver), a count of strikes, an army-YBS exchange "
        "of fire 'Last night' with each side's wounded from a different source ('Kurdish media, citing a YBS "
        "statement'), rockets near the Zilkan base 'north of Bashiqa' fired 'either by an Iran-aligned faction or by "
        "PKK sympathisers' ('no casualties'), a protest in Bartella, a bomb defused, 2014 background, a conditional",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-w-03", "Tuesday 12 November 2024 / this afternoon / this morning / Last night (end)", "2024-11-12",
     "Tuesday"),
    ("dev-w-03", "Last night (start) / on Monday", "2024-11-11", "Monday"),
    ("dev-w-03", "shortly before midnight on Sunday", "2024-11-10", "Sunday"),
]

# =============================================================================
# dev-w-04  interior-ministry statement - Iraq's Salahuddin: the Mutaibijah basin, an orchard 12 km north-east of
# Samarra, the Samarra-Dujail road, orchards near al-Dour south of Tikrit, Tuz Khurmatu (Sun 15 Feb 2026)
# =============================================================================
T04 = """Ministry of Interior: policeman martyred as attack on post in Mutaibijah basin is repelled; five terrorists killed in air strike

Republic of Iraq - Ministry of Interior - Media and Public Relations Directorate | Statement No. 112 | Baghdad, Sunday 15 February 2026

On the night of Friday 13 February, a group of terrorist Daesh gangs attacked a post of the Salahuddin Police Command in the Mutaibijah basin, on the border between Salahuddin and Diyala provinces, using light and medium weapons. The heroes of the post confronted the attack and forced the attackers to flee, killing two of them. One of our policemen, First Lieutenant Haider Sabah Jassim, was martyred and three others were wounded; they are receiving treatment and their condition is stable.

Yesterday, in coordination with the Joint Operations Command, Iraqi air force F-16 aircraft struck a hideout used by the same gang in an orchard 12 km north-east of Samarra. The bodies of five terrorists were recovered from the site, together with weapons and an explosive belt.

On Thursday evening, an improvised explosive device exploded near a police patrol vehicle on the road between Samarra and Dujail, wounding an officer and two members of the patrol.

In the same period, the engineering teams of the Salahuddin Police dismantled 12 explosive devices planted by the terrorists in orchards near al-Dour, south of Tikrit.

An intelligence detachment arrested a terrorist wanted under Article 4 of the Anti-Terrorism Law in the centre of Tuz Khurmatu on Saturday.

The ministry denies the reports circulated by suspicious pages on social media claiming that Daesh gangs kidnapped six shepherds near Tuz Khurmatu on Wednesday. The six were stopped by a police patrol for an identity check and were released hours later. The ministry calls on media outlets to take news only from its official sources.

Since the start of 2026, Salahuddin Police units have arrested 63 terrorism suspects and dismantled 40 explosive devices across the province.

The ministry affirms that its units, together with the army and the Popular Mobilisation Forces, will launch a wide operation in the coming days to clear the Mutaibijah basin of the remnants of terrorism, and that the blood of our martyrs will not be shed in vain.

Media and Public Relations Directorate
Ministry of Interior
"""

IS04 = ISIS + ["Daesh gangs", "terrorist Daesh gangs", "terrorists", "attackers", "the same gang", "gang",
               "remnants of terrorism"]
IQPOL04 = ["Salahuddin Police Command", "Salahuddin Police", "Iraqi police", "police", "Police Forces of Iraq",
           "Ministry of Interior", "Iraqi Ministry of Interior", "policemen", "post", "police patrol",
           "intelligence detachment", "engineering teams", "officer"]
IQAF04 = ["Iraqi air force", "Iraqi Air Force", "F-16", "F-16 aircraft", "Joint Operations Command",
          "Military Forces of Iraq", "Iraqi army", "army"]
MUTAIB04 = L(["Mutaibijah basin", "Mutaibijah", "al-Mutaibijah", "Salahuddin and Diyala provinces", "Salahuddin"],
             cc="IQ")
# "in an orchard 12 km north-east of Samarra" -> LKM from Samarra
SAMARRA_NE04 = LKM(["north-east of Samarra", "Samarra", "orchard", "hideout"], 34.20, 43.87, 12, 45, "IQ")
SAM_DUJ04 = L(["road between Samarra and Dujail", "Samarra", "Dujail", "Samarra-Dujail road"], cc="IQ")
# "orchards near al-Dour, south of Tikrit" -> al-Dour's point
DOUR04 = L(["al-Dour", "al-Dawr", "Dour", "orchards near al-Dour", "south of Tikrit"], 34.46, 43.79, "IQ")
TUZ04 = L(["Tuz Khurmatu", "Tuz Khormato", "Tuz", "centre of Tuz Khurmatu", "near Tuz Khurmatu"], 34.89, 44.63, "IQ")
SALAH04 = L(["Salahuddin", "Salahuddin province", "Salah al-Din", "the province"], cc="IQ")
MOI04 = ["Ministry of Interior", "Iraqi Ministry of Interior", "Media and Public Relations Directorate",
         "Iraqi interior ministry", "author"]
E04 = [
    # an attack on a police post repelled -> Battles; the attackers' dead (two) and the ministry's own (one) both
    # told -> killed 3..3; only the police wounded told -> injured 3..open; "On the night of Friday 13 February" ->
    # 13-14 Feb; a basin on a provincial border -> names and country; each figure a non-core copy, the headline too
    E(
        True,
        "a group of terrorist Daesh gangs attacked a post of the Salahuddin Police Command in the Mutaibijah basin, on the border between Salahuddin and Diyala provinces, using light and medium weapons",
        BAT,
        CLASH,
        actor1=IS04 + IQPOL04,
        actor2=IQPOL04 + IS04,
        location=MUTAIB04,
        date=D("2026-02-13", "2026-02-14"),
        killed=R(3),
        injured=R(3, None),
        source=MOI04,
    ),
    E(
        False,
        "forced the attackers to flee, killing two of them",
        BAT,
        CLASH,
        actor1=IQPOL04,
        actor2=IS04,
        location=MUTAIB04,
        date=D("2026-02-13", "2026-02-14"),
        killed=R(2),
        source=MOI04,
    ),
    E(
        False,
        "One of our policemen, First Lieutenant Haider Sabah Jassim, was martyred and three others were wounded",
        BAT,
        CLASH,
        actor1=IS04,
        actor2=IQPOL04 + ["Haider Sabah Jassim", "First Lieutenant"],
        location=MUTAIB04,
        date=D("2026-02-13", "2026-02-14"),
        killed=R(1),
        injured=R(3),
        source=MOI04,
    ),
    E(
        False,
        "policeman martyred as attack on post in Mutaibijah basin is repelled",
        BAT,
        CLASH,
        actor1=IS04,
        actor2=IQPOL04,
        location=MUTAIB04,
        date=D("2026-02-13", "2026-02-14"),
        killed=R(1, None),
        source=MOI04,
    ),
    # "Yesterday" in a Sunday statement -> 14 Feb; the bodies a sentence later -> killed 5 folded in (a body count);
    # "12 km north-east of Samarra" -> LKM
    E(
        True,
        "Iraqi air force F-16 aircraft struck a hideout used by the same gang in an orchard 12 km north-east of Samarra",
        EXP,
        AIR,
        actor1=IQAF04,
        actor2=IS04 + ["hideout"],
        location=SAMARRA_NE04,
        date=D("2026-02-14"),
        killed=R(5),
        source=MOI04,
    ),
    E(
        False,
        "The bodies of five terrorists were recovered from the site",
        EXP,
        AIR,
        actor1=IQAF04,
        actor2=IS04,
        location=SAMARRA_NE04,
        date=D("2026-02-14"),
        killed=R(5),
        source=MOI04,
    ),
    E(
        False,
        "five terrorists killed in air strike",
        EXP,
        AIR,
        actor1=IQAF04,
        actor2=IS04,
        location=SAMARRA_NE04,
        date=D("2026-02-14"),
        killed=R(5),
        source=MOI04,
    ),
    # no planter named, the statement's frame is Daesh -> unknown plus ISIS; "an officer and two members" -> 3; a
    # ~35 km road -> names and country
    E(
        True,
        "an improvised explosive device exploded near a police patrol vehicle on the road between Samarra and Dujail, wounding an officer and two members of the patrol",
        EXP,
        IED,
        actor1=UNK + IS04,
        actor2=IQPOL04 + ["police patrol vehicle", "patrol"],
        location=SAM_DUJ04,
        date=D("2026-02-12"),
        injured=R(3),
        source=MOI04,
    ),
    # devices dismantled -> Disrupted weapons use; "In the same period" -> Thursday 12 Feb to the statement
    E(
        True,
        "the engineering teams of the Salahuddin Police dismantled 12 explosive devices planted by the terrorists in orchards near al-Dour, south of Tikrit",
        STR,
        DISRUPT,
        actor1=IQPOL04,
        actor2=IS04 + ["explosive devices"],
        location=DOUR04,
        date=D("2026-02-12", "2026-02-15"),
        source=MOI04,
    ),
    E(
        True,
        "An intelligence detachment arrested a terrorist wanted under Article 4 of the Anti-Terrorism Law in the centre of Tuz Khurmatu on Saturday",
        STR,
        ARRESTS,
        actor1=IQPOL04,
        actor2=IS04 + ["wanted terrorist", "terrorist"],
        location=TUZ04,
        date=D("2026-02-14"),
        source=MOI04,
    ),
    # the kidnapping the ministry denies -> non-core denied, the ministry as source; its own telling (an identity
    # check, released hours later) -> a non-core Arrests event (told only to rebut the story)
    E(
        False,
        "Daesh gangs kidnapped six shepherds near Tuz Khurmatu on Wednesday",
        VAC,
        ABDUCT,
        actor1=IS04,
        actor2=CIV + ["six shepherds", "shepherds"],
        location=TUZ04,
        date=D("2026-02-11"),
        source=MOI04,
        status="denied",
    ),
    E(
        False,
        "The six were stopped by a police patrol for an identity check and were released hours later",
        STR,
        ARRESTS,
        actor1=IQPOL04,
        actor2=CIV + ["six shepherds", "shepherds", "The six"],
        location=TUZ04,
        date=D("2026-02-11"),
        source=MOI04,
    ),
    # the year's counts -> aggregates
    E(
        False,
        "Salahuddin Police units have arrested 63 terrorism suspects",
        STR,
        ARRESTS,
        actor1=IQPOL04,
        actor2=IS04 + ["terrorism suspects"],
        location=SALAH04,
        date=D("2026-01-01", "2026-02-15"),
        source=MOI04,
        aggregate=True,
    ),
    E(
        False,
        "dismantled 40 explosive devices across the province",
        STR,
        DISRUPT,
        actor1=IQPOL04,
        actor2=IS04 + ["explosive devices"],
        location=SALAH04,
        date=D("2026-01-01", "2026-02-15"),
        source=MOI04,
        aggregate=True,
    ),
    # the announced operation -> planned
    E(
        False,
        "will launch a wide operation in the coming days to clear the Mutaibijah basin of the remnants of terrorism",
        BAT,
        CLASH,
        actor1=IQPOL04 + IQAF04 + PMF,
        actor2=IS04,
        location=MUTAIB04,
        source=MOI04,
        status="planned",
    ),
    # no gold: "their condition is stable", the weapons and belt found (inside the strike), the call on media,
    # "the blood of our martyrs will not be shed in vain" (rhetoric)
]
DOCS.append(
    (
        "dev-w-04",
        "Iraqi Ministry of Interior (statement)",
        "2026-02-15",
        "interior-ministry statement",
        "Iraq/Salahuddin: a Daesh attack on a police post in the Mutaibijah basin 'On the night of Friday 13 February' "
        "(two attackers and one policeman dead, three wounded, a sentence later), an F-16 strike 'Yesterday' on a "
        "hideout '12 km north-east of Samarra' with five bodies a sentence later, an IED on a patrol 'On Thursday "
        "evening', devices dismantled 'In the same period', an arrest in Tuz Khurmatu, a denied kidnapping retold as "
        "an identity check, two year counts, an announced operation",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-w-04", "Sunday 15 February 2026", "2026-02-15", "Sunday"),
    ("dev-w-04", "Yesterday / on Saturday", "2026-02-14", "Saturday"),
    ("dev-w-04", "On the night of Friday 13 February", "2026-02-13", "Friday"),
    ("dev-w-04", "On Thursday evening", "2026-02-12", "Thursday"),
    ("dev-w-04", "on Wednesday", "2026-02-11", "Wednesday"),
]

# =============================================================================
# dev-w-05  question-and-answer press briefing transcript - Lebanon's Bekaa and Hermel: Brital south of Baalbek,
# a crossing near Qusaya, near Hermel, over Baalbek (Thu 17 Jul 2025)
# =============================================================================
T05 = """Transcript: IDF briefing on overnight strikes in the Bekaa

Briefing Transcripts Service | Tel Aviv | Thursday 17 July 2025 | Telephone briefing for foreign media by IDF international spokesman Lt. Col. Omer Levav. Lightly edited for length.

SPOKESMAN: Good morning, everyone. Last night we struck a Hezbollah site in the Brital area, south of Baalbek, that was used to produce precision missiles. We also struck a crossing near Qusaya that Hezbollah uses to smuggle weapons in from Syria. These were precise strikes based on intelligence. On Tuesday, our aircraft also struck a vehicle near Hermel carrying a Hezbollah operative in charge of weapons transfers in the northern Bekaa, and he was eliminated.

Q: The Lebanese Health Ministry says the strike in Brital hit a three-storey residential building and killed five people, two of them children. Is that what you targeted?

SPOKESMAN: I can't confirm those figures. The site was a production facility, and Hezbollah deliberately hides these facilities among civilians.

Q: Lebanese media also report that a second man in the car near Hermel, a farmer who was giving the operative a lift, was killed.

SPOKESMAN: I'm not aware of that. We'll look into it.

Q: Hezbollah says its air defences shot down one of your drones over Baalbek on Monday.

SPOKESMAN: That is simply false. No drone was lost.

Q: On Sunday, Syrian government forces and gunmen from Lebanese clans exchanged fire near Hermel, and according to Damascus two Syrian soldiers were killed. Were you involved in any way?

SPOKESMAN: No. That is a matter between Lebanon and Syria.

Q: How many times have you struck in Lebanon since the ceasefire?

SPOKESMAN: Since the ceasefire took effect in November, we have struck Hezbollah targets about 300 times across Lebanon, and we have eliminated dozens of operatives. Every one of those strikes was a response to a violation.

Q: Should people in the Bekaa expect more strikes?

SPOKESMAN: If Hezbollah tries to rebuild its missile arsenal in the Bekaa, we will strike it again, wherever it is. We have no quarrel with the people of Lebanon. Thank you all.
"""

ISR05 = ISRAEL + ["our aircraft", "IDF spokesman", "Omer Levav", "Israeli aircraft", "Israeli drone"]
HEZ05 = HEZB + ["Hezbollah operative", "operative", "Hezbollah site", "Hezbollah targets", "operatives",
                "air defences", "Hezbollah air defences"]
SYGOV05 = SYGOV + ["Syrian government forces", "Syrian soldiers", "Damascus", "soldiers"]
CLANS05 = ["Lebanese clans", "gunmen from Lebanese clans", "clan gunmen", "clans", "Lebanese tribes", "gunmen"]
# the Brital area, "south of Baalbek" -> Brital's point (the village is pinned)
BRITAL05 = L(["Brital", "Brital area", "south of Baalbek", "Baalbek"], 33.96, 36.13, "LB")
QUSAYA05 = L(["Qusaya", "Qousaya", "Kousaya", "crossing near Qusaya"], 33.84, 36.05, "LB")
HERMEL05 = L(["Hermel", "al-Hermel", "near Hermel", "northern Bekaa"], 34.39, 36.39, "LB")
BAALBEK05 = L(["Baalbek", "over Baalbek"], 34.01, 36.21, "LB")
IDFSRC05 = ["IDF", "Israel Defense Forces", "Israeli army", "IDF spokesman", "Omer Levav", "SPOKESMAN"]
LMOH05 = ["Lebanese Health Ministry", "Health Ministry", "Lebanese Ministry of Public Health", "Ministry of Public Health"]
BTS = ["Briefing Transcripts Service", "author"]
E05 = [
    # the spokesman's "we struck" -> occurred, sourced to the army; "Last night" in a Thursday briefing -> 16-17
    # July; the health ministry names another object (a residential building, five dead) -> a core event of its own
    E(
        True,
        "we struck a Hezbollah site in the Brital area, south of Baalbek, that was used to produce precision missiles",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05 + ["precision missiles", "production facility"],
        location=BRITAL05,
        date=D("2025-07-16", "2025-07-17"),
        source=IDFSRC05,
    ),
    E(
        True,
        "the strike in Brital hit a three-storey residential building and killed five people, two of them children",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["residential building", "three-storey residential building", "five people", "children"],
        location=BRITAL05,
        date=D("2025-07-16", "2025-07-17"),
        killed=R(5),
        source=LMOH05,
    ),
    # "We also struck" in the "Last night" answer -> the same night
    E(
        True,
        "We also struck a crossing near Qusaya that Hezbollah uses to smuggle weapons in from Syria",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05 + ["crossing", "smuggling crossing"],
        location=QUSAYA05,
        date=D("2025-07-16", "2025-07-17"),
        source=IDFSRC05,
    ),
    # "he was eliminated" -> killed 1; "On Tuesday" -> 15 July; Lebanese media's second dead man -> two tolls by two
    # sources, one core event per version (killed 2)
    E(
        True,
        "our aircraft also struck a vehicle near Hermel carrying a Hezbollah operative in charge of weapons transfers in the northern Bekaa, and he was eliminated",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05 + ["vehicle"],
        location=HERMEL05,
        date=D("2025-07-15"),
        killed=R(1),
        source=IDFSRC05,
    ),
    E(
        True,
        "a second man in the car near Hermel, a farmer who was giving the operative a lift, was killed",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05 + CIV + ["farmer", "car", "second man"],
        location=HERMEL05,
        date=D("2025-07-15"),
        killed=R(2),
        source=["Lebanese media"],
    ),
    # Hezbollah's claim (told in a question) -> core, occurred, sourced to it; "on Monday" -> 14 July; the
    # spokesman's "No drone was lost" -> a non-core denied copy
    E(
        True,
        "its air defences shot down one of your drones over Baalbek on Monday",
        STR,
        DISRUPT,
        actor1=HEZ05,
        actor2=ISR05 + ["drone", "drones"],
        location=BAALBEK05,
        date=D("2025-07-14"),
        source=HEZB,
    ),
    E(
        False,
        "No drone was lost",
        STR,
        DISRUPT,
        actor1=HEZ05,
        actor2=ISR05 + ["drone"],
        location=BAALBEK05,
        date=D("2025-07-14"),
        source=IDFSRC05,
        status="denied",
    ),
    # the questioner's report with Damascus's toll -> core, one side's dead -> killed 2..open; "On Sunday" -> 13 July
    E(
        True,
        "Syrian government forces and gunmen from Lebanese clans exchanged fire near Hermel",
        BAT,
        CLASH,
        actor1=SYGOV05 + CLANS05,
        actor2=CLANS05 + SYGOV05,
        location=HERMEL05,
        date=D("2025-07-13"),
        killed=R(2, None),
        source=["Damascus", "Syrian government"] + BTS,
    ),
    # the count since the ceasefire "in November" (2024) -> aggregate; "eliminated dozens" -> killed 24..open
    E(
        False,
        "we have struck Hezbollah targets about 300 times across Lebanon, and we have eliminated dozens of operatives",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05,
        location=L(["Lebanon", "across Lebanon"], cc="LB"),
        date=D("2024-11-01", "2025-07-17"),
        killed=R(24, None),
        source=IDFSRC05,
        aggregate=True,
    ),
    # the spokesman's conditional threat (the army's own) -> planned
    E(
        False,
        "If Hezbollah tries to rebuild its missile arsenal in the Bekaa, we will strike it again, wherever it is",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05,
        location=L(["Bekaa", "Bekaa valley"], cc="LB"),
        source=IDFSRC05,
        status="planned",
    ),
    # no gold: "These were precise strikes based on intelligence", "I can't confirm those figures", "Hezbollah
    # deliberately hides these facilities among civilians" (generic), "I'm not aware of that", "That is a matter
    # between Lebanon and Syria", "Every one of those strikes was a response to a violation", the ceasefire (a date
    # reference), "We have no quarrel with the people of Lebanon"
]
DOCS.append(
    (
        "dev-w-05",
        "Briefing Transcripts Service",
        "2025-07-17",
        "question-and-answer press briefing transcript",
        "Lebanon/Bekaa: the spokesman's 'we struck' a missile site in Brital 'Last night' and the health ministry's "
        "residential building with five dead (a question), a crossing near Qusaya, a car near Hermel 'On Tuesday' "
        "('he was eliminated') and Lebanese media's second dead man, Hezbollah's drone claim and 'No drone was lost', "
        "a Syrian-clan exchange of fire near Hermel 'according to Damascus', a count since the ceasefire ('eliminated "
        "dozens'), a conditional threat",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-w-05", "Thursday 17 July 2025", "2025-07-17", "Thursday"),
    ("dev-w-05", "Last night (start)", "2025-07-16", "Wednesday"),
    ("dev-w-05", "On Tuesday", "2025-07-15", "Tuesday"),
    ("dev-w-05", "on Monday", "2025-07-14", "Monday"),
    ("dev-w-05", "On Sunday", "2025-07-13", "Sunday"),
]

# =============================================================================
# dev-w-06  live blog with timestamps and a correction - the northern West Bank: the Far'a refugee camp south of
# Tubas, Tammun about 3 km south of Tubas, Tubas, Nablus's Balata camp (Wed 10 Sep 2025)
# =============================================================================
T06 = """LIVE: Israeli raid on Far'a camp and Tammun; two killed in drone strike

West Bank Today | Live updates | Wednesday 10 September 2025 | All times local (GMT+3), newest entries at the bottom

06:05 - Israeli forces launched a large raid on the Far'a refugee camp, south of Tubas, before dawn, with at least 30 military vehicles and two bulldozers, the Palestinian news agency WAFA reports.

06:40 - Residents in Far'a say the bulldozers are tearing up the main street and the water network at the camp entrance. Dozens of families have been ordered out of their homes, which soldiers are using as posts.

07:15 - A drone strike has hit a group of people in Tammun, about 3 km south of Tubas. The Palestinian Health Ministry says three people were killed.

08:10 - The Israeli army says its aircraft struck "a terrorist cell that opened fire on forces" in Tammun. It gave no further details.

09:30 - CORRECTION: Our 07:15 entry said three people were killed in Tammun. The Health Ministry has revised its figure: two men, aged 19 and 23, were killed and a third was critically wounded. We regret the error.

10:45 - The Tubas Battalion, an armed group linked to Islamic Jihad, says its fighters detonated explosive devices against army vehicles inside Far'a camp and hit a jeep. The army says no soldiers were hurt.

12:20 - In Nablus, troops raided the Balata refugee camp and arrested at least eight young men, among them a former prisoner, according to the Palestinian Prisoners' Society.

13:00 - Dozens of people marched from the central mosque in Tubas towards the Far'a road to protest against the raid. Soldiers fired tear gas and rubber-coated bullets; the Red Crescent says four protesters were injured.

14:05 - Unconfirmed reports on local Telegram channels say a second drone strike has hit a house on the eastern edge of Tammun. We have not been able to verify this.

15:10 - The army says soldiers found an explosives laboratory in a house in Far'a and dismantled several devices prepared for use against troops.

16:30 - According to the Health Ministry, 46 Palestinians have been killed in Tubas governorate since January, when the army began its operation in the northern West Bank. The army says the operation will continue "for as long as necessary".

We are ending our live coverage here. Our correspondent in Tubas, Samer Odeh, will file a full report tonight.
"""

ISR06 = ISRAEL + ["troops", "soldiers", "its aircraft", "bulldozers", "army", "Israeli drone"]
TUBASBN06 = ["Tubas Battalion", "Tubas Brigade", "Islamic Jihad", "Palestinian Islamic Jihad", "al-Quds Brigades",
             "Al-Quds Brigades", "its fighters", "armed group"]
PALMIL06 = ["Palestinian militants", "militants", "terrorist cell", "armed terrorist cell"] + TUBASBN06
FARA06 = L(["Far'a", "Far'a refugee camp", "Far'a camp", "al-Far'a", "Fara camp", "camp entrance", "south of Tubas"],
           32.29, 35.34, "PS")
# "in Tammun, about 3 km south of Tubas" -> LKM from Tubas (it falls on Tammun)
TAMMUN06 = LKM(["Tammun", "Tamoun", "Tamun", "eastern edge of Tammun", "south of Tubas"], 32.32, 35.37, 3, 180, "PS")
BALATA06 = L(["Balata", "Balata refugee camp", "Balata camp", "Nablus"], 32.21, 35.28, "PS")
TUBAS06 = L(["Tubas", "central mosque in Tubas", "Far'a road"], 32.32, 35.37, "PS")
TUBAS_GOV06 = L(["Tubas governorate", "Tubas", "northern West Bank", "West Bank"], cc="PS")
WBT = ["West Bank Today", "author"]
PMOH06 = ["Palestinian Health Ministry", "Health Ministry", "Palestinian Ministry of Health"]
ARMY06 = ["Israeli army", "army", "IDF", "Israel Defense Forces"]
E06 = [
    # bulldozers tearing up a camp's street and water network -> Looting/property destruction; the raid itself (the
    # 06:05 entry) -> no gold
    E(
        True,
        "the bulldozers are tearing up the main street and the water network at the camp entrance",
        STR,
        LOOT,
        actor1=ISR06,
        actor2=CIV + ["main street", "water network", "Far'a refugee camp", "camp"],
        location=FARA06,
        date=D("2025-09-10"),
        source=["Residents in Far'a", "residents"] + WBT,
    ),
    # the Tammun strike: the 07:15 toll corrected at 09:30 (three -> two killed and a third critically wounded) ->
    # the core takes the corrected figures; the superseded entry, the correction's restatement, the army's "terrorist
    # cell" telling (the same object told two ways, both in actor2) and the headline -> non-core copies
    E(
        True,
        "A drone strike has hit a group of people in Tammun, about 3 km south of Tubas",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV + PALMIL06 + ["group of people", "two men"],
        location=TAMMUN06,
        date=D("2025-09-10"),
        killed=R(2),
        injured=R(1),
        source=PMOH06 + ARMY06 + WBT,
    ),
    E(
        False,
        "The Palestinian Health Ministry says three people were killed",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV,
        location=TAMMUN06,
        date=D("2025-09-10"),
        killed=R(3),
        source=PMOH06,
    ),
    E(
        False,
        'its aircraft struck "a terrorist cell that opened fire on forces" in Tammun',
        EXP,
        AIR,
        actor1=ISR06,
        actor2=PALMIL06,
        location=TAMMUN06,
        date=D("2025-09-10"),
        source=ARMY06,
    ),
    E(
        False,
        "two men, aged 19 and 23, were killed and a third was critically wounded",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV + ["two men"],
        location=TAMMUN06,
        date=D("2025-09-10"),
        killed=R(2),
        injured=R(1),
        source=PMOH06,
    ),
    E(
        False,
        "two killed in drone strike",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV + PALMIL06,
        location=TAMMUN06,
        date=D("2025-09-10"),
        killed=R(2),
        source=WBT,
    ),
    # the group's claim -> core, occurred, sourced to it; the army's "no soldiers were hurt" (soldiers being the only
    # target) -> killed and injured 0..0 folded in
    E(
        True,
        "its fighters detonated explosive devices against army vehicles inside Far'a camp and hit a jeep",
        EXP,
        IED,
        actor1=TUBASBN06,
        actor2=ISR06 + ["army vehicles", "jeep"],
        location=FARA06,
        date=D("2025-09-10"),
        killed=R(0),
        injured=R(0),
        source=["Tubas Battalion"] + ARMY06,
    ),
    E(
        True,
        "troops raided the Balata refugee camp and arrested at least eight young men, among them a former prisoner",
        STR,
        ARRESTS,
        actor1=ISR06,
        actor2=CIV + ["young men", "eight young men", "former prisoner"],
        location=BALATA06,
        date=D("2025-09-10"),
        source=["Palestinian Prisoners' Society", "Prisoners' Society"],
    ),
    # a march met with tear gas and rubber-coated bullets -> Protest with intervention; "four protesters were
    # injured" -> 4
    E(
        True,
        "Dozens of people marched from the central mosque in Tubas towards the Far'a road to protest against the raid",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(ISR06 + ["Dozens of people"]),
        location=TUBAS06,
        date=D("2025-09-10"),
        injured=R(4),
        source=WBT + ["Red Crescent", "Palestinian Red Crescent"],
    ),
    # an entry whose whole subject is an unverified report -> core, status possible
    E(
        True,
        "a second drone strike has hit a house on the eastern edge of Tammun",
        EXP,
        AIR,
        actor1=ISR06 + UNK,
        actor2=CIV + ["house"],
        location=TAMMUN06,
        date=D("2025-09-10"),
        source=["local Telegram channels", "Telegram channels", "Unconfirmed reports"],
        status="possible",
    ),
    # a lab found and devices dismantled -> Disrupted weapons use
    E(
        True,
        "soldiers found an explosives laboratory in a house in Far'a and dismantled several devices prepared for use against troops",
        STR,
        DISRUPT,
        actor1=ISR06,
        actor2=PALMIL06 + UNK + ["explosives laboratory", "devices"],
        location=FARA06,
        date=D("2025-09-10"),
        source=ARMY06,
    ),
    E(
        False,
        "46 Palestinians have been killed in Tubas governorate since January",
        VAC,
        ATTACK,
        actor1=ISR06,
        actor2=CIV + ["Palestinians"],
        location=TUBAS_GOV06,
        date=D("2025-01-01", "2025-09-10"),
        killed=R(46),
        source=PMOH06,
        aggregate=True,
    ),
    # the army's statement about its operation -> planned
    E(
        False,
        'the operation will continue "for as long as necessary"',
        BAT,
        CLASH,
        actor1=ISR06,
        actor2=PALMIL06,
        location=TUBAS_GOV06,
        source=ARMY06,
        status="planned",
    ),
    # no gold: the raid as such (06:05), families ordered out and homes used as posts, "It gave no further details",
    # the correction's "Our 07:15 entry said ..." (a reference to the entry), "We regret the error", the operation's
    # start in January (a date reference)
]
DOCS.append(
    (
        "dev-w-06",
        "West Bank Today (live blog)",
        "2025-09-10",
        "live blog with timestamps and a correction",
        "northern West Bank: bulldozers tearing up Far'a camp's street and water network, a drone strike in Tammun "
        "'about 3 km south of Tubas' whose 'three people were killed' is corrected two hours later to two men 'aged 19 "
        "and 23' and a third critically wounded, the army's 'terrorist cell', an IED claim with the army's 'no soldiers "
        "were hurt', arrests in Balata, a march met with rubber-coated bullets, an unverified second strike, a lab "
        "dismantled, a count, the army's vow",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-w-06", "Wednesday 10 September 2025", "2025-09-10", "Wednesday"),
]

# =============================================================================
# dev-w-07  monthly "security incidents" digest in prose lines - Yemen's Marib and al-Bayda: the Kofal area between
# Sirwah and Marib city, Marib city, Rahabah, Radaa, the Qayfa area (Wadi Yakla), the Marib-Safer road about 40 km
# east of Marib city, the Sirwah and Raghwan fronts (Tue 3 Mar 2026)
# =============================================================================
T07 = """Marib and al-Bayda security incidents digest: February 2026

Sheba Conflict Monitor | Monthly Digest No. 26 | Published Tuesday 3 March 2026 | Coverage: 1-28 February 2026

Method: one line per incident, in date order, giving the date, the district, what happened and the source. Figures are those of the sources; unverified items are marked (U).

- Mon 2 Feb, Sirwah (Marib): Houthi artillery shelled army positions in the Kofal area, between Sirwah and Marib city; two soldiers killed and three wounded. Source: army media centre.
- Thu 5 Feb, Marib city: air defences shot down an explosive-laden drone over the al-Rawdha neighbourhood; debris damaged a car. No casualties. Source: Marib police.
- Sun 8 Feb, Rahabah (Marib): clashes after Houthi forces tried to arrest a tribal sheikh; three tribesmen and an unknown number of Houthi fighters killed. Source: tribal sources. The Houthi agency Saba said its forces had "repelled an infiltration by mercenaries" in the area.
- Wed 11 Feb, Radaa (al-Bayda): Houthi forces blew up two houses belonging to a family they accused of sheltering al-Qaeda members. No casualties reported. Source: residents.
- Overnight 12-13 Feb, Marib city: a ballistic missile fired from Houthi-held areas hit an empty plot near a petrol station on the city's western edge, wounding a child. Source: local authority.
- Sat 14 Feb, Wadi Yakla (al-Bayda): al-Qaeda in the Arabian Peninsula (AQAP) claimed to have killed "several" Houthi fighters with an explosive device on a road in the Qayfa area. (U)
- Tue 17 Feb, Marib-Safer road: gunmen abducted two engineers of an oil services company about 40 km east of Marib city. No group claimed it. Source: company statement.
- Mon 23 Feb, Marib city: dozens of displaced people protested peacefully outside the UN office against cuts in food aid. Source: Monitor field team.
- Thu 26 Feb, Rahabah (Marib): a Houthi sniper shot dead a 13-year-old boy herding sheep near his village and shot and wounded his uncle. Source: the boy's father, via local journalists.
- Last week of the month, Sirwah and Raghwan fronts: near-daily exchanges of artillery fire; no casualty figures.

Totals: the Monitor recorded 34 incidents in the two governorates in February (January: 29), with at least 21 people killed, 12 of them civilians.

Assessment: a resumption of large-scale Houthi ground attacks on Marib cannot be ruled out if the talks in Muscat stall; in that case the displacement sites around the city would be the most exposed.
"""

HOU07 = HOUTHI + ["Houthi artillery", "Houthi fighters", "Houthi sniper", "Houthi-held areas", "Saba",
                  "Houthi agency Saba"]
YGOV07 = ["Yemeni government", "Yemeni army", "army", "government forces", "army positions", "soldiers",
          "air defences", "Military Forces of Yemen", "army media centre", "Marib police",
          "Police Forces of Yemen"]
TRIBE07 = ["tribesmen", "tribal fighters", "tribal sheikh", "tribes", "mercenaries", "Murad tribe"]
AQAP07 = ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda"]
KOFAL07 = L(["Kofal", "Kofal area", "Sirwah", "Sirwah district", "between Sirwah and Marib city"], cc="YE")
MARIB07 = L(["Marib", "Marib city", "Ma'rib", "al-Rawdha", "al-Rawdha neighbourhood", "city's western edge",
             "UN office"], 15.46, 45.33, "YE")
RAHABAH07 = L(["Rahabah", "Rahabah district", "Rahbah", "Rahba", "Marib"], cc="YE")
RADAA07 = L(["Radaa", "Rada'a", "Rada", "al-Bayda"], 14.42, 44.84, "YE")
QAYFA07 = L(["Qayfa", "Qayfa area", "Wadi Yakla", "al-Bayda"], cc="YE")
# "about 40 km east of Marib city" on the Marib-Safer road -> LKM
SAFER07 = LKM(["Marib-Safer road", "east of Marib city", "Marib", "Safer"], 15.46, 45.33, 40, 90, "YE")
FRONTS07 = L(["Sirwah", "Raghwan", "Sirwah and Raghwan fronts", "Marib"], cc="YE")
TWOGOV07 = L(["Marib and al-Bayda", "Marib", "al-Bayda", "two governorates"], cc="YE")
SCM = ["Sheba Conflict Monitor", "Monitor", "author"]
E07 = [
    # "two soldiers killed and three wounded" -> 2 and 3; an area between two towns -> names and country
    E(
        True,
        "Houthi artillery shelled army positions in the Kofal area, between Sirwah and Marib city; two soldiers killed and three wounded",
        EXP,
        SHELL,
        actor1=HOU07,
        actor2=YGOV07,
        location=KOFAL07,
        date=D("2026-02-02"),
        killed=R(2),
        injured=R(3),
        source=["army media centre"] + SCM,
    ),
    # a drone shot down -> Disrupted weapons use; no launcher named on the Houthi front -> Houthis plus unknown;
    # "No casualties" -> 0..0 (the debris damage is inside)
    E(
        True,
        "air defences shot down an explosive-laden drone over the al-Rawdha neighbourhood",
        STR,
        DISRUPT,
        actor1=YGOV07,
        actor2=HOU07 + UNK + ["explosive-laden drone", "drone"],
        location=MARIB07,
        date=D("2026-02-05"),
        killed=R(0),
        injured=R(0),
        source=["Marib police"] + SCM,
    ),
    # a clash between Houthi forces and tribesmen; "three tribesmen and an unknown number of Houthi fighters killed"
    # -> 3..open; Saba's "repelled an infiltration by mercenaries" -> the same clash told another way, a non-core copy
    E(
        True,
        "clashes after Houthi forces tried to arrest a tribal sheikh; three tribesmen and an unknown number of Houthi fighters killed",
        BAT,
        CLASH,
        actor1=HOU07 + TRIBE07,
        actor2=TRIBE07 + HOU07,
        location=RAHABAH07,
        date=D("2026-02-08"),
        killed=R(3, None),
        source=["tribal sources"] + SCM,
    ),
    E(
        False,
        'its forces had "repelled an infiltration by mercenaries" in the area',
        BAT,
        CLASH,
        actor1=TRIBE07 + HOU07,
        actor2=HOU07 + TRIBE07,
        location=RAHABAH07,
        date=D("2026-02-08"),
        source=["Saba", "Houthi agency Saba"] + HOUTHI,
    ),
    # houses blown up -> Looting/property destruction; "No casualties reported" -> 0..0
    E(
        True,
        "Houthi forces blew up two houses belonging to a family they accused of sheltering al-Qaeda members",
        STR,
        LOOT,
        actor1=HOU07,
        actor2=CIV + ["two houses", "houses", "family"],
        location=RADAA07,
        date=D("2026-02-11"),
        killed=R(0),
        injured=R(0),
        source=["residents"] + SCM,
    ),
    # "Overnight 12-13 Feb" -> both days; "fired from Houthi-held areas" -> Houthis plus unknown; "on the city's
    # western edge" -> the city's point
    E(
        True,
        "a ballistic missile fired from Houthi-held areas hit an empty plot near a petrol station on the city's western edge, wounding a child",
        EXP,
        SHELL,
        actor1=HOU07 + UNK,
        actor2=CIV + ["child", "petrol station"],
        location=MARIB07,
        date=D("2026-02-12", "2026-02-13"),
        injured=R(1),
        source=["local authority"] + SCM,
    ),
    # AQAP's claim, marked unverified -> core, occurred, sourced to AQAP; "several" -> 3..open
    E(
        True,
        'al-Qaeda in the Arabian Peninsula (AQAP) claimed to have killed "several" Houthi fighters with an explosive device on a road in the Qayfa area',
        EXP,
        IED,
        actor1=AQAP07,
        actor2=HOU07,
        location=QAYFA07,
        date=D("2026-02-14"),
        killed=R(3, None),
        source=AQAP07,
    ),
    E(
        True,
        "gunmen abducted two engineers of an oil services company about 40 km east of Marib city",
        VAC,
        ABDUCT,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["two engineers", "engineers", "oil services company"],
        location=SAFER07,
        date=D("2026-02-17"),
        source=["company statement", "oil services company"] + SCM,
    ),
    E(
        True,
        "dozens of displaced people protested peacefully outside the UN office against cuts in food aid",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["displaced people", "dozens of displaced people"],
        location=MARIB07,
        date=D("2026-02-23"),
        source=["Monitor field team"] + SCM,
    ),
    # a sniper on civilians -> Violence against civilians; "shot dead a 13-year-old boy ... and shot and wounded his
    # uncle" -> killed 1, injured 1
    E(
        True,
        "a Houthi sniper shot dead a 13-year-old boy herding sheep near his village and shot and wounded his uncle",
        VAC,
        ATTACK,
        actor1=HOU07,
        actor2=CIV + ["13-year-old boy", "boy", "uncle"],
        location=RAHABAH07,
        date=D("2026-02-26"),
        killed=R(1),
        injured=R(1),
        source=["the boy's father", "father", "local journalists"] + SCM,
    ),
    # "near-daily exchanges" over "Last week of the month" -> aggregate, Monday 23 to Saturday 28 February; "no
    # casualty figures" -> no number field
    E(
        False,
        "near-daily exchanges of artillery fire; no casualty figures",
        EXP,
        SHELL,
        actor1=HOU07 + YGOV07,
        actor2=YGOV07 + HOU07,
        location=FRONTS07,
        date=D("2026-02-23", "2026-02-28"),
        source=SCM,
        aggregate=True,
    ),
    E(
        False,
        "the Monitor recorded 34 incidents in the two governorates in February (January: 29), with at least 21 people killed, 12 of them civilians",
        BAT,
        CLASH,
        actor1=HOU07 + YGOV07 + AQAP07 + UNK,
        actor2=YGOV07 + HOU07 + CIV,
        location=TWOGOV07,
        date=D("2026-02-01", "2026-02-28"),
        killed=R(21, None),
        source=SCM,
        aggregate=True,
    ),
    # the monitor's conditional assessment -> hypothetical
    E(
        False,
        "a resumption of large-scale Houthi ground attacks on Marib cannot be ruled out if the talks in Muscat stall",
        BAT,
        CLASH,
        actor1=HOU07,
        actor2=YGOV07,
        location=MARIB07,
        source=SCM,
        status="hypothetical",
    ),
    # no gold: the method note, the attempted arrest of the sheikh (inside the clash), the debris, "No group claimed
    # it", January's count (a comparison), the exposed displacement sites
]
DOCS.append(
    (
        "dev-w-07",
        "Sheba Conflict Monitor (monthly digest)",
        "2026-03-03",
        "monthly security incidents digest in prose lines",
        "Yemen/Marib and al-Bayda, February 2026 line by line: shelling in the Kofal area, a drone shot down ('No "
        "casualties'), a Houthi-tribal clash with 'an unknown number of Houthi fighters killed' and Saba's "
        "'mercenaries', houses blown up in Radaa, a missile 'Overnight 12-13 Feb' wounding a child, an unverified AQAP "
        "claim of 'several' dead, an abduction 'about 40 km east of Marib city', a displaced people's protest, a "
        "sniper ('shot dead' a boy and 'shot and wounded his uncle'), the 'Last week of the month', totals, an "
        "assessment",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-w-07", "Tuesday 3 March 2026", "2026-03-03", "Tuesday"),
    ("dev-w-07", "Mon 2 Feb", "2026-02-02", "Monday"),
    ("dev-w-07", "Thu 5 Feb", "2026-02-05", "Thursday"),
    ("dev-w-07", "Sun 8 Feb", "2026-02-08", "Sunday"),
    ("dev-w-07", "Wed 11 Feb", "2026-02-11", "Wednesday"),
    ("dev-w-07", "Sat 14 Feb", "2026-02-14", "Saturday"),
    ("dev-w-07", "Tue 17 Feb", "2026-02-17", "Tuesday"),
    ("dev-w-07", "Mon 23 Feb / Last week of the month (start)", "2026-02-23", "Monday"),
    ("dev-w-07", "Thu 26 Feb", "2026-02-26", "Thursday"),
    ("dev-w-07", "Last week of the month (end, the month's last day)", "2026-02-28", "Saturday"),
]

# =============================================================================
# dev-w-08  government rebuttal of a foreign report - the Jordanian-Syrian border: Umm al-Rumman in Suwayda province,
# the desert some 50 km north of Ruwaished, the Jaber crossing, the border north of Mafraq (Mon 10 Mar 2025)
# =============================================================================
T08 = """Government rebuts foreign report on northern border: "No soldier was killed, and the strike hit a smugglers' depot"

Ministry of Government Communication | Amman | Monday 10 March 2025 | Press statement

The Ministry of Government Communication categorically rejects the report published on Sunday by the London-based website Horizon Post, which contained serious errors about the operations of the Jordan Armed Forces - Arab Army on the kingdom's northern and eastern borders.

First: the report claimed that a Jordanian air strike on Thursday killed a family of six, among them four children, in a farmhouse near the Syrian village of Umm al-Rumman, in Suwayda province. This is false. On Thursday, Royal Jordanian Air Force aircraft, in coordination with the Syrian side, struck a depot used by drug-smuggling gangs near Umm al-Rumman, killing three armed members of the gangs. No civilians were present at the site.

Second: the report claimed that three Jordanian soldiers were killed on Saturday in a clash with smugglers near Ruwaished and that the army had concealed their deaths. This is also false. At dawn on Saturday, border guards of the Eastern Military Region engaged a group of armed smugglers trying to cross from Syrian territory some 50 km north of Ruwaished. Four smugglers were killed and several others wounded before the rest fled back into Syria. One of our soldiers was lightly wounded and has since left hospital.

Third: the report ignored that the Anti-Narcotics Department, together with customs, arrested two truck drivers at the Jaber border crossing on Sunday after finding 480,000 Captagon pills hidden in a cargo of tomatoes. Also on Sunday, border guards shot down a drone carrying crystal meth near the border north of Mafraq.

Since the beginning of the year, the Armed Forces have foiled 41 infiltration and smuggling attempts on the northern and eastern fronts, killing 27 smugglers and seizing more than 9 million pills, according to the General Command.

The ministry regrets that the website did not contact it before publication and calls on it to retract. It reaffirms that the Armed Forces will strike with an iron fist anyone who tries to tamper with the security of the homeland, and that the rules of engagement adopted in 2022 remain in force.

"Those who publish such fabrications are doing the smugglers' work for them," the ministry's spokesman, Faris al-Qudah, said.
"""

JOR08 = ["Jordan Armed Forces", "Jordan Armed Forces - Arab Army", "Jordanian Armed Forces", "Jordanian army",
         "Arab Army", "Royal Jordanian Air Force", "Jordanian aircraft", "Jordanian air strike", "Jordan",
         "Jordanian", "Military Forces of Jordan", "border guards", "Eastern Military Region", "Armed Forces",
         "Jordanian soldiers"]
JORPOL08 = ["Anti-Narcotics Department", "customs", "Jordanian police", "Public Security Directorate",
            "Police Forces of Jordan"]
SMUG08 = ["smugglers", "armed smugglers", "drug-smuggling gangs", "smuggling gangs", "gangs", "infiltrators"] + UNK
UMM_RUMMAN08 = L(["Umm al-Rumman", "Um al-Rumman", "Suwayda province", "Suwayda", "farmhouse", "depot"], cc="SY")
# "some 50 km north of Ruwaished" -> LKM from Ruwaished
RUW_N08 = LKM(["north of Ruwaished", "Ruwaished", "Ruwayshid", "eastern border"], 32.50, 38.20, 50, 0, "JO")
RUWAISHED08 = L(["Ruwaished", "Ruwayshid", "Rweished", "near Ruwaished"], 32.50, 38.20, "JO")
JABER08 = L(["Jaber border crossing", "Jaber", "Jaber crossing", "Jabir", "Nassib"], 32.54, 36.21, "JO")
# "near the border north of Mafraq" (no distance) -> Mafraq's point
MAFRAQ08 = L(["Mafraq", "north of Mafraq", "border north of Mafraq"], 32.34, 36.21, "JO")
JOBORDER08 = L(["northern and eastern fronts", "northern and eastern borders", "Jordan"], cc="JO")
MGC08 = ["Ministry of Government Communication", "Jordanian government", "government", "Faris al-Qudah", "author"]
E08 = [
    # the foreign report's strike as the ministry retells it, then rebuts it -> non-core denied, its figures kept
    # (six dead), the ministry as source; the ministry's own telling (a smugglers' depot, three armed men) -> core;
    # "On Thursday" -> 6 March; "No civilians were present" (one group) -> no extra number field
    E(
        False,
        "a Jordanian air strike on Thursday killed a family of six, among them four children, in a farmhouse near the Syrian village of Umm al-Rumman",
        EXP,
        AIR,
        actor1=JOR08,
        actor2=CIV + ["family of six", "family", "four children", "farmhouse"],
        location=UMM_RUMMAN08,
        date=D("2025-03-06"),
        killed=R(6),
        source=MGC08,
        status="denied",
    ),
    E(
        True,
        "Royal Jordanian Air Force aircraft, in coordination with the Syrian side, struck a depot used by drug-smuggling gangs near Umm al-Rumman, killing three armed members of the gangs",
        EXP,
        AIR,
        actor1=JOR08,
        actor2=SMUG08 + ["depot"],
        location=UMM_RUMMAN08,
        date=D("2025-03-06"),
        killed=R(3),
        source=MGC08,
    ),
    E(
        False,
        "the strike hit a smugglers' depot",
        EXP,
        AIR,
        actor1=JOR08,
        actor2=SMUG08 + ["depot"],
        location=UMM_RUMMAN08,
        date=D("2025-03-06"),
        source=MGC08,
    ),
    # the report's three dead soldiers -> non-core denied (the headline's "No soldier was killed" a second denied
    # copy); the ministry's telling -> core: four smugglers dead and, by the denial, no soldier -> killed 4..4; "several
    # others wounded" (3..open) plus "One of our soldiers was lightly wounded" -> injured 4..open; "At dawn on
    # Saturday" -> 8 March; "some 50 km north of Ruwaished" -> LKM
    E(
        False,
        "three Jordanian soldiers were killed on Saturday in a clash with smugglers near Ruwaished",
        BAT,
        CLASH,
        actor1=SMUG08 + JOR08,
        actor2=JOR08 + SMUG08,
        location=RUWAISHED08,
        date=D("2025-03-08"),
        killed=R(3),
        source=MGC08,
        status="denied",
    ),
    E(
        False,
        "No soldier was killed",
        BAT,
        CLASH,
        actor1=SMUG08 + JOR08,
        actor2=JOR08 + SMUG08,
        location=RUWAISHED08,
        date=D("2025-03-08"),
        source=MGC08,
        status="denied",
    ),
    E(
        True,
        "border guards of the Eastern Military Region engaged a group of armed smugglers trying to cross from Syrian territory some 50 km north of Ruwaished",
        BAT,
        CLASH,
        actor1=JOR08 + SMUG08,
        actor2=SMUG08 + JOR08,
        location=RUW_N08,
        date=D("2025-03-08"),
        killed=R(4),
        injured=R(4, None),
        source=MGC08,
    ),
    E(
        False,
        "Four smugglers were killed and several others wounded",
        BAT,
        CLASH,
        actor1=JOR08,
        actor2=SMUG08,
        location=RUW_N08,
        date=D("2025-03-08"),
        killed=R(4),
        injured=R(3, None),
        source=MGC08,
    ),
    E(
        False,
        "One of our soldiers was lightly wounded",
        BAT,
        CLASH,
        actor1=SMUG08,
        actor2=JOR08,
        location=RUW_N08,
        date=D("2025-03-08"),
        injured=R(1),
        source=MGC08,
    ),
    E(
        True,
        "the Anti-Narcotics Department, together with customs, arrested two truck drivers at the Jaber border crossing on Sunday",
        STR,
        ARRESTS,
        actor1=JORPOL08,
        actor2=["two truck drivers", "truck drivers", "drivers", "smugglers"],
        location=JABER08,
        date=D("2025-03-09"),
        source=MGC08,
    ),
    # a drone shot down -> Disrupted weapons use; "Also on Sunday" -> 9 March
    E(
        True,
        "border guards shot down a drone carrying crystal meth near the border north of Mafraq",
        STR,
        DISRUPT,
        actor1=JOR08,
        actor2=SMUG08 + ["drone"],
        location=MAFRAQ08,
        date=D("2025-03-09"),
        source=MGC08,
    ),
    E(
        False,
        "the Armed Forces have foiled 41 infiltration and smuggling attempts on the northern and eastern fronts, killing 27 smugglers",
        BAT,
        CLASH,
        actor1=JOR08,
        actor2=SMUG08,
        location=JOBORDER08,
        date=D("2025-01-01", "2025-03-10"),
        killed=R(27),
        source=["General Command", "General Command of the Jordan Armed Forces"] + MGC08,
        aggregate=True,
    ),
    # the reaffirmed threat -> planned
    E(
        False,
        "the Armed Forces will strike with an iron fist anyone who tries to tamper with the security of the homeland",
        BAT,
        CLASH,
        actor1=JOR08,
        actor2=SMUG08,
        location=JOBORDER08,
        source=MGC08,
        status="planned",
    ),
    # no gold: the report's publication, "No civilians were present at the site", "the rest fled back into Syria",
    # "has since left hospital", the pills seized (inside the arrests and the year count), the rules of engagement of
    # 2022, the spokesman's quote
]
DOCS.append(
    (
        "dev-w-08",
        "Jordanian Ministry of Government Communication (press statement)",
        "2025-03-10",
        "government rebuttal/denial",
        "Jordan-Syria border: a foreign report's strike on 'a family of six' rebutted and retold as a strike on a "
        "smugglers' depot killing three, the report's three dead soldiers rebutted and retold as a clash 'some 50 km "
        "north of Ruwaished' (four smugglers dead, 'several others wounded', one soldier lightly wounded), arrests at "
        "the Jaber crossing, a drug drone shot down 'north of Mafraq', a year count, a threat",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-w-08", "Monday 10 March 2025", "2025-03-10", "Monday"),
    ("dev-w-08", "on Sunday / Also on Sunday", "2025-03-09", "Sunday"),
    ("dev-w-08", "on Saturday / At dawn on Saturday", "2025-03-08", "Saturday"),
    ("dev-w-08", "on Thursday / On Thursday", "2025-03-06", "Thursday"),
]

# =============================================================================
# dev-w-09  shipping security advisory (UKMTO-style) - the southern Red Sea 25NM south-west and 20NM west of Mokha,
# the Gulf of Aden 85NM south-east of Aden (Sat 21 Sep 2024)
# =============================================================================
T09 = """RSMW ADVISORY 118/24 - Southern Red Sea and Gulf of Aden: tanker struck twice south-west of Mokha; armed skiff fires on bulk carrier south-east of Aden

Red Sea Maritime Watch (RSMW) | Maritime Security Advisory | Issued 21 SEP 2024 1530 UTC | Supersedes Warnings 116/24 and 117/24

All times UTC. Positions are approximate. Masters are reminded to report all incidents and suspicious activity to RSMW.

1. INCIDENT 118A - SOUTHERN RED SEA
At 0705 UTC on 21 Sep, the master of a Liberia-flagged crude oil tanker, later named by the Houthis as MARLENA GRACE, reported an explosion in the water about 1NM off the starboard bow, in a position 25NM south-west of Mokha. No damage.
At 0740 UTC the vessel was hit by an unknown projectile on the port side, above the waterline. A fire broke out on deck and was brought under control by the crew. No injuries were reported at that time.
UPDATE 1 (0955 UTC): the vessel was struck again at 0912 UTC, this time by an uncrewed surface vessel (USV) that hit the stern and caused flooding in the engine room. One crew member sustained burns. The tanker has lost propulsion and is drifting; the crew of 23 have been taken off by a merchant vessel nearby.
UPDATE 2 (1350 UTC): a military spokesman for the Houthis claimed the attack, saying their naval forces had targeted the ship "with two ballistic missiles and an unmanned boat" because vessels of the same owner had called at ports in occupied Palestine. The Houthis have said they will keep targeting such vessels "until the aggression on Gaza stops".

2. INCIDENT 117B - GULF OF ADEN
At 2210 UTC on 20 Sep, a bulk carrier 85NM south-east of Aden reported being approached at speed by a skiff with five persons and a ladder on board. The skiff fired at the bridge and the embarked armed security team returned fire, after which the skiff withdrew on a bearing of 190 degrees. The crew are reported safe.

3. OTHER ACTIVITY
At 1120 UTC on 21 Sep, a coalition warship destroyed an uncrewed aerial vehicle over the southern Red Sea, 20NM west of Mokha. The coalition said it had posed a threat to merchant shipping in the area.

4. THREAT ASSESSMENT
This is the fifth attack on commercial shipping in the southern Red Sea and Gulf of Aden reported to RSMW in September. The threat remains HIGH for vessels with Israeli, US or UK links and SIGNIFICANT for all others. A tanker that loses power may drift into shallow water, where a grounding could cause a major oil spill.
"""

HOU09 = HOUTHI + ["Houthi naval forces", "naval forces", "their naval forces", "military spokesman for the Houthis"]
SHIP09 = ["MARLENA GRACE", "tanker", "crude oil tanker", "Liberia-flagged crude oil tanker", "vessel", "ship",
          "crew", "merchant vessel", "commercial shipping"] + CIV
PIRATE09 = ["skiff", "armed skiff", "pirates", "Somali pirates", "five persons"] + UNK
GUARDS09 = ["embarked armed security team", "armed security team", "security team", "private security",
            "bulk carrier", "Private Security Forces"]
COALITION09 = ["coalition warship", "coalition", "naval coalition", "Operation Prosperity Guardian",
               "Operation Aspides", "warship"]
# positions at sea -> LKM in nautical miles, no country
TANKER09 = LKM(["south-west of Mokha", "Mokha", "Mocha", "southern Red Sea", "Red Sea"], 13.32, 43.25, 25 * NM, 225)
ADEN09 = LKM(["south-east of Aden", "Aden", "Gulf of Aden"], 12.79, 45.02, 85 * NM, 135)
WARSHIP09 = LKM(["west of Mokha", "Mokha", "Mocha", "southern Red Sea", "Red Sea"], 13.32, 43.25, 20 * NM, 270)
REDSEA09 = L(["southern Red Sea and Gulf of Aden", "southern Red Sea", "Red Sea", "Gulf of Aden"])
RSMW = ["Red Sea Maritime Watch", "RSMW", "master", "author"]
HOUSRC09 = ["military spokesman for the Houthis", "Houthi military spokesman"] + HOUTHI
E09 = [
    # the projectiles on one ship in one morning -> one missile attack (core on the hit, 0740 UTC); the advisory's
    # "unknown projectile", the Houthis' later claim -> the Houthis plus unknown; "No injuries were reported at that
    # time" -> injured 0..0; the 0705 explosion in the water, the claim naming the same ship and the headline ->
    # non-core copies
    E(
        True,
        "the vessel was hit by an unknown projectile on the port side, above the waterline",
        EXP,
        SHELL,
        actor1=UNK + HOU09,
        actor2=SHIP09,
        location=TANKER09,
        date=D("2024-09-21"),
        injured=R(0),
        source=RSMW + HOUSRC09,
    ),
    E(
        False,
        "reported an explosion in the water about 1NM off the starboard bow",
        EXP,
        SHELL,
        actor1=UNK + HOU09,
        actor2=SHIP09,
        location=TANKER09,
        date=D("2024-09-21"),
        source=RSMW,
    ),
    E(
        False,
        'their naval forces had targeted the ship "with two ballistic missiles and an unmanned boat"',
        EXP,
        SHELL,
        actor1=HOU09,
        actor2=SHIP09,
        location=TANKER09,
        date=D("2024-09-21"),
        source=HOUSRC09,
    ),
    E(
        False,
        "tanker struck twice south-west of Mokha",
        EXP,
        SHELL,
        actor1=UNK + HOU09,
        actor2=SHIP09,
        location=TANKER09,
        date=D("2024-09-21"),
        source=RSMW,
    ),
    # a drone boat -> Remote explosive/landmine/IED; "One crew member sustained burns" -> injured 1
    E(
        True,
        "the vessel was struck again at 0912 UTC, this time by an uncrewed surface vessel (USV) that hit the stern and caused flooding in the engine room",
        EXP,
        IED,
        actor1=UNK + HOU09,
        actor2=SHIP09,
        location=TANKER09,
        date=D("2024-09-21"),
        injured=R(1),
        source=RSMW + HOUSRC09,
    ),
    # the Houthis' declared intent -> planned
    E(
        False,
        'they will keep targeting such vessels "until the aggression on Gaza stops"',
        EXP,
        SHELL,
        actor1=HOU09,
        actor2=SHIP09,
        location=REDSEA09,
        source=HOUTHI,
        status="planned",
    ),
    # a skiff firing and armed guards returning fire -> Battles/Armed clash; "2210 UTC on 20 Sep" -> 20 Sep; "The
    # crew are reported safe" (one group) -> no number field; the headline a non-core copy
    E(
        True,
        "The skiff fired at the bridge and the embarked armed security team returned fire",
        BAT,
        CLASH,
        actor1=PIRATE09 + GUARDS09,
        actor2=GUARDS09 + PIRATE09,
        location=ADEN09,
        date=D("2024-09-20"),
        source=RSMW,
    ),
    E(
        False,
        "armed skiff fires on bulk carrier south-east of Aden",
        BAT,
        CLASH,
        actor1=PIRATE09,
        actor2=GUARDS09,
        location=ADEN09,
        date=D("2024-09-20"),
        source=RSMW,
    ),
    # a UAV destroyed by a warship -> Disrupted weapons use; no launcher named -> unknown plus the Houthis
    E(
        True,
        "a coalition warship destroyed an uncrewed aerial vehicle over the southern Red Sea, 20NM west of Mokha",
        STR,
        DISRUPT,
        actor1=COALITION09,
        actor2=UNK + HOU09 + ["uncrewed aerial vehicle", "UAV", "drone"],
        location=WARSHIP09,
        date=D("2024-09-21"),
        source=["coalition"] + RSMW,
    ),
    E(
        False,
        "This is the fifth attack on commercial shipping in the southern Red Sea and Gulf of Aden reported to RSMW in September",
        EXP,
        SHELL,
        actor1=HOU09 + UNK,
        actor2=SHIP09,
        location=REDSEA09,
        date=D("2024-09-01", "2024-09-21"),
        source=RSMW,
        aggregate=True,
    ),
    # no gold: "No damage" (inside the near miss), the fire on deck, the loss of propulsion and the evacuation of
    # the crew, the skiff's approach and withdrawal (inside the clash), the threat levels, the grounding and oil
    # spill (a non-violent forecast)
]
DOCS.append(
    (
        "dev-w-09",
        "Red Sea Maritime Watch (advisory)",
        "2024-09-21",
        "shipping security advisory",
        "Red Sea and Gulf of Aden in UTC times and nautical miles: a tanker '25NM south-west of Mokha' hit by 'an "
        "unknown projectile' after an explosion in the water ('No injuries were reported at that time'), then by a "
        "drone boat ('One crew member sustained burns'), the Houthi claim and vow, a skiff firing on a bulk carrier "
        "'85NM south-east of Aden' and armed guards returning fire ('The crew are reported safe'), a UAV destroyed "
        "'20NM west of Mokha', a month's count, a grounding forecast (no gold)",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-w-09", "21 SEP 2024", "2024-09-21", "Saturday"),
    ("dev-w-09", "20 Sep", "2024-09-20", "Friday"),
]

# =============================================================================
# dev-w-10  human-rights NGO urgent appeal - Mali's Mopti region: a village about 30 km north of Djenné, Kouakourou in
# Djenné cercle, the Sévaré-Bandiagara road about 25 km east of Sévaré, near Bandiagara, Sévaré; Ogossagou as
# background (Wed 19 Nov 2025)
# =============================================================================
T10 = """URGENT APPEAL - Mali: at least 12 men executed near Djenné; abductions and road attacks spread across Mopti region

Sahel Rights Watch | Urgent Appeal UA-2025-31 | Dakar | 19 November 2025 | For immediate release

Sahel Rights Watch (SRW) calls for an immediate and independent investigation into the killing of at least 12 men in a village about 30 km north of Djenné on Tuesday 11 November, and into a series of abuses by all parties in Mali's Mopti region.

According to four witnesses interviewed by SRW by telephone, Malian soldiers accompanied by foreign military personnel, whom residents identified as members of Russia's Africa Corps, surrounded the village at dawn, rounded up men at the weekly market and executed at least 12 of them, aged between 17 and 70, behind the health centre. "They tied their hands and shot them one by one," said a trader who hid in a granary. Two days later, the army said in a communiqué that it had "neutralised 17 terrorists" during an operation in the Djenné area.

On Saturday 15 November, a drone strike hit a wedding celebration in Kouakourou, in Djenné cercle, killing between seven and ten people, among them the groom's mother, residents said. The army has not commented.

Abuses by armed groups continue. On 9 November, fighters of the al-Qaeda-linked JNIM stopped a bus on the Sévaré-Bandiagara road, about 25 km east of Sévaré, beat passengers they accused of working with the army, shot dead two men who resisted and set the bus on fire. On Thursday 13 November, Dozo hunters of the Dan Na Ambassagou militia abducted five Fulani herders near Bandiagara; their families have had no news of them since.

Three men arrested by soldiers at a checkpoint in Sévaré on 3 November are still missing. The authorities have not acknowledged holding them.

Since July, SRW has documented the killing of 143 civilians in Mopti region, at least 60 of them by the army and its foreign allies. The pattern recalls the worst years of the conflict, including the March 2019 massacre in Ogossagou, where some 160 Fulani villagers were killed in an attack blamed on Dogon militiamen.

SRW urges the transitional authorities to open investigations, grant access to independent observers and stop using ethnic militias as auxiliaries. Without accountability, the cycle of reprisals in central Mali will only widen.

Media contact: Aïssata Diallo, SRW Sahel researcher, Dakar.
"""

FAMA10 = ["Malian army", "Malian Armed Forces", "FAMa", "Military Forces of Mali", "Malian soldiers", "soldiers",
          "army", "transitional authorities"]
AFRICA10 = ["Africa Corps", "Russia's Africa Corps", "foreign military personnel", "Wagner", "Wagner Group",
            "Russian forces", "Military Forces of Russia", "foreign allies"]
JNIM10 = JNIM + ["fighters of the al-Qaeda-linked JNIM", "terrorists", "armed groups"]
DNA10 = ["Dan Na Ambassagou", "Dan Na Ambassagou militia", "Dozo hunters", "Dozo", "Dogon militia",
         "Dogon militiamen", "ethnic militias"]
# "a village about 30 km north of Djenné" -> LKM from Djenné
DJENNE_N10 = LKM(["north of Djenné", "Djenné", "Djenne", "village", "weekly market"], 13.91, -4.55, 30, 0, "ML")
DJENNE10 = L(["Djenné", "Djenne", "Djenné area", "Djenne area"], 13.91, -4.55, "ML")
KOUAK10 = L(["Kouakourou", "Djenné cercle", "Djenne cercle"], cc="ML")
# "on the Sévaré-Bandiagara road, about 25 km east of Sévaré" -> LKM from Sévaré
SEV_E10 = LKM(["Sévaré-Bandiagara road", "east of Sévaré", "Sévaré", "Sevare", "Bandiagara"], 14.53, -4.10, 25, 90,
              "ML")
BANDIAGARA10 = L(["Bandiagara", "near Bandiagara"], 14.35, -3.61, "ML")
SEVARE10 = L(["Sévaré", "Sevare", "checkpoint in Sévaré"], 14.53, -4.10, "ML")
MOPTI10 = L(["Mopti region", "Mopti", "central Mali"], cc="ML")
OGOSSAGOU10 = L(["Ogossagou", "Ogossagou-Peulh", "Bankass", "Mopti region"], cc="ML")
SRW = ["Sahel Rights Watch", "SRW", "author"]
ARMY10 = ["army", "Malian army", "FAMa", "communiqué", "army communiqué"]
E10 = [
    # executions of men rounded up at a market -> Violence against civilians; "at least 12 of them, aged between 17
    # and 70" -> killed 12..open; "about 30 km north of Djenné" (first paragraph) -> LKM; "on Tuesday 11 November";
    # the first paragraph's telling and the headline -> non-core copies
    E(
        True,
        "Malian soldiers accompanied by foreign military personnel, whom residents identified as members of Russia's Africa Corps, surrounded the village at dawn, rounded up men at the weekly market and executed at least 12 of them",
        VAC,
        ATTACK,
        actor1=FAMA10 + AFRICA10,
        actor2=CIV + ["men", "12 men"],
        location=DJENNE_N10,
        date=D("2025-11-11"),
        killed=R(12, None),
        source=["four witnesses", "witnesses", "residents"] + SRW,
    ),
    E(
        False,
        "the killing of at least 12 men in a village about 30 km north of Djenné on Tuesday 11 November",
        VAC,
        ATTACK,
        actor1=FAMA10 + AFRICA10,
        actor2=CIV + ["12 men", "men"],
        location=DJENNE_N10,
        date=D("2025-11-11"),
        killed=R(12, None),
        source=SRW,
    ),
    E(
        False,
        "at least 12 men executed near Djenné",
        VAC,
        ATTACK,
        actor1=FAMA10 + AFRICA10,
        actor2=CIV + ["12 men", "men"],
        location=DJENNE_N10,
        date=D("2025-11-11"),
        killed=R(12, None),
        source=SRW,
    ),
    # the army's communiqué names another object ("17 terrorists" in "an operation in the Djenné area") -> a core
    # Battles event of its own; "neutralised" -> no number field; dated from the executions to the communiqué "Two
    # days later" (11-13 Nov)
    E(
        True,
        'it had "neutralised 17 terrorists" during an operation in the Djenné area',
        BAT,
        CLASH,
        actor1=FAMA10 + AFRICA10 + JNIM10,
        actor2=JNIM10 + FAMA10,
        location=DJENNE10,
        date=D("2025-11-11", "2025-11-13"),
        source=ARMY10,
    ),
    # a drone strike, no shooter named, the text frames the army ("The army has not commented") -> unknown plus the
    # army; "between seven and ten" -> 7..10; "among them the groom's mother"
    E(
        True,
        "a drone strike hit a wedding celebration in Kouakourou, in Djenné cercle, killing between seven and ten people, among them the groom's mother",
        EXP,
        AIR,
        actor1=UNK + FAMA10,
        actor2=CIV + ["wedding celebration", "wedding", "groom's mother"],
        location=KOUAK10,
        date=D("2025-11-15"),
        killed=R(7, 10),
        source=["residents"] + SRW,
    ),
    # a bus stopped, passengers beaten, two shot dead, the bus burned -> Violence against civilians; "about 25 km
    # east of Sévaré" -> LKM; "On 9 November"
    E(
        True,
        "fighters of the al-Qaeda-linked JNIM stopped a bus on the Sévaré-Bandiagara road, about 25 km east of Sévaré, beat passengers they accused of working with the army, shot dead two men who resisted and set the bus on fire",
        VAC,
        ATTACK,
        actor1=JNIM10,
        actor2=CIV + ["bus", "passengers", "two men"],
        location=SEV_E10,
        date=D("2025-11-09"),
        killed=R(2),
        source=SRW,
    ),
    E(
        True,
        "Dozo hunters of the Dan Na Ambassagou militia abducted five Fulani herders near Bandiagara",
        VAC,
        ABDUCT,
        actor1=DNA10,
        actor2=CIV + ["five Fulani herders", "Fulani herders", "herders"],
        location=BANDIAGARA10,
        date=D("2025-11-13"),
        source=SRW,
    ),
    # men "arrested by soldiers" and still missing -> Arrests (the act told)
    E(
        True,
        "Three men arrested by soldiers at a checkpoint in Sévaré on 3 November are still missing",
        STR,
        ARRESTS,
        actor1=FAMA10,
        actor2=CIV + ["Three men", "men"],
        location=SEVARE10,
        date=D("2025-11-03"),
        source=SRW,
    ),
    E(
        False,
        "SRW has documented the killing of 143 civilians in Mopti region, at least 60 of them by the army and its foreign allies",
        VAC,
        ATTACK,
        actor1=FAMA10 + AFRICA10 + JNIM10 + DNA10,
        actor2=CIV,
        location=MOPTI10,
        date=D("2025-07-01", "2025-11-19"),
        killed=R(143),
        source=SRW,
        aggregate=True,
    ),
    # background: Ogossagou, March 2019 ("some 160" -> 160..160; "blamed on Dogon militiamen")
    E(
        False,
        "the March 2019 massacre in Ogossagou, where some 160 Fulani villagers were killed in an attack blamed on Dogon militiamen",
        VAC,
        ATTACK,
        actor1=DNA10 + UNK,
        actor2=CIV + ["Fulani villagers"],
        location=OGOSSAGOU10,
        date=D("2019-03-01", "2019-03-31"),
        killed=R(160),
        source=SRW,
    ),
    # the NGO's forecast -> hypothetical
    E(
        False,
        "Without accountability, the cycle of reprisals in central Mali will only widen",
        VAC,
        ATTACK,
        actor1=FAMA10 + JNIM10 + DNA10,
        actor2=CIV,
        location=MOPTI10,
        source=SRW,
        status="hypothetical",
    ),
    # no gold: "They tied their hands and shot them one by one" (inside the executions), "The army has not
    # commented", the families with no news, "The authorities have not acknowledged holding them", the
    # recommendations (among them the use of "ethnic militias as auxiliaries", generic)
]
DOCS.append(
    (
        "dev-w-10",
        "Sahel Rights Watch (urgent appeal)",
        "2025-11-19",
        "human-rights NGO urgent appeal",
        "Mali/Mopti: executions of 'at least 12' men 'aged between 17 and 70' by soldiers and 'foreign military "
        "personnel' in a village 'about 30 km north of Djenné' and the army's 'neutralised 17 terrorists' 'Two days "
        "later', a drone strike on a wedding ('between seven and ten', 'the groom's mother') with no shooter named, "
        "JNIM on a bus 'about 25 km east of Sévaré' ('shot dead two men'), a Dozo abduction, three men 'arrested by "
        "soldiers' and missing, a count, Ogossagou 2019 as background, a forecast",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-w-10", "19 November 2025", "2025-11-19", "Wednesday"),
    ("dev-w-10", "Saturday 15 November", "2025-11-15", "Saturday"),
    ("dev-w-10", "Thursday 13 November / Two days later", "2025-11-13", "Thursday"),
    ("dev-w-10", "Tuesday 11 November", "2025-11-11", "Tuesday"),
]

# =============================================================================
# dev-w-11  UN agency flash update - DR Congo's Ituri: the Ngazba displacement site about 8 km north of Fataki in
# Djugu territory, Largu, Djugu centre, Bunia, the Bunia-Fataki road; Plaine Savo as background (Thu 16 Apr 2026)
# =============================================================================
T11 = """DR Congo: Ituri - Flash Update No. 4: attack on the Ngazba displacement site, Djugu territory (as of 16 April 2026)

United Nations Office for the Coordination of Humanitarian Affairs (OCHA) | Bunia | 16 April 2026

KEY POINTS
- At least 31 people killed in an attack on a displacement site near Fataki.
- About 4,200 displaced people have fled the site towards Fataki and Bunia.

SITUATION OVERVIEW
On the night of 12 to 13 April, armed men attributed by local authorities to the CODECO militia attacked the Ngazba displacement site, about 8 km north of Fataki, in Djugu territory, with machetes and firearms. Flash Update No. 3 reported at least 23 dead, including nine children, and 17 injured. As of 15 April, local health authorities put the toll at 31 dead after more bodies were found in the bush around the site. Some 600 shelters were burned.

On 13 April, FARDC soldiers pursued the attackers and clashed with them near Largu. According to the army, six militiamen and two soldiers were killed.

On 14 April, fighters of the Zaïre self-defence group attacked CODECO positions near Djugu centre in what local sources described as a reprisal. The number of casualties is not known.

In Bunia, several hundred displaced people demonstrated outside the MONUSCO base on 14 April to demand better protection of the sites. Police dispersed the crowd with tear gas; no injuries were reported.

On 11 April, two staff members of a national NGO were abducted by unidentified armed men on the Bunia-Fataki road. They were released unharmed the following day.

Since January 2026, partners have recorded at least 210 civilian deaths in Djugu territory, the deadliest in Ituri. The attack recalls the February 2022 raid on the Plaine Savo site, in which more than 60 displaced people were killed.

HUMANITARIAN NEEDS AND RESPONSE
Partners have deployed two mobile clinics to Fataki and are distributing emergency shelter kits to 1,500 households. Access remains constrained by insecurity on the Bunia-Fataki road, where humanitarian convoys now need escorts.

OUTLOOK
Humanitarian actors fear further reprisal attacks between communities in the coming weeks, which could displace tens of thousands more people and cut off the sites north of Fataki from assistance.
"""

CODECO11 = ["CODECO", "CODECO militia", "Cooperative for the Development of Congo",
            "Coopérative pour le développement du Congo", "URDPC", "Lendu militia", "militiamen", "attackers",
            "armed men"]
FARDC11 = FARDC + ["FARDC soldiers", "army", "soldiers"]
ZAIRE11 = ["Zaïre self-defence group", "Zaire self-defence group", "Zaïre", "Zaire", "Zaïre militia",
           "self-defence group", "Hema militia"]
CDPOL11 = ["Police", "police", "Congolese National Police", "Police Forces of the Democratic Republic of Congo"]
DISPL11 = CIV + ["displaced people", "Ngazba displacement site", "displacement site", "nine children"]
# "about 8 km north of Fataki" -> LKM from Fataki
NGAZBA11 = LKM(["Ngazba displacement site", "Ngazba", "north of Fataki", "Fataki", "Djugu territory", "Djugu"],
               1.95, 30.47, 8, 0, "CD")
LARGU11 = L(["Largu", "Djugu territory", "Djugu"], cc="CD")
DJUGU11 = L(["Djugu centre", "Djugu", "near Djugu centre"], 1.92, 30.50, "CD")
BUNIA11 = L(["Bunia", "MONUSCO base"], 1.56, 30.25, "CD")
ROAD11 = L(["Bunia-Fataki road", "Bunia", "Fataki"], cc="CD")
DJUGU_T11 = L(["Djugu territory", "Djugu", "Ituri"], cc="CD")
SAVO11 = L(["Plaine Savo", "Plaine Savo site", "Djugu"], cc="CD")
OCHA11 = ["OCHA", "United Nations Office for the Coordination of Humanitarian Affairs", "United Nations", "partners",
          "author"]
E11 = [
    # "attributed by local authorities to the CODECO militia" -> CODECO plus unknown; "On the night of 12 to 13
    # April" -> both days; the toll "at least 23" (the previous update) raised to 31 -> killed 23..open, injured 17;
    # "about 8 km north of Fataki" -> LKM; the figures and the key point -> non-core copies
    E(
        True,
        "armed men attributed by local authorities to the CODECO militia attacked the Ngazba displacement site, about 8 km north of Fataki, in Djugu territory, with machetes and firearms",
        VAC,
        ATTACK,
        actor1=CODECO11 + UNK,
        actor2=DISPL11,
        location=NGAZBA11,
        date=D("2026-04-12", "2026-04-13"),
        killed=R(23, None),
        injured=R(17),
        source=OCHA11 + ["local authorities", "local health authorities"],
    ),
    E(
        False,
        "Flash Update No. 3 reported at least 23 dead, including nine children, and 17 injured",
        VAC,
        ATTACK,
        actor1=CODECO11 + UNK,
        actor2=DISPL11,
        location=NGAZBA11,
        date=D("2026-04-12", "2026-04-13"),
        killed=R(23, None),
        injured=R(17),
        source=OCHA11,
    ),
    E(
        False,
        "local health authorities put the toll at 31 dead",
        VAC,
        ATTACK,
        actor1=CODECO11 + UNK,
        actor2=DISPL11,
        location=NGAZBA11,
        date=D("2026-04-12", "2026-04-13"),
        killed=R(31),
        source=["local health authorities", "health authorities"],
    ),
    E(
        False,
        "At least 31 people killed in an attack on a displacement site near Fataki",
        VAC,
        ATTACK,
        actor1=CODECO11 + UNK,
        actor2=DISPL11,
        location=NGAZBA11,
        date=D("2026-04-12", "2026-04-13"),
        killed=R(31, None),
        source=OCHA11,
    ),
    # both sides' dead told by the army -> 8..8
    E(
        True,
        "FARDC soldiers pursued the attackers and clashed with them near Largu",
        BAT,
        CLASH,
        actor1=FARDC11 + CODECO11,
        actor2=CODECO11 + FARDC11,
        location=LARGU11,
        date=D("2026-04-13"),
        killed=R(8),
        source=["army", "FARDC"] + OCHA11,
    ),
    # a reprisal attack on CODECO positions -> Battles between militias; "The number of casualties is not known" ->
    # no number field
    E(
        True,
        "fighters of the Zaïre self-defence group attacked CODECO positions near Djugu centre",
        BAT,
        CLASH,
        actor1=ZAIRE11 + CODECO11,
        actor2=CODECO11 + ZAIRE11,
        location=DJUGU11,
        date=D("2026-04-14"),
        source=["local sources"] + OCHA11,
    ),
    # a demonstration dispersed with tear gas -> Protest with intervention; "no injuries were reported" -> injured
    # 0..0 only
    E(
        True,
        "several hundred displaced people demonstrated outside the MONUSCO base on 14 April to demand better protection of the sites",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(CDPOL11 + ["displaced people", "several hundred displaced people"]),
        location=BUNIA11,
        date=D("2026-04-14"),
        injured=R(0),
        source=OCHA11,
    ),
    # abductees released the next day -> no number field; a long road -> names and country
    E(
        True,
        "two staff members of a national NGO were abducted by unidentified armed men on the Bunia-Fataki road",
        VAC,
        ABDUCT,
        actor1=UNK + ["unidentified armed men", "armed men"],
        actor2=CIV + ["two staff members", "national NGO", "aid workers"],
        location=ROAD11,
        date=D("2026-04-11"),
        source=OCHA11,
    ),
    E(
        False,
        "partners have recorded at least 210 civilian deaths in Djugu territory",
        VAC,
        ATTACK,
        actor1=CODECO11 + ZAIRE11 + UNK,
        actor2=CIV,
        location=DJUGU_T11,
        date=D("2026-01-01", "2026-04-16"),
        killed=R(210, None),
        source=OCHA11,
        aggregate=True,
    ),
    # background: Plaine Savo, February 2022 ("more than 60" -> 61..open; no attacker named -> unknown)
    E(
        False,
        "the February 2022 raid on the Plaine Savo site, in which more than 60 displaced people were killed",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV + ["displaced people", "Plaine Savo site"],
        location=SAVO11,
        date=D("2022-02-01", "2022-02-28"),
        killed=R(61, None),
        source=OCHA11,
    ),
    # the forecast -> hypothetical
    E(
        False,
        "Humanitarian actors fear further reprisal attacks between communities in the coming weeks",
        VAC,
        ATTACK,
        actor1=CODECO11 + ZAIRE11,
        actor2=CIV,
        location=DJUGU_T11,
        source=["Humanitarian actors"] + OCHA11,
        status="hypothetical",
    ),
    # no gold: the displacement key point, "Some 600 shelters were burned" (inside the attack), the release "the
    # following day", "the deadliest in Ituri", the response and the escorts
]
DOCS.append(
    (
        "dev-w-11",
        "OCHA (flash update)",
        "2026-04-16",
        "UN agency situation update",
        "DR Congo/Ituri: an attack on a displacement site 'about 8 km north of Fataki' 'On the night of 12 to 13 "
        "April' 'attributed by local authorities to the CODECO militia' whose 'at least 23 dead, including nine "
        "children' is raised to 31, the army's clash near Largu with both sides' dead, a Zaïre reprisal ('The number of "
        "casualties is not known'), a demonstration dispersed with tear gas ('no injuries were reported'), an "
        "abduction on a road, a count, Plaine Savo 2022 as background, a forecast",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-w-11", "16 April 2026", "2026-04-16", "Thursday"),
]

# =============================================================================
# dev-w-12  armed group's statement claiming responsibility - Myanmar's Rakhine: an outpost on the Sittwe-Ponnagyun
# road about 20 km north of Sittwe, Kyein Chaung north of Maungdaw, Buthidaung's market and villages south of it,
# Buthidaung and Maungdaw townships, Pauktaw and Sittwe townships (Sat 17 May 2025)
# =============================================================================
T12 = """Arakan Army statement: outpost near Sittwe captured, 27 military council troops killed; junta jet bombs Buthidaung market

Arakan Army (AA) - Information Department | Statement No. 47/2025 | Saturday 17 May 2025

1. On 14 May, at about 4 am, our forces launched an attack on the fascist military council’s fortified outpost on the Sittwe-Ponnagyun road, about 20 km north of Sittwe. After fighting that lasted until the evening, our forces captured the outpost completely. Twenty-seven enemy soldiers were killed, nine were captured alive and a large quantity of weapons and ammunition was seized. Three of our comrades sacrificed their lives for the Arakan nation.

2. The military council’s claim, broadcast on its television on 15 May, that its troops “annihilated more than 50 AA terrorists” in the battle is a complete fabrication.

3. On 15 May, the terrorist groups ARSA and RSO, which are armed and paid by the military council, attacked our security posts near the village of Kyein Chaung, north of Maungdaw. Our forces repelled the attack and killed six of the attackers.

4. On 16 May, at about 10:30 am, a jet fighter of the military council dropped two bombs on the morning market in Buthidaung town, which is under our administration, killing 11 civilians, among them three children, and wounding more than 20 others. This is a war crime against the people of Arakan of all faiths.

5. Some media and organisations have alleged that our forces set fire to houses of Muslim residents in villages south of Buthidaung last week. These accusations are baseless and are spread by those who wish to divide the peoples of Arakan. Our forces protect all residents without discrimination.

6. The Arakan police force arrested 14 persons in Buthidaung and Maungdaw townships this week on charges of spying for the military council and for the terrorist groups. They will be dealt with according to the law.

7. Since the start of May, the military council’s warships have shelled coastal villages in Pauktaw and Sittwe townships almost every night, killing at least 18 civilians.

8. The Arakan Army will not stop until the whole of Arakan, including Sittwe, is freed from the military dictatorship. We urge the people of Sittwe to stay away from military installations, which are legitimate targets.

Information Department, Arakan Army
"""

AA12 = ["Arakan Army", "our forces", "Arakan police force", "Arakan police", "United League of Arakan",
        "ULA", "AA terrorists"]
JUNTA12 = JUNTA + ["fascist military council", "military council’s warships", "warships", "jet fighter",
                   "enemy soldiers", "its troops", "junta troops", "Myanmar Navy", "Myanmar Air Force"]
ROH12 = ["Arakan Rohingya Salvation Army", "ARSA", "Rohingya Solidarity Organisation",
         "Rohingya Solidarity Organization", "RSO", "terrorist groups", "attackers", "Rohingya armed groups"]
# "on the Sittwe-Ponnagyun road, about 20 km north of Sittwe" -> LKM from Sittwe
OUTPOST12 = LKM(["Sittwe-Ponnagyun road", "north of Sittwe", "Sittwe", "Ponnagyun", "outpost"], 20.15, 92.90, 20, 0,
                "MM")
# "the village of Kyein Chaung, north of Maungdaw" (no distance) -> Maungdaw's point
KYEIN12 = L(["Kyein Chaung", "Kyeinchaung", "north of Maungdaw", "Maungdaw"], 20.82, 92.37, "MM")
BUTHI12 = L(["Buthidaung", "Buthidaung town", "morning market", "villages south of Buthidaung"], 20.87, 92.53, "MM")
TWOTSP12 = L(["Buthidaung and Maungdaw townships", "Buthidaung", "Maungdaw", "Buthidaung township",
              "Maungdaw township"], cc="MM")
COAST12 = L(["Pauktaw and Sittwe townships", "Pauktaw", "Sittwe township", "coastal villages"], cc="MM")
ARAKAN12 = L(["Arakan", "Rakhine", "Rakhine State", "Sittwe"], cc="MM")
AASRC = ["Arakan Army", "Information Department", "Arakan Army Information Department"]
E12 = [
    # an outpost captured -> Non-state actor overtakes territory; both sides' dead told (27 enemy, three of "our
    # comrades") -> killed 30..30; the captives are no casualties; "On 14 May"; "about 20 km north of Sittwe" -> LKM;
    # the figures and the headline non-core copies
    E(
        True,
        "our forces launched an attack on the fascist military council’s fortified outpost on the Sittwe-Ponnagyun road, about 20 km north of Sittwe",
        BAT,
        NSAOVER,
        actor1=AA12,
        actor2=JUNTA12 + ["outpost", "fortified outpost"],
        location=OUTPOST12,
        date=D("2025-05-14"),
        killed=R(30),
        source=AASRC,
    ),
    E(
        False,
        "our forces captured the outpost completely",
        BAT,
        NSAOVER,
        actor1=AA12,
        actor2=JUNTA12,
        location=OUTPOST12,
        date=D("2025-05-14"),
        source=AASRC,
    ),
    E(
        False,
        "Twenty-seven enemy soldiers were killed, nine were captured alive",
        BAT,
        NSAOVER,
        actor1=AA12,
        actor2=JUNTA12,
        location=OUTPOST12,
        date=D("2025-05-14"),
        killed=R(27),
        source=AASRC,
    ),
    E(
        False,
        "Three of our comrades sacrificed their lives for the Arakan nation",
        BAT,
        NSAOVER,
        actor1=JUNTA12,
        actor2=AA12,
        location=OUTPOST12,
        date=D("2025-05-14"),
        killed=R(3),
        source=AASRC,
    ),
    E(
        False,
        "outpost near Sittwe captured, 27 military council troops killed",
        BAT,
        NSAOVER,
        actor1=AA12,
        actor2=JUNTA12,
        location=OUTPOST12,
        date=D("2025-05-14"),
        killed=R(27),
        source=AASRC,
    ),
    # the junta's claim about the same battle, told only to be rejected -> non-core denied, the AA as source;
    # "more than 50" -> 51..open
    E(
        False,
        "its troops “annihilated more than 50 AA terrorists” in the battle",
        BAT,
        CLASH,
        actor1=JUNTA12,
        actor2=AA12,
        location=OUTPOST12,
        date=D("2025-05-14"),
        killed=R(51, None),
        source=AASRC,
        status="denied",
    ),
    # an attack repelled -> Battles; the attackers' dead only -> 6..open
    E(
        True,
        "the terrorist groups ARSA and RSO, which are armed and paid by the military council, attacked our security posts near the village of Kyein Chaung, north of Maungdaw",
        BAT,
        CLASH,
        actor1=ROH12 + AA12,
        actor2=AA12 + ["security posts"] + ROH12,
        location=KYEIN12,
        date=D("2025-05-15"),
        killed=R(6, None),
        source=AASRC,
    ),
    # "killing 11 civilians, among them three children, and wounding more than 20 others" -> 11 and 21..open
    E(
        True,
        "a jet fighter of the military council dropped two bombs on the morning market in Buthidaung town, which is under our administration, killing 11 civilians, among them three children, and wounding more than 20 others",
        EXP,
        AIR,
        actor1=JUNTA12,
        actor2=CIV + ["morning market", "market", "three children"],
        location=BUTHI12,
        date=D("2025-05-16"),
        killed=R(11),
        injured=R(21, None),
        source=AASRC,
    ),
    E(
        False,
        "junta jet bombs Buthidaung market",
        EXP,
        AIR,
        actor1=JUNTA12,
        actor2=CIV + ["market"],
        location=BUTHI12,
        date=D("2025-05-16"),
        source=AASRC,
    ),
    # the arson the AA rejects -> non-core denied, the AA as source; "last week" in a Saturday statement -> 5-11 May;
    # "villages south of Buthidaung" (no distance) -> Buthidaung's point
    E(
        False,
        "our forces set fire to houses of Muslim residents in villages south of Buthidaung last week",
        STR,
        LOOT,
        actor1=AA12,
        actor2=CIV + ["houses of Muslim residents", "Muslim residents", "Rohingya"],
        location=BUTHI12,
        date=D("2025-05-05", "2025-05-11"),
        source=AASRC,
        status="denied",
    ),
    # an armed group's police arresting "spies" in territory it administers -> Arrests, the group as actor1; "this
    # week" -> Monday 12 May to Saturday 17 May
    E(
        True,
        "The Arakan police force arrested 14 persons in Buthidaung and Maungdaw townships this week",
        STR,
        ARRESTS,
        actor1=AA12,
        actor2=["14 persons", "persons", "spies"] + CIV,
        location=TWOTSP12,
        date=D("2025-05-12", "2025-05-17"),
        source=AASRC,
    ),
    E(
        False,
        "the military council’s warships have shelled coastal villages in Pauktaw and Sittwe townships almost every night, killing at least 18 civilians",
        EXP,
        SHELL,
        actor1=JUNTA12,
        actor2=CIV + ["coastal villages"],
        location=COAST12,
        date=D("2025-05-01", "2025-05-17"),
        killed=R(18, None),
        source=AASRC,
        aggregate=True,
    ),
    # the group's vow -> planned
    E(
        False,
        "The Arakan Army will not stop until the whole of Arakan, including Sittwe, is freed from the military dictatorship",
        BAT,
        NSAOVER,
        actor1=AA12,
        actor2=JUNTA12,
        location=ARAKAN12,
        source=AASRC,
        status="planned",
    ),
    # no gold: the weapons seized and the nine captured (inside the battle), "This is a war crime ..." (a label),
    # "Our forces protect all residents without discrimination", "They will be dealt with according to the law",
    # the warning to the people of Sittwe
]
DOCS.append(
    (
        "dev-w-12",
        "Arakan Army (statement)",
        "2025-05-17",
        "armed group's claim of responsibility",
        "Myanmar/Rakhine in the Arakan Army's words: an outpost 'about 20 km north of Sittwe' captured ('Twenty-seven "
        "enemy soldiers were killed' and 'Three of our comrades') and the junta's 'more than 50 AA terrorists' "
        "rejected, an ARSA/RSO attack 'north of Maungdaw' repelled, a junta jet on Buthidaung's market ('among them "
        "three children', 'more than 20' wounded), arson 'last week' denied, arrests of 'spies' 'this week', a "
        "shelling tally, a vow; typographic quotes",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-w-12", "Saturday 17 May 2025 / this week (end)", "2025-05-17", "Saturday"),
    ("dev-w-12", "this week (start)", "2025-05-12", "Monday"),
    ("dev-w-12", "last week (start)", "2025-05-05", "Monday"),
    ("dev-w-12", "last week (end)", "2025-05-11", "Sunday"),
]

# =============================================================================
# dev-w-13  wire story, toll raised hours later after other events told in between - Haiti's Artibonite: Liancourt,
# the bridge at Pont-Sondé, Saint-Marc, National Road 1 near Pont-Sondé (Tue 20 Jan 2026)
# =============================================================================
T13 = """UPDATE 2-Haiti gang attack on Artibonite town kills at least 26, mayor says

By Jean-Robert Théodore

SAINT-MARC, Haiti, Jan 20 (Caribbean Wire) - Gunmen attacked the farming town of Liancourt in Haiti's Artibonite department before dawn on Tuesday, shooting residents in their homes and setting fire to dozens of houses, killing at least 14 people, local officials and a police source said.

Residents said the attackers arrived on motorcycles and on foot from the direction of the Artibonite river. Police said it was not yet clear whether the attack was carried out by the Gran Grif gang, which controls much of the area, by the allied Kokorat San Ras gang, or by both.

Separately, the Haitian National Police said officers backed by the Gang Suppression Force clashed with gang members on the bridge at Pont-Sondé on Monday night, killing "several bandits". One police officer was killed and two others were wounded, a police spokesman said.

In Saint-Marc, about 15 km to the west, hundreds of people displaced from the Artibonite valley marched to the town hall on Tuesday morning to demand that the government retake the road to Pont-Sondé. The march was peaceful.

Gunmen also hijacked two trucks loaded with rice on National Road 1 near Pont-Sondé on Sunday and kidnapped their drivers, a transport union said.

Hours after the first reports, the mayor of Liancourt, Wilner Pierre-Louis, told Caribbean Wire that the death toll had risen to 26, including five children, as residents returning to the town found more bodies in burned homes. At least 17 wounded people were being treated at the hospital in Saint-Marc, he said.

"Liancourt is a cemetery this evening," he said.

The attack is the deadliest in the Artibonite since October 2024, when Gran Grif gunmen killed more than 100 people in Pont-Sondé. The United Nations says more than 5,900 people were killed in gang violence across Haiti in 2025.

Gran Grif's leader has threatened to attack any town whose residents cooperate with the police.

(Reporting by Jean-Robert Théodore in Saint-Marc; additional reporting by Nadège Fils-Aimé in Port-au-Prince; editing by Paul Mercer)
"""

GRIF13 = ["Gran Grif", "Gran Grif gang", "Gran Grif gunmen", "Gran Grif's leader"]
KOKO13 = ["Kokorat San Ras", "Kokorat San Ras gang"]
GANGS13 = GRIF13 + KOKO13 + ["gang members", "gang", "gangs", "bandits", "gunmen", "attackers"]
PNH13 = PNH + ["Gang Suppression Force", "GSF", "officers"]
LIANCOURT13 = L(["Liancourt", "farming town of Liancourt", "Artibonite department", "Artibonite"], 19.12, -72.53,
                "HT")
PONTSONDE13 = L(["Pont-Sondé", "Pont Sondé", "Pont-Sonde", "bridge at Pont-Sondé", "National Road 1", "RN1"],
                19.15, -72.61, "HT")
SAINTMARC13 = L(["Saint-Marc", "Saint Marc", "town hall"], 19.11, -72.69, "HT")
HAITI13 = L(["Haiti", "across Haiti"], cc="HT")
CW = ["Caribbean Wire", "Jean-Robert Théodore", "author"]
E13 = [
    # gunmen shooting residents in their homes -> Violence against civilians; "not yet clear whether ... Gran Grif
    # ... Kokorat San Ras ... or both" -> both plus unknown; the toll "at least 14", raised "Hours after" to 26 ->
    # 14..open; the wounded told at the end ("At least 17") -> injured 17..open; "before dawn on Tuesday" -> 20 Jan;
    # the raised toll, the wounded sentence and the headline -> non-core copies
    E(
        True,
        "Gunmen attacked the farming town of Liancourt in Haiti's Artibonite department before dawn on Tuesday, shooting residents in their homes and setting fire to dozens of houses, killing at least 14 people",
        VAC,
        ATTACK,
        actor1=UNK + GANGS13,
        actor2=CIV + ["residents", "houses", "farming town of Liancourt"],
        location=LIANCOURT13,
        date=D("2026-01-20"),
        killed=R(14, None),
        injured=R(17, None),
        source=["local officials", "police source", "mayor of Liancourt", "Wilner Pierre-Louis"] + CW,
    ),
    E(
        False,
        "the death toll had risen to 26, including five children",
        VAC,
        ATTACK,
        actor1=UNK + GANGS13,
        actor2=CIV + ["five children"],
        location=LIANCOURT13,
        date=D("2026-01-20"),
        killed=R(26),
        source=["mayor of Liancourt", "Wilner Pierre-Louis", "mayor"],
    ),
    E(
        False,
        "At least 17 wounded people were being treated at the hospital in Saint-Marc",
        VAC,
        ATTACK,
        actor1=UNK + GANGS13,
        actor2=CIV,
        location=LIANCOURT13,
        date=D("2026-01-20"),
        injured=R(17, None),
        source=["mayor of Liancourt", "Wilner Pierre-Louis", "mayor"],
    ),
    E(
        False,
        "Haiti gang attack on Artibonite town kills at least 26",
        VAC,
        ATTACK,
        actor1=GANGS13,
        actor2=CIV,
        location=LIANCOURT13,
        date=D("2026-01-20"),
        killed=R(26, None),
        source=CW + ["mayor"],
    ),
    # the police and the GSF against gang members -> Battles; "several bandits" (3..open) plus one officer killed ->
    # 4..open; two officers wounded (one side) -> 2..open; "on Monday night" -> 19-20 Jan; the officers' toll a
    # non-core copy
    E(
        True,
        "officers backed by the Gang Suppression Force clashed with gang members on the bridge at Pont-Sondé on Monday night",
        BAT,
        CLASH,
        actor1=PNH13 + GANGS13,
        actor2=GANGS13 + PNH13,
        location=PONTSONDE13,
        date=D("2026-01-19", "2026-01-20"),
        killed=R(4, None),
        injured=R(2, None),
        source=["Haitian National Police", "police spokesman", "police"] + CW,
    ),
    E(
        False,
        "One police officer was killed and two others were wounded",
        BAT,
        CLASH,
        actor1=GANGS13,
        actor2=PNH13,
        location=PONTSONDE13,
        date=D("2026-01-19", "2026-01-20"),
        killed=R(1),
        injured=R(2),
        source=["police spokesman", "police"],
    ),
    # "The march was peaceful" -> Peaceful protest; "on Tuesday morning" -> 20 Jan
    E(
        True,
        "hundreds of people displaced from the Artibonite valley marched to the town hall on Tuesday morning",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["displaced people", "hundreds of people"],
        location=SAINTMARC13,
        date=D("2026-01-20"),
        source=CW,
    ),
    # "Gunmen also ..." with no group named -> unknown; the drivers abducted (no casualties); "on Sunday" -> 18 Jan;
    # "near Pont-Sondé" -> its point
    E(
        True,
        "Gunmen also hijacked two trucks loaded with rice on National Road 1 near Pont-Sondé on Sunday and kidnapped their drivers",
        VAC,
        ABDUCT,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["drivers", "truck drivers", "two trucks"],
        location=PONTSONDE13,
        date=D("2026-01-18"),
        source=["transport union"] + CW,
    ),
    # background: October 2024 ("more than 100" -> 101..open)
    E(
        False,
        "Gran Grif gunmen killed more than 100 people in Pont-Sondé",
        VAC,
        ATTACK,
        actor1=GRIF13,
        actor2=CIV,
        location=PONTSONDE13,
        date=D("2024-10-01", "2024-10-31"),
        killed=R(101, None),
        source=CW,
    ),
    E(
        False,
        "more than 5,900 people were killed in gang violence across Haiti in 2025",
        VAC,
        ATTACK,
        actor1=GANGS13 + PNH13,
        actor2=CIV,
        location=HAITI13,
        date=D("2025-01-01", "2025-12-31"),
        killed=R(5901, None),
        source=["United Nations", "the UN"],
        aggregate=True,
    ),
    # the leader's threat -> planned
    E(
        False,
        "Gran Grif's leader has threatened to attack any town whose residents cooperate with the police",
        VAC,
        ATTACK,
        actor1=GRIF13,
        actor2=CIV + ["residents"],
        location=L(["Artibonite", "Artibonite department"], cc="HT"),
        source=CW,
        status="planned",
    ),
    # no gold: the attackers' approach, "it was not yet clear" (inside the attack's actors), the trucks' hijacking
    # (inside the abduction), "Liancourt is a cemetery this evening" (a metaphor), "the deadliest in the Artibonite"
]
DOCS.append(
    (
        "dev-w-13",
        "Caribbean Wire",
        "2026-01-20",
        "wire story with a toll raised hours later",
        "Haiti/Artibonite: a gang attack on Liancourt 'before dawn on Tuesday' ('at least 14'), by 'the Gran Grif gang "
        "... the allied Kokorat San Ras gang, or ... both', then a police clash at Pont-Sondé 'on Monday night' "
        "('several bandits' and an officer killed), a peaceful march in Saint-Marc and a truck hijacking with "
        "kidnapped drivers, before the mayor raises the toll 'Hours after the first reports' to 26 ('including five "
        "children') with 'At least 17 wounded'; a metaphor, 2024 background, a UN count, a threat",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-w-13", "Jan 20 / before dawn on Tuesday / on Tuesday morning", "2026-01-20", "Tuesday"),
    ("dev-w-13", "on Monday night", "2026-01-19", "Monday"),
    ("dev-w-13", "on Sunday", "2026-01-18", "Sunday"),
]

# =============================================================================
# dev-w-14  opinion column - Mozambique's Cabo Delgado: Ancuabe district, the forests south of Macomia, Mocímboa da
# Praia; Palma, Macomia town and Afungi as background or forecast (Sun 14 Sep 2025)
# =============================================================================
T14 = """Cabo Delgado is bleeding, and Maputo is looking the other way

Maputo Weekly Review | Opinion | Sunday 14 September 2025 | By Teresa Muianga

Eight years after the first attack on a police station in Mocímboa da Praia, the war in Cabo Delgado has become background noise in the capital. It should not be.

Consider the past week alone. Last Tuesday, insurgents of the so-called Islamic State in Mozambique raided farms in Ancuabe district, killing six farmers, four of them women, according to the district administrator. The families had returned only in June, trusting the army's promise that the area was safe.

Late last month, Rwandan and Mozambican troops fought the insurgents for two days in the forests south of Macomia. The defence ministry boasted of "dozens of terrorists neutralised"; it did not say how many soldiers died, and no one in Maputo asked.

On Friday, soldiers in Mocímboa da Praia detained 12 fishermen accused of supplying the insurgents with fuel. The next day, their wives and mothers gathered outside the district military command to demand their release. They were sent home with nothing but promises.

I do not doubt that some fishermen sell fuel to the insurgents. I doubt that treating a whole coastline as the enemy will win this war. We have seen where that leads. In August 2020 the insurgents seized Mocímboa da Praia itself and held it for a year, until Rwandan troops retook it in 2021. In March 2021 they stormed Palma and killed dozens of people, some of them foreign workers, on the doorstep of a gas project worth billions.

Independent monitors count more than 6,000 deaths in the province since October 2017. Behind each number is a family that the state could not protect.

Now there is talk in Pemba that the insurgents are preparing to attack Macomia town before the rains. Perhaps it is only talk. But if TotalEnergies restarts its LNG plant at Afungi while the villages around it are left undefended, the insurgents will have every reason to treat it as their next target.

Cabo Delgado does not need more soldiers alone. It needs a state that shows up with schools, clinics and courts, not only with rifles. Until then, the province will keep bleeding in silence.
"""

ISM14 = ["Islamic State in Mozambique", "Islamic State Mozambique Province", "Islamic State Mozambique", "ISM",
         "IS-Mozambique", "Islamic State", "insurgents", "Ahlu Sunnah wa Jama'a", "al-Shabaab", "terrorists"]
FADM14 = ["Mozambican troops", "Mozambican army", "Armed Defence Forces of Mozambique", "FADM",
          "Military Forces of Mozambique", "soldiers", "defence ministry", "Mozambican soldiers"]
RWANDA14 = ["Rwandan troops", "Rwanda Defence Force", "RDF", "Military Forces of Rwanda", "Rwandan forces"]
MZPOL14 = ["police", "police station", "Police Forces of Mozambique", "Mozambican police"]
ANCUABE14 = L(["Ancuabe", "Ancuabe district", "farms"], cc="MZ")
# "in the forests south of Macomia" (no distance) -> Macomia's point
MACOMIA14 = L(["Macomia", "south of Macomia", "forests south of Macomia", "Macomia town"], 12.25, 40.12, "MZ")
MOCIMBOA14 = L(["Mocímboa da Praia", "Mocimboa da Praia", "Mocímboa", "district military command"], 11.35, 40.35,
               "MZ")
PALMA14 = L(["Palma"], 10.78, 40.48, "MZ")
CABO14 = L(["Cabo Delgado", "Cabo Delgado province", "the province"], cc="MZ")
AFUNGI14 = L(["Afungi", "LNG plant at Afungi", "Palma", "Cabo Delgado"], cc="MZ")
MWR = ["Maputo Weekly Review", "Teresa Muianga", "author"]
E14 = [
    # background: the first attack ("Eight years after" in 2025 -> 2017) on a police station -> Battles
    E(
        False,
        "the first attack on a police station in Mocímboa da Praia",
        BAT,
        CLASH,
        actor1=ISM14,
        actor2=MZPOL14,
        location=MOCIMBOA14,
        date=D("2017-01-01", "2017-12-31"),
        source=MWR,
    ),
    # "Last Tuesday" in a Sunday column -> 9 Sep; "killing six farmers, four of them women" -> 6; a district -> names
    # and country
    E(
        True,
        "insurgents of the so-called Islamic State in Mozambique raided farms in Ancuabe district, killing six farmers, four of them women",
        VAC,
        ATTACK,
        actor1=ISM14,
        actor2=CIV + ["six farmers", "farmers", "women"],
        location=ANCUABE14,
        date=D("2025-09-09"),
        killed=R(6),
        source=["district administrator"] + MWR,
    ),
    # "Late last month ... for two days" -> 21-31 August; "dozens of terrorists neutralised" -> no number field (the
    # ministry's boast a non-core copy); Rwandan troops abroad with Mozambique's army
    E(
        True,
        "Rwandan and Mozambican troops fought the insurgents for two days in the forests south of Macomia",
        BAT,
        CLASH,
        actor1=RWANDA14 + FADM14 + ISM14,
        actor2=ISM14 + RWANDA14 + FADM14,
        location=MACOMIA14,
        date=D("2025-08-21", "2025-08-31"),
        source=MWR + ["defence ministry"],
    ),
    E(
        False,
        'The defence ministry boasted of "dozens of terrorists neutralised"',
        BAT,
        CLASH,
        actor1=FADM14 + RWANDA14,
        actor2=ISM14,
        location=MACOMIA14,
        date=D("2025-08-21", "2025-08-31"),
        source=["defence ministry", "Mozambican defence ministry"],
    ),
    # "On Friday" -> 12 Sep; "The next day" -> 13 Sep, a gathering to demand release -> Peaceful protest
    E(
        True,
        "soldiers in Mocímboa da Praia detained 12 fishermen accused of supplying the insurgents with fuel",
        STR,
        ARRESTS,
        actor1=FADM14,
        actor2=CIV + ["12 fishermen", "fishermen"],
        location=MOCIMBOA14,
        date=D("2025-09-12"),
        source=MWR,
    ),
    E(
        True,
        "their wives and mothers gathered outside the district military command to demand their release",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["wives and mothers", "wives", "mothers"],
        location=MOCIMBOA14,
        date=D("2025-09-13"),
        source=MWR,
    ),
    # background: Mocímboa da Praia seized (August 2020) and retaken (2021), Palma (March 2021, "dozens" ->
    # 24..open)
    E(
        False,
        "In August 2020 the insurgents seized Mocímboa da Praia itself and held it for a year",
        BAT,
        NSAOVER,
        actor1=ISM14,
        actor2=FADM14,
        location=MOCIMBOA14,
        date=D("2020-08-01", "2020-08-31"),
        source=MWR,
    ),
    E(
        False,
        "until Rwandan troops retook it in 2021",
        BAT,
        GOVREGAIN,
        actor1=RWANDA14 + FADM14,
        actor2=ISM14,
        location=MOCIMBOA14,
        date=D("2021-01-01", "2021-12-31"),
        source=MWR,
    ),
    E(
        False,
        "In March 2021 they stormed Palma and killed dozens of people, some of them foreign workers",
        VAC,
        ATTACK,
        actor1=ISM14,
        actor2=CIV + ["foreign workers", "people"],
        location=PALMA14,
        date=D("2021-03-01", "2021-03-31"),
        killed=R(24, None),
        source=MWR,
    ),
    E(
        False,
        "Independent monitors count more than 6,000 deaths in the province since October 2017",
        BAT,
        CLASH,
        actor1=ISM14 + FADM14 + RWANDA14,
        actor2=FADM14 + CIV + ISM14,
        location=CABO14,
        date=D("2017-10-01", "2025-09-14"),
        killed=R(6001, None),
        source=["Independent monitors", "monitors"],
        aggregate=True,
    ),
    # a rumour of a coming attack -> planned; the columnist's conditional -> hypothetical
    E(
        False,
        "the insurgents are preparing to attack Macomia town before the rains",
        BAT,
        NSAOVER,
        actor1=ISM14,
        actor2=FADM14,
        location=MACOMIA14,
        source=["talk in Pemba"] + MWR,
        status="planned",
    ),
    E(
        False,
        "the insurgents will have every reason to treat it as their next target",
        VAC,
        ATTACK,
        actor1=ISM14,
        actor2=CIV + ["LNG plant", "TotalEnergies"],
        location=AFUNGI14,
        source=MWR,
        status="hypothetical",
    ),
    # no gold: "Cabo Delgado is bleeding" and "background noise" (metaphors), the families' return in June, "it did
    # not say how many soldiers died", "They were sent home with nothing but promises", "some fishermen sell fuel
    # to the insurgents" (generic), "treating a whole coastline as the enemy" (opinion)
]
DOCS.append(
    (
        "dev-w-14",
        "Maputo Weekly Review (opinion)",
        "2025-09-14",
        "opinion column mentioning real events",
        "Mozambique/Cabo Delgado among opinion: six farmers killed 'Last Tuesday' ('four of them women'), a two-day "
        "fight 'Late last month' 'south of Macomia' with 'dozens of terrorists neutralised', fishermen detained 'On "
        "Friday' and their wives and mothers gathering 'The next day', 2017, 2020, 2021 background (Mocímboa da Praia, "
        "Palma), a count, a rumoured attack on Macomia, a conditional about Afungi, metaphors",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-w-14", "Sunday 14 September 2025", "2025-09-14", "Sunday"),
    ("dev-w-14", "The next day", "2025-09-13", "Saturday"),
    ("dev-w-14", "On Friday", "2025-09-12", "Friday"),
    ("dev-w-14", "Last Tuesday", "2025-09-09", "Tuesday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_w", check_w, strip_text=True)


if __name__ == "__main__":
    main()
