"""Writes dev_x.gold.jsonl: fourteen development articles, nine from the Middle East - Syria's eastern Aleppo
countryside (a road 10 km east of Manbij, the Qara Qozak bridge, the Tishreen dam, a village 10 km east of Deir Hafer,
Manbij city), Syria's Deir ez-Zor east bank (Diban, which the same text also spells Thiban; al-Busayrah; Hajin), Iraq's
Babil and the Anbar-Karbala desert (Jurf al-Sakhar, a desert area about 60 km north-west of Nukhayb, a valley north of
Nukhayb, Musayyib), Iraq's Basra and Maysan (Amara, Zubair's western outskirts, an oil camp 35 km south-east of Amara,
Qurna, the Khor al-Zubair port, Umm Qasr port), Gaza's south (al-Mawasi west of Khan Younis, Bani Suheila, the Nasser
Medical Complex, Rafah's Tal al-Sultan), Lebanon's Nabatieh and Marjayoun (the Kfar Rumman-Nabatieh road, Yohmor
al-Shqif, Khiam), Iran's Sistan-Baluchestan (near Saravan, Rask, Zahedan), Yemen's Saada and the Saudi border
(Shada'a, Razih and Baqim districts, Saada city) and Turkey's south-east by the Iraqi border (a pasture 15 km
south-east of Şemdinli, Yüksekova, Çukurca; Roboski as background) - and five from elsewhere - Niger's Tillabéri (near
Banibangou, 30 km north of Ouallam, Téra, a market 25 km west of Téra), Ethiopia's Amhara (Bahir Dar, Debre Markos,
Lalibela; Gondar as background), Ukraine's Zaporizhzhia and Kharkiv oblasts (Orikhiv, Kupiansk, a village 10 km
south-east of Kupiansk, Vovchansk, Zaporizhzhia city), Pakistan's Khyber Pakhtunkhwa (Mir Ali in North Waziristan,
Lakki Marwat, 15 km west of Bannu, Bannu, the Jani Khel area, the Bannu-Miranshah road) and Sudan's Kordofan (El
Obeid and 50 km west of it, Babanusa, Kadugli, the Dilling-Kadugli road 40 km north of Kadugli; Khartoum and Nairobi as
background) - published 2024-2026, written for this project in our own words, with hand-made gold events in the
format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice and layout per article, the outlet kinds differing from each other and from dev_r's (a monitor's weekly
report, a militia's post reproduced and checked, a wire story, an underwriters' risk note, a hospital statement, an
obituary, an exile website, a state TV transcript, a parliamentary question with the answer, a press conference
summary, a first-person account, a numbered army update, a weekend round-up under district datelines, an explainer's
timeline), the set rich in what coders find hard - counts in words and figures, ranges ("12 or 13"), "at least",
"dozens", "scores", "about 20", kin and ages, "killed or wounded", "killed and wounded", "no casualties"; tolls told a
sentence later or raised; relative dates and places; attribution chains ("said, citing"), uncertain perpetrators,
denials, claims, plans, threats, conditionals, aggregates, background and metaphors (non-events):
(1) a casualty monitor's weekly report on the eastern Aleppo countryside: a week's and a month's counts, a Turkish
drone on a family car "about 10 km east of Manbij" ("a man, his wife and their two daughters"), a bridge clash ("at
least 17 fighters"), a drone on a civilian convoy to the Tishreen dam blamed on Turkey, the ministry's "PKK/YPG
terrorists" and its denial, shells "some 10 km east of Deir Hafer" from "either" side ("Overnight Wednesday to
Thursday"), a Manbij car bomb whose toll rises from nine to 11 as two of the 23 wounded die, arrests, the capture of
Manbij as background, a vow, a metaphor; (2) a tribal militia's Telegram post reproduced and checked by a monitoring
desk: a claimed dawn assault on Diban ("killing 14 of its mercenaries"), the correspondent's own count in "Thiban"
(both sides' dead and a woman hurt), the SDF's vague "a number", a claimed missile strike with "no witness", a claimed
drone strike "hurting no one" by residents' telling, an IED "On Sunday night" by IS "or" the tribes, detentions, an
ultimatum, August 2023 as background; (3) a Baghdad wire story: strikes by "Unidentified aircraft" on Jurf al-Sakhar
"overnight Monday to Tuesday" in two versions (four dead / "empty storage halls" and "no casualties"), "either American
or Israeli", a vow and a conditional, 2014 background, truffle hunters killed and two abducted "about 60 km north-west
of Nukhayb", a PMF clash "The next day" ("citing its Anbar operations command"), arrests "the previous evening", a
tally; (4) an underwriters' risk note on Basra and Maysan: a police captain shot, an IED on a contractor, a rocket
"about 35 km south-east of Amara" ("causing no damage or injuries", "either" a tribe "or" a faction), a clan gunfight
"into the night" ("citing a police source") and arrests "the following morning", a drone downed at Khor al-Zubair,
daily blockades and a dispersal "Last Monday" ("at least 12 protesters and four policemen"), a tally, 2018 and
2019-20 background, a conditional; (5) a Gaza hospital statement: the day's intake, a strike on a tent in al-Mawasi
with the toll a sentence later and the army's claim rebutted, shells on Bani Suheila, a quadcopter firing at the
hospital gate, "the strike ... on Wednesday" in Tal al-Sultan raised to five dead, a doctor detained, the cumulative
toll, a fuel warning; (6) an obituary of a tobacco grower killed by a drone near Kfar Rumman with the army's
"Hezbollah operative", counts since the ceasefire, "last autumn", 2006 and "In October" as background, a drone on a
bulldozer "Hours after the funeral", houses blown up near Khiam "The day before Farhat was killed", a deployment
announced, a metaphor; (7) a Baluch exile website: porter brothers "aged 19 and 23" shot near Saravan ("citing
relatives") and IRNA's "armed fuel smugglers", a Jaish al-Adl attack in Rask "on Monday night" in two versions, raids,
a march after Friday prayers "yesterday" ("no injuries were reported"), a pipeline blast "accident" or "sabotage", a
vow, "Bloody Friday" 2022, a year's count, a metaphor; (8) a Houthi TV transcript: Saudi shelling of Shada'a "this
afternoon", border guards' gunfire on migrants "Yesterday evening" and the Saudi media's "armed smugglers", rockets on
Baqim ("without causing casualties"), two boys killed "The day before yesterday", a spy drone downed, arrests "last
week", a month's count, a conditional threat, rallies announced; (9) a Turkish written parliamentary question and the
Interior Minister's answer: a drone on rhubarb gatherers "about 15 km south-east of the Şemdinli district centre" and
the minister's "neutralised" infiltrators and denial, a Yüksekova gathering as protest and as riot, detentions, an IED
near Çukurca asked about and confirmed, a device destroyed, Roboski 2011, a count, a vow; (10) a Niamey press
conference summary: an attack near Banibangou by "either" ISSP "or" JNIM with the army's own toll a sentence later, a
strike "Two days later" "about 30 km north of Ouallam" ("about 20"), arrests over ten days, a base, a count, a
threat, a market massacre "some 25 km west of Téra" reported by a radio "citing traders" ("no information"), an
abduction "earlier this month"; (11) a Bahir Dar journalist's first-person account: a night attack on an army camp,
seven bodies counted and blamed on soldiers by one witness, the bureau's "eliminated extremists", detentions, a
mothers' vigil, a drone near Debre Markos ("12 or 13"), a claimed entry into Lalibela "without a fight" and its
denial, August 2023 background, a UN count, a vow, a metaphor; (12) a Ukrainian army spokesman's ten numbered items:
the day's aggregates, "58 killed and wounded", glide bombs on Orikhiv "Overnight" ("There were no casualties"),
shelling of Kupiansk "citing the police" and a market bombed "The day before", a Russian capture claim "about 10 km
south-east of Kupiansk" denied and fighting on its outskirts, a repelled assault, an FPV drone on police, drones on
Zaporizhzhia, a forecast, total losses; (13) a Peshawar weekend round-up: a suicide vehicle bomb and assault on a Mir
Ali camp in two tolls, a quadcopter on a Lakki police station ("No one was hurt") and a dud defused, a traders' sit-in
("the third such protest this month"), an abduction "about 15 km west of Bannu city" blamed and denied, a polio guard
shot, a CTD "operation" whose dead relatives call labourers taken "the week before", bodies laid on a road, a month's
count, a threat, a metaphor; (14) a Sudan explainer's timeline: three background entries, a drone on El Obeid's market
("wounding dozens") blamed on the RSF, the RSF's Babanusa claim ("after a three-day assault", "scores") denied while
"fighting inside the town continues", an army drone strike "Three days later", shells on Kadugli from "either" side,
an ambush in two versions ("killed or wounded some 30"), a conditional, a vow, a UN count.
Typographic quotes and apostrophes in (6) and (11), plain ASCII elsewhere.
The incidents are invented or composite, with invented names of people, outlets and some sites (Kolmane, Pishchane as
a front-line village); the gold encodes what each TEXT says, including its slant, hedges and sources, not what is
true. Articles are 250-450 words; check_x below adds the 250-word floor and the 2024-01-01..2026-11-30 window to
goldkit's check_article, as build_dev_r.py's check_r does.

Run:  python3 build_dev_x.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it dev_q back to dev_c), kept unchanged - among
them "No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only, "no civilians were
hurt" (one group) -> no number field; "dozens" 24..open; "at least N" N..open; "more than N" N+1..open; "killed or
wounded some 45" -> casualties 45..45; one side's count in a clash -> N..open, both sides told -> exact; a toll told
later or revised -> folded into the core event, the other figures non-core copies; a wounded man who dies later ->
killed N..N+1 and injured M-1..M; "several" -> 3..open; "N km <direction> of X" -> LKM; "near X", "east of X", "on the
outskirts of Y" -> the named place's point; countrysides, districts, unpinned villages and sites, border areas and long
roads -> names and country; "overnight" / "on X night" -> both days; "last week" -> Monday to Sunday; "last Sunday" ->
the most recent Sunday; uncertain or blamed perpetrators -> every alternative plus unknown, each blame a non-core copy;
a party's claim -> core, occurred, sourced to it; another object named by the other side -> one core event per
version; the same object told two ways -> one core event, the other telling a non-core copy; a party's vague telling
with no numbers -> a non-core copy; Turkish (and Nigerien) "neutralised" -> no number field; a state security member
ambushed by gunmen -> Battles/Armed clash; headlines that state an event -> non-core copies; denials, plans, threats,
conditionals, aggregates and background -> non-core; planned events after publication -> no date.
Added or made explicit here:
- "scores" -> 40..open (two score, by analogy with "dozens" -> 24..open); "12 or 13" -> 12..13; "about 20" (in a
  quote) -> 20..20, as "some 45".
- A car bomb's toll raised the same evening when two of the 23 wounded die ("killing nine ... raising the toll to 11")
  -> killed 9..11 and injured 21..23 on the core, the raised figure a non-core copy.
- An earlier strike told only through a raised toll ("raising the number killed in that strike to five. Ten other
  people injured in that strike remain in our care") -> a core event with killed 5 and injured 10..open (those still in
  care are a floor).
- One town spelled two ways in one text ("Diban" in a militia's post, "Thiban, as most residents spell the town" in the
  commentary) -> one place, both names in every location list.
- A militia's claim of "direct hits" on a building and residents' telling of the same strike ("hurting no one") -> the
  residents' 0..0 folded into the claim (as dev_r-05's MDA "no injuries"), their telling a non-core copy; a claim no
  witness could confirm ("We found no witness") -> still core, occurred, sourced to the claimant.
- Civilians abducted in the same attack that killed others ("killing six of them and abducting two others") -> the
  attack core, the abduction a non-core Abduction copy.
- A quadcopter drone opening fire on people -> Explosions/Air/drone strike (the guide's "any drone strike"); a glide
  bomb -> Air/drone strike.
- A suicide vehicle bomb followed by gunmen storming a camp -> Explosions/Suicide bomb (the text leads with the bomb);
  a military's figures for both sides a sentence later (six attackers, the bomber among them, and four soldiers) ->
  killed 10 folded into the author's telling; the officials' one-sided figures -> a core event of their own.
- A capture claimed by a foreign state's army (Russia in Ukraine) -> Battles/Non-state actor overtakes territory (ACLED
  codes foreign forces' captures so), dated to the day of the claim when the capture is undated; "fighting continues on
  its outskirts" / "fighting inside the town continues" -> a core Armed clash dated to the statement.
- A claimed entry "without a fight after government troops pulled out overnight" -> Strategic developments/Non-violent
  transfer of territory.
- A spokesman's forecast of the enemy's move ("may try to break into the town") -> hypothetical; a deployment a
  government announces ("would send more troops") -> planned Headquarters or base established.
- Personnel "losses" and "killed and wounded" given as one figure -> casualties (not killed).
- One gathering told as a tear-gassed protest (an MP) and as a stone-throwing riot (the minister) -> one core event per
  version, of two types (Protest with intervention; Riots/Violent demonstration).
- A question's "Is it true that ..." -> a non-core copy; the minister's confirmation in the answer -> the core event.
- A wire quote put as a question to a spokesman ("Asked about a report by a local radio station, citing traders, that
  ...") -> core, occurred, sourced to the radio and the traders; "no information" is no denial.
- A widow's rebuttal without a denial verb ("He was a farmer ... His only weapon was a hoe") -> no denied gold.
- Detentions spread over days at many checkpoints, arrests over ten days in a department, a day's intake at a
  hospital, an army's six repelled attacks -> aggregates; one detention told on a day -> core.
- An explosion called "an accident" by officials and "sabotage" by activists (a side remark) -> non-core, possible.
- Relatives' claim that men killed in an "operation" had been "picked up from their homes the week before" -> a core
  Arrests sourced to the relatives, "the week before" -> Monday to Sunday of the previous week; the dead told two
  ways -> both labels in actor2 of the operation.
- Houthi-run TV's "Saudi enemy", a militia's "mercenaries", an exile site's "regime" and "occupying" forces -> kept as
  surface forms in the actor lists.
- An agent-less drone in a war where only one side flies them (the Ethiopian federal army) -> that side plus unknown.
- "last autumn" in a March 2025 piece -> September to November 2024; "In October" -> October 2024; "last August" in an
  April 2024 piece -> August 2023; "earlier this month" -> the month's first day to publication; "since the start of
  the month" likewise; "the following morning" after a fight that "lasted into the night" -> the next day; "The day
  before Farhat was killed" -> the day before the strike; "Hours after the funeral" -> the funeral's day; "said on
  Monday ... the previous evening" -> Sunday; "Three days later" than a Wednesday entry -> Saturday; "after a
  three-day assault" said on Wednesday -> Monday to Wednesday; "Two days later" in a spokesman's list -> two days after
  the previous item.
- Yemeni districts (Shada'a, Razih, Baqim) and Baqim town (which we cannot pin to ~0.05 degrees) -> names and country;
  Qara Qozak bridge -> names and country.
- A funeral, an evacuation order, a fuel-shortage warning, a massing of troops, bodies handed over "two days later",
  displacement figures, coups -> no gold."""

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
    IED,
    INTERVENTION,
    LOOT,
    NSAOVER,
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
# its 2024-01-01..2026-11-30 publication window (as build_dev_r.py's check_r).
check_x = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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
# villages, districts, valleys, border sectors and sites we cannot pin get names and a country only, unless the
# text places them by a distance and a direction from a pinned town (then LKM).
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
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
YPG = ["People's Protection Units", "YPG", "YPG militia"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-x-01  casualty-monitoring group's weekly report — Syria's eastern Aleppo countryside: a road 10 km east of
# Manbij, the Qara Qozak bridge, the Tishreen dam, a village 10 km east of Deir Hafer, Manbij city (Sat 11 Jan 2025)
# =============================================================================
T01 = """Weekly casualty report: 38 civilians killed in Syria, 21 of them around Manbij and the Tishreen dam

Euphrates Casualty Monitor | Weekly Report No. 2/2025 | 4-10 January 2025 | Issued Saturday 11 January 2025

Method: our field researchers record a death only when the victim is named or two independent sources confirm it. Figures are those documented by Friday midnight and may rise.

SUMMARY
The Monitor documented the deaths of 38 civilians across Syria this week, 21 of them in the eastern countryside of Aleppo, where the Turkish-backed Syrian National Army (SNA) and the Kurdish-led Syrian Democratic Forces (SDF) have fought over the Tishreen dam since December.

INCIDENTS, EASTERN ALEPPO COUNTRYSIDE
1. Saturday 4 January: a Turkish drone struck a car about 10 km east of Manbij, on the road to the dam, killing a man, his wife and their two daughters, aged six and nine.
2. The same day, fighting between SNA factions and the SDF near the Qara Qozak bridge killed at least 17 fighters, our researchers said. Neither side published its losses.
3. Tuesday 7 January: a drone struck a convoy of civilians driving from Kobani to the sit-in at the dam, killing three and wounding 15, medical sources in Kobani told the Monitor. The SDF blamed Turkey. The Turkish defence ministry said its drones had struck "PKK/YPG terrorists" near the dam that day and denied targeting civilians.
4. Overnight Wednesday to Thursday: shells hit a farming village some 10 km east of Deir Hafer, wounding a 12-year-old boy and his grandmother. Local sources said the shells came either from SNA positions to the north or from SDF units around the town; each side blamed the other.
5. Friday 10 January: a car bomb exploded near the vegetable market in Manbij city, killing nine civilians, among them two children. Two of the 23 wounded died in hospital that evening, raising the toll to 11, our researcher in Manbij said. No group claimed the bombing. The SNA-run local council accused the SDF, which denied any role.
6. Monday 6 January: SNA military police arrested 14 men in Manbij's eastern neighbourhoods on charges of "dealing with the SDF". Relatives of four of them say they have had no news since.

CUMULATIVE
Since the SNA captured Manbij on 9 December, the Monitor has documented 163 civilian deaths in the city and around the dam.

OUTLOOK
A Turkish official told reporters this week that operations would continue "until the terrorist presence east of the Euphrates ends". The dam, in the words of one of our researchers, has become "a grinder of young men".
"""

TUR01 = TURKEY + ["Turkish drone", "its drones", "Turkish defence ministry", "Turkish official", "Turkish-backed"]
SNA01 = ["Syrian National Army", "SNA", "Turkish-backed Syrian National Army", "SNA factions", "SNA military police",
         "SNA positions", "Turkish-backed"]
SDF01 = SDF + YPG + ["SDF units", "PKK/YPG terrorists", "PKK/YPG"] + PKK
# "about 10 km east of Manbij, on the road to the dam" -> LKM from Manbij
MANBIJ_E = LKM(["east of Manbij", "Manbij", "road to the dam", "eastern countryside of Aleppo"], 36.53, 37.95, 10, 90,
               "SY")
MANBIJ = L(["Manbij", "Manbij city", "vegetable market", "Manbij's eastern neighbourhoods"], 36.53, 37.95, "SY")
# the bridge itself we cannot pin to ~0.05 degrees -> names and country
QARA_QOZAK = L(["Qara Qozak bridge", "Qara Qozak", "Qarah Qawzaq", "eastern countryside of Aleppo"], cc="SY")
TISHREEN = L(["Tishreen dam", "Tishrin dam", "the dam", "sit-in at the dam"], 36.38, 38.18, "SY")
# "some 10 km east of Deir Hafer" -> LKM from Deir Hafer
DEIRHAFER_E = LKM(["east of Deir Hafer", "Deir Hafer", "Dayr Hafir", "farming village"], 36.16, 37.71, 10, 90, "SY")
SYRIA01 = L(["Syria", "across Syria"], cc="SY")
EUPHRATES_E = L(["east of the Euphrates", "northern Syria", "Syria"], cc="SY")
ECM = ["Euphrates Casualty Monitor", "the Monitor", "our researchers", "researcher", "author"]
TURMOD01 = ["Turkish defence ministry", "Turkish Ministry of National Defence", "Turkey's defence ministry"]
E01 = [
    # the week's nationwide count -> aggregate (the headline too); the fighting "since December" -> aggregate
    E(False, "The Monitor documented the deaths of 38 civilians across Syria this week", VAC, ATTACK,
      actor1=UNK + TUR01 + SNA01 + SDF01, actor2=CIV, location=SYRIA01, date=D("2025-01-04", "2025-01-10"),
      killed=R(38), source=ECM, aggregate=True),
    E(False, "38 civilians killed in Syria, 21 of them around Manbij and the Tishreen dam", VAC, ATTACK,
      actor1=UNK + TUR01 + SNA01 + SDF01, actor2=CIV, location=SYRIA01, date=D("2025-01-04", "2025-01-10"),
      killed=R(38), source=ECM, aggregate=True),
    E(False, "the Kurdish-led Syrian Democratic Forces (SDF) have fought over the Tishreen dam since December", BAT,
      CLASH, actor1=SNA01 + SDF01, actor2=SDF01 + SNA01, location=TISHREEN, date=D("2024-12-01", "2025-01-11"),
      source=ECM, aggregate=True),
    # "a man, his wife and their two daughters" -> 4; "about 10 km east of Manbij" -> LKM
    E(True, "a Turkish drone struck a car about 10 km east of Manbij, on the road to the dam, killing a man, his wife "
      "and their two daughters, aged six and nine", EXP, AIR,
      actor1=TUR01, actor2=CIV + ["car", "man", "wife", "two daughters", "family"], location=MANBIJ_E,
      date=D("2025-01-04"), killed=R(4), source=ECM),
    # "The same day" -> 4 January; "killed at least 17 fighters" (both sides, unsplit) -> 17..open; an unpinned
    # bridge -> names and country
    E(True, "fighting between SNA factions and the SDF near the Qara Qozak bridge killed at least 17 fighters", BAT,
      CLASH, actor1=SNA01 + SDF01, actor2=SDF01 + SNA01, location=QARA_QOZAK, date=D("2025-01-04"),
      killed=R(17, None), source=ECM),
    # an agent-less drone on a civilian convoy, blamed on Turkey, whose ministry names another object ("PKK/YPG
    # terrorists") -> Turkey plus unknown on the core; the blame a non-core copy; the ministry's version a core
    # event of its own; its denial a non-core denied copy
    E(True, "a drone struck a convoy of civilians driving from Kobani to the sit-in at the dam, killing three and "
      "wounding 15", EXP, AIR,
      actor1=TUR01 + UNK, actor2=CIV + ["convoy of civilians", "convoy"], location=TISHREEN, date=D("2025-01-07"),
      killed=R(3), injured=R(15), source=["medical sources in Kobani", "medical sources"] + ECM),
    E(False, "The SDF blamed Turkey", EXP, AIR, actor1=TUR01, actor2=CIV + ["convoy"], location=TISHREEN,
      date=D("2025-01-07"), source=SDF),
    E(True, 'its drones had struck "PKK/YPG terrorists" near the dam that day', EXP, AIR,
      actor1=TUR01, actor2=SDF01, location=TISHREEN, date=D("2025-01-07"), source=TURMOD01 + TURKEY),
    E(False, "denied targeting civilians", EXP, AIR, actor1=TUR01, actor2=CIV, location=TISHREEN,
      date=D("2025-01-07"), source=TURMOD01, status="denied"),
    # "Overnight Wednesday to Thursday" -> both days; "either from SNA positions ... or from SDF units" -> both plus
    # unknown; "a 12-year-old boy and his grandmother" -> 2; "each side blamed the other" -> no gold of its own
    E(True, "shells hit a farming village some 10 km east of Deir Hafer, wounding a 12-year-old boy and his "
      "grandmother", EXP, SHELL,
      actor1=SNA01 + SDF01 + UNK, actor2=CIV + ["farming village", "12-year-old boy", "grandmother"],
      location=DEIRHAFER_E, date=D("2025-01-08", "2025-01-09"), injured=R(2),
      source=["Local sources", "local sources"] + ECM),
    # the toll raised the same evening when two of the wounded die -> killed 9..11, injured 21..23 (dev_r's
    # "raising the toll" rule); no claim, the council accuses the SDF -> the SDF plus unknown; the accusation a
    # non-core copy, the SDF's denial a non-core denied copy
    E(True, "a car bomb exploded near the vegetable market in Manbij city, killing nine civilians, among them two "
      "children", EXP, IED,
      actor1=UNK + SDF01, actor2=CIV + ["nine civilians", "two children", "vegetable market"], location=MANBIJ,
      date=D("2025-01-10"), killed=R(9, 11), injured=R(21, 23), source=ECM + ["researcher in Manbij"]),
    E(False, "Two of the 23 wounded died in hospital that evening, raising the toll to 11", EXP, IED,
      actor1=UNK + SDF01, actor2=CIV, location=MANBIJ, date=D("2025-01-10"), killed=R(11), injured=R(21),
      source=ECM + ["researcher in Manbij"]),
    E(False, "The SNA-run local council accused the SDF", EXP, IED, actor1=SDF01, actor2=CIV, location=MANBIJ,
      date=D("2025-01-10"), source=["SNA-run local council", "local council"]),
    E(False, "which denied any role", EXP, IED, actor1=SDF01, actor2=CIV, location=MANBIJ, date=D("2025-01-10"),
      source=SDF, status="denied"),
    E(True, "SNA military police arrested 14 men in Manbij's eastern neighbourhoods", STR, ARRESTS,
      actor1=SNA01, actor2=CIV + ["14 men", "men"], location=MANBIJ, date=D("2025-01-06"), source=ECM),
    # background: Manbij taken by a non-state force "on 9 December" (the month before the January report -> 2024)
    E(False, "the SNA captured Manbij on 9 December", BAT, NSAOVER, actor1=SNA01, actor2=SDF01, location=MANBIJ,
      date=D("2024-12-09"), source=ECM),
    E(False, "the Monitor has documented 163 civilian deaths in the city and around the dam", VAC, ATTACK,
      actor1=UNK + TUR01 + SNA01 + SDF01, actor2=CIV, location=MANBIJ, date=D("2024-12-09", "2025-01-11"),
      killed=R(163), source=ECM, aggregate=True),
    # the official's vow -> planned
    E(False, 'operations would continue "until the terrorist presence east of the Euphrates ends"', EXP, AIR,
      actor1=TUR01, actor2=SDF01, location=EUPHRATES_E, source=["Turkish official"] + TURKEY, status="planned"),
    # no gold: the method note, "Neither side published its losses", the sit-in at the dam (a destination, no dated
    # protest told), "each side blamed the other", "No group claimed the bombing", the relatives' "no news", "a
    # grinder of young men" (a metaphor)
]
DOCS.append(
    (
        "dev-x-01",
        "Euphrates Casualty Monitor (weekly report)",
        "2025-01-11",
        "casualty-monitoring group's weekly report",
        "Syria/eastern Aleppo countryside: a week's and a month's civilian death counts, a Turkish drone on a family "
        "car 'about 10 km east of Manbij' ('a man, his wife and their two daughters'), a clash at the Qara Qozak "
        "bridge ('at least 17 fighters'), a drone on a civilian convoy to the Tishreen dam blamed on Turkey with the "
        "ministry's 'PKK/YPG terrorists' and its denial, shells 'some 10 km east of Deir Hafer' from 'either' side, a "
        "Manbij car bomb whose toll rises as two wounded die, arrests, the capture of Manbij as background, a vow, a "
        "metaphor",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-x-01", "Issued Saturday 11 January 2025", "2025-01-11", "Saturday"),
    ("dev-x-01", "Saturday 4 January / The same day", "2025-01-04", "Saturday"),
    ("dev-x-01", "Monday 6 January", "2025-01-06", "Monday"),
    ("dev-x-01", "Tuesday 7 January", "2025-01-07", "Tuesday"),
    ("dev-x-01", "Overnight Wednesday to Thursday (start)", "2025-01-08", "Wednesday"),
    ("dev-x-01", "Overnight Wednesday to Thursday (end)", "2025-01-09", "Thursday"),
    ("dev-x-01", "Friday 10 January / Friday midnight", "2025-01-10", "Friday"),
]

# =============================================================================
# dev-x-02  a militia's Telegram post reproduced and commented on — Syria's Deir ez-Zor east bank: Diban (also
# spelled Thiban), al-Busayrah, Hajin (Tue 12 Nov 2024)
# =============================================================================
T02 = """'Tribal Army' claims dawn assault on SDF in Diban: what we could verify

Furat Eye | Monitoring desk | Deir ez-Zor | Tuesday 12 November 2024

On Monday evening the Telegram channel of the "Tribal Army of the Jazira", an armed group of Arab tribesmen opposed to the Syrian Democratic Forces (SDF) on the east bank of the Euphrates, posted the statement below. We reproduce it in our translation, unedited, and then set out what our correspondents could establish.

THE STATEMENT
"In the name of God. At dawn today our heroic fighters, sons of the tribes, stormed the positions of the PKK militia in the town of Diban, killing 14 of its mercenaries and capturing two alive. In the afternoon our lions destroyed a militia armoured vehicle with a guided missile near al-Busayrah, killing the three men inside, and our drones struck the den of the so-called Asayish in Hajin, achieving direct hits. We warn our sons who still serve the militia: whoever has not left its ranks within seven days will be a legitimate target. The dawn of the Jazira is near."

WHAT WE COULD ESTABLISH
Our correspondent in Thiban, as most residents spell the town, said tribal fighters who had crossed the river by boat from government-held villages on the west bank attacked two SDF checkpoints on its northern edge shortly before dawn on Monday. By his count three SDF members and two attackers were killed, and a woman was wounded by a stray bullet in her kitchen.

The SDF said it had "thwarted an infiltration by regime-backed mercenaries" and killed "a number" of them. It did not mention losses of its own.

We found no witness to the missile strike near al-Busayrah, and the SDF did not mention it. In Hajin, two residents said a small drone dropped a munition into the yard of the Asayish building on Monday afternoon, breaking windows but hurting no one.

On Sunday night a roadside bomb struck an SDF patrol on the outskirts of Hajin, killing one fighter and wounding two. It is unclear whether Islamic State cells, still active in the area, or the tribal fighters planted it.

Later on Monday the SDF began a sweep of Thiban and nearby farms, detaining at least 30 men, local activists said. An SDF official said those held "had links to the attackers" and most would be freed after questioning.

The tribal fighters have raided the east bank repeatedly since August 2023, when two weeks of fighting between the SDF and tribal gunmen spread from Thiban to most towns along the river and killed about 90 people.
"""

TRIBAL = ["Tribal Army of the Jazira", "Tribal Army", "tribal fighters", "sons of the tribes", "Arab tribesmen",
          "Arab tribal forces", "tribal gunmen", "heroic fighters", "our lions", "our drones", "attackers",
          "regime-backed mercenaries"]
SDF02 = SDF + ["PKK militia", "militia", "Asayish", "Internal Security Forces", "SDF checkpoints", "SDF patrol",
               "SDF members", "SDF official"]
# Diban and Thiban are two spellings of one town (the text says so) -> one place with both names
DIBAN = L(["Diban", "Thiban", "Dhiban", "town of Diban", "east bank of the Euphrates", "Deir ez-Zor"], 35.00,
          40.55, "SY")
BUSAYRAH = L(["al-Busayrah", "Busayrah", "al-Busayra", "Busaira", "near al-Busayrah"], 35.15, 40.43, "SY")
# "on the outskirts of Hajin" -> Hajin's point
HAJIN = L(["Hajin", "outskirts of Hajin", "Asayish building", "den of the so-called Asayish"], 34.69, 40.83, "SY")
EASTBANK = L(["east bank of the Euphrates", "east bank", "Deir ez-Zor", "Thiban", "towns along the river"], cc="SY")
FE = ["Furat Eye", "our correspondent", "correspondent", "author"]
TASRC = ["Tribal Army of the Jazira", "Tribal Army", "Telegram channel", "statement"]
E02 = [
    # the militia's claim: "At dawn today" in a post of Monday evening -> Monday; its own count of the other side
    # ("killing 14 of its mercenaries") -> 14..open; the prisoners are inside the clash (no abduction gold)
    E(True, "our heroic fighters, sons of the tribes, stormed the positions of the PKK militia in the town of Diban, "
      "killing 14 of its mercenaries", BAT, CLASH,
      actor1=TRIBAL + SDF02, actor2=SDF02 + ["mercenaries"] + TRIBAL, location=DIBAN, date=D("2024-11-11"),
      killed=R(14, None), source=TASRC),
    # the correspondent's version of the same clash: both sides' dead told -> exact 5, the woman hit by a stray
    # bullet -> injured 1; the count a sentence later folded in and kept as a non-core copy
    E(True, "tribal fighters who had crossed the river by boat from government-held villages on the west bank "
      "attacked two SDF checkpoints on its northern edge shortly before dawn on Monday", BAT, CLASH,
      actor1=TRIBAL + SDF02, actor2=SDF02 + ["two SDF checkpoints", "checkpoints"] + TRIBAL, location=DIBAN,
      date=D("2024-11-11"), killed=R(5), injured=R(1), source=FE),
    E(False, "three SDF members and two attackers were killed, and a woman was wounded by a stray bullet in her "
      "kitchen", BAT, CLASH,
      actor1=TRIBAL + SDF02, actor2=SDF02 + TRIBAL + CIV, location=DIBAN, date=D("2024-11-11"), killed=R(5),
      injured=R(1), source=FE),
    # the SDF's vague telling of the same clash ('"a number" of them', no own losses, no place beyond the text's)
    # -> a non-core copy
    E(False, 'it had "thwarted an infiltration by regime-backed mercenaries"', BAT, CLASH,
      actor1=TRIBAL + SDF02, actor2=SDF02 + TRIBAL, location=DIBAN, date=D("2024-11-11"), source=SDF),
    # a guided missile fired from the ground -> Shelling/artillery/missile attack; the militia's claim -> core,
    # occurred, sourced to it ("We found no witness" is no denial); "the three men inside" -> 3; "near al-Busayrah"
    # -> al-Busayrah's point
    E(True, "our lions destroyed a militia armoured vehicle with a guided missile near al-Busayrah, killing the three "
      "men inside", EXP, SHELL,
      actor1=TRIBAL, actor2=SDF02 + ["militia armoured vehicle", "armoured vehicle"], location=BUSAYRAH,
      date=D("2024-11-11"), killed=R(3), source=TASRC),
    # the drone claim and the residents' telling of the same strike: "hurting no one" -> killed and injured 0..0,
    # folded into the claim (as dev_r-05's MDA "no injuries"), the residents' telling a non-core copy
    E(True, "our drones struck the den of the so-called Asayish in Hajin, achieving direct hits", EXP, AIR,
      actor1=TRIBAL, actor2=SDF02 + ["den of the so-called Asayish", "Asayish building"], location=HAJIN,
      date=D("2024-11-11"), killed=R(0), injured=R(0), source=TASRC + ["two residents", "residents"]),
    E(False, "a small drone dropped a munition into the yard of the Asayish building on Monday afternoon, breaking "
      "windows but hurting no one", EXP, AIR,
      actor1=UNK + TRIBAL, actor2=SDF02 + ["Asayish building"], location=HAJIN, date=D("2024-11-11"), killed=R(0),
      injured=R(0), source=["two residents", "residents"]),
    # the militia's ultimatum -> planned
    E(False, "whoever has not left its ranks within seven days will be a legitimate target", BAT, CLASH,
      actor1=TRIBAL, actor2=SDF02, location=EASTBANK, source=TASRC, status="planned"),
    # "On Sunday night" -> both days; "whether Islamic State cells ... or the tribal fighters" -> both plus unknown
    E(True, "a roadside bomb struck an SDF patrol on the outskirts of Hajin, killing one fighter and wounding two",
      EXP, IED,
      actor1=UNK + ISIS + ["Islamic State cells"] + TRIBAL, actor2=SDF02, location=HAJIN,
      date=D("2024-11-10", "2024-11-11"), killed=R(1), injured=R(2), source=FE),
    # a sweep with detentions -> Arrests; "at least 30 men" are no casualties
    E(True, "the SDF began a sweep of Thiban and nearby farms, detaining at least 30 men", STR, ARRESTS,
      actor1=SDF02, actor2=CIV + ["30 men", "men"], location=DIBAN, date=D("2024-11-11"),
      source=["local activists", "activists"] + FE),
    # the raids since August 2023 -> aggregate; the August 2023 fighting -> background ("about 90" -> 90..90)
    E(False, "The tribal fighters have raided the east bank repeatedly since August 2023", BAT, CLASH,
      actor1=TRIBAL, actor2=SDF02, location=EASTBANK, date=D("2023-08-01", "2024-11-12"), source=FE, aggregate=True),
    E(False, "two weeks of fighting between the SDF and tribal gunmen spread from Thiban to most towns along the river "
      "and killed about 90 people", BAT, CLASH,
      actor1=SDF02 + TRIBAL, actor2=TRIBAL + SDF02, location=EASTBANK, date=D("2023-08-01", "2023-08-31"),
      killed=R(90), source=FE),
    # the headline's copy of the claim
    E(False, "'Tribal Army' claims dawn assault on SDF in Diban", BAT, CLASH, actor1=TRIBAL, actor2=SDF02,
      location=DIBAN, date=D("2024-11-11"), source=FE + TASRC),
    # no gold: "capturing two alive" (inside the clash), "The dawn of the Jazira is near" (a slogan), "We found no
    # witness" (no denial), "the SDF did not mention it", "It did not mention losses of its own", the official's
    # "had links to the attackers" and the promised releases
]
DOCS.append(
    (
        "dev-x-02",
        "Furat Eye (monitoring desk)",
        "2024-11-12",
        "a militia's Telegram post reproduced and commented on",
        "Syria/Deir ez-Zor east bank: a tribal militia's post claiming a dawn assault on Diban ('killing 14 of its "
        "mercenaries'), a guided missile near al-Busayrah and a drone on the Asayish in Hajin ('direct hits'), "
        "checked by the outlet: the correspondent's own count in 'Thiban' (the same town) with both sides' dead and "
        "a woman hurt, the SDF's vague 'a number', 'no witness' to the missile, residents' 'hurting no one', an IED "
        "'On Sunday night' by IS 'or' the tribes, detentions, an ultimatum, August 2023 as background",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-x-02", "Tuesday 12 November 2024", "2024-11-12", "Tuesday"),
    ("dev-x-02", "On Monday evening / At dawn today / on Monday / Later on Monday", "2024-11-11", "Monday"),
    ("dev-x-02", "On Sunday night (start)", "2024-11-10", "Sunday"),
]

# =============================================================================
# dev-x-03  wire story quoting "two security sources" and "residents" — Iraq's Babil and the Anbar-Karbala desert:
# Jurf al-Sakhar, a desert area 60 km north-west of Nukhayb, a valley north of Nukhayb, Musayyib (Tue 3 Dec 2024)
# =============================================================================
T03 = """Strikes hit Kataib Hezbollah site at Jurf al-Sakhar; Islamic State kills six truffle hunters near Nukhayb

BAGHDAD, Dec 3 (Tigris Newswire) - Unidentified aircraft struck a weapons depot of the Iran-aligned Kataib Hezbollah group at Jurf al-Sakhar, about 55 km south-west of Baghdad, overnight Monday to Tuesday, killing four of its members, two security sources told Tigris Newswire.

Residents of farms on the edge of the area, which the group has sealed off since 2014, said they heard at least five explosions shortly after 1 a.m. and saw fires burning until dawn.

A Kataib Hezbollah official said the strikes had hit "empty storage halls" and caused no casualties, and blamed "the American-Zionist enemy". The U.S. military declined to comment. Israel, which Iraqi officials say has struck targets in Iraq before, did not respond to a request for comment. One of the security sources said the aircraft were either American or Israeli.

The group vowed to respond "at the time and place we choose". An adviser to the prime minister warned that the factions could resume attacks on U.S. forces if the strikes continued.

Kataib Hezbollah and other factions of the Popular Mobilisation Forces (PMF) retook Jurf al-Sakhar from Islamic State in October 2014 and have kept its Sunni residents from returning ever since.

In the western desert, Islamic State militants attacked a group of truffle hunters on Saturday about 60 km north-west of Nukhayb, near the boundary between Anbar and Karbala provinces, killing six of them and abducting two others, the second security source said. Residents of Nukhayb said the dead included a father and his two teenage sons.

The next day, PMF units combing the area clashed with militants in a valley north of Nukhayb and killed two of them, the PMF said in a statement, citing its Anbar operations command.

Babil police said on Monday they had arrested three men at a checkpoint near Musayyib the previous evening, carrying rifles and ammunition hidden under vegetables in a truck. Investigators are checking whether the weapons came from Jurf al-Sakhar.

Islamic State fighters have killed at least 40 truffle hunters in Iraq's western desert over the past three seasons, according to a Tigris Newswire tally. Officials urge hunters to stay within ten kilometres of army posts, but many say they cannot afford to.
"""

KH = ["Kataib Hezbollah", "Kata'ib Hezbollah", "Kataib Hizballah", "Hezbollah Brigades", "Kataib Hezbollah group",
      "Iran-aligned Kataib Hezbollah group", "Kataib Hezbollah official"]
PMF03 = PMF + ["PMF units", "Anbar operations command", "factions"]
ISIS03 = ISIS + ["Islamic State fighters", "militants"]
STRIKERS = USA + ISRAEL + UNK + ["Unidentified aircraft", "aircraft", "American-Zionist enemy"]
IQPOL03 = ["Babil police", "police", "Police Forces of Iraq", "Iraqi police"]
# Jurf al-Sakhar is named -> its own point (the "about 55 km south-west of Baghdad" only places it)
JURF = L(["Jurf al-Sakhar", "Jurf al-Sakhr", "Jurf al-Nasr", "south-west of Baghdad", "Babil"], 32.87, 44.12, "IQ")
# "about 60 km north-west of Nukhayb" -> LKM from Nukhayb
NUKHAYB_NW = LKM(["north-west of Nukhayb", "Nukhayb", "Nukhaib", "western desert", "Anbar", "Karbala"], 32.04, 42.26,
                 60, 315, "IQ")
# "in a valley north of Nukhayb" (no distance) -> Nukhayb's point
NUKHAYB = L(["Nukhayb", "Nukhaib", "valley north of Nukhayb", "north of Nukhayb"], 32.04, 42.26, "IQ")
MUSAYYIB = L(["Musayyib", "Al-Musayyib", "checkpoint near Musayyib", "Babil"], 32.78, 44.29, "IQ")
IRAQ03 = L(["Iraq"], cc="IQ")
WDESERT = L(["western desert", "Iraq's western desert", "Iraq"], cc="IQ")
TNW = ["Tigris Newswire", "author"]
SECSRC = ["two security sources", "security sources", "security source", "second security source"]
E03 = [
    # "Unidentified aircraft", "either American or Israeli" -> both plus unknown; "overnight Monday to Tuesday" ->
    # both days; the group's own version names another object ("empty storage halls") and no casualties -> a core
    # event of its own with killed and injured 0..0; the residents' explosions and fires -> inside the strike
    E(True, "Unidentified aircraft struck a weapons depot of the Iran-aligned Kataib Hezbollah group at Jurf "
      "al-Sakhar, about 55 km south-west of Baghdad, overnight Monday to Tuesday, killing four of its members", EXP,
      AIR,
      actor1=STRIKERS, actor2=KH + PMF + ["weapons depot"], location=JURF, date=D("2024-12-02", "2024-12-03"),
      killed=R(4), source=SECSRC + TNW),
    E(True, 'the strikes had hit "empty storage halls" and caused no casualties', EXP, AIR,
      actor1=USA + ISRAEL + UNK + ["American-Zionist enemy"], actor2=KH + ["empty storage halls"], location=JURF,
      date=D("2024-12-02", "2024-12-03"), killed=R(0), injured=R(0), source=KH),
    E(False, "the aircraft were either American or Israeli", EXP, AIR, actor1=USA + ISRAEL + UNK, actor2=KH,
      location=JURF, date=D("2024-12-02", "2024-12-03"), source=SECSRC),
    # the group's vow (an actor's own) -> planned; the adviser's conditional about others -> hypothetical
    E(False, 'The group vowed to respond "at the time and place we choose"', EXP, SHELL,
      actor1=KH, actor2=USA + ISRAEL, location=IRAQ03, source=KH, status="planned"),
    E(False, "the factions could resume attacks on U.S. forces if the strikes continued", EXP, SHELL,
      actor1=KH + PMF03, actor2=USA, location=IRAQ03,
      source=["adviser to the prime minister", "Iraqi prime minister's adviser"], status="hypothetical"),
    # background: the PMF (state forces) retaking the area in October 2014 -> Government regains territory
    E(False, "Kataib Hezbollah and other factions of the Popular Mobilisation Forces (PMF) retook Jurf al-Sakhar from "
      "Islamic State in October 2014", BAT, GOVREGAIN,
      actor1=KH + PMF03, actor2=ISIS03, location=JURF, date=D("2014-10-01", "2014-10-31"), source=TNW),
    # civilians shot in the desert -> Violence against civilians; "about 60 km north-west of Nukhayb" -> LKM; the
    # two taken in the same attack -> a non-core Abduction copy (the attack carries the event)
    E(True, "Islamic State militants attacked a group of truffle hunters on Saturday about 60 km north-west of "
      "Nukhayb, near the boundary between Anbar and Karbala provinces, killing six of them", VAC, ATTACK,
      actor1=ISIS03, actor2=CIV + ["truffle hunters", "group of truffle hunters", "father", "two teenage sons"],
      location=NUKHAYB_NW, date=D("2024-11-30"), killed=R(6),
      source=SECSRC + ["Residents of Nukhayb", "residents"] + TNW),
    E(False, "abducting two others", VAC, ABDUCT, actor1=ISIS03, actor2=CIV + ["truffle hunters", "two others"],
      location=NUKHAYB_NW, date=D("2024-11-30"), source=SECSRC),
    # "The next day" -> Sunday; one side's dead -> 2..open; "the PMF said ..., citing its Anbar operations command"
    # -> both in the source
    E(True, "PMF units combing the area clashed with militants in a valley north of Nukhayb and killed two of them",
      BAT, CLASH,
      actor1=PMF03 + ISIS03, actor2=ISIS03 + PMF03, location=NUKHAYB, date=D("2024-12-01"), killed=R(2, None),
      source=PMF + ["Anbar operations command"]),
    # "said on Monday ... the previous evening" -> Sunday
    E(True, "they had arrested three men at a checkpoint near Musayyib the previous evening", STR, ARRESTS,
      actor1=IQPOL03, actor2=["three men", "men", "suspects"], location=MUSAYYIB, date=D("2024-12-01"),
      source=IQPOL03),
    # the outlet's tally over "the past three seasons" -> aggregate, no dated range
    E(False, "Islamic State fighters have killed at least 40 truffle hunters in Iraq's western desert over the past "
      "three seasons", VAC, ATTACK,
      actor1=ISIS03, actor2=CIV + ["truffle hunters"], location=WDESERT, killed=R(40, None), source=TNW,
      aggregate=True),
    # the headline's copies
    E(False, "Strikes hit Kataib Hezbollah site at Jurf al-Sakhar", EXP, AIR, actor1=STRIKERS, actor2=KH,
      location=JURF, date=D("2024-12-02", "2024-12-03"), source=TNW),
    E(False, "Islamic State kills six truffle hunters near Nukhayb", VAC, ATTACK, actor1=ISIS03,
      actor2=CIV + ["truffle hunters"], location=NUKHAYB_NW, date=D("2024-11-30"), killed=R(6), source=TNW),
    # no gold: the residents' explosions and fires (inside the strike), "which the group has sealed off since 2014",
    # "declined to comment", "has struck targets in Iraq before" (generic), the father and sons (inside the
    # attack's toll), the investigators' check, the officials' advice
]
DOCS.append(
    (
        "dev-x-03",
        "Tigris Newswire",
        "2024-12-03",
        "wire story quoting two security sources and residents",
        "Iraq/Babil and the western desert: strikes by 'Unidentified aircraft' on Jurf al-Sakhar 'overnight Monday "
        "to Tuesday' with two versions (four members killed / 'empty storage halls', no casualties), 'either "
        "American or Israeli', a vow and a conditional, 2014 background, an IS attack on truffle hunters 'about 60 "
        "km north-west of Nukhayb' with two abducted, a PMF clash 'The next day' ('citing its Anbar operations "
        "command'), arrests 'the previous evening', a tally",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-x-03", "Dec 3 / overnight Monday to Tuesday (end)", "2024-12-03", "Tuesday"),
    ("dev-x-03", "overnight Monday to Tuesday (start) / on Monday", "2024-12-02", "Monday"),
    ("dev-x-03", "The next day / the previous evening", "2024-12-01", "Sunday"),
    ("dev-x-03", "on Saturday", "2024-11-30", "Saturday"),
]

# =============================================================================
# dev-x-04  insurance/maritime-risk note — Iraq's Basra and Maysan: Amara, Zubair's western outskirts, an oil camp
# 35 km south-east of Amara, Qurna, the Khor al-Zubair port, the entrance to Umm Qasr port (Thu 22 May 2025)
# =============================================================================
T04 = """Security Note: Basra ports and the northern Gulf - risk level unchanged at ELEVATED

Northgate Marine Risk | Security Note for hull, cargo and K&R underwriters | Ref. NMR/IQ/25-19 | Thursday 22 May 2025 | Client use only

SUMMARY
We recorded no attacks on merchant vessels or port infrastructure in Iraqi waters between 8 and 21 May. Onshore, the picture around Umm Qasr, Khor al-Zubair and the oilfields west of Basra worsened slightly. The risk level stays at ELEVATED.

INCIDENTS OF NOTE
- 10 May, Amara (Maysan): two gunmen on a motorcycle shot dead a police intelligence captain known for anti-narcotics work outside his home. Maysan police blamed a drug gang; no arrests.
- 12 May, Zubair: an IED exploded beside a pick-up of a foreign oilfield services contractor on the western outskirts of the town, lightly injuring its Iraqi driver, Basra Operations Command said. No claim.
- 13 May, Maysan: a Katyusha rocket landed inside an oil company camp about 35 km south-east of Amara, causing no damage or injuries. Local sources attributed it either to a tribe demanding jobs at the field or to an Iran-aligned faction.
- 15 May, Qurna (north of Basra): a land dispute between two clans outside the town turned into a gunfight with medium machine guns and RPGs that lasted into the night, killing three people and wounding seven, local media reported, citing a police source. The army sent a rapid-response unit the following morning and arrested 11 men.
- 18 May, Khor al-Zubair port, some 25 km south-east of Zubair: guards shot down a small drone circling the fuel berth. No damage; origin unknown.
- Since 14 May, unemployed graduates have blocked the access road at the entrance to Umm Qasr port for several hours a day. Last Monday police used tear gas and water cannon to reopen it; at least 12 protesters and four policemen were injured, the Basra health directorate said.

ASSESSMENT
The Qurna fighting fits a familiar pattern of clan feuds fought with heavy weapons. Tribal clashes in Basra province killed more than 50 people last year, according to the provincial council. They rarely touch port operations but can close main roads for hours.
The Umm Qasr blockades are the most immediate operational risk: average cargo dwell time rose by about a day last week. In the 2018 Basra protests, crowds burned government buildings and the Iranian consulate, and port operations were interrupted for days.

OUTLOOK
If US-Iran tensions escalate, Iran-aligned groups could target US-linked contractors in the oilfields, as they did with rocket fire in 2019 and 2020. We see no sign of a maritime threat in the near term.
"""

IQPOL04 = ["Iraqi police", "police", "Police Forces of Iraq", "Maysan police", "police intelligence captain",
           "captain", "policemen"]
GUNMEN04 = UNK + ["two gunmen", "gunmen", "drug gang", "gang"]
CONTRACTOR = CIV + ["foreign oilfield services contractor", "contractor", "pick-up", "Iraqi driver", "driver"]
IQARMY04 = ["Iraqi army", "army", "rapid-response unit", "Military Forces of Iraq"]
CLANS04 = ["two clans", "clans", "clan militia", "Clan Militia", "tribal gunmen", "tribesmen"]
IRANALIGNED = ["Iran-aligned faction", "Iran-aligned groups", "Islamic Resistance in Iraq"] + PMF
GUARDS04 = ["guards", "port guards", "port security", "Iraqi security forces"]
AMARA = L(["Amara", "Al-Amarah", "Amarah", "Maysan"], 31.84, 47.14, "IQ")
# "on the western outskirts of the town" (Zubair) -> Zubair's point
ZUBAIR = L(["Zubair", "Al-Zubair", "Az Zubayr", "western outskirts of the town"], 30.39, 47.70, "IQ")
# "about 35 km south-east of Amara" -> LKM from Amara; "some 25 km south-east of Zubair" -> LKM from Zubair
AMARA_SE = LKM(["south-east of Amara", "oil company camp", "Maysan", "Amara"], 31.84, 47.14, 35, 135, "IQ")
KHORZUBAIR = LKM(["Khor al-Zubair port", "Khor al-Zubair", "south-east of Zubair", "fuel berth"], 30.39, 47.70, 25,
                 135, "IQ")
# "between two clans outside the town" (Qurna) -> Qurna's point
QURNA = L(["Qurna", "Al-Qurnah", "Qurnah", "north of Basra"], 31.01, 47.43, "IQ")
UMMQASR = L(["Umm Qasr", "Umm Qasr port", "entrance to Umm Qasr port", "access road"], 30.03, 47.95, "IQ")
BASRA = L(["Basra", "Basrah"], 30.51, 47.81, "IQ")
BASRAPROV = L(["Basra province", "Basra"], cc="IQ")
OILFIELDS = L(["oilfields", "oilfields west of Basra", "Basra"], cc="IQ")
NMR = ["Northgate Marine Risk", "author"]
GRADS = PROTESTERS + ["unemployed graduates", "graduates"]
E04 = [
    # an off-duty police officer shot outside his home -> Battles/Armed clash (dev_r's armed man ambushed); the
    # police's blame of "a drug gang" -> in actor1
    E(True, "two gunmen on a motorcycle shot dead a police intelligence captain known for anti-narcotics work outside "
      "his home", BAT, CLASH,
      actor1=GUNMEN04, actor2=IQPOL04, location=AMARA, date=D("2025-05-10"), killed=R(1),
      source=NMR + ["Maysan police"]),
    E(True, "an IED exploded beside a pick-up of a foreign oilfield services contractor on the western outskirts of "
      "the town, lightly injuring its Iraqi driver", EXP, IED,
      actor1=UNK, actor2=CONTRACTOR, location=ZUBAIR, date=D("2025-05-12"), injured=R(1),
      source=["Basra Operations Command"] + NMR),
    # "causing no damage or injuries" -> injured 0..0 only; "either to a tribe ... or to an Iran-aligned faction" ->
    # both plus unknown
    E(True, "a Katyusha rocket landed inside an oil company camp about 35 km south-east of Amara, causing no damage or "
      "injuries", EXP, SHELL,
      actor1=UNK + ["tribe demanding jobs", "tribe"] + IRANALIGNED, actor2=CIV + ["oil company camp", "oil company"],
      location=AMARA_SE, date=D("2025-05-13"), injured=R(0),
      source=["Local sources", "local sources"] + NMR),
    # two clans -> Battles between identity militias; "lasted into the night" -> 15 and 16 May; one unsplit toll ->
    # exact; "local media reported, citing a police source" -> both in the source
    E(True, "a land dispute between two clans outside the town turned into a gunfight with medium machine guns and "
      "RPGs that lasted into the night, killing three people and wounding seven", BAT, CLASH,
      actor1=CLANS04, actor2=CLANS04, location=QURNA, date=D("2025-05-15", "2025-05-16"), killed=R(3), injured=R(7),
      source=["local media", "police source"] + NMR),
    # "the following morning" after a fight that lasted into the night of the 15th -> 16 May
    E(True, "The army sent a rapid-response unit the following morning and arrested 11 men", STR, ARRESTS,
      actor1=IQARMY04, actor2=CLANS04 + ["11 men", "men"], location=QURNA, date=D("2025-05-16"),
      source=NMR + ["local media"]),
    E(True, "guards shot down a small drone circling the fuel berth", STR, DISRUPT,
      actor1=GUARDS04, actor2=UNK + ["small drone", "drone"], location=KHORZUBAIR, date=D("2025-05-18"), source=NMR),
    # daily blockades "Since 14 May" -> aggregate; "Last Monday" in a Thursday note -> the most recent Monday (as
    # dev_r-08's "last Sunday"), 19 May; tear gas and water cannon, no deaths -> Protest with intervention; "at least
    # 12 protesters and four policemen" -> injured 16..open
    E(False, "unemployed graduates have blocked the access road at the entrance to Umm Qasr port for several hours a "
      "day", PRO, PEACEFUL,
      actor1=GRADS, location=UMMQASR, date=D("2025-05-14", "2025-05-22"), source=NMR, aggregate=True),
    E(True, "Last Monday police used tear gas and water cannon to reopen it", PRO, INTERVENTION,
      actor1=GRADS + IQPOL04, actor2=IQPOL04 + GRADS, location=UMMQASR, date=D("2025-05-19"), injured=R(16, None),
      source=["Basra health directorate", "health directorate"] + NMR),
    E(False, "Tribal clashes in Basra province killed more than 50 people last year", BAT, CLASH,
      actor1=CLANS04, actor2=CLANS04, location=BASRAPROV, date=D("2024-01-01", "2024-12-31"), killed=R(51, None),
      source=["provincial council"], aggregate=True),
    # background: the 2018 protests -> Riots/Violent demonstration, non-core
    E(False, "In the 2018 Basra protests, crowds burned government buildings and the Iranian consulate", RIOT,
      VIOLENT,
      actor1=["rioters", "crowds"] + PROTESTERS, actor2=["Iranian consulate", "government buildings", "Iran"],
      location=BASRA, date=D("2018-01-01", "2018-12-31"), source=NMR),
    # the note's conditional -> hypothetical; "as they did with rocket fire in 2019 and 2020" -> an aggregate
    # background
    E(False, "Iran-aligned groups could target US-linked contractors in the oilfields", EXP, SHELL,
      actor1=IRANALIGNED, actor2=["US-linked contractors", "contractors"] + USA, location=OILFIELDS, source=NMR,
      status="hypothetical"),
    E(False, "as they did with rocket fire in 2019 and 2020", EXP, SHELL,
      actor1=IRANALIGNED, actor2=["US-linked contractors", "contractors"] + USA, location=OILFIELDS,
      date=D("2019-01-01", "2020-12-31"), source=NMR, aggregate=True),
    # no gold: "no attacks on merchant vessels" (none), "no arrests", "No claim", "No damage; origin unknown", the
    # cargo dwell time, the port interruption of 2018 (inside the background)
]
DOCS.append(
    (
        "dev-x-04",
        "Northgate Marine Risk (security note)",
        "2025-05-22",
        "insurance/maritime-risk note",
        "Iraq/Basra and Maysan for underwriters: a police captain shot outside his home in Amara, an IED on a "
        "contractor's pick-up on Zubair's outskirts, a rocket 'about 35 km south-east of Amara' ('no damage or "
        "injuries', 'either' a tribe 'or' a faction), a clan gunfight in Qurna 'into the night' ('citing a police "
        "source') and arrests 'the following morning', a drone downed at Khor al-Zubair, daily port blockades and a "
        "dispersal 'Last Monday' ('at least 12 protesters and four policemen'), a tally, 2018 and 2019-20 "
        "background, a conditional",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-x-04", "Thursday 22 May 2025", "2025-05-22", "Thursday"),
    ("dev-x-04", "Last Monday", "2025-05-19", "Monday"),
]

# =============================================================================
# dev-x-05  hospital/health-ministry statement — Gaza's south: al-Mawasi west of Khan Younis, Bani Suheila, the
# Nasser Medical Complex, Rafah's Tal al-Sultan (Sat 6 Jul 2024)
# =============================================================================
T05 = """Nasser Medical Complex: 31 martyrs received since dawn, nine of them from one family in al-Mawasi

Ministry of Health - Gaza | Nasser Medical Complex, Khan Younis | Press statement, 6 pm, Saturday 6 July 2024

Since dawn today the departments of the Nasser Medical Complex have received 31 martyrs and 96 injured, most of them women and children.

At about 1:30 am, an occupation aircraft bombed a tent sheltering a displaced family in the al-Mawasi area west of Khan Younis, inside the zone the occupation itself declared "humanitarian". Nine members of the Abu Shamala family were killed, among them a mother and her four children, the youngest eight months old, and 16 people in neighbouring tents were injured. The occupation's claim that it struck "a Hamas terrorist" in the area is a lie meant to cover up this crime.

In the morning, artillery shells fell on homes in the town of Bani Suheila, east of Khan Younis, killing four people and injuring 11, hours after the occupation ordered residents of the eastern areas to leave.

At about noon, a quadcopter drone opened fire on people gathered near the western gate of the complex, wounding three, among them a nurse from the emergency department.

We also announce that a 14-year-old girl wounded in the strike on a house in the Tal al-Sultan neighbourhood of Rafah on Wednesday died of her wounds this morning, raising the number killed in that strike to five. Ten other people injured in that strike remain in our care.

Dr. Khalil Barakat, head of the complex's surgery department, was detained by occupation forces on Thursday at a checkpoint near Tal al-Sultan while accompanying an ambulance. We hold the occupation fully responsible for his life and safety.

The complex is working at three times its capacity. The fuel for our generators will run out within 72 hours. If it does not arrive, the intensive care unit and the dialysis department will stop, and we will face a catastrophe.

The Ministry of Health's daily report puts the toll of the aggression since 7 October at more than 38,000 martyrs and 87,000 injured.
"""

ISR05 = ISRAEL + ["occupation", "the occupation", "occupation aircraft", "occupation forces", "quadcopter drone",
                  "quadcopter"]
MOHG = ["Ministry of Health - Gaza", "Gaza Ministry of Health", "Ministry of Health", "Health Ministry",
        "Nasser Medical Complex", "Nasser hospital", "author"]
MAWASI = L(["al-Mawasi", "Mawasi", "al-Mawasi area", "west of Khan Younis", "Khan Younis"], 31.35, 34.26, "PS")
# "the town of Bani Suheila, east of Khan Younis" -> Bani Suheila's point
BANISUHEILA = L(["Bani Suheila", "Bani Suhaila", "Bani Suhayla", "east of Khan Younis", "Khan Younis"], 31.34, 34.33,
                "PS")
NASSER = L(["Nasser Medical Complex", "Nasser hospital", "western gate of the complex", "Khan Younis"], 31.35, 34.29,
           "PS")
# "a checkpoint near Tal al-Sultan" -> Tal al-Sultan's point
TALSULTAN = L(["Tal al-Sultan", "Tal as-Sultan", "Tel al-Sultan", "Tal al-Sultan neighbourhood", "Rafah"], 31.30,
              34.24, "PS")
KY = L(["Khan Younis", "Khan Yunis", "southern Gaza"], 31.34, 34.30, "PS")
GAZA05 = L(["Gaza Strip", "Gaza"], cc="PS")
E05 = [
    # the day's intake at one hospital from many strikes -> aggregate (the headline's count too)
    E(False, "Since dawn today the departments of the Nasser Medical Complex have received 31 martyrs and 96 injured",
      EXP, AIR,
      actor1=ISR05, actor2=CIV, location=KY, date=D("2024-07-06"), killed=R(31), injured=R(96), source=MOHG,
      aggregate=True),
    E(False, "31 martyrs received since dawn", EXP, AIR, actor1=ISR05, actor2=CIV, location=KY, date=D("2024-07-06"),
      killed=R(31), source=MOHG, aggregate=True),
    # "At about 1:30 am" in a statement of 6 pm about "today" -> 6 July; the toll a sentence later (a mother and her
    # four children among nine; 16 hurt in neighbouring tents) folded in, the toll sentence and the headline
    # non-core copies; the army's claim told only through the ministry's rebuttal -> a non-core denied event
    E(True, "an occupation aircraft bombed a tent sheltering a displaced family in the al-Mawasi area west of Khan "
      "Younis", EXP, AIR,
      actor1=ISR05, actor2=CIV + ["tent", "displaced family", "Abu Shamala family", "mother", "four children"],
      location=MAWASI, date=D("2024-07-06"), killed=R(9), injured=R(16), source=MOHG),
    E(False, "Nine members of the Abu Shamala family were killed, among them a mother and her four children, the "
      "youngest eight months old, and 16 people in neighbouring tents were injured", EXP, AIR,
      actor1=ISR05, actor2=CIV + ["Abu Shamala family"], location=MAWASI, date=D("2024-07-06"), killed=R(9),
      injured=R(16), source=MOHG),
    E(False, "nine of them from one family in al-Mawasi", EXP, AIR, actor1=ISR05, actor2=CIV, location=MAWASI,
      date=D("2024-07-06"), killed=R(9), source=MOHG),
    E(False, "The occupation's claim that it struck \"a Hamas terrorist\" in the area is a lie", EXP, AIR,
      actor1=ISR05, actor2=HAMAS + ["Hamas terrorist"], location=MAWASI, date=D("2024-07-06"), source=MOHG,
      status="denied"),
    # "In the morning" -> 6 July; the evacuation order -> no gold
    E(True, "artillery shells fell on homes in the town of Bani Suheila, east of Khan Younis, killing four people and "
      "injuring 11", EXP, SHELL,
      actor1=ISR05, actor2=CIV + ["homes"], location=BANISUHEILA, date=D("2024-07-06"), killed=R(4), injured=R(11),
      source=MOHG),
    # a quadcopter drone opening fire -> Air/drone strike (the guide's "any drone strike")
    E(True, "a quadcopter drone opened fire on people gathered near the western gate of the complex, wounding three, "
      "among them a nurse from the emergency department", EXP, AIR,
      actor1=ISR05, actor2=CIV + ["people", "nurse"], location=NASSER, date=D("2024-07-06"), injured=R(3),
      source=MOHG),
    # an earlier strike told only through its raised toll: "raising the number killed in that strike to five" ->
    # killed 5; "Ten other people injured in that strike remain in our care" -> injured 10..open (others may have
    # left care); "on Wednesday" -> 3 July
    E(True, "a 14-year-old girl wounded in the strike on a house in the Tal al-Sultan neighbourhood of Rafah on "
      "Wednesday died of her wounds this morning, raising the number killed in that strike to five", EXP, AIR,
      actor1=ISR05, actor2=CIV + ["house", "14-year-old girl", "girl"], location=TALSULTAN, date=D("2024-07-03"),
      killed=R(5), injured=R(10, None), source=MOHG),
    E(True, "Dr. Khalil Barakat, head of the complex's surgery department, was detained by occupation forces on "
      "Thursday at a checkpoint near Tal al-Sultan", STR, ARRESTS,
      actor1=ISR05, actor2=CIV + ["Dr. Khalil Barakat", "Khalil Barakat", "doctor", "surgery department"],
      location=TALSULTAN, date=D("2024-07-04"), source=MOHG),
    # the toll since 7 October -> aggregate ("more than 38,000" -> 38001..open)
    E(False, "the toll of the aggression since 7 October at more than 38,000 martyrs and 87,000 injured", EXP, AIR,
      actor1=ISR05, actor2=CIV, location=GAZA05, date=D("2023-10-07", "2024-07-06"), killed=R(38001, None),
      injured=R(87000, None), source=MOHG, aggregate=True),
    # no gold: "the zone the occupation itself declared humanitarian", the order to leave the eastern areas (no act of
    # violence), "We hold the occupation fully responsible", the capacity, the fuel warning (a conditional with no act
    # of violence)
]
DOCS.append(
    (
        "dev-x-05",
        "Ministry of Health - Gaza (Nasser Medical Complex statement)",
        "2024-07-06",
        "hospital/health-ministry statement",
        "Gaza/Khan Younis and Rafah: a day's intake (aggregate), a strike on a tent in al-Mawasi 'At about 1:30 am' "
        "with the toll a sentence later ('a mother and her four children') and the army's claim rebutted, shells on "
        "Bani Suheila, a quadcopter firing at the hospital gate, Wednesday's strike in Tal al-Sultan whose toll is "
        "raised to five when a girl dies, a doctor detained 'on Thursday', the cumulative toll, a fuel warning (no "
        "gold)",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-x-05", "Saturday 6 July 2024 / today / this morning", "2024-07-06", "Saturday"),
    ("dev-x-05", "on Thursday", "2024-07-04", "Thursday"),
    ("dev-x-05", "on Wednesday", "2024-07-03", "Wednesday"),
]

# =============================================================================
# dev-x-06  obituary-style piece about a killed civilian — Lebanon's Nabatieh and Marjayoun: the Kfar
# Rumman-Nabatieh road, Yohmor al-Shqif, Khiam's eastern edge (Sat 15 Mar 2025)
# =============================================================================
T06 = """Hussein Farhat, 61: the tobacco grower of Kfar Rumman who would not leave

Al-Janub Weekly | Lives | Nabatieh | Saturday 15 March 2025 | By Rana Haidar

Hussein Ali Farhat planted tobacco on the same terraces above Kfar Rumman that his father had planted, and he did not leave them even last autumn, when Israeli jets struck the town almost daily and most of his neighbours fled north.

He was killed on Thursday afternoon when an Israeli drone fired a missile at his pick-up truck on the road between Kfar Rumman and Nabatieh, a few hundred metres from his house. His nephew Ali, 19, who was riding with him, was wounded and is recovering in Nabatieh’s government hospital, the family said.

The Israeli army said on Thursday evening that it had struck “a Hezbollah operative who was working to re-establish the organisation’s infrastructure” in the Nabatieh area. “He was a farmer. Everyone here knows that. His only weapon was a hoe,” said his wife, Zeinab, sitting among relatives in the family’s half-repaired living room.

Farhat was the third person killed in Nabatieh district since the ceasefire of 27 November, which ended more than a year of cross-border fire between Israel and Hezbollah, according to the municipality. Across Lebanon, Israeli strikes have killed more than 80 people since the truce took effect, the Health Ministry says.

He had buried a brother killed by Israeli shelling in 2006 and rebuilt the family house twice. In October an air strike on the next street blew out its windows and cracked a wall; he repaired it himself, with his nephews.

Hundreds of people walked behind his coffin in Kfar Rumman on Friday. Hours after the funeral, an Israeli drone struck a bulldozer clearing rubble in Yohmor al-Shqif, wounding its driver, according to the state National News Agency.

The day before Farhat was killed, Israeli troops who still hold a hilltop position near Khiam blew up at least six houses on the town’s eastern edge, the mayor of Khiam said. The Lebanese army said it would send more troops to the area.

Farhat leaves Zeinab, five children and eleven grandchildren. His eldest son, Mahmoud, says he will plant the terraces himself this spring. “My father used to say the tobacco field was his front line,” he said. “Now it is mine.”
"""

ISR06 = ISRAEL + ["Israeli drone", "Israeli jets", "Israeli shelling", "air strike"]
HEZ06 = HEZB + ["Hezbollah operative", "operative"]
FARHAT = CIV + ["Hussein Ali Farhat", "Hussein Farhat", "Farhat", "pick-up truck", "nephew", "farmer",
                "tobacco grower"]
LAF = ["Lebanese army", "Lebanese Armed Forces", "Military Forces of Lebanon"]
# a road of ~2 km between Kfar Rumman and Nabatieh, "a few hundred metres from his house" -> Kfar Rumman's point
KFARRUMMAN = L(["Kfar Rumman", "Kfar Roummane", "Kafr Rumman", "road between Kfar Rumman and Nabatieh", "Nabatieh"],
               33.37, 35.50, "LB")
NABATIEH = L(["Nabatieh", "Nabatieh area", "Nabatiyeh"], 33.38, 35.48, "LB")
NABDIST = L(["Nabatieh district", "Nabatieh"], cc="LB")
YOHMOR = L(["Yohmor al-Shqif", "Yohmor", "Yuhmur", "Yohmor al-Shaqif"], 33.34, 35.54, "LB")
KHIAM06 = L(["Khiam", "El Khiam", "town’s eastern edge", "near Khiam"], 33.33, 35.61, "LB")
LEB06 = L(["Lebanon", "southern Lebanon"], cc="LB")
AJW = ["Al-Janub Weekly", "Rana Haidar", "author"]
IDF06 = ["Israeli army", "Israel Defense Forces", "IDF", "Israeli military"]
E06 = [
    # "He was killed ... His nephew Ali, 19, ... was wounded" -> 1 and 1; "on Thursday afternoon" in a Saturday
    # paper -> 13 March; the army names another object ("a Hezbollah operative") -> a core event of its own; the
    # wife's "He was a farmer" rebuts without a denial verb -> no denied gold
    E(True, "He was killed on Thursday afternoon when an Israeli drone fired a missile at his pick-up truck on the "
      "road between Kfar Rumman and Nabatieh", EXP, AIR,
      actor1=ISR06, actor2=FARHAT, location=KFARRUMMAN, date=D("2025-03-13"), killed=R(1), injured=R(1),
      source=AJW + ["family"]),
    E(True, "it had struck “a Hezbollah operative who was working to re-establish the organisation’s "
      "infrastructure” in the Nabatieh area", EXP, AIR,
      actor1=ISR06, actor2=HEZ06, location=NABATIEH, date=D("2025-03-13"), source=IDF06),
    # the municipality's count since the ceasefire -> aggregate; the ceasefire -> a background Agreement; "more than
    # a year of cross-border fire" -> an aggregate background
    E(False, "Farhat was the third person killed in Nabatieh district since the ceasefire of 27 November", EXP, AIR,
      actor1=ISR06, actor2=CIV + HEZ06, location=NABDIST, date=D("2024-11-27", "2025-03-15"), killed=R(3),
      source=["municipality"] + AJW, aggregate=True),
    E(False, "the ceasefire of 27 November", STR, AGREE, actor1=ISRAEL + HEZB, actor2=HEZB + ISRAEL, location=LEB06,
      date=D("2024-11-27"), source=AJW),
    E(False, "which ended more than a year of cross-border fire between Israel and Hezbollah", EXP, SHELL,
      actor1=ISRAEL + HEZB, actor2=HEZB + ISRAEL, location=L(["Lebanon", "Israel", "border"]),
      date=D("2023-10-08", "2024-11-27"), source=AJW + ["municipality"], aggregate=True),
    E(False, "Across Lebanon, Israeli strikes have killed more than 80 people since the truce took effect", EXP, AIR,
      actor1=ISR06, actor2=CIV + HEZ06, location=LEB06, date=D("2024-11-27", "2025-03-15"), killed=R(81, None),
      source=["Health Ministry", "Lebanese Health Ministry"], aggregate=True),
    # background: "last autumn" in a March 2025 piece -> September to November 2024 ("almost daily" -> aggregate);
    # a brother killed "in 2006" (no place told); "In October" -> October 2024
    E(False, "when Israeli jets struck the town almost daily", EXP, AIR, actor1=ISR06, actor2=CIV + HEZ06,
      location=KFARRUMMAN, date=D("2024-09-01", "2024-11-30"), source=AJW, aggregate=True),
    E(False, "He had buried a brother killed by Israeli shelling in 2006", EXP, SHELL, actor1=ISR06,
      actor2=CIV + ["brother"], date=D("2006-01-01", "2006-12-31"), killed=R(1), source=AJW),
    E(False, "In October an air strike on the next street blew out its windows and cracked a wall", EXP, AIR,
      actor1=ISR06, actor2=CIV + ["next street", "family house", "house"], location=KFARRUMMAN,
      date=D("2024-10-01", "2024-10-31"), source=AJW),
    # "Hours after the funeral" held on Friday -> Friday; "wounding its driver" -> 1
    E(True, "an Israeli drone struck a bulldozer clearing rubble in Yohmor al-Shqif, wounding its driver", EXP, AIR,
      actor1=ISR06, actor2=CIV + ["bulldozer", "driver"], location=YOHMOR, date=D("2025-03-14"), injured=R(1),
      source=["National News Agency", "NNA"]),
    # demolition without casualties -> Looting/property destruction; "The day before Farhat was killed" -> 12 March;
    # the hilltop position held since before -> no base gold
    E(True, "Israeli troops who still hold a hilltop position near Khiam blew up at least six houses on the town’s "
      "eastern edge", STR, LOOT,
      actor1=ISR06, actor2=CIV + ["houses", "six houses"], location=KHIAM06, date=D("2025-03-12"),
      source=["mayor of Khiam", "mayor"]),
    # a deployment announced -> planned
    E(False, "The Lebanese army said it would send more troops to the area", STR, BASE, actor1=LAF,
      location=KHIAM06, source=LAF, status="planned"),
    # no gold: the neighbours' flight, the wife's rebuttal, the funeral (no protest), the house rebuilt twice, the
    # survivors, "the tobacco field was his front line" (a metaphor)
]
DOCS.append(
    (
        "dev-x-06",
        "Al-Janub Weekly",
        "2025-03-15",
        "obituary-style piece about a killed civilian",
        "Lebanon/Nabatieh and Marjayoun: a tobacco grower killed by a drone 'on Thursday afternoon' on the Kfar "
        "Rumman-Nabatieh road with his nephew wounded a sentence later, the army's 'Hezbollah operative' and the "
        "wife's rebuttal (no denial gold), counts since the ceasefire, 'last autumn', 2006 and 'In October' as "
        "background, a drone on a bulldozer 'Hours after the funeral', houses blown up near Khiam 'The day before "
        "Farhat was killed', a deployment announced, a metaphor; typographic quotes",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-x-06", "Saturday 15 March 2025", "2025-03-15", "Saturday"),
    ("dev-x-06", "on Friday / Hours after the funeral", "2025-03-14", "Friday"),
    ("dev-x-06", "on Thursday afternoon / on Thursday evening", "2025-03-13", "Thursday"),
    ("dev-x-06", "The day before Farhat was killed", "2025-03-12", "Wednesday"),
]

# =============================================================================
# dev-x-07  diaspora opposition website — Iran's Sistan-Baluchestan: near Saravan, Rask's police headquarters and
# nearby villages, Zahedan's Makki mosque, a gas pipeline near Zahedan (Sat 20 Sep 2025)
# =============================================================================
T07 = """Regime forces kill two young fuel porters near Saravan; Jaish al-Adl attack on Rask police headquarters

Baluch Voice International | London | Saturday 20 September 2025 | From our correspondents inside Baluchistan

Two brothers, Abdolmalek and Saeed Rigi, aged 19 and 23, were killed on Wednesday when Revolutionary Guards forces opened fire on their pick-up loaded with fuel cans near Saravan, and a third porter was wounded, the rights group Baluch Rights Watch told us, citing relatives. Like thousands of young men in this impoverished province, the brothers carried fuel to the Pakistani border because there was no other work.

The regime's news agency IRNA told the story differently: border guards, it said, fired on "a vehicle of armed fuel smugglers" that ignored orders to stop, killing one smuggler.

The killings came two days after an attack on the police headquarters in Rask on Monday night. Jaish al-Adl said in a statement that its fighters killed five members of the "occupying" regime's forces and withdrew safely. State media said three policemen were killed and two wounded in a two-hour gunfight and that the attackers fled towards the Pakistani border.

After the Rask attack, security forces raided homes in the town and nearby villages on Tuesday and Wednesday and arrested at least 30 young men, our correspondent in Rask reported. Their families have not been told where they are held.

In Zahedan yesterday, worshippers leaving Friday prayers at the Makki mosque marched through the surrounding streets chanting against executions. Security forces fired tear gas to disperse them; no injuries were reported.

On Tuesday night an explosion damaged a gas pipeline near Zahedan. The governor's office called it an accident; local activists suspect sabotage, and no group has claimed it.

In its statement, Jaish al-Adl warned that its attacks would continue "as long as the regime executes Baluch youth".

Zahedan has not forgotten "Bloody Friday", 30 September 2022, when security forces fired on worshippers and protesters after Friday prayers, killing more than 90 people. Three years on, the city is "a prison with open doors", as one resident put it.

Human rights groups say security forces have killed more than 40 fuel porters in the province since the start of the year.
"""

IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Revolutionary Guards forces",
        "Regime forces", "Military Forces of Iran", "Iranian security forces", "security forces", "border guards",
        "Iranian border guards"]
IRPOL = ["Iranian police", "police", "Police Forces of Iran", "policemen", "police headquarters", "regime's forces",
         "Law Enforcement Command", "security forces"]
IRSEC = IRGC + IRPOL
JAA = ["Jaish al-Adl", "Jaish ul-Adl", "Jaysh al-Adl", "Army of Justice", "its fighters", "attackers"]
PORTERS = CIV + ["fuel porters", "porters", "Abdolmalek Rigi", "Saeed Rigi", "two brothers", "brothers", "pick-up",
                 "third porter"]
SMUGGLERS = CIV + ["armed fuel smugglers", "fuel smugglers", "smugglers", "smuggler"]
WORSHIPPERS = PROTESTERS + ["worshippers"]
# "near Saravan" -> Saravan's point
SARAVAN = L(["Saravan", "Sarawan", "near Saravan", "Sistan and Baluchestan"], 27.37, 62.33, "IR")
RASK = L(["Rask", "police headquarters in Rask", "nearby villages", "Sistan and Baluchestan"], 26.23, 61.40, "IR")
ZAHEDAN = L(["Zahedan", "Makki mosque", "near Zahedan", "Sistan and Baluchestan"], 29.50, 60.86, "IR")
SB = L(["Sistan and Baluchestan", "Sistan-Baluchestan", "Baluchistan", "the province"], cc="IR")
BVI = ["Baluch Voice International", "our correspondent", "author"]
BRW = ["Baluch Rights Watch", "rights group", "relatives"]
IRNA = ["IRNA", "Islamic Republic News Agency", "regime's news agency", "State media", "state media"]
JAASRC = ["Jaish al-Adl", "statement"]
E07 = [
    # "Two brothers ... aged 19 and 23, were killed ... and a third porter was wounded" -> 2 and 1; "on Wednesday"
    # in a Saturday piece -> 17 September; "told us, citing relatives" -> both in the source; IRNA's telling
    # ("armed fuel smugglers", one dead) -> another toll by another source -> a core event of its own; smugglers
    # fired on without a fight -> Violence against civilians in both
    E(True, "Two brothers, Abdolmalek and Saeed Rigi, aged 19 and 23, were killed on Wednesday when Revolutionary "
      "Guards forces opened fire on their pick-up loaded with fuel cans near Saravan", VAC, ATTACK,
      actor1=IRGC, actor2=PORTERS, location=SARAVAN, date=D("2025-09-17"), killed=R(2), injured=R(1),
      source=BRW + BVI),
    E(True, 'border guards, it said, fired on "a vehicle of armed fuel smugglers" that ignored orders to stop, killing '
      'one smuggler', VAC, ATTACK,
      actor1=IRGC, actor2=SMUGGLERS, location=SARAVAN, date=D("2025-09-17"), killed=R(1), source=IRNA),
    E(False, "Regime forces kill two young fuel porters near Saravan", VAC, ATTACK, actor1=IRGC, actor2=PORTERS,
      location=SARAVAN, date=D("2025-09-17"), killed=R(2), source=BVI),
    # the attack told by the author without numbers (non-core copy, the headline too) and in two versions with
    # their own tolls (core): Jaish al-Adl's "five members" (one side) -> 5..open; state media's "three policemen
    # ... killed and two wounded" (one side) -> 3..open and 2..open; "on Monday night" -> both days ("two days
    # after" it is the Wednesday of the shooting)
    E(False, "an attack on the police headquarters in Rask on Monday night", BAT, CLASH,
      actor1=JAA + IRPOL, actor2=IRPOL + JAA, location=RASK, date=D("2025-09-15", "2025-09-16"), source=BVI),
    E(False, "Jaish al-Adl attack on Rask police headquarters", BAT, CLASH, actor1=JAA, actor2=IRPOL, location=RASK,
      date=D("2025-09-15", "2025-09-16"), source=BVI),
    E(True, "its fighters killed five members of the \"occupying\" regime's forces and withdrew safely", BAT, CLASH,
      actor1=JAA, actor2=IRPOL, location=RASK, date=D("2025-09-15", "2025-09-16"), killed=R(5, None),
      source=JAASRC),
    E(True, "three policemen were killed and two wounded in a two-hour gunfight", BAT, CLASH,
      actor1=JAA + IRPOL, actor2=IRPOL + JAA, location=RASK, date=D("2025-09-15", "2025-09-16"), killed=R(3, None),
      injured=R(2, None), source=IRNA),
    # raids over two days -> one Arrests event (one operation in one town and its villages), 16-17 September
    E(True, "security forces raided homes in the town and nearby villages on Tuesday and Wednesday and arrested at "
      "least 30 young men", STR, ARRESTS,
      actor1=IRSEC, actor2=CIV + ["young men", "30 young men"], location=RASK, date=D("2025-09-16", "2025-09-17"),
      source=["correspondent in Rask"] + BVI),
    # "yesterday" in a Saturday piece -> Friday; tear gas -> Protest with intervention; "no injuries were reported"
    # -> injured 0..0 only
    E(True, "worshippers leaving Friday prayers at the Makki mosque marched through the surrounding streets chanting "
      "against executions", PRO, INTERVENTION,
      actor1=WORSHIPPERS + IRSEC, actor2=IRSEC + WORSHIPPERS, location=ZAHEDAN, date=D("2025-09-19"),
      injured=R(0), source=BVI),
    # "an accident" (the governor) vs "sabotage" (activists), no claim -> a side remark: non-core, possible;
    # "On Tuesday night" -> both days
    E(False, "an explosion damaged a gas pipeline near Zahedan", EXP, IED,
      actor1=UNK, actor2=["gas pipeline", "pipeline"], location=ZAHEDAN, date=D("2025-09-16", "2025-09-17"),
      source=["local activists", "activists"], status="possible"),
    # the group's conditional vow -> planned
    E(False, 'its attacks would continue "as long as the regime executes Baluch youth"', BAT, CLASH,
      actor1=JAA, actor2=IRSEC, location=SB, source=JAASRC, status="planned"),
    # background: "Bloody Friday" -> Protests/Excessive force, "more than 90" -> 91..open
    E(False, "security forces fired on worshippers and protesters after Friday prayers, killing more than 90 people",
      PRO, EXCESSIVE,
      actor1=WORSHIPPERS + IRSEC, actor2=IRSEC + WORSHIPPERS, location=ZAHEDAN, date=D("2022-09-30"),
      killed=R(91, None), source=BVI),
    E(False, "security forces have killed more than 40 fuel porters in the province since the start of the year",
      VAC, ATTACK,
      actor1=IRSEC, actor2=PORTERS, location=SB, date=D("2025-01-01", "2025-09-20"), killed=R(41, None),
      source=["Human rights groups", "rights groups"], aggregate=True),
    # no gold: why the brothers carried fuel, the attackers' flight (inside the clash), the families not told, the
    # governor's "accident" (inside the possible), "a prison with open doors" (a metaphor)
]
DOCS.append(
    (
        "dev-x-07",
        "Baluch Voice International",
        "2025-09-20",
        "diaspora opposition website",
        "Iran/Sistan-Baluchestan: two porter brothers 'aged 19 and 23' shot near Saravan ('citing relatives') and "
        "IRNA's 'armed fuel smugglers' with one dead, a Jaish al-Adl attack in Rask 'on Monday night' in two versions "
        "(five / three and two wounded), raids 'on Tuesday and Wednesday', a march after Friday prayers 'yesterday' "
        "('no injuries were reported'), a pipeline blast 'accident' or 'sabotage', a vow, 'Bloody Friday' as "
        "background, a year's count, a metaphor; the outlet's 'regime'",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-x-07", "Saturday 20 September 2025", "2025-09-20", "Saturday"),
    ("dev-x-07", "yesterday / Friday prayers", "2025-09-19", "Friday"),
    ("dev-x-07", "on Wednesday / two days after / Tuesday and Wednesday (end) / Tuesday night (end)", "2025-09-17",
     "Wednesday"),
    ("dev-x-07", "on Tuesday night (start) / Tuesday and Wednesday (start) / Monday night (end)", "2025-09-16",
     "Tuesday"),
    ("dev-x-07", "on Monday night (start)", "2025-09-15", "Monday"),
    ("dev-x-07", "'Bloody Friday', 30 September 2022", "2022-09-30", "Friday"),
]

# =============================================================================
# dev-x-08  state TV evening bulletin (Houthi-run) — Yemen's Saada and the Saudi border: Shada'a, Razih and Baqim
# districts, the outskirts of Baqim town, Saada city (Wed 17 Apr 2024)
# =============================================================================
T08 = """Evening bulletin: Saudi shelling kills citizen in Shada'a; aggression's border guards kill four African migrants in Razih

Al-Sumud TV | Sanaa | Evening news, 8 pm, Wednesday 17 April 2024 | Transcript of the Saada segment

PRESENTER: Good evening. We begin in Saada governorate, where the Saudi-American aggression continues its daily crimes against the people of the border districts.

CORRESPONDENT (by telephone from Saada): The Saudi enemy's artillery shelled populated villages in Shada'a district this afternoon, killing a citizen and wounding two others, one of them a child. The citizen was named as Yahya Ali Hadi, 45.

Yesterday evening, gunfire from the Saudi enemy's border guards killed four African migrants and wounded 11 in the border area of Razih district, a medical source at the Republican Hospital in Saada city told us. Two women are among the wounded. The aggression's media claimed that its guards had fired on "armed smugglers trying to infiltrate the Kingdom's territory" - a lie exposed by the bodies of these poor migrants.

At dawn today, Saudi rockets and artillery shells fell on farms in Baqim district, damaging a house, a water tank and a qat field, without causing casualties.

The day before yesterday, two brothers aged 12 and 15 were killed when an enemy shell struck them as they herded goats on the outskirts of Baqim town.

PRESENTER: Meanwhile, the spokesman of the armed forces announced in a brief statement that our air defences shot down a Saudi spy drone over Baqim district this morning.

Security services in Saada announced the arrest last week of a cell "recruited by Saudi intelligence" that was monitoring the movements of citizens and army units in the governorate.

According to the governorate's health office, the Saudi enemy's shelling and gunfire have killed 12 citizens and migrants and wounded 47 in the border districts since the start of the month.

The Leader of the Revolution warned in a speech this evening that the Saudi regime "will bear the consequences" if its crimes against the border districts continue. On Friday, mass rallies will be held in Saada city and all the free provinces in solidarity with Gaza and against the aggression, the organising committee announced.
"""

SAUDI = ["Saudi Arabia", "Saudi", "Saudi enemy", "Saudi army", "Military Forces of Saudi Arabia",
         "Saudi-American aggression", "aggression", "Saudi-led coalition", "Saudi regime", "Saudi Border Guard",
         "border guards", "Saudi enemy's border guards", "Saudi enemy's artillery", "enemy"]
HOUTHI08 = HOUTHI + ["our air defences", "air defences", "armed forces", "Yemeni armed forces", "security services",
                     "Security services in Saada", "Sanaa"]
MIGRANTS = CIV + ["African migrants", "migrants", "four African migrants", "Ethiopian migrants"]
# the three districts, and a town whose centre we cannot pin to ~0.05 degrees -> names and country
SHADAA = L(["Shada'a", "Shada'a district", "Shida", "Shadaa", "populated villages", "Saada"], cc="YE")
RAZIH = L(["Razih", "Razih district", "border area of Razih district", "Saada"], cc="YE")
BAQIM = L(["Baqim", "Baqim district", "Baqim town", "outskirts of Baqim town", "Saada"], cc="YE")
SAADA = L(["Saada", "Saada city", "Sa'dah"], 16.94, 43.76, "YE")
SAADAGOV = L(["Saada governorate", "border districts", "Saada", "the governorate"], cc="YE")
SUMUD = ["Al-Sumud TV", "correspondent", "author"]
E08 = [
    # "this afternoon" in an evening bulletin -> 17 April; "killing a citizen and wounding two others" -> 1 and 2
    E(True, "The Saudi enemy's artillery shelled populated villages in Shada'a district this afternoon, killing a "
      "citizen and wounding two others, one of them a child", EXP, SHELL,
      actor1=SAUDI, actor2=CIV + ["populated villages", "citizen", "child", "Yahya Ali Hadi"], location=SHADAA,
      date=D("2024-04-17"), killed=R(1), injured=R(2), source=SUMUD),
    E(False, "Saudi shelling kills citizen in Shada'a", EXP, SHELL, actor1=SAUDI, actor2=CIV, location=SHADAA,
      date=D("2024-04-17"), killed=R(1), source=SUMUD),
    # "Yesterday evening" -> 16 April; border guards firing on migrants -> Violence against civilians; the Saudi
    # media's telling of the same people as "armed smugglers" -> a non-core copy (the same object told two ways)
    E(True, "gunfire from the Saudi enemy's border guards killed four African migrants and wounded 11 in the border "
      "area of Razih district", VAC, ATTACK,
      actor1=SAUDI, actor2=MIGRANTS, location=RAZIH, date=D("2024-04-16"), killed=R(4), injured=R(11),
      source=["medical source", "Republican Hospital"] + SUMUD),
    E(False, 'its guards had fired on "armed smugglers trying to infiltrate the Kingdom\'s territory"', VAC, ATTACK,
      actor1=SAUDI, actor2=["armed smugglers", "smugglers"] + MIGRANTS, location=RAZIH, date=D("2024-04-16"),
      source=["aggression's media", "Saudi media"]),
    E(False, "aggression's border guards kill four African migrants in Razih", VAC, ATTACK, actor1=SAUDI,
      actor2=MIGRANTS, location=RAZIH, date=D("2024-04-16"), killed=R(4), source=SUMUD),
    # "At dawn today" -> 17 April; "without causing casualties" -> killed and injured 0..0
    E(True, "Saudi rockets and artillery shells fell on farms in Baqim district, damaging a house, a water tank and a "
      "qat field, without causing casualties", EXP, SHELL,
      actor1=SAUDI, actor2=CIV + ["farms", "house", "water tank", "qat field"], location=BAQIM,
      date=D("2024-04-17"), killed=R(0), injured=R(0), source=SUMUD),
    # "The day before yesterday" in a Wednesday bulletin -> Monday; "on the outskirts of" an unpinned town -> names
    E(True, "two brothers aged 12 and 15 were killed when an enemy shell struck them as they herded goats on the "
      "outskirts of Baqim town", EXP, SHELL,
      actor1=SAUDI, actor2=CIV + ["two brothers", "brothers"], location=BAQIM, date=D("2024-04-15"), killed=R(2),
      source=SUMUD),
    # a drone shot down -> Disrupted weapons use; "this morning" -> 17 April
    E(True, "our air defences shot down a Saudi spy drone over Baqim district this morning", STR, DISRUPT,
      actor1=HOUTHI08, actor2=SAUDI + ["Saudi spy drone", "spy drone"], location=BAQIM, date=D("2024-04-17"),
      source=["spokesman of the armed forces", "armed forces"] + HOUTHI),
    # "last week" in a Wednesday bulletin -> Monday 8 to Sunday 14 April; the place of arrest is not told -> the
    # governorate
    E(True, 'Security services in Saada announced the arrest last week of a cell "recruited by Saudi intelligence"',
      STR, ARRESTS,
      actor1=HOUTHI08, actor2=["cell", "spy cell", "Saudi intelligence"], location=SAADAGOV,
      date=D("2024-04-08", "2024-04-14"), source=["Security services", "security services"] + HOUTHI),
    E(False, "the Saudi enemy's shelling and gunfire have killed 12 citizens and migrants and wounded 47 in the border "
      "districts since the start of the month", EXP, SHELL,
      actor1=SAUDI, actor2=CIV + MIGRANTS, location=SAADAGOV, date=D("2024-04-01", "2024-04-17"), killed=R(12),
      injured=R(47), source=["governorate's health office", "health office"], aggregate=True),
    # the leader's conditional threat (an actor's own) -> planned; Friday's rallies (announced) -> planned, no date
    # (the date lies after publication)
    E(False, 'the Saudi regime "will bear the consequences" if its crimes against the border districts continue', EXP,
      SHELL,
      actor1=HOUTHI08, actor2=SAUDI, location=L(["Saudi Arabia"], cc="SA"),
      source=["Leader of the Revolution"] + HOUTHI, status="planned"),
    E(False, "mass rallies will be held in Saada city and all the free provinces in solidarity with Gaza and against "
      "the aggression", PRO, PEACEFUL,
      actor1=PROTESTERS + ["mass rallies"], location=SAADA, source=["organising committee"], status="planned"),
    # no gold: "continues its daily crimes" (generic), "Two women are among the wounded" (inside the toll), "a lie
    # exposed by the bodies" (the outlet's rebuttal, inside), the cell's monitoring (inside the arrest)
]
DOCS.append(
    (
        "dev-x-08",
        "Al-Sumud TV (evening bulletin transcript)",
        "2024-04-17",
        "state TV evening bulletin",
        "Yemen/Saada border districts, from a Houthi-run channel: Saudi shelling on Shada'a 'this afternoon', border "
        "guards' gunfire on migrants in Razih 'Yesterday evening' and the Saudi media's 'armed smugglers', rockets on "
        "Baqim 'At dawn today' ('without causing casualties'), two boys killed 'The day before yesterday', a spy drone "
        "downed, arrests 'last week', a month's count, a conditional threat, rallies announced for Friday; the "
        "outlet's 'enemy' and 'aggression'",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-x-08", "Wednesday 17 April 2024 / this afternoon / At dawn today / this morning", "2024-04-17", "Wednesday"),
    ("dev-x-08", "Yesterday evening", "2024-04-16", "Tuesday"),
    ("dev-x-08", "The day before yesterday", "2024-04-15", "Monday"),
    ("dev-x-08", "last week (start)", "2024-04-08", "Monday"),
    ("dev-x-08", "last week (end)", "2024-04-14", "Sunday"),
]

# =============================================================================
# dev-x-09  parliamentary question and a minister's answer — Turkey's Hakkari province and the Iraqi border: a
# pasture 15 km south-east of Şemdinli, Yüksekova, the road near Çukurca; Roboski as background (Thu 5 Dec 2024)
# =============================================================================
T09 = """Written question 7/14382: a drone strike near Şemdinli and the Yüksekova detentions, with the Interior Minister's answer

Grand National Assembly of Türkiye | Written Questions and Answers | Record published Thursday 5 December 2024

QUESTION, submitted on 14 October 2024 by Berfin Aslan, opposition MP for Hakkari

I request that the following be answered in writing by the Minister of the Interior.

According to villagers and the Hakkari Bar Association, on Wednesday 2 October 2024 an armed drone struck a group of villagers gathering wild rhubarb in a highland pasture about 15 km south-east of the Şemdinli district centre, killing Mehmet Ekinci, 17, and his uncle Sait Ekinci, 41, and wounding three others.

1. Did this strike take place, and on whose order?
2. Why were the bodies handed to the families only two days later?
3. On Saturday 5 October, a crowd that gathered in Yüksekova to protest the killings was dispersed with tear gas and water cannon, and 14 people were detained. How many remain in custody?
4. Is it true that a roadside bomb wounded soldiers near Çukurca on 9 October, and why was the public not told?

I remind the Minister that in December 2011, near Roboski, air force jets killed 34 villagers whom the army had taken for militants.

ANSWER of the Minister of the Interior, dated 28 November 2024

1-2. On 2 October 2024, in the rural area of Şemdinli district, a group of members of the separatist terrorist organisation trying to infiltrate our country from northern Iraq was detected and neutralised in an air-supported operation. The claims that civilians were harmed in this operation do not reflect the truth. The bodies were handed over after the legal procedures were completed.
3. On 5 October, a group of about 300 people who gathered in Yüksekova without permission were warned to disperse and, when they attacked the security forces with stones, were dispersed in line with the law. Fourteen suspects were taken into custody; 12 have been released under judicial control.
4. On 9 October, an improvised explosive device planted by the terrorist organisation exploded as a military vehicle passed on the road near the Çukurca district centre, lightly wounding two of our soldiers. A second device found nearby was destroyed in a controlled explosion by our bomb disposal teams. The public was informed by the governorship.
Since 1 January 2024, 117 terrorists have been neutralised in Hakkari province. Our fight against terrorism will continue with determination until the last terrorist is neutralised.
"""

TUR09 = TURKEY + ["armed drone", "air force jets", "our security forces", "bomb disposal teams",
                  "our bomb disposal teams", "our soldiers", "military vehicle"]
PKK09 = PKK + ["separatist terrorist organisation", "terrorist organisation", "terrorists",
               "members of the separatist terrorist organisation"]
TRPOL = ["security forces", "Turkish police", "police", "Police Forces of Turkey", "gendarmerie",
         "Turkish Gendarmerie"]
VILLAGERS = CIV + ["villagers", "group of villagers", "Mehmet Ekinci", "Sait Ekinci", "uncle"]
YK_CROWD = PROTESTERS + ["group of about 300 people"]
# "about 15 km south-east of the Şemdinli district centre" -> LKM from Şemdinli
SEMDINLI_SE = LKM(["south-east of the Şemdinli district centre", "Şemdinli", "Semdinli", "highland pasture",
                   "Hakkari"], 37.31, 44.57, 15, 135, "TR")
# "the rural area of Şemdinli district" -> a district: names and country
SEMDINLI_D = L(["Şemdinli district", "Semdinli district", "Şemdinli", "Semdinli", "rural area of Şemdinli district"],
               cc="TR")
YUKSEKOVA = L(["Yüksekova", "Yuksekova", "Hakkari"], 37.57, 44.28, "TR")
# "on the road near the Çukurca district centre" -> Çukurca's point
CUKURCA = L(["Çukurca", "Cukurca", "Çukurca district centre", "Hakkari"], 37.25, 43.61, "TR")
HAKKARI = L(["Hakkari province", "Hakkari", "Hakkâri"], cc="TR")
ROBOSKI = L(["Roboski", "Uludere", "Ortasu", "Şırnak"], cc="TR")
MP = ["Berfin Aslan", "opposition MP for Hakkari", "MP for Hakkari", "Grand National Assembly of Türkiye"]
VILLSRC = ["villagers", "Hakkari Bar Association"] + MP
MININT = ["Minister of the Interior", "Interior Minister", "Interior Ministry", "Ministry of the Interior",
          "Turkish Interior Ministry"]
E09 = [
    # the villagers' and the bar's version (put in the question): "killing Mehmet Ekinci, 17, and his uncle Sait
    # Ekinci, 41, and wounding three others" -> 2 and 3; the drone's owner unnamed (the MP asks "on whose order")
    # -> Turkey plus unknown
    E(True, "an armed drone struck a group of villagers gathering wild rhubarb in a highland pasture about 15 km "
      "south-east of the Şemdinli district centre, killing Mehmet Ekinci, 17, and his uncle Sait Ekinci, 41, and "
      "wounding three others", EXP, AIR,
      actor1=TUR09 + UNK, actor2=VILLAGERS, location=SEMDINLI_SE, date=D("2024-10-02"), killed=R(2), injured=R(3),
      source=VILLSRC),
    # the minister's version names another object (infiltrating militants, "neutralised": no number) -> a core
    # event of its own; his rejection of the civilian toll -> a non-core denied copy
    E(True, "a group of members of the separatist terrorist organisation trying to infiltrate our country from "
      "northern Iraq was detected and neutralised in an air-supported operation", EXP, AIR,
      actor1=TUR09, actor2=PKK09, location=SEMDINLI_D, date=D("2024-10-02"), source=MININT),
    E(False, "The claims that civilians were harmed in this operation do not reflect the truth", EXP, AIR,
      actor1=TUR09, actor2=VILLAGERS, location=SEMDINLI_SE, date=D("2024-10-02"), source=MININT, status="denied"),
    # one gathering in two versions of two types (the MP: a crowd dispersed with tear gas and water cannon -> Protest
    # with intervention; the minister: stones thrown at the security forces -> Riots/Violent demonstration) -> one
    # core event per version; the detentions -> a core Arrests on the minister's confirmation, the question's figure a
    # non-core copy
    E(True, "a crowd that gathered in Yüksekova to protest the killings was dispersed with tear gas and water cannon",
      PRO, INTERVENTION,
      **PROTEST_SIDES(TRPOL + ["crowd"]), location=YUKSEKOVA, date=D("2024-10-05"), source=MP),
    E(True, "a group of about 300 people who gathered in Yüksekova without permission were warned to disperse and, "
      "when they attacked the security forces with stones, were dispersed in line with the law", RIOT, VIOLENT,
      actor1=["rioters"] + YK_CROWD + TRPOL, actor2=TRPOL + ["rioters"] + YK_CROWD, location=YUKSEKOVA,
      date=D("2024-10-05"), source=MININT),
    E(True, "Fourteen suspects were taken into custody", STR, ARRESTS,
      actor1=TRPOL, actor2=YK_CROWD + ["Fourteen suspects", "suspects"], location=YUKSEKOVA, date=D("2024-10-05"),
      source=MININT + MP),
    E(False, "14 people were detained", STR, ARRESTS, actor1=TRPOL, actor2=PROTESTERS + ["14 people"],
      location=YUKSEKOVA, date=D("2024-10-05"), source=MP),
    # the question's "Is it true that ..." -> a non-core copy; the minister's confirmation -> the core IED ("lightly
    # wounding two of our soldiers" -> 2) and the second device destroyed -> a core Disrupted weapons use
    E(False, "Is it true that a roadside bomb wounded soldiers near Çukurca on 9 October", EXP, IED,
      actor1=PKK09 + UNK, actor2=TUR09, location=CUKURCA, date=D("2024-10-09"), source=MP),
    E(True, "an improvised explosive device planted by the terrorist organisation exploded as a military vehicle "
      "passed on the road near the Çukurca district centre, lightly wounding two of our soldiers", EXP, IED,
      actor1=PKK09, actor2=TUR09 + ["two of our soldiers"], location=CUKURCA, date=D("2024-10-09"), injured=R(2),
      source=MININT),
    E(True, "A second device found nearby was destroyed in a controlled explosion by our bomb disposal teams", STR,
      DISRUPT,
      actor1=TUR09, actor2=PKK09 + ["second device", "device"], location=CUKURCA, date=D("2024-10-09"),
      source=MININT),
    # background in the question: "in December 2011, near Roboski" -> non-core, 34 killed
    E(False, "near Roboski, air force jets killed 34 villagers whom the army had taken for militants", EXP, AIR,
      actor1=TUR09, actor2=CIV + ["34 villagers", "villagers"], location=ROBOSKI, date=D("2011-12-01", "2011-12-31"),
      killed=R(34), source=MP),
    # the year's count ("neutralised" -> no number) up to the answer's date -> aggregate; the vow -> planned
    E(False, "Since 1 January 2024, 117 terrorists have been neutralised in Hakkari province", BAT, CLASH,
      actor1=TUR09 + PKK09, actor2=PKK09 + TUR09, location=HAKKARI, date=D("2024-01-01", "2024-11-28"),
      source=MININT, aggregate=True),
    E(False, "Our fight against terrorism will continue with determination until the last terrorist is neutralised",
      BAT, CLASH, actor1=TUR09, actor2=PKK09, location=HAKKARI, source=MININT, status="planned"),
    # no gold: the questions "Did this strike take place, and on whose order?" and on the custody, the bodies handed
    # over "only two days later" (no act of violence), "12 have been released", "The public was informed"
]
DOCS.append(
    (
        "dev-x-09",
        "Grand National Assembly of Türkiye (written questions record)",
        "2024-12-05",
        "parliamentary question and a minister's answer",
        "Turkey/Hakkari: an MP's question on a drone strike on rhubarb gatherers 'about 15 km south-east of the "
        "Şemdinli district centre' ('Mehmet Ekinci, 17, and his uncle') and the minister's 'neutralised' infiltrators "
        "with a denial, a Yüksekova gathering as tear-gassed protest and as stone-throwing riot, detentions, an IED "
        "near Çukurca asked about ('Is it true that') and confirmed, a device destroyed, Roboski 2011 as background, "
        "a year's count, a vow; the bodies returned 'two days later' (no gold)",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-x-09", "Thursday 5 December 2024", "2024-12-05", "Thursday"),
    ("dev-x-09", "Wednesday 2 October 2024", "2024-10-02", "Wednesday"),
    ("dev-x-09", "Saturday 5 October", "2024-10-05", "Saturday"),
]

# =============================================================================
# dev-x-10  press conference summary — Niger's Tillabéri: near Banibangou, a base 30 km north of Ouallam, Téra, a
# market 25 km west of Téra, a village near Ouallam (Tue 12 Aug 2025)
# =============================================================================
T10 = """Army spokesman claims dozens of 'terrorists' killed in Tillabéri; questions on Téra market attack go unanswered

Niamey Observer | Press conference | Tuesday 12 August 2025

NIAMEY - The armed forces' spokesman, Colonel Abdoulaye Mounkaila, held his fortnightly press conference at the Ministry of Defence on Monday. These were the main points.

OPERATIONS, 1-10 AUGUST
- On Sunday 3 August, a unit of Operation Niya was attacked near Banibangou by "armed terrorist groups" - either the Islamic State Sahel Province or JNIM, both active in the area, the spokesman said. "The enemy lost 37 terrorists neutralised." Four soldiers were killed and 11 wounded, some of them seriously.
- Two days later, the air force struck a terrorist logistics base about 30 km north of Ouallam, killing "about 20 terrorists" and destroying motorcycles and fuel stocks.
- In Téra department, the defence and security forces arrested 23 suspected collaborators between 1 and 10 August.
- On Saturday, the army inaugurated a new forward operating base in Téra to "bring the army closer to the population".

The spokesman said the army had "neutralised" more than 900 terrorists in the Tillabéri region since January. He warned that any village found to be sheltering them "will be treated as an enemy".

QUESTIONS
Asked about a report by a local radio station, citing traders, that gunmen on motorcycles killed at least 17 civilians at the weekly cattle market of Kolmane, some 25 km west of Téra, on Thursday 7 August, the spokesman said he had "no information" and warned journalists against relaying "enemy propaganda". He took no follow-up question.

He also declined to comment on the abduction earlier this month of the chief of a village near Ouallam, who residents say was taken from his home at night by armed men.

Our view: the army's figures cannot be verified. Independent journalists have been barred from most of Tillabéri since the July 2023 coup, and the families of Kolmane are still waiting for someone in Niamey to say that their dead existed.
"""

FAN = ["Nigerien Armed Forces", "Forces Armées Nigériennes", "FAN", "Military Forces of Niger", "Nigerien army",
       "army", "air force", "Operation Niya", "unit of Operation Niya", "soldiers", "defence and security forces",
       "armed forces"]
ISSP = ["Islamic State Sahel Province", "Islamic State Sahel", "ISSP", "Islamic State", "EIGS", "ISGS"]
JNIM10 = ["JNIM", "Group for the Support of Islam and Muslims", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda"]
TERR = ["armed terrorist groups", "terrorists", "terrorist"]
JIHADISTS = TERR + ISSP + JNIM10
BANIBANGOU = L(["Banibangou", "near Banibangou", "Tillabéri", "Tillaberi"], 15.04, 2.70, "NE")
# "about 30 km north of Ouallam" -> LKM; "some 25 km west of Téra" -> LKM; "a village near Ouallam" -> Ouallam
OUALLAM_N = LKM(["north of Ouallam", "Ouallam", "terrorist logistics base", "Tillabéri"], 14.32, 2.09, 30, 0, "NE")
KOLMANE = LKM(["Kolmane", "weekly cattle market of Kolmane", "west of Téra", "Téra", "Tera"], 14.01, 0.75, 25, 270,
              "NE")
OUALLAM = L(["Ouallam", "village near Ouallam", "near Ouallam"], 14.32, 2.09, "NE")
TERA = L(["Téra", "Tera"], 14.01, 0.75, "NE")
TERADEPT = L(["Téra department", "Téra", "Tera"], cc="NE")
TILLA = L(["Tillabéri region", "Tillabéri", "Tillaberi"], cc="NE")
NOBS = ["Niamey Observer", "author"]
SPOKES = ["Colonel Abdoulaye Mounkaila", "Abdoulaye Mounkaila", "armed forces' spokesman", "spokesman",
          "Nigerien army", "armed forces"]
E10 = [
    # an attack on a unit -> Battles; "either the Islamic State Sahel Province or JNIM" -> both plus unknown; the
    # army's own dead and wounded a sentence later (one side; the other "neutralised") -> killed 4..open, injured
    # 11..open, the figures and the "neutralised" line non-core copies
    E(True, 'a unit of Operation Niya was attacked near Banibangou by "armed terrorist groups"', BAT, CLASH,
      actor1=JIHADISTS + UNK + FAN, actor2=FAN + JIHADISTS, location=BANIBANGOU, date=D("2025-08-03"),
      killed=R(4, None), injured=R(11, None), source=SPOKES),
    E(False, "Four soldiers were killed and 11 wounded, some of them seriously", BAT, CLASH,
      actor1=JIHADISTS + UNK, actor2=FAN, location=BANIBANGOU, date=D("2025-08-03"), killed=R(4), injured=R(11),
      source=SPOKES),
    E(False, '"The enemy lost 37 terrorists neutralised."', BAT, CLASH, actor1=FAN, actor2=JIHADISTS,
      location=BANIBANGOU, date=D("2025-08-03"), source=SPOKES),
    # "Two days later" -> Tuesday 5 August; "about 20 terrorists" -> 20..20 (as "some 45"); "about 30 km north of
    # Ouallam" -> LKM
    E(True, 'the air force struck a terrorist logistics base about 30 km north of Ouallam, killing "about 20 '
      'terrorists"', EXP, AIR,
      actor1=FAN, actor2=JIHADISTS + ["terrorist logistics base", "logistics base"], location=OUALLAM_N,
      date=D("2025-08-05"), killed=R(20), source=SPOKES),
    # arrests spread over ten days across a department -> aggregate
    E(False, "the defence and security forces arrested 23 suspected collaborators between 1 and 10 August", STR,
      ARRESTS,
      actor1=FAN, actor2=CIV + ["suspected collaborators", "23 suspected collaborators"], location=TERADEPT,
      date=D("2025-08-01", "2025-08-10"), source=SPOKES, aggregate=True),
    # a new base -> Headquarters or base established; "On Saturday" at a Monday conference -> 9 August
    E(True, "the army inaugurated a new forward operating base in Téra", STR, BASE,
      actor1=FAN, location=TERA, date=D("2025-08-09"), source=SPOKES),
    E(False, 'the army had "neutralised" more than 900 terrorists in the Tillabéri region since January', BAT, CLASH,
      actor1=FAN, actor2=JIHADISTS, location=TILLA, date=D("2025-01-01", "2025-08-11"), source=SPOKES,
      aggregate=True),
    # the headline's summary of the fortnight ("dozens" -> 24..open) -> aggregate
    E(False, "Army spokesman claims dozens of 'terrorists' killed in Tillabéri", BAT, CLASH,
      actor1=FAN, actor2=JIHADISTS, location=TILLA, date=D("2025-08-01", "2025-08-10"), killed=R(24, None),
      source=SPOKES + NOBS, aggregate=True),
    # the spokesman's threat -> planned
    E(False, 'any village found to be sheltering them "will be treated as an enemy"', VAC, ATTACK,
      actor1=FAN, actor2=CIV + ["village", "any village"], location=TILLA, source=SPOKES, status="planned"),
    # the radio's report, citing traders, put as a question -> core, occurred, sourced to the radio and traders (the
    # spokesman's "no information" is no denial); unnamed gunmen -> unknown
    E(True, "gunmen on motorcycles killed at least 17 civilians at the weekly cattle market of Kolmane, some 25 km "
      "west of Téra, on Thursday 7 August", VAC, ATTACK,
      actor1=UNK + ["gunmen on motorcycles", "gunmen"], actor2=CIV + ["weekly cattle market", "traders"],
      location=KOLMANE, date=D("2025-08-07"), killed=R(17, None),
      source=["local radio station", "radio station", "traders"] + NOBS),
    E(False, "Téra market attack", VAC, ATTACK, actor1=UNK, actor2=CIV, location=KOLMANE, date=D("2025-08-07"),
      source=NOBS),
    # "earlier this month" in a 12 August piece -> 1-12 August; the chief taken at night by armed men
    E(True, "the abduction earlier this month of the chief of a village near Ouallam", VAC, ABDUCT,
      actor1=UNK + ["armed men"], actor2=CIV + ["chief of a village", "village chief", "chief"], location=OUALLAM,
      date=D("2025-08-01", "2025-08-12"), source=["residents"] + NOBS),
    # no gold: the destroyed motorcycles and fuel (inside the strike), "no information", "enemy propaganda", the July
    # 2023 coup (a reference), the outlet's view
]
DOCS.append(
    (
        "dev-x-10",
        "Niamey Observer (press conference summary)",
        "2025-08-12",
        "press conference summary",
        "Niger/Tillabéri: an army spokesman's points: an attack near Banibangou by 'either' ISSP 'or' JNIM with "
        "'37 terrorists neutralised' and the army's own dead and wounded a sentence later, a strike 'Two days later' "
        "'about 30 km north of Ouallam' ('about 20'), arrests over ten days, a base inaugurated 'On Saturday', a "
        "year's count, a threat; the questions: a market massacre 'some 25 km west of Téra' reported by a radio "
        "'citing traders' ('no information'), an abduction 'earlier this month'; a coup reference",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-x-10", "Tuesday 12 August 2025", "2025-08-12", "Tuesday"),
    ("dev-x-10", "on Monday (the conference)", "2025-08-11", "Monday"),
    ("dev-x-10", "On Saturday", "2025-08-09", "Saturday"),
    ("dev-x-10", "Thursday 7 August", "2025-08-07", "Thursday"),
    ("dev-x-10", "Two days later", "2025-08-05", "Tuesday"),
    ("dev-x-10", "Sunday 3 August", "2025-08-03", "Sunday"),
]

# =============================================================================
# dev-x-11  local journalist's first-person account — Ethiopia's Amhara: Bahir Dar's southern outskirts and old bus
# station, a checkpoint outside Debre Markos, Lalibela; Gondar as background (Sun 14 Apr 2024)
# =============================================================================
T11 = """Three nights in Bahir Dar: what I saw as Fano fighters reached the city’s edge

Abay Dispatch | First person | Bahir Dar | Sunday 14 April 2024 | By our correspondent, whose name we withhold for her safety

I was woken at about 11 pm on Tuesday by gunfire that did not stop. From my roof I could see tracer rounds over the hills on the city’s southern outskirts, where, neighbours told me later, Fano fighters had attacked a federal army camp. The shooting went on until after 2 am.

At first light on Wednesday I walked towards the old bus station. I counted seven bodies of men in civilian clothes by the roadside. A woman who sells tea there told me soldiers had taken them from nearby houses during the night and shot them. I could not confirm her account, and the army has not commented. The regional communication bureau said only that security forces had “eliminated extremists who tried to disturb the peace of the city”.

Since Wednesday, soldiers at checkpoints have detained dozens of young men. My neighbour’s son, who is 19, was taken off a minibus on Thursday; his mother still does not know where he is. On Friday morning about 40 mothers stood silently outside the federal police station asking for news of their sons. They were told to go home, and they did.

Phone lines are cut for hours at a time, but on Friday I reached a relative in Debre Markos. She told me a drone had struck a minibus at a checkpoint outside the town on Thursday, killing 12 or 13 passengers; families were still identifying the bodies.

That evening a Fano spokesman told me by text message that his fighters had entered Lalibela without a fight after government troops pulled out overnight. A federal official denied it, saying the town “remains under full control”. I have no way of checking either claim.

The war between the Fano militias and the federal government began last August, when Fano fighters briefly seized Lalibela and Gondar. In the first month alone, the UN human rights office said, at least 183 people were killed.

The spokesman said his men would “march on Bahir Dar before the rains”. Tonight the city is quiet, with the quiet of a held breath.
"""

FANO = ["Fano", "Fano fighters", "Fano militias", "Fano militia", "Amhara Fano", "his fighters", "his men",
        "extremists"]
ENDF = ["Ethiopian National Defense Force", "ENDF", "Ethiopian army", "federal army", "federal army camp",
        "Military Forces of Ethiopia", "soldiers", "government troops", "security forces", "federal government",
        "federal forces"]
# "the hills on the city's southern outskirts", "the old bus station" -> Bahir Dar's point
BAHIRDAR = L(["Bahir Dar", "Bahir Dar city", "city’s southern outskirts", "old bus station", "the city"], 11.59,
             37.39, "ET")
# "a checkpoint outside the town" (Debre Markos) -> the town's point
DEBREMARKOS = L(["Debre Markos", "Debre Marqos", "outside the town", "checkpoint outside the town"], 10.33, 37.73,
                "ET")
LALIBELA = L(["Lalibela", "Lalibella"], 12.03, 39.04, "ET")
LALGON = L(["Lalibela", "Gondar", "Amhara"], cc="ET")
AMHARA = L(["Amhara", "Amhara region"], cc="ET")
ABD = ["Abay Dispatch", "our correspondent", "author"]
FANOSRC = ["Fano spokesman", "spokesman"] + FANO
E11 = [
    # "at about 11 pm on Tuesday ... until after 2 am" -> Tuesday and Wednesday; the bureau's "eliminated extremists"
    # (no number, no place beyond "the city") -> a non-core copy
    E(True, "where, neighbours told me later, Fano fighters had attacked a federal army camp", BAT, CLASH,
      actor1=FANO + ENDF, actor2=ENDF + FANO, location=BAHIRDAR, date=D("2024-04-09", "2024-04-10"),
      source=["neighbours"] + ABD),
    E(False, 'security forces had “eliminated extremists who tried to disturb the peace of the city”', BAT, CLASH,
      actor1=ENDF + FANO, actor2=FANO + ENDF, location=BAHIRDAR, date=D("2024-04-09", "2024-04-10"),
      source=["regional communication bureau", "communication bureau"]),
    # the bodies the author counted, blamed on soldiers by one witness the author could not confirm -> the army plus
    # unknown; "during the night" -> Tuesday and Wednesday; the tea seller's telling a non-core copy
    E(True, "I counted seven bodies of men in civilian clothes by the roadside", VAC, ATTACK,
      actor1=ENDF + UNK, actor2=CIV + ["seven bodies", "men in civilian clothes", "men"], location=BAHIRDAR,
      date=D("2024-04-09", "2024-04-10"), killed=R(7), source=ABD + ["woman who sells tea", "tea seller"]),
    E(False, "soldiers had taken them from nearby houses during the night and shot them", VAC, ATTACK,
      actor1=ENDF, actor2=CIV + ["men"], location=BAHIRDAR, date=D("2024-04-09", "2024-04-10"),
      source=["woman who sells tea", "tea seller"]),
    # detentions at checkpoints over days -> aggregate; the one told on a day -> a core Arrests
    E(False, "Since Wednesday, soldiers at checkpoints have detained dozens of young men", STR, ARRESTS,
      actor1=ENDF, actor2=CIV + ["young men"], location=BAHIRDAR, date=D("2024-04-10", "2024-04-14"), source=ABD,
      aggregate=True),
    E(True, "My neighbour’s son, who is 19, was taken off a minibus on Thursday", STR, ARRESTS,
      actor1=ENDF + UNK, actor2=CIV + ["neighbour’s son", "son"], location=BAHIRDAR, date=D("2024-04-11"),
      source=ABD),
    # a silent gathering of mothers -> Peaceful protest ("They were told to go home, and they did": no force)
    E(True, "about 40 mothers stood silently outside the federal police station asking for news of their sons", PRO,
      PEACEFUL,
      actor1=PROTESTERS + ["mothers", "40 mothers"], location=BAHIRDAR, date=D("2024-04-12"), source=ABD),
    # an agent-less drone in a war where only the federal side flies them -> the federal army plus unknown; "12 or
    # 13" -> 12..13; "on Thursday" -> 11 April
    E(True, "a drone had struck a minibus at a checkpoint outside the town on Thursday, killing 12 or 13 passengers",
      EXP, AIR,
      actor1=ENDF + UNK, actor2=CIV + ["minibus", "passengers"], location=DEBREMARKOS, date=D("2024-04-11"),
      killed=R(12, 13), source=["relative in Debre Markos", "relative"]),
    # an entry without a fight after a withdrawal -> Strategic developments/Non-violent transfer of territory; "That
    # evening" (Friday) "pulled out overnight" -> Thursday and Friday; the federal denial -> non-core denied
    E(True, "his fighters had entered Lalibela without a fight after government troops pulled out overnight", STR,
      TRANSFER,
      actor1=FANO, actor2=ENDF, location=LALIBELA, date=D("2024-04-11", "2024-04-12"), source=FANOSRC),
    E(False, "A federal official denied it", STR, TRANSFER, actor1=FANO, actor2=ENDF, location=LALIBELA,
      date=D("2024-04-11", "2024-04-12"), source=["federal official", "federal government"], status="denied"),
    # background: "last August" in an April 2024 piece -> August 2023; the war since then -> aggregate; the UN's
    # first-month count -> aggregate ("at least 183" -> 183..open)
    E(False, "The war between the Fano militias and the federal government began last August", BAT, CLASH,
      actor1=FANO + ENDF, actor2=ENDF + FANO, location=AMHARA, date=D("2023-08-01", "2024-04-14"), source=ABD,
      aggregate=True),
    E(False, "Fano fighters briefly seized Lalibela and Gondar", BAT, NSAOVER, actor1=FANO, actor2=ENDF,
      location=LALGON, date=D("2023-08-01", "2023-08-31"), source=ABD),
    E(False, "In the first month alone, the UN human rights office said, at least 183 people were killed", BAT, CLASH,
      actor1=FANO + ENDF, actor2=ENDF + FANO + CIV, location=AMHARA, date=D("2023-08-01", "2023-09-30"),
      killed=R(183, None), source=["UN human rights office", "OHCHR", "United Nations"], aggregate=True),
    # the spokesman's vow -> planned
    E(False, 'his men would “march on Bahir Dar before the rains”', BAT, NSAOVER, actor1=FANO, actor2=ENDF,
      location=BAHIRDAR, source=FANOSRC, status="planned"),
    # no gold: the tracer rounds and the length of the shooting (inside the clash), "the army has not commented",
    # the phone cuts, "They were told to go home", "I have no way of checking either claim", "the quiet of a held
    # breath" (a metaphor)
]
DOCS.append(
    (
        "dev-x-11",
        "Abay Dispatch",
        "2024-04-14",
        "local journalist's first-person account",
        "Ethiopia/Amhara in the first person: a Fano attack on an army camp on Bahir Dar's outskirts 'at about 11 pm "
        "on Tuesday', seven bodies counted by the author and blamed on soldiers by one witness, the bureau's "
        "'eliminated extremists', detentions 'Since Wednesday' and a neighbour's son 'on Thursday', a mothers' silent "
        "vigil, a drone on a minibus near Debre Markos ('12 or 13'), a claimed entry into Lalibela 'without a fight' "
        "and its denial, August 2023 background, a UN count, a vow, a metaphor; typographic quotes",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-x-11", "Sunday 14 April 2024", "2024-04-14", "Sunday"),
    ("dev-x-11", "On Friday morning / on Friday / That evening", "2024-04-12", "Friday"),
    ("dev-x-11", "on Thursday", "2024-04-11", "Thursday"),
    ("dev-x-11", "At first light on Wednesday / Since Wednesday", "2024-04-10", "Wednesday"),
    ("dev-x-11", "at about 11 pm on Tuesday", "2024-04-09", "Tuesday"),
]

# =============================================================================
# dev-x-12  army spokesman's daily update with numbered items — Ukraine's Zaporizhzhia and Kharkiv oblasts:
# Orikhiv, Kupiansk, Pishchane 10 km south-east of Kupiansk, Vovchansk, Zaporizhzhia city (Wed 24 Sep 2025)
# =============================================================================
T12 = """Daily operational update, 24 September: 151 combat engagements; guided bombs on Orikhiv; Russian claim of a village near Kupiansk is false

Spokesman of the Defence Forces of Ukraine, Major Taras Oliinyk | Kyiv | Situation as of 08:00, Wednesday 24 September 2025

1. Over the past day there were 151 combat engagements along the front line. The enemy carried out 74 air strikes, dropping 139 guided aerial bombs, and used more than 5,000 kamikaze drones against our positions and settlements.

2. Orikhiv direction. The enemy attacked our positions near Orikhiv six times; all attacks were repelled. Enemy losses in this direction: 58 killed and wounded.

3. Overnight, Russian aircraft dropped two guided aerial bombs on Orikhiv, destroying a school building. There were no casualties, the Zaporizhzhia regional military administration reported.

4. Kupiansk direction. On Tuesday afternoon Russian artillery shelled a residential district of Kupiansk, killing a man aged 67 and wounding two women, the Kharkiv regional military administration said, citing the police. The day before, a glide bomb destroyed part of the town's central market; no one was hurt.

5. The Russian defence ministry claimed yesterday that its troops had "liberated" the village of Pishchane, about 10 km south-east of Kupiansk. This is not true. The village remains under the control of our units, and fighting continues on its outskirts.

6. Vovchansk direction. Overnight, Russian assault groups tried to advance near the aggregate plant in Vovchansk. Our units repelled the assault; 12 Russian servicemen were killed and two taken prisoner.

7. On Monday, a Russian FPV drone struck an evacuation vehicle of the police "White Angels" unit near Vovchansk, wounding two officers.

8. Air defence. Overnight the enemy launched 88 Shahed-type attack drones and decoys; 71 were shot down or suppressed by electronic warfare. Two drones hit an industrial facility in Zaporizhzhia city, starting a fire that was put out by morning.

9. The enemy is massing assault units north of Kupiansk and may try to break into the town from the north in the coming days.

10. Total enemy personnel losses since 24 February 2022 amount to about 1,105,000, including 980 over the past day.
"""

RUS12 = RUSSIA + ["Russian aircraft", "Russian artillery", "Russian assault groups", "Russian servicemen",
                  "Russian drone", "Russian FPV drone", "Russian troops", "its troops", "enemy"]
UKR = ["Ukraine", "Ukrainian", "Armed Forces of Ukraine", "Defence Forces of Ukraine", "Ukrainian forces",
       "Ukrainian army", "Military Forces of Ukraine", "our units", "our positions"]
UKRPOL = ["National Police of Ukraine", "Police Forces of Ukraine", "police", "White Angels", "two officers",
          "evacuation vehicle"]
ORIKHIV = L(["Orikhiv", "Orekhov", "Orikhiv direction", "near Orikhiv"], 47.57, 35.79, "UA")
KUPIANSK = L(["Kupiansk", "Kupyansk", "Kupiansk direction", "town's central market", "residential district"], 49.71,
             37.62, "UA")
# "about 10 km south-east of Kupiansk" -> LKM from Kupiansk
PISHCHANE = LKM(["Pishchane", "village of Pishchane", "south-east of Kupiansk", "Kupiansk"], 49.71, 37.62, 10, 135,
                "UA")
# "near the aggregate plant in Vovchansk", "near Vovchansk" -> Vovchansk's point
VOVCHANSK = L(["Vovchansk", "Volchansk", "aggregate plant", "near Vovchansk", "Vovchansk direction"], 50.29, 36.94,
              "UA")
ZAP = L(["Zaporizhzhia", "Zaporizhzhia city", "Zaporozhye"], 47.84, 35.14, "UA")
KUPN = L(["north of Kupiansk", "Kupiansk", "Kupyansk"], 49.71, 37.62, "UA")
UA12 = L(["Ukraine", "front line"], cc="UA")
DFU = ["Defence Forces of Ukraine", "Taras Oliinyk", "spokesman", "Ukrainian military", "author"]
ZRMA = ["Zaporizhzhia regional military administration", "regional military administration"]
KRMA = ["Kharkiv regional military administration", "regional military administration", "police"]
RUMOD = ["Russian defence ministry", "Russian Ministry of Defence", "Russian MoD"] + RUSSIA
E12 = [
    # the day's totals -> aggregates (the headline's count too); "Over the past day" at 08:00 on 24 September -> 23
    # and 24 September
    E(False, "Over the past day there were 151 combat engagements along the front line", BAT, CLASH,
      actor1=RUS12 + UKR, actor2=UKR + RUS12, location=UA12, date=D("2025-09-23", "2025-09-24"), source=DFU,
      aggregate=True),
    E(False, "Daily operational update, 24 September: 151 combat engagements", BAT, CLASH, actor1=RUS12 + UKR, actor2=UKR + RUS12, location=UA12,
      date=D("2025-09-23", "2025-09-24"), source=DFU, aggregate=True),
    E(False, "The enemy carried out 74 air strikes, dropping 139 guided aerial bombs", EXP, AIR, actor1=RUS12,
      actor2=UKR + CIV, location=UA12, date=D("2025-09-23", "2025-09-24"), source=DFU, aggregate=True),
    E(False, "used more than 5,000 kamikaze drones against our positions and settlements", EXP, AIR, actor1=RUS12,
      actor2=UKR + CIV, location=UA12, date=D("2025-09-23", "2025-09-24"), source=DFU, aggregate=True),
    # six attacks near one town -> aggregate; their losses "58 killed and wounded" (unsplit) -> casualties 58
    E(False, "The enemy attacked our positions near Orikhiv six times; all attacks were repelled", BAT, CLASH,
      actor1=RUS12 + UKR, actor2=UKR + RUS12, location=ORIKHIV, date=D("2025-09-23", "2025-09-24"), source=DFU,
      aggregate=True),
    E(False, "Enemy losses in this direction: 58 killed and wounded", BAT, CLASH, actor1=RUS12 + UKR,
      actor2=UKR + RUS12, location=ORIKHIV, date=D("2025-09-23", "2025-09-24"), casualties=R(58), source=DFU,
      aggregate=True),
    # glide bombs dropped from aircraft -> Air/drone strike; "Overnight" -> 23 and 24 September; "There were no
    # casualties" -> killed and injured 0..0
    E(True, "Overnight, Russian aircraft dropped two guided aerial bombs on Orikhiv, destroying a school building",
      EXP, AIR,
      actor1=RUS12, actor2=CIV + ["school building", "school"], location=ORIKHIV, date=D("2025-09-23", "2025-09-24"),
      killed=R(0), injured=R(0), source=ZRMA + DFU),
    E(False, "guided bombs on Orikhiv", EXP, AIR, actor1=RUS12, actor2=CIV, location=ORIKHIV,
      date=D("2025-09-23", "2025-09-24"), source=DFU),
    # "said, citing the police" -> both in the source; "a man aged 67 ... two women" -> 1 and 2
    E(True, "On Tuesday afternoon Russian artillery shelled a residential district of Kupiansk, killing a man aged 67 "
      "and wounding two women", EXP, SHELL,
      actor1=RUS12, actor2=CIV + ["residential district", "man aged 67", "two women"], location=KUPIANSK,
      date=D("2025-09-23"), killed=R(1), injured=R(2), source=KRMA + DFU),
    # "The day before" Tuesday -> Monday 22 September; a glide bomb -> Air/drone strike; "no one was hurt" -> 0..0
    E(True, "a glide bomb destroyed part of the town's central market; no one was hurt", EXP, AIR,
      actor1=RUS12, actor2=CIV + ["central market", "market"], location=KUPIANSK, date=D("2025-09-22"), killed=R(0),
      injured=R(0), source=DFU + KRMA),
    # a capture claimed by a foreign state's forces -> Battles/Non-state actor overtakes territory (ACLED codes
    # foreign forces' captures so); the claim -> core, occurred, sourced to it, dated to the day it was made
    # ("yesterday"); the spokesman's denial and the headline's -> non-core denied; the fighting that "continues on
    # its outskirts" -> a core clash over the last day
    E(True, 'its troops had "liberated" the village of Pishchane, about 10 km south-east of Kupiansk', BAT, NSAOVER,
      actor1=RUS12, actor2=UKR, location=PISHCHANE, date=D("2025-09-23"), source=RUMOD),
    E(False, "The village remains under the control of our units", BAT, NSAOVER, actor1=RUS12,
      actor2=UKR, location=PISHCHANE, date=D("2025-09-23"), source=DFU, status="denied"),
    E(False, "Russian claim of a village near Kupiansk is false", BAT, NSAOVER, actor1=RUS12, actor2=UKR,
      location=PISHCHANE, date=D("2025-09-23"), source=DFU, status="denied"),
    E(True, "fighting continues on its outskirts", BAT, CLASH, actor1=RUS12 + UKR, actor2=UKR + RUS12,
      location=PISHCHANE, date=D("2025-09-23", "2025-09-24"), source=DFU),
    # one side's dead -> 12..open (the toll sentence a non-core copy); prisoners are inside the clash
    E(True, "Overnight, Russian assault groups tried to advance near the aggregate plant in Vovchansk", BAT, CLASH,
      actor1=RUS12 + UKR, actor2=UKR + RUS12, location=VOVCHANSK, date=D("2025-09-23", "2025-09-24"),
      killed=R(12, None), source=DFU),
    E(False, "Our units repelled the assault; 12 Russian servicemen were killed and two taken prisoner", BAT, CLASH,
      actor1=RUS12 + UKR, actor2=UKR + RUS12, location=VOVCHANSK, date=D("2025-09-23", "2025-09-24"),
      killed=R(12, None), source=DFU),
    E(True, 'a Russian FPV drone struck an evacuation vehicle of the police "White Angels" unit near Vovchansk, '
      'wounding two officers', EXP, AIR,
      actor1=RUS12, actor2=UKRPOL, location=VOVCHANSK, date=D("2025-09-22"), injured=R(2), source=DFU),
    # the night's launches and interceptions across the country -> aggregates; the two drones that hit one site ->
    # a core strike ("starting a fire": no number field)
    E(False, "Overnight the enemy launched 88 Shahed-type attack drones and decoys", EXP, AIR, actor1=RUS12,
      actor2=UKR + CIV, location=UA12, date=D("2025-09-23", "2025-09-24"), source=DFU, aggregate=True),
    E(False, "71 were shot down or suppressed by electronic warfare", STR, DISRUPT, actor1=UKR + ["air defence"],
      actor2=RUS12 + ["Shahed-type attack drones", "drones"], location=UA12, date=D("2025-09-23", "2025-09-24"),
      source=DFU, aggregate=True),
    E(True, "Two drones hit an industrial facility in Zaporizhzhia city, starting a fire that was put out by morning",
      EXP, AIR,
      actor1=RUS12, actor2=CIV + ["industrial facility"], location=ZAP, date=D("2025-09-23", "2025-09-24"),
      source=DFU),
    # the spokesman's forecast of the other side's move -> hypothetical; the massing itself -> no gold
    E(False, "may try to break into the town from the north in the coming days", BAT, CLASH, actor1=RUS12,
      actor2=UKR, location=KUPN, source=DFU, status="hypothetical"),
    # personnel "losses" (killed and wounded unsplit) -> casualties; "about 1,105,000" -> exact
    E(False, "Total enemy personnel losses since 24 February 2022 amount to about 1,105,000", BAT, CLASH,
      actor1=RUS12 + UKR, actor2=UKR + RUS12, location=UA12, date=D("2022-02-24", "2025-09-24"),
      casualties=R(1105000), source=DFU, aggregate=True),
    E(False, "including 980 over the past day", BAT, CLASH, actor1=RUS12 + UKR, actor2=UKR + RUS12, location=UA12,
      date=D("2025-09-23", "2025-09-24"), casualties=R(980), source=DFU, aggregate=True),
    # no gold: "This is not true" (inside the denial), "The enemy is massing assault units" (no ACLED event), the
    # fire put out (inside the strike)
]
DOCS.append(
    (
        "dev-x-12",
        "Defence Forces of Ukraine (spokesman's daily update)",
        "2025-09-24",
        "army spokesman's daily update with numbered items",
        "Ukraine/Zaporizhzhia and Kharkiv oblasts in ten numbered items: the day's engagements, air strikes and drones "
        "(aggregates), six attacks near Orikhiv with '58 killed and wounded', glide bombs on Orikhiv 'Overnight' ('no "
        "casualties'), shelling of Kupiansk 'On Tuesday afternoon' 'citing the police' and a market bombed 'The day "
        "before', a Russian capture claim 'about 10 km south-east of Kupiansk' denied and fighting on its outskirts, "
        "a repelled assault in Vovchansk, an FPV drone on police, drones on Zaporizhzhia, a forecast, total losses",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-x-12", "Wednesday 24 September 2025 / Overnight (end)", "2025-09-24", "Wednesday"),
    ("dev-x-12", "On Tuesday afternoon / yesterday / Overnight (start)", "2025-09-23", "Tuesday"),
    ("dev-x-12", "The day before / On Monday", "2025-09-22", "Monday"),
    ("dev-x-12", "24 February 2022", "2022-02-24", "Thursday"),
]

# =============================================================================
# dev-x-13  regional newspaper's weekend round-up — Pakistan's Khyber Pakhtunkhwa: a camp in North Waziristan's Mir
# Ali, Lakki Marwat's Saddar police station and press club, a camp 15 km west of Bannu, Bannu's outskirts, the Jani
# Khel area, the Bannu-Miranshah road (Sat 14 Jun 2025)
# =============================================================================
T13 = """Week in the south: suicide attack on Mir Ali camp, drone on Lakki police station, workers abducted near Bannu

The Frontier Weekender | Peshawar | Saturday 14 June 2025 | Compiled from our district correspondents

MIR ALI - A suicide bomber drove an explosives-laden pick-up into the boundary wall of a security forces camp in Mir Ali, North Waziristan, on Monday night, and five gunmen then tried to storm the camp. The military's media wing, ISPR, said all six attackers were killed and four soldiers were martyred. Two local officials told our correspondent that seven soldiers had died and 12 were injured, several critically. A faction of the Hafiz Gul Bahadur group claimed the attack.

LAKKI MARWAT - A quadcopter dropped two mortar shells on the Saddar police station on Thursday night. One exploded in the courtyard; the other failed to go off and was defused by the bomb disposal squad. No one was hurt, police said. On Friday, traders kept their shops shut and held a sit-in outside the press club to demand protection, the third such protest this month.

BANNU - Gunmen abducted six workers of a road construction company from their camp about 15 km west of Bannu city on Tuesday, police said, blaming the Tehreek-e-Taliban Pakistan (TTP). A TTP spokesman denied involvement in a message to journalists.

On Wednesday, a police constable escorting a polio vaccination team was shot dead on the outskirts of Bannu; the attackers escaped on a motorcycle.

The Counter-Terrorism Department (CTD) said it killed eight TTP "terrorists" in an intelligence-based operation in the Jani Khel area, north-east of Bannu, on Friday. Relatives of three of the dead told our correspondent that the men were labourers whom plainclothes officers had picked up from their homes the week before. On Friday evening the families laid the bodies on the Bannu-Miranshah road in protest, blocking it for five hours.

THE NUMBERS - Militants carried out 46 attacks in Khyber Pakhtunkhwa in May, killing 71 security personnel and 22 civilians, according to the Frontier Conflict Observatory.

THE OUTLOOK - The TTP says it will "intensify operations" against the army and police after Eid. In Lakki Marwat, residents say the roads become "no man's land after the evening prayer".
"""

PAKSEC = ["Pakistan Army", "Pakistani army", "Military Forces of Pakistan", "security forces", "soldiers",
          "security forces camp", "camp"]
HGB = ["Hafiz Gul Bahadur group", "Hafiz Gul Bahadur", "faction of the Hafiz Gul Bahadur group", "militants",
       "suicide bomber", "gunmen", "attackers"]
TTP = ["Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban"]
KPPOL = ["Khyber Pakhtunkhwa Police", "police", "Police Forces of Pakistan", "police constable", "constable",
         "Saddar police station", "police station", "bomb disposal squad"]
CTD13 = ["Counter-Terrorism Department", "CTD", "plainclothes officers", "Police Forces of Pakistan"]
MIRALI = L(["Mir Ali", "Miran Ali", "North Waziristan", "security forces camp"], 33.00, 70.27, "PK")
LAKKI = L(["Lakki Marwat", "Lakki", "Saddar police station", "press club"], 32.61, 70.91, "PK")
# "about 15 km west of Bannu city" -> LKM; "on the outskirts of Bannu" and "north-east of Bannu" -> Bannu's point
BANNU_W = LKM(["west of Bannu city", "Bannu", "camp"], 32.99, 70.60, 15, 270, "PK")
BANNU = L(["Bannu", "outskirts of Bannu", "Bannu city"], 32.99, 70.60, "PK")
JANIKHEL = L(["Jani Khel", "Jani Khel area", "north-east of Bannu", "Bannu"], 32.99, 70.60, "PK")
# a road of ~60 km -> names and country
BMROAD = L(["Bannu-Miranshah road", "Bannu", "Miranshah"], cc="PK")
KP13 = L(["Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa"], cc="PK")
TFW = ["The Frontier Weekender", "Frontier Weekender", "correspondent", "author"]
ISPR = ["ISPR", "Inter-Services Public Relations", "military's media wing", "Pakistan Army"]
E13 = [
    # a suicide vehicle bomb followed by an assault -> Explosions/Suicide bomb (the text leads with the bomb); "on
    # Monday night" -> both days; ISPR's figures a sentence later (both sides: six attackers, the bomber among them,
    # and four soldiers) -> killed 10 folded into the author's telling, ISPR's sentence a non-core copy; the
    # officials' version (one side: seven dead, 12 hurt) -> a core event of its own, 7..open and 12..open; the
    # claim -> the Hafiz Gul Bahadur group in actor1
    E(True, "A suicide bomber drove an explosives-laden pick-up into the boundary wall of a security forces camp in "
      "Mir Ali, North Waziristan, on Monday night", EXP, SUICIDE,
      actor1=HGB, actor2=PAKSEC, location=MIRALI, date=D("2025-06-09", "2025-06-10"), killed=R(10),
      source=TFW + ISPR),
    E(False, "all six attackers were killed and four soldiers were martyred", EXP, SUICIDE,
      actor1=HGB, actor2=PAKSEC, location=MIRALI, date=D("2025-06-09", "2025-06-10"), killed=R(10), source=ISPR),
    E(True, "seven soldiers had died and 12 were injured, several critically", EXP, SUICIDE,
      actor1=HGB, actor2=PAKSEC, location=MIRALI, date=D("2025-06-09", "2025-06-10"), killed=R(7, None),
      injured=R(12, None), source=["Two local officials", "local officials"]),
    E(False, "suicide attack on Mir Ali camp", EXP, SUICIDE, actor1=HGB, actor2=PAKSEC, location=MIRALI,
      date=D("2025-06-09", "2025-06-10"), source=TFW),
    # a quadcopter dropping shells -> Air/drone strike; "on Thursday night" -> both days; "No one was hurt" ->
    # killed and injured 0..0; no perpetrator named -> unknown plus the TTP (the round-up's frame); the dud defused
    # -> a core Disrupted weapons use
    E(True, "A quadcopter dropped two mortar shells on the Saddar police station on Thursday night", EXP, AIR,
      actor1=UNK + TTP, actor2=KPPOL, location=LAKKI, date=D("2025-06-12", "2025-06-13"), killed=R(0), injured=R(0),
      source=KPPOL + TFW),
    E(False, "drone on Lakki police station", EXP, AIR, actor1=UNK + TTP, actor2=KPPOL, location=LAKKI,
      date=D("2025-06-12", "2025-06-13"), source=TFW),
    E(True, "the other failed to go off and was defused by the bomb disposal squad", STR, DISRUPT,
      actor1=KPPOL, actor2=UNK + TTP + ["mortar shell", "shell"], location=LAKKI, date=D("2025-06-12", "2025-06-13"),
      source=KPPOL + TFW),
    # a shutdown and sit-in -> Peaceful protest; "the third such protest this month" -> an aggregate
    E(True, "traders kept their shops shut and held a sit-in outside the press club to demand protection", PRO,
      PEACEFUL,
      actor1=PROTESTERS + ["traders"], location=LAKKI, date=D("2025-06-13"), source=TFW),
    E(False, "the third such protest this month", PRO, PEACEFUL, actor1=PROTESTERS + ["traders"], location=LAKKI,
      date=D("2025-06-01", "2025-06-13"), source=TFW, aggregate=True),
    # "about 15 km west of Bannu city" -> LKM; the police blame the TTP, which denies -> the TTP plus unknown, the
    # denial a non-core denied copy
    E(True, "Gunmen abducted six workers of a road construction company from their camp about 15 km west of Bannu "
      "city on Tuesday", VAC, ABDUCT,
      actor1=UNK + ["Gunmen"] + TTP, actor2=CIV + ["six workers", "workers", "road construction company"],
      location=BANNU_W, date=D("2025-06-10"), source=KPPOL + TFW),
    E(False, "A TTP spokesman denied involvement in a message to journalists", VAC, ABDUCT, actor1=TTP,
      actor2=CIV + ["workers"], location=BANNU_W, date=D("2025-06-10"), source=["TTP spokesman"] + TTP,
      status="denied"),
    E(False, "workers abducted near Bannu", VAC, ABDUCT, actor1=UNK + TTP, actor2=CIV + ["workers"],
      location=BANNU_W, date=D("2025-06-10"), source=TFW),
    # an armed escort shot dead -> Battles/Armed clash (dev_r's armed man ambushed)
    E(True, "a police constable escorting a polio vaccination team was shot dead on the outskirts of Bannu", BAT,
      CLASH,
      actor1=UNK + ["attackers"], actor2=KPPOL + ["polio vaccination team"], location=BANNU, date=D("2025-06-11"),
      killed=R(1), source=TFW),
    # the CTD's "operation" (one side's dead -> 8..open), the dead told by relatives as labourers -> both in actor2;
    # the relatives' account of their detention "the week before" (Monday 2 to Sunday 8 June) -> a core Arrests of
    # its own; the bodies laid on the road -> a Peaceful protest (no force told)
    E(True, "it killed eight TTP \"terrorists\" in an intelligence-based operation in the Jani Khel area, north-east "
      "of Bannu, on Friday", BAT, CLASH,
      actor1=CTD13 + TTP, actor2=TTP + ["terrorists", "labourers"] + CIV + CTD13, location=JANIKHEL,
      date=D("2025-06-13"), killed=R(8, None), source=CTD13),
    E(True, "the men were labourers whom plainclothes officers had picked up from their homes the week before", STR,
      ARRESTS,
      actor1=CTD13 + UNK, actor2=CIV + ["labourers", "men"], location=JANIKHEL, date=D("2025-06-02", "2025-06-08"),
      source=["Relatives", "relatives"]),
    E(True, "the families laid the bodies on the Bannu-Miranshah road in protest, blocking it for five hours", PRO,
      PEACEFUL,
      actor1=PROTESTERS + ["families", "relatives"], location=BMROAD, date=D("2025-06-13"), source=TFW),
    # the Observatory's month -> aggregate (71 + 22 = 93 dead)
    E(False, "Militants carried out 46 attacks in Khyber Pakhtunkhwa in May, killing 71 security personnel and 22 "
      "civilians", BAT, CLASH,
      actor1=TTP + HGB, actor2=PAKSEC + KPPOL + CIV, location=KP13, date=D("2025-05-01", "2025-05-31"), killed=R(93),
      source=["Frontier Conflict Observatory"], aggregate=True),
    # the TTP's announcement -> planned
    E(False, 'The TTP says it will "intensify operations" against the army and police after Eid', BAT, CLASH,
      actor1=TTP, actor2=PAKSEC + KPPOL, location=KP13, source=TTP, status="planned"),
    # no gold: the claim (folded into actor1), "One exploded in the courtyard" (inside the strike), the attackers'
    # escape, "no man's land after the evening prayer" (a metaphor)
]
DOCS.append(
    (
        "dev-x-13",
        "The Frontier Weekender (weekend round-up)",
        "2025-06-14",
        "regional newspaper's weekend round-up",
        "Pakistan/Khyber Pakhtunkhwa under district datelines: a suicide vehicle bomb and assault on a Mir Ali camp "
        "'on Monday night' in two tolls (ISPR's both sides / officials' seven and 12), a quadcopter on a Lakki police "
        "station 'on Thursday night' ('No one was hurt') and a dud defused, a traders' sit-in ('the third such "
        "protest this month'), an abduction 'about 15 km west of Bannu city' blamed on the TTP and denied, a polio "
        "guard shot, a CTD 'operation' whose dead relatives call labourers taken 'the week before', bodies laid on a "
        "road, a month's count, a threat, a metaphor",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-x-13", "Saturday 14 June 2025", "2025-06-14", "Saturday"),
    ("dev-x-13", "On Friday / on Friday / On Friday evening / Thursday night (end)", "2025-06-13", "Friday"),
    ("dev-x-13", "on Thursday night (start)", "2025-06-12", "Thursday"),
    ("dev-x-13", "On Wednesday", "2025-06-11", "Wednesday"),
    ("dev-x-13", "on Tuesday / Monday night (end)", "2025-06-10", "Tuesday"),
    ("dev-x-13", "on Monday night (start)", "2025-06-09", "Monday"),
    ("dev-x-13", "the week before (start)", "2025-06-02", "Monday"),
]

# =============================================================================
# dev-x-14  explainer with a timeline of dates — Sudan's Kordofan: El Obeid's eastern outskirts and a road 50 km west
# of it, Babanusa, Kadugli, the Dilling-Kadugli road 40 km north of Kadugli; Khartoum and Nairobi as background
# (Fri 14 Nov 2025)
# =============================================================================
T14 = """Explainer: how Kordofan became the centre of Sudan's war - a timeline

Nile Briefing | Explainers | Friday 14 November 2025 | By Amira Osman

With most of Darfur in the hands of the Rapid Support Forces (RSF), the war between the RSF and the Sudanese Armed Forces (SAF) has moved east into the three Kordofan states, which lie between Darfur and the Nile valley.

HOW WE GOT HERE
- 15 April 2023: fighting between the SAF and the RSF breaks out in Khartoum and spreads within days to Darfur and Kordofan.
- January 2024: the RSF lays siege to the army's 22nd Infantry Division in Babanusa, West Kordofan.
- February 2025: the RSF and the SPLM-North faction of Abdelaziz al-Hilu, which controls much of the Nuba Mountains, sign a political charter in Nairobi and become allies.

THE LAST TWO WEEKS
- Sunday 2 November: a drone strike hits a crowded livestock market on the eastern outskirts of El Obeid, capital of North Kordofan, killing 11 civilians and wounding dozens, according to the Kordofan Doctors' Committee. The army blames the RSF, which has not commented.
- Wednesday 5 November: the RSF says it has taken "full control" of Babanusa and the 22nd Division's base after a three-day assault, killing "scores" of soldiers. The army denies that the base has fallen, and our sources in West Kordofan say fighting inside the town continues.
- Three days later, the army says its drones destroyed an RSF convoy of 40 vehicles about 50 km west of El Obeid, killing dozens of fighters.
- Monday 10 November: shells land in Kadugli's central market, in the capital of South Kordofan, killing six people, among them three children. Residents say the shells came either from RSF positions or from al-Hilu's fighters, who both ring the town.
- 12 November: RSF fighters ambush an army convoy of fuel and food on the road between Dilling and Kadugli, about 40 km north of Kadugli. The army says it "repelled the attack" and gives no figures; an RSF-aligned channel says its fighters killed or wounded some 30 soldiers.

WHAT TO WATCH
El Obeid, a city of about a million people, is the gateway to Khartoum from the west. If Babanusa falls, analysts say, the RSF could turn its full weight on El Obeid. An RSF field commander said in a video last week that his men would "pray in El Obeid before the new year". According to the UN, at least 300 civilians have been killed in Kordofan since October, and more than 40,000 people have fled Babanusa and the villages around El Obeid.
"""

RSF = ["Rapid Support Forces", "RSF", "RSF fighters", "RSF positions", "RSF-aligned channel", "RSF field commander",
       "its fighters", "his men"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "Military Forces of Sudan", "22nd Infantry Division",
       "22nd Division", "garrison", "soldiers", "army convoy", "its drones"]
SPLMN = ["SPLM-North", "SPLM-N", "Sudan People's Liberation Movement-North", "al-Hilu", "Abdelaziz al-Hilu",
         "al-Hilu's fighters"]
KHARTOUM = L(["Khartoum"], 15.50, 32.56, "SD")
BABANUSA = L(["Babanusa", "Babanousa", "22nd Division's base", "West Kordofan"], 11.33, 27.81, "SD")
NAIROBI = L(["Nairobi"], -1.29, 36.82, "KE")
# "on the eastern outskirts of El Obeid" -> the city's point; "about 50 km west of El Obeid" -> LKM
ELOBEID = L(["El Obeid", "Al-Ubayyid", "El-Obeid", "eastern outskirts of El Obeid", "North Kordofan"], 13.18, 30.22,
            "SD")
ELOBEID_W = LKM(["west of El Obeid", "El Obeid", "North Kordofan"], 13.18, 30.22, 50, 270, "SD")
KADUGLI = L(["Kadugli", "Kaduqli", "Kadugli's central market", "South Kordofan"], 11.01, 29.72, "SD")
# "on the road between Dilling and Kadugli, about 40 km north of Kadugli" -> LKM from Kadugli
KADUGLI_N = LKM(["north of Kadugli", "road between Dilling and Kadugli", "Dilling", "Kadugli"], 11.01, 29.72, 40, 0,
                "SD")
KORDOFAN = L(["Kordofan", "Kordofan states"], cc="SD")
NB = ["Nile Briefing", "Amira Osman", "author"]
SAFSRC = ["army", "Sudanese army", "Sudanese Armed Forces", "SAF"]
RSFSRC = ["Rapid Support Forces", "RSF", "RSF-aligned channel"]
E14 = [
    # the timeline's background entries -> non-core
    E(False, "fighting between the SAF and the RSF breaks out in Khartoum", BAT, CLASH, actor1=SAF + RSF,
      actor2=RSF + SAF, location=KHARTOUM, date=D("2023-04-15"), source=NB),
    E(False, "the RSF lays siege to the army's 22nd Infantry Division in Babanusa, West Kordofan", BAT, CLASH,
      actor1=RSF + SAF, actor2=SAF + RSF, location=BABANUSA, date=D("2024-01-01", "2024-01-31"), source=NB),
    E(False, "the RSF and the SPLM-North faction of Abdelaziz al-Hilu, which controls much of the Nuba Mountains, sign "
      "a political charter in Nairobi", STR, AGREE,
      actor1=RSF + SPLMN, actor2=SPLMN + RSF, location=NAIROBI, date=D("2025-02-01", "2025-02-28"), source=NB),
    # an agent-less drone blamed by the army on the RSF (no comment) -> the RSF plus unknown, the blame a non-core
    # copy; "wounding dozens" -> 24..open
    E(True, "a drone strike hits a crowded livestock market on the eastern outskirts of El Obeid, capital of North "
      "Kordofan, killing 11 civilians and wounding dozens", EXP, AIR,
      actor1=RSF + UNK, actor2=CIV + ["livestock market", "market", "11 civilians"], location=ELOBEID,
      date=D("2025-11-02"), killed=R(11), injured=R(24, None),
      source=["Kordofan Doctors' Committee", "Doctors' Committee"] + NB),
    E(False, "The army blames the RSF, which has not commented", EXP, AIR, actor1=RSF, actor2=CIV, location=ELOBEID,
      date=D("2025-11-02"), source=SAFSRC),
    # the RSF's claim: "after a three-day assault" said on Wednesday -> Monday to Wednesday; "scores" of soldiers
    # -> 40..open; the army's denial -> non-core denied; the outlet's sources on fighting that "continues" -> a core
    # clash dated to the entry
    E(True, 'the RSF says it has taken "full control" of Babanusa and the 22nd Division\'s base after a three-day '
      'assault, killing "scores" of soldiers', BAT, NSAOVER,
      actor1=RSF, actor2=SAF, location=BABANUSA, date=D("2025-11-03", "2025-11-05"), killed=R(40, None),
      source=RSFSRC),
    E(False, "The army denies that the base has fallen", BAT, NSAOVER, actor1=RSF, actor2=SAF, location=BABANUSA,
      date=D("2025-11-03", "2025-11-05"), source=SAFSRC, status="denied"),
    E(True, "our sources in West Kordofan say fighting inside the town continues", BAT, CLASH,
      actor1=RSF + SAF, actor2=SAF + RSF, location=BABANUSA, date=D("2025-11-05"),
      source=["our sources in West Kordofan", "sources in West Kordofan"] + NB),
    # "Three days later" than Wednesday 5 November -> Saturday 8 November; "killing dozens of fighters" -> 24..open
    E(True, "the army says its drones destroyed an RSF convoy of 40 vehicles about 50 km west of El Obeid, killing "
      "dozens of fighters", EXP, AIR,
      actor1=SAF, actor2=RSF + ["RSF convoy", "convoy"], location=ELOBEID_W, date=D("2025-11-08"),
      killed=R(24, None), source=SAFSRC),
    # "either from RSF positions or from al-Hilu's fighters" -> both plus unknown
    E(True, "shells land in Kadugli's central market, in the capital of South Kordofan, killing six people, among them "
      "three children", EXP, SHELL,
      actor1=RSF + SPLMN + UNK, actor2=CIV + ["central market", "six people", "three children"], location=KADUGLI,
      date=D("2025-11-10"), killed=R(6), source=["Residents", "residents"] + NB),
    # an ambush on an army convoy -> Battles; the army's version (no figures) on the author's sentence; the RSF
    # channel's "killed or wounded some 30 soldiers" -> a core version with casualties 30..30
    E(True, "RSF fighters ambush an army convoy of fuel and food on the road between Dilling and Kadugli, about 40 km "
      "north of Kadugli", BAT, CLASH,
      actor1=RSF + SAF, actor2=SAF + RSF, location=KADUGLI_N, date=D("2025-11-12"), source=NB + SAFSRC),
    E(True, "an RSF-aligned channel says its fighters killed or wounded some 30 soldiers", BAT, CLASH,
      actor1=RSF, actor2=SAF, location=KADUGLI_N, date=D("2025-11-12"), casualties=R(30), source=RSFSRC),
    # the analysts' conditional -> hypothetical; the commander's vow -> planned
    E(False, "If Babanusa falls, analysts say, the RSF could turn its full weight on El Obeid", BAT, CLASH,
      actor1=RSF, actor2=SAF, location=ELOBEID, source=["analysts"], status="hypothetical"),
    E(False, 'his men would "pray in El Obeid before the new year"', BAT, NSAOVER, actor1=RSF, actor2=SAF,
      location=ELOBEID, source=["RSF field commander"] + RSF, status="planned"),
    E(False, "at least 300 civilians have been killed in Kordofan since October", VAC, ATTACK,
      actor1=RSF + SAF + SPLMN + UNK, actor2=CIV, location=KORDOFAN, date=D("2025-10-01", "2025-11-14"),
      killed=R(300, None), source=["United Nations", "the UN"], aggregate=True),
    # no gold: "most of Darfur in the hands of the RSF" (a state), "which has not commented", the displacement
    # figures, "the gateway to Khartoum" (a description)
]
DOCS.append(
    (
        "dev-x-14",
        "Nile Briefing (explainer)",
        "2025-11-14",
        "explainer with a timeline of dates",
        "Sudan/Kordofan as a dated timeline: the war's start, the Babanusa siege and the Nairobi charter as "
        "background, a drone on El Obeid's market ('wounding dozens') blamed on the RSF, the RSF's Babanusa claim "
        "('after a three-day assault', 'scores') denied by the army while 'fighting inside the town continues', an "
        "army drone strike 'Three days later' 'about 50 km west of El Obeid', shells on Kadugli's market from "
        "'either' side, an ambush 'about 40 km north of Kadugli' in two versions ('killed or wounded some 30'), a "
        "conditional, a vow, a UN count",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-x-14", "Friday 14 November 2025", "2025-11-14", "Friday"),
    ("dev-x-14", "Monday 10 November", "2025-11-10", "Monday"),
    ("dev-x-14", "Three days later", "2025-11-08", "Saturday"),
    ("dev-x-14", "Wednesday 5 November", "2025-11-05", "Wednesday"),
    ("dev-x-14", "after a three-day assault (start)", "2025-11-03", "Monday"),
    ("dev-x-14", "Sunday 2 November", "2025-11-02", "Sunday"),
    ("dev-x-14", "15 April 2023", "2023-04-15", "Saturday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_x", check_x, strip_text=True)


if __name__ == "__main__":
    main()
