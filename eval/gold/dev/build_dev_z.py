"""Writes dev_z.gold.jsonl: fourteen development articles, nine from the Middle East - north-west Syria (Saraqib,
Maarat al-Numan, Kansafra about 12 km west of it, an army post south of Kafr Nabudah, the al-Ghab plain near Qastoun,
Idlib city), Syria's Homs desert (the T4 air base, the Palmyra military airport, a landmine about 25 km north-east of
Palmyra, al-Sukhnah, the Homs-Palmyra road), Iraq's Diyala and Nineveh (the orchards north of Muqdadiyah, the Hamrin
hills, Baqubah, Mosul's old city, Tal Afar), northern Gaza (Kamal Adwan hospital in Beit Lahia, the Beit Lahia
project, Jabalia camp, Beit Hanoun), south Lebanon's Tyre and Bint Jbeil districts (the coast road about 10 km south
of Tyre, Maroun al-Ras, Aitaroun, Rmeish, Bint Jbeil, Yarine, Qlayleh), Yemen's Aden and Taiz (Crater, Sheikh Othman,
al-Hawban, Taiz city), Erbil and the Kurdistan Region (Erbil International Airport, the Khurmala field about 50 km
south-west of Erbil, Erbil city), Syria's Hasakah and Qamishli (Qamishli's power station, the Qamishli-Amuda road,
Hasakah's Tal Hajar, al-Hol camp, Serêkaniyê/Ras al-Ain) and northern Israel (Metula, Kiryat Shmona) - and five from
elsewhere - Burkina Faso's Sahel region (Djibo, the bush about 30 km south-west of it, Ouagadougou), Nigeria's Borno
and Zamfara states (Konduga, Damboa, the Tumbun islands of Lake Chad, a village about 15 km east of Tsafe, Kadawa
about 10 km north of Zurmi, Maru, Tsafe), Mozambique's Cabo Delgado (Litamanda about 15 km west of Macomia,
Mocímboa da Praia, Ancuabe, Chai on the Macomia-Awasse road, Mucojo, Quiterajo), Haiti's Port-au-Prince area
(Carrefour-Feuilles, Kenscoff, Tabarre, Village de Dieu, Delmas 32) and Sudan's North Darfur (El Fasher, Abu Shouk
camp, Kutum, the road to Tawila about 20 km west of El Fasher) - published 2024-2026, written for this project in
our own words, with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice and layout per article, each a different kind of outlet: (1) a security consultancy's daily brief with
bullet items under place datelines; (2) a wire story with an update appended; (3) a parliamentary debate summary with
titled speakers; (4) a hospital director's interview (Q&A with editor's notes); (5) a local TV news script (anchor,
VO, SOT, tag); (6) a government's rebuttal of a rights group's report, point by point; (7) a fact-check of a viral
claim (claim, verdict, findings); (8) a diaspora website's partisan report; (9) a newspaper editorial that recounts
the week's incidents as background to its argument; (10) a feature story built on a survivor's first-person account;
(11) a weekly round-up with a dateline per item; (12) an insurgent group's numbered claims reproduced and checked one
by one; (13) a police spokesman's numbered press release; (14) a UN agency's flash update. The set is rich in what
coders find hard - counts in words and figures, ranges ("12 or 13", "between 20 and 30", "Between 100 and 200"),
"at least", "scores", "about 20", "dozens", "hundreds", "several", kin and ages, "killing or wounding some 12",
"killing and wounding seven", "killed or wounded", "No casualties were reported", "without injuring anyone", tolls told
a sentence later or raised; relative dates ("overnight", "late on Tuesday", "Two days earlier", "The night before",
"last week", "Last Friday", "in April", "Hours later") and relative places ("about 12 km west of the town", "near",
"the eastern countryside of", "on the northern edge of"); attribution (named and titled speakers, "told AFP", "citing
intelligence sources", a trailing "the army said"); uncertain perpetrators ("either Russian or Syrian government
jets", "either HTS-linked cells or Islamic State remnants", "Turkish or ... the regime's allies"); claims, denials,
unconfirmed reports, threats, conditionals, forecasts, aggregates, background and metaphors; two sources' versions of
one event.

Per article:
(1) consultancy brief, north-west Syria (Thu 19 Sep 2024): an HTS drone strike on Saraqib with its claim, an IED
"killing or wounding some 12 soldiers" by "either HTS-linked cells or Islamic State remnants", shelling "about 12 km
west of the town, overnight" ("a woman and her two daughters"), an infiltration raid by "Between 20 and 30 fighters"
told by SOHR (both sides' dead) and by SANA (no numbers), "about 20 air strikes" by "Either Russian or Syrian
government jets" ("No casualties were reported"), a protest and the night's detentions, a frontline aggregate, the
month's strike counts, a forecast and a conditional;
(2) wire story with an update, Homs desert (Wed 26 Mar 2025): an Israeli strike on T4 "late on Tuesday" told by a
Syrian official ("material damage only") and, in the update, by SOHR ("overnight", two dead, "at least six"), a
second strike on the Palmyra airport named only by the Israeli military, its conditional threat, Turkey's rumoured
deployment, a landmine "Two days earlier" "about 25 km north-east of Palmyra" whose toll is raised in the update, a
spring tally, arrests in al-Sukhnah, a checkpoint attack "The night before", a trend since December, a raid "a week"
before;
(3) parliamentary session summary, Diyala and Nineveh (Tue 13 May 2025): a family killed "on Friday night" with two
MPs' rival blame, "12 or 13 suspects" detained, a helicopter strike told as three militants and as "two shepherds,
one of them a boy of 15", a road-blocking protest dispersed by shots in the air, a buried bomb in Mosul's old city,
devices defused, 2017 background, a grenade in Tal Afar "last week, causing no casualties", a minister's denial, a
toll since January, a conditional warning;
(4) hospital director's interview, northern Gaza (Thu 7 Nov 2024): drone bombs on the hospital "On Monday night" with
the toll a sentence later, the army's version and denial in an editor's note, a strike in Beit Lahia ("36 bodies ...
scores of wounded", others under the rubble), tank shells at a flour queue ("about 20 people, killed or wounded"), a
boy shot by a quadcopter, staff detained "Last Friday", men taken from schools in Beit Hanoun told two ways, a
generic quadcopter remark, a threat, a count since 6 October;
(5) local TV script, Tyre and Bint Jbeil (Tue 22 Jul 2025): a drone strike "about 10 km south of Tyre" told by the
health ministry (one dead, two wounded) and by the Israeli army ("two Hezbollah terrorists"), houses blown up
"overnight" ("No one was inside"), a stun grenade from a drone ("No one was hurt"), a shepherd seized, a rally, a new
army post and rocket launchers dismantled, the ceasefire as background, a count since it, a threat;
(6) a ministry's rebuttal of a rights group, Aden and Taiz (Sun 15 Jun 2025): a protest shooting told by the rights
group (two dead, "at least nine" wounded) and by the ministry (armed infiltrators, three officers wounded) with the
ministry's denial, a journalist "forcibly disappeared" / "arrested ... on a warrant", a shelling the ministry says it
has no record of, a sniper and a drone in Taiz "On Friday alone", a count "killed or wounded 118";
(7) fact-check, Erbil (Wed 11 Mar 2026): a viral claim of "dozens" of US dead, the drone attack on Erbil airport
"without injuring anyone", the interception, the group's claim, a drone on the Khurmala field "about 50 km
south-west of Erbil" with the ministry's blame and the PMF's denial, an arrest over the video, a count, a threat, a
metaphor;
(8) Kurdish diaspora site, Qamishli and Hasakah (Tue 16 Jan 2024): drones on a power station "overnight", a car on
the Qamishli-Amuda road "about 8 km west of Qamishli", a drone in Hasakah "killing and wounding seven people" by
Turkey or the regime's allies, an ISIS attack in "the eastern countryside of Hasakah, near al-Hol camp" with both
sides' dead, arrests in al-Hol, a funeral march, Turkey's "neutralised" count, a count since October, an unconfirmed
abduction, a vow, a metaphor; partisan labels;
(9) newspaper editorial, northern Israel (Fri 7 Jun 2024): a missile on a Metula house ("no one was hurt"), a drone
wounding three soldiers, "about 15 rockets" on Kiryat Shmona and their interception, a road-blocking protest, tallies
("more than 5,000", "hundreds"), the war's start as background, a threat, a forecast, a conditional, a metaphor;
(10) feature with a survivor's account, Djibo (Thu 12 Jun 2025): a JNIM assault told by a local official and a
security source "told AFP" ("Between 100 and 200"), by the army ("scores of terrorists") and by JNIM (200), a husband
and a 17-year-old son shot, "about 30 young men and boys" led away, a drone strike "Two days later", an ambush "in
April" as background, journalists detained;
(11) weekly round-up with datelines, Borno and Zamfara (Sun 16 Mar 2025): a suicide bombing ("12 or 13", "about 20"),
a base attack told by the army ("scores") plus a news site "citing intelligence sources" (five soldiers) and by ISWAP
(20), an air strike ("dozens"), a mass abduction "on Tuesday night", a village attack told by residents ("between 20
and 30") and by the police (18), arrests, a local peace deal, a protest, the army's weekly "neutralised" count, a
vow;
(12) insurgent claims reproduced and checked, Cabo Delgado (Tue 30 Sep 2025): a village attack claimed as six dead
and checked as four, a clash claimed as eight dead and told by the Rwandan army as 11 insurgents dead with "no
casualties" of its own, an execution claim that police cannot confirm, a roadside bomb claimed and confirmed
("wounding two soldiers"), an unconfirmed abduction, a base handed over, a month's claims, a toll since 2017;
(13) police press release, Port-au-Prince (Thu 20 Nov 2025): an operation with "At least nine" bandits killed,
"several" wounded and two officers hurt, an attack on a police sub-station ("No police officer was injured"), a
kidnapping and the arrests at the rescue, a drone strike told by the police ("several bandits") and by a rights
group (eight civilians) with the police's rejection, a riot ("No one was seriously hurt"), a vow, a count;
(14) UN flash update, El Fasher (Thu 14 Aug 2025): an RSF assault on Abu Shouk camp ("between 30 and 40 civilians")
with the RSF's version and denial, a drone on a market ("killing or injuring at least 27"), a SAF air strike on Kutum
told by local sources (12 dead) and by the SAF ("fuel and weapons depots"), rapes "about 20 km west of El Fasher",
about 30 men taken away, looting, front-line fighting with the SAF's "dozens", a count since May 2024, a
conditional.

The incidents are invented or composite, with invented names of people, outlets and some sites (the armed groups,
forces, agencies and monitors named are real); the gold encodes what each TEXT says, including its slant, hedges and
sources, not what is true. Articles are 250-450 words (the brief allowed 120-450, but goldkit's check_article, kept
unchanged, wants a body of at least 150 words and caps a document at 450); check_z below adds a 250-word floor and
the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  cd /work/devz && python3 build_dev_z.py   (stdlib + goldkit only; checks every evidence string occurs exactly
once in its text, word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and
number ranges, then writes dev_z.gold.jsonl beside this file).

Conventions: those listed in build_dev_r.py's docstring, kept unchanged - among them "No one was hurt" -> killed and
injured 0..0; "causing no injuries" -> injured 0..0 only; "no civilians were hurt" or "No police officer was
injured" (one group) -> no number field; "dozens" 24..open; "several" 3..open; "at least N" N..open; "more than N"
N+1..open; "killed or wounded some 45" -> casualties 45..45; one side's count in a clash -> N..open, both sides told
-> exact; an unsplit count plus a split one -> casualties summed; a toll told later or revised -> folded into the
core event, the other figures non-core copies; a wounded man who dies later -> killed N..N+1, injured M-1..M;
"N km <direction> of X" -> LKM; "on the outskirts of / on the edge of Y" -> Y's point; "<direction> of X" without a
distance -> X's point; countrysides, districts, hills, fronts and long roads -> names and country; "overnight" /
"last night" / "on X night" -> both days; "last week" -> Monday to Sunday; uncertain or blamed perpetrators -> every
alternative plus unknown, each blame a non-core copy; a party's claim -> core, occurred, sourced to it; another
object or another toll named by another source -> one core event per version; the same object told two ways with no
new number -> one core event, the other telling a non-core copy; "neutralised" -> no number field; abductees and
detainees are no casualties; headlines that state an event -> non-core copies; denials, plans, threats, forecasts,
conditionals, aggregates and background -> non-core; an empty house ("No one was inside") -> no number field.
Added or made explicit here:
- "scores" -> 40..open (two score, as "dozens" is two dozen); "hundreds" -> 200..open; "about 20" -> 20..20 (the
  stated figure, as "some 45"); "12 or 13" -> 12..13; "Between 100 and 200" -> 100..200; "killing and wounding seven"
  -> casualties 7..7; "killing or injuring at least 27" -> casualties 27..open; "wounding others" -> injured 2..open.
- "material damage only" -> killed and injured 0..0; "without injuring anyone" -> killed and injured 0..0; "No one
  was seriously hurt" -> no number field (minor injuries are not excluded).
- The size of an attacking force ("Between 20 and 30 fighters", "hundreds of fighters", "some 200 people") is no
  casualty figure.
- "about 20 air strikes" on one area in one afternoon -> one core event (a single raid), not an aggregate; "struck
  ... 84 times so far this month" -> aggregate.
- A source's allegation told by the party that rebuts it, in its own sentence with its own place, date and toll
  ("The report alleges that security forces fired ...") -> core, occurred, sourced to the accuser; the rebuttal's
  own account (armed infiltrators wounding officers) -> a second core event; the bare denial -> non-core denied. An
  allegation buried inside the denial sentence stays a non-core denied event only (as dev_r).
- A rights group's "forcibly disappeared" and the ministry's "arrested ... on a warrant" for the same man -> two core
  events of different types (Violence against civilians/Abduction and Strategic developments/Arrests), one per
  version; the army's "apprehended dozens of terrorist suspects" beside a director's "took away all the men" (no new
  number) -> one core Arrests event and a non-core copy.
- Foreign troops seizing a civilian and taking him across the border -> Abduction/forced disappearance.
- A drone dropping a stun grenade, and a quadcopter firing on a boy -> Explosions/Remote violence/Air/drone strike
  (any drone attack, as ANNOTATION's table says).
- A town assaulted and held "for most of the day" before the attackers withdrew -> Battles/Armed clash, not a
  territorial change; looting and burning inside an assault -> no gold of their own; looting after an assault in a
  separate sentence with its own object -> a core Looting/property destruction event.
- A local peace deal with a bandit leader -> Strategic developments/Agreement; a base handed over by an allied army
  -> Non-violent transfer of territory; a new army post -> Headquarters or base established.
- Armed elements firing on a police patrol during a protest (the government's version) -> Riots/Violent
  demonstration; barricades of burning tyres and stones at a patrol -> Riots/Violent demonstration.
- A consultancy's forecast ("will likely continue") -> planned; a third party's conditional ("the tribes would take
  up arms") -> hypothetical; an actor's own conditional threat -> planned (as dev_r).
- "Hours later" after an overnight strike, and "later" after a dated blast told in a session the next days -> the
  range from the first event to the telling.
- A claim "released 24 September" checked as "the night of Tuesday 23 September" -> the checked night for both
  versions; an undated claim released in the week -> the week up to its release.
- Unconfirmed reports of an abduction in a side paragraph -> a non-core Abduction, status possible (as dev_r's "may
  have been abducted").
- A blockade "since 2022", a siege "since May 2024", a radio station's suspension, displacement figures, a fire
  blamed on an electrical fault and a motive ("protesting against the killing of a motorcycle taxi driver") -> no
  gold; a relayed order to evacuate a hospital "by force if we do not leave" -> a non-core planned event."""

import math

from goldkit import (
    ABDUCT,
    AGREE,
    AIR,
    ARRESTS,
    ATTACK,
    BASE,
    BAT,
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
    PEACEFUL,
    PRO,
    PROTEST_SIDES,
    PROTESTERS,
    RIOT,
    SHELL,
    STR,
    SUICIDE,
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
check_z = windowed_check("2024-01-01", "2026-11-30", min_words=250)

SEXUAL = "Sexual violence"  # not among goldkit's short names


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


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three letters are
# left out on purpose: the scorer matches by case-insensitive containment either way. Each list holds the canonical
# name, abbreviations and the surface forms the text uses, loaded labels too. Coordinates only for towns, cities,
# camps, airports and bases we can pin to ~0.05 degrees from our own knowledge; villages, districts, hills, plains,
# islands and sites we cannot pin get names and a country only, unless the text places them by a distance and a
# direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = ["United States", "US forces", "U.S. forces", "US military", "American", "American soldiers",
       "Military Forces of the United States"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PMF = ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "SDF fighters"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian aircraft", "Russian jets", "Military Forces of Russia",
          "Russian Armed Forces"]
SYGOV = ["Syrian government", "Government of Syria", "Syrian army", "Military Forces of Syria", "Syrian regime",
         "regime forces", "regime", "Syrian Arab Army", "government forces"]
HTS = ["Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "HTS", "Military Operations Room", "General Security Service",
       "Abu Mohammad al-Jolani"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-z-01  security consultancy's daily brief — north-west Syria: Saraqib, Maarat al-Numan, Kansafra, an army post south of Kafr Nabudah, the al-Ghab plain near Qastoun, Idlib city (Thu 19 Sep 2024)
# =============================================================================
T01 = """Syria (North-West) Daily Security Brief: drones hit Saraqib, raid repelled near Kafr Nabudah

Meridian Risk Advisory | Daily Security Brief | Syria (North-West) | Thursday, 19 September 2024 | For client distribution only

BOTTOM LINE: Fighting along the Idlib and northern Hama frontlines stayed above the monthly average over the past 24 hours. We continue to advise against all travel on the M4 highway west of Saraqib.

INCIDENTS (past 24 hours unless stated; local time)

- SARAQIB (Idlib): Hay'at Tahrir al-Sham (HTS) flew at least three FPV drones into Syrian army positions on the western edge of the government-held town on Wednesday morning, killing two soldiers and wounding four, according to a pro-government Telegram channel. HTS's "Military Operations Room" claimed the strike the same day.

- MAARAT AL-NUMAN (Idlib): An improvised explosive device detonated under a military bus at the northern entrance of the town late on Tuesday, killing or wounding some 12 soldiers, local sources said. No group has claimed it; either HTS-linked cells or Islamic State remnants are the likeliest culprits.

- KANSAFRA (Idlib): Government artillery in the Maarat al-Numan area shelled Kansafra, about 12 km west of the town, overnight, killing a woman and her two daughters and wounding six other people, the Syria Civil Defence (White Helmets) said.

- KAFR NABUDAH (Hama): Between 20 and 30 fighters of the jihadist Ansar al-Tawhid group stormed an army post south of Kafr Nabudah before dawn on Wednesday. The UK-based Syrian Observatory for Human Rights (SOHR) said nine soldiers and four attackers died in the two-hour fight. State news agency SANA said the army had repelled the attack, "inflicting heavy losses on the terrorists", and that no soldiers had been hurt.

- AL-GHAB PLAIN (Hama): Either Russian or Syrian government jets carried out about 20 air strikes on hilltops overlooking the plain near Qastoun on Wednesday afternoon, a local monitor said. No casualties were reported.

- IDLIB CITY: Several hundred people demonstrated in the city centre on Wednesday evening against HTS leader Abu Mohammad al-Jolani and the detention of his critics. Later that night, HTS's General Security Service detained at least five activists who had helped organise the protests, two of their relatives told our local contact.

ASSESSMENT: Government and Russian forces have struck opposition-held areas 84 times so far this month, according to our tracking, against 61 times in all of August. HTS will likely continue its drone campaign against Saraqib. If the army brings armoured reinforcements to the Kafr Nabudah axis, a ground push into the al-Ghab plain would become more likely within weeks.
"""

SYGOV01 = SYGOV + ["Syrian army positions", "army positions", "soldiers", "military bus", "army post",
                   "Government artillery"]
HTS01 = HTS + ["HTS-linked cells", "Hay'at Tahrir al-Sham (HTS)"]
TAWHID = ["Ansar al-Tawhid", "Ansar al-Tawhid group", "jihadist Ansar al-Tawhid group", "attackers", "terrorists",
          "fighters"]
SCD01 = ["Syria Civil Defence", "White Helmets", "Syrian Civil Defence", "SCD"]
SARAQIB = L(["Saraqib", "western edge of the government-held town", "Idlib"], 35.86, 36.80, "SY")
MAARAT = L(["Maarat al-Numan", "Maarat al-Nu'man", "Ma'arrat al-Nu'man", "northern entrance of the town"], 35.65,
           36.67, "SY")
# "Kansafra, about 12 km west of the town" (Maarat al-Numan) -> LKM
KANSAFRA = LKM(["Kansafra", "Kansafrah", "west of the town", "Maarat al-Numan", "Jabal al-Zawiya"], 35.65, 36.67,
               12, 270, "SY")
# "an army post south of Kafr Nabudah" (no distance) -> Kafr Nabudah's point
KAFR_NABUDAH = L(["Kafr Nabudah", "Kafr Nabouda", "Kafr Nabuda", "south of Kafr Nabudah", "northern Hama"], 35.44,
                 36.51, "SY")
GHAB = L(["al-Ghab plain", "Ghab plain", "al-Ghab", "Qastoun", "Qastun", "hilltops overlooking the plain"], cc="SY")
IDLIB = L(["Idlib city", "Idlib", "Idleb", "city centre"], 35.93, 36.63, "SY")
NWS01 = L(["Idlib and northern Hama frontlines", "Idlib", "northern Hama", "north-west Syria"], cc="SY")
MRA = ["Meridian Risk Advisory", "author"]
E01 = [
    # a drone strike with its toll from a pro-government channel and HTS's claim of it -> one core event, both
    # sources; the claim sentence a non-core copy; "on Wednesday morning" in a Thursday brief -> 18 September
    E(
        True,
        "Hay'at Tahrir al-Sham (HTS) flew at least three FPV drones into Syrian army positions on the western edge of the government-held town on Wednesday morning, killing two soldiers and wounding four",
        EXP,
        AIR,
        actor1=HTS01,
        actor2=SYGOV01,
        location=SARAQIB,
        date=D("2024-09-18"),
        killed=R(2),
        injured=R(4),
        source=["pro-government Telegram channel", "Telegram channel"] + HTS + MRA,
    ),
    E(
        False,
        "HTS's \"Military Operations Room\" claimed the strike the same day",
        EXP,
        AIR,
        actor1=HTS01,
        actor2=SYGOV01,
        location=SARAQIB,
        date=D("2024-09-18"),
        source=HTS,
    ),
    # "killing or wounding some 12 soldiers" -> casualties 12..12; "either HTS-linked cells or Islamic State
    # remnants" -> both plus unknown; "late on Tuesday" -> 17 September; "the northern entrance of the town" -> the town
    E(
        True,
        "An improvised explosive device detonated under a military bus at the northern entrance of the town late on Tuesday, killing or wounding some 12 soldiers",
        EXP,
        IED,
        actor1=UNK + HTS01 + ISIS + ["Islamic State remnants"],
        actor2=SYGOV01,
        location=MAARAT,
        date=D("2024-09-17"),
        casualties=R(12),
        source=["local sources"] + MRA,
    ),
    # "about 12 km west of the town" -> LKM from Maarat al-Numan; "overnight" in a Thursday brief -> 18-19
    # September; "a woman and her two daughters" -> 3 killed, "six other people" -> 6 wounded
    E(
        True,
        "Government artillery in the Maarat al-Numan area shelled Kansafra, about 12 km west of the town, overnight, killing a woman and her two daughters and wounding six other people",
        EXP,
        SHELL,
        actor1=SYGOV01,
        actor2=CIV + ["woman", "two daughters", "Kansafra", "six other people"],
        location=KANSAFRA,
        date=D("2024-09-18", "2024-09-19"),
        killed=R(3),
        injured=R(6),
        source=SCD01 + MRA,
    ),
    # the raid told by the author with SOHR's toll a sentence later (both sides: nine soldiers and four attackers
    # -> 13 exact), folded in; the force's size ("Between 20 and 30 fighters") is no casualty figure; "before dawn
    # on Wednesday" -> 18 September; SANA's version (repelled, "heavy losses", no soldier hurt = one group) -> a core
    # event of its own with no number field
    E(
        True,
        "Between 20 and 30 fighters of the jihadist Ansar al-Tawhid group stormed an army post south of Kafr Nabudah before dawn on Wednesday",
        BAT,
        CLASH,
        actor1=TAWHID + SYGOV01,
        actor2=SYGOV01 + TAWHID,
        location=KAFR_NABUDAH,
        date=D("2024-09-18"),
        killed=R(13),
        source=MRA + ["Syrian Observatory for Human Rights", "SOHR"],
    ),
    E(
        False,
        "nine soldiers and four attackers died in the two-hour fight",
        BAT,
        CLASH,
        actor1=TAWHID + SYGOV01,
        actor2=SYGOV01 + TAWHID,
        location=KAFR_NABUDAH,
        date=D("2024-09-18"),
        killed=R(13),
        source=["Syrian Observatory for Human Rights", "SOHR"],
    ),
    E(
        True,
        "the army had repelled the attack, \"inflicting heavy losses on the terrorists\"",
        BAT,
        CLASH,
        actor1=TAWHID + SYGOV01,
        actor2=SYGOV01 + TAWHID,
        location=KAFR_NABUDAH,
        date=D("2024-09-18"),
        source=["SANA", "Syrian Arab News Agency", "State news agency SANA", "state news agency"],
    ),
    # "about 20 air strikes" on one area in one afternoon -> one raid, core; "Either Russian or Syrian government
    # jets" -> both plus unknown; the target is hilltops only (no actor) -> no actor2; "No casualties were reported"
    # -> killed and injured 0..0; a plain -> names and country
    E(
        True,
        "Either Russian or Syrian government jets carried out about 20 air strikes on hilltops overlooking the plain near Qastoun on Wednesday afternoon",
        EXP,
        AIR,
        actor1=RUSSIA + SYGOV + UNK + ["Syrian government jets"],
        location=GHAB,
        date=D("2024-09-18"),
        killed=R(0),
        injured=R(0),
        source=["local monitor"] + MRA,
    ),
    # no force met the march -> Peaceful protest
    E(
        True,
        "Several hundred people demonstrated in the city centre on Wednesday evening against HTS leader Abu Mohammad al-Jolani",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Several hundred people", "people"],
        location=IDLIB,
        date=D("2024-09-18"),
        source=MRA,
    ),
    # "Later that night" after a Wednesday evening -> Wednesday and Thursday
    E(
        True,
        "HTS's General Security Service detained at least five activists who had helped organise the protests",
        STR,
        ARRESTS,
        actor1=HTS01,
        actor2=["activists", "five activists", "organisers"] + PROTESTERS + CIV,
        location=IDLIB,
        date=D("2024-09-18", "2024-09-19"),
        source=["relatives", "two of their relatives", "local contact"] + MRA,
    ),
    # the day's fighting and the month's counts -> aggregates ("so far this month" -> 1-19 September; "in all of
    # August" -> the month)
    E(
        False,
        "Fighting along the Idlib and northern Hama frontlines stayed above the monthly average over the past 24 hours",
        BAT,
        CLASH,
        actor1=SYGOV + HTS,
        actor2=HTS + SYGOV,
        location=NWS01,
        date=D("2024-09-18", "2024-09-19"),
        source=MRA,
        aggregate=True,
    ),
    E(
        False,
        "Government and Russian forces have struck opposition-held areas 84 times so far this month",
        EXP,
        SHELL,
        actor1=SYGOV + RUSSIA,
        actor2=HTS + CIV + ["opposition-held areas"],
        location=NWS01,
        date=D("2024-09-01", "2024-09-19"),
        source=MRA,
        aggregate=True,
    ),
    E(
        False,
        "against 61 times in all of August",
        EXP,
        SHELL,
        actor1=SYGOV + RUSSIA,
        actor2=HTS + CIV,
        location=NWS01,
        date=D("2024-08-01", "2024-08-31"),
        source=MRA,
        aggregate=True,
    ),
    # the consultancy's forecast -> planned; its conditional -> hypothetical
    E(
        False,
        "HTS will likely continue its drone campaign against Saraqib",
        EXP,
        AIR,
        actor1=HTS01,
        actor2=SYGOV01,
        location=SARAQIB,
        source=MRA,
        status="planned",
    ),
    E(
        False,
        "If the army brings armoured reinforcements to the Kafr Nabudah axis, a ground push into the al-Ghab plain would become more likely within weeks",
        BAT,
        CLASH,
        actor1=SYGOV01,
        actor2=HTS01,
        location=GHAB,
        source=MRA,
        status="hypothetical",
    ),
    # no gold: the M4 travel advice, "No group has claimed it", "the likeliest culprits" (inside the IED's actors),
    # "the detention of his critics" (a grievance, no dated act)
]
# the headline's copies
E01 += [
    E(False, "drones hit Saraqib", EXP, AIR, actor1=HTS01, actor2=SYGOV01, location=SARAQIB, date=D("2024-09-18"),
      source=MRA),
    E(False, "raid repelled near Kafr Nabudah", BAT, CLASH, actor1=TAWHID + SYGOV01, actor2=SYGOV01 + TAWHID,
      location=KAFR_NABUDAH, date=D("2024-09-18"), source=MRA),
]
DOCS.append(
    (
        "dev-z-01",
        "Meridian Risk Advisory (daily security brief)",
        "2024-09-19",
        "security consultancy's daily brief with bullet items",
        "north-west Syria: an HTS drone strike on Saraqib with its claim, an IED 'killing or wounding some 12 soldiers' "
        "by 'either HTS-linked cells or Islamic State remnants', shelling of Kansafra 'about 12 km west of the town, "
        "overnight' ('a woman and her two daughters'), a raid by 'Between 20 and 30 fighters' in two versions (SOHR's "
        "13 dead / SANA's 'heavy losses'), 'about 20 air strikes' by 'Either Russian or Syrian government jets' ('No "
        "casualties were reported'), a protest and the night's detentions, a frontline aggregate, two monthly counts, a "
        "forecast and a conditional",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-z-01", "Thursday, 19 September 2024 / overnight (end)", "2024-09-19", "Thursday"),
    ("dev-z-01", "on Wednesday morning / before dawn on Wednesday / on Wednesday afternoon / evening", "2024-09-18",
     "Wednesday"),
    ("dev-z-01", "late on Tuesday", "2024-09-17", "Tuesday"),
]

# =============================================================================
# dev-z-02  wire story with an update appended — Syria's Homs desert: the T4 air base, the Palmyra military airport, a landmine about 25 km north-east of Palmyra, al-Sukhnah, the Homs-Palmyra road (Wed 26 Mar 2025)
# =============================================================================
T02 = """UPDATE 1-Israeli jets strike Syria's T4 air base again; landmine kills truffle hunters near Palmyra

(Adds monitor's casualty figures for T4 strike in paragraph 8, higher landmine toll in paragraph 9)

By Rami Khoury

DAMASCUS, March 26 (Levant Wire) - Israeli warplanes struck the T4 air base in the eastern Homs desert late on Tuesday, hitting its runway and two hangars, an official at Syria's defence ministry said, a week after a similar raid on the same base.

The official, who asked not to be named because he was not authorised to speak to the media, said the strikes had caused "material damage only".

The Israeli military said its jets had also hit "remaining military capabilities" at the Palmyra military airport further east. It warned that it would strike again if "hostile forces" were deployed at either base, an apparent reference to reports that Turkey was considering stationing air defence systems there.

Two days earlier, five truffle hunters from the desert town of al-Sukhnah were killed and three wounded when their pickup truck drove over a landmine about 25 km north-east of Palmyra, a relative of one of the men told Levant Wire. Mines and shells left over from years of war kill dozens of truffle gatherers in the Syrian desert every spring.

On Monday, security forces arrested four members of an Islamic State cell in a raid on a house in al-Sukhnah and seized two explosive belts, the interior ministry said.

The night before, gunmen on motorcycles believed to be Islamic State militants opened fire on a General Security checkpoint on the Homs-Palmyra road, killing one member and wounding two, a security source said.

The group, which twice held Palmyra during the war, keeps cells in the vast Badia desert and has stepped up its attacks since the fall of Bashar al-Assad in December.

UPDATE: The Syrian Observatory for Human Rights, a Britain-based war monitor, said on Wednesday that two soldiers had been killed and at least six wounded in the overnight strikes on T4, contradicting the official account.

One of the three wounded truffle hunters died in a Homs hospital on Wednesday morning, raising the toll to six, his cousin said.
"""

ISR02 = ISRAEL + ["Israeli warplanes", "Israeli jets", "its jets"]
SYGOV02 = SYGOV + ["Syrian transitional government", "Syria's defence ministry", "defence ministry",
                   "Syrian defence ministry", "soldiers", "security forces", "interior ministry", "General Security",
                   "General Security checkpoint", "checkpoint"]
IS02 = ISIS + ["Islamic State cell", "gunmen on motorcycles", "gunmen", "cells"]
T4 = L(["T4 air base", "T4", "Tiyas air base", "Tiyas", "eastern Homs desert", "Homs desert"], 34.52, 37.63, "SY")
PALMYRA_AP = L(["Palmyra military airport", "Palmyra airport", "Palmyra", "Tadmur"], 34.56, 38.32, "SY")
# "about 25 km north-east of Palmyra" -> LKM from Palmyra
MINE02 = LKM(["north-east of Palmyra", "Palmyra", "Tadmur", "Syrian desert"], 34.56, 38.27, 25, 45, "SY")
SUKHNAH = L(["al-Sukhnah", "Sukhnah", "al-Sukhna", "house in al-Sukhnah"], 34.88, 38.87, "SY")
HOMS_PALMYRA_RD = L(["Homs-Palmyra road", "Palmyra", "Homs"], cc="SY")
BADIA = L(["Badia desert", "Badia", "Syrian desert", "Syria"], cc="SY")
LW = ["Levant Wire", "Rami Khoury", "author"]
OFFICIAL02 = ["official at Syria's defence ministry", "Syria's defence ministry", "defence ministry official",
              "Syrian defence ministry", "official"]
IDF02 = ["Israeli military", "Israeli army", "IDF", "Israel Defense Forces"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR"]
E02 = [
    # the strike told by a Syrian official: "material damage only" a sentence later -> killed and injured 0..0,
    # folded in and kept as a non-core copy; "late on Tuesday" -> 25 March
    E(
        True,
        "Israeli warplanes struck the T4 air base in the eastern Homs desert late on Tuesday, hitting its runway and two hangars",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=SYGOV02 + ["T4 air base", "runway", "hangars"],
        location=T4,
        date=D("2025-03-25"),
        killed=R(0),
        injured=R(0),
        source=OFFICIAL02 + LW,
    ),
    E(
        False,
        "the strikes had caused \"material damage only\"",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=SYGOV02,
        location=T4,
        date=D("2025-03-25"),
        killed=R(0),
        injured=R(0),
        source=OFFICIAL02,
    ),
    # the same strikes with another toll by another source (the update) -> a core event of its own; "overnight"
    # in a Wednesday story -> 25-26 March; "at least six" -> 6..open
    E(
        True,
        "two soldiers had been killed and at least six wounded in the overnight strikes on T4",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=SYGOV02,
        location=T4,
        date=D("2025-03-25", "2025-03-26"),
        killed=R(2),
        injured=R(6, None),
        source=SOHR,
    ),
    # another site named only by the Israeli military -> a core event; the night of the raid -> 25-26 March
    E(
        True,
        "its jets had also hit \"remaining military capabilities\" at the Palmyra military airport further east",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=SYGOV02 + ["remaining military capabilities", "Palmyra military airport"],
        location=PALMYRA_AP,
        date=D("2025-03-25", "2025-03-26"),
        source=IDF02,
    ),
    # the army's own conditional threat -> planned; the reported Turkish deployment -> planned, non-core
    E(
        False,
        "it would strike again if \"hostile forces\" were deployed at either base",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=["hostile forces"] + TURKEY + SYGOV02,
        location=T4,
        source=IDF02,
        status="planned",
    ),
    E(
        False,
        "Turkey was considering stationing air defence systems there",
        STR,
        BASE,
        actor1=TURKEY,
        location=T4,
        source=["reports"] + LW,
        status="planned",
    ),
    # "Two days earlier" than the Tuesday raid -> Sunday 23 March; "about 25 km north-east of Palmyra" -> LKM; a
    # legacy mine, no one named -> unknown; five killed and three wounded, then one of the wounded dies ("raising the
    # toll to six") -> killed 5..6, injured 2..3, the update a non-core copy
    E(
        True,
        "five truffle hunters from the desert town of al-Sukhnah were killed and three wounded when their pickup truck drove over a landmine about 25 km north-east of Palmyra",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["truffle hunters", "five truffle hunters", "pickup truck"],
        location=MINE02,
        date=D("2025-03-23"),
        killed=R(5, 6),
        injured=R(2, 3),
        source=["relative", "relative of one of the men", "cousin"] + LW,
    ),
    E(
        False,
        "One of the three wounded truffle hunters died in a Homs hospital on Wednesday morning, raising the toll to six",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["truffle hunters"],
        location=MINE02,
        date=D("2025-03-23"),
        killed=R(6),
        source=["cousin", "his cousin"],
    ),
    # a yearly pattern -> aggregate ("dozens" -> 24..open), no date
    E(
        False,
        "Mines and shells left over from years of war kill dozens of truffle gatherers in the Syrian desert every spring",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["truffle gatherers"],
        location=BADIA,
        killed=R(24, None),
        source=LW,
        aggregate=True,
    ),
    # "On Monday" -> 24 March; the seized belts are inside the raid
    E(
        True,
        "security forces arrested four members of an Islamic State cell in a raid on a house in al-Sukhnah and seized two explosive belts",
        STR,
        ARRESTS,
        actor1=SYGOV02,
        actor2=IS02 + ["four members"],
        location=SUKHNAH,
        date=D("2025-03-24"),
        source=["interior ministry", "Syrian interior ministry"] + LW,
    ),
    # "The night before" the Monday raid -> Sunday night, 23-24 March; gunmen "believed to be" IS -> IS plus unknown;
    # a checkpoint of armed men -> Battles; a long road -> names and country
    E(
        True,
        "gunmen on motorcycles believed to be Islamic State militants opened fire on a General Security checkpoint on the Homs-Palmyra road, killing one member and wounding two",
        BAT,
        CLASH,
        actor1=IS02 + UNK,
        actor2=SYGOV02 + ["one member"],
        location=HOMS_PALMYRA_RD,
        date=D("2025-03-23", "2025-03-24"),
        killed=R(1),
        injured=R(2),
        source=["security source"] + LW,
    ),
    # a trend since December -> aggregate
    E(
        False,
        "has stepped up its attacks since the fall of Bashar al-Assad in December",
        BAT,
        CLASH,
        actor1=IS02,
        actor2=SYGOV02,
        location=BADIA,
        date=D("2024-12-01", "2025-03-26"),
        source=LW,
        aggregate=True,
    ),
    # background: "a week after a similar raid on the same base" -> around 18 March
    E(
        False,
        "a week after a similar raid on the same base",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=SYGOV02,
        location=T4,
        date=D("2025-03-17", "2025-03-19"),
        source=LW,
    ),
    # no gold: the official's anonymity, "twice held Palmyra during the war" and "the fall of Bashar al-Assad" (a
    # reference), "keeps cells in the vast Badia desert" (a state), "contradicting the official account"
]
# the headline's copies
E02 += [
    E(False, "Israeli jets strike Syria's T4 air base again", EXP, AIR, actor1=ISR02, actor2=SYGOV02, location=T4,
      date=D("2025-03-25"), source=LW),
    E(False, "landmine kills truffle hunters near Palmyra", EXP, IED, actor1=UNK, actor2=CIV + ["truffle hunters"],
      location=MINE02, date=D("2025-03-23"), source=LW),
]
DOCS.append(
    (
        "dev-z-02",
        "Levant Wire",
        "2025-03-26",
        "wire story with an update appended",
        "Syria/Homs desert: an Israeli strike on T4 'late on Tuesday' told by an official ('material damage only') and "
        "in the update by SOHR ('overnight', two dead, 'at least six'), the Palmyra airport named by the Israeli "
        "military, its conditional threat, a rumoured Turkish deployment, a landmine 'Two days earlier' 'about 25 km "
        "north-east of Palmyra' raised to six in the update, a spring tally, arrests in al-Sukhnah 'On Monday', a "
        "checkpoint attack 'The night before', a trend since December, a raid 'a week' before",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-z-02", "March 26 / on Wednesday / on Wednesday morning / overnight (end)", "2025-03-26", "Wednesday"),
    ("dev-z-02", "late on Tuesday", "2025-03-25", "Tuesday"),
    ("dev-z-02", "On Monday / The night before (end)", "2025-03-24", "Monday"),
    ("dev-z-02", "Two days earlier / The night before (start)", "2025-03-23", "Sunday"),
    ("dev-z-02", "a week after (a Tuesday raid)", "2025-03-18", "Tuesday"),
]

# =============================================================================
# dev-z-03  parliamentary debate summary — Iraq's Diyala and Nineveh: the orchards north of Muqdadiyah, the Hamrin hills, Baqubah, Mosul's old city, Tal Afar (Tue 13 May 2025)
# =============================================================================
T03 = """Diyala family killing dominates stormy security session as MPs trade blame

Majlis Watch | Session summaries | Baghdad, Tuesday 13 May 2025

The Council of Representatives held an extraordinary session on Monday on security in Diyala and Nineveh provinces, attended by 187 of its 329 members. The deputy interior minister and the deputy commander of Joint Operations answered questions. Below is our summary of the main exchanges; quotes are our translation.

Salem al-Azzawi (Diyala, Taqaddum) opened the debate. Gunmen stormed a farmhouse in the orchards north of Muqdadiyah on Friday night and shot dead a man, his wife and their three children, aged between four and 12, he said. He blamed "Daesh remnants who move freely because the checkpoints answer to parties, not to the state".

Karim al-Saadi (Diyala, Badr) rejected that account, calling the killing "a tribal revenge feud dressed up as terrorism".

Lt-Gen Qais Abdul-Jabbar, deputy commander of Joint Operations, told MPs that "12 or 13 suspects" had been detained in Muqdadiyah and nearby villages since Saturday. He said an army helicopter had struck an Islamic State hideout in the Hamrin hills, north-east of Muqdadiyah, on Sunday, killing three militants. Nada al-Jubouri (Diyala, independent) interrupted to say that residents had told her the dead were two shepherds, one of them a boy of 15.

Al-Azzawi said that on Sunday hundreds of people blocked the Baghdad road at the southern entrance of Baqubah to protest against the killings until police fired into the air to disperse them.

On Nineveh, Mahmoud al-Hamdani (Mosul, Azm) said a bomb buried in the rubble of Mosul's old city had exploded on Saturday as a bulldozer cleared a street near the al-Nuri mosque, killing the driver and injuring a worker. Police engineers later found and defused two more devices in the same street, he said. The old city was largely destroyed in the 2017 battle to retake Mosul from Islamic State.

Hassan Ogur (Tal Afar, Turkmen Front) said unknown men had thrown a hand grenade at the home of a district council member in Tal Afar last week, causing no casualties.

The deputy interior minister, Maj-Gen Hussein Salman, denied that any Popular Mobilization Forces unit had been involved in the Diyala killings. He said 47 civilians had been killed in Diyala since the start of the year, most in "terrorist and criminal attacks".

Before the session was adjourned, al-Azzawi warned that if the government did not replace the forces holding the orchards, the tribes would "take up arms to protect themselves".
"""

IQSEC = ["Iraqi security forces", "Iraqi army", "army", "Military Forces of Iraq", "Joint Operations Command",
         "Joint Operations", "army helicopter", "police", "Police Forces of Iraq", "Iraqi police", "security forces"]
IS03 = ISIS + ["Daesh remnants", "Islamic State hideout", "militants"]
TRIBAL = ["tribe", "tribes", "tribal", "clan", "Clan Militia", "tribal revenge feud"]
FAMILY03 = CIV + ["man", "his wife", "three children", "children", "family", "farmhouse"]
# "in the orchards north of Muqdadiyah" (no distance) -> Muqdadiyah's point
MUQDADIYAH = L(["Muqdadiyah", "Muqdadiya", "al-Muqdadiyah", "orchards north of Muqdadiyah", "orchards", "Diyala"],
               33.98, 44.94, "IQ")
HAMRIN = L(["Hamrin hills", "Hamrin", "Hamrin mountains", "north-east of Muqdadiyah", "Diyala"], cc="IQ")
BAQUBAH = L(["Baqubah", "Baquba", "Baqouba", "southern entrance of Baqubah", "Baghdad road"], 33.75, 44.64, "IQ")
MOSUL_OLD = L(["Mosul's old city", "old city", "Mosul", "al-Nuri mosque"], 36.34, 43.13, "IQ")
TAL_AFAR = L(["Tal Afar", "Tel Afar", "Tall Afar"], 36.38, 42.45, "IQ")
DIYALA = L(["Diyala", "Diyala province"], cc="IQ")
AZZAWI = ["Salem al-Azzawi", "al-Azzawi", "Taqaddum", "Diyala MP"]
JOC03 = ["Qais Abdul-Jabbar", "deputy commander of Joint Operations", "Joint Operations", "Joint Operations Command"]
HAMDANI = ["Mahmoud al-Hamdani", "al-Hamdani", "Azm"]
MOI03 = ["Hussein Salman", "deputy interior minister", "interior ministry", "Iraqi interior ministry"]
MW = ["Majlis Watch", "author"]
E03 = [
    # "on Friday night" -> 9-10 May; "a man, his wife and their three children" -> 5; the MPs' rival blame (IS /
    # a tribal feud), none established -> both plus unknown on the core, each blame a non-core copy
    E(
        True,
        "Gunmen stormed a farmhouse in the orchards north of Muqdadiyah on Friday night and shot dead a man, his wife and their three children, aged between four and 12",
        VAC,
        ATTACK,
        actor1=UNK + ["Gunmen"] + IS03 + TRIBAL,
        actor2=FAMILY03,
        location=MUQDADIYAH,
        date=D("2025-05-09", "2025-05-10"),
        killed=R(5),
        source=AZZAWI,
    ),
    E(
        False,
        "He blamed \"Daesh remnants who move freely because the checkpoints answer to parties, not to the state\"",
        VAC,
        ATTACK,
        actor1=IS03,
        actor2=FAMILY03,
        location=MUQDADIYAH,
        date=D("2025-05-09", "2025-05-10"),
        source=AZZAWI,
    ),
    E(
        False,
        "calling the killing \"a tribal revenge feud dressed up as terrorism\"",
        VAC,
        ATTACK,
        actor1=TRIBAL,
        actor2=FAMILY03,
        location=MUQDADIYAH,
        date=D("2025-05-09", "2025-05-10"),
        source=["Karim al-Saadi", "al-Saadi", "Badr"],
    ),
    # detentions over three days in one area, told as one sweep -> core; "since Saturday" told on Monday -> 10-12
    # May; detainees are no casualties ("12 or 13 suspects" -> no number field)
    E(
        True,
        "\"12 or 13 suspects\" had been detained in Muqdadiyah and nearby villages since Saturday",
        STR,
        ARRESTS,
        actor1=IQSEC,
        actor2=["suspects", "12 or 13 suspects"],
        location=MUQDADIYAH,
        date=D("2025-05-10", "2025-05-12"),
        source=JOC03,
    ),
    # one strike, two tolls and two kinds of dead by two speakers -> one core event per version
    E(
        True,
        "an army helicopter had struck an Islamic State hideout in the Hamrin hills, north-east of Muqdadiyah, on Sunday, killing three militants",
        EXP,
        AIR,
        actor1=IQSEC,
        actor2=IS03,
        location=HAMRIN,
        date=D("2025-05-11"),
        killed=R(3),
        source=JOC03,
    ),
    E(
        True,
        "residents had told her the dead were two shepherds, one of them a boy of 15",
        EXP,
        AIR,
        actor1=IQSEC,
        actor2=CIV + ["shepherds", "two shepherds", "boy"],
        location=HAMRIN,
        date=D("2025-05-11"),
        killed=R(2),
        source=["Nada al-Jubouri", "al-Jubouri", "residents"],
    ),
    # a road blocked until police fired into the air -> Protest with intervention; "the southern entrance of
    # Baqubah" -> the city
    E(
        True,
        "on Sunday hundreds of people blocked the Baghdad road at the southern entrance of Baqubah to protest against the killings",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(["police", "Iraqi police", "Police Forces of Iraq"] + ["hundreds of people"]),
        location=BAQUBAH,
        date=D("2025-05-11"),
        source=AZZAWI,
    ),
    # a buried bomb (no one named; the old city's IS past) -> unknown plus IS; "killing the driver and injuring a
    # worker" -> 1 and 1
    E(
        True,
        "a bomb buried in the rubble of Mosul's old city had exploded on Saturday as a bulldozer cleared a street near the al-Nuri mosque, killing the driver and injuring a worker",
        EXP,
        IED,
        actor1=UNK + IS03,
        actor2=CIV + ["bulldozer", "driver", "worker"],
        location=MOSUL_OLD,
        date=D("2025-05-10"),
        killed=R(1),
        injured=R(1),
        source=HAMDANI,
    ),
    # devices defused -> Disrupted weapons use; "later" than Saturday, told on Monday -> 10-12 May
    E(
        True,
        "Police engineers later found and defused two more devices in the same street",
        STR,
        DISRUPT,
        actor1=["Police engineers", "police", "Iraqi police", "Police Forces of Iraq"],
        actor2=UNK + IS03 + ["devices", "two more devices"],
        location=MOSUL_OLD,
        date=D("2025-05-10", "2025-05-12"),
        source=HAMDANI,
    ),
    # background: the 2017 battle -> Government regains territory, non-core
    E(
        False,
        "the 2017 battle to retake Mosul from Islamic State",
        BAT,
        GOVREGAIN,
        actor1=IQSEC,
        actor2=IS03,
        location=L(["Mosul"], 36.34, 43.13, "IQ"),
        date=D("2017-01-01", "2017-12-31"),
        source=MW,
    ),
    # "last week" in a Tuesday summary -> Monday 5 to Sunday 11 May; "causing no casualties" -> killed and injured
    # 0..0
    E(
        True,
        "unknown men had thrown a hand grenade at the home of a district council member in Tal Afar last week, causing no casualties",
        EXP,
        GRENADE,
        actor1=UNK + ["unknown men"],
        actor2=CIV + ["district council member", "home"],
        location=TAL_AFAR,
        date=D("2025-05-05", "2025-05-11"),
        killed=R(0),
        injured=R(0),
        source=["Hassan Ogur", "Ogur", "Turkmen Front"],
    ),
    # the minister's denial -> non-core denied on the family killing with the PMF as actor1
    E(
        False,
        "denied that any Popular Mobilization Forces unit had been involved in the Diyala killings",
        VAC,
        ATTACK,
        actor1=PMF,
        actor2=FAMILY03,
        location=MUQDADIYAH,
        date=D("2025-05-09", "2025-05-10"),
        source=MOI03,
        status="denied",
    ),
    # a toll since January -> aggregate (told on Monday 12 May)
    E(
        False,
        "47 civilians had been killed in Diyala since the start of the year",
        VAC,
        ATTACK,
        actor1=UNK + IS03,
        actor2=CIV,
        location=DIYALA,
        date=D("2025-01-01", "2025-05-12"),
        killed=R(47),
        source=MOI03,
        aggregate=True,
    ),
    # an MP's conditional about third parties -> hypothetical
    E(
        False,
        "if the government did not replace the forces holding the orchards, the tribes would \"take up arms to protect themselves\"",
        BAT,
        CLASH,
        actor1=TRIBAL,
        actor2=UNK + IS03,
        location=MUQDADIYAH,
        source=AZZAWI,
        status="hypothetical",
    ),
    # the headline's copy
    E(
        False,
        "Diyala family killing",
        VAC,
        ATTACK,
        actor1=UNK + ["Gunmen"],
        actor2=FAMILY03,
        location=MUQDADIYAH,
        date=D("2025-05-09", "2025-05-10"),
        source=MW,
    ),
    # no gold: the attendance and the session itself, "the checkpoints answer to parties" (inside a quote of blame),
    # "the investigation", "most in 'terrorist and criminal attacks'" (inside the count)
]
DOCS.append(
    (
        "dev-z-03",
        "Majlis Watch (session summary)",
        "2025-05-13",
        "parliamentary debate summary",
        "Iraq/Diyala and Nineveh: a family killed 'on Friday night' with two MPs' rival blame (IS / a tribal feud), '12 "
        "or 13 suspects' detained 'since Saturday', a helicopter strike told as three militants and as 'two shepherds, "
        "one of them a boy of 15', a road blocked in Baqubah until police fired into the air, a buried bomb in Mosul's "
        "old city and devices defused 'later', 2017 background, a grenade in Tal Afar 'last week, causing no "
        "casualties', a minister's denial, a toll since January, an MP's conditional warning",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-z-03", "Tuesday 13 May 2025", "2025-05-13", "Tuesday"),
    ("dev-z-03", "on Monday (the session)", "2025-05-12", "Monday"),
    ("dev-z-03", "on Sunday / last week (end)", "2025-05-11", "Sunday"),
    ("dev-z-03", "since Saturday / on Saturday / Friday night (end)", "2025-05-10", "Saturday"),
    ("dev-z-03", "on Friday night (start)", "2025-05-09", "Friday"),
    ("dev-z-03", "last week (start)", "2025-05-05", "Monday"),
]

# =============================================================================
# dev-z-04  hospital director's interview — northern Gaza: Kamal Adwan hospital in Beit Lahia, the Beit Lahia project, Jabalia camp, Beit Hanoun (Thu 7 Nov 2024)
# =============================================================================
T04 = """“Every night we count the dead by the hour”: the director of Kamal Adwan hospital on the siege of northern Gaza

Gaza Voices Weekly | The Interview | 7 November 2024

Dr. Naim Shurrab, 51, has run Kamal Adwan Hospital in Beit Lahia since 2022. Israel’s army launched a new operation in northern Gaza on 6 October. We reached him by telephone on Thursday morning; the interview has been edited for length.

What happened at the hospital this week?
On Monday night, drones dropped bombs on our northern courtyard and on the oxygen station. Two women who were accompanying patients were killed and seven people were injured, among them a nurse. Since then we have had to ventilate some patients by hand.

The Israeli army says it was targeting militants.
I know what they say. We are a hospital.
[Editor’s note: Asked about Monday night’s strike, the Israeli army said its aircraft had targeted “a Hamas terrorist cell operating adjacent to the hospital” and denied striking the hospital itself.]

What are you seeing in the wider area?
On Saturday, an air strike flattened a five-storey building in the Beit Lahia project where about 70 people were sheltering. We received 36 bodies that day and scores of wounded. Others are still under the rubble because no one can reach them. On Tuesday afternoon, tank shells hit people queuing for flour at a distribution point in Jabalia camp; they brought us about 20 people, killed or wounded.

Is it safe to reach the hospital?
No. Quadcopters open fire on anyone who moves in the street. This morning, a 13-year-old boy was shot by a quadcopter next to our gate. He died in the emergency room.

Have your staff been affected?
Last Friday, tanks surrounded the hospital and soldiers stormed the ground floor. They detained 14 of our staff, among them the head of nursing, and released three of them the next day. Yesterday, soldiers surrounded two schools sheltering displaced families in Beit Hanoun and took away all the men; the women and children were sent south.
[Editor’s note: The army said its forces had “apprehended dozens of terrorist suspects” in Beit Hanoun who were “hiding among the civilian population”.]

What do you expect next?
The army has told us it will evacuate the hospital by force if we do not leave. We will not leave. Since 6 October we have received more than 1,000 dead.
"""

ISR04 = ISRAEL + ["Israel’s army", "drones", "its aircraft", "tanks", "tank shells", "soldiers", "Quadcopters",
                  "quadcopter", "army", "its forces"]
HAMAS04 = HAMAS + ["Hamas terrorist cell", "terrorist cell", "militants"]
HOSPITAL04 = CIV + ["Kamal Adwan Hospital", "Kamal Adwan hospital", "hospital", "northern courtyard",
                    "oxygen station", "two women", "nurse", "patients"]
KAMAL_ADWAN = L(["Kamal Adwan Hospital", "Kamal Adwan hospital", "Kamal Adwan", "Beit Lahia", "hospital"], 31.54,
                34.50, "PS")
BEIT_LAHIA = L(["Beit Lahia project", "Beit Lahia", "Beit Lahiya"], 31.55, 34.50, "PS")
JABALIA = L(["Jabalia camp", "Jabalia", "Jabaliya", "distribution point"], 31.53, 34.49, "PS")
BEIT_HANOUN = L(["Beit Hanoun", "Beit Hanun", "two schools"], 31.54, 34.54, "PS")
NGAZA = L(["northern Gaza", "Gaza"], cc="PS")
SHURRAB = ["Naim Shurrab", "Dr. Naim Shurrab", "director of Kamal Adwan hospital", "hospital director",
           "Kamal Adwan Hospital"]
IDF04 = ["Israeli army", "the army", "IDF", "Israel Defense Forces"]
GVW = ["Gaza Voices Weekly"]
E04 = [
    # "On Monday night" in a Thursday interview -> 4-5 November; drones dropping bombs -> Air/drone strike; the
    # toll a sentence later ("Two women ... killed and seven people were injured") -> folded in, a non-core copy
    E(
        True,
        "drones dropped bombs on our northern courtyard and on the oxygen station",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HOSPITAL04,
        location=KAMAL_ADWAN,
        date=D("2024-11-04", "2024-11-05"),
        killed=R(2),
        injured=R(7),
        source=SHURRAB,
    ),
    E(
        False,
        "Two women who were accompanying patients were killed and seven people were injured, among them a nurse",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HOSPITAL04,
        location=KAMAL_ADWAN,
        date=D("2024-11-04", "2024-11-05"),
        killed=R(2),
        injured=R(7),
        source=SHURRAB,
    ),
    # the army names another object ("a Hamas terrorist cell") -> a core event of its own; its denial of striking
    # the hospital -> a non-core denied copy; the interviewer's paraphrase -> a non-core copy
    E(
        True,
        "its aircraft had targeted “a Hamas terrorist cell operating adjacent to the hospital”",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HAMAS04,
        location=KAMAL_ADWAN,
        date=D("2024-11-04", "2024-11-05"),
        source=IDF04,
    ),
    E(
        False,
        "denied striking the hospital itself",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HOSPITAL04,
        location=KAMAL_ADWAN,
        date=D("2024-11-04", "2024-11-05"),
        source=IDF04,
        status="denied",
    ),
    E(
        False,
        "The Israeli army says it was targeting militants.",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HAMAS04,
        location=KAMAL_ADWAN,
        date=D("2024-11-04", "2024-11-05"),
        source=IDF04 + GVW,
    ),
    # "On Saturday" -> 2 November; "36 bodies ... Others are still under the rubble" -> killed 36..open; "scores of
    # wounded" -> 40..open; the people sheltering ("about 70") are no casualty figure
    E(
        True,
        "an air strike flattened a five-storey building in the Beit Lahia project where about 70 people were sheltering",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + ["five-storey building", "building", "people"],
        location=BEIT_LAHIA,
        date=D("2024-11-02"),
        killed=R(36, None),
        injured=R(40, None),
        source=SHURRAB,
    ),
    E(
        False,
        "We received 36 bodies that day and scores of wounded",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV,
        location=BEIT_LAHIA,
        date=D("2024-11-02"),
        killed=R(36),
        injured=R(40, None),
        source=SHURRAB,
    ),
    # "about 20 people, killed or wounded" -> casualties 20..20; "On Tuesday afternoon" -> 5 November
    E(
        True,
        "tank shells hit people queuing for flour at a distribution point in Jabalia camp",
        EXP,
        SHELL,
        actor1=ISR04,
        actor2=CIV + ["people queuing for flour", "distribution point"],
        location=JABALIA,
        date=D("2024-11-05"),
        casualties=R(20),
        source=SHURRAB,
    ),
    # a habitual statement -> aggregate, no date
    E(
        False,
        "Quadcopters open fire on anyone who moves in the street",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV,
        location=KAMAL_ADWAN,
        source=SHURRAB,
        aggregate=True,
    ),
    # a quadcopter firing on a boy -> Air/drone strike (any drone attack); "This morning" in an interview held on
    # Thursday morning -> 7 November; he died a sentence later -> killed 1
    E(
        True,
        "a 13-year-old boy was shot by a quadcopter next to our gate",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + ["13-year-old boy", "boy"],
        location=KAMAL_ADWAN,
        date=D("2024-11-07"),
        killed=R(1),
        source=SHURRAB,
    ),
    # "Last Friday" in a Thursday interview -> 1 November; detainees are no casualties
    E(
        True,
        "They detained 14 of our staff, among them the head of nursing",
        STR,
        ARRESTS,
        actor1=ISR04,
        actor2=CIV + ["staff", "14 of our staff", "head of nursing", "medical staff"],
        location=KAMAL_ADWAN,
        date=D("2024-11-01"),
        source=SHURRAB,
    ),
    # "Yesterday" -> 6 November; the army's telling of the same detentions ("terrorist suspects", no new number)
    # -> a non-core copy
    E(
        True,
        "soldiers surrounded two schools sheltering displaced families in Beit Hanoun and took away all the men",
        STR,
        ARRESTS,
        actor1=ISR04,
        actor2=CIV + ["men", "all the men", "displaced families", "terrorist suspects"],
        location=BEIT_HANOUN,
        date=D("2024-11-06"),
        source=SHURRAB,
    ),
    E(
        False,
        "its forces had “apprehended dozens of terrorist suspects” in Beit Hanoun",
        STR,
        ARRESTS,
        actor1=ISR04,
        actor2=["terrorist suspects", "suspects"] + HAMAS + CIV,
        location=BEIT_HANOUN,
        date=D("2024-11-06"),
        source=IDF04,
    ),
    # the army's threat (relayed) -> planned; the count since 6 October -> aggregate ("more than 1,000" ->
    # 1001..open); the operation's launch -> background, non-core
    E(
        False,
        "The army has told us it will evacuate the hospital by force if we do not leave",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=HOSPITAL04,
        location=KAMAL_ADWAN,
        source=SHURRAB,
        status="planned",
    ),
    E(
        False,
        "Since 6 October we have received more than 1,000 dead",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV,
        location=NGAZA,
        date=D("2024-10-06", "2024-11-07"),
        killed=R(1001, None),
        source=SHURRAB,
        aggregate=True,
    ),
    E(
        False,
        "Israel’s army launched a new operation in northern Gaza on 6 October",
        BAT,
        CLASH,
        actor1=ISR04,
        actor2=HAMAS04,
        location=NGAZA,
        date=D("2024-10-06"),
        source=GVW + ["author"],
    ),
    # no gold: "count the dead by the hour" (a headline metaphor), ventilating by hand, "We are a hospital", the
    # soldiers storming the ground floor (inside the detentions), the release of three, the women and children
    # sent south, "hiding among the civilian population", "We will not leave"
]
DOCS.append(
    (
        "dev-z-04",
        "Gaza Voices Weekly (interview)",
        "2024-11-07",
        "hospital director's interview",
        "northern Gaza: drone bombs on Kamal Adwan hospital 'On Monday night' with the toll a sentence later and the "
        "army's 'Hamas terrorist cell' and denial in an editor's note, a strike in the Beit Lahia project ('36 bodies "
        "... scores of wounded', others under the rubble, 'about 70' sheltering), tank shells at a flour queue ('about "
        "20 people, killed or wounded'), a boy shot by a quadcopter 'This morning', staff detained 'Last Friday', men "
        "taken from schools in Beit Hanoun 'Yesterday' and the army's 'dozens of terrorist suspects', a habitual "
        "remark, a threat, a count since 6 October; typographic quotes",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-z-04", "7 November 2024 / on Thursday morning / This morning", "2024-11-07", "Thursday"),
    ("dev-z-04", "Yesterday", "2024-11-06", "Wednesday"),
    ("dev-z-04", "On Tuesday afternoon / Monday night (end)", "2024-11-05", "Tuesday"),
    ("dev-z-04", "On Monday night (start)", "2024-11-04", "Monday"),
    ("dev-z-04", "On Saturday", "2024-11-02", "Saturday"),
    ("dev-z-04", "Last Friday", "2024-11-01", "Friday"),
]

# =============================================================================
# dev-z-05  local TV news script — south Lebanon's Tyre and Bint Jbeil districts: the coast road about 10 km south of Tyre, Maroun al-Ras, Aitaroun, Rmeish, Bint Jbeil, Yarine, Qlayleh (Tue 22 Jul 2025)
# =============================================================================
T05 = """TYRE: DRONE HITS CAR ON COASTAL ROAD; HOUSES BLOWN UP IN MAROUN AL-RAS

Al-Sahel TV, Tyre | Evening News 7:30 pm | Script | Tuesday 22 July 2025 | Reporter: Zeinab Fawaz | Producer: Rami Hamdan

[ANCHOR, ON CAM]
Good evening. An Israeli drone struck a car on the coastal road south of Tyre this afternoon, the latest in a string of strikes that have tested the ceasefire in force since 27 November. Zeinab Fawaz reports.

[REPORTER, VO OVER PICTURES OF BURNED CAR]
The strike hit a white SUV at around 2:15 pm, about 10 km south of Tyre, near the turn-off to al-Mansouri. The Ministry of Public Health said one man was killed and two passers-by were wounded. The Israeli army's Arabic-language spokesman said on X that the army had "eliminated two Hezbollah terrorists" who were "trying to rebuild the organisation's infrastructure in the Tyre area".

[SOT, AMBULANCE VOLUNTEER]
"We pulled one body out. There was no second body. The two wounded are a farmer and his son who were driving home."

[REPORTER, VO]
In the Bint Jbeil district, Israeli troops crossed the border overnight and blew up four houses on the eastern edge of Maroun al-Ras. No one was inside, the mayor told Al-Sahel. On Monday morning, a drone dropped a stun grenade near tobacco farmers in Aitaroun. No one was hurt.

Israeli soldiers seized a 60-year-old shepherd from Rmeish near the border on Sunday evening and took him across, his family says. UNIFIL says it is "following up with the parties".

[REPORTER, ON CAM, BINT JBEIL SQUARE]
Here in Bint Jbeil's main square, some 200 people from the border villages rallied on Monday evening to demand that the state let them rebuild their homes.

[REPORTER, VO]
The Lebanese army said it had set up a new post on the edge of Yarine, in the Tyre district, on Monday, and that its engineers had dismantled two rocket launchers found in an orchard near Qlayleh, south of Tyre.

[ANCHOR, ON CAM - TAG]
The army says Israel has carried out more than 500 strikes in Lebanon since the ceasefire took effect. Israel's defence minister warned today that the army "will strike anywhere" Hezbollah tries to rearm. We'll be back after the break.
"""

ISR05 = ISRAEL + ["Israeli drone", "drone", "Israeli soldiers", "Israel's defence minister"]
HEZ05 = HEZB + ["Hezbollah terrorists", "two Hezbollah terrorists"]
LAF = ["Lebanese army", "Lebanese Armed Forces", "LAF", "Military Forces of Lebanon", "its engineers", "army"]
# "about 10 km south of Tyre" -> LKM from Tyre
MANSOURI = LKM(["al-Mansouri", "Mansouri", "south of Tyre", "Tyre", "coastal road", "coastal road south of Tyre"],
               33.27, 35.20, 10, 180, "LB")
MAROUN = L(["Maroun al-Ras", "Maroun el-Ras", "Marun al-Ras", "eastern edge of Maroun al-Ras", "Bint Jbeil district"],
           33.10, 35.44, "LB")
AITAROUN = L(["Aitaroun", "Aytaroun", "Ayta al-Jabal"], 33.11, 35.47, "LB")
RMEISH = L(["Rmeish", "Rmaych", "near the border"], 33.08, 35.37, "LB")
BINT_JBEIL = L(["Bint Jbeil", "Bint Jbeil's main square", "main square"], 33.12, 35.43, "LB")
YARINE = L(["Yarine", "Yarin", "edge of Yarine", "Tyre district"], cc="LB")
# "near Qlayleh, south of Tyre" with Qlayleh unpinned -> Tyre's point
QLAYLEH = L(["Qlayleh", "Qlaileh", "orchard near Qlayleh", "south of Tyre", "Tyre"], 33.27, 35.20, "LB")
LEB05 = L(["Lebanon", "south Lebanon"], cc="LB")
AST = ["Al-Sahel TV", "Al-Sahel", "Zeinab Fawaz", "author"]
MOPH = ["Ministry of Public Health", "Lebanese Ministry of Public Health", "Health Ministry"]
IDF05 = ["Israeli army", "Arabic-language spokesman", "Israeli army's Arabic-language spokesman", "IDF",
         "Israeli military"]
E05 = [
    # one strike, two tolls and two kinds of dead by two sources (the ministry's one man and two passers-by / the
    # army's "two Hezbollah terrorists") -> one core event per version; the ministry's toll a sentence after the
    # reporter's strike sentence -> folded in, a non-core copy; the anchor's lead -> a non-core copy
    E(
        True,
        "The strike hit a white SUV at around 2:15 pm, about 10 km south of Tyre, near the turn-off to al-Mansouri",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["white SUV", "car", "man", "passers-by"],
        location=MANSOURI,
        date=D("2025-07-22"),
        killed=R(1),
        injured=R(2),
        source=MOPH + AST,
    ),
    E(
        False,
        "The Ministry of Public Health said one man was killed and two passers-by were wounded",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["man", "passers-by"],
        location=MANSOURI,
        date=D("2025-07-22"),
        killed=R(1),
        injured=R(2),
        source=MOPH,
    ),
    E(
        True,
        "the army had \"eliminated two Hezbollah terrorists\"",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05,
        location=MANSOURI,
        date=D("2025-07-22"),
        killed=R(2),
        source=IDF05,
    ),
    E(
        False,
        "An Israeli drone struck a car on the coastal road south of Tyre this afternoon",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["car"],
        location=MANSOURI,
        date=D("2025-07-22"),
        source=AST,
    ),
    # demolitions with no one hurt -> Looting/property destruction; "overnight" in a Tuesday bulletin -> 21-22
    # July; "No one was inside" -> no number field; "on the eastern edge of" -> the village
    E(
        True,
        "Israeli troops crossed the border overnight and blew up four houses on the eastern edge of Maroun al-Ras",
        STR,
        LOOT,
        actor1=ISR05,
        actor2=CIV + ["four houses", "houses"],
        location=MAROUN,
        date=D("2025-07-21", "2025-07-22"),
        source=AST + ["mayor"],
    ),
    # a drone with no owner named (the context is Israeli) -> Israel plus unknown; a stun grenade from a drone ->
    # Air/drone strike; "No one was hurt" -> killed and injured 0..0
    E(
        True,
        "a drone dropped a stun grenade near tobacco farmers in Aitaroun",
        EXP,
        AIR,
        actor1=ISR05 + UNK,
        actor2=CIV + ["tobacco farmers", "farmers"],
        location=AITAROUN,
        date=D("2025-07-21"),
        killed=R(0),
        injured=R(0),
        source=AST,
    ),
    # foreign troops seizing a civilian and taking him across -> Abduction/forced disappearance; "on Sunday evening"
    # -> 20 July; "near the border" of his village -> Rmeish
    E(
        True,
        "Israeli soldiers seized a 60-year-old shepherd from Rmeish near the border on Sunday evening and took him across",
        VAC,
        ABDUCT,
        actor1=ISR05,
        actor2=CIV + ["60-year-old shepherd", "shepherd"],
        location=RMEISH,
        date=D("2025-07-20"),
        source=["his family", "family"] + AST,
    ),
    # a rally with no force -> Peaceful protest; "some 200 people" is the crowd's size
    E(
        True,
        "some 200 people from the border villages rallied on Monday evening to demand that the state let them rebuild their homes",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["some 200 people", "people from the border villages"],
        location=BINT_JBEIL,
        date=D("2025-07-21"),
        source=AST,
    ),
    # a new army post -> Headquarters or base established; "on Monday" -> 21 July
    E(
        True,
        "The Lebanese army said it had set up a new post on the edge of Yarine, in the Tyre district, on Monday",
        STR,
        BASE,
        actor1=LAF,
        location=YARINE,
        date=D("2025-07-21"),
        source=LAF,
    ),
    # launchers dismantled -> Disrupted weapons use; no owner named -> unknown plus Hezbollah; no day of its own, told
    # in Monday's statement reported on Tuesday -> 21-22 July
    E(
        True,
        "its engineers had dismantled two rocket launchers found in an orchard near Qlayleh, south of Tyre",
        STR,
        DISRUPT,
        actor1=LAF,
        actor2=UNK + HEZB + ["rocket launchers", "two rocket launchers"],
        location=QLAYLEH,
        date=D("2025-07-21", "2025-07-22"),
        source=LAF,
    ),
    # the count since the ceasefire -> aggregate; the ceasefire itself -> background Agreement, non-core
    E(
        False,
        "Israel has carried out more than 500 strikes in Lebanon since the ceasefire took effect",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05 + CIV,
        location=LEB05,
        date=D("2024-11-27", "2025-07-22"),
        source=LAF,
        aggregate=True,
    ),
    E(
        False,
        "the ceasefire in force since 27 November",
        STR,
        AGREE,
        actor1=ISRAEL + ["Lebanon", "Lebanese government"],
        actor2=HEZB + ["Lebanon", "Lebanese government"] + ISRAEL,
        location=LEB05,
        date=D("2024-11-27"),
        source=AST,
    ),
    # the minister's threat -> planned
    E(
        False,
        "the army \"will strike anywhere\" Hezbollah tries to rearm",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HEZ05,
        location=LEB05,
        source=["Israel's defence minister", "defence minister"] + ISRAEL,
        status="planned",
    ),
    # no gold: "a string of strikes" (generic), "trying to rebuild the organisation's infrastructure" (the army's
    # reason), the volunteer's SOT (inside the ministry's version), UNIFIL "following up", "We'll be back"
]
# the headline's copies
E05 += [
    E(False, "DRONE HITS CAR ON COASTAL ROAD", EXP, AIR, actor1=ISR05 + UNK, actor2=CIV + ["car"], location=MANSOURI,
      date=D("2025-07-22"), source=AST),
    E(False, "HOUSES BLOWN UP IN MAROUN AL-RAS", STR, LOOT, actor1=ISR05, actor2=CIV + ["houses"], location=MAROUN,
      date=D("2025-07-21", "2025-07-22"), source=AST),
]
DOCS.append(
    (
        "dev-z-05",
        "Al-Sahel TV (evening news script)",
        "2025-07-22",
        "local TV news script",
        "south Lebanon/Tyre and Bint Jbeil: a drone strike 'about 10 km south of Tyre' told by the health ministry (one "
        "dead, two wounded) and by the Israeli army ('two Hezbollah terrorists'), the anchor's lead, houses blown up "
        "'overnight' ('No one was inside'), a stun grenade dropped by a drone ('No one was hurt'), a shepherd seized "
        "'on Sunday evening', a rally of 'some 200 people', a new army post and rocket launchers dismantled, the "
        "ceasefire as background, a count since it, a threat",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-z-05", "Tuesday 22 July 2025 / this afternoon / today / overnight (end)", "2025-07-22", "Tuesday"),
    ("dev-z-05", "On Monday morning / on Monday evening / on Monday / overnight (start)", "2025-07-21", "Monday"),
    ("dev-z-05", "on Sunday evening", "2025-07-20", "Sunday"),
    ("dev-z-05", "since 27 November (2024)", "2024-11-27", "Wednesday"),
]

# =============================================================================
# dev-z-06  a government's rebuttal of a rights group's report — Yemen: Aden's Crater and Sheikh Othman, al-Hawban east of Taiz, Taiz city (Sun 15 Jun 2025)
# =============================================================================
T06 = """Ministry of Human Rights rejects "one-sided" report on Aden and Taiz

Republic of Yemen | Ministry of Legal Affairs and Human Rights | Press statement | Aden, Sunday 15 June 2025

The Ministry of Legal Affairs and Human Rights has studied the report released on Tuesday by the Geneva-based organisation Yemen Rights Watch (YRW), "Silenced in the South". The Ministry regrets that the report rests largely on anonymous testimony and ignores the war imposed on Yemenis by the Iran-backed Houthi militia. It responds to the main allegations as follows.

First: The report alleges that security forces fired live ammunition at protesters demonstrating against power cuts in Aden's Crater district on 28 May, killing two young men and wounding at least nine. This is untrue. The protest was infiltrated by armed elements who opened fire on a police patrol, wounding three officers, and the security forces restored order within the law. No protester was killed by the security forces.

Second: The report claims that journalist Ammar al-Saqqaf was "forcibly disappeared" by masked gunmen in security uniforms in Aden's Sheikh Othman district on 3 June and is being held incommunicado. In fact, Mr al-Saqqaf was arrested that day on a warrant from the Specialised Criminal Prosecution on charges of communicating with the Houthi militia, and his family has been told where he is held.

Third: The report accuses government forces of shelling a residential area in Houthi-held al-Hawban, east of Taiz, on 1 June, killing a woman. The Ministry has found no record of any military operation there on that date and regards the allegation as Houthi propaganda.

Fourth: The report mentions only in passing the daily crimes of the Houthi militia in Taiz. On Friday alone, a Houthi sniper shot dead a 12-year-old boy in the city's Osaifra neighbourhood, and a militia drone struck a water tank in the east of the city, wounding three children. Since January, the militia's shelling and sniping have killed or wounded 118 civilians in Taiz governorate, according to the Ministry's monitoring team.

The Ministry is ready to cooperate with any independent and impartial investigation and calls on YRW to correct its report. Should the organisation keep relying on sources close to the militia, the Ministry would have to reconsider its cooperation with it.
"""

YSEC = ["security forces", "Yemeni security forces", "Police Forces of Yemen", "police", "police patrol",
        "Military Forces of Yemen", "government forces", "Yemeni government"]
HOUTHI06 = HOUTHI + ["Houthi militia", "militia", "Houthi sniper", "militia drone", "Iran-backed Houthi militia"]
JOURNALIST = CIV + ["journalist", "Ammar al-Saqqaf", "al-Saqqaf"]
CRATER = L(["Crater", "Crater district", "Aden's Crater district", "Aden"], 12.78, 45.03, "YE")
SHEIKH_OTHMAN = L(["Sheikh Othman", "Shaikh Uthman", "Sheikh Othman district", "Aden"], 12.87, 44.98, "YE")
# "al-Hawban, east of Taiz" (no distance) -> Taiz's point
HAWBAN = L(["al-Hawban", "Hawban", "east of Taiz", "Taiz"], 13.58, 44.02, "YE")
TAIZ = L(["Taiz", "Taiz city", "Osaifra", "Osaifra neighbourhood", "east of the city"], 13.58, 44.02, "YE")
TAIZ_GOV = L(["Taiz governorate", "Taiz"], cc="YE")
YRW = ["Yemen Rights Watch", "YRW", "the report"]
MOHR = ["Ministry of Legal Affairs and Human Rights", "Ministry of Human Rights", "the Ministry", "Yemeni government",
        "author"]
E06 = [
    # the rights group's allegation, in its own sentence with place, date and toll -> core, occurred, sourced to
    # YRW; live fire on protesters -> Excessive force against protesters; "at least nine" -> 9..open
    E(
        True,
        "security forces fired live ammunition at protesters demonstrating against power cuts in Aden's Crater district on 28 May, killing two young men and wounding at least nine",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(YSEC),
        location=CRATER,
        date=D("2025-05-28"),
        killed=R(2),
        injured=R(9, None),
        source=YRW,
    ),
    # the ministry's denial -> non-core denied; its own account (armed elements firing on a patrol within the
    # protest, three officers wounded) -> a core Riots/Violent demonstration of its own
    E(
        False,
        "No protester was killed by the security forces",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(YSEC),
        location=CRATER,
        date=D("2025-05-28"),
        source=MOHR,
        status="denied",
    ),
    E(
        True,
        "The protest was infiltrated by armed elements who opened fire on a police patrol, wounding three officers",
        RIOT,
        VIOLENT,
        actor1=["armed elements", "rioters"] + PROTESTERS + UNK,
        actor2=YSEC + ["officers", "three officers"],
        location=CRATER,
        date=D("2025-05-28"),
        injured=R(3),
        source=MOHR,
    ),
    # one detention, two versions of two types: "forcibly disappeared" by masked gunmen (YRW) -> Abduction/forced
    # disappearance; "arrested that day on a warrant" (the ministry) -> Arrests; each core
    E(
        True,
        "journalist Ammar al-Saqqaf was \"forcibly disappeared\" by masked gunmen in security uniforms in Aden's Sheikh Othman district on 3 June",
        VAC,
        ABDUCT,
        actor1=["masked gunmen in security uniforms", "masked gunmen", "gunmen"] + YSEC + UNK,
        actor2=JOURNALIST,
        location=SHEIKH_OTHMAN,
        date=D("2025-06-03"),
        source=YRW,
    ),
    E(
        True,
        "Mr al-Saqqaf was arrested that day on a warrant from the Specialised Criminal Prosecution",
        STR,
        ARRESTS,
        actor1=YSEC + ["Specialised Criminal Prosecution"],
        actor2=JOURNALIST,
        location=SHEIKH_OTHMAN,
        date=D("2025-06-03"),
        source=MOHR,
    ),
    # the rights group's accusation in its own sentence -> core, occurred, sourced to YRW; the ministry's "no
    # record" -> non-core denied
    E(
        True,
        "government forces of shelling a residential area in Houthi-held al-Hawban, east of Taiz, on 1 June, killing a woman",
        EXP,
        SHELL,
        actor1=YSEC,
        actor2=CIV + ["residential area", "woman"],
        location=HAWBAN,
        date=D("2025-06-01"),
        killed=R(1),
        source=YRW,
    ),
    E(
        False,
        "The Ministry has found no record of any military operation there on that date",
        EXP,
        SHELL,
        actor1=YSEC,
        actor2=CIV,
        location=HAWBAN,
        date=D("2025-06-01"),
        source=MOHR,
        status="denied",
    ),
    # "On Friday alone" in a Sunday statement -> 13 June; a sniper on a child -> Violence against civilians
    E(
        True,
        "a Houthi sniper shot dead a 12-year-old boy in the city's Osaifra neighbourhood",
        VAC,
        ATTACK,
        actor1=HOUTHI06,
        actor2=CIV + ["12-year-old boy", "boy"],
        location=TAIZ,
        date=D("2025-06-13"),
        killed=R(1),
        source=MOHR,
    ),
    E(
        True,
        "a militia drone struck a water tank in the east of the city, wounding three children",
        EXP,
        AIR,
        actor1=HOUTHI06,
        actor2=CIV + ["water tank", "three children", "children"],
        location=TAIZ,
        date=D("2025-06-13"),
        injured=R(3),
        source=MOHR,
    ),
    # "killed or wounded 118 civilians" since January -> aggregate, casualties 118..118
    E(
        False,
        "the militia's shelling and sniping have killed or wounded 118 civilians in Taiz governorate",
        EXP,
        SHELL,
        actor1=HOUTHI06,
        actor2=CIV,
        location=TAIZ_GOV,
        date=D("2025-01-01", "2025-06-15"),
        casualties=R(118),
        source=MOHR + ["monitoring team"],
        aggregate=True,
    ),
    # no gold: "the war imposed on Yemenis" and "the daily crimes" (generic), "This is untrue", "restored order
    # within the law", "held incommunicado" (inside the disappearance), "his family has been told where he is held",
    # the offer to cooperate and the conditional review of cooperation (no act of violence)
]
DOCS.append(
    (
        "dev-z-06",
        "Yemen Ministry of Legal Affairs and Human Rights (press statement)",
        "2025-06-15",
        "government rebuttal of a rights group's report",
        "Yemen/Aden and Taiz: a protest shooting in Crater told by a rights group (two dead, 'at least nine' wounded) "
        "and by the ministry (armed infiltrators, three officers wounded) with the ministry's denial, a journalist "
        "'forcibly disappeared' (the group) / 'arrested that day on a warrant' (the ministry), a shelling of al-Hawban "
        "'east of Taiz' the ministry has 'no record' of, a sniper and a drone 'On Friday alone', a count 'killed or "
        "wounded 118'; point-by-point layout",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-z-06", "Sunday 15 June 2025", "2025-06-15", "Sunday"),
    ("dev-z-06", "On Friday alone", "2025-06-13", "Friday"),
    ("dev-z-06", "on Tuesday (the report's release)", "2025-06-10", "Tuesday"),
]

# =============================================================================
# dev-z-07  fact-check of a viral claim — Iraq's Kurdistan Region: Erbil International Airport, the Khurmala oil field about 50 km south-west of Erbil, Erbil city (Wed 11 Mar 2026)
# =============================================================================
T07 = """Fact check: No, this video does not show a drone killing US troops at Erbil airport

Verify Kurdistan | Fact Check | 11 March 2026 | By Shilan Omer

CLAIM: A video shared more than 40,000 times on X and Telegram since Tuesday claims to show an Iranian-made drone "killing dozens of American soldiers" at the US-led coalition's base at Erbil airport on Monday night.

VERDICT: False. A drone attack on the airport did take place, but no one was hurt, and the video was filmed elsewhere two years ago.

WHAT HAPPENED
The Kurdistan Region's Counter-Terrorism Directorate (CTD) said two explosive-laden drones were launched at Erbil International Airport at about 11:40 pm on Monday. One was shot down by the coalition's air defences over the airport; the second crashed into an empty field near the western perimeter and exploded without injuring anyone.

A coalition spokesperson confirmed the attack to Verify Kurdistan and said "there were no injuries and no damage to coalition facilities".

The "dozens" figure first appeared on the Telegram channel of a group calling itself Saraya Awliya al-Thar, which said its "mujahideen" had struck the "occupation base" with precision, killing "dozens" of American soldiers. The same channel threatened more attacks "until the last occupier leaves Iraqi soil".

THE VIDEO
A reverse image search shows that the footage was first posted in June 2024. It shows a fire at a fuel depot in another Iraqi province that local authorities blamed on an electrical fault, not on any attack.

OTHER ATTACKS THAT NIGHT
Hours later, on Tuesday morning, another drone struck a storage tank at the Khurmala oil field, about 50 km south-west of Erbil, starting a fire that was put out by midday. The Kurdistan Region's Ministry of Natural Resources blamed "outlaw groups" within the Popular Mobilization Forces (PMF), which the PMF denied.

On Tuesday evening, Erbil's Asayish security police said they had detained a man in the city who had first posted the video with the false caption.

CONTEXT
According to the CTD, the Kurdistan Region has faced more than 20 drone attacks on its airports and oil fields since the start of the year. "Our skies have become a shooting gallery," one Erbil resident told us.
"""

MILITIA07 = ["Saraya Awliya al-Thar", "Iraqi militia", "militia", "mujahideen"]
COALITION = ["US-led coalition", "coalition", "coalition's air defences", "coalition base", "occupation base",
             "Combined Joint Task Force"] + USA
KRG07 = ["Kurdistan Region", "Kurdistan Regional Government", "KRG", "storage tank", "Khurmala oil field",
         "oil field"]
ASAYISH07 = ["Asayish", "Erbil's Asayish security police", "Asayish security police", "Erbil Asayish",
             "security police"]
ERBIL_AP = L(["Erbil International Airport", "Erbil airport", "Erbil", "airport", "western perimeter"], 36.24, 43.96,
             "IQ")
# "about 50 km south-west of Erbil" -> LKM from Erbil city
KHURMALA = LKM(["Khurmala oil field", "Khurmala", "south-west of Erbil", "Erbil"], 36.19, 44.01, 50, 225, "IQ")
ERBIL = L(["Erbil", "Erbil city", "Hawler"], 36.19, 44.01, "IQ")
KRI = L(["Kurdistan Region", "Iraqi Kurdistan"], cc="IQ")
VK = ["Verify Kurdistan", "Shilan Omer", "author"]
CTD07 = ["Counter-Terrorism Directorate", "CTD", "Kurdistan Region's Counter-Terrorism Directorate"]
E07 = [
    # the attack as the CTD tells it: the second drone "exploded without injuring anyone" a sentence later ->
    # killed and injured 0..0, folded in; no launcher established (a group claims it) -> unknown plus the claimant;
    # "at about 11:40 pm on Monday" -> 9 March
    E(
        True,
        "two explosive-laden drones were launched at Erbil International Airport at about 11:40 pm on Monday",
        EXP,
        AIR,
        actor1=UNK + MILITIA07,
        actor2=COALITION + ["Erbil International Airport", "airport"],
        location=ERBIL_AP,
        date=D("2026-03-09"),
        killed=R(0),
        injured=R(0),
        source=CTD07 + VK + ["coalition spokesperson"],
    ),
    E(
        False,
        "the second crashed into an empty field near the western perimeter and exploded without injuring anyone",
        EXP,
        AIR,
        actor1=UNK + MILITIA07,
        actor2=COALITION,
        location=ERBIL_AP,
        date=D("2026-03-09"),
        killed=R(0),
        injured=R(0),
        source=CTD07,
    ),
    # the interception -> a core Disrupted weapons use
    E(
        True,
        "One was shot down by the coalition's air defences over the airport",
        STR,
        DISRUPT,
        actor1=COALITION,
        actor2=UNK + MILITIA07 + ["drone", "explosive-laden drones"],
        location=ERBIL_AP,
        date=D("2026-03-09"),
        source=CTD07,
    ),
    # the coalition's "no injuries" -> injured 0..0 only, a non-core copy
    E(
        False,
        "A coalition spokesperson confirmed the attack",
        EXP,
        AIR,
        actor1=UNK + MILITIA07,
        actor2=COALITION,
        location=ERBIL_AP,
        date=D("2026-03-09"),
        injured=R(0),
        source=["coalition spokesperson", "US-led coalition", "coalition"],
    ),
    # the claimant's version with its own toll -> core, occurred, sourced to it ("dozens" -> 24..open); the viral
    # post repeating it -> a non-core copy (its source the posts)
    E(
        True,
        "its \"mujahideen\" had struck the \"occupation base\" with precision, killing \"dozens\" of American soldiers",
        EXP,
        AIR,
        actor1=MILITIA07,
        actor2=COALITION,
        location=ERBIL_AP,
        date=D("2026-03-09"),
        killed=R(24, None),
        source=["Saraya Awliya al-Thar", "Telegram channel"],
    ),
    E(
        False,
        "an Iranian-made drone \"killing dozens of American soldiers\" at the US-led coalition's base at Erbil airport on Monday night",
        EXP,
        AIR,
        actor1=UNK + MILITIA07 + ["Iranian-made drone"],
        actor2=COALITION,
        location=ERBIL_AP,
        date=D("2026-03-09", "2026-03-10"),
        killed=R(24, None),
        source=["video", "X and Telegram", "viral video", "posts"],
    ),
    # the channel's threat -> planned
    E(
        False,
        "threatened more attacks \"until the last occupier leaves Iraqi soil\"",
        EXP,
        AIR,
        actor1=MILITIA07,
        actor2=COALITION,
        location=L(["Iraq"], cc="IQ"),
        source=["Saraya Awliya al-Thar", "Telegram channel"],
        status="planned",
    ),
    # "Hours later, on Tuesday morning" -> 10 March; "about 50 km south-west of Erbil" -> LKM; the ministry's blame
    # of PMF groups (no claim) -> the PMF plus unknown on the core, the blame a non-core copy, the PMF's denial a
    # non-core denied copy; no toll given -> no number field
    E(
        True,
        "another drone struck a storage tank at the Khurmala oil field, about 50 km south-west of Erbil, starting a fire that was put out by midday",
        EXP,
        AIR,
        actor1=UNK + ["outlaw groups"] + PMF,
        actor2=KRG07,
        location=KHURMALA,
        date=D("2026-03-10"),
        source=VK + ["Ministry of Natural Resources"],
    ),
    E(
        False,
        "The Kurdistan Region's Ministry of Natural Resources blamed \"outlaw groups\" within the Popular Mobilization Forces (PMF)",
        EXP,
        AIR,
        actor1=["outlaw groups"] + PMF,
        actor2=KRG07,
        location=KHURMALA,
        date=D("2026-03-10"),
        source=["Ministry of Natural Resources", "Kurdistan Region's Ministry of Natural Resources"],
    ),
    E(
        False,
        "which the PMF denied",
        EXP,
        AIR,
        actor1=PMF,
        actor2=KRG07,
        location=KHURMALA,
        date=D("2026-03-10"),
        source=PMF,
        status="denied",
    ),
    # "On Tuesday evening ... said they had detained" -> 10 March (the video spread "since Tuesday")
    E(
        True,
        "Erbil's Asayish security police said they had detained a man in the city who had first posted the video with the false caption",
        STR,
        ARRESTS,
        actor1=ASAYISH07,
        actor2=CIV + ["man"],
        location=ERBIL,
        date=D("2026-03-10"),
        source=ASAYISH07,
    ),
    # the CTD's count -> aggregate
    E(
        False,
        "the Kurdistan Region has faced more than 20 drone attacks on its airports and oil fields since the start of the year",
        EXP,
        AIR,
        actor1=UNK + PMF,
        actor2=KRG07 + COALITION,
        location=KRI,
        date=D("2026-01-01", "2026-03-11"),
        source=CTD07,
        aggregate=True,
    ),
    # no gold: the verdict ("False"), the fire at a fuel depot in June 2024 (an electrical fault, no attack),
    # "Our skies have become a shooting gallery" (a metaphor)
]
# the headline's negated claim -> a non-core copy of the viral version
E07.append(E(False, "this video does not show a drone killing US troops at Erbil airport", EXP, AIR,
             actor1=UNK + MILITIA07, actor2=COALITION, location=ERBIL_AP, date=D("2026-03-09", "2026-03-10"),
             source=VK, status="denied"))
DOCS.append(
    (
        "dev-z-07",
        "Verify Kurdistan (fact check)",
        "2026-03-11",
        "fact-check of a viral claim",
        "Iraq/Erbil: a viral claim of 'dozens of American soldiers' killed by a drone at Erbil airport 'on Monday "
        "night', the attack as the CTD tells it ('without injuring anyone'), the interception, the coalition's 'no "
        "injuries', the group's claim and threat, the video's true origin (an electrical fire, no gold), a drone on "
        "the Khurmala field 'about 50 km south-west of Erbil' 'Hours later' with the ministry's blame and the PMF's "
        "denial, an arrest over the video, a count since January, a metaphor",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-z-07", "11 March 2026", "2026-03-11", "Wednesday"),
    ("dev-z-07", "since Tuesday / on Tuesday morning / On Tuesday evening", "2026-03-10", "Tuesday"),
    ("dev-z-07", "on Monday night / on Monday", "2026-03-09", "Monday"),
]

# =============================================================================
# dev-z-08  diaspora website's partisan report — Syria's Qamishli and Hasakah: the power station on Qamishli's southern outskirts, the Qamishli-Amuda road, Hasakah's Tal Hajar, al-Hol camp, Serêkaniyê/Ras al-Ain (Tue 16 Jan 2024)
# =============================================================================
T08 = """Occupation drones kill four in Qamishli and Hasakah as Turkey wages war on Rojava's lifelines

Kurdistan Diaspora Voice | Rojava Desk | Berlin, 16 January 2024

The fascist Turkish occupation state showed its true face once again overnight, sending its drones to bomb the power station on the southern outskirts of Qamishli shortly after midnight. Two workers were martyred and three others wounded, the SDF Media Centre said, and large parts of the city were left without electricity in the freezing cold.

Hours later, another occupation drone hit a car on the Qamishli-Amuda road, about 8 km west of Qamishli, martyring a member of the Internal Security Forces (Asayish) and the civilian who was driving him.

In Hasakah city, a drone targeted a car in the Tal Hajar neighbourhood on Monday afternoon, killing and wounding seven people, among them two children, according to local sources. It was not clear whether the drone was Turkish or belonged to the regime's Iranian-backed allies, who also fly drones over the city.

Daesh, too, exploits every Turkish attack. On Sunday night, Daesh cells attacked an SDF checkpoint in the eastern countryside of Hasakah, near al-Hol camp. The SDF said its fighters repelled the attack, killing three of the attackers, and that two of its heroes were martyred.

On Monday, Asayish forces arrested five Daesh members inside al-Hol camp, among them a woman accused of running the group's "Hisba" morality police there.

This morning, thousands of people marched through Qamishli behind the coffins of the martyrs, chanting against the occupation and against the silence of the world.

The Turkish defence ministry, as usual, boasted that it had "neutralised" nine "terrorists" and struck 23 "targets" in northern Iraq and Syria since Friday, including "oil wells, depots and shelters". Since October, occupation drones have struck the region's infrastructure more than 100 times.

According to unconfirmed reports from local activists, members of the Turkish-backed Sultan Murad faction abducted two Kurdish women from their home in occupied Serêkaniyê (Ras al-Ain) on Sunday.

The General Command of the SDF vowed that these crimes "will not go unanswered". Rojava is bleeding, but it is standing.
"""

TUR08 = TURKEY + ["Turkish occupation state", "fascist Turkish occupation state", "occupation drones",
                  "occupation drone", "occupation", "Turkish defence ministry"]
ASAYISH08 = ["Asayish", "Internal Security Forces", "Asayish forces"]
SDF08 = SDF + ["SDF checkpoint", "its heroes"] + ASAYISH08
IS08 = ISIS + ["Daesh cells", "Daesh members", "attackers"]
IRANALLIES = ["regime's Iranian-backed allies", "Iranian-backed allies", "Iranian-backed militias", "Iran"] + SYGOV
SNA08 = ["Sultan Murad faction", "Sultan Murad", "Syrian National Army", "Turkish-backed Sultan Murad faction",
         "Turkish-backed"]
# "on the southern outskirts of Qamishli" -> Qamishli's point
QAMISHLI = L(["Qamishli", "Qamishlo", "power station", "southern outskirts of Qamishli"], 37.05, 41.22, "SY")
# "about 8 km west of Qamishli" -> LKM from Qamishli
QAM_AMUDA = LKM(["Qamishli-Amuda road", "west of Qamishli", "Qamishli", "Amuda"], 37.05, 41.22, 8, 270, "SY")
HASAKAH = L(["Hasakah", "Hasakah city", "al-Hasakah", "Tal Hajar", "Tal Hajar neighbourhood"], 36.50, 40.75, "SY")
# "in the eastern countryside of Hasakah, near al-Hol camp" -> al-Hol's point
AL_HOL = L(["al-Hol", "al-Hol camp", "Hol", "eastern countryside of Hasakah", "Hasakah"], 36.38, 41.15, "SY")
RAS_AIN = L(["Serêkaniyê", "Serekaniye", "Ras al-Ain", "Ras al-Ayn"], 36.85, 40.07, "SY")
NES = L(["North and East Syria", "northern Iraq and Syria", "Rojava", "northern Syria"])
KDV = ["Kurdistan Diaspora Voice", "author"]
SDFMC = ["SDF Media Centre", "SDF"]
E08 = [
    # "overnight ... shortly after midnight" in a Tuesday piece -> 15-16 January; the toll a sentence later ("Two
    # workers were martyred and three others wounded") -> folded in, a non-core copy; "martyred" -> killed
    E(
        True,
        "sending its drones to bomb the power station on the southern outskirts of Qamishli shortly after midnight",
        EXP,
        AIR,
        actor1=TUR08,
        actor2=CIV + ["power station", "workers", "two workers"],
        location=QAMISHLI,
        date=D("2024-01-15", "2024-01-16"),
        killed=R(2),
        injured=R(3),
        source=SDFMC + KDV,
    ),
    E(
        False,
        "Two workers were martyred and three others wounded",
        EXP,
        AIR,
        actor1=TUR08,
        actor2=CIV + ["workers"],
        location=QAMISHLI,
        date=D("2024-01-15", "2024-01-16"),
        killed=R(2),
        injured=R(3),
        source=SDFMC,
    ),
    # "Hours later" than a strike "overnight" -> 15-16 January; "about 8 km west of Qamishli" -> LKM; a security
    # member and his civilian driver -> both in actor2, killed 2
    E(
        True,
        "another occupation drone hit a car on the Qamishli-Amuda road, about 8 km west of Qamishli, martyring a member of the Internal Security Forces (Asayish) and the civilian who was driving him",
        EXP,
        AIR,
        actor1=TUR08,
        actor2=ASAYISH08 + CIV + ["car", "driver"],
        location=QAM_AMUDA,
        date=D("2024-01-15", "2024-01-16"),
        killed=R(2),
        source=KDV,
    ),
    # "killing and wounding seven people" -> casualties 7..7; "not clear whether the drone was Turkish or belonged
    # to the regime's Iranian-backed allies" -> both plus unknown
    E(
        True,
        "a drone targeted a car in the Tal Hajar neighbourhood on Monday afternoon, killing and wounding seven people, among them two children",
        EXP,
        AIR,
        actor1=TUR08 + IRANALLIES + UNK,
        actor2=CIV + ["car", "seven people", "two children"],
        location=HASAKAH,
        date=D("2024-01-15"),
        casualties=R(7),
        source=["local sources"] + KDV,
    ),
    # "On Sunday night" -> 14-15 January; both sides' dead told ("three of the attackers", "two of its heroes") ->
    # 5 exact; the SDF's telling a non-core copy
    E(
        True,
        "Daesh cells attacked an SDF checkpoint in the eastern countryside of Hasakah, near al-Hol camp",
        BAT,
        CLASH,
        actor1=IS08 + SDF08,
        actor2=SDF08 + IS08,
        location=AL_HOL,
        date=D("2024-01-14", "2024-01-15"),
        killed=R(5),
        source=SDF + KDV,
    ),
    E(
        False,
        "its fighters repelled the attack, killing three of the attackers, and that two of its heroes were martyred",
        BAT,
        CLASH,
        actor1=IS08 + SDF08,
        actor2=SDF08 + IS08,
        location=AL_HOL,
        date=D("2024-01-14", "2024-01-15"),
        killed=R(5),
        source=SDF,
    ),
    E(
        True,
        "Asayish forces arrested five Daesh members inside al-Hol camp",
        STR,
        ARRESTS,
        actor1=ASAYISH08 + SDF,
        actor2=IS08 + ["five Daesh members", "woman"],
        location=AL_HOL,
        date=D("2024-01-15"),
        source=KDV,
    ),
    # a funeral march with chants -> Peaceful protest; "This morning" -> 16 January
    E(
        True,
        "thousands of people marched through Qamishli behind the coffins of the martyrs, chanting against the occupation",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["thousands of people", "mourners"],
        location=QAMISHLI,
        date=D("2024-01-16"),
        source=KDV,
    ),
    # Turkey's count over two countries since Friday -> aggregate, "neutralised" -> no number field; the count
    # since October -> aggregate
    E(
        False,
        "it had \"neutralised\" nine \"terrorists\" and struck 23 \"targets\" in northern Iraq and Syria since Friday",
        EXP,
        AIR,
        actor1=TUR08,
        actor2=SDF08 + ["PKK", "YPG", "terrorists", "targets", "oil wells"],
        location=NES,
        date=D("2024-01-12", "2024-01-16"),
        source=["Turkish defence ministry", "Turkish Ministry of National Defence"] + TURKEY,
        aggregate=True,
    ),
    E(
        False,
        "Since October, occupation drones have struck the region's infrastructure more than 100 times",
        EXP,
        AIR,
        actor1=TUR08,
        actor2=CIV + ["infrastructure"],
        location=NES,
        date=D("2023-10-01", "2024-01-16"),
        source=KDV,
        aggregate=True,
    ),
    # unconfirmed reports in a side paragraph -> non-core, possible
    E(
        False,
        "members of the Turkish-backed Sultan Murad faction abducted two Kurdish women from their home in occupied Serêkaniyê (Ras al-Ain) on Sunday",
        VAC,
        ABDUCT,
        actor1=SNA08,
        actor2=CIV + ["two Kurdish women", "Kurdish women"],
        location=RAS_AIN,
        date=D("2024-01-14"),
        source=["local activists", "activists"],
        status="possible",
    ),
    # the SDF's vow -> planned
    E(
        False,
        "these crimes \"will not go unanswered\"",
        BAT,
        CLASH,
        actor1=SDF08,
        actor2=TUR08,
        location=NES,
        source=["General Command of the SDF"] + SDF,
        status="planned",
    ),
    # the headline's sum of two strikes' dead (2 + 2) -> a non-core aggregate copy
    E(
        False,
        "Occupation drones kill four in Qamishli and Hasakah",
        EXP,
        AIR,
        actor1=TUR08,
        actor2=CIV + ASAYISH08,
        location=L(["Qamishli and Hasakah", "Qamishli", "Hasakah"], cc="SY"),
        date=D("2024-01-15", "2024-01-16"),
        killed=R(4),
        source=KDV,
        aggregate=True,
    ),
    # no gold: "showed its true face", "wages war on Rojava's lifelines", "Daesh, too, exploits every Turkish attack"
    # (generic), the power cut, the 'Hisba' accusation (inside the arrests), "Rojava is bleeding, but it is standing"
    # (a metaphor)
]
DOCS.append(
    (
        "dev-z-08",
        "Kurdistan Diaspora Voice",
        "2024-01-16",
        "diaspora website's partisan report",
        "Syria/Qamishli and Hasakah: an 'occupation' drone on a power station 'overnight ... shortly after midnight' "
        "with the toll a sentence later, a car 'about 8 km west of Qamishli' 'Hours later', a drone in Hasakah "
        "'killing and wounding seven people' by Turkey or 'the regime's Iranian-backed allies', an IS attack in 'the "
        "eastern countryside of Hasakah, near al-Hol camp' 'On Sunday night' with both sides' dead, arrests in al-Hol, "
        "a funeral march 'This morning', Turkey's 'neutralised' count, a count since October, an unconfirmed "
        "abduction, a vow, a metaphor; partisan labels ('martyred', 'occupation', 'heroes')",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-z-08", "16 January 2024 / This morning / overnight (end)", "2024-01-16", "Tuesday"),
    ("dev-z-08", "on Monday afternoon / On Monday / overnight (start)", "2024-01-15", "Monday"),
    ("dev-z-08", "On Sunday night / on Sunday", "2024-01-14", "Sunday"),
    ("dev-z-08", "since Friday", "2024-01-12", "Friday"),
]

# =============================================================================
# dev-z-09  newspaper editorial — northern Israel: Metula, Kiryat Shmona; south Lebanon as background (Fri 7 Jun 2024)
# =============================================================================
T09 = """Editorial: The north cannot be left to burn for one more summer

The Galilee Herald | Editorial | Friday, June 7, 2024

Eight months after Hezbollah opened its “support front” on October 8, the residents of Kiryat Shmona and Metula are still counting. Not the days until they can go home, but the missiles.

This week alone offered a grim inventory. On Monday, an anti-tank missile fired from Lebanon slammed into a house on Metula’s HaRishonim Street. The family had left in October and no one was hurt; Hezbollah boasted of a “direct hit”. On Tuesday, an explosive drone struck near an army post on the edge of Metula, wounding three soldiers, one of them seriously, the IDF said. And on Wednesday afternoon, a barrage of about 15 rockets fell on Kiryat Shmona, setting fires in the industrial zone and lightly wounding two firefighters. Iron Dome intercepted most of them, the army said.

On Thursday evening, several hundred residents of Kiryat Shmona blocked the Route 90 junction at the town’s southern entrance, holding signs that read “We are not second-class citizens”. They dispersed peacefully after two hours.

Since October, Hezbollah and its allies have fired more than 5,000 rockets, missiles and drones at Israel, and some 60,000 northerners remain displaced. The army has answered, as it always does, with strikes on Hezbollah positions across the border, killing hundreds of the group’s fighters.

This newspaper has no appetite for war. But the government owes the north an answer. If it cannot reach a diplomatic arrangement that pushes Hezbollah’s Radwan force back from the border, it must say so, and say what comes next. Hezbollah’s leader has threatened that in a full-scale war “no place will be safe”. The chief of staff says the army is “approaching a decision point”. The people of the Galilee have heard enough speeches.

The north is burning, literally and figuratively. It cannot wait another summer.
"""

ISR09 = ISRAEL + ["army", "Iron Dome", "the IDF", "army post", "soldiers", "three soldiers", "firefighters"]
HEZ09 = HEZB + ["Hezbollah and its allies", "Radwan force", "Hezbollah’s leader"]
METULA = L(["Metula", "Metulla", "HaRishonim Street", "edge of Metula"], 33.28, 35.58, "IL")
KIRYAT_SHMONA = L(["Kiryat Shmona", "Qiryat Shemona", "industrial zone", "Route 90 junction"], 33.21, 35.57, "IL")
NISR = L(["northern Israel", "Israel", "the north", "Galilee"], cc="IL")
SLEB = L(["southern Lebanon", "Lebanon", "across the border"], cc="LB")
GH = ["Galilee Herald", "The Galilee Herald", "author"]
IDF09 = ["IDF", "Israeli army", "the army", "Israel Defense Forces"]
E09 = [
    # "On Monday" in a Friday editorial -> 3 June; "no one was hurt" -> killed and injured 0..0; fired "from
    # Lebanon" and claimed by Hezbollah ("boasted of a 'direct hit'") -> Hezbollah
    E(
        True,
        "an anti-tank missile fired from Lebanon slammed into a house on Metula’s HaRishonim Street",
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=CIV + ["house", "family"],
        location=METULA,
        date=D("2024-06-03"),
        killed=R(0),
        injured=R(0),
        source=GH + HEZB,
    ),
    # a drone with no launcher named -> unknown plus Hezbollah (the editorial's frame); "on the edge of" -> the town
    E(
        True,
        "an explosive drone struck near an army post on the edge of Metula, wounding three soldiers, one of them seriously",
        EXP,
        AIR,
        actor1=UNK + HEZ09,
        actor2=ISR09,
        location=METULA,
        date=D("2024-06-04"),
        injured=R(3),
        source=IDF09,
    ),
    # "about 15 rockets" counts rockets, not victims; "lightly wounding two firefighters" -> 2; the interception a
    # sentence later -> a core Disrupted weapons use of its own
    E(
        True,
        "a barrage of about 15 rockets fell on Kiryat Shmona, setting fires in the industrial zone and lightly wounding two firefighters",
        EXP,
        SHELL,
        actor1=UNK + HEZ09,
        actor2=CIV + ["industrial zone", "two firefighters", "firefighters"] + ISRAEL,
        location=KIRYAT_SHMONA,
        date=D("2024-06-05"),
        injured=R(2),
        source=GH,
    ),
    E(
        True,
        "Iron Dome intercepted most of them",
        STR,
        DISRUPT,
        actor1=ISR09,
        actor2=UNK + HEZ09 + ["rockets"],
        location=KIRYAT_SHMONA,
        date=D("2024-06-05"),
        source=IDF09,
    ),
    # a road blocked for two hours and dispersed "peacefully" -> Peaceful protest; "On Thursday evening" -> 6 June
    E(
        True,
        "several hundred residents of Kiryat Shmona blocked the Route 90 junction at the town’s southern entrance",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents of Kiryat Shmona", "several hundred residents", "residents"],
        location=KIRYAT_SHMONA,
        date=D("2024-06-06"),
        source=GH,
    ),
    # tallies since October -> aggregates ("hundreds" -> 200..open)
    E(
        False,
        "Hezbollah and its allies have fired more than 5,000 rockets, missiles and drones at Israel",
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=ISRAEL + CIV,
        location=NISR,
        date=D("2023-10-08", "2024-06-07"),
        source=GH,
        aggregate=True,
    ),
    E(
        False,
        "The army has answered, as it always does, with strikes on Hezbollah positions across the border, killing hundreds of the group’s fighters",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HEZ09 + ["Hezbollah positions", "fighters"],
        location=SLEB,
        date=D("2023-10-08", "2024-06-07"),
        killed=R(200, None),
        source=GH,
        aggregate=True,
    ),
    # background: the front's opening on 8 October 2023
    E(
        False,
        "Hezbollah opened its “support front” on October 8",
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=ISRAEL,
        location=NISR,
        date=D("2023-10-08"),
        source=GH,
    ),
    # Hezbollah's conditional threat -> planned (an actor's own); the chief of staff's "decision point" -> planned;
    # the editorial's conditional about an arrangement -> hypothetical
    E(
        False,
        "Hezbollah’s leader has threatened that in a full-scale war “no place will be safe”",
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=ISRAEL + CIV,
        location=NISR,
        source=["Hezbollah’s leader"] + HEZB,
        status="planned",
    ),
    E(
        False,
        "the army is “approaching a decision point”",
        BAT,
        CLASH,
        actor1=ISR09,
        actor2=HEZ09,
        location=SLEB,
        source=["chief of staff"] + IDF09,
        status="planned",
    ),
    E(
        False,
        "If it cannot reach a diplomatic arrangement that pushes Hezbollah’s Radwan force back from the border",
        STR,
        AGREE,
        actor1=ISRAEL + ["government", "Israeli government"],
        actor2=HEZ09 + ["Lebanon"],
        location=SLEB,
        source=GH,
        status="hypothetical",
    ),
    # no gold: "still counting ... the missiles", "a grim inventory", "The family had left in October", the
    # displacement figure, "no appetite for war", "The north is burning, literally and figuratively" and the
    # headline's "left to burn" (metaphors)
]
DOCS.append(
    (
        "dev-z-09",
        "The Galilee Herald (editorial)",
        "2024-06-07",
        "newspaper editorial that mentions incidents as background",
        "northern Israel: an anti-tank missile on a Metula house 'On Monday' ('no one was hurt', Hezbollah's 'direct "
        "hit'), a drone 'on the edge of Metula' wounding three soldiers, 'about 15 rockets' on Kiryat Shmona with two "
        "firefighters hurt and the interception, a road-blocking protest dispersed 'peacefully', two tallies ('more "
        "than 5,000', 'hundreds'), the front's opening as background, Hezbollah's threat, the chief of staff's "
        "'decision point', the paper's conditional, metaphors; typographic quotes",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-z-09", "Friday, June 7, 2024", "2024-06-07", "Friday"),
    ("dev-z-09", "On Thursday evening", "2024-06-06", "Thursday"),
    ("dev-z-09", "on Wednesday afternoon", "2024-06-05", "Wednesday"),
    ("dev-z-09", "On Tuesday", "2024-06-04", "Tuesday"),
    ("dev-z-09", "On Monday", "2024-06-03", "Monday"),
]

# =============================================================================
# dev-z-10  feature story with a survivor's first-person account — Burkina Faso's Sahel region: Djibo, the bush about 30 km south-west of it; Ouagadougou (Thu 12 Jun 2025)
# =============================================================================
T10 = """'They asked for the men': a survivor of the Djibo attack speaks

Sahel Stories | Feature | Ouagadougou, 12 June 2025 | By Mariam Sawadogo

Aminata, 34, had just put water on the fire when the shooting began. It was a little after 5 am on 25 May, and hundreds of fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) were riding into Djibo on motorbikes from three directions.

"At first I thought it was the soldiers training," she told Sahel Stories in a courtyard in Ouagadougou, where she now lives with a cousin. "Then I saw the smoke over the army camp. By seven o'clock they were in our street. They knocked on every door and asked for the men. They took my husband and my eldest son, who was 17, behind the house and shot them. I heard it. I did not look."

The fighters held parts of the town for most of the day, overrunning the army camp and the police station before withdrawing in the afternoon. Between 100 and 200 people, most of them soldiers and members of the Volunteers for the Defence of the Homeland (VDP), were killed, a local official and a security source told AFP. The junta has released no toll. The army said only that the assault had been "repelled" and that "scores of terrorists" had been killed. JNIM, in a claim carried by its media arm, said it had killed 200 "soldiers and militiamen".

"They took the young men with them too," Aminata said. Residents say about 30 young men and boys were led away on foot; their families have heard nothing since.

Two days later, military drones struck what the army called "terrorists fleeing with loot" in the bush about 30 km south-west of Djibo.

Djibo, home to tens of thousands of people displaced from the surrounding countryside, has lived under a JNIM blockade since 2022. The last army supply convoy to reach the town, in April, was ambushed on the way and lost "dozens" of soldiers, according to a security source.

On 2 June, the authorities suspended a community radio station in Ouagadougou that had broadcast residents' accounts of the attack, and police detained two of its journalists.

Aminata does not know whether she will ever go back. "Djibo is my home," she said. "But who will protect us there now?"
"""

JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda",
        "fighters", "terrorists", "its media arm"]
BFA = ["Burkina Faso army", "army", "Burkinabe army", "Military Forces of Burkina Faso", "soldiers",
       "Volunteers for the Defence of the Homeland", "VDP", "army camp", "junta", "military drones", "police station",
       "militiamen"]
BFPOL = ["police", "Police Forces of Burkina Faso", "authorities", "junta"]
DJIBO = L(["Djibo", "army camp", "Soum"], 14.10, -1.63, "BF")
# "about 30 km south-west of Djibo" -> LKM
DJIBO_SW = LKM(["south-west of Djibo", "Djibo", "the bush"], 14.10, -1.63, 30, 225, "BF")
OUAGA = L(["Ouagadougou", "Ouaga"], 12.37, -1.52, "BF")
SS = ["Sahel Stories", "Mariam Sawadogo", "author"]
AFP10 = ["local official", "security source", "AFP"]
E10 = [
    # an assault on a town held "for most of the day" and then left -> Battles/Armed clash (no lasting change of
    # control); the author's telling with the toll a sentence later by "a local official and a security source"
    # ("Between 100 and 200") -> folded in, a non-core copy; the opening sentence (force size only) a non-core copy;
    # looting and burning inside the assault are not told and get no gold
    E(
        True,
        "The fighters held parts of the town for most of the day, overrunning the army camp and the police station before withdrawing in the afternoon",
        BAT,
        CLASH,
        actor1=JNIM + BFA,
        actor2=BFA + JNIM,
        location=DJIBO,
        date=D("2025-05-25"),
        killed=R(100, 200),
        source=SS + AFP10,
    ),
    E(
        False,
        "Between 100 and 200 people, most of them soldiers and members of the Volunteers for the Defence of the Homeland (VDP), were killed",
        BAT,
        CLASH,
        actor1=JNIM + BFA,
        actor2=BFA + JNIM,
        location=DJIBO,
        date=D("2025-05-25"),
        killed=R(100, 200),
        source=AFP10,
    ),
    E(
        False,
        "hundreds of fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) were riding into Djibo on motorbikes from three directions",
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=BFA + CIV,
        location=DJIBO,
        date=D("2025-05-25"),
        source=SS,
    ),
    # the army's version ("scores of terrorists" -> 40..open) and JNIM's claim (200) -> one core event each
    E(
        True,
        "the assault had been \"repelled\" and that \"scores of terrorists\" had been killed",
        BAT,
        CLASH,
        actor1=JNIM + BFA,
        actor2=BFA + JNIM,
        location=DJIBO,
        date=D("2025-05-25"),
        killed=R(40, None),
        source=["army", "Burkina Faso army", "junta"],
    ),
    E(
        True,
        "it had killed 200 \"soldiers and militiamen\"",
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=BFA,
        location=DJIBO,
        date=D("2025-05-25"),
        killed=R(200),
        source=["JNIM", "its media arm", "Group for the Support of Islam and Muslims"],
    ),
    # the survivor's account: "my husband and my eldest son, who was 17" -> killed 2
    E(
        True,
        "They took my husband and my eldest son, who was 17, behind the house and shot them",
        VAC,
        ATTACK,
        actor1=JNIM,
        actor2=CIV + ["husband", "eldest son", "son"],
        location=DJIBO,
        date=D("2025-05-25"),
        killed=R(2),
        source=["Aminata", "survivor"],
    ),
    # abductees are no casualties ("about 30" -> no number field); the survivor's telling a non-core copy
    E(
        True,
        "Residents say about 30 young men and boys were led away on foot",
        VAC,
        ABDUCT,
        actor1=JNIM,
        actor2=CIV + ["young men and boys", "young men", "boys"],
        location=DJIBO,
        date=D("2025-05-25"),
        source=["Residents", "residents", "Aminata"] + SS,
    ),
    E(
        False,
        "\"They took the young men with them too,\" Aminata said.",
        VAC,
        ABDUCT,
        actor1=JNIM,
        actor2=CIV + ["young men"],
        location=DJIBO,
        date=D("2025-05-25"),
        source=["Aminata", "survivor"],
    ),
    # "Two days later" -> 27 May; "about 30 km south-west of Djibo" -> LKM
    E(
        True,
        "military drones struck what the army called \"terrorists fleeing with loot\" in the bush about 30 km south-west of Djibo",
        EXP,
        AIR,
        actor1=BFA,
        actor2=JNIM + ["terrorists fleeing with loot"],
        location=DJIBO_SW,
        date=D("2025-05-27"),
        source=["army", "Burkina Faso army"] + SS,
    ),
    # background: a convoy ambushed "in April" (2025) -> non-core, "dozens" -> 24..open; the blockade "since 2022"
    # (a state) -> no gold
    E(
        False,
        "The last army supply convoy to reach the town, in April, was ambushed on the way and lost \"dozens\" of soldiers",
        BAT,
        CLASH,
        actor1=JNIM + BFA,
        actor2=BFA + ["army supply convoy", "convoy"],
        location=L(["Djibo", "road to Djibo"], 14.10, -1.63, "BF"),
        date=D("2025-04-01", "2025-04-30"),
        killed=R(24, None),
        source=["security source"],
    ),
    # "On 2 June" -> journalists detained (the radio's suspension gets no gold)
    E(
        True,
        "police detained two of its journalists",
        STR,
        ARRESTS,
        actor1=BFPOL,
        actor2=CIV + ["journalists", "two of its journalists", "community radio station"],
        location=OUAGA,
        date=D("2025-06-02"),
        source=SS,
    ),
    # no gold: "the soldiers training", "the smoke over the army camp", "They knocked on every door and asked for the
    # men" (inside the killing), "The junta has released no toll", the blockade, the suspension of the radio, "who
    # will protect us there now?"
]
# the headline's copy
E10.append(E(False, "a survivor of the Djibo attack speaks", BAT, CLASH, actor1=JNIM, actor2=BFA + CIV,
             location=DJIBO, date=D("2025-05-25"), source=SS))
DOCS.append(
    (
        "dev-z-10",
        "Sahel Stories (feature)",
        "2025-06-12",
        "feature story with a survivor's first-person account",
        "Burkina Faso/Djibo: a JNIM assault 'on 25 May' by 'hundreds of fighters' held 'for most of the day', told by a "
        "local official and a security source who 'told AFP' ('Between 100 and 200'), by the army ('scores of "
        "terrorists') and by JNIM (200), a survivor's husband and 17-year-old son shot, 'about 30 young men and boys' "
        "led away, a drone strike 'Two days later' 'about 30 km south-west of Djibo', a convoy ambushed 'in April' "
        "(background, 'dozens'), a blockade (no gold), journalists detained 'On 2 June'",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-z-10", "12 June 2025", "2025-06-12", "Thursday"),
    ("dev-z-10", "On 2 June", "2025-06-02", "Monday"),
    ("dev-z-10", "Two days later", "2025-05-27", "Tuesday"),
    ("dev-z-10", "25 May", "2025-05-25", "Sunday"),
]

# =============================================================================
# dev-z-11  weekly round-up with a dateline per item — Nigeria's Borno and Zamfara states: Konduga, Damboa, the Tumbun islands of Lake Chad, a village about 15 km east of Tsafe, Kadawa about 10 km north of Zurmi, Maru, Tsafe (Sun 16 Mar 2025)
# =============================================================================
T11 = """Week in review: suicide bomber strikes Konduga fish market; bandits kill villagers in Zurmi

North Desk Weekly | Security round-up | Sunday, March 16, 2025

KONDUGA, Borno - A female suicide bomber blew herself up at a busy fish market in Konduga on Wednesday evening, killing 12 or 13 people and injuring about 20, a leader of the Civilian Joint Task Force (CJTF) said. Police confirmed the blast but gave no figures. No group claimed it; both Boko Haram's JAS faction and the Islamic State West Africa Province (ISWAP) have used women as bombers in the area.

DAMBOA, Borno - Troops repelled an attack by ISWAP fighters on a military base near Damboa on Monday night, killing "scores of terrorists", an army spokesman said. Lake Chad Sentinel, a counter-insurgency news site, citing intelligence sources, said five soldiers were killed and the base's armoury was looted. ISWAP claimed through its Amaq news agency to have killed 20 soldiers.

LAKE CHAD - The Nigerian Air Force said on Thursday that its jets had struck a gathering of ISWAP commanders on one of the Tumbun islands the previous day, killing "dozens" of fighters.

TSAFE, Zamfara - Gunmen abducted at least 40 people, most of them women and children, from a village about 15 km east of Tsafe town on Tuesday night, residents said. On Saturday, hundreds of residents blocked the Gusau-Funtua highway at Tsafe to protest against the abduction until soldiers persuaded them to leave.

ZURMI, Zamfara - Bandits on motorcycles attacked Kadawa, about 10 km north of Zurmi town, on Thursday afternoon, shooting residents and burning the market. Residents said between 20 and 30 people were killed. The state police command put the toll at 18 and said two suspects had been arrested.

MARU, Zamfara - A bandit leader known as Dogo Sule agreed to a peace deal with community leaders in Maru local government area on Friday and released 14 captives as a "sign of goodwill", the emirate council said. Previous deals in the area collapsed within weeks.

ALSO THIS WEEK: The army said on Friday its troops had "neutralised" 76 terrorists and rescued 112 kidnapped victims across the country in the past week. Zamfara's governor vowed to "take the fight to the bandits in their forests".
"""

JAS = ["Boko Haram", "JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram's JAS faction"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "ISWAP fighters", "Amaq", "Amaq news agency",
         "Islamic State", "ISWAP commanders", "terrorists"]
NGARMY = ["Nigerian army", "Nigerian Army", "army", "troops", "Military Forces of Nigeria", "soldiers",
          "military base", "army spokesman"]
NAF = ["Nigerian Air Force", "NAF", "its jets", "Military Forces of Nigeria", "Air Force"]
BANDITS = ["bandits", "Bandits on motorcycles", "gunmen", "Gunmen", "bandit", "armed bandits", "Dogo Sule",
           "bandit leader"]
ZAMPOL = ["state police command", "Zamfara State Police Command", "police", "Police Forces of Nigeria",
          "Nigeria Police Force"]
KONDUGA = L(["Konduga", "fish market"], 11.65, 13.42, "NG")
# "near Damboa" -> Damboa's point
DAMBOA = L(["Damboa", "near Damboa", "military base near Damboa"], 11.15, 12.76, "NG")
TUMBUN = L(["Tumbun islands", "Tumbun", "Lake Chad", "Lake Chad islands"], cc="NG")
# "about 15 km east of Tsafe town" -> LKM; "about 10 km north of Zurmi town" -> LKM
TSAFE_E = LKM(["east of Tsafe town", "Tsafe", "Tsafe town", "village"], 11.96, 6.92, 15, 90, "NG")
TSAFE = L(["Tsafe", "Tsafe town", "Gusau-Funtua highway"], 11.96, 6.92, "NG")
KADAWA = LKM(["Kadawa", "north of Zurmi town", "Zurmi", "Zurmi town"], 12.77, 6.79, 10, 0, "NG")
MARU = L(["Maru", "Maru local government area"], 12.33, 6.40, "NG")
NIGERIA = L(["Nigeria", "across the country"], cc="NG")
ZAMFARA = L(["Zamfara", "Zamfara State"], cc="NG")
NDW = ["North Desk Weekly", "author"]
ARMY11 = ["army spokesman", "Nigerian army", "army"]
E11 = [
    # "12 or 13" -> killed 12..13; "about 20" -> injured 20..20; no claim, the text names two groups' past use of
    # women bombers -> both plus unknown; "on Wednesday evening" -> 12 March
    E(
        True,
        "A female suicide bomber blew herself up at a busy fish market in Konduga on Wednesday evening, killing 12 or 13 people and injuring about 20",
        EXP,
        SUICIDE,
        actor1=UNK + JAS + ISWAP + ["female suicide bomber", "suicide bomber"],
        actor2=CIV + ["fish market", "people"],
        location=KONDUGA,
        date=D("2025-03-12"),
        killed=R(12, 13),
        injured=R(20),
        source=["Civilian Joint Task Force", "CJTF", "leader of the Civilian Joint Task Force"] + NDW,
    ),
    # the army's "scores of terrorists" (40..open) and the news site's five soldiers "citing intelligence sources"
    # (each side's dead from a different source, no contradiction) -> summed, 45..open; the site's figure a non-core
    # copy; the looting of the armoury is inside the attack; "on Monday night" -> 10-11 March; ISWAP's claim of 20
    # soldiers -> a core version of its own
    E(
        True,
        "Troops repelled an attack by ISWAP fighters on a military base near Damboa on Monday night, killing \"scores of terrorists\"",
        BAT,
        CLASH,
        actor1=ISWAP + NGARMY,
        actor2=NGARMY + ISWAP,
        location=DAMBOA,
        date=D("2025-03-10", "2025-03-11"),
        killed=R(45, None),
        source=ARMY11 + ["Lake Chad Sentinel", "intelligence sources"] + NDW,
    ),
    E(
        False,
        "five soldiers were killed and the base's armoury was looted",
        BAT,
        CLASH,
        actor1=ISWAP,
        actor2=NGARMY,
        location=DAMBOA,
        date=D("2025-03-10", "2025-03-11"),
        killed=R(5),
        source=["Lake Chad Sentinel", "intelligence sources"],
    ),
    E(
        True,
        "ISWAP claimed through its Amaq news agency to have killed 20 soldiers",
        BAT,
        CLASH,
        actor1=ISWAP,
        actor2=NGARMY,
        location=DAMBOA,
        date=D("2025-03-10", "2025-03-11"),
        killed=R(20),
        source=["ISWAP", "Amaq", "Amaq news agency", "Islamic State West Africa Province"],
    ),
    # "said on Thursday ... the previous day" -> Wednesday 12 March; "dozens" -> 24..open; an island among several
    # -> names and country
    E(
        True,
        "its jets had struck a gathering of ISWAP commanders on one of the Tumbun islands the previous day, killing \"dozens\" of fighters",
        EXP,
        AIR,
        actor1=NAF,
        actor2=ISWAP,
        location=TUMBUN,
        date=D("2025-03-12"),
        killed=R(24, None),
        source=["Nigerian Air Force", "NAF", "Air Force"],
    ),
    # "on Tuesday night" -> 11-12 March; abductees are no casualties ("at least 40" -> no number field); "Gunmen"
    # in bandit country -> bandits plus unknown
    E(
        True,
        "Gunmen abducted at least 40 people, most of them women and children, from a village about 15 km east of Tsafe town on Tuesday night",
        VAC,
        ABDUCT,
        actor1=BANDITS + UNK,
        actor2=CIV + ["women and children", "people", "at least 40 people"],
        location=TSAFE_E,
        date=D("2025-03-11", "2025-03-12"),
        source=["residents"] + NDW,
    ),
    # a road blocked until soldiers "persuaded them to leave" (no force) -> Peaceful protest; "On Saturday" -> 15
    # March
    E(
        True,
        "hundreds of residents blocked the Gusau-Funtua highway at Tsafe to protest against the abduction",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["hundreds of residents", "residents"],
        location=TSAFE,
        date=D("2025-03-15"),
        source=NDW,
    ),
    # one attack, two tolls by two sources (residents "between 20 and 30" / the police's 18) -> one core event per
    # version; "on Thursday afternoon" -> 13 March; "about 10 km north of Zurmi town" -> LKM
    E(
        True,
        "Bandits on motorcycles attacked Kadawa, about 10 km north of Zurmi town, on Thursday afternoon, shooting residents and burning the market",
        VAC,
        ATTACK,
        actor1=BANDITS,
        actor2=CIV + ["residents", "market", "Kadawa"],
        location=KADAWA,
        date=D("2025-03-13"),
        killed=R(20, 30),
        source=["Residents", "residents"] + NDW,
    ),
    E(
        True,
        "The state police command put the toll at 18",
        VAC,
        ATTACK,
        actor1=BANDITS,
        actor2=CIV + ["residents"],
        location=KADAWA,
        date=D("2025-03-13"),
        killed=R(18),
        source=ZAMPOL,
    ),
    # arrests told by the police with no place of their own -> the attacked village; from the attack to the week's
    # end -> 13-16 March
    E(
        True,
        "said two suspects had been arrested",
        STR,
        ARRESTS,
        actor1=ZAMPOL,
        actor2=BANDITS + ["two suspects", "suspects"],
        location=KADAWA,
        date=D("2025-03-13", "2025-03-16"),
        source=ZAMPOL,
    ),
    # a local peace deal with a bandit leader -> Agreement; the release of captives is inside it; "on Friday" -> 14
    # March
    E(
        True,
        "A bandit leader known as Dogo Sule agreed to a peace deal with community leaders in Maru local government area on Friday",
        STR,
        AGREE,
        actor1=BANDITS,
        actor2=["community leaders", "emirate council", "Maru emirate council"] + CIV,
        location=MARU,
        date=D("2025-03-14"),
        source=["emirate council", "Maru emirate council"] + NDW,
    ),
    # the army's weekly count ("neutralised" -> no number field) -> aggregate; "in the past week" said on Friday ->
    # 7-14 March; the governor's vow -> planned
    E(
        False,
        "its troops had \"neutralised\" 76 terrorists and rescued 112 kidnapped victims across the country in the past week",
        BAT,
        CLASH,
        actor1=NGARMY,
        actor2=ISWAP + JAS + BANDITS,
        location=NIGERIA,
        date=D("2025-03-07", "2025-03-14"),
        source=ARMY11,
        aggregate=True,
    ),
    E(
        False,
        "Zamfara's governor vowed to \"take the fight to the bandits in their forests\"",
        BAT,
        CLASH,
        actor1=["Zamfara State government", "governor", "Zamfara's governor"] + NGARMY,
        actor2=BANDITS,
        location=ZAMFARA,
        source=["Zamfara's governor", "governor"],
        status="planned",
    ),
    # no gold: "Police confirmed the blast but gave no figures", "have used women as bombers in the area" (generic),
    # "until soldiers persuaded them to leave", "Previous deals in the area collapsed within weeks" (background with
    # no place or time)
]
# the headline's copies
E11 += [
    E(False, "suicide bomber strikes Konduga fish market", EXP, SUICIDE, actor1=UNK + JAS + ISWAP,
      actor2=CIV + ["fish market"], location=KONDUGA, date=D("2025-03-12"), source=NDW),
    E(False, "bandits kill villagers in Zurmi", VAC, ATTACK, actor1=BANDITS, actor2=CIV + ["villagers"],
      location=KADAWA, date=D("2025-03-13"), source=NDW),
]
DOCS.append(
    (
        "dev-z-11",
        "North Desk Weekly (security round-up)",
        "2025-03-16",
        "weekly round-up with datelines per item",
        "Nigeria/Borno and Zamfara: a suicide bombing in Konduga ('12 or 13', 'about 20') by JAS or ISWAP, a base "
        "attack near Damboa 'on Monday night' told by the army ('scores of terrorists') plus a news site 'citing "
        "intelligence sources' (five soldiers) and by ISWAP (20), an air strike 'the previous day' ('dozens'), a mass "
        "abduction 'about 15 km east of Tsafe town' 'on Tuesday night' and a road-blocking protest, an attack on "
        "Kadawa told by residents ('between 20 and 30') and by the police (18), arrests, a local peace deal, the "
        "army's weekly 'neutralised' count, a governor's vow",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-z-11", "Sunday, March 16, 2025", "2025-03-16", "Sunday"),
    ("dev-z-11", "On Saturday", "2025-03-15", "Saturday"),
    ("dev-z-11", "on Friday", "2025-03-14", "Friday"),
    ("dev-z-11", "on Thursday afternoon / on Thursday", "2025-03-13", "Thursday"),
    ("dev-z-11", "on Wednesday evening / the previous day / Tuesday night (end)", "2025-03-12", "Wednesday"),
    ("dev-z-11", "on Tuesday night (start) / Monday night (end)", "2025-03-11", "Tuesday"),
    ("dev-z-11", "on Monday night (start)", "2025-03-10", "Monday"),
]

# =============================================================================
# dev-z-12  insurgent group's numbered claims reproduced and checked — Mozambique's Cabo Delgado: Litamanda about 15 km west of Macomia, Mocímboa da Praia, Ancuabe, Chai on the Macomia-Awasse road, Mucojo, Quiterajo (Tue 30 Sep 2025)
# =============================================================================
T12 = """Claims check: Islamic State's Mozambique statements, week of 22-28 September 2025

Cabo Watch | Weekly claims check | Pemba, 30 September 2025

Each week we reproduce the claims that Islamic State publishes about Cabo Delgado, in our translation from Arabic, and check them against local sources. Claims are numbered in the order they were released.

CLAIM 1 (released 24 September): "By the grace of Allah, the soldiers of the Caliphate attacked a village of the Christians near Macomia and killed six of them, and burned their houses, and praise be to Allah."
OUR CHECK: Confirmed in part. Residents told us that insurgents entered Litamanda, about 15 km west of Macomia town, on the night of Tuesday 23 September and beheaded four men, not six. At least ten houses were burned.

CLAIM 2 (released 26 September): "The soldiers of the Caliphate clashed with the Mozambican army and the Rwandan Crusader forces near the town of Mocímboa da Praia, killing eight of them and wounding others, and seized their weapons."
OUR CHECK: Disputed. The Rwanda Defence Force said its troops had repelled an attack on a patrol south of Mocímboa da Praia on Thursday, killing 11 insurgents, and had suffered no casualties. Local sources confirm heavy gunfire that afternoon but could not give a toll.

CLAIM 3 (released 27 September): "The soldiers of the Caliphate captured a Christian in the area of Ancuabe and executed him."
OUR CHECK: Unverified. Police in Ancuabe said they had no report of a killing.

CLAIM 4 (released 28 September): "The soldiers of the Caliphate destroyed a vehicle of the Mozambican army with an explosive device on the road between Macomia and Awasse."
OUR CHECK: Confirmed. A military source said a truck in an army convoy hit a roadside bomb near Chai, north of Macomia, on Saturday morning, wounding two soldiers.

NOT CLAIMED: Unconfirmed reports on local WhatsApp groups say insurgents abducted two girls near Mucojo on Thursday; we have not been able to verify them. On Friday, Rwandan troops formally handed over their base at Quiterajo to the Mozambican armed forces, the two armies said.

CONTEXT: Islamic State has claimed 19 attacks in Cabo Delgado so far this month, its highest monthly tally since March. The conflict has killed more than 6,000 people since October 2017.
"""

ISM = ["Islamic State", "Islamic State Mozambique", "Islamic State Mozambique Province", "ISM", "IS-Mozambique",
       "soldiers of the Caliphate", "insurgents", "al-Shabaab", "Ahl al-Sunna wal-Jamaa"]
FADM = ["Mozambican army", "Mozambican armed forces", "Armed Defence Forces of Mozambique", "FADM",
        "Military Forces of Mozambique", "army convoy", "soldiers", "truck"]
RDF = ["Rwanda Defence Force", "RDF", "Rwandan troops", "Rwandan forces", "Rwandan Crusader forces",
       "Military Forces of Rwanda", "patrol"]
ISMSRC = ["Islamic State", "Islamic State Mozambique", "soldiers of the Caliphate", "claim"]
# "near Macomia" -> Macomia's point; "Litamanda, about 15 km west of Macomia town" -> LKM
MACOMIA = L(["Macomia", "near Macomia", "village of the Christians"], -12.25, 40.13, "MZ")
LITAMANDA = LKM(["Litamanda", "west of Macomia town", "Macomia"], -12.25, 40.13, 15, 270, "MZ")
# "near the town of Mocímboa da Praia" and "south of Mocímboa da Praia" (no distance) -> the town's point
MOCIMBOA = L(["Mocímboa da Praia", "Mocimboa da Praia", "Mocímboa", "south of Mocímboa da Praia"], -11.35, 40.35,
             "MZ")
ANCUABE = L(["Ancuabe", "area of Ancuabe"], -12.97, 39.85, "MZ")
CHAI = L(["Chai", "near Chai", "road between Macomia and Awasse", "Macomia", "Awasse"], cc="MZ")
MUCOJO = L(["Mucojo", "near Mucojo"], cc="MZ")
QUITERAJO = L(["Quiterajo", "base at Quiterajo"], cc="MZ")
CABO = L(["Cabo Delgado", "Cabo Delgado province"], cc="MZ")
CW = ["Cabo Watch", "author"]
E12 = [
    # one attack in two versions with two tolls (the claim's six / the residents' four) -> one core event each;
    # "released 24 September", checked as "the night of Tuesday 23 September" -> 23-24 for both; the burning is
    # inside the attack
    E(
        True,
        "the soldiers of the Caliphate attacked a village of the Christians near Macomia and killed six of them, and burned their houses",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + ["Christians", "village", "houses"],
        location=MACOMIA,
        date=D("2025-09-23", "2025-09-24"),
        killed=R(6),
        source=ISMSRC,
    ),
    E(
        True,
        "insurgents entered Litamanda, about 15 km west of Macomia town, on the night of Tuesday 23 September and beheaded four men, not six",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + ["four men", "men", "Litamanda"],
        location=LITAMANDA,
        date=D("2025-09-23", "2025-09-24"),
        killed=R(4),
        source=["Residents", "residents"] + CW,
    ),
    # one clash in two versions: the claim's "eight of them" killed and "wounding others" (2..open) / the Rwandan
    # army's 11 insurgents dead and "no casualties" of its own (both sides told -> 11 exact; the insurgents' wounded
    # untold -> no injured field); the claim is dated by the check -> Thursday 25 September
    E(
        True,
        "The soldiers of the Caliphate clashed with the Mozambican army and the Rwandan Crusader forces near the town of Mocímboa da Praia, killing eight of them and wounding others",
        BAT,
        CLASH,
        actor1=ISM,
        actor2=FADM + RDF,
        location=MOCIMBOA,
        date=D("2025-09-25"),
        killed=R(8),
        injured=R(2, None),
        source=ISMSRC,
    ),
    E(
        True,
        "its troops had repelled an attack on a patrol south of Mocímboa da Praia on Thursday, killing 11 insurgents, and had suffered no casualties",
        BAT,
        CLASH,
        actor1=ISM + RDF,
        actor2=RDF + ISM,
        location=MOCIMBOA,
        date=D("2025-09-25"),
        killed=R(11),
        source=["Rwanda Defence Force", "RDF"],
    ),
    # a party's claim, unverified by the checker -> core, occurred, sourced to IS; undated, released 27 September ->
    # the week up to its release
    E(
        True,
        "The soldiers of the Caliphate captured a Christian in the area of Ancuabe and executed him",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + ["Christian"],
        location=ANCUABE,
        date=D("2025-09-22", "2025-09-27"),
        killed=R(1),
        source=ISMSRC,
    ),
    # the same bomb told by the claim and confirmed by a military source with the date, place and toll -> one core
    # event (the confirmation), the claim a non-core copy; "on Saturday morning" -> 27 September; a long road and
    # an unpinned village "north of Macomia" that lies some 25 km from it (too far for Macomia's point, as dev_r's
    # Cal Miskaad "south-east of Bosaso") -> names and country
    E(
        True,
        "a truck in an army convoy hit a roadside bomb near Chai, north of Macomia, on Saturday morning, wounding two soldiers",
        EXP,
        IED,
        actor1=ISM,
        actor2=FADM + ["two soldiers"],
        location=CHAI,
        date=D("2025-09-27"),
        injured=R(2),
        source=["military source"] + CW + ISMSRC,
    ),
    E(
        False,
        "The soldiers of the Caliphate destroyed a vehicle of the Mozambican army with an explosive device on the road between Macomia and Awasse",
        EXP,
        IED,
        actor1=ISM,
        actor2=FADM + ["vehicle"],
        location=CHAI,
        date=D("2025-09-27"),
        source=ISMSRC,
    ),
    # unconfirmed reports in a side paragraph -> non-core, possible; "on Thursday" -> 25 September
    E(
        False,
        "insurgents abducted two girls near Mucojo on Thursday",
        VAC,
        ABDUCT,
        actor1=ISM,
        actor2=CIV + ["two girls", "girls"],
        location=MUCOJO,
        date=D("2025-09-25"),
        source=["WhatsApp groups", "local WhatsApp groups", "Unconfirmed reports"],
        status="possible",
    ),
    # a base handed over by an allied army -> Non-violent transfer of territory; "On Friday" -> 26 September
    E(
        True,
        "Rwandan troops formally handed over their base at Quiterajo to the Mozambican armed forces",
        STR,
        TRANSFER,
        actor1=RDF,
        actor2=FADM,
        location=QUITERAJO,
        date=D("2025-09-26"),
        source=["Rwanda Defence Force", "Mozambican armed forces", "the two armies"] + CW,
    ),
    # the month's claims and the toll since 2017 -> aggregates
    E(
        False,
        "Islamic State has claimed 19 attacks in Cabo Delgado so far this month",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + FADM + RDF,
        location=CABO,
        date=D("2025-09-01", "2025-09-30"),
        source=CW,
        aggregate=True,
    ),
    E(
        False,
        "The conflict has killed more than 6,000 people since October 2017",
        BAT,
        CLASH,
        actor1=ISM + FADM,
        actor2=FADM + RDF + CIV,
        location=CABO,
        date=D("2017-10-01", "2025-09-30"),
        killed=R(6001, None),
        source=CW,
        aggregate=True,
    ),
    # no gold: the method note, "Confirmed in part", "Disputed", "Unverified", "praise be to Allah", "seized their
    # weapons" (inside the clash), "heavy gunfire that afternoon" (the same clash, no new fact), "no report of a
    # killing" (a police statement of no knowledge, not a denial of an act), "its highest monthly tally since March"
]
DOCS.append(
    (
        "dev-z-12",
        "Cabo Watch (weekly claims check)",
        "2025-09-30",
        "insurgent group's numbered claims reproduced and checked",
        "Mozambique/Cabo Delgado: a village attack claimed as six dead and checked as four 'about 15 km west of "
        "Macomia town' 'on the night of Tuesday 23 September', a clash claimed as eight dead and 'wounding others' and "
        "told by the Rwandan army as 11 insurgents dead with 'no casualties', an execution claim police cannot "
        "confirm, a roadside bomb claimed and confirmed ('wounding two soldiers'), an unconfirmed abduction, a base "
        "handed over, a month's claims, a toll since 2017",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-z-12", "30 September 2025", "2025-09-30", "Tuesday"),
    ("dev-z-12", "on Saturday morning / released 27 September (end of the range)", "2025-09-27", "Saturday"),
    ("dev-z-12", "On Friday", "2025-09-26", "Friday"),
    ("dev-z-12", "on Thursday", "2025-09-25", "Thursday"),
    ("dev-z-12", "the night of Tuesday 23 September", "2025-09-23", "Tuesday"),
    ("dev-z-12", "week of 22-28 September (start)", "2025-09-22", "Monday"),
]

# =============================================================================
# dev-z-13  police spokesman's press release — Haiti's Port-au-Prince area: Carrefour-Feuilles, Kenscoff, the Route de Tabarre and Tabarre, Village de Dieu, Delmas 32 (Thu 20 Nov 2025)
# =============================================================================
T13 = """PNH: nine gang members killed in Carrefour-Feuilles operation; kidnappers arrested in Tabarre

Haitian National Police (PNH) | Office of the Spokesperson | Press release No. 112/2025 | Port-au-Prince, 20 November 2025

The Haitian National Police (PNH) informs the public of the results of operations carried out in the metropolitan area over the past 72 hours.

1. On Tuesday 18 November, specialised units of the PNH, supported by the Gang Suppression Force (GSF), conducted an operation against the "Grand Ravine" gang in Carrefour-Feuilles. At least nine armed bandits were killed and several others wounded. Two police officers were lightly injured. The units seized three assault rifles and 1,200 rounds of ammunition.

2. On the night of Wednesday 19 November, armed individuals attacked the Kenscoff police sub-station with automatic weapons and tried to set it on fire. The officers on duty repelled the attack. No police officer was injured.

3. On Monday 17 November, four people, including two nurses, were kidnapped by members of the "Kraze Baryè" gang on the Route de Tabarre. Acting on intelligence, an anti-kidnapping unit (BLTS) freed all four hostages on Wednesday in Tabarre and arrested two suspects, one of them a gang member known as "Ti Chouchou".

4. On Sunday 16 November, a drone operated by the government task force struck a meeting of leaders of the "5 Segonn" gang in Village de Dieu, killing several bandits. The PNH has taken note of claims by the Collective for Human Rights Defence (CDDH) that eight civilians, including three children, were killed in the strike. The PNH rejects these allegations, which are based on information spread by the gangs themselves.

5. On Wednesday afternoon, around 200 people erected barricades of burning tyres on Delmas 32 and threw stones at a police patrol, protesting against the killing of a motorcycle taxi driver by unidentified gunmen. Police dispersed the crowd with tear gas. No one was seriously hurt.

Since 1 November, PNH operations have killed 47 gang members and led to 63 arrests. The PNH will pursue the bandits "until the last one" and calls on the population to keep providing information through its hotline.

Commissaire Jean-Robert Lafleur, PNH spokesperson
"""

PNH = ["Haitian National Police", "PNH", "Police Forces of Haiti", "police", "specialised units", "police officers",
       "officers", "police patrol", "Police"]
GSF = ["Gang Suppression Force", "GSF"]
TASKFORCE13 = ["government task force", "task force", "Haitian government", "Government of Haiti"] + PNH
GRAND_RAVINE = ["Grand Ravine", "Grand Ravine gang", "armed bandits", "bandits", "gang members", "gang", "Viv Ansanm"]
KRAZE = ["Kraze Baryè", "Kraze Barye", "gang", "kidnappers", "Viv Ansanm", "two suspects", "Ti Chouchou"]
SEGONN = ["5 Segonn", "5 Segonn gang", "Cinq Secondes", "gang leaders", "bandits", "Viv Ansanm", "gang"]
CARREFOUR_F = L(["Carrefour-Feuilles", "Carrefour Feuilles", "Port-au-Prince"], 18.53, -72.35, "HT")
KENSCOFF = L(["Kenscoff", "Kenscoff police sub-station"], 18.45, -72.29, "HT")
TABARRE = L(["Tabarre", "Route de Tabarre"], 18.57, -72.27, "HT")
VILLAGE_DIEU = L(["Village de Dieu", "Port-au-Prince"], 18.54, -72.35, "HT")
DELMAS = L(["Delmas 32", "Delmas"], 18.55, -72.30, "HT")
PAP = L(["metropolitan area", "Port-au-Prince"], 18.54, -72.34, "HT")
PNHSRC = ["Haitian National Police", "PNH", "Jean-Robert Lafleur", "PNH spokesperson", "police", "author"]
E13 = [
    # an operation against a gang with deaths on both sides' counts: "At least nine" bandits killed (one side) ->
    # 9..open; "several others wounded" (3..open) and "Two police officers" -> injured 5..open; "On Tuesday 18
    # November"; the count sentence a non-core copy
    E(
        True,
        "specialised units of the PNH, supported by the Gang Suppression Force (GSF), conducted an operation against the \"Grand Ravine\" gang in Carrefour-Feuilles",
        BAT,
        CLASH,
        actor1=PNH + GSF + GRAND_RAVINE,
        actor2=GRAND_RAVINE + PNH + GSF,
        location=CARREFOUR_F,
        date=D("2025-11-18"),
        killed=R(9, None),
        injured=R(5, None),
        source=PNHSRC,
    ),
    E(
        False,
        "At least nine armed bandits were killed and several others wounded",
        BAT,
        CLASH,
        actor1=PNH + GSF,
        actor2=GRAND_RAVINE,
        location=CARREFOUR_F,
        date=D("2025-11-18"),
        killed=R(9, None),
        injured=R(3, None),
        source=PNHSRC,
    ),
    # an armed attack on a police post repelled -> Battles; "On the night of Wednesday 19 November" -> 19-20;
    # "No police officer was injured" (one group) -> no number field
    E(
        True,
        "armed individuals attacked the Kenscoff police sub-station with automatic weapons and tried to set it on fire",
        BAT,
        CLASH,
        actor1=UNK + ["armed individuals", "gang"] + PNH,
        actor2=PNH + ["Kenscoff police sub-station", "police sub-station"] + UNK,
        location=KENSCOFF,
        date=D("2025-11-19", "2025-11-20"),
        source=PNHSRC,
    ),
    # "On Monday 17 November"; abductees are no casualties
    E(
        True,
        "four people, including two nurses, were kidnapped by members of the \"Kraze Baryè\" gang on the Route de Tabarre",
        VAC,
        ABDUCT,
        actor1=KRAZE,
        actor2=CIV + ["four people", "two nurses", "nurses"],
        location=TABARRE,
        date=D("2025-11-17"),
        source=PNHSRC,
    ),
    # the rescue's arrests -> Arrests; "on Wednesday" -> 19 November; the freeing itself is inside it
    E(
        True,
        "an anti-kidnapping unit (BLTS) freed all four hostages on Wednesday in Tabarre and arrested two suspects",
        STR,
        ARRESTS,
        actor1=PNH + ["anti-kidnapping unit", "BLTS"],
        actor2=KRAZE,
        location=TABARRE,
        date=D("2025-11-19"),
        source=PNHSRC,
    ),
    # one strike, two objects and two tolls by two sources (the police's gang meeting with "several bandits" ->
    # 3..open / the CDDH's eight civilians) -> one core event per version; the police's rejection -> non-core denied
    E(
        True,
        "a drone operated by the government task force struck a meeting of leaders of the \"5 Segonn\" gang in Village de Dieu, killing several bandits",
        EXP,
        AIR,
        actor1=TASKFORCE13,
        actor2=SEGONN,
        location=VILLAGE_DIEU,
        date=D("2025-11-16"),
        killed=R(3, None),
        source=PNHSRC,
    ),
    E(
        True,
        "eight civilians, including three children, were killed in the strike",
        EXP,
        AIR,
        actor1=TASKFORCE13,
        actor2=CIV + ["eight civilians", "three children"],
        location=VILLAGE_DIEU,
        date=D("2025-11-16"),
        killed=R(8),
        source=["Collective for Human Rights Defence", "CDDH"],
    ),
    E(
        False,
        "The PNH rejects these allegations, which are based on information spread by the gangs themselves",
        EXP,
        AIR,
        actor1=TASKFORCE13,
        actor2=CIV,
        location=VILLAGE_DIEU,
        date=D("2025-11-16"),
        source=PNHSRC,
        status="denied",
    ),
    # burning barricades and stones at a patrol -> Riots/Violent demonstration; "No one was seriously hurt" -> no
    # number field; "On Wednesday afternoon" -> 19 November; the taxi driver's killing (a motive, no time or place of
    # its own) -> no gold
    E(
        True,
        "around 200 people erected barricades of burning tyres on Delmas 32 and threw stones at a police patrol",
        RIOT,
        VIOLENT,
        actor1=["rioters", "around 200 people", "crowd"] + PROTESTERS,
        actor2=PNH,
        location=DELMAS,
        date=D("2025-11-19"),
        source=PNHSRC,
    ),
    # the month's count -> aggregate; the vow -> planned
    E(
        False,
        "Since 1 November, PNH operations have killed 47 gang members and led to 63 arrests",
        BAT,
        CLASH,
        actor1=PNH,
        actor2=["gang members", "gangs", "bandits", "Viv Ansanm"],
        location=PAP,
        date=D("2025-11-01", "2025-11-20"),
        killed=R(47),
        source=PNHSRC,
        aggregate=True,
    ),
    E(
        False,
        "The PNH will pursue the bandits \"until the last one\"",
        BAT,
        CLASH,
        actor1=PNH,
        actor2=["bandits", "gangs", "Viv Ansanm"],
        location=PAP,
        source=PNHSRC,
        status="planned",
    ),
    # no gold: the 72-hour frame, the seized weapons, "The officers on duty repelled the attack" (inside the attack),
    # "the killing of a motorcycle taxi driver by unidentified gunmen" (a motive with no time or place), the tear gas
    # (inside the riot), the hotline
]
# the headline's copies
E13 += [
    E(False, "nine gang members killed in Carrefour-Feuilles operation", BAT, CLASH, actor1=PNH + GSF,
      actor2=GRAND_RAVINE, location=CARREFOUR_F, date=D("2025-11-18"), killed=R(9), source=PNHSRC),
    E(False, "kidnappers arrested in Tabarre", STR, ARRESTS, actor1=PNH, actor2=KRAZE, location=TABARRE,
      date=D("2025-11-19"), source=PNHSRC),
]
DOCS.append(
    (
        "dev-z-13",
        "Haitian National Police (press release)",
        "2025-11-20",
        "police spokesman's press release",
        "Haiti/Port-au-Prince: an operation in Carrefour-Feuilles with 'At least nine' bandits killed, 'several' "
        "wounded and two officers hurt, an attack on the Kenscoff sub-station 'On the night of Wednesday 19 November' "
        "('No police officer was injured'), a kidnapping on the Route de Tabarre and the arrests at the rescue, a "
        "drone strike told by the police ('several bandits') and by a rights group (eight civilians) with the police's "
        "rejection, a riot with burning barricades ('No one was seriously hurt'), a month's count, a vow",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-z-13", "20 November 2025 / night of Wednesday (end)", "2025-11-20", "Thursday"),
    ("dev-z-13", "Wednesday 19 November / on Wednesday / On Wednesday afternoon", "2025-11-19", "Wednesday"),
    ("dev-z-13", "On Tuesday 18 November", "2025-11-18", "Tuesday"),
    ("dev-z-13", "On Monday 17 November", "2025-11-17", "Monday"),
    ("dev-z-13", "On Sunday 16 November", "2025-11-16", "Sunday"),
]

# =============================================================================
# dev-z-14  UN agency's flash update — Sudan's North Darfur: El Fasher and Abu Shouk camp on its northern edge, Kutum, the road to Tawila about 20 km west of El Fasher (Thu 14 Aug 2025)
# =============================================================================
T14 = """SUDAN: El Fasher and surroundings - Flash Update No. 9 (14 August 2025)

United Nations Office for the Coordination of Humanitarian Affairs (OCHA) | Port Sudan | Issued 14 August 2025

This update covers 7 to 13 August. Figures come from partners and local responders and could not be independently verified by the UN.

KEY DEVELOPMENTS
- On 11 August, Rapid Support Forces (RSF) fighters stormed Abu Shouk camp for internally displaced people, on the northern edge of El Fasher, killing between 30 and 40 civilians, according to the local Emergency Response Room (ERR). Survivors said fighters went from shelter to shelter shooting men and teenage boys. The RSF said its forces had attacked "positions of the army's allied militias" inside the camp and denied harming civilians.
- The same day, RSF fighters looted and burned a nutrition centre run by a partner in Abu Shouk.
- On 9 August, a drone struck the main livestock market in El Fasher, killing or injuring at least 27 people. No party claimed the strike; local sources attributed it to the RSF.
- On 8 August, Sudanese Armed Forces (SAF) aircraft reportedly bombed the weekly market in Kutum, in the RSF-held north-west of the state. Local sources reported 12 dead. A SAF spokesperson said its aircraft had struck "RSF fuel and weapons depots" in Kutum.
- On 10 August, RSF fighters took away about 30 men from a group of displaced people at a checkpoint west of El Fasher. Their whereabouts are unknown.
- On 12 August, armed men in RSF uniforms stopped a group of women and girls fleeing towards Tawila about 20 km west of El Fasher and raped at least five of them, a protection partner reported.
- Fighting between the SAF, supported by the allied Joint Forces, and the RSF continued on El Fasher's southern and eastern fronts on 13 August. The SAF's 6th Infantry Division said it had killed "dozens" of RSF fighters.

HUMANITARIAN IMPACT
- An estimated 9,000 people fled Abu Shouk towards Tawila between 11 and 13 August.
- Since the RSF siege of El Fasher began in May 2024, partners have recorded more than 1,500 civilian deaths in the city.
- If the road to Tawila remains closed, partners warn that food stocks in El Fasher could run out within weeks.
"""

RSF = ["Rapid Support Forces", "RSF", "RSF fighters", "its forces", "armed men in RSF uniforms"]
SAF = ["Sudanese Armed Forces", "SAF", "Military Forces of Sudan", "SAF aircraft", "its aircraft",
       "6th Infantry Division", "Sudanese army"]
JOINTF = ["Joint Forces", "allied Joint Forces", "army's allied militias", "allied militias",
          "Darfur Joint Protection Force"]
IDPS = CIV + ["internally displaced people", "displaced people", "Abu Shouk camp", "men and teenage boys"]
# "Abu Shouk camp ..., on the northern edge of El Fasher" -> El Fasher's point
ABU_SHOUK = L(["Abu Shouk", "Abu Shouk camp", "Abu Shouk camp for internally displaced people",
               "northern edge of El Fasher", "El Fasher", "al-Fashir"], 13.63, 25.35, "SD")
EL_FASHER = L(["El Fasher", "al-Fashir", "El Fasher's southern and eastern fronts", "main livestock market"], 13.63,
              25.35, "SD")
# "a checkpoint west of El Fasher" (no distance) -> El Fasher's point
CHECKPOINT_W = L(["checkpoint west of El Fasher", "west of El Fasher", "El Fasher"], 13.63, 25.35, "SD")
KUTUM = L(["Kutum", "Kotum", "weekly market in Kutum", "North Darfur"], 14.20, 24.67, "SD")
# "fleeing towards Tawila about 20 km west of El Fasher" -> LKM from El Fasher
TAWILA_RD = LKM(["west of El Fasher", "road to Tawila", "Tawila", "El Fasher"], 13.63, 25.35, 20, 270, "SD")
OCHA = ["OCHA", "United Nations Office for the Coordination of Humanitarian Affairs", "United Nations", "the UN",
        "author"]
ERR = ["Emergency Response Room", "ERR", "local Emergency Response Room"]
E14 = [
    # an assault on a camp's residents -> Violence against civilians; "between 30 and 40 civilians" -> 30..40;
    # "on the northern edge of El Fasher" -> the city; the survivors' telling a non-core copy; the RSF names another
    # object ("positions of the army's allied militias") -> a core Battles event of its own; its denial a non-core
    # denied copy
    E(
        True,
        "Rapid Support Forces (RSF) fighters stormed Abu Shouk camp for internally displaced people, on the northern edge of El Fasher, killing between 30 and 40 civilians",
        VAC,
        ATTACK,
        actor1=RSF,
        actor2=IDPS,
        location=ABU_SHOUK,
        date=D("2025-08-11"),
        killed=R(30, 40),
        source=ERR + OCHA,
    ),
    E(
        False,
        "Survivors said fighters went from shelter to shelter shooting men and teenage boys",
        VAC,
        ATTACK,
        actor1=RSF,
        actor2=IDPS,
        location=ABU_SHOUK,
        date=D("2025-08-11"),
        source=["Survivors", "survivors"],
    ),
    E(
        True,
        "its forces had attacked \"positions of the army's allied militias\" inside the camp",
        BAT,
        CLASH,
        actor1=RSF,
        actor2=JOINTF + SAF,
        location=ABU_SHOUK,
        date=D("2025-08-11"),
        source=["Rapid Support Forces", "RSF"],
    ),
    E(
        False,
        "denied harming civilians",
        VAC,
        ATTACK,
        actor1=RSF,
        actor2=IDPS,
        location=ABU_SHOUK,
        date=D("2025-08-11"),
        source=["Rapid Support Forces", "RSF"],
        status="denied",
    ),
    # looting after the assault, its own object in its own item -> Looting/property destruction; "The same day" ->
    # 11 August
    E(
        True,
        "RSF fighters looted and burned a nutrition centre run by a partner in Abu Shouk",
        STR,
        LOOT,
        actor1=RSF,
        actor2=CIV + ["nutrition centre", "partner", "humanitarian partner"],
        location=ABU_SHOUK,
        date=D("2025-08-11"),
        source=OCHA,
    ),
    # "killing or injuring at least 27 people" -> casualties 27..open; no claim, attributed to the RSF by local
    # sources -> the RSF plus unknown
    E(
        True,
        "a drone struck the main livestock market in El Fasher, killing or injuring at least 27 people",
        EXP,
        AIR,
        actor1=UNK + RSF,
        actor2=CIV + ["main livestock market", "livestock market", "people"],
        location=EL_FASHER,
        date=D("2025-08-09"),
        casualties=R(27, None),
        source=OCHA + ["local sources"],
    ),
    # "reportedly bombed" -> the SAF plus unknown (as dev_r's "reportedly by"); the dead a sentence later (12) ->
    # folded in; the SAF names another object ("RSF fuel and weapons depots") -> a core event of its own
    E(
        True,
        "Sudanese Armed Forces (SAF) aircraft reportedly bombed the weekly market in Kutum, in the RSF-held north-west of the state",
        EXP,
        AIR,
        actor1=SAF + UNK,
        actor2=CIV + ["weekly market", "market"],
        location=KUTUM,
        date=D("2025-08-08"),
        killed=R(12),
        source=["Local sources", "local sources"] + OCHA,
    ),
    E(
        True,
        "its aircraft had struck \"RSF fuel and weapons depots\" in Kutum",
        EXP,
        AIR,
        actor1=SAF,
        actor2=RSF + ["RSF fuel and weapons depots", "depots"],
        location=KUTUM,
        date=D("2025-08-08"),
        source=["SAF spokesperson"] + SAF,
    ),
    # men taken away at a checkpoint, whereabouts unknown -> Abduction/forced disappearance; "about 30" -> no
    # number field
    E(
        True,
        "RSF fighters took away about 30 men from a group of displaced people at a checkpoint west of El Fasher",
        VAC,
        ABDUCT,
        actor1=RSF,
        actor2=CIV + ["about 30 men", "men", "displaced people"],
        location=CHECKPOINT_W,
        date=D("2025-08-10"),
        source=OCHA,
    ),
    # rapes by men in RSF uniforms -> Sexual violence, the RSF plus unknown; "at least five" victims of rape -> no
    # number field; "about 20 km west of El Fasher" -> LKM
    E(
        True,
        "armed men in RSF uniforms stopped a group of women and girls fleeing towards Tawila about 20 km west of El Fasher and raped at least five of them",
        VAC,
        SEXUAL,
        actor1=RSF + UNK + ["armed men"],
        actor2=CIV + ["women and girls", "women", "girls"],
        location=TAWILA_RD,
        date=D("2025-08-12"),
        source=["protection partner"] + OCHA,
    ),
    # front-line fighting on one day with one side's claim ("dozens" -> 24..open) a sentence later -> folded in, a
    # non-core copy
    E(
        True,
        "Fighting between the SAF, supported by the allied Joint Forces, and the RSF continued on El Fasher's southern and eastern fronts on 13 August",
        BAT,
        CLASH,
        actor1=SAF + JOINTF + RSF,
        actor2=RSF + SAF + JOINTF,
        location=EL_FASHER,
        date=D("2025-08-13"),
        killed=R(24, None),
        source=OCHA + ["6th Infantry Division", "SAF"],
    ),
    E(
        False,
        "The SAF's 6th Infantry Division said it had killed \"dozens\" of RSF fighters",
        BAT,
        CLASH,
        actor1=SAF,
        actor2=RSF,
        location=EL_FASHER,
        date=D("2025-08-13"),
        killed=R(24, None),
        source=["6th Infantry Division", "SAF", "Sudanese Armed Forces"],
    ),
    # the count since the siege began -> aggregate ("more than 1,500" -> 1501..open); the siege itself (a state) and
    # the displacement -> no gold; the partners' conditional (no act of violence) -> no gold
    E(
        False,
        "partners have recorded more than 1,500 civilian deaths in the city",
        VAC,
        ATTACK,
        actor1=RSF + SAF,
        actor2=CIV,
        location=EL_FASHER,
        date=D("2024-05-01", "2025-08-14"),
        killed=R(1501, None),
        source=["partners"] + OCHA,
        aggregate=True,
    ),
    # no gold: the method note, "No party claimed the strike", "Their whereabouts are unknown", the displacement
    # figure, the siege "since ... May 2024", the warning about food stocks
]
DOCS.append(
    (
        "dev-z-14",
        "OCHA (flash update)",
        "2025-08-14",
        "UN agency's flash update",
        "Sudan/North Darfur: an RSF assault on Abu Shouk camp 'on the northern edge of El Fasher' ('between 30 and 40 "
        "civilians') with the RSF's 'positions of the army's allied militias' and its denial, looting 'The same day', "
        "a drone on a market ('killing or injuring at least 27'), a SAF strike on Kutum 'reportedly' with 12 dead and "
        "the SAF's 'fuel and weapons depots', about 30 men taken away, rapes 'about 20 km west of El Fasher', "
        "front-line fighting with the SAF's 'dozens', a count since May 2024, displacement and a conditional (no gold)",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-z-14", "14 August 2025", "2025-08-14", "Thursday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_z", check_z, strip_text=True)


if __name__ == "__main__":
    main()
