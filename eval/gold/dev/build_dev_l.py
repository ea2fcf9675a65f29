"""Writes dev_l.gold.jsonl: sixteen development articles from theatres the earlier sets cover least - Syria (the
Deir ez-Zor tribal areas: al-Busayrah, al-Shuhayl, Hajin, Abu Hamam, al-Kasra, Gharanij; the Damascus countryside:
Beit Jinn and al-Kiswah; Suwayda and al-Mazraa; Tal Rifaat in northern Aleppo), Iraq (Samarra, Mutaibijah and
Dujail in Salahuddin; Sulaymaniyah, Penjwen, Zrgwez and Halabja; Baghdad's Dora, Sadr City, Tahrir Square and
airport; al-Qaim in western Anbar), Lebanon (Nabatieh, Kfar Roummane, Arnoun, Mayfadoun, Aitaroun; Sidon's Ain
al-Hilweh camp; Wadi Khaled and Bebnine in Akkar), Israel/Palestine (Gaza City's al-Zeitoun, al-Shujaiya and
coast; the Jordan Valley at Tayasir, Tammun and Ras Ein al-Auja; the Negev at Wadi al-Na'am), Yemen (Aden's
Mansoura, Crater and Mualla; Wadi Omaran in Abyan; Hajjah, Midi and Kushar; the Red Sea), Iran (Khuzestan: Ahvaz,
Shadegan, Abadan; Sistan-Baluchestan: Rask), the Gulf (Qeshm, Fujairah), Jordan (Amman) and Turkey's Syrian
border (Akcakale, Gaziantep, Kilis, Sanliurfa), with the outside powers acting in them (US, Israeli, Iranian,
Turkish, coalition forces) - published 2025-2026, written for this project in our own words, with hand-made
gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

The set gives a fresh, honest measurement above all on the target (actor2): civilians, a named faction, a
state's forces, a convoy, a base's "positions of X", a checkpoint, a vehicle standing for its owner, a village's
residents, a Bedouin encampment, a shelter school, a market, people named only by their trade (farmers,
shepherds, fishermen, aid workers, journalists, a teacher, a money changer, drivers), and attacks whose text names
no target at all (artillery on empty slopes, a rocket in an empty field, neighbourhoods shelled). Around it: events
told with a passive ("was hit by", "were hit by Israeli drones"), tolls for one side beside zeros for the other
("killing one smuggler ... No soldiers were hurt"), injured-only events, a toll given one or two sentences (or a
live-blog entry) after its event, a lead with no toll and two rival bare tolls, "escaped with light injuries"
beside "seven people were wounded", counts of vehicles, trucks, sheep, structures and trees that are not people;
partisan wording from several sides (a Syrian state agency's "Israeli occupation force", the Gaza Government
Media Office's "massacre" and "martyrs", an Israeli right-wing outlet's "terrorist", "anarchists" and "rioters",
an Iranian state-aligned outlet's "terrorist team", "Jaish al-Zolm" and "an enemy lie"); official voices (an
IDF press release, a CENTCOM press release, a Defence Ministry statement); a monitor's daily report, a local
radio bulletin, a live blog, a weekly round-up, a feature and an explainer whose background must not be scored,
and a nurse's first-person account; two versions of one event from two sources (an attack, abduction and exchange
of fire against a detention and a clash with soldiers hurt; a shelter school against a Hamas command centre; an
anarchists' mob against a settlers' attack; rival tolls in Mutaibijah and Wadi Omaran); uncertain perpetrators
("Bedouin tribal fighters ... others said ... government positions", "the American-Zionist enemy" against a
coalition denial and suspected Israeli drones, AQAP or "Houthi sleeper cells"); citing chains ("told IRNA", "Saba,
citing a source at the Interior Ministry", a security source "speaking to Tigris Wire"); counts in every form ("a
number of", "more than ten", "more than 50", "more than 300", "dozens", "around 30", "at least five", "seven
people" with a commander's "light injuries", "no one was hurt", "No injuries were reported", "He will live"); dates in every form
("late last night", "Yesterday morning", "Last Thursday", "last week", "Earlier this week", "this month", "Late on
Monday", "Throughout last night", "overnight", "the same night", "said in a statement on Monday", "April 6 and 7",
"in the summer of 2023", events with no date at all); several events in one sentence; aggregates and tallies;
denials, possible events, plans, threats and forecasts; metaphors ("fields sown with mines", "the soil itself has
become the enemy", "a black hole", "an island", "an open arena", "slipping through our fingers") and background
(1974, 2006, 2014, 2015, 2016, 2018, 2019, 2022, 2023, 2024, 2025) that must not be scored as news.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output,
its source, its tests, its docs, any JSONL file or the other dev and test sets. Only these files were read:
/work/shared/SPEC.md (sections 4 and 6 above all), /work/main/eval/gold/ANNOTATION.md,
/work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_k.py, plus the module docstrings
(the first ~45 lines) of build_dev_a.py to build_dev_j.py, read only to avoid repeating their theatres and
incidents. goldkit.py is copied beside this file unchanged.

One voice per article: (1) Deir ez-Zor - a monitor's daily report: a clan's attack on an SDF checkpoint, an IED on
an SDF vehicle, a leftover mine, an arrest raid with disputed detainees, a teacher shot, tyres burned, a tally,
2023 background; (2) the Damascus countryside - a Syrian state agency: an Israeli raid on Beit Jinn in two
versions, drones on army positions near al-Kiswah, farmland razed, background, a threat and a forecast; (3)
Suwayda - a nurse's first-person account: mortars on al-Mazraa with two suspected perpetrators, drivers taken
at a checkpoint, aid workers fired on, a sniper, a gathering, background; (4) Tal Rifaat - a feature: mines kill
farmers and maim a boy, a gunfight between two SNA factions, 2016/2024/2025 background, a forecast; (5) Samarra -
a wire story: an IS attack on a PMF position with two tolls, an IED on shepherds, arrests and a suicide belt near
Dujail, relatives of the missing, a planned sweep; (6) Sulaymaniyah - a local radio bulletin: Iranian shelling
with no target, drones on a Komala camp, a gang's arrest and kidnapping, a blocked salaries protest, a sit-in, a
forecast; (7) Baghdad - a live blog: a rocket near the airport, a rocket dismantled, a faction-police gunfight in
Dora with its toll later and a denial, arrests, a protest, a grenade, context; (8) Nabatieh - an IDF press
release: an operative killed, two strikes in one sentence, a vehicle struck, a cache destroyed, an interception,
a tally, a pledge; (9) Ain al-Hilweh and Akkar - a local news site: a Fatah-Jund al-Sham gunfight, a ceasefire, a
threat, a patrol fired on by smugglers, a road blocked with burning tyres; (10) Gaza City - the Government Media
Office: a shelter school struck and the army's version, fishermen and aid seekers fired on, a journalist hurt,
shelling, tallies; (11) the Jordan Valley and the Negev - an Israeli right-wing outlet: a checkpoint shooting,
arrests, two versions of a shepherds' incident, demolitions and a riot, threats, a forecast; (12) Aden and Abyan -
a wire story: a car bomb on a convoy, a sweep of migrants, an AQAP attack with rival tolls, a power-cut riot,
background, a forecast; (13) Hajjah and the Red Sea - a CENTCOM press release: strikes, a missile-and-drone salvo
and its interception, the Houthis' market claim and CENTCOM's doubt, tallies, a pledge; (14) Khuzestan and
Sistan-Baluchestan - an Iranian state-aligned outlet: a "terrorist team" arrested, a bomb defused, a protest and
a breakaway riot, the opposition's claim and its denial, Basij members killed; (15) the Gulf, Jordan and
Turkey's border - a weekly round-up: a tanker seized, a blast off Fujairah, tear gas in Amman, two Syrians shot
and the ministry's version, IS suspects detained; (16) al-Qaim - an explainer: a strike on a PMF convoy with no
known perpetrator, a drone downed, a rally, an unverified strike near Albu Kamal, background, a forecast. The
incidents are composite or invented, with invented names of people; the gold encodes what each TEXT says,
including its slant, hedges and sources, not what is true. Articles are 250-450 words; check_l below adds the
250-word floor and the 2025-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_l.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its
text, word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number
ranges, then writes the JSONL beside this file).

Conventions: those listed in build_dev_k.py's docstring (and through it dev_j to dev_c), kept unchanged: zero
casualties -> 0..0; "No one was hurt" -> killed and injured 0..0; "No injuries were reported" / "no U.S. personnel
were injured" -> injured 0..0 only; "a number of" 2..open; "dozens" 24..open; "more than N" N+1..open; "at least
N" N..open; "around N" N..N; a count that covers one side only -> N..open; one side's dead plus the other's "a
number of" -> the open sum; "eliminated" a named single person -> killed 1; victims who are not casualties
(detainees, abductees, crews) -> no number fields; non-core copies of headline restatements; symmetric clashes;
"near X" / "south of X" -> X's coordinates within ~15 km, names only from ~25 km; villages, districts, sea
areas and places we cannot pin to ~10 km -> names and country only; open sea -> names only, no country; denied/
planned/hypothetical/aggregate events are never core; "last night" / "overnight" / "on Sunday night" -> both
days; "said on Monday" with no date of its own -> that day or the day before; "last week" -> the previous Monday
to Sunday; "this month" -> the 1st to publication; "Earlier this week" -> Monday to publication; uncertain
perpetrators -> every alternative in actor1 plus unknown; a perpetrator a source blames without a claim -> the
blamed actor plus unknown; a forecast or a third party's conditional -> hypothetical, an actor's own threat, even
with a condition -> planned (no date when it would fall after publication); a party's claim the writer cannot
verify -> core, occurred, sourced to the party; two versions of one event (different tolls, targets or types) ->
one core event per version; a detail a second source adds -> non-core copy; background recounted in passing ->
non-core; a wave of strikes at one place and time -> one event; a cache found or a bomb defused on its own ->
Disrupted weapons use; a road blocked with burning tyres -> Riots/Violent demonstration; a unit sent "to
separate" -> non-core Headquarters or base established; a mine left over from a war -> unknown; mixed
missile-and-drone salvos -> Air/drone strike; a calm gathering and a group that breaks away to riot elsewhere ->
two core events. Added or made explicit here:
- The target may be absent: artillery on "empty slopes", a rocket in "an empty field", shelling of named
  neighbourhoods with no victims told -> no actor2 key (ANNOTATION.md's "Omit the key when the text gives no
  target"); the place goes in location only.
- A raid told by both sides in separate paragraphs, each with its own labels (dev-l-02: the agency's attack on
  residents, abduction of four young men and an exchange of fire with the town's young men, against the army's
  detention of "suspects" and armed men firing at troops, six soldiers hurt) -> one core event per act per
  version, since the types (abduction / arrest) and the tolls (none / six soldiers) differ.
- The detainees' identity disputed ("an Islamic State cell" / "farmers with no links to the group") -> one core
  Arrests event on the author's plain wording, every description in actor2, and each side's characterisation a
  non-core copy sourced to it.
- A lead with no toll of its own, followed by two sources' bare tolls in sentences without a trigger ("The PMF
  said three ... were killed"; "a doctor ... five bodies") -> one core event whose range covers both (3..5), each
  toll a non-core copy sourced to its giver. Rival tolls stated with their own trigger (Mutaibijah, Wadi Omaran)
  stay one core event per version.
- "The commander ... escaped with light injuries" beside "seven people were wounded" -> injured 7..8 (he may or
  may not be among the seven).
- An explicit statement of survival ("He will live") -> killed 0..0 beside the injured; a wounded person who "went
  home" with nothing said about death -> injured only.
- Two versions of one Jordan Valley incident that differ in attackers, targets, tolls and type -> one core
  event each: "far-left anarchists and Arabs attacked ... shepherds with stones and clubs" -> Riots/Mob violence;
  "the shepherds, backed by armed settlers, raided a Bedouin encampment and beat its residents" -> Violence
  against civilians/Attack (settlers as an identity militia against civilians).
- Members of a state paramilitary (the Basij) shot in their vehicle, with no return fire told, an armed faction's
  officer shot outside his home, and an attack on a military parade -> Battles/Armed clash (not Violence against
  civilians: the targets are armed actors).
- Naval gunfire on fishermen and fire on crowds waiting for aid -> Violence against civilians/Attack; a drone
  firing a missile at journalists -> Explosions/Remote violence/Air/drone strike.
- A ship seized with its crew detained -> Strategic developments/Arrests (the sub-type does not affect matching;
  the crew are not casualties).
- An explosion a vessel reports as fact, with its cause hedged ("may have been caused by a limpet mine") -> a core,
  occurred Remote explosive event with an unknown actor; the hedge -> a non-core possible copy.
- Arrests made in the same act as a clash or a riot's dispersal and told with it (Wadi Khaled, Wadi al-Na'am,
  Abadan, Amman) -> non-core Arrests copies; arrests told as their own item (Dora's 14, Tammun, Dujail) -> core.
- A protest blocked by police with two organisers briefly detained, with no violence by the protesters -> core
  Protests/Protest with intervention on the gathering sentence; the blocking -> a non-core intervention copy; the
  detentions -> a non-core Arrests copy. Tear gas to disperse a march -> Protest with intervention.
- A rally burning flags (no violence against people or property) -> Protests/Peaceful protest.
- A kidnapping of "last week" recounted when its culprits are arrested -> core (recent, placed, dated), not
  background; a criminal gang's ransom kidnapping -> Violence against civilians/Abduction.
- The writer's own doubt about a party's claim ("initial reviews found no evidence that a market was struck") ->
  the claim core and occurred, sourced to the party; the doubt -> a non-core denied event sourced to the writer.
  An army's "warning shots" at "suspects" that asserts nothing about hits -> a non-core copy; a ministry's
  "warning shots ... no one was hit" against a monitor's two dead -> a non-core denied event.
- A headline phrased as a question ("Who struck the PMF convoy near al-Qaim?") -> a non-core copy.
- Troops entering a buffer zone "seized" with no fighting told -> non-core Strategic developments/Non-violent
  transfer of territory; a passing mention of an old accord ("the 1974 Disengagement Agreement", "the March 2023
  security agreement") -> a non-core Agreement dated to its year or month; a weapons hand-over -> non-core
  Change to group/activity.
- Simultaneous raids in three provinces on one day -> one core Arrests event with names and country only.
- A cluster bomblet picked up and exploding -> Remote explosive/landmine/IED, like a leftover mine.
- "The same night" as a strike at 1 am on Saturday -> Friday or Saturday; "in the summer of 2023/2019" -> 1 June
  to 30 September; "Later that night" after a Sunday-evening gathering -> Sunday or Monday.
- A court sentence, naval drills, a curfew, a committee, a humanitarian convoy, an accidental explosion of
  ammunition and a water pipeline are not ACLED events -> no gold (said in the comments)."""

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
    GRENADE,
    IED,
    INTERVENTION,
    LOOT,
    MOB,
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


# goldkit's check_article plus this set's 250-word floor and 2025-01-01..2026-11-30 window.
check_l = windowed_check("2025-01-01", "2026-11-30", min_words=250)


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three
# letters are left out on purpose: the scorer matches by case-insensitive containment either way. Each
# list holds the canonical name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities, camps and bases we can pin to ~0.05 degrees from our own knowledge;
# villages, districts, border sectors, sea areas and sites we cannot pin get names and a country only.
IQARMY = ["Iraqi army", "Iraqi security forces", "Iraqi forces", "Military Forces of Iraq", "security forces"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
KH = ["Kataib Hezbollah", "Kata'ib Hizballah", "Kataib Hizbullah", "Kata'ib Hezbollah"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
SYGOV = [
    "Syrian government",
    "government forces",
    "Syrian army",
    "General Security",
    "Interior Ministry",
    "Ministry of Defence",
    "security forces",
    "Damascus",
    "Military Forces of Syria",
    "Police Forces of Syria",
]
SYARMY = ["Syrian Arab Army", "Syrian army", "army", "Military Forces of Syria", "Ministry of Defence",
          "Syrian government", "government forces"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "SDF forces"]
SNA = ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed factions of the Syrian National Army"]
USA = [
    "United States",
    "US forces",
    "U.S. forces",
    "US military",
    "U.S. military",
    "American",
    "Military Forces of the United States",
]
COALITION = ["international coalition", "US-led coalition", "US-led international coalition", "coalition",
             "Global Coalition"] + USA
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
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
AQAP = ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda", "Al Qaeda in the Arabian Peninsula", "militants"]
IRAN = ["Iran", "Iranian", "Military Forces of Iran", "Islamic Revolutionary Guard Corps", "Revolutionary Guards",
        "IRGC"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-l-01  monitor's daily report — Syria/Deir ez-Zor tribal areas: al-Busayrah, al-Shuhayl, Hajin, Abu Hamam, al-Kasra, Gharanij (Tue 11 Feb 2025)
# =============================================================================
T01 = """Daily field report: clan gunmen and SDF fight at al-Busayrah checkpoint; shepherd killed by mine near Hajin

Euphrates Monitor for Human Rights (EMHR) | Deir ez-Zor governorate | Daily field report | Tuesday, 11 February 2025

EMHR's correspondents in the eastern countryside of Deir ez-Zor documented the following incidents over the past three days. All figures are provisional.

1. Al-Busayrah: Gunmen from the al-Bakir clan attacked a checkpoint of the Syrian Democratic Forces (SDF) at the northern entrance of al-Busayrah late last night, setting off a gun battle that lasted about two hours. Three SDF members and one of the gunmen were killed, and at least five people were wounded, among them a woman hit by a stray bullet inside her home. The clan accuses the SDF of killing one of its young men during a house raid last week.

2. Al-Shuhayl: Yesterday morning, a military vehicle of the SDF was hit by an explosive device planted on the road between al-Shuhayl and al-Busayrah. The vehicle was destroyed. EMHR could not establish whether anyone was inside.

3. Hajin: A shepherd in his sixties was killed and his grandson wounded on Monday afternoon when a landmine left over from the battles against the Islamic State group exploded in the desert east of Hajin. Nine of their sheep were also killed.

4. Abu Hamam: SDF forces, backed by a helicopter of the US-led international coalition, raided homes in the town of Abu Hamam at dawn today and arrested seven young men. The SDF said the raid targeted an Islamic State cell; relatives say the detainees are farmers with no links to the group.

5. Al-Kasra: Unidentified gunmen on a motorcycle shot dead a teacher, Mahmoud al-Hassan, as he left his school in al-Kasra, north-west of Deir ez-Zor city, on Sunday. No one has claimed the killing. The teacher had recently criticised both the SDF and the tribal fighters on social media.

6. Gharanij: Several hundred residents blocked the Hajin-Deir ez-Zor road with burning tyres on Monday, demanding the release of relatives held by the SDF.

Since the start of the year, EMHR has documented 41 deaths in fighting between the SDF and tribal gunmen in the governorate. Tensions have run high since August 2023, when the SDF arrested Ahmed al-Khabil (Abu Khawla), the head of the Deir ez-Zor Military Council, and tribal fighters answered with weeks of battles along the eastern bank of the Euphrates.

EMHR calls on all parties to keep civilians out of their disputes.
"""

SDF01 = SDF + ["SDF members", "checkpoint", "SDF checkpoint", "military vehicle", "vehicle"]
CLAN01 = ["al-Bakir clan", "Bakir clan", "clan gunmen", "gunmen", "tribal gunmen", "tribal fighters", "Uqaydat",
          "clan"]
BUSAYRAH = L(["al-Busayrah", "Busayrah", "al-Busayra", "Busaira", "al-Busaira", "northern entrance of al-Busayrah"],
             35.15, 40.43, "SY")
SHUHAYL = L(["al-Shuhayl", "Shuhayl", "al-Shuhail", "Shuheil", "road between al-Shuhayl and al-Busayrah",
             "al-Busayrah"], cc="SY")
HAJIN = L(["Hajin", "Hajeen", "desert east of Hajin", "east of Hajin"], 34.69, 40.83, "SY")
ABU_HAMAM = L(["Abu Hamam", "Abu Hammam", "Abu Hamam town"], cc="SY")
# al-Kasra lies some 10-15 km from the city it is placed by ("north-west of Deir ez-Zor city") -> the city's point
KASRA = L(["al-Kasra", "Kasra", "al-Kasrah", "north-west of Deir ez-Zor city", "Deir ez-Zor"], 35.33, 40.14, "SY")
GHARANIJ = L(["Gharanij", "Gharanej", "al-Gharanij", "Hajin-Deir ez-Zor road"], cc="SY")
DEZ = L(["Deir ez-Zor", "Deir ez-Zor governorate", "Deir al-Zour", "eastern bank of the Euphrates"], cc="SY")
EMHR = ["Euphrates Monitor for Human Rights", "Euphrates Monitor", "EMHR", "EMHR's correspondents", "monitor",
        "author"]
MON01 = D("2025-02-10")
E01 = [
    # a clan's attack on a checkpoint that becomes a two-hour gun battle -> Armed clash, symmetric; the toll comes
    # in the next sentence (three SDF members and one gunman -> 4; "at least five" wounded -> 5..open); "late last
    # night" -> both days
    E(
        True,
        "Gunmen from the al-Bakir clan attacked a checkpoint of the Syrian Democratic Forces (SDF) at the northern entrance of al-Busayrah late last night, setting off a gun battle that lasted about two hours",
        BAT,
        CLASH,
        actor1=CLAN01 + SDF01,
        actor2=SDF01 + CLAN01,
        location=BUSAYRAH,
        date=D("2025-02-10", "2025-02-11"),
        killed=R(4),
        injured=R(5, None),
        source=EMHR,
    ),
    E(
        False,
        "clan gunmen and SDF fight at al-Busayrah checkpoint",
        BAT,
        CLASH,
        actor1=CLAN01 + SDF01,
        actor2=SDF01 + CLAN01,
        location=BUSAYRAH,
        date=D("2025-02-10", "2025-02-11"),
        source=EMHR,
    ),
    # the clan's accusation about an earlier raid -> non-core background, sourced to the clan; no place given
    E(
        False,
        "The clan accuses the SDF of killing one of its young men during a house raid last week",
        VAC,
        ATTACK,
        actor1=SDF,
        actor2=CIV + ["young men", "one of its young men", "al-Bakir clan"],
        date=D("2025-02-03", "2025-02-09"),
        killed=R(1),
        source=["al-Bakir clan", "clan"],
    ),
    # a passive ("was hit by"); the vehicle is not a casualty and nobody is known to have been inside -> no
    # numbers; no one blamed -> unknown; "on the road between X and Y" with neither pinned -> names only
    E(
        True,
        "a military vehicle of the SDF was hit by an explosive device planted on the road between al-Shuhayl and al-Busayrah",
        EXP,
        IED,
        actor1=UNK,
        actor2=SDF01,
        location=SHUHAYL,
        date=MON01,
        source=EMHR,
    ),
    # a mine left over from a war has no known planter -> unknown (dev-k-04); the sheep are not casualties
    E(
        True,
        "A shepherd in his sixties was killed and his grandson wounded on Monday afternoon when a landmine left over from the battles against the Islamic State group exploded in the desert east of Hajin",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["shepherd", "grandson", "shepherd in his sixties"],
        location=HAJIN,
        date=MON01,
        killed=R(1),
        injured=R(1),
        source=EMHR,
    ),
    E(
        False,
        "shepherd killed by mine near Hajin",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["shepherd"],
        location=HAJIN,
        date=MON01,
        killed=R(1),
        source=EMHR,
    ),
    # the detainees' identity is disputed (an IS cell / farmers): the author's plain account is the core event,
    # with every description in actor2; each side's characterisation -> a non-core copy sourced to it
    E(
        True,
        "SDF forces, backed by a helicopter of the US-led international coalition, raided homes in the town of Abu Hamam at dawn today and arrested seven young men",
        STR,
        ARRESTS,
        actor1=SDF + COALITION,
        actor2=["seven young men", "young men", "Islamic State cell", "farmers", "detainees"],
        location=ABU_HAMAM,
        date=D("2025-02-11"),
        source=EMHR,
    ),
    E(
        False,
        "The SDF said the raid targeted an Islamic State cell",
        STR,
        ARRESTS,
        actor1=SDF + COALITION,
        actor2=["Islamic State cell"] + ISIS,
        location=ABU_HAMAM,
        date=D("2025-02-11"),
        source=SDF,
    ),
    E(
        False,
        "relatives say the detainees are farmers with no links to the group",
        STR,
        ARRESTS,
        actor1=SDF + COALITION,
        actor2=CIV + ["farmers", "detainees"],
        location=ABU_HAMAM,
        date=D("2025-02-11"),
        source=["relatives"],
    ),
    E(
        True,
        "Unidentified gunmen on a motorcycle shot dead a teacher, Mahmoud al-Hassan, as he left his school in al-Kasra, north-west of Deir ez-Zor city, on Sunday",
        VAC,
        ATTACK,
        actor1=UNK + ["Unidentified gunmen", "gunmen"],
        actor2=CIV + ["teacher", "Mahmoud al-Hassan"],
        location=KASRA,
        date=D("2025-02-09"),
        killed=R(1),
        source=EMHR,
    ),
    # a road blocked with burning tyres -> Riots/Violent demonstration (dev-j-04)
    E(
        True,
        "Several hundred residents blocked the Hajin-Deir ez-Zor road with burning tyres on Monday",
        RIOT,
        VIOLENT,
        actor1=PROTESTERS + ["residents", "rioters", "several hundred residents"],
        location=GHARANIJ,
        date=MON01,
        source=EMHR,
    ),
    # the year's tally -> aggregate
    E(
        False,
        "EMHR has documented 41 deaths in fighting between the SDF and tribal gunmen in the governorate",
        BAT,
        CLASH,
        actor1=SDF + CLAN01,
        actor2=CLAN01 + SDF,
        location=DEZ,
        date=D("2025-01-01", "2025-02-11"),
        killed=R(41),
        source=EMHR,
        aggregate=True,
    ),
    # background, 2023 -> non-core; no place is given for the arrest
    E(
        False,
        "the SDF arrested Ahmed al-Khabil (Abu Khawla), the head of the Deir ez-Zor Military Council",
        STR,
        ARRESTS,
        actor1=SDF,
        actor2=["Ahmed al-Khabil", "Abu Khawla", "Deir ez-Zor Military Council"],
        date=D("2023-08-01", "2023-08-31"),
        source=EMHR,
    ),
    E(
        False,
        "tribal fighters answered with weeks of battles along the eastern bank of the Euphrates",
        BAT,
        CLASH,
        actor1=CLAN01 + SDF,
        actor2=SDF + CLAN01,
        location=DEZ,
        date=D("2023-08-01", "2023-09-30"),
        source=EMHR,
        aggregate=True,
    ),
    # no gold: "Tensions have run high" (no act), the appeal, the destroyed vehicle and the dead sheep (inside their
    # events), "No one has claimed the killing"
]
DOCS.append(
    (
        "dev-l-01",
        "Euphrates Monitor for Human Rights (daily field report)",
        "2025-02-11",
        "monitor's daily report",
        "Syria/Deir ez-Zor tribal areas: a clan's attack on an SDF checkpoint in al-Busayrah (toll in the next "
        "sentence), an IED on an SDF vehicle (passive, no toll), a leftover mine (shepherd dead, grandson hurt, sheep), "
        "an SDF-coalition arrest raid with the detainees' identity disputed, a teacher shot, tyres burned on a road, "
        "a tally, 2023 background",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-l-01", "Tuesday, 11 February 2025", "2025-02-11", "Tuesday"),
    ("dev-l-01", "Yesterday morning / on Monday", "2025-02-10", "Monday"),
    ("dev-l-01", "on Sunday", "2025-02-09", "Sunday"),
    ("dev-l-01", "last week (start)", "2025-02-03", "Monday"),
]

# =============================================================================
# dev-l-02  state news agency (partisan, official) — Syria/Damascus countryside: Beit Jinn, Mazraat Beit Jinn, al-Kiswah (Thu 19 Feb 2026)
# =============================================================================
T02 = """Israeli occupation force kills three civilians in Beit Jinn incursion; army positions near al-Kiswah hit by drones

DAMASCUS, 19 February (Syrian Press Agency) - Three civilians were killed and six others wounded at dawn today when an Israeli occupation force stormed the town of Beit Jinn in the western Damascus countryside and opened fire on residents, a source in the Damascus Countryside governorate told our agency.

The source said the occupation force, backed by armoured vehicles and drones, broke into homes in the eastern neighbourhood of the town and abducted four young men, among them two brothers, taking them to an unknown destination. Young men of the town confronted the force with light weapons, and an exchange of fire lasted nearly an hour before the force withdrew towards the occupied Golan.

The Israeli army claimed on its Telegram channel that its troops had detained "suspects belonging to a terrorist organisation" in Beit Jinn and that armed men opened fire at them, lightly wounding six soldiers. The occupation made no mention of the civilian victims.

In a separate aggression, positions of the Syrian Arab Army near the town of al-Kiswah, south of Damascus, were hit by Israeli drones on Tuesday evening, destroying two military vehicles and an ammunition depot, the Ministry of Defence said in a statement. No soldiers were killed, the ministry said, without saying whether any were wounded.

Yesterday, occupation bulldozers razed farmland and uprooted dozens of olive trees on the outskirts of the village of Mazraat Beit Jinn, residents said.

The Ministry of Foreign Affairs and Expatriates condemned the "flagrant and repeated aggression against Syrian sovereignty" and called on the Security Council to compel the occupation to withdraw from the buffer zone it seized in December 2024, in violation of the 1974 Disengagement Agreement.

Since the fall of the former regime, the occupation has carried out hundreds of air strikes and ground incursions on Syrian territory, turning the south into an open arena for its violations.

A military source said the army "reserves the right to respond at the appropriate time and place" to any new incursion. Observers warned that the south could slide into a wider confrontation if the incursions continue.
"""

ISR02 = ISRAEL + ["Israeli occupation", "Israeli occupation force", "occupation force", "occupation", "force",
                  "Israeli drones", "occupation bulldozers", "its troops", "troops", "soldiers"]
RES02 = CIV + ["residents", "three civilians", "civilian victims"]
MEN02 = CIV + ["four young men", "young men", "two brothers", "brothers"]
LOCALS02 = ["young men of the town", "young men", "armed men", "local gunmen", "residents", "gunmen"]
SYA02 = SYARMY + ["positions of the Syrian Arab Army", "military vehicles", "ammunition depot"]
BEIT_JINN = L(["Beit Jinn", "Beit Jin", "Bayt Jinn", "western Damascus countryside", "Damascus countryside"],
              33.31, 35.88, "SY")
MAZRAAT = L(["Mazraat Beit Jinn", "Mazraat Bayt Jinn", "Beit Jinn"], 33.31, 35.88, "SY")
KISWAH = L(["al-Kiswah", "Kiswah", "al-Kiswa", "Kisweh", "south of Damascus"], 33.36, 36.24, "SY")
SPA = ["Syrian Press Agency", "our agency", "author"]
GOVSRC02 = ["source in the Damascus Countryside governorate", "Damascus Countryside governorate", "source"] + SPA
IDFSRC02 = ["Israeli army", "Telegram channel", "IDF", "Israeli military", "occupation"]
TODAY02 = D("2026-02-19")
E02 = [
    # the agency's version, act by act: an attack on residents (3 dead, 6 hurt), an abduction of four young men,
    # an exchange of fire with the town's young men (no toll); the army's version in its own paragraph and words:
    # a detention of "suspects" and armed men firing at troops (six soldiers hurt). One core event per act per
    # version (types and tolls differ: abduction against detention, a clash with and without a toll)
    E(
        True,
        "Three civilians were killed and six others wounded at dawn today when an Israeli occupation force stormed the town of Beit Jinn in the western Damascus countryside and opened fire on residents",
        VAC,
        ATTACK,
        actor1=ISR02,
        actor2=RES02,
        location=BEIT_JINN,
        date=TODAY02,
        killed=R(3),
        injured=R(6),
        source=GOVSRC02,
    ),
    E(
        False,
        "Israeli occupation force kills three civilians in Beit Jinn incursion",
        VAC,
        ATTACK,
        actor1=ISR02,
        actor2=RES02,
        location=BEIT_JINN,
        date=TODAY02,
        killed=R(3),
        source=SPA,
    ),
    E(
        True,
        "broke into homes in the eastern neighbourhood of the town and abducted four young men, among them two brothers, taking them to an unknown destination",
        VAC,
        ABDUCT,
        actor1=ISR02,
        actor2=MEN02,
        location=BEIT_JINN,
        date=TODAY02,
        source=GOVSRC02,
    ),
    E(
        True,
        "Young men of the town confronted the force with light weapons, and an exchange of fire lasted nearly an hour before the force withdrew towards the occupied Golan",
        BAT,
        CLASH,
        actor1=LOCALS02 + ISR02,
        actor2=ISR02 + LOCALS02,
        location=BEIT_JINN,
        date=TODAY02,
        source=GOVSRC02,
    ),
    E(
        True,
        'its troops had detained "suspects belonging to a terrorist organisation" in Beit Jinn',
        STR,
        ARRESTS,
        actor1=ISR02,
        actor2=MEN02 + ["suspects", "terrorist organisation"],
        location=BEIT_JINN,
        date=TODAY02,
        source=IDFSRC02,
    ),
    E(
        True,
        "armed men opened fire at them, lightly wounding six soldiers",
        BAT,
        CLASH,
        actor1=LOCALS02 + ISR02,
        actor2=ISR02 + LOCALS02,
        location=BEIT_JINN,
        date=TODAY02,
        injured=R(6),
        source=IDFSRC02,
    ),
    # a passive with "positions of X" as the target; "No soldiers were killed" and the wounded left open -> killed
    # 0..0, no injured field; the vehicles and the depot are not casualties
    E(
        True,
        "positions of the Syrian Arab Army near the town of al-Kiswah, south of Damascus, were hit by Israeli drones on Tuesday evening, destroying two military vehicles and an ammunition depot",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=SYA02,
        location=KISWAH,
        date=D("2026-02-17"),
        killed=R(0),
        source=["Ministry of Defence", "Syrian Ministry of Defence", "ministry", "statement"],
    ),
    E(
        False,
        "army positions near al-Kiswah hit by drones",
        EXP,
        AIR,
        actor1=ISR02,
        actor2=SYA02,
        location=KISWAH,
        date=D("2026-02-17"),
        source=SPA,
    ),
    E(
        True,
        "occupation bulldozers razed farmland and uprooted dozens of olive trees on the outskirts of the village of Mazraat Beit Jinn",
        STR,
        LOOT,
        actor1=ISR02,
        actor2=CIV + ["farmland", "olive trees", "residents", "farmers"],
        location=MAZRAAT,
        date=D("2026-02-18"),
        source=["residents"] + SPA,
    ),
    # background in passing -> non-core: the move into the buffer zone (no fighting is told) and the 1974 accord
    E(
        False,
        "the buffer zone it seized in December 2024",
        STR,
        TRANSFER,
        actor1=ISR02,
        location=L(["buffer zone", "Golan", "occupied Golan"], cc="SY"),
        date=D("2024-12-01", "2024-12-31"),
        source=["Ministry of Foreign Affairs and Expatriates", "Foreign Ministry"] + SPA,
    ),
    E(
        False,
        "the 1974 Disengagement Agreement",
        STR,
        AGREE,
        actor1=ISRAEL + SYARMY,
        actor2=SYARMY + ISRAEL,
        location=L(["Golan", "buffer zone"], cc="SY"),
        date=D("1974-01-01", "1974-12-31"),
        source=["Ministry of Foreign Affairs and Expatriates", "Foreign Ministry"] + SPA,
    ),
    # "since the fall of the former regime" (8 December 2024) -> aggregate to publication
    E(
        False,
        "the occupation has carried out hundreds of air strikes and ground incursions on Syrian territory",
        EXP,
        AIR,
        actor1=ISR02,
        location=L(["Syria", "Syrian territory", "the south"], cc="SY"),
        date=D("2024-12-08", "2026-02-19"),
        source=SPA,
        aggregate=True,
    ),
    # the army's own threat -> planned; the observers' conditional forecast -> hypothetical
    E(
        False,
        'the army "reserves the right to respond at the appropriate time and place" to any new incursion',
        BAT,
        CLASH,
        actor1=SYARMY,
        actor2=ISR02,
        location=L(["southern Syria", "the south", "Damascus countryside"], cc="SY"),
        source=["military source", "Syrian army"],
        status="planned",
    ),
    E(
        False,
        "the south could slide into a wider confrontation if the incursions continue",
        BAT,
        CLASH,
        actor1=ISR02 + SYARMY,
        actor2=SYARMY + ISR02,
        location=L(["southern Syria", "the south"], cc="SY"),
        source=["Observers", "observers"],
        status="hypothetical",
    ),
    # no gold: "turning the south into an open arena" (a metaphor), the condemnation and the call on the Security
    # Council, "made no mention of the civilian victims", the withdrawal (inside the clash)
]
DOCS.append(
    (
        "dev-l-02",
        "Syrian Press Agency",
        "2026-02-19",
        "state news agency (partisan official voice)",
        "Syria/Damascus countryside: an Israeli raid on Beit Jinn told twice - the agency's attack on residents "
        "(3 dead, 6 hurt), abduction and exchange of fire against the army's detention of 'suspects' and armed men "
        "wounding six soldiers; drones on army positions near al-Kiswah (passive, killed 0, wounded unsaid, "
        "vehicles); farmland razed; buffer-zone and 1974 background, an aggregate, a threat, a forecast, a metaphor",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-l-02", "19 February / today", "2026-02-19", "Thursday"),
    ("dev-l-02", "on Tuesday evening", "2026-02-17", "Tuesday"),
    ("dev-l-02", "Yesterday", "2026-02-18", "Wednesday"),
]

# =============================================================================
# dev-l-03  eyewitness piece (first person) — Syria/Suwayda: al-Mazraa, the Damascus-Suwayda highway near al-Masmiyah, Walgha, Suwayda city (Tue 5 Aug 2025)
# =============================================================================
T03 = """'We counted the shells from the hospital roof': a nurse's three days in Suwayda

SUWAYDA, Syria, August 5 (Jabal Voices) - Lina Azzam has worked as a nurse at the National Hospital in Suwayda for eleven years. She asked us to publish her account of the past three days in her own words.

"Shortly after nine on Sunday evening, mortar rounds began to fall on the village of al-Mazraa, west of the city. From the hospital roof we could see the flashes and count the explosions, one every few minutes. By midnight the ambulances had brought us two dead, a farmer and his teenage son, and eleven wounded, most of them women and children.

The men who carried the wounded in did not agree on who fired. Some blamed Bedouin tribal fighters on the hills near the Damascus road; others said the shells came from government positions. I cannot tell you which is true.

On Monday morning my cousin Salim, who trades in vegetables, was stopped at a makeshift checkpoint on the Damascus-Suwayda highway, near the village of al-Masmiyah. Men in military fatigues took him and two other drivers from their trucks. We have heard nothing since. When my uncle called the Interior Ministry, an official told him there was no record of any arrest.

In the afternoon, gunmen fired on a car of a local charity near the village of Walgha as it carried three aid workers back from a distribution, wounding the driver in the arm. We treated him and he went home the same night.

Late on Monday a young man was brought in with a bullet in his shoulder. He said a sniper had fired at his motorbike on the western ring road. He will live.

Yesterday evening hundreds of people gathered in al-Karama Square, as they did every week during the protests of 2023, calling for the highway to be reopened and for an international inquiry. It ended peacefully.

We are told the ceasefire agreed on July 19 is holding. In July, Israeli jets struck government tanks on the edges of the city, and for a few days people thought the world was watching. Now Suwayda feels like an island. If the road stays closed, the doctors say, we will run out of insulin and dialysis supplies within two weeks."
"""

BEDOUIN03 = ["Bedouin tribal fighters", "Bedouin fighters", "tribal fighters", "Bedouin", "Bedouin tribes"]
GOV03 = SYGOV + ["government positions"]
SHELLERS03 = UNK + BEDOUIN03 + GOV03
MAZRAA = L(["al-Mazraa", "al-Mazra'a", "Mazraa", "al-Mazraah", "west of the city", "Suwayda", "Sweida"],
           32.71, 36.57, "SY")
MASMIYAH = L(["al-Masmiyah", "Masmiyah", "al-Masmiyeh", "Damascus-Suwayda highway", "makeshift checkpoint"], cc="SY")
WALGHA = L(["Walgha", "Walgha village", "al-Walgha"], cc="SY")
SUWAYDA = L(["Suwayda", "Sweida", "as-Suwayda", "al-Suwayda", "Suwayda city", "western ring road", "al-Karama Square",
             "Karama Square"], 32.71, 36.57, "SY")
AZZAM = ["Lina Azzam", "nurse", "Jabal Voices", "author"]
MON03 = D("2025-08-04")
E03 = [
    # the toll comes two sentences later ("By midnight ... two dead ... eleven wounded"); the men's rival blame ->
    # both alternatives plus unknown; al-Mazraa lies some 10 km from the city it is placed by -> the city's point
    E(
        True,
        "Shortly after nine on Sunday evening, mortar rounds began to fall on the village of al-Mazraa, west of the city",
        EXP,
        SHELL,
        actor1=SHELLERS03,
        actor2=CIV + ["al-Mazraa", "village of al-Mazraa", "farmer", "teenage son", "women and children", "villagers"],
        location=MAZRAA,
        date=D("2025-08-03"),
        killed=R(2),
        injured=R(11),
        source=AZZAM,
    ),
    E(
        False,
        "Some blamed Bedouin tribal fighters on the hills near the Damascus road; others said the shells came from government positions",
        EXP,
        SHELL,
        actor1=SHELLERS03,
        actor2=CIV + ["al-Mazraa"],
        location=MAZRAA,
        date=D("2025-08-03"),
        source=["men who carried the wounded", "men"],
    ),
    # men in fatigues taking civilians off a highway, with no record of an arrest -> Abduction/forced
    # disappearance; abductees are not casualties; unnamed uniformed men -> unknown
    E(
        True,
        "Men in military fatigues took him and two other drivers from their trucks",
        VAC,
        ABDUCT,
        actor1=UNK + ["Men in military fatigues", "men in military fatigues", "gunmen"],
        actor2=CIV + ["Salim", "drivers", "two other drivers", "vegetable trader", "cousin"],
        location=MASMIYAH,
        date=MON03,
        source=AZZAM,
    ),
    # aid workers identified by their trade; "In the afternoon" after Monday morning -> Monday; the driver went home
    # -> only the wounded count is stated
    E(
        True,
        "gunmen fired on a car of a local charity near the village of Walgha as it carried three aid workers back from a distribution, wounding the driver in the arm",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["aid workers", "three aid workers", "local charity", "car", "driver"],
        location=WALGHA,
        date=MON03,
        injured=R(1),
        source=AZZAM,
    ),
    # an injured-only event; the wound is told in the sentence before, "He will live" -> killed 0..0; "Late on
    # Monday" -> Monday or into Tuesday
    E(
        True,
        "a sniper had fired at his motorbike on the western ring road",
        VAC,
        ATTACK,
        actor1=UNK + ["sniper"],
        actor2=CIV + ["young man", "motorbike"],
        location=SUWAYDA,
        date=D("2025-08-04", "2025-08-05"),
        killed=R(0),
        injured=R(1),
        source=["young man"] + AZZAM,
    ),
    E(
        True,
        "Yesterday evening hundreds of people gathered in al-Karama Square",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["people", "hundreds of people"],
        location=SUWAYDA,
        date=MON03,
        source=AZZAM,
    ),
    # background -> non-core: the 2023 weekly protests (aggregate), the July ceasefire (the text names no parties
    # -> no actors), the July strikes
    E(
        False,
        "as they did every week during the protests of 2023",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=SUWAYDA,
        date=D("2023-01-01", "2023-12-31"),
        source=AZZAM,
        aggregate=True,
    ),
    E(
        False,
        "the ceasefire agreed on July 19",
        STR,
        AGREE,
        location=SUWAYDA,
        date=D("2025-07-19"),
        source=AZZAM,
    ),
    E(
        False,
        "Israeli jets struck government tanks on the edges of the city",
        EXP,
        AIR,
        actor1=ISRAEL + ["Israeli jets"],
        actor2=SYGOV + ["government tanks", "tanks"],
        location=SUWAYDA,
        date=D("2025-07-01", "2025-07-31"),
        source=AZZAM,
    ),
    # no gold: "no record of any arrest" (not a denial of an act), "Now Suwayda feels like an island" (a
    # metaphor), the feared shortages (no act), the flashes and explosions (inside the shelling)
]
DOCS.append(
    (
        "dev-l-03",
        "Jabal Voices",
        "2025-08-05",
        "eyewitness piece (first-person account)",
        "Syria/Suwayda: a nurse's account - mortars on al-Mazraa (2 dead, 11 hurt, toll two sentences later, "
        "Bedouin fighters or government positions), three drivers taken at a checkpoint, aid workers' car fired on "
        "(driver hurt), a sniper (injured only, 'He will live'), a peaceful gathering, 2023 protests, the July "
        "ceasefire and Israeli strikes as background, a metaphor",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-l-03", "August 5", "2025-08-05", "Tuesday"),
    ("dev-l-03", "on Sunday evening", "2025-08-03", "Sunday"),
    ("dev-l-03", "On Monday morning / Late on Monday / Yesterday evening", "2025-08-04", "Monday"),
]

# =============================================================================
# dev-l-04  feature with background — Syria/northern Aleppo: Tal Rifaat, Sheikh Issa (Tue 22 Apr 2025)
# =============================================================================
T04 = """Feature: In Tal Rifaat, returning families find their fields sown with mines

TAL RIFAAT, Syria, April 22 (The Northern Review) - The almond trees around Tal Rifaat are in blossom, and for the first time in nine years the families who own them are back to see it. But the orchards they left behind are now dotted with small red flags, each marking a mine or an unexploded shell.

Last Thursday, two brothers ploughing their family's land just north of the town were killed when their tractor drove over a landmine. On Sunday, a twelve-year-old boy lost a leg when a cluster bomblet he had picked up while collecting scrap metal exploded near the village of Sheikh Issa. Nobody knows who laid the mine that killed the brothers; every force that has held this ground had reason to.

Tal Rifaat has changed hands twice in a decade. In February 2016, Kurdish-led forces, helped by Russian air strikes, seized the town from Syrian rebel factions, and most of its Arab residents fled north to Azaz. In early December 2024, as the Assad government collapsed, Turkish-backed factions of the Syrian National Army took it back, and the Kurdish fighters and thousands of Kurdish families left for Tabqa and Raqqa.

Under the March agreement between the SDF and the new government in Damascus, displaced people on both sides are in theory free to return. Roughly 6,000 have come back to Tal Rifaat so far, the local council says.

Demining teams of the Syria Civil Defence cleared 37 mines and unexploded shells from farmland around the town last week, said Omar Haj Younes, a team leader. "We need two hundred teams, not two," he said. "If help does not come before the harvest, more farmers will die."

Returning has also brought old quarrels back. On Saturday, an argument over a house that a fighter had occupied for months turned into a gunfight between men of the Sultan Murad Division and the Hamza Division in the town centre, wounding three fighters and a passer-by, a member of the local council said. The Defence Ministry sent a unit to separate the two sides, and the house was handed to its owner.

For Abu Ahmad, 64, who left in 2016 and came back in January, the mines are the price of going home. "Here the soil itself has become the enemy," he said. "But it is still our soil."
"""

SULTAN = ["Sultan Murad Division", "Sultan Murad", "men of the Sultan Murad Division"] + SNA
HAMZA = ["Hamza Division", "al-Hamza Division", "Hamza"] + SNA
KURDS04 = SDF + ["Kurdish fighters", "YPG", "People's Protection Units"]
REBELS04 = ["Syrian rebel factions", "rebel factions", "rebels", "Syrian rebels", "opposition factions"]
TAL_RIFAAT = L(["Tal Rifaat", "Tell Rifaat", "Tal Rifat", "Tall Rifat", "north of the town", "town centre"],
               36.47, 37.10, "SY")
SHEIKH_ISSA = L(["Sheikh Issa", "Shaykh Isa", "Sheikh Eissa"], cc="SY")
TNR = ["The Northern Review", "Northern Review", "author"]
COUNCIL04 = ["member of the local council", "local council"]
E04 = [
    # farmers identified by their land; a mine with no known planter (the text says so) -> unknown
    E(
        True,
        "two brothers ploughing their family's land just north of the town were killed when their tractor drove over a landmine",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["two brothers", "brothers", "farmers", "tractor"],
        location=TAL_RIFAAT,
        date=D("2025-04-17"),
        killed=R(2),
        source=TNR,
    ),
    # an injured-only event; a bomblet is unexploded ordnance like a mine -> Remote explosive/landmine/IED; the
    # village is not placed relative to the town -> names only
    E(
        True,
        "a twelve-year-old boy lost a leg when a cluster bomblet he had picked up while collecting scrap metal exploded near the village of Sheikh Issa",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["twelve-year-old boy", "boy", "child"],
        location=SHEIKH_ISSA,
        date=D("2025-04-20"),
        injured=R(1),
        source=TNR,
    ),
    # background -> non-core: 2016 (with the Russian air strikes in the same clause), December 2024 ("early
    # December" -> 1-10 December), the March agreement
    E(
        False,
        "Kurdish-led forces, helped by Russian air strikes, seized the town from Syrian rebel factions",
        BAT,
        NSAOVER,
        actor1=KURDS04,
        actor2=REBELS04,
        location=TAL_RIFAAT,
        date=D("2016-02-01", "2016-02-29"),
        source=TNR,
    ),
    E(
        False,
        "helped by Russian air strikes",
        EXP,
        AIR,
        actor1=["Russia", "Russian", "Military Forces of Russia", "Russian air force"],
        actor2=REBELS04,
        location=TAL_RIFAAT,
        date=D("2016-02-01", "2016-02-29"),
        source=TNR,
    ),
    E(
        False,
        "Turkish-backed factions of the Syrian National Army took it back",
        BAT,
        NSAOVER,
        actor1=SNA,
        actor2=KURDS04,
        location=TAL_RIFAAT,
        date=D("2024-12-01", "2024-12-10"),
        source=TNR,
    ),
    E(
        False,
        "the March agreement between the SDF and the new government in Damascus",
        STR,
        AGREE,
        actor1=SDF + SYGOV + ["new government in Damascus"],
        actor2=SYGOV + ["new government in Damascus"] + SDF,
        date=D("2025-03-01", "2025-03-31"),
        source=TNR,
    ),
    # a week's clearance of 37 items -> an aggregate of Disrupted weapons use; the team leader's conditional
    # forecast -> hypothetical
    E(
        False,
        "Demining teams of the Syria Civil Defence cleared 37 mines and unexploded shells from farmland around the town last week",
        STR,
        DISRUPT,
        actor1=["Syria Civil Defence", "Syrian Civil Defence", "White Helmets", "demining teams"],
        location=TAL_RIFAAT,
        date=D("2025-04-14", "2025-04-20"),
        source=["Omar Haj Younes", "team leader", "Syria Civil Defence"],
        aggregate=True,
    ),
    E(
        False,
        "If help does not come before the harvest, more farmers will die",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["farmers"],
        location=TAL_RIFAAT,
        source=["Omar Haj Younes", "team leader"],
        status="hypothetical",
    ),
    # two factions of the same (former) SNA fight over a house -> Armed clash, symmetric; three fighters and a
    # passer-by -> injured 4
    E(
        True,
        "an argument over a house that a fighter had occupied for months turned into a gunfight between men of the Sultan Murad Division and the Hamza Division in the town centre, wounding three fighters and a passer-by",
        BAT,
        CLASH,
        actor1=SULTAN + HAMZA,
        actor2=HAMZA + SULTAN,
        location=TAL_RIFAAT,
        date=D("2025-04-19"),
        injured=R(4),
        source=COUNCIL04 + TNR,
    ),
    # a unit sent "to separate" -> non-core Headquarters or base established (dev-k)
    E(
        False,
        "The Defence Ministry sent a unit to separate the two sides",
        STR,
        BASE,
        actor1=SYARMY + ["Defence Ministry"],
        location=TAL_RIFAAT,
        date=D("2025-04-19"),
        source=COUNCIL04 + TNR,
    ),
    # no gold: "fields sown with mines" and "the soil itself has become the enemy" (metaphors), the red flags,
    # the flights to Azaz, Tabqa and Raqqa (displacement), the 6,000 returnees, the house handed back, "every force
    # that has held this ground had reason to" (speculation about no one act)
]
DOCS.append(
    (
        "dev-l-04",
        "The Northern Review",
        "2025-04-22",
        "feature with background",
        "Syria/Tal Rifaat: a landmine kills two farming brothers, a bomblet maims a boy (injured only), 2016 and "
        "2024 changes of hands and the March 2025 agreement as background, a week's mine clearance (aggregate), a "
        "conditional forecast, a gunfight between two SNA factions over a house (4 hurt), a unit sent to separate "
        "them, metaphors",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-l-04", "April 22", "2025-04-22", "Tuesday"),
    ("dev-l-04", "Last Thursday", "2025-04-17", "Thursday"),
    ("dev-l-04", "On Sunday", "2025-04-20", "Sunday"),
    ("dev-l-04", "On Saturday", "2025-04-19", "Saturday"),
    ("dev-l-04", "last week (start)", "2025-04-14", "Monday"),
]

# =============================================================================
# dev-l-05  wire service — Iraq/Salahuddin: Mutaibijah, Samarra, Dujail (Tue 13 Jan 2026)
# =============================================================================
T05 = """Islamic State attack kills PMF fighters east of Samarra; suspect blows himself up during army raid

SAMARRA, Iraq, Jan 13 (Tigris Wire) - Islamic State militants attacked a position of the Popular Mobilisation Forces (PMF) in the Mutaibijah area, east of Samarra, late on Sunday, killing four PMF fighters and wounding two others, the PMF said in a statement. It said its fighters killed "a number of" the attackers but gave no figure.

A security source at the Samarra Operations Command, speaking to Tigris Wire on condition of anonymity, said the attackers killed five PMF fighters, among them a company commander.

Mutaibijah, a maze of orchards, canals and dry riverbeds where Salahuddin meets Diyala, has sheltered Islamic State cells since the group lost its last territory in Iraq in 2017. Local officials call it a black hole.

On Monday, three shepherds were wounded when a roadside bomb exploded under their pickup on a desert track about five kilometres north of Samarra, police said. Dozens of their sheep were killed.

Late on Monday, Iraqi army troops acting on intelligence raided a farmhouse near Dujail, south of Samarra, and arrested three men suspected of sheltering the militants, the Security Media Cell said. A fourth suspect detonated an explosive belt as the troops approached, killing himself and wounding two soldiers.

In Samarra itself, about 200 relatives of men who went missing after being detained at checkpoints during the war against the Islamic State gathered outside the municipality building on Tuesday morning, demanding to know their fate. The families say more than 600 men from Salahuddin disappeared in 2015 alone.

The city is home to the al-Askari shrine, whose bombing in 2006 set off two years of sectarian killing across Iraq. Security around the shrine was tightened on Monday, officials said.

The PMF said it would launch a large operation to comb Mutaibijah in the coming days, together with the army and federal police. "We will not allow these cells to turn the area into a launch pad again," said Abu Fatima al-Saadi, a PMF commander in Salahuddin.
"""

PMF05 = PMF + ["PMF fighters", "position of the Popular Mobilisation Forces", "its fighters", "company commander"]
IS05 = ISIS + ["militants", "attackers", "Islamic State cells"]
ARMY05 = IQARMY + ["Iraqi army troops", "army troops", "troops", "soldiers", "Security Media Cell"]
# Mutaibijah lies some 40 km from the city it is placed by ("east of Samarra") -> names and country only (dev-k)
MUTAIBIJAH = L(["Mutaibijah", "al-Mutaibijah", "Mutaybija", "Mutaibija", "east of Samarra"], cc="IQ")
SAMARRA = L(["Samarra", "Samara", "north of Samarra", "municipality building", "al-Askari shrine"], 34.20, 43.87, "IQ")
DUJAIL = L(["Dujail", "al-Dujail", "Dujayl", "south of Samarra", "farmhouse near Dujail"], 33.85, 44.23, "IQ")
TW = ["Tigris Wire", "author"]
NIGHT05 = D("2026-01-11", "2026-01-12")
LATEMON05 = D("2026-01-12", "2026-01-13")
E05 = [
    # two versions with different tolls -> one core event each. The PMF's: four of its men dead plus "a number of"
    # attackers (next sentence) -> the open sum 6..open; two wounded on one side -> 2..open. The security
    # source's: five PMF dead, attackers unsaid -> 5..open. "late on Sunday" -> Sunday or into Monday
    E(
        True,
        "Islamic State militants attacked a position of the Popular Mobilisation Forces (PMF) in the Mutaibijah area, east of Samarra, late on Sunday, killing four PMF fighters and wounding two others",
        BAT,
        CLASH,
        actor1=IS05 + PMF05,
        actor2=PMF05 + IS05,
        location=MUTAIBIJAH,
        date=NIGHT05,
        killed=R(6, None),
        injured=R(2, None),
        source=PMF + ["statement"] + TW,
    ),
    E(
        False,
        'its fighters killed "a number of" the attackers',
        BAT,
        CLASH,
        actor1=PMF05 + IS05,
        actor2=IS05 + PMF05,
        location=MUTAIBIJAH,
        date=NIGHT05,
        killed=R(2, None),
        source=PMF,
    ),
    E(
        True,
        "the attackers killed five PMF fighters, among them a company commander",
        BAT,
        CLASH,
        actor1=IS05 + PMF05,
        actor2=PMF05 + IS05,
        location=MUTAIBIJAH,
        date=NIGHT05,
        killed=R(5, None),
        source=["security source", "Samarra Operations Command", "Tigris Wire"],
    ),
    E(
        False,
        "Islamic State attack kills PMF fighters east of Samarra",
        BAT,
        CLASH,
        actor1=IS05 + PMF05,
        actor2=PMF05 + IS05,
        location=MUTAIBIJAH,
        date=NIGHT05,
        source=TW,
    ),
    # shepherds identified by their trade; "about five kilometres north of Samarra" -> Samarra's point; the sheep
    # are not casualties; no one blamed -> unknown
    E(
        True,
        "three shepherds were wounded when a roadside bomb exploded under their pickup on a desert track about five kilometres north of Samarra",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["three shepherds", "shepherds", "pickup"],
        location=SAMARRA,
        date=D("2026-01-12"),
        injured=R(3),
        source=["police"] + TW,
    ),
    # "Late on Monday" -> Monday or into Tuesday; the arrests and the suicide blast at the same raid are two acts
    # told in two sentences -> two core events
    E(
        True,
        "Iraqi army troops acting on intelligence raided a farmhouse near Dujail, south of Samarra, and arrested three men suspected of sheltering the militants",
        STR,
        ARRESTS,
        actor1=ARMY05,
        actor2=["three men", "men", "suspects"] + IS05,
        location=DUJAIL,
        date=LATEMON05,
        source=["Security Media Cell"] + TW,
    ),
    E(
        True,
        "A fourth suspect detonated an explosive belt as the troops approached, killing himself and wounding two soldiers",
        EXP,
        SUICIDE,
        actor1=IS05 + ["fourth suspect", "suspect"],
        actor2=ARMY05,
        location=DUJAIL,
        date=LATEMON05,
        killed=R(1),
        injured=R(2),
        source=["Security Media Cell"] + TW,
    ),
    E(
        False,
        "suspect blows himself up during army raid",
        EXP,
        SUICIDE,
        actor1=IS05 + ["suspect"],
        actor2=ARMY05,
        location=DUJAIL,
        date=LATEMON05,
        source=TW,
    ),
    E(
        True,
        "about 200 relatives of men who went missing after being detained at checkpoints during the war against the Islamic State gathered outside the municipality building on Tuesday morning",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["relatives", "about 200 relatives", "families"],
        location=SAMARRA,
        date=D("2026-01-13"),
        source=TW,
    ),
    # the families' count for a whole year -> aggregate; the text names no perpetrator; missing men are not
    # casualties -> no numbers
    E(
        False,
        "more than 600 men from Salahuddin disappeared in 2015 alone",
        VAC,
        ABDUCT,
        actor2=CIV + ["men from Salahuddin", "men"],
        location=L(["Salahuddin", "Salah al-Din"], cc="IQ"),
        date=D("2015-01-01", "2015-12-31"),
        source=["families", "The families"],
        aggregate=True,
    ),
    # background, 2006 -> non-core; no perpetrator named
    E(
        False,
        "whose bombing in 2006 set off two years of sectarian killing across Iraq",
        EXP,
        IED,
        actor1=UNK,
        actor2=["al-Askari shrine", "shrine", "Askari shrine"],
        location=SAMARRA,
        date=D("2006-01-01", "2006-12-31"),
        source=TW,
    ),
    # an operation announced for "the coming days" -> planned, no date
    E(
        False,
        "The PMF said it would launch a large operation to comb Mutaibijah in the coming days",
        BAT,
        CLASH,
        actor1=PMF + IQARMY + ["federal police"],
        actor2=IS05,
        location=MUTAIBIJAH,
        source=PMF,
        status="planned",
    ),
    # no gold: "the group lost its last territory in Iraq in 2017" (no actor, no act told), "a black hole" and "a
    # launch pad" (metaphors), the security tightened around the shrine, the sheep
]
DOCS.append(
    (
        "dev-l-05",
        "Tigris Wire",
        "2026-01-13",
        "wire service",
        "Iraq/Salahuddin: an IS attack on a PMF position in Mutaibijah with two tolls (PMF 4 + 'a number of', a "
        "security source 5), an IED wounds three shepherds (sheep killed), arrests near Dujail and a suspect's "
        "suicide belt (1 dead, 2 soldiers hurt), relatives of the missing gather, a 2015 tally, 2006 background, a "
        "planned sweep, metaphors",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-l-05", "Jan 13 / on Tuesday morning", "2026-01-13", "Tuesday"),
    ("dev-l-05", "late on Sunday", "2026-01-11", "Sunday"),
    ("dev-l-05", "On Monday / Late on Monday", "2026-01-12", "Monday"),
]

# =============================================================================
# dev-l-06  local radio bulletin (transcript) — Iraq/Sulaymaniyah province: Penjwen, Zrgwez, Bakrajo, Sulaymaniyah city, Halabja (Tue 16 Sep 2025)
# =============================================================================
T06 = """Radio Azmar FM, Sulaymaniyah - one o'clock news bulletin, Tuesday 16 September 2025 (transcript, translated from Kurdish)

Good afternoon, and welcome to the one o'clock news.

Our top story: Iranian artillery shelled the mountains around Penjwen for about an hour this morning. The mayor of Penjwen, Karwan Abdullah, told our correspondent that the shells fell on empty slopes and started grass fires, and that no one was hurt. He said it was the third shelling of the area this month.

Late last night, two members of the Komala party were wounded when their camp in the Zrgwez area, south-east of Sulaymaniyah city, was hit by drones, the party said in a statement. Komala blamed Iran's Revolutionary Guards. There was no comment from Tehran.

Sulaymaniyah's security directorate, the Asayish, said it had arrested five members of a gang in the Bakrajo district on Monday. According to the Asayish, the gang kidnapped a money changer from his shop in the city centre last week and demanded a ransom of two hundred thousand dollars; he was freed unharmed in Chamchamal on Sunday.

Hundreds of teachers and civil servants gathered outside the governorate building this morning to protest against salaries that have not been paid for three months. Riot police blocked them from marching towards the city's main bazaar and briefly detained two of the organisers, a correspondent at the scene said.

In Halabja, farmers held a peaceful sit-in outside the agriculture directorate yesterday, demanding compensation for crops lost to drought.

Political analyst Shwan Rauf told our morning programme that the March 2023 security agreement between Baghdad and Tehran, under which Iraq promised to disarm Iranian Kurdish opposition groups and move them away from the border, had "bought calm, but not peace". If the opposition parties are not disarmed soon, he said, Iran could return to the missile strikes it carried out in September 2022.

And finally the weather: sunny and hot, with a high of 38 degrees in Sulaymaniyah and 33 in Penjwen. Stay with us.
"""

IRAN06 = IRAN + ["Iranian artillery", "Iran's Revolutionary Guards", "Tehran"]
KOMALA = ["Komala", "Komala party", "Komala camp", "camp", "members of the Komala party", "Kurdish opposition",
          "Iranian Kurdish opposition"]
ASAYISH06 = ["Asayish", "security directorate", "Sulaymaniyah's security directorate", "Kurdish security forces",
             "Kurdistan Regional Government", "KRG", "security forces"]
GANG06 = ["gang", "five members of a gang", "kidnappers", "criminal gang"]
POLICE06 = ["riot police", "police", "Police Forces of Iraq", "Kurdistan Regional Government", "security forces"]
PENJWEN = L(["Penjwen", "Penjwin", "Panjwin", "mountains around Penjwen"], 35.62, 45.94, "IQ")
# Zrgwez lies some 20 km out of the city it is placed by -> names and country only
ZRGWEZ = L(["Zrgwez", "Zirgwez", "Zergwez", "Zrgwez area", "south-east of Sulaymaniyah city"], cc="IQ")
SULAY = L(["Sulaymaniyah", "Sulaimani", "Slemani", "Suleimaniyah", "Bakrajo", "city centre", "governorate building"],
          35.56, 45.44, "IQ")
HALABJA = L(["Halabja", "Halabjah", "agriculture directorate"], 35.18, 45.99, "IQ")
AZMAR = ["Radio Azmar FM", "Radio Azmar", "Azmar FM", "author"]
E06 = [
    # artillery on empty slopes: the text names no target -> no actor2; "no one was hurt" -> 0..0
    E(
        True,
        "Iranian artillery shelled the mountains around Penjwen for about an hour this morning",
        EXP,
        SHELL,
        actor1=IRAN06,
        location=PENJWEN,
        date=D("2025-09-16"),
        killed=R(0),
        injured=R(0),
        source=["Karwan Abdullah", "mayor of Penjwen", "mayor"] + AZMAR,
    ),
    E(
        False,
        "it was the third shelling of the area this month",
        EXP,
        SHELL,
        actor1=IRAN06,
        location=PENJWEN,
        date=D("2025-09-01", "2025-09-16"),
        source=["Karwan Abdullah", "mayor of Penjwen", "mayor"],
        aggregate=True,
    ),
    # a passive; the party blames the IRGC without a claim -> the blamed actor plus unknown; injured only
    E(
        True,
        "two members of the Komala party were wounded when their camp in the Zrgwez area, south-east of Sulaymaniyah city, was hit by drones",
        EXP,
        AIR,
        actor1=UNK + IRAN06,
        actor2=KOMALA,
        location=ZRGWEZ,
        date=D("2025-09-15", "2025-09-16"),
        injured=R(2),
        source=["Komala", "Komala party", "party", "statement"],
    ),
    E(
        True,
        "it had arrested five members of a gang in the Bakrajo district on Monday",
        STR,
        ARRESTS,
        actor1=ASAYISH06,
        actor2=GANG06,
        location=SULAY,
        date=D("2025-09-15"),
        source=["Asayish", "security directorate"] + AZMAR,
    ),
    # a kidnapping of last week, recent and placed -> core (not background); a criminal gang's ransom kidnapping is
    # still coded as ACLED codes it (Abduction); the release is no event
    E(
        True,
        "the gang kidnapped a money changer from his shop in the city centre last week",
        VAC,
        ABDUCT,
        actor1=GANG06,
        actor2=CIV + ["money changer", "shop"],
        location=SULAY,
        date=D("2025-09-08", "2025-09-14"),
        source=["Asayish", "security directorate"],
    ),
    # a protest blocked and two organisers detained -> Protests/Protest with intervention (core on the gathering);
    # the blocking and the detentions -> non-core copies
    E(
        True,
        "Hundreds of teachers and civil servants gathered outside the governorate building this morning to protest against salaries that have not been paid for three months",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(POLICE06 + ["teachers", "civil servants"]),
        location=SULAY,
        date=D("2025-09-16"),
        source=AZMAR,
    ),
    E(
        False,
        "Riot police blocked them from marching towards the city's main bazaar and briefly detained two of the organisers",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(POLICE06 + ["teachers", "civil servants"]),
        location=SULAY,
        date=D("2025-09-16"),
        source=["correspondent at the scene", "correspondent"] + AZMAR,
    ),
    E(
        False,
        "briefly detained two of the organisers",
        STR,
        ARRESTS,
        actor1=POLICE06,
        actor2=PROTESTERS + ["organisers", "two of the organisers"],
        location=SULAY,
        date=D("2025-09-16"),
        source=["correspondent at the scene", "correspondent"] + AZMAR,
    ),
    E(
        True,
        "farmers held a peaceful sit-in outside the agriculture directorate yesterday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["farmers"],
        location=HALABJA,
        date=D("2025-09-15"),
        source=AZMAR,
    ),
    # background -> non-core: the 2023 accord (no place told), the September 2022 strikes; the analyst's
    # conditional forecast -> hypothetical; missiles fired from the ground -> Shelling/artillery/missile attack
    E(
        False,
        "the March 2023 security agreement between Baghdad and Tehran",
        STR,
        AGREE,
        actor1=["Iraq", "Baghdad", "Iraqi government"] + IRAN06,
        actor2=IRAN06 + ["Iraq", "Baghdad", "Iraqi government"],
        date=D("2023-03-01", "2023-03-31"),
        source=["Shwan Rauf", "Political analyst"],
    ),
    E(
        False,
        "If the opposition parties are not disarmed soon, he said, Iran could return to the missile strikes",
        EXP,
        SHELL,
        actor1=IRAN06,
        actor2=KOMALA + ["opposition parties"],
        location=L(["Kurdistan Region", "Iraqi Kurdistan"], cc="IQ"),
        source=["Shwan Rauf", "Political analyst"],
        status="hypothetical",
    ),
    E(
        False,
        "the missile strikes it carried out in September 2022",
        EXP,
        SHELL,
        actor1=IRAN06,
        actor2=KOMALA + ["opposition parties"],
        location=L(["Kurdistan Region", "Iraqi Kurdistan"], cc="IQ"),
        date=D("2022-09-01", "2022-09-30"),
        source=["Shwan Rauf", "Political analyst"],
    ),
    # no gold: the grass fires (inside the shelling), "There was no comment from Tehran", the ransom and the
    # release in Chamchamal, "bought calm, but not peace", the weather
]
DOCS.append(
    (
        "dev-l-06",
        "Radio Azmar FM (Sulaymaniyah)",
        "2025-09-16",
        "local radio bulletin transcript",
        "Iraq/Sulaymaniyah: Iranian shelling near Penjwen with no target and no one hurt, a month's count, drones "
        "wound two Komala members (passive, IRGC blamed), a gang arrested and its kidnapping of a money changer, "
        "a salaries protest blocked with two organisers detained, farmers' sit-in in Halabja, 2022/2023 background "
        "and a conditional forecast, the weather",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-l-06", "Tuesday 16 September 2025", "2025-09-16", "Tuesday"),
    ("dev-l-06", "Late last night / on Monday / yesterday", "2025-09-15", "Monday"),
    ("dev-l-06", "on Sunday", "2025-09-14", "Sunday"),
    ("dev-l-06", "last week (start)", "2025-09-08", "Monday"),
]

# =============================================================================
# dev-l-07  live blog — Iraq/Baghdad: Baghdad International Airport, Radwaniyah, Dora, Tahrir Square, Sadr City (Sun 3 May 2026)
# =============================================================================
T07 = """LIVE: Gunfight in Baghdad's Dora district, rocket near the airport - latest

Baghdad Today | live updates | Sunday 3 May 2026

08:10 - Good morning. Security sources say a Katyusha rocket landed in an empty field near Baghdad International Airport overnight. There were no casualties and no damage, they say.

09:25 - The Security Media Cell says a second rocket was found on a makeshift launch rail in the Radwaniyah area, south-west of the capital, and dismantled by bomb disposal teams before it could be fired.

11:40 - Heavy gunfire in Dora, southern Baghdad. Residents tell us members of an armed faction and federal police are fighting outside the district's agriculture directorate. The dispute is reportedly over the appointment of a new director.

12:35 - The Interior Ministry says a policeman and a civilian passer-by were killed and four people wounded in the Dora clash. It describes the gunmen as "an outlaw group" and says 14 of them have been arrested.

13:10 - Two security officials, speaking to us on condition of anonymity, say the gunmen belong to Kataib Hezbollah. A spokesman for the faction denies that any of its members took part and calls the incident "a regrettable misunderstanding".

14:05 - The prime minister's office says a committee will investigate the clash. A curfew is in force in Dora until further notice.

15:30 - A few hundred unemployed graduates are protesting in Tahrir Square, demanding public-sector jobs. Police are watching from a distance; no incidents so far.

17:50 - Two children were wounded when an unknown assailant threw a hand grenade at the house of a tribal elder in Sadr City late this afternoon, a police source says. Police believe the attack is linked to a tribal dispute.

18:30 - Some context: this is the most serious clash between a PMF faction and state forces in the capital since July 2025, when a similar gunfight in Dora left three people dead.

19:20 - The US embassy says it is aware of reports of a rocket near the airport and that no US personnel or facilities were affected.

20:00 - We are closing this live page for today. Thank you for following.
"""

FACTION07 = ["armed faction", "members of an armed faction", "gunmen", "outlaw group", "PMF faction"] + KH + PMF
FEDPOL07 = ["federal police", "Iraqi federal police", "police", "policeman", "Police Forces of Iraq",
            "Interior Ministry", "state forces", "security forces"]
AIRPORT = L(["Baghdad International Airport", "Baghdad airport", "airport", "near the airport", "Baghdad"],
            33.26, 44.23, "IQ")
# Radwaniyah lies some 20 km out of central Baghdad -> names and country only
RADWANIYAH = L(["Radwaniyah", "al-Radwaniyah", "Radwaniya", "south-west of the capital"], cc="IQ")
DORA = L(["Dora", "al-Dora", "Doura", "al-Doura", "southern Baghdad", "agriculture directorate", "Baghdad"],
         33.31, 44.36, "IQ")
TAHRIR = L(["Tahrir Square", "al-Tahrir Square", "Baghdad"], 33.31, 44.36, "IQ")
SADR = L(["Sadr City", "Madinat al-Sadr", "Baghdad"], 33.39, 44.45, "IQ")
BT = ["Baghdad Today", "author"]
SUN07 = D("2026-05-03")
NIGHT07 = D("2026-05-02", "2026-05-03")
E07 = [
    # an empty field: the text names no target -> no actor2; "no casualties" -> 0..0; "overnight" -> both days
    E(
        True,
        "a Katyusha rocket landed in an empty field near Baghdad International Airport overnight",
        EXP,
        SHELL,
        actor1=UNK,
        location=AIRPORT,
        date=NIGHT07,
        killed=R(0),
        injured=R(0),
        source=["Security sources", "security sources"] + BT,
    ),
    # the embassy's remark about the same rocket -> non-core copy
    E(
        False,
        "The US embassy says it is aware of reports of a rocket near the airport",
        EXP,
        SHELL,
        actor1=UNK,
        location=AIRPORT,
        date=NIGHT07,
        source=["US embassy", "U.S. embassy"],
    ),
    # a rocket dismantled before launch -> Disrupted weapons use; found in the night or the morning
    E(
        True,
        "a second rocket was found on a makeshift launch rail in the Radwaniyah area, south-west of the capital, and dismantled by bomb disposal teams before it could be fired",
        STR,
        DISRUPT,
        actor1=IQARMY + ["bomb disposal teams", "Security Media Cell"],
        actor2=UNK + ["rocket", "second rocket"],
        location=RADWANIYAH,
        date=NIGHT07,
        source=["Security Media Cell"] + BT,
    ),
    # the toll comes in the next entry (12:35): a policeman and a passer-by -> 2, four wounded -> 4; the ministry's
    # toll sentence -> non-core copy; the officials' naming of Kataib Hezbollah -> non-core copy; its denial ->
    # non-core denied
    E(
        True,
        "members of an armed faction and federal police are fighting outside the district's agriculture directorate",
        BAT,
        CLASH,
        actor1=FACTION07 + FEDPOL07,
        actor2=FEDPOL07 + FACTION07,
        location=DORA,
        date=SUN07,
        killed=R(2),
        injured=R(4),
        source=["Residents", "residents", "Interior Ministry"] + BT,
    ),
    E(
        False,
        "a policeman and a civilian passer-by were killed and four people wounded in the Dora clash",
        BAT,
        CLASH,
        actor1=FACTION07 + FEDPOL07,
        actor2=FEDPOL07 + FACTION07,
        location=DORA,
        date=SUN07,
        killed=R(2),
        injured=R(4),
        source=["Interior Ministry"],
    ),
    E(
        False,
        "say the gunmen belong to Kataib Hezbollah",
        BAT,
        CLASH,
        actor1=FACTION07 + FEDPOL07,
        actor2=FEDPOL07 + FACTION07,
        location=DORA,
        date=SUN07,
        source=["security officials", "Two security officials"],
    ),
    E(
        False,
        "A spokesman for the faction denies that any of its members took part",
        BAT,
        CLASH,
        actor1=KH,
        actor2=FEDPOL07,
        location=DORA,
        date=SUN07,
        source=KH + ["spokesman for the faction"],
        status="denied",
    ),
    E(
        True,
        "says 14 of them have been arrested",
        STR,
        ARRESTS,
        actor1=FEDPOL07,
        actor2=FACTION07,
        location=DORA,
        date=SUN07,
        source=["Interior Ministry"],
    ),
    E(
        True,
        "A few hundred unemployed graduates are protesting in Tahrir Square, demanding public-sector jobs",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["unemployed graduates", "graduates"],
        location=TAHRIR,
        date=SUN07,
        source=BT,
    ),
    # a passive-led sentence; the house stands for its owner, the wounded are children
    E(
        True,
        "Two children were wounded when an unknown assailant threw a hand grenade at the house of a tribal elder in Sadr City late this afternoon",
        EXP,
        GRENADE,
        actor1=UNK + ["unknown assailant", "assailant"],
        actor2=CIV + ["tribal elder", "house of a tribal elder", "two children", "children"],
        location=SADR,
        date=SUN07,
        injured=R(2),
        source=["police source"] + BT,
    ),
    # background flagged "Some context" -> non-core
    E(
        False,
        "a similar gunfight in Dora left three people dead",
        BAT,
        CLASH,
        actor1=PMF + FEDPOL07,
        actor2=FEDPOL07 + PMF,
        location=DORA,
        date=D("2025-07-01", "2025-07-31"),
        killed=R(3),
        source=BT,
    ),
    # no gold: the committee and the curfew (no ACLED event), "no incidents so far", the dispute over a director,
    # the tribal dispute behind the grenade
]
DOCS.append(
    (
        "dev-l-07",
        "Baghdad Today (live blog)",
        "2026-05-03",
        "live blog",
        "Iraq/Baghdad: a rocket in an empty field near the airport (no target, no casualties), a second rocket "
        "dismantled, a faction-police gunfight in Dora with its toll in a later entry, 14 arrested, Kataib "
        "Hezbollah named and denying, a graduates' protest, a grenade wounds two children, July 2025 context, a "
        "committee and a curfew",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-l-07", "Sunday 3 May 2026", "2026-05-03", "Sunday"),
    ("dev-l-07", "overnight (start)", "2026-05-02", "Saturday"),
]

# =============================================================================
# dev-l-08  army press release — Lebanon/Nabatieh: Kfar Roummane, Nabatieh al-Fawqa, Arnoun, Mayfadoun, Aitaroun; Israel: Upper Galilee (Thu 9 Oct 2025)
# =============================================================================
T08 = """IDF strikes Hezbollah targets in the Nabatieh area; terrorist involved in rebuilding efforts eliminated

Israel Defense Forces | Press release | October 9, 2025

Yesterday (Wednesday), the IDF struck and eliminated a Hezbollah terrorist in the area of Kfar Roummane, near Nabatieh in southern Lebanon. The terrorist served as a local commander in the organisation's artillery array and was involved in efforts to rebuild Hezbollah's military infrastructure in the area.

Overnight, IDF fighter jets struck a weapons storage facility in the area of Nabatieh al-Fawqa and a rocket launch site near the village of Arnoun, which Hezbollah had used during the war. Secondary explosions were identified at the storage facility, indicating the presence of large quantities of weapons.

On Monday, an IDF aircraft struck an engineering vehicle that Hezbollah was using to rebuild a military site near the village of Mayfadoun. The operator of the vehicle, a Hezbollah operative, was eliminated.

Earlier this week, IDF troops operating in southern Lebanon located and destroyed a Hezbollah weapons cache containing rocket launchers, anti-tank missiles and explosives in the area of Aitaroun.

Earlier today, an aerial target that crossed from Lebanese territory was intercepted by the Israeli Air Force over the Upper Galilee. No injuries were reported.

Since the ceasefire understandings between Israel and Lebanon came into effect on November 27, 2024, the IDF has eliminated more than 300 Hezbollah terrorists who violated them.

Hezbollah's activity in the area constitutes a blatant violation of the understandings between Israel and Lebanon and a threat to the State of Israel and its civilians. The Hezbollah terrorist organisation continues to operate from within civilian areas, using the residents of southern Lebanon as human shields.

The IDF will continue to operate to remove any threat to the State of Israel and will not allow the Hezbollah terrorist organisation to rebuild its capabilities.
"""

IDF08 = ISRAEL + ["IDF fighter jets", "fighter jets", "IDF aircraft", "Israeli Air Force", "IDF troops"]
HEZB08 = HEZB + ["Hezbollah terrorist", "terrorist", "Hezbollah terrorists", "Hezbollah terrorist organisation",
                 "local commander", "Hezbollah operative", "operative"]
NABATIEH = L(["Kfar Roummane", "Kfar Rummane", "Kfar Remmane", "near Nabatieh", "Nabatieh", "Nabatiyeh",
              "southern Lebanon"], 33.38, 35.48, "LB")
FAWQA = L(["Nabatieh al-Fawqa", "Nabatieh al-Fouqa", "Nabatiyeh al-Fawqa", "Nabatieh"], 33.38, 35.49, "LB")
ARNOUN = L(["Arnoun", "Arnun", "village of Arnoun"], cc="LB")
MAYFADOUN = L(["Mayfadoun", "Mayfadun", "Maifadoun", "village of Mayfadoun"], cc="LB")
AITAROUN = L(["Aitaroun", "Aitarun", "Ayta Roun", "southern Lebanon"], cc="LB")
GALILEE = L(["Upper Galilee", "Galilee", "northern Israel"], cc="IL")
IDFSRC = ["Israel Defense Forces", "IDF", "author"]
NIGHT08 = D("2025-10-08", "2025-10-09")
E08 = [
    # "struck" with no weapon named, from the air force of a state abroad -> Air/drone strike; "eliminated" a
    # named single person -> killed 1 (dev-k-07 reading)
    E(
        True,
        "the IDF struck and eliminated a Hezbollah terrorist in the area of Kfar Roummane, near Nabatieh in southern Lebanon",
        EXP,
        AIR,
        actor1=IDF08,
        actor2=HEZB08,
        location=NABATIEH,
        date=D("2025-10-08"),
        killed=R(1),
        source=IDFSRC,
    ),
    E(
        False,
        "terrorist involved in rebuilding efforts eliminated",
        EXP,
        AIR,
        actor1=IDF08,
        actor2=HEZB08,
        location=NABATIEH,
        date=D("2025-10-08"),
        killed=R(1),
        source=IDFSRC,
    ),
    E(
        False,
        "IDF strikes Hezbollah targets in the Nabatieh area",
        EXP,
        AIR,
        actor1=IDF08,
        actor2=HEZB08,
        location=NABATIEH,
        date=D("2025-10-06", "2025-10-09"),
        source=IDFSRC,
        aggregate=True,
    ),
    # two strikes at two places in one sentence -> two core events (the second one's span shares the verb)
    E(
        True,
        "IDF fighter jets struck a weapons storage facility in the area of Nabatieh al-Fawqa",
        EXP,
        AIR,
        actor1=IDF08,
        actor2=HEZB08 + ["weapons storage facility", "storage facility"],
        location=FAWQA,
        date=NIGHT08,
        source=IDFSRC,
    ),
    E(
        True,
        "a rocket launch site near the village of Arnoun, which Hezbollah had used during the war",
        EXP,
        AIR,
        actor1=IDF08,
        actor2=HEZB08 + ["rocket launch site", "launch site"],
        location=ARNOUN,
        date=NIGHT08,
        source=IDFSRC,
    ),
    # a vehicle standing for its owner; the toll comes in the next sentence
    E(
        True,
        "an IDF aircraft struck an engineering vehicle that Hezbollah was using to rebuild a military site near the village of Mayfadoun",
        EXP,
        AIR,
        actor1=IDF08,
        actor2=HEZB08 + ["engineering vehicle", "vehicle", "operator of the vehicle"],
        location=MAYFADOUN,
        date=D("2025-10-06"),
        killed=R(1),
        source=IDFSRC,
    ),
    # a cache found and destroyed on its own -> Disrupted weapons use (dev-k); "Earlier this week" -> Monday to
    # publication
    E(
        True,
        "IDF troops operating in southern Lebanon located and destroyed a Hezbollah weapons cache containing rocket launchers, anti-tank missiles and explosives in the area of Aitaroun",
        STR,
        DISRUPT,
        actor1=IDF08,
        actor2=HEZB08 + ["weapons cache"],
        location=AITAROUN,
        date=D("2025-10-06", "2025-10-09"),
        source=IDFSRC,
    ),
    # an interception with no launcher named -> actor2 the object plus unknown; "No injuries were reported" ->
    # injured 0..0 only
    E(
        True,
        "an aerial target that crossed from Lebanese territory was intercepted by the Israeli Air Force over the Upper Galilee",
        STR,
        DISRUPT,
        actor1=IDF08,
        actor2=UNK + ["aerial target", "drone"],
        location=GALILEE,
        date=D("2025-10-09"),
        injured=R(0),
        source=IDFSRC,
    ),
    E(
        False,
        "the ceasefire understandings between Israel and Lebanon came into effect on November 27, 2024",
        STR,
        AGREE,
        actor1=ISRAEL + ["Lebanon", "Lebanese government"] + HEZB,
        actor2=["Lebanon", "Lebanese government"] + HEZB + ISRAEL,
        location=L(["Lebanon", "southern Lebanon"], cc="LB"),
        date=D("2024-11-27"),
        source=IDFSRC,
    ),
    E(
        False,
        "the IDF has eliminated more than 300 Hezbollah terrorists who violated them",
        EXP,
        AIR,
        actor1=IDF08,
        actor2=HEZB08,
        location=L(["Lebanon", "southern Lebanon"], cc="LB"),
        date=D("2024-11-27", "2025-10-09"),
        killed=R(301, None),
        source=IDFSRC,
        aggregate=True,
    ),
    E(
        False,
        "The IDF will continue to operate to remove any threat to the State of Israel",
        EXP,
        AIR,
        actor1=IDF08,
        actor2=HEZB08,
        location=L(["Lebanon", "southern Lebanon"], cc="LB"),
        source=IDFSRC,
        status="planned",
    ),
    # no gold: the secondary explosions (inside the strike), "which Hezbollah had used during the war" (no act
    # told), "human shields" and "a blatant violation" (accusations), the target's role
]
DOCS.append(
    (
        "dev-l-08",
        "Israel Defense Forces (press release)",
        "2025-10-09",
        "army press release",
        "Lebanon/Nabatieh: an operative 'eliminated' near Nabatieh, two strikes in one sentence (a depot at "
        "Nabatieh al-Fawqa, a launch site near Arnoun), an engineering vehicle struck (toll in the next sentence), "
        "a cache destroyed, an aerial target intercepted over the Upper Galilee ('No injuries'), the 2024 "
        "ceasefire, a tally, a pledge",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-l-08", "October 9, 2025 / Earlier today", "2025-10-09", "Thursday"),
    ("dev-l-08", "Yesterday (Wednesday)", "2025-10-08", "Wednesday"),
    ("dev-l-08", "On Monday / Earlier this week (start)", "2025-10-06", "Monday"),
]

# =============================================================================
# dev-l-09  local news site — Lebanon: Ain al-Hilweh (Sidon), Burj al-Barajneh, Wadi Khaled and Bebnine (Akkar) (Fri 27 Feb 2026)
# =============================================================================
T09 = """Two dead as Fatah and Jund al-Sham fight in Ain al-Hilweh; army kills smuggler near Wadi Khaled

SIDON, February 27 (Saida Gate) - Two members of the Fatah movement were killed and five people were wounded, among them a schoolgirl, in a gunfight that broke out on Thursday evening in the Ain al-Hilweh refugee camp on the south-eastern edge of Sidon, between Fatah fighters and gunmen of the Islamist group Jund al-Sham, camp sources said.

The fighting, centred on the al-Tawari and al-Safsaf neighbourhoods, sent dozens of families fleeing to mosques and schools in Sidon. The Lebanese army closed the camp's entrances.

Fatah said the clashes began when Jund al-Sham gunmen shot dead one of its officers, Khaled Abu Sharif, outside his home. Jund al-Sham denied killing the officer, saying in a statement distributed in the camp that its men had come under fire first.

A committee of Palestinian factions announced a ceasefire at 2 am on Friday, and it was largely holding by noon. A Fatah official warned that the movement "will not stand idle" if the killers are not handed over to the Lebanese judiciary within 48 hours.

Ain al-Hilweh, the largest of Lebanon's Palestinian camps, saw weeks of fighting between Fatah and Islamist groups in the summer of 2023 that killed around 30 people. Under a government plan to disarm the camps, Fatah handed some of its heavy weapons to the Lebanese army in the Burj al-Barajneh camp in August 2025, but the Islamist groups have refused to follow suit.

In Akkar, the army said a patrol came under fire from smugglers near Wadi Khaled on the border with Syria on Wednesday night. The soldiers returned fire, killing one smuggler, a Syrian national, and arresting three others, and seized two trucks loaded with fuel. No soldiers were hurt.

Also in Akkar, residents of Bebnine blocked the coastal highway with burning tyres and rubbish containers yesterday afternoon to protest against power cuts that have lasted up to 20 hours a day. Traffic was diverted through inland roads for several hours.
"""

FATAH = ["Fatah", "Fatah movement", "Fatah fighters", "members of the Fatah movement", "Palestinian factions"]
JUND = ["Jund al-Sham", "Jund al-Sham gunmen", "gunmen", "Islamist group", "Islamist groups", "Islamists"]
LAF09 = ["Lebanese army", "Lebanese Armed Forces", "LAF", "army", "patrol", "soldiers", "Military Forces of Lebanon"]
SMUG09 = ["smugglers", "smuggler", "Syrian smugglers", "Syrian national"]
AIN_HILWEH = L(["Ain al-Hilweh", "Ain al-Helweh", "Ein el-Hilweh", "Ain al-Hilweh refugee camp", "Sidon", "Saida",
                "al-Tawari", "al-Safsaf"], 33.54, 35.38, "LB")
BURJ = L(["Burj al-Barajneh", "Bourj al-Barajneh", "Burj al-Barajneh camp", "Beirut"], 33.85, 35.51, "LB")
WADI_KHALED = L(["Wadi Khaled", "Wadi Khalid", "Akkar", "border with Syria"], cc="LB")
BEBNINE = L(["Bebnine", "Bebnin", "Bibnin", "coastal highway", "Akkar"], cc="LB")
SG = ["Saida Gate", "author"]
THUNIGHT09 = D("2026-02-26", "2026-02-27")
WEDNIGHT09 = D("2026-02-25", "2026-02-26")
E09 = [
    # two Fatah dead, the other side's dead unsaid -> 2..open; "five people" wounded in all -> 5; the fight runs
    # from Thursday evening to the 2 am ceasefire -> both days
    E(
        True,
        "Two members of the Fatah movement were killed and five people were wounded, among them a schoolgirl, in a gunfight that broke out on Thursday evening in the Ain al-Hilweh refugee camp on the south-eastern edge of Sidon, between Fatah fighters and gunmen of the Islamist group Jund al-Sham",
        BAT,
        CLASH,
        actor1=FATAH + JUND,
        actor2=JUND + FATAH,
        location=AIN_HILWEH,
        date=THUNIGHT09,
        killed=R(2, None),
        injured=R(5),
        source=["camp sources"] + SG,
    ),
    E(
        False,
        "Two dead as Fatah and Jund al-Sham fight in Ain al-Hilweh",
        BAT,
        CLASH,
        actor1=FATAH + JUND,
        actor2=JUND + FATAH,
        location=AIN_HILWEH,
        date=THUNIGHT09,
        killed=R(2, None),
        source=SG,
    ),
    # Fatah's account of how the fight began: a killing of one of its officers -> part of the same battle, a
    # non-core copy; an armed faction's officer is not a civilian -> Battles (ACLED codes attacks on members of
    # armed groups as battles); Jund al-Sham's denial -> non-core denied
    E(
        False,
        "Jund al-Sham gunmen shot dead one of its officers, Khaled Abu Sharif, outside his home",
        BAT,
        CLASH,
        actor1=JUND + FATAH,
        actor2=FATAH + ["Khaled Abu Sharif", "officer", "officers"] + JUND,
        location=AIN_HILWEH,
        date=THUNIGHT09,
        killed=R(1),
        source=["Fatah"],
    ),
    E(
        False,
        "Jund al-Sham denied killing the officer",
        BAT,
        CLASH,
        actor1=JUND,
        actor2=FATAH + ["Khaled Abu Sharif", "officer"],
        location=AIN_HILWEH,
        date=THUNIGHT09,
        source=["Jund al-Sham", "statement"],
        status="denied",
    ),
    E(
        True,
        "A committee of Palestinian factions announced a ceasefire at 2 am on Friday",
        STR,
        AGREE,
        actor1=["committee of Palestinian factions", "Palestinian factions"] + FATAH + JUND,
        actor2=FATAH + JUND,
        location=AIN_HILWEH,
        date=D("2026-02-27"),
        source=SG,
    ),
    # an actor's own conditional threat -> planned (dev-j-03), no date
    E(
        False,
        'the movement "will not stand idle" if the killers are not handed over to the Lebanese judiciary within 48 hours',
        BAT,
        CLASH,
        actor1=FATAH,
        actor2=JUND,
        location=AIN_HILWEH,
        source=["Fatah official", "Fatah"],
        status="planned",
    ),
    # background -> non-core: 2023 ("summer" -> June-September; "around 30" -> 30..30, dev-g), the 2025 hand-over
    E(
        False,
        "saw weeks of fighting between Fatah and Islamist groups in the summer of 2023 that killed around 30 people",
        BAT,
        CLASH,
        actor1=FATAH + JUND,
        actor2=JUND + FATAH,
        location=AIN_HILWEH,
        date=D("2023-06-01", "2023-09-30"),
        killed=R(30),
        source=SG,
        aggregate=True,
    ),
    E(
        False,
        "Fatah handed some of its heavy weapons to the Lebanese army in the Burj al-Barajneh camp in August 2025",
        STR,
        CHANGE,
        actor1=FATAH,
        actor2=LAF09,
        location=BURJ,
        date=D("2025-08-01", "2025-08-31"),
        source=SG,
    ),
    # a patrol fired on by smugglers that fires back -> Armed clash, symmetric; the toll comes in the next
    # sentence; one smuggler dead, "No soldiers were hurt" beside the enemy dead -> killed 1, injured 0..0
    # (dev-j-11); the arrests and the trucks seized in the same act -> a non-core copy and no gold
    E(
        True,
        "a patrol came under fire from smugglers near Wadi Khaled on the border with Syria on Wednesday night",
        BAT,
        CLASH,
        actor1=SMUG09 + LAF09,
        actor2=LAF09 + SMUG09,
        location=WADI_KHALED,
        date=WEDNIGHT09,
        killed=R(1),
        injured=R(0),
        source=LAF09 + SG,
    ),
    E(
        False,
        "The soldiers returned fire, killing one smuggler, a Syrian national, and arresting three others",
        BAT,
        CLASH,
        actor1=LAF09 + SMUG09,
        actor2=SMUG09 + LAF09,
        location=WADI_KHALED,
        date=WEDNIGHT09,
        killed=R(1),
        source=LAF09,
    ),
    E(
        False,
        "arresting three others",
        STR,
        ARRESTS,
        actor1=LAF09,
        actor2=SMUG09 + ["three others"],
        location=WADI_KHALED,
        date=WEDNIGHT09,
        source=LAF09,
    ),
    E(
        False,
        "army kills smuggler near Wadi Khaled",
        BAT,
        CLASH,
        actor1=LAF09 + SMUG09,
        actor2=SMUG09 + LAF09,
        location=WADI_KHALED,
        date=WEDNIGHT09,
        killed=R(1),
        source=SG,
    ),
    # a highway blocked with burning tyres -> Riots/Violent demonstration (dev-j-04)
    E(
        True,
        "residents of Bebnine blocked the coastal highway with burning tyres and rubbish containers yesterday afternoon",
        RIOT,
        VIOLENT,
        actor1=PROTESTERS + ["residents", "residents of Bebnine", "rioters"],
        location=BEBNINE,
        date=D("2026-02-26"),
        source=SG,
    ),
    # no gold: the families fleeing, the army closing the camp's entrances, the refusal to disarm (no act), the
    # traffic diverted
]
DOCS.append(
    (
        "dev-l-09",
        "Saida Gate",
        "2026-02-27",
        "local news site",
        "Lebanon/Sidon and Akkar: a Fatah-Jund al-Sham gunfight in Ain al-Hilweh (2 Fatah dead, 5 hurt), Fatah's "
        "account of an officer's killing and the denial, a factions' ceasefire, a conditional threat, 2023 and "
        "2025 background, a patrol fired on by smugglers near Wadi Khaled (toll next sentence, 'No soldiers were "
        "hurt', arrests, trucks), a highway blocked with burning tyres",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-l-09", "February 27 / on Friday", "2026-02-27", "Friday"),
    ("dev-l-09", "on Thursday evening / yesterday afternoon", "2026-02-26", "Thursday"),
    ("dev-l-09", "on Wednesday night", "2026-02-25", "Wednesday"),
]

# =============================================================================
# dev-l-10  partisan official statement (Gaza Government Media Office) — Gaza City: al-Zeitoun, the coast, the Nabulsi roundabout, al-Shifa, al-Tuffah and al-Shujaiya (Thu 19 Jun 2025)
# =============================================================================
T10 = """Government Media Office: the occupation commits a new massacre at a shelter school in Gaza City and targets fishermen and aid seekers

Gaza Strip - Government Media Office - Press statement - Thursday, 19 June 2025

The Government Media Office in the Gaza Strip condemns in the strongest terms the horrific massacre committed by the Israeli occupation army at dawn today, when its warplanes bombed the al-Falah school, which shelters hundreds of displaced persons in the al-Zeitoun neighbourhood of Gaza City, killing 19 martyrs, most of them children and women, and wounding more than 50 others. Civil Defence crews are still searching for missing people under the rubble.

The occupation's claim that it struck a "command and control centre" used by Hamas inside the school is a blatant lie intended to justify the deliberate killing of civilians.

This morning, occupation gunboats opened fire on fishermen off the coast of Gaza City, wounding two of them and sinking their boat.

Yesterday, occupation forces opened fire on crowds of hungry citizens waiting for aid trucks near the Nabulsi roundabout on al-Rashid Street, south-west of Gaza City, killing seven citizens and wounding dozens. The occupation army's claim that its soldiers fired "warning shots" at "suspects who approached the troops" is refuted by the testimony of survivors and by the nature of the wounds, most of which were in the head and chest.

On Tuesday, an occupation drone fired a missile at a group of journalists near al-Shifa Medical Complex, wounding photojournalist Yousef Abu Samra with shrapnel in his legs.

Throughout last night, occupation artillery shelled the eastern parts of the al-Tuffah and al-Shujaiya neighbourhoods.

With today's massacre, the number of shelters and displacement centres bombed by the occupation since the start of the genocide war has risen to 237. The number of journalists killed since October 7, 2023 stands at 226.

We hold the Israeli occupation and the US administration fully responsible for these ongoing crimes, and we call on the international community and the United Nations to act immediately to stop the genocide, protect civilians and open the crossings.
"""

ISR10 = ISRAEL + ["Israeli occupation army", "occupation army", "occupation", "occupation forces", "its warplanes",
                  "warplanes", "occupation gunboats", "gunboats", "Israeli navy", "occupation drone", "drone",
                  "occupation artillery", "its soldiers", "soldiers"]
DISPLACED = CIV + ["displaced persons", "displaced", "al-Falah school", "school", "shelter", "children and women",
                   "martyrs"]
GAZA_CITY = L(["Gaza City", "Gaza", "al-Zeitoun", "Zeitoun", "al-Falah school", "al-Shifa Medical Complex",
               "al-Shifa", "Shifa hospital"], 31.50, 34.47, "PS")
COAST10 = L(["off the coast of Gaza City", "coast of Gaza City", "Gaza City", "Gaza coast"], 31.50, 34.47, "PS")
NABULSI = L(["Nabulsi roundabout", "al-Nabulsi roundabout", "al-Rashid Street", "south-west of Gaza City", "Gaza City"],
            31.50, 34.47, "PS")
SHUJAIYA = L(["al-Tuffah", "Tuffah", "al-Shujaiya", "Shujaiya", "Shejaiya", "eastern Gaza City", "Gaza City"],
             31.50, 34.47, "PS")
GAZA_STRIP = L(["Gaza Strip", "Gaza"], cc="PS")
GMO = ["Government Media Office", "Government Media Office in the Gaza Strip", "Gaza Government Media Office",
       "Media Office", "author"]
IDFSRC10 = ["occupation army", "Israeli army", "IDF", "Israeli military", "occupation"]
TODAY10 = D("2025-06-19")
E10 = [
    # the office's version (19 dead, "more than 50" wounded -> 51..open, displaced people in a school) and the
    # army's version of the same strike with another target (a Hamas command centre) -> one core event each
    E(
        True,
        "the horrific massacre committed by the Israeli occupation army at dawn today, when its warplanes bombed the al-Falah school, which shelters hundreds of displaced persons in the al-Zeitoun neighbourhood of Gaza City, killing 19 martyrs, most of them children and women, and wounding more than 50 others",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=DISPLACED,
        location=GAZA_CITY,
        date=TODAY10,
        killed=R(19),
        injured=R(51, None),
        source=GMO,
    ),
    E(
        False,
        "the occupation commits a new massacre at a shelter school in Gaza City",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=DISPLACED,
        location=GAZA_CITY,
        date=TODAY10,
        source=GMO,
    ),
    E(
        True,
        'it struck a "command and control centre" used by Hamas inside the school',
        EXP,
        AIR,
        actor1=ISR10,
        actor2=HAMAS + ["command and control centre", "Hamas command centre"],
        location=GAZA_CITY,
        date=TODAY10,
        source=IDFSRC10,
    ),
    # fishermen identified by their trade; naval gunfire on unarmed people -> Violence against civilians/Attack;
    # the boat is not a casualty
    E(
        True,
        "occupation gunboats opened fire on fishermen off the coast of Gaza City, wounding two of them and sinking their boat",
        VAC,
        ATTACK,
        actor1=ISR10,
        actor2=CIV + ["fishermen", "boat"],
        location=COAST10,
        date=TODAY10,
        injured=R(2),
        source=GMO,
    ),
    # "dozens" -> 24..open; "south-west of Gaza City" -> the city's point. The army's "warning shots" at
    # "suspects" asserts no one hit and differs only in the circumstances -> a non-core copy sourced to it
    # (dev-k-02)
    E(
        True,
        "occupation forces opened fire on crowds of hungry citizens waiting for aid trucks near the Nabulsi roundabout on al-Rashid Street, south-west of Gaza City, killing seven citizens and wounding dozens",
        VAC,
        ATTACK,
        actor1=ISR10,
        actor2=CIV + ["crowds of hungry citizens", "hungry citizens", "citizens", "aid seekers"],
        location=NABULSI,
        date=D("2025-06-18"),
        killed=R(7),
        injured=R(24, None),
        source=GMO,
    ),
    E(
        False,
        'its soldiers fired "warning shots" at "suspects who approached the troops"',
        VAC,
        ATTACK,
        actor1=ISR10,
        actor2=["suspects"] + CIV + ["citizens"],
        location=NABULSI,
        date=D("2025-06-18"),
        source=IDFSRC10,
    ),
    E(
        False,
        "targets fishermen and aid seekers",
        VAC,
        ATTACK,
        actor1=ISR10,
        actor2=CIV + ["fishermen", "aid seekers"],
        location=GAZA_CITY,
        date=D("2025-06-18", "2025-06-19"),
        source=GMO,
        aggregate=True,
    ),
    # a drone firing a missile -> Air/drone strike; journalists identified by their trade; injured only
    E(
        True,
        "an occupation drone fired a missile at a group of journalists near al-Shifa Medical Complex, wounding photojournalist Yousef Abu Samra with shrapnel in his legs",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=CIV + ["journalists", "group of journalists", "photojournalist", "Yousef Abu Samra"],
        location=GAZA_CITY,
        date=D("2025-06-17"),
        injured=R(1),
        source=GMO,
    ),
    # shelling of neighbourhoods: the text names places, no target and no toll -> no actor2, no numbers;
    # "Throughout last night" -> both days
    E(
        True,
        "occupation artillery shelled the eastern parts of the al-Tuffah and al-Shujaiya neighbourhoods",
        EXP,
        SHELL,
        actor1=ISR10,
        location=SHUJAIYA,
        date=D("2025-06-18", "2025-06-19"),
        source=GMO,
    ),
    # tallies "since the start of the war" / "since October 7, 2023" -> aggregates
    E(
        False,
        "the number of shelters and displacement centres bombed by the occupation since the start of the genocide war has risen to 237",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=DISPLACED + ["shelters", "displacement centres"],
        location=GAZA_STRIP,
        date=D("2023-10-07", "2025-06-19"),
        source=GMO,
        aggregate=True,
    ),
    E(
        False,
        "The number of journalists killed since October 7, 2023 stands at 226",
        VAC,
        ATTACK,
        actor1=ISR10,
        actor2=CIV + ["journalists"],
        location=GAZA_STRIP,
        date=D("2023-10-07", "2025-06-19"),
        killed=R(226),
        source=GMO,
        aggregate=True,
    ),
    # no gold: the search under the rubble, "a blatant lie" (the office's rejection, not a denial of an act),
    # "genocide" (a label), the nature of the wounds, the appeal and the blame on the US administration
]
DOCS.append(
    (
        "dev-l-10",
        "Gaza Government Media Office (press statement)",
        "2025-06-19",
        "partisan official statement",
        "Gaza City: a strike on a shelter school (19 dead, 50+ hurt) and the army's rival target, gunboats fire on "
        "fishermen (2 hurt, boat sunk), fire on aid seekers (7 dead, dozens hurt) and the army's 'warning shots', "
        "a drone wounds a photojournalist, overnight shelling with no target, two tallies, loaded labels",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-l-10", "Thursday, 19 June 2025", "2025-06-19", "Thursday"),
    ("dev-l-10", "Yesterday / last night (start)", "2025-06-18", "Wednesday"),
    ("dev-l-10", "On Tuesday", "2025-06-17", "Tuesday"),
]

# =============================================================================
# dev-l-11  partisan outlet (Israeli right) — West Bank/Jordan Valley: Tayasir checkpoint (Tubas), Tammun, Ras Ein al-Auja (Jericho); Israel/Negev: Wadi al-Na'am, Beersheba (Thu 26 Mar 2026)
# =============================================================================
T11 = """Terrorist opens fire at Tayasir checkpoint, eliminated; rioters stone police as illegal structures razed in Negev

By Avi Ben-Haim | Frontline Israel | March 26, 2026

A terrorist opened fire at IDF soldiers manning the Tayasir checkpoint in the northern Jordan Valley early Wednesday morning, lightly wounding a reservist, before the troops returned fire and eliminated him, the IDF said. Palestinian media identified the terrorist as a 22-year-old resident of Tammun and claimed he was a member of Hamas.

Hours later, IDF forces raided Tammun, south of Tubas, arrested the terrorist's father and two of his brothers, and mapped the family home ahead of its demolition.

It was at the same checkpoint, in February 2025, that a terrorist murdered two soldiers before he was shot dead. Residents of the Jordan Valley communities say the army must stop treating the area as a quiet sector.

In the southern Jordan Valley, the Binyamin Regional Council said a group of far-left anarchists and Arabs attacked young Jewish shepherds with stones and clubs near Ras Ein al-Auja, north of Jericho, on Tuesday afternoon, lightly injuring one of them. Left-wing organisations, repeating Palestinian claims, gave a very different account: that the shepherds, backed by armed settlers, raided a Bedouin encampment and beat its residents, injuring three Palestinians and two foreign activists. Police said they had opened an investigation.

In the Negev, police and inspectors of the Israel Land Authority demolished 12 illegal structures on Monday in the unrecognized Bedouin encampment of Wadi al-Na'am, south of Beersheba. Dozens of rioters hurled stones at the officers, lightly injuring two policemen. Police dispersed them with stun grenades and arrested six suspects.

Bedouin activists announced a protest tent and a general strike in Beersheba for Sunday. A senior police officer warned that the demolitions would continue and that "anyone who raises a hand against an officer will be arrested".

The Negev is slipping through our fingers while the government hesitates, residents of nearby Jewish towns told Frontline Israel. Security officials fear that the coming Passover holiday could bring a wave of copycat attacks in Judea and Samaria.
"""

IDF11 = ISRAEL + ["IDF soldiers", "soldiers", "troops", "IDF forces", "reservist", "Tayasir checkpoint", "checkpoint"]
ATT11 = ["terrorist", "Palestinian gunman", "gunman", "assailant", "attacker"] + HAMAS
SETTLERS11 = ["young Jewish shepherds", "Jewish shepherds", "shepherds", "settlers", "armed settlers",
              "Israeli settlers", "Settlers (Israel)"]
ANARCH11 = ["far-left anarchists", "anarchists", "Arabs", "Palestinians", "activists", "rioters", "mob"]
BEDOUIN11 = CIV + ["Bedouin encampment", "Bedouin", "residents", "Palestinians", "three Palestinians",
                   "foreign activists", "activists"]
POL11 = ["Israel Police", "police", "Israeli police", "policemen", "officers", "Police Forces of Israel",
         "Israel Land Authority", "inspectors", "inspectors of the Israel Land Authority"]
NEGEV11 = CIV + ["Bedouin", "Bedouin residents", "illegal structures", "structures", "residents",
                 "unrecognized Bedouin encampment", "Wadi al-Na'am"]
RIOTERS11 = ["rioters", "Dozens of rioters", "Bedouin rioters", "Bedouin"] + PROTESTERS
TAYASIR = L(["Tayasir checkpoint", "Tayasir", "Tayaseer", "northern Jordan Valley", "Jordan Valley", "Tubas"],
            32.32, 35.37, "PS")
TAMMUN = L(["Tammun", "Tamun", "Tammoun", "south of Tubas", "Tubas"], 32.28, 35.38, "PS")
AUJA = L(["Ras Ein al-Auja", "Ein al-Auja", "al-Auja", "Auja", "north of Jericho", "Jericho", "southern Jordan Valley"],
         31.86, 35.46, "PS")
WADI_NAAM = L(["Wadi al-Na'am", "Wadi al-Naam", "Wadi an-Na'am", "south of Beersheba", "Beersheba", "Be'er Sheva",
               "Negev"], 31.25, 34.79, "IL")
BEERSHEBA = L(["Beersheba", "Be'er Sheva", "Beer Sheva"], 31.25, 34.79, "IL")
FI = ["Frontline Israel", "Avi Ben-Haim", "author"]
E11 = [
    # a lone attacker who fires at soldiers and is shot -> Armed clash, symmetric; one wounded reservist and the
    # attacker "eliminated" -> killed 1, injured 1
    E(
        True,
        "A terrorist opened fire at IDF soldiers manning the Tayasir checkpoint in the northern Jordan Valley early Wednesday morning, lightly wounding a reservist, before the troops returned fire and eliminated him",
        BAT,
        CLASH,
        actor1=ATT11 + IDF11,
        actor2=IDF11 + ATT11,
        location=TAYASIR,
        date=D("2026-03-25"),
        killed=R(1),
        injured=R(1),
        source=["IDF", "Israel Defense Forces"] + FI,
    ),
    E(
        False,
        "Terrorist opens fire at Tayasir checkpoint, eliminated",
        BAT,
        CLASH,
        actor1=ATT11 + IDF11,
        actor2=IDF11 + ATT11,
        location=TAYASIR,
        date=D("2026-03-25"),
        source=FI,
    ),
    E(
        True,
        "IDF forces raided Tammun, south of Tubas, arrested the terrorist's father and two of his brothers",
        STR,
        ARRESTS,
        actor1=IDF11,
        actor2=CIV + ["terrorist's father", "father", "brothers", "two of his brothers", "family"],
        location=TAMMUN,
        date=D("2026-03-25"),
        source=FI,
    ),
    # a punitive demolition prepared, not carried out -> planned
    E(
        False,
        "mapped the family home ahead of its demolition",
        STR,
        LOOT,
        actor1=IDF11,
        actor2=CIV + ["family home", "family"],
        location=TAMMUN,
        source=FI,
        status="planned",
    ),
    # background, February 2025 -> non-core; two soldiers and the attacker -> 3
    E(
        False,
        "in February 2025, that a terrorist murdered two soldiers before he was shot dead",
        BAT,
        CLASH,
        actor1=ATT11 + IDF11,
        actor2=IDF11 + ATT11,
        location=TAYASIR,
        date=D("2025-02-01", "2025-02-28"),
        killed=R(3),
        source=FI,
    ),
    # two versions of one incident with different attackers, targets, tolls and types: the council's
    # (anarchists and Arabs attack shepherds with stones and clubs -> Riots/Mob violence, 1 hurt) and the
    # organisations' (shepherds backed by armed settlers raid an encampment and beat its residents -> Violence
    # against civilians/Attack, 5 hurt) -> one core event each
    E(
        True,
        "a group of far-left anarchists and Arabs attacked young Jewish shepherds with stones and clubs near Ras Ein al-Auja, north of Jericho, on Tuesday afternoon, lightly injuring one of them",
        RIOT,
        MOB,
        actor1=ANARCH11,
        actor2=SETTLERS11 + CIV,
        location=AUJA,
        date=D("2026-03-24"),
        injured=R(1),
        source=["Binyamin Regional Council", "Regional Council"] + FI,
    ),
    E(
        True,
        "the shepherds, backed by armed settlers, raided a Bedouin encampment and beat its residents, injuring three Palestinians and two foreign activists",
        VAC,
        ATTACK,
        actor1=SETTLERS11,
        actor2=BEDOUIN11,
        location=AUJA,
        date=D("2026-03-24"),
        injured=R(5),
        source=["Left-wing organisations", "left-wing organisations", "Palestinian claims"],
    ),
    # demolished structures are not casualties -> no numbers
    E(
        True,
        "police and inspectors of the Israel Land Authority demolished 12 illegal structures on Monday in the unrecognized Bedouin encampment of Wadi al-Na'am, south of Beersheba",
        STR,
        LOOT,
        actor1=POL11,
        actor2=NEGEV11,
        location=WADI_NAAM,
        date=D("2026-03-23"),
        source=FI,
    ),
    E(
        False,
        "illegal structures razed in Negev",
        STR,
        LOOT,
        actor1=POL11,
        actor2=NEGEV11,
        location=WADI_NAAM,
        date=D("2026-03-23"),
        source=FI,
    ),
    # stones at officers -> Riots/Violent demonstration (two policemen hurt); the dispersal and the arrests in the
    # same act -> non-core copies
    E(
        True,
        "Dozens of rioters hurled stones at the officers, lightly injuring two policemen",
        RIOT,
        VIOLENT,
        actor1=RIOTERS11 + POL11,
        actor2=POL11 + RIOTERS11,
        location=WADI_NAAM,
        date=D("2026-03-23"),
        injured=R(2),
        source=FI,
    ),
    E(
        False,
        "rioters stone police",
        RIOT,
        VIOLENT,
        actor1=RIOTERS11 + POL11,
        actor2=POL11 + RIOTERS11,
        location=WADI_NAAM,
        date=D("2026-03-23"),
        source=FI,
    ),
    E(
        False,
        "Police dispersed them with stun grenades",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(POL11 + RIOTERS11),
        location=WADI_NAAM,
        date=D("2026-03-23"),
        source=FI,
    ),
    E(
        False,
        "arrested six suspects",
        STR,
        ARRESTS,
        actor1=POL11,
        actor2=RIOTERS11 + ["six suspects", "suspects"],
        location=WADI_NAAM,
        date=D("2026-03-23"),
        source=FI,
    ),
    # announced protest (Sunday is after publication -> no date), the officer's warnings -> planned
    E(
        False,
        "Bedouin activists announced a protest tent and a general strike in Beersheba for Sunday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Bedouin activists", "Bedouin"],
        location=BEERSHEBA,
        source=["Bedouin activists"] + FI,
        status="planned",
    ),
    E(
        False,
        "the demolitions would continue",
        STR,
        LOOT,
        actor1=POL11,
        actor2=NEGEV11,
        location=WADI_NAAM,
        source=["senior police officer", "police"],
        status="planned",
    ),
    E(
        False,
        "anyone who raises a hand against an officer will be arrested",
        STR,
        ARRESTS,
        actor1=POL11,
        actor2=RIOTERS11,
        location=WADI_NAAM,
        source=["senior police officer", "police"],
        status="planned",
    ),
    # a forecast by officials -> hypothetical
    E(
        False,
        "the coming Passover holiday could bring a wave of copycat attacks in Judea and Samaria",
        VAC,
        ATTACK,
        actor1=ATT11,
        location=L(["Judea and Samaria", "West Bank"], cc="PS"),
        source=["Security officials", "security officials"],
        status="hypothetical",
    ),
    # no gold: "Palestinian media identified the terrorist" (no act), "a quiet sector", "The Negev is slipping
    # through our fingers" (a metaphor), the police investigation
]
DOCS.append(
    (
        "dev-l-11",
        "Frontline Israel",
        "2026-03-26",
        "partisan outlet (Israeli right)",
        "Jordan Valley and Negev: a gunman 'eliminated' after wounding a reservist at Tayasir, his family arrested "
        "and home mapped for demolition, February 2025 background, two versions of a Jordan Valley incident "
        "(anarchists' mob against shepherds / settlers' attack on Bedouin, 1 vs 5 hurt), 12 structures demolished "
        "in Wadi al-Na'am, stones at police (2 hurt), dispersal and arrests, a planned strike, threats, a forecast",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-l-11", "March 26, 2026", "2026-03-26", "Thursday"),
    ("dev-l-11", "early Wednesday morning / Hours later", "2026-03-25", "Wednesday"),
    ("dev-l-11", "on Tuesday afternoon", "2026-03-24", "Tuesday"),
    ("dev-l-11", "on Monday", "2026-03-23", "Monday"),
]

# =============================================================================
# dev-l-12  wire service — Yemen: Aden (Mansoura, al-Basateen, Crater, Mualla), Abyan (Wadi Omaran, Mudiyah) (Tue 2 Dec 2025)
# =============================================================================
T12 = """Car bomb hits security convoy in Aden, killing three; AQAP and southern forces give rival accounts of Abyan attack

ADEN, Yemen, Dec 2 (Arabian Peninsula Wire) - A car bomb exploded beside a convoy carrying a senior commander of the Security Belt forces in Aden's Mansoura district on Monday morning. Two of his bodyguards and a passer-by were killed and seven people were wounded, security officials said. The commander, Brigadier Fadl al-Marfadi, escaped with light injuries.

No group claimed the bombing. The Southern Transitional Council (STC), which controls the Security Belt, blamed al-Qaeda in the Arabian Peninsula (AQAP) and what it called "Houthi sleeper cells".

After the blast, security forces detained 18 people in a sweep of the al-Basateen neighbourhood of Aden, home to many Somali and Ethiopian migrants, the Aden Rights Observatory said.

In Abyan province, AQAP said in a statement posted on its channels that its fighters attacked a checkpoint of the STC-aligned Southern Armed Forces in the Wadi Omaran area of Mudiyah district on Sunday, killing "more than ten" soldiers. The Southern Armed Forces said the attack had been repelled, that two of its soldiers were killed and that "a number of" militants died.

In Aden's Crater and Mualla districts, hundreds of residents took to the streets on Sunday night to protest against power cuts lasting up to 16 hours a day, burning tyres and blocking roads. Security forces fired into the air to disperse them, witnesses said.

The state news agency Saba, citing a source at the Interior Ministry, said the government would "deal firmly" with anyone who exploits the protests to spread chaos.

Aden has served as the seat of the internationally recognised government since the Houthis seized Sanaa in September 2014, although the STC, which wants an independent south, took control of the city from government forces in August 2019. Analysts say AQAP could exploit the rivalry between the STC and the government to expand in Abyan and Shabwa.
"""

STC12 = ["Southern Transitional Council", "STC", "Security Belt", "Security Belt forces", "Southern Armed Forces",
         "southern forces", "security forces", "Aden security forces"]
CONVOY12 = STC12 + ["convoy", "senior commander", "commander", "Fadl al-Marfadi", "bodyguards"]
SAF12 = ["Southern Armed Forces", "STC-aligned Southern Armed Forces", "southern forces", "soldiers", "checkpoint",
         "Southern Transitional Council", "STC"]
AQAP12 = AQAP + ["its fighters", "fighters"]
MANSOURA = L(["Mansoura", "al-Mansoura", "Mansoura district", "Aden's Mansoura district", "Aden"], 12.85, 44.99, "YE")
ADEN = L(["Aden", "al-Basateen", "Basateen", "Crater", "Mualla", "al-Mualla", "Aden's Crater and Mualla districts"],
         12.79, 45.03, "YE")
OMARAN = L(["Wadi Omaran", "Wadi Omran", "Mudiyah", "Mudiyah district", "Abyan", "Abyan province"], cc="YE")
APW = ["Arabian Peninsula Wire", "author"]
MON12 = D("2025-12-01")
SUN12 = D("2025-11-30")
E12 = [
    # a car bomb not driven by a suicide bomber -> Remote explosive/landmine/IED; the toll comes in the next
    # sentence; the commander's "light injuries" may or may not be among the seven -> 7..8; the STC blames AQAP
    # and "Houthi sleeper cells" without a claim -> both plus unknown
    E(
        True,
        "A car bomb exploded beside a convoy carrying a senior commander of the Security Belt forces in Aden's Mansoura district on Monday morning",
        EXP,
        IED,
        actor1=UNK + AQAP + HOUTHI + ["Houthi sleeper cells"],
        actor2=CONVOY12,
        location=MANSOURA,
        date=MON12,
        killed=R(3),
        injured=R(7, 8),
        source=["security officials"] + APW,
    ),
    E(
        False,
        "Car bomb hits security convoy in Aden, killing three",
        EXP,
        IED,
        actor1=UNK,
        actor2=CONVOY12,
        location=MANSOURA,
        date=MON12,
        killed=R(3),
        source=APW,
    ),
    E(
        False,
        'blamed al-Qaeda in the Arabian Peninsula (AQAP) and what it called "Houthi sleeper cells"',
        EXP,
        IED,
        actor1=UNK + AQAP + HOUTHI + ["Houthi sleeper cells"],
        actor2=CONVOY12,
        location=MANSOURA,
        date=MON12,
        source=["Southern Transitional Council", "STC"],
    ),
    # "After the blast" -> Monday or Tuesday; migrants are civilians; detainees are not casualties
    E(
        True,
        "security forces detained 18 people in a sweep of the al-Basateen neighbourhood of Aden, home to many Somali and Ethiopian migrants",
        STR,
        ARRESTS,
        actor1=STC12,
        actor2=CIV + ["18 people", "people", "migrants", "Somali and Ethiopian migrants"],
        location=ADEN,
        date=D("2025-12-01", "2025-12-02"),
        source=["Aden Rights Observatory"],
    ),
    # two versions with different tolls -> one core event each: AQAP's "more than ten" -> 11..open; the southern
    # forces' two soldiers plus "a number of" militants -> the open sum 4..open
    E(
        True,
        'its fighters attacked a checkpoint of the STC-aligned Southern Armed Forces in the Wadi Omaran area of Mudiyah district on Sunday, killing "more than ten" soldiers',
        BAT,
        CLASH,
        actor1=AQAP12 + SAF12,
        actor2=SAF12 + AQAP12,
        location=OMARAN,
        date=SUN12,
        killed=R(11, None),
        source=AQAP + ["statement"],
    ),
    E(
        True,
        'the attack had been repelled, that two of its soldiers were killed and that "a number of" militants died',
        BAT,
        CLASH,
        actor1=AQAP12 + SAF12,
        actor2=SAF12 + AQAP12,
        location=OMARAN,
        date=SUN12,
        killed=R(4, None),
        source=["Southern Armed Forces", "southern forces"],
    ),
    E(
        False,
        "AQAP and southern forces give rival accounts of Abyan attack",
        BAT,
        CLASH,
        actor1=AQAP12 + SAF12,
        actor2=SAF12 + AQAP12,
        location=OMARAN,
        date=SUN12,
        source=APW,
    ),
    # tyres burned and roads blocked -> Riots/Violent demonstration; shots in the air to disperse -> a non-core
    # Protest with intervention copy; "on Sunday night" -> both days
    E(
        True,
        "hundreds of residents took to the streets on Sunday night to protest against power cuts lasting up to 16 hours a day, burning tyres and blocking roads",
        RIOT,
        VIOLENT,
        **PROTEST_SIDES(["residents", "hundreds of residents", "rioters"] + STC12),
        location=ADEN,
        date=D("2025-11-30", "2025-12-01"),
        source=APW,
    ),
    E(
        False,
        "Security forces fired into the air to disperse them",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(STC12 + ["residents"]),
        location=ADEN,
        date=D("2025-11-30", "2025-12-01"),
        source=["witnesses"] + APW,
    ),
    # a citing chain; the government's warning -> planned, no date
    E(
        False,
        'the government would "deal firmly" with anyone who exploits the protests to spread chaos',
        PRO,
        INTERVENTION,
        actor1=["government", "Interior Ministry", "Yemeni government", "internationally recognised government"],
        actor2=PROTESTERS,
        location=ADEN,
        source=["Saba", "state news agency Saba", "source at the Interior Ministry", "Interior Ministry"],
        status="planned",
    ),
    # background -> non-core: 2014, 2019; the analysts' forecast -> hypothetical
    E(
        False,
        "the Houthis seized Sanaa in September 2014",
        BAT,
        NSAOVER,
        actor1=HOUTHI,
        actor2=["Yemeni government", "government forces", "Military Forces of Yemen"],
        location=L(["Sanaa", "Sana'a"], 15.35, 44.21, "YE"),
        date=D("2014-09-01", "2014-09-30"),
        source=APW,
    ),
    E(
        False,
        "took control of the city from government forces in August 2019",
        BAT,
        NSAOVER,
        actor1=STC12,
        actor2=["government forces", "Yemeni government", "Military Forces of Yemen"],
        location=ADEN,
        date=D("2019-08-01", "2019-08-31"),
        source=APW,
    ),
    E(
        False,
        "AQAP could exploit the rivalry between the STC and the government to expand in Abyan and Shabwa",
        BAT,
        NSAOVER,
        actor1=AQAP,
        location=L(["Abyan", "Shabwa"], cc="YE"),
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: "No group claimed the bombing", the commander's escape (inside the bombing), "wants an independent
    # south" (an aim)
]
DOCS.append(
    (
        "dev-l-12",
        "Arabian Peninsula Wire",
        "2025-12-02",
        "wire service",
        "Yemen/Aden and Abyan: a car bomb on a Security Belt convoy in Mansoura (toll next sentence: 3 dead, 7-8 "
        "hurt; AQAP or Houthi cells blamed), 18 migrants detained, an AQAP attack on a checkpoint in Wadi Omaran "
        "with rival tolls (11+ / 2 + 'a number of'), a power-cut riot and shots in the air, a cited warning, "
        "2014/2019 background, a forecast",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-l-12", "Dec 2", "2025-12-02", "Tuesday"),
    ("dev-l-12", "on Monday morning", "2025-12-01", "Monday"),
    ("dev-l-12", "on Sunday / on Sunday night", "2025-11-30", "Sunday"),
]

# =============================================================================
# dev-l-13  military press release (an outside power) — Yemen/Hajjah: Hajjah city, Midi, Kushar; the Red Sea (Tue 8 Apr 2025)
# =============================================================================
T13 = """CENTCOM forces strike Houthi targets in Hajjah; Navy destroyers defeat missile and drone attack in Red Sea

U.S. Central Command | Press release | April 8, 2025

TAMPA, Fla. - U.S. Central Command (CENTCOM) forces conducted precision strikes against Iran-backed Houthi targets in Hajjah governorate, Yemen, on April 6 and 7.

The strikes destroyed a Houthi command-and-control facility and an underground storage site for advanced conventional weapons near the city of Hajjah, killing a number of Houthi fighters, including a senior missile operative responsible for attacks on international shipping. A separate strike on April 7 destroyed a coastal radar site near the port of Midi, which the Houthis used to target commercial vessels.

On April 6, the Houthis launched three anti-ship ballistic missiles and five one-way attack drones toward two U.S. Navy destroyers transiting the Red Sea. The destroyers intercepted all of them. No U.S. ships were damaged and no U.S. personnel were injured.

CENTCOM is aware of claims by Houthi-controlled media that U.S. strikes killed 12 civilians at a market in the Kushar district of Hajjah on April 7. CENTCOM takes all reports of civilian harm seriously and is assessing the claims; initial reviews found no evidence that a market was struck.

Since March 15, CENTCOM forces have struck more than 300 Houthi targets across Yemen. Since November 2023, the Houthis have attacked U.S. warships and commercial vessels more than 170 times, disrupting one of the world's most important trade routes.

"The Houthis' attacks on American forces and international shipping will not be tolerated," a CENTCOM spokesperson said. "We will continue to apply steadily increasing pressure until the threat to freedom of navigation is removed."

CENTCOM remains committed to the security of the region and to the protection of U.S. forces and our partners.
"""

US13 = USA + ["U.S. Central Command", "CENTCOM", "CENTCOM forces", "U.S. Navy", "US Navy", "destroyers",
              "U.S. Navy destroyers", "U.S. strikes"]
HOU13 = HOUTHI + ["Houthi fighters", "Houthi targets", "senior missile operative"]
HAJJAH = L(["Hajjah", "Hajja", "city of Hajjah", "near the city of Hajjah", "Hajjah governorate"], 15.69, 43.60, "YE")
MIDI = L(["Midi", "Meedi", "port of Midi", "Midi port"], cc="YE")
KUSHAR = L(["Kushar", "Kushar district", "Kushar district of Hajjah", "Hajjah"], cc="YE")
# open sea with no coastal anchor -> names only, no country (dev-b)
RED_SEA = L(["Red Sea", "the Red Sea"])
CENTCOM = ["U.S. Central Command", "US Central Command", "CENTCOM", "author"]
STRIKES13 = D("2025-04-06", "2025-04-07")
E13 = [
    E(
        False,
        "U.S. Central Command (CENTCOM) forces conducted precision strikes against Iran-backed Houthi targets in Hajjah governorate, Yemen, on April 6 and 7",
        EXP,
        AIR,
        actor1=US13,
        actor2=HOU13,
        location=HAJJAH,
        date=STRIKES13,
        source=CENTCOM,
        aggregate=True,
    ),
    E(
        False,
        "CENTCOM forces strike Houthi targets in Hajjah",
        EXP,
        AIR,
        actor1=US13,
        actor2=HOU13,
        location=HAJJAH,
        date=STRIKES13,
        source=CENTCOM,
        aggregate=True,
    ),
    # two sites near one city in one strike package -> one event; "a number of" -> 2..open; dated by the lead's
    # "April 6 and 7"
    E(
        True,
        "The strikes destroyed a Houthi command-and-control facility and an underground storage site for advanced conventional weapons near the city of Hajjah, killing a number of Houthi fighters, including a senior missile operative",
        EXP,
        AIR,
        actor1=US13,
        actor2=HOU13 + ["command-and-control facility", "underground storage site"],
        location=HAJJAH,
        date=STRIKES13,
        killed=R(2, None),
        source=CENTCOM,
    ),
    E(
        True,
        "A separate strike on April 7 destroyed a coastal radar site near the port of Midi",
        EXP,
        AIR,
        actor1=US13,
        actor2=HOU13 + ["coastal radar site", "radar site"],
        location=MIDI,
        date=D("2025-04-07"),
        source=CENTCOM,
    ),
    # a mixed salvo of missiles and drones -> Air/drone strike (dev-c); the ships stand for their owner; "no U.S.
    # personnel were injured" -> injured 0..0 only; the interception is its own event
    E(
        True,
        "the Houthis launched three anti-ship ballistic missiles and five one-way attack drones toward two U.S. Navy destroyers transiting the Red Sea",
        EXP,
        AIR,
        actor1=HOU13,
        actor2=US13,
        location=RED_SEA,
        date=D("2025-04-06"),
        injured=R(0),
        source=CENTCOM,
    ),
    E(
        True,
        "The destroyers intercepted all of them",
        STR,
        DISRUPT,
        actor1=US13,
        actor2=HOU13 + ["missiles", "drones"],
        location=RED_SEA,
        date=D("2025-04-06"),
        source=CENTCOM,
    ),
    E(
        False,
        "Navy destroyers defeat missile and drone attack in Red Sea",
        STR,
        DISRUPT,
        actor1=US13,
        actor2=HOU13,
        location=RED_SEA,
        date=D("2025-04-06"),
        source=CENTCOM,
    ),
    # the other party's claim, relayed and doubted by the author -> core, occurred, sourced to the party; the
    # author's "found no evidence that a market was struck" -> non-core denied (dev-k-16)
    E(
        True,
        "claims by Houthi-controlled media that U.S. strikes killed 12 civilians at a market in the Kushar district of Hajjah on April 7",
        EXP,
        AIR,
        actor1=US13,
        actor2=CIV + ["market", "12 civilians"],
        location=KUSHAR,
        date=D("2025-04-07"),
        killed=R(12),
        source=["Houthi-controlled media", "Houthi media"] + HOUTHI,
    ),
    E(
        False,
        "initial reviews found no evidence that a market was struck",
        EXP,
        AIR,
        actor1=US13,
        actor2=CIV + ["market"],
        location=KUSHAR,
        date=D("2025-04-07"),
        source=CENTCOM,
        status="denied",
    ),
    # tallies -> aggregates
    E(
        False,
        "Since March 15, CENTCOM forces have struck more than 300 Houthi targets across Yemen",
        EXP,
        AIR,
        actor1=US13,
        actor2=HOU13,
        location=L(["Yemen"], cc="YE"),
        date=D("2025-03-15", "2025-04-08"),
        source=CENTCOM,
        aggregate=True,
    ),
    E(
        False,
        "the Houthis have attacked U.S. warships and commercial vessels more than 170 times",
        EXP,
        AIR,
        actor1=HOU13,
        actor2=US13 + ["U.S. warships", "commercial vessels"],
        location=RED_SEA,
        date=D("2023-11-01", "2025-04-08"),
        source=CENTCOM,
        aggregate=True,
    ),
    E(
        False,
        "We will continue to apply steadily increasing pressure until the threat to freedom of navigation is removed",
        EXP,
        AIR,
        actor1=US13,
        actor2=HOU13,
        location=L(["Yemen"], cc="YE"),
        source=["CENTCOM spokesperson"] + CENTCOM,
        status="planned",
    ),
    # no gold: "will not be tolerated" (no act), "which the Houthis used to target commercial vessels" and "attacks
    # on international shipping" (the target's past, no event told), "No U.S. ships were damaged" (inside the
    # attack), the closing commitment
]
DOCS.append(
    (
        "dev-l-13",
        "U.S. Central Command (press release)",
        "2025-04-08",
        "military press release (outside power)",
        "Yemen/Hajjah and the Red Sea: US strikes near Hajjah ('a number of' fighters killed) and on a radar site "
        "near Midi, a Houthi missile-and-drone salvo at two destroyers ('no U.S. personnel were injured') and its "
        "interception, the Houthis' claim of 12 civilians killed at a Kushar market and CENTCOM's doubt, two "
        "tallies, a pledge",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-l-13", "April 8, 2025", "2025-04-08", "Tuesday"),
    ("dev-l-13", "April 6", "2025-04-06", "Sunday"),
    ("dev-l-13", "April 7", "2025-04-07", "Monday"),
]

# =============================================================================
# dev-l-14  partisan outlet (Iranian state-aligned) — Iran/Khuzestan: Ahvaz, Shadegan, Abadan; Sistan and Baluchestan: Rask-Sarbaz road (Tue 21 Jul 2026)
# =============================================================================
T14 = """Terrorist team dismantled in Khuzestan; rioters set bank ablaze in Abadan

AHVAZ, July 21 (Pars Dispatch) - Intelligence forces of the Islamic Revolutionary Guard Corps in Khuzestan province have dismantled a terrorist team linked to the separatist group "Harakat al-Nidal" and arrested its five members in Ahvaz and Shadegan, the IRGC's Vali-e Asr Base said in a statement on Monday. Explosives, two Kalashnikov rifles and a quantity of ammunition were seized.

The statement said the team had planned to detonate bombs among mourners during the Arbaeen processions next month. A bomb that members of the team had planted near a police station in Shadegan was defused by bomb disposal experts last week, it added.

In Abadan, hundreds of residents gathered peacefully outside the governor's office on Sunday evening to demand a solution to cuts in drinking water. Later that night, a group of rioters who broke away from the gathering set fire to a branch of Bank Melli on Amiri Street and threw stones at police, injuring three officers, said the provincial police chief, Brigadier General Mohsen Dehghan. Police arrested 11 rioters.

Persian-language opposition channels based abroad claimed that security forces fired live ammunition at protesters in Abadan, killing a young man. The police chief called the claim "an enemy lie" and said no shots had been fired.

In Sistan and Baluchestan province, two members of the Basij were martyred when terrorists opened fire on their vehicle on the road between Rask and Sarbaz on Saturday, the province's deputy governor for security affairs told IRNA. The terrorist group "Jaish al-Zolm" claimed responsibility on its Telegram channel.

Khuzestan has been targeted for years by separatist groups backed by foreign intelligence services. In September 2018, terrorists linked to the same group attacked a military parade in Ahvaz, killing 25 people.

Officials said the water shortages in Abadan would be resolved within ten days, when a new pipeline from the Karun river is completed.
"""

IRGC14 = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Intelligence forces",
          "IRGC intelligence", "Vali-e Asr Base", "Military Forces of Iran", "Iran"]
ASMLA = ["Harakat al-Nidal", "ASMLA", "Arab Struggle Movement for the Liberation of Ahwaz", "terrorist team",
         "separatist group", "separatists", "five members", "terrorists"]
POL14 = ["police", "Iranian police", "Police Forces of Iran", "security forces", "officers",
         "provincial police chief", "bomb disposal experts"]
RIOTERS14 = ["rioters", "group of rioters", "protesters", "residents"]
JAISH = ["Jaish al-Adl", "Jaish al-Zolm", "Jaysh al-Adl", "Jaish ul-Adl", "terrorists", "terrorist group"]
BASIJ = ["Basij", "members of the Basij", "Basij members", "vehicle", "Military Forces of Iran", "IRGC",
         "Islamic Revolutionary Guard Corps"]
AHVAZ = L(["Ahvaz", "Ahwaz", "Shadegan", "Khuzestan", "Khuzestan province"], 31.32, 48.67, "IR")
SHADEGAN = L(["Shadegan", "Shadgan", "police station in Shadegan", "Khuzestan"], 30.65, 48.66, "IR")
ABADAN = L(["Abadan", "Amiri Street", "governor's office", "Bank Melli"], 30.34, 48.30, "IR")
RASK = L(["Rask", "Sarbaz", "road between Rask and Sarbaz", "Sistan and Baluchestan", "Sistan-Baluchestan"],
         26.24, 61.40, "IR")
PD = ["Pars Dispatch", "author"]
POLCHIEF = ["provincial police chief", "police chief", "Mohsen Dehghan", "Brigadier General Mohsen Dehghan", "police"]
SUNNIGHT14 = D("2026-07-19", "2026-07-20")
E14 = [
    # "said in a statement on Monday" with no date of its own -> that day or the day before
    E(
        True,
        'Intelligence forces of the Islamic Revolutionary Guard Corps in Khuzestan province have dismantled a terrorist team linked to the separatist group "Harakat al-Nidal" and arrested its five members in Ahvaz and Shadegan',
        STR,
        ARRESTS,
        actor1=IRGC14,
        actor2=ASMLA,
        location=AHVAZ,
        date=D("2026-07-19", "2026-07-20"),
        source=["Vali-e Asr Base", "IRGC", "statement"] + PD,
    ),
    E(
        False,
        "Terrorist team dismantled in Khuzestan",
        STR,
        ARRESTS,
        actor1=IRGC14,
        actor2=ASMLA,
        location=AHVAZ,
        date=D("2026-07-19", "2026-07-20"),
        source=PD,
    ),
    # a plot the state says was foiled -> planned, no date (the processions fall after publication)
    E(
        False,
        "the team had planned to detonate bombs among mourners during the Arbaeen processions next month",
        EXP,
        IED,
        actor1=ASMLA,
        actor2=CIV + ["mourners", "Arbaeen processions"],
        location=L(["Khuzestan", "Ahvaz"], cc="IR"),
        source=["Vali-e Asr Base", "IRGC", "statement"],
        status="planned",
    ),
    # a bomb defused -> Disrupted weapons use; "last week" -> the previous Monday to Sunday
    E(
        True,
        "A bomb that members of the team had planted near a police station in Shadegan was defused by bomb disposal experts last week",
        STR,
        DISRUPT,
        actor1=POL14 + IRGC14,
        actor2=ASMLA,
        location=SHADEGAN,
        date=D("2026-07-13", "2026-07-19"),
        source=["Vali-e Asr Base", "IRGC", "statement"],
    ),
    # the calm gathering and the group that broke away to burn a bank later that night -> a core peaceful protest
    # and its own core riot (dev-k-10's bank); the arrests told with the riot -> a non-core copy
    E(
        True,
        "hundreds of residents gathered peacefully outside the governor's office on Sunday evening to demand a solution to cuts in drinking water",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents", "hundreds of residents"],
        location=ABADAN,
        date=D("2026-07-19"),
        source=PD,
    ),
    E(
        True,
        "a group of rioters who broke away from the gathering set fire to a branch of Bank Melli on Amiri Street and threw stones at police, injuring three officers",
        RIOT,
        VIOLENT,
        actor1=RIOTERS14 + POL14,
        actor2=POL14 + ["Bank Melli", "bank"] + RIOTERS14,
        location=ABADAN,
        date=SUNNIGHT14,
        injured=R(3),
        source=POLCHIEF + PD,
    ),
    E(
        False,
        "rioters set bank ablaze in Abadan",
        RIOT,
        VIOLENT,
        actor1=RIOTERS14 + POL14,
        actor2=POL14 + ["Bank Melli", "bank"] + RIOTERS14,
        location=ABADAN,
        date=SUNNIGHT14,
        source=PD,
    ),
    E(
        False,
        "Police arrested 11 rioters",
        STR,
        ARRESTS,
        actor1=POL14,
        actor2=RIOTERS14 + ["11 rioters"],
        location=ABADAN,
        date=SUNNIGHT14,
        source=POLCHIEF,
    ),
    # the opposition's claim, relayed by a hostile outlet -> core, occurred, sourced to the claimant; the police
    # chief's "no shots had been fired" -> non-core denied
    E(
        True,
        "security forces fired live ammunition at protesters in Abadan, killing a young man",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(POL14 + ["young man"]),
        location=ABADAN,
        date=SUNNIGHT14,
        killed=R(1),
        source=["Persian-language opposition channels", "opposition channels"],
    ),
    E(
        False,
        "said no shots had been fired",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(POL14),
        location=ABADAN,
        date=SUNNIGHT14,
        source=POLCHIEF,
        status="denied",
    ),
    # Basij members are a state paramilitary, not civilians -> Battles/Armed clash even with no return fire told;
    # "martyred" -> killed; a citing chain ("told IRNA"); the group's claim -> a non-core copy sourced to it
    E(
        True,
        "two members of the Basij were martyred when terrorists opened fire on their vehicle on the road between Rask and Sarbaz on Saturday",
        BAT,
        CLASH,
        actor1=JAISH + BASIJ,
        actor2=BASIJ + JAISH,
        location=RASK,
        date=D("2026-07-18"),
        killed=R(2),
        source=["deputy governor for security affairs", "deputy governor", "IRNA"] + PD,
    ),
    E(
        False,
        'The terrorist group "Jaish al-Zolm" claimed responsibility on its Telegram channel',
        BAT,
        CLASH,
        actor1=JAISH + BASIJ,
        actor2=BASIJ + JAISH,
        location=RASK,
        date=D("2026-07-18"),
        source=JAISH,
    ),
    # background, 2018 -> non-core; the attack on a military parade -> Battles
    E(
        False,
        "terrorists linked to the same group attacked a military parade in Ahvaz, killing 25 people",
        BAT,
        CLASH,
        actor1=ASMLA,
        actor2=IRGC14 + ["military parade"],
        location=AHVAZ,
        date=D("2018-09-01", "2018-09-30"),
        killed=R(25),
        source=PD,
    ),
    # no gold: the seized explosives and rifles (inside the arrests), "an enemy lie" (the label; the denial is
    # coded on the next clause), "targeted for years by separatist groups" (generic), the pipeline
]
DOCS.append(
    (
        "dev-l-14",
        "Pars Dispatch",
        "2026-07-21",
        "partisan outlet (Iranian state-aligned)",
        "Iran/Khuzestan and Sistan-Baluchestan: an IRGC arrest of a 'terrorist team', a foiled plot (planned), a "
        "bomb defused last week, a peaceful water protest and a breakaway riot at a bank (3 police hurt, 11 "
        "arrested), the opposition's claim of a protester shot and its denial, Basij members killed on the "
        "Rask-Sarbaz road ('Jaish al-Zolm', citing IRNA), 2018 background",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-l-14", "July 21", "2026-07-21", "Tuesday"),
    ("dev-l-14", "on Monday", "2026-07-20", "Monday"),
    ("dev-l-14", "on Sunday evening", "2026-07-19", "Sunday"),
    ("dev-l-14", "on Saturday", "2026-07-18", "Saturday"),
    ("dev-l-14", "last week (start)", "2026-07-13", "Monday"),
]

# =============================================================================
# dev-l-15  weekly round-up — the Gulf (Qeshm, Fujairah), Jordan (Amman), Turkey's Syrian border (Akcakale, Gaziantep, Kilis, Sanliurfa) (Sat 5 Sep 2026)
# =============================================================================
T15 = """Gulf and Levant security round-up: tanker seized off Qeshm, blast at Fujairah anchorage, tear gas near Israeli embassy in Amman

Middle East Security Weekly | Week of 29 August - 4 September 2026 | Published Saturday, 5 September 2026

STRAIT OF HORMUZ - The naval forces of Iran's Revolutionary Guards seized a foreign-flagged tanker off Qeshm island on Tuesday and detained its 12 crew members, Iranian state media reported, accusing the vessel of smuggling two million litres of fuel. The ship's manager said the tanker was in international waters and carried a legal cargo.

FUJAIRAH - A Panama-flagged bulk carrier reported an explosion near its hull while at anchor about 10 nautical miles off Fujairah on Thursday. The British maritime agency UKMTO said the blast may have been caused by a limpet mine. No injuries were reported, and the crew brought minor flooding under control.

AMMAN - Jordanian police fired tear gas to disperse several hundred protesters who tried to march on the Israeli embassy in the Rabieh district late on Friday, after a rally against Israel's plans to annex parts of the West Bank. The Public Security Directorate said 14 people were detained.

JORDAN - The State Security Court on Wednesday sentenced four members of a cell arrested in April 2025 for manufacturing rockets and drones to prison terms of between ten and fifteen years.

TURKEY-SYRIA BORDER - Turkish border guards shot dead two Syrians trying to cross into Turkey near Akcakale in Sanliurfa province on Monday, a Syrian monitoring group said. Turkey's Interior Ministry said soldiers had fired warning shots at a group of smugglers and that no one was hit.

SOUTH-EAST TURKEY - Police detained 23 people suspected of links to the Islamic State group in simultaneous raids in Gaziantep, Kilis and Sanliurfa on Thursday, the Interior Ministry said.

OUTLOOK - Iran's navy has announced three days of drills in the Strait of Hormuz starting on 9 September. Shipping firms expect insurance premiums for Gulf voyages to rise again if attacks on merchant ships continue.
"""

IRGCN = ["Islamic Revolutionary Guard Corps", "IRGC", "IRGC Navy", "Revolutionary Guards",
         "naval forces of Iran's Revolutionary Guards", "Iran's Revolutionary Guards", "Military Forces of Iran", "Iran"]
JORPOL = ["Jordanian police", "police", "Public Security Directorate", "Police Forces of Jordan", "security forces"]
TRBG = TURKEY + ["Turkish border guards", "border guards", "soldiers", "gendarmerie"]
TRPOL = ["Turkish police", "police", "Interior Ministry", "Police Forces of Turkey", "Turkey"]
QESHM = L(["Qeshm", "Qeshm island", "off Qeshm island", "Strait of Hormuz"], cc="IR")
FUJAIRAH = L(["Fujairah", "Fujairah anchorage", "off Fujairah"], 25.12, 56.33, "AE")
AMMAN = L(["Amman", "Rabieh", "al-Rabieh", "Rabieh district", "Israeli embassy"], 31.95, 35.93, "JO")
AKCAKALE = L(["Akcakale", "Akçakale", "near Akcakale", "Sanliurfa", "Şanlıurfa", "Sanliurfa province"],
             36.71, 38.95, "TR")
SE_TURKEY = L(["Gaziantep", "Kilis", "Sanliurfa", "Şanlıurfa", "south-east Turkey"], cc="TR")
MESW = ["Middle East Security Weekly", "author"]
E15 = [
    # a ship seized with its crew detained -> Strategic developments (the crew's detention -> Arrests); the crew
    # are not casualties; the manager's rebuttal concerns the reason, not the act -> no gold
    E(
        True,
        "The naval forces of Iran's Revolutionary Guards seized a foreign-flagged tanker off Qeshm island on Tuesday and detained its 12 crew members",
        STR,
        ARRESTS,
        actor1=IRGCN,
        actor2=["foreign-flagged tanker", "tanker", "crew", "12 crew members", "crew members", "vessel"],
        location=QESHM,
        date=D("2026-09-01"),
        source=["Iranian state media", "state media"] + MESW,
    ),
    E(
        False,
        "tanker seized off Qeshm",
        STR,
        ARRESTS,
        actor1=IRGCN,
        actor2=["tanker", "crew"],
        location=QESHM,
        date=D("2026-09-01"),
        source=MESW,
    ),
    # the explosion is reported as fact by the ship; its cause is the hedge -> the blast is core, occurred, with an
    # unknown actor; the limpet mine -> a non-core possible copy; "No injuries were reported" -> injured 0..0 only;
    # "10 nautical miles off Fujairah" -> Fujairah's point
    E(
        True,
        "A Panama-flagged bulk carrier reported an explosion near its hull while at anchor about 10 nautical miles off Fujairah on Thursday",
        EXP,
        IED,
        actor1=UNK,
        actor2=["bulk carrier", "Panama-flagged bulk carrier", "vessel", "ship"],
        location=FUJAIRAH,
        date=D("2026-09-03"),
        injured=R(0),
        source=["bulk carrier", "UKMTO"] + MESW,
    ),
    E(
        False,
        "the blast may have been caused by a limpet mine",
        EXP,
        IED,
        actor1=UNK,
        actor2=["bulk carrier", "vessel", "ship"],
        location=FUJAIRAH,
        date=D("2026-09-03"),
        source=["UKMTO", "British maritime agency"],
        status="possible",
    ),
    E(
        False,
        "blast at Fujairah anchorage",
        EXP,
        IED,
        actor1=UNK,
        actor2=["bulk carrier", "vessel", "ship"],
        location=FUJAIRAH,
        date=D("2026-09-03"),
        source=MESW,
    ),
    # tear gas to disperse a march -> Protest with intervention; "late on Friday" in a Saturday piece -> both days;
    # the detentions -> a non-core copy
    E(
        True,
        "Jordanian police fired tear gas to disperse several hundred protesters who tried to march on the Israeli embassy in the Rabieh district late on Friday",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(JORPOL),
        location=AMMAN,
        date=D("2026-09-04", "2026-09-05"),
        source=MESW,
    ),
    E(
        False,
        "tear gas near Israeli embassy in Amman",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(JORPOL),
        location=AMMAN,
        date=D("2026-09-04", "2026-09-05"),
        source=MESW,
    ),
    E(
        False,
        "14 people were detained",
        STR,
        ARRESTS,
        actor1=JORPOL,
        actor2=PROTESTERS + ["14 people", "people"],
        location=AMMAN,
        date=D("2026-09-04", "2026-09-05"),
        source=["Public Security Directorate"],
    ),
    # background in passing (the sentence is no event) -> non-core; the text gives no place beyond Jordan
    E(
        False,
        "a cell arrested in April 2025 for manufacturing rockets and drones",
        STR,
        ARRESTS,
        actor1=["Jordanian security forces", "General Intelligence Department", "Jordan"],
        actor2=["cell", "four members of a cell", "members of a cell"],
        location=L(["Jordan"], cc="JO"),
        date=D("2025-04-01", "2025-04-30"),
        source=MESW,
    ),
    # people crossing a border shot by guards -> Violence against civilians/Attack; the ministry's version denies
    # anyone was hit -> non-core denied
    E(
        True,
        "Turkish border guards shot dead two Syrians trying to cross into Turkey near Akcakale in Sanliurfa province on Monday",
        VAC,
        ATTACK,
        actor1=TRBG,
        actor2=CIV + ["two Syrians", "Syrians", "migrants"],
        location=AKCAKALE,
        date=D("2026-08-31"),
        killed=R(2),
        source=["Syrian monitoring group", "monitoring group"],
    ),
    E(
        False,
        "soldiers had fired warning shots at a group of smugglers and that no one was hit",
        VAC,
        ATTACK,
        actor1=TRBG,
        actor2=["smugglers", "group of smugglers"] + CIV,
        location=AKCAKALE,
        date=D("2026-08-31"),
        source=["Turkey's Interior Ministry", "Interior Ministry", "Turkish Interior Ministry"],
        status="denied",
    ),
    # simultaneous raids in three provinces on one day -> one event; three provinces -> names and country only
    E(
        True,
        "Police detained 23 people suspected of links to the Islamic State group in simultaneous raids in Gaziantep, Kilis and Sanliurfa on Thursday",
        STR,
        ARRESTS,
        actor1=TRPOL,
        actor2=["23 people", "people", "suspects"] + ISIS,
        location=SE_TURKEY,
        date=D("2026-09-03"),
        source=["Interior Ministry", "Turkish Interior Ministry"] + MESW,
    ),
    # no gold: the sentencing (a court act), the manager's rebuttal, the minor flooding, naval drills (no ACLED
    # event), the insurers' conditional about attacks in general (generic)
]
DOCS.append(
    (
        "dev-l-15",
        "Middle East Security Weekly",
        "2026-09-05",
        "weekly round-up",
        "Gulf, Jordan and Turkey's border: a tanker seized and 12 crew detained off Qeshm, a blast beside a "
        "bulk carrier off Fujairah (limpet mine possible, 'No injuries'), tear gas at a march on the Israeli "
        "embassy in Amman and 14 detained, a 2025 arrest as background, two Syrians shot near Akcakale against "
        "the ministry's 'warning shots', IS suspects detained in three provinces, drills and a conditional",
        T15,
        E15,
    )
)
WEEKDAYS += [
    ("dev-l-15", "Saturday, 5 September 2026", "2026-09-05", "Saturday"),
    ("dev-l-15", "on Tuesday", "2026-09-01", "Tuesday"),
    ("dev-l-15", "on Thursday", "2026-09-03", "Thursday"),
    ("dev-l-15", "late on Friday", "2026-09-04", "Friday"),
    ("dev-l-15", "on Monday", "2026-08-31", "Monday"),
    ("dev-l-15", "29 August (week start)", "2026-08-29", "Saturday"),
]

# =============================================================================
# dev-l-16  explainer / speculative piece — Iraq/Anbar: al-Qaim; Syria: Albu Kamal; background in Jordan (Tower 22) (Tue 27 Oct 2026)
# =============================================================================
T16 = """Explainer: Who struck the PMF convoy near al-Qaim? What we know and what we don't

BAGHDAD, October 27 (Iraq Insight) - Three days after a convoy of the Popular Mobilisation Forces was hit near the Syrian border, the question of who struck it remains open. Here is what we know.

What happened?
At about 1 am on Saturday, at least two explosions tore through a convoy of trucks of the PMF's 45th Brigade, a unit dominated by Kataib Hezbollah, on a road near the al-Qaim border crossing in western Anbar. Video filmed by residents shows burning trucks and is consistent with an air strike. The PMF said three of its fighters were killed and seven wounded. A doctor at the al-Qaim hospital told Iraq Insight that five bodies had been brought in.

Who did it?
The PMF blamed "the American-Zionist enemy" without offering evidence. The US-led coalition said it had carried out no strikes in Iraq that night, and Israel, as usual, declined to comment. Two Iraqi security officials told us they suspect Israeli drones operating from Syrian airspace; a third did not rule out that ammunition in one of the trucks exploded.

What happened next?
On Sunday, the PMF said its air defences shot down a drone over the al-Qaim area and published pictures of wreckage. The same evening several hundred PMF supporters rallied in the centre of al-Qaim, burning American and Israeli flags. Kataib Hezbollah said it would respond "at the time and place of its choosing".

A Syrian monitoring group reported that an unidentified aircraft also struck a truck near Albu Kamal, on the Syrian side of the border, the same night, killing its driver. Iraq Insight could not verify this.

Has this happened before?
Yes. In February 2024, US aircraft struck Kataib Hezbollah positions in al-Qaim after a drone attack killed three US soldiers at the Tower 22 base in Jordan. In the summer of 2019, a series of explosions at PMF depots was blamed on Israel.

What could happen now?
If the culprit is confirmed as the United States or Israel, the factions could resume the rocket and drone attacks on US forces that largely stopped in 2024.
"""

PMF16 = PMF + KH + ["45th Brigade", "PMF's 45th Brigade", "convoy", "convoy of trucks", "trucks", "PMF convoy",
                    "fighters"]
STRIKERS16 = UNK + ISRAEL + USA + COALITION + ["American-Zionist enemy", "Israeli drones", "unidentified aircraft"]
# the crossing and the town: we cannot pin al-Qaim to ~10 km from our own knowledge -> names and country only
QAIM = L(["al-Qaim", "al-Qa'im", "Qaim", "al-Qaim border crossing", "al-Qaim area", "western Anbar", "Husaybah",
          "centre of al-Qaim"], cc="IQ")
ALBU_KAMAL = L(["Albu Kamal", "Abu Kamal", "Al Bukamal", "Bukamal", "Syrian side of the border"], 34.45, 40.92, "SY")
II = ["Iraq Insight", "author"]
SAT16 = D("2026-10-24")
E16 = [
    # the lead's account has no toll of its own; two sources give bare tolls in sentences with no trigger (the
    # PMF: 3 dead, 7 hurt; a doctor: five bodies) -> one core event with the range that covers both (3..5 dead,
    # 7 hurt) and each toll a non-core copy sourced to its giver. The video "consistent with an air strike" -> Air/
    # drone strike; the perpetrator is open (blamed on US and Israel, suspected Israeli drones) -> every
    # alternative plus unknown
    E(
        True,
        "at least two explosions tore through a convoy of trucks of the PMF's 45th Brigade, a unit dominated by Kataib Hezbollah, on a road near the al-Qaim border crossing in western Anbar",
        EXP,
        AIR,
        actor1=STRIKERS16,
        actor2=PMF16,
        location=QAIM,
        date=SAT16,
        killed=R(3, 5),
        injured=R(7),
        source=["residents", "PMF", "doctor"] + II,
    ),
    E(
        False,
        "The PMF said three of its fighters were killed and seven wounded",
        EXP,
        AIR,
        actor1=STRIKERS16,
        actor2=PMF16,
        location=QAIM,
        date=SAT16,
        killed=R(3),
        injured=R(7),
        source=PMF,
    ),
    E(
        False,
        "A doctor at the al-Qaim hospital told Iraq Insight that five bodies had been brought in",
        EXP,
        AIR,
        actor1=STRIKERS16,
        actor2=PMF16,
        location=QAIM,
        date=SAT16,
        killed=R(5),
        source=["doctor", "doctor at the al-Qaim hospital", "al-Qaim hospital"],
    ),
    # the headline's question and the lead's passive restatement -> non-core copies
    E(
        False,
        "Who struck the PMF convoy near al-Qaim?",
        EXP,
        AIR,
        actor1=STRIKERS16,
        actor2=PMF16,
        location=QAIM,
        date=SAT16,
        source=II,
    ),
    E(
        False,
        "a convoy of the Popular Mobilisation Forces was hit near the Syrian border",
        EXP,
        AIR,
        actor1=STRIKERS16,
        actor2=PMF16,
        location=QAIM,
        date=SAT16,
        source=II,
    ),
    # attributions: the PMF's blame (a copy), the coalition's denial (denied), the officials' suspicion (possible)
    E(
        False,
        'The PMF blamed "the American-Zionist enemy" without offering evidence',
        EXP,
        AIR,
        actor1=STRIKERS16,
        actor2=PMF16,
        location=QAIM,
        date=SAT16,
        source=PMF,
    ),
    E(
        False,
        "The US-led coalition said it had carried out no strikes in Iraq that night",
        EXP,
        AIR,
        actor1=COALITION,
        actor2=PMF16,
        location=QAIM,
        date=SAT16,
        source=COALITION,
        status="denied",
    ),
    E(
        False,
        "they suspect Israeli drones operating from Syrian airspace",
        EXP,
        AIR,
        actor1=ISRAEL + ["Israeli drones"],
        actor2=PMF16,
        location=QAIM,
        date=SAT16,
        source=["Iraqi security officials", "security officials"],
        status="possible",
    ),
    E(
        True,
        "the PMF said its air defences shot down a drone over the al-Qaim area",
        STR,
        DISRUPT,
        actor1=PMF + ["air defences", "PMF air defences"],
        actor2=UNK + ["drone"],
        location=QAIM,
        date=D("2026-10-25"),
        source=PMF,
    ),
    # flags burned at a rally -> Peaceful protest (no violence against people or property told)
    E(
        True,
        "several hundred PMF supporters rallied in the centre of al-Qaim, burning American and Israeli flags",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["PMF supporters", "supporters"],
        location=QAIM,
        date=D("2026-10-25"),
        source=II,
    ),
    E(
        False,
        'Kataib Hezbollah said it would respond "at the time and place of its choosing"',
        EXP,
        AIR,
        actor1=KH,
        actor2=USA + ISRAEL,
        location=QAIM,
        source=KH,
        status="planned",
    ),
    # a monitor's claim the writer cannot verify -> core, occurred, sourced to the monitor (dev-k); "the same
    # night" as a 1 am Saturday strike -> Friday night or Saturday
    E(
        True,
        "an unidentified aircraft also struck a truck near Albu Kamal, on the Syrian side of the border, the same night, killing its driver",
        EXP,
        AIR,
        actor1=UNK + ["unidentified aircraft"],
        actor2=CIV + ["truck", "driver"],
        location=ALBU_KAMAL,
        date=D("2026-10-23", "2026-10-24"),
        killed=R(1),
        source=["Syrian monitoring group", "monitoring group"],
    ),
    # background -> non-core: February 2024, the drone attack before it (no date of its own, placed in Jordan),
    # the 2019 series (aggregate, only blamed)
    E(
        False,
        "In February 2024, US aircraft struck Kataib Hezbollah positions in al-Qaim",
        EXP,
        AIR,
        actor1=USA + ["US aircraft"],
        actor2=KH + ["Kataib Hezbollah positions"],
        location=QAIM,
        date=D("2024-02-01", "2024-02-29"),
        source=II,
    ),
    E(
        False,
        "a drone attack killed three US soldiers at the Tower 22 base in Jordan",
        EXP,
        AIR,
        actor1=UNK,
        actor2=USA + ["US soldiers", "Tower 22", "Tower 22 base"],
        location=L(["Tower 22", "Tower 22 base", "Jordan"], cc="JO"),
        killed=R(3),
        source=II,
    ),
    E(
        False,
        "In the summer of 2019, a series of explosions at PMF depots was blamed on Israel",
        EXP,
        AIR,
        actor1=ISRAEL + UNK,
        actor2=PMF + ["PMF depots", "depots"],
        location=L(["Iraq"], cc="IQ"),
        date=D("2019-06-01", "2019-09-30"),
        source=II,
        aggregate=True,
    ),
    # a conditional forecast -> hypothetical; rockets and drones together -> Air/drone strike (dev-c)
    E(
        False,
        "the factions could resume the rocket and drone attacks on US forces that largely stopped in 2024",
        EXP,
        AIR,
        actor1=PMF + KH + ["factions"],
        actor2=USA,
        location=L(["Iraq"], cc="IQ"),
        source=II,
        status="hypothetical",
    ),
    # no gold: "ammunition in one of the trucks exploded" (an accident is no ACLED event), Israel's "declined to
    # comment", the pictures of wreckage, "Iraq Insight could not verify this"
]
DOCS.append(
    (
        "dev-l-16",
        "Iraq Insight",
        "2026-10-27",
        "explainer (speculative, uncertain perpetrator)",
        "Iraq/al-Qaim and Syria/Albu Kamal: a night strike on a PMF convoy with no perpetrator (US, Israel, unknown; "
        "a coalition denial, officials' suspicion) and two bare tolls (3 / 5), a drone downed, a rally burning "
        "flags, a planned response, an unverified strike near Albu Kamal, 2019/2024 background, a conditional "
        "forecast",
        T16,
        E16,
    )
)
WEEKDAYS += [
    ("dev-l-16", "October 27", "2026-10-27", "Tuesday"),
    ("dev-l-16", "on Saturday", "2026-10-24", "Saturday"),
    ("dev-l-16", "On Sunday", "2026-10-25", "Sunday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_l", check_l, strip_text=True)


if __name__ == "__main__":
    main()
