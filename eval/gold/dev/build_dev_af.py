"""Writes dev_af.gold.jsonl: fourteen development articles, nine from the Middle East - Deir ez-Zor's eastern
countryside (Dhiban, Theyban, the eastern outskirts of al-Busayrah, Hajin and the desert some 15 km north of it),
Daraa (farms west of Nawa, the western outskirts of Tafas, the northern entrance of Jasim, Busra al-Sham; Daraa
al-Balad as 2011 background), Iraq's Sinjar and Kirkuk (the Sinune-Khanasor road north of Mount Sinjar, Kirkuk's
governorate building, a road some 30 km south-west of Kirkuk), Syria's Manbij and Afrin areas (the Tishreen Dam some
25 km south-east of Manbij, the Qara Qozak bridge, Jindires, Afrin city's Kawa roundabout), Gaza City and Jabalia
(Jabalia camp and the al-Faluja roundabout west of it, Sheikh Radwan, the Shati camp, Omar al-Mukhtar Street, the
Kamal Adwan hospital in Beit Lahia; Sderot), the West Bank's Jenin and Hebron (Jenin camp and its al-Hadaf
neighbourhood, Qabatiya, the entrance of Beit Ummar, a hamlet in Masafer Yatta, Hebron and its old city), Yemen's
Taiz and al-Dhale (Taiz airport in al-Janad, al-Salw district, the Bab Ghalaq and Murais fronts), Iran's Khuzestan
(Ahvaz's Kut Abdullah and Malashiyeh, the Mahshahr special economic zone, Bandar Mahshahr) and south Lebanon (Burj
al-Shamali and Deir Qanoun al-Nahr east of Tyre, the Qasmiyeh bridge north of Tyre, the hills south of Nabatieh,
Bint Jbeil, Aitaroun) - and five from elsewhere - Mali (the Gao-Ménaka road, a hamlet about 40 km east of Ansongo,
Tin-Hama, the Gao-Ansongo road, Gao's Wabaria market), DR Congo's North Kivu (the hills around Kitshanga, Rutshuru,
Kiwanja, the Masisi centre area; Doha), Ethiopia's Amhara (a road about 30 km east of Debre Tabor, Azezo on Gondar's
southern outskirts, a road west of Gondar, Bahir Dar), Pakistan's Khyber Pakhtunkhwa (Bannu, Mir Ali in North
Waziristan, the Lakki-Pezu road, Lakki Marwat, Jani Khel) and Colombia's Cauca (El Plateado in Argelia, Suárez) -
published 2024-2026, written for this project in our own words, with hand-made gold events in the format of SPEC.md
section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, the outlet kinds and layouts all different (a monitor's timed daily log, a Q&A interview, a
news site under a correction notice, a partisan agency, a reverse-chronological live blog, a ministry's press
statement, a Houthi-run agency, an NGO urgent alert with a summary, a think tank's Monday-Sunday brief, a magazine
feature with quotes, a translated radio bulletin with a correspondent's insert, a week-in-review round-up, a local
news site, a wire story), the set rich in what coders find hard - counts in words, ranges, "at least", "dozens",
"several", "killed or wounded", kin and ages; tolls told a sentence later, revised or corrected; relative dates and
places; attribution chains ("citing"), claims, blame, denials; one event told by two sources, sometimes as two
event types; uncertain perpetrators; non-events:
(1) Euphrates Eye Monitor's daily log on Deir ez-Zor: a tribal cross-river raid on SDF posts in Dhiban with each
side's dead from a different source (the SDF's three / the monitor's "at least five"), mortar shells on Theyban by
"either government forces or the Iranian-backed militias" ("a woman and her two daughters, aged seven and twelve"),
an IED "on the eastern outskirts of al-Busayrah" in two tolls (the monitor's / ISIS's claim of four), a council member
shot in Hajin, a raid "some 15 km north of Hajin", a road blocked with burning tyres against conscription and the
detentions "on Monday" behind it, the offensive's start, a tally, 2018 background, a vow, a metaphor; (2) a Levant
Ledger interview on Daraa: an Israeli night detention "west of Nawa" of "a father and his 15-year-old son" with the
army's telling, a drone on "two brothers" told as farmers and as "two terrorists", an ambush "Two days earlier" with
the ministry's blame and "either an Islamic State cell or a local family", a month's count in words, the Busra
al-Sham clashes "last month" ("at least six dead"), the Eighth Brigade's dissolution, a peaceful protest, 2011
background, a conditional, a metaphor; (3) the Tigris Post under a correction notice: a Turkish drone on a YBS
vehicle "north of Mount Sinjar" (the retracted "three fighters" and Sinune kept as copies), the ministry's
"neutralised three" and vow, a year's count, 2014 background, a Kirkuk sit-in dispersal in two versions and two
types (the union's "at least nine" hurt / the police's six officers hurt by stones), detentions, the retracted
Saturday, an IED "some 30 km south-west of Kirkuk" told by a source "citing" a division's report, a conditional;
(4) Rojava Now, a pro-SDF agency: a drone on a civilian convoy "some 25 km south-east of Manbij" ("at least five"
raised to seven a sentence later) and the Turkish ministry's "neutralised 12 ... terrorists" as another object, a
sit-in's ninth day and its start, a tally, a clash with both sides' dead from one source, a kidnapping "on Tuesday
night", a car bomb in Afrin blamed by each side on another, 2018 background, opinion, a metaphor, a conditional
threat; (5) Middle East Live's blog, newest entry first: a strike "overnight" in Jabalia camp ("at least 10" then
17), the army's "dozens of terrorists", a Qassam claim "this morning", a drone on a flour queue ("wounded several
others"), a tent strike that "killed or wounded at least a dozen", a market blast blamed on an Israeli airstrike or
"a failed rocket launch", a launch toward Sderot and its interception, hospital shelling "on Sunday" after the army's
denial, a tally, a plan, a metaphor; (6) the Palestinian foreign ministry's statement: demolitions in Jenin camp,
homes made military posts and a minister's declared stay, a drone in Qabatiya "south of Jenin" with the army's
"armed cell", a killing "on Sunday night" told as an execution with the army's version only inside the ministry's
rejection, a settler attack ("a 70-year-old man and his grandson"), dawn arrests ("more than 25"), a march met with
live fire "Yesterday", 1994 background, an operation's start, a tally, a metaphor; (7) a Houthi-run agency on Taiz and
al-Dhale: US raids on Taiz airport ("no citizens were harmed"), an MQ-9 shot down "On Thursday night" and a running
count, mercenary shells on a house "yesterday" (a child of nine, brothers aged five and 12), a sniper "two days
earlier", an infiltration repelled "killing and wounding more than 20", the other side's capture claim told only
inside a denial ("citing commanders"), a month's violations, 2015 background, a conditional threat, a metaphor; (8)
Karun Rights Watch's urgent alert on Khuzestan: a night protest in Ahvaz met with birdshot (the wounded through "Our
sources, citing medical staff") and the state agency's version as arson by "rioters" "without any casualties", the
alert's doubt, arrests "Between Sunday and Tuesday", a petrochemical sit-in in Mahshahr, an activist detained "The
next day", a prosecutor's warning, 2019 background ("between 40 and 100"), a forecast, a summary repeating the news;
(9) Litani Analytics' weekly brief on south Lebanon: a week's and a ceasefire-long count, the ceasefire, a drone on a
car "east of Tyre" with the wounded passer-by two sentences later and the army's naming of the driver, jets on hills
"south of Nabatieh" ("Residents reported no casualties"), a grenade dropped by a drone in Bint Jbeil, houses blown up
in Aitaroun, launchers dismantled and two detained ("said on Friday"), villagers stoning a UNIFIL patrol "about 10 km
east of Tyre", UNIFIL's count, a veiled threat, a forecast and a conditional; (10) The Sahel Review's feature on Gao,
Ansongo and Ménaka: a bus burned "in December", a raid "about 40 km east of Ansongo" "Last Thursday" ("at least 12
men and boys") with an official's "either the Islamic State or JNIM", a drone "Two weeks earlier" told as people at a
well ("seven, two of them children") and as "terrorists preparing an attack", an ambush in two versions (JNIM's
"dozens" / the army's four), herders detained "In January" and three "later found dead", a march and tear gas, 2012
background, a belief and a promise, a metaphor; (11) Radio Mutanda FM's bulletin: fighting around Kitshanga "for a
third day" in three versions (the station's with "At least three civilians" and "fourteen wounded" / the M23's
"neutralised 18" / the Wazalendo's "several" and two positions), a grenade in a Rutshuru bar, night arrests of
"around 30" in Kiwanja, a nurse abducted by "either Nyatura militiamen or FDLR fighters", a prisoner protocol signed
in Doha, a UN count, January background, a conditional vow; (12) Addis Dispatch's week in review on Amhara: a drone
"about 30 km east of Debre Tabor" told as a minibus of passengers and as "a vehicle carrying extremist fighters", a
night battle "on the southern outskirts of Gondar" ("at least 15 people were killed or wounded") with Fano's claim of
40 and the officials' "bandits", a bus kidnapping blamed by each side on the other, detentions "on Thursday and
Friday", a commission's count, 2023 background, a forecast and a plan, a metaphor; (13) Southern Districts Times on
Khyber Pakhtunkhwa: a quadcopter drop on a police station "on the outskirts of Bannu city" "late on Tuesday night"
and a second quadcopter shot down, a year's count in words, the ISPR's "eight 'khwarij'" in Mir Ali and the
residents' shell on a house ("a woman and her two sons, aged six and nine"; "It was not clear who fired"), a road
blocked with the bodies, an IED "some 12 km south of the city" in two tolls (the police's / the TTP's claim), a peace
march, a killing "Hours later", March background, a warning, a forecast, a metaphor; (14) an Andes Wire story on
Cauca: troops retake El Plateado with both sides' toll from the army, the dissidents' version (their own two dead and
a farmer the army counted as a dissident), a crowd holding 28 soldiers, a landmine "on the outskirts of El Plateado",
a drone on a police station "late on Sunday" blamed by the police, a leader shot "Hours earlier" and a rights
group's count, a base and a threat announced, 2016 background, a conditional, a metaphor.
The incidents are invented or composite, with invented names of people, outlets and some sites; the gold encodes
what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 371-439 words (the brief
allowed 300-700, but goldkit's check_article, kept unchanged, caps a document at 450); check_af below adds the
300-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_af.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it the earlier sets'), kept unchanged - among
them "No one was hurt" / "no casualties" -> killed and injured 0..0, "No injuries were reported" -> injured 0..0 only,
"no citizens were harmed" (one group) -> no number field; "dozens" 24..open; "several" 3..open; "at least N" N..open;
"more than N" N+1..open; unsplit dead and wounded -> casualties; one side's count in a clash -> N..open, both sides
told -> exact, each side's dead from a different source -> summed; a toll told later or revised -> folded into the
core event, the other figures non-core copies ("at least N" raised -> N..open); "N km <direction> of X" -> LKM; "on
the outskirts of Y" and "<direction> of X" without a distance -> that town's point; countrysides, districts,
villages we cannot pin, fronts and long roads -> names and country; "overnight" / "on X night" -> both days; "late on
X" -> X; "last week" -> Monday to Sunday; uncertain or blamed perpetrators -> every alternative plus unknown on the
core, each blame a non-core copy; a party's claim -> core, occurred, sourced to it; another object or another toll
by another source -> one core event per version; the same object told two ways -> one core event, the other telling
a non-core copy; "neutralised" -> no number field; headlines that state an event -> non-core copies; denials, plans,
threats, conditionals, forecasts, aggregates and background -> non-core.
Added or made explicit here:
- A correction notice: the corrected telling is the core event; the retracted figures, place and day are non-core
  copies with the numbers, place and date they state (status occurred: the event itself is not in doubt).
- One event told by two sources as two event types (a union's water-cannon dispersal / the police's stones from
  "infiltrators"; an NGO's birdshot on protesters / a state agency's arson by "rioters" "without any casualties") ->
  one core event per version, each with its own type, numbers and source.
- "at least five" killed and 18 wounded, then "Two of the wounded died ... raising the number ... to seven" ->
  killed 5..open, injured 16..18.
- "the health centre has received fourteen wounded" (one facility's count) -> injured 14..open.
- A grenade or mortar round dropped by a drone or quadcopter -> Air/drone strike (the guide: any drone strike); a
  grenade thrown into a bar -> Grenade.
- "Two weeks earlier" than a dated day -> the Monday-Sunday week holding the day 14 days before; "last month" in a
  May text -> April; "said on Friday that it had" in a Monday-Sunday brief -> Monday to Friday; "a ninth day" counted
  from a stated first day; "Hours earlier" / "Hours later" than a dated event -> that day; "The next day" -> the day
  after the last day named; a year or a month named alone in background -> the whole year or month.
- A pinned site (Taiz airport) -> its own point even when the text also places it "north-east of the city".
- In an interview the interviewee's statements are sourced to him, his organisation and the outlet, not "author";
  the outlet's own introduction is "author".
- A blast blamed on an Israeli airstrike or on "a failed rocket launch" -> the core keeps the airstrike sub-type of
  the local authorities' telling (matching is on the event type), each blame a non-core copy with its own sub-type.
- A killing told as an execution, whose army version (he fired at soldiers) appears only inside the ministry's
  rejection -> a core Violence against civilians and a non-core denied Battles event sourced to the denier.
- Detainees "later found dead" -> a core Violence against civilians with the detaining forces plus unknown, dated
  from the detention month to publication; a local official's "either X or Y" in a quote -> a non-core copy.
- A crowd stoning a patrol or holding soldiers ("asonada"), UN peacekeepers stoned -> Riots/Mob violence; a road
  blocked with burning tyres and reopened by shots in the air, no one hurt -> Protest with intervention; a road
  blocked with the dead -> Peaceful protest; a march where some burned tyres before tear gas -> Protest with
  intervention (the text stresses the march).
- Demolitions and houses blown up -> Looting/property destruction; homes turned into military posts ->
  Headquarters or base established (a declared stay or a base to be built -> planned); a brigade dissolving itself
  -> Change to group/activity; a protocol signed abroad -> Agreement at the signing city.
- Troops entering a stronghold after clashes -> Battles/Government regains territory with the clash's toll folded
  in, the clash clause a non-core Armed clash copy; a party's claim of positions taken inside its clash claim -> a
  non-core Non-state actor overtakes territory.
- A forecast by the writer or by analysts ("further protests are likely", "could fall before the rains") ->
  hypothetical; an actor's own vow or warning, conditional or not -> planned.
- Evacuation orders, displacement, ransom demands, releases, investigations, unverifiable-claim notes -> no gold."""

import math

from goldkit import (
    ABDUCT,
    AGREE,
    AIR,
    ARRESTS,
    ATTACK,
    BASE,
    BAT,
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
    OTHER,
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


# goldkit's check_article (layout, at most 450 words, fields, values, ranges) plus this set's 300-word floor and
# its 2024-01-01..2026-11-30 publication window.
check_af = windowed_check("2024-01-01", "2026-11-30", min_words=300)


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
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
YPG = ["People's Protection Units", "YPG", "YPG militia"]
SYGOV = ["Syrian government", "Government of Syria", "GoS", "Syrian army", "Military Forces of Syria",
         "Syrian regime", "regime forces", "regime", "Syrian Arab Army"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-af-01  monitor's daily log — Syria/Deir ez-Zor's eastern countryside: Dhiban, Theyban, the eastern outskirts of al-Busayrah, Hajin and the desert 15 km north of it (Wed 21 Aug 2024)
# =============================================================================
T01 = """Daily log, 20 August: tribal raid on Dhiban posts, roadside bomb near al-Busayrah, council member shot in Hajin

Euphrates Eye Monitor | Deir ez-Zor eastern countryside | Log No. 233, covering Tuesday 20 August 2024 | Published 21 August, 07:00

Entries come from our field network in the villages east of the Euphrates. Times are local. Figures are provisional and may be revised in later logs.

01:30 DHIBAN - Gunmen of the tribal forces loyal to Sheikh Ibrahim al-Hafl crossed the Euphrates by boat from the government-held west bank and attacked SDF posts on the edge of Dhiban. The SDF said in a statement that three of its fighters were killed; our network counted at least five of the attackers dead, their bodies carried back across the river.

02:10 THEYBAN - During the fighting, mortar shells fired from the west bank fell on houses in Theyban, wounding a woman and her two daughters, aged seven and twelve. Residents blamed either government forces or the Iranian-backed militias positioned across the river.

06:15 AL-BUSAYRAH - An explosive device planted by the road hit an SDF patrol on the eastern outskirts of al-Busayrah, killing two SDF members and wounding a third. Hours later the Islamic State group claimed the attack through its Amaq agency, saying it had killed four "apostates of the PKK militia".

11:05 HAJIN - Two men on a motorcycle shot dead Khalaf al-Ahmad, 45, a member of Hajin's civil council, outside his shop in the town's market and fled. No one claimed the killing.

14:20 DESERT NORTH OF HAJIN - SDF units backed by helicopters of the US-led coalition raided a farm some 15 km north of Hajin and detained three men suspected of belonging to an ISIS cell, among them its alleged financial official. The coalition did not comment.

17:45 AL-BUSAYRAH - Dozens of young men blocked the main road in al-Busayrah with burning tyres, protesting against an SDF conscription drive in which two of their relatives were detained on Monday. Asayish members fired into the air to reopen the road. No injuries were reported.

TALLY - Since the tribal offensive began on 7 August, the monitor has documented 46 deaths in the eastern countryside, 13 of them civilians.

CONTEXT - Hajin, the last large town held by ISIS on the east bank, was taken by the SDF in December 2018 after weeks of fighting. In a recorded message on Tuesday evening, al-Hafl vowed that the tribes would keep fighting "until the last SDF checkpoint is removed from our land". An elder in Dhiban told us the river "has turned from a source of life into a trench".
"""

TRIBES01 = ["tribal forces", "Arab tribal forces", "Tribal Forces", "tribal fighters", "tribes", "Ibrahim al-Hafl",
            "al-Hafl", "Gunmen of the tribal forces", "tribal forces loyal to Sheikh Ibrahim al-Hafl", "attackers",
            "Arab Tribes Forces"]
SDF01 = SDF + ["SDF posts", "SDF patrol", "SDF members", "SDF units", "its fighters", "SDF fighters"]
ASAYISH01 = ["Asayish", "Asayish members", "Kurdish internal security", "Internal Security Forces"] + SDF
IRMIL01 = ["Iranian-backed militias", "Iran-backed militias", "Iranian militias", "militias"]
IS01 = ISIS + ["Amaq", "Amaq agency", "ISIS cell"]
COALITION01 = ["US-led coalition", "coalition", "Combined Joint Task Force", "helicopters of the US-led coalition",
               "international coalition"] + USA
# Dhiban and Theyban are villages on the east bank we cannot pin to ~0.05 degree -> names and country
DHIBAN = L(["Dhiban", "Thiban", "Diban", "edge of Dhiban", "eastern countryside of Deir ez-Zor"], cc="SY")
THEYBAN = L(["Theyban", "Thiban", "Tayban", "eastern countryside of Deir ez-Zor"], cc="SY")
# "on the eastern outskirts of al-Busayrah" -> the town's point
BUSAYRAH = L(["al-Busayrah", "Busayrah", "al-Busaira", "Busaira", "eastern outskirts of al-Busayrah"], 35.16, 40.43,
             "SY")
HAJIN = L(["Hajin", "Hajeen", "town's market"], 34.69, 40.83, "SY")
# "some 15 km north of Hajin" -> LKM from Hajin
HAJIN_N = LKM(["north of Hajin", "Hajin", "desert north of Hajin", "farm"], 34.69, 40.83, 15, 0, "SY")
DZ_EAST = L(["eastern countryside", "eastern countryside of Deir ez-Zor", "Deir ez-Zor", "east of the Euphrates"],
            cc="SY")
EEM = ["Euphrates Eye Monitor", "our network", "field network", "monitor", "author"]
SDFSRC01 = ["SDF", "Syrian Democratic Forces", "SDF statement"]
E01 = [
    # a cross-river raid on SDF posts -> Battles; each side's dead from a different source (the SDF's own three,
    # the monitor's "at least five" attackers) -> summed, 8..open; each count a non-core copy; Dhiban unpinned
    E(
        True,
        "Gunmen of the tribal forces loyal to Sheikh Ibrahim al-Hafl crossed the Euphrates by boat from the government-held west bank and attacked SDF posts on the edge of Dhiban",
        BAT,
        CLASH,
        actor1=TRIBES01 + SDF01,
        actor2=SDF01 + TRIBES01,
        location=DHIBAN,
        date=D("2024-08-20"),
        killed=R(8, None),
        source=EEM + SDFSRC01,
    ),
    E(
        False,
        "three of its fighters were killed",
        BAT,
        CLASH,
        actor1=TRIBES01,
        actor2=SDF01,
        location=DHIBAN,
        date=D("2024-08-20"),
        killed=R(3),
        source=SDFSRC01,
    ),
    E(
        False,
        "our network counted at least five of the attackers dead",
        BAT,
        CLASH,
        actor1=SDF01,
        actor2=TRIBES01,
        location=DHIBAN,
        date=D("2024-08-20"),
        killed=R(5, None),
        source=EEM,
    ),
    # mortar shells from the west bank; "either government forces or the Iranian-backed militias" -> both plus
    # unknown; "a woman and her two daughters, aged seven and twelve" -> injured 3
    E(
        True,
        "mortar shells fired from the west bank fell on houses in Theyban, wounding a woman and her two daughters, aged seven and twelve",
        EXP,
        SHELL,
        actor1=SYGOV + ["government forces"] + IRMIL01 + UNK,
        actor2=CIV + ["houses", "woman", "two daughters", "daughters"],
        location=THEYBAN,
        date=D("2024-08-20"),
        injured=R(3),
        source=EEM + ["Residents", "residents"],
    ),
    # one blast, two tolls by two sources (the monitor's two dead and one wounded / the ISIS claim's four) -> one
    # core event per version; the monitor's version has no perpetrator of its own until the claim -> unknown plus
    # ISIS
    E(
        True,
        "An explosive device planted by the road hit an SDF patrol on the eastern outskirts of al-Busayrah, killing two SDF members and wounding a third",
        EXP,
        IED,
        actor1=UNK + IS01,
        actor2=SDF01,
        location=BUSAYRAH,
        date=D("2024-08-20"),
        killed=R(2),
        injured=R(1),
        source=EEM,
    ),
    E(
        True,
        'it had killed four "apostates of the PKK militia"',
        EXP,
        IED,
        actor1=IS01,
        actor2=SDF01 + ["apostates of the PKK militia", "PKK militia"] + PKK,
        location=BUSAYRAH,
        date=D("2024-08-20"),
        killed=R(4),
        source=["Islamic State group", "Amaq", "Amaq agency"] + ISIS,
    ),
    # a council member (a civilian official) shot by two men -> Violence against civilians, unknown perpetrator
    E(
        True,
        "Two men on a motorcycle shot dead Khalaf al-Ahmad, 45, a member of Hajin's civil council, outside his shop in the town's market",
        VAC,
        ATTACK,
        actor1=UNK + ["Two men on a motorcycle", "gunmen"],
        actor2=CIV + ["Khalaf al-Ahmad", "civil council", "member of Hajin's civil council", "Hajin civil council"],
        location=HAJIN,
        date=D("2024-08-20"),
        killed=R(1),
        source=EEM,
    ),
    # a raid that detains suspects -> Arrests; "some 15 km north of Hajin" -> LKM
    E(
        True,
        "SDF units backed by helicopters of the US-led coalition raided a farm some 15 km north of Hajin and detained three men suspected of belonging to an ISIS cell",
        STR,
        ARRESTS,
        actor1=SDF01 + COALITION01,
        actor2=IS01 + ["three men", "suspects", "financial official"],
        location=HAJIN_N,
        date=D("2024-08-20"),
        source=EEM,
    ),
    # a road blocked with burning tyres and reopened by shots in the air, no one hurt -> Protest with intervention;
    # "No injuries were reported" -> injured 0..0 only; the detentions "on Monday" behind it -> a non-core Arrests
    # (a brief reference inside the protest's sentence)
    E(
        True,
        "Dozens of young men blocked the main road in al-Busayrah with burning tyres, protesting against an SDF conscription drive",
        PRO,
        INTERVENTION,
        location=L(["al-Busayrah", "Busayrah", "al-Busaira", "main road in al-Busayrah"], 35.16, 40.43, "SY"),
        date=D("2024-08-20"),
        injured=R(0),
        source=EEM,
        **PROTEST_SIDES(ASAYISH01 + ["young men", "Dozens of young men"]),
    ),
    E(
        False,
        "two of their relatives were detained on Monday",
        STR,
        ARRESTS,
        actor1=SDF01,
        actor2=CIV + ["two of their relatives", "relatives"],
        location=BUSAYRAH,
        date=D("2024-08-19"),
        source=EEM,
    ),
    # the campaign's start and the monitor's tally -> non-core; the tally an aggregate
    E(
        False,
        "the tribal offensive began on 7 August",
        BAT,
        CLASH,
        actor1=TRIBES01,
        actor2=SDF01,
        location=DZ_EAST,
        date=D("2024-08-07"),
        source=EEM,
    ),
    E(
        False,
        "the monitor has documented 46 deaths in the eastern countryside, 13 of them civilians",
        BAT,
        CLASH,
        actor1=TRIBES01 + SDF01,
        actor2=SDF01 + TRIBES01 + CIV,
        location=DZ_EAST,
        date=D("2024-08-07", "2024-08-21"),
        killed=R(46),
        source=EEM,
        aggregate=True,
    ),
    # background: the SDF's capture of Hajin in December 2018 -> Non-state actor overtakes territory, non-core
    E(
        False,
        "was taken by the SDF in December 2018 after weeks of fighting",
        BAT,
        NSAOVER,
        actor1=SDF + COALITION01,
        actor2=ISIS,
        location=HAJIN,
        date=D("2018-12-01", "2018-12-31"),
        source=EEM,
    ),
    # al-Hafl's vow -> planned
    E(
        False,
        'the tribes would keep fighting "until the last SDF checkpoint is removed from our land"',
        BAT,
        CLASH,
        actor1=TRIBES01,
        actor2=SDF01,
        location=DZ_EAST,
        source=["Ibrahim al-Hafl", "al-Hafl"] + TRIBES01,
        status="planned",
    ),
    # no gold: the method note, the bodies carried back (inside the raid), "Residents blamed either ..." (the
    # uncertainty of the Theyban shells, not an event), "No one claimed the killing", "The coalition did not
    # comment", the Asayish's shots in the air (inside the protest), "a trench" (a metaphor)
]
# the headline's copies
E01 += [
    E(False, "tribal raid on Dhiban posts", BAT, CLASH, actor1=TRIBES01, actor2=SDF01, location=DHIBAN,
      date=D("2024-08-20"), source=EEM),
    E(False, "roadside bomb near al-Busayrah", EXP, IED, actor1=UNK + IS01, actor2=SDF01, location=BUSAYRAH,
      date=D("2024-08-20"), source=EEM),
    E(False, "council member shot in Hajin", VAC, ATTACK, actor1=UNK, actor2=CIV + ["council member"],
      location=HAJIN, date=D("2024-08-20"), killed=R(1), source=EEM),
]
DOCS.append(
    (
        "dev-af-01",
        "Euphrates Eye Monitor (daily log)",
        "2024-08-21",
        "monitor's daily log",
        "Syria/Deir ez-Zor's eastern countryside, one day under timed village entries: a tribal cross-river raid on "
        "SDF posts in Dhiban with each side's dead from a different source (the SDF's three / the monitor's 'at "
        "least five'), mortar shells on Theyban by 'either government forces or' Iranian-backed militias ('a woman "
        "and her two daughters, aged seven and twelve'), an IED on an SDF patrol 'on the eastern outskirts of "
        "al-Busayrah' in two tolls (the monitor / ISIS's claim), a council member shot in Hajin, a raid 'some 15 km "
        "north of Hajin', a tyre-burning road block against conscription with detentions 'on Monday', the offensive's "
        "start and a tally, 2018 background, a vow, a metaphor",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-af-01", "21 August (publication)", "2024-08-21", "Wednesday"),
    ("dev-af-01", "Tuesday 20 August 2024 / on Tuesday evening", "2024-08-20", "Tuesday"),
    ("dev-af-01", "on Monday", "2024-08-19", "Monday"),
]

# =============================================================================
# dev-af-02  interview (Q&A) — southern Syria/Daraa: farms west of Nawa, the western outskirts of Tafas, the northern entrance of Jasim, Busra al-Sham, Nawa's main square; Daraa al-Balad as 2011 background (Thu 15 May 2025)
# =============================================================================
T02 = """“Every week a new funeral”: a Daraa documenter on Israeli incursions, ambushes and the end of the Eighth Brigade

Levant Ledger | Interview | 15 May 2025

Samer Hariri, 41, joined the first protests in Daraa al-Balad in March 2011 and has documented violence in the province for the Southern Syria Documentation Centre since 2013. We spoke by phone on Wednesday. The interview has been condensed.

Levant Ledger: What did your team record this week?

Hariri: The worst was around Nawa. On Monday night an Israeli force of about ten vehicles entered farms west of Nawa and detained two shepherds, a father and his 15-year-old son. They let the boy go the next morning near the fence; the father is still held. The Israeli army says its troops “apprehended suspects involved in weapons smuggling”.

And the strike near Tafas?

That was on Saturday. A drone hit a pickup on the western outskirts of Tafas, killing two brothers who were driving to their olive grove. The Israeli army said it had struck “two terrorists transporting weapons in southern Syria”. We have their identity cards. They were farmers.

Are the assassinations continuing?

Yes. Two days earlier, gunmen ambushed a General Security patrol at the northern entrance of Jasim, killing one member and wounding two. The Interior Ministry blamed “remnants of the former regime”. People in Jasim say it was either an Islamic State cell or a local family settling a score. Honestly, we do not know. In April alone we documented fourteen killings in the province, nine of them by unknown gunmen.

Busra al-Sham was last month’s big story.

It started when a Defence Ministry officer was shot dead there. For two days fighters of the Eighth Brigade and ministry forces exchanged fire in the town, and we counted at least six dead, among them a woman. Then the brigade announced it was dissolving itself and handing its weapons to the ministry. Many of its young men are now angry and unemployed.

How do people see the new authorities?

Mixed. On Friday several hundred people demonstrated peacefully in Nawa’s main square against the Israeli incursions. General Security men watched from a distance.

What worries you most?

Israel. If its troops keep pushing east, local young men will take up arms and there will be a war in Horan. Daraa is a field of dry grass waiting for a match.
"""

ISR02 = ISRAEL + ["Israeli force", "its troops", "drone"]
GENSEC02 = ["General Security", "General Security patrol", "General Security men", "Syrian government",
            "Government of Syria", "Interior Ministry", "Syrian Ministry of Interior", "Syrian security forces",
            "Police Forces of Syria"]
MOD02 = ["Defence Ministry", "Syrian Ministry of Defence", "Ministry of Defence", "ministry forces", "ministry",
         "Syrian army", "Military Forces of Syria", "Syrian government", "Government of Syria"]
EIGHTH = ["Eighth Brigade", "8th Brigade", "Fifth Corps", "Ahmad al-Awda", "fighters of the Eighth Brigade",
          "brigade"]
# "either an Islamic State cell or a local family settling a score", and the ministry's "remnants" -> all of them
JASIM_ATT = UNK + ["gunmen", "remnants of the former regime", "former regime"] + ISIS + ["Islamic State cell",
                                                                                          "local family"]
# "farms west of Nawa" (no distance) -> Nawa's point; "on the western outskirts of Tafas" -> Tafas's point
NAWA = L(["Nawa", "farms west of Nawa", "west of Nawa"], 32.89, 36.04, "SY")
NAWA_SQ = L(["Nawa", "Nawa's main square", "main square"], 32.89, 36.04, "SY")
TAFAS02 = L(["Tafas", "western outskirts of Tafas"], 32.74, 35.99, "SY")
JASIM02 = L(["Jasim", "Jassem", "northern entrance of Jasim"], 32.99, 36.06, "SY")
BUSRA = L(["Busra al-Sham", "Bosra", "Busra", "Bosra al-Sham", "the town"], 32.52, 36.48, "SY")
DARAA_BALAD = L(["Daraa al-Balad", "Daraa"], 32.62, 36.10, "SY")
DARAA02 = L(["Daraa province", "Daraa", "the province", "Horan"], cc="SY")
HARIRI = ["Samer Hariri", "Hariri", "Southern Syria Documentation Centre", "documentation centre", "Levant Ledger"]
IDFSRC02 = ["Israeli army", "Israel Defense Forces", "IDF", "Israeli military"]
E02 = [
    # troops detaining two civilians at night -> Arrests (as dev_r's detentions); "On Monday night" -> Monday and
    # Tuesday; "west of Nawa" -> Nawa's point; the army's telling of the same detention -> a non-core copy
    E(
        True,
        "an Israeli force of about ten vehicles entered farms west of Nawa and detained two shepherds, a father and his 15-year-old son",
        STR,
        ARRESTS,
        actor1=ISR02,
        actor2=CIV + ["two shepherds", "shepherds", "father", "15-year-old son", "son"],
        location=NAWA,
        date=D("2025-05-12", "2025-05-13"),
        source=HARIRI,
    ),
    E(
        False,
        "its troops “apprehended suspects involved in weapons smuggling”",
        STR,
        ARRESTS,
        actor1=ISR02,
        actor2=["suspects", "suspects involved in weapons smuggling"] + CIV,
        location=NAWA,
        date=D("2025-05-12", "2025-05-13"),
        source=IDFSRC02,
    ),
    # an unattributed drone, which the Israeli army says it flew -> Israel; the same car and the same two dead told
    # two ways (farmers / "two terrorists") -> one core event, the army's telling a non-core copy
    E(
        True,
        "A drone hit a pickup on the western outskirts of Tafas, killing two brothers who were driving to their olive grove",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=CIV + ["pickup", "two brothers", "brothers", "farmers"],
        location=TAFAS02,
        date=D("2025-05-10"),
        killed=R(2),
        source=HARIRI,
    ),
    E(
        False,
        "it had struck “two terrorists transporting weapons in southern Syria”",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=["two terrorists", "terrorists"] + CIV,
        location=TAFAS02,
        date=D("2025-05-10"),
        killed=R(2),
        source=IDFSRC02,
    ),
    # an ambush on an armed patrol -> Battles; "Two days earlier" than Saturday -> Thursday 8 May; the ministry's
    # blame and the townspeople's "either ... or" -> every alternative plus unknown on the core, the ministry's
    # blame a non-core copy
    E(
        True,
        "gunmen ambushed a General Security patrol at the northern entrance of Jasim, killing one member and wounding two",
        BAT,
        CLASH,
        actor1=JASIM_ATT + GENSEC02,
        actor2=GENSEC02 + JASIM_ATT,
        location=JASIM02,
        date=D("2025-05-08"),
        killed=R(1),
        injured=R(2),
        source=HARIRI,
    ),
    E(
        False,
        "The Interior Ministry blamed “remnants of the former regime”",
        BAT,
        CLASH,
        actor1=["remnants of the former regime", "former regime"],
        actor2=GENSEC02,
        location=JASIM02,
        date=D("2025-05-08"),
        source=["Interior Ministry", "Syrian Ministry of Interior"],
    ),
    # a month's count -> aggregate ("fourteen" in words)
    E(
        False,
        "In April alone we documented fourteen killings in the province, nine of them by unknown gunmen",
        VAC,
        ATTACK,
        actor1=UNK + ["unknown gunmen"],
        actor2=CIV,
        location=DARAA02,
        date=D("2025-04-01", "2025-04-30"),
        killed=R(14),
        source=HARIRI,
        aggregate=True,
    ),
    # the officer's killing that set off the clashes -> a brief background reference, non-core; an officer shot
    # by unnamed men -> Battles (an armed man), as dev_r
    E(
        False,
        "a Defence Ministry officer was shot dead there",
        BAT,
        CLASH,
        actor1=UNK + EIGHTH,
        actor2=MOD02 + ["Defence Ministry officer", "officer"],
        location=BUSRA,
        date=D("2025-04-01", "2025-04-30"),
        killed=R(1),
        source=HARIRI,
    ),
    # "last month" in a May interview -> April; "For two days" with no day named -> the month; "at least six dead,
    # among them a woman" (the same sentence) -> killed 6..open
    E(
        True,
        "For two days fighters of the Eighth Brigade and ministry forces exchanged fire in the town",
        BAT,
        CLASH,
        actor1=EIGHTH + MOD02,
        actor2=MOD02 + EIGHTH,
        location=BUSRA,
        date=D("2025-04-01", "2025-04-30"),
        killed=R(6, None),
        source=HARIRI,
    ),
    # a group dissolving itself and handing over its weapons -> Change to group/activity
    E(
        True,
        "the brigade announced it was dissolving itself and handing its weapons to the ministry",
        STR,
        CHANGE,
        actor1=EIGHTH,
        actor2=MOD02,
        location=BUSRA,
        date=D("2025-04-01", "2025-04-30"),
        source=HARIRI,
    ),
    E(
        True,
        "several hundred people demonstrated peacefully in Nawa’s main square against the Israeli incursions",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["several hundred people", "people"],
        location=NAWA_SQ,
        date=D("2025-05-09"),
        source=HARIRI,
    ),
    # background: the protests of March 2011 -> non-core
    E(
        False,
        "joined the first protests in Daraa al-Balad in March 2011",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Samer Hariri"],
        location=DARAA_BALAD,
        date=D("2011-03-01", "2011-03-31"),
        source=["Levant Ledger", "author"],
    ),
    # the interviewee's conditional forecast -> hypothetical
    E(
        False,
        "If its troops keep pushing east, local young men will take up arms and there will be a war in Horan",
        BAT,
        CLASH,
        actor1=["local young men", "young men"] + ISR02,
        actor2=ISR02 + ["local young men"],
        location=DARAA02,
        source=HARIRI,
        status="hypothetical",
    ),
    # no gold: "Every week a new funeral" (a figure of speech), the boy's release "the next morning" (no new act),
    # "the father is still held", the identity cards, "Honestly, we do not know", the unemployed young men, the
    # General Security men watching, "a field of dry grass waiting for a match" (a metaphor)
]
# the headline's copy of the dissolution
E02.append(E(False, "the end of the Eighth Brigade", STR, CHANGE, actor1=EIGHTH, location=BUSRA,
             date=D("2025-04-01", "2025-04-30"), source=["Levant Ledger", "author"]))
DOCS.append(
    (
        "dev-af-02",
        "Levant Ledger (interview)",
        "2025-05-15",
        "interview (Q&A)",
        "southern Syria/Daraa in a documenter's answers: an Israeli night detention 'west of Nawa' of 'a father and "
        "his 15-year-old son' with the army's telling, a drone on 'two brothers' told two ways (farmers / 'two "
        "terrorists'), an ambush 'Two days earlier' with the ministry's blame and 'either an Islamic State cell or a "
        "local family', a month's count in words, the Busra al-Sham clashes 'last month' ('at least six dead') and "
        "the Eighth Brigade's dissolution, a peaceful protest, 2011 background, a conditional, a metaphor; "
        "typographic quotes",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-af-02", "15 May 2025", "2025-05-15", "Thursday"),
    ("dev-af-02", "on Wednesday (the interview)", "2025-05-14", "Wednesday"),
    ("dev-af-02", "On Monday night (start)", "2025-05-12", "Monday"),
    ("dev-af-02", "on Saturday", "2025-05-10", "Saturday"),
    ("dev-af-02", "On Friday", "2025-05-09", "Friday"),
    ("dev-af-02", "Two days earlier (than Saturday)", "2025-05-08", "Thursday"),
]

# =============================================================================
# dev-af-03  Iraqi English-language news site with a correction notice — Iraq: the Sinune-Khanasor road north of Mount Sinjar, Sinjar district; Kirkuk's governorate building, a road 30 km south-west of Kirkuk (Tue 11 Mar 2025)
# =============================================================================
T03 = """Turkish drone kills two Yazidi fighters near Sinjar; police break up Kirkuk teachers' sit-in

Tigris Post | Iraq | Updated Tuesday 11 March 2025, 16:20

CORRECTION (11 March, 16:20): An earlier version of this story said three fighters were killed in the Sinjar strike and that it hit the town of Sinune. Sinjar's mayor later said two fighters were killed and one was wounded on a road outside the town. An earlier version also said the Kirkuk protest took place on Saturday; it took place on Sunday. We regret the errors.

SINJAR / KIRKUK - A Turkish drone struck a vehicle carrying members of the Sinjar Resistance Units (YBS) on the road between Sinune and Khanasor, north of Mount Sinjar, late on Monday, killing two of them and wounding a third, Sinjar's mayor told the Tigris Post.

Turkey's defence ministry said on Tuesday that its forces had "neutralised three PKK terrorists" in the Sinjar region, without giving details. The YBS, a Yazidi force that Ankara regards as a PKK affiliate, denies any organisational link to the group. The ministry said operations would continue "until not a single terrorist remains in Sinjar".

It was the fourth Turkish strike in Sinjar district this year, according to a tally kept by local officials. Many Yazidis, who survived the Islamic State's 2014 onslaught on the district in which thousands were killed or enslaved, say the drones keep them from going home. "We escaped ISIS to live under drones," said a displaced father of five in a camp in Duhok.

In Kirkuk, police used water cannon and batons on Sunday to disperse hundreds of contract teachers who had gathered outside the governorate building demanding permanent posts, injuring at least nine of them, the teachers' union said. Police gave a different account, saying six officers were hurt by stones thrown by "infiltrators" in the crowd, and that four people were detained and later released.

Separately, a roadside bomb went off beside an army vehicle on a rural road some 30 km south-west of Kirkuk early on Monday, wounding an officer and two soldiers, a security source said, citing a preliminary report by the army's 8th Division. No group claimed the blast, which the source blamed on Islamic State cells active in the area.

Kirkuk's governor called the teachers' demands "legitimate" and promised to raise them with Baghdad. The union said it would return to the street next week if nothing changed.
"""

TUR03 = TURKEY + ["Turkish drone", "its forces", "Ankara", "Turkey's defence ministry"]
YBS = ["Sinjar Resistance Units", "YBS", "YBŞ", "Yazidi force", "Yazidi fighters", "fighters",
       "members of the Sinjar Resistance Units", "Sinjar fighters"]
PKK03 = PKK + ["PKK terrorists", "terrorists", "PKK affiliate"]
KPOL03 = ["police", "Kirkuk police", "Police Forces of Iraq", "Iraqi police", "officers"]
TEACHERS = ["contract teachers", "teachers", "hundreds of contract teachers", "teachers' union"]
IQARMY03 = ["Iraqi army", "army", "Military Forces of Iraq", "army vehicle", "8th Division", "officer", "soldiers"]
# the road between Sinune and Khanasor runs ~15 km along the mountain's north side -> names and country
SINUNE_RD = L(["road between Sinune and Khanasor", "Sinune", "Khanasor", "north of Mount Sinjar", "Mount Sinjar",
               "Sinjar"], cc="IQ")
SINUNE = L(["Sinune", "Snune", "town of Sinune", "Sinjar"], cc="IQ")
SINJAR_DIST = L(["Sinjar district", "Sinjar region", "Sinjar", "the district"], cc="IQ")
KIRKUK03 = L(["Kirkuk", "governorate building", "outside the governorate building"], 35.47, 44.39, "IQ")
# "some 30 km south-west of Kirkuk" -> LKM from Kirkuk
KIRKUK_SW = LKM(["south-west of Kirkuk", "Kirkuk", "rural road"], 35.47, 44.39, 30, 225, "IQ")
TPOST = ["Tigris Post", "author"]
MAYOR = ["Sinjar's mayor", "mayor of Sinjar", "Sinjar mayor", "mayor"]
TURMOD03 = ["Turkey's defence ministry", "Turkish defence ministry", "Turkish Ministry of National Defence",
            "ministry"] + TURKEY
UNION = ["teachers' union", "union"]
E03 = [
    # the corrected story: two dead and one wounded on a road (~15 km) between two villages -> names and country;
    # "late on Monday" -> Monday; the correction's figures -> non-core copies (the retracted three dead and Sinune
    # kept as a copy so that a system coding them is not punished)
    E(
        True,
        "A Turkish drone struck a vehicle carrying members of the Sinjar Resistance Units (YBS) on the road between Sinune and Khanasor, north of Mount Sinjar, late on Monday, killing two of them and wounding a third",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=YBS + PKK03 + ["vehicle"],
        location=SINUNE_RD,
        date=D("2025-03-10"),
        killed=R(2),
        injured=R(1),
        source=MAYOR + TPOST,
    ),
    E(
        False,
        "three fighters were killed in the Sinjar strike and that it hit the town of Sinune",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=YBS,
        location=SINUNE,
        date=D("2025-03-10"),
        killed=R(3),
        source=TPOST + ["earlier version"],
    ),
    E(
        False,
        "two fighters were killed and one was wounded on a road outside the town",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=YBS,
        location=SINUNE_RD,
        date=D("2025-03-10"),
        killed=R(2),
        injured=R(1),
        source=MAYOR,
    ),
    # the ministry's telling of the same strike ("neutralised" -> no number field); "in the Sinjar region" -> the
    # district's names
    E(
        False,
        'its forces had "neutralised three PKK terrorists" in the Sinjar region',
        EXP,
        AIR,
        actor1=TUR03,
        actor2=PKK03 + YBS,
        location=SINJAR_DIST,
        date=D("2025-03-10"),
        source=TURMOD03,
    ),
    E(
        False,
        'operations would continue "until not a single terrorist remains in Sinjar"',
        EXP,
        AIR,
        actor1=TUR03,
        actor2=PKK03 + YBS,
        location=SINJAR_DIST,
        source=TURMOD03,
        status="planned",
    ),
    # the officials' tally -> aggregate
    E(
        False,
        "It was the fourth Turkish strike in Sinjar district this year",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=YBS,
        location=SINJAR_DIST,
        date=D("2025-01-01", "2025-03-11"),
        source=["local officials"] + TPOST,
        aggregate=True,
    ),
    # background: the 2014 onslaught ("killed or enslaved" mixes dead and captives -> no number field)
    E(
        False,
        "the Islamic State's 2014 onslaught on the district in which thousands were killed or enslaved",
        VAC,
        ATTACK,
        actor1=ISIS,
        actor2=CIV + ["Yazidis"],
        location=SINJAR_DIST,
        date=D("2014-01-01", "2014-12-31"),
        source=TPOST,
    ),
    # one dispersal in two versions by two sources with two event types: the union's (water cannon and batons on a
    # sit-in, "at least nine" hurt -> Protest with intervention, non-lethal dispersal) and the police's (stones
    # from "infiltrators", six officers hurt -> Riots/Violent demonstration) -> one core event per version
    E(
        True,
        "police used water cannon and batons on Sunday to disperse hundreds of contract teachers who had gathered outside the governorate building demanding permanent posts, injuring at least nine of them",
        PRO,
        INTERVENTION,
        location=KIRKUK03,
        date=D("2025-03-09"),
        injured=R(9, None),
        source=UNION + TPOST,
        **PROTEST_SIDES(KPOL03 + TEACHERS),
    ),
    E(
        True,
        'six officers were hurt by stones thrown by "infiltrators" in the crowd',
        RIOT,
        VIOLENT,
        actor1=["infiltrators", "rioters", "crowd"] + TEACHERS,
        actor2=KPOL03,
        location=KIRKUK03,
        date=D("2025-03-09"),
        injured=R(6),
        source=KPOL03,
    ),
    E(
        True,
        "four people were detained and later released",
        STR,
        ARRESTS,
        actor1=KPOL03,
        actor2=["four people", "people"] + TEACHERS,
        location=KIRKUK03,
        date=D("2025-03-09"),
        source=KPOL03,
    ),
    # the correction's wrong day -> a non-core copy dated as it says
    E(
        False,
        "the Kirkuk protest took place on Saturday",
        PRO,
        INTERVENTION,
        actor1=TEACHERS + PROTESTERS,
        location=KIRKUK03,
        date=D("2025-03-08"),
        source=TPOST + ["earlier version"],
    ),
    # "some 30 km south-west of Kirkuk" -> LKM; "an officer and two soldiers" -> injured 3; the attribution chain
    # (a security source citing the division's report) -> both; the source's blame -> ISIS plus unknown
    E(
        True,
        "a roadside bomb went off beside an army vehicle on a rural road some 30 km south-west of Kirkuk early on Monday, wounding an officer and two soldiers",
        EXP,
        IED,
        actor1=UNK + ISIS + ["Islamic State cells"],
        actor2=IQARMY03,
        location=KIRKUK_SW,
        date=D("2025-03-10"),
        injured=R(3),
        source=["security source", "8th Division", "army's 8th Division", "Iraqi army"],
    ),
    # the union's conditional -> planned
    E(
        False,
        "The union said it would return to the street next week if nothing changed",
        PRO,
        PEACEFUL,
        actor1=TEACHERS + PROTESTERS,
        location=KIRKUK03,
        source=UNION,
        status="planned",
    ),
    # no gold: "it took place on Sunday" (the correction's date, told in the body), the YBS's denial of a link (no
    # event), "We escaped ISIS to live under drones" (a quote, no act), "No group claimed the blast", the
    # governor's promise
]
# the headline's copies
E03 += [
    E(False, "Turkish drone kills two Yazidi fighters near Sinjar", EXP, AIR, actor1=TUR03, actor2=YBS,
      location=SINUNE_RD, date=D("2025-03-10"), killed=R(2), source=TPOST),
    E(False, "police break up Kirkuk teachers' sit-in", PRO, INTERVENTION, actor1=KPOL03 + TEACHERS,
      actor2=TEACHERS + KPOL03, location=KIRKUK03, date=D("2025-03-09"), source=TPOST),
]
DOCS.append(
    (
        "dev-af-03",
        "Tigris Post",
        "2025-03-11",
        "Iraqi English-language news site with a correction notice",
        "Iraq/Sinjar and Kirkuk under a correction notice (the retracted 'three fighters' and Sinune, the retracted "
        "Saturday): a Turkish drone on a YBS vehicle on a road 'north of Mount Sinjar' 'late on Monday', the "
        "ministry's 'neutralised three' and vow, a year's strike count, 2014 background ('thousands were killed or "
        "enslaved'), a teachers' sit-in dispersal in two versions and two types (the union's 'at least nine' / the "
        "police's six officers hurt by stones), detentions, an IED 'some 30 km south-west of Kirkuk' told by a "
        "source 'citing' a division's report, the union's conditional",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-af-03", "Tuesday 11 March 2025 / on Tuesday", "2025-03-11", "Tuesday"),
    ("dev-af-03", "late on Monday / early on Monday", "2025-03-10", "Monday"),
    ("dev-af-03", "on Sunday", "2025-03-09", "Sunday"),
    ("dev-af-03", "on Saturday (the retracted day)", "2025-03-08", "Saturday"),
]

# =============================================================================
# dev-af-04  partisan (pro-SDF) news agency — northern Syria: the Tishreen Dam 25 km south-east of Manbij, the Qara Qozak bridge east of Manbij; Jindires and Afrin city's Kawa roundabout (Thu 16 Jan 2025)
# =============================================================================
T04 = """Occupation drone massacres civilians on the road to Tishreen Dam; SDF fighters crush mercenary assault

Rojava Now | North and East Syria | 16 January 2025

The Turkish occupation committed a new massacre against the peaceful people of North and East Syria yesterday. An occupation drone targeted a convoy of civilian cars heading to join the popular sit-in at the Tishreen Dam, some 25 km south-east of Manbij, killing at least five civilians, among them a woman and her 10-year-old daughter, and wounding 18 others, according to the Health Board of the Euphrates region. Two of the wounded died overnight in a hospital in Kobani, raising the number of martyrs to seven.

The Turkish defence ministry claimed that its forces had "neutralised 12 PKK/YPG terrorists" trying to approach the dam, a lie meant to cover up a crime against civilians.

Despite the bombing, thousands of people from Kobani, Raqqa and al-Hasakah kept up the sit-in at the dam for a ninth day, waving banners and chanting against the occupation. The dam stands today as a fortress of the people's will. Since the sit-in began on 7 January, occupation drones and artillery have killed 19 civilians at and around the dam, according to the Health Board.

On the front, SDF fighters on Wednesday repelled an attack by mercenaries of the so-called Syrian National Army on positions near the Qara Qozak bridge, east of Manbij. The SDF media centre said our fighters killed 23 mercenaries and destroyed two armoured vehicles, while two of our comrades were martyred.

In occupied Afrin, gunmen of one of the occupation's mercenary factions kidnapped a Kurdish man and his 70-year-old father from their home in Jindires on Tuesday night and are demanding a ransom of 5,000 dollars, a local source told our agency.

On Monday evening, a car bomb exploded near the Kawa roundabout in the centre of Afrin city, killing three people and wounding several others. The occupation-installed local council blamed "PKK/YPG terrorists", while residents said the blast was the result of infighting between the factions over checkpoint revenues.

Afrin has been under occupation since the Turkish army and its mercenaries seized it in March 2018. The silence of the international community only encourages the occupation to commit more crimes.

The SDF General Command warned that if the occupation continues to target civilians, "our forces will respond in the depth of the occupied areas".
"""

TUR04 = TURKEY + ["Turkish occupation", "occupation", "occupation drone", "occupation drones", "its forces",
                  "Turkish defence ministry"]
SNA04 = ["Syrian National Army", "SNA", "mercenaries", "mercenary factions", "Turkish-backed factions", "factions",
         "Turkish-backed Syrian National Army", "gunmen of one of the occupation's mercenary factions"]
SDF04 = SDF + ["SDF fighters", "our fighters", "our forces", "SDF General Command", "SDF media centre"] + YPG
PKKYPG04 = ["PKK/YPG terrorists", "PKK/YPG", "terrorists"] + PKK + YPG
CONVOY04 = CIV + ["convoy of civilian cars", "convoy", "civilian cars", "woman", "10-year-old daughter"]
# "some 25 km south-east of Manbij" -> LKM from Manbij (the dam itself lies within ~3 km of that point)
TISHREEN = LKM(["Tishreen Dam", "Tishrin Dam", "the dam", "south-east of Manbij", "Manbij"], 36.53, 37.95, 25, 135,
               "SY")
# the bridge lies some 25-30 km east of Manbij on the Euphrates; we cannot pin it -> names and country
QARA_QOZAK = L(["Qara Qozak bridge", "Qarah Qawzak", "Qara Qozak", "east of Manbij", "Manbij"], cc="SY")
JINDIRES = L(["Jindires", "Jandairis", "Afrin"], 36.39, 36.69, "SY")
AFRIN = L(["Afrin", "Afrin city", "Kawa roundabout", "centre of Afrin city"], 36.51, 36.87, "SY")
RN = ["Rojava Now", "our agency", "author"]
HB04 = ["Health Board", "Health Board of the Euphrates region"]
TURMOD04 = ["Turkish defence ministry", "Turkish Ministry of National Defence", "Turkey's defence ministry"]
E04 = [
    # "at least five" raised to seven a sentence later -> killed 5..open (as dev_r's "at least 13" raised to 21);
    # two of the 18 wounded died -> injured 16..18; the revision a non-core copy; "some 25 km south-east of
    # Manbij" -> LKM; "yesterday" -> Wednesday 15 January
    E(
        True,
        "An occupation drone targeted a convoy of civilian cars heading to join the popular sit-in at the Tishreen Dam, some 25 km south-east of Manbij, killing at least five civilians, among them a woman and her 10-year-old daughter, and wounding 18 others",
        EXP,
        AIR,
        actor1=TUR04,
        actor2=CONVOY04 + ["protesters", "sit-in"],
        location=TISHREEN,
        date=D("2025-01-15"),
        killed=R(5, None),
        injured=R(16, 18),
        source=RN + HB04,
    ),
    E(
        False,
        "Two of the wounded died overnight in a hospital in Kobani, raising the number of martyrs to seven",
        EXP,
        AIR,
        actor1=TUR04,
        actor2=CONVOY04,
        location=TISHREEN,
        date=D("2025-01-15", "2025-01-16"),
        killed=R(7),
        source=RN,
    ),
    # the ministry names another object ("terrorists" approaching the dam) -> a core event of its own, sourced to
    # it; "neutralised" -> no number field
    E(
        True,
        'its forces had "neutralised 12 PKK/YPG terrorists" trying to approach the dam',
        EXP,
        AIR,
        actor1=TUR04,
        actor2=PKKYPG04 + SDF,
        location=TISHREEN,
        date=D("2025-01-15"),
        source=TURMOD04,
    ),
    # the sit-in on its ninth day (day 1 = 7 January) -> 15 January; "a fortress of the people's will" -> no gold
    E(
        True,
        "thousands of people from Kobani, Raqqa and al-Hasakah kept up the sit-in at the dam for a ninth day",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["thousands of people", "people", "sit-in"],
        location=TISHREEN,
        date=D("2025-01-15"),
        source=RN,
    ),
    E(
        False,
        "the sit-in began on 7 January",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=TISHREEN,
        date=D("2025-01-07"),
        source=RN,
    ),
    E(
        False,
        "occupation drones and artillery have killed 19 civilians at and around the dam",
        EXP,
        AIR,
        actor1=TUR04,
        actor2=CIV,
        location=TISHREEN,
        date=D("2025-01-07", "2025-01-16"),
        killed=R(19),
        source=HB04,
        aggregate=True,
    ),
    # both sides' dead from one source (23 mercenaries, two SDF fighters) -> exact, 25; the bridge unpinned
    E(
        True,
        "SDF fighters on Wednesday repelled an attack by mercenaries of the so-called Syrian National Army on positions near the Qara Qozak bridge, east of Manbij",
        BAT,
        CLASH,
        actor1=SNA04 + SDF04,
        actor2=SDF04 + SNA04,
        location=QARA_QOZAK,
        date=D("2025-01-15"),
        killed=R(25),
        source=RN + ["SDF media centre", "SDF"],
    ),
    E(
        False,
        "our fighters killed 23 mercenaries and destroyed two armoured vehicles, while two of our comrades were martyred",
        BAT,
        CLASH,
        actor1=SDF04,
        actor2=SNA04,
        location=QARA_QOZAK,
        date=D("2025-01-15"),
        killed=R(25),
        source=["SDF media centre", "SDF"],
    ),
    # "on Tuesday night" -> both days; abductees are no casualties
    E(
        True,
        "gunmen of one of the occupation's mercenary factions kidnapped a Kurdish man and his 70-year-old father from their home in Jindires on Tuesday night",
        VAC,
        ABDUCT,
        actor1=SNA04 + UNK,
        actor2=CIV + ["Kurdish man", "70-year-old father", "father"],
        location=JINDIRES,
        date=D("2025-01-14", "2025-01-15"),
        source=["local source"] + RN,
    ),
    # a car bomb with no driver named -> Remote explosive/IED; blamed by the council on the PKK/YPG and by residents
    # on faction infighting -> both plus unknown on the core, each blame a non-core copy; "several others" ->
    # injured 3..open
    E(
        True,
        "a car bomb exploded near the Kawa roundabout in the centre of Afrin city, killing three people and wounding several others",
        EXP,
        IED,
        actor1=UNK + PKKYPG04 + SNA04,
        actor2=CIV + ["three people", "people"],
        location=AFRIN,
        date=D("2025-01-13"),
        killed=R(3),
        injured=R(3, None),
        source=RN,
    ),
    E(
        False,
        'The occupation-installed local council blamed "PKK/YPG terrorists"',
        EXP,
        IED,
        actor1=PKKYPG04,
        actor2=CIV,
        location=AFRIN,
        date=D("2025-01-13"),
        source=["local council", "Afrin local council", "occupation-installed local council"],
    ),
    E(
        False,
        "the blast was the result of infighting between the factions over checkpoint revenues",
        EXP,
        IED,
        actor1=SNA04,
        actor2=CIV + SNA04,
        location=AFRIN,
        date=D("2025-01-13"),
        source=["residents"],
    ),
    # background: the capture of Afrin in March 2018 (the SNA's factions on the ground with the Turkish army) ->
    # Non-state actor overtakes territory, non-core
    E(
        False,
        "the Turkish army and its mercenaries seized it in March 2018",
        BAT,
        NSAOVER,
        actor1=TUR04 + SNA04,
        actor2=YPG + SDF,
        location=AFRIN,
        date=D("2018-03-01", "2018-03-31"),
        source=RN,
    ),
    # the General Command's conditional threat (an actor's own) -> planned
    E(
        False,
        '"our forces will respond in the depth of the occupied areas"',
        BAT,
        CLASH,
        actor1=SDF04,
        actor2=TUR04 + SNA04,
        location=L(["occupied areas", "northern Syria"], cc="SY"),
        source=["SDF General Command"] + SDF,
        status="planned",
    ),
    # no gold: "committed a new massacre" (the outlet's frame of its own event), "a lie meant to cover up", the
    # ransom demand, "a fortress of the people's will" (a metaphor), the international community's silence
    # (opinion)
]
# the headline's copies
E04 += [
    E(False, "Occupation drone massacres civilians on the road to Tishreen Dam", EXP, AIR, actor1=TUR04,
      actor2=CONVOY04, location=TISHREEN, date=D("2025-01-15"), source=RN),
    E(False, "SDF fighters crush mercenary assault", BAT, CLASH, actor1=SNA04 + SDF04, actor2=SDF04 + SNA04,
      location=QARA_QOZAK, date=D("2025-01-15"), source=RN),
]
DOCS.append(
    (
        "dev-af-04",
        "Rojava Now",
        "2025-01-16",
        "partisan (pro-SDF) news agency",
        "northern Syria through the SDF's eyes: a drone on a civilian convoy 'some 25 km south-east of Manbij' ('at "
        "least five' raised to seven a sentence later, 'a woman and her 10-year-old daughter') and the Turkish "
        "ministry's 'neutralised 12 ... terrorists' as another object, the dam sit-in's ninth day and its start, a "
        "tally, a clash near the Qara Qozak bridge with both sides' dead from one source, a kidnapping 'on Tuesday "
        "night' in Jindires, a car bomb in Afrin blamed by each side on another, 2018 background, a metaphor, "
        "opinion, a conditional threat; the outlet's 'occupation', 'mercenaries' and 'martyrs'",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-af-04", "16 January 2025", "2025-01-16", "Thursday"),
    ("dev-af-04", "yesterday / on Wednesday / a ninth day (day 1 = 7 January)", "2025-01-15", "Wednesday"),
    ("dev-af-04", "on Tuesday night (start)", "2025-01-14", "Tuesday"),
    ("dev-af-04", "On Monday evening", "2025-01-13", "Monday"),
]

# =============================================================================
# dev-af-05  live blog (newest entry first) — Gaza: Jabalia refugee camp and the al-Faluja roundabout west of it, Gaza City's Sheikh Radwan, the Shati camp and Omar al-Mukhtar Street, the Kamal Adwan hospital in Beit Lahia; Sderot (Mon 14 Oct 2024)
# =============================================================================
T05 = """Live: Gaza - family home hit in Jabalia camp, toll rises to 17; blast at Gaza City market

Middle East Live | Monday 14 October 2024 | Last updated 21:05 (all times local)

21:05 The Israeli army has again told residents of Jabalia, Beit Lahia and Beit Hanoun to move south and says its operation in Jabalia "will continue as long as necessary". That is where we close this blog for today.

19:10 Gaza's Health Ministry says more than 42,200 people have been killed in the territory since 7 October 2023.

17:40 The Israeli army has denied that its troops shelled the yard of the Kamal Adwan hospital in Beit Lahia, saying it "does not target medical facilities". The hospital's director told us two shells hit the yard on Sunday, wounding three staff members.

16:05 Sirens sounded in Sderot after two projectiles were launched from northern Gaza. The army says one was intercepted and the other fell in an open area. No injuries were reported.

14:30 An explosion tore through a crowded vegetable market on Omar al-Mukhtar Street in central Gaza City, killing five people, medics said. The Hamas-run interior ministry blamed an Israeli airstrike. An Israeli military spokesman said the blast was caused by "a failed rocket launch by Islamic Jihad". We cannot verify either account.

13:10 Medics at al-Ahli hospital say a drone strike on people queuing for flour outside a distribution point in Gaza City's Sheikh Radwan neighbourhood killed two and wounded several others.

12:25 An airstrike on a tent in the yard of a school sheltering displaced families in the Shati camp killed or wounded at least a dozen people, the Civil Defence says.

11:45 Hamas's armed wing, the Qassam Brigades, says its fighters hit a Merkava tank with a "Yassin 105" shell near the al-Faluja roundabout, west of Jabalia camp, this morning.

10:20 The Israeli army says troops of the 162nd Division operating in Jabalia "eliminated dozens of terrorists" over the past day, some in close-quarters combat, and located weapons in schools.

09:35 Update on the Jabalia strike: the Civil Defence now says 17 people were killed. Rescuers are still digging with their hands.

06:50 Gaza's Civil Defence says an Israeli airstrike overnight on a four-storey house in Jabalia refugee camp killed at least 10 members of the Abu Nasr family, among them four children. Our colleague in the north describes the camp as "a city of ghosts".
"""

ISR05 = ISRAEL + ["Israeli airstrike", "its troops", "troops of the 162nd Division", "162nd Division", "army"]
HAMAS05 = HAMAS + ["Hamas's armed wing", "its fighters", "terrorists", "Palestinian militants"]
PIJ = ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ", "al-Quds Brigades", "Saraya al-Quds"]
PALMIL05 = ["Palestinian militants"] + HAMAS + PIJ
JABALIA = L(["Jabalia", "Jabalia refugee camp", "Jabalia camp", "Jabaliya", "four-storey house"], 31.53, 34.48, "PS")
# "near the al-Faluja roundabout, west of Jabalia camp" -> the camp's point (the roundabout lies within ~1 km)
FALUJA = L(["al-Faluja roundabout", "al-Faluja", "west of Jabalia camp", "Jabalia camp", "Jabalia"], 31.53, 34.48,
           "PS")
SHEIKH_RADWAN = L(["Sheikh Radwan", "Sheikh Radwan neighbourhood", "Gaza City", "distribution point"], 31.53, 34.46,
                  "PS")
SHATI = L(["Shati camp", "al-Shati", "Beach camp", "Beach refugee camp", "Gaza City"], 31.53, 34.45, "PS")
MARKET05 = L(["Omar al-Mukhtar Street", "central Gaza City", "Gaza City", "vegetable market"], 31.51, 34.46, "PS")
KAMAL_ADWAN = L(["Kamal Adwan hospital", "Beit Lahia", "yard of the Kamal Adwan hospital"], 31.54, 34.50, "PS")
SDEROT = L(["Sderot"], 31.52, 34.60, "IL")
GAZA05 = L(["Gaza", "Gaza Strip", "the territory"], cc="PS")
NGAZA = L(["Jabalia", "Beit Lahia", "Beit Hanoun", "northern Gaza"], cc="PS")
MEL = ["Middle East Live", "author"]
GCD05 = ["Civil Defence", "Gaza's Civil Defence", "Palestinian Civil Defence", "Gaza Civil Defence"]
ARMY05 = ["Israeli army", "Israeli military", "IDF", "Israel Defense Forces", "military spokesman",
          "Israeli military spokesman"]
MEDICS = ["medics", "Medics at al-Ahli hospital", "al-Ahli hospital"]
E05 = [
    # "at least 10" raised to 17 in a later entry -> killed 10..open (as dev_r), the update a non-core copy;
    # "overnight" in a Monday blog -> Sunday and Monday
    E(
        True,
        "an Israeli airstrike overnight on a four-storey house in Jabalia refugee camp killed at least 10 members of the Abu Nasr family, among them four children",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["Abu Nasr family", "family", "four children", "house"],
        location=JABALIA,
        date=D("2024-10-13", "2024-10-14"),
        killed=R(10, None),
        source=GCD05 + MEL,
    ),
    E(
        False,
        "the Civil Defence now says 17 people were killed",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV,
        location=JABALIA,
        date=D("2024-10-13", "2024-10-14"),
        killed=R(17),
        source=GCD05,
    ),
    # the army's day of fighting in one camp -> one clash (as dev_r's Rafah encounters); "dozens" -> 24..open;
    # "over the past day" in a Monday entry -> Sunday and Monday
    E(
        True,
        'troops of the 162nd Division operating in Jabalia "eliminated dozens of terrorists" over the past day',
        BAT,
        CLASH,
        actor1=ISR05 + HAMAS05,
        actor2=HAMAS05 + ISR05,
        location=JABALIA,
        date=D("2024-10-13", "2024-10-14"),
        killed=R(24, None),
        source=ARMY05,
    ),
    # a party's claim of an anti-tank shell on a tank -> Battles, core, sourced to it; "this morning" -> Monday
    E(
        True,
        'its fighters hit a Merkava tank with a "Yassin 105" shell near the al-Faluja roundabout, west of Jabalia camp, this morning',
        BAT,
        CLASH,
        actor1=HAMAS05,
        actor2=ISR05 + ["Merkava tank", "tank"],
        location=FALUJA,
        date=D("2024-10-14"),
        source=["Qassam Brigades", "Hamas's armed wing"] + HAMAS,
    ),
    # an agent-less drone in Gaza City -> Israel plus unknown; "several others" -> injured 3..open
    E(
        True,
        "a drone strike on people queuing for flour outside a distribution point in Gaza City's Sheikh Radwan neighbourhood killed two and wounded several others",
        EXP,
        AIR,
        actor1=ISR05 + UNK,
        actor2=CIV + ["people queuing for flour", "people"],
        location=SHEIKH_RADWAN,
        date=D("2024-10-14"),
        killed=R(2),
        injured=R(3, None),
        source=MEDICS,
    ),
    # "killed or wounded at least a dozen" -> casualties 12..open
    E(
        True,
        "An airstrike on a tent in the yard of a school sheltering displaced families in the Shati camp killed or wounded at least a dozen people",
        EXP,
        AIR,
        actor1=ISR05 + UNK,
        actor2=CIV + ["displaced families", "tent", "school"],
        location=SHATI,
        date=D("2024-10-14"),
        casualties=R(12, None),
        source=GCD05,
    ),
    # one blast, two blames (an Israeli airstrike / a failed Islamic Jihad rocket), "We cannot verify either" ->
    # both plus unknown on the core, each blame a non-core copy with its own sub-type; the core keeps the airstrike
    # sub-type of the local authorities' telling (matching is on the event type)
    E(
        True,
        "An explosion tore through a crowded vegetable market on Omar al-Mukhtar Street in central Gaza City, killing five people",
        EXP,
        AIR,
        actor1=UNK + ISR05 + PIJ,
        actor2=CIV + ["vegetable market", "market", "five people"],
        location=MARKET05,
        date=D("2024-10-14"),
        killed=R(5),
        source=["medics"] + MEL,
    ),
    E(
        False,
        "The Hamas-run interior ministry blamed an Israeli airstrike",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV,
        location=MARKET05,
        date=D("2024-10-14"),
        source=["interior ministry", "Hamas-run interior ministry"],
    ),
    E(
        False,
        '"a failed rocket launch by Islamic Jihad"',
        EXP,
        SHELL,
        actor1=PIJ,
        actor2=CIV,
        location=MARKET05,
        date=D("2024-10-14"),
        source=ARMY05,
    ),
    # a launch toward Sderot with no launcher named -> unknown plus the Gaza groups; "No injuries were reported" ->
    # injured 0..0 only; the interception -> a core Disrupted weapons use
    E(
        True,
        "Sirens sounded in Sderot after two projectiles were launched from northern Gaza",
        EXP,
        SHELL,
        actor1=UNK + PALMIL05,
        actor2=ISRAEL + ["Sderot"],
        location=SDEROT,
        date=D("2024-10-14"),
        injured=R(0),
        source=MEL + ARMY05,
    ),
    E(
        True,
        "one was intercepted and the other fell in an open area",
        STR,
        DISRUPT,
        actor1=ISR05,
        actor2=PALMIL05 + UNK + ["projectiles"],
        location=SDEROT,
        date=D("2024-10-14"),
        source=ARMY05,
    ),
    # the director's telling (shells, "on Sunday", three staff) -> core, the shooter implied by the army's denial
    # -> Israel plus unknown; the army's denial (printed first) -> a non-core denied copy
    E(
        True,
        "two shells hit the yard on Sunday, wounding three staff members",
        EXP,
        SHELL,
        actor1=ISR05 + UNK,
        actor2=CIV + ["Kamal Adwan hospital", "hospital", "staff members", "three staff members"],
        location=KAMAL_ADWAN,
        date=D("2024-10-13"),
        injured=R(3),
        source=["hospital's director", "hospital director", "director"],
    ),
    E(
        False,
        "The Israeli army has denied that its troops shelled the yard of the Kamal Adwan hospital in Beit Lahia",
        EXP,
        SHELL,
        actor1=ISR05,
        actor2=CIV + ["Kamal Adwan hospital"],
        location=KAMAL_ADWAN,
        date=D("2024-10-13"),
        source=ARMY05,
        status="denied",
    ),
    E(
        False,
        "more than 42,200 people have been killed in the territory since 7 October 2023",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + PALMIL05,
        location=GAZA05,
        date=D("2023-10-07", "2024-10-14"),
        killed=R(42201, None),
        source=["Health Ministry", "Gaza's Health Ministry"],
        aggregate=True,
    ),
    # the army's announcement -> planned
    E(
        False,
        'its operation in Jabalia "will continue as long as necessary"',
        BAT,
        CLASH,
        actor1=ISR05,
        actor2=HAMAS05,
        location=NGAZA,
        source=ARMY05,
        status="planned",
    ),
    # no gold: the evacuation order (no act of violence), "does not target medical facilities", "We cannot verify
    # either account", the weapons found in schools, the rescuers digging, "a city of ghosts" (a metaphor)
]
# the headline's copies
E05 += [
    E(False, "family home hit in Jabalia camp, toll rises to 17", EXP, AIR, actor1=ISR05, actor2=CIV,
      location=JABALIA, date=D("2024-10-13", "2024-10-14"), killed=R(17), source=MEL),
    E(False, "blast at Gaza City market", EXP, AIR, actor1=UNK + ISR05 + PIJ, actor2=CIV, location=MARKET05,
      date=D("2024-10-14"), source=MEL),
]
DOCS.append(
    (
        "dev-af-05",
        "Middle East Live (live blog)",
        "2024-10-14",
        "live blog (newest entry first)",
        "Gaza in reverse-chronological timed entries: a strike 'overnight' on a family home in Jabalia camp ('at "
        "least 10' raised to 17 in a later entry), the army's 'dozens of terrorists', a Qassam claim on a tank 'this "
        "morning', a drone on a flour queue ('wounded several others'), a tent strike that 'killed or wounded at "
        "least a dozen', a market blast blamed on an Israeli strike or 'a failed rocket launch', a launch toward "
        "Sderot and its interception, hospital shelling 'on Sunday' with the army's prior denial, a tally, a plan, a "
        "metaphor",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-af-05", "Monday 14 October 2024 / this morning / overnight (end)", "2024-10-14", "Monday"),
    ("dev-af-05", "on Sunday / overnight (start)", "2024-10-13", "Sunday"),
]

# =============================================================================
# dev-af-06  ministry press statement (Palestinian foreign ministry) — West Bank: Jenin refugee camp and its al-Hadaf neighbourhood, Qabatiya south of Jenin, the entrance of Beit Ummar north of Hebron, a hamlet in Masafer Yatta, Hebron, Sa'ir, Hebron's old city (Tue 11 Feb 2025)
# =============================================================================
T06 = """Foreign Ministry condemns the occupation's escalating crimes in Jenin and Hebron

State of Palestine | Ministry of Foreign Affairs and Expatriates | Press statement | Ramallah, 11 February 2025

The Ministry of Foreign Affairs and Expatriates condemns in the strongest terms the continuing crimes of the Israeli occupation and its terrorist colonists against our people in the north and south of the West Bank, and holds the occupation government fully responsible for their consequences.

In Jenin, now in the third week of the so-called "Iron Wall" aggression, occupation forces on Sunday blew up some 20 residential buildings in the Jenin refugee camp at once, wiping out entire blocks. On Saturday, the same forces seized four homes in the camp's al-Hadaf neighbourhood and turned them into military posts, and the occupation's defence minister has declared that troops will stay in the camp "for the coming year".

On Monday afternoon, an occupation drone bombed a group of young men in the town of Qabatiya, south of Jenin, killing three of them, the youngest aged 17. The occupation army's claim that they were "an armed cell planning an imminent attack" is a pretext for extrajudicial killing.

In the south, on Sunday night, occupation soldiers executed in cold blood the young man Yousef Abu Sharkh, 22, at the entrance of Beit Ummar, north of Hebron, and left him bleeding for an hour while preventing ambulances from reaching him. The occupation's claim that he opened fire at its soldiers is a fabrication.

In Masafer Yatta, south of Hebron, armed colonists from an illegal outpost attacked a hamlet on Monday, beating a 70-year-old man and his grandson with clubs and setting fire to a car and a sheep pen under the protection of occupation soldiers.

At dawn today, occupation forces stormed the city of Hebron and the towns of Beit Ummar and Sa'ir, arresting more than 25 citizens, among them a journalist and two former prisoners, according to the Palestinian Prisoners' Society. Yesterday, a peaceful march in Hebron's old city against the closure of Shuhada Street was suppressed with live bullets and tear gas, injuring four participants.

The Ministry recalls that a colonist committed the massacre of the Ibrahimi Mosque in 1994, killing 29 worshippers, and that the same mentality rules today. Since the aggression on the north began on 21 January, 27 citizens have been martyred in Jenin governorate.

The Ministry calls on the international community to move from words to deeds before the whole region explodes.
"""

ISR06 = ISRAEL + ["occupation", "Israeli occupation", "occupation forces", "occupation soldiers", "occupation drone",
                  "occupation army", "same forces", "troops", "defence minister"]
SETTLERS06 = SETTLERS + ["colonists", "armed colonists", "terrorist colonists", "colonist", "illegal outpost"]
PALMIL06 = ["Palestinian militants", "militants", "armed cell", "Jenin Brigade", "Palestinian gunmen"]
JENIN_CAMP = L(["Jenin refugee camp", "Jenin camp", "Jenin", "the camp"], 32.46, 35.29, "PS")
HADAF = L(["al-Hadaf", "al-Hadaf neighbourhood", "Jenin refugee camp", "Jenin"], 32.46, 35.29, "PS")
QABATIYA = L(["Qabatiya", "Qabatiyah", "town of Qabatiya", "south of Jenin"], 32.41, 35.28, "PS")
# "at the entrance of Beit Ummar, north of Hebron" -> Beit Ummar's point
BEIT_UMMAR = L(["Beit Ummar", "entrance of Beit Ummar", "north of Hebron"], 31.62, 35.10, "PS")
MASAFER = L(["Masafer Yatta", "south of Hebron", "hamlet", "Yatta"], cc="PS")
HEBRON = L(["Hebron", "city of Hebron", "al-Khalil", "Beit Ummar", "Sa'ir"], 31.53, 35.10, "PS")
HEBRON_OLD = L(["Hebron's old city", "Hebron", "Shuhada Street", "old city"], 31.52, 35.11, "PS")
IBRAHIMI = L(["Ibrahimi Mosque", "Hebron", "Cave of the Patriarchs"], 31.52, 35.11, "PS")
JENIN_GOV = L(["Jenin governorate", "Jenin", "north of the West Bank"], cc="PS")
MOFA = ["Ministry of Foreign Affairs and Expatriates", "Palestinian Ministry of Foreign Affairs",
        "Palestinian Foreign Ministry", "Foreign Ministry", "Ministry", "State of Palestine", "author"]
IDFSRC06 = ["occupation army", "Israeli army", "IDF", "Israel Defense Forces"]
E06 = [
    # demolitions without casualties -> Looting/property destruction; "some 20" buildings are no casualties
    E(
        True,
        "occupation forces on Sunday blew up some 20 residential buildings in the Jenin refugee camp at once",
        STR,
        LOOT,
        actor1=ISR06,
        actor2=CIV + ["residential buildings", "buildings"],
        location=JENIN_CAMP,
        date=D("2025-02-09"),
        source=MOFA,
    ),
    # homes turned into military posts -> Headquarters or base established; the minister's declaration -> planned
    E(
        True,
        "the same forces seized four homes in the camp's al-Hadaf neighbourhood and turned them into military posts",
        STR,
        BASE,
        actor1=ISR06,
        actor2=CIV + ["four homes", "homes"],
        location=HADAF,
        date=D("2025-02-08"),
        source=MOFA,
    ),
    E(
        False,
        'troops will stay in the camp "for the coming year"',
        STR,
        BASE,
        actor1=ISR06,
        location=JENIN_CAMP,
        source=["defence minister", "Israeli defence minister"] + MOFA,
        status="planned",
    ),
    # the strike and its three dead; the army's telling of the same men as "an armed cell" -> a non-core copy (the
    # ministry rejects it, but the strike itself is not in dispute)
    E(
        True,
        "an occupation drone bombed a group of young men in the town of Qabatiya, south of Jenin, killing three of them, the youngest aged 17",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV + ["group of young men", "young men"] + PALMIL06,
        location=QABATIYA,
        date=D("2025-02-10"),
        killed=R(3),
        source=MOFA,
    ),
    E(
        False,
        'The occupation army\'s claim that they were "an armed cell planning an imminent attack"',
        EXP,
        AIR,
        actor1=ISR06,
        actor2=PALMIL06,
        location=QABATIYA,
        date=D("2025-02-10"),
        source=IDFSRC06,
    ),
    # "executed in cold blood" -> Violence against civilians, killed 1; "on Sunday night" -> both days; the army's
    # version (he fired at soldiers -> a clash) appears only inside the ministry's rejection -> a non-core denied
    # Battles event, the denier as source
    E(
        True,
        "occupation soldiers executed in cold blood the young man Yousef Abu Sharkh, 22, at the entrance of Beit Ummar, north of Hebron",
        VAC,
        ATTACK,
        actor1=ISR06,
        actor2=CIV + ["Yousef Abu Sharkh", "young man"],
        location=BEIT_UMMAR,
        date=D("2025-02-09", "2025-02-10"),
        killed=R(1),
        source=MOFA,
    ),
    E(
        False,
        "The occupation's claim that he opened fire at its soldiers is a fabrication",
        BAT,
        CLASH,
        actor1=["Yousef Abu Sharkh", "gunman", "Palestinian gunman"] + ISR06,
        actor2=ISR06,
        location=BEIT_UMMAR,
        date=D("2025-02-09", "2025-02-10"),
        killed=R(1),
        source=MOFA,
        status="denied",
    ),
    # a settler raid beating two villagers ("a 70-year-old man and his grandson") -> injured 2; the hamlet unnamed
    # -> Masafer Yatta's names and country
    E(
        True,
        "armed colonists from an illegal outpost attacked a hamlet on Monday, beating a 70-year-old man and his grandson with clubs and setting fire to a car and a sheep pen",
        VAC,
        ATTACK,
        actor1=SETTLERS06,
        actor2=CIV + ["hamlet", "70-year-old man", "grandson"],
        location=MASAFER,
        date=D("2025-02-10"),
        injured=R(2),
        source=MOFA,
    ),
    # a dawn raid over a city and two towns -> one arrest event at the city; "more than 25 citizens" are no
    # casualties
    E(
        True,
        "occupation forces stormed the city of Hebron and the towns of Beit Ummar and Sa'ir, arresting more than 25 citizens",
        STR,
        ARRESTS,
        actor1=ISR06,
        actor2=CIV + ["citizens", "journalist", "former prisoners"],
        location=HEBRON,
        date=D("2025-02-11"),
        source=["Palestinian Prisoners' Society", "Prisoners' Society"] + MOFA,
    ),
    # live bullets on a peaceful march with four hurt -> Excessive force against protesters; "Yesterday" -> Monday
    E(
        True,
        "a peaceful march in Hebron's old city against the closure of Shuhada Street was suppressed with live bullets and tear gas, injuring four participants",
        PRO,
        EXCESSIVE,
        location=HEBRON_OLD,
        date=D("2025-02-10"),
        injured=R(4),
        source=MOFA,
        **PROTEST_SIDES(ISR06 + ["participants", "march"]),
    ),
    # background: the 1994 massacre -> non-core
    E(
        False,
        "a colonist committed the massacre of the Ibrahimi Mosque in 1994, killing 29 worshippers",
        VAC,
        ATTACK,
        actor1=SETTLERS06,
        actor2=CIV + ["worshippers", "29 worshippers"],
        location=IBRAHIMI,
        date=D("1994-01-01", "1994-12-31"),
        killed=R(29),
        source=MOFA,
    ),
    # the operation's start and the governorate's toll -> non-core, the toll an aggregate
    E(
        False,
        "the aggression on the north began on 21 January",
        BAT,
        CLASH,
        actor1=ISR06,
        actor2=PALMIL06,
        location=JENIN_GOV,
        date=D("2025-01-21"),
        source=MOFA,
    ),
    E(
        False,
        "27 citizens have been martyred in Jenin governorate",
        VAC,
        ATTACK,
        actor1=ISR06,
        actor2=CIV + ["citizens"],
        location=JENIN_GOV,
        date=D("2025-01-21", "2025-02-11"),
        killed=R(27),
        source=MOFA,
        aggregate=True,
    ),
    # no gold: the condemnation and "holds ... responsible", "the third week of the so-called 'Iron Wall'
    # aggression" (the operation's age), "wiping out entire blocks" (inside the demolition), "a pretext for
    # extrajudicial killing" (opinion), the ambulances kept away (inside the killing), "the same mentality rules
    # today" (opinion), "before the whole region explodes" (a metaphor)
]
DOCS.append(
    (
        "dev-af-06",
        "Palestinian Ministry of Foreign Affairs and Expatriates (press statement)",
        "2025-02-11",
        "ministry press statement",
        "West Bank through the Palestinian foreign ministry: demolitions in Jenin camp 'on Sunday', homes turned into "
        "military posts and a minister's declared stay, a drone on young men in Qabatiya 'south of Jenin' with the "
        "army's 'armed cell' as a copy, a killing 'on Sunday night' told as an execution with the army's version "
        "only inside the ministry's rejection, a settler attack ('a 70-year-old man and his grandson'), dawn arrests "
        "'more than 25', a march met with live fire 'Yesterday', 1994 background, an operation's start and a tally, a "
        "metaphor; the ministry's 'colonists' and 'martyred'",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-af-06", "11 February 2025 / At dawn today", "2025-02-11", "Tuesday"),
    ("dev-af-06", "On Monday afternoon / on Monday / Yesterday / on Sunday night (end)", "2025-02-10", "Monday"),
    ("dev-af-06", "on Sunday / on Sunday night (start)", "2025-02-09", "Sunday"),
    ("dev-af-06", "On Saturday", "2025-02-08", "Saturday"),
]

# =============================================================================
# dev-af-07  Houthi-run (Sanaa) news agency — Yemen: Taiz International Airport in al-Janad north-east of Taiz, the skies of al-Dhale governorate, al-Salw district of Taiz, the Bab Ghalaq front north of al-Dhale city, the Murais front (Sat 12 Apr 2025)
# =============================================================================
T07 = """American aggression raids Taiz airport; child martyred by mercenary shelling in al-Salw

Al-Yaman Al-Hurr News Agency | Sanaa | Saturday 12 April 2025

SANAA, April 12 - The American aggression launched two raids on Friday evening on Taiz International Airport in the al-Janad area, north-east of the city of Taiz, a security source in the governorate said. The source said the raids caused material damage to the airport's facilities, and that no citizens were harmed.

On Thursday night, Yemeni air defences shot down an American MQ-9 drone as it was carrying out hostile missions in the skies of al-Dhale governorate, the spokesman of the armed forces said in a statement. He added that it was the 19th drone of this type brought down since the start of the battle in support of Gaza.

In Taiz, a child was martyred and his two brothers were injured when artillery shells fired by the mercenaries of the aggression hit their house in al-Salw district yesterday, a local source said. The martyr, Ahmed, was nine years old; his brothers are aged five and 12. The source added that two days earlier a mercenary sniper had shot and wounded a 35-year-old woman as she was fetching water in the same district.

In al-Dhale, the army forces foiled an infiltration attempt by mercenaries on the Bab Ghalaq front, north of the city of al-Dhale, at dawn on Friday, killing and wounding more than 20 of them, a military source said. The source denied claims by the aggression's channels, citing commanders in the mercenary ranks, that their forces had taken two hills on the Murais front, calling them "lies to cover up their defeats".

Since the beginning of April, the mercenaries have committed 137 violations in Taiz governorate, including 43 artillery shells and 12 sniper attacks, according to the monitoring of the liaison officers.

The American escalation comes as a continuation of the war of aggression launched on our country in March 2015, which has failed for ten years to break the will of the Yemeni people. The armed forces warned that any further aggression will be met with operations against American warships in the Red Sea, and affirmed that the aggressor will drown in the Yemeni quagmire.
"""

HOUTHI07 = HOUTHI + ["Yemeni air defences", "air defences", "armed forces", "Yemeni armed forces", "army forces",
                     "Sanaa forces", "Sanaa government"]
USA07 = USA + ["American aggression", "US aggression", "MQ-9", "American MQ-9 drone", "American warships"]
GOVYE07 = ["Yemeni government", "government forces", "pro-government forces", "mercenaries",
           "mercenaries of the aggression", "mercenary sniper", "Military Forces of Yemen", "Saudi-backed forces",
           "mercenary ranks", "their forces", "Southern forces"]
COAL07 = ["Saudi-led coalition", "Saudi Arabia", "coalition", "aggression", "war of aggression",
          "Military Forces of Saudi Arabia"]
# the airport is a pinned site -> its own point (some 15 km north-east of the city centre)
TAIZ_AIRPORT = L(["Taiz International Airport", "Taiz airport", "al-Janad", "al-Janad area", "Taiz"], 13.69, 44.14,
                 "YE")
DHALE_GOV = L(["al-Dhale governorate", "al-Dhale", "Dhale", "skies of al-Dhale governorate"], cc="YE")
SALW = L(["al-Salw", "al-Salw district", "Salw", "Taiz"], cc="YE")
# "north of the city of al-Dhale" (no distance) -> the city's point
BAB_GHALAQ = L(["Bab Ghalaq", "Bab Ghalaq front", "north of the city of al-Dhale", "al-Dhale", "Dhale"], 13.70,
               44.73, "YE")
MURAIS = L(["Murais", "Murais front", "Muris", "al-Dhale"], cc="YE")
TAIZ_GOV07 = L(["Taiz governorate", "Taiz"], cc="YE")
YEMEN07 = L(["Yemen", "our country"], cc="YE")
AHA = ["Al-Yaman Al-Hurr News Agency", "Al-Yaman Al-Hurr", "author"]
E07 = [
    # "no citizens were harmed" covers one group -> no number field; the airport as the Houthis' facility
    E(
        True,
        "The American aggression launched two raids on Friday evening on Taiz International Airport in the al-Janad area, north-east of the city of Taiz",
        EXP,
        AIR,
        actor1=USA07,
        actor2=HOUTHI + ["Taiz International Airport", "airport", "airport's facilities"],
        location=TAIZ_AIRPORT,
        date=D("2025-04-11"),
        source=["security source"] + AHA,
    ),
    # a drone shot down -> Disrupted weapons use; "On Thursday night" -> both days; the running count -> aggregate,
    # undated (the campaign's start is not given)
    E(
        True,
        "Yemeni air defences shot down an American MQ-9 drone as it was carrying out hostile missions in the skies of al-Dhale governorate",
        STR,
        DISRUPT,
        actor1=HOUTHI07,
        actor2=USA07,
        location=DHALE_GOV,
        date=D("2025-04-10", "2025-04-11"),
        source=["spokesman of the armed forces", "armed forces"] + HOUTHI + AHA,
    ),
    E(
        False,
        "it was the 19th drone of this type brought down since the start of the battle in support of Gaza",
        STR,
        DISRUPT,
        actor1=HOUTHI07,
        actor2=USA07,
        location=YEMEN07,
        source=["spokesman of the armed forces", "armed forces"] + HOUTHI,
        aggregate=True,
    ),
    # the outlet's "mercenaries of the aggression" are the government's forces; "a child was martyred and his two
    # brothers were injured" -> 1 and 2 ("nine years old", "aged five and 12" a sentence later); "yesterday" ->
    # Friday
    E(
        True,
        "a child was martyred and his two brothers were injured when artillery shells fired by the mercenaries of the aggression hit their house in al-Salw district yesterday",
        EXP,
        SHELL,
        actor1=GOVYE07,
        actor2=CIV + ["child", "two brothers", "brothers", "house", "Ahmed"],
        location=SALW,
        date=D("2025-04-11"),
        killed=R(1),
        injured=R(2),
        source=["local source"] + AHA,
    ),
    # a sniper on a woman fetching water -> Violence against civilians; "two days earlier" than yesterday ->
    # Wednesday 9 April
    E(
        True,
        "two days earlier a mercenary sniper had shot and wounded a 35-year-old woman as she was fetching water in the same district",
        VAC,
        ATTACK,
        actor1=GOVYE07,
        actor2=CIV + ["35-year-old woman", "woman"],
        location=SALW,
        date=D("2025-04-09"),
        injured=R(1),
        source=["local source"] + AHA,
    ),
    # an attack repelled; "killing and wounding more than 20 of them" (one side, unsplit) -> casualties 21..open;
    # "north of the city of al-Dhale" -> the city's point
    E(
        True,
        "the army forces foiled an infiltration attempt by mercenaries on the Bab Ghalaq front, north of the city of al-Dhale, at dawn on Friday, killing and wounding more than 20 of them",
        BAT,
        CLASH,
        actor1=GOVYE07 + HOUTHI07,
        actor2=HOUTHI07 + GOVYE07,
        location=BAB_GHALAQ,
        date=D("2025-04-11"),
        casualties=R(21, None),
        source=["military source"] + AHA,
    ),
    # the other side's claim appears only inside the Houthi source's denial (through a chain: channels citing
    # commanders) -> non-core denied, the denier as source; pro-government forces taking positions -> Government
    # regains territory
    E(
        False,
        "their forces had taken two hills on the Murais front",
        BAT,
        GOVREGAIN,
        actor1=GOVYE07,
        actor2=HOUTHI07,
        location=MURAIS,
        source=["military source"] + HOUTHI,
        status="denied",
    ),
    E(
        False,
        "the mercenaries have committed 137 violations in Taiz governorate, including 43 artillery shells and 12 sniper attacks",
        EXP,
        SHELL,
        actor1=GOVYE07,
        actor2=CIV + HOUTHI07,
        location=TAIZ_GOV07,
        date=D("2025-04-01", "2025-04-12"),
        source=["liaison officers"] + AHA,
        aggregate=True,
    ),
    # background: the coalition's war from March 2015 -> non-core
    E(
        False,
        "the war of aggression launched on our country in March 2015",
        EXP,
        AIR,
        actor1=COAL07,
        actor2=HOUTHI07,
        location=YEMEN07,
        date=D("2015-03-01", "2015-03-31"),
        source=AHA,
    ),
    # the armed forces' conditional threat -> planned; a point at sea -> no country
    E(
        False,
        "any further aggression will be met with operations against American warships in the Red Sea",
        EXP,
        SHELL,
        actor1=HOUTHI07,
        actor2=USA07,
        location=L(["Red Sea"]),
        source=["armed forces"] + HOUTHI,
        status="planned",
    ),
    # no gold: the material damage (inside the raids), the brothers' ages (inside the shelling), "lies to cover up
    # their defeats", "failed for ten years to break the will" (opinion), "drown in the Yemeni quagmire" (a
    # metaphor)
]
# the headline's copies
E07 += [
    E(False, "American aggression raids Taiz airport", EXP, AIR, actor1=USA07, actor2=HOUTHI + ["Taiz airport"],
      location=TAIZ_AIRPORT, date=D("2025-04-11"), source=AHA),
    E(False, "child martyred by mercenary shelling in al-Salw", EXP, SHELL, actor1=GOVYE07, actor2=CIV + ["child"],
      location=SALW, date=D("2025-04-11"), killed=R(1), source=AHA),
]
DOCS.append(
    (
        "dev-af-07",
        "Al-Yaman Al-Hurr News Agency (Sanaa)",
        "2025-04-12",
        "Houthi-run news agency",
        "Yemen/Taiz and al-Dhale through Sanaa's eyes: US raids on Taiz airport 'on Friday evening' ('no citizens "
        "were harmed'), an MQ-9 shot down 'On Thursday night' and a running count, mercenary shells on a house "
        "'yesterday' (a child of nine, two brothers aged five and 12), a sniper 'two days earlier', an infiltration "
        "repelled with 'killing and wounding more than 20', the other side's capture claim told only inside a denial "
        "('citing commanders'), a month's violations, 2015 background, a conditional threat, a metaphor; the "
        "outlet's 'aggression', 'mercenaries' and 'martyred'",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-af-07", "Saturday 12 April 2025", "2025-04-12", "Saturday"),
    ("dev-af-07", "on Friday evening / yesterday / at dawn on Friday / On Thursday night (end)", "2025-04-11",
     "Friday"),
    ("dev-af-07", "On Thursday night (start)", "2025-04-10", "Thursday"),
    ("dev-af-07", "two days earlier (than Friday)", "2025-04-09", "Wednesday"),
]

# =============================================================================
# dev-af-08  NGO urgent alert (human rights group) — Iran/Khuzestan: Ahvaz's Kut Abdullah and Malashiyeh on the Ahvaz-Khorramshahr road, the Mahshahr special economic zone, Bandar Mahshahr; the Jarahi marshes as 2019 background (Wed 23 Jul 2025)
# =============================================================================
T08 = """Urgent alert: security forces fire pellets at water protesters in Ahvaz; at least 14 detained

Karun Rights Watch | Urgent Alert No. 2025/19 | 23 July 2025 | For immediate release

SUMMARY: Security forces used shotguns and tear gas against residents protesting water and power cuts in Ahvaz on the night of 19 to 20 July, injuring at least seven people. At least 14 people have since been detained.

1. AHVAZ, SATURDAY NIGHT. Several hundred residents of the Kut Abdullah and Malashiyeh neighbourhoods gathered on the Ahvaz-Khorramshahr road after their districts had gone five days without running water, and blocked it with tyres, chanting "Water, electricity, life is our right". Special Unit police and plain-clothes agents then fired tear gas and birdshot at the crowd. Our sources, citing medical staff at Razi hospital, say at least seven protesters were treated for pellet wounds, among them a 16-year-old boy who may lose an eye.

2. THE STATE VERSION. The state news agency IRNA reported that "a limited number of rioters" had set fire to a bank branch and rubbish bins in Kut Abdullah and that police restored order "without any casualties". Karun Rights Watch has seen no evidence of an attack on a bank.

3. ARRESTS. Between Sunday and Tuesday, security forces arrested at least 14 people in Kut Abdullah and Malashiyeh, including two women, relatives told us. Their whereabouts are unknown.

4. MAHSHAHR. On Monday, dozens of contract workers at petrochemical plants in the Mahshahr special economic zone stopped work and held a sit-in outside the zone's administration building over unpaid wages. The protest ended peacefully. The next day, intelligence agents detained labour activist Habib Sayyahi, 41, at his home in Bandar Mahshahr.

5. WARNING. Khuzestan's prosecutor said on Tuesday that "those who disturb public order will be dealt with decisively".

BACKGROUND. In November 2019, security forces killed between 40 and 100 protesters in and around Mahshahr, many of them in the Jarahi marshes, according to human rights groups. No one has been held accountable.

ASSESSMENT. With temperatures above 50C and power cuts expected to continue through August, further protests are likely across the province. We urge the authorities to release all those detained for peaceful protest and to stop using shotguns against crowds.
"""

IRSEC = ["Iranian security forces", "security forces", "Special Unit police", "Special Units", "plain-clothes agents",
         "police", "Police Forces of Iran", "Law Enforcement Command", "FARAJA", "intelligence agents",
         "Ministry of Intelligence", "Iranian police"]
AHVAZ_PROT = ["residents", "Several hundred residents", "residents of the Kut Abdullah and Malashiyeh neighbourhoods",
              "crowd", "protesters"]
WORKERS = ["contract workers", "dozens of contract workers", "petrochemical workers", "workers"]
# Kut Abdullah and Malashiyeh are districts on the edge of Ahvaz (within ~10 km of the centre) -> the city's point
AHVAZ = L(["Ahvaz", "Ahwaz", "Kut Abdullah", "Malashiyeh", "Ahvaz-Khorramshahr road"], 31.32, 48.67, "IR")
MAHSHAHR = L(["Bandar Mahshahr", "Mahshahr", "Mahshahr special economic zone", "petrochemical plants"], 30.56,
             49.19, "IR")
KHUZ = L(["Khuzestan", "Khuzestan province", "the province"], cc="IR")
KRW = ["Karun Rights Watch", "our sources", "author"]
IRNA = ["IRNA", "state news agency", "Islamic Republic News Agency", "state news agency IRNA"]
E08 = [
    # the night's protest as the alert tells it: a road blocked, then tear gas and birdshot with pellet wounds ->
    # Excessive force against protesters (shotguns fired into a crowd, a boy who may lose an eye); the wounded a
    # sentence later through a chain (our sources citing medical staff) -> injured 7..open folded in; "SATURDAY
    # NIGHT" -> both days; the firing sentence and the toll sentence -> non-core copies
    E(
        True,
        "Several hundred residents of the Kut Abdullah and Malashiyeh neighbourhoods gathered on the Ahvaz-Khorramshahr road",
        PRO,
        EXCESSIVE,
        location=AHVAZ,
        date=D("2025-07-19", "2025-07-20"),
        injured=R(7, None),
        source=KRW + ["medical staff at Razi hospital", "Razi hospital"],
        **PROTEST_SIDES(IRSEC + AHVAZ_PROT),
    ),
    E(
        False,
        "Special Unit police and plain-clothes agents then fired tear gas and birdshot at the crowd",
        PRO,
        EXCESSIVE,
        location=AHVAZ,
        date=D("2025-07-19", "2025-07-20"),
        source=KRW,
        **PROTEST_SIDES(IRSEC + AHVAZ_PROT),
    ),
    E(
        False,
        "at least seven protesters were treated for pellet wounds, among them a 16-year-old boy",
        PRO,
        EXCESSIVE,
        location=AHVAZ,
        date=D("2025-07-19", "2025-07-20"),
        injured=R(7, None),
        source=["medical staff at Razi hospital", "Razi hospital"] + KRW,
        **PROTEST_SIDES(IRSEC + AHVAZ_PROT),
    ),
    # the state agency's version of the same night as arson by "rioters" -> another type, another source, another
    # number ("without any casualties" -> killed and injured 0..0) -> a core event of its own; the alert's doubt
    # about the bank -> a non-core denied copy
    E(
        True,
        '"a limited number of rioters" had set fire to a bank branch and rubbish bins in Kut Abdullah',
        RIOT,
        VIOLENT,
        actor1=["rioters", "a limited number of rioters"] + AHVAZ_PROT,
        actor2=["bank branch", "bank", "police"] + IRSEC,
        location=AHVAZ,
        date=D("2025-07-19", "2025-07-20"),
        killed=R(0),
        injured=R(0),
        source=IRNA,
    ),
    E(
        False,
        "Karun Rights Watch has seen no evidence of an attack on a bank",
        RIOT,
        VIOLENT,
        actor1=["rioters"] + AHVAZ_PROT,
        actor2=["bank branch", "bank"],
        location=AHVAZ,
        date=D("2025-07-19", "2025-07-20"),
        source=KRW,
        status="denied",
    ),
    # "Between Sunday and Tuesday" -> 20-22 July; two districts of one city -> the city
    E(
        True,
        "Between Sunday and Tuesday, security forces arrested at least 14 people in Kut Abdullah and Malashiyeh, including two women",
        STR,
        ARRESTS,
        actor1=IRSEC,
        actor2=AHVAZ_PROT + ["14 people", "people", "two women"],
        location=AHVAZ,
        date=D("2025-07-20", "2025-07-22"),
        source=["relatives"] + KRW,
    ),
    # a strike with a sit-in that "ended peacefully" -> Peaceful protest
    E(
        True,
        "dozens of contract workers at petrochemical plants in the Mahshahr special economic zone stopped work and held a sit-in outside the zone's administration building",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + WORKERS,
        location=MAHSHAHR,
        date=D("2025-07-21"),
        source=KRW,
    ),
    # "The next day" after Monday -> Tuesday 22 July
    E(
        True,
        "The next day, intelligence agents detained labour activist Habib Sayyahi, 41, at his home in Bandar Mahshahr",
        STR,
        ARRESTS,
        actor1=IRSEC,
        actor2=CIV + ["labour activist", "Habib Sayyahi", "activist"],
        location=MAHSHAHR,
        date=D("2025-07-22"),
        source=KRW,
    ),
    # the prosecutor's warning -> planned
    E(
        False,
        '"those who disturb public order will be dealt with decisively"',
        STR,
        ARRESTS,
        actor1=["judiciary", "Khuzestan's prosecutor", "prosecutor"] + IRSEC,
        actor2=PROTESTERS,
        location=KHUZ,
        source=["Khuzestan's prosecutor", "prosecutor"],
        status="planned",
    ),
    # background: November 2019 ("between 40 and 100" -> 40..100)
    E(
        False,
        "In November 2019, security forces killed between 40 and 100 protesters in and around Mahshahr",
        PRO,
        EXCESSIVE,
        location=L(["Mahshahr", "Bandar Mahshahr", "Jarahi marshes"], 30.56, 49.19, "IR"),
        date=D("2019-11-01", "2019-11-30"),
        killed=R(40, 100),
        source=["human rights groups"],
        **PROTEST_SIDES(IRSEC),
    ),
    # the alert's forecast -> hypothetical
    E(
        False,
        "further protests are likely across the province",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=KHUZ,
        source=KRW,
        status="hypothetical",
    ),
    # no gold: "after their districts had gone five days without running water" (a cause, no act), the slogan,
    # "who may lose an eye", "Their whereabouts are unknown", "The protest ended peacefully", "No one has been
    # held accountable", the appeal
]
# the summary's and the headline's copies
E08 += [
    E(False, "Security forces used shotguns and tear gas against residents protesting water and power cuts in Ahvaz "
      "on the night of 19 to 20 July, injuring at least seven people", PRO, EXCESSIVE, location=AHVAZ,
      date=D("2025-07-19", "2025-07-20"), injured=R(7, None), source=KRW, **PROTEST_SIDES(IRSEC + AHVAZ_PROT)),
    E(False, "At least 14 people have since been detained", STR, ARRESTS, actor1=IRSEC, actor2=AHVAZ_PROT,
      location=AHVAZ, date=D("2025-07-20", "2025-07-22"), source=KRW),
    E(False, "security forces fire pellets at water protesters in Ahvaz", PRO, EXCESSIVE, location=AHVAZ,
      date=D("2025-07-19", "2025-07-20"), source=KRW, **PROTEST_SIDES(IRSEC + AHVAZ_PROT)),
]
DOCS.append(
    (
        "dev-af-08",
        "Karun Rights Watch (urgent alert)",
        "2025-07-23",
        "NGO urgent alert (human rights group)",
        "Iran/Khuzestan: a night protest over water cuts in Ahvaz met with birdshot ('SATURDAY NIGHT', the wounded "
        "through 'Our sources, citing medical staff') and the state agency's version of the same night as arson by "
        "'rioters' 'without any casualties' (another type), the alert's doubt, arrests 'Between Sunday and "
        "Tuesday', a peaceful petrochemical sit-in in Mahshahr, an activist detained 'The next day', a prosecutor's "
        "warning, 2019 background ('between 40 and 100'), a forecast; a summary repeating the news",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-af-08", "23 July 2025", "2025-07-23", "Wednesday"),
    ("dev-af-08", "Tuesday / The next day (after Monday) / on Tuesday", "2025-07-22", "Tuesday"),
    ("dev-af-08", "On Monday", "2025-07-21", "Monday"),
    ("dev-af-08", "Sunday", "2025-07-20", "Sunday"),
    ("dev-af-08", "SATURDAY NIGHT (19 to 20 July)", "2025-07-19", "Saturday"),
]

# =============================================================================
# dev-af-09  think tank's weekly brief — south Lebanon: Burj al-Shamali east of Tyre, wooded hills south of Nabatieh, Bint Jbeil's old market, Aitaroun east of Bint Jbeil, the Qasmiyeh bridge north of Tyre, Deir Qanoun al-Nahr 10 km east of Tyre (Mon 30 Jun 2025)
# =============================================================================
T09 = """Weekly brief: strikes reach north of the Litani, grenade drone hits Bint Jbeil bulldozer, UNIFIL patrol stoned

Litani Analytics | Lebanon Ceasefire Monitor | Weekly Brief No. 31 | Period covered: Monday 23 - Sunday 29 June 2025 | Issued 30 June 2025

KEY FIGURES. We recorded 27 Israeli strikes in Lebanon this week, up from 19 the week before, and two people killed. The Lebanese Health Ministry puts the number killed by Israeli fire since the ceasefire of 27 November 2024 at 236.

TYRE. On Tuesday an Israeli drone struck a car near Burj al-Shamali, east of Tyre, killing its driver. The Israeli army said he was a Radwan Force commander "responsible for rebuilding terrorist infrastructure". According to the Health Ministry, a passer-by was also wounded.

NABATIEH. Late on Thursday, Israeli jets carried out at least eight strikes on wooded hills south of Nabatieh, which the army said housed an underground Hezbollah weapons production site. Residents reported no casualties, though windows were shattered across the town.

BINT JBEIL. On Wednesday an Israeli drone dropped a grenade on a municipal bulldozer clearing rubble in Bint Jbeil's old market, lightly wounding the driver, the municipality said. On Saturday, Israeli troops crossed the border fence and blew up two empty houses on the edge of Aitaroun, east of Bint Jbeil.

LEBANESE ARMY. The army said on Friday that it had dismantled three rocket launchers found in an orchard near the Qasmiyeh bridge, north of Tyre, and detained two Palestinians suspected of planning to use them.

UNIFIL. On Sunday, residents of Deir Qanoun al-Nahr, about 10 km east of Tyre, blocked a UNIFIL patrol that had entered the village without a Lebanese army escort and threw stones at its vehicles, lightly injuring one peacekeeper, the mission said. Local media close to Hezbollah accused the patrol of photographing homes. UNIFIL says it has logged more than 3,000 Israeli air and ground violations since the ceasefire.

HEZBOLLAH. Secretary-General Naim Qassem said on Friday that the group's patience "has limits", without spelling out what would follow.

ASSESSMENT. We expect Israel to keep up the current tempo of strikes through July. A Hezbollah military response remains unlikely unless a senior commander is killed in Beirut; in that case, fire on northern Israel would become a real possibility.
"""

ISR09 = ISRAEL + ["Israeli drone", "Israeli jets", "army", "Israeli troops"]
HEZ09 = HEZB + ["Radwan Force", "Radwan Force commander", "commander", "Naim Qassem", "the group"]
LAF = ["Lebanese army", "Lebanese Armed Forces", "LAF", "army", "Military Forces of Lebanon"]
UNIFIL09 = ["UNIFIL", "United Nations Interim Force in Lebanon", "UNIFIL patrol", "patrol", "peacekeeper",
            "peacekeepers", "UN peacekeepers", "the mission"]
PALMIL09 = ["Palestinians", "two Palestinians", "Palestinian militants", "suspects"]
BURJ_SHAMALI = L(["Burj al-Shamali", "Burj el-Shemali", "east of Tyre", "Tyre"], 33.27, 35.24, "LB")
# "south of Nabatieh" (no distance) -> the town's point
NABATIEH = L(["Nabatieh", "Nabatiyeh", "wooded hills south of Nabatieh", "south of Nabatieh"], 33.38, 35.48, "LB")
BINT_JBEIL = L(["Bint Jbeil", "Bint Jbeil's old market", "old market"], 33.12, 35.43, "LB")
AITAROUN09 = L(["Aitaroun", "Aytaroun", "edge of Aitaroun", "east of Bint Jbeil"], 33.11, 35.47, "LB")
# "near the Qasmiyeh bridge, north of Tyre" (no distance; the bridge is some 6 km away) -> Tyre's point
QASMIYEH = L(["Qasmiyeh bridge", "Qasmiyeh", "north of Tyre", "Tyre", "orchard"], 33.27, 35.20, "LB")
# "about 10 km east of Tyre" -> LKM from Tyre
DEIR_QANOUN = LKM(["Deir Qanoun al-Nahr", "Deir Qanoun en-Nahr", "east of Tyre", "Tyre"], 33.27, 35.20, 10, 90, "LB")
LEB09 = L(["Lebanon", "south Lebanon", "southern Lebanon"], cc="LB")
LA = ["Litani Analytics", "Lebanon Ceasefire Monitor", "author"]
LMOH = ["Lebanese Health Ministry", "Health Ministry", "Lebanese Ministry of Public Health"]
IDFSRC09 = ["Israeli army", "Israel Defense Forces", "IDF", "army"]
E09 = [
    # the week's strikes and the ministry's count -> aggregates; the ceasefire itself -> a non-core Agreement
    E(
        False,
        "We recorded 27 Israeli strikes in Lebanon this week, up from 19 the week before, and two people killed",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HEZ09 + CIV,
        location=LEB09,
        date=D("2025-06-23", "2025-06-29"),
        killed=R(2),
        source=LA,
        aggregate=True,
    ),
    E(
        False,
        "The Lebanese Health Ministry puts the number killed by Israeli fire since the ceasefire of 27 November 2024 at 236",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HEZ09 + CIV,
        location=LEB09,
        date=D("2024-11-27", "2025-06-30"),
        killed=R(236),
        source=LMOH,
        aggregate=True,
    ),
    E(
        False,
        "the ceasefire of 27 November 2024",
        STR,
        AGREE,
        actor1=ISRAEL,
        actor2=HEZB + ["Lebanese government", "Lebanon"],
        location=LEB09,
        date=D("2024-11-27"),
        source=LA,
    ),
    # the driver killed (the brief) and a passer-by wounded two sentences later (the ministry) -> folded into one
    # core event (killed 1, injured 1); the army's naming of the driver and the ministry's wounded -> non-core
    # copies
    E(
        True,
        "On Tuesday an Israeli drone struck a car near Burj al-Shamali, east of Tyre, killing its driver",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=["car", "driver"] + HEZ09 + CIV,
        location=BURJ_SHAMALI,
        date=D("2025-06-24"),
        killed=R(1),
        injured=R(1),
        source=LA + LMOH,
    ),
    E(
        False,
        'he was a Radwan Force commander "responsible for rebuilding terrorist infrastructure"',
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HEZ09,
        location=BURJ_SHAMALI,
        date=D("2025-06-24"),
        source=IDFSRC09,
    ),
    E(
        False,
        "a passer-by was also wounded",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + ["passer-by"],
        location=BURJ_SHAMALI,
        date=D("2025-06-24"),
        injured=R(1),
        source=LMOH,
    ),
    # "Late on Thursday" -> Thursday; "Residents reported no casualties" -> killed and injured 0..0; the army's
    # "weapons production site" is the same hills (a relative clause) -> in actor2, no copy
    E(
        True,
        "Israeli jets carried out at least eight strikes on wooded hills south of Nabatieh",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HEZ09 + ["wooded hills", "weapons production site", "underground Hezbollah weapons production site"],
        location=NABATIEH,
        date=D("2025-06-26"),
        killed=R(0),
        injured=R(0),
        source=LA + ["Residents", "residents"] + IDFSRC09,
    ),
    # a grenade dropped by a drone -> a drone strike (the guide: any drone strike -> Air/drone strike)
    E(
        True,
        "an Israeli drone dropped a grenade on a municipal bulldozer clearing rubble in Bint Jbeil's old market, lightly wounding the driver",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + ["municipal bulldozer", "bulldozer", "driver", "municipality"],
        location=BINT_JBEIL,
        date=D("2025-06-25"),
        injured=R(1),
        source=["municipality", "Bint Jbeil municipality"] + LA,
    ),
    # demolition of empty houses -> Looting/property destruction
    E(
        True,
        "Israeli troops crossed the border fence and blew up two empty houses on the edge of Aitaroun, east of Bint Jbeil",
        STR,
        LOOT,
        actor1=ISR09,
        actor2=CIV + ["two empty houses", "houses"],
        location=AITAROUN09,
        date=D("2025-06-28"),
        source=LA,
    ),
    # launchers dismantled -> Disrupted weapons use; the detention beside it -> Arrests; "said on Friday that it had"
    # within a Monday-Sunday brief -> Monday to Friday
    E(
        True,
        "it had dismantled three rocket launchers found in an orchard near the Qasmiyeh bridge, north of Tyre",
        STR,
        DISRUPT,
        actor1=LAF,
        actor2=PALMIL09 + UNK + ["rocket launchers", "three rocket launchers"],
        location=QASMIYEH,
        date=D("2025-06-23", "2025-06-27"),
        source=LAF,
    ),
    E(
        True,
        "detained two Palestinians suspected of planning to use them",
        STR,
        ARRESTS,
        actor1=LAF,
        actor2=PALMIL09,
        location=QASMIYEH,
        date=D("2025-06-23", "2025-06-27"),
        source=LAF,
    ),
    # villagers stoning a patrol, one peacekeeper hurt -> Riots/Mob violence; "about 10 km east of Tyre" -> LKM
    E(
        True,
        "residents of Deir Qanoun al-Nahr, about 10 km east of Tyre, blocked a UNIFIL patrol that had entered the village without a Lebanese army escort and threw stones at its vehicles, lightly injuring one peacekeeper",
        RIOT,
        MOB,
        actor1=["residents", "rioters", "residents of Deir Qanoun al-Nahr", "villagers"],
        actor2=UNIFIL09,
        location=DEIR_QANOUN,
        date=D("2025-06-29"),
        injured=R(1),
        source=UNIFIL09 + LA,
    ),
    E(
        False,
        "UNIFIL says it has logged more than 3,000 Israeli air and ground violations since the ceasefire",
        STR,
        OTHER,
        actor1=ISR09,
        location=LEB09,
        date=D("2024-11-27", "2025-06-30"),
        source=UNIFIL09,
        aggregate=True,
    ),
    # Qassem's veiled threat -> planned; the brief's forecast and conditional -> hypothetical
    E(
        False,
        'the group\'s patience "has limits"',
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=ISRAEL,
        location=L(["northern Israel", "Israel"], cc="IL"),
        source=["Naim Qassem", "Qassem"] + HEZB,
        status="planned",
    ),
    E(
        False,
        "We expect Israel to keep up the current tempo of strikes through July",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HEZ09,
        location=LEB09,
        source=LA,
        status="hypothetical",
    ),
    E(
        False,
        "in that case, fire on northern Israel would become a real possibility",
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=ISRAEL,
        location=L(["northern Israel", "Israel"], cc="IL"),
        source=LA,
        status="hypothetical",
    ),
    # no gold: the shattered windows (inside the strikes), the media's accusation against the patrol, "without
    # spelling out what would follow", "unless a senior commander is killed in Beirut" (the condition, no act)
]
# the headline's copies
E09 += [
    E(False, "strikes reach north of the Litani", EXP, AIR, actor1=ISR09, actor2=HEZ09, location=NABATIEH,
      date=D("2025-06-26"), source=LA),
    E(False, "grenade drone hits Bint Jbeil bulldozer", EXP, AIR, actor1=ISR09, actor2=CIV + ["bulldozer"],
      location=BINT_JBEIL, date=D("2025-06-25"), source=LA),
    E(False, "UNIFIL patrol stoned", RIOT, MOB, actor1=["residents", "rioters"], actor2=UNIFIL09,
      location=DEIR_QANOUN, date=D("2025-06-29"), source=LA),
]
DOCS.append(
    (
        "dev-af-09",
        "Litani Analytics (weekly brief)",
        "2025-06-30",
        "think tank's weekly brief",
        "south Lebanon over one Monday-Sunday week under district headings: a week's and a ceasefire-long count, a "
        "drone on a car 'east of Tyre' with the wounded passer-by two sentences later and the army's naming, jets on "
        "hills 'south of Nabatieh' ('Residents reported no casualties'), a grenade dropped by a drone, houses blown "
        "up, launchers dismantled and two detained 'said on Friday', villagers stoning a UNIFIL patrol 'about 10 km "
        "east of Tyre', UNIFIL's count, a veiled threat, a forecast and a conditional",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-af-09", "Issued 30 June 2025", "2025-06-30", "Monday"),
    ("dev-af-09", "Monday 23 (period start)", "2025-06-23", "Monday"),
    ("dev-af-09", "Sunday 29 June 2025 / On Sunday", "2025-06-29", "Sunday"),
    ("dev-af-09", "On Saturday", "2025-06-28", "Saturday"),
    ("dev-af-09", "on Friday", "2025-06-27", "Friday"),
    ("dev-af-09", "Late on Thursday", "2025-06-26", "Thursday"),
    ("dev-af-09", "On Wednesday", "2025-06-25", "Wednesday"),
    ("dev-af-09", "On Tuesday", "2025-06-24", "Tuesday"),
]

# =============================================================================
# dev-af-10  magazine feature with quotes — Mali: the Gao-Ménaka road, a hamlet 40 km east of Ansongo, a well near Tin-Hama north of Ansongo, the Gao-Ansongo road, Gao's Wabaria market and governor's office, Ménaka; Gao in 2012 as background (Thu 12 Feb 2026)
# =============================================================================
T10 = """"We count the days between attacks": on the roads of Gao, Ansongo and Ménaka

The Sahel Review | Feature | 12 February 2026 | By Aminata Traoré in Gao

The bus to Ménaka no longer runs. The last one, drivers at Gao's eastern bus station say, was stopped in December by men on motorbikes who ordered the passengers off and set it on fire. Anyone who now wants to reach Ménaka, some 300 km to the east, waits for a military flight or risks the tracks through the bush.

"Ménaka is an island," says Almoustapha Ag Mohamed, a trader who left the town last year. "An island in a sea of fighters."

Most of those fighters belong to the Islamic State Sahel Province, which controls much of the countryside between Ansongo and the Niger border. Last Thursday, residents say, its men raided a hamlet about 40 km east of Ansongo on motorbikes, killing at least 12 men and boys and driving off hundreds of cattle. A local official, who asked not to be named, was less sure: "It was either the Islamic State or JNIM. Both want the herds."

Two weeks earlier, a Malian army drone struck people gathered at a well near Tin-Hama, north of Ansongo, killing seven, two of them children, according to relatives. The army said it had "neutralised terrorists preparing an attack" in the area.

The conflict has reached the main road too. JNIM said in a statement that its fighters ambushed an army and Africa Corps convoy between Gao and Ansongo on 2 February, killing "dozens". The army acknowledged that four soldiers had died "in a complex attack" near Ansongo.

In Gao itself, anger is rising. In January, soldiers and Russian instructors detained about 20 herders at the Wabaria livestock market on the edge of town; relatives say three of them were later found dead near the airport. On Monday, several hundred young people marched to the governor's office to demand that the road to Ménaka be reopened. When some began burning tyres, gendarmes dispersed them with tear gas.

Older residents remember 2012, when jihadists of MUJAO occupied Gao for ten months. "We survived that," says Fatouma Maïga, who sells cloth at the central market. Many here believe Ménaka could fall before the rains. The governor insists the army "will reopen every road by June".
"""

ISSP = ["Islamic State Sahel Province", "ISSP", "Islamic State Sahel", "IS Sahel", "Islamic State in the Greater Sahara",
        "ISGS", "its men", "fighters"] + ISIS
JNIM10 = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda",
          "its fighters", "jihadists"]
FAMA10 = ["Malian army", "Malian Armed Forces", "FAMa", "Military Forces of Mali", "army", "Malian army drone",
          "soldiers", "gendarmes", "Malian gendarmerie", "four soldiers"]
AFRICA_CORPS = ["Africa Corps", "Russian instructors", "Russia's Africa Corps", "Wagner Group", "Wagner",
                "Russian forces", "Military Forces of Russia"]
MUJAO = ["MUJAO", "Movement for Oneness and Jihad in West Africa", "jihadists", "jihadists of MUJAO"]
GAO_MENAKA_RD = L(["road to Ménaka", "Gao-Ménaka road", "Gao", "Ménaka", "Menaka"], cc="ML")
# "about 40 km east of Ansongo" -> LKM from Ansongo
ANSONGO_E = LKM(["east of Ansongo", "Ansongo", "hamlet"], 15.66, 0.50, 40, 90, "ML")
# "near Tin-Hama, north of Ansongo" (no distance; Tin-Hama unpinned) -> Ansongo's point
TIN_HAMA = L(["Tin-Hama", "Tin Hama", "north of Ansongo", "Ansongo", "well"], 15.66, 0.50, "ML")
ANSONGO_AREA = L(["Ansongo", "the area", "near Ansongo"], 15.66, 0.50, "ML")
GAO_ANSONGO_RD = L(["between Gao and Ansongo", "Gao-Ansongo road", "Gao", "Ansongo"], cc="ML")
GAO = L(["Gao", "Wabaria", "Wabaria livestock market", "edge of town", "governor's office", "airport"], 16.27, -0.04,
        "ML")
MENAKA = L(["Ménaka", "Menaka"], 15.92, 2.40, "ML")
TSR = ["The Sahel Review", "Aminata Traoré", "author"]
ARMY10 = ["Malian army", "army", "FAMa"]
E10 = [
    # background: the last bus burned "in December" -> non-core (a brief reference)
    E(
        False,
        "was stopped in December by men on motorbikes who ordered the passengers off and set it on fire",
        STR,
        LOOT,
        actor1=UNK + ["men on motorbikes"] + ISSP,
        actor2=CIV + ["bus", "passengers"],
        location=GAO_MENAKA_RD,
        date=D("2025-12-01", "2025-12-31"),
        source=["drivers"] + TSR,
    ),
    # "Last Thursday" in a Thursday feature -> 5 February; residents name the ISSP, the official says "either the
    # Islamic State or JNIM" -> both plus unknown on the core, the official's doubt a non-core copy; "at least 12"
    # -> 12..open; "about 40 km east of Ansongo" -> LKM
    E(
        True,
        "its men raided a hamlet about 40 km east of Ansongo on motorbikes, killing at least 12 men and boys and driving off hundreds of cattle",
        VAC,
        ATTACK,
        actor1=ISSP + JNIM10 + UNK,
        actor2=CIV + ["hamlet", "men and boys", "cattle"],
        location=ANSONGO_E,
        date=D("2026-02-05"),
        killed=R(12, None),
        source=["residents"] + TSR,
    ),
    E(
        False,
        "It was either the Islamic State or JNIM",
        VAC,
        ATTACK,
        actor1=ISSP + JNIM10 + UNK,
        actor2=CIV,
        location=ANSONGO_E,
        date=D("2026-02-05"),
        source=["local official", "official"],
    ),
    # "Two weeks earlier" than 5 February -> the week of 19-25 January; one strike, two objects (people at a well
    # / "terrorists preparing an attack") -> one core event per version; "neutralised" -> no number field
    E(
        True,
        "a Malian army drone struck people gathered at a well near Tin-Hama, north of Ansongo, killing seven, two of them children",
        EXP,
        AIR,
        actor1=FAMA10,
        actor2=CIV + ["people gathered at a well", "people", "children"],
        location=TIN_HAMA,
        date=D("2026-01-19", "2026-01-25"),
        killed=R(7),
        source=["relatives"] + TSR,
    ),
    E(
        True,
        'it had "neutralised terrorists preparing an attack" in the area',
        EXP,
        AIR,
        actor1=FAMA10,
        actor2=["terrorists", "terrorists preparing an attack"] + ISSP,
        location=ANSONGO_AREA,
        date=D("2026-01-19", "2026-01-25"),
        source=ARMY10,
    ),
    # one ambush in two versions: JNIM's "dozens" (24..open) on a ~100 km road -> names and country; the army's
    # own four dead "near Ansongo" (one side) -> 4..open at Ansongo's point
    E(
        True,
        'its fighters ambushed an army and Africa Corps convoy between Gao and Ansongo on 2 February, killing "dozens"',
        BAT,
        CLASH,
        actor1=JNIM10,
        actor2=FAMA10 + AFRICA_CORPS + ["convoy"],
        location=GAO_ANSONGO_RD,
        date=D("2026-02-02"),
        killed=R(24, None),
        source=["JNIM", "JNIM statement"] + JNIM10,
    ),
    E(
        True,
        'four soldiers had died "in a complex attack" near Ansongo',
        BAT,
        CLASH,
        actor1=JNIM10 + UNK + FAMA10,
        actor2=FAMA10 + JNIM10,
        location=ANSONGO_AREA,
        date=D("2026-02-02"),
        killed=R(4, None),
        source=ARMY10,
    ),
    # a detention of herders "In January" -> the month; "on the edge of town" -> Gao's point; the dead found later
    # (no killer named, the detaining forces implied) -> a core attack with those forces plus unknown, sourced to
    # the relatives, dated from January to publication
    E(
        True,
        "soldiers and Russian instructors detained about 20 herders at the Wabaria livestock market on the edge of town",
        STR,
        ARRESTS,
        actor1=FAMA10 + AFRICA_CORPS,
        actor2=CIV + ["herders", "about 20 herders"],
        location=GAO,
        date=D("2026-01-01", "2026-01-31"),
        source=TSR,
    ),
    E(
        True,
        "three of them were later found dead near the airport",
        VAC,
        ATTACK,
        actor1=FAMA10 + AFRICA_CORPS + UNK,
        actor2=CIV + ["herders", "three of them"],
        location=GAO,
        date=D("2026-01-01", "2026-02-12"),
        killed=R(3),
        source=["relatives"],
    ),
    # a march, then tyres burned by some and tear gas -> Protest with intervention (the text stresses the march);
    # the dispersal a sentence later -> a non-core copy
    E(
        True,
        "several hundred young people marched to the governor's office to demand that the road to Ménaka be reopened",
        PRO,
        INTERVENTION,
        location=GAO,
        date=D("2026-02-09"),
        source=TSR,
        **PROTEST_SIDES(FAMA10 + ["young people", "several hundred young people"]),
    ),
    E(
        False,
        "gendarmes dispersed them with tear gas",
        PRO,
        INTERVENTION,
        location=GAO,
        date=D("2026-02-09"),
        source=TSR,
        **PROTEST_SIDES(FAMA10 + ["young people"]),
    ),
    # background: MUJAO's occupation of Gao in 2012 -> non-core
    E(
        False,
        "jihadists of MUJAO occupied Gao for ten months",
        BAT,
        NSAOVER,
        actor1=MUJAO,
        actor2=FAMA10,
        location=GAO,
        date=D("2012-01-01", "2012-12-31"),
        source=TSR,
    ),
    # residents' belief -> hypothetical; the governor's promise -> planned
    E(
        False,
        "Many here believe Ménaka could fall before the rains",
        BAT,
        NSAOVER,
        actor1=ISSP,
        actor2=FAMA10,
        location=MENAKA,
        source=TSR,
        status="hypothetical",
    ),
    E(
        False,
        'the army "will reopen every road by June"',
        BAT,
        GOVREGAIN,
        actor1=FAMA10,
        actor2=ISSP + JNIM10,
        location=L(["Gao region", "Gao", "Ménaka"], cc="ML"),
        source=["governor", "Gao's governor"],
        status="planned",
    ),
    # no gold: the waits for flights, "Ménaka is an island ... An island in a sea of fighters" (a metaphor), the
    # ISSP's control of the countryside (a standing situation), the cattle driven off (inside the raid), "anger is
    # rising", "We survived that"
]
DOCS.append(
    (
        "dev-af-10",
        "The Sahel Review (feature)",
        "2026-02-12",
        "magazine feature with quotes",
        "Mali/Gao, Ansongo and Ménaka in a reported feature: a bus burned 'in December' (background), a raid 'about "
        "40 km east of Ansongo' 'Last Thursday' ('at least 12 men and boys') with an official's 'either the Islamic "
        "State or JNIM', a drone 'Two weeks earlier' told as people at a well (seven, 'two of them children') and as "
        "'terrorists preparing an attack', an ambush in two versions (JNIM's 'dozens' / the army's four), herders "
        "detained 'In January' and three 'later found dead', a march and tear gas, 2012 background, a belief and a "
        "promise, a metaphor",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-af-10", "12 February 2026", "2026-02-12", "Thursday"),
    ("dev-af-10", "On Monday", "2026-02-09", "Monday"),
    ("dev-af-10", "Last Thursday", "2026-02-05", "Thursday"),
    ("dev-af-10", "on 2 February", "2026-02-02", "Monday"),
    ("dev-af-10", "Two weeks earlier (than 5 February)", "2026-01-22", "Thursday"),
]

# =============================================================================
# dev-af-11  community radio bulletin (transcript) — DR Congo/North Kivu: the hills around Kitshanga in Masisi territory, Rutshuru centre, Kiwanja next to Rutshuru, the Masisi centre area; Doha (Qatar); Goma as background (Wed 20 Aug 2025)
# =============================================================================
T11 = """Radio Mutanda FM, 7 am news: Kitshanga fighting enters third day; grenade in Rutshuru bar; prisoner protocol signed in Doha

Radio Mutanda FM | Goma | Morning bulletin of Wednesday 20 August 2025 | Transcript, translated from Swahili

PRESENTER: Good morning, it is seven o'clock. Here is the news.

Fighting between Wazalendo fighters and the AFC/M23 rebels continued yesterday in the hills around Kitshanga, in Masisi territory, for a third day. Our correspondent in Kitshanga, Espoir Bahati, reports.

CORRESPONDENT: Since Sunday night the shooting has not stopped. At least three civilians have been killed by stray bullets, among them a girl of twelve, and the health centre has received fourteen wounded. Many families have fled towards Mweso.

PRESENTER: In a statement, the AFC/M23 said its forces had repelled an attack and "neutralised 18 Wazalendo". A Wazalendo spokesman told Radio Mutanda that his fighters had killed "several" rebels and captured two hilltop positions. We could not verify either claim.

In Rutshuru centre, a grenade was thrown into a crowded bar on Monday evening, wounding seven people, two of them seriously. No one has claimed the attack. The administrator appointed by the AFC/M23 blamed "enemies of peace"; some residents suspect a quarrel between armed men over money.

In Kiwanja, next to Rutshuru, AFC/M23 police arrested around 30 young men in a night raid on Sunday, accusing them of helping the Wazalendo, their families say. Most were freed on Monday after paying fines.

In the Masisi centre area, armed men abducted a nurse on her way home from the general hospital on Saturday. Residents say the kidnappers were either Nyatura militiamen or FDLR fighters. Her family has received a ransom demand.

In Doha, delegations of the Congolese government and the AFC/M23 on Monday signed a protocol on the exchange of prisoners, under the auspices of Qatar and the Red Cross. The first releases could take place within two weeks, mediators say.

According to the UN humanitarian office, more than 300 civilians have been killed in Masisi and Rutshuru territories since June.

The AFC/M23, which took Goma in January, says it wants peace. But the Wazalendo spokesman warned us: "As long as the M23 occupies our land, we will not put down our weapons."

That was the news. Next bulletin at eight.
"""

M23_11 = ["M23", "AFC/M23", "March 23 Movement", "Alliance Fleuve Congo", "AFC", "rebels", "AFC/M23 rebels",
          "its forces", "AFC/M23 police", "M23 police"]
WAZ11 = ["Wazalendo", "Wazalendo fighters", "Wazalendo militias", "his fighters", "Wazalendo spokesman"]
NYATURA = ["Nyatura", "Nyatura militiamen", "Nyatura militia"]
FDLR = ["FDLR", "Democratic Forces for the Liberation of Rwanda", "FDLR fighters"]
DRCGOV = ["Congolese government", "Government of the Democratic Republic of Congo", "DRC government", "Kinshasa",
          "delegations of the Congolese government"]
# Kitshanga (a town in Masisi we cannot pin to ~0.05 degree) and its hills -> names and country
KITSHANGA = L(["Kitshanga", "Kichanga", "hills around Kitshanga", "Masisi territory", "Masisi"], cc="CD")
RUTSHURU = L(["Rutshuru", "Rutshuru centre", "bar"], -1.19, 29.45, "CD")
KIWANJA = L(["Kiwanja", "next to Rutshuru", "Rutshuru"], -1.17, 29.46, "CD")
MASISI = L(["Masisi", "Masisi centre", "Masisi centre area", "general hospital"], -1.40, 28.81, "CD")
DOHA = L(["Doha", "Qatar"], 25.29, 51.53, "QA")
GOMA = L(["Goma"], -1.68, 29.23, "CD")
NKIVU11 = L(["Masisi and Rutshuru territories", "Masisi", "Rutshuru", "North Kivu"], cc="CD")
RMF = ["Radio Mutanda FM", "Radio Mutanda", "author"]
CORR11 = ["Espoir Bahati", "correspondent", "our correspondent"]
E11 = [
    # a three-day fight ("yesterday ... for a third day" from "Sunday night") -> 17-19 August, one core per
    # version (the station's with the correspondent's civilian toll; the M23's; the Wazalendo's); "At least three
    # civilians" -> killed 3..open; "the health centre has received fourteen wounded" (one facility) -> injured
    # 14..open; the correspondent's sentence a non-core copy
    E(
        True,
        "Fighting between Wazalendo fighters and the AFC/M23 rebels continued yesterday in the hills around Kitshanga, in Masisi territory, for a third day",
        BAT,
        CLASH,
        actor1=WAZ11 + M23_11,
        actor2=M23_11 + WAZ11,
        location=KITSHANGA,
        date=D("2025-08-17", "2025-08-19"),
        killed=R(3, None),
        injured=R(14, None),
        source=RMF + CORR11,
    ),
    E(
        False,
        "At least three civilians have been killed by stray bullets, among them a girl of twelve, and the health centre has received fourteen wounded",
        BAT,
        CLASH,
        actor1=WAZ11 + M23_11,
        actor2=CIV + ["girl of twelve"],
        location=KITSHANGA,
        date=D("2025-08-17", "2025-08-20"),
        killed=R(3, None),
        injured=R(14, None),
        source=CORR11,
    ),
    # the M23's version: "neutralised" -> no number field
    E(
        True,
        'its forces had repelled an attack and "neutralised 18 Wazalendo"',
        BAT,
        CLASH,
        actor1=WAZ11 + M23_11,
        actor2=M23_11 + WAZ11,
        location=KITSHANGA,
        date=D("2025-08-17", "2025-08-19"),
        source=["AFC/M23", "M23", "AFC/M23 statement"],
    ),
    # the Wazalendo's version: "several" -> 3..open; the positions taken inside it -> a non-core Non-state actor
    # overtakes territory
    E(
        True,
        'his fighters had killed "several" rebels and captured two hilltop positions',
        BAT,
        CLASH,
        actor1=WAZ11,
        actor2=M23_11,
        location=KITSHANGA,
        date=D("2025-08-17", "2025-08-19"),
        killed=R(3, None),
        source=["Wazalendo spokesman", "Wazalendo"],
    ),
    E(
        False,
        "captured two hilltop positions",
        BAT,
        NSAOVER,
        actor1=WAZ11,
        actor2=M23_11,
        location=KITSHANGA,
        date=D("2025-08-17", "2025-08-19"),
        source=["Wazalendo spokesman", "Wazalendo"],
    ),
    # a grenade thrown into a bar, no one named (the administrator's "enemies of peace", residents' armed men) ->
    # unknown plus those labels; "wounding seven people, two of them seriously" -> 7
    E(
        True,
        "a grenade was thrown into a crowded bar on Monday evening, wounding seven people, two of them seriously",
        EXP,
        GRENADE,
        actor1=UNK + ["enemies of peace", "armed men"],
        actor2=CIV + ["crowded bar", "bar", "seven people"],
        location=RUTSHURU,
        date=D("2025-08-18"),
        injured=R(7),
        source=RMF,
    ),
    E(
        False,
        'The administrator appointed by the AFC/M23 blamed "enemies of peace"',
        EXP,
        GRENADE,
        actor1=["enemies of peace"] + UNK,
        actor2=CIV,
        location=RUTSHURU,
        date=D("2025-08-18"),
        source=["administrator appointed by the AFC/M23", "administrator"] + M23_11,
    ),
    # "a night raid on Sunday" -> Sunday and Monday; "around 30" detainees are no casualties
    E(
        True,
        "AFC/M23 police arrested around 30 young men in a night raid on Sunday",
        STR,
        ARRESTS,
        actor1=M23_11,
        actor2=CIV + ["young men", "30 young men"] + WAZ11,
        location=KIWANJA,
        date=D("2025-08-17", "2025-08-18"),
        source=["families", "their families"] + RMF,
    ),
    # "either Nyatura militiamen or FDLR fighters" -> both plus unknown
    E(
        True,
        "armed men abducted a nurse on her way home from the general hospital on Saturday",
        VAC,
        ABDUCT,
        actor1=UNK + ["armed men", "kidnappers"] + NYATURA + FDLR,
        actor2=CIV + ["nurse"],
        location=MASISI,
        date=D("2025-08-16"),
        source=RMF + ["Residents", "residents"],
    ),
    # a signed protocol abroad -> Agreement at Doha
    E(
        True,
        "delegations of the Congolese government and the AFC/M23 on Monday signed a protocol on the exchange of prisoners",
        STR,
        AGREE,
        actor1=DRCGOV + M23_11,
        actor2=M23_11 + DRCGOV,
        location=DOHA,
        date=D("2025-08-18"),
        source=RMF,
    ),
    # the UN count -> aggregate ("more than 300" -> 301..open)
    E(
        False,
        "more than 300 civilians have been killed in Masisi and Rutshuru territories since June",
        VAC,
        ATTACK,
        actor1=M23_11 + WAZ11 + UNK,
        actor2=CIV,
        location=NKIVU11,
        date=D("2025-06-01", "2025-08-20"),
        killed=R(301, None),
        source=["UN humanitarian office", "OCHA", "United Nations"],
        aggregate=True,
    ),
    # background: Goma "in January" -> non-core
    E(
        False,
        "The AFC/M23, which took Goma in January",
        BAT,
        NSAOVER,
        actor1=M23_11,
        actor2=["FARDC", "Congolese army"] + DRCGOV,
        location=GOMA,
        date=D("2025-01-01", "2025-01-31"),
        source=RMF,
    ),
    # the spokesman's conditional vow -> planned
    E(
        False,
        "As long as the M23 occupies our land, we will not put down our weapons",
        BAT,
        CLASH,
        actor1=WAZ11,
        actor2=M23_11,
        location=L(["North Kivu", "our land"], cc="CD"),
        source=["Wazalendo spokesman", "Wazalendo"],
        status="planned",
    ),
    # no gold: the families fleeing towards Mweso (displacement), "We could not verify either claim", the fines
    # and the release on Monday, the ransom demand, the releases that "could take place within two weeks" (no act
    # of violence), "says it wants peace"
]
# the headline's copies
E11 += [
    E(False, "Kitshanga fighting enters third day", BAT, CLASH, actor1=WAZ11 + M23_11, actor2=M23_11 + WAZ11,
      location=KITSHANGA, date=D("2025-08-17", "2025-08-19"), source=RMF),
    E(False, "grenade in Rutshuru bar", EXP, GRENADE, actor1=UNK, actor2=CIV + ["bar"], location=RUTSHURU,
      date=D("2025-08-18"), source=RMF),
    E(False, "prisoner protocol signed in Doha", STR, AGREE, actor1=DRCGOV + M23_11, actor2=M23_11 + DRCGOV,
      location=DOHA, date=D("2025-08-18"), source=RMF),
]
DOCS.append(
    (
        "dev-af-11",
        "Radio Mutanda FM (bulletin transcript)",
        "2025-08-20",
        "community radio bulletin (transcript)",
        "DR Congo/North Kivu in a translated morning bulletin with a correspondent's insert: fighting around Kitshanga "
        "'for a third day' in three versions (the station's with 'At least three civilians' and 'fourteen wounded' / "
        "the M23's 'neutralised 18' / the Wazalendo's 'several' and positions taken), a grenade in a Rutshuru bar "
        "blamed on 'enemies of peace', night arrests 'on Sunday' of 'around 30', a nurse abducted by 'either Nyatura "
        "... or FDLR', a prisoner protocol signed in Doha, a UN count, January background, a conditional vow",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-af-11", "Wednesday 20 August 2025", "2025-08-20", "Wednesday"),
    ("dev-af-11", "yesterday (third day)", "2025-08-19", "Tuesday"),
    ("dev-af-11", "on Monday evening / on Monday", "2025-08-18", "Monday"),
    ("dev-af-11", "Since Sunday night / a night raid on Sunday", "2025-08-17", "Sunday"),
    ("dev-af-11", "on Saturday", "2025-08-16", "Saturday"),
]

# =============================================================================
# dev-af-12  weekly round-up (week in review) — Ethiopia/Amhara: a road 30 km east of Debre Tabor, Azezo on Gondar's southern outskirts, a road west of Gondar toward Metemma, Bahir Dar; Lalibela and Gondar in 2023 as background (Sat 23 Nov 2024)
# =============================================================================
T12 = """Amhara round-up: minibus hit by drone near Debre Tabor, night battle in Gondar's Azezo, mass detentions in Bahir Dar

Addis Dispatch | Week in review | Saturday 23 November 2024

Communications across Ethiopia's Amhara region remain patchy, and we could reach only some of those involved. Here is what we know about the week.

DEBRE TABOR. On Tuesday a drone strike hit a minibus about 30 km east of Debre Tabor, killing 11 passengers, among them a mother and her two-year-old child, according to two residents and a health worker. The regional government's communication bureau said the army had destroyed "a vehicle carrying extremist fighters and weapons" in the area that day.

GONDAR. Fano fighters entered Azezo, on the southern outskirts of Gondar, late on Wednesday and fought federal troops for several hours before withdrawing at dawn, residents said. A hospital worker told us at least 15 people were killed or wounded, some of them civilians caught in the crossfire. The Amhara Fano National Force claimed its fighters had killed 40 soldiers. City officials said only that "a small group of bandits" had been dealt with on the outskirts.

THE GONDAR-METEMMA ROAD. Gunmen stopped a bus west of Gondar on Monday and took away 12 passengers. The regional government blamed Fano; a Fano commander accused pro-government militias of staging kidnappings to discredit the movement.

BAHIR DAR. Police detained at least 40 young men in house-to-house searches in the regional capital on Thursday and Friday, relatives said. Two local journalists were among them, according to a press freedom group. "We live between two fires," one mother told us by phone.

THE NUMBERS. The Ethiopian Human Rights Commission said last month that drone strikes had killed at least 200 civilians in Amhara in the first nine months of the year.

BACKGROUND. The conflict erupted in April 2023 after the federal government moved to dissolve the regional special forces. In August that year Fano briefly seized Lalibela and parts of Gondar before the army pushed them out.

OUTLOOK. Analysts in Addis Ababa expect fighting to intensify once the harvest is in, when farmers traditionally have more time and Fano can recruit more easily. The government has said its "law enforcement operation" will continue until the region is "fully stabilised".
"""

FANO = ["Fano", "Fano fighters", "Amhara Fano National Force", "AFNF", "Fano militia", "Fano commander",
        "extremist fighters", "extremists", "bandits", "small group of bandits", "its fighters"]
ENDF = ["Ethiopian National Defence Force", "ENDF", "Ethiopian army", "federal troops", "army",
        "Military Forces of Ethiopia", "Ethiopian military", "soldiers", "federal government",
        "Ethiopian government"]
ETPOL = ["Police", "police", "Police Forces of Ethiopia", "Amhara regional police", "Ethiopian Federal Police"]
PROGOV_MIL = ["pro-government militias", "government-allied militias", "militias"]
# "about 30 km east of Debre Tabor" -> LKM from Debre Tabor
DEBRE_TABOR_E = LKM(["east of Debre Tabor", "Debre Tabor", "the area"], 11.85, 38.02, 30, 90, "ET")
# "on the southern outskirts of Gondar" -> Gondar's point
AZEZO = L(["Azezo", "southern outskirts of Gondar", "Gondar", "Gonder", "outskirts"], 12.60, 37.47, "ET")
# "west of Gondar" on the Metemma road (no distance) -> Gondar's point
GONDAR_W = L(["west of Gondar", "Gondar-Metemma road", "Gondar", "Gonder", "Metemma"], 12.60, 37.47, "ET")
BAHIR_DAR = L(["Bahir Dar", "regional capital", "Bahar Dar"], 11.59, 37.39, "ET")
AMHARA = L(["Amhara", "Amhara region", "the region"], cc="ET")
LALIBELA = L(["Lalibela", "Gondar"], 12.03, 39.04, "ET")
AD = ["Addis Dispatch", "author"]
GCB = ["regional government's communication bureau", "communication bureau", "regional government",
       "Amhara regional government"]
E12 = [
    # one strike, two objects (a minibus of passengers / "a vehicle carrying extremist fighters and weapons") ->
    # one core event per version; only the army flies drones there -> the army plus unknown on the residents'
    # version; "a mother and her two-year-old child" are inside the 11
    E(
        True,
        "a drone strike hit a minibus about 30 km east of Debre Tabor, killing 11 passengers, among them a mother and her two-year-old child",
        EXP,
        AIR,
        actor1=ENDF + UNK,
        actor2=CIV + ["minibus", "passengers", "11 passengers", "mother", "two-year-old child"],
        location=DEBRE_TABOR_E,
        date=D("2024-11-19"),
        killed=R(11),
        source=["two residents", "residents", "health worker"] + AD,
    ),
    E(
        True,
        'the army had destroyed "a vehicle carrying extremist fighters and weapons" in the area that day',
        EXP,
        AIR,
        actor1=ENDF,
        actor2=FANO + ["vehicle carrying extremist fighters and weapons", "vehicle"],
        location=DEBRE_TABOR_E,
        date=D("2024-11-19"),
        source=GCB,
    ),
    # "late on Wednesday ... before withdrawing at dawn" -> Wednesday and Thursday; "at least 15 people were killed
    # or wounded" (unsplit, a sentence later) -> casualties 15..open; Fano's claim (one side's dead) -> 40..open,
    # a core version of its own; the officials' "bandits" -> a non-core copy
    E(
        True,
        "Fano fighters entered Azezo, on the southern outskirts of Gondar, late on Wednesday and fought federal troops for several hours before withdrawing at dawn",
        BAT,
        CLASH,
        actor1=FANO + ENDF,
        actor2=ENDF + FANO,
        location=AZEZO,
        date=D("2024-11-20", "2024-11-21"),
        casualties=R(15, None),
        source=["residents", "hospital worker"] + AD,
    ),
    E(
        True,
        "its fighters had killed 40 soldiers",
        BAT,
        CLASH,
        actor1=FANO,
        actor2=ENDF,
        location=AZEZO,
        date=D("2024-11-20", "2024-11-21"),
        killed=R(40, None),
        source=["Amhara Fano National Force", "Fano", "AFNF"],
    ),
    E(
        False,
        '"a small group of bandits" had been dealt with on the outskirts',
        BAT,
        CLASH,
        actor1=ENDF + ["City officials"],
        actor2=FANO,
        location=AZEZO,
        date=D("2024-11-20", "2024-11-21"),
        source=["City officials", "city officials", "Gondar city officials"],
    ),
    # a bus stopped and passengers taken away -> Abduction; blamed by each side on the other -> both plus unknown
    # on the core, each blame a non-core copy
    E(
        True,
        "Gunmen stopped a bus west of Gondar on Monday and took away 12 passengers",
        VAC,
        ABDUCT,
        actor1=UNK + ["Gunmen", "gunmen"] + FANO + PROGOV_MIL,
        actor2=CIV + ["bus", "passengers", "12 passengers"],
        location=GONDAR_W,
        date=D("2024-11-18"),
        source=AD,
    ),
    E(
        False,
        "The regional government blamed Fano",
        VAC,
        ABDUCT,
        actor1=FANO,
        actor2=CIV,
        location=GONDAR_W,
        date=D("2024-11-18"),
        source=["regional government", "Amhara regional government"],
    ),
    E(
        False,
        "a Fano commander accused pro-government militias of staging kidnappings to discredit the movement",
        VAC,
        ABDUCT,
        actor1=PROGOV_MIL,
        actor2=CIV,
        location=GONDAR_W,
        date=D("2024-11-18"),
        source=["Fano commander", "Fano"],
    ),
    # two days of searches -> one Arrests event, 21-22 November
    E(
        True,
        "Police detained at least 40 young men in house-to-house searches in the regional capital on Thursday and Friday",
        STR,
        ARRESTS,
        actor1=ETPOL,
        actor2=CIV + ["young men", "40 young men", "journalists"],
        location=BAHIR_DAR,
        date=D("2024-11-21", "2024-11-22"),
        source=["relatives", "press freedom group"] + AD,
    ),
    # the commission's count -> aggregate
    E(
        False,
        "drone strikes had killed at least 200 civilians in Amhara in the first nine months of the year",
        EXP,
        AIR,
        actor1=ENDF,
        actor2=CIV,
        location=AMHARA,
        date=D("2024-01-01", "2024-09-30"),
        killed=R(200, None),
        source=["Ethiopian Human Rights Commission", "EHRC"],
        aggregate=True,
    ),
    # background (2023): the war's outbreak, the dissolution of the special forces, the brief capture and the
    # army's return -> non-core
    E(
        False,
        "The conflict erupted in April 2023",
        BAT,
        CLASH,
        actor1=FANO + ENDF,
        actor2=ENDF + FANO,
        location=AMHARA,
        date=D("2023-04-01", "2023-04-30"),
        source=AD,
    ),
    E(
        False,
        "the federal government moved to dissolve the regional special forces",
        STR,
        CHANGE,
        actor1=ENDF,
        actor2=["regional special forces", "Amhara special forces"],
        location=AMHARA,
        date=D("2023-04-01", "2023-04-30"),
        source=AD,
    ),
    E(
        False,
        "In August that year Fano briefly seized Lalibela and parts of Gondar",
        BAT,
        NSAOVER,
        actor1=FANO,
        actor2=ENDF,
        location=LALIBELA,
        date=D("2023-08-01", "2023-08-31"),
        source=AD,
    ),
    E(
        False,
        "before the army pushed them out",
        BAT,
        GOVREGAIN,
        actor1=ENDF,
        actor2=FANO,
        location=LALIBELA,
        source=AD,
    ),
    # the analysts' forecast -> hypothetical; the government's announced continuation -> planned
    E(
        False,
        "Analysts in Addis Ababa expect fighting to intensify once the harvest is in",
        BAT,
        CLASH,
        actor1=FANO + ENDF,
        actor2=ENDF + FANO,
        location=AMHARA,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    E(
        False,
        'its "law enforcement operation" will continue until the region is "fully stabilised"',
        BAT,
        CLASH,
        actor1=ENDF,
        actor2=FANO,
        location=AMHARA,
        source=["government", "Ethiopian government", "federal government"],
        status="planned",
    ),
    # no gold: the note on patchy communications, "We live between two fires" (a quote, a metaphor), the
    # journalists among the detained (inside the arrests), the recruitment remark
]
# the headline's copies
E12 += [
    E(False, "minibus hit by drone near Debre Tabor", EXP, AIR, actor1=ENDF + UNK, actor2=CIV + ["minibus"],
      location=DEBRE_TABOR_E, date=D("2024-11-19"), source=AD),
    E(False, "night battle in Gondar's Azezo", BAT, CLASH, actor1=FANO + ENDF, actor2=ENDF + FANO, location=AZEZO,
      date=D("2024-11-20", "2024-11-21"), source=AD),
    E(False, "mass detentions in Bahir Dar", STR, ARRESTS, actor1=ETPOL, actor2=CIV, location=BAHIR_DAR,
      date=D("2024-11-21", "2024-11-22"), source=AD),
]
DOCS.append(
    (
        "dev-af-12",
        "Addis Dispatch (week in review)",
        "2024-11-23",
        "weekly round-up (week in review)",
        "Ethiopia/Amhara over a week under place headings: a drone 'about 30 km east of Debre Tabor' told as a "
        "minibus of passengers ('a mother and her two-year-old child') and as 'a vehicle carrying extremist "
        "fighters', a night battle 'on the southern outskirts of Gondar' ('at least 15 people were killed or "
        "wounded') with Fano's claim of 40 and the officials' 'bandits', a bus kidnapping blamed by each side on the "
        "other, detentions 'on Thursday and Friday', a commission's count, 2023 background, a forecast and a plan, a "
        "metaphor",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-af-12", "Saturday 23 November 2024", "2024-11-23", "Saturday"),
    ("dev-af-12", "on Friday", "2024-11-22", "Friday"),
    ("dev-af-12", "on Thursday / at dawn (after Wednesday night)", "2024-11-21", "Thursday"),
    ("dev-af-12", "late on Wednesday", "2024-11-20", "Wednesday"),
    ("dev-af-12", "On Tuesday", "2024-11-19", "Tuesday"),
    ("dev-af-12", "on Monday", "2024-11-18", "Monday"),
]

# =============================================================================
# dev-af-13  Pakistani local news site — Khyber Pakhtunkhwa: a police station on Bannu's outskirts, the Mir Ali area of North Waziristan and the Mir Ali-Miranshah road, the Lakki-Pezu road 12 km south of Lakki Marwat, Lakki Marwat city, Jani Khel in Bannu district; the Bannu cantonment as background (Thu 18 Sep 2025)
# =============================================================================
T13 = """Quadcopter attack on Bannu police station; ISPR says eight militants killed in Mir Ali, residents say shell killed mother and sons

Southern Districts Times | Bannu | Thursday, September 18, 2025

BANNU: Militants used a quadcopter to drop a mortar round on a police station on the outskirts of Bannu city late on Tuesday night, injuring two constables, the district police officer told Southern Districts Times. He said policemen shot down a second quadcopter before it could reach the building.

It was the eleventh drone attack on police in Bannu division this year, according to police records.

In North Waziristan, the military's media wing, ISPR, said on Wednesday that security forces had killed eight "khwarij" belonging to the "Indian-sponsored Fitna al-Khawarij" during an intelligence-based operation in the Mir Ali area overnight. It did not mention any losses among the troops.

Residents of a village near Mir Ali told this correspondent by phone that a mortar shell hit a house during the operation, killing a woman and her two sons, aged six and nine. It was not clear who fired the shell. A local elder said villagers had blocked the Mir Ali-Miranshah road with the bodies for several hours.

In Lakki Marwat, a roadside bomb struck a police van on the Lakki-Pezu road, some 12 km south of the city, on Monday morning, killing two policemen and wounding three others, including the station house officer. The Tehreek-e-Taliban Pakistan claimed responsibility in a message to journalists, saying its fighters had killed "five police officials".

On Sunday, hundreds of traders and residents held a peace march in Lakki Marwat city, closing the main bazaar and demanding an end to targeted killings. The march ended peacefully after a jirga with the deputy commissioner.

Hours later, unidentified men on a motorcycle shot dead Malik Zarif Khan, 58, a member of the local peace committee, outside his guest house in the Jani Khel area of Bannu district. Police said they were investigating whether the killing was linked to militancy or to a land dispute.

The violence comes six months after suicide bombers rammed two explosives-laden vehicles into the wall of the Bannu cantonment, killing 18 people. The TTP has since warned residents to keep away from security installations, and police say more attacks are likely before winter. "Bannu has become a city of checkpoints," said a shopkeeper in the main bazaar.
"""

TTP = ["Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban", "Fitna al-Khawarij",
       "khwarij", "khawarij", "its fighters"]
MILITANTS13 = UNK + ["Militants", "militants"] + TTP
PKSEC = ["security forces", "Pakistani security forces", "Pakistan Army", "Military Forces of Pakistan", "troops",
         "ISPR", "Inter-Services Public Relations"]
KPPOL = ["police", "Khyber Pakhtunkhwa Police", "Police Forces of Pakistan", "policemen", "constables",
         "police station", "police van", "station house officer", "district police officer"]
# "on the outskirts of Bannu city" -> Bannu's point
BANNU = L(["Bannu", "Bannu city", "outskirts of Bannu city", "police station"], 32.99, 70.60, "PK")
BANNU_DIV = L(["Bannu division", "Bannu"], cc="PK")
MIR_ALI = L(["Mir Ali", "Mir Ali area", "village near Mir Ali", "North Waziristan"], 33.00, 70.27, "PK")
MIR_ALI_RD = L(["Mir Ali-Miranshah road", "Mir Ali", "Miranshah", "North Waziristan"], 33.00, 70.27, "PK")
# "some 12 km south of the city" (Lakki Marwat) -> LKM
LAKKI_S = LKM(["Lakki-Pezu road", "south of the city", "Lakki Marwat", "Pezu"], 32.61, 70.91, 12, 180, "PK")
LAKKI = L(["Lakki Marwat", "Lakki Marwat city", "main bazaar"], 32.61, 70.91, "PK")
JANI_KHEL = L(["Jani Khel", "Jani Khel area", "Bannu district"], cc="PK")
BANNU_CANTT = L(["Bannu cantonment", "Bannu"], 32.99, 70.60, "PK")
KP = L(["Khyber Pakhtunkhwa", "Bannu", "Lakki Marwat", "North Waziristan"], cc="PK")
SDT = ["Southern Districts Times", "this correspondent", "author"]
DPO = ["district police officer", "police"]
ISPR = ["ISPR", "Inter-Services Public Relations", "military's media wing", "Pakistan Army"]
E13 = [
    # a quadcopter dropping a mortar round -> Air/drone strike (any drone strike, militias' too); "late on
    # Tuesday night" -> both days; the second quadcopter shot down -> a core Disrupted weapons use
    E(
        True,
        "Militants used a quadcopter to drop a mortar round on a police station on the outskirts of Bannu city late on Tuesday night, injuring two constables",
        EXP,
        AIR,
        actor1=MILITANTS13,
        actor2=KPPOL,
        location=BANNU,
        date=D("2025-09-16", "2025-09-17"),
        injured=R(2),
        source=DPO + SDT,
    ),
    E(
        True,
        "policemen shot down a second quadcopter before it could reach the building",
        STR,
        DISRUPT,
        actor1=KPPOL,
        actor2=MILITANTS13 + ["quadcopter"],
        location=BANNU,
        date=D("2025-09-16", "2025-09-17"),
        source=DPO,
    ),
    E(
        False,
        "It was the eleventh drone attack on police in Bannu division this year",
        EXP,
        AIR,
        actor1=MILITANTS13,
        actor2=KPPOL,
        location=BANNU_DIV,
        date=D("2025-01-01", "2025-09-18"),
        source=["police records", "police"],
        aggregate=True,
    ),
    # the ISPR's operation: one side's dead (eight "khwarij"), no losses given -> killed 8..open; "overnight" in a
    # Wednesday statement -> Tuesday and Wednesday
    E(
        True,
        'security forces had killed eight "khwarij" belonging to the "Indian-sponsored Fitna al-Khawarij" during an intelligence-based operation in the Mir Ali area overnight',
        BAT,
        CLASH,
        actor1=PKSEC + TTP,
        actor2=TTP + PKSEC,
        location=MIR_ALI,
        date=D("2025-09-16", "2025-09-17"),
        killed=R(8, None),
        source=ISPR,
    ),
    # the residents' telling names another object (a house, a woman and her sons) and another toll -> a core event
    # of its own; "It was not clear who fired the shell" -> the forces, the militants and unknown
    E(
        True,
        "a mortar shell hit a house during the operation, killing a woman and her two sons, aged six and nine",
        EXP,
        SHELL,
        actor1=UNK + PKSEC + TTP,
        actor2=CIV + ["house", "woman", "two sons", "sons"],
        location=MIR_ALI,
        date=D("2025-09-16", "2025-09-17"),
        killed=R(3),
        source=["Residents", "residents", "residents of a village near Mir Ali"] + SDT,
    ),
    # a road blocked with the dead for hours -> Peaceful protest
    E(
        True,
        "villagers had blocked the Mir Ali-Miranshah road with the bodies for several hours",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["villagers"],
        location=MIR_ALI_RD,
        date=D("2025-09-16", "2025-09-17"),
        source=["local elder", "elder"],
    ),
    # one blast, two tolls by two sources (the police's two dead and three wounded / the TTP's "five police
    # officials") -> one core event per version; "some 12 km south of the city" -> LKM
    E(
        True,
        "a roadside bomb struck a police van on the Lakki-Pezu road, some 12 km south of the city, on Monday morning, killing two policemen and wounding three others, including the station house officer",
        EXP,
        IED,
        actor1=UNK + TTP,
        actor2=KPPOL,
        location=LAKKI_S,
        date=D("2025-09-15"),
        killed=R(2),
        injured=R(3),
        source=SDT,
    ),
    E(
        True,
        'its fighters had killed "five police officials"',
        EXP,
        IED,
        actor1=TTP,
        actor2=KPPOL + ["police officials"],
        location=LAKKI_S,
        date=D("2025-09-15"),
        killed=R(5),
        source=["Tehreek-e-Taliban Pakistan", "TTP"],
    ),
    E(
        True,
        "hundreds of traders and residents held a peace march in Lakki Marwat city, closing the main bazaar and demanding an end to targeted killings",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["traders", "residents", "hundreds of traders and residents"],
        location=LAKKI,
        date=D("2025-09-14"),
        source=SDT,
    ),
    # "Hours later" than a Sunday march -> Sunday; a peace committee elder shot at his guest house, the motive
    # open (militancy or a land dispute) -> Violence against civilians, unknown plus the TTP
    E(
        True,
        "unidentified men on a motorcycle shot dead Malik Zarif Khan, 58, a member of the local peace committee, outside his guest house in the Jani Khel area of Bannu district",
        VAC,
        ATTACK,
        actor1=UNK + ["unidentified men", "men on a motorcycle"] + TTP,
        actor2=CIV + ["Malik Zarif Khan", "peace committee", "member of the local peace committee"],
        location=JANI_KHEL,
        date=D("2025-09-14"),
        killed=R(1),
        source=SDT,
    ),
    # background: the cantonment attack "six months" earlier -> March 2025, non-core
    E(
        False,
        "suicide bombers rammed two explosives-laden vehicles into the wall of the Bannu cantonment, killing 18 people",
        EXP,
        SUICIDE,
        actor1=TTP + UNK,
        actor2=PKSEC + ["Bannu cantonment"] + CIV,
        location=BANNU_CANTT,
        date=D("2025-03-01", "2025-03-31"),
        killed=R(18),
        source=SDT,
    ),
    # the TTP's warning -> planned; the police's expectation -> hypothetical
    E(
        False,
        "The TTP has since warned residents to keep away from security installations",
        BAT,
        CLASH,
        actor1=TTP,
        actor2=PKSEC + KPPOL,
        location=KP,
        source=["TTP"] + SDT,
        status="planned",
    ),
    E(
        False,
        "police say more attacks are likely before winter",
        BAT,
        CLASH,
        actor1=TTP,
        actor2=KPPOL + PKSEC,
        location=KP,
        source=["police"],
        status="hypothetical",
    ),
    # no gold: "It did not mention any losses among the troops", "It was not clear who fired the shell", the
    # jirga, the police investigation, "a city of checkpoints" (a metaphor)
]
# the headline's copies
E13 += [
    E(False, "Quadcopter attack on Bannu police station", EXP, AIR, actor1=MILITANTS13, actor2=KPPOL, location=BANNU,
      date=D("2025-09-16", "2025-09-17"), source=SDT),
    E(False, "ISPR says eight militants killed in Mir Ali", BAT, CLASH, actor1=PKSEC, actor2=TTP, location=MIR_ALI,
      date=D("2025-09-16", "2025-09-17"), killed=R(8, None), source=ISPR),
    E(False, "residents say shell killed mother and sons", EXP, SHELL, actor1=UNK + PKSEC + TTP, actor2=CIV,
      location=MIR_ALI, date=D("2025-09-16", "2025-09-17"), killed=R(3), source=["residents"]),
]
DOCS.append(
    (
        "dev-af-13",
        "Southern Districts Times",
        "2025-09-18",
        "Pakistani local news site",
        "Pakistan/Khyber Pakhtunkhwa: a quadcopter drop on a police station 'on the outskirts of Bannu city' 'late on "
        "Tuesday night' and a second quadcopter shot down, a year's count in words, an ISPR operation in Mir Ali "
        "('eight \"khwarij\"') and the residents' shell on a house ('a woman and her two sons, aged six and nine') "
        "with no shooter known, a road blocked with the bodies, an IED 'some 12 km south of the city' in two tolls "
        "(the police / the TTP's claim), a peace march, a killing 'Hours later', March background, a warning and a "
        "forecast, a metaphor",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-af-13", "Thursday, September 18, 2025", "2025-09-18", "Thursday"),
    ("dev-af-13", "on Wednesday / overnight (end) / late on Tuesday night (end)", "2025-09-17", "Wednesday"),
    ("dev-af-13", "late on Tuesday night (start) / overnight (start)", "2025-09-16", "Tuesday"),
    ("dev-af-13", "on Monday morning", "2025-09-15", "Monday"),
    ("dev-af-13", "On Sunday / Hours later", "2025-09-14", "Sunday"),
]

# =============================================================================
# dev-af-14  wire service — Colombia/Cauca: El Plateado in Argelia municipality, the road out of El Plateado and a path on its outskirts, the police station in Suárez, a rural area of Suárez (Wed 16 Oct 2024)
# =============================================================================
T14 = """Colombian troops retake dissident stronghold of El Plateado; drone wounds boy and policeman in Suárez

BOGOTÁ, Oct 16 (Andes Wire) - Colombian troops on Saturday entered El Plateado, a coca-growing hamlet in Cauca's Argelia municipality that the Carlos Patiño Front, a FARC dissident faction, had controlled for years, after clashes that the army said left three dissidents dead and two soldiers wounded.

In a statement on Monday, the Carlos Patiño Front said two of its fighters had died in the fighting and accused troops of killing a farmer, Jhon Jairo Muñoz, 34, whom the army listed among the dead dissidents. The army did not respond to a request for comment on the allegation.

The tension has since spilled onto the roads. On Monday, about 200 residents, whom the army described as "pressured by the dissidents", surrounded a platoon on the road out of El Plateado, threw stones and held 28 soldiers for nine hours until the Ombudsman's Office negotiated their release. Two soldiers were lightly hurt.

On Tuesday, a soldier lost a leg when he stepped on a landmine on a path on the outskirts of El Plateado, the army said.

In northern Cauca, a drone dropped explosives on the police station in Suárez late on Sunday, wounding a police officer and a 15-year-old boy who was walking past, the mayor's office said. Police blamed the Jaime Martínez Front, another dissident faction, which did not comment.

Hours earlier, men on a motorcycle shot dead a community leader, María Elena Quiñones, 52, at her home in a rural area of Suárez, the rights group Indepaz said. She was the 139th social leader killed in Colombia this year, according to the group's count.

The defence ministry said troops would remain in El Plateado "for as long as necessary" and that a permanent military base would be built there. In pamphlets circulated in Argelia, the dissidents declared "military targets" anyone who cooperates with the troops.

The dissident factions reject the 2016 peace agreement between the government and the FARC. Analysts say El Plateado, which produces much of the cocaine exported through the Pacific coast, is "the crown jewel" of the dissidents' economy, and that losing it could push them to escalate elsewhere in Cauca.
"""

COLARMY = ["Colombian troops", "Colombian army", "National Army of Colombia", "Military Forces of Colombia", "army",
           "troops", "soldiers", "platoon", "defence ministry"]
COLPOL = ["Colombian police", "National Police of Colombia", "Police Forces of Colombia", "police",
          "police station", "police officer"]
EMC = ["Estado Mayor Central", "EMC", "FARC dissidents", "FARC dissident faction", "dissidents",
       "dissident factions"]
PATINO = ["Carlos Patiño Front", "Frente Carlos Patiño", "Carlos Patino Front"] + EMC
JAIME = ["Jaime Martínez Front", "Frente Jaime Martínez", "Jaime Martinez Front"] + EMC
# El Plateado (a hamlet of Argelia we cannot pin to ~0.05 degree), the road out of it and a path on its
# outskirts -> names and country
EL_PLATEADO = L(["El Plateado", "Argelia", "Argelia municipality", "road out of El Plateado",
                 "outskirts of El Plateado"], cc="CO")
SUAREZ = L(["Suárez", "Suarez", "police station in Suárez"], 2.95, -76.70, "CO")
SUAREZ_RURAL = L(["rural area of Suárez", "Suárez", "Suarez"], cc="CO")
COLOMBIA = L(["Colombia"], cc="CO")
CAUCA = L(["Cauca", "Argelia", "El Plateado"], cc="CO")
AW = ["Andes Wire", "author"]
ARMY14 = ["army", "Colombian army", "National Army of Colombia"]
E14 = [
    # troops entering a stronghold after clashes -> Government regains territory; both sides' toll from one source
    # (three dissidents dead, two soldiers wounded) -> exact, folded in; the clash clause a non-core Battles copy
    E(
        True,
        "Colombian troops on Saturday entered El Plateado, a coca-growing hamlet in Cauca's Argelia municipality that the Carlos Patiño Front, a FARC dissident faction, had controlled for years",
        BAT,
        GOVREGAIN,
        actor1=COLARMY,
        actor2=PATINO,
        location=EL_PLATEADO,
        date=D("2024-10-12"),
        killed=R(3),
        injured=R(2),
        source=ARMY14 + AW,
    ),
    E(
        False,
        "clashes that the army said left three dissidents dead and two soldiers wounded",
        BAT,
        CLASH,
        actor1=COLARMY + PATINO,
        actor2=PATINO + COLARMY,
        location=EL_PLATEADO,
        date=D("2024-10-12"),
        killed=R(3),
        injured=R(2),
        source=ARMY14,
    ),
    # the faction's version: its own two dead (a non-core copy of the fighting) and another object, a farmer
    # killed by troops, whom the army counts among the dissidents -> a core Violence against civilians of its own,
    # sourced to the faction
    E(
        False,
        "two of its fighters had died in the fighting",
        BAT,
        CLASH,
        actor1=COLARMY,
        actor2=PATINO,
        location=EL_PLATEADO,
        date=D("2024-10-12"),
        killed=R(2),
        source=PATINO,
    ),
    E(
        True,
        "accused troops of killing a farmer, Jhon Jairo Muñoz, 34",
        VAC,
        ATTACK,
        actor1=COLARMY,
        actor2=CIV + ["farmer", "Jhon Jairo Muñoz"],
        location=EL_PLATEADO,
        date=D("2024-10-12"),
        killed=R(1),
        source=PATINO,
    ),
    # a crowd surrounding and stoning a platoon and holding soldiers (an "asonada") -> Riots/Mob violence; the two
    # lightly hurt a sentence later -> injured 2, folded in
    E(
        True,
        'about 200 residents, whom the army described as "pressured by the dissidents", surrounded a platoon on the road out of El Plateado, threw stones and held 28 soldiers for nine hours',
        RIOT,
        MOB,
        actor1=["residents", "about 200 residents", "rioters"] + PATINO,
        actor2=COLARMY + ["28 soldiers"],
        location=EL_PLATEADO,
        date=D("2024-10-14"),
        injured=R(2),
        source=AW + ARMY14,
    ),
    # a landmine with no one named -> unknown plus the faction that held the area; "lost a leg" -> injured 1
    E(
        True,
        "a soldier lost a leg when he stepped on a landmine on a path on the outskirts of El Plateado",
        EXP,
        IED,
        actor1=UNK + PATINO,
        actor2=COLARMY + ["soldier"],
        location=EL_PLATEADO,
        date=D("2024-10-15"),
        injured=R(1),
        source=ARMY14,
    ),
    # explosives dropped by a drone -> Air/drone strike; "late on Sunday" -> Sunday; the police's blame -> the
    # front plus unknown on the core, the blame a non-core copy
    E(
        True,
        "a drone dropped explosives on the police station in Suárez late on Sunday, wounding a police officer and a 15-year-old boy who was walking past",
        EXP,
        AIR,
        actor1=UNK + JAIME,
        actor2=COLPOL + CIV + ["15-year-old boy", "boy"],
        location=SUAREZ,
        date=D("2024-10-13"),
        injured=R(2),
        source=["mayor's office", "Suárez mayor's office"] + AW,
    ),
    E(
        False,
        "Police blamed the Jaime Martínez Front, another dissident faction",
        EXP,
        AIR,
        actor1=JAIME,
        actor2=COLPOL,
        location=SUAREZ,
        date=D("2024-10-13"),
        source=["Police", "police"],
    ),
    # "Hours earlier" than a strike "late on Sunday" -> Sunday; a rural area of a municipality -> names and country
    E(
        True,
        "men on a motorcycle shot dead a community leader, María Elena Quiñones, 52, at her home in a rural area of Suárez",
        VAC,
        ATTACK,
        actor1=UNK + ["men on a motorcycle", "gunmen"],
        actor2=CIV + ["community leader", "María Elena Quiñones", "social leader"],
        location=SUAREZ_RURAL,
        date=D("2024-10-13"),
        killed=R(1),
        source=["Indepaz"] + AW,
    ),
    E(
        False,
        "She was the 139th social leader killed in Colombia this year",
        VAC,
        ATTACK,
        actor1=UNK + EMC,
        actor2=CIV + ["social leaders", "social leader"],
        location=COLOMBIA,
        date=D("2024-01-01", "2024-10-16"),
        killed=R(139),
        source=["Indepaz"],
        aggregate=True,
    ),
    # the ministry's announced base -> planned; the pamphlets' threat -> planned
    E(
        False,
        'troops would remain in El Plateado "for as long as necessary" and that a permanent military base would be built there',
        STR,
        BASE,
        actor1=COLARMY,
        location=EL_PLATEADO,
        source=["defence ministry", "Colombian defence ministry"],
        status="planned",
    ),
    E(
        False,
        'the dissidents declared "military targets" anyone who cooperates with the troops',
        VAC,
        ATTACK,
        actor1=EMC + PATINO,
        actor2=CIV + ["anyone who cooperates with the troops"],
        location=L(["Argelia", "El Plateado"], cc="CO"),
        source=["pamphlets"] + EMC,
        status="planned",
    ),
    # background: the 2016 agreement -> non-core
    E(
        False,
        "the 2016 peace agreement between the government and the FARC",
        STR,
        AGREE,
        actor1=["Colombian government", "government", "Government of Colombia"],
        actor2=["FARC", "Revolutionary Armed Forces of Colombia"],
        location=COLOMBIA,
        date=D("2016-01-01", "2016-12-31"),
        source=AW,
    ),
    # the analysts' conditional -> hypothetical
    E(
        False,
        "losing it could push them to escalate elsewhere in Cauca",
        BAT,
        CLASH,
        actor1=EMC,
        actor2=COLARMY,
        location=CAUCA,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: the army's silence on the allegation, the Ombudsman's negotiation and the release (no act of its
    # own), "which did not comment", the dissidents' rejection of the 2016 agreement (a stance), "the crown jewel"
    # (a metaphor), the cocaine routes
]
# the headline's copies
E14 += [
    E(False, "Colombian troops retake dissident stronghold of El Plateado", BAT, GOVREGAIN, actor1=COLARMY,
      actor2=PATINO, location=EL_PLATEADO, date=D("2024-10-12"), source=AW),
    E(False, "drone wounds boy and policeman in Suárez", EXP, AIR, actor1=UNK + JAIME, actor2=COLPOL + CIV,
      location=SUAREZ, date=D("2024-10-13"), injured=R(2), source=AW),
]
DOCS.append(
    (
        "dev-af-14",
        "Andes Wire",
        "2024-10-16",
        "wire service",
        "Colombia/Cauca: troops retake El Plateado 'on Saturday' with both sides' toll from the army, the dissidents' "
        "version (their own two dead, and a farmer the army counted as a dissident), a crowd holding 28 soldiers "
        "with the hurt a sentence later, a landmine 'on the outskirts of El Plateado', a drone on a police station "
        "'late on Sunday' ('a police officer and a 15-year-old boy') blamed by police, a leader shot 'Hours "
        "earlier' and a rights group's count, a base and a threat announced, 2016 background, a conditional, a "
        "metaphor",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-af-14", "Oct 16", "2024-10-16", "Wednesday"),
    ("dev-af-14", "On Tuesday", "2024-10-15", "Tuesday"),
    ("dev-af-14", "on Monday / On Monday", "2024-10-14", "Monday"),
    ("dev-af-14", "late on Sunday / Hours earlier", "2024-10-13", "Sunday"),
    ("dev-af-14", "on Saturday", "2024-10-12", "Saturday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_af", check_af, strip_text=True)


if __name__ == "__main__":
    main()
