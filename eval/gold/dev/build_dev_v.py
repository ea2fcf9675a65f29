"""Writes dev_v.gold.jsonl: fourteen development articles, nine from the Middle East - Iraq's western Anbar (the Wadi
Houran desert, a dirt track about 20 km south of al-Qaim, Husaybah, Rawa), Syria's Hama and Homs countryside (the
Salamiyah-Hama road, the outskirts of Morek, Talbiseh, Hawsh al-Sayyed Ali in the Qusayr countryside), Syria's
Hasakah and Qamishli (the Qamishli-Amuda road, the Swediya area, the Tal Tamr countryside, al-Shaddadi, the outskirts
of al-Hol camp), Iraq's Sulaymaniyah and Halabja (the Said Sadiq-Halabja road, Penjwen, Arbat, Sulaymaniyah city,
Halabja), Gaza City and Jabalia (Jabalia camp, Beit Lahia; Sderot across the fence), the West Bank's Qalqilya and
Ramallah (al-Bireh by the Jalazone camp, Azzun, Kafr Qaddum), south Lebanon's Tyre coast (the Qasmiyeh bridge about
8 km north of Tyre, Burj al-Shemali, the sea off Naqoura, the Rashidieh camp, Tyre), Yemen's Hodeidah and Hajjah (the
Ras Isa port, Hays district, the Haradh-Abs road, Haradh's border villages, Hodeidah city) and Iran's Khuzestan
(Hamidiyeh about 25 km west of Ahvaz, Susangerd, near Omidiyeh; Mahshahr in 2019) - and five from elsewhere - Burkina
Faso's Centre-Nord (Bourzanga, a cattle market about 10 km north of Barsalogho, the Pissila area, the Kaya-Barsalogho
road), Nigeria's Zamfara and Katsina (Tsafe, Faskari, Maru and Danmusa LGAs, the Gusau-Funtua highway), Cameroon's
North-West (the Kumbo-Jakiri road, Kumbo's Tobin quarter, Ndop, Ndu; Kwakwa in 2018), Sudan's North Darfur (Zamzam
camp some 15 km south of El Fasher, Abu Shouk camp, the road to Tawila, Kabkabiya) and Colombia's Catatumbo (Campo Dos
in Tibú, the rural area of El Tarra, near Hacarí, Sardinata, Teorama and Convención) - published 2024-2026, written
for this project in our own words, with hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs, the other gold sets or their builders. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers - KM, LKM, the windowed check -, checks and conventions this file follows; dev_r's own
docstring is the only source for the conventions it inherits from dev_q and earlier). goldkit.py is copied beside
this file unchanged.

One voice and layout per article, the outlet kinds chosen to differ from each other (and from dev_r's): a state news
agency dispatch, an NGO's monthly casualty report, an armed group's communiqué, a local radio bulletin transcript, a
live blog, a government ministry's press release, a newspaper round-up under town datelines, an INGO humanitarian
flash update, an investigative piece, a wire story, a regional daily, a fact-check, UN human rights briefing notes
and an army press release:
(1) an Iraqi state agency: an F-16 strike in Wadi Houran "at dawn on Monday" (five dead, then "the bodies of seven"),
a roadside bomb "about 20 km south of al-Qaim" and two bombs dismantled "later", an arrest "said on Saturday", a
peaceful gathering in Rawa, a vow and a conditional threat, 2017 background, a year's count, two headline copies;
(2) a Syrian NGO's monthly report: a month's toll, a family of three ("a 52-year-old man, his wife and their
19-year-old son") shot by "either" former-regime militias "or" affiliated factions, a war-remnant mine ("two brothers
aged 14 and 16", "On the night of 11-12 May"), a raid with "at least 12" detained, a death in custody told by
relatives and denied by the ministry, a cross-border exchange of fire whose dead come from two sources, a count since
December 2024, a metaphor, a conditional; (3) the SDF's statement: three days of "aggression", a drone on a car
("martyring two of our fighters and the civilian driver") and the Turkish version told only as "a lie", warplanes on a
power station ("nobody was harmed"), two days of shelling near Tal Tamr, a raid with the coalition "On Friday night"
(a leader killed, two arrested), an ISIS attack "At dawn today" with both sides counted, a conditional threat; (4) a
Sulaymaniyah radio bulletin: a drone "Turkish or Iranian" on a pick-up "last night", Iranian shelling near Penjwen
("nobody was killed or injured") and Iranian media's other object, arrests "on Monday", a peaceful march, tear gas in
Halabja (six "treated for breathing difficulties"), a union's conditional plan, Halabja 1988 as background, a
metaphor; (5) a live blog in reverse order: a strike on a family home "overnight" ("At least 12", then 17 two entries
up) and the IDF's "Hamas terrorist cell", a Qassam claim on a tank ("killing and wounding its crew"), a launch toward
Sderot claimed by the al-Quds Brigades and its interception ("No injuries were reported"), an official's "no
information", two tallies, a warning, a metaphor; (6) the Palestinian foreign ministry: an "execution" in al-Bireh
with the army's version told only as a "fabricated narrative", settler arson in Azzun ("the family inside escaped
unharmed"), live fire on Kafr Qaddum's march ("three young men", "dozens of suffocation cases"), two tallies, a
conditional, a planned outpost; (7) a Tyre round-up: a drone strike "about 8 km north of Tyre" told as a driver and as
"a Hezbollah terrorist", a stun grenade dropped by a drone ("No one was hurt"), gunboat fire on fishermen ("nobody was
wounded"), arrests "the day before yesterday", March launches and Hezbollah's denial, a sit-in, the ceasefire and a
tally, a vow, a conditional threat, a columnist's metaphor; (8) an INGO flash update: US strikes on Ras Isa "On the
night of 17 April" (74, then "at least 80") with CENTCOM's fuel-source telling, shelling on a market in Hays with no
shooter and a blame, a mine "killing or injuring nine passengers", near-daily Saudi fire, UN staff detained, the 2018
agreement, a fear, a non-violent outlook; (9) an investigation: a summer's protests, fire on a crowd in Hamidiyeh
"about 25 km west of Ahvaz" by "either police special units or Basij militiamen", the officials' other killer and
their "rioters", detentions "In the following days", a pipeline blast with a doubted claim, Mahshahr 2019 ("dozens"),
a conditional, a metaphor; (10) a wire story: an attack on Bourzanga in three versions ("at least 15" / "more than 40"
/ "several losses"), a drone strike told as a cattle market and as "terrorists on motorcycles", an abduction "On
Saturday night", a bomb "causing only material damage", Barsalogho 2024 ("hundreds"), a promise, a conditional; (11) a
Nigerian daily: eleven killed "on Sunday night" with "a 70-year-old village head, his son and two grandchildren",
abductions counted two ways, a highway blocked with burning tyres and cleared with tear gas, a clash with one side's
dead ("neutralised" / "paid the supreme price"), an air strike told as "scores of terrorists" and as seven villagers, a
peace deal "last week", a tally, a conditional threat, a metaphor; (12) a fact-check: an ambush in two versions (two
dead and three wounded / a separatist page's 15), an old video and a real burning denied by the army with a
counter-blame, a beheading rated FALSE, an abduction rated UNPROVEN, a conflict toll, a lockdown threat; (13) OHCHR
briefing notes: the RSF assault on Zamzam with two tolls ("at least 89" / "more than 400"), the shelling before it, the
RSF's "liberated" and its denial, Abu Shouk shelled "reportedly by the RSF", sexual-violence cases, detentions at
checkpoints, an air strike "attributed by local sources to" the SAF ("some 20"), an announcement, a conditional; (14)
a Colombian army release: a fight at Campo Dos with both sides counted, a drone attack by "either the ELN or" the 33rd
Front, a mine under a farmer, a capture, a week's mines destroyed, the ELN's claim told only as rejected, a toll since
January 16, a vow.
The incidents are invented or composite, with invented names of people, outlets and some sites; the gold encodes what
each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words; check_v below
adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article, as dev_r's check_r.

Run:  python3 build_dev_v.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it dev_q to dev_c), kept unchanged - among them
"No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only, a remark about one group
("no civilians were hurt") -> no number field; "dozens" 24..open; "several" 3..open; "at least N" N..open, and "at
least N" later raised -> N..open; "killed or wounded some 45" -> casualties 45..45; one side's count in a clash ->
N..open, both sides told -> exact; each side's dead from a different source -> summed; a toll told later or revised ->
folded into the core event, the other figures non-core copies; "neutralised" -> no number field; "N km <direction> of
X" -> LKM; "on the outskirts of Y" / "near Y" -> Y's point; countrysides, districts, LGAs, corregimientos, deserts,
border strips and long roads between towns -> names and country; "overnight" / "last night" / "on X night" -> both
days; "last week" -> Monday to Sunday; "Over the past week" -> the eight days up to publication; uncertain or blamed
perpetrators -> every alternative plus unknown, a blame a non-core copy with its own actor1; "reportedly by X" -> X
plus unknown, status occurred; a party's claim -> core, occurred, sourced to it; another object named by the other
side -> one core event per version; the same object told two ways -> one core event, the other telling a non-core
copy; abductees and detainees are no casualties; headlines that state an event -> non-core copies; denials, plans,
threats (an actor's own conditional threat -> planned), others' conditionals (hypothetical), aggregates and background
-> non-core; a communiqué, release or statement written by a party -> that party's names plus "author" as source.
Added or made explicit here:
- A toll revised by the same source from one exact figure to a higher exact one ("killing five", then "the bodies of
  seven") -> killed 5..7 on the core (as dev_r's 2..3); an exact figure raised to "at least N" (74, then "at least
  80") -> 74..open.
- "killing and wounding its crew" (a claim with no count) -> no number field.
- "nobody was harmed", "nobody was killed or injured", "causing only material damage" -> killed and injured 0..0;
  "nobody was wounded" -> injured 0..0 only; "the family inside escaped unharmed" (one group) -> no number field.
- Only tear-gas cases ("six people were treated for breathing difficulties") -> injured 0..6; wounded plus "dozens of
  suffocation cases" -> injured N..open (dev_r: gas cases may count).
- "hundreds" dead -> 200..open; "scores" -> 40..open (a score is 20, the plural at least two); "some 20" -> 20..20
  (as "some 45"); "several losses in our ranks" (unsplit) -> casualties 3..open.
- "said on Saturday that they had arrested" with no other anchor -> the seven days up to that Saturday; "In the
  following days" -> the seven days after the anchor; a bombing's bombs dismantled "later" -> the anchor day to
  publication; a radio bulletin's item in a section dated "yesterday" with no day of its own -> yesterday and today;
  "For three weeks this summer" (an aggregate) -> 1 July to publication.
- A version told only through another party's rejection (the Turkish "weapons for the PKK" called "a lie", the army's
  "fabricated narrative" that a man threw an explosive device, the ELN's claim of a bombed house) -> a non-core denied
  event of that version's own type and actors, the rejecting party as source; the victim's side of the same act stays
  the core event.
- A death in custody told by relatives and denied by the ministry -> the relatives' telling core (occurred, sourced to
  them, the town the case belongs to), the denial a non-core denied copy.
- Fact-check verdicts: a claim rated FALSE -> one non-core denied event sourced to the fact-checker; a specific event
  rated UNPROVEN -> core, status possible; a claim rated MISLEADING whose event did happen with other numbers -> one
  core event per version (the fact-checker's sources' / the claimant's); an old video misattributed -> a non-core
  background event at the video's own place and year; an outlet's doubt ("We found no video", a copied claim) -> no
  change of status.
- A raid that kills a cell leader and detains two others -> Battles/Armed clash (killed 1) plus a core Arrests event
  of its own.
- Two days of shelling on one countryside told as one act with one toll -> one core event over both days.
- Shelling of a camp "for hours before the ground assault", told by survivors -> a core Shelling event of its own (a
  second act and type), with no toll; the assaulting party's "liberated ... from armed militias" -> a core Non-state
  actor overtakes territory (another object), its "denied targeting civilians" a non-core denied copy.
- A cross-border exchange of fire that kills a shepherd and wounds four civilians -> Battles/Armed clash carrying the
  bystanders' toll, the clan dead from another source summed in.
- Settler arson with no one hurt -> Strategic developments/Looting/property destruction (soldiers who "protected" them
  among actor1's alternatives); a settlers' announced outpost -> Strategic developments/Other, planned (not a military
  base).
- A road blocked with burning tyres and cleared with tear gas -> Protests/Protest with intervention (the tyres are the
  blockade; no one else's property is attacked); live fire on a weekly march with a head wound -> Excessive force
  against protesters.
- A stun grenade dropped by a drone -> Air/drone strike (any drone strike), unknown plus the implied state; naval
  gunfire on fishing boats -> Violence against civilians/Attack, the nearby town's point for a spot "two nautical miles
  off" it.
- Iranian media's "headquarters of counter-revolutionary groups" for shelling a mayor describes as hitting slopes
  above villages -> another object, one core event per version.
- An official's "no information" about hurt soldiers -> no gold (neither an act nor a denial).
- Abductions counted two ways ("more than 50" / "about 20") -> one core event with both sources, no number field.
- An official account of the same death with another killer ("an unknown gunman among the rioters") -> a non-core copy;
  the same officials' arson and attack on a police station (another object) -> a core Riots/Violent demonstration.
- Sexual violence counted over several days along a road ("at least 16 cases") -> a non-core aggregate.
- A corregimiento's or municipality's "rural area" -> names and country.
- No gold: displacement and aid figures, "exploited by rioters"-style labels, metaphors ("a powder keg with a short
  fuse", "live between two fires", "a ceiling of buzzing engines", "left to the mercy of wolves", "sitting on oil and
  dying of thirst"), weather, a museum opening, declared lockdowns and policies, rescue deployments, "could not verify"."""

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
    EXCESSIVE,
    EXP,
    GOVREGAIN,
    IED,
    INTERVENTION,
    LOOT,
    OTHER,
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
# its 2024-01-01..2026-11-30 publication window (as dev_r).
check_v = windowed_check("2024-01-01", "2026-11-30", min_words=250)

SEXUAL = "Sexual violence"  # not among goldkit's short names
CHEM = "Chemical weapon"


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
# left out on purpose: the scorer matches by case-insensitive containment either way. Each list holds the canonical
# name, common abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities, camps and bases we can pin to ~0.05 degrees from our own knowledge; villages,
# districts, LGAs, valleys, deserts, mountain areas, border sectors, long roads and sites we cannot pin get names and
# a country only, unless the text places them by a distance and a direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = ["United States", "US forces", "U.S. forces", "US military", "U.S. military", "American",
       "Military Forces of the United States"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
PIJ = ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ", "al-Quds Brigades", "Al-Quds Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
IRAQSF = ["Iraqi army", "Iraqi security forces", "Military Forces of Iraq", "Iraqi forces"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-v-01  state news agency dispatch — Iraq/western Anbar: the Wadi Houran desert, a track about 20 km south of
# al-Qaim, Husaybah, Rawa (Tue 11 Mar 2025)
# =============================================================================
T01 = """Security Media Cell: F-16 strike kills five ISIS terrorists in Wadi Houran; two soldiers wounded near al-Qaim

Rafidain News Agency (RNA) | Baghdad | 11/3/2025

BAGHDAD (RNA) - Iraqi F-16 aircraft struck an ISIS hideout in the Wadi Houran desert, in western Anbar, at dawn on Monday, killing five terrorists, the Security Media Cell said in a statement received by RNA.

The statement said the strike was carried out on "accurate intelligence" from the Joint Operations Command and that the hideout, a network of caves, had been used to store weapons and to move fighters toward the Syrian border. In a second statement issued in the evening, the cell said ground forces who searched the site had found the bodies of seven terrorists, among them a senior official of the so-called "Wilayat al-Anbar".

In a separate incident, two soldiers of the Seventh Division were wounded on Sunday evening when a roadside bomb exploded beside their patrol about 20 km south of al-Qaim, a security source in the Anbar Operations Command told RNA. The source described the device as a leftover of "the terrorist gangs" and said engineering teams later dismantled two more bombs planted on the same dirt track.

Anbar police said on Saturday that they had arrested a wanted man in the Husaybah area of al-Qaim district who is accused of financing ISIS cells, under Article 4 of the Anti-Terrorism Law.

In the town of Rawa, dozens of residents gathered on Sunday in front of the district building to demand compensation for homes destroyed during the war. The gathering ended peacefully.

The commander of Anbar Operations, Staff Major General Saad Jabbar al-Mohammadi, said operations "will continue until the desert is cleansed of the last terrorist", adding that any attempt to cross the border "will be met with fire".

Al-Qaim was liberated from ISIS in November 2017, in one of the last battles of the war against the organisation. Security officials estimate that the group's remnants in the Anbar desert number no more than a few dozen, hiding in its vast valleys.

The Security Media Cell added that Iraqi aircraft have carried out 23 strikes on ISIS hideouts in Anbar, Salahuddin and Kirkuk since the start of the year.
"""

IQAF01 = IRAQSF + ["Iraqi F-16 aircraft", "F-16", "Iraqi aircraft", "Iraqi Air Force", "ground forces",
                   "Security Media Cell", "Joint Operations Command"]
IS01 = ISIS + ["ISIS terrorists", "terrorists", "ISIS hideout", "hideout", "ISIS cells", "terrorist gangs",
               "Wilayat al-Anbar"]
ARMY01 = IRAQSF + ["Seventh Division", "soldiers", "two soldiers", "patrol", "engineering teams",
                   "Anbar Operations Command"]
APOL01 = ["Anbar police", "police", "Police Forces of Iraq"]
HOURAN = L(["Wadi Houran", "Wadi Houran desert", "Wadi Horan", "western Anbar", "Anbar"], cc="IQ")
QAIM_S = LKM(["south of al-Qaim", "al-Qaim", "Al Qaim", "near al-Qaim"], 34.37, 41.09, 20, 180, "IQ")
HUSAYBAH = L(["Husaybah", "Husaybah area", "al-Qaim district", "al-Qaim", "Al Qaim"], 34.39, 40.99, "IQ")
RAWA = L(["Rawa", "town of Rawa", "district building"], 34.48, 41.92, "IQ")
QAIM = L(["al-Qaim", "Al Qaim"], 34.37, 41.09, "IQ")
ANBAR = L(["Anbar", "Anbar desert", "Anbar, Salahuddin and Kirkuk"], cc="IQ")
SMC = ["Security Media Cell", "Iraqi Security Media Cell", "Joint Operations Command"]
RNA = ["Rafidain News Agency", "RNA", "author"]
E01 = [
    # the strike's toll revised by the same source in a second statement (five, then "the bodies of seven") ->
    # killed 5..7 folded into the core event, the later figure a non-core copy (as dev_r's 2..3); "at dawn on
    # Monday" in a Tuesday dispatch -> 10 March; a desert valley -> names and country
    E(True, "Iraqi F-16 aircraft struck an ISIS hideout in the Wadi Houran desert, in western Anbar, at dawn on Monday, killing five terrorists",
      EXP, AIR, actor1=IQAF01, actor2=IS01, location=HOURAN, date=D("2025-03-10"), killed=R(5, 7),
      source=SMC + RNA),
    E(False, "ground forces who searched the site had found the bodies of seven terrorists", EXP, AIR, actor1=IQAF01,
      actor2=IS01, location=HOURAN, date=D("2025-03-10"), killed=R(7), source=SMC),
    # a roadside bomb on a patrol; "about 20 km south of al-Qaim" -> LKM; the source's "leftover of the terrorist
    # gangs" blames ISIS -> ISIS plus unknown; "on Sunday evening" -> 9 March
    E(True, "two soldiers of the Seventh Division were wounded on Sunday evening when a roadside bomb exploded beside their patrol about 20 km south of al-Qaim",
      EXP, IED, actor1=UNK + IS01, actor2=ARMY01, location=QAIM_S, date=D("2025-03-09"), injured=R(2),
      source=["security source", "Anbar Operations Command"] + RNA),
    # bombs dismantled "later" -> Disrupted weapons use, Sunday to Tuesday
    E(True, "engineering teams later dismantled two more bombs planted on the same dirt track", STR, DISRUPT,
      actor1=ARMY01, actor2=UNK + IS01 + ["bombs"], location=QAIM_S, date=D("2025-03-09", "2025-03-11"),
      source=["security source", "Anbar Operations Command"] + RNA),
    # "said on Saturday that they had arrested" with no other anchor -> the seven days up to Saturday (added here)
    E(True, "they had arrested a wanted man in the Husaybah area of al-Qaim district who is accused of financing ISIS cells",
      STR, ARRESTS, actor1=APOL01, actor2=IS01 + ["wanted man", "man"], location=HUSAYBAH,
      date=D("2025-03-02", "2025-03-08"), source=APOL01 + RNA),
    # a gathering that "ended peacefully" -> Peaceful protest
    E(True, "dozens of residents gathered on Sunday in front of the district building to demand compensation for homes destroyed during the war",
      PRO, PEACEFUL, actor1=PROTESTERS + ["residents", "dozens of residents"], location=RAWA, date=D("2025-03-09"),
      source=RNA),
    # the commander's vow and conditional threat (an actor's own) -> planned
    E(False, 'operations "will continue until the desert is cleansed of the last terrorist"', EXP, AIR,
      actor1=IQAF01, actor2=IS01, location=ANBAR, source=["Saad Jabbar al-Mohammadi", "Anbar Operations"],
      status="planned"),
    E(False, 'any attempt to cross the border "will be met with fire"', BAT, CLASH, actor1=IQAF01, actor2=IS01,
      location=ANBAR, source=["Saad Jabbar al-Mohammadi", "Anbar Operations"], status="planned"),
    # background: the 2017 recapture -> Government regains territory, non-core
    E(False, "Al-Qaim was liberated from ISIS in November 2017", BAT, GOVREGAIN, actor1=IRAQSF, actor2=IS01,
      location=QAIM, date=D("2017-11-01", "2017-11-30"), source=RNA),
    # the year's count over three provinces -> aggregate
    E(False, "Iraqi aircraft have carried out 23 strikes on ISIS hideouts in Anbar, Salahuddin and Kirkuk since the start of the year",
      EXP, AIR, actor1=IQAF01, actor2=IS01, location=ANBAR, date=D("2025-01-01", "2025-03-11"), source=SMC,
      aggregate=True),
    # no gold: "used to store weapons and to move fighters" (generic), the remnants' estimate, "homes destroyed
    # during the war" (background without an act)
]
# the headline's copies
E01 += [
    E(False, "F-16 strike kills five ISIS terrorists in Wadi Houran", EXP, AIR, actor1=IQAF01, actor2=IS01,
      location=HOURAN, date=D("2025-03-10"), killed=R(5), source=SMC + RNA),
    E(False, "two soldiers wounded near al-Qaim", EXP, IED, actor1=UNK + IS01, actor2=ARMY01, location=QAIM,
      date=D("2025-03-09"), injured=R(2), source=RNA),
]
DOCS.append(("dev-v-01", "Rafidain News Agency (RNA)", "2025-03-11", "state news agency dispatch",
             "Iraq/western Anbar: an F-16 strike in Wadi Houran 'at dawn on Monday' (five, then 'the bodies of "
             "seven'), a roadside bomb 'about 20 km south of al-Qaim' and two bombs dismantled, an arrest 'said on "
             "Saturday', a peaceful gathering in Rawa, a vow and a conditional threat, 2017 background, a year's count",
             T01, E01))
WEEKDAYS += [
    ("dev-v-01", "11/3/2025", "2025-03-11", "Tuesday"),
    ("dev-v-01", "at dawn on Monday", "2025-03-10", "Monday"),
    ("dev-v-01", "on Sunday evening / on Sunday", "2025-03-09", "Sunday"),
    ("dev-v-01", "on Saturday", "2025-03-08", "Saturday"),
]

# =============================================================================
# dev-v-02  NGO casualty report (monthly) — Syria/Hama and Homs: the Salamiyah-Hama road, the outskirts of Morek,
# Talbiseh, Hawsh al-Sayyed Ali in the Qusayr countryside (Mon 2 Jun 2025)
# =============================================================================
T02 = """Civilian deaths in Hama and Homs governorates, May 2025: 41 civilians killed, among them nine children

Levant Documentation Network (LDN) | Monthly casualty report | Published 2 June 2025

SUMMARY
LDN documented the killing of 41 civilians in Hama and Homs governorates in May 2025, among them nine children and six women. Most were killed by gunmen whose identity LDN could not establish. The figures rely on LDN's field researchers and on testimonies from relatives and are not final.

SELECTED INCIDENTS
1. On 4 May, gunmen in a pick-up truck stopped a car on the road between Salamiyah and Hama and shot dead its three occupants: a 52-year-old man, his wife and their 19-year-old son. Relatives told LDN the family had been targeted because of its sect. The General Security Service said it had opened an investigation. LDN holds either remnants of the former regime's militias or members of armed factions affiliated with the new authorities responsible, and cannot at this stage decide between them.

2. On the night of 11-12 May, a landmine left over from the war exploded under a tractor in farmland on the outskirts of Morek, in the northern countryside of Hama, killing two brothers aged 14 and 16. Their cousin, who was driving, lost a leg.

3. On 17 May, General Security forces raided the town of Talbiseh, north of Homs city, and detained at least 12 men; three of them were released the following day. Relatives of one detainee say he died in custody on 25 May. The Ministry of Interior denied that any detainee had died.

4. On 28 May, government forces and gunmen from Lebanese clans exchanged fire near the border village of Hawsh al-Sayyed Ali, in the western countryside of Qusayr, killing a shepherd and wounding four other civilians, according to local sources. Lebanese media reported that two clan members were also killed.

CONTEXT
Since the fall of the former regime in December 2024, LDN has documented 612 civilian deaths in the two governorates. The countryside of Homs has become, in the words of one researcher, "a powder keg with a short fuse".

RECOMMENDATIONS
LDN warns that if the authorities do not bring the killers to justice, revenge killings could spread to mixed villages along the Orontes.
"""

GUNMEN02 = UNK + ["gunmen", "gunmen in a pick-up truck", "remnants of the former regime's militias",
                  "former regime's militias", "armed factions affiliated with the new authorities", "armed factions"]
SYGOV02 = ["Syrian government", "Government of Syria", "government forces", "General Security Service",
           "General Security forces", "General Security", "Military Forces of Syria", "Syrian security forces",
           "Ministry of Interior"]
CLANS02 = ["Lebanese clans", "gunmen from Lebanese clans", "clan members", "clan gunmen", "tribal militia",
           "Lebanese clan militia"]
SALAMIYAH_RD = L(["road between Salamiyah and Hama", "Salamiyah", "Salamiyeh", "Hama"], cc="SY")
MOREK = L(["Morek", "Murek", "outskirts of Morek", "northern countryside of Hama"], 35.38, 36.68, "SY")
TALBISEH = L(["Talbiseh", "Talbisah", "town of Talbiseh", "north of Homs city", "Homs"], 34.84, 36.73, "SY")
HAWSH = L(["Hawsh al-Sayyed Ali", "Hosh al-Sayyed Ali", "western countryside of Qusayr", "Qusayr"], cc="SY")
HAMAHOMS = L(["Hama and Homs governorates", "Hama", "Homs"], cc="SY")
LDN = ["Levant Documentation Network", "LDN", "author"]
E02 = [
    # the month's count -> aggregate (41 killed)
    E(False, "LDN documented the killing of 41 civilians in Hama and Homs governorates in May 2025", VAC, ATTACK,
      actor1=GUNMEN02 + SYGOV02, actor2=CIV, location=HAMAHOMS, date=D("2025-05-01", "2025-05-31"), killed=R(41),
      source=LDN, aggregate=True),
    # kin and ages -> killed 3; "either ... or ..." -> both alternatives plus unknown; a ~45 km road -> names
    E(True, "gunmen in a pick-up truck stopped a car on the road between Salamiyah and Hama and shot dead its three occupants",
      VAC, ATTACK, actor1=GUNMEN02, actor2=CIV + ["three occupants", "car", "family"], location=SALAMIYAH_RD,
      date=D("2025-05-04"), killed=R(3), source=LDN + ["Relatives", "relatives"]),
    # a war-remnant mine -> Remote explosive/landmine/IED with no actor1 but unknown; "On the night of 11-12 May"
    # -> both days; "lost a leg" -> injured 1; "on the outskirts of Morek" -> Morek's point
    E(True, "a landmine left over from the war exploded under a tractor in farmland on the outskirts of Morek, in the northern countryside of Hama, killing two brothers aged 14 and 16",
      EXP, IED, actor1=UNK, actor2=CIV + ["two brothers", "tractor", "brothers"], location=MOREK,
      date=D("2025-05-11", "2025-05-12"), killed=R(2), injured=R(1), source=LDN),
    # a raid that detains "at least 12" -> Arrests (no number field); the death in custody is told by relatives and
    # denied by the ministry -> a non-core denied event (Violence against civilians), the denier as source
    E(True, "General Security forces raided the town of Talbiseh, north of Homs city, and detained at least 12 men",
      STR, ARRESTS, actor1=SYGOV02, actor2=CIV + ["12 men", "men", "detainees"], location=TALBISEH,
      date=D("2025-05-17"), source=LDN),
    # the relatives' telling of a death in custody (a specific act with a date) -> core, sourced to them; no place of
    # custody told -> the town the case belongs to
    E(True, "Relatives of one detainee say he died in custody on 25 May", VAC, ATTACK, actor1=SYGOV02,
      actor2=CIV + ["detainee", "one detainee"], location=TALBISEH, date=D("2025-05-25"), killed=R(1),
      source=["Relatives", "relatives", "relatives of one detainee"] + LDN),
    E(False, "The Ministry of Interior denied that any detainee had died", VAC, ATTACK, actor1=SYGOV02,
      actor2=CIV + ["detainee"], location=TALBISEH, date=D("2025-05-25"),
      source=["Ministry of Interior", "Syrian Ministry of Interior"], status="denied"),
    # a cross-border exchange of fire -> Battles; each group of dead from a different source (local sources' shepherd
    # / Lebanese media's two clan members) -> summed, killed 3; injured 4
    E(True, "government forces and gunmen from Lebanese clans exchanged fire near the border village of Hawsh al-Sayyed Ali, in the western countryside of Qusayr",
      BAT, CLASH, actor1=SYGOV02 + CLANS02, actor2=CLANS02 + SYGOV02, location=HAWSH, date=D("2025-05-28"),
      killed=R(3), injured=R(4), source=["local sources"] + LDN + ["Lebanese media"]),
    E(False, "Lebanese media reported that two clan members were also killed", BAT, CLASH,
      actor1=SYGOV02, actor2=CLANS02, location=HAWSH, date=D("2025-05-28"), killed=R(2),
      source=["Lebanese media"]),
    E(False, "LDN has documented 612 civilian deaths in the two governorates", VAC, ATTACK,
      actor1=GUNMEN02 + SYGOV02, actor2=CIV, location=HAMAHOMS, date=D("2024-12-01", "2025-06-02"), killed=R(612),
      source=LDN, aggregate=True),
    # the recommendation's conditional -> hypothetical
    E(False, "revenge killings could spread to mixed villages along the Orontes", VAC, ATTACK, actor1=GUNMEN02,
      actor2=CIV, location=HAMAHOMS, source=LDN, status="hypothetical"),
    # no gold: "Most were killed by gunmen" (generic), the investigation, the release "the following day", "a powder keg with a short fuse" (a metaphor)
]
E02.append(E(False, "41 civilians killed, among them nine children", VAC, ATTACK, actor1=GUNMEN02 + SYGOV02,
             actor2=CIV, location=HAMAHOMS, date=D("2025-05-01", "2025-05-31"), killed=R(41), source=LDN,
             aggregate=True))
DOCS.append(("dev-v-02", "Levant Documentation Network (monthly report)", "2025-06-02", "NGO monthly casualty report",
             "Syria/Hama and Homs: a month's toll, a family of three shot on the Salamiyah-Hama road by 'either' "
             "former-regime militias 'or' affiliated factions, a war-remnant landmine ('two brothers aged 14 and 16'), "
             "a raid with 'at least 12' detained and a denied death in custody, a cross-border exchange of fire whose "
             "dead come from two sources, a count since December 2024, a metaphor, a conditional",
             T02, E02))
WEEKDAYS += [("dev-v-02", "2 June 2025", "2025-06-02", "Monday")]

# =============================================================================
# dev-v-03  armed group's communiqué — SDF Media Centre on North and East Syria: the Qamishli-Amuda road, the
# Swediya area east of Qamishli, the Tal Tamr countryside, al-Shaddadi, the outskirts of al-Hol camp (Sat 26 Oct 2024)
# =============================================================================
T03 = """Statement to the public on the Turkish occupation's attacks and our operations against ISIS cells

Syrian Democratic Forces - Media Centre | 26.10.2024

Since the evening of Wednesday 23 October, the Turkish occupation army has been waging a wide aggression against the cities and villages of North and East Syria, targeting bakeries, power stations, oil facilities and our military points. We list the most prominent attacks:

- On Thursday evening, a Turkish drone targeted a car on the road between Qamishli and Amuda, martyring two of our fighters and the civilian driver. The occupation's media claim that the car was carrying weapons for the PKK is a lie.
- At dawn on Friday, Turkish warplanes bombed the power station in the Swediya area, east of Qamishli, putting it out of service. Thanks to the vigilance of the workers, nobody was harmed.
- Turkish artillery shelled villages in the countryside of Tal Tamr throughout Thursday and Friday, wounding five civilians, two of them children.

In three days of aggression, 12 civilians were martyred and 25 wounded across the region.

The Turkish state is trying to take advantage of the situation to revive ISIS. On Friday night, in a joint operation with the International Coalition forces, our units raided a hideout of ISIS cells in the town of al-Shaddadi, south of al-Hasakah, killing the cell's leader and arresting two of his assistants. Weapons and explosive belts were seized.

At dawn today, an ISIS cell attacked one of our checkpoints on the outskirts of al-Hol camp. Our fighters repelled the attack and killed three of the attackers; one of our comrades was lightly wounded.

We hold the Turkish state fully responsible for the consequences of this aggression. Our forces reserve their legitimate right to respond, and if the attacks continue, we will take all necessary measures to defend our people.

General Command of the Syrian Democratic Forces
"""

TUR03 = TURKEY + ["Turkish occupation", "Turkish occupation army", "occupation", "Turkish drone",
                  "Turkish warplanes", "Turkish artillery", "Turkish state"]
SDF03 = SDF + ["our fighters", "our units", "our forces", "General Command", "YPG", "People's Protection Units"]
IS03 = ISIS + ["ISIS cells", "ISIS cell", "attackers", "cell's leader"]
COAL03 = USA + ["International Coalition", "International Coalition forces", "US-led coalition", "coalition"]
QAM_AMUDA = L(["road between Qamishli and Amuda", "Qamishli", "Amuda"], cc="SY")
SWEDIYA = L(["Swediya", "Swediya area", "Suwaydiyah", "east of Qamishli", "power station"], cc="SY")
TALTAMR = L(["countryside of Tal Tamr", "Tal Tamr", "Tel Tamer", "Tell Tamer"], cc="SY")
SHADDADI = L(["al-Shaddadi", "Shaddadi", "al-Shadadi", "south of al-Hasakah", "al-Hasakah"], 36.05, 40.73, "SY")
HOL = L(["al-Hol camp", "al-Hol", "al-Hawl", "al-Hawl camp", "outskirts of al-Hol camp"], 36.38, 41.15, "SY")
NES = L(["North and East Syria", "north-east Syria", "the region"], cc="SY")
SDFSRC = ["Syrian Democratic Forces", "SDF", "SDF Media Centre", "Media Centre", "General Command", "author"]
E03 = [
    # the three days' campaign -> aggregate ("Since the evening of Wednesday 23 October" -> 23 to 26 October)
    E(False, "the Turkish occupation army has been waging a wide aggression against the cities and villages of North and East Syria",
      EXP, AIR, actor1=TUR03, actor2=SDF03 + CIV, location=NES, date=D("2024-10-23", "2024-10-26"), source=SDFSRC,
      aggregate=True),
    # "martyring two of our fighters and the civilian driver" -> killed 3; a ~25 km road -> names and country;
    # "On Thursday evening" -> 24 October; the Turkish version (a PKK weapons car) is told only through the SDF's
    # denial -> a non-core denied copy with the SDF as source
    E(True, "a Turkish drone targeted a car on the road between Qamishli and Amuda, martyring two of our fighters and the civilian driver",
      EXP, AIR, actor1=TUR03, actor2=SDF03 + CIV + ["car", "civilian driver", "two of our fighters"],
      location=QAM_AMUDA, date=D("2024-10-24"), killed=R(3), source=SDFSRC),
    E(False, "The occupation's media claim that the car was carrying weapons for the PKK is a lie", EXP, AIR,
      actor1=TUR03, actor2=PKK + ["car"], location=QAM_AMUDA, date=D("2024-10-24"), source=SDFSRC,
      status="denied"),
    # "nobody was harmed" -> killed and injured 0..0 (as "No one was hurt"); "east of Qamishli" with no distance and
    # a site we cannot pin -> names and country
    E(True, "Turkish warplanes bombed the power station in the Swediya area, east of Qamishli, putting it out of service",
      EXP, AIR, actor1=TUR03, actor2=CIV + ["power station"], location=SWEDIYA, date=D("2024-10-25"),
      killed=R(0), injured=R(0), source=SDFSRC),
    # two days of shelling on a countryside told as one act with one toll -> a core event over both days
    E(True, "Turkish artillery shelled villages in the countryside of Tal Tamr throughout Thursday and Friday, wounding five civilians, two of them children",
      EXP, SHELL, actor1=TUR03, actor2=CIV + ["villages", "five civilians"], location=TALTAMR,
      date=D("2024-10-24", "2024-10-25"), injured=R(5), source=SDFSRC),
    E(False, "In three days of aggression, 12 civilians were martyred and 25 wounded across the region", EXP, AIR,
      actor1=TUR03, actor2=CIV, location=NES, date=D("2024-10-23", "2024-10-26"), killed=R(12), injured=R(25),
      source=SDFSRC, aggregate=True),
    # a raid that kills a cell leader and detains two -> Battles/Armed clash (armed cell) with killed 1 (the only
    # dead told); the detentions inside it -> an Arrests event of their own (core), as a raid that detains people
    E(True, "our units raided a hideout of ISIS cells in the town of al-Shaddadi, south of al-Hasakah, killing the cell's leader",
      BAT, CLASH, actor1=SDF03 + COAL03, actor2=IS03 + ["hideout"], location=SHADDADI,
      date=D("2024-10-25", "2024-10-26"), killed=R(1), source=SDFSRC),
    E(True, "arresting two of his assistants", STR, ARRESTS, actor1=SDF03 + COAL03,
      actor2=IS03 + ["two of his assistants", "assistants"], location=SHADDADI, date=D("2024-10-25", "2024-10-26"),
      source=SDFSRC),
    # both sides told (three attackers, one wounded fighter) -> exact; "At dawn today" -> 26 October
    E(True, "an ISIS cell attacked one of our checkpoints on the outskirts of al-Hol camp", BAT, CLASH,
      actor1=IS03 + SDF03, actor2=SDF03 + ["checkpoints", "one of our checkpoints"] + IS03, location=HOL,
      date=D("2024-10-26"), killed=R(3), injured=R(1), source=SDFSRC),
    E(False, "Our fighters repelled the attack and killed three of the attackers", BAT, CLASH, actor1=SDF03,
      actor2=IS03, location=HOL, date=D("2024-10-26"), killed=R(3), source=SDFSRC),
    # the conditional threat of an actor -> planned
    E(False, "if the attacks continue, we will take all necessary measures to defend our people", BAT, CLASH,
      actor1=SDF03, actor2=TUR03, location=NES, source=SDFSRC, status="planned"),
    # no gold: "trying to take advantage of the situation to revive ISIS" (opinion), the seized weapons, "reserve
    # their legitimate right to respond" (a stance, not a plan of a specific act beyond the conditional)
]
DOCS.append(("dev-v-03", "Syrian Democratic Forces Media Centre (statement)", "2024-10-26",
             "armed group's communiqué",
             "north-east Syria in the SDF's words: three days of 'aggression' (aggregate), a drone on a car between "
             "Qamishli and Amuda ('martyring' two fighters and a driver) and the denied Turkish version, warplanes on "
             "a power station ('nobody was harmed'), two days of shelling near Tal Tamr, a raid with the coalition in "
             "al-Shaddadi 'On Friday night', an ISIS attack on a checkpoint 'At dawn today', a conditional threat",
             T03, E03))
WEEKDAYS += [
    ("dev-v-03", "26.10.2024 / today", "2024-10-26", "Saturday"),
    ("dev-v-03", "At dawn on Friday / On Friday night", "2024-10-25", "Friday"),
    ("dev-v-03", "On Thursday evening", "2024-10-24", "Thursday"),
    ("dev-v-03", "Wednesday 23 October", "2024-10-23", "Wednesday"),
]

# =============================================================================
# dev-v-04  local radio bulletin (transcript) — Iraqi Kurdistan/Sulaymaniyah province: the Said Sadiq-Halabja road,
# Penjwen, Arbat, Sulaymaniyah city, Halabja (Wed 4 Jun 2025)
# =============================================================================
T04 = """Dengi Slemani FM: the eight o'clock news, Wednesday 4 June 2025

Dengi Slemani FM 97.4 | Sulaymaniyah | Transcript of the 08:00 bulletin | Presenter: Shilan Rauf

Good morning, and here is the news.

A drone struck a pick-up truck on the road between Said Sadiq and Halabja last night, killing the two men inside. The director of the Said Sadiq Asayish, Colonel Hiwa Karim, told us it was not yet clear whether the drone was Turkish or Iranian, and that the victims' identities were still being checked. Neither Ankara nor Tehran has commented.

Near the border town of Penjwen, Iranian artillery shelled the slopes above the villages for a second day yesterday afternoon. The mayor of Penjwen, Aram Qadir, told Dengi Slemani that nobody was killed or injured, but that several orchards caught fire and dozens of families left their summer camps. Iranian state media said the Revolutionary Guards had targeted "headquarters of counter-revolutionary groups" in the border strip.

Security now. The Sulaymaniyah Asayish say they arrested three men in the Arbat area, east of the city, on Monday, and seized a bomb the men were preparing. According to the Asayish statement, the cell had planned to target a checkpoint; its affiliation was not given.

Protests. In Sulaymaniyah, hundreds of teachers and civil servants marched yesterday to the governorate building to demand three months of unpaid salaries; the march passed off without incident. In Halabja, police fired tear gas to disperse some 200 protesters who tried to close the main road into the city. Halabja general hospital said six people were treated for breathing difficulties and sent home.

The teachers' union says that if salaries are not paid by Sunday, schools across the province will stay closed and its members will block the main roads.

In Halabja, which the former regime struck with chemical weapons in March 1988, a new wing of the memorial museum opens today.

On our morning show, a guest from Penjwen said the border villages "live between two fires, one from the north and one from the east".

The weather: clear and hot, 41 degrees in Sulaymaniyah this afternoon. That was the news at eight.
"""

IRAN04 = ["Iran", "Iranian", "Iranian artillery", "Revolutionary Guards", "IRGC",
          "Islamic Revolutionary Guard Corps", "Military Forces of Iran", "Tehran"]
TUR04 = TURKEY + ["Ankara"]
ASAYISH04 = ["Asayish", "Sulaymaniyah Asayish", "Said Sadiq Asayish", "Kurdistan Region security",
             "Police Forces of Iraq (Kurdistan Region)", "security forces"]
HALPOL04 = ["police", "Halabja police", "Kurdistan Region police", "Police Forces of Iraq (Kurdistan Region)"]
KURDOPP04 = ["counter-revolutionary groups", "Kurdish opposition groups", "Iranian Kurdish groups",
             "headquarters of counter-revolutionary groups"]
SADIQ_RD = L(["road between Said Sadiq and Halabja", "Said Sadiq", "Sayid Sadiq", "Halabja"], cc="IQ")
PENJWEN = L(["Penjwen", "Penjwin", "border town of Penjwen", "border strip"], 35.62, 45.95, "IQ")
ARBAT = L(["Arbat", "Arbat area", "east of the city", "Sulaymaniyah"], 35.43, 45.58, "IQ")
SULAY = L(["Sulaymaniyah", "Slemani", "Sulaimani", "governorate building"], 35.56, 45.44, "IQ")
HALABJA = L(["Halabja", "main road into the city"], 35.18, 45.99, "IQ")
SULPROV = L(["Sulaymaniyah province", "the province", "Sulaymaniyah"], cc="IQ")
DS = ["Dengi Slemani", "Dengi Slemani FM", "Shilan Rauf", "author"]
E04 = [
    # "whether the drone was Turkish or Iranian" -> both plus unknown; "last night" in a morning bulletin -> both
    # days; a ~20 km road -> names and country; the dead's identities unknown -> civilians and the surface forms
    E(True, "A drone struck a pick-up truck on the road between Said Sadiq and Halabja last night, killing the two men inside",
      EXP, AIR, actor1=TUR04 + IRAN04 + UNK, actor2=CIV + ["pick-up truck", "two men"], location=SADIQ_RD,
      date=D("2025-06-03", "2025-06-04"), killed=R(2),
      source=["Hiwa Karim", "Said Sadiq Asayish", "Asayish"] + DS),
    # "nobody was killed or injured" -> killed and injured 0..0; "yesterday afternoon" -> 3 June ("for a second
    # day" implies an earlier day's shelling with no detail -> no gold); "Near the border town of" -> its point;
    # Iranian media name another object ("headquarters of counter-revolutionary groups") -> a core event of its own
    E(True, "Iranian artillery shelled the slopes above the villages for a second day yesterday afternoon", EXP, SHELL,
      actor1=IRAN04, actor2=CIV + ["villages", "orchards", "slopes"], location=PENJWEN, date=D("2025-06-03"),
      killed=R(0), injured=R(0), source=["Aram Qadir", "mayor of Penjwen"] + DS),
    E(True, 'the Revolutionary Guards had targeted "headquarters of counter-revolutionary groups" in the border strip',
      EXP, SHELL, actor1=IRAN04, actor2=KURDOPP04, location=PENJWEN, date=D("2025-06-03"),
      source=["Iranian state media", "Iranian media", "state media"]),
    # "arrested three men ... on Monday" -> 2 June; the seized bomb is inside the arrest (no gold of its own)
    E(True, "The Sulaymaniyah Asayish say they arrested three men in the Arbat area, east of the city, on Monday",
      STR, ARRESTS, actor1=ASAYISH04, actor2=["three men", "cell", "men"] + UNK, location=ARBAT, date=D("2025-06-02"),
      source=ASAYISH04 + DS),
    # a march "without incident" -> Peaceful protest; "yesterday" -> 3 June
    E(True, "hundreds of teachers and civil servants marched yesterday to the governorate building to demand three months of unpaid salaries",
      PRO, PEACEFUL, actor1=PROTESTERS + ["teachers", "civil servants", "teachers and civil servants"],
      location=SULAY, date=D("2025-06-03"), source=DS),
    # tear gas on a road-blocking crowd -> Protest with intervention; its day is the section's "yesterday" or the
    # bulletin's own morning -> both days; six "treated for breathing difficulties" (gas only) -> injured 0..6
    E(True, "police fired tear gas to disperse some 200 protesters who tried to close the main road into the city",
      PRO, INTERVENTION, **PROTEST_SIDES(HALPOL04), location=HALABJA, date=D("2025-06-03", "2025-06-04"),
      injured=R(0, 6), source=DS + ["Halabja general hospital"]),
    # the union's conditional plan -> planned
    E(False, "its members will block the main roads", PRO, PEACEFUL,
      actor1=PROTESTERS + ["teachers' union", "teachers"], location=SULPROV, source=["teachers' union"],
      status="planned"),
    # background: the 1988 chemical attack -> non-core
    E(False, "which the former regime struck with chemical weapons in March 1988", EXP, CHEM,
      actor1=["former regime", "Iraqi government", "Ba'athist regime", "Military Forces of Iraq"],
      actor2=CIV + ["Halabja"], location=HALABJA, date=D("1988-03-01", "1988-03-31"), source=DS),
    # no gold: "Neither Ankara nor Tehran has commented", the fire in orchards and the families' departure (inside
    # the shelling), the cell's planned attack on a checkpoint (a foiled plan told only as the arrest's motive), the
    # museum, "live between two fires" (a metaphor), the weather
]
DOCS.append(("dev-v-04", "Dengi Slemani FM 97.4 (bulletin transcript)", "2025-06-04", "local radio bulletin transcript",
             "Iraqi Kurdistan/Sulaymaniyah: a drone on a pick-up 'last night' by a drone 'Turkish or Iranian', "
             "Iranian shelling near Penjwen ('nobody was killed or injured') and Iranian media's other object, "
             "arrests in Arbat 'on Monday', a peaceful march, tear gas in Halabja (six 'treated for breathing "
             "difficulties'), a union's conditional plan, the 1988 chemical attack as background, a metaphor",
             T04, E04))
WEEKDAYS += [
    ("dev-v-04", "Wednesday 4 June 2025 / last night (end)", "2025-06-04", "Wednesday"),
    ("dev-v-04", "yesterday / yesterday afternoon / last night (start)", "2025-06-03", "Tuesday"),
    ("dev-v-04", "on Monday", "2025-06-02", "Monday"),
]

# =============================================================================
# dev-v-05  live blog — Gaza: Jabalia camp and its east, Beit Lahia; Sderot across the fence (Mon 14 Oct 2024)
# =============================================================================
T05 = """Live: Israeli strike on Jabalia house kills at least 12; Qassam Brigades claim attack on tank east of the camp

Coastline Post live blog | Gaza war, day 374 | Monday 14 October 2024 | Last updated 18:20 Gaza time

18:05 - The Israeli military's Arabic-language spokesman has told residents of Jabalia camp and neighbouring Beit Lahia to move south, warning that the army "will act with great force" in the area.

16:40 - The Gaza Health Ministry says 42,289 people have been killed in the territory since October 7 last year, 62 of them in the past 24 hours.

14:50 - Sirens sounded in Sderot and nearby communities. The IDF says two projectiles were launched from northern Gaza; one was intercepted and the other fell in an open area. No injuries were reported. The al-Quds Brigades, the armed wing of Islamic Jihad, said on Telegram that they had fired the rockets "in response to the massacres in Jabalia".

13:20 - An Israeli military official told reporters he had "no information" about soldiers hurt near Jabalia today.

12:05 - Hamas's armed wing, the Qassam Brigades, says its fighters hit an Israeli Merkava tank with a Yassin-105 rocket east of Jabalia camp this morning, "killing and wounding its crew". We have not been able to verify the claim.

11:30 - UPDATE: Civil Defence spokesman Nidal Abu Sharkh now puts the toll from the overnight strike on the Abu Nasser family home at 17 dead, seven of them children. Others are still missing.

10:15 - Asked about the strike, the IDF said its aircraft had hit "a Hamas terrorist cell operating from a building in Jabalia that posed a threat to our troops". It said it was "aware of reports of harm to uninvolved civilians" and that the incident was under review.

09:10 - At least 12 people, among them five children, were killed when an Israeli air strike hit a three-storey house in Jabalia camp overnight, the Palestinian Civil Defence said. Rescuers are digging through the rubble with their hands, it said.

08:45 - Good morning and welcome to our live coverage. Aid agencies say no food has entered northern Gaza for two weeks; one UN official called Jabalia "a slow-motion catastrophe".
"""

ISR05 = ISRAEL + ["Israeli air strike", "its aircraft", "Israeli military", "army"]
HAMAS05 = HAMAS + ["Hamas terrorist cell", "terrorist cell", "Hamas's armed wing", "its fighters"]
PIJ05 = PIJ + ["armed wing of Islamic Jihad"]
JABALIA = L(["Jabalia", "Jabalia camp", "Jabaliya", "Jabalia refugee camp", "east of Jabalia camp"], 31.53, 34.48,
            "PS")
SDEROT = L(["Sderot", "northern Gaza", "nearby communities"], 31.52, 34.60, "IL")
GAZA05 = L(["Gaza", "Gaza Strip", "the territory"], cc="PS")
NGAZA = L(["Jabalia camp", "Beit Lahia", "northern Gaza", "Jabalia"], 31.53, 34.48, "PS")
CP = ["Coastline Post", "author"]
GCD05 = ["Palestinian Civil Defence", "Civil Defence", "Nidal Abu Sharkh", "Gaza Civil Defence"]
IDF05 = ["IDF", "Israel Defense Forces", "Israeli military", "Israeli army"]
E05 = [
    # the army's warning -> planned
    E(False, 'warning that the army "will act with great force" in the area', BAT, CLASH, actor1=ISR05,
      actor2=HAMAS05, location=NGAZA, source=IDF05 + ["Arabic-language spokesman"], status="planned"),
    # tallies -> aggregates ("since October 7 last year"; "in the past 24 hours" -> 13-14 October)
    E(False, "42,289 people have been killed in the territory since October 7 last year", EXP, AIR, actor1=ISR05,
      actor2=CIV + ["Palestinians"], location=GAZA05, date=D("2023-10-07", "2024-10-14"), killed=R(42289),
      source=["Gaza Health Ministry", "Health Ministry"], aggregate=True),
    E(False, "62 of them in the past 24 hours", EXP, AIR, actor1=ISR05, actor2=CIV, location=GAZA05,
      date=D("2024-10-13", "2024-10-14"), killed=R(62), source=["Gaza Health Ministry", "Health Ministry"],
      aggregate=True),
    # the launch told by the IDF and claimed by the al-Quds Brigades (the same act) -> one core event, actor1 the
    # claimant plus unknown; "No injuries were reported" -> injured 0..0 only; no aim beyond the sirens -> Sderot's
    # point; the interception a core Disrupted weapons use of its own
    E(True, "The IDF says two projectiles were launched from northern Gaza", EXP, SHELL, actor1=PIJ05 + UNK,
      actor2=ISRAEL + ["Sderot", "nearby communities"], location=SDEROT, date=D("2024-10-14"), injured=R(0),
      source=IDF05 + PIJ05),
    E(True, "one was intercepted and the other fell in an open area", STR, DISRUPT, actor1=ISR05,
      actor2=PIJ05 + UNK + ["projectiles"], location=SDEROT, date=D("2024-10-14"), source=IDF05),
    E(False, 'they had fired the rockets "in response to the massacres in Jabalia"', EXP, SHELL, actor1=PIJ05,
      actor2=ISRAEL, location=SDEROT, date=D("2024-10-14"), source=PIJ05),
    # a claim -> core, occurred, sourced to the claimant; "killing and wounding its crew" with no count -> no number
    # field (added here); "this morning" -> 14 October; "east of Jabalia camp" -> the camp's point
    E(True, "its fighters hit an Israeli Merkava tank with a Yassin-105 rocket east of Jabalia camp this morning",
      BAT, CLASH, actor1=HAMAS05 + ISR05, actor2=ISR05 + ["Merkava tank", "tank"] + HAMAS05, location=JABALIA,
      date=D("2024-10-14"), source=["Qassam Brigades", "Hamas"] + HAMAS),
    # one strike, two objects (a family home / "a Hamas terrorist cell") -> one core event per version; the Civil
    # Defence's "At least 12", raised to 17 in the 11:30 update -> 12..open (as dev_r's 13 then 21), the update a
    # non-core copy; "overnight" -> both days
    E(True, "At least 12 people, among them five children, were killed when an Israeli air strike hit a three-storey house in Jabalia camp overnight",
      EXP, AIR, actor1=ISR05, actor2=CIV + ["three-storey house", "house", "Abu Nasser family"], location=JABALIA,
      date=D("2024-10-13", "2024-10-14"), killed=R(12, None), source=GCD05 + CP),
    E(False, "now puts the toll from the overnight strike on the Abu Nasser family home at 17 dead, seven of them children",
      EXP, AIR, actor1=ISR05, actor2=CIV + ["Abu Nasser family"], location=JABALIA,
      date=D("2024-10-13", "2024-10-14"), killed=R(17), source=GCD05),
    E(True, 'its aircraft had hit "a Hamas terrorist cell operating from a building in Jabalia that posed a threat to our troops"',
      EXP, AIR, actor1=ISR05, actor2=HAMAS05 + ["building"], location=JABALIA, date=D("2024-10-13", "2024-10-14"),
      source=IDF05),
    # no gold: the official's "no information" about hurt soldiers (neither a denial nor an act), "We have not been
    # able to verify the claim", "Others are still missing", "under review", the aid blockade, "a slow-motion
    # catastrophe" (a metaphor)
]
# the headline's copies
E05 += [
    E(False, "Israeli strike on Jabalia house kills at least 12", EXP, AIR, actor1=ISR05, actor2=CIV + ["house"],
      location=JABALIA, date=D("2024-10-13", "2024-10-14"), killed=R(12, None), source=CP + GCD05),
    E(False, "Qassam Brigades claim attack on tank east of the camp", BAT, CLASH, actor1=HAMAS05,
      actor2=ISR05 + ["tank"], location=JABALIA, date=D("2024-10-14"), source=HAMAS),
]
DOCS.append(("dev-v-05", "Coastline Post (live blog)", "2024-10-14", "live blog with timestamped entries",
             "Gaza/Jabalia: a strike on a family home 'overnight' ('At least 12', then 17 in a later entry) and the "
             "IDF's 'Hamas terrorist cell', a Qassam claim on a tank ('killing and wounding its crew'), a launch "
             "toward Sderot claimed by the al-Quds Brigades and its interception ('No injuries were reported'), "
             "'no information' about hurt soldiers, two tallies, a warning, a metaphor",
             T05, E05))
WEEKDAYS += [("dev-v-05", "Monday 14 October 2024", "2024-10-14", "Monday")]

# =============================================================================
# dev-v-06  government ministry statement — West Bank: al-Bireh by the Jalazone camp, Azzun east of Qalqilya,
# Kafr Qaddum east of Qalqilya (Sat 10 May 2025)
# =============================================================================
T06 = """Foreign Ministry condemns the execution of a young man in al-Bireh and colonists' attacks in Qalqilya governorate

State of Palestine - Ministry of Foreign Affairs and Expatriates | Press release | Ramallah, 10 May 2025

The Ministry of Foreign Affairs and Expatriates condemns in the strongest terms the crimes committed by the occupation army and its colonists against our people in the governorates of Ramallah and al-Bireh and Qalqilya over the past four days.

At dawn on Wednesday, occupation forces stormed the city of al-Bireh and executed in cold blood the young man Yazan Ahmad Darwish, 22, near the entrance of the Jalazone camp, then prevented Palestine Red Crescent ambulances from reaching him for nearly an hour. The Ministry rejects the occupation's fabricated narrative that the martyr had thrown an explosive device at the soldiers, a narrative it uses to cover up every field execution.

At dawn on Thursday, armed colonist militias, protected by occupation soldiers, attacked the eastern outskirts of the town of Azzun, east of Qalqilya, setting fire to a house and two vehicles; the family inside escaped unharmed.

Yesterday, Friday, occupation forces suppressed the weekly peaceful march in the village of Kafr Qaddum, east of Qalqilya, with live ammunition, rubber-coated metal bullets and tear gas, wounding three young men, one of them with a live bullet in the head, and causing dozens of suffocation cases.

In the same four days, the occupation arrested 46 citizens in raids across the West Bank, among them two children from Azzun.

Since the beginning of the year, colonists have carried out more than 1,300 attacks against our people, their land and their property, under the protection of the occupation army.

The Ministry holds the Israeli government fully and directly responsible for these crimes, which are turning the West Bank into a large prison. It warns that if the international community continues its silence, the occupation and its colonists will commit more massacres, and it calls on the International Criminal Court to speed up its investigation.

The Ministry also warns against the colonists' announced plan to set up a new outpost on the lands of Kafr Qaddum next week.
"""

ISR06 = ISRAEL + ["occupation forces", "occupation army", "occupation", "occupation soldiers", "soldiers"]
COL06 = SETTLERS + ["colonists", "colonist militias", "armed colonist militias", "its colonists"]
MOFA = ["Ministry of Foreign Affairs and Expatriates", "Palestinian Ministry of Foreign Affairs",
        "Foreign Ministry", "State of Palestine", "author"]
JALAZONE = L(["al-Bireh", "Al Bireh", "Jalazone camp", "Jalazone", "entrance of the Jalazone camp"], 31.95, 35.21,
             "PS")
AZZUN = L(["Azzun", "Azoun", "town of Azzun", "eastern outskirts of the town of Azzun", "east of Qalqilya",
           "Qalqilya"], 32.17, 35.06, "PS")
KQADDUM = L(["Kafr Qaddum", "Kafr Qadum", "Kufr Qaddum", "village of Kafr Qaddum", "east of Qalqilya"], 32.22,
            35.10, "PS")
WB06 = L(["West Bank"], cc="PS")
E06 = [
    # a killing the ministry calls an execution -> Violence against civilians, killed 1; "At dawn on Wednesday" ->
    # 7 May; the army's version is told only through the ministry's rejection -> a non-core denied event of its
    # own type (an explosive device thrown -> Grenade), the ministry as source
    E(True, "occupation forces stormed the city of al-Bireh and executed in cold blood the young man Yazan Ahmad Darwish, 22, near the entrance of the Jalazone camp",
      VAC, ATTACK, actor1=ISR06, actor2=CIV + ["young man", "Yazan Ahmad Darwish"], location=JALAZONE,
      date=D("2025-05-07"), killed=R(1), source=MOFA),
    E(False, "the martyr had thrown an explosive device at the soldiers", EXP, "Grenade",
      actor1=["Yazan Ahmad Darwish", "martyr", "Palestinian"] + UNK, actor2=ISR06, location=JALAZONE,
      date=D("2025-05-07"), source=MOFA, status="denied"),
    # arson with no one hurt -> Looting/property destruction; "the family inside escaped unharmed" (one group) -> no
    # number field; the soldiers' protection -> settlers as actor1, the army among the alternatives
    E(True, "armed colonist militias, protected by occupation soldiers, attacked the eastern outskirts of the town of Azzun, east of Qalqilya, setting fire to a house and two vehicles",
      STR, LOOT, actor1=COL06 + ISR06, actor2=CIV + ["house", "two vehicles", "family"], location=AZZUN,
      date=D("2025-05-08"), source=MOFA),
    # live ammunition on a weekly march with a head wound -> Excessive force against protesters; "wounding three
    # young men ... and causing dozens of suffocation cases" -> injured 3..open (gas cases may count)
    E(True, "occupation forces suppressed the weekly peaceful march in the village of Kafr Qaddum, east of Qalqilya, with live ammunition, rubber-coated metal bullets and tear gas",
      PRO, EXCESSIVE, **PROTEST_SIDES(ISR06), location=KQADDUM, date=D("2025-05-09"), injured=R(3, None),
      source=MOFA),
    # arrests across the West Bank in four days -> aggregate
    E(False, "the occupation arrested 46 citizens in raids across the West Bank", STR, ARRESTS, actor1=ISR06,
      actor2=CIV + ["46 citizens", "citizens", "two children"], location=WB06, date=D("2025-05-07", "2025-05-10"),
      source=MOFA, aggregate=True),
    E(False, "colonists have carried out more than 1,300 attacks against our people", VAC, ATTACK, actor1=COL06,
      actor2=CIV + ["Palestinians"], location=WB06, date=D("2025-01-01", "2025-05-10"), source=MOFA,
      aggregate=True),
    # the ministry's conditional -> hypothetical; the settlers' announced outpost -> planned (Strategic
    # developments/Other: a settlement outpost is no military base)
    E(False, "the occupation and its colonists will commit more massacres", VAC, ATTACK, actor1=ISR06 + COL06,
      actor2=CIV, location=WB06, source=MOFA, status="hypothetical"),
    E(False, "the colonists' announced plan to set up a new outpost on the lands of Kafr Qaddum next week", STR,
      OTHER, actor1=COL06, location=KQADDUM, source=MOFA, status="planned"),
    # no gold: "the crimes ... over the past four days" (a summary of the events told), the blocked ambulances (inside
    # the killing), "every field execution" (generic), "a large prison" (a metaphor), the appeal to the ICC
]
DOCS.append(("dev-v-06", "Palestinian Ministry of Foreign Affairs and Expatriates (press release)", "2025-05-10",
             "government ministry statement",
             "West Bank/Ramallah and Qalqilya: an 'execution' in al-Bireh 'At dawn on Wednesday' and the army's "
             "version told only as rejected, settler arson in Azzun ('the family inside escaped unharmed'), live fire "
             "on Kafr Qaddum's weekly march ('three young men', 'dozens of suffocation cases'), arrests and attacks "
             "as tallies, a conditional, a planned outpost, loaded labels ('colonists', 'martyr')",
             T06, E06))
WEEKDAYS += [
    ("dev-v-06", "10 May 2025", "2025-05-10", "Saturday"),
    ("dev-v-06", "Yesterday, Friday", "2025-05-09", "Friday"),
    ("dev-v-06", "At dawn on Thursday", "2025-05-08", "Thursday"),
    ("dev-v-06", "At dawn on Wednesday", "2025-05-07", "Wednesday"),
]

# =============================================================================
# dev-v-07  newspaper round-up with town datelines — south Lebanon's Tyre coast: the coastal road by the Qasmiyeh
# bridge about 8 km north of Tyre, Burj al-Shemali, the sea off Naqoura, the Rashidieh camp, Tyre (Tue 16 Sep 2025)
# =============================================================================
T07 = """South in brief: drone kills driver on coastal road at Qasmiyeh; gunboat fires on Naqoura fishermen; army detains two at Rashidieh

Al-Sahel Daily | Tyre | Tuesday 16 September 2025 | Compiled by our correspondents in the south

QASMIYEH - An Israeli drone fired two missiles at a car on the coastal highway near the Qasmiyeh bridge, about 8 km north of Tyre, shortly after 3 p.m. yesterday, killing the driver and wounding a passer-by, the Health Ministry's Emergency Operations Centre said. The Israeli army said in a statement that it had "eliminated a Hezbollah terrorist who was working to rebuild the organisation's infrastructure" in the area. Civil Defence teams pulled the body from the burning car.

BURJ AL-SHEMALI - A drone dropped a stun grenade near a municipal bulldozer clearing rubble on the eastern edge of the town on Sunday morning. No one was hurt, the municipality said, but the work was halted.

NAQOURA - An Israeli gunboat opened fire at dawn on Sunday on three fishing boats about two nautical miles off the Naqoura coast, forcing them back to the harbour. The head of the fishermen's syndicate in Tyre, Samir Haidar, told Al-Sahel that nobody was wounded but that one boat's engine was damaged.

RASHIDIEH - An army intelligence patrol detained two Palestinians at the entrance of the Rashidieh camp, south of Tyre, the day before yesterday, on suspicion of involvement in the rocket launches toward northern Israel last March, a security source said. Hezbollah denied at the time any link to those launches.

TYRE - Dozens of families whose homes were destroyed in the war staged a sit-in in front of the Tyre serail yesterday morning, demanding that the state begin paying reconstruction compensation. The sit-in ended after two hours without incident.

Since the ceasefire that took effect on 27 November 2024, Israeli strikes have killed more than 270 people in Lebanon, according to the Health Ministry. Israel says it will keep striking "any threat" until Hezbollah is disarmed, and its defence minister warned last week that the army "will act with full force" if the group rearms.

OPINION - For the people of the coast, writes our columnist Rima Saad, the sky has become "a ceiling of buzzing engines that never sleeps".
"""

ISR07 = ISRAEL + ["Israeli drone", "Israeli gunboat", "Israeli navy", "drone"]
HEZB07 = HEZB + ["Hezbollah terrorist", "Hezbollah member"]
LAF07 = ["Lebanese army", "Lebanese Armed Forces", "LAF", "army intelligence", "army intelligence patrol",
         "Military Forces of Lebanon"]
QASMIYEH = LKM(["Qasmiyeh", "Qasmiyeh bridge", "coastal highway", "north of Tyre", "Tyre"], 33.27, 35.20, 8, 0, "LB")
BURJ = L(["Burj al-Shemali", "Burj al-Shamali", "eastern edge of the town"], 33.26, 35.24, "LB")
NAQOURA = L(["Naqoura", "Naqoura coast", "off the Naqoura coast"], 33.12, 35.14, "LB")
RASHIDIEH = L(["Rashidieh", "Rashidieh camp", "Rashidiyeh", "south of Tyre"], 33.24, 35.22, "LB")
TYRE = L(["Tyre", "Sour", "Tyre serail"], 33.27, 35.20, "LB")
SLEB = L(["southern Lebanon", "south Lebanon", "Lebanon"], cc="LB")
SAHEL = ["Al-Sahel Daily", "Al-Sahel", "author"]
EOC = ["Health Ministry's Emergency Operations Centre", "Emergency Operations Centre", "Health Ministry",
       "Lebanese Health Ministry"]
E07 = [
    # the same car told two ways (a driver / "a Hezbollah terrorist") -> one core event with both in actor2, the
    # army's telling a non-core copy; "about 8 km north of Tyre" -> LKM; "shortly after 3 p.m. yesterday" -> 15 Sep
    E(True, "An Israeli drone fired two missiles at a car on the coastal highway near the Qasmiyeh bridge, about 8 km north of Tyre, shortly after 3 p.m. yesterday, killing the driver and wounding a passer-by",
      EXP, AIR, actor1=ISR07, actor2=CIV + ["car", "driver", "passer-by"] + HEZB07, location=QASMIYEH,
      date=D("2025-09-15"), killed=R(1), injured=R(1), source=EOC + SAHEL),
    E(False, "eliminated a Hezbollah terrorist who was working to rebuild the organisation's infrastructure", EXP, AIR,
      actor1=ISR07, actor2=HEZB07, location=QASMIYEH, date=D("2025-09-15"), killed=R(1),
      source=["Israeli army", "IDF", "Israel Defense Forces"]),
    # a stun grenade dropped by a drone -> Air/drone strike (any drone strike); no drone owner named -> unknown plus
    # Israel (implied by the page); "No one was hurt" -> killed and injured 0..0
    E(True, "A drone dropped a stun grenade near a municipal bulldozer clearing rubble on the eastern edge of the town on Sunday morning",
      EXP, AIR, actor1=UNK + ISRAEL, actor2=CIV + ["municipal bulldozer", "bulldozer", "municipality"],
      location=BURJ, date=D("2025-09-14"), killed=R(0), injured=R(0), source=["municipality"] + SAHEL),
    # naval gunfire on fishing boats -> Violence against civilians; "nobody was wounded" -> injured 0..0 only (as
    # "causing no injuries"); a point two nautical miles offshore -> the town's point
    E(True, "An Israeli gunboat opened fire at dawn on Sunday on three fishing boats about two nautical miles off the Naqoura coast",
      VAC, ATTACK, actor1=ISR07, actor2=CIV + ["fishing boats", "three fishing boats", "fishermen"],
      location=NAQOURA, date=D("2025-09-14"), injured=R(0),
      source=["Samir Haidar", "fishermen's syndicate"] + SAHEL),
    # "the day before yesterday" in a Tuesday paper -> Sunday 14 September
    E(True, "An army intelligence patrol detained two Palestinians at the entrance of the Rashidieh camp, south of Tyre, the day before yesterday",
      STR, ARRESTS, actor1=LAF07, actor2=["two Palestinians", "Palestinians"] + CIV, location=RASHIDIEH,
      date=D("2025-09-14"), source=["security source"] + SAHEL),
    # background: the March launches with no launcher named -> unknown; Hezbollah's denial -> non-core denied
    E(False, "the rocket launches toward northern Israel last March", EXP, SHELL, actor1=UNK,
      actor2=ISRAEL + ["northern Israel"], location=SLEB, date=D("2025-03-01", "2025-03-31"), source=SAHEL),
    E(False, "Hezbollah denied at the time any link to those launches", EXP, SHELL, actor1=HEZB,
      actor2=ISRAEL + ["northern Israel"], location=SLEB, date=D("2025-03-01", "2025-03-31"), source=HEZB,
      status="denied"),
    E(True, "Dozens of families whose homes were destroyed in the war staged a sit-in in front of the Tyre serail yesterday morning",
      PRO, PEACEFUL, actor1=PROTESTERS + ["families", "Dozens of families"], location=TYRE, date=D("2025-09-15"),
      source=SAHEL),
    # background: the ceasefire -> Agreement, non-core; the tally since -> aggregate ("more than 270" -> 271..open)
    E(False, "the ceasefire that took effect on 27 November 2024", STR, AGREE, actor1=ISRAEL + HEZB,
      actor2=HEZB + ISRAEL + ["Lebanon"], location=SLEB, date=D("2024-11-27"), source=SAHEL),
    E(False, "Israeli strikes have killed more than 270 people in Lebanon", EXP, AIR, actor1=ISR07,
      actor2=CIV + HEZB, location=SLEB, date=D("2024-11-27", "2025-09-16"), killed=R(271, None),
      source=["Health Ministry", "Lebanese Health Ministry"], aggregate=True),
    # Israel's vow and the minister's conditional threat (an actor's own) -> planned
    E(False, 'Israel says it will keep striking "any threat" until Hezbollah is disarmed', EXP, AIR, actor1=ISR07,
      actor2=HEZB, location=SLEB, source=ISRAEL, status="planned"),
    E(False, 'the army "will act with full force" if the group rearms', EXP, AIR, actor1=ISR07, actor2=HEZB,
      location=SLEB, source=["defence minister", "Israeli defence minister"] + ISRAEL, status="planned"),
    # no gold: the body pulled from the car (inside the strike), the halted work, the damaged engine, "without
    # incident", the columnist's "ceiling of buzzing engines" (a metaphor)
]
# the headline's copies
E07 += [
    E(False, "drone kills driver on coastal road at Qasmiyeh", EXP, AIR, actor1=ISR07, actor2=CIV + ["driver"],
      location=QASMIYEH, date=D("2025-09-15"), killed=R(1), source=SAHEL),
    E(False, "gunboat fires on Naqoura fishermen", VAC, ATTACK, actor1=ISR07, actor2=CIV + ["fishermen"],
      location=NAQOURA, date=D("2025-09-14"), source=SAHEL),
    E(False, "army detains two at Rashidieh", STR, ARRESTS, actor1=LAF07, actor2=["two Palestinians"],
      location=RASHIDIEH, date=D("2025-09-14"), source=SAHEL),
]
DOCS.append(("dev-v-07", "Al-Sahel Daily", "2025-09-16", "regional newspaper round-up with town datelines",
             "south Lebanon/Tyre coast: a drone strike on a car 'about 8 km north of Tyre' told as a driver and as "
             "'a Hezbollah terrorist', a stun grenade dropped by a drone ('No one was hurt'), gunboat fire on "
             "fishermen ('nobody was wounded'), arrests 'the day before yesterday', March launches and Hezbollah's "
             "denial as background, a sit-in, the ceasefire and a tally, a vow, a conditional threat, a columnist's "
             "metaphor",
             T07, E07))
WEEKDAYS += [
    ("dev-v-07", "Tuesday 16 September 2025", "2025-09-16", "Tuesday"),
    ("dev-v-07", "yesterday / yesterday morning", "2025-09-15", "Monday"),
    ("dev-v-07", "on Sunday morning / at dawn on Sunday / the day before yesterday", "2025-09-14", "Sunday"),
]

# =============================================================================
# dev-v-08  humanitarian situation report (INGO flash update) — Yemen/Hodeidah and Hajjah: the Ras Isa fuel port,
# a market in Hays district, the Haradh-Abs road, Haradh's border villages, Hodeidah city (Sun 20 Apr 2025)
# =============================================================================
T08 = """Yemen: Hodeidah and Hajjah Flash Update No. 3 (as of 20 April 2025)

Red Sea Coast Health Partnership (RSCHP) | Field coordination office, Hodeidah | Issued 20 April 2025

This update covers 14-20 April. Figures come from partner-supported health facilities and from the authorities named; partners have not verified them independently.

KEY DEVELOPMENTS
- On the night of 17 April, US air strikes hit the Ras Isa fuel port, north of Hodeidah city. The Ministry of Public Health in Sana'a, run by the de facto authorities, said 74 people were killed and 171 injured, most of them port workers, drivers and paramedics; on 19 April it raised the death toll to at least 80. US Central Command said the strikes were meant to "eliminate this source of fuel for the Iran-backed Houthi terrorists" and did not comment on casualties.
- On 18 April, shelling hit a market in Hays district, southern Hodeidah governorate, killing a woman and injuring three children. Partners could not establish who fired. Local authorities aligned with the Government of Yemen blamed Houthi forces.
- In Hajjah governorate, a landmine exploded under a minibus on the road between Haradh and Abs on 16 April, killing or injuring nine passengers, according to a partner-supported hospital in Abs.
- Partners report near-daily artillery fire from across the Saudi border on villages in Haradh district; no casualty figures are available.
- On 19 April, the de facto authorities detained two national staff members of a UN agency in Hodeidah city. Their whereabouts are unknown.

HEALTH RESPONSE
Al-Thawra hospital in Hodeidah received 63 of the Ras Isa injured; its fuel stocks will last about ten days. Two mobile teams were deployed to al-Salif.

CONTEXT
The Stockholm Agreement of December 2018 established a ceasefire in Hodeidah governorate, which has largely held along the city's front lines. Partners fear that the strikes on the ports could trigger renewed fighting along the coast around Hays and al-Tuhayta.

OUTLOOK
If fuel imports through Ras Isa do not resume, hospitals across Hodeidah could be forced to cut services within two weeks.
"""

US08 = USA + ["US Central Command", "CENTCOM", "US air strikes"]
HOUTHI08 = HOUTHI + ["de facto authorities", "Houthi forces", "Iran-backed Houthi terrorists"]
YGOV08 = ["Government of Yemen", "Yemeni government", "government forces", "National Resistance",
          "Military Forces of Yemen"]
SAUDI08 = ["Saudi Arabia", "Saudi", "Saudi forces", "Military Forces of Saudi Arabia", "Saudi border guards"]
RASISA = L(["Ras Isa", "Ras Isa fuel port", "Ras Issa", "north of Hodeidah city", "Hodeidah"], cc="YE")
HAYS = L(["Hays", "Hays district", "Hais", "southern Hodeidah governorate"], cc="YE")
HARADH_RD = L(["road between Haradh and Abs", "Haradh", "Abs", "Hajjah governorate"], cc="YE")
HARADH = L(["Haradh", "Haradh district", "villages in Haradh district", "Saudi border"], cc="YE")
HODEIDAH = L(["Hodeidah", "Hodeidah city", "Al Hudaydah"], 14.80, 42.95, "YE")
HODGOV = L(["Hodeidah governorate", "Hodeidah", "Hays", "al-Tuhayta"], cc="YE")
RSCHP = ["Red Sea Coast Health Partnership", "RSCHP", "partners", "author"]
MOPH = ["Ministry of Public Health in Sana'a", "Ministry of Public Health", "Houthi-run health ministry",
        "health ministry"]
E08 = [
    # the ministry's "74", raised two days later to "at least 80" -> killed 74..open folded into the core (a
    # revised toll); 171 injured; "On the night of 17 April" -> both days; CENTCOM names the same object (the port as
    # a fuel source) -> a non-core copy; the port cannot be pinned -> names and country
    E(True, "On the night of 17 April, US air strikes hit the Ras Isa fuel port, north of Hodeidah city", EXP, AIR,
      actor1=US08, actor2=CIV + ["Ras Isa fuel port", "port workers", "drivers", "paramedics"] + HOUTHI08,
      location=RASISA, date=D("2025-04-17", "2025-04-18"), killed=R(74, None), injured=R(171),
      source=MOPH + RSCHP),
    E(False, "on 19 April it raised the death toll to at least 80", EXP, AIR, actor1=US08, actor2=CIV,
      location=RASISA, date=D("2025-04-17", "2025-04-18"), killed=R(80, None), source=MOPH),
    E(False, 'the strikes were meant to "eliminate this source of fuel for the Iran-backed Houthi terrorists"', EXP,
      AIR, actor1=US08, actor2=HOUTHI08 + ["source of fuel"], location=RASISA, date=D("2025-04-17", "2025-04-18"),
      source=["US Central Command", "CENTCOM"] + USA),
    # no shooter established, one side blamed -> unknown plus the Houthis on the core, the blame a non-core copy; a
    # market "in Hays district" -> the district's names and country
    E(True, "shelling hit a market in Hays district, southern Hodeidah governorate, killing a woman and injuring three children",
      EXP, SHELL, actor1=UNK + HOUTHI08, actor2=CIV + ["market", "woman", "three children"], location=HAYS,
      date=D("2025-04-18"), killed=R(1), injured=R(3), source=RSCHP),
    E(False, "Local authorities aligned with the Government of Yemen blamed Houthi forces", EXP, SHELL,
      actor1=HOUTHI08, actor2=CIV, location=HAYS, date=D("2025-04-18"),
      source=["Local authorities", "local authorities"] + YGOV08),
    # "killing or injuring nine passengers" -> casualties 9..9; a ~40 km road -> names and country
    E(True, "a landmine exploded under a minibus on the road between Haradh and Abs on 16 April, killing or injuring nine passengers",
      EXP, IED, actor1=UNK, actor2=CIV + ["minibus", "passengers", "nine passengers"], location=HARADH_RD,
      date=D("2025-04-16"), casualties=R(9), source=["partner-supported hospital in Abs", "hospital"] + RSCHP),
    # "near-daily" fire over the reporting week -> aggregate
    E(False, "Partners report near-daily artillery fire from across the Saudi border on villages in Haradh district",
      EXP, SHELL, actor1=SAUDI08, actor2=CIV + ["villages"], location=HARADH, date=D("2025-04-14", "2025-04-20"),
      source=RSCHP, aggregate=True),
    # detention by the de facto authorities -> Arrests
    E(True, "the de facto authorities detained two national staff members of a UN agency in Hodeidah city", STR,
      ARRESTS, actor1=HOUTHI08, actor2=CIV + ["UN agency", "national staff members", "two national staff members"],
      location=HODEIDAH, date=D("2025-04-19"), source=RSCHP),
    # background: the 2018 agreement -> non-core; the partners' fear -> hypothetical
    E(False, "The Stockholm Agreement of December 2018 established a ceasefire in Hodeidah governorate", STR, AGREE,
      actor1=HOUTHI08 + YGOV08, actor2=YGOV08 + HOUTHI08, location=HODGOV, date=D("2018-12-01", "2018-12-31"),
      source=RSCHP),
    E(False, "the strikes on the ports could trigger renewed fighting along the coast around Hays and al-Tuhayta",
      BAT, CLASH, actor1=HOUTHI08 + YGOV08, actor2=YGOV08 + HOUTHI08, location=HODGOV, source=RSCHP,
      status="hypothetical"),
    # no gold: the hospital's 63 injured (inside the port's toll), fuel stocks, mobile teams, the outlook on fuel
    # (no act of violence), "Partners could not establish who fired", "Their whereabouts are unknown"
]
DOCS.append(("dev-v-08", "Red Sea Coast Health Partnership (flash update)", "2025-04-20",
             "humanitarian situation report (INGO flash update)",
             "Yemen/Hodeidah and Hajjah: US strikes on the Ras Isa port 'On the night of 17 April' (74, then 'at "
             "least 80'; CENTCOM's fuel source), shelling on a market in Hays with no shooter and a blame, a landmine "
             "'killing or injuring nine passengers', near-daily Saudi fire (aggregate), UN staff detained, the 2018 "
             "agreement as background, a fear of renewed fighting, a non-violent outlook",
             T08, E08))
WEEKDAYS += [("dev-v-08", "20 April 2025", "2025-04-20", "Sunday")]

# =============================================================================
# dev-v-09  investigative piece — Iran/Khuzestan: Hamidiyeh about 25 km west of Ahvaz, Hamidiyeh and Susangerd,
# a gas pipeline near Omidiyeh; Mahshahr (2019) as background (Thu 21 Aug 2025)
# =============================================================================
T09 = """The night the water protest in Hamidiyeh turned deadly: what the videos and witnesses show

The Ledger Review | Investigations | 21 August 2025 | By Parisa Nouri and Daniel Okafor

For three weeks this summer, towns across Khuzestan province protested against cuts to water and electricity in temperatures above 50 degrees. Official media described the protests as small and "exploited by rioters". To reconstruct what happened, The Ledger Review verified 63 videos and interviewed 11 people, among them witnesses, relatives and a nurse.

Our review found protests in at least 14 towns and cities of the province between 20 July and 5 August.

The deadliest night came on 24 July in Hamidiyeh, a mostly Arab town about 25 km west of Ahvaz. According to two witnesses and a relative, men in black uniforms - either police special units or Basij militiamen, the witnesses could not tell which - fired at a crowd of several hundred people outside the governor's office, killing Ali Sawari, 17, and wounding at least four others. Videos we geolocated show shots being fired from the roof of the building.

Provincial officials gave a different account. The deputy governor told the state news agency IRNA that the teenager had been killed by "an unknown gunman among the rioters", and that rioters had set fire to a bank and attacked a police station that night. We found no video showing a fire at any bank in Hamidiyeh.

In the following days, security forces detained at least 40 people in Hamidiyeh and Susangerd, according to the rights group Karun Watch; the judiciary confirmed "a number of arrests" without giving a figure.

On 2 August, an explosion damaged a gas pipeline near Omidiyeh. State media blamed "saboteurs"; a little-known Arab separatist group claimed the blast on Telegram, but its statement copied, almost word for word, a claim it had issued in 2019.

The province has a history of deadly crackdowns. In November 2019, security forces killed dozens of protesters in the marshes outside Mahshahr.

Several residents told us that the protests would resume in the autumn "if the taps stay dry". A former provincial official put it bluntly: "Khuzestan is sitting on oil and dying of thirst."
"""

IRSEC09 = ["police special units", "special units", "Basij", "Basij militiamen", "men in black uniforms",
           "security forces", "Police Forces of Iran", "Iranian police", "Law Enforcement Command", "FARAJA",
           "Islamic Revolutionary Guard Corps", "IRGC"]
RIOTERS09 = ["rioters", "protesters", "crowd"]
SEP09 = ["Arab separatist group", "separatist group", "little-known Arab separatist group", "saboteurs"]
HAMIDIYEH = LKM(["Hamidiyeh", "Hamidiyah", "al-Hamidiyah", "governor's office", "west of Ahvaz", "Ahvaz"], 31.32,
                48.67, 25, 270, "IR")
HAM_SUS = L(["Hamidiyeh and Susangerd", "Hamidiyeh", "Susangerd", "Khuzestan"], cc="IR")
OMIDIYEH = L(["Omidiyeh", "Omidiyeh county", "gas pipeline near Omidiyeh"], 30.76, 49.71, "IR")
MAHSHAHR = L(["Mahshahr", "Bandar-e Mahshahr", "marshes outside Mahshahr"], 30.56, 49.20, "IR")
KHUZ = L(["Khuzestan", "Khuzestan province", "the province"], cc="IR")
LEDGER = ["The Ledger Review", "Ledger Review", "Parisa Nouri", "Daniel Okafor", "author"]
OFFICIALS09 = ["deputy governor", "Provincial officials", "IRNA", "state news agency", "state news agency IRNA"]
E09 = [
    # the summer's protests across a province -> aggregates
    E(False, "towns across Khuzestan province protested against cuts to water and electricity", PRO, PEACEFUL,
      actor1=PROTESTERS + ["towns", "residents"], location=KHUZ, date=D("2025-07-01", "2025-08-21"),
      source=LEDGER, aggregate=True),
    E(False, "Our review found protests in at least 14 towns and cities of the province between 20 July and 5 August",
      PRO, PEACEFUL, actor1=PROTESTERS, location=KHUZ, date=D("2025-07-20", "2025-08-05"), source=LEDGER,
      aggregate=True),
    # fire on a crowd, one dead -> Excessive force against protesters; "either police special units or Basij
    # militiamen" -> both plus unknown; "wounding at least four others" -> 4..open; "about 25 km west of Ahvaz" -> LKM
    E(True, "men in black uniforms - either police special units or Basij militiamen, the witnesses could not tell which - fired at a crowd of several hundred people outside the governor's office, killing Ali Sawari, 17, and wounding at least four others",
      PRO, EXCESSIVE, actor1=IRSEC09 + UNK + PROTESTERS, actor2=PROTESTERS + ["Ali Sawari"] + IRSEC09,
      location=HAMIDIYEH, date=D("2025-07-24"), killed=R(1), injured=R(4, None),
      source=["two witnesses", "witnesses", "relative"] + LEDGER),
    # the officials' telling of the same death (another killer) -> a non-core copy; the rioters' arson and attack on a
    # police station -> another object named by the other side -> a core Riots/Violent demonstration of its own,
    # sourced to the officials (the outlet's doubt does not make it a denial)
    E(False, 'the teenager had been killed by "an unknown gunman among the rioters"', VAC, ATTACK,
      actor1=UNK + ["unknown gunman", "gunman"] + RIOTERS09, actor2=CIV + ["teenager"], location=HAMIDIYEH,
      date=D("2025-07-24"), killed=R(1), source=OFFICIALS09),
    E(True, "rioters had set fire to a bank and attacked a police station that night", RIOT, VIOLENT,
      actor1=RIOTERS09 + ["rioters"], actor2=["police station", "bank", "police"] + IRSEC09, location=HAMIDIYEH,
      date=D("2025-07-24"), source=OFFICIALS09),
    # detentions in two towns "In the following days" -> one core Arrests, the seven days after 24 July (added
    # here); "at least 40" detainees -> no number field
    E(True, "security forces detained at least 40 people in Hamidiyeh and Susangerd", STR, ARRESTS,
      actor1=IRSEC09, actor2=PROTESTERS + ["40 people", "people"], location=HAM_SUS,
      date=D("2025-07-25", "2025-07-31"), source=["Karun Watch", "rights group"] + LEDGER),
    # a pipeline blast blamed on "saboteurs" and claimed by a group whose claim the outlet doubts -> the group plus
    # unknown on the core (the same object), the claim a non-core copy
    E(True, "an explosion damaged a gas pipeline near Omidiyeh", EXP, IED, actor1=UNK + SEP09,
      actor2=["gas pipeline", "pipeline", "Government of Iran"], location=OMIDIYEH, date=D("2025-08-02"),
      source=["State media", "state media"] + LEDGER),
    E(False, "a little-known Arab separatist group claimed the blast on Telegram", EXP, IED, actor1=SEP09,
      actor2=["gas pipeline"], location=OMIDIYEH, date=D("2025-08-02"), source=SEP09),
    # background: 2019; "dozens" -> 24..open
    E(False, "In November 2019, security forces killed dozens of protesters in the marshes outside Mahshahr", PRO,
      EXCESSIVE, **PROTEST_SIDES(IRSEC09), location=MAHSHAHR, date=D("2019-11-01", "2019-11-30"),
      killed=R(24, None), source=LEDGER),
    # residents' conditional -> hypothetical
    E(False, 'the protests would resume in the autumn "if the taps stay dry"', PRO, PEACEFUL, actor1=PROTESTERS,
      location=KHUZ, source=["residents", "Several residents"], status="hypothetical"),
    # no gold: "exploited by rioters" (a label), the video evidence, "We found no video showing a fire", the
    # judiciary's "a number of arrests" (inside the detentions), the 2019 claim, "sitting on oil and dying of thirst"
    # (a metaphor)
]
DOCS.append(("dev-v-09", "The Ledger Review (investigations)", "2025-08-21", "investigative piece",
             "Iran/Khuzestan: a summer of water protests (aggregates), fire on a crowd in Hamidiyeh 'about 25 km west "
             "of Ahvaz' by 'either police special units or Basij militiamen', the officials' other killer and their "
             "'rioters' (another object), detentions 'In the following days', a pipeline blast with a doubted claim, "
             "the 2019 Mahshahr killings as background, a conditional, a metaphor",
             T09, E09))
WEEKDAYS += [("dev-v-09", "21 August 2025", "2025-08-21", "Thursday")]

# =============================================================================
# dev-v-10  wire story — Burkina Faso/Centre-Nord: Bourzanga, a cattle market about 10 km north of Barsalogho, the
# Pissila area, the Kaya-Barsalogho road; Barsalogho (2024) as background (Wed 28 Jan 2026)
# =============================================================================
T10 = """Jihadists attack army post in Burkina Faso's Centre-Nord; tolls differ sharply

By Awa Sanogo

OUAGADOUGOU, Jan 28 (Sahel Wire) - Islamist militants attacked an army and volunteer militia post in the town of Bourzanga, in Burkina Faso's Centre-Nord region, on Sunday, killing at least 15 soldiers and members of the Volunteers for the Defence of the Homeland (VDP), two security sources told Sahel Wire.

The al Qaeda-linked group Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack in a statement on Monday, saying its fighters had killed "more than 40 soldiers and militiamen" and seized weapons and vehicles. The group often inflates its figures.

In a communique read on state television late on Monday, the army said its units had "repelled a complex terrorist attack" on Bourzanga, neutralising "dozens of assailants", and acknowledged "several losses in our ranks" without giving a figure.

Separately, residents said an army drone struck a cattle market about 10 km north of Barsalogho on Monday afternoon, killing at least eight herders and traders. A security source said the drone had hit "a group of terrorists on motorcycles preparing an attack". Sahel Wire could not verify either account; access to the area is restricted.

On Saturday night, gunmen abducted the chief of a village in the Pissila area and his two sons, a local official said on condition of anonymity.

A roadside bomb hit a supply convoy on the road between Kaya and Barsalogho on Thursday, causing only material damage, according to a security source.

The Centre-Nord has been one of the regions worst hit by the insurgency. In August 2024, JNIM fighters killed hundreds of people on the outskirts of Barsalogho, many of them residents who had been ordered to dig defensive trenches around the town.

The military government, which seized power in 2022, has promised to "reconquer every inch of the territory" and has armed tens of thousands of VDP volunteers. Rights groups warn that the militias could fuel ethnic reprisals against Fulani herders if they are not brought under control.

(Reporting by Awa Sanogo; editing by Tom Hadley)
"""

JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "GSIM", "al Qaeda-linked group", "Islamist militants",
        "jihadists", "its fighters", "assailants", "terrorists"]
BFA = ["Military Forces of Burkina Faso", "Burkina Faso army", "army", "Burkinabe army", "soldiers", "its units",
       "Volunteers for the Defence of the Homeland", "VDP", "militiamen", "army drone", "military government"]
BOURZANGA = L(["Bourzanga", "town of Bourzanga", "army and volunteer militia post", "Centre-Nord"], 13.67, -1.55,
              "BF")
BARSA_N = LKM(["north of Barsalogho", "Barsalogho", "cattle market"], 13.42, -1.06, 10, 0, "BF")
BARSA = L(["Barsalogho", "outskirts of Barsalogho"], 13.42, -1.06, "BF")
PISSILA = L(["Pissila", "Pissila area", "a village in the Pissila area"], cc="BF")
KAYA_RD = L(["road between Kaya and Barsalogho", "Kaya", "Barsalogho"], cc="BF")
CNORD = L(["Centre-Nord", "Centre-Nord region", "Burkina Faso"], cc="BF")
SW = ["Sahel Wire", "Awa Sanogo", "author"]
E10 = [
    # one attack in three versions -> one core event per version, each with its own numbers: the security sources'
    # "at least 15" -> 15..open; JNIM's "more than 40" -> 41..open; the army's "several losses" (killed or wounded,
    # unsplit) -> casualties 3..open, its "dozens" neutralised -> no number field
    E(True, "Islamist militants attacked an army and volunteer militia post in the town of Bourzanga, in Burkina Faso's Centre-Nord region, on Sunday, killing at least 15 soldiers and members of the Volunteers for the Defence of the Homeland (VDP)",
      BAT, CLASH, actor1=JNIM + BFA, actor2=BFA + JNIM, location=BOURZANGA, date=D("2026-01-25"),
      killed=R(15, None), source=["security sources", "two security sources"] + SW),
    E(True, 'its fighters had killed "more than 40 soldiers and militiamen" and seized weapons and vehicles', BAT,
      CLASH, actor1=JNIM, actor2=BFA, location=BOURZANGA, date=D("2026-01-25"), killed=R(41, None), source=JNIM),
    E(True, 'its units had "repelled a complex terrorist attack" on Bourzanga', BAT, CLASH, actor1=JNIM + BFA,
      actor2=BFA + JNIM, location=BOURZANGA, date=D("2026-01-25"), casualties=R(3, None),
      source=["army", "state television", "Burkina Faso army"]),
    # one drone strike, two objects (a cattle market / "a group of terrorists on motorcycles") -> one core event per
    # version; "about 10 km north of Barsalogho" -> LKM; "at least eight" -> 8..open
    E(True, "an army drone struck a cattle market about 10 km north of Barsalogho on Monday afternoon, killing at least eight herders and traders",
      EXP, AIR, actor1=BFA, actor2=CIV + ["cattle market", "herders", "traders", "herders and traders"],
      location=BARSA_N, date=D("2026-01-26"), killed=R(8, None), source=["residents"] + SW),
    E(True, 'the drone had hit "a group of terrorists on motorcycles preparing an attack"', EXP, AIR, actor1=BFA,
      actor2=JNIM + ["group of terrorists"], location=BARSA_N, date=D("2026-01-26"), source=["security source"]),
    # "On Saturday night" -> both days; abductees are no casualties
    E(True, "gunmen abducted the chief of a village in the Pissila area and his two sons", VAC, ABDUCT,
      actor1=UNK + ["gunmen"] + JNIM, actor2=CIV + ["village chief", "chief", "two sons"], location=PISSILA,
      date=D("2026-01-24", "2026-01-25"), source=["local official"] + SW),
    # "causing only material damage" -> no one hurt -> killed and injured 0..0 (added here); a ~45 km road -> names
    E(True, "A roadside bomb hit a supply convoy on the road between Kaya and Barsalogho on Thursday, causing only material damage",
      EXP, IED, actor1=UNK + JNIM, actor2=BFA + ["supply convoy", "convoy"], location=KAYA_RD,
      date=D("2026-01-22"), killed=R(0), injured=R(0), source=["security source"] + SW),
    # background: August 2024; "hundreds" -> 200..open (added here)
    E(False, "In August 2024, JNIM fighters killed hundreds of people on the outskirts of Barsalogho", VAC, ATTACK,
      actor1=JNIM, actor2=CIV + ["residents"], location=BARSA, date=D("2024-08-01", "2024-08-31"),
      killed=R(200, None), source=SW),
    # the junta's promise -> planned; the rights groups' conditional -> hypothetical
    E(False, 'has promised to "reconquer every inch of the territory"', BAT, GOVREGAIN, actor1=BFA, actor2=JNIM,
      location=L(["Burkina Faso"], cc="BF"), source=["military government"] + BFA, status="planned"),
    E(False, "the militias could fuel ethnic reprisals against Fulani herders", VAC, ATTACK,
      actor1=["VDP", "Volunteers for the Defence of the Homeland", "militias"], actor2=CIV + ["Fulani herders"],
      location=CNORD, source=["Rights groups", "rights groups"], status="hypothetical"),
    # no gold: "The group often inflates its figures", "could not verify either account", the 2022 coup (a date
    # reference), arming the VDP (a policy), the "worst hit" remark
]
E10.append(E(False, "Jihadists attack army post in Burkina Faso's Centre-Nord", BAT, CLASH, actor1=JNIM,
             actor2=BFA, location=BOURZANGA, date=D("2026-01-25"), source=SW))
DOCS.append(("dev-v-10", "Sahel Wire", "2026-01-28", "wire story",
             "Burkina Faso/Centre-Nord: an attack on a post in Bourzanga in three versions (security sources' 'at "
             "least 15' / JNIM's 'more than 40' / the army's 'several losses'), a drone strike 'about 10 km north of "
             "Barsalogho' told as a cattle market and as 'terrorists on motorcycles', an abduction 'On Saturday "
             "night', a roadside bomb 'causing only material damage', the 2024 Barsalogho killings ('hundreds'), a "
             "promise, a conditional",
             T10, E10))
WEEKDAYS += [
    ("dev-v-10", "Jan 28", "2026-01-28", "Wednesday"),
    ("dev-v-10", "on Monday / late on Monday / on Monday afternoon", "2026-01-26", "Monday"),
    ("dev-v-10", "on Sunday / On Saturday night (end)", "2026-01-25", "Sunday"),
    ("dev-v-10", "On Saturday night (start)", "2026-01-24", "Saturday"),
    ("dev-v-10", "on Thursday", "2026-01-22", "Thursday"),
]

# =============================================================================
# dev-v-11  regional newspaper (Nigerian daily) — Nigeria/Zamfara and Katsina: Tsafe LGA, the Gusau-Funtua highway,
# Faskari LGA, a forest in Maru LGA, Danmusa LGA (Tue 8 Jul 2025)
# =============================================================================
T11 = """Bandits kill 11 in Zamfara community, abduct dozens; NAF strike hits Maru enclave

Northern Record | Kaduna | Tuesday, July 8, 2025 | From Bashir Garba, Gusau, and Halima Yusuf, Katsina

Bandits on Sunday night killed 11 people, among them a 70-year-old village head, his son and two grandchildren, in an attack on a farming community in Tsafe Local Government Area of Zamfara State.

Residents said the gunmen, who arrived on about 60 motorcycles, also abducted dozens of women and children. One resident put the number at "more than 50"; the police spokesman in Gusau, DSP Musa Lawal, said "about 20" had been taken and that tactical teams had been deployed to rescue them.

On Monday, angry youths from the area blocked the Gusau-Funtua highway for several hours with burning tyres to protest the killings, until police fired tear gas to clear the road.

In Katsina State, police and the Katsina Community Watch Corps repelled bandits who attacked a village in Faskari LGA early on Monday. Police spokesman ASP Idris Sani said three bandits were neutralised while two Watch Corps members "paid the supreme price".

The Nigerian Air Force said its jets struck a bandit enclave in a forest of Maru LGA, Zamfara, on Friday, killing "scores of terrorists", among them a notorious commander. But residents of a nearby village told the Northern Record that at least seven villagers working on their farms were also killed in the strike. The Air Force said it was looking into the report.

Meanwhile, a bandit leader known as Dan Sadiya signed a peace agreement with communities in Danmusa LGA of Katsina State last week, the council chairman said. Similar deals in the past collapsed within months.

More than 2,600 people have been killed in Zamfara and Katsina since January 2024, according to a tally by the Centre for Security Monitoring, an Abuja-based group.

Speaking in Gusau, the state governor vowed that bandits who refuse to lay down their arms "will be crushed". For villagers in Tsafe, the promise rings hollow: "We have been left to the mercy of wolves," one farmer said.
"""

BANDITS = ["bandits", "gunmen", "armed bandits", "bandit", "Dan Sadiya", "bandit leader", "terrorists",
           "bandit enclave"]
NAF = ["Nigerian Air Force", "NAF", "Air Force", "its jets", "Military Forces of Nigeria"]
NGPOL = ["police", "Nigeria Police Force", "Police Forces of Nigeria", "tactical teams"]
KCWC = ["Katsina Community Watch Corps", "Community Watch Corps", "Watch Corps", "Watch Corps members"] + NGPOL
TSAFE = L(["Tsafe", "Tsafe Local Government Area", "Tsafe LGA", "farming community", "Zamfara State"], cc="NG")
GUS_FUN = L(["Gusau-Funtua highway", "Gusau", "Funtua"], cc="NG")
FASKARI = L(["Faskari", "Faskari LGA", "Katsina State"], cc="NG")
MARU = L(["Maru", "Maru LGA", "forest of Maru LGA", "Zamfara"], cc="NG")
DANMUSA = L(["Danmusa", "Danmusa LGA", "Katsina State"], cc="NG")
ZAMKAT = L(["Zamfara and Katsina", "Zamfara", "Katsina"], cc="NG")
NR = ["Northern Record", "Bashir Garba", "Halima Yusuf", "author"]
E11 = [
    # kin and ages inside a count -> killed 11; "on Sunday night" -> both days; an LGA -> names and country
    E(True, "Bandits on Sunday night killed 11 people, among them a 70-year-old village head, his son and two grandchildren, in an attack on a farming community in Tsafe Local Government Area of Zamfara State",
      VAC, ATTACK, actor1=BANDITS, actor2=CIV + ["village head", "farming community"], location=TSAFE,
      date=D("2025-07-06", "2025-07-07"), killed=R(11), source=NR),
    # the abductions: two counts by two sources ("more than 50" / "about 20"); abductees are no casualties -> one
    # core event with both sources, no number field
    E(True, "the gunmen, who arrived on about 60 motorcycles, also abducted dozens of women and children", VAC,
      ABDUCT, actor1=BANDITS, actor2=CIV + ["women and children", "women", "children"], location=TSAFE,
      date=D("2025-07-06", "2025-07-07"), source=["Residents", "residents", "Musa Lawal", "police"] + NR),
    # a road blocked with burning tyres and cleared with tear gas -> Protest with intervention (the tyres are the
    # blockade, no one else's property is attacked; added here)
    E(True, "angry youths from the area blocked the Gusau-Funtua highway for several hours with burning tyres to protest the killings",
      PRO, INTERVENTION, **PROTEST_SIDES(NGPOL + ["youths", "angry youths"]), location=GUS_FUN,
      date=D("2025-07-07"), source=NR),
    # one side's dead told (the Watch Corps' two), the bandits "neutralised" -> killed 2..open (dev_r's rule)
    E(True, "police and the Katsina Community Watch Corps repelled bandits who attacked a village in Faskari LGA early on Monday",
      BAT, CLASH, actor1=BANDITS + KCWC, actor2=KCWC + BANDITS, location=FASKARI, date=D("2025-07-07"),
      killed=R(2, None), source=["Idris Sani", "police spokesman"] + NGPOL + NR),
    # one strike, two kinds of dead by two sources -> one core event per version: "scores of terrorists" -> 40..open
    # (added here: a score is 20, "scores" at least two); "at least seven villagers" -> 7..open
    E(True, 'its jets struck a bandit enclave in a forest of Maru LGA, Zamfara, on Friday, killing "scores of terrorists", among them a notorious commander',
      EXP, AIR, actor1=NAF, actor2=BANDITS + ["commander"], location=MARU, date=D("2025-07-04"),
      killed=R(40, None), source=NAF),
    E(True, "at least seven villagers working on their farms were also killed in the strike", EXP, AIR, actor1=NAF,
      actor2=CIV + ["villagers", "seven villagers"], location=MARU, date=D("2025-07-04"), killed=R(7, None),
      source=["residents", "residents of a nearby village"] + NR),
    # a local peace deal "last week" in a Tuesday paper -> Monday 30 June to Sunday 6 July
    E(True, "a bandit leader known as Dan Sadiya signed a peace agreement with communities in Danmusa LGA of Katsina State last week",
      STR, AGREE, actor1=BANDITS, actor2=["communities", "Danmusa communities"] + CIV, location=DANMUSA,
      date=D("2025-06-30", "2025-07-06"), source=["council chairman"] + NR),
    E(False, "More than 2,600 people have been killed in Zamfara and Katsina since January 2024", VAC, ATTACK,
      actor1=BANDITS, actor2=CIV, location=ZAMKAT, date=D("2024-01-01", "2025-07-08"), killed=R(2601, None),
      source=["Centre for Security Monitoring"], aggregate=True),
    # the governor's conditional threat -> planned
    E(False, 'bandits who refuse to lay down their arms "will be crushed"', BAT, CLASH,
      actor1=["Zamfara State government", "state governor"] + NAF + NGPOL, actor2=BANDITS, location=ZAMKAT,
      source=["state governor", "governor"], status="planned"),
    # no gold: the rescue deployment (no act told), "Similar deals in the past collapsed" (generic), "looking into
    # the report", "left to the mercy of wolves" (a metaphor)
]
E11 += [
    E(False, "Bandits kill 11 in Zamfara community, abduct dozens", VAC, ATTACK, actor1=BANDITS, actor2=CIV,
      location=TSAFE, date=D("2025-07-06", "2025-07-07"), killed=R(11), source=NR),
    E(False, "NAF strike hits Maru enclave", EXP, AIR, actor1=NAF, actor2=BANDITS, location=MARU,
      date=D("2025-07-04"), source=NR),
]
DOCS.append(("dev-v-11", "Northern Record", "2025-07-08", "regional daily newspaper",
             "Nigeria/Zamfara and Katsina: bandits kill 11 'on Sunday night' (a village head, 'his son and two "
             "grandchildren'), dozens abducted ('more than 50' / 'about 20'), a highway blocked with burning tyres and "
             "tear gas, a clash with one side's dead, an air strike told as 'scores of terrorists' and as seven "
             "villagers, a peace deal 'last week', a tally, a conditional threat, a metaphor",
             T11, E11))
WEEKDAYS += [
    ("dev-v-11", "Tuesday, July 8, 2025", "2025-07-08", "Tuesday"),
    ("dev-v-11", "On Monday / early on Monday / Sunday night (end)", "2025-07-07", "Monday"),
    ("dev-v-11", "on Sunday night (start)", "2025-07-06", "Sunday"),
    ("dev-v-11", "on Friday", "2025-07-04", "Friday"),
    ("dev-v-11", "last week (start)", "2025-06-30", "Monday"),
]

# =============================================================================
# dev-v-12  fact-check piece — Cameroon/North-West: the Kumbo-Jakiri road, Kumbo's Tobin quarter, Ndop, Ndu;
# Kwakwa (South-West, 2018) as background (Tue 19 Nov 2024)
# =============================================================================
T12 = """Fact-check: what happened around Kumbo last weekend? Three viral claims checked

CheckPoint Cameroon | Bamenda | 19 November 2024 | Verdicts: MISLEADING, MISLEADING, FALSE

Since Saturday, three claims about violence in Bui division, in the North-West region, have spread on Facebook and WhatsApp. We checked them.

CLAIM 1: "Amba fighters killed 15 soldiers in an ambush near Kumbo on Saturday." MISLEADING
A separatist Facebook page with 40,000 followers posted this claim on Saturday evening. An ambush did take place: separatist fighters attacked a military patrol on the road between Kumbo and Jakiri on Saturday morning. But the army said in a statement that two soldiers were killed, and a medical source at Banso Baptist Hospital told CheckPoint it had received the bodies of two soldiers and treated three others for gunshot wounds. We found no evidence for the figure of 15.

CLAIM 2: "Soldiers burned down Kumbo on Sunday" (video). MISLEADING
The video shows houses burning in Kwakwa, in the South-West region; a reverse image search traces it to a post from May 2018. However, two residents and a Catholic priest told us that soldiers did set fire to at least 12 houses in Kumbo's Tobin quarter on Sunday, a day after the ambush. The army denied burning any house and said "terrorists" had lit the fires to discredit the defence forces.

CLAIM 3: "Separatists beheaded a teacher in Ndop on Monday." FALSE
A pro-government account shared a photo of a teacher said to have been beheaded in Ndop. The teacher, whom we reached by phone, is alive and working in Bamenda; the photo was taken in Nigeria in 2021.

ALSO CIRCULATING: reports that separatists abducted a Presbyterian pastor in Ndu on Wednesday. His family confirmed to us that he has not returned home and that they received a ransom call, but police declined to comment. We rate this UNPROVEN for now and will update this article.

Context: the conflict in the Anglophone regions, which began in 2017, has killed more than 6,000 people, according to the International Crisis Group. Separatist commanders have announced a two-week "lockdown" in Bui from next Monday and warned that anyone who breaks it "will face the consequences".
"""

CMR = ["Military Forces of Cameroon", "Cameroonian army", "Cameroon army", "army", "soldiers", "military patrol",
       "defence forces"]
AMBA = ["Ambazonian separatists", "separatists", "separatist fighters", "Amba fighters", "Amba Boys",
        "Ambazonia Defence Forces", "Separatist commanders", "terrorists"]
KUMBO_RD = L(["road between Kumbo and Jakiri", "Kumbo", "Jakiri", "near Kumbo", "Bui division"], cc="CM")
TOBIN = L(["Kumbo", "Tobin", "Tobin quarter", "Kumbo's Tobin quarter"], 6.20, 10.68, "CM")
KWAKWA = L(["Kwakwa", "South-West region"], cc="CM")
NDOP = L(["Ndop"], 5.98, 10.42, "CM")
NDU = L(["Ndu"], 6.41, 10.79, "CM")
BUI = L(["Bui", "Bui division", "Anglophone regions", "North-West region"], cc="CM")
CPC = ["CheckPoint Cameroon", "CheckPoint", "author"]
ARMY12 = ["army", "army statement", "Cameroonian army", "Military Forces of Cameroon"]
E12 = [
    # one ambush in two versions: the fact-checker's (army and hospital: two dead, three wounded) and the
    # separatist page's ("15 soldiers") -> one core event per version, each with its own numbers; the page's
    # claim keeps status occurred, sourced to it (the fact-check verdict rates its number, not the ambush)
    E(True, "separatist fighters attacked a military patrol on the road between Kumbo and Jakiri on Saturday morning",
      BAT, CLASH, actor1=AMBA + CMR, actor2=CMR + AMBA, location=KUMBO_RD, date=D("2024-11-16"), killed=R(2),
      injured=R(3), source=CPC + ARMY12 + ["medical source", "Banso Baptist Hospital"]),
    E(True, "Amba fighters killed 15 soldiers in an ambush near Kumbo on Saturday", BAT, CLASH, actor1=AMBA,
      actor2=CMR, location=KUMBO_RD, date=D("2024-11-16"), killed=R(15),
      source=["separatist Facebook page", "Facebook page", "separatist page"]),
    # the old video's burning (undated beyond "a post from May 2018") -> non-core background, unknown actor
    E(False, "The video shows houses burning in Kwakwa, in the South-West region", STR, LOOT, actor1=UNK + CMR,
      actor2=CIV + ["houses"], location=KWAKWA, date=D("2018-01-01", "2018-05-31"), source=CPC),
    # arson without casualties -> Looting/property destruction, sourced to the witnesses; the army's denial -> a
    # non-core denied copy; its counter-blame ("terrorists") -> a non-core copy with its own actor1
    E(True, "soldiers did set fire to at least 12 houses in Kumbo's Tobin quarter on Sunday", STR, LOOT,
      actor1=CMR, actor2=CIV + ["houses", "12 houses"], location=TOBIN, date=D("2024-11-17"),
      source=["two residents", "residents", "Catholic priest", "priest"] + CPC),
    E(False, "The army denied burning any house", STR, LOOT, actor1=CMR, actor2=CIV, location=TOBIN,
      date=D("2024-11-17"), source=ARMY12, status="denied"),
    E(False, '"terrorists" had lit the fires to discredit the defence forces', STR, LOOT, actor1=AMBA,
      actor2=CIV + ["houses"], location=TOBIN, date=D("2024-11-17"), source=ARMY12),
    # a claim the fact-checker rates FALSE -> one non-core denied event, the fact-checker as source (added here);
    # "on Monday" -> 18 November
    E(False, "Separatists beheaded a teacher in Ndop on Monday", VAC, ATTACK, actor1=AMBA, actor2=CIV + ["teacher"],
      location=NDOP, date=D("2024-11-18"), source=CPC, status="denied"),
    # a specific unconfirmed abduction rated UNPROVEN -> core, status possible; "on Wednesday" -> 13 November
    E(True, "separatists abducted a Presbyterian pastor in Ndu on Wednesday", VAC, ABDUCT, actor1=AMBA + UNK,
      actor2=CIV + ["Presbyterian pastor", "pastor"], location=NDU, date=D("2024-11-13"),
      source=["reports", "family", "His family"] + CPC, status="possible"),
    E(False, "has killed more than 6,000 people", BAT, CLASH, actor1=AMBA + CMR, actor2=CMR + AMBA + CIV,
      location=BUI, date=D("2017-01-01", "2024-11-19"), killed=R(6001, None),
      source=["International Crisis Group", "Crisis Group"], aggregate=True),
    # the separatists' lockdown threat -> planned
    E(False, 'warned that anyone who breaks it "will face the consequences"', VAC, ATTACK, actor1=AMBA, actor2=CIV,
      location=BUI, source=["Separatist commanders"] + AMBA, status="planned"),
    # no gold: the posts and shares, the reverse image search, the teacher alive in Bamenda, the 2021 photo, the
    # ransom call (inside the possible abduction), "police declined to comment", the lockdown itself (a declared
    # policy)
]
DOCS.append(("dev-v-12", "CheckPoint Cameroon (fact-check)", "2024-11-19", "fact-check piece",
             "Cameroon/North-West: an ambush on the Kumbo-Jakiri road in two versions (army and hospital: two dead, "
             "three wounded / a separatist page's 15), an old Kwakwa video and a real burning of houses in Kumbo "
             "denied by the army with a counter-blame, a beheading rated FALSE, an abduction rated UNPROVEN, a "
             "conflict toll, a lockdown threat",
             T12, E12))
WEEKDAYS += [
    ("dev-v-12", "19 November 2024", "2024-11-19", "Tuesday"),
    ("dev-v-12", "on Monday", "2024-11-18", "Monday"),
    ("dev-v-12", "on Sunday", "2024-11-17", "Sunday"),
    ("dev-v-12", "on Saturday / Saturday morning", "2024-11-16", "Saturday"),
    ("dev-v-12", "on Wednesday", "2024-11-13", "Wednesday"),
]

# =============================================================================
# dev-v-13  UN human rights office press briefing notes — Sudan/North Darfur: Zamzam camp some 15 km south of El
# Fasher, Abu Shouk camp, the road to Tawila, Kabkabiya (Tue 15 Apr 2025)
# =============================================================================
T13 = """Sudan: attack on Zamzam camp - press briefing notes

Office of the UN High Commissioner for Human Rights (OHCHR) | Geneva | 15 April 2025 | Spokesperson: Marta Lindqvist

We are appalled by the attack by the Rapid Support Forces (RSF) on Zamzam camp for internally displaced people, some 15 km south of El Fasher in North Darfur, which began on Friday and continued through Sunday.

Our Office has so far been able to corroborate the killing of at least 89 civilians in the camp, among them nine staff of a medical charity who were running one of the camp's last clinics. The real toll is likely far higher. The Emergency Response Rooms, a network of local volunteers, said more than 400 people had been killed.

Survivors told our staff that the camp was shelled with heavy artillery for hours before the ground assault, and that RSF fighters then went from shelter to shelter, shooting residents and setting homes on fire.

The RSF said on Sunday that it had "liberated" Zamzam from "armed militias using civilians as shields" and denied targeting civilians.

On Saturday, shelling also struck Abu Shouk camp, on the northern edge of El Fasher, reportedly by the RSF, killing at least 14 people.

We have received credible reports of at least 16 cases of rape and other sexual violence against women and girls who fled Zamzam towards Tawila, about 60 km west of El Fasher, between Saturday and Monday. RSF fighters at checkpoints on the road to Tawila reportedly detained dozens of young men, whose fate remains unknown.

Elsewhere in North Darfur, an air strike attributed by local sources to the Sudanese Armed Forces hit a livestock market in Kabkabiya on 9 April, killing some 20 people.

The RSF has announced that its forces will "enter El Fasher within days". Any ground assault on the city, where hundreds of thousands of civilians remain trapped, would have catastrophic consequences. We urge all parties to allow civilians safe passage.
"""

RSF = ["Rapid Support Forces", "RSF", "RSF fighters", "its forces"]
SAF = ["Sudanese Armed Forces", "SAF", "Military Forces of Sudan", "Sudanese army"]
JOINT13 = ["armed militias", "Joint Forces", "Darfur Joint Protection Force", "armed movements"] + SAF
OHCHR = ["OHCHR", "Office of the UN High Commissioner for Human Rights", "UN Human Rights Office", "Our Office",
         "Marta Lindqvist", "United Nations", "author"]
ZAMZAM = LKM(["Zamzam", "Zamzam camp", "south of El Fasher", "El Fasher"], 13.63, 25.35, 15, 180, "SD")
ABUSHOUK = L(["Abu Shouk", "Abu Shouk camp", "northern edge of El Fasher", "El Fasher"], 13.66, 25.33, "SD")
TAWILA_RD = L(["road to Tawila", "Tawila", "checkpoints on the road to Tawila"], cc="SD")
KABKABIYA = L(["Kabkabiya", "Kebkabiya", "livestock market in Kabkabiya"], 13.64, 24.09, "SD")
FASHER = L(["El Fasher", "Al Fasher", "the city"], 13.63, 25.35, "SD")
NDARFUR = L(["North Darfur", "Tawila", "Zamzam"], cc="SD")
E13 = [
    # one assault, two tolls by two sources -> one core event per version: OHCHR's "at least 89" -> 89..open; the
    # ERR's "more than 400" -> 401..open; "began on Friday and continued through Sunday" -> 11-13 April; "some 15 km
    # south of El Fasher" -> LKM
    E(True, "the attack by the Rapid Support Forces (RSF) on Zamzam camp for internally displaced people, some 15 km south of El Fasher in North Darfur",
      VAC, ATTACK, actor1=RSF, actor2=CIV + ["internally displaced people", "Zamzam camp", "civilians"],
      location=ZAMZAM, date=D("2025-04-11", "2025-04-13"), killed=R(89, None), source=OHCHR),
    E(True, "The Emergency Response Rooms, a network of local volunteers, said more than 400 people had been killed",
      VAC, ATTACK, actor1=RSF, actor2=CIV, location=ZAMZAM, date=D("2025-04-11", "2025-04-13"),
      killed=R(401, None), source=["Emergency Response Rooms", "local volunteers"]),
    E(False, "Our Office has so far been able to corroborate the killing of at least 89 civilians in the camp", VAC,
      ATTACK, actor1=RSF, actor2=CIV, location=ZAMZAM, date=D("2025-04-11", "2025-04-13"), killed=R(89, None),
      source=OHCHR),
    # the shelling before the ground assault -> a Shelling event of its own (another act, another type), sourced to
    # the survivors; no toll of its own
    E(True, "the camp was shelled with heavy artillery for hours before the ground assault", EXP, SHELL,
      actor1=RSF, actor2=CIV + ["camp"], location=ZAMZAM, date=D("2025-04-11", "2025-04-13"),
      source=["Survivors", "survivors"] + OHCHR),
    # the RSF names another object ("armed militias") -> a core Non-state actor overtakes territory of its own; its
    # denial of targeting civilians -> a non-core denied copy of the attack
    E(True, 'it had "liberated" Zamzam from "armed militias using civilians as shields"', BAT, NSAOVER,
      actor1=RSF, actor2=JOINT13, location=ZAMZAM, date=D("2025-04-11", "2025-04-13"), source=RSF),
    E(False, "denied targeting civilians", VAC, ATTACK, actor1=RSF, actor2=CIV, location=ZAMZAM,
      date=D("2025-04-11", "2025-04-13"), source=RSF, status="denied"),
    # "reportedly by the RSF" -> the RSF plus unknown, status occurred (as dev_r's "reportedly by")
    E(True, "On Saturday, shelling also struck Abu Shouk camp, on the northern edge of El Fasher, reportedly by the RSF, killing at least 14 people",
      EXP, SHELL, actor1=RSF + UNK, actor2=CIV + ["Abu Shouk camp"], location=ABUSHOUK, date=D("2025-04-12"),
      killed=R(14, None), source=OHCHR),
    # many cases along a road over three days -> aggregate; detentions of "dozens" by a non-state force at
    # checkpoints, fate unknown -> Abduction/forced disappearance, core; undated beyond the flight -> 12-14 April
    E(False, "at least 16 cases of rape and other sexual violence against women and girls who fled Zamzam towards Tawila",
      VAC, SEXUAL, actor1=RSF + UNK, actor2=CIV + ["women and girls"], location=TAWILA_RD,
      date=D("2025-04-12", "2025-04-14"), source=OHCHR, aggregate=True),
    E(True, "RSF fighters at checkpoints on the road to Tawila reportedly detained dozens of young men, whose fate remains unknown",
      VAC, ABDUCT, actor1=RSF, actor2=CIV + ["young men", "dozens of young men"], location=TAWILA_RD,
      date=D("2025-04-12", "2025-04-14"), source=OHCHR),
    # "attributed by local sources to" -> SAF plus unknown; "some 20" -> 20..20 (as "some 45")
    E(True, "an air strike attributed by local sources to the Sudanese Armed Forces hit a livestock market in Kabkabiya on 9 April, killing some 20 people",
      EXP, AIR, actor1=SAF + UNK, actor2=CIV + ["livestock market"], location=KABKABIYA, date=D("2025-04-09"),
      killed=R(20), source=["local sources"] + OHCHR),
    # the RSF's announcement -> planned; the Office's conditional -> hypothetical
    E(False, 'its forces will "enter El Fasher within days"', BAT, NSAOVER, actor1=RSF, actor2=JOINT13,
      location=FASHER, source=RSF, status="planned"),
    E(False, "Any ground assault on the city, where hundreds of thousands of civilians remain trapped, would have catastrophic consequences",
      BAT, CLASH, actor1=RSF, actor2=JOINT13, location=FASHER, source=OHCHR, status="hypothetical"),
    # no gold: "The real toll is likely far higher", the house-to-house shooting and burning (inside the attack), the
    # appeal for safe passage
]
DOCS.append(("dev-v-13", "OHCHR (press briefing notes)", "2025-04-15", "UN human rights office press briefing notes",
             "Sudan/North Darfur: the RSF assault on Zamzam 'some 15 km south of El Fasher' with two tolls ('at "
             "least 89' / 'more than 400'), shelling before the assault, the RSF's 'liberated' and its denial, "
             "shelling on Abu Shouk 'reportedly by the RSF', sexual violence cases (aggregate), detentions at "
             "checkpoints, an air strike 'attributed by local sources to' the SAF ('some 20'), an announcement, a "
             "conditional",
             T13, E13))
WEEKDAYS += [
    ("dev-v-13", "15 April 2025", "2025-04-15", "Tuesday"),
    ("dev-v-13", "and Monday", "2025-04-14", "Monday"),
    ("dev-v-13", "through Sunday / on Sunday", "2025-04-13", "Sunday"),
    ("dev-v-13", "On Saturday / between Saturday", "2025-04-12", "Saturday"),
    ("dev-v-13", "began on Friday", "2025-04-11", "Friday"),
]

# =============================================================================
# dev-v-14  army press release — Colombia/Catatumbo (Norte de Santander): Campo Dos in Tibú, the rural area of El
# Tarra, near Hacarí, Sardinata, Teorama and Convención (Tue 4 Mar 2025)
# =============================================================================
T14 = """Second Division troops strike ELN structure in Tibú; three soldiers hurt in drone attack on El Tarra base

National Army of Colombia - Second Division | Press release No. 047 | Bucaramanga, March 4, 2025

The National Army, through troops of the Vulcano Task Force, informs the public of the results of its operations in the Catatumbo region, Norte de Santander:

1. On Sunday, March 2, troops engaged in combat for nearly three hours with members of the ELN's Northeast War Front in the rural area of the Campo Dos corregimiento, in Tibú. Two members of the armed group died in the fighting and one soldier was wounded in the leg; he was evacuated and is in stable condition. A rifle, three grenades and radio equipment were seized.

2. In the early hours of Monday, a military base in the rural area of El Tarra was attacked with explosives dropped from drones. Three soldiers suffered minor injuries. Intelligence indicates that the attack was carried out either by the ELN or by the 33rd Front of the FARC dissidents, both of which use this method.

3. On Thursday, a farmer was killed when he stepped on an anti-personnel mine while working his land near Hacarí. The Army attributes the minefield to the ELN, which has mined the area to protect its corridors.

4. On Friday, in a joint operation with the Attorney General's Office, troops captured alias "El Mono", the alleged finance chief of the 33rd Front, in the urban area of Sardinata, on a warrant for rebellion and extortion.

5. Over the past week, military engineers located and destroyed 14 anti-personnel mines and two improvised explosive devices in rural areas of Teorama and Convención, preventing harm to civilians and troops.

The Army categorically rejects the ELN's claims that its troops bombed a civilian house in Teorama last Saturday. No aerial operations were carried out in that area.

Since January 16, the war between the ELN and the 33rd Front for control of Catatumbo has left more than 80 people dead and over 50,000 displaced, according to the Ombudsman's Office.

The National Army will continue its offensive operations in Catatumbo until the illegal armed groups are dismantled.
"""

COLARMY = ["National Army", "National Army of Colombia", "Colombian Army", "Ejército Nacional", "army",
           "Military Forces of Colombia", "Vulcano Task Force", "Second Division", "troops", "soldiers",
           "military engineers", "military base"]
ELN = ["National Liberation Army", "ELN", "Ejército de Liberación Nacional", "Northeast War Front",
       "ELN's Northeast War Front", "armed group"]
F33 = ["33rd Front", "Frente 33", "FARC dissidents", "FARC-EP dissidents", "Estado Mayor de Bloques y Frente",
       "EMBF"]
CAMPODOS = L(["Campo Dos", "Campo Dos corregimiento", "Tibú", "rural area of the Campo Dos corregimiento"], cc="CO")
ELTARRA = L(["El Tarra", "rural area of El Tarra"], cc="CO")
HACARI = L(["Hacarí", "Hacari", "near Hacarí"], 8.32, -73.15, "CO")
SARDINATA = L(["Sardinata", "urban area of Sardinata"], 8.08, -72.80, "CO")
TEO_CONV = L(["Teorama and Convención", "Teorama", "Convención"], cc="CO")
TEORAMA = L(["Teorama"], 8.44, -73.29, "CO")
CATATUMBO = L(["Catatumbo", "Catatumbo region", "Norte de Santander"], cc="CO")
ARMYSRC = ["National Army", "National Army of Colombia", "Colombian Army", "Second Division", "army", "author"]
E14 = [
    # both sides' toll told (two ELN dead, one soldier wounded) -> exact; a corregimiento's rural area -> names and
    # country; the seized weapons are inside the clash
    E(True, "troops engaged in combat for nearly three hours with members of the ELN's Northeast War Front in the rural area of the Campo Dos corregimiento, in Tibú",
      BAT, CLASH, actor1=COLARMY + ELN, actor2=ELN + COLARMY, location=CAMPODOS, date=D("2025-03-02"),
      killed=R(2), injured=R(1), source=ARMYSRC),
    # explosives dropped from drones -> Air/drone strike; "either by the ELN or by the 33rd Front" -> both plus
    # unknown; "In the early hours of Monday" -> 3 March; a municipality's rural area -> names and country
    E(True, "a military base in the rural area of El Tarra was attacked with explosives dropped from drones", EXP,
      AIR, actor1=ELN + F33 + UNK, actor2=COLARMY, location=ELTARRA, date=D("2025-03-03"), injured=R(3),
      source=ARMYSRC + ["Intelligence"]),
    # a mine under a farmer -> Remote explosive/landmine/IED; the army's attribution -> the ELN plus unknown
    E(True, "a farmer was killed when he stepped on an anti-personnel mine while working his land near Hacarí", EXP,
      IED, actor1=UNK + ELN, actor2=CIV + ["farmer"], location=HACARI, date=D("2025-02-27"), killed=R(1),
      source=ARMYSRC),
    # a capture on a warrant -> Arrests; "On Friday" -> 28 February
    E(True, 'troops captured alias "El Mono", the alleged finance chief of the 33rd Front, in the urban area of Sardinata',
      STR, ARRESTS, actor1=COLARMY + ["Attorney General's Office"], actor2=F33 + ["El Mono", "finance chief"],
      location=SARDINATA, date=D("2025-02-28"), source=ARMYSRC),
    # a week's finds in two municipalities -> aggregate Disrupted weapons use; "Over the past week" in a Tuesday
    # release -> the eight days up to it (as dev_r)
    E(False, "military engineers located and destroyed 14 anti-personnel mines and two improvised explosive devices in rural areas of Teorama and Convención",
      STR, DISRUPT, actor1=COLARMY, actor2=ELN + F33 + ["anti-personnel mines", "mines"], location=TEO_CONV,
      date=D("2025-02-25", "2025-03-04"), source=ARMYSRC, aggregate=True),
    # the ELN's claim is told only as rejected -> non-core denied, the army as source; "last Saturday" in a Tuesday
    # release -> 1 March
    E(False, "its troops bombed a civilian house in Teorama last Saturday", EXP, AIR, actor1=COLARMY,
      actor2=CIV + ["civilian house", "house"], location=TEORAMA, date=D("2025-03-01"), source=ARMYSRC,
      status="denied"),
    E(False, "the war between the ELN and the 33rd Front for control of Catatumbo has left more than 80 people dead",
      BAT, CLASH, actor1=ELN + F33, actor2=F33 + ELN, location=CATATUMBO, date=D("2025-01-16", "2025-03-04"),
      killed=R(81, None), source=["Ombudsman's Office", "Ombudsman"], aggregate=True),
    E(False, "The National Army will continue its offensive operations in Catatumbo", BAT, CLASH, actor1=COLARMY,
      actor2=ELN + F33, location=CATATUMBO, source=ARMYSRC, status="planned"),
    # no gold: the soldier's evacuation, "No aerial operations were carried out in that area" (part of the
    # rejection), the displacement figure, "preventing harm" (generic)
]
E14 += [
    E(False, "Second Division troops strike ELN structure in Tibú", BAT, CLASH, actor1=COLARMY, actor2=ELN,
      location=CAMPODOS, date=D("2025-03-02"), source=ARMYSRC),
    E(False, "three soldiers hurt in drone attack on El Tarra base", EXP, AIR, actor1=ELN + F33 + UNK,
      actor2=COLARMY, location=ELTARRA, date=D("2025-03-03"), injured=R(3), source=ARMYSRC),
]
DOCS.append(("dev-v-14", "National Army of Colombia, Second Division (press release)", "2025-03-04",
             "army press release",
             "Colombia/Catatumbo: a three-hour fight with the ELN at Campo Dos (both sides counted), a drone attack on "
             "a base by 'either' the ELN 'or' the 33rd Front, a mine under a farmer near Hacarí, a capture in "
             "Sardinata, a week's mines destroyed (aggregate), the ELN's rejected claim of a bombed house 'last "
             "Saturday', a toll since January 16, a vow",
             T14, E14))
WEEKDAYS += [
    ("dev-v-14", "March 4, 2025", "2025-03-04", "Tuesday"),
    ("dev-v-14", "In the early hours of Monday", "2025-03-03", "Monday"),
    ("dev-v-14", "On Sunday, March 2", "2025-03-02", "Sunday"),
    ("dev-v-14", "last Saturday", "2025-03-01", "Saturday"),
    ("dev-v-14", "On Friday", "2025-02-28", "Friday"),
    ("dev-v-14", "On Thursday", "2025-02-27", "Thursday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_v", check_v, strip_text=True)


if __name__ == "__main__":
    main()
