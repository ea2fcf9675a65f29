"""Writes dev_ae.gold.jsonl: fourteen development articles, nine from the Middle East - Syria's coast (the
Jableh-Ain al-Sharqiya road and villages east of Jableh, an olive grove about 6 km south-east of Baniyas, al-Haffah in
the Latakia countryside, Latakia city, Qardaha), Iraq's Anbar (Wadi Horan about 50 km north-east of Rutba, a desert
road west of Haditha, the Ain al-Asad air base, al-Qaim district), Lebanon's Bekaa (Douris on the outskirts of
Baalbek, Brital, the Hermel-al-Qasr road, the Hawsh al-Sayyed Ali crossing north of Hermel, Baalbek city), Gaza's
south (al-Mawasi west of Khan Younis, the al-Alam roundabout by the Rafah aid site, the Bani Suheila junction, the
European Hospital), Yemen's Hodeidah coast and the Red Sea (some 57 nm west of Hodeidah, about 12 nm south-west of
Mokha, north of Hodeidah, al-Jabana), Iran's Sistan-Baluchestan (Rask, the heights around Saravan, Zahedan's
Shirabad), Iraqi Kurdistan's Duhok province (Sargele in Amadiya district, the Bamarne-Kani Masi road, the road to
Batifa on Zakho's outskirts, Amadiya town; the Parakh resort near Zakho as background), Jordan's northern border with
Syria (the army's eastern military region, Ramtha; Orman near Salkhad and Salkhad across the border) and the
Israel-Lebanon border (Metula, Kiryat Shmona and Kfar Giladi, the Margaliot junction; Kfar Kila) - and five from
elsewhere - Burkina Faso's Sahel region (the Djibo-Namsiguia road about 30 km south of Djibo, a village about 15 km
west of Djibo, Djibo town and airstrip), Nigeria's Zamfara (Gidan Kaura about 20 km south of Maru, the Sububu forest,
Tsafe, Gusau), Sudan's North Kordofan (the outskirts of Bara and its northern countryside, El Obeid, near al-Khuwei in
West Kordofan), Haiti (Pont-Sondé and Saint-Marc in the Artibonite, Port-au-Prince's Bel-Air) and Mozambique's Cabo
Delgado (Chai in Macomia district, the N380 about 10 km north of Macomia town, Macomia town, Mbau and the outskirts of
Mocimboa da Praia) - published 2024-2026, written for this project in our own words, with hand-made gold events in
the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, the outlets and layouts all different: a monitor's daily log in timed entries with a revision,
a ministry statement, a live blog with the latest entry first, a magazine interview in questions and answers, a
maritime consultancy's weekly brief with key points, a state news agency, a feature with quotes, a wire story, a local
news site, an NGO flash alert in numbered items, a national daily, a partisan outlet, a wire story under a correction
notice and a newsletter's weekly round-up under district headings. The set is rich in what coders find hard - counts
in words, ranges ("between 15 and 20"), "at least", "dozens", "several", "about twenty", kin and ages; tolls told a
sentence or an entry later, raised, corrected or withdrawn; relative dates ("last night" asked on an interview's day,
"Later that night", "Two days earlier", "two days before the Wadi Horan strikes", "Three days later", "Two weeks ago",
"Two summers ago", "over the past week") and relative places ("about 50 km north-east of Rutba", "some 57 nm west of
Hodeidah", "on the outskirts of Baalbek", "east of Jableh"); attribution, claims, blame and denials; two or three
versions of one event by different sources; uncertain perpetrators; tallies; and non-events:
(1) a Syrian coast monitor's daily log: an ambush on a General Security patrol with the patrol's toll a sentence
later, the ministry's blame and a loyalist claim of "seven", detentions ("teenagers, aged 16 and 17"), two brothers
shot "about 6 km south-east of Baniyas" by "a government-affiliated faction or ... a criminal gang", a roadside bomb, a
sit-in, a revision withdrawing the previous log's killing, a tally, March 2025 as background, a conditional; (2) the
Iraqi Security Media Cell: F-16 strikes with nine bodies found a sentence later, a denied strike on truffle gatherers,
an IED ("the martyrdom of a first lieutenant and a soldier"), a drone shot down "Later that night", arrests "two days
before the Wadi Horan strikes", a year's count, 2014 and 2017, a vow; (3) a Lebanese live blog: "At least six" killed
in Douris raised in a later entry to 11, a crossing struck ("No casualties were reported"), an evacuation warning, a
car told as "two men" and as "a Hezbollah operative", a soldier wounded, an overnight count, a reader's metaphor, two
tallies; (4) an interview with a Khan Younis paramedic: a strike on tents "last night" as asked on the interview's
Wednesday, fire on an aid queue with the army's "warning shots" at "suspects" in brackets, trucks looted, a colleague
killed "Two weeks ago", a metaphor, a conditional, the ministry's count; (5) a Red Sea weekly brief: missiles near a
tanker ("reported safe"), a Houthi claim the brief could not match, a drone boat and the guards' fire that destroyed
it, US strikes told by CENTCOM and by al-Masirah (two dead, five wounded), the campaign's count, the GALAXY LEADER's
crew, a vow, a forecast; (6) an Iranian state agency: an attack on Rask's police with both sides' dead a sentence later
and the group's denied "more than ten", an IRGC operation near Saravan, a Basij member shot, a cell arrested "over the
past week", denied reports of fuel carriers shot, 2022 riots, a threat; (7) a feature from Amadiya district: shells on
a hillside dated in the sentence before ("Nobody was hurt"), a checkpoint "Three days later", a drone on a car told as
two cousins and as "two PKK terrorists", a rally, the 2022 Parakh shelling with blame and denial, a vow, a metaphor;
(8) a wire story from Amman: a border clash with the wounded of both sides in two sentences, arrests "Two days
earlier", air strikes near Salkhad in two versions (Suwayda 24's ten / SOHR's seven and "a drug trafficker"), blame
without acknowledgement, a threat, a protest, a year's count, December's clash; (9) an Israeli local site: a missile on
an empty house in Metula and Hezbollah's "building used by enemy soldiers" with the council's rejection, a barrage
with its interception and a man hurt, the army's reply "overnight", a drone ("causing no injuries"), a rally, a count,
a conditional threat, a vow; (10) an NGO flash alert on Djibo: an escorted convoy ambushed ("at least a dozen" / JNIM's
"more than 40"), a village attack ("between 15 and 20"), "unverified accounts" of six men killed after VDP detention
and the ministry's rejection, a helicopter hit ("unhurt"), the army's "neutralised dozens", a count, a forecast; (11) a
Nigerian daily: a raid ("eleven villagers") and the abduction of "more than 30", the police's seven, an Air Force
claim, vigilantes' losses, a road protest met with tear gas, a bandit leader's threat, a count, a metaphor; (12) a
pro-army Sudanese outlet: an RSF attack repelled ("more than 150 of the rebels"), the RSF's "liberated" called lies,
villages stormed ("dozens", the doctors' 47), a drone on a fuel depot and two shot down, a convoy struck, undated
arrests, the war's start, its massacres, a threat, a metaphor; (13) a corrected Haitian wire story: the withdrawn 25
and the wrong "Sunday", the raid on Pont-Sondé ("at least 15"), the police and army push ("at least five bandits"), a
threat, a drone strike in Bel-Air with two tolls by two sources, a march, the UN's count, October 2024; (14) a Cabo
Delgado round-up: beheadings "on the night of 3 March", a truck ambushed, arrests "said on Saturday", a protest, a
clash near Mbau in three tellings, insurgents preaching at a mosque, a two-month count, 2017, 2020 and 2021, an outlook.
The incidents are invented or composite, with invented names of people, outlets, ships and some villages; the gold
encodes what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 300-450 words
(the brief allowed 300-700, but goldkit's check_article, kept unchanged, caps a document at 450); check_ae below adds
the 300-word floor and the 2024-01-01..2026-12-31 window to goldkit's check_article.

Run:  python3 build_dev_ae.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those of build_dev_r.py (listed in its docstring, and through it dev_q back to dev_c), kept unchanged -
among them "No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only, "the house was
empty" -> no number field; "dozens" 24..open; "several" 3..open; "at least N" N..open; "more than N" N+1..open; "a
dozen" 12..12; one side's count in a clash -> N..open, both sides told -> exact; a toll told later or revised -> folded
into the core event, the other figures non-core copies ("at least N" then a higher figure -> N..open); "N km
<direction> of X" -> LKM; "near X", "east of X" without a distance and "on the outskirts of Y" -> the town's point;
countrysides, districts, villages we cannot pin, forests, valleys, border sectors and long roads -> names and country;
"overnight" / "on X night" -> both days; uncertain or blamed perpetrators -> every alternative plus unknown; a party's
claim -> core, occurred, sourced to it; another object or another toll by another source -> one core event per
version; the same object told two ways -> one core event, the other telling a non-core copy; "neutralised" -> no
number field; a body count -> a killed count; a state security or militia member shot by gunmen -> Battles/Armed
clash; tear gas on a protest -> Protest with intervention; headlines and key points that state an event -> non-core
copies; denials, plans, threats, conditionals, aggregates and background -> non-core.
Added or made explicit here:
- "about twenty wounded" -> 20..20 (as "a dozen"); "at least a dozen" -> 12..open; "between 15 and 20" -> 15..20;
  "dozens" then another source's exact figure (47) -> 24..open on the core, the figure a non-core copy.
- "The vessel and crew were reported safe", "The crew and passengers were unhurt", "No losses were recorded" ->
  killed and injured 0..0; "No injuries." -> injured 0..0 only.
- Both sides' dead told but only one side's wounded ("Two police officers were martyred and three were wounded, while
  two of the attackers were killed") -> killed 4 exact, injured 3..open; "killed five ... and wounded several others"
  with "One soldier was lightly wounded" -> killed 5..open, injured 3 + 1 = 4..open; "one ... soldier dead and several
  smugglers killed" -> 4..open; "killed 11 insurgents and suffered no casualties" -> killed 11 exact.
- "last night" and "Around two in the morning" in an interview dated by its own text (Wednesday 25 June) -> the night
  of 24 to 25 June, resolved against the interview, not the publication; "Two weeks ago" -> the Monday-Sunday week
  holding the day 14 days earlier; "Two summers ago" -> June-August two years before; "over the past week" in a
  Monday report -> the eight days to Monday; "Later that night" after "On Friday evening" -> Friday and Saturday;
  "Hours after Monday's clash" -> Monday; "two days before the Wadi Horan strikes" -> two days before their date;
  "Three days later" than 2 July -> 5 July; detained "on Sunday" and found "the next morning" -> both days; "said on
  Saturday they had arrested" after a Friday ambush -> Friday and Saturday; a claim dated only by the day it was made
  -> that day and the day before; an event with no date in the text (arrests of "collaborators") -> no date field.
- Points at sea given in nautical miles from a port -> LKM with 1 nm = 1.852 km and no country; "in the Red Sea" ->
  names only.
- A monitor's revision withdrawing its own earlier entry (a death now put down to a traffic accident) -> the earlier
  telling non-core, status denied, the monitor and the family as its deniers; a correction notice's withdrawn figure
  (25) and the agency's figure (15) -> non-core copies with their own numbers, the corrected telling core; a wrong date
  named only as wrong -> no gold.
- A rival's claim that the outlet calls lies ("liberated" Bara), its only telling -> non-core denied, the outlet as
  denier; a claim the author merely doubts ("could not be matched", "unverified") -> still core, occurred, sourced to
  the claimant, with the key point's doubting copy non-core possible.
- "unverified accounts" of a specific killing that is an alert item's own subject -> core, status possible.
- An analyst's or NGO's forecast of attacks (no actor's intent: "highly likely in the coming week", "should expect
  further attacks") -> non-core possible; an actor's own threat or vow, conditional or not -> planned; a conditional
  with no actor's intent -> hypothetical.
- A drone told only as the object shot down ("shot down a drone of unknown origin that was approaching the base", "shot
  down two other drones") -> core Disrupted weapons use, its approach inside the same clause a non-core copy; an attack
  told in its own sentence and then stopped (a drone boat approaching a ship, then destroyed by the guards' fire) -> a
  core attack plus a core Disrupted weapons use, as dev_r's launch and interception; an explosive drone boat ->
  Remote explosive/landmine/IED.
- One clash told by the author without numbers and by each party with its own -> three core events.
- One raid told as killings in one sentence and abductions in the next -> two core events (Attack, Abduction).
- Insurgents preaching at a mosque and leaving "without incident" -> non-core Strategic developments/Other (not in
  the guide's table, so neither rewarded nor punished); a new checkpoint -> Headquarters or base established; small-arms
  fire on a humanitarian helicopter by no one named -> Violence against civilians/Attack, unknown.
- In a Q&A the answers carry no attribution cue -> the speaker's name plus the outlet and "author" as sources.
- A date carried from the preceding clause ("The afternoon he means was 2 July, when ...") -> kept inside the evidence.
- Aggregates over a period ("since 1 November", "since October 2023", "last year" -> that calendar year, "in January and
  February") -> their date ranges; generic statements of a campaign ("Turkey says its forces are clearing the
  mountains") -> non-core aggregates.
- No gold: displacement, blockades "since 2022", seizures of drugs and rifles, the missing ("A third man is missing",
  "others were still missing"), deployments to rescue, discussed withdrawals, metaphors ("a furnace that eats a village
  every year", "like goats waiting for the butcher", "the sky falls on us every night") and slogans."""

import math

from goldkit import (
    ABDUCT,
    AIR,
    ARRESTS,
    ATTACK,
    BASE,
    BAT,
    CIV,
    CLASH,
    DISRUPT,
    EXP,
    GOVREGAIN,
    IED,
    INTERVENTION,
    LOOT,
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


# goldkit's check_article (layout, at most 450 words, fields, values, ranges) plus this set's 300-word floor and
# its 2024-01-01..2026-12-31 publication window.
check_ae = windowed_check("2024-01-01", "2026-12-31", min_words=300)

NM = 1.852  # kilometres in a nautical mile


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
# villages, districts, valleys, forests, countrysides, border sectors and sites we cannot pin get names and a
# country only, unless the text places them by a distance and a direction from a pinned town (then LKM).
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
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "Kurdistan Workers’ Party"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-ae-01  monitor's daily incident log — Syria's coast: the Jableh-Ain al-Sharqiya road and villages east of
# Jableh, an olive grove about 6 km south-east of Baniyas, al-Haffah in the Latakia countryside, Latakia city,
# Qardaha (Thu 20 Nov 2025)
# =============================================================================
T01 = """Coastal log: patrol ambushed near Jableh, two brothers shot dead outside Baniyas, sit-in in Latakia

Syrian Coast Monitor | Daily incident log No. 212 | Covering Wednesday 19 November 2025 | Issued Thursday 20 November 2025

Entries are compiled from our field network in Latakia and Tartus governorates and from public statements. Figures are preliminary and may be revised in the next log. All times are local.

06:15 | JABLEH - Gunmen ambushed a General Security patrol on the road between Jableh and the village of Ain al-Sharqiya, east of the city, with machine-gun fire and a rocket-propelled grenade. Two members of the patrol were killed and three wounded, a security source told our network. The Interior Ministry blamed the attack on "remnants of the former regime". A Telegram channel linked to the Coastal Shield Brigade later said its fighters had killed "seven of Jolani's gangsters" in the ambush.

08:40 | JABLEH - General Security forces sealed off villages east of Jableh and detained 14 men during house-to-house searches, residents said. Relatives of two of the detainees said they were teenagers, aged 16 and 17.

11:00 | BANIYAS - Two brothers, aged 54 and 49, were shot dead in their olive grove about 6 km south-east of Baniyas by gunmen in military fatigues who arrived in a pickup truck, a relative told us. Residents could not say whether the gunmen belonged to a government-affiliated faction or to a criminal gang posing as one. The Interior Ministry said it had opened an investigation.

13:30 | AL-HAFFAH - A roadside bomb went off near al-Haffah, in the Latakia countryside, as an army bulldozer clearing rubble passed, lightly wounding its driver. No group claimed it.

15:10 | LATAKIA CITY - Several hundred people, most of them Alawites, held a sit-in outside the governorate building to demand the release of detainees and news of the missing. The crowd dispersed peacefully at dusk.

REVISION to log No. 211 - The man found dead on the outskirts of Qardaha on Tuesday, whom we listed as killed by unknown gunmen, died in a traffic accident, according to his family and the forensic report. We have removed him from our count.

TALLY - Since 1 November we have documented 37 killings in the coastal governorates, 22 of them of civilians.

CONTEXT - The coast has been tense since March, when more than 1,400 people, most of them Alawite civilians, were killed over several days after an insurgent uprising against the new authorities. Our field team warns that if mass detentions continue without due process, the fragile calm could collapse.
"""

SYGOV01 = ["Syrian government", "Government of Syria", "General Security", "General Security forces",
           "General Security patrol", "Public Security", "Interior Ministry", "Syrian Interior Ministry", "Syrian army",
           "army", "Military Forces of Syria", "Police Forces of Syria", "new authorities", "government forces"]
LOYAL01 = ["Coastal Shield Brigade", "remnants of the former regime", "former regime", "Assad loyalists",
           "loyalist insurgents", "insurgents", "insurgent uprising"]
CSB = ["Coastal Shield Brigade", "its fighters", "Telegram channel linked to the Coastal Shield Brigade"]
# the village lies a few km east of Jableh -> Jableh's point; "villages east of Jableh" -> Jableh's point
JABLEH = L(["Jableh", "Jablah", "road between Jableh and the village of Ain al-Sharqiya", "Ain al-Sharqiya",
            "east of the city"], 35.36, 35.93, "SY")
JABLEH_E = L(["villages east of Jableh", "Jableh", "Jablah"], 35.36, 35.93, "SY")
# "about 6 km south-east of Baniyas" -> LKM from Baniyas
BANIYAS_SE = LKM(["south-east of Baniyas", "Baniyas", "Banias", "olive grove"], 35.18, 35.95, 6, 135, "SY")
HAFFAH = L(["al-Haffah", "Haffah", "al-Hiffah", "Latakia countryside"], 35.60, 36.03, "SY")
LATAKIA = L(["Latakia", "Latakia city", "Lattakia", "governorate building"], 35.52, 35.79, "SY")
QARDAHA = L(["Qardaha", "outskirts of Qardaha"], 35.45, 36.06, "SY")
COAST = L(["coastal governorates", "Syrian coast", "the coast", "Latakia", "Tartus"], cc="SY")
SCM = ["Syrian Coast Monitor", "field network", "our network", "author"]
E01 = [
    # an ambush on an armed patrol -> Battles/Armed clash; only the patrol's dead and wounded told, a sentence later
    # (one side) -> killed 2..open, injured 3..open, the toll sentence a non-core copy; no one established -> the
    # blamed and the claimant plus unknown; the ministry's blame a non-core copy
    E(
        True,
        "Gunmen ambushed a General Security patrol on the road between Jableh and the village of Ain al-Sharqiya, east of the city, with machine-gun fire and a rocket-propelled grenade",
        BAT,
        CLASH,
        actor1=UNK + ["Gunmen", "gunmen"] + LOYAL01,
        actor2=SYGOV01 + ["patrol"],
        location=JABLEH,
        date=D("2025-11-19"),
        killed=R(2, None),
        injured=R(3, None),
        source=["security source"] + SCM,
    ),
    E(
        False,
        "Two members of the patrol were killed and three wounded",
        BAT,
        CLASH,
        actor1=UNK + LOYAL01,
        actor2=SYGOV01 + ["patrol"],
        location=JABLEH,
        date=D("2025-11-19"),
        killed=R(2),
        injured=R(3),
        source=["security source"],
    ),
    E(
        False,
        'The Interior Ministry blamed the attack on "remnants of the former regime"',
        BAT,
        CLASH,
        actor1=["remnants of the former regime", "former regime", "Assad loyalists"],
        actor2=SYGOV01,
        location=JABLEH,
        date=D("2025-11-19"),
        source=["Interior Ministry", "Syrian Interior Ministry"],
    ),
    # the claimant's own telling with its own number and its loaded label for the target -> a core event of its own;
    # "seven" on one side -> 7..open
    E(
        True,
        'its fighters had killed "seven of Jolani\'s gangsters" in the ambush',
        BAT,
        CLASH,
        actor1=CSB,
        actor2=SYGOV01 + ["Jolani's gangsters", "gangsters"],
        location=JABLEH,
        date=D("2025-11-19"),
        killed=R(7, None),
        source=CSB,
    ),
    # house-to-house detentions -> Arrests; "villages east of Jableh" -> Jableh's point
    E(
        True,
        "General Security forces sealed off villages east of Jableh and detained 14 men during house-to-house searches",
        STR,
        ARRESTS,
        actor1=SYGOV01,
        actor2=CIV + ["14 men", "men", "detainees", "teenagers"],
        location=JABLEH_E,
        date=D("2025-11-19"),
        source=["residents"] + SCM,
    ),
    # kin and ages -> killed 2; "either a government-affiliated faction or a criminal gang posing as one" -> both plus
    # unknown; "about 6 km south-east of Baniyas" -> LKM
    E(
        True,
        "Two brothers, aged 54 and 49, were shot dead in their olive grove about 6 km south-east of Baniyas by gunmen in military fatigues who arrived in a pickup truck",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen in military fatigues", "gunmen", "government-affiliated faction", "criminal gang"]
        + SYGOV01,
        actor2=CIV + ["two brothers", "brothers", "farmers"],
        location=BANIYAS_SE,
        date=D("2025-11-19"),
        killed=R(2),
        source=["relative", "a relative"] + SCM,
    ),
    # "No group claimed it" -> unknown only
    E(
        True,
        "A roadside bomb went off near al-Haffah, in the Latakia countryside, as an army bulldozer clearing rubble passed, lightly wounding its driver",
        EXP,
        IED,
        actor1=UNK,
        actor2=SYGOV01 + ["army bulldozer", "bulldozer", "driver"],
        location=HAFFAH,
        date=D("2025-11-19"),
        injured=R(1),
        source=SCM,
    ),
    # "dispersed peacefully" -> Peaceful protest; a protest has no actor2
    E(
        True,
        "Several hundred people, most of them Alawites, held a sit-in outside the governorate building to demand the release of detainees and news of the missing",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Several hundred people", "people", "Alawites"],
        location=LATAKIA,
        date=D("2025-11-19"),
        source=SCM,
    ),
    # the monitor withdraws its own earlier entry (a traffic accident, not a killing) -> the earlier telling a
    # non-core denied event, the monitor and the family as its deniers
    E(
        False,
        "The man found dead on the outskirts of Qardaha on Tuesday, whom we listed as killed by unknown gunmen",
        VAC,
        ATTACK,
        actor1=UNK + ["unknown gunmen"],
        actor2=CIV + ["man"],
        location=QARDAHA,
        date=D("2025-11-18"),
        killed=R(1),
        source=SCM + ["family", "forensic report"],
        status="denied",
    ),
    # the month's count -> aggregate
    E(
        False,
        "Since 1 November we have documented 37 killings in the coastal governorates, 22 of them of civilians",
        VAC,
        ATTACK,
        actor1=UNK + SYGOV01 + LOYAL01,
        actor2=CIV + SYGOV01,
        location=COAST,
        date=D("2025-11-01", "2025-11-20"),
        killed=R(37),
        source=SCM,
        aggregate=True,
    ),
    # background: March's killings over several days (an aggregate; no perpetrator named -> unknown plus the
    # government side the context implies) and the uprising before them
    E(
        False,
        "more than 1,400 people, most of them Alawite civilians, were killed over several days",
        VAC,
        ATTACK,
        actor1=UNK + SYGOV01 + ["government-affiliated factions"],
        actor2=CIV + ["Alawite civilians", "Alawites"],
        location=COAST,
        date=D("2025-03-01", "2025-03-31"),
        killed=R(1401, None),
        source=SCM,
        aggregate=True,
    ),
    E(
        False,
        "an insurgent uprising against the new authorities",
        BAT,
        CLASH,
        actor1=LOYAL01,
        actor2=SYGOV01,
        location=COAST,
        date=D("2025-03-01", "2025-03-31"),
        source=SCM,
    ),
    # the team's conditional -> hypothetical
    E(
        False,
        "if mass detentions continue without due process, the fragile calm could collapse",
        BAT,
        CLASH,
        actor1=LOYAL01 + SYGOV01,
        actor2=SYGOV01 + LOYAL01,
        location=COAST,
        source=["field team"] + SCM,
        status="hypothetical",
    ),
    # no gold: the method note, the teenagers' ages (inside the detentions), "Residents could not say ...", the
    # ministry's investigation, "No group claimed it", "We have removed him from our count"
]
# the headline's copies
E01 += [
    E(False, "patrol ambushed near Jableh", BAT, CLASH, actor1=UNK + LOYAL01, actor2=SYGOV01 + ["patrol"],
      location=JABLEH, date=D("2025-11-19"), source=SCM),
    E(False, "two brothers shot dead outside Baniyas", VAC, ATTACK, actor1=UNK + ["gunmen"], actor2=CIV + ["brothers"],
      location=BANIYAS_SE, date=D("2025-11-19"), killed=R(2), source=SCM),
    E(False, "sit-in in Latakia", PRO, PEACEFUL, actor1=PROTESTERS, location=LATAKIA, date=D("2025-11-19"),
      source=SCM),
]
DOCS.append(
    (
        "dev-ae-01",
        "Syrian Coast Monitor (daily incident log)",
        "2025-11-20",
        "monitor's daily incident log",
        "Syria's coast, one day in timed entries: an ambush on a General Security patrol near Jableh with the toll a "
        "sentence later (one side), the ministry's blame and a loyalist claim of 'seven', detentions in villages 'east "
        "of Jableh' ('teenagers, aged 16 and 17'), two brothers shot 'about 6 km south-east of Baniyas' by gunmen who "
        "were either a government-affiliated faction or a criminal gang, a roadside bomb near al-Haffah, a sit-in in "
        "Latakia, a revision withdrawing an earlier killing, a month's tally, March as background, a conditional",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-ae-01", "Issued Thursday 20 November 2025", "2025-11-20", "Thursday"),
    ("dev-ae-01", "Covering Wednesday 19 November 2025", "2025-11-19", "Wednesday"),
    ("dev-ae-01", "on Tuesday (the withdrawn entry)", "2025-11-18", "Tuesday"),
]

# =============================================================================
# dev-ae-02  ministry statement — Iraq's Anbar: Wadi Horan about 50 km north-east of Rutba, a desert road west of
# Haditha, the Ain al-Asad air base, al-Qaim district (Sun 13 Oct 2024)
# =============================================================================
T02 = """Security Media Cell: nine Daesh terrorists killed in Wadi Horan air strikes, two heroes martyred west of Haditha

Republic of Iraq | Joint Operations Command | Security Media Cell | Statement | Baghdad, Sunday 13 October 2024

In implementation of the directives of the Commander-in-Chief of the Armed Forces, and acting on precise information from the Intelligence and Counter-Terrorism Directorate, the falcons of the Iraqi Air Force carried out two air strikes with F-16 aircraft at dawn on Saturday on a hideout of Daesh terrorist gangs in Wadi Horan, about 50 km north-east of Rutba, in the western desert of Anbar province.

The strikes destroyed the hideout completely. A search force of the Anbar Operations Command reached the site in the afternoon and found the bodies of nine terrorists, among them two of the gangs' so-called leaders, together with explosive belts, rifles and communication devices.

The Security Media Cell denies the claims circulated by suspicious pages on social media that the strikes hit a camp of truffle gatherers. The site was an isolated cave complex with no civilian presence.

On Friday evening, an explosive device planted by terrorist remnants struck a vehicle of the 7th Army Division on a desert road west of Haditha, resulting in the martyrdom of a first lieutenant and a soldier and the wounding of two other soldiers, who were taken to hospital in a stable condition.

Later that night, the air defences of the Ain al-Asad air base shot down a drone of unknown origin that was approaching the base from the west. No losses were recorded.

In al-Qaim district, a force of the Anbar Operations Command, in cooperation with the Border Guard Command, arrested four wanted men under Article 4 of the anti-terrorism law two days before the Wadi Horan strikes, among them a man accused of smuggling fighters across the border from Syria.

Since the start of this year, our forces have killed 68 terrorists in Anbar and destroyed 112 hideouts and caves.

Anbar, whose cities the Daesh gangs occupied in 2014 and whose last town, al-Qaim, was liberated in November 2017, will not return to the days of terror. Our heroic forces will continue to pursue the remnants of these gangs in the valleys and deserts until they are eradicated.

Glory and immortality to our righteous martyrs.
"""

IQSEC02 = ["Iraqi Air Force", "falcons of the Iraqi Air Force", "F-16 aircraft", "Military Forces of Iraq",
           "Iraqi army", "Iraqi forces", "Iraqi security forces", "Joint Operations Command", "Anbar Operations Command",
           "search force", "7th Army Division", "Border Guard Command", "border guards", "air defences", "our forces",
           "soldiers", "first lieutenant", "heroes"]
ISIS02 = ISIS + ["Daesh terrorist gangs", "terrorists", "terrorist remnants", "gangs", "Daesh gangs"]
# "about 50 km north-east of Rutba" -> LKM from Rutba; the valley itself is long -> the stated point
WADI_HORAN = LKM(["Wadi Horan", "Wadi Hauran", "north-east of Rutba", "Rutba", "western desert", "Anbar province"],
                 33.04, 40.28, 50, 45, "IQ")
# "a desert road west of Haditha" (no distance) -> Haditha's point
HADITHA = L(["Haditha", "west of Haditha", "desert road west of Haditha"], 34.14, 42.38, "IQ")
AIN_ASAD = L(["Ain al-Asad", "Ain al-Asad air base", "Al Asad Airbase", "al-Asad air base"], 33.80, 42.44, "IQ")
QAIM = L(["al-Qaim", "al-Qaim district", "Qaim", "Al Qa'im"], cc="IQ")
ANBAR = L(["Anbar", "Anbar province", "al-Anbar"], cc="IQ")
SMC = ["Security Media Cell", "Iraqi Security Media Cell", "Joint Operations Command", "author"]
E02 = [
    # two strikes on one hideout at one time -> one event; the nine bodies found a sentence later (a body count is a
    # killed count) -> folded in, the find a non-core copy; "at dawn on Saturday" in a Sunday statement -> 12 October
    E(
        True,
        "the falcons of the Iraqi Air Force carried out two air strikes with F-16 aircraft at dawn on Saturday on a hideout of Daesh terrorist gangs in Wadi Horan, about 50 km north-east of Rutba",
        EXP,
        AIR,
        actor1=IQSEC02,
        actor2=ISIS02 + ["hideout"],
        location=WADI_HORAN,
        date=D("2024-10-12"),
        killed=R(9),
        source=SMC,
    ),
    E(
        False,
        "found the bodies of nine terrorists, among them two of the gangs' so-called leaders",
        EXP,
        AIR,
        actor1=IQSEC02,
        actor2=ISIS02,
        location=WADI_HORAN,
        date=D("2024-10-12"),
        killed=R(9),
        source=SMC,
    ),
    # the denied claims are the only telling of a strike on civilians -> non-core denied, the denier as source
    E(
        False,
        "the strikes hit a camp of truffle gatherers",
        EXP,
        AIR,
        actor1=IQSEC02,
        actor2=CIV + ["camp of truffle gatherers", "truffle gatherers"],
        location=WADI_HORAN,
        date=D("2024-10-12"),
        source=SMC,
        status="denied",
    ),
    # "planted by terrorist remnants" (the statement's label for ISIS, no claim) -> ISIS plus unknown; "the martyrdom of
    # a first lieutenant and a soldier and the wounding of two other soldiers" -> 2 and 2
    E(
        True,
        "an explosive device planted by terrorist remnants struck a vehicle of the 7th Army Division on a desert road west of Haditha, resulting in the martyrdom of a first lieutenant and a soldier and the wounding of two other soldiers",
        EXP,
        IED,
        actor1=ISIS02 + UNK,
        actor2=IQSEC02 + ["vehicle"],
        location=HADITHA,
        date=D("2024-10-11"),
        killed=R(2),
        injured=R(2),
        source=SMC,
    ),
    # a drone told only as the object shot down -> Disrupted weapons use; "Later that night" after "On Friday
    # evening" -> Friday night, both days; "No losses were recorded" -> killed and injured 0..0; the approach inside
    # the same clause a non-core copy (so coding the attempt as a drone attack is not punished)
    E(
        True,
        "the air defences of the Ain al-Asad air base shot down a drone",
        STR,
        DISRUPT,
        actor1=IQSEC02 + ["air defences of the Ain al-Asad air base"],
        actor2=UNK + ["drone", "drone of unknown origin"],
        location=AIN_ASAD,
        date=D("2024-10-11", "2024-10-12"),
        killed=R(0),
        injured=R(0),
        source=SMC,
    ),
    E(
        False,
        "a drone of unknown origin that was approaching the base from the west",
        EXP,
        AIR,
        actor1=UNK,
        actor2=IQSEC02 + ["Ain al-Asad air base", "base"],
        location=AIN_ASAD,
        date=D("2024-10-11", "2024-10-12"),
        source=SMC,
    ),
    # "two days before the Wadi Horan strikes" (Saturday) -> Thursday; a district -> names and country
    E(
        True,
        "a force of the Anbar Operations Command, in cooperation with the Border Guard Command, arrested four wanted men under Article 4 of the anti-terrorism law two days before the Wadi Horan strikes",
        STR,
        ARRESTS,
        actor1=IQSEC02,
        actor2=ISIS02 + ["four wanted men", "wanted men", "man accused of smuggling fighters"],
        location=QAIM,
        date=D("2024-10-10"),
        source=SMC,
    ),
    # the year's count -> aggregate
    E(
        False,
        "our forces have killed 68 terrorists in Anbar and destroyed 112 hideouts and caves",
        BAT,
        CLASH,
        actor1=IQSEC02,
        actor2=ISIS02,
        location=ANBAR,
        date=D("2024-01-01", "2024-10-13"),
        killed=R(68),
        source=SMC,
        aggregate=True,
    ),
    # background: 2014 and November 2017
    E(
        False,
        "whose cities the Daesh gangs occupied in 2014",
        BAT,
        NSAOVER,
        actor1=ISIS02,
        actor2=IQSEC02,
        location=ANBAR,
        date=D("2014-01-01", "2014-12-31"),
        source=SMC,
    ),
    E(
        False,
        "whose last town, al-Qaim, was liberated in November 2017",
        BAT,
        GOVREGAIN,
        actor1=IQSEC02,
        actor2=ISIS02,
        location=L(["al-Qaim", "Qaim", "Al Qa'im"], 34.37, 41.09, "IQ"),
        date=D("2017-11-01", "2017-11-30"),
        source=SMC,
    ),
    # the vow -> planned
    E(
        False,
        "Our heroic forces will continue to pursue the remnants of these gangs in the valleys and deserts until they are eradicated",
        BAT,
        CLASH,
        actor1=IQSEC02,
        actor2=ISIS02,
        location=ANBAR,
        source=SMC,
        status="planned",
    ),
    # no gold: the directives and the intelligence (no act), "The strikes destroyed the hideout completely" and the
    # belts and rifles (inside the strike), "The site was an isolated cave complex", the wounded's condition, "will
    # not return to the days of terror", the closing slogan
]
# the headline's copies
E02 += [
    E(False, "nine Daesh terrorists killed in Wadi Horan air strikes", EXP, AIR, actor1=IQSEC02, actor2=ISIS02,
      location=WADI_HORAN, date=D("2024-10-12"), killed=R(9), source=SMC),
    E(False, "two heroes martyred west of Haditha", EXP, IED, actor1=ISIS02 + UNK, actor2=IQSEC02, location=HADITHA,
      date=D("2024-10-11"), killed=R(2), source=SMC),
]
DOCS.append(
    (
        "dev-ae-02",
        "Iraqi Security Media Cell (statement)",
        "2024-10-13",
        "ministry statement (Joint Operations Command's media cell)",
        "Iraq/Anbar: F-16 strikes 'at dawn on Saturday' on a hideout 'about 50 km north-east of Rutba' with nine "
        "bodies found a sentence later, a denied strike on truffle gatherers, an IED 'west of Haditha' ('the "
        "martyrdom of a first lieutenant and a soldier'), a drone shot down over Ain al-Asad 'Later that night' ('No "
        "losses'), arrests in al-Qaim 'two days before the Wadi Horan strikes', a year's count, 2014 and 2017 as "
        "background, a vow; the statement's labels ('falcons', 'heroes', 'terrorist remnants')",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-ae-02", "Sunday 13 October 2024", "2024-10-13", "Sunday"),
    ("dev-ae-02", "at dawn on Saturday / Later that night (end)", "2024-10-12", "Saturday"),
    ("dev-ae-02", "On Friday evening / Later that night (start)", "2024-10-11", "Friday"),
    ("dev-ae-02", "two days before the Wadi Horan strikes", "2024-10-10", "Thursday"),
]

# =============================================================================
# dev-ae-03  news site's live blog — Lebanon's Bekaa: Douris on the outskirts of Baalbek, Brital south of Baalbek,
# the Hermel-al-Qasr road, the Hawsh al-Sayyed Ali crossing north of Hermel, Baalbek city (Thu 7 Nov 2024)
# =============================================================================
T03 = """LIVE: Israeli strikes pound Baalbek and Hermel; border crossing north of Hermel knocked out

The Cedar Post | Live updates | Thursday 7 November 2024 | Latest first, all times Beirut

19:20 - We are pausing this live page for tonight. Coverage resumes tomorrow morning.

18:05 - UPDATE: The health ministry has raised the toll from this morning's strike on Douris to 11 dead, among them four children, and 17 wounded. Civil defence crews have ended their search of the rubble.

16:50 - The Israeli army says its aircraft struck "a Hezbollah weapons smuggling route" at the Hawsh al-Sayyed Ali crossing, north of Hermel, "used to transfer arms from Syria". Lebanese General Security says the crossing is now out of service. No casualties were reported.

15:25 - The Israeli army's Arabic-language spokesman has posted a map marking most of Baalbek city and told residents to leave "immediately", warning that the army will strike Hezbollah facilities there. Traffic is jammed on the road towards Deir al-Ahmar.

14:10 - A reader in Hermel sent us this message: "Every night the sky here turns orange. We sleep in our shoes."

12:30 - A strike hit a car on the road between Hermel and al-Qasr shortly after noon, killing two men, the head of the local municipality told us. The Israeli army later said it had "eliminated a Hezbollah operative responsible for weapons transfers" in the area.

11:15 - The Lebanese army says one of its soldiers was wounded when an Israeli strike hit a house next to its checkpoint in Brital, south of Baalbek.

09:30 - At least six people were killed when an Israeli strike flattened a three-storey building in Douris, on the outskirts of Baalbek, the state-run National News Agency (NNA) reports. Rescuers are still searching the rubble.

08:15 - Good morning. Overnight, Israeli warplanes carried out at least 14 strikes across the Baalbek-Hermel governorate, according to NNA. We will bring you details as they come in.

CONTEXT - More than 3,000 people have been killed in Lebanon since October 2023, according to the health ministry, most of them since Israel widened its campaign in late September. Hezbollah has fired thousands of rockets and drones at Israel over the same period.
"""

ISR03 = ISRAEL + ["Israeli strike", "Israeli warplanes", "its aircraft", "Israeli army's Arabic-language spokesman"]
HEZ03 = HEZB + ["Hezbollah operative", "operative", "Hezbollah facilities", "weapons smuggling route"]
LAF = ["Lebanese army", "Lebanese Armed Forces", "Military Forces of Lebanon", "soldiers", "checkpoint"]
# "on the outskirts of Baalbek" -> Baalbek's point; "south of Baalbek" (no distance) -> Baalbek's point
DOURIS = L(["Douris", "outskirts of Baalbek", "Baalbek"], 34.00, 36.21, "LB")
BRITAL = L(["Brital", "south of Baalbek", "Baalbek"], 34.00, 36.21, "LB")
BAALBEK = L(["Baalbek", "Baalbek city"], 34.00, 36.21, "LB")
# "north of Hermel" (no distance) -> Hermel's point
HERMEL_X = L(["Hawsh al-Sayyed Ali crossing", "Hawsh al-Sayyed Ali", "north of Hermel", "Hermel"], 34.39, 36.39, "LB")
# the Hermel-al-Qasr road runs some 12 km -> names and country
HERMEL_RD = L(["road between Hermel and al-Qasr", "Hermel", "al-Qasr", "Qasr"], cc="LB")
BH = L(["Baalbek-Hermel governorate", "Baalbek-Hermel", "Bekaa", "Baalbek", "Hermel"], cc="LB")
LEB03 = L(["Lebanon"], cc="LB")
CP = ["The Cedar Post", "Cedar Post", "author"]
NNA = ["National News Agency", "NNA", "state-run National News Agency"]
MOH03 = ["health ministry", "Lebanese health ministry", "Ministry of Public Health"]
ARMY03 = ["Israeli army", "Israeli military", "IDF"]
E03 = [
    # the first toll "At least six" raised in a later entry to 11 dead and 17 wounded -> killed 6..open (the rule for
    # "at least N" then a higher figure), injured 17 from the update; the update a non-core copy; "on the outskirts of
    # Baalbek" -> Baalbek's point
    E(
        True,
        "At least six people were killed when an Israeli strike flattened a three-storey building in Douris, on the outskirts of Baalbek",
        EXP,
        AIR,
        actor1=ISR03,
        actor2=CIV + ["three-storey building", "building", "people"],
        location=DOURIS,
        date=D("2024-11-07"),
        killed=R(6, None),
        injured=R(17),
        source=NNA + MOH03 + CP,
    ),
    E(
        False,
        "The health ministry has raised the toll from this morning's strike on Douris to 11 dead, among them four children, and 17 wounded",
        EXP,
        AIR,
        actor1=ISR03,
        actor2=CIV + ["four children"],
        location=DOURIS,
        date=D("2024-11-07"),
        killed=R(11),
        injured=R(17),
        source=MOH03,
    ),
    # a crossing struck; "No casualties were reported" -> killed and injured 0..0
    E(
        True,
        'its aircraft struck "a Hezbollah weapons smuggling route" at the Hawsh al-Sayyed Ali crossing, north of Hermel',
        EXP,
        AIR,
        actor1=ISR03,
        actor2=HEZ03 + ["crossing", "Hawsh al-Sayyed Ali crossing"],
        location=HERMEL_X,
        date=D("2024-11-07"),
        killed=R(0),
        injured=R(0),
        source=ARMY03 + ["General Security", "Lebanese General Security"] + CP,
    ),
    # an evacuation warning with a threat -> planned
    E(
        False,
        "warning that the army will strike Hezbollah facilities there",
        EXP,
        AIR,
        actor1=ISR03,
        actor2=HEZ03,
        location=BAALBEK,
        source=ARMY03 + ["Israeli army's Arabic-language spokesman"],
        status="planned",
    ),
    # the dead told two ways (two men / "a Hezbollah operative") -> one core event with both in actor2, the army's
    # telling a non-core copy; the strike is agent-less in its sentence but the army claims it -> Israel
    E(
        True,
        "A strike hit a car on the road between Hermel and al-Qasr shortly after noon, killing two men",
        EXP,
        AIR,
        actor1=ISR03,
        actor2=CIV + HEZ03 + ["car", "two men"],
        location=HERMEL_RD,
        date=D("2024-11-07"),
        killed=R(2),
        source=["head of the local municipality", "municipality"] + CP,
    ),
    E(
        False,
        'it had "eliminated a Hezbollah operative responsible for weapons transfers" in the area',
        EXP,
        AIR,
        actor1=ISR03,
        actor2=HEZ03,
        location=HERMEL_RD,
        date=D("2024-11-07"),
        source=ARMY03,
    ),
    # a soldier wounded by a strike on the house beside his checkpoint -> both the army and the house in actor2
    E(
        True,
        "one of its soldiers was wounded when an Israeli strike hit a house next to its checkpoint in Brital, south of Baalbek",
        EXP,
        AIR,
        actor1=ISR03,
        actor2=LAF + CIV + ["house"],
        location=BRITAL,
        date=D("2024-11-07"),
        injured=R(1),
        source=["Lebanese army"] + CP,
    ),
    # "Overnight" in a Thursday blog -> Wednesday and Thursday; 14 strikes over a governorate -> aggregate
    E(
        False,
        "Overnight, Israeli warplanes carried out at least 14 strikes across the Baalbek-Hermel governorate",
        EXP,
        AIR,
        actor1=ISR03,
        actor2=HEZ03 + CIV,
        location=BH,
        date=D("2024-11-06", "2024-11-07"),
        source=NNA,
        aggregate=True,
    ),
    # the context's tallies -> aggregates
    E(
        False,
        "More than 3,000 people have been killed in Lebanon since October 2023",
        EXP,
        AIR,
        actor1=ISR03,
        actor2=CIV + HEZ03,
        location=LEB03,
        date=D("2023-10-01", "2024-11-07"),
        killed=R(3001, None),
        source=MOH03,
        aggregate=True,
    ),
    E(
        False,
        "Hezbollah has fired thousands of rockets and drones at Israel over the same period",
        EXP,
        SHELL,
        actor1=HEZB,
        actor2=ISRAEL,
        location=L(["Israel", "northern Israel"], cc="IL"),
        date=D("2023-10-01", "2024-11-07"),
        source=CP,
        aggregate=True,
    ),
    # no gold: the pause notice, the civil defence search (inside the toll), "the crossing is now out of service"
    # (inside the strike), the map and the traffic jam, the reader's message (a metaphor), "We will bring you
    # details", "since Israel widened its campaign in late September" (a reference)
]
# the headline's copies: the day's strikes (aggregate) and the crossing
E03 += [
    E(False, "Israeli strikes pound Baalbek and Hermel", EXP, AIR, actor1=ISR03, actor2=HEZ03 + CIV, location=BH,
      date=D("2024-11-06", "2024-11-07"), source=CP, aggregate=True),
    E(False, "border crossing north of Hermel knocked out", EXP, AIR, actor1=ISR03, actor2=HEZ03 + ["crossing"],
      location=HERMEL_X, date=D("2024-11-07"), source=CP),
]
DOCS.append(
    (
        "dev-ae-03",
        "The Cedar Post (live blog)",
        "2024-11-07",
        "news site's live blog, latest entry first",
        "Lebanon/Bekaa, a day in reverse order: a strike 'on the outskirts of Baalbek' with 'At least six' dead raised "
        "in a later entry to 11 and 17 wounded, a crossing 'north of Hermel' struck ('No casualties were "
        "reported'), an evacuation warning (a threat), a car on the Hermel-al-Qasr road told as 'two men' and as 'a "
        "Hezbollah operative', a soldier wounded in Brital, an overnight count, a reader's metaphor, two tallies",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-ae-03", "Thursday 7 November 2024", "2024-11-07", "Thursday"),
    ("dev-ae-03", "Overnight (start)", "2024-11-06", "Wednesday"),
]

# =============================================================================
# dev-ae-04  magazine interview (Q&A) — Gaza's south: al-Mawasi west of Khan Younis, the al-Alam roundabout by the
# Rafah aid site, the Bani Suheila junction east of Khan Younis, the European Hospital (Thu 26 Jun 2025)
# =============================================================================
T04 = """'We count the dead by tent numbers': a Khan Younis paramedic on a night in al-Mawasi and the aid queues of Rafah

Open Ground Magazine | Interview | 26 June 2025

Ahmad (he asked us not to use his family name) has worked as a paramedic in Khan Younis for eleven years. We reached him by phone on Wednesday, 25 June, between two shifts. The interview has been edited for length.

What happened last night?
Around two in the morning a strike hit a row of tents in al-Mawasi, west of Khan Younis, where families from Rafah have been living since last year. We took eight bodies to Nasser hospital, three of them children from one family, and about twenty wounded. Some of the wounded were burned because the tents caught fire.

The Israeli army says it targets militants in the area. Did you see any?
I saw mattresses, pots and children. I can only tell you what we carried.

You also work near the aid distribution point in Rafah.
On Tuesday morning, while people waited in the dark near the al-Alam roundabout for the site to open, shooting started from the direction of the army positions. We took 27 people with gunshot wounds to the field hospital, and five were already dead when we reached them.

[The Israeli military told Open Ground that troops had fired "warning shots" at "suspects who approached the forces and posed a threat" near the site before it opened, and that it was "aware of reports of casualties". It did not give a toll.]

Is it only the army? There are reports of aid trucks being looted.
Yes. On Monday, masked gunmen stopped two trucks carrying medicine for Nasser hospital near the Bani Suheila junction, east of Khan Younis, and took everything. We don't know who they were.

How do you keep going?
Two weeks ago my colleague Khaled was killed when our ambulance was hit near the European Hospital. I think about him every time the radio calls. It feels like the sky falls on us every night.

What do you expect in the coming days?
If fuel does not arrive by the weekend, the generators will stop and patients in intensive care will die. That is not a prediction. It is arithmetic.

According to the health ministry in Gaza, more than 500 people have been killed near aid distribution sites since they opened at the end of May.
"""

ISR04 = ISRAEL + ["army positions", "troops", "the army"]
# "west of Khan Younis" / "east of Khan Younis" (no distance) and "near the European Hospital" -> Khan Younis's
# point; the al-Alam roundabout by the Rafah aid site -> Rafah's point
MAWASI = L(["al-Mawasi", "Mawasi", "west of Khan Younis", "Khan Younis", "Khan Yunis"], 31.34, 34.30, "PS")
RAFAH04 = L(["Rafah", "al-Alam roundabout", "aid distribution point", "aid distribution site"], 31.29, 34.25, "PS")
BANI_SUHEILA = L(["Bani Suheila junction", "Bani Suheila", "east of Khan Younis", "Khan Younis", "Khan Yunis"],
                 31.34, 34.30, "PS")
EURO_HOSP = L(["European Hospital", "Khan Younis", "Khan Yunis"], 31.34, 34.30, "PS")
GAZA04 = L(["Gaza", "Gaza Strip"], cc="PS")
# the answers carry no attribution cue of their own -> the speaker, and the outlet and "author" too
AHMAD = ["Ahmad", "paramedic", "Khan Younis paramedic"]
OG = ["Open Ground Magazine", "Open Ground", "author"]
IDFSRC04 = ["Israeli military", "Israeli army", "IDF", "Israel Defense Forces"]
E04 = [
    # the speaker names no attacker; the interviewer's question gives the army's line -> Israel plus unknown; "last
    # night" asked on Wednesday 25 June, "Around two in the morning" -> the night of 24 to 25 June, both days (the
    # interview's date, not the publication's); the toll a sentence later ("about twenty wounded" -> 20..20, as "a
    # dozen" -> 12..12) folded in, the toll sentence a non-core copy
    E(
        True,
        "Around two in the morning a strike hit a row of tents in al-Mawasi, west of Khan Younis",
        EXP,
        AIR,
        actor1=ISR04 + UNK,
        actor2=CIV + ["row of tents", "tents", "families", "families from Rafah"],
        location=MAWASI,
        date=D("2025-06-24", "2025-06-25"),
        killed=R(8),
        injured=R(20),
        source=AHMAD + OG,
    ),
    E(
        False,
        "We took eight bodies to Nasser hospital, three of them children from one family, and about twenty wounded",
        EXP,
        AIR,
        actor1=ISR04 + UNK,
        actor2=CIV + ["three of them children"],
        location=MAWASI,
        date=D("2025-06-24", "2025-06-25"),
        killed=R(8),
        injured=R(20),
        source=AHMAD + OG,
    ),
    # fire on people queuing for aid -> Violence against civilians; the toll a sentence later folded in (27 wounded,
    # five dead), the toll sentence a non-core copy
    E(
        True,
        "while people waited in the dark near the al-Alam roundabout for the site to open, shooting started from the direction of the army positions",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=CIV + ["people", "aid seekers"],
        location=RAFAH04,
        date=D("2025-06-24"),
        killed=R(5),
        injured=R(27),
        source=AHMAD + OG,
    ),
    E(
        False,
        "We took 27 people with gunshot wounds to the field hospital, and five were already dead when we reached them",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=CIV,
        location=RAFAH04,
        date=D("2025-06-24"),
        killed=R(5),
        injured=R(27),
        source=AHMAD + OG,
    ),
    # the army's telling names another target ("suspects") -> a core event of its own, no number ("It did not give a
    # toll"); "aware of reports of casualties" is no count
    E(
        True,
        'troops had fired "warning shots" at "suspects who approached the forces and posed a threat" near the site before it opened',
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=["suspects", "suspects who approached the forces"] + CIV,
        location=RAFAH04,
        date=D("2025-06-24"),
        source=IDFSRC04,
    ),
    # trucks robbed, no one hurt told -> Looting/property destruction; "On Monday" in an interview of Wednesday ->
    # 23 June; "We don't know who they were" -> unknown
    E(
        True,
        "masked gunmen stopped two trucks carrying medicine for Nasser hospital near the Bani Suheila junction, east of Khan Younis, and took everything",
        STR,
        LOOT,
        actor1=UNK + ["masked gunmen", "gunmen"],
        actor2=CIV + ["two trucks", "trucks", "Nasser hospital"],
        location=BANI_SUHEILA,
        date=D("2025-06-23"),
        source=AHMAD + OG,
    ),
    # a colleague's death "Two weeks ago" -> background, non-core; the Monday-Sunday week that held 11 June; "was hit"
    # names no weapon and no attacker -> Air/drone strike (the war's usual weapon), Israel plus unknown
    E(
        False,
        "Two weeks ago my colleague Khaled was killed when our ambulance was hit near the European Hospital",
        EXP,
        AIR,
        actor1=ISR04 + UNK,
        actor2=CIV + ["ambulance", "Khaled", "paramedic"],
        location=EURO_HOSP,
        date=D("2025-06-09", "2025-06-15"),
        killed=R(1),
        source=AHMAD + OG,
    ),
    # the ministry's count since the sites opened -> aggregate ("at the end of May" -> from 25 May)
    E(
        False,
        "more than 500 people have been killed near aid distribution sites since they opened at the end of May",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=CIV + ["aid seekers"],
        location=GAZA04,
        date=D("2025-05-25", "2025-06-26"),
        killed=R(501, None),
        source=["health ministry in Gaza", "health ministry", "Gaza health ministry"],
        aggregate=True,
    ),
    # no gold: the headline's quote (no event), "The Israeli army says it targets militants in the area" (generic),
    # "I saw mattresses, pots and children", the burns (inside the toll), "It feels like the sky falls on us every
    # night" (a metaphor), the fuel conditional (no act of violence)
]
DOCS.append(
    (
        "dev-ae-04",
        "Open Ground Magazine (interview)",
        "2025-06-26",
        "magazine interview, questions and answers",
        "Gaza's south in a paramedic's words: a strike on tents 'west of Khan Younis' 'last night' as asked on the "
        "interview's Wednesday (not the publication's Thursday), eight dead and 'about twenty wounded' a sentence "
        "later, fire on an aid queue in Rafah 'On Tuesday morning' with the toll a sentence later and the army's "
        "'warning shots' at 'suspects' in brackets, trucks looted 'On Monday' 'east of Khan Younis', a colleague killed "
        "'Two weeks ago', a metaphor, a conditional, the ministry's count",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-ae-04", "26 June 2025", "2025-06-26", "Thursday"),
    ("dev-ae-04", "on Wednesday, 25 June / last night (end)", "2025-06-25", "Wednesday"),
    ("dev-ae-04", "On Tuesday morning / last night (start)", "2025-06-24", "Tuesday"),
    ("dev-ae-04", "On Monday", "2025-06-23", "Monday"),
    ("dev-ae-04", "Two weeks ago (the Wednesday 14 days before the interview)", "2025-06-11", "Wednesday"),
]

# =============================================================================
# dev-ae-05  maritime security consultancy's weekly brief — Yemen's Hodeidah coast and the Red Sea: some 57 nm west
# of Hodeidah, about 12 nm south-west of Mokha, north of Hodeidah, al-Jabana west of Hodeidah city (Mon 2 Sep 2024)
# =============================================================================
T05 = """Red Sea and Gulf of Aden Weekly Security Brief, Week 35 (26 August - 1 September 2024)

Bab al-Mandab Maritime Risk Ltd | Weekly brief for clients | Issued Monday 2 September 2024 | Threat level, southern Red Sea: HIGH

KEY POINTS
- One confirmed missile attack on a merchant vessel off Hodeidah; no damage.
- A Houthi claim of a second attack could not be matched to any reported incident.
- US forces struck Houthi targets north of Hodeidah; Houthi media reported casualties.

INCIDENTS
27 Aug - The master of the Liberia-flagged tanker AEGEAN DAWN reported two explosions in the water about 1 nm off the vessel's port side while transiting some 57 nm west of Hodeidah. The vessel and crew were reported safe, and no damage was reported. We assess the projectiles as anti-ship ballistic missiles launched from Houthi-held territory.

29 Aug - Houthi military spokesman Yahya Saree said the group had targeted the ship NORDIC STAR in the Red Sea with "a number of ballistic missiles and drones", "achieving direct hits". UKMTO reported no incident on that date, and the vessel's AIS position placed it in the northern Red Sea at the time. We treat the claim as unverified.

30 Aug - An uncrewed surface vessel approached a Panama-flagged bulk carrier about 12 nm south-west of Mokha. The embarked armed security team fired on the craft, which exploded some 200 m from the ship. No injuries.

31 Aug - US Central Command said its forces had destroyed a Houthi radar site and two uncrewed surface vessels "that presented an imminent threat" in a Houthi-controlled area north of Hodeidah. Houthi-run al-Masirah TV reported three "US-British aggression" raids on the al-Jabana area, west of Hodeidah city, killing two people and wounding five, without saying whether they were fighters.

ASSESSMENT
The Houthis have attacked more than 80 merchant vessels since November 2023, sinking two and seizing one, the GALAXY LEADER, whose crew of 25 remains held near Hodeidah. Saree repeated on Friday that attacks on "ships linked to the Zionist entity" would continue until the war on Gaza ends. We assess further launches against vessels south of 16N as highly likely in the coming week, particularly at night.

RECOMMENDATIONS
Maintain maximum speed through the high-risk area, keep AIS policy under review and report all suspicious approaches to UKMTO and JMIC.
"""

HOUTHI05 = HOUTHI + ["Yahya Saree", "Houthi military spokesman", "Houthi-held territory", "the group"]
USA05 = USA + ["US Central Command", "CENTCOM", "its forces"]
UK05 = ["United Kingdom", "British", "UK forces", "Military Forces of the United Kingdom"]
SHIPS = CIV + ["merchant vessel", "vessel", "crew", "ship"]
# points at sea from a distance and a bearing (nautical miles) -> LKM without a country
OFF_HODEIDAH = LKM(["west of Hodeidah", "off Hodeidah", "Hodeidah", "Red Sea", "southern Red Sea"], 14.80, 42.95,
                   57 * NM, 270)
OFF_MOKHA = LKM(["south-west of Mokha", "Mokha", "Mocha", "Red Sea", "southern Red Sea"], 13.32, 43.25, 12 * NM,
                225)
# "north of Hodeidah" (no distance) and al-Jabana "west of Hodeidah city" -> Hodeidah's point
HODEIDAH_N = L(["north of Hodeidah", "Houthi-controlled area north of Hodeidah", "Hodeidah", "Hudaydah"], 14.80,
               42.95, "YE")
JABANA = L(["al-Jabana", "al-Jabana area", "west of Hodeidah city", "Hodeidah", "Hudaydah"], 14.80, 42.95, "YE")
HODEIDAH = L(["Hodeidah", "Hudaydah", "near Hodeidah"], 14.80, 42.95, "YE")
RED_SEA = L(["Red Sea", "northern Red Sea", "southern Red Sea"])
BMR = ["Bab al-Mandab Maritime Risk", "author"]
SAREE = ["Yahya Saree", "Saree", "Houthi military spokesman"] + HOUTHI
MASIRAH = ["al-Masirah", "al-Masirah TV", "Houthi-run al-Masirah TV", "Houthi media"] + HOUTHI
E05 = [
    # two missiles splashing near a tanker -> an attack (Shelling/artillery/missile attack: ballistic missiles fired
    # from the ground); the brief's assessment of the launcher -> the Houthis plus unknown; "The vessel and crew were
    # reported safe" -> killed and injured 0..0; "some 57 nm west of Hodeidah" -> LKM at sea
    E(
        True,
        "The master of the Liberia-flagged tanker AEGEAN DAWN reported two explosions in the water about 1 nm off the vessel's port side while transiting some 57 nm west of Hodeidah",
        EXP,
        SHELL,
        actor1=HOUTHI05 + UNK,
        actor2=SHIPS + ["AEGEAN DAWN", "tanker", "Liberia-flagged tanker"],
        location=OFF_HODEIDAH,
        date=D("2024-08-27"),
        killed=R(0),
        injured=R(0),
        source=["master", "vessel's master"] + BMR,
    ),
    E(
        False,
        "One confirmed missile attack on a merchant vessel off Hodeidah; no damage",
        EXP,
        SHELL,
        actor1=HOUTHI05 + UNK,
        actor2=SHIPS,
        location=OFF_HODEIDAH,
        date=D("2024-08-27"),
        source=BMR,
    ),
    # a party's claim -> core, occurred, sourced to it, though the brief doubts it; "ballistic missiles and drones"
    # -> Shelling/artillery/missile attack (missiles first); the claim dated 29 August, the attack not dated -> the
    # day before and the day itself
    E(
        True,
        'the group had targeted the ship NORDIC STAR in the Red Sea with "a number of ballistic missiles and drones"',
        EXP,
        SHELL,
        actor1=HOUTHI05,
        actor2=SHIPS + ["NORDIC STAR"],
        location=RED_SEA,
        date=D("2024-08-28", "2024-08-29"),
        source=SAREE,
    ),
    # the key point's copy of the claim, told as unmatched -> non-core, possible
    E(
        False,
        "A Houthi claim of a second attack could not be matched to any reported incident",
        EXP,
        SHELL,
        actor1=HOUTHI05,
        actor2=SHIPS,
        location=RED_SEA,
        date=D("2024-08-28", "2024-08-29"),
        source=BMR,
        status="possible",
    ),
    # an explosive drone boat approaching a ship, told in its own sentence -> a core attack (a waterborne explosive:
    # Remote explosive/landmine/IED), as a launch told before its interception; the guards' fire that destroyed it
    # -> a core Disrupted weapons use; "No injuries." -> injured 0..0 only; "about 12 nm south-west of Mokha" -> LKM
    # at sea; no launcher named -> unknown plus the Houthis (the brief's frame)
    E(
        True,
        "An uncrewed surface vessel approached a Panama-flagged bulk carrier about 12 nm south-west of Mokha",
        EXP,
        IED,
        actor1=UNK + HOUTHI05,
        actor2=SHIPS + ["bulk carrier", "Panama-flagged bulk carrier"],
        location=OFF_MOKHA,
        date=D("2024-08-30"),
        injured=R(0),
        source=BMR,
    ),
    E(
        True,
        "The embarked armed security team fired on the craft, which exploded some 200 m from the ship",
        STR,
        DISRUPT,
        actor1=["armed security team", "embarked armed security team", "security team"],
        actor2=UNK + HOUTHI05 + ["uncrewed surface vessel", "craft"],
        location=OFF_MOKHA,
        date=D("2024-08-30"),
        source=BMR,
    ),
    # one night's US strikes told twice, with another object and place by each side (a radar site and drone boats
    # north of the city / raids on al-Jabana with two dead and five wounded) -> one core event per version
    E(
        True,
        'its forces had destroyed a Houthi radar site and two uncrewed surface vessels "that presented an imminent threat" in a Houthi-controlled area north of Hodeidah',
        EXP,
        AIR,
        actor1=USA05,
        actor2=HOUTHI05 + ["radar site", "Houthi radar site", "uncrewed surface vessels"],
        location=HODEIDAH_N,
        date=D("2024-08-31"),
        source=["US Central Command", "CENTCOM"],
    ),
    E(
        True,
        'three "US-British aggression" raids on the al-Jabana area, west of Hodeidah city, killing two people and wounding five',
        EXP,
        AIR,
        actor1=USA05 + UK05 + ["US-British aggression"],
        actor2=CIV + HOUTHI05 + ["two people", "people"],
        location=JABANA,
        date=D("2024-08-31"),
        killed=R(2),
        injured=R(5),
        source=MASIRAH,
    ),
    E(
        False,
        "US forces struck Houthi targets north of Hodeidah; Houthi media reported casualties",
        EXP,
        AIR,
        actor1=USA05,
        actor2=HOUTHI05,
        location=HODEIDAH_N,
        date=D("2024-08-31"),
        source=BMR,
    ),
    # the campaign's count -> aggregate; the ship seized in it -> background abduction (crew held), non-core
    E(
        False,
        "The Houthis have attacked more than 80 merchant vessels since November 2023, sinking two and seizing one",
        EXP,
        SHELL,
        actor1=HOUTHI05,
        actor2=SHIPS,
        location=L(["Red Sea", "Gulf of Aden"]),
        date=D("2023-11-01", "2024-09-02"),
        source=BMR,
        aggregate=True,
    ),
    E(
        False,
        "the GALAXY LEADER, whose crew of 25 remains held near Hodeidah",
        VAC,
        ABDUCT,
        actor1=HOUTHI05,
        actor2=CIV + ["GALAXY LEADER", "crew", "crew of 25"],
        location=HODEIDAH,
        date=D("2023-11-01", "2024-09-02"),
        source=BMR,
    ),
    # the spokesman's vow -> planned; the brief's own forecast (no actor's intent) -> possible
    E(
        False,
        'attacks on "ships linked to the Zionist entity" would continue until the war on Gaza ends',
        EXP,
        SHELL,
        actor1=HOUTHI05,
        actor2=SHIPS + ["ships linked to the Zionist entity"],
        location=RED_SEA,
        source=SAREE,
        status="planned",
    ),
    E(
        False,
        "We assess further launches against vessels south of 16N as highly likely in the coming week",
        EXP,
        SHELL,
        actor1=HOUTHI05,
        actor2=SHIPS,
        location=RED_SEA,
        source=BMR,
        status="possible",
    ),
    # no gold: the headline and the threat level (no event), "UKMTO reported no incident on that date" and the AIS
    # position (the brief's doubt, not a denial by a party), "We treat the claim as unverified", "without saying
    # whether they were fighters", the recommendations
]
DOCS.append(
    (
        "dev-ae-05",
        "Bab al-Mandab Maritime Risk (weekly brief)",
        "2024-09-02",
        "maritime security consultancy's weekly brief",
        "Yemen's Hodeidah coast and the Red Sea, a week in dated entries: missiles splashing near a tanker 'some 57 nm "
        "west of Hodeidah' ('reported safe'), a Houthi claim the brief could not match, a drone boat 'about 12 nm "
        "south-west of Mokha' and the guards' fire that destroyed it, US strikes told by CENTCOM ('north of "
        "Hodeidah') and by al-Masirah ('west of Hodeidah city', two dead and five wounded), key points repeating them, "
        "the campaign's count, the GALAXY LEADER's crew as background, a vow and a forecast",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-ae-05", "Issued Monday 2 September 2024", "2024-09-02", "Monday"),
    ("dev-ae-05", "30 Aug / Saree repeated on Friday", "2024-08-30", "Friday"),
]

# =============================================================================
# dev-ae-06  state news agency — Iran's Sistan-Baluchestan: Rask's police headquarters, the heights around Saravan,
# Zahedan's Shirabad neighbourhood, Zahedan (Mon 27 Oct 2025)
# =============================================================================
T06 = """Two police martyred, two terrorists killed in Rask attack; IRGC ground forces kill three terrorists near Saravan

IRNS - Islamic Republic News Service | Provinces desk | Zahedan | Monday 27 October 2025

Terrorists of the Israeli-backed Jaish al-Zolm group attacked the police headquarters of Rask late on Saturday night, the deputy governor of Sistan and Baluchestan for security affairs told IRNS.

"Our brave police officers responded to the attack and, after a two-hour exchange of fire, the terrorists fled towards the heights," he said. Two police officers were martyred and three were wounded, while two of the attackers were killed. He described as "pure lies" a claim by the group on its channels that it had killed "more than ten" officers.

In a separate operation on Sunday, the Quds Base of the IRGC Ground Force surrounded a terrorist team in the heights around Saravan, killing three of its members and seizing two Kalashnikov rifles, a sniper rifle and ammunition, the Quds Base said in a statement. One member of the team was arrested.

In Zahedan, an unidentified gunman on a motorcycle shot dead a member of the Basij resistance force in the Shirabad neighbourhood on Sunday evening. Police have opened an investigation.

Separately, the provincial police command said seven members of a "terrorist-takfiri" cell planning bombings in Zahedan had been arrested over the past week, and explosives and detonators seized.

The police chief of the province dismissed as "the fabrications of hostile media" reports by foreign-based websites that border guards had opened fire on fuel carriers near Saravan on Thursday, killing three. "Our border guards act only against armed smugglers," he said.

Security officials say foreign intelligence services are trying to turn the province into a base for insecurity. Sistan and Baluchestan was the scene of riots in September 2022, when rioters attacked a police station in Zahedan.

The commander of the Quds Base warned that the terrorists "will receive a crushing response wherever they are", adding that "the security of the border is a red line".
"""

JAISH = ["Jaish al-Adl", "Jaish al-Zolm", "Israeli-backed Jaish al-Zolm group", "Army of Justice", "terrorists",
         "attackers"]
IRPOL = ["Iranian police", "police", "police officers", "police headquarters", "Law Enforcement Command", "FARAJA",
         "Police Forces of Iran", "provincial police command"]
BORDERGUARDS = ["border guards", "Iranian border guards", "Border Guard Command"] + IRPOL
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "IRGC Ground Force", "Quds Base",
        "Quds Base of the IRGC Ground Force", "Military Forces of Iran", "Revolutionary Guards"]
BASIJ = ["Basij", "Basij resistance force", "member of the Basij resistance force"] + IRGC
RASK = L(["Rask", "police headquarters of Rask"], 26.24, 61.40, "IR")
# "in the heights around Saravan" / "near Saravan" (no distance) -> Saravan's point
SARAVAN = L(["Saravan", "heights around Saravan", "near Saravan"], 27.37, 62.33, "IR")
ZAHEDAN = L(["Zahedan", "Shirabad", "Shirabad neighbourhood"], 29.50, 60.86, "IR")
SB = L(["Sistan and Baluchestan", "Sistan-Baluchestan", "Sistan and Baluchestan province"], cc="IR")
IRNS = ["IRNS", "Islamic Republic News Service", "author"]
DEPGOV = ["deputy governor", "deputy governor of Sistan and Baluchestan", "deputy governor for security affairs"]
QUDS = ["Quds Base", "Quds Base of the IRGC Ground Force", "commander of the Quds Base"] + IRGC
E06 = [
    # an attack on a police post met by the police -> Battles; "late on Saturday night" -> Saturday and Sunday; both
    # sides' dead told a sentence later (two officers, two attackers) -> killed 4 exact; only the police's wounded
    # told -> injured 3..open; the toll sentence a non-core copy; the group's denied claim -> non-core denied
    E(
        True,
        "Terrorists of the Israeli-backed Jaish al-Zolm group attacked the police headquarters of Rask late on Saturday night",
        BAT,
        CLASH,
        actor1=JAISH + IRPOL,
        actor2=IRPOL + JAISH,
        location=RASK,
        date=D("2025-10-25", "2025-10-26"),
        killed=R(4),
        injured=R(3, None),
        source=DEPGOV + IRNS,
    ),
    E(
        False,
        "Two police officers were martyred and three were wounded, while two of the attackers were killed",
        BAT,
        CLASH,
        actor1=JAISH,
        actor2=IRPOL,
        location=RASK,
        date=D("2025-10-25", "2025-10-26"),
        killed=R(4),
        injured=R(3),
        source=DEPGOV,
    ),
    E(
        False,
        'it had killed "more than ten" officers',
        BAT,
        CLASH,
        actor1=JAISH,
        actor2=IRPOL,
        location=RASK,
        date=D("2025-10-25", "2025-10-26"),
        killed=R(11, None),
        source=DEPGOV + IRNS,
        status="denied",
    ),
    # a team surrounded and three killed (one side counted) -> killed 3..open; the team named by no group -> the
    # "terrorist" labels, Jaish al-Adl (the article's frame) and unknown; the arrest and the rifles -> inside
    E(
        True,
        "the Quds Base of the IRGC Ground Force surrounded a terrorist team in the heights around Saravan, killing three of its members",
        BAT,
        CLASH,
        actor1=IRGC,
        actor2=["terrorist team", "terrorists"] + JAISH + UNK,
        location=SARAVAN,
        date=D("2025-10-26"),
        killed=R(3, None),
        source=QUDS + IRNS,
    ),
    # a Basij member shot by a gunman -> an ambush on an armed man -> Battles/Armed clash
    E(
        True,
        "an unidentified gunman on a motorcycle shot dead a member of the Basij resistance force in the Shirabad neighbourhood on Sunday evening",
        BAT,
        CLASH,
        actor1=UNK + ["unidentified gunman", "gunman"],
        actor2=BASIJ,
        location=ZAHEDAN,
        date=D("2025-10-26"),
        killed=R(1),
        source=IRNS,
    ),
    # one cell in one city -> a core arrest, not an aggregate; "over the past week" in a Monday report -> the eight
    # days to Monday
    E(
        True,
        'seven members of a "terrorist-takfiri" cell planning bombings in Zahedan had been arrested over the past week',
        STR,
        ARRESTS,
        actor1=IRPOL,
        actor2=["terrorist-takfiri cell", "cell", "seven members", "takfiri"] + JAISH,
        location=ZAHEDAN,
        date=D("2025-10-20", "2025-10-27"),
        source=["provincial police command"] + IRPOL + IRNS,
    ),
    # reports the police chief rejects are their only telling -> non-core denied
    E(
        False,
        "border guards had opened fire on fuel carriers near Saravan on Thursday, killing three",
        VAC,
        ATTACK,
        actor1=BORDERGUARDS,
        actor2=CIV + ["fuel carriers", "fuel porters"],
        location=SARAVAN,
        date=D("2025-10-23"),
        killed=R(3),
        source=["police chief", "police chief of the province"] + IRNS,
        status="denied",
    ),
    # background: the riots of September 2022 as the agency tells them
    E(
        False,
        "rioters attacked a police station in Zahedan",
        RIOT,
        VIOLENT,
        actor1=["rioters"],
        actor2=IRPOL + ["police station"],
        location=ZAHEDAN,
        date=D("2022-09-01", "2022-09-30"),
        source=IRNS,
    ),
    # the commander's threat -> planned
    E(
        False,
        'the terrorists "will receive a crushing response wherever they are"',
        BAT,
        CLASH,
        actor1=IRGC,
        actor2=JAISH,
        location=SB,
        source=QUDS,
        status="planned",
    ),
    # no gold: "the terrorists fled towards the heights" (inside the clash), the seized rifles and the arrest (inside
    # the Saravan clash), "Police have opened an investigation", the cell's alleged plans (an accusation), the seized
    # explosives, "Our border guards act only against armed smugglers" and the foreign services (generic), "a red
    # line" (a metaphor)
]
# the headline's copies
E06 += [
    E(False, "Two police martyred, two terrorists killed in Rask attack", BAT, CLASH, actor1=JAISH + IRPOL,
      actor2=IRPOL + JAISH, location=RASK, date=D("2025-10-25", "2025-10-26"), killed=R(4), source=IRNS),
    E(False, "IRGC ground forces kill three terrorists near Saravan", BAT, CLASH, actor1=IRGC,
      actor2=JAISH + UNK, location=SARAVAN, date=D("2025-10-26"), killed=R(3, None), source=IRNS),
]
DOCS.append(
    (
        "dev-ae-06",
        "IRNS - Islamic Republic News Service",
        "2025-10-27",
        "state news agency",
        "Iran/Sistan-Baluchestan in the state's words: an attack on Rask's police 'late on Saturday night' with both "
        "sides' dead a sentence later and the group's denied 'more than ten', an IRGC operation 'in the heights around "
        "Saravan', a Basij member shot in Zahedan, a cell arrested 'over the past week', denied reports of fuel "
        "carriers shot 'on Thursday', the 2022 riots as background, a threat; the agency's labels ('Jaish al-Zolm', "
        "'martyred', 'terrorist-takfiri')",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-ae-06", "Monday 27 October 2025", "2025-10-27", "Monday"),
    ("dev-ae-06", "on Sunday / on Sunday evening / late on Saturday night (end)", "2025-10-26", "Sunday"),
    ("dev-ae-06", "late on Saturday night (start)", "2025-10-25", "Saturday"),
    ("dev-ae-06", "on Thursday", "2025-10-23", "Thursday"),
    ("dev-ae-06", "over the past week (start, the Monday before)", "2025-10-20", "Monday"),
]

# =============================================================================
# dev-ae-07  magazine feature with quotes — Iraqi Kurdistan's Duhok province: Sargele in Amadiya district, the
# Bamarne-Kani Masi road, the road to Batifa on Zakho's outskirts, Amadiya town; the Parakh resort near Zakho as
# background (Sat 20 Jul 2024); typographic quotes
# =============================================================================
T07 = """Between the ridge and the river: Amadiya’s villages wait out another summer of war

Frontier Review | Feature | 20 July 2024 | By Dilan Sherwani, in Amadiya district

The walnut trees above Sargele are black this year. Hajji Ismail, 71, walks between them with a stick, counting. “Forty trees,” he says. “My grandfather planted them. It took one afternoon to burn them.”

The afternoon he means was 2 July, when Turkish artillery shells set fire to the hillside above the village. Nobody was hurt, he says, because the family had already moved to Duhok. Three days later, Turkish soldiers set up a new checkpoint on the road between Bamarne and Kani Masi, and villagers now need a permission slip, written in Turkish, to reach their own orchards.

Turkey says its forces are clearing the mountains of fighters of the Kurdistan Workers’ Party (PKK), which has fought the Turkish state since 1984. The PKK, for its part, calls the villagers “the first victims of the occupation”. In the villages, few people want to talk about either.

On Tuesday, the war came to the outskirts of Zakho. A Turkish drone struck a car on the road to Batifa, killing two men. The Turkish defence ministry said it had “neutralised two PKK terrorists” in the area. The men’s relatives say they were cousins who ran a car-parts shop in Zakho and had never carried a weapon. “They were going to a wedding,” said one uncle.

On Wednesday, about 150 people gathered in front of the district administration building in Amadiya town to demand that Baghdad and Erbil stop the incursions. The protest ended without incident.

Older residents remember worse. Two summers ago, a shell killed nine tourists from southern Iraq at the Parakh resort near Zakho, and the bodies were flown home in coffins draped with Iraqi flags. Baghdad blamed Ankara, which denied responsibility.

Local officials say more than 160 villages in the district have been emptied since 2015. The district’s mayor calls the ridge “a furnace that eats a village every year”.

Turkey’s defence minister said last week that the operation would continue “until the last terrorist is buried in the mountains”.

Hajji Ismail does not expect to see his trees bear fruit again. “If they take the orchards too,” he says, “there is nothing left to come back to.”
"""

TUR07 = TURKEY + ["Turkish artillery", "Turkish soldiers", "Turkish drone", "Turkish defence ministry", "Ankara",
                  "Turkish forces", "Turkish state"]
PKK07 = PKK + ["PKK terrorists", "terrorists", "fighters of the Kurdistan Workers’ Party"]
# villages and a road between two villages of Amadiya district -> names and country
SARGELE = L(["Sargele", "hillside above the village", "Amadiya district", "Amadiya"], cc="IQ")
BAMARNE_RD = L(["road between Bamarne and Kani Masi", "Bamarne", "Bamarni", "Kani Masi", "Amadiya district"],
               cc="IQ")
# "the outskirts of Zakho ... on the road to Batifa" and "near Zakho" -> Zakho's point
ZAKHO = L(["Zakho", "outskirts of Zakho", "road to Batifa", "Batifa"], 37.14, 42.68, "IQ")
PARAKH = L(["Parakh resort", "Parakh", "Barakh", "near Zakho", "Zakho"], 37.14, 42.68, "IQ")
AMADIYA = L(["Amadiya", "Amadiya town", "Amedi", "district administration building"], 37.09, 43.49, "IQ")
KRI07 = L(["northern Iraq", "Kurdistan Region", "Iraqi Kurdistan", "the mountains"], cc="IQ")
FR = ["Frontier Review", "Dilan Sherwani", "author"]
TURMOD07 = ["Turkish defence ministry", "Turkey’s defence minister", "Turkish Ministry of National Defence"] + TURKEY
E07 = [
    # "The afternoon he means was 2 July, when ..." -> the date carried into the evidence; "the village" -> Sargele
    # (named two sentences earlier); "Nobody was hurt" -> killed and injured 0..0; trees burned are no casualties
    E(
        True,
        "2 July, when Turkish artillery shells set fire to the hillside above the village",
        EXP,
        SHELL,
        actor1=TUR07,
        actor2=CIV + ["hillside", "walnut trees", "orchards", "Hajji Ismail"],
        location=SARGELE,
        date=D("2024-07-02"),
        killed=R(0),
        injured=R(0),
        source=["Hajji Ismail"] + FR,
    ),
    # a new checkpoint -> Headquarters or base established; "Three days later" than 2 July -> 5 July
    E(
        True,
        "Turkish soldiers set up a new checkpoint on the road between Bamarne and Kani Masi",
        STR,
        BASE,
        actor1=TUR07,
        location=BAMARNE_RD,
        date=D("2024-07-05"),
        source=FR,
    ),
    # Turkey's generic account of its campaign and the PKK's four decades -> aggregates
    E(
        False,
        "Turkey says its forces are clearing the mountains of fighters of the Kurdistan Workers’ Party (PKK)",
        BAT,
        CLASH,
        actor1=TUR07,
        actor2=PKK07,
        location=KRI07,
        source=TURKEY,
        aggregate=True,
    ),
    E(
        False,
        "which has fought the Turkish state since 1984",
        BAT,
        CLASH,
        actor1=PKK07,
        actor2=TUR07,
        location=L(["Turkey", "Türkiye"], cc="TR"),
        date=D("1984-01-01", "2024-07-20"),
        source=FR,
        aggregate=True,
    ),
    # the same two men told two ways (two men, cousins / "two PKK terrorists") -> one core event with both in actor2,
    # the ministry's telling a non-core copy ("neutralised" -> no number field); "On Tuesday" in a Saturday feature
    # -> 16 July
    E(
        True,
        "A Turkish drone struck a car on the road to Batifa, killing two men",
        EXP,
        AIR,
        actor1=TUR07,
        actor2=CIV + PKK07 + ["car", "two men", "cousins"],
        location=ZAKHO,
        date=D("2024-07-16"),
        killed=R(2),
        source=FR + ["relatives"],
    ),
    E(
        False,
        "it had “neutralised two PKK terrorists” in the area",
        EXP,
        AIR,
        actor1=TUR07,
        actor2=PKK07,
        location=ZAKHO,
        date=D("2024-07-16"),
        source=TURMOD07,
    ),
    # "ended without incident" -> Peaceful protest
    E(
        True,
        "about 150 people gathered in front of the district administration building in Amadiya town to demand that Baghdad and Erbil stop the incursions",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["about 150 people", "people"],
        location=AMADIYA,
        date=D("2024-07-17"),
        source=FR,
    ),
    # background: "Two summers ago" -> summer 2022; "Baghdad blamed Ankara, which denied responsibility" -> Turkey
    # plus unknown, the blame and the denial a non-core denied copy
    E(
        False,
        "a shell killed nine tourists from southern Iraq at the Parakh resort near Zakho",
        EXP,
        SHELL,
        actor1=TUR07 + UNK,
        actor2=CIV + ["tourists", "nine tourists"],
        location=PARAKH,
        date=D("2022-06-01", "2022-08-31"),
        killed=R(9),
        source=FR,
    ),
    E(
        False,
        "Baghdad blamed Ankara, which denied responsibility",
        EXP,
        SHELL,
        actor1=TUR07,
        actor2=CIV + ["tourists"],
        location=PARAKH,
        date=D("2022-06-01", "2022-08-31"),
        source=TURKEY + ["Ankara"],
        status="denied",
    ),
    # the minister's vow -> planned
    E(
        False,
        "the operation would continue “until the last terrorist is buried in the mountains”",
        BAT,
        CLASH,
        actor1=TUR07,
        actor2=PKK07,
        location=KRI07,
        source=TURMOD07,
        status="planned",
    ),
    # no gold: the headline, the black trees and "It took one afternoon to burn them" (inside the shelling), the
    # permission slips, the PKK's "first victims of the occupation", the uncle's wedding, the coffins, the villages
    # emptied since 2015 (displacement), "a furnace that eats a village every year" (a metaphor), the old man's
    # conditional
]
DOCS.append(
    (
        "dev-ae-07",
        "Frontier Review (feature)",
        "2024-07-20",
        "magazine feature with quotes",
        "Iraqi Kurdistan/Duhok in a reporter's feature: shells on Sargele's hillside dated in the sentence before "
        "('Nobody was hurt'), a checkpoint set up 'Three days later', a drone on a car 'on the outskirts of Zakho' told "
        "as two cousins and as 'two PKK terrorists', a rally in Amadiya, the 2022 Parakh resort shelling ('Two summers "
        "ago') with blame and denial, generic and historical campaigns, a vow, a metaphor, a conditional; typographic "
        "quotes",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-ae-07", "20 July 2024", "2024-07-20", "Saturday"),
    ("dev-ae-07", "On Wednesday", "2024-07-17", "Wednesday"),
    ("dev-ae-07", "On Tuesday", "2024-07-16", "Tuesday"),
]

# =============================================================================
# dev-ae-08  wire service — Jordan's northern border with Syria: the border in the army's eastern military region,
# Ramtha, the village of Orman near Salkhad in Syria's Sweida province, Salkhad (Tue 23 Jan 2024)
# =============================================================================
T08 = """Jordan says troops killed five smugglers in border clash; strikes hit Syrian village

AMMAN, Jan 23 (Levant Wire) - Jordanian border guards killed five members of an armed smuggling group and wounded several others in a clash on the border with Syria before dawn on Monday, the army said, in the latest of a string of increasingly violent confrontations along the frontier.

The smugglers, backed by "groups linked to Iranian militias", tried to cross into Jordan under cover of thick fog in the army's eastern military region, a statement by the General Command of the Jordanian Armed Forces said. One soldier was lightly wounded. Troops seized 1.2 million Captagon pills, 40 kg of hashish and three assault rifles, it said.

Two days earlier, police in the northern border town of Ramtha arrested nine suspected members of a smuggling network, the Public Security Directorate said.

Hours after Monday's clash, air strikes hit two houses in the village of Orman, near Salkhad in Syria's Sweida province, local activist network Suwayda 24 said. It said ten people were killed, among them two children and a woman, and that none of the dead was involved in smuggling. The UK-based Syrian Observatory for Human Rights gave a lower toll of seven, saying the strikes targeted "a house belonging to a drug trafficker".

Residents and activists blamed Jordanian warplanes. Jordan, which has carried out similar strikes in the past without acknowledging them, did not comment. A Jordanian security source, asked about the raid, told Levant Wire that the kingdom "will strike the smugglers and those behind them wherever they are".

On Monday afternoon, dozens of people gathered in the main square of Salkhad to condemn the strikes and demand an investigation.

Jordan has become a main route for Captagon, an amphetamine-type stimulant produced in large quantities in Syria and shipped to Gulf markets. The army says it killed 29 smugglers and foiled hundreds of infiltration attempts along the border in 2023.

In mid-December, a clash that lasted more than ten hours left one Jordanian soldier dead and several smugglers killed.

Jordanian officials say the smuggling gangs are increasingly well armed and use drones to drop drugs across the border. "This is no longer smuggling. It is an undeclared war," a retired general said.
"""

JAF = ["Jordanian Armed Forces", "Jordanian army", "Jordan Armed Forces", "Arab Army", "border guards",
       "Jordanian border guards", "Military Forces of Jordan", "Jordan", "Jordanian", "troops", "soldier"]
JORPOL = ["police", "Public Security Directorate", "Jordanian police", "Police Forces of Jordan"]
SMUG = ["smugglers", "armed smuggling group", "smuggling group", "drug smugglers", "groups linked to Iranian militias",
        "Iranian militias", "smuggling network", "smuggling gangs"]
JORAIR = ["Jordanian warplanes", "Jordanian air force", "Royal Jordanian Air Force", "Jordan", "Jordanian",
          "Military Forces of Jordan"]
# a border sector -> names and country
BORDER08 = L(["border with Syria", "eastern military region", "Jordan-Syria border", "frontier"], cc="JO")
RAMTHA = L(["Ramtha", "al-Ramtha"], 32.56, 36.01, "JO")
# "the village of Orman, near Salkhad" -> Salkhad's point
ORMAN = L(["Orman", "Arman", "village of Orman", "near Salkhad", "Salkhad", "Sweida province", "Sweida"], 32.49,
          36.71, "SY")
SALKHAD = L(["Salkhad", "main square of Salkhad"], 32.49, 36.71, "SY")
LW = ["Levant Wire", "author"]
ARMY08 = ["Jordanian army", "army", "General Command of the Jordanian Armed Forces", "Jordanian Armed Forces"]
S24 = ["Suwayda 24", "local activist network", "activist network"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "UK-based Syrian Observatory"]
E08 = [
    # a clash at the border; the smugglers' dead and wounded and the army's one wounded (told a sentence later) ->
    # killed 5..open (no soldier's death told either way), injured "several" 3..open plus one -> 4..open; "before
    # dawn on Monday" -> Monday
    E(
        True,
        "Jordanian border guards killed five members of an armed smuggling group and wounded several others in a clash on the border with Syria before dawn on Monday",
        BAT,
        CLASH,
        actor1=JAF + SMUG,
        actor2=SMUG + JAF,
        location=BORDER08,
        date=D("2024-01-22"),
        killed=R(5, None),
        injured=R(4, None),
        source=ARMY08 + LW,
    ),
    # "Two days earlier" than Monday's clash -> Saturday
    E(
        True,
        "police in the northern border town of Ramtha arrested nine suspected members of a smuggling network",
        STR,
        ARRESTS,
        actor1=JORPOL,
        actor2=SMUG + ["nine suspected members", "suspected members"],
        location=RAMTHA,
        date=D("2024-01-20"),
        source=["Public Security Directorate"] + LW,
    ),
    # one raid, two tolls and two objects by two sources (two houses, ten dead none of them smugglers / "a house
    # belonging to a drug trafficker", seven) -> one core event per version; the strikes are agent-less, blamed on
    # Jordan by residents and unacknowledged -> Jordan plus unknown; "Hours after Monday's clash" -> Monday; the
    # blame a non-core copy
    E(
        True,
        "air strikes hit two houses in the village of Orman, near Salkhad in Syria's Sweida province",
        EXP,
        AIR,
        actor1=JORAIR + UNK,
        actor2=CIV + ["two houses", "houses"],
        location=ORMAN,
        date=D("2024-01-22"),
        killed=R(10),
        source=S24 + LW,
    ),
    E(
        False,
        "ten people were killed, among them two children and a woman",
        EXP,
        AIR,
        actor1=JORAIR + UNK,
        actor2=CIV + ["two children", "woman"],
        location=ORMAN,
        date=D("2024-01-22"),
        killed=R(10),
        source=S24,
    ),
    E(
        True,
        'a lower toll of seven, saying the strikes targeted "a house belonging to a drug trafficker"',
        EXP,
        AIR,
        actor1=JORAIR + UNK,
        actor2=SMUG + ["drug trafficker", "house belonging to a drug trafficker", "house"],
        location=ORMAN,
        date=D("2024-01-22"),
        killed=R(7),
        source=SOHR,
    ),
    E(
        False,
        "Residents and activists blamed Jordanian warplanes",
        EXP,
        AIR,
        actor1=JORAIR,
        actor2=CIV,
        location=ORMAN,
        date=D("2024-01-22"),
        source=["residents", "activists"],
    ),
    # generic past strikes -> aggregate; the source's threat -> planned
    E(
        False,
        "Jordan, which has carried out similar strikes in the past without acknowledging them",
        EXP,
        AIR,
        actor1=JORAIR,
        actor2=SMUG,
        location=L(["southern Syria", "Syria"], cc="SY"),
        source=LW,
        aggregate=True,
    ),
    E(
        False,
        'the kingdom "will strike the smugglers and those behind them wherever they are"',
        EXP,
        AIR,
        actor1=JORAIR,
        actor2=SMUG,
        location=L(["southern Syria", "Syria"], cc="SY"),
        source=["Jordanian security source", "security source"],
        status="planned",
    ),
    E(
        True,
        "dozens of people gathered in the main square of Salkhad to condemn the strikes and demand an investigation",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["dozens of people", "people"],
        location=SALKHAD,
        date=D("2024-01-22"),
        source=LW,
    ),
    # the year's count -> aggregate; December's clash -> background ("one ... soldier dead and several smugglers" ->
    # 1 + 3 = 4..open; "mid-December" before a January story -> 10-20 December 2023)
    E(
        False,
        "The army says it killed 29 smugglers and foiled hundreds of infiltration attempts along the border in 2023",
        BAT,
        CLASH,
        actor1=JAF,
        actor2=SMUG,
        location=BORDER08,
        date=D("2023-01-01", "2023-12-31"),
        killed=R(29),
        source=ARMY08,
        aggregate=True,
    ),
    E(
        False,
        "In mid-December, a clash that lasted more than ten hours left one Jordanian soldier dead and several smugglers killed",
        BAT,
        CLASH,
        actor1=SMUG + JAF,
        actor2=JAF + SMUG,
        location=BORDER08,
        date=D("2023-12-10", "2023-12-20"),
        killed=R(4, None),
        source=LW,
    ),
    # no gold: the seizure of pills and rifles (no act of violence), "none of the dead was involved in smuggling"
    # (inside the version), "did not comment", the Captagon trade, the drones dropping drugs (no violence), "an
    # undeclared war" (a metaphor)
]
# the headline's copies
E08 += [
    E(False, "Jordan says troops killed five smugglers in border clash", BAT, CLASH, actor1=JAF + SMUG,
      actor2=SMUG + JAF, location=BORDER08, date=D("2024-01-22"), killed=R(5, None), source=ARMY08 + LW),
    E(False, "strikes hit Syrian village", EXP, AIR, actor1=JORAIR + UNK, actor2=CIV, location=ORMAN,
      date=D("2024-01-22"), source=LW),
]
DOCS.append(
    (
        "dev-ae-08",
        "Levant Wire",
        "2024-01-23",
        "wire service",
        "Jordan's northern border: a clash with smugglers 'before dawn on Monday' (five dead, 'several others' and a "
        "soldier wounded a sentence later), arrests in Ramtha 'Two days earlier', air strikes 'Hours after Monday's "
        "clash' on a village 'near Salkhad' in two versions (Suwayda 24's ten civilians / SOHR's seven and 'a drug "
        "trafficker'), blame without acknowledgement, a threat, a protest in Salkhad, a year's count, December's "
        "clash as background, a metaphor",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-ae-08", "Jan 23", "2024-01-23", "Tuesday"),
    ("dev-ae-08", "before dawn on Monday / Hours after Monday's clash / On Monday afternoon", "2024-01-22", "Monday"),
    ("dev-ae-08", "Two days earlier", "2024-01-20", "Saturday"),
]

# =============================================================================
# dev-ae-09  Israeli local news site — the Israel-Lebanon border: Metula's HaRishonim Street, Kiryat Shmona and
# Kfar Giladi, the Margaliot junction, the Kiryat Shmona municipality; Kfar Kila across the border (Fri 14 Jun 2024)
# =============================================================================
T09 = """Anti-tank missile slams into Metula home; 40 rockets fired at Kiryat Shmona, man lightly hurt

Galil Now | Local news, Upper Galilee | Friday, June 14, 2024

An anti-tank missile fired from Lebanon hit a two-storey house on HaRishonim Street in Metula on Thursday afternoon, causing heavy damage to its upper floor. The family had been evacuated in October and the house was empty, the local council said.

Hezbollah later claimed it had struck "a building used by enemy soldiers in Metula" with a guided missile. A council spokesman called the claim "a lie to cover up an attack on a private home".

At around 7:30 pm, some 40 rockets were fired at Kiryat Shmona and the surrounding area. The Israel Defense Forces said most were intercepted by the Iron Dome system and the rest fell in open areas, sparking several brush fires near Kibbutz Kfar Giladi. Magen David Adom paramedics treated a 60-year-old man who was lightly wounded by shrapnel on Tel Hai Street.

The IDF said its artillery struck the launch site "in the Kfar Kila area" shortly afterwards, and that fighter jets hit "a Hezbollah military structure" in Kfar Kila overnight.

On Wednesday, an explosive drone launched from Lebanon fell in an open field near the Margaliot junction, the army said, causing no injuries. It was not clear whether air defences had tried to intercept it.

Some 200 evacuated residents of Metula and Kiryat Shmona rallied outside the Kiryat Shmona municipality on Thursday morning, demanding that the government set a date for their return.

"We are the country's forgotten back yard," said deputy mayor Ronen Ohayon. According to the municipality, more than 640 buildings in the city have been damaged by rockets and drones since October.

A senior minister warned on Thursday night that if Hezbollah did not stop firing, Israel would "send Lebanon back decades". Hezbollah has said it will keep up its attacks as long as the war in Gaza continues.

Council officials said electricity had been restored in most of Metula by Friday morning, but the road into the town remains closed to civilian traffic.
"""

HEZ09 = HEZB + ["Hezbollah fighters"]
IDF09 = ISRAEL + ["its artillery", "fighter jets", "Iron Dome", "Iron Dome system", "air defences"]
METULA = L(["Metula", "HaRishonim Street"], 33.28, 35.58, "IL")
KSHMONA = L(["Kiryat Shmona", "surrounding area", "Tel Hai Street", "Kfar Giladi"], 33.21, 35.57, "IL")
KFAR_KILA = L(["Kfar Kila", "Kafr Kila", "Kfar Kila area", "launch site"], 33.28, 35.56, "LB")
MARGALIOT = L(["Margaliot junction", "Margaliot", "near the Margaliot junction"], 33.22, 35.55, "IL")
KSH_MUNI = L(["Kiryat Shmona municipality", "Kiryat Shmona"], 33.21, 35.57, "IL")
GN = ["Galil Now", "author"]
IDFSRC09 = ["Israel Defense Forces", "IDF", "army", "Israeli army"]
COUNCIL = ["Metula local council", "local council", "council spokesman", "council"]
E09 = [
    # a guided missile from the ground -> Shelling/artillery/missile attack; the house and the claim's "building used
    # by enemy soldiers" -> another object by the other side -> one core event per version; "the house was empty"
    # implies no one hurt but states no number -> no number field; the council's rejection of the claim -> a
    # non-core denied copy of Hezbollah's version; the launcher not named in the first telling -> Hezbollah (which
    # claims it) plus unknown
    E(
        True,
        "An anti-tank missile fired from Lebanon hit a two-storey house on HaRishonim Street in Metula on Thursday afternoon",
        EXP,
        SHELL,
        actor1=HEZ09 + UNK,
        actor2=CIV + ["two-storey house", "house", "family"],
        location=METULA,
        date=D("2024-06-13"),
        source=GN + COUNCIL,
    ),
    E(
        True,
        'it had struck "a building used by enemy soldiers in Metula" with a guided missile',
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=ISRAEL + ["enemy soldiers", "building used by enemy soldiers"],
        location=METULA,
        date=D("2024-06-13"),
        source=HEZB,
    ),
    E(
        False,
        'called the claim "a lie to cover up an attack on a private home"',
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=ISRAEL + ["enemy soldiers"],
        location=METULA,
        date=D("2024-06-13"),
        source=COUNCIL,
        status="denied",
    ),
    # the barrage with its interception (a core Disrupted weapons use of its own) and the one man hurt, told two
    # sentences later -> injured 1 folded in, the paramedics' sentence a non-core copy; no launcher named -> unknown
    # plus Hezbollah (the article's frame)
    E(
        True,
        "some 40 rockets were fired at Kiryat Shmona and the surrounding area",
        EXP,
        SHELL,
        actor1=UNK + HEZ09,
        actor2=ISRAEL + CIV + ["Kiryat Shmona"],
        location=KSHMONA,
        date=D("2024-06-13"),
        injured=R(1),
        source=GN + IDFSRC09 + ["Magen David Adom", "MDA"],
    ),
    E(
        True,
        "most were intercepted by the Iron Dome system",
        STR,
        DISRUPT,
        actor1=IDF09,
        actor2=UNK + HEZ09 + ["rockets"],
        location=KSHMONA,
        date=D("2024-06-13"),
        source=IDFSRC09,
    ),
    E(
        False,
        "Magen David Adom paramedics treated a 60-year-old man who was lightly wounded by shrapnel on Tel Hai Street",
        EXP,
        SHELL,
        actor1=UNK + HEZ09,
        actor2=CIV + ["60-year-old man", "man"],
        location=KSHMONA,
        date=D("2024-06-13"),
        injured=R(1),
        source=["Magen David Adom", "MDA", "paramedics"],
    ),
    # the army's reply: artillery on the launch site and jets "overnight" (Thursday to Friday) -> two core events
    E(
        True,
        'its artillery struck the launch site "in the Kfar Kila area" shortly afterwards',
        EXP,
        SHELL,
        actor1=IDF09,
        actor2=HEZ09 + ["launch site"],
        location=KFAR_KILA,
        date=D("2024-06-13"),
        source=IDFSRC09,
    ),
    E(
        True,
        'fighter jets hit "a Hezbollah military structure" in Kfar Kila overnight',
        EXP,
        AIR,
        actor1=IDF09,
        actor2=HEZ09 + ["Hezbollah military structure", "military structure"],
        location=KFAR_KILA,
        date=D("2024-06-13", "2024-06-14"),
        source=IDFSRC09,
    ),
    # a one-way drone that fell short -> Air/drone strike; no target told -> no actor2; "causing no injuries" ->
    # injured 0..0 only
    E(
        True,
        "an explosive drone launched from Lebanon fell in an open field near the Margaliot junction",
        EXP,
        AIR,
        actor1=UNK + HEZ09,
        location=MARGALIOT,
        date=D("2024-06-12"),
        injured=R(0),
        source=IDFSRC09,
    ),
    E(
        True,
        "Some 200 evacuated residents of Metula and Kiryat Shmona rallied outside the Kiryat Shmona municipality on Thursday morning",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["evacuated residents", "residents", "evacuees"],
        location=KSH_MUNI,
        date=D("2024-06-13"),
        source=GN,
    ),
    # the city's count since October -> aggregate
    E(
        False,
        "more than 640 buildings in the city have been damaged by rockets and drones since October",
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=CIV + ["buildings"],
        location=KSHMONA,
        date=D("2023-10-01", "2024-06-14"),
        source=["municipality", "Kiryat Shmona municipality"],
        aggregate=True,
    ),
    # a minister's conditional threat and Hezbollah's vow (each an actor's own) -> planned
    E(
        False,
        'if Hezbollah did not stop firing, Israel would "send Lebanon back decades"',
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HEZ09 + ["Lebanon"],
        location=L(["Lebanon"], cc="LB"),
        source=["senior minister", "minister", "Israeli government"],
        status="planned",
    ),
    E(
        False,
        "it will keep up its attacks as long as the war in Gaza continues",
        EXP,
        SHELL,
        actor1=HEZ09,
        actor2=ISRAEL,
        location=L(["northern Israel", "Israel"], cc="IL"),
        source=HEZB,
        status="planned",
    ),
    # no gold: the family's evacuation, the brush fires near Kfar Giladi (inside the barrage), "It was not clear
    # whether air defences had tried to intercept it", "the country's forgotten back yard" (a metaphor), the power
    # and the closed road
]
# the headline's copies
E09 += [
    E(False, "Anti-tank missile slams into Metula home", EXP, SHELL, actor1=HEZ09 + UNK, actor2=CIV + ["home"],
      location=METULA, date=D("2024-06-13"), source=GN),
    E(False, "40 rockets fired at Kiryat Shmona, man lightly hurt", EXP, SHELL, actor1=UNK + HEZ09,
      actor2=ISRAEL + CIV, location=KSHMONA, date=D("2024-06-13"), injured=R(1), source=GN),
]
DOCS.append(
    (
        "dev-ae-09",
        "Galil Now",
        "2024-06-14",
        "Israeli local news site",
        "the Israel-Lebanon border from the Israeli side: an anti-tank missile on an empty house in Metula (no number) "
        "and Hezbollah's 'building used by enemy soldiers' with the council's rejection, a barrage on Kiryat Shmona "
        "with its interception and one man hurt two sentences later, the army's reply on Kfar Kila 'overnight', a "
        "drone 'On Wednesday' ('causing no injuries'), a rally of evacuees, the city's count, a minister's "
        "conditional threat, Hezbollah's vow, a metaphor",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-ae-09", "Friday, June 14, 2024 / by Friday morning / overnight (end)", "2024-06-14", "Friday"),
    ("dev-ae-09", "on Thursday afternoon / on Thursday morning / on Thursday night", "2024-06-13", "Thursday"),
    ("dev-ae-09", "On Wednesday", "2024-06-12", "Wednesday"),
]

# =============================================================================
# dev-ae-10  NGO flash alert — Burkina Faso's Sahel region: the Djibo-Namsiguia road about 30 km south of Djibo, a
# village about 15 km west of Djibo, Djibo town and its airstrip, around Djibo (Wed 12 Mar 2025)
# =============================================================================
T10 = """FLASH ALERT - Burkina Faso, Sahel region: convoy ambushed south of Djibo; civilians killed in village attack; humanitarian flight fired on

Sahel Humanitarian Access Forum | Flash Alert No. 2025-09 | Ouagadougou | 12 March 2025 | For members and donors only

Information in this alert comes from member organisations, local contacts and public statements. Where accounts conflict, we give both.

1. DJIBO-NAMSIGUIA ROAD - On Saturday 8 March, fighters of the Group for the Support of Islam and Muslims (JNIM) ambushed a supply convoy escorted by the army and Volunteers for the Defence of the Homeland (VDP) about 30 km south of Djibo. Local contacts report at least a dozen soldiers and VDP killed and 19 trucks of food and fuel burned or taken. JNIM later claimed to have killed "more than 40" soldiers. The army has not commented.

2. VILLAGE WEST OF DJIBO - Two days later, armed men on motorcycles, believed by residents to be JNIM fighters, attacked a village about 15 km west of Djibo, killing between 15 and 20 civilians, including women, and burning granaries. Survivors reached Djibo on foot.

3. DJIBO TOWN - Members report unverified accounts that VDP members detained six men of the Fulani community at the town's livestock market on Sunday and that their bodies were found the next morning near the airstrip. The Ministry of Security called such reports "a disinformation campaign by the enemies of Burkina Faso".

4. DJIBO AIRSTRIP - On Tuesday morning, a humanitarian helicopter was hit by small-arms fire while landing at Djibo. The crew and passengers were unhurt, and the aircraft returned to Ouagadougou. Flights to Djibo are suspended until further notice.

5. SAHEL REGION - The army said on state television that air force strikes around Djibo on Sunday had "neutralised dozens of terrorists" and destroyed their logistics bases.

TRENDS - Since 1 January, members have recorded 58 security incidents affecting humanitarian operations in the Sahel region, including four abductions of aid workers. Djibo, home to more than 200,000 people, has been under a blockade by armed groups since 2022.

OUTLOOK - If road access is not restored, food stocks in Djibo are expected to run out within three weeks. Members should expect further attacks on convoys in the coming weeks.
"""

JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda",
        "JNIM fighters", "jihadists", "terrorists"]
BFA = ["Burkinabe army", "Burkina Faso army", "Armed Forces of Burkina Faso", "Military Forces of Burkina Faso",
       "army", "soldiers", "air force", "FDS"]
VDP = ["Volunteers for the Defence of the Homeland", "VDP", "Volontaires pour la défense de la patrie",
       "VDP members"]
CONVOY10 = ["supply convoy", "convoy", "trucks"]
DJIBO = L(["Djibo", "Djibo town", "livestock market", "airstrip"], 14.10, -1.63, "BF")
# "about 30 km south of Djibo" and "about 15 km west of Djibo" -> LKM from Djibo
DJIBO_S = LKM(["south of Djibo", "Djibo-Namsiguia road", "Namsiguia", "Djibo"], 14.10, -1.63, 30, 180, "BF")
DJIBO_W = LKM(["west of Djibo", "village west of Djibo", "Djibo"], 14.10, -1.63, 15, 270, "BF")
# "around Djibo" -> Djibo's point
AROUND_DJIBO = L(["around Djibo", "Djibo", "Sahel region"], 14.10, -1.63, "BF")
SAHEL_BF = L(["Sahel region", "Sahel", "Burkina Faso"], cc="BF")
SHAF = ["Sahel Humanitarian Access Forum", "members", "member organisations", "author"]
ARMY10 = ["army", "Burkinabe army", "state television"]
E10 = [
    # an escorted convoy ambushed, the text stressing the escort's dead -> Battles/Armed clash; "at least a dozen"
    # (one side) -> 12..open, told a sentence later and kept as a non-core copy; the trucks burned or taken are inside;
    # JNIM's "more than 40" -> a core version of its own (another source, another number), 41..open
    E(
        True,
        "fighters of the Group for the Support of Islam and Muslims (JNIM) ambushed a supply convoy escorted by the army and Volunteers for the Defence of the Homeland (VDP) about 30 km south of Djibo",
        BAT,
        CLASH,
        actor1=JNIM + BFA + VDP,
        actor2=BFA + VDP + CONVOY10 + JNIM,
        location=DJIBO_S,
        date=D("2025-03-08"),
        killed=R(12, None),
        source=["Local contacts", "local contacts"] + SHAF,
    ),
    E(
        False,
        "at least a dozen soldiers and VDP killed and 19 trucks of food and fuel burned or taken",
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=BFA + VDP + CONVOY10,
        location=DJIBO_S,
        date=D("2025-03-08"),
        killed=R(12, None),
        source=["Local contacts", "local contacts"],
    ),
    E(
        True,
        'JNIM later claimed to have killed "more than 40" soldiers',
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=BFA + VDP,
        location=DJIBO_S,
        date=D("2025-03-08"),
        killed=R(41, None),
        source=["JNIM", "Group for the Support of Islam and Muslims"],
    ),
    # "Two days later" than Saturday -> Monday; "believed by residents to be JNIM fighters" -> JNIM plus unknown;
    # "between 15 and 20" -> 15..20; "about 15 km west of Djibo" -> LKM
    E(
        True,
        "armed men on motorcycles, believed by residents to be JNIM fighters, attacked a village about 15 km west of Djibo, killing between 15 and 20 civilians, including women, and burning granaries",
        VAC,
        ATTACK,
        actor1=UNK + ["armed men on motorcycles", "armed men"] + JNIM,
        actor2=CIV + ["village", "women", "granaries"],
        location=DJIBO_W,
        date=D("2025-03-10"),
        killed=R(15, 20),
        source=["residents"] + SHAF,
    ),
    # "unverified accounts" of a specific killing, the item's own subject -> core, status possible; detained "on
    # Sunday", bodies found "the next morning" -> Sunday and Monday; the ministry's rejection -> non-core denied
    E(
        True,
        "VDP members detained six men of the Fulani community at the town's livestock market on Sunday and that their bodies were found the next morning near the airstrip",
        VAC,
        ATTACK,
        actor1=VDP,
        actor2=CIV + ["six men", "Fulani", "men of the Fulani community"],
        location=DJIBO,
        date=D("2025-03-09", "2025-03-10"),
        killed=R(6),
        source=["Members", "members", "unverified accounts"] + SHAF,
        status="possible",
    ),
    E(
        False,
        'The Ministry of Security called such reports "a disinformation campaign by the enemies of Burkina Faso"',
        VAC,
        ATTACK,
        actor1=VDP,
        actor2=CIV + ["Fulani"],
        location=DJIBO,
        date=D("2025-03-09", "2025-03-10"),
        source=["Ministry of Security", "Burkinabe Ministry of Security"],
        status="denied",
    ),
    # fire on a civilian aircraft by no one named -> Violence against civilians, unknown; "The crew and passengers
    # were unhurt" -> killed and injured 0..0
    E(
        True,
        "a humanitarian helicopter was hit by small-arms fire while landing at Djibo",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV + ["humanitarian helicopter", "helicopter", "crew", "passengers"],
        location=DJIBO,
        date=D("2025-03-11"),
        killed=R(0),
        injured=R(0),
        source=SHAF,
    ),
    # the army's strikes "on Sunday"; "neutralised dozens" -> no number field
    E(
        True,
        'air force strikes around Djibo on Sunday had "neutralised dozens of terrorists"',
        EXP,
        AIR,
        actor1=BFA,
        actor2=JNIM + ["logistics bases"],
        location=AROUND_DJIBO,
        date=D("2025-03-09"),
        source=ARMY10,
    ),
    # the year's count -> aggregate; the members' forecast -> possible
    E(
        False,
        "members have recorded 58 security incidents affecting humanitarian operations in the Sahel region, including four abductions of aid workers",
        VAC,
        ATTACK,
        actor1=UNK + JNIM,
        actor2=CIV + ["aid workers", "humanitarian operations"],
        location=SAHEL_BF,
        date=D("2025-01-01", "2025-03-12"),
        source=SHAF,
        aggregate=True,
    ),
    E(
        False,
        "Members should expect further attacks on convoys in the coming weeks",
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=BFA + VDP + CONVOY10,
        location=SAHEL_BF,
        source=SHAF,
        status="possible",
    ),
    # no gold: the method note, "The army has not commented", the survivors' walk, the suspended flights, the
    # blockade "since 2022" (a state, no dated act), the food-stock conditional (no act of violence)
]
# the headline's copies
E10 += [
    E(False, "convoy ambushed south of Djibo", BAT, CLASH, actor1=JNIM + UNK, actor2=BFA + VDP + CONVOY10,
      location=DJIBO_S, date=D("2025-03-08"), source=SHAF),
    E(False, "civilians killed in village attack", VAC, ATTACK, actor1=UNK + JNIM, actor2=CIV, location=DJIBO_W,
      date=D("2025-03-10"), source=SHAF),
    E(False, "humanitarian flight fired on", VAC, ATTACK, actor1=UNK, actor2=CIV + ["humanitarian flight"],
      location=DJIBO, date=D("2025-03-11"), source=SHAF),
]
DOCS.append(
    (
        "dev-ae-10",
        "Sahel Humanitarian Access Forum (flash alert)",
        "2025-03-12",
        "NGO flash alert with numbered items",
        "Burkina Faso/Djibo: an escorted convoy ambushed 'about 30 km south of Djibo' with 'at least a dozen' dead a "
        "sentence later and JNIM's 'more than 40', a village attack 'Two days later' 'about 15 km west of Djibo' "
        "('between 15 and 20'), 'unverified accounts' of six men killed after VDP detention (possible) and the "
        "ministry's rejection, a helicopter hit ('unhurt'), the army's 'neutralised dozens', a count, a forecast, a "
        "conditional",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-ae-10", "12 March 2025", "2025-03-12", "Wednesday"),
    ("dev-ae-10", "On Tuesday morning", "2025-03-11", "Tuesday"),
    ("dev-ae-10", "Two days later / the next morning", "2025-03-10", "Monday"),
    ("dev-ae-10", "on Sunday (items 3 and 5)", "2025-03-09", "Sunday"),
    ("dev-ae-10", "On Saturday 8 March", "2025-03-08", "Saturday"),
]

# =============================================================================
# dev-ae-11  Nigerian national daily — Nigeria's Zamfara: the village of Gidan Kaura about 20 km south of Maru, the
# Sububu forest, the outskirts of Tsafe, the Gusau-Sokoto road in Gusau (Thu 19 Sep 2024)
# =============================================================================
T11 = """Bandits kill 11, abduct over 30 in Zamfara village raid; police confirm seven deaths

The Northern Ledger | Gusau | Thursday, September 19, 2024 | By Aminu Bello

Armed bandits stormed the village of Gidan Kaura, about 20 km south of Maru town in Zamfara State, late on Tuesday night, shooting dead eleven villagers, among them the two sons of the village head, residents told The Northern Ledger.

The attackers, who arrived on dozens of motorcycles, also abducted more than 30 people, most of them women and children, and set fire to the village's grain stores, said a resident who escaped into the bush.

Confirming the attack on Wednesday, the police spokesman in Zamfara, ASP Musa Garba, said seven people had been killed and "some residents" kidnapped, adding that tactical teams had been deployed to rescue them.

The Nigerian Air Force said on Wednesday that its aircraft had struck a bandit enclave in the Sububu forest on Tuesday, "neutralising scores of terrorists", among them a commander loyal to the bandit leader Bello Turji. The claim could not be independently verified.

On Monday, members of the Zamfara Community Protection Guards (CPG), a state-backed vigilante force, clashed with bandits on the outskirts of Tsafe, losing four of their men, a CPG commander said. The bandits' losses were not known.

In Gusau, the state capital, police fired tear gas on Wednesday to disperse youths who blocked the Gusau-Sokoto road to protest against the insecurity. No injuries were reported.

Bello Turji, in a video released on Sunday, threatened to attack more villages in Shinkafi and Zurmi areas unless the military ended its operations. "We will make them feel what we feel," he said.

Zamfara has been at the centre of banditry in north-west Nigeria for more than a decade. According to a tally by the Ledger, at least 400 people have been abducted in the state since July.

"We are like goats waiting for the butcher," one Maru farmer said.
"""

BANDITS = ["bandits", "armed bandits", "Armed bandits", "attackers", "gunmen", "Bello Turji", "bandit leader",
           "bandit enclave", "terrorists", "Unidentified Armed Group"]
NAF = ["Nigerian Air Force", "NAF", "Military Forces of Nigeria", "Nigerian military", "its aircraft"]
NGPOL = ["police", "Nigeria Police Force", "Police Forces of Nigeria", "Zamfara police", "tactical teams"]
CPG = ["Zamfara Community Protection Guards", "Community Protection Guards", "CPG", "vigilante force", "vigilantes",
       "CPG commander"]
# "about 20 km south of Maru town" -> LKM from Maru
GIDAN_KAURA = LKM(["Gidan Kaura", "village of Gidan Kaura", "south of Maru", "Maru", "Maru town"], 12.33, 6.40, 20,
                  180, "NG")
SUBUBU = L(["Sububu forest", "Sububu"], cc="NG")
# "on the outskirts of Tsafe" -> Tsafe's point
TSAFE = L(["Tsafe", "outskirts of Tsafe"], 11.96, 6.92, "NG")
GUSAU = L(["Gusau", "Gusau-Sokoto road"], 12.16, 6.66, "NG")
SHINKAFI = L(["Shinkafi", "Zurmi", "Shinkafi and Zurmi areas"], cc="NG")
ZAMFARA = L(["Zamfara", "Zamfara State"], cc="NG")
TNL = ["The Northern Ledger", "Northern Ledger", "the Ledger", "Aminu Bello", "author"]
POLSRC11 = ["police spokesman", "ASP Musa Garba", "Musa Garba", "police", "Zamfara police"]
E11 = [
    # the village's dead ("eleven", kin) and its abducted, one raid told in two sentences -> two core events (a
    # killing and an abduction; abductees are no casualties); "late on Tuesday night" -> Tuesday and Wednesday;
    # "about 20 km south of Maru town" -> LKM; the arson inside; the police's seven -> a core version of its own
    # (another source, another number)
    E(
        True,
        "Armed bandits stormed the village of Gidan Kaura, about 20 km south of Maru town in Zamfara State, late on Tuesday night, shooting dead eleven villagers",
        VAC,
        ATTACK,
        actor1=BANDITS,
        actor2=CIV + ["villagers", "eleven villagers", "two sons of the village head"],
        location=GIDAN_KAURA,
        date=D("2024-09-17", "2024-09-18"),
        killed=R(11),
        source=["residents"] + TNL,
    ),
    E(
        True,
        "The attackers, who arrived on dozens of motorcycles, also abducted more than 30 people, most of them women and children",
        VAC,
        ABDUCT,
        actor1=BANDITS,
        actor2=CIV + ["more than 30 people", "women and children", "people"],
        location=GIDAN_KAURA,
        date=D("2024-09-17", "2024-09-18"),
        source=["resident", "a resident who escaped"] + TNL,
    ),
    E(
        True,
        'seven people had been killed and "some residents" kidnapped',
        VAC,
        ATTACK,
        actor1=BANDITS,
        actor2=CIV + ["seven people", "residents"],
        location=GIDAN_KAURA,
        date=D("2024-09-17", "2024-09-18"),
        killed=R(7),
        source=POLSRC11,
    ),
    # the Air Force's claim "neutralising scores" -> no number field; "on Tuesday" -> 17 September; a forest ->
    # names and country
    E(
        True,
        'its aircraft had struck a bandit enclave in the Sububu forest on Tuesday, "neutralising scores of terrorists"',
        EXP,
        AIR,
        actor1=NAF,
        actor2=BANDITS,
        location=SUBUBU,
        date=D("2024-09-17"),
        source=["Nigerian Air Force", "NAF"],
    ),
    # a state-backed vigilante force against bandits -> Battles; only the CPG's dead told ("The bandits' losses were
    # not known") -> killed 4..open
    E(
        True,
        "members of the Zamfara Community Protection Guards (CPG), a state-backed vigilante force, clashed with bandits on the outskirts of Tsafe, losing four of their men",
        BAT,
        CLASH,
        actor1=CPG + BANDITS,
        actor2=BANDITS + CPG,
        location=TSAFE,
        date=D("2024-09-16"),
        killed=R(4, None),
        source=["CPG commander"] + CPG + TNL,
    ),
    # a road blocked and tear gas fired -> Protest with intervention; "No injuries were reported" -> injured 0..0
    E(
        True,
        "police fired tear gas on Wednesday to disperse youths who blocked the Gusau-Sokoto road to protest against the insecurity",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(NGPOL + ["youths"]),
        location=GUSAU,
        date=D("2024-09-18"),
        injured=R(0),
        source=TNL,
    ),
    # the bandit leader's conditional threat -> planned
    E(
        False,
        "threatened to attack more villages in Shinkafi and Zurmi areas unless the military ended its operations",
        VAC,
        ATTACK,
        actor1=BANDITS,
        actor2=CIV + ["villages"],
        location=SHINKAFI,
        source=["Bello Turji"],
        status="planned",
    ),
    # the paper's count -> aggregate
    E(
        False,
        "at least 400 people have been abducted in the state since July",
        VAC,
        ABDUCT,
        actor1=BANDITS,
        actor2=CIV,
        location=ZAMFARA,
        date=D("2024-07-01", "2024-09-19"),
        source=TNL,
        aggregate=True,
    ),
    # no gold: the grain stores (inside the raid), the tactical teams deployed to rescue (no act yet), "The claim could
    # not be independently verified", "The bandits' losses were not known", Turji's "We will make them feel what we
    # feel", banditry "for more than a decade" (generic), "like goats waiting for the butcher" (a metaphor)
]
# the headline's copies
E11 += [
    E(False, "Bandits kill 11, abduct over 30 in Zamfara village raid", VAC, ATTACK, actor1=BANDITS, actor2=CIV,
      location=GIDAN_KAURA, date=D("2024-09-17", "2024-09-18"), killed=R(11), source=TNL),
    E(False, "police confirm seven deaths", VAC, ATTACK, actor1=BANDITS, actor2=CIV, location=GIDAN_KAURA,
      date=D("2024-09-17", "2024-09-18"), killed=R(7), source=POLSRC11),
]
DOCS.append(
    (
        "dev-ae-11",
        "The Northern Ledger",
        "2024-09-19",
        "Nigerian national daily",
        "Nigeria/Zamfara: a raid 'about 20 km south of Maru town' 'late on Tuesday night' ('eleven villagers, among "
        "them the two sons of the village head') with 'more than 30' abducted a sentence later, the police's seven in "
        "a version of its own, an Air Force strike 'neutralising scores', vigilantes' losses 'on the outskirts of "
        "Tsafe', a road blocked and tear gas ('No injuries were reported'), a bandit leader's conditional threat, the "
        "paper's count, a metaphor",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-ae-11", "Thursday, September 19, 2024", "2024-09-19", "Thursday"),
    ("dev-ae-11", "on Wednesday / late on Tuesday night (end)", "2024-09-18", "Wednesday"),
    ("dev-ae-11", "on Tuesday / late on Tuesday night (start)", "2024-09-17", "Tuesday"),
    ("dev-ae-11", "On Monday", "2024-09-16", "Monday"),
    ("dev-ae-11", "on Sunday (the video)", "2024-09-15", "Sunday"),
]

# =============================================================================
# dev-ae-12  partisan (pro-army) Sudanese outlet — Sudan's North Kordofan: the outskirts of Bara, villages in the
# northern countryside of Bara, a fuel depot on El Obeid's northern edge, near al-Khuwei in West Kordofan, El Obeid
# (Thu 31 Jul 2025); typographic quotes
# =============================================================================
T12 = """Armed Forces crush Janjaweed attack on Bara; militia drone targets El Obeid fuel depot

Al-Karama Voice | North Kordofan | Thursday 31 July 2025

Our heroic Armed Forces, together with the Joint Forces and the mobilised popular resistance, repelled on Tuesday a desperate attack by the terrorist Rapid Support Militia on the outskirts of Bara, killing more than 150 of the rebels and destroying 22 combat vehicles, a military source told Al-Karama Voice.

The militia’s platforms rushed to claim that their mercenaries had “liberated” Bara, but these are lies meant to lift the morale of their defeated gangs. The town is secure and life has returned to its markets, the source said.

Fleeing its defeat, the militia took revenge on the defenceless. On Monday, its gangs stormed villages in the northern countryside of Bara, killing dozens of civilians and burning homes and livestock pens. The Sudan Doctors Network put the death toll at 47, among them 11 children, and said others were still missing.

At dawn on Wednesday, a militia drone struck a fuel depot on the northern edge of El Obeid, starting a fire that civil defence teams brought under control by midday. There were no casualties. Air defences shot down two other drones over the city.

Meanwhile, the air force destroyed a convoy of militia reinforcements heading from West Kordofan towards Bara near al-Khuwei on Monday night, burning 17 vehicles loaded with fighters and ammunition.

Military Intelligence in El Obeid arrested 12 “collaborators” who had been sending the coordinates of army sites to the militia, security sources said.

Since it launched its war on the state on 15 April 2023, the militia has committed massacres from El Geneina to Wad Madani. A militia commander threatened in a video on Sunday to “enter El Obeid within days”. We say to him: El Obeid will be the graveyard of your militia.

The people of North Kordofan stand as one behind their army until every inch of Sudan is cleansed of the rebels.
"""

SAF = ["Sudanese Armed Forces", "SAF", "Armed Forces", "Sudanese army", "army", "Military Forces of Sudan",
       "Joint Forces", "popular resistance", "air force", "Air defences", "Military Intelligence"]
RSF = ["Rapid Support Forces", "RSF", "Rapid Support Militia", "terrorist Rapid Support Militia", "Janjaweed",
       "militia", "rebels", "mercenaries", "gangs", "militia drone", "militia reinforcements"]
# "on the outskirts of Bara" -> Bara's point; "the northern countryside of Bara" -> names and country
BARA = L(["Bara", "outskirts of Bara"], 13.70, 30.37, "SD")
BARA_N = L(["northern countryside of Bara", "villages in the northern countryside of Bara", "Bara", "North Kordofan"],
           cc="SD")
EL_OBEID = L(["El Obeid", "El-Obeid", "Al-Ubayyid", "Obeid", "northern edge of El Obeid", "fuel depot"], 13.18,
             30.22, "SD")
KHUWEI = L(["al-Khuwei", "El Khuwei", "Al Khuwei", "West Kordofan"], cc="SD")
SUDAN = L(["Sudan"], cc="SD")
AKV = ["Al-Karama Voice", "author"]
MILSRC12 = ["military source", "Sudanese army", "army"] + AKV
SDN = ["Sudan Doctors Network", "Doctors Network"]
E12 = [
    # an attack repelled -> Battles; the RSF's dead only ("more than 150") -> 151..open; "on Tuesday" in a Thursday
    # paper -> 29 July
    E(
        True,
        "repelled on Tuesday a desperate attack by the terrorist Rapid Support Militia on the outskirts of Bara, killing more than 150 of the rebels",
        BAT,
        CLASH,
        actor1=RSF + SAF,
        actor2=SAF + RSF,
        location=BARA,
        date=D("2025-07-29"),
        killed=R(151, None),
        source=MILSRC12,
    ),
    # the RSF's claim is told only as "lies" -> non-core denied, the outlet and its source as deniers; no date
    E(
        False,
        "their mercenaries had “liberated” Bara",
        BAT,
        NSAOVER,
        actor1=RSF,
        actor2=SAF,
        location=BARA,
        source=MILSRC12,
        status="denied",
    ),
    # "killing dozens of civilians" -> 24..open; the doctors' 47 a sentence later -> within it, kept as a non-core copy
    # (the rule for a vague or open count followed by a figure); "On Monday" -> 28 July; "others were still missing"
    # -> no gold
    E(
        True,
        "its gangs stormed villages in the northern countryside of Bara, killing dozens of civilians and burning homes and livestock pens",
        VAC,
        ATTACK,
        actor1=RSF,
        actor2=CIV + ["villages", "homes"],
        location=BARA_N,
        date=D("2025-07-28"),
        killed=R(24, None),
        source=AKV + SDN,
    ),
    E(
        False,
        "The Sudan Doctors Network put the death toll at 47, among them 11 children",
        VAC,
        ATTACK,
        actor1=RSF,
        actor2=CIV + ["11 children", "children"],
        location=BARA_N,
        date=D("2025-07-28"),
        killed=R(47),
        source=SDN,
    ),
    # "There were no casualties" -> killed and injured 0..0; the two drones shot down -> a core Disrupted weapons
    # use of its own (told only as objects shot down)
    E(
        True,
        "a militia drone struck a fuel depot on the northern edge of El Obeid",
        EXP,
        AIR,
        actor1=RSF,
        actor2=SAF + ["fuel depot"] + CIV,
        location=EL_OBEID,
        date=D("2025-07-30"),
        killed=R(0),
        injured=R(0),
        source=AKV,
    ),
    E(
        True,
        "Air defences shot down two other drones over the city",
        STR,
        DISRUPT,
        actor1=SAF,
        actor2=RSF + ["drones", "two other drones"],
        location=EL_OBEID,
        date=D("2025-07-30"),
        source=AKV,
    ),
    # "on Monday night" -> Monday and Tuesday; vehicles burned, no dead counted -> no number field
    E(
        True,
        "the air force destroyed a convoy of militia reinforcements heading from West Kordofan towards Bara near al-Khuwei on Monday night",
        EXP,
        AIR,
        actor1=SAF,
        actor2=RSF + ["convoy", "vehicles"],
        location=KHUWEI,
        date=D("2025-07-28", "2025-07-29"),
        source=AKV,
    ),
    # no date in the text -> no date field
    E(
        True,
        "Military Intelligence in El Obeid arrested 12 “collaborators”",
        STR,
        ARRESTS,
        actor1=SAF,
        actor2=CIV + ["collaborators", "12 collaborators"],
        location=EL_OBEID,
        source=["security sources"] + AKV,
    ),
    # the war's start (background) and its massacres (an aggregate)
    E(
        False,
        "it launched its war on the state on 15 April 2023",
        BAT,
        CLASH,
        actor1=RSF,
        actor2=SAF,
        location=SUDAN,
        date=D("2023-04-15"),
        source=AKV,
    ),
    E(
        False,
        "the militia has committed massacres from El Geneina to Wad Madani",
        VAC,
        ATTACK,
        actor1=RSF,
        actor2=CIV,
        location=SUDAN,
        date=D("2023-04-15", "2025-07-31"),
        source=AKV,
        aggregate=True,
    ),
    # the commander's threat -> planned
    E(
        False,
        "threatened in a video on Sunday to “enter El Obeid within days”",
        BAT,
        NSAOVER,
        actor1=RSF + ["militia commander"],
        actor2=SAF,
        location=EL_OBEID,
        source=["militia commander"] + RSF,
        status="planned",
    ),
    # no gold: the 22 vehicles (inside the clash), "The town is secure", "took revenge on the defenceless" (the
    # outlet's frame of its own event), the fire brought under control, the coordinates (inside the arrests), "the
    # graveyard of your militia" (a metaphor), the closing slogan
]
# the headline's copies
E12 += [
    E(False, "Armed Forces crush Janjaweed attack on Bara", BAT, CLASH, actor1=RSF + SAF, actor2=SAF + RSF,
      location=BARA, date=D("2025-07-29"), source=AKV),
    E(False, "militia drone targets El Obeid fuel depot", EXP, AIR, actor1=RSF, actor2=SAF + ["fuel depot"],
      location=EL_OBEID, date=D("2025-07-30"), source=AKV),
]
DOCS.append(
    (
        "dev-ae-12",
        "Al-Karama Voice",
        "2025-07-31",
        "partisan (pro-army) Sudanese outlet",
        "Sudan/North Kordofan through the army's side: an RSF attack repelled 'on the outskirts of Bara' ('more than "
        "150 of the rebels'), the RSF's 'liberated' called lies, villages stormed with 'dozens' dead and the doctors' "
        "47 a sentence later, a drone on an El Obeid depot ('There were no casualties') and two shot down, a convoy "
        "struck 'on Monday night', undated arrests of 'collaborators', the war's start and its massacres, a threat, a "
        "metaphor; the outlet's labels ('Janjaweed', 'mercenaries', 'gangs'); typographic quotes",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-ae-12", "Thursday 31 July 2025", "2025-07-31", "Thursday"),
    ("dev-ae-12", "At dawn on Wednesday", "2025-07-30", "Wednesday"),
    ("dev-ae-12", "on Tuesday / on Monday night (end)", "2025-07-29", "Tuesday"),
    ("dev-ae-12", "On Monday / on Monday night (start)", "2025-07-28", "Monday"),
    ("dev-ae-12", "on Sunday (the video)", "2025-07-27", "Sunday"),
]

# =============================================================================
# dev-ae-13  wire story with a correction notice — Haiti: Pont-Sondé in the Saint-Marc commune of Artibonite,
# Saint-Marc, Port-au-Prince's Bel-Air quarter (Thu 22 Jan 2026)
# =============================================================================
T13 = """CORRECTED: Gran Grif gang kills 15 in Pont-Sondé raid; police say five gang members killed

Caribbean Wire | Thursday, January 22, 2026

CORRECTION: A story published by Caribbean Wire on Tuesday about a gang attack in Haiti's Artibonite department said that 25 people had been killed in Pont-Sondé. The civil protection agency's figure, cited in that story, was 15. The story also said the attack took place on Sunday; it began before dawn on Monday. A corrected version follows.

SAINT-MARC, Haiti - Gunmen of the Gran Grif gang raided the town of Pont-Sondé, in the Saint-Marc commune of Artibonite, before dawn on Monday, killing at least 15 people and setting fire to dozens of houses, Haiti's civil protection agency said. Among the dead were a pastor and his wife, residents said. Several hundred people fled towards Saint-Marc.

Police units backed by soldiers of the Armed Forces of Haiti (FAd'H) entered Pont-Sondé on Monday afternoon. A police spokesman said "at least five bandits" were killed in the fighting. He did not say whether any officers were hurt.

Gran Grif leader Luckson Elan, in an audio message shared on WhatsApp, said the attack was revenge for the killing of his men by "villagers who work with the police" and warned that Saint-Marc would be "next".

In Port-au-Prince, a drone strike on a house in the Bel-Air quarter on Tuesday killed two members of the Viv Ansanm coalition, police said. Residents told Caribbean Wire three people had died, one of them a woman who sold food outside the house.

On Wednesday, several hundred residents of Saint-Marc marched to the town hall to demand more troops for the Artibonite. The march was peaceful.

Gangs control most of Port-au-Prince and large parts of the Artibonite, Haiti's rice-growing region. The United Nations says more than 1,000 people were killed in the Artibonite alone last year.

A Gran Grif attack on Pont-Sondé in October 2024 killed more than 100 people, one of the deadliest in Haiti's recent history.
"""

GRANGRIF = ["Gran Grif", "Gran Grif gang", "Gunmen of the Gran Grif gang", "gang", "Luckson Elan", "bandits",
            "gang members"]
VIV = ["Viv Ansanm", "Viv Ansanm coalition", "members of the Viv Ansanm coalition", "gang", "gang members"]
PNH = ["Haitian National Police", "PNH", "Police Forces of Haiti", "police", "Police units", "police spokesman"]
FADH = ["Armed Forces of Haiti", "FAd'H", "Haitian army", "Military Forces of Haiti", "soldiers"]
TASKFORCE13 = ["government task force", "task force", "Government of Haiti", "Haitian government"] + PNH
PONT_SONDE = L(["Pont-Sondé", "Pont Sonde", "Pont-Sonde", "town of Pont-Sondé", "Saint-Marc commune", "Artibonite"],
               19.15, -72.61, "HT")
SAINT_MARC = L(["Saint-Marc", "Saint Marc", "town hall"], 19.11, -72.69, "HT")
BEL_AIR = L(["Bel-Air", "Bel Air", "Bel-Air quarter", "Port-au-Prince"], 18.55, -72.34, "HT")
ARTIBONITE = L(["Artibonite", "Artibonite department"], cc="HT")
CW = ["Caribbean Wire", "author"]
CIVPRO = ["civil protection agency", "Haiti's civil protection agency", "civil protection", "DGPC"]
E13 = [
    # the corrected telling: "at least 15" -> 15..open; "before dawn on Monday" (the corrected date) -> 19 January;
    # the pastor and his wife inside the toll; arson inside the attack
    E(
        True,
        "Gunmen of the Gran Grif gang raided the town of Pont-Sondé, in the Saint-Marc commune of Artibonite, before dawn on Monday, killing at least 15 people and setting fire to dozens of houses",
        VAC,
        ATTACK,
        actor1=GRANGRIF,
        actor2=CIV + ["people", "houses", "pastor", "his wife"],
        location=PONT_SONDE,
        date=D("2026-01-19"),
        killed=R(15, None),
        source=CIVPRO + CW + ["residents"],
    ),
    # the correction notice: the withdrawn figure (25) and the agency's figure (15) -> non-core copies; the wrong
    # date ("on Sunday") is only named as wrong -> no gold of its own
    E(
        False,
        "said that 25 people had been killed in Pont-Sondé",
        VAC,
        ATTACK,
        actor1=GRANGRIF,
        actor2=CIV,
        location=PONT_SONDE,
        date=D("2026-01-19"),
        killed=R(25),
        source=CW,
    ),
    E(
        False,
        "The civil protection agency's figure, cited in that story, was 15",
        VAC,
        ATTACK,
        actor1=GRANGRIF,
        actor2=CIV,
        location=PONT_SONDE,
        date=D("2026-01-19"),
        killed=R(15),
        source=CIVPRO,
    ),
    # the police and army push -> Battles; the gang's dead only, a sentence later ("at least five bandits") ->
    # killed 5..open, the spokesman's sentence a non-core copy; "He did not say whether any officers were hurt" ->
    # no injured field
    E(
        True,
        "Police units backed by soldiers of the Armed Forces of Haiti (FAd'H) entered Pont-Sondé on Monday afternoon",
        BAT,
        CLASH,
        actor1=PNH + FADH + GRANGRIF,
        actor2=GRANGRIF + PNH + FADH,
        location=PONT_SONDE,
        date=D("2026-01-19"),
        killed=R(5, None),
        source=["police spokesman"] + PNH + CW,
    ),
    E(
        False,
        '"at least five bandits" were killed in the fighting',
        BAT,
        CLASH,
        actor1=PNH + FADH,
        actor2=GRANGRIF,
        location=PONT_SONDE,
        date=D("2026-01-19"),
        killed=R(5, None),
        source=["police spokesman"] + PNH,
    ),
    # the gang leader's warning -> planned
    E(
        False,
        'warned that Saint-Marc would be "next"',
        VAC,
        ATTACK,
        actor1=GRANGRIF,
        actor2=CIV,
        location=SAINT_MARC,
        source=["Luckson Elan", "Gran Grif leader"] + GRANGRIF,
        status="planned",
    ),
    # one drone strike, two tolls by two sources (two gang members / three dead, one a food seller) -> one core event
    # per version; no operator named -> unknown plus the police and the government's task force
    E(
        True,
        "a drone strike on a house in the Bel-Air quarter on Tuesday killed two members of the Viv Ansanm coalition",
        EXP,
        AIR,
        actor1=UNK + TASKFORCE13,
        actor2=VIV + ["house"],
        location=BEL_AIR,
        date=D("2026-01-20"),
        killed=R(2),
        source=["police"] + PNH + CW,
    ),
    E(
        True,
        "three people had died, one of them a woman who sold food outside the house",
        EXP,
        AIR,
        actor1=UNK + TASKFORCE13,
        actor2=CIV + VIV + ["woman who sold food", "woman", "three people"],
        location=BEL_AIR,
        date=D("2026-01-20"),
        killed=R(3),
        source=["Residents", "residents"],
    ),
    E(
        True,
        "several hundred residents of Saint-Marc marched to the town hall to demand more troops for the Artibonite",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents of Saint-Marc", "residents", "several hundred residents"],
        location=SAINT_MARC,
        date=D("2026-01-21"),
        source=CW,
    ),
    # the UN's count for "last year" -> 2025, aggregate; October 2024's massacre -> background
    E(
        False,
        "more than 1,000 people were killed in the Artibonite alone last year",
        VAC,
        ATTACK,
        actor1=GRANGRIF + VIV + UNK,
        actor2=CIV,
        location=ARTIBONITE,
        date=D("2025-01-01", "2025-12-31"),
        killed=R(1001, None),
        source=["United Nations", "the UN"],
        aggregate=True,
    ),
    E(
        False,
        "A Gran Grif attack on Pont-Sondé in October 2024 killed more than 100 people",
        VAC,
        ATTACK,
        actor1=GRANGRIF,
        actor2=CIV,
        location=PONT_SONDE,
        date=D("2024-10-01", "2024-10-31"),
        killed=R(101, None),
        source=CW,
    ),
    # no gold: the flight towards Saint-Marc (displacement), the revenge "for the killing of his men by villagers"
    # (no place or time), "He did not say whether any officers were hurt", "Gangs control most of Port-au-Prince"
    # (a state)
]
# the headline's copies
E13 += [
    E(False, "Gran Grif gang kills 15 in Pont-Sondé raid", VAC, ATTACK, actor1=GRANGRIF, actor2=CIV,
      location=PONT_SONDE, date=D("2026-01-19"), killed=R(15), source=CW),
    E(False, "police say five gang members killed", BAT, CLASH, actor1=PNH + FADH, actor2=GRANGRIF,
      location=PONT_SONDE, date=D("2026-01-19"), killed=R(5, None), source=PNH + CW),
]
DOCS.append(
    (
        "dev-ae-13",
        "Caribbean Wire (corrected story)",
        "2026-01-22",
        "wire story with a correction notice",
        "Haiti: a correction replacing a toll (25 -> 15) and a date ('on Sunday' -> 'before dawn on Monday') for a Gran "
        "Grif raid on Pont-Sondé, then the corrected story: the raid ('at least 15'), the police and army push with "
        "'at least five bandits' a sentence later, a gang leader's threat, a drone strike in Bel-Air with two tolls by "
        "two sources, a peaceful march in Saint-Marc, the UN's count for 'last year', October 2024 as background",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-ae-13", "Thursday, January 22, 2026", "2026-01-22", "Thursday"),
    ("dev-ae-13", "On Wednesday", "2026-01-21", "Wednesday"),
    ("dev-ae-13", "on Tuesday (the first story, the Bel-Air strike)", "2026-01-20", "Tuesday"),
    ("dev-ae-13", "before dawn on Monday / on Monday afternoon", "2026-01-19", "Monday"),
    ("dev-ae-13", "on Sunday (the withdrawn date)", "2026-01-18", "Sunday"),
]

# =============================================================================
# dev-ae-14  weekly round-up by a monitoring newsletter — Mozambique's Cabo Delgado: Chai in Macomia district, the
# N380 about 10 km north of Macomia town, Macomia town, Mbau in Mocimboa da Praia district, the outskirts of
# Mocimboa da Praia town (Tue 10 Mar 2026)
# =============================================================================
T14 = """Cabo Delgado this week: beheadings in Chai, Rwandan troops and insurgents trade claims near Mbau, truck ambushed north of Macomia

Northern Mozambique Monitor | Weekly round-up, 2-8 March 2026 | Published 10 March 2026

MACOMIA DISTRICT
Insurgents of the Islamic State's Mozambique province (IS-M), known locally as "al-Shabaab", entered Chai village on the night of 3 March, beheading two men and burning around 30 houses, according to residents who fled to Macomia town. A third man is missing.

On 6 March, insurgents ambushed a truck carrying dried fish on the N380 road about 10 km north of Macomia town, killing the driver and his assistant. The vehicle was set alight. Police in Macomia said on Saturday they had arrested two men suspected of passing information to the insurgents about traffic on the road.

On Sunday, some 300 displaced people protested outside the district administration in Macomia town over the suspension of food distributions, blocking the main street for several hours. Police talked them into leaving; no one was arrested.

MOCIMBOA DA PRAIA DISTRICT
Rwandan and Mozambican forces fought insurgents near the village of Mbau on 4 and 5 March. The Rwanda Defence Force (RDF) said its troops killed 11 insurgents and suffered no casualties. IS, in a claim published through its Amaq agency, said its fighters had killed nine "Crusader Rwandan soldiers" and seized weapons. Neither claim can be verified. Residents reported hearing heavy gunfire for two days.

Also on 5 March, a group of insurgents preached at a mosque on the outskirts of Mocimboa da Praia town and left without incident, residents said.

CONTEXT AND TRENDS
By our count, insurgents killed at least 68 civilians in Cabo Delgado in January and February, the highest two-month total since 2022. The insurgency began in October 2017 with an attack on police stations in Mocimboa da Praia. Insurgents held the town for a year from August 2020 until Rwandan and Mozambican troops retook it in August 2021.

OUTLOOK
With the rainy season ending, we expect insurgent movements along the coast between Mucojo and Quiterajo to increase. Any withdrawal of Rwandan troops, which is being discussed in Kigali and Maputo, could leave the N380 exposed.
"""

ISM = ["Islamic State Mozambique Province", "Islamic State's Mozambique province", "IS-M", "ISM", "Islamic State",
       "al-Shabaab", "insurgents", "Ahlu Sunnah Wal Jamaah", "Amaq", "its fighters"]
FADM = ["Mozambican forces", "Mozambique Defence Armed Forces", "FADM", "Military Forces of Mozambique",
        "Mozambican troops"]
RDF = ["Rwanda Defence Force", "RDF", "Rwandan forces", "Rwandan troops", "Military Forces of Rwanda",
       "Crusader Rwandan soldiers", "Rwandan soldiers", "its troops"]
MOZPOL = ["police", "Police in Macomia", "Police of the Republic of Mozambique", "PRM", "Police Forces of Mozambique"]
# villages -> names and country; "about 10 km north of Macomia town" -> LKM (southern latitude)
CHAI = L(["Chai", "Chai village", "Macomia district"], cc="MZ")
N380 = LKM(["N380", "N380 road", "north of Macomia town", "Macomia", "Macomia town"], -12.25, 40.12, 10, 0, "MZ")
MACOMIA = L(["Macomia", "Macomia town", "district administration"], -12.25, 40.12, "MZ")
MBAU = L(["Mbau", "village of Mbau", "Mocimboa da Praia district", "Mocímboa da Praia"], cc="MZ")
# "on the outskirts of Mocimboa da Praia town" -> the town's point
MOCIMBOA = L(["Mocimboa da Praia", "Mocímboa da Praia", "outskirts of Mocimboa da Praia town"], -11.35, 40.35, "MZ")
CABO = L(["Cabo Delgado", "Cabo Delgado province"], cc="MZ")
NMM = ["Northern Mozambique Monitor", "author"]
E14 = [
    # "on the night of 3 March" -> 3 and 4 March; beheadings -> killed 2; "A third man is missing" (no abduction
    # told) -> no gold
    E(
        True,
        'Insurgents of the Islamic State\'s Mozambique province (IS-M), known locally as "al-Shabaab", entered Chai village on the night of 3 March, beheading two men and burning around 30 houses',
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + ["two men", "houses"],
        location=CHAI,
        date=D("2026-03-03", "2026-03-04"),
        killed=R(2),
        source=["residents"] + NMM,
    ),
    # a civilian truck ambushed -> Violence against civilians; "the driver and his assistant" -> 2
    E(
        True,
        "insurgents ambushed a truck carrying dried fish on the N380 road about 10 km north of Macomia town, killing the driver and his assistant",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + ["truck", "driver", "assistant"],
        location=N380,
        date=D("2026-03-06"),
        killed=R(2),
        source=NMM,
    ),
    # "said on Saturday they had arrested" after a Friday ambush -> Friday to Saturday
    E(
        True,
        "they had arrested two men suspected of passing information to the insurgents about traffic on the road",
        STR,
        ARRESTS,
        actor1=MOZPOL,
        actor2=CIV + ["two men", "suspects"] + ISM,
        location=MACOMIA,
        date=D("2026-03-06", "2026-03-07"),
        source=MOZPOL + NMM,
    ),
    # a street blocked, the police talking the crowd away, no force -> Peaceful protest
    E(
        True,
        "some 300 displaced people protested outside the district administration in Macomia town over the suspension of food distributions",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["displaced people", "some 300 displaced people"],
        location=MACOMIA,
        date=D("2026-03-08"),
        source=NMM,
    ),
    # one clash over two days in three tellings: the round-up's own (no number, the two tolls unverified) and each
    # party's with its own number -> three core events; the RDF's "killed 11 insurgents and suffered no casualties"
    # (both sides told) -> killed 11 exact; IS's nine soldiers (one side) -> 9..open
    E(
        True,
        "Rwandan and Mozambican forces fought insurgents near the village of Mbau on 4 and 5 March",
        BAT,
        CLASH,
        actor1=RDF + FADM + ISM,
        actor2=ISM + RDF + FADM,
        location=MBAU,
        date=D("2026-03-04", "2026-03-05"),
        source=NMM + ["residents"],
    ),
    E(
        True,
        "its troops killed 11 insurgents and suffered no casualties",
        BAT,
        CLASH,
        actor1=RDF,
        actor2=ISM,
        location=MBAU,
        date=D("2026-03-04", "2026-03-05"),
        killed=R(11),
        source=["Rwanda Defence Force", "RDF"],
    ),
    E(
        True,
        'its fighters had killed nine "Crusader Rwandan soldiers" and seized weapons',
        BAT,
        CLASH,
        actor1=ISM,
        actor2=RDF,
        location=MBAU,
        date=D("2026-03-04", "2026-03-05"),
        killed=R(9, None),
        source=["Islamic State", "Amaq", "Amaq agency"],
    ),
    # a non-violent show of presence -> Strategic developments/Other, non-core (no type in the guide's table, so a
    # system that codes it is neither rewarded nor punished)
    E(
        False,
        "a group of insurgents preached at a mosque on the outskirts of Mocimboa da Praia town and left without incident",
        STR,
        OTHER,
        actor1=ISM,
        location=MOCIMBOA,
        date=D("2026-03-05"),
        source=["residents"] + NMM,
    ),
    # the two months' count -> aggregate; 2017, 2020 and 2021 -> background
    E(
        False,
        "insurgents killed at least 68 civilians in Cabo Delgado in January and February",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV,
        location=CABO,
        date=D("2026-01-01", "2026-02-28"),
        killed=R(68, None),
        source=NMM,
        aggregate=True,
    ),
    E(
        False,
        "an attack on police stations in Mocimboa da Praia",
        BAT,
        CLASH,
        actor1=ISM,
        actor2=MOZPOL + ["police stations"],
        location=MOCIMBOA,
        date=D("2017-10-01", "2017-10-31"),
        source=NMM,
    ),
    E(
        False,
        "Insurgents held the town for a year from August 2020",
        BAT,
        NSAOVER,
        actor1=ISM,
        actor2=FADM,
        location=MOCIMBOA,
        date=D("2020-08-01", "2020-08-31"),
        source=NMM,
    ),
    E(
        False,
        "Rwandan and Mozambican troops retook it in August 2021",
        BAT,
        GOVREGAIN,
        actor1=RDF + FADM,
        actor2=ISM,
        location=MOCIMBOA,
        date=D("2021-08-01", "2021-08-31"),
        source=NMM,
    ),
    # no gold: "The vehicle was set alight" (inside the ambush), "no one was arrested", "Neither claim can be
    # verified", the gunfire heard (inside the clash), the rainy-season forecast of movements (no act of violence),
    # the discussed withdrawal (no act)
]
# the headline's copies
E14 += [
    E(False, "beheadings in Chai", VAC, ATTACK, actor1=ISM, actor2=CIV, location=CHAI, date=D("2026-03-03", "2026-03-04"),
      source=NMM),
    E(False, "Rwandan troops and insurgents trade claims near Mbau", BAT, CLASH, actor1=RDF + ISM, actor2=ISM + RDF,
      location=MBAU, date=D("2026-03-04", "2026-03-05"), source=NMM),
    E(False, "truck ambushed north of Macomia", VAC, ATTACK, actor1=ISM, actor2=CIV + ["truck"], location=N380,
      date=D("2026-03-06"), source=NMM),
]
DOCS.append(
    (
        "dev-ae-14",
        "Northern Mozambique Monitor (weekly round-up)",
        "2026-03-10",
        "weekly round-up by a monitoring newsletter, under district headings",
        "Mozambique/Cabo Delgado: beheadings in Chai 'on the night of 3 March', a truck ambushed 'about 10 km north of "
        "Macomia town' ('the driver and his assistant'), arrests 'said on Saturday', a protest of displaced people, a "
        "clash near Mbau in three tellings (the round-up's, the RDF's 11 and 'no casualties', IS's nine 'Crusader' "
        "soldiers), insurgents preaching at a mosque (non-core Other), a two-month count, 2017, 2020 and 2021 as "
        "background, an outlook (no gold)",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-ae-14", "Published 10 March 2026", "2026-03-10", "Tuesday"),
    ("dev-ae-14", "On Sunday", "2026-03-08", "Sunday"),
    ("dev-ae-14", "said on Saturday", "2026-03-07", "Saturday"),
    ("dev-ae-14", "On 6 March (the ambush, the day before 'Saturday')", "2026-03-06", "Friday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_ae", check_ae, strip_text=True)


if __name__ == "__main__":
    main()
