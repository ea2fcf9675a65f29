"""Writes dev_s.gold.jsonl: fourteen development articles, nine from the Middle East - Syria's coast (the Jableh-Qardaha
road, Beit Yashout east of Jableh, the Qardaha countryside, Haffah, Latakia city), Deir ez-Zor's tribal areas (Dhiban,
al-Busayrah, al-Mayadin, the desert east of Hajin, Abu Hamam, al-Shuhayl), Iraq's Anbar and Salahuddin (Wadi Horan
north-east of Rutba, Rutba, the Haditha-al-Qaim highway, Tuz Khurmatu, the al-Jalam desert east of Samarra, Baiji,
Mutaibijah), Yemen's Hodeidah coast and the Red Sea (a ship about 50 nautical miles west of Hodeidah, Ras Isa, Kamaran
Island), Gaza (Tal as-Sultan in western Rafah, Jabalia, al-Mawasi, Deir al-Balah, Salah al-Din Road, Nuseirat), south
Lebanon and the Bekaa (the Nabatieh-Kfar Tebnit road, Brital and the Hermel countryside, Kfar Kila and Khiam,
Kfarchouba, Shebaa, Qlayaa), the Jordan-Syria border (the Eastern and Northern Military Zones, Ramtha, Mafraq; Arman
in the Suwayda countryside), Iran's Sistan-Baluchestan (Rask, Chabahar, Saravan, the Zahedan-Khash road; Panjgur as
background) and south-east Turkey (Mardin, Batman, Yüksekova, the Gabar mountain area, Diyarbakır; TUSAŞ near Ankara
as background) - and five from elsewhere - Sudan (El Fasher's Saudi Hospital and Abu Shouk camp; Geneina as
background), Ukraine and Russia's Belgorod region (Kharkiv, Zaporizhzhia, Shebekino, Vovchansk), Burkina Faso (Djibo,
a market about 25 km north of Dori, Ouagadougou; Solenzo as background), Nigeria's Borno State (Konduga, the
Maiduguri-Damboa road, Dikwa, Maiduguri; Gwoza as background) and Colombia's Cauca (Toribío, the Tacueyó
reservation, the Toribío-Tacueyó road, El Plateado in Argelia) - published 2024-2026, written for this project in our
own words, with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold files. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers - check_r as check_s, KM, LKM - checks and conventions this file follows; the conventions
of dev_q to dev_c are known here only through build_dev_r.py's docstring and comments). goldkit.py is copied beside
this file unchanged.

One voice per article, the outlet kinds and layouts chosen to differ from each other and from dev_r's (a live blog
with timestamps and a correction, a monitor's incident log with day-first numeric dates, a regional paper under
village datelines, a briefing transcript in Q&A, a humanitarian flash update, a partisan outlet, an army press
release in numbered points, a risk consultancy's weekly digest, a radio bulletin transcript, an op-ed, a wire story,
an exile investigation, a police press release, an Indigenous council's denunciation):
(1) a live blog on Syria's coast: an ambush on a General Security convoy with its toll corrected in a later post (four
-> three dead, five wounded), arrests in the Qardaha countryside, a teacher and his two sons shot "last night" told by
a resident (three) and by SOHR (four), a drone downed over the outskirts of Haffah ("Nobody was hurt and nothing was
damaged"), a peaceful gathering, March background, an analysts' conditional; (2) a monitor's incident log on Deir
ez-Zor: SDF arrests of seven (two minors), a tribal attack on al-Busayrah in three tellings (the log's, the tribal
channel's "killed or wounded at least nine", the SDF's two dead and "dozens of attackers"), mortar rounds on
al-Mayadin with the SDF's denial, a shepherd shot "about 10 km east of Hajin" by "either IS members or smugglers", an
IED ("no casualties were recorded"), a protest dispersed with shots in the air, a coalition raid, a tally, 2023
background, a vow; (3) an Iraqi regional paper under datelines: an F-16 strike ("between five and seven"), mortar
rounds "harming no one", drivers abducted "the day before yesterday", a roadside bomb whose toll rises to three, an
arrest tied to an attack "earlier this month", a workers' protest, a tally, a conditional, 2014 background; (4) a
naval spokesperson's Q&A: ballistic missiles on a bulk carrier ("no injuries to the crew"), strikes near Ras Isa
"Yesterday", drones downed "overnight", a Houthi claim on a warship and "That is false", a strike on Kamaran told as
three fishermen and as a radar site, a tally, a conditional, a metaphor; (5) a Gaza flash update: fire on crowds near
an aid site ("at least 45", "more than 150") and the army's "warning shots", a house in Jabalia "killed or injured
around 20", a tent in al-Mawasi (a mother and three children, the father hurt), a convoy looted ("No staff were
harmed"), aid workers detained, an unconfirmed strike, a count, a planned expansion; (6) a pro-Hezbollah outlet: a
drone on a car ("martyring a young man" / the army's "Hezbollah commander"), raids "At dawn today" ("material damage
only"), shelling "without anyone being hurt", houses blown up, a shepherd seized near Shebaa, launchers dismantled, a
tally, an MP's conditional threat, ridicule and metaphors; (7) a Jordanian army press release: a dawn clash with
smugglers (five killed, "a number of others" wounded, "No injuries were recorded among our personnel"), fire on a
patrol opposite Ramtha, a drug drone downed, arrests "over the past two days", a tally ("killing or wounding scores"),
reports of a strike on Arman called "inaccurate", a vow; (8) a risk consultancy's weekly digest on Sistan-Baluchestan:
a Jaish al-Adl raid on the IRGC in Rask in two versions (IRIB's "at least 10" and 16 / the group's "dozens" and
"around ten martyrs"), a repelled attack in Chabahar, fuel porters shot near Saravan, an IED ("No one was hurt") and a
device defused, a count, mass detentions, January's Iran-Pakistan exchange "two days later", a forecast, a
conditional; (9) a Kurdish-Turkish radio bulletin: tear gas in Mardin "last night" with detentions counted 17 and
"more than thirty", a riot in Batman (four officers / "at least two protesters"), a roadside bomb with a false death
report corrected, a "neutralised" terrorist in Gabar "yesterday", a march called for noon, TUSAŞ background, a
listener's comment; (10) an op-ed on El Fasher: a drone on the Saudi Hospital "Last Friday" with the RSF's denial and
counter-accusation, RSF shelling of Abu Shouk "Two days later, on Sunday" ("between seven and nine", "dozens"),
generic charges, a conditional, Geneina background, a ceasefire talked about, metaphors; (11) a wire story on Ukraine:
glide bombs on Kharkiv "late on Monday", a night's drone wave and its interceptions, a drone on a minibus (wounded "five
or six"), a drone on a car in Shebekino ("a man and his wife"), one day's fighting near Vovchansk in two opposing
versions ("up to 45" losses), last week's prisoner swap, a planned memorandum, a forecast, a UN count; (12) an exile
site on Burkina Faso: the JNIM attack on Djibo in three versions (the site's "at least 60" / state TV's "several
hundred terrorists" / JNIM's control and "more than 100"), a drone on a market "about 25 km north of Dori" and the
army's "terrorist gathering", a journalist taken "on Wednesday night", a rally "the day before the attack", a count,
Solenzo background, a threat; (13) a Borno police press release: a female suicide bomber at Konduga ("Twelve (12)
persons, excluding the bomber", then thirteen), an IED on a passenger vehicle ("a woman and her two children"), an
ISWAP attack on the Dikwa division ("neutralising several", "No casualty was recorded on the side of the
operatives"), arrests, an unverified second bomber, Gwoza background; (14) an Indigenous council's denunciation from
Cauca: drones on Toribío's police station and a firefight in one sentence, two minors taken for recruitment, a Guard
coordinator shot "On the eve of" an assembly with the council's blame and the column's denial, the army's "died in
combat" told by families as two unarmed pickers, a count, 2019 background, metaphors, a conditional march.
The incidents are invented or composite, with invented names of people, outlets and some details; the places and the
armed groups are real; the gold encodes what each TEXT says, including its slant, hedges and sources, not what is
true. Articles are 250-450 words; check_s below adds the 250-word floor and the 2024-01-01..2026-11-30 window to
goldkit's check_article.

Run:  python3 build_dev_s.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it dev_q to dev_c), kept unchanged - among them
"No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only, "no civilians were hurt"
(one group among others) -> no number field; "dozens" 24..open; "several" 3..open; "at least N" N..open; "more than N"
N+1..open; unsplit killed-or-wounded -> casualties; one side's count in a clash -> N..open, both sides told -> summed;
a toll told later or revised -> folded into the core event, the other figures non-core copies; a wounded victim who
dies later -> killed N..N+1, injured M-1..M; "N km <direction> of X" -> LKM; "on the outskirts of Y" / "near Y" -> Y's
point; countrysides, districts, valleys, border sectors and long roads -> names and country; "overnight" / "last
night" / "on X night" -> both days; "last week" -> Monday to Sunday; uncertain or blamed perpetrators -> every
alternative plus unknown; a party's claim -> core, occurred, sourced to it; another object or toll by another source
-> one core event per version; the same object told two ways -> one core event, the other a non-core copy; Turkish
"neutralised" -> no number field; headlines that state an event -> non-core copies; denials, plans, threats,
conditionals, forecasts, aggregates and background -> non-core.
Added or made explicit here:
- Counts: "hundreds" -> 200..open (as "dozens" 24..open); "several hundred" -> 300..open; "scores" -> 40..open;
  "around N" / "about N" -> N..N (the figure as told; "around ten martyrs" -> 10); "up to N" -> 1..N; "five or six"
  -> 5..6; "between seven and nine" -> 7..9; "excluding the bomber" -> the bomber not counted.
- A live blog's correction of its own figure (four dead -> three) -> the corrected figure on the core, exact; the
  withdrawn figure a non-core copy with its own number, sourced to the outlet.
- A ministry's word that reports of a death "were wrong" -> killed 0..0 on the core (a statement that no one died),
  the false report a non-core copy with its own figure, sourced to social media.
- No-casualty phrasings: "harming no one", "Nobody was hurt", "without anyone being hurt", "no casualties were
  recorded", "caused material damage only" (the text restricts the harm to property, unlike dev_r's "the house was
  empty") -> killed and injured 0..0; "No injuries were recorded", "there were no injuries to the crew", "No staff
  were harmed" -> injured 0..0 only (the crew or the staff being everyone present); "No injuries were recorded among
  our personnel" / "No casualty was recorded on the side of the operatives" (one side of a fight) -> no number of its
  own.
- One source giving both sides' dead (the SDF's two and "dozens of attackers"; IRIB's "at least 10" and 16; the
  group's "dozens" and "around ten") -> summed, open when any part is open; a riot's injured from two sources (the
  governor's four officers, the reporter's "at least two protesters") -> summed, 6..open.
- A clash told by the author (no numbers) and by each party with its own numbers -> one core per telling (as dev_r's
  three-version convoy); a detention told with two counts -> one core (Arrests carry no number), the other count a
  non-core copy.
- "neutralising several" in a Nigerian police release -> killed 3..open ("neutralise" is the police's word for killing
  there, the release counting insurgents who "escaped with gunshot wounds" apart); Turkish "neutralised" keeps no
  number field.
- A named, pinned town also placed by a distance ("the outskirts of Haffah, around 30 km north-east of Latakia city")
  -> the town's point (the distance only describes it); LKM only for unnamed points ("a village about 25 km north of
  Dori", "desert about 10 km east of Hajin") and for a point at sea ("about 50 nautical miles west of Hodeidah" ->
  93 km west, no country).
- Relative days under a dateline resolve against the dateline's date ("the day before yesterday" under "HADITHA, Feb.
  17" in a paper of Feb. 18 -> Feb. 15); "On the eve of the ... assembly, which opened on Wednesday" -> Tuesday;
  "Two days later, on Tuesday", "That same Monday", "(Wed)" tags in a digest's dated week -> that day; "At dawn today"
  -> the publication day; day-first numeric dates (02/09/2024, 19/1/2024, 20/06/2025) read as the text declares or the
  publication implies; an arrest "said on Monday" and tied to an attack "earlier this month" -> the 1st to Monday;
  background "in 2019" / "in 2023" -> the year, "in June last year" -> that month, "the summer of 2014" -> June-August.
- A Q&A question stating a party's claim ("The Houthis say they hit an American warship") -> core, sourced to the
  party; the spokesperson's "That is false" -> a non-core denied copy. An army calling reports of its strike
  "inaccurate" -> non-core denied (the reports are their only telling).
- A party that denies and names another attacker and weapon for the same object (the RSF: "the army had shelled its
  own hospital") -> the counter-version a non-core copy of its own type, the denial non-core denied; the core keeps
  every named alternative plus unknown.
- An army's "died in combat" told by families as unarmed pickers shot by soldiers -> one core per version, each with
  its own type (Battles / Violence against civilians) and numbers.
- An attacker's claim to have "taken control" of a town the author says it left the same day -> Non-state actor
  overtakes territory in the claim's version, Battles/Armed clash in the author's.
- Two acts in one sentence (explosives dropped from drones, then a firefight) -> one gold per act, each clause its
  evidence; an unsplit wounded count told after both -> on both.
- Forced recruitment of minors -> Violence against civilians/Abduction; a journalist taken by intelligence agents
  with the arrest unacknowledged -> Abduction, not Arrests.
- Armed drug smugglers fighting border guards -> Battles/Armed clash; a drug-carrying drone downed -> Disrupted
  weapons use.
- A night's nationwide wave of drones and missiles, and the interception counts -> aggregates (no single place).
- A strike in a Gaza humanitarian update with no shooter named -> Israel plus unknown (the frame implies it, as dev_r's
  agent-less drone); fire by troops on crowds at an aid site -> Violence against civilians.
- Analysts' forecasts ("further attacks ... are likely", "they expected the attacks to continue") -> hypothetical, as
  dev_r's assessments; a march called for noon and a march promised on a condition -> planned protests.
- "Unconfirmed reports indicate ..." and reports "being investigated" (side remarks) -> non-core, status possible.
- No gold: sieges and blockades as states, curfews, bans, trustees' appointments, displacement, the recovery of a
  kidnapped minor, seizures inside a clash or an arrest, appeals and slogans, metaphors ("a shell fired by other
  means", "piracy with missiles", "war booty")."""

import math

from goldkit import (
    ABDUCT, AGREE, AIR, ARRESTS, ATTACK, BAT, CIV, CLASH, DISRUPT, EXP, GOVREGAIN, IED, INTERVENTION, LOOT, MOB,
    NSAOVER, PEACEFUL, PRO, PROTEST_SIDES, PROTESTERS, RIOT, SHELL, STR, SUICIDE, UNK, VAC, VIOLENT, EXCESSIVE,
    D, E, L, R, windowed_check, write_gold,
)

# ---------------------------------------------------------------- helpers

# goldkit's check_article (layout, at most 450 words, fields, values, ranges) plus this set's 250-word floor and
# its 2024-01-01..2026-11-30 publication window (as check_r in build_dev_r.py).
check_s = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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
# cities, camps and bases we can pin to ~0.05 degrees from our own knowledge; villages, districts, valleys, border
# sectors and sites we cannot pin get names and a country only, unless the text places them by a distance and a
# direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = ["United States", "US forces", "U.S. forces", "US military", "U.S. military", "American",
       "Military Forces of the United States"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
UKRAINE = ["Ukraine", "Ukrainian", "Ukrainian forces", "Ukrainian army", "Ukrainian military",
           "Military Forces of Ukraine", "Armed Forces of Ukraine"]
RSF = ["Rapid Support Forces", "RSF", "Janjaweed"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "Military Forces of Sudan"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-s-01  live blog with timestamps and a correction — Syria's coast: the Jableh-Qardaha road, Beit Yashout in the
# countryside east of Jableh, villages of the Qardaha countryside, the outskirts of Haffah, Latakia city (Fri 22 Aug 2025)
# =============================================================================
T01 = """Live: Gunmen ambush security convoy near Jableh as tension grips Syria's coast

The Levant Ledger | Live coverage | Last updated 22 August 2025, 19:40 Damascus time

19:40 - That is all from us for today. Our correspondent in Latakia, Rami Haddad, will be back with updates tomorrow morning.

18:55 - CORRECTION: An earlier version of the 17:10 post said four members of the General Security forces had been killed. The Interior Ministry has since given a toll of three dead and five wounded; one of the wounded, first reported dead, is in intensive care in Latakia. The post below has been corrected.

17:10 - Gunmen opened fire on a General Security convoy on the road between Jableh and Qardaha this afternoon, killing three of its members and wounding five, the Interior Ministry said in a statement. The ministry blamed "remnants of the former regime". No group has claimed the ambush.

16:30 - Security forces have detained at least 11 men in raids on villages in the Qardaha countryside since the morning, a local official told us. He said "several" had already been released after questioning.

15:05 - A resident of Beit Yashout, in the countryside east of Jableh, says unidentified gunmen on a motorcycle shot dead a 52-year-old teacher and his two sons, aged 19 and 23, outside their home last night. The Syrian Observatory for Human Rights (SOHR), citing its sources in the village, gives a different account: four men were killed, among them a neighbour who ran out to help. We have not been able to verify either figure.

13:20 - Security forces shot down a small drone over the outskirts of Haffah, around 30 km north-east of Latakia city, a civil defence team told us. Nobody was hurt and nothing was damaged. It is not clear who launched it.

11:45 - Several dozen people gathered in front of the governorate building in Latakia city this morning to demand news of relatives detained since March. The gathering broke up peacefully after about an hour.

10:00 - Good morning and welcome to our live coverage. Some background: the coast has been tense since March, when attacks by loyalist gunmen on security forces were followed by the killing of hundreds of Alawite civilians, according to a UN commission of inquiry. Analysts we spoke to warn that the region could "explode again" if this week's killings go unpunished.
"""

GS01 = ["General Security", "General Security forces", "General Security convoy", "Syrian government",
        "Interior Ministry", "security forces", "Military Forces of Syria", "Police Forces of Syria"]
LOYAL01 = ["remnants of the former regime", "loyalist gunmen", "Assad loyalists", "former regime"]
ROAD01 = L(["road between Jableh and Qardaha", "Jableh", "Qardaha", "Latakia"], cc="SY")
BEIT01 = L(["Beit Yashout", "countryside east of Jableh", "Jableh countryside", "Jableh"], cc="SY")
QARDAHA_CS = L(["Qardaha countryside", "villages in the Qardaha countryside", "Qardaha"], cc="SY")
HAFFAH = L(["Haffah", "al-Haffah", "outskirts of Haffah"], 35.60, 36.03, "SY")
LATAKIA = L(["Latakia", "Latakia city", "Lattakia", "governorate building"], 35.52, 35.78, "SY")
COAST01 = L(["Syria's coast", "the coast", "Syrian coast", "Latakia", "Tartus"], cc="SY")
LL = ["The Levant Ledger", "Levant Ledger", "Rami Haddad", "author"]
MOI01 = ["Interior Ministry", "Syrian Interior Ministry", "Ministry of Interior"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "Syrian Observatory"]
E01 = [
    # an ambush on an armed security convoy -> Battles; the toll as corrected (the live blog's own correction, one
    # post later) -> 3 and 5 on the core; the withdrawn "four" -> a non-core copy with its own figure (the rule for a
    # revised toll); the ministry blames loyalists, no claim -> the loyalists plus unknown; "this afternoon" -> 22 Aug
    E(True, "Gunmen opened fire on a General Security convoy on the road between Jableh and Qardaha this afternoon, killing three of its members and wounding five",
      BAT, CLASH, actor1=UNK + LOYAL01 + ["Gunmen"], actor2=GS01, location=ROAD01, date=D("2025-08-22"),
      killed=R(3), injured=R(5), source=MOI01 + LL),
    E(False, "four members of the General Security forces had been killed", BAT, CLASH, actor1=UNK + LOYAL01,
      actor2=GS01, location=ROAD01, date=D("2025-08-22"), killed=R(4), source=LL),
    E(False, "The Interior Ministry has since given a toll of three dead and five wounded", BAT, CLASH,
      actor1=UNK + LOYAL01, actor2=GS01, location=ROAD01, date=D("2025-08-22"), killed=R(3), injured=R(5),
      source=MOI01),
    # raids that detain people -> Arrests; a countryside -> names and country; "since the morning" -> 22 Aug
    E(True, "Security forces have detained at least 11 men in raids on villages in the Qardaha countryside since the morning",
      STR, ARRESTS, actor1=GS01, actor2=CIV + ["11 men", "men"], location=QARDAHA_CS, date=D("2025-08-22"),
      source=["local official"] + LL),
    # one killing, two tolls by two sources (the resident's three / SOHR's four) -> one core event per version;
    # "last night" in a live blog of Friday -> Thursday and Friday; kin and ages -> 3 killed
    E(True, "unidentified gunmen on a motorcycle shot dead a 52-year-old teacher and his two sons, aged 19 and 23, outside their home last night",
      VAC, ATTACK, actor1=UNK + ["unidentified gunmen", "gunmen"], actor2=CIV + ["teacher", "his two sons", "sons"],
      location=BEIT01, date=D("2025-08-21", "2025-08-22"), killed=R(3), source=["resident", "A resident of Beit Yashout"] + LL),
    E(True, "four men were killed, among them a neighbour who ran out to help", VAC, ATTACK,
      actor1=UNK + ["unidentified gunmen", "gunmen"], actor2=CIV + ["four men", "neighbour"], location=BEIT01,
      date=D("2025-08-21", "2025-08-22"), killed=R(4), source=SOHR),
    # a drone shot down -> Disrupted weapons use; "Nobody was hurt" -> 0..0 both; "around 30 km north-east of
    # Latakia city" with the outskirts of a pinned town named -> Haffah's point (the town is named; the distance
    # only places the town); "this morning"-less 13:20 post under a Friday blog -> 22 Aug
    E(True, "Security forces shot down a small drone over the outskirts of Haffah, around 30 km north-east of Latakia city",
      STR, DISRUPT, actor1=GS01, actor2=UNK + ["small drone", "drone"], location=HAFFAH, date=D("2025-08-22"),
      killed=R(0), injured=R(0), source=["civil defence team", "civil defence"] + LL),
    # a gathering that broke up peacefully -> Peaceful protest
    E(True, "Several dozen people gathered in front of the governorate building in Latakia city this morning to demand news of relatives detained since March",
      PRO, PEACEFUL, actor1=PROTESTERS + ["Several dozen people", "relatives"], location=LATAKIA,
      date=D("2025-08-22"), source=LL),
    # background: March's attacks and massacres -> non-core, one each, March 2025
    E(False, "attacks by loyalist gunmen on security forces", BAT, CLASH, actor1=LOYAL01, actor2=GS01,
      location=COAST01, date=D("2025-03-01", "2025-03-31"), source=LL, aggregate=True),
    E(False, "the killing of hundreds of Alawite civilians", VAC, ATTACK, actor1=GS01 + UNK + ["pro-government fighters"],
      actor2=CIV + ["Alawite civilians", "Alawites"], location=COAST01, date=D("2025-03-01", "2025-03-31"),
      killed=R(200, None), source=["UN commission of inquiry", "UN commission", "United Nations"], aggregate=True),
    # the analysts' conditional -> hypothetical
    E(False, 'the region could "explode again" if this week\'s killings go unpunished', VAC, ATTACK,
      actor1=UNK, actor2=CIV, location=COAST01, source=["Analysts", "analysts"], status="hypothetical"),
    # no gold: the sign-off, the ministry's blame as such (inside the core's actor1), "No group has claimed the
    # ambush", the releases after questioning, "It is not clear who launched it", the relatives' detention "since
    # March" (no dated act)
]
# the headline's copy
E01.append(E(False, "Gunmen ambush security convoy near Jableh", BAT, CLASH, actor1=UNK + LOYAL01, actor2=GS01,
             location=L(["Jableh", "near Jableh"], 35.36, 35.93, "SY"), date=D("2025-08-22"), source=LL))
DOCS.append((
    "dev-s-01", "The Levant Ledger (live blog)", "2025-08-22", "live blog with timestamps and a correction",
    "Syria's coast: an ambush on a General Security convoy on the Jableh-Qardaha road with its toll corrected in a "
    "later post, arrests in the Qardaha countryside, a father and two sons shot 'last night' told by a resident (three) "
    "and by SOHR (four), a drone shot down over Haffah ('Nobody was hurt and nothing was damaged'), a peaceful "
    "gathering in Latakia, March background (aggregates), an analysts' conditional",
    T01, E01))
WEEKDAYS += [("dev-s-01", "22 August 2025", "2025-08-22", "Friday")]

# =============================================================================
# dev-s-02  human-rights monitor's incident log — Deir ez-Zor's tribal areas: Dhiban, al-Busayrah, al-Mayadin's
# eastern outskirts, the desert east of Hajin, Abu Hamam, al-Shuhayl (Mon 9 Sep 2024)
# =============================================================================
T02 = """Incident log, Deir ez-Zor governorate: 2-8 September 2024

Euphrates Rights Watch | Documentation Unit | Log no. 36 | Issued 09/09/2024

Method: entries are based on interviews with witnesses, relatives and medical staff, and on statements by the parties. Dates are given day/month/year. Where accounts conflict, each is recorded.

02/09/2024 - Dhiban (eastern countryside). SDF forces raided homes at dawn and detained seven young men, two of them minors aged 16 and 17, accusing them of links to tribal fighters. Relatives say no reason was given.

Night of 03-04/09/2024 - al-Busayrah. Fighters of the Arab Tribes and Clans Forces crossed the Euphrates from the western bank and attacked SDF positions; fighting lasted until dawn. A channel close to the tribal forces claimed its men had killed or wounded at least nine SDF members. The SDF said it repelled the attack, losing two of its fighters, and that "dozens of attackers" had been killed.

04/09/2024 - al-Mayadin. Mortar rounds fired from SDF-held areas across the river landed on the eastern outskirts of al-Mayadin, wounding a woman and her eight-year-old son, a nurse at the town's hospital told us. The SDF denied targeting residential areas.

05/09/2024 - desert about 10 km east of Hajin. A shepherd, 41, was found shot dead beside his flock. Relatives blamed an Islamic State cell; a local SDF commander said the killers were either IS members or smugglers.

06/09/2024 - Abu Hamam. An improvised explosive device went off beside a patrol vehicle of the Internal Security Forces (Asayish). The vehicle was damaged; no casualties were recorded.

07/09/2024 - Dhiban. Around 200 residents protested against the raid of 2 September. SDF members fired into the air to disperse them. No injuries were recorded.

08/09/2024 - al-Shuhayl. A joint SDF and US-led coalition force detained a man it described as an IS "emir" in a helicopter-backed raid, according to a coalition statement.

Cumulative: since 1 August the Unit has documented the deaths of 27 civilians in the governorate, 11 of them children.

Context: the tribal forces took up arms against the SDF in August 2023, when fighting spread across the eastern countryside after the arrest of a local commander. Their leader said this week that his men would "return to every village" east of the river.

Accounts by the parties could not be independently verified. The Unit's records are available to accredited researchers on request.
"""

SDF02 = SDF + ["SDF members", "Internal Security Forces", "Asayish"]
TRIBE02 = ["Arab Tribes and Clans Forces", "tribal forces", "tribal fighters", "Arab tribal forces",
           "Forces of the Arab Tribes and Clans", "Arab tribes", "attackers"]
COAL02 = ["US-led coalition", "coalition", "Combined Joint Task Force", "Operation Inherent Resolve"] + USA
DHIBAN = L(["Dhiban", "Thiban", "eastern countryside", "Deir ez-Zor"], cc="SY")
BUSAYRAH = L(["al-Busayrah", "Busayrah", "al-Busayra", "Busaira"], 35.16, 40.43, "SY")
MAYADIN = L(["al-Mayadin", "Mayadin", "eastern outskirts of al-Mayadin"], 35.02, 40.45, "SY")
HAJIN_E = LKM(["desert about 10 km east of Hajin", "Hajin", "desert"], 34.69, 40.83, 10, 90, "SY")
ABUHAMAM = L(["Abu Hamam", "Abu Hamama"], cc="SY")
SHUHAYL = L(["al-Shuhayl", "Shuhayl", "al-Shuhail"], cc="SY")
DEZ = L(["Deir ez-Zor governorate", "Deir ez-Zor", "Deir al-Zor", "eastern countryside"], cc="SY")
ERW = ["Euphrates Rights Watch", "Documentation Unit", "the Unit", "author"]
E02 = [
    # "02/09/2024" day/month/year (the log says so) -> 2 Sept; detentions in a raid -> Arrests; minors are
    # civilians; a village with no point we can pin -> names and country
    E(True, "SDF forces raided homes at dawn and detained seven young men, two of them minors aged 16 and 17",
      STR, ARRESTS, actor1=SDF02, actor2=CIV + ["seven young men", "young men", "minors"], location=DHIBAN,
      date=D("2024-09-02"), source=["Relatives", "relatives"] + ERW),
    # one clash in three tellings -> one core per telling: the log's own (no numbers of its own), the tribal
    # channel's "killed or wounded at least nine SDF members" (unsplit, one side) -> casualties 9..open, and the
    # SDF's own two dead plus the attackers' "dozens" (one source, both sides -> summed: 2 + 24) -> killed 26..open;
    # "Night of 03-04/09/2024" -> both days
    E(True, "Fighters of the Arab Tribes and Clans Forces crossed the Euphrates from the western bank and attacked SDF positions",
      BAT, CLASH, actor1=TRIBE02, actor2=SDF02, location=BUSAYRAH, date=D("2024-09-03", "2024-09-04"),
      source=ERW),
    E(True, "its men had killed or wounded at least nine SDF members", BAT, CLASH, actor1=TRIBE02, actor2=SDF02,
      location=BUSAYRAH, date=D("2024-09-03", "2024-09-04"), casualties=R(9, None),
      source=["channel close to the tribal forces", "tribal forces"] + TRIBE02),
    E(True, "it repelled the attack, losing two of its fighters", BAT, CLASH, actor1=TRIBE02 + SDF02,
      actor2=SDF02 + TRIBE02, location=BUSAYRAH, date=D("2024-09-03", "2024-09-04"), killed=R(26, None),
      source=SDF),
    # mortar rounds "fired from SDF-held areas" -> the SDF plus unknown (the log points, does not assert); "a woman and
    # her eight-year-old son" -> injured 2; the SDF's denial -> a non-core denied copy
    E(True, "Mortar rounds fired from SDF-held areas across the river landed on the eastern outskirts of al-Mayadin, wounding a woman and her eight-year-old son",
      EXP, SHELL, actor1=SDF02 + UNK, actor2=CIV + ["woman", "son"], location=MAYADIN, date=D("2024-09-04"),
      injured=R(2), source=["nurse", "a nurse at the town's hospital"] + ERW),
    E(False, "The SDF denied targeting residential areas", EXP, SHELL, actor1=SDF02, actor2=CIV,
      location=MAYADIN, date=D("2024-09-04"), source=SDF, status="denied"),
    # a body found shot; relatives blame IS, the commander says "either IS members or smugglers" -> IS, smugglers
    # and unknown; "about 10 km east of Hajin" -> LKM
    E(True, "A shepherd, 41, was found shot dead beside his flock", VAC, ATTACK,
      actor1=ISIS + ["IS members", "Islamic State cell", "smugglers"] + UNK, actor2=CIV + ["shepherd"],
      location=HAJIN_E, date=D("2024-09-05"), killed=R(1), source=["Relatives", "local SDF commander"] + ERW),
    # an IED with no one named; "no casualties were recorded" -> 0..0 both
    E(True, "An improvised explosive device went off beside a patrol vehicle of the Internal Security Forces (Asayish)",
      EXP, IED, actor1=UNK, actor2=SDF02 + ["patrol vehicle"], location=ABUHAMAM, date=D("2024-09-06"),
      killed=R(0), injured=R(0), source=ERW),
    # shots in the air to disperse a protest -> Protest with intervention (no one hurt: "No injuries were
    # recorded" -> injured 0..0 only)
    dict(E(True, "Around 200 residents protested against the raid of 2 September", PRO, INTERVENTION,
           location=DHIBAN, date=D("2024-09-07"), injured=R(0), source=ERW), **PROTEST_SIDES(SDF02)),
    E(True, 'A joint SDF and US-led coalition force detained a man it described as an IS "emir" in a helicopter-backed raid',
      STR, ARRESTS, actor1=SDF02 + COAL02, actor2=ISIS + ["emir", "IS emir"], location=SHUHAYL,
      date=D("2024-09-08"), source=["coalition statement", "coalition"] + COAL02),
    # the Unit's tally -> aggregate
    E(False, "since 1 August the Unit has documented the deaths of 27 civilians in the governorate", VAC, ATTACK,
      actor1=UNK + SDF02 + TRIBE02 + ISIS, actor2=CIV, location=DEZ, date=D("2024-08-01", "2024-09-08"),
      killed=R(27), source=ERW, aggregate=True),
    # background: August 2023's fighting -> non-core aggregate over a month; the leader's vow -> planned
    E(False, "the tribal forces took up arms against the SDF in August 2023", BAT, CLASH, actor1=TRIBE02,
      actor2=SDF02, location=DEZ, date=D("2023-08-01", "2023-08-31"), source=ERW, aggregate=True),
    E(False, 'his men would "return to every village" east of the river', BAT, NSAOVER, actor1=TRIBE02,
      actor2=SDF02, location=DEZ, source=["Their leader", "tribal forces"] + TRIBE02, status="planned"),
    # no gold: the method note, "Relatives say no reason was given", "fighting spread ... after the arrest of a
    # local commander" (inside the background), "The vehicle was damaged" (inside the IED), the verification note
]
DOCS.append((
    "dev-s-02", "Euphrates Rights Watch (incident log)", "2024-09-09", "human-rights monitor's incident log",
    "Deir ez-Zor: day-first numeric dates, SDF arrests of seven (two minors) in Dhiban, a night attack on al-Busayrah "
    "in three tellings (the log's, the tribal channel's 'killed or wounded at least nine', the SDF's two dead and "
    "'dozens of attackers'), mortar rounds on al-Mayadin and the SDF's denial, a shepherd shot 'about 10 km east of "
    "Hajin' by 'either IS members or smugglers', an IED ('no casualties were recorded'), a protest dispersed with "
    "shots in the air, a coalition raid, a tally, 2023 background, a vow",
    T02, E02))

# =============================================================================
# dev-s-03  regional newspaper's page under village datelines — Iraq's Anbar and Salahuddin: Wadi Horan north-east of
# Rutba, the Rutba base, the Haditha-al-Qaim highway, the outskirts of Tuz Khurmatu, the al-Jalam desert east of
# Samarra, the Baiji refinery, Mutaibijah (Tue 18 Feb 2025)
# =============================================================================
T03 = """Anbar and Salahuddin: airstrike in Wadi Horan, PMF members killed near Tuz

Al-Rafidain Evening | Provinces page | Tuesday, Feb. 18, 2025

RUTBA, Feb. 17 - Iraqi F-16 jets struck Islamic State hideouts in the Wadi Horan valley, north-east of Rutba, on Sunday, killing between five and seven militants, the Security Media Cell said on Monday. The cell said the strike followed "accurate intelligence" and that the bodies had not yet been recovered.

Separately, two mortar rounds fell in an empty area near the army base in Rutba on Saturday evening, harming no one, a police officer said. Nobody claimed the attack.

HADITHA, Feb. 17 - Gunmen in two pickup trucks stopped and abducted two truck drivers on the highway between Haditha and al-Qaim the day before yesterday, police said. The drivers, brothers from Hit, were carrying cement to Syria. Their family has not been contacted by the kidnappers.

TUZ KHURMATU, Feb. 18 - A roadside bomb struck a vehicle of the Popular Mobilization Forces on the outskirts of Tuz Khurmatu last night, killing two fighters and wounding a third, a PMF commander said. A medical source later told the paper that the wounded man had died in hospital this morning, bringing the death toll to three. No group claimed the bombing, but the commander blamed "Daesh remnants" in the nearby Hamrin hills.

SAMARRA, Feb. 17 - Counter-Terrorism Service troops detained a man wanted for the killing of an army officer in an attack on a post in Mutaibijah earlier this month, the service said on Monday. He was arrested in the al-Jalam desert east of Samarra.

BAIJI, Feb. 17 - Dozens of contract workers at the Baiji refinery protested outside the main gate on Monday, demanding salaries they say have been unpaid for four months. The protest ended without incident.

ANALYSIS - Security forces have killed 43 Islamic State militants in Anbar since the start of the year, according to figures compiled by the paper from official statements. A member of the Anbar provincial council, Saad al-Karbouli, warned that the group "could stage a comeback in the desert if the coalition leaves before our forces are ready". Residents of Rutba, he said, still remember the summer of 2014, when the town fell to the group in a matter of hours.
"""

ISF03 = ["Iraqi Security Forces", "Iraqi army", "Iraqi Air Force", "Iraqi F-16 jets", "F-16 jets", "Iraqi",
         "Military Forces of Iraq", "Security Media Cell", "security forces"]
ISIS03 = ISIS + ["Islamic State hideouts", "militants", "Daesh remnants"]
CTS03 = ["Counter-Terrorism Service", "CTS", "Iraqi Counter-Terrorism Service"] + ISF03
PMF03 = PMF + ["PMF fighters", "fighters"]
HORAN = L(["Wadi Horan", "Wadi Horan valley", "Wadi Hauran", "Rutba", "Anbar"], cc="IQ")
RUTBA = L(["Rutba", "al-Rutba", "army base in Rutba", "Ar Rutbah"], 33.04, 40.28, "IQ")
HQ_RD = L(["highway between Haditha and al-Qaim", "Haditha", "al-Qaim", "Anbar"], cc="IQ")
TUZ = L(["Tuz Khurmatu", "Tuz", "outskirts of Tuz Khurmatu", "Tuz Khormato"], 34.88, 44.63, "IQ")
JALAM = L(["al-Jalam desert", "Jalam", "east of Samarra", "Samarra"], cc="IQ")
MUTAIB = L(["Mutaibijah", "Mutaibija", "Salahuddin"], cc="IQ")
BAIJI = L(["Baiji", "Baiji refinery", "Bayji"], 34.93, 43.49, "IQ")
ANBAR = L(["Anbar", "Anbar province", "al-Anbar"], cc="IQ")
RAF = ["Al-Rafidain Evening", "Rafidain Evening", "the paper", "author"]
SMC = ["Security Media Cell", "Iraqi Security Media Cell"]
E03 = [
    # "between five and seven militants" -> killed 5..7; "on Sunday" under a Monday dateline in a Tuesday paper ->
    # 16 Feb; a valley placed by a direction only -> names and country
    E(True, "Iraqi F-16 jets struck Islamic State hideouts in the Wadi Horan valley, north-east of Rutba, on Sunday, killing between five and seven militants",
      EXP, AIR, actor1=ISF03, actor2=ISIS03, location=HORAN, date=D("2025-02-16"), killed=R(5, 7), source=SMC + RAF),
    # "in an empty area near the army base in Rutba" -> the town; "harming no one" -> 0..0 both; "on Saturday
    # evening" -> 15 Feb; no shooter named -> unknown
    E(True, "two mortar rounds fell in an empty area near the army base in Rutba on Saturday evening, harming no one",
      EXP, SHELL, actor1=UNK, actor2=ISF03 + ["army base"], location=RUTBA, date=D("2025-02-15"), killed=R(0),
      injured=R(0), source=["police officer", "police"] + RAF),
    # "the day before yesterday" under a dateline of 17 Feb -> 15 Feb (the dateline, not the paper's date, anchors
    # the relative day); a long highway -> names and country; abductees are no casualties
    E(True, "Gunmen in two pickup trucks stopped and abducted two truck drivers on the highway between Haditha and al-Qaim the day before yesterday",
      VAC, ABDUCT, actor1=UNK + ["Gunmen", "kidnappers"], actor2=CIV + ["truck drivers", "two truck drivers", "brothers"],
      location=HQ_RD, date=D("2025-02-15"), source=["police"] + RAF),
    # a toll revised a sentence later ("killing two ... wounding a third", then the third dies: "bringing the death
    # toll to three") -> killed 2..3, injured 0..1 (dev_r's rule); "last night" under a dateline of 18 Feb -> 17-18;
    # the commander's blame (no claim) -> IS plus unknown; the revised toll a non-core copy
    E(True, "A roadside bomb struck a vehicle of the Popular Mobilization Forces on the outskirts of Tuz Khurmatu last night, killing two fighters and wounding a third",
      EXP, IED, actor1=UNK + ISIS03, actor2=PMF03, location=TUZ, date=D("2025-02-17", "2025-02-18"), killed=R(2, 3),
      injured=R(0, 1), source=["PMF commander"] + PMF + RAF),
    E(False, "the wounded man had died in hospital this morning, bringing the death toll to three", EXP, IED,
      actor1=UNK + ISIS03, actor2=PMF03, location=TUZ, date=D("2025-02-17", "2025-02-18"), killed=R(3),
      source=["medical source"] + RAF),
    # an arrest "said on Monday" with no day of its own -> the range up to Monday (the month so far); the desert
    # east of Samarra -> names and country
    E(True, "Counter-Terrorism Service troops detained a man wanted for the killing of an army officer", STR, ARRESTS,
      actor1=CTS03, actor2=ISIS03 + ["a man wanted", "man"], location=JALAM, date=D("2025-02-01", "2025-02-17"),
      source=["Counter-Terrorism Service", "the service"] + RAF),
    # the attack the suspect is wanted for: a brief background reference -> non-core; "earlier this month" ->
    # 1 Feb to the dateline
    E(False, "an attack on a post in Mutaibijah earlier this month", BAT, CLASH, actor1=ISIS03 + UNK,
      actor2=ISF03 + ["army officer", "post"], location=MUTAIB, date=D("2025-02-01", "2025-02-17"), killed=R(1),
      source=RAF),
    # a workers' protest "ended without incident" -> Peaceful protest
    E(True, "Dozens of contract workers at the Baiji refinery protested outside the main gate on Monday", PRO,
      PEACEFUL, actor1=PROTESTERS + ["contract workers", "workers"], location=BAIJI, date=D("2025-02-17"),
      source=RAF),
    # the paper's tally -> aggregate; the councillor's conditional -> hypothetical; 2014 -> background
    E(False, "Security forces have killed 43 Islamic State militants in Anbar since the start of the year", BAT,
      CLASH, actor1=ISF03, actor2=ISIS03, location=ANBAR, date=D("2025-01-01", "2025-02-18"), killed=R(43),
      source=RAF, aggregate=True),
    E(False, '"could stage a comeback in the desert if the coalition leaves before our forces are ready"', BAT,
      NSAOVER, actor1=ISIS03, actor2=ISF03, location=ANBAR, source=["Saad al-Karbouli", "Anbar provincial council"],
      status="hypothetical"),
    E(False, "the summer of 2014, when the town fell to the group in a matter of hours", BAT, NSAOVER,
      actor1=ISIS03, actor2=ISF03, location=RUTBA, date=D("2014-06-01", "2014-08-31"), source=RAF),
    # no gold: "accurate intelligence", the bodies not recovered, "Nobody claimed the attack", the cargo and the
    # family's wait, the Hamrin hills (a hiding place, no act), the unpaid salaries
]
# the headline's copies
E03 += [
    E(False, "airstrike in Wadi Horan", EXP, AIR, actor1=ISF03, actor2=ISIS03, location=HORAN, date=D("2025-02-16"),
      source=RAF),
    E(False, "PMF members killed near Tuz", EXP, IED, actor1=UNK + ISIS03, actor2=PMF03, location=TUZ,
      date=D("2025-02-17", "2025-02-18"), source=RAF),
]
DOCS.append((
    "dev-s-03", "Al-Rafidain Evening", "2025-02-18", "regional newspaper's page under village datelines",
    "Iraq's Anbar and Salahuddin: an F-16 strike in Wadi Horan ('between five and seven'), mortar rounds near the "
    "Rutba base ('harming no one'), two drivers abducted 'the day before yesterday' under a dateline, a roadside bomb "
    "near Tuz Khurmatu with the toll raised to three, a CTS arrest tied to an attack 'earlier this month', a workers' "
    "protest at Baiji, a tally, a councillor's conditional, 2014 background",
    T03, E03))
WEEKDAYS += [
    ("dev-s-03", "Tuesday, Feb. 18, 2025", "2025-02-18", "Tuesday"),
    ("dev-s-03", "on Monday", "2025-02-17", "Monday"),
    ("dev-s-03", "on Sunday", "2025-02-16", "Sunday"),
    ("dev-s-03", "on Saturday evening", "2025-02-15", "Saturday"),
]

# =============================================================================
# dev-s-04  military spokesman's Q&A (briefing transcript) — Yemen's Hodeidah coast and the Red Sea: a ship about 50
# nautical miles west of Hodeidah, Ras Isa, Kamaran Island, the southern Red Sea (Thu 15 Feb 2024)
# =============================================================================
T04 = """Transcript: Naval Forces spokesperson's briefing on Red Sea operations

Combined Maritime Press Office | Manama, Bahrain | February 15, 2024 | Briefer: Commander Dana Whitfield

CMDR. WHITFIELD: Good morning. Three updates. On Tuesday, Houthi forces fired two anti-ship ballistic missiles from the Hodeidah area at the Star Meridian, a Marshall Islands-flagged bulk carrier, about 50 nautical miles west of Hodeidah. One missile struck the ship, causing minor damage; there were no injuries to the crew, and the vessel continued its voyage.

Yesterday, U.S. forces conducted self-defence strikes on three mobile anti-ship cruise missiles that were prepared to launch near Ras Isa. And overnight, a U.S. destroyer shot down four one-way attack drones over the southern Red Sea. No ships were damaged.

Q: The Houthis say they hit an American warship with "appropriate naval missiles" on Monday. Your response?

CMDR. WHITFIELD: That is false. No U.S. ship was hit, on Monday or on any other day.

Q: Houthi-run media say your strike on Kamaran Island on Saturday killed three fishermen. Can you confirm?

CMDR. WHITFIELD: On Saturday we struck a coastal radar site on Kamaran Island that the Houthis use to target shipping. We're aware of the claim. We assess there were no civilians at the site, but we take every report seriously and we're looking into it.

Q: How many attacks has the group carried out in total?

CMDR. WHITFIELD: Since November 19 they have attacked or threatened commercial vessels more than 40 times. That's not a blockade - that's piracy with missiles.

Q: Will the strikes continue?

CMDR. WHITFIELD: If the Houthis keep firing at ships, we will keep degrading their ability to do so. I won't speculate on timing.

Q: Were any of the drones launched from the area struck on Wednesday?

CMDR. WHITFIELD: I won't get into that level of detail.

Q: Is there any sign the attacks are slowing?

CMDR. WHITFIELD: No. Thank you, everyone.
"""

HOUTHI04 = HOUTHI + ["Houthi-run media"]
US04 = USA + ["U.S. destroyer", "destroyer", "U.S. Navy", "Naval Forces"]
SHIP04 = ["Star Meridian", "bulk carrier", "merchant vessel", "Marshall Islands-flagged bulk carrier", "ship",
          "commercial shipping", "civilians"]
# "about 50 nautical miles west of Hodeidah" -> 93 km west of the port, a point at sea (no country)
SEA04 = LKM(["about 50 nautical miles west of Hodeidah", "Red Sea", "Hodeidah"], 14.80, 42.95, 93, 270)
RASISA = L(["Ras Isa", "Ras Issa", "near Ras Isa", "Hodeidah"], 15.12, 42.80, "YE")
REDSEA_S = L(["southern Red Sea", "Red Sea"])
KAMARAN = L(["Kamaran Island", "Kamaran", "Hodeidah"], 15.35, 42.60, "YE")
CMPO = ["Combined Maritime Press Office", "Dana Whitfield", "Commander Dana Whitfield", "Naval Forces", "U.S. Navy",
        "U.S. military"]
E04 = [
    # ballistic missiles fired from the ground at a ship -> Shelling/artillery/missile attack; "there were no
    # injuries to the crew" (one group, the only people aboard) -> injured 0..0 only; "On Tuesday" -> 13 Feb
    E(True, "On Tuesday, Houthi forces fired two anti-ship ballistic missiles from the Hodeidah area at the Star Meridian",
      EXP, SHELL, actor1=HOUTHI04, actor2=SHIP04, location=SEA04, date=D("2024-02-13"), injured=R(0), source=CMPO),
    # strikes on missiles on the ground -> Air/drone strike; "Yesterday" -> 14 Feb
    E(True, "Yesterday, U.S. forces conducted self-defence strikes on three mobile anti-ship cruise missiles that were prepared to launch near Ras Isa",
      EXP, AIR, actor1=US04, actor2=HOUTHI04 + ["cruise missiles", "anti-ship cruise missiles"], location=RASISA,
      date=D("2024-02-14"), source=CMPO),
    # drones shot down -> Disrupted weapons use; "overnight" in a morning briefing -> 14-15 Feb; the sea area ->
    # names only
    E(True, "overnight, a U.S. destroyer shot down four one-way attack drones over the southern Red Sea", STR,
      DISRUPT, actor1=US04, actor2=HOUTHI04 + ["one-way attack drones", "drones"], location=REDSEA_S,
      date=D("2024-02-14", "2024-02-15"), source=CMPO),
    # the Houthi claim told in a question -> core, occurred, sourced to the Houthis; the spokesman's "That is false"
    # -> a non-core denied copy; "on Monday" -> 12 Feb
    E(True, 'they hit an American warship with "appropriate naval missiles" on Monday', EXP, SHELL,
      actor1=HOUTHI04, actor2=US04 + ["American warship", "warship"], location=REDSEA_S, date=D("2024-02-12"),
      source=HOUTHI04),
    E(False, "No U.S. ship was hit, on Monday or on any other day", EXP, SHELL, actor1=HOUTHI04,
      actor2=US04 + ["U.S. ship"], location=REDSEA_S, date=D("2024-02-12"), source=CMPO, status="denied"),
    # one strike, two objects (three fishermen / a coastal radar site) -> one core event per version
    E(True, "your strike on Kamaran Island on Saturday killed three fishermen", EXP, AIR, actor1=US04,
      actor2=CIV + ["fishermen", "three fishermen"], location=KAMARAN, date=D("2024-02-10"), killed=R(3),
      source=HOUTHI04 + ["Houthi-run media"]),
    E(True, "On Saturday we struck a coastal radar site on Kamaran Island", EXP, AIR, actor1=US04,
      actor2=HOUTHI04 + ["coastal radar site", "radar site"], location=KAMARAN, date=D("2024-02-10"), source=CMPO),
    # the tally since 19 November -> aggregate
    E(False, "Since November 19 they have attacked or threatened commercial vessels more than 40 times", EXP, SHELL,
      actor1=HOUTHI04, actor2=SHIP04, location=L(["Red Sea", "Gulf of Aden"]), date=D("2023-11-19", "2024-02-15"),
      source=CMPO, aggregate=True),
    # the spokesman's conditional about his own side -> planned
    E(False, "If the Houthis keep firing at ships, we will keep degrading their ability to do so", EXP, AIR,
      actor1=US04, actor2=HOUTHI04, location=L(["Yemen"], cc="YE"), source=CMPO, status="planned"),
    # no gold: "causing minor damage" and "the vessel continued its voyage" (inside the attack), "No ships were
    # damaged" (the drones were downed), "We assess there were no civilians at the site" (inside the US version),
    # "piracy with missiles" (a metaphor), the question about the drones' origin ("the area struck on Wednesday"
    # repeats the Ras Isa strike)
]
DOCS.append((
    "dev-s-04", "Combined Maritime Press Office (briefing transcript)", "2024-02-15", "military spokesman's Q&A",
    "Red Sea and Yemen's Hodeidah coast: ballistic missiles on a bulk carrier 'about 50 nautical miles west of "
    "Hodeidah' ('no injuries to the crew'), strikes on cruise missiles near Ras Isa 'Yesterday', drones downed "
    "'overnight', a Houthi claim on a warship and its denial, a strike on Kamaran told as three fishermen and as a "
    "radar site, a tally, a conditional, a metaphor",
    T04, E04))
WEEKDAYS += [
    ("dev-s-04", "February 15, 2024", "2024-02-15", "Thursday"),
    ("dev-s-04", "On Tuesday", "2024-02-13", "Tuesday"),
    ("dev-s-04", "Yesterday / on Wednesday", "2024-02-14", "Wednesday"),
    ("dev-s-04", "on Monday", "2024-02-12", "Monday"),
    ("dev-s-04", "on Saturday / On Saturday", "2024-02-10", "Saturday"),
]

# =============================================================================
# dev-s-05  humanitarian flash update — Gaza: an aid distribution site in Tal as-Sultan, western Rafah; a tent in
# al-Mawasi west of Khan Younis; a house in Jabalia; Deir al-Balah; a checkpoint on Salah al-Din Road; Nuseirat (Fri
# 20 Jun 2025)
# =============================================================================
T05 = """Gaza Strip: Flash Update No. 14 - casualties near aid sites, strike on tents in al-Mawasi

Relief Partners Consortium | Flash Update No. 14 | 20 June 2025 | Covering 17-19 June

KEY POINTS
- Dozens killed near an aid distribution site in Rafah on 17 June, according to the Ministry of Health.
- Partner staff detained; aid convoy looted in Deir al-Balah.

INCIDENTS
On 17 June, Israeli forces opened fire on crowds waiting near an aid distribution site in Tal as-Sultan, in western Rafah, killing at least 45 people and injuring more than 150 others, according to the Ministry of Health in Gaza. The Israeli military said troops had fired "warning shots" at "suspects who approached the forces" and that it was aware of reports of casualties.

The following day, the Civil Defence reported that a strike on a three-storey house in Jabalia had killed or injured around 20 people, most of them from one family. Rescue teams were still searching the rubble on the evening of 18 June.

In the early hours of 19 June, an airstrike hit a tent in al-Mawasi, west of Khan Younis, killing a mother and her three children, aged two to nine, according to Nasser Hospital. The father was seriously injured.

On 18 June, armed men stopped and looted four trucks of a partner convoy carrying flour in Deir al-Balah. No staff were harmed. The perpetrators could not be identified.

Also on 18 June, Israeli forces detained two staff members of a partner organization at a checkpoint on Salah al-Din Road; one was released hours later.

Unconfirmed reports indicate that a water point in Nuseirat was also hit on 19 June. Partners are verifying.

FIGURES
Since 27 May, the Ministry of Health has recorded more than 400 people killed and over 3,000 injured while trying to reach aid sites.

OUTLOOK
The Israeli military announced on 19 June that it would expand ground operations in Khan Younis in the coming days and ordered residents of eight blocks to move west. Partners warn that, without fuel, the remaining hospitals could stop functioning within days.

Partners call for the protection of civilians and of humanitarian workers in line with international humanitarian law.
"""

ISR05 = ISRAEL + ["troops"]
GAZA_CIV = CIV + ["crowds", "people", "crowds waiting"]
RAFAH05 = L(["Tal as-Sultan", "western Rafah", "Rafah", "aid distribution site"], 31.28, 34.24, "PS")
JABALIA = L(["Jabalia", "Jabaliya", "Jabalya"], 31.53, 34.48, "PS")
MAWASI = L(["al-Mawasi", "Mawasi", "west of Khan Younis", "Khan Younis", "Khan Yunis"], 31.36, 34.27, "PS")
DEB = L(["Deir al-Balah", "Deir el-Balah"], 31.42, 34.35, "PS")
SALAH = L(["Salah al-Din Road", "Salah ad-Din Road", "Gaza Strip"], cc="PS")
NUSEIRAT = L(["Nuseirat", "Nuseirat camp"], 31.45, 34.39, "PS")
KHANY = L(["Khan Younis", "Khan Yunis"], 31.34, 34.30, "PS")
GAZA = L(["Gaza Strip", "Gaza", "aid sites"], cc="PS")
RPC = ["Relief Partners Consortium", "partners", "author"]
MOH05 = ["Ministry of Health in Gaza", "Ministry of Health", "Gaza health ministry", "MoH"]
E05 = [
    # troops firing on crowds -> Violence against civilians; "at least 45" -> 45..open, "more than 150" ->
    # 151..open; the army's "warning shots" at "suspects" (the same object told another way, no numbers) -> a
    # non-core copy
    E(True, "Israeli forces opened fire on crowds waiting near an aid distribution site in Tal as-Sultan, in western Rafah, killing at least 45 people and injuring more than 150 others",
      VAC, ATTACK, actor1=ISR05, actor2=GAZA_CIV, location=RAFAH05, date=D("2025-06-17"), killed=R(45, None),
      injured=R(151, None), source=MOH05 + RPC),
    E(False, 'troops had fired "warning shots" at "suspects who approached the forces"', VAC, ATTACK,
      actor1=ISR05, actor2=GAZA_CIV + ["suspects"], location=RAFAH05, date=D("2025-06-17"),
      source=["Israeli military"] + ISR05),
    # the key point's copy
    E(False, "Dozens killed near an aid distribution site in Rafah on 17 June", VAC, ATTACK, actor1=ISR05,
      actor2=GAZA_CIV, location=RAFAH05, date=D("2025-06-17"), killed=R(24, None), source=MOH05 + RPC),
    # "killed or injured around 20" -> casualties 20..20 ("around N" -> N, the figure as told); "The following day"
    # after 17 June -> 18 June; a strike with no shooter named in a Gaza update -> Israel plus unknown
    E(True, "a strike on a three-storey house in Jabalia had killed or injured around 20 people", EXP, AIR,
      actor1=ISR05 + UNK, actor2=CIV + ["house", "family"], location=JABALIA, date=D("2025-06-18"),
      casualties=R(20), source=["Civil Defence", "Palestinian Civil Defence"] + RPC),
    # "a mother and her three children" killed, "The father" injured a sentence later -> 4 and 1; "In the early
    # hours of 19 June" -> 19 June
    E(True, "an airstrike hit a tent in al-Mawasi, west of Khan Younis, killing a mother and her three children, aged two to nine",
      EXP, AIR, actor1=ISR05 + UNK, actor2=CIV + ["tent", "mother", "children"], location=MAWASI,
      date=D("2025-06-19"), killed=R(4), injured=R(1), source=["Nasser Hospital"] + RPC),
    # looting of a convoy, "No staff were harmed" (one group, the only people named) -> injured 0..0 only
    E(True, "armed men stopped and looted four trucks of a partner convoy carrying flour in Deir al-Balah", STR, LOOT,
      actor1=UNK + ["armed men"], actor2=CIV + ["partner convoy", "convoy", "trucks"], location=DEB,
      date=D("2025-06-18"), injured=R(0), source=RPC),
    # detention of aid workers at a checkpoint -> Arrests; a long road -> names and country
    E(True, "Israeli forces detained two staff members of a partner organization at a checkpoint on Salah al-Din Road",
      STR, ARRESTS, actor1=ISR05, actor2=CIV + ["staff members", "two staff members", "partner organization"],
      location=SALAH, date=D("2025-06-18"), source=RPC),
    # an unconfirmed side remark -> non-core possible
    E(False, "a water point in Nuseirat was also hit on 19 June", EXP, AIR, actor1=ISR05 + UNK,
      actor2=CIV + ["water point"], location=NUSEIRAT, date=D("2025-06-19"), source=RPC, status="possible"),
    # the ministry's count since 27 May -> aggregate ("more than 400" -> 401..open)
    E(False, "the Ministry of Health has recorded more than 400 people killed and over 3,000 injured while trying to reach aid sites",
      VAC, ATTACK, actor1=ISR05, actor2=GAZA_CIV, location=GAZA, date=D("2025-05-27", "2025-06-20"),
      killed=R(401, None), injured=R(3001, None), source=MOH05, aggregate=True),
    # the army's announced expansion -> planned
    E(False, "it would expand ground operations in Khan Younis in the coming days", BAT, CLASH, actor1=ISR05,
      actor2=HAMAS, location=KHANY, source=["Israeli military"] + ISR05, status="planned"),
    # no gold: "aware of reports of casualties", the search of the rubble, "The perpetrators could not be
    # identified", the release hours later, the move order (no act of violence), the hospitals' fuel warning
    # (no act), the closing appeal
]
E05.append(E(False, "strike on tents in al-Mawasi", EXP, AIR, actor1=ISR05 + UNK, actor2=CIV + ["tents"],
             location=MAWASI, date=D("2025-06-19"), source=RPC))
DOCS.append((
    "dev-s-05", "Relief Partners Consortium (flash update)", "2025-06-20", "humanitarian flash update",
    "Gaza: fire on crowds near an aid site in western Rafah ('at least 45', 'more than 150') and the army's 'warning "
    "shots', a house in Jabalia ('killed or injured around 20') 'The following day', a tent in al-Mawasi (a mother "
    "and three children, the father hurt a sentence later), a convoy looted ('No staff were harmed'), aid workers "
    "detained, an unconfirmed strike, a count since 27 May, a planned expansion",
    T05, E05))
WEEKDAYS += [("dev-s-05", "20 June 2025", "2025-06-20", "Friday")]

# =============================================================================
# dev-s-06  partisan outlet with slanted language (pro-Hezbollah) — south Lebanon and the Bekaa: the Nabatieh-Kfar
# Tebnit road, Brital and the Hermel countryside, Kfar Kila and Khiam, Kfarchouba, near Shebaa, an orchard near Qlayaa
# (Wed 23 Apr 2025)
# =============================================================================
T06 = """The enemy's drones hunt the South again while the "ceasefire" guarantors look away

Sawt al-Janoub | Resistance Affairs | Wednesday 23 April 2025

The Zionist enemy has added yet another crime to its long record. On Tuesday afternoon, a treacherous drone fired a missile at a car on the Nabatieh-Kfar Tebnit road, martyring a young man from the town, Hussein Fawaz, 27, and wounding two passers-by. The occupation army, as usual, claimed that it had "eliminated a Hezbollah commander responsible for rebuilding infrastructure" - a lie repeated after every assassination of a civilian.

At dawn today, enemy warplanes carried out three raids on the outskirts of Brital and in the Hermel countryside, in the Bekaa. The raids caused material damage only, according to our correspondent, who saw a farmhouse and a poultry shed levelled.

On Monday, enemy artillery shelled the outskirts of Kfar Kila and Khiam without anyone being hurt. During the night, occupation troops blew up three houses on the edge of Kfarchouba, the municipality said, and earlier on Monday an enemy patrol crossed the line near Shebaa and seized a shepherd, Ali Zahra, dragging him towards the occupied farms. His fate remains unknown.

Meanwhile, the Lebanese Army announced that its units had found and dismantled two rocket launchers in an orchard near Qlayaa, in the Marjayoun district, "ready for use". The army did not say who had placed them, and no party has claimed them.

Since the so-called ceasefire took effect on 27 November, the enemy has committed more than 2,700 violations and martyred over 190 citizens, according to a tally by the Lebanese authorities. The so-called guarantors - Washington and Paris - issue statements and count the bodies. Their committee meets, drinks coffee and goes home.

Hezbollah MP Hassan Fadlallah told Sawt al-Janoub that the party's patience "has limits" and that the resistance "will not remain a spectator" if the assassinations continue. "The state must act, or the people will protect themselves," he said.

Let it be clear: the South that defeated the occupation in 2000 and stood firm in the war of 2024 will not kneel. The blood of our martyrs is a debt that will be repaid.
"""

ISR06 = ISRAEL + ["Zionist enemy", "enemy", "occupation army", "occupation troops", "enemy warplanes",
                  "enemy artillery", "enemy patrol", "treacherous drone"]
LAF06 = ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Military Forces of Lebanon", "its units"]
NABAT = L(["Nabatieh-Kfar Tebnit road", "Nabatieh", "Kfar Tebnit", "Nabatiyeh"], 33.38, 35.48, "LB")
BEKAA06 = L(["Brital", "Hermel countryside", "outskirts of Brital", "Hermel", "Bekaa"], cc="LB")
KFARKILA = L(["Kfar Kila", "Khiam", "outskirts of Kfar Kila and Khiam"], cc="LB")
KFARCH = L(["Kfarchouba", "Kfar Shouba", "Kfarshouba"], cc="LB")
SHEBAA = L(["Shebaa", "near Shebaa", "Shebaa farms", "occupied farms"], 33.35, 35.75, "LB")
QLAYAA = L(["Qlayaa", "Qlayaa", "Marjayoun district", "Marjayoun", "orchard near Qlayaa"], cc="LB")
LEB = L(["Lebanon", "the South", "south Lebanon"], cc="LB")
SJ = ["Sawt al-Janoub", "our correspondent", "author"]
E06 = [
    # a missile from a drone -> Air/drone strike; the dead told two ways (a young man / "a Hezbollah commander")
    # -> one core event, both in actor2, the army's telling a non-core copy; "martyring" one, "wounding two" ->
    # 1 and 2; "On Tuesday afternoon" -> 22 April; a ~5 km road from Nabatieh -> Nabatieh's point
    E(True, "a treacherous drone fired a missile at a car on the Nabatieh-Kfar Tebnit road, martyring a young man from the town, Hussein Fawaz, 27, and wounding two passers-by",
      EXP, AIR, actor1=ISR06, actor2=CIV + ["car", "young man", "Hussein Fawaz", "passers-by"] + HEZB,
      location=NABAT, date=D("2025-04-22"), killed=R(1), injured=R(2), source=SJ),
    E(False, 'it had "eliminated a Hezbollah commander responsible for rebuilding infrastructure"', EXP, AIR,
      actor1=ISR06, actor2=HEZB + ["Hezbollah commander"], location=NABAT, date=D("2025-04-22"), killed=R(1),
      source=["occupation army"] + ISRAEL),
    # "caused material damage only" -> killed and injured 0..0 (the text restricts the harm to property, unlike
    # dev_r's "the house was empty"); "At dawn today" -> 23 April; a village and a countryside -> names and country
    E(True, "At dawn today, enemy warplanes carried out three raids on the outskirts of Brital and in the Hermel countryside",
      EXP, AIR, actor1=ISR06, actor2=CIV + HEZB + ["farmhouse", "poultry shed"], location=BEKAA06,
      date=D("2025-04-23"), killed=R(0), injured=R(0), source=SJ),
    # "without anyone being hurt" -> 0..0 both; "On Monday" -> 21 April
    E(True, "On Monday, enemy artillery shelled the outskirts of Kfar Kila and Khiam without anyone being hurt", EXP,
      SHELL, actor1=ISR06, actor2=CIV, location=KFARKILA, date=D("2025-04-21"), killed=R(0), injured=R(0),
      source=SJ),
    # demolition of houses -> Looting/property destruction; "During the night" after Monday's entry -> 21-22 April
    E(True, "occupation troops blew up three houses on the edge of Kfarchouba", STR, LOOT, actor1=ISR06,
      actor2=CIV + ["houses", "three houses"], location=KFARCH, date=D("2025-04-21", "2025-04-22"),
      source=["municipality", "Kfarchouba municipality"] + SJ),
    # a shepherd seized across the line -> Abduction; "earlier on Monday" -> 21 April; "near Shebaa" -> Shebaa
    E(True, "an enemy patrol crossed the line near Shebaa and seized a shepherd, Ali Zahra", VAC, ABDUCT,
      actor1=ISR06, actor2=CIV + ["shepherd", "Ali Zahra"], location=SHEBAA, date=D("2025-04-21"), source=SJ),
    # launchers found and dismantled -> Disrupted weapons use; no owner named -> unknown as actor2; "announced"
    # with no day -> the week up to publication is not stated either -> no date
    E(True, "its units had found and dismantled two rocket launchers in an orchard near Qlayaa, in the Marjayoun district",
      STR, DISRUPT, actor1=LAF06, actor2=UNK + ["rocket launchers"], location=QLAYAA, source=LAF06),
    # the authorities' tally -> aggregate ("over 190" -> 191..open)
    E(False, "the enemy has committed more than 2,700 violations and martyred over 190 citizens", EXP, AIR,
      actor1=ISR06, actor2=CIV + HEZB, location=LEB, date=D("2024-11-27", "2025-04-23"), killed=R(191, None),
      source=["Lebanese authorities"], aggregate=True),
    # the MP's conditional threat for his own side -> planned
    E(False, 'the resistance "will not remain a spectator" if the assassinations continue', EXP, SHELL,
      actor1=HEZB + ["the resistance"], actor2=ISRAEL, location=LEB,
      source=["Hassan Fadlallah", "Hezbollah MP"] + HEZB, status="planned"),
    # no gold: "a lie repeated after every assassination of a civilian" (opinion), "His fate remains unknown", "no
    # party has claimed them", the guarantors' "drinks coffee" (ridicule), "the people will protect themselves"
    # (a slogan), 2000 and 2024 (references), "a debt that will be repaid" (a metaphor)
]
DOCS.append((
    "dev-s-06", "Sawt al-Janoub", "2025-04-23", "partisan outlet with slanted language",
    "south Lebanon and the Bekaa: a drone on a car near Nabatieh ('martyring a young man', the army's 'Hezbollah "
    "commander'), raids on Brital and the Hermel countryside 'At dawn today' ('material damage only'), shelling "
    "'without anyone being hurt', houses blown up 'During the night', a shepherd seized near Shebaa, rocket "
    "launchers dismantled, a tally since the ceasefire, an MP's conditional threat, metaphors and ridicule",
    T06, E06))
WEEKDAYS += [
    ("dev-s-06", "Wednesday 23 April 2025", "2025-04-23", "Wednesday"),
    ("dev-s-06", "On Tuesday afternoon", "2025-04-22", "Tuesday"),
    ("dev-s-06", "On Monday / earlier on Monday", "2025-04-21", "Monday"),
]

# =============================================================================
# dev-s-07  army press release — the Jordan-Syria border: the Eastern and Northern Military Zones, Mafraq and Ramtha;
# Arman in the southern Suwayda countryside (Fri 19 Jan 2024)
# =============================================================================
T07 = """Armed Forces foil large smuggling attempt on northern border; five smugglers killed

Jordan Armed Forces - Arab Army | General Command | Directorate of Military Media | Press release | Amman, Friday 19/1/2024

A source at the General Command of the Jordan Armed Forces - Arab Army stated the following:

1. At dawn on Thursday, border guard forces in the Eastern Military Zone, in coordination with the Military Security and the Anti-Narcotics Department, clashed with armed smuggling groups that tried to cross the border from Syrian territory under cover of fog. Five of the smugglers were killed and a number of others were wounded, while the rest fled back into the Syrian interior. Searches of the area found 627,000 Captagon pills and a quantity of hashish. No injuries were recorded among our personnel.

2. On Wednesday evening, a patrol in the Northern Military Zone came under fire from gunmen on the Syrian side of the border opposite the Ramtha area. The patrol returned fire. A non-commissioned officer was lightly wounded and was evacuated to a military hospital; his condition is stable.

3. On Tuesday, the Northern Military Zone downed a drone carrying a quantity of crystal methamphetamine after it crossed the border into Jordanian airspace.

4. The Anti-Narcotics Department, in coordination with the security services, arrested twelve suspects linked to the smuggling networks in raids in Mafraq and Ramtha over the past two days.

5. Since the beginning of 2023, the Armed Forces have foiled dozens of infiltration and smuggling attempts on the northern and north-eastern borders, killing or wounding scores of smugglers.

The General Command affirms that reports circulated by some websites claiming that Royal Jordanian Air Force aircraft struck a house in the town of Arman, in the southern countryside of Suwayda, on Thursday, are inaccurate, and that the Armed Forces do not comment on operational details.

The General Command stresses that the Armed Forces will deal with force and firmness with any threat on the border and will continue to apply the rules of engagement to protect the Kingdom's security. The armed groups that operate these networks, backed by regional parties, will be pursued wherever they are.
"""

JAF = ["Jordan Armed Forces", "Jordanian Armed Forces", "Arab Army", "Jordanian army", "border guard forces",
       "Military Forces of Jordan", "Jordanian", "Northern Military Zone", "Eastern Military Zone", "patrol",
       "Royal Jordanian Air Force", "Armed Forces"]
SMUG = ["armed smuggling groups", "smugglers", "smuggling groups", "drug smugglers", "gunmen", "smuggling networks"]
ANTIN = ["Anti-Narcotics Department", "Jordanian police", "Public Security Directorate", "security services"]
EMZ = L(["Eastern Military Zone", "Jordan-Syria border", "border"], cc="JO")
RAMTHA_B = L(["Ramtha", "Ramtha area", "Northern Military Zone", "Syrian side of the border"], 32.56, 36.01, "JO")
NMZ = L(["Northern Military Zone", "Jordanian airspace", "border"], cc="JO")
MAFRAQ = L(["Mafraq", "Ramtha", "Mafraq and Ramtha"], cc="JO")
ARMAN = L(["Arman", "southern countryside of Suwayda", "Suwayda", "Sweida"], cc="SY")
BORDER07 = L(["northern and north-eastern borders", "Jordan-Syria border", "Jordan"], cc="JO")
GC = ["General Command", "Jordan Armed Forces", "Jordanian Armed Forces", "Arab Army",
      "Directorate of Military Media", "source at the General Command", "Jordanian army"]
E07 = [
    # a fight with armed smugglers -> Battles; the smugglers' five dead (one side counted; "No injuries were recorded
    # among our personnel" covers the army only) -> killed 5..open, injured 1..open (the smugglers' "a number of
    # others" -> at least one), the army's "no injuries" -> no number of its own; "At dawn on Thursday" -> 18 Jan;
    # a border sector -> names and country
    E(True, "border guard forces in the Eastern Military Zone, in coordination with the Military Security and the Anti-Narcotics Department, clashed with armed smuggling groups",
      BAT, CLASH, actor1=JAF + SMUG, actor2=SMUG + JAF, location=EMZ, date=D("2024-01-18"), killed=R(5, None),
      injured=R(1, None), source=GC),
    E(False, "Five of the smugglers were killed and a number of others were wounded", BAT, CLASH,
      actor1=JAF + SMUG, actor2=SMUG + JAF, location=EMZ, date=D("2024-01-18"), killed=R(5), injured=R(1, None),
      source=GC),
    # fire on a patrol and fire returned -> Battles; the army's own one wounded -> injured 1..open (one side);
    # "opposite the Ramtha area" -> Ramtha's point; "On Wednesday evening" -> 17 Jan
    E(True, "a patrol in the Northern Military Zone came under fire from gunmen on the Syrian side of the border opposite the Ramtha area",
      BAT, CLASH, actor1=SMUG + UNK + JAF, actor2=JAF + SMUG, location=RAMTHA_B, date=D("2024-01-17"),
      injured=R(1, None), source=GC),
    # a drone downed -> Disrupted weapons use; "On Tuesday" -> 16 Jan
    E(True, "On Tuesday, the Northern Military Zone downed a drone carrying a quantity of crystal methamphetamine", STR,
      DISRUPT, actor1=JAF, actor2=SMUG + UNK + ["drone"], location=NMZ, date=D("2024-01-16"), source=GC),
    # arrests "over the past two days" in a Friday release -> 18-19 Jan; two towns -> names and country
    E(True, "arrested twelve suspects linked to the smuggling networks in raids in Mafraq and Ramtha", STR, ARRESTS,
      actor1=ANTIN + JAF, actor2=SMUG + ["suspects", "twelve suspects"], location=MAFRAQ,
      date=D("2024-01-18", "2024-01-19"), source=GC),
    # a year's tally -> aggregate ("killing or wounding scores" -> casualties 40..open: "scores" as twice "dozens")
    E(False, "the Armed Forces have foiled dozens of infiltration and smuggling attempts on the northern and north-eastern borders, killing or wounding scores of smugglers",
      BAT, CLASH, actor1=JAF, actor2=SMUG, location=BORDER07, date=D("2023-01-01", "2024-01-19"),
      casualties=R(40, None), source=GC, aggregate=True),
    # the reports the army calls "inaccurate" are their only telling -> non-core denied, the denier as source
    E(False, "Royal Jordanian Air Force aircraft struck a house in the town of Arman, in the southern countryside of Suwayda, on Thursday",
      EXP, AIR, actor1=JAF, actor2=CIV + ["house"], location=ARMAN, date=D("2024-01-18"), source=GC,
      status="denied"),
    # the command's vows -> planned
    E(False, "The armed groups that operate these networks, backed by regional parties, will be pursued wherever they are",
      BAT, CLASH, actor1=JAF, actor2=SMUG + ["armed groups"], location=BORDER07, source=GC, status="planned"),
    # no gold: the seizure of pills and hashish (inside the clash), "the rest fled", "The patrol returned fire"
    # (inside the clash), the hospital and "his condition is stable", "do not comment on operational details", "will
    # deal with force and firmness with any threat" (generic)
]
E07.append(E(False, "five smugglers killed", BAT, CLASH, actor1=JAF + SMUG, actor2=SMUG + JAF, location=EMZ,
             date=D("2024-01-18"), killed=R(5), source=GC))
DOCS.append((
    "dev-s-07", "Jordan Armed Forces - Arab Army (press release)", "2024-01-19", "army press release",
    "the Jordan-Syria border: a dawn clash with armed smugglers (five killed, 'a number of others' wounded, 'No "
    "injuries were recorded among our personnel'), fire on a patrol opposite Ramtha with one NCO hurt, a drug drone "
    "downed, arrests 'over the past two days', a tally ('killing or wounding scores'), reports of a strike on Arman "
    "called 'inaccurate', a vow",
    T07, E07))
WEEKDAYS += [
    ("dev-s-07", "Friday 19/1/2024", "2024-01-19", "Friday"),
    ("dev-s-07", "At dawn on Thursday / on Thursday", "2024-01-18", "Thursday"),
    ("dev-s-07", "On Wednesday evening", "2024-01-17", "Wednesday"),
    ("dev-s-07", "On Tuesday", "2024-01-16", "Tuesday"),
]

# =============================================================================
# dev-s-08  weekly security digest (risk consultancy) — Iran's Sistan-Baluchestan: Rask, Chabahar, near Saravan, the
# Zahedan-Khash road; Panjgur in Pakistan as background (Mon 8 Apr 2024)
# =============================================================================
T08 = """Frontier Risk Weekly - Iran/Sistan-Baluchestan: Jaish al-Adl's deadliest raid in months

Meridian Frontier Analytics | Security digest | Week 14 (1-7 April 2024) | Distributed 8 April 2024

BOTTOM LINE: The week saw the most serious militant attack in the province this year. We raise the threat level for Rask, Sarbaz and Chabahar counties from HIGH to SEVERE.

KEY INCIDENTS
Rask (Wed-Thu): Late on Wednesday, Jaish al-Adl fighters stormed the regional headquarters of the Islamic Revolutionary Guard Corps (IRGC) in Rask, triggering a battle that lasted until Thursday morning. State broadcaster IRIB said at least 10 members of the security forces and 16 attackers had been killed. The group, in a Telegram statement, claimed its fighters had killed dozens of Guards and lost "around ten martyrs".

Chabahar (Wed): A simultaneous attack on a police station in Chabahar was repelled, a deputy interior minister told state media, without giving casualty figures.

Saravan (Sat): Border guards opened fire on a pickup carrying fuel near Saravan, killing two fuel porters aged 19 and 24, according to the Baluch Rights Campaign, a diaspora monitoring group. Officials did not comment.

Zahedan-Khash road (Sun): An improvised explosive device went off as a police vehicle passed. No one was hurt, the provincial police chief said, adding that a second device had been found and defused nearby.

TRENDS
By our count, there have been at least 14 attacks on security forces in the province since January. The security response is following the familiar pattern: heavy deployments, checkpoints on the main roads and mass detentions in Baluch neighbourhoods.

BACKGROUND
Tensions with Pakistan remain elevated after January's exchange, when Iranian missiles and drones struck what Tehran called Jaish al-Adl bases near Panjgur, and Pakistan retaliated two days later with strikes on militant hideouts near Saravan.

OUTLOOK (30 days)
We assess that further attacks on IRGC and police targets are likely. If Tehran again opts for cross-border strikes into Pakistan, a rapid retaliation cycle similar to January's is a realistic possibility. Travel on the Zahedan-Khash and Chabahar-Iranshahr roads after dark remains strongly discouraged.

Sources: state media, group statements, local monitors, our network. Casualty figures are those of the named sources and have not been verified by us.
"""

IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Guards", "Iranian security forces",
        "security forces", "Military Forces of Iran", "Iran"]
POLIR = ["police", "Iranian police", "Police Forces of Iran", "police station", "police vehicle", "Iran"]
BGIR = ["Border guards", "border guards", "Iranian border guards", "Iran"]
JAA = ["Jaish al-Adl", "Jaish ul-Adl", "Army of Justice", "Jaysh al-Adl", "the group", "attackers", "militants"]
PAK = ["Pakistan", "Pakistani", "Military Forces of Pakistan", "Pakistan Armed Forces"]
RASK = L(["Rask", "Rask county"], 26.24, 61.40, "IR")
CHABAHAR = L(["Chabahar"], 25.29, 60.64, "IR")
SARAVAN = L(["Saravan", "near Saravan"], 27.37, 62.33, "IR")
ZKROAD = L(["Zahedan-Khash road", "Zahedan", "Khash", "Sistan-Baluchestan"], cc="IR")
PANJGUR = L(["Panjgur", "near Panjgur"], 26.97, 64.09, "PK")
SB = L(["Sistan-Baluchestan", "Sistan and Baluchestan", "the province"], cc="IR")
MFA = ["Meridian Frontier Analytics", "Frontier Risk Weekly", "author"]
IRIB = ["IRIB", "State broadcaster IRIB", "state media", "Islamic Republic of Iran Broadcasting"]
E08 = [
    # one raid, two versions: IRIB's "at least 10" security forces + 16 attackers (both sides, one open) -> killed
    # 26..open; the group's "dozens" + "around ten" -> 24 + 10 = 34..open ("around N" -> N); "Late on Wednesday ...
    # until Thursday morning" -> 3-4 April; the digest's own sentence carries IRIB's toll a sentence later -> the
    # IRIB version is the core's, the group's claim a core of its own
    E(True, "Late on Wednesday, Jaish al-Adl fighters stormed the regional headquarters of the Islamic Revolutionary Guard Corps (IRGC) in Rask",
      BAT, CLASH, actor1=JAA, actor2=IRGC + ["regional headquarters"], location=RASK, date=D("2024-04-03", "2024-04-04"),
      killed=R(26, None), source=IRIB + MFA),
    E(False, "IRIB said at least 10 members of the security forces and 16 attackers had been killed", BAT, CLASH,
      actor1=JAA, actor2=IRGC, location=RASK, date=D("2024-04-03", "2024-04-04"), killed=R(26, None), source=IRIB),
    E(True, 'claimed its fighters had killed dozens of Guards and lost "around ten martyrs"', BAT, CLASH,
      actor1=JAA, actor2=IRGC, location=RASK, date=D("2024-04-03", "2024-04-04"), killed=R(34, None),
      source=["Telegram statement"] + JAA),
    # "simultaneous" with the Wednesday raid -> 3 April; "without giving casualty figures" -> no number field
    E(True, "A simultaneous attack on a police station in Chabahar was repelled", BAT, CLASH, actor1=JAA + UNK,
      actor2=POLIR, location=CHABAHAR, date=D("2024-04-03"), source=["deputy interior minister", "state media"] + MFA),
    # border guards firing on fuel porters -> Violence against civilians; "Saravan (Sat)" in week 14 -> 6 April
    E(True, "Border guards opened fire on a pickup carrying fuel near Saravan, killing two fuel porters aged 19 and 24",
      VAC, ATTACK, actor1=BGIR, actor2=CIV + ["fuel porters", "two fuel porters", "pickup"], location=SARAVAN,
      date=D("2024-04-06"), killed=R(2), source=["Baluch Rights Campaign"] + MFA),
    # IED, "No one was hurt" -> 0..0 both; the second device defused -> a core Disrupted weapons use of its own;
    # "(Sun)" -> 7 April
    E(True, "An improvised explosive device went off as a police vehicle passed", EXP, IED, actor1=UNK + JAA,
      actor2=POLIR, location=ZKROAD, date=D("2024-04-07"), killed=R(0), injured=R(0),
      source=["provincial police chief"] + MFA),
    E(True, "a second device had been found and defused nearby", STR, DISRUPT, actor1=POLIR,
      actor2=UNK + ["second device", "device"], location=ZKROAD, date=D("2024-04-07"),
      source=["provincial police chief"] + MFA),
    # tallies and patterns -> aggregates
    E(False, "there have been at least 14 attacks on security forces in the province since January", BAT, CLASH,
      actor1=JAA + UNK, actor2=IRGC + POLIR, location=SB, date=D("2024-01-01", "2024-04-07"), source=MFA,
      aggregate=True),
    E(False, "mass detentions in Baluch neighbourhoods", STR, ARRESTS, actor1=IRGC + POLIR,
      actor2=CIV + ["Baluch", "Baluchis"], location=SB, source=MFA, aggregate=True),
    # background: January's exchange (16 and 18 January 2024 not given; "January's" -> the month; "two days later"
    # -> the same month)
    E(False, "Iranian missiles and drones struck what Tehran called Jaish al-Adl bases near Panjgur", EXP, AIR,
      actor1=IRGC + ["Iranian", "Tehran"], actor2=JAA + ["Jaish al-Adl bases"], location=PANJGUR,
      date=D("2024-01-01", "2024-01-31"), source=MFA),
    E(False, "Pakistan retaliated two days later with strikes on militant hideouts near Saravan", EXP, AIR,
      actor1=PAK, actor2=["militant hideouts", "militants", "Baloch militants", "Baluch militants"], location=SARAVAN,
      date=D("2024-01-01", "2024-01-31"), source=MFA),
    # the digest's forecast ("likely") and its conditional -> hypothetical (as dev_r's assessments)
    E(False, "further attacks on IRGC and police targets are likely", BAT, CLASH, actor1=JAA, actor2=IRGC + POLIR,
      location=SB, source=MFA, status="hypothetical"),
    E(False, "If Tehran again opts for cross-border strikes into Pakistan", EXP, AIR, actor1=IRGC + ["Tehran"],
      actor2=JAA, location=L(["Pakistan"], cc="PK"), source=MFA, status="hypothetical"),
    # no gold: the threat-level change, "heavy deployments, checkpoints" (generic), "Officials did not comment",
    # the travel advice, the source note
]
DOCS.append((
    "dev-s-08", "Meridian Frontier Analytics (Frontier Risk Weekly)", "2024-04-08", "weekly security digest",
    "Sistan-Baluchestan: a Jaish al-Adl raid on the IRGC in Rask in two versions (IRIB's 'at least 10' and 16 / the "
    "group's 'dozens' and 'around ten martyrs'), a repelled attack in Chabahar with no toll, fuel porters shot near "
    "Saravan, an IED ('No one was hurt') and a device defused, a count and mass detentions (aggregates), January's "
    "Iran-Pakistan exchange 'two days later', a forecast and a conditional",
    T08, E08))
WEEKDAYS += [
    ("dev-s-08", "Week 14 (1-7 April 2024) starts Monday", "2024-04-01", "Monday"),
    ("dev-s-08", "Late on Wednesday / Chabahar (Wed)", "2024-04-03", "Wednesday"),
    ("dev-s-08", "until Thursday morning", "2024-04-04", "Thursday"),
    ("dev-s-08", "Saravan (Sat)", "2024-04-06", "Saturday"),
    ("dev-s-08", "Zahedan-Khash road (Sun)", "2024-04-07", "Sunday"),
]

# =============================================================================
# dev-s-09  local radio bulletin transcript — south-east Turkey: Mardin, Batman, near Yüksekova in Hakkari, the Gabar
# mountain area in Şırnak, Diyarbakır; Ankara's TUSAŞ as background (Tue 5 Nov 2024)
# =============================================================================
T09 = """Radio bulletin, 08:00: Tear gas in Mardin, clashes in Batman after mayors removed

Dicle Dalga FM 98.4 | Morning news bulletin, 5 November 2024, 08:00 | Transcript (translated from Turkish and Kurdish)

PRESENTER (Berfin Aydemir): It is eight o'clock. Good morning, this is Dicle Dalga with the news.

Our main story: a second night of anger in the region after the government replaced the elected co-mayors of Mardin, Batman and Halfeti with trustees on Monday.

In Mardin, police used tear gas and water cannon last night to disperse hundreds of people who had gathered near the municipality building. The governor's office says 17 people were detained. The DEM Party puts the number at more than thirty.

In Batman, a crowd outside the town hall threw stones and fireworks at riot police, who answered with tear gas and plastic bullets. According to the governor's office, four officers were slightly injured. Our reporter saw at least two protesters carried into ambulances; hospital staff would not give figures.

Now to Hakkari. A roadside bomb went off under a gendarmerie armoured vehicle near Yüksekova on Sunday. The Interior Ministry says three soldiers were wounded, one of them seriously, and blames the PKK. Early reports on social media that a soldier had died were wrong, the ministry added.

In Şırnak, the Defence Ministry says one "terrorist" was neutralised in a clash in the Gabar mountain area yesterday. No details were given.

Here in Diyarbakır, the DEM Party has called a march from Dağkapı square at noon today. The governor's office has banned all gatherings in the city for ten days, so police may try to stop it.

A reminder of the background: the crackdown follows the attack on the TUSAŞ aerospace company near Ankara on 23 October, in which five people were killed and the two attackers were shot dead. The PKK claimed that attack.

And a comment we received from a listener in Kızıltepe, who asked not to be named: "They take our votes, and then they tell us to be quiet. A trustee is not a mayor." We read it as we received it.

The weather: rain in the afternoon, highs of 14 degrees. Our next bulletin is at nine.
"""

TPOL = ["police", "riot police", "Turkish police", "Police Forces of Turkey", "governor's office"]
GEND09 = ["gendarmerie", "Turkish Gendarmerie", "Jandarma", "soldiers", "gendarmerie armoured vehicle"] + TURKEY
PKK09 = PKK + ["terrorist", "PKK militants"]
MARDIN = L(["Mardin", "municipality building"], 37.31, 40.74, "TR")
BATMAN = L(["Batman", "town hall"], 37.89, 41.13, "TR")
YUKSEKOVA = L(["Yüksekova", "Yuksekova", "near Yüksekova", "Hakkari"], 37.57, 44.28, "TR")
GABAR = L(["Gabar", "Gabar mountain area", "Mount Gabar", "Şırnak", "Sirnak"], cc="TR")
DIYAR = L(["Diyarbakır", "Diyarbakir", "Dağkapı square", "Dagkapi"], 37.91, 40.24, "TR")
TUSAS = L(["TUSAŞ", "TUSAS", "near Ankara", "Ankara", "Kahramankazan"], 39.93, 32.85, "TR")
DDF = ["Dicle Dalga FM", "Dicle Dalga", "Berfin Aydemir", "Our reporter", "author"]
GOV = ["governor's office", "Mardin governor's office", "Batman governor's office"]
DEM = ["DEM Party", "Peoples' Equality and Democracy Party", "DEM"]
E09 = [
    # tear gas and water cannon on a gathering -> Protest with intervention; "last night" in an 08:00 bulletin on
    # Tuesday -> Monday and Tuesday
    dict(E(True, "police used tear gas and water cannon last night to disperse hundreds of people who had gathered near the municipality building",
           PRO, INTERVENTION, location=MARDIN, date=D("2024-11-04", "2024-11-05"), source=DDF),
         **PROTEST_SIDES(TPOL + ["hundreds of people"])),
    # the detentions: one act, two counts -> one core event (arrests carry no number field), the DEM's count a
    # non-core copy
    E(True, "The governor's office says 17 people were detained", STR, ARRESTS, actor1=TPOL,
      actor2=PROTESTERS + ["17 people", "people"], location=MARDIN, date=D("2024-11-04", "2024-11-05"), source=GOV),
    E(False, "The DEM Party puts the number at more than thirty", STR, ARRESTS, actor1=TPOL, actor2=PROTESTERS,
      location=MARDIN, date=D("2024-11-04", "2024-11-05"), source=DEM),
    # stones and fireworks at police -> Riots/Violent demonstration; the officers' four hurt (the governor) and "at
    # least two protesters" (the reporter) -> injured 6..open; undated, under "a second night" -> Monday-Tuesday
    E(True, "a crowd outside the town hall threw stones and fireworks at riot police, who answered with tear gas and plastic bullets",
      RIOT, VIOLENT, actor1=["crowd", "rioters", "protesters"], actor2=TPOL + ["crowd", "protesters"],
      location=BATMAN, date=D("2024-11-04", "2024-11-05"), injured=R(6, None), source=GOV + DDF),
    E(False, "four officers were slightly injured", RIOT, VIOLENT, actor1=["crowd", "rioters"], actor2=TPOL,
      location=BATMAN, date=D("2024-11-04", "2024-11-05"), injured=R(4), source=GOV),
    # IED on a gendarmerie vehicle: the ministry's three wounded and its word that reports of a death "were wrong"
    # (a correction that states no one died) -> killed 0..0, injured 3; the social-media death a non-core copy
    # with its own figure; "on Sunday" -> 3 Nov; blamed on the PKK, no claim -> the PKK plus unknown
    E(True, "A roadside bomb went off under a gendarmerie armoured vehicle near Yüksekova on Sunday", EXP, IED,
      actor1=PKK09 + UNK, actor2=GEND09, location=YUKSEKOVA, date=D("2024-11-03"), killed=R(0), injured=R(3),
      source=["Interior Ministry", "Turkish Interior Ministry"] + DDF),
    E(False, "a soldier had died", EXP, IED, actor1=PKK09 + UNK, actor2=GEND09, location=YUKSEKOVA,
      date=D("2024-11-03"), killed=R(1), source=["social media"]),
    # "neutralised" -> no number field; "yesterday" -> 4 Nov; the mountain area -> names and country
    E(True, 'one "terrorist" was neutralised in a clash in the Gabar mountain area yesterday', BAT, CLASH,
      actor1=TURKEY + GEND09 + PKK09, actor2=PKK09 + TURKEY, location=GABAR, date=D("2024-11-04"),
      source=["Defence Ministry", "Turkish Ministry of National Defence"] + TURKEY),
    # a march called for noon -> planned; the ban -> no gold
    E(False, "the DEM Party has called a march from Dağkapı square at noon today", PRO, PEACEFUL,
      actor1=PROTESTERS + DEM, location=DIYAR, date=D("2024-11-05"), source=DDF, status="planned"),
    # background: TUSAŞ (23 October; "five people were killed and the two attackers were shot dead" -> 7)
    E(False, "the attack on the TUSAŞ aerospace company near Ankara on 23 October", VAC, ATTACK,
      actor1=PKK09, actor2=CIV + ["TUSAŞ", "aerospace company"], location=TUSAS, date=D("2024-10-23"),
      killed=R(7), source=DDF),
    # no gold: the trustees' appointment (an administrative act), "hospital staff would not give figures", "police
    # may try to stop it", the PKK's claim of the background attack, the listener's comment (opinion), the weather
]
DOCS.append((
    "dev-s-09", "Dicle Dalga FM (radio bulletin transcript)", "2024-11-05", "local radio bulletin transcript",
    "south-east Turkey after trustees replace mayors: tear gas on a crowd in Mardin 'last night' and detentions told "
    "as 17 and 'more than thirty', stones and plastic bullets in Batman (four officers, 'at least two protesters'), a "
    "roadside bomb near Yüksekova with a false death report corrected, a 'neutralised terrorist' in Gabar "
    "'yesterday', a march called for noon, TUSAŞ background, a listener's comment",
    T09, E09))
WEEKDAYS += [
    ("dev-s-09", "5 November 2024", "2024-11-05", "Tuesday"),
    ("dev-s-09", "on Monday / yesterday", "2024-11-04", "Monday"),
    ("dev-s-09", "on Sunday", "2024-11-03", "Sunday"),
]

# =============================================================================
# dev-s-10  opinion-heavy piece with only a few real events — Sudan's El Fasher: the Saudi Hospital, Abu Shouk camp,
# Zamzam camp south of the city; Khartoum and Gezira as references (Tue 28 Jan 2025)
# =============================================================================
T10 = """OPINION: El Fasher is dying in plain sight, and the world has chosen to look away

The Nile Ledger | Opinion | 28 January 2025 | By Amna Osman Idris

For eight months, El Fasher has been a city under siege, a name that appears in UN statements the way the weather appears in a forecast: constant, expected, ignored.

Last Friday, a drone struck the Saudi Hospital, the last functioning public hospital in the city, during morning rounds. The state health ministry said 67 people were killed, patients and relatives among them, and at least 19 wounded. The Rapid Support Forces denied responsibility, as they always do, saying in a statement that the army had shelled its own hospital to "frame" them. Nobody who has spent a day in El Fasher believes that.

Two days later, on Sunday, RSF artillery pounded the Abu Shouk displacement camp on the northern edge of the city. Camp volunteers told me that between seven and nine people died, among them three children from one family, and that "dozens" were wounded. I could not verify these figures. Nor could anyone else: the RSF has made sure no journalist gets in.

And then there is Zamzam, about 15 km south of El Fasher, where famine was declared last year. What is happening there is not a war between two armies; it is the slow strangulation of half a million people. Every aid truck turned back is a shell fired by other means.

Let me be clear about who bears responsibility. The RSF, the militia that grew out of the Janjaweed, is besieging the city and shelling its camps. But the Sudanese army is not an innocent bystander: its warplanes have bombed markets from Khartoum to Gezira, and its allied militias have carried out revenge killings. If El Fasher falls, what happened in Geneina in 2023 could look like a rehearsal.

Some in the diplomatic community talk about a ceasefire "within weeks". I have heard that promise since April 2023. What would actually help is simple: an arms embargo that is enforced, and a price paid by those who supply the drones.

Until then, El Fasher will keep dying, one hospital and one camp at a time, while we keep writing opinion pieces like this one.

Amna Osman Idris is a Sudanese journalist and researcher based in Kampala.
"""

RSF10 = RSF + ["RSF artillery", "militia"]
SAF10 = SAF + ["Sudanese army", "its warplanes"]
SAUDI = L(["Saudi Hospital", "El Fasher", "Al Fashir", "al-Fashir"], 13.63, 25.35, "SD")
ABUSHOUK = L(["Abu Shouk", "Abu Shouk displacement camp", "Abu Shouk camp", "northern edge of the city", "El Fasher"],
             13.66, 25.34, "SD")
SUDAN = L(["Sudan", "Khartoum", "Gezira"], cc="SD")
GENEINA = L(["Geneina", "El Geneina", "al-Junaynah"], 13.45, 22.44, "SD")
NL = ["The Nile Ledger", "Nile Ledger", "Amna Osman Idris", "author"]
MOH10 = ["state health ministry", "North Darfur health ministry", "health ministry"]
E10 = [
    # a drone with no attacker named by the author, the RSF's denial and its counter-accusation (army shelling)
    # -> the RSF (the author's implied blame), the army and unknown on the core; "67 ... killed ... at least 19
    # wounded" -> 67 and 19..open; "Last Friday" in a Tuesday piece -> 24 January
    E(True, "Last Friday, a drone struck the Saudi Hospital, the last functioning public hospital in the city, during morning rounds",
      EXP, AIR, actor1=UNK + RSF10 + SAF10, actor2=CIV + ["Saudi Hospital", "hospital", "patients", "relatives"],
      location=SAUDI, date=D("2025-01-24"), killed=R(67), injured=R(19, None), source=MOH10 + NL),
    E(False, "The state health ministry said 67 people were killed, patients and relatives among them, and at least 19 wounded",
      EXP, AIR, actor1=UNK + RSF10, actor2=CIV, location=SAUDI, date=D("2025-01-24"), killed=R(67),
      injured=R(19, None), source=MOH10),
    # the RSF denies and names another attacker and weapon (army shelling) -> the denial a non-core denied copy
    # (RSF as actor1) and the RSF's counter-version a non-core Shelling claim (a party's claim, but a brief aside in
    # an op-ed that rejects it; dev_r's "the same object told two ways" -> non-core copy)
    E(False, "The Rapid Support Forces denied responsibility", EXP, AIR, actor1=RSF10, actor2=CIV, location=SAUDI,
      date=D("2025-01-24"), source=RSF, status="denied"),
    E(False, 'the army had shelled its own hospital to "frame" them', EXP, SHELL, actor1=SAF10,
      actor2=CIV + ["hospital"], location=SAUDI, date=D("2025-01-24"), source=RSF),
    # "Two days later, on Sunday" -> 26 January; "between seven and nine" -> 7..9, "dozens" wounded -> 24..open;
    # "on the northern edge of the city" -> the camp's point
    E(True, "on Sunday, RSF artillery pounded the Abu Shouk displacement camp on the northern edge of the city", EXP,
      SHELL, actor1=RSF10, actor2=CIV + ["Abu Shouk displacement camp", "camp", "displaced"], location=ABUSHOUK,
      date=D("2025-01-26"), killed=R(7, 9), injured=R(24, None), source=["Camp volunteers", "volunteers"] + NL),
    E(False, 'between seven and nine people died, among them three children from one family, and that "dozens" were wounded',
      EXP, SHELL, actor1=RSF10, actor2=CIV, location=ABUSHOUK, date=D("2025-01-26"), killed=R(7, 9),
      injured=R(24, None), source=["Camp volunteers", "volunteers"]),
    # the siege and the blocked aid -> no gold (a state, not a dated act; "a shell fired by other means" is a
    # metaphor); the author's generic charges -> aggregates
    E(False, "The RSF, the militia that grew out of the Janjaweed, is besieging the city and shelling its camps", EXP,
      SHELL, actor1=RSF10, actor2=CIV + ["camps"], location=SAUDI, source=NL, aggregate=True),
    E(False, "its warplanes have bombed markets from Khartoum to Gezira", EXP, AIR, actor1=SAF10,
      actor2=CIV + ["markets"], location=SUDAN, source=NL, aggregate=True),
    E(False, "its allied militias have carried out revenge killings", VAC, ATTACK,
      actor1=["allied militias", "army-allied militias"] + SAF10, actor2=CIV, location=SUDAN, source=NL,
      aggregate=True),
    # the author's conditional about El Fasher's fall -> hypothetical; Geneina 2023 -> background
    E(False, "If El Fasher falls", BAT, NSAOVER, actor1=RSF10, actor2=SAF10, location=SAUDI, source=NL,
      status="hypothetical"),
    E(False, "what happened in Geneina in 2023", VAC, ATTACK, actor1=RSF10, actor2=CIV + ["Masalit"],
      location=GENEINA, date=D("2023-01-01", "2023-12-31"), source=NL),
    # a ceasefire "within weeks" -> planned (an agreement talked about, not made)
    E(False, 'Some in the diplomatic community talk about a ceasefire "within weeks"', STR, AGREE,
      actor1=SAF10 + RSF10, actor2=RSF10 + SAF10, location=SUDAN, source=["diplomatic community"],
      status="planned"),
    # no gold: the siege "For eight months" (a state), the weather simile, famine at Zamzam and the aid trucks
    # (no act of violence told; "a shell fired by other means" is a metaphor), "Nobody ... believes that"
    # (opinion), the embargo demand
]
DOCS.append((
    "dev-s-10", "The Nile Ledger (opinion)", "2025-01-28", "opinion-heavy piece with only a few real events",
    "Sudan/El Fasher: a drone on the Saudi Hospital 'Last Friday' (the ministry's 67 and 'at least 19') with the "
    "RSF's denial and counter-accusation, RSF shelling of Abu Shouk 'Two days later, on Sunday' ('between seven and "
    "nine', 'dozens' wounded), Zamzam 'about 15 km south' with a metaphor and no act, generic charges (aggregates), "
    "a conditional, Geneina background, a ceasefire talked about",
    T10, E10))
WEEKDAYS += [
    ("dev-s-10", "28 January 2025", "2025-01-28", "Tuesday"),
    ("dev-s-10", "Last Friday", "2025-01-24", "Friday"),
    ("dev-s-10", "Two days later, on Sunday", "2025-01-26", "Sunday"),
]

# =============================================================================
# dev-s-11  wire story — Ukraine and Russia's Belgorod region: Kharkiv's Kyivskyi district, the outskirts of
# Zaporizhzhia, Shebekino, the Vovchansk sector (Tue 27 May 2025)
# =============================================================================
T11 = """Glide bombs hit Kharkiv homes as both sides claim gains near Vovchansk

By Marta Kovalenko and Pavel Sidorenko | Continental Press Agency | KYIV, May 27 (CPA)

Russian glide bombs struck a residential area in Kharkiv's Kyivskyi district late on Monday, killing two people, among them a 14-year-old girl, and wounding at least 17, the regional governor, Oleh Marchenko, said on Tuesday. Two of the wounded were in serious condition, he added.

Overnight, Russia launched more than 90 drones and five ballistic missiles at Ukraine, the Ukrainian air force said, adding that 60 drones had been shot down and most of the rest "lost" to electronic jamming. The air force gave no details of where the missiles landed.

Earlier on Monday, a Russian drone hit a minibus on the outskirts of Zaporizhzhia, killing the driver. Regional officials gave conflicting figures for the wounded passengers - five or six, depending on the statement.

Across the border, the governor of Russia's Belgorod region said a Ukrainian drone had hit a car in the town of Shebekino on Monday evening, wounding a man and his wife. Kyiv did not comment. Russia's Defence Ministry said its air defences had destroyed 37 Ukrainian drones over the Belgorod and Kursk regions overnight.

Near Vovchansk, north-east of Kharkiv, the two armies gave opposing accounts of the same fighting. The Russian Defence Ministry said its troops had repelled five Ukrainian counter-attacks on Monday and that Ukrainian losses amounted to "up to 45 servicemen". A spokesman for Ukraine's Khortytsia group of forces said Russian assault groups had attacked Ukrainian positions in the sector eleven times over the same day and that all the attacks had been beaten back. Neither account could be independently verified.

The strikes came days after the two sides completed the largest prisoner exchange of the war, swapping 1,000 prisoners each over three days last week. Kremlin spokesman Dmitry Peskov said Moscow would hand Kyiv a draft "memorandum" on a settlement once the exchange was over, but Ukrainian officials said they expected the attacks to continue "no matter what is written on paper".

The United Nations says more than 13,000 civilians have been killed in Ukraine since February 2022.
"""

RUS11 = RUSSIA + ["Russian glide bombs", "Russian troops", "Russian assault groups", "Moscow"]
UKR11 = UKRAINE + ["Khortytsia group of forces", "Ukrainian air force", "Kyiv", "Ukrainian servicemen"]
KHARKIV = L(["Kharkiv", "Kyivskyi district", "Kharkiv's Kyivskyi district"], 49.99, 36.23, "UA")
ZAP = L(["Zaporizhzhia", "outskirts of Zaporizhzhia", "Zaporizhzhia region"], 47.84, 35.14, "UA")
SHEBEKINO = L(["Shebekino", "Belgorod region"], 50.41, 36.89, "RU")
VOVCHANSK = L(["Vovchansk", "near Vovchansk", "north-east of Kharkiv"], 50.29, 36.94, "UA")
UA = L(["Ukraine"], cc="UA")
BELKUR = L(["Belgorod and Kursk regions", "Belgorod", "Kursk"], cc="RU")
CPA = ["Continental Press Agency", "CPA", "author"]
KHOV = ["Oleh Marchenko", "regional governor", "Kharkiv regional governor", "Kharkiv governor"]
RUMOD = ["Russian Defence Ministry", "Russia's Defence Ministry", "Russian Ministry of Defence"] + RUSSIA
E11 = [
    # glide bombs dropped from aircraft -> Air/drone strike; "killing two people, among them a 14-year-old girl,
    # and wounding at least 17" -> 2 and 17..open; "late on Monday" -> 26 May
    E(True, "Russian glide bombs struck a residential area in Kharkiv's Kyivskyi district late on Monday, killing two people, among them a 14-year-old girl, and wounding at least 17",
      EXP, AIR, actor1=RUS11, actor2=CIV + ["residential area", "14-year-old girl"], location=KHARKIV,
      date=D("2025-05-26"), killed=R(2), injured=R(17, None), source=KHOV + CPA),
    # a night's nationwide wave and its interceptions -> aggregates (many strikes, no place); "Overnight" in a
    # Tuesday story -> 26-27 May
    E(False, "Russia launched more than 90 drones and five ballistic missiles at Ukraine", EXP, AIR, actor1=RUS11,
      actor2=UKR11 + CIV, location=UA, date=D("2025-05-26", "2025-05-27"), source=["Ukrainian air force"] + UKRAINE,
      aggregate=True),
    E(False, "60 drones had been shot down", STR, DISRUPT, actor1=UKR11, actor2=RUS11 + ["drones"], location=UA,
      date=D("2025-05-26", "2025-05-27"), source=["Ukrainian air force"] + UKRAINE, aggregate=True),
    # "killing the driver", the wounded "five or six" a sentence later -> killed 1, injured 5..6; "Earlier on
    # Monday" -> 26 May
    E(True, "a Russian drone hit a minibus on the outskirts of Zaporizhzhia, killing the driver", EXP, AIR,
      actor1=RUS11, actor2=CIV + ["minibus", "driver", "passengers"], location=ZAP, date=D("2025-05-26"),
      killed=R(1), injured=R(5, 6), source=["Regional officials", "regional officials"] + CPA),
    # the Belgorod governor's telling; "a man and his wife" -> injured 2; "on Monday evening" -> 26 May
    E(True, "a Ukrainian drone had hit a car in the town of Shebekino on Monday evening, wounding a man and his wife",
      EXP, AIR, actor1=UKR11, actor2=CIV + ["car", "man", "wife"], location=SHEBEKINO, date=D("2025-05-26"),
      injured=R(2), source=["governor of Russia's Belgorod region", "Belgorod governor", "Belgorod region"]),
    E(False, "its air defences had destroyed 37 Ukrainian drones over the Belgorod and Kursk regions overnight", STR,
      DISRUPT, actor1=RUS11 + ["air defences"], actor2=UKR11 + ["drones"], location=BELKUR,
      date=D("2025-05-26", "2025-05-27"), source=RUMOD, aggregate=True),
    # one day's fighting near Vovchansk told by both armies, each as the other's failed attacks -> one core event
    # per version; "losses ... up to 45 servicemen" (Russian "losses" are killed and wounded) -> casualties 1..45
    # ("up to N" -> 1..N); Ukraine's eleven attacks repelled -> no number field; "on Monday" / "the same day" ->
    # 26 May
    E(True, "its troops had repelled five Ukrainian counter-attacks on Monday", BAT, CLASH, actor1=UKR11 + RUS11,
      actor2=RUS11 + UKR11, location=VOVCHANSK, date=D("2025-05-26"), casualties=R(1, 45), source=RUMOD),
    E(True, "Russian assault groups had attacked Ukrainian positions in the sector eleven times over the same day",
      BAT, CLASH, actor1=RUS11, actor2=UKR11 + ["Ukrainian positions"], location=VOVCHANSK, date=D("2025-05-26"),
      source=["Khortytsia group of forces", "spokesman"] + UKRAINE),
    # background: last week's prisoner exchange -> Agreement, non-core; "last week" in a Tuesday story -> Monday 19
    # to Sunday 25 May
    E(False, "swapping 1,000 prisoners each over three days last week", STR, AGREE, actor1=RUS11 + UKR11,
      actor2=UKR11 + RUS11, location=L(["Ukraine", "Russia"]), date=D("2025-05-19", "2025-05-25"), source=CPA),
    # the memorandum promised -> planned; the officials' forecast -> hypothetical; the UN's count -> aggregate
    E(False, 'Moscow would hand Kyiv a draft "memorandum" on a settlement', STR, AGREE, actor1=RUS11, actor2=UKR11,
      location=L(["Ukraine", "Russia"]), source=["Dmitry Peskov", "Kremlin spokesman", "Kremlin"], status="planned"),
    E(False, "they expected the attacks to continue", EXP, AIR, actor1=RUS11, actor2=UKR11 + CIV, location=UA,
      source=["Ukrainian officials"] + UKRAINE, status="hypothetical"),
    E(False, "more than 13,000 civilians have been killed in Ukraine since February 2022", EXP, AIR, actor1=RUS11,
      actor2=CIV, location=UA, date=D("2022-02-01", "2025-05-27"), killed=R(13001, None),
      source=["United Nations", "the UN"], aggregate=True),
    # no gold: "Two of the wounded were in serious condition" (inside the Kharkiv toll), the jammed drones, "Kyiv
    # did not comment", "Neither account could be independently verified"
]
E11.append(E(False, "Glide bombs hit Kharkiv homes", EXP, AIR, actor1=RUS11, actor2=CIV + ["homes"],
             location=KHARKIV, date=D("2025-05-26"), source=CPA))
DOCS.append((
    "dev-s-11", "Continental Press Agency (wire)", "2025-05-27", "wire story",
    "Ukraine and Belgorod: glide bombs on Kharkiv 'late on Monday' (a 14-year-old girl, 'at least 17'), a night's "
    "drone wave and its interceptions (aggregates), a drone on a minibus near Zaporizhzhia with the wounded 'five or "
    "six', a Ukrainian drone on a car in Shebekino ('a man and his wife'), one day's fighting near Vovchansk in two "
    "opposing versions ('up to 45' losses), last week's prisoner swap, a planned memorandum, a forecast, a UN count",
    T11, E11))
WEEKDAYS += [
    ("dev-s-11", "said on Tuesday (May 27)", "2025-05-27", "Tuesday"),
    ("dev-s-11", "late on Monday / Earlier on Monday / on Monday evening / on Monday", "2025-05-26", "Monday"),
]

# =============================================================================
# dev-s-12  independent exile news site — Burkina Faso: Djibo, a market about 25 km north of Dori, Ouagadougou,
# Solenzo as background (Fri 16 May 2025)
# =============================================================================
T12 = """Djibo: what the junta's communiqué did not say

Faso Libre | Investigation | Published 16/05/2025

For several hours on Sunday, Djibo belonged to the jihadists.

At dawn on 11 May, hundreds of fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked the town from several directions, overrunning the army's base, the gendarmerie camp and the police station. According to three local sources reached by Faso Libre, at least 60 soldiers and members of the Volunteers for the Defence of the Homeland (VDP) were killed, along with an unknown number of civilians. The attackers withdrew in the afternoon, taking weapons and vehicles.

The version read on state television that evening was very different: the army had "repelled a cowardly terrorist attack" and "neutralised several hundred terrorists". It did not mention any losses.

JNIM, in a statement published by its media arm, claimed that its fighters had taken control of Djibo and killed "more than 100" soldiers and militiamen.

Two days later, on Tuesday, an army drone struck a weekly market in a village about 25 km north of Dori. Residents said at least 20 civilians were killed, most of them herders. The army said it had destroyed "a terrorist gathering" in the area. Faso Libre has not been able to establish how many of the dead were armed.

In Ouagadougou, agents who identified themselves as members of the intelligence services took the journalist Issouf Kaboré from his home on Wednesday night. His family has had no news of him since. The authorities have not acknowledged his arrest. He is the sixth journalist to disappear this year.

The regime's supporters are not discouraged. On Saturday, the day before the attack, several thousand people rallied in Ouagadougou in support of Captain Ibrahim Traoré, waving Russian flags.

Since January, a network of local monitors has counted more than 1,500 people killed in attacks and reprisals across the country, a figure that does not include the March massacre in Solenzo, where VDP fighters and soldiers were accused of killing dozens of Fulani civilians.

JNIM has promised to "bring the war to the capital". The junta promises victory. Between the two, Burkinabè civilians count their dead.
"""

JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "jihadists",
        "al-Qaeda-linked", "attackers", "terrorists"]
BFA = ["Burkina Faso army", "army", "Military Forces of Burkina Faso", "Burkinabè army", "junta", "soldiers",
       "Volunteers for the Defence of the Homeland", "VDP", "gendarmerie", "police"]
VDP = ["Volunteers for the Defence of the Homeland", "VDP", "VDP fighters"]
DJIBO = L(["Djibo"], 14.10, -1.63, "BF")
DORI_N = LKM(["about 25 km north of Dori", "Dori", "weekly market"], 14.03, -0.03, 25, 0, "BF")
OUAGA = L(["Ouagadougou"], 12.37, -1.52, "BF")
SOLENZO = L(["Solenzo"], 12.18, -4.08, "BF")
BF = L(["Burkina Faso", "across the country"], cc="BF")
FL = ["Faso Libre", "author"]
E12 = [
    # an attack on a garrison town, bases overrun, the attackers gone by the afternoon -> Battles/Armed clash (no
    # lasting hold in the author's telling); "at least 60" a sentence later -> killed 60..open folded in, kept as a
    # non-core copy; "At dawn on 11 May" (Sunday) -> 11 May
    E(True, "hundreds of fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked the town from several directions, overrunning the army's base, the gendarmerie camp and the police station",
      BAT, CLASH, actor1=JNIM, actor2=BFA + ["army's base"], location=DJIBO, date=D("2025-05-11"),
      killed=R(60, None), source=["local sources"] + FL),
    E(False, "at least 60 soldiers and members of the Volunteers for the Defence of the Homeland (VDP) were killed",
      BAT, CLASH, actor1=JNIM, actor2=BFA, location=DJIBO, date=D("2025-05-11"), killed=R(60, None),
      source=["local sources"] + FL),
    # state TV's version: repelled, "several hundred terrorists" -> killed 300..open ("several hundred" as "several"
    # x 100, dev_r's "several" -> 3..open); "that evening" -> 11 May
    E(True, 'the army had "repelled a cowardly terrorist attack" and "neutralised several hundred terrorists"', BAT,
      CLASH, actor1=JNIM + BFA, actor2=BFA + JNIM, location=DJIBO, date=D("2025-05-11"), killed=R(300, None),
      source=["state television", "RTB", "Burkina Faso army", "army"]),
    # JNIM's claim of control -> Non-state actor overtakes territory, core, sourced to it; "more than 100" -> 101..open
    E(True, 'its fighters had taken control of Djibo and killed "more than 100" soldiers and militiamen', BAT, NSAOVER,
      actor1=JNIM, actor2=BFA + ["militiamen"], location=DJIBO, date=D("2025-05-11"), killed=R(101, None),
      source=["media arm"] + JNIM),
    # one strike, two objects (a market / "a terrorist gathering") -> one core event per version; "Two days later,
    # on Tuesday" -> 13 May; "about 25 km north of Dori" -> LKM
    E(True, "an army drone struck a weekly market in a village about 25 km north of Dori", EXP, AIR, actor1=BFA,
      actor2=CIV + ["weekly market", "market", "herders"], location=DORI_N, date=D("2025-05-13"), killed=R(20, None),
      source=["Residents", "residents"] + FL),
    E(True, 'it had destroyed "a terrorist gathering" in the area', EXP, AIR, actor1=BFA,
      actor2=JNIM + ["terrorist gathering"], location=DORI_N, date=D("2025-05-13"), source=["army"] + BFA),
    # intelligence agents taking a journalist, the arrest unacknowledged -> Abduction/forced disappearance;
    # "on Wednesday night" -> 14-15 May
    E(True, "agents who identified themselves as members of the intelligence services took the journalist Issouf Kaboré from his home on Wednesday night",
      VAC, ABDUCT, actor1=["intelligence services", "National Intelligence Agency", "agents", "junta"] + BFA,
      actor2=CIV + ["journalist", "Issouf Kaboré", "journalists"], location=OUAGA, date=D("2025-05-14", "2025-05-15"),
      source=FL),
    E(False, "He is the sixth journalist to disappear this year", VAC, ABDUCT, actor1=["intelligence services", "junta"],
      actor2=CIV + ["journalist"], location=BF, date=D("2025-01-01", "2025-05-16"), source=FL, aggregate=True),
    # a pro-junta rally -> Peaceful protest; "On Saturday, the day before the attack" -> 10 May
    E(True, "several thousand people rallied in Ouagadougou in support of Captain Ibrahim Traoré", PRO, PEACEFUL,
      actor1=PROTESTERS + ["several thousand people", "supporters"], location=OUAGA, date=D("2025-05-10"),
      source=FL),
    # the monitors' count -> aggregate ("more than 1,500" -> 1501..open); Solenzo (March) -> background, "dozens"
    # -> 24..open
    E(False, "a network of local monitors has counted more than 1,500 people killed in attacks and reprisals across the country",
      VAC, ATTACK, actor1=JNIM + BFA, actor2=CIV, location=BF, date=D("2025-01-01", "2025-05-16"),
      killed=R(1501, None), source=["local monitors", "network of local monitors"], aggregate=True),
    E(False, "VDP fighters and soldiers were accused of killing dozens of Fulani civilians", VAC, ATTACK,
      actor1=VDP + BFA, actor2=CIV + ["Fulani civilians", "Fulani"], location=SOLENZO,
      date=D("2025-03-01", "2025-03-31"), killed=R(24, None), source=FL),
    # JNIM's promise -> planned
    E(False, 'JNIM has promised to "bring the war to the capital"', BAT, CLASH, actor1=JNIM, actor2=BFA,
      location=OUAGA, source=JNIM, status="planned"),
    # no gold: "Djibo belonged to the jihadists" (the author's framing of the clash), the looted weapons and
    # vehicles (inside the attack), "It did not mention any losses", "The junta promises victory" (generic),
    # "civilians count their dead" (a figure of speech)
]
DOCS.append((
    "dev-s-12", "Faso Libre", "2025-05-16", "independent exile news site (investigation)",
    "Burkina Faso: the JNIM attack on Djibo in three versions (the site's 'at least 60' a sentence later / state "
    "TV's 'several hundred terrorists' / JNIM's control and 'more than 100'), a drone on a market 'about 25 km north "
    "of Dori' told as a 'terrorist gathering', a journalist taken 'on Wednesday night', a rally 'On Saturday, the day "
    "before the attack', a count, the Solenzo background, a threat",
    T12, E12))
WEEKDAYS += [
    ("dev-s-12", "16/05/2025", "2025-05-16", "Friday"),
    ("dev-s-12", "on Sunday / 11 May", "2025-05-11", "Sunday"),
    ("dev-s-12", "Two days later, on Tuesday", "2025-05-13", "Tuesday"),
    ("dev-s-12", "on Wednesday night (start)", "2025-05-14", "Wednesday"),
    ("dev-s-12", "On Saturday, the day before the attack", "2025-05-10", "Saturday"),
]

# =============================================================================
# dev-s-13  police press release — Nigeria's Borno State: Konduga town, the Maiduguri-Damboa road, the Dikwa police
# division, Monday Market in Maiduguri; Gwoza as background (Mon 23 Jun 2025)
# =============================================================================
T13 = """Press release: suicide bomb attack at Konduga, IED on Maiduguri-Damboa road and attack on Dikwa division

Nigeria Police Force, Borno State Command | Public Relations Department | Maiduguri | Monday, 23rd June 2025

The Borno State Police Command wishes to inform members of the public of the following incidents.

1. On 20/06/2025 at about 2150hrs, a female suicide bomber detonated an improvised explosive device strapped to her body at a fish market in Konduga town, Konduga LGA. Twelve (12) persons, excluding the bomber, lost their lives, while twenty-two (22) others sustained various degrees of injury. Police EOD teams and CJTF members cordoned off the scene.

Update: one of the injured victims has since died at the University of Maiduguri Teaching Hospital, bringing the number of deaths to thirteen (13).

2. On 21/06/2025, a commercial vehicle conveying passengers along the Maiduguri-Damboa road ran over an IED planted by suspected Boko Haram/ISWAP terrorists. Three (3) passengers died on the spot, while a woman and her two children were rescued with injuries and taken to hospital.

3. On 22/06/2025 at about 0300hrs, insurgents suspected to be members of ISWAP, numbering about thirty, attacked the Dikwa Police Division with RPGs and AK-47 rifles. The gallant operatives, supported by troops of Operation Hadin Kai, repelled the attack, neutralising several of the insurgents, while others escaped with gunshot wounds. No casualty was recorded on the side of the operatives.

4. On the same day, police operatives arrested two (2) suspected logistics suppliers to the terrorists at Monday Market, Maiduguri, in possession of fuel, drugs and foodstuffs.

The Command is aware of reports on social media that a second bomber was intercepted by vigilantes in Konduga before she could detonate her device. These reports are being investigated and the public will be updated.

The Commissioner of Police, CP Yusuf Abdullahi Bako, condoles with the families of the victims and has ordered increased patrols in all markets and motor parks. He recalled that the coordinated suicide attacks in Gwoza in June last year claimed more than 30 lives and urged residents to report suspicious persons.

The Command warns that anyone found aiding or harbouring terrorists will face the full weight of the law.

Signed: ASP Musa Danladi, Police Public Relations Officer, for: Commissioner of Police, Borno State Command.
"""

BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "terrorists"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State West Africa", "insurgents"] + ISIS
NPF = ["Nigeria Police Force", "Borno State Police Command", "police", "Police Forces of Nigeria", "operatives",
       "Dikwa Police Division"]
NGA = ["Nigerian army", "Operation Hadin Kai", "troops", "Military Forces of Nigeria"]
CJTF = ["Civilian Joint Task Force", "CJTF", "vigilantes"]
KONDUGA = L(["Konduga", "Konduga town", "fish market", "Konduga LGA"], 11.65, 13.42, "NG")
MDROAD = L(["Maiduguri-Damboa road", "Maiduguri", "Damboa", "Borno"], cc="NG")
DIKWA = L(["Dikwa", "Dikwa Police Division"], 12.03, 13.92, "NG")
MAID = L(["Maiduguri", "Monday Market"], 11.85, 13.16, "NG")
GWOZA = L(["Gwoza"], 11.08, 13.69, "NG")
BPC = ["Borno State Police Command", "Nigeria Police Force", "Police Command", "Musa Danladi",
       "Police Public Relations Officer", "police", "author"]
E13 = [
    # a bomber on foot -> Suicide bomb; twelve killed "excluding the bomber" and 22 injured, then one of the injured
    # dies ("bringing the number of deaths to thirteen") -> killed 12..13, injured 21..22 (dev_r's rule for a wounded
    # victim who dies later); the update a non-core copy; no claim -> Boko Haram, ISWAP and unknown; "20/06/2025 at
    # about 2150hrs" (day first) -> 20 June
    E(True, "a female suicide bomber detonated an improvised explosive device strapped to her body at a fish market in Konduga town",
      EXP, SUICIDE, actor1=BH + ISWAP + UNK + ["female suicide bomber", "suicide bomber"],
      actor2=CIV + ["fish market"], location=KONDUGA, date=D("2025-06-20"), killed=R(12, 13), injured=R(21, 22),
      source=BPC),
    E(False, "bringing the number of deaths to thirteen (13)", EXP, SUICIDE, actor1=BH + ISWAP + UNK,
      actor2=CIV, location=KONDUGA, date=D("2025-06-20"), killed=R(13), source=BPC),
    # an IED on a passenger vehicle; "suspected Boko Haram/ISWAP" -> both plus unknown; three dead, "a woman and her
    # two children" injured -> 3 and 3; a long road -> names and country
    E(True, "a commercial vehicle conveying passengers along the Maiduguri-Damboa road ran over an IED planted by suspected Boko Haram/ISWAP terrorists",
      EXP, IED, actor1=BH + ISWAP + UNK, actor2=CIV + ["commercial vehicle", "passengers"], location=MDROAD,
      date=D("2025-06-21"), killed=R(3), injured=R(3), source=BPC),
    # an attack on a police division repelled -> Battles; "neutralising several" -> killed 3..open (here
    # "neutralising" is a Nigerian police euphemism for killing, unlike the Turkish usage, and "several" -> 3..open);
    # "others escaped with gunshot wounds" -> injured 1..open; "No casualty was recorded on the side of the
    # operatives" (one side) -> no number of its own
    E(True, "insurgents suspected to be members of ISWAP, numbering about thirty, attacked the Dikwa Police Division with RPGs and AK-47 rifles",
      BAT, CLASH, actor1=ISWAP + UNK, actor2=NPF + NGA, location=DIKWA, date=D("2025-06-22"), killed=R(3, None),
      injured=R(1, None), source=BPC),
    E(False, "repelled the attack, neutralising several of the insurgents", BAT, CLASH, actor1=NPF + NGA,
      actor2=ISWAP, location=DIKWA, date=D("2025-06-22"), killed=R(3, None), source=BPC),
    # "On the same day" -> 22 June
    E(True, "police operatives arrested two (2) suspected logistics suppliers to the terrorists at Monday Market, Maiduguri",
      STR, ARRESTS, actor1=NPF, actor2=["logistics suppliers", "suspected logistics suppliers", "suspects"] + BH + ISWAP,
      location=MAID, date=D("2025-06-22"), source=BPC),
    # an unverified report of a bomber stopped -> non-core possible Disrupted weapons use
    E(False, "a second bomber was intercepted by vigilantes in Konduga before she could detonate her device", STR,
      DISRUPT, actor1=CJTF, actor2=BH + ISWAP + ["second bomber", "bomber"], location=KONDUGA,
      date=D("2025-06-20"), source=["social media"], status="possible"),
    # background: Gwoza, "in June last year" -> June 2024; "more than 30 lives" -> 31..open
    E(False, "the coordinated suicide attacks in Gwoza in June last year claimed more than 30 lives", EXP, SUICIDE,
      actor1=BH + ISWAP + UNK, actor2=CIV, location=GWOZA, date=D("2024-06-01", "2024-06-30"), killed=R(31, None),
      source=["Commissioner of Police", "Yusuf Abdullahi Bako"] + BPC),
    # no gold: the cordon, the condolences, the increased patrols (a deployment inside towns, no base), the seized
    # goods (inside the arrest), the warning (generic)
]
E13 += [
    E(False, "suicide bomb attack at Konduga", EXP, SUICIDE, actor1=BH + ISWAP + UNK, actor2=CIV, location=KONDUGA,
      date=D("2025-06-20"), source=BPC),
    E(False, "IED on Maiduguri-Damboa road", EXP, IED, actor1=BH + ISWAP + UNK, actor2=CIV, location=MDROAD,
      date=D("2025-06-21"), source=BPC),
    E(False, "attack on Dikwa division", BAT, CLASH, actor1=ISWAP + UNK, actor2=NPF, location=DIKWA,
      date=D("2025-06-22"), source=BPC),
]
DOCS.append((
    "dev-s-13", "Nigeria Police Force, Borno State Command (press release)", "2025-06-23", "police press release",
    "Borno: a female suicide bomber at Konduga's fish market ('Twelve (12) persons, excluding the bomber', then "
    "thirteen), an IED on a passenger vehicle on the Maiduguri-Damboa road ('a woman and her two children'), an ISWAP "
    "attack on the Dikwa division repelled ('neutralising several', 'No casualty was recorded on the side of the "
    "operatives'), arrests at Monday Market, an unverified second bomber, Gwoza background, a warning",
    T13, E13))
WEEKDAYS += [
    ("dev-s-13", "Monday, 23rd June 2025", "2025-06-23", "Monday"),
]

# =============================================================================
# dev-s-14  Indigenous organisation's public denunciation (communiqué) — Colombia's Cauca: Toribío, the
# Toribío-Tacueyó road, the Tacueyó reservation, El Plateado in Argelia (Thu 12 Mar 2026)
# =============================================================================
T14 = """Public denunciation: drones over Toribío, a guard murdered, children taken

Northern Cauca Indigenous Territorial Council (CTINC) | Human Rights Team | Toribío, Cauca, 12 March 2026

The Northern Cauca Indigenous Territorial Council informs the national and international community of the following facts, which occurred in our territories this week:

FIRST. On the night of Monday 9 March, dissidents of the Dagoberto Ramos Mobile Column dropped explosives from drones on the police station in Toribío and then exchanged rifle fire with the police for nearly three hours. A patrolman was wounded and two family homes next to the station were destroyed. The community spent the night on the floor of the school.

SECOND. That same Monday, armed men took two minors, aged 14 and 15, from their homes in the Tacueyó reservation to recruit them. The Indigenous Guard found and recovered one of them the next morning; the other remains missing.

THIRD. On the eve of the regional assembly of the Indigenous Guard, which opened on Wednesday, our comrade Jhon Edison Ipia, 34, coordinator of the Guard in Tacueyó, was shot dead by two men on a motorcycle on the road between Toribío and Tacueyó. We hold the Dagoberto Ramos column responsible. In a pamphlet circulated on Wednesday, the column denied killing him and blamed "paramilitary structures".

FOURTH. In Argelia, in the south of the department, the National Army reported that five dissidents "died in combat" near El Plateado on Sunday. Families in the village say that two of the dead were coca-leaf pickers who were not armed, and that soldiers shot them as they came back from work.

Since January, nine members of the Indigenous Guard have been murdered in Cauca. In 2019, in Tacueyó, five of our people, among them the governor Cristina Bautista, were massacred by the same structures that today call themselves the "people's army".

Our territory is not war booty, and our children are not cannon fodder. We demand that all armed actors leave our territories. If the attacks continue, the communities will declare a permanent assembly and will walk in minga to Popayán on 16 March.

For the defence of life and territory. Ancestral authorities of Northern Cauca.
"""

DR = ["Dagoberto Ramos Mobile Column", "Dagoberto Ramos column", "Dagoberto Ramos", "dissidents", "FARC dissidents",
      "Estado Mayor Central", "EMC", "FARC-EMC"]
COLPOL = ["police", "National Police", "Police Forces of Colombia", "police station", "patrolman"]
COLARMY = ["National Army", "Colombian army", "Military Forces of Colombia", "soldiers"]
GUARD = ["Indigenous Guard", "Guard", "indigenous guard"]
PARAS = ["paramilitary structures", "paramilitaries", "paramilitary groups"]
TORIBIO = L(["Toribío", "Toribio", "police station in Toribío"], 2.95, -76.27, "CO")
TACUEYO = L(["Tacueyó", "Tacueyo", "Tacueyó reservation"], cc="CO")
# the Toribío-Tacueyó road runs ~10 km through the mountains -> names and country (dev_r: long roads)
TT_RD = L(["road between Toribío and Tacueyó", "Toribío", "Tacueyó"], cc="CO")
PLATEADO = L(["El Plateado", "Argelia", "near El Plateado"], cc="CO")
CAUCA = L(["Cauca"], cc="CO")
POPAYAN = L(["Popayán", "Popayan"], 2.44, -76.61, "CO")
CTINC = ["Northern Cauca Indigenous Territorial Council", "CTINC", "Human Rights Team", "Ancestral authorities",
         "author"]
E14 = [
    # two acts in one sentence: explosives dropped from drones -> Air/drone strike (ANNOTATION: any drone strike);
    # the three-hour firefight -> Battles; the wounded patrolman and the destroyed homes told a sentence later ->
    # injured 1 on the drone strike (explosives destroyed the homes; who hit the patrolman is not said -> on both);
    # "On the night of Monday 9 March" -> 9-10 March
    E(True, "dissidents of the Dagoberto Ramos Mobile Column dropped explosives from drones on the police station in Toribío",
      EXP, AIR, actor1=DR, actor2=COLPOL, location=TORIBIO, date=D("2026-03-09", "2026-03-10"), injured=R(1),
      source=CTINC),
    E(True, "exchanged rifle fire with the police for nearly three hours", BAT, CLASH, actor1=DR + COLPOL,
      actor2=COLPOL + DR, location=TORIBIO, date=D("2026-03-09", "2026-03-10"), injured=R(1), source=CTINC),
    # forced recruitment of minors -> Abduction; "armed men" after a paragraph on the column -> unknown plus the
    # column; "That same Monday" -> 9 March; the reservation -> names and country
    E(True, "armed men took two minors, aged 14 and 15, from their homes in the Tacueyó reservation to recruit them",
      VAC, ABDUCT, actor1=UNK + ["armed men"] + DR, actor2=CIV + ["two minors", "minors", "children"],
      location=TACUEYO, date=D("2026-03-09"), source=CTINC),
    # "On the eve of the regional assembly ..., which opened on Wednesday" -> Tuesday 10 March; the Council blames
    # the column, the column denies and blames "paramilitary structures" -> both plus unknown on the core, the
    # blame implied in the core's actor1, the denial a non-core denied copy
    E(True, "our comrade Jhon Edison Ipia, 34, coordinator of the Guard in Tacueyó, was shot dead by two men on a motorcycle on the road between Toribío and Tacueyó",
      VAC, ATTACK, actor1=UNK + ["two men on a motorcycle"] + DR + PARAS,
      actor2=CIV + GUARD + ["Jhon Edison Ipia", "coordinator"], location=TT_RD, date=D("2026-03-10"), killed=R(1),
      source=CTINC),
    E(False, "the column denied killing him", VAC, ATTACK, actor1=DR, actor2=CIV + GUARD + ["Jhon Edison Ipia"],
      location=TT_RD, date=D("2026-03-10"), source=DR + ["pamphlet"], status="denied"),
    # one incident, two objects (five dissidents "died in combat" / two unarmed pickers shot by soldiers) -> one
    # core event per version, each with its own type; "on Sunday" -> 8 March
    E(True, 'the National Army reported that five dissidents "died in combat" near El Plateado on Sunday', BAT, CLASH,
      actor1=COLARMY + DR, actor2=DR + COLARMY, location=PLATEADO, date=D("2026-03-08"), killed=R(5),
      source=COLARMY),
    E(True, "two of the dead were coca-leaf pickers who were not armed, and that soldiers shot them as they came back from work",
      VAC, ATTACK, actor1=COLARMY, actor2=CIV + ["coca-leaf pickers", "pickers", "farmers"], location=PLATEADO,
      date=D("2026-03-08"), killed=R(2), source=["Families in the village", "families", "Families"]),
    # the Council's count -> aggregate; 2019 -> background (five killed)
    E(False, "Since January, nine members of the Indigenous Guard have been murdered in Cauca", VAC, ATTACK,
      actor1=UNK + DR, actor2=CIV + GUARD, location=CAUCA, date=D("2026-01-01", "2026-03-12"), killed=R(9),
      source=CTINC, aggregate=True),
    E(False, "five of our people, among them the governor Cristina Bautista, were massacred", VAC, ATTACK,
      actor1=DR, actor2=CIV + GUARD + ["Cristina Bautista"], location=TACUEYO, date=D("2019-01-01", "2019-12-31"),
      killed=R(5), source=CTINC),
    # the conditional march -> planned protest (the Council's own)
    E(False, "will walk in minga to Popayán on 16 March", PRO, PEACEFUL,
      actor1=PROTESTERS + ["communities", "minga"] + ["Northern Cauca Indigenous Territorial Council"],
      location=POPAYAN, source=CTINC, status="planned"),
    # no gold: the night on the school floor, the recovery of one minor ("found and recovered": no act of violence
    # of its own), "the other remains missing", "people's army" (a label), "not war booty ... not cannon fodder"
    # (metaphors), the demand that armed actors leave
]
E14.append(E(False, "a guard murdered", VAC, ATTACK, actor1=UNK + DR, actor2=CIV + GUARD, location=TT_RD,
             date=D("2026-03-10"), killed=R(1), source=CTINC))
DOCS.append((
    "dev-s-14", "Northern Cauca Indigenous Territorial Council (communiqué)", "2026-03-12",
    "Indigenous organisation's public denunciation",
    "Colombia/Cauca: two acts in one sentence (drones on Toribío's police station, then a three-hour firefight), two "
    "minors taken for recruitment 'That same Monday', an Indigenous Guard coordinator shot 'On the eve of' an "
    "assembly with the Council's blame and the column's denial, the army's 'died in combat' near El Plateado told by "
    "families as two unarmed pickers, a count, 2019 background, metaphors, a conditional march",
    T14, E14))
WEEKDAYS += [
    ("dev-s-14", "12 March 2026", "2026-03-12", "Thursday"),
    ("dev-s-14", "which opened on Wednesday / on Wednesday", "2026-03-11", "Wednesday"),
    ("dev-s-14", "On the eve of (the assembly)", "2026-03-10", "Tuesday"),
    ("dev-s-14", "On the night of Monday 9 March / That same Monday", "2026-03-09", "Monday"),
    ("dev-s-14", "on Sunday", "2026-03-08", "Sunday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_s", check_s, strip_text=True)


if __name__ == "__main__":
    main()
