"""Writes dev_ad.gold.jsonl: fourteen development articles, nine from the Middle East - Syria's central desert (a track
about 30 km north-east of Palmyra, south of al-Qaryatayn, the Jabal al-Bishri area, the Arak gas field, Palmyra's
outskirts), the Idlib-Hama front (the Dadikh axis 3 km west of Saraqib, Khan Shaykhun, Kansafra, al-Bara and al-Fatira,
Sarmin), Iraq's northern Baghdad, Salahuddin and Diyala (the orchards east of Tarmiyah, the Amerli road 12 km south of
Tuz Khurmatu, Tuz Khurmatu's market, the Hamrin mountains, Baqubah), Erbil (Erbil International Airport and Kani
Qrzhala, Harir as claimed, Gwer, the Kurdistan parliament), an Israel-Iran exchange (Isfahan province and the city's
eastern edge; Bat Yam, Petah Tikva, the Tel Aviv area, central Israel), Yemen's Marib and al-Bayda (al-Kasara on the
Sirwah front, near Harib, al-Jufainah camp, the Qayfa villages of Rada'a district), the northern West Bank (Nur Shams
and Tulkarm camps, Nablus's Old City, Burin), Turkey's south-east (Çukurca, Yüksekova district, Gabar, the
Şırnak-Uludere road, Cizre and Silopi, Beytüşşebap) and Iran's Kurdistan province (the border heights west of Baneh,
Marivan, the Marivan-Sarvabad mountains, a village near Marivan) - and five from elsewhere - DR Congo's Ituri (a
displacement site about 60 km north of Bunia in Djugu territory, a village 15 km south of it), Myanmar's Rakhine
(Buthidaung, the Naf river bank 5 km south of Maungdaw, the Buthidaung-Maungdaw road; Teknaf in Bangladesh), Cameroon's
North-West (Bamenda's outskirts on the Bafut road, Nkwen, Kumbo, Bali), Somalia's Lower Shabelle (Bariire some 45 km
west of Mogadishu, the Afgooye-Mogadishu road, Qoryooley, Marka) and the Philippines (Butig, Lake Dapao, Piagapo and
Marawi in Lanao del Sur; Sumisip in Basilan) - published 2024-2026, written for this project in our own words, with
hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or any other set's gold. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, fourteen kinds of outlet and layout, the set rich in what coders find hard - counts in words
("eleven", "some two dozen", "half a dozen", "about a dozen", "more than a dozen", "six thousand"), ranges, "at least",
"dozens", "hundreds", "several", "a number of", "killing and wounding", "killed or wounded", kin and ages; tolls told a
sentence later, revised or raised in a later entry; relative dates and places; attribution chains, claims, blame,
denials and a retraction; two or three versions of one event; uncertain perpetrators; aggregates; non-events:
(1) a monitor's daily log under time stamps and source grades: truffle hunters shot by gunmen "believed to belong to"
ISIS "about 30 km north-east of Palmyra" and a boy taken in an update, a war-remnant mine ("a shepherd and his two sons,
aged 12 and 14"), "at least 20" Russian strikes graded Unconfirmed, an NDF clash ("three of his men" / "several"
militants "killed or wounded"), an attack "a day after", the pages' "seven to nine", detentions, a tally, a
conditional forecast; (2) a loyalist partisan site: an infiltration "three kilometres west of Saraqib" "At dawn
yesterday" (both sides' dead, "wounding a number of others", "rose to the ranks of martyrs") and HTS's "more than
twenty" with a denied tank, a drone on a family's car, drones downed "Hours later", shelling "In response", a raid near
Sarmin told as a workshop and as a poultry farm, a count, 2020 background, a boast; (3) a consultancy's weekly risk
brief: a count and a graded forecast, an attack by "Suspected ISIS militants" near Tarmiyah (two dead, a third "the
following day"), an IED "some 12 km south of Tuz Khurmatu" told through "a security source quoted by" a news site, a
killing by "ISIS or a criminal gang", a Hamrin strike ("five" raised to seven), a rally, arrests, 2017, a conditional
outlook; (4) a story under a correction: a drone attack on Erbil airport moved from "early on Wednesday" to "late on
Tuesday" and a terminal hit retracted ("causing no casualties"), a drone downed, a new group's claim "at Harir" denied,
a hint at the PMF, arrests "said on Wednesday", a count, January's missile strike (two tellings), a protest, a vow; (5)
a live blog read latest first: Israeli strikes "in Isfahan province overnight", a Guards-linked agency's two dead,
downed drones, unverified explosions, interceptor debris in Petah Tikva, a missile on Bat Yam whose toll rises from three
to four in a later entry, the IDF's "about 30" missiles, their interception and the Guards' claim, two threats, June
2025's war ("dozens", "hundreds"); (6) a Q&A interview with a tribal sheikh: a Houthi attack whose actor sits in the
question ("four martyrs ... my nephew Ali, who was 19", "some two dozen bodies"), the Houthis' "captured two hills"
and "dozens" denied, coalition strikes stated only in a question ("last Thursday"), a drone on al-Jufainah camp "On
Monday night" with the Houthis' "air-defence unit" rebutted, shelling, demolitions and Houthi arrests in Qayfa "Earlier
this month", a conditional threat, 2021, a metaphor; (7) a magazine feature with quotes: demolitions in Nur Shams "Last
week", an operation "three weeks ago", a drone strike told as "two young men, aged 19 and 23" and "two armed
terrorists", an IED "the next day" and its claim, fire exchanged "on Thursday night" ("Nobody was reported hurt") and
detentions in the same raid, settler arson ("Nobody was hurt"), a count, 2002, a metaphor; (8) a gendarmerie bulletin
in translation: a clash in Çukurca with three "rendered ineffective" glossed by the translator and the bulletin's own
dead and wounded, the HPG's version in a translator's note with its own toll and date, an IED on "2 of our citizens", UAV
strikes "On the night of 13 to 14.09.2024", a bomb destroyed, custody in two districts, a count, a denied killing of a
shepherd against the Kurdish sites' "shot", a vow, a curfew (no gold); (9) an NGO field report: border guards firing on
porters "west of Baneh" and the police's "smugglers", IRGC arrests, a night clash told neutrally and in two versions (the
IRGC's three / PJAK's four and "none of its own"), a shop strike and a gathering dispersed with tear gas, a Basij member
shot by "an unidentified gunman" with state media's blame and a feud, a count, 2022, a warning; (10) a UN flash update:
an attack on a displacement site "about 60 km north of Bunia" ("at least 23", then 31 bodies) blamed on CODECO and
denied, "half a dozen women" abducted, an army clash "in hills east of the site", a retaliatory attack "15 km south of
the site", looting "The previous day", a UN base set up, a count, "late 2017", a conditional; (11) a wire story under a
Cox's Bazar dateline: refugees on the AA burning Buthidaung "on Friday night and Saturday" and a killing, the AA's
denial, capture claim and own telling (junta air strikes), a drone on Rohingya by "the AA or ... the military" ("at
least seven", "about a dozen" wounded), bombing of a road, a shell across the border, forced recruitment, a warning,
the junta's losses since November, 2017; typographic quotes; (12) a community radio transcript: an IED "Yesterday
morning" "on the outskirts of Bamenda" (the military's two and three / the separatists' "more than ten"), three young men
shot "On Saturday night" told as okada riders and as "terrorists" who fired first, a kidnapping, a school burned "Last
Tuesday night" with each side blaming the other ("Nobody was inside"), a march, a lockdown threat, a toll in words, a
metaphor; (13) a wire story: an assault on a base "some 45 km west of Mogadishu" opened by a suicide car bomb, the
recapture "killing and wounding "dozens"" and al-Shabaab's "overrun" and "more than 60", a roadside bomb ("a woman, her
sister and three children aged between four and nine"), an AFRICOM strike ("no civilians were injured or killed"), a
clan clash "for a second day on Monday" ("more than a dozen" wounded), an offensive "last year", 2014, a pledge; (14) an
army press release: an encounter in Butig (five enemy dead, one soldier wounded), air strikes "later that morning" and
rejected posts about a farm hit, an IED disposed of, an arrest "Earlier this month", troops deployed to stop a clan feud
whose gunfire "the day before" killed two civilians, a "neutralized" count, a vow, the 2017 siege.
The incidents are invented or composite, with invented names of people, outlets and some sites (the UN update is
written in OCHA's name, as dev_r's situation report is); the few real past events (Erbil in January 2024, the June 2025
war, Marawi 2017, the 2017 Rohingya exodus, the spring of 2002) appear only as background in our own words. The gold
encodes what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words
(goldkit's check_article, kept unchanged, caps a document at 450); check_ad below adds the 250-word floor and the
2024-01-01..2026-11-30 window to goldkit's check_article, as check_r does in build_dev_r.py.

Run:  python3 build_dev_ad.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it dev_q to dev_c), kept unchanged - among them
"No one was hurt" / "No casualties were reported" -> killed and injured 0..0, "no injuries" -> injured 0..0 only, "no
civilians were injured or killed" (one group) -> no number field, "the house was empty" -> no number field; "dozens"
24..open; "at least N" N..open, raised later -> N..open; "several" 3..open; "killing and wounding dozens" of one side
plus a split count -> summed casualties; a wounded man who dies later -> killed N..N+1, injured 0..1; one side's count in
a clash -> N..open, both sides told -> exact; a toll told later or revised -> folded into the core event, the other
figures non-core copies; "N km <direction> of X" -> LKM; "on the outskirts of Y" or a direction with no distance -> Y's
point; countrysides, districts, townships, fronts, mountain areas and long roads between towns -> names and country;
"overnight" / "last night" / "on X night" -> both days; "last week" -> Monday to Sunday (in a Sunday paper the week
before); uncertain or blamed perpetrators -> every alternative plus unknown; each party blaming the other -> both plus
unknown on the core, each blame a non-core copy; a party's claim -> core, occurred, sourced to it; another object named
by the other side -> one core event per version; the same object told two ways -> one core event, the other telling a
non-core copy; Turkish "neutralised" -> no number field; body counts -> killed; headlines that state an event ->
non-core copies; denials, plans, threats, conditionals, aggregates and background -> non-core; abductees and arrested
people -> no number field; surrenders, displacement, declared measures (a blockade, a curfew, a lockdown) -> no gold.
Added or made explicit here:
- Quantities: "a number of others" (wounded) -> 2..open (plural, vaguer than "several"); "about N" / "some N" -> N..N
  ("some two dozen bodies" 24, "about a dozen" 12, as the guide's "some 45"); "half a dozen" 6; "more than a dozen"
  13..open; "hundreds" (dead) -> 200..open, as "dozens" -> 24..open; "more than six thousand" in words ->
  6001..open.
- An exact toll revised upward by a later figure ("five" then "seven"; "three" then "four" in a later live-blog
  entry) -> killed first..last, each figure a non-core copy; a woman among the 25 wounded who dies later -> killed 3..4,
  injured 24..25 (dev_r's wounded man who dies).
- Euphemisms for death ("rose to the ranks of martyrs", "fell as a martyr", "lost their lives") -> killed.
- Both sides' dead told, one as "some two dozen" -> summed exact (4 + 24 = 28); enemy dead plus the army's own wounded
  (its dead implied none) -> killed exact, injured N..open; one side's "killing and wounding "dozens"" with the other
  side's losses untold ("It did not give its own losses") -> casualties 24..open only.
- A man "shot" whose fate the source does not give -> casualties 1..1.
- "At least 20 air strikes" on one mountain area in one day -> one core event, not an aggregate; a log's
  "(Unconfirmed)" grade on a plainly stated event -> occurred (as dev_r's grade B).
- A toll-only sentence by another source that names no act ("Pro-government pages put the militants' losses at seven
  to nine dead") -> a non-core copy with its own numbers, not a core version.
- Three tellings of one clash (the author's neutral one and two parties' versions with their own numbers) -> three core
  events.
- A story under a correction: the retracted version ("early on Wednesday", "struck the ... terminal") -> a non-core
  denied event, the outlet as source, with the retracted date and object; the correction's restatement ("The attack
  took place late on Tuesday") -> a non-core copy; the corrected body -> the core.
- A claim that puts the attack at another place ("the occupation base at Harir") -> a core version at that place,
  dated by the attack it claims; the other side's "nothing had happened at Harir" -> a non-core denied copy.
- A hint without blame ("from the direction of" an area held by a group, "stopped short of accusing them") -> that
  group plus unknown in the core's actor1 and no blame copy.
- Interview Q&A: the answer's telling is the core and the question's bare restatement a non-core copy sourced to the
  outlet; an actor named only in the question ("they") -> that actor; a question that states an event as fact which the
  answer neither confirms nor adds to ("Coalition aircraft struck ... last Thursday") -> core, sourced to the outlet;
  another party's version quoted in a question -> a core version sourced to that party.
- Live blog read latest first: the fullest telling is the core wherever it sits; toll updates and entry headlines ->
  non-core copies (as headlines); explosions heard "in the east of the city" whose cause is unverified, at the time and
  place of a reported strike -> a non-core possible copy of that strike.
- Interceptor fragments wounding a man in another town -> the missile attack's event at that place (Shelling/
  artillery/missile attack, the launcher as actor1), not Disrupted weapons use; a salvo counted by the defender over a
  region, the attacker's claim on a named area and a deadly impact in a named town -> three core events, plus the
  interception as a core Disrupted weapons use.
- A translator's note carrying another party's version (the HPG's four dead "on 11 September" against the bulletin's 12
  September) -> a core version sourced to the party (the note in the chain) with its own date; the translator's gloss of
  "rendered ineffective" (killed, captured or surrendered) -> no number field, as "neutralised"; the Philippine release's
  "neutralized" likewise, while its plain "killed" counts.
- The same three dead told as civilians (the reporter, the families: Violence against civilians) and as gunmen who fired
  first (the army: Battles) -> one core event in the reporter's type, both framings in actor2, the army's telling a
  non-core copy that keeps its own type.
- A shop strike and a gathering dispersed with tear gas in one town on one day -> one core protest (the gathering,
  Protest with intervention), the strike a non-core Peaceful protest copy.
- A Basij member shot by a gunman -> Battles/Armed clash (dev_r's ambush on an armed man); a motive ("may have been
  linked to a family feud") -> "family" among the alternatives, no gold of its own.
- The toll of a combined attack (a suicide car bomb, then an assault) -> on the first-told event (the assault); the car
  bomb a core Suicide bomb with no number field.
- Troops deployed to a village to stop a feud -> Headquarters or base established (the guide's "a new ... deployment");
  the feud's exchange of gunfire between armed families -> Battles/Armed clash, the civilians it killed counted; a UN
  "temporary operating base" -> Headquarters or base established with no actor2.
- Army bulldozers tearing up a street and demolishing houses, and settler arson with "Nobody was hurt" -> Looting/
  property destruction (with 0..0 when stated); homes set on fire after residents were ordered out, no one hurt in that
  telling -> Looting/property destruction, a killing in the same account a Violence against civilians event of its own;
  the army's vague "destroyed explosive devices and terror infrastructure" -> a non-core copy.
- An undated clause event told as the cause of a dated one ("the same cell attacked an NDF post ... a day after") -> core
  when it has a place, a date and a toll; forced recruitment "in recent months" -> an aggregate Abduction with no date.
- Dates: "At dawn yesterday" -> the day before publication; "Hours later" after an evening event -> that day and the
  next; "In response" with no date of its own -> from the provoking event's day to publication; "this week" -> Monday of
  the publication week to publication; "last Thursday" / "Last Tuesday night" -> the most recent such day before
  publication (a night -> two days); "Earlier this month" -> the 1st to publication; "three weeks ago" -> from the Monday
  of the week holding the day 21 days before publication; "for a second day on Monday" and "began the day before" ->
  Sunday and Monday; "The previous day" -> the day before the event it follows; "late 2017" -> from 1 October 2017; "the
  spring of 2002" -> March to May; "in June last year" -> that month; "said on Saturday that the group had captured"
  after fighting from Friday night -> Friday to Saturday; a warning for days after publication ("the end of this week")
  -> no date (goldkit forbids dates after publication).
- Places: a village placed "15 km south of the site" where the site is "about 60 km north of Bunia" -> a chained LKM;
  "in hills east of the site" -> the site's point; a named village we can pin with "south of Nablus" -> the village's
  point; a province ("Isfahan province") or a Bangladeshi union -> names and country; a barangay's hinterland in Butig ->
  the municipality's point; a site we cannot pin "east of Palmyra" or "north-east of Erbil" with no distance, far from
  the town -> names and country.
- Analysts' forecasts ("likely (55-75%) that ISIS will attempt") -> hypothetical (as dev_r's assessments); an
  outlook's "Should X ..., Y are likely" -> two hypothetical events.
- An attribution chain ("a security source quoted by the Kurdish news site Zozik") -> every link and the outlet in
  source."""
import math

from goldkit import (
    ABDUCT,
    AGREE,
    AIR,
    ARRESTS,
    ATTACK,
    BAT,
    BASE,
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
    SUICIDE,
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
# its 2024-01-01..2026-11-30 publication window, as check_r in build_dev_r.py.
check_ad = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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
# name, abbreviations and the surface forms the text uses, loaded labels too. Coordinates only for towns, cities,
# camps and bases we can pin to ~0.05 degrees from our own knowledge; villages, districts, townships, valleys,
# mountain areas, border sectors and sites we cannot pin get names and a country only, unless the text places them
# by a distance and a direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = ["United States", "US forces", "U.S. forces", "US military", "U.S. military", "American",
       "Military Forces of the United States"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
IRAN = ["Iran", "Iranian", "Military Forces of Iran", "Islamic Revolutionary Guard Corps", "IRGC",
        "Revolutionary Guards", "Guards", "Tehran"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian warplanes", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
SYGOV = ["Syrian government", "Government of Syria", "Syrian army", "Military Forces of Syria", "Syrian regime",
         "regime forces", "regime", "Syrian Arab Army"]
HTS = ["Hay'at Tahrir al-Sham", "HTS", "Jabhat al-Nusra", "Nusra", "Nusra terrorists", "Nusra Front"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
SHABAAB = ["al-Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-ad-01  monitor's daily log — Syria's central desert: a desert track about 30 km north-east of Palmyra on the
# al-Sukhnah road, south of al-Qaryatayn in the eastern countryside of Homs, the Jabal al-Bishri area, the Arak gas
# field east of Palmyra, a checkpoint on Palmyra's outskirts (Tue 12 Mar 2024)
# =============================================================================
T01 = """Badia Watch daily log: eleven truffle hunters killed north-east of Palmyra; Russian jets pound Jabal al-Bishri

Badia Watch | Central desert desk | Log for Monday 11 March 2024 | Issued Tuesday 12 March 2024, 08:00

Entries are listed in the order we received them. Times are local. "Confirmed" means at least two independent sources; other entries are marked "Unconfirmed".

06:50 - Gunmen believed to belong to Islamic State (ISIS) cells opened fire on a group of truffle hunters about 30 km north-east of Palmyra, near the road to al-Sukhnah, killing eleven of them, our network of sources reported. Three others were missing. (Confirmed)

08:20 - Update to 06:50: relatives said two of the missing men had walked back to the road; the third, a 15-year-old boy, was taken away by the attackers. The toll remains at eleven dead.

09:35 - A landmine left over from earlier fighting exploded under a motorcycle on a desert track south of al-Qaryatayn, in the eastern countryside of Homs, killing a shepherd and his two sons, aged 12 and 14. (Confirmed)

11:10 - Russian warplanes carried out at least 20 air strikes on caves and hideouts used by ISIS in the Jabal al-Bishri area, where the Homs, Raqqa and Deir ez-Zor deserts meet. No information on casualties yet. (Unconfirmed)

14:45 - Fighters of the pro-government National Defence Forces (NDF) clashed with an ISIS cell near the Arak gas field, east of Palmyra, for nearly two hours. An NDF commander told our sources that three of his men were killed and that "several" militants were killed or wounded. The clash came a day after the same cell attacked an NDF post in the area, wounding one fighter, he said. Pro-government pages put the militants' losses at seven to nine dead. (Unconfirmed)

17:30 - Military Intelligence detained 16 truffle hunters at a checkpoint on the outskirts of Palmyra, accusing them of passing information to the militants, according to a relative of one of the men. Most were released by the evening. (Unconfirmed)

RUNNING TALLY - Since 1 January, Badia Watch has documented the killing of 134 people in the central desert, 71 of them truffle hunters, most in ISIS attacks and landmine blasts.

DESK COMMENT - The truffle season has become a lottery of death. Families go out because a kilo can fetch 25 dollars and there is no other work. Unless the army clears the mines and secures the tracks, more people will die before the season ends in April.
"""

ISIS01 = ISIS + ["ISIS cells", "ISIS cell", "gunmen", "Gunmen believed to belong to Islamic State", "attackers",
                 "militants"]
HUNTERS = CIV + ["truffle hunters", "group of truffle hunters"]
NDF = ["National Defence Forces", "NDF", "pro-government National Defence Forces", "NDF post", "NDF commander",
       "pro-government militia"] + SYGOV
MILINT = ["Military Intelligence", "Syrian Military Intelligence"] + SYGOV
# "about 30 km north-east of Palmyra" -> LKM from Palmyra
PALMYRA_NE = LKM(["north-east of Palmyra", "Palmyra", "Tadmur", "road to al-Sukhnah", "al-Sukhnah"], 34.56, 38.28, 30,
                 45, "SY")
# "south of al-Qaryatayn" with no distance -> the town's point
QARYATAYN = L(["al-Qaryatayn", "Qaryatayn", "south of al-Qaryatayn", "eastern countryside of Homs", "Homs desert"],
              34.23, 37.24, "SY")
BISHRI = L(["Jabal al-Bishri", "Jabal al-Bishri area", "Bishri mountains", "Homs desert", "Raqqa desert"], cc="SY")
# a gas field we cannot pin, "east of Palmyra" with no distance -> names and country
ARAK = L(["Arak gas field", "Arak", "east of Palmyra", "Palmyra"], cc="SY")
PALMYRA = L(["Palmyra", "Tadmur", "outskirts of Palmyra", "checkpoint on the outskirts of Palmyra"], 34.56, 38.28, "SY")
BADIA = L(["central desert", "Badia", "Syrian desert", "Homs desert"], cc="SY")
BW = ["Badia Watch", "our network of sources", "network of sources", "author"]
NDFSRC = ["NDF commander", "National Defence Forces", "NDF", "our sources"] + BW
E01 = [
    # truffle hunters shot by gunmen -> Violence against civilians (the text stresses the hunters, no escort named);
    # "believed to belong to" ISIS -> ISIS plus unknown; "eleven" in words -> 11; the missing three are no
    # casualties; the 08:20 update's "The toll remains at eleven dead" -> the same figure, no copy needed beyond it
    E(
        True,
        "Gunmen believed to belong to Islamic State (ISIS) cells opened fire on a group of truffle hunters about 30 km north-east of Palmyra, near the road to al-Sukhnah, killing eleven of them",
        VAC,
        ATTACK,
        actor1=ISIS01 + UNK,
        actor2=HUNTERS,
        location=PALMYRA_NE,
        date=D("2024-03-11"),
        killed=R(11),
        source=BW,
    ),
    E(
        False,
        "The toll remains at eleven dead",
        VAC,
        ATTACK,
        actor1=ISIS01 + UNK,
        actor2=HUNTERS,
        location=PALMYRA_NE,
        date=D("2024-03-11"),
        killed=R(11),
        source=BW + ["relatives"],
    ),
    E(
        False,
        "eleven truffle hunters killed north-east of Palmyra",
        VAC,
        ATTACK,
        actor1=ISIS01 + UNK,
        actor2=HUNTERS,
        location=PALMYRA_NE,
        date=D("2024-03-11"),
        killed=R(11),
        source=BW,
    ),
    # a boy "taken away by the attackers" in the update -> an abduction of its own, same place and day
    E(
        True,
        "the third, a 15-year-old boy, was taken away by the attackers",
        VAC,
        ABDUCT,
        actor1=ISIS01 + UNK,
        actor2=HUNTERS + ["15-year-old boy", "boy"],
        location=PALMYRA_NE,
        date=D("2024-03-11"),
        source=["relatives"] + BW,
    ),
    # a mine "left over from earlier fighting" (no layer named) -> unknown; "a shepherd and his two sons, aged 12 and
    # 14" -> 3
    E(
        True,
        "A landmine left over from earlier fighting exploded under a motorcycle on a desert track south of al-Qaryatayn, in the eastern countryside of Homs, killing a shepherd and his two sons, aged 12 and 14",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["shepherd", "two sons", "sons", "motorcycle"],
        location=QARYATAYN,
        date=D("2024-03-11"),
        killed=R(3),
        source=BW,
    ),
    # "at least 20 air strikes" on one mountain area in one day -> one core event (not an aggregate); the log's
    # "(Unconfirmed)" grade -> status occurred (as dev_r's grade B); "No information on casualties yet" -> no
    # number field
    E(
        True,
        "Russian warplanes carried out at least 20 air strikes on caves and hideouts used by ISIS in the Jabal al-Bishri area",
        EXP,
        AIR,
        actor1=RUSSIA,
        actor2=ISIS01 + ["caves", "hideouts"],
        location=BISHRI,
        date=D("2024-03-11"),
        source=BW,
    ),
    E(
        False,
        "Russian jets pound Jabal al-Bishri",
        EXP,
        AIR,
        actor1=RUSSIA,
        actor2=ISIS01,
        location=BISHRI,
        date=D("2024-03-11"),
        source=BW,
    ),
    # the NDF's own dead (three) and the militants' unsplit "several ... killed or wounded" a sentence later ->
    # killed 3..open, casualties 3 + 3 = 6..open (as dev_r's split-plus-unsplit rule); the pages' toll-only sentence
    # "seven to nine dead" -> a non-core copy with its own numbers
    E(
        True,
        "Fighters of the pro-government National Defence Forces (NDF) clashed with an ISIS cell near the Arak gas field, east of Palmyra, for nearly two hours",
        BAT,
        CLASH,
        actor1=NDF + ISIS01,
        actor2=ISIS01 + NDF,
        location=ARAK,
        date=D("2024-03-11"),
        killed=R(3, None),
        casualties=R(6, None),
        source=NDFSRC,
    ),
    E(
        False,
        'three of his men were killed and that "several" militants were killed or wounded',
        BAT,
        CLASH,
        actor1=ISIS01 + NDF,
        actor2=NDF + ISIS01,
        location=ARAK,
        date=D("2024-03-11"),
        killed=R(3, None),
        casualties=R(6, None),
        source=NDFSRC,
    ),
    E(
        False,
        "Pro-government pages put the militants' losses at seven to nine dead",
        BAT,
        CLASH,
        actor1=NDF + ISIS01,
        actor2=ISIS01 + NDF,
        location=ARAK,
        date=D("2024-03-11"),
        killed=R(7, 9),
        source=["Pro-government pages", "pro-government pages"],
    ),
    # "a day after" Monday's clash -> Sunday 10 March; a dated, placed attack with a toll -> core though told in a
    # clause; one side's wounded only -> injured 1..open
    E(
        True,
        "the same cell attacked an NDF post in the area, wounding one fighter",
        BAT,
        CLASH,
        actor1=ISIS01 + NDF,
        actor2=NDF + ["NDF post", "fighter"] + ISIS01,
        location=ARAK,
        date=D("2024-03-10"),
        injured=R(1, None),
        source=NDFSRC,
    ),
    # detentions at a checkpoint "on the outskirts of Palmyra" -> Palmyra's point
    E(
        True,
        "Military Intelligence detained 16 truffle hunters at a checkpoint on the outskirts of Palmyra",
        STR,
        ARRESTS,
        actor1=MILINT,
        actor2=HUNTERS + ["16 truffle hunters"],
        location=PALMYRA,
        date=D("2024-03-11"),
        source=["relative of one of the men", "relative"] + BW,
    ),
    # the monitor's tally -> aggregate
    E(
        False,
        "Badia Watch has documented the killing of 134 people in the central desert, 71 of them truffle hunters",
        VAC,
        ATTACK,
        actor1=ISIS01 + UNK,
        actor2=HUNTERS + NDF,
        location=BADIA,
        date=D("2024-01-01", "2024-03-12"),
        killed=R(134),
        source=BW,
        aggregate=True,
    ),
    # the desk's conditional forecast -> hypothetical
    E(
        False,
        "Unless the army clears the mines and secures the tracks, more people will die before the season ends in April",
        EXP,
        IED,
        actor1=UNK + ISIS01,
        actor2=HUNTERS,
        location=BADIA,
        source=BW,
        status="hypothetical",
    ),
    # no gold: "Three others were missing" and the two who walked back, the release "by the evening", "a lottery of
    # death" (a metaphor), the truffle price
]
DOCS.append(
    (
        "dev-ad-01",
        "Badia Watch (daily log)",
        "2024-03-12",
        "monitor's daily log",
        "Syria's central desert, one day under time stamps and source grades: truffle hunters shot 'about 30 km "
        "north-east of Palmyra' by gunmen 'believed to belong to' ISIS ('eleven' in words) and a boy taken in the "
        "update, a mine 'south of al-Qaryatayn' ('a shepherd and his two sons, aged 12 and 14'), 'at least 20' Russian "
        "strikes on Jabal al-Bishri graded Unconfirmed, an NDF clash with its own dead and 'several' militants 'killed "
        "or wounded', an attack 'a day after', the pages' 'seven to nine', detentions 'on the outskirts of Palmyra', a "
        "tally, a conditional forecast, a metaphor",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-ad-01", "Issued Tuesday 12 March 2024", "2024-03-12", "Tuesday"),
    ("dev-ad-01", "Log for Monday 11 March 2024", "2024-03-11", "Monday"),
    ("dev-ad-01", "a day after (Monday's clash)", "2024-03-10", "Sunday"),
]

# =============================================================================
# dev-ad-02  partisan (pro-government) site — the Idlib-Hama front: the Dadikh axis 3 km west of Saraqib, the
# outskirts of Khan Shaykhun, Kansafra, al-Bara and al-Fatira in the southern countryside of Idlib, Sarmin east of
# Idlib city (Fri 18 Oct 2024)
# =============================================================================
T02 = """Army heroes crush Nusra infiltration west of Saraqib as terrorist drones strike Khan Shaykhun again

Qasioun Front | Field news | Friday 18 October 2024 | By our military correspondent

Once again the men of the Syrian Arab Army have taught the terrorists of Jabhat al-Nusra that the soil of the homeland is not for sale.

At dawn yesterday, units of the 25th Special Mission Forces Division foiled an attempt by Nusra terrorists to infiltrate army positions on the Dadikh axis, three kilometres west of Saraqib. The heroes met the attackers with medium and heavy weapons, killing eight of them and wounding a number of others, while the rest fled north. Two soldiers rose to the ranks of martyrs in the confrontation, a field source told Qasioun Front.

The terrorists' media, lying as usual, claimed that their "inghimasi" fighters had killed more than twenty soldiers and destroyed a tank. The field source denied that any tank had been hit.

On Wednesday evening, a suicide drone launched by the terrorists from the Jabal al-Zawiya area struck a civilian car on the outskirts of Khan Shaykhun, killing a man and his wife and wounding their daughter, aged six. Hours later, army air defences shot down two more drones over the town's eastern neighbourhoods.

In response, army artillery pounded the terrorists' dens and supply lines in Kansafra, al-Bara and al-Fatira, in the southern countryside of Idlib, inflicting heavy losses on them, a military source said.

On Tuesday night, Syrian and Russian warplanes destroyed a drone workshop and an arms depot belonging to the terrorists near the town of Sarmin, east of Idlib city, according to the same source. The so-called "White Helmets", the terrorists' propaganda arm, claimed that the raid hit a poultry farm and killed two civilians.

Since the start of October, the terrorists have launched more than 40 drones at Saraqib, Khan Shaykhun and villages in the northern countryside of Hama, the military source added.

Saraqib, liberated for the second time in March 2020, has become a symbol of the army's steadfastness on this front. Standing by a burnt-out Nusra pick-up, a brigadier general who commands the sector told our correspondent: "The day Idlib returns to the embrace of the homeland is closer than the terrorists and their Turkish masters think."
"""

SAA02 = SYGOV + ["25th Special Mission Forces Division", "Special Mission Forces", "army", "army positions",
                 "soldiers", "heroes", "army air defences", "army artillery", "Syrian warplanes"]
HTS02 = HTS + ["terrorists", "the terrorists", "inghimasi fighters", "attackers", "terrorists' dens"]
SCD02 = ["White Helmets", "Syria Civil Defence", "Syrian Civil Defence", "SCD"]
# "three kilometres west of Saraqib" -> LKM from Saraqib
DADIKH = LKM(["Dadikh", "Dadikh axis", "west of Saraqib", "Saraqib"], 35.86, 36.80, 3, 270, "SY")
KHAN_SH = L(["Khan Shaykhun", "Khan Sheikhoun", "Khan Shaykhoun", "outskirts of Khan Shaykhun"], 35.44, 36.65, "SY")
# three villages of Jabal al-Zawiya -> names and country
ZAWIYA = L(["Kansafra", "al-Bara", "al-Fatira", "southern countryside of Idlib", "Jabal al-Zawiya"], cc="SY")
SARMIN = L(["Sarmin", "near the town of Sarmin", "east of Idlib city"], 35.90, 36.72, "SY")
SARAQIB = L(["Saraqib"], 35.86, 36.80, "SY")
IDLIB02 = L(["Idlib", "Idleb", "Idlib province"], cc="SY")
FRONT02 = L(["Saraqib", "Khan Shaykhun", "northern countryside of Hama", "Hama"], cc="SY")
QF = ["Qasioun Front", "military correspondent", "our correspondent", "author"]
MILSRC02 = ["field source", "military source", "source"] + QF
E02 = [
    # an infiltration repelled -> Battles; "At dawn yesterday" in a Friday paper -> Thursday; both sides' dead told
    # ("killing eight of them" and, a sentence later, the euphemism "Two soldiers rose to the ranks of martyrs") ->
    # exact 10; "wounding a number of others" (one side) -> injured 2..open
    E(
        True,
        "units of the 25th Special Mission Forces Division foiled an attempt by Nusra terrorists to infiltrate army positions on the Dadikh axis, three kilometres west of Saraqib",
        BAT,
        CLASH,
        actor1=HTS02 + SAA02,
        actor2=SAA02 + HTS02,
        location=DADIKH,
        date=D("2024-10-17"),
        killed=R(10),
        injured=R(2, None),
        source=MILSRC02,
    ),
    E(
        False,
        "Two soldiers rose to the ranks of martyrs in the confrontation",
        BAT,
        CLASH,
        actor1=HTS02,
        actor2=SAA02,
        location=DADIKH,
        date=D("2024-10-17"),
        killed=R(2),
        source=MILSRC02,
    ),
    E(
        False,
        "Army heroes crush Nusra infiltration west of Saraqib",
        BAT,
        CLASH,
        actor1=HTS02 + SAA02,
        actor2=SAA02 + HTS02,
        location=DADIKH,
        date=D("2024-10-17"),
        source=QF,
    ),
    # the other side's version, reported by a hostile outlet -> core, occurred, sourced to the claimant; "more than
    # twenty" -> 21..open; the field source's denial of the tank -> a non-core denied copy
    E(
        True,
        'their "inghimasi" fighters had killed more than twenty soldiers and destroyed a tank',
        BAT,
        CLASH,
        actor1=HTS02,
        actor2=SAA02 + ["tank"],
        location=DADIKH,
        date=D("2024-10-17"),
        killed=R(21, None),
        source=["terrorists' media", "Nusra media", "HTS media"] + HTS,
    ),
    E(
        False,
        "The field source denied that any tank had been hit",
        BAT,
        CLASH,
        actor1=HTS02,
        actor2=SAA02 + ["tank"],
        location=DADIKH,
        date=D("2024-10-17"),
        source=MILSRC02,
        status="denied",
    ),
    # "a man and his wife" killed, "their daughter, aged six" wounded -> 2 and 1; "On Wednesday evening" -> 16 Oct;
    # "on the outskirts of" -> the town's point
    E(
        True,
        "a suicide drone launched by the terrorists from the Jabal al-Zawiya area struck a civilian car on the outskirts of Khan Shaykhun, killing a man and his wife and wounding their daughter, aged six",
        EXP,
        AIR,
        actor1=HTS02,
        actor2=CIV + ["civilian car", "car", "man", "wife", "daughter"],
        location=KHAN_SH,
        date=D("2024-10-16"),
        killed=R(2),
        injured=R(1),
        source=QF,
    ),
    E(
        False,
        "terrorist drones strike Khan Shaykhun again",
        EXP,
        AIR,
        actor1=HTS02,
        actor2=CIV,
        location=KHAN_SH,
        date=D("2024-10-16"),
        source=QF,
    ),
    # "Hours later" than a Wednesday-evening strike -> Wednesday and Thursday
    E(
        True,
        "army air defences shot down two more drones over the town's eastern neighbourhoods",
        STR,
        DISRUPT,
        actor1=SAA02,
        actor2=HTS02 + ["drones"],
        location=KHAN_SH,
        date=D("2024-10-16", "2024-10-17"),
        source=QF,
    ),
    # "In response" with no date of its own -> from the Wednesday strike to publication; three villages -> names and
    # country; "inflicting heavy losses" -> no number field
    E(
        True,
        "army artillery pounded the terrorists' dens and supply lines in Kansafra, al-Bara and al-Fatira, in the southern countryside of Idlib",
        EXP,
        SHELL,
        actor1=SAA02,
        actor2=HTS02 + ["supply lines"],
        location=ZAWIYA,
        date=D("2024-10-16", "2024-10-18"),
        source=MILSRC02,
    ),
    # one raid, two objects (a drone workshop and depot / a poultry farm with two dead) -> one core event per
    # version; "On Tuesday night" -> both days; the White Helmets' undated telling of the same raid -> the same days
    E(
        True,
        "Syrian and Russian warplanes destroyed a drone workshop and an arms depot belonging to the terrorists near the town of Sarmin, east of Idlib city",
        EXP,
        AIR,
        actor1=SAA02 + RUSSIA,
        actor2=HTS02 + ["drone workshop", "arms depot"],
        location=SARMIN,
        date=D("2024-10-15", "2024-10-16"),
        source=MILSRC02,
    ),
    E(
        True,
        "the raid hit a poultry farm and killed two civilians",
        EXP,
        AIR,
        actor1=SAA02 + RUSSIA,
        actor2=CIV + ["poultry farm", "two civilians"],
        location=SARMIN,
        date=D("2024-10-15", "2024-10-16"),
        killed=R(2),
        source=SCD02,
    ),
    # a month's drones over several places -> aggregate
    E(
        False,
        "the terrorists have launched more than 40 drones at Saraqib, Khan Shaykhun and villages in the northern countryside of Hama",
        EXP,
        AIR,
        actor1=HTS02,
        actor2=SAA02 + CIV,
        location=FRONT02,
        date=D("2024-10-01", "2024-10-18"),
        source=MILSRC02,
        aggregate=True,
    ),
    # background: the 2020 recapture -> Government regains territory, non-core
    E(
        False,
        "Saraqib, liberated for the second time in March 2020",
        BAT,
        GOVREGAIN,
        actor1=SAA02 + RUSSIA,
        actor2=HTS02 + ["opposition factions", "rebels"],
        location=SARAQIB,
        date=D("2020-03-01", "2020-03-31"),
        source=QF,
    ),
    # the commander's boast -> planned
    E(
        False,
        "The day Idlib returns to the embrace of the homeland is closer than the terrorists and their Turkish masters think",
        BAT,
        GOVREGAIN,
        actor1=SAA02,
        actor2=HTS02 + TURKEY,
        location=IDLIB02,
        source=["brigadier general", "sector commander"] + QF,
        status="planned",
    ),
    # no gold: "the soil of the homeland is not for sale" (a slogan), the attackers who "fled north", "lying as
    # usual" and "propaganda arm" (labels), "a symbol of the army's steadfastness"
]
DOCS.append(
    (
        "dev-ad-02",
        "Qasioun Front",
        "2024-10-18",
        "partisan (pro-government) news site",
        "the Idlib-Hama front in a loyalist voice ('heroes', 'terrorists', 'dens', 'rose to the ranks of martyrs'): "
        "an infiltration 'three kilometres west of Saraqib' 'At dawn yesterday' with both sides' dead ('wounding a "
        "number of others') and HTS's claim of 'more than twenty' with the tank denied, a drone on a car 'on the "
        "outskirts of Khan Shaykhun' ('a man and his wife ... their daughter, aged six'), drones downed 'Hours "
        "later', shelling 'In response' on three villages, a raid near Sarmin told as a workshop and as a poultry "
        "farm, a month's drones, 2020 background, a boast",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-ad-02", "Friday 18 October 2024", "2024-10-18", "Friday"),
    ("dev-ad-02", "At dawn yesterday", "2024-10-17", "Thursday"),
    ("dev-ad-02", "On Wednesday evening", "2024-10-16", "Wednesday"),
    ("dev-ad-02", "On Tuesday night", "2024-10-15", "Tuesday"),
]

# =============================================================================
# dev-ad-03  security consultancy's weekly risk brief — Iraq: the orchards east of Tarmiyah (northern Baghdad), the
# road to Amerli 12 km south of Tuz Khurmatu, Tuz Khurmatu's market (Salahuddin), the Hamrin mountains north-east of
# Muqdadiyah and Baqubah (Diyala) (Thu 23 Jan 2025)
# =============================================================================
T03 = """Iraq Weekly Security Brief: ISIS keeps up pressure in the Tarmiyah belt and around Tuz Khurmatu

Tigris Risk Advisory | Client brief | Week 3, 16-22 January 2025 | Issued Thursday 23 January 2025

KEY JUDGEMENTS
- Islamic State (ISIS) activity in northern Baghdad, Salahuddin and Diyala remained low but lethal: we recorded nine incidents this week, against seven the week before.
- We assess it is likely (55-75%) that ISIS will attempt at least one further attack on security forces around Tarmiyah within the next two weeks.

SIGNIFICANT INCIDENTS
Tarmiyah, 17 January: Suspected ISIS militants attacked a Popular Mobilisation Forces (PMF) position in the orchards east of Tarmiyah, using small arms and a rifle fitted with a thermal sight. Two PMF fighters were killed. Local media reported that a third fighter died of his wounds the following day. The PMF said its forces had "repelled the attack and pursued the attackers", but gave no figure for enemy casualties.

Tuz Khurmatu, night of 18/19 January: An IED struck an Iraqi army vehicle on the road to Amerli, some 12 km south of Tuz Khurmatu, wounding an officer and two soldiers, according to a security source quoted by the Kurdish news site Zozik. No group claimed the blast; we assess ISIS as the most likely perpetrator.

Tuz Khurmatu, 20 January: Unidentified gunmen shot dead a Turkmen shopkeeper in the town's main market. Police did not rule out a personal dispute, while Turkmen parties called the killing a terrorist act. It is unclear whether ISIS or a criminal gang was responsible.

Hamrin mountains, 21 January: Counter-Terrorism Service (CTS) units, supported by Iraqi Air Force F-16s, struck an ISIS hideout in the Hamrin mountains north-east of Muqdadiyah, killing "five terrorists", the Joint Operations Command said. The Security Media Cell later raised the toll to seven after a search of the site.

Baqubah, 19 January: Around 300 relatives of Diyala residents missing since 2014 rallied outside the provincial council building to demand news of their fate. The gathering ended without incident.

Baqubah, 22 January: Security forces arrested four ISIS suspects in raids in the city, including a man accused of financing the Tarmiyah cell.

ASSESSMENT
ISIS has held no territory in Iraq since December 2017, but its cells exploit the orchards, canals and valleys between northern Baghdad and the Hamrin range. Attacks remain small, but PMF and army positions in the rural belt are exposed, especially at night.

OUTLOOK AND ADVICE
Should the CTS launch a large-scale clearance of the Hamrin, retaliatory attacks on PMF checkpoints are likely. Clients should avoid road moves between Tuz Khurmatu and Kifri after dark.
"""

ISIS03 = ISIS + ["Suspected ISIS militants", "ISIS militants", "attackers", "ISIS cells", "terrorists", "ISIS hideout"]
PMF03 = PMF + ["PMF position", "PMF fighters", "PMF checkpoints"]
IQARMY = ["Iraqi army", "Military Forces of Iraq", "Iraqi security forces", "security forces", "army vehicle",
          "Iraqi army vehicle", "officer", "soldiers"]
CTS03 = ["Counter-Terrorism Service", "CTS", "CTS units", "Iraqi Air Force", "F-16s", "Joint Operations Command",
         "Iraqi security forces", "Military Forces of Iraq"]
IQSEC03 = ["Security forces", "security forces", "Iraqi security forces", "Police Forces of Iraq", "police"]
# "the orchards east of Tarmiyah" (no distance) -> Tarmiyah's point
TARMIYAH = L(["Tarmiyah", "Tarmiya", "orchards east of Tarmiyah", "northern Baghdad"], 33.67, 44.40, "IQ")
# "some 12 km south of Tuz Khurmatu" -> LKM
AMERLI_RD = LKM(["road to Amerli", "Amerli", "Amirli", "south of Tuz Khurmatu", "Tuz Khurmatu"], 34.88, 44.63, 12,
                180, "IQ")
TUZ = L(["Tuz Khurmatu", "Tuz Khurmato", "Tuz", "town's main market"], 34.88, 44.63, "IQ")
HAMRIN = L(["Hamrin mountains", "Hamrin", "Hamrin range", "north-east of Muqdadiyah", "Muqdadiyah", "Diyala"], cc="IQ")
BAQUBAH = L(["Baqubah", "Baquba", "Baqouba", "provincial council building", "Diyala"], 33.75, 44.64, "IQ")
NIQ03 = L(["northern Baghdad, Salahuddin and Diyala", "Salahuddin", "Diyala", "northern Baghdad"], cc="IQ")
TRA = ["Tigris Risk Advisory", "author"]
E03 = [
    # the week's count -> aggregate
    E(
        False,
        "we recorded nine incidents this week",
        BAT,
        CLASH,
        actor1=ISIS03,
        actor2=PMF03 + IQARMY,
        location=NIQ03,
        date=D("2025-01-16", "2025-01-22"),
        source=TRA,
        aggregate=True,
    ),
    # the analysts' forecast -> hypothetical
    E(
        False,
        "ISIS will attempt at least one further attack on security forces around Tarmiyah within the next two weeks",
        BAT,
        CLASH,
        actor1=ISIS03,
        actor2=PMF03 + IQARMY,
        location=TARMIYAH,
        source=TRA,
        status="hypothetical",
    ),
    # "Suspected ISIS militants" -> ISIS plus unknown; an attack on an armed position -> Battles; "Two ... killed",
    # then a third who "died of his wounds the following day" (by another source) -> killed 2..3, each figure a
    # non-core copy; the PMF's own telling (no numbers) -> a non-core copy
    E(
        True,
        "Suspected ISIS militants attacked a Popular Mobilisation Forces (PMF) position in the orchards east of Tarmiyah",
        BAT,
        CLASH,
        actor1=ISIS03 + UNK + PMF03,
        actor2=PMF03 + ISIS03,
        location=TARMIYAH,
        date=D("2025-01-17"),
        killed=R(2, 3),
        source=TRA + ["Local media"] + PMF,
    ),
    E(
        False,
        "Two PMF fighters were killed",
        BAT,
        CLASH,
        actor1=ISIS03 + UNK,
        actor2=PMF03,
        location=TARMIYAH,
        date=D("2025-01-17"),
        killed=R(2),
        source=TRA,
    ),
    E(
        False,
        "a third fighter died of his wounds the following day",
        BAT,
        CLASH,
        actor1=ISIS03 + UNK,
        actor2=PMF03,
        location=TARMIYAH,
        date=D("2025-01-17"),
        killed=R(3),
        source=["Local media", "local media"],
    ),
    E(
        False,
        'its forces had "repelled the attack and pursued the attackers"',
        BAT,
        CLASH,
        actor1=ISIS03 + UNK + PMF03,
        actor2=PMF03 + ISIS03,
        location=TARMIYAH,
        date=D("2025-01-17"),
        source=PMF + ["PMF said"],
    ),
    # "night of 18/19 January" -> both days; "some 12 km south of Tuz Khurmatu" -> LKM; the chain "a security source
    # quoted by the Kurdish news site Zozik" -> both links and the brief; no claim, the brief's assessment -> ISIS
    # plus unknown; "an officer and two soldiers" -> 3
    E(
        True,
        "An IED struck an Iraqi army vehicle on the road to Amerli, some 12 km south of Tuz Khurmatu, wounding an officer and two soldiers",
        EXP,
        IED,
        actor1=UNK + ISIS03,
        actor2=IQARMY,
        location=AMERLI_RD,
        date=D("2025-01-18", "2025-01-19"),
        injured=R(3),
        source=["security source", "Zozik", "Kurdish news site Zozik"] + TRA,
    ),
    # "unclear whether ISIS or a criminal gang" -> both plus unknown; the parties' "terrorist act" -> no gold (a
    # label, no other act)
    E(
        True,
        "Unidentified gunmen shot dead a Turkmen shopkeeper in the town's main market",
        VAC,
        ATTACK,
        actor1=UNK + ["Unidentified gunmen", "gunmen", "criminal gang"] + ISIS,
        actor2=CIV + ["Turkmen shopkeeper", "shopkeeper"],
        location=TUZ,
        date=D("2025-01-20"),
        killed=R(1),
        source=TRA,
    ),
    # a ground-and-air strike on a hideout -> Air/drone strike; "five" raised "later" to seven (an exact figure
    # revised upward) -> killed 5..7, the cell's figure a non-core copy; a mountain range -> names and country
    E(
        True,
        'Counter-Terrorism Service (CTS) units, supported by Iraqi Air Force F-16s, struck an ISIS hideout in the Hamrin mountains north-east of Muqdadiyah, killing "five terrorists"',
        EXP,
        AIR,
        actor1=CTS03,
        actor2=ISIS03,
        location=HAMRIN,
        date=D("2025-01-21"),
        killed=R(5, 7),
        source=["Joint Operations Command", "JOC", "Security Media Cell"] + TRA,
    ),
    E(
        False,
        "The Security Media Cell later raised the toll to seven",
        EXP,
        AIR,
        actor1=CTS03,
        actor2=ISIS03,
        location=HAMRIN,
        date=D("2025-01-21"),
        killed=R(7),
        source=["Security Media Cell"],
    ),
    # a rally that "ended without incident" -> Peaceful protest
    E(
        True,
        "Around 300 relatives of Diyala residents missing since 2014 rallied outside the provincial council building",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["relatives", "relatives of Diyala residents"],
        location=BAQUBAH,
        date=D("2025-01-19"),
        source=TRA,
    ),
    E(
        True,
        "Security forces arrested four ISIS suspects in raids in the city",
        STR,
        ARRESTS,
        actor1=IQSEC03,
        actor2=ISIS03 + ["ISIS suspects", "four ISIS suspects", "suspects"],
        location=BAQUBAH,
        date=D("2025-01-22"),
        source=TRA,
    ),
    # background: the end of ISIS territory in 2017 -> Government regains territory, non-core
    E(
        False,
        "ISIS has held no territory in Iraq since December 2017",
        BAT,
        GOVREGAIN,
        actor1=IQARMY + CTS03,
        actor2=ISIS03,
        location=L(["Iraq"], cc="IQ"),
        date=D("2017-12-01", "2017-12-31"),
        source=TRA,
    ),
    # the outlook's conditional and its consequence -> two hypothetical events
    E(
        False,
        "Should the CTS launch a large-scale clearance of the Hamrin",
        BAT,
        CLASH,
        actor1=CTS03,
        actor2=ISIS03,
        location=HAMRIN,
        source=TRA,
        status="hypothetical",
    ),
    E(
        False,
        "retaliatory attacks on PMF checkpoints are likely",
        BAT,
        CLASH,
        actor1=ISIS03,
        actor2=PMF03,
        location=NIQ03,
        source=TRA,
        status="hypothetical",
    ),
    # no gold: "seven the week before" (a bare count of the previous week), the thermal sight, "gave no figure for
    # enemy casualties", "The gathering ended without incident", "Attacks remain small" (generic), the travel advice
]
DOCS.append(
    (
        "dev-ad-03",
        "Tigris Risk Advisory (weekly brief)",
        "2025-01-23",
        "security consultancy's weekly risk brief",
        "Iraq/northern Baghdad, Salahuddin and Diyala under place-and-date headings: a week's count and a graded "
        "forecast, an attack by 'Suspected ISIS militants' near Tarmiyah whose dead rise from two to three 'the "
        "following day', an IED 'some 12 km south of Tuz Khurmatu' on the 'night of 18/19 January' told through 'a "
        "security source quoted by' a news site, a killing by 'ISIS or a criminal gang', a strike in the Hamrin with "
        "'five' raised to seven, a rally, arrests, 2017 background, a conditional outlook",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-ad-03", "Issued Thursday 23 January 2025", "2025-01-23", "Thursday"),
    ("dev-ad-03", "Week 3, 16-22 January 2025 (start)", "2025-01-16", "Thursday"),
]

# =============================================================================
# dev-ad-04  news site story under a correction — Erbil: Erbil International Airport and Kani Qrzhala south of it,
# the Harir base north-east of Erbil (claimed), a checkpoint near Gwer, the Kurdistan parliament; January's missile
# strike on Erbil as background (Wed 10 Jul 2024)
# =============================================================================
T04 = """Drones target Erbil airport area; Kurdish officials say no one was hurt

Kurdistan Ledger | News | Erbil | Wednesday 10 July 2024, updated 15:40

CORRECTION: An earlier version of this story said the drones were launched early on Wednesday and that one of them struck the airport's passenger terminal. The attack took place late on Tuesday, and no drone reached the terminal. We regret the errors.

ERBIL - Two explosive-laden drones were launched at Erbil International Airport, which hosts US-led coalition troops, late on Tuesday, the Kurdistan Region's Interior Ministry said.

One drone was shot down by the coalition's air defences over the village of Kani Qrzhala, just south of the airport, the ministry said in a statement. The other came down in farmland outside the airport's northern fence, causing no casualties or damage. A US defence official, speaking on condition of anonymity, said there were "no injuries and no damage to infrastructure" at the base. Flights were suspended for about three hours.

No group had claimed the attack by Wednesday afternoon. A previously unknown group calling itself the Northern Resistance Brigades later posted a video on Telegram claiming a "successful strike" on "the occupation base at Harir", north-east of Erbil. The coalition said nothing had happened at Harir.

The ministry said the drones had come "from the direction of the Nineveh Plains", where Iran-aligned brigades of the Popular Mobilisation Forces (PMF) hold positions, but stopped short of accusing them.

Kurdish security forces (Asayish) said on Wednesday they had detained two men at a checkpoint near Gwer, south-west of Erbil, with a drone launch rail in the back of their pickup truck.

It was at least the fifth attack on the airport area since January. In January, Iranian ballistic missiles struck a house in Erbil, killing a businessman, his baby daughter and two other people; Iran's Revolutionary Guards said they had hit an Israeli "espionage headquarters".

In the city centre, meanwhile, several hundred public employees protested outside the Kurdistan parliament on Wednesday over salaries that are three months late.

In its Telegram post, the Northern Resistance Brigades promised "more surprises" for US forces "as long as the occupation remains".
"""

NRB = ["Northern Resistance Brigades", "previously unknown group"]
PMF04 = PMF + ["Iran-aligned brigades", "Iran-aligned brigades of the Popular Mobilisation Forces"]
COALITION = ["US-led coalition", "coalition", "coalition troops", "US-led coalition troops", "coalition's air defences",
             "Combined Joint Task Force"] + USA
KRG04 = ["Kurdistan Region", "Kurdistan Regional Government", "KRG"]
ASAYISH = ["Asayish", "Kurdish security forces", "Kurdistan Region Security Council"]
EBL_AIRPORT = L(["Erbil International Airport", "Erbil airport", "airport", "Kani Qrzhala", "Erbil"], 36.24, 43.96, "IQ")
# the Harir base lies far from the city ("north-east of Erbil", no distance) -> names and country
HARIR = L(["Harir", "Harir base", "occupation base at Harir", "Harir air base"], cc="IQ")
# "near Gwer, south-west of Erbil" (some 40 km away) -> names and country
GWER = L(["Gwer", "Guwer", "checkpoint near Gwer", "south-west of Erbil"], cc="IQ")
ERBIL = L(["Erbil", "Arbil", "Hawler", "Kurdistan parliament"], 36.19, 44.01, "IQ")
KL04 = ["Kurdistan Ledger", "author"]
MOI04 = ["Interior Ministry", "Kurdistan Region's Interior Ministry", "ministry", "KRG Interior Ministry"]
E04 = [
    # "late on Tuesday" (the corrected date) -> 9 July; no claim at first, the ministry points at the PMF's direction
    # and a new group claims -> unknown plus both; "causing no casualties" two sentences later -> killed and injured
    # 0..0 folded in; the crash and the US official's words -> non-core copies
    E(
        True,
        "Two explosive-laden drones were launched at Erbil International Airport, which hosts US-led coalition troops, late on Tuesday",
        EXP,
        AIR,
        actor1=UNK + NRB + PMF04,
        actor2=COALITION + ["Erbil International Airport", "airport"],
        location=EBL_AIRPORT,
        date=D("2024-07-09"),
        killed=R(0),
        injured=R(0),
        source=MOI04 + KL04,
    ),
    E(
        False,
        "The other came down in farmland outside the airport's northern fence, causing no casualties or damage",
        EXP,
        AIR,
        actor1=UNK + NRB + PMF04,
        actor2=COALITION + ["farmland"],
        location=EBL_AIRPORT,
        date=D("2024-07-09"),
        killed=R(0),
        injured=R(0),
        source=MOI04,
    ),
    # "no injuries" -> injured 0..0 only
    E(
        False,
        'there were "no injuries and no damage to infrastructure" at the base',
        EXP,
        AIR,
        actor1=UNK + NRB + PMF04,
        actor2=COALITION,
        location=EBL_AIRPORT,
        date=D("2024-07-09"),
        injured=R(0),
        source=["US defence official", "defence official"] + USA,
    ),
    E(
        False,
        "Drones target Erbil airport area",
        EXP,
        AIR,
        actor1=UNK + NRB + PMF04,
        actor2=COALITION + ["airport"],
        location=EBL_AIRPORT,
        date=D("2024-07-09"),
        source=KL04,
    ),
    # the correction's restatement with the right date -> a non-core copy; the retracted version (early on
    # Wednesday, a hit on the terminal) -> a non-core denied event, the outlet that withdrew it as source, its own
    # date and object
    E(
        False,
        "The attack took place late on Tuesday",
        EXP,
        AIR,
        actor1=UNK + NRB + PMF04,
        actor2=COALITION,
        location=EBL_AIRPORT,
        date=D("2024-07-09"),
        source=KL04,
    ),
    E(
        False,
        "one of them struck the airport's passenger terminal",
        EXP,
        AIR,
        actor1=UNK + NRB + PMF04,
        actor2=COALITION + ["passenger terminal", "terminal"],
        location=EBL_AIRPORT,
        date=D("2024-07-10"),
        source=KL04,
        status="denied",
    ),
    # the drone downed "just south of the airport" -> the airport's point
    E(
        True,
        "One drone was shot down by the coalition's air defences over the village of Kani Qrzhala",
        STR,
        DISRUPT,
        actor1=COALITION,
        actor2=UNK + NRB + PMF04 + ["drone"],
        location=EBL_AIRPORT,
        date=D("2024-07-09"),
        source=MOI04 + KL04,
    ),
    # the claimant names another object at another place (Harir) -> a core event of its own, dated by the attack it
    # claims; the coalition's "nothing had happened at Harir" -> a non-core denied copy
    E(
        True,
        'claiming a "successful strike" on "the occupation base at Harir", north-east of Erbil',
        EXP,
        AIR,
        actor1=NRB,
        actor2=COALITION + ["occupation base", "Harir base"],
        location=HARIR,
        date=D("2024-07-09"),
        source=NRB + ["Telegram"],
    ),
    E(
        False,
        "The coalition said nothing had happened at Harir",
        EXP,
        AIR,
        actor1=NRB,
        actor2=COALITION,
        location=HARIR,
        date=D("2024-07-09"),
        source=COALITION,
        status="denied",
    ),
    # "said on Wednesday they had detained" after a Tuesday-night attack -> Tuesday to Wednesday
    E(
        True,
        "they had detained two men at a checkpoint near Gwer, south-west of Erbil",
        STR,
        ARRESTS,
        actor1=ASAYISH,
        actor2=["two men", "men"] + UNK + PMF04,
        location=GWER,
        date=D("2024-07-09", "2024-07-10"),
        source=ASAYISH,
    ),
    E(
        False,
        "It was at least the fifth attack on the airport area since January",
        EXP,
        AIR,
        actor1=UNK + PMF04,
        actor2=COALITION,
        location=EBL_AIRPORT,
        date=D("2024-01-01", "2024-07-10"),
        source=KL04,
        aggregate=True,
    ),
    # background: January's ballistic missiles (fired from the ground) -> Shelling/artillery/missile attack, "a
    # businessman, his baby daughter and two other people" -> 4; the Guards' own object -> a non-core copy
    E(
        False,
        "Iranian ballistic missiles struck a house in Erbil, killing a businessman, his baby daughter and two other people",
        EXP,
        SHELL,
        actor1=IRAN,
        actor2=CIV + ["house", "businessman", "baby daughter"],
        location=ERBIL,
        date=D("2024-01-01", "2024-01-31"),
        killed=R(4),
        source=KL04,
    ),
    E(
        False,
        'Iran\'s Revolutionary Guards said they had hit an Israeli "espionage headquarters"',
        EXP,
        SHELL,
        actor1=IRAN,
        actor2=ISRAEL + ["espionage headquarters"],
        location=ERBIL,
        date=D("2024-01-01", "2024-01-31"),
        source=["Revolutionary Guards", "IRGC"],
    ),
    E(
        True,
        "several hundred public employees protested outside the Kurdistan parliament on Wednesday over salaries that are three months late",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["public employees", "several hundred public employees"],
        location=ERBIL,
        date=D("2024-07-10"),
        source=KL04,
    ),
    # the group's vow -> planned
    E(
        False,
        'promised "more surprises" for US forces "as long as the occupation remains"',
        EXP,
        AIR,
        actor1=NRB,
        actor2=COALITION,
        location=L(["Kurdistan Region", "Iraq"], cc="IQ"),
        source=NRB,
        status="planned",
    ),
    # no gold: "came "from the direction of the Nineveh Plains" ... but stopped short of accusing them" (a hint,
    # folded into the core's actor1 as dev_r folds "has shelled the compound before"), the flight suspension, "No
    # group had claimed the attack by Wednesday afternoon", the launch rail (inside the arrest)
]
DOCS.append(
    (
        "dev-ad-04",
        "Kurdistan Ledger",
        "2024-07-10",
        "news site story under a correction",
        "Erbil: a correction that moves a drone attack from 'early on Wednesday' to 'late on Tuesday' and retracts a "
        "hit on the terminal, two drones launched at the airport ('causing no casualties' two sentences later, the "
        "US official's 'no injuries'), one downed over a village 'just south of the airport', a new group's claim of "
        "a strike 'at Harir' denied by the coalition, a hint at the PMF without blame, arrests 'said on Wednesday' "
        "'near Gwer', a count, January's missile strike with the Guards' 'espionage headquarters', a salary protest, "
        "a vow",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-ad-04", "Wednesday 10 July 2024 / early on Wednesday / on Wednesday", "2024-07-10", "Wednesday"),
    ("dev-ad-04", "late on Tuesday", "2024-07-09", "Tuesday"),
]

# =============================================================================
# dev-ad-05  live blog — an Israel-Iran exchange: Isfahan province and an air-defence position on Isfahan's eastern
# edge; Bat Yam, Petah Tikva, the Tel Aviv area and central Israel; the twelve-day war of June 2025 as background
# (Sat 18 Apr 2026)
# =============================================================================
T05 = """Live: Iran fires missiles at central Israel after overnight strikes near Isfahan

Meridian News | Live blog | Saturday 18 April 2026 | Latest first | Times are Israel time

11:40 - Bat Yam toll rises to four
A woman in her seventies who was pulled from the rubble in Bat Yam has died of her wounds, the hospital treating her said. That brings the number of dead at the site to four.

10:15 - Israel confirms strikes
The Israeli military said its aircraft had struck "missile production and launch sites" in Isfahan province overnight, in what it called a response to "months of Iranian aggression". It gave no further details.

09:05 - Iranian agency reports deaths
A news agency close to the Revolutionary Guards reported that two Guards members were killed when a missile hit an air-defence position on the eastern edge of Isfahan. Iranian state television had earlier said that air defences shot down "several small drones" over the city and that there was "no damage".

07:30 - Interceptor debris in Petah Tikva
Fragments of an interceptor missile fell on a street in Petah Tikva, lightly wounding a man in his thirties, Magen David Adom (MDA) said.

04:20 - Missile hits residential building in Bat Yam
A missile struck a residential building in Bat Yam, south of Tel Aviv. MDA said three people were killed, among them a ten-year-old girl, and 25 were injured, most of them lightly.

03:55 - Sirens across central Israel
The Israeli military said about 30 ballistic missiles had been fired from Iran towards central Israel and that most had been intercepted. Sirens sounded from Netanya to Ashdod.

03:40 - Guards claim "precise hits"
The Revolutionary Guards said in a statement that they had fired missiles at "military and intelligence centres in the Tel Aviv area", achieving "precise hits".

02:10 - Explosions heard in Isfahan
Residents of Isfahan told us they heard at least five loud explosions in the east of the city. We have not been able to verify what caused them.

Analysis - Our correspondent writes: Both capitals seem to be calibrating rather than escalating. Iran's foreign ministry warned that any further "aggression" would be met with a response "far more painful than tonight's"; Israel's defence minister said Tehran would "pay a very heavy price". During the twelve-day war in June last year, Iranian missiles killed dozens of people in Israel and Israeli strikes killed hundreds in Iran.
"""

ISR05 = ISRAEL + ["its aircraft", "Israeli aircraft", "Israeli air force"]
IRAN05 = IRAN + ["Iranian missiles", "ballistic missiles", "Iranian air defences", "air defences"]
ISFAHAN_PROV = L(["Isfahan province", "Isfahan", "Esfahan"], cc="IR")
ISFAHAN = L(["Isfahan", "Esfahan", "eastern edge of Isfahan", "air-defence position"], 32.65, 51.67, "IR")
BAT_YAM = L(["Bat Yam", "residential building in Bat Yam", "south of Tel Aviv"], 32.02, 34.75, "IL")
PETAH_TIKVA = L(["Petah Tikva", "Petach Tikva"], 32.09, 34.89, "IL")
TLV_AREA = L(["Tel Aviv area", "Tel Aviv", "military and intelligence centres in the Tel Aviv area"], 32.08, 34.78, "IL")
CENTRAL_IL = L(["central Israel", "Netanya", "Ashdod", "Israel"], cc="IL")
MN = ["Meridian News", "our correspondent", "author"]
IDF05 = ["Israeli military", "Israel Defense Forces", "IDF", "Israeli army"]
MDA = ["Magen David Adom", "MDA", "hospital"]
IRGCSRC = ["Revolutionary Guards", "IRGC", "Islamic Revolutionary Guard Corps", "Guards statement"]
E05 = [
    # newest entry first; the IDF's strikes "overnight" in a Saturday blog -> Friday and Saturday; a province ->
    # names and country
    E(
        True,
        'its aircraft had struck "missile production and launch sites" in Isfahan province overnight',
        EXP,
        AIR,
        actor1=ISR05,
        actor2=IRAN + ["missile production and launch sites", "launch sites"],
        location=ISFAHAN_PROV,
        date=D("2026-04-17", "2026-04-18"),
        source=IDF05,
    ),
    E(
        False,
        "overnight strikes near Isfahan",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=IRAN,
        location=ISFAHAN_PROV,
        date=D("2026-04-17", "2026-04-18"),
        source=MN,
    ),
    # the Guards-linked agency's telling: another object (an air-defence position) with two dead -> a core version of
    # its own; "a missile hit" with no shooter named, in a blog about Israel's strikes -> Israel plus unknown; undated
    # -> the night of the strikes
    E(
        True,
        "two Guards members were killed when a missile hit an air-defence position on the eastern edge of Isfahan",
        EXP,
        AIR,
        actor1=ISR05 + UNK,
        actor2=IRAN + ["Guards members", "two Guards members", "air-defence position"],
        location=ISFAHAN,
        date=D("2026-04-17", "2026-04-18"),
        killed=R(2),
        source=["news agency close to the Revolutionary Guards", "Iranian agency"],
    ),
    # state television's interception -> Disrupted weapons use; "no damage" -> no number field
    E(
        True,
        'air defences shot down "several small drones" over the city',
        STR,
        DISRUPT,
        actor1=IRAN05,
        actor2=ISR05 + ["small drones", "drones"],
        location=ISFAHAN,
        date=D("2026-04-17", "2026-04-18"),
        source=["Iranian state television", "state television"],
    ),
    # explosions heard, cause unverified, at the hour of the strikes -> a non-core possible copy of the strike
    E(
        False,
        "they heard at least five loud explosions in the east of the city",
        EXP,
        AIR,
        actor1=UNK + ISR05,
        actor2=IRAN,
        location=ISFAHAN,
        date=D("2026-04-18"),
        source=["Residents of Isfahan", "residents"] + MN,
        status="possible",
    ),
    # fragments of an interceptor wounding a man away from any impact -> the missile attack's event at that place
    # (Shelling/artillery/missile attack, the launcher as actor1), not Disrupted weapons use
    E(
        True,
        "Fragments of an interceptor missile fell on a street in Petah Tikva, lightly wounding a man in his thirties",
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=CIV + ["man in his thirties", "street"],
        location=PETAH_TIKVA,
        date=D("2026-04-18"),
        injured=R(1),
        source=MDA + MN,
    ),
    # the impact: "three people were killed, among them a ten-year-old girl, and 25 were injured", then a wounded
    # woman dies (entry 11:40) -> killed 3..4 and injured 24..25 (as dev_r's wounded man who dies later); the
    # figures and the entry titles -> non-core copies
    E(
        True,
        "A missile struck a residential building in Bat Yam, south of Tel Aviv",
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=CIV + ["residential building", "ten-year-old girl", "woman in her seventies"],
        location=BAT_YAM,
        date=D("2026-04-18"),
        killed=R(3, 4),
        injured=R(24, 25),
        source=MDA + MN,
    ),
    E(
        False,
        "MDA said three people were killed, among them a ten-year-old girl, and 25 were injured",
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=CIV,
        location=BAT_YAM,
        date=D("2026-04-18"),
        killed=R(3),
        injured=R(25),
        source=MDA,
    ),
    E(
        False,
        "That brings the number of dead at the site to four",
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=CIV,
        location=BAT_YAM,
        date=D("2026-04-18"),
        killed=R(4),
        source=MDA + MN,
    ),
    E(
        False,
        "Bat Yam toll rises to four",
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=CIV,
        location=BAT_YAM,
        date=D("2026-04-18"),
        killed=R(4),
        source=MN,
    ),
    E(
        False,
        "Missile hits residential building in Bat Yam",
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=CIV + ["residential building"],
        location=BAT_YAM,
        date=D("2026-04-18"),
        source=MN,
    ),
    # the salvo as the IDF counts it -> a core event over central Israel (names and country), its interception a
    # core Disrupted weapons use; the Guards' own object (the Tel Aviv area) -> a core version of its own
    E(
        True,
        "about 30 ballistic missiles had been fired from Iran towards central Israel",
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=ISRAEL + ["central Israel"],
        location=CENTRAL_IL,
        date=D("2026-04-18"),
        source=IDF05,
    ),
    E(
        True,
        "most had been intercepted",
        STR,
        DISRUPT,
        actor1=ISR05,
        actor2=IRAN05 + ["ballistic missiles"],
        location=CENTRAL_IL,
        date=D("2026-04-18"),
        source=IDF05,
    ),
    E(
        False,
        "Iran fires missiles at central Israel",
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=ISRAEL,
        location=CENTRAL_IL,
        date=D("2026-04-18"),
        source=MN,
    ),
    E(
        True,
        'they had fired missiles at "military and intelligence centres in the Tel Aviv area"',
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=ISRAEL + ["military and intelligence centres"],
        location=TLV_AREA,
        date=D("2026-04-18"),
        source=IRGCSRC,
    ),
    # two conditional threats by the parties themselves -> planned
    E(
        False,
        'any further "aggression" would be met with a response "far more painful than tonight\'s"',
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=ISRAEL,
        location=L(["Israel"], cc="IL"),
        source=["Iran's foreign ministry", "Iranian foreign ministry", "foreign ministry"] + IRAN,
        status="planned",
    ),
    E(
        False,
        'Tehran would "pay a very heavy price"',
        EXP,
        AIR,
        actor1=ISR05,
        actor2=IRAN,
        location=L(["Iran"], cc="IR"),
        source=["Israel's defence minister", "Israeli defence minister", "defence minister"] + ISRAEL,
        status="planned",
    ),
    # background: June 2025's war -> two aggregates; "dozens" -> 24..open, "hundreds" -> 200..open
    E(
        False,
        "Iranian missiles killed dozens of people in Israel",
        EXP,
        SHELL,
        actor1=IRAN05,
        actor2=CIV + ISRAEL,
        location=L(["Israel"], cc="IL"),
        date=D("2025-06-01", "2025-06-30"),
        killed=R(24, None),
        source=MN,
        aggregate=True,
    ),
    E(
        False,
        "Israeli strikes killed hundreds in Iran",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=IRAN + CIV,
        location=L(["Iran"], cc="IR"),
        date=D("2025-06-01", "2025-06-30"),
        killed=R(200, None),
        source=MN,
        aggregate=True,
    ),
    # no gold: "a response to "months of Iranian aggression"" (a frame), "It gave no further details", "Sirens
    # sounded from Netanya to Ashdod" (an alert, inside the salvo), "achieving "precise hits"" (inside the claim),
    # "calibrating rather than escalating" (analysis)
]
DOCS.append(
    (
        "dev-ad-05",
        "Meridian News (live blog)",
        "2026-04-18",
        "live blog, latest entry first",
        "an Israel-Iran exchange in time-stamped entries read backwards: Israel's strikes 'in Isfahan province "
        "overnight', a Guards-linked agency's two dead at 'an air-defence position', state TV's downed drones, "
        "explosions heard but unverified, interceptor debris wounding a man in Petah Tikva, a missile on Bat Yam whose "
        "toll rises from three to four in a later entry (a wounded woman dies), the IDF's 'about 30' missiles and "
        "interceptions, the Guards' claim on 'the Tel Aviv area', two threats, June 2025's war ('dozens', "
        "'hundreds') as background",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-ad-05", "Saturday 18 April 2026", "2026-04-18", "Saturday"),
    ("dev-ad-05", "overnight (start)", "2026-04-17", "Friday"),
]

# =============================================================================
# dev-ad-06  magazine interview (Q&A) — Yemen: the Sirwah front west of Marib (al-Kasara), near Harib, al-Jufainah
# camp south of Marib city; the Qayfa villages of Rada'a district in al-Bayda (Wed 12 Mar 2025)
# =============================================================================
T06 = """Interview: "They want Marib's oil and gas, and they will not get it"

Arabian Peninsula Review | Interviews | Wednesday 12 March 2025

Sheikh Nasser Saleh al-Jadaani, 58, heads a coalition of Marib tribes that has fought alongside government forces since 2015. He spoke to our correspondent Hana Fadhl by telephone from Marib on Tuesday. The interview has been condensed.

Q: Houthi forces attacked the Sirwah front on Sunday. What happened?
A: Before dawn on Sunday they came at our positions in al-Kasara with two groups, perhaps 150 men. Our tribesmen and the army held them for six hours. We lost four martyrs, among them my nephew Ali, who was 19. They left some two dozen bodies in the wadi.

Q: The Houthis' military spokesman says his forces captured two hills and killed "dozens of mercenaries".
A: That is a lie. They took nothing. Come and see for yourself: the hills are ours.

Q: Coalition aircraft struck Houthi positions near Harib last Thursday, the first such strikes in months. Were you told in advance?
A: We are told nothing. We heard the jets like everyone else.

Q: Residents say a drone hit al-Jufainah camp this week.
A: Yes. On Monday night a Houthi drone fell on the edge of the camp, south of the city. A woman and her two daughters were wounded. The Houthis say they targeted an air-defence unit. There is no air defence there, only tents.

Q: You also have relatives in al-Bayda. What is happening there?
A: Earlier this month the Houthis besieged the villages of the Qayfa tribes in Rada'a district after a quarrel with one of their supervisors. They shelled houses with tanks and killed a man and his son, who was 14, and they blew up three houses belonging to tribal elders. Their media say a "security campaign" arrested 30 "takfiri elements". They call every tribesman who refuses them al-Qaeda.

Q: Would you accept a deal with the Houthis?
A: Peace, yes. Surrender, no. If they attack Marib city, every tribe will fight to the last man. We have not forgotten 2021, when their shells fell on the city every day.

Q: What do you need most?
A: Medicine for the wounded, and for the world to stop pretending this war is frozen. It is a fire under the ash.
"""

HOUTHI06 = HOUTHI + ["Houthi drone", "Houthi positions", "Houthi military spokesman"]
TRIBES = ["Marib tribes", "tribesmen", "our tribesmen", "coalition of Marib tribes", "tribal fighters", "tribes",
          "Nasser Saleh al-Jadaani"]
YGOV06 = ["Yemeni government", "government forces", "army", "Yemeni army", "Military Forces of Yemen", "mercenaries",
          "air-defence unit"]
SAUDI = ["Saudi-led coalition", "coalition", "Coalition aircraft", "Military Forces of Saudi Arabia", "Saudi Arabia"]
AQAP = ["al-Qaeda", "Al-Qaeda in the Arabian Peninsula", "AQAP", "takfiri elements"]
SIRWAH = L(["al-Kasara", "Sirwah", "Sirwah front", "Marib"], cc="YE")
HARIB06 = L(["Harib", "near Harib"], cc="YE")
# "on the edge of the camp, south of the city" (no distance) -> Marib city's point
JUFAINAH = L(["al-Jufainah", "al-Jufainah camp", "Jufainah", "Marib"], 15.46, 45.33, "YE")
QAYFA = L(["Qayfa", "villages of the Qayfa tribes", "Rada'a district", "Rada'a", "al-Bayda"], cc="YE")
MARIB06 = L(["Marib", "Marib city", "Ma'rib"], 15.46, 45.33, "YE")
APR = ["Arabian Peninsula Review", "Hana Fadhl", "author"]
SHEIKH = ["Nasser Saleh al-Jadaani", "Sheikh Nasser Saleh al-Jadaani", "al-Jadaani", "Sheikh", "coalition of Marib tribes"]
HOUTHISRC = ["Houthis' military spokesman", "Houthi military spokesman", "Houthis' media", "Houthi media"] + HOUTHI
E06 = [
    # the answer's telling (place, time, both sides' dead) -> the core; "they" is the question's "Houthi forces";
    # "four martyrs" and "some two dozen bodies" (about N -> N..N) -> both sides told -> 4 + 24 = 28 exact; the
    # question's bare statement and each toll -> non-core copies
    E(
        True,
        "Before dawn on Sunday they came at our positions in al-Kasara with two groups, perhaps 150 men",
        BAT,
        CLASH,
        actor1=HOUTHI06 + TRIBES + YGOV06,
        actor2=TRIBES + YGOV06 + HOUTHI06,
        location=SIRWAH,
        date=D("2025-03-09"),
        killed=R(28),
        source=SHEIKH,
    ),
    E(
        False,
        "Houthi forces attacked the Sirwah front on Sunday",
        BAT,
        CLASH,
        actor1=HOUTHI06,
        actor2=TRIBES + YGOV06,
        location=SIRWAH,
        date=D("2025-03-09"),
        source=APR,
    ),
    E(
        False,
        "We lost four martyrs, among them my nephew Ali, who was 19",
        BAT,
        CLASH,
        actor1=HOUTHI06,
        actor2=TRIBES,
        location=SIRWAH,
        date=D("2025-03-09"),
        killed=R(4),
        source=SHEIKH,
    ),
    E(
        False,
        "They left some two dozen bodies in the wadi",
        BAT,
        CLASH,
        actor1=TRIBES + YGOV06,
        actor2=HOUTHI06,
        location=SIRWAH,
        date=D("2025-03-09"),
        killed=R(24),
        source=SHEIKH,
    ),
    # the Houthis' version (quoted in a question): hills captured -> Non-state actor overtakes territory, "dozens" ->
    # 24..open, dated by the Sunday attack; the sheikh's "They took nothing" -> a non-core denied copy
    E(
        True,
        'his forces captured two hills and killed "dozens of mercenaries"',
        BAT,
        NSAOVER,
        actor1=HOUTHI06,
        actor2=YGOV06 + TRIBES + ["two hills"],
        location=SIRWAH,
        date=D("2025-03-09"),
        killed=R(24, None),
        source=HOUTHISRC,
    ),
    E(
        False,
        "They took nothing",
        BAT,
        NSAOVER,
        actor1=HOUTHI06,
        actor2=YGOV06 + TRIBES,
        location=SIRWAH,
        date=D("2025-03-09"),
        source=SHEIKH,
        status="denied",
    ),
    # a question that states an event as fact (the answer neither confirms nor adds) -> core, sourced to the outlet;
    # "last Thursday" in a Wednesday piece -> 6 March
    E(
        True,
        "Coalition aircraft struck Houthi positions near Harib last Thursday",
        EXP,
        AIR,
        actor1=SAUDI,
        actor2=HOUTHI06,
        location=HARIB06,
        date=D("2025-03-06"),
        source=APR,
    ),
    # "On Monday night" -> Monday and Tuesday; "A woman and her two daughters were wounded" a sentence later -> 3;
    # the Houthis' object (an air-defence unit) -> a core version of its own, the sheikh's rebuttal a non-core denied
    # copy; the question's "this week" -> Monday to Wednesday
    E(
        True,
        "On Monday night a Houthi drone fell on the edge of the camp, south of the city",
        EXP,
        AIR,
        actor1=HOUTHI06,
        actor2=CIV + ["camp", "displaced people", "woman", "two daughters"],
        location=JUFAINAH,
        date=D("2025-03-10", "2025-03-11"),
        injured=R(3),
        source=SHEIKH,
    ),
    E(
        False,
        "Residents say a drone hit al-Jufainah camp this week",
        EXP,
        AIR,
        actor1=HOUTHI06 + UNK,
        actor2=CIV + ["al-Jufainah camp", "camp"],
        location=JUFAINAH,
        date=D("2025-03-10", "2025-03-12"),
        source=["Residents", "residents"] + APR,
    ),
    E(
        True,
        "The Houthis say they targeted an air-defence unit",
        EXP,
        AIR,
        actor1=HOUTHI06,
        actor2=YGOV06 + ["air-defence unit"],
        location=JUFAINAH,
        date=D("2025-03-10", "2025-03-11"),
        source=HOUTHISRC,
    ),
    E(
        False,
        "There is no air defence there, only tents",
        EXP,
        AIR,
        actor1=HOUTHI06,
        actor2=YGOV06 + ["air-defence unit"],
        location=JUFAINAH,
        date=D("2025-03-10", "2025-03-11"),
        source=SHEIKH,
        status="denied",
    ),
    # "Earlier this month" -> 1 March to publication; tank fire on houses -> Shelling; "a man and his son, who was
    # 14" -> 2; houses blown up without casualties -> Looting/property destruction; the siege -> no gold (a state)
    E(
        True,
        "They shelled houses with tanks and killed a man and his son, who was 14",
        EXP,
        SHELL,
        actor1=HOUTHI06,
        actor2=CIV + ["houses", "Qayfa tribes", "man", "son"],
        location=QAYFA,
        date=D("2025-03-01", "2025-03-12"),
        killed=R(2),
        source=SHEIKH,
    ),
    E(
        True,
        "they blew up three houses belonging to tribal elders",
        STR,
        LOOT,
        actor1=HOUTHI06,
        actor2=CIV + ["three houses", "tribal elders", "Qayfa tribes"],
        location=QAYFA,
        date=D("2025-03-01", "2025-03-12"),
        source=SHEIKH,
    ),
    # the Houthi media's own act, told by the sheikh -> core, sourced to the Houthi media (the sheikh disputes only
    # the label)
    E(
        True,
        'a "security campaign" arrested 30 "takfiri elements"',
        STR,
        ARRESTS,
        actor1=HOUTHI06,
        actor2=AQAP + ["Qayfa tribes", "tribesmen"],
        location=QAYFA,
        date=D("2025-03-01", "2025-03-12"),
        source=HOUTHISRC + SHEIKH,
    ),
    # the sheikh's conditional threat -> planned; 2021's daily shelling -> aggregate background
    E(
        False,
        "If they attack Marib city, every tribe will fight to the last man",
        BAT,
        CLASH,
        actor1=TRIBES,
        actor2=HOUTHI06,
        location=MARIB06,
        source=SHEIKH,
        status="planned",
    ),
    E(
        False,
        "when their shells fell on the city every day",
        EXP,
        SHELL,
        actor1=HOUTHI06,
        actor2=CIV + ["city"],
        location=MARIB06,
        date=D("2021-01-01", "2021-12-31"),
        source=SHEIKH,
        aggregate=True,
    ),
    # no gold: the tribal coalition's fighting "since 2015" (a state), "the first such strikes in months", "the hills
    # are ours", the quarrel with a supervisor (no act told), "They call every tribesman ... al-Qaeda" (opinion),
    # "a fire under the ash" (a metaphor)
]
DOCS.append(
    (
        "dev-ad-06",
        "Arabian Peninsula Review",
        "2025-03-12",
        "magazine interview (Q&A)",
        "Yemen/Marib and al-Bayda through a tribal sheikh's answers: a Houthi attack on the Sirwah front whose actor "
        "sits in the question ('four martyrs ... my nephew Ali, who was 19', 'some two dozen bodies'), the Houthis' "
        "'captured two hills' and 'dozens' with the sheikh's denial, coalition strikes stated only in a question "
        "('last Thursday'), a drone on al-Jufainah camp 'On Monday night' with the Houthis' 'air-defence unit' "
        "rebutted, shelling, demolitions and Houthi arrests in Qayfa 'Earlier this month', a conditional threat, "
        "2021 background, a metaphor",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-ad-06", "Wednesday 12 March 2025", "2025-03-12", "Wednesday"),
    ("dev-ad-06", "on Tuesday (the call)", "2025-03-11", "Tuesday"),
    ("dev-ad-06", "On Monday night", "2025-03-10", "Monday"),
    ("dev-ad-06", "on Sunday / Before dawn on Sunday", "2025-03-09", "Sunday"),
    ("dev-ad-06", "last Thursday", "2025-03-06", "Thursday"),
]

# =============================================================================
# dev-ad-07  magazine feature with quotes — the northern West Bank: Nur Shams camp and Tulkarm camp, Nablus's Old
# City, Burin south of Nablus; the spring of 2002 as background (Sun 16 Feb 2025)
# =============================================================================
T07 = """After the bulldozers: Nur Shams camp counts what is left

The Crossroads Review | Feature | Sunday 16 February 2025 | By Leila Haddad, in Tulkarm

Umm Fadi Abu Shaker, 52, stands where her kitchen used to be. "It looks as if an earthquake walked through the camp," she says, pointing at a lane that army bulldozers turned into a trench of mud and cables.

The Israeli military launched its operation in Tulkarm and the nearby Nur Shams refugee camp three weeks ago. Last week, army bulldozers tore up the main street of Nur Shams and demolished at least 12 houses, according to the camp's popular committee. The army said it had destroyed "explosive devices and terror infrastructure" and that the operation would continue "for as long as necessary".

On Tuesday, a drone strike in Tulkarm camp killed two young men, aged 19 and 23, the Palestinian Health Ministry said. Their cousin, Samer, 30, says they were sitting on a doorstep. The army described them as "two armed terrorists of a cell that planned to attack forces" and said their rifles were found at the scene.

A reservist was lightly wounded the next day when an explosive device went off beside an army jeep at the entrance to Nur Shams, the army said. The Tulkarm Battalion, a local armed group, claimed it had detonated "a powerful charge" on "an occupation force".

Further east, in Nablus, soldiers exchanged fire with gunmen in the Old City on Thursday night during a raid in which they detained three men, residents said. Nobody was reported hurt.

In the village of Burin, south of Nablus, settlers set fire to two cars and sprayed graffiti on a mosque before dawn on Friday, the village council said. Nobody was hurt.

Since the operation began, at least 14 Palestinians have been killed in Tulkarm governorate, according to the Health Ministry. Thousands have left the camps.

The scenes recall the spring of 2002, when Israeli tanks rolled into West Bank cities during the second intifada. "My mother left this camp in 2002 and came back," says Umm Fadi. "If they let us, we will come back too."

An Israeli officer in the area, who asked not to be named, said the army had no plan to let residents return "until the terror infrastructure is dismantled".
"""

ISR07 = ISRAEL + ["army", "army bulldozers", "soldiers", "troops", "reservist", "army jeep", "occupation force"]
TKB = ["Tulkarm Battalion", "local armed group", "Palestinian militants", "gunmen", "armed terrorists",
       "terror infrastructure"]
PALMOH = ["Palestinian Health Ministry", "Health Ministry", "Palestinian Ministry of Health"]
NUR_SHAMS = L(["Nur Shams", "Nur Shams refugee camp", "Nur Shams camp", "entrance to Nur Shams", "Tulkarm"], 32.31,
              35.07, "PS")
TULKARM_CAMP = L(["Tulkarm camp", "Tulkarm", "Tulkarem", "Tulkarm refugee camp"], 32.31, 35.03, "PS")
NABLUS = L(["Nablus", "Old City", "Nablus Old City"], 32.22, 35.26, "PS")
# the village is named and pinned; "south of Nablus" only places it
BURIN = L(["Burin", "village of Burin", "south of Nablus"], 32.18, 35.24, "PS")
TULKARM_GOV = L(["Tulkarm governorate", "Tulkarm", "Nur Shams", "Tulkarm camp"], cc="PS")
WB07 = L(["West Bank", "West Bank cities"], cc="PS")
CR = ["The Crossroads Review", "Crossroads Review", "Leila Haddad", "author"]
ARMY07 = ["Israeli military", "army", "Israeli army", "IDF", "Israel Defense Forces"]
E07 = [
    # "Last week" in a Sunday magazine -> the previous Monday-Sunday (3-9 February, as dev_r's Sunday paper); a
    # demolition without casualties -> Looting/property destruction; the army's "explosive devices and terror
    # infrastructure" (vague, undated) -> a non-core copy
    E(
        True,
        "army bulldozers tore up the main street of Nur Shams and demolished at least 12 houses",
        STR,
        LOOT,
        actor1=ISR07,
        actor2=CIV + ["houses", "main street", "Nur Shams refugee camp", "residents"],
        location=NUR_SHAMS,
        date=D("2025-02-03", "2025-02-09"),
        source=["popular committee", "camp's popular committee"] + CR,
    ),
    E(
        False,
        'it had destroyed "explosive devices and terror infrastructure"',
        STR,
        LOOT,
        actor1=ISR07,
        actor2=TKB + ["explosive devices"],
        location=NUR_SHAMS,
        date=D("2025-02-03", "2025-02-09"),
        source=ARMY07,
    ),
    # the operation as a whole -> an aggregate; "three weeks ago" -> from the Monday of the week that held the day 21
    # days before publication (20 January) to publication
    E(
        False,
        "The Israeli military launched its operation in Tulkarm and the nearby Nur Shams refugee camp three weeks ago",
        BAT,
        CLASH,
        actor1=ISR07 + TKB,
        actor2=TKB + ISR07,
        location=TULKARM_GOV,
        date=D("2025-01-20", "2025-02-16"),
        source=CR,
        aggregate=True,
    ),
    E(
        False,
        'the operation would continue "for as long as necessary"',
        BAT,
        CLASH,
        actor1=ISR07,
        actor2=TKB,
        location=TULKARM_GOV,
        source=ARMY07,
        status="planned",
    ),
    # the dead told two ways ("two young men, aged 19 and 23" / "two armed terrorists") -> one core event, both in
    # actor2, the army's telling a non-core copy
    E(
        True,
        "a drone strike in Tulkarm camp killed two young men, aged 19 and 23",
        EXP,
        AIR,
        actor1=ISR07,
        actor2=CIV + ["two young men", "young men"] + TKB,
        location=TULKARM_CAMP,
        date=D("2025-02-11"),
        killed=R(2),
        source=PALMOH + CR,
    ),
    E(
        False,
        '"two armed terrorists of a cell that planned to attack forces"',
        EXP,
        AIR,
        actor1=ISR07,
        actor2=TKB + ["cell"],
        location=TULKARM_CAMP,
        date=D("2025-02-11"),
        killed=R(2),
        source=ARMY07,
    ),
    # "the next day" after Tuesday -> Wednesday; the army names no bomber, the Tulkarm Battalion claims it -> unknown
    # plus the claimant; the claim of the same blast on the same object -> a non-core copy
    E(
        True,
        "A reservist was lightly wounded the next day when an explosive device went off beside an army jeep at the entrance to Nur Shams",
        EXP,
        IED,
        actor1=UNK + TKB,
        actor2=ISR07,
        location=NUR_SHAMS,
        date=D("2025-02-12"),
        injured=R(1),
        source=ARMY07,
    ),
    E(
        False,
        'it had detonated "a powerful charge" on "an occupation force"',
        EXP,
        IED,
        actor1=TKB,
        actor2=ISR07,
        location=NUR_SHAMS,
        date=D("2025-02-12"),
        source=["Tulkarm Battalion"],
    ),
    # "on Thursday night" -> Thursday and Friday; "Nobody was reported hurt" -> killed and injured 0..0; the
    # detentions in the same raid -> an Arrests event of their own
    E(
        True,
        "soldiers exchanged fire with gunmen in the Old City on Thursday night",
        BAT,
        CLASH,
        actor1=ISR07 + TKB + ["gunmen"],
        actor2=["gunmen", "Palestinian gunmen"] + TKB + ISR07,
        location=NABLUS,
        date=D("2025-02-13", "2025-02-14"),
        killed=R(0),
        injured=R(0),
        source=["residents"] + CR,
    ),
    E(
        True,
        "during a raid in which they detained three men",
        STR,
        ARRESTS,
        actor1=ISR07,
        actor2=["three men", "men", "Palestinians"],
        location=NABLUS,
        date=D("2025-02-13", "2025-02-14"),
        source=["residents"] + CR,
    ),
    # settler arson with "Nobody was hurt" -> Looting/property destruction (the guide's arson without casualties),
    # killed and injured 0..0
    E(
        True,
        "settlers set fire to two cars and sprayed graffiti on a mosque before dawn on Friday",
        STR,
        LOOT,
        actor1=SETTLERS,
        actor2=CIV + ["two cars", "cars", "mosque", "village of Burin"],
        location=BURIN,
        date=D("2025-02-14"),
        killed=R(0),
        injured=R(0),
        source=["village council"] + CR,
    ),
    E(
        False,
        "at least 14 Palestinians have been killed in Tulkarm governorate",
        VAC,
        ATTACK,
        actor1=ISR07,
        actor2=CIV + ["Palestinians"] + TKB,
        location=TULKARM_GOV,
        date=D("2025-01-20", "2025-02-16"),
        killed=R(14, None),
        source=PALMOH,
        aggregate=True,
    ),
    # background: "the spring of 2002" -> March to May 2002; many cities over weeks -> aggregate
    E(
        False,
        "Israeli tanks rolled into West Bank cities during the second intifada",
        BAT,
        CLASH,
        actor1=ISR07,
        actor2=["Palestinian militants", "Palestinian Authority", "Palestinian security forces"],
        location=WB07,
        date=D("2002-03-01", "2002-05-31"),
        source=CR,
        aggregate=True,
    ),
    # no gold: "as if an earthquake walked through the camp" (a metaphor), the cousin's doorstep account (inside the
    # strike's telling), the rifles found, "Thousands have left the camps" (displacement), the mother's return in
    # 2002, "If they let us, we will come back" (no act of violence), the officer's "no plan to let residents
    # return" (no act of violence)
]
DOCS.append(
    (
        "dev-ad-07",
        "The Crossroads Review",
        "2025-02-16",
        "magazine feature with quotes",
        "the northern West Bank as a reported feature: demolitions in Nur Shams 'Last week' (a Sunday magazine) with "
        "the army's vague telling, an operation launched 'three weeks ago', a drone strike in Tulkarm camp told as "
        "'two young men, aged 19 and 23' and as 'two armed terrorists', an IED 'the next day' with a group's claim, "
        "an exchange of fire 'on Thursday night' in Nablus ('Nobody was reported hurt') and detentions in the same "
        "raid, settler arson in Burin ('Nobody was hurt'), a count, 2002 as background, quotes and a metaphor",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-ad-07", "Sunday 16 February 2025", "2025-02-16", "Sunday"),
    ("dev-ad-07", "On Tuesday", "2025-02-11", "Tuesday"),
    ("dev-ad-07", "the next day", "2025-02-12", "Wednesday"),
    ("dev-ad-07", "on Thursday night", "2025-02-13", "Thursday"),
    ("dev-ad-07", "before dawn on Friday", "2025-02-14", "Friday"),
    ("dev-ad-07", "Last week (start)", "2025-02-03", "Monday"),
    ("dev-ad-07", "three weeks ago (21 days before)", "2025-01-26", "Sunday"),
    ("dev-ad-07", "three weeks ago (start of that week)", "2025-01-20", "Monday"),
]

# =============================================================================
# dev-ad-08  gendarmerie bulletin in translation — Turkey's south-east: the rural area of Çukurca (Hakkari), a village
# road in Yüksekova district, the Gabar Mountain area (Şırnak), the Şırnak-Uludere road, Cizre and Silopi, near
# Beytüşşebap; Şemdinli's curfew areas (Tue 17 Sep 2024)
# =============================================================================
T08 = """Gendarmerie bulletin: three "rendered ineffective" in Çukurca, explosive destroyed on Şırnak-Uludere road

Anatolia Monitor | Translations | Tuesday 17 September 2024 | Unofficial translation from Turkish of a bulletin issued by the South-Eastern Gendarmerie Regional Command on 16 September. Translator's notes in square brackets.

1. In the area-control operation carried out on 12.09.2024 in the rural area of Çukurca district, Hakkari province, 3 members of the separatist terrorist organisation [the PKK] were rendered ineffective [Turkish "etkisiz hale getirildi", usually rendered "neutralised"; the term covers killed, captured and surrendered] in the clash that broke out. One of our specialist sergeants fell as a martyr and 2 of our personnel were wounded.

[Translator's note: the People's Defence Forces (HPG), the PKK's armed wing, said on 14 September that four of its fighters had lost their lives in clashes with the Turkish army in the Çukurca area on 11 September.]

2. On 13.09.2024, 2 of our citizens were wounded when a hand-made explosive [an IED] placed by the terrorist organisation exploded under their vehicle on a village road in Yüksekova district.

3. On the night of 13 to 14.09.2024, 2 terrorists detected by our armed UAVs in the Gabar Mountain area of Şırnak province were neutralised in a UAV-supported operation.

4. On 15.09.2024, 1 hand-made explosive of approximately 10 kg, buried by the terrorist organisation beside the Şırnak-Uludere road, was found by our teams and destroyed in a controlled manner.

5. In simultaneous operations on 16.09.2024 in Cizre and Silopi districts, 7 suspects were taken into custody for financing the terrorist organisation.

6. Since 1 January 2024, 118 terrorists have been rendered ineffective in our region.

7. Claims on social media that a shepherd was killed by the fire of our personnel near Beytüşşebap on 11.09.2024 do not reflect the truth. The citizen in question was injured in a fall and is being treated in hospital.

Our fight against terrorism will continue resolutely until no terrorist remains in the region. The public is respectfully informed.

[Translator's note: Kurdish-language news sites named the shepherd as Mehmet Aydın, 61, and said he had been shot while grazing his flock. The bulletin does not mention the curfew declared in 12 rural areas of Şemdinli district until 30 September.]
"""

JAN = ["Gendarmerie", "Turkish Gendarmerie", "Jandarma", "South-Eastern Gendarmerie Regional Command",
       "Gendarmerie Regional Command", "our personnel", "specialist sergeants", "our teams", "our armed UAVs",
       "armed UAVs"] + TURKEY
PKK08 = PKK + ["separatist terrorist organisation", "terrorist organisation", "terrorists", "People's Defence Forces",
               "HPG"]
CUKURCA = L(["Çukurca", "Cukurca", "Çukurca district", "Çukurca area", "Hakkari"], 37.25, 43.61, "TR")
YUKSEKOVA = L(["Yüksekova", "Yuksekova", "Yüksekova district", "village road in Yüksekova district", "Hakkari"],
              cc="TR")
GABAR = L(["Gabar Mountain", "Gabar", "Gabar Mountain area", "Şırnak province", "Sirnak"], cc="TR")
SIRNAK_RD = L(["Şırnak-Uludere road", "Sirnak-Uludere road", "Uludere", "Şırnak", "Sirnak"], cc="TR")
CIZRE_SILOPI = L(["Cizre", "Silopi", "Cizre and Silopi districts", "Şırnak"], cc="TR")
BEYTUSSEBAP = L(["Beytüşşebap", "Beytussebap", "near Beytüşşebap"], 37.57, 43.17, "TR")
REGION08 = L(["south-east Turkey", "our region", "Hakkari", "Şırnak"], cc="TR")
JANSRC = ["South-Eastern Gendarmerie Regional Command", "Gendarmerie Regional Command", "Gendarmerie",
          "Turkish Gendarmerie", "bulletin"]
AM = ["Anatolia Monitor", "translator", "author"]
HPG08 = ["People's Defence Forces", "HPG"] + PKK
E08 = [
    # a clash in an operation; the other side "rendered ineffective" (the translator's note: killed, captured or
    # surrendered) -> no number for them; the bulletin's own dead and wounded a sentence later (one side) -> killed
    # 1..open, injured 2..open, the toll sentence a non-core copy; the rural area of a district whose town we pin ->
    # the town's point
    E(
        True,
        "In the area-control operation carried out on 12.09.2024 in the rural area of Çukurca district, Hakkari province, 3 members of the separatist terrorist organisation [the PKK] were rendered ineffective",
        BAT,
        CLASH,
        actor1=JAN + PKK08,
        actor2=PKK08 + JAN,
        location=CUKURCA,
        date=D("2024-09-12"),
        killed=R(1, None),
        injured=R(2, None),
        source=JANSRC,
    ),
    E(
        False,
        "One of our specialist sergeants fell as a martyr and 2 of our personnel were wounded",
        BAT,
        CLASH,
        actor1=PKK08,
        actor2=JAN,
        location=CUKURCA,
        date=D("2024-09-12"),
        killed=R(1),
        injured=R(2),
        source=JANSRC,
    ),
    E(
        False,
        'three "rendered ineffective" in Çukurca',
        BAT,
        CLASH,
        actor1=JAN + PKK08,
        actor2=PKK08 + JAN,
        location=CUKURCA,
        date=D("2024-09-12"),
        source=AM + JANSRC,
    ),
    # the HPG's version in a translator's note: its own dead (one side) -> 4..open, on its own date (11 September)
    # -> a core version of its own, sourced to the HPG through the translator
    E(
        True,
        "four of its fighters had lost their lives in clashes with the Turkish army in the Çukurca area on 11 September",
        BAT,
        CLASH,
        actor1=JAN + PKK08,
        actor2=PKK08 + JAN,
        location=CUKURCA,
        date=D("2024-09-11"),
        killed=R(4, None),
        source=HPG08 + ["translator's note"],
    ),
    # "2 of our citizens" -> civilians, injured 2; the bulletin states the layer as fact -> the PKK (as dev_r's
    # "landmine planted by the militia"); a village road in a district -> names and country
    E(
        True,
        "2 of our citizens were wounded when a hand-made explosive [an IED] placed by the terrorist organisation exploded under their vehicle on a village road in Yüksekova district",
        EXP,
        IED,
        actor1=PKK08,
        actor2=CIV + ["citizens", "vehicle"],
        location=YUKSEKOVA,
        date=D("2024-09-13"),
        injured=R(2),
        source=JANSRC,
    ),
    # UAV detection and a "UAV-supported operation" -> Air/drone strike; "neutralised" -> no number field; "On the
    # night of 13 to 14.09.2024" -> both days
    E(
        True,
        "2 terrorists detected by our armed UAVs in the Gabar Mountain area of Şırnak province were neutralised in a UAV-supported operation",
        EXP,
        AIR,
        actor1=JAN,
        actor2=PKK08,
        location=GABAR,
        date=D("2024-09-13", "2024-09-14"),
        source=JANSRC,
    ),
    # a bomb found and destroyed -> Disrupted weapons use; a road between two towns -> names and country
    E(
        True,
        "1 hand-made explosive of approximately 10 kg, buried by the terrorist organisation beside the Şırnak-Uludere road, was found by our teams and destroyed in a controlled manner",
        STR,
        DISRUPT,
        actor1=JAN,
        actor2=PKK08 + ["hand-made explosive"],
        location=SIRNAK_RD,
        date=D("2024-09-15"),
        source=JANSRC,
    ),
    E(
        False,
        "explosive destroyed on Şırnak-Uludere road",
        STR,
        DISRUPT,
        actor1=JAN,
        actor2=PKK08,
        location=SIRNAK_RD,
        date=D("2024-09-15"),
        source=AM + JANSRC,
    ),
    # simultaneous operations in two districts on one day -> one core event, names and country
    E(
        True,
        "7 suspects were taken into custody for financing the terrorist organisation",
        STR,
        ARRESTS,
        actor1=JAN,
        actor2=PKK08 + ["7 suspects", "suspects"],
        location=CIZRE_SILOPI,
        date=D("2024-09-16"),
        source=JANSRC,
    ),
    E(
        False,
        "Since 1 January 2024, 118 terrorists have been rendered ineffective in our region",
        BAT,
        CLASH,
        actor1=JAN,
        actor2=PKK08,
        location=REGION08,
        date=D("2024-01-01", "2024-09-16"),
        source=JANSRC,
        aggregate=True,
    ),
    # the claims the bulletin rejects -> a non-core denied event with the claims' own numbers; the Kurdish sites'
    # positive telling (the translator's note) -> core, a shot man of unknown fate -> casualties 1..1; the shooter
    # named by the claims (the personnel) plus unknown
    E(
        False,
        "a shepherd was killed by the fire of our personnel near Beytüşşebap on 11.09.2024",
        VAC,
        ATTACK,
        actor1=JAN,
        actor2=CIV + ["shepherd"],
        location=BEYTUSSEBAP,
        date=D("2024-09-11"),
        killed=R(1),
        source=JANSRC,
        status="denied",
    ),
    E(
        True,
        "said he had been shot while grazing his flock",
        VAC,
        ATTACK,
        actor1=JAN + UNK,
        actor2=CIV + ["shepherd", "Mehmet Aydın", "Mehmet Aydin"],
        location=BEYTUSSEBAP,
        date=D("2024-09-11"),
        casualties=R(1),
        source=["Kurdish-language news sites", "Kurdish news sites", "translator's note"],
    ),
    # the closing vow -> planned
    E(
        False,
        "Our fight against terrorism will continue resolutely until no terrorist remains in the region",
        BAT,
        CLASH,
        actor1=JAN,
        actor2=PKK08,
        location=REGION08,
        source=JANSRC,
        status="planned",
    ),
    # no gold: the translator's gloss of "etkisiz hale getirildi", "injured in a fall" (no act of violence), the
    # curfew in Şemdinli (a declared measure, as dev_r's blockade announcement), "The public is respectfully
    # informed"
]
DOCS.append(
    (
        "dev-ad-08",
        "Anatolia Monitor (translation of a gendarmerie bulletin)",
        "2024-09-17",
        "official bulletin in translation with translator's notes",
        "Turkey's south-east in numbered items, numeric dates and bracketed glosses: a clash in Çukurca's rural area "
        "with three 'rendered ineffective' and the bulletin's own dead and wounded a sentence later, the HPG's "
        "version in a translator's note with its own toll and its own date (11 September), an IED wounding '2 of our "
        "citizens', UAV strikes on Gabar 'On the night of 13 to 14.09.2024', a bomb destroyed on a road, custody in "
        "two districts, a year's count, a denied killing of a shepherd against the Kurdish sites' 'shot', a vow, a "
        "curfew (no gold)",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-ad-08", "Tuesday 17 September 2024", "2024-09-17", "Tuesday"),
    ("dev-ad-08", "12.09.2024 (the clash)", "2024-09-12", "Thursday"),
    ("dev-ad-08", "11 September (the HPG's date) / 11.09.2024", "2024-09-11", "Wednesday"),
]

# =============================================================================
# dev-ad-09  human rights NGO's field report — Iran's Kurdistan province: the border heights west of Baneh, Marivan,
# the mountains between Marivan and Sarvabad, Baneh's governor's office, a village near Marivan; September 2022's
# strikes in Iraqi Kurdistan as background (Mon 17 Nov 2025)
# =============================================================================
T09 = """Field report: kolbar shot dead near Baneh, arrests in Marivan, night clash in the Marivan-Sarvabad mountains

Zrebar Human Rights Observatory | Field Report No. 22 | Kurdistan province, Iran | Period covered: 1-15 November 2025 | Published Monday 17 November 2025

Method: Information comes from our field monitors, relatives of victims and, where stated, official media. Some witnesses are not named for their safety.

1. Killing of a kolbar near Baneh
On 3 November, border guards opened fire without warning on a group of kolbars (cross-border porters) in the border heights west of Baneh, killing Kamal Rahimi, 24, and wounding two other porters, according to two porters who were present. A local police commander told the official news agency that the group were "smugglers who ignored repeated orders to stop".

2. Arrests in Marivan
On 8 November, intelligence agents of the Islamic Revolutionary Guard Corps (IRGC) arrested at least five residents of Marivan in raids on their homes, among them a teacher and a women's rights activist. Their families have not been told where they are held.

3. Clash in the Marivan-Sarvabad mountains
On the night of 10 to 11 November, IRGC ground forces clashed with an armed group in the mountains between Marivan and Sarvabad. The IRGC's regional base said a "terrorist team" that had crossed from Iraq was "destroyed" and three of its members killed. The Party of Free Life of Kurdistan (PJAK) said its fighters had repelled an IRGC attack, killing four Guards members, and that none of its own fighters had been lost. We could not verify either account.

4. Protest in Baneh
On 12 November, shopkeepers in Baneh closed their shops in protest at Kamal Rahimi's killing. Security forces fired tear gas to disperse a gathering of several hundred people outside the governor's office.

5. Killing of a Basij member
On 13 November, an unidentified gunman shot dead a member of the Basij militia in the village of Darziyan, near Marivan. State media blamed "counter-revolutionary groups"; local sources said the killing may have been linked to a family feud.

Context
Since January, the Observatory has recorded the killing of 41 kolbars and the wounding of 188 by Iranian forces in Kurdistan and West Azerbaijan provinces. In September 2022, the IRGC fired missiles and drones at Kurdish opposition camps in Iraqi Kurdistan, and its commanders have since warned that any group using Iraqi territory "will be crushed".

Our assessment: pressure on border communities will grow unless the authorities open legal trade routes.
"""

BORDERG = ["border guards", "Iranian border guards", "Border Guard Command", "Iranian forces", "Police Forces of Iran",
           "police"]
IRGC09 = ["Islamic Revolutionary Guard Corps", "IRGC", "IRGC ground forces", "Revolutionary Guards", "Guards",
          "Guards members", "intelligence agents", "IRGC's regional base", "Military Forces of Iran", "Iran"]
PJAK = ["Party of Free Life of Kurdistan", "PJAK", "armed group", "terrorist team", "Kurdish opposition",
        "counter-revolutionary groups"]
KOLBARS = CIV + ["kolbars", "porters", "cross-border porters", "Kamal Rahimi", "smugglers"]
IRSEC09 = ["Security forces", "security forces", "Police Forces of Iran", "Iranian security forces"] + IRGC09
BANEH = L(["Baneh", "west of Baneh", "border heights west of Baneh", "governor's office"], 35.99, 45.88, "IR")
MARIVAN = L(["Marivan", "Darziyan", "village of Darziyan", "near Marivan"], 35.52, 46.18, "IR")
MAR_SARV = L(["mountains between Marivan and Sarvabad", "Marivan", "Sarvabad", "Marivan-Sarvabad mountains"], cc="IR")
KURD_WAZ = L(["Kurdistan and West Azerbaijan provinces", "Kurdistan province", "West Azerbaijan"], cc="IR")
ZHRO = ["Zrebar Human Rights Observatory", "Observatory", "field monitors", "author"]
E09 = [
    # the porters' telling; "killing Kamal Rahimi, 24, and wounding two other porters" -> 1 and 2; "west of Baneh"
    # with no distance -> Baneh's point; the police's "smugglers" (the same people told another way) -> both in
    # actor2, the police telling a non-core copy
    E(
        True,
        "border guards opened fire without warning on a group of kolbars (cross-border porters) in the border heights west of Baneh, killing Kamal Rahimi, 24, and wounding two other porters",
        VAC,
        ATTACK,
        actor1=BORDERG,
        actor2=KOLBARS,
        location=BANEH,
        date=D("2025-11-03"),
        killed=R(1),
        injured=R(2),
        source=["two porters", "porters"] + ZHRO,
    ),
    E(
        False,
        'the group were "smugglers who ignored repeated orders to stop"',
        VAC,
        ATTACK,
        actor1=BORDERG,
        actor2=KOLBARS,
        location=BANEH,
        date=D("2025-11-03"),
        source=["local police commander", "police commander", "official news agency"],
    ),
    E(
        False,
        "kolbar shot dead near Baneh",
        VAC,
        ATTACK,
        actor1=BORDERG,
        actor2=KOLBARS,
        location=BANEH,
        date=D("2025-11-03"),
        killed=R(1),
        source=ZHRO,
    ),
    E(
        True,
        "intelligence agents of the Islamic Revolutionary Guard Corps (IRGC) arrested at least five residents of Marivan in raids on their homes",
        STR,
        ARRESTS,
        actor1=IRGC09,
        actor2=CIV + ["residents of Marivan", "teacher", "women's rights activist"],
        location=MARIVAN,
        date=D("2025-11-08"),
        source=ZHRO,
    ),
    # the observatory's neutral telling (no numbers) and the two parties' versions -> three core events: the IRGC's
    # "three of its members killed" (one side) -> 3..open; PJAK's four Guards and "none of its own" (both sides told)
    # -> exact 4; "On the night of 10 to 11 November" -> both days; the mountains -> names and country
    E(
        True,
        "IRGC ground forces clashed with an armed group in the mountains between Marivan and Sarvabad",
        BAT,
        CLASH,
        actor1=IRGC09 + PJAK,
        actor2=PJAK + IRGC09,
        location=MAR_SARV,
        date=D("2025-11-10", "2025-11-11"),
        source=ZHRO,
    ),
    E(
        True,
        'a "terrorist team" that had crossed from Iraq was "destroyed" and three of its members killed',
        BAT,
        CLASH,
        actor1=IRGC09,
        actor2=PJAK,
        location=MAR_SARV,
        date=D("2025-11-10", "2025-11-11"),
        killed=R(3, None),
        source=["IRGC's regional base", "IRGC", "Revolutionary Guards"],
    ),
    E(
        True,
        "its fighters had repelled an IRGC attack, killing four Guards members",
        BAT,
        CLASH,
        actor1=IRGC09 + PJAK,
        actor2=PJAK + IRGC09,
        location=MAR_SARV,
        date=D("2025-11-10", "2025-11-11"),
        killed=R(4),
        source=["Party of Free Life of Kurdistan", "PJAK"],
    ),
    E(
        False,
        "night clash in the Marivan-Sarvabad mountains",
        BAT,
        CLASH,
        actor1=IRGC09 + PJAK,
        actor2=PJAK + IRGC09,
        location=MAR_SARV,
        date=D("2025-11-10", "2025-11-11"),
        source=ZHRO,
    ),
    # a shop strike and a gathering dispersed with tear gas on the same day in one town -> one core protest (the
    # gathering, with the intervention), the strike a non-core copy
    E(
        True,
        "Security forces fired tear gas to disperse a gathering of several hundred people outside the governor's office",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IRSEC09 + ["several hundred people", "shopkeepers"]),
        location=BANEH,
        date=D("2025-11-12"),
        source=ZHRO,
    ),
    E(
        False,
        "shopkeepers in Baneh closed their shops in protest at Kamal Rahimi's killing",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["shopkeepers", "shopkeepers in Baneh"],
        location=BANEH,
        date=D("2025-11-12"),
        source=ZHRO,
    ),
    # a militia member shot by a gunman -> Battles/Armed clash (dev_r's ambush on an armed man); state media's blame
    # and the local sources' feud -> the blamed groups, a family and unknown; the blame a non-core copy
    E(
        True,
        "an unidentified gunman shot dead a member of the Basij militia in the village of Darziyan, near Marivan",
        BAT,
        CLASH,
        actor1=UNK + ["unidentified gunman", "gunman", "family feud", "family"] + PJAK,
        actor2=["Basij", "Basij militia", "member of the Basij militia"] + IRGC09,
        location=MARIVAN,
        date=D("2025-11-13"),
        killed=R(1),
        source=ZHRO,
    ),
    E(
        False,
        'State media blamed "counter-revolutionary groups"',
        BAT,
        CLASH,
        actor1=PJAK + ["counter-revolutionary groups"],
        actor2=["Basij", "Basij militia"],
        location=MARIVAN,
        date=D("2025-11-13"),
        source=["State media", "state media"],
    ),
    E(
        False,
        "the Observatory has recorded the killing of 41 kolbars and the wounding of 188 by Iranian forces",
        VAC,
        ATTACK,
        actor1=BORDERG + IRGC09,
        actor2=KOLBARS,
        location=KURD_WAZ,
        date=D("2025-01-01", "2025-11-17"),
        killed=R(41),
        injured=R(188),
        source=ZHRO,
        aggregate=True,
    ),
    # background: September 2022's missiles and drones on many camps -> aggregate (Shelling, the missiles named
    # first); the commanders' warning -> planned
    E(
        False,
        "the IRGC fired missiles and drones at Kurdish opposition camps in Iraqi Kurdistan",
        EXP,
        SHELL,
        actor1=IRGC09,
        actor2=PJAK + ["Kurdish opposition camps", "Kurdish opposition parties"],
        location=L(["Iraqi Kurdistan", "Kurdistan Region"], cc="IQ"),
        date=D("2022-09-01", "2022-09-30"),
        source=ZHRO,
        aggregate=True,
    ),
    E(
        False,
        'any group using Iraqi territory "will be crushed"',
        EXP,
        SHELL,
        actor1=IRGC09,
        actor2=PJAK,
        location=L(["Iraqi Kurdistan", "Kurdistan Region"], cc="IQ"),
        source=["IRGC commanders", "commanders"] + IRGC09,
        status="planned",
    ),
    # no gold: the method note, "Their families have not been told where they are held", "We could not verify either
    # account", "may have been linked to a family feud" (a motive, folded into actor1), the assessment (no act of
    # violence)
]
DOCS.append(
    (
        "dev-ad-09",
        "Zrebar Human Rights Observatory (field report)",
        "2025-11-17",
        "human rights NGO's field report",
        "Iran's Kurdistan province in numbered cases: border guards firing on porters 'west of Baneh' ('killing Kamal "
        "Rahimi, 24, and wounding two') and the police's 'smugglers', IRGC arrests of 'at least five' in Marivan, a "
        "night clash told neutrally and in two versions (the IRGC's three / PJAK's four and 'none of its own'), a shop "
        "strike and a gathering dispersed with tear gas, a Basij member shot by 'an unidentified gunman' with state "
        "media's blame and a feud, a year's count, 2022 background, a warning",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-ad-09", "Published Monday 17 November 2025", "2025-11-17", "Monday"),
]

# =============================================================================
# dev-ad-10  UN flash update — DR Congo's Ituri: the Ndjala displacement site about 60 km north of Bunia in Djugu
# territory and the hills east of it, the village of Lokpa 15 km to its south, Djugu territory (Thu 13 Feb 2025)
# =============================================================================
T10 = """DR Congo: Ituri - Attack on Ndjala displacement site, Djugu territory. Flash Update No. 2

OCHA DR Congo | Bunia sub-office | Flash Update No. 2 | Thursday 13 February 2025

This update is produced with humanitarian partners in Ituri. Figures are provisional and come from the sources named; the UN has not verified them independently.

KEY POINTS
- On the night of 10 to 11 February, armed men attacked the Ndjala displacement site, about 60 km north of Bunia, killing at least 23 civilians, including nine children, according to local authorities.
- Some 11,000 displaced people have fled the site towards Bunia and nearby sites.

SITUATION OVERVIEW
The attackers, armed with machetes and firearms, burned more than 150 shelters and a health post. Local civil society sources attributed the attack to the CODECO militia. The URDPC, the political wing of one CODECO faction, denied any involvement and blamed "enemies of peace".

When peacekeepers of the UN Stabilization Mission (MONUSCO) reached the site on 11 February, they counted 31 bodies. At least half a dozen women were abducted during the attack and remain missing, according to the site's management committee.

On 11 February, the Congolese armed forces (FARDC) clashed with the assailants in hills east of the site. Two soldiers were killed, according to a military source in Bunia.

On 12 February, in apparent retaliation, fighters of the Zaïre self-defence group attacked the village of Lokpa, 15 km south of the site, killing four people, including two women, local sources said. The previous day, unidentified armed men had looted the Lokpa health centre, taking medicines and a solar panel.

MONUSCO set up a temporary operating base at the Ndjala site on 12 February to protect the remaining residents.

Since 1 January 2025, at least 97 civilians have been killed in Djugu territory in attacks attributed to armed groups, according to the Protection Cluster. Attacks on displacement sites have recurred since the conflict between armed groups claiming to defend the Lendu and Hema communities flared again in late 2017.

HUMANITARIAN RESPONSE AND GAPS
Partners have distributed emergency kits to 2,300 households in Bunia. Access to Djugu remains limited by insecurity on the Bunia-Mahagi road. Partners warn that further attacks on sites could occur if security is not reinforced.
"""

CODECO = ["CODECO", "Cooperative for the Development of Congo", "CODECO militia", "URDPC", "Lendu militia",
          "armed men", "attackers", "assailants"]
ZAIRE = ["Zaïre", "Zaire", "Zaïre self-defence group", "Zaire self-defence group", "Hema militia",
         "self-defence group"]
FARDC = ["Armed Forces of the Democratic Republic of the Congo", "FARDC", "Congolese armed forces", "Congolese army",
         "Military Forces of the Democratic Republic of Congo", "soldiers"]
MONUSCO = ["MONUSCO", "UN Stabilization Mission", "United Nations Organization Stabilization Mission", "peacekeepers",
           "UN mission"]
IDPS = CIV + ["displaced people", "Ndjala displacement site", "displacement site", "nine children", "civilians"]
NDJ_LAT, NDJ_LON = KM(1.56, 30.25, 60, 0)
# "about 60 km north of Bunia" -> LKM; "15 km south of the site" -> 15 km from that point (a chained distance)
NDJALA = LKM(["Ndjala", "Ndjala displacement site", "Ndjala site", "north of Bunia", "Djugu territory", "Djugu"],
             1.56, 30.25, 60, 0, "CD")
LOKPA = LKM(["Lokpa", "village of Lokpa", "Lokpa health centre", "Djugu territory"], NDJ_LAT, NDJ_LON, 15, 180, "CD")
DJUGU = L(["Djugu territory", "Djugu", "Ituri"], cc="CD")
OCHA = ["OCHA", "United Nations Office for the Coordination of Humanitarian Affairs", "OCHA DR Congo", "United Nations",
        "author"]
E10 = [
    # "attacked ... killing at least 23" then MONUSCO's 31 bodies -> 23..open (dev_r's "at least N" then a higher
    # figure), the count a non-core copy; "On the night of 10 to 11 February" -> both days; civil society's blame
    # -> CODECO plus unknown on the core, the blame a non-core copy, the URDPC's denial a non-core denied copy; the
    # burning is inside the attack
    E(
        True,
        "armed men attacked the Ndjala displacement site, about 60 km north of Bunia, killing at least 23 civilians, including nine children",
        VAC,
        ATTACK,
        actor1=UNK + CODECO,
        actor2=IDPS,
        location=NDJALA,
        date=D("2025-02-10", "2025-02-11"),
        killed=R(23, None),
        source=["local authorities"] + OCHA,
    ),
    E(
        False,
        "they counted 31 bodies",
        VAC,
        ATTACK,
        actor1=UNK + CODECO,
        actor2=IDPS,
        location=NDJALA,
        date=D("2025-02-10", "2025-02-11"),
        killed=R(31),
        source=MONUSCO,
    ),
    E(
        False,
        "Local civil society sources attributed the attack to the CODECO militia",
        VAC,
        ATTACK,
        actor1=CODECO,
        actor2=IDPS,
        location=NDJALA,
        date=D("2025-02-10", "2025-02-11"),
        source=["Local civil society sources", "civil society"],
    ),
    E(
        False,
        "The URDPC, the political wing of one CODECO faction, denied any involvement",
        VAC,
        ATTACK,
        actor1=CODECO,
        actor2=IDPS,
        location=NDJALA,
        date=D("2025-02-10", "2025-02-11"),
        source=["URDPC", "CODECO"],
        status="denied",
    ),
    E(
        False,
        "Attack on Ndjala displacement site, Djugu territory",
        VAC,
        ATTACK,
        actor1=UNK + CODECO,
        actor2=IDPS,
        location=NDJALA,
        date=D("2025-02-10", "2025-02-11"),
        source=OCHA,
    ),
    # "half a dozen" abductees -> no number field (abductees are no casualties)
    E(
        True,
        "At least half a dozen women were abducted during the attack",
        VAC,
        ABDUCT,
        actor1=UNK + CODECO,
        actor2=IDPS + ["women"],
        location=NDJALA,
        date=D("2025-02-10", "2025-02-11"),
        source=["site's management committee", "management committee"] + OCHA,
    ),
    # "in hills east of the site" (no distance) -> the site's point; the army's own dead only -> 2..open
    E(
        True,
        "the Congolese armed forces (FARDC) clashed with the assailants in hills east of the site",
        BAT,
        CLASH,
        actor1=FARDC + CODECO,
        actor2=CODECO + FARDC,
        location=NDJALA,
        date=D("2025-02-11"),
        killed=R(2, None),
        source=["military source", "military source in Bunia"] + OCHA,
    ),
    E(
        True,
        "fighters of the Zaïre self-defence group attacked the village of Lokpa, 15 km south of the site, killing four people, including two women",
        VAC,
        ATTACK,
        actor1=ZAIRE,
        actor2=CIV + ["village of Lokpa", "four people", "two women"],
        location=LOKPA,
        date=D("2025-02-12"),
        killed=R(4),
        source=["local sources"] + OCHA,
    ),
    # "The previous day" before 12 February -> 11 February
    E(
        True,
        "unidentified armed men had looted the Lokpa health centre, taking medicines and a solar panel",
        STR,
        LOOT,
        actor1=UNK + ["unidentified armed men", "armed men"],
        actor2=CIV + ["Lokpa health centre", "health centre"],
        location=LOKPA,
        date=D("2025-02-11"),
        source=OCHA,
    ),
    # a new temporary base -> Headquarters or base established
    E(
        True,
        "MONUSCO set up a temporary operating base at the Ndjala site on 12 February",
        STR,
        BASE,
        actor1=MONUSCO,
        location=NDJALA,
        date=D("2025-02-12"),
        source=OCHA,
    ),
    E(
        False,
        "at least 97 civilians have been killed in Djugu territory in attacks attributed to armed groups",
        VAC,
        ATTACK,
        actor1=CODECO + ZAIRE + UNK,
        actor2=CIV,
        location=DJUGU,
        date=D("2025-01-01", "2025-02-13"),
        killed=R(97, None),
        source=["Protection Cluster"] + OCHA,
        aggregate=True,
    ),
    # "late 2017" -> October to December 2017 as the start; recurrent attacks since -> aggregate
    E(
        False,
        "Attacks on displacement sites have recurred since the conflict between armed groups claiming to defend the Lendu and Hema communities flared again in late 2017",
        VAC,
        ATTACK,
        actor1=CODECO + ZAIRE,
        actor2=IDPS,
        location=DJUGU,
        date=D("2017-10-01", "2025-02-13"),
        source=OCHA,
        aggregate=True,
    ),
    # the partners' conditional -> hypothetical
    E(
        False,
        "further attacks on sites could occur if security is not reinforced",
        VAC,
        ATTACK,
        actor1=CODECO + ZAIRE + UNK,
        actor2=IDPS,
        location=DJUGU,
        source=["Partners", "partners"] + OCHA,
        status="hypothetical",
    ),
    # no gold: the method note, the flight of 11,000 (displacement), the burned shelters and health post (inside the
    # attack), "blamed "enemies of peace"" (no actor named), "in apparent retaliation" (a motive), the response and
    # access sections
]
DOCS.append(
    (
        "dev-ad-10",
        "OCHA DR Congo (flash update)",
        "2025-02-13",
        "UN flash update",
        "DR Congo/Ituri: an attack on a displacement site 'about 60 km north of Bunia' 'On the night of 10 to 11 "
        "February' ('at least 23 ... including nine children', then MONUSCO's 31 bodies) blamed on CODECO and denied "
        "by its political wing, 'half a dozen women' abducted, an army clash 'in hills east of the site', a "
        "retaliatory attack on a village '15 km south of the site' (a chained distance), looting 'The previous day', "
        "a UN base set up, a year's count, 'late 2017' background, a conditional warning",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-ad-10", "Thursday 13 February 2025", "2025-02-13", "Thursday"),
]

# =============================================================================
# dev-ad-11  wire story under a dateline — Myanmar's Rakhine from Cox's Bazar: Buthidaung town, the Naf river bank
# about 5 km south of Maungdaw, the Buthidaung-Maungdaw road, Maungdaw; Teknaf's Whykong union in Bangladesh; 2017
# as background (Tue 21 May 2024)
# =============================================================================
T11 = """Rohingya fleeing Rakhine describe Buthidaung burning; drone kills seven on Naf river bank

COX’S BAZAR, Bangladesh, May 21 (South Asia Dispatch) - Rohingya refugees who reached Bangladesh this week said fighters of the Arakan Army (AA), an ethnic Rakhine insurgent group, set fire to homes across the town of Buthidaung on Friday night and Saturday after ordering residents to leave.

“They told us to go to the rice fields, and then the houses started burning one street after another,” said Mohammad Salim, 34, who reached a camp in Ukhiya on Monday. He said his uncle was shot dead by AA fighters as he tried to go back for his cattle.

The AA denied burning the town. Its spokesman said on Saturday that the group had captured Buthidaung, including the last military battalion base there, and that the fires were caused by junta air strikes carried out before the soldiers withdrew. The military, which has lost control of much of northern Rakhine since November, did not respond to requests for comment.

On Sunday, a drone dropped explosives on a group of Rohingya waiting for boats on the bank of the Naf river, about 5 km south of Maungdaw town, killing at least seven people, among them a woman and her two-year-old daughter, and wounding about a dozen, according to two survivors interviewed in Teknaf. They said they could not tell whether the drone belonged to the AA or to the military.

Junta aircraft bombed AA positions along the Buthidaung-Maungdaw road on Sunday, the AA said, without giving casualty figures.

On Monday, a mortar shell fired from across the border landed in a village in Teknaf’s Whykong union, wounding a 12-year-old boy, Bangladesh police said.

Refugees also said that junta soldiers and members of Rohingya armed groups had forced young men from villages around Maungdaw to take up arms against the AA in recent months.

The AA has told the remaining residents of Maungdaw to leave the town, warning that it will attack the military’s positions there “in the coming days”.

More than 700,000 Rohingya fled to Bangladesh after a military crackdown in 2017, and about a million now live in the camps around Cox’s Bazar. “What is happening now looks like 2017 again,” said a humanitarian official in Cox’s Bazar who asked not to be named.
"""

AA = ["Arakan Army", "AA fighters", "AA positions", "ethnic Rakhine insurgent group", "Rakhine insurgents"]
JUNTA = ["Myanmar military", "Tatmadaw", "junta", "Military Forces of Myanmar", "State Administration Council",
         "military", "junta soldiers", "Junta aircraft", "soldiers"]
ROHINGYA = CIV + ["Rohingya", "residents", "homes"]
RAG = ["Rohingya armed groups", "Arakan Rohingya Salvation Army", "ARSA"]
BUTHIDAUNG = L(["Buthidaung", "town of Buthidaung"], 20.87, 92.53, "MM")
# "about 5 km south of Maungdaw town" on the river bank -> LKM from Maungdaw
NAF_BANK = LKM(["bank of the Naf river", "Naf river", "south of Maungdaw", "Maungdaw"], 20.82, 92.37, 5, 180, "MM")
BM_ROAD = L(["Buthidaung-Maungdaw road", "Buthidaung", "Maungdaw"], cc="MM")
# a union (sub-district) of Teknaf we cannot pin -> names and country
WHYKONG = L(["Whykong", "Whykong union", "Teknaf", "Teknaf’s Whykong union"], cc="BD")
MAUNGDAW = L(["Maungdaw", "villages around Maungdaw"], 20.82, 92.37, "MM")
RAKHINE = L(["Rakhine", "northern Rakhine", "Rakhine State"], cc="MM")
SAD = ["South Asia Dispatch", "author"]
REFUGEES = ["Rohingya refugees", "refugees", "Mohammad Salim"]
AASRC = ["Arakan Army", "AA spokesman", "spokesman"]
E11 = [
    # homes burned after residents were ordered out, no one hurt in that telling -> Looting/property destruction;
    # "on Friday night and Saturday" -> Friday and Saturday; the AA's denial -> a non-core denied copy, and its own
    # telling of the fires (junta air strikes) -> a core Air/drone strike version of its own
    E(
        True,
        "fighters of the Arakan Army (AA), an ethnic Rakhine insurgent group, set fire to homes across the town of Buthidaung on Friday night and Saturday after ordering residents to leave",
        STR,
        LOOT,
        actor1=AA,
        actor2=ROHINGYA,
        location=BUTHIDAUNG,
        date=D("2024-05-17", "2024-05-18"),
        source=REFUGEES,
    ),
    E(
        False,
        "Rohingya fleeing Rakhine describe Buthidaung burning",
        STR,
        LOOT,
        actor1=AA + UNK,
        actor2=ROHINGYA,
        location=BUTHIDAUNG,
        date=D("2024-05-17", "2024-05-18"),
        source=SAD + REFUGEES,
    ),
    E(
        False,
        "The AA denied burning the town",
        STR,
        LOOT,
        actor1=AA,
        actor2=ROHINGYA,
        location=BUTHIDAUNG,
        date=D("2024-05-17", "2024-05-18"),
        source=AASRC,
        status="denied",
    ),
    # an undated killing inside the burning's account -> the same days
    E(
        True,
        "his uncle was shot dead by AA fighters as he tried to go back for his cattle",
        VAC,
        ATTACK,
        actor1=AA,
        actor2=CIV + ["uncle", "Rohingya"],
        location=BUTHIDAUNG,
        date=D("2024-05-17", "2024-05-18"),
        killed=R(1),
        source=["Mohammad Salim"] + REFUGEES,
    ),
    # "said on Saturday that the group had captured" -> from the burning's Friday to Saturday
    E(
        True,
        "the group had captured Buthidaung, including the last military battalion base there",
        BAT,
        NSAOVER,
        actor1=AA,
        actor2=JUNTA + ["battalion base"],
        location=BUTHIDAUNG,
        date=D("2024-05-17", "2024-05-18"),
        source=AASRC,
    ),
    E(
        True,
        "the fires were caused by junta air strikes carried out before the soldiers withdrew",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=ROHINGYA + AA,
        location=BUTHIDAUNG,
        date=D("2024-05-17", "2024-05-18"),
        source=AASRC,
    ),
    # "could not tell whether the drone belonged to the AA or to the military" -> both plus unknown; "at least seven
    # ... among them a woman and her two-year-old daughter" -> 7..open; "about a dozen" -> 12..12
    E(
        True,
        "a drone dropped explosives on a group of Rohingya waiting for boats on the bank of the Naf river, about 5 km south of Maungdaw town, killing at least seven people",
        EXP,
        AIR,
        actor1=AA + JUNTA + UNK,
        actor2=CIV + ["Rohingya", "group of Rohingya", "woman", "two-year-old daughter"],
        location=NAF_BANK,
        date=D("2024-05-19"),
        killed=R(7, None),
        injured=R(12),
        source=["two survivors", "survivors"] + SAD,
    ),
    E(
        False,
        "drone kills seven on Naf river bank",
        EXP,
        AIR,
        actor1=AA + JUNTA + UNK,
        actor2=CIV + ["Rohingya"],
        location=NAF_BANK,
        date=D("2024-05-19"),
        killed=R(7),
        source=SAD,
    ),
    # "without giving casualty figures" -> no number field; a road between two towns -> names and country
    E(
        True,
        "Junta aircraft bombed AA positions along the Buthidaung-Maungdaw road on Sunday",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=AA + ["AA positions"],
        location=BM_ROAD,
        date=D("2024-05-19"),
        source=AASRC,
    ),
    # a shell "fired from across the border", no side named -> unknown plus both warring parties
    E(
        True,
        "a mortar shell fired from across the border landed in a village in Teknaf’s Whykong union, wounding a 12-year-old boy",
        EXP,
        SHELL,
        actor1=UNK + JUNTA + AA,
        actor2=CIV + ["12-year-old boy", "boy", "village"],
        location=WHYKONG,
        date=D("2024-05-20"),
        injured=R(1),
        source=["Bangladesh police", "police"],
    ),
    # forced recruitment "in recent months" -> an aggregate abduction, no date
    E(
        False,
        "junta soldiers and members of Rohingya armed groups had forced young men from villages around Maungdaw to take up arms against the AA",
        VAC,
        ABDUCT,
        actor1=JUNTA + RAG,
        actor2=CIV + ["young men", "Rohingya"],
        location=MAUNGDAW,
        source=REFUGEES,
        aggregate=True,
    ),
    # the AA's warning -> planned; the junta's losses "since November" -> aggregate; 2017 -> background aggregate
    E(
        False,
        'it will attack the military’s positions there “in the coming days”',
        BAT,
        CLASH,
        actor1=AA,
        actor2=JUNTA,
        location=MAUNGDAW,
        source=AASRC,
        status="planned",
    ),
    E(
        False,
        "The military, which has lost control of much of northern Rakhine since November",
        BAT,
        NSAOVER,
        actor1=AA,
        actor2=JUNTA,
        location=RAKHINE,
        date=D("2023-11-01", "2024-05-21"),
        source=SAD,
        aggregate=True,
    ),
    E(
        False,
        "More than 700,000 Rohingya fled to Bangladesh after a military crackdown in 2017",
        VAC,
        ATTACK,
        actor1=JUNTA,
        actor2=CIV + ["Rohingya"],
        location=RAKHINE,
        date=D("2017-01-01", "2017-12-31"),
        source=SAD,
        aggregate=True,
    ),
    # no gold: the refugees' arrival "on Monday" and the camp in Ukhiya (no act), "did not respond to requests for
    # comment", the million in the camps, "looks like 2017 again" (opinion)
]
DOCS.append(
    (
        "dev-ad-11",
        "South Asia Dispatch",
        "2024-05-21",
        "wire story under a dateline (cross-border reporting)",
        "Myanmar/Rakhine from Cox's Bazar: refugees' account of the AA burning Buthidaung 'on Friday night and "
        "Saturday' and a killing, the AA's denial, its capture claim 'said on Saturday' and its own telling of the "
        "fires as junta air strikes, a drone on Rohingya 'about 5 km south of Maungdaw town' by 'the AA or ... the "
        "military' ('a woman and her two-year-old daughter', 'about a dozen' wounded), junta bombing of a road, a "
        "shell across the border, forced recruitment, a warning, the junta's losses since November, 2017; typographic "
        "quotes",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-ad-11", "May 21", "2024-05-21", "Tuesday"),
    ("dev-ad-11", "on Monday / On Monday", "2024-05-20", "Monday"),
    ("dev-ad-11", "On Sunday / on Sunday", "2024-05-19", "Sunday"),
    ("dev-ad-11", "on Saturday / Saturday", "2024-05-18", "Saturday"),
    ("dev-ad-11", "on Friday night", "2024-05-17", "Friday"),
]

# =============================================================================
# dev-ad-12  community radio news transcript — Cameroon's North-West: Abangoh junction on Bamenda's outskirts on the
# Bafut road, the Mile Four area of Nkwen (Bamenda), Kumbo, Bali, Commercial Avenue in Bamenda (Mon 16 Mar 2026)
# =============================================================================
T12 = """Mezam Community Radio 98.4 FM: morning news bulletin, Monday 16 March 2026 (transcript)

[Transcribed from the 7 a.m. English-language bulletin. Speakers: GRACE NFOR, presenter; EMMANUEL TANJONG, reporter in Bamenda.]

GRACE NFOR: Good morning, North-West. Our top story: two soldiers have been killed in a bomb attack near Bamenda. Emmanuel, what do we know?

EMMANUEL TANJONG: Thank you, Grace. Yesterday morning, at about nine o'clock, an explosive device went off under a military armoured vehicle at Abangoh junction, on the outskirts of Bamenda along the Bafut road. A military source told us two soldiers were killed and three wounded. But a separatist group calling itself the Bafut Ambazonia Defence Forces says on social media that it killed "more than ten" soldiers. We could not confirm that.

GRACE NFOR: And there was shooting in Nkwen over the weekend?

EMMANUEL TANJONG: Yes. On Saturday night soldiers raided the Mile Four area of Nkwen and shot dead three young men. Their families say they were okada riders, motorbike taxi drivers, coming home from work. The army says they were "terrorists" who opened fire first, and that it seized two locally made guns.

GRACE NFOR: Any news from Bui?

EMMANUEL TANJONG: In Kumbo, armed men kidnapped a Catholic priest and two teachers on Friday evening. The diocese says the kidnappers, who called themselves separatist fighters, are demanding five million francs.

GRACE NFOR: And in Bali?

EMMANUEL TANJONG: Last Tuesday night, unknown people set fire to the government secondary school in Bali. Nobody was inside. Residents blame separatists enforcing their boycott of schools; a separatist spokesman says the army burned the school to discredit the struggle.

GRACE NFOR: Teachers were also on the streets of Bamenda on Friday.

EMMANUEL TANJONG: About two hundred teachers marched peacefully from Commercial Avenue to the governor's office, asking for protection. Police watched but did not intervene.

GRACE NFOR: And the lockdown?

EMMANUEL TANJONG: Separatist commanders have announced a lockdown for the end of this week. In an audio message they warn that anyone found on the road "will be dealt with".

GRACE NFOR: Thank you, Emmanuel. Since the conflict began in 2017, human rights groups say more than six thousand people have been killed in the North-West and South-West regions. A listener called this morning to say Bamenda has become "a cemetery of the living". Stay safe, North-West.
"""

CMRARMY = ["Cameroonian army", "Cameroon army", "army", "Military Forces of Cameroon", "soldiers", "military",
           "military armoured vehicle", "armoured vehicle"]
AMBA = ["Ambazonia", "Ambazonian separatists", "separatists", "separatist fighters", "separatist group",
        "Bafut Ambazonia Defence Forces", "Amba fighters", "Separatist commanders"]
NKWEN_DEAD = CIV + ["three young men", "young men", "okada riders", "motorbike taxi drivers", "terrorists"]
# "on the outskirts of Bamenda along the Bafut road" -> Bamenda's point; Nkwen and Commercial Avenue are in Bamenda
ABANGOH = L(["Abangoh junction", "Abangoh", "Bamenda", "Bafut road", "outskirts of Bamenda"], 5.96, 10.15, "CM")
NKWEN = L(["Nkwen", "Mile Four", "Mile Four area of Nkwen", "Bamenda"], 5.96, 10.15, "CM")
BAMENDA = L(["Bamenda", "Commercial Avenue", "governor's office"], 5.96, 10.15, "CM")
KUMBO = L(["Kumbo", "Bui"], 6.20, 10.68, "CM")
BALI = L(["Bali", "Bali Nyonga", "government secondary school in Bali"], 5.89, 10.01, "CM")
ANGLO = L(["North-West and South-West regions", "North-West", "South-West", "Anglophone regions"], cc="CM")
MCR = ["Mezam Community Radio", "Emmanuel Tanjong", "Grace Nfor", "author"]
MILSRC12 = ["military source", "army"] + MCR
E12 = [
    # "Yesterday morning" in a Monday bulletin -> Sunday; the military source's split toll a sentence later -> 2 and
    # 3 on the core (the presenter's teaser and the toll sentence non-core copies); the group's claim of "more than
    # ten" -> a core version, 11..open
    E(
        True,
        "an explosive device went off under a military armoured vehicle at Abangoh junction, on the outskirts of Bamenda along the Bafut road",
        EXP,
        IED,
        actor1=UNK + AMBA,
        actor2=CMRARMY,
        location=ABANGOH,
        date=D("2026-03-15"),
        killed=R(2),
        injured=R(3),
        source=MILSRC12,
    ),
    E(
        False,
        "A military source told us two soldiers were killed and three wounded",
        EXP,
        IED,
        actor1=UNK + AMBA,
        actor2=CMRARMY,
        location=ABANGOH,
        date=D("2026-03-15"),
        killed=R(2),
        injured=R(3),
        source=MILSRC12,
    ),
    E(
        False,
        "two soldiers have been killed in a bomb attack near Bamenda",
        EXP,
        IED,
        actor1=UNK + AMBA,
        actor2=CMRARMY,
        location=ABANGOH,
        date=D("2026-03-15"),
        killed=R(2),
        source=MCR,
    ),
    E(
        True,
        'it killed "more than ten" soldiers',
        EXP,
        IED,
        actor1=AMBA,
        actor2=CMRARMY,
        location=ABANGOH,
        date=D("2026-03-15"),
        killed=R(11, None),
        source=["Bafut Ambazonia Defence Forces", "separatist group"],
    ),
    # the same dead told as civilians (the reporter, the families) and as attackers in a firefight (the army) -> one
    # core event (Violence against civilians, as the reporter tells it), both framings in actor2; the army's telling
    # a non-core copy that keeps its own type (Battles); "On Saturday night" -> Saturday and Sunday; the presenter's
    # question ("over the weekend") -> a non-core copy
    E(
        True,
        "On Saturday night soldiers raided the Mile Four area of Nkwen and shot dead three young men",
        VAC,
        ATTACK,
        actor1=CMRARMY,
        actor2=NKWEN_DEAD,
        location=NKWEN,
        date=D("2026-03-14", "2026-03-15"),
        killed=R(3),
        source=MCR + ["families"],
    ),
    E(
        False,
        'they were "terrorists" who opened fire first',
        BAT,
        CLASH,
        actor1=AMBA + CMRARMY,
        actor2=CMRARMY + AMBA + ["terrorists"],
        location=NKWEN,
        date=D("2026-03-14", "2026-03-15"),
        killed=R(3),
        source=["army", "Cameroonian army"],
    ),
    E(
        False,
        "there was shooting in Nkwen over the weekend",
        VAC,
        ATTACK,
        actor1=CMRARMY,
        actor2=NKWEN_DEAD,
        location=NKWEN,
        date=D("2026-03-14", "2026-03-15"),
        source=MCR,
    ),
    # "on Friday evening" -> 13 March; the kidnappers "called themselves separatist fighters" -> separatists plus
    # unknown; abductees are no casualties
    E(
        True,
        "In Kumbo, armed men kidnapped a Catholic priest and two teachers on Friday evening",
        VAC,
        ABDUCT,
        actor1=UNK + ["armed men"] + AMBA,
        actor2=CIV + ["Catholic priest", "priest", "two teachers", "teachers"],
        location=KUMBO,
        date=D("2026-03-13"),
        source=["diocese"] + MCR,
    ),
    # "Last Tuesday night" in a Monday bulletin -> 10 and 11 March; "Nobody was inside" (no one hurt implied, not
    # stated) -> no number field; each side blaming the other -> both plus unknown on the core, each blame a
    # non-core copy with its own actor1
    E(
        True,
        "Last Tuesday night, unknown people set fire to the government secondary school in Bali",
        STR,
        LOOT,
        actor1=UNK + ["unknown people"] + AMBA + CMRARMY,
        actor2=CIV + ["government secondary school", "school"],
        location=BALI,
        date=D("2026-03-10", "2026-03-11"),
        source=MCR,
    ),
    E(
        False,
        "Residents blame separatists enforcing their boycott of schools",
        STR,
        LOOT,
        actor1=AMBA,
        actor2=CIV + ["school"],
        location=BALI,
        date=D("2026-03-10", "2026-03-11"),
        source=["Residents", "residents"],
    ),
    E(
        False,
        "the army burned the school to discredit the struggle",
        STR,
        LOOT,
        actor1=CMRARMY,
        actor2=CIV + ["school"],
        location=BALI,
        date=D("2026-03-10", "2026-03-11"),
        source=["separatist spokesman"] + AMBA,
    ),
    # "About two hundred" (about N -> N..N, no number field for protesters anyway); "did not intervene" -> Peaceful
    # protest; the presenter's lead -> a non-core copy
    E(
        True,
        "About two hundred teachers marched peacefully from Commercial Avenue to the governor's office, asking for protection",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["teachers", "two hundred teachers"],
        location=BAMENDA,
        date=D("2026-03-13"),
        source=MCR,
    ),
    E(
        False,
        "Teachers were also on the streets of Bamenda on Friday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Teachers"],
        location=BAMENDA,
        date=D("2026-03-13"),
        source=MCR,
    ),
    # the commanders' warning for days after publication -> planned, no date (the days lie ahead)
    E(
        False,
        'anyone found on the road "will be dealt with"',
        VAC,
        ATTACK,
        actor1=AMBA,
        actor2=CIV,
        location=L(["North-West", "North-West region"], cc="CM"),
        source=["Separatist commanders", "separatist commanders"] + AMBA,
        status="planned",
    ),
    E(
        False,
        "more than six thousand people have been killed in the North-West and South-West regions",
        BAT,
        CLASH,
        actor1=CMRARMY + AMBA,
        actor2=AMBA + CMRARMY + CIV,
        location=ANGLO,
        date=D("2017-01-01", "2026-03-16"),
        killed=R(6001, None),
        source=["human rights groups"],
        aggregate=True,
    ),
    # no gold: "We could not confirm that", the guns seized (inside the army's telling), the ransom demand, the
    # lockdown itself (a declared measure), "a cemetery of the living" (a metaphor)
]
DOCS.append(
    (
        "dev-ad-12",
        "Mezam Community Radio (bulletin transcript)",
        "2026-03-16",
        "community radio news transcript (presenter and reporter)",
        "Cameroon/North-West as spoken news: an IED 'Yesterday morning' 'on the outskirts of Bamenda' with the "
        "military's two dead and three wounded against a separatist claim of 'more than ten', three young men shot "
        "'On Saturday night' told as okada riders and as 'terrorists' who fired first, a kidnapping in Kumbo 'on Friday "
        "evening', a school burned 'Last Tuesday night' with each side blaming the other ('Nobody was inside'), a "
        "teachers' march, a lockdown threat, a toll since 2017 in words, a metaphor",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-ad-12", "Monday 16 March 2026", "2026-03-16", "Monday"),
    ("dev-ad-12", "Yesterday morning", "2026-03-15", "Sunday"),
    ("dev-ad-12", "On Saturday night", "2026-03-14", "Saturday"),
    ("dev-ad-12", "on Friday evening / on Friday", "2026-03-13", "Friday"),
    ("dev-ad-12", "Last Tuesday night", "2026-03-10", "Tuesday"),
]

# =============================================================================
# dev-ad-13  wire service — Somalia's Lower Shabelle: an army base in Bariire some 45 km west of Mogadishu, the
# Afgooye-Mogadishu road, near Qoryooley, near Marka; Marka in 2014 as background (Wed 8 Jul 2026)
# =============================================================================
T13 = """Al-Shabaab storms army base in Lower Shabelle; government says base retaken

MOGADISHU, July 8 (East Africa Newswire) - Al-Shabaab fighters stormed a Somali army base in the town of Bariire, some 45 km west of Mogadishu, before dawn on Tuesday, killing at least 11 soldiers, a military commander in the region told East Africa Newswire.

The attack began when a suicide bomber drove a vehicle packed with explosives into the base's gate, the commander said, speaking on condition of anonymity because he was not authorised to talk to the media.

By midday, Somali National Army troops, backed by Danab special forces, had regained control of the base, killing and wounding "dozens" of the attackers, the defence ministry said in a statement. It did not give its own losses.

Al-Shabaab, in a statement carried by its affiliated media, said it had overrun the base, killed "more than 60 apostate soldiers" and seized two armoured vehicles.

Separately, a roadside bomb struck a minibus on the road between Afgooye and Mogadishu on Monday evening, killing a woman, her sister and three children aged between four and nine, police said. No group claimed the blast.

US Africa Command said it had carried out an air strike against al-Shabaab fighters near Qoryooley on Sunday, killing three militants. Its initial assessment was that no civilians were injured or killed.

Clan militias fought over farmland near Marka for a second day on Monday, elders said. At least nine people had been killed since the fighting began the day before, two of them women, and more than a dozen were wounded.

The attacks come as the government presses an offensive it launched in Lower Shabelle last year. Al-Shabaab was pushed out of Marka in 2014 by African Union and Somali troops but still controls much of the countryside along the Shabelle river.

Somalia's president said in a televised speech on Tuesday night that the army would "finish" al-Shabaab in Lower Shabelle before the end of the year. Analysts were sceptical. "If the army cannot hold a base 45 km from the capital, it will not finish anyone," said a Nairobi-based security analyst.
"""

SHABAAB13 = SHABAAB + ["Al-Shabaab fighters", "al-Shabaab fighters", "suicide bomber", "attackers", "militants"]
SNA = ["Somali army", "Somali National Army", "SNA", "Somali National Army troops", "Military Forces of Somalia",
       "Danab", "Danab special forces", "soldiers", "apostate soldiers", "army base", "defence ministry",
       "Federal Government of Somalia"]
AFRICOM = ["US Africa Command", "AFRICOM"] + USA
CLANS = ["clan militias", "Clan militias", "clan militia", "Clan Militia"]
# "some 45 km west of Mogadishu" -> LKM
BARIIRE = LKM(["Bariire", "town of Bariire", "west of Mogadishu", "Lower Shabelle"], 2.04, 45.34, 45, 270, "SO")
# the Afgooye-Mogadishu road runs some 30 km -> names and country
AFG_RD = L(["road between Afgooye and Mogadishu", "Afgooye", "Afgoye", "Mogadishu"], cc="SO")
QORYOOLEY = L(["Qoryooley", "Qoryoley", "near Qoryooley", "Lower Shabelle"], 1.79, 44.53, "SO")
MARKA = L(["Marka", "Merca", "Merka", "near Marka"], 1.71, 44.77, "SO")
LSHAB = L(["Lower Shabelle", "Shabelle river"], cc="SO")
EAN = ["East Africa Newswire", "author"]
COMMANDER = ["military commander", "commander"] + EAN
SOMMOD = ["defence ministry", "Somali defence ministry", "Ministry of Defence"]
E13 = [
    # the assault: "before dawn on Tuesday" -> 7 July; "some 45 km west of Mogadishu" -> LKM; the commander's toll
    # for the whole attack -> on the assault (the first telling); the car bomb that opened it, in the next sentence,
    # -> a core Suicide bomb of its own with no number field
    E(
        True,
        "Al-Shabaab fighters stormed a Somali army base in the town of Bariire, some 45 km west of Mogadishu, before dawn on Tuesday, killing at least 11 soldiers",
        BAT,
        CLASH,
        actor1=SHABAAB13 + SNA,
        actor2=SNA + SHABAAB13,
        location=BARIIRE,
        date=D("2026-07-07"),
        killed=R(11, None),
        source=COMMANDER,
    ),
    E(
        True,
        "a suicide bomber drove a vehicle packed with explosives into the base's gate",
        EXP,
        SUICIDE,
        actor1=SHABAAB13,
        actor2=SNA + ["base's gate", "base"],
        location=BARIIRE,
        date=D("2026-07-07"),
        source=COMMANDER,
    ),
    E(
        False,
        "Al-Shabaab storms army base in Lower Shabelle",
        BAT,
        CLASH,
        actor1=SHABAAB13,
        actor2=SNA,
        location=BARIIRE,
        date=D("2026-07-07"),
        source=EAN,
    ),
    # the recapture -> Government regains territory; "killing and wounding "dozens"" of one side, the ministry's own
    # losses untold -> casualties 24..open only
    E(
        True,
        'Somali National Army troops, backed by Danab special forces, had regained control of the base, killing and wounding "dozens" of the attackers',
        BAT,
        GOVREGAIN,
        actor1=SNA,
        actor2=SHABAAB13,
        location=BARIIRE,
        date=D("2026-07-07"),
        casualties=R(24, None),
        source=SOMMOD,
    ),
    E(
        False,
        "government says base retaken",
        BAT,
        GOVREGAIN,
        actor1=SNA,
        actor2=SHABAAB13,
        location=BARIIRE,
        date=D("2026-07-07"),
        source=EAN + SOMMOD,
    ),
    # the claimant's version: the base overrun -> Non-state actor overtakes territory, "more than 60" -> 61..open
    E(
        True,
        'it had overrun the base, killed "more than 60 apostate soldiers" and seized two armoured vehicles',
        BAT,
        NSAOVER,
        actor1=SHABAAB13,
        actor2=SNA,
        location=BARIIRE,
        date=D("2026-07-07"),
        killed=R(61, None),
        source=["Al-Shabaab", "al-Shabaab", "affiliated media"],
    ),
    # "a woman, her sister and three children aged between four and nine" -> 5; no claim -> unknown
    E(
        True,
        "a roadside bomb struck a minibus on the road between Afgooye and Mogadishu on Monday evening, killing a woman, her sister and three children aged between four and nine",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["minibus", "woman", "sister", "three children"],
        location=AFG_RD,
        date=D("2026-07-06"),
        killed=R(5),
        source=["police"] + EAN,
    ),
    # "no civilians were injured or killed" covers one group -> only the militants' 3
    E(
        True,
        "it had carried out an air strike against al-Shabaab fighters near Qoryooley on Sunday, killing three militants",
        EXP,
        AIR,
        actor1=AFRICOM,
        actor2=SHABAAB13,
        location=QORYOOLEY,
        date=D("2026-07-05"),
        killed=R(3),
        source=AFRICOM,
    ),
    # "for a second day on Monday" and "since the fighting began the day before" -> Sunday and Monday; the toll a
    # sentence later: "At least nine" -> 9..open, "more than a dozen" -> 13..open
    E(
        True,
        "Clan militias fought over farmland near Marka for a second day on Monday",
        BAT,
        CLASH,
        actor1=CLANS,
        actor2=CLANS,
        location=MARKA,
        date=D("2026-07-05", "2026-07-06"),
        killed=R(9, None),
        injured=R(13, None),
        source=["elders"] + EAN,
    ),
    E(
        False,
        "At least nine people had been killed since the fighting began the day before",
        BAT,
        CLASH,
        actor1=CLANS,
        actor2=CLANS,
        location=MARKA,
        date=D("2026-07-05", "2026-07-06"),
        killed=R(9, None),
        source=["elders"] + EAN,
    ),
    # "an offensive it launched ... last year" -> aggregate from 1 January 2025 to publication
    E(
        False,
        "the government presses an offensive it launched in Lower Shabelle last year",
        BAT,
        CLASH,
        actor1=SNA,
        actor2=SHABAAB13,
        location=LSHAB,
        date=D("2025-01-01", "2026-07-08"),
        source=EAN,
        aggregate=True,
    ),
    E(
        False,
        "Al-Shabaab was pushed out of Marka in 2014 by African Union and Somali troops",
        BAT,
        GOVREGAIN,
        actor1=SNA + ["African Union", "AMISOM", "African Union troops"],
        actor2=SHABAAB13,
        location=MARKA,
        date=D("2014-01-01", "2014-12-31"),
        source=EAN,
    ),
    # the president's pledge -> planned
    E(
        False,
        'the army would "finish" al-Shabaab in Lower Shabelle before the end of the year',
        BAT,
        CLASH,
        actor1=SNA,
        actor2=SHABAAB13,
        location=LSHAB,
        source=["Somalia's president", "president", "Somali president"],
        status="planned",
    ),
    # no gold: "It did not give its own losses", "No group claimed the blast", the group's control of the
    # countryside (a state), the analyst's "If the army cannot hold a base ..." (opinion)
]
DOCS.append(
    (
        "dev-ad-13",
        "East Africa Newswire",
        "2026-07-08",
        "wire service",
        "Somalia/Lower Shabelle: an assault on a base 'some 45 km west of Mogadishu' 'before dawn on Tuesday' with a "
        "suicide car bomb told a sentence later, the ministry's recapture 'killing and wounding \"dozens\"' and "
        "al-Shabaab's 'overrun' with 'more than 60', a roadside bomb on a minibus ('a woman, her sister and three "
        "children aged between four and nine'), an AFRICOM strike ('no civilians were injured or killed'), a clan "
        "clash 'for a second day on Monday' ('more than a dozen' wounded), an offensive 'last year', 2014 "
        "background, a pledge",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-ad-13", "July 8", "2026-07-08", "Wednesday"),
    ("dev-ad-13", "before dawn on Tuesday / on Tuesday night", "2026-07-07", "Tuesday"),
    ("dev-ad-13", "on Monday evening / on Monday", "2026-07-06", "Monday"),
    ("dev-ad-13", "on Sunday / the day before (Monday)", "2026-07-05", "Sunday"),
]

# =============================================================================
# dev-ad-14  army press release — the Philippines: Barangay Dilimbayan in Butig and Lake Dapao (Lanao del Sur), the
# national highway in Piagapo, Marawi City; Barangay Tumahubong in Sumisip (Basilan); the 2017 Marawi siege as
# background (Sat 6 Sep 2025)
# =============================================================================
T14 = """PRESS RELEASE: Five Dawlah Islamiyah terrorists killed in Butig encounter; IED defused in Piagapo

Joint Task Force Maranao | Public Affairs Office | Marawi City | Release No. 2025-061 | Saturday, 6 September 2025

MARAWI CITY - Five members of the Dawlah Islamiyah-Maute Group (DI-MG) were killed and one soldier was wounded in an encounter with troops of the 55th Infantry Battalion in the hinterlands of Barangay Dilimbayan, Butig, Lanao del Sur, on Thursday, 4 September 2025.

Acting on information from concerned residents, the troops were on a security patrol when they were fired upon by around 15 armed men at about 6:30 a.m. A firefight of some 40 minutes followed. The wounded soldier was evacuated to the Camp Ranao station hospital and is in stable condition.

To block the enemy's withdrawal, two A-29 Super Tucano aircraft of the Philippine Air Force conducted air strikes on the group's escape route near Lake Dapao later that morning. Troops recovered three M16 rifles, one M14 rifle, an improvised explosive device and subversive documents at the encounter site.

On the same day, Explosive Ordnance Disposal (EOD) personnel safely disposed of an IED planted beside the national highway in Piagapo. The device, made from a 60mm mortar round, was reported by a farmer.

Earlier this month, troops and police arrested an alleged DI financier at a checkpoint in Marawi City.

In Basilan, troops of the 18th Infantry Battalion were deployed to Barangay Tumahubong, Sumisip, on Tuesday to stop a "rido", or clan feud, between two armed families, after an exchange of gunfire the day before left two civilians dead.

This Command also dismisses as "pure propaganda" posts on social media claiming that Thursday's air strikes hit a farm and wounded civilians. No civilians were harmed.

Since January, 47 DI-MG members have been neutralized, 31 have surrendered and 88 firearms have been recovered in the Command's area.

"The DI-MG remnants have two options: return to the fold of the law, or face the full force of the government. We will not stop until the last of them is neutralized," said Brigadier General Roberto Malang, Commander of JTF Maranao. He thanked the people of Butig for their cooperation and recalled the soldiers who fell during the 2017 Marawi siege.
"""

AFP = ["Armed Forces of the Philippines", "AFP", "Philippine Army", "troops", "soldier", "55th Infantry Battalion",
       "Joint Task Force Maranao", "JTF Maranao", "Military Forces of the Philippines", "18th Infantry Battalion"]
PAF = ["Philippine Air Force", "PAF", "A-29 Super Tucano", "Super Tucano aircraft"] + AFP
DIMG = ["Dawlah Islamiyah-Maute Group", "Dawlah Islamiyah", "DI-MG", "Maute Group", "Maute", "Islamic State",
        "armed men", "terrorists", "DI-Maute"]
PNP = ["police", "Philippine National Police", "PNP", "Police Forces of the Philippines"]
FAMILIES = ["two armed families", "armed families", "clan", "clan militia", "families", "rido"]
BUTIG = L(["Butig", "Barangay Dilimbayan", "Dilimbayan", "Lanao del Sur"], 7.72, 124.30, "PH")
DAPAO = L(["Lake Dapao", "near Lake Dapao", "Lanao del Sur"], cc="PH")
PIAGAPO = L(["Piagapo", "national highway in Piagapo", "Lanao del Sur"], cc="PH")
MARAWI = L(["Marawi City", "Marawi", "checkpoint in Marawi City"], 8.00, 124.29, "PH")
SUMISIP = L(["Sumisip", "Barangay Tumahubong", "Tumahubong", "Basilan"], cc="PH")
JTFAREA = L(["Lanao del Sur", "the Command's area"], cc="PH")
JTFM = ["Joint Task Force Maranao", "JTF Maranao", "Public Affairs Office", "Roberto Malang",
        "Brigadier General Roberto Malang", "Philippine Army"]
E14 = [
    # enemy dead and the army's own wounded told (the army's dead implied none) -> killed 5 exact, injured 1..open
    # (the enemy's wounded untold); "on Thursday, 4 September 2025"; a barangay's hinterland -> the municipality's
    # point
    E(
        True,
        "Five members of the Dawlah Islamiyah-Maute Group (DI-MG) were killed and one soldier was wounded in an encounter with troops of the 55th Infantry Battalion in the hinterlands of Barangay Dilimbayan, Butig, Lanao del Sur",
        BAT,
        CLASH,
        actor1=DIMG + AFP,
        actor2=AFP + DIMG,
        location=BUTIG,
        date=D("2025-09-04"),
        killed=R(5),
        injured=R(1, None),
        source=JTFM,
    ),
    E(
        False,
        "Five Dawlah Islamiyah terrorists killed in Butig encounter",
        BAT,
        CLASH,
        actor1=AFP + DIMG,
        actor2=DIMG + AFP,
        location=BUTIG,
        date=D("2025-09-04"),
        killed=R(5),
        source=JTFM,
    ),
    # air strikes in support, "later that morning" -> 4 September; no toll -> no number field; the lake area ->
    # names and country; the posts' farm and wounded civilians, told only through the Command's rejection -> a
    # non-core denied event
    E(
        True,
        "two A-29 Super Tucano aircraft of the Philippine Air Force conducted air strikes on the group's escape route near Lake Dapao later that morning",
        EXP,
        AIR,
        actor1=PAF,
        actor2=DIMG + ["escape route"],
        location=DAPAO,
        date=D("2025-09-04"),
        source=JTFM,
    ),
    E(
        False,
        "Thursday's air strikes hit a farm and wounded civilians",
        EXP,
        AIR,
        actor1=PAF,
        actor2=CIV + ["farm"],
        location=DAPAO,
        date=D("2025-09-04"),
        source=JTFM,
        status="denied",
    ),
    # a bomb disposed of -> Disrupted weapons use; "On the same day" -> 4 September
    E(
        True,
        "Explosive Ordnance Disposal (EOD) personnel safely disposed of an IED planted beside the national highway in Piagapo",
        STR,
        DISRUPT,
        actor1=AFP + ["Explosive Ordnance Disposal", "EOD personnel", "EOD"],
        actor2=DIMG + UNK + ["IED"],
        location=PIAGAPO,
        date=D("2025-09-04"),
        source=JTFM,
    ),
    E(
        False,
        "IED defused in Piagapo",
        STR,
        DISRUPT,
        actor1=AFP,
        actor2=DIMG + UNK,
        location=PIAGAPO,
        date=D("2025-09-04"),
        source=JTFM,
    ),
    # "Earlier this month" -> 1 September to publication
    E(
        True,
        "troops and police arrested an alleged DI financier at a checkpoint in Marawi City",
        STR,
        ARRESTS,
        actor1=AFP + PNP,
        actor2=DIMG + ["alleged DI financier", "financier"],
        location=MARAWI,
        date=D("2025-09-01", "2025-09-06"),
        source=JTFM,
    ),
    # troops sent to a village to stop a feud -> Headquarters or base established (the guide's "a new base or
    # deployment"); the feud's gunfire "the day before" (Monday) between armed families -> Battles, two civilians
    # dead
    E(
        True,
        'troops of the 18th Infantry Battalion were deployed to Barangay Tumahubong, Sumisip, on Tuesday to stop a "rido"',
        STR,
        BASE,
        actor1=AFP,
        location=SUMISIP,
        date=D("2025-09-02"),
        source=JTFM,
    ),
    E(
        True,
        "an exchange of gunfire the day before left two civilians dead",
        BAT,
        CLASH,
        actor1=FAMILIES,
        actor2=FAMILIES + CIV,
        location=SUMISIP,
        date=D("2025-09-01"),
        killed=R(2),
        source=JTFM,
    ),
    # "neutralized" -> no number field (as the Turkish usage); the year's count -> aggregate
    E(
        False,
        "Since January, 47 DI-MG members have been neutralized",
        BAT,
        CLASH,
        actor1=AFP,
        actor2=DIMG,
        location=JTFAREA,
        date=D("2025-01-01", "2025-09-06"),
        source=JTFM,
        aggregate=True,
    ),
    # the commander's vow -> planned; the 2017 siege -> background
    E(
        False,
        "We will not stop until the last of them is neutralized",
        BAT,
        CLASH,
        actor1=AFP,
        actor2=DIMG,
        location=JTFAREA,
        source=JTFM,
        status="planned",
    ),
    E(
        False,
        "the soldiers who fell during the 2017 Marawi siege",
        BAT,
        CLASH,
        actor1=DIMG + AFP,
        actor2=AFP + DIMG,
        location=MARAWI,
        date=D("2017-01-01", "2017-12-31"),
        source=JTFM,
    ),
    # no gold: the residents' tip, the firefight's length and the evacuation (inside the encounter), the weapons
    # recovered, the farmer's report, "No civilians were harmed" (inside the rejection), the surrenders (no act of
    # violence, as dev_r's surrender), "two options" (rhetoric)
]
DOCS.append(
    (
        "dev-ad-14",
        "Joint Task Force Maranao (press release)",
        "2025-09-06",
        "army press release",
        "the Philippines/Lanao del Sur and Basilan in an army release: an encounter in Butig 'on Thursday, 4 "
        "September 2025' with five enemy dead and one soldier wounded, air strikes 'later that morning' and the "
        "rejected posts about a farm hit, an IED disposed of 'On the same day', an arrest 'Earlier this month', troops "
        "deployed to stop a clan feud whose gunfire 'the day before' killed two civilians, a year's 'neutralized' "
        "count, a vow, the 2017 siege",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-ad-14", "Saturday, 6 September 2025", "2025-09-06", "Saturday"),
    ("dev-ad-14", "on Thursday, 4 September 2025 / Thursday's air strikes", "2025-09-04", "Thursday"),
    ("dev-ad-14", "on Tuesday", "2025-09-02", "Tuesday"),
    ("dev-ad-14", "the day before (Tuesday)", "2025-09-01", "Monday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_ad", check_ad, strip_text=True)


if __name__ == "__main__":
    main()
