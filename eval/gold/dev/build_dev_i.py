"""Writes dev_i.gold.jsonl: sixteen development articles from the product's core
theatre - Yemen (the Marib and Taiz fronts, US strikes on Hodeidah), Syria (the
coast around Jableh, the Homs Badia, Kobani and Tal Rifaat, the Damascus
countryside, an NGO's monthly round-up), the West Bank (Tulkarm and Jenin),
Gaza (Rafah's aid sites), southern Israel (Eilat), Iraq (Jurf al-Sakhar and
Baghdad, Kirkuk, the Iranian border in Iraqi Kurdistan), the Jordan-Syria
border, Lebanon's Bekaa - and Libya (a checkpoint west of Tripoli) as one
outlier, published 2025-2026, written for this project in our own words, with
hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md.

The set gives a fresh, honest measurement on themes dev_h does not cover:
partisan wording that renames both sides (a Houthi-run outlet's "heroes of the
army" and "mercenaries", a Kurdish outlet's "occupation" and "mercenaries"),
tolls that differ by source, a monitor's version against a ministry's denial,
relative places beyond the scorer's tolerance ("about 40 km east of Palmyra"),
an unknown perpetrator given as "either Israeli or American", a protest that
turns into a riot, an official press release, an NGO round-up whose
aggregates must not be scored as single events, citing chains ("Tasnim, citing
a statement by the IRGC ground forces"), and threats, forecasts and evacuation
warnings (planned and hypothetical).

Like dev_d to dev_h it was written blind to the system: no run of sitrep on
these texts, no import of it, no look at its output, its source, its tests,
its docs or the other dev and test sets. Only SPEC.md (sections 4 and 6),
ANNOTATION.md, goldkit.py and build_dev_h.py were read.

One voice per article: (1) Yemen/Marib and Taiz - a Houthi-run outlet's
partisan account; (2) Hodeidah - a wire story on US strikes with two tolls;
(3) the Syrian coast - an ambush, a monitor's account and a ministry's denial;
(4) the Homs Badia - a Damascus daily's security desk on an IS ambush "40 km
east of Palmyra"; (5) Kobani and Tal Rifaat - a Kurdish outlet on Turkish drone
strikes; (6) the Damascus countryside - Israeli strikes through state media and
a monitor, with interceptions; (7) Tulkarm and Jenin - a Palestinian agency on a
raid, arrests and a tear-gassed funeral; (8) Gaza - shootings near an aid site
in hedged numbers; (9) Eilat - a local site on Houthi missiles and drones, "no
injuries"; (10) Jurf al-Sakhar and Baghdad - a drone strike of uncertain origin
on a PMF faction; (11) Kirkuk - a protest turning into a riot; (12) the
Jordan-Syria border - an army press release on a clash with smugglers; (13) the
Bekaa - a strike, an evacuation warning and threats; (14) Syria - an NGO's
monthly report with aggregates and single incidents; (15) Iraqi Kurdistan and
Iran's Kurdistan province - IRGC shelling reported through citing chains; (16)
Libya - an attack on a checkpoint at Zawiya. The incidents are composite or
invented, with names and numbers changed; the gold encodes what each TEXT
says, including its slant, hedges and sources, not what is true. Articles are
180-450 words; check_i below adds the 180-word floor and the
2025-01-01..2026-11-30 window to goldkit's check_article.

Run:  python build_dev_i.py   (stdlib + goldkit only; checks every evidence
string occurs exactly once in its text, word counts, weekday arithmetic, dates
not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those of build_dev_h.py (and through it dev_g to dev_c), kept
unchanged: zero casualties -> 0..0 ("no injuries" -> injured 0..0; "no
casualties" -> killed and injured 0..0); "a number of" 2..open; "dozens"
24..open; "a dozen" 12..12; "some N" N..N; "more than N" N+1..open; "at least
N" N..open; a count that covers one side only -> N..open; non-core copies of
headline restatements; symmetric clashes (each side in both actor lists);
"near X" / "N km from X" (N under 30) -> X's coordinates; "N km from X" with N
above 30 -> names only with the country; places at sea -> names only, no
country; places we cannot pin -> names and country only; denied/planned/
hypothetical/aggregate events are never core; "last night" / "overnight" ->
both days; uncertain perpetrators -> every alternative in actor1 plus unknown;
a perpetrator a source blames without a claim -> the blamed actor plus
unknown; a forecast or a conditional -> hypothetical, an actor's own stated
intention or threat -> planned (no date when it would fall after
publication); an item's own subject reported as unconfirmed -> core, possible;
a party's claim the writer cannot verify -> core, occurred, sourced to the
party; two versions of one event (different tolls, different targets) -> one
core event per version; background recounted in passing -> non-core. Added or
made explicit here:
- Partisan names are accepted as actor names beside the canonical ones: a
  Houthi outlet's "army and the popular committees" are the Houthis and its
  "mercenaries" are Yemeni government forces; a Kurdish outlet's "occupation"
  is Turkey and its "mercenaries" the SNA.
- A clash whose text gives one side's dead and the other side's "killed or
  wounded" (two martyrs; "more than 30 of them killed or wounded") ->
  casualties the open sum (33..open) and killed the first side's dead,
  open-ended (2..open), on the core event (dev-h-06's reading of
  "neutralised" plus martyrs).
- An ambush on an army convoy that opens with a roadside bomb and goes on
  with gunfire -> Battles/Armed clash (the text stresses the fight), the bomb
  a non-core Remote explosive copy.
- A night's wave of strikes on two named places ("at least a dozen strikes
  on Hodeidah airport and the al-Kathib area") -> one core event, not an
  aggregate: it is one raid at one place and time.
- A funeral procession tear-gassed by troops -> Protests/Protest with
  intervention; tear-gas inhalation counts as injured (as dev-h-08).
- A protest that turns violent (stones, a police vehicle set on fire) ->
  Riots/Violent demonstration with the police as actor2 and the day's toll;
  the earlier peaceful days -> a core Peaceful protest; the police's denial
  of live fire -> a non-core denied Excessive-force event.
- An evacuation warning for a named building "to be struck in the coming
  hours" -> planned, non-core, no date.
- An NGO's monthly figures -> aggregates (one per figure the text gives a
  type for); its dated "selected incidents" -> core.
- A body found days after an abduction -> the abduction core and the killing
  core (Violence against civilians/Attack), dated from the abduction to the
  finding.
- A short "comes a day after ..." reference to another strike -> non-core
  background, even with a place and a toll.
- "wounding a number of them" plus "one of our soldiers sustained a minor
  injury" -> injured 3..open.
- A killing in a raid that the health ministry reports without any exchange
  of fire -> Violence against civilians/Attack sourced to the ministry; the
  army's version ("an armed terrorist who opened fire at them") -> a second
  core event, Battles/Armed clash, sourced to the army; the armed group's
  "clashed with the invading force" -> a non-core copy of the army's.
- A party's claim that contradicts an interception (the Houthis' missile that
  "hit its target" against the army's Arrow interception) -> a core
  Shelling/missile event sourced to the party beside the core Disrupted
  weapons use; the launch sentence -> a non-core missile copy.
- One sentence that reads two ways (police firing tear gas and shots in the
  air inside a riot) -> two non-core events with the same evidence, one per
  type, so neither reading is punished.
- An army's "warning shots at suspects" and "not aware of any injuries"
  beside a ministry's toll -> a non-core copy and a non-core denial, not a
  third version (no act of its own with a toll or a place).
"""

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


# goldkit's check_article plus this set's 180-word floor and 2025-01-01..2026-11-30 window.
check_i = windowed_check("2025-01-01", "2026-11-30")


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three
# letters are left out on purpose: the scorer matches by case-insensitive containment either way. Each
# list holds the canonical name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities and bases we can pin to ~0.05 degrees from our own knowledge;
# villages, valleys, mountains, border sectors and sea areas get names and a country only.
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces"]
YEGOV = [
    "Yemeni government forces",
    "government forces",
    "pro-government forces",
    "Military Forces of Yemen",
    "internationally recognised government",
]
USA = [
    "United States",
    "US forces",
    "U.S. forces",
    "US military",
    "U.S. military",
    "American",
    "Military Forces of the United States",
]
SYGOV = [
    "Syrian government",
    "government forces",
    "Syrian army",
    "Syrian Ministry of Defence",
    "Defence Ministry",
    "General Security",
    "General Security forces",
    "Interior Ministry",
    "security forces",
    "Damascus",
    "Military Forces of Syria",
    "Police Forces of Syria",
]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group", "militants"]
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
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-i-01  Houthi-run outlet's partisan account — Yemen: Raghwan (Marib), al-Hawban and Salah palace (Taiz), Sirwah (Mon 12 May 2025)
# =============================================================================
T01 = """Army heroes crush mercenary advance in Raghwan as aggression's artillery targets homes in Taiz

SANAA, May 12 (Al-Sumud News) - The heroes of the army and the popular committees foiled a large infiltration attempt by the mercenaries of the US-Saudi aggression on the Raghwan front, north-west of Marib province, at dawn on Sunday, a military source told Al-Sumud News.

The source said the mercenaries, backed by armoured vehicles and by enemy reconnaissance drones, tried to advance towards the al-Khanjar heights but were met with a crushing response that left more than 30 of them killed or wounded. The survivors fled in disarray and abandoned their weapons and two armoured vehicles, which our fighters seized. Two of our fighters rose to martyrdom in the battle, the source added.

In Taiz, the mercenaries' artillery shelled the residential neighbourhood of al-Hawban, east of the city, on Saturday evening, killing a woman and wounding three of her children, the health office in the province said. A sniper of the mercenaries also shot and wounded a 12-year-old boy as he carried water near the Salah palace yesterday afternoon, according to residents.

In a televised statement, the spokesman of the armed forces, Brigadier General Abdulkarim al-Hadi, announced that the air defences had shot down an American MQ-9 spy drone over the Sirwah district of Marib on Friday while it was carrying out hostile missions. He said it was the 23rd drone of its kind brought down since the start of the battle of the "Promised Conquest".

The military source said the mercenaries had committed more than 140 violations on the various fronts last week alone, including artillery and sniper attacks on villages and homes, in a blatant breach of the truce that the aggression claims to respect.

The crimes of the mercenaries in Taiz show once again the true face of the aggression and its tools. The governor of Taiz, Ahmed al-Mahdi, said the blood of the martyrs would not be spilled in vain and that the mercenaries "will pay a heavy price for every crime against our people". The Yemeni people, who have stood firm for ten years, will not kneel, and the coming days will carry what the enemy does not expect.
"""

# the outlet's own names for both sides are accepted beside the canonical ones (new convention)
HOUTHI01 = HOUTHI + [
    "army and the popular committees",
    "heroes of the army",
    "popular committees",
    "our fighters",
    "air defences",
    "armed forces",
]
YEGOV01 = YEGOV + [
    "mercenaries",
    "mercenaries of the US-Saudi aggression",
    "US-Saudi aggression",
    "aggression",
    "Saudi-led coalition",
    "sniper of the mercenaries",
]
RAGHWAN = L(
    ["Raghwan", "Raghwan front", "Rughwan", "al-Khanjar", "al-Khanjar heights", "Marib province", "Marib"], cc="YE"
)
HAWBAN = L(["al-Hawban", "Hawban", "east of the city", "Taiz", "Ta'izz"], 13.58, 44.02, "YE")
SALAH = L(["Salah palace", "near the Salah palace", "Taiz", "Ta'izz"], 13.58, 44.02, "YE")
SIRWAH = L(["Sirwah", "Sirwah district", "Sirwah district of Marib", "Marib"], cc="YE")
SUMUD = ["Al-Sumud News", "author"]
MIL01 = ["military source", "source"] + SUMUD
SUN01 = D("2025-05-11")
E01 = [
    # the Houthis' two martyrs plus the enemy's "more than 30 ... killed or wounded" -> casualties 33..open,
    # killed 2..open (new convention); the side that advanced and the side that repelled -> symmetric
    E(
        True,
        "The heroes of the army and the popular committees foiled a large infiltration attempt by the mercenaries of the US-Saudi aggression on the Raghwan front, north-west of Marib province, at dawn on Sunday",
        BAT,
        CLASH,
        actor1=YEGOV01 + HOUTHI01,
        actor2=HOUTHI01 + YEGOV01,
        location=RAGHWAN,
        date=SUN01,
        killed=R(2, None),
        casualties=R(33, None),
        source=MIL01,
    ),
    E(
        False,
        "Army heroes crush mercenary advance in Raghwan",
        BAT,
        CLASH,
        actor1=HOUTHI01 + YEGOV01,
        actor2=YEGOV01 + HOUTHI01,
        location=RAGHWAN,
        date=SUN01,
        source=SUMUD,
    ),
    E(
        False,
        "tried to advance towards the al-Khanjar heights but were met with a crushing response that left more than 30 of them killed or wounded",
        BAT,
        CLASH,
        actor1=YEGOV01 + HOUTHI01,
        actor2=HOUTHI01 + YEGOV01,
        location=RAGHWAN,
        date=SUN01,
        casualties=R(31, None),
        source=MIL01,
    ),
    E(
        False,
        "Two of our fighters rose to martyrdom in the battle",
        BAT,
        CLASH,
        actor1=YEGOV01 + HOUTHI01,
        actor2=HOUTHI01 + YEGOV01,
        location=RAGHWAN,
        date=SUN01,
        killed=R(2),
        source=MIL01,
    ),
    # the outlet attributes the shelling outright; al-Hawban lies a few km east of Taiz's centre
    E(
        True,
        "the mercenaries' artillery shelled the residential neighbourhood of al-Hawban, east of the city, on Saturday evening, killing a woman and wounding three of her children",
        EXP,
        SHELL,
        actor1=YEGOV01,
        actor2=CIV + ["residential neighbourhood", "woman", "children", "homes"],
        location=HAWBAN,
        date=D("2025-05-10"),
        killed=R(1),
        injured=R(3),
        source=["health office", "health office in the province"] + SUMUD,
    ),
    E(
        False,
        "aggression's artillery targets homes in Taiz",
        EXP,
        SHELL,
        actor1=YEGOV01,
        actor2=CIV + ["homes"],
        location=HAWBAN,
        date=D("2025-05-10"),
        source=SUMUD,
    ),
    # "yesterday afternoon" in a Monday story -> Sunday
    E(
        True,
        "A sniper of the mercenaries also shot and wounded a 12-year-old boy as he carried water near the Salah palace yesterday afternoon",
        VAC,
        ATTACK,
        actor1=YEGOV01,
        actor2=CIV + ["boy", "12-year-old boy"],
        location=SALAH,
        date=SUN01,
        injured=R(1),
        source=["residents"] + SUMUD,
    ),
    E(
        True,
        "the air defences had shot down an American MQ-9 spy drone over the Sirwah district of Marib on Friday",
        STR,
        DISRUPT,
        actor1=HOUTHI01,
        actor2=USA + ["MQ-9", "MQ-9 spy drone", "spy drone", "drone"],
        location=SIRWAH,
        date=D("2025-05-09"),
        source=["spokesman of the armed forces", "spokesman", "Abdulkarim al-Hadi", "armed forces"] + HOUTHI,
    ),
    E(
        False,
        "it was the 23rd drone of its kind brought down since the start of the battle",
        STR,
        DISRUPT,
        actor1=HOUTHI01,
        actor2=USA + ["drone"],
        location=L(["Yemen"], cc="YE"),
        source=["spokesman", "Abdulkarim al-Hadi"],
        aggregate=True,
    ),
    # "last week" in a Monday story -> Monday 5 to Sunday 11 May
    E(
        False,
        "the mercenaries had committed more than 140 violations on the various fronts last week alone",
        BAT,
        CLASH,
        actor1=YEGOV01,
        actor2=HOUTHI01 + CIV,
        location=L(["Yemen"], cc="YE"),
        date=D("2025-05-05", "2025-05-11"),
        source=MIL01,
        aggregate=True,
    ),
    E(
        False,
        'the mercenaries "will pay a heavy price for every crime against our people"',
        BAT,
        CLASH,
        actor1=HOUTHI01,
        actor2=YEGOV01,
        location=L(["Taiz", "Ta'izz"], 13.58, 44.02, "YE"),
        source=["governor of Taiz", "governor", "Ahmed al-Mahdi"],
        status="planned",
    ),
    # no gold: the seized armoured vehicles (part of the clash), the reconnaissance drones' "cover", the
    # truce (no act stated), "the coming days will carry what the enemy does not expect" (a slogan, no act)
]
DOCS.append(
    (
        "dev-i-01",
        "Al-Sumud News",
        "2025-05-12",
        "Houthi-run outlet's partisan account",
        "Yemen/Marib and Taiz: an advance repelled at Raghwan (2 martyrs, 30+ enemy killed or wounded), "
        "shelling of al-Hawban, a sniper near the Salah palace, an MQ-9 downed over Sirwah, a week's "
        "'violations', a governor's threat",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-i-01", "May 12", "2025-05-12", "Monday"),
    ("dev-i-01", "at dawn on Sunday / yesterday afternoon", "2025-05-11", "Sunday"),
    ("dev-i-01", "on Saturday evening", "2025-05-10", "Saturday"),
    ("dev-i-01", "on Friday", "2025-05-09", "Friday"),
    ("dev-i-01", "last week (start)", "2025-05-05", "Monday"),
]

# =============================================================================
# dev-i-02  wire story, US strikes with two tolls — Yemen: Ras Isa, Hodeidah airport, al-Kathib, Red Sea (Fri 18 Apr 2025)
# =============================================================================
T02 = """US strikes on Ras Isa fuel port kill 64, Houthi health ministry says; government source gives far lower toll

ADEN/DUBAI, April 18 (Arabian Peninsula Wire) - US air strikes on the Ras Isa fuel port north of Hodeidah late on Thursday killed 64 people and wounded 118, most of them port workers and paramedics, the Houthi-run health ministry in Sanaa said on Friday. If confirmed, it would be the deadliest single attack of the US campaign in Yemen.

A military official of the internationally recognised government in Marib, speaking on condition of anonymity, said that "between 15 and 20" people had been killed at the port and that most of them were Houthi fighters guarding the fuel depots. Neither toll could be independently verified.

The US Central Command said in a statement that its forces had struck the port "to eliminate this source of fuel for the Iran-backed Houthi terrorists" and did not give a toll. It said the strikes were not intended to harm the people of Yemen.

Footage aired by the Houthis' al-Masirah television showed fuel tanks burning through the night and rescuers pulling bodies from the wreckage of a tanker truck.

Overnight, US aircraft also carried out at least a dozen strikes on Hodeidah airport and the al-Kathib area on the city's northern edge, residents said. There was no immediate word on casualties.

The Houthis' military spokesman said on Friday that the group's forces had fired two ballistic missiles at a US aircraft carrier in the northern Red Sea in response. A US defence official denied that any American warship had been hit.

The United States has carried out more than 800 strikes on Houthi targets in Yemen since the campaign began on 15 March, according to a tally by a Washington-based research group. US officials have said the strikes will continue until the Houthis stop attacking commercial shipping and US naval vessels.
"""

USA02 = USA + ["US aircraft", "US air strikes", "US Central Command", "CENTCOM", "its forces"]
HOUTHI02 = HOUTHI + ["Houthi fighters", "group's forces", "Iran-backed Houthi terrorists"]
RAS_ISA = L(["Ras Isa", "Ras Issa", "Ras Isa fuel port", "Ras Isa port", "north of Hodeidah", "Hodeidah"], cc="YE")
HODEIDAH = L(["Hodeidah", "Hudaydah", "Hodeidah airport", "al-Kathib", "al-Kathib area"], 14.80, 42.95, "YE")
N_RED_SEA02 = L(["northern Red Sea", "Red Sea"])
APW = ["Arabian Peninsula Wire", "author"]
HMOH = ["Houthi-run health ministry", "health ministry", "health ministry in Sanaa"]
YGOV_SRC = [
    "military official",
    "official of the internationally recognised government",
    "government official",
    "government source",
]
THU02 = D("2025-04-17")
NIGHT02 = D("2025-04-17", "2025-04-18")
E02 = [
    # two tolls for one strike -> one core event per version, each with its source
    E(
        True,
        "US air strikes on the Ras Isa fuel port north of Hodeidah late on Thursday killed 64 people and wounded 118, most of them port workers and paramedics",
        EXP,
        AIR,
        actor1=USA02,
        actor2=CIV + ["port workers", "paramedics", "Ras Isa fuel port", "people", "port"],
        location=RAS_ISA,
        date=THU02,
        killed=R(64),
        injured=R(118),
        source=HMOH,
    ),
    E(
        True,
        '"between 15 and 20" people had been killed at the port and that most of them were Houthi fighters guarding the fuel depots',
        EXP,
        AIR,
        actor1=USA02,
        actor2=HOUTHI02 + ["fuel depots", "people", "port"],
        location=RAS_ISA,
        date=THU02,
        killed=R(15, 20),
        source=YGOV_SRC,
    ),
    E(
        False,
        "US strikes on Ras Isa fuel port kill 64",
        EXP,
        AIR,
        actor1=USA02,
        actor2=CIV + ["Ras Isa fuel port"],
        location=RAS_ISA,
        date=THU02,
        killed=R(64),
        source=APW + HMOH,
    ),
    # CENTCOM gives no toll and no other target -> a non-core copy, not a third version
    E(
        False,
        'its forces had struck the port "to eliminate this source of fuel for the Iran-backed Houthi terrorists"',
        EXP,
        AIR,
        actor1=USA02,
        actor2=HOUTHI02 + ["port", "source of fuel"],
        location=RAS_ISA,
        date=THU02,
        source=["US Central Command", "CENTCOM", "statement"],
    ),
    # a night's wave on two named places -> one core event (new convention); no casualty figure given
    E(
        True,
        "US aircraft also carried out at least a dozen strikes on Hodeidah airport and the al-Kathib area on the city's northern edge",
        EXP,
        AIR,
        actor1=USA02,
        actor2=HOUTHI02 + ["Hodeidah airport", "airport", "al-Kathib area"],
        location=HODEIDAH,
        date=NIGHT02,
        source=["residents"] + APW,
    ),
    # "said on Friday" with no date of its own -> Thursday or Friday
    E(
        True,
        "the group's forces had fired two ballistic missiles at a US aircraft carrier in the northern Red Sea",
        EXP,
        SHELL,
        actor1=HOUTHI02,
        actor2=USA02 + ["aircraft carrier", "US aircraft carrier"],
        location=N_RED_SEA02,
        date=NIGHT02,
        source=["military spokesman", "Houthis' military spokesman"] + HOUTHI,
    ),
    E(
        False,
        "A US defence official denied that any American warship had been hit",
        EXP,
        SHELL,
        actor1=HOUTHI02,
        actor2=USA02 + ["warship", "American warship"],
        location=N_RED_SEA02,
        date=NIGHT02,
        source=["US defence official", "defence official"],
        status="denied",
    ),
    E(
        False,
        "The United States has carried out more than 800 strikes on Houthi targets in Yemen since the campaign began on 15 March",
        EXP,
        AIR,
        actor1=USA02,
        actor2=HOUTHI02 + ["Houthi targets"],
        location=L(["Yemen"], cc="YE"),
        date=D("2025-03-15", "2025-04-18"),
        source=["research group", "Washington-based research group"] + APW,
        aggregate=True,
    ),
    E(
        False,
        "the strikes will continue until the Houthis stop attacking commercial shipping and US naval vessels",
        EXP,
        AIR,
        actor1=USA02,
        actor2=HOUTHI02,
        location=L(["Yemen"], cc="YE"),
        source=["US officials", "officials"],
        status="planned",
    ),
    # no gold: the footage (the same strike), "not intended to harm the people of Yemen", the Houthis'
    # attacks on shipping (generic, inside a condition)
]
DOCS.append(
    (
        "dev-i-02",
        "Arabian Peninsula Wire",
        "2025-04-18",
        "wire story, US strikes with conflicting tolls",
        "Yemen/Hodeidah: US strikes on Ras Isa (64 dead per the Houthi ministry vs 15-20 per a government "
        "official), strikes on Hodeidah airport and al-Kathib, a Houthi missile claim denied, campaign totals",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-i-02", "April 18 / on Friday", "2025-04-18", "Friday"),
    ("dev-i-02", "late on Thursday", "2025-04-17", "Thursday"),
]

# =============================================================================
# dev-i-03  ambush, a monitor's account and a denial — Syria's coast: Jableh, Beit Yashout, Daliyeh, Dreikish, Qardaha (Thu 2 Oct 2025)
# =============================================================================
T03 = """Three security personnel killed in ambush near Jableh; monitor says forces killed civilians in sweep

LATAKIA, Oct 2 (Levantine Daily) - Three members of the General Security forces were killed and two wounded when gunmen loyal to the ousted government ambushed their patrol on the road between Jableh and the village of Beit Yashout on Tuesday night, the Interior Ministry said.

The ministry said the attackers, whom it called "remnants of the former regime", opened fire with machine guns from an olive grove and fled into the wooded hills east of Jableh. Reinforcements sent to the area clashed with the gunmen for several hours near the village of Daliyeh on Wednesday, killing four of them and capturing two, it said.

The Syrian Network for Documentation, a monitoring group based in Europe, gave a different account of Wednesday's events. It said security personnel killed four men from Daliyeh, among them a 17-year-old, after dragging them from their homes during a search, and that none of them was armed. The group, which relies on a network of local informants, called for an independent investigation.

The Defence Ministry denied that its forces or General Security had killed civilians in Daliyeh, calling the report "fabricated". In a statement on Thursday, it said all four of the dead had been armed men who fired on the troops.

In Tartus province, security forces detained 11 people in the Dreikish countryside on Wednesday on suspicion of helping the attackers, a security source told Levantine Daily.

Separately, residents of Qardaha said unidentified gunmen shot dead a taxi driver at the southern entrance to the town late on Monday. The motive was not clear, and no arrests have been reported.

The coast has been tense since March, when an insurgent attack on security forces was followed by days of revenge killings in which some 1,400 people, most of them Alawite civilians, were killed, according to a UN inquiry. Many Alawites in the villages around Jableh say they still fear reprisals, while officials insist the remnants are a small and desperate group that "will be eradicated".
"""

SYGOV03 = SYGOV + ["security personnel", "Reinforcements", "patrol", "troops", "its forces"]
REMNANTS = [
    "remnants of the former regime",
    "remnants",
    "gunmen loyal to the ousted government",
    "gunmen",
    "attackers",
    "armed men",
    "Assad loyalists",
    "former regime loyalists",
    "insurgents",
]
JABLEH = L(
    [
        "Jableh",
        "Jebleh",
        "Jablah",
        "Beit Yashout",
        "road between Jableh and the village of Beit Yashout",
        "east of Jableh",
    ],
    35.36,
    35.93,
    "SY",
)
DALIYEH = L(["Daliyeh", "Daliyah", "al-Daliyeh", "village of Daliyeh"], cc="SY")
DREIKISH = L(["Dreikish", "Duraykish", "Dreikish countryside", "Tartus province", "Tartus"], 34.90, 36.13, "SY")
QARDAHA = L(["Qardaha", "al-Qardaha", "Qardahah", "southern entrance to the town"], 35.45, 36.06, "SY")
LD = ["Levantine Daily", "author"]
MOI03 = ["Interior Ministry", "ministry", "Syrian interior ministry"]
MOD03 = ["Defence Ministry", "Syrian Ministry of Defence", "Ministry of Defence"]
SND = ["Syrian Network for Documentation", "monitoring group", "SND"]
WED03 = D("2025-10-01")
E03 = [
    # "on Tuesday night" -> Tuesday or into Wednesday; gunmen against an armed patrol -> Armed clash
    E(
        True,
        "Three members of the General Security forces were killed and two wounded when gunmen loyal to the ousted government ambushed their patrol on the road between Jableh and the village of Beit Yashout on Tuesday night",
        BAT,
        CLASH,
        actor1=REMNANTS + SYGOV03,
        actor2=SYGOV03 + REMNANTS,
        location=JABLEH,
        date=D("2025-09-30", "2025-10-01"),
        killed=R(3),
        injured=R(2),
        source=MOI03 + LD,
    ),
    E(
        False,
        "Three security personnel killed in ambush near Jableh",
        BAT,
        CLASH,
        actor1=REMNANTS + SYGOV03,
        actor2=SYGOV03 + REMNANTS,
        location=JABLEH,
        date=D("2025-09-30", "2025-10-01"),
        killed=R(3),
        source=LD,
    ),
    E(
        False,
        "opened fire with machine guns from an olive grove and fled into the wooded hills east of Jableh",
        BAT,
        CLASH,
        actor1=REMNANTS + SYGOV03,
        actor2=SYGOV03 + REMNANTS,
        location=JABLEH,
        date=D("2025-09-30", "2025-10-01"),
        source=MOI03,
    ),
    # Wednesday in Daliyeh: the ministry's clash and the monitor's killing of unarmed men -> two core versions
    E(
        True,
        "Reinforcements sent to the area clashed with the gunmen for several hours near the village of Daliyeh on Wednesday, killing four of them and capturing two",
        BAT,
        CLASH,
        actor1=SYGOV03 + REMNANTS,
        actor2=REMNANTS + SYGOV03,
        location=DALIYEH,
        date=WED03,
        killed=R(4),
        source=MOI03,
    ),
    E(
        True,
        "security personnel killed four men from Daliyeh, among them a 17-year-old, after dragging them from their homes during a search",
        VAC,
        ATTACK,
        actor1=SYGOV03,
        actor2=CIV + ["four men", "men from Daliyeh", "17-year-old", "Alawites"],
        location=DALIYEH,
        date=WED03,
        killed=R(4),
        source=SND,
    ),
    E(
        False,
        "monitor says forces killed civilians in sweep",
        VAC,
        ATTACK,
        actor1=SYGOV03,
        actor2=CIV,
        location=DALIYEH,
        date=WED03,
        source=SND + LD,
    ),
    E(
        False,
        "The Defence Ministry denied that its forces or General Security had killed civilians in Daliyeh",
        VAC,
        ATTACK,
        actor1=SYGOV03,
        actor2=CIV,
        location=DALIYEH,
        date=WED03,
        source=MOD03,
        status="denied",
    ),
    E(
        False,
        "all four of the dead had been armed men who fired on the troops",
        BAT,
        CLASH,
        actor1=REMNANTS + SYGOV03,
        actor2=SYGOV03 + REMNANTS,
        location=DALIYEH,
        date=WED03,
        killed=R(4),
        source=MOD03,
    ),
    E(
        True,
        "security forces detained 11 people in the Dreikish countryside on Wednesday",
        STR,
        ARRESTS,
        actor1=SYGOV03,
        actor2=CIV + ["11 people", "people", "suspects"],
        location=DREIKISH,
        date=WED03,
        source=["security source"] + LD,
    ),
    E(
        True,
        "unidentified gunmen shot dead a taxi driver at the southern entrance to the town late on Monday",
        VAC,
        ATTACK,
        actor1=UNK + ["unidentified gunmen", "gunmen"],
        actor2=CIV + ["taxi driver", "driver"],
        location=QARDAHA,
        date=D("2025-09-29"),
        killed=R(1),
        source=["residents", "residents of Qardaha"] + LD,
    ),
    # the March events -> background; "some 1,400" -> 1400..1400
    E(
        False,
        "an insurgent attack on security forces",
        BAT,
        CLASH,
        actor1=REMNANTS + SYGOV03,
        actor2=SYGOV03 + REMNANTS,
        location=L(["Syrian coast", "coast"], cc="SY"),
        date=D("2025-03-01", "2025-03-31"),
        source=LD,
    ),
    E(
        False,
        "days of revenge killings in which some 1,400 people, most of them Alawite civilians, were killed",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV + ["Alawite civilians", "Alawites", "people"],
        location=L(["Syrian coast", "coast"], cc="SY"),
        date=D("2025-03-01", "2025-03-31"),
        killed=R(1400),
        source=["UN inquiry", "United Nations"] + LD,
        aggregate=True,
    ),
    E(
        False,
        'the remnants are a small and desperate group that "will be eradicated"',
        BAT,
        CLASH,
        actor1=SYGOV03,
        actor2=REMNANTS,
        location=L(["Syrian coast", "coast"], cc="SY"),
        source=["officials"],
        status="planned",
    ),
    # no gold: the two captured in Daliyeh (part of the clash), "no arrests have been reported", the call for
    # an investigation, the Alawites' fear of reprisals
]
DOCS.append(
    (
        "dev-i-03",
        "Levantine Daily",
        "2025-10-02",
        "ambush, a monitor's account and a ministry's denial",
        "Syria/coast: patrol ambushed near Jableh (3 dead), Daliyeh on Wednesday (ministry: a clash with "
        "gunmen; monitor: four unarmed men killed; denial), detentions in Dreikish, a taxi driver shot in "
        "Qardaha, March as background",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-i-03", "Oct 2 / on Thursday", "2025-10-02", "Thursday"),
    ("dev-i-03", "on Tuesday night", "2025-09-30", "Tuesday"),
    ("dev-i-03", "on Wednesday", "2025-10-01", "Wednesday"),
    ("dev-i-03", "late on Monday", "2025-09-29", "Monday"),
]

# =============================================================================
# dev-i-04  security desk, IS ambush with relative places — Syria: Palmyra-Deir ez-Zor highway, al-Sukhnah, Jabal al-Bishri (Wed 10 Dec 2025)
# =============================================================================
T04 = """IS ambush kills five soldiers east of Palmyra; coalition says it killed a senior militant in Jabal al-Bishri

DAMASCUS, 10 December 2025 (Qasioun Daily, security desk) - Five soldiers of the Syrian army's 70th Division were killed and seven wounded when Islamic State militants ambushed their convoy on the highway between Palmyra and Deir ez-Zor, about 40 km east of Palmyra, on Monday night, a military source told Qasioun Daily.

The convoy of four vehicles was escorting fuel tankers towards al-Sukhnah when the militants detonated an explosive device under the lead vehicle and then opened fire from the low hills beside the road, the source said. The soldiers fought back for about half an hour before the attackers withdrew south into the desert.

In a statement carried by its Amaq agency on Tuesday, the group claimed that its fighters had "killed and wounded 17 apostate soldiers" and burned two vehicles.

On Tuesday morning, two men gathering truffles were killed when their motorcycle struck a landmine about 15 km south of al-Sukhnah, relatives told local media. Truffle hunters head into the desert every winter despite the danger, and dozens have been killed in past seasons by mines and by Islamic State attacks.

Army units backed by helicopters began combing the area between al-Sukhnah and the T3 pumping station after the ambush, the military source said, and the highway was closed to civilian traffic for most of Tuesday.

Separately, the US-led coalition said its aircraft had struck an Islamic State hideout in the Jabal al-Bishri area, on the edge of the Badia north-east of al-Sukhnah, on Sunday, killing a senior member of the group responsible for "planning external attacks". Syria joined the coalition against the group in November.

The Badia, a vast stretch of desert between Homs, Deir ez-Zor and the Iraqi border, has long served as a refuge for the group's cells. In an interview with Qasioun Daily, the security researcher Firas al-Homsi said the militants had been able to regroup because the militias of the former government had withdrawn and the new army was overstretched. "Without a permanent force along the highway, more convoys will be hit before spring," he said.
"""

SYARMY04 = SYGOV + ["70th Division", "soldiers", "convoy", "Army units", "apostate soldiers", "army"]
ISIS04 = ISIS + ["IS militants", "attackers", "its fighters", "Amaq", "group's cells"]
COALITION = ["US-led coalition", "coalition", "Global Coalition", "coalition aircraft"] + USA
PALMYRA_E = L(
    [
        "Palmyra",
        "Tadmur",
        "Tadmor",
        "east of Palmyra",
        "highway between Palmyra and Deir ez-Zor",
        "Palmyra-Deir ez-Zor highway",
    ],
    cc="SY",
)
SUKHNAH = L(["al-Sukhnah", "Sukhnah", "al-Sukhna", "south of al-Sukhnah"], 34.89, 38.87, "SY")
T3_AREA = L(["al-Sukhnah", "T3 pumping station", "T3", "Badia"], cc="SY")
BISHRI = L(["Jabal al-Bishri", "Jabal Bishri", "Bishri", "Badia", "north-east of al-Sukhnah"], cc="SY")
QD = ["Qasioun Daily", "author"]
MIL04 = ["military source", "source"] + QD
NIGHT04 = D("2025-12-08", "2025-12-09")
E04 = [
    # "about 40 km east of Palmyra" is beyond the 30-km tolerance -> names only; an ambush on troops that
    # opens with a bomb and goes on with gunfire -> Armed clash (new convention), the bomb a non-core copy
    E(
        True,
        "Five soldiers of the Syrian army's 70th Division were killed and seven wounded when Islamic State militants ambushed their convoy on the highway between Palmyra and Deir ez-Zor, about 40 km east of Palmyra, on Monday night",
        BAT,
        CLASH,
        actor1=ISIS04 + SYARMY04,
        actor2=SYARMY04 + ISIS04,
        location=PALMYRA_E,
        date=NIGHT04,
        killed=R(5),
        injured=R(7),
        source=MIL04,
    ),
    E(
        False,
        "IS ambush kills five soldiers east of Palmyra",
        BAT,
        CLASH,
        actor1=ISIS04 + SYARMY04,
        actor2=SYARMY04 + ISIS04,
        location=PALMYRA_E,
        date=NIGHT04,
        killed=R(5),
        source=QD,
    ),
    E(
        False,
        "the militants detonated an explosive device under the lead vehicle",
        EXP,
        IED,
        actor1=ISIS04,
        actor2=SYARMY04 + ["lead vehicle", "vehicle"],
        location=PALMYRA_E,
        date=NIGHT04,
        source=MIL04,
    ),
    E(
        False,
        "The soldiers fought back for about half an hour before the attackers withdrew south into the desert",
        BAT,
        CLASH,
        actor1=SYARMY04 + ISIS04,
        actor2=ISIS04 + SYARMY04,
        location=PALMYRA_E,
        date=NIGHT04,
        source=MIL04,
    ),
    # the group's own version with its own figure ("killed and wounded 17") -> core, sourced to Amaq
    E(
        True,
        'its fighters had "killed and wounded 17 apostate soldiers" and burned two vehicles',
        BAT,
        CLASH,
        actor1=ISIS04 + SYARMY04,
        actor2=SYARMY04 + ISIS04,
        location=PALMYRA_E,
        date=NIGHT04,
        casualties=R(17),
        source=["Amaq", "Amaq agency", "statement"] + ISIS,
    ),
    # a mine with no owner named -> unknown; "about 15 km south of al-Sukhnah" -> al-Sukhnah's coordinates
    E(
        True,
        "two men gathering truffles were killed when their motorcycle struck a landmine about 15 km south of al-Sukhnah",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["two men", "men gathering truffles", "truffle hunters", "motorcycle"],
        location=SUKHNAH,
        date=D("2025-12-09"),
        killed=R(2),
        source=["relatives", "local media"] + QD,
    ),
    E(
        False,
        "dozens have been killed in past seasons by mines and by Islamic State attacks",
        EXP,
        IED,
        actor1=UNK + ISIS04,
        actor2=CIV + ["truffle hunters"],
        location=L(["Badia", "desert"], cc="SY"),
        killed=R(24, None),
        source=QD,
        aggregate=True,
    ),
    # a sweep with no arrest or fight -> non-core Other (dev_h's "search operation")
    E(
        False,
        "Army units backed by helicopters began combing the area between al-Sukhnah and the T3 pumping station",
        STR,
        OTHER,
        actor1=SYARMY04,
        actor2=ISIS04,
        location=T3_AREA,
        date=D("2025-12-08", "2025-12-10"),
        source=MIL04,
    ),
    E(
        True,
        "its aircraft had struck an Islamic State hideout in the Jabal al-Bishri area, on the edge of the Badia north-east of al-Sukhnah, on Sunday, killing a senior member of the group",
        EXP,
        AIR,
        actor1=COALITION,
        actor2=ISIS04 + ["hideout", "senior member"],
        location=BISHRI,
        date=D("2025-12-07"),
        killed=R(1),
        source=["US-led coalition", "coalition"],
    ),
    E(
        False,
        "Syria joined the coalition against the group in November",
        STR,
        AGREE,
        actor1=SYGOV + ["Syria"],
        actor2=COALITION,
        location=L(["Syria"], cc="SY"),
        date=D("2025-11-01", "2025-11-30"),
        source=QD,
    ),
    # a conditional forecast -> hypothetical
    E(
        False,
        "Without a permanent force along the highway, more convoys will be hit before spring",
        BAT,
        CLASH,
        actor1=ISIS04,
        actor2=SYARMY04 + ["convoys"],
        location=PALMYRA_E,
        source=["Firas al-Homsi", "security researcher"],
        status="hypothetical",
    ),
    # no gold: the road closure, "a refuge for the group's cells" (generic), the former militias' withdrawal
    # (generic), the two burned vehicles (inside the claim)
]
DOCS.append(
    (
        "dev-i-04",
        "Qasioun Daily (security desk)",
        "2025-12-10",
        "security desk, IS ambush with relative places",
        "Syria/Homs Badia: IS ambush on an army convoy 40 km east of Palmyra (5 dead; Amaq: 17 killed or "
        "wounded), truffle hunters killed by a mine south of al-Sukhnah, a sweep, a coalition strike in "
        "Jabal al-Bishri, a forecast",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-i-04", "10 December 2025", "2025-12-10", "Wednesday"),
    ("dev-i-04", "on Monday night", "2025-12-08", "Monday"),
    ("dev-i-04", "on Tuesday / Tuesday morning", "2025-12-09", "Tuesday"),
    ("dev-i-04", "on Sunday", "2025-12-07", "Sunday"),
]

# =============================================================================
# dev-i-05  Kurdish outlet on Turkish drone strikes — Syria: Qarah Mugh and Bir Hisso (Kobani), Tal Rifaat (Thu 20 Feb 2025)
# =============================================================================
T05 = """Turkish occupation drones martyr two Asayish members near Kobani; mercenaries loot Kurdish homes in Tal Rifaat

KOBANI, 20 February 2025 (Kobani News Network) - Two members of the Internal Security Forces (Asayish) were martyred on Wednesday evening when a drone of the Turkish occupation army targeted their vehicle near the village of Qarah Mugh, 12 km south of Kobani, the Asayish general command said in a statement.

The two men, Rezan Şêxo and Dilovan Ehmed, were returning from a checkpoint on the road between Kobani and Sarrin when the drone fired two missiles at their car, the statement said, calling the attack “a new crime in the occupation’s black record”.

Earlier the same day, a Turkish drone struck a farmhouse in the village of Bir Hisso on the outskirts of Kobani, wounding a mother and her two daughters, medical sources at the city’s hospital told KNN. Our correspondent, who reached the farmhouse on Thursday morning, saw a crater in the yard and the family’s tractor burned out.

The Turkish Ministry of National Defence claimed on Wednesday that its forces had “neutralised 14 PKK/YPG terrorists” in northern Syria in the previous 24 hours, without naming any location.

In occupied Tal Rifaat, which the Turkish-backed factions seized in early December, mercenaries of the so-called Syrian National Army have broken into and looted the homes of Kurdish families who fled the town, displaced residents now living in Tabqa told KNN. They said gunmen of the Hamza Division emptied at least 20 homes in the town’s eastern neighbourhood last week, carrying off furniture, doors and solar panels, and that some houses have since been handed to the fighters’ families.

On Thursday morning, thousands of people marched through the centre of Kobani to Azadi Square carrying pictures of the martyrs and chanting slogans against the occupation and the international silence.

According to figures from the Autonomous Administration, the Turkish state and its mercenaries have carried out more than 600 drone and artillery attacks on the regions of North and East Syria since the start of the year. The people of Kobani, who defeated ISIS in 2015, will not bow to drones; resistance is the only answer to occupation.
"""

TURKEY05 = [
    "Turkish occupation army",
    "Turkish occupation",
    "occupation",
    "Turkish army",
    "Turkey",
    "Turkish",
    "Turkish drone",
    "Turkish Armed Forces",
    "Turkish state",
    "its forces",
    "Military Forces of Turkey",
]
ASAYISH05 = [
    "Asayish",
    "Internal Security Forces",
    "members of the Internal Security Forces",
    "Asayish members",
    "two men",
    "vehicle",
    "Syrian Democratic Forces",
    "SDF",
]
SNA05 = [
    "Syrian National Army",
    "SNA",
    "Turkish-backed factions",
    "mercenaries",
    "Hamza Division",
    "gunmen of the Hamza Division",
    "factions",
    "its mercenaries",
]
YPG05 = [
    "PKK/YPG",
    "YPG",
    "People's Protection Units",
    "PKK",
    "Kurdistan Workers' Party",
    "terrorists",
    "Syrian Democratic Forces",
    "SDF",
]
QARAH_MUGH = L(
    ["Qarah Mugh", "Qara Mugh", "south of Kobani", "road between Kobani and Sarrin", "Kobani", "Kobane", "Ayn al-Arab"],
    36.89,
    38.35,
    "SY",
)
BIR_HISSO = L(["Bir Hisso", "outskirts of Kobani", "Kobani", "Kobane", "Ayn al-Arab"], 36.89, 38.35, "SY")
KOBANI = L(["Kobani", "Kobane", "Ayn al-Arab", "Azadi Square", "centre of Kobani"], 36.89, 38.35, "SY")
TAL_RIFAAT = L(["Tal Rifaat", "Tel Rifaat", "Tall Rifat", "eastern neighbourhood"], 36.47, 37.10, "SY")
KNN = ["Kobani News Network", "KNN", "correspondent", "author"]
ASAY_SRC = ["Asayish general command", "general command", "statement", "Asayish"]
WED05 = D("2025-02-19")
LASTWEEK05 = D("2025-02-10", "2025-02-16")
E05 = [
    # "12 km south of Kobani" -> Kobani's coordinates; the outlet's "occupation" is Turkey (new convention)
    E(
        True,
        "Two members of the Internal Security Forces (Asayish) were martyred on Wednesday evening when a drone of the Turkish occupation army targeted their vehicle near the village of Qarah Mugh, 12 km south of Kobani",
        EXP,
        AIR,
        actor1=TURKEY05,
        actor2=ASAYISH05,
        location=QARAH_MUGH,
        date=WED05,
        killed=R(2),
        source=ASAY_SRC + KNN,
    ),
    E(
        False,
        "Turkish occupation drones martyr two Asayish members near Kobani",
        EXP,
        AIR,
        actor1=TURKEY05,
        actor2=ASAYISH05,
        location=QARAH_MUGH,
        date=WED05,
        killed=R(2),
        source=KNN,
    ),
    E(
        False,
        "the drone fired two missiles at their car",
        EXP,
        AIR,
        actor1=TURKEY05,
        actor2=ASAYISH05 + ["car"],
        location=QARAH_MUGH,
        date=WED05,
        source=ASAY_SRC,
    ),
    # "Earlier the same day" -> Wednesday
    E(
        True,
        "a Turkish drone struck a farmhouse in the village of Bir Hisso on the outskirts of Kobani, wounding a mother and her two daughters",
        EXP,
        AIR,
        actor1=TURKEY05,
        actor2=CIV + ["farmhouse", "mother", "daughters", "family"],
        location=BIR_HISSO,
        date=WED05,
        injured=R(3),
        source=["medical sources", "hospital"] + KNN,
    ),
    # the ministry's 24-hour tally with no place -> aggregate; "neutralised" -> casualties
    E(
        False,
        "its forces had “neutralised 14 PKK/YPG terrorists” in northern Syria in the previous 24 hours",
        BAT,
        CLASH,
        actor1=TURKEY05,
        actor2=YPG05,
        location=L(["northern Syria"], cc="SY"),
        date=D("2025-02-18", "2025-02-19"),
        casualties=R(14),
        source=["Turkish Ministry of National Defence", "Ministry of National Defence"],
        aggregate=True,
    ),
    E(
        False,
        "which the Turkish-backed factions seized in early December",
        BAT,
        NSAOVER,
        actor1=SNA05,
        location=TAL_RIFAAT,
        date=D("2024-12-01", "2024-12-10"),
        source=KNN,
    ),
    # the general complaint -> a non-core copy; last week's 20 homes -> the core looting
    E(
        False,
        "mercenaries of the so-called Syrian National Army have broken into and looted the homes of Kurdish families who fled the town",
        STR,
        LOOT,
        actor1=SNA05,
        actor2=CIV + ["Kurdish families", "homes"],
        location=TAL_RIFAAT,
        source=["displaced residents", "residents"] + KNN,
    ),
    E(
        True,
        "gunmen of the Hamza Division emptied at least 20 homes in the town’s eastern neighbourhood last week",
        STR,
        LOOT,
        actor1=SNA05,
        actor2=CIV + ["Kurdish families", "homes", "20 homes"],
        location=TAL_RIFAAT,
        date=LASTWEEK05,
        source=["displaced residents", "residents"] + KNN,
    ),
    E(
        False,
        "mercenaries loot Kurdish homes in Tal Rifaat",
        STR,
        LOOT,
        actor1=SNA05,
        actor2=CIV + ["Kurdish homes", "homes"],
        location=TAL_RIFAAT,
        source=KNN,
    ),
    E(
        True,
        "thousands of people marched through the centre of Kobani to Azadi Square carrying pictures of the martyrs",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["people", "thousands of people"],
        location=KOBANI,
        date=D("2025-02-20"),
        source=KNN,
    ),
    E(
        False,
        "the Turkish state and its mercenaries have carried out more than 600 drone and artillery attacks on the regions of North and East Syria since the start of the year",
        EXP,
        AIR,
        actor1=TURKEY05 + SNA05,
        actor2=CIV + ASAYISH05,
        location=L(["North and East Syria", "northern Syria"], cc="SY"),
        date=D("2025-01-01", "2025-02-20"),
        source=["Autonomous Administration"],
        aggregate=True,
    ),
    E(
        False,
        "The people of Kobani, who defeated ISIS in 2015",
        BAT,
        NSAOVER,
        actor1=["people of Kobani", "YPG", "People's Protection Units", "Kurdish fighters"],
        actor2=ISIS,
        location=KOBANI,
        date=D("2015-01-01", "2015-12-31"),
        source=KNN,
    ),
    # no gold: the houses handed to fighters' families (an undated consequence), the crater seen on Thursday,
    # "will not bow to drones" (a slogan)
]
DOCS.append(
    (
        "dev-i-05",
        "Kobani News Network",
        "2025-02-20",
        "Kurdish outlet on Turkish drone strikes",
        "Syria/Kobani and Tal Rifaat: Turkish drone kills two Asayish near Qarah Mugh, a drone wounds three in "
        "Bir Hisso, the Turkish ministry's tally, homes looted in Tal Rifaat, a march in Kobani",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-i-05", "20 February 2025 / on Thursday morning", "2025-02-20", "Thursday"),
    ("dev-i-05", "on Wednesday evening", "2025-02-19", "Wednesday"),
    ("dev-i-05", "last week (start)", "2025-02-10", "Monday"),
    ("dev-i-05", "last week (end)", "2025-02-16", "Sunday"),
]

# =============================================================================
# dev-i-06  state media and a monitor, with interceptions — Syria: al-Kiswah, Sahnaya, Qatana, Beit Jinn (Wed 14 Jan 2026)
# =============================================================================
T06 = """Israeli strikes hit army positions near al-Kiswah; state media say air defences intercepted missiles

DAMASCUS, Jan 14 (Levant Wire Service) - Israeli aircraft struck military sites in the Damascus countryside late on Tuesday, the state news agency SANA reported, saying the army's air defence units intercepted several of the missiles over the town of Sahnaya.

SANA, citing a military source, said the strikes targeted positions of the army's 44th Division near al-Kiswah, about 13 km south of the capital, and caused "material damage only". The Syrian Observatory for Human Rights, a Britain-based monitor, said two soldiers were killed and five wounded in the strikes on al-Kiswah, and that an ammunition depot burned until dawn.

The Israeli military said its fighter jets had struck "weapons and military infrastructure" in southern Syria that posed a threat to Israeli citizens. It said it "will not allow" hostile forces to entrench near the border.

In a separate incident on Tuesday afternoon, an Israeli drone struck a car on the road between Qatana and Beit Jinn, in the western countryside of Damascus, killing its driver, the Observatory said. SANA did not report the strike.

Overnight, Israeli troops pushed into the village of Beit Jinn itself and detained three young men, two of them brothers, local sources told the Observatory. The army said it had arrested "suspects involved in smuggling weapons".

The Syrian Foreign Ministry condemned the strikes as "a flagrant violation of Syrian sovereignty" and called on the UN Security Council to act. Israel has carried out hundreds of strikes in Syria since the fall of the former government in December 2024, and its troops hold a buffer zone along the Golan frontier.

Damascus and Israel have held several rounds of talks on a security arrangement. Analysts say a deal could be signed in the coming months, but that strikes are likely to continue until then.
"""

ISRAEL06 = ISRAEL + ["Israeli aircraft", "fighter jets", "its fighter jets", "Israeli drone"]
SYARMY06 = SYGOV + [
    "army's air defence units",
    "air defence units",
    "44th Division",
    "soldiers",
    "army positions",
    "military sites",
    "positions of the army's 44th Division",
]
KISWAH = L(["al-Kiswah", "Kiswah", "al-Kiswa", "Damascus countryside", "south of the capital"], 33.36, 36.24, "SY")
SAHNAYA = L(["Sahnaya", "town of Sahnaya"], 33.43, 36.23, "SY")
QATANA = L(["Qatana", "road between Qatana and Beit Jinn", "western countryside of Damascus"], 33.44, 36.08, "SY")
BEIT_JINN = L(["Beit Jinn", "Beit Jann", "village of Beit Jinn"], 33.31, 35.88, "SY")
LWS = ["Levant Wire Service", "author"]
SANA = ["SANA", "Syrian Arab News Agency", "state news agency", "state media", "military source"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "Observatory", "monitor"]
IDF06 = ["Israeli military", "Israeli army", "IDF", "army"]
TUE06 = D("2026-01-13")
E06 = [
    # state media's version: "material damage only" -> killed and injured 0..0; the monitor's: 2 dead, 5 hurt
    E(
        True,
        "Israeli aircraft struck military sites in the Damascus countryside late on Tuesday",
        EXP,
        AIR,
        actor1=ISRAEL06,
        actor2=SYARMY06,
        location=KISWAH,
        date=TUE06,
        killed=R(0),
        injured=R(0),
        source=SANA + LWS,
    ),
    E(
        False,
        'the strikes targeted positions of the army\'s 44th Division near al-Kiswah, about 13 km south of the capital, and caused "material damage only"',
        EXP,
        AIR,
        actor1=ISRAEL06,
        actor2=SYARMY06,
        location=KISWAH,
        date=TUE06,
        killed=R(0),
        injured=R(0),
        source=SANA,
    ),
    E(
        True,
        "two soldiers were killed and five wounded in the strikes on al-Kiswah",
        EXP,
        AIR,
        actor1=ISRAEL06,
        actor2=SYARMY06,
        location=KISWAH,
        date=TUE06,
        killed=R(2),
        injured=R(5),
        source=SOHR,
    ),
    E(
        False,
        "Israeli strikes hit army positions near al-Kiswah",
        EXP,
        AIR,
        actor1=ISRAEL06,
        actor2=SYARMY06,
        location=KISWAH,
        date=TUE06,
        source=LWS,
    ),
    E(
        True,
        "the army's air defence units intercepted several of the missiles over the town of Sahnaya",
        STR,
        DISRUPT,
        actor1=SYARMY06,
        actor2=ISRAEL06 + ["missiles"],
        location=SAHNAYA,
        date=TUE06,
        source=SANA,
    ),
    E(
        False,
        'its fighter jets had struck "weapons and military infrastructure" in southern Syria',
        EXP,
        AIR,
        actor1=ISRAEL06,
        actor2=SYARMY06 + ["weapons and military infrastructure"],
        location=L(["southern Syria", "Syria"], cc="SY"),
        date=TUE06,
        source=IDF06,
    ),
    E(
        False,
        'it "will not allow" hostile forces to entrench near the border',
        EXP,
        AIR,
        actor1=ISRAEL06,
        actor2=["hostile forces"] + SYARMY06,
        location=L(["southern Syria", "border"], cc="SY"),
        source=IDF06,
        status="planned",
    ),
    # "on the road between X and Y" -> X's coordinates
    E(
        True,
        "an Israeli drone struck a car on the road between Qatana and Beit Jinn, in the western countryside of Damascus, killing its driver",
        EXP,
        AIR,
        actor1=ISRAEL06,
        actor2=CIV + ["car", "driver"],
        location=QATANA,
        date=TUE06,
        killed=R(1),
        source=SOHR,
    ),
    # "Overnight" in a Wednesday story -> Tuesday or Wednesday
    E(
        True,
        "Israeli troops pushed into the village of Beit Jinn itself and detained three young men, two of them brothers",
        STR,
        ARRESTS,
        actor1=ISRAEL06,
        actor2=CIV + ["three young men", "young men", "brothers", "suspects"],
        location=BEIT_JINN,
        date=D("2026-01-13", "2026-01-14"),
        source=["local sources"] + SOHR,
    ),
    E(
        False,
        'it had arrested "suspects involved in smuggling weapons"',
        STR,
        ARRESTS,
        actor1=ISRAEL06,
        actor2=["suspects", "suspects involved in smuggling weapons"] + CIV,
        location=BEIT_JINN,
        date=D("2026-01-13", "2026-01-14"),
        source=IDF06,
    ),
    E(
        False,
        "Israel has carried out hundreds of strikes in Syria since the fall of the former government in December 2024",
        EXP,
        AIR,
        actor1=ISRAEL06,
        actor2=SYARMY06,
        location=L(["Syria"], cc="SY"),
        date=D("2024-12-01", "2026-01-14"),
        source=LWS,
        aggregate=True,
    ),
    E(
        False,
        "a deal could be signed in the coming months",
        STR,
        AGREE,
        actor1=SYGOV + ISRAEL,
        actor2=ISRAEL + SYGOV,
        location=L(["Syria", "Israel"]),
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    E(
        False,
        "strikes are likely to continue until then",
        EXP,
        AIR,
        actor1=ISRAEL06,
        actor2=SYARMY06,
        location=L(["Syria"], cc="SY"),
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: the burning depot (the same strike), "SANA did not report the strike", the condemnation,
    # the buffer zone (a standing deployment)
]
DOCS.append(
    (
        "dev-i-06",
        "Levant Wire Service",
        "2026-01-14",
        "state media and a monitor, with interceptions",
        "Syria/Damascus countryside: Israeli strikes near al-Kiswah (SANA: material damage only; SOHR: 2 "
        "dead, 5 hurt), missiles intercepted over Sahnaya, a drone kills a driver near Qatana, detentions in "
        "Beit Jinn, forecasts",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-i-06", "Jan 14", "2026-01-14", "Wednesday"),
    ("dev-i-06", "late on Tuesday / Tuesday afternoon", "2026-01-13", "Tuesday"),
]

# =============================================================================
# dev-i-07  Palestinian agency on a raid, arrests, a funeral — West Bank: Nur Shams (Tulkarm), Qabatiya, Ya'bad, Arraba (Thu 6 Nov 2025)
# =============================================================================
T07 = """Young man killed by occupation forces in Nur Shams; 15 detained in Jenin governorate; mourners tear-gassed

TULKARM, November 6 (Palestine Today Agency) - A 22-year-old man was killed by the occupation forces' gunfire at dawn today during a raid on the Nur Shams refugee camp, east of Tulkarm, the Palestinian Ministry of Health said.

The ministry named him as Mohammad Khaled Shreim and said he was hit by a live bullet in the chest. Local sources said a large force backed by bulldozers stormed the camp from the direction of the Nablus road and deployed snipers on rooftops. The bulldozers tore up streets and destroyed the fronts of several houses and shops in the camp's al-Manshiyya neighbourhood.

The Israeli army said in a statement that its forces had shot dead "an armed terrorist who opened fire at them" in Nur Shams and that no soldiers were injured. The Tulkarm Battalion of the al-Quds Brigades said its fighters had clashed with the invading force in the camp's alleys.

Hours later, as thousands of mourners carried the young man's body from Thabet Thabet hospital towards the camp, occupation soldiers stationed at the camp's entrance fired tear gas canisters and stun grenades at the procession, causing dozens of cases of suffocation, the Palestinian Red Crescent said.

In Jenin governorate, occupation forces detained 15 citizens overnight in raids on the towns of Qabatiya, Ya'bad and Arraba, the Palestinian Prisoners' Society said, adding that most of them were former prisoners. Troops interrogated dozens of other residents in the field before releasing them.

The Nur Shams, Tulkarm and Jenin camps have been under a military offensive since January, when the army launched its operation in the northern West Bank. According to UN figures, more than 32,000 refugees have been forced from the three camps, and the army has demolished hundreds of homes there.

Palestinian factions called for a general strike in Tulkarm on Friday in mourning for the martyr.
"""

IDF07 = ISRAEL + [
    "occupation forces",
    "occupation soldiers",
    "occupation",
    "large force",
    "invading force",
    "its forces",
    "soldiers",
    "troops",
    "bulldozers",
]
QUDS = [
    "al-Quds Brigades",
    "Al-Quds Brigades",
    "Tulkarm Battalion",
    "Palestinian Islamic Jihad",
    "Islamic Jihad",
    "its fighters",
    "armed terrorist",
    "terrorist",
    "gunman",
]
MOURNERS = ["mourners", "thousands of mourners", "procession", "funeral procession"]
NUR_SHAMS = L(
    [
        "Nur Shams",
        "Nur Shams refugee camp",
        "Nur Shams camp",
        "east of Tulkarm",
        "Tulkarm",
        "al-Manshiyya",
        "camp's entrance",
    ],
    32.31,
    35.06,
    "PS",
)
JENIN_TOWNS = L(["Qabatiya", "Ya'bad", "Arraba", "Jenin governorate", "Jenin"], 32.41, 35.28, "PS")
PTA = ["Palestine Today Agency", "author"]
PMOH = ["Palestinian Ministry of Health", "Ministry of Health", "ministry", "health ministry"]
IDF07_SRC = ["Israeli army", "Israeli military", "IDF", "statement"]
DAWN07 = D("2025-11-06")
E07 = [
    # the ministry's version: a man killed by gunfire during a raid, no exchange of fire in it -> Attack;
    # the army's version (an armed man who opened fire) -> a core Armed clash; the Brigades' clash -> a copy
    E(
        True,
        "A 22-year-old man was killed by the occupation forces' gunfire at dawn today during a raid on the Nur Shams refugee camp, east of Tulkarm",
        VAC,
        ATTACK,
        actor1=IDF07,
        actor2=CIV + ["22-year-old man", "young man", "Mohammad Khaled Shreim", "man"],
        location=NUR_SHAMS,
        date=DAWN07,
        killed=R(1),
        source=PMOH + PTA,
    ),
    E(
        False,
        "Young man killed by occupation forces in Nur Shams",
        VAC,
        ATTACK,
        actor1=IDF07,
        actor2=CIV + ["young man"],
        location=NUR_SHAMS,
        date=DAWN07,
        killed=R(1),
        source=PTA,
    ),
    E(
        True,
        "The bulldozers tore up streets and destroyed the fronts of several houses and shops in the camp's al-Manshiyya neighbourhood",
        STR,
        LOOT,
        actor1=IDF07,
        actor2=CIV + ["houses", "shops", "streets"],
        location=NUR_SHAMS,
        date=DAWN07,
        source=["Local sources", "local sources"] + PTA,
    ),
    # "no soldiers were injured" and one man shot dead -> killed 1, injured 0..0
    E(
        True,
        'its forces had shot dead "an armed terrorist who opened fire at them" in Nur Shams',
        BAT,
        CLASH,
        actor1=QUDS + IDF07,
        actor2=IDF07 + QUDS,
        location=NUR_SHAMS,
        date=DAWN07,
        killed=R(1),
        injured=R(0),
        source=IDF07_SRC,
    ),
    E(
        False,
        "its fighters had clashed with the invading force in the camp's alleys",
        BAT,
        CLASH,
        actor1=QUDS + IDF07,
        actor2=IDF07 + QUDS,
        location=NUR_SHAMS,
        date=DAWN07,
        source=["Tulkarm Battalion", "al-Quds Brigades"],
    ),
    # a tear-gassed funeral -> Protest with intervention (new convention); "dozens of cases" -> 24..open
    E(
        True,
        "occupation soldiers stationed at the camp's entrance fired tear gas canisters and stun grenades at the procession, causing dozens of cases of suffocation",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IDF07 + MOURNERS),
        location=NUR_SHAMS,
        date=DAWN07,
        injured=R(24, None),
        source=["Palestinian Red Crescent", "Red Crescent", "PRCS"] + PTA,
    ),
    E(
        False,
        "mourners tear-gassed",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IDF07 + MOURNERS),
        location=NUR_SHAMS,
        date=DAWN07,
        source=PTA,
    ),
    # "overnight" in a Thursday story -> Wednesday or Thursday; three towns a few km apart -> Qabatiya's pin
    E(
        True,
        "occupation forces detained 15 citizens overnight in raids on the towns of Qabatiya, Ya'bad and Arraba",
        STR,
        ARRESTS,
        actor1=IDF07,
        actor2=CIV + ["15 citizens", "citizens", "former prisoners"],
        location=JENIN_TOWNS,
        date=D("2025-11-05", "2025-11-06"),
        source=["Palestinian Prisoners' Society", "Prisoners' Society"] + PTA,
    ),
    E(
        False,
        "15 detained in Jenin governorate",
        STR,
        ARRESTS,
        actor1=IDF07,
        actor2=CIV,
        location=JENIN_TOWNS,
        date=D("2025-11-05", "2025-11-06"),
        source=PTA,
    ),
    E(
        False,
        "the army has demolished hundreds of homes there",
        STR,
        LOOT,
        actor1=IDF07,
        actor2=CIV + ["homes"],
        location=L(["Nur Shams", "Tulkarm", "Jenin", "northern West Bank"], cc="PS"),
        date=D("2025-01-01", "2025-11-06"),
        source=["UN figures", "United Nations"],
        aggregate=True,
    ),
    E(
        False,
        "Palestinian factions called for a general strike in Tulkarm on Friday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Palestinian factions", "factions"],
        location=L(["Tulkarm"], 32.31, 35.03, "PS"),
        source=["Palestinian factions", "factions"] + PTA,
        status="planned",
    ),
    # no gold: the snipers on rooftops (part of the raid), the field interrogations (no detention), the
    # displacement of 32,000 (no ACLED event), the offensive since January (a standing operation)
]
DOCS.append(
    (
        "dev-i-07",
        "Palestine Today Agency",
        "2025-11-06",
        "Palestinian agency on a raid, arrests and a funeral",
        "West Bank/Tulkarm and Jenin: a man killed in a Nur Shams raid (the army: an armed man), bulldozer "
        "damage, a funeral tear-gassed, 15 detained in Qabatiya, Ya'bad and Arraba, a planned strike",
        T07,
        E07,
    )
)
WEEKDAYS += [("dev-i-07", "November 6 / today", "2025-11-06", "Thursday")]

# =============================================================================
# dev-i-08  shootings near an aid site, hedged numbers — Gaza: western Rafah, Netzarim corridor, Khan Younis (Thu 3 Jul 2025)
# =============================================================================
T08 = """Dozens reported killed near Rafah aid site; Israeli army says troops fired warning shots

GAZA/JERUSALEM, July 3 (Mediterranean News Service) - At least 31 Palestinians were killed and more than 150 wounded on Wednesday when Israeli troops opened fire on crowds heading to an aid distribution site in western Rafah, according to the health ministry in Gaza. Nasser hospital in Khan Younis, which received most of the casualties, put the number of dead at "dozens" and said many of the wounded had been shot in the head or chest.

Witnesses said the shooting began shortly before 5 a.m., about a kilometre from the site run by the US-backed Gaza Humanitarian Foundation (GHF), as thousands of people walked along the coastal road in the dark. "They fired at us from the tanks and from a quadcopter," one man said by telephone from the hospital. "People fell around me and nobody could reach them."

The Israeli military said troops had fired "warning shots" at several suspects who approached the forces and posed a threat, and that it was not aware of any injuries caused by its fire. It said the incident was under review. The GHF said there had been no incidents at or near its site.

On Tuesday, at least six people were killed and dozens wounded by Israeli fire while waiting for aid trucks near the Netzarim corridor, south of Gaza City, the civil defence agency said.

In Khan Younis, armed men looted a convoy of 20 aid trucks near the Kissufim road on Tuesday night, the UN said, blaming the collapse of civil order. Some of the gunmen were reportedly members of a clan-based gang.

More than 600 people have been killed near aid distribution points and along convoy routes since the end of May, the UN human rights office said last week. Aid groups say the system forces starving people to walk for hours through active combat zones. "If nothing changes, people will keep dying for a bag of flour," an official of a British charity said.
"""

IDF08 = ISRAEL + ["troops", "tanks", "quadcopter", "forces", "Israeli fire"]
CROWDS = CIV + ["Palestinians", "crowds", "people", "aid seekers", "crowds heading to an aid distribution site"]
RAFAH = L(
    ["Rafah", "western Rafah", "coastal road", "aid distribution site", "Gaza Humanitarian Foundation site"],
    31.28,
    34.25,
    "PS",
)
NETZARIM = L(["Netzarim corridor", "near the Netzarim corridor", "south of Gaza City", "Gaza City"], cc="PS")
KISSUFIM = L(["Khan Younis", "Khan Yunis", "Kissufim road"], 31.34, 34.30, "PS")
GAZA08 = L(["Gaza", "Gaza Strip"], cc="PS")
MNS = ["Mediterranean News Service", "author"]
GMOH = ["health ministry in Gaza", "health ministry", "Gaza health ministry", "Ministry of Health"]
IDF08_SRC = ["Israeli military", "Israeli army", "IDF"]
GHF = ["Gaza Humanitarian Foundation", "GHF"]
WED08 = D("2025-07-02")
E08 = [
    # "At least 31" -> 31..open, "more than 150" -> 151..open; the hospital's "dozens" -> a second version
    E(
        True,
        "At least 31 Palestinians were killed and more than 150 wounded on Wednesday when Israeli troops opened fire on crowds heading to an aid distribution site in western Rafah",
        VAC,
        ATTACK,
        actor1=IDF08,
        actor2=CROWDS,
        location=RAFAH,
        date=WED08,
        killed=R(31, None),
        injured=R(151, None),
        source=GMOH + MNS,
    ),
    E(
        True,
        'Nasser hospital in Khan Younis, which received most of the casualties, put the number of dead at "dozens"',
        VAC,
        ATTACK,
        actor1=IDF08,
        actor2=CROWDS,
        location=RAFAH,
        date=WED08,
        killed=R(24, None),
        source=["Nasser hospital", "hospital"],
    ),
    E(
        False,
        "Dozens reported killed near Rafah aid site",
        VAC,
        ATTACK,
        actor1=IDF08,
        actor2=CROWDS,
        location=RAFAH,
        date=WED08,
        killed=R(24, None),
        source=MNS,
    ),
    E(
        False,
        "the shooting began shortly before 5 a.m., about a kilometre from the site run by the US-backed Gaza Humanitarian Foundation (GHF)",
        VAC,
        ATTACK,
        actor1=IDF08,
        actor2=CROWDS,
        location=RAFAH,
        date=WED08,
        source=["Witnesses", "witnesses"],
    ),
    E(
        False,
        "They fired at us from the tanks and from a quadcopter",
        VAC,
        ATTACK,
        actor1=IDF08,
        actor2=CROWDS,
        location=RAFAH,
        date=WED08,
        source=["one man", "witness", "Witnesses"],
    ),
    # the army's account: warning shots at "suspects", no injuries it knows of -> its version of the target is
    # a non-core copy, its "not aware of any injuries" a non-core denial; the GHF's "no incidents" too
    E(
        False,
        'troops had fired "warning shots" at several suspects who approached the forces',
        VAC,
        ATTACK,
        actor1=IDF08,
        actor2=["suspects", "several suspects"] + CROWDS,
        location=RAFAH,
        date=WED08,
        source=IDF08_SRC,
    ),
    E(
        False,
        "it was not aware of any injuries caused by its fire",
        VAC,
        ATTACK,
        actor1=IDF08,
        actor2=CROWDS,
        location=RAFAH,
        date=WED08,
        source=IDF08_SRC,
        status="denied",
    ),
    E(
        False,
        "there had been no incidents at or near its site",
        VAC,
        ATTACK,
        actor1=IDF08,
        actor2=CROWDS,
        location=RAFAH,
        date=WED08,
        source=GHF,
        status="denied",
    ),
    E(
        True,
        "at least six people were killed and dozens wounded by Israeli fire while waiting for aid trucks near the Netzarim corridor, south of Gaza City",
        VAC,
        ATTACK,
        actor1=IDF08,
        actor2=CROWDS + ["people waiting for aid trucks"],
        location=NETZARIM,
        date=D("2025-07-01"),
        killed=R(6, None),
        injured=R(24, None),
        source=["civil defence agency", "civil defence", "Gaza civil defence"],
    ),
    # "on Tuesday night" -> Tuesday or into Wednesday; "reportedly members of a clan-based gang" -> accepted
    E(
        True,
        "armed men looted a convoy of 20 aid trucks near the Kissufim road on Tuesday night",
        STR,
        LOOT,
        actor1=UNK + ["armed men", "gunmen", "clan-based gang", "gang"],
        actor2=["convoy", "aid trucks", "aid convoy", "convoy of 20 aid trucks", "United Nations"],
        location=KISSUFIM,
        date=D("2025-07-01", "2025-07-02"),
        source=["United Nations", "the UN"],
    ),
    # "said last week" -> since the end of May to the Sunday before this week
    E(
        False,
        "More than 600 people have been killed near aid distribution points and along convoy routes since the end of May",
        VAC,
        ATTACK,
        actor1=UNK + IDF08,
        actor2=CROWDS,
        location=GAZA08,
        date=D("2025-05-20", "2025-06-29"),
        killed=R(601, None),
        source=["UN human rights office", "OHCHR", "United Nations"],
        aggregate=True,
    ),
    E(
        False,
        "If nothing changes, people will keep dying for a bag of flour",
        VAC,
        ATTACK,
        actor1=UNK + IDF08,
        actor2=CROWDS,
        location=GAZA08,
        source=["official of a British charity", "British charity"],
        status="hypothetical",
    ),
    # no gold: "under review", "the collapse of civil order" (generic), the walk through combat zones (generic)
]
DOCS.append(
    (
        "dev-i-08",
        "Mediterranean News Service",
        "2025-07-03",
        "shootings near an aid site, hedged numbers",
        "Gaza/Rafah: troops fire on crowds near a GHF site (31+ dead per the ministry, 'dozens' per Nasser; "
        "'warning shots' and denials), six killed near the Netzarim corridor, an aid convoy looted near "
        "Kissufim, UN totals, a warning",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-i-08", "July 3", "2025-07-03", "Thursday"),
    ("dev-i-08", "on Wednesday", "2025-07-02", "Wednesday"),
    ("dev-i-08", "On Tuesday / on Tuesday night", "2025-07-01", "Tuesday"),
    ("dev-i-08", "said last week (end)", "2025-06-29", "Sunday"),
]

# =============================================================================
# dev-i-09  local site on Houthi missiles and drones — Israel: Eilat, Ramon airport, Gulf of Aqaba (Mon 25 Aug 2025)
# =============================================================================
T09 = """Sirens in Eilat as missile from Yemen is intercepted; drone falls near Ramon airport, no injuries

EILAT, August 25 (Southern Arava News) - Sirens sounded across Eilat and the southern Arava shortly after 6 a.m. on Sunday when a ballistic missile was launched from Yemen. The military said the missile was intercepted by the Arrow system before it reached Israeli territory, and Magen David Adom said there were no injuries.

Last night, a drone launched from Yemen fell in an open area near Ramon airport, about 18 km north of the city, causing a small brush fire but no injuries, police said. The military said it was investigating why no sirens had sounded and why the drone had not been intercepted. Flights at the airport were halted for about an hour.

On Saturday evening, the navy intercepted a drone that was approaching Eilat from the east over the Gulf of Aqaba, the military said.

In a televised statement this morning, the Houthis' military spokesman, Brigadier General Abdulkarim al-Hadi, said the group had fired a "Palestine-2 hypersonic ballistic missile" at "a sensitive target in the Umm al-Rashrash area" yesterday, using the Houthis' name for Eilat, and that it had "hit its target successfully". He said two drones had also struck Ramon airport overnight.

Eilat's mayor told Southern Arava News that residents had "learned to live with sirens", but warned that tourism, the city's lifeline, was collapsing. The port of Eilat has been almost idle since the Houthis began attacking shipping in the Red Sea in late 2023.

According to the military, the Houthis have fired more than 60 ballistic missiles and dozens of drones at Israel since March, when fighting in Gaza resumed. Israel has struck Hodeidah port and Sanaa's airport several times in response, and the defence minister said on Sunday that the Houthis "will pay a heavy price" for every launch.
"""

HOUTHI09 = HOUTHI + ["Yemen", "group", "Houthis' military spokesman"]
ISRAEL09 = ISRAEL + ["military", "Arrow system", "navy", "Israeli navy", "air defences"]
EILAT = L(["Eilat", "Umm al-Rashrash", "Umm al-Rashrash area", "southern Arava", "Arava"], 29.56, 34.95, "IL")
RAMON = L(["Ramon airport", "Ramon Airport", "near Ramon airport", "north of the city", "Eilat"], 29.72, 35.01, "IL")
AQABA_GULF = L(["Gulf of Aqaba", "Gulf of Eilat", "east of Eilat"])
SAN = ["Southern Arava News", "author"]
IDF09_SRC = ["Israeli military", "military", "IDF", "Israeli army"]
HOU09_SRC = ["Houthis' military spokesman", "military spokesman", "spokesman", "Abdulkarim al-Hadi"] + HOUTHI
SUN09 = D("2025-08-24")
NIGHT09 = D("2025-08-24", "2025-08-25")
E09 = [
    # the interception, the only place the text ties it to is Eilat; "no injuries" -> injured 0..0; the
    # launch sentence -> a non-core missile-attack copy
    E(
        True,
        "the missile was intercepted by the Arrow system before it reached Israeli territory",
        STR,
        DISRUPT,
        actor1=ISRAEL09,
        actor2=HOUTHI09 + ["missile", "ballistic missile"],
        location=EILAT,
        date=SUN09,
        injured=R(0),
        source=IDF09_SRC + ["Magen David Adom"],
    ),
    E(
        False,
        "Sirens sounded across Eilat and the southern Arava shortly after 6 a.m. on Sunday when a ballistic missile was launched from Yemen",
        EXP,
        SHELL,
        actor1=HOUTHI09,
        actor2=ISRAEL09 + ["Eilat"],
        location=EILAT,
        date=SUN09,
        source=SAN,
    ),
    E(
        False,
        "Sirens in Eilat as missile from Yemen is intercepted",
        STR,
        DISRUPT,
        actor1=ISRAEL09,
        actor2=HOUTHI09 + ["missile"],
        location=EILAT,
        date=SUN09,
        source=SAN,
    ),
    # "Last night" in a Monday story -> Sunday or Monday; no target given -> no actor2
    E(
        True,
        "a drone launched from Yemen fell in an open area near Ramon airport, about 18 km north of the city, causing a small brush fire but no injuries",
        EXP,
        AIR,
        actor1=HOUTHI09,
        location=RAMON,
        date=NIGHT09,
        injured=R(0),
        source=["police"] + SAN,
    ),
    E(
        False,
        "drone falls near Ramon airport, no injuries",
        EXP,
        AIR,
        actor1=HOUTHI09,
        location=RAMON,
        date=NIGHT09,
        injured=R(0),
        source=SAN,
    ),
    E(
        True,
        "the navy intercepted a drone that was approaching Eilat from the east over the Gulf of Aqaba",
        STR,
        DISRUPT,
        actor1=ISRAEL09,
        actor2=HOUTHI09 + UNK + ["drone"],
        location=AQABA_GULF,
        date=D("2025-08-23"),
        source=IDF09_SRC,
    ),
    # the group's versions: a missile that "hit its target" (against the interception) and two drones that
    # struck the airport (against one that fell in an open area) -> core, sourced to the spokesman
    E(
        True,
        'the group had fired a "Palestine-2 hypersonic ballistic missile" at "a sensitive target in the Umm al-Rashrash area" yesterday',
        EXP,
        SHELL,
        actor1=HOUTHI09,
        actor2=["sensitive target", "Israel", "Eilat"],
        location=EILAT,
        date=SUN09,
        source=HOU09_SRC,
    ),
    E(
        True,
        "two drones had also struck Ramon airport overnight",
        EXP,
        AIR,
        actor1=HOUTHI09,
        actor2=["Ramon airport", "airport", "Israel"],
        location=RAMON,
        date=NIGHT09,
        source=HOU09_SRC,
    ),
    E(
        False,
        "the Houthis began attacking shipping in the Red Sea in late 2023",
        EXP,
        SHELL,
        actor1=HOUTHI09,
        actor2=["shipping", "ships"],
        location=L(["Red Sea"]),
        date=D("2023-10-01", "2023-12-31"),
        source=SAN,
        aggregate=True,
    ),
    E(
        False,
        "the Houthis have fired more than 60 ballistic missiles and dozens of drones at Israel since March",
        EXP,
        SHELL,
        actor1=HOUTHI09,
        actor2=ISRAEL09,
        location=L(["Israel"], cc="IL"),
        date=D("2025-03-01", "2025-08-25"),
        source=IDF09_SRC,
        aggregate=True,
    ),
    E(
        False,
        "Israel has struck Hodeidah port and Sanaa's airport several times in response",
        EXP,
        AIR,
        actor1=ISRAEL09,
        actor2=HOUTHI09 + ["Hodeidah port", "Sanaa's airport"],
        location=L(["Yemen", "Hodeidah", "Sanaa"], cc="YE"),
        date=D("2025-03-01", "2025-08-25"),
        source=SAN,
        aggregate=True,
    ),
    E(
        False,
        'the Houthis "will pay a heavy price" for every launch',
        EXP,
        AIR,
        actor1=ISRAEL09,
        actor2=HOUTHI09,
        location=L(["Yemen"], cc="YE"),
        source=["defence minister", "Israeli defence minister"],
        status="planned",
    ),
    # no gold: the halted flights, the inquiry into the missing sirens, the idle port and tourism
]
DOCS.append(
    (
        "dev-i-09",
        "Southern Arava News",
        "2025-08-25",
        "local site on Houthi missiles and drones, no injuries",
        "Israel/Eilat: a missile from Yemen intercepted (the Houthis: a hit on Umm al-Rashrash), a drone falls "
        "near Ramon airport (the Houthis: two drones struck it), a navy interception over the Gulf of Aqaba, "
        "totals and a threat",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-i-09", "August 25 / this morning", "2025-08-25", "Monday"),
    ("dev-i-09", "on Sunday / yesterday", "2025-08-24", "Sunday"),
    ("dev-i-09", "On Saturday evening", "2025-08-23", "Saturday"),
]

# =============================================================================
# dev-i-10  drone strike of uncertain origin on a PMF faction — Iraq: Jurf al-Sakhar (Babil), Baghdad (Mon 28 Jul 2025)
# =============================================================================
T10 = """Drone strike hits Kataib Hezbollah depot at Jurf al-Sakhar; faction blames US, officials unsure who flew it

BAGHDAD, 28 July 2025 (Mesopotamia Monitor) - A drone struck a depot used by the Kataib Hezbollah faction in the Jurf al-Sakhar area, in the north of Babil province, shortly after midnight on Sunday, killing two members of the group and wounding three, two Iraqi security officials said.

Kataib Hezbollah, one of the armed factions in the state-funded Popular Mobilisation Forces (PMF), blamed "the American occupier and its Zionist partner" in a statement and said the blood of its men "will not go unanswered". A US military spokesman denied that American forces had carried out any strike in Iraq over the weekend.

One of the security officials said the aircraft had approached from the west and was "either Israeli or American", adding that Iraqi radars had not picked it up before the explosion. The second official said investigators had not ruled out that the drone was launched by a rival armed group inside Iraq.

Jurf al-Sakhar, a farming town on the Euphrates that the PMF retook from the Islamic State in October 2014, has been closed to its former residents ever since and is run by the faction as a military zone. At least five unexplained blasts have hit PMF depots across Iraq since the start of the year.

In Baghdad, PMF air defences shot down a small drone over the group's headquarters on Palestine Street on Saturday evening, a PMF statement said, without saying where it had come from.

On Sunday afternoon, several hundred supporters of the faction rallied at the eastern end of the Jumhuriya bridge, chanting against the United States, before dispersing peacefully after about two hours.

The prime minister's office said it had ordered a joint investigation. Analysts in Baghdad warned that the faction could respond with drone or rocket attacks on US forces at Ain al-Asad or Erbil, which would risk drawing Iraq back into the regional war.
"""

KH = [
    "Kataib Hezbollah",
    "Kata'ib Hizballah",
    "Kataib Hizbullah",
    "faction",
    "Popular Mobilisation Forces",
    "Popular Mobilization Forces",
    "PMF",
    "Hashd al-Shaabi",
    "members of the group",
]
PMF10 = [
    "Popular Mobilisation Forces",
    "Popular Mobilization Forces",
    "PMF",
    "Hashd al-Shaabi",
    "PMF air defences",
    "air defences",
    "Military Forces of Iraq",
]
RIVAL = ["rival armed group", "armed group"]
UNCERTAIN10 = UNK + ISRAEL + USA + ["American occupier", "Zionist partner"] + RIVAL
JURF = L(["Jurf al-Sakhar", "Jurf al-Sakhr", "Jurf al-Nasr", "north of Babil province", "Babil"], 32.87, 44.12, "IQ")
BAGHDAD = L(["Baghdad", "Palestine Street", "Jumhuriya bridge", "Green Zone"], 33.31, 44.37, "IQ")
MM = ["Mesopotamia Monitor", "author"]
SECOFF = ["Iraqi security officials", "security officials", "security official", "officials"]
SUN10 = D("2025-07-27")
E10 = [
    # no claim; the faction blames the US and Israel, an official says "either Israeli or American", another
    # a rival group -> every alternative plus unknown in actor1
    E(
        True,
        "A drone struck a depot used by the Kataib Hezbollah faction in the Jurf al-Sakhar area, in the north of Babil province, shortly after midnight on Sunday, killing two members of the group and wounding three",
        EXP,
        AIR,
        actor1=UNCERTAIN10,
        actor2=KH + ["depot"],
        location=JURF,
        date=SUN10,
        killed=R(2),
        injured=R(3),
        source=SECOFF + MM,
    ),
    E(
        False,
        "Drone strike hits Kataib Hezbollah depot at Jurf al-Sakhar",
        EXP,
        AIR,
        actor1=UNCERTAIN10,
        actor2=KH + ["depot"],
        location=JURF,
        date=SUN10,
        source=MM,
    ),
    E(
        False,
        'blamed "the American occupier and its Zionist partner"',
        EXP,
        AIR,
        actor1=USA + ISRAEL + ["American occupier", "Zionist partner"],
        actor2=KH,
        location=JURF,
        date=SUN10,
        source=["Kataib Hezbollah", "statement"],
    ),
    E(
        False,
        'the blood of its men "will not go unanswered"',
        EXP,
        AIR,
        actor1=KH,
        actor2=USA + ISRAEL,
        location=L(["Iraq"], cc="IQ"),
        source=["Kataib Hezbollah", "statement"],
        status="planned",
    ),
    E(
        False,
        "A US military spokesman denied that American forces had carried out any strike in Iraq over the weekend",
        EXP,
        AIR,
        actor1=USA,
        actor2=KH,
        location=L(["Iraq", "Jurf al-Sakhar"], cc="IQ"),
        date=D("2025-07-26", "2025-07-27"),
        source=["US military spokesman", "US military", "spokesman"],
        status="denied",
    ),
    E(
        False,
        'the aircraft had approached from the west and was "either Israeli or American"',
        EXP,
        AIR,
        actor1=UNK + ISRAEL + USA,
        actor2=KH,
        location=JURF,
        date=SUN10,
        source=SECOFF,
    ),
    E(
        False,
        "investigators had not ruled out that the drone was launched by a rival armed group inside Iraq",
        EXP,
        AIR,
        actor1=RIVAL + UNK,
        actor2=KH,
        location=JURF,
        date=SUN10,
        source=["second official", "investigators"] + SECOFF,
        status="possible",
    ),
    E(
        False,
        "the PMF retook from the Islamic State in October 2014",
        BAT,
        GOVREGAIN,
        actor1=PMF10,
        actor2=ISIS,
        location=JURF,
        date=D("2014-10-01", "2014-10-31"),
        source=MM,
    ),
    # unexplained blasts, counted under the story's frame (drones) -> aggregate
    E(
        False,
        "At least five unexplained blasts have hit PMF depots across Iraq since the start of the year",
        EXP,
        AIR,
        actor1=UNK,
        actor2=PMF10 + ["PMF depots", "depots"],
        location=L(["Iraq"], cc="IQ"),
        date=D("2025-01-01", "2025-07-28"),
        source=MM,
        aggregate=True,
    ),
    E(
        True,
        "PMF air defences shot down a small drone over the group's headquarters on Palestine Street on Saturday evening",
        STR,
        DISRUPT,
        actor1=PMF10,
        actor2=UNK + ["small drone", "drone"],
        location=BAGHDAD,
        date=D("2025-07-26"),
        source=["PMF statement", "PMF", "statement"],
    ),
    E(
        True,
        "several hundred supporters of the faction rallied at the eastern end of the Jumhuriya bridge, chanting against the United States",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["supporters", "supporters of the faction"],
        location=BAGHDAD,
        date=SUN10,
        source=MM,
    ),
    E(
        False,
        "the faction could respond with drone or rocket attacks on US forces at Ain al-Asad or Erbil",
        EXP,
        AIR,
        actor1=KH,
        actor2=USA + ["US forces"],
        location=L(["Ain al-Asad", "Erbil", "Iraq"], cc="IQ"),
        source=["Analysts in Baghdad", "analysts"],
        status="hypothetical",
    ),
    # no gold: the radars that saw nothing, the closed town (a standing situation), the investigation ordered
]
DOCS.append(
    (
        "dev-i-10",
        "Mesopotamia Monitor",
        "2025-07-28",
        "drone strike of uncertain origin on a PMF faction",
        "Iraq/Jurf al-Sakhar and Baghdad: a drone hits a Kataib Hezbollah depot ('either Israeli or American', "
        "US denial), a drone downed over PMF headquarters, a rally on the Jumhuriya bridge, a forecast",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-i-10", "28 July 2025", "2025-07-28", "Monday"),
    ("dev-i-10", "on Sunday", "2025-07-27", "Sunday"),
    ("dev-i-10", "on Saturday evening / the weekend", "2025-07-26", "Saturday"),
]

# =============================================================================
# dev-i-11  protest turning into a riot — Iraq: Kirkuk, provincial council building, Qishla market (Wed 11 Mar 2026)
# =============================================================================
T11 = """One dead, 19 hurt as Kirkuk farmland protest turns into riot; curfew imposed

KIRKUK, March 11 (Kirkuk City Post) - One man was killed and at least 19 people, among them six policemen, were injured on Tuesday when a protest by Kurdish farmers outside the provincial council building in Kirkuk turned into a riot, the city's health directorate said.

The farmers have been protesting since Sunday against a decision to allocate disputed farmland in the Sargaran sub-district to families from outside the province. Sunday's and Monday's sit-ins outside the council building passed off peacefully, with a few dozen farmers and their supporters waving title deeds.

On Tuesday the crowd swelled to several hundred. Witnesses said young men threw stones and bottles at riot police after a rumour spread that a farmer had been arrested, then set fire to a police pickup truck and to tyres on the Baghdad road. Police fired tear gas and water cannon, and later shots into the air, to disperse them.

A 27-year-old protester from Laylan died of a gunshot wound to the head at Azadi hospital, his family said. The Kirkuk police command denied that officers had fired live rounds at the crowd, saying they had only fired in the air, and said it had opened an investigation.

Later in the evening, groups of young men attacked Kurdish-owned shops near the Qishla market, smashing windows and beating a shopkeeper, according to the owners.

The Kirkuk Operations Command imposed a curfew on the city from 8 p.m. on Tuesday until further notice and said security forces had arrested 23 people "involved in acts of rioting and sabotage".

Kurdish parties called for a general strike on Thursday, while Arab tribal leaders warned that any attempt to reverse the land decision would "ignite the street".

Land in Kirkuk has been contested since the Baath-era Arabisation campaigns. In September 2023, four people were killed when Kurdish and Arab protesters clashed in the city over the handover of a party headquarters.
"""

IQPOL = [
    "police",
    "riot police",
    "Kirkuk police command",
    "Kirkuk police",
    "policemen",
    "officers",
    "security forces",
    "Kirkuk Operations Command",
    "Police Forces of Iraq",
]
FARMERS = ["Kurdish farmers", "farmers", "young men", "rioters", "protester", "supporters", "crowd"]
KIRKUK = L(
    ["Kirkuk", "provincial council building", "council building", "Baghdad road", "Qishla market", "Kirkuk city"],
    35.47,
    44.39,
    "IQ",
)
KCP = ["Kirkuk City Post", "author"]
HD = ["health directorate", "city's health directorate", "Kirkuk health directorate"]
TUE11 = D("2026-03-10")
E11 = [
    # a protest turned violent (stones, a police vehicle burned) -> Riots/Violent demonstration, either order
    # of the sides; "at least 19" -> 19..open (new convention)
    E(
        True,
        "One man was killed and at least 19 people, among them six policemen, were injured on Tuesday when a protest by Kurdish farmers outside the provincial council building in Kirkuk turned into a riot",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(IQPOL + FARMERS),
        location=KIRKUK,
        date=TUE11,
        killed=R(1),
        injured=R(19, None),
        source=HD + KCP,
    ),
    E(
        False,
        "One dead, 19 hurt as Kirkuk farmland protest turns into riot",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(IQPOL + FARMERS),
        location=KIRKUK,
        date=TUE11,
        killed=R(1),
        injured=R(19),
        source=KCP,
    ),
    E(
        True,
        "Sunday's and Monday's sit-ins outside the council building passed off peacefully",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + FARMERS,
        location=KIRKUK,
        date=D("2026-03-08", "2026-03-09"),
        source=KCP,
    ),
    E(
        False,
        "The farmers have been protesting since Sunday against a decision to allocate disputed farmland in the Sargaran sub-district to families from outside the province",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + FARMERS,
        location=KIRKUK,
        date=D("2026-03-08", "2026-03-10"),
        source=KCP,
    ),
    E(
        False,
        "young men threw stones and bottles at riot police after a rumour spread that a farmer had been arrested, then set fire to a police pickup truck and to tyres on the Baghdad road",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(IQPOL + FARMERS),
        location=KIRKUK,
        date=TUE11,
        source=["Witnesses", "witnesses"],
    ),
    # the dispersal is part of the riot; a Protest-with-intervention reading is not punished (non-core)
    E(
        False,
        "Police fired tear gas and water cannon, and later shots into the air, to disperse them",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(IQPOL + FARMERS),
        location=KIRKUK,
        date=TUE11,
        source=["Witnesses", "witnesses"],
    ),
    E(
        False,
        "Police fired tear gas and water cannon, and later shots into the air, to disperse them",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IQPOL + FARMERS),
        location=KIRKUK,
        date=TUE11,
        source=["Witnesses", "witnesses"],
    ),
    # the family's account of the death and the police's denial of live fire -> non-core
    E(
        False,
        "A 27-year-old protester from Laylan died of a gunshot wound to the head at Azadi hospital",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IQPOL + FARMERS),
        location=KIRKUK,
        date=TUE11,
        killed=R(1),
        source=["family"],
    ),
    E(
        False,
        "The Kirkuk police command denied that officers had fired live rounds at the crowd",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IQPOL + FARMERS),
        location=KIRKUK,
        date=TUE11,
        source=["Kirkuk police command", "police command", "police"],
        status="denied",
    ),
    E(
        True,
        "groups of young men attacked Kurdish-owned shops near the Qishla market, smashing windows and beating a shopkeeper",
        RIOT,
        MOB,
        actor1=["groups of young men", "young men", "mob", "rioters"],
        actor2=CIV + ["Kurdish-owned shops", "shops", "shopkeeper", "owners"],
        location=KIRKUK,
        date=TUE11,
        injured=R(1),
        source=["owners"] + KCP,
    ),
    E(
        False,
        "The Kirkuk Operations Command imposed a curfew on the city from 8 p.m. on Tuesday until further notice",
        STR,
        OTHER,
        actor1=IQPOL + ["Iraqi army", "Military Forces of Iraq"],
        location=KIRKUK,
        date=TUE11,
        source=["Kirkuk Operations Command"] + KCP,
    ),
    # arrests announced with the curfew -> Tuesday or Wednesday
    E(
        True,
        'security forces had arrested 23 people "involved in acts of rioting and sabotage"',
        STR,
        ARRESTS,
        actor1=IQPOL,
        actor2=["23 people", "people", "rioters"] + FARMERS,
        location=KIRKUK,
        date=D("2026-03-10", "2026-03-11"),
        source=["Kirkuk Operations Command", "Operations Command"],
    ),
    E(
        False,
        "Kurdish parties called for a general strike on Thursday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Kurdish parties"],
        location=KIRKUK,
        source=["Kurdish parties"],
        status="planned",
    ),
    E(
        False,
        'any attempt to reverse the land decision would "ignite the street"',
        RIOT,
        VIOLENT,
        actor1=["Arab tribes", "tribes", "rioters"],
        location=KIRKUK,
        source=["Arab tribal leaders", "tribal leaders"],
        status="hypothetical",
    ),
    E(
        False,
        "In September 2023, four people were killed when Kurdish and Arab protesters clashed in the city",
        RIOT,
        VIOLENT,
        actor1=["Kurdish protesters", "Arab protesters", "protesters"],
        actor2=["Arab protesters", "Kurdish protesters", "protesters"],
        location=KIRKUK,
        date=D("2023-09-01", "2023-09-30"),
        killed=R(4),
        source=KCP,
    ),
    # no gold: the rumour of an arrest (not confirmed as an act), the investigation, the Arabisation campaigns
]
DOCS.append(
    (
        "dev-i-11",
        "Kirkuk City Post",
        "2026-03-11",
        "protest turning into a riot",
        "Iraq/Kirkuk: a farmers' protest turns into a riot (1 dead, 19+ hurt), peaceful sit-ins before it, a "
        "death by gunshot and a police denial, shops attacked near the Qishla market, curfew and 23 arrests, "
        "a planned strike",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-i-11", "March 11", "2026-03-11", "Wednesday"),
    ("dev-i-11", "on Tuesday", "2026-03-10", "Tuesday"),
    ("dev-i-11", "since Sunday", "2026-03-08", "Sunday"),
    ("dev-i-11", "Monday's sit-in", "2026-03-09", "Monday"),
]

# =============================================================================
# dev-i-12  army press release on a clash with smugglers — Jordan/Syria border: Jaber crossing, Ramtha; Lajat (Wed 18 Feb 2026)
# =============================================================================
T12 = """Armed Forces foil large smuggling attempt on northern border, kill five smugglers

Jordan Armed Forces - Arab Army | General Command | Press release | Amman, Wednesday 18 February 2026

A military source at the General Command of the Jordan Armed Forces - Arab Army stated that at dawn today, Wednesday, border guard forces of the Eastern Military Region, in coordination with the Military Security Directorate and the Anti-Narcotics Department, foiled an attempt by a group of armed smugglers to infiltrate from Syrian territory into the Kingdom, about 20 km east of the Jaber border crossing.

The source said that the smugglers opened fire on the border guards, who responded in accordance with the rules of engagement, killing five smugglers and wounding a number of them, while the rest fled back into the Syrian depth. One of our soldiers sustained a minor injury and was taken to hospital, where his condition is stable.

The source added that the forces seized 1.4 million Captagon pills, 300 kilograms of hashish and three automatic rifles, which were handed over to the competent authorities.

In a separate incident on Monday night, air defence units of the Northern Military Region shot down two drones carrying narcotics that had entered the Kingdom’s airspace near the town of Ramtha.

The source said that the operation was carried out in coordination with the Syrian Ministry of Interior, whose forces arrested three suspects linked to the smuggling network in the Lajat area of the Daraa countryside on Tuesday.

The source stressed that the Armed Forces will deal with force and firmness with any infiltration or smuggling attempt, and will strike with an iron fist anyone who tries to tamper with the security of the nation.

The General Command noted that since the start of the year, border guard forces have thwarted 17 infiltration and smuggling attempts on the northern and eastern borders, in which 23 smugglers were killed and others wounded.

Directorate of Media and Moral Guidance
"""

JAF12 = [
    "Jordan Armed Forces",
    "Jordanian Armed Forces",
    "Arab Army",
    "Armed Forces",
    "border guard forces",
    "border guards",
    "Eastern Military Region",
    "Jordanian army",
    "air defence units",
    "Northern Military Region",
    "soldiers",
    "Jordan",
    "Military Forces of Jordan",
]
SMUG12 = ["smugglers", "armed smugglers", "group of armed smugglers", "drug smugglers", "smuggling network"]
JABER = L(
    ["Jaber border crossing", "Jaber crossing", "Jaber", "east of the Jaber border crossing", "northern border"],
    32.53,
    36.21,
    "JO",
)
RAMTHA = L(["Ramtha", "al-Ramtha", "town of Ramtha"], 32.56, 36.01, "JO")
LAJAT = L(["Lajat", "Lajat area", "al-Lajat", "Daraa countryside"], cc="SY")
JAF_SRC = [
    "military source",
    "source",
    "General Command",
    "Jordan Armed Forces",
    "Arab Army",
    "Directorate of Media and Moral Guidance",
]
WED12 = D("2026-02-18")
E12 = [
    # five smugglers killed; "wounding a number of them" (2..open) plus one soldier -> injured 3..open (new
    # convention); "about 20 km east of" the crossing -> its coordinates
    E(
        True,
        "the smugglers opened fire on the border guards, who responded in accordance with the rules of engagement, killing five smugglers and wounding a number of them",
        BAT,
        CLASH,
        actor1=SMUG12 + JAF12,
        actor2=JAF12 + SMUG12,
        location=JABER,
        date=WED12,
        killed=R(5),
        injured=R(3, None),
        source=JAF_SRC,
    ),
    E(
        False,
        "foiled an attempt by a group of armed smugglers to infiltrate from Syrian territory into the Kingdom, about 20 km east of the Jaber border crossing",
        BAT,
        CLASH,
        actor1=JAF12 + SMUG12,
        actor2=SMUG12 + JAF12,
        location=JABER,
        date=WED12,
        source=JAF_SRC,
    ),
    E(
        False,
        "Armed Forces foil large smuggling attempt on northern border, kill five smugglers",
        BAT,
        CLASH,
        actor1=JAF12 + SMUG12,
        actor2=SMUG12 + JAF12,
        location=JABER,
        date=WED12,
        killed=R(5),
        source=JAF_SRC,
    ),
    E(
        False,
        "One of our soldiers sustained a minor injury and was taken to hospital",
        BAT,
        CLASH,
        actor1=SMUG12 + JAF12,
        actor2=JAF12 + SMUG12,
        location=JABER,
        date=WED12,
        injured=R(1),
        source=JAF_SRC,
    ),
    # "on Monday night" -> Monday or into Tuesday; the drones' senders are not named -> smugglers plus unknown
    E(
        True,
        "air defence units of the Northern Military Region shot down two drones carrying narcotics that had entered the Kingdom’s airspace near the town of Ramtha",
        STR,
        DISRUPT,
        actor1=JAF12,
        actor2=SMUG12 + UNK + ["drones", "two drones"],
        location=RAMTHA,
        date=D("2026-02-16", "2026-02-17"),
        source=JAF_SRC,
    ),
    E(
        True,
        "whose forces arrested three suspects linked to the smuggling network in the Lajat area of the Daraa countryside on Tuesday",
        STR,
        ARRESTS,
        actor1=SYGOV + ["Syrian Ministry of Interior"],
        actor2=SMUG12 + ["three suspects", "suspects"],
        location=LAJAT,
        date=D("2026-02-17"),
        source=JAF_SRC,
    ),
    E(
        False,
        "the Armed Forces will deal with force and firmness with any infiltration or smuggling attempt",
        BAT,
        CLASH,
        actor1=JAF12,
        actor2=SMUG12,
        location=L(["northern border", "Jordan-Syria border"], cc="JO"),
        source=JAF_SRC,
        status="planned",
    ),
    E(
        False,
        "border guard forces have thwarted 17 infiltration and smuggling attempts on the northern and eastern borders, in which 23 smugglers were killed and others wounded",
        BAT,
        CLASH,
        actor1=JAF12 + SMUG12,
        actor2=SMUG12 + JAF12,
        location=L(["northern and eastern borders", "northern border", "eastern border"], cc="JO"),
        date=D("2026-01-01", "2026-02-18"),
        killed=R(23),
        source=JAF_SRC,
        aggregate=True,
    ),
    # no gold: the seizure of pills, hashish and rifles (no ACLED event), "the rest fled back"
]
DOCS.append(
    (
        "dev-i-12",
        "Jordan Armed Forces - Arab Army (press release)",
        "2026-02-18",
        "army press release on a clash with smugglers",
        "Jordan/Syria border: five smugglers killed east of the Jaber crossing (a soldier hurt), two drug drones "
        "downed near Ramtha, three arrests in the Lajat by Syrian forces, a warning, the year's totals",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-i-12", "Wednesday 18 February 2026", "2026-02-18", "Wednesday"),
    ("dev-i-12", "on Monday night", "2026-02-16", "Monday"),
    ("dev-i-12", "on Tuesday", "2026-02-17", "Tuesday"),
]

# =============================================================================
# dev-i-13  a strike, an evacuation warning and threats — Lebanon/Bekaa: Brital, Janta, Shmustar; Bint Jbeil (Thu 21 May 2026)
# =============================================================================
T13 = """Israeli strike kills three near Brital; army warns of wider action in the Bekaa

BEIRUT, May 21 (The Beirut Ledger) - An Israeli drone strike on a car near the town of Brital, south of Baalbek, killed three men on Wednesday evening, Lebanon's health ministry said, in the deepest Israeli strike inside Lebanon in weeks.

The Israeli military said the men were members of Hezbollah's Radwan Force who were "involved in smuggling weapons from Syria" and released footage of the strike. Hezbollah did not comment, but a relative of one of the dead told the Ledger that he was a 19-year-old student at the Lebanese University in Zahle.

Hours earlier, Israeli jets struck what the military called "a Hezbollah precision missile production site" on the outskirts of Janta, near the Syrian border, and a tunnel nearby that it said was used to smuggle weapons. There were no reports of casualties.

On Wednesday night, the army's Arabic-language spokesman published a map of a building in the village of Shmustar and warned residents to evacuate it and stay at least 300 metres away, saying it would be struck "in the coming hours" because it housed Hezbollah weapons. Residents said families fled the neighbourhood in the dark. By the time this edition went to press, no strike had been reported.

Israel's defence minister said on Thursday that Israel would "act with increasing force across Lebanon, including in the Bekaa" unless the Lebanese state disarmed Hezbollah. Lebanon's president called the strikes a violation of the ceasefire and urged Washington and Paris to press Israel to stop them.

For one Lebanese security official, the danger is plain. "If Hezbollah answers, the whole valley could become a target again, as it was in 2024," he said. During the war that autumn, Israeli strikes killed hundreds of people across the Baalbek-Hermel region.

The strikes come a day after an Israeli drone killed a man on a motorbike in the southern town of Bint Jbeil, the state news agency NNA reported.
"""

ISRAEL13 = ISRAEL + ["Israeli jets", "Israeli drone", "army's Arabic-language spokesman", "Israeli drone strike"]
HEZB13 = HEZB + ["Radwan Force", "Hezbollah's Radwan Force"]
BRITAL = L(["Brital", "near the town of Brital", "south of Baalbek", "Baalbek", "Bekaa"], 33.95, 36.17, "LB")
JANTA = L(["Janta", "outskirts of Janta", "near the Syrian border", "Bekaa"], cc="LB")
SHMUSTAR = L(["Shmustar", "Shmestar", "village of Shmustar"], cc="LB")
BINT_JBEIL = L(["Bint Jbeil", "Bint Jbail"], 33.12, 35.43, "LB")
BEKAA = L(["Bekaa", "Bekaa valley", "Lebanon"], cc="LB")
BL = ["The Beirut Ledger", "Beirut Ledger", "Ledger", "author"]
LBMOH13 = ["Lebanon's health ministry", "health ministry", "Lebanese health ministry"]
IDF13 = ["Israeli military", "military", "IDF", "Israeli army"]
WED13 = D("2026-05-20")
E13 = [
    E(
        True,
        "An Israeli drone strike on a car near the town of Brital, south of Baalbek, killed three men on Wednesday evening",
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=CIV + HEZB13 + ["car", "three men", "men", "student"],
        location=BRITAL,
        date=WED13,
        killed=R(3),
        source=LBMOH13 + BL,
    ),
    E(
        False,
        "Israeli strike kills three near Brital",
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=CIV + HEZB13,
        location=BRITAL,
        date=WED13,
        killed=R(3),
        source=BL,
    ),
    # the army names the targets without a trigger or toll of its own -> a non-core copy
    E(
        False,
        'the men were members of Hezbollah\'s Radwan Force who were "involved in smuggling weapons from Syria"',
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=HEZB13,
        location=BRITAL,
        date=WED13,
        source=IDF13,
    ),
    # "Hours earlier" than Wednesday evening -> Wednesday; "no reports of casualties" -> 0..0
    E(
        True,
        'Israeli jets struck what the military called "a Hezbollah precision missile production site" on the outskirts of Janta, near the Syrian border',
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=HEZB13 + ["precision missile production site", "production site", "tunnel"],
        location=JANTA,
        date=WED13,
        killed=R(0),
        injured=R(0),
        source=IDF13 + BL,
    ),
    # an evacuation warning for a strike "in the coming hours", not carried out by press time -> planned,
    # non-core, no date (new convention)
    E(
        False,
        'saying it would be struck "in the coming hours" because it housed Hezbollah weapons',
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=HEZB13 + ["building", "Hezbollah weapons"],
        location=SHMUSTAR,
        source=["army's Arabic-language spokesman", "spokesman"] + IDF13,
        status="planned",
    ),
    E(
        False,
        "army warns of wider action in the Bekaa",
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=HEZB13,
        location=BEKAA,
        source=BL,
        status="planned",
    ),
    E(
        False,
        'Israel would "act with increasing force across Lebanon, including in the Bekaa" unless the Lebanese state disarmed Hezbollah',
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=HEZB13,
        location=BEKAA,
        source=["Israel's defence minister", "defence minister"],
        status="planned",
    ),
    E(
        False,
        "If Hezbollah answers, the whole valley could become a target again",
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=HEZB13 + CIV,
        location=BEKAA,
        source=["Lebanese security official", "security official"],
        status="hypothetical",
    ),
    E(
        False,
        "During the war that autumn, Israeli strikes killed hundreds of people across the Baalbek-Hermel region",
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=CIV + HEZB13 + ["people"],
        location=L(["Baalbek-Hermel", "Baalbek-Hermel region", "Baalbek", "Hermel"], cc="LB"),
        date=D("2024-09-01", "2024-11-30"),
        killed=R(200, None),
        source=BL,
        aggregate=True,
    ),
    # a "comes a day after" reference -> non-core background (new convention)
    E(
        False,
        "an Israeli drone killed a man on a motorbike in the southern town of Bint Jbeil",
        EXP,
        AIR,
        actor1=ISRAEL13,
        actor2=CIV + ["man", "man on a motorbike", "motorbike"],
        location=BINT_JBEIL,
        date=D("2026-05-19"),
        killed=R(1),
        source=["NNA", "National News Agency", "state news agency"],
    ),
    # no gold: the footage, the tunnel (inside the Janta strike), the families' flight, the president's appeal
]
DOCS.append(
    (
        "dev-i-13",
        "The Beirut Ledger",
        "2026-05-21",
        "a strike, an evacuation warning and threats",
        "Lebanon/Bekaa: a drone strike kills three near Brital (the army: Radwan Force), jets hit a site near "
        "Janta (no casualties), an evacuation warning for a building in Shmustar, threats and a forecast, "
        "Bint Jbeil as background",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-i-13", "May 21 / on Thursday", "2026-05-21", "Thursday"),
    ("dev-i-13", "on Wednesday evening / night", "2026-05-20", "Wednesday"),
    ("dev-i-13", "a day after (Tuesday)", "2026-05-19", "Tuesday"),
]

# =============================================================================
# dev-i-14  NGO monthly round-up — Syria: al-Tamanah (Idlib), Deir Hafer (Aleppo), Homs, Jasim (Daraa) (Tue 3 Feb 2026)
# =============================================================================
T14 = """Civilian deaths in Syria, January 2026: 118 killed, among them 17 children

Syrian Documentation Network (SDN) | Monthly report | 3 February 2026

Summary

The Syrian Documentation Network (SDN) documented the killing of 118 civilians in Syria in January 2026, among them 17 children and nine women. Of these, 41 were killed by unidentified gunmen, 22 by landmines and unexploded ordnance, 19 in fighting between the Syrian army and the Syrian Democratic Forces (SDF) in the eastern countryside of Aleppo, and six by Israeli forces in Quneitra and Daraa provinces. The remaining deaths were caused by other parties or could not be attributed.

SDN also documented at least 214 cases of arbitrary arrest or detention during the month, 131 of them by government forces and 58 by the SDF, as well as 11 cases of enforced disappearance.

Selected incidents

On 9 January, three children from one family, aged between six and eleven, were killed when a cluster submunition left over from earlier bombardment exploded while they were playing near their home in the village of al-Tamanah, in the southern countryside of Idlib.

On 17 January, a drone struck a house in the town of Deir Hafer, east of Aleppo, killing a woman and her 14-year-old son. Local residents said the drone was launched from SDF-held areas east of the Euphrates. The SDF denied targeting civilians and said its forces had struck a gathering of government fighters near the town that day.

On 24 January, gunmen in a black car abducted Samer al-Hakim, a 45-year-old pharmacist, from his shop in the Karm al-Zaytoun neighbourhood of Homs. His body was found two days later on the outskirts of the city with gunshot wounds.

On 28 January, government forces raided the town of Jasim, in the Daraa countryside, and detained 14 young men, most of them former members of opposition factions who had settled their status. Eleven have since been released.

Methodology

SDN relies on a network of field researchers and on cross-checking with relatives, medical staff and open sources. Figures are a minimum; the real toll is likely higher.

Recommendations

The Syrian government must investigate every killing and disclose the whereabouts of the disappeared. All parties must clear mines from agricultural land and stop attacks on residential areas.
"""

SDF14 = ["Syrian Democratic Forces", "SDF", "its forces", "SDF-held areas"]
SYARMY14 = SYGOV + ["government fighters", "gathering of government fighters"]
SYRIA14 = L(["Syria"], cc="SY")
TAMANAH = L(["al-Tamanah", "al-Tamanaah", "Tamanah", "southern countryside of Idlib", "Idlib"], cc="SY")
DEIR_HAFER = L(["Deir Hafer", "Dayr Hafir", "Deir Hafir", "east of Aleppo"], 36.16, 37.71, "SY")
HOMS = L(["Homs", "Karm al-Zaytoun", "outskirts of the city"], 34.73, 36.71, "SY")
JASIM = L(["Jasim", "Jassem", "Jasem", "Daraa countryside"], 32.99, 36.06, "SY")
SDN = ["Syrian Documentation Network", "SDN", "author"]
JAN26 = D("2026-01-01", "2026-01-31")
E14 = [
    # the month's figures -> aggregates, one per figure with a type (new convention)
    E(
        False,
        "documented the killing of 118 civilians in Syria in January 2026, among them 17 children and nine women",
        VAC,
        ATTACK,
        actor1=UNK + SYGOV + SDF14,
        actor2=CIV,
        location=SYRIA14,
        date=JAN26,
        killed=R(118),
        source=SDN,
        aggregate=True,
    ),
    E(
        False,
        "Civilian deaths in Syria, January 2026: 118 killed, among them 17 children",
        VAC,
        ATTACK,
        actor1=UNK + SYGOV + SDF14,
        actor2=CIV,
        location=SYRIA14,
        date=JAN26,
        killed=R(118),
        source=SDN,
        aggregate=True,
    ),
    E(
        False,
        "41 were killed by unidentified gunmen",
        VAC,
        ATTACK,
        actor1=UNK + ["unidentified gunmen", "gunmen"],
        actor2=CIV,
        location=SYRIA14,
        date=JAN26,
        killed=R(41),
        source=SDN,
        aggregate=True,
    ),
    E(
        False,
        "22 by landmines and unexploded ordnance",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV,
        location=SYRIA14,
        date=JAN26,
        killed=R(22),
        source=SDN,
        aggregate=True,
    ),
    E(
        False,
        "19 in fighting between the Syrian army and the Syrian Democratic Forces (SDF) in the eastern countryside of Aleppo",
        BAT,
        CLASH,
        actor1=SYGOV + SDF14,
        actor2=SDF14 + SYGOV + CIV,
        location=L(["eastern countryside of Aleppo", "Aleppo"], cc="SY"),
        date=JAN26,
        killed=R(19),
        source=SDN,
        aggregate=True,
    ),
    E(
        False,
        "six by Israeli forces in Quneitra and Daraa provinces",
        VAC,
        ATTACK,
        actor1=ISRAEL,
        actor2=CIV,
        location=L(["Quneitra", "Daraa", "Quneitra and Daraa provinces"], cc="SY"),
        date=JAN26,
        killed=R(6),
        source=SDN,
        aggregate=True,
    ),
    E(
        False,
        "at least 214 cases of arbitrary arrest or detention during the month",
        STR,
        ARRESTS,
        actor1=SYGOV + SDF14,
        actor2=CIV,
        location=SYRIA14,
        date=JAN26,
        source=SDN,
        aggregate=True,
    ),
    E(
        False,
        "131 of them by government forces",
        STR,
        ARRESTS,
        actor1=SYGOV,
        actor2=CIV,
        location=SYRIA14,
        date=JAN26,
        source=SDN,
        aggregate=True,
    ),
    E(
        False,
        "58 by the SDF",
        STR,
        ARRESTS,
        actor1=SDF14,
        actor2=CIV,
        location=SYRIA14,
        date=JAN26,
        source=SDN,
        aggregate=True,
    ),
    E(
        False,
        "11 cases of enforced disappearance",
        VAC,
        ABDUCT,
        actor1=UNK + SYGOV + SDF14,
        actor2=CIV,
        location=SYRIA14,
        date=JAN26,
        source=SDN,
        aggregate=True,
    ),
    # the selected incidents -> core; a bomblet left from earlier bombardment, no owner -> unknown
    E(
        True,
        "three children from one family, aged between six and eleven, were killed when a cluster submunition left over from earlier bombardment exploded while they were playing near their home in the village of al-Tamanah",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["three children", "children", "family"],
        location=TAMANAH,
        date=D("2026-01-09"),
        killed=R(3),
        source=SDN,
    ),
    # "launched from SDF-held areas" -> SDF plus unknown; the SDF's own version (a gathering of government
    # fighters) -> a second core version; its denial of civilian targets -> non-core
    E(
        True,
        "a drone struck a house in the town of Deir Hafer, east of Aleppo, killing a woman and her 14-year-old son",
        EXP,
        AIR,
        actor1=SDF14 + UNK,
        actor2=CIV + ["house", "woman", "son"],
        location=DEIR_HAFER,
        date=D("2026-01-17"),
        killed=R(2),
        source=SDN + ["Local residents", "residents"],
    ),
    E(
        False,
        "The SDF denied targeting civilians",
        EXP,
        AIR,
        actor1=SDF14,
        actor2=CIV,
        location=DEIR_HAFER,
        date=D("2026-01-17"),
        source=["SDF", "Syrian Democratic Forces"],
        status="denied",
    ),
    E(
        True,
        "its forces had struck a gathering of government fighters near the town that day",
        EXP,
        AIR,
        actor1=SDF14,
        actor2=SYARMY14,
        location=DEIR_HAFER,
        date=D("2026-01-17"),
        source=["SDF", "Syrian Democratic Forces"],
    ),
    E(
        True,
        "gunmen in a black car abducted Samer al-Hakim, a 45-year-old pharmacist, from his shop in the Karm al-Zaytoun neighbourhood of Homs",
        VAC,
        ABDUCT,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["Samer al-Hakim", "pharmacist"],
        location=HOMS,
        date=D("2026-01-24"),
        source=SDN,
    ),
    # the body found two days later -> the killing, from the abduction to the finding (new convention)
    E(
        True,
        "His body was found two days later on the outskirts of the city with gunshot wounds",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["Samer al-Hakim", "pharmacist"],
        location=HOMS,
        date=D("2026-01-24", "2026-01-26"),
        killed=R(1),
        source=SDN,
    ),
    E(
        True,
        "government forces raided the town of Jasim, in the Daraa countryside, and detained 14 young men",
        STR,
        ARRESTS,
        actor1=SYGOV,
        actor2=CIV + ["14 young men", "young men", "former members of opposition factions"],
        location=JASIM,
        date=D("2026-01-28"),
        source=SDN,
    ),
    # no gold: the release of eleven, the methodology, "the real toll is likely higher", the recommendations
]
DOCS.append(
    (
        "dev-i-14",
        "Syrian Documentation Network (monthly report)",
        "2026-02-03",
        "NGO monthly round-up",
        "Syria/January 2026: aggregates (118 civilians killed, 214 arrests, 11 disappearances) and selected "
        "incidents: a bomblet kills three children in al-Tamanah, a drone on Deir Hafer (the SDF's version and "
        "denial), a pharmacist abducted and killed in Homs, 14 detained in Jasim",
        T14,
        E14,
    )
)

# =============================================================================
# dev-i-15  citing chains — Iraqi Kurdistan: Sidakan, Koya; Iran: Baneh (Kurdistan province) (Tue 16 Sep 2025)
# =============================================================================
T15 = """Iranian artillery shells opposition areas near Sidakan; drone hits Kurdish party's camp near Koya

ERBIL, Sept 16 (Northern Iraq Wire) - Iranian artillery shelled mountain areas around the Sidakan district of Erbil province on Monday, the Kurdistan Sky TV channel reported, citing the district's mayor, who said the shells landed near villages where Iranian Kurdish opposition fighters are based and set fire to orchards. No casualties were reported.

Iran's Tasnim news agency, citing a statement by the ground forces of the Islamic Revolutionary Guard Corps (IRGC), said its units had targeted "the headquarters of separatist terrorist groups" in the Kurdistan Region with artillery and drones on Monday and Tuesday, "inflicting heavy losses" on them.

The Kurdistan Democratic Party of Iran (KDPI) said in a statement that an explosive-laden drone struck one of its camps near Koya, east of Erbil, at around 2 a.m. on Tuesday, wounding two of its members and damaging a dormitory. A Koya security official, quoted by the local outlet Koya Today, said the drone had come from the direction of the Iranian border.

On the Iranian side of the border, two Kurdish porters, known as kolbars, were shot dead by border guards in the mountains near Baneh, in Kurdistan province, on Sunday, the rights group Hengaw said, citing relatives of the two men. Iranian media, quoting a border guard commander in the province, said the guards had fired at "smugglers who ignored warnings to stop".

Iraq's foreign ministry said it had summoned the Iranian charge d'affaires in Baghdad to protest against what it called a violation of Iraqi sovereignty.

Under a security agreement signed in March 2023, Baghdad committed to disarm the Iranian Kurdish groups and move them away from the border. Tehran has repeatedly threatened to resume military operations if the agreement is not fully implemented. In September 2022, IRGC missile and drone strikes on opposition camps near Koya killed at least 13 people.
"""

IRGC15 = [
    "Islamic Revolutionary Guard Corps",
    "IRGC",
    "Revolutionary Guards",
    "IRGC ground forces",
    "ground forces of the Islamic Revolutionary Guard Corps",
    "Iranian artillery",
    "Iran",
    "Iranian",
    "its units",
    "Military Forces of Iran",
]
KURD_OPP = [
    "Iranian Kurdish opposition",
    "Iranian Kurdish opposition fighters",
    "opposition fighters",
    "Kurdish opposition",
    "separatist terrorist groups",
    "Kurdistan Democratic Party of Iran",
    "KDPI",
]
KDPI = [
    "Kurdistan Democratic Party of Iran",
    "KDPI",
    "Democratic Party of Iranian Kurdistan",
    "its members",
    "camp",
    "camps",
    "Iranian Kurdish opposition",
]
BG15 = [
    "border guards",
    "Iranian border guards",
    "guards",
    "Border Guard Command",
    "Police Forces of Iran",
    "Military Forces of Iran",
]
SIDAKAN = L(
    ["Sidakan", "Sidakan district", "Erbil province", "mountain areas around the Sidakan district"], 36.80, 44.67, "IQ"
)
KOYA = L(["Koya", "Koysinjaq", "Koi Sanjaq", "near Koya", "east of Erbil"], 36.08, 44.63, "IQ")
BANEH = L(["Baneh", "near Baneh", "Kurdistan province", "mountains near Baneh"], 35.99, 45.89, "IR")
NIW = ["Northern Iraq Wire", "author"]
SKY = ["Kurdistan Sky TV", "Kurdistan Sky", "mayor", "district's mayor", "Sidakan mayor"]
TASNIM = ["Tasnim", "Tasnim news agency", "IRGC ground forces", "IRGC", "statement"]
E15 = [
    # the channel citing the mayor -> both in source; "No casualties were reported" -> killed and injured 0..0
    E(
        True,
        "Iranian artillery shelled mountain areas around the Sidakan district of Erbil province on Monday",
        EXP,
        SHELL,
        actor1=IRGC15,
        actor2=KURD_OPP + CIV + ["villages", "orchards", "mountain areas"],
        location=SIDAKAN,
        date=D("2025-09-15"),
        killed=R(0),
        injured=R(0),
        source=SKY + NIW,
    ),
    E(
        False,
        "Iranian artillery shells opposition areas near Sidakan",
        EXP,
        SHELL,
        actor1=IRGC15,
        actor2=KURD_OPP,
        location=SIDAKAN,
        date=D("2025-09-15"),
        source=NIW,
    ),
    # two days of artillery and drones on unnamed "headquarters" -> aggregate
    E(
        False,
        'its units had targeted "the headquarters of separatist terrorist groups" in the Kurdistan Region with artillery and drones on Monday and Tuesday',
        EXP,
        SHELL,
        actor1=IRGC15,
        actor2=KURD_OPP + ["headquarters"],
        location=L(["Kurdistan Region", "northern Iraq"], cc="IQ"),
        date=D("2025-09-15", "2025-09-16"),
        source=TASNIM,
        aggregate=True,
    ),
    # the party names no perpetrator; the official points to the Iranian border -> Iran plus unknown
    E(
        True,
        "an explosive-laden drone struck one of its camps near Koya, east of Erbil, at around 2 a.m. on Tuesday, wounding two of its members and damaging a dormitory",
        EXP,
        AIR,
        actor1=IRGC15 + UNK,
        actor2=KDPI + ["dormitory"],
        location=KOYA,
        date=D("2025-09-16"),
        injured=R(2),
        source=["Kurdistan Democratic Party of Iran", "KDPI", "statement"],
    ),
    E(
        False,
        "drone hits Kurdish party's camp near Koya",
        EXP,
        AIR,
        actor1=IRGC15 + UNK,
        actor2=KDPI,
        location=KOYA,
        date=D("2025-09-16"),
        source=NIW,
    ),
    E(
        False,
        "the drone had come from the direction of the Iranian border",
        EXP,
        AIR,
        actor1=IRGC15 + UNK,
        actor2=KDPI,
        location=KOYA,
        date=D("2025-09-16"),
        source=["Koya security official", "security official", "Koya Today"],
    ),
    # the rights group citing relatives, and Iranian media quoting a commander -> two core versions
    E(
        True,
        "two Kurdish porters, known as kolbars, were shot dead by border guards in the mountains near Baneh, in Kurdistan province, on Sunday",
        VAC,
        ATTACK,
        actor1=BG15,
        actor2=CIV + ["Kurdish porters", "porters", "kolbars"],
        location=BANEH,
        date=D("2025-09-14"),
        killed=R(2),
        source=["Hengaw", "rights group", "relatives"],
    ),
    E(
        True,
        'the guards had fired at "smugglers who ignored warnings to stop"',
        VAC,
        ATTACK,
        actor1=BG15,
        actor2=["smugglers"] + CIV,
        location=BANEH,
        date=D("2025-09-14"),
        source=["Iranian media", "border guard commander", "commander"],
    ),
    E(
        False,
        "a security agreement signed in March 2023",
        STR,
        AGREE,
        actor1=["Iraq", "Baghdad", "Iraqi government"],
        actor2=["Iran", "Tehran", "Iranian government"],
        location=L(["Iraq", "Baghdad"], cc="IQ"),
        date=D("2023-03-01", "2023-03-31"),
        source=NIW,
    ),
    E(
        False,
        "Tehran has repeatedly threatened to resume military operations if the agreement is not fully implemented",
        EXP,
        SHELL,
        actor1=IRGC15 + ["Tehran"],
        actor2=KURD_OPP,
        location=L(["Kurdistan Region", "northern Iraq"], cc="IQ"),
        source=["Tehran", "Iran"] + NIW,
        status="planned",
    ),
    E(
        False,
        "In September 2022, IRGC missile and drone strikes on opposition camps near Koya killed at least 13 people",
        EXP,
        SHELL,
        actor1=IRGC15,
        actor2=KURD_OPP + ["opposition camps", "people"],
        location=KOYA,
        date=D("2022-09-01", "2022-09-30"),
        killed=R(13, None),
        source=NIW,
    ),
    # no gold: the summoning of the charge d'affaires, the orchards' fire (inside the shelling), "inflicting
    # heavy losses" (inside the IRGC's aggregate)
]
DOCS.append(
    (
        "dev-i-15",
        "Northern Iraq Wire",
        "2025-09-16",
        "citing chains",
        "Iraqi Kurdistan and Iran: IRGC artillery near Sidakan (a channel citing a mayor), Tasnim citing the "
        "IRGC, a drone on a KDPI camp near Koya, kolbars shot near Baneh (Hengaw citing relatives vs a "
        "commander), the 2023 agreement and a threat",
        T15,
        E15,
    )
)
WEEKDAYS += [
    ("dev-i-15", "Sept 16 / on Tuesday", "2025-09-16", "Tuesday"),
    ("dev-i-15", "on Monday", "2025-09-15", "Monday"),
    ("dev-i-15", "on Sunday", "2025-09-14", "Sunday"),
]

# =============================================================================
# dev-i-16  outlier: an attack on a checkpoint — Libya: Zawiya, Harsha, Sabratha (Tue 9 Jun 2026)
# =============================================================================
T16 = """Gunmen kill two police at Zawiya checkpoint; ministry blames fuel smugglers

TRIPOLI, June 9 (Maghreb Security Wire) - Gunmen in two pickup trucks attacked a police checkpoint at the western gate of Zawiya, on the coastal road between Zawiya and Tripoli, late on Sunday, killing two officers and wounding three, the Interior Ministry of the Tripoli-based Government of National Unity (GNU) said.

The ministry said the attackers, whom it linked to a fuel smuggling network, opened fire with machine guns and a rocket-propelled grenade after officers tried to stop a tanker truck, and then fled south towards the Harsha area. A commander of a local armed group allied with the government wrote on Facebook that six members of the security forces had been killed or wounded.

On Monday, security forces arrested four suspects in a raid on a farm in the Harsha area, 10 km south of Zawiya, and seized two vehicles and a quantity of weapons, the ministry said. It did not say whether the suspects had taken part in the checkpoint attack.

Unconfirmed reports on social media said a second checkpoint, on the edge of Sabratha, had also come under fire overnight. The ministry did not comment on the reports.

On Monday evening, around 200 residents of Zawiya held a sit-in outside the municipal building to demand that the government end the rule of armed groups in the city and reopen the refinery road.

Earlier this month, gunmen abducted a member of Zawiya's municipal council, Khaled Abu Ghrara, as he left a mosque in the city centre; he was released three days later after tribal mediation. No group has been charged.

Zawiya, home to one of Libya's two largest refineries, has seen repeated clashes between rival armed groups that control its fuel trade and smuggling routes. Analysts warn the city could slide into open fighting again if the government moves against the smuggling networks without the support of the armed groups that control its streets.
"""

GNU_POL = [
    "police",
    "police checkpoint",
    "checkpoint",
    "officers",
    "Interior Ministry",
    "Government of National Unity",
    "GNU",
    "security forces",
    "members of the security forces",
    "Police Forces of Libya",
]
SMUG16 = UNK + ["gunmen", "attackers", "fuel smuggling network", "smuggling network", "smugglers", "fuel smugglers"]
ZAWIYA = L(
    ["Zawiya", "al-Zawiya", "Zawiyah", "western gate of Zawiya", "coastal road between Zawiya and Tripoli"],
    32.76,
    12.73,
    "LY",
)
HARSHA = L(["Harsha", "Harsha area", "south of Zawiya", "Zawiya"], 32.76, 12.73, "LY")
SABRATHA = L(["Sabratha", "edge of Sabratha", "Sabratah"], 32.79, 12.48, "LY")
MSW16 = ["Maghreb Security Wire", "author"]
MOI16 = ["Interior Ministry", "ministry", "Government of National Unity", "GNU"]
SUN16 = D("2026-06-07")
MON16 = D("2026-06-08")
E16 = [
    # gunmen against an armed police post -> Armed clash (dev-h-03's checkpoint); "on the road between X and
    # Y" -> X's coordinates
    E(
        True,
        "Gunmen in two pickup trucks attacked a police checkpoint at the western gate of Zawiya, on the coastal road between Zawiya and Tripoli, late on Sunday, killing two officers and wounding three",
        BAT,
        CLASH,
        actor1=SMUG16 + GNU_POL,
        actor2=GNU_POL + SMUG16,
        location=ZAWIYA,
        date=SUN16,
        killed=R(2),
        injured=R(3),
        source=MOI16 + MSW16,
    ),
    E(
        False,
        "Gunmen kill two police at Zawiya checkpoint",
        BAT,
        CLASH,
        actor1=SMUG16 + GNU_POL,
        actor2=GNU_POL + SMUG16,
        location=ZAWIYA,
        date=SUN16,
        killed=R(2),
        source=MSW16,
    ),
    E(
        False,
        "opened fire with machine guns and a rocket-propelled grenade after officers tried to stop a tanker truck",
        BAT,
        CLASH,
        actor1=SMUG16 + GNU_POL,
        actor2=GNU_POL + SMUG16,
        location=ZAWIYA,
        date=SUN16,
        source=MOI16,
    ),
    # the commander's own figure, killed and wounded unsplit -> a second core version, casualties 6
    E(
        True,
        "six members of the security forces had been killed or wounded",
        BAT,
        CLASH,
        actor1=SMUG16 + GNU_POL,
        actor2=GNU_POL + SMUG16,
        location=ZAWIYA,
        date=SUN16,
        casualties=R(6),
        source=["commander", "commander of a local armed group", "local armed group", "Facebook"],
    ),
    E(
        True,
        "security forces arrested four suspects in a raid on a farm in the Harsha area, 10 km south of Zawiya",
        STR,
        ARRESTS,
        actor1=GNU_POL,
        actor2=SMUG16 + ["four suspects", "suspects"],
        location=HARSHA,
        date=MON16,
        source=MOI16 + MSW16,
    ),
    # unconfirmed reports on the item's own subject -> core, possible; "overnight" in a Tuesday story ->
    # Monday or Tuesday
    E(
        True,
        "a second checkpoint, on the edge of Sabratha, had also come under fire overnight",
        BAT,
        CLASH,
        actor1=UNK + GNU_POL,
        actor2=GNU_POL + ["second checkpoint", "checkpoint"] + UNK,
        location=SABRATHA,
        date=D("2026-06-08", "2026-06-09"),
        source=["social media", "Unconfirmed reports", "reports"],
        status="possible",
    ),
    E(
        True,
        "around 200 residents of Zawiya held a sit-in outside the municipal building",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents", "residents of Zawiya"],
        location=ZAWIYA,
        date=MON16,
        source=MSW16,
    ),
    # "Earlier this month", released three days later, before publication -> 1 to 6 June
    E(
        True,
        "gunmen abducted a member of Zawiya's municipal council, Khaled Abu Ghrara, as he left a mosque in the city centre",
        VAC,
        ABDUCT,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["member of Zawiya's municipal council", "Khaled Abu Ghrara", "municipal council"],
        location=ZAWIYA,
        date=D("2026-06-01", "2026-06-06"),
        source=MSW16,
    ),
    E(
        False,
        "has seen repeated clashes between rival armed groups that control its fuel trade and smuggling routes",
        BAT,
        CLASH,
        actor1=["rival armed groups", "armed groups"],
        actor2=["rival armed groups", "armed groups"],
        location=ZAWIYA,
        source=MSW16,
        aggregate=True,
    ),
    E(
        False,
        "the city could slide into open fighting again",
        BAT,
        CLASH,
        actor1=["armed groups"] + GNU_POL,
        actor2=GNU_POL + ["armed groups"],
        location=ZAWIYA,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: the seized vehicles and weapons, "No group has been charged", the tribal mediation, the
    # refinery road (a demand)
]
DOCS.append(
    (
        "dev-i-16",
        "Maghreb Security Wire",
        "2026-06-09",
        "outlier: an attack on a checkpoint",
        "Libya/Zawiya: gunmen attack a police checkpoint (2 dead, 3 hurt; a commander: six killed or wounded), "
        "arrests in Harsha, an unconfirmed attack near Sabratha, a sit-in, a councillor abducted earlier this "
        "month, a forecast",
        T16,
        E16,
    )
)
WEEKDAYS += [
    ("dev-i-16", "June 9", "2026-06-09", "Tuesday"),
    ("dev-i-16", "late on Sunday", "2026-06-07", "Sunday"),
    ("dev-i-16", "On Monday / Monday evening", "2026-06-08", "Monday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_i", check_i, strip_text=True)


if __name__ == "__main__":
    main()
