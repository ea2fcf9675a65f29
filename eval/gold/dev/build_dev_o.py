"""Writes dev_o.gold.jsonl: sixteen development articles from theatres and stories the earlier sets' lead stories
cover least - Syria (the Badia east of Sukhnah, Palmyra, al-Tanf; the Deir ez-Zor countryside at al-Mayadin, Albu
Kamal, Dhiban and al-Latwa; Raqqa's Tabqa and Raqqa city; the Afrin region at Kafr Safra, Jindires, Maabatli and
Afrin's Ashrafiyeh; Daraa's al-Lajat), Iraq (Kirkuk at Wadi al-Shay in Daquq district, al-Zab west of Hawija, the
Riyadh subdistrict, Daquq, Taza and Kirkuk city; Diyala at Muqdadiya and Baqubah; Anbar at Ain al-Asad, al-Qaim and
the highway west of Rutba; Babil at Jurf al-Nasr (Jurf al-Sakhar) and Hilla; Najaf, Kufa and Karbala; Koya in
Iraqi Kurdistan; Amedi), Lebanon (the Bekaa at Brital, Bednayel, Baalbek's Sharawneh and Hermel; Sidon's Ain
al-Hilweh camp; the Shebaa farms and Kfar Chouba; Iqlim al-Tuffah), southern Gaza (Rafah's Tal al-Sultan,
al-Mawasi, Khan Younis and Bani Suheila; Kerem Shalom), the West Bank and Jerusalem (the Jenin camp and city,
Tulkarm's Nur Shams camp, Qabatiya, the Huwara junction, Beita; the Damascus Gate of the Old City), Yemen (the Red
Sea off Hodeidah, al-Khokha, Marib's Sirwah and the Kofal front, Taiz's al-Jahmaliya), Iran (Kurdistan at
Sanandaj, Mahabad, Saqqez and Baneh; Khuzestan at Ahvaz and Hamidiyeh), Turkey (Hakkari's Çukurca and the
Yüksekova-Esendere road; Şırnak's Beytüşşebap and Silopi), Jordan's capital (Amman's Rabiyeh) and the occupied
Golan - published 2024-2025, written for this project in our own words, with hand-made gold events in the format
of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_n.py
(whose structure, helpers and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article: (1) the Badia and Deir ez-Zor - a wire story: an Islamic State ambush on truffle hunters east
of Sukhnah with two tolls a sentence later (a monitor's "At least 18" / state TV's 14), a mine on the outskirts of
al-Mayadin killing "a child and his two sisters", U.S. strikes near Albu Kamal in two versions (militia sites and
the monitor's six dead / "an empty warehouse", no one killed), a drone on al-Tanf "the day before" and its
shoot-down, a weekend's raids, 2019 background, a tally, a fear; (2) Tabqa and the Euphrates - a Kurdish
SDF-aligned outlet: a Turkish drone on an SDF vehicle "10 km east of Tabqa" with the dead told two ways, a
river-crossing attack on Dhiban repelled (both sides' dead and a stray bullet) and the regime media's "liberated"
version, shelling "On the same evening", the sources' belief about the planners, an ISIS cell arrested "on Tuesday
night", two marches, a tally, 2017 background, a threat; (3) Afrin - a human-rights monitor's weekly bulletin:
returnees abducted for ransom by a faction, a man and son beaten at a checkpoint, olive trees felled with a blamed
brigade, a Newroz rally, a grenade ("No one was hurt"), faction fighters arrested, a count, 2018 and 2023
background; (4) Kirkuk - an Iraqi police command's statement: a checkpoint attacked "25 km south-east of Kirkuk"
with the police toll two sentences later, a bomb "without causing casualties", a "wali" arrested, a clan clash in
Daquq and the police's twelve arrests, bombs dismantled "the day before yesterday", a peaceful demonstration, a
denied beating, a tally, a pledge; (5) southern Gaza - a live blog with corrections: a night advance under fire,
shells on al-Mawasi tents with the toll raised in a later entry and a hedged denial, a Qassam tank claim, a strike
in Khan Younis with the victims told two ways, rockets towards Kerem Shalom and an interception with the claimant
corrected, fire on an aid crowd ("several others") and the army's "warning shots", a tally, a pledge; (6) Jenin
and Nur Shams - a Palestinian resistance-aligned outlet: a day's bulldozing, a drone strike "Last night" ("wounding
others") and the army's "terrorist cell", a bomb on a vehicle in two versions ("a confirmed kill" / a soldier
wounded), a dawn raid with arrests, an entrance bulldozed, the Tulkarm Brigade's clash claim, a boy shot, a PA
arrest in Qabatiya, a tally, 2002 background, a threat; (7) Huwara and Jerusalem - an Israeli settler-nationalist
outlet: a shooting on a car, a raid on Beita "overnight", the evening at the junction in two versions and types (a
gathering / stones and arson), a stabbing at the Damascus Gate with the attacker shot dead and the PA agency's
"executed", 2023 background, a count, a demand and a commander's pledge; (8) Yemen - an analysis: missiles on a bulk
carrier "Last Wednesday" (a sailor "missing and presumed dead") and the Houthi claim, strikes on al-Khokha in two
versions (radar sites / a harbour and two fishermen), a Reaper claimed shot down with the Pentagon's hedge, a night
attack in Sirwah ("dozens" and four), a sniper in Taiz, a count, January background, scenarios and the leader's
promise; (9) Ain al-Hilweh - a feature with history: a night gunfight with a bystander killed and each side's
account of who began it, 1982 and 2023 history, an Israeli drone strike "Last month" and Israel's reason, a
ceasefire, an arrest at the Hisbeh checkpoint, a residents' march, the May accord, a resident's expectation; (10) a
weekly round-up: an Amman protest in two versions ("between 20 and 30" hurt / "rioters", 12 officers injured) and
the nightly series, a battle in al-Lajat, a strike "believed to be Jordanian", a convoy ambushed "40 km west of
Rutba" with the lorries' owner, Hezbollah missiles on the Shebaa farms ("no soldiers were hurt") and the answering
strike, two outlooks; (11) Iranian Kurdistan - an op-ed with loaded language: live fire on an anniversary gathering
in Sanandaj and state media's "rioters" version, a general strike and night arrests in Mahabad, activists arrested
in Saqqez "Earlier this month", kolbars shot near Baneh, an IRGC drone strike near Koya, 2022 background, the
writer's predictions; (12) Khuzestan - Iranian state media: gunmen fire on a police patrol car in Ahvaz and a
separatist claim, a follow-up raid "Hours later", a cell dismantled, a bomb defused "Three days ago", a calm
gathering, London media's version of a protester killed and its dismissal, 2018 background, a pledge; (13) Hakkari
and Şırnak - a Turkish defence ministry briefing: "neutralised" counts, an infiltration near Çukurca "On Monday
night" with the PKK's toll told only inside the denial, a bomb destroyed, harassing fire on a base, detentions in
Silopi, a denied strike in Amedi "last week", border detentions, a pledge; (14) Anbar and Babil - an Iraqi
militia-aligned outlet: a salvo on Ain al-Asad with CENTCOM's count and the interception, a strike on Jurf al-Nasr in
two versions (PMF headquarters / Kataib Hezbollah facilities), a drone "believed to be American" near al-Qaim
reported "citing a security source", a bomb on a convoy west of Rutba with the trucks' owner, a funeral march in
Hilla, 2020 background, a count, a threat; (15) Diyala, Najaf and Karbala - a wire story: three farmers killed near
Muqdadiya with two suspected perpetrators, seven detained, a sticky bomb in Baqubah, a road blocked with burning
tyres in Najaf, a protest in Kufa "The day before", a sit-in in Karbala, a count, 2016 background, a fear and a
warning; (16) the Bekaa - a Hezbollah-aligned outlet: a strike on a family's house in Brital "shortly before
midnight last night", a second raid "Minutes later" "without causing casualties", the army's "air defence sites", a
drone shot down, rockets on a Golan base, a drug raid ending in a gunfight in Baalbek, a Hermel rally, 2006
background, a count, a conditional threat.
The incidents are composite or invented, with invented names of people, outlets and some groups; the gold encodes
what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words;
check_o below adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_o.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_n.py's docstring (and through it dev_m to dev_c), kept unchanged - among them
zero casualties -> 0..0; "No one was hurt" / "No one was harmed" -> killed and injured 0..0; "causing no injuries" /
"No injuries were reported" -> injured 0..0 only; "no one was killed or hurt" / "without causing casualties" ->
0..0 both; "dozens" 24..open; "more than N" N+1..open; "at least N" N..open; "five to seven" 5..7; "injuring an
undetermined number" -> 1..open; "killed or wounded some 30" -> casualties 30..30; a count that covers one side of
a clash only -> N..open (both sides told -> exact); victims who are not casualties (detainees, abductees) -> no
number fields; "neutralised" -> killed; non-core copies of headline restatements; symmetric clashes; "near X" ->
X's point within ~15 km, names only from ~25 km; villages, hamlets, districts, fronts and border sectors we cannot
pin -> names and country; occupied territory -> no country; denied / planned / hypothetical / aggregate events are
never core; "last night" / "overnight" / "on X night" -> both days; "late on X" -> X; "last week" -> the previous
Monday to Sunday; "this month" -> the 1st to publication; "over the past week" in a dated statement -> the week to
publication with a day's slack; "the day before" / "Hours later" / "Three days ago" -> counted from publication or
from the anchoring date in the text; uncertain perpetrators -> every alternative plus unknown; a perpetrator blamed
without a claim -> the blamed actor plus unknown; an agent-less strike in a Gaza or Lebanon report -> Israel plus
unknown; a forecast or a third party's conditional -> hypothetical, an actor's own threat (conditional or not) ->
planned; a party's claim the writer cannot verify -> core, occurred, sourced to the party; two versions with their
own triggers and tolls -> one core event per version; a strike whose target the other side names as a different
object -> one core event per version; a victim told two ways -> one core event with both descriptions in actor2,
the other side's claim a non-core copy; a bare toll with no trigger -> folded into the core event's range and kept
as a non-core copy; a detail a second source adds -> non-core copy; a toll corrected in a later live-blog entry ->
the core range covers both; the attackers named only in the sentence before -> core on the sentence with the act
and its toll, the approach a non-core copy; reports told only inside a denial -> non-core denied; an officials'
dismissal of a group's version -> a non-core denied copy; background -> non-core; a road blocked with burning tyres
-> Riots/Violent demonstration; a crowd against property -> Riots/Mob violence; a march dispersed with tear gas or
batons -> Protest with intervention, core on the march, detentions in the same act a non-core copy; a cache or bomb
found/defused and a drone or missile downed -> Disrupted weapons use; a claim of responsibility with no toll of its
own -> a non-core copy, the claimant in actor1; people caught crossing a border illegally -> Arrests.
Added or made explicit here:
- Two tolls from two sources for one act told with one trigger (a monitor's "At least 18", state TV's 14) -> the
  core range spans both (14..open), each toll a non-core copy.
- A monitor's toll for a strike the striking state announced without one -> folded into the state's version (a
  non-core copy too); a militia commander's "an empty warehouse and a farmhouse ... no one was killed" -> its own
  core event (another object), killed 0..0 only.
- "no U.S. personnel were hurt" / "no soldiers were hurt" (the only side at risk) -> killed and injured 0..0, as
  "No one was hurt".
- "wounding others" / "wounding several others" -> 2..open; "missing and presumed dead" -> killed 0..1; "between 20
  and 30" -> 20..30.
- "shortly before midnight last night" -> the day before publication only (the clock pins it); "Minutes later" than
  that -> both days; "Earlier this month" -> the 1st to publication; "the day before yesterday" -> publication less
  two days; "Last Wednesday" in a Wednesday piece -> the Wednesday a week before; "Four years have passed since" ->
  the month four years back; an anniversary "Yesterday" -> the same day in the named year.
- A live blog correcting who claimed a launch (Hamas -> al-Quds Brigades) -> actor1 accepts both plus unknown (as a
  corrected toll's range covers both), the first claim and the correction non-core copies.
- A hedged denial ("there is no indication that its forces fired into the humanitarian zone") -> a non-core denied
  copy.
- A bystander killed by a stray bullet during a clash -> counted in the clash's killed (15 = 11 + 3 + 1).
- Two clans fighting with weapons -> Battles/Armed clash (the toll covers both sides -> exact); police who end the
  fight and arrest suspects -> their own core Arrests event (a third party's act), unlike arrests made in the same
  raid as an exchange of fire -> a non-core copy.
- A general strike (a shuttered bazaar) and a Newroz celebration with flags and political demands -> Protests/
  Peaceful protest.
- A faction holding people at an unknown place for ransom -> Abduction/forced disappearance; state forces detaining
  faction fighters -> Arrests.
- Olive trees cut down and the wood taken -> Looting/property destruction, with the owners' blame (blamed group plus
  unknown in the core, the accusation a non-core copy).
- Two versions of one evening with different types (the outlet's peaceful gathering / others' claim of stones and
  arson -> Riots/Mob violence) -> one core event each, the army's "dispersed a confrontation" a non-core copy.
- A knife attacker shot dead at the scene -> counted in the attack's killed; the other side's framing ("a martyr
  executed in cold blood") and the shooting itself -> non-core copies.
- A demand that another party act ("close Huwara and flatten the terror nests") and a writer's prediction of
  another party's acts -> hypothetical.
- A group's toll told only inside a ministry's denial, for a clash that is already core in the ministry's version ->
  a non-core denied copy carrying the claimed toll.
- Live ammunition and birdshot into a crowd, at least 15 wounded -> Excessive force against protesters, core on the
  gathering; state media's version (rioters attacking a Basij base, one stabbed) -> its own core Riots/Violent
  demonstration event.
- A suspicion or belief about who carried out or planned an act that did happen ("Our sources believe ...", "he
  suspected a rival family") -> a non-core copy with the suspected party in actor1 and status occurred.
- A target's owner (a family's house, a contractor's trucks, a company's lorries) -> the owner in actor2; a second
  source naming the owner or a wounded driver -> folded (injured) and a non-core copy.
- The Shebaa farms, the occupied Golan and East Jerusalem's Old City -> no country.
- A feature's recent strike with place, "Last month" and toll -> core; a killing mentioned only as the reason for an
  arrest -> non-core.
- A night advance under covering fire with no target, toll or opponent told -> a non-core aggregate.
- A wanted man firing on soldiers who raid his home -> Battles/Armed clash, core on the exchange with its toll, the
  raid a non-core copy; gunmen firing on a police patrol car -> Battles/Armed clash (as an ambush on a patrol).
- Guided missiles fired at a position -> Shelling/artillery/missile attack; a drone strike across a border (an IRGC
  strike near Koya) -> the country where it lands."""

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


# goldkit's check_article plus this set's 250-word floor and 2024-01-01..2026-11-30 window (as check_n).
check_o = windowed_check("2024-01-01", "2026-11-30", min_words=250)


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three
# letters are left out on purpose: the scorer matches by case-insensitive containment either way. Each
# list holds the canonical name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities, camps and bases we can pin to ~0.05 degrees from our own knowledge;
# villages, districts, border sectors, sea areas and sites we cannot pin get names and a country only.
IQARMY = ["Iraqi army", "Iraqi security forces", "Iraqi forces", "Military Forces of Iraq", "security forces"]
IQPOL = ["Iraqi police", "police", "Police Forces of Iraq", "Ministry of Interior", "Interior Ministry",
         "security forces"]
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
          "Defence Ministry", "Syrian government", "government forces"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "SDF forces"]
ASAYISH = ["Asayish", "internal security forces", "Asayish internal security forces", "Kurdish security forces"]
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
YEGOV = ["Yemeni government", "government forces", "Yemeni army", "Military Forces of Yemen", "pro-government forces"]
IRAN = ["Iran", "Iranian", "Military Forces of Iran", "Islamic Revolutionary Guard Corps", "Revolutionary Guards",
        "IRGC"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
# new in this set
RUSSIA = ["Russia", "Russian", "Russian jets", "Military Forces of Russia", "Russian air force"]
IRANMIL = ["Iran-backed militias", "Iran-backed militia", "pro-Iranian militias", "Iranian militias", "militias",
           "Islamic Resistance in Iraq"]
PIJ = ["Palestinian Islamic Jihad", "Islamic Jihad", "al-Quds Brigades", "Quds Brigades", "PIJ"]
UK = ["United Kingdom", "Britain", "British", "Military Forces of the United Kingdom", "U.K."]
JORDAN = ["Jordan", "Jordanian", "Jordan Armed Forces", "Jordanian army", "Jordanian air force",
          "Military Forces of Jordan"]
LAF = ["Lebanese army", "Lebanese Armed Forces", "army", "Military Forces of Lebanon", "LAF", "soldiers"]
PAPOL = ["Palestinian Authority security forces", "Palestinian Authority", "PA security forces",
         "Police Forces of Palestine", "security forces"]
SNA = ["Syrian National Army", "SNA", "faction", "factions", "Turkish-backed factions"]
IRSEC = ["Iranian security forces", "security forces", "Police Forces of Iran", "Iranian police", "police", "Basij",
         "Military Forces of Iran", "Revolutionary Guards", "IRGC"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-o-01  wire service — Syria/the Badia and the Deir ez-Zor countryside: east of Sukhnah, al-Mayadin, Albu Kamal, al-Tanf, Palmyra (Tue 12 Mar 2024)
# =============================================================================
T01 = """Islamic State ambush kills at least 18 truffle hunters near Sukhnah; U.S. strikes militia sites near Albu Kamal

DAMASCUS, March 12 (Levant Press Agency) - Islamic State militants ambushed a convoy of truffle hunters in the desert east of Sukhnah on Saturday, the deadliest attack in Syria's Badia since the harvest season began, a war monitor and a local official said.

The gunmen opened fire on about a dozen cars and pick-up trucks some 30 km east of the town and set several of them alight. At least 18 people were killed, among them two members of a pro-government militia who had been escorting the group, and 11 were wounded, the Badia Monitor for Human Rights said, citing relatives and medics in Palmyra. State television put the toll at 14 dead and blamed "Daesh terrorist remnants".

On Sunday, a landmine exploded under a motorcycle on a farm track on the outskirts of al-Mayadin, killing a child and his two sisters, the monitor said. Their father was badly hurt.

Further east, the U.S. military said its aircraft struck two sites used by Iran-backed militias near Albu Kamal, on the border with Iraq, late on Monday, in response to a drone attack on the al-Tanf garrison the day before. That drone was shot down before it reached the base, and no U.S. personnel were hurt, a U.S. official said.

The monitor said the strikes killed six fighters, most of them Iraqis. A commander of one of the militias, speaking to a pro-Iranian news site, said the aircraft had hit an empty warehouse and a farmhouse and that no one was killed.

Russian and Syrian jets carried out more than 40 raids on suspected Islamic State hideouts in the desert between Palmyra and Sukhnah over the weekend, the monitor added.

The Islamic State lost the last scrap of its territory in Syria to the Kurdish-led Syrian Democratic Forces at Baghouz in March 2019, but its cells have kept up a low-level insurgency in the Badia, where truffle hunters, shepherds and soldiers make easy targets. The monitor says at least 70 people have been killed in the desert since the truffle season began in February.

Local officials in Palmyra said they feared more attacks as the season peaks next month and urged families not to travel into the desert without an escort.
"""

IS01 = ISIS + ["Islamic State militants", "gunmen", "Daesh terrorist remnants"]
HUNTERS01 = CIV + ["truffle hunters", "convoy of truffle hunters", "convoy", "pro-government militia",
                   "people"]
US01 = USA + ["U.S. aircraft", "aircraft", "U.S. official"]
MIL01 = IRANMIL + ["two sites", "sites used by Iran-backed militias", "fighters", "Iraqis"]
# "some 30 km east of the town" -> beyond the ~25 km line: names and country only
SUKHNAH_E = L(["Sukhnah", "al-Sukhnah", "Sukhna", "east of Sukhnah", "Badia", "desert east of Sukhnah"], cc="SY")
MAYADIN = L(["al-Mayadin", "Mayadin", "al-Mayadeen", "outskirts of al-Mayadin"], 35.02, 40.45, "SY")
ALBU_KAMAL = L(["Albu Kamal", "Abu Kamal", "Bukamal", "al-Bukamal", "near Albu Kamal"], 34.45, 40.92, "SY")
TANF = L(["al-Tanf", "Tanf", "al-Tanf garrison", "al-Tanf base", "At Tanf"], 33.50, 38.65, "SY")
BADIA = L(["Badia", "desert between Palmyra and Sukhnah", "Palmyra", "Sukhnah", "Syrian desert"], cc="SY")
BAGHOUZ = L(["Baghouz", "al-Baghouz", "Baghuz"], cc="SY")
LPA = ["Levant Press Agency", "author"]
BMHR = ["Badia Monitor for Human Rights", "monitor", "war monitor", "relatives", "medics"]
USMIL01 = ["U.S. military", "US military", "U.S. official", "official", "Pentagon"]
SAT01 = D("2024-03-09")
E01 = [
    # truffle hunters with two militiamen escorting them: the text stresses the hunters -> Violence against
    # civilians/Attack (ANNOTATION's own case). Two tolls from two sources for the one act with one trigger (the
    # monitor's "At least 18", state TV's 14) -> the core range spans both (14..open), each toll a non-core copy;
    # the wounded (11) are the monitor's only
    E(
        True,
        "Islamic State militants ambushed a convoy of truffle hunters in the desert east of Sukhnah on Saturday",
        VAC,
        ATTACK,
        actor1=IS01,
        actor2=HUNTERS01,
        location=SUKHNAH_E,
        date=SAT01,
        killed=R(14, None),
        injured=R(11),
        source=BMHR + ["local official", "State television"] + LPA,
    ),
    E(
        False,
        "The gunmen opened fire on about a dozen cars and pick-up trucks some 30 km east of the town and set several of them alight",
        VAC,
        ATTACK,
        actor1=IS01,
        actor2=HUNTERS01 + ["cars", "pick-up trucks"],
        location=SUKHNAH_E,
        date=SAT01,
        source=LPA,
    ),
    E(
        False,
        "At least 18 people were killed, among them two members of a pro-government militia who had been escorting the group, and 11 were wounded",
        VAC,
        ATTACK,
        actor1=IS01,
        actor2=HUNTERS01,
        location=SUKHNAH_E,
        date=SAT01,
        killed=R(18, None),
        injured=R(11),
        source=BMHR,
    ),
    E(
        False,
        "State television put the toll at 14 dead",
        VAC,
        ATTACK,
        actor1=IS01,
        actor2=HUNTERS01,
        location=SUKHNAH_E,
        date=SAT01,
        killed=R(14),
        source=["State television", "state media", "Syrian state television"],
    ),
    E(
        False,
        "Islamic State ambush kills at least 18 truffle hunters near Sukhnah",
        VAC,
        ATTACK,
        actor1=IS01,
        actor2=HUNTERS01,
        location=SUKHNAH_E,
        date=SAT01,
        killed=R(18, None),
        source=LPA,
    ),
    # "a child and his two sisters" -> 3; the father's wound a sentence later -> folded (1) and a non-core copy;
    # an old mine with no planter told -> unknown
    E(
        True,
        "a landmine exploded under a motorcycle on a farm track on the outskirts of al-Mayadin, killing a child and his two sisters",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["child", "two sisters", "motorcycle", "father"],
        location=MAYADIN,
        date=D("2024-03-10"),
        killed=R(3),
        injured=R(1),
        source=BMHR + LPA,
    ),
    E(
        False,
        "Their father was badly hurt",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["father"],
        location=MAYADIN,
        date=D("2024-03-10"),
        injured=R(1),
        source=BMHR,
    ),
    # the state's strike has no toll of its own; the monitor's six dead are folded into it (a bare toll a
    # sentence later, kept as a non-core copy); the militia commander names other objects ("an empty warehouse
    # and a farmhouse") and says no one was killed -> its own core event, killed 0..0 only; "late on Monday" ->
    # Monday
    E(
        True,
        "its aircraft struck two sites used by Iran-backed militias near Albu Kamal, on the border with Iraq, late on Monday",
        EXP,
        AIR,
        actor1=US01,
        actor2=MIL01,
        location=ALBU_KAMAL,
        date=D("2024-03-11"),
        killed=R(6),
        source=USMIL01 + BMHR,
    ),
    E(
        False,
        "the strikes killed six fighters, most of them Iraqis",
        EXP,
        AIR,
        actor1=US01,
        actor2=MIL01,
        location=ALBU_KAMAL,
        date=D("2024-03-11"),
        killed=R(6),
        source=BMHR,
    ),
    E(
        True,
        "the aircraft had hit an empty warehouse and a farmhouse and that no one was killed",
        EXP,
        AIR,
        actor1=US01,
        actor2=["empty warehouse", "warehouse", "farmhouse"] + IRANMIL,
        location=ALBU_KAMAL,
        date=D("2024-03-11"),
        killed=R(0),
        source=["commander", "commander of one of the militias", "pro-Iranian news site"] + IRANMIL,
    ),
    E(
        False,
        "U.S. strikes militia sites near Albu Kamal",
        EXP,
        AIR,
        actor1=US01,
        actor2=MIL01,
        location=ALBU_KAMAL,
        date=D("2024-03-11"),
        source=LPA,
    ),
    # "the day before" late Monday -> Sunday; the strikes are "in response" to it -> the militias are the
    # blamed side (plus unknown); the attack and its shoot-down -> two core events; "no U.S. personnel were
    # hurt" -> 0..0 both (as "No one was hurt")
    E(
        True,
        "a drone attack on the al-Tanf garrison the day before",
        EXP,
        AIR,
        actor1=UNK + IRANMIL,
        actor2=USA + ["al-Tanf garrison", "garrison", "U.S. personnel", "base"],
        location=TANF,
        date=D("2024-03-10"),
        killed=R(0),
        injured=R(0),
        source=USMIL01,
    ),
    E(
        True,
        "That drone was shot down before it reached the base",
        STR,
        DISRUPT,
        actor1=USA,
        actor2=UNK + IRANMIL + ["drone"],
        location=TANF,
        date=D("2024-03-10"),
        killed=R(0),
        injured=R(0),
        source=USMIL01,
    ),
    # a weekend's raids -> aggregate
    E(
        False,
        "Russian and Syrian jets carried out more than 40 raids on suspected Islamic State hideouts in the desert between Palmyra and Sukhnah over the weekend",
        EXP,
        AIR,
        actor1=RUSSIA + SYARMY + ["Syrian jets"],
        actor2=ISIS + ["Islamic State hideouts", "hideouts"],
        location=BADIA,
        date=D("2024-03-09", "2024-03-10"),
        source=BMHR,
        aggregate=True,
    ),
    # background (March 2019), the monitor's season tally, the officials' fear -> non-core
    E(
        False,
        "The Islamic State lost the last scrap of its territory in Syria to the Kurdish-led Syrian Democratic Forces at Baghouz in March 2019",
        BAT,
        NSAOVER,
        actor1=SDF,
        actor2=ISIS,
        location=BAGHOUZ,
        date=D("2019-03-01", "2019-03-31"),
        source=LPA,
    ),
    E(
        False,
        "at least 70 people have been killed in the desert since the truffle season began in February",
        VAC,
        ATTACK,
        actor1=IS01 + UNK,
        actor2=CIV + ["truffle hunters", "shepherds", "soldiers", "people"],
        location=BADIA,
        date=D("2024-02-01", "2024-03-12"),
        killed=R(70, None),
        source=BMHR,
        aggregate=True,
    ),
    E(
        False,
        "they feared more attacks as the season peaks next month",
        VAC,
        ATTACK,
        actor1=IS01,
        actor2=CIV + ["truffle hunters", "families"],
        location=BADIA,
        source=["Local officials in Palmyra", "local officials"],
        status="hypothetical",
    ),
    # no gold: "the deadliest attack ... since the harvest season began" (a comparison), "blamed 'Daesh terrorist
    # remnants'" (inside the toll copy), "a low-level insurgency" (generic), "urged families not to travel"
]
DOCS.append(
    (
        "dev-o-01",
        "Levant Press Agency",
        "2024-03-12",
        "wire service",
        "Syria/the Badia and Deir ez-Zor: an Islamic State ambush on truffle hunters east of Sukhnah with two tolls "
        "a sentence later (monitor 'At least 18' / state TV 14), a mine on the outskirts of al-Mayadin ('a child and "
        "his two sisters'), U.S. strikes near Albu Kamal in two versions (sites + the monitor's six dead / 'an empty "
        "warehouse', no one killed), a drone on al-Tanf 'the day before' and its shoot-down, a weekend's raids, "
        "2019 background, a season tally, a fear",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-o-01", "March 12", "2024-03-12", "Tuesday"),
    ("dev-o-01", "late on Monday", "2024-03-11", "Monday"),
    ("dev-o-01", "On Sunday / the day before", "2024-03-10", "Sunday"),
    ("dev-o-01", "on Saturday / over the weekend (start)", "2024-03-09", "Saturday"),
]

# =============================================================================
# dev-o-02  partisan outlet (Kurdish, SDF-aligned) — Syria/Raqqa and the Deir ez-Zor countryside: the road 10 km east of Tabqa, Dhiban and al-Latwa, al-Mayadin, Tabqa, Raqqa (Fri 16 Aug 2024)
# =============================================================================
T02 = """Turkish drone kills two SDF fighters near Tabqa; regime-backed mercenaries driven back from villages east of the Euphrates

TABQA, 16 August (Euphrates Horizon) - A drone of the Turkish occupation army targeted a military vehicle of the Syrian Democratic Forces (SDF) on the road to the al-Mansoura crossroads, 10 km east of Tabqa, on Wednesday afternoon, martyring two of our fighters and wounding a third, the SDF media centre said.

The Turkish Ministry of National Defence boasted on social media that it had "neutralised two PKK/YPG terrorists" in northern Syria, without naming the place.

At dawn on Thursday, groups of mercenaries loyal to the Damascus regime and Iranian militias, posing as tribal fighters, crossed the Euphrates in boats from the regime-held bank near al-Mayadin and attacked the villages of Dhiban and al-Latwa in the eastern countryside of Deir ez-Zor. Fighters of the Deir ez-Zor Military Council confronted them and drove them back across the river after clashes that lasted until noon, killing 11 of the attackers. Three of our fighters were martyred, along with a woman hit by a stray bullet in her home in Dhiban.

Regime media told another story, claiming that "the sons of the Arab tribes" had "liberated" three villages from "the SDF militia".

On the same evening, regime artillery positioned in al-Mayadin shelled Dhiban, wounding four civilians, among them two children, and damaging the village school.

Our sources believe the attack was planned by officers of the Iranian Revolutionary Guard who command the militias in al-Mayadin.

In Tabqa itself, the Internal Security Forces (Asayish) arrested five members of an ISIS cell in the city's third quarter on Tuesday night and seized two explosive belts, the Asayish said.

Yesterday evening, thousands of people marched through Tabqa to condemn the Turkish attacks and the regime's aggression, carrying pictures of the martyrs. Hundreds more gathered at the al-Naim roundabout in Raqqa.

Since the start of the year, Turkish drones have killed more than 40 members of our forces and civilians in north and east Syria. The SDF liberated Tabqa and its dam from ISIS in May 2017, after a battle that cost hundreds of our fighters their lives.

The Deir ez-Zor Military Council vowed to respond "firmly and decisively" to any new attack on the villages along the river.
"""

TUR02 = TURKEY + ["Turkish occupation army", "Turkish occupation", "Turkish drones", "drone",
                  "Turkish Ministry of National Defence"]
SDF02 = SDF + ["SDF fighters", "military vehicle", "our fighters", "two of our fighters", "PKK/YPG terrorists", "YPG",
               "People's Protection Units"]
DMC02 = ["Deir ez-Zor Military Council", "Military Council", "Fighters of the Deir ez-Zor Military Council",
         "our fighters"] + SDF
REG02 = SYGOV + SYARMY + ["Damascus regime", "regime", "mercenaries", "mercenaries loyal to the Damascus regime",
                          "regime-backed mercenaries", "regime artillery"]
TRIBES02 = ["tribal fighters", "Arab tribes", "sons of the Arab tribes", "tribes", "tribal forces"]
ATTACKERS02 = REG02 + IRANMIL + TRIBES02 + ["attackers"]
# al-Mansoura crossroads, "10 km east of Tabqa" -> within ~15 km: Tabqa's point
TABQA = L(["Tabqa", "al-Tabqa", "al-Thawrah", "al-Mansoura crossroads", "east of Tabqa", "third quarter"],
          35.84, 38.55, "SY")
# villages on the Euphrates' east bank we cannot pin to ~10 km -> names and country only
DHIBAN = L(["Dhiban", "Thiban", "Diban", "al-Latwa", "Latwa", "eastern countryside of Deir ez-Zor",
            "Deir ez-Zor countryside"], cc="SY")
RAQQA = L(["Raqqa", "al-Raqqa", "Raqqah", "al-Naim roundabout", "Naim roundabout"], 35.95, 39.01, "SY")
NESYRIA02 = L(["north and east Syria", "northern Syria", "north-east Syria", "Syria"], cc="SY")
EH = ["Euphrates Horizon", "author"]
SDFMC = ["SDF media centre", "media centre"] + SDF
THU02 = D("2024-08-15")
E02 = [
    # the dead are told two ways (our fighters / "PKK/YPG terrorists") -> one core event with both in actor2, the
    # ministry's claim a non-core copy; "10 km east of Tabqa" -> Tabqa
    E(
        True,
        "A drone of the Turkish occupation army targeted a military vehicle of the Syrian Democratic Forces (SDF) on the road to the al-Mansoura crossroads, 10 km east of Tabqa, on Wednesday afternoon, martyring two of our fighters and wounding a third",
        EXP,
        AIR,
        actor1=TUR02,
        actor2=SDF02,
        location=TABQA,
        date=D("2024-08-14"),
        killed=R(2),
        injured=R(1),
        source=SDFMC + EH,
    ),
    E(
        False,
        'it had "neutralised two PKK/YPG terrorists" in northern Syria',
        EXP,
        AIR,
        actor1=TUR02,
        actor2=SDF02,
        location=NESYRIA02,
        date=D("2024-08-14"),
        killed=R(2),
        source=["Turkish Ministry of National Defence", "Ministry of National Defence"] + TURKEY,
    ),
    E(
        False,
        "Turkish drone kills two SDF fighters near Tabqa",
        EXP,
        AIR,
        actor1=TUR02,
        actor2=SDF02,
        location=TABQA,
        date=D("2024-08-14"),
        killed=R(2),
        source=EH,
    ),
    # the attackers are named only in the sentence before ("them"); the confrontation sentence with its toll is
    # core (dev-n-03), the crossing and attack a non-core copy. Both sides' dead told (11 attackers, three
    # fighters) and a woman killed by a stray bullet in the same fighting -> counted in the clash: killed 15
    # exact; no wounded told
    E(
        True,
        "Fighters of the Deir ez-Zor Military Council confronted them and drove them back across the river after clashes that lasted until noon, killing 11 of the attackers",
        BAT,
        CLASH,
        actor1=DMC02 + ATTACKERS02,
        actor2=ATTACKERS02 + DMC02,
        location=DHIBAN,
        date=THU02,
        killed=R(15),
        source=EH,
    ),
    E(
        False,
        "crossed the Euphrates in boats from the regime-held bank near al-Mayadin and attacked the villages of Dhiban and al-Latwa in the eastern countryside of Deir ez-Zor",
        BAT,
        CLASH,
        actor1=ATTACKERS02 + DMC02,
        actor2=DMC02 + CIV + ["villages"],
        location=DHIBAN,
        date=THU02,
        source=EH,
    ),
    E(
        False,
        "Three of our fighters were martyred, along with a woman hit by a stray bullet in her home in Dhiban",
        BAT,
        CLASH,
        actor1=ATTACKERS02 + DMC02,
        actor2=DMC02 + CIV + ["woman"],
        location=DHIBAN,
        date=THU02,
        killed=R(4),
        source=EH,
    ),
    E(
        False,
        "regime-backed mercenaries driven back from villages east of the Euphrates",
        BAT,
        CLASH,
        actor1=DMC02 + ATTACKERS02,
        actor2=ATTACKERS02 + DMC02,
        location=DHIBAN,
        date=THU02,
        source=EH,
    ),
    # the other side's version with its own trigger (villages "liberated") -> its own core event, another type
    E(
        True,
        '"the sons of the Arab tribes" had "liberated" three villages from "the SDF militia"',
        BAT,
        NSAOVER,
        actor1=TRIBES02,
        actor2=SDF + ["SDF militia"],
        location=DHIBAN,
        date=THU02,
        source=["Regime media", "Syrian state media", "state media"],
    ),
    # "On the same evening" -> Thursday; the school is the damaged object, the civilians the hurt
    E(
        True,
        "regime artillery positioned in al-Mayadin shelled Dhiban, wounding four civilians, among them two children, and damaging the village school",
        EXP,
        SHELL,
        actor1=REG02,
        actor2=CIV + ["four civilians", "children", "village school", "school", "Dhiban"],
        location=DHIBAN,
        date=THU02,
        injured=R(4),
        source=EH,
    ),
    # the outlet's sources' belief about who planned the attack -> a non-core copy with the blamed planners in
    # actor1 (status occurred: the attack is not in doubt, only who planned it)
    E(
        False,
        "the attack was planned by officers of the Iranian Revolutionary Guard who command the militias in al-Mayadin",
        BAT,
        CLASH,
        actor1=IRAN + IRANMIL + ["Iranian Revolutionary Guard"],
        actor2=DMC02,
        location=DHIBAN,
        date=THU02,
        source=["Our sources", "sources"] + EH,
    ),
    # "on Tuesday night" -> both days
    E(
        True,
        "the Internal Security Forces (Asayish) arrested five members of an ISIS cell in the city's third quarter on Tuesday night",
        STR,
        ARRESTS,
        actor1=ASAYISH + SDF + ["Internal Security Forces"],
        actor2=ISIS + ["ISIS cell", "five members", "cell"],
        location=TABQA,
        date=D("2024-08-13", "2024-08-14"),
        source=["Asayish"] + EH,
    ),
    # two marches in two cities ~50 km apart -> two core events; "Yesterday evening" -> Thursday
    E(
        True,
        "thousands of people marched through Tabqa to condemn the Turkish attacks and the regime's aggression",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["thousands of people", "people"],
        location=TABQA,
        date=THU02,
        source=EH,
    ),
    E(
        True,
        "Hundreds more gathered at the al-Naim roundabout in Raqqa",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Hundreds", "people"],
        location=RAQQA,
        date=THU02,
        source=EH,
    ),
    # a tally, 2017 background, the council's own threat -> non-core
    E(
        False,
        "Turkish drones have killed more than 40 members of our forces and civilians in north and east Syria",
        EXP,
        AIR,
        actor1=TUR02,
        actor2=SDF02 + CIV,
        location=NESYRIA02,
        date=D("2024-01-01", "2024-08-16"),
        killed=R(41, None),
        source=EH,
        aggregate=True,
    ),
    E(
        False,
        "The SDF liberated Tabqa and its dam from ISIS in May 2017",
        BAT,
        NSAOVER,
        actor1=SDF,
        actor2=ISIS,
        location=TABQA,
        date=D("2017-05-01", "2017-05-31"),
        source=EH,
    ),
    E(
        False,
        'vowed to respond "firmly and decisively" to any new attack on the villages along the river',
        BAT,
        CLASH,
        actor1=DMC02,
        actor2=ATTACKERS02,
        location=DHIBAN,
        source=["Deir ez-Zor Military Council", "Military Council"],
        status="planned",
    ),
    # no gold: "without naming the place", the seized belts (inside the arrest), "a battle that cost hundreds of
    # our fighters their lives" (inside the 2017 background, no count given)
]
DOCS.append(
    (
        "dev-o-02",
        "Euphrates Horizon",
        "2024-08-16",
        "partisan outlet (Kurdish, SDF-aligned)",
        "Syria/Raqqa and Deir ez-Zor: a Turkish drone on an SDF vehicle '10 km east of Tabqa' with the dead told two "
        "ways (fighters / 'PKK/YPG terrorists'), a river-crossing attack on Dhiban and al-Latwa repelled (both sides' "
        "dead and a stray bullet), the regime media's 'liberated' version, shelling of Dhiban 'On the same evening', "
        "the sources' belief about the planners (possible), an ISIS cell arrested 'on Tuesday night', marches in "
        "Tabqa and Raqqa, a tally, 2017 background, a threat",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-o-02", "16 August", "2024-08-16", "Friday"),
    ("dev-o-02", "At dawn on Thursday / On the same evening / Yesterday evening", "2024-08-15", "Thursday"),
    ("dev-o-02", "on Wednesday afternoon", "2024-08-14", "Wednesday"),
    ("dev-o-02", "on Tuesday night", "2024-08-13", "Tuesday"),
]

# =============================================================================
# dev-o-03  human-rights monitor's weekly bulletin — Syria/Afrin region: Kafr Safra and Jindires, Maabatli in Afrin's western countryside, Afrin city's Ashrafiyeh (Mon 24 Mar 2025)
# =============================================================================
T03 = """Afrin weekly bulletin: three returnees abducted in Jindires countryside, man and son beaten at faction checkpoint, 300 olive trees felled

Afrin Documentation Network (ADN) | Weekly bulletin No. 61 | Afrin region, Aleppo governorate | Period: 17-23 March 2025 | Published: Monday 24 March 2025

ADN verifies each incident with at least two independent sources: victims, relatives, eyewitnesses or local officials. Names are withheld where families asked.

Kafr Safra (Jindires district), 18 March: Members of the Sultan Qalawun Division, a faction of the former Syrian National Army that still controls parts of the district, detained three men who had returned from Aleppo the previous week and took them to an unknown location. Relatives say the faction demanded 2,000 US dollars for each man’s release.

Jindires town, 19 March: Fighters at a faction checkpoint on the Jindires-Afrin road beat a 63-year-old man and his son with rifle butts after they refused to pay a “fee” on a load of olive oil. Both were treated at the town’s hospital for head injuries.

Maabatli (western countryside of Afrin), 17-20 March: Some 300 olive trees belonging to four Kurdish families were cut down and the wood taken away. The owners accuse members of the Northern Falcons Brigade, which runs a firewood trade in the area; ADN could not confirm who was responsible.

Jindires, 20 March: Around 5,000 people celebrated Newroz on a hill outside the town, waving Kurdish flags and calling for the return of the displaced, the first open celebration there since 2018. General Security forces guarded the roads and the event passed without incident.

Afrin city, night of 21 March: An unknown person threw a hand grenade into the courtyard of a returnee’s house in the Ashrafiyeh neighbourhood, damaging a car. No one was hurt.

Jindires, 22 March: General Security forces arrested two fighters of the Sultan Qalawun Division suspected of the Kafr Safra abductions, the Interior Ministry said. It gave no news of the three men.

Cumulative: Since 1 January 2025, ADN has documented 147 arbitrary detentions and abductions in the Afrin region, at least 40 of them of returnees.

Context: Turkish forces and allied Syrian factions took Afrin from the Kurdish People’s Protection Units (YPG) in March 2018 after a two-month offensive, and most of its Kurdish inhabitants fled. On the eve of Newroz in 2023, gunmen from a faction shot dead four members of one family in Jindires as they lit the festival fire.
"""

SQD = ["Sultan Qalawun Division", "Sultan Qalawun", "faction"] + SNA + ["former Syrian National Army"]
NFB = ["Northern Falcons Brigade", "Northern Falcons"] + SNA
GS03 = SYGOV + ["General Security forces"]
YPG03 = ["People's Protection Units", "Kurdish People’s Protection Units", "People’s Protection Units", "YPG"] + SDF
# villages of the district we cannot pin to ~10 km -> names and country only
KAFR_SAFRA = L(["Kafr Safra", "Kafr Safa", "Jindires district", "Jindires countryside"], cc="SY")
JINDIRES = L(["Jindires", "Jinderes", "Jandairis", "Jindires town", "Jindires-Afrin road"], 36.39, 36.69, "SY")
MAABATLI = L(["Maabatli", "Mabata", "Ma'batli", "western countryside of Afrin", "Afrin countryside"], cc="SY")
AFRIN = L(["Afrin", "Afrin city", "Ashrafiyeh", "Ashrafiyeh neighbourhood"], 36.51, 36.87, "SY")
AFRIN_REGION = L(["Afrin region", "Afrin", "Aleppo governorate"], cc="SY")
ADN = ["Afrin Documentation Network", "ADN", "author"]
E03 = [
    # a faction holding returnees at an unknown place for ransom -> Abduction/forced disappearance (not Arrests:
    # no state authority); the abductees are no casualties
    E(
        True,
        "Members of the Sultan Qalawun Division, a faction of the former Syrian National Army that still controls parts of the district, detained three men who had returned from Aleppo the previous week and took them to an unknown location",
        VAC,
        ABDUCT,
        actor1=SQD,
        actor2=CIV + ["three men", "returnees", "men"],
        location=KAFR_SAFRA,
        date=D("2025-03-18"),
        source=ADN + ["Relatives"],
    ),
    E(
        False,
        "three returnees abducted in Jindires countryside",
        VAC,
        ABDUCT,
        actor1=SQD + UNK,
        actor2=CIV + ["three returnees", "returnees"],
        location=KAFR_SAFRA,
        date=D("2025-03-18"),
        source=ADN,
    ),
    # "beat ... with rifle butts" -> Attack, injured 2 (the head injuries a sentence later say the same)
    E(
        True,
        "Fighters at a faction checkpoint on the Jindires-Afrin road beat a 63-year-old man and his son with rifle butts",
        VAC,
        ATTACK,
        actor1=SNA + ["Fighters at a faction checkpoint", "fighters", "faction checkpoint"],
        actor2=CIV + ["63-year-old man", "man", "son"],
        location=JINDIRES,
        date=D("2025-03-19"),
        injured=R(2),
        source=ADN,
    ),
    E(
        False,
        "man and son beaten at faction checkpoint",
        VAC,
        ATTACK,
        actor1=SNA + ["faction checkpoint"],
        actor2=CIV + ["man", "son"],
        location=JINDIRES,
        date=D("2025-03-19"),
        injured=R(2),
        source=ADN,
    ),
    # trees felled and the wood taken -> Looting/property destruction; the owners' blame without a claim and
    # the monitor's doubt -> the blamed brigade plus unknown, the accusation a non-core copy; "17-20 March" ->
    # that range
    E(
        True,
        "Some 300 olive trees belonging to four Kurdish families were cut down and the wood taken away",
        STR,
        LOOT,
        actor1=UNK + NFB,
        actor2=CIV + ["olive trees", "four Kurdish families", "Kurdish families"],
        location=MAABATLI,
        date=D("2025-03-17", "2025-03-20"),
        source=ADN,
    ),
    E(
        False,
        "The owners accuse members of the Northern Falcons Brigade",
        STR,
        LOOT,
        actor1=NFB,
        actor2=CIV + ["owners"],
        location=MAABATLI,
        date=D("2025-03-17", "2025-03-20"),
        source=["owners", "The owners"],
    ),
    E(
        False,
        "300 olive trees felled",
        STR,
        LOOT,
        actor1=UNK + NFB,
        actor2=CIV + ["olive trees"],
        location=MAABATLI,
        date=D("2025-03-17", "2025-03-20"),
        source=ADN,
    ),
    # a festival rally with flags and a political demand -> Protests/Peaceful protest; "on a hill outside the
    # town" -> the town
    E(
        True,
        "Around 5,000 people celebrated Newroz on a hill outside the town, waving Kurdish flags and calling for the return of the displaced",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["5,000 people", "people", "Kurds"],
        location=JINDIRES,
        date=D("2025-03-20"),
        source=ADN,
    ),
    # "No one was hurt" -> 0..0 both; "night of 21 March" -> both days
    E(
        True,
        "An unknown person threw a hand grenade into the courtyard of a returnee’s house in the Ashrafiyeh neighbourhood, damaging a car",
        EXP,
        GRENADE,
        actor1=UNK + ["unknown person"],
        actor2=CIV + ["returnee", "returnee’s house", "house", "car"],
        location=AFRIN,
        date=D("2025-03-21", "2025-03-22"),
        killed=R(0),
        injured=R(0),
        source=ADN,
    ),
    # state forces detaining faction fighters -> Arrests
    E(
        True,
        "General Security forces arrested two fighters of the Sultan Qalawun Division suspected of the Kafr Safra abductions",
        STR,
        ARRESTS,
        actor1=GS03,
        actor2=SQD + ["two fighters", "fighters"],
        location=JINDIRES,
        date=D("2025-03-22"),
        source=["Interior Ministry", "Syrian Interior Ministry"] + ADN,
    ),
    # the year's count -> aggregate; 2018 and 2023 background -> non-core
    E(
        False,
        "ADN has documented 147 arbitrary detentions and abductions in the Afrin region",
        VAC,
        ABDUCT,
        actor1=SNA + UNK,
        actor2=CIV + ["returnees"],
        location=AFRIN_REGION,
        date=D("2025-01-01", "2025-03-24"),
        source=ADN,
        aggregate=True,
    ),
    E(
        False,
        "Turkish forces and allied Syrian factions took Afrin from the Kurdish People’s Protection Units (YPG) in March 2018 after a two-month offensive",
        BAT,
        NSAOVER,
        actor1=TURKEY + SNA + ["Turkish forces", "allied Syrian factions"],
        actor2=YPG03,
        location=AFRIN,
        date=D("2018-03-01", "2018-03-31"),
        source=ADN,
    ),
    E(
        False,
        "gunmen from a faction shot dead four members of one family in Jindires as they lit the festival fire",
        VAC,
        ATTACK,
        actor1=SNA + ["gunmen from a faction", "gunmen"],
        actor2=CIV + ["four members of one family", "family", "Kurds"],
        location=JINDIRES,
        date=D("2023-03-20"),
        killed=R(4),
        source=ADN,
    ),
    # no gold: the ransom demand (inside the abduction), the hospital treatment, "ADN could not confirm", the
    # guarded roads ("passed without incident"), "It gave no news of the three men", the flight of 2018
]
DOCS.append(
    (
        "dev-o-03",
        "Afrin Documentation Network (weekly bulletin)",
        "2025-03-24",
        "human-rights monitor's bulletin",
        "Syria/Afrin region: three returnees abducted by a faction near Jindires (ransom), a man and son beaten at a "
        "checkpoint, 300 olive trees felled in the western countryside with a blamed brigade and the monitor's "
        "doubt, a Newroz rally with political demands, a grenade in Afrin on the 'night of 21 March' ('No one was "
        "hurt'), General Security arrests faction fighters, a year's count, 2018 and 2023 background; typographic "
        "quotes, explicit dates only",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-o-03", "Monday 24 March 2025", "2025-03-24", "Monday"),
]

# =============================================================================
# dev-o-04  ministry statement (Iraqi Ministry of Interior, Kirkuk Police Command) — Iraq/Kirkuk: Wadi al-Shay in Daquq district, al-Zab west of Hawija, the Riyadh subdistrict, Daquq, Taza, Kirkuk city (Sun 9 Feb 2025)
# =============================================================================
T04 = """Kirkuk Police Command: officer and policeman martyred repelling Daesh attack in Wadi al-Shay; "wali of Kirkuk" arrested

Republic of Iraq | Ministry of Interior | Kirkuk Police Command | Media Office | Statement No. 17 | Sunday, 9 February 2025

The Kirkuk Police Command presents the following summary of its security operations during the past week:

1. On Friday evening, a group of Daesh terrorist remnants attacked a checkpoint of the Federal Police in the Wadi al-Shay area, about 25 km south-east of Kirkuk, in Daquq district. The heroes of the checkpoint repelled the attack after an exchange of fire that lasted forty minutes. A police lieutenant and a policeman were martyred and two policemen were wounded. The terrorists fled towards the Hamrin mountains, carrying their dead and wounded.

2. Yesterday morning, an explosive device planted on a rural road near the village of al-Zab, west of Hawija, exploded as a police patrol passed, damaging one of its vehicles without causing casualties.

3. On Thursday, a force of the Kirkuk Intelligence Directorate, acting on precise information, arrested three terrorists in the Riyadh subdistrict, south of Hawija, among them the so-called "wali of Kirkuk" of the terrorist gangs.

4. On Saturday afternoon, a dispute between two clans over farmland in Daquq turned into an armed clash in which light and medium weapons were used. Three people were killed and seven wounded. Police forces intervened to end the fighting and arrested twelve suspects, seizing 14 weapons.

5. Engineering teams found and dismantled two explosive devices planted beside the Kirkuk-Baghdad road near Taza the day before yesterday.

6. Yesterday, hundreds of contract employees demonstrated peacefully in front of the Kirkuk governorate building, demanding permanent contracts. Our forces protected the demonstration until it ended.

The Command categorically denies the false reports circulated by suspicious pages on social media claiming that policemen beat detainees in the Hawija police station, and confirms that the rights of detainees are guaranteed by law.

Since the beginning of the year, the forces of the Command have arrested 38 persons wanted under the anti-terrorism law.

The Command affirms that it will pursue the remnants of terrorism into their dens in Wadi al-Shay and the Hamrin mountains until they are eliminated.

Media Office
Kirkuk Police Command
"""

POL04 = IQPOL + ["Kirkuk Police Command", "Federal Police", "checkpoint of the Federal Police", "heroes of the checkpoint",
                 "police patrol", "Police forces", "policemen", "police lieutenant", "Engineering teams",
                 "Kirkuk Intelligence Directorate", "force of the Kirkuk Intelligence Directorate", "Our forces"]
IS04 = ISIS + ["Daesh terrorist remnants", "group of Daesh terrorist remnants", "terrorists", "terrorist gangs",
               "wali of Kirkuk"]
CLANS04 = ["two clans", "clans", "clan", "tribesmen", "tribal fighters"]
# "about 25 km south-east of Kirkuk" and villages or subdistricts we cannot pin to ~10 km -> names and country
WADI_SHAY = L(["Wadi al-Shay", "Wadi al-Shai", "Daquq district", "south-east of Kirkuk"], cc="IQ")
ZAB = L(["al-Zab", "Zab", "west of Hawija", "Hawija"], cc="IQ")
RIYADH04 = L(["Riyadh subdistrict", "al-Riyadh", "Riyadh", "south of Hawija", "Hawija"], cc="IQ")
DAQUQ = L(["Daquq", "Daqooq", "Tawuq"], 35.14, 44.45, "IQ")
TAZA = L(["Taza", "Taza Khurmatu", "Kirkuk-Baghdad road", "near Taza"], 35.30, 44.33, "IQ")
KIRKUK = L(["Kirkuk", "Kirkuk city", "Kirkuk governorate building"], 35.47, 44.39, "IQ")
HAWIJA = L(["Hawija", "al-Hawija", "Hawija police station"], 35.32, 43.77, "IQ")
KIRKUK_PROV = L(["Kirkuk province", "Kirkuk"], cc="IQ")
KPC = ["Kirkuk Police Command", "Media Office", "Ministry of Interior", "Interior Ministry", "author"]
E04 = [
    # a checkpoint attacked and its defenders firing back -> Battles; the police dead and wounded come two
    # sentences later and cover one side only ("carrying their dead and wounded", uncounted) -> 2..open,
    # 2..open, the toll and the repulse non-core copies
    E(
        True,
        "a group of Daesh terrorist remnants attacked a checkpoint of the Federal Police in the Wadi al-Shay area, about 25 km south-east of Kirkuk, in Daquq district",
        BAT,
        CLASH,
        actor1=IS04 + POL04,
        actor2=POL04 + IS04,
        location=WADI_SHAY,
        date=D("2025-02-07"),
        killed=R(2, None),
        injured=R(2, None),
        source=KPC,
    ),
    E(
        False,
        "The heroes of the checkpoint repelled the attack after an exchange of fire that lasted forty minutes",
        BAT,
        CLASH,
        actor1=POL04 + IS04,
        actor2=IS04 + POL04,
        location=WADI_SHAY,
        date=D("2025-02-07"),
        source=KPC,
    ),
    E(
        False,
        "A police lieutenant and a policeman were martyred and two policemen were wounded",
        BAT,
        CLASH,
        actor1=IS04 + POL04,
        actor2=POL04 + IS04,
        location=WADI_SHAY,
        date=D("2025-02-07"),
        killed=R(2, None),
        injured=R(2, None),
        source=KPC,
    ),
    E(
        False,
        "officer and policeman martyred repelling Daesh attack in Wadi al-Shay",
        BAT,
        CLASH,
        actor1=IS04 + POL04,
        actor2=POL04 + IS04,
        location=WADI_SHAY,
        date=D("2025-02-07"),
        killed=R(2, None),
        source=KPC,
    ),
    # "without causing casualties" -> 0..0 both; the planter is unnamed in a statement about Daesh -> unknown
    # plus IS (dev-n-05)
    E(
        True,
        "an explosive device planted on a rural road near the village of al-Zab, west of Hawija, exploded as a police patrol passed",
        EXP,
        IED,
        actor1=UNK + IS04,
        actor2=POL04 + ["vehicles"],
        location=ZAB,
        date=D("2025-02-08"),
        killed=R(0),
        injured=R(0),
        source=KPC,
    ),
    E(
        True,
        "a force of the Kirkuk Intelligence Directorate, acting on precise information, arrested three terrorists in the Riyadh subdistrict, south of Hawija",
        STR,
        ARRESTS,
        actor1=POL04,
        actor2=IS04 + ["three terrorists"],
        location=RIYADH04,
        date=D("2025-02-06"),
        source=KPC,
    ),
    E(
        False,
        '"wali of Kirkuk" arrested',
        STR,
        ARRESTS,
        actor1=POL04,
        actor2=IS04,
        location=RIYADH04,
        date=D("2025-02-06"),
        source=KPC,
    ),
    # a clan feud fought with weapons -> Battles/Armed clash between the two clans; the toll (next sentence)
    # covers both sides -> exact. The police who end it and then arrest twelve are a third party with an act of
    # their own -> a core Arrests event (unlike detentions made while breaking up a protest)
    E(
        True,
        "a dispute between two clans over farmland in Daquq turned into an armed clash in which light and medium weapons were used",
        BAT,
        CLASH,
        actor1=CLANS04,
        actor2=CLANS04,
        location=DAQUQ,
        date=D("2025-02-08"),
        killed=R(3),
        injured=R(7),
        source=KPC,
    ),
    E(
        False,
        "Three people were killed and seven wounded",
        BAT,
        CLASH,
        actor1=CLANS04,
        actor2=CLANS04,
        location=DAQUQ,
        date=D("2025-02-08"),
        killed=R(3),
        injured=R(7),
        source=KPC,
    ),
    E(
        True,
        "Police forces intervened to end the fighting and arrested twelve suspects",
        STR,
        ARRESTS,
        actor1=POL04,
        actor2=["twelve suspects", "suspects"] + CLANS04,
        location=DAQUQ,
        date=D("2025-02-08"),
        source=KPC,
    ),
    # "the day before yesterday" in a Sunday statement -> Friday
    E(
        True,
        "Engineering teams found and dismantled two explosive devices planted beside the Kirkuk-Baghdad road near Taza the day before yesterday",
        STR,
        DISRUPT,
        actor1=POL04,
        actor2=UNK + IS04 + ["explosive devices", "two explosive devices"],
        location=TAZA,
        date=D("2025-02-07"),
        source=KPC,
    ),
    E(
        True,
        "hundreds of contract employees demonstrated peacefully in front of the Kirkuk governorate building, demanding permanent contracts",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["contract employees", "employees", "hundreds of contract employees"],
        location=KIRKUK,
        date=D("2025-02-08"),
        source=KPC,
    ),
    # the reports the command denies are the only telling -> non-core denied (dev-n-05)
    E(
        False,
        "policemen beat detainees in the Hawija police station",
        VAC,
        ATTACK,
        actor1=POL04,
        actor2=["detainees"] + CIV,
        location=HAWIJA,
        source=KPC,
        status="denied",
    ),
    E(
        False,
        "the forces of the Command have arrested 38 persons wanted under the anti-terrorism law",
        STR,
        ARRESTS,
        actor1=POL04,
        actor2=IS04 + ["38 persons", "wanted persons"],
        location=KIRKUK_PROV,
        date=D("2025-01-01", "2025-02-09"),
        source=KPC,
        aggregate=True,
    ),
    E(
        False,
        "it will pursue the remnants of terrorism into their dens in Wadi al-Shay and the Hamrin mountains until they are eliminated",
        BAT,
        CLASH,
        actor1=POL04,
        actor2=IS04 + ["remnants of terrorism"],
        location=L(["Wadi al-Shay", "Hamrin mountains", "Hamrin"], cc="IQ"),
        source=KPC,
        status="planned",
    ),
    # no gold: the flight towards the Hamrin mountains (inside the attack), the damaged vehicle (inside the
    # bomb), the 14 weapons seized, "Our forces protected the demonstration", the rights of detainees
]
DOCS.append(
    (
        "dev-o-04",
        "Iraqi Ministry of Interior, Kirkuk Police Command (statement)",
        "2025-02-09",
        "ministry statement",
        "Iraq/Kirkuk: an attack on a Federal Police checkpoint '25 km south-east of Kirkuk' with the police toll two "
        "sentences later (one side), a roadside bomb west of Hawija 'without causing casualties', a 'wali' arrested "
        "south of Hawija, a clan clash in Daquq (both sides' toll) and the police's twelve arrests, two bombs "
        "dismantled near Taza 'the day before yesterday', a peaceful demonstration, a denied beating, a tally, a "
        "pledge",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-o-04", "Sunday, 9 February 2025", "2025-02-09", "Sunday"),
    ("dev-o-04", "Yesterday morning / On Saturday afternoon / Yesterday", "2025-02-08", "Saturday"),
    ("dev-o-04", "On Friday evening / the day before yesterday", "2025-02-07", "Friday"),
    ("dev-o-04", "On Thursday", "2025-02-06", "Thursday"),
]

# =============================================================================
# dev-o-05  live blog with corrections — Gaza Strip/south: Tal al-Sultan in western Rafah, al-Mawasi west of Rafah, eastern Khan Younis, Bani Suheila; Israel: Kerem Shalom (Sat 22 Jun 2024)
# =============================================================================
T05 = """Live: Shelling near al-Mawasi tents kills at least 22; tanks push into western Rafah

Mediterranean Daily | Live coverage | Saturday 22 June 2024 | Times are Gaza time (GMT+3)

08:05 - Good morning. Residents of western Rafah say Israeli tanks pushed deeper into the Tal al-Sultan neighbourhood overnight, under cover of heavy fire from drones and helicopters. Thousands of families have fled towards the coast.

08:40 - Gaza's Civil Defence says 22 people were killed and 45 wounded when shells struck tents housing displaced families near the Red Cross field hospital in al-Mawasi, west of Rafah, on Friday afternoon.

09:25 - The Israeli military says it is looking into the reports from al-Mawasi and that "there is no indication" that its forces fired into the humanitarian zone.

10:10 - The Qassam Brigades, Hamas's armed wing, say their fighters destroyed an Israeli Merkava tank with a Yassin-105 rocket in Tal al-Sultan this morning and fought soldiers who were holed up in a house nearby. There is no word from the Israeli military.

11:00 - Update to our 08:40 entry: the Health Ministry in Gaza now puts the al-Mawasi toll at 25 killed and 50 wounded.

12:15 - The Israeli military says an aircraft struck "a Hamas terrorist" riding a motorcycle in eastern Khan Younis. Medics at Nasser Hospital say the strike killed two people, a man and a 12-year-old boy who was walking past.

13:05 - Rocket sirens near the Kerem Shalom crossing. The military says four rockets were fired from the Rafah area and one was intercepted; the others fell in open ground. Hamas's armed wing has claimed the launch.

14:20 - CORRECTION: Our 13:05 entry wrongly said Hamas's armed wing had claimed the rocket fire. The claim came from the Islamic Jihad's al-Quds Brigades.

15:30 - Witnesses in Khan Younis say Israeli forces opened fire on a crowd waiting for flour lorries near the Bani Suheila roundabout, east of the city, killing three people and wounding several others. The Israeli military says troops fired "warning shots" at "suspects who approached" them.

16:45 - The Health Ministry says at least 37,550 Palestinians have been killed in Gaza since October 7.

17:30 - Israel's defence minister says the army will press on in Rafah "until the Hamas Rafah Brigade is dismantled". We are ending our live coverage for today.
"""

ISR05 = ISRAEL + ["Israeli tanks", "aircraft", "troops", "shells"]
HAM05 = HAMAS + ["Hamas's armed wing", "their fighters", "Hamas Rafah Brigade"]
DISPLACED05 = CIV + ["displaced families", "tents", "tents housing displaced families"]
RAFAH = L(["Rafah", "Tal al-Sultan", "Tel al-Sultan", "western Rafah", "Rafah area"], 31.30, 34.24, "PS")
# the coastal strip of al-Mawasi between Rafah and Khan Younis; the field hospital's stretch -> ~31.33, 34.25
MAWASI = L(["al-Mawasi", "Mawasi", "al-Mawasi west of Rafah", "Red Cross field hospital", "humanitarian zone"],
           31.33, 34.25, "PS")
KHAN_YOUNIS = L(["Khan Younis", "Khan Yunis", "eastern Khan Younis"], 31.34, 34.30, "PS")
BANI_SUHEILA = L(["Bani Suheila", "Bani Suhaila", "Bani Suheila roundabout", "Khan Younis", "east of the city"],
                 31.34, 34.32, "PS")
KEREM_SHALOM = L(["Kerem Shalom", "Kerem Shalom crossing", "Karem Abu Salem", "Rafah area"], 31.23, 34.28, "IL")
GAZA05 = L(["Gaza", "Gaza Strip"], cc="PS")
MD = ["Mediterranean Daily", "author"]
IDF05 = ["Israeli military", "IDF", "Israeli army", "the military"]
MOH05 = ["Health Ministry", "Health Ministry in Gaza", "Ministry of Health", "Gaza Health Ministry"]
TODAY05 = D("2024-06-22")
E05 = [
    # an advance under a night's covering fire with no target or toll -> a non-core aggregate (and its headline)
    E(
        False,
        "Israeli tanks pushed deeper into the Tal al-Sultan neighbourhood overnight, under cover of heavy fire from drones and helicopters",
        EXP,
        AIR,
        actor1=ISR05,
        location=RAFAH,
        date=D("2024-06-21", "2024-06-22"),
        source=["Residents", "residents"] + MD,
        aggregate=True,
    ),
    E(
        False,
        "tanks push into western Rafah",
        EXP,
        AIR,
        actor1=ISR05,
        location=RAFAH,
        date=D("2024-06-21", "2024-06-22"),
        source=MD,
        aggregate=True,
    ),
    # agent-less shells in a Gaza report -> Israel plus unknown; the toll raised in a later entry (22 -> 25
    # killed, 45 -> 50 wounded) -> the core ranges cover both, the update a non-core copy
    E(
        True,
        "22 people were killed and 45 wounded when shells struck tents housing displaced families near the Red Cross field hospital in al-Mawasi, west of Rafah, on Friday afternoon",
        EXP,
        SHELL,
        actor1=ISR05 + UNK,
        actor2=DISPLACED05,
        location=MAWASI,
        date=D("2024-06-21"),
        killed=R(22, 25),
        injured=R(45, 50),
        source=["Gaza's Civil Defence", "Civil Defence"] + MOH05 + MD,
    ),
    E(
        False,
        "the Health Ministry in Gaza now puts the al-Mawasi toll at 25 killed and 50 wounded",
        EXP,
        SHELL,
        actor1=ISR05 + UNK,
        actor2=DISPLACED05,
        location=MAWASI,
        date=D("2024-06-21"),
        killed=R(25),
        injured=R(50),
        source=MOH05,
    ),
    E(
        False,
        "Shelling near al-Mawasi tents kills at least 22",
        EXP,
        SHELL,
        actor1=ISR05 + UNK,
        actor2=DISPLACED05,
        location=MAWASI,
        date=D("2024-06-21"),
        killed=R(22, None),
        source=MD,
    ),
    # a hedged denial ("there is no indication") -> a non-core denied copy
    E(
        False,
        '"there is no indication" that its forces fired into the humanitarian zone',
        EXP,
        SHELL,
        actor1=ISR05,
        actor2=DISPLACED05,
        location=MAWASI,
        date=D("2024-06-21"),
        source=IDF05,
        status="denied",
    ),
    # a rocket on a tank and a fight with troops in a house -> Battles/Armed clash, the group's claim -> core,
    # sourced to it
    E(
        True,
        "their fighters destroyed an Israeli Merkava tank with a Yassin-105 rocket in Tal al-Sultan this morning and fought soldiers who were holed up in a house nearby",
        BAT,
        CLASH,
        actor1=HAM05 + ISR05,
        actor2=ISR05 + ["Merkava tank", "soldiers"] + HAM05,
        location=RAFAH,
        date=TODAY05,
        source=["Qassam Brigades"] + HAMAS,
    ),
    # one strike, the victims told two ways ("a Hamas terrorist" / a man and a boy) -> one core event with both
    # in actor2 and the medics' two dead folded in; the medics' sentence a non-core copy
    E(
        True,
        'an aircraft struck "a Hamas terrorist" riding a motorcycle in eastern Khan Younis',
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HAMAS + ["Hamas terrorist", "motorcycle"] + CIV + ["man", "12-year-old boy", "boy", "two people"],
        location=KHAN_YOUNIS,
        date=TODAY05,
        killed=R(2),
        source=IDF05 + ["Medics at Nasser Hospital", "medics"],
    ),
    E(
        False,
        "the strike killed two people, a man and a 12-year-old boy who was walking past",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["man", "12-year-old boy", "two people"],
        location=KHAN_YOUNIS,
        date=TODAY05,
        killed=R(2),
        source=["Medics at Nasser Hospital", "medics", "Nasser Hospital"],
    ),
    # the launch and the interception -> two core events. The claimant is corrected in a later entry (Hamas ->
    # al-Quds Brigades): actor1 accepts both plus unknown (as a corrected toll's range covers both), the first
    # claim and the correction non-core copies
    E(
        True,
        "four rockets were fired from the Rafah area",
        EXP,
        SHELL,
        actor1=UNK + PIJ + HAM05,
        actor2=ISRAEL + ["Kerem Shalom crossing", "Kerem Shalom"],
        location=KEREM_SHALOM,
        date=TODAY05,
        source=IDF05,
    ),
    E(
        True,
        "one was intercepted",
        STR,
        DISRUPT,
        actor1=ISRAEL,
        actor2=UNK + PIJ + HAM05 + ["rockets"],
        location=KEREM_SHALOM,
        date=TODAY05,
        source=IDF05,
    ),
    E(
        False,
        "Hamas's armed wing has claimed the launch",
        EXP,
        SHELL,
        actor1=HAM05,
        actor2=ISRAEL,
        location=KEREM_SHALOM,
        date=TODAY05,
        source=MD,
    ),
    E(
        False,
        "The claim came from the Islamic Jihad's al-Quds Brigades",
        EXP,
        SHELL,
        actor1=PIJ,
        actor2=ISRAEL,
        location=KEREM_SHALOM,
        date=TODAY05,
        source=MD + PIJ,
    ),
    # fire on a crowd waiting for aid -> Violence against civilians/Attack; "several others" -> 2..open; the
    # army's "warning shots" at "suspects" tells the victims another way -> a non-core copy
    E(
        True,
        "Israeli forces opened fire on a crowd waiting for flour lorries near the Bani Suheila roundabout, east of the city, killing three people and wounding several others",
        VAC,
        ATTACK,
        actor1=ISR05,
        actor2=CIV + ["crowd", "crowd waiting for flour lorries", "three people", "suspects"],
        location=BANI_SUHEILA,
        date=TODAY05,
        killed=R(3),
        injured=R(2, None),
        source=["Witnesses", "witnesses"] + MD,
    ),
    E(
        False,
        'troops fired "warning shots" at "suspects who approached" them',
        VAC,
        ATTACK,
        actor1=ISR05,
        actor2=["suspects", "suspects who approached"] + CIV,
        location=BANI_SUHEILA,
        date=TODAY05,
        source=IDF05,
    ),
    E(
        False,
        "at least 37,550 Palestinians have been killed in Gaza since October 7",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["Palestinians"],
        location=GAZA05,
        date=D("2023-10-07", "2024-06-22"),
        killed=R(37550, None),
        source=MOH05,
        aggregate=True,
    ),
    # a minister's own pledge -> planned
    E(
        False,
        'the army will press on in Rafah "until the Hamas Rafah Brigade is dismantled"',
        BAT,
        CLASH,
        actor1=ISRAEL + ["defence minister", "Israel's defence minister"],
        actor2=HAM05,
        location=RAFAH,
        source=["Israel's defence minister", "defence minister"],
        status="planned",
    ),
    # no gold: the families' flight, "There is no word from the Israeli military", "the others fell in open
    # ground" (inside the launch), the blog's housekeeping
]
DOCS.append(
    (
        "dev-o-05",
        "Mediterranean Daily (live blog)",
        "2024-06-22",
        "live blog with corrections",
        "Gaza/the south: a night advance under fire in Tal al-Sultan (aggregate), shells on al-Mawasi tents 'on "
        "Friday afternoon' with the toll raised in a later entry (22/45, then 25/50) and a hedged denial, a Qassam "
        "tank claim, a strike in Khan Younis with the victims told two ways, four rockets towards Kerem Shalom and "
        "an interception with the claimant corrected (Hamas -> al-Quds Brigades), fire on an aid crowd ('several "
        "others') and the army's 'warning shots', a tally, a pledge",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-o-05", "Saturday 22 June 2024", "2024-06-22", "Saturday"),
    ("dev-o-05", "on Friday afternoon / overnight (start)", "2024-06-21", "Friday"),
]

# =============================================================================
# dev-o-06  partisan outlet (Palestinian, resistance-aligned) — West Bank/Jenin camp and city, Nur Shams camp east of Tulkarm, Qabatiya south of Jenin (Thu 5 Sep 2024)
# =============================================================================
T06 = """Ninth day of aggression on Jenin camp: occupation drone martyrs three young men as resistance blows up military vehicle

JENIN, 5 September (Sumud News Network) - The Zionist occupation army pressed on with its aggression on the Jenin camp for a ninth day, as its bulldozers tore up what remained of the camp's streets and its snipers took over the rooftops around the Hawashin neighbourhood.

Last night, an occupation drone fired a missile at a group of young men in the al-Damaj neighbourhood of the camp, martyring three of them and wounding others, medical sources said. The occupation army claimed it had "eliminated a terrorist cell" that was planning to attack its soldiers.

The Jenin Brigade said its fighters detonated a powerful explosive device under an occupation military vehicle on the edge of the camp on Tuesday night, "achieving a confirmed kill". The occupation army, as usual hiding its losses, admitted only that a soldier had been moderately wounded when a bomb hit a jeep during "counter-terrorism activity" in Jenin.

In the Nur Shams camp, east of Tulkarm, occupation forces stormed the camp at dawn on Wednesday, raided dozens of homes and arrested 15 young men, among them two freed prisoners, the Prisoners' Society said. Bulldozers then destroyed the camp's main entrance and part of its water network. Fighters of the Tulkarm Brigade said they clashed with the invading forces for hours and hit them with explosive devices.

In Jenin city, occupation soldiers shot dead a 16-year-old boy near the Ibn Sina hospital on Wednesday afternoon and blocked an ambulance from reaching him for 40 minutes, the Red Crescent said.

Meanwhile, the security services of the Ramallah Authority, continuing their shameful coordination with the occupation, arrested a freed prisoner in the town of Qabatiya, south of Jenin, on Monday.

According to the Ministry of Health, the occupation has martyred 36 Palestinians in the northern West Bank since its aggression began on 28 August.

The Jenin camp, born of the Nakba, has been here before. In April 2002, its fighters held off the occupation army for ten days before the invaders razed its heart with bulldozers.

The Jenin Brigade vowed that the camp "will be a graveyard for the invaders" for as long as they remain.
"""

ISR06 = ISRAEL + ["Zionist occupation army", "occupation army", "occupation", "occupation forces", "occupation drone",
                  "occupation soldiers", "invading forces", "invaders", "Bulldozers"]
JB = ["Jenin Brigade", "Jenin Battalion", "Jenin Brigades", "its fighters", "resistance"]
TB = ["Tulkarm Brigade", "Tulkarm Battalion", "Fighters of the Tulkarm Brigade", "resistance"]
JENIN_CAMP = L(["Jenin camp", "Jenin refugee camp", "al-Damaj", "Damaj", "Hawashin", "Jenin"], 32.46, 35.29, "PS")
JENIN = L(["Jenin", "Jenin city", "Ibn Sina hospital"], 32.46, 35.30, "PS")
NUR_SHAMS = L(["Nur Shams", "Nur Shams camp", "Nour Shams", "east of Tulkarm", "Tulkarm"], 32.32, 35.07, "PS")
QABATIYA = L(["Qabatiya", "Qabatiyah", "south of Jenin"], 32.41, 35.28, "PS")
NWB06 = L(["northern West Bank", "West Bank"], cc="PS")
SNN = ["Sumud News Network", "author"]
NIGHT06 = D("2024-09-04", "2024-09-05")
TUENIGHT06 = D("2024-09-03", "2024-09-04")
WED06 = D("2024-09-04")
E06 = [
    # a day of bulldozing in an ongoing operation -> a non-core aggregate
    E(
        False,
        "its bulldozers tore up what remained of the camp's streets",
        STR,
        LOOT,
        actor1=ISR06,
        actor2=["camp's streets", "streets", "Jenin camp"],
        location=JENIN_CAMP,
        date=D("2024-08-28", "2024-09-05"),
        source=SNN,
        aggregate=True,
    ),
    # "Last night" -> both days; the victims told two ways (young men / "a terrorist cell") -> one core event,
    # the army's claim a non-core copy; "wounding others" (plural, uncounted) -> 2..open
    E(
        True,
        "an occupation drone fired a missile at a group of young men in the al-Damaj neighbourhood of the camp, martyring three of them and wounding others",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV + ["group of young men", "young men", "terrorist cell"],
        location=JENIN_CAMP,
        date=NIGHT06,
        killed=R(3),
        injured=R(2, None),
        source=["medical sources"] + SNN,
    ),
    E(
        False,
        'it had "eliminated a terrorist cell" that was planning to attack its soldiers',
        EXP,
        AIR,
        actor1=ISR06,
        actor2=["terrorist cell", "cell"] + CIV,
        location=JENIN_CAMP,
        date=NIGHT06,
        source=["occupation army", "Israeli army", "Israeli military", "IDF"],
    ),
    E(
        False,
        "occupation drone martyrs three young men",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV + ["young men"],
        location=JENIN_CAMP,
        date=NIGHT06,
        killed=R(3),
        source=SNN,
    ),
    # two versions with their own triggers and tolls (the Brigade's "confirmed kill" -> killed 1..open / the
    # army's one soldier wounded) -> one core event each; "on Tuesday night" -> both days
    E(
        True,
        'its fighters detonated a powerful explosive device under an occupation military vehicle on the edge of the camp on Tuesday night, "achieving a confirmed kill"',
        EXP,
        IED,
        actor1=JB,
        actor2=ISR06 + ["occupation military vehicle", "military vehicle"],
        location=JENIN_CAMP,
        date=TUENIGHT06,
        killed=R(1, None),
        source=["Jenin Brigade"],
    ),
    E(
        True,
        'a soldier had been moderately wounded when a bomb hit a jeep during "counter-terrorism activity" in Jenin',
        EXP,
        IED,
        actor1=UNK + JB,
        actor2=ISR06 + ["soldier", "jeep"],
        location=JENIN_CAMP,
        date=TUENIGHT06,
        injured=R(1),
        source=["occupation army", "Israeli army", "Israeli military", "IDF"],
    ),
    E(
        False,
        "resistance blows up military vehicle",
        EXP,
        IED,
        actor1=JB,
        actor2=ISR06 + ["military vehicle"],
        location=JENIN_CAMP,
        date=TUENIGHT06,
        source=SNN,
    ),
    # detainees are no casualties; the bulldozing is another act with another object -> its own core event; the
    # Brigade's clash claim -> core, sourced to it
    E(
        True,
        "occupation forces stormed the camp at dawn on Wednesday, raided dozens of homes and arrested 15 young men",
        STR,
        ARRESTS,
        actor1=ISR06,
        actor2=CIV + ["15 young men", "young men", "freed prisoners"],
        location=NUR_SHAMS,
        date=WED06,
        source=["Prisoners' Society", "Palestinian Prisoners' Society"] + SNN,
    ),
    E(
        True,
        "Bulldozers then destroyed the camp's main entrance and part of its water network",
        STR,
        LOOT,
        actor1=ISR06 + UNK,
        actor2=["camp's main entrance", "main entrance", "water network", "Nur Shams camp"],
        location=NUR_SHAMS,
        date=WED06,
        source=SNN,
    ),
    E(
        True,
        "they clashed with the invading forces for hours and hit them with explosive devices",
        BAT,
        CLASH,
        actor1=TB + ISR06,
        actor2=ISR06 + TB,
        location=NUR_SHAMS,
        date=WED06,
        source=["Tulkarm Brigade", "Fighters of the Tulkarm Brigade"],
    ),
    E(
        True,
        "occupation soldiers shot dead a 16-year-old boy near the Ibn Sina hospital on Wednesday afternoon",
        VAC,
        ATTACK,
        actor1=ISR06,
        actor2=CIV + ["16-year-old boy", "boy"],
        location=JENIN,
        date=WED06,
        killed=R(1),
        source=["Red Crescent", "Palestine Red Crescent"] + SNN,
    ),
    # the loaded aside sits inside the clause; the PA's services are the actor
    E(
        True,
        "the security services of the Ramallah Authority, continuing their shameful coordination with the occupation, arrested a freed prisoner in the town of Qabatiya, south of Jenin, on Monday",
        STR,
        ARRESTS,
        actor1=PAPOL + ["Ramallah Authority", "security services of the Ramallah Authority", "security services"],
        actor2=CIV + ["freed prisoner", "prisoner"],
        location=QABATIYA,
        date=D("2024-09-02"),
        source=SNN,
    ),
    E(
        False,
        "the occupation has martyred 36 Palestinians in the northern West Bank since its aggression began on 28 August",
        VAC,
        ATTACK,
        actor1=ISR06,
        actor2=CIV + ["Palestinians"],
        location=NWB06,
        date=D("2024-08-28", "2024-09-05"),
        killed=R(36),
        source=["Ministry of Health", "Palestinian Ministry of Health"],
        aggregate=True,
    ),
    # background, April 2002 -> non-core; the Brigade's own threat -> planned
    E(
        False,
        "In April 2002, its fighters held off the occupation army for ten days",
        BAT,
        CLASH,
        actor1=["fighters", "Jenin camp fighters", "Palestinian fighters"] + ISR06,
        actor2=ISR06,
        location=JENIN_CAMP,
        date=D("2002-04-01", "2002-04-30"),
        source=SNN,
    ),
    E(
        False,
        "the invaders razed its heart with bulldozers",
        STR,
        LOOT,
        actor1=ISR06,
        actor2=["Jenin camp", "its heart"],
        location=JENIN_CAMP,
        date=D("2002-04-01", "2002-04-30"),
        source=SNN,
    ),
    E(
        False,
        'the camp "will be a graveyard for the invaders" for as long as they remain',
        BAT,
        CLASH,
        actor1=JB,
        actor2=ISR06,
        location=JENIN_CAMP,
        source=["Jenin Brigade"],
        status="planned",
    ),
    # no gold: the snipers on rooftops (a position, no act), "as usual hiding its losses" (a label), the ambulance
    # blocked (inside the killing), "born of the Nakba"
]
DOCS.append(
    (
        "dev-o-06",
        "Sumud News Network",
        "2024-09-05",
        "partisan outlet (Palestinian, resistance-aligned)",
        "West Bank/Jenin and Tulkarm: a day's bulldozing (aggregate), a drone strike on young men 'Last night' with "
        "the army's 'terrorist cell' ('wounding others'), a bomb on a vehicle 'on Tuesday night' in two versions "
        "('a confirmed kill' / one soldier wounded), a dawn raid on Nur Shams with 15 arrests, the camp's entrance "
        "bulldozed and the Tulkarm Brigade's clash claim, a boy shot in Jenin, a PA arrest in Qabatiya, a tally, "
        "2002 background, a threat",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-o-06", "5 September", "2024-09-05", "Thursday"),
    ("dev-o-06", "at dawn on Wednesday / on Wednesday afternoon / Last night (start)", "2024-09-04", "Wednesday"),
    ("dev-o-06", "on Tuesday night", "2024-09-03", "Tuesday"),
    ("dev-o-06", "on Monday", "2024-09-02", "Monday"),
]

# =============================================================================
# dev-o-07  partisan outlet (Israeli, settler-nationalist) — West Bank/the Huwara junction south of Nablus, Beita; Jerusalem's Old City at the Damascus Gate (Thu 12 Dec 2024)
# =============================================================================
T07 = """Terrorist opens fire on Israeli car at Huwara junction, wounding father and son; yeshiva student stabbed near Damascus Gate

HUWARA, Samaria, December 12 (Samaria Frontline) - A father and his 19-year-old son from Yitzhar were wounded on Wednesday evening when a Palestinian terrorist opened fire on their car as they drove through the Huwara junction, south of Shechem. The father, 52, was seriously hurt; the son's wounds are light. The gunman fled towards the nearby village of Beita.

IDF and Border Police forces launched a manhunt and, overnight, raided Beita, arresting six suspects, among them the gunman's brother, the army said.

After the attack, dozens of residents of Samaria gathered at the junction to demand that the government "restore security to the roads". Arab media and left-wing organisations later claimed that some of the Jewish protesters had thrown stones at Palestinian cars and set fire to a shop and two vehicles in Huwara. The army said it had dispersed "a confrontation between Israelis and Palestinians" and detained two Israelis for questioning.

In Jerusalem, a 20-year-old yeshiva student was lightly wounded on Thursday morning when a terrorist armed with a knife attacked him near the Damascus Gate of the Old City. Border Police officers at the scene shot the attacker dead. He was a 17-year-old from the Shuafat refugee camp, police said. The Palestinian Authority's official news agency called him a "martyr executed in cold blood".

Huwara has long been a symbol of the terror that haunts the roads of Samaria. In February 2023, a terrorist murdered two brothers from Har Bracha as they drove through the town, and the Palestinian Authority still pays salaries to the families of such murderers. The Samaria Regional Council says it has counted 418 stone-throwing and shooting attacks on Israeli vehicles in Samaria since the start of the year.

Council head Eli Ben-Ami called on the government to "close Huwara and flatten the terror nests in Beita" before the next funeral. The commander of the IDF's Samaria Brigade promised that his forces would "reach every terrorist and everyone who helped him".
"""

GUNMAN07 = UNK + ["Palestinian terrorist", "terrorist", "gunman", "Palestinian gunman"]
ISR07 = ISRAEL + ["IDF and Border Police forces", "Border Police", "Border Police officers", "Samaria Brigade",
                  "the army"]
JEWS07 = SETTLERS + ["Jewish protesters", "residents of Samaria", "Israelis"]
STABBER07 = UNK + ["terrorist armed with a knife", "attacker", "17-year-old from the Shuafat refugee camp",
                   "Palestinian attacker"]
HUWARA = L(["Huwara", "Hawara", "Huwara junction", "south of Shechem", "south of Nablus"], 32.15, 35.26, "PS")
BEITA = L(["Beita", "Beita village", "terror nests in Beita"], 32.14, 35.29, "PS")
# East Jerusalem's Old City: contested, no country given (as the Golan, dev-m-04)
JERUSALEM = L(["Jerusalem", "Damascus Gate", "Old City", "Jerusalem's Old City"], 31.78, 35.23)
SAMARIA = L(["Samaria", "northern West Bank", "West Bank"], cc="PS")
SF = ["Samaria Frontline", "author"]
IDFSRC07 = ["the army", "IDF", "Israeli army", "Israeli military"]
WED07 = D("2024-12-11")
E07 = [
    E(
        True,
        "A father and his 19-year-old son from Yitzhar were wounded on Wednesday evening when a Palestinian terrorist opened fire on their car as they drove through the Huwara junction, south of Shechem",
        VAC,
        ATTACK,
        actor1=GUNMAN07,
        actor2=CIV + ["father", "son", "19-year-old son", "car", "Israeli car", "Israelis", "settlers"],
        location=HUWARA,
        date=WED07,
        injured=R(2),
        source=SF,
    ),
    E(
        False,
        "Terrorist opens fire on Israeli car at Huwara junction, wounding father and son",
        VAC,
        ATTACK,
        actor1=GUNMAN07,
        actor2=CIV + ["father", "son", "Israeli car"],
        location=HUWARA,
        date=WED07,
        injured=R(2),
        source=SF,
    ),
    # "overnight" -> both days; detainees are no casualties
    E(
        True,
        "IDF and Border Police forces launched a manhunt and, overnight, raided Beita, arresting six suspects",
        STR,
        ARRESTS,
        actor1=ISR07,
        actor2=CIV + ["six suspects", "suspects", "gunman's brother", "Palestinians"],
        location=BEITA,
        date=D("2024-12-11", "2024-12-12"),
        source=IDFSRC07 + SF,
    ),
    # two versions of the evening at the junction with different types: the outlet's gathering (Peaceful
    # protest) and the claim of stones and arson on Palestinian property (a crowd against property ->
    # Riots/Mob violence) -> one core event each; the army's "dispersed ... a confrontation" and its two
    # detentions (the same act) -> a non-core copy of the second
    E(
        True,
        'dozens of residents of Samaria gathered at the junction to demand that the government "restore security to the roads"',
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + JEWS07,
        location=HUWARA,
        date=WED07,
        source=SF,
    ),
    E(
        True,
        "some of the Jewish protesters had thrown stones at Palestinian cars and set fire to a shop and two vehicles in Huwara",
        RIOT,
        MOB,
        actor1=JEWS07,
        actor2=CIV + ["Palestinian cars", "shop", "two vehicles", "Palestinians"],
        location=HUWARA,
        date=WED07,
        source=["Arab media", "left-wing organisations"],
    ),
    E(
        False,
        'it had dispersed "a confrontation between Israelis and Palestinians" and detained two Israelis for questioning',
        RIOT,
        MOB,
        actor1=JEWS07 + ["Palestinians"],
        actor2=CIV + ["Palestinians"] + JEWS07,
        location=HUWARA,
        date=WED07,
        source=IDFSRC07,
    ),
    # a knife attack on a civilian; the attacker shot dead at the scene is counted in the attack's killed
    # (ACLED counts the attacker), the shooting and the PA agency's framing ("executed in cold blood") non-core
    # copies
    E(
        True,
        "a 20-year-old yeshiva student was lightly wounded on Thursday morning when a terrorist armed with a knife attacked him near the Damascus Gate of the Old City",
        VAC,
        ATTACK,
        actor1=STABBER07,
        actor2=CIV + ["yeshiva student", "20-year-old yeshiva student", "student"],
        location=JERUSALEM,
        date=D("2024-12-12"),
        killed=R(1),
        injured=R(1),
        source=SF + ["police"],
    ),
    E(
        False,
        "Border Police officers at the scene shot the attacker dead",
        VAC,
        ATTACK,
        actor1=ISR07,
        actor2=STABBER07,
        location=JERUSALEM,
        date=D("2024-12-12"),
        killed=R(1),
        source=SF,
    ),
    E(
        False,
        'called him a "martyr executed in cold blood"',
        VAC,
        ATTACK,
        actor1=ISR07,
        actor2=CIV + ["martyr", "17-year-old"],
        location=JERUSALEM,
        date=D("2024-12-12"),
        killed=R(1),
        source=["Palestinian Authority's official news agency", "Palestinian Authority", "official news agency"],
    ),
    E(
        False,
        "yeshiva student stabbed near Damascus Gate",
        VAC,
        ATTACK,
        actor1=STABBER07,
        actor2=CIV + ["yeshiva student"],
        location=JERUSALEM,
        date=D("2024-12-12"),
        injured=R(1),
        source=SF,
    ),
    # background (February 2023), the council's year count -> non-core
    E(
        False,
        "a terrorist murdered two brothers from Har Bracha as they drove through the town",
        VAC,
        ATTACK,
        actor1=UNK + ["terrorist", "Palestinian gunman"],
        actor2=CIV + ["two brothers", "brothers"],
        location=HUWARA,
        date=D("2023-02-01", "2023-02-28"),
        killed=R(2),
        source=SF,
    ),
    E(
        False,
        "418 stone-throwing and shooting attacks on Israeli vehicles in Samaria since the start of the year",
        VAC,
        ATTACK,
        actor1=UNK + ["Palestinians"],
        actor2=CIV + ["Israeli vehicles"],
        location=SAMARIA,
        date=D("2024-01-01", "2024-12-12"),
        source=["Samaria Regional Council", "council"],
        aggregate=True,
    ),
    # a demand that another party act ("close Huwara and flatten ...") -> hypothetical; the brigade commander's
    # own pledge -> planned
    E(
        False,
        '"close Huwara and flatten the terror nests in Beita"',
        STR,
        LOOT,
        actor1=ISRAEL + ["government", "Israeli government"],
        actor2=["terror nests", "Beita"],
        location=BEITA,
        source=["Eli Ben-Ami", "Council head", "Samaria Regional Council"],
        status="hypothetical",
    ),
    E(
        False,
        'his forces would "reach every terrorist and everyone who helped him"',
        STR,
        ARRESTS,
        actor1=ISR07,
        actor2=GUNMAN07 + ["everyone who helped him"],
        location=SAMARIA,
        source=["commander of the IDF's Samaria Brigade", "Samaria Brigade", "IDF"],
        status="planned",
    ),
    # no gold: the gunman's flight, "the Palestinian Authority still pays salaries" (no act), "a symbol of the
    # terror" (a label), "before the next funeral"
]
DOCS.append(
    (
        "dev-o-07",
        "Samaria Frontline",
        "2024-12-12",
        "partisan outlet (Israeli, settler-nationalist)",
        "West Bank and Jerusalem: a shooting on a car at the Huwara junction (a father and son hurt), a raid on "
        "Beita 'overnight' with six arrests, the evening at the junction in two versions with two types (a "
        "gathering / stones and arson on Palestinian property) and the army's 'confrontation', a stabbing near the "
        "Damascus Gate with the attacker shot dead and the PA agency's 'executed', February 2023 background, a "
        "count, a demand (hypothetical) and a commander's pledge",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-o-07", "December 12 / on Thursday morning", "2024-12-12", "Thursday"),
    ("dev-o-07", "on Wednesday evening / overnight (start)", "2024-12-11", "Wednesday"),
]

# =============================================================================
# dev-o-08  analysis (speculation, forecasts) — Yemen: the Red Sea south-west of Hodeidah, al-Khokha district, Marib province, Sirwah's Kofal front, Taiz's al-Jahmaliya (Wed 19 Jun 2024)
# =============================================================================
T08 = """Analysis: The Houthis' Red Sea campaign is turning deadlier, and the strikes on al-Khokha are not stopping it

DUBAI, June 19 (Horn and Gulf Review) - Eight months into their campaign against shipping, the Houthis have found ways to do real damage. The past week shows both how far they can reach and how little the U.S.-led strikes have achieved.

Last Wednesday, two anti-ship missiles fired from Houthi-held territory struck the Liberian-flagged bulk carrier Sea Lantern about 70 nautical miles south-west of Hodeidah, setting its engine room on fire, according to the British maritime agency UKMTO. A sailor from the Philippines is missing and presumed dead; the other 21 crew members were taken off by a U.S. warship on Saturday, and the ship has been abandoned. The Houthis' military spokesman claimed the attack, saying the group had also used an explosive-laden drone boat.

On Monday, U.S. and British aircraft struck what Central Command called "radar sites and launch positions" in the al-Khokha district on the coast south of Hodeidah. Houthi-run television said the strikes hit a fishing harbour and killed two fishermen.

The Houthis say they shot down an American MQ-9 Reaper drone over Marib province on Thursday. The Pentagon confirmed that a drone had been lost but not why.

The land war has not gone away either. In Sirwah district, west of Marib city, Houthi fighters attacked government positions on the Kofal front on Friday night. The army said it repelled them, killing "dozens" of attackers and losing four soldiers. And in Taiz, a sniper shot dead a woman fetching water in the al-Jahmaliya neighbourhood on Sunday, local activists said, blaming Houthi gunmen on the hills above the city.

By our count, the Houthis have attacked more than 140 merchant ships since November. The U.S. and Britain began striking Houthi targets on January 12, and the attacks have not stopped.

What next? If a ship sinks with its crew, Washington will come under heavy pressure to go after the Houthi leadership itself. The group's leader promised last week an "escalation beyond what the enemy expects", which probably means longer-range attacks towards the eastern Mediterranean. A major Houthi offensive on Marib, long feared, is unlikely before the summer heat breaks; if it comes, it will test a government army that has not been paid for months.
"""

HOU08 = HOUTHI + ["Houthi fighters", "Houthi gunmen", "group"]
USUK08 = USA + UK + ["U.S. and British aircraft", "Central Command", "CENTCOM"]
SHIP08 = ["bulk carrier", "Sea Lantern", "Liberian-flagged bulk carrier", "ship", "merchant ship", "crew", "sailor"]
YEGOV08 = YEGOV + ["government positions", "the army", "soldiers", "government army"]
# a sea position some 130 km out and districts or fronts we cannot pin to ~10 km -> names and a country only
RED_SEA = L(["Red Sea", "south-west of Hodeidah", "off Hodeidah", "Hodeidah"], cc="YE")
KHOKHA = L(["al-Khokha", "Khokha", "al-Khawkhah", "al-Khokha district", "south of Hodeidah"], 13.81, 43.25, "YE")
MARIB_PROV = L(["Marib province", "Marib", "Ma'rib"], cc="YE")
SIRWAH = L(["Sirwah", "Sirwah district", "Kofal front", "Kofal", "west of Marib city", "Marib"], cc="YE")
TAIZ = L(["Taiz", "Ta'izz", "al-Jahmaliya", "Jahmaliya"], 13.58, 44.02, "YE")
MARIB = L(["Marib", "Ma'rib", "Marib city"], 15.46, 45.32, "YE")
HGR = ["Horn and Gulf Review", "author"]
E08 = [
    # "Last Wednesday" in a Wednesday piece -> the Wednesday before; missiles "fired from Houthi-held territory"
    # with the group's claim two sentences later -> Houthis plus unknown, the claim (adding a drone boat) a
    # non-core copy; "missing and presumed dead" -> killed 0..1, the sentence a non-core copy
    E(
        True,
        "two anti-ship missiles fired from Houthi-held territory struck the Liberian-flagged bulk carrier Sea Lantern about 70 nautical miles south-west of Hodeidah, setting its engine room on fire",
        EXP,
        SHELL,
        actor1=HOU08 + UNK,
        actor2=SHIP08,
        location=RED_SEA,
        date=D("2024-06-12"),
        killed=R(0, 1),
        source=["British maritime agency UKMTO", "UKMTO", "United Kingdom Maritime Trade Operations"] + HGR,
    ),
    E(
        False,
        "A sailor from the Philippines is missing and presumed dead",
        EXP,
        SHELL,
        actor1=HOU08 + UNK,
        actor2=SHIP08,
        location=RED_SEA,
        date=D("2024-06-12"),
        killed=R(0, 1),
        source=HGR,
    ),
    E(
        False,
        "The Houthis' military spokesman claimed the attack, saying the group had also used an explosive-laden drone boat",
        EXP,
        SHELL,
        actor1=HOU08,
        actor2=SHIP08,
        location=RED_SEA,
        date=D("2024-06-12"),
        source=["Houthis' military spokesman", "military spokesman"] + HOUTHI,
    ),
    # two versions naming different objects (radar sites and launch positions / a fishing harbour and two
    # fishermen) -> one core event each; the headline's "strikes on al-Khokha" -> a non-core copy
    E(
        True,
        'U.S. and British aircraft struck what Central Command called "radar sites and launch positions" in the al-Khokha district on the coast south of Hodeidah',
        EXP,
        AIR,
        actor1=USUK08,
        actor2=HOU08 + ["radar sites", "launch positions"],
        location=KHOKHA,
        date=D("2024-06-17"),
        source=["Central Command", "CENTCOM", "US Central Command"] + HGR,
    ),
    E(
        True,
        "the strikes hit a fishing harbour and killed two fishermen",
        EXP,
        AIR,
        actor1=USUK08,
        actor2=CIV + ["fishing harbour", "fishermen", "two fishermen"],
        location=KHOKHA,
        date=D("2024-06-17"),
        killed=R(2),
        source=["Houthi-run television", "Houthi television", "al-Masirah"] + HOUTHI,
    ),
    E(
        False,
        "the strikes on al-Khokha are not stopping it",
        EXP,
        AIR,
        actor1=USUK08,
        actor2=HOU08,
        location=KHOKHA,
        source=HGR,
    ),
    # the group's claim -> core, sourced to it; the Pentagon's confirmation of a loss without a cause -> a
    # non-core copy, possible
    E(
        True,
        "they shot down an American MQ-9 Reaper drone over Marib province on Thursday",
        STR,
        DISRUPT,
        actor1=HOU08,
        actor2=USA + ["MQ-9 Reaper drone", "MQ-9 Reaper", "drone"],
        location=MARIB_PROV,
        date=D("2024-06-13"),
        source=HOUTHI,
    ),
    E(
        False,
        "The Pentagon confirmed that a drone had been lost but not why",
        STR,
        DISRUPT,
        actor1=HOU08 + UNK,
        actor2=USA + ["drone"],
        location=MARIB_PROV,
        date=D("2024-06-13"),
        source=["Pentagon", "US Department of Defense"],
        status="possible",
    ),
    # positions attacked, the army's repulse a sentence later with both sides' dead ("dozens" 24..open + four)
    # -> 28..open folded in, the repulse a non-core copy; "on Friday night" -> both days
    E(
        True,
        "Houthi fighters attacked government positions on the Kofal front on Friday night",
        BAT,
        CLASH,
        actor1=HOU08 + YEGOV08,
        actor2=YEGOV08 + HOU08,
        location=SIRWAH,
        date=D("2024-06-14", "2024-06-15"),
        killed=R(28, None),
        source=["the army", "Yemeni army"] + HGR,
    ),
    E(
        False,
        'it repelled them, killing "dozens" of attackers and losing four soldiers',
        BAT,
        CLASH,
        actor1=YEGOV08 + HOU08,
        actor2=HOU08 + ["attackers"] + YEGOV08,
        location=SIRWAH,
        date=D("2024-06-14", "2024-06-15"),
        killed=R(28, None),
        source=["the army", "Yemeni army"],
    ),
    # the activists blame the Houthis without a claim -> Houthis plus unknown
    E(
        True,
        "a sniper shot dead a woman fetching water in the al-Jahmaliya neighbourhood on Sunday",
        VAC,
        ATTACK,
        actor1=UNK + HOU08 + ["sniper"],
        actor2=CIV + ["woman"],
        location=TAIZ,
        date=D("2024-06-16"),
        killed=R(1),
        source=["local activists", "activists"] + HGR,
    ),
    # the count and January background -> non-core aggregates; the scenarios -> hypothetical, the leader's own
    # promise -> planned
    E(
        False,
        "the Houthis have attacked more than 140 merchant ships since November",
        EXP,
        SHELL,
        actor1=HOU08,
        actor2=["merchant ships", "ships"],
        location=RED_SEA,
        date=D("2023-11-01", "2024-06-19"),
        source=HGR,
        aggregate=True,
    ),
    E(
        False,
        "The U.S. and Britain began striking Houthi targets on January 12",
        EXP,
        AIR,
        actor1=USA + UK,
        actor2=HOU08 + ["Houthi targets"],
        location=L(["Yemen"], cc="YE"),
        date=D("2024-01-12"),
        source=HGR,
        aggregate=True,
    ),
    E(
        False,
        "Washington will come under heavy pressure to go after the Houthi leadership itself",
        EXP,
        AIR,
        actor1=USA + ["Washington"],
        actor2=HOUTHI + ["Houthi leadership", "leadership"],
        location=L(["Yemen"], cc="YE"),
        source=HGR,
        status="hypothetical",
    ),
    E(
        False,
        'The group\'s leader promised last week an "escalation beyond what the enemy expects"',
        EXP,
        SHELL,
        actor1=HOU08 + ["group's leader"],
        actor2=["enemy", "ships"] + ISRAEL + USA,
        source=["group's leader"] + HOUTHI,
        status="planned",
    ),
    E(
        False,
        "longer-range attacks towards the eastern Mediterranean",
        EXP,
        SHELL,
        actor1=HOU08,
        actor2=["ships"],
        location=L(["eastern Mediterranean"]),
        source=HGR,
        status="hypothetical",
    ),
    E(
        False,
        "A major Houthi offensive on Marib, long feared, is unlikely before the summer heat breaks",
        BAT,
        CLASH,
        actor1=HOU08 + YEGOV08,
        actor2=YEGOV08 + HOU08,
        location=MARIB,
        source=HGR,
        status="hypothetical",
    ),
    # no gold: the crew taken off "on Saturday" (a rescue), "the ship has been abandoned", "the attacks have not
    # stopped", the unpaid army
]
DOCS.append(
    (
        "dev-o-08",
        "Horn and Gulf Review",
        "2024-06-19",
        "analysis (speculation and forecasts)",
        "Yemen: two missiles on a bulk carrier off Hodeidah 'Last Wednesday' (UKMTO; a sailor 'missing and presumed "
        "dead') and the Houthi claim, U.S.-British strikes on al-Khokha in two versions (radar sites / a harbour and "
        "two fishermen), a Reaper claimed shot down over Marib with the Pentagon's hedge, a night attack on the "
        "Kofal front in Sirwah ('dozens' and four), a sniper in Taiz, a count, January background, scenarios and "
        "the leader's promise 'last week'",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-o-08", "June 19", "2024-06-19", "Wednesday"),
    ("dev-o-08", "Last Wednesday", "2024-06-12", "Wednesday"),
    ("dev-o-08", "On Monday", "2024-06-17", "Monday"),
    ("dev-o-08", "on Sunday", "2024-06-16", "Sunday"),
    ("dev-o-08", "on Saturday", "2024-06-15", "Saturday"),
    ("dev-o-08", "on Friday night", "2024-06-14", "Friday"),
    ("dev-o-08", "on Thursday", "2024-06-13", "Thursday"),
]

# =============================================================================
# dev-o-09  feature with background history — Lebanon/Sidon: the Ain al-Hilweh camp (the Taamir quarter, the northern entrance, the Hisbeh checkpoint) (Sun 8 Jun 2025)
# =============================================================================
T09 = """Feature: In Ain al-Hilweh, a camp of alleys and armed men waits to learn who will hold the guns

SIDON, Lebanon, June 8 (Cedar Weekly Review) - The bullet holes in the blue shutters of Umm Khaled’s grocery in the Taamir quarter of Ain al-Hilweh are new. On Tuesday night, gunmen from rival factions fought for nearly three hours in the street outside, and a stray round killed her neighbour, a 52-year-old water seller, as he stood on his balcony. Four other people were wounded, the camp’s Popular Committee said.

Each side blames the other. Fatah’s security force in the camp says members of the Islamist group Shabab al-Haqq opened fire on one of its checkpoints. The Islamists say Fatah men tried to snatch one of their members from his home.

“We have seen this film many times,” says Umm Khaled, 60, who was born in the camp. Her parents fled the Galilee village of Safsaf in 1948, and the tents they were given on the orchards south of Sidon slowly became the concrete maze of today, home to some 50,000 people.

The camp’s history is written on its walls. In June 1982, Israeli forces besieged and shelled Ain al-Hilweh for weeks before they stormed it. In the summer of 2023, fighting between Fatah and Islamist militants, which began with the assassination of a senior Fatah commander in an ambush, killed more than 30 people and drove thousands from their homes.

Israel has reached into the camp again. Last month an Israeli drone struck a car at its northern entrance, killing a Hamas official and his driver, according to Lebanon’s health ministry; the Israeli army said the official had directed attacks on Israel from Lebanon.

On Wednesday, the Popular Committee announced that the factions had agreed to a ceasefire, to be enforced by a joint security force. On Thursday morning, army intelligence arrested a man wanted for the killing of a Fatah member in 2023 as he left the camp through the Hisbeh checkpoint, a military source said.

On Friday afternoon, several hundred residents marched from the camp’s main mosque to the Popular Committee’s offices, demanding that the factions take their quarrels out of the alleys.

Under an agreement reached in May between the Lebanese and Palestinian presidents, weapons in the camps are to be handed over to the state, starting with heavy arms. Umm Khaled doubts it will happen. “Another round will come before the summer is out,” she says.
"""

FATAH = ["Fatah", "Fatah’s security force", "Fatah security force", "Fatah men", "Palestinian National Security Forces"]
ISLAMISTS09 = ["Shabab al-Haqq", "Islamist group", "Islamists", "Islamist militants", "Islamist group Shabab al-Haqq"]
FACTIONS09 = FATAH + ISLAMISTS09 + ["rival factions", "gunmen from rival factions", "factions", "gunmen"]
AIN_HILWEH = L(["Ain al-Hilweh", "Ain al-Helweh", "Ein el-Hilweh", "Taamir", "Taamir quarter", "Hisbeh checkpoint",
                "Sidon", "Saida"], 33.54, 35.38, "LB")
LEBANON09 = L(["Lebanon"], cc="LB")
CWR = ["Cedar Weekly Review", "author"]
E09 = [
    # a night's gunfight with a stray round killing a civilian -> Battles, the bystander counted in the clash
    # (killed 1); the wounded a sentence later -> folded (4) and a non-core copy; "On Tuesday night" -> both
    # days; each side's account of who started it has no time, place or toll of its own -> non-core copies
    E(
        True,
        "gunmen from rival factions fought for nearly three hours in the street outside, and a stray round killed her neighbour",
        BAT,
        CLASH,
        actor1=FACTIONS09,
        actor2=FACTIONS09 + CIV + ["water seller", "neighbour"],
        location=AIN_HILWEH,
        date=D("2025-06-03", "2025-06-04"),
        killed=R(1),
        injured=R(4),
        source=["Popular Committee", "camp’s Popular Committee"] + CWR,
    ),
    E(
        False,
        "Four other people were wounded",
        BAT,
        CLASH,
        actor1=FACTIONS09,
        actor2=FACTIONS09 + CIV,
        location=AIN_HILWEH,
        date=D("2025-06-03", "2025-06-04"),
        injured=R(4),
        source=["Popular Committee", "camp’s Popular Committee"],
    ),
    E(
        False,
        "members of the Islamist group Shabab al-Haqq opened fire on one of its checkpoints",
        BAT,
        CLASH,
        actor1=ISLAMISTS09,
        actor2=FATAH + ["checkpoints"],
        location=AIN_HILWEH,
        date=D("2025-06-03", "2025-06-04"),
        source=FATAH,
    ),
    E(
        False,
        "Fatah men tried to snatch one of their members from his home",
        BAT,
        CLASH,
        actor1=FATAH,
        actor2=ISLAMISTS09,
        location=AIN_HILWEH,
        date=D("2025-06-03", "2025-06-04"),
        source=ISLAMISTS09,
    ),
    # history -> non-core: June 1982 (weeks of shelling -> aggregate), summer 2023 (a toll over weeks ->
    # aggregate, and the assassination that began it)
    E(
        False,
        "In June 1982, Israeli forces besieged and shelled Ain al-Hilweh for weeks before they stormed it",
        EXP,
        SHELL,
        actor1=ISRAEL,
        actor2=["Ain al-Hilweh", "camp"],
        location=AIN_HILWEH,
        date=D("1982-06-01", "1982-07-31"),
        source=CWR,
        aggregate=True,
    ),
    E(
        False,
        "fighting between Fatah and Islamist militants, which began with the assassination of a senior Fatah commander in an ambush, killed more than 30 people",
        BAT,
        CLASH,
        actor1=FATAH + ISLAMISTS09,
        actor2=ISLAMISTS09 + FATAH,
        location=AIN_HILWEH,
        date=D("2023-06-01", "2023-09-30"),
        killed=R(31, None),
        source=CWR,
        aggregate=True,
    ),
    E(
        False,
        "the assassination of a senior Fatah commander in an ambush",
        BAT,
        CLASH,
        actor1=UNK + ISLAMISTS09,
        actor2=FATAH + ["senior Fatah commander"],
        location=AIN_HILWEH,
        date=D("2023-06-01", "2023-09-30"),
        killed=R(1),
        source=CWR,
    ),
    # a recent strike given with place, month and toll -> core even in a feature; "Last month" -> May; Israel's
    # reason names the same target -> a non-core copy
    E(
        True,
        "an Israeli drone struck a car at its northern entrance, killing a Hamas official and his driver",
        EXP,
        AIR,
        actor1=ISRAEL + ["Israeli drone"],
        actor2=HAMAS + ["Hamas official", "driver", "car"],
        location=AIN_HILWEH,
        date=D("2025-05-01", "2025-05-31"),
        killed=R(2),
        source=["Lebanon’s health ministry", "health ministry", "Lebanese Health Ministry"] + CWR,
    ),
    E(
        False,
        "the official had directed attacks on Israel from Lebanon",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HAMAS + ["official"],
        location=AIN_HILWEH,
        date=D("2025-05-01", "2025-05-31"),
        source=["Israeli army", "Israeli military", "IDF"],
    ),
    # announced on Wednesday after Tuesday night's fighting -> Tuesday to Wednesday
    E(
        True,
        "the factions had agreed to a ceasefire, to be enforced by a joint security force",
        STR,
        AGREE,
        actor1=FACTIONS09,
        actor2=FACTIONS09,
        location=AIN_HILWEH,
        date=D("2025-06-03", "2025-06-04"),
        source=["Popular Committee"] + CWR,
    ),
    E(
        True,
        "army intelligence arrested a man wanted for the killing of a Fatah member in 2023 as he left the camp through the Hisbeh checkpoint",
        STR,
        ARRESTS,
        actor1=LAF + ["army intelligence", "Lebanese army intelligence"],
        actor2=["man wanted for the killing of a Fatah member", "wanted man", "man"] + ISLAMISTS09,
        location=AIN_HILWEH,
        date=D("2025-06-05"),
        source=["military source"] + CWR,
    ),
    E(
        False,
        "the killing of a Fatah member in 2023",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=FATAH + ["Fatah member"],
        location=AIN_HILWEH,
        date=D("2023-01-01", "2023-12-31"),
        killed=R(1),
        source=["military source"],
    ),
    E(
        True,
        "several hundred residents marched from the camp’s main mosque to the Popular Committee’s offices, demanding that the factions take their quarrels out of the alleys",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["several hundred residents", "residents"],
        location=AIN_HILWEH,
        date=D("2025-06-06"),
        source=CWR,
    ),
    # the May accord -> non-core background; the resident's expectation -> hypothetical
    E(
        False,
        "Under an agreement reached in May between the Lebanese and Palestinian presidents, weapons in the camps are to be handed over to the state",
        STR,
        AGREE,
        actor1=["Lebanese government", "Lebanon", "Lebanese president", "Palestinian Authority", "Palestinian president"],
        actor2=["Palestinian Authority", "Palestinian president", "Lebanese government", "Lebanon"],
        location=LEBANON09,
        date=D("2025-05-01", "2025-05-31"),
        source=CWR,
    ),
    E(
        False,
        "Another round will come before the summer is out",
        BAT,
        CLASH,
        actor1=FACTIONS09,
        actor2=FACTIONS09,
        location=AIN_HILWEH,
        source=["Umm Khaled"],
        status="hypothetical",
    ),
    # no gold: the flight from Safsaf in 1948 (displacement, no act told), "drove thousands from their homes"
    # (inside the 2023 aggregate), "Umm Khaled doubts it will happen", the handover of heavy arms (inside the
    # accord)
]
DOCS.append(
    (
        "dev-o-09",
        "Cedar Weekly Review",
        "2025-06-08",
        "feature with background history",
        "Lebanon/Ain al-Hilweh: a night gunfight between factions with a bystander killed by a stray round and the "
        "wounded a sentence later, each side's account of who started it, 1982 and 2023 history, an Israeli drone "
        "strike 'Last month' and Israel's reason, a ceasefire announced 'On Wednesday', an arrest at the Hisbeh "
        "checkpoint with a 2023 killing in passing, a residents' march, the May accord, a resident's expectation; "
        "typographic quotes",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-o-09", "June 8", "2025-06-08", "Sunday"),
    ("dev-o-09", "On Friday afternoon", "2025-06-06", "Friday"),
    ("dev-o-09", "On Thursday morning", "2025-06-05", "Thursday"),
    ("dev-o-09", "On Wednesday", "2025-06-04", "Wednesday"),
    ("dev-o-09", "On Tuesday night", "2025-06-03", "Tuesday"),
]

# =============================================================================
# dev-o-10  weekly round-up — Jordan: Amman's Rabiyeh district; Syria: al-Lajat in Daraa's north-eastern countryside; Iraq: the highway 40 km west of Rutba; Lebanon: the Shebaa farms, Kfar Chouba (Fri 5 Apr 2024)
# =============================================================================
T10 = """Week in review: Amman protests near Israeli embassy, a deadly raid in al-Lajat, a convoy ambushed near Rutba and missiles on the Shebaa farms

Levant Security Weekly | Round-up | Friday 5 April 2024

Jordan: Thousands of protesters gathered again near the Israeli embassy in Amman's Rabiyeh district on Tuesday night, demanding that the government expel the ambassador and cancel the 1994 peace treaty with Israel. Riot police pushed them back with batons and detained dozens; rights groups said between 20 and 30 protesters were hurt. The Public Security Directorate said 12 officers were injured when "rioters" threw stones and set fire to a police vehicle. The protests have been held almost every night since March 24.

Syria: In al-Lajat, the rugged volcanic plateau in the north-eastern countryside of Daraa, government forces and local gunmen fought for several hours on Sunday after an army unit tried to enter a village to arrest wanted men. Three soldiers and two gunmen were killed, a local monitoring network said; the army did not comment. On Wednesday night, aircraft believed to be Jordanian struck a farmhouse used by drug smugglers on the plateau's eastern edge, killing four people, among them a woman, the same network said. Amman did not comment.

Iraq: Gunmen ambushed a convoy of lorries carrying goods from Jordan on the international highway about 40 km west of Rutba on Monday, killing one driver and setting two lorries on fire. Security officials in Anbar blamed Islamic State cells; the company that owns the lorries said it had received no threats.

Lebanon: Hezbollah said it fired guided missiles at the Israeli position of Ruwaisat al-Alam in the occupied Shebaa farms on Thursday, "scoring direct hits". The Israeli army said it struck the launch site near Kfar Chouba shortly afterwards and that no soldiers were hurt in the attack.

Outlook: Jordanian officials expect the protests to go on until there is a ceasefire in Gaza. In southern Syria, the drug war on Jordan's border looks set to intensify as the summer smuggling season begins.
"""

JOPOL = ["Public Security Directorate", "Jordanian police", "Police Forces of Jordan", "Riot police", "riot police",
         "police", "officers", "police vehicle"]
SYGOV10 = SYARMY + ["army unit", "soldiers", "government forces"]
GUNMEN10 = ["local gunmen", "gunmen", "wanted men"]
AMMAN = L(["Amman", "Rabiyeh", "al-Rabiyeh", "Rabieh", "Israeli embassy"], 31.95, 35.93, "JO")
# a plateau, a highway section ~40 km out and a village we cannot pin -> names and a country only; the Shebaa
# farms are occupied territory -> no country (as the Golan, dev-m-04)
LAJAT = L(["al-Lajat", "Lajat", "al-Leja", "Lajah", "north-eastern countryside of Daraa", "Daraa"], cc="SY")
RUTBA_W = L(["Rutba", "al-Rutba", "west of Rutba", "international highway", "Anbar"], cc="IQ")
SHEBAA = L(["Shebaa farms", "Shebaa Farms", "Ruwaisat al-Alam", "occupied Shebaa farms"])
KFAR_CHOUBA = L(["Kfar Chouba", "Kfarchouba", "Kfar Shouba", "near Kfar Chouba"], 33.32, 35.70, "LB")
LSW = ["Levant Security Weekly", "author"]
NETWORK10 = ["local monitoring network", "monitoring network", "network"]
TUENIGHT10 = D("2024-04-02", "2024-04-03")
E10 = [
    # a night protest pushed back with batons -> Protest with intervention, core on the gathering; the rights
    # groups' "between 20 and 30" hurt -> 20..30 folded in, the clause a non-core copy; the detentions in the
    # same act -> a non-core Arrests copy. The police's version (rioters stoning and burning a vehicle, 12
    # officers injured, one side -> 12..open) -> its own core event, Riots/Violent demonstration
    E(
        True,
        "Thousands of protesters gathered again near the Israeli embassy in Amman's Rabiyeh district on Tuesday night",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(JOPOL),
        location=AMMAN,
        date=TUENIGHT10,
        injured=R(20, 30),
        source=LSW + ["rights groups"],
    ),
    E(
        False,
        "Riot police pushed them back with batons",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(JOPOL),
        location=AMMAN,
        date=TUENIGHT10,
        source=LSW,
    ),
    E(
        False,
        "detained dozens",
        STR,
        ARRESTS,
        actor1=JOPOL,
        actor2=PROTESTERS + ["dozens"],
        location=AMMAN,
        date=TUENIGHT10,
        source=LSW,
    ),
    E(
        False,
        "between 20 and 30 protesters were hurt",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(JOPOL),
        location=AMMAN,
        date=TUENIGHT10,
        injured=R(20, 30),
        source=["rights groups"],
    ),
    E(
        True,
        '12 officers were injured when "rioters" threw stones and set fire to a police vehicle',
        RIOT,
        VIOLENT,
        actor1=["rioters"] + PROTESTERS,
        actor2=JOPOL,
        location=AMMAN,
        date=TUENIGHT10,
        injured=R(12, None),
        source=["Public Security Directorate", "PSD"],
    ),
    E(
        False,
        "Amman protests near Israeli embassy",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(JOPOL),
        location=AMMAN,
        date=D("2024-03-24", "2024-04-05"),
        source=LSW,
        aggregate=True,
    ),
    E(
        False,
        "The protests have been held almost every night since March 24",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(JOPOL),
        location=AMMAN,
        date=D("2024-03-24", "2024-04-05"),
        source=LSW,
        aggregate=True,
    ),
    E(
        False,
        "the 1994 peace treaty with Israel",
        STR,
        AGREE,
        actor1=JORDAN + ISRAEL,
        actor2=ISRAEL + JORDAN,
        date=D("1994-01-01", "1994-12-31"),
        source=LSW,
    ),
    # both sides' dead told a sentence later (three soldiers, two gunmen) -> killed exact 5, the toll a non-core
    # copy
    E(
        True,
        "government forces and local gunmen fought for several hours on Sunday after an army unit tried to enter a village to arrest wanted men",
        BAT,
        CLASH,
        actor1=SYGOV10 + GUNMEN10,
        actor2=GUNMEN10 + SYGOV10,
        location=LAJAT,
        date=D("2024-03-31"),
        killed=R(5),
        source=NETWORK10 + LSW,
    ),
    E(
        False,
        "Three soldiers and two gunmen were killed",
        BAT,
        CLASH,
        actor1=SYGOV10 + GUNMEN10,
        actor2=GUNMEN10 + SYGOV10,
        location=LAJAT,
        date=D("2024-03-31"),
        killed=R(5),
        source=NETWORK10,
    ),
    E(
        False,
        "a deadly raid in al-Lajat",
        BAT,
        CLASH,
        actor1=SYGOV10 + GUNMEN10,
        actor2=GUNMEN10 + SYGOV10,
        location=LAJAT,
        date=D("2024-03-31"),
        source=LSW,
    ),
    # "believed to be Jordanian" with no claim -> Jordan plus unknown; "On Wednesday night" -> both days
    E(
        True,
        "aircraft believed to be Jordanian struck a farmhouse used by drug smugglers on the plateau's eastern edge, killing four people, among them a woman",
        EXP,
        AIR,
        actor1=UNK + JORDAN + ["aircraft believed to be Jordanian"],
        actor2=["drug smugglers", "smugglers", "farmhouse", "four people", "woman"] + CIV,
        location=LAJAT,
        date=D("2024-04-03", "2024-04-04"),
        killed=R(4),
        source=NETWORK10,
    ),
    # 40 km out -> names only; the lorries' owner (a company) in actor2; the officials' blame without a claim ->
    # IS plus unknown, the blame a non-core copy
    E(
        True,
        "Gunmen ambushed a convoy of lorries carrying goods from Jordan on the international highway about 40 km west of Rutba on Monday, killing one driver and setting two lorries on fire",
        VAC,
        ATTACK,
        actor1=UNK + ISIS + ["Gunmen", "Islamic State cells"],
        actor2=CIV + ["convoy of lorries", "convoy", "lorries", "driver", "company that owns the lorries", "company"],
        location=RUTBA_W,
        date=D("2024-04-01"),
        killed=R(1),
        source=LSW,
    ),
    E(
        False,
        "Security officials in Anbar blamed Islamic State cells",
        VAC,
        ATTACK,
        actor1=ISIS + ["Islamic State cells"],
        actor2=CIV + ["convoy"],
        location=RUTBA_W,
        date=D("2024-04-01"),
        source=["Security officials in Anbar", "security officials"],
    ),
    E(
        False,
        "a convoy ambushed near Rutba",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV + ["convoy"],
        location=RUTBA_W,
        date=D("2024-04-01"),
        source=LSW,
    ),
    # guided missiles from the ground -> Shelling/artillery/missile attack; the army's "no soldiers were hurt"
    # (a detail the other side adds) -> 0..0 both on the claim; the answering strike -> its own core event
    E(
        True,
        "it fired guided missiles at the Israeli position of Ruwaisat al-Alam in the occupied Shebaa farms on Thursday",
        EXP,
        SHELL,
        actor1=HEZB,
        actor2=ISRAEL + ["Israeli position", "Ruwaisat al-Alam", "soldiers"],
        location=SHEBAA,
        date=D("2024-04-04"),
        killed=R(0),
        injured=R(0),
        source=HEZB + ["Israeli army"],
    ),
    E(
        False,
        "missiles on the Shebaa farms",
        EXP,
        SHELL,
        actor1=HEZB,
        actor2=ISRAEL,
        location=SHEBAA,
        date=D("2024-04-04"),
        source=LSW,
    ),
    E(
        True,
        "it struck the launch site near Kfar Chouba shortly afterwards",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HEZB + ["launch site"],
        location=KFAR_CHOUBA,
        date=D("2024-04-04"),
        source=["Israeli army", "Israeli military", "IDF"],
    ),
    # the outlook -> hypothetical
    E(
        False,
        "Jordanian officials expect the protests to go on until there is a ceasefire in Gaza",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=AMMAN,
        source=["Jordanian officials"],
        status="hypothetical",
    ),
    E(
        False,
        "the drug war on Jordan's border looks set to intensify as the summer smuggling season begins",
        BAT,
        CLASH,
        actor1=JORDAN + ["drug smugglers", "smugglers"],
        actor2=["drug smugglers", "smugglers"] + JORDAN,
        location=L(["southern Syria", "Jordan's border"], cc="SY"),
        source=LSW,
        status="hypothetical",
    ),
    # no gold: the protesters' demands, "the army did not comment", "Amman did not comment", "it had received no
    # threats", "scoring direct hits" (inside the claim)
]
DOCS.append(
    (
        "dev-o-10",
        "Levant Security Weekly",
        "2024-04-05",
        "weekly round-up",
        "Several theatres: an Amman protest near the Israeli embassy 'on Tuesday night' in two versions (pushed back "
        "with batons, 'between 20 and 30' hurt, dozens detained / 'rioters', 12 officers injured) and the nightly "
        "series, a battle in al-Lajat (both sides' toll), a strike 'believed to be Jordanian' on a smugglers' "
        "farmhouse, a convoy ambushed '40 km west of Rutba' (the lorries' owner), Hezbollah missiles on the Shebaa "
        "farms ('no soldiers were hurt') and the answering strike, two outlooks",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-o-10", "Friday 5 April 2024", "2024-04-05", "Friday"),
    ("dev-o-10", "on Thursday", "2024-04-04", "Thursday"),
    ("dev-o-10", "On Wednesday night", "2024-04-03", "Wednesday"),
    ("dev-o-10", "on Tuesday night", "2024-04-02", "Tuesday"),
    ("dev-o-10", "on Monday", "2024-04-01", "Monday"),
    ("dev-o-10", "on Sunday", "2024-03-31", "Sunday"),
]

# =============================================================================
# dev-o-11  op-ed (loaded language) — Iran/Kurdistan: Sanandaj's Naysar district, Mahabad, Saqqez, Baneh; Iraq: a camp near Koya (Tue 17 Sep 2024)
# =============================================================================
T11 = """Opinion: Two years after Jina, the regime answers Kurdistan's grief with bullets

By Rojin Baban | Kurdistan Exile Review | Tuesday 17 September 2024

Yesterday, on the second anniversary of the murder of Jina Mahsa Amini at the hands of the so-called morality police, the Islamic Republic showed its true face once again. In Sanandaj, when hundreds of young people gathered in the Naysar district and chanted "Woman, Life, Freedom", the regime's thugs opened fire on them with live ammunition and birdshot, wounding at least 15, according to the Zagros Rights Monitor. Several of the wounded were too afraid to go to hospital.

The regime's propaganda machine, of course, told a different story. State media claimed that "rioters" in Sanandaj had attacked a Basij base with petrol bombs and stabbed "a defender of security", who was taken to hospital.

In Mahabad, the bazaar stayed shuttered from morning to evening in a general strike, a silent act of defiance that no checkpoint can break. Last night the regime's intelligence agents answered it in their usual way, raiding homes across the city and dragging away dozens of people, among them two teachers and a 16-year-old girl.

None of this came as a surprise. Earlier this month, intelligence agents arrested four women's rights activists in Saqqez, Jina's home town, to frighten the city into silence before the anniversary.

This is a regime that kills the poor for carrying loads on their backs. On Thursday, border guards shot dead two kolbars, the porters who carry goods across the mountains, near Baneh, and wounded a third, who lay bleeding on the rocks for hours before villagers found him.

Its cruelty does not stop at the border. On Saturday, Revolutionary Guards drones struck a camp of the Kurdistan Democratic Party of Iran near Koya in Iraqi Kurdistan, killing one peshmerga and wounding two, the party said. Baghdad and Erbil, as always, issued statements and did nothing.

Two years ago, Jina's death set off an uprising that the regime drowned in blood, killing more than 500 people, among them dozens of children, according to rights groups. Many of the dead were Kurds.

Make no mistake: the executioners in Tehran are already preparing the next round of hangings of Kurdish political prisoners. If the world looks away again, more kolbars will be shot, more homes will be raided and more mothers will bury their children. But this regime will not last. It will fall, and Kurdistan will be where it begins.
"""

REGIME11 = IRSEC + ["regime's thugs", "regime", "Islamic Republic", "intelligence agents", "regime's intelligence agents",
                    "border guards", "Iranian border guards", "morality police"]
PDKI = ["Kurdistan Democratic Party of Iran", "KDPI", "PDKI", "peshmerga", "Iranian Kurdish opposition"]
SANANDAJ = L(["Sanandaj", "Sine", "Naysar", "Naysar district"], 35.31, 47.00, "IR")
MAHABAD = L(["Mahabad", "Mehabad"], 36.76, 45.72, "IR")
SAQQEZ = L(["Saqqez", "Saqqiz", "Seqiz"], 36.25, 46.27, "IR")
BANEH = L(["Baneh", "Bane", "near Baneh"], 35.99, 45.89, "IR")
KOYA = L(["Koya", "Koysinjaq", "Koy Sanjaq", "near Koya", "Iraqi Kurdistan"], 36.08, 44.63, "IQ")
IRAN11 = L(["Iran", "Kurdistan"], cc="IR")
KER = ["Kurdistan Exile Review", "Rojin Baban", "author"]
ZRM = ["Zagros Rights Monitor"]
E11 = [
    # live ammunition and birdshot into a crowd, at least 15 wounded -> Excessive force against protesters, core
    # on the gathering (dev-n: core on the march), the firing clause a non-core copy; the anniversary
    # "Yesterday" -> Monday. State media's version (rioters attacking a Basij base, one stabbed) -> its own core
    # event, Riots/Violent demonstration
    E(
        True,
        'hundreds of young people gathered in the Naysar district and chanted "Woman, Life, Freedom"',
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(REGIME11 + ["hundreds of young people", "young people"]),
        location=SANANDAJ,
        date=D("2024-09-16"),
        injured=R(15, None),
        source=ZRM + KER,
    ),
    E(
        False,
        "the regime's thugs opened fire on them with live ammunition and birdshot, wounding at least 15",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(REGIME11),
        location=SANANDAJ,
        date=D("2024-09-16"),
        injured=R(15, None),
        source=ZRM + KER,
    ),
    E(
        True,
        '"rioters" in Sanandaj had attacked a Basij base with petrol bombs and stabbed "a defender of security"',
        RIOT,
        VIOLENT,
        actor1=["rioters"] + PROTESTERS,
        actor2=["Basij base", "Basij", "defender of security"] + IRSEC,
        location=SANANDAJ,
        date=D("2024-09-16"),
        injured=R(1),
        source=["State media", "Iranian state media"],
    ),
    # a shuttered bazaar in a general strike -> Protests/Peaceful protest, dated by the anniversary paragraph;
    # "Last night" -> both days; detainees are no casualties
    E(
        True,
        "the bazaar stayed shuttered from morning to evening in a general strike",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["bazaar", "shopkeepers", "strikers", "general strike"],
        location=MAHABAD,
        date=D("2024-09-16"),
        source=KER,
    ),
    E(
        True,
        "the regime's intelligence agents answered it in their usual way, raiding homes across the city and dragging away dozens of people",
        STR,
        ARRESTS,
        actor1=REGIME11,
        actor2=CIV + ["dozens of people", "teachers", "16-year-old girl"],
        location=MAHABAD,
        date=D("2024-09-16", "2024-09-17"),
        source=KER,
    ),
    # "Earlier this month" -> the 1st to publication
    E(
        True,
        "intelligence agents arrested four women's rights activists in Saqqez, Jina's home town",
        STR,
        ARRESTS,
        actor1=REGIME11,
        actor2=CIV + ["four women's rights activists", "women's rights activists", "activists"],
        location=SAQQEZ,
        date=D("2024-09-01", "2024-09-17"),
        source=KER,
    ),
    E(
        True,
        "border guards shot dead two kolbars, the porters who carry goods across the mountains, near Baneh, and wounded a third",
        VAC,
        ATTACK,
        actor1=REGIME11,
        actor2=CIV + ["two kolbars", "kolbars", "porters"],
        location=BANEH,
        date=D("2024-09-12"),
        killed=R(2),
        injured=R(1),
        source=KER,
    ),
    # a strike across the border -> Iraq's country code
    E(
        True,
        "Revolutionary Guards drones struck a camp of the Kurdistan Democratic Party of Iran near Koya in Iraqi Kurdistan, killing one peshmerga and wounding two",
        EXP,
        AIR,
        actor1=IRAN + ["Revolutionary Guards drones"],
        actor2=PDKI + ["camp"],
        location=KOYA,
        date=D("2024-09-14"),
        killed=R(1),
        injured=R(2),
        source=["the party"] + PDKI,
    ),
    # background: the 2022 death in custody (its "second anniversary" was "Yesterday" -> 16 September 2022) and
    # the crushed uprising (a toll over months -> aggregate, from that day to publication)
    E(
        False,
        "the murder of Jina Mahsa Amini at the hands of the so-called morality police",
        VAC,
        ATTACK,
        actor1=REGIME11,
        actor2=CIV + ["Jina Mahsa Amini", "Mahsa Amini", "Jina"],
        date=D("2022-09-16"),
        killed=R(1),
        source=KER,
    ),
    E(
        False,
        "an uprising that the regime drowned in blood, killing more than 500 people",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(REGIME11),
        location=IRAN11,
        date=D("2022-09-16", "2024-09-17"),
        killed=R(501, None),
        source=["rights groups"] + KER,
        aggregate=True,
    ),
    # the writer's prediction of another party's acts and a conditional -> hypothetical
    E(
        False,
        "the executioners in Tehran are already preparing the next round of hangings of Kurdish political prisoners",
        VAC,
        ATTACK,
        actor1=REGIME11 + ["executioners in Tehran"],
        actor2=CIV + ["Kurdish political prisoners", "political prisoners"],
        location=IRAN11,
        source=KER,
        status="hypothetical",
    ),
    E(
        False,
        "If the world looks away again, more kolbars will be shot",
        VAC,
        ATTACK,
        actor1=REGIME11,
        actor2=CIV + ["kolbars"],
        location=IRAN11,
        source=KER,
        status="hypothetical",
    ),
    # no gold: "Several of the wounded were too afraid to go to hospital", "a silent act of defiance", the
    # statements of Baghdad and Erbil, "more homes will be raided", "It will fall"
]
DOCS.append(
    (
        "dev-o-11",
        "Kurdistan Exile Review",
        "2024-09-17",
        "op-ed (loaded language)",
        "Iran/Kurdistan: live fire on an anniversary gathering in Sanandaj ('at least 15') and state media's "
        "'rioters' version, a general strike in Mahabad and night arrests 'Last night', activists arrested in "
        "Saqqez 'Earlier this month', kolbars shot near Baneh, an IRGC drone strike on a KDPI camp near Koya "
        "(Iraq), 2022 background and an aggregate toll, the writer's predictions and a conditional",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-o-11", "Tuesday 17 September 2024", "2024-09-17", "Tuesday"),
    ("dev-o-11", "Yesterday / Last night (start)", "2024-09-16", "Monday"),
    ("dev-o-11", "On Saturday", "2024-09-14", "Saturday"),
    ("dev-o-11", "On Thursday", "2024-09-12", "Thursday"),
]

# =============================================================================
# dev-o-12  state media (Iranian) — Iran/Khuzestan: Ahvaz (the ring road by Kut Abdullah, Malashiyeh, the governor's office), Hamidiyeh west of Ahvaz (Thu 24 Jul 2025)
# =============================================================================
T12 = """Two police officers martyred in terrorist attack in Ahvaz; one attacker killed, two arrested in follow-up operation

AHVAZ, July 24 (Kowsar News Agency) - Two police officers were martyred and a third was wounded on Tuesday night when armed terrorists opened fire on their patrol car on the ring road near the Kut Abdullah district of Ahvaz, the Khuzestan police chief, Brigadier General Hossein Karami, said.

The attackers fled in a white car. Hours later, security forces tracked them to a hideout in the Malashiyeh neighbourhood, where one of the terrorists was killed in an exchange of fire and two others were arrested, the police chief said. A pistol, two Kalashnikov rifles and a quantity of ammunition were seized.

A separatist group based in Europe claimed the attack in a statement, calling the two martyrs “occupation mercenaries”.

On Wednesday, the Ministry of Intelligence announced that the unknown soldiers of Imam Zaman had dismantled a five-member terrorist cell “linked to the Zionist regime” in Ahvaz during raids on Tuesday, seizing explosives and communications equipment.

Three days ago, a bomb disposal team defused an explosive device planted beside a gas pipeline near Hamidiyeh, west of Ahvaz, the provincial gas company said.

On Monday, a number of citizens gathered in front of the governor's office in Ahvaz to voice their complaints about water and electricity cuts during the heatwave. Officials met a delegation of the protesters, and the gathering ended calmly.

Counter-revolutionary media based in London claimed that security forces had fired on protesters in the Kut Abdullah district on Monday night and killed a young man, a claim the provincial police chief dismissed as “pure fabrication aimed at inciting unrest”.

Khuzestan has paid a heavy price for the crimes of separatist terrorists backed by foreign intelligence services. In September 2018, terrorists of the same current opened fire on a military parade in Ahvaz, martyring 25 people, among them a child.

The police chief vowed that the “mercenaries of the enemy” would be hunted down “wherever they hide” and handed over to the judiciary.
"""

POL12 = IRSEC + ["police officers", "patrol car", "two police officers", "bomb disposal team", "Khuzestan police"]
SEP12 = ["separatist group", "separatist group based in Europe", "armed terrorists", "terrorists", "attackers",
         "separatist terrorists", "Arab separatists", "Ahwazi separatists"]
INTEL12 = ["Ministry of Intelligence", "Iranian Ministry of Intelligence", "unknown soldiers of Imam Zaman",
           "intelligence"] + IRSEC
AHVAZ = L(["Ahvaz", "Ahwaz", "Kut Abdullah", "Malashiyeh", "ring road", "governor's office"], 31.32, 48.67, "IR")
HAMIDIYEH = L(["Hamidiyeh", "Hamidieh", "near Hamidiyeh", "west of Ahvaz"], 31.48, 48.43, "IR")
KOWSAR = ["Kowsar News Agency", "author"]
CHIEF12 = ["Khuzestan police chief", "police chief", "provincial police chief", "Hossein Karami"] + KOWSAR
TUENIGHT12 = D("2025-07-22", "2025-07-23")
E12 = [
    # gunmen firing on a police patrol car -> Battles/Armed clash (an armed organised side against state forces,
    # as dev-n-02's ambush); the police toll covers one side -> 2..open, 1..open; "on Tuesday night" -> both days
    E(
        True,
        "Two police officers were martyred and a third was wounded on Tuesday night when armed terrorists opened fire on their patrol car on the ring road near the Kut Abdullah district of Ahvaz",
        BAT,
        CLASH,
        actor1=SEP12 + UNK + POL12,
        actor2=POL12 + SEP12,
        location=AHVAZ,
        date=TUENIGHT12,
        killed=R(2, None),
        injured=R(1, None),
        source=CHIEF12,
    ),
    E(
        False,
        "Two police officers martyred in terrorist attack in Ahvaz",
        BAT,
        CLASH,
        actor1=SEP12 + UNK + POL12,
        actor2=POL12 + SEP12,
        location=AHVAZ,
        date=TUENIGHT12,
        killed=R(2, None),
        source=KOWSAR,
    ),
    # a claim of responsibility with no toll of its own -> a non-core copy, the claimant in actor1
    E(
        False,
        "A separatist group based in Europe claimed the attack in a statement",
        BAT,
        CLASH,
        actor1=SEP12,
        actor2=POL12 + ["occupation mercenaries"],
        location=AHVAZ,
        date=TUENIGHT12,
        source=["separatist group", "separatist group based in Europe"],
    ),
    # "Hours later" after Tuesday night -> Tuesday to Wednesday; one attacker killed (the police side's losses
    # untold) -> 1..open; the arrests in the same raid -> a non-core copy
    E(
        True,
        "security forces tracked them to a hideout in the Malashiyeh neighbourhood, where one of the terrorists was killed in an exchange of fire and two others were arrested",
        BAT,
        CLASH,
        actor1=POL12 + SEP12,
        actor2=SEP12 + ["hideout"] + POL12,
        location=AHVAZ,
        date=TUENIGHT12,
        killed=R(1, None),
        source=CHIEF12,
    ),
    E(
        False,
        "two others were arrested",
        STR,
        ARRESTS,
        actor1=POL12,
        actor2=SEP12,
        location=AHVAZ,
        date=TUENIGHT12,
        source=CHIEF12,
    ),
    E(
        False,
        "one attacker killed, two arrested in follow-up operation",
        BAT,
        CLASH,
        actor1=POL12 + SEP12,
        actor2=SEP12 + POL12,
        location=AHVAZ,
        date=TUENIGHT12,
        killed=R(1, None),
        source=KOWSAR,
    ),
    E(
        True,
        "the unknown soldiers of Imam Zaman had dismantled a five-member terrorist cell “linked to the Zionist regime” in Ahvaz during raids on Tuesday",
        STR,
        ARRESTS,
        actor1=INTEL12,
        actor2=["five-member terrorist cell", "terrorist cell", "cell"] + SEP12,
        location=AHVAZ,
        date=D("2025-07-22"),
        source=["Ministry of Intelligence", "Iranian Ministry of Intelligence"] + KOWSAR,
    ),
    # "Three days ago" in a Thursday report -> Monday; a bomb defused -> Disrupted weapons use
    E(
        True,
        "a bomb disposal team defused an explosive device planted beside a gas pipeline near Hamidiyeh, west of Ahvaz",
        STR,
        DISRUPT,
        actor1=POL12,
        actor2=UNK + ["explosive device", "gas pipeline"],
        location=HAMIDIYEH,
        date=D("2025-07-21"),
        source=["provincial gas company", "gas company"] + KOWSAR,
    ),
    E(
        True,
        "a number of citizens gathered in front of the governor's office in Ahvaz to voice their complaints about water and electricity cuts during the heatwave",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["citizens", "number of citizens"],
        location=AHVAZ,
        date=D("2025-07-21"),
        source=KOWSAR,
    ),
    # the other side's version with its own toll -> core, sourced to it (dev-n-14); the police chief's dismissal
    # -> a non-core denied copy; "on Monday night" -> both days
    E(
        True,
        "security forces had fired on protesters in the Kut Abdullah district on Monday night and killed a young man",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(POL12),
        location=AHVAZ,
        date=D("2025-07-21", "2025-07-22"),
        killed=R(1),
        source=["Counter-revolutionary media based in London", "media based in London", "London-based media"],
    ),
    E(
        False,
        "a claim the provincial police chief dismissed as “pure fabrication aimed at inciting unrest”",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(POL12),
        location=AHVAZ,
        date=D("2025-07-21", "2025-07-22"),
        killed=R(1),
        source=CHIEF12,
        status="denied",
    ),
    # background, September 2018: gunmen on a parade, the toll "among them a child" -> the text stresses the
    # people killed -> Violence against civilians/Attack (non-core)
    E(
        False,
        "terrorists of the same current opened fire on a military parade in Ahvaz, martyring 25 people, among them a child",
        VAC,
        ATTACK,
        actor1=SEP12,
        actor2=CIV + ["military parade", "25 people", "child"] + IRSEC,
        location=AHVAZ,
        date=D("2018-09-01", "2018-09-30"),
        killed=R(25),
        source=KOWSAR,
    ),
    # the police chief's own pledge -> planned
    E(
        False,
        "the “mercenaries of the enemy” would be hunted down “wherever they hide” and handed over to the judiciary",
        STR,
        ARRESTS,
        actor1=POL12,
        actor2=SEP12 + ["mercenaries of the enemy"],
        location=L(["Khuzestan", "Khuzestan province"], cc="IR"),
        source=CHIEF12,
        status="planned",
    ),
    # no gold: the flight in a white car, the seized weapons and equipment, "Officials met a delegation", "backed
    # by foreign intelligence services" (a label), "occupation mercenaries" (inside the claim)
]
DOCS.append(
    (
        "dev-o-12",
        "Kowsar News Agency",
        "2025-07-24",
        "state media (Iranian)",
        "Iran/Khuzestan: gunmen fire on a police patrol car in Ahvaz 'on Tuesday night' (one side's toll) and a "
        "separatist claim, a follow-up raid 'Hours later' with one attacker killed and arrests, a cell dismantled "
        "'during raids on Tuesday', a bomb defused near Hamidiyeh 'Three days ago', a calm gathering over water "
        "cuts, London media's version of a protester killed and its dismissal, 2018 background, a pledge; "
        "typographic quotes",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-o-12", "July 24", "2025-07-24", "Thursday"),
    ("dev-o-12", "On Wednesday", "2025-07-23", "Wednesday"),
    ("dev-o-12", "on Tuesday night / on Tuesday", "2025-07-22", "Tuesday"),
    ("dev-o-12", "On Monday / on Monday night / Three days ago", "2025-07-21", "Monday"),
]

# =============================================================================
# dev-o-13  ministry statement (Turkish Ministry of National Defence, weekly briefing) — Turkey/Hakkari and Şırnak: Çukurca, the Yüksekova-Esendere road, Kato mountain in Beytüşşebap, Silopi; Iraq: Claw-Lock zone, Amedi (Thu 13 Jun 2024)
# =============================================================================
T13 = """Ministry of National Defence: 19 terrorists neutralised in past week; soldier martyred repelling infiltration attempt in Çukurca

ANKARA, 13 June 2024 - The following are the main points of the weekly press briefing given today by the Ministry of National Defence's press and public relations adviser, Rear Admiral Orhan Demirel.

Counter-terrorism operations

In the past week, 19 PKK/KCK terrorists were neutralised in northern Iraq and Syria, 12 of them in the Claw-Lock operation zone. Since 1 January, the number of terrorists neutralised has reached 1,021.

On Monday night, a group of terrorists attempted to infiltrate towards a base area in the Çukurca district of Hakkari from the Iraqi border. The group was detected by thermal cameras and engaged by our commandos with fire support from attack helicopters. Three terrorists were neutralised. One of our heroic comrades, Specialist Sergeant Murat Yıldız, was martyred, and two were wounded. We pray for God's mercy on our martyr.

The claims of the separatist terrorist organisation's propaganda outlets that 11 soldiers were killed in Çukurca are lies and do not reflect reality.

On Tuesday, mine-clearing teams found and destroyed a 20-kilogram improvised explosive device planted beside the road between Yüksekova and Esendere in Hakkari.

On Saturday, terrorists opened harassing fire on a base area in the Kato mountain region of Şırnak's Beytüşşebap district; a soldier was lightly wounded. The fire was returned and the area brought under control.

In an operation carried out with the Gendarmerie General Command on Sunday, five suspects accused of supplying terrorists with food and ammunition were detained in Şırnak's Silopi district.

Claims in some media that our aircraft struck civilians in a village of Iraq's Amedi district last week are baseless; our operations target only terrorists, their shelters and their weapons.

Border security

Over the past week, 97 people trying to cross our borders illegally were caught, 12 of them near Şırnak's border with Iraq.

Our operations will continue until the last terrorist is neutralised.
"""

TUR13 = TURKEY + ["our commandos", "commandos", "Turkish commandos", "base area", "soldiers", "our forces",
                  "mine-clearing teams", "attack helicopters", "Specialist Sergeant Murat Yıldız"]
PKK13 = PKK + ["PKK/KCK", "KCK", "terrorists", "group of terrorists", "separatist terrorist organisation",
               "People's Defence Forces", "HPG"]
GEND13 = ["Gendarmerie General Command", "gendarmerie", "Turkish gendarmerie", "Police Forces of Turkey"] + TURKEY
CUKURCA = L(["Çukurca", "Cukurca", "Çukurca district", "Hakkari"], 37.25, 43.61, "TR")
# a road of some 40 km, a mountain sector and a district we cannot pin to ~10 km -> names and country only
YUKSEKOVA_ROAD = L(["road between Yüksekova and Esendere", "Yüksekova", "Yuksekova", "Esendere", "Hakkari"], cc="TR")
KATO = L(["Kato mountain", "Kato", "Beytüşşebap", "Beytussebap", "Şırnak", "Sirnak"], cc="TR")
SILOPI = L(["Silopi", "Şırnak's Silopi district", "Silopi district"], 37.25, 42.47, "TR")
AMEDI = L(["Amedi district", "Amedi", "Amadiya", "Iraq's Amedi district"], cc="IQ")
NIRAQ_SYRIA = L(["northern Iraq and Syria", "northern Iraq", "Claw-Lock operation zone", "Claw-Lock"], cc="IQ")
TRBORDER = L(["Turkey's borders", "Şırnak's border with Iraq", "Turkey"], cc="TR")
MSB = ["Ministry of National Defence", "Turkish Ministry of National Defence", "Rear Admiral Orhan Demirel",
       "Orhan Demirel", "author"]
WEEK13 = D("2024-06-05", "2024-06-13")
E13 = [
    # a week's and a year's "neutralised" counts -> aggregates, "neutralised" -> killed (dev-n-15); "In the past
    # week" in a dated briefing -> the week to publication with a day's slack; the method is not told -> Battles
    E(
        False,
        "19 PKK/KCK terrorists were neutralised in northern Iraq and Syria, 12 of them in the Claw-Lock operation zone",
        BAT,
        CLASH,
        actor1=TUR13 + PKK13,
        actor2=PKK13 + TUR13,
        location=NIRAQ_SYRIA,
        date=WEEK13,
        killed=R(19),
        source=MSB,
        aggregate=True,
    ),
    E(
        False,
        "the number of terrorists neutralised has reached 1,021",
        BAT,
        CLASH,
        actor1=TUR13 + PKK13,
        actor2=PKK13 + TUR13,
        location=NIRAQ_SYRIA,
        date=D("2024-01-01", "2024-06-13"),
        killed=R(1021),
        source=MSB,
        aggregate=True,
    ),
    # an infiltration met by commandos -> Battles; both sides' dead told (three "neutralised" + one soldier) ->
    # killed exact 4; only our wounded counted -> 2..open; "On Monday night" -> both days; the engagement, the
    # two bare tolls and the headline -> non-core copies; the group's "11 soldiers" is told only inside the
    # ministry's denial -> a non-core denied copy (dev-n-05)
    E(
        True,
        "a group of terrorists attempted to infiltrate towards a base area in the Çukurca district of Hakkari from the Iraqi border",
        BAT,
        CLASH,
        actor1=PKK13 + TUR13,
        actor2=TUR13 + PKK13,
        location=CUKURCA,
        date=D("2024-06-10", "2024-06-11"),
        killed=R(4),
        injured=R(2, None),
        source=MSB,
    ),
    E(
        False,
        "The group was detected by thermal cameras and engaged by our commandos with fire support from attack helicopters",
        BAT,
        CLASH,
        actor1=TUR13 + PKK13,
        actor2=PKK13 + TUR13,
        location=CUKURCA,
        date=D("2024-06-10", "2024-06-11"),
        source=MSB,
    ),
    E(
        False,
        "Three terrorists were neutralised",
        BAT,
        CLASH,
        actor1=TUR13 + PKK13,
        actor2=PKK13 + TUR13,
        location=CUKURCA,
        date=D("2024-06-10", "2024-06-11"),
        killed=R(3, None),
        source=MSB,
    ),
    E(
        False,
        "One of our heroic comrades, Specialist Sergeant Murat Yıldız, was martyred, and two were wounded",
        BAT,
        CLASH,
        actor1=PKK13 + TUR13,
        actor2=TUR13 + PKK13,
        location=CUKURCA,
        date=D("2024-06-10", "2024-06-11"),
        killed=R(1, None),
        injured=R(2, None),
        source=MSB,
    ),
    E(
        False,
        "soldier martyred repelling infiltration attempt in Çukurca",
        BAT,
        CLASH,
        actor1=PKK13 + TUR13,
        actor2=TUR13 + PKK13,
        location=CUKURCA,
        date=D("2024-06-10", "2024-06-11"),
        killed=R(1, None),
        source=MSB,
    ),
    E(
        False,
        "The claims of the separatist terrorist organisation's propaganda outlets that 11 soldiers were killed in Çukurca are lies",
        BAT,
        CLASH,
        actor1=PKK13 + TUR13,
        actor2=TUR13 + PKK13,
        location=CUKURCA,
        date=D("2024-06-10", "2024-06-11"),
        killed=R(11, None),
        source=MSB,
        status="denied",
    ),
    # a bomb found and destroyed -> Disrupted weapons use; its planter implied by the briefing -> PKK plus unknown
    E(
        True,
        "mine-clearing teams found and destroyed a 20-kilogram improvised explosive device planted beside the road between Yüksekova and Esendere in Hakkari",
        STR,
        DISRUPT,
        actor1=TUR13,
        actor2=UNK + PKK13 + ["improvised explosive device"],
        location=YUKSEKOVA_ROAD,
        date=D("2024-06-11"),
        source=MSB,
    ),
    # harassing fire on a base, returned -> Battles; one soldier hurt, the other side's untold -> 1..open
    E(
        True,
        "terrorists opened harassing fire on a base area in the Kato mountain region of Şırnak's Beytüşşebap district",
        BAT,
        CLASH,
        actor1=PKK13 + TUR13,
        actor2=TUR13 + PKK13,
        location=KATO,
        date=D("2024-06-08"),
        injured=R(1, None),
        source=MSB,
    ),
    E(
        True,
        "five suspects accused of supplying terrorists with food and ammunition were detained in Şırnak's Silopi district",
        STR,
        ARRESTS,
        actor1=GEND13,
        actor2=["five suspects", "suspects"] + PKK13,
        location=SILOPI,
        date=D("2024-06-09"),
        source=MSB,
    ),
    # the media reports the ministry denies are the only telling -> non-core denied; "last week" -> Monday to
    # Sunday
    E(
        False,
        "our aircraft struck civilians in a village of Iraq's Amedi district last week",
        EXP,
        AIR,
        actor1=TURKEY + ["our aircraft", "Turkish aircraft"],
        actor2=CIV,
        location=AMEDI,
        date=D("2024-06-03", "2024-06-09"),
        source=MSB,
        status="denied",
    ),
    # people caught crossing a border illegally -> Arrests (dev-n); a week's count -> aggregate
    E(
        False,
        "97 people trying to cross our borders illegally were caught",
        STR,
        ARRESTS,
        actor1=TURKEY + ["border units", "Turkish border units"],
        actor2=["97 people", "people trying to cross our borders illegally", "migrants"],
        location=TRBORDER,
        date=WEEK13,
        source=MSB,
        aggregate=True,
    ),
    E(
        False,
        "Our operations will continue until the last terrorist is neutralised",
        BAT,
        CLASH,
        actor1=TUR13,
        actor2=PKK13,
        source=MSB,
        status="planned",
    ),
    # no gold: the prayer, "The fire was returned and the area brought under control" (inside the harassing
    # fire), "our operations target only terrorists" (a claim with no act)
]
DOCS.append(
    (
        "dev-o-13",
        "Turkish Ministry of National Defence (weekly briefing)",
        "2024-06-13",
        "ministry statement (weekly briefing)",
        "Turkey/Hakkari and Şırnak: a week's and a year's 'neutralised' counts, an infiltration near Çukurca 'On "
        "Monday night' (both sides' dead, our wounded) with the PKK's '11 soldiers' told only inside the denial, a "
        "bomb destroyed on the Yüksekova-Esendere road, harassing fire on a base in Beytüşşebap, five suspects "
        "detained in Silopi, a denied strike on civilians in Amedi 'last week', border detentions, a pledge",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-o-13", "13 June 2024", "2024-06-13", "Thursday"),
    ("dev-o-13", "On Tuesday", "2024-06-11", "Tuesday"),
    ("dev-o-13", "On Monday night", "2024-06-10", "Monday"),
    ("dev-o-13", "on Sunday / last week (end)", "2024-06-09", "Sunday"),
    ("dev-o-13", "On Saturday", "2024-06-08", "Saturday"),
    ("dev-o-13", "last week (start)", "2024-06-03", "Monday"),
]

# =============================================================================
# dev-o-14  partisan outlet (militia-aligned, Iraqi "resistance") — Iraq/Anbar and Babil: Ain al-Asad air base, Jurf al-Nasr (Jurf al-Sakhar), the outskirts of al-Qaim, the highway west of Rutba, Hilla; Baghdad airport (Tue 23 Jan 2024)
# =============================================================================
T14 = """Resistance missiles pound occupation's Ain al-Asad base; American aggression on Jurf al-Nasr martyrs four Hashd heroes

BAGHDAD, 23 January (Sada al-Rafidain) - The Islamic Resistance in Iraq announced that its mujahideen fired a salvo of ballistic missiles and rockets at the American occupation's Ain al-Asad air base in western Anbar on Saturday evening, "achieving precise hits on the enemy's positions".

The American Central Command, which always hides its losses, admitted that "a number of" its personnel were being evaluated for traumatic brain injuries and that an Iraqi soldier guarding the base was wounded. It claimed that the base's air defences intercepted most of the missiles.

Late on Monday, American warplanes bombed headquarters of the Popular Mobilisation Forces in Jurf al-Nasr, in the north of Babil province, martyring four heroes of the Hashd and wounding two others, the PMF said in a statement. The Pentagon claimed it had struck "three facilities used by Kataib Hezbollah for storing drones and rockets".

On Sunday, a drone, believed to be American, struck a car carrying two members of the Hashd's border brigades on the outskirts of al-Qaim, near the Syrian border, martyring both, our correspondent in Anbar reported, citing a security source.

On the same day, the resistance said it had targeted a convoy carrying supplies to the occupation forces with an explosive device on the international highway west of Rutba, destroying two trucks. A security source in Anbar told us that the trucks belonged to an Iraqi transport contractor and that one driver was slightly wounded.

Yesterday, thousands of people marched in Hilla, the capital of Babil, behind the coffins of the Jurf al-Nasr martyrs, chanting "No to America" and demanding the expulsion of the occupation forces.

Four years have passed since the American drone strike at Baghdad airport that assassinated the leaders of victory, Hajj Qassem Soleimani and Hajj Abu Mahdi al-Muhandis. Since October 17, the Islamic Resistance has carried out more than 150 operations against the occupation's bases in Iraq and Syria, in support of Gaza.

The resistance warned in a statement last night that "every American base on the soil of Iraq will remain a legitimate target" until the last occupation soldier leaves.
"""

IRI14 = ["Islamic Resistance in Iraq", "Islamic Resistance", "resistance", "mujahideen", "its mujahideen"] + KH
US14 = USA + ["American occupation", "occupation", "occupation forces", "American warplanes", "Central Command",
              "CENTCOM", "Pentagon", "American drone"]
PMF14 = PMF + ["Hashd heroes", "heroes of the Hashd", "Hashd's border brigades", "border brigades",
               "headquarters of the Popular Mobilisation Forces"]
AIN_ASAD = L(["Ain al-Asad", "Ain al-Asad air base", "Ayn al-Asad", "al-Asad air base", "western Anbar"],
             33.80, 42.44, "IQ")
# Jurf al-Nasr lies some 15-20 km from the nearest towns and we cannot pin it to ~10 km -> names and country
JURF = L(["Jurf al-Nasr", "Jurf al-Sakhar", "Jurf as-Sakhar", "north of Babil province", "Babil"], cc="IQ")
QAIM = L(["al-Qaim", "Qaim", "al-Qa'im", "outskirts of al-Qaim", "Husaybah"], 34.37, 41.09, "IQ")
# "west of Rutba" with no distance -> Rutba's point (ANNOTATION: "east of X" -> X)
RUTBA = L(["Rutba", "al-Rutba", "west of Rutba", "international highway"], 33.04, 40.28, "IQ")
HILLA = L(["Hilla", "al-Hillah", "Hillah", "capital of Babil"], 32.48, 44.42, "IQ")
BAGHDAD_AIRPORT = L(["Baghdad airport", "Baghdad International Airport", "Baghdad"], 33.26, 44.23, "IQ")
IQSY14 = L(["Iraq and Syria", "Iraq", "Syria"])
SADA = ["Sada al-Rafidain", "our correspondent", "author"]
CENTCOM14 = ["Central Command", "CENTCOM", "US Central Command", "American Central Command"]
E14 = [
    # the group's claim -> core, sourced to it; CENTCOM's count ("a number of" personnel evaluated, an Iraqi
    # soldier wounded) -> folded as 1..open and a non-core copy; the interception its own core event
    E(
        True,
        "its mujahideen fired a salvo of ballistic missiles and rockets at the American occupation's Ain al-Asad air base in western Anbar on Saturday evening",
        EXP,
        SHELL,
        actor1=IRI14,
        actor2=US14 + ["Ain al-Asad air base", "base", "Iraqi soldier"],
        location=AIN_ASAD,
        date=D("2024-01-20"),
        injured=R(1, None),
        source=["Islamic Resistance in Iraq", "Islamic Resistance"] + CENTCOM14,
    ),
    E(
        False,
        '"a number of" its personnel were being evaluated for traumatic brain injuries and that an Iraqi soldier guarding the base was wounded',
        EXP,
        SHELL,
        actor1=IRI14 + UNK,
        actor2=US14 + ["personnel", "Iraqi soldier"],
        location=AIN_ASAD,
        date=D("2024-01-20"),
        injured=R(1, None),
        source=CENTCOM14,
    ),
    E(
        True,
        "the base's air defences intercepted most of the missiles",
        STR,
        DISRUPT,
        actor1=US14 + ["air defences"],
        actor2=IRI14 + ["missiles"],
        location=AIN_ASAD,
        date=D("2024-01-20"),
        source=CENTCOM14,
    ),
    E(
        False,
        "Resistance missiles pound occupation's Ain al-Asad base",
        EXP,
        SHELL,
        actor1=IRI14,
        actor2=US14,
        location=AIN_ASAD,
        date=D("2024-01-20"),
        source=SADA,
    ),
    # two versions naming different objects (PMF headquarters, four dead / Kataib Hezbollah storage facilities)
    # -> one core event each; "Late on Monday" -> Monday
    E(
        True,
        "American warplanes bombed headquarters of the Popular Mobilisation Forces in Jurf al-Nasr, in the north of Babil province, martyring four heroes of the Hashd and wounding two others",
        EXP,
        AIR,
        actor1=US14,
        actor2=PMF14,
        location=JURF,
        date=D("2024-01-22"),
        killed=R(4),
        injured=R(2),
        source=PMF + ["PMF statement"] + SADA,
    ),
    E(
        True,
        'it had struck "three facilities used by Kataib Hezbollah for storing drones and rockets"',
        EXP,
        AIR,
        actor1=US14,
        actor2=KH + ["three facilities", "facilities"],
        location=JURF,
        date=D("2024-01-22"),
        source=["Pentagon", "US Department of Defense"],
    ),
    E(
        False,
        "American aggression on Jurf al-Nasr martyrs four Hashd heroes",
        EXP,
        AIR,
        actor1=US14,
        actor2=PMF14,
        location=JURF,
        date=D("2024-01-22"),
        killed=R(4),
        source=SADA,
    ),
    # "believed to be American", no claim -> the United States plus unknown; the attribution chain (our
    # correspondent citing a security source) -> both in source
    E(
        True,
        "a drone, believed to be American, struck a car carrying two members of the Hashd's border brigades on the outskirts of al-Qaim, near the Syrian border, martyring both",
        EXP,
        AIR,
        actor1=UNK + US14,
        actor2=PMF14 + ["two members", "car"],
        location=QAIM,
        date=D("2024-01-21"),
        killed=R(2),
        source=["our correspondent in Anbar", "security source"] + SADA,
    ),
    # "On the same day" -> Sunday; the group's claim -> core; the security source's detail (the trucks' owner, a
    # wounded driver) -> folded (injured 1) and a non-core copy
    E(
        True,
        "it had targeted a convoy carrying supplies to the occupation forces with an explosive device on the international highway west of Rutba, destroying two trucks",
        EXP,
        IED,
        actor1=IRI14,
        actor2=US14 + ["convoy", "trucks", "two trucks", "Iraqi transport contractor", "driver"],
        location=RUTBA,
        date=D("2024-01-21"),
        injured=R(1),
        source=["Islamic Resistance", "resistance"] + ["security source in Anbar"],
    ),
    E(
        False,
        "the trucks belonged to an Iraqi transport contractor and that one driver was slightly wounded",
        EXP,
        IED,
        actor1=IRI14 + UNK,
        actor2=["Iraqi transport contractor", "transport contractor", "trucks", "driver"] + CIV,
        location=RUTBA,
        date=D("2024-01-21"),
        injured=R(1),
        source=["security source in Anbar", "security source"],
    ),
    E(
        True,
        "thousands of people marched in Hilla, the capital of Babil, behind the coffins of the Jurf al-Nasr martyrs",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["thousands of people", "people", "mourners"],
        location=HILLA,
        date=D("2024-01-22"),
        source=SADA,
    ),
    # background: "Four years have passed since" -> January 2020; the leaders are two named men -> 2..open
    # (dev-n-10); the count since October 17 -> aggregate; the group's own threat -> planned
    E(
        False,
        "the American drone strike at Baghdad airport that assassinated the leaders of victory, Hajj Qassem Soleimani and Hajj Abu Mahdi al-Muhandis",
        EXP,
        AIR,
        actor1=US14,
        actor2=PMF + IRAN + ["leaders of victory", "Qassem Soleimani", "Abu Mahdi al-Muhandis"],
        location=BAGHDAD_AIRPORT,
        date=D("2020-01-01", "2020-01-31"),
        killed=R(2, None),
        source=SADA,
    ),
    E(
        False,
        "the Islamic Resistance has carried out more than 150 operations against the occupation's bases in Iraq and Syria",
        EXP,
        SHELL,
        actor1=IRI14,
        actor2=US14 + ["occupation's bases", "bases"],
        location=IQSY14,
        date=D("2023-10-17", "2024-01-23"),
        source=SADA + ["Islamic Resistance"],
        aggregate=True,
    ),
    E(
        False,
        '"every American base on the soil of Iraq will remain a legitimate target"',
        EXP,
        SHELL,
        actor1=IRI14,
        actor2=US14 + ["American base"],
        location=L(["Iraq"], cc="IQ"),
        source=["Islamic Resistance", "resistance"],
        status="planned",
    ),
    # no gold: "which always hides its losses" (a label), "achieving precise hits" (inside the claim), the march's
    # slogans, "in support of Gaza"
]
DOCS.append(
    (
        "dev-o-14",
        "Sada al-Rafidain",
        "2024-01-23",
        "partisan outlet (militia-aligned, Iraqi 'resistance')",
        "Iraq/Anbar and Babil: a missile salvo on Ain al-Asad claimed by the resistance with CENTCOM's 'a number of' "
        "and a wounded soldier and the interception, a U.S. strike on Jurf al-Nasr in two versions (PMF "
        "headquarters, four dead / Kataib Hezbollah facilities), a drone 'believed to be American' near al-Qaim "
        "reported 'citing a security source', a bomb on a supply convoy west of Rutba with the trucks' owner, a "
        "funeral march in Hilla, 2020 background, a count, a threat",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-o-14", "23 January", "2024-01-23", "Tuesday"),
    ("dev-o-14", "Late on Monday / Yesterday", "2024-01-22", "Monday"),
    ("dev-o-14", "On Sunday / On the same day", "2024-01-21", "Sunday"),
    ("dev-o-14", "on Saturday evening", "2024-01-20", "Saturday"),
]

# =============================================================================
# dev-o-15  wire service — Iraq/Diyala, Najaf and Karbala: the outskirts of Muqdadiya, Baqubah, the road to Najaf's power station, Kufa, Karbala's provincial council (Tue 5 Aug 2025)
# =============================================================================
T15 = """Gunmen kill three farmers near Muqdadiya; power-cut protesters burn tyres in Najaf

BAQUBAH, Iraq, Aug 5 (Tigris Wire Service) - Gunmen killed three farmers, a man and his two nephews, in an orchard on the outskirts of Muqdadiya in Iraq's Diyala province late on Sunday, police and relatives said.

A police officer in Muqdadiya, who asked not to be named, said the attackers used silenced rifles and that a fourth man escaped with a gunshot wound to the leg. Security officials blamed Islamic State cells that hide in the palm groves north-east of Baqubah, but a tribal elder from the victims' clan said he suspected a rival family with which they had quarrelled over water rights.

Iraqi army units and the Popular Mobilisation Forces combed the orchards around Muqdadiya on Monday and detained seven suspects, the Diyala Operations Command said.

In Baqubah, the provincial capital, a sticky bomb attached to the car of a municipal official exploded on Monday morning, wounding him and his driver. No one claimed it.

In the south, hundreds of young men blocked the road leading to Najaf's main power station with burning tyres on Monday night, protesting against power cuts of up to 14 hours a day as temperatures passed 50 degrees Celsius. Riot police dispersed them with tear gas and water cannon. The provincial health directorate said 11 protesters and four policemen were injured. The day before, a smaller protest in neighbouring Kufa had ended peacefully.

In Karbala, some 200 unemployed graduates held a sit-in outside the provincial council building on Sunday, demanding government jobs, and left after the governor's office agreed to receive a delegation.

Diyala's provincial council says 27 people have been killed in attacks in the province since the start of the year. The province has a long history of sectarian bloodshed: in January 2016, twin bombings at a cafe in Muqdadiya killed more than 20 people.

Officials in Najaf fear the protests will spread to Basra and Nasiriyah if the cuts continue. The Interior Ministry warned on Monday that it would "deal firmly" with anyone who attacks state property.
"""

GUNMEN15 = UNK + ISIS + ["Gunmen", "attackers", "Islamic State cells", "rival family", "family"]
FARMERS15 = CIV + ["three farmers", "farmers", "man", "two nephews", "nephews"]
ARMY15 = IQARMY + PMF + ["Iraqi army units", "Diyala Operations Command"]
RIOTPOL15 = IQPOL + ["Riot police", "riot police", "policemen"]
YOUNGMEN15 = PROTESTERS + ["hundreds of young men", "young men", "rioters"]
MUQDADIYA = L(["Muqdadiya", "al-Muqdadiya", "Muqdadiyah", "outskirts of Muqdadiya", "orchards around Muqdadiya"],
              33.98, 44.94, "IQ")
BAQUBAH = L(["Baqubah", "Baquba", "Baqouba"], 33.75, 44.64, "IQ")
NAJAF = L(["Najaf", "al-Najaf", "Najaf's main power station", "power station"], 32.03, 44.35, "IQ")
KUFA = L(["Kufa", "al-Kufa", "Kufah"], 32.05, 44.40, "IQ")
KARBALA = L(["Karbala", "Kerbala", "provincial council building"], 32.62, 44.02, "IQ")
DIYALA = L(["Diyala", "Diyala province"], cc="IQ")
TWS = ["Tigris Wire Service", "author"]
SUN15 = D("2025-08-03")
MON15 = D("2025-08-04")
E15 = [
    # "a man and his two nephews" -> 3; the survivor's wound a sentence later -> folded (1) and a non-core copy;
    # two suspected perpetrators (the officials' IS cells, the elder's rival family) -> every alternative plus
    # unknown, each blame a non-core copy (status occurred: the killing is not in doubt, only its author);
    # "late on Sunday" -> Sunday
    E(
        True,
        "Gunmen killed three farmers, a man and his two nephews, in an orchard on the outskirts of Muqdadiya in Iraq's Diyala province late on Sunday",
        VAC,
        ATTACK,
        actor1=GUNMEN15,
        actor2=FARMERS15,
        location=MUQDADIYA,
        date=SUN15,
        killed=R(3),
        injured=R(1),
        source=["police", "relatives", "police officer"] + TWS,
    ),
    E(
        False,
        "a fourth man escaped with a gunshot wound to the leg",
        VAC,
        ATTACK,
        actor1=GUNMEN15,
        actor2=FARMERS15 + ["fourth man"],
        location=MUQDADIYA,
        date=SUN15,
        injured=R(1),
        source=["police officer in Muqdadiya", "police officer"],
    ),
    E(
        False,
        "Security officials blamed Islamic State cells that hide in the palm groves north-east of Baqubah",
        VAC,
        ATTACK,
        actor1=ISIS + ["Islamic State cells"],
        actor2=FARMERS15,
        location=MUQDADIYA,
        date=SUN15,
        source=["Security officials", "security officials"],
    ),
    E(
        False,
        "he suspected a rival family with which they had quarrelled over water rights",
        VAC,
        ATTACK,
        actor1=["rival family", "family", "clan"],
        actor2=FARMERS15,
        location=MUQDADIYA,
        date=SUN15,
        source=["tribal elder", "elder"],
    ),
    E(
        False,
        "Gunmen kill three farmers near Muqdadiya",
        VAC,
        ATTACK,
        actor1=GUNMEN15,
        actor2=FARMERS15,
        location=MUQDADIYA,
        date=SUN15,
        killed=R(3),
        source=TWS,
    ),
    E(
        True,
        "Iraqi army units and the Popular Mobilisation Forces combed the orchards around Muqdadiya on Monday and detained seven suspects",
        STR,
        ARRESTS,
        actor1=ARMY15,
        actor2=["seven suspects", "suspects"],
        location=MUQDADIYA,
        date=MON15,
        source=["Diyala Operations Command"] + TWS,
    ),
    # a sticky bomb with no driver -> Remote explosive/landmine/IED; the car's owner and his driver hurt
    E(
        True,
        "a sticky bomb attached to the car of a municipal official exploded on Monday morning, wounding him and his driver",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["municipal official", "driver", "car"],
        location=BAQUBAH,
        date=MON15,
        injured=R(2),
        source=TWS,
    ),
    # a road blocked with burning tyres -> Riots/Violent demonstration (dev-n); the dispersal a non-core copy;
    # the injured a sentence later cover both sides (11 + 4) -> exact 15, folded; "on Monday night" -> both days
    E(
        True,
        "hundreds of young men blocked the road leading to Najaf's main power station with burning tyres on Monday night",
        RIOT,
        VIOLENT,
        actor1=YOUNGMEN15,
        actor2=RIOTPOL15,
        location=NAJAF,
        date=D("2025-08-04", "2025-08-05"),
        injured=R(15),
        source=TWS + ["provincial health directorate", "health directorate"],
    ),
    E(
        False,
        "Riot police dispersed them with tear gas and water cannon",
        RIOT,
        VIOLENT,
        actor1=YOUNGMEN15,
        actor2=RIOTPOL15,
        location=NAJAF,
        date=D("2025-08-04", "2025-08-05"),
        source=TWS,
    ),
    E(
        False,
        "11 protesters and four policemen were injured",
        RIOT,
        VIOLENT,
        actor1=YOUNGMEN15,
        actor2=RIOTPOL15,
        location=NAJAF,
        date=D("2025-08-04", "2025-08-05"),
        injured=R(15),
        source=["provincial health directorate", "health directorate"],
    ),
    E(
        False,
        "power-cut protesters burn tyres in Najaf",
        RIOT,
        VIOLENT,
        actor1=YOUNGMEN15,
        location=NAJAF,
        date=D("2025-08-04", "2025-08-05"),
        source=TWS,
    ),
    # "The day before" Monday night -> Sunday
    E(
        True,
        "a smaller protest in neighbouring Kufa had ended peacefully",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=KUFA,
        date=SUN15,
        source=TWS,
    ),
    E(
        True,
        "some 200 unemployed graduates held a sit-in outside the provincial council building on Sunday, demanding government jobs",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["unemployed graduates", "graduates", "200 unemployed graduates"],
        location=KARBALA,
        date=SUN15,
        source=TWS,
    ),
    # the council's count and 2016 background -> non-core; "more than 20" -> 21..open; a fear and a warning
    E(
        False,
        "27 people have been killed in attacks in the province since the start of the year",
        VAC,
        ATTACK,
        actor1=UNK + ISIS,
        actor2=CIV + ["people"],
        location=DIYALA,
        date=D("2025-01-01", "2025-08-05"),
        killed=R(27),
        source=["Diyala's provincial council", "provincial council"],
        aggregate=True,
    ),
    E(
        False,
        "in January 2016, twin bombings at a cafe in Muqdadiya killed more than 20 people",
        EXP,
        IED,
        actor1=UNK + ISIS,
        actor2=CIV + ["cafe", "people"],
        location=MUQDADIYA,
        date=D("2016-01-01", "2016-01-31"),
        killed=R(21, None),
        source=TWS,
    ),
    E(
        False,
        "Officials in Najaf fear the protests will spread to Basra and Nasiriyah if the cuts continue",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=L(["Basra", "Nasiriyah", "southern Iraq"], cc="IQ"),
        source=["Officials in Najaf", "officials"],
        status="hypothetical",
    ),
    E(
        False,
        'it would "deal firmly" with anyone who attacks state property',
        STR,
        ARRESTS,
        actor1=IQPOL,
        actor2=["anyone who attacks state property"] + PROTESTERS,
        location=L(["Iraq"], cc="IQ"),
        source=["Interior Ministry", "Iraqi Interior Ministry"],
        status="planned",
    ),
    # no gold: the silenced rifles (inside the killing), "No one claimed it", the heat, "left after the
    # governor's office agreed to receive a delegation"
]
DOCS.append(
    (
        "dev-o-15",
        "Tigris Wire Service",
        "2025-08-05",
        "wire service",
        "Iraq/Diyala, Najaf and Karbala: three farmers killed on the outskirts of Muqdadiya 'late on Sunday' with a "
        "survivor's wound a sentence later and two suspected perpetrators (IS cells / a rival family), seven "
        "detained, a sticky bomb on an official's car in Baqubah, a road blocked with burning tyres in Najaf 'on "
        "Monday night' (both sides' injured), a peaceful protest in Kufa 'The day before', a graduates' sit-in in "
        "Karbala, a count, 2016 background, a fear and a warning",
        T15,
        E15,
    )
)
WEEKDAYS += [
    ("dev-o-15", "Aug 5", "2025-08-05", "Tuesday"),
    ("dev-o-15", "on Monday / on Monday morning / on Monday night", "2025-08-04", "Monday"),
    ("dev-o-15", "late on Sunday / on Sunday / The day before", "2025-08-03", "Sunday"),
]

# =============================================================================
# dev-o-16  partisan outlet (Lebanese, Hezbollah-aligned) — Lebanon/the Bekaa: Brital south of Baalbek, Bednayel south-west of Baalbek, Baalbek's Sharawneh, Hermel; Iqlim al-Tuffah; the occupied Golan (Wed 13 Mar 2024)
# =============================================================================
T16 = """Enemy extends its aggression to the Bekaa: raid on Brital martyrs two; Islamic Resistance answers with rockets on the occupied Golan

BAALBEK, 13 March (Bekaa Today) - In a new escalation, enemy warplanes struck a two-storey house belonging to the Hamieh family in the town of Brital, south of Baalbek, shortly before midnight last night, martyring two people and wounding six, among them a child, the Ministry of Public Health said.

Minutes later, a second raid hit a farm warehouse on the outskirts of the village of Bednayel, 10 km south-west of Baalbek, without causing casualties.

The enemy army claimed that it had struck "Hezbollah air defence sites" in the Bekaa in response to the downing of one of its drones.

On Monday, the Islamic Resistance shot down an enemy Hermes 450 drone with a surface-to-air missile over the Iqlim al-Tuffah heights, according to a statement by the Resistance.

In response to the aggression on the Bekaa, the mujahideen of the Islamic Resistance fired dozens of Katyusha rockets at dawn today at the enemy's Yoav air-defence base in the occupied Syrian Golan, in what the Resistance called "a first response". The enemy admitted that sirens had sounded across the Golan and claimed that most of the rockets fell in open areas.

In Baalbek's Sharawneh neighbourhood, army units raided the home of a man wanted for drug trafficking on Sunday afternoon. He opened fire on the soldiers, wounding one, and was killed in the exchange, the army said.

Yesterday, hundreds of people gathered in front of the Hermel Serail in solidarity with Gaza and the south, raising the flags of the Resistance and pictures of its martyrs.

The Bekaa had not been struck since the July 2006 war, when enemy commandos landed at a hospital in Baalbek and kidnapped five citizens. Since October 8, the enemy's aggression on Lebanon has martyred more than 50 civilians, according to the health ministry.

A Resistance official in the Bekaa warned that if the enemy keeps targeting the valley, the Resistance "will strike deeper than the enemy imagines".
"""

ISR16 = ISRAEL + ["enemy warplanes", "enemy", "enemy army", "Zionist enemy", "enemy commandos"]
HEZ16 = HEZB + ["Islamic Resistance", "Resistance", "mujahideen of the Islamic Resistance"]
LAF16 = LAF + ["army units"]
DEALER16 = ["man wanted for drug trafficking", "wanted man", "drug trafficker", "gunman"]
BRITAL = L(["Brital", "Britel", "south of Baalbek"], 33.96, 36.24, "LB")
# "10 km south-west of Baalbek" -> within ~15 km: Baalbek's point
BEDNAYEL = L(["Bednayel", "Badnayel", "Bidnayel", "south-west of Baalbek", "Baalbek"], 34.01, 36.21, "LB")
BAALBEK = L(["Baalbek", "Baalbeck", "Sharawneh", "al-Sharawneh"], 34.01, 36.21, "LB")
HERMEL = L(["Hermel", "al-Hermel", "Hermel Serail"], 34.39, 36.38, "LB")
BEKAA = L(["Bekaa", "Bekaa valley", "the valley"], cc="LB")
IQLIM = L(["Iqlim al-Tuffah", "Iqlim al-Tuffah heights", "Iqlim al-Touffah"], cc="LB")
# the occupied Golan -> no country (dev-m-04)
YOAV = L(["Yoav air-defence base", "Yoav base", "Yoav", "occupied Syrian Golan", "Golan", "Golan Heights"])
LEBANON16 = L(["Lebanon"], cc="LB")
BT = ["Bekaa Today", "author"]
MOPH16 = ["Ministry of Public Health", "health ministry", "Lebanese Health Ministry"]
IDF16 = ["enemy army", "Israeli army", "Israeli military", "IDF"]
E16 = [
    # "shortly before midnight last night" -> the clock pins the day before publication; the house's owners in
    # actor2
    E(
        True,
        "enemy warplanes struck a two-storey house belonging to the Hamieh family in the town of Brital, south of Baalbek, shortly before midnight last night, martyring two people and wounding six",
        EXP,
        AIR,
        actor1=ISR16,
        actor2=CIV + ["two-storey house", "house", "Hamieh family", "two people", "child"],
        location=BRITAL,
        date=D("2024-03-12"),
        killed=R(2),
        injured=R(6),
        source=MOPH16 + BT,
    ),
    E(
        False,
        "raid on Brital martyrs two",
        EXP,
        AIR,
        actor1=ISR16,
        actor2=CIV,
        location=BRITAL,
        date=D("2024-03-12"),
        killed=R(2),
        source=BT,
    ),
    # "Minutes later" than shortly before midnight -> both days; "without causing casualties" -> 0..0 both; an
    # agent-less "second raid" -> Israel plus unknown
    E(
        True,
        "a second raid hit a farm warehouse on the outskirts of the village of Bednayel, 10 km south-west of Baalbek, without causing casualties",
        EXP,
        AIR,
        actor1=ISR16 + UNK,
        actor2=["farm warehouse", "warehouse"],
        location=BEDNAYEL,
        date=D("2024-03-12", "2024-03-13"),
        killed=R(0),
        injured=R(0),
        source=BT,
    ),
    # the army's own label covers both raids ("sites") -> a non-core aggregate; its "downing" a non-core copy of
    # Monday's shoot-down
    E(
        False,
        'it had struck "Hezbollah air defence sites" in the Bekaa',
        EXP,
        AIR,
        actor1=ISR16,
        actor2=HEZB + ["Hezbollah air defence sites", "air defence sites"],
        location=BEKAA,
        date=D("2024-03-12", "2024-03-13"),
        source=IDF16,
        aggregate=True,
    ),
    E(
        False,
        "the downing of one of its drones",
        STR,
        DISRUPT,
        actor1=HEZ16,
        actor2=ISRAEL + ["drones"],
        location=IQLIM,
        date=D("2024-03-11"),
        source=IDF16,
    ),
    E(
        True,
        "the Islamic Resistance shot down an enemy Hermes 450 drone with a surface-to-air missile over the Iqlim al-Tuffah heights",
        STR,
        DISRUPT,
        actor1=HEZ16,
        actor2=ISR16 + ["Hermes 450 drone", "Hermes 450", "drone"],
        location=IQLIM,
        date=D("2024-03-11"),
        source=HEZ16,
    ),
    # the group's rockets, sourced to it; the other side's "most of the rockets fell in open areas" and the
    # headline -> non-core copies
    E(
        True,
        "the mujahideen of the Islamic Resistance fired dozens of Katyusha rockets at dawn today at the enemy's Yoav air-defence base in the occupied Syrian Golan",
        EXP,
        SHELL,
        actor1=HEZ16,
        actor2=ISR16 + ["Yoav air-defence base", "air-defence base"],
        location=YOAV,
        date=D("2024-03-13"),
        source=HEZ16 + BT,
    ),
    E(
        False,
        "claimed that most of the rockets fell in open areas",
        EXP,
        SHELL,
        actor1=HEZ16,
        actor2=ISRAEL,
        location=YOAV,
        date=D("2024-03-13"),
        source=IDF16,
    ),
    E(
        False,
        "Islamic Resistance answers with rockets on the occupied Golan",
        EXP,
        SHELL,
        actor1=HEZ16,
        actor2=ISRAEL,
        location=YOAV,
        date=D("2024-03-13"),
        source=BT,
    ),
    # the wanted man is named only in the sentence before ("He"); the exchange with its toll is core (dev-n-03),
    # the raid a non-core copy; both sides told (one soldier wounded, the man killed) -> exact
    E(
        True,
        "He opened fire on the soldiers, wounding one, and was killed in the exchange",
        BAT,
        CLASH,
        actor1=DEALER16 + LAF16,
        actor2=LAF16 + DEALER16,
        location=BAALBEK,
        date=D("2024-03-10"),
        killed=R(1),
        injured=R(1),
        source=["the army", "Lebanese army"] + BT,
    ),
    E(
        False,
        "army units raided the home of a man wanted for drug trafficking on Sunday afternoon",
        BAT,
        CLASH,
        actor1=LAF16 + DEALER16,
        actor2=DEALER16 + LAF16,
        location=BAALBEK,
        date=D("2024-03-10"),
        source=BT,
    ),
    E(
        True,
        "hundreds of people gathered in front of the Hermel Serail in solidarity with Gaza and the south",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["hundreds of people", "people"],
        location=HERMEL,
        date=D("2024-03-12"),
        source=BT,
    ),
    # background (the July 2006 war, a commando abduction) and the health ministry's count -> non-core
    E(
        False,
        "enemy commandos landed at a hospital in Baalbek and kidnapped five citizens",
        VAC,
        ABDUCT,
        actor1=ISR16,
        actor2=CIV + ["five citizens", "citizens", "hospital"],
        location=BAALBEK,
        date=D("2006-07-01", "2006-08-31"),
        source=BT,
    ),
    E(
        False,
        "the enemy's aggression on Lebanon has martyred more than 50 civilians",
        EXP,
        AIR,
        actor1=ISR16,
        actor2=CIV,
        location=LEBANON16,
        date=D("2023-10-08", "2024-03-13"),
        killed=R(51, None),
        source=MOPH16,
        aggregate=True,
    ),
    # an armed group's own conditional threat -> planned (dev-n-03)
    E(
        False,
        'if the enemy keeps targeting the valley, the Resistance "will strike deeper than the enemy imagines"',
        EXP,
        SHELL,
        actor1=HEZ16,
        actor2=ISRAEL,
        source=["Resistance official", "Resistance official in the Bekaa"] + HEZB,
        status="planned",
    ),
    # no gold: "a new escalation", "a first response" (inside the claim), the sirens, the flags and pictures
    # (inside the gathering)
]
DOCS.append(
    (
        "dev-o-16",
        "Bekaa Today",
        "2024-03-13",
        "partisan outlet (Lebanese, Hezbollah-aligned)",
        "Lebanon/the Bekaa: a strike on a family's house in Brital 'shortly before midnight last night', a second "
        "raid '10 km south-west of Baalbek' 'Minutes later' 'without causing casualties', the army's 'air defence "
        "sites' (aggregate), a drone shot down 'On Monday', rockets on a Golan base and the army's 'open areas', a "
        "drug raid in Baalbek's Sharawneh ending in a gunfight, a Hermel rally, 2006 background, a count, a "
        "conditional threat",
        T16,
        E16,
    )
)
WEEKDAYS += [
    ("dev-o-16", "13 March / at dawn today", "2024-03-13", "Wednesday"),
    ("dev-o-16", "last night / Yesterday", "2024-03-12", "Tuesday"),
    ("dev-o-16", "On Monday", "2024-03-11", "Monday"),
    ("dev-o-16", "on Sunday afternoon", "2024-03-10", "Sunday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_o", check_o, strip_text=True)


if __name__ == "__main__":
    main()
