"""Writes dev_h.gold.jsonl: sixteen development articles from the product's core
theatre - Syria (Deir ez-Zor and the Euphrates valley, Daraa and Suwayda, the
Idlib and Aleppo countryside, the Jordanian border, US bases in the east, the
Manbij and Tishreen dam front), Iraq (Anbar and Nineveh, Diyala and
Salahuddin, Turkish strikes in Iraqi Kurdistan), southern Lebanon, the West
Bank, Gaza, Yemen and the Red Sea, Iran's Sistan-Baluchestan, Turkey's
south-east - and Sudan's Darfur as one outlier, published 2025-2026, written
for this project in our own words, with hand-made gold events in the format of
SPEC.md section 6 and eval/gold/ANNOTATION.md.

The set is there to give a fresh, honest measurement of the fields that are
weakest on ordinary news copy - the target (actor2), the event location and
the killed counts - so its targets are varied (named villages, a convoy, a
checkpoint, a base, a fuel tanker, a school, a shepherd, porters, ships) and
its places come in the forms the SPEC lists ("near X", "on the road between X
and Y", "in the village of X in Y province", "15 km east of X").

Like dev_d to dev_g it was written blind to the system: no run of sitrep on
these texts, no import of it, no look at its output, its source, its tests,
its docs or the other dev and test sets. Only SPEC.md (sections 4 and 6),
ANNOTATION.md, goldkit.py and build_dev_g.py were read.

One voice per article: (1) Deir ez-Zor - a monitoring group's daily tally of
small incidents (IED, sniper, mortars, abduction, raid); (2) Suwayda and Daraa
- a local outlet's report naming villages; (3) Idlib and Aleppo countryside -
a report with relative dates (yesterday, overnight, on Tuesday, last week);
(4) Anbar and Nineveh - an arrest and raid campaign; (5) Diyala and
Salahuddin - an article whose toll is revised later in the text; (6) Iraqi
Kurdistan - a Turkish defence ministry briefing; (7) southern Lebanon - a wire
story with tolls that differ by source; (8) the West Bank - a protest met by
force; (9) Gaza - a correspondent's feature with background history; (10) the
Red Sea - drone and missile interceptions; (11) Sistan-Baluchestan - a claim of
responsibility on Telegram against state media's account; (12) Turkey's
south-east - a governor's denial; (13) the Jordan-Syria border - a threat of
cross-border strikes; (14) US bases in eastern Syria - a monthly aggregate
with single attacks in it; (15) Manbij and the Tishreen dam - a hedged report
(reportedly, possibly, may have, unconfirmed); (16) Darfur - an abduction on
the road out of El Fasher. The incidents are composite or invented, with
names and numbers changed; the gold encodes what each TEXT says, including its
slant, hedges and sources, not what is true. Articles are 180-450 words;
check_h below adds the 180-word floor and the 2025-01-01..2026-11-30 window to
goldkit's check_article.

Run:  python build_dev_h.py   (stdlib + goldkit only; checks every evidence
string occurs exactly once in its text, word counts, weekday arithmetic, dates
not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those of build_dev_g.py (and through it dev_f to dev_c), kept
unchanged: zero casualties -> 0..0 ("no one was hurt" -> killed and injured
0..0; "No injuries were reported" / "without causing injuries" -> injured
0..0); "several" 3..open; "a number of" 2..open; "dozens" 24..open; "a dozen"
12..12; "around N" / "some N" / "about N" N..N; "scores of" 40..open; "more
than N" N+1..open; "neutralised" -> casualties; a count that covers one side
only -> N..open; non-core copies of headline restatements; symmetric clashes
(each side in both actor lists); "near X" / "N km from X" -> X's coordinates;
places we cannot pin -> names and country only; denied/planned/hypothetical/
aggregate events are never core; a revised toll -> the latest on the core
event, the superseded one a non-core copy; "last night" / "overnight" -> both
days; uncertain perpetrators -> every alternative in actor1; a forecast ->
hypothetical, an actor's own stated intention or threat -> planned; a
perpetrator a source blames without a claim -> the blamed actor plus unknown;
"fired from X-held areas" -> X plus unknown; an item's own subject reported as
unconfirmed -> core, status possible; a party's claim that the writer adds he
could not verify -> core, status occurred, sourced to the party (as dev-g-04's
Telegram post); a planned act whose date would fall after publication gets no
date; background recounted in a feature -> non-core, however detailed;
"on the road between X and Y" -> X's coordinates (as dev-g-14). Added here:
- "N km from X" where N is above the scorer's 30-km tolerance (60 km
  south-west of Rutba, 70 km south of Mosul, 45 nautical miles west of
  Hodeidah) -> names only (the place and its anchor) with the country: X's
  coordinates would be a false pin.
- Places at sea -> names only, no country (as dev-g's Golan Heights).
- A daily bulletin "covering the 24 hours to 8 a.m." dates an undated item
  (at dawn) to both days of the window.
- Ministry of defence briefings: "neutralised N" plus "one of our soldiers
  was martyred" in one incident -> casualties N..N+1 and killed 1..N+1 (the
  neutralised may be dead, wounded or captured; dev-g-13's reading); the
  destruction of caves, shelters and depots -> Strategic developments/
  Looting/property destruction; a surrender at a border gate -> non-core
  Strategic developments/Other (ACLED's sub-type for it is unsettled).
- A denial story whose two versions are both explosions (an army drone vs an
  old landmine) -> one core event per version (Air/drone strike sourced to the
  accusers, Remote explosive/landmine/IED sourced to the governor), the
  neutral sentence that only says the men were killed -> a non-core copy.
- A protest where some young men threw stones and troops then fired live
  rounds, killing a boy -> Protests/Excessive force against protesters (the
  report's emphasis), with the stone-throwing a non-core Riots copy; the army's
  own version ("a violent riot in which dozens of suspects hurled rocks") ->
  core Riots/Violent demonstration sourced to the army.
- A soldier's shot at a man the hospital calls a firewood collector and the
  army calls a terrorist who approached the line -> two core versions, both
  Violence against civilians/Attack (no exchange of fire in either); the
  targets differ.
- Revised tolls where wounded later died (3 killed and 4 wounded, then "two
  of the wounded died ... bringing the death toll to five") -> killed 5 and
  injured 2..4 on the core event (the survivors, or the four first reported),
  whose evidence stops before the superseded numbers; the superseded clause
  and the update are non-core copies.
- A clash whose text gives each side's dead separately (an officer killed,
  three smugglers killed by the return fire) -> killed is their sum on the core
  event (as dev-g-05's encounter); the one-sided restatements (the lede's
  "an officer was killed") are non-core copies with their own number.
- An undated item inside a report on a dated campaign (an arrest "in
  Fallujah" inside a week-long campaign) -> the campaign's range.
- A former rebel commander "who had gone back to farming", shot at home ->
  a civilian target, Violence against civilians/Attack.
- A protest convoy struck by a drone -> Explosions/Remote violence/Air/drone
  strike on civilians; the convoys as a series of protests -> a non-core
  Peaceful-protest aggregate.
- A statement's claim that an attack "was repelled within minutes", against
  the attackers' claim to have held the post for an hour -> a non-core denial
  of the group's Non-state-actor-overtakes-territory detail.
- Fire from an army position at a UN patrol, no return fire stated -> Battles/
  Armed clash (peacekeepers are an armed force), sides symmetric.
- A state security force's "search operation" with no arrest or fight ->
  non-core Strategic developments/Other; a search of caves inside an arrest
  campaign -> a non-core Arrests copy of the campaign.
"""
import datetime as dt

from goldkit import (ABDUCT, AIR, ATTACK, BAT, CIV, CLASH, EXP, GOVREGAIN, GRENADE, IED, NSAOVER, PRO, PROTEST_SIDES,
                     PROTESTERS, RIOT, SHELL, STR, SUICIDE, UNK, VAC, D, E, L, R, windowed_check, write_gold)
from goldkit import (AGREE, ARRESTS, BASE, CHANGE, DISRUPT, EXCESSIVE, INTERVENTION, LOOT, MOB, OTHER, PEACEFUL,
                     TRANSFER, VIOLENT)

# ---------------------------------------------------------------- helpers


# goldkit's check_article plus this set's 180-word floor and 2025-01-01..2026-11-30 window.
check_h = windowed_check("2025-01-01", "2026-11-30")


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three
# letters are left out on purpose: the scorer matches by case-insensitive containment either way. Each
# list holds the canonical name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities and bases we can pin to ~0.05 degrees from our own knowledge;
# villages, valleys, mountains, border sectors and sea areas get names and a country only.
SYGOV = ["Syrian government", "government forces", "Syrian army", "Syrian Ministry of Defence", "Ministry of Defence",
         "General Security", "General Security forces", "General Security personnel", "Interior Ministry",
         "Syrian interior ministry", "interior ministry", "Syrian security forces", "security forces", "Damascus",
         "Military Forces of Syria", "Police Forces of Syria"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led Syrian Democratic Forces", "SDF fighters",
       "fighters"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State cells", "Islamic State cell", "Islamic State group",
        "militants"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-h-01  monitoring group's daily tally — Syria: Deir ez-Zor, Busayrah, Dhiban, Abu Hamam, al-Shuhail, al-Sour (Tue 15 Apr 2025)
# =============================================================================
T01 = """Deir ez-Zor daily: roadside bomb kills two SDF fighters near Busayrah, teacher abducted in al-Shuhail

Euphrates Watch | Daily incident bulletin No. 104 | Tuesday, 15 April 2025 | Covers the 24 hours to 8 a.m.

Euphrates Watch is a network of volunteer monitors in the towns and villages along the Euphrates. We record each incident from at least two local sources; where they disagree, we say so.

1. BUSAYRAH - An improvised explosive device planted on the road between Busayrah and al-Zir exploded beside a military vehicle of the Syrian Democratic Forces (SDF) at about 7 p.m. on Monday, killing two fighters and wounding a third. No group has claimed the bombing. Islamic State cells have carried out similar attacks on this road since February.

2. DHIBAN - A 16-year-old shepherd was shot dead by a sniper while grazing his family's sheep on the river bank south of Dhiban on Monday afternoon. His relatives say the shot came from government-held positions on the western bank. The Syrian Ministry of Defence has not commented.

3. ABU HAMAM - Four mortar shells fired from the western bank of the river fell on farmland around Abu Hamam, in the Hajin area, shortly before midnight, causing no casualties. Our monitors could not establish who fired them.

4. AL-SHUHAIL - Gunmen in a white pickup truck abducted a secondary-school teacher, Khalil al-Awad, 38, as he walked home in al-Shuhail late on Monday. His brother told Euphrates Watch that the kidnappers called the family this morning and demanded $20,000 for his release.

5. AL-SOUR - Members of the SDF's internal security forces, the Asayish, raided two houses in al-Sour, north of Deir ez-Zor city, at dawn and detained four men, among them a former local council member. Relatives say they were not told the reason for the arrests.

RUNNING TOTAL - Since 1 April, Euphrates Watch has documented 37 security incidents in SDF-held areas of Deir ez-Zor province, in which 21 people were killed, 12 of them civilians.
"""

ASAYISH = ["Asayish", "internal security forces", "SDF's internal security forces"] + SDF
BUSAYRAH = L(["Busayrah", "al-Busayrah", "Busaira", "al-Zir", "road between Busayrah and al-Zir"], 35.16, 40.43, "SY")
DHIBAN = L(["Dhiban", "Thiban", "south of Dhiban", "river bank south of Dhiban"], cc="SY")
ABU_HAMAM = L(["Abu Hamam", "Abu Hammam", "Hajin area", "Hajin"], cc="SY")
SHUHAIL = L(["al-Shuhail", "Shuhail", "al-Shuhayl"], cc="SY")
AL_SOUR = L(["al-Sour", "al-Sur", "Sour"], cc="SY")
DEZ_PROV = L(["Deir ez-Zor province", "Deir ez-Zor", "Deir al-Zor"], cc="SY")
EW = ["Euphrates Watch", "monitors", "author"]
MON01 = D("2025-04-14")
E01 = [
    # no claim; the bulletin only notes IS cells' earlier attacks on the road -> unknown, IS accepted
    E(True, "An improvised explosive device planted on the road between Busayrah and al-Zir exploded beside a military vehicle of the Syrian Democratic Forces (SDF) at about 7 p.m. on Monday, killing two fighters and wounding a third",
      EXP, IED, actor1=UNK + ISIS, actor2=SDF + ["military vehicle"], location=BUSAYRAH, date=MON01, killed=R(2),
      injured=R(1), source=EW),
    E(False, "roadside bomb kills two SDF fighters near Busayrah", EXP, IED, actor1=UNK + ISIS, actor2=SDF,
      location=BUSAYRAH, date=MON01, killed=R(2), source=EW),
    E(False, "Islamic State cells have carried out similar attacks on this road since February", EXP, IED,
      actor1=ISIS, actor2=SDF, location=BUSAYRAH, date=D("2025-02-01", "2025-04-15"), source=EW, aggregate=True),
    # the relatives blame government-held positions, nobody claims -> government plus unknown
    E(True, "A 16-year-old shepherd was shot dead by a sniper while grazing his family's sheep on the river bank south of Dhiban on Monday afternoon",
      VAC, ATTACK, actor1=SYGOV + UNK + ["sniper", "government-held positions"],
      actor2=CIV + ["shepherd", "16-year-old shepherd"], location=DHIBAN, date=MON01, killed=R(1),
      source=EW + ["relatives"]),
    # "causing no casualties" -> killed and injured 0..0; the shooter is not established -> unknown
    E(True, "Four mortar shells fired from the western bank of the river fell on farmland around Abu Hamam, in the Hajin area, shortly before midnight, causing no casualties",
      EXP, SHELL, actor1=UNK + SYGOV, actor2=CIV + ["farmland"], location=ABU_HAMAM, date=MON01, killed=R(0),
      injured=R(0), source=EW),
    E(True, "Gunmen in a white pickup truck abducted a secondary-school teacher, Khalil al-Awad, 38, as he walked home in al-Shuhail late on Monday",
      VAC, ABDUCT, actor1=UNK + ["gunmen", "kidnappers"], actor2=CIV + ["teacher", "secondary-school teacher",
                                                                       "Khalil al-Awad"],
      location=SHUHAIL, date=MON01, source=EW + ["brother"]),
    E(False, "teacher abducted in al-Shuhail", VAC, ABDUCT, actor1=UNK + ["gunmen"], actor2=CIV + ["teacher"],
      location=SHUHAIL, date=MON01, source=EW),
    # "at dawn" in a bulletin covering the 24 hours to 8 a.m. Tuesday -> Monday or Tuesday (new convention)
    E(True, "Members of the SDF's internal security forces, the Asayish, raided two houses in al-Sour, north of Deir ez-Zor city, at dawn and detained four men",
      STR, ARRESTS, actor1=ASAYISH, actor2=CIV + ["four men", "men", "former local council member"], location=AL_SOUR,
      date=D("2025-04-14", "2025-04-15"), source=EW + ["relatives"]),
    # the month's running total -> aggregate (as dev-g-04's incidents count)
    E(False, "Euphrates Watch has documented 37 security incidents in SDF-held areas of Deir ez-Zor province, in which 21 people were killed",
      BAT, CLASH, actor1=UNK + ISIS + SDF, actor2=SDF + CIV, location=DEZ_PROV, date=D("2025-04-01", "2025-04-15"),
      killed=R(21), source=EW, aggregate=True),
    # no gold: the ransom call (part of the abduction), "No group has claimed", "has not commented",
    # the monitors' method
]
DOCS.append(("dev-h-01", "Euphrates Watch (daily bulletin)", "2025-04-15", "monitoring group's daily tally of small incidents",
             "Syria/Deir ez-Zor: IED on an SDF vehicle near Busayrah, shepherd shot by a sniper near Dhiban, mortars on "
             "farmland at Abu Hamam (no casualties), teacher abducted in al-Shuhail, Asayish raid in al-Sour, April total",
             T01, E01))
WEEKDAYS += [("dev-h-01", "Tuesday, 15 April 2025", "2025-04-15", "Tuesday"),
             ("dev-h-01", "on Monday / late on Monday", "2025-04-14", "Monday")]

# =============================================================================
# dev-h-02  local outlet's report naming villages — Syria: Suwayda (Walgha, al-Dour, Tha'la, al-Mazraa), Daraa (Busra al-Harir, Ghasam) (Fri 10 Oct 2025)
# =============================================================================
T02 = """Mortar fire kills two farmers in western Suwayda villages; former rebel commander shot dead in Busra al-Harir

Hauran Voice | Local news | Suwayda and Daraa | Friday, 10 October 2025

Two farmers were killed and four other people wounded on Thursday afternoon when mortar shells fell on the villages of Walgha and al-Dour in the western countryside of Suwayda province, residents and medical staff at Suwayda National Hospital told Hauran Voice.

The dead, a father and his adult son from Walgha, were picking olives on the edge of the village when the first shell landed, a relative said. Residents blamed Bedouin tribal fighters who have held positions around the village of al-Mazraa since the summer's fighting. Tribal leaders could not be reached for comment.

Later the same evening, fighters of the Druze-led National Guard exchanged fire with tribal gunmen for about two hours on the outskirts of Tha'la, a village 10 km west of Suwayda city, according to a local commander, who said one of his men was lightly wounded. Government security forces, deployed along the road between Suwayda and Daraa under a truce agreed in July, did not intervene.

In the Daraa countryside, unidentified gunmen on a motorcycle shot dead Ahmad al-Masri, a former commander in the rebel Southern Front who had gone back to farming, outside his house in the town of Busra al-Harir on Wednesday evening. His family said he had received threats for months. He is the third former rebel commander killed in eastern Daraa since August.

Also on Wednesday, General Security personnel at a checkpoint near the village of Ghasam, east of Daraa city, detained three young men from Suwayda who were travelling to Damascus, their relatives said. The Interior Ministry said the three were "wanted on criminal charges".

In al-Mazraa itself, the owners of two of the few Druze homes still standing in the village say tribal fighters looted and burned them on Tuesday night.
"""

TRIBES = ["Bedouin tribal fighters", "tribal fighters", "tribal gunmen", "Bedouin tribes", "Bedouin", "tribes",
          "tribal militias", "Bedouin Ethnic Militia"]
GUARD = ["National Guard", "Druze-led National Guard", "Druze fighters", "Druze militia", "Druze Ethnic Militia",
         "his men", "local commander"]
WALGHA = L(["Walgha", "al-Dour", "al-Daur", "western countryside of Suwayda", "Suwayda province", "Sweida province"],
           cc="SY")
THALA = L(["Tha'la", "Thaala", "Thaalah", "west of Suwayda", "Suwayda", "Sweida", "As-Suwayda"], 32.71, 36.57, "SY")
BUSRA_HARIR = L(["Busra al-Harir", "Bosra al-Harir", "eastern Daraa", "Daraa countryside"], cc="SY")
GHASAM = L(["Ghasam", "near the village of Ghasam", "east of Daraa"], cc="SY")
MAZRAA = L(["al-Mazraa", "al-Mazra'a", "Mazraa"], cc="SY")
HV = ["Hauran Voice", "author"]
E02 = [
    # the residents blame the tribal fighters, no claim -> tribes plus unknown (dev_g's blamed perpetrator)
    E(True, "Two farmers were killed and four other people wounded on Thursday afternoon when mortar shells fell on the villages of Walgha and al-Dour in the western countryside of Suwayda province",
      EXP, SHELL, actor1=TRIBES + UNK, actor2=CIV + ["farmers", "villages of Walgha and al-Dour", "father", "son"],
      location=WALGHA, date=D("2025-10-09"), killed=R(2), injured=R(4),
      source=HV + ["residents", "medical staff", "Suwayda National Hospital"]),
    E(False, "Mortar fire kills two farmers in western Suwayda villages", EXP, SHELL, actor1=TRIBES + UNK,
      actor2=CIV + ["farmers"], location=WALGHA, date=D("2025-10-09"), killed=R(2), source=HV),
    # "one of his men was lightly wounded" counts one side only -> 1..open; "10 km west of Suwayda city" ->
    # Suwayda's coordinates
    E(True, "fighters of the Druze-led National Guard exchanged fire with tribal gunmen for about two hours on the outskirts of Tha'la",
      BAT, CLASH, actor1=GUARD + TRIBES, actor2=TRIBES + GUARD, location=THALA, date=D("2025-10-09"),
      injured=R(1, None), source=["local commander", "commander"] + HV),
    E(False, "a truce agreed in July", STR, AGREE, actor1=SYGOV + GUARD + TRIBES, actor2=GUARD + TRIBES + SYGOV,
      location=L(["Suwayda", "Sweida"], 32.71, 36.57, "SY"), date=D("2025-07-01", "2025-07-31"), source=HV),
    # a former commander "who had gone back to farming" -> a civilian target -> Attack
    E(True, "unidentified gunmen on a motorcycle shot dead Ahmad al-Masri, a former commander in the rebel Southern Front who had gone back to farming, outside his house in the town of Busra al-Harir on Wednesday evening",
      VAC, ATTACK, actor1=UNK + ["unidentified gunmen", "gunmen"],
      actor2=CIV + ["Ahmad al-Masri", "former commander", "former rebel commander"], location=BUSRA_HARIR,
      date=D("2025-10-08"), killed=R(1), source=HV),
    E(False, "former rebel commander shot dead in Busra al-Harir", VAC, ATTACK, actor1=UNK,
      actor2=CIV + ["former rebel commander"], location=BUSRA_HARIR, date=D("2025-10-08"), killed=R(1), source=HV),
    E(False, "He is the third former rebel commander killed in eastern Daraa since August", VAC, ATTACK, actor1=UNK,
      actor2=CIV + ["former rebel commander"], location=L(["eastern Daraa", "Daraa"], cc="SY"),
      date=D("2025-08-01", "2025-10-08"), killed=R(3), source=HV, aggregate=True),
    E(True, "General Security personnel at a checkpoint near the village of Ghasam, east of Daraa city, detained three young men from Suwayda",
      STR, ARRESTS, actor1=SYGOV + ["checkpoint"], actor2=CIV + ["three young men", "young men", "men from Suwayda"],
      location=GHASAM, date=D("2025-10-08"), source=["relatives"] + HV + ["Interior Ministry"]),
    # "on Tuesday night" -> Tuesday or into Wednesday; the owners' account
    E(True, "tribal fighters looted and burned them on Tuesday night", STR, LOOT, actor1=TRIBES,
      actor2=CIV + ["Druze homes", "homes", "owners"], location=MAZRAA, date=D("2025-10-07", "2025-10-08"),
      source=["owners"] + HV),
    # no gold: "could not be reached", the threats he had received, "did not intervene" (a non-act),
    # the positions held "since the summer's fighting" (a standing deployment)
]
DOCS.append(("dev-h-02", "Hauran Voice", "2025-10-10", "local outlet's report naming villages",
             "Syria/Suwayda and Daraa: mortars on Walgha and al-Dour (two farmers), clash at Tha'la, a former rebel "
             "commander shot in Busra al-Harir, detentions at a Ghasam checkpoint, homes looted in al-Mazraa", T02, E02))
WEEKDAYS += [("dev-h-02", "Friday, 10 October 2025", "2025-10-10", "Friday"),
             ("dev-h-02", "on Thursday afternoon", "2025-10-09", "Thursday"),
             ("dev-h-02", "on Wednesday evening", "2025-10-08", "Wednesday"),
             ("dev-h-02", "on Tuesday night", "2025-10-07", "Tuesday")]

# =============================================================================
# dev-h-03  report with relative dates — Syria: al-Atarib (W Aleppo), Darat Izza, Kafr Nabl, Saraqib (Thu 20 Nov 2025)
# =============================================================================
T03 = """Car bomb in al-Atarib kills four as attacks rise in Aleppo and Idlib countryside

IDLIB, Nov 20 (Northwest Syria Dispatch) - A car bomb exploded near the vegetable market in the town of al-Atarib, in the western countryside of Aleppo, yesterday morning, killing four people and wounding 11, the Syrian Civil Defence said.

The blast tore through a row of shops at about 9 a.m., when the market was at its busiest. Three of the dead were traders, the civil defence said; the fourth was a boy who sold bread from a cart. No group has claimed responsibility.

Overnight, General Security forces raided a farmhouse on the outskirts of Darat Izza and detained five men they said belonged to an Islamic State cell, the Interior Ministry said this morning. It did not say whether the men were linked to the car bomb.

On Tuesday, two brothers aged 12 and 14 were killed when a landmine left over from the war exploded as they collected scrap metal in a field near Kafr Nabl, in the southern countryside of Idlib. Mines and unexploded shells have killed at least 160 people in the northwest since the fall of the former government, according to the civil defence.

Last week, gunmen fired on a General Security checkpoint at the entrance to Saraqib, killing one officer, and escaped towards the east, the ministry said at the time.

The day before the bombing, about 200 residents of al-Atarib had gathered in front of the town's administrative building to demand more patrols after a string of thefts and kidnappings. Organisers said the protest ended peacefully.

Local officials fear the bombing marks a return of the car bombs that hit towns in the Aleppo countryside in the early years of the conflict. "If the security forces do not find who did this, there will be more," said a member of the town council.
"""

ATARIB = L(["al-Atarib", "Atarib", "al-Atareb", "western countryside of Aleppo"], 36.14, 36.83, "SY")
DARAT_IZZA = L(["Darat Izza", "Daret Azza", "outskirts of Darat Izza"], cc="SY")
KAFR_NABL = L(["Kafr Nabl", "Kafranbel", "Kafr Nubl", "near Kafr Nabl", "southern countryside of Idlib"], 35.61, 36.56,
              "SY")
SARAQIB = L(["Saraqib", "entrance to Saraqib"], 35.86, 36.80, "SY")
NWSD = ["Northwest Syria Dispatch", "author"]
SCD = ["Syrian Civil Defence", "civil defence", "White Helmets"]
E03 = [
    # "yesterday morning" in a Thursday story -> Wednesday 19 November; a car bomb with no driver -> IED
    E(True, "A car bomb exploded near the vegetable market in the town of al-Atarib, in the western countryside of Aleppo, yesterday morning, killing four people and wounding 11",
      EXP, IED, actor1=UNK, actor2=CIV + ["vegetable market", "market", "people", "traders", "shops"],
      location=ATARIB, date=D("2025-11-19"), killed=R(4), injured=R(11), source=SCD + NWSD),
    E(False, "Car bomb in al-Atarib kills four", EXP, IED, actor1=UNK, actor2=CIV, location=ATARIB,
      date=D("2025-11-19"), killed=R(4), source=NWSD),
    E(False, "The blast tore through a row of shops at about 9 a.m.", EXP, IED, actor1=UNK,
      actor2=CIV + ["shops", "row of shops"], location=ATARIB, date=D("2025-11-19"), source=NWSD),
    # "Overnight ... said this morning" -> Wednesday or Thursday
    E(True, "General Security forces raided a farmhouse on the outskirts of Darat Izza and detained five men", STR,
      ARRESTS, actor1=SYGOV, actor2=ISIS + ["five men", "men", "farmhouse"], location=DARAT_IZZA,
      date=D("2025-11-19", "2025-11-20"), source=["Interior Ministry", "ministry"] + NWSD),
    # a war-era mine, nobody named -> unknown; "On Tuesday" -> 18 November
    E(True, "two brothers aged 12 and 14 were killed when a landmine left over from the war exploded as they collected scrap metal in a field near Kafr Nabl",
      EXP, IED, actor1=UNK, actor2=CIV + ["brothers", "two brothers", "children"], location=KAFR_NABL,
      date=D("2025-11-18"), killed=R(2), source=NWSD),
    E(False, "Mines and unexploded shells have killed at least 160 people in the northwest since the fall of the former government",
      EXP, IED, actor1=UNK, actor2=CIV, location=L(["northwest", "northwest Syria", "Idlib"], cc="SY"),
      date=D("2024-12-08", "2025-11-20"), killed=R(160, None), source=SCD, aggregate=True),
    # "Last week" -> Monday 10 to Sunday 16 November; gunmen and an armed checkpoint -> Armed clash
    E(True, "gunmen fired on a General Security checkpoint at the entrance to Saraqib, killing one officer", BAT, CLASH,
      actor1=UNK + ["gunmen"] + SYGOV, actor2=SYGOV + ["checkpoint", "General Security checkpoint", "officer"] + UNK,
      location=SARAQIB, date=D("2025-11-10", "2025-11-16"), killed=R(1), source=["ministry", "Interior Ministry"] + NWSD),
    # "The day before the bombing" -> Tuesday 18 November
    E(True, "about 200 residents of al-Atarib had gathered in front of the town's administrative building to demand more patrols",
      PRO, PEACEFUL, actor1=PROTESTERS + ["residents", "residents of al-Atarib"], location=ATARIB, date=D("2025-11-18"),
      source=NWSD + ["Organisers"]),
    # background (the war's early years) and a conditional warning
    E(False, "the car bombs that hit towns in the Aleppo countryside in the early years of the conflict", EXP, IED,
      actor1=UNK, actor2=CIV, location=L(["Aleppo countryside", "Aleppo"], cc="SY"), source=NWSD + ["Local officials"],
      aggregate=True),
    E(False, "If the security forces do not find who did this, there will be more", EXP, IED, actor1=UNK, actor2=CIV,
      location=ATARIB, source=["member of the town council", "town council"], status="hypothetical"),
    # no gold: "a string of thefts and kidnappings" (generic), "No group has claimed", "escaped towards the east"
]
DOCS.append(("dev-h-03", "Northwest Syria Dispatch", "2025-11-20", "report with relative dates",
             "Syria/Idlib and Aleppo: car bomb in al-Atarib yesterday, overnight raid near Darat Izza, landmine near Kafr "
             "Nabl on Tuesday, checkpoint attack in Saraqib last week, a protest the day before", T03, E03))
WEEKDAYS += [("dev-h-03", "Nov 20", "2025-11-20", "Thursday"), ("dev-h-03", "On Tuesday", "2025-11-18", "Tuesday"),
             ("dev-h-03", "Last week (start)", "2025-11-10", "Monday"), ("dev-h-03", "Last week (end)", "2025-11-16", "Sunday")]

# =============================================================================
# dev-h-04  arrest and raid campaign — Iraq: Anbar (Wadi Horan, Rutba, Fallujah), Nineveh (Imam Gharbi, Tal Afar) (Sun 15 Feb 2026)
# =============================================================================
T04 = """Iraqi forces detain 23 Islamic State suspects in Anbar and Nineveh sweep; air strike hits desert hideout

BAGHDAD, 15 February 2026 (Tigris Post) - Iraqi security forces have detained 23 suspected members of the Islamic State group in a week-long campaign of raids across Anbar and Nineveh provinces, the Security Media Cell said on Sunday.

The largest operation took place on Thursday in the Wadi Horan valley, about 60 km south-west of Rutba, where Counter-Terrorism Service (CTS) units backed by army aviation searched caves and abandoned shepherds' huts. An Iraqi F-16 struck a hideout in the valley before the raid, killing five militants, among them a local leader known as Abu Hajer, the cell said.

In Nineveh, army and police units raided houses in the village of Imam Gharbi, 70 km south of Mosul, at dawn on Friday and arrested six men wanted under the anti-terrorism law. One of them opened fire on the troops and was killed; a soldier was wounded in the exchange.

On Saturday, police in Tal Afar detained four people, including a woman, accused of transferring money to Islamic State families in the al-Hol camp in Syria. In Fallujah, intelligence officers arrested a man at a checkpoint on the road to Baghdad who they said had planned attacks during the November election campaign.

Relatives of two of the men detained in Imam Gharbi told Tigris Post that the pair were farmers with no links to the group and that troops had broken down the doors of their homes and beaten them during the arrests. A spokesman for the Nineveh Operations Command said all those detained had been arrested "on judicial warrants".

The Security Media Cell said the campaign would continue "until the last terrorist hideout is cleared" and that further operations were planned in the Hatra desert and the Jazira area on the border with Syria.

Since the start of the year, the CTS says it has carried out 58 operations and arrested 141 suspects nationwide. The Islamic State, which once held a third of Iraq, now operates in small cells in remote desert and mountain areas.
"""

IQSEC = ["Iraqi security forces", "Iraqi forces", "security forces", "Counter-Terrorism Service", "CTS", "army",
         "Iraqi army", "police", "army and police units", "troops", "intelligence officers", "Security Media Cell",
         "Nineveh Operations Command", "Military Forces of Iraq", "Police Forces of Iraq"]
IQAIR = ["Iraqi Air Force", "Iraqi F-16", "F-16", "army aviation", "Iraqi army", "Iraqi security forces",
         "Military Forces of Iraq"]
SUSPECTS = ISIS + ["suspects", "suspected members", "men", "terrorists"]
WADI_HORAN = L(["Wadi Horan", "Wadi Hauran", "Wadi Horan valley", "south-west of Rutba", "Rutba", "Anbar"], cc="IQ")
IMAM_GHARBI = L(["Imam Gharbi", "Imam al-Gharbi", "south of Mosul", "Nineveh"], cc="IQ")
TAL_AFAR = L(["Tal Afar", "Tel Afar", "Tal Afar district"], 36.38, 42.45, "IQ")
FALLUJAH = L(["Fallujah", "Falluja", "road to Baghdad"], 33.35, 43.78, "IQ")
ANBAR_NINEVEH = L(["Anbar", "Nineveh", "Anbar and Nineveh provinces"], cc="IQ")
TP = ["Tigris Post", "author"]
SMC = ["Security Media Cell", "cell", "Iraqi Security Media Cell"]
WEEK04 = D("2026-02-08", "2026-02-15")
FRI04 = D("2026-02-13")
E04 = [
    # the campaign's total -> aggregate; the headline restates it
    E(False, "Iraqi security forces have detained 23 suspected members of the Islamic State group in a week-long campaign of raids across Anbar and Nineveh provinces",
      STR, ARRESTS, actor1=IQSEC, actor2=SUSPECTS, location=ANBAR_NINEVEH, date=WEEK04, source=SMC + TP, aggregate=True),
    E(False, "Iraqi forces detain 23 Islamic State suspects in Anbar and Nineveh sweep", STR, ARRESTS, actor1=IQSEC,
      actor2=SUSPECTS, location=ANBAR_NINEVEH, date=WEEK04, source=TP, aggregate=True),
    # a search of caves with no detention or fight stated -> a non-core detail of the campaign
    E(False, "Counter-Terrorism Service (CTS) units backed by army aviation searched caves and abandoned shepherds' huts",
      STR, ARRESTS, actor1=IQSEC, actor2=SUSPECTS, location=WADI_HORAN, date=D("2026-02-12"), source=SMC + TP),
    # "about 60 km south-west of Rutba" is beyond the 30-km tolerance -> names only (new convention)
    E(True, "An Iraqi F-16 struck a hideout in the valley before the raid, killing five militants, among them a local leader known as Abu Hajer",
      EXP, AIR, actor1=IQAIR, actor2=ISIS + ["hideout", "Abu Hajer", "local leader"], location=WADI_HORAN,
      date=D("2026-02-12"), killed=R(5), source=SMC + TP),
    E(False, "air strike hits desert hideout", EXP, AIR, actor1=IQAIR, actor2=ISIS + ["hideout"], location=WADI_HORAN,
      date=D("2026-02-12"), source=TP),
    E(True, "army and police units raided houses in the village of Imam Gharbi, 70 km south of Mosul, at dawn on Friday and arrested six men",
      STR, ARRESTS, actor1=IQSEC, actor2=SUSPECTS + ["six men"] + CIV, location=IMAM_GHARBI, date=FRI04,
      source=SMC + TP),
    # the fight inside the raid: one suspect killed, one soldier wounded
    E(True, "One of them opened fire on the troops and was killed; a soldier was wounded in the exchange", BAT, CLASH,
      actor1=SUSPECTS + IQSEC, actor2=IQSEC + ["troops", "soldier"] + SUSPECTS, location=IMAM_GHARBI, date=FRI04,
      killed=R(1), injured=R(1), source=SMC + TP),
    E(True, "police in Tal Afar detained four people, including a woman", STR, ARRESTS, actor1=IQSEC,
      actor2=SUSPECTS + ["four people", "woman", "people"], location=TAL_AFAR, date=D("2026-02-14"), source=SMC + TP),
    # undated inside the week-long campaign -> the campaign's week
    E(True, "In Fallujah, intelligence officers arrested a man at a checkpoint on the road to Baghdad", STR, ARRESTS,
      actor1=IQSEC, actor2=SUSPECTS + ["man"], location=FALLUJAH, date=WEEK04, source=SMC + TP),
    E(False, "had planned attacks during the November election campaign", EXP, IED, actor1=["man"] + ISIS,
      actor2=CIV, location=L(["Iraq"], cc="IQ"), source=["intelligence officers"] + IQSEC, status="planned"),
    # the relatives' account of the Imam Gharbi raid -> core, their source
    E(True, "troops had broken down the doors of their homes and beaten them during the arrests", VAC, ATTACK,
      actor1=IQSEC, actor2=CIV + ["farmers", "pair", "men"], location=IMAM_GHARBI, date=FRI04,
      source=["Relatives", "relatives"] + TP),
    E(False, "further operations were planned in the Hatra desert and the Jazira area on the border with Syria", STR,
      ARRESTS, actor1=IQSEC, actor2=ISIS, location=L(["Hatra desert", "Hatra", "Jazira", "Jazira area"], cc="IQ"),
      source=SMC, status="planned"),
    E(False, "the campaign would continue \"until the last terrorist hideout is cleared\"", STR, ARRESTS, actor1=IQSEC,
      actor2=ISIS, location=ANBAR_NINEVEH, source=SMC, status="planned"),
    E(False, "it has carried out 58 operations and arrested 141 suspects nationwide", STR, ARRESTS,
      actor1=["Counter-Terrorism Service", "CTS"] + IQSEC, actor2=SUSPECTS, location=L(["Iraq", "nationwide"], cc="IQ"),
      date=D("2026-01-01", "2026-02-15"), source=["CTS", "Counter-Terrorism Service"], aggregate=True),
    E(False, "The Islamic State, which once held a third of Iraq", BAT, NSAOVER, actor1=ISIS, actor2=IQSEC,
      location=L(["Iraq"], cc="IQ"), source=TP, aggregate=True),
    # no gold: the money to families in al-Hol (an accusation, no act of violence), "on judicial warrants"
    # (a justification, no denial of the beating), "small cells in remote desert" (generic)
]
DOCS.append(("dev-h-04", "Tigris Post", "2026-02-15", "arrest and raid campaign",
             "Iraq/Anbar and Nineveh: week's 23 detentions, F-16 strike in Wadi Horan, raid and firefight in Imam Gharbi "
             "(beatings alleged), arrests in Tal Afar and Fallujah, planned operations, CTS totals", T04, E04))
WEEKDAYS += [("dev-h-04", "on Sunday / 15 February 2026", "2026-02-15", "Sunday"),
             ("dev-h-04", "on Thursday", "2026-02-12", "Thursday"), ("dev-h-04", "on Friday", "2026-02-13", "Friday"),
             ("dev-h-04", "On Saturday", "2026-02-14", "Saturday")]

# =============================================================================
# dev-h-05  toll revised later in the text — Iraq: Mutaibija (Salahuddin/Diyala), Baqubah-Muqdadiyah road (Mon 21 Jul 2025)
# =============================================================================
T05 = """Death toll in attack on Popular Mobilisation post near Mutaibija rises to five

SAMARRA, Iraq, July 21 (Rafidain News) - Islamic State militants attacked a Popular Mobilisation Forces (PMF) outpost in the Mutaibija area, on the boundary between Salahuddin and Diyala provinces, late on Sunday, killing three fighters and wounding four, security officials said.

The attackers approached the outpost, about 15 km east of the town of al-Dour, from the direction of the Himreen hills shortly after 11 p.m., firing machine guns and rocket-propelled grenades, a PMF officer in the sector said. The fighting lasted around 40 minutes before the militants withdrew. An Iraqi army drone later struck a vehicle believed to be carrying some of the attackers as it fled north, the Joint Operations Command said, without giving a toll.

Earlier on Sunday, a roadside bomb hit a fuel tanker on the road between Baqubah and Muqdadiyah, setting it ablaze and wounding its driver, Diyala police said. Police defused a second device planted 200 metres further along the road.

(UPDATE, 3:10 p.m.) Two of the wounded fighters died in hospital in Samarra on Monday afternoon, bringing the death toll from the Mutaibija attack to five, a medical source at the hospital said. The PMF named the dead in a statement and said they belonged to its 41st Brigade.

Mutaibija, a rugged area of orchards, canals and dry riverbeds, has long been one of the group's last strongholds in central Iraq. Attacks there have fallen sharply since 2021, but PMF commanders say small cells still cross from the Himreen hills at night. In March, militants killed two shepherds near the village of Albu Khalil, a few kilometres to the south, and stole their flock.

The PMF said in its statement that it would launch a "large-scale clearing operation" in the area in the coming days.
"""

PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "al-Hashd al-Shaabi",
       "outpost", "PMF outpost", "fighters", "41st Brigade", "Military Forces of Iraq"]
IQARMY05 = ["Iraqi army", "Joint Operations Command", "army drone", "Iraqi army drone", "Military Forces of Iraq"]
MUTAIBIJA = L(["Mutaibija", "Mutaibijah", "al-Mutaibija", "Mutaibija area", "east of the town of al-Dour", "al-Dour",
               "al-Dur"], 34.46, 43.79, "IQ")
BAQ_MUQ = L(["road between Baqubah and Muqdadiyah", "Baqubah", "Baquba", "Muqdadiyah", "Muqdadiya", "Diyala"], 33.75,
            44.64, "IQ")
RAF = ["Rafidain News", "author"]
SEC05 = ["security officials", "PMF officer"] + RAF
NIGHT05 = D("2025-07-20", "2025-07-21")
E05 = [
    # the toll was revised from three to five dead (two of the four wounded died): the latest on the core
    # event, whose evidence leaves out the superseded numbers; injured 2..4 (the two survivors, or the
    # four first reported); "late on Sunday ... shortly after 11 p.m." -> Sunday
    E(True, "Islamic State militants attacked a Popular Mobilisation Forces (PMF) outpost in the Mutaibija area, on the boundary between Salahuddin and Diyala provinces, late on Sunday",
      BAT, CLASH, actor1=ISIS + ["attackers"] + PMF, actor2=PMF + ISIS, location=MUTAIBIJA, date=D("2025-07-20"),
      killed=R(5), injured=R(2, 4), source=SEC05 + ["medical source"]),
    E(False, "killing three fighters and wounding four", BAT, CLASH, actor1=ISIS + PMF, actor2=PMF + ISIS,
      location=MUTAIBIJA, date=D("2025-07-20"), killed=R(3), injured=R(4), source=SEC05),
    E(False, "Two of the wounded fighters died in hospital in Samarra on Monday afternoon, bringing the death toll from the Mutaibija attack to five",
      BAT, CLASH, actor1=ISIS + PMF, actor2=PMF + ISIS, location=MUTAIBIJA, date=D("2025-07-20"), killed=R(5),
      source=["medical source", "medical source at the hospital"] + RAF),
    E(False, "Death toll in attack on Popular Mobilisation post near Mutaibija rises to five", BAT, CLASH,
      actor1=ISIS + PMF, actor2=PMF + ISIS, location=MUTAIBIJA, date=D("2025-07-20"), killed=R(5), source=RAF),
    E(False, "The attackers approached the outpost, about 15 km east of the town of al-Dour, from the direction of the Himreen hills shortly after 11 p.m., firing machine guns and rocket-propelled grenades",
      BAT, CLASH, actor1=ISIS + ["attackers"] + PMF, actor2=PMF + ISIS, location=MUTAIBIJA, date=D("2025-07-20"),
      source=["PMF officer"] + RAF),
    # after a fight that began after 11 p.m. and lasted 40 minutes -> Sunday night or Monday
    E(True, "An Iraqi army drone later struck a vehicle believed to be carrying some of the attackers as it fled north",
      EXP, AIR, actor1=IQARMY05, actor2=ISIS + ["vehicle", "attackers"], location=MUTAIBIJA, date=NIGHT05,
      source=["Joint Operations Command"] + RAF),
    # a fuel tanker and its driver; the bomb's owner is not named -> unknown
    E(True, "a roadside bomb hit a fuel tanker on the road between Baqubah and Muqdadiyah, setting it ablaze and wounding its driver",
      EXP, IED, actor1=UNK, actor2=CIV + ["fuel tanker", "driver", "tanker"], location=BAQ_MUQ, date=D("2025-07-20"),
      injured=R(1), source=["Diyala police", "police"] + RAF),
    E(True, "Police defused a second device planted 200 metres further along the road", STR, DISRUPT,
      actor1=["Diyala police", "Police", "police", "Police Forces of Iraq"], actor2=UNK + ["device", "second device"],
      location=BAQ_MUQ, date=D("2025-07-20"), source=["Diyala police", "police"] + RAF),
    # background from March -> non-core
    E(False, "In March, militants killed two shepherds near the village of Albu Khalil, a few kilometres to the south, and stole their flock",
      VAC, ATTACK, actor1=ISIS, actor2=CIV + ["shepherds", "two shepherds"],
      location=L(["Albu Khalil", "Mutaibija"], cc="IQ"), date=D("2025-03-01", "2025-03-31"), killed=R(2), source=RAF),
    E(False, "it would launch a \"large-scale clearing operation\" in the area in the coming days", BAT, CLASH,
      actor1=PMF, actor2=ISIS, location=MUTAIBIJA, source=["PMF", "Popular Mobilisation Forces", "statement"],
      status="planned"),
    # no gold: the naming of the dead, "Attacks there have fallen sharply since 2021" and "small cells still
    # cross ... at night" (generic)
]
DOCS.append(("dev-h-05", "Rafidain News", "2025-07-21", "article whose toll is revised later in the text",
             "Iraq/Salahuddin-Diyala: IS attack on a PMF outpost in Mutaibija (3 -> 5 killed), army drone strike on the "
             "fleeing attackers, IED on a fuel tanker on the Baqubah-Muqdadiyah road and a second bomb defused", T05, E05))
WEEKDAYS += [("dev-h-05", "July 21 / on Monday afternoon", "2025-07-21", "Monday"),
             ("dev-h-05", "late on Sunday", "2025-07-20", "Sunday")]

# =============================================================================
# dev-h-06  ministry of defence statement — Iraqi Kurdistan: Gara, Metina, Avasin-Basyan, Hakurk, Zap (Thu 23 Jan 2025)
# =============================================================================
T06 = """Ministry of National Defence weekly press briefing: 21 terrorists neutralised in northern Iraq and Syria in the past week

REPUBLIC OF TÜRKİYE MINISTRY OF NATIONAL DEFENCE | Weekly press briefing | Ankara, 23 January 2025

Our operations against the PKK/KCK terrorist organisation continue with determination. In the past week, 21 terrorists were neutralised in northern Iraq and Syria, 14 of them in the Claw-Lock operation area.

On 18 January, in an air operation carried out in the Gara region of northern Iraq, four terrorists who were detected preparing an attack on our bases were neutralised.

On 19 January, 26 caves, shelters and ammunition depots used by the terrorists in the Metina and Avaşin-Basyan regions were destroyed by our engineering units.

On the night of 20 January, terrorists attempted to harass our base in the Hakurk region with small-arms fire. The attack was repulsed by our troops, and three terrorists were neutralised. In this incident, one of our heroic comrades, Infantry Sergeant Mehmet Yıldırım, was martyred. We pray for God's mercy upon him and extend our condolences to his family and to our noble nation.

On 21 January, an armed drone of the terrorist organisation approaching our base in the Zap region was detected and destroyed by our air defence systems before it could reach its target. There were no losses or damage.

Claims circulated on social media by circles affiliated with the terrorist organisation that civilians were harmed in our air operation in the Gara region do not reflect the truth. All our operations are planned and conducted with the utmost care to prevent harm to civilians, the environment and cultural assets.

Our struggle will continue until the last terrorist is neutralised. In addition, two terrorists who had been persuaded by our security forces surrendered at the Habur border gate this week. Since 1 January, a total of 97 terrorists have been neutralised.
"""

TURKEY = ["Turkey", "Türkiye", "Turkish", "Turkish Armed Forces", "Turkish military", "Turkish Ministry of National Defence",
          "Ministry of National Defence", "our troops", "troops", "engineering units", "air defence systems",
          "our base", "base", "security forces", "Ankara", "Military Forces of Turkey"]
PKK = ["Kurdistan Workers' Party", "PKK", "PKK/KCK", "KCK", "terrorist organisation", "terrorists", "People's Defence Forces",
       "HPG"]
TR_MOD = ["Ministry of National Defence", "Turkish Ministry of National Defence", "MSB", "weekly press briefing",
          "author", "Ankara"]
GARA = L(["Gara", "Gara region", "northern Iraq"], cc="IQ")
METINA = L(["Metina", "Avaşin-Basyan", "Avasin-Basyan", "Metina and Avaşin-Basyan regions"], cc="IQ")
HAKURK = L(["Hakurk", "Hakurk region"], cc="IQ")
ZAP = L(["Zap", "Zap region"], cc="IQ")
N_IRAQ_SYRIA = L(["northern Iraq", "northern Iraq and Syria", "Iraq"], cc="IQ")
E06 = [
    # the weekly tally -> aggregate, "neutralised" -> casualties (dev-g-12's weekly bulletin)
    E(False, "In the past week, 21 terrorists were neutralised in northern Iraq and Syria", BAT, CLASH,
      actor1=TURKEY, actor2=PKK, location=N_IRAQ_SYRIA, date=D("2025-01-16", "2025-01-23"), casualties=R(21),
      source=TR_MOD, aggregate=True),
    E(False, "21 terrorists neutralised in northern Iraq and Syria in the past week", BAT, CLASH, actor1=TURKEY,
      actor2=PKK, location=N_IRAQ_SYRIA, date=D("2025-01-16", "2025-01-23"), casualties=R(21), source=TR_MOD,
      aggregate=True),
    E(True, "in an air operation carried out in the Gara region of northern Iraq, four terrorists who were detected preparing an attack on our bases were neutralised",
      EXP, AIR, actor1=TURKEY, actor2=PKK, location=GARA, date=D("2025-01-18"), casualties=R(4), source=TR_MOD),
    # destruction of the group's caves and depots -> property destruction (new convention)
    E(True, "26 caves, shelters and ammunition depots used by the terrorists in the Metina and Avaşin-Basyan regions were destroyed by our engineering units",
      STR, LOOT, actor1=TURKEY, actor2=PKK + ["caves", "shelters", "ammunition depots"], location=METINA,
      date=D("2025-01-19"), source=TR_MOD),
    # "three terrorists were neutralised" plus a sergeant killed -> casualties 3..4, killed 1..4 (new convention);
    # "On the night of 20 January" -> 20 or 21 January
    E(True, "terrorists attempted to harass our base in the Hakurk region with small-arms fire", BAT, CLASH,
      actor1=PKK + TURKEY, actor2=TURKEY + PKK, location=HAKURK, date=D("2025-01-20", "2025-01-21"),
      killed=R(1, 4), casualties=R(3, 4), source=TR_MOD),
    E(False, "The attack was repulsed by our troops, and three terrorists were neutralised", BAT, CLASH,
      actor1=TURKEY + PKK, actor2=PKK + TURKEY, location=HAKURK, date=D("2025-01-20", "2025-01-21"), casualties=R(3),
      source=TR_MOD),
    E(False, "one of our heroic comrades, Infantry Sergeant Mehmet Yıldırım, was martyred", BAT, CLASH,
      actor1=PKK + TURKEY, actor2=TURKEY + ["Infantry Sergeant", "Mehmet Yıldırım"] + PKK, location=HAKURK,
      date=D("2025-01-20", "2025-01-21"), killed=R(1), source=TR_MOD),
    # a drone shot down; "no losses or damage" -> killed and injured 0..0
    E(True, "an armed drone of the terrorist organisation approaching our base in the Zap region was detected and destroyed by our air defence systems",
      STR, DISRUPT, actor1=TURKEY, actor2=PKK + ["armed drone", "drone"], location=ZAP, date=D("2025-01-21"),
      killed=R(0), injured=R(0), source=TR_MOD),
    # the claim the ministry rejects, and the rejection -> both non-core (the claim is not the story)
    E(False, "civilians were harmed in our air operation in the Gara region", EXP, AIR, actor1=TURKEY,
      actor2=CIV, location=GARA, date=D("2025-01-18"),
      source=["social media", "circles affiliated with the terrorist organisation", "circles"]),
    E(False, "do not reflect the truth", EXP, AIR, actor1=TURKEY, actor2=CIV, location=GARA, date=D("2025-01-18"),
      source=TR_MOD, status="denied"),
    E(False, "Our struggle will continue until the last terrorist is neutralised", BAT, CLASH, actor1=TURKEY,
      actor2=PKK, location=N_IRAQ_SYRIA, source=TR_MOD, status="planned"),
    # a surrender: Strategic developments, sub-type unsettled -> non-core (new convention); "this week" ->
    # Monday 20 to Thursday 23 January
    E(False, "two terrorists who had been persuaded by our security forces surrendered at the Habur border gate this week",
      STR, OTHER, actor1=PKK + ["two terrorists"], actor2=TURKEY,
      location=L(["Habur border gate", "Habur", "Habur border crossing"], cc="TR"), date=D("2025-01-20", "2025-01-23"),
      source=TR_MOD),
    E(False, "Since 1 January, a total of 97 terrorists have been neutralised", BAT, CLASH, actor1=TURKEY, actor2=PKK,
      location=N_IRAQ_SYRIA, date=D("2025-01-01", "2025-01-23"), casualties=R(97), source=TR_MOD, aggregate=True),
    # no gold: "preparing an attack on our bases" (a motive), the condolences, the care taken for civilians
    # (generic), "14 of them in the Claw-Lock operation area" (a part of the weekly tally)
]
DOCS.append(("dev-h-06", "Turkish Ministry of National Defence (weekly briefing)", "2025-01-23",
             "ministry of defence statement",
             "Iraq/Kurdistan: Turkish air operation in Gara (4 neutralised, civilian harm denied), caves destroyed in "
             "Metina, harassment fire on a base in Hakurk (sergeant killed), PKK drone downed in Zap, weekly and "
             "yearly tallies", T06, E06))
WEEKDAYS += [("dev-h-06", "23 January 2025", "2025-01-23", "Thursday"),
             ("dev-h-06", "this week (start)", "2025-01-20", "Monday")]

# =============================================================================
# dev-h-07  wire story with tolls that differ by source — southern Lebanon: Nabatieh, Aitaroun, Shebaa, Kfar Kela (Tue 17 Mar 2026)
# =============================================================================
T07 = """Israeli strikes in south Lebanon kill at least three; Israel says it hit Hezbollah operatives

BEIRUT, March 17 (Levant Wire) - Israeli strikes on southern Lebanon killed at least three people on Tuesday, Lebanese authorities said, in one of the deadliest days since a ceasefire between Israel and Hezbollah took effect in November 2024.

An Israeli drone struck a car on the road between Nabatieh and Kfar Rumman at about 8 a.m., killing two people and wounding a third, the Lebanese health ministry said. The state-run National News Agency (NNA) said the car's driver had been the target and that the second man killed was a municipal employee driving past on a motorbike. The Israeli military said it had "eliminated a Hezbollah terrorist who was working to rebuild the organisation's weapons infrastructure" in the Nabatieh area, and did not mention a second casualty.

Later in the morning, an Israeli strike on a house in the village of Aitaroun, near the border, killed one person, the ministry said. Hezbollah's al-Manar television said the dead man was a 64-year-old farmer who had come back to repair his home, while the Israeli army said the building was used to store weapons. A Lebanese security source put the toll in Aitaroun at two, saying a woman was pulled dead from the rubble in the afternoon, but the ministry had not confirmed a second death by evening.

Israeli troops also fired at shepherds grazing their flocks near Shebaa, wounding one, the NNA reported. The Israeli army did not comment.

The UN peacekeeping force UNIFIL said a patrol near the village of Kfar Kela came under fire from an Israeli position on Monday, without causing injuries, and called the incident "a serious violation" of Security Council resolution 1701.

Hezbollah has not fired at Israel since the truce took effect, and said in a statement on Tuesday that "the resistance reserves the right to respond at the appropriate time". According to a tally by the health ministry, Israeli strikes have killed more than 330 people in Lebanon since the ceasefire.
"""

ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli drone", "Israeli position", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah", "Hezbollah terrorist", "the resistance", "Islamic Resistance"]
NABATIEH = L(["Nabatieh", "Nabatiyeh", "Kfar Rumman", "road between Nabatieh and Kfar Rumman", "Nabatieh area"], 33.38,
             35.48, "LB")
AITAROUN = L(["Aitaroun", "Aytaroun", "Aitarun", "village of Aitaroun"], 33.12, 35.47, "LB")
SHEBAA = L(["Shebaa", "Chebaa", "near Shebaa"], 33.35, 35.76, "LB")
KFAR_KELA = L(["Kfar Kela", "Kfar Kila", "Kafr Kila"], 33.28, 35.56, "LB")
SOUTH_LB = L(["southern Lebanon", "south Lebanon", "Lebanon"], cc="LB")
LW = ["Levant Wire", "author"]
LB_MOH = ["Lebanese health ministry", "health ministry", "ministry", "Lebanese authorities"]
NNA = ["National News Agency", "NNA", "state-run National News Agency"]
IDF_SRC = ["Israeli military", "Israeli army", "IDF"]
TUE07 = D("2026-03-17")
E07 = [
    # the day's strikes summed up -> a non-core aggregate, with its headline
    E(False, "Israeli strikes on southern Lebanon killed at least three people on Tuesday", EXP, AIR, actor1=ISRAEL,
      actor2=CIV + ["people"], location=SOUTH_LB, date=TUE07, killed=R(3, None), source=LB_MOH + LW, aggregate=True),
    E(False, "Israeli strikes in south Lebanon kill at least three", EXP, AIR, actor1=ISRAEL, actor2=CIV,
      location=SOUTH_LB, date=TUE07, killed=R(3, None), source=LW, aggregate=True),
    E(False, "a ceasefire between Israel and Hezbollah took effect in November 2024", STR, AGREE, actor1=ISRAEL + HEZB,
      actor2=HEZB + ISRAEL, location=L(["Lebanon"], cc="LB"), date=D("2024-11-01", "2024-11-30"), source=LW),
    # Nabatieh: the ministry's toll (2 killed, 1 wounded) and Israel's version (one Hezbollah man eliminated)
    E(True, "An Israeli drone struck a car on the road between Nabatieh and Kfar Rumman at about 8 a.m., killing two people and wounding a third",
      EXP, AIR, actor1=ISRAEL, actor2=CIV + HEZB + ["car", "people", "driver"], location=NABATIEH, date=TUE07,
      killed=R(2), injured=R(1), source=LB_MOH + LW),
    E(False, "the second man killed was a municipal employee driving past on a motorbike", EXP, AIR, actor1=ISRAEL,
      actor2=CIV + ["municipal employee"], location=NABATIEH, date=TUE07, killed=R(1), source=NNA),
    E(True, "it had \"eliminated a Hezbollah terrorist who was working to rebuild the organisation's weapons infrastructure\" in the Nabatieh area",
      EXP, AIR, actor1=ISRAEL, actor2=HEZB, location=NABATIEH, date=TUE07, killed=R(1), source=IDF_SRC),
    E(False, "Israel says it hit Hezbollah operatives", EXP, AIR, actor1=ISRAEL, actor2=HEZB + ["Hezbollah operatives"],
      location=SOUTH_LB, date=TUE07, source=IDF_SRC + LW),
    # Aitaroun: the ministry's one dead and the security source's two -> one core event per version;
    # al-Manar's farmer and the army's weapons store are the targets of the same strike (non-core)
    E(True, "an Israeli strike on a house in the village of Aitaroun, near the border, killed one person", EXP, AIR,
      actor1=ISRAEL, actor2=CIV + ["house", "person", "farmer"], location=AITAROUN, date=TUE07, killed=R(1),
      source=LB_MOH),
    E(True, "A Lebanese security source put the toll in Aitaroun at two", EXP, AIR, actor1=ISRAEL,
      actor2=CIV + ["house", "woman", "farmer"], location=AITAROUN, date=TUE07, killed=R(2),
      source=["Lebanese security source", "security source"]),
    E(False, "the Israeli army said the building was used to store weapons", EXP, AIR, actor1=ISRAEL,
      actor2=HEZB + ["building", "weapons"], location=AITAROUN, date=TUE07, source=IDF_SRC),
    # troops firing at shepherds -> Violence against civilians/Attack
    E(True, "Israeli troops also fired at shepherds grazing their flocks near Shebaa, wounding one", VAC, ATTACK,
      actor1=ISRAEL, actor2=CIV + ["shepherds", "shepherd"], location=SHEBAA, date=TUE07, injured=R(1), source=NNA + LW),
    # fire on armed peacekeepers -> Armed clash; "without causing injuries" -> injured 0..0
    E(True, "a patrol near the village of Kfar Kela came under fire from an Israeli position on Monday", BAT, CLASH,
      actor1=ISRAEL + ["UNIFIL"], actor2=["UNIFIL", "United Nations Interim Force in Lebanon", "patrol",
                                          "peacekeepers", "United Nations"] + ISRAEL,
      location=KFAR_KELA, date=D("2026-03-16"), injured=R(0), source=["UNIFIL", "UN peacekeeping force"]),
    E(False, "\"the resistance reserves the right to respond at the appropriate time\"", EXP, SHELL, actor1=HEZB,
      actor2=ISRAEL, location=SOUTH_LB, source=["Hezbollah", "statement"], status="planned"),
    E(False, "Israeli strikes have killed more than 330 people in Lebanon since the ceasefire", EXP, AIR,
      actor1=ISRAEL, actor2=CIV + HEZB, location=L(["Lebanon"], cc="LB"), date=D("2024-11-27", "2026-03-17"),
      killed=R(331, None), source=LB_MOH, aggregate=True),
    # no gold: "did not mention a second casualty", "had not confirmed a second death" and "did not comment"
    # (non-statements), "Hezbollah has not fired at Israel since the truce" (a negated generic), resolution 1701
]
DOCS.append(("dev-h-07", "Levant Wire", "2026-03-17", "wire story with tolls that differ by source",
             "Lebanon/south: drone strike on a car near Nabatieh (2 vs 'a Hezbollah terrorist'), strike on a house in "
             "Aitaroun (1 vs 2 dead), shepherds fired on near Shebaa, UNIFIL patrol fired on near Kfar Kela", T07, E07))
WEEKDAYS += [("dev-h-07", "March 17 / on Tuesday", "2026-03-17", "Tuesday"), ("dev-h-07", "on Monday", "2026-03-16", "Monday")]

# =============================================================================
# dev-h-08  protest met by force — West Bank: Kafr Qaddum (Qalqilya), Jit (Sat 16 Aug 2025)
# =============================================================================
T08 = """Teenager shot dead as Israeli troops disperse weekly march in Kafr Qaddum

NABLUS, West Bank, 16 August 2025 (Jordan Valley Times) - A 16-year-old Palestinian was shot dead and at least 27 other people were injured on Friday when Israeli troops opened fire on the weekly march against a settlement outpost in the village of Kafr Qaddum, east of Qalqilya, the Palestinian Red Crescent said.

Several hundred residents set out after midday prayers towards the eastern edge of the village, where settlers put up an outpost on village land in June. Witnesses said soldiers fired tear gas and stun grenades as soon as the march reached the main road, then live ammunition and rubber-coated bullets when some young men threw stones and burned tyres.

The Red Crescent said the teenager, Yazan Odeh, was hit in the chest by a live round and died at Rafidia hospital in Nablus. Of the injured, four were hit by live fire, nine by rubber-coated bullets and the rest were treated for tear gas inhalation. A Red Crescent ambulance was hit by a tear gas canister, its crew said.

The Israeli military said troops had responded to "a violent riot in which dozens of suspects hurled rocks at forces" and that it was aware of reports of a Palestinian killed. It said the incident was under review.

After the march, troops raided homes in the village and detained five young men, including the brother of the slain teenager, the village council said.

Earlier on Friday, a group of about 20 settlers, some of them masked, attacked farmers harvesting figs near the village of Jit, a few kilometres to the north, beating two men and setting fire to a car, according to the local council head. Troops arrived and fired tear gas at the farmers, he said.

Residents of Kafr Qaddum have marched every Friday since 2011, when the army closed the village's road to Nablus. The village council said it would hold a funeral march on Saturday afternoon.
"""

IDF08 = ["Israeli troops", "Israeli military", "Israeli army", "Israel Defense Forces", "IDF", "soldiers", "troops",
         "forces", "Israel", "Military Forces of Israel"]
SETTLERS = ["Israeli settlers", "settlers", "masked settlers", "Settlers (Israel)", "group of about 20 settlers"]
MARCHERS = ["residents", "marchers", "weekly march", "march", "Palestinians", "Palestinian", "young men"]
KAFR_QADDUM = L(["Kafr Qaddum", "Kafr Qaddoum", "Kufr Qaddum", "east of Qalqilya", "Qalqilya", "Qalqiliya"], 32.19,
                34.97, "PS")
JIT = L(["Jit", "village of Jit", "near the village of Jit"], cc="PS")
JVT = ["Jordan Valley Times", "author"]
PRCS = ["Palestinian Red Crescent", "Red Crescent", "PRCS"]
FRI08 = D("2025-08-15")
E08 = [
    # live fire on a march, a boy killed -> Excessive force (the report's emphasis); "at least 27" -> 27..open
    E(True, "A 16-year-old Palestinian was shot dead and at least 27 other people were injured on Friday when Israeli troops opened fire on the weekly march against a settlement outpost in the village of Kafr Qaddum",
      PRO, EXCESSIVE, **PROTEST_SIDES(IDF08 + MARCHERS), location=KAFR_QADDUM, date=FRI08, killed=R(1),
      injured=R(27, None), source=PRCS + JVT),
    E(False, "Teenager shot dead as Israeli troops disperse weekly march in Kafr Qaddum", PRO, EXCESSIVE,
      **PROTEST_SIDES(IDF08 + MARCHERS), location=KAFR_QADDUM, date=FRI08, killed=R(1), source=JVT),
    E(False, "Several hundred residents set out after midday prayers towards the eastern edge of the village", PRO,
      EXCESSIVE, **PROTEST_SIDES(IDF08 + MARCHERS), location=KAFR_QADDUM, date=FRI08, source=JVT),
    E(False, "soldiers fired tear gas and stun grenades as soon as the march reached the main road, then live ammunition and rubber-coated bullets",
      PRO, EXCESSIVE, **PROTEST_SIDES(IDF08 + MARCHERS), location=KAFR_QADDUM, date=FRI08, source=["Witnesses", "witnesses"]),
    E(False, "some young men threw stones and burned tyres", RIOT, VIOLENT,
      actor1=["young men", "rioters", "protesters", "demonstrators"] + MARCHERS, actor2=IDF08, location=KAFR_QADDUM,
      date=FRI08, source=["Witnesses", "witnesses"]),
    # the army's version of the same afternoon -> a riot, core, sourced to the army (new convention)
    E(True, "troops had responded to \"a violent riot in which dozens of suspects hurled rocks at forces\"", RIOT,
      VIOLENT, actor1=["suspects", "rioters", "dozens of suspects", "Palestinians"] + MARCHERS, actor2=IDF08,
      location=KAFR_QADDUM, date=FRI08, source=["Israeli military", "IDF", "Israeli army"]),
    E(False, "A Red Crescent ambulance was hit by a tear gas canister", PRO, EXCESSIVE,
      **PROTEST_SIDES(IDF08 + ["ambulance", "Red Crescent ambulance", "crew"]), location=KAFR_QADDUM, date=FRI08,
      source=["crew"] + PRCS),
    E(False, "settlers put up an outpost on village land in June", STR, BASE, actor1=SETTLERS,
      actor2=CIV + ["village land", "Kafr Qaddum"], location=KAFR_QADDUM, date=D("2025-06-01", "2025-06-30"),
      source=JVT),
    # "After the march" -> Friday, or the night into Saturday
    E(True, "troops raided homes in the village and detained five young men, including the brother of the slain teenager",
      STR, ARRESTS, actor1=IDF08, actor2=CIV + ["five young men", "young men", "brother"] + MARCHERS,
      location=KAFR_QADDUM, date=D("2025-08-15", "2025-08-16"), source=["village council"] + JVT),
    # settlers beating farmers near Jit: place given only as a village "a few kilometres to the north"
    E(True, "a group of about 20 settlers, some of them masked, attacked farmers harvesting figs near the village of Jit",
      VAC, ATTACK, actor1=SETTLERS, actor2=CIV + ["farmers", "two men"], location=JIT, date=FRI08, injured=R(2),
      source=["local council head", "council head"] + JVT),
    E(False, "setting fire to a car", STR, LOOT, actor1=SETTLERS, actor2=CIV + ["car"], location=JIT, date=FRI08,
      source=["local council head"] + JVT),
    E(False, "Troops arrived and fired tear gas at the farmers", VAC, ATTACK, actor1=IDF08, actor2=CIV + ["farmers"],
      location=JIT, date=FRI08, source=["local council head", "council head"]),
    E(False, "Residents of Kafr Qaddum have marched every Friday since 2011", PRO, PEACEFUL,
      actor1=PROTESTERS + MARCHERS, location=KAFR_QADDUM, date=D("2011-01-01", "2025-08-15"), source=JVT,
      aggregate=True),
    E(False, "it would hold a funeral march on Saturday afternoon", PRO, PEACEFUL, actor1=PROTESTERS + MARCHERS,
      location=KAFR_QADDUM, date=D("2025-08-16"), source=["village council"], status="planned"),
    # no gold: the boy's death in a Nablus hospital (the same killing), "under review", the 2011 road
    # closure (a standing measure)
]
DOCS.append(("dev-h-08", "Jordan Valley Times", "2025-08-16", "protest met by force",
             "West Bank/Qalqilya: troops fire on the Kafr Qaddum march (a boy killed, 27+ hurt; the army's 'violent "
             "riot'), detentions after it, settlers attack fig pickers near Jit, a planned funeral march", T08, E08))
WEEKDAYS += [("dev-h-08", "16 August 2025 / Saturday afternoon", "2025-08-16", "Saturday"),
             ("dev-h-08", "on Friday", "2025-08-15", "Friday")]

# =============================================================================
# dev-h-09  correspondent's feature with background history — Gaza: Khan Younis, Bani Suheila, Abasan (Sun 30 Nov 2025)
# =============================================================================
T09 = """On the edge of the yellow line, Khan Younis counts its losses and its risks

By our correspondent | The Eastern Mediterranean Review | Khan Younis, 30 November 2025

The line is not painted anywhere. Families in the east of Khan Younis know where it runs only from the yellow concrete blocks the Israeli army has dropped along the fields of Bani Suheila, and from the sound of gunfire when someone walks too close.

Since the ceasefire took effect on 10 October, Israeli troops have held roughly half of the Gaza Strip behind that line. On Thursday morning, soldiers opened fire on two men collecting firewood near the blocks east of Bani Suheila, killing one of them, Mahmoud Abu Daqqa, 41, and wounding his cousin, according to Nasser hospital. The Israeli military said troops had "eliminated a terrorist who crossed the yellow line and approached the forces, posing an immediate threat". His cousin says they were 300 metres from the nearest block.

Beyond the line, the demolitions go on. Residents watching from the rooftops of Abasan say army bulldozers and controlled explosions have levelled dozens of homes east of the town since the truce. On Friday, a series of blasts shook the area for most of the afternoon; the army says it is destroying "terrorist infrastructure".

Umm Khaled, 58, has lived through all of it. In December 2023, an air strike flattened the house next door and killed eleven members of the neighbouring family. In March 2024, her eldest son was wounded by shrapnel when tanks shelled the area around the European Hospital. She has moved nine times.

Her family is among hundreds of thousands now sheltering west of the line, in tents along the coast at al-Mawasi. Gaza's health ministry says more than 69,000 Palestinians have been killed since October 2023, including more than 350 since the ceasefire.

Hamas's own security forces have also returned to the streets. Last month, gunmen from the group's Rada'a unit shot dead at least seven men in a square in Khan Younis whom they accused of collaborating with Israel, according to a rights group in the city. Hamas said they were members of armed gangs who had attacked aid convoys.

"The war has stopped for the newspapers," Umm Khaled says. "Not for us."
"""

IDF09 = ["Israeli troops", "Israeli army", "Israeli military", "Israel Defense Forces", "IDF", "soldiers", "troops",
         "army", "tanks", "army bulldozers", "Israel", "Military Forces of Israel"]
HAMAS = ["Hamas", "Rada'a unit", "Rada'a", "Hamas security forces", "Hamas's own security forces", "gunmen",
         "Harakat al-Muqawama al-Islamiya"]
BANI_SUHEILA = L(["Bani Suheila", "Bani Suhaila", "east of Bani Suheila", "Khan Younis", "Khan Yunis"], 31.34, 34.32,
                 "PS")
ABASAN = L(["Abasan", "Abasan al-Kabira", "east of the town", "Khan Younis"], 31.32, 34.35, "PS")
KHAN_YOUNIS = L(["Khan Younis", "Khan Yunis", "European Hospital", "east of Khan Younis"], 31.34, 34.30, "PS")
GAZA = L(["Gaza", "Gaza Strip"], cc="PS")
EMR = ["The Eastern Mediterranean Review", "Eastern Mediterranean Review", "correspondent", "author"]
E09 = [
    E(False, "the ceasefire took effect on 10 October", STR, AGREE, actor1=["Israel", "Hamas"],
      actor2=["Hamas", "Israel"], location=GAZA, date=D("2025-10-10"), source=EMR),
    # the feature's present: the Thursday shooting, in the hospital's version (firewood collectors) and the
    # army's (a terrorist who approached) -> two core versions, both Attack (new convention)
    E(True, "soldiers opened fire on two men collecting firewood near the blocks east of Bani Suheila, killing one of them, Mahmoud Abu Daqqa, 41, and wounding his cousin",
      VAC, ATTACK, actor1=IDF09, actor2=CIV + ["two men", "men collecting firewood", "Mahmoud Abu Daqqa", "cousin"],
      location=BANI_SUHEILA, date=D("2025-11-27"), killed=R(1), injured=R(1), source=["Nasser hospital"] + EMR),
    E(True, "troops had \"eliminated a terrorist who crossed the yellow line and approached the forces, posing an immediate threat\"",
      VAC, ATTACK, actor1=IDF09, actor2=["terrorist", "Palestinian", "man"] + CIV, location=BANI_SUHEILA,
      date=D("2025-11-27"), killed=R(1), source=["Israeli military", "IDF", "Israeli army"]),
    # demolitions: the running count since the truce -> aggregate; Friday's blasts -> a core demolition
    E(False, "army bulldozers and controlled explosions have levelled dozens of homes east of the town since the truce",
      STR, LOOT, actor1=IDF09, actor2=CIV + ["homes", "dozens of homes"], location=ABASAN,
      date=D("2025-10-10", "2025-11-30"), source=["Residents", "residents"] + EMR, aggregate=True),
    E(True, "On Friday, a series of blasts shook the area for most of the afternoon", STR, LOOT, actor1=IDF09,
      actor2=CIV + ["homes", "terrorist infrastructure", "buildings"], location=ABASAN, date=D("2025-11-28"),
      source=EMR + ["Residents"]),
    E(False, "the army says it is destroying \"terrorist infrastructure\"", STR, LOOT, actor1=IDF09,
      actor2=["terrorist infrastructure"] + HAMAS, location=ABASAN, source=["army", "Israeli army"], aggregate=True),
    # Umm Khaled's history -> background, non-core however detailed
    E(False, "an air strike flattened the house next door and killed eleven members of the neighbouring family", EXP,
      AIR, actor1=IDF09 + ["Israeli Air Force"], actor2=CIV + ["house", "family", "neighbouring family"],
      location=KHAN_YOUNIS, date=D("2023-12-01", "2023-12-31"), killed=R(11), source=EMR + ["Umm Khaled"]),
    E(False, "her eldest son was wounded by shrapnel when tanks shelled the area around the European Hospital", EXP,
      SHELL, actor1=IDF09, actor2=CIV + ["eldest son", "son"], location=KHAN_YOUNIS, date=D("2024-03-01", "2024-03-31"),
      injured=R(1), source=EMR + ["Umm Khaled"]),
    E(False, "more than 69,000 Palestinians have been killed since October 2023", EXP, AIR, actor1=IDF09,
      actor2=CIV + ["Palestinians"], location=GAZA, date=D("2023-10-07", "2025-11-30"), killed=R(69001, None),
      source=["Gaza's health ministry", "health ministry"], aggregate=True),
    E(False, "including more than 350 since the ceasefire", EXP, AIR, actor1=IDF09, actor2=CIV + ["Palestinians"],
      location=GAZA, date=D("2025-10-10", "2025-11-30"), killed=R(351, None),
      source=["Gaza's health ministry", "health ministry"], aggregate=True),
    # "Last month" -> October 2025; a specific killing with a place and a count -> core, the rights group's
    E(True, "gunmen from the group's Rada'a unit shot dead at least seven men in a square in Khan Younis", VAC, ATTACK,
      actor1=HAMAS, actor2=CIV + ["seven men", "men", "collaborators", "armed gangs"], location=KHAN_YOUNIS,
      date=D("2025-10-01", "2025-10-31"), killed=R(7, None), source=["rights group", "a rights group in the city"]),
    E(False, "Hamas said they were members of armed gangs", VAC, ATTACK, actor1=HAMAS,
      actor2=["armed gangs", "members of armed gangs", "gangs"] + CIV, location=KHAN_YOUNIS,
      date=D("2025-10-01", "2025-10-31"), source=["Hamas"]),
    # no gold: the yellow line and the troops holding half the Strip (a standing position), "who had attacked
    # aid convoys" (Hamas's generic accusation), the displacement to al-Mawasi, "She has moved nine times"
]
DOCS.append(("dev-h-09", "The Eastern Mediterranean Review (feature)", "2025-11-30",
             "correspondent's feature with background history",
             "Gaza/Khan Younis: a firewood collector shot near the yellow line (or 'a terrorist'), demolitions east of "
             "Abasan, Hamas's Rada'a unit kills seven; a family's 2023-24 losses and the war totals as background",
             T09, E09))
WEEKDAYS += [("dev-h-09", "30 November 2025", "2025-11-30", "Sunday"), ("dev-h-09", "On Thursday morning", "2025-11-27", "Thursday"),
             ("dev-h-09", "On Friday", "2025-11-28", "Friday")]

# =============================================================================
# dev-h-10  drone and missile interceptions — Red Sea off Hodeidah, Eilat, the Arava (Wed 3 Sep 2025)
# =============================================================================
T10 = """Greek frigate shoots down two Houthi drones over Red Sea; missile lands near bulk carrier off Hodeidah

ATHENS/DUBAI, Sept 3 (Maritime Security Wire) - A Greek frigate serving with the European Union's Aspides naval mission shot down two drones launched from Houthi-controlled Yemen over the southern Red Sea early on Wednesday, the mission said.

The drones were intercepted about 45 nautical miles west of the port of Hodeidah while the frigate Psara was escorting two merchant vessels north towards the Suez Canal, Aspides said in a statement. Neither ship was damaged, and no one on board was hurt.

Hours earlier, late on Tuesday, a ballistic missile fell into the sea about one nautical mile from a Liberian-flagged bulk carrier sailing 60 nautical miles south-west of Hodeidah, the British military's United Kingdom Maritime Trade Operations (UKMTO) centre said. The crew reported a loud explosion and a column of water but no damage, and the vessel continued to its next port.

The Houthis did not immediately claim either incident. Their military spokesman said on Tuesday evening that the group's forces had attacked "an Israeli-linked ship" in the northern Red Sea with "a number of drones", and that the attack had "hit its target accurately". Neither UKMTO nor the maritime security firm Ambrey could confirm any hit on a vessel in the northern Red Sea that day.

Separately, the Israeli military said on Tuesday that its air defences had intercepted a missile launched from Yemen towards Eilat, and that a drone had been brought down over the Arava desert before it crossed the border. There were no reports of injuries.

The Houthis have attacked more than 100 merchant ships since November 2023, sinking four and killing at least eight seafarers. The group said after a pause in the spring that it would resume attacks on ships linked to Israel "wherever they are".

Shipping companies remain wary. Traffic through the Bab al-Mandab strait is still less than half of its level in 2023, according to data from the Joint Maritime Information Center.
"""

HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi-controlled Yemen",
          "Houthi drones", "group's forces", "Yemen"]
ASPIDES = ["EUNAVFOR Aspides", "Aspides", "European Union's Aspides naval mission", "European Union",
           "Greek frigate", "frigate Psara", "Psara", "Greek navy", "Military Forces of Greece"]
ISRAEL10 = ["Israel", "Israeli military", "Israeli air defences", "air defences", "IDF", "Israel Defense Forces",
            "Military Forces of Israel"]
SHIPS = ["merchant vessels", "merchant ships", "ships", "ship", "vessel", "seafarers"]
S_RED_SEA = L(["southern Red Sea", "Red Sea", "west of the port of Hodeidah", "Hodeidah", "Hudaydah"])
SW_HODEIDAH = L(["south-west of Hodeidah", "Hodeidah", "Red Sea", "southern Red Sea"])
N_RED_SEA = L(["northern Red Sea", "Red Sea"])
EILAT = L(["Eilat", "towards Eilat"], 29.56, 34.95, "IL")
ARAVA = L(["Arava desert", "Arava", "Arabah"])
MSW = ["Maritime Security Wire", "author"]
ASP_SRC = ["Aspides", "EUNAVFOR Aspides", "mission", "statement"]
UKMTO = ["United Kingdom Maritime Trade Operations", "UKMTO", "UKMTO centre", "British military"]
HOU_SRC = ["military spokesman", "Houthi military spokesman", "Houthis", "Houthi"]
IDF10 = ["Israeli military", "IDF", "Israel Defense Forces"]
E10 = [
    # at sea, 45 nautical miles (over 80 km) from Hodeidah -> names only, no country (new conventions);
    # "no one on board was hurt" -> killed and injured 0..0
    E(True, "A Greek frigate serving with the European Union's Aspides naval mission shot down two drones launched from Houthi-controlled Yemen over the southern Red Sea early on Wednesday",
      STR, DISRUPT, actor1=ASPIDES, actor2=HOUTHI + ["drones", "two drones"], location=S_RED_SEA, date=D("2025-09-03"),
      killed=R(0), injured=R(0), source=ASP_SRC + MSW),
    E(False, "Greek frigate shoots down two Houthi drones over Red Sea", STR, DISRUPT, actor1=ASPIDES,
      actor2=HOUTHI + ["drones"], location=S_RED_SEA, date=D("2025-09-03"), source=MSW),
    E(False, "The drones were intercepted about 45 nautical miles west of the port of Hodeidah", STR, DISRUPT,
      actor1=ASPIDES, actor2=HOUTHI + ["drones"], location=S_RED_SEA, date=D("2025-09-03"), source=ASP_SRC),
    # nobody claims or is blamed by name -> unknown, with the Houthis accepted (the story's frame); "no
    # damage" says nothing of people -> no casualty fields
    E(True, "a ballistic missile fell into the sea about one nautical mile from a Liberian-flagged bulk carrier sailing 60 nautical miles south-west of Hodeidah",
      EXP, SHELL, actor1=UNK + HOUTHI, actor2=["bulk carrier", "Liberian-flagged bulk carrier", "crew"] + SHIPS,
      location=SW_HODEIDAH, date=D("2025-09-02"), source=UKMTO),
    E(False, "missile lands near bulk carrier off Hodeidah", EXP, SHELL, actor1=UNK + HOUTHI,
      actor2=["bulk carrier"] + SHIPS, location=SW_HODEIDAH, date=D("2025-09-02"), source=MSW),
    # the group's own claim, unconfirmed by UKMTO and Ambrey -> core, occurred, sourced to the group
    # (dev-g-04); "that day" -> Tuesday
    E(True, "the group's forces had attacked \"an Israeli-linked ship\" in the northern Red Sea with \"a number of drones\"",
      EXP, AIR, actor1=HOUTHI, actor2=["Israeli-linked ship", "ship"] + SHIPS, location=N_RED_SEA,
      date=D("2025-09-02"), source=HOU_SRC),
    # "said on Tuesday that its air defences had intercepted" -> Monday or Tuesday; "There were no reports
    # of injuries" -> injured 0..0 on both Israeli items
    E(True, "its air defences had intercepted a missile launched from Yemen towards Eilat", STR, DISRUPT,
      actor1=ISRAEL10, actor2=HOUTHI + ["missile"], location=EILAT, date=D("2025-09-01", "2025-09-02"), injured=R(0),
      source=IDF10),
    E(True, "a drone had been brought down over the Arava desert before it crossed the border", STR, DISRUPT,
      actor1=ISRAEL10, actor2=HOUTHI + ["drone"], location=ARAVA, date=D("2025-09-01", "2025-09-02"), injured=R(0),
      source=IDF10),
    E(False, "The Houthis have attacked more than 100 merchant ships since November 2023, sinking four and killing at least eight seafarers",
      EXP, SHELL, actor1=HOUTHI, actor2=SHIPS, location=L(["Red Sea", "Gulf of Aden", "Bab al-Mandab"]),
      date=D("2023-11-01", "2025-09-03"), killed=R(8, None), source=MSW, aggregate=True),
    E(False, "it would resume attacks on ships linked to Israel \"wherever they are\"", EXP, SHELL, actor1=HOUTHI,
      actor2=SHIPS + ["ships linked to Israel"], location=L(["Red Sea"]), source=["Houthis", "group"],
      status="planned"),
    # no gold: "did not immediately claim", "could confirm any hit" (a non-confirmation, not a denial),
    # traffic through the strait, "a pause in the spring"
]
DOCS.append(("dev-h-10", "Maritime Security Wire", "2025-09-03", "drone and missile interceptions",
             "Red Sea/Yemen: Aspides frigate downs two Houthi drones off Hodeidah, missile lands near a bulk carrier, "
             "Houthi claim of a drone attack in the northern Red Sea, Israeli interceptions near Eilat and over the "
             "Arava, campaign totals", T10, E10))
WEEKDAYS += [("dev-h-10", "Sept 3 / early on Wednesday", "2025-09-03", "Wednesday"),
             ("dev-h-10", "late on Tuesday / on Tuesday", "2025-09-02", "Tuesday")]

# =============================================================================
# dev-h-11  claim of responsibility on Telegram — Iran: Sistan-Baluchestan, Rask, Saravan (Tue 11 Mar 2025)
# =============================================================================
T11 = """Jaish al-Adl claims deadly attack on police post near Rask; state media say two officers killed

Iran Desk | Gulf & Iran Monitor | 11 March 2025

The Sunni militant group Jaish al-Adl has claimed responsibility for an overnight attack on a police post near the town of Rask in Iran's Sistan-Baluchestan province, saying in a post on its Telegram channel that its fighters killed "at least ten" members of the security forces.

"In a complex operation, the mujahideen of Jaish al-Adl stormed the Paskuh police post in the Rask area with heavy and light weapons, and the post was in their hands for more than an hour," the group said in the message, which was posted at about 4 a.m. on Tuesday along with photographs of a burning vehicle. It said none of its fighters were harmed.

Iran's official IRNA news agency gave a very different account. Quoting the deputy governor of Sistan-Baluchestan, it said "terrorists" had fired on the police post late on Monday, killing two officers and wounding three, before fleeing towards the Pakistani border. The deputy governor said the attack "was repelled within minutes".

In a second post on Tuesday afternoon, Jaish al-Adl said its fighters had detonated a roadside bomb under a vehicle of the Revolutionary Guards on the road between Saravan and Sib-e Suran on Sunday. Iranian media had reported that a Guards vehicle overturned in the area on Sunday, injuring two personnel, and did not mention an explosion.

The Baluch rights group Haalvsh said that border guards opened fire on a group of fuel porters near Saravan on Monday afternoon, killing one porter, 19, and wounding another. The porters, known locally as soukhtbar, carry diesel across the border into Pakistan to sell it, and dozens are shot every year.

Jaish al-Adl, which Iran and the United States list as a terrorist organisation, has waged a low-level insurgency in the province for more than a decade. It claimed the killing of at least 11 police officers in an attack on a station in Rask in December 2023.

Iranian officials said security forces had launched a search operation in the Rask area and would "give a crushing response to the terrorists".
"""

JAA = ["Jaish al-Adl", "Jaish al-Adl fighters", "Army of Justice", "mujahideen of Jaish al-Adl", "terrorists",
       "Sunni militant group"]
IRPOL = ["Iranian police", "police", "police post", "Paskuh police post", "officers", "security forces",
         "Law Enforcement Command of the Islamic Republic of Iran", "FARAJA", "Police Forces of Iran",
         "Military Forces of Iran"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Guards", "Guards vehicle",
        "Military Forces of Iran"]
BORDER_GUARDS = ["border guards", "Iranian border guards", "Border Guard Command", "Police Forces of Iran",
                 "Military Forces of Iran"]
RASK = L(["Rask", "near the town of Rask", "Rask area", "Paskuh", "Sistan-Baluchestan", "Sistan and Baluchestan"],
         26.24, 61.40, "IR")
SARAVAN = L(["Saravan", "near Saravan", "road between Saravan and Sib-e Suran", "Sib-e Suran", "Sib and Suran"],
            27.37, 62.33, "IR")
GIM = ["Gulf & Iran Monitor", "Iran Desk", "author"]
JAA_SRC = JAA + ["Telegram channel", "Telegram", "post", "message"]
IRNA = ["IRNA", "Islamic Republic News Agency", "deputy governor", "deputy governor of Sistan-Baluchestan"]
NIGHT11 = D("2025-03-10", "2025-03-11")
E11 = [
    # the group's version on Telegram -> core, its figure (">= 10"), sourced to the group and the channel
    E(True, "Jaish al-Adl has claimed responsibility for an overnight attack on a police post near the town of Rask in Iran's Sistan-Baluchestan province",
      BAT, CLASH, actor1=JAA + IRPOL, actor2=IRPOL + JAA, location=RASK, date=NIGHT11, killed=R(10, None),
      source=JAA_SRC + GIM),
    E(False, "the mujahideen of Jaish al-Adl stormed the Paskuh police post in the Rask area with heavy and light weapons",
      BAT, CLASH, actor1=JAA + IRPOL, actor2=IRPOL + JAA, location=RASK, date=NIGHT11, source=JAA_SRC),
    E(False, "the post was in their hands for more than an hour", BAT, NSAOVER, actor1=JAA, actor2=IRPOL,
      location=RASK, date=NIGHT11, source=JAA_SRC),
    E(False, "Jaish al-Adl claims deadly attack on police post near Rask", BAT, CLASH, actor1=JAA + IRPOL,
      actor2=IRPOL + JAA, location=RASK, date=NIGHT11, source=JAA_SRC + GIM),
    # state media's version: two officers killed, three wounded, "late on Monday"
    E(True, "\"terrorists\" had fired on the police post late on Monday, killing two officers and wounding three",
      BAT, CLASH, actor1=JAA + IRPOL, actor2=IRPOL + JAA, location=RASK, date=D("2025-03-10"), killed=R(2),
      injured=R(3), source=IRNA),
    E(False, "state media say two officers killed", BAT, CLASH, actor1=JAA + IRPOL, actor2=IRPOL + JAA,
      location=RASK, date=D("2025-03-10"), killed=R(2), source=IRNA + GIM),
    # the official's "repelled within minutes" contradicts the group's hour-long hold -> a non-core denial
    E(False, "the attack \"was repelled within minutes\"", BAT, NSAOVER, actor1=JAA, actor2=IRPOL, location=RASK,
      date=D("2025-03-10"), source=IRNA, status="denied"),
    # the second Telegram claim: a bomb under an IRGC vehicle on Sunday; Iranian media's overturned vehicle
    # is an accident in their version (no event)
    E(True, "its fighters had detonated a roadside bomb under a vehicle of the Revolutionary Guards on the road between Saravan and Sib-e Suran on Sunday",
      EXP, IED, actor1=JAA, actor2=IRGC + ["vehicle"], location=SARAVAN, date=D("2025-03-09"), source=JAA_SRC),
    E(True, "border guards opened fire on a group of fuel porters near Saravan on Monday afternoon, killing one porter, 19, and wounding another",
      VAC, ATTACK, actor1=BORDER_GUARDS, actor2=CIV + ["fuel porters", "porters", "porter", "soukhtbar"],
      location=SARAVAN, date=D("2025-03-10"), killed=R(1), injured=R(1),
      source=["Haalvsh", "Baluch rights group", "rights group"]),
    # "dozens are shot every year" -> casualties 24..open, a yearly generic
    E(False, "dozens are shot every year", VAC, ATTACK, actor1=BORDER_GUARDS, actor2=CIV + ["porters", "soukhtbar"],
      location=L(["Sistan-Baluchestan", "border"], cc="IR"), casualties=R(24, None), source=GIM + ["Haalvsh"],
      aggregate=True),
    E(False, "It claimed the killing of at least 11 police officers in an attack on a station in Rask in December 2023",
      BAT, CLASH, actor1=JAA + IRPOL, actor2=IRPOL + JAA, location=RASK, date=D("2023-12-01", "2023-12-31"),
      killed=R(11, None), source=JAA + GIM),
    E(False, "security forces had launched a search operation in the Rask area", STR, OTHER, actor1=IRPOL + IRGC,
      actor2=JAA, location=RASK, date=D("2025-03-10", "2025-03-11"), source=["Iranian officials", "officials"]),
    E(False, "would \"give a crushing response to the terrorists\"", BAT, CLASH, actor1=IRPOL + IRGC, actor2=JAA,
      location=RASK, source=["Iranian officials", "officials"], status="planned"),
    # no gold: "none of its fighters were harmed" (part of the group's version), the photographs, the
    # terrorist listing, "a low-level insurgency ... for more than a decade" (generic)
]
DOCS.append(("dev-h-11", "Gulf & Iran Monitor", "2025-03-11", "claim of responsibility on Telegram",
             "Iran/Sistan-Baluchestan: Jaish al-Adl's Telegram claim on a police post near Rask (10+ vs IRNA's 2), its "
             "claimed IED on an IRGC vehicle near Saravan, border guards fire on fuel porters, a threatened response",
             T11, E11))
WEEKDAYS += [("dev-h-11", "11 March 2025 / on Tuesday", "2025-03-11", "Tuesday"),
             ("dev-h-11", "late on Monday / on Monday afternoon", "2025-03-10", "Monday"),
             ("dev-h-11", "on Sunday", "2025-03-09", "Sunday")]

# =============================================================================
# dev-h-12  a story with a denial — Turkey: Şırnak, Uludere, Ortabağ (Tue 23 Sep 2025)
# =============================================================================
T12 = """Governor denies army drone killed two herb gatherers in Şırnak, blames old landmine

DIYARBAKIR, Turkey, Sept 23 (Anatolian Frontier News) - The governor's office in Şırnak province on Tuesday denied that a military drone had killed two villagers in the mountains near the Iraqi border, saying the men died when they stepped on a landmine left over from past fighting.

The two men, a 47-year-old father of six and his 22-year-old nephew from the village of Ortabağ, in the Uludere district, were killed on Sunday while gathering wild rhubarb and herbs on a mountain slope about 15 km south-east of the village, relatives said. A third man, who was walking a few hundred metres behind them, was wounded in the leg.

The pro-Kurdish DEM Party said in a statement on Monday that the three had been hit by an armed drone, citing the wounded man, who it said had heard “a buzzing sound and then two explosions”. The party's co-chair called for a parliamentary inquiry and accused the authorities of “repeating Roboski”, a reference to the December 2011 air strike in the same district that killed 34 young smugglers.

“There was no air or drone operation in the area on the date in question,” the governor's office said. “Our citizens lost their lives when a mine planted years ago by the terrorist organisation exploded.” It said gendarmerie teams had cleared two more mines in the area on Monday and that an investigation had been opened.

The Ministry of National Defence said at its weekly briefing in Ankara last week that the armed forces had “no ongoing operations” in the region, after the PKK announced in May that it would dissolve and lay down its arms.

Residents say that hundreds of mines remain on the mountain. On Monday, about 300 people gathered peacefully outside the Uludere district governor's office to demand that the bodies be returned for burial without delay, a local journalist said. They were released to the families on Monday evening.
"""

TURKEY12 = ["Turkish Armed Forces", "Turkish military", "Turkish army", "army", "military drone", "armed drone",
            "authorities", "Turkey", "Turkish", "Military Forces of Turkey"]
PKK12 = ["PKK", "Kurdistan Workers' Party", "terrorist organisation"]
ORTABAG = L(["Ortabağ", "Ortabag", "Uludere", "Uludere district", "Şırnak", "Sirnak", "Şırnak province",
             "near the Iraqi border"], cc="TR")
ULUDERE = L(["Uludere", "Uludere district governor's office", "Şırnak", "Sirnak"], cc="TR")
AFN = ["Anatolian Frontier News", "author"]
GOV12 = ["governor's office", "Şırnak governor's office", "governor's office in Şırnak province", "governor",
         "Sirnak governor's office"]
DEM = ["DEM Party", "pro-Kurdish DEM Party", "Peoples' Equality and Democracy Party", "party", "wounded man"]
VILLAGERS12 = CIV + ["villagers", "two villagers", "men", "herb gatherers", "father", "nephew", "third man"]
SUN12 = D("2025-09-21")
E12 = [
    # two versions of one explosion -> one core event each (new convention): the accusers' drone strike and
    # the governor's old landmine; the relatives' neutral sentence -> a non-core copy
    E(True, "the three had been hit by an armed drone", EXP, AIR, actor1=TURKEY12 + UNK, actor2=VILLAGERS12,
      location=ORTABAG, date=SUN12, killed=R(2), injured=R(1), source=DEM),
    E(True, "the men died when they stepped on a landmine left over from past fighting", EXP, IED,
      actor1=UNK + PKK12, actor2=VILLAGERS12, location=ORTABAG, date=SUN12, killed=R(2), source=GOV12),
    E(False, "Our citizens lost their lives when a mine planted years ago by the terrorist organisation exploded",
      EXP, IED, actor1=PKK12 + UNK, actor2=VILLAGERS12 + ["citizens"], location=ORTABAG, date=SUN12, killed=R(2),
      source=GOV12),
    E(False, "were killed on Sunday while gathering wild rhubarb and herbs on a mountain slope about 15 km south-east of the village",
      EXP, IED, actor1=UNK + TURKEY12 + PKK12, actor2=VILLAGERS12, location=ORTABAG, date=SUN12, killed=R(2),
      source=["relatives"] + AFN),
    E(False, "A third man, who was walking a few hundred metres behind them, was wounded in the leg", EXP, IED,
      actor1=UNK + TURKEY12 + PKK12, actor2=VILLAGERS12, location=ORTABAG, date=SUN12, injured=R(1),
      source=["relatives"] + AFN),
    # the denials -> non-core, denied, sourced to the governor's office
    E(False, "denied that a military drone had killed two villagers in the mountains near the Iraqi border", EXP, AIR,
      actor1=TURKEY12, actor2=VILLAGERS12, location=ORTABAG, date=SUN12, killed=R(2), source=GOV12, status="denied"),
    E(False, "There was no air or drone operation in the area on the date in question", EXP, AIR, actor1=TURKEY12,
      actor2=VILLAGERS12, location=ORTABAG, date=SUN12, source=GOV12, status="denied"),
    E(False, "Governor denies army drone killed two herb gatherers in Şırnak", EXP, AIR, actor1=TURKEY12,
      actor2=VILLAGERS12, location=ORTABAG, date=SUN12, killed=R(2), source=GOV12 + AFN, status="denied"),
    E(False, "the December 2011 air strike in the same district that killed 34 young smugglers", EXP, AIR,
      actor1=["Turkish Air Force"] + TURKEY12, actor2=CIV + ["smugglers", "young smugglers"],
      location=L(["Roboski", "Uludere", "Şırnak"], cc="TR"), date=D("2011-12-01", "2011-12-31"), killed=R(34),
      source=AFN),
    # mines cleared -> Disrupted weapons use, the governor's statement
    E(True, "gendarmerie teams had cleared two more mines in the area on Monday", STR, DISRUPT,
      actor1=["gendarmerie", "gendarmerie teams", "Gendarmerie General Command", "Military Forces of Turkey",
              "Police Forces of Turkey"],
      actor2=PKK12 + UNK + ["mines"], location=ORTABAG, date=D("2025-09-22"), source=GOV12),
    E(False, "the PKK announced in May that it would dissolve and lay down its arms", STR, CHANGE, actor1=PKK12,
      location=L(["Turkey"], cc="TR"), date=D("2025-05-01", "2025-05-31"), source=AFN),
    E(True, "about 300 people gathered peacefully outside the Uludere district governor's office", PRO, PEACEFUL,
      actor1=PROTESTERS + ["people", "residents", "villagers"], location=ULUDERE, date=D("2025-09-22"),
      source=["local journalist"] + AFN),
    # no gold: "no ongoing operations" (a generic negation, not about this event), the call for an inquiry,
    # "hundreds of mines remain" (a standing hazard), the release of the bodies
]
DOCS.append(("dev-h-12", "Anatolian Frontier News", "2025-09-23", "a story with a denial",
             "Turkey/Şırnak: two herb gatherers killed near Uludere (DEM: an army drone; the governor: an old PKK "
             "landmine, drone denied), mines cleared, Roboski background, a peaceful gathering", T12, E12))
WEEKDAYS += [("dev-h-12", "Sept 23 / on Tuesday", "2025-09-23", "Tuesday"), ("dev-h-12", "on Sunday", "2025-09-21", "Sunday"),
             ("dev-h-12", "on Monday", "2025-09-22", "Monday")]

# =============================================================================
# dev-h-13  a threat of cross-border strikes — Jordan/Syria border: Ruwaished, Rabaa al-Sarhan, Mafraq; Salkhad (Mon 6 Apr 2026)
# =============================================================================
T13 = """Jordan warns it will strike smugglers' bases inside Syria after officer killed on border

AMMAN, April 6 (Desert Line News) - Jordan's army chief warned on Monday that his forces would strike "the dens of drug and arms smugglers" inside Syrian territory if Damascus did not act against them, a day after an officer was killed in a gunfight with smugglers on the north-eastern border.

Captain Omar al-Khalayleh, 29, died on Sunday when a patrol of the Eastern Military Region came under fire from a group of smugglers trying to cross near the Ruwaished district before dawn, the Jordan Armed Forces said. Soldiers returned fire, killing three of the smugglers, and the rest fled back into Syria, the army said. Two soldiers were wounded.

"We will not wait for the poison to reach our sons. We will go after the smugglers wherever they hide, on both sides of the border, and we will hit them hard," Major General Faisal al-Shorman told officers at the funeral in the town of Mafraq, according to the state news agency Petra.

The army said it had also shot down a drone carrying about 3 kg of crystal methamphetamine near the village of Rabaa al-Sarhan, east of Mafraq, on Saturday night.

In Damascus, the interior ministry said it would send reinforcements to the desert areas of southern Syria and would "not allow Syrian territory to be a platform that threatens the security of brothers in Jordan". Syrian security forces arrested seven men in the town of Salkhad, in Suwayda province, on Sunday night on suspicion of smuggling Captagon, a ministry statement said.

Jordanian officials have threatened cross-border action before. Analysts in Amman say air strikes on smugglers' farms in southern Syria could resume within weeks if the killing of the officer is followed by further attacks. Jordan was widely believed to be behind a series of unclaimed air strikes on suspected smugglers' homes in the Suwayda countryside in 2023 and 2024.
"""

JAF = ["Jordan Armed Forces", "Jordanian Armed Forces", "Jordanian army", "army", "Arab Army", "Eastern Military Region",
       "patrol", "soldiers", "Soldiers", "officer", "Captain Omar al-Khalayleh", "Royal Jordanian Air Force", "Jordan",
       "Jordanian", "his forces", "Military Forces of Jordan"]
SMUG13 = ["smugglers", "group of smugglers", "drug smugglers", "arms smugglers", "drug and arms smugglers",
          "smuggling networks", "smugglers' bases", "Captagon smugglers"]
RUWAISHED = L(["Ruwaished", "Ruwayshid", "Ruwaished district", "north-eastern border", "Jordan-Syria border"], cc="JO")
RABAA = L(["Rabaa al-Sarhan", "Rabaa al-Sarhan village", "east of Mafraq"], cc="JO")
S_SYRIA = L(["southern Syria", "Syria", "Syrian territory", "inside Syria"], cc="SY")
SALKHAD = L(["Salkhad", "Suwayda province", "Sweida"], 32.49, 36.71, "SY")
DLN = ["Desert Line News", "author"]
JAF_SRC = ["Jordan Armed Forces", "army", "Jordanian army"]
SUN13 = D("2026-04-05")
E13 = [
    # the officer killed, three smugglers killed by the return fire, two soldiers wounded -> killed 4, injured 2
    E(True, "a patrol of the Eastern Military Region came under fire from a group of smugglers trying to cross near the Ruwaished district before dawn",
      BAT, CLASH, actor1=SMUG13 + JAF, actor2=JAF + SMUG13, location=RUWAISHED, date=SUN13, killed=R(4), injured=R(2),
      source=JAF_SRC + DLN),
    E(False, "Soldiers returned fire, killing three of the smugglers, and the rest fled back into Syria", BAT, CLASH,
      actor1=JAF + SMUG13, actor2=SMUG13 + JAF, location=RUWAISHED, date=SUN13, killed=R(3), source=JAF_SRC),
    E(False, "a day after an officer was killed in a gunfight with smugglers on the north-eastern border", BAT, CLASH,
      actor1=SMUG13 + JAF, actor2=JAF + SMUG13, location=RUWAISHED, date=SUN13, killed=R(1), source=DLN),
    E(False, "officer killed on border", BAT, CLASH, actor1=SMUG13 + JAF, actor2=JAF + SMUG13, location=RUWAISHED,
      date=SUN13, killed=R(1), source=DLN),
    # the army chief's threat -> planned (conditional on Damascus's inaction; no date after publication)
    E(False, "his forces would strike \"the dens of drug and arms smugglers\" inside Syrian territory if Damascus did not act against them",
      EXP, AIR, actor1=JAF, actor2=SMUG13 + ["dens of drug and arms smugglers"], location=S_SYRIA,
      source=["army chief", "Jordan's army chief", "Faisal al-Shorman"] + DLN, status="planned"),
    E(False, "Jordan warns it will strike smugglers' bases inside Syria", EXP, AIR, actor1=JAF, actor2=SMUG13,
      location=S_SYRIA, source=DLN + ["Jordan"], status="planned"),
    E(False, "We will go after the smugglers wherever they hide, on both sides of the border, and we will hit them hard",
      BAT, CLASH, actor1=JAF, actor2=SMUG13, location=L(["Jordan-Syria border", "border"]),
      source=["Faisal al-Shorman", "Major General Faisal al-Shorman", "Petra"], status="planned"),
    # "on Saturday night" -> Saturday or into Sunday; "near X, east of Mafraq" -> X, which we cannot pin
    E(True, "shot down a drone carrying about 3 kg of crystal methamphetamine near the village of Rabaa al-Sarhan", STR,
      DISRUPT, actor1=JAF, actor2=SMUG13 + ["drone"] + UNK, location=RABAA, date=D("2026-04-04", "2026-04-05"),
      source=JAF_SRC + DLN),
    E(False, "it would send reinforcements to the desert areas of southern Syria", STR, BASE,
      actor1=SYGOV, location=L(["desert areas of southern Syria", "southern Syria"], cc="SY"),
      source=["interior ministry", "Syrian interior ministry"], status="planned"),
    # "on Sunday night" -> Sunday or into Monday
    E(True, "Syrian security forces arrested seven men in the town of Salkhad, in Suwayda province, on Sunday night",
      STR, ARRESTS, actor1=SYGOV, actor2=SMUG13 + ["seven men", "men"], location=SALKHAD,
      date=D("2026-04-05", "2026-04-06"), source=["ministry statement", "interior ministry", "ministry"]),
    E(False, "air strikes on smugglers' farms in southern Syria could resume within weeks", EXP, AIR, actor1=JAF,
      actor2=SMUG13 + ["smugglers' farms", "farms"], location=S_SYRIA, source=["Analysts", "analysts in Amman"],
      status="hypothetical"),
    # "widely believed" -> Jordan plus unknown (unclaimed); a two-year series -> aggregate
    E(False, "a series of unclaimed air strikes on suspected smugglers' homes in the Suwayda countryside in 2023 and 2024",
      EXP, AIR, actor1=JAF + UNK, actor2=SMUG13 + CIV + ["homes"],
      location=L(["Suwayda countryside", "Suwayda", "Sweida"], cc="SY"), date=D("2023-01-01", "2024-12-31"),
      source=DLN, aggregate=True),
    # no gold: the funeral in Mafraq, "Jordanian officials have threatened cross-border action before"
    # (generic), "not allow Syrian territory to be a platform" (a pledge without an act)
]
DOCS.append(("dev-h-13", "Desert Line News", "2026-04-06", "a threat of cross-border strikes",
             "Jordan/Syria border: officer killed in a clash with smugglers near Ruwaished, the army chief's threat to "
             "strike inside Syria, a drug drone downed near Rabaa al-Sarhan, arrests in Salkhad, a forecast", T13, E13))
WEEKDAYS += [("dev-h-13", "April 6 / on Monday", "2026-04-06", "Monday"), ("dev-h-13", "on Sunday", "2026-04-05", "Sunday"),
             ("dev-h-13", "on Saturday night", "2026-04-04", "Saturday")]

# =============================================================================
# dev-h-14  monthly aggregate with single attacks in it — US bases in Syria: Conoco, Rmeilan, al-Tanf; al-Qaim (Iraq) (Fri 31 Jan 2025)
# =============================================================================
T14 = """Militias have targeted US troops in Syria 12 times in January, Pentagon says, as drone hits Conoco base

WASHINGTON, Jan 31 (Capitol & Levant Report) - Iran-aligned militias have attacked US forces in Syria 12 times since the start of January, most of them with one-way attack drones launched from Iraq, a Pentagon spokesman said on Friday, the highest monthly figure since last summer.

The latest attack came on Thursday evening, when a drone struck an empty storage area at Mission Support Site Conoco, a US base at a gas field east of the city of Deir ez-Zor. No US personnel were injured and damage was minor, the spokesman said. A second drone was shot down by air defences before it reached the base.

Earlier in the week, three rockets were fired at the Rmeilan landing zone in Hasakah province from a site near the village of Umm Hajar, about 20 km to the south, the US-led coalition said. Two landed outside the perimeter and the third failed to launch. Kurdish-led Syrian Democratic Forces (SDF) later found a launch rail and a timer at the site.

A group calling itself the Islamic Resistance in Iraq claimed responsibility for four drone attacks this month, including one on the al-Tanf garrison near the Syrian-Iraqi-Jordanian border on 14 January, in statements on its Telegram channels. The Pentagon did not confirm that attack.

The US has carried out two retaliatory strikes this month, including an air strike on 20 January that it said destroyed a weapons depot and a drone launch site used by Kataib Hezbollah near al-Qaim, on the Iraqi side of the border. Iraqi officials said one guard was killed.

Since October 2023, US forces in Iraq and Syria have been attacked more than 180 times, according to Pentagon figures, and three US soldiers were killed in a drone strike on Tower 22 in Jordan in January 2024. About 2,000 US troops are deployed in Syria, mostly in the north-east, where they support the SDF against Islamic State remnants.
"""

USF = ["US forces", "U.S. forces", "US troops", "United States", "US military", "Pentagon", "US-led coalition",
       "coalition", "air defences", "US personnel", "Military Forces of the United States"]
MILITIAS = ["Iran-aligned militias", "Iran-backed militias", "militias", "Islamic Resistance in Iraq",
            "Kataib Hezbollah", "Kata'ib Hizballah"]
IRI = ["Islamic Resistance in Iraq", "Iraqi Islamic Resistance"]
CONOCO = L(["Mission Support Site Conoco", "Conoco", "Conoco base", "gas field", "east of the city of Deir ez-Zor",
            "Deir ez-Zor"], 35.33, 40.14, "SY")
RMEILAN = L(["Rmeilan", "Rmeilan landing zone", "Rumaylan", "Rmelan", "Umm Hajar", "Hasakah province", "Hasakah"],
            cc="SY")
TANF = L(["al-Tanf", "Tanf", "al-Tanf garrison", "Syrian-Iraqi-Jordanian border"], 33.50, 38.63, "SY")
QAIM = L(["al-Qaim", "Qaim", "near al-Qaim"], 34.37, 41.09, "IQ")
CLR = ["Capitol & Levant Report", "author"]
PENTAGON = ["Pentagon", "Pentagon spokesman", "spokesman", "US Department of Defense"]
JAN25 = D("2025-01-01", "2025-01-31")
E14 = [
    # the month's count -> aggregate, Air/drone strike (most were drones); the headline restates it
    E(False, "Iran-aligned militias have attacked US forces in Syria 12 times since the start of January", EXP, AIR,
      actor1=MILITIAS, actor2=USF, location=L(["Syria"], cc="SY"), date=JAN25, source=PENTAGON + CLR, aggregate=True),
    E(False, "Militias have targeted US troops in Syria 12 times in January", EXP, AIR, actor1=MILITIAS, actor2=USF,
      location=L(["Syria"], cc="SY"), date=JAN25, source=PENTAGON + CLR, aggregate=True),
    # "The latest attack" of the militias' series -> militias (blamed, no claim) plus unknown; "No US
    # personnel were injured" -> injured 0..0; "east of the city of Deir ez-Zor" -> Deir ez-Zor's coordinates
    E(True, "a drone struck an empty storage area at Mission Support Site Conoco, a US base at a gas field east of the city of Deir ez-Zor",
      EXP, AIR, actor1=MILITIAS + UNK, actor2=USF + ["Mission Support Site Conoco", "US base", "storage area"],
      location=CONOCO, date=D("2025-01-30"), injured=R(0), source=PENTAGON),
    E(False, "drone hits Conoco base", EXP, AIR, actor1=MILITIAS + UNK, actor2=USF + ["Conoco base"], location=CONOCO,
      date=D("2025-01-30"), source=CLR),
    E(True, "A second drone was shot down by air defences before it reached the base", STR, DISRUPT, actor1=USF,
      actor2=MILITIAS + UNK + ["second drone", "drone"], location=CONOCO, date=D("2025-01-30"), source=PENTAGON),
    # "Earlier in the week" in a Friday story, before Thursday's attack -> Monday 27 to Thursday 30 January
    E(True, "three rockets were fired at the Rmeilan landing zone in Hasakah province from a site near the village of Umm Hajar",
      EXP, SHELL, actor1=UNK + MILITIAS, actor2=USF + ["Rmeilan landing zone", "landing zone"], location=RMEILAN,
      date=D("2025-01-27", "2025-01-30"), source=["US-led coalition", "coalition"]),
    # the group's claims on Telegram: the month's four -> aggregate; the one on al-Tanf with its date -> core,
    # occurred, sourced to the group (the Pentagon's silence is no denial)
    E(False, "claimed responsibility for four drone attacks this month", EXP, AIR, actor1=IRI, actor2=USF,
      location=L(["Syria"], cc="SY"), date=JAN25, source=IRI + ["Telegram", "Telegram channels"], aggregate=True),
    E(True, "including one on the al-Tanf garrison near the Syrian-Iraqi-Jordanian border on 14 January", EXP, AIR,
      actor1=IRI, actor2=USF + ["al-Tanf garrison", "garrison"], location=TANF, date=D("2025-01-14"),
      source=IRI + ["Telegram", "Telegram channels", "statements"]),
    E(False, "The US has carried out two retaliatory strikes this month", EXP, AIR, actor1=USF, actor2=MILITIAS,
      location=L(["Syria", "Iraq"]), date=JAN25, source=CLR, aggregate=True),
    # the US strike near al-Qaim; the Iraqi officials' toll goes on it and on a non-core copy
    E(True, "an air strike on 20 January that it said destroyed a weapons depot and a drone launch site used by Kataib Hezbollah near al-Qaim",
      EXP, AIR, actor1=USF, actor2=["Kataib Hezbollah", "Kata'ib Hizballah", "weapons depot", "drone launch site",
                                    "guard"] + MILITIAS,
      location=QAIM, date=D("2025-01-20"), killed=R(1), source=["United States", "Pentagon", "US military"] + CLR +
      ["Iraqi officials"]),
    E(False, "Iraqi officials said one guard was killed", EXP, AIR, actor1=USF, actor2=["guard"] + MILITIAS,
      location=QAIM, date=D("2025-01-20"), killed=R(1), source=["Iraqi officials"]),
    E(False, "US forces in Iraq and Syria have been attacked more than 180 times", EXP, AIR, actor1=MILITIAS,
      actor2=USF, location=L(["Iraq and Syria", "Iraq", "Syria"]), date=D("2023-10-01", "2025-01-31"), source=PENTAGON,
      aggregate=True),
    E(False, "three US soldiers were killed in a drone strike on Tower 22 in Jordan in January 2024", EXP, AIR,
      actor1=MILITIAS, actor2=USF + ["US soldiers", "Tower 22"], location=L(["Tower 22", "Jordan"], cc="JO"),
      date=D("2024-01-01", "2024-01-31"), killed=R(3), source=CLR),
    # no gold: the launch rail found by the SDF (a discovery, nothing disrupted), the two rockets outside
    # the perimeter (details), the standing deployment of about 2,000 troops
]
DOCS.append(("dev-h-14", "Capitol & Levant Report", "2025-01-31", "monthly aggregate with single attacks in it",
             "Syria/US bases: 12 attacks in January; drone on Conoco (no injuries) and a second one downed, rockets at "
             "Rmeilan, a claimed drone attack on al-Tanf, a US strike near al-Qaim, totals since 2023", T14, E14))
WEEKDAYS += [("dev-h-14", "Jan 31 / on Friday", "2025-01-31", "Friday"),
             ("dev-h-14", "on Thursday evening", "2025-01-30", "Thursday"),
             ("dev-h-14", "Earlier in the week (start)", "2025-01-27", "Monday")]

# =============================================================================
# dev-h-15  hedged report — northern Syria: Tishreen dam, Qara Qozak, Manbij, Abu Qalqal (Thu 16 Jan 2025)
# =============================================================================
T15 = """Drone reportedly hits civilian convoy near Tishreen dam; unconfirmed reports of SNA advance south of Manbij

Northern Syria Observer | Manbij front | Thursday, 16 January 2025

A drone, possibly Turkish, reportedly struck a convoy of civilian cars heading to the Tishreen dam on Wednesday afternoon, killing at least three people and wounding "dozens", according to the Kurdish-run Hawar news agency. The Observer could not independently confirm the toll, and Turkish officials did not respond to a request for comment.

The convoy was one of several organised by civil groups from Kobani and Raqqa in recent weeks to protest against the Turkish-backed offensive on the dam. Hawar said the drone hit two cars at the rear of the column on the road between the Qara Qozak bridge and the dam. Footage circulating online, which the Observer could not verify, appears to show a car burning at the side of a road and people running across a field.

South of Manbij, fighters of the Turkish-backed Syrian National Army (SNA) may have taken the village of Khirbet Tuweini after heavy fighting overnight, according to two pro-SNA Telegram channels. The SDF said its fighters were still "repelling the attack" in the area and that "dozens of mercenaries" had been killed or wounded. Neither claim could be verified.

An unconfirmed report from a local source said a mortar shell had also struck a school being used as a shelter in the village of Abu Qalqal on Wednesday evening, wounding possibly four children.

The fighting around the dam, which supplies electricity to much of northern Syria, has raged since the SNA captured Manbij from the SDF in early December. The Syrian Observatory for Human Rights says more than 400 people, most of them fighters, have been killed on the front since then.

Diplomats say a ceasefire between the two sides could be announced within days, but similar reports last month came to nothing.
"""

TURKEY15 = ["Turkey", "Turkish", "Turkish drone", "Turkish Armed Forces", "Turkish military", "Military Forces of Turkey"]
SNA = ["Syrian National Army", "SNA", "Turkish-backed Syrian National Army", "Turkish-backed factions",
       "pro-Turkish factions", "mercenaries"]
SDF15 = ["Syrian Democratic Forces", "SDF", "SDF fighters", "Kurdish-led forces", "its fighters"]
TISHREEN = L(["Tishreen dam", "Tishrin dam", "Tishreen Dam", "Qara Qozak bridge", "Qara Qozak",
              "road between the Qara Qozak bridge and the dam"], 36.38, 38.18, "SY")
KHIRBET = L(["Khirbet Tuweini", "South of Manbij", "Manbij"], 36.53, 37.95, "SY")
ABU_QALQAL = L(["Abu Qalqal", "village of Abu Qalqal"], cc="SY")
MANBIJ = L(["Manbij", "Menbij"], 36.53, 37.95, "SY")
NSO = ["Northern Syria Observer", "Observer", "author"]
HAWAR = ["Hawar news agency", "Hawar", "ANHA", "Kurdish-run Hawar news agency"]
CONVOY = CIV + ["convoy", "convoy of civilian cars", "civilian cars", "people", "cars", "civil groups"]
WED15 = D("2025-01-15")
E15 = [
    # "possibly Turkish" -> Turkey plus unknown; "reportedly" and an unconfirmed toll -> the item's own
    # subject unconfirmed -> core, possible; "dozens" -> 24..open
    E(True, "A drone, possibly Turkish, reportedly struck a convoy of civilian cars heading to the Tishreen dam on Wednesday afternoon, killing at least three people and wounding \"dozens\"",
      EXP, AIR, actor1=TURKEY15 + UNK, actor2=CONVOY, location=TISHREEN, date=WED15, killed=R(3, None),
      injured=R(24, None), source=HAWAR + NSO, status="possible"),
    E(False, "Drone reportedly hits civilian convoy near Tishreen dam", EXP, AIR, actor1=TURKEY15 + UNK, actor2=CONVOY,
      location=TISHREEN, date=WED15, source=NSO, status="possible"),
    E(False, "the drone hit two cars at the rear of the column on the road between the Qara Qozak bridge and the dam",
      EXP, AIR, actor1=TURKEY15 + UNK, actor2=CONVOY + ["two cars", "column"], location=TISHREEN, date=WED15,
      source=HAWAR, status="possible"),
    E(False, "appears to show a car burning at the side of a road and people running across a field", EXP, AIR,
      actor1=TURKEY15 + UNK, actor2=CONVOY, location=TISHREEN, date=WED15, source=["Footage", "footage"] + NSO,
      status="possible"),
    E(False, "The convoy was one of several organised by civil groups from Kobani and Raqqa in recent weeks", PRO,
      PEACEFUL, actor1=PROTESTERS + ["civil groups", "convoy"], location=TISHREEN,
      date=D("2024-12-16", "2025-01-16"), source=NSO, aggregate=True),
    # "may have taken", by the channels' word -> possible, core; overnight -> both days
    E(True, "fighters of the Turkish-backed Syrian National Army (SNA) may have taken the village of Khirbet Tuweini after heavy fighting overnight",
      BAT, NSAOVER, actor1=SNA, actor2=SDF15, location=KHIRBET, date=D("2025-01-15", "2025-01-16"),
      source=["pro-SNA Telegram channels", "Telegram channels", "Telegram"] + SNA, status="possible"),
    # the SDF's own version, asserted by it (the writer's "Neither claim could be verified" leaves a party's
    # claim occurred, as dev-g-04): fighting goes on, "dozens ... killed or wounded" -> casualties 24..open
    E(True, "its fighters were still \"repelling the attack\" in the area", BAT, CLASH, actor1=SNA + SDF15,
      actor2=SDF15 + SNA, location=KHIRBET, date=D("2025-01-15", "2025-01-16"), casualties=R(24, None),
      source=["SDF", "Syrian Democratic Forces"]),
    # an unconfirmed report from a local source, its own paragraph -> core, possible; "possibly four" -> 4..4
    E(True, "a mortar shell had also struck a school being used as a shelter in the village of Abu Qalqal on Wednesday evening, wounding possibly four children",
      EXP, SHELL, actor1=UNK, actor2=CIV + ["school", "shelter", "children"], location=ABU_QALQAL, date=WED15,
      injured=R(4), source=["local source"], status="possible"),
    # background
    E(False, "the SNA captured Manbij from the SDF in early December", BAT, NSAOVER, actor1=SNA, actor2=SDF15,
      location=MANBIJ, date=D("2024-12-01", "2024-12-10"), source=NSO),
    E(False, "The fighting around the dam, which supplies electricity to much of northern Syria, has raged since", BAT,
      CLASH, actor1=SNA + SDF15, actor2=SDF15 + SNA, location=TISHREEN, date=D("2024-12-01", "2025-01-16"),
      source=NSO, aggregate=True),
    E(False, "more than 400 people, most of them fighters, have been killed on the front since then", BAT, CLASH,
      actor1=SNA + SDF15, actor2=SDF15 + SNA + CIV, location=TISHREEN, date=D("2024-12-01", "2025-01-16"),
      killed=R(401, None), source=["Syrian Observatory for Human Rights", "SOHR"], aggregate=True),
    E(False, "a ceasefire between the two sides could be announced within days", STR, AGREE, actor1=SNA + SDF15,
      actor2=SDF15 + SNA, location=L(["Tishreen dam", "Manbij", "northern Syria"], cc="SY"), source=["Diplomats"],
      status="hypothetical"),
    # no gold: "did not respond to a request for comment", "similar reports last month came to nothing"
]
DOCS.append(("dev-h-15", "Northern Syria Observer", "2025-01-16", "hedged report (reportedly, possibly, may have, unconfirmed)",
             "Syria/Manbij front: a drone, possibly Turkish, reportedly hits a civilian convoy to the Tishreen dam, the "
             "SNA may have taken Khirbet Tuweini (the SDF says it is repelling), a mortar reportedly hits a school "
             "in Abu Qalqal", T15, E15))
WEEKDAYS += [("dev-h-15", "Thursday, 16 January 2025", "2025-01-16", "Thursday"),
             ("dev-h-15", "on Wednesday afternoon / evening", "2025-01-15", "Wednesday")]

# =============================================================================
# dev-h-16  kidnapping — Sudan: North Darfur, El Fasher, Tawila, Shagra, Abu Shouk (Thu 24 Jul 2025)
# =============================================================================
T16 = """RSF fighters abduct 14 people fleeing El Fasher, including two aid volunteers, relatives say

PORT SUDAN, July 24 (Sahel & Nile Wire) - Fighters of Sudan's paramilitary Rapid Support Forces (RSF) abducted 14 people, among them two volunteers from a local emergency response room, on the road between El Fasher and Tawila on Tuesday, relatives and a local aid group said.

The group, mostly women and elderly men, had left the besieged North Darfur capital at dawn on donkey carts and on foot. They were stopped at an RSF checkpoint near the village of Shagra, about 20 km west of El Fasher, where fighters took their phones and money and led 14 of them away, according to two women who were released and reached Tawila on Wednesday.

The El Fasher Emergency Response Room, a volunteer network that runs communal kitchens in the city, said the RSF had contacted the families of the two volunteers on Wednesday night and demanded 20 million Sudanese pounds, about $8,000, for each. "They accuse them of working for the army. They are cooks," a member of the network said by phone.

An RSF spokesman denied that its fighters had detained civilians and said the force's units on the road "protect those leaving the city".

The abductions are the latest in a pattern. The UN human rights office said last week it had documented at least 80 cases of people abducted on the roads out of El Fasher since May, most of them for ransom, as well as 19 killings.

Inside the city, the army and its allied Joint Forces said they had repelled an RSF attack on the north-eastern front on Wednesday, killing "dozens" of attackers. The RSF said it had shelled army positions near the main market. Neither account could be independently verified. Medics at the Saudi hospital said four to six civilians were killed and nine wounded on Wednesday by shells fired from RSF positions that landed on the Abu Shouk camp for displaced people.

The RSF has besieged El Fasher, the army's last stronghold in Darfur, since May 2024. The UN says hundreds of thousands of civilians remain trapped with little food.
"""

RSF = ["Rapid Support Forces", "RSF", "RSF fighters", "fighters", "paramilitary", "RSF checkpoint",
       "Sudan's paramilitary Rapid Support Forces"]
SAF = ["Sudanese Armed Forces", "SAF", "army", "Sudanese army", "Joint Forces", "Darfur Joint Forces",
       "army positions", "Military Forces of Sudan"]
FLEEING = CIV + ["14 people", "people", "volunteers", "aid volunteers", "women", "elderly men",
                 "emergency response room", "cooks"]
FASHER_ROAD = L(["road between El Fasher and Tawila", "El Fasher", "Al Fashir", "El Fasher-Tawila road", "Tawila",
                 "Shagra", "west of El Fasher", "North Darfur"], 13.63, 25.35, "SD")
FASHER = L(["El Fasher", "Al Fashir", "El-Fasher", "north-eastern front", "main market", "North Darfur"], 13.63,
           25.35, "SD")
ABU_SHOUK = L(["Abu Shouk", "Abu Shouk camp", "Abu Shok", "El Fasher"], 13.63, 25.35, "SD")
SNW = ["Sahel & Nile Wire", "author"]
ERR = ["El Fasher Emergency Response Room", "Emergency Response Room", "local aid group", "aid group", "network"]
TUE16 = D("2025-07-22")
WED16 = D("2025-07-23")
E16 = [
    # "on the road between X and Y" -> X's coordinates; the checkpoint "about 20 km west of El Fasher" too
    E(True, "Fighters of Sudan's paramilitary Rapid Support Forces (RSF) abducted 14 people, among them two volunteers from a local emergency response room, on the road between El Fasher and Tawila on Tuesday",
      VAC, ABDUCT, actor1=RSF, actor2=FLEEING, location=FASHER_ROAD, date=TUE16,
      source=["relatives"] + ERR + SNW),
    E(False, "RSF fighters abduct 14 people fleeing El Fasher, including two aid volunteers", VAC, ABDUCT, actor1=RSF,
      actor2=FLEEING, location=FASHER_ROAD, date=TUE16, source=SNW + ["relatives"]),
    E(False, "where fighters took their phones and money and led 14 of them away", VAC, ABDUCT, actor1=RSF,
      actor2=FLEEING, location=FASHER_ROAD, date=TUE16, source=["two women", "women who were released"]),
    E(False, "fighters took their phones and money", STR, LOOT, actor1=RSF, actor2=FLEEING + ["phones", "money"],
      location=FASHER_ROAD, date=TUE16, source=["two women", "women who were released"]),
    E(False, "An RSF spokesman denied that its fighters had detained civilians", VAC, ABDUCT, actor1=RSF,
      actor2=FLEEING, location=FASHER_ROAD, date=TUE16, source=["RSF spokesman", "spokesman"] + RSF,
      status="denied"),
    # the UN's tallies, "said last week" -> from May to the Sunday before this week
    E(False, "it had documented at least 80 cases of people abducted on the roads out of El Fasher since May", VAC,
      ABDUCT, actor1=RSF + UNK, actor2=CIV + ["people"], location=FASHER_ROAD, date=D("2025-05-01", "2025-07-20"),
      source=["UN human rights office", "OHCHR", "United Nations"], aggregate=True),
    E(False, "as well as 19 killings", VAC, ATTACK, actor1=RSF + UNK, actor2=CIV, location=FASHER_ROAD,
      date=D("2025-05-01", "2025-07-20"), killed=R(19), source=["UN human rights office", "OHCHR", "United Nations"],
      aggregate=True),
    # each side's version of Wednesday's fighting, asserted by that side -> core, occurred (dev-g-04);
    # "dozens" -> 24..open
    E(True, "the army and its allied Joint Forces said they had repelled an RSF attack on the north-eastern front on Wednesday, killing \"dozens\" of attackers",
      BAT, CLASH, actor1=RSF + SAF, actor2=SAF + RSF, location=FASHER, date=WED16, killed=R(24, None),
      source=["army", "Sudanese army", "Joint Forces", "Sudanese Armed Forces"]),
    E(True, "it had shelled army positions near the main market", EXP, SHELL, actor1=RSF,
      actor2=SAF + ["army positions"], location=FASHER, date=WED16, source=RSF + ["RSF statement"]),
    # "fired from RSF positions" -> RSF plus unknown; "four to six" -> 4..6
    E(True, "four to six civilians were killed and nine wounded on Wednesday by shells fired from RSF positions that landed on the Abu Shouk camp for displaced people",
      EXP, SHELL, actor1=RSF + UNK, actor2=CIV + ["Abu Shouk camp", "displaced people", "camp for displaced people",
                                                    "civilians"],
      location=ABU_SHOUK, date=WED16, killed=R(4, 6), injured=R(9),
      source=["Medics", "medics", "Medics at the Saudi hospital", "Saudi hospital"] + SNW),
    # no gold: the ransom demand on Wednesday night (part of the abduction), the siege "since May 2024" (a
    # standing situation, no ACLED event), "hundreds of thousands ... trapped"
]
DOCS.append(("dev-h-16", "Sahel & Nile Wire", "2025-07-24", "kidnapping/abduction",
             "Sudan/North Darfur: RSF abducts 14 people fleeing El Fasher on the Tawila road (RSF denies), UN tallies, "
             "an RSF attack repelled (SAF version) and RSF shelling, shells on Abu Shouk camp", T16, E16))
WEEKDAYS += [("dev-h-16", "July 24", "2025-07-24", "Thursday"), ("dev-h-16", "on Tuesday", "2025-07-22", "Tuesday"),
             ("dev-h-16", "on Wednesday", "2025-07-23", "Wednesday"), ("dev-h-16", "last week (end)", "2025-07-20", "Sunday")]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_h", check_h, strip_text=True)


if __name__ == "__main__":
    main()
