"""Writes dev_ai.gold.jsonl: fourteen development articles, nine from the Middle East - Syria's Raqqa and Tabqa
(al-Karama east of Raqqa, Raqqa's al-Mashlab, the Tabqa-al-Jarniyah road, Tabqa city), Syria's Latakia mountains (the
al-Haffa-Slunfeh road, a village near Slunfeh, Qardaha, Jabal al-Akrad), Iraq's Diyala (orchards near Muqdadiyah,
the Hawd al-Wakf area, Khanaqin), Iraq's Salahuddin (the Makhoul mountains north of Baiji, west of Samarra, al-Ishaqi,
the Baiji-Haditha road, the al-Jallam desert), southern Lebanon's Marjayoun district (Khiam, Qlayaa, the Metula area
across the border), Gaza's Khan Younis (Bani Suheila, al-Mawasi, the Nasser hospital roundabout), the West Bank's
Ramallah area (Turmus Ayya, Silwad, Kafr Malik, Ein Samiya), Yemen's Marib and al-Jawf (the Sirwah front, al-Maton,
al-Jufainah camp, al-Ghayl) and the Jordan-Iraq border (east of Ruwaished, Trebil, Tower 22 as background) - and five
from elsewhere - Mali's Mopti region (Dinangourou, near Bankass, near Tenenkou, the Bandiagara-Sevare road), Chad's
Lake province (Barkaram, the islands near Ngouboua, Bol), Ethiopia's Oromia (near Ginchi, near Gerba Guracha, a market
in Horo Guduru Wollega, Ambo, Nekemte), Afghanistan's Kunar and Nangarhar (Dangam, Torkham, Jalalabad, Achin) and
Haiti's Artibonite (Pont-Sonde, Liancourt, near L'Estere, Saint-Marc) - published 2024-2026, written for this project
in our own words, with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, the outlets and layouts varied: (1) a monitor's timed daily log on Raqqa and Tabqa with a toll
revised in a later entry, a killing of "a 52-year-old man and his son, aged 19" with two blamed perpetrators, a drone
"believed" Turkish, conscription arrests, a protest dispersed, a tally, 2017 background, a conditional; (2) state
media on the Latakia mountains: an ambush "On Monday night" with both sides' dead in two sentences, arrests, a cave
depot seized, a monitor's claim of six civilians killed and the ministry's denial, a landmine, March background, a
vow; (3) a wire story from Diyala: an IED on farmers ("two brothers"), an attack on a PMF post told with two tolls by
two sources, an arrest in Khanaqin, a tally, 2016 background; (4) Iraq's Security Media Cell statement on Salahuddin:
air strikes in the Makhoul mountains, an IED "west of Samarra" whose wounded man dies, arrests, devices dismantled, a
denial of a fallen post, a month's count, a vow; (5) a live blog on Marjayoun: a strike on a Khiam house with a toll
revised upward, a Hezbollah salvo and its interception, one battle in two versions, a drone strike on a man told two
ways, a tally, an evacuation warning; (6) an interview with a Khan Younis paramedic: shelling and 14 bodies, a strike
on tents told two ways, fire on an ambulance, a ministry tally, December background, a conditional, metaphors; (7)
an NGO alert on the Ramallah area: a settler attack on olive pickers ("at least seven", "a woman aged 80"), the army's
telling and denial, detentions "including a 15-year-old boy", arson, a demolition, a tally; (8) Houthi-aligned media
on Marib and al-Jawf: an attack repelled ("killing and wounding dozens"), artillery wounding "a woman and her two
children", a drone strike, the other side's claim of a camp shelled and its denial, a cluster-bomb remnant, a daily
count of "violations", a threat; (9) a Jordanian wire story with a correction notice: a border clash "about 40 km
east of Ruwaished" with six revised to four, a drone downed, arrests on the Iraqi side, Tower 22 background, a
militia threat; (10) a consultancy's weekly brief on Mopti: an attack on a post in two versions, a militia massacre
and its denial, a drone strike told as "a terrorist gathering" and as a baptism ("between eight and 11"), an IED on a
bus, an abduction, a week's count, a forecast; (11) a feature with quotes from Chad's Lake province: the Barkaram
base attack "nearly two weeks ago", air strikes with the army's count, a kidnapping of three fishermen "Three weeks
ago", 2015 background, a conditional, a threat to quit the MNJTF; (12) an Oromia local news site: an ENDF-OLA clash,
a bus abduction "at least 11" and the OLA's denial, a drone strike on a market told two ways, "dozens" arrested, a
teachers' protest, 2018 background; (13) a Kunar and Nangarhar round-up: Pakistani shelling in Dangam told two ways, a
border clash at Torkham, a sticky bomb in Jalalabad, arrests in Achin, a UN tally, a forecast; (14) a Haitian radio
round-up on Artibonite: a Gran Grif attack on rice farmers ("at least five" later nine), a police and brigade clash
(two bandits), a priest kidnapped, a lynching, a peaceful march, a UN tally, a gang threat.
The incidents are invented or composite, with invented names of people and outlets; the gold encodes what each TEXT
says, including its slant, hedges and sources, not what is true. Articles are 250-450 words (goldkit's check_article,
kept unchanged, caps a document at 450); check_ai below adds the 250-word floor and the 2024-01-01..2026-12-31
publication window to goldkit's check_article.

Run:  python3 build_dev_ai.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those of build_dev_r.py's docstring, kept unchanged - among them "No one was hurt" -> killed and injured
0..0, "no injuries were reported" -> injured 0..0 only; "dozens" 24..open; "at least N" N..open; "several" 3..open;
"killing and wounding dozens" -> casualties 24..open; one side's count in a clash -> N..open, both sides told ->
summed; a toll told later or revised -> folded into the core event (a range over both figures when revised), the other
figure a non-core copy; "N km <direction> of X" -> LKM; "near X" -> X's point; districts, mountain areas, fronts,
border areas and long roads between towns -> names and country; "overnight" / "on X night" -> both days; "last week"
-> Monday to Sunday; uncertain or blamed perpetrators -> every alternative plus unknown; a party's claim -> core,
occurred, sourced to it; another object named by the other side -> one core event per version; the same object told
two ways -> one core event, the other telling a non-core copy; headlines that state an event -> non-core copies;
denials, plans, threats, conditionals, aggregates and background -> non-core.
Added or made explicit here:
- A weapons cache seized by security forces -> Strategic developments/Disrupted weapons use.
- A legacy landmine or cluster-bomb remnant -> Remote explosive/landmine/IED with the force that left it plus unknown.
- A correction notice that revises a toll (six to four) -> the corrected figure on the core event, the retracted
  figure a non-core copy sourced to the earlier statement.
- An evacuation warning and a group's promise of retaliation -> planned, non-core.
- Relative dates told in an interview ("on Monday", "Tuesday evening") resolve against the interview's publication
  date; "nearly two weeks ago" -> the range of 10 to 16 days before; "Three weeks ago" -> that week, Monday to Sunday.
- Displacement, funding, trade closures, quotes that only describe fear -> no gold."""

import math

from goldkit import (
    ABDUCT,
    AIR,
    ARRESTS,
    ATTACK,
    BAT,
    CIV,
    CLASH,
    DISRUPT,
    EXP,
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
# its 2024-01-01..2026-12-31 publication window.
check_ai = windowed_check("2024-01-01", "2026-12-31", min_words=250)


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


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three letters are
# left out on purpose: the scorer matches by case-insensitive containment either way. Coordinates only for towns,
# cities, camps and crossings we can pin from our own knowledge; districts, mountain areas, fronts and long roads
# get names and a country only, unless the text places them by a distance and a direction from a pinned town.
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Houthi militia"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish military", "Military Forces of Turkey", "Türkiye",
          "Ankara"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "SDF fighters", "SDF members"]
IQSEC = ["Iraqi security forces", "Military Forces of Iraq", "Iraqi army", "Iraqi forces", "security forces"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-ai-01  monitor's daily log — Syria: al-Karama east of Raqqa, Raqqa's al-Mashlab, the Tabqa-al-Jarniyah road, Tabqa (Wed 19 Mar 2025)
# =============================================================================
T01 = """Daily log: Raqqa and Tabqa, Tuesday 18 March 2025

Euphrates Observatory for Human Rights | Field documentation log | Published 19 March 2025

The Observatory publishes its field log each morning. Entries rest on our network of correspondents in the region and are updated as new information arrives; times are local.

06:40 - ISIS cells attacked a checkpoint of the Syrian Democratic Forces (SDF) at the entrance of al-Karama, some 25 km east of Raqqa city, with machine guns and rocket-propelled grenades. Two SDF fighters were killed in the exchange of fire.

08:10 - UPDATE: A third SDF fighter wounded at al-Karama died of his wounds at the National Hospital in Raqqa. The attackers withdrew towards the desert.

09:15 - Unidentified gunmen on a motorcycle shot dead a 52-year-old man and his son, aged 19, in front of their shop in the al-Mashlab neighbourhood of Raqqa city. Relatives said the father had worked as a contractor for the Autonomous Administration. SDF media blamed "ISIS sleeper cells", while neighbours spoke of a tribal feud; the Observatory could not determine who was behind the killing.

11:30 - A drone struck a car on the road between Tabqa and al-Jarniyah, killing two SDF members, one of them a local commander. Our sources believe the drone was Turkish; Ankara did not comment.

14:00 - SDF military police detained at least 12 young men in the markets of Tabqa city during a campaign to enforce the "self-defence duty" conscription law.

17:20 - Several dozen relatives of the detainees gathered in front of the Asayish centre in Tabqa to demand their release. SDF members fired into the air to disperse them; no injuries were reported.

Observatory count: with today's deaths, 31 SDF members and allied fighters have been killed in attacks by ISIS cells across Raqqa province since the start of 2025.

Note: Raqqa was the de facto capital of the ISIS "caliphate" until the SDF, backed by the US-led coalition, drove the group out of the city in October 2017. Local sources warn that the cells could step up their attacks during Ramadan if security along the desert edge is not reinforced.
"""

SDF01 = SDF + ["SDF military police", "military police", "Asayish", "Autonomous Administration", "SDF media"]
ISIS01 = ISIS + ["ISIS cells", "ISIS sleeper cells", "attackers"]
RAQQA = L(["Raqqa", "Raqqa city", "al-Mashlab", "al-Mashlab neighbourhood"], 35.95, 39.01, "SY")
# "some 25 km east of Raqqa city" -> LKM
KARAMA = LKM(["al-Karama", "Karama", "east of Raqqa city", "Raqqa"], 35.95, 39.01, 25, 90, "SY")
TABQA = L(["Tabqa", "Tabqa city", "al-Thawra", "Asayish centre in Tabqa"], 35.84, 38.55, "SY")
TABQA_RD = L(["road between Tabqa and al-Jarniyah", "Tabqa", "al-Jarniyah", "Jarniyah"], cc="SY")
RAQQA_PROV = L(["Raqqa province", "Raqqa"], cc="SY")
EFHR = ["Euphrates Observatory for Human Rights", "the Observatory", "Observatory", "correspondents", "author"]
E01 = [
    # a checkpoint attacked, both sides armed -> Battles; two killed, then "A third ... died of his wounds" in the
    # next entry -> killed 2..3 on the core, the update a non-core copy with the raised toll
    E(
        True,
        "ISIS cells attacked a checkpoint of the Syrian Democratic Forces (SDF) at the entrance of al-Karama, some 25 km east of Raqqa city",
        BAT,
        CLASH,
        actor1=ISIS01,
        actor2=SDF01 + ["checkpoint"],
        location=KARAMA,
        date=D("2025-03-18"),
        killed=R(2, 3),
        source=EFHR,
    ),
    E(
        False,
        "A third SDF fighter wounded at al-Karama died of his wounds",
        BAT,
        CLASH,
        actor1=ISIS01,
        actor2=SDF01,
        location=KARAMA,
        date=D("2025-03-18"),
        killed=R(3),
        source=EFHR,
    ),
    # two civilians (kin and ages) shot by gunmen the Observatory cannot name; the SDF's blame and the neighbours'
    # feud -> ISIS, a tribe and unknown on the core; the SDF's blame a non-core copy
    E(
        True,
        "Unidentified gunmen on a motorcycle shot dead a 52-year-old man and his son, aged 19",
        VAC,
        ATTACK,
        actor1=UNK + ISIS01 + ["tribal feud", "tribe", "gunmen"],
        actor2=CIV + ["52-year-old man", "his son", "contractor"],
        location=RAQQA,
        date=D("2025-03-18"),
        killed=R(2),
        source=EFHR,
    ),
    E(
        False,
        'SDF media blamed "ISIS sleeper cells"',
        VAC,
        ATTACK,
        actor1=ISIS01,
        actor2=CIV,
        location=RAQQA,
        date=D("2025-03-18"),
        killed=R(2),
        source=["SDF media", "SDF"],
    ),
    # "Our sources believe the drone was Turkish" -> Turkey plus unknown; a road between two towns -> names only
    E(
        True,
        "A drone struck a car on the road between Tabqa and al-Jarniyah, killing two SDF members, one of them a local commander",
        EXP,
        AIR,
        actor1=TURKEY + UNK,
        actor2=SDF01 + ["car", "local commander"],
        location=TABQA_RD,
        date=D("2025-03-18"),
        killed=R(2),
        source=EFHR + ["sources"],
    ),
    E(
        True,
        "SDF military police detained at least 12 young men in the markets of Tabqa city",
        STR,
        ARRESTS,
        actor1=SDF01,
        actor2=CIV + ["young men", "12 young men"],
        location=TABQA,
        date=D("2025-03-18"),
        source=EFHR,
    ),
    # a gathering dispersed by shots in the air -> Protest with intervention; "no injuries were reported" ->
    # injured 0..0 only
    E(
        True,
        "Several dozen relatives of the detainees gathered in front of the Asayish centre in Tabqa to demand their release",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(SDF01 + ["relatives of the detainees", "relatives"]),
        location=TABQA,
        date=D("2025-03-18"),
        injured=R(0),
        source=EFHR,
    ),
    E(
        False,
        "31 SDF members and allied fighters have been killed in attacks by ISIS cells across Raqqa province since the start of 2025",
        BAT,
        CLASH,
        actor1=ISIS01,
        actor2=SDF01,
        location=RAQQA_PROV,
        date=D("2025-01-01", "2025-03-19"),
        killed=R(31),
        source=EFHR,
        aggregate=True,
    ),
    # 2017 background: a non-state force takes the city
    E(
        False,
        "the SDF, backed by the US-led coalition, drove the group out of the city in October 2017",
        BAT,
        NSAOVER,
        actor1=SDF01 + ["US-led coalition"],
        actor2=ISIS01,
        location=RAQQA,
        date=D("2017-10-01", "2017-10-31"),
        source=EFHR,
    ),
    E(
        False,
        "the cells could step up their attacks during Ramadan",
        BAT,
        CLASH,
        actor1=ISIS01,
        actor2=SDF01,
        location=RAQQA_PROV,
        source=["Local sources", "local sources"],
        status="hypothetical",
    ),
    # no gold: "The attackers withdrew towards the desert", "Ankara did not comment", the "caliphate" capital
]
DOCS.append(
    (
        "dev-ai-01",
        "Euphrates Observatory for Human Rights (daily log)",
        "2025-03-19",
        "monitor's daily log",
        "Raqqa and Tabqa: an ISIS attack on an SDF checkpoint 'some 25 km east of Raqqa city' with the toll raised in "
        "a later entry, a father and son shot by gunmen blamed on ISIS or a feud, a drone 'believed' Turkish, "
        "conscription arrests ('at least 12'), a protest dispersed ('no injuries were reported'), a tally, 2017 "
        "background, a conditional",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-ai-01", "Tuesday 18 March 2025", "2025-03-18", "Tuesday"),
]

# =============================================================================
# dev-ai-02  state media — Syria's Latakia mountains: the al-Haffa-Slunfeh road, a village near Slunfeh, Qardaha, Jabal al-Akrad (Wed 14 May 2025)
# =============================================================================
T02 = """Security forces foil attack by regime remnants in Latakia mountains, seize missile cache

Syrian State News Service | Latakia | 14 May 2025

Internal security forces have dealt a painful blow to the outlaw remnants of the defunct regime in the mountains of Latakia countryside, a source at the Ministry of Interior told our correspondent on Wednesday.

On Monday night, a group of regime remnants ambushed a General Security patrol on the road between al-Haffa and Slunfeh, martyring two members of the security forces. Reinforcements pursued the attackers through the forests until dawn. Three of the criminals were killed and four others were arrested, the source said, adding that the detainees had been handed to the judiciary.

In a separate operation on Tuesday, security forces raided a cave near Qardaha and seized a weapons depot containing anti-tank missiles, mortar shells and ammunition belonging to the fallen regime's army.

Also on Tuesday, a 14-year-old shepherd was wounded when a landmine planted years ago by the former regime's army exploded in Jabal al-Akrad.

The Ministry of Interior denied what it called fabricated claims circulated by "suspicious pages" that its personnel had executed civilians during the search operation in a village near Slunfeh. A UK-based monitoring group had said that six civilians, including a man in his seventies, were killed by gunmen in military uniforms after the security sweep reached the village on Tuesday morning. "Our forces protect all Syrians without discrimination," the ministry source said.

The coast was shaken in early March by an insurrection by regime remnants that killed hundreds of security personnel and civilians before it was put down within days.

The ministry vowed to strike with an iron fist anyone who tampers with the security of the coast, saying the mountains would never again become a haven for the remnants of tyranny. It called on citizens to report any suspicious movement and to hand over unlicensed weapons within a week.
"""

SYGOV02 = ["Syrian government", "Government of Syria", "Military Forces of Syria", "General Security",
           "Internal security forces", "security forces", "Ministry of Interior", "Syrian security forces",
           "General Security patrol", "Reinforcements"]
REMNANTS = ["regime remnants", "remnants of the defunct regime", "outlaw remnants", "Assad loyalists",
            "former regime", "criminals", "attackers", "Former Regime Loyalists"]
OLDARMY = ["former regime's army", "Syrian regime", "fallen regime's army", "Former Military Forces of Syria",
           "Syrian Arab Army"]
HAFFA_RD = L(["road between al-Haffa and Slunfeh", "al-Haffa", "Slunfeh", "Slinfah", "Latakia countryside"], cc="SY")
SLUNFEH = L(["village near Slunfeh", "Slunfeh", "Slinfah", "Salanfah"], 35.59, 36.19, "SY")
QARDAHA = L(["Qardaha", "cave near Qardaha"], 35.45, 36.06, "SY")
AKRAD = L(["Jabal al-Akrad", "Jebel al-Akrad", "Kurd Mountain", "Latakia countryside"], cc="SY")
COAST = L(["the coast", "Syrian coast", "Latakia", "mountains of Latakia countryside"], cc="SY")
SSNS = ["Syrian State News Service", "Ministry of Interior", "ministry source", "source at the Ministry of Interior",
        "author"]
MONITOR02 = ["UK-based monitoring group", "monitoring group", "monitor"]
E02 = [
    # an ambush on an armed patrol -> Battles; "On Monday night" -> Monday and Tuesday; the security forces' two
    # dead and the remnants' three a sentence later (both sides told) -> 5
    E(
        True,
        "a group of regime remnants ambushed a General Security patrol on the road between al-Haffa and Slunfeh, martyring two members of the security forces",
        BAT,
        CLASH,
        actor1=REMNANTS + SYGOV02,
        actor2=SYGOV02 + REMNANTS,
        location=HAFFA_RD,
        date=D("2025-05-12", "2025-05-13"),
        killed=R(5),
        source=SSNS,
    ),
    E(
        False,
        "Three of the criminals were killed and four others were arrested",
        BAT,
        CLASH,
        actor1=SYGOV02,
        actor2=REMNANTS,
        location=HAFFA_RD,
        date=D("2025-05-12", "2025-05-13"),
        killed=R(3),
        source=SSNS,
    ),
    E(
        True,
        "four others were arrested, the source said",
        STR,
        ARRESTS,
        actor1=SYGOV02,
        actor2=REMNANTS + ["four others"],
        location=HAFFA_RD,
        date=D("2025-05-12", "2025-05-13"),
        source=SSNS,
    ),
    # a cache seized -> Disrupted weapons use
    E(
        True,
        "security forces raided a cave near Qardaha and seized a weapons depot containing anti-tank missiles, mortar shells and ammunition",
        STR,
        DISRUPT,
        actor1=SYGOV02,
        actor2=REMNANTS + OLDARMY,
        location=QARDAHA,
        date=D("2025-05-13"),
        source=SSNS,
    ),
    # a legacy landmine -> IED; the old army plus unknown
    E(
        True,
        "a 14-year-old shepherd was wounded when a landmine planted years ago by the former regime's army exploded in Jabal al-Akrad",
        EXP,
        IED,
        actor1=OLDARMY + UNK,
        actor2=CIV + ["shepherd", "14-year-old shepherd"],
        location=AKRAD,
        date=D("2025-05-13"),
        injured=R(1),
        source=SSNS,
    ),
    # the monitor's version is a specific event told as happened -> core, sourced to it; "gunmen in military
    # uniforms" -> the security forces plus unknown; the ministry's denial -> non-core
    E(
        True,
        "six civilians, including a man in his seventies, were killed by gunmen in military uniforms after the security sweep reached the village",
        VAC,
        ATTACK,
        actor1=UNK + SYGOV02 + ["gunmen in military uniforms"],
        actor2=CIV + ["six civilians", "man in his seventies"],
        location=SLUNFEH,
        date=D("2025-05-13"),
        killed=R(6),
        source=MONITOR02,
    ),
    E(
        False,
        "its personnel had executed civilians during the search operation in a village near Slunfeh",
        VAC,
        ATTACK,
        actor1=SYGOV02,
        actor2=CIV,
        location=SLUNFEH,
        date=D("2025-05-13"),
        source=SSNS,
        status="denied",
    ),
    # March background -> non-core; "hundreds" -> 200..open
    E(
        False,
        "an insurrection by regime remnants that killed hundreds of security personnel and civilians",
        BAT,
        CLASH,
        actor1=REMNANTS,
        actor2=SYGOV02 + CIV,
        location=COAST,
        date=D("2025-03-01", "2025-03-15"),
        killed=R(200, None),
        source=SSNS,
        aggregate=True,
    ),
    E(
        False,
        "The ministry vowed to strike with an iron fist anyone who tampers with the security of the coast",
        BAT,
        CLASH,
        actor1=SYGOV02,
        actor2=REMNANTS,
        location=COAST,
        source=SSNS,
        status="planned",
    ),
    # the headline's copy of the seizure
    E(
        False,
        "seize missile cache",
        STR,
        DISRUPT,
        actor1=SYGOV02,
        actor2=REMNANTS,
        location=QARDAHA,
        date=D("2025-05-13"),
        source=SSNS,
    ),
    # no gold: "a painful blow" (boast), the pursuit "until dawn" (part of the ambush), the handover to the judiciary,
    # "Our forces protect all Syrians", the call to hand over weapons
]
DOCS.append(
    (
        "dev-ai-02",
        "Syrian State News Service",
        "2025-05-14",
        "state media",
        "Latakia mountains: an ambush by 'regime remnants' 'On Monday night' with both sides' dead in two sentences, "
        "arrests, a missile cache seized near Qardaha, a legacy landmine wounding 'a 14-year-old shepherd', a "
        "monitor's six civilians killed and the ministry's denial, March background ('hundreds'), a vow",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-ai-02", "14 May 2025 / on Wednesday", "2025-05-14", "Wednesday"),
    ("dev-ai-02", "On Monday night (start)", "2025-05-12", "Monday"),
    ("dev-ai-02", "on Tuesday / Also on Tuesday / on Tuesday morning", "2025-05-13", "Tuesday"),
]

# =============================================================================
# dev-ai-03  wire story — Iraq's Diyala: orchards near Muqdadiyah, the Hawd al-Wakf area, Khanaqin (Thu 22 Aug 2024)
# =============================================================================
T03 = """Roadside bomb kills three farmers near Iraq's Muqdadiyah; militants hit PMF post

BAQUBA, Iraq, Aug 22 (Levant Press Agency) - A roadside bomb tore through a pickup carrying farmers to their orchards near the town of Muqdadiyah in Iraq's Diyala province on Wednesday, killing three of them, including two brothers, and wounding two others, police and hospital sources said.

No group claimed responsibility, but a police officer in Muqdadiyah blamed Islamic State militants, who still move through the palm groves and farmland north-east of Baquba.

Hours later, gunmen attacked a position of the Popular Mobilisation Forces (PMF) in the Hawd al-Wakf area north of Muqdadiyah. In a statement, the PMF said one of its fighters was killed and that the attackers fled after "a fierce response". A local security source, speaking on condition of anonymity, put the toll at two PMF members dead and three wounded.

Separately, police in Khanaqin, near the Iranian border, arrested a man suspected of financing Islamic State cells at a checkpoint on the town's southern entrance on Tuesday, a spokesman for the Diyala police command said.

Islamic State has carried out at least 14 attacks in Diyala since January, according to a count by the Levant Press Agency based on police reports, most of them small ambushes and bombings in rural areas.

Muqdadiyah has a long history of sectarian bloodshed. In January 2016, twin bombings at a cafe in the town killed more than 20 people and were followed by reprisal attacks on Sunni mosques.

Residents say the farmers had begun returning to orchards abandoned for years. "We planted again because they told us the area was safe," said Abu Haidar, whose cousin was among the wounded. "Now nobody will go out after the afternoon prayer."

Security analysts say the group remains far weaker than at its peak but warn that it could exploit gaps between army and PMF sectors on the edge of the Hamrin mountains.
"""

ISIS03 = ISIS + ["Islamic State cells", "militants", "Islamic State militants"]
PMF03 = PMF + ["PMF members", "PMF post", "fighters"]
IQPOL03 = ["Iraqi police", "police", "Diyala police command", "Police Forces of Iraq", "police in Khanaqin"] + IQSEC
MUQDADIYAH = L(["Muqdadiyah", "Muqdadiya", "al-Muqdadiyah", "near the town of Muqdadiyah"], 33.98, 44.94, "IQ")
HAWD = L(["Hawd al-Wakf", "Hawd al-Wakf area", "north of Muqdadiyah"], cc="IQ")
KHANAQIN = L(["Khanaqin", "Khanaqeen"], 34.35, 45.39, "IQ")
DIYALA = L(["Diyala", "Diyala province"], cc="IQ")
LPA = ["Levant Press Agency", "author"]
E03 = [
    # "killing three of them, including two brothers, and wounding two others" -> 3 and 2; no claim, the police
    # officer's blame -> ISIS plus unknown
    E(
        True,
        "A roadside bomb tore through a pickup carrying farmers to their orchards near the town of Muqdadiyah in Iraq's Diyala province on Wednesday, killing three of them, including two brothers, and wounding two others",
        EXP,
        IED,
        actor1=UNK + ISIS03,
        actor2=CIV + ["farmers", "pickup", "two brothers"],
        location=MUQDADIYAH,
        date=D("2024-08-21"),
        killed=R(3),
        injured=R(2),
        source=["police", "hospital sources", "police and hospital sources"] + LPA,
    ),
    E(
        False,
        "Roadside bomb kills three farmers near Iraq's Muqdadiyah",
        EXP,
        IED,
        actor1=UNK + ISIS03,
        actor2=CIV,
        location=MUQDADIYAH,
        date=D("2024-08-21"),
        killed=R(3),
        source=LPA,
    ),
    # one attack, two tolls by two sources -> one core event per version; "Hours later" -> Wednesday; a district
    # area -> names and country
    E(
        True,
        "gunmen attacked a position of the Popular Mobilisation Forces (PMF) in the Hawd al-Wakf area north of Muqdadiyah",
        BAT,
        CLASH,
        actor1=UNK + ISIS03 + ["gunmen", "attackers"],
        actor2=PMF03 + ["position"],
        location=HAWD,
        date=D("2024-08-21"),
        killed=R(1),
        source=PMF03 + ["PMF statement"],
    ),
    E(
        True,
        "put the toll at two PMF members dead and three wounded",
        BAT,
        CLASH,
        actor1=UNK + ISIS03 + ["gunmen"],
        actor2=PMF03,
        location=HAWD,
        date=D("2024-08-21"),
        killed=R(2),
        injured=R(3),
        source=["local security source", "security source"],
    ),
    E(
        False,
        "militants hit PMF post",
        BAT,
        CLASH,
        actor1=ISIS03 + UNK,
        actor2=PMF03,
        location=HAWD,
        date=D("2024-08-21"),
        source=LPA,
    ),
    E(
        True,
        "police in Khanaqin, near the Iranian border, arrested a man suspected of financing Islamic State cells",
        STR,
        ARRESTS,
        actor1=IQPOL03,
        actor2=ISIS03 + ["man suspected of financing", "suspect"],
        location=KHANAQIN,
        date=D("2024-08-20"),
        source=["Diyala police command", "spokesman"] + LPA,
    ),
    E(
        False,
        "Islamic State has carried out at least 14 attacks in Diyala since January",
        BAT,
        CLASH,
        actor1=ISIS03,
        actor2=IQSEC + PMF03 + CIV,
        location=DIYALA,
        date=D("2024-01-01", "2024-08-22"),
        source=LPA,
        aggregate=True,
    ),
    # 2016 background -> non-core; "more than 20" -> 21..open
    E(
        False,
        "twin bombings at a cafe in the town killed more than 20 people",
        EXP,
        IED,
        actor1=ISIS03 + UNK,
        actor2=CIV + ["cafe"],
        location=MUQDADIYAH,
        date=D("2016-01-01", "2016-01-31"),
        killed=R(21, None),
        source=LPA,
    ),
    E(
        False,
        "were followed by reprisal attacks on Sunni mosques",
        STR,
        LOOT,
        actor1=UNK + PMF03,
        actor2=["Sunni mosques", "mosques"] + CIV,
        location=MUQDADIYAH,
        date=D("2016-01-01", "2016-01-31"),
        source=LPA,
    ),
    E(
        False,
        "it could exploit gaps between army and PMF sectors",
        BAT,
        CLASH,
        actor1=ISIS03,
        actor2=IQSEC + PMF03,
        location=L(["Hamrin mountains", "Diyala"], cc="IQ"),
        source=["Security analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: "a fierce response" (part of the PMF's telling), the farmers' return, "Now nobody will go out"
]
DOCS.append(
    (
        "dev-ai-03",
        "Levant Press Agency",
        "2024-08-22",
        "wire story",
        "Diyala: an IED on farmers near Muqdadiyah ('including two brothers') blamed on ISIS without a claim, an "
        "attack on a PMF post 'Hours later' with two tolls by two sources, an arrest in Khanaqin 'on Tuesday', a "
        "count, 2016 background with reprisals, an analysts' conditional",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-ai-03", "on Wednesday / Hours later", "2024-08-21", "Wednesday"),
    ("dev-ai-03", "on Tuesday", "2024-08-20", "Tuesday"),
]

# =============================================================================
# dev-ai-04  ministry statement — Iraq's Salahuddin: the Makhoul mountains north of Baiji, west of Samarra, al-Ishaqi, the Baiji-Haditha road, the al-Jallam desert (Thu 9 Oct 2025)
# =============================================================================
T04 = """Security Media Cell: five terrorists killed in air strikes north of Baiji

Republic of Iraq - Joint Operations Command - Security Media Cell | Statement No. 418 | Baghdad, 9 October 2025

In the name of God, the Most Gracious, the Most Merciful.

1. Acting on precise intelligence from the Counter-Terrorism Service, heroic Iraqi Air Force F-16 aircraft on Wednesday carried out two air strikes on a hideout of Daesh terrorist gangs in the Makhoul mountains north of Baiji. A ground force that searched the site afterwards found the bodies of five terrorists, among them a so-called wali, together with an explosive belt and two rifles.

2. On Tuesday evening, an improvised explosive device planted by terrorist remnants exploded near a Federal Police patrol on a rural road about 10 km west of Samarra, wounding two heroes of our forces. One of them later succumbed to his wounds in Samarra General Hospital.

3. Intelligence units of the Salahuddin Operations Command detained four wanted persons in the al-Ishaqi district south of Samarra under Article 4 of the Anti-Terrorism Law.

4. Engineering units of the 4th Division dismantled two explosive devices planted on the Baiji-Haditha road on Monday without incident.

5. The Security Media Cell denies the news published by some media outlets and social media pages about the fall of a Federal Police post in the al-Jallam desert east of Samarra. These claims are baseless and aim to undermine the morale of our fighters.

6. Since the beginning of October, 23 terrorists have been killed in joint operations across Salahuddin province.

Our security forces will continue to pursue what remains of the terrorist gangs in their dens until the land of Iraq is cleansed of their filth. We call on media outlets to take information only from official sources.
"""

IQ04 = IQSEC + ["Iraqi Air Force", "F-16 aircraft", "Counter-Terrorism Service", "Federal Police",
                "Federal Police patrol", "Salahuddin Operations Command", "Intelligence units",
                "Engineering units", "4th Division", "Joint Operations Command", "our forces"]
ISIS04 = ISIS + ["Daesh terrorist gangs", "terrorist gangs", "terrorist remnants", "terrorists", "wanted persons"]
MAKHOUL = L(["Makhoul mountains", "Makhoul", "north of Baiji", "Baiji"], cc="IQ")
# "about 10 km west of Samarra" -> LKM
W_SAMARRA = LKM(["west of Samarra", "Samarra", "rural road"], 34.20, 43.87, 10, 270, "IQ")
ISHAQI = L(["al-Ishaqi", "Ishaqi", "al-Ishaqi district", "south of Samarra"], 34.00, 44.10, "IQ")
BAIJI_RD = L(["Baiji-Haditha road", "Baiji", "Haditha"], cc="IQ")
JALLAM = L(["al-Jallam desert", "Jallam", "east of Samarra"], cc="IQ")
SALAH = L(["Salahuddin province", "Salahuddin", "Salah al-Din"], cc="IQ")
SMC = ["Security Media Cell", "Joint Operations Command", "Iraqi government", "author"]
E04 = [
    # "on Wednesday" -> 8 October; the bodies of five found afterwards -> killed 5
    E(
        True,
        "heroic Iraqi Air Force F-16 aircraft on Wednesday carried out two air strikes on a hideout of Daesh terrorist gangs in the Makhoul mountains north of Baiji",
        EXP,
        AIR,
        actor1=IQ04,
        actor2=ISIS04 + ["hideout"],
        location=MAKHOUL,
        date=D("2025-10-08"),
        killed=R(5),
        source=SMC,
    ),
    E(
        False,
        "five terrorists killed in air strikes north of Baiji",
        EXP,
        AIR,
        actor1=IQ04,
        actor2=ISIS04,
        location=MAKHOUL,
        date=D("2025-10-08"),
        killed=R(5),
        source=SMC,
    ),
    # two wounded, one of whom dies later -> killed 0..1, injured 1..2 (dev_r's wounded-man-dies convention)
    E(
        True,
        "an improvised explosive device planted by terrorist remnants exploded near a Federal Police patrol on a rural road about 10 km west of Samarra, wounding two heroes of our forces",
        EXP,
        IED,
        actor1=ISIS04 + UNK,
        actor2=IQ04,
        location=W_SAMARRA,
        date=D("2025-10-07"),
        killed=R(0, 1),
        injured=R(1, 2),
        source=SMC,
    ),
    E(
        True,
        "Intelligence units of the Salahuddin Operations Command detained four wanted persons in the al-Ishaqi district south of Samarra",
        STR,
        ARRESTS,
        actor1=IQ04,
        actor2=ISIS04 + ["four wanted persons"],
        location=ISHAQI,
        source=SMC,
    ),
    E(
        True,
        "Engineering units of the 4th Division dismantled two explosive devices planted on the Baiji-Haditha road on Monday",
        STR,
        DISRUPT,
        actor1=IQ04,
        actor2=ISIS04 + UNK,
        location=BAIJI_RD,
        date=D("2025-10-06"),
        source=SMC,
    ),
    E(
        False,
        "the fall of a Federal Police post in the al-Jallam desert east of Samarra",
        BAT,
        NSAOVER,
        actor1=ISIS04,
        actor2=IQ04,
        location=JALLAM,
        source=["media outlets", "social media pages"] + SMC,
        status="denied",
    ),
    E(
        False,
        "Since the beginning of October, 23 terrorists have been killed in joint operations across Salahuddin province",
        BAT,
        CLASH,
        actor1=IQ04,
        actor2=ISIS04,
        location=SALAH,
        date=D("2025-10-01", "2025-10-09"),
        killed=R(23),
        source=SMC,
        aggregate=True,
    ),
    E(
        False,
        "Our security forces will continue to pursue what remains of the terrorist gangs in their dens",
        BAT,
        CLASH,
        actor1=IQ04,
        actor2=ISIS04,
        location=SALAH,
        source=SMC,
        status="planned",
    ),
    # no gold: the search that found the bodies (part of the strike), "without incident", "undermine the morale",
    # the arrests carry no date in the text -> no date field
]
DOCS.append(
    (
        "dev-ai-04",
        "Iraq's Security Media Cell (statement)",
        "2025-10-09",
        "ministry statement",
        "Salahuddin: F-16 strikes in the Makhoul mountains with five bodies found afterwards, an IED 'about 10 km west "
        "of Samarra' wounding two, one of whom 'later succumbed', undated arrests in al-Ishaqi, two devices "
        "dismantled, a denied fall of a post, a month's count, a vow",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-ai-04", "9 October 2025", "2025-10-09", "Thursday"),
    ("dev-ai-04", "on Wednesday", "2025-10-08", "Wednesday"),
    ("dev-ai-04", "On Tuesday evening", "2025-10-07", "Tuesday"),
    ("dev-ai-04", "on Monday", "2025-10-06", "Monday"),
]

# =============================================================================
# dev-ai-05  live blog — southern Lebanon's Marjayoun district: Khiam, Qlayaa, the Metula area (Wed 16 Oct 2024)
# =============================================================================
T05 = """LIVE: Fighting on Khiam's edge as Israeli strikes pound Marjayoun district

Cedar Line Live | Updated continuously | Wednesday, 16 October 2024

08:55 - Good morning. Our correspondent in Marjayoun reports heavy artillery fire on the outskirts of Khiam since before dawn.

09:40 - An Israeli air strike flattened a two-storey house in the eastern quarter of Khiam, killing a man and his two daughters, the state news agency says.

11:15 - UPDATE on Khiam: the health ministry now says four people were killed in the strike on the house, including the two girls, aged 8 and 11. Rescuers are still searching the rubble.

12:05 - Hezbollah says its fighters fired "a large rocket salvo" at a gathering of Israeli soldiers near Metula. The Israeli military says about 20 projectiles crossed from Lebanon into the Metula area; most were intercepted and the rest fell in open areas. No injuries reported on the Israeli side.

13:30 - Two very different accounts of the fighting east of Khiam. The Israeli military says its troops "eliminated several Hezbollah terrorists" in close-quarters combat there overnight. Hezbollah, for its part, says its fighters destroyed a Merkava tank advancing on the eastern edge of Khiam at dawn, "killing and wounding its crew". Neither claim can be verified.

14:50 - A drone strike hit a motorcycle at the entrance of Qlayaa, killing its rider. The Israeli army says it "struck a Hezbollah operative who was moving weapons". The mayor of Qlayaa told us the man was a 60-year-old grocer who was delivering bread.

15:40 - The Israeli army's Arabic-language spokesman has issued new evacuation warnings for residents of 21 villages south of the Litani river, saying anyone who moves south "puts his life in danger".

16:20 - The health ministry says 2,350 people have been killed in Israeli attacks in Lebanon since October last year.

16:45 - A reader asks why Khiam matters. Analysts we spoke to call the town "the gateway to the Marjayoun plain": whoever holds its hills watches the whole valley.

That's all from us today. We will be back tomorrow morning.
"""

IDF05 = ISRAEL + ["Israeli air strike", "Israeli artillery", "Arabic-language spokesman"]
HEZB05 = HEZB + ["Hezbollah fighters", "Hezbollah terrorists", "Hezbollah operative", "Islamic Resistance"]
KHIAM = L(["Khiam", "al-Khiam", "eastern quarter of Khiam", "east of Khiam", "eastern edge of Khiam"], 33.33, 35.61,
          "LB")
METULA = L(["Metula", "Metula area", "near Metula"], 33.28, 35.58, "IL")
QLAYAA = L(["Qlayaa", "al-Qlayaa", "Qlayaa entrance"], 33.33, 35.56, "LB")
LEBANON05 = L(["Lebanon", "south Lebanon"], cc="LB")
CLL = ["Cedar Line Live", "correspondent", "author"]
E05 = [
    # a toll revised within the blog (three, then four) -> killed 3..4 on the core, the update a non-core copy
    E(
        True,
        "An Israeli air strike flattened a two-storey house in the eastern quarter of Khiam, killing a man and his two daughters",
        EXP,
        AIR,
        actor1=IDF05,
        actor2=CIV + ["house", "a man and his two daughters"],
        location=KHIAM,
        date=D("2024-10-16"),
        killed=R(3, 4),
        source=["state news agency", "health ministry"] + CLL,
    ),
    E(
        False,
        "four people were killed in the strike on the house, including the two girls, aged 8 and 11",
        EXP,
        AIR,
        actor1=IDF05,
        actor2=CIV,
        location=KHIAM,
        date=D("2024-10-16"),
        killed=R(4),
        source=["health ministry", "Lebanese health ministry"],
    ),
    # Hezbollah's claim -> core, sourced to it; the army's count and interception -> Disrupted weapons use;
    # "No injuries reported on the Israeli side" (one side) -> injured 0..0 on the salvo
    E(
        True,
        'its fighters fired "a large rocket salvo" at a gathering of Israeli soldiers near Metula',
        EXP,
        SHELL,
        actor1=HEZB05,
        actor2=IDF05 + ["gathering of Israeli soldiers"],
        location=METULA,
        date=D("2024-10-16"),
        injured=R(0),
        source=HEZB05,
    ),
    E(
        True,
        "about 20 projectiles crossed from Lebanon into the Metula area; most were intercepted",
        STR,
        DISRUPT,
        actor1=IDF05,
        actor2=HEZB05,
        location=METULA,
        date=D("2024-10-16"),
        source=["Israeli military"] + IDF05,
    ),
    # two accounts of the fighting east of Khiam: different objects and times -> one core event per version;
    # "overnight" in a Wednesday blog -> Tuesday and Wednesday; "several" -> 3..open; "killing and wounding its
    # crew" -> no number (no count given)
    E(
        True,
        'its troops "eliminated several Hezbollah terrorists" in close-quarters combat there overnight',
        BAT,
        CLASH,
        actor1=IDF05,
        actor2=HEZB05,
        location=KHIAM,
        date=D("2024-10-15", "2024-10-16"),
        killed=R(3, None),
        source=["Israeli military"] + IDF05,
    ),
    E(
        True,
        'its fighters destroyed a Merkava tank advancing on the eastern edge of Khiam at dawn, "killing and wounding its crew"',
        BAT,
        CLASH,
        actor1=HEZB05,
        actor2=IDF05 + ["Merkava tank", "tank", "crew"],
        location=KHIAM,
        date=D("2024-10-16"),
        source=HEZB05,
    ),
    # one man told two ways (operative / grocer) -> one core event, the other telling a non-core copy; the
    # author states the strike without naming the drone's owner, the army claims it -> Israel
    E(
        True,
        "A drone strike hit a motorcycle at the entrance of Qlayaa, killing its rider",
        EXP,
        AIR,
        actor1=IDF05 + UNK,
        actor2=CIV + HEZB05 + ["motorcycle", "rider", "grocer"],
        location=QLAYAA,
        date=D("2024-10-16"),
        killed=R(1),
        source=CLL,
    ),
    E(
        False,
        'it "struck a Hezbollah operative who was moving weapons"',
        EXP,
        AIR,
        actor1=IDF05,
        actor2=HEZB05,
        location=QLAYAA,
        date=D("2024-10-16"),
        killed=R(1),
        source=IDF05,
    ),
    E(
        False,
        'anyone who moves south "puts his life in danger"',
        EXP,
        AIR,
        actor1=IDF05,
        actor2=CIV + ["residents of 21 villages"],
        location=L(["21 villages south of the Litani river", "south of the Litani", "south Lebanon"], cc="LB"),
        source=IDF05,
        status="planned",
    ),
    E(
        False,
        "2,350 people have been killed in Israeli attacks in Lebanon since October last year",
        EXP,
        AIR,
        actor1=IDF05,
        actor2=CIV + HEZB05,
        location=LEBANON05,
        date=D("2023-10-01", "2024-10-16"),
        killed=R(2350),
        source=["health ministry", "Lebanese health ministry"],
        aggregate=True,
    ),
    # the 08:55 entry: artillery "since before dawn" on the outskirts (no target, no toll) -> a non-core generic
    E(
        False,
        "heavy artillery fire on the outskirts of Khiam since before dawn",
        EXP,
        SHELL,
        actor1=IDF05 + UNK,
        location=KHIAM,
        date=D("2024-10-16"),
        source=CLL,
    ),
    # no gold: "Neither claim can be verified", "Rescuers are still searching", the analysts' "gateway" metaphor
]
DOCS.append(
    (
        "dev-ai-05",
        "Cedar Line Live (live blog)",
        "2024-10-16",
        "live blog",
        "Marjayoun district: a strike on a Khiam house ('a man and his two daughters') revised to four, a Hezbollah "
        "salvo 'near Metula' and the army's interception ('about 20 projectiles'), one battle in two versions "
        "('several' / 'killing and wounding its crew'), a drone on a motorcycle told as an operative and a grocer, "
        "evacuation warnings, a tally, a metaphor",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-ai-05", "Wednesday, 16 October 2024", "2024-10-16", "Wednesday"),
]

# =============================================================================
# dev-ai-06  interview — Gaza's Khan Younis: Bani Suheila, al-Mawasi, the Nasser hospital roundabout (Thu 25 Jul 2024)
# =============================================================================
T06 = """"We carried them out in blankets": a Khan Younis paramedic on a week of shelling

Gaza Voices Magazine | Interview | 25 July 2024

Mahmoud, 34, has worked as a paramedic with the Palestine Red Crescent Society in Khan Younis since 2016. We reached him by phone on Thursday. The interview has been edited for length.

What happened this week in the east of the city?
On Monday, before sunrise, the tanks moved into Bani Suheila and the shelling started on the houses. We could not reach anyone for hours. When we finally got in, we recovered 14 bodies from one street, among them a mother and three of her children. There are still people under the rubble.

You were in al-Mawasi on Tuesday.
Yes. Tuesday evening an air strike hit the tents next to our ambulance point in al-Mawasi. A boy of about ten was killed and six people were wounded, two of them women.

The Israeli military says that strike targeted "a Hamas terrorist" operating from the humanitarian area and that it is reviewing reports of harm to civilians. What do you say?
I saw a boy and his family. That is what I saw.

Were your own teams hit?
On Wednesday, soldiers fired on our ambulance near the Nasser hospital roundabout. My colleague Ahmad was hit in the leg. We had coordinated the movement, as always.

The health ministry now says more than 39,000 people have been killed in Gaza since October. How do you keep going?
Every day is a massacre, and every day we go back out. In December, when the army first pushed into Khan Younis, I thought it could not get worse.

What do you fear next?
If they come into the west of the city, there will be nowhere left to run. People are already sleeping on the beach.

Do you have a message?
Let us work. Ambulances are not targets.
"""

IDF06 = ISRAEL + ["tanks", "soldiers", "the army"]
PRCS = ["Palestine Red Crescent Society", "Palestine Red Crescent", "PRCS", "paramedic", "paramedics", "Mahmoud"]
BANI_SUHEILA = L(["Bani Suheila", "Bani Suhaila", "east of the city", "Khan Younis"], 31.34, 34.33, "PS")
MAWASI = L(["al-Mawasi", "Mawasi", "humanitarian area", "tents"], 31.36, 34.27, "PS")
NASSER = L(["Nasser hospital roundabout", "Nasser hospital", "Khan Younis"], 31.35, 34.29, "PS")
KHAN_YOUNIS = L(["Khan Younis", "Khan Yunis"], 31.35, 34.30, "PS")
GAZA06 = L(["Gaza", "Gaza Strip"], cc="PS")
MAHMOUD = ["Mahmoud", "paramedic", "Palestine Red Crescent Society", "Gaza Voices Magazine"]
E06 = [
    # tanks and shelling on houses -> Shelling; "14 bodies ... There are still people under the rubble" ->
    # 14..open; "On Monday" in a Thursday interview -> 22 July
    E(
        True,
        "the tanks moved into Bani Suheila and the shelling started on the houses",
        EXP,
        SHELL,
        actor1=IDF06,
        actor2=CIV + ["houses"],
        location=BANI_SUHEILA,
        date=D("2024-07-22"),
        killed=R(14, None),
        source=MAHMOUD,
    ),
    E(
        False,
        "we recovered 14 bodies from one street, among them a mother and three of her children",
        EXP,
        SHELL,
        actor1=IDF06,
        actor2=CIV + ["a mother and three of her children"],
        location=BANI_SUHEILA,
        date=D("2024-07-22"),
        killed=R(14, None),
        source=MAHMOUD,
    ),
    # one strike, two objects (tents and a boy / "a Hamas terrorist") -> one core event per version
    E(
        True,
        "Tuesday evening an air strike hit the tents next to our ambulance point in al-Mawasi",
        EXP,
        AIR,
        actor1=IDF06,
        actor2=CIV + ["tents", "boy", "two of them women"],
        location=MAWASI,
        date=D("2024-07-23"),
        killed=R(1),
        injured=R(6),
        source=MAHMOUD,
    ),
    E(
        True,
        'that strike targeted "a Hamas terrorist" operating from the humanitarian area',
        EXP,
        AIR,
        actor1=IDF06,
        actor2=HAMAS + ["Hamas terrorist"],
        location=MAWASI,
        date=D("2024-07-23"),
        source=["Israeli military"] + ISRAEL,
    ),
    # fire on an ambulance crew (civilians) -> Violence against civilians; one paramedic hit -> injured 1
    E(
        True,
        "soldiers fired on our ambulance near the Nasser hospital roundabout",
        VAC,
        ATTACK,
        actor1=IDF06,
        actor2=CIV + PRCS + ["ambulance", "colleague"],
        location=NASSER,
        date=D("2024-07-24"),
        injured=R(1),
        source=MAHMOUD,
    ),
    E(
        False,
        "more than 39,000 people have been killed in Gaza since October",
        EXP,
        AIR,
        actor1=IDF06,
        actor2=CIV,
        location=GAZA06,
        date=D("2023-10-07", "2024-07-25"),
        killed=R(39001, None),
        source=["health ministry", "Gaza health ministry"],
        aggregate=True,
    ),
    E(
        False,
        "In December, when the army first pushed into Khan Younis",
        BAT,
        CLASH,
        actor1=IDF06,
        actor2=HAMAS,
        location=KHAN_YOUNIS,
        date=D("2023-12-01", "2023-12-31"),
        source=MAHMOUD,
    ),
    E(
        False,
        "If they come into the west of the city, there will be nowhere left to run",
        BAT,
        CLASH,
        actor1=IDF06,
        actor2=HAMAS + CIV,
        location=KHAN_YOUNIS,
        source=MAHMOUD,
        status="hypothetical",
    ),
    # no gold: "Every day is a massacre" (metaphor), "Ambulances are not targets" (opinion), the beach sleepers
]
DOCS.append(
    (
        "dev-ai-06",
        "Gaza Voices Magazine",
        "2024-07-25",
        "interview",
        "Khan Younis: a paramedic's account of tanks and shelling in Bani Suheila 'On Monday' with '14 bodies' and "
        "people under the rubble, an al-Mawasi strike told as tents and a boy and as 'a Hamas terrorist', fire on an "
        "ambulance, a ministry tally, December background, a conditional, metaphors",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-ai-06", "on Thursday / 25 July 2024", "2024-07-25", "Thursday"),
    ("dev-ai-06", "On Monday", "2024-07-22", "Monday"),
    ("dev-ai-06", "on Tuesday / Tuesday evening", "2024-07-23", "Tuesday"),
    ("dev-ai-06", "On Wednesday", "2024-07-24", "Wednesday"),
]

# =============================================================================
# dev-ai-07  NGO alert — the West Bank's Ramallah area: Turmus Ayya, Silwad, Kafr Malik, Ein Samiya (Thu 6 Nov 2025)
# =============================================================================
T07 = """URGENT ALERT: Settler violence escalates against olive harvesters in Ramallah governorate

Haqq al-Ard Legal Aid Centre | Field Alert No. 37/2025 | Ramallah, 6 November 2025

Haqq al-Ard's field researchers documented the following incidents in the Ramallah and al-Bireh governorate over the past week. Testimonies were collected in person; the names of witnesses are withheld for their safety.

1. Turmus Ayya. On Saturday morning, some 30 masked settlers, several of them armed, attacked Palestinian families harvesting olives on land east of the village, beating them with clubs and throwing stones. At least seven Palestinians were injured, including a woman aged 80 who suffered a fractured arm, and two cars were set on fire. Witnesses said soldiers who arrived later fired tear gas at the farmers, not the settlers. The Israeli army told the media that its forces "acted to separate the parties" in a confrontation and denied that soldiers had targeted farmers.

2. Silwad. On Monday night, Israeli forces raided the town and detained six residents, including a 15-year-old boy, after searching more than a dozen homes. Families said they were given no reason for the arrests.

3. Kafr Malik. In the early hours of Tuesday, settlers set fire to a sheep barn on the edge of the village and sprayed Hebrew graffiti on two houses. About 40 sheep were burned to death. No people were hurt.

4. Ein Samiya. On Wednesday, bulldozers escorted by the Israeli Civil Administration demolished a water cistern and two animal shelters belonging to the herding community, citing a lack of permits.

Since the olive harvest began on 9 October, Haqq al-Ard has documented 41 settler attacks in the governorate, in which 63 Palestinians were injured.

Haqq al-Ard calls on third states to act before the harvest season turns into a season of blood. If the authorities continue to shield the attackers, further displacement of herding communities is all but certain.
"""

IDF07 = ISRAEL + ["soldiers", "Israeli Civil Administration", "Civil Administration", "bulldozers"]
SETTLERS07 = SETTLERS + ["masked settlers", "30 masked settlers"]
TURMUS = L(["Turmus Ayya", "Turmusayya", "east of the village"], 32.03, 35.29, "PS")
SILWAD = L(["Silwad"], 31.98, 35.26, "PS")
KAFR_MALIK = L(["Kafr Malik", "Kafr Malek"], 31.99, 35.31, "PS")
EIN_SAMIYA = L(["Ein Samiya", "Ein Samia", "herding community"], 31.99, 35.34, "PS")
RAMALLAH_GOV = L(["Ramallah and al-Bireh governorate", "Ramallah governorate", "the governorate"], cc="PS")
HAQQ = ["Haqq al-Ard Legal Aid Centre", "Haqq al-Ard", "field researchers", "author"]
E07 = [
    # "On Saturday" in a Thursday alert -> 1 November; "At least seven ... including a woman aged 80" -> 7..open
    E(
        True,
        "some 30 masked settlers, several of them armed, attacked Palestinian families harvesting olives on land east of the village",
        VAC,
        ATTACK,
        actor1=SETTLERS07,
        actor2=CIV + ["Palestinian families", "Palestinians", "farmers"],
        location=TURMUS,
        date=D("2025-11-01"),
        injured=R(7, None),
        source=HAQQ + ["witnesses"],
    ),
    E(
        False,
        "two cars were set on fire",
        STR,
        LOOT,
        actor1=SETTLERS07,
        actor2=CIV + ["two cars"],
        location=TURMUS,
        date=D("2025-11-01"),
        source=HAQQ,
    ),
    # soldiers firing tear gas at farmers (no injuries stated of their own) -> a non-core copy of the attack; the
    # army's vague "confrontation" -> a non-core Mob violence copy, its denial a non-core denied event
    E(
        False,
        "soldiers who arrived later fired tear gas at the farmers, not the settlers",
        VAC,
        ATTACK,
        actor1=IDF07,
        actor2=CIV + ["farmers"],
        location=TURMUS,
        date=D("2025-11-01"),
        source=["Witnesses", "witnesses"] + HAQQ,
    ),
    E(
        False,
        'its forces "acted to separate the parties" in a confrontation',
        RIOT,
        MOB,
        actor1=SETTLERS07 + CIV,
        actor2=CIV + SETTLERS07,
        location=TURMUS,
        date=D("2025-11-01"),
        source=ISRAEL,
    ),
    E(
        False,
        "denied that soldiers had targeted farmers",
        VAC,
        ATTACK,
        actor1=IDF07,
        actor2=CIV + ["farmers"],
        location=TURMUS,
        date=D("2025-11-01"),
        source=ISRAEL,
        status="denied",
    ),
    # "On Monday night" -> Monday and Tuesday
    E(
        True,
        "Israeli forces raided the town and detained six residents, including a 15-year-old boy",
        STR,
        ARRESTS,
        actor1=IDF07,
        actor2=CIV + ["six residents", "15-year-old boy"],
        location=SILWAD,
        date=D("2025-11-03", "2025-11-04"),
        source=HAQQ,
    ),
    # arson with "No people were hurt" -> Looting/property destruction, killed and injured 0..0
    E(
        True,
        "settlers set fire to a sheep barn on the edge of the village and sprayed Hebrew graffiti on two houses",
        STR,
        LOOT,
        actor1=SETTLERS07,
        actor2=CIV + ["sheep barn", "two houses"],
        location=KAFR_MALIK,
        date=D("2025-11-04"),
        killed=R(0),
        injured=R(0),
        source=HAQQ,
    ),
    E(
        True,
        "bulldozers escorted by the Israeli Civil Administration demolished a water cistern and two animal shelters",
        STR,
        LOOT,
        actor1=IDF07,
        actor2=CIV + ["herding community", "water cistern", "animal shelters"],
        location=EIN_SAMIYA,
        date=D("2025-11-05"),
        source=HAQQ,
    ),
    E(
        False,
        "Haqq al-Ard has documented 41 settler attacks in the governorate, in which 63 Palestinians were injured",
        VAC,
        ATTACK,
        actor1=SETTLERS07,
        actor2=CIV,
        location=RAMALLAH_GOV,
        date=D("2025-10-09", "2025-11-06"),
        injured=R(63),
        source=HAQQ,
        aggregate=True,
    ),
    E(
        False,
        "Settler violence escalates against olive harvesters in Ramallah governorate",
        VAC,
        ATTACK,
        actor1=SETTLERS07,
        actor2=CIV + ["olive harvesters"],
        location=RAMALLAH_GOV,
        source=HAQQ,
        aggregate=True,
    ),
    # no gold: the conditional on displacement (no act of violence), "a season of blood" (metaphor), the call
]
DOCS.append(
    (
        "dev-ai-07",
        "Haqq al-Ard Legal Aid Centre (field alert)",
        "2025-11-06",
        "NGO alert",
        "Ramallah area: a settler attack on olive pickers ('At least seven', 'a woman aged 80') with cars burned, the "
        "soldiers' tear gas, the army's 'confrontation' and its denial, night detentions ('including a 15-year-old "
        "boy'), arson ('No people were hurt'), a demolition, a tally, a conditional",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-ai-07", "6 November 2025", "2025-11-06", "Thursday"),
    ("dev-ai-07", "On Saturday morning", "2025-11-01", "Saturday"),
    ("dev-ai-07", "On Monday night (start)", "2025-11-03", "Monday"),
    ("dev-ai-07", "early hours of Tuesday", "2025-11-04", "Tuesday"),
    ("dev-ai-07", "On Wednesday", "2025-11-05", "Wednesday"),
]

# =============================================================================
# dev-ai-08  partisan media (Houthi-aligned) — Yemen's Marib and al-Jawf: the Sirwah front, al-Maton, al-Jufainah camp, al-Ghayl (Tue 3 Dec 2024)
# =============================================================================
T08 = """Army heroes crush mercenary advance in Sirwah; aggression's remnants kill child in al-Jawf

Voice of the Front | Sana'a | Tuesday 3 December 2024

The heroes of the army and the popular committees foiled a creeping attack by the mercenaries of the American-Saudi aggression on the Sirwah front, west of Marib, on Sunday night, killing and wounding dozens of them, a military source told Voice of the Front.

The source said the mercenaries had tried to advance on positions in the al-Mashjah hills under cover of heavy artillery, but the heroes forced them to flee in humiliation, leaving their dead on the battlefield.

In a related development, the army's air force targeted gatherings of the mercenaries in the Sirwah area with a drone on Monday, achieving accurate hits, the source added.

In al-Jawf, the mercenaries shelled citizens' homes in the al-Maton district with artillery on Monday, wounding a woman and her two children, a local official said.

Also on Monday, a child was killed when a cluster bomblet left over by the aggression's warplanes exploded in the al-Ghayl district of al-Jawf.

Meanwhile, the mercenaries' media outlets claimed that "Houthi militia" shelling hit the al-Jufainah camp for displaced people, south of Marib city, on Sunday, killing two displaced people. The military source described the claim as "a fabrication aimed at covering up the mercenaries' defeat" and said the army does not target civilians.

The violations of the aggression and its mercenaries in the past 24 hours numbered 143 on the various fronts, including 61 artillery shells and 17 attempted infiltrations, the source said.

The source warned that any escalation on the Marib fronts "will be met with a painful response that the enemy does not expect", and that the patience of the Yemeni people has limits.
"""

HOUTHI08 = HOUTHI + ["army and the popular committees", "popular committees", "army's air force", "heroes",
                     "Sana'a forces", "Houthi militia"]
GOV08 = ["mercenaries", "Government of Yemen", "Yemeni government forces", "pro-government forces",
         "Military Forces of Yemen", "mercenaries of the American-Saudi aggression", "mercenaries' media outlets"]
COAL08 = ["Saudi-led coalition", "the aggression", "aggression's warplanes", "Military Forces of Saudi Arabia",
          "Saudi Arabia", "American-Saudi aggression"]
SIRWAH = L(["Sirwah", "Sirwah front", "Sirwah area", "west of Marib", "al-Mashjah hills"], 15.43, 45.03, "YE")
MATON = L(["al-Maton", "al-Matun", "al-Maton district", "al-Jawf"], cc="YE")
GHAYL = L(["al-Ghayl", "al-Ghail", "al-Ghayl district", "al-Jawf"], cc="YE")
JUFAINAH = L(["al-Jufainah", "al-Jufainah camp", "Jufainah", "south of Marib city", "Marib"], 15.43, 45.32, "YE")
MARIB_FRONTS = L(["Marib fronts", "Marib", "various fronts"], cc="YE")
VOF = ["Voice of the Front", "military source", "author"]
E08 = [
    # "on Sunday night" in a Tuesday paper -> Sunday and Monday; "killing and wounding dozens of them" -> casualties
    # 24..open
    E(
        True,
        "foiled a creeping attack by the mercenaries of the American-Saudi aggression on the Sirwah front, west of Marib, on Sunday night, killing and wounding dozens of them",
        BAT,
        CLASH,
        actor1=GOV08 + HOUTHI08,
        actor2=HOUTHI08 + GOV08,
        location=SIRWAH,
        date=D("2024-12-01", "2024-12-02"),
        casualties=R(24, None),
        source=VOF,
    ),
    E(
        False,
        "Army heroes crush mercenary advance in Sirwah",
        BAT,
        CLASH,
        actor1=HOUTHI08,
        actor2=GOV08,
        location=SIRWAH,
        date=D("2024-12-01", "2024-12-02"),
        source=VOF,
    ),
    E(
        True,
        "the army's air force targeted gatherings of the mercenaries in the Sirwah area with a drone on Monday",
        EXP,
        AIR,
        actor1=HOUTHI08,
        actor2=GOV08 + ["gatherings of the mercenaries"],
        location=SIRWAH,
        date=D("2024-12-02"),
        source=VOF,
    ),
    E(
        True,
        "the mercenaries shelled citizens' homes in the al-Maton district with artillery on Monday, wounding a woman and her two children",
        EXP,
        SHELL,
        actor1=GOV08,
        actor2=CIV + ["citizens' homes", "a woman and her two children"],
        location=MATON,
        date=D("2024-12-02"),
        injured=R(3),
        source=["local official"] + VOF,
    ),
    # a cluster bomblet left by air strikes -> IED (a remnant), the coalition plus unknown
    E(
        True,
        "a child was killed when a cluster bomblet left over by the aggression's warplanes exploded in the al-Ghayl district of al-Jawf",
        EXP,
        IED,
        actor1=COAL08 + UNK,
        actor2=CIV + ["child"],
        location=GHAYL,
        date=D("2024-12-02"),
        killed=R(1),
        source=VOF,
    ),
    E(
        False,
        "aggression's remnants kill child in al-Jawf",
        EXP,
        IED,
        actor1=COAL08 + UNK,
        actor2=CIV,
        location=GHAYL,
        date=D("2024-12-02"),
        killed=R(1),
        source=VOF,
    ),
    # the other side's claim -> core, sourced to it; the Houthi source's denial -> non-core denied
    E(
        True,
        '"Houthi militia" shelling hit the al-Jufainah camp for displaced people, south of Marib city, on Sunday, killing two displaced people',
        EXP,
        SHELL,
        actor1=HOUTHI08,
        actor2=CIV + ["displaced people", "al-Jufainah camp"],
        location=JUFAINAH,
        date=D("2024-12-01"),
        killed=R(2),
        source=["mercenaries' media outlets", "government media", "pro-government media"],
    ),
    E(
        False,
        "described the claim as \"a fabrication aimed at covering up the mercenaries' defeat\"",
        EXP,
        SHELL,
        actor1=HOUTHI08,
        actor2=CIV,
        location=JUFAINAH,
        date=D("2024-12-01"),
        source=VOF,
        status="denied",
    ),
    E(
        False,
        "The violations of the aggression and its mercenaries in the past 24 hours numbered 143 on the various fronts",
        EXP,
        SHELL,
        actor1=GOV08 + COAL08,
        actor2=HOUTHI08,
        location=MARIB_FRONTS,
        date=D("2024-12-02", "2024-12-03"),
        source=VOF,
        aggregate=True,
    ),
    E(
        False,
        'any escalation on the Marib fronts "will be met with a painful response that the enemy does not expect"',
        BAT,
        CLASH,
        actor1=HOUTHI08,
        actor2=GOV08,
        location=MARIB_FRONTS,
        source=VOF,
        status="planned",
    ),
    # no gold: "heavy artillery" covering the advance (part of the attack), "leaving their dead on the battlefield",
    # "the army does not target civilians" (generic), "the patience of the Yemeni people has limits"
]
DOCS.append(
    (
        "dev-ai-08",
        "Voice of the Front",
        "2024-12-03",
        "partisan media (Houthi-aligned)",
        "Marib and al-Jawf: an attack repelled 'on Sunday night' ('killing and wounding dozens'), a drone strike, "
        "artillery wounding 'a woman and her two children', a cluster bomblet killing a child, the other side's "
        "claim of a camp shelled and its denial, a day's count of 'violations', a threat",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-ai-08", "Tuesday 3 December 2024", "2024-12-03", "Tuesday"),
    ("dev-ai-08", "on Sunday night / on Sunday", "2024-12-01", "Sunday"),
    ("dev-ai-08", "on Monday / Also on Monday", "2024-12-02", "Monday"),
]

# =============================================================================
# dev-ai-09  wire story with a correction notice — the Jordan-Iraq border: east of Ruwaished, Trebil, Tower 22 (Thu 12 Feb 2026)
# =============================================================================
T09 = """Jordanian troops kill four smugglers in clash on Iraq border, army says

Amman Daily Wire | Thursday, February 12, 2026

CORRECTION: An earlier version of this story, based on an initial army statement, said six smugglers were killed and that the clash took place near Ruwaished. The army later said four were killed and that the clash took place about 40 km east of the town. The story has been updated.

AMMAN - Jordanian border guards killed four armed smugglers and wounded several others in a clash about 40 km east of Ruwaished, near the border with Iraq, early on Tuesday, the army said.

A military source said a group of men tried to cross from Iraqi territory with weapons and drugs and opened fire when challenged. Troops seized 1.2 million Captagon pills and three assault rifles at the scene. No Jordanian soldiers were hurt, the source added.

On Monday, air defences shot down a drone carrying crystal methamphetamine that had crossed from Iraqi territory near the Trebil crossing, the army said in a separate statement.

Iraq's Border Guard Command said its forces had arrested two men on the Iraqi side of the frontier hours after Tuesday's clash and were questioning them about the smuggling network.

Jordan has tightened its rules of engagement along its eastern and northern borders since 2022. In January 2024, a drone attack on Tower 22, a small U.S. outpost in Jordan's north-eastern corner, killed three American soldiers. Washington blamed Iran-backed militias in Iraq.

One such militia, Kataib Hezbollah, said in a Telegram post on Wednesday that it would "respond" if Jordanian forces fired on Iraqi territory. Jordanian officials did not comment on the statement.

Smuggling across the desert border has surged in the past year, according to Jordanian officials, who say organised gangs now use drones and four-wheel-drive vehicles to move drugs and weapons toward the Gulf.
"""

JOR09 = ["Jordanian border guards", "Jordanian army", "Jordan Armed Forces", "Military Forces of Jordan",
         "Jordanian troops", "border guards", "air defences", "Jordanian forces", "Jordan"]
SMUG09 = ["smugglers", "armed smugglers", "drug smugglers", "smuggling network", "men", "Unidentified Armed Group"]
IQBG09 = ["Border Guard Command", "Iraqi Border Guard Command", "Iraqi border guards", "Military Forces of Iraq",
          "Iraqi forces"]
# "about 40 km east of Ruwaished" -> LKM from Ruwaished
E_RUWAISHED = LKM(["east of Ruwaished", "Ruwaished", "Ruweished", "border with Iraq"], 32.50, 39.14, 40, 90, "JO")
TREBIL = L(["Trebil", "Trebil crossing", "Turaibil", "Karameh crossing"], 33.05, 38.80, "JO")
TOWER22 = L(["Tower 22"], 33.32, 38.70, "JO")
ADW = ["Amman Daily Wire", "army", "Jordanian army", "military source", "author"]
E09 = [
    # the corrected toll (four) on the core; "wounded several others" -> 3..open; the retracted six a non-core
    # copy; "early on Tuesday" -> 10 February
    E(
        True,
        "Jordanian border guards killed four armed smugglers and wounded several others in a clash about 40 km east of Ruwaished",
        BAT,
        CLASH,
        actor1=JOR09,
        actor2=SMUG09,
        location=E_RUWAISHED,
        date=D("2026-02-10"),
        killed=R(4),
        injured=R(3, None),
        source=ADW,
    ),
    E(
        False,
        "said six smugglers were killed and that the clash took place near Ruwaished",
        BAT,
        CLASH,
        actor1=JOR09,
        actor2=SMUG09,
        location=L(["Ruwaished", "Ruweished"], 32.50, 39.14, "JO"),
        date=D("2026-02-10"),
        killed=R(6),
        source=["initial army statement", "army"],
    ),
    E(
        False,
        "Jordanian troops kill four smugglers in clash on Iraq border",
        BAT,
        CLASH,
        actor1=JOR09,
        actor2=SMUG09,
        location=E_RUWAISHED,
        date=D("2026-02-10"),
        killed=R(4),
        source=ADW,
    ),
    E(
        True,
        "air defences shot down a drone carrying crystal methamphetamine that had crossed from Iraqi territory near the Trebil crossing",
        STR,
        DISRUPT,
        actor1=JOR09,
        actor2=SMUG09 + ["drone"],
        location=TREBIL,
        date=D("2026-02-09"),
        source=ADW,
    ),
    # "hours after Tuesday's clash" -> Tuesday and Wednesday; the Iraqi side of an unnamed border stretch -> names
    E(
        True,
        "its forces had arrested two men on the Iraqi side of the frontier hours after Tuesday's clash",
        STR,
        ARRESTS,
        actor1=IQBG09,
        actor2=SMUG09 + ["two men"],
        location=L(["Iraqi side of the frontier", "Jordan-Iraq border", "Iraq"], cc="IQ"),
        date=D("2026-02-10", "2026-02-11"),
        source=IQBG09,
    ),
    E(
        False,
        "a drone attack on Tower 22, a small U.S. outpost in Jordan's north-eastern corner, killed three American soldiers",
        EXP,
        AIR,
        actor1=["Iran-backed militias", "Islamic Resistance in Iraq", "Kataib Hezbollah"] + UNK,
        actor2=["U.S. forces", "American soldiers", "Military Forces of the United States", "United States"],
        location=TOWER22,
        date=D("2024-01-01", "2024-01-31"),
        killed=R(3),
        source=ADW + ["Washington"],
    ),
    E(
        False,
        'it would "respond" if Jordanian forces fired on Iraqi territory',
        EXP,
        AIR,
        actor1=["Kataib Hezbollah", "Kata'ib Hizballah", "militia"],
        actor2=JOR09,
        location=L(["Jordan", "Jordan-Iraq border"], cc="JO"),
        source=["Kataib Hezbollah", "Telegram post"],
        status="planned",
    ),
    # no gold: the seizure of pills and rifles (part of the clash), "No Jordanian soldiers were hurt" (one side,
    # folded: no extra field), the rules of engagement since 2022, the smuggling surge (generic)
]
DOCS.append(
    (
        "dev-ai-09",
        "Amman Daily Wire",
        "2026-02-12",
        "wire story with a correction notice",
        "Jordan-Iraq border: a clash 'about 40 km east of Ruwaished' corrected from six dead to four ('wounded "
        "several others'), a drug drone shot down near Trebil, arrests on the Iraqi side 'hours after', Tower 22 "
        "background, a militia's conditional threat",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-ai-09", "Thursday, February 12, 2026", "2026-02-12", "Thursday"),
    ("dev-ai-09", "early on Tuesday / Tuesday's clash", "2026-02-10", "Tuesday"),
    ("dev-ai-09", "On Monday", "2026-02-09", "Monday"),
    ("dev-ai-09", "on Wednesday", "2026-02-11", "Wednesday"),
]

# =============================================================================
# dev-ai-10  consultancy weekly brief — Mali's Mopti region: Dinangourou, near Bankass, near Tenenkou, the Bandiagara-Sevare road (Fri 27 Jun 2025)
# =============================================================================
T10 = """SAHEL RISK WEEKLY - Central Mali (Mopti region), 20-26 June 2025

Prepared by Harmattan Risk Advisory for clients operating in Mali. Distribution restricted.

KEY JUDGEMENT: Violence in Mopti region remained high this week. We recorded 19 security incidents in the region, up from 12 the week before.

INCIDENTS
- Dinangourou (Koro circle), 22 June: Militants attacked an army post. The Malian Armed Forces (FAMa) said they "repelled a terrorist attack", neutralising 12 assailants and losing three soldiers. In a claim carried by its media arm, JNIM said it killed 20 soldiers and seized weapons and two vehicles. Neither account could be verified.
- Near Bankass, 23 June: Dozo hunters of the Dan Na Ambassagou militia attacked the Fulani hamlet of Sare Dina, killing at least 17 civilians, according to a Fulani community association. The militia denied any involvement and accused "terrorists disguised as hunters".
- Near Tenenkou, 24 June: A FAMa drone struck what the army described as "a terrorist gathering". Local sources said the strike hit guests at a baptism ceremony, killing between eight and 11 people, among them women.
- Bandiagara-Sevare road, 25 June: A public bus hit an improvised explosive device some 15 km east of Sevare; five passengers died and about a dozen were injured, a health official said.
- Near Djenne: Gunmen believed to be from JNIM abducted a deputy mayor from his farm. No date was given by our sources.

OUTLOOK
We assess that attacks on the national road network are likely to increase as the rainy season begins. Should JNIM extend its blockade of Bandiagara, supplies to Sevare could be disrupted within weeks.

Clients should avoid road travel east of Sevare and keep movements in Mopti town to daylight hours.
"""

FAMA = ["Malian Armed Forces", "FAMa", "Military Forces of Mali", "Malian army", "the army", "army post"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin", "militants",
        "terrorists"]
DNA = ["Dan Na Ambassagou", "Dozo hunters", "Dozo", "Dogon militia", "militia"]
DINANGOUROU = L(["Dinangourou", "Koro circle"], 14.45, -2.23, "ML")
BANKASS = L(["near Bankass", "Bankass", "Sare Dina"], 14.08, -3.52, "ML")
TENENKOU = L(["near Tenenkou", "Tenenkou", "Ténenkou"], 14.46, -4.92, "ML")
# "some 15 km east of Sevare" on the Bandiagara road -> LKM from Sevare
SEVARE_RD = LKM(["Bandiagara-Sevare road", "east of Sevare", "Sevare", "Sévaré"], 14.53, -4.09, 15, 90, "ML")
DJENNE = L(["near Djenne", "Djenne", "Djenné"], 13.91, -4.55, "ML")
MOPTI = L(["Mopti region", "Central Mali", "Mopti"], cc="ML")
HRA = ["Harmattan Risk Advisory", "Sahel Risk Weekly", "our sources", "author"]
E10 = [
    E(
        False,
        "We recorded 19 security incidents in the region",
        BAT,
        CLASH,
        actor1=JNIM + FAMA + DNA,
        actor2=FAMA + JNIM + CIV,
        location=MOPTI,
        date=D("2025-06-20", "2025-06-26"),
        source=HRA,
        aggregate=True,
    ),
    # two versions of one attack -> one core event per version; the army's "neutralising 12 assailants and losing
    # three soldiers" -> 12 is "neutralised" (no number) plus three dead -> killed 3..open
    E(
        True,
        'The Malian Armed Forces (FAMa) said they "repelled a terrorist attack", neutralising 12 assailants and losing three soldiers',
        BAT,
        CLASH,
        actor1=JNIM + FAMA,
        actor2=FAMA + JNIM,
        location=DINANGOUROU,
        date=D("2025-06-22"),
        killed=R(3, None),
        source=FAMA,
    ),
    E(
        True,
        "JNIM said it killed 20 soldiers and seized weapons and two vehicles",
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=FAMA + ["soldiers"],
        location=DINANGOUROU,
        date=D("2025-06-22"),
        killed=R(20),
        source=JNIM + ["media arm"],
    ),
    E(
        True,
        "Dozo hunters of the Dan Na Ambassagou militia attacked the Fulani hamlet of Sare Dina, killing at least 17 civilians",
        VAC,
        ATTACK,
        actor1=DNA,
        actor2=CIV + ["Fulani", "Fulani hamlet"],
        location=BANKASS,
        date=D("2025-06-23"),
        killed=R(17, None),
        source=["Fulani community association", "community association"] + HRA,
    ),
    E(
        False,
        'The militia denied any involvement and accused "terrorists disguised as hunters"',
        VAC,
        ATTACK,
        actor1=DNA,
        actor2=CIV,
        location=BANKASS,
        date=D("2025-06-23"),
        source=DNA,
        status="denied",
    ),
    # one strike, two objects ("a terrorist gathering" / a baptism) -> one core event per version
    E(
        True,
        'A FAMa drone struck what the army described as "a terrorist gathering"',
        EXP,
        AIR,
        actor1=FAMA,
        actor2=JNIM + ["terrorist gathering"],
        location=TENENKOU,
        date=D("2025-06-24"),
        source=FAMA,
    ),
    E(
        True,
        "the strike hit guests at a baptism ceremony, killing between eight and 11 people, among them women",
        EXP,
        AIR,
        actor1=FAMA,
        actor2=CIV + ["guests at a baptism ceremony", "guests", "women"],
        location=TENENKOU,
        date=D("2025-06-24"),
        killed=R(8, 11),
        source=["Local sources", "local sources"],
    ),
    # "about a dozen were injured" -> 10..14 (the guide's "a dozen" is 12..12; "about" widens it)
    E(
        True,
        "A public bus hit an improvised explosive device some 15 km east of Sevare; five passengers died and about a dozen were injured",
        EXP,
        IED,
        actor1=UNK + JNIM,
        actor2=CIV + ["public bus", "passengers", "bus"],
        location=SEVARE_RD,
        date=D("2025-06-25"),
        killed=R(5),
        injured=R(10, 14),
        source=["health official"] + HRA,
    ),
    # "believed to be from JNIM" -> JNIM plus unknown; no date in the text -> no date field
    E(
        True,
        "Gunmen believed to be from JNIM abducted a deputy mayor from his farm",
        VAC,
        ABDUCT,
        actor1=JNIM + UNK + ["Gunmen"],
        actor2=CIV + ["deputy mayor"],
        location=DJENNE,
        source=HRA,
    ),
    E(
        False,
        "Should JNIM extend its blockade of Bandiagara",
        STR,
        "Other",
        actor1=JNIM,
        location=L(["Bandiagara"], 14.35, -3.61, "ML"),
        source=HRA,
        status="hypothetical",
    ),
    # no gold: the previous week's 12 incidents (a bare figure), the forecast on roads (no specific act), advice
]
DOCS.append(
    (
        "dev-ai-10",
        "Harmattan Risk Advisory (Sahel Risk Weekly)",
        "2025-06-27",
        "consultancy weekly brief",
        "Mopti region: a week's count, an attack on a post at Dinangourou in two versions (army / JNIM), a Dozo "
        "massacre 'at least 17' and its denial, a drone strike told as 'a terrorist gathering' and a baptism "
        "('between eight and 11'), an IED on a bus 'some 15 km east of Sevare' ('about a dozen'), an undated "
        "abduction, a forecast and a conditional",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-ai-10", "publication (Friday after the week 20-26 June)", "2025-06-27", "Friday"),
]

# =============================================================================
# dev-ai-11  feature with quotes — Chad's Lake province: Barkaram, the islands near Ngouboua, Bol (Fri 8 Nov 2024)
# =============================================================================
T11 = """On Lake Chad's islands, fishermen caught between Boko Haram and the army

Sahel Dispatch | Feature | BOL, Chad, November 8, 2024

The reeds around Barkaram island are quiet now, but the fishermen of Bol still lower their voices when they speak of the night the base fell silent.

Nearly two weeks ago, Boko Haram fighters stormed an army base on Barkaram, in Chad's Lake province, killing around 40 soldiers, according to the presidency. It was one of the deadliest attacks on Chadian troops in years.

"We heard the shooting from our boats until morning," said Moussa, 46, who has fished these channels since he was a boy. "Then the soldiers' bodies were brought to Bol."

Since then the army has launched an offensive it calls Operation Haskanite. Air strikes have hit several islands near Ngouboua, and the army says it has killed 96 militants since the operation began. Those figures could not be independently verified.

For fishermen, the danger is not only the jihadists. Amina, 38, says her brother and two other fishermen were taken from their camp on an island north of Bol three weeks ago by armed men who demanded one million CFA francs for each of them. "They called us from my brother's phone," she said. "We are still selling our goats."

Older residents remember February 2015, when the militants crossed the lake and attacked Ngouboua, burning homes and killing several villagers - the first such raid on Chadian soil.

President Mahamat Idriss Deby has threatened to pull Chad out of the Multinational Joint Task Force, saying the regional coalition had failed to pool its efforts.

At the market in Bol, prices of fish have fallen by half because few dare to go out on the water. "If the army leaves the islands, they will come back the next day," said Moussa. "And then who will protect us?"

An army officer, who asked not to be named, said patrols by boat would resume "when the operation is complete".
"""

CHAD = ["Chadian army", "Chadian troops", "Military Forces of Chad", "army", "Chad", "soldiers"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "ISWAP", "jihadists", "militants",
      "Boko Haram fighters"]
BARKARAM = L(["Barkaram", "Barkaram island", "Lake province"], 13.50, 14.30, "TD")
NGOUBOUA = L(["islands near Ngouboua", "Ngouboua"], 13.39, 14.00, "TD")
BOL = L(["island north of Bol", "Bol", "north of Bol"], 13.46, 14.71, "TD")
SD = ["Sahel Dispatch", "author"]
E11 = [
    # "Nearly two weeks ago" in a Friday 8 November feature -> 23 to 29 October (10-16 days before); "around 40"
    # -> 36..44
    E(
        True,
        "Boko Haram fighters stormed an army base on Barkaram, in Chad's Lake province, killing around 40 soldiers",
        BAT,
        CLASH,
        actor1=BH,
        actor2=CHAD + ["army base"],
        location=BARKARAM,
        date=D("2024-10-23", "2024-10-29"),
        killed=R(36, 44),
        source=["presidency", "Chadian presidency"] + SD,
    ),
    # air strikes on "several islands" with a running count "since the operation began" -> aggregate
    E(
        False,
        "Air strikes have hit several islands near Ngouboua",
        EXP,
        AIR,
        actor1=CHAD + ["Operation Haskanite"],
        actor2=BH,
        location=NGOUBOUA,
        date=D("2024-10-23", "2024-11-08"),
        source=SD,
        aggregate=True,
    ),
    E(
        False,
        "the army says it has killed 96 militants since the operation began",
        BAT,
        CLASH,
        actor1=CHAD,
        actor2=BH,
        location=L(["Lake province", "Lake Chad"], cc="TD"),
        date=D("2024-10-23", "2024-11-08"),
        killed=R(96),
        source=CHAD,
        aggregate=True,
    ),
    # "three weeks ago" from Friday 8 November -> the week of Monday 14 to Sunday 20 October; armed men not named
    # (the text contrasts them with jihadists only loosely) -> unknown plus Boko Haram
    E(
        True,
        "her brother and two other fishermen were taken from their camp on an island north of Bol three weeks ago by armed men",
        VAC,
        ABDUCT,
        actor1=UNK + BH + ["armed men"],
        actor2=CIV + ["fishermen", "her brother"],
        location=BOL,
        date=D("2024-10-14", "2024-10-20"),
        source=["Amina"] + SD,
    ),
    E(
        False,
        "the militants crossed the lake and attacked Ngouboua, burning homes and killing several villagers",
        VAC,
        ATTACK,
        actor1=BH,
        actor2=CIV + ["villagers"],
        location=L(["Ngouboua"], 13.39, 14.00, "TD"),
        date=D("2015-02-01", "2015-02-28"),
        killed=R(3, None),
        source=["Older residents"] + SD,
    ),
    E(
        False,
        "has threatened to pull Chad out of the Multinational Joint Task Force",
        STR,
        "Change to group/activity",
        actor1=CHAD + ["Mahamat Idriss Deby", "Government of Chad"],
        actor2=["Multinational Joint Task Force", "MNJTF"],
        location=L(["Chad"], cc="TD"),
        source=SD,
        status="planned",
    ),
    E(
        False,
        "If the army leaves the islands, they will come back the next day",
        BAT,
        NSAOVER,
        actor1=BH,
        location=L(["the islands", "Lake province"], cc="TD"),
        source=["Moussa"],
        status="hypothetical",
    ),
    # no gold: "the night the base fell silent" (a back-reference), the bodies brought to Bol, the ransom calls,
    # fish prices, the officer's promise of patrols (no violence)
]
DOCS.append(
    (
        "dev-ai-11",
        "Sahel Dispatch",
        "2024-11-08",
        "feature with quotes",
        "Chad's Lake province: the Barkaram base attack 'Nearly two weeks ago' ('around 40 soldiers', per the "
        "presidency), air strikes on 'several islands' and the army's running count, three fishermen kidnapped "
        "'three weeks ago', 2015 background ('several villagers'), a threat to quit the MNJTF, a conditional",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-ai-11", "November 8, 2024", "2024-11-08", "Friday"),
    ("dev-ai-11", "three weeks ago (Monday of that week)", "2024-10-14", "Monday"),
]

# =============================================================================
# dev-ai-12  local news site — Ethiopia's Oromia: near Ginchi, near Gerba Guracha, a market in Horo Guduru Wollega, Ambo, Nekemte (Thu 18 Sep 2025)
# =============================================================================
T12 = """Oromia: passengers seized on Gerba Guracha road as fighting flares in West Shewa

Finfinne Local | Regional news | Thursday 18 September 2025

Fighting broke out on Monday between federal troops and Oromo Liberation Army (OLA) fighters in forested hills near Ginchi, in West Shewa zone, residents said. One farmer said he counted the bodies of five soldiers being loaded onto a truck the following morning; the army did not comment on its losses.

On Tuesday, gunmen stopped a minibus near Gerba Guracha, in North Shewa zone, and abducted at least 11 passengers, including two university students, a relative of one of the victims told Finfinne Local. The kidnappers later demanded ransom by phone. Regional officials blamed "Shene", the government's name for the OLA. An OLA spokesman denied that its fighters were involved and blamed "criminal gangs tolerated by the regime".

In Horo Guduru Wollega zone, a drone strike hit a weekly market on Saturday. Residents said at least eight traders were killed and many more injured. A regional security official described the target as "a Shene logistics hub" and said no civilians were harmed.

Security forces have also detained dozens of young men in Ambo town this week on suspicion of supporting the OLA, their families said.

In Nekemte, some 300 teachers marched peacefully to the zonal administration office on Wednesday to demand four months of unpaid salaries.

The OLA split from the Oromo Liberation Front after a 2018 reconciliation deal that allowed exiled opposition groups to return home. Two rounds of talks between the government and the OLA in Tanzania in 2023 ended without agreement.

"Every road in our area is a gamble," said a trader in Gerba Guracha. "You leave in the morning and you do not know if you will come home."
"""

ENDF = ["Ethiopian National Defense Force", "ENDF", "federal troops", "Military Forces of Ethiopia", "army",
        "soldiers", "Ethiopian army", "Security forces", "security forces", "Oromia regional government"]
OLA = ["Oromo Liberation Army", "OLA", "Shene", "OLA fighters", "Oromo Liberation Front-Shane"]
GINCHI = L(["near Ginchi", "Ginchi", "West Shewa zone"], 9.03, 38.13, "ET")
GERBA = L(["near Gerba Guracha", "Gerba Guracha", "North Shewa zone"], 9.80, 38.40, "ET")
HORO = L(["Horo Guduru Wollega zone", "Horo Guduru Wollega", "weekly market"], cc="ET")
AMBO = L(["Ambo", "Ambo town"], 8.98, 37.85, "ET")
NEKEMTE = L(["Nekemte", "Nekemt"], 9.09, 36.55, "ET")
FL = ["Finfinne Local", "author"]
E12 = [
    # "On Monday" -> 15 September; only the army's dead counted by a farmer -> killed 5..open
    E(
        True,
        "Fighting broke out on Monday between federal troops and Oromo Liberation Army (OLA) fighters in forested hills near Ginchi",
        BAT,
        CLASH,
        actor1=ENDF + OLA,
        actor2=OLA + ENDF,
        location=GINCHI,
        date=D("2025-09-15"),
        killed=R(5, None),
        source=["residents", "farmer"] + FL,
    ),
    # gunmen with the officials' blame and the OLA's counter-blame -> OLA, gangs and unknown on the core, each
    # blame a non-core copy
    E(
        True,
        "gunmen stopped a minibus near Gerba Guracha, in North Shewa zone, and abducted at least 11 passengers",
        VAC,
        ABDUCT,
        actor1=UNK + OLA + ["gunmen", "criminal gangs"],
        actor2=CIV + ["passengers", "minibus", "university students"],
        location=GERBA,
        date=D("2025-09-16"),
        source=["relative of one of the victims", "relative"] + FL,
    ),
    E(
        False,
        'Regional officials blamed "Shene", the government\'s name for the OLA',
        VAC,
        ABDUCT,
        actor1=OLA,
        actor2=CIV,
        location=GERBA,
        date=D("2025-09-16"),
        source=["Regional officials", "regional officials"],
    ),
    E(
        False,
        "An OLA spokesman denied that its fighters were involved",
        VAC,
        ABDUCT,
        actor1=OLA,
        actor2=CIV,
        location=GERBA,
        date=D("2025-09-16"),
        source=["OLA spokesman"] + OLA,
        status="denied",
    ),
    # one strike, two objects (a market / "a Shene logistics hub") -> one core event per version; "at least eight"
    # -> 8..open, "many more injured" -> no number; "no civilians were harmed" (one group) -> no number field
    E(
        True,
        "a drone strike hit a weekly market on Saturday",
        EXP,
        AIR,
        actor1=ENDF + UNK,
        actor2=CIV + ["weekly market", "traders"],
        location=HORO,
        date=D("2025-09-13"),
        killed=R(8, None),
        source=["Residents", "residents"] + FL,
    ),
    E(
        True,
        'A regional security official described the target as "a Shene logistics hub"',
        EXP,
        AIR,
        actor1=ENDF,
        actor2=OLA + ["logistics hub"],
        location=HORO,
        date=D("2025-09-13"),
        source=["regional security official", "security official"],
    ),
    # "this week" in a Thursday paper -> Monday 15 to Thursday 18; "dozens" -> no number field (arrests)
    E(
        True,
        "Security forces have also detained dozens of young men in Ambo town this week",
        STR,
        ARRESTS,
        actor1=ENDF,
        actor2=CIV + OLA + ["young men"],
        location=AMBO,
        date=D("2025-09-15", "2025-09-18"),
        source=["families"] + FL,
    ),
    E(
        True,
        "some 300 teachers marched peacefully to the zonal administration office on Wednesday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["teachers", "300 teachers"],
        location=NEKEMTE,
        date=D("2025-09-17"),
        source=FL,
    ),
    E(
        False,
        "a 2018 reconciliation deal that allowed exiled opposition groups to return home",
        STR,
        "Agreement",
        actor1=["Oromo Liberation Front", "OLF", "Government of Ethiopia"],
        actor2=["Government of Ethiopia", "Ethiopian government", "OLF"],
        location=L(["Ethiopia"], cc="ET"),
        date=D("2018-01-01", "2018-12-31"),
        source=FL,
    ),
    # no gold: the ransom demand, the 2023 talks that "ended without agreement" (no deal), "Every road ... is a
    # gamble" (metaphor)
]
DOCS.append(
    (
        "dev-ai-12",
        "Finfinne Local",
        "2025-09-18",
        "local news site",
        "Oromia: an army-OLA clash near Ginchi with a farmer's count of dead soldiers 'the following morning', a "
        "minibus abduction ('at least 11') with blame and denial, a drone strike told as a market and as 'a Shene "
        "logistics hub', 'dozens' detained 'this week', a teachers' march, 2018 background, a metaphor",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-ai-12", "Thursday 18 September 2025", "2025-09-18", "Thursday"),
    ("dev-ai-12", "on Monday", "2025-09-15", "Monday"),
    ("dev-ai-12", "On Tuesday", "2025-09-16", "Tuesday"),
    ("dev-ai-12", "on Wednesday", "2025-09-17", "Wednesday"),
    ("dev-ai-12", "on Saturday", "2025-09-13", "Saturday"),
]

# =============================================================================
# dev-ai-13  round-up — Afghanistan's Kunar and Nangarhar: Dangam, Torkham, Jalalabad, Achin (Fri 3 Apr 2026)
# =============================================================================
T13 = """East Afghanistan round-up: shelling in Kunar, border clash at Torkham, blast in Jalalabad

Hindu Kush Herald | Weekly round-up | Jalalabad, Friday 3 April 2026

KUNAR - Pakistani forces fired artillery shells into Dangam district on Wednesday, killing a woman and two of her children and destroying a house, a spokesman for the Kunar provincial governor said. Pakistan's military, in a statement carried by state television, said its troops had "responded to fire from Khawarij hideouts" across the border and made no mention of civilian casualties.

NANGARHAR - Afghan and Pakistani border forces exchanged fire near the Torkham crossing on Thursday evening for about two hours. One Afghan border guard was killed and three were wounded, according to a Taliban spokesman; Pakistani officials gave no account of their own casualties. The crossing, closed since the clash, is unlikely to reopen before next week, traders said.

JALALABAD - A magnetic bomb attached to a Taliban vehicle exploded in the city's District 4 on Tuesday, wounding two members of the security forces. No group claimed the attack, although the Islamic State's regional branch has carried out similar bombings in the city.

ACHIN - Taliban intelligence said it had arrested five members of an Islamic State cell in Achin district last week and seized explosives and suicide vests. The group's members had been "planning attacks on mosques", the statement said.

In its latest report, the UN mission in Afghanistan said cross-border violence had killed or injured 112 civilians in the eastern provinces in the first three months of the year.

ANALYSIS: Relations between Kabul and Islamabad have swung between truce and confrontation since the October 2025 fighting. Unless the two sides agree on a mechanism to handle border incidents, more clashes of this kind seem likely.
"""

PAK = ["Pakistani forces", "Pakistan's military", "Pakistani military", "Pakistan Army", "Military Forces of Pakistan",
       "Pakistani border forces", "Pakistan", "Pakistani troops"]
TALIBAN = ["Taliban", "Islamic Emirate of Afghanistan", "Afghan border forces", "Afghan border guard",
           "Military Forces of Afghanistan", "Taliban intelligence", "security forces", "Taliban vehicle"]
TTP = ["Khawarij", "Fitna al-Khawarij", "Tehrik-i-Taliban Pakistan", "TTP", "Khawarij hideouts"]
ISKP = ["Islamic State", "Islamic State Khorasan", "ISKP", "IS-K", "Islamic State cell", "Islamic State's regional branch"]
DANGAM = L(["Dangam", "Dangam district", "Kunar"], 34.98, 71.40, "AF")
TORKHAM = L(["Torkham", "Torkham crossing"], 34.10, 71.09, "AF")
JALALABAD = L(["Jalalabad", "District 4"], 34.43, 70.45, "AF")
ACHIN = L(["Achin", "Achin district"], 34.13, 70.71, "AF")
HKH = ["Hindu Kush Herald", "author"]
E13 = [
    # shells on a house told two ways: a family killed / "Khawarij hideouts" -> one core event per version
    E(
        True,
        "Pakistani forces fired artillery shells into Dangam district on Wednesday, killing a woman and two of her children and destroying a house",
        EXP,
        SHELL,
        actor1=PAK,
        actor2=CIV + ["a woman and two of her children", "house"],
        location=DANGAM,
        date=D("2026-04-01"),
        killed=R(3),
        source=["Kunar provincial governor", "spokesman for the Kunar provincial governor", "Taliban"] + HKH,
    ),
    E(
        True,
        'its troops had "responded to fire from Khawarij hideouts" across the border',
        EXP,
        SHELL,
        actor1=PAK,
        actor2=TTP,
        location=DANGAM,
        date=D("2026-04-01"),
        source=PAK + ["state television"],
    ),
    # state forces of two states -> Battles; only the Afghan side counted -> killed 1..open, injured 3..open
    E(
        True,
        "Afghan and Pakistani border forces exchanged fire near the Torkham crossing on Thursday evening for about two hours",
        BAT,
        CLASH,
        actor1=TALIBAN + PAK,
        actor2=PAK + TALIBAN,
        location=TORKHAM,
        date=D("2026-04-02"),
        killed=R(1, None),
        injured=R(3, None),
        source=["Taliban spokesman"] + HKH,
    ),
    # no claim; ISKP named only as a pattern -> unknown plus ISKP
    E(
        True,
        "A magnetic bomb attached to a Taliban vehicle exploded in the city's District 4 on Tuesday, wounding two members of the security forces",
        EXP,
        IED,
        actor1=UNK + ISKP,
        actor2=TALIBAN,
        location=JALALABAD,
        date=D("2026-03-31"),
        injured=R(2),
        source=HKH,
    ),
    # "last week" -> Monday 23 to Sunday 29 March; the cell's plans -> planned, non-core
    E(
        True,
        "it had arrested five members of an Islamic State cell in Achin district last week",
        STR,
        ARRESTS,
        actor1=TALIBAN,
        actor2=ISKP + ["five members"],
        location=ACHIN,
        date=D("2026-03-23", "2026-03-29"),
        source=["Taliban intelligence"] + TALIBAN,
    ),
    E(
        False,
        'had been "planning attacks on mosques"',
        EXP,
        "Suicide bomb",
        actor1=ISKP,
        actor2=CIV + ["mosques"],
        location=L(["Nangarhar", "Achin"], cc="AF"),
        source=["Taliban intelligence"],
        status="planned",
    ),
    # "killed or injured 112" -> casualties 112
    E(
        False,
        "cross-border violence had killed or injured 112 civilians in the eastern provinces in the first three months of the year",
        EXP,
        SHELL,
        actor1=PAK + TALIBAN,
        actor2=CIV,
        location=L(["eastern provinces", "eastern Afghanistan"], cc="AF"),
        date=D("2026-01-01", "2026-03-31"),
        casualties=R(112),
        source=["UN mission in Afghanistan", "UNAMA", "United Nations"],
        aggregate=True,
    ),
    E(
        False,
        "more clashes of this kind seem likely",
        BAT,
        CLASH,
        actor1=TALIBAN + PAK,
        actor2=PAK + TALIBAN,
        location=L(["Afghanistan-Pakistan border", "border"], cc="AF"),
        source=HKH,
        status="possible",
    ),
    # no gold: the crossing's closure and the traders' forecast, "the October 2025 fighting" (a bare reference)
]
DOCS.append(
    (
        "dev-ai-13",
        "Hindu Kush Herald (weekly round-up)",
        "2026-04-03",
        "round-up",
        "Kunar and Nangarhar: Pakistani shelling in Dangam told as a family killed and as 'Khawarij hideouts', a "
        "Torkham border clash with one side's toll, a sticky bomb in Jalalabad with ISKP named only as a pattern, "
        "arrests 'last week' and a plot, a UN 'killed or injured' tally, an analysis forecast",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-ai-13", "Friday 3 April 2026", "2026-04-03", "Friday"),
    ("dev-ai-13", "on Wednesday", "2026-04-01", "Wednesday"),
    ("dev-ai-13", "on Thursday evening", "2026-04-02", "Thursday"),
    ("dev-ai-13", "on Tuesday", "2026-03-31", "Tuesday"),
    ("dev-ai-13", "last week (Monday)", "2026-03-23", "Monday"),
]

# =============================================================================
# dev-ai-14  radio round-up — Haiti's Artibonite: Pont-Sonde, Liancourt, near L'Estere, Saint-Marc (Fri 13 Sep 2024)
# =============================================================================
T14 = """Artibonite: Gran Grif gunmen kill rice farmers; priest kidnapped near L'Estère

Radio Vallée Artibonite | Morning news round-up | Saint-Marc, Friday 13 September 2024

Good morning. Here is what our correspondents across the valley reported this week.

Gunmen from the Gran Grif gang opened fire on rice farmers working their plots near Pont-Sondé on Sunday evening, killing at least five, according to the local civil protection office. On Wednesday, the deputy mayor of Saint-Marc said nine bodies had been found in the canals, and that several farmers were still missing.

In Liancourt, police officers backed by members of a local self-defence brigade clashed with Gran Grif members on Monday. A police spokesman said two "bandits" were killed and an assault rifle seized; residents said the shooting lasted most of the afternoon.

On Tuesday morning, armed men stopped a car on National Road 1 near L'Estère and kidnapped a Catholic priest who was on his way to celebrate Mass, the diocese of Gonaïves said. The kidnappers have since contacted the diocese.

In Saint-Marc, residents beat to death a young man they accused of spying for the gang on Wednesday night, before police could intervene, our correspondent reported.

On Thursday, several hundred farmers and students marched peacefully through Saint-Marc to demand that the police reopen the road to the rice fields.

The United Nations says at least 238 people were killed in the Artibonite department between January and the end of August.

In an audio message circulating on WhatsApp, a man presenting himself as a Gran Grif leader warned residents of Pont-Sondé that the gang would "burn the whole town" if they cooperated with the police. Police said they were aware of the recording.

Farmers told us that the harvest, which should start next month, may be lost if the fields cannot be reached. That was the news round-up. Stay safe on the roads.
"""

GRANGRIF = ["Gran Grif", "Gran Grif gang", "Gran Grif gunmen", "Gran Grif members", "gang", "bandits", "gunmen"]
PNH14 = ["Haitian National Police", "PNH", "Police Forces of Haiti", "police", "police officers", "police spokesman"]
BRIGADE = ["self-defence brigade", "local self-defence brigade", "brigade", "vigilantes"]
PONT_SONDE = L(["Pont-Sondé", "Pont-Sonde", "Pont Sondé"], 19.15, -72.61, "HT")
LIANCOURT = L(["Liancourt"], 19.10, -72.53, "HT")
LESTERE = L(["near L'Estère", "L'Estère", "L'Estere", "National Road 1"], 19.32, -72.61, "HT")
SAINT_MARC = L(["Saint-Marc", "Saint Marc"], 19.11, -72.69, "HT")
ARTIBONITE = L(["Artibonite", "Artibonite department"], cc="HT")
RVA = ["Radio Vallée Artibonite", "Radio Vallee Artibonite", "correspondent", "author"]
E14 = [
    # "at least five" raised to nine bodies three days later -> 5..open on the core (dev_q's "at least 13" raised to
    # 21 convention), the later count a non-core copy; "on Sunday evening" -> 8 September
    E(
        True,
        "Gunmen from the Gran Grif gang opened fire on rice farmers working their plots near Pont-Sondé on Sunday evening, killing at least five",
        VAC,
        ATTACK,
        actor1=GRANGRIF,
        actor2=CIV + ["rice farmers", "farmers"],
        location=PONT_SONDE,
        date=D("2024-09-08"),
        killed=R(5, None),
        source=["civil protection office", "local civil protection office"] + RVA,
    ),
    E(
        False,
        "the deputy mayor of Saint-Marc said nine bodies had been found in the canals",
        VAC,
        ATTACK,
        actor1=GRANGRIF,
        actor2=CIV,
        location=PONT_SONDE,
        date=D("2024-09-08"),
        killed=R(9),
        source=["deputy mayor of Saint-Marc", "deputy mayor"],
    ),
    E(
        False,
        "Gran Grif gunmen kill rice farmers",
        VAC,
        ATTACK,
        actor1=GRANGRIF,
        actor2=CIV,
        location=PONT_SONDE,
        date=D("2024-09-08"),
        source=RVA,
    ),
    # police and a brigade against the gang -> Battles; one side's dead -> 2..open
    E(
        True,
        "police officers backed by members of a local self-defence brigade clashed with Gran Grif members on Monday",
        BAT,
        CLASH,
        actor1=PNH14 + BRIGADE + GRANGRIF,
        actor2=GRANGRIF + PNH14,
        location=LIANCOURT,
        date=D("2024-09-09"),
        killed=R(2, None),
        source=["police spokesman"] + PNH14 + RVA,
    ),
    E(
        True,
        "armed men stopped a car on National Road 1 near L'Estère and kidnapped a Catholic priest",
        VAC,
        ABDUCT,
        actor1=UNK + ["armed men"] + GRANGRIF,
        actor2=CIV + ["Catholic priest", "priest"],
        location=LESTERE,
        date=D("2024-09-10"),
        source=["diocese of Gonaïves", "diocese"] + RVA,
    ),
    E(
        False,
        "priest kidnapped near L'Estère",
        VAC,
        ABDUCT,
        actor1=UNK,
        actor2=CIV + ["priest"],
        location=LESTERE,
        date=D("2024-09-10"),
        source=RVA,
    ),
    # a lynching -> Riots/Mob violence; "on Wednesday night" -> Wednesday and Thursday
    E(
        True,
        "residents beat to death a young man they accused of spying for the gang on Wednesday night",
        RIOT,
        MOB,
        actor1=["residents", "mob", "vigilantes"],
        actor2=CIV + ["young man"],
        location=SAINT_MARC,
        date=D("2024-09-11", "2024-09-12"),
        killed=R(1),
        source=RVA,
    ),
    E(
        True,
        "several hundred farmers and students marched peacefully through Saint-Marc",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["farmers and students", "farmers", "students"],
        location=SAINT_MARC,
        date=D("2024-09-12"),
        source=RVA,
    ),
    E(
        False,
        "at least 238 people were killed in the Artibonite department between January and the end of August",
        VAC,
        ATTACK,
        actor1=GRANGRIF + PNH14 + BRIGADE,
        actor2=CIV,
        location=ARTIBONITE,
        date=D("2024-01-01", "2024-08-31"),
        killed=R(238, None),
        source=["United Nations", "the UN"],
        aggregate=True,
    ),
    E(
        False,
        'the gang would "burn the whole town" if they cooperated with the police',
        VAC,
        ATTACK,
        actor1=GRANGRIF,
        actor2=CIV + ["residents of Pont-Sondé"],
        location=PONT_SONDE,
        source=["Gran Grif leader", "audio message"] + GRANGRIF,
        status="planned",
    ),
    # no gold: "several farmers were still missing" (no act stated), the kidnappers' contact, the harvest forecast
]
DOCS.append(
    (
        "dev-ai-14",
        "Radio Vallée Artibonite (news round-up)",
        "2024-09-13",
        "radio round-up",
        "Artibonite: a Gran Grif attack on rice farmers near Pont-Sondé ('at least five', nine bodies three days "
        "later), a police and self-defence brigade clash in Liancourt (two 'bandits'), a priest kidnapped near "
        "L'Estère, a lynching 'on Wednesday night', a peaceful march, a UN tally, a conditional threat, a forecast",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-ai-14", "Friday 13 September 2024", "2024-09-13", "Friday"),
    ("dev-ai-14", "on Sunday evening", "2024-09-08", "Sunday"),
    ("dev-ai-14", "on Monday", "2024-09-09", "Monday"),
    ("dev-ai-14", "On Tuesday morning", "2024-09-10", "Tuesday"),
    ("dev-ai-14", "On Wednesday / on Wednesday night (start)", "2024-09-11", "Wednesday"),
    ("dev-ai-14", "On Thursday", "2024-09-12", "Thursday"),
]

# ---------------------------------------------------------------- end of documents

def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_ai", check_ai, strip_text=True)


if __name__ == "__main__":
    main()
