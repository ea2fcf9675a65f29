"""Writes dev_q.gold.jsonl: fourteen development articles, nine from the Middle East - Syria (the south-western outskirts
of Manbij, al-Bab, Abu Qalqal and the Tishreen Dam, the countryside of Sarrin; Shaab in the eastern countryside of
Sweida; the western countryside of Sweida and Damascus's Mezzeh), Iraq (the Hamrin mountains east of Tikrit, north of
Tuz Khurmatu, Ain al-Asad and al-Baghdadi, the Rashad subdistrict, Mutaibijah; Degala east of Erbil; the Khurmala oil
field), Lebanon (Beirut's southern suburbs, Kfar Roummane by Nabatieh, Aitaroun, Masnaa on the Beirut-Damascus
highway, Baalbek), Israel and Palestine (south of Haifa; the Tapuah junction by Ariel, Tulkarm camp, Huwara, Burqa,
Kedumim; Shujaiya and Khan Younis; Jerusalem), Yemen (al-Hali in Hodeidah, Bajil, east of Saada, Shada, al-Kassara
north-west of Marib, the northern Red Sea; Taiz), Jordan (north-east of al-Ruwaished, al-Ramtha, Amman's Rabia), Iran
(east of Isfahan, Rask, Tehran's Grand Bazaar) and the Syria-Turkey border (al-Suwaydiyah south-west of Derik, the
wall near al-Darbasiyah, Tal Tamr, Ain Issa, Qamishli; Nusaybin) - and five from elsewhere - Sudan's Kordofan (El
Obeid and a village north-east of it, the El Obeid-Bara road, Kadugli, Dilling, En Nahud, Babanusa), Pakistan's
Khyber Pakhtunkhwa (Datta Khel, Mir Ali, Jani Khel north-west of Bannu, the Bannu-Miranshah road), Colombia's
Catatumbo (La Gabarra, El Tarra, the Venezuelan border in Tibú, Ocaña, Cúcuta, Teorama), Ukraine and Russia (Sumy,
Kherson, Kostiantynivka, Udachne west of Pokrovsk, Novokuibyshevsk) and Mexico's Sinaloa (Culiacán, west of Culiacán
in Navolato, Badiraguato, the Culiacán-Eldorado highway) - published 2024-2026, written for this project in our own
words, with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_p.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, the set built to be rich in what coders find hard - injured and killed counts in many forms
and places, property and places standing for their owners, relative places, relative dates, attribution and status:
(1) Syria - a wire story: a car bomb "on the south-western outskirts of Manbij" whose toll comes a sentence later and
is revised (12, then 17) with "At least 15 others were wounded, two of them seriously", Damascus's blame and the SDF's
denial, arrests, a motorcycle bomb "The day before the Manbij blast" "some 40 km to the west" ("three soldiers and a
child"), a clash "overnight" (both sides' dead), a Turkish drone on a civilian convoy ("leaving 11 hurt"), a drone
downed, a weekly count, a tally, background and a threat; (2) Sudan - an NGO monitor's flash update: a drone on El
Obeid's power plant ("No one was hurt"), a raid "about 30 km north-east of El Obeid" "On the night of 8 to 9 June" with
the dead a sentence later and the wounded "the next morning", abductions on a road, SPLM-N shells "killing or wounding
some 45" with the SPLM-N's version and denial, "Dozens were treated for injuries", a market strike in two versions,
"No casualty figures were available", tallies, a vow and a fear; (3) Iraq - a state agency's statement: F-16 strikes
"35 km east of Tikrit" with the dead found a sentence later, an IED dated "14/5/2024" with the dead and the wounded in
the next two sentences, a rocket on Ain al-Asad ("causing no casualties or damage") and its launcher found, an arrest,
a denied checkpoint seizure with the Cell's own version, totals, a pledge; (4) Lebanon - a live blog with
corrections: a night's strikes (aggregate), a strike on paramedics whose toll the blog corrects (seven, then five),
Hezbollah's rocket claim and the interception ("No one was hurt"), a clash told by both sides, an evacuation warning,
a drone strike first placed near Chtaura and corrected to Masnaa, a blast near Baalbek "late on Friday" told as a
strike or an accident, a toll; (5) Pakistan - a military press release: operations "On the night of 18/19 March"
(one side's dead), "two khwarij were apprehended in injured condition", a vehicle bomb on a post "about 25 km north-
west of Bannu" and the storming after it (both sides' dead), an IED "leaving two policemen hurt", denied reports, a
total, a vow; (6) Yemen - a pro-Houthi outlet: raids on Hodeidah "at dawn today" whose toll is raised (11, then 13)
and CENTCOM's version, a power station bombed "Last night" ("no casualties among the station's staff"), "hostile
aircraft" near Saada, Saudi shelling ("an African migrant and two local farmers"), a claim on a US carrier, "killing
five of them and wounding others", a toll, a vow; (7) Jordan - a national newspaper: a border clash "some 30 km
north-east of al-Ruwaished" with the force unhurt a sentence later, a drug drone downed, strikes "believed to have
been carried out by Jordanian jets", a rally broken up told as a protest and as a riot, background, a warning; (8)
Colombia - a regional newspaper: a double killing "In the rural area of La Gabarra, north of Tibú" with a blame and a
denial, a drone on a patrol with the wounded a sentence later and "whether the ELN or the 33rd Front", a clash "near
the border with Venezuela", a grenade "Overnight" ("No one was hurt"), arrests, abductions "last week", two tolls by
two sources, a deployment, a conditional; (9) the West Bank - a pro-settler outlet: a drive-by shooting ("A father and
his teenage son"), a drone strike told two ways, stone-throwing ("one driver was lightly hurt"), an arson claimed by
activists and called "staged", raids (aggregate), a road-blocking protest, a conditional and a count; (10) Ukraine - a
wire story: a missile on Sumy's bus station whose toll rises (seven, then nine) and Moscow's "killing or wounding up to
60", a drone on a minibus ("the driver and three passengers"), a glide bomb "The day before the Sumy strike", a night's
launches, a refinery hit told as a boast and as "falling debris ... with no casualties", a village "taken" and the
denial, a toll, an expectation; (11) Iran - an analysis: a blast told three ways with the toll a sentence later, a
siege in Rask in two versions, an IRGC strike on a camp "some 30 km east of Erbil", tear gas on bazaar merchants,
April 2024 background, a threat, the writer's conditionals; (12) Mexico - a local newspaper: a shooting at a car wash
with customers "also hit" a sentence later, an ambush "some 25 km west of Culiacán" "On Monday night", drones "over the
weekend" ("No casualties were reported"), bodies found, a march, a tally, an announced deployment; (13) the
Syria-Turkey border - a pro-SDF outlet: a drone on a power plant "about 20 km south-west of Derik" with the toll a
sentence later and Ankara's version, border guards firing at the wall "Hours earlier", shelling "Overnight" ("No one was
hurt"), an attack repelled, a Turkish claim of mortar rounds and the SDF's denial, a funeral march, a tally, a threat;
(14) a weekly round-up with datelines: a shooting in Gaza told two ways, a strike on a tent, Druze-Bedouin clashes and
a deployment, a car bomb in Damascus, a drone on an oil field ("causing no injuries"), a sniper in Taiz, a road
blockade in Jerusalem ("Twelve officers and several protesters were hurt"), a conditional threat.
The incidents are invented or composite, with invented names of people, outlets and some villages and
neighbourhoods; the gold encodes what each TEXT says, including its slant, hedges and sources, not what is true.
Articles are 250-450 words; check_q below adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's
check_article.

Run:  python3 build_dev_q.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_p.py's docstring (and through it dev_n to dev_c), kept unchanged - among them
"No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only, "no civilians were hurt"
(one group) -> no number field; "dozens" 24..open; "at least N" N..open; "killed or wounded some 45" -> casualties
45..45; one side's count in a clash -> N..open, both sides told -> exact; a toll told later or revised -> folded into
the core event, the other figures non-core copies, a live-blog correction -> the core range covers both; "N km
<direction> of X" -> LKM; "on the outskirts of Y" -> Y's point; countrysides, rural areas, fronts, border districts
and roads between towns -> names and country; "overnight" / "last night" / "on X night" -> both days; "last week" ->
Monday to Sunday; uncertain or blamed perpetrators -> every alternative plus unknown; a party's claim -> core,
occurred, sourced to it; another object named by the other side -> one core event per version; denials, plans,
threats, conditionals, aggregates and background -> non-core.
Added or made explicit here:
- Injured split across groups -> summed: "three soldiers and a child" -> 4, "an African migrant and two local
  farmers" -> 3, "the driver and three passengers" -> 4, "Twelve officers and several protesters" -> 15..open
  ("several" 3..open); "wounding others" / "wounding two of his companions" -> 2..open / 2; "two of them seriously" /
  "four of them critically" / "one of them seriously" are among the count they follow.
- A counted group plus the other side's explicit zero ("killed one terrorist without any losses in our ranks",
  smugglers killed with "no members of the force were hurt" a sentence later) -> both sides told, killed exact.
- A revised toll with a known first figure (12, then 17; 11, then 13; seven, then five) -> the range between them;
  "at least seven" then nine -> 7..open.
- A place a live blog corrects -> the corrected place only in the gold (its names and point), the first one left out.
- A blast told as a strike by residents and as an accident by an official, in the author's own sentence -> core,
  status possible, the residents' telling a non-core copy (occurred); three tellings of one blast (a gas leak, drones
  shot down, a strike) -> the strike core sourced to its teller, the interception a core Disrupted weapons use of its
  own, the accident no gold.
- An arson reported by activists and called "staged" by neighbours -> core, occurred, sourced to the activists, the
  neighbours' word a non-core denied copy.
- A rally broken up told by witnesses as a protest and by the police as "rioters" attacking officers -> a core
  Protest with intervention and a core Riots/Violent demonstration, one per version, each with its own numbers.
- Bodies found with no time of death -> the day found and the day before.
- "Turkish-made" names a drone's make, not its operator -> the operator's possible owners plus the make.
- Turkish "neutralised" (killed, captured or surrendered) in a weekly count -> no number field.
- A killing a document places in a named war with no claim (a cartel-faction war) -> both factions plus unknown.
- A road blocked and let go on by police -> Peaceful protest; a funeral march "chanting against the occupation" ->
  Peaceful protest; stones thrown at passing civilian cars -> Riots/Mob violence.
- A deployment "to separate the two sides" or "5,000 more troops" -> Headquarters or base established (core when it
  has a place and a time); one announced for "the coming days" -> planned.
- "said on Tuesday they had arrested" -> from the act the arrests follow to the statement's day; "over the past day"
  in a claim -> the statement's day and the day before; "Two days after the blast" / "Hours earlier" / "The day before
  the Manbij blast" -> counted from the act they refer to; dates written "14/5/2024", "June 10", "7 June" and
  "Monday 9 June" -> that day."""

import math

from goldkit import (
    ABDUCT,
    AIR,
    ARRESTS,
    ATTACK,
    BASE,
    BAT,
    CIV,
    CLASH,
    DISRUPT,
    EXP,
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


# goldkit's check_article plus this set's 250-word floor and 2024-01-01..2026-11-30 window.
check_q = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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
# villages, districts, border sectors, sea areas and sites we cannot pin get names and a country only,
# unless the text places them by a distance and a direction from a pinned town (then LKM).
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
IRAN = ["Iran", "Iranian", "Military Forces of Iran", "Islamic Revolutionary Guard Corps", "Revolutionary Guards",
        "IRGC"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
YPG = ["People's Protection Units", "YPG", "YPG militia"]
SNA = ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed Syrian National Army", "SNA factions"]
RSF = ["Rapid Support Forces", "RSF", "paramilitary Rapid Support Forces", "Janjaweed"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "Military Forces of Sudan", "army", "army troops"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
UKRAINE = ["Ukraine", "Ukrainian", "Ukrainian forces", "Ukrainian army", "Ukrainian military", "Armed Forces of "
           "Ukraine", "Military Forces of Ukraine"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-q-01  wire service — Syria/Aleppo countryside: the south-western outskirts of Manbij, al-Bab, Abu Qalqal and the Tishreen Dam south-east of Manbij, the countryside of Sarrin south of Kobani (Wed 5 Feb 2025)
# =============================================================================
T01 = """Car bomb on Manbij outskirts kills 17 farm workers; clashes go on at Tishreen Dam

BEIRUT, Feb 5 (Levant Wire Service) - A car packed with explosives blew up next to a pickup truck carrying farm workers on the south-western outskirts of Manbij on Monday morning, in the deadliest attack on the northern Syrian town since Turkish-backed factions took it in December.

The town's health directorate first put the toll at 12 dead. By Tuesday evening it had risen to 17, all but one of them women, as more of the wounded died in hospitals in Manbij and across the border in Turkey, the directorate said. At least 15 others were wounded, two of them seriously.

No group has claimed the bombing. The defence ministry of the new government in Damascus blamed the Syrian Democratic Forces (SDF), which held Manbij until December; the Kurdish-led force denied any role and condemned the attack. Security forces in Manbij said on Tuesday they had arrested two men suspected of helping to prepare the car.

The day before the Manbij blast, a motorcycle rigged with explosives went off outside a bakery in al-Bab, some 40 km to the west, wounding three soldiers and a child, local media said.

About 25 km south-east of Manbij, fighting between the SDF and factions of the Turkish-backed Syrian National Army (SNA) around the Tishreen Dam on the Euphrates entered its fifth week. Clashes overnight near the village of Abu Qalqal killed nine SNA fighters and four SDF fighters, the Syrian Observatory for Human Rights (SOHR), a Britain-based war monitor, said on Wednesday.

On Sunday, a Turkish drone struck a convoy of civilians driving to the dam to join a sit-in against the fighting, killing two people and leaving 11 hurt, the SDF-affiliated Hawar news agency reported. Turkey's defence ministry said only that its forces had "neutralised" 26 "PKK/YPG terrorists" in northern Syria and Iraq over the past week.

The SDF said its fighters had shot down a Turkish-made Bayraktar drone over the countryside of Sarrin, south of Kobani, on Saturday.

Since early December, SOHR has counted more than 400 combatants and civilians killed on the Manbij and Tishreen fronts.

Turkish officials have repeatedly warned that Ankara will launch a new cross-border offensive unless the Kurdish-led YPG militia, the backbone of the SDF, lays down its arms. Talks between the SDF and Damascus on folding the force into a national army have so far made little headway.
"""

SDF01 = SDF + YPG + ["SDF fighters", "its fighters", "PKK/YPG terrorists"] + PKK
SNA01 = SNA + ["SNA fighters", "factions"]
TUR01 = TURKEY + ["Turkish drone", "Turkey's defence ministry", "Ankara"]
SYGOV01 = ["Syrian government", "new government in Damascus", "Damascus", "Security forces", "security forces",
           "General Security", "Military Forces of Syria", "soldiers", "defence ministry"]
MANBIJ = L(["Manbij", "Menbij", "south-western outskirts of Manbij", "outskirts of Manbij"], 36.53, 37.95, "SY")
# "some 40 km to the west" of Manbij -> LKM (the displaced point lies within ~20 km of al-Bab's own)
AL_BAB = LKM(["al-Bab", "Al Bab", "bakery in al-Bab", "west of Manbij"], 36.53, 37.95, 40, 270, "SY")
# "About 25 km south-east of Manbij" is the dam itself (36.38, 38.18) -> LKM lands within 4 km of it
TISHREEN = LKM(["Tishreen Dam", "Tishrin Dam", "the dam", "south-east of Manbij", "Euphrates"], 36.53, 37.95, 25, 135,
               "SY")
ABU_QALQAL = L(["Abu Qalqal", "Abu Qilqil", "Abu Kalkal", "village of Abu Qalqal", "Tishreen Dam"], cc="SY")
SARRIN = L(["countryside of Sarrin", "Sarrin", "Sirrin", "south of Kobani", "Kobani"], cc="SY")
FRONTS01 = L(["Manbij and Tishreen fronts", "Manbij", "Tishreen"], cc="SY")
NSYRIA01 = L(["northern Syria and Iraq", "northern Syria", "northern Iraq"])
LWS = ["Levant Wire Service", "author"]
HEALTH01 = ["health directorate", "town's health directorate", "Manbij health directorate", "directorate"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "Britain-based war monitor", "war monitor"]
E01 = [
    # the toll is told a sentence later and revised (12, then 17) -> the core range covers both (12..17), each
    # figure a non-core copy; "At least 15 others were wounded, two of them seriously" -> 15..open (the two are
    # among them); no claim, Damascus blames the SDF -> the SDF plus unknown; "on the outskirts of" -> the town
    E(
        True,
        "A car packed with explosives blew up next to a pickup truck carrying farm workers on the south-western outskirts of Manbij on Monday morning",
        EXP,
        IED,
        actor1=UNK + SDF,
        actor2=CIV + ["pickup truck", "farm workers", "women"],
        location=MANBIJ,
        date=D("2025-02-03"),
        killed=R(12, 17),
        injured=R(15, None),
        source=HEALTH01 + LWS,
    ),
    E(
        False,
        "The town's health directorate first put the toll at 12 dead",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["farm workers"],
        location=MANBIJ,
        date=D("2025-02-03"),
        killed=R(12),
        source=HEALTH01,
    ),
    E(
        False,
        "By Tuesday evening it had risen to 17, all but one of them women",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["women", "farm workers"],
        location=MANBIJ,
        date=D("2025-02-03"),
        killed=R(17),
        source=HEALTH01,
    ),
    E(
        False,
        "Car bomb on Manbij outskirts kills 17 farm workers",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["farm workers"],
        location=MANBIJ,
        date=D("2025-02-03"),
        killed=R(17),
        source=LWS,
    ),
    # the blame is no claim -> a non-core copy with the blamed actor; the SDF's denial -> a non-core denied copy
    E(
        False,
        "The defence ministry of the new government in Damascus blamed the Syrian Democratic Forces (SDF)",
        EXP,
        IED,
        actor1=SDF01,
        actor2=CIV,
        location=MANBIJ,
        date=D("2025-02-03"),
        source=["defence ministry", "Syrian defence ministry", "Syrian government", "Damascus"],
    ),
    E(
        False,
        "the Kurdish-led force denied any role",
        EXP,
        IED,
        actor1=SDF01,
        actor2=CIV,
        location=MANBIJ,
        date=D("2025-02-03"),
        source=SDF,
        status="denied",
    ),
    # "said on Tuesday they had arrested" -> from the blast (Monday) to the statement (Tuesday)
    E(
        True,
        "Security forces in Manbij said on Tuesday they had arrested two men suspected of helping to prepare the car",
        STR,
        ARRESTS,
        actor1=SYGOV01,
        actor2=["two men", "men", "suspects"] + SDF,
        location=MANBIJ,
        date=D("2025-02-03", "2025-02-04"),
        source=["Security forces in Manbij", "security forces"] + SYGOV01,
    ),
    # "The day before the Manbij blast" -> Sunday; "some 40 km to the west" -> LKM from Manbij, al-Bab in the
    # names; "three soldiers and a child" -> injured 4
    E(
        True,
        "a motorcycle rigged with explosives went off outside a bakery in al-Bab, some 40 km to the west, wounding three soldiers and a child",
        EXP,
        IED,
        actor1=UNK,
        actor2=SYGOV01 + CIV + ["three soldiers", "child", "bakery"],
        location=AL_BAB,
        date=D("2025-02-02"),
        injured=R(4),
        source=["local media"] + LWS,
    ),
    # the front's five weeks of fighting -> aggregate
    E(
        False,
        "fighting between the SDF and factions of the Turkish-backed Syrian National Army (SNA) around the Tishreen Dam on the Euphrates entered its fifth week",
        BAT,
        CLASH,
        actor1=SDF01 + SNA01,
        actor2=SNA01 + SDF01,
        location=TISHREEN,
        date=D("2025-01-01", "2025-02-05"),
        source=LWS,
        aggregate=True,
    ),
    # "overnight" in a statement "on Wednesday" -> Tuesday and Wednesday; both sides' dead told -> exact 13
    E(
        True,
        "Clashes overnight near the village of Abu Qalqal killed nine SNA fighters and four SDF fighters",
        BAT,
        CLASH,
        actor1=SNA01 + SDF01,
        actor2=SDF01 + SNA01,
        location=ABU_QALQAL,
        date=D("2025-02-04", "2025-02-05"),
        killed=R(13),
        source=SOHR,
    ),
    # a convoy of civilians as the target; "leaving 11 hurt" -> injured 11
    E(
        True,
        "a Turkish drone struck a convoy of civilians driving to the dam to join a sit-in against the fighting, killing two people and leaving 11 hurt",
        EXP,
        AIR,
        actor1=TUR01,
        actor2=CIV + ["convoy of civilians", "convoy", "sit-in"],
        location=TISHREEN,
        date=D("2025-02-02"),
        killed=R(2),
        injured=R(11),
        source=["Hawar news agency", "Hawar", "ANHA", "SDF-affiliated Hawar news agency"],
    ),
    # the ministry's weekly count over two countries -> aggregate; Turkish "neutralised" covers killed, captured
    # and surrendered -> no number field
    E(
        False,
        'its forces had "neutralised" 26 "PKK/YPG terrorists" in northern Syria and Iraq over the past week',
        EXP,
        AIR,
        actor1=TUR01,
        actor2=SDF01,
        location=NSYRIA01,
        date=D("2025-01-28", "2025-02-05"),
        source=["Turkey's defence ministry", "Turkish defence ministry", "Turkish Ministry of National Defence"],
        aggregate=True,
    ),
    # a drone downed -> Disrupted weapons use; "Turkish-made" names the make, not the operator -> Turkey and the SNA;
    # "the countryside of Sarrin" -> names and country
    E(
        True,
        "its fighters had shot down a Turkish-made Bayraktar drone over the countryside of Sarrin, south of Kobani, on Saturday",
        STR,
        DISRUPT,
        actor1=SDF01,
        actor2=TUR01 + SNA01 + ["Bayraktar drone", "drone"],
        location=SARRIN,
        date=D("2025-02-01"),
        source=SDF,
    ),
    E(
        False,
        "SOHR has counted more than 400 combatants and civilians killed on the Manbij and Tishreen fronts",
        BAT,
        CLASH,
        actor1=SNA01 + TUR01 + SDF01,
        actor2=SDF01 + SNA01 + CIV,
        location=FRONTS01,
        date=D("2024-12-01", "2025-02-05"),
        killed=R(401, None),
        source=SOHR,
        aggregate=True,
    ),
    # background: the capture of Manbij in December
    E(
        False,
        "since Turkish-backed factions took it in December",
        BAT,
        NSAOVER,
        actor1=SNA01,
        actor2=SDF01,
        location=MANBIJ,
        date=D("2024-12-01", "2024-12-31"),
        source=LWS,
    ),
    # an actor's own conditional threat -> planned
    E(
        False,
        "Ankara will launch a new cross-border offensive unless the Kurdish-led YPG militia, the backbone of the SDF, lays down its arms",
        BAT,
        CLASH,
        actor1=TUR01,
        actor2=SDF01,
        location=L(["northern Syria", "Syria"], cc="SY"),
        source=["Turkish officials"] + TURKEY,
        status="planned",
    ),
    # no gold: "condemned the attack", the wounded dying in hospitals in Turkey (inside the toll), the sit-in
    # itself (told only as the convoy's purpose), the SDF-Damascus talks (no agreement)
]
DOCS.append(
    (
        "dev-q-01",
        "Levant Wire Service",
        "2025-02-05",
        "wire service",
        "Syria/Aleppo countryside: a car bomb 'on the south-western outskirts of Manbij' whose toll is told a "
        "sentence later and revised (12, then 17) with 'At least 15 others were wounded, two of them seriously', "
        "Damascus's blame and the SDF's denial, arrests, a motorcycle bomb in al-Bab 'The day before' ('three "
        "soldiers and a child'), a clash near Abu Qalqal 'overnight' (both sides' dead), a Turkish drone on a "
        "civilian convoy ('leaving 11 hurt'), the Turkish weekly count, a drone downed near Sarrin, a SOHR tally, "
        "December background, a threat",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-q-01", "Feb 5 / on Wednesday", "2025-02-05", "Wednesday"),
    ("dev-q-01", "By Tuesday evening / on Tuesday / overnight (start)", "2025-02-04", "Tuesday"),
    ("dev-q-01", "on Monday morning", "2025-02-03", "Monday"),
    ("dev-q-01", "The day before the Manbij blast / On Sunday", "2025-02-02", "Sunday"),
    ("dev-q-01", "on Saturday", "2025-02-01", "Saturday"),
]

# =============================================================================
# dev-q-02  monitor's flash update — Sudan/Kordofan: El Obeid's power plant, a village north-east of El Obeid, the El Obeid-Bara road; Kadugli and Dilling in South Kordofan; En Nahud and Babanusa in West Kordofan (Thu 12 Jun 2025)
# =============================================================================
T02 = """KPM: Drone hits El Obeid power station; 23 killed in En Nahud market strike; women abducted on Bara road

Kordofan Protection Monitor (KPM) | Flash update No. 23 | Period covered: 5-11 June 2025 | Issued: Thursday 12 June 2025

Figures are those of the named source; where two sources disagree, both are given.

NORTH KORDOFAN

- On 7 June, a drone struck the main transformer station of the El Obeid power plant, on the eastern outskirts of the city, cutting power to most of the city. No one was hurt, the state electricity company said. The army's 5th Infantry Division blamed the Rapid Support Forces (RSF); the RSF did not comment.

- On the night of 8 to 9 June, RSF fighters on motorcycles and in pickups raided the village of Abu Gaoud, about 30 km north-east of El Obeid, looting livestock and grain stores. Eleven villagers were killed. Field monitors said the next morning that 14 others had been wounded, most of them by gunshots, four of them critically.

- June 10: RSF fighters abducted 12 women and two boys from a bus on the road between El Obeid and Bara, according to relatives who spoke to KPM. Their whereabouts are unknown.

SOUTH KORDOFAN

- On Monday 9 June, artillery shells fired from positions held by the SPLM-North faction led by Abdelaziz al-Hilu hit the Hajar al-Mak neighbourhood in Kadugli, killing or wounding some 45 people, according to the state health ministry. The SPLM-N said it had targeted "military positions of the Port Sudan army" and denied hitting homes.

- In Dilling, RSF shells landed near the town's main market on 6 June, killing six people. Dozens were treated for injuries at Dilling hospital, a nurse there told KPM.

WEST KORDOFAN

- On 11 June, an army air strike hit the weekly livestock market in En Nahud, which the RSF has held since May, killing at least 23 people and wounding 40, the RSF-run civil administration said. The army said its aircraft had destroyed "militia gatherings and an ammunition depot" in the town.

- Residents of Babanusa reported heavy fighting between the army's 22nd Division, which has been besieged in the town since early 2024, and RSF fighters on 8 June. No casualty figures were available.

TREND

Since 1 April, KPM has recorded 1,120 civilian deaths in the three Kordofan states, up from 610 in the first quarter of the year.

OUTLOOK

An RSF field commander said in a video on 10 June that his forces would "enter El Obeid before the rains". KPM fears that a wider offensive would put some 400,000 displaced people in the city at risk.
"""

RSF02 = RSF + ["RSF fighters", "RSF shells", "militia", "militia gatherings", "RSF field commander"]
SAF02 = SAF + ["5th Infantry Division", "22nd Division", "army's 22nd Division", "its aircraft", "army air strike",
               "Port Sudan army"]
SPLMN = ["Sudan People's Liberation Movement-North", "SPLM-North", "SPLM-N", "SPLM-N al-Hilu",
         "SPLM-North faction led by Abdelaziz al-Hilu", "Abdelaziz al-Hilu"]
EL_OBEID = L(["El Obeid", "Al Ubayyid", "El-Obeid", "El Obeid power plant", "eastern outskirts of the city"], 13.18,
             30.22, "SD")
ABU_GAOUD = LKM(["Abu Gaoud", "village of Abu Gaoud", "north-east of El Obeid", "El Obeid"], 13.18, 30.22, 30, 45,
                "SD")
# the El Obeid-Bara road runs some 60 km -> names and country
BARA_ROAD = L(["road between El Obeid and Bara", "El Obeid", "Bara", "El Obeid-Bara road"], cc="SD")
KADUGLI = L(["Kadugli", "Kaduqli", "Hajar al-Mak", "Hajar al-Mak neighbourhood"], 11.01, 29.72, "SD")
DILLING = L(["Dilling", "Dalang", "Dilling market"], 12.05, 29.65, "SD")
EN_NAHUD = L(["En Nahud", "Al Nahud", "An Nuhud", "El Nahud", "livestock market"], 12.70, 28.43, "SD")
BABANUSA = L(["Babanusa", "Babanousa"], 11.33, 27.81, "SD")
KORDOFAN = L(["three Kordofan states", "Kordofan", "North Kordofan", "South Kordofan", "West Kordofan"], cc="SD")
KPM = ["Kordofan Protection Monitor", "KPM", "author"]
E02 = [
    # "No one was hurt" a sentence later -> killed and injured 0..0; the army blames the RSF without a claim -> the
    # RSF plus unknown, the blame a non-core copy; a power plant stands for its owner (no party named) -> the plant
    E(
        True,
        "a drone struck the main transformer station of the El Obeid power plant, on the eastern outskirts of the city",
        EXP,
        AIR,
        actor1=UNK + RSF02,
        actor2=["main transformer station", "El Obeid power plant", "power plant", "power station"] + CIV,
        location=EL_OBEID,
        date=D("2025-06-07"),
        killed=R(0),
        injured=R(0),
        source=["state electricity company", "electricity company"] + KPM,
    ),
    E(
        False,
        "The army's 5th Infantry Division blamed the Rapid Support Forces (RSF)",
        EXP,
        AIR,
        actor1=RSF02,
        actor2=["power plant", "transformer station"],
        location=EL_OBEID,
        date=D("2025-06-07"),
        source=["5th Infantry Division", "army"] + SAF,
    ),
    E(
        False,
        "Drone hits El Obeid power station",
        EXP,
        AIR,
        actor1=UNK + RSF02,
        actor2=["El Obeid power station", "power station"],
        location=EL_OBEID,
        date=D("2025-06-07"),
        source=KPM,
    ),
    # "On the night of 8 to 9 June" -> both days; the dead in the next sentence, the wounded two sentences on,
    # "the next morning" dating the monitors' word, not the raid -> folded in (11 and 14; the four critical are
    # among the 14), each a non-core copy; "about 30 km north-east of El Obeid" -> LKM; the looting is inside
    E(
        True,
        "RSF fighters on motorcycles and in pickups raided the village of Abu Gaoud, about 30 km north-east of El Obeid, looting livestock and grain stores",
        VAC,
        ATTACK,
        actor1=RSF02,
        actor2=CIV + ["villagers", "village of Abu Gaoud", "livestock", "grain stores"],
        location=ABU_GAOUD,
        date=D("2025-06-08", "2025-06-09"),
        killed=R(11),
        injured=R(14),
        source=KPM + ["field monitors"],
    ),
    E(
        False,
        "Eleven villagers were killed",
        VAC,
        ATTACK,
        actor1=RSF02,
        actor2=CIV + ["villagers"],
        location=ABU_GAOUD,
        date=D("2025-06-08", "2025-06-09"),
        killed=R(11),
        source=KPM,
    ),
    E(
        False,
        "14 others had been wounded, most of them by gunshots",
        VAC,
        ATTACK,
        actor1=RSF02,
        actor2=CIV + ["villagers"],
        location=ABU_GAOUD,
        date=D("2025-06-08", "2025-06-09"),
        injured=R(14),
        source=["Field monitors", "field monitors"] + KPM,
    ),
    # abductees are no casualties; the road between two towns some 60 km apart -> names and country
    E(
        True,
        "RSF fighters abducted 12 women and two boys from a bus on the road between El Obeid and Bara",
        VAC,
        ABDUCT,
        actor1=RSF02,
        actor2=CIV + ["12 women", "women", "two boys", "boys", "bus"],
        location=BARA_ROAD,
        date=D("2025-06-10"),
        source=["relatives"] + KPM,
    ),
    # "killing or wounding some 45" -> casualties 45..45 (not split); the SPLM-N names another object (army
    # positions) -> a core event of its own, its denial of hitting homes a non-core denied copy
    E(
        True,
        "artillery shells fired from positions held by the SPLM-North faction led by Abdelaziz al-Hilu hit the Hajar al-Mak neighbourhood in Kadugli, killing or wounding some 45 people",
        EXP,
        SHELL,
        actor1=SPLMN,
        actor2=CIV + ["Hajar al-Mak neighbourhood", "people", "homes"],
        location=KADUGLI,
        date=D("2025-06-09"),
        casualties=R(45),
        source=["state health ministry", "health ministry", "South Kordofan health ministry"] + KPM,
    ),
    E(
        True,
        'it had targeted "military positions of the Port Sudan army"',
        EXP,
        SHELL,
        actor1=SPLMN,
        actor2=SAF02 + ["military positions"],
        location=KADUGLI,
        date=D("2025-06-09"),
        source=SPLMN,
    ),
    E(
        False,
        "denied hitting homes",
        EXP,
        SHELL,
        actor1=SPLMN,
        actor2=CIV + ["homes"],
        location=KADUGLI,
        date=D("2025-06-09"),
        source=SPLMN,
        status="denied",
    ),
    # "Dozens were treated for injuries" a sentence later -> injured 24..open, folded in and kept as a non-core copy
    E(
        True,
        "RSF shells landed near the town's main market on 6 June, killing six people",
        EXP,
        SHELL,
        actor1=RSF02,
        actor2=CIV + ["main market", "market", "six people"],
        location=DILLING,
        date=D("2025-06-06"),
        killed=R(6),
        injured=R(24, None),
        source=KPM,
    ),
    E(
        False,
        "Dozens were treated for injuries at Dilling hospital",
        EXP,
        SHELL,
        actor1=RSF02,
        actor2=CIV,
        location=DILLING,
        date=D("2025-06-06"),
        injured=R(24, None),
        source=["nurse", "Dilling hospital"],
    ),
    # a market hit (the RSF's administration) / "militia gatherings and an ammunition depot" (the army) -> two
    # objects, one core event per version; "at least 23" -> 23..open
    E(
        True,
        "an army air strike hit the weekly livestock market in En Nahud, which the RSF has held since May, killing at least 23 people and wounding 40",
        EXP,
        AIR,
        actor1=SAF02,
        actor2=CIV + ["weekly livestock market", "livestock market", "market"],
        location=EN_NAHUD,
        date=D("2025-06-11"),
        killed=R(23, None),
        injured=R(40),
        source=["RSF-run civil administration", "civil administration"] + RSF,
    ),
    E(
        True,
        'its aircraft had destroyed "militia gatherings and an ammunition depot" in the town',
        EXP,
        AIR,
        actor1=SAF02,
        actor2=RSF02 + ["ammunition depot"],
        location=EN_NAHUD,
        date=D("2025-06-11"),
        source=["army"] + SAF,
    ),
    E(
        False,
        "23 killed in En Nahud market strike",
        EXP,
        AIR,
        actor1=SAF02,
        actor2=CIV + ["market"],
        location=EN_NAHUD,
        date=D("2025-06-11"),
        killed=R(23),
        source=KPM,
    ),
    # background: the RSF's capture of En Nahud "since May"
    E(
        False,
        "which the RSF has held since May",
        BAT,
        NSAOVER,
        actor1=RSF02,
        actor2=SAF02,
        location=EN_NAHUD,
        date=D("2025-05-01", "2025-05-31"),
        source=["RSF-run civil administration"] + KPM,
    ),
    # "No casualty figures were available" -> no number fields (an unknown, not a zero)
    E(
        True,
        "heavy fighting between the army's 22nd Division, which has been besieged in the town since early 2024, and RSF fighters on 8 June",
        BAT,
        CLASH,
        actor1=SAF02 + RSF02,
        actor2=RSF02 + SAF02,
        location=BABANUSA,
        date=D("2025-06-08"),
        source=["Residents of Babanusa", "residents"] + KPM,
    ),
    # tallies -> aggregates
    E(
        False,
        "KPM has recorded 1,120 civilian deaths in the three Kordofan states",
        VAC,
        ATTACK,
        actor1=RSF02 + SAF02 + SPLMN + UNK,
        actor2=CIV,
        location=KORDOFAN,
        date=D("2025-04-01", "2025-06-12"),
        killed=R(1120),
        source=KPM,
        aggregate=True,
    ),
    E(
        False,
        "up from 610 in the first quarter of the year",
        VAC,
        ATTACK,
        actor1=RSF02 + SAF02 + SPLMN + UNK,
        actor2=CIV,
        location=KORDOFAN,
        date=D("2025-01-01", "2025-03-31"),
        killed=R(610),
        source=KPM,
        aggregate=True,
    ),
    # the commander's own vow -> planned; the monitor's fear -> hypothetical
    E(
        False,
        'his forces would "enter El Obeid before the rains"',
        BAT,
        NSAOVER,
        actor1=RSF02,
        actor2=SAF02,
        location=EL_OBEID,
        source=["RSF field commander", "field commander"] + RSF,
        status="planned",
    ),
    E(
        False,
        "a wider offensive would put some 400,000 displaced people in the city at risk",
        BAT,
        CLASH,
        actor1=RSF02,
        actor2=SAF02 + CIV,
        location=EL_OBEID,
        source=KPM,
        status="hypothetical",
    ),
    # no gold: the method note, "the RSF did not comment", "Their whereabouts are unknown", the four in critical
    # condition (among the 14), the 22nd Division's siege since early 2024 (a state, no dated act)
]
DOCS.append(
    (
        "dev-q-02",
        "Kordofan Protection Monitor (flash update)",
        "2025-06-12",
        "NGO monitor's flash update",
        "Sudan/Kordofan: a drone on El Obeid's power plant ('No one was hurt') blamed on the RSF, a raid on a village "
        "'about 30 km north-east of El Obeid' 'On the night of 8 to 9 June' with the dead a sentence later and the "
        "wounded 'the next morning', women abducted on the El Obeid-Bara road, SPLM-N shells on Kadugli ('killing or "
        "wounding some 45') with the SPLM-N's version and denial, RSF shells on Dilling ('Dozens were treated for "
        "injuries'), an army strike on En Nahud market in two versions, fighting at Babanusa ('No casualty figures'), "
        "tallies, a vow and a fear; dates as '7 June', 'June 10', 'Monday 9 June'",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-q-02", "Thursday 12 June 2025", "2025-06-12", "Thursday"),
    ("dev-q-02", "On Monday 9 June", "2025-06-09", "Monday"),
]

# =============================================================================
# dev-q-03  state agency's statement — Iraq: the Hamrin mountains east of Tikrit, north of Tuz Khurmatu, Ain al-Asad air base and al-Baghdadi in Anbar, the Rashad subdistrict south of Kirkuk, Mutaibijah (Thu 16 May 2024)
# =============================================================================
T03 = """Security Media Cell: Iraqi F-16s kill nine Daesh terrorists in Hamrin; two soldiers martyred by IED north of Tuz Khurmatu

Republic of Iraq | Joint Operations Command | Security Media Cell | Statement | Baghdad, 16/5/2024

1. In a qualitative operation based on accurate intelligence, Iraqi Air Force F-16 aircraft carried out two air strikes at dawn on Wednesday against a hideout of Daesh terrorist gangs in the Hamrin mountains, 35 km east of Tikrit. A search force from the Salahuddin Operations Command later reached the site and found the bodies of nine terrorists, two explosive belts and a quantity of weapons.

2. On 14/5/2024, an improvised explosive device targeted a vehicle of the 4th Army Division during a search operation about 20 km north of Tuz Khurmatu. Two of our heroes were martyred, among them a first lieutenant. Three other members of the force were wounded and were evacuated to hospital, where their condition is stable.

3. Yesterday evening, a Katyusha rocket fell inside the perimeter of Ain al-Asad air base in western Anbar, causing no casualties or damage. Security forces found the launch platform, with a second rocket that had failed to fire, in an orchard near al-Baghdadi, and an investigation has been opened to identify the outlaw elements behind the attack.

4. On Monday, a force of the Counter-Terrorism Service arrested a terrorist who served as the so-called "wali" of Kirkuk for Daesh gangs, in an operation in the Rashad subdistrict, south of Kirkuk.

5. The Security Media Cell denies reports circulated by some social media pages claiming that Daesh terrorists seized an army checkpoint in the Mutaibijah area on Tuesday night. The truth is that a terrorist group tried to approach the checkpoint and was repelled by the heroes of the army, who killed one terrorist without any losses in our ranks.

6. Since the beginning of this year, the security forces have killed 74 terrorists and arrested 213 wanted persons in various provinces.

The Security Media Cell affirms that the security forces will continue to pursue the remnants of terrorism in the Hamrin and Mutaibijah areas until they are eliminated, and calls on citizens not to circulate rumours or to take news from unofficial pages.
"""

IQAF = ["Iraqi Air Force", "Iraqi F-16s", "F-16 aircraft", "Military Forces of Iraq", "Iraqi security forces",
        "Joint Operations Command"]
IQARMY = ["Iraqi army", "Military Forces of Iraq", "4th Army Division", "army", "soldiers", "our heroes",
          "heroes of the army", "Iraqi security forces", "security forces", "Salahuddin Operations Command"]
CTS = ["Counter-Terrorism Service", "CTS", "Iraqi Counter-Terrorism Service", "Military Forces of Iraq"]
IS03 = ISIS + ["Daesh terrorist gangs", "Daesh gangs", "terrorists", "terrorist group", "Daesh terrorists"]
OUTLAW = ["outlaw elements", "outlaws"] + UNK
HAMRIN = LKM(["Hamrin mountains", "Hamrin", "east of Tikrit", "Tikrit"], 34.60, 43.68, 35, 90, "IQ")
TUZ_N = LKM(["north of Tuz Khurmatu", "Tuz Khurmatu", "Tuz Khurmato", "Tuz"], 34.88, 44.63, 20, 0, "IQ")
AIN_ASAD = L(["Ain al-Asad air base", "Ain al-Asad", "Ayn al-Asad", "al-Asad air base", "western Anbar"], 33.80,
             42.44, "IQ")
BAGHDADI = L(["al-Baghdadi", "Baghdadi", "orchard near al-Baghdadi"], 33.86, 42.54, "IQ")
RASHAD = L(["Rashad subdistrict", "Rashad", "south of Kirkuk", "Kirkuk"], cc="IQ")
MUTAIBIJAH = L(["Mutaibijah", "Mutaibija", "al-Mutaibijah", "Mutaibijah area"], cc="IQ")
IRAQ03 = L(["various provinces", "Iraq"], cc="IQ")
SMC = ["Security Media Cell", "Joint Operations Command", "Iraqi security forces", "author"]
E03 = [
    # the dead are told a sentence later, through the search force's find -> killed 9 folded in; the find and the
    # headline -> non-core copies; "35 km east of Tikrit" -> LKM
    E(
        True,
        "Iraqi Air Force F-16 aircraft carried out two air strikes at dawn on Wednesday against a hideout of Daesh terrorist gangs in the Hamrin mountains, 35 km east of Tikrit",
        EXP,
        AIR,
        actor1=IQAF,
        actor2=IS03 + ["hideout"],
        location=HAMRIN,
        date=D("2024-05-15"),
        killed=R(9),
        source=SMC,
    ),
    E(
        False,
        "found the bodies of nine terrorists, two explosive belts and a quantity of weapons",
        EXP,
        AIR,
        actor1=IQAF,
        actor2=IS03,
        location=HAMRIN,
        date=D("2024-05-15"),
        killed=R(9),
        source=SMC,
    ),
    E(
        False,
        "Iraqi F-16s kill nine Daesh terrorists in Hamrin",
        EXP,
        AIR,
        actor1=IQAF,
        actor2=IS03,
        location=HAMRIN,
        date=D("2024-05-15"),
        killed=R(9),
        source=SMC,
    ),
    # the date as d/m/y ("14/5/2024"); the dead a sentence later ("martyred"), the wounded two sentences later ->
    # folded in (2 and 3), each a non-core copy; no claim in a statement about Daesh -> IS plus unknown (implied)
    E(
        True,
        "an improvised explosive device targeted a vehicle of the 4th Army Division during a search operation about 20 km north of Tuz Khurmatu",
        EXP,
        IED,
        actor1=UNK + IS03,
        actor2=IQARMY + ["vehicle of the 4th Army Division", "vehicle"],
        location=TUZ_N,
        date=D("2024-05-14"),
        killed=R(2),
        injured=R(3),
        source=SMC,
    ),
    E(
        False,
        "Two of our heroes were martyred, among them a first lieutenant",
        EXP,
        IED,
        actor1=UNK + IS03,
        actor2=IQARMY + ["first lieutenant"],
        location=TUZ_N,
        date=D("2024-05-14"),
        killed=R(2),
        source=SMC,
    ),
    E(
        False,
        "Three other members of the force were wounded",
        EXP,
        IED,
        actor1=UNK + IS03,
        actor2=IQARMY,
        location=TUZ_N,
        date=D("2024-05-14"),
        injured=R(3),
        source=SMC,
    ),
    E(
        False,
        "two soldiers martyred by IED north of Tuz Khurmatu",
        EXP,
        IED,
        actor1=UNK + IS03,
        actor2=IQARMY,
        location=TUZ_N,
        date=D("2024-05-14"),
        killed=R(2),
        source=SMC,
    ),
    # "Yesterday evening" -> Wednesday; "causing no casualties or damage" -> killed and injured 0..0; the base
    # stands for its users: the statement names none, the base's known US-led coalition tenants are the implicit
    # target -> the base, Iraqi forces and the US
    E(
        True,
        "a Katyusha rocket fell inside the perimeter of Ain al-Asad air base in western Anbar, causing no casualties or damage",
        EXP,
        SHELL,
        actor1=OUTLAW,
        actor2=["Ain al-Asad air base", "air base"] + IQARMY + USA + ["US-led coalition"],
        location=AIN_ASAD,
        date=D("2024-05-15"),
        killed=R(0),
        injured=R(0),
        source=SMC,
    ),
    # a rocket that failed to fire, found on its platform -> Disrupted weapons use; found after the evening launch
    # -> Wednesday or the statement's day
    E(
        True,
        "Security forces found the launch platform, with a second rocket that had failed to fire, in an orchard near al-Baghdadi",
        STR,
        DISRUPT,
        actor1=IQARMY,
        actor2=OUTLAW + ["launch platform"],
        location=BAGHDADI,
        date=D("2024-05-15", "2024-05-16"),
        source=SMC,
    ),
    E(
        True,
        'a force of the Counter-Terrorism Service arrested a terrorist who served as the so-called "wali" of Kirkuk for Daesh gangs, in an operation in the Rashad subdistrict, south of Kirkuk',
        STR,
        ARRESTS,
        actor1=CTS,
        actor2=IS03 + ["wali", "terrorist"],
        location=RASHAD,
        date=D("2024-05-13"),
        source=SMC,
    ),
    # the reports the Cell denies are their only telling -> non-core denied; the Cell's own version (an approach
    # repelled, one attacker killed and "without any losses in our ranks": both sides told) -> core, killed 1..1;
    # "on Tuesday night" -> both days
    E(
        False,
        "Daesh terrorists seized an army checkpoint in the Mutaibijah area on Tuesday night",
        BAT,
        NSAOVER,
        actor1=IS03,
        actor2=IQARMY + ["army checkpoint", "checkpoint"],
        location=MUTAIBIJAH,
        date=D("2024-05-14", "2024-05-15"),
        source=SMC,
        status="denied",
    ),
    E(
        True,
        "a terrorist group tried to approach the checkpoint and was repelled by the heroes of the army, who killed one terrorist without any losses in our ranks",
        BAT,
        CLASH,
        actor1=IS03 + IQARMY,
        actor2=IQARMY + ["checkpoint", "army checkpoint"] + IS03,
        location=MUTAIBIJAH,
        date=D("2024-05-14", "2024-05-15"),
        killed=R(1),
        source=SMC,
    ),
    # the year's totals -> aggregates
    E(
        False,
        "the security forces have killed 74 terrorists",
        BAT,
        CLASH,
        actor1=IQARMY,
        actor2=IS03,
        location=IRAQ03,
        date=D("2024-01-01", "2024-05-16"),
        killed=R(74),
        source=SMC,
        aggregate=True,
    ),
    E(
        False,
        "arrested 213 wanted persons in various provinces",
        STR,
        ARRESTS,
        actor1=IQARMY,
        actor2=["wanted persons", "213 wanted persons"] + IS03,
        location=IRAQ03,
        date=D("2024-01-01", "2024-05-16"),
        source=SMC,
        aggregate=True,
    ),
    # the Cell's own pledge -> planned
    E(
        False,
        "the security forces will continue to pursue the remnants of terrorism in the Hamrin and Mutaibijah areas until they are eliminated",
        BAT,
        CLASH,
        actor1=IQARMY,
        actor2=IS03 + ["remnants of terrorism"],
        location=L(["Hamrin", "Mutaibijah"], cc="IQ"),
        source=SMC,
        status="planned",
    ),
    # no gold: "an investigation has been opened", the first lieutenant (among the two), "their condition is
    # stable", the call not to circulate rumours
]
DOCS.append(
    (
        "dev-q-03",
        "Security Media Cell, Iraq (statement)",
        "2024-05-16",
        "state agency's statement",
        "Iraq/Salahuddin, Kirkuk and Anbar: F-16 strikes 'at dawn on Wednesday' '35 km east of Tikrit' with the dead "
        "found a sentence later, an IED '20 km north of Tuz Khurmatu' dated '14/5/2024' with the dead and the "
        "wounded in the next two sentences, a rocket on Ain al-Asad 'Yesterday evening' ('causing no casualties') "
        "and its launcher found with a dud, an arrest near Kirkuk, a denied checkpoint seizure with the Cell's own "
        "version ('without any losses in our ranks'), the year's totals, a pledge",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-q-03", "16/5/2024", "2024-05-16", "Thursday"),
    ("dev-q-03", "at dawn on Wednesday / Yesterday evening", "2024-05-15", "Wednesday"),
    ("dev-q-03", "14/5/2024 / on Tuesday night", "2024-05-14", "Tuesday"),
    ("dev-q-03", "On Monday", "2024-05-13", "Monday"),
]

# =============================================================================
# dev-q-04  live blog with corrections — Lebanon: Beirut's southern suburbs, Kfar Roummane on Nabatieh's outskirts, Aitaroun on the border, the Beirut-Damascus highway near Masnaa (first placed near Chtaura), Baalbek's southern outskirts; Israel: south of Haifa (Sat 5 Oct 2024)
# =============================================================================
T04 = """Live: Night of strikes on Beirut's suburbs; paramedics killed near Nabatieh; Hezbollah fires rockets towards Haifa

Cedar Desk live | Beirut | Saturday 5 October 2024 | All times Beirut (GMT+3)

07:05 - Good morning. Israeli jets carried out at least 14 strikes on Beirut's southern suburbs overnight, the state-run National News Agency (NNA) reports, in one of the heaviest nights of bombardment since the escalation began last month. There is no word yet on casualties.

07:40 - An Israeli strike hit a centre of the Islamic Health Committee, a Hezbollah-affiliated paramedics' organisation, in Kfar Roummane on the outskirts of Nabatieh at around 6 am, killing seven paramedics and wounding three, a civil defence official tells us.

08:15 - Hezbollah says its fighters fired "a large rocket salvo" at an Israeli military base south of Haifa early this morning. The Israeli army says some 20 rockets crossed from Lebanon; most were intercepted and the rest fell in open areas. No one was hurt, Israeli paramedics said.

09:30 - CORRECTION: The 07:40 entry said seven paramedics were killed, citing a civil defence official. The health ministry has since put the toll at five dead and three wounded, two of them seriously, and we have changed our figure to match.

10:10 - Israeli troops and Hezbollah fighters clashed overnight on the edge of the border village of Aitaroun. The Israeli army says two soldiers were killed and a third was seriously wounded. Hezbollah says its fighters ambushed an Israeli infantry force with machine guns and anti-tank missiles and "inflicted dead and wounded".

11:00 - The Israeli army's Arabic-language spokesman has told residents of 25 villages in southern Lebanon to move north of the Awali river, warning that the army will strike "anywhere Hezbollah operates".

11:45 - A drone struck a car on the Beirut-Damascus highway near Chtaura, killing two people, Lebanese security sources say. The Israeli army says it targeted "a Hezbollah operative smuggling weapons from Syria".

12:30 - A large blast shook the southern outskirts of Baalbek late on Friday. Residents say an Israeli air strike hit a warehouse; the town's deputy mayor says it may have been an accidental explosion at a fuel depot. Dozens were treated for injuries, most from flying glass, at the Dar al-Amal hospital.

13:20 - CORRECTION: The 11:45 entry placed the drone strike near Chtaura. It was near Masnaa, about 20 km further east and close to the border with Syria.

14:05 - The health ministry says more than 2,000 people have been killed in Israeli attacks in Lebanon since October last year, among them 127 children.

14:40 - We are pausing this live page and will resume tomorrow morning.
"""

ISR04 = ISRAEL + ["Israeli jets", "Israeli strike", "Israeli air strike", "drone", "army", "Israeli infantry force"]
HEZ04 = HEZB + ["Hezbollah fighters", "its fighters", "Hezbollah operative"]
IHC = ["Islamic Health Committee", "paramedics", "seven paramedics", "five paramedics", "paramedics' organisation",
       "centre of the Islamic Health Committee"]
DAHIYEH = L(["Beirut's southern suburbs", "southern suburbs of Beirut", "Dahiyeh", "Beirut"], 33.85, 35.51, "LB")
# Kfar Roummane adjoins Nabatieh ("on the outskirts of") -> the town's point
KFAR_ROUMMANE = L(["Kfar Roummane", "Kfar Rumman", "outskirts of Nabatieh", "Nabatieh"], 33.38, 35.48, "LB")
HAIFA_S = L(["south of Haifa", "Haifa", "military base south of Haifa"], 32.79, 34.99, "IL")
NISRAEL = L(["northern Israel", "open areas", "Haifa"], cc="IL")
AITAROUN = L(["Aitaroun", "Aita al-Shaab", "Ayta ash Shab", "edge of the border village of Aitaroun", "Aytaroun"],
             33.11, 35.47, "LB")
# the blog corrects the place (13:20) -> the gold holds the corrected place only
MASNAA = L(["Masnaa", "al-Masnaa", "Beirut-Damascus highway", "border with Syria"], 33.69, 36.07, "LB")
BAALBEK = L(["Baalbek", "southern outskirts of Baalbek", "Baalbeck"], 34.00, 36.21, "LB")
SLEB04 = L(["southern Lebanon", "25 villages", "north of the Awali river"], cc="LB")
LEB04 = L(["Lebanon"], cc="LB")
CD = ["Cedar Desk", "author"]
LEBMOH = ["health ministry", "Lebanese health ministry", "Lebanon's health ministry", "Ministry of Public Health"]
ARMYSRC04 = ["Israeli army", "Israeli military", "IDF"]
E04 = [
    # fourteen strikes on one district in a night -> aggregate; "overnight" -> both days
    E(
        False,
        "Israeli jets carried out at least 14 strikes on Beirut's southern suburbs overnight",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HEZ04 + ["southern suburbs"],
        location=DAHIYEH,
        date=D("2024-10-04", "2024-10-05"),
        source=["National News Agency", "NNA", "state-run National News Agency"] + CD,
        aggregate=True,
    ),
    # the blog's seven (a civil defence official) is corrected to the ministry's five (09:30) -> the core range
    # covers both (5..7), the correction a non-core copy; "wounding three" -> 3 (the ministry's "two of them
    # seriously" are among them); paramedics of a party-affiliated service are civilians by occupation
    E(
        True,
        "An Israeli strike hit a centre of the Islamic Health Committee, a Hezbollah-affiliated paramedics' organisation, in Kfar Roummane on the outskirts of Nabatieh at around 6 am, killing seven paramedics and wounding three",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + IHC,
        location=KFAR_ROUMMANE,
        date=D("2024-10-05"),
        killed=R(5, 7),
        injured=R(3),
        source=["civil defence official", "civil defence"] + LEBMOH + CD,
    ),
    E(
        False,
        "The health ministry has since put the toll at five dead and three wounded, two of them seriously",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + IHC,
        location=KFAR_ROUMMANE,
        date=D("2024-10-05"),
        killed=R(5),
        injured=R(3),
        source=LEBMOH,
    ),
    E(
        False,
        "paramedics killed near Nabatieh",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + IHC,
        location=KFAR_ROUMMANE,
        date=D("2024-10-05"),
        source=CD,
    ),
    # the claimant's telling is the event's only one with a target; "No one was hurt" two sentences on -> killed
    # and injured 0..0; the army's count of rockets -> a non-core copy, the interception its own core event
    E(
        True,
        'its fighters fired "a large rocket salvo" at an Israeli military base south of Haifa early this morning',
        EXP,
        SHELL,
        actor1=HEZ04,
        actor2=ISR04 + ["military base", "Israeli military base"],
        location=HAIFA_S,
        date=D("2024-10-05"),
        killed=R(0),
        injured=R(0),
        source=HEZB + ["Israeli paramedics", "paramedics"],
    ),
    E(
        False,
        "some 20 rockets crossed from Lebanon",
        EXP,
        SHELL,
        actor1=HEZ04 + UNK,
        actor2=ISR04,
        location=NISRAEL,
        date=D("2024-10-05"),
        source=ARMYSRC04,
    ),
    E(
        True,
        "most were intercepted and the rest fell in open areas",
        STR,
        DISRUPT,
        actor1=ISR04,
        actor2=HEZ04 + ["rockets"],
        location=NISRAEL,
        date=D("2024-10-05"),
        source=ARMYSRC04,
    ),
    # the clash: the army's toll of its own men (two dead, one hurt: one side) -> 2..open and 1..open, kept as a
    # non-core copy; Hezbollah's ambush gives no number ("dead and wounded") -> a non-core copy; "overnight" -> both
    # days
    E(
        True,
        "Israeli troops and Hezbollah fighters clashed overnight on the edge of the border village of Aitaroun",
        BAT,
        CLASH,
        actor1=ISR04 + HEZ04,
        actor2=HEZ04 + ISR04,
        location=AITAROUN,
        date=D("2024-10-04", "2024-10-05"),
        killed=R(2, None),
        injured=R(1, None),
        source=ARMYSRC04 + HEZB + CD,
    ),
    E(
        False,
        "two soldiers were killed and a third was seriously wounded",
        BAT,
        CLASH,
        actor1=HEZ04,
        actor2=ISR04 + ["soldiers"],
        location=AITAROUN,
        date=D("2024-10-04", "2024-10-05"),
        killed=R(2),
        injured=R(1),
        source=ARMYSRC04,
    ),
    E(
        False,
        'its fighters ambushed an Israeli infantry force with machine guns and anti-tank missiles and "inflicted dead and wounded"',
        BAT,
        CLASH,
        actor1=HEZ04 + ISR04,
        actor2=ISR04 + HEZ04,
        location=AITAROUN,
        date=D("2024-10-04", "2024-10-05"),
        source=HEZB,
    ),
    # the army's own warning -> planned; the evacuation order itself is no act of violence (no gold)
    E(
        False,
        'warning that the army will strike "anywhere Hezbollah operates"',
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HEZ04,
        location=SLEB04,
        source=["Israeli army's Arabic-language spokesman", "Arabic-language spokesman"] + ARMYSRC04,
        status="planned",
    ),
    # an agent-less drone strike in a Lebanon blog -> Israel plus unknown; the dead told two ways (two people / "a
    # Hezbollah operative") -> one core event, both in actor2, the army's claim a non-core copy; the place the
    # blog corrects at 13:20 (Chtaura -> Masnaa) -> Masnaa; undated in a midday entry -> Friday or Saturday
    E(
        True,
        "A drone struck a car on the Beirut-Damascus highway near Chtaura, killing two people",
        EXP,
        AIR,
        actor1=ISR04 + UNK,
        actor2=CIV + ["car", "two people"] + HEZ04,
        location=MASNAA,
        date=D("2024-10-04", "2024-10-05"),
        killed=R(2),
        source=["Lebanese security sources", "security sources"] + ARMYSRC04 + CD,
    ),
    E(
        False,
        'it targeted "a Hezbollah operative smuggling weapons from Syria"',
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HEZ04 + ["Hezbollah operative"],
        location=MASNAA,
        date=D("2024-10-04", "2024-10-05"),
        source=ARMYSRC04,
    ),
    # a blast told two ways, one of them no act of violence (residents: an Israeli strike / the deputy mayor: an
    # accident at a fuel depot) -> the strike is the entry's subject but unconfirmed: core, status possible,
    # Israel plus unknown; the residents' telling -> a non-core copy, occurred, sourced to them; "Dozens were
    # treated for injuries" two sentences on -> injured 24..open; "late on Friday" -> Friday
    E(
        True,
        "A large blast shook the southern outskirts of Baalbek late on Friday",
        EXP,
        AIR,
        actor1=ISR04 + UNK,
        actor2=["warehouse", "fuel depot"] + HEZ04,
        location=BAALBEK,
        date=D("2024-10-04"),
        injured=R(24, None),
        source=["Residents", "residents", "deputy mayor", "Dar al-Amal hospital"] + CD,
        status="possible",
    ),
    E(
        False,
        "Residents say an Israeli air strike hit a warehouse",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=["warehouse"],
        location=BAALBEK,
        date=D("2024-10-04"),
        source=["Residents", "residents"],
    ),
    E(
        False,
        "more than 2,000 people have been killed in Israeli attacks in Lebanon since October last year, among them 127 children",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + HEZ04,
        location=LEB04,
        date=D("2023-10-01", "2024-10-05"),
        killed=R(2001, None),
        source=LEBMOH,
        aggregate=True,
    ),
    # no gold: "since the escalation began last month" (a dating reference), "There is no word yet on casualties",
    # the two corrections themselves (their content is in the gold above), the accidental explosion (no act of
    # violence), the evacuation order, "We are pausing this live page"
]
DOCS.append(
    (
        "dev-q-04",
        "Cedar Desk (live blog)",
        "2024-10-05",
        "live blog with corrections",
        "Lebanon and northern Israel: 14 strikes on Beirut's suburbs 'overnight' (aggregate), a strike on a "
        "paramedics' centre 'on the outskirts of Nabatieh' whose toll the blog corrects (seven, then the ministry's "
        "five, 'two of them seriously'), Hezbollah's rocket claim with the army's count, the interception and 'No one "
        "was hurt', a clash at Aitaroun with the army's own dead and Hezbollah's ambush, an evacuation warning, a "
        "drone on a car first placed near Chtaura and corrected to Masnaa ('a Hezbollah operative'), a blast near "
        "Baalbek 'late on Friday' told as a strike or an accident ('Dozens were treated'), a ministry toll",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-q-04", "Saturday 5 October 2024", "2024-10-05", "Saturday"),
    ("dev-q-04", "late on Friday", "2024-10-04", "Friday"),
]

# =============================================================================
# dev-q-05  military press release — Pakistan/Khyber Pakhtunkhwa: Datta Khel and Mir Ali in North Waziristan, Jani Khel north-west of Bannu, the Bannu-Miranshah road (Thu 20 Mar 2025)
# =============================================================================
T05 = """ISPR: 14 khwarij sent to hell in North Waziristan; three soldiers embrace shahadat as attack on Jani Khel post foiled

Inter Services Public Relations | Press Release No PR-61/2025-ISPR | Rawalpindi, March 20, 2025

On the night of 18/19 March 2025, security forces conducted an intelligence based operation in the general area of Datta Khel, North Waziristan District, on the reported presence of khwarij belonging to the Indian proxy Fitna al Khawarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, eight khwarij were sent to hell.

In another engagement on 19 March, in the general area of Mir Ali, troops killed six more khwarij, while two khwarij were apprehended in injured condition. Weapons and ammunition were also recovered.

Earlier, on 17 March, khwarij rammed an explosive-laden vehicle into the outer wall of a security forces post in Jani Khel, about 25 km north-west of Bannu. The blast also damaged a nearby mosque and several houses, wounding five civilians, among them two children. The khwarij then tried to storm the post. Own troops effectively thwarted the attempt and all six khwarij were sent to hell. During the intense exchange of fire, three brave sons of soil, having fought gallantly, embraced shahadat.

On 18 March, a police mobile van struck an improvised explosive device planted by the khwarij on the Bannu-Miranshah road, leaving two policemen hurt.

ISPR rejects as baseless the propaganda circulating on social media that civilians were killed in a drone strike by security forces in the Mir Ali area on 16 March. Such malicious campaigns are part of a hostile narrative meant to drive a wedge between the people and their security forces.

Since the start of this year, security forces have sent 185 khwarij to hell in Khyber Pakhtunkhwa. Pakistan expects the Interim Afghan Government to fulfil its obligations and deny the use of its soil to the khwarij.

Sanitisation operations are being conducted to eliminate any other kharji found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.
"""

PKARMY = ["Pakistan Army", "security forces", "Pakistani security forces", "Military Forces of Pakistan", "troops",
          "own troops", "soldiers", "sons of soil", "security forces post"]
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban", "khwarij", "khawarij", "Fitna al Khawarij", "kharji"]
KPPOL = ["Khyber Pakhtunkhwa Police", "police", "Police Forces of Pakistan", "policemen", "police mobile van"]
DATTA_KHEL = L(["Datta Khel", "Dattakhel", "North Waziristan", "North Waziristan District"], cc="PK")
MIR_ALI = L(["Mir Ali", "Mirali", "North Waziristan"], 32.97, 70.27, "PK")
JANI_KHEL = LKM(["Jani Khel", "Janikhel", "north-west of Bannu", "Bannu"], 32.99, 70.60, 25, 315, "PK")
# the Bannu-Miranshah road runs some 55 km -> names and country
BANNU_ROAD = L(["Bannu-Miranshah road", "Bannu", "Miranshah"], cc="PK")
KP05 = L(["Khyber Pakhtunkhwa"], cc="PK")
ISPR = ["Inter Services Public Relations", "ISPR", "Pakistan Army", "Pakistani military", "author"]
E05 = [
    # "On the night of 18/19 March" -> both days; the khwarij's dead only (one side) -> 8..open
    E(
        True,
        "own troops effectively engaged the khwarij location and, after an intense exchange of fire, eight khwarij were sent to hell",
        BAT,
        CLASH,
        actor1=PKARMY + TTP,
        actor2=TTP + PKARMY,
        location=DATTA_KHEL,
        date=D("2025-03-18", "2025-03-19"),
        killed=R(8, None),
        source=ISPR,
    ),
    # one side's dead and wounded -> 6..open and 2..open; the wounded taken -> a non-core Arrests copy
    E(
        True,
        "in the general area of Mir Ali, troops killed six more khwarij, while two khwarij were apprehended in injured condition",
        BAT,
        CLASH,
        actor1=PKARMY + TTP,
        actor2=TTP + PKARMY,
        location=MIR_ALI,
        date=D("2025-03-19"),
        killed=R(6, None),
        injured=R(2, None),
        source=ISPR,
    ),
    E(
        False,
        "two khwarij were apprehended in injured condition",
        STR,
        ARRESTS,
        actor1=PKARMY,
        actor2=TTP,
        location=MIR_ALI,
        date=D("2025-03-19"),
        source=ISPR,
    ),
    E(
        False,
        "14 khwarij sent to hell in North Waziristan",
        BAT,
        CLASH,
        actor1=PKARMY,
        actor2=TTP,
        location=L(["North Waziristan"], cc="PK"),
        date=D("2025-03-18", "2025-03-19"),
        killed=R(14),
        source=ISPR,
        aggregate=True,
    ),
    # a vehicle bomb rammed into a post by its driver -> Suicide bomb, the post standing for the troops; the
    # wounded told a sentence later are the civilians only -> 5..open; "about 25 km north-west of Bannu" -> LKM
    E(
        True,
        "khwarij rammed an explosive-laden vehicle into the outer wall of a security forces post in Jani Khel, about 25 km north-west of Bannu",
        EXP,
        SUICIDE,
        actor1=TTP,
        actor2=PKARMY + ["security forces post", "post", "outer wall"],
        location=JANI_KHEL,
        date=D("2025-03-17"),
        injured=R(5, None),
        source=ISPR,
    ),
    E(
        False,
        "The blast also damaged a nearby mosque and several houses, wounding five civilians, among them two children",
        EXP,
        SUICIDE,
        actor1=TTP,
        actor2=CIV + ["mosque", "houses", "five civilians", "two children"],
        location=JANI_KHEL,
        date=D("2025-03-17"),
        injured=R(5),
        source=ISPR,
    ),
    # the storming that followed -> Battles; both sides' dead told (six attackers, three soldiers) -> exact 9, the
    # soldiers' deaths and the headline non-core copies
    E(
        True,
        "Own troops effectively thwarted the attempt and all six khwarij were sent to hell",
        BAT,
        CLASH,
        actor1=TTP + PKARMY,
        actor2=PKARMY + ["post"] + TTP,
        location=JANI_KHEL,
        date=D("2025-03-17"),
        killed=R(9),
        source=ISPR,
    ),
    E(
        False,
        "three brave sons of soil, having fought gallantly, embraced shahadat",
        BAT,
        CLASH,
        actor1=TTP,
        actor2=PKARMY,
        location=JANI_KHEL,
        date=D("2025-03-17"),
        killed=R(3),
        source=ISPR,
    ),
    E(
        False,
        "three soldiers embrace shahadat as attack on Jani Khel post foiled",
        BAT,
        CLASH,
        actor1=TTP,
        actor2=PKARMY + ["Jani Khel post"],
        location=JANI_KHEL,
        date=D("2025-03-17"),
        killed=R(3, None),
        source=ISPR,
    ),
    # "leaving two policemen hurt" -> injured 2; "planted by the khwarij" -> the TTP named, no claim -> plus unknown
    E(
        True,
        "a police mobile van struck an improvised explosive device planted by the khwarij on the Bannu-Miranshah road, leaving two policemen hurt",
        EXP,
        IED,
        actor1=TTP + UNK,
        actor2=KPPOL,
        location=BANNU_ROAD,
        date=D("2025-03-18"),
        injured=R(2),
        source=ISPR,
    ),
    # the reports ISPR rejects are their only telling -> non-core denied
    E(
        False,
        "civilians were killed in a drone strike by security forces in the Mir Ali area on 16 March",
        EXP,
        AIR,
        actor1=PKARMY,
        actor2=CIV,
        location=MIR_ALI,
        date=D("2025-03-16"),
        source=ISPR,
        status="denied",
    ),
    E(
        False,
        "security forces have sent 185 khwarij to hell in Khyber Pakhtunkhwa",
        BAT,
        CLASH,
        actor1=PKARMY,
        actor2=TTP,
        location=KP05,
        date=D("2025-01-01", "2025-03-20"),
        killed=R(185),
        source=ISPR,
        aggregate=True,
    ),
    # the closing vow -> planned
    E(
        False,
        "the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country",
        BAT,
        CLASH,
        actor1=PKARMY,
        actor2=TTP,
        location=L(["Pakistan"], cc="PK"),
        source=ISPR,
        status="planned",
    ),
    # no gold: "Weapons and ammunition were also recovered" (inside the Mir Ali clash), "The khwarij then tried to
    # storm the post" (the clash's prelude, folded in), the "hostile narrative", the call on Kabul, the ongoing
    # sanitisation operations (generic)
]
DOCS.append(
    (
        "dev-q-05",
        "Inter Services Public Relations, Pakistan (press release)",
        "2025-03-20",
        "military press release",
        "Pakistan/Khyber Pakhtunkhwa: an operation near Datta Khel 'On the night of 18/19 March' (one side's dead), "
        "a Mir Ali engagement with 'two khwarij ... apprehended in injured condition', a vehicle bomb on a post 'about "
        "25 km north-west of Bannu' with civilians wounded a sentence later and the storming that followed (both "
        "sides' dead), an IED 'leaving two policemen hurt', denied reports of a drone strike, a year's total, a vow; "
        "the release's loaded labels ('khwarij', 'sent to hell', 'embraced shahadat')",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-q-05", "March 20, 2025", "2025-03-20", "Thursday"),
]

# =============================================================================
# dev-q-06  partisan outlet (pro-Houthi) — Yemen: al-Hali in Hodeidah, the Bajil power station, the al-Salem area east of Saada, Shada on the Saudi border, the al-Kassara front north-west of Marib; the northern Red Sea (Thu 17 Apr 2025)
# =============================================================================
T06 = """American aggression kills 13 in Hodeidah, bombs Bajil power station; armed forces strike US aircraft carrier

SANAA, April 17 (Al-Yaman Al-Hurr) - The American-British aggression committed a new crime against the Yemeni people, as its warplanes launched three raids at dawn today on a residential neighbourhood in the al-Hali district of Hodeidah city, killing 11 citizens, among them four women, and wounding 18 others, according to a preliminary toll from the governorate's health office. Later in the morning, civil defence teams pulled two more bodies from under the rubble, raising the death toll to 13.

The US Central Command claimed on its account that its forces had struck "a Houthi command and control facility" in Hodeidah, a lie that the aggression repeats to cover up its crimes.

Last night, the aggression's aircraft also bombed the power station in the Bajil district, east of the city, with four raids, putting it out of service and plunging the district into darkness. There were no casualties among the station's staff, who had left the site after the first raid.

In Saada governorate, hostile aircraft struck the al-Salem area, east of Saada city, twice on Tuesday night, while the artillery of the Saudi enemy shelled villages in the border district of Shada on Wednesday, wounding an African migrant and two local farmers.

For their part, the Yemeni Armed Forces announced in a statement read by their spokesman, Brigadier General Yahya Saree, that the naval forces, the missile force and the drone air force had targeted the American aircraft carrier USS Carl Vinson and its escort warships in the northern Red Sea with a number of cruise missiles and drones over the past day, and that the operation "achieved its goals". The Pentagon has not commented.

On the al-Kassara front, north-west of Marib city, the army and popular committees repelled an infiltration attempt by the mercenaries of the aggression on Wednesday, killing five of them and wounding others, a military source said.

Since March 15, the American aggression has launched more than 900 raids on Yemen, killing more than 200 citizens and wounding hundreds, according to the Ministry of Health.

The Leader of the Revolution, Sayyed Abdulmalik al-Houthi, vowed yesterday that operations against American ships will continue and escalate "as long as the aggression continues".
"""

USUK06 = USA + ["American-British aggression", "American aggression", "aggression", "US Central Command", "CENTCOM",
                "its warplanes", "aggression's aircraft", "hostile aircraft", "United Kingdom", "British"]
HOUTHI06 = HOUTHI + ["Yemeni Armed Forces", "naval forces", "missile force", "drone air force", "army and popular "
                     "committees", "popular committees", "Sanaa government"]
SAUDI = ["Saudi Arabia", "Saudi", "Saudi enemy", "Saudi army", "Military Forces of Saudi Arabia",
         "artillery of the Saudi enemy"]
MERCS = ["Yemeni government", "government forces", "pro-government forces", "Military Forces of Yemen",
         "mercenaries of the aggression", "mercenaries"]
HALI = L(["al-Hali", "al-Hali district", "Hodeidah", "Hodeidah city", "Hudaydah"], 14.80, 42.95, "YE")
BAJIL = L(["Bajil", "Bajil district", "Bajil power station", "power station in the Bajil district"], 15.06, 43.29,
          "YE")
# "east of Saada city" with no distance -> Saada's point; the border district and the front -> names and country
SALEM = L(["al-Salem", "al-Salem area", "east of Saada", "Saada", "Saada governorate"], 16.94, 43.76, "YE")
SHADA = L(["Shada", "Shada district", "border district of Shada", "Saada governorate"], cc="YE")
KASSARA = L(["al-Kassara", "al-Kassara front", "Kassara", "north-west of Marib", "Marib"], cc="YE")
NREDSEA = L(["northern Red Sea", "Red Sea"])
YEMEN06 = L(["Yemen"], cc="YE")
YH = ["Al-Yaman Al-Hurr", "author"]
HODMOH = ["health office", "governorate's health office", "Ministry of Health", "civil defence teams",
          "civil defence"]
SAREE = ["Yahya Saree", "Saree", "Yemeni Armed Forces", "spokesman"] + HOUTHI
E06 = [
    # the preliminary toll (11) raised two sentences later (13) -> the core range covers both (11..13), the raised
    # toll a non-core copy; "wounding 18 others" -> 18; CENTCOM names another object -> one core event per version
    E(
        True,
        "its warplanes launched three raids at dawn today on a residential neighbourhood in the al-Hali district of Hodeidah city, killing 11 citizens, among them four women, and wounding 18 others",
        EXP,
        AIR,
        actor1=USUK06,
        actor2=CIV + ["residential neighbourhood", "citizens", "four women", "Yemeni people"],
        location=HALI,
        date=D("2025-04-17"),
        killed=R(11, 13),
        injured=R(18),
        source=HODMOH + YH,
    ),
    E(
        False,
        "civil defence teams pulled two more bodies from under the rubble, raising the death toll to 13",
        EXP,
        AIR,
        actor1=USUK06,
        actor2=CIV,
        location=HALI,
        date=D("2025-04-17"),
        killed=R(13),
        source=["civil defence teams", "civil defence"] + YH,
    ),
    E(
        False,
        "American aggression kills 13 in Hodeidah",
        EXP,
        AIR,
        actor1=USUK06,
        actor2=CIV,
        location=HALI,
        date=D("2025-04-17"),
        killed=R(13),
        source=YH,
    ),
    E(
        True,
        'its forces had struck "a Houthi command and control facility" in Hodeidah',
        EXP,
        AIR,
        actor1=USUK06,
        actor2=HOUTHI06 + ["command and control facility"],
        location=HALI,
        date=D("2025-04-17"),
        source=["US Central Command", "CENTCOM", "Central Command"] + USA,
    ),
    # a power station stands for its owner (the Sanaa authorities) and the district; "Last night" -> both days;
    # "no casualties among the station's staff" covers one group only -> no number field
    E(
        True,
        "the aggression's aircraft also bombed the power station in the Bajil district, east of the city, with four raids",
        EXP,
        AIR,
        actor1=USUK06,
        actor2=["power station", "Bajil power station"] + HOUTHI06 + CIV,
        location=BAJIL,
        date=D("2025-04-16", "2025-04-17"),
        source=YH,
    ),
    E(
        False,
        "bombs Bajil power station",
        EXP,
        AIR,
        actor1=USUK06,
        actor2=["power station", "Bajil power station"],
        location=BAJIL,
        date=D("2025-04-16", "2025-04-17"),
        source=YH,
    ),
    # "hostile aircraft" in a piece about the US-British campaign -> the US plus unknown (implied); "twice" at
    # one place on one night -> one event; "on Tuesday night" -> both days
    E(
        True,
        "hostile aircraft struck the al-Salem area, east of Saada city, twice on Tuesday night",
        EXP,
        AIR,
        actor1=USUK06 + UNK,
        actor2=HOUTHI06 + ["al-Salem area"] + CIV,
        location=SALEM,
        date=D("2025-04-15", "2025-04-16"),
        source=YH,
    ),
    # "an African migrant and two local farmers" -> injured 3
    E(
        True,
        "the artillery of the Saudi enemy shelled villages in the border district of Shada on Wednesday, wounding an African migrant and two local farmers",
        EXP,
        SHELL,
        actor1=SAUDI,
        actor2=CIV + ["villages", "African migrant", "migrant", "farmers", "two local farmers"],
        location=SHADA,
        date=D("2025-04-16"),
        injured=R(3),
        source=YH,
    ),
    # a party's claim the outlet cannot verify -> core, occurred, sourced to the claimant; missiles named first ->
    # Shelling/artillery/missile attack; at sea -> no country; "over the past day" -> the statement's day and the
    # day before
    E(
        True,
        "the naval forces, the missile force and the drone air force had targeted the American aircraft carrier USS Carl Vinson and its escort warships in the northern Red Sea with a number of cruise missiles and drones over the past day",
        EXP,
        SHELL,
        actor1=HOUTHI06,
        actor2=USA + ["USS Carl Vinson", "aircraft carrier", "escort warships", "US Navy"],
        location=NREDSEA,
        date=D("2025-04-16", "2025-04-17"),
        source=SAREE,
    ),
    E(
        False,
        "armed forces strike US aircraft carrier",
        EXP,
        SHELL,
        actor1=HOUTHI06,
        actor2=USA + ["aircraft carrier"],
        location=NREDSEA,
        date=D("2025-04-16", "2025-04-17"),
        source=YH,
    ),
    # an attack repelled -> Battles; the attackers' dead only (one side) -> 5..open; "wounding others" -> injured
    # 2..open (a plural with no number, one side)
    E(
        True,
        "the army and popular committees repelled an infiltration attempt by the mercenaries of the aggression on Wednesday, killing five of them and wounding others",
        BAT,
        CLASH,
        actor1=MERCS + HOUTHI06,
        actor2=HOUTHI06 + MERCS,
        location=KASSARA,
        date=D("2025-04-16"),
        killed=R(5, None),
        injured=R(2, None),
        source=["military source"] + YH,
    ),
    # the campaign's toll -> aggregate ("more than 200" -> 201..open; "hundreds" wounded -> 200..open)
    E(
        False,
        "the American aggression has launched more than 900 raids on Yemen, killing more than 200 citizens and wounding hundreds",
        EXP,
        AIR,
        actor1=USUK06,
        actor2=CIV,
        location=YEMEN06,
        date=D("2025-03-15", "2025-04-17"),
        killed=R(201, None),
        injured=R(200, None),
        source=["Ministry of Health", "health ministry"],
        aggregate=True,
    ),
    # the leader's own vow -> planned ("yesterday" dates the vow, not an act)
    E(
        False,
        'operations against American ships will continue and escalate "as long as the aggression continues"',
        EXP,
        SHELL,
        actor1=HOUTHI06,
        actor2=USA + ["American ships"],
        location=NREDSEA,
        source=["Abdulmalik al-Houthi", "Leader of the Revolution"] + HOUTHI,
        status="planned",
    ),
    # no gold: "committed a new crime" (generic), "a lie that the aggression repeats", "plunging the district into
    # darkness" (inside the strike), "The Pentagon has not commented", "who had left the site after the first raid"
]
DOCS.append(
    (
        "dev-q-06",
        "Al-Yaman Al-Hurr",
        "2025-04-17",
        "partisan outlet (pro-Houthi)",
        "Yemen: US-British raids on a Hodeidah neighbourhood 'at dawn today' whose toll is raised two sentences later "
        "(11, then 13) and CENTCOM's 'command and control facility', a power station bombed 'Last night' ('no "
        "casualties among the station's staff': one group only), 'hostile aircraft' near Saada 'on Tuesday night', "
        "Saudi shelling of Shada ('an African migrant and two local farmers'), the Houthi claim on a US carrier 'over "
        "the past day', an attack repelled at al-Kassara ('killing five of them and wounding others'), a campaign "
        "toll, a vow",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-q-06", "April 17 / today", "2025-04-17", "Thursday"),
    ("dev-q-06", "on Wednesday / yesterday / Last night (start)", "2025-04-16", "Wednesday"),
    ("dev-q-06", "on Tuesday night", "2025-04-15", "Tuesday"),
]

# =============================================================================
# dev-q-07  national newspaper — Jordan: the desert north-east of al-Ruwaished, al-Ramtha on the Syrian border, Amman's Rabia district; Syria: Shaab in the eastern countryside of Sweida (Mon 20 May 2024)
# =============================================================================
T07 = """Army kills four smugglers on north-eastern border; police break up Gaza rally near Israeli embassy

AMMAN (The Amman Ledger) - Monday, May 20, 2024 - Jordanian border guards clashed at dawn on Monday with a group of armed smugglers trying to cross from Syria some 30 km north-east of al-Ruwaished, killing four of them and wounding others who fled back across the border, a source at the General Command of the Jordan Armed Forces told the state news agency.

The source said no members of the force were hurt, and that troops seized 1.2 million Captagon pills and a quantity of crystal meth left behind by the smugglers.

Late on Sunday, air defences in the Northern Military Region shot down a drone carrying drugs near al-Ramtha, close to the border with Syria, the army said. It was the third such drone downed this month.

On the Syrian side, activists in Sweida province said air strikes believed to have been carried out by Jordanian jets hit two houses in the village of Shaab, in the eastern countryside of Sweida, on Thursday, killing three members of one family, among them a girl, and wounding five. The activists said the houses belonged to a farmer; Jordanian officials have in the past accused residents of the area of working with drug networks. Amman did not comment on the strikes.

In the capital, police broke up a rally of several hundred people after Friday prayers outside the Kalouti mosque, near the Israeli embassy in the Rabia district, as marchers tried to push towards the embassy. Witnesses said officers beat several young men and detained at least 15. The Public Security Directorate said "a number of rioters" had been arrested for attacking police officers, three of whom were lightly hurt.

The rallies, held almost every Friday since October, have become a source of tension between the authorities and Islamist-leaning opposition groups.

The army says it has foiled more than 100 smuggling attempts on the Syrian border since January. Last month, the air force shot down dozens of Iranian drones that crossed Jordanian airspace on their way to Israel, a move that angered Tehran.

The army's statement warned that troops would "deal with an iron fist" with any attempt to undermine the security of the Kingdom's borders.
"""

JAF = ["Jordan Armed Forces", "Jordanian army", "Jordan Armed Forces-Arab Army", "Military Forces of Jordan",
       "Jordanian border guards", "border guards", "troops", "air defences", "Northern Military Region",
       "Jordanian jets", "air force", "Jordanian air force", "Jordan"]
SMUGGLERS = ["smugglers", "armed smugglers", "drug smugglers", "group of armed smugglers", "drug networks",
             "Unidentified Armed Group"]
JOPOL = ["Public Security Directorate", "Jordanian police", "police", "Police Forces of Jordan", "officers",
         "police officers"]
RALLY = ["rally", "marchers", "several hundred people", "rioters", "young men"] + PROTESTERS
RUWAISHED_NE = LKM(["north-east of al-Ruwaished", "al-Ruwaished", "Ruwaished", "Syrian border"], 32.50, 38.20, 30,
                   45, "JO")
RAMTHA = L(["al-Ramtha", "Ramtha", "border with Syria"], 32.56, 36.01, "JO")
SHAAB = L(["Shaab", "village of Shaab", "eastern countryside of Sweida", "Sweida", "Sweida province"], cc="SY")
RABIA = L(["Rabia", "Rabia district", "Kalouti mosque", "Amman", "Israeli embassy"], 31.97, 35.88, "JO")
JORDAN07 = L(["Jordan", "Jordanian airspace"], cc="JO")
AL = ["The Amman Ledger", "Amman Ledger", "author"]
ARMYSRC07 = ["General Command of the Jordan Armed Forces", "army", "source", "state news agency"] + JAF
E07 = [
    # the smugglers' dead (four) and the force's "no members of the force were hurt" a sentence later -> both
    # sides told, killed exact 4; "wounding others" -> injured 2..open; "some 30 km north-east of al-Ruwaished"
    # -> LKM
    E(
        True,
        "Jordanian border guards clashed at dawn on Monday with a group of armed smugglers trying to cross from Syria some 30 km north-east of al-Ruwaished, killing four of them and wounding others who fled back across the border",
        BAT,
        CLASH,
        actor1=JAF + SMUGGLERS,
        actor2=SMUGGLERS + JAF,
        location=RUWAISHED_NE,
        date=D("2024-05-20"),
        killed=R(4),
        injured=R(2, None),
        source=ARMYSRC07 + AL,
    ),
    E(
        False,
        "Army kills four smugglers on north-eastern border",
        BAT,
        CLASH,
        actor1=JAF,
        actor2=SMUGGLERS,
        location=RUWAISHED_NE,
        date=D("2024-05-20"),
        killed=R(4),
        source=AL,
    ),
    # a drone downed -> Disrupted weapons use; "Late on Sunday" -> Sunday; the month's count -> aggregate
    E(
        True,
        "air defences in the Northern Military Region shot down a drone carrying drugs near al-Ramtha, close to the border with Syria",
        STR,
        DISRUPT,
        actor1=JAF,
        actor2=SMUGGLERS + ["drone carrying drugs", "drone"],
        location=RAMTHA,
        date=D("2024-05-19"),
        source=["army"] + JAF + AL,
    ),
    E(
        False,
        "It was the third such drone downed this month",
        STR,
        DISRUPT,
        actor1=JAF,
        actor2=SMUGGLERS,
        location=L(["Syrian border", "northern Jordan"], cc="JO"),
        date=D("2024-05-01", "2024-05-20"),
        source=AL,
        aggregate=True,
    ),
    # a perpetrator "believed" to be Jordan -> Jordan plus unknown; "three members of one family, among them a girl"
    # -> 3; "the eastern countryside of Sweida" -> names and country
    E(
        True,
        "air strikes believed to have been carried out by Jordanian jets hit two houses in the village of Shaab, in the eastern countryside of Sweida, on Thursday, killing three members of one family, among them a girl, and wounding five",
        EXP,
        AIR,
        actor1=JAF + UNK,
        actor2=CIV + ["two houses", "houses", "family", "three members of one family", "girl", "farmer"],
        location=SHAAB,
        date=D("2024-05-16"),
        killed=R(3),
        injured=R(5),
        source=["activists", "activists in Sweida province"],
    ),
    # police breaking up a march -> Protest with intervention, core on the rally; the witnesses' beatings and
    # detentions in the same act -> a non-core Arrests copy (beaten, no hospital told -> no number); the
    # directorate tells another kind of event (rioters attacking officers, three officers hurt) -> a core
    # Riots/Violent demonstration of its own, sourced to it
    E(
        True,
        "police broke up a rally of several hundred people after Friday prayers outside the Kalouti mosque, near the Israeli embassy in the Rabia district",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(JOPOL + ["rally", "several hundred people"]),
        location=RABIA,
        date=D("2024-05-17"),
        source=["Witnesses", "witnesses"] + AL,
    ),
    E(
        False,
        "officers beat several young men and detained at least 15",
        STR,
        ARRESTS,
        actor1=JOPOL,
        actor2=RALLY,
        location=RABIA,
        date=D("2024-05-17"),
        source=["Witnesses", "witnesses"],
    ),
    E(
        True,
        '"a number of rioters" had been arrested for attacking police officers, three of whom were lightly hurt',
        RIOT,
        VIOLENT,
        actor1=["rioters", "number of rioters"] + RALLY,
        actor2=JOPOL,
        location=RABIA,
        date=D("2024-05-17"),
        injured=R(3),
        source=["Public Security Directorate", "PSD", "police"],
    ),
    E(
        False,
        "The rallies, held almost every Friday since October",
        PRO,
        PEACEFUL,
        actor1=RALLY,
        location=RABIA,
        date=D("2023-10-01", "2024-05-17"),
        source=AL,
        aggregate=True,
    ),
    # background: April's interceptions ("Last month" -> April; "dozens" of drones are no casualties)
    E(
        False,
        "Last month, the air force shot down dozens of Iranian drones that crossed Jordanian airspace on their way to Israel",
        STR,
        DISRUPT,
        actor1=JAF,
        actor2=IRAN + ["Iranian drones"],
        location=JORDAN07,
        date=D("2024-04-01", "2024-04-30"),
        source=AL,
        aggregate=True,
    ),
    # the army's own warning -> planned
    E(
        False,
        'troops would "deal with an iron fist" with any attempt to undermine the security of the Kingdom\'s borders',
        BAT,
        CLASH,
        actor1=JAF,
        actor2=SMUGGLERS,
        location=JORDAN07,
        source=["army's statement", "army"] + JAF,
        status="planned",
    ),
    # no gold: the seized pills (no act of violence), "Amman did not comment", the accusation against residents,
    # "as marchers tried to push towards the embassy" (inside the rally), the 100 foiled smuggling attempts (no
    # act of violence told), "a move that angered Tehran"
]
DOCS.append(
    (
        "dev-q-07",
        "The Amman Ledger",
        "2024-05-20",
        "national newspaper",
        "Jordan and southern Syria: a border clash with smugglers 'some 30 km north-east of al-Ruwaished' ('wounding "
        "others', the force unhurt a sentence later), a drug drone downed near al-Ramtha 'Late on Sunday', air "
        "strikes on Shaab 'believed to have been carried out by Jordanian jets' ('three members of one family, among "
        "them a girl'), a Gaza rally broken up near the Israeli embassy in two versions (witnesses' beatings and "
        "detentions / the police's 'rioters' and three officers hurt), weekly rallies, April's interceptions, a "
        "warning; a dateline city that is also one event's place",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-q-07", "Monday, May 20, 2024 / at dawn on Monday", "2024-05-20", "Monday"),
    ("dev-q-07", "Late on Sunday", "2024-05-19", "Sunday"),
    ("dev-q-07", "after Friday prayers", "2024-05-17", "Friday"),
    ("dev-q-07", "on Thursday", "2024-05-16", "Thursday"),
]

# =============================================================================
# dev-q-08  regional newspaper — Colombia/Norte de Santander: La Gabarra north of Tibú, the rural area of El Tarra, the Venezuelan border in Tibú, Teorama, Ocaña, Cúcuta (Thu 23 Jan 2025)
# =============================================================================
T08 = """Catatumbo: two brothers shot dead near La Gabarra, soldiers wounded by drone in El Tarra as ELN-dissident war spreads

CÚCUTA, January 23, 2025 (La Voz del Norte) - The war between the National Liberation Army (ELN) and the 33rd Front of the FARC dissidents spread to new rural areas of Catatumbo this week, as the toll of the crisis rose and thousands more people fled towards Cúcuta and Ocaña.

In the rural area of La Gabarra, north of Tibú, gunmen burst into a farmhouse on Tuesday night and shot dead community leader Jairo Quintero and his brother. The police attributed the killings to the ELN, which in a communiqué denied any part in them and blamed "the dissidents' death squads".

On Wednesday, a drone loaded with explosives dropped a charge on an army patrol in the rural area of El Tarra. Three soldiers were hurt, one of them seriously, the army's Second Division said. It said it was still trying to establish whether the ELN or the 33rd Front had flown the drone.

Residents said clashes between the two groups on Monday near the border with Venezuela, in the municipality of Tibú, lasted from dawn until midday and left at least five combatants dead. The bodies had not been recovered by Wednesday.

Overnight, an explosive device described by police as a hand grenade was thrown at the police station in Ocaña. No one was hurt, but windows in nearby houses were shattered.

In Cúcuta, police on Tuesday arrested two men suspected of belonging to an ELN urban network, carrying a grenade and a pistol.

The peace commissioner's office said the ELN was holding at least six former FARC combatants who signed the 2016 peace agreement, whom it took from their homes in Teorama last week.

The Ombudsman's Office puts the number of people killed since the offensive began on January 16 at 80; the governor's office of Norte de Santander said on Wednesday that 56 bodies had been recovered so far. More than 40,000 people have been displaced.

The army said on Monday that it had deployed 5,000 more troops to Tibú, El Tarra and Teorama after President Gustavo Petro suspended peace talks with the ELN. Regional analysts warn that if the dissidents lose Tibú's coca-growing areas, the fighting could shift south towards Sardinata.
"""

ELN = ["National Liberation Army", "ELN", "Ejército de Liberación Nacional", "ELN urban network"]
FRONT33 = ["33rd Front", "FARC dissidents", "33rd Front of the FARC dissidents", "dissidents", "FARC dissident",
           "Estado Mayor de Bloques y Frentes", "dissidents' death squads"]
COLARMY = ["Colombian army", "army", "Military Forces of Colombia", "Second Division", "army patrol", "soldiers",
           "troops"]
COLPOL = ["Colombian National Police", "police", "Police Forces of Colombia", "police station"]
GABARRA = L(["La Gabarra", "rural area of La Gabarra", "north of Tibú", "Tibú"], cc="CO")
EL_TARRA = L(["El Tarra", "rural area of El Tarra"], cc="CO")
TIBU_BORDER = L(["Tibú", "Tibu", "border with Venezuela", "municipality of Tibú"], cc="CO")
OCANA = L(["Ocaña", "Ocana", "police station in Ocaña"], 8.24, -73.36, "CO")
CUCUTA = L(["Cúcuta", "Cucuta"], 7.89, -72.50, "CO")
TEORAMA = L(["Teorama"], 8.44, -73.29, "CO")
CATATUMBO = L(["Catatumbo", "Norte de Santander"], cc="CO")
TROOPS08 = L(["Tibú", "El Tarra", "Teorama", "Catatumbo"], cc="CO")
VDN = ["La Voz del Norte", "author"]
E08 = [
    # "on Tuesday night" -> both days; "the rural area of La Gabarra" -> names and country; the police blame the ELN
    # (no claim) -> the ELN plus unknown; the ELN's denial -> a non-core denied copy; its counter-accusation names
    # another perpetrator but gives no act of its own -> kept in actor1 as an alternative
    E(
        True,
        "gunmen burst into a farmhouse on Tuesday night and shot dead community leader Jairo Quintero and his brother",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen"] + ELN + FRONT33,
        actor2=CIV + ["community leader", "Jairo Quintero", "brother", "farmhouse"],
        location=GABARRA,
        date=D("2025-01-21", "2025-01-22"),
        killed=R(2),
        source=["police"] + VDN,
    ),
    E(
        False,
        "which in a communiqué denied any part in them",
        VAC,
        ATTACK,
        actor1=ELN,
        actor2=CIV,
        location=GABARRA,
        date=D("2025-01-21", "2025-01-22"),
        source=ELN + ["communiqué"],
        status="denied",
    ),
    E(
        False,
        "two brothers shot dead near La Gabarra",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV + ["two brothers"],
        location=GABARRA,
        date=D("2025-01-21", "2025-01-22"),
        killed=R(2),
        source=VDN,
    ),
    # an explosive dropped from a drone -> Air/drone strike; the wounded told a sentence later ("Three soldiers were
    # hurt, one of them seriously") -> injured 3; the army names two possible perpetrators -> both plus unknown
    E(
        True,
        "a drone loaded with explosives dropped a charge on an army patrol in the rural area of El Tarra",
        EXP,
        AIR,
        actor1=UNK + ELN + FRONT33,
        actor2=COLARMY,
        location=EL_TARRA,
        date=D("2025-01-22"),
        injured=R(3),
        source=["Second Division", "army"] + VDN,
    ),
    E(
        False,
        "Three soldiers were hurt, one of them seriously",
        EXP,
        AIR,
        actor1=UNK + ELN + FRONT33,
        actor2=COLARMY,
        location=EL_TARRA,
        date=D("2025-01-22"),
        injured=R(3),
        source=["Second Division", "army"],
    ),
    # a clash between two armed groups; "at least five combatants dead" covers both -> 5..open; the border sector
    # -> names and country
    E(
        True,
        "clashes between the two groups on Monday near the border with Venezuela, in the municipality of Tibú, lasted from dawn until midday and left at least five combatants dead",
        BAT,
        CLASH,
        actor1=ELN + FRONT33,
        actor2=FRONT33 + ELN,
        location=TIBU_BORDER,
        date=D("2025-01-20"),
        killed=R(5, None),
        source=["Residents", "residents"],
    ),
    # "Overnight" -> both days; "No one was hurt" a sentence later -> killed and injured 0..0; a police station
    # standing for the police; no perpetrator named -> unknown
    E(
        True,
        "an explosive device described by police as a hand grenade was thrown at the police station in Ocaña",
        EXP,
        GRENADE,
        actor1=UNK,
        actor2=COLPOL,
        location=OCANA,
        date=D("2025-01-22", "2025-01-23"),
        killed=R(0),
        injured=R(0),
        source=["police"] + VDN,
    ),
    E(
        True,
        "police on Tuesday arrested two men suspected of belonging to an ELN urban network",
        STR,
        ARRESTS,
        actor1=COLPOL,
        actor2=ELN + ["two men", "suspects"],
        location=CUCUTA,
        date=D("2025-01-21"),
        source=VDN,
    ),
    # abductees are no casualties; "last week" -> Monday 13 to Sunday 19 January
    E(
        True,
        "the ELN was holding at least six former FARC combatants who signed the 2016 peace agreement, whom it took from their homes in Teorama last week",
        VAC,
        ABDUCT,
        actor1=ELN,
        actor2=CIV + ["former FARC combatants", "six former FARC combatants", "signatories"],
        location=TEORAMA,
        date=D("2025-01-13", "2025-01-19"),
        source=["peace commissioner's office", "peace commissioner"],
    ),
    # two tolls by two sources -> two aggregates, each with its own number
    E(
        False,
        "The Ombudsman's Office puts the number of people killed since the offensive began on January 16 at 80",
        BAT,
        CLASH,
        actor1=ELN + FRONT33,
        actor2=FRONT33 + CIV,
        location=CATATUMBO,
        date=D("2025-01-16", "2025-01-23"),
        killed=R(80),
        source=["Ombudsman's Office", "Defensoría del Pueblo", "Ombudsman"],
        aggregate=True,
    ),
    E(
        False,
        "56 bodies had been recovered so far",
        BAT,
        CLASH,
        actor1=ELN + FRONT33,
        actor2=FRONT33 + CIV,
        location=CATATUMBO,
        date=D("2025-01-16", "2025-01-22"),
        killed=R(56),
        source=["governor's office of Norte de Santander", "governor's office"],
        aggregate=True,
    ),
    # a deployment -> Headquarters or base established; "said on Monday that it had deployed" after talks
    # suspended "last week" -> from the week's start to Monday
    E(
        True,
        "it had deployed 5,000 more troops to Tibú, El Tarra and Teorama",
        STR,
        BASE,
        actor1=COLARMY,
        location=TROOPS08,
        date=D("2025-01-13", "2025-01-20"),
        source=["army"] + COLARMY,
    ),
    # the analysts' conditional -> hypothetical
    E(
        False,
        "the fighting could shift south towards Sardinata",
        BAT,
        CLASH,
        actor1=ELN + FRONT33,
        actor2=FRONT33 + ELN,
        location=L(["Sardinata"], cc="CO"),
        source=["Regional analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: "spread to new rural areas" (generic), the displacement (no act), "The bodies had not been
    # recovered", the shattered windows (inside the grenade), the suspension of talks (no act of violence)
]
DOCS.append(
    (
        "dev-q-08",
        "La Voz del Norte",
        "2025-01-23",
        "regional newspaper",
        "Colombia/Catatumbo: two brothers shot 'In the rural area of La Gabarra, north of Tibú' 'on Tuesday night' "
        "with the police's blame and the ELN's denial, a drone on a patrol with the wounded a sentence later and two "
        "possible perpetrators, a clash 'near the border with Venezuela' ('at least five combatants'), a grenade on a "
        "police station 'Overnight' ('No one was hurt'), arrests in Cúcuta, former combatants held since 'last "
        "week', two tolls by two sources, a deployment, a conditional forecast; a dateline city that is also a place",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-q-08", "January 23, 2025", "2025-01-23", "Thursday"),
    ("dev-q-08", "On Wednesday / on Wednesday", "2025-01-22", "Wednesday"),
    ("dev-q-08", "on Tuesday night / on Tuesday", "2025-01-21", "Tuesday"),
    ("dev-q-08", "on Monday / on Monday", "2025-01-20", "Monday"),
    ("dev-q-08", "last week (start)", "2025-01-13", "Monday"),
    ("dev-q-08", "on January 16", "2025-01-16", "Thursday"),
]

# =============================================================================
# dev-q-09  partisan outlet (pro-settler) — West Bank: the Tapuah junction near Ariel, Tulkarm camp, Route 55 near Kedumim, Burqa east of Ramallah, Route 60 near Huwara (Wed 10 Jul 2024)
# =============================================================================
T09 = """Terrorists open fire on Jewish drivers near Ariel; IDF eliminates five-man terror cell in Tulkarm

Judea and Samaria Today | Wednesday, July 10, 2024

A father and his teenage son from Eli were wounded on Tuesday evening when Arab terrorists opened fire from a passing car at the Tapuah junction, just south-east of Ariel. Magen David Adom paramedics said both were lightly hurt and were taken to Beilinson hospital. The terrorists fled towards the nearby Arab villages, and a manhunt is under way.

Only hours later, justice was done elsewhere. Overnight, an Israeli Air Force drone struck a terror cell in the Tulkarm camp as its members planted explosives under a road used by IDF forces, eliminating all five of them, the IDF said. The Palestinian Authority's health ministry in Ramallah claimed that the five were "young men", among them a 16-year-old, as if teenagers do not plant bombs.

On Monday, Arab rioters hurled rocks at Israeli vehicles on Route 60 near Huwara, smashing windscreens; one driver was lightly hurt by glass.

In the same night, left-wing organisations reported, Jewish youths set fire to two vehicles and a shed in the Arab village of Burqa, east of Ramallah. Police said no suspects had been identified. Residents of nearby Givat Asaf said the fire had been "staged for the cameras" by the same activists who reported it.

Security forces also arrested 23 wanted persons in overnight raids across Judea and Samaria, among them 12 Hamas operatives, the army said.

Hundreds of residents of Samaria blocked Route 55 near Kedumim on Tuesday night, waving flags and demanding that the government restore the checkpoints removed in recent years. Police allowed the protest to go ahead and reopened the road after two hours.

Council heads warned that if the checkpoints are not restored, the next attack will end in a funeral. They are right. Since the start of the year, there have been more than 140 shooting attacks on roads in Judea and Samaria, according to the council's security department.
"""

ISR09 = ISRAEL + ["Israeli Air Force", "IDF forces", "Security forces", "security forces", "army"]
PALMIL = ["Palestinian militants", "terrorists", "Arab terrorists", "terror cell", "militants"] + UNK
TULKARM_CELL = ["terror cell", "five-man terror cell", "young men", "16-year-old", "Palestinian militants",
                "militants", "terrorists"] + CIV
ISRCIV = CIV + ["Israeli civilians", "Israeli", "Jewish drivers", "father and his teenage son", "father",
                "teenage son", "Israeli vehicles", "driver", "Israeli motorists"]
PALRIOT = ["rioters", "Arab rioters", "Palestinian rioters", "Palestinians"]
SAMARIA_RES = ["residents of Samaria", "hundreds of residents", "settlers", "Israeli settlers"] + PROTESTERS
ARIEL = L(["Tapuah junction", "Tapuah", "Ariel", "south-east of Ariel"], 32.10, 35.17, "PS")
TULKARM = L(["Tulkarm camp", "Tulkarm", "Tulkarem"], 32.31, 35.04, "PS")
HUWARA = L(["Huwara", "Hawara", "Route 60"], 32.15, 35.26, "PS")
# Burqa lies some 10 km north-east of Ramallah -> Ramallah's point
BURQA = L(["Burqa", "village of Burqa", "east of Ramallah", "Ramallah"], 31.90, 35.20, "PS")
KEDUMIM = L(["Kedumim", "Route 55", "near Kedumim"], 32.21, 35.16, "PS")
WB09 = L(["Judea and Samaria", "West Bank"], cc="PS")
JST = ["Judea and Samaria Today", "author"]
E09 = [
    # a shooting on civilian cars -> Violence against civilians/Attack; "a father and his teenage son" "both
    # lightly hurt" a sentence later -> injured 2; no group named -> unknown
    E(
        True,
        "A father and his teenage son from Eli were wounded on Tuesday evening when Arab terrorists opened fire from a passing car at the Tapuah junction, just south-east of Ariel",
        VAC,
        ATTACK,
        actor1=PALMIL,
        actor2=ISRCIV,
        location=ARIEL,
        date=D("2024-07-09"),
        injured=R(2),
        source=JST + ["Magen David Adom", "paramedics"],
    ),
    E(
        False,
        "Terrorists open fire on Jewish drivers near Ariel",
        VAC,
        ATTACK,
        actor1=PALMIL,
        actor2=ISRCIV,
        location=ARIEL,
        date=D("2024-07-09"),
        source=JST,
    ),
    # the dead told two ways (a cell planting explosives / "young men", one of them 16) -> one core event, both in
    # actor2, the ministry's telling a non-core copy; "Overnight" -> both days
    E(
        True,
        "an Israeli Air Force drone struck a terror cell in the Tulkarm camp as its members planted explosives under a road used by IDF forces, eliminating all five of them",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=TULKARM_CELL,
        location=TULKARM,
        date=D("2024-07-09", "2024-07-10"),
        killed=R(5),
        source=["IDF", "Israeli army"] + JST,
    ),
    E(
        False,
        'the five were "young men", among them a 16-year-old',
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + ["young men", "16-year-old"],
        location=TULKARM,
        date=D("2024-07-09", "2024-07-10"),
        killed=R(5),
        source=["Palestinian Authority's health ministry", "health ministry", "Palestinian health ministry"],
    ),
    E(
        False,
        "IDF eliminates five-man terror cell in Tulkarm",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=TULKARM_CELL,
        location=TULKARM,
        date=D("2024-07-09", "2024-07-10"),
        killed=R(5),
        source=JST,
    ),
    # a crowd stoning passing civilian cars -> Riots/Mob violence; "one driver was lightly hurt" -> injured 1
    E(
        True,
        "Arab rioters hurled rocks at Israeli vehicles on Route 60 near Huwara, smashing windscreens",
        RIOT,
        MOB,
        actor1=PALRIOT,
        actor2=ISRCIV,
        location=HUWARA,
        date=D("2024-07-08"),
        injured=R(1),
        source=JST,
    ),
    # a claim the outlet casts doubt on, sourced to its reporters -> core, occurred, sourced to them; arson with no
    # one hurt -> Looting/property destruction; "In the same night" after "On Monday" -> Monday night, both days;
    # the neighbours' "staged" -> a non-core denied copy
    E(
        True,
        "Jewish youths set fire to two vehicles and a shed in the Arab village of Burqa, east of Ramallah",
        STR,
        LOOT,
        actor1=SETTLERS + ["Jewish youths", "youths"],
        actor2=CIV + ["two vehicles", "vehicles", "shed", "Palestinians"],
        location=BURQA,
        date=D("2024-07-08", "2024-07-09"),
        source=["left-wing organisations", "activists"],
    ),
    E(
        False,
        'the fire had been "staged for the cameras"',
        STR,
        LOOT,
        actor1=SETTLERS + ["Jewish youths"],
        actor2=CIV,
        location=BURQA,
        date=D("2024-07-08", "2024-07-09"),
        source=["Residents of nearby Givat Asaf", "Givat Asaf", "residents"],
        status="denied",
    ),
    # raids across the territory -> aggregate
    E(
        False,
        "Security forces also arrested 23 wanted persons in overnight raids across Judea and Samaria",
        STR,
        ARRESTS,
        actor1=ISR09,
        actor2=HAMAS + ["wanted persons", "23 wanted persons", "Hamas operatives", "Palestinians"],
        location=WB09,
        date=D("2024-07-09", "2024-07-10"),
        source=["army", "IDF"],
        aggregate=True,
    ),
    # a road blocked without violence and allowed by the police -> Peaceful protest; "on Tuesday night" -> both days
    E(
        True,
        "Hundreds of residents of Samaria blocked Route 55 near Kedumim on Tuesday night",
        PRO,
        PEACEFUL,
        actor1=SAMARIA_RES,
        location=KEDUMIM,
        date=D("2024-07-09", "2024-07-10"),
        source=JST,
    ),
    # the council heads' conditional -> hypothetical; the year's count -> aggregate
    E(
        False,
        "if the checkpoints are not restored, the next attack will end in a funeral",
        VAC,
        ATTACK,
        actor1=PALMIL,
        actor2=ISRCIV,
        location=WB09,
        source=["Council heads", "council heads"],
        status="hypothetical",
    ),
    E(
        False,
        "there have been more than 140 shooting attacks on roads in Judea and Samaria",
        VAC,
        ATTACK,
        actor1=PALMIL,
        actor2=ISRCIV,
        location=WB09,
        date=D("2024-01-01", "2024-07-10"),
        source=["council's security department", "security department"],
        aggregate=True,
    ),
    # no gold: "a manhunt is under way", "justice was done elsewhere" (the writer's gloss on the strike), "as if
    # teenagers do not plant bombs", "Police said no suspects had been identified", the police reopening the road
]
DOCS.append(
    (
        "dev-q-09",
        "Judea and Samaria Today",
        "2024-07-10",
        "partisan outlet (pro-settler)",
        "West Bank: a drive-by shooting at the Tapuah junction 'just south-east of Ariel' ('A father and his teenage "
        "son', 'both were lightly hurt' a sentence later), a drone strike on a cell in Tulkarm camp 'Overnight' told "
        "two ways ('terror cell' / 'young men'), stone-throwing near Huwara ('one driver was lightly hurt by glass'), "
        "an arson in Burqa reported by activists and called 'staged', overnight arrests (aggregate), a road-blocking "
        "protest near Kedumim 'on Tuesday night', a conditional warning, a year's count; the outlet's loaded labels",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-q-09", "Wednesday, July 10, 2024", "2024-07-10", "Wednesday"),
    ("dev-q-09", "on Tuesday evening / on Tuesday night", "2024-07-09", "Tuesday"),
    ("dev-q-09", "On Monday / In the same night", "2024-07-08", "Monday"),
]

# =============================================================================
# dev-q-10  wire service — Ukraine and Russia: Sumy's bus station, Kherson's Dniprovskyi district, Kostiantynivka, Udachne west of Pokrovsk; Novokuibyshevsk in Russia's Samara region (Tue 14 Oct 2025)
# =============================================================================
T10 = """Russian missile kills nine at Sumy bus station; Moscow says it hit troops

KYIV, Oct 14 (Meridian Wire) - A Russian ballistic missile struck the bus station in the centre of Sumy on Monday afternoon, killing at least seven people and wounding 31, among them four children, regional officials said. By Tuesday morning the toll had risen to nine, the Sumy regional military administration said, after two of the wounded died in hospital.

Russia's Defence Ministry said its forces had struck "a gathering place of Ukrainian servicemen" in Sumy with an Iskander missile, killing or wounding up to 60 of them. Independent verification was not possible; Meridian Wire reporters at the scene saw only the bodies of civilians.

In the southern city of Kherson, a Russian drone dropped explosives on a municipal minibus in the Dniprovskyi district on Tuesday morning, wounding the driver and three passengers, the city administration said.

The day before the Sumy strike, a Russian guided aerial bomb hit a five-storey apartment block in Kostiantynivka, in the Donetsk region, killing two women, the regional governor said.

Russia launched 112 drones and two missiles at Ukraine overnight, and air defences downed 93 of the drones, Ukraine's air force said.

Ukraine's General Staff said its drones had struck the Novokuibyshevsk oil refinery in Russia's Samara region overnight, setting off a large fire. The regional governor said a drone attack had been repelled and that falling debris had started a fire at "an industrial facility" in the town, with no casualties.

Russia's Defence Ministry said its troops had taken the village of Udachne, west of Pokrovsk. A spokesman for Ukraine's army group in the area denied the village had fallen, saying fighting there continued.

More than 14,000 civilians have been killed in Ukraine since Russia's full-scale invasion in February 2022, according to United Nations monitors, who say the real figure is probably much higher.

Ukrainian officials expect Russia to step up strikes on the power grid as temperatures drop.
"""

RUS10 = RUSSIA + ["Russian ballistic missile", "Russian drone", "Russian guided aerial bomb", "Defence Ministry",
                  "its troops", "its forces"]
UKR10 = UKRAINE + ["Ukrainian servicemen", "General Staff", "its drones", "air defences", "air force",
                   "Ukraine's army group", "Ukrainian drones"]
SUMY = L(["Sumy", "bus station", "Sumy bus station", "centre of Sumy"], 50.91, 34.80, "UA")
KHERSON = L(["Kherson", "Dniprovskyi district", "Dniprovskyi"], 46.64, 32.61, "UA")
KOSTIANTYNIVKA = L(["Kostiantynivka", "Konstantinovka", "Donetsk region"], 48.53, 37.71, "UA")
# Udachne lies some 12 km south-west of Pokrovsk ("west of Pokrovsk", no distance) -> Pokrovsk's point
UDACHNE = L(["Udachne", "Udachnoye", "west of Pokrovsk", "Pokrovsk"], 48.28, 37.18, "UA")
NOVOKUIB = L(["Novokuibyshevsk", "Novokuybyshevsk", "Novokuibyshevsk oil refinery", "Samara region"], 53.10, 49.92,
             "RU")
UA10 = L(["Ukraine"], cc="UA")
MW = ["Meridian Wire", "author"]
RUMOD10 = ["Russia's Defence Ministry", "Russian Defence Ministry", "Defence Ministry"] + RUSSIA
E10 = [
    # the toll rises a sentence later (at least seven, then nine) -> the core range 7..open covers both, the rise a
    # non-core copy; the headline gives nine; Moscow names another object and its own count ("killing or wounding
    # up to 60" -> casualties 1..60) -> one core event per version; a missile fired from the ground ->
    # Shelling/artillery/missile attack
    E(
        True,
        "A Russian ballistic missile struck the bus station in the centre of Sumy on Monday afternoon, killing at least seven people and wounding 31, among them four children",
        EXP,
        SHELL,
        actor1=RUS10,
        actor2=CIV + ["bus station", "people", "four children"],
        location=SUMY,
        date=D("2025-10-13"),
        killed=R(7, None),
        injured=R(31),
        source=["regional officials", "Sumy regional military administration"] + MW,
    ),
    E(
        False,
        "By Tuesday morning the toll had risen to nine",
        EXP,
        SHELL,
        actor1=RUS10,
        actor2=CIV,
        location=SUMY,
        date=D("2025-10-13"),
        killed=R(9),
        source=["Sumy regional military administration", "regional military administration"],
    ),
    E(
        False,
        "Russian missile kills nine at Sumy bus station",
        EXP,
        SHELL,
        actor1=RUS10,
        actor2=CIV + ["bus station"],
        location=SUMY,
        date=D("2025-10-13"),
        killed=R(9),
        source=MW,
    ),
    E(
        True,
        'its forces had struck "a gathering place of Ukrainian servicemen" in Sumy with an Iskander missile, killing or wounding up to 60 of them',
        EXP,
        SHELL,
        actor1=RUS10,
        actor2=UKR10 + ["gathering place of Ukrainian servicemen"],
        location=SUMY,
        date=D("2025-10-13"),
        casualties=R(1, 60),
        source=RUMOD10,
    ),
    # "the driver and three passengers" -> injured 4; a drone dropping explosives -> Air/drone strike
    E(
        True,
        "a Russian drone dropped explosives on a municipal minibus in the Dniprovskyi district on Tuesday morning, wounding the driver and three passengers",
        EXP,
        AIR,
        actor1=RUS10,
        actor2=CIV + ["municipal minibus", "minibus", "driver", "passengers"],
        location=KHERSON,
        date=D("2025-10-14"),
        injured=R(4),
        source=["city administration", "Kherson city administration"] + MW,
    ),
    # "The day before the Sumy strike" -> Sunday
    E(
        True,
        "a Russian guided aerial bomb hit a five-storey apartment block in Kostiantynivka, in the Donetsk region, killing two women",
        EXP,
        AIR,
        actor1=RUS10,
        actor2=CIV + ["apartment block", "two women", "women"],
        location=KOSTIANTYNIVKA,
        date=D("2025-10-12"),
        killed=R(2),
        source=["regional governor", "governor"] + MW,
    ),
    # a night's launches over the country -> aggregates (the attack and the interceptions)
    E(
        False,
        "Russia launched 112 drones and two missiles at Ukraine overnight",
        EXP,
        AIR,
        actor1=RUS10,
        actor2=UKR10 + CIV,
        location=UA10,
        date=D("2025-10-13", "2025-10-14"),
        source=["Ukraine's air force", "air force"] + UKRAINE,
        aggregate=True,
    ),
    E(
        False,
        "air defences downed 93 of the drones",
        STR,
        DISRUPT,
        actor1=UKR10,
        actor2=RUS10,
        location=UA10,
        date=D("2025-10-13", "2025-10-14"),
        source=["Ukraine's air force", "air force"] + UKRAINE,
        aggregate=True,
    ),
    # the hit told two ways by two sides (Kyiv: the refinery struck; the governor: debris from a repelled attack,
    # "with no casualties" -> killed and injured 0..0) -> core on the governor's telling, which carries the
    # numbers, as in dev_p; Kyiv's boast -> a non-core copy, the claimant in actor1; "overnight" -> both days
    E(
        True,
        'falling debris had started a fire at "an industrial facility" in the town, with no casualties',
        EXP,
        AIR,
        actor1=UKR10,
        actor2=["industrial facility", "Novokuibyshevsk oil refinery", "oil refinery", "refinery"],
        location=NOVOKUIB,
        date=D("2025-10-13", "2025-10-14"),
        killed=R(0),
        injured=R(0),
        source=["regional governor", "governor", "Samara governor"] + UKRAINE + ["General Staff"],
    ),
    E(
        False,
        "its drones had struck the Novokuibyshevsk oil refinery in Russia's Samara region overnight, setting off a large fire",
        EXP,
        AIR,
        actor1=UKR10,
        actor2=["Novokuibyshevsk oil refinery", "oil refinery", "refinery"],
        location=NOVOKUIB,
        date=D("2025-10-13", "2025-10-14"),
        source=["Ukraine's General Staff", "General Staff"] + UKRAINE,
    ),
    # a foreign state's forces seizing a village abroad -> Non-state actor overtakes territory (ACLED's rule, as in
    # dev_p); undated in a Tuesday story -> Monday and Tuesday; Kyiv's denial -> a non-core denied copy
    E(
        True,
        "its troops had taken the village of Udachne, west of Pokrovsk",
        BAT,
        NSAOVER,
        actor1=RUS10,
        actor2=UKR10,
        location=UDACHNE,
        date=D("2025-10-13", "2025-10-14"),
        source=RUMOD10,
    ),
    E(
        False,
        "denied the village had fallen",
        BAT,
        NSAOVER,
        actor1=RUS10,
        actor2=UKR10,
        location=UDACHNE,
        date=D("2025-10-13", "2025-10-14"),
        source=["spokesman for Ukraine's army group", "Ukraine's army group"] + UKRAINE,
        status="denied",
    ),
    E(
        False,
        "More than 14,000 civilians have been killed in Ukraine since Russia's full-scale invasion in February 2022",
        EXP,
        SHELL,
        actor1=RUS10,
        actor2=CIV,
        location=UA10,
        date=D("2022-02-01", "2025-10-14"),
        killed=R(14001, None),
        source=["United Nations monitors", "United Nations", "UN monitors"],
        aggregate=True,
    ),
    # the officials' expectation -> hypothetical
    E(
        False,
        "Ukrainian officials expect Russia to step up strikes on the power grid",
        EXP,
        SHELL,
        actor1=RUS10,
        actor2=["power grid"] + UKR10,
        location=UA10,
        source=["Ukrainian officials"] + UKRAINE,
        status="hypothetical",
    ),
    # no gold: "independent verification was not possible", the reporters who "saw only the bodies of civilians",
    # "fighting there continued" (no place-time act beyond the denial), "the real figure is probably much higher"
]
DOCS.append(
    (
        "dev-q-10",
        "Meridian Wire",
        "2025-10-14",
        "wire service",
        "Ukraine and Russia: a missile on Sumy's bus station 'on Monday afternoon' with a toll that rises a sentence "
        "later ('at least seven', then nine) and Moscow's version ('killing or wounding up to 60' servicemen), a "
        "drone on a Kherson minibus ('the driver and three passengers'), a glide bomb on Kostiantynivka 'The day "
        "before the Sumy strike', a night's launches and interceptions, a refinery hit told as a boast and as "
        "'falling debris ... with no casualties', a village 'taken' near Pokrovsk and Kyiv's denial, a UN toll, an "
        "expectation",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-q-10", "Oct 14 / By Tuesday morning / on Tuesday morning", "2025-10-14", "Tuesday"),
    ("dev-q-10", "on Monday afternoon", "2025-10-13", "Monday"),
    ("dev-q-10", "The day before the Sumy strike", "2025-10-12", "Sunday"),
]

# =============================================================================
# dev-q-11  analysis (speculation, alternatives) — Iran: an industrial zone east of Isfahan, Rask in Sistan and Baluchestan, Tehran's Grand Bazaar; Iraq: Degala east of Erbil (Thu 15 Jan 2026)
# =============================================================================
T11 = """Analysis: A blast in Isfahan, a siege in Rask, and Tehran's shrinking options

By Leila Farahani | Gulf Strategic Review | 15 January 2026

When a fireball lit up the sky over an industrial zone east of Isfahan shortly after midnight on Sunday, Iranian state television first blamed a "gas leak in a warehouse". By Monday the story had changed twice. A provincial official told the Fars news agency that "small hostile drones" had been shot down over the area, while an Israeli newspaper, citing two unnamed Western officials, reported that quadcopters launched from inside Iran had struck a workshop making parts for Shahed drones. Two workers were killed and five injured, according to the provincial emergency service. Israel, as usual, has said nothing.

Two days after the blast, the regime faced a different kind of challenge in the south-east. Militants of Jaish al-Adl besieged the police headquarters in Rask for six hours. The group said on Telegram that it had killed 12 "regime mercenaries". The interior ministry said four policemen, two passers-by and all eight attackers had died, and that 11 people, most of them police, were wounded.

The same day, the Revolutionary Guards said their ground forces had fired missiles and drones at "terrorist headquarters" of Kurdish separatist groups in northern Iraq. The Democratic Party of Iranian Kurdistan said one of its camps near Degala, some 30 km east of Erbil, had been hit and three of its members wounded.

At home, the economic pain is becoming political. On Wednesday, riot police fired tear gas at hundreds of shopkeepers who marched from Tehran's Grand Bazaar towards parliament to protest against the collapse of the rial. At least 30 were detained, according to rights groups.

What links these events is a state stretched thin. If Israel was indeed behind the Isfahan blast, Tehran may feel compelled to answer directly, as it did in April 2024, when it launched more than 300 drones and missiles at Israel. An IRGC commander warned on Tuesday that "any aggressor will receive a crushing response". Yet a direct strike would invite a far heavier Israeli reply at a moment when the leadership can least afford one. More likely, in my view, is a quiet tightening at home: more arrests, more executions, and more pressure on the Baluch and Kurdish borderlands.
"""

ISR11 = ISRAEL + ["quadcopters", "small hostile drones", "hostile drones"]
IRAN11 = IRAN + ["Iranian security forces", "IRGC ground forces", "their ground forces", "IRGC commander",
                 "air defences"]
IRPOL = ["Iranian police", "police", "Police Forces of Iran", "Law Enforcement Command", "FARAJA", "riot police",
         "policemen", "police headquarters"]
JAA = ["Jaish al-Adl", "Jaish ul-Adl", "Army of Justice", "militants", "attackers"]
KDPI = ["Democratic Party of Iranian Kurdistan", "PDKI", "KDPI", "Kurdish separatist groups", "Kurdish groups",
        "terrorist headquarters"]
ISFAHAN = L(["Isfahan", "Esfahan", "industrial zone east of Isfahan", "east of Isfahan"], 32.65, 51.67, "IR")
RASK = L(["Rask", "police headquarters in Rask", "Sistan and Baluchestan"], 26.24, 61.40, "IR")
DEGALA = LKM(["Degala", "Deguela", "east of Erbil", "Erbil", "Kurdistan Region", "northern Iraq"], 36.19, 44.01, 30,
             90, "IQ")
BAZAAR = L(["Tehran", "Grand Bazaar", "Tehran's Grand Bazaar", "parliament"], 35.67, 51.42, "IR")
GSR = ["Gulf Strategic Review", "Leila Farahani", "author"]
E11 = [
    # three tellings of one blast: state TV's gas leak (no act of violence: no gold), the provincial official's
    # drones shot down (a core Disrupted weapons use of its own) and the Israeli paper's strike on a workshop (core,
    # occurred, sourced to the paper and its officials; the text's framing points to Israel, unnamed -> Israel
    # plus unknown); the emergency service's toll a sentence later -> killed 2, injured 5 folded into the strike;
    # the fireball sentence -> a non-core possible copy; "shortly after midnight on Sunday" -> Sunday
    E(
        True,
        "quadcopters launched from inside Iran had struck a workshop making parts for Shahed drones",
        EXP,
        AIR,
        actor1=ISR11 + UNK,
        actor2=["workshop", "workshop making parts for Shahed drones", "workers"] + IRAN,
        location=ISFAHAN,
        date=D("2026-01-11"),
        killed=R(2),
        injured=R(5),
        source=["Israeli newspaper", "two unnamed Western officials", "Western officials",
                "provincial emergency service"],
    ),
    E(
        True,
        '"small hostile drones" had been shot down over the area',
        STR,
        DISRUPT,
        actor1=IRAN11,
        actor2=ISR11 + UNK,
        location=ISFAHAN,
        date=D("2026-01-11"),
        source=["provincial official", "Fars news agency", "Fars"],
    ),
    E(
        False,
        "a fireball lit up the sky over an industrial zone east of Isfahan shortly after midnight on Sunday",
        EXP,
        AIR,
        actor1=ISR11 + UNK,
        actor2=["industrial zone", "warehouse", "workshop"],
        location=ISFAHAN,
        date=D("2026-01-11"),
        source=GSR,
        status="possible",
    ),
    E(
        False,
        "Two workers were killed and five injured",
        EXP,
        AIR,
        actor1=ISR11 + UNK,
        actor2=CIV + ["workers", "two workers"],
        location=ISFAHAN,
        date=D("2026-01-11"),
        killed=R(2),
        injured=R(5),
        source=["provincial emergency service", "emergency service"],
    ),
    # a siege of a police post -> Battles; "Two days after the blast" -> Tuesday; the group's "12" (one side) ->
    # 12..open, core on its own claim; the ministry's dead on all sides (4 + 2 + 8 = 14) and "11 people ... were
    # wounded" -> exact; the siege sentence carries the ministry's version (its toll two sentences later)
    E(
        True,
        "Militants of Jaish al-Adl besieged the police headquarters in Rask for six hours",
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + ["police headquarters"] + JAA,
        location=RASK,
        date=D("2026-01-13"),
        killed=R(14),
        injured=R(11),
        source=["interior ministry", "Iranian interior ministry"] + GSR,
    ),
    E(
        True,
        'it had killed 12 "regime mercenaries"',
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + ["regime mercenaries"] + JAA,
        location=RASK,
        date=D("2026-01-13"),
        killed=R(12, None),
        source=JAA + ["Telegram"],
    ),
    E(
        False,
        "four policemen, two passers-by and all eight attackers had died",
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + CIV + ["passers-by"] + JAA,
        location=RASK,
        date=D("2026-01-13"),
        killed=R(14),
        injured=R(11),
        source=["interior ministry", "Iranian interior ministry"],
    ),
    # missiles named first -> Shelling/artillery/missile attack; the party's camp "some 30 km east of Erbil" ->
    # LKM; "three of its members wounded" -> injured 3 (the only people told there); the IRGC's "terrorist
    # headquarters" is the same object -> one core event, the IRGC's telling the core (it has the act), the party's
    # a non-core copy with the toll
    E(
        True,
        'their ground forces had fired missiles and drones at "terrorist headquarters" of Kurdish separatist groups in northern Iraq',
        EXP,
        SHELL,
        actor1=IRAN11,
        actor2=KDPI + ["camps"],
        location=DEGALA,
        date=D("2026-01-13"),
        injured=R(3),
        source=["Revolutionary Guards", "IRGC", "Democratic Party of Iranian Kurdistan", "PDKI"],
    ),
    E(
        False,
        "one of its camps near Degala, some 30 km east of Erbil, had been hit and three of its members wounded",
        EXP,
        SHELL,
        actor1=IRAN11,
        actor2=KDPI + ["camp", "three of its members"],
        location=DEGALA,
        date=D("2026-01-13"),
        injured=R(3),
        source=["Democratic Party of Iranian Kurdistan", "PDKI", "KDPI"],
    ),
    # tear gas on a march -> Protest with intervention, core on the march; the detentions -> a non-core Arrests copy
    E(
        True,
        "riot police fired tear gas at hundreds of shopkeepers who marched from Tehran's Grand Bazaar towards parliament",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IRPOL + ["shopkeepers", "hundreds of shopkeepers", "bazaar merchants"]),
        location=BAZAAR,
        date=D("2026-01-14"),
        source=GSR + ["rights groups"],
    ),
    E(
        False,
        "At least 30 were detained",
        STR,
        ARRESTS,
        actor1=IRPOL,
        actor2=["shopkeepers", "30 shopkeepers"] + PROTESTERS,
        location=BAZAAR,
        date=D("2026-01-14"),
        source=["rights groups"],
    ),
    # the writer's conditional -> hypothetical; April 2024 -> background; the commander's threat -> planned; the
    # writer's expectation -> hypothetical
    E(
        False,
        "Tehran may feel compelled to answer directly",
        EXP,
        SHELL,
        actor1=IRAN11,
        actor2=ISRAEL,
        source=GSR,
        status="hypothetical",
    ),
    E(
        False,
        "as it did in April 2024, when it launched more than 300 drones and missiles at Israel",
        EXP,
        AIR,
        actor1=IRAN11,
        actor2=ISRAEL,
        location=L(["Israel"], cc="IL"),
        date=D("2024-04-01", "2024-04-30"),
        source=GSR,
        aggregate=True,
    ),
    E(
        False,
        '"any aggressor will receive a crushing response"',
        EXP,
        SHELL,
        actor1=IRAN11,
        actor2=ISRAEL + ["any aggressor"],
        source=["IRGC commander"] + IRAN,
        status="planned",
    ),
    E(
        False,
        "a direct strike would invite a far heavier Israeli reply",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=IRAN11,
        location=L(["Iran"], cc="IR"),
        source=GSR,
        status="hypothetical",
    ),
    E(
        False,
        "More likely, in my view, is a quiet tightening at home: more arrests",
        STR,
        ARRESTS,
        actor1=IRAN11 + IRPOL,
        actor2=["Baluch", "Kurdish"] + CIV,
        location=L(["Iran", "Baluch and Kurdish borderlands"], cc="IR"),
        source=GSR,
        status="hypothetical",
    ),
    # no gold: the gas leak (no act of violence), "the story had changed twice", "Israel, as usual, has said
    # nothing", "the economic pain is becoming political", "a state stretched thin", the executions (generic)
]
DOCS.append(
    (
        "dev-q-11",
        "Gulf Strategic Review",
        "2026-01-15",
        "analysis (speculation, alternatives)",
        "Iran and northern Iraq: a blast 'east of Isfahan' 'shortly after midnight on Sunday' told three ways (a gas "
        "leak / drones shot down / quadcopters striking a drone workshop, 'citing two unnamed Western officials') with "
        "the toll a sentence later, a Jaish al-Adl siege in Rask 'Two days after the blast' in two versions (12 "
        "'regime mercenaries' / dead on all sides), an IRGC missile and drone strike on a camp 'some 30 km east of "
        "Erbil' ('three of its members wounded'), tear gas on bazaar merchants and detentions, April 2024 background, "
        "a threat, the writer's conditionals and expectation",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-q-11", "15 January 2026", "2026-01-15", "Thursday"),
    ("dev-q-11", "On Wednesday", "2026-01-14", "Wednesday"),
    ("dev-q-11", "Two days after the blast / The same day / on Tuesday", "2026-01-13", "Tuesday"),
    ("dev-q-11", "By Monday", "2026-01-12", "Monday"),
    ("dev-q-11", "shortly after midnight on Sunday", "2026-01-11", "Sunday"),
]

# =============================================================================
# dev-q-12  local newspaper — Mexico/Sinaloa: a car wash in Culiacán's Tierra Blanca, a dirt road west of Culiacán in Navolato, Badiraguato's hills, the Culiacán-Eldorado highway, central Culiacán (Wed 3 Dec 2025)
# =============================================================================
T12 = """Gunmen kill five car-wash workers in Culiacán; soldiers ambushed in Navolato

CULIACÁN, Sinaloa, December 3, 2025 (El Noroeste Hoy) - Armed men who arrived in two pickups opened fire on the workers of a car wash in the Tierra Blanca neighbourhood on Tuesday afternoon, killing five of them, the state prosecutor's office said. Two customers waiting for their cars were also hit; one of them, a 19-year-old student, was in serious condition on Wednesday. Investigators collected more than 80 shell casings.

No group has claimed the attack. It bore the marks of the war between the faction of the Sinaloa cartel led by the sons of Joaquín "El Chapo" Guzmán, known as Los Chapitos, and the faction loyal to Ismael "El Mayo" Zambada, which began in September 2024.

On Monday night, gunmen ambushed an army patrol on a dirt road some 25 km west of Culiacán, in the municipality of Navolato. The Defence Ministry said four attackers were killed and two soldiers wounded in the firefight, and that three suspects were arrested at the scene with rifles and a drone.

Residents of hill communities in Badiraguato told this newspaper that drones dropped explosives on their homes over the weekend, forcing some 40 families to flee towards the municipal seat. No casualties were reported. The residents blamed cells of Los Chapitos, who they said were trying to push Mayo loyalists out of the area.

The bodies of three men, wrapped in blankets and with their hands tied, were found on Wednesday morning beside the Culiacán-Eldorado highway, next to a handwritten sign addressed to "the Mayiza".

On Sunday, some 200 relatives of missing people marched peacefully through central Culiacán to the government palace, carrying photographs of their loved ones.

The prosecutor's office has recorded more than 1,700 homicides in the state since the war began, and some 2,000 people reported missing. Governor Rubén Rocha Moya said on Tuesday that 1,000 more federal troops would arrive in Sinaloa in the coming days.
"""

CHAPITOS = ["Los Chapitos", "Chapitos", "Sinaloa cartel", "Sinaloa Cartel (Chapitos faction)", "cells of Los Chapitos",
            "faction of the Sinaloa cartel led by the sons of Joaquín"]
MAYOS = ["Mayo faction", "La Mayiza", "Mayiza", "faction loyal to Ismael", "Mayo loyalists", "Sinaloa cartel",
         "Sinaloa Cartel (Mayo faction)"]
MXARMY = ["Mexican army", "army", "Military Forces of Mexico", "Defence Ministry", "army patrol", "soldiers",
          "federal troops", "SEDENA"]
GUNMEN12 = ["gunmen", "armed men", "attackers"] + UNK
TIERRA_BLANCA = L(["Tierra Blanca", "Culiacán", "Culiacan", "car wash"], 24.80, -107.39, "MX")
NAVOLATO_RD = LKM(["Navolato", "west of Culiacán", "municipality of Navolato", "dirt road"], 24.80, -107.39, 25, 270,
                  "MX")
BADIRAGUATO = L(["Badiraguato", "hill communities in Badiraguato"], cc="MX")
# the highway runs some 50 km south to Eldorado -> names and country
ELDORADO_HWY = L(["Culiacán-Eldorado highway", "Culiacán", "Eldorado"], cc="MX")
CULIACAN = L(["Culiacán", "Culiacan", "central Culiacán", "government palace"], 24.80, -107.39, "MX")
SINALOA = L(["Sinaloa"], cc="MX")
ENH = ["El Noroeste Hoy", "this newspaper", "author"]
FISCALIA = ["state prosecutor's office", "prosecutor's office", "Fiscalía"]
E12 = [
    # workers of a business as the target; the dead in the clause, the wounded customers a sentence later ("Two
    # customers ... were also hit") -> injured 2; no claim, the text places the killing in the factions' war ->
    # both factions plus unknown
    E(
        True,
        "Armed men who arrived in two pickups opened fire on the workers of a car wash in the Tierra Blanca neighbourhood on Tuesday afternoon, killing five of them",
        VAC,
        ATTACK,
        actor1=GUNMEN12 + CHAPITOS + MAYOS,
        actor2=CIV + ["workers", "car wash", "car-wash workers", "customers", "student"],
        location=TIERRA_BLANCA,
        date=D("2025-12-02"),
        killed=R(5),
        injured=R(2),
        source=FISCALIA + ENH,
    ),
    E(
        False,
        "Gunmen kill five car-wash workers in Culiacán",
        VAC,
        ATTACK,
        actor1=GUNMEN12,
        actor2=CIV + ["car-wash workers"],
        location=TIERRA_BLANCA,
        date=D("2025-12-02"),
        killed=R(5),
        source=ENH,
    ),
    # background: the war since September 2024 -> aggregate
    E(
        False,
        'the war between the faction of the Sinaloa cartel led by the sons of Joaquín "El Chapo" Guzmán',
        BAT,
        CLASH,
        actor1=CHAPITOS + MAYOS,
        actor2=MAYOS + CHAPITOS,
        location=SINALOA,
        date=D("2024-09-01", "2025-12-03"),
        source=ENH,
        aggregate=True,
    ),
    # "On Monday night" -> both days; the attackers' dead and the soldiers' wounded (one side each) -> 4..open and
    # 2..open; the arrests at the scene -> a non-core Arrests copy; "some 25 km west of Culiacán" -> LKM
    E(
        True,
        "gunmen ambushed an army patrol on a dirt road some 25 km west of Culiacán, in the municipality of Navolato",
        BAT,
        CLASH,
        actor1=GUNMEN12 + MXARMY,
        actor2=MXARMY + GUNMEN12,
        location=NAVOLATO_RD,
        date=D("2025-12-01", "2025-12-02"),
        killed=R(4, None),
        injured=R(2, None),
        source=["Defence Ministry"] + MXARMY + ENH,
    ),
    E(
        False,
        "three suspects were arrested at the scene with rifles and a drone",
        STR,
        ARRESTS,
        actor1=MXARMY,
        actor2=GUNMEN12 + ["three suspects", "suspects"],
        location=NAVOLATO_RD,
        date=D("2025-12-01", "2025-12-02"),
        source=["Defence Ministry"],
    ),
    E(
        False,
        "soldiers ambushed in Navolato",
        BAT,
        CLASH,
        actor1=GUNMEN12,
        actor2=MXARMY,
        location=NAVOLATO_RD,
        date=D("2025-12-01", "2025-12-02"),
        source=ENH,
    ),
    # "over the weekend" -> Saturday and Sunday; "No casualties were reported" -> killed and injured 0..0; the
    # residents blame a faction (no claim) -> it plus unknown
    E(
        True,
        "drones dropped explosives on their homes over the weekend, forcing some 40 families to flee towards the municipal seat",
        EXP,
        AIR,
        actor1=CHAPITOS + UNK,
        actor2=CIV + ["homes", "residents", "families", "Mayo loyalists"],
        location=BADIRAGUATO,
        date=D("2025-11-29", "2025-11-30"),
        killed=R(0),
        injured=R(0),
        source=["Residents of hill communities in Badiraguato", "residents"] + ENH,
    ),
    # bodies found with a sign addressed to a faction -> an attack by the other side plus unknown; "found on
    # Wednesday morning" bounds the killing only from above -> the day found and the day before
    E(
        True,
        "The bodies of three men, wrapped in blankets and with their hands tied, were found on Wednesday morning beside the Culiacán-Eldorado highway",
        VAC,
        ATTACK,
        actor1=UNK + CHAPITOS,
        actor2=CIV + ["three men", "men"] + MAYOS,
        location=ELDORADO_HWY,
        date=D("2025-12-02", "2025-12-03"),
        killed=R(3),
        source=ENH,
    ),
    E(
        True,
        "some 200 relatives of missing people marched peacefully through central Culiacán to the government palace",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["relatives of missing people", "relatives", "families of the disappeared"],
        location=CULIACAN,
        date=D("2025-11-30"),
        source=ENH,
    ),
    E(
        False,
        "The prosecutor's office has recorded more than 1,700 homicides in the state since the war began",
        VAC,
        ATTACK,
        actor1=CHAPITOS + MAYOS + UNK,
        actor2=CIV,
        location=SINALOA,
        date=D("2024-09-01", "2025-12-03"),
        killed=R(1701, None),
        source=FISCALIA,
        aggregate=True,
    ),
    # an announced deployment -> planned Headquarters or base established
    E(
        False,
        "1,000 more federal troops would arrive in Sinaloa in the coming days",
        STR,
        BASE,
        actor1=MXARMY,
        location=SINALOA,
        source=["Governor Rubén Rocha Moya", "Rocha Moya", "governor"],
        status="planned",
    ),
    # no gold: the shell casings, "one of them, a 19-year-old student, was in serious condition" (among the two
    # hurt), "No group has claimed the attack", the 2,000 missing (no dated act)
]
DOCS.append(
    (
        "dev-q-12",
        "El Noroeste Hoy",
        "2025-12-03",
        "local newspaper",
        "Mexico/Sinaloa: gunmen kill car-wash workers in Culiacán 'on Tuesday afternoon' with two customers 'also "
        "hit' a sentence later and the factions' war as an implied frame, an ambush on soldiers 'some 25 km west of "
        "Culiacán' 'On Monday night' (one side's dead, the other's wounded, arrests), drones on homes in Badiraguato "
        "'over the weekend' ('No casualties were reported'), bodies found beside a highway, a march of relatives of "
        "the missing, a homicide tally, an announced deployment",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-q-12", "December 3, 2025 / on Wednesday / on Wednesday morning", "2025-12-03", "Wednesday"),
    ("dev-q-12", "on Tuesday afternoon / on Tuesday", "2025-12-02", "Tuesday"),
    ("dev-q-12", "On Monday night", "2025-12-01", "Monday"),
    ("dev-q-12", "On Sunday / over the weekend (end)", "2025-11-30", "Sunday"),
    ("dev-q-12", "over the weekend (start)", "2025-11-29", "Saturday"),
]

# =============================================================================
# dev-q-13  partisan outlet (pro-SDF) — Syria-Turkey border: the al-Suwaydiyah plant south-west of Derik, the border wall near al-Darbasiyah, the countryside of Tal Tamr, the Ain Issa front, Qamishli; Turkey: near Nusaybin (Thu 25 Jan 2024)
# =============================================================================
T13 = """Occupation drones hit al-Suwaydiyah power plant again; Turkish border guards kill young man at the wall

QAMISHLI, Jan 25 (Rojava Voice) - The Turkish occupation state pressed on with its war on the infrastructure of North and East Syria on Wednesday afternoon, when one of its drones struck the al-Suwaydiyah power and gas plant, about 20 km south-west of Derik, for the third time this month. Two plant workers were killed and four others were wounded, one of them critically, the plant's administration said. Electricity to hundreds of thousands of people in the Jazira region was cut.

Turkey's defence ministry claimed that its forces had destroyed “oil and energy facilities that finance the PKK/YPG terrorist organisation” in the Derik area, calling them legitimate targets.

Hours earlier, Turkish border guards opened fire on a group of young men trying to climb the border wall near al-Darbasiyah, killing 18-year-old Rezan Mihemed from Kobani and wounding two of his companions, his family said.

Overnight, the occupation army and its mercenaries of the so-called Syrian National Army shelled villages in the countryside of Tal Tamr with heavy artillery, damaging several homes and a school. No one was hurt.

On Tuesday, fighters of the Syrian Democratic Forces (SDF) repelled an infiltration attempt by the mercenaries on the Ain Issa front, killing three of them, the SDF media centre said. Two SDF fighters were lightly wounded.

The governor's office in Turkey's Mardin province claimed that two mortar rounds fired from SDF-held territory had landed in an empty field near Nusaybin on Monday, causing no casualties. The SDF denied firing across the border and called the claim “a pretext for new aggression”.

On Tuesday, thousands of people marched through Qamishli behind the coffins of the plant workers killed in an earlier strike, chanting against the occupation.

Since the beginning of January, occupation drones have carried out 38 strikes in North and East Syria, killing 14 civilians, according to the Autonomous Administration.

Turkish officials have repeatedly said that Ankara may “come suddenly one night” to clear the border strip of the SDF.
"""

TUR13 = TURKEY + ["Turkish occupation state", "occupation army", "occupation drones", "Turkish border guards",
                  "border guards", "Jandarma", "Turkish Gendarmerie", "Turkey's defence ministry", "Ankara"]
SNA13 = SNA + ["mercenaries", "so-called Syrian National Army"]
SDF13 = SDF + YPG + ["SDF fighters", "PKK/YPG terrorist organisation", "SDF media centre"] + PKK
AANES = ["Autonomous Administration", "Autonomous Administration of North and East Syria", "AANES"]
SUWAYDIYAH = LKM(["al-Suwaydiyah", "Suwaydiyah", "al-Suwaydiyah power and gas plant", "south-west of Derik", "Derik",
                  "al-Malikiyah", "Derik area"], 37.08, 42.14, 20, 225, "SY")
DARBASIYAH = L(["al-Darbasiyah", "Darbasiyah", "Derbasiye", "border wall near al-Darbasiyah", "border wall"], 37.07,
               40.65, "SY")
TAL_TAMR = L(["countryside of Tal Tamr", "Tal Tamr", "villages in the countryside of Tal Tamr"], cc="SY")
AIN_ISSA = L(["Ain Issa", "Ain Issa front", "Ayn Issa"], cc="SY")
NUSAYBIN = L(["Nusaybin", "near Nusaybin", "Mardin province", "Mardin"], 37.07, 41.22, "TR")
QAMISHLI = L(["Qamishli", "Qamishlo"], 37.05, 41.22, "SY")
NES = L(["North and East Syria", "northern Syria", "Jazira region"], cc="SY")
RV = ["Rojava Voice", "author"]
E13 = [
    # a power plant stands for the administration that runs it and the people it serves; the toll a sentence
    # later ("Two plant workers were killed and four others were wounded, one of them critically") -> killed 2,
    # injured 4; "about 20 km south-west of Derik" -> LKM; the ministry names another object ("facilities that
    # finance" the PKK/YPG) -> one core event per version; "for the third time this month" -> no separate gold
    E(
        True,
        "one of its drones struck the al-Suwaydiyah power and gas plant, about 20 km south-west of Derik, for the third time this month",
        EXP,
        AIR,
        actor1=TUR13,
        actor2=["al-Suwaydiyah power and gas plant", "power plant", "plant", "plant workers"] + CIV + AANES,
        location=SUWAYDIYAH,
        date=D("2024-01-24"),
        killed=R(2),
        injured=R(4),
        source=["plant's administration", "administration"] + RV,
    ),
    E(
        False,
        "Two plant workers were killed and four others were wounded, one of them critically",
        EXP,
        AIR,
        actor1=TUR13,
        actor2=CIV + ["plant workers"],
        location=SUWAYDIYAH,
        date=D("2024-01-24"),
        killed=R(2),
        injured=R(4),
        source=["plant's administration", "administration"],
    ),
    E(
        False,
        "Occupation drones hit al-Suwaydiyah power plant again",
        EXP,
        AIR,
        actor1=TUR13,
        actor2=["al-Suwaydiyah power plant", "power plant"],
        location=SUWAYDIYAH,
        date=D("2024-01-24"),
        source=RV,
    ),
    E(
        True,
        "its forces had destroyed “oil and energy facilities that finance the PKK/YPG terrorist organisation” in the Derik area",
        EXP,
        AIR,
        actor1=TUR13,
        actor2=SDF13 + ["oil and energy facilities", "energy facilities"],
        location=SUWAYDIYAH,
        date=D("2024-01-24"),
        source=["Turkey's defence ministry", "Turkish defence ministry", "Turkish Ministry of National Defence"],
    ),
    # border guards firing on people crossing -> Violence against civilians/Attack; "Hours earlier" than a
    # Wednesday afternoon strike -> Wednesday; "wounding two of his companions" -> injured 2
    E(
        True,
        "Turkish border guards opened fire on a group of young men trying to climb the border wall near al-Darbasiyah, killing 18-year-old Rezan Mihemed from Kobani and wounding two of his companions",
        VAC,
        ATTACK,
        actor1=TUR13,
        actor2=CIV + ["young men", "Rezan Mihemed", "companions"],
        location=DARBASIYAH,
        date=D("2024-01-24"),
        killed=R(1),
        injured=R(2),
        source=["family", "his family"] + RV,
    ),
    E(
        False,
        "Turkish border guards kill young man at the wall",
        VAC,
        ATTACK,
        actor1=TUR13,
        actor2=CIV + ["young man"],
        location=DARBASIYAH,
        date=D("2024-01-24"),
        killed=R(1),
        source=RV,
    ),
    # two named shooters in one act -> both in actor1; "Overnight" -> both days; "No one was hurt" a sentence
    # later -> killed and injured 0..0; the countryside -> names and country
    E(
        True,
        "the occupation army and its mercenaries of the so-called Syrian National Army shelled villages in the countryside of Tal Tamr with heavy artillery, damaging several homes and a school",
        EXP,
        SHELL,
        actor1=TUR13 + SNA13,
        actor2=CIV + ["villages", "homes", "school"],
        location=TAL_TAMR,
        date=D("2024-01-24", "2024-01-25"),
        killed=R(0),
        injured=R(0),
        source=RV,
    ),
    # the attackers' dead (one side) -> 3..open, the SDF's lightly wounded a sentence later -> 2..open
    E(
        True,
        "fighters of the Syrian Democratic Forces (SDF) repelled an infiltration attempt by the mercenaries on the Ain Issa front, killing three of them",
        BAT,
        CLASH,
        actor1=SNA13 + SDF13,
        actor2=SDF13 + SNA13,
        location=AIN_ISSA,
        date=D("2024-01-23"),
        killed=R(3, None),
        injured=R(2, None),
        source=["SDF media centre"] + SDF,
    ),
    # the other side's claim across the border -> core, sourced to it ("causing no casualties" -> 0..0 both); the
    # SDF's denial -> a non-core denied copy
    E(
        True,
        "two mortar rounds fired from SDF-held territory had landed in an empty field near Nusaybin on Monday, causing no casualties",
        EXP,
        SHELL,
        actor1=SDF13,
        actor2=TUR13 + ["empty field"],
        location=NUSAYBIN,
        date=D("2024-01-22"),
        killed=R(0),
        injured=R(0),
        source=["governor's office in Turkey's Mardin province", "Mardin governor's office", "governor's office"],
    ),
    E(
        False,
        "The SDF denied firing across the border",
        EXP,
        SHELL,
        actor1=SDF13,
        actor2=TUR13,
        location=NUSAYBIN,
        date=D("2024-01-22"),
        source=SDF,
        status="denied",
    ),
    # a funeral march against the occupation -> Peaceful protest; "an earlier strike" -> no gold of its own
    E(
        True,
        "thousands of people marched through Qamishli behind the coffins of the plant workers killed in an earlier strike, chanting against the occupation",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["thousands of people", "mourners"],
        location=QAMISHLI,
        date=D("2024-01-23"),
        source=RV,
    ),
    E(
        False,
        "occupation drones have carried out 38 strikes in North and East Syria, killing 14 civilians",
        EXP,
        AIR,
        actor1=TUR13,
        actor2=CIV + SDF13,
        location=NES,
        date=D("2024-01-01", "2024-01-25"),
        killed=R(14),
        source=AANES,
        aggregate=True,
    ),
    # the Turkish threat -> planned
    E(
        False,
        "Ankara may “come suddenly one night” to clear the border strip of the SDF",
        BAT,
        CLASH,
        actor1=TUR13,
        actor2=SDF13,
        location=L(["border strip", "northern Syria"], cc="SY"),
        source=["Turkish officials"] + TURKEY,
        status="planned",
    ),
    # no gold: "pressed on with its war on the infrastructure" (generic), the power cut, "calling them legitimate
    # targets", "a pretext for new aggression", the earlier strike that killed the mourned workers (no date, place
    # or toll of its own)
]
DOCS.append(
    (
        "dev-q-13",
        "Rojava Voice",
        "2024-01-25",
        "partisan outlet (pro-SDF)",
        "the Syria-Turkey border: a drone on a power and gas plant 'about 20 km south-west of Derik' with the toll a "
        "sentence later and Ankara's 'facilities that finance' the PKK/YPG, border guards firing on young men at the "
        "wall 'Hours earlier', Turkish and SNA shelling 'Overnight' ('No one was hurt'), an SNA attack repelled at Ain "
        "Issa (one side's dead, the other's wounded a sentence later), a Turkish claim of mortar rounds near Nusaybin "
        "and the SDF's denial, a funeral march, a monthly tally, a threat; the outlet's loaded labels; typographic quotes",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-q-13", "Jan 25", "2024-01-25", "Thursday"),
    ("dev-q-13", "on Wednesday afternoon / Hours earlier / Overnight (start)", "2024-01-24", "Wednesday"),
    ("dev-q-13", "On Tuesday / On Tuesday", "2024-01-23", "Tuesday"),
    ("dev-q-13", "on Monday", "2024-01-22", "Monday"),
]

# =============================================================================
# dev-q-14  weekly round-up with datelines — Gaza: east of Shujaiya, Khan Younis; Syria: the western countryside of Sweida, Damascus's Mezzeh; Iraq: the Khurmala oil field south-west of Erbil; Yemen: Taiz; Israel: Jerusalem (Fri 20 Feb 2026)
# =============================================================================
T14 = """The week in the region: Gaza shootings test the truce; Sweida clashes kill 11; sniper kills boy in Taiz

Regional Security Digest | Week ending Friday 20 February 2026

GAZA CITY - Israeli troops shot dead three men east of the Shujaiya neighbourhood on Wednesday, the civil defence said. The army said soldiers had fired at "suspects who crossed the yellow line and approached the forces". On Thursday, a strike on a tent in Khan Younis killed a woman and wounded her two children, according to Nasser hospital; the army said it was checking the report.

SWEIDA, Syria - Clashes between Druze gunmen and Bedouin tribal fighters in the western countryside of Sweida on Tuesday and Wednesday killed 11 people, among them two women, the Syrian Observatory for Human Rights said. Government security forces moved into the area on Thursday to separate the two sides.

DAMASCUS - An explosive device attached to a car killed an army officer in the Mezzeh district on Tuesday morning, the state news agency SANA reported. A passer-by was slightly hurt. No group claimed the bombing.

ERBIL, Iraq - A drone hit a storage tank at the Khurmala oil field, south-west of Erbil, late on Monday, starting a fire but causing no injuries, the Kurdistan Region's interior ministry said. No group claimed the attack; Kurdish officials have blamed earlier drone strikes on the region's oil and gas fields on Iran-aligned Iraqi militias, which deny involvement.

TAIZ, Yemen - A Houthi sniper shot dead a 12-year-old boy and wounded his sister as they fetched water in the besieged city's eastern Kalaba district on Sunday, the local authority said. The Houthis did not comment.

JERUSALEM - Thousands of ultra-Orthodox men blocked the main entrance to the city on Monday evening to protest against the drafting of yeshiva students. Police used water cannon and mounted officers to clear the road and arrested 22 people. Twelve officers and several protesters were hurt, police said.

OUTLOOK - Israel's defence minister said the army would "return to full fighting" in Gaza if Hamas did not begin handing over its weapons by the end of March.
"""

ISR14 = ISRAEL + ["Israeli troops", "soldiers", "army", "forces"]
DRUZE = ["Druze gunmen", "Druze fighters", "Druze militia", "Druze", "Sweida Druze militias"]
BEDOUIN = ["Bedouin tribal fighters", "Bedouin fighters", "Bedouin tribes", "tribal fighters", "Bedouin"]
SYGOV14 = ["Government security forces", "Syrian government", "security forces", "Military Forces of Syria",
           "General Security", "Syrian army", "army officer"]
IRAQMIL = ["Iran-aligned Iraqi militias", "Iran-aligned militias", "Islamic Resistance in Iraq"] + PMF
KRG = ["Kurdistan Region", "Kurdistan Regional Government", "KRG", "Khurmala oil field", "oil field", "storage tank"]
JPOL = ["Israeli police", "police", "Police Forces of Israel", "mounted officers", "officers"]
HAREDI = ["ultra-Orthodox men", "ultra-Orthodox", "Haredi", "yeshiva students", "thousands of ultra-Orthodox men"]
SHUJAIYA = L(["Shujaiya", "Shejaiya", "east of the Shujaiya neighbourhood", "Gaza City", "yellow line"], 31.50, 34.48,
             "PS")
KHAN_YOUNIS = L(["Khan Younis", "Khan Yunis", "tent in Khan Younis"], 31.34, 34.30, "PS")
SWEIDA_W = L(["western countryside of Sweida", "Sweida", "Suwayda", "As-Suwayda"], cc="SY")
MEZZEH = L(["Mezzeh", "Mezzeh district", "Damascus"], 33.50, 36.25, "SY")
# the field lies some 30 km south-west of Erbil ("south-west of Erbil", no distance) -> names and country
KHURMALA = L(["Khurmala", "Khurmala oil field", "south-west of Erbil", "Erbil"], cc="IQ")
TAIZ = L(["Taiz", "Kalaba", "Kalaba district", "eastern Kalaba district"], 13.58, 44.02, "YE")
JERUSALEM = L(["Jerusalem", "main entrance to the city"], 31.78, 35.22, "IL")
GAZA14 = L(["Gaza", "Gaza Strip"], cc="PS")
RSD = ["Regional Security Digest", "author"]
E14 = [
    # the men told two ways (three men / "suspects who crossed the yellow line") -> one core event, both in
    # actor2, the army's telling a non-core copy; troops shooting at men on foot -> Violence against civilians
    E(
        True,
        "Israeli troops shot dead three men east of the Shujaiya neighbourhood on Wednesday",
        VAC,
        ATTACK,
        actor1=ISR14,
        actor2=CIV + ["three men", "men", "suspects"],
        location=SHUJAIYA,
        date=D("2026-02-18"),
        killed=R(3),
        source=["civil defence", "Gaza civil defence"] + RSD,
    ),
    E(
        False,
        'soldiers had fired at "suspects who crossed the yellow line and approached the forces"',
        VAC,
        ATTACK,
        actor1=ISR14,
        actor2=["suspects"] + CIV,
        location=SHUJAIYA,
        date=D("2026-02-18"),
        source=["army", "Israeli army", "IDF"],
    ),
    # an agent-less strike in Gaza -> Israel plus unknown; "a woman ... and her two children" wounded -> killed 1,
    # injured 2
    E(
        True,
        "a strike on a tent in Khan Younis killed a woman and wounded her two children",
        EXP,
        AIR,
        actor1=ISR14 + UNK,
        actor2=CIV + ["tent", "woman", "two children", "children"],
        location=KHAN_YOUNIS,
        date=D("2026-02-19"),
        killed=R(1),
        injured=R(2),
        source=["Nasser hospital"] + RSD,
    ),
    # two identity militias -> Battles; "on Tuesday and Wednesday" -> both days; a total for both sides -> exact
    E(
        True,
        "Clashes between Druze gunmen and Bedouin tribal fighters in the western countryside of Sweida on Tuesday and Wednesday killed 11 people, among them two women",
        BAT,
        CLASH,
        actor1=DRUZE + BEDOUIN,
        actor2=BEDOUIN + DRUZE,
        location=SWEIDA_W,
        date=D("2026-02-17", "2026-02-18"),
        killed=R(11),
        source=["Syrian Observatory for Human Rights", "SOHR"],
    ),
    E(
        False,
        "Sweida clashes kill 11",
        BAT,
        CLASH,
        actor1=DRUZE + BEDOUIN,
        actor2=BEDOUIN + DRUZE,
        location=SWEIDA_W,
        date=D("2026-02-17", "2026-02-18"),
        killed=R(11),
        source=RSD,
    ),
    # a deployment between the sides -> Headquarters or base established
    E(
        True,
        "Government security forces moved into the area on Thursday to separate the two sides",
        STR,
        BASE,
        actor1=SYGOV14,
        location=SWEIDA_W,
        date=D("2026-02-19"),
        source=RSD,
    ),
    # a car bomb not driven by a bomber -> IED; the passer-by hurt a sentence later -> injured 1
    E(
        True,
        "An explosive device attached to a car killed an army officer in the Mezzeh district on Tuesday morning",
        EXP,
        IED,
        actor1=UNK,
        actor2=SYGOV14 + ["army officer", "car", "passer-by"],
        location=MEZZEH,
        date=D("2026-02-17"),
        killed=R(1),
        injured=R(1),
        source=["SANA", "state news agency"] + RSD,
    ),
    # "causing no injuries" -> injured 0..0 only; an oil field stands for its owner; militias blamed for "earlier"
    # strikes only, with their denial -> unknown plus the militias as the blamed context
    E(
        True,
        "A drone hit a storage tank at the Khurmala oil field, south-west of Erbil, late on Monday, starting a fire but causing no injuries",
        EXP,
        AIR,
        actor1=UNK + IRAQMIL,
        actor2=KRG,
        location=KHURMALA,
        date=D("2026-02-16"),
        injured=R(0),
        source=["Kurdistan Region's interior ministry", "interior ministry", "KRG interior ministry"],
    ),
    # the earlier strikes and the militias' denial are background; a 12-year-old boy and his sister -> killed 1,
    # injured 1; the eastern Kalaba district of Taiz city -> the city's point
    E(
        True,
        "A Houthi sniper shot dead a 12-year-old boy and wounded his sister as they fetched water in the besieged city's eastern Kalaba district on Sunday",
        VAC,
        ATTACK,
        actor1=HOUTHI + ["Houthi sniper", "sniper"],
        actor2=CIV + ["boy", "12-year-old boy", "sister"],
        location=TAIZ,
        date=D("2026-02-15"),
        killed=R(1),
        injured=R(1),
        source=["local authority", "Taiz local authority"] + RSD,
    ),
    E(
        False,
        "sniper kills boy in Taiz",
        VAC,
        ATTACK,
        actor1=HOUTHI + ["sniper"],
        actor2=CIV + ["boy"],
        location=TAIZ,
        date=D("2026-02-15"),
        killed=R(1),
        source=RSD,
    ),
    # a road blocked and cleared with water cannon -> Protest with intervention, core on the blockade; "Twelve
    # officers and several protesters were hurt" -> injured 12 + 3..open = 15..open on the core; the arrests in the
    # same act -> a non-core Arrests copy
    E(
        True,
        "Thousands of ultra-Orthodox men blocked the main entrance to the city on Monday evening to protest against the drafting of yeshiva students",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(JPOL + HAREDI),
        location=JERUSALEM,
        date=D("2026-02-16"),
        injured=R(15, None),
        source=["police"] + RSD,
    ),
    E(
        False,
        "Police used water cannon and mounted officers to clear the road and arrested 22 people",
        STR,
        ARRESTS,
        actor1=JPOL,
        actor2=HAREDI + ["22 people"] + PROTESTERS,
        location=JERUSALEM,
        date=D("2026-02-16"),
        source=RSD,
    ),
    # the minister's own conditional threat -> planned
    E(
        False,
        'the army would "return to full fighting" in Gaza if Hamas did not begin handing over its weapons by the end of March',
        BAT,
        CLASH,
        actor1=ISR14,
        actor2=HAMAS,
        location=GAZA14,
        source=["Israel's defence minister", "defence minister"] + ISRAEL,
        status="planned",
    ),
    # no gold: "the army said it was checking the report", "No group claimed the bombing", the earlier drone strikes
    # on oil fields and the militias' denial (no place or date of their own), "The Houthis did not comment"
]
DOCS.append(
    (
        "dev-q-14",
        "Regional Security Digest",
        "2026-02-20",
        "weekly round-up with datelines",
        "Several theatres under datelines: troops shoot three men east of Shujaiya in two tellings ('suspects who "
        "crossed the yellow line'), a strike on a tent in Khan Younis ('a woman ... her two children'), Druze-Bedouin "
        "clashes in the western countryside of Sweida 'on Tuesday and Wednesday' and a deployment, a car bomb in "
        "Mezzeh with a passer-by hurt a sentence later, a drone on an oil field 'south-west of Erbil' ('causing no "
        "injuries') with blamed militias as background, a sniper in Taiz, an ultra-Orthodox road blockade in "
        "Jerusalem with arrests and 'Twelve officers and several protesters were hurt', a conditional threat",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-q-14", "Friday 20 February 2026", "2026-02-20", "Friday"),
    ("dev-q-14", "On Thursday / on Thursday", "2026-02-19", "Thursday"),
    ("dev-q-14", "on Wednesday / and Wednesday", "2026-02-18", "Wednesday"),
    ("dev-q-14", "on Tuesday / on Tuesday morning", "2026-02-17", "Tuesday"),
    ("dev-q-14", "late on Monday / on Monday evening", "2026-02-16", "Monday"),
    ("dev-q-14", "on Sunday", "2026-02-15", "Sunday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_q", check_q, strip_text=True)


if __name__ == "__main__":
    main()
