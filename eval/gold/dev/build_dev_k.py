"""Writes dev_k.gold.jsonl: sixteen development articles from theatres that dev_j does not cover - Iraq
(Kirkuk and the Bai Hassan field, Tuz Khurmatu in Salahuddin, Bartella and Bakhdida on the Nineveh plains,
the Basra protests in Basra, Zubair and Qurna), Syria (the Homs desert near al-Sukhnah and Palmyra, the Hama
countryside and the al-Ghab plain, the Latakia coast at Jableh and al-Haffah, Quneitra near the Golan, al-Hol
camp in Hasakah), Lebanon (Baalbek, Brital, Hermel and Chtaura in the Bekaa; Tripoli), Israel/Palestine
(Jenin, Qabatiya, Tulkarm and Nur Shams, Rafah, Kiryat Shmona and Metula), Yemen (Marib, Taiz, Hodeidah and
Ras Isa, Saada's border districts), Iran (Kurdistan province: Baneh, Marivan, Sanandaj, Saqqez), the
Jordan-Syria border (Ruwaished, Ramtha) and the Turkey/northern Iraq border (Amedi in Duhok, Cukurca in
Hakkari) - published 2025-2026, written for this project in our own words, with hand-made gold events in the
format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

The set gives a fresh, honest measurement on: partisan wording from several sides (an Alawite-community
outlet's "HTS militias" and "de facto authority", a Hamas-aligned outlet's "Zionist occupation" and "the
occupation's guard", a Houthi outlet's "Zionist enemy", "Saudi enemy" and "mercenaries of the aggression", a
pro-PKK outlet's "occupation army"), official voices (a Syrian Interior Ministry statement, a Jordanian army
statement), a monitor's field report, a rights group's weekly report, a UN/NGO flash update, a live blog, a
weekly round-up, an analysis piece whose background must not be scored as news, and a local reporter's
first-person eyewitness piece; two versions of one event from two sources (tolls, targets, even types: an
execution of villagers against an exchange of fire with insurgents, a detention of suspects against an
abduction of shepherds, a clash with a "terrorist team" against villagers shot); uncertain perpetrators
("either Islamic State fighters ... or members of a smuggling gang", "by Hezbollah or by a Palestinian
faction", "whether ... Islamic State cells ... or a local smuggling network", the "remnants" or a rival
faction); citing chains ("SANA, citing the Homs governorate", "Tasnim ..., citing a statement by the IRGC's
... Base", a military source at the General Command); counts in every form ("three to five", "five to
eight", "at least four", "at least 31", "more than 100", "dozens", "a number of", "hundreds of thousands",
"killing or wounding at least four", "killing and wounding dozens", "21 kolbars killed or wounded", a toll
stated in the sentence after the event, "The drivers escaped unhurt", "None of our personnel were hurt",
"no one was physically hurt" beside four people treated for shock, tankers, cars and drones that are not
people); dates in every form ("last night", "yesterday evening", "Early this morning", "On Sunday night",
"two weeks ago", "Last month", "last week", "Last Friday", "two days earlier", "this month", "On 2 May",
"On Monday, 15 September", "17/09/2025", "14/4/2026", "24.06.2026", "25/1/2026", events with no date at all); several
events in one sentence; aggregates; protests that stay calm, protests met with force, riots and a crowd
that turns to stones; arrests, weapons seized, a drone shot down, a new base, demolitions and arson;
denials, unconfirmed reports (possible), threats (planned) and forecasts or conditionals (hypothetical);
metaphors ("a powder keg", "a fault line", "the thermometer of this city", "a slaughterhouse") and
background (2014, 2016, 2017, 2019, 2008-2014, March 2025) that must not be scored as news.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its
output, its source, its tests, its docs or the other dev and test sets (beyond dev_j's builder). Only these
four files were read: /work/shared/SPEC.md (sections 4 and 6 above all), /work/main/eval/gold/ANNOTATION.md,
/work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_j.py.

One voice per article: (1) Kirkuk and Tuz Khurmatu - a wire story: an IED on an oil convoy (no one hurt), an
attack on an army post ("either ... or"), a PMF drone strike the PMF denies, rockets on K1, arrests, a
workers' protest, 2017 as background; (2) Bartella - an analysis piece: a checkpoint shooting with two
versions of its circumstances, 2014/2016/2019 background, a march, a grenade, a forecast and a planned
hand-over; (3) Basra - a live blog: tyres burned in Zubair last night, a riot at the council, an unconfirmed
killing and its denial, 31+ detained, Qurna "two weeks ago", a planned sit-in; (4) the Homs desert - a
monitor's field report: a landmine under truffle hunters, an ambush on a convoy of hunters and escorts, the
state agency's lower toll, a clash near T3, a season's tally; (5) Hama - an Interior Ministry statement:
arrests, an ambush in al-Ghab, an undated IED dismantled, a cache seized, a denied execution, a pledge; (6)
Jableh and al-Haffah - an Alawite-community outlet against the ministry's version, a funeral dispersed, a
car bomb; (7) Kiryat Shmona and Quneitra - an Israeli news site: a rocket, an interception, return fire and
a strike in one sentence, a Hezbollah denial, a threat, an arrest raid that Syrian media call an abduction;
(8) al-Hol - a UN/NGO flash update: a killing, a guard post fired on, a security operation, a stone-throwing
protest, tallies, background; (9) the Bekaa - a Lebanese daily: a drone strike near Baalbek, a raid and
firefight in Brital, a clan battle, unconfirmed blasts near Hermel, farmers' road protest; (10) Tripoli - a
reporter's eyewitness night: a firefight on Syria Street, a grenade, arrests, a protest and a riot at a
bank, 2008-2014 background; (11) Jenin and Tulkarm - a Hamas-aligned outlet: two versions of a drone strike,
a clash, two versions of an IED, PA arrests and fire on protesters, a demolition and arson in one sentence;
(12) Hodeidah, Saada and Marib - a Houthi outlet: port raids, a drone "shot down" and a US denial, Saudi
shelling and a migrant shot, an undated repelled attack, a rally, threats; (13) Rafah, Taiz and Marib - a
weekly round-up; (14) Iranian Kurdistan - a rights group's weekly report: kolbars shot, the IRGC's clash
against PJAK's version, arrests, a vigil, a feared execution; (15) the Jordan-Syria border - an army
statement: a firefight with smugglers, a drug drone downed, arrests, tallies, a pledge; (16) Amedi and
Cukurca - a pro-PKK outlet: shelling, a drone strike and its denial, detentions, a new base, a protest and
detained journalists, the PKK's 2025 dissolution as background, a conditional threat. The incidents are
composite or invented, with invented names; the gold encodes what each TEXT says, including its slant,
hedges and sources, not what is true. Articles are 250-450 words (the brief's 250-600 words cut to
ANNOTATION.md's and goldkit's 450-word ceiling); check_k below adds a 250-word floor and the
2025-01-01..2026-11-30 window to goldkit's check_article.

Run:  python build_dev_k.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in
its text, word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and
number ranges, then writes the JSONL beside this file).

Conventions: those of build_dev_j.py (and through it dev_i to dev_c), kept unchanged: zero casualties ->
0..0; "None of our personnel were hurt" / "No one was hurt" -> killed and injured 0..0; "a number of"
2..open; "dozens" 24..open; "hundreds" 200..open; "more than N" N+1..open; "at least N" N..open; a count
that covers one side only -> N..open; one side's dead plus the other's "dozens" -> the open sum;
"neutralised"/"killed or wounded" -> casualties; victims who are not casualties (detainees, abductees,
missing people) -> no number fields; non-core copies of headline restatements; symmetric clashes; "near X" /
"north of X" -> X's coordinates; villages, districts, sea areas and places we cannot pin to ~10 km -> names
and country only; denied/planned/hypothetical/aggregate events are never core; "last night" / "overnight" /
"on Sunday night" -> both days; "said on Monday" with no date of its own -> that day or the day before;
uncertain perpetrators -> every alternative in actor1 plus unknown; a perpetrator a source blames without a
claim -> the blamed actor plus unknown; a forecast or a third party's conditional -> hypothetical, an actor's
own threat, even with a condition -> planned (no date when it would fall after publication); an item's own
subject reported as unconfirmed -> core, possible; a party's claim the writer cannot verify -> core, occurred,
sourced to the party; two versions of one event (different tolls, targets or types) -> one core event per
version; a detail a second source adds, not a rival account -> non-core copy; background recounted in
passing -> non-core; a wave of strikes at one place and time -> one event; one sentence, an attack or
abduction and a theft/destruction at one place -> the graver act core, the other a non-core copy; a cache
seized on its own -> Disrupted weapons use; a road blocked with burning tyres -> Riots/Violent
demonstration; a deployment or checkpoints "to separate" -> non-core Headquarters or base established;
"No IDF soldiers were injured" beside enemy dead -> injured 0..0 (dev-j-11). Added or made explicit here:
- Truffle hunters ambushed with their two armed escorts (ANNOTATION.md's own example): the text stresses the
  hunters (a convoy "of about 30 truffle hunters", seven of the eight dead civilians) -> Violence against
  civilians/Attack; the relatives' belief that missing hunters were taken -> a non-core possible Abduction.
- A protest that turns violent at the same place on the same day is one event: the stone-throwing or
  burning -> core Riots/Violent demonstration; the earlier calm gathering (Basra 13:20, al-Hol's women, the
  Jableh funeral march) -> a non-core Protests copy; the force's tear gas -> a non-core Protest with
  intervention copy. A group that breaks away to another street (Tripoli's bank) -> its own core riot beside
  the core peaceful protest in the square.
- Two accounts that differ only in circumstances, not in type, actors, toll, place or date (the brigade's
  "fired at the tyres" against the relatives' "shot at close range") -> the author's account is the core
  event and each party's account a non-core copy sourced to it.
- Four people "treated for shock" with "no one was physically hurt" -> injured 0..0 (shock is not a wound).
- Trucks parked across a road, with no fire or violence -> Protests/Peaceful protest (not a riot).
- A feud between two armed families with machine guns and RPGs -> Battles/Armed clash (identity militias).
- A state agency's arrest of an activist who is "taken to an unknown location" -> core Arrests; the
  Abduction/forced disappearance reading -> a non-core copy with the same evidence.
- "Two weeks ago" -> the day fourteen days before publication, plus or minus three days; "last week" -> the
  previous Monday to Sunday; "this month" -> the 1st to publication; "In the afternoon" after a dawn attack
  whose day is given only in the previous paragraph -> that day or the next.
- "Near X" / "north of X" -> X's coordinates (ANNOTATION.md) when the named spot lies within ~15 km of X (a
  village, a camp, a base on the outskirts); a named district, field or station that lies 25 km or more
  from X ("the Sirwah district, west of Marib", "the T3 pumping station, east of Palmyra", "the Bai Hassan
  oil field, west of Kirkuk") -> its names and country only, never X's coordinates.
- A curfew, talks to be held, a committee formed, a repatriation convoy and recovered bodies are not ACLED
  events -> no gold (said in the comments).
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


# goldkit's check_article plus this set's 250-word floor and 2025-01-01..2026-11-30 window.
check_k = windowed_check("2025-01-01", "2026-11-30", min_words=250)


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three
# letters are left out on purpose: the scorer matches by case-insensitive containment either way. Each
# list holds the canonical name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities, camps and bases we can pin to ~0.05 degrees from our own knowledge;
# villages, districts, border sectors and stations get names and a country only.
IQARMY = ["Iraqi army", "Iraqi security forces", "Iraqi forces", "Military Forces of Iraq", "security forces"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
SYGOV = [
    "Syrian government",
    "government forces",
    "Syrian army",
    "General Security",
    "General Security forces",
    "Interior Ministry",
    "Ministry of Interior",
    "security forces",
    "Damascus",
    "Military Forces of Syria",
    "Police Forces of Syria",
]
REMNANTS = [
    "remnants of the former regime",
    "remnants of the defunct regime",
    "remnants",
    "former regime loyalists",
    "Assad loyalists",
    "insurgents",
]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces"]
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
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces"]
YEMGOV = [
    "Yemeni government",
    "government forces",
    "Yemeni army",
    "army",
    "Military Forces of Yemen",
    "internationally recognised government",
]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["Kurdistan Workers' Party", "Kurdistan Workers’ Party", "PKK", "guerrillas", "guerrilla forces", "HPG"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-k-01  wire service — Iraq: Bai Hassan (Kirkuk), Yengija (Tuz Khurmatu, Salahuddin), K1 base, Hawija, Kirkuk city (Tue 18 Mar 2025)
# =============================================================================
T01 = """Roadside bomb sets Kirkuk oil tankers ablaze; two soldiers killed near Tuz Khurmatu

KIRKUK, Iraq, March 18 (Mesopotamia News Wire) - A roadside bomb exploded beside a convoy of tanker trucks carrying crude from the Bai Hassan oil field, west of Kirkuk, on Monday morning, setting two of the tankers on fire, police said. The drivers escaped unhurt, according to Brigadier Kamal Aziz, a spokesman for Kirkuk police.

Late on Monday, militants attacked an Iraqi army post near the Turkmen village of Yengija, north of Tuz Khurmatu in Salahuddin province, killing two soldiers. The army said its troops returned fire and killed three to five of the attackers, whose bodies were carried away by their comrades.

An officer of the Salahuddin Operations Command, speaking on condition of anonymity, said the attackers were either Islamic State fighters who hide in the Hamrin mountains or members of a smuggling gang that had clashed with the post before. Local Turkmen media reported that a drone of the Popular Mobilisation Forces (PMF) struck the attackers' vehicles as they withdrew; the PMF denied having any aircraft in the area.

On Sunday night, two rockets landed inside the K1 military base north-west of Kirkuk. Three soldiers were wounded, a medical source at Kirkuk General Hospital said. Nobody has claimed the attack on the base.

Kirkuk police said on Tuesday they had arrested four men suspected of planting the bomb in a raid on a house in the Hawija district, and had seized a remote detonator.

In the city itself, several hundred contract workers of the state-run North Oil Company protested outside its headquarters on Sunday, demanding permanent jobs. Riot police stood by, and the protest ended without incident.

Kirkuk, which Baghdad and the Kurdistan Regional Government both claim, has been under federal control since October 2017, when Iraqi forces retook the city from Kurdish peshmerga fighters after an independence referendum. Officials often describe the province as a powder keg, and the Hamrin range as a highway for militants moving between Kirkuk, Salahuddin and Diyala.

The Oil Ministry said exports were not affected by Monday's attack.
"""

IQ01 = IQARMY + ["army", "its troops", "soldiers", "Iraqi army post", "army post", "post", "Salahuddin Operations Command"]
MIL01 = UNK + ISIS + [
    "militants",
    "attackers",
    "Islamic State fighters",
    "smuggling gang",
    "members of a smuggling gang",
    "smugglers",
]
POL01 = ["Kirkuk police", "police", "Police Forces of Iraq", "Iraqi police"]
CONVOY01 = CIV + ["convoy", "convoy of tanker trucks", "tanker trucks", "tankers", "drivers", "oil convoy"]
# the Bai Hassan field lies some 25-30 km from the city: a named place "west of Kirkuk" that far out -> names only
BAI_HASSAN = L(["Bai Hassan", "Bai Hassan oil field", "west of Kirkuk", "Kirkuk"], cc="IQ")
YENGIJA = L(["Yengija", "Yengeja", "Tuz Khurmatu", "Tuz Khurmato", "Tuz", "north of Tuz Khurmatu", "Salahuddin"],
            34.88, 44.63, "IQ")
K1 = L(["K1", "K-1", "K1 military base", "K1 base", "north-west of Kirkuk", "Kirkuk"], 35.47, 44.39, "IQ")
HAWIJA = L(["Hawija", "al-Hawija", "Hawija district"], 35.32, 43.76, "IQ")
KIRKUK = L(["Kirkuk", "Kirkuk city", "North Oil Company", "headquarters"], 35.47, 44.39, "IQ")
MNW = ["Mesopotamia News Wire", "author"]
MON01 = D("2025-03-17")
LATEMON01 = D("2025-03-17", "2025-03-18")
E01 = [
    # vehicles are not casualties; "The drivers escaped unhurt" -> killed and injured 0..0 ("none hurt"); the
    # field is named and lies far from the city -> names only; no one blamed -> unknown
    E(
        True,
        "A roadside bomb exploded beside a convoy of tanker trucks carrying crude from the Bai Hassan oil field, west of Kirkuk, on Monday morning, setting two of the tankers on fire",
        EXP,
        IED,
        actor1=UNK,
        actor2=CONVOY01,
        location=BAI_HASSAN,
        date=MON01,
        killed=R(0),
        injured=R(0),
        source=POL01 + ["Kamal Aziz", "Brigadier Kamal Aziz", "spokesman for Kirkuk police"] + MNW,
    ),
    E(
        False,
        "Roadside bomb sets Kirkuk oil tankers ablaze",
        EXP,
        IED,
        actor1=UNK,
        actor2=CONVOY01,
        location=BAI_HASSAN,
        date=MON01,
        source=MNW,
    ),
    # an attack on an army post that returned fire -> Armed clash, symmetric; "Late on Monday" -> Monday or into
    # Tuesday; two soldiers plus "three to five" attackers (next sentence) -> killed 5..7; the officer's
    # "either ... or" -> both alternatives plus unknown; "north of Tuz Khurmatu" -> Tuz's coordinates
    E(
        True,
        "militants attacked an Iraqi army post near the Turkmen village of Yengija, north of Tuz Khurmatu in Salahuddin province, killing two soldiers",
        BAT,
        CLASH,
        actor1=MIL01 + IQ01,
        actor2=IQ01 + MIL01,
        location=YENGIJA,
        date=LATEMON01,
        killed=R(5, 7),
        source=["army", "Iraqi army"] + MNW,
    ),
    E(
        False,
        "two soldiers killed near Tuz Khurmatu",
        BAT,
        CLASH,
        actor1=MIL01 + IQ01,
        actor2=IQ01 + MIL01,
        location=YENGIJA,
        date=LATEMON01,
        killed=R(2, None),
        source=MNW,
    ),
    E(
        False,
        "its troops returned fire and killed three to five of the attackers",
        BAT,
        CLASH,
        actor1=IQ01 + MIL01,
        actor2=MIL01 + IQ01,
        location=YENGIJA,
        date=LATEMON01,
        killed=R(3, None),
        source=["army", "Iraqi army"],
    ),
    E(
        False,
        "the attackers were either Islamic State fighters who hide in the Hamrin mountains or members of a smuggling gang",
        BAT,
        CLASH,
        actor1=MIL01 + IQ01,
        actor2=IQ01 + MIL01,
        location=YENGIJA,
        date=LATEMON01,
        source=["Salahuddin Operations Command", "officer"],
    ),
    # media's report of a strike the PMF denies -> core, occurred, sourced to the media; the denial non-core;
    # the target named only through context ("the attackers' vehicles")
    E(
        True,
        "a drone of the Popular Mobilisation Forces (PMF) struck the attackers' vehicles as they withdrew",
        EXP,
        AIR,
        actor1=PMF + ["drone"],
        actor2=MIL01 + ["vehicles", "attackers' vehicles"],
        location=YENGIJA,
        date=LATEMON01,
        source=["Local Turkmen media", "Turkmen media", "media"],
    ),
    E(
        False,
        "the PMF denied having any aircraft in the area",
        EXP,
        AIR,
        actor1=PMF,
        actor2=MIL01,
        location=YENGIJA,
        date=LATEMON01,
        source=PMF,
        status="denied",
    ),
    # the toll comes in the next sentence; "On Sunday night" -> Sunday or into Monday; "north-west of Kirkuk" ->
    # Kirkuk's coordinates
    E(
        True,
        "two rockets landed inside the K1 military base north-west of Kirkuk",
        EXP,
        SHELL,
        actor1=UNK,
        actor2=IQ01 + ["K1 military base", "base", "K1 base"],
        location=K1,
        date=D("2025-03-16", "2025-03-17"),
        injured=R(3),
        source=["medical source", "Kirkuk General Hospital"] + MNW,
    ),
    # "said on Tuesday" with no date of its own -> Monday (the bomb day) or Tuesday; the detonator belongs to the arrest
    E(
        True,
        "they had arrested four men suspected of planting the bomb in a raid on a house in the Hawija district",
        STR,
        ARRESTS,
        actor1=POL01,
        actor2=["four men", "men", "suspects"] + MIL01,
        location=HAWIJA,
        date=LATEMON01,
        source=POL01 + MNW,
    ),
    # riot police "stood by" -> no intervention
    E(
        True,
        "several hundred contract workers of the state-run North Oil Company protested outside its headquarters on Sunday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["contract workers", "workers", "North Oil Company workers"],
        location=KIRKUK,
        date=D("2025-03-16"),
        source=MNW,
    ),
    E(
        False,
        "Iraqi forces retook the city from Kurdish peshmerga fighters after an independence referendum",
        BAT,
        GOVREGAIN,
        actor1=IQARMY,
        actor2=["Peshmerga", "Kurdish peshmerga fighters", "Kurdistan Regional Government", "KRG"],
        location=KIRKUK,
        date=D("2017-10-01", "2017-10-31"),
        source=MNW,
    ),
    # no gold: "a powder keg", "a highway for militants" (metaphors), "Nobody has claimed the attack on the base",
    # the riot police standing by, the exports, the bodies carried away (inside the clash)
]
DOCS.append(
    (
        "dev-k-01",
        "Mesopotamia News Wire",
        "2025-03-18",
        "wire service",
        "Iraq/Kirkuk and Salahuddin: an IED on an oil convoy (tankers burned, drivers unhurt), an army post attacked "
        "near Yengija (2 soldiers and 3-5 attackers dead, 'either IS or smugglers'), a PMF drone strike and its "
        "denial, rockets on K1 (toll in the next sentence), arrests in Hawija, a workers' protest, 2017 background",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-k-01", "March 18", "2025-03-18", "Tuesday"),
    ("dev-k-01", "on Monday morning / Late on Monday", "2025-03-17", "Monday"),
    ("dev-k-01", "On Sunday night / on Sunday", "2025-03-16", "Sunday"),
]

# =============================================================================
# dev-k-02  analysis piece — Iraq/Nineveh plains: Bartella, Bakhdida (Qaraqosh) (Thu 12 Jun 2025)
# =============================================================================
T02 = """Analysis: On the Nineveh plains, a checkpoint shooting reopens old wounds

BARTELLA, Iraq, June 12 (The Levant Ledger) - The shooting happened just after sunset on Saturday. A car carrying three young Christian men from Bakhdida was flagged down at a checkpoint run by the 30th Brigade of the Popular Mobilisation Forces on the edge of Bartella, and within minutes one of them, 24-year-old Fadi Youkhana, was dead and another wounded.

The brigade said in a statement that the driver had ignored repeated orders to stop and that its men fired at the tyres. Relatives say the car had already stopped and that the men were shot at close range. Neither version can be checked: the brigade has not released any footage, and the Nineveh police say their investigation is continuing.

For the Christians of the Nineveh plains, the killing touched a nerve that has never healed. Islamic State fighters overran Bakhdida, also known as Qaraqosh, and Bartella in August 2014, and tens of thousands of Christians fled to Erbil. When Iraqi forces and allied militias retook the towns in October 2016, many returned to find their churches burned.

Since then the 30th Brigade, drawn largely from the Shabak minority, has controlled Bartella and the main road to Mosul, while the Christian Babylon Brigade and the Nineveh Plain Protection Units hold positions around Bakhdida. In 2019 protests erupted in Bartella after the government ordered the 30th Brigade to leave its checkpoints; the order was never carried out.

On Monday, about 2,000 people marched from the Church of Mar Shmoni in Bartella to the district office, carrying pictures of Youkhana and demanding that the brigade hand over the men who fired. Late that evening, unknown assailants threw a grenade at an empty 30th Brigade guard post on the Bartella-Bakhdida road, damaging a concrete barrier. No one was hurt, the brigade said, blaming "parties seeking sedition".

Community leaders fear worse. A priest in Bakhdida, who asked not to be named, said that if the brigade does not surrender the men, young people "may take matters into their own hands". The Nineveh governor said on Tuesday that he had formed a committee to investigate and that a federal police unit would take over the Bartella checkpoint next month.

"We have been living on a fault line for ten years," said Rita Matti, a teacher in Bakhdida. "Every spark reminds us how thin the ground is."
"""

BR30 = PMF + [
    "30th Brigade",
    "Brigade 30",
    "30th Brigade of the Popular Mobilisation Forces",
    "brigade",
    "Shabak",
    "its men",
    "checkpoint",
    "guard post",
    "30th Brigade guard post",
]
CHR02 = CIV + ["three young Christian men", "Christian men", "Christians", "Fadi Youkhana", "Youkhana", "car",
               "driver", "young men"]
BARTELLA = L(["Bartella", "Bartilla", "Bartella checkpoint", "edge of Bartella", "Bartella-Bakhdida road",
              "Nineveh plains", "Nineveh Plain"], 36.35, 43.38, "IQ")
BAKHDIDA = L(["Bakhdida", "Qaraqosh", "Baghdeda", "Hamdaniya", "al-Hamdaniya"], 36.27, 43.38, "IQ")
TLL = ["The Levant Ledger", "Levant Ledger", "author"]
SAT02 = D("2025-06-07")
E02 = [
    # the author's account (the lead) is the core event; the brigade's and the relatives' accounts differ only in
    # the circumstances (not type, actors, toll, place or date) -> non-core copies sourced to each
    E(
        True,
        "was flagged down at a checkpoint run by the 30th Brigade of the Popular Mobilisation Forces on the edge of Bartella, and within minutes one of them, 24-year-old Fadi Youkhana, was dead and another wounded",
        VAC,
        ATTACK,
        actor1=BR30,
        actor2=CHR02,
        location=BARTELLA,
        date=SAT02,
        killed=R(1),
        injured=R(1),
        source=TLL,
    ),
    E(
        False,
        "The shooting happened just after sunset on Saturday",
        VAC,
        ATTACK,
        actor1=BR30,
        actor2=CHR02,
        location=BARTELLA,
        date=SAT02,
        source=TLL,
    ),
    E(
        False,
        "a checkpoint shooting reopens old wounds",
        VAC,
        ATTACK,
        actor1=BR30,
        actor2=CHR02,
        location=BARTELLA,
        date=SAT02,
        source=TLL,
    ),
    E(
        False,
        "the driver had ignored repeated orders to stop and that its men fired at the tyres",
        VAC,
        ATTACK,
        actor1=BR30,
        actor2=CHR02,
        location=BARTELLA,
        date=SAT02,
        source=["30th Brigade", "brigade", "statement"],
    ),
    E(
        False,
        "the men were shot at close range",
        VAC,
        ATTACK,
        actor1=BR30,
        actor2=CHR02,
        location=BARTELLA,
        date=SAT02,
        source=["Relatives", "relatives"],
    ),
    # background: 2014, 2016 (and the churches found burned between them), 2019 -> non-core
    E(
        False,
        "Islamic State fighters overran Bakhdida, also known as Qaraqosh, and Bartella in August 2014",
        BAT,
        NSAOVER,
        actor1=ISIS + ["Islamic State fighters"],
        location=BAKHDIDA,
        date=D("2014-08-01", "2014-08-31"),
        source=TLL,
    ),
    E(
        False,
        "Iraqi forces and allied militias retook the towns in October 2016",
        BAT,
        GOVREGAIN,
        actor1=IQARMY + PMF + ["allied militias"],
        actor2=ISIS,
        location=BAKHDIDA,
        date=D("2016-10-01", "2016-10-31"),
        source=TLL,
    ),
    E(
        False,
        "many returned to find their churches burned",
        STR,
        LOOT,
        actor1=ISIS + UNK,
        actor2=["churches", "Christians"] + CIV,
        location=BAKHDIDA,
        date=D("2014-08-01", "2016-10-31"),
        source=TLL,
    ),
    E(
        False,
        "In 2019 protests erupted in Bartella after the government ordered the 30th Brigade to leave its checkpoints",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=BARTELLA,
        date=D("2019-01-01", "2019-12-31"),
        source=TLL,
    ),
    E(
        True,
        "about 2,000 people marched from the Church of Mar Shmoni in Bartella to the district office",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["people", "about 2,000 people", "Christians"],
        location=BARTELLA,
        date=D("2025-06-09"),
        source=TLL,
    ),
    # "Late that evening" (Monday) -> Monday or into Tuesday; "No one was hurt" -> 0..0; the brigade blames
    # unnamed "parties" -> unknown; "road between X and Y" -> X's coordinates
    E(
        True,
        "unknown assailants threw a grenade at an empty 30th Brigade guard post on the Bartella-Bakhdida road, damaging a concrete barrier",
        EXP,
        GRENADE,
        actor1=UNK + ["unknown assailants", "assailants", "parties seeking sedition"],
        actor2=BR30,
        location=BARTELLA,
        date=D("2025-06-09", "2025-06-10"),
        killed=R(0),
        injured=R(0),
        source=["30th Brigade", "brigade"] + TLL,
    ),
    # a third party's conditional forecast -> hypothetical (as dev-j-04's "would explode")
    E(
        False,
        'young people "may take matters into their own hands"',
        RIOT,
        VIOLENT,
        actor1=["young people", "rioters"],
        actor2=BR30,
        location=BARTELLA,
        source=["priest", "priest in Bakhdida"],
        status="hypothetical",
    ),
    # a deployment the governor announces for next month -> planned, no date
    E(
        False,
        "a federal police unit would take over the Bartella checkpoint next month",
        STR,
        BASE,
        actor1=["federal police", "federal police unit", "Iraqi federal police", "Police Forces of Iraq"],
        location=BARTELLA,
        source=["Nineveh governor", "governor"],
        status="planned",
    ),
    # no gold: "touched a nerve", "a fault line", "Every spark" (metaphors), the flight to Erbil (displacement),
    # the positions held around Bakhdida (a standing presence), "the order was never carried out", the committee
]
DOCS.append(
    (
        "dev-k-02",
        "The Levant Ledger",
        "2025-06-12",
        "analysis piece: background and new incidents",
        "Iraq/Nineveh plains: a PMF checkpoint shooting in Bartella (1 dead, 1 hurt) with the brigade's and the "
        "relatives' accounts, 2014/2016/2019 background, a march, a grenade on a guard post (no one hurt), a "
        "priest's forecast, a planned police take-over, metaphors",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-k-02", "June 12", "2025-06-12", "Thursday"),
    ("dev-k-02", "on Saturday", "2025-06-07", "Saturday"),
    ("dev-k-02", "On Monday / Late that evening", "2025-06-09", "Monday"),
    ("dev-k-02", "on Tuesday", "2025-06-10", "Tuesday"),
]

# =============================================================================
# dev-k-03  live blog — Iraq/Basra: Zubair, central Basra, Qurna (Sun 20 Jul 2025)
# =============================================================================
T03 = """LIVE: Basra protests over power cuts - stones and tear gas at the provincial council

Basra Live | Southern Iraq protests - live updates | Sunday 20 July 2025

09:05 - Good morning. Temperatures in Basra are forecast to reach 51C today, and most districts are getting four hours of state electricity or less. Organisers have called for a "day of rage" in front of the provincial council building this afternoon.

09:40 - A quick recap of last night: in Zubair, south-west of Basra city, young men set fire to tyres and blocked the main road to the Rumaila oil field, according to residents. Police dispersed them before midnight.

10:30 - The Basra Health Directorate says 14 members of the security forces and protesters were treated for tear gas inhalation and bruises after clashes outside the Zubair police station on Friday. Its spokesman, Dr Haidar al-Ibrahimi, says none of the injuries is serious.

11:15 - Interior Ministry spokesman Brigadier General Ali Kareem Jassim tells reporters that security forces "will not allow the burning of public property" and will arrest anyone who attacks state buildings.

13:20 - Several thousand people have now gathered outside the provincial council building in central Basra, chanting "No electricity, no water, no dignity". The crowd is calm so far.

14:45 - Posts on social media say security forces shot dead a protester near the Basra Oil Company headquarters. We are trying to confirm this. The Basra police command denies that its men opened fire on anyone today.

15:10 - It has turned ugly. Some protesters hurled stones and petrol bombs at the council gate and set a guard cabin on fire; riot police responded with tear gas and water cannon. Dr al-Ibrahimi says 23 people have been injured, nine of them policemen.

17:05 - Security forces have detained at least 31 people in central Basra since this afternoon, a police source tells us. A human rights lawyer, Zainab Kadhim, says some of the detainees are minors.

18:00 - Some context: two weeks ago, protesters in Qurna, north of Basra, stormed a power substation and briefly shut it down. That protest ended after the electricity minister promised extra supply for the district.

18:40 - The Iraqi Communist Party and several civil society groups say they will hold a sit-in outside the Basra Oil Company on Tuesday if the detainees are not released. We are closing the blog for today.
"""

SEC03 = IQARMY + [
    "police",
    "riot police",
    "Basra police",
    "Basra police command",
    "its men",
    "policemen",
    "Police Forces of Iraq",
    "Iraqi police",
]
PROT03 = PROTESTERS + ["young men", "rioters", "people", "protester"]
BASRA = L(["Basra", "central Basra", "Basra city", "provincial council building", "provincial council",
           "council gate", "Basra Oil Company headquarters", "Basra Oil Company"], 30.51, 47.81, "IQ")
ZUBAIR = L(["Zubair", "al-Zubair", "Zubayr", "Zubair police station", "south-west of Basra city",
            "road to the Rumaila oil field", "Rumaila"], 30.39, 47.70, "IQ")
QURNA = L(["Qurna", "al-Qurna", "al-Qurnah", "power substation"], 31.02, 47.43, "IQ")
BL = ["Basra Live", "author"]
HEALTH03 = ["Basra Health Directorate", "Health Directorate", "Haidar al-Ibrahimi", "al-Ibrahimi", "spokesman"]
SUN03 = D("2025-07-20")
E03 = [
    # an organisers' call for a protest later the same day -> planned; dated, since the day is not after publication
    E(
        False,
        'Organisers have called for a "day of rage" in front of the provincial council building this afternoon',
        PRO,
        PEACEFUL,
        actor1=PROT03 + ["Organisers"],
        location=BASRA,
        date=SUN03,
        source=BL,
        status="planned",
    ),
    # tyres burned and a road blocked -> Riots/Violent demonstration (dev-j-04); "last night" -> both days; the
    # police dispersal is part of it
    E(
        True,
        "in Zubair, south-west of Basra city, young men set fire to tyres and blocked the main road to the Rumaila oil field",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(PROT03 + SEC03),
        location=ZUBAIR,
        date=D("2025-07-19", "2025-07-20"),
        source=["residents"] + BL,
    ),
    # "clashes" between protesters and police, both sides hurt -> Riots/Violent demonstration; 14 treated -> injured 14
    E(
        True,
        "14 members of the security forces and protesters were treated for tear gas inhalation and bruises after clashes outside the Zubair police station on Friday",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(PROT03 + SEC03),
        location=ZUBAIR,
        date=D("2025-07-18"),
        injured=R(14),
        source=HEALTH03,
    ),
    # a warning by the force that would act -> planned, no date
    E(
        False,
        "will arrest anyone who attacks state buildings",
        STR,
        ARRESTS,
        actor1=SEC03 + ["Interior Ministry"],
        actor2=PROT03,
        location=BASRA,
        source=["Interior Ministry", "Ali Kareem Jassim", "Brigadier General Ali Kareem Jassim"],
        status="planned",
    ),
    # the same demonstration as 15:10's riot, at its calm stage: one event per place and day -> the riot is core,
    # this gathering a non-core Protests copy
    E(
        False,
        "Several thousand people have now gathered outside the provincial council building in central Basra",
        PRO,
        PEACEFUL,
        actor1=PROT03 + ["several thousand people"],
        location=BASRA,
        date=SUN03,
        source=BL,
    ),
    # the entry's own subject, unconfirmed -> core, possible; the police command's denial -> non-core denied
    E(
        True,
        "security forces shot dead a protester near the Basra Oil Company headquarters",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(SEC03 + PROT03),
        location=BASRA,
        date=SUN03,
        killed=R(1),
        source=["Posts on social media", "social media"],
        status="possible",
    ),
    E(
        False,
        "The Basra police command denies that its men opened fire on anyone today",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(SEC03 + PROT03),
        location=BASRA,
        date=SUN03,
        source=["Basra police command", "Basra police", "police command"],
        status="denied",
    ),
    # the toll comes in the next sentence (23, policemen included); the tear gas -> a non-core intervention copy
    E(
        True,
        "Some protesters hurled stones and petrol bombs at the council gate and set a guard cabin on fire",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(PROT03 + SEC03),
        location=BASRA,
        date=SUN03,
        injured=R(23),
        source=HEALTH03 + BL,
    ),
    E(
        False,
        "riot police responded with tear gas and water cannon",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(SEC03 + PROT03),
        location=BASRA,
        date=SUN03,
        injured=R(23),
        source=BL,
    ),
    # detainees are not casualties -> no numbers
    E(
        True,
        "Security forces have detained at least 31 people in central Basra since this afternoon",
        STR,
        ARRESTS,
        actor1=SEC03,
        actor2=PROT03 + ["detainees", "minors"],
        location=BASRA,
        date=SUN03,
        source=["police source"] + BL,
    ),
    # background flagged "Some context" -> non-core; "two weeks ago" -> 6 July plus or minus three days
    E(
        False,
        "two weeks ago, protesters in Qurna, north of Basra, stormed a power substation and briefly shut it down",
        RIOT,
        VIOLENT,
        actor1=PROT03,
        actor2=["power substation", "substation", "Ministry of Electricity"],
        location=QURNA,
        date=D("2025-07-03", "2025-07-09"),
        source=BL,
    ),
    # a conditional announcement by the would-be protesters -> planned, no date (Tuesday is after publication)
    E(
        False,
        "they will hold a sit-in outside the Basra Oil Company on Tuesday if the detainees are not released",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Iraqi Communist Party", "civil society groups"],
        location=BASRA,
        source=["Iraqi Communist Party", "civil society groups"],
        status="planned",
    ),
    # no gold: the heat and the power cuts, "The crowd is calm so far" (inside the 13:20 copy), the lawyer's remark,
    # the minister's promise (no act)
]
DOCS.append(
    (
        "dev-k-03",
        "Basra Live",
        "2025-07-20",
        "live blog",
        "Iraq/Basra: a call for a 'day of rage', tyres burned in Zubair last night, Friday's clashes (14 treated), a "
        "calm gathering that turns into a riot at the council (23 hurt), an unconfirmed killing and its denial, 31+ "
        "detained, Qurna 'two weeks ago' as context, a planned sit-in",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-k-03", "Sunday 20 July 2025", "2025-07-20", "Sunday"),
    ("dev-k-03", "last night (start)", "2025-07-19", "Saturday"),
    ("dev-k-03", "on Friday", "2025-07-18", "Friday"),
]

# =============================================================================
# dev-k-04  monitor's field report — Syria/Homs desert: al-Sukhnah, al-Bayarat (Palmyra), T3 station (Sat 7 Mar 2026)
# =============================================================================
T04 = """Truffle season turns deadly again in the Homs desert: landmine and attack kill eight near al-Sukhnah and Palmyra

Syrian Network for Desert Monitoring (SNDM) | Daily field report | 7 March 2026

Eight people, seven of them civilians, were killed in two separate incidents in the eastern Homs desert over the past three days, as the truffle-hunting season reaches its peak, SNDM's sources report.

On Thursday, 5 March, a landmine left over from the war exploded under a pickup truck carrying truffle hunters about 20 km north of al-Sukhnah. Four people, among them two brothers aged 13 and 15, were killed. Three others were wounded and taken to the hospital in Palmyra.

At dawn on Friday, gunmen on motorcycles ambushed a convoy of about 30 truffle hunters and the two General Security members escorting them in the al-Bayarat area, north-east of Palmyra. The attackers fired on the convoy for several minutes before fleeing east. Three hunters and one of the escorts were killed, and at least five hunters are missing; relatives believe they were taken by the attackers.

SNDM could not determine whether the attackers belonged to Islamic State cells, which remain active in the desert, or to a local smuggling network that controls the truffle trade routes.

The official news agency SANA, citing the Homs governorate, gave a lower toll, saying "outlaw groups" attacked "citizens collecting truffles" near Palmyra and killed two civilians and a member of the security forces.

In the afternoon, General Security forces clashed with a group of gunmen near the T3 pumping station, east of Palmyra, and killed two of them, the Ministry of Interior said. It did not say whether they were the men who attacked the convoy.

Since the season began in late January, SNDM has documented 41 people killed by landmines and attacks on truffle hunters in the Syrian desert, most of them in the Homs and Deir ez-Zor countryside.

SNDM calls on the authorities to clear the main truffle areas of mines and to secure the roads used by hunters. Families in al-Sukhnah told our researchers that they have no choice: "The truffles are the only harvest this desert gives us, and we pay for them in blood."
"""

GS04 = SYGOV + ["General Security members", "escorts", "two General Security members", "member of the security forces"]
HUNTERS04 = CIV + ["truffle hunters", "hunters", "convoy", "convoy of about 30 truffle hunters",
                   "citizens collecting truffles", "pickup truck", "brothers"]
ATT04 = UNK + ISIS + [
    "Islamic State cells",
    "gunmen",
    "gunmen on motorcycles",
    "attackers",
    "smuggling network",
    "local smuggling network",
    "outlaw groups",
]
SUKHNAH = L(["al-Sukhnah", "Sukhnah", "al-Sukhna", "Sukhna", "north of al-Sukhnah", "eastern Homs desert",
             "Homs desert"], 34.89, 38.87, "SY")
PALMYRA = L(["al-Bayarat", "Bayarat", "Palmyra", "Tadmur", "north-east of Palmyra", "near Palmyra"], 34.56, 38.27, "SY")
T3 = L(["T3 pumping station", "T3 station", "T3", "T-3", "east of Palmyra"], cc="SY")
SNDM = ["Syrian Network for Desert Monitoring", "SNDM", "SNDM's sources", "author"]
FRI04 = D("2026-03-06")
E04 = [
    # two incidents summed -> aggregate
    E(
        False,
        "Eight people, seven of them civilians, were killed in two separate incidents in the eastern Homs desert over the past three days",
        VAC,
        ATTACK,
        actor1=ATT04,
        actor2=HUNTERS04,
        location=L(["eastern Homs desert", "Homs desert", "Homs"], cc="SY"),
        date=D("2026-03-04", "2026-03-07"),
        killed=R(8),
        source=SNDM,
        aggregate=True,
    ),
    E(
        False,
        "landmine and attack kill eight near al-Sukhnah and Palmyra",
        VAC,
        ATTACK,
        actor1=ATT04,
        actor2=HUNTERS04,
        location=L(["al-Sukhnah", "Palmyra", "Homs desert"], cc="SY"),
        date=D("2026-03-04", "2026-03-07"),
        killed=R(8),
        source=SNDM,
        aggregate=True,
    ),
    # the toll comes in the two sentences after; "20 km north of al-Sukhnah" -> al-Sukhnah's coordinates; a mine
    # left over from the war has no known planter -> unknown
    E(
        True,
        "a landmine left over from the war exploded under a pickup truck carrying truffle hunters about 20 km north of al-Sukhnah",
        EXP,
        IED,
        actor1=UNK,
        actor2=HUNTERS04,
        location=SUKHNAH,
        date=D("2026-03-05"),
        killed=R(4),
        injured=R(3),
        source=SNDM,
    ),
    # hunters with two armed escorts: the text stresses the civilians (a convoy "of about 30 truffle hunters",
    # seven of the eight dead civilians) -> Violence against civilians/Attack (ANNOTATION.md's own example);
    # three hunters and an escort -> killed 4; the missing are not casualties; SNDM's "whether ... or" -> both
    # alternatives plus unknown; "north-east of Palmyra" -> Palmyra's coordinates
    E(
        True,
        "gunmen on motorcycles ambushed a convoy of about 30 truffle hunters and the two General Security members escorting them in the al-Bayarat area, north-east of Palmyra",
        VAC,
        ATTACK,
        actor1=ATT04,
        actor2=HUNTERS04 + GS04,
        location=PALMYRA,
        date=FRI04,
        killed=R(4),
        source=SNDM,
    ),
    E(
        False,
        "The attackers fired on the convoy for several minutes before fleeing east",
        VAC,
        ATTACK,
        actor1=ATT04,
        actor2=HUNTERS04,
        location=PALMYRA,
        date=FRI04,
        source=SNDM,
    ),
    # the missing hunters: part of the same attack (the killing is the graver act), and only the relatives'
    # belief -> non-core, possible
    E(
        False,
        "relatives believe they were taken by the attackers",
        VAC,
        ABDUCT,
        actor1=ATT04,
        actor2=HUNTERS04 + ["missing hunters"],
        location=PALMYRA,
        date=FRI04,
        source=["relatives"],
        status="possible",
    ),
    E(
        False,
        "whether the attackers belonged to Islamic State cells, which remain active in the desert, or to a local smuggling network that controls the truffle trade routes",
        VAC,
        ATTACK,
        actor1=ATT04,
        actor2=HUNTERS04,
        location=PALMYRA,
        date=FRI04,
        source=SNDM,
    ),
    # the state agency's rival toll (three dead, not four) -> a second core version, sourced to it; it dates the
    # attack only through the event it describes
    E(
        True,
        '"outlaw groups" attacked "citizens collecting truffles" near Palmyra and killed two civilians and a member of the security forces',
        VAC,
        ATTACK,
        actor1=ATT04,
        actor2=HUNTERS04 + GS04,
        location=PALMYRA,
        date=FRI04,
        killed=R(3),
        source=["SANA", "official news agency", "Homs governorate"],
    ),
    # "In the afternoon" after Friday's dawn attack -> Friday or Saturday; the gunmen's two dead cover one side ->
    # 2..open; the T3 station lies some 40 km out of Palmyra -> names only
    E(
        True,
        "General Security forces clashed with a group of gunmen near the T3 pumping station, east of Palmyra, and killed two of them",
        BAT,
        CLASH,
        actor1=GS04 + ATT04,
        actor2=ATT04 + GS04,
        location=T3,
        date=D("2026-03-06", "2026-03-07"),
        killed=R(2, None),
        source=["Ministry of Interior", "Interior Ministry"],
    ),
    # "late January" -> 21-31 January, to publication
    E(
        False,
        "SNDM has documented 41 people killed by landmines and attacks on truffle hunters in the Syrian desert",
        VAC,
        ATTACK,
        actor1=ATT04,
        actor2=HUNTERS04,
        location=L(["Syrian desert", "Homs", "Deir ez-Zor"], cc="SY"),
        date=D("2026-01-21", "2026-03-07"),
        killed=R(41),
        source=SNDM,
        aggregate=True,
    ),
    # no gold: the appeal to clear mines, "we pay for them in blood" (a metaphor), the taking to hospital, the
    # attackers' flight (inside the attack)
]
DOCS.append(
    (
        "dev-k-04",
        "Syrian Network for Desert Monitoring (field report)",
        "2026-03-07",
        "monitor's field report",
        "Syria/Homs desert: a landmine under truffle hunters near al-Sukhnah (4 dead, 3 hurt, toll in the next "
        "sentences), an ambush on a convoy of hunters and escorts near Palmyra (4 dead; SANA: 3), missing hunters, "
        "'whether IS or smugglers', a clash near T3, the season's tally, a metaphor",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-k-04", "7 March 2026", "2026-03-07", "Saturday"),
    ("dev-k-04", "On Thursday, 5 March", "2026-03-05", "Thursday"),
    ("dev-k-04", "At dawn on Friday", "2026-03-06", "Friday"),
]

# =============================================================================
# dev-k-05  ministry statement — Syria/Hama countryside: Suqaylabiyah, Tal Salhab (al-Ghab), Mhardeh, Kafr Nabudah, Taqsis (Wed 17 Sep 2025)
# =============================================================================
T05 = """Ministry of Interior: Hama countryside campaign nets 12 wanted persons; two members martyred in al-Ghab ambush

Syrian Arab Republic | Ministry of Interior | Media Office | Statement | Damascus, 17/09/2025

In continuation of the security campaign launched by the Ministry of Interior in the western and northern countryside of Hama to pursue remnants of the defunct regime and outlaw groups, our units achieved the following results:

1. On Monday, 15 September, units of the Internal Security Command in Hama province arrested 11 wanted persons in the town of Suqaylabiyah and its surrounding villages, among them individuals involved in crimes against civilians during the years of the revolution.

2. On the evening of Tuesday, 16 September, a patrol of the General Security came under attack by a group of remnants of the defunct regime near the village of Tal Salhab, in the al-Ghab plain. Two of our members were martyred and three were wounded. Our units pursued the attackers, killed one of them and arrested another, while the rest fled towards the coastal mountains.

3. Units of the Engineering Department dismantled an explosive device weighing about 15 kg that had been planted next to the Mhardeh power station, after a citizen reported a suspicious bag.

4. On Sunday, 14 September, a force of the Ministry raided a warehouse in the village of Kafr Nabudah and seized 40 rifles, two heavy machine guns and quantities of ammunition hidden by a cell linked to the remnants.

Since the start of the campaign on 1 September, a total of 63 wanted persons have been arrested in Hama province.

The Ministry categorically denies the rumours circulated by suspicious pages on social media that its units executed three young men from the village of Taqsis. The three men were arrested on 12 September on charges of kidnapping and are in good health in the custody of the judiciary.

The Ministry affirms that it will continue to strike with an iron fist anyone who tampers with the security of citizens, and calls on the people of Hama to cooperate with the security services and to report any suspicious activity.

Glory to our martyrs, and mercy to the souls of the righteous.
"""

SYGOV05 = SYGOV + [
    "Internal Security Command",
    "units of the Internal Security Command",
    "patrol of the General Security",
    "patrol",
    "our units",
    "our members",
    "Engineering Department",
    "force of the Ministry",
    "its units",
]
REM05 = REMNANTS + ["group of remnants of the defunct regime", "attackers", "outlaw groups", "cell",
                    "cell linked to the remnants"]
SUQAYLABIYAH = L(["Suqaylabiyah", "Suqaylabiya", "al-Suqaylabiyah", "Skeilbiyeh", "Hama province"], 35.37, 36.39, "SY")
TAL_SALHAB = L(["Tal Salhab", "Tell Salhab", "al-Ghab plain", "al-Ghab", "Ghab plain"], cc="SY")
MHARDEH = L(["Mhardeh", "Muhardah", "Mhardeh power station", "power station"], 35.25, 36.57, "SY")
KAFR_NABUDAH = L(["Kafr Nabudah", "Kafr Nabouda", "Kafr Nbudah"], cc="SY")
TAQSIS = L(["Taqsis", "Taqsees"], cc="SY")
HAMA = L(["Hama", "Hama province", "countryside of Hama", "Hama countryside"], 35.13, 36.75, "SY")
MOI05 = ["Ministry of Interior", "Syrian Ministry of Interior", "Interior Ministry", "Media Office", "Ministry",
         "author"]
E05 = [
    # the headline sums two arrests (11 plus the one taken in the pursuit) -> aggregate
    E(
        False,
        "Hama countryside campaign nets 12 wanted persons",
        STR,
        ARRESTS,
        actor1=SYGOV05,
        actor2=REM05 + ["wanted persons"],
        location=HAMA,
        date=D("2025-09-15", "2025-09-16"),
        source=MOI05,
        aggregate=True,
    ),
    E(
        False,
        "two members martyred in al-Ghab ambush",
        BAT,
        CLASH,
        actor1=REM05 + SYGOV05,
        actor2=SYGOV05 + REM05,
        location=TAL_SALHAB,
        date=D("2025-09-16"),
        killed=R(2, None),
        source=MOI05,
    ),
    E(
        True,
        "units of the Internal Security Command in Hama province arrested 11 wanted persons in the town of Suqaylabiyah and its surrounding villages",
        STR,
        ARRESTS,
        actor1=SYGOV05,
        actor2=REM05 + ["wanted persons", "11 wanted persons", "individuals"],
        location=SUQAYLABIYAH,
        date=D("2025-09-15"),
        source=MOI05,
    ),
    # an attack on a patrol that pursued and killed -> Armed clash, symmetric; two martyrs and three wounded (next
    # sentence) plus one attacker killed -> killed 3; the attackers' wounded not given -> injured 3..open
    E(
        True,
        "a patrol of the General Security came under attack by a group of remnants of the defunct regime near the village of Tal Salhab, in the al-Ghab plain",
        BAT,
        CLASH,
        actor1=REM05 + SYGOV05,
        actor2=SYGOV05 + REM05,
        location=TAL_SALHAB,
        date=D("2025-09-16"),
        killed=R(3),
        injured=R(3, None),
        source=MOI05,
    ),
    # the pursuit: a copy of the clash, and its arrest a non-core Arrests copy with the same evidence
    E(
        False,
        "Our units pursued the attackers, killed one of them and arrested another",
        BAT,
        CLASH,
        actor1=SYGOV05 + REM05,
        actor2=REM05 + SYGOV05,
        location=TAL_SALHAB,
        date=D("2025-09-16"),
        killed=R(1, None),
        source=MOI05,
    ),
    E(
        False,
        "Our units pursued the attackers, killed one of them and arrested another",
        STR,
        ARRESTS,
        actor1=SYGOV05,
        actor2=REM05,
        location=TAL_SALHAB,
        date=D("2025-09-16"),
        source=MOI05,
    ),
    # no date anywhere for item 3 (the statement gives no period) -> no date key
    E(
        True,
        "Units of the Engineering Department dismantled an explosive device weighing about 15 kg that had been planted next to the Mhardeh power station",
        STR,
        DISRUPT,
        actor1=SYGOV05,
        actor2=UNK + ["explosive device", "device"],
        location=MHARDEH,
        source=MOI05,
    ),
    # a cache seized on its own -> Disrupted weapons use (dev-j-01)
    E(
        True,
        "a force of the Ministry raided a warehouse in the village of Kafr Nabudah and seized 40 rifles, two heavy machine guns and quantities of ammunition",
        STR,
        DISRUPT,
        actor1=SYGOV05,
        actor2=REM05 + ["warehouse", "weapons", "rifles"],
        location=KAFR_NABUDAH,
        date=D("2025-09-14"),
        source=MOI05,
    ),
    E(
        False,
        "Since the start of the campaign on 1 September, a total of 63 wanted persons have been arrested in Hama province",
        STR,
        ARRESTS,
        actor1=SYGOV05,
        actor2=REM05 + ["wanted persons"],
        location=HAMA,
        date=D("2025-09-01", "2025-09-17"),
        source=MOI05,
        aggregate=True,
    ),
    # the rumour as the ministry states it, denied -> non-core denied, with the rumour's toll
    E(
        False,
        "its units executed three young men from the village of Taqsis",
        VAC,
        ATTACK,
        actor1=SYGOV05,
        actor2=CIV + ["three young men", "young men"],
        location=TAQSIS,
        killed=R(3),
        source=["Ministry of Interior", "Interior Ministry", "Ministry"],
        status="denied",
    ),
    # the ministry's own account of the men: an arrest on a stated date -> core
    E(
        True,
        "The three men were arrested on 12 September on charges of kidnapping",
        STR,
        ARRESTS,
        actor1=SYGOV05,
        actor2=CIV + ["three men", "three young men", "men"],
        location=TAQSIS,
        date=D("2025-09-12"),
        source=MOI05,
    ),
    E(
        False,
        "it will continue to strike with an iron fist anyone who tampers with the security of citizens",
        BAT,
        CLASH,
        actor1=SYGOV05,
        actor2=REM05,
        location=HAMA,
        source=MOI05,
        status="planned",
    ),
    # no gold: the campaign's launch (a framing, no dated act), the flight to the coastal mountains (inside the
    # clash), the citizen's report, the appeal, "Glory to our martyrs"
]
DOCS.append(
    (
        "dev-k-05",
        "Syrian Ministry of Interior (statement)",
        "2025-09-17",
        "ministry statement",
        "Syria/Hama countryside: arrests in Suqaylabiyah, an ambush near Tal Salhab (2 members and 1 attacker dead, "
        "3 wounded in the next sentence), an undated IED dismantled at Mhardeh, a cache seized, a campaign tally, a "
        "denied execution and the ministry's arrest version, a pledge",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-k-05", "17/09/2025", "2025-09-17", "Wednesday"),
    ("dev-k-05", "On Monday, 15 September", "2025-09-15", "Monday"),
    ("dev-k-05", "Tuesday, 16 September", "2025-09-16", "Tuesday"),
    ("dev-k-05", "On Sunday, 14 September", "2025-09-14", "Sunday"),
]

# =============================================================================
# dev-k-06  Alawite-community partisan outlet (anti-government) — Syria/Latakia coast: Ain al-Sharqiyah (Jableh), al-Haffah (Mon 12 Jan 2026)
# =============================================================================
T06 = """HTS militias storm village near Jableh and kill three young men; "authority" calls them insurgents

JABLEH, 12 January 2026 (Sahel Voice) - Gunmen of the factions that the Damascus authority calls "General Security", most of them former fighters of Hay'at Tahrir al-Sham (HTS), stormed the Alawite village of Ain al-Sharqiyah, south-east of Jableh, at dawn on Saturday and executed three young men in front of their families, villagers told Sahel Voice.

The militiamen also looted several homes and set fire to two cars belonging to the families before withdrawing, the villagers said.

The Ministry of Interior's version of events, published by the official news agency SANA, was different: it said a security force came under fire while pursuing "a cell of insurgents belonging to the remnants of the former regime" in the village, and killed three of them in an exchange of fire. No member of the force was hurt, the ministry said.

Sahel Voice has obtained photographs of the three bodies, which show gunshot wounds to the head. The families insist that none of their sons ever carried a weapon.

This is not the first crime of its kind. In March 2025, the militias of the new authority killed hundreds of Alawite civilians in massacres across Baniyas, Jableh and the Latakia countryside, according to human rights groups.

On Sunday, hundreds of residents of Jableh and nearby villages walked in the funeral procession of the three young men, chanting against sectarian killings. Members of the General Security fired into the air to disperse the crowd near the old bridge, and detained at least six mourners, according to local activists.

In al-Haffah, east of Latakia, an explosive device blew up a car belonging to a General Security officer on Friday night, lightly wounding him, local pages reported. The authority blamed the "remnants", but residents said it could equally have been the work of a rival faction inside the security services.

The so-called civil peace committee has announced that it will meet village elders next week. But without international protection, the coast will remain a slaughterhouse, and its people hostages to the whims of the jihadists.
"""

GS06 = SYGOV + [
    "Hay'at Tahrir al-Sham",
    "Hayat Tahrir al-Sham",
    "HTS",
    "HTS militias",
    "militias",
    "militiamen",
    "factions",
    "Damascus authority",
    "authority",
    "de facto authority",
    "security force",
    "Members of the General Security",
    "jihadists",
]
VICT06 = CIV + ["three young men", "young men", "Alawites", "Alawite civilians", "families", "villagers"]
REM06 = REMNANTS + ["cell of insurgents", "cell"]
JABLEH = L(["Ain al-Sharqiyah", "Ain Sharqiyah", "Jableh", "Jableh countryside", "south-east of Jableh", "old bridge"],
           35.36, 35.93, "SY")
HAFFAH = L(["al-Haffah", "Haffah", "al-Haffa", "Haffeh", "east of Latakia"], 35.60, 36.03, "SY")
SV = ["Sahel Voice", "author"]
SAT06 = D("2026-01-10")
E06 = [
    # the villagers' account: an execution of unarmed men -> Violence against civilians/Attack; "south-east of
    # Jableh" -> Jableh's coordinates; the loaded labels in actor1
    E(
        True,
        "stormed the Alawite village of Ain al-Sharqiyah, south-east of Jableh, at dawn on Saturday and executed three young men in front of their families",
        VAC,
        ATTACK,
        actor1=GS06,
        actor2=VICT06,
        location=JABLEH,
        date=SAT06,
        killed=R(3),
        source=["villagers"] + SV,
    ),
    E(
        False,
        "HTS militias storm village near Jableh and kill three young men",
        VAC,
        ATTACK,
        actor1=GS06,
        actor2=VICT06,
        location=JABLEH,
        date=SAT06,
        killed=R(3),
        source=SV,
    ),
    # looting and arson at the same place and time as the killing -> a non-core copy (the graver act is core)
    E(
        False,
        "The militiamen also looted several homes and set fire to two cars belonging to the families before withdrawing",
        STR,
        LOOT,
        actor1=GS06,
        actor2=VICT06 + ["homes", "cars"],
        location=JABLEH,
        date=SAT06,
        source=["villagers"] + SV,
    ),
    # the ministry's rival version (an exchange of fire with insurgents) -> a second core event of its own type,
    # sourced to it; three killed and "No member of the force was hurt" -> killed 3, injured 0..0 (as dev-j-11's
    # "No IDF soldiers were injured" beside the enemy dead; the insurgents' wounded are not stated)
    E(
        True,
        'a security force came under fire while pursuing "a cell of insurgents belonging to the remnants of the former regime" in the village, and killed three of them in an exchange of fire',
        BAT,
        CLASH,
        actor1=GS06 + REM06,
        actor2=REM06 + GS06,
        location=JABLEH,
        date=SAT06,
        killed=R(3),
        injured=R(0),
        source=["Ministry of Interior", "Interior Ministry", "SANA", "official news agency", "ministry"],
    ),
    E(
        False,
        '"authority" calls them insurgents',
        BAT,
        CLASH,
        actor1=GS06 + REM06,
        actor2=REM06 + GS06,
        location=JABLEH,
        date=SAT06,
        source=SV,
    ),
    # the families deny the ministry's version -> non-core denied
    E(
        False,
        "The families insist that none of their sons ever carried a weapon",
        BAT,
        CLASH,
        actor1=GS06,
        actor2=REM06 + VICT06,
        location=JABLEH,
        date=SAT06,
        source=["families"],
        status="denied",
    ),
    # background, many places -> aggregate; "hundreds" -> 200..open
    E(
        False,
        "In March 2025, the militias of the new authority killed hundreds of Alawite civilians in massacres across Baniyas, Jableh and the Latakia countryside",
        VAC,
        ATTACK,
        actor1=GS06,
        actor2=VICT06,
        location=L(["Latakia countryside", "Baniyas", "Jableh", "coast", "Syrian coast"], cc="SY"),
        date=D("2025-03-01", "2025-03-31"),
        killed=R(200, None),
        source=["human rights groups"] + SV,
        aggregate=True,
    ),
    # one funeral march, dispersed with shots in the air -> core Protest with intervention; the march itself a
    # non-core Protests copy, the detentions a non-core Arrests copy (dev-j-04's tear gas and detentions)
    E(
        False,
        "hundreds of residents of Jableh and nearby villages walked in the funeral procession of the three young men, chanting against sectarian killings",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents", "mourners", "funeral procession"],
        location=JABLEH,
        date=D("2026-01-11"),
        source=SV,
    ),
    E(
        True,
        "Members of the General Security fired into the air to disperse the crowd near the old bridge",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(GS06 + ["mourners", "residents"]),
        location=JABLEH,
        date=D("2026-01-11"),
        source=["local activists", "activists"] + SV,
    ),
    E(
        False,
        "detained at least six mourners",
        STR,
        ARRESTS,
        actor1=GS06,
        actor2=["mourners", "six mourners"] + PROTESTERS,
        location=JABLEH,
        date=D("2026-01-11"),
        source=["local activists", "activists"],
    ),
    # the authority blames the "remnants", residents a rival faction -> both plus unknown; "on Friday night" ->
    # Friday or into Saturday
    E(
        True,
        "an explosive device blew up a car belonging to a General Security officer on Friday night, lightly wounding him",
        EXP,
        IED,
        actor1=UNK + REMNANTS + ["rival faction", "rival faction inside the security services"],
        actor2=SYGOV + ["General Security officer", "officer", "car"],
        location=HAFFAH,
        date=D("2026-01-09", "2026-01-10"),
        injured=R(1),
        source=["local pages"] + SV,
    ),
    # no gold: the photographs, "This is not the first crime of its kind", the committee's planned meeting (talks, not
    # an agreement), "a slaughterhouse" and "hostages" (metaphors)
]
DOCS.append(
    (
        "dev-k-06",
        "Sahel Voice",
        "2026-01-12",
        "Alawite-community partisan outlet (hostile to Damascus)",
        "Syria/Latakia coast: an execution of three men near Jableh against the ministry's 'exchange of fire with "
        "insurgents' (two versions, two types), looting, the families' denial, March 2025 as background, a funeral "
        "march dispersed and mourners detained, a car bomb in al-Haffah with two suspects, metaphors",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-k-06", "12 January 2026", "2026-01-12", "Monday"),
    ("dev-k-06", "at dawn on Saturday", "2026-01-10", "Saturday"),
    ("dev-k-06", "On Sunday", "2026-01-11", "Sunday"),
    ("dev-k-06", "on Friday night", "2026-01-09", "Friday"),
]

# =============================================================================
# dev-k-07  Israeli news site — northern Israel: Kiryat Shmona, Metula; south Lebanon: Kfar Hamam, Yohmor; Syria: Jubata al-Khashab (Quneitra) (Fri 21 Nov 2025)
# =============================================================================
T07 = """Rocket hits lot beside Kiryat Shmona school; IDF strikes launch area, detains four in Quneitra

KIRYAT SHMONA, November 21 (Galilee Today) - A rocket fired from southern Lebanon struck an empty lot next to an elementary school in Kiryat Shmona on Thursday afternoon, shattering windows in the school and in nearby apartment buildings, the IDF and local officials said. Magen David Adom paramedics treated four people for shock; no one was physically hurt.

A second rocket was intercepted by the Iron Dome system over the Metula area, the military said.

It was the first rocket attack on the city since the ceasefire with Hezbollah took effect in November 2024. "Children were in class two hundred metres away," said deputy mayor Liat Ben-Haim. "We were lucky, and luck is not a policy."

The IDF said it was still examining whether the rocket had been launched by Hezbollah or by a Palestinian faction operating in southern Lebanon. Hezbollah denied any connection to the attack in a short statement on its Telegram channel.

Shortly after the attack, IDF artillery shelled the launch area near the village of Kfar Hamam, in the Arqoub region, and an Israeli Air Force aircraft struck what the army called "a Hezbollah weapons depot" near Yohmor. The Lebanese army said the shelling damaged two homes but caused no casualties.

Israel's defence minister warned that any further fire on the Galilee would be answered "in Dahiyeh".

Separately, the IDF said troops of the 210th Division operating in southern Syria detained four suspects in an overnight raid on the village of Jubata al-Khashab, in the Quneitra countryside, and seized a rifle and grenades. The army said the suspects were involved in arms smuggling.

Syrian state media gave a different account, saying that Israeli forces had abducted four shepherds from the village and bulldozed farmland nearby. Residents of Jubata al-Khashab protested at the entrance of the village on Friday morning to demand the men's release, the state news agency SANA said.

Israeli forces moved into the buffer zone on the Syrian side of the Golan in December 2024, after the fall of the Assad government, and have since set up a string of military positions there. Residents of Kiryat Shmona, who returned home only this year, say they are watching both borders.
"""

ISR07 = ISRAEL + ["IDF artillery", "Israeli Air Force", "aircraft", "Iron Dome", "210th Division", "troops"]
FIRER07 = UNK + HEZB + ["Palestinian faction", "Palestinian faction operating in southern Lebanon", "Hamas"]
KIRYAT = L(["Kiryat Shmona", "Qiryat Shemona", "Kiryat Shemona", "elementary school"], 33.21, 35.57, "IL")
METULA = L(["Metula", "Metulla", "Metula area"], 33.28, 35.58, "IL")
KFAR_HAMAM = L(["Kfar Hamam", "Kfarhamam", "Arqoub", "Arkoub", "launch area"], cc="LB")
YOHMOR = L(["Yohmor", "Yuhmur"], cc="LB")
JUBATA = L(["Jubata al-Khashab", "Jubbata al-Khashab", "Quneitra countryside", "Quneitra"], 33.13, 35.82, "SY")
GT = ["Galilee Today", "author"]
IDF07 = ["IDF", "Israeli military", "military", "army", "Israel Defense Forces"]
THU07 = D("2025-11-20")
NIGHT07 = D("2025-11-20", "2025-11-21")
E07 = [
    # four treated for shock but "no one was physically hurt" -> killed and injured 0..0 (shock is not a wound);
    # the IDF's "whether ... Hezbollah or ... a Palestinian faction" -> both plus unknown
    E(
        True,
        "A rocket fired from southern Lebanon struck an empty lot next to an elementary school in Kiryat Shmona on Thursday afternoon, shattering windows in the school and in nearby apartment buildings",
        EXP,
        SHELL,
        actor1=FIRER07,
        actor2=CIV + ["elementary school", "school", "apartment buildings"],
        location=KIRYAT,
        date=THU07,
        killed=R(0),
        injured=R(0),
        source=IDF07 + ["local officials"] + GT,
    ),
    E(
        False,
        "Rocket hits lot beside Kiryat Shmona school",
        EXP,
        SHELL,
        actor1=FIRER07,
        actor2=CIV + ["school"],
        location=KIRYAT,
        date=THU07,
        source=GT,
    ),
    # an interception on the same afternoon -> Disrupted weapons use
    E(
        True,
        "A second rocket was intercepted by the Iron Dome system over the Metula area",
        STR,
        DISRUPT,
        actor1=ISR07,
        actor2=FIRER07 + ["second rocket", "rocket"],
        location=METULA,
        date=THU07,
        source=IDF07,
    ),
    E(
        False,
        "the ceasefire with Hezbollah took effect in November 2024",
        STR,
        AGREE,
        actor1=ISRAEL + HEZB,
        actor2=HEZB + ISRAEL,
        location=L(["Lebanon", "Israel"]),
        date=D("2024-11-01", "2024-11-30"),
        source=GT,
    ),
    E(
        False,
        "whether the rocket had been launched by Hezbollah or by a Palestinian faction operating in southern Lebanon",
        EXP,
        SHELL,
        actor1=FIRER07,
        actor2=CIV + ["school"],
        location=KIRYAT,
        date=THU07,
        source=IDF07,
    ),
    E(
        False,
        "Hezbollah denied any connection to the attack",
        EXP,
        SHELL,
        actor1=HEZB,
        actor2=CIV + ["school"],
        location=KIRYAT,
        date=THU07,
        source=HEZB + ["Telegram channel"],
        status="denied",
    ),
    # one sentence, two events: return fire on the launch area and an air strike on a depot; the Lebanese army's
    # "no casualties" belongs to the shelling; "Shortly after" a Thursday-afternoon attack -> Thursday
    E(
        True,
        "IDF artillery shelled the launch area near the village of Kfar Hamam, in the Arqoub region",
        EXP,
        SHELL,
        actor1=ISR07,
        actor2=FIRER07 + ["launch area", "homes"],
        location=KFAR_HAMAM,
        date=THU07,
        killed=R(0),
        injured=R(0),
        source=IDF07 + ["Lebanese army"] + GT,
    ),
    E(
        True,
        'an Israeli Air Force aircraft struck what the army called "a Hezbollah weapons depot" near Yohmor',
        EXP,
        AIR,
        actor1=ISR07,
        actor2=HEZB + ["weapons depot", "Hezbollah weapons depot"],
        location=YOHMOR,
        date=THU07,
        source=IDF07 + GT,
    ),
    # a conditional threat by the state that would act -> planned, no date
    E(
        False,
        'any further fire on the Galilee would be answered "in Dahiyeh"',
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HEZB,
        location=L(["Dahiyeh", "Dahieh", "Beirut's southern suburbs", "Beirut"], 33.85, 35.50, "LB"),
        source=["Israel's defence minister", "defence minister"],
        status="planned",
    ),
    # the IDF's account: an arrest raid; "overnight" -> both days; "in the Quneitra countryside" -> Quneitra's
    # coordinates (Jubata al-Khashab lies some 12 km north); the rifle and grenades belong to the arrest
    E(
        True,
        "troops of the 210th Division operating in southern Syria detained four suspects in an overnight raid on the village of Jubata al-Khashab, in the Quneitra countryside",
        STR,
        ARRESTS,
        actor1=ISR07,
        actor2=CIV + ["four suspects", "suspects", "arms smuggling"],
        location=JUBATA,
        date=NIGHT07,
        source=IDF07 + GT,
    ),
    # Syrian state media's rival account of the same raid: an abduction of shepherds -> a second core event of its
    # own type, sourced to them; the bulldozed farmland in the same sentence -> a non-core copy (the graver act is core)
    E(
        True,
        "Israeli forces had abducted four shepherds from the village",
        VAC,
        ABDUCT,
        actor1=ISRAEL,
        actor2=CIV + ["four shepherds", "shepherds"],
        location=JUBATA,
        date=NIGHT07,
        source=["Syrian state media", "state media", "SANA"],
    ),
    E(
        False,
        "bulldozed farmland nearby",
        STR,
        LOOT,
        actor1=ISRAEL,
        actor2=CIV + ["farmland"],
        location=JUBATA,
        date=NIGHT07,
        source=["Syrian state media", "state media", "SANA"],
    ),
    E(
        True,
        "Residents of Jubata al-Khashab protested at the entrance of the village on Friday morning to demand the men's release",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Residents of Jubata al-Khashab", "residents"],
        location=JUBATA,
        date=D("2025-11-21"),
        source=["SANA", "state news agency"],
    ),
    # background: the move into the buffer zone (no fight) and the positions since -> non-core
    E(
        False,
        "Israeli forces moved into the buffer zone on the Syrian side of the Golan in December 2024",
        STR,
        TRANSFER,
        actor1=ISRAEL,
        location=L(["buffer zone", "Golan", "Quneitra"], 33.13, 35.82, "SY"),
        date=D("2024-12-01", "2024-12-31"),
        source=GT,
    ),
    E(
        False,
        "have since set up a string of military positions there",
        STR,
        BASE,
        actor1=ISRAEL,
        location=L(["buffer zone", "Golan", "Quneitra"], 33.13, 35.82, "SY"),
        date=D("2024-12-01", "2025-11-21"),
        source=GT,
        aggregate=True,
    ),
    # no gold: "luck is not a policy" (a quote, no act), the paramedics, "the first rocket attack ... since" (inside
    # the rocket), the seized rifle, "watching both borders"
]
DOCS.append(
    (
        "dev-k-07",
        "Galilee Today",
        "2025-11-21",
        "Israeli news site",
        "Northern Israel, south Lebanon and Quneitra: a rocket beside a Kiryat Shmona school (four treated for shock, "
        "no one hurt; 'Hezbollah or a Palestinian faction'), an interception, Hezbollah's denial, return fire and an "
        "air strike in one sentence, a threat, an arrest raid that Syrian media call an abduction, a protest, 2024 "
        "background",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-k-07", "November 21 / on Friday morning", "2025-11-21", "Friday"),
    ("dev-k-07", "on Thursday afternoon", "2025-11-20", "Thursday"),
]

# =============================================================================
# dev-k-08  UN/NGO flash update — Syria/Hasakah: al-Hol camp; Baghouz as background (Fri 8 May 2026)
# =============================================================================
T08 = """Al-Hol camp: Flash Update No. 4 - killings, a security operation and protests (1-7 May 2026)

Hasakah Humanitarian Coordination Cell (HHCC) | Flash Update | Issued 8 May 2026

Situation overview

Between 1 and 7 May, humanitarian partners in al-Hol camp, in Hasakah governorate, reported a sharp rise in violence. Three camp residents were killed and at least five were injured in separate incidents, and humanitarian activities in phases 5 to 8 were suspended for two days. Last month, 11 killings were recorded in the camp, the highest monthly figure since 2022.

Key developments

On 2 May, an Iraqi woman was found shot dead inside her tent in Phase 6. Camp administration sources attributed the killing to women who enforce Islamic State rules inside the camp, known as the "hisba". No arrests have been reported.

On the night of 4 May, unidentified gunmen opened fire on a guard post of the Internal Security Forces (Asayish) at the camp's southern fence, wounding two guards. The Asayish said the attackers had been trying to smuggle a family out of the camp.

On 5 and 6 May, the Asayish, supported by the international coalition, conducted a security operation in phases 5 to 8, searching tents and detaining 27 people, among them eight women, according to the camp administration. Partners were asked to suspend activities in these phases during the operation.

On 6 May, dozens of women gathered near the camp's reception area to protest against the detentions. Some of them threw stones at Asayish vehicles, and guards responded with warning shots and tear gas. Two women and a child were treated for tear gas inhalation at a field hospital run by a partner.

On 7 May, 148 Iraqi nationals from 41 families left the camp for the Jeddah-1 rehabilitation centre in Iraq's Nineveh governorate, under the repatriation arrangement between the Iraqi government and the Autonomous Administration.

Background

Al-Hol holds about 26,000 people, most of them women and children. The camp swelled in early 2019, when tens of thousands of people arrived after the Syrian Democratic Forces captured the Islamic State's last enclave at Baghouz in March of that year.

Humanitarian needs

Water trucking covered 80 per cent of needs during the reporting period. Partners warn that if funding cuts force more clinics to close, tensions in the camp could escalate further.
"""

ASAY08 = SDF + [
    "Internal Security Forces",
    "Asayish",
    "guard post",
    "guards",
    "Asayish vehicles",
    "camp administration",
    "Autonomous Administration",
]
RES08 = CIV + ["camp residents", "residents", "Iraqi woman", "woman", "women", "27 people", "people"]
HISBA = UNK + ISIS + ["hisba", "women who enforce Islamic State rules"]
WOMEN08 = PROTESTERS + ["women", "dozens of women", "rioters"]
ALHOL = L(["al-Hol", "al-Hol camp", "al-Hawl", "Hol", "al-Hol camp's southern fence", "Phase 6", "reception area",
           "Hasakah", "Hasakah governorate"], 36.38, 41.15, "SY")
HHCC = ["Hasakah Humanitarian Coordination Cell", "HHCC", "humanitarian partners", "partners", "author"]
CAMPADM = ["camp administration", "Camp administration sources"]
E08 = [
    # the week's tolls and last month's count -> aggregates
    E(
        False,
        "Three camp residents were killed and at least five were injured in separate incidents",
        VAC,
        ATTACK,
        actor1=HISBA,
        actor2=RES08,
        location=ALHOL,
        date=D("2026-05-01", "2026-05-07"),
        killed=R(3),
        injured=R(5, None),
        source=HHCC,
        aggregate=True,
    ),
    E(
        False,
        "Last month, 11 killings were recorded in the camp",
        VAC,
        ATTACK,
        actor1=HISBA,
        actor2=RES08,
        location=ALHOL,
        date=D("2026-04-01", "2026-04-30"),
        killed=R(11),
        source=HHCC,
        aggregate=True,
    ),
    # the administration blames the "hisba", no claim -> the blamed actor plus unknown
    E(
        True,
        "an Iraqi woman was found shot dead inside her tent in Phase 6",
        VAC,
        ATTACK,
        actor1=HISBA,
        actor2=RES08,
        location=ALHOL,
        date=D("2026-05-02"),
        killed=R(1),
        source=CAMPADM + HHCC,
    ),
    E(
        False,
        "Camp administration sources attributed the killing to women who enforce Islamic State rules inside the camp",
        VAC,
        ATTACK,
        actor1=HISBA,
        actor2=RES08,
        location=ALHOL,
        date=D("2026-05-02"),
        source=CAMPADM,
    ),
    # gunmen firing on a guard post -> Armed clash, symmetric; the two guards cover one side -> 2..open; "On the
    # night of 4 May" -> 4 or 5 May
    E(
        True,
        "unidentified gunmen opened fire on a guard post of the Internal Security Forces (Asayish) at the camp's southern fence, wounding two guards",
        BAT,
        CLASH,
        actor1=UNK + ["unidentified gunmen", "gunmen", "attackers"] + ASAY08,
        actor2=ASAY08 + UNK + ["unidentified gunmen", "gunmen"],
        location=ALHOL,
        date=D("2026-05-04", "2026-05-05"),
        injured=R(2, None),
        source=HHCC + ["Asayish"],
    ),
    # detainees are not casualties -> no numbers
    E(
        True,
        "the Asayish, supported by the international coalition, conducted a security operation in phases 5 to 8, searching tents and detaining 27 people, among them eight women",
        STR,
        ARRESTS,
        actor1=ASAY08 + COALITION,
        actor2=RES08,
        location=ALHOL,
        date=D("2026-05-05", "2026-05-06"),
        source=CAMPADM + HHCC,
    ),
    # a protest in which some throw stones, met with warning shots and tear gas -> core Riots/Violent demonstration
    # (ACLED: violence by participants makes a riot); the gathering -> a non-core Protests copy; three treated
    # (next sentence) -> injured 3
    E(
        False,
        "dozens of women gathered near the camp's reception area to protest against the detentions",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(WOMEN08 + ASAY08),
        location=ALHOL,
        date=D("2026-05-06"),
        source=HHCC,
    ),
    E(
        True,
        "Some of them threw stones at Asayish vehicles, and guards responded with warning shots and tear gas",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(WOMEN08 + ASAY08),
        location=ALHOL,
        date=D("2026-05-06"),
        injured=R(3),
        source=HHCC,
    ),
    # the arrangement is named, not dated; the convoy of returnees itself is not an ACLED event (no gold)
    E(
        False,
        "the repatriation arrangement between the Iraqi government and the Autonomous Administration",
        STR,
        AGREE,
        actor1=["Iraqi government", "Iraq", "Baghdad"],
        actor2=["Autonomous Administration", "Autonomous Administration of North and East Syria", "AANES"] + SDF,
        location=ALHOL,
        source=HHCC,
    ),
    E(
        False,
        "the Syrian Democratic Forces captured the Islamic State's last enclave at Baghouz in March of that year",
        BAT,
        NSAOVER,
        actor1=SDF,
        actor2=ISIS,
        location=L(["Baghouz", "al-Baghouz"], 34.46, 40.94, "SY"),
        date=D("2019-03-01", "2019-03-31"),
        source=HHCC,
    ),
    # no gold: the 148 returnees (a movement of people), the suspended activities, "tensions ... could escalate" (no
    # act named), the water trucking, "No arrests have been reported"
]
DOCS.append(
    (
        "dev-k-08",
        "Hasakah Humanitarian Coordination Cell (flash update)",
        "2026-05-08",
        "UN/NGO humanitarian update",
        "Syria/al-Hol camp: the week's and last month's tallies, a woman shot dead (blamed on the 'hisba'), gunmen "
        "fire on a guard post, a security operation (27 detained), a women's protest that turns to stones (3 "
        "treated, next sentence), the repatriation arrangement, Baghouz 2019 as background",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-k-08", "Issued 8 May 2026", "2026-05-08", "Friday"),
    ("dev-k-08", "On 2 May", "2026-05-02", "Saturday"),
    ("dev-k-08", "On the night of 4 May", "2026-05-04", "Monday"),
]

# =============================================================================
# dev-k-09  Lebanese daily — Lebanon/Bekaa: Douris (Baalbek), Brital, al-Sharawneh (Baalbek), Hermel, Chtaura (Thu 4 Dec 2025)
# =============================================================================
T09 = """Israeli drone kills two on Baalbek road; army raid in Brital ends in firefight

BAALBEK, Dec. 4 (The Beirut Courier) - An Israeli drone struck a car on the road between Baalbek and the town of Douris yesterday evening, killing the two men inside, the state-run National News Agency (NNA) reported. The Israeli military said it had targeted "a Hezbollah operative responsible for weapons transfers from Syria" and a second operative travelling with him. Hezbollah has not commented.

Early this morning, a Lebanese army unit raided the town of Brital, south of Baalbek, to arrest a wanted drug trafficker and came under fire from gunmen holed up in his compound. In the firefight that followed, which lasted about an hour, a soldier was wounded and two of the gunmen were killed, the army said in a statement. The wanted man, identified only by his initials, escaped. Soldiers detained three of his relatives during the operation, the statement added.

On Tuesday night, a quarrel between two families in Baalbek's al-Sharawneh neighbourhood turned into an exchange of fire with machine guns and rocket-propelled grenades that lasted until dawn. One man was killed and at least four people were wounded, among them a woman hit by a stray bullet on her balcony, according to a medical source at Baalbek Governmental Hospital. The NNA did not name the families. The army sent reinforcements into the neighbourhood on Wednesday and set up checkpoints at its entrances.

Residents of Hermel reported hearing several loud explosions near the Syrian border east of the town overnight, which some attributed to Israeli strikes on smuggling crossings. The army did not confirm any strike, and the Israeli military did not comment.

On Monday, dozens of potato farmers parked their trucks across the main road at Chtaura, in the central Bekaa, for three hours to protest against imports of Egyptian potatoes, which they say have driven prices below the cost of production.

Israel has carried out dozens of strikes in the Bekaa since the November 2024 ceasefire, according to a count kept by the NNA. Lebanese officials say each new strike in the valley makes it harder to persuade Hezbollah to hand over its heavy weapons north of the Litani river.
"""

LAF = [
    "Lebanese army",
    "Lebanese Armed Forces",
    "LAF",
    "army",
    "army unit",
    "Lebanese army unit",
    "soldiers",
    "soldier",
    "Military Forces of Lebanon",
]
ISR09 = ISRAEL + ["Israeli drone", "drone"]
CAR09 = ["car", "two men", "men"] + HEZB + ["Hezbollah operative", "operative", "second operative"]
GUNMEN09 = ["gunmen", "drug trafficker", "wanted drug trafficker", "wanted man", "compound"]
FAMILIES09 = ["two families", "families", "clans", "gunmen", "family gunmen", "Baalbek clans"]
BAALBEK = L(["Baalbek", "Baalbeck", "Douris", "road between Baalbek and the town of Douris", "Baalbek road"],
            34.01, 36.21, "LB")
BRITAL = L(["Brital", "town of Brital", "south of Baalbek", "Baalbek"], 34.01, 36.21, "LB")
SHARAWNEH = L(["al-Sharawneh", "Sharawneh", "Baalbek", "al-Sharawneh neighbourhood"], 34.01, 36.21, "LB")
HERMEL = L(["Hermel", "al-Hermel", "east of the town", "Syrian border"], 34.39, 36.39, "LB")
CHTAURA = L(["Chtaura", "Chtoura", "Shtaura", "central Bekaa"], 33.82, 35.85, "LB")
BC = ["The Beirut Courier", "Beirut Courier", "author"]
NNA = ["National News Agency", "NNA", "state-run National News Agency"]
ARMY09 = ["Lebanese army", "army", "statement"]
E09 = [
    # the NNA's two men and the army's two operatives: one toll, one strike; the target's identity is a detail, not
    # a rival account -> the Israeli statement a non-core copy (dev-j-14's Fars detail)
    E(
        True,
        "An Israeli drone struck a car on the road between Baalbek and the town of Douris yesterday evening, killing the two men inside",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CAR09,
        location=BAALBEK,
        date=D("2025-12-03"),
        killed=R(2),
        source=NNA + BC,
    ),
    E(
        False,
        "Israeli drone kills two on Baalbek road",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CAR09,
        location=BAALBEK,
        date=D("2025-12-03"),
        killed=R(2),
        source=BC,
    ),
    E(
        False,
        'it had targeted "a Hezbollah operative responsible for weapons transfers from Syria" and a second operative travelling with him',
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CAR09,
        location=BAALBEK,
        date=D("2025-12-03"),
        source=["Israeli military", "IDF"],
    ),
    # a raid met with fire -> Armed clash, symmetric; two gunmen killed and one soldier wounded (the army gives both
    # sides) -> killed 2, the gunmen's wounded not given -> injured 1..open; "Early this morning" -> publication day
    E(
        True,
        "a Lebanese army unit raided the town of Brital, south of Baalbek, to arrest a wanted drug trafficker and came under fire from gunmen holed up in his compound",
        BAT,
        CLASH,
        actor1=LAF + GUNMEN09,
        actor2=GUNMEN09 + LAF,
        location=BRITAL,
        date=D("2025-12-04"),
        killed=R(2),
        injured=R(1, None),
        source=ARMY09 + BC,
    ),
    E(
        False,
        "a soldier was wounded and two of the gunmen were killed",
        BAT,
        CLASH,
        actor1=LAF + GUNMEN09,
        actor2=GUNMEN09 + LAF,
        location=BRITAL,
        date=D("2025-12-04"),
        killed=R(2),
        injured=R(1, None),
        source=ARMY09,
    ),
    E(
        False,
        "army raid in Brital ends in firefight",
        BAT,
        CLASH,
        actor1=LAF + GUNMEN09,
        actor2=GUNMEN09 + LAF,
        location=BRITAL,
        date=D("2025-12-04"),
        source=BC,
    ),
    # a detention during the raid -> its own core Arrests (dev-j-07's detention and fire)
    E(
        True,
        "Soldiers detained three of his relatives during the operation",
        STR,
        ARRESTS,
        actor1=LAF,
        actor2=CIV + ["three of his relatives", "relatives"],
        location=BRITAL,
        date=D("2025-12-04"),
        source=ARMY09,
    ),
    # two armed families with machine guns and RPGs -> Battles/Armed clash, symmetric; "On Tuesday night ... until
    # dawn" -> Tuesday and Wednesday; the toll comes in the next sentence
    E(
        True,
        "a quarrel between two families in Baalbek's al-Sharawneh neighbourhood turned into an exchange of fire with machine guns and rocket-propelled grenades that lasted until dawn",
        BAT,
        CLASH,
        actor1=FAMILIES09,
        actor2=FAMILIES09,
        location=SHARAWNEH,
        date=D("2025-12-02", "2025-12-03"),
        killed=R(1),
        injured=R(4, None),
        source=["medical source", "Baalbek Governmental Hospital"] + BC,
    ),
    E(
        False,
        "The army sent reinforcements into the neighbourhood on Wednesday and set up checkpoints at its entrances",
        STR,
        BASE,
        actor1=LAF,
        location=SHARAWNEH,
        date=D("2025-12-03"),
        source=BC,
    ),
    # the item's own subject, unconfirmed, with Israel named by "some" -> core, possible; "overnight" -> both days;
    # "east of the town" (Hermel) -> Hermel's coordinates
    E(
        True,
        "several loud explosions near the Syrian border east of the town overnight, which some attributed to Israeli strikes on smuggling crossings",
        EXP,
        AIR,
        actor1=ISRAEL + UNK,
        actor2=["smuggling crossings", "smugglers", "crossings"],
        location=HERMEL,
        date=D("2025-12-03", "2025-12-04"),
        source=["Residents of Hermel", "residents"],
        status="possible",
    ),
    # trucks parked across a road, no fire, no violence -> Peaceful protest
    E(
        True,
        "dozens of potato farmers parked their trucks across the main road at Chtaura, in the central Bekaa, for three hours",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["potato farmers", "farmers"],
        location=CHTAURA,
        date=D("2025-12-01"),
        source=BC,
    ),
    E(
        False,
        "Israel has carried out dozens of strikes in the Bekaa since the November 2024 ceasefire",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HEZB,
        location=L(["Bekaa", "Bekaa valley", "Beqaa"], cc="LB"),
        date=D("2024-11-01", "2025-12-04"),
        source=NNA,
        aggregate=True,
    ),
    # no gold: "Hezbollah has not commented", the escape, "The army did not confirm any strike", the hand-over of
    # weapons (an argument, no act), the ceasefire (named only as a date inside the tally)
]
DOCS.append(
    (
        "dev-k-09",
        "The Beirut Courier",
        "2025-12-04",
        "Lebanese daily",
        "Lebanon/Bekaa: an Israeli drone strike near Douris (2 dead; the IDF's named target as a detail), an army "
        "raid and firefight in Brital (2 gunmen dead, a soldier hurt) with three relatives detained, a clan battle "
        "in Baalbek (toll in the next sentence), unconfirmed blasts near Hermel, farmers block a road with trucks, "
        "a tally",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-k-09", "Dec. 4 / Early this morning", "2025-12-04", "Thursday"),
    ("dev-k-09", "yesterday evening / on Wednesday", "2025-12-03", "Wednesday"),
    ("dev-k-09", "On Tuesday night", "2025-12-02", "Tuesday"),
    ("dev-k-09", "On Monday", "2025-12-01", "Monday"),
]

# =============================================================================
# dev-k-10  local reporter's eyewitness piece — Lebanon/Tripoli: Syria Street, Bab al-Tabbaneh, Jabal Mohsen, al-Nour Square, Azmi Street (Sat 21 Feb 2026)
# =============================================================================
T10 = """On Syria Street, the old front line wakes up: a reporter’s night in Tripoli

TRIPOLI, Lebanon, 21 February 2026 (North Lebanon Post) - The first shots came a little after 11 p.m. on Thursday. I was sitting in a cafe on Syria Street, the road that has divided the Sunni district of Bab al-Tabbaneh from the Alawite hilltop of Jabal Mohsen for half a century, when the owner pulled down the metal shutter and told us to lie on the floor.

For almost two hours, gunmen on both sides fired machine guns at each other across the street. From behind the shutter I heard the thud of at least two rocket-propelled grenades. When it was over, a 19-year-old from Bab al-Tabbaneh was dead, and three people, among them an elderly woman in Jabal Mohsen, had been wounded, according to the Lebanese Red Cross.

What started it depends on whom you ask. Young men in Bab al-Tabbaneh told me a man from Jabal Mohsen had insulted the Prophet in a video. In Jabal Mohsen, an official of the Arab Democratic Party said his neighbourhood had been attacked first “by gangs financed from outside”.

At around 2 a.m. on Friday, as I walked home, someone threw a hand grenade at a closed mobile-phone shop at the foot of Jabal Mohsen. It wrecked the shopfront but hurt no one. Nobody knows who threw it.

On Friday morning the army moved armoured vehicles into Syria Street and set up checkpoints at the entrances of both districts. In a statement, it said its units had arrested seven people “involved in the shooting” and seized weapons, and that it would respond firmly to any gunman.

After Friday prayers, several hundred people gathered in al-Nour Square, chanting against the political class and the collapse of the lira. A group of young men then broke away, smashed the windows of a bank branch on Azmi Street and tried to set it on fire before soldiers pushed them back. The army said 11 soldiers were hurt by stones; the protesters said soldiers beat several of them with batons.

Tripoli has seen this film before. Between 2008 and 2014, some twenty rounds of fighting across Syria Street killed more than 200 people, until a security plan brought the army into both districts.

“Syria Street is the thermometer of this city,” a shopkeeper told me on Friday evening, sweeping up glass. “When Syria has a fever, we burn.”
"""

TABB = ["gunmen", "Bab al-Tabbaneh gunmen", "gunmen from Bab al-Tabbaneh", "Sunni gunmen", "Bab al-Tabbaneh",
        "gangs", "gangs financed from outside"]
MOHSEN = ["gunmen", "Jabal Mohsen gunmen", "Alawite gunmen", "Jabal Mohsen", "Arab Democratic Party"]
LAF10 = ["Lebanese army", "Lebanese Armed Forces", "LAF", "army", "its units", "soldiers", "Military Forces of Lebanon"]
YOUTH10 = PROTESTERS + ["young men", "group of young men", "rioters", "people"]
TRIPOLI = L(["Tripoli", "Syria Street", "Bab al-Tabbaneh", "Bab al-Tebbaneh", "Jabal Mohsen", "Jabal Mohsin",
             "foot of Jabal Mohsen"], 34.44, 35.83, "LB")
NOUR = L(["al-Nour Square", "Nour Square", "al-Nour", "Tripoli"], 34.44, 35.83, "LB")
AZMI = L(["Azmi Street", "Azmi", "Tripoli"], 34.44, 35.83, "LB")
NLP = ["North Lebanon Post", "author"]
FRI10 = D("2026-02-20")
THUNIGHT10 = D("2026-02-19", "2026-02-20")
E10 = [
    # the reporter's own account: two armed sides -> symmetric; "a little after 11 p.m. on Thursday" for "almost
    # two hours" -> Thursday and Friday; the toll comes in the sentence after next
    E(
        True,
        "For almost two hours, gunmen on both sides fired machine guns at each other across the street",
        BAT,
        CLASH,
        actor1=TABB + MOHSEN,
        actor2=MOHSEN + TABB,
        location=TRIPOLI,
        date=THUNIGHT10,
        killed=R(1),
        injured=R(3),
        source=["Lebanese Red Cross", "Red Cross"] + NLP,
    ),
    E(
        False,
        "The first shots came a little after 11 p.m. on Thursday",
        BAT,
        CLASH,
        actor1=TABB + MOHSEN,
        actor2=MOHSEN + TABB,
        location=TRIPOLI,
        date=THUNIGHT10,
        source=NLP,
    ),
    E(
        False,
        "the old front line wakes up",
        BAT,
        CLASH,
        actor1=TABB + MOHSEN,
        actor2=MOHSEN + TABB,
        location=TRIPOLI,
        date=THUNIGHT10,
        source=NLP,
    ),
    # a party's claim about who started it -> a non-core copy (same fight, same toll)
    E(
        False,
        "his neighbourhood had been attacked first “by gangs financed from outside”",
        BAT,
        CLASH,
        actor1=TABB,
        actor2=MOHSEN,
        location=TRIPOLI,
        date=THUNIGHT10,
        source=["Arab Democratic Party", "official of the Arab Democratic Party"],
    ),
    # "It wrecked the shopfront but hurt no one" -> 0..0; the thrower unknown
    E(
        True,
        "someone threw a hand grenade at a closed mobile-phone shop at the foot of Jabal Mohsen",
        EXP,
        GRENADE,
        actor1=UNK + ["someone"],
        actor2=CIV + ["mobile-phone shop", "shop", "shopfront"],
        location=TRIPOLI,
        date=FRI10,
        killed=R(0),
        injured=R(0),
        source=NLP,
    ),
    E(
        False,
        "the army moved armoured vehicles into Syria Street and set up checkpoints at the entrances of both districts",
        STR,
        BASE,
        actor1=LAF10,
        location=TRIPOLI,
        date=FRI10,
        source=NLP,
    ),
    # the statement of Friday -> Friday
    E(
        True,
        "its units had arrested seven people “involved in the shooting”",
        STR,
        ARRESTS,
        actor1=LAF10,
        actor2=["seven people", "people"] + TABB + MOHSEN,
        location=TRIPOLI,
        date=FRI10,
        source=["army", "Lebanese army", "statement"],
    ),
    E(
        False,
        "it would respond firmly to any gunman",
        BAT,
        CLASH,
        actor1=LAF10,
        actor2=["gunman", "gunmen"],
        location=TRIPOLI,
        source=["army", "Lebanese army", "statement"],
        status="planned",
    ),
    # the square's protest and a breakaway group's attack on a bank in another street -> two core events; the
    # army's 11 soldiers cover one side -> 11..open; the protesters' batons -> a non-core copy of the intervention
    # (a detail of the same clash, not a rival account of the attack on the bank)
    E(
        True,
        "several hundred people gathered in al-Nour Square, chanting against the political class and the collapse of the lira",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["several hundred people", "people"],
        location=NOUR,
        date=FRI10,
        source=NLP,
    ),
    E(
        True,
        "A group of young men then broke away, smashed the windows of a bank branch on Azmi Street and tried to set it on fire before soldiers pushed them back",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(YOUTH10 + LAF10 + ["bank branch", "bank"]),
        location=AZMI,
        date=FRI10,
        injured=R(11, None),
        source=NLP + ["army", "Lebanese army"],
    ),
    E(
        False,
        "the protesters said soldiers beat several of them with batons",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(LAF10 + YOUTH10),
        location=AZMI,
        date=FRI10,
        source=["protesters"],
    ),
    # background -> aggregate; "more than 200" -> 201..open
    E(
        False,
        "Between 2008 and 2014, some twenty rounds of fighting across Syria Street killed more than 200 people",
        BAT,
        CLASH,
        actor1=TABB + MOHSEN,
        actor2=MOHSEN + TABB,
        location=TRIPOLI,
        date=D("2008-01-01", "2014-12-31"),
        killed=R(201, None),
        source=NLP,
        aggregate=True,
    ),
    E(
        False,
        "a security plan brought the army into both districts",
        STR,
        BASE,
        actor1=LAF10,
        location=TRIPOLI,
        date=D("2014-01-01", "2014-12-31"),
        source=NLP,
    ),
    # no gold: the insult video (an accusation, no act), the RPG thuds (inside the clash), the seized weapons (inside
    # the arrests), "has seen this film before", "the thermometer", "a fever, we burn" (metaphors)
]
DOCS.append(
    (
        "dev-k-10",
        "North Lebanon Post",
        "2026-02-21",
        "local reporter's eyewitness piece (first person)",
        "Lebanon/Tripoli: a night firefight across Syria Street (1 dead, 3 hurt, toll two sentences later), a party's "
        "claim, a grenade on a shop (no one hurt), troops deployed, seven arrested, a protest in al-Nour Square and a "
        "breakaway riot at a bank (11 soldiers hurt; the protesters: batons), 2008-2014 background, metaphors",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-k-10", "21 February 2026", "2026-02-21", "Saturday"),
    ("dev-k-10", "on Thursday", "2026-02-19", "Thursday"),
    ("dev-k-10", "on Friday / Friday prayers", "2026-02-20", "Friday"),
]

# =============================================================================
# dev-k-11  Hamas-aligned partisan outlet — West Bank: Jenin camp (al-Hawashin), Nur Shams (Tulkarm), Jenin city, Qabatiya, Far'un (Tue 14 Apr 2026)
# =============================================================================
T11 = """Three martyrs as occupation drone bombs Jenin camp; resistance blows up armoured vehicle at Nur Shams

JENIN, 14/4/2026 (Palestine Resistance Voice) - Three young men were martyred at dawn today when a Zionist drone bombed them in the al-Hawashin neighbourhood of the Jenin refugee camp, during a large-scale assault by occupation forces on the camp, the Ministry of Health announced.

The occupation army claimed that its aircraft had struck "an armed terrorist cell" that fired at troops in the camp.

The Jenin Brigade said its fighters confronted the invading forces in the camp's alleys with gunfire and detonated an explosive device targeting a military bulldozer, "achieving confirmed hits".

In Tulkarm, resistance fighters blew up an occupation armoured vehicle with a roadside bomb at the entrance of the Nur Shams camp last night, killing or wounding at least four soldiers, the Tulkarm Battalion said in a statement. The occupation army, as usual, admitted only that two soldiers were lightly wounded when an explosive device went off next to their vehicle near Tulkarm.

Meanwhile, the PA's security apparatus, which the street now calls the occupation's guard, arrested two freed prisoners in Jenin city on Sunday and fired on young men who protested against the arrests, wounding one of them, according to the families.

Occupation forces also blew up the family home of a prisoner in Qabatiya, south of Jenin, on Monday, and settler gangs torched two vehicles in the village of Far'un, south of Tulkarm, overnight.

Since the start of its so-called "Iron Wall" operation in January 2025, the occupation has killed more than 100 Palestinians in the northern West Bank and forced some 40,000 residents out of the Jenin, Tulkarm and Nur Shams camps.

The resistance factions vowed in a joint statement that the occupation's crimes "will not pass without a response". The camp will remain a thorn in the throat of the occupation, and the blood of the martyrs will light the way to liberation.
"""

ISR11 = ISRAEL + [
    "Zionist drone",
    "Zionist occupation",
    "occupation forces",
    "occupation army",
    "occupation",
    "invading forces",
    "aircraft",
    "troops",
    "soldiers",
]
JB11 = ["Jenin Brigade", "Jenin Battalion", "its fighters", "resistance fighters", "resistance",
        "armed terrorist cell", "terrorist cell", "militants"]
TB11 = ["Tulkarm Battalion", "Tulkarem Battalion", "resistance fighters", "resistance"]
PA11 = ["Palestinian Authority", "PA's security apparatus", "security apparatus", "Palestinian security forces",
        "occupation's guard", "Police Forces of Palestine"]
SETTLERS = ["Israeli settlers", "settlers", "settler gangs", "Settlers (Israel)"]
JENIN_CAMP = L(["Jenin refugee camp", "Jenin camp", "al-Hawashin", "Hawashin", "Jenin"], 32.46, 35.29, "PS")
NUR_SHAMS = L(["Nur Shams camp", "Nur Shams", "Nour Shams", "Tulkarm", "Tulkarem"], 32.32, 35.07, "PS")
TULKARM = L(["Tulkarm", "Tulkarem", "near Tulkarm"], 32.31, 35.03, "PS")
JENIN = L(["Jenin", "Jenin city"], 32.46, 35.30, "PS")
QABATIYA = L(["Qabatiya", "Qabatiyeh", "south of Jenin"], 32.41, 35.28, "PS")
FARUN = L(["Far'un", "Farun", "Far’un", "south of Tulkarm", "Tulkarm"], 32.31, 35.03, "PS")
PRV = ["Palestine Resistance Voice", "author"]
MOH11 = ["Ministry of Health", "Palestinian Ministry of Health", "health ministry"]
IDFSRC11 = ["occupation army", "Israeli army", "IDF", "Israeli military"]
TODAY11 = D("2026-04-14")
NIGHT11 = D("2026-04-13", "2026-04-14")
E11 = [
    # two versions of one strike: the ministry's three young men and the army's "armed terrorist cell" (a different
    # target, no toll) -> one core event each
    E(
        True,
        "Three young men were martyred at dawn today when a Zionist drone bombed them in the al-Hawashin neighbourhood of the Jenin refugee camp",
        EXP,
        AIR,
        actor1=ISR11,
        actor2=CIV + ["three young men", "young men", "Palestinians"],
        location=JENIN_CAMP,
        date=TODAY11,
        killed=R(3),
        source=MOH11 + PRV,
    ),
    E(
        True,
        'its aircraft had struck "an armed terrorist cell" that fired at troops in the camp',
        EXP,
        AIR,
        actor1=ISR11,
        actor2=JB11,
        location=JENIN_CAMP,
        date=TODAY11,
        source=IDFSRC11,
    ),
    E(
        False,
        "Three martyrs as occupation drone bombs Jenin camp",
        EXP,
        AIR,
        actor1=ISR11,
        actor2=CIV + ["young men", "martyrs"],
        location=JENIN_CAMP,
        date=TODAY11,
        killed=R(3),
        source=PRV,
    ),
    # the group's own account of fighting during the assault -> core Armed clash, symmetric, dated by the assault;
    # the device against a bulldozer inside it -> a non-core copy
    E(
        True,
        "its fighters confronted the invading forces in the camp's alleys with gunfire",
        BAT,
        CLASH,
        actor1=JB11 + ISR11,
        actor2=ISR11 + JB11,
        location=JENIN_CAMP,
        date=TODAY11,
        source=["Jenin Brigade"],
    ),
    E(
        False,
        "detonated an explosive device targeting a military bulldozer",
        EXP,
        IED,
        actor1=JB11,
        actor2=ISR11 + ["military bulldozer", "bulldozer"],
        location=JENIN_CAMP,
        date=TODAY11,
        source=["Jenin Brigade"],
    ),
    # two versions of one bombing: the Battalion's "killing or wounding at least four" (casualties 4..open) and the
    # army's two lightly wounded (injured 2) -> one core event each; "last night" -> both days
    E(
        True,
        "resistance fighters blew up an occupation armoured vehicle with a roadside bomb at the entrance of the Nur Shams camp last night, killing or wounding at least four soldiers",
        EXP,
        IED,
        actor1=TB11,
        actor2=ISR11 + ["armoured vehicle", "occupation armoured vehicle"],
        location=NUR_SHAMS,
        date=NIGHT11,
        casualties=R(4, None),
        source=["Tulkarm Battalion", "statement"],
    ),
    E(
        True,
        "two soldiers were lightly wounded when an explosive device went off next to their vehicle near Tulkarm",
        EXP,
        IED,
        actor1=UNK + TB11,
        actor2=ISR11 + ["vehicle"],
        location=TULKARM,
        date=NIGHT11,
        injured=R(2),
        source=IDFSRC11,
    ),
    E(
        False,
        "resistance blows up armoured vehicle at Nur Shams",
        EXP,
        IED,
        actor1=TB11,
        actor2=ISR11 + ["armoured vehicle"],
        location=NUR_SHAMS,
        date=NIGHT11,
        source=PRV,
    ),
    # one sentence, two events: the arrests and the fire on the protest against them (lethal weapons, one hurt ->
    # Excessive force against protesters)
    E(
        True,
        "the PA's security apparatus, which the street now calls the occupation's guard, arrested two freed prisoners in Jenin city on Sunday",
        STR,
        ARRESTS,
        actor1=PA11,
        actor2=CIV + ["two freed prisoners", "freed prisoners", "prisoners"],
        location=JENIN,
        date=D("2026-04-12"),
        source=["families"] + PRV,
    ),
    E(
        True,
        "fired on young men who protested against the arrests, wounding one of them",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(PA11 + ["young men"]),
        location=JENIN,
        date=D("2026-04-12"),
        injured=R(1),
        source=["families"] + PRV,
    ),
    # one sentence, two places and two actors -> two core events; "overnight" -> both days; "south of Tulkarm" ->
    # Tulkarm's coordinates
    E(
        True,
        "Occupation forces also blew up the family home of a prisoner in Qabatiya, south of Jenin, on Monday",
        STR,
        LOOT,
        actor1=ISR11,
        actor2=CIV + ["family home", "home", "prisoner"],
        location=QABATIYA,
        date=D("2026-04-13"),
        source=PRV,
    ),
    E(
        True,
        "settler gangs torched two vehicles in the village of Far'un, south of Tulkarm, overnight",
        STR,
        LOOT,
        actor1=SETTLERS,
        actor2=CIV + ["two vehicles", "vehicles"],
        location=FARUN,
        date=NIGHT11,
        source=PRV,
    ),
    # more than 15 months of killings -> aggregate; "more than 100" -> 101..open
    E(
        False,
        "the occupation has killed more than 100 Palestinians in the northern West Bank",
        VAC,
        ATTACK,
        actor1=ISR11,
        actor2=CIV + ["Palestinians"],
        location=L(["northern West Bank", "West Bank", "Jenin", "Tulkarm"], cc="PS"),
        date=D("2025-01-01", "2026-04-14"),
        killed=R(101, None),
        source=PRV,
        aggregate=True,
    ),
    # the factions' own threat -> planned, no date
    E(
        False,
        'the occupation\'s crimes "will not pass without a response"',
        BAT,
        CLASH,
        actor1=["resistance factions", "resistance"] + JB11 + TB11,
        actor2=ISR11,
        location=L(["West Bank", "Jenin"], cc="PS"),
        source=["resistance factions", "joint statement"],
        status="planned",
    ),
    # no gold: the "large-scale assault" (the setting of the strike and the clash), "as usual" (slant), the
    # displacement of 40,000 (a consequence), "a thorn in the throat", "light the way" (metaphors)
]
DOCS.append(
    (
        "dev-k-11",
        "Palestine Resistance Voice",
        "2026-04-14",
        "Hamas-aligned partisan outlet",
        "West Bank/Jenin and Tulkarm: a drone strike in Jenin camp in two versions (3 young men; 'a terrorist "
        "cell'), the Jenin Brigade's clash, an IED at Nur Shams in two versions (killed or wounded 4+; 2 lightly "
        "wounded), PA arrests and fire on protesters in one sentence, a demolition and settler arson in one "
        "sentence, a tally, a threat, metaphors",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-k-11", "14/4/2026", "2026-04-14", "Tuesday"),
    ("dev-k-11", "on Sunday", "2026-04-12", "Sunday"),
    ("dev-k-11", "on Monday / last night (start)", "2026-04-13", "Monday"),
]

# =============================================================================
# dev-k-12  Houthi-aligned partisan outlet — Yemen: Hodeidah and Ras Isa ports, Saada (Shada, al-Raqw/Munabbih), Sirwah (Marib) (Thu 13 Aug 2026)
# =============================================================================
T12 = """Zionist aggression targets Hodeidah port, three workers martyred; air defences down American MQ-9 over Saada

HODEIDAH, August 13, 2026 (Al-Sumud News) - Three port workers were martyred and 14 others wounded when the aircraft of the Zionist enemy launched a series of raids on the port of Hodeidah on Tuesday evening, the Ministry of Health said. Two further raids targeted the Ras Isa oil port, causing material damage only.

The Director of the Red Sea Ports Corporation said the raids destroyed two cranes and a fuel tank, and described the aggression as a “desperate attempt to break the will of the Yemeni people”.

Yesterday, the air defences of the Yemeni Armed Forces shot down an American MQ-9 Reaper drone over Saada province while it was carrying out hostile missions, the armed forces spokesman announced in a televised statement. The American enemy, as usual, denied losing any aircraft.

In Saada, Saudi enemy artillery shelled populated areas of the Shada border district on Monday, wounding a child and an African migrant, a source in the local authority said. The source added that Saudi border guards had shot dead another migrant in the al-Raqw area of Munabbih district two days earlier.

On the Marib front, our heroes repelled an infiltration attempt by the mercenaries of the aggression towards our positions in the Sirwah district, west of Marib, killing and wounding dozens of them, a military source said.

Last Friday, hundreds of thousands of people took part in a mass rally in the city of Hodeidah in solidarity with Gaza and in defiance of the aggression.

The armed forces warn that any ship heading to the ports of occupied Palestine, whatever its flag, will be a legitimate target, and that the response to the aggression on Hodeidah “is coming”.
"""

HOU12 = HOUTHI + ["Yemeni Armed Forces", "armed forces", "air defences", "our heroes", "Sanaa forces"]
ISR12 = ISRAEL + ["Zionist enemy", "aircraft of the Zionist enemy", "Zionist aggression"]
USA12 = USA + ["American enemy", "MQ-9 Reaper drone", "MQ-9", "Reaper drone", "drone"]
SAUDI = ["Saudi Arabia", "Saudi", "Saudi enemy", "Saudi artillery", "Saudi enemy artillery", "Saudi border guards",
         "border guards", "Military Forces of Saudi Arabia"]
MERC12 = YEMGOV + ["mercenaries", "mercenaries of the aggression"]
HODEIDAH = L(["Hodeidah", "Hudaydah", "al-Hudaydah", "port of Hodeidah", "Hodeidah port", "city of Hodeidah"],
             14.80, 42.95, "YE")
RAS_ISA = L(["Ras Isa", "Ras Issa", "Ras Isa oil port"], cc="YE")
SAADA_PROV = L(["Saada", "Saada province", "Sa'dah", "Sadah"], cc="YE")
SHADA = L(["Shada", "Shada district", "Shada border district", "Saada"], cc="YE")
RAQW = L(["al-Raqw", "Raqw", "al-Raqu", "Munabbih", "Munabbih district", "Saada"], cc="YE")
SIRWAH = L(["Sirwah", "Sirwah district", "Serwah", "Marib front", "west of Marib"], cc="YE")
SUMUD = ["Al-Sumud News", "author"]
LOCAL12 = ["source in the local authority", "local authority", "source"]
TUE12 = D("2026-08-11")
E12 = [
    # a series of raids on one port at one time -> one event; Ras Isa, another port some 60 km away, in the next
    # sentence -> its own core event; "material damage only" -> 0..0
    E(
        True,
        "Three port workers were martyred and 14 others wounded when the aircraft of the Zionist enemy launched a series of raids on the port of Hodeidah on Tuesday evening",
        EXP,
        AIR,
        actor1=ISR12,
        actor2=CIV + ["port workers", "workers", "port of Hodeidah", "Hodeidah port"],
        location=HODEIDAH,
        date=TUE12,
        killed=R(3),
        injured=R(14),
        source=["Ministry of Health", "health ministry"] + SUMUD,
    ),
    E(
        True,
        "Two further raids targeted the Ras Isa oil port, causing material damage only",
        EXP,
        AIR,
        actor1=ISR12,
        actor2=CIV + ["Ras Isa oil port", "oil port"],
        location=RAS_ISA,
        date=TUE12,
        killed=R(0),
        injured=R(0),
        source=["Ministry of Health", "health ministry"] + SUMUD,
    ),
    E(
        False,
        "Zionist aggression targets Hodeidah port, three workers martyred",
        EXP,
        AIR,
        actor1=ISR12,
        actor2=CIV + ["workers", "Hodeidah port"],
        location=HODEIDAH,
        date=TUE12,
        killed=R(3),
        source=SUMUD,
    ),
    E(
        False,
        "the raids destroyed two cranes and a fuel tank",
        EXP,
        AIR,
        actor1=ISR12,
        actor2=["cranes", "fuel tank", "port of Hodeidah"],
        location=HODEIDAH,
        date=TUE12,
        source=["Director of the Red Sea Ports Corporation", "Red Sea Ports Corporation"],
    ),
    # the spokesman's claim -> core, sourced to him; a province -> names only; the US denial -> non-core denied
    E(
        True,
        "the air defences of the Yemeni Armed Forces shot down an American MQ-9 Reaper drone over Saada province",
        STR,
        DISRUPT,
        actor1=HOU12,
        actor2=USA12,
        location=SAADA_PROV,
        date=D("2026-08-12"),
        source=["armed forces spokesman", "spokesman", "Yemeni Armed Forces"] + SUMUD,
    ),
    E(
        False,
        "air defences down American MQ-9 over Saada",
        STR,
        DISRUPT,
        actor1=HOU12,
        actor2=USA12,
        location=SAADA_PROV,
        date=D("2026-08-12"),
        source=SUMUD,
    ),
    E(
        False,
        "The American enemy, as usual, denied losing any aircraft",
        STR,
        DISRUPT,
        actor1=HOU12,
        actor2=USA12,
        location=SAADA_PROV,
        date=D("2026-08-12"),
        source=USA12,
        status="denied",
    ),
    E(
        True,
        "Saudi enemy artillery shelled populated areas of the Shada border district on Monday, wounding a child and an African migrant",
        EXP,
        SHELL,
        actor1=SAUDI,
        actor2=CIV + ["child", "African migrant", "migrant", "populated areas"],
        location=SHADA,
        date=D("2026-08-10"),
        injured=R(2),
        source=LOCAL12 + SUMUD,
    ),
    # "two days earlier" than Monday -> Saturday
    E(
        True,
        "Saudi border guards had shot dead another migrant in the al-Raqw area of Munabbih district two days earlier",
        VAC,
        ATTACK,
        actor1=SAUDI,
        actor2=CIV + ["migrant", "another migrant"],
        location=RAQW,
        date=D("2026-08-08"),
        killed=R(1),
        source=LOCAL12,
    ),
    # no date in the text -> no date key; "killing and wounding dozens" -> casualties 24..open; the named district
    # (some 35 km from Marib) -> names only
    E(
        True,
        "our heroes repelled an infiltration attempt by the mercenaries of the aggression towards our positions in the Sirwah district, west of Marib, killing and wounding dozens of them",
        BAT,
        CLASH,
        actor1=MERC12 + HOU12,
        actor2=HOU12 + MERC12,
        location=SIRWAH,
        casualties=R(24, None),
        source=["military source"] + SUMUD,
    ),
    # "Last Friday" in a Thursday story -> 7 August; the crowd is not a casualty count
    E(
        True,
        "hundreds of thousands of people took part in a mass rally in the city of Hodeidah in solidarity with Gaza",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["people", "hundreds of thousands of people"],
        location=HODEIDAH,
        date=D("2026-08-07"),
        source=SUMUD,
    ),
    # the group's own threats -> planned, no date
    E(
        False,
        "any ship heading to the ports of occupied Palestine, whatever its flag, will be a legitimate target",
        EXP,
        SHELL,
        actor1=HOU12,
        actor2=["ship", "ships"],
        source=["armed forces", "Yemeni Armed Forces"],
        status="planned",
    ),
    E(
        False,
        "the response to the aggression on Hodeidah “is coming”",
        EXP,
        SHELL,
        actor1=HOU12,
        actor2=ISR12,
        source=["armed forces", "Yemeni Armed Forces"],
        status="planned",
    ),
    # no gold: "desperate attempt to break the will" (rhetoric), "hostile missions", "as usual" (slant)
]
DOCS.append(
    (
        "dev-k-12",
        "Al-Sumud News",
        "2026-08-13",
        "Houthi-aligned partisan outlet",
        "Yemen/Hodeidah, Saada and Marib: Israeli raids on Hodeidah port (3 dead, 14 hurt) and Ras Isa (material "
        "damage only), an MQ-9 'shot down' and the US denial, Saudi shelling of Shada, a migrant shot 'two days "
        "earlier', an undated repelled attack (killing and wounding dozens), a mass rally, threats",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-k-12", "August 13, 2026", "2026-08-13", "Thursday"),
    ("dev-k-12", "Yesterday", "2026-08-12", "Wednesday"),
    ("dev-k-12", "on Tuesday evening", "2026-08-11", "Tuesday"),
    ("dev-k-12", "on Monday", "2026-08-10", "Monday"),
    ("dev-k-12", "two days earlier", "2026-08-08", "Saturday"),
    ("dev-k-12", "Last Friday", "2026-08-07", "Friday"),
]

# =============================================================================
# dev-k-13  weekly round-up — Gaza: Rafah, al-Mawasi; Yemen: Taiz (Wadi al-Madam, Bir Basha), Marib (Raghwan) (Sun 4 Oct 2026)
# =============================================================================
T13 = """The Week in Conflict: Rafah's tunnels, Taiz's snipers, Marib's drones (28 September - 4 October 2026)

Levant & Gulf Brief | Weekly round-up | Sunday, 4 October 2026

GAZA: RAFAH

The Israeli military said on Monday that its troops had killed four Hamas gunmen who emerged from a tunnel shaft in eastern Rafah, behind the so-called yellow line, and opened fire on an engineering unit. No soldiers were hurt, the army said. Hamas's armed wing did not confirm the deaths, saying only that it had lost contact with its fighters in Rafah months ago.

On Thursday, an Israeli air strike hit a tent in the al-Mawasi area west of Rafah, killing a woman and her two children, according to the Gaza health ministry. The army said it had targeted "a terrorist who approached troops" and was reviewing the incident.

Gaza's Civil Defence says it has recovered 37 bodies from the rubble of Rafah's Tel al-Sultan neighbourhood since the ceasefire took effect in October 2025.

YEMEN: TAIZ

A Houthi sniper shot dead a 12-year-old boy as he was fetching water in the Wadi al-Madam area of eastern Taiz on Wednesday, the government-run Saba news agency reported. Two days later, shells hit a market in the Bir Basha district, wounding five to eight people; local officials blamed Houthi artillery, while Houthi media blamed "mercenary" mortars.

On Tuesday, hundreds of teachers marched to the governorate building in Taiz to demand salaries unpaid for four months. The march was peaceful.

YEMEN: MARIB

The army's media centre said on Saturday that government forces had repelled a Houthi attack on their positions in the Raghwan district, north-west of Marib, killing "dozens" of attackers and losing three soldiers. A Houthi drone also struck a military camp east of Marib city on Tuesday, killing two soldiers, a military source told Levant & Gulf Brief.

Over the week, the army says, 14 of its soldiers were killed on the Marib fronts, against eight the week before.

WHAT TO WATCH

Talks on a prisoner exchange resume in Muscat on Tuesday. Analysts expect the Houthis to step up attacks on Marib if the talks stall, as they did last winter.
"""

ISR13 = ISRAEL + ["troops", "engineering unit", "army", "Israeli air strike"]
HAMAS = ["Hamas", "Hamas gunmen", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "armed wing",
         "Hamas's armed wing", "gunmen"]
HOU13 = HOUTHI + ["Houthi sniper", "sniper", "Houthi artillery", "Houthi drone", "drone", "attackers"]
GOV13 = YEMGOV + ["soldiers", "military camp", "mercenary", "mercenaries"]
RAFAH = L(["Rafah", "eastern Rafah", "tunnel shaft", "yellow line"], 31.29, 34.25, "PS")
MAWASI = L(["al-Mawasi", "Mawasi", "west of Rafah", "Rafah"], 31.29, 34.25, "PS")
TAIZ = L(["Taiz", "Ta'izz", "Taizz", "eastern Taiz", "Wadi al-Madam", "governorate building"], 13.58, 44.02, "YE")
BIR_BASHA = L(["Bir Basha", "Bir Basha district", "Taiz"], 13.58, 44.02, "YE")
RAGHWAN = L(["Raghwan", "Raghwan district", "north-west of Marib"], cc="YE")
MARIB = L(["Marib", "Marib city", "Ma'rib", "east of Marib city", "military camp"], 15.46, 45.33, "YE")
LGB = ["Levant & Gulf Brief", "Levant and Gulf Brief", "author"]
IDF13 = ["Israeli military", "army", "IDF"]
E13 = [
    # "said on Monday" with no date of its own -> Sunday or Monday; four killed and "No soldiers were hurt" ->
    # killed 4, injured 0..0 (dev-j-11)
    E(
        True,
        "its troops had killed four Hamas gunmen who emerged from a tunnel shaft in eastern Rafah, behind the so-called yellow line, and opened fire on an engineering unit",
        BAT,
        CLASH,
        actor1=ISR13 + HAMAS,
        actor2=HAMAS + ISR13,
        location=RAFAH,
        date=D("2026-09-27", "2026-09-28"),
        killed=R(4),
        injured=R(0),
        source=IDF13,
    ),
    # two versions of one strike: the ministry's woman and two children, the army's "terrorist" -> one core each
    E(
        True,
        "an Israeli air strike hit a tent in the al-Mawasi area west of Rafah, killing a woman and her two children",
        EXP,
        AIR,
        actor1=ISR13,
        actor2=CIV + ["woman", "children", "tent"],
        location=MAWASI,
        date=D("2026-10-01"),
        killed=R(3),
        source=["Gaza health ministry", "health ministry"] + LGB,
    ),
    E(
        True,
        'it had targeted "a terrorist who approached troops"',
        EXP,
        AIR,
        actor1=ISR13,
        actor2=["terrorist", "terrorist who approached troops"] + HAMAS,
        location=MAWASI,
        date=D("2026-10-01"),
        source=IDF13,
    ),
    E(
        False,
        "the ceasefire took effect in October 2025",
        STR,
        AGREE,
        actor1=ISRAEL + HAMAS,
        actor2=HAMAS + ISRAEL,
        location=L(["Gaza", "Gaza Strip"], cc="PS"),
        date=D("2025-10-01", "2025-10-31"),
        source=LGB,
    ),
    E(
        True,
        "A Houthi sniper shot dead a 12-year-old boy as he was fetching water in the Wadi al-Madam area of eastern Taiz on Wednesday",
        VAC,
        ATTACK,
        actor1=HOU13,
        actor2=CIV + ["boy", "12-year-old boy"],
        location=TAIZ,
        date=D("2026-09-30"),
        killed=R(1),
        source=["Saba", "Saba news agency", "government-run Saba news agency"] + LGB,
    ),
    # "Two days later" than Wednesday -> Friday; "five to eight" -> 5..8; each side blames the other -> both plus
    # unknown
    E(
        True,
        "shells hit a market in the Bir Basha district, wounding five to eight people",
        EXP,
        SHELL,
        actor1=UNK + HOU13 + GOV13,
        actor2=CIV + ["market", "people"],
        location=BIR_BASHA,
        date=D("2026-10-02"),
        injured=R(5, 8),
        source=LGB + ["local officials", "Houthi media"],
    ),
    E(
        False,
        'local officials blamed Houthi artillery, while Houthi media blamed "mercenary" mortars',
        EXP,
        SHELL,
        actor1=UNK + HOU13 + GOV13,
        actor2=CIV + ["market"],
        location=BIR_BASHA,
        date=D("2026-10-02"),
        source=["local officials", "Houthi media"],
    ),
    E(
        True,
        "hundreds of teachers marched to the governorate building in Taiz to demand salaries unpaid for four months",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["teachers", "hundreds of teachers"],
        location=TAIZ,
        date=D("2026-09-29"),
        source=LGB,
    ),
    # "said on Saturday" -> Friday or Saturday; "dozens" of attackers plus three soldiers -> the open sum 27..open
    E(
        True,
        'government forces had repelled a Houthi attack on their positions in the Raghwan district, north-west of Marib, killing "dozens" of attackers and losing three soldiers',
        BAT,
        CLASH,
        actor1=HOU13 + GOV13,
        actor2=GOV13 + HOU13,
        location=RAGHWAN,
        date=D("2026-10-02", "2026-10-03"),
        killed=R(27, None),
        source=["army's media centre", "media centre", "army"],
    ),
    E(
        True,
        "A Houthi drone also struck a military camp east of Marib city on Tuesday, killing two soldiers",
        EXP,
        AIR,
        actor1=HOU13,
        actor2=GOV13,
        location=MARIB,
        date=D("2026-09-29"),
        killed=R(2),
        source=["military source"] + LGB,
    ),
    # the army's weekly counts of its own dead -> aggregates, one side -> N..open
    E(
        False,
        "Over the week, the army says, 14 of its soldiers were killed on the Marib fronts",
        BAT,
        CLASH,
        actor1=HOU13 + GOV13,
        actor2=GOV13 + HOU13,
        location=L(["Marib fronts", "Marib"], 15.46, 45.33, "YE"),
        date=D("2026-09-28", "2026-10-04"),
        killed=R(14, None),
        source=["army"],
        aggregate=True,
    ),
    E(
        False,
        "against eight the week before",
        BAT,
        CLASH,
        actor1=HOU13 + GOV13,
        actor2=GOV13 + HOU13,
        location=L(["Marib fronts", "Marib"], 15.46, 45.33, "YE"),
        date=D("2026-09-21", "2026-09-27"),
        killed=R(8, None),
        source=["army"],
        aggregate=True,
    ),
    # a forecast by third parties -> hypothetical
    E(
        False,
        "Analysts expect the Houthis to step up attacks on Marib if the talks stall",
        BAT,
        CLASH,
        actor1=HOU13,
        actor2=GOV13,
        location=MARIB,
        source=["Analysts"],
        status="hypothetical",
    ),
    # no gold: Hamas's "lost contact" (neither a claim nor a denial), the army's review, the 37 recovered bodies (no
    # act), "The march was peaceful", the talks in Muscat (talks, not an agreement), "as they did last winter"
]
DOCS.append(
    (
        "dev-k-13",
        "Levant & Gulf Brief (weekly round-up)",
        "2026-10-04",
        "weekly round-up",
        "Rafah, Taiz and Marib: four gunmen killed at a tunnel shaft (none hurt), a strike on a tent in two "
        "versions, a sniper's killing, shells on a market (5-8 hurt, each side blaming the other), a teachers' "
        "march, a repelled attack (dozens plus three dead), a drone on a camp, weekly counts, a forecast",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-k-13", "Sunday, 4 October 2026", "2026-10-04", "Sunday"),
    ("dev-k-13", "on Monday / the week's start", "2026-09-28", "Monday"),
    ("dev-k-13", "on Tuesday", "2026-09-29", "Tuesday"),
    ("dev-k-13", "on Wednesday", "2026-09-30", "Wednesday"),
    ("dev-k-13", "On Thursday", "2026-10-01", "Thursday"),
    ("dev-k-13", "Two days later", "2026-10-02", "Friday"),
    ("dev-k-13", "on Saturday", "2026-10-03", "Saturday"),
]

# =============================================================================
# dev-k-14  rights group's weekly report — Iran/Kurdistan province: Kani Zard (Baneh), Marivan, Sanandaj, Saqqez (Mon 27 Oct 2025)
# =============================================================================
T14 = """Weekly report: border guards kill porter near Baneh; IRGC reports clash near Marivan; nine arrested in Sanandaj

Kurdistan Human Rights Observatory (KHRO) | Weekly report | 27 October 2025

Kolbars

On Thursday, 23 October, Iranian border guards opened fire without warning on a group of kolbars (cross-border porters) in the heights of the Kani Zard area near Baneh, killing one porter, 31-year-old Hiwa Rahimi, and wounding two others, KHRO’s sources said. The porters were carrying tyres and were unarmed, according to their families.

In September, KHRO recorded 21 kolbars killed or wounded by the fire of border forces in Kurdistan, West Azerbaijan and Kermanshah provinces.

Armed clash

The Tasnim news agency, citing a statement by the IRGC’s Hamzeh Seyed al-Shohada Base, reported that IRGC ground forces clashed on Saturday with “a terrorist team” that had entered the country from Iraqi territory near Marivan, and killed three of its members. One member of the Guards was killed, the statement said.

The Party of Free Life of Kurdistan (PJAK) denied in a statement that any of its units had been in the area, and said the dead were villagers who had been out collecting oak gall. KHRO was unable to verify either account.

Arrests

Security forces arrested nine people in Sanandaj on Friday and Saturday, among them two teachers and a university student, in connection with a commemoration held at the grave of a Kurdish poet last week. Their whereabouts are unknown.

In Saqqez, agents of the Ministry of Intelligence raided the home of the civil activist Shilan Moradi yesterday and took her to an unknown location.

Protests

On Sunday, about 60 relatives of detainees gathered outside the Sanandaj Revolutionary Court to demand information on their loved ones. Security forces filmed the participants but did not intervene.

Executions

KHRO fears that the political prisoner Reza Karimi, sentenced to death in Urmia in 2024, may be executed at any moment, after his family was called for a last visit. An execution would be the third of a Kurdish political prisoner this year.
"""

BG14 = ["Iranian border guards", "border guards", "border forces", "Border Guard", "Police Forces of Iran",
        "Iranian police", "Iran"]
IRGC14 = ["Islamic Revolutionary Guard Corps", "Revolutionary Guards", "IRGC", "IRGC ground forces", "Guards",
          "Hamzeh Seyed al-Shohada Base", "Military Forces of Iran"]
PJAK = UNK + ["Party of Free Life of Kurdistan", "PJAK", "terrorist team", "Kurdish militants"]
IRSEC14 = ["security forces", "Iranian security forces", "Ministry of Intelligence", "agents of the Ministry of Intelligence",
           "Police Forces of Iran", "Iran"]
KOLBARS = CIV + ["kolbars", "kolbar", "porters", "porter", "cross-border porters", "Hiwa Rahimi"]
BANEH = L(["Baneh", "Bane", "Kani Zard", "near Baneh", "Kani Zard area"], 35.99, 45.89, "IR")
MARIVAN = L(["Marivan", "Mariwan", "near Marivan"], 35.52, 46.18, "IR")
SANANDAJ = L(["Sanandaj", "Sine", "Sanandaj Revolutionary Court"], 35.31, 47.00, "IR")
SAQQEZ = L(["Saqqez", "Saqqiz", "Saqez"], 36.25, 46.27, "IR")
KHRO = ["Kurdistan Human Rights Observatory", "KHRO", "KHRO’s sources", "author"]
TASNIM = ["Tasnim", "Tasnim news agency", "IRGC", "Hamzeh Seyed al-Shohada Base", "statement"]
SAT14 = D("2025-10-25")
E14 = [
    E(
        True,
        "Iranian border guards opened fire without warning on a group of kolbars (cross-border porters) in the heights of the Kani Zard area near Baneh, killing one porter, 31-year-old Hiwa Rahimi, and wounding two others",
        VAC,
        ATTACK,
        actor1=BG14,
        actor2=KOLBARS,
        location=BANEH,
        date=D("2025-10-23"),
        killed=R(1),
        injured=R(2),
        source=KHRO,
    ),
    E(
        False,
        "border guards kill porter near Baneh",
        VAC,
        ATTACK,
        actor1=BG14,
        actor2=KOLBARS,
        location=BANEH,
        date=D("2025-10-23"),
        killed=R(1),
        source=KHRO,
    ),
    # last month's count, killed and wounded not split -> aggregate, casualties 21
    E(
        False,
        "In September, KHRO recorded 21 kolbars killed or wounded by the fire of border forces",
        VAC,
        ATTACK,
        actor1=BG14,
        actor2=KOLBARS,
        location=L(["Kurdistan", "West Azerbaijan", "Kermanshah"], cc="IR"),
        date=D("2025-09-01", "2025-09-30"),
        casualties=R(21),
        source=KHRO,
        aggregate=True,
    ),
    # the citing chain: Tasnim citing the base's statement; three attackers and one Guard (next sentence) -> killed 4
    E(
        True,
        "IRGC ground forces clashed on Saturday with “a terrorist team” that had entered the country from Iraqi territory near Marivan, and killed three of its members",
        BAT,
        CLASH,
        actor1=IRGC14 + PJAK,
        actor2=PJAK + IRGC14,
        location=MARIVAN,
        date=SAT14,
        killed=R(4),
        source=TASNIM,
    ),
    E(
        False,
        "IRGC reports clash near Marivan",
        BAT,
        CLASH,
        actor1=IRGC14 + PJAK,
        actor2=PJAK + IRGC14,
        location=MARIVAN,
        date=SAT14,
        source=KHRO + ["IRGC"],
    ),
    # PJAK denies its part (non-core denied) and gives a rival version: villagers killed -> a second core event of
    # its own type, sourced to PJAK, with the three dead
    E(
        False,
        "denied in a statement that any of its units had been in the area",
        BAT,
        CLASH,
        actor1=["Party of Free Life of Kurdistan", "PJAK"],
        actor2=IRGC14,
        location=MARIVAN,
        date=SAT14,
        source=["Party of Free Life of Kurdistan", "PJAK"],
        status="denied",
    ),
    E(
        True,
        "the dead were villagers who had been out collecting oak gall",
        VAC,
        ATTACK,
        actor1=IRGC14,
        actor2=CIV + ["villagers"],
        location=MARIVAN,
        date=SAT14,
        killed=R(3),
        source=["Party of Free Life of Kurdistan", "PJAK"],
    ),
    # detainees are not casualties; "on Friday and Saturday" -> both days
    E(
        True,
        "Security forces arrested nine people in Sanandaj on Friday and Saturday, among them two teachers and a university student",
        STR,
        ARRESTS,
        actor1=IRSEC14,
        actor2=CIV + ["nine people", "people", "teachers", "university student"],
        location=SANANDAJ,
        date=D("2025-10-24", "2025-10-25"),
        source=KHRO,
    ),
    E(
        False,
        "nine arrested in Sanandaj",
        STR,
        ARRESTS,
        actor1=IRSEC14,
        actor2=CIV + ["nine people"],
        location=SANANDAJ,
        date=D("2025-10-24", "2025-10-25"),
        source=KHRO,
    ),
    # background gathering "last week" -> the previous Monday to Sunday; its place is implied only -> Sanandaj
    E(
        False,
        "a commemoration held at the grave of a Kurdish poet last week",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["commemoration"],
        location=SANANDAJ,
        date=D("2025-10-13", "2025-10-19"),
        source=KHRO,
    ),
    # a state agency's detention to "an unknown location" -> core Arrests; the forced-disappearance reading -> a
    # non-core copy with the same evidence; "yesterday" -> Sunday
    E(
        True,
        "agents of the Ministry of Intelligence raided the home of the civil activist Shilan Moradi yesterday and took her to an unknown location",
        STR,
        ARRESTS,
        actor1=IRSEC14,
        actor2=CIV + ["civil activist", "Shilan Moradi", "activist"],
        location=SAQQEZ,
        date=D("2025-10-26"),
        source=KHRO,
    ),
    E(
        False,
        "agents of the Ministry of Intelligence raided the home of the civil activist Shilan Moradi yesterday and took her to an unknown location",
        VAC,
        ABDUCT,
        actor1=IRSEC14,
        actor2=CIV + ["civil activist", "Shilan Moradi", "activist"],
        location=SAQQEZ,
        date=D("2025-10-26"),
        source=KHRO,
    ),
    # filmed but not stopped -> Peaceful protest
    E(
        True,
        "about 60 relatives of detainees gathered outside the Sanandaj Revolutionary Court to demand information on their loved ones",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["relatives of detainees", "relatives"],
        location=SANANDAJ,
        date=D("2025-10-26"),
        source=KHRO,
    ),
    # a feared execution -> hypothetical (no act yet); the place is the sentencing court's, not the execution's
    E(
        False,
        "may be executed at any moment",
        VAC,
        ATTACK,
        actor1=["Iran", "Iranian authorities", "judiciary"],
        actor2=CIV + ["Reza Karimi", "political prisoner"],
        location=L(["Urmia", "Orumiyeh"], 37.55, 45.08, "IR"),
        source=KHRO,
        status="hypothetical",
    ),
    # no gold: "unarmed, according to their families" (inside the shooting), "Their whereabouts are unknown", the
    # sentence of 2024 (a court ruling), "the third ... this year" (inside the forecast)
]
DOCS.append(
    (
        "dev-k-14",
        "Kurdistan Human Rights Observatory (weekly report)",
        "2025-10-27",
        "rights group's weekly report",
        "Iran/Kurdistan province: kolbars shot near Baneh (1 dead, 2 hurt), September's 21 killed or wounded, an IRGC "
        "clash near Marivan via Tasnim (4 dead) against PJAK's denial and 'villagers' version, nine arrested in "
        "Sanandaj, an activist taken 'to an unknown location', a calm vigil, a feared execution",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-k-14", "27 October 2025", "2025-10-27", "Monday"),
    ("dev-k-14", "On Thursday, 23 October", "2025-10-23", "Thursday"),
    ("dev-k-14", "on Friday", "2025-10-24", "Friday"),
    ("dev-k-14", "on Saturday", "2025-10-25", "Saturday"),
    ("dev-k-14", "yesterday / On Sunday", "2025-10-26", "Sunday"),
]

# =============================================================================
# dev-k-15  army statement — Jordan-Syria border: north of Ruwaished (Eastern Military Zone), Ramtha (Sun 25 Jan 2026)
# =============================================================================
T15 = """Armed Forces: four armed smugglers killed in attempt to smuggle narcotics from Syria; drone downed near Ramtha

Jordan Armed Forces - Arab Army | General Command | Press statement | Amman, 25/1/2026

A military source at the General Command of the Jordan Armed Forces - Arab Army stated that at dawn today, Sunday, the border guard forces in the Eastern Military Zone, in coordination with the Military Security Directorate and the Anti-Narcotics Department, foiled an attempt by a group of armed persons to infiltrate and smuggle large quantities of narcotics from Syrian territory into the Kingdom, north of the town of Ruwaished.

The source explained that the smugglers opened fire on our forces, which applied the rules of engagement, killing four of the smugglers and wounding a number of others, who fled back into Syrian territory. None of our personnel were hurt. The forces seized 1.2 million Captagon pills and 300 palm-sized blocks of hashish, which were handed over to the competent authorities.

On Friday, 23 January, the air defence units of the Northern Military Zone shot down a drone loaded with three kilograms of crystal methamphetamine that had crossed the border from Syrian territory near the city of Ramtha.

The source added that the Anti-Narcotics Department arrested three suspects in Ramtha yesterday who were waiting to receive the drone's cargo.

This is the third infiltration attempt foiled by the border guard forces this week. Since the beginning of the year, our forces have foiled 11 infiltration and smuggling attempts along the northern and eastern borders and killed 9 smugglers.

The source affirmed that the Jordan Armed Forces - Arab Army will deal firmly and forcefully with any threat on the borders, and will strike with an iron fist anyone who tries to undermine the security of the homeland or the safety of its citizens.

The General Command also recalled that the armed forces amended the rules of engagement on the northern and eastern borders in 2022, after organised smuggling groups began using weapons and drones, and that coordination with the Syrian side has improved since last year.

The border guard forces will remain the watchful eye of the homeland.
"""

JAF = [
    "Jordan Armed Forces",
    "Jordan Armed Forces - Arab Army",
    "Jordanian Armed Forces",
    "Jordanian army",
    "Arab Army",
    "border guard forces",
    "border guards",
    "our forces",
    "Eastern Military Zone",
    "Northern Military Zone",
    "air defence units",
    "Military Forces of Jordan",
]
SMUG = ["smugglers", "armed smugglers", "group of armed persons", "armed persons", "drug smugglers",
        "smuggling groups"]
RUWAISHED = L(["Ruwaished", "Ruweished", "al-Ruwaished", "north of the town of Ruwaished", "Eastern Military Zone"],
              32.50, 38.20, "JO")
RAMTHA = L(["Ramtha", "al-Ramtha", "Ramtha city", "near the city of Ramtha"], 32.56, 36.01, "JO")
BORDERS15 = L(["northern and eastern borders", "Jordan-Syria border", "Jordan"], cc="JO")
JAFSRC = ["military source", "General Command", "Jordan Armed Forces", "Arab Army", "author"]
SUN15 = D("2026-01-25")
E15 = [
    # four smugglers killed, "a number of others" wounded (2..open) and "None of our personnel were hurt" -> killed
    # 4, injured 2..open; the seized pills belong to the clash (no gold)
    E(
        True,
        "the smugglers opened fire on our forces, which applied the rules of engagement, killing four of the smugglers and wounding a number of others",
        BAT,
        CLASH,
        actor1=SMUG + JAF,
        actor2=JAF + SMUG,
        location=RUWAISHED,
        date=SUN15,
        killed=R(4),
        injured=R(2, None),
        source=JAFSRC,
    ),
    E(
        False,
        "foiled an attempt by a group of armed persons to infiltrate and smuggle large quantities of narcotics from Syrian territory into the Kingdom, north of the town of Ruwaished",
        BAT,
        CLASH,
        actor1=JAF + SMUG,
        actor2=SMUG + JAF,
        location=RUWAISHED,
        date=SUN15,
        source=JAFSRC,
    ),
    E(
        False,
        "four armed smugglers killed in attempt to smuggle narcotics from Syria",
        BAT,
        CLASH,
        actor1=JAF + SMUG,
        actor2=SMUG + JAF,
        location=RUWAISHED,
        date=SUN15,
        killed=R(4, None),
        source=JAFSRC,
    ),
    E(
        True,
        "the air defence units of the Northern Military Zone shot down a drone loaded with three kilograms of crystal methamphetamine that had crossed the border from Syrian territory near the city of Ramtha",
        STR,
        DISRUPT,
        actor1=JAF,
        actor2=SMUG + UNK + ["drone"],
        location=RAMTHA,
        date=D("2026-01-23"),
        source=JAFSRC,
    ),
    E(
        False,
        "drone downed near Ramtha",
        STR,
        DISRUPT,
        actor1=JAF,
        actor2=SMUG + UNK + ["drone"],
        location=RAMTHA,
        date=D("2026-01-23"),
        source=JAFSRC,
    ),
    E(
        True,
        "the Anti-Narcotics Department arrested three suspects in Ramtha yesterday",
        STR,
        ARRESTS,
        actor1=["Anti-Narcotics Department", "Public Security Directorate", "Jordanian police",
                "Police Forces of Jordan"] + JAF,
        actor2=["three suspects", "suspects"] + SMUG,
        location=RAMTHA,
        date=D("2026-01-24"),
        source=JAFSRC,
    ),
    # "this week" in a Sunday statement -> Monday to Sunday; the year's tally -> aggregates
    E(
        False,
        "This is the third infiltration attempt foiled by the border guard forces this week",
        BAT,
        CLASH,
        actor1=JAF + SMUG,
        actor2=SMUG + JAF,
        location=BORDERS15,
        date=D("2026-01-19", "2026-01-25"),
        source=JAFSRC,
        aggregate=True,
    ),
    E(
        False,
        "our forces have foiled 11 infiltration and smuggling attempts along the northern and eastern borders and killed 9 smugglers",
        BAT,
        CLASH,
        actor1=JAF + SMUG,
        actor2=SMUG + JAF,
        location=BORDERS15,
        date=D("2026-01-01", "2026-01-25"),
        killed=R(9, None),
        source=JAFSRC,
        aggregate=True,
    ),
    E(
        False,
        "will strike with an iron fist anyone who tries to undermine the security of the homeland",
        BAT,
        CLASH,
        actor1=JAF,
        actor2=SMUG,
        location=BORDERS15,
        source=JAFSRC,
        status="planned",
    ),
    E(
        False,
        "the armed forces amended the rules of engagement on the northern and eastern borders in 2022",
        STR,
        CHANGE,
        actor1=JAF,
        location=BORDERS15,
        date=D("2022-01-01", "2022-12-31"),
        source=JAFSRC,
    ),
    # no gold: the seized Captagon and hashish (inside the clash), the flight back into Syria, the improved
    # coordination (no act), "the watchful eye of the homeland" (a slogan)
]
DOCS.append(
    (
        "dev-k-15",
        "Jordan Armed Forces (statement)",
        "2026-01-25",
        "army statement",
        "Jordan-Syria border: a firefight with armed smugglers north of Ruwaished (4 killed, 'a number of' wounded, "
        "'None of our personnel were hurt'), a drug drone downed near Ramtha, three arrests, the week's and year's "
        "tallies, a pledge, 2022 background",
        T15,
        E15,
    )
)
WEEKDAYS += [
    ("dev-k-15", "25/1/2026 / today, Sunday", "2026-01-25", "Sunday"),
    ("dev-k-15", "On Friday, 23 January", "2026-01-23", "Friday"),
    ("dev-k-15", "yesterday", "2026-01-24", "Saturday"),
    ("dev-k-15", "this week (start)", "2026-01-19", "Monday"),
]

# =============================================================================
# dev-k-16  pro-PKK partisan outlet — northern Iraq/Duhok: Barwari Bala (Amedi), Kani Masi, Mount Metina, Amedi town; Turkey: Cukurca (Hakkari) (Wed 24 Jun 2026)
# =============================================================================
T16 = """Occupation army shells villages near Amedi despite the peace process; new base rises on Mount Metina

DUHOK, 24.06.2026 (Zagros Agency) - The Turkish occupation army shelled the outskirts of the villages of Kesta and Derkar in the Barwari Bala area of Duhok’s Amedi district with howitzers on Monday night, burning orchards and forcing families to flee their homes, local sources told our agency. No casualties were reported.

Yesterday afternoon, a Turkish armed drone struck a car on a dirt road near the village of Kani Masi, killing two people whose identities have not yet been established, residents said. Turkish defence ministry sources told the pro-government press that no air operation had been carried out in the region.

In Hakkari’s Cukurca district, across the border, occupation soldiers detained four Kurdish villagers near the hamlet of Uzundere on Sunday and released them hours later, the Peoples’ Equality and Democracy Party (DEM Party) said.

Residents of Amedi said the occupation army has completed a new military base this month on a hill of Mount Metina overlooking the village of Sharanish. According to a count by local organisations, Turkey now has more than 80 bases and outposts in Duhok province.

On Saturday, hundreds of people from the villages of Amedi demonstrated in the centre of Amedi town, demanding the withdrawal of the occupation army. The KDP’s Asayish, which collaborate with the occupation, detained two journalists who were covering the demonstration.

When the PKK announced its dissolution in May 2025 and a group of guerrillas burned their weapons in a ceremony near Sulaymaniyah in July 2025, the Kurdish people hoped that the bombardments would end. Instead, the occupation speaks of peace with one hand and shells our villages with the other.

A spokesperson for the guerrilla forces warned that if the attacks continue, the guerrillas will be forced to use their right to self-defence.
"""

TR16 = TURKEY + ["Turkish occupation army", "occupation army", "occupation", "occupation soldiers",
                 "Turkish armed drone", "drone"]
VILL16 = CIV + ["villages", "villagers", "families", "orchards", "Kesta", "Derkar"]
KDP16 = ["KDP’s Asayish", "Asayish", "KDP", "Kurdistan Democratic Party", "Kurdish security forces",
         "Kurdistan Regional Government", "KRG"]
BARWARI = L(["Kesta", "Derkar", "Barwari Bala", "Amedi district", "Amedi", "Amadiya", "Duhok"], cc="IQ")
KANI_MASI = L(["Kani Masi", "Kanimasi", "Amedi", "Duhok"], cc="IQ")
CUKURCA = L(["Cukurca", "Çukurca", "Uzundere", "Hakkari", "Hakkari’s Cukurca district"], 37.25, 43.61, "TR")
METINA = L(["Mount Metina", "Metina", "Sharanish", "Amedi", "Duhok"], cc="IQ")
AMEDI = L(["Amedi", "Amadiya", "Amadiyah", "Amedi town", "centre of Amedi town"], 37.09, 43.49, "IQ")
DUHOK = L(["Duhok", "Dohuk", "Duhok province"], 36.87, 42.99, "IQ")
ZA = ["Zagros Agency", "author"]
NIGHT16 = D("2026-06-22", "2026-06-23")
E16 = [
    # one shelling of the outskirts of two neighbouring villages -> one event; "No casualties" -> 0..0; "on Monday
    # night" -> Monday or into Tuesday; villages we cannot pin -> names and country
    E(
        True,
        "The Turkish occupation army shelled the outskirts of the villages of Kesta and Derkar in the Barwari Bala area of Duhok’s Amedi district with howitzers on Monday night",
        EXP,
        SHELL,
        actor1=TR16,
        actor2=VILL16,
        location=BARWARI,
        date=NIGHT16,
        killed=R(0),
        injured=R(0),
        source=["local sources"] + ZA,
    ),
    E(
        False,
        "Occupation army shells villages near Amedi despite the peace process",
        EXP,
        SHELL,
        actor1=TR16,
        actor2=VILL16,
        location=BARWARI,
        date=NIGHT16,
        source=ZA,
    ),
    # the Turkish sources' denial -> non-core denied
    E(
        True,
        "a Turkish armed drone struck a car on a dirt road near the village of Kani Masi, killing two people whose identities have not yet been established",
        EXP,
        AIR,
        actor1=TR16,
        actor2=CIV + ["car", "two people", "people"],
        location=KANI_MASI,
        date=D("2026-06-23"),
        killed=R(2),
        source=["residents"] + ZA,
    ),
    E(
        False,
        "no air operation had been carried out in the region",
        EXP,
        AIR,
        actor1=TURKEY,
        actor2=CIV + ["car"],
        location=KANI_MASI,
        date=D("2026-06-23"),
        source=["Turkish defence ministry sources", "Turkish defence ministry", "Ministry of National Defence"],
        status="denied",
    ),
    E(
        True,
        "occupation soldiers detained four Kurdish villagers near the hamlet of Uzundere on Sunday",
        STR,
        ARRESTS,
        actor1=TR16,
        actor2=CIV + ["four Kurdish villagers", "Kurdish villagers", "villagers"],
        location=CUKURCA,
        date=D("2026-06-21"),
        source=["Peoples’ Equality and Democracy Party", "Peoples' Equality and Democracy Party", "DEM Party"],
    ),
    # "this month" -> 1 June to publication
    E(
        True,
        "the occupation army has completed a new military base this month on a hill of Mount Metina overlooking the village of Sharanish",
        STR,
        BASE,
        actor1=TR16,
        location=METINA,
        date=D("2026-06-01", "2026-06-24"),
        source=["Residents of Amedi", "residents"] + ZA,
    ),
    E(
        False,
        "new base rises on Mount Metina",
        STR,
        BASE,
        actor1=TR16,
        location=METINA,
        date=D("2026-06-01", "2026-06-24"),
        source=ZA,
    ),
    # a standing count with no dates -> aggregate, undated
    E(
        False,
        "Turkey now has more than 80 bases and outposts in Duhok province",
        STR,
        BASE,
        actor1=TURKEY,
        location=DUHOK,
        source=["local organisations"] + ZA,
        aggregate=True,
    ),
    E(
        True,
        "hundreds of people from the villages of Amedi demonstrated in the centre of Amedi town, demanding the withdrawal of the occupation army",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["people", "hundreds of people"],
        location=AMEDI,
        date=D("2026-06-20"),
        source=ZA,
    ),
    # journalists (not protesters) detained at the demonstration -> its own core Arrests; the demonstration stays
    # a Peaceful protest
    E(
        True,
        "The KDP’s Asayish, which collaborate with the occupation, detained two journalists who were covering the demonstration",
        STR,
        ARRESTS,
        actor1=KDP16,
        actor2=CIV + ["two journalists", "journalists"],
        location=AMEDI,
        date=D("2026-06-20"),
        source=ZA,
    ),
    # background, 2025 -> non-core
    E(
        False,
        "the PKK announced its dissolution in May 2025",
        STR,
        CHANGE,
        actor1=PKK,
        location=L(["Turkey", "Iraq"]),
        date=D("2025-05-01", "2025-05-31"),
        source=ZA,
    ),
    E(
        False,
        "a group of guerrillas burned their weapons in a ceremony near Sulaymaniyah in July 2025",
        STR,
        CHANGE,
        actor1=PKK,
        location=L(["Sulaymaniyah", "Sulaimani", "Slemani"], 35.56, 45.44, "IQ"),
        date=D("2025-07-01", "2025-07-31"),
        source=ZA,
    ),
    # a generic, habitual statement wrapped in a metaphor -> non-core, undated
    E(
        False,
        "the occupation speaks of peace with one hand and shells our villages with the other",
        EXP,
        SHELL,
        actor1=TR16,
        actor2=VILL16,
        location=BARWARI,
        source=ZA,
    ),
    # the guerrillas' own conditional threat -> planned (dev-j-03), no date
    E(
        False,
        "if the attacks continue, the guerrillas will be forced to use their right to self-defence",
        BAT,
        CLASH,
        actor1=PKK,
        actor2=TR16,
        location=L(["Duhok", "Amedi"], cc="IQ"),
        source=["spokesperson for the guerrilla forces", "guerrilla forces", "spokesperson"],
        status="planned",
    ),
    # no gold: the burned orchards and fleeing families (inside the shelling), the release "hours later", "the
    # Kurdish people hoped" (no act), "collaborate with the occupation" (an accusation)
]
DOCS.append(
    (
        "dev-k-16",
        "Zagros Agency",
        "2026-06-24",
        "pro-PKK partisan outlet",
        "Northern Iraq/Duhok and Turkey/Hakkari: Turkish shelling near Amedi (no casualties), a drone strike near Kani "
        "Masi (2 dead) and its denial, villagers detained in Cukurca, a new base on Mount Metina and a tally, a "
        "protest in Amedi and two journalists detained, the PKK's 2025 dissolution and weapons burning as "
        "background, a metaphor, a conditional threat",
        T16,
        E16,
    )
)
WEEKDAYS += [
    ("dev-k-16", "24.06.2026", "2026-06-24", "Wednesday"),
    ("dev-k-16", "on Monday night", "2026-06-22", "Monday"),
    ("dev-k-16", "Yesterday afternoon", "2026-06-23", "Tuesday"),
    ("dev-k-16", "on Sunday", "2026-06-21", "Sunday"),
    ("dev-k-16", "On Saturday", "2026-06-20", "Saturday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_k", check_k, strip_text=True)


if __name__ == "__main__":
    main()
