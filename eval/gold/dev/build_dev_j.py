"""Writes dev_j.gold.jsonl: sixteen development articles from theatres that dev_i does not cover - Syria
(Sarmada and the western Aleppo countryside, the Euphrates crossings of Deir ez-Zor, Suwayda and Daraa,
Raqqa), Iraq (the Anbar desert, Diyala, Sinjar, Erbil's oil fields), south Lebanon (Tyre, Kfar Kila,
Shebaa), the West Bank (Hebron and Nablus governorates), Gaza (Khan Younis), Yemen (Abyan and Shabwa,
Red Sea shipping off Mokha and in the Bab el-Mandeb), Iran (Sistan-Baluchestan), Turkey's border with
Syria (Ras al-Ain, Suruc/Kobani, Reyhanli) - and Sudan (El Obeid in North Kordofan) as the one outlier,
published 2025-2026, written for this project in our own words, with hand-made gold events in the format
of SPEC.md section 6 and eval/gold/ANNOTATION.md. Jordan, on dev_i's list already, is left out.

The set gives a fresh, honest measurement on: partisan wording from both sides of several conflicts (an
SDF outlet's "mercenaries" and a Turkish outlet's "PKK/YPG terrorists", a Hezbollah-aligned "Zionist
enemy", a southern Yemeni outlet's "heroes" and "Khawarij"), official voices (an Iraqi Security Media
Cell statement, an IDF press release, a maritime security advisory, a volunteer group's statement), a
live blog and an analysis piece whose background must not be scored as news, two versions of one event
from two sources (tolls, targets, even types: excessive force against a grenade attack, a protest met with
tear gas against "a violent riot"), uncertain perpetrators ("either Islamic State cells or remnants of the
former regime", "either Kataib Hezbollah or a smaller splinter faction"), citing chains ("IRNA ... citing
the province's deputy governor", "The Iraqi News Agency, citing a security source"), counts in every form
("between 12 and 15", "five to seven", "at least nine", "more than 40", "dozens", "a number of", "killed or
wounded some 30", "no casualties", "None of our personnel were hurt", vehicles and boats that are not
people), dates in every form ("last night", "yesterday", "three days ago", "last month", "in early
February", "Last Saturday", "Yesterday evening (14.05)", "On February 5", an event with no date at all),
several events in one sentence, aggregates ("hit 12 targets ... this week alone"), protests of every kind,
strategic developments (arrests, a weapons cache seized, demolitions and looting, a ceasefire, a town
retaken), and threats, forecasts and conditionals (planned and hypothetical).

Like dev_d to dev_i it was written blind to the system: no run of sitrep on these texts, no import of it,
no look at its output, its source, its tests, its docs or the other dev and test sets. Only
/work/shared/SPEC.md (sections 4 and 6 above all), eval/gold/ANNOTATION.md, eval/gold/dev/goldkit.py and
eval/gold/dev/build_dev_i.py were read.

One voice per article: (1) Sarmada and al-Atarib - a local news site on a motorcycle bomb, arrests, an
unconfirmed second device and a weapons cache; (2) Deir ez-Zor - an SDF-aligned outlet on a river crossing
repelled at Dhiban and the other side's rejected claim; (3) Suwayda and Daraa - a live blog with timed
entries, two tolls and a ceasefire; (4) Raqqa - a wire story on Asayish fire on protesters, the SDF's
grenade version, a riot and a sit-in; (5) the Anbar desert - an Iraqi Security Media Cell statement with
air strikes, a repelled attack, an undated IED clearance; (6) Diyala - a regional daily on a family killed
near Muqdadiyah, two tolls, a highway blocked with burning tyres; (7) Sinjar - an analysis piece mixing
background with one new drone strike, a march and an exchange of fire; (8) Erbil - a Kurdish regional
outlet on drones against the Khurmala oil field, "either ... or" perpetrators; (9) south Lebanon - a
Hezbollah-aligned outlet on a drone strike near Tyre, demolitions, a kidnapped shepherd, shells near UNIFIL;
(10) Hebron and Nablus - an NGO's weekly protection bulletin with dated incidents and weekly totals; (11)
Khan Younis - an IDF press release with a clash, strikes, a projectile, a fallen soldier and a denial; (12)
Abyan and Shabwa - a southern (STC-aligned) outlet on an AQAP attack and the group's rival claim; (13) the
Red Sea - a maritime security advisory on an explosion near a bulk carrier and the Houthis' claim; (14)
Sistan-Baluchestan - a wire story with citing chains on an attack on a police station and shot fuel
porters; (15) the Turkey-Syria border - a Turkish pro-government outlet on "neutralised terrorists", the
other side's claim and tallies; (16) Sudan - an Emergency Response Room's statement from El Obeid. The
incidents are composite or invented, with names and numbers changed; the gold encodes what each TEXT says,
including its slant, hedges and sources, not what is true. Articles are 180-450 words; check_j below adds
the 180-word floor and the 2025-01-01..2026-11-30 window to goldkit's check_article.

Run:  python build_dev_j.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in
its text, word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and
number ranges, then writes the JSONL beside this file).

Conventions: those of build_dev_i.py (and through it dev_h to dev_c), kept unchanged: zero casualties ->
0..0 ("no injuries" -> injured 0..0; "no casualties" -> killed and injured 0..0); "a number of" 2..open;
"dozens" 24..open; "a dozen" 12..12; "some N" N..N; "more than N" N+1..open; "at least N" N..open;
"hundreds" 200..open; "neutralised" -> casualties; a count that covers one side only -> N..open;
non-core copies of headline restatements; symmetric clashes (each side in both actor lists); "near X" /
"N km from X" (N under 30) -> X's coordinates; "N km from X" with N above 30 -> names only with the
country; places at sea -> names only, no country; places we cannot pin -> names and country only;
denied/planned/hypothetical/aggregate events are never core; "last night" / "overnight" -> both days;
"said on Monday" with no date of its own -> that day or the day before; uncertain perpetrators -> every
alternative in actor1 plus unknown; a perpetrator a source blames without a claim -> the blamed actor plus
unknown; a forecast or a conditional -> hypothetical, an actor's own stated intention or threat, even with
a condition -> planned (no date when it would fall after publication); an item's own subject reported as
unconfirmed -> core, possible; a party's claim the writer cannot verify -> core, occurred, sourced to the
party; two versions of one event (different tolls, different targets) -> one core event per version;
background recounted in passing -> non-core; a wave of strikes at one place and time -> one event; an
assault opened by a bomb or drone and carried on with gunfire -> Armed clash, the opening blow a non-core
copy; one side's dead plus the other's "a number of" -> the open sum. Added or made explicit here:
- A weapons cache seized on its own (no arrest, no fight) -> Strategic developments/Disrupted weapons use,
  core (ACLED codes seizures of weapons there); items seized in an arrest belong to the arrest (no gold).
- "None of our personnel were hurt" / "No one was hurt" -> killed and injured 0..0, like "no casualties",
  even when only the speaker's side is meant (the other side's losses are not stated).
- Victims who are not casualties - abductees, detainees, migrants, armed men in a boat ("five to seven
  travellers", "a number of suspects", "23 people") -> no number fields.
- A road blocked with burning tyres, a car set on fire -> Riots/Violent demonstration (ACLED: barricades and
  burning tyres are violent), even without a clash.
- Lethal fire on a crowd the witnesses call unarmed -> Protests/Excessive force against protesters, core;
  the force's own account of a different act (a grenade thrown at its post) -> a second core event of its
  own type, sourced to it; its denial of firing at protesters -> non-core denied.
- An army's account of a protest as "a violent riot" with stones -> a second core version (Riots/Violent
  demonstration) sourced to the army, beside the medics' Protest with intervention.
- Tear gas and detentions at one march -> one core Protest with intervention; the detentions -> a
  non-core Arrests copy. A police cordon around a calm rally -> Peaceful protest.
- One sentence, two places (homes demolished in Yatta and a cistern in al-Tuwani) -> two core events; one
  sentence, a detention and the exchange of fire it set off -> two core events; one sentence, an attack or
  abduction and a theft at the same place -> the graver act core, the looting a non-core copy.
- A foreign force seizing a civilian across a border ("kidnapped a shepherd") -> core
  Abduction/forced disappearance; the Arrests reading -> a non-core copy with the same evidence.
- A deployment "to separate the parties" -> non-core Headquarters or base established (not scored).
- An announced ceasefire -> core Agreement; the detainee swap it schedules -> planned Agreement.
- An announced recapture of a town -> core Battles/Government regains territory; the other side's
  "withdrew for tactical reasons" -> a non-core copy of the same change.
- A disputed strike whose target the army gives itself (a command centre in a former school) -> core,
  sourced to the army; the other side's version known only through the army's "claims ... are false" ->
  non-core denied, sourced to the army.
- A ship's report of an explosion nearby, origin unconfirmed -> core Explosions/Remote violence with
  unknown plus the later claimant in actor1; the claimant's "hit directly" -> a second core version; the
  manager's denial and "None of our crew were hurt" -> non-core.
- Armed men in a small craft exchanging fire with a ship's armed guards -> Battles/Armed clash.
- A detail a second outlet adds (Fars's three attackers killed), not a rival account -> a non-core copy.
- Return fire on launch positions -> its own core Shelling event at the launch place.
- A foreign state's offensive that drove a non-state group out of towns (background) -> Armed clash, not a
  territory sub-type.
- "Hours after" / "later" -> that day or the next; "Over the past day" in a release -> the day before
  publication and the day itself; "this week" -> Monday to publication; "over the past week" -> the seven
  days to the briefing; "in early February" -> 1-10 February; "in late 2024" -> October-December;
  "Last Saturday" -> the Saturday of the previous week.
"""

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


# goldkit's check_article plus this set's 180-word floor and 2025-01-01..2026-11-30 window.
check_j = windowed_check("2025-01-01", "2026-11-30")


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three
# letters are left out on purpose: the scorer matches by case-insensitive containment either way. Each
# list holds the canonical name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities and bases we can pin to ~0.05 degrees from our own knowledge;
# villages, valleys, crossings, border sectors and sea areas get names and a country only (sea: no country).
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
REMNANTS = [
    "remnants of the former regime",
    "remnants",
    "former regime loyalists",
    "Assad loyalists",
    "loyalists of the former government",
]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led"]
USA = [
    "United States",
    "US forces",
    "U.S. forces",
    "US military",
    "U.S. military",
    "American",
    "Military Forces of the United States",
]
COALITION = ["international coalition", "US-led coalition", "coalition", "Global Coalition"] + USA
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
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces"]
IQARMY = ["Iraqi army", "Iraqi security forces", "Iraqi forces", "Military Forces of Iraq", "security forces"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-j-01  local news site — Syria: Sarmada (Idlib), al-Atarib (western Aleppo countryside), Darat Izza, Idlib city (Sat 12 Apr 2025)
# =============================================================================
T01 = """Motorcycle bomb kills four in Sarmada market; weapons cache seized near Darat Izza

SARMADA, April 12 (Idlib Now) - A bomb planted on a parked motorcycle exploded in the crowded vegetable market of Sarmada, in the northern countryside of Idlib, on Thursday afternoon, killing four people and wounding between 12 and 15 others, according to the Syrian Civil Defence.

Volunteers of the Civil Defence said two of the dead were boys who sold plastic bags at the market's entrance. The blast also destroyed three cars and a pickup truck loaded with vegetables.

No group has claimed the bombing. Traders who spoke to Idlib Now blamed either Islamic State cells or remnants of the former regime, both of which they accuse of trying to sow chaos in the north.

Hours after the explosion, General Security forces arrested three men at a checkpoint on the road between Sarmada and the Bab al-Hawa crossing, saying they had found detonators and two pistols in their car. Unconfirmed reports circulating among residents said a second device had been found and defused near the market's eastern gate on Thursday evening.

In the western countryside of Aleppo, gunmen opened fire on a car carrying a member of the local council, Ahmad Hallaq, near the town of al-Atarib late on Wednesday, wounding him and his driver. Hallaq's brother told us the attackers fled on a motorcycle towards the Kafr Nouran road.

A security source told Idlib Now that a unit of the Interior Ministry raided a farm on the outskirts of Darat Izza yesterday and seized a cache of weapons, including rocket-propelled grenade launchers, explosive belts and about 40 kilograms of TNT. Nobody was found at the farm.

In Idlib city, dozens of displaced people from Maarat al-Numan protested in front of the governorate building on Friday, demanding that the rubble be cleared from their neighbourhoods so they can return home. The protest ended peacefully after an official received a delegation.

Sarmada, a hub for displaced families near the Turkish border, was hit by a car bomb in early February that killed 19 people. "The market was the beating heart of this town, and now it has been stabbed again," said Abu Khaled, a fruit seller whose stall was burned.
"""

SUSPECTS01 = UNK + ISIS + ["Islamic State cells"] + REMNANTS
SYGOV01 = SYGOV + ["unit of the Interior Ministry", "security source"]
MARKET01 = CIV + ["people", "market", "vegetable market", "boys", "shoppers"]
SARMADA = L(["Sarmada", "Sarmada market", "northern countryside of Idlib", "Bab al-Hawa", "Bab al-Hawa crossing"],
            36.18, 36.72, "SY")
ATARIB = L(["al-Atarib", "Atarib", "al-Atareb", "western countryside of Aleppo", "Aleppo countryside"], 36.14, 36.83, "SY")
DARAT_IZZA = L(["Darat Izza", "Daret Azze", "Darat Azza", "outskirts of Darat Izza"], 36.28, 36.85, "SY")
IDLIB = L(["Idlib", "Idlib city", "governorate building"], 35.93, 36.63, "SY")
IN01 = ["Idlib Now", "author"]
CIVDEF = ["Syrian Civil Defence", "Civil Defence", "White Helmets"]
THU01 = D("2025-04-10")
E01 = [
    # no claim; traders blame "either" IS cells "or" regime remnants -> both alternatives plus unknown; the
    # burned cars are vehicles, not casualties; "between 12 and 15" -> 12..15
    E(
        True,
        "A bomb planted on a parked motorcycle exploded in the crowded vegetable market of Sarmada, in the northern countryside of Idlib, on Thursday afternoon, killing four people and wounding between 12 and 15 others",
        EXP,
        IED,
        actor1=SUSPECTS01,
        actor2=MARKET01,
        location=SARMADA,
        date=THU01,
        killed=R(4),
        injured=R(12, 15),
        source=CIVDEF + IN01,
    ),
    E(
        False,
        "Motorcycle bomb kills four in Sarmada market",
        EXP,
        IED,
        actor1=SUSPECTS01,
        actor2=MARKET01,
        location=SARMADA,
        date=THU01,
        killed=R(4),
        source=IN01,
    ),
    E(
        False,
        "Traders who spoke to Idlib Now blamed either Islamic State cells or remnants of the former regime",
        EXP,
        IED,
        actor1=SUSPECTS01,
        actor2=MARKET01,
        location=SARMADA,
        date=THU01,
        source=["Traders", "traders"],
    ),
    # "Hours after" a Thursday-afternoon blast -> Thursday or Friday; the detonators and pistols belong to the arrest
    E(
        True,
        "General Security forces arrested three men at a checkpoint on the road between Sarmada and the Bab al-Hawa crossing",
        STR,
        ARRESTS,
        actor1=SYGOV01,
        actor2=["three men", "men", "suspects"] + CIV,
        location=SARMADA,
        date=D("2025-04-10", "2025-04-11"),
        source=["General Security", "General Security forces"] + IN01,
    ),
    # an unconfirmed report on a specific event -> core, possible; the text does not say who defused it
    E(
        True,
        "a second device had been found and defused near the market's eastern gate on Thursday evening",
        STR,
        DISRUPT,
        actor1=SYGOV01 + CIVDEF + UNK,
        actor2=UNK + ["second device", "device", "bomb"],
        location=SARMADA,
        date=THU01,
        source=["Unconfirmed reports", "reports", "residents"],
        status="possible",
    ),
    E(
        True,
        "gunmen opened fire on a car carrying a member of the local council, Ahmad Hallaq, near the town of al-Atarib late on Wednesday, wounding him and his driver",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen", "attackers"],
        actor2=CIV + ["Ahmad Hallaq", "member of the local council", "local council", "driver", "car"],
        location=ATARIB,
        date=D("2025-04-09"),
        injured=R(2),
        source=IN01 + ["Hallaq's brother", "brother"],
    ),
    # a weapons cache seized on its own (no arrest, no fight) -> Disrupted weapons use (ACLED's seizure of
    # weapons), core (new convention); "yesterday" in a Saturday story -> Friday
    E(
        True,
        "a unit of the Interior Ministry raided a farm on the outskirts of Darat Izza yesterday and seized a cache of weapons",
        STR,
        DISRUPT,
        actor1=SYGOV01,
        actor2=UNK + ["cache of weapons", "weapons", "farm"],
        location=DARAT_IZZA,
        date=D("2025-04-11"),
        source=["security source", "source"] + IN01,
    ),
    E(
        False,
        "weapons cache seized near Darat Izza",
        STR,
        DISRUPT,
        actor1=SYGOV01,
        actor2=UNK + ["weapons cache", "weapons"],
        location=DARAT_IZZA,
        date=D("2025-04-11"),
        source=IN01,
    ),
    E(
        True,
        "dozens of displaced people from Maarat al-Numan protested in front of the governorate building on Friday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["displaced people", "displaced people from Maarat al-Numan"],
        location=IDLIB,
        date=D("2025-04-11"),
        source=IN01,
    ),
    # background: "in early February" -> 1..10 February
    E(
        False,
        "was hit by a car bomb in early February that killed 19 people",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["people"],
        location=SARMADA,
        date=D("2025-02-01", "2025-02-10"),
        killed=R(19),
        source=IN01,
    ),
    # no gold: the destroyed cars and truck (inside the bombing), the attackers' flight, "stabbed again" (a
    # metaphor), the burned stall (inside the bombing)
]
DOCS.append(
    (
        "dev-j-01",
        "Idlib Now",
        "2025-04-12",
        "local news site",
        "Syria/Idlib and western Aleppo: a motorcycle bomb in Sarmada (4 dead, 12-15 hurt, 'either IS or "
        "remnants'), three arrests, an unconfirmed second device, a councillor shot near al-Atarib, a cache "
        "seized near Darat Izza, a protest of the displaced, February's car bomb as background",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-j-01", "April 12", "2025-04-12", "Saturday"),
    ("dev-j-01", "on Thursday afternoon / evening", "2025-04-10", "Thursday"),
    ("dev-j-01", "late on Wednesday", "2025-04-09", "Wednesday"),
    ("dev-j-01", "yesterday / on Friday", "2025-04-11", "Friday"),
]

# =============================================================================
# dev-j-02  SDF-aligned partisan outlet — Syria/Deir ez-Zor: Dhiban, Abu Hamam, al-Shuhayl, al-Busayrah, Hajin (Wed 6 Aug 2025)
# =============================================================================
T02 = """Our forces repel mercenary infiltration across the Euphrates at Dhiban, kill five to seven attackers

DEIR EZ-ZOR, 6 August 2025 (Euphrates Voice) - Fighters of the Deir ez-Zor Military Council, part of the Syrian Democratic Forces (SDF), thwarted an attempt by armed groups loyal to the Damascus authorities to cross the Euphrates River in boats towards the village of Dhiban at dawn on Monday, the Military Council said in a statement.

The statement said the attackers, covered by heavy machine guns firing from the western bank, were met by our fighters at the water's edge. Five to seven of the attackers were killed and two of their boats sunk, while two of our fighters were lightly wounded.

At the same time, the mercenaries shelled the town of Abu Hamam with mortar rounds, wounding a child and damaging a water station, local sources told Euphrates Voice.

Pro-Damascus media claimed on Monday that our forces had fired on a ferry carrying civilians at the al-Shuhayl crossing, killing two women. The Military Council categorically denied the claim, saying none of its units had opened fire in that area and that the ferry "was never targeted".

The Syrian Ministry of Defence, for its part, said no army unit had taken part in the attack on Dhiban and described the attackers as "tribal fighters acting on their own".

Yesterday, the Military Intelligence of the Military Council, in a joint operation with the international coalition, arrested a four-member ISIS cell in the town of al-Busayrah. A coalition helicopter hovered over the town during the raid, residents said.

On 3 August, hundreds of residents of Hajin marched through the town in support of the SDF and against what they called "the attempts to spread sedition among the tribes".

Since the start of July, the mercenaries have made 17 attempts to cross the river between Dhiban and al-Busayrah, according to the Military Council. The mercenaries should know that the Euphrates will remain a wall of fire for anyone who tries to cross it.
"""

SDF02 = SDF + [
    "Deir ez-Zor Military Council",
    "Military Council",
    "our forces",
    "our fighters",
    "Military Intelligence of the Military Council",
    "its units",
]
DAM02 = SYGOV + [
    "armed groups loyal to the Damascus authorities",
    "mercenaries",
    "attackers",
    "tribal fighters",
    "tribal fighters acting on their own",
]
DHIBAN = L(["Dhiban", "Thiban", "village of Dhiban", "Euphrates", "Euphrates River", "Deir ez-Zor"], cc="SY")
ABU_HAMAM = L(["Abu Hamam", "Abu Hammam", "town of Abu Hamam"], cc="SY")
SHUHAYL = L(["al-Shuhayl", "Shuhayl", "al-Shuhayl crossing", "al-Suhayl"], cc="SY")
BUSAYRAH = L(["al-Busayrah", "Busayrah", "al-Busaira", "Busaira"], 35.16, 40.43, "SY")
HAJIN = L(["Hajin", "Hajeen"], 34.69, 40.83, "SY")
EV = ["Euphrates Voice", "author"]
MC02 = ["Deir ez-Zor Military Council", "Military Council", "statement"] + EV
MON02 = D("2025-08-04")
E02 = [
    # the SDF's five to seven attackers killed; its own two lightly wounded and no dead of its own stated ->
    # killed 5..7; the attackers' wounded are not given -> injured 2..open (one side's count)
    E(
        True,
        "Fighters of the Deir ez-Zor Military Council, part of the Syrian Democratic Forces (SDF), thwarted an attempt by armed groups loyal to the Damascus authorities to cross the Euphrates River in boats towards the village of Dhiban at dawn on Monday",
        BAT,
        CLASH,
        actor1=DAM02 + SDF02,
        actor2=SDF02 + DAM02,
        location=DHIBAN,
        date=MON02,
        killed=R(5, 7),
        injured=R(2, None),
        source=MC02,
    ),
    E(
        False,
        "Our forces repel mercenary infiltration across the Euphrates at Dhiban, kill five to seven attackers",
        BAT,
        CLASH,
        actor1=SDF02 + DAM02,
        actor2=DAM02 + SDF02,
        location=DHIBAN,
        date=MON02,
        killed=R(5, 7),
        source=EV,
    ),
    E(
        False,
        "Five to seven of the attackers were killed and two of their boats sunk, while two of our fighters were lightly wounded",
        BAT,
        CLASH,
        actor1=DAM02 + SDF02,
        actor2=SDF02 + DAM02,
        location=DHIBAN,
        date=MON02,
        killed=R(5, 7),
        injured=R(2, None),
        source=MC02,
    ),
    # "At the same time" -> Monday; the outlet's "mercenaries" are the Damascus-aligned side
    E(
        True,
        "the mercenaries shelled the town of Abu Hamam with mortar rounds, wounding a child and damaging a water station",
        EXP,
        SHELL,
        actor1=DAM02,
        actor2=CIV + ["child", "water station", "town of Abu Hamam"],
        location=ABU_HAMAM,
        date=MON02,
        injured=R(1),
        source=["local sources"] + EV,
    ),
    # the other side's media: a version the outlet rejects -> core, sourced to that media; "claimed on Monday"
    # with no date of its own -> Sunday or Monday; the Council's denial -> non-core
    E(
        True,
        "our forces had fired on a ferry carrying civilians at the al-Shuhayl crossing, killing two women",
        VAC,
        ATTACK,
        actor1=SDF02,
        actor2=CIV + ["ferry", "two women", "women"],
        location=SHUHAYL,
        date=D("2025-08-03", "2025-08-04"),
        killed=R(2),
        source=["Pro-Damascus media", "media"],
    ),
    E(
        False,
        "The Military Council categorically denied the claim, saying none of its units had opened fire in that area",
        VAC,
        ATTACK,
        actor1=SDF02,
        actor2=CIV + ["ferry"],
        location=SHUHAYL,
        date=D("2025-08-03", "2025-08-04"),
        source=["Deir ez-Zor Military Council", "Military Council"],
        status="denied",
    ),
    # the ministry denies its units' part, not the fight -> non-core denied with the army as actor1
    E(
        False,
        "no army unit had taken part in the attack on Dhiban",
        BAT,
        CLASH,
        actor1=SYGOV,
        actor2=SDF02,
        location=DHIBAN,
        date=MON02,
        source=["Syrian Ministry of Defence", "Ministry of Defence", "Defence Ministry"],
        status="denied",
    ),
    E(
        True,
        "the Military Intelligence of the Military Council, in a joint operation with the international coalition, arrested a four-member ISIS cell in the town of al-Busayrah",
        STR,
        ARRESTS,
        actor1=SDF02 + COALITION,
        actor2=ISIS + ["four-member ISIS cell", "ISIS cell", "cell"],
        location=BUSAYRAH,
        date=D("2025-08-05"),
        source=MC02,
    ),
    E(
        True,
        "hundreds of residents of Hajin marched through the town in support of the SDF",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents", "residents of Hajin"],
        location=HAJIN,
        date=D("2025-08-03"),
        source=EV,
    ),
    E(
        False,
        "the mercenaries have made 17 attempts to cross the river between Dhiban and al-Busayrah",
        BAT,
        CLASH,
        actor1=DAM02 + SDF02,
        actor2=SDF02 + DAM02,
        location=L(["Dhiban", "al-Busayrah", "Euphrates", "Deir ez-Zor"], cc="SY"),
        date=D("2025-07-01", "2025-08-06"),
        source=MC02,
        aggregate=True,
    ),
    # no gold: the coalition helicopter (part of the arrest), "a wall of fire" (a metaphor and a slogan, no
    # act), the sunk boats (inside the clash)
]
DOCS.append(
    (
        "dev-j-02",
        "Euphrates Voice",
        "2025-08-06",
        "SDF-aligned partisan outlet",
        "Syria/Deir ez-Zor: a river crossing repelled at Dhiban (5-7 attackers killed), mortars on Abu Hamam, "
        "the other side's ferry claim and its denial, the ministry's denial of a part, an IS cell arrested in "
        "al-Busayrah, a march in Hajin, a month's attempts",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-j-02", "6 August 2025", "2025-08-06", "Wednesday"),
    ("dev-j-02", "at dawn on Monday", "2025-08-04", "Monday"),
    ("dev-j-02", "Yesterday", "2025-08-05", "Tuesday"),
    ("dev-j-02", "On 3 August", "2025-08-03", "Sunday"),
]

# =============================================================================
# dev-j-03  live blog — Syria/Suwayda and Daraa: al-Mazraa, Shahba, Walgha, Busra al-Harir, Daraa city (Sun 19 Apr 2026)
# =============================================================================
T03 = """LIVE: Fighting in al-Mazraa, west of Suwayda; ceasefire announced, Damascus road still closed

Southern Syria Live | Suwayda live updates | Sunday, 19 April 2026

08:10 - Good morning. Fighting between Druze armed factions and Bedouin tribal gunmen flared again last night in the village of al-Mazraa, about 10 km west of Suwayda city. A doctor at Suwayda National Hospital told us at least nine people had been killed, among them three civilians.

08:55 - The local network Suwayda 24 says Bedouin gunmen abducted five to seven travellers, among them a woman, from a minibus on the Damascus-Suwayda highway near the town of Shahba yesterday afternoon. Their fate is unknown.

10:20 - The Interior Ministry's spokesman, Colonel Bassam al-Khatib, says General Security units have deployed at the entrances of al-Mazraa and Walgha "to separate the parties". He says one unit came under fire near Walgha this morning. "None of our personnel were hurt," he adds.

11:40 - Reports on social media of an Israeli drone strike on a convoy of tribal fighters near Busra al-Harir, in the eastern Daraa countryside, as it headed towards Suwayda. We have not been able to confirm them, and the Israeli military has not commented.

12:30 - In Daraa city, several hundred people are rallying in solidarity with the Bedouin tribes. Police have formed a cordon around the square; so far the gathering is calm.

14:05 - BREAKING: Sheikh Salman Abu Fakhr, a Druze religious leader, announces a ceasefire agreement between the Druze factions and the tribal elders, mediated by notables from Daraa, to take effect at 4 p.m. Under the deal, the two sides will exchange detainees within 48 hours.

16:35 - Shells fell on the eastern edge of Suwayda city about twenty minutes after the truce was due to begin, wounding two children, the provincial health directorate says. It is not clear who fired them.

17:10 - A spokesman for the tribal council tells us by phone that last night's fighting in al-Mazraa killed or wounded some 30 fighters on both sides. He accuses the Druze factions of starting it by storming a tribal checkpoint, a charge the factions reject.

17:45 - Israel's defence minister says Israel will strike government forces "with full force" if they enter Suwayda. A reminder: in July 2025, Israeli jets struck the Defence Ministry building in Damascus during fighting in the province.

18:20 - The Damascus-Suwayda highway remains closed in both directions. We are pausing this blog and will be back in the morning.
"""

DRUZE03 = ["Druze armed factions", "Druze factions", "Druze fighters", "Druze militias", "Druze", "factions"]
BEDOUIN03 = [
    "Bedouin tribal gunmen",
    "Bedouin gunmen",
    "tribal gunmen",
    "Bedouin tribes",
    "Bedouin",
    "tribal fighters",
    "tribes",
    "tribal elders",
    "tribal council",
]
SYGOV03 = SYGOV + ["General Security units", "unit", "personnel"]
MAZRAA = L(["al-Mazraa", "al-Mazra'a", "Mazraa", "village of al-Mazraa", "west of Suwayda city", "Suwayda"],
           32.71, 36.57, "SY")
SHAHBA = L(["Shahba", "town of Shahba", "Damascus-Suwayda highway"], 32.85, 36.63, "SY")
WALGHA = L(["Walgha", "near Walgha"], cc="SY")
BUSRA_HARIR = L(["Busra al-Harir", "Busr al-Harir", "eastern Daraa countryside"], cc="SY")
DARAA = L(["Daraa", "Daraa city", "Dara'a", "square"], 32.62, 36.10, "SY")
SUWAYDA = L(["Suwayda", "Sweida", "as-Suwayda", "Suwayda city", "eastern edge of Suwayda city", "Suwayda province"],
            32.71, 36.57, "SY")
SSL = ["Southern Syria Live", "author"]
NIGHT03 = D("2026-04-18", "2026-04-19")
SUN03 = D("2026-04-19")
E03 = [
    # "last night" -> both days; "about 10 km west of Suwayda city" -> Suwayda's coordinates; the doctor's
    # "at least nine" covers all the dead -> 9..open; two armed sides -> symmetric
    E(
        True,
        "Fighting between Druze armed factions and Bedouin tribal gunmen flared again last night in the village of al-Mazraa, about 10 km west of Suwayda city",
        BAT,
        CLASH,
        actor1=DRUZE03 + BEDOUIN03,
        actor2=BEDOUIN03 + DRUZE03,
        location=MAZRAA,
        date=NIGHT03,
        killed=R(9, None),
        source=["doctor", "Suwayda National Hospital", "hospital"] + SSL,
    ),
    E(
        False,
        "Fighting in al-Mazraa, west of Suwayda",
        BAT,
        CLASH,
        actor1=DRUZE03 + BEDOUIN03,
        actor2=BEDOUIN03 + DRUZE03,
        location=MAZRAA,
        date=NIGHT03,
        source=SSL,
    ),
    # the tribal spokesman's own toll, killed and wounded unsplit -> a second core version, casualties 30..30
    E(
        True,
        "last night's fighting in al-Mazraa killed or wounded some 30 fighters on both sides",
        BAT,
        CLASH,
        actor1=DRUZE03 + BEDOUIN03,
        actor2=BEDOUIN03 + DRUZE03,
        location=MAZRAA,
        date=NIGHT03,
        casualties=R(30),
        source=["spokesman for the tribal council", "tribal council", "spokesman"],
    ),
    E(
        False,
        "He accuses the Druze factions of starting it by storming a tribal checkpoint",
        BAT,
        CLASH,
        actor1=DRUZE03 + BEDOUIN03,
        actor2=BEDOUIN03 + DRUZE03 + ["tribal checkpoint"],
        location=MAZRAA,
        date=NIGHT03,
        source=["spokesman for the tribal council", "tribal council", "spokesman"],
    ),
    # five to seven abducted: a count of victims, not of killed or injured -> no number fields
    E(
        True,
        "Bedouin gunmen abducted five to seven travellers, among them a woman, from a minibus on the Damascus-Suwayda highway near the town of Shahba yesterday afternoon",
        VAC,
        ABDUCT,
        actor1=BEDOUIN03,
        actor2=CIV + ["travellers", "woman", "minibus"],
        location=SHAHBA,
        date=D("2026-04-18"),
        source=["Suwayda 24", "local network"],
    ),
    # a deployment "to separate the parties" -> non-core (the table's "deployment"), not scored either way
    E(
        False,
        "General Security units have deployed at the entrances of al-Mazraa and Walgha",
        STR,
        BASE,
        actor1=SYGOV03,
        location=MAZRAA,
        date=SUN03,
        source=["Interior Ministry", "spokesman", "Bassam al-Khatib", "Colonel Bassam al-Khatib"],
    ),
    # fire on a government unit by an unnamed side -> Armed clash; "None of our personnel were hurt" -> killed
    # and injured 0..0 (new convention: "none hurt" = no casualties)
    E(
        True,
        "one unit came under fire near Walgha this morning",
        BAT,
        CLASH,
        actor1=UNK + SYGOV03,
        actor2=SYGOV03 + UNK,
        location=WALGHA,
        date=SUN03,
        killed=R(0),
        injured=R(0),
        source=["Interior Ministry", "spokesman", "Bassam al-Khatib", "Colonel Bassam al-Khatib"],
    ),
    # unconfirmed reports on a specific strike -> core, possible; the reports come in the morning -> both days
    E(
        True,
        "an Israeli drone strike on a convoy of tribal fighters near Busra al-Harir",
        EXP,
        AIR,
        actor1=ISRAEL + ["Israeli drone"],
        actor2=BEDOUIN03 + ["convoy", "convoy of tribal fighters"],
        location=BUSRA_HARIR,
        date=NIGHT03,
        source=["social media", "Reports on social media", "reports"],
        status="possible",
    ),
    E(
        True,
        "several hundred people are rallying in solidarity with the Bedouin tribes",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["people", "several hundred people"],
        location=DARAA,
        date=SUN03,
        source=SSL,
    ),
    E(
        True,
        "announces a ceasefire agreement between the Druze factions and the tribal elders, mediated by notables from Daraa",
        STR,
        AGREE,
        actor1=DRUZE03 + BEDOUIN03 + ["Salman Abu Fakhr"],
        actor2=BEDOUIN03 + DRUZE03,
        location=SUWAYDA,
        date=SUN03,
        source=["Sheikh Salman Abu Fakhr", "Salman Abu Fakhr"] + SSL,
    ),
    E(
        False,
        "ceasefire announced",
        STR,
        AGREE,
        actor1=DRUZE03 + BEDOUIN03,
        actor2=BEDOUIN03 + DRUZE03,
        location=SUWAYDA,
        date=SUN03,
        source=SSL,
    ),
    # a swap the deal schedules -> planned Agreement, no date (after publication)
    E(
        False,
        "the two sides will exchange detainees within 48 hours",
        STR,
        AGREE,
        actor1=DRUZE03 + BEDOUIN03,
        actor2=BEDOUIN03 + DRUZE03,
        location=SUWAYDA,
        source=["Sheikh Salman Abu Fakhr", "Salman Abu Fakhr"] + SSL,
        status="planned",
    ),
    E(
        True,
        "Shells fell on the eastern edge of Suwayda city about twenty minutes after the truce was due to begin, wounding two children",
        EXP,
        SHELL,
        actor1=UNK,
        actor2=CIV + ["two children", "children"],
        location=SUWAYDA,
        date=SUN03,
        injured=R(2),
        source=["provincial health directorate", "health directorate"],
    ),
    # a threat with its own condition by the actor who would carry it out -> planned
    E(
        False,
        'Israel will strike government forces "with full force" if they enter Suwayda',
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=SYGOV,
        location=SUWAYDA,
        source=["Israel's defence minister", "defence minister"],
        status="planned",
    ),
    E(
        False,
        "in July 2025, Israeli jets struck the Defence Ministry building in Damascus",
        EXP,
        AIR,
        actor1=ISRAEL + ["Israeli jets"],
        actor2=SYGOV + ["Defence Ministry building"],
        location=L(["Damascus", "Defence Ministry building"], 33.51, 36.29, "SY"),
        date=D("2025-07-01", "2025-07-31"),
        source=SSL,
    ),
    # no gold: "a charge the factions reject" (a denial of who started it, not of the fight), the police cordon
    # (no intervention), the closed highway, "Their fate is unknown"
]
DOCS.append(
    (
        "dev-j-03",
        "Southern Syria Live",
        "2026-04-19",
        "live blog",
        "Syria/Suwayda and Daraa: overnight fighting in al-Mazraa (9+ dead per a doctor, some 30 killed or "
        "wounded per the tribes), travellers abducted near Shahba, a unit fired on near Walgha (none hurt), an "
        "unconfirmed Israeli drone strike, a rally in Daraa, a ceasefire, shells on Suwayda, a threat",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-j-03", "Sunday, 19 April 2026", "2026-04-19", "Sunday"),
    ("dev-j-03", "yesterday afternoon / last night (start)", "2026-04-18", "Saturday"),
]

# =============================================================================
# dev-j-04  wire service — Syria/Raqqa: al-Karama, al-Mansoura, Tabqa, Raqqa city (Wed 22 Oct 2025)
# =============================================================================
T04 = """One killed as Kurdish-led security forces fire on protest east of Raqqa; SDF blames grenade attack

RAQQA, Syria, Oct 22 (Levant Press Agency) - Members of the Kurdish-led Internal Security Forces (Asayish) opened fire on a crowd of protesters in the town of al-Karama, about 35 km east of Raqqa, on Monday, killing a young man and wounding four others, relatives and two witnesses told LPA by phone.

The protesters, several hundred men from local Arab tribes, had gathered outside an Asayish post to demand the release of young men detained in a conscription sweep, the witnesses said. "We were chanting, nobody had a weapon," one of them said.

The Syrian Democratic Forces (SDF), which oversee the Asayish, gave a different account. In a statement late on Monday, the SDF said "infiltrators linked to outside parties" had thrown a hand grenade at the post, wounding two of its members, and that its personnel had then fired into the air. It denied that its forces had fired at peaceful protesters.

On Tuesday, young men in the town of al-Mansoura, west of Raqqa, set fire to a car belonging to the SDF's conscription office and blocked the main road with burning tyres, residents said. In Tabqa the same day, security forces fired tear gas to disperse dozens of people trying to march on the local administration building and arrested a number of them, according to the monitoring group Raqqa Civic Watch.

In Raqqa city itself, several hundred teachers held a sit-in outside the Education Committee building on Sunday over unpaid salaries. It ended peacefully after two hours.

According to Raqqa Civic Watch, the SDF detained more than 40 young men in conscription raids across the province last month.

Tension has been building in Raqqa since the SDF and Damascus signed an agreement in March to fold the SDF's institutions into the state, a deal whose implementation has stalled. The SDF captured Raqqa from the Islamic State in October 2017 after a four-month battle, and many Arab residents have long resented what they describe as a Kurdish-run administration.

Tribal elders warned that the region "would explode" if the detainees were not freed within a week.
"""

ASAY04 = SDF + [
    "Internal Security Forces",
    "Asayish",
    "Kurdish-led security forces",
    "security forces",
    "its forces",
    "its personnel",
    "conscription office",
]
TRIBES04 = ["protesters", "several hundred men", "men from local Arab tribes", "Arab tribes", "crowd", "young men",
            "people", "rioters"]
KARAMA = L(["al-Karama", "al-Karamah", "Karama", "east of Raqqa"], cc="SY")
MANSOURA = L(["al-Mansoura", "al-Mansurah", "Mansoura", "west of Raqqa"], 35.83, 38.76, "SY")
TABQA = L(["Tabqa", "al-Tabqa", "al-Thawrah", "local administration building"], 35.84, 38.55, "SY")
RAQQA = L(["Raqqa", "Raqqa city", "al-Raqqa", "Education Committee building"], 35.95, 39.01, "SY")
LPA = ["Levant Press Agency", "LPA", "author"]
RCW = ["Raqqa Civic Watch", "monitoring group"]
SDF04_SRC = ["Syrian Democratic Forces", "SDF", "statement"]
MON04 = D("2025-10-20")
TUE04 = D("2025-10-21")
E04 = [
    # "about 35 km east of Raqqa" -> beyond the 30-km tolerance: names only; lethal fire on a crowd the
    # witnesses call unarmed -> Protests/Excessive force against protesters
    E(
        True,
        "Members of the Kurdish-led Internal Security Forces (Asayish) opened fire on a crowd of protesters in the town of al-Karama, about 35 km east of Raqqa, on Monday, killing a young man and wounding four others",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(ASAY04 + TRIBES04),
        location=KARAMA,
        date=MON04,
        killed=R(1),
        injured=R(4),
        source=["relatives", "witnesses"] + LPA,
    ),
    E(
        False,
        "One killed as Kurdish-led security forces fire on protest east of Raqqa",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(ASAY04 + TRIBES04),
        location=KARAMA,
        date=MON04,
        killed=R(1),
        source=LPA,
    ),
    # the SDF's own version: a grenade on its post -> a second core event of its own type, sourced to the SDF
    E(
        True,
        '"infiltrators linked to outside parties" had thrown a hand grenade at the post, wounding two of its members',
        EXP,
        GRENADE,
        actor1=UNK + ["infiltrators", "infiltrators linked to outside parties"],
        actor2=ASAY04 + ["post", "Asayish post"],
        location=KARAMA,
        date=MON04,
        injured=R(2),
        source=SDF04_SRC,
    ),
    E(
        False,
        "SDF blames grenade attack",
        EXP,
        GRENADE,
        actor1=UNK + ["infiltrators"],
        actor2=ASAY04,
        location=KARAMA,
        date=MON04,
        source=SDF04_SRC + LPA,
    ),
    E(
        False,
        "It denied that its forces had fired at peaceful protesters",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(ASAY04 + TRIBES04),
        location=KARAMA,
        date=MON04,
        source=SDF04_SRC,
        status="denied",
    ),
    # a car burned and a road blocked with burning tyres -> Riots/Violent demonstration (ACLED: barricades and
    # burning tyres are violent), the SDF's office as the target
    E(
        True,
        "young men in the town of al-Mansoura, west of Raqqa, set fire to a car belonging to the SDF's conscription office and blocked the main road with burning tyres",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(TRIBES04 + ASAY04 + ["car"]),
        location=MANSOURA,
        date=TUE04,
        source=["residents"] + LPA,
    ),
    # tear gas and detentions at one march -> one core Protest with intervention; the detentions alone -> a
    # non-core Arrests copy ("a number of" -> no figure for people who are not casualties)
    E(
        True,
        "security forces fired tear gas to disperse dozens of people trying to march on the local administration building",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(ASAY04 + TRIBES04),
        location=TABQA,
        date=TUE04,
        source=RCW,
    ),
    E(
        False,
        "arrested a number of them",
        STR,
        ARRESTS,
        actor1=ASAY04,
        actor2=TRIBES04 + PROTESTERS,
        location=TABQA,
        date=TUE04,
        source=RCW,
    ),
    E(
        True,
        "several hundred teachers held a sit-in outside the Education Committee building on Sunday over unpaid salaries",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["teachers", "several hundred teachers"],
        location=RAQQA,
        date=D("2025-10-19"),
        source=LPA,
    ),
    # "last month" in an October story -> September
    E(
        False,
        "the SDF detained more than 40 young men in conscription raids across the province last month",
        STR,
        ARRESTS,
        actor1=ASAY04,
        actor2=CIV + ["young men"],
        location=L(["Raqqa", "Raqqa province"], 35.95, 39.01, "SY"),
        date=D("2025-09-01", "2025-09-30"),
        source=RCW,
        aggregate=True,
    ),
    E(
        False,
        "the SDF and Damascus signed an agreement in March to fold the SDF's institutions into the state",
        STR,
        AGREE,
        actor1=SDF + SYGOV,
        actor2=SYGOV + SDF,
        location=L(["Syria"], cc="SY"),
        date=D("2025-03-01", "2025-03-31"),
        source=LPA,
    ),
    E(
        False,
        "The SDF captured Raqqa from the Islamic State in October 2017 after a four-month battle",
        BAT,
        NSAOVER,
        actor1=SDF,
        actor2=ISIS,
        location=RAQQA,
        date=D("2017-10-01", "2017-10-31"),
        source=LPA,
    ),
    # a warning about what "would" happen, not the elders' own act -> hypothetical (as dev-i-11's "ignite")
    E(
        False,
        'the region "would explode" if the detainees were not freed within a week',
        RIOT,
        VIOLENT,
        actor1=["Arab tribes", "tribes", "rioters"],
        location=L(["Raqqa", "Raqqa province"], 35.95, 39.01, "SY"),
        source=["Tribal elders", "tribal elders"],
        status="hypothetical",
    ),
    # no gold: "its personnel had then fired into the air" (inside the SDF's version), the conscription sweep
    # (a cause, no single act), the resentment (opinion)
]
DOCS.append(
    (
        "dev-j-04",
        "Levant Press Agency",
        "2025-10-22",
        "wire service",
        "Syria/Raqqa: Asayish fire on a protest in al-Karama (1 dead, 4 hurt; the SDF: a grenade on its post, "
        "and a denial), a car burned and a road blocked in al-Mansoura, tear gas and arrests in Tabqa, a "
        "teachers' sit-in, a month's conscription arrests, background and a warning",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-j-04", "Oct 22", "2025-10-22", "Wednesday"),
    ("dev-j-04", "on Monday / late on Monday", "2025-10-20", "Monday"),
    ("dev-j-04", "On Tuesday / the same day", "2025-10-21", "Tuesday"),
    ("dev-j-04", "on Sunday", "2025-10-19", "Sunday"),
]

# =============================================================================
# dev-j-05  army statement — Iraq/Anbar desert: Wadi Houran, Akashat road (Rutba), Rutba-Qaim road, Haditha (Fri 14 Nov 2025)
# =============================================================================
T05 = """Security Media Cell: air strikes in Wadi Houran kill five terrorists; one soldier martyred repelling attack north of Rutba

Republic of Iraq | Joint Operations Command | Security Media Cell | Statement | Baghdad, Friday 14 November 2025

Acting on precise intelligence from the Joint Operations Command, the heroic falcons of the Iraqi Air Force carried out two air strikes with F-16 aircraft on Thursday afternoon against hideouts of the terrorist Daesh gangs in Wadi Houran, in the western desert of Anbar province, about 60 km south-west of Rutba. The strikes destroyed two caves and a vehicle and killed five terrorists, whose bodies were found by a ground force that searched the site.

Yesterday evening, a force of the 7th Infantry Division came under attack by a terrorist group near the Akashat road, north of Rutba. Our heroes repelled the attack and killed two of the terrorists, while one soldier was martyred and two others were wounded.

On Tuesday, an explosive device detonated against a vehicle of the Tribal Mobilisation on the road between Rutba and al-Qaim, 25 km north of Rutba. There were no casualties; the damage was limited to the vehicle.

The engineering detachments of the Anbar Operations Command also dismantled three explosive devices planted on the side of the international highway between Ramadi and Rutba.

On 11 November, a force of the Anbar Intelligence Directorate arrested a terrorist wanted under Article 4 of the anti-terrorism law in the city of Haditha, after he returned from the desert to visit his family.

Since the launch of the Desert Dawn operations at the beginning of last month, our forces have carried out 46 air strikes in the western desert, killing dozens of terrorists and destroying more than 30 hideouts.

The Security Media Cell affirms that our heroic forces will continue to pursue the remnants of the terrorist gangs in every inch of the desert and will not allow them to find a safe haven.

Security Media Cell
14 November 2025
"""

IQ05 = IQARMY + [
    "Iraqi Air Force",
    "heroic falcons of the Iraqi Air Force",
    "F-16 aircraft",
    "7th Infantry Division",
    "force of the 7th Infantry Division",
    "Our heroes",
    "soldier",
    "Anbar Operations Command",
    "engineering detachments",
    "Anbar Intelligence Directorate",
    "our forces",
    "Joint Operations Command",
]
ISIS05 = ISIS + ["terrorist Daesh gangs", "Daesh gangs", "terrorists", "terrorist group", "terrorist gangs"]
TRIBMOB = ["Tribal Mobilisation", "Tribal Mobilization", "Tribal Mobilisation Forces", "tribal fighters",
           "vehicle"] + PMF
WADI_HOURAN = L(["Wadi Houran", "Wadi Horan", "Wadi Hauran", "western desert of Anbar", "Anbar"], cc="IQ")
RUTBA = L(["Rutba", "al-Rutba", "Ar Rutbah", "Akashat road", "north of Rutba", "road between Rutba and al-Qaim"],
          33.04, 40.28, "IQ")
RAMADI_RUTBA = L(["highway between Ramadi and Rutba", "international highway", "Ramadi", "Rutba", "Anbar"], cc="IQ")
HADITHA = L(["Haditha", "Hadithah", "city of Haditha"], 34.13, 42.38, "IQ")
SMC = ["Security Media Cell", "Joint Operations Command", "author"]
THU05 = D("2025-11-13")
E05 = [
    # two strikes at one place and time -> one core event (dev-i-02's wave); "about 60 km south-west of
    # Rutba" -> names only
    E(
        True,
        "the heroic falcons of the Iraqi Air Force carried out two air strikes with F-16 aircraft on Thursday afternoon against hideouts of the terrorist Daesh gangs in Wadi Houran",
        EXP,
        AIR,
        actor1=IQ05,
        actor2=ISIS05 + ["hideouts"],
        location=WADI_HOURAN,
        date=THU05,
        killed=R(5),
        source=SMC,
    ),
    E(
        False,
        "air strikes in Wadi Houran kill five terrorists",
        EXP,
        AIR,
        actor1=IQ05,
        actor2=ISIS05,
        location=WADI_HOURAN,
        date=THU05,
        killed=R(5),
        source=SMC,
    ),
    E(
        False,
        "The strikes destroyed two caves and a vehicle and killed five terrorists",
        EXP,
        AIR,
        actor1=IQ05,
        actor2=ISIS05 + ["caves", "vehicle"],
        location=WADI_HOURAN,
        date=THU05,
        killed=R(5),
        source=SMC,
    ),
    # "Yesterday evening" in a Friday statement -> Thursday; both sides' dead given -> killed 3; the soldiers'
    # two wounded, the attackers' not given -> injured 2..open; "north of Rutba" -> Rutba's coordinates
    E(
        True,
        "a force of the 7th Infantry Division came under attack by a terrorist group near the Akashat road, north of Rutba",
        BAT,
        CLASH,
        actor1=ISIS05 + UNK + IQ05,
        actor2=IQ05 + ISIS05 + UNK,
        location=RUTBA,
        date=THU05,
        killed=R(3),
        injured=R(2, None),
        source=SMC,
    ),
    E(
        False,
        "one soldier martyred repelling attack north of Rutba",
        BAT,
        CLASH,
        actor1=ISIS05 + UNK + IQ05,
        actor2=IQ05 + ISIS05 + UNK,
        location=RUTBA,
        date=THU05,
        killed=R(1, None),
        source=SMC,
    ),
    E(
        False,
        "Our heroes repelled the attack and killed two of the terrorists, while one soldier was martyred and two others were wounded",
        BAT,
        CLASH,
        actor1=IQ05 + ISIS05 + UNK,
        actor2=ISIS05 + UNK + IQ05,
        location=RUTBA,
        date=THU05,
        killed=R(3),
        injured=R(2, None),
        source=SMC,
    ),
    # "no casualties" -> killed and injured 0..0; the vehicle is not a casualty; "25 km north of Rutba" -> Rutba
    E(
        True,
        "an explosive device detonated against a vehicle of the Tribal Mobilisation on the road between Rutba and al-Qaim, 25 km north of Rutba",
        EXP,
        IED,
        actor1=UNK + ISIS05,
        actor2=TRIBMOB,
        location=RUTBA,
        date=D("2025-11-11"),
        killed=R(0),
        injured=R(0),
        source=SMC,
    ),
    # no date in the text -> no date key; a highway of some 300 km -> names and country only
    E(
        True,
        "The engineering detachments of the Anbar Operations Command also dismantled three explosive devices planted on the side of the international highway between Ramadi and Rutba",
        STR,
        DISRUPT,
        actor1=IQ05,
        actor2=UNK + ISIS05 + ["explosive devices", "three explosive devices"],
        location=RAMADI_RUTBA,
        source=SMC,
    ),
    E(
        True,
        "a force of the Anbar Intelligence Directorate arrested a terrorist wanted under Article 4 of the anti-terrorism law in the city of Haditha",
        STR,
        ARRESTS,
        actor1=IQ05,
        actor2=ISIS05 + ["terrorist", "wanted terrorist"],
        location=HADITHA,
        date=D("2025-11-11"),
        source=SMC,
    ),
    # "the beginning of last month" in a November statement -> from early October to publication
    E(
        False,
        "our forces have carried out 46 air strikes in the western desert, killing dozens of terrorists",
        EXP,
        AIR,
        actor1=IQ05,
        actor2=ISIS05,
        location=L(["western desert", "Anbar", "western desert of Anbar"], cc="IQ"),
        date=D("2025-10-01", "2025-11-14"),
        killed=R(24, None),
        source=SMC,
        aggregate=True,
    ),
    E(
        False,
        "our heroic forces will continue to pursue the remnants of the terrorist gangs in every inch of the desert",
        BAT,
        CLASH,
        actor1=IQ05,
        actor2=ISIS05 + ["remnants of the terrorist gangs"],
        location=L(["western desert", "Anbar"], cc="IQ"),
        source=SMC,
        status="planned",
    ),
    # no gold: the ground force's search of the strike site, "destroying more than 30 hideouts" (inside the
    # aggregate), "a safe haven" (a slogan)
]
DOCS.append(
    (
        "dev-j-05",
        "Security Media Cell (statement)",
        "2025-11-14",
        "army statement",
        "Iraq/Anbar desert: F-16 strikes in Wadi Houran (5 killed), an attack repelled north of Rutba (1 soldier "
        "and 2 attackers dead), an IED on a Tribal Mobilisation vehicle (no casualties), undated IEDs "
        "dismantled, an arrest in Haditha, campaign totals, a pledge",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-j-05", "Friday 14 November 2025", "2025-11-14", "Friday"),
    ("dev-j-05", "on Thursday afternoon / Yesterday evening", "2025-11-13", "Thursday"),
    ("dev-j-05", "On Tuesday / On 11 November", "2025-11-11", "Tuesday"),
]

# =============================================================================
# dev-j-06  regional daily — Iraq/Diyala: al-Sudour (Muqdadiyah), Baqubah-Muqdadiyah road, Jalawla, Mandali (Sat 17 Jan 2026)
# =============================================================================
T06 = """Five of one family shot dead near Muqdadiyah; tribe blocks highway in anger

BAQUBAH, January 17 (Baqubah Tribune) - Gunmen stormed a farmhouse in the village of al-Sudour, on the outskirts of Muqdadiyah, late on Thursday night and shot dead five members of one family, among them two women and a 10-year-old girl, a police source in Diyala told the Baqubah Tribune. The father of the family survived with wounds.

The Iraqi News Agency, citing a security source in the province, put the death toll at seven, saying that two shepherds who worked for the family had also been killed.

Police officials said the attack could have been carried out either by Islamic State remnants, who still move through the orchards along the Diyala River, or by gunmen settling a tribal feud over farmland. No group has claimed responsibility.

On Friday morning, dozens of members of the victims' tribe blocked the highway between Baqubah and Muqdadiyah with burning tyres for several hours, demanding that the killers be caught. Police negotiated with them and the road was reopened by noon.

Security forces later detained a number of suspects in raids on nearby villages, the Diyala Operations Command said, without giving details.

In a separate incident, a roadside bomb struck a patrol of the Popular Mobilisation Forces near Jalawla, in the north of the province, three days ago, wounding three fighters, a PMF official said. Three mortar rounds also landed in farmland near the town of Mandali yesterday, causing no casualties.

Muqdadiyah has a long history of such killings. In January 2016, after a bombing at a cafe in the town, gunmen burned several mosques and killed dozens of residents in revenge.

"If the killers are not found quickly, this province could slide back into the cycle of revenge it lived through ten years ago," a member of the provincial council warned.
"""

SUSPECTS06 = UNK + ISIS + ["Islamic State remnants", "gunmen", "gunmen settling a tribal feud", "tribal gunmen"]
FAMILY06 = CIV + ["family", "five members of one family", "women", "girl", "shepherds", "farmhouse"]
TRIBE06 = ["members of the victims' tribe", "tribe", "tribesmen", "rioters", "dozens of members"]
IQPOL06 = IQARMY + ["police", "Police Forces of Iraq", "Diyala Operations Command"]
SUDOUR = L(["al-Sudour", "al-Sudur", "Sudour", "outskirts of Muqdadiyah", "Muqdadiyah", "Muqdadiya"],
           33.98, 44.94, "IQ")
BAQ_MUQ = L(["highway between Baqubah and Muqdadiyah", "Baqubah", "Muqdadiyah", "Diyala"], 33.87, 44.79, "IQ")
JALAWLA = L(["Jalawla", "Jalula", "near Jalawla"], 34.27, 45.17, "IQ")
MANDALI = L(["Mandali", "near the town of Mandali"], 33.75, 45.55, "IQ")
BT = ["Baqubah Tribune", "author"]
POLSRC06 = ["police source", "police source in Diyala", "police"] + BT
NIGHT06 = D("2026-01-15", "2026-01-16")
E06 = [
    # two tolls for one killing -> one core event per version; the father's wounds -> injured 1 (police
    # version); "either ... or ..." -> both alternatives plus unknown
    E(
        True,
        "Gunmen stormed a farmhouse in the village of al-Sudour, on the outskirts of Muqdadiyah, late on Thursday night and shot dead five members of one family, among them two women and a 10-year-old girl",
        VAC,
        ATTACK,
        actor1=SUSPECTS06,
        actor2=FAMILY06,
        location=SUDOUR,
        date=NIGHT06,
        killed=R(5),
        injured=R(1),
        source=POLSRC06,
    ),
    E(
        True,
        "put the death toll at seven, saying that two shepherds who worked for the family had also been killed",
        VAC,
        ATTACK,
        actor1=SUSPECTS06,
        actor2=FAMILY06,
        location=SUDOUR,
        date=NIGHT06,
        killed=R(7),
        source=["Iraqi News Agency", "INA", "security source", "security source in the province"],
    ),
    E(
        False,
        "Five of one family shot dead near Muqdadiyah",
        VAC,
        ATTACK,
        actor1=SUSPECTS06,
        actor2=FAMILY06,
        location=SUDOUR,
        date=NIGHT06,
        killed=R(5),
        source=BT,
    ),
    E(
        False,
        "the attack could have been carried out either by Islamic State remnants",
        VAC,
        ATTACK,
        actor1=SUSPECTS06,
        actor2=FAMILY06,
        location=SUDOUR,
        date=NIGHT06,
        source=["Police officials", "police"],
        status="possible",
    ),
    # a road blocked with burning tyres -> Riots/Violent demonstration (ACLED); no one hurt is stated -> no numbers
    E(
        True,
        "dozens of members of the victims' tribe blocked the highway between Baqubah and Muqdadiyah with burning tyres for several hours",
        RIOT,
        VIOLENT,
        actor1=TRIBE06 + PROTESTERS,
        location=BAQ_MUQ,
        date=D("2026-01-16"),
        source=BT,
    ),
    E(
        False,
        "tribe blocks highway in anger",
        RIOT,
        VIOLENT,
        actor1=TRIBE06 + PROTESTERS,
        location=BAQ_MUQ,
        date=D("2026-01-16"),
        source=BT,
    ),
    # "later" than Friday morning -> Friday or Saturday; suspects are not casualties -> no numbers
    E(
        True,
        "Security forces later detained a number of suspects in raids on nearby villages",
        STR,
        ARRESTS,
        actor1=IQPOL06,
        actor2=["suspects", "number of suspects"] + CIV,
        location=SUDOUR,
        date=D("2026-01-16", "2026-01-17"),
        source=["Diyala Operations Command", "Operations Command"],
    ),
    # "three days ago" in a Saturday story -> Wednesday
    E(
        True,
        "a roadside bomb struck a patrol of the Popular Mobilisation Forces near Jalawla, in the north of the province, three days ago, wounding three fighters",
        EXP,
        IED,
        actor1=UNK,
        actor2=PMF + ["patrol", "fighters", "PMF patrol"],
        location=JALAWLA,
        date=D("2026-01-14"),
        injured=R(3),
        source=["PMF official", "official"] + PMF,
    ),
    # no firer named; "causing no casualties" -> 0..0
    E(
        True,
        "Three mortar rounds also landed in farmland near the town of Mandali yesterday, causing no casualties",
        EXP,
        SHELL,
        actor1=UNK,
        actor2=CIV + ["farmland"],
        location=MANDALI,
        date=D("2026-01-16"),
        killed=R(0),
        injured=R(0),
        source=BT,
    ),
    # background, January 2016
    E(
        False,
        "after a bombing at a cafe in the town",
        EXP,
        IED,
        actor1=UNK + ISIS,
        actor2=CIV + ["cafe"],
        location=L(["Muqdadiyah", "Muqdadiya"], 33.98, 44.94, "IQ"),
        date=D("2016-01-01", "2016-01-31"),
        source=BT,
    ),
    E(
        False,
        "gunmen burned several mosques and killed dozens of residents in revenge",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen", "militias"],
        actor2=CIV + ["residents", "mosques"],
        location=L(["Muqdadiyah", "Muqdadiya"], 33.98, 44.94, "IQ"),
        date=D("2016-01-01", "2016-01-31"),
        killed=R(24, None),
        source=BT,
    ),
    E(
        False,
        "this province could slide back into the cycle of revenge it lived through ten years ago",
        VAC,
        ATTACK,
        actor1=UNK + ["tribes"],
        actor2=CIV,
        location=L(["Diyala", "Diyala province"], cc="IQ"),
        source=["member of the provincial council", "provincial council"],
        status="hypothetical",
    ),
    # no gold: the police negotiation and reopening, "No group has claimed responsibility", IS "move through the
    # orchards" (generic), the mosques burned (inside the 2016 background event)
]
DOCS.append(
    (
        "dev-j-06",
        "Baqubah Tribune",
        "2026-01-17",
        "regional daily",
        "Iraq/Diyala: five of a family shot dead near Muqdadiyah (seven per INA citing a source; 'either IS or a "
        "feud'), a highway blocked with burning tyres, detentions, an IED on a PMF patrol near Jalawla 'three "
        "days ago', mortars near Mandali (no casualties), 2016 as background, a warning",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-j-06", "January 17", "2026-01-17", "Saturday"),
    ("dev-j-06", "late on Thursday night", "2026-01-15", "Thursday"),
    ("dev-j-06", "On Friday morning / yesterday", "2026-01-16", "Friday"),
    ("dev-j-06", "three days ago", "2026-01-14", "Wednesday"),
]

# =============================================================================
# dev-j-07  analysis piece — Iraq/Nineveh: Sinjar, Sinune (Wed 10 Jun 2026)
# =============================================================================
T07 = """Analysis: In Sinjar, a drone strike exposes a deal that never took hold

SINJAR, June 10 (Tigris Review) - Nearly six years after Baghdad and Erbil signed an agreement to stabilise Sinjar, the Yazidi district at the foot of Mount Sinjar remains what one local activist calls "a house with four landlords and no tenants".

The latest reminder came on Monday evening, when a drone struck a pickup truck on the road between Sinjar town and Sinune, killing two members of the Sinjar Resistance Units (YBS) and the civilian driver, according to two local officials. Turkey's defence ministry did not comment, but the officials blamed Turkey, which accuses the YBS of being an offshoot of the Kurdistan Workers' Party (PKK).

The agreement, signed in October 2020 with UN backing, was meant to replace the patchwork of armed groups with a single local police force and a new administration. It has barely been implemented. The YBS, formed to defend Yazidis after the Islamic State overran Sinjar in 2014, has refused to dissolve, and in May 2022 fighting between the Iraqi army and the YBS in Sinune displaced more than 10,000 people.

Turkey has carried out more than 20 drone strikes in Sinjar district since 2021, according to a tally kept by the Sinjar Observatory, a Yazidi rights group. For Ankara, the strikes are a cheap way to keep up pressure on the PKK's affiliates, even after the PKK's announcement in May 2025 that it would dissolve itself.

On Tuesday, several hundred Yazidis marched from the Sinjar market to the mayor's office to protest against Monday's strike and against what they called Baghdad's silence. The march passed without incident.

Hours later, soldiers at an Iraqi army checkpoint near Sinune detained two YBS members who were travelling without identity papers, prompting a brief exchange of fire with their comrades. No one was hurt, and the two were handed over to the district's security committee before midnight, a Yazidi member of parliament said.

Sinjar has become a chessboard on which Ankara, Baghdad, Erbil and the PKK move their pieces while the Yazidis watch. Unless Baghdad and Erbil agree on who runs the district, diplomats in Baghdad say, more strikes are likely, and a new round of fighting between the army and the YBS cannot be ruled out.
"""

YBS = [
    "Sinjar Resistance Units",
    "YBS",
    "Yazidi fighters",
    "YBS members",
    "two YBS members",
    "their comrades",
    "Kurdistan Workers' Party",
    "PKK",
]
TURKEY07 = TURKEY + ["Ankara", "drone", "Turkish drone"]
IQ07 = IQARMY + ["soldiers", "Iraqi army checkpoint", "army", "checkpoint"]
SINJAR = L(["Sinjar", "Shingal", "Sinjar town", "road between Sinjar town and Sinune", "Sinjar market",
            "mayor's office", "Sinjar district"], 36.32, 41.87, "IQ")
SINUNE = L(["Sinune", "Sinuni", "Snuny", "near Sinune"], cc="IQ")
TR07 = ["Tigris Review", "author"]
OFFS07 = ["two local officials", "local officials", "officials"]
MON07 = D("2026-06-08")
E07 = [
    # no claim; the officials blame Turkey -> Turkey plus unknown; "road between X and Y" -> X's coordinates
    E(
        True,
        "a drone struck a pickup truck on the road between Sinjar town and Sinune, killing two members of the Sinjar Resistance Units (YBS) and the civilian driver",
        EXP,
        AIR,
        actor1=TURKEY07 + UNK,
        actor2=YBS + CIV + ["pickup truck", "driver", "civilian driver"],
        location=SINJAR,
        date=MON07,
        killed=R(3),
        source=OFFS07 + TR07,
    ),
    E(
        False,
        "the officials blamed Turkey",
        EXP,
        AIR,
        actor1=TURKEY07 + UNK,
        actor2=YBS,
        location=SINJAR,
        date=MON07,
        source=OFFS07,
    ),
    E(
        False,
        "a drone strike exposes a deal that never took hold",
        EXP,
        AIR,
        actor1=TURKEY07 + UNK,
        actor2=YBS,
        location=SINJAR,
        date=MON07,
        source=TR07,
    ),
    # background: the 2020 agreement (twice), 2014, May 2022, the PKK's 2025 announcement -> non-core
    E(
        False,
        "Baghdad and Erbil signed an agreement to stabilise Sinjar",
        STR,
        AGREE,
        actor1=["Baghdad", "Iraqi government", "federal government"],
        actor2=["Erbil", "Kurdistan Regional Government", "KRG"],
        location=SINJAR,
        date=D("2020-10-01", "2020-10-31"),
        source=TR07,
    ),
    E(
        False,
        "The agreement, signed in October 2020 with UN backing",
        STR,
        AGREE,
        actor1=["Baghdad", "Iraqi government", "federal government"],
        actor2=["Erbil", "Kurdistan Regional Government", "KRG"],
        location=SINJAR,
        date=D("2020-10-01", "2020-10-31"),
        source=TR07,
    ),
    E(
        False,
        "the Islamic State overran Sinjar in 2014",
        BAT,
        NSAOVER,
        actor1=ISIS,
        location=SINJAR,
        date=D("2014-01-01", "2014-12-31"),
        source=TR07,
    ),
    E(
        False,
        "in May 2022 fighting between the Iraqi army and the YBS in Sinune displaced more than 10,000 people",
        BAT,
        CLASH,
        actor1=IQ07 + YBS,
        actor2=YBS + IQ07,
        location=SINUNE,
        date=D("2022-05-01", "2022-05-31"),
        source=TR07,
    ),
    E(
        False,
        "Turkey has carried out more than 20 drone strikes in Sinjar district since 2021",
        EXP,
        AIR,
        actor1=TURKEY07,
        actor2=YBS,
        location=SINJAR,
        date=D("2021-01-01", "2026-06-10"),
        source=["Sinjar Observatory", "Yazidi rights group"],
        aggregate=True,
    ),
    E(
        False,
        "the PKK's announcement in May 2025 that it would dissolve itself",
        STR,
        CHANGE,
        actor1=["Kurdistan Workers' Party", "PKK"],
        location=L(["Turkey", "Iraq"]),
        date=D("2025-05-01", "2025-05-31"),
        source=TR07,
    ),
    E(
        True,
        "several hundred Yazidis marched from the Sinjar market to the mayor's office to protest against Monday's strike",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Yazidis", "several hundred Yazidis"],
        location=SINJAR,
        date=D("2026-06-09"),
        source=TR07,
    ),
    # one sentence, two events: the detention and the firefight it set off; "Hours later" than a Tuesday
    # march, handed over "before midnight" -> Tuesday; "No one was hurt" -> killed and injured 0..0 on the fight
    E(
        True,
        "soldiers at an Iraqi army checkpoint near Sinune detained two YBS members who were travelling without identity papers",
        STR,
        ARRESTS,
        actor1=IQ07,
        actor2=YBS,
        location=SINUNE,
        date=D("2026-06-09"),
        source=["Yazidi member of parliament", "member of parliament"] + TR07,
    ),
    E(
        True,
        "prompting a brief exchange of fire with their comrades",
        BAT,
        CLASH,
        actor1=IQ07 + YBS,
        actor2=YBS + IQ07,
        location=SINUNE,
        date=D("2026-06-09"),
        killed=R(0),
        injured=R(0),
        source=["Yazidi member of parliament", "member of parliament"] + TR07,
    ),
    # forecasts by third parties -> hypothetical
    E(
        False,
        "more strikes are likely",
        EXP,
        AIR,
        actor1=TURKEY07,
        actor2=YBS,
        location=SINJAR,
        source=["diplomats in Baghdad", "diplomats"],
        status="hypothetical",
    ),
    E(
        False,
        "a new round of fighting between the army and the YBS cannot be ruled out",
        BAT,
        CLASH,
        actor1=IQ07 + YBS,
        actor2=YBS + IQ07,
        location=SINJAR,
        source=["diplomats in Baghdad", "diplomats"],
        status="hypothetical",
    ),
    # no gold: "a house with four landlords", "a chessboard" (metaphors), the handover to the security committee,
    # "Turkey's defence ministry did not comment", the agreement's non-implementation (no act)
]
DOCS.append(
    (
        "dev-j-07",
        "Tigris Review",
        "2026-06-10",
        "analysis piece: background and one new incident",
        "Iraq/Sinjar: a drone kills two YBS fighters and a driver (blamed on Turkey), the 2020 agreement, 2014 and "
        "2022 as background, a tally of Turkish strikes, the PKK's 2025 announcement, a Yazidi march, a detention "
        "and an exchange of fire near Sinune, metaphors and forecasts",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-j-07", "June 10", "2026-06-10", "Wednesday"),
    ("dev-j-07", "on Monday evening", "2026-06-08", "Monday"),
    ("dev-j-07", "On Tuesday", "2026-06-09", "Tuesday"),
]

# =============================================================================
# dev-j-08  Kurdish regional outlet — Iraq/Erbil: Khurmala oil field, Erbil airport, Erbil city (Mon 21 Jul 2025)
# =============================================================================
T08 = """Drones hit Khurmala oil field in Erbil province; third drone downed near airport

ERBIL, July 21 (Kurdistan Herald) - Two explosive-laden drones struck the Khurmala oil field, in the south-west of Erbil province, at about 3 a.m. on Saturday, setting a storage tank on fire, the Kurdistan Region's Ministry of Natural Resources said. The ministry said there were no casualties and that production had been halted while firefighters brought the blaze under control.

A third drone was shot down near Erbil International Airport about an hour later by the air defences of the US-led coalition, the Kurdistan Region's Counter-Terrorism Directorate said.

In Baghdad, the federal Ministry of Oil gave a different account, saying one worker had been lightly injured by shrapnel at Khurmala.

The Counter-Terrorism Directorate blamed "outlaw groups within the Popular Mobilisation Forces" for the attack. A senior Iraqi security official, speaking on condition of anonymity, said the drones had been launched from an area south of Erbil and that either Kataib Hezbollah or a smaller splinter faction was behind them. No group has claimed responsibility.

On Sunday, Asayish forces in Erbil arrested four people suspected of filming the oil field and passing its coordinates to the attackers, the Kurdistan Region Security Council said.

Dozens of employees of the field protested outside the ministry's offices in Erbil on Sunday, demanding better protection for oil facilities. The protest ended without incident.

It was the fifth drone attack on oil facilities in the Kurdistan Region since early July. The region's prime minister called the attacks "economic terrorism" against the people of Kurdistan and urged the federal government to hold the perpetrators to account; Baghdad has promised an investigation.

A Telegram channel close to the armed factions warned on Sunday that foreign oil companies in the region "will be targeted" unless they leave.
"""

SUSPECTS08 = UNK + PMF + [
    "outlaw groups within the Popular Mobilisation Forces",
    "outlaw groups",
    "Kataib Hezbollah",
    "Kata'ib Hizballah",
    "splinter faction",
    "smaller splinter faction",
    "armed factions",
]
KRG08 = [
    "Asayish",
    "Asayish forces",
    "Kurdistan Regional Government",
    "KRG",
    "Kurdistan Region Security Council",
    "Police Forces of Iraq",
    "Kurdistan Region",
]
OILFIELD08 = CIV + ["Khurmala oil field", "oil field", "storage tank", "worker", "oil facilities"]
KHURMALA = L(["Khurmala", "Khurmala oil field", "Khormala", "Erbil province"], cc="IQ")
ERBIL_AIRPORT = L(["Erbil International Airport", "Erbil airport", "near Erbil International Airport", "Erbil"],
                  36.24, 43.96, "IQ")
ERBIL = L(["Erbil", "Arbil", "Hawler", "ministry's offices in Erbil"], 36.19, 44.01, "IQ")
KH08 = ["Kurdistan Herald", "author"]
MNR = ["Ministry of Natural Resources", "Kurdistan Region's Ministry of Natural Resources", "ministry"]
SAT08 = D("2025-07-19")
SUN08 = D("2025-07-20")
E08 = [
    # two versions of one strike: the KRG ministry's "no casualties" (0..0) and the federal ministry's one
    # lightly injured worker -> one core event each; the blamed and the "either ... or" alternatives in actor1
    E(
        True,
        "Two explosive-laden drones struck the Khurmala oil field, in the south-west of Erbil province, at about 3 a.m. on Saturday, setting a storage tank on fire",
        EXP,
        AIR,
        actor1=SUSPECTS08,
        actor2=OILFIELD08,
        location=KHURMALA,
        date=SAT08,
        killed=R(0),
        injured=R(0),
        source=MNR + KH08,
    ),
    E(
        True,
        "saying one worker had been lightly injured by shrapnel at Khurmala",
        EXP,
        AIR,
        actor1=SUSPECTS08,
        actor2=OILFIELD08,
        location=KHURMALA,
        date=SAT08,
        injured=R(1),
        source=["Ministry of Oil", "federal Ministry of Oil", "Iraqi Ministry of Oil"],
    ),
    E(
        False,
        "Drones hit Khurmala oil field in Erbil province",
        EXP,
        AIR,
        actor1=SUSPECTS08,
        actor2=OILFIELD08,
        location=KHURMALA,
        date=SAT08,
        source=KH08,
    ),
    E(
        False,
        'The Counter-Terrorism Directorate blamed "outlaw groups within the Popular Mobilisation Forces" for the attack',
        EXP,
        AIR,
        actor1=SUSPECTS08,
        actor2=OILFIELD08,
        location=KHURMALA,
        date=SAT08,
        source=["Counter-Terrorism Directorate", "Kurdistan Region's Counter-Terrorism Directorate"],
    ),
    E(
        False,
        "either Kataib Hezbollah or a smaller splinter faction was behind them",
        EXP,
        AIR,
        actor1=SUSPECTS08,
        actor2=OILFIELD08,
        location=KHURMALA,
        date=SAT08,
        source=["senior Iraqi security official", "security official"],
    ),
    # "about an hour later" than 3 a.m. Saturday -> Saturday
    E(
        True,
        "A third drone was shot down near Erbil International Airport about an hour later by the air defences of the US-led coalition",
        STR,
        DISRUPT,
        actor1=COALITION + ["air defences of the US-led coalition", "air defences"],
        actor2=SUSPECTS08 + ["third drone", "drone"],
        location=ERBIL_AIRPORT,
        date=SAT08,
        source=["Counter-Terrorism Directorate", "Kurdistan Region's Counter-Terrorism Directorate"] + KH08,
    ),
    E(
        False,
        "third drone downed near airport",
        STR,
        DISRUPT,
        actor1=COALITION,
        actor2=SUSPECTS08 + ["third drone", "drone"],
        location=ERBIL_AIRPORT,
        date=SAT08,
        source=KH08,
    ),
    E(
        True,
        "Asayish forces in Erbil arrested four people suspected of filming the oil field and passing its coordinates to the attackers",
        STR,
        ARRESTS,
        actor1=KRG08,
        actor2=CIV + ["four people", "people", "suspects"],
        location=ERBIL,
        date=SUN08,
        source=["Kurdistan Region Security Council", "Security Council"] + KH08,
    ),
    E(
        True,
        "Dozens of employees of the field protested outside the ministry's offices in Erbil on Sunday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["employees", "employees of the field", "oil workers"],
        location=ERBIL,
        date=SUN08,
        source=KH08,
    ),
    E(
        False,
        "It was the fifth drone attack on oil facilities in the Kurdistan Region since early July",
        EXP,
        AIR,
        actor1=SUSPECTS08,
        actor2=OILFIELD08,
        location=L(["Kurdistan Region", "Kurdistan Region of Iraq"], cc="IQ"),
        date=D("2025-07-01", "2025-07-21"),
        source=KH08,
        aggregate=True,
    ),
    # a threat on the factions' channel -> planned, no date
    E(
        False,
        'foreign oil companies in the region "will be targeted" unless they leave',
        EXP,
        AIR,
        actor1=SUSPECTS08,
        actor2=["foreign oil companies", "oil companies"],
        location=L(["Kurdistan Region", "Kurdistan Region of Iraq"], cc="IQ"),
        source=["Telegram channel", "Telegram channel close to the armed factions"],
        status="planned",
    ),
    # no gold: the halted production, "economic terrorism" (opinion), the promised investigation, the launch
    # area "south of Erbil" (not an event of its own)
]
DOCS.append(
    (
        "dev-j-08",
        "Kurdistan Herald",
        "2025-07-21",
        "Kurdish regional outlet",
        "Iraq/Erbil: drones hit the Khurmala oil field (no casualties per the KRG, one worker hurt per Baghdad; "
        "blamed on PMF factions, 'either Kataib Hezbollah or a splinter'), a drone downed near Erbil airport, "
        "four arrests, a workers' protest, a month's count, a threat",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-j-08", "July 21", "2025-07-21", "Monday"),
    ("dev-j-08", "on Saturday", "2025-07-19", "Saturday"),
    ("dev-j-08", "On Sunday", "2025-07-20", "Sunday"),
]

# =============================================================================
# dev-j-09  Hezbollah-aligned partisan outlet — south Lebanon: Abbasiyeh (Tyre), Kfar Kila, Shebaa, Aitaroun (Thu 9 Oct 2025)
# =============================================================================
T09 = """Two brothers martyred in enemy drone strike near Tyre; enemy blows up homes in Kfar Kila and kidnaps a shepherd

TYRE, October 9 (Voice of the South) - Two brothers were martyred this afternoon when a drone of the Zionist enemy fired a guided missile at their car on the road between the towns of Abbasiyeh and Burj Rahal, east of Tyre, the Emergency Operations Centre of the Ministry of Public Health said. Relatives said Ali and Hassan Faqih, aged 24 and 29, were on their way home from a construction site.

The enemy's army claimed that it had "eliminated a Hezbollah terrorist who was working to rebuild the organisation's infrastructure" in the area, a lie repeated by its media without a shred of evidence.

At dawn, the enemy's forces blew up a number of houses on the eastern edge of the border town of Kfar Kila, our correspondent in Marjayoun reported, in a new violation of the ceasefire. The blasts were heard as far away as Nabatieh.

Yesterday morning, a force of the enemy's army crossed the border fence near the town of Shebaa and kidnapped a shepherd, Mohammad Zahra, 52, as he grazed his flock in the Kfar Shouba hills. The Lebanese Army said it was following up the case with UNIFIL.

UNIFIL said in a statement that two shells fired from the Israeli side had landed about 100 metres from one of its positions near Kfar Kila on Tuesday. None of its peacekeepers were hurt, it said, calling the incident "a serious violation of Resolution 1701".

On Tuesday night, an enemy drone dropped a bomb near a bulldozer in the town of Aitaroun, causing only material damage. In the afternoon, enemy warplanes flew low over Nabatieh and Iqlim al-Tuffah, breaking the sound barrier and terrifying children in their schools.

Since the ceasefire came into force on 27 November 2024, the enemy has killed more than 300 people in Lebanon, according to the health ministry, while the so-called monitoring committee looks the other way. The enemy's drones have turned the sky of the south into a hunting ground.

Speaking at a memorial in Nabatieh, MP Qassem Ftouni of the Loyalty to the Resistance bloc said the resistance "will not stand idle forever" and that the enemy "will pay the price for every drop of blood".
"""

ISRAEL09 = ISRAEL + [
    "Zionist enemy",
    "enemy",
    "enemy's army",
    "enemy's forces",
    "drone of the Zionist enemy",
    "enemy drone",
    "Israeli side",
]
UNIFIL = ["UNIFIL", "United Nations Interim Force in Lebanon", "peacekeepers", "UN peacekeepers", "positions"]
ABBASIYEH = L(["Abbasiyeh", "Abbassieh", "Burj Rahal", "east of Tyre", "Tyre", "Sour"], 33.27, 35.20, "LB")
KFAR_KILA = L(["Kfar Kila", "Kafr Kila", "border town of Kfar Kila", "near Kfar Kila"], 33.28, 35.56, "LB")
SHEBAA = L(["Shebaa", "Kfar Shouba hills", "Kfar Shouba", "near the town of Shebaa"], cc="LB")
AITAROUN = L(["Aitaroun", "Aytaroun", "Ayta al-Shaab", "town of Aitaroun"], cc="LB")
VOS = ["Voice of the South", "author", "correspondent"]
LBMOH = ["Ministry of Public Health", "Emergency Operations Centre", "health ministry", "Lebanese health ministry"]
TODAY09 = D("2025-10-09")
E09 = [
    # the ministry's two brothers and the army's one "Hezbollah terrorist" -> two versions (different toll and
    # target), one core event each; "east of Tyre" -> Tyre's coordinates
    E(
        True,
        "Two brothers were martyred this afternoon when a drone of the Zionist enemy fired a guided missile at their car on the road between the towns of Abbasiyeh and Burj Rahal, east of Tyre",
        EXP,
        AIR,
        actor1=ISRAEL09,
        actor2=CIV + ["two brothers", "brothers", "car", "Ali and Hassan Faqih"],
        location=ABBASIYEH,
        date=TODAY09,
        killed=R(2),
        source=LBMOH + VOS,
    ),
    E(
        True,
        'it had "eliminated a Hezbollah terrorist who was working to rebuild the organisation\'s infrastructure" in the area',
        EXP,
        AIR,
        actor1=ISRAEL09,
        actor2=HEZB + ["Hezbollah terrorist"],
        location=ABBASIYEH,
        date=TODAY09,
        killed=R(1),
        source=["Israeli army", "Israeli military", "IDF", "enemy's army"],
    ),
    E(
        False,
        "Two brothers martyred in enemy drone strike near Tyre",
        EXP,
        AIR,
        actor1=ISRAEL09,
        actor2=CIV + ["two brothers", "brothers"],
        location=ABBASIYEH,
        date=TODAY09,
        killed=R(2),
        source=VOS,
    ),
    # demolitions without casualties -> Looting/property destruction; "At dawn" -> the day of publication
    E(
        True,
        "the enemy's forces blew up a number of houses on the eastern edge of the border town of Kfar Kila",
        STR,
        LOOT,
        actor1=ISRAEL09,
        actor2=CIV + ["houses"],
        location=KFAR_KILA,
        date=TODAY09,
        source=VOS,
    ),
    E(
        False,
        "enemy blows up homes in Kfar Kila",
        STR,
        LOOT,
        actor1=ISRAEL09,
        actor2=CIV + ["homes"],
        location=KFAR_KILA,
        date=TODAY09,
        source=VOS,
    ),
    # a foreign force seizing a civilian across the border -> Abduction (the text's "kidnapped"); the Arrests
    # reading -> a non-core copy with the same evidence
    E(
        True,
        "a force of the enemy's army crossed the border fence near the town of Shebaa and kidnapped a shepherd",
        VAC,
        ABDUCT,
        actor1=ISRAEL09,
        actor2=CIV + ["shepherd", "Mohammad Zahra"],
        location=SHEBAA,
        date=D("2025-10-08"),
        source=VOS,
    ),
    E(
        False,
        "a force of the enemy's army crossed the border fence near the town of Shebaa and kidnapped a shepherd",
        STR,
        ARRESTS,
        actor1=ISRAEL09,
        actor2=CIV + ["shepherd", "Mohammad Zahra"],
        location=SHEBAA,
        date=D("2025-10-08"),
        source=VOS,
    ),
    E(
        False,
        "kidnaps a shepherd",
        VAC,
        ABDUCT,
        actor1=ISRAEL09,
        actor2=CIV + ["shepherd"],
        location=SHEBAA,
        date=D("2025-10-08"),
        source=VOS,
    ),
    # "None of its peacekeepers were hurt" -> killed and injured 0..0
    E(
        True,
        "two shells fired from the Israeli side had landed about 100 metres from one of its positions near Kfar Kila on Tuesday",
        EXP,
        SHELL,
        actor1=ISRAEL09,
        actor2=UNIFIL,
        location=KFAR_KILA,
        date=D("2025-10-07"),
        killed=R(0),
        injured=R(0),
        source=["UNIFIL", "statement"],
    ),
    # "on Tuesday night" -> Tuesday or into Wednesday; "only material damage" -> 0..0 (dev-i-06)
    E(
        True,
        "an enemy drone dropped a bomb near a bulldozer in the town of Aitaroun, causing only material damage",
        EXP,
        AIR,
        actor1=ISRAEL09,
        actor2=CIV + ["bulldozer"],
        location=AITAROUN,
        date=D("2025-10-07", "2025-10-08"),
        killed=R(0),
        injured=R(0),
        source=VOS,
    ),
    E(
        False,
        "Since the ceasefire came into force on 27 November 2024",
        STR,
        AGREE,
        actor1=ISRAEL + HEZB + ["Lebanon"],
        actor2=HEZB + ["Lebanon"] + ISRAEL,
        location=L(["Lebanon"], cc="LB"),
        date=D("2024-11-27"),
        source=VOS,
    ),
    E(
        False,
        "the enemy has killed more than 300 people in Lebanon",
        EXP,
        AIR,
        actor1=ISRAEL09,
        actor2=CIV + HEZB + ["people"],
        location=L(["Lebanon"], cc="LB"),
        date=D("2024-11-27", "2025-10-09"),
        killed=R(301, None),
        source=["health ministry"] + VOS,
        aggregate=True,
    ),
    # a party's threat -> planned, no date
    E(
        False,
        'the enemy "will pay the price for every drop of blood"',
        EXP,
        SHELL,
        actor1=HEZB + ["resistance", "the resistance"],
        actor2=ISRAEL09,
        location=L(["Lebanon", "south Lebanon"], cc="LB"),
        source=["Qassem Ftouni", "MP Qassem Ftouni", "Loyalty to the Resistance bloc"],
        status="planned",
    ),
    # no gold: the low flights over Nabatieh (no ACLED event), "a hunting ground" (a metaphor), the army's
    # follow-up with UNIFIL, "will not stand idle forever" (inside the same threat), the blasts heard in Nabatieh
]
DOCS.append(
    (
        "dev-j-09",
        "Voice of the South",
        "2025-10-09",
        "Hezbollah-aligned partisan outlet",
        "Lebanon/south: a drone kills two brothers near Tyre (the army: one Hezbollah member), houses blown up in "
        "Kfar Kila, a shepherd kidnapped near Shebaa, shells near a UNIFIL post (none hurt), a drone bomb in "
        "Aitaroun, totals since the ceasefire, a threat, a metaphor",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-j-09", "October 9 / this afternoon", "2025-10-09", "Thursday"),
    ("dev-j-09", "Yesterday morning", "2025-10-08", "Wednesday"),
    ("dev-j-09", "on Tuesday / on Tuesday night", "2025-10-07", "Tuesday"),
]

# =============================================================================
# dev-j-10  NGO weekly protection bulletin — West Bank: Masafer Yatta, Yatta, al-Tuwani, Beit Ummar (Hebron); Beita, Burin, Huwara (Nablus) (Wed 11 Feb 2026)
# =============================================================================
T10 = """Protection of Civilians Bulletin No. 6/2026: settler violence and demolitions in Hebron and Nablus

Land and Rights Monitor (LRM) | Weekly bulletin | Reporting period: 3-9 February 2026 | Issued 11 February 2026

Highlights

During the reporting period, LRM documented 31 settler attacks across the West Bank, nine of which caused injuries, and the arrest of at least 112 Palestinians by Israeli forces.

Hebron governorate

On 4 February, a group of about 15 Israeli settlers, some of them armed, attacked Palestinian shepherds grazing their flocks near the hamlet of Khallet al-Dabaa in Masafer Yatta, south of Hebron, injuring three, among them a 70-year-old woman, and stealing about 40 sheep.

On February 5, Israeli forces demolished two homes in Yatta and a water cistern in al-Tuwani, citing a lack of building permits; 14 people, eight of them children, were displaced. The Israeli Civil Administration also issued demolition orders against 12 more structures in Masafer Yatta.

On Friday, 6 February, settlers uprooted about 150 olive saplings on land belonging to farmers in Beit Ummar, north of Hebron.

Nablus governorate

On the same Friday, Israeli forces fired tear gas canisters and rubber-coated metal bullets at the weekly protest against the settlement outpost on Jabal Sabih in Beita, south of Nablus, injuring 27 protesters, according to the Palestine Red Crescent Society. The Israeli military said troops had responded to "a violent riot" in which dozens of Palestinians threw stones at soldiers.

On the night of 7 to 8 February, settlers set fire to two cars and sprayed graffiti on walls in the village of Burin, south of Nablus. No one was injured.

On Sunday, 8 February, Israeli forces detained a journalist, Rami Odeh, at the Huwara checkpoint, south of Nablus. He was released nine hours later without charge.

LRM's assessment

The pattern of attacks in Masafer Yatta points to a coordinated effort to push herding communities off their land. Unless the authorities act, further displacement is likely in the coming weeks.
"""

SETTLERS = [
    "Israeli settlers",
    "settlers",
    "group of about 15 Israeli settlers",
    "Settlers (Israel)",
    "armed settlers",
]
IDF10 = ISRAEL + ["troops", "soldiers", "Israeli Civil Administration", "Civil Administration"]
BEITA_PROT = ["protesters", "Palestinians", "dozens of Palestinians", "weekly protest", "rioters"]
MASAFER = L(["Masafer Yatta", "Khallet al-Dabaa", "south of Hebron", "Hebron"], 31.45, 35.09, "PS")
YATTA = L(["Yatta", "Hebron governorate"], 31.45, 35.09, "PS")
TUWANI = L(["al-Tuwani", "at-Tuwani", "Tuwani"], cc="PS")
BEIT_UMMAR = L(["Beit Ummar", "north of Hebron"], 31.62, 35.10, "PS")
BEITA = L(["Beita", "Jabal Sabih", "south of Nablus", "Nablus"], 32.14, 35.29, "PS")
BURIN = L(["Burin", "village of Burin", "south of Nablus", "Nablus"], 32.20, 35.25, "PS")
HUWARA = L(["Huwara", "Huwara checkpoint", "Hawara", "south of Nablus", "Nablus"], 32.15, 35.26, "PS")
WB = L(["West Bank"], cc="PS")
LRM = ["Land and Rights Monitor", "LRM", "author"]
FRI10 = D("2026-02-06")
WEEK10 = D("2026-02-03", "2026-02-09")
E10 = [
    # the bulletin's week -> aggregates
    E(
        False,
        "LRM documented 31 settler attacks across the West Bank, nine of which caused injuries",
        VAC,
        ATTACK,
        actor1=SETTLERS,
        actor2=CIV + ["Palestinians"],
        location=WB,
        date=WEEK10,
        source=LRM,
        aggregate=True,
    ),
    E(
        False,
        "the arrest of at least 112 Palestinians by Israeli forces",
        STR,
        ARRESTS,
        actor1=IDF10,
        actor2=CIV + ["Palestinians"],
        location=WB,
        date=WEEK10,
        source=LRM,
        aggregate=True,
    ),
    # one sentence, an attack and a theft: ACLED codes the attack; the stolen sheep -> a non-core Looting copy
    E(
        True,
        "a group of about 15 Israeli settlers, some of them armed, attacked Palestinian shepherds grazing their flocks near the hamlet of Khallet al-Dabaa in Masafer Yatta, south of Hebron, injuring three, among them a 70-year-old woman",
        VAC,
        ATTACK,
        actor1=SETTLERS,
        actor2=CIV + ["Palestinian shepherds", "shepherds", "woman"],
        location=MASAFER,
        date=D("2026-02-04"),
        injured=R(3),
        source=LRM,
    ),
    E(
        False,
        "stealing about 40 sheep",
        STR,
        LOOT,
        actor1=SETTLERS,
        actor2=CIV + ["shepherds", "sheep"],
        location=MASAFER,
        date=D("2026-02-04"),
        source=LRM,
    ),
    # one sentence, two places -> two core demolitions; the displaced are not casualties
    E(
        True,
        "Israeli forces demolished two homes in Yatta",
        STR,
        LOOT,
        actor1=IDF10,
        actor2=CIV + ["two homes", "homes"],
        location=YATTA,
        date=D("2026-02-05"),
        source=LRM,
    ),
    E(
        True,
        "a water cistern in al-Tuwani, citing a lack of building permits",
        STR,
        LOOT,
        actor1=IDF10,
        actor2=CIV + ["water cistern", "cistern"],
        location=TUWANI,
        date=D("2026-02-05"),
        source=LRM,
    ),
    # orders for future demolitions -> planned, no date
    E(
        False,
        "The Israeli Civil Administration also issued demolition orders against 12 more structures in Masafer Yatta",
        STR,
        LOOT,
        actor1=IDF10,
        actor2=CIV + ["structures"],
        location=MASAFER,
        source=LRM,
        status="planned",
    ),
    E(
        True,
        "settlers uprooted about 150 olive saplings on land belonging to farmers in Beit Ummar, north of Hebron",
        STR,
        LOOT,
        actor1=SETTLERS,
        actor2=CIV + ["farmers", "olive saplings"],
        location=BEIT_UMMAR,
        date=FRI10,
        source=LRM,
    ),
    # the PRCS's toll on a protest met with tear gas and rubber bullets -> Protest with intervention; the army's
    # own account (a stone-throwing riot) -> a second core version of its own type, sourced to the army
    E(
        True,
        "Israeli forces fired tear gas canisters and rubber-coated metal bullets at the weekly protest against the settlement outpost on Jabal Sabih in Beita, south of Nablus, injuring 27 protesters",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IDF10 + BEITA_PROT),
        location=BEITA,
        date=FRI10,
        injured=R(27),
        source=["Palestine Red Crescent Society", "Red Crescent", "PRCS"] + LRM,
    ),
    E(
        True,
        'troops had responded to "a violent riot" in which dozens of Palestinians threw stones at soldiers',
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(IDF10 + BEITA_PROT),
        location=BEITA,
        date=FRI10,
        source=["Israeli military", "Israeli army", "IDF"],
    ),
    # "On the night of 7 to 8 February" -> both days; "No one was injured" -> injured 0..0
    E(
        True,
        "settlers set fire to two cars and sprayed graffiti on walls in the village of Burin, south of Nablus",
        STR,
        LOOT,
        actor1=SETTLERS,
        actor2=CIV + ["two cars", "cars", "walls"],
        location=BURIN,
        date=D("2026-02-07", "2026-02-08"),
        injured=R(0),
        source=LRM,
    ),
    E(
        True,
        "Israeli forces detained a journalist, Rami Odeh, at the Huwara checkpoint, south of Nablus",
        STR,
        ARRESTS,
        actor1=IDF10,
        actor2=CIV + ["journalist", "Rami Odeh"],
        location=HUWARA,
        date=D("2026-02-08"),
        source=LRM,
    ),
    E(
        False,
        "further displacement is likely in the coming weeks",
        STR,
        LOOT,
        actor1=IDF10 + SETTLERS,
        actor2=CIV + ["herding communities"],
        location=MASAFER,
        source=LRM,
        status="hypothetical",
    ),
    # no gold: the 14 displaced (a consequence), the journalist's release, "a coordinated effort" (assessment)
]
DOCS.append(
    (
        "dev-j-10",
        "Land and Rights Monitor (weekly bulletin)",
        "2026-02-11",
        "NGO weekly protection bulletin",
        "West Bank/Hebron and Nablus: the week's totals, settlers attack shepherds in Masafer Yatta (3 hurt, sheep "
        "stolen), demolitions in Yatta and al-Tuwani, demolition orders, saplings uprooted in Beit Ummar, the "
        "Beita protest (27 hurt; the army: a violent riot), cars burned in Burin, a journalist detained at Huwara",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-j-10", "Issued 11 February 2026", "2026-02-11", "Wednesday"),
    ("dev-j-10", "On Friday, 6 February", "2026-02-06", "Friday"),
    ("dev-j-10", "On Sunday, 8 February", "2026-02-08", "Sunday"),
    ("dev-j-10", "reporting period start", "2026-02-03", "Tuesday"),
]

# =============================================================================
# dev-j-11  army press release — Gaza: Bani Suheila, Abasan al-Kabira, Khan Younis (Thu 15 May 2025)
# =============================================================================
T11 = """IDF troops eliminate terrorists in Khan Younis; projectile launched at Israel falls in open area

Israel Defense Forces | IDF Spokesperson's Unit | Press release | 15.05.2025

Over the past day, troops of the 36th Division continued to operate against terrorist organisations in the Khan Younis area of southern Gaza.

In one incident, a cell of Hamas terrorists emerged from a tunnel shaft in the area of Bani Suheila and fired an anti-tank missile at the troops. The troops returned fire and, together with an Israeli Air Force aircraft, eliminated the three terrorists. No IDF soldiers were injured in the incident.

In addition, an IAF aircraft struck and eliminated a Palestinian Islamic Jihad terrorist in the area of Abasan al-Kabira who was planning an attack against the troops. During searches in the area, the troops also apprehended a number of suspects, who were transferred for further questioning in Israeli territory.

Yesterday evening (14.05), a projectile was launched from the area of Khan Younis toward Israeli territory and fell in an open area near the border fence. No injuries were reported. Shortly afterwards, the IDF struck the launcher from which the projectile was fired.

The IDF regrets to announce the fall of Sergeant First Class Noam Ben-Ami, 21, from Ashdod, a soldier in the 7th Brigade, who fell during combat in southern Gaza on Tuesday. An explosive device detonated next to his armoured vehicle; two other soldiers were severely injured in the incident.

Claims published by the Hamas-run health ministry that the IDF struck a school sheltering displaced people in Khan Younis on Monday are false. The IDF struck a Hamas command and control centre that operated inside a compound that had previously served as a school. Before the strike, numerous steps were taken to mitigate the risk of harming civilians.

Since the start of the operation in Khan Younis last month, troops have eliminated more than 40 terrorists, located dozens of tunnel shafts and dismantled hundreds of terror infrastructure sites.

The IDF calls on residents of the Bani Suheila and al-Qarara neighbourhoods of eastern Khan Younis to evacuate immediately westward to al-Mawasi. The IDF will operate with great force in these areas. Over the past day, 107 aid trucks entered the Gaza Strip through the Kerem Shalom crossing.
"""

IDF11 = ISRAEL + ["IDF troops", "troops", "36th Division", "Israeli Air Force", "IAF", "IAF aircraft", "soldiers",
                  "7th Brigade", "armoured vehicle"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "Hamas terrorists", "cell of Hamas terrorists",
         "terrorists", "terrorist organisations"]
PIJ = ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ", "al-Quds Brigades", "terrorist"]
BANI_SUHEILA = L(["Bani Suheila", "Bani Suhaila", "Khan Younis", "Khan Yunis"], 31.34, 34.32, "PS")
ABASAN = L(["Abasan al-Kabira", "Abasan", "Khan Younis"], 31.32, 34.35, "PS")
KHAN_YOUNIS = L(["Khan Younis", "Khan Yunis", "southern Gaza", "Khan Younis area"], 31.34, 34.30, "PS")
# the projectile fell on the Israeli side of the fence a few km from Khan Younis: its coordinates, no country
BORDER11 = L(["border fence", "Israeli territory", "near the border fence", "Khan Younis"], 31.34, 34.30)
IDF11_SRC = ["Israel Defense Forces", "IDF", "IDF Spokesperson's Unit", "IDF Spokesperson", "author"]
PASTDAY11 = D("2025-05-14", "2025-05-15")
E11 = [
    # an ambush on troops returned with fire and an aircraft -> one Armed clash; "No IDF soldiers were injured"
    # and three killed -> killed 3, injured 0..0 (dev-i-07); "Over the past day" -> Wednesday or Thursday
    E(
        True,
        "a cell of Hamas terrorists emerged from a tunnel shaft in the area of Bani Suheila and fired an anti-tank missile at the troops",
        BAT,
        CLASH,
        actor1=HAMAS + IDF11,
        actor2=IDF11 + HAMAS,
        location=BANI_SUHEILA,
        date=PASTDAY11,
        killed=R(3),
        injured=R(0),
        source=IDF11_SRC,
    ),
    E(
        False,
        "The troops returned fire and, together with an Israeli Air Force aircraft, eliminated the three terrorists",
        BAT,
        CLASH,
        actor1=IDF11 + HAMAS,
        actor2=HAMAS + IDF11,
        location=BANI_SUHEILA,
        date=PASTDAY11,
        killed=R(3),
        source=IDF11_SRC,
    ),
    E(
        False,
        "IDF troops eliminate terrorists in Khan Younis",
        BAT,
        CLASH,
        actor1=IDF11 + HAMAS,
        actor2=HAMAS + IDF11,
        location=KHAN_YOUNIS,
        date=PASTDAY11,
        source=IDF11_SRC,
    ),
    E(
        True,
        "an IAF aircraft struck and eliminated a Palestinian Islamic Jihad terrorist in the area of Abasan al-Kabira",
        EXP,
        AIR,
        actor1=IDF11,
        actor2=PIJ,
        location=ABASAN,
        date=PASTDAY11,
        killed=R(1),
        source=IDF11_SRC,
    ),
    # "a number of suspects": detainees, not casualties -> no numbers
    E(
        True,
        "the troops also apprehended a number of suspects, who were transferred for further questioning in Israeli territory",
        STR,
        ARRESTS,
        actor1=IDF11,
        actor2=["suspects", "number of suspects"] + CIV + HAMAS,
        location=ABASAN,
        date=PASTDAY11,
        source=IDF11_SRC,
    ),
    # a launch with no group named -> unknown; "No injuries were reported" -> injured 0..0
    E(
        True,
        "a projectile was launched from the area of Khan Younis toward Israeli territory and fell in an open area near the border fence",
        EXP,
        SHELL,
        actor1=UNK + HAMAS + PIJ,
        actor2=ISRAEL + ["Israeli territory"],
        location=BORDER11,
        date=D("2025-05-14"),
        injured=R(0),
        source=IDF11_SRC,
    ),
    E(
        False,
        "projectile launched at Israel falls in open area",
        EXP,
        SHELL,
        actor1=UNK + HAMAS + PIJ,
        actor2=ISRAEL,
        location=BORDER11,
        date=D("2025-05-14"),
        source=IDF11_SRC,
    ),
    E(
        True,
        "the IDF struck the launcher from which the projectile was fired",
        EXP,
        AIR,
        actor1=IDF11,
        actor2=UNK + HAMAS + PIJ + ["launcher"],
        location=KHAN_YOUNIS,
        date=D("2025-05-14", "2025-05-15"),
        source=IDF11_SRC,
    ),
    # the soldier's death by a device next to his vehicle -> IED, killed 1, injured 2; no planter named
    E(
        True,
        "An explosive device detonated next to his armoured vehicle; two other soldiers were severely injured in the incident",
        EXP,
        IED,
        actor1=UNK + HAMAS,
        actor2=IDF11,
        location=L(["southern Gaza", "Gaza Strip", "Gaza"], cc="PS"),
        date=D("2025-05-13"),
        killed=R(1),
        injured=R(2),
        source=IDF11_SRC,
    ),
    E(
        False,
        "who fell during combat in southern Gaza on Tuesday",
        EXP,
        IED,
        actor1=UNK + HAMAS,
        actor2=IDF11 + ["Noam Ben-Ami", "soldier"],
        location=L(["southern Gaza", "Gaza Strip", "Gaza"], cc="PS"),
        date=D("2025-05-13"),
        killed=R(1),
        source=IDF11_SRC,
    ),
    # the strike happened; its target is disputed: the army's own version -> core; the ministry's version (a
    # school with displaced people), reported only as "false" here -> non-core denied, sourced to the army
    E(
        True,
        "The IDF struck a Hamas command and control centre that operated inside a compound that had previously served as a school",
        EXP,
        AIR,
        actor1=IDF11,
        actor2=HAMAS + ["command and control centre", "compound"],
        location=KHAN_YOUNIS,
        date=D("2025-05-12"),
        source=IDF11_SRC,
    ),
    E(
        False,
        "Claims published by the Hamas-run health ministry that the IDF struck a school sheltering displaced people in Khan Younis on Monday are false",
        EXP,
        AIR,
        actor1=IDF11,
        actor2=CIV + ["school", "displaced people"],
        location=KHAN_YOUNIS,
        date=D("2025-05-12"),
        source=IDF11_SRC,
        status="denied",
    ),
    # "last month" in a May release -> from April to publication
    E(
        False,
        "troops have eliminated more than 40 terrorists, located dozens of tunnel shafts and dismantled hundreds of terror infrastructure sites",
        BAT,
        CLASH,
        actor1=IDF11 + HAMAS + PIJ,
        actor2=HAMAS + PIJ + IDF11,
        location=KHAN_YOUNIS,
        date=D("2025-04-01", "2025-05-15"),
        killed=R(41, None),
        source=IDF11_SRC,
        aggregate=True,
    ),
    # an evacuation order and "will operate with great force" -> planned, no date
    E(
        False,
        "The IDF will operate with great force in these areas",
        EXP,
        AIR,
        actor1=IDF11,
        actor2=HAMAS + PIJ,
        location=L(["Bani Suheila", "al-Qarara", "eastern Khan Younis", "Khan Younis"], 31.34, 34.30, "PS"),
        source=IDF11_SRC,
        status="planned",
    ),
    # no gold: the evacuation call itself (no act yet), the aid trucks, the precautions, the "operations"
    # sentence at the top (generic)
]
DOCS.append(
    (
        "dev-j-11",
        "IDF Spokesperson's Unit (press release)",
        "2025-05-15",
        "army press release",
        "Gaza/Khan Younis: a Hamas cell fires on troops at Bani Suheila (3 killed, no soldiers hurt), an air "
        "strike in Abasan, detentions, a projectile launched (no injuries) and the launcher struck, a soldier "
        "killed by a device, a disputed strike on a former school (denial), totals, an evacuation threat",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-j-11", "15.05.2025", "2025-05-15", "Thursday"),
    ("dev-j-11", "Yesterday evening (14.05)", "2025-05-14", "Wednesday"),
    ("dev-j-11", "on Tuesday", "2025-05-13", "Tuesday"),
    ("dev-j-11", "on Monday", "2025-05-12", "Monday"),
]

# =============================================================================
# dev-j-12  southern (STC-aligned) partisan outlet — Yemen: Wadi Omran (Mudiyah, Abyan), Ataq and Markha (Shabwa), Zinjibar (Sat 11 Oct 2025)
# =============================================================================
T12 = """Southern forces foil terrorist attack in Wadi Omran, kill a number of Qaeda elements

ADEN, 11 October 2025 (South Arabia Today) - The heroes of the Southern Armed Forces foiled a treacherous attack by elements of the terrorist al-Qaeda organisation on their positions in Wadi Omran, in the Mudiyah district of Abyan governorate, at dawn on Thursday, 9 October, killing a number of the attackers and forcing the rest to flee into the mountains, the media centre of Operation Eastern Storm said.

The attack began with a bomb-laden drone that struck a position of the Support and Reinforcement Brigade, followed by an assault by gunmen from several directions. Two of our heroes rose as martyrs and four others were wounded, the media centre said.

Al-Qaeda's media arm, al-Malahim, claimed in a statement circulated on Friday that its fighters had killed "more than 20 apostates" and seized weapons. The media centre dismissed the claim as a fabrication meant to lift the morale of the group's defeated elements.

In Shabwa, a military vehicle of the Shabwa Defence Forces was struck by an explosive device planted by terrorist elements on the road between Ataq and Markha on Wednesday, wounding three soldiers.

The Shabwa Defence Forces arrested a terrorist cell of five members in Ataq yesterday and seized explosive belts and parts for assembling drones, a security source told South Arabia Today.

Local sources reported that what was believed to be a US drone struck a vehicle carrying suspected al-Qaeda members in the al-Said district of Shabwa last night, killing three. There was no confirmation from the US military.

In Zinjibar, hundreds of citizens rallied on Friday in support of the Southern forces and against terrorism, raising the flag of the South.

It was the sixth terrorist attack on our forces in Abyan and Shabwa since the beginning of September. Our sources say the terrorists move freely through areas held by the Brotherhood militias, which have never fired a bullet at them. In August 2022, our forces drove those militias out of Ataq after days of fighting.

The command of Operation Eastern Storm vowed to press on until Abyan and Shabwa are cleansed of every terrorist. Abyan will remain a graveyard for the Khawarij.
"""

STC = [
    "Southern Armed Forces",
    "Southern forces",
    "heroes of the Southern Armed Forces",
    "Southern Transitional Council",
    "STC",
    "Support and Reinforcement Brigade",
    "Shabwa Defence Forces",
    "our heroes",
    "our forces",
    "Operation Eastern Storm",
    "apostates",
]
AQAP = [
    "al-Qaeda in the Arabian Peninsula",
    "AQAP",
    "al-Qaeda",
    "al-Qaida",
    "terrorist al-Qaeda organisation",
    "elements of the terrorist al-Qaeda organisation",
    "Qaeda elements",
    "terrorist elements",
    "attackers",
    "its fighters",
    "gunmen",
    "Khawarij",
]
ISLAH = ["Brotherhood militias", "Islah", "Muslim Brotherhood", "Islah-affiliated forces", "those militias"]
OMRAN = L(["Wadi Omran", "Wadi Amran", "Mudiyah", "Mudiyah district", "Abyan", "Abyan governorate"], cc="YE")
ATAQ = L(["Ataq", "Ataq city", "road between Ataq and Markha", "Shabwa"], 14.54, 46.83, "YE")
AL_SAID = L(["al-Said", "al-Said district", "Said district", "Shabwa"], cc="YE")
ZINJIBAR = L(["Zinjibar", "Zingibar"], 13.13, 45.38, "YE")
SAT12 = ["South Arabia Today", "author"]
MEDIA12 = ["media centre", "media centre of Operation Eastern Storm", "Operation Eastern Storm"] + SAT12
THU12 = D("2025-10-09")
E12 = [
    # an assault opened by a drone and carried on by gunmen -> Armed clash (dev-i-04), the drone a non-core
    # copy; "a number of the attackers" (2..open) plus two martyrs -> killed 4..open; four of ours wounded and
    # the attackers' not given -> injured 4..open
    E(
        True,
        "The heroes of the Southern Armed Forces foiled a treacherous attack by elements of the terrorist al-Qaeda organisation on their positions in Wadi Omran, in the Mudiyah district of Abyan governorate, at dawn on Thursday, 9 October, killing a number of the attackers",
        BAT,
        CLASH,
        actor1=AQAP + STC,
        actor2=STC + AQAP,
        location=OMRAN,
        date=THU12,
        killed=R(4, None),
        injured=R(4, None),
        source=MEDIA12,
    ),
    E(
        False,
        "Southern forces foil terrorist attack in Wadi Omran, kill a number of Qaeda elements",
        BAT,
        CLASH,
        actor1=STC + AQAP,
        actor2=AQAP + STC,
        location=OMRAN,
        date=THU12,
        killed=R(2, None),
        source=SAT12,
    ),
    E(
        False,
        "The attack began with a bomb-laden drone that struck a position of the Support and Reinforcement Brigade",
        EXP,
        AIR,
        actor1=AQAP,
        actor2=STC + ["position"],
        location=OMRAN,
        date=THU12,
        source=MEDIA12,
    ),
    E(
        False,
        "Two of our heroes rose as martyrs and four others were wounded",
        BAT,
        CLASH,
        actor1=AQAP + STC,
        actor2=STC + AQAP,
        location=OMRAN,
        date=THU12,
        killed=R(2, None),
        injured=R(4, None),
        source=MEDIA12,
    ),
    # the group's own claim with its own figure -> core, sourced to al-Malahim; the dismissal -> non-core denied
    E(
        True,
        'its fighters had killed "more than 20 apostates" and seized weapons',
        BAT,
        CLASH,
        actor1=AQAP + STC,
        actor2=STC + AQAP,
        location=OMRAN,
        date=THU12,
        killed=R(21, None),
        source=["al-Malahim", "al-Qaeda's media arm", "statement"] + AQAP,
    ),
    E(
        False,
        "The media centre dismissed the claim as a fabrication",
        BAT,
        CLASH,
        actor1=AQAP + STC,
        actor2=STC + AQAP,
        location=OMRAN,
        date=THU12,
        killed=R(21, None),
        source=MEDIA12,
        status="denied",
    ),
    E(
        True,
        "a military vehicle of the Shabwa Defence Forces was struck by an explosive device planted by terrorist elements on the road between Ataq and Markha on Wednesday, wounding three soldiers",
        EXP,
        IED,
        actor1=AQAP + UNK,
        actor2=STC + ["military vehicle", "soldiers"],
        location=ATAQ,
        date=D("2025-10-08"),
        injured=R(3),
        source=SAT12,
    ),
    # the seized belts and drone parts belong to the arrest
    E(
        True,
        "The Shabwa Defence Forces arrested a terrorist cell of five members in Ataq yesterday",
        STR,
        ARRESTS,
        actor1=STC,
        actor2=AQAP + ["terrorist cell", "cell"],
        location=ATAQ,
        date=D("2025-10-10"),
        source=["security source"] + SAT12,
    ),
    # "what was believed to be", unconfirmed -> core, possible; "last night" -> both days
    E(
        True,
        "what was believed to be a US drone struck a vehicle carrying suspected al-Qaeda members in the al-Said district of Shabwa last night, killing three",
        EXP,
        AIR,
        actor1=USA + UNK + ["US drone"],
        actor2=AQAP + ["vehicle", "suspected al-Qaeda members"],
        location=AL_SAID,
        date=D("2025-10-10", "2025-10-11"),
        killed=R(3),
        source=["Local sources", "local sources"],
        status="possible",
    ),
    E(
        True,
        "hundreds of citizens rallied on Friday in support of the Southern forces and against terrorism",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["citizens", "hundreds of citizens"],
        location=ZINJIBAR,
        date=D("2025-10-10"),
        source=SAT12,
    ),
    E(
        False,
        "It was the sixth terrorist attack on our forces in Abyan and Shabwa since the beginning of September",
        BAT,
        CLASH,
        actor1=AQAP + STC,
        actor2=STC + AQAP,
        location=L(["Abyan", "Shabwa"], cc="YE"),
        date=D("2025-09-01", "2025-10-11"),
        source=SAT12,
        aggregate=True,
    ),
    E(
        False,
        "In August 2022, our forces drove those militias out of Ataq after days of fighting",
        BAT,
        CLASH,
        actor1=STC + ISLAH,
        actor2=ISLAH + STC,
        location=ATAQ,
        date=D("2022-08-01", "2022-08-31"),
        source=SAT12,
    ),
    E(
        False,
        "vowed to press on until Abyan and Shabwa are cleansed of every terrorist",
        BAT,
        CLASH,
        actor1=STC,
        actor2=AQAP,
        location=L(["Abyan", "Shabwa"], cc="YE"),
        source=["command of Operation Eastern Storm", "Operation Eastern Storm"],
        status="planned",
    ),
    # no gold: "never fired a bullet at them" (an accusation, no act), "a graveyard for the Khawarij" (a
    # slogan), the flight into the mountains (inside the clash)
]
DOCS.append(
    (
        "dev-j-12",
        "South Arabia Today",
        "2025-10-11",
        "southern (STC-aligned) partisan outlet",
        "Yemen/Abyan and Shabwa: an AQAP attack in Wadi Omran repelled (2 martyrs, 'a number' of attackers; "
        "al-Malahim: 20+ killed, dismissed), an IED near Ataq, a cell arrested, an unconfirmed US drone strike "
        "in al-Said, a rally in Zinjibar, a tally, 2022 as background, a vow",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-j-12", "11 October 2025", "2025-10-11", "Saturday"),
    ("dev-j-12", "Thursday, 9 October", "2025-10-09", "Thursday"),
    ("dev-j-12", "on Wednesday", "2025-10-08", "Wednesday"),
    ("dev-j-12", "on Friday / yesterday", "2025-10-10", "Friday"),
]

# =============================================================================
# dev-j-13  maritime security advisory (monitor) — Red Sea shipping: south-west of Mokha, Bab el-Mandeb, southern Red Sea (Wed 3 Sep 2025)
# =============================================================================
T13 = """MTSC Advisory 041/2025: bulk carrier reports explosion nearby south-west of Mokha; Houthis claim direct hit

Maritime Trade Security Centre (MTSC) | Advisory 041/2025 | Southern Red Sea and Bab el-Mandeb | 3 September 2025, 0900 UTC

1. Incident. At 2140 UTC on 2 September, the master of a Liberia-flagged bulk carrier reported an explosion in close proximity to the vessel, approximately 25 nautical miles south-west of Mokha, Yemen, after observing a splash off the port bow. The vessel and crew are reported safe, with no damage, and the vessel is proceeding to its next port of call. The type and origin of the projectile have not been confirmed.

2. Claim. In a televised statement this morning, the Houthi military spokesman said the group's naval forces had targeted the vessel, which he named as the Maple Star, with a ballistic missile and two drones, and that it had been "hit directly". The vessel's Greek manager denied that the ship had been struck. "None of our crew were hurt and the ship continues its voyage," a company spokesperson said.

3. Separate incident. At about 0415 UTC yesterday, a small craft carrying five to seven armed persons approached a tanker in the Bab el-Mandeb strait and exchanged fire with the tanker's embarked armed security team. The craft broke off and withdrew towards the Yemeni coast. No injuries among the crew were reported.

4. Interception. On 1 September, a warship of the EU's Operation Aspides shot down two drones launched from Houthi-controlled territory that were heading towards a container ship in the southern Red Sea, the operation said.

5. Assessment. This is the fourth incident reported to MTSC in the southern Red Sea this week. In July, two bulk carriers were sunk in Houthi attacks in this area and several crew members were killed. The Houthis have stated that they will continue to target ships linked to Israel "until the aggression on Gaza stops". The threat level remains CRITICAL for vessels with any link to Israel and HIGH for all others.

6. Guidance. Masters approached by small craft should increase speed, muster the crew in the citadel and report to MTSC at once. AIS should remain on unless the master judges that it would endanger the ship.
"""

HOUTHI13 = HOUTHI + ["group's naval forces", "Houthi military spokesman", "Houthi naval forces"]
SHIP13 = ["bulk carrier", "Liberia-flagged bulk carrier", "vessel", "Maple Star", "ship", "merchant vessel", "crew"]
CRAFT13 = UNK + ["armed persons", "small craft", "pirates"]
GUARDS13 = ["embarked armed security team", "security team", "private security", "tanker"]
MOKHA_SEA = L(["Mokha", "south-west of Mokha", "southern Red Sea", "Red Sea"])
BAB = L(["Bab el-Mandeb", "Bab el-Mandeb strait", "Bab al-Mandab"])
S_RED_SEA = L(["southern Red Sea", "Red Sea"])
MTSC = ["Maritime Trade Security Centre", "MTSC", "author"]
HSPOKE = ["Houthi military spokesman", "military spokesman", "spokesman"] + HOUTHI
TUE13 = D("2025-09-02")
CLAIM13 = D("2025-09-02", "2025-09-03")
E13 = [
    # the centre's report of an explosion near the ship, origin unconfirmed -> unknown (the Houthis, who claim
    # it, as an alternative); "crew are reported safe, with no damage" -> killed and injured 0..0; 25 nm at sea
    # -> names only, no country
    E(
        True,
        "the master of a Liberia-flagged bulk carrier reported an explosion in close proximity to the vessel, approximately 25 nautical miles south-west of Mokha, Yemen",
        EXP,
        SHELL,
        actor1=UNK + HOUTHI13,
        actor2=SHIP13,
        location=MOKHA_SEA,
        date=TUE13,
        killed=R(0),
        injured=R(0),
        source=MTSC + ["master"],
    ),
    E(
        False,
        "bulk carrier reports explosion nearby south-west of Mokha",
        EXP,
        SHELL,
        actor1=UNK + HOUTHI13,
        actor2=SHIP13,
        location=MOKHA_SEA,
        date=TUE13,
        source=MTSC,
    ),
    # the Houthis' version (a direct hit) -> a second core event, sourced to the spokesman, dated from the night
    # to the statement "this morning" (it gives no date of its own); the manager's denial and the company's "None
    # of our crew were hurt" -> non-core
    E(
        True,
        "the group's naval forces had targeted the vessel, which he named as the Maple Star, with a ballistic missile and two drones",
        EXP,
        SHELL,
        actor1=HOUTHI13,
        actor2=SHIP13,
        location=MOKHA_SEA,
        date=CLAIM13,
        source=HSPOKE,
    ),
    E(
        False,
        "Houthis claim direct hit",
        EXP,
        SHELL,
        actor1=HOUTHI13,
        actor2=SHIP13,
        location=MOKHA_SEA,
        date=CLAIM13,
        source=HSPOKE + MTSC,
    ),
    E(
        False,
        "The vessel's Greek manager denied that the ship had been struck",
        EXP,
        SHELL,
        actor1=HOUTHI13,
        actor2=SHIP13,
        location=MOKHA_SEA,
        date=TUE13,
        source=["Greek manager", "manager", "vessel's Greek manager"],
        status="denied",
    ),
    E(
        False,
        "None of our crew were hurt and the ship continues its voyage",
        EXP,
        SHELL,
        actor1=UNK + HOUTHI13,
        actor2=SHIP13,
        location=MOKHA_SEA,
        date=TUE13,
        killed=R(0),
        injured=R(0),
        source=["company spokesperson", "spokesperson", "manager"],
    ),
    # armed men against an armed guard team -> Armed clash, symmetric; five to seven armed persons are not
    # casualties; "No injuries among the crew" -> injured 0..0
    E(
        True,
        "a small craft carrying five to seven armed persons approached a tanker in the Bab el-Mandeb strait and exchanged fire with the tanker's embarked armed security team",
        BAT,
        CLASH,
        actor1=CRAFT13 + GUARDS13,
        actor2=GUARDS13 + CRAFT13,
        location=BAB,
        date=TUE13,
        injured=R(0),
        source=MTSC,
    ),
    E(
        True,
        "a warship of the EU's Operation Aspides shot down two drones launched from Houthi-controlled territory",
        STR,
        DISRUPT,
        actor1=["Operation Aspides", "European Union", "EUNAVFOR Aspides", "warship"],
        actor2=HOUTHI13 + ["two drones", "drones"],
        location=S_RED_SEA,
        date=D("2025-09-01"),
        source=["Operation Aspides", "operation"] + MTSC,
    ),
    # "this week" in a Wednesday advisory -> Monday to Wednesday
    E(
        False,
        "This is the fourth incident reported to MTSC in the southern Red Sea this week",
        EXP,
        SHELL,
        actor1=UNK + HOUTHI13,
        actor2=["vessels", "ships", "merchant vessels"],
        location=S_RED_SEA,
        date=D("2025-09-01", "2025-09-03"),
        source=MTSC,
        aggregate=True,
    ),
    E(
        False,
        "In July, two bulk carriers were sunk in Houthi attacks in this area and several crew members were killed",
        EXP,
        SHELL,
        actor1=HOUTHI13,
        actor2=["bulk carriers", "crew members", "ships"],
        location=S_RED_SEA,
        date=D("2025-07-01", "2025-07-31"),
        source=MTSC,
        aggregate=True,
    ),
    E(
        False,
        'they will continue to target ships linked to Israel "until the aggression on Gaza stops"',
        EXP,
        SHELL,
        actor1=HOUTHI13,
        actor2=["ships linked to Israel", "ships"],
        location=S_RED_SEA,
        source=HOUTHI,
        status="planned",
    ),
    # no gold: the threat levels, the guidance ("should increase speed", "unless the master judges" - advice,
    # no act), the craft's withdrawal (inside the clash)
]
DOCS.append(
    (
        "dev-j-13",
        "Maritime Trade Security Centre (advisory)",
        "2025-09-03",
        "maritime security advisory (monitor)",
        "Red Sea: an explosion near a bulk carrier south-west of Mokha (crew safe; the Houthis: a direct hit; the "
        "manager's denial), armed men in a small craft exchange fire with a tanker's guards, two drones shot down "
        "by Aspides, the week's count, July as background, a threat, guidance",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-j-13", "3 September 2025", "2025-09-03", "Wednesday"),
    ("dev-j-13", "2 September / yesterday", "2025-09-02", "Tuesday"),
    ("dev-j-13", "On 1 September / this week (start)", "2025-09-01", "Monday"),
]

# =============================================================================
# dev-j-14  wire service with citing chains — Iran/Sistan-Baluchestan: Rask, Saravan, Zahedan (Thu 18 Dec 2025)
# =============================================================================
T14 = """Gunmen attack police station in Iran's Sistan-Baluchestan; state media say four police killed

DUBAI, Dec 18 (Gulf Wire Service) - Gunmen attacked a police station in the town of Rask, in Iran's south-eastern Sistan-Baluchestan province, late on Tuesday, killing four police officers and wounding two, the state news agency IRNA reported, citing the province's deputy governor for security affairs.

The Sunni militant group Jaish al-Adl said on its Telegram channel that its fighters had killed "at least 11 members of the regime's forces" in the attack and withdrawn safely. Neither account could be independently verified.

The semi-official Fars news agency, citing a provincial security official, said three of the attackers were killed in an exchange of fire that lasted more than two hours. Security forces later arrested two suspected members of the group in a hideout on the outskirts of Rask, Fars said.

In a separate incident, the rights group Baloch Voice Campaign said members of the Revolutionary Guards opened fire on a group of fuel porters, known locally as sukhtbar, near the Pakistani border east of Saravan on Monday, killing two and wounding three. The group, which cited relatives of the victims, said the porters were unarmed. Tasnim news agency, quoting the Guards' Quds Base, said its forces had fired on "fuel smugglers" who refused to stop and shot at a patrol.

In Zahedan, the provincial capital, several hundred worshippers marched after Friday prayers last week chanting against executions, and security forces fired tear gas to disperse them near the Makki mosque, according to videos shared by activists.

The commander of the Revolutionary Guards' ground forces vowed that the attackers of Rask would receive "a crushing response". Jaish al-Adl, which Iran considers a terrorist organisation, has carried out dozens of attacks on security forces in the province in recent years; in late 2024, one attack killed more than a dozen police officers.

Analysts say that if Tehran and Islamabad fail to coordinate along the border, cross-border strikes like those the two countries exchanged in January 2024 could be repeated.
"""

IRPOL = [
    "police",
    "police officers",
    "police station",
    "security forces",
    "regime's forces",
    "members of the regime's forces",
    "Police Forces of Iran",
    "Iranian police",
]
IRGC14 = [
    "Islamic Revolutionary Guard Corps",
    "Revolutionary Guards",
    "IRGC",
    "Quds Base",
    "Guards' Quds Base",
    "its forces",
    "patrol",
    "Military Forces of Iran",
]
JAA = ["Jaish al-Adl", "Jaish ul-Adl", "Army of Justice", "gunmen", "attackers", "its fighters", "militant group",
       "Sunni militant group"]
RASK = L(["Rask", "town of Rask", "outskirts of Rask", "Sistan-Baluchestan", "Sistan and Baluchestan"], 26.23, 61.40,
         "IR")
SARAVAN = L(["Saravan", "east of Saravan", "Pakistani border", "near the Pakistani border"], 27.37, 62.33, "IR")
ZAHEDAN = L(["Zahedan", "Makki mosque", "near the Makki mosque"], 29.50, 60.86, "IR")
GWS = ["Gulf Wire Service", "author"]
IRNA = ["IRNA", "state news agency", "deputy governor for security affairs", "deputy governor"]
FARS = ["Fars", "Fars news agency", "provincial security official", "security official"]
TUE14 = D("2025-12-16", "2025-12-17")
E14 = [
    # an armed group against a police station -> Armed clash, symmetric; IRNA's four police dead and two
    # wounded cover one side -> 4..open and 2..open; "late on Tuesday" -> Tuesday or into Wednesday
    E(
        True,
        "Gunmen attacked a police station in the town of Rask, in Iran's south-eastern Sistan-Baluchestan province, late on Tuesday, killing four police officers and wounding two",
        BAT,
        CLASH,
        actor1=JAA + UNK + IRPOL,
        actor2=IRPOL + JAA + UNK,
        location=RASK,
        date=TUE14,
        killed=R(4, None),
        injured=R(2, None),
        source=IRNA,
    ),
    E(
        False,
        "Gunmen attack police station in Iran's Sistan-Baluchestan",
        BAT,
        CLASH,
        actor1=JAA + UNK + IRPOL,
        actor2=IRPOL + JAA + UNK,
        location=RASK,
        date=TUE14,
        source=GWS,
    ),
    E(
        False,
        "state media say four police killed",
        BAT,
        CLASH,
        actor1=JAA + UNK + IRPOL,
        actor2=IRPOL + JAA + UNK,
        location=RASK,
        date=TUE14,
        killed=R(4, None),
        source=IRNA + GWS,
    ),
    # the group's own claim and figure -> a second core version
    E(
        True,
        'its fighters had killed "at least 11 members of the regime\'s forces" in the attack and withdrawn safely',
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + JAA,
        location=RASK,
        date=TUE14,
        killed=R(11, None),
        source=["Jaish al-Adl", "Telegram channel"],
    ),
    # Fars adds the attackers' dead -> a non-core copy (a detail, not a rival account)
    E(
        False,
        "three of the attackers were killed in an exchange of fire that lasted more than two hours",
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + JAA,
        location=RASK,
        date=TUE14,
        killed=R(3, None),
        source=FARS,
    ),
    E(
        True,
        "Security forces later arrested two suspected members of the group in a hideout on the outskirts of Rask",
        STR,
        ARRESTS,
        actor1=IRPOL + IRGC14,
        actor2=JAA + ["suspected members", "two suspected members"],
        location=RASK,
        date=D("2025-12-16", "2025-12-18"),
        source=FARS,
    ),
    # the rights group citing relatives (unarmed porters) and the Guards' version (smugglers who shot at a
    # patrol) -> two core versions, each of its own type
    E(
        True,
        "members of the Revolutionary Guards opened fire on a group of fuel porters, known locally as sukhtbar, near the Pakistani border east of Saravan on Monday, killing two and wounding three",
        VAC,
        ATTACK,
        actor1=IRGC14,
        actor2=CIV + ["fuel porters", "porters", "sukhtbar"],
        location=SARAVAN,
        date=D("2025-12-15"),
        killed=R(2),
        injured=R(3),
        source=["Baloch Voice Campaign", "rights group", "relatives"],
    ),
    E(
        True,
        'its forces had fired on "fuel smugglers" who refused to stop and shot at a patrol',
        BAT,
        CLASH,
        actor1=["fuel smugglers", "smugglers"] + IRGC14,
        actor2=IRGC14 + ["fuel smugglers", "smugglers"],
        location=SARAVAN,
        date=D("2025-12-15"),
        source=["Tasnim", "Tasnim news agency", "Quds Base", "Revolutionary Guards"],
    ),
    # "after Friday prayers last week" in a Thursday story -> Friday 12 December
    E(
        True,
        "security forces fired tear gas to disperse them near the Makki mosque",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IRPOL + ["worshippers", "several hundred worshippers"]),
        location=ZAHEDAN,
        date=D("2025-12-12"),
        source=["videos shared by activists", "activists", "videos"],
    ),
    E(
        False,
        "several hundred worshippers marched after Friday prayers last week chanting against executions",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IRPOL + ["worshippers", "several hundred worshippers"]),
        location=ZAHEDAN,
        date=D("2025-12-12"),
        source=["videos shared by activists", "activists"] + GWS,
    ),
    E(
        False,
        'the attackers of Rask would receive "a crushing response"',
        BAT,
        CLASH,
        actor1=IRGC14,
        actor2=JAA,
        location=L(["Sistan-Baluchestan", "Sistan and Baluchestan"], cc="IR"),
        source=["commander of the Revolutionary Guards' ground forces", "Revolutionary Guards", "IRGC"],
        status="planned",
    ),
    E(
        False,
        "has carried out dozens of attacks on security forces in the province in recent years",
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + JAA,
        location=L(["Sistan-Baluchestan", "Sistan and Baluchestan"], cc="IR"),
        source=GWS,
        aggregate=True,
    ),
    # "in late 2024" -> October to December 2024; "more than a dozen" -> 13..open
    E(
        False,
        "in late 2024, one attack killed more than a dozen police officers",
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + JAA,
        location=L(["Sistan-Baluchestan", "Sistan and Baluchestan"], cc="IR"),
        date=D("2024-10-01", "2024-12-31"),
        killed=R(13, None),
        source=GWS,
    ),
    E(
        False,
        "cross-border strikes like those the two countries exchanged in January 2024 could be repeated",
        EXP,
        AIR,
        actor1=["Iran", "Pakistan", "Tehran", "Islamabad"],
        actor2=["Pakistan", "Iran", "Islamabad", "Tehran"],
        location=L(["Iran-Pakistan border", "border"]),
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: the January 2024 strikes themselves (inside the forecast's comparison), "Neither account could be
    # independently verified", the porters' being unarmed (inside the rights group's version)
]
DOCS.append(
    (
        "dev-j-14",
        "Gulf Wire Service",
        "2025-12-18",
        "wire service with citing chains",
        "Iran/Sistan-Baluchestan: gunmen attack a police station in Rask (IRNA citing a deputy governor: 4 police "
        "dead; Jaish al-Adl: 11+; Fars citing an official: 3 attackers dead), two arrests, fuel porters shot near "
        "Saravan (a rights group vs the Guards), tear gas in Zahedan last Friday, a vow, background, a forecast",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-j-14", "Dec 18", "2025-12-18", "Thursday"),
    ("dev-j-14", "late on Tuesday", "2025-12-16", "Tuesday"),
    ("dev-j-14", "on Monday", "2025-12-15", "Monday"),
    ("dev-j-14", "Friday prayers last week", "2025-12-12", "Friday"),
]

# =============================================================================
# dev-j-15  Turkish pro-government partisan outlet — Turkey-Syria border: Ras al-Ain, Tishrin Dam, Suruç/Kobani, Reyhanlı (Fri 21 Feb 2025)
# =============================================================================
T15 = """Heroic Mehmetçik neutralises six PKK/YPG terrorists who harassed base near Ras al-Ain

ŞANLIURFA, Feb. 21 (Frontier Daily) - Turkish commandos neutralised six PKK/YPG terrorists who opened harassment fire on a Turkish base in the Operation Peace Spring zone near Ras al-Ain on Wednesday night, the Ministry of National Defence announced at its weekly press briefing yesterday. No Turkish soldier was harmed, the ministry said.

The ministry said a total of 47 terrorists had been neutralised in northern Syria and northern Iraq over the past week, and that Turkish drones had hit 12 targets of the terror organisation around the Tishrin Dam this week alone.

Media outlets run by the terror organisation claimed that a Turkish drone strike on the dam on Tuesday had killed three civilians taking part in a so-called sit-in. Ministry sources dismissed the claim as “black propaganda”, saying the organisation uses civilians as human shields at the dam.

On Monday, a rocket fired from the terror-held town of Ayn al-Arab (Kobani) landed in an empty field in the Suruç district of Şanlıurfa, causing no casualties or damage, the Şanlıurfa governor’s office said. Turkish artillery immediately returned fire on the positions from which the rocket had been launched, security sources said.

Yesterday, border troops detained 23 people trying to cross illegally from Syria into Hatay’s Reyhanlı district, among them two suspected members of ISIS, the ministry said.

Operation Peace Spring, launched in October 2019, drove the terrorists out of Ras al-Ain and Tal Abyad and ended the dream of a terror corridor along our southern border. That corridor is buried in the sands of the border, and it will never rise again.

Ministry sources said operations would continue “until the last terrorist is neutralised” and that no threat against Türkiye’s borders would be tolerated.
"""

TURKEY15 = TURKEY + [
    "Turkish commandos",
    "Mehmetçik",
    "Heroic Mehmetçik",
    "Turkish base",
    "Turkish drones",
    "Turkish artillery",
    "border troops",
    "Ministry of National Defence",
    "Türkiye",
]
YPG15 = [
    "PKK/YPG",
    "PKK/YPG terrorists",
    "YPG",
    "People's Protection Units",
    "PKK",
    "Kurdistan Workers' Party",
    "Syrian Democratic Forces",
    "SDF",
    "terror organisation",
    "terrorists",
]
RAS_AIN = L(["Ras al-Ain", "Ras al-Ayn", "Resulayn", "Serêkaniyê", "Operation Peace Spring zone"], 36.85, 40.07, "SY")
TISHRIN = L(["Tishrin Dam", "Tishreen Dam", "the dam"], cc="SY")
SURUC = L(["Suruç", "Suruc", "Suruç district", "Şanlıurfa", "Sanliurfa"], 36.98, 38.43, "TR")
KOBANI15 = L(["Ayn al-Arab", "Kobani", "Kobane", "Ain al-Arab"], 36.89, 38.35, "SY")
REYHANLI = L(["Reyhanlı", "Reyhanli", "Hatay"], 36.27, 36.57, "TR")
FD = ["Frontier Daily", "author"]
MND = ["Ministry of National Defence", "ministry", "Ministry sources", "weekly press briefing"] + FD
E15 = [
    # "neutralised" -> casualties (dev-i-05); "No Turkish soldier was harmed" covers one side -> no killed or
    # injured figure; "on Wednesday night" -> Wednesday or into Thursday
    E(
        True,
        "Turkish commandos neutralised six PKK/YPG terrorists who opened harassment fire on a Turkish base in the Operation Peace Spring zone near Ras al-Ain on Wednesday night",
        BAT,
        CLASH,
        actor1=YPG15 + TURKEY15,
        actor2=TURKEY15 + YPG15,
        location=RAS_AIN,
        date=D("2025-02-19", "2025-02-20"),
        casualties=R(6),
        source=MND,
    ),
    E(
        False,
        "Heroic Mehmetçik neutralises six PKK/YPG terrorists who harassed base near Ras al-Ain",
        BAT,
        CLASH,
        actor1=TURKEY15 + YPG15,
        actor2=YPG15 + TURKEY15,
        location=RAS_AIN,
        date=D("2025-02-19", "2025-02-20"),
        casualties=R(6),
        source=FD,
    ),
    # a week's tallies -> aggregates; "over the past week" -> the seven days to the briefing; "this week" -> Monday on
    E(
        False,
        "a total of 47 terrorists had been neutralised in northern Syria and northern Iraq over the past week",
        BAT,
        CLASH,
        actor1=TURKEY15 + YPG15,
        actor2=YPG15 + TURKEY15,
        location=L(["northern Syria", "northern Iraq"]),
        date=D("2025-02-13", "2025-02-20"),
        casualties=R(47),
        source=MND,
        aggregate=True,
    ),
    E(
        False,
        "Turkish drones had hit 12 targets of the terror organisation around the Tishrin Dam this week alone",
        EXP,
        AIR,
        actor1=TURKEY15,
        actor2=YPG15 + ["targets"],
        location=TISHRIN,
        date=D("2025-02-17", "2025-02-21"),
        source=MND,
        aggregate=True,
    ),
    # the other side's media: a version the outlet calls propaganda -> core, sourced to that media; the
    # ministry's dismissal -> non-core denied
    E(
        True,
        "a Turkish drone strike on the dam on Tuesday had killed three civilians taking part in a so-called sit-in",
        EXP,
        AIR,
        actor1=TURKEY15,
        actor2=CIV + ["three civilians", "sit-in"],
        location=TISHRIN,
        date=D("2025-02-18"),
        killed=R(3),
        source=["Media outlets run by the terror organisation", "media outlets", "Kurdish media", "SDF media"],
    ),
    E(
        False,
        "Ministry sources dismissed the claim as “black propaganda”",
        EXP,
        AIR,
        actor1=TURKEY15,
        actor2=CIV,
        location=TISHRIN,
        date=D("2025-02-18"),
        source=["Ministry sources", "Ministry of National Defence"],
        status="denied",
    ),
    # a rocket into an empty field -> no target; "no casualties or damage" -> 0..0
    E(
        True,
        "a rocket fired from the terror-held town of Ayn al-Arab (Kobani) landed in an empty field in the Suruç district of Şanlıurfa, causing no casualties or damage",
        EXP,
        SHELL,
        actor1=YPG15,
        location=SURUC,
        date=D("2025-02-17"),
        killed=R(0),
        injured=R(0),
        source=["Şanlıurfa governor’s office", "governor’s office", "governor"] + FD,
    ),
    # the return fire lands on the launch positions in Ayn al-Arab
    E(
        True,
        "Turkish artillery immediately returned fire on the positions from which the rocket had been launched",
        EXP,
        SHELL,
        actor1=TURKEY15,
        actor2=YPG15 + ["positions"],
        location=KOBANI15,
        date=D("2025-02-17"),
        source=["security sources"] + FD,
    ),
    E(
        True,
        "border troops detained 23 people trying to cross illegally from Syria into Hatay’s Reyhanlı district",
        STR,
        ARRESTS,
        actor1=TURKEY15,
        actor2=["23 people", "people", "migrants", "suspected members of ISIS"] + CIV,
        location=REYHANLI,
        date=D("2025-02-20"),
        source=MND,
    ),
    # background; a foreign state's offensive against a non-state group -> Armed clash, not a territory sub-type
    E(
        False,
        "Operation Peace Spring, launched in October 2019, drove the terrorists out of Ras al-Ain and Tal Abyad",
        BAT,
        CLASH,
        actor1=TURKEY15 + YPG15,
        actor2=YPG15 + TURKEY15,
        location=RAS_AIN,
        date=D("2019-10-01", "2019-10-31"),
        source=FD,
    ),
    E(
        False,
        "operations would continue “until the last terrorist is neutralised”",
        BAT,
        CLASH,
        actor1=TURKEY15,
        actor2=YPG15,
        location=L(["northern Syria", "Syria"], cc="SY"),
        source=["Ministry sources", "Ministry of National Defence"],
        status="planned",
    ),
    # no gold: "human shields" (an accusation), "buried in the sands" (a metaphor), "no threat ... would be
    # tolerated" (a slogan)
]
DOCS.append(
    (
        "dev-j-15",
        "Frontier Daily",
        "2025-02-21",
        "Turkish pro-government partisan outlet",
        "Turkey-Syria border: six 'PKK/YPG terrorists' neutralised near Ras al-Ain, the week's tallies, the other "
        "side's claim of three civilians killed at the Tishrin Dam and its dismissal, a rocket into Suruç (no "
        "casualties) and return fire on Kobani, 23 detained at Reyhanlı, 2019 as background, a pledge",
        T15,
        E15,
    )
)
WEEKDAYS += [
    ("dev-j-15", "Feb. 21", "2025-02-21", "Friday"),
    ("dev-j-15", "on Wednesday night", "2025-02-19", "Wednesday"),
    ("dev-j-15", "yesterday / Yesterday", "2025-02-20", "Thursday"),
    ("dev-j-15", "on Tuesday", "2025-02-18", "Tuesday"),
    ("dev-j-15", "On Monday / this week (start)", "2025-02-17", "Monday"),
]

# =============================================================================
# dev-j-16  outlier: a volunteer group's statement — Sudan/North Kordofan: El Obeid, Umm Gurfa, Kazgil (Thu 24 Sep 2026)
# =============================================================================
T16 = """El Obeid Emergency Response Room: Statement No. 27 on the drone strike on the livestock market

El Obeid Emergency Response Room | North Kordofan, Sudan | Statement No. 27 | 24 September 2026

To the people of Sudan and to the world,

At around 10 a.m. on Tuesday, a drone of the Rapid Support Forces militia struck the crowded livestock market in the west of El Obeid, killing at least 14 people and injuring dozens, most of them traders and children who sell water in the market. Our volunteers carried the wounded to the teaching hospital in private cars and donkey carts because there was no fuel for the ambulances.

On Wednesday morning, the militia’s artillery shelled the eastern neighbourhoods of the city. Our volunteers evacuated five to seven wounded people to the hospital; we have no information yet about deaths.

Last Saturday, militia fighters stormed the village of Umm Gurfa, 20 km west of El Obeid, abducted a number of young men and looted the villagers’ livestock and grain stores, according to residents who fled to the city.

The Sudanese Armed Forces announced on Monday that they had regained control of the town of Kazgil, south of El Obeid, after fierce battles with the militia. The Rapid Support Forces said on Telegram that their fighters had withdrawn from Kazgil “for tactical reasons” after inflicting heavy losses on the army.

On Wednesday afternoon, dozens of residents, most of them women, marched peacefully to the state government headquarters to demand protection for the city and a safe corridor for food and medicine.

Since the beginning of last month, our volunteers have documented 31 drone strikes on El Obeid and the surrounding villages, killing at least 187 civilians. In a video circulated on Tuesday night, a militia commander threatened to storm El Obeid “within days”.

We remind the world that the militia overran El Fasher in October 2025 and killed hundreds of civilians there while the world watched. El Obeid must not become another El Fasher. The city is a prisoner of the siege, and its people are dying slowly.

We call on all parties to stop targeting civilians and to open humanitarian corridors without conditions.
"""

RSF = [
    "Rapid Support Forces",
    "RSF",
    "Rapid Support Forces militia",
    "militia",
    "militia fighters",
    "militia commander",
    "their fighters",
]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "Military Forces of Sudan"]
EL_OBEID = L(["El Obeid", "Al-Ubayyid", "El-Obeid", "livestock market", "eastern neighbourhoods of the city",
              "state government headquarters"], 13.18, 30.22, "SD")
UMM_GURFA = L(["Umm Gurfa", "village of Umm Gurfa", "west of El Obeid", "El Obeid"], 13.18, 30.22, "SD")
KAZGIL = L(["Kazgil", "Kazgeil", "town of Kazgil", "south of El Obeid"], cc="SD")
ERR = ["El Obeid Emergency Response Room", "Emergency Response Room", "author", "volunteers"]
E16 = [
    # "at least 14" -> 14..open, "dozens" -> 24..open
    E(
        True,
        "a drone of the Rapid Support Forces militia struck the crowded livestock market in the west of El Obeid, killing at least 14 people and injuring dozens",
        EXP,
        AIR,
        actor1=RSF,
        actor2=CIV + ["livestock market", "market", "people", "traders", "children"],
        location=EL_OBEID,
        date=D("2026-09-22"),
        killed=R(14, None),
        injured=R(24, None),
        source=ERR,
    ),
    E(
        False,
        "Statement No. 27 on the drone strike on the livestock market",
        EXP,
        AIR,
        actor1=RSF,
        actor2=CIV + ["livestock market"],
        location=EL_OBEID,
        date=D("2026-09-22"),
        source=ERR,
    ),
    # "five to seven wounded" -> 5..7; "no information yet about deaths" -> no killed figure
    E(
        True,
        "the militia’s artillery shelled the eastern neighbourhoods of the city",
        EXP,
        SHELL,
        actor1=RSF,
        actor2=CIV + ["eastern neighbourhoods"],
        location=EL_OBEID,
        date=D("2026-09-23"),
        injured=R(5, 7),
        source=ERR,
    ),
    # one sentence, an abduction and a looting at one place: the abduction (the graver act) core, the looting a
    # non-core copy (dev-j-10's sheep); "20 km west of El Obeid" -> El Obeid's coordinates; "Last Saturday" in a
    # Thursday statement -> 19 September
    E(
        True,
        "militia fighters stormed the village of Umm Gurfa, 20 km west of El Obeid, abducted a number of young men",
        VAC,
        ABDUCT,
        actor1=RSF,
        actor2=CIV + ["young men", "villagers"],
        location=UMM_GURFA,
        date=D("2026-09-19"),
        source=["residents"] + ERR,
    ),
    E(
        False,
        "looted the villagers’ livestock and grain stores",
        STR,
        LOOT,
        actor1=RSF,
        actor2=CIV + ["villagers", "livestock", "grain stores"],
        location=UMM_GURFA,
        date=D("2026-09-19"),
        source=["residents"] + ERR,
    ),
    # the army's announcement -> core Government regains territory, "announced on Monday" with no date of its own
    # -> Sunday or Monday; the RSF's "withdrawn" -> a non-core copy of the same change
    E(
        True,
        "they had regained control of the town of Kazgil, south of El Obeid, after fierce battles with the militia",
        BAT,
        GOVREGAIN,
        actor1=SAF,
        actor2=RSF,
        location=KAZGIL,
        date=D("2026-09-20", "2026-09-21"),
        source=["Sudanese Armed Forces", "SAF", "army"],
    ),
    E(
        False,
        "their fighters had withdrawn from Kazgil “for tactical reasons” after inflicting heavy losses on the army",
        BAT,
        GOVREGAIN,
        actor1=SAF,
        actor2=RSF,
        location=KAZGIL,
        date=D("2026-09-20", "2026-09-21"),
        source=["Rapid Support Forces", "RSF", "Telegram"],
    ),
    E(
        True,
        "dozens of residents, most of them women, marched peacefully to the state government headquarters",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents", "women"],
        location=EL_OBEID,
        date=D("2026-09-23"),
        source=ERR,
    ),
    # "Since the beginning of last month" -> 1 August to publication
    E(
        False,
        "our volunteers have documented 31 drone strikes on El Obeid and the surrounding villages, killing at least 187 civilians",
        EXP,
        AIR,
        actor1=RSF,
        actor2=CIV,
        location=EL_OBEID,
        date=D("2026-08-01", "2026-09-24"),
        killed=R(187, None),
        source=ERR,
        aggregate=True,
    ),
    E(
        False,
        "a militia commander threatened to storm El Obeid “within days”",
        BAT,
        NSAOVER,
        actor1=RSF,
        actor2=SAF,
        location=EL_OBEID,
        source=["militia commander", "video"] + RSF,
        status="planned",
    ),
    # background, October 2025; "hundreds" -> 200..open (dev-i-13)
    E(
        False,
        "the militia overran El Fasher in October 2025",
        BAT,
        NSAOVER,
        actor1=RSF,
        actor2=SAF,
        location=L(["El Fasher", "Al-Fashir", "El-Fasher"], 13.63, 25.35, "SD"),
        date=D("2025-10-01", "2025-10-31"),
        source=ERR,
    ),
    E(
        False,
        "killed hundreds of civilians there while the world watched",
        VAC,
        ATTACK,
        actor1=RSF,
        actor2=CIV,
        location=L(["El Fasher", "Al-Fashir", "El-Fasher"], 13.63, 25.35, "SD"),
        date=D("2025-10-01", "2025-10-31"),
        killed=R(200, None),
        source=ERR,
        aggregate=True,
    ),
    # no gold: the volunteers' evacuations, the fuel shortage, "a prisoner of the siege" and "another El Fasher"
    # (metaphors), the closing appeal
]
DOCS.append(
    (
        "dev-j-16",
        "El Obeid Emergency Response Room (statement)",
        "2026-09-24",
        "outlier: a volunteer group's statement",
        "Sudan/North Kordofan: an RSF drone on El Obeid's livestock market (14+ dead, dozens hurt), shelling (5-7 "
        "hurt), abductions and looting in Umm Gurfa, the army retakes Kazgil (the RSF: a withdrawal), a women's "
        "march, a month's strikes, a threat to storm the city, El Fasher as background, metaphors",
        T16,
        E16,
    )
)
WEEKDAYS += [
    ("dev-j-16", "24 September 2026", "2026-09-24", "Thursday"),
    ("dev-j-16", "on Tuesday / Tuesday night", "2026-09-22", "Tuesday"),
    ("dev-j-16", "On Wednesday morning / afternoon", "2026-09-23", "Wednesday"),
    ("dev-j-16", "Last Saturday", "2026-09-19", "Saturday"),
    ("dev-j-16", "on Monday", "2026-09-21", "Monday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_j", check_j, strip_text=True)


if __name__ == "__main__":
    main()
