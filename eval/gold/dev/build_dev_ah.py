"""Writes dev_ah.gold.jsonl: fourteen development articles, nine from the Middle East - southern Syria (al-Mazraa west
of Suwayda, Suwayda city, the road to Izraa, Shahba; Jubata al-Khashab and Kodana in the Quneitra countryside), Iraq's
Anbar (the Jazira desert north of Ramadi, Albu Aitha east of Ramadi, Fallujah's al-Jolan, the old Fallujah-Karma road,
the Ramadi courthouse), Iraq's Nineveh (a checkpoint on the Tal Afar-Sinjar road, al-Zanjili on Mosul's west bank, the
Old City, the governorate building), Beirut's southern suburbs and the road to the airport (Haret Hreik, Burj
al-Barajneh, Ghobeiry, Rafic Hariri airport; Haifa and Kiryat Ata across the border), northern Gaza (Beit Lahiya's
al-Salateen area and project housing, Beit Hanoun and the Salah al-Din road), the West Bank (Qalqilya; Tuqu', Kisan and
al-Khader around Bethlehem), Yemen's Saada border area and Hajjah (al-Raqw in Monabbih, Shada and Baqim; Haradh and
Abs), the Red Sea, the Bab al-Mandab and the Gulf of Aden (west of Hodeidah, north-west of Mokha, Ras Isa, south-east
of Aden) and Iran (Shadegan and Ahvaz in Khuzestan; Tehran) - and five from elsewhere - Somalia's Hiraan and Galmudug
(Moqokori, Beledweyne, the Masagaway base, Dhusamareb), Burkina Faso's Est region (a village east of Fada N'Gourma,
the N4 to Kantchari, near Matiacoali, Fada N'Gourma), Nigeria's Borno (Maiduguri, south of Gwoza, the Sambisa forest,
near Marte, the Maiduguri-Damboa road), DR Congo's South Kivu (Kamanyola and Luvungi in the Ruzizi plain, Uvira, a
village of Fizi territory; Bukavu as background) and Mexico's Sinaloa (Culiacán's Tierra Blanca and Bacurimí, the
Eldorado highway near Costa Rica, near Jesús María, El Pozo) - published 2024-2026, written for this project in our
own words, with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, the outlet kinds and layouts varied (a monitor's timed daily log, a security ministry's
statement, a Q&A interview, a live blog, a feature with quotes, a partisan news agency, a wire story, a maritime
security brief, a diaspora site's article under a correction notice, a state news agency, an NGO alert with graded
sources, a newspaper's round-up under place datelines, an editorial, a local news site), the set rich in what coders
find hard - counts in words, ranges ("five or six", "Four or five"), "at least", "more than", "over 30", "dozens",
"several", "killed or wounded", kin and ages; tolls told a sentence later, raised or corrected; relative dates and
places; attribution chains ("citing relatives and a local medic"), claims, blame, denials; two versions of one event;
uncertain perpetrators; aggregates; non-events:
(1) a monitor's daily log on southern Syria: a Druze-Bedouin exchange of fire "some 10 km west of Suwayda city" with
one side's dead, gunmen on a minibus ("four of them", a 16-year-old), a body "missing since Saturday" blamed on
"either the tribal fighters or a kidnapping gang", an Israeli raid in Quneitra told two ways, a forest razed, the July
ceasefire, a count, a conditional forecast, an unverified strike; (2) Iraq's Security Media Cell on Anbar: F-16 strikes
"yesterday, Tuesday" with five bodies found a sentence later, an IED whose three wounded include one who "later died",
an arrest, devices dismantled (undated), a gathering of detainees' relatives and the shooting at it that the statement
denies, two tallies, 2015 and 2016 background, a vow; (3) an interview with a Tal Afar police commander: an ISIS
attack on a checkpoint "on Friday night ... at around two in the morning" (one side's split count plus "at least two"
attackers "hit"), the blame of Sinjar's groups and the YBS denial, arrests in west Mosul, a 2017 remnant killing
"brothers aged 19 and 23", a sit-in, 2014 background, a conditional, a metaphor; (4) a live blog on Beirut: "at least
six strikes" overnight (aggregate) after evacuation warnings, one strike's toll with the wounded in "a second
statement", a car struck on the airport road told as two fuel-selling brothers (NNA) and as a Hezbollah operative (the
army), a denied strike by the airport, a Hezbollah salvo on Haifa with the army's count and the interception, a
tally, a new warning, a metaphor, a conditional threat; (5) a feature from northern Gaza: a family's house struck
"shortly before midnight on Monday 4 November" ("at least 23", "several more ... under the rubble") and the army's
"Hamas observation post", a quadcopter "Two days later" ("two boys aged 12 and 14"), detentions "on Wednesday last
week" told two ways, a Qassam IED claim and the army's dead staff sergeant "the same day", a count, a vow, a metaphor;
(6) a partisan Palestinian agency: seven "abducted" in a Qalqilya raid, stones met with live fire, a young man
"martyred yesterday evening" near Tuqu' told two ways (unarmed / "an armed terrorist who opened fire"), "colonists"
beating a man "in his sixties", a demolition, a count, a strike called for, an opinion; (7) a wire story on Yemen:
Saudi shelling killing four migrants (the ministry "citing medics"), "at least a dozen times since Sunday", a Haradh
clash "on Tuesday night" in two versions ("dozens" plus three / "killed or wounded 15"), a landmine each side blames on
the other, the 2022 truce, a conditional threat, 2014 background, the war's toll; (8) a maritime weekly brief: a near
miss "some 50 nm west of Hodeidah" attributed "with moderate confidence", a Houthi missile claim with UKMTO's telling,
drones shot down, strikes told by CENTCOM and by Houthi media at two places, skiffs exchanging fire with a ship's
guards ("pirates, smugglers or Houthi fighters"), the Galaxy Leader, a count, a forecast, two threats; (9) a diaspora
site on Khuzestan under a correction ("two" killed withdrawn for one killed and one critically wounded): shots at
protesters in Shadegan (HRANA) and "rioters" at a police station (IRNA), the governor's denial, six towns, a gathering
in Ahvaz dispersed and "at least 40" detained "overnight", a "network" of 12 arrested with no place given and its
alleged plan, July 2021 background, a conditional, a metaphor; (10) a Somali state agency: Moqokori "liberated" from
the "Khawarij" ("more than 20" dead a sentence later), an attack on the Masagaway base with both sides' dead, the
claim of "30 soldiers" called "baseless propaganda", mortars "on Thursday night" on "a mother and her two children",
arrests, a count since 2022, a minister's forecast, the insurgency since 2007; (11) an NGO protection alert from
Burkina Faso's Est: a JNIM market attack "about 30 km east of Fada N'Gourma" ("at least 17"), the army and VDP
pursuit ("neutralised dozens"), an abduction on the N4, alleged VDP executions of "five or six" (graded unconfirmed),
a march, a count, a blockade and an outlook (no gold); (12) a Nigerian round-up on Borno: a female suicide bomber
("The bomber also died" a sentence later), farmers killed "about 20 km south of Gwoza" by Boko Haram "or" ISWAP with
the toll raised from nine to eleven, women abducted, "neutralised" in Sambisa "between Tuesday and Thursday last
week", an air force claim of "over 30", a roadside bomb, a protest, a governor's warning, the conflict's toll; (13) a
Kinshasa editorial on South Kivu: an M23 and Rwandan attack around Kamanyola with the defenders' toll a sentence
later, the rebels' claim on Luvungi and the army's rebuttal, a grenade in Uvira's market blamed on "infiltrators" or
on "undisciplined soldiers", a Twirwaneho takeover in Fizi, an M23 accusation of Burundian shelling, a count, Bukavu
told twice, a conditional, planned talks, metaphors; (14) a Culiacán news site: five bodies "found early on Tuesday",
a cartel gunfight "on Monday night" with its toll a sentence later, an ambush on soldiers (the army's count, two
arrests), a father and son taken, a drone bomb ("No one was hurt") blamed on "one or the other of the two factions", a
march, the prosecutor's count, Zambada's arrest, a metaphor.
The incidents are invented or composite, with invented names of people, outlets and some sites (the tanker Aster
Bay, the village of Kalumbi, Karoun Watch); the gold encodes what each TEXT says, including its slant, hedges and
sources, not what is true. Articles are 250-450 words (goldkit's check_article, kept unchanged, caps a document at
450); check_ah below adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article, as
dev_r's check_r.

Run:  python3 build_dev_ah.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it dev_q back to dev_c), kept unchanged - among
them "No one was hurt" -> killed and injured 0..0, "No injuries were reported" -> injured 0..0 only; "dozens"
24..open; "at least N" N..open, "more than N" N+1..open; "killed or wounded 15" -> casualties 15..15; one side's count
in a clash -> N..open, both sides told -> exact; a toll told later or raised -> folded into the core event, the other
figures non-core copies; "N km <direction> of X" -> LKM; "near X" / "east of X" -> X's point; districts, forests,
border areas and long roads between towns -> names and country; "overnight" / "on X night" -> both days; uncertain or
blamed perpetrators -> every alternative plus unknown, each blame a non-core copy with its own actor1; a party's claim
-> core, occurred, sourced to it; another object named by the other side -> one core event per version; the same
object told two ways -> one core event, the other telling a non-core copy; "neutralised" -> no number field; a body
count -> a killed count; headlines that state an event -> non-core copies; denials, plans, threats, conditionals,
aggregates and background -> non-core.
Added or made explicit here:
- A correction notice that withdraws a figure ("said two protesters were killed" -> "one protester was killed and a
  second was critically wounded") -> the corrected figures on the core, the withdrawn "two" a non-core copy sourced to
  the social-media posts it came from (a correction takes a number back; a raised toll adds one, so only the latter is
  folded into a range).
- Three wounded of whom one "later died" -> killed 0..1 and injured 2..3 (dev_r's "raising the toll" rule); "nine"
  raised to "eleven" two sentences later -> killed 9..11; "killing two" and "The bomber also died" -> killed 2..3.
- The police's own split count plus "at least two of the attackers" "hit" (unsplit) -> killed 1..open, injured
  2..open, casualties 1 + 2 + 2 = 5..open, as dev_r's unsplit-plus-split rule.
- A body found with gunshot wounds -> Violence against civilians, killed 1, dated from "missing since Saturday" to
  the day it was found; bodies dumped with no other date -> the day they were found.
- A remnant of an old battle going off ("an old explosive ... from 2017") -> Remote explosive/landmine/IED, ISIS plus
  unknown.
- Points at sea given in nautical miles from a port ("some 50 nm west of Hodeidah") -> LKM with NM = 1.852 km and no
  country; "over the southern Red Sea" with no distance -> names only.
- An explosion near a ship that the brief attributes "with moderate confidence" to the Houthis -> core, the Houthis
  plus unknown; the attribution a non-core copy, possible; an analyst's forecast of attacks ("highly likely in the
  coming week") -> planned (future), non-core, as actors' vows.
- Armed men in skiffs exchanging fire with a ship's embarked guards -> Battles/Armed clash.
- An NGO item headed "ALLEGED" and graded unconfirmed, whose own subject is the event -> core, possible.
- A partisan outlet's "abducted" for people detained in a raid -> Arrests; stones against a raid met with live fire
  -> Riots/Violent demonstration (one hit by a bullet and "dozens of others" gassed -> injured 1..open).
- One shooting told as the killing of an unarmed young man (outlet, ministry) and as an armed attacker shot (the
  army); shots at protesters (a rights group) and "rioters" at a police station (the state agency) -> one core event
  per version, each with its own type and numbers.
- A party's accusation of another state's troops ("accused the Burundian troops ... of shelling") -> core, occurred,
  sourced to the accuser; "Bujumbura has not denied it" -> no gold.
- A live blog's "at least six strikes on Beirut's southern suburbs overnight" -> aggregate; the one strike told with a
  toll -> core; the toll's second half in a later statement -> folded in.
- Arrests whose place the source withholds ("It did not say where") -> the country, the city named beside it among
  the names, no coordinates.
- Arrests made in the course of a clash ("Troops killed three attackers and arrested two") -> a non-core Arrests
  copy, not a core event of their own.
- Clearance operations in one forest over three days ("between Tuesday and Thursday last week") -> one Battles event
  over the range; a gathering dispersed "with tear gas and batons", no injuries told -> Protest with intervention.
- "on Wednesday last week" in a Thursday paper -> the previous week's Wednesday; "Two days later" than a dated strike
  -> that date plus two; "said on Wednesday it had arrested ... during the unrest" -> the unrest's first day to
  Wednesday; "entered a fourth day on Wednesday" -> Sunday to Wednesday.
- "in the bush north of the village" -> the village's point; "an island near Marte, on the fringes of Lake Chad" ->
  Marte's point.
- A siege or blockade "since 2023", displacement, food stocks and rations, a release of hostages, a rescue inside an
  operation -> no gold."""

import math

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
    SUICIDE,
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
# its 2024-01-01..2026-11-30 publication window, as dev_r.
check_ah = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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


NM = 1.852  # kilometres in a nautical mile ("50 nm west of Hodeidah")

# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three
# letters are left out on purpose: the scorer matches by case-insensitive containment either way. Each
# list holds the canonical name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities, camps and bases we can pin to ~0.05 degrees from our own knowledge;
# villages, districts, valleys, forests, border sectors and sites we cannot pin get names and a country only,
# unless the text places them by a distance and a direction from a pinned town (then LKM).
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
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
SHABAAB = ["al-Shabaab", "Al-Shabaab", "al Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Group for the Support of Islam and Muslims", "GSIM"]
BOKO = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"]
ISWAP = ["Islamic State West Africa Province", "ISWAP"] + ISIS
M23 = ["M23", "AFC/M23", "March 23 Movement", "Alliance Fleuve Congo", "AFC", "Congo River Alliance"]
RIOTERS = ["rioters", "young men", "youths", "stone-throwers", "demonstrators", "protesters"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-ah-01  monitor's daily incident log — southern Syria: al-Mazraa west of Suwayda, Suwayda city, the road to
# Izraa, Shahba; Jubata al-Khashab and Kodana in the Quneitra countryside (Tue 16 Sep 2025)
# =============================================================================
T01 = """Daily log, 15 September: two fighters killed west of Suwayda, Israeli troops detain three in Quneitra countryside

Southern Syria Monitoring Network | Daily incident log No. 241 | Published Tuesday 16 September 2025

Entries cover Monday 15 September, local time. Figures are those reported to our field network by the time of publication and may be revised.

01:20 | SUWAYDA - al-Mazraa
Fighters of local Druze factions and armed Bedouin tribesmen exchanged machine-gun and mortar fire for about three hours on the western edge of al-Mazraa, some 10 km west of Suwayda city. Two Druze fighters were killed, one of them aged 19, according to a relative. We could not confirm casualties among the tribesmen.

06:45 | SUWAYDA city
Unidentified gunmen in a pickup opened fire on a minibus carrying day labourers at the northern entrance of the city, wounding four of them. Among the wounded is a 16-year-old boy, a medic at the national hospital said.

09:30 | SUWAYDA - road to Izraa
The body of a 31-year-old driver from Walgha, missing since Saturday, was found beside the road to Izraa with gunshot wounds. His family blamed either the tribal fighters or a kidnapping gang that has operated on the road for months.

14:10 | QUNEITRA - Jubata al-Khashab
An Israeli force of seven vehicles entered Jubata al-Khashab, in the northern Quneitra countryside, searched homes and detained three young men, two of them brothers, residents told our correspondent. Two were released after nightfall. The Israeli army said troops had "apprehended several suspects involved in weapons trafficking" in southern Syria.

16:30 | QUNEITRA - Kodana
Israeli bulldozers razed roughly 20 dunums of oak forest near Kodana, in the southern countryside, local farmers said.

NOTES
- The ceasefire announced in Suwayda in July holds on paper only.
- Since that ceasefire, our network has documented at least 63 deaths in Suwayda province.
- Our field coordinators expect new fighting around al-Mazraa if the Damascus road stays closed to fuel trucks.
- Word-of-mouth reports of an air strike near Shahba could not be verified and are not logged.
"""

DRUZE01 = ["Druze factions", "local Druze factions", "Druze fighters", "Druze militia", "Druze"]
TRIBES01 = ["Bedouin tribesmen", "armed Bedouin tribesmen", "tribesmen", "tribal fighters", "Bedouin tribal fighters",
            "Bedouin"]
GANG01 = ["kidnapping gang", "gang", "criminal gang"]
ISR01 = ISRAEL + ["Israeli force", "Israeli bulldozers"]
SYGOV01 = ["Syrian government", "Government of Syria", "Syrian security forces", "General Security", "Syrian army",
           "Military Forces of Syria"]
SUWAYDA = L(["Suwayda", "Sweida", "As-Suwayda", "Suwayda city", "northern entrance of the city"], 32.71, 36.57, "SY")
# "some 10 km west of Suwayda city" -> LKM
MAZRAA = LKM(["al-Mazraa", "Al-Mazra'a", "western edge of al-Mazraa", "west of Suwayda"], 32.71, 36.57, 10, 270, "SY")
IZRAA_RD = L(["road to Izraa", "Izraa", "Walgha", "Suwayda"], cc="SY")
JUBATA = L(["Jubata al-Khashab", "Jubbata al-Khashab", "northern Quneitra countryside", "Quneitra countryside",
            "Quneitra", "southern Syria"], cc="SY")
KODANA = L(["Kodana", "Kudana", "southern countryside", "Quneitra countryside", "Quneitra"], cc="SY")
SHAHBA = L(["Shahba", "near Shahba"], 32.85, 36.63, "SY")
SUWPROV = L(["Suwayda province", "Suwayda", "Sweida"], cc="SY")
SSMN = ["Southern Syria Monitoring Network", "monitoring network", "field network", "our network", "author"]
E01 = [
    # two armed sides firing machine guns and mortars at each other -> Battles (the mortars are inside the
    # exchange); "some 10 km west of Suwayda city" -> LKM; one side's dead only ("We could not confirm casualties
    # among the tribesmen") -> killed 2..open; "01:20" under a log of Monday -> Monday
    E(
        True,
        "Fighters of local Druze factions and armed Bedouin tribesmen exchanged machine-gun and mortar fire for about three hours on the western edge of al-Mazraa",
        BAT,
        CLASH,
        actor1=DRUZE01 + TRIBES01,
        actor2=TRIBES01 + DRUZE01,
        location=MAZRAA,
        date=D("2025-09-15"),
        killed=R(2, None),
        source=SSMN + ["relative"],
    ),
    E(
        False,
        "two fighters killed west of Suwayda",
        BAT,
        CLASH,
        actor1=DRUZE01 + TRIBES01,
        actor2=TRIBES01 + DRUZE01,
        location=MAZRAA,
        date=D("2025-09-15"),
        killed=R(2),
        source=SSMN,
    ),
    # gunmen on a bus of labourers -> Violence against civilians; "wounding four of them" -> 4 (the boy among them)
    E(
        True,
        "Unidentified gunmen in a pickup opened fire on a minibus carrying day labourers at the northern entrance of the city, wounding four of them",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen", "Unidentified gunmen"],
        actor2=CIV + ["minibus", "day labourers", "labourers", "16-year-old boy"],
        location=SUWAYDA,
        date=D("2025-09-15"),
        injured=R(4),
        source=SSMN + ["medic", "national hospital"],
    ),
    # a body found with gunshot wounds -> a killing (Violence against civilians); "missing since Saturday", found on
    # Monday -> Saturday to Monday; "either the tribal fighters or a kidnapping gang" -> both plus unknown; the road
    # to another province -> names and country; the disappearance itself is not told as an abduction -> no gold
    E(
        True,
        "The body of a 31-year-old driver from Walgha, missing since Saturday, was found beside the road to Izraa with gunshot wounds",
        VAC,
        ATTACK,
        actor1=UNK + TRIBES01 + GANG01,
        actor2=CIV + ["driver", "31-year-old driver"],
        location=IZRAA_RD,
        date=D("2025-09-13", "2025-09-15"),
        killed=R(1),
        source=SSMN + ["family", "His family"],
    ),
    # a raid that detains people -> Arrests; the army's own telling of the same raid ("several suspects", southern
    # Syria) -> a non-core copy; the village is not pinned -> names and country
    E(
        True,
        "An Israeli force of seven vehicles entered Jubata al-Khashab, in the northern Quneitra countryside, searched homes and detained three young men",
        STR,
        ARRESTS,
        actor1=ISR01,
        actor2=CIV + ["three young men", "young men", "brothers", "residents"],
        location=JUBATA,
        date=D("2025-09-15"),
        source=["residents"] + SSMN,
    ),
    E(
        False,
        'troops had "apprehended several suspects involved in weapons trafficking" in southern Syria',
        STR,
        ARRESTS,
        actor1=ISR01,
        actor2=["suspects", "several suspects", "weapons trafficking"],
        location=JUBATA,
        date=D("2025-09-15"),
        source=["Israeli army", "Israeli military", "IDF"],
    ),
    E(
        False,
        "Israeli troops detain three in Quneitra countryside",
        STR,
        ARRESTS,
        actor1=ISR01,
        actor2=CIV + ["three young men"],
        location=JUBATA,
        date=D("2025-09-15"),
        source=SSMN,
    ),
    # razing a forest -> Looting/property destruction
    E(
        True,
        "Israeli bulldozers razed roughly 20 dunums of oak forest near Kodana",
        STR,
        LOOT,
        actor1=ISR01,
        actor2=CIV + ["oak forest", "forest", "farmers", "local farmers"],
        location=KODANA,
        date=D("2025-09-15"),
        source=["local farmers", "farmers"] + SSMN,
    ),
    # background: the July ceasefire -> Agreement, non-core
    E(
        False,
        "The ceasefire announced in Suwayda in July holds on paper only",
        STR,
        AGREE,
        actor1=DRUZE01 + SYGOV01 + TRIBES01,
        actor2=SYGOV01 + TRIBES01 + DRUZE01,
        location=SUWPROV,
        date=D("2025-07-01", "2025-07-31"),
        source=SSMN,
    ),
    # the network's count since the ceasefire -> aggregate ("at least 63" -> 63..open)
    E(
        False,
        "Since that ceasefire, our network has documented at least 63 deaths in Suwayda province",
        BAT,
        CLASH,
        actor1=DRUZE01 + TRIBES01 + SYGOV01 + UNK,
        actor2=TRIBES01 + DRUZE01 + CIV,
        location=SUWPROV,
        date=D("2025-07-01", "2025-09-16"),
        killed=R(63, None),
        source=SSMN,
        aggregate=True,
    ),
    # the coordinators' conditional forecast -> hypothetical
    E(
        False,
        "Our field coordinators expect new fighting around al-Mazraa if the Damascus road stays closed to fuel trucks",
        BAT,
        CLASH,
        actor1=DRUZE01 + TRIBES01,
        actor2=TRIBES01 + DRUZE01,
        location=MAZRAA,
        source=SSMN,
        status="hypothetical",
    ),
    # unverified word of mouth about one strike, not logged -> possible, non-core (not the text's subject)
    E(
        False,
        "Word-of-mouth reports of an air strike near Shahba could not be verified",
        EXP,
        AIR,
        actor1=UNK,
        location=SHAHBA,
        date=D("2025-09-15"),
        source=["Word-of-mouth reports"] + SSMN,
        status="possible",
    ),
    # no gold: "We could not confirm casualties among the tribesmen", the boy (inside the count), the
    # disappearance since Saturday (not told as an abduction), "Two were released after nightfall"
]
DOCS.append(
    (
        "dev-ah-01",
        "Southern Syria Monitoring Network",
        "2025-09-16",
        "monitor's daily incident log",
        "southern Syria: a Druze-Bedouin exchange of fire 'some 10 km west of Suwayda city' with one side's dead, "
        "gunmen on a labourers' minibus ('four of them', a 16-year-old), a body found 'missing since Saturday' "
        "blamed on 'either the tribal fighters or a kidnapping gang', an Israeli raid in Quneitra told two ways "
        "(three detained / 'several suspects'), a forest razed, the July ceasefire, a count, a conditional forecast, "
        "an unverified strike",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-ah-01", "Tuesday 16 September 2025", "2025-09-16", "Tuesday"),
    ("dev-ah-01", "Monday 15 September", "2025-09-15", "Monday"),
    ("dev-ah-01", "missing since Saturday", "2025-09-13", "Saturday"),
]

# =============================================================================
# dev-ah-02  ministry statement — Iraq's Anbar: the Jazira desert north of Ramadi, Albu Aitha east of Ramadi,
# Fallujah's al-Jolan, the old Fallujah-Karma road, the Ramadi courthouse (Wed 22 May 2024)
# =============================================================================
T02 = """Statement by the Security Media Cell on operations in Anbar province

Republic of Iraq | Joint Operations Command | Security Media Cell | Baghdad, Wednesday 22 May 2024

In the name of God, the Most Gracious, the Most Merciful.

Acting on accurate intelligence from the Counter-Terrorism Service, Iraqi Air Force F-16 aircraft carried out two air strikes yesterday, Tuesday, on a hideout used by ISIS terrorist remnants in the desert of the Jazira, north of Ramadi. A ground force then searched the site and found the bodies of five terrorists, among them a so-called military official of the Anbar sector, together with explosive belts and a motorcycle.

At dawn today, an explosive device planted by terrorist gangs on a side road in the Albu Aitha area, east of Ramadi, went off against a patrol of the 10th Army Division, wounding an officer and two soldiers. One of the three, a first lieutenant, later died of his wounds in Ramadi Teaching Hospital.

In Fallujah, a detachment of the Intelligence Agency arrested a terrorist wanted under Article 4 of the Anti-Terrorism Law in the al-Jolan neighbourhood on Monday. He confessed to taking part in attacks on the security forces in 2015.

Engineering teams of the Anbar Operations Command dismantled four explosive devices left by the terrorist gangs on the old Fallujah-Karma road, without losses.

On Sunday, relatives of detainees gathered in front of the Ramadi courthouse to demand a review of their sons' cases. The gathering ended peacefully after a delegation was received by the governor's office. The Security Media Cell denies the fabricated reports circulated by suspicious pages claiming that security forces fired at the gathering.

Since the start of this year, our forces have arrested 214 wanted persons and killed 37 terrorists in Anbar province.

We remind citizens that these criminal gangs were defeated in Fallujah in June 2016, and that their remnants hiding in caves and valleys will not escape justice. Our forces will pursue them wherever they are, and will strike with an iron fist anyone who tampers with the security of our beloved province.

Security Media Cell
"""

IQ02 = ["Iraqi Air Force", "Iraqi security forces", "Iraqi army", "Iraqi forces", "Military Forces of Iraq",
        "Counter-Terrorism Service", "ground force", "our forces", "security forces", "Iraqi government"]
ARMY02 = ["10th Army Division", "patrol", "Iraqi army", "officer", "soldiers", "Military Forces of Iraq"]
INTEL02 = ["Intelligence Agency", "Iraqi Intelligence Agency", "Ministry of Interior", "Iraqi security forces"]
ENG02 = ["Engineering teams", "Anbar Operations Command", "Iraqi army", "Iraqi security forces"]
ISIS02 = ISIS + ["ISIS terrorist remnants", "terrorists", "terrorist gangs", "criminal gangs", "terrorist"]
# "north of Ramadi" / "east of Ramadi" with no distance -> Ramadi's point
JAZIRA = L(["desert of the Jazira", "Jazira", "Jazirat al-Ramadi", "north of Ramadi", "Ramadi"], 33.42, 43.30, "IQ")
ALBU_AITHA = L(["Albu Aitha", "Albu Aitha area", "east of Ramadi", "Ramadi"], 33.42, 43.30, "IQ")
FALLUJAH = L(["Fallujah", "Falluja", "al-Jolan", "al-Jolan neighbourhood", "Jolan"], 33.35, 43.78, "IQ")
KARMA_RD = L(["old Fallujah-Karma road", "Fallujah-Karma road", "Karma", "Fallujah"], cc="IQ")
RAMADI = L(["Ramadi", "Ramadi courthouse"], 33.42, 43.30, "IQ")
ANBAR = L(["Anbar province", "Anbar", "Al Anbar"], cc="IQ")
SMC = ["Security Media Cell", "Joint Operations Command", "Iraqi Security Media Cell", "author"]
E02 = [
    # the bodies found by the ground force a sentence later -> killed 5 folded into the strikes (a body count is a
    # killed count); "yesterday, Tuesday" -> 21 May; two strikes on one hideout -> one event
    E(
        True,
        "Iraqi Air Force F-16 aircraft carried out two air strikes yesterday, Tuesday, on a hideout used by ISIS terrorist remnants in the desert of the Jazira, north of Ramadi",
        EXP,
        AIR,
        actor1=IQ02 + ["F-16 aircraft", "F-16"],
        actor2=ISIS02 + ["hideout"],
        location=JAZIRA,
        date=D("2024-05-21"),
        killed=R(5),
        source=SMC,
    ),
    E(
        False,
        "found the bodies of five terrorists, among them a so-called military official of the Anbar sector",
        EXP,
        AIR,
        actor1=IQ02,
        actor2=ISIS02,
        location=JAZIRA,
        date=D("2024-05-21"),
        killed=R(5),
        source=SMC,
    ),
    # "terrorist gangs" in a statement about ISIS -> ISIS plus unknown; three wounded, one of whom "later died" ->
    # killed 0..1 and injured 2..3 (the revised toll folded in, as dev_r's "raising the toll"), the death a
    # non-core copy; "At dawn today" -> 22 May
    E(
        True,
        "an explosive device planted by terrorist gangs on a side road in the Albu Aitha area, east of Ramadi, went off against a patrol of the 10th Army Division, wounding an officer and two soldiers",
        EXP,
        IED,
        actor1=ISIS02 + UNK,
        actor2=ARMY02 + IQ02,
        location=ALBU_AITHA,
        date=D("2024-05-22"),
        killed=R(0, 1),
        injured=R(2, 3),
        source=SMC,
    ),
    E(
        False,
        "One of the three, a first lieutenant, later died of his wounds in Ramadi Teaching Hospital",
        EXP,
        IED,
        actor1=ISIS02 + UNK,
        actor2=ARMY02 + ["first lieutenant"],
        location=ALBU_AITHA,
        date=D("2024-05-22"),
        killed=R(1),
        source=SMC,
    ),
    E(
        True,
        "a detachment of the Intelligence Agency arrested a terrorist wanted under Article 4 of the Anti-Terrorism Law in the al-Jolan neighbourhood on Monday",
        STR,
        ARRESTS,
        actor1=INTEL02,
        actor2=ISIS02 + ["wanted man", "terrorist wanted"],
        location=FALLUJAH,
        date=D("2024-05-20"),
        source=SMC,
    ),
    # the confession's "attacks ... in 2015" -> background, aggregate
    E(
        False,
        "taking part in attacks on the security forces in 2015",
        BAT,
        CLASH,
        actor1=ISIS02,
        actor2=IQ02,
        location=ANBAR,
        date=D("2015-01-01", "2015-12-31"),
        source=SMC,
        aggregate=True,
    ),
    # devices dismantled -> Disrupted weapons use; undated in the text -> no date; a road between two towns ->
    # names and country
    E(
        True,
        "Engineering teams of the Anbar Operations Command dismantled four explosive devices left by the terrorist gangs on the old Fallujah-Karma road",
        STR,
        DISRUPT,
        actor1=ENG02,
        actor2=ISIS02 + ["explosive devices"],
        location=KARMA_RD,
        source=SMC,
    ),
    # relatives gathering before a court, "ended peacefully" -> Peaceful protest; the shooting the statement denies
    # -> a non-core denied event, the denier as source
    E(
        True,
        "relatives of detainees gathered in front of the Ramadi courthouse to demand a review of their sons' cases",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["relatives of detainees", "relatives"],
        location=RAMADI,
        date=D("2024-05-19"),
        source=SMC,
    ),
    E(
        False,
        "claiming that security forces fired at the gathering",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IQ02),
        location=RAMADI,
        date=D("2024-05-19"),
        source=SMC,
        status="denied",
    ),
    # the year's tallies -> two aggregates
    E(
        False,
        "our forces have arrested 214 wanted persons",
        STR,
        ARRESTS,
        actor1=IQ02,
        actor2=ISIS02 + ["wanted persons"],
        location=ANBAR,
        date=D("2024-01-01", "2024-05-22"),
        source=SMC,
        aggregate=True,
    ),
    E(
        False,
        "killed 37 terrorists in Anbar province",
        BAT,
        CLASH,
        actor1=IQ02,
        actor2=ISIS02,
        location=ANBAR,
        date=D("2024-01-01", "2024-05-22"),
        killed=R(37),
        source=SMC,
        aggregate=True,
    ),
    # background: the recapture of Fallujah -> Government regains territory, non-core
    E(
        False,
        "these criminal gangs were defeated in Fallujah in June 2016",
        BAT,
        GOVREGAIN,
        actor1=IQ02,
        actor2=ISIS02,
        location=FALLUJAH,
        date=D("2016-06-01", "2016-06-30"),
        source=SMC,
    ),
    # the vow -> planned
    E(
        False,
        "Our forces will pursue them wherever they are",
        BAT,
        CLASH,
        actor1=IQ02,
        actor2=ISIS02,
        location=ANBAR,
        source=SMC,
        status="planned",
    ),
    # no gold: the "accurate intelligence", the belts and motorcycle (inside the strike), "without losses" (no
    # number for an event with no target), "their remnants hiding in caves and valleys" (generic), the "iron fist"
]
DOCS.append(
    (
        "dev-ah-02",
        "Iraq Security Media Cell (statement)",
        "2024-05-22",
        "ministry statement",
        "Iraq/Anbar: F-16 strikes 'north of Ramadi' 'yesterday, Tuesday' with five bodies found a sentence later, an "
        "IED 'east of Ramadi' with three wounded of whom one 'later died', an arrest in Fallujah, devices dismantled "
        "(undated), a gathering of detainees' relatives and the denied shooting at it, two tallies, 2015 and 2016 "
        "background, a vow",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-ah-02", "Wednesday 22 May 2024 / At dawn today", "2024-05-22", "Wednesday"),
    ("dev-ah-02", "yesterday, Tuesday", "2024-05-21", "Tuesday"),
    ("dev-ah-02", "on Monday", "2024-05-20", "Monday"),
    ("dev-ah-02", "On Sunday", "2024-05-19", "Sunday"),
]

# =============================================================================
# dev-ah-03  interview — Iraq's Nineveh: a checkpoint on the Tal Afar-Sinjar road 15 km west of Tal Afar, Mosul's
# west bank (al-Zanjili, the Old City), the governorate building; 2014 background (Tue 18 Mar 2025)
# =============================================================================
T03 = """'They come at night, in twos and threes': a Tal Afar police commander on the ISIS threat

Nineveh Now | Interview | Mosul, 18 March 2025

Brigadier Khalid al-Jubouri, who commands the police in Tal Afar district west of Mosul, spoke to Nineveh Now on Monday, three days after an attack on one of his checkpoints. The interview has been shortened and edited for clarity.

Q: What happened on Friday night?
A: Four or five ISIS members attacked our checkpoint on the Tal Afar-Sinjar road, about 15 km west of Tal Afar, at around two in the morning. My men fought them for almost an hour. We lost one policeman, and two others were wounded. We believe we hit at least two of the attackers, because we found blood on the ground, but they escaped towards the desert.

Q: Some pages said the attackers came from Sinjar's armed groups, not ISIS.
A: Rumours. The YBS denied it the same day, and every piece of evidence points to ISIS.

Q: Have there been arrests?
A: On Saturday our intelligence officers arrested three suspects in the Zanjili neighbourhood on Mosul's west bank, among them a man who gave the cell shelter and a car.

Q: The Old City is still dangerous?
A: Every week the rubble gives back something from 2017. On Thursday an old explosive went off under a collapsed house in the Old City, killing two workers who were clearing debris, brothers aged 19 and 23. Teams had cleared that street twice.

Q: Families of the missing say nobody listens to them.
A: I understand them. Dozens of women held a sit-in outside the governorate building on Sunday with photographs of their sons, and nobody disturbed them. Some have been waiting since 2014, when ISIS overran Mosul and Tal Afar in a matter of days.

Q: Could ISIS hold ground again?
A: No. It cannot take a village anymore. But the desert west of Tal Afar is a sponge that soaks up small cells, and if we relax, they could hit a checkpoint every week.
"""

ISIS03 = ISIS + ["ISIS members", "the cell", "attackers", "cell"]
POL03 = ["Iraqi police", "police", "Tal Afar police", "policeman", "our checkpoint", "checkpoint",
         "Iraqi security forces", "Police Forces of Iraq"]
IQINT03 = ["intelligence officers", "Iraqi intelligence", "our intelligence officers", "Iraqi security forces",
           "police"]
YBS = ["Sinjar Resistance Units", "YBS", "YBŞ", "Sinjar's armed groups", "armed groups"]
# "about 15 km west of Tal Afar" on the road to Sinjar -> LKM
TALAFAR_CP = LKM(["Tal Afar-Sinjar road", "west of Tal Afar", "Tal Afar", "Tal Afar district"], 36.38, 42.45, 15, 270,
                 "IQ")
ZANJILI = L(["Zanjili", "Zanjili neighbourhood", "al-Zanjili", "Mosul's west bank", "west Mosul", "Mosul"], 36.35,
            43.11, "IQ")
OLDCITY = L(["Old City", "Mosul Old City", "Mosul"], 36.34, 43.13, "IQ")
MOSUL = L(["Mosul", "governorate building", "Nineveh governorate"], 36.34, 43.13, "IQ")
NN = ["Nineveh Now", "author"]
JUB = ["Khalid al-Jubouri", "al-Jubouri", "Brigadier Khalid al-Jubouri", "Tal Afar police", "police commander"]
E03 = [
    # an attack on an armed checkpoint -> Battles; "on Friday night ... at around two in the morning" -> Friday and
    # Saturday; the police's own dead and wounded (one side) -> killed 1..open and injured 2..open, and the
    # attackers "hit" (unsplit, "at least two") -> casualties 2 + 1 + 2 = 5..open, as dev_r's unsplit-plus-split
    # rule
    E(
        True,
        "Four or five ISIS members attacked our checkpoint on the Tal Afar-Sinjar road, about 15 km west of Tal Afar, at around two in the morning",
        BAT,
        CLASH,
        actor1=ISIS03,
        actor2=POL03,
        location=TALAFAR_CP,
        date=D("2025-03-14", "2025-03-15"),
        killed=R(1, None),
        injured=R(2, None),
        casualties=R(5, None),
        source=JUB + NN,
    ),
    # the pages' blame -> a non-core copy with its own actor1; the YBS denial -> non-core denied
    E(
        False,
        "Some pages said the attackers came from Sinjar's armed groups, not ISIS",
        BAT,
        CLASH,
        actor1=YBS,
        actor2=POL03,
        location=TALAFAR_CP,
        date=D("2025-03-14", "2025-03-15"),
        source=["Some pages", "pages", "social media pages", "Nineveh Now"],
    ),
    E(
        False,
        "The YBS denied it the same day",
        BAT,
        CLASH,
        actor1=YBS,
        actor2=POL03,
        location=TALAFAR_CP,
        date=D("2025-03-14", "2025-03-15"),
        source=YBS,
        status="denied",
    ),
    E(
        True,
        "On Saturday our intelligence officers arrested three suspects in the Zanjili neighbourhood on Mosul's west bank",
        STR,
        ARRESTS,
        actor1=IQINT03,
        actor2=ISIS03 + ["three suspects", "suspects"],
        location=ZANJILI,
        date=D("2025-03-15"),
        source=JUB + NN,
    ),
    # a remnant of the 2017 battle going off -> Remote explosive/landmine/IED with ISIS (who left it) plus unknown;
    # "two workers ... brothers aged 19 and 23" -> 2; "On Thursday" told on Monday -> 13 March
    E(
        True,
        "On Thursday an old explosive went off under a collapsed house in the Old City, killing two workers who were clearing debris",
        EXP,
        IED,
        actor1=UNK + ISIS,
        actor2=CIV + ["workers", "two workers", "brothers"],
        location=OLDCITY,
        date=D("2025-03-13"),
        killed=R(2),
        source=JUB + NN,
    ),
    # a sit-in, "nobody disturbed them" -> Peaceful protest
    E(
        True,
        "Dozens of women held a sit-in outside the governorate building on Sunday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["women", "Dozens of women", "families of the missing"],
        location=MOSUL,
        date=D("2025-03-16"),
        source=JUB + NN,
    ),
    # background: the 2014 offensive -> Non-state actor overtakes territory, non-core; "since 2014" -> the year
    E(
        False,
        "ISIS overran Mosul and Tal Afar in a matter of days",
        BAT,
        NSAOVER,
        actor1=ISIS,
        actor2=["Iraqi army", "Iraqi security forces", "Iraqi forces", "Military Forces of Iraq"],
        location=MOSUL,
        date=D("2014-01-01", "2014-12-31"),
        source=JUB + NN,
    ),
    # the commander's conditional -> hypothetical
    E(
        False,
        "if we relax, they could hit a checkpoint every week",
        BAT,
        CLASH,
        actor1=ISIS03,
        actor2=POL03,
        location=L(["desert west of Tal Afar", "Tal Afar"], cc="IQ"),
        source=JUB,
        status="hypothetical",
    ),
    # no gold: the headline's "They come at night, in twos and threes" (generic), "Every week the rubble gives back
    # something from 2017" (generic), "Teams had cleared that street twice", "It cannot take a village anymore" (a
    # negated generic), the "sponge" (a metaphor), the escape towards the desert (inside the attack)
]
DOCS.append(
    (
        "dev-ah-03",
        "Nineveh Now",
        "2025-03-18",
        "interview (Q&A)",
        "Iraq/Nineveh: a police commander on an ISIS attack on a checkpoint 'about 15 km west of Tal Afar' 'on Friday "
        "night ... at around two in the morning' (one policeman dead, two wounded, 'at least two' attackers hit), the "
        "pages' blame of Sinjar's groups and the YBS denial, arrests on Mosul's west bank, a 2017 remnant killing "
        "'brothers aged 19 and 23', a sit-in, 2014 background, a conditional, a metaphor",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-ah-03", "18 March 2025", "2025-03-18", "Tuesday"),
    ("dev-ah-03", "on Monday", "2025-03-17", "Monday"),
    ("dev-ah-03", "on Sunday", "2025-03-16", "Sunday"),
    ("dev-ah-03", "On Saturday / Friday night (end)", "2025-03-15", "Saturday"),
    ("dev-ah-03", "Friday night / three days after Monday", "2025-03-14", "Friday"),
    ("dev-ah-03", "On Thursday", "2025-03-13", "Thursday"),
]

# =============================================================================
# dev-ah-04  live blog — Beirut's southern suburbs (Haret Hreik, Burj al-Barajneh, Ghobeiry), the airport road and
# Rafic Hariri airport; Haifa and Kiryat Ata (Thu 10 Oct 2024)
# =============================================================================
T04 = """LIVE: Strikes hit Beirut's southern suburbs overnight; car struck on airport road

The Levant Desk | Live updates | Thursday 10 October 2024 | All times Beirut (GMT+3)

07:05
Good morning. Israeli jets carried out at least six strikes on Beirut's southern suburbs overnight, shortly after the army's Arabic-language spokesman posted evacuation warnings for buildings in Haret Hreik and Burj al-Barajneh. Smoke still hangs over Dahiyeh this morning.

08:20
The health ministry says one of the overnight strikes, on a residential building in Haret Hreik, killed three people. In a second statement it puts the number of wounded at 11, two of them children.

10:05
An Israeli drone has struck a car on the airport road at the edge of Burj al-Barajneh, killing two men, the state-run National News Agency (NNA) reports. NNA says the men were brothers who sold fuel.

10:40
The Israeli army says its strike on the airport road "eliminated" a Hezbollah operative responsible for smuggling weapons from Iran. It gives no name.

11:30
Transport minister denies reports that a strike hit near the perimeter of Rafic Hariri International Airport. Flights by the national carrier are operating.

13:40
Hezbollah says its fighters fired a salvo of rockets at a military base south of Haifa "in response to the massacres in Dahiyeh". The Israeli military says about 15 projectiles crossed from Lebanon and most were intercepted. Medics say a 60-year-old man was lightly hurt by shrapnel in Kiryat Ata.

15:10
Health ministry tally: at least 2,100 people have been killed in Lebanon since October last year, most of them since 23 September.

16:45
New warning from the army's Arabic-language spokesman, this time for a building in Ghobeiry: residents are told to leave "immediately" and move at least 500 metres away.

17:20
Families from the suburbs are sleeping in cars along the seafront. "Dahiyeh has become a ghost town," one man from Burj al-Barajneh tells our reporter.

18:05
An Israeli minister says Dahiyeh "will look like Gaza" if Hezbollah keeps firing at Israeli cities. We'll be pausing our coverage here.
"""

ISR04 = ISRAEL + ["Israeli jets", "Israeli drone", "its strike"]
HEZ04 = HEZB + ["its fighters", "Hezbollah fighters", "Hezbollah operative", "operative"]
DAHIYEH = L(["Beirut's southern suburbs", "southern suburbs", "Dahiyeh", "Dahieh", "Haret Hreik", "Burj al-Barajneh",
             "Beirut"], 33.85, 35.51, "LB")
HARET_HREIK = L(["Haret Hreik", "Harat Hreik", "residential building", "Dahiyeh", "Beirut"], 33.85, 35.51, "LB")
AIRPORT_RD = L(["airport road", "Burj al-Barajneh", "Bourj el-Barajneh", "edge of Burj al-Barajneh", "Beirut"], 33.85,
               35.50, "LB")
AIRPORT = L(["Rafic Hariri International Airport", "Beirut airport", "airport", "perimeter"], 33.82, 35.49, "LB")
GHOBEIRY = L(["Ghobeiry", "Ghobeiri", "Beirut"], 33.86, 35.50, "LB")
# "a military base south of Haifa" -> Haifa's point; the shrapnel in Kiryat Ata (~12 km east) is within reach
HAIFA = L(["Haifa", "south of Haifa", "military base south of Haifa", "Kiryat Ata"], 32.79, 34.99, "IL")
LEB04 = L(["Lebanon"], cc="LB")
LD = ["The Levant Desk", "Levant Desk", "author"]
MOH04 = ["health ministry", "Lebanese health ministry", "Ministry of Public Health"]
ARMY04 = ["Israeli army", "Israeli military", "IDF", "army's Arabic-language spokesman"]
E04 = [
    # "at least six strikes ... overnight" on a whole district -> aggregate; "overnight" -> both days
    E(
        False,
        "Israeli jets carried out at least six strikes on Beirut's southern suburbs overnight",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HEZ04 + CIV + ["buildings"],
        location=DAHIYEH,
        date=D("2024-10-09", "2024-10-10"),
        source=LD,
        aggregate=True,
    ),
    # the warnings before the strikes -> planned
    E(
        False,
        "the army's Arabic-language spokesman posted evacuation warnings for buildings in Haret Hreik and Burj al-Barajneh",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=["buildings"] + HEZ04,
        location=DAHIYEH,
        source=ARMY04,
        status="planned",
    ),
    # one strike of the night with its toll; the wounded a sentence later -> folded in, that sentence a non-core copy
    E(
        True,
        "one of the overnight strikes, on a residential building in Haret Hreik, killed three people",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + ["residential building", "three people"],
        location=HARET_HREIK,
        date=D("2024-10-09", "2024-10-10"),
        killed=R(3),
        injured=R(11),
        source=MOH04,
    ),
    E(
        False,
        "In a second statement it puts the number of wounded at 11, two of them children",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + ["children"],
        location=HARET_HREIK,
        date=D("2024-10-09", "2024-10-10"),
        injured=R(11),
        source=MOH04,
    ),
    # one strike, two targets by two sources (NNA's two fuel-selling brothers / the army's Hezbollah operative) ->
    # one core event per version; "eliminated" one operative -> killed 1
    E(
        True,
        "An Israeli drone has struck a car on the airport road at the edge of Burj al-Barajneh, killing two men",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + ["car", "two men", "brothers"],
        location=AIRPORT_RD,
        date=D("2024-10-10"),
        killed=R(2),
        source=["National News Agency", "NNA"] + LD,
    ),
    E(
        True,
        'its strike on the airport road "eliminated" a Hezbollah operative responsible for smuggling weapons from Iran',
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HEZ04,
        location=AIRPORT_RD,
        date=D("2024-10-10"),
        killed=R(1),
        source=ARMY04,
    ),
    # the minister's denial of a rumoured strike -> non-core denied
    E(
        False,
        "Transport minister denies reports that a strike hit near the perimeter of Rafic Hariri International Airport",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=["Rafic Hariri International Airport", "airport"],
        location=AIRPORT,
        date=D("2024-10-10"),
        source=["Transport minister", "Lebanese transport minister", "transport ministry"],
        status="denied",
    ),
    # Hezbollah's claim -> core, sourced to it; the army's count of the salvo (same salvo, other words) -> a non-core
    # copy; "most were intercepted" -> a core Disrupted weapons use; the man hurt in Kiryat Ata -> injured 1 folded
    # into the claim, as dev_r folded MDA's "no injuries"
    E(
        True,
        "its fighters fired a salvo of rockets at a military base south of Haifa",
        EXP,
        SHELL,
        actor1=HEZ04,
        actor2=ISRAEL + ["military base", "military base south of Haifa"],
        location=HAIFA,
        date=D("2024-10-10"),
        injured=R(1),
        source=HEZB + ["Medics", "medics"],
    ),
    E(
        False,
        "The Israeli military says about 15 projectiles crossed from Lebanon",
        EXP,
        SHELL,
        actor1=HEZ04 + UNK,
        actor2=ISRAEL,
        location=HAIFA,
        date=D("2024-10-10"),
        source=ARMY04,
    ),
    E(
        True,
        "most were intercepted",
        STR,
        DISRUPT,
        actor1=ISR04,
        actor2=HEZ04 + ["projectiles", "rockets"],
        location=HAIFA,
        date=D("2024-10-10"),
        source=ARMY04,
    ),
    # the ministry's tally -> aggregate ("since October last year" -> from 1 October 2023)
    E(
        False,
        "at least 2,100 people have been killed in Lebanon since October last year",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=CIV + HEZ04,
        location=LEB04,
        date=D("2023-10-01", "2024-10-10"),
        killed=R(2100, None),
        source=MOH04,
        aggregate=True,
    ),
    # a new evacuation warning -> planned
    E(
        False,
        "New warning from the army's Arabic-language spokesman, this time for a building in Ghobeiry",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=["building"] + HEZ04,
        location=GHOBEIRY,
        source=ARMY04,
        status="planned",
    ),
    # the minister's conditional threat (his state's own) -> planned
    E(
        False,
        'Dahiyeh "will look like Gaza" if Hezbollah keeps firing at Israeli cities',
        EXP,
        AIR,
        actor1=ISR04,
        actor2=HEZ04 + CIV,
        location=DAHIYEH,
        source=["Israeli minister"] + ISRAEL,
        status="planned",
    ),
    # no gold: "Smoke still hangs over Dahiyeh", "It gives no name", the flights, "in response to the massacres in
    # Dahiyeh" (a back-reference), the families in cars, "a ghost town" (a metaphor)
]
# the headline's copies
E04 += [
    E(False, "Strikes hit Beirut's southern suburbs overnight", EXP, AIR, actor1=ISR04, actor2=HEZ04 + CIV,
      location=DAHIYEH, date=D("2024-10-09", "2024-10-10"), source=LD, aggregate=True),
    E(False, "car struck on airport road", EXP, AIR, actor1=ISR04, actor2=["car"] + CIV + HEZ04, location=AIRPORT_RD,
      date=D("2024-10-10"), source=LD),
]
DOCS.append(
    (
        "dev-ah-04",
        "The Levant Desk",
        "2024-10-10",
        "live blog",
        "Beirut: 'at least six strikes' on the southern suburbs 'overnight' (aggregate) after evacuation warnings, one "
        "strike's toll with the wounded in 'a second statement', a drone strike on the airport road told as two "
        "fuel-selling brothers (NNA) and as a Hezbollah operative (the army), a denied strike near the airport, a "
        "Hezbollah salvo on Haifa with the army's count and the interception, a tally, a new warning, a metaphor, a "
        "conditional threat",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-ah-04", "Thursday 10 October 2024", "2024-10-10", "Thursday"),
]

# =============================================================================
# dev-ah-05  feature with quotes — northern Gaza: Beit Lahiya's al-Salateen area and its project housing, a
# checkpoint on Salah al-Din road out of Beit Hanoun, Beit Hanoun (Thu 14 Nov 2024)
# =============================================================================
T05 = """In Beit Lahiya, counting the dead by family name

The Long Read Weekly | Feature | 14 November 2024 | By our correspondent in Gaza

GAZA CITY - Umm Ziyad al-Masri, 52, keeps a list on the back of a UN flour receipt. It has 23 names, all of them al-Masri. "My husband, three of my sons, my daughter-in-law, their children," she said, reading them out in a classroom in Gaza City where she has slept since fleeing Beit Lahiya last week.

The family's four-storey house in Beit Lahiya's al-Salateen area was hit by an Israeli air strike shortly before midnight on Monday 4 November, according to her and to two neighbours. Gaza's Civil Defence said at least 23 people were killed; relatives say several more are still under the rubble. The Israeli military said it had struck "a Hamas observation post" in the area and that it was reviewing reports of civilian casualties.

Her son Ahmad, 17, survived because he had gone out to fetch water. Two days later, he said, a quadcopter drone fired on a line of people waiting at a water point near the Beit Lahiya project housing, wounding two boys aged 12 and 14. "You stand in line and you pray," he said.

Beit Hanoun, a few kilometres to the east, is now almost empty. Men who left it through an army checkpoint on Salah al-Din road on Wednesday last week described being held for hours; several said soldiers detained dozens of men and drove them away in trucks. The army said it had "apprehended terror suspects" among the evacuees.

Hamas's armed wing, the Qassam Brigades, said on Saturday that its fighters had blown up an explosive device under an Israeli force in Beit Hanoun, "killing and wounding its members". The Israeli army announced that a 20-year-old staff sergeant had been killed in combat in northern Gaza the same day.

Since the army began its latest operation in the north on 5 October, the Gaza health ministry says, more than 1,800 people have been killed there. Israeli officials say the operation aims to stop Hamas from regrouping and will go on "as long as necessary".

Umm Ziyad folded her receipt. "They say Gaza is a prison," she said. "A prison has food."
"""

ISR05 = ISRAEL + ["Israeli air strike", "quadcopter drone", "quadcopter", "soldiers", "army", "Israeli force"]
HAMAS05 = HAMAS + ["its fighters", "Hamas observation post", "observation post", "terror suspects"]
BEIT_LAHIYA = L(["Beit Lahiya", "Beit Lahia", "al-Salateen", "al-Salateen area", "Beit Lahiya project housing",
                 "project housing"], 31.55, 34.50, "PS")
BEIT_HANOUN = L(["Beit Hanoun", "Beit Hanun", "Salah al-Din road", "army checkpoint"], 31.54, 34.54, "PS")
NGAZA = L(["northern Gaza", "north Gaza", "Gaza Strip"], cc="PS")
LRW = ["The Long Read Weekly", "Long Read Weekly", "our correspondent", "author"]
GCD05 = ["Gaza's Civil Defence", "Civil Defence", "Palestinian Civil Defence", "Gaza Civil Defence"]
IDF05 = ["Israeli military", "Israeli army", "IDF", "army"]
E05 = [
    # one strike, two objects by two sources (the family's house with the Civil Defence's "at least 23" / the army's
    # "Hamas observation post") -> one core event per version; the toll a sentence later and the relatives'
    # "several more ... under the rubble" -> 23..open folded into the house version
    E(
        True,
        "The family's four-storey house in Beit Lahiya's al-Salateen area was hit by an Israeli air strike shortly before midnight on Monday 4 November",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + ["house", "four-storey house", "al-Masri family", "family"],
        location=BEIT_LAHIYA,
        date=D("2024-11-04"),
        killed=R(23, None),
        source=["Umm Ziyad al-Masri", "Umm Ziyad", "neighbours", "two neighbours"] + GCD05 + LRW,
    ),
    E(
        False,
        "Gaza's Civil Defence said at least 23 people were killed",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV,
        location=BEIT_LAHIYA,
        date=D("2024-11-04"),
        killed=R(23, None),
        source=GCD05,
    ),
    E(
        True,
        'it had struck "a Hamas observation post" in the area',
        EXP,
        AIR,
        actor1=ISR05,
        actor2=HAMAS05,
        location=BEIT_LAHIYA,
        date=D("2024-11-04"),
        source=IDF05,
    ),
    # a quadcopter firing on a queue -> a drone strike (the guide's "any drone strike"); no operator named in a
    # story of Israeli operations -> Israel plus unknown; "Two days later" than Monday 4 November -> 6 November;
    # "two boys aged 12 and 14" -> 2
    E(
        True,
        "a quadcopter drone fired on a line of people waiting at a water point near the Beit Lahiya project housing, wounding two boys aged 12 and 14",
        EXP,
        AIR,
        actor1=ISR05 + UNK,
        actor2=CIV + ["line of people", "two boys", "boys"],
        location=BEIT_LAHIYA,
        date=D("2024-11-06"),
        injured=R(2),
        source=["Ahmad", "her son Ahmad"] + LRW,
    ),
    # detentions at a checkpoint -> Arrests ("dozens" of detainees are no casualties -> no number field); "on
    # Wednesday last week" in a Thursday paper -> 6 November; the army's telling -> a non-core copy
    E(
        True,
        "soldiers detained dozens of men and drove them away in trucks",
        STR,
        ARRESTS,
        actor1=ISR05,
        actor2=CIV + ["men", "dozens of men", "evacuees"],
        location=BEIT_HANOUN,
        date=D("2024-11-06"),
        source=["Men who left", "men who left Beit Hanoun", "men"] + LRW,
    ),
    E(
        False,
        'it had "apprehended terror suspects" among the evacuees',
        STR,
        ARRESTS,
        actor1=ISR05,
        actor2=HAMAS05 + ["evacuees"],
        location=BEIT_HANOUN,
        date=D("2024-11-06"),
        source=IDF05,
    ),
    # a party's claim -> core, occurred, sourced to it; "killing and wounding its members" (no number) -> no number
    # field; the army's soldier killed "in northern Gaza the same day" (no cause, no town) -> a core Battles event of
    # its own, killed 1 (one side)
    E(
        True,
        "its fighters had blown up an explosive device under an Israeli force in Beit Hanoun",
        EXP,
        IED,
        actor1=HAMAS05,
        actor2=ISR05,
        location=BEIT_HANOUN,
        date=D("2024-11-09"),
        source=HAMAS,
    ),
    E(
        True,
        "a 20-year-old staff sergeant had been killed in combat in northern Gaza the same day",
        BAT,
        CLASH,
        actor1=HAMAS05 + ISR05,
        actor2=ISR05 + ["staff sergeant"] + HAMAS05,
        location=NGAZA,
        date=D("2024-11-09"),
        killed=R(1, None),
        source=IDF05,
    ),
    # the ministry's count since 5 October -> aggregate ("more than 1,800" -> 1801..open)
    E(
        False,
        "more than 1,800 people have been killed there",
        EXP,
        AIR,
        actor1=ISR05,
        actor2=CIV + HAMAS05,
        location=NGAZA,
        date=D("2024-10-05", "2024-11-14"),
        killed=R(1801, None),
        source=["Gaza health ministry", "health ministry"],
        aggregate=True,
    ),
    # the officials' "will go on" -> planned
    E(
        False,
        'will go on "as long as necessary"',
        BAT,
        CLASH,
        actor1=ISR05,
        actor2=HAMAS05,
        location=NGAZA,
        source=["Israeli officials"] + IDF05,
        status="planned",
    ),
    # no gold: the list of names (inside the strike), the flight from Beit Lahiya "last week" (no act of
    # violence), "reviewing reports of civilian casualties", "You stand in line and you pray", Beit Hanoun "almost
    # empty", "being held for hours" (inside the detentions), "to stop Hamas from regrouping", "Gaza is a prison"
    # (a metaphor)
]
DOCS.append(
    (
        "dev-ah-05",
        "The Long Read Weekly",
        "2024-11-14",
        "feature with quotes",
        "northern Gaza: a family's house in Beit Lahiya struck 'shortly before midnight on Monday 4 November' with "
        "'at least 23' dead a sentence later and 'several more' under the rubble, told also as 'a Hamas observation "
        "post'; a quadcopter firing 'Two days later' ('two boys aged 12 and 14'); detentions at a checkpoint 'on "
        "Wednesday last week' told two ways; a Qassam IED claim and the army's dead sergeant 'the same day'; a "
        "count; a vow; a metaphor",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-ah-05", "14 November 2024", "2024-11-14", "Thursday"),
    ("dev-ah-05", "on Saturday / the same day", "2024-11-09", "Saturday"),
    ("dev-ah-05", "on Wednesday last week / Two days later", "2024-11-06", "Wednesday"),
    ("dev-ah-05", "on Monday 4 November", "2024-11-04", "Monday"),
]

# =============================================================================
# dev-ah-06  partisan news agency — West Bank: Qalqilya's eastern neighbourhood, Tuqu' south-east of Bethlehem,
# Kisan east of Bethlehem, al-Khader south of Bethlehem (Thu 20 Mar 2025)
# =============================================================================
T06 = """Occupation forces abduct seven citizens in Qalqilya; young man martyred near Tuqu’

Palestine Now News Agency | Occupied West Bank | Thursday 20 March 2025

QALQILYA - Israeli occupation forces stormed the city of Qalqilya at dawn today, raided dozens of homes in the eastern neighbourhood and abducted seven citizens, among them a former prisoner and two brothers, local sources told our correspondent.

Young men confronted the invading soldiers with stones, and the occupation forces responded with live bullets and tear-gas canisters. A 17-year-old boy was hit by a bullet in the thigh and taken to Darwish Nazzal hospital in moderate condition, while dozens of others suffered from tear-gas inhalation.

BETHLEHEM - A young man was martyred yesterday evening by occupation bullets near the entrance of the town of Tuqu’, south-east of Bethlehem. The Palestinian health ministry named him as Yazan Ibrahim, 22, and said he had been shot in the chest and left to bleed for more than half an hour before soldiers allowed an ambulance to reach him.

The occupation army claimed that soldiers had shot “an armed terrorist who opened fire at a military post” near the town. His family said he had been on his way home from work.

On Tuesday, a gang of colonists from the nearby colony attacked farmers in the village of Kisan, east of Bethlehem, under the protection of occupation soldiers, burning about 40 olive trees and beating a man in his sixties, who was taken to hospital with bruises.

Occupation bulldozers also demolished a two-storey house under construction in al-Khader, south of Bethlehem, on Wednesday morning, under the pretext of building without a permit.

According to the Palestinian Prisoners’ Society, the occupation has abducted more than 1,700 citizens across the West Bank since the start of the year.

The National and Islamic Forces in Bethlehem governorate called for a general strike to mourn the martyr Ibrahim and for a march after his funeral.

These daily crimes prove once again that the occupation is waging an open war on our people in every city, village and camp, while the world watches in silence.
"""

ISR06 = ISRAEL + ["occupation forces", "Israeli occupation forces", "occupation soldiers", "occupation army",
                  "soldiers", "occupation", "Occupation bulldozers", "invading soldiers"]
SETTLERS06 = SETTLERS + ["colonists", "gang of colonists"]
QALQILYA = L(["Qalqilya", "Qalqiliya", "eastern neighbourhood", "city of Qalqilya"], 32.19, 34.97, "PS")
TUQU = L(["Tuqu’", "Tuqu'", "Tuqu", "Tekoa", "entrance of the town of Tuqu’", "south-east of Bethlehem"], 31.64,
         35.21, "PS")
# "the village of Kisan, east of Bethlehem" -> Bethlehem's point (the guide's "east of X")
KISAN = L(["Kisan", "village of Kisan", "east of Bethlehem", "Bethlehem"], 31.70, 35.20, "PS")
KHADER = L(["al-Khader", "Al-Khader", "al-Khadr", "south of Bethlehem"], 31.69, 35.17, "PS")
WB06 = L(["West Bank", "occupied West Bank"], cc="PS")
BETHLEHEM = L(["Bethlehem governorate", "Bethlehem"], 31.70, 35.20, "PS")
PNNA = ["Palestine Now News Agency", "Palestine Now", "our correspondent", "author"]
MOH06 = ["Palestinian health ministry", "health ministry", "Palestinian Ministry of Health"]
E06 = [
    # "abducted seven citizens" in a raid -> Arrests (the outlet's word for detention); "at dawn today" -> 20 March
    E(
        True,
        "Israeli occupation forces stormed the city of Qalqilya at dawn today, raided dozens of homes in the eastern neighbourhood and abducted seven citizens",
        STR,
        ARRESTS,
        actor1=ISR06,
        actor2=CIV + ["seven citizens", "citizens", "former prisoner", "two brothers"],
        location=QALQILYA,
        date=D("2025-03-20"),
        source=["local sources"] + PNNA,
    ),
    # stones against a raid met with live fire and gas -> Riots/Violent demonstration (ACLED's coding of stone-
    # throwing confrontations); one hit by a bullet plus "dozens of others" treated for gas -> injured 1..open (gas
    # cases may count, as dev_r's "1..5")
    E(
        True,
        "Young men confronted the invading soldiers with stones, and the occupation forces responded with live bullets and tear-gas canisters",
        RIOT,
        VIOLENT,
        actor1=RIOTERS + ISR06,
        actor2=ISR06 + RIOTERS,
        location=QALQILYA,
        date=D("2025-03-20"),
        injured=R(1, None),
        source=PNNA,
    ),
    # one shooting, two versions: the outlet and the ministry's unarmed young man -> Violence against civilians;
    # the army's "armed terrorist who opened fire" -> Battles; one core event each; "yesterday evening" -> 19 March
    E(
        True,
        "A young man was martyred yesterday evening by occupation bullets near the entrance of the town of Tuqu’",
        VAC,
        ATTACK,
        actor1=ISR06,
        actor2=CIV + ["young man", "Yazan Ibrahim"],
        location=TUQU,
        date=D("2025-03-19"),
        killed=R(1),
        source=MOH06 + PNNA,
    ),
    E(
        True,
        "soldiers had shot “an armed terrorist who opened fire at a military post” near the town",
        BAT,
        CLASH,
        actor1=["armed terrorist", "gunman", "Palestinian gunman", "unidentified"] + ISR06,
        actor2=ISR06 + ["military post", "armed terrorist"],
        location=TUQU,
        date=D("2025-03-19"),
        killed=R(1),
        source=["occupation army", "Israeli army", "IDF", "Israeli military"],
    ),
    E(
        False,
        "young man martyred near Tuqu’",
        VAC,
        ATTACK,
        actor1=ISR06,
        actor2=CIV + ["young man"],
        location=TUQU,
        date=D("2025-03-19"),
        killed=R(1),
        source=PNNA,
    ),
    # settlers beating a farmer and burning trees -> Violence against civilians; "a man in his sixties" -> injured
    # 1; the soldiers' "protection" -> settlers as actor1, soldiers among the alternatives
    E(
        True,
        "a gang of colonists from the nearby colony attacked farmers in the village of Kisan, east of Bethlehem",
        VAC,
        ATTACK,
        actor1=SETTLERS06 + ISR06,
        actor2=CIV + ["farmers", "man in his sixties", "olive trees"],
        location=KISAN,
        date=D("2025-03-18"),
        injured=R(1),
        source=PNNA,
    ),
    # a demolition -> Looting/property destruction
    E(
        True,
        "Occupation bulldozers also demolished a two-storey house under construction in al-Khader, south of Bethlehem, on Wednesday morning",
        STR,
        LOOT,
        actor1=ISR06,
        actor2=CIV + ["two-storey house", "house"],
        location=KHADER,
        date=D("2025-03-19"),
        source=PNNA,
    ),
    # the society's count -> aggregate ("more than 1,700" are detainees, no casualty field)
    E(
        False,
        "the occupation has abducted more than 1,700 citizens across the West Bank since the start of the year",
        STR,
        ARRESTS,
        actor1=ISR06,
        actor2=CIV + ["citizens"],
        location=WB06,
        date=D("2025-01-01", "2025-03-20"),
        source=["Palestinian Prisoners’ Society", "Palestinian Prisoners' Society", "Prisoners’ Society",
                "Prisoners' Society"],
        aggregate=True,
    ),
    # a strike and a march called for -> planned protest, undated
    E(
        False,
        "called for a general strike to mourn the martyr Ibrahim and for a march after his funeral",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["National and Islamic Forces"],
        location=BETHLEHEM,
        source=["National and Islamic Forces", "National and Islamic Forces in Bethlehem governorate"] + PNNA,
        status="planned",
    ),
    E(
        False,
        "Occupation forces abduct seven citizens in Qalqilya",
        STR,
        ARRESTS,
        actor1=ISR06,
        actor2=CIV + ["seven citizens"],
        location=QALQILYA,
        date=D("2025-03-20"),
        source=PNNA,
    ),
    # no gold: "left to bleed for more than half an hour" (inside the killing), "His family said he had been on his
    # way home from work", "under the pretext of building without a permit", the closing opinion ("an open war on
    # our people" is a frame, not an event)
]
DOCS.append(
    (
        "dev-ah-06",
        "Palestine Now News Agency",
        "2025-03-20",
        "partisan news agency",
        "West Bank: a dawn raid in Qalqilya with seven 'abducted' (arrests), stones met with live fire ('A 17-year-old "
        "boy' hit, 'dozens of others' gassed), a young man 'martyred yesterday evening' near Tuqu’ told two ways (the "
        "ministry's unarmed man / the army's 'armed terrorist who opened fire'), 'colonists' beating a man 'in his "
        "sixties' near Bethlehem, a demolition, a count, a strike called for, an opinion",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-ah-06", "Thursday 20 March 2025 / at dawn today", "2025-03-20", "Thursday"),
    ("dev-ah-06", "yesterday evening / on Wednesday morning", "2025-03-19", "Wednesday"),
    ("dev-ah-06", "On Tuesday", "2025-03-18", "Tuesday"),
]

# =============================================================================
# dev-ah-07  wire story — Yemen: al-Raqw in Saada's Monabbih district, the Shada and Baqim border districts; Haradh
# and Abs districts of Hajjah; Sanaa in 2014 (Thu 13 Jun 2024)
# =============================================================================
T07 = """Saudi shelling kills four migrants on Yemen border, Houthi health ministry says

By Gulf Wire staff

SANAA/ADEN, June 13 (Gulf Wire) - Artillery shells fired from the Saudi side of the border killed four African migrants and wounded nine others in the al-Raqw area of Saada province's Monabbih district on Wednesday, the Houthi-run health ministry said.

The ministry, citing medics at the Monabbih rural hospital, said most of the victims were Ethiopians who had been trying to cross into Saudi Arabia. Saudi Arabia did not respond to a request for comment; it has in the past denied that its border guards target migrants.

Al-Masirah TV, the Houthis' main channel, said Saudi "enemy" artillery had shelled populated villages in the Shada and Baqim border districts at least a dozen times since Sunday, a figure that could not be verified.

Further south, in Hajjah province, the two sides gave conflicting accounts of fighting in Haradh district on Tuesday night. Government forces said they had repelled a Houthi attack on their positions east of Haradh town, killing "dozens" of the attackers and losing three of their own. Houthi media said fighters had killed or wounded 15 "mercenaries" and seized two armoured vehicles.

In Hajjah's Abs district, a landmine exploded under a motorcycle on Monday, killing a man and his 12-year-old nephew, a local official said. Houthi and government officials blamed each other for planting the mine.

The Houthis and Saudi Arabia have largely observed an informal truce since April 2022, although shelling along the border has never fully stopped. A Houthi military spokesman warned on Wednesday that the group would "respond at the appropriate time" if what he called Saudi aggression on Saada continued.

The war, which escalated in 2014 when the Houthis seized Sanaa, has killed hundreds of thousands of people through fighting, hunger and disease, according to UN estimates.

(Reporting by Gulf Wire's Sanaa and Aden bureaus; editing by the Gulf desk)
"""

SAUDI = ["Saudi Arabia", "Saudi", "Saudi border guards", "Saudi artillery", "Military Forces of Saudi Arabia",
         "Saudi forces", "Saudi-led coalition", "enemy"]
HOUTHI07 = HOUTHI + ["Houthi attack", "attackers", "Houthi fighters", "fighters"]
YEGOV07 = ["Government forces", "Yemeni government forces", "government forces", "Military Forces of Yemen",
           "Government of Yemen", "mercenaries", "pro-government forces"]
MIGRANTS = CIV + ["migrants", "African migrants", "four African migrants", "Ethiopians", "Ethiopian migrants"]
RAQW = L(["al-Raqw", "Al Raqw", "Monabbih district", "Munabbih", "Saada province", "Saada"], cc="YE")
SHADA = L(["Shada", "Baqim", "Shada and Baqim border districts", "Saada"], cc="YE")
# "east of Haradh town" -> Haradh's point
HARADH = L(["Haradh", "Haradh district", "east of Haradh town", "Hajjah province", "Hajjah"], 16.43, 43.07, "YE")
ABS = L(["Abs", "Abs district", "Hajjah's Abs district", "Hajjah"], cc="YE")
SANAA = L(["Sanaa", "Sana'a"], 15.35, 44.21, "YE")
YEMEN = L(["Yemen"], cc="YE")
GW = ["Gulf Wire", "author"]
HMOH = ["Houthi-run health ministry", "health ministry", "Houthi health ministry", "medics",
        "Monabbih rural hospital"]
E07 = [
    # shells from the Saudi side on migrants -> Shelling; "four ... killed ... nine others wounded" -> 4 and 9; the
    # ministry "citing medics" -> both among the sources
    E(
        True,
        "Artillery shells fired from the Saudi side of the border killed four African migrants and wounded nine others in the al-Raqw area of Saada province's Monabbih district on Wednesday",
        EXP,
        SHELL,
        actor1=SAUDI,
        actor2=MIGRANTS,
        location=RAQW,
        date=D("2024-06-12"),
        killed=R(4),
        injured=R(9),
        source=HMOH + GW,
    ),
    # "at least a dozen times since Sunday" in two districts -> aggregate
    E(
        False,
        'Saudi "enemy" artillery had shelled populated villages in the Shada and Baqim border districts at least a dozen times since Sunday',
        EXP,
        SHELL,
        actor1=SAUDI,
        actor2=CIV + ["populated villages", "villages"],
        location=SHADA,
        date=D("2024-06-09", "2024-06-13"),
        source=["Al-Masirah TV", "Al-Masirah"] + HOUTHI,
        aggregate=True,
    ),
    # one night's fighting in two versions -> one core event per version, each with its numbers: the government's
    # "dozens" of attackers plus its own three (both sides told) -> killed 27..open; the Houthis' "killed or
    # wounded 15" -> casualties 15; "on Tuesday night" -> Tuesday and Wednesday
    E(
        True,
        'they had repelled a Houthi attack on their positions east of Haradh town, killing "dozens" of the attackers and losing three of their own',
        BAT,
        CLASH,
        actor1=HOUTHI07 + YEGOV07,
        actor2=YEGOV07 + HOUTHI07,
        location=HARADH,
        date=D("2024-06-11", "2024-06-12"),
        killed=R(27, None),
        source=YEGOV07,
    ),
    E(
        True,
        'fighters had killed or wounded 15 "mercenaries" and seized two armoured vehicles',
        BAT,
        CLASH,
        actor1=HOUTHI07,
        actor2=YEGOV07,
        location=HARADH,
        date=D("2024-06-11", "2024-06-12"),
        casualties=R(15),
        source=["Houthi media"] + HOUTHI,
    ),
    # a landmine each side blames on the other -> both plus unknown; "a man and his 12-year-old nephew" -> 2
    E(
        True,
        "a landmine exploded under a motorcycle on Monday, killing a man and his 12-year-old nephew",
        EXP,
        IED,
        actor1=UNK + HOUTHI + YEGOV07,
        actor2=CIV + ["motorcycle", "man", "nephew", "12-year-old nephew"],
        location=ABS,
        date=D("2024-06-10"),
        killed=R(2),
        source=["local official"] + GW,
    ),
    # background: the 2022 truce -> Agreement, non-core
    E(
        False,
        "The Houthis and Saudi Arabia have largely observed an informal truce since April 2022",
        STR,
        AGREE,
        actor1=HOUTHI + SAUDI,
        actor2=SAUDI + HOUTHI,
        location=YEMEN,
        date=D("2022-04-01", "2022-04-30"),
        source=GW,
    ),
    # the spokesman's conditional threat (the group's own) -> planned
    E(
        False,
        'the group would "respond at the appropriate time" if what he called Saudi aggression on Saada continued',
        EXP,
        SHELL,
        actor1=HOUTHI,
        actor2=SAUDI,
        location=L(["Saudi Arabia"], cc="SA"),
        source=["Houthi military spokesman"] + HOUTHI,
        status="planned",
    ),
    # background: the 2014 seizure of Sanaa -> Non-state actor overtakes territory, non-core
    E(
        False,
        "the Houthis seized Sanaa",
        BAT,
        NSAOVER,
        actor1=HOUTHI,
        actor2=YEGOV07,
        location=SANAA,
        date=D("2014-01-01", "2014-12-31"),
        source=GW,
    ),
    # the war's toll -> aggregate (no number: "hundreds of thousands" includes hunger and disease)
    E(
        False,
        "has killed hundreds of thousands of people through fighting, hunger and disease",
        BAT,
        CLASH,
        actor1=HOUTHI + YEGOV07 + SAUDI,
        actor2=YEGOV07 + HOUTHI + CIV,
        location=YEMEN,
        date=D("2014-01-01", "2024-06-13"),
        source=["UN estimates", "United Nations"],
        aggregate=True,
    ),
    # no gold: "most of the victims were Ethiopians" (inside the toll), "has in the past denied that its border
    # guards target migrants" (a generic denial, no event), the seized vehicles (inside the Houthi version), "has
    # never fully stopped" (generic)
]
# the headline's copy
E07.append(E(False, "Saudi shelling kills four migrants on Yemen border", EXP, SHELL, actor1=SAUDI, actor2=MIGRANTS,
             location=RAQW, date=D("2024-06-12"), killed=R(4), source=GW + HMOH))
DOCS.append(
    (
        "dev-ah-07",
        "Gulf Wire",
        "2024-06-13",
        "wire story",
        "Yemen: Saudi shelling killing four migrants in Saada 'on Wednesday', the health ministry 'citing medics', "
        "Al-Masirah's 'at least a dozen times since Sunday', a Haradh clash 'on Tuesday night' in two versions "
        "('dozens' plus three / 'killed or wounded 15'), a landmine each side blames on the other ('his 12-year-old "
        "nephew'), the 2022 truce, a conditional threat, 2014 background, the war's toll",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-ah-07", "June 13", "2024-06-13", "Thursday"),
    ("dev-ah-07", "on Wednesday", "2024-06-12", "Wednesday"),
    ("dev-ah-07", "on Tuesday night", "2024-06-11", "Tuesday"),
    ("dev-ah-07", "on Monday", "2024-06-10", "Monday"),
    ("dev-ah-07", "since Sunday", "2024-06-09", "Sunday"),
]

# =============================================================================
# dev-ah-08  maritime security weekly brief — the Red Sea, the Bab al-Mandab and the Gulf of Aden: 50 nm west of
# Hodeidah, 70 nm north-west of Mokha, the southern Red Sea, near Hodeidah and Ras Isa, 60 nm south-east of Aden
# (Mon 19 Feb 2024)
# =============================================================================
T08 = """Red Sea and Gulf of Aden: Weekly Maritime Security Brief, 12-18 February 2024

Meridian Risk Advisory | Brief No. 7 | Issued Monday 19 February 2024 | For shipping operators, charterers and insurers

KEY JUDGEMENT
The Houthi threat to merchant shipping in the southern Red Sea and the Bab al-Mandab remains SEVERE. We assess that further attacks are highly likely in the coming week, particularly against vessels with perceived US, UK or Israeli links.

INCIDENTS THIS WEEK
1. 13 February - A Greek-owned bulk carrier reported an explosion in the water about one nautical mile off its port side, some 50 nm west of Hodeidah. UKMTO said the vessel and crew were safe. No group claimed the attack, which we attribute with moderate confidence to a Houthi anti-ship missile.

2. 15 February - The Houthis' military spokesman said the group's naval forces had targeted the British-owned tanker Aster Bay "with a number of appropriate naval missiles". UKMTO said the master had reported a missile strike on the port bow about 70 nm north-west of Mokha, causing a fire that the crew put out. No injuries were reported.

3. 16 February - A US destroyer shot down four one-way attack drones launched from Houthi-controlled areas over the southern Red Sea, US Central Command (CENTCOM) said.

4. 17 February - CENTCOM said US forces had struck three mobile anti-ship cruise missiles that were "prepared to launch" near Hodeidah, calling the strikes self-defence. Houthi media reported three "American-British aggression" raids on the Ras Isa area the same day, without giving casualties.

5. 18 February - Two skiffs carrying about six armed men approached a tanker some 60 nm south-east of Aden and exchanged fire with its embarked security team before withdrawing. UKMTO could not say whether the men were pirates, smugglers or Houthi fighters. No injuries were reported.

CONTEXT
Since 19 November, when Houthi forces hijacked the car carrier Galaxy Leader, the group has attacked merchant ships more than 40 times, by our count. The Houthis say they will continue until Israel ends its war in Gaza, and have threatened to target US warships "if the aggression continues".

ADVICE
Operators should review transit plans and report any suspicious approach to UKMTO at once. Rerouting via the Cape of Good Hope adds 10-14 days to Asia-Europe voyages.
"""

HOUTHI08 = HOUTHI + ["Houthi naval forces", "naval forces", "the group", "Houthi fighters", "Houthi-controlled areas"]
US08 = USA + ["US destroyer", "destroyer", "CENTCOM", "US Central Command", "American-British aggression"]
UK08 = ["United Kingdom", "British", "UK forces", "Military Forces of the United Kingdom"]
SHIP_BULK = ["Greek-owned bulk carrier", "bulk carrier", "vessel", "crew", "merchant ship", "merchant shipping"]
SHIP_ASTER = ["Aster Bay", "British-owned tanker", "tanker", "merchant ship", "crew"]
PIRATES = ["armed men", "pirates", "smugglers", "skiffs", "Somali pirates"]
SECTEAM = ["embarked security team", "security team", "private security team", "tanker"]
# points at sea, placed by distance and bearing from a pinned port -> LKM without a country
HOD50W = LKM(["50 nm west of Hodeidah", "west of Hodeidah", "Hodeidah", "Red Sea", "southern Red Sea"], 14.80, 42.95,
             50 * NM, 270)
MOKHA70NW = LKM(["70 nm north-west of Mokha", "north-west of Mokha", "Mokha", "al-Mukha", "Red Sea"], 13.32, 43.25,
                70 * NM, 315)
ADEN60SE = LKM(["60 nm south-east of Aden", "south-east of Aden", "Aden", "Gulf of Aden"], 12.79, 45.03, 60 * NM, 135)
SRSEA = L(["southern Red Sea", "Red Sea"])
HODEIDAH = L(["Hodeidah", "Hudaydah", "near Hodeidah"], 14.80, 42.95, "YE")
RAS_ISA = L(["Ras Isa", "Ras Isa area", "Hodeidah"], cc="YE")
REDSEA = L(["Red Sea", "Gulf of Aden", "Bab al-Mandab", "southern Red Sea"])
MRA = ["Meridian Risk Advisory", "Meridian", "author"]
UKMTO = ["UKMTO", "United Kingdom Maritime Trade Operations", "master"]
E08 = [
    # an explosion close to a ship, attributed by the brief (not claimed) to a Houthi missile -> Shelling/artillery/
    # missile attack with the Houthis plus unknown; "the vessel and crew were safe" -> killed and injured 0..0; the
    # brief's attribution a non-core copy, possible
    E(
        True,
        "A Greek-owned bulk carrier reported an explosion in the water about one nautical mile off its port side, some 50 nm west of Hodeidah",
        EXP,
        SHELL,
        actor1=UNK + HOUTHI08,
        actor2=SHIP_BULK,
        location=HOD50W,
        date=D("2024-02-13"),
        killed=R(0),
        injured=R(0),
        source=UKMTO + MRA,
    ),
    E(
        False,
        "we attribute with moderate confidence to a Houthi anti-ship missile",
        EXP,
        SHELL,
        actor1=HOUTHI08,
        actor2=SHIP_BULK,
        location=HOD50W,
        date=D("2024-02-13"),
        source=MRA,
        status="possible",
    ),
    # a party's claim -> core, sourced to it; UKMTO's telling of the same ship (the place, the fire, "No injuries
    # were reported") -> a non-core copy, its injured 0..0 folded into the claim
    E(
        True,
        'the group\'s naval forces had targeted the British-owned tanker Aster Bay "with a number of appropriate naval missiles"',
        EXP,
        SHELL,
        actor1=HOUTHI08,
        actor2=SHIP_ASTER,
        location=MOKHA70NW,
        date=D("2024-02-15"),
        injured=R(0),
        source=["Houthis' military spokesman", "Houthi military spokesman"] + HOUTHI,
    ),
    E(
        False,
        "the master had reported a missile strike on the port bow about 70 nm north-west of Mokha",
        EXP,
        SHELL,
        actor1=HOUTHI08 + UNK,
        actor2=SHIP_ASTER,
        location=MOKHA70NW,
        date=D("2024-02-15"),
        injured=R(0),
        source=UKMTO,
    ),
    # drones shot down -> Disrupted weapons use; at sea with no distance -> names only
    E(
        True,
        "A US destroyer shot down four one-way attack drones launched from Houthi-controlled areas over the southern Red Sea",
        STR,
        DISRUPT,
        actor1=US08,
        actor2=HOUTHI08 + ["one-way attack drones", "drones"],
        location=SRSEA,
        date=D("2024-02-16"),
        source=["US Central Command", "CENTCOM"] + MRA,
    ),
    # one day's strikes told by each side with another object and place (missiles "near Hodeidah" / raids on "the Ras
    # Isa area") -> one core event per version; "the same day" -> 17 February
    E(
        True,
        'US forces had struck three mobile anti-ship cruise missiles that were "prepared to launch" near Hodeidah',
        EXP,
        AIR,
        actor1=US08,
        actor2=HOUTHI08 + ["anti-ship cruise missiles", "mobile anti-ship cruise missiles"],
        location=HODEIDAH,
        date=D("2024-02-17"),
        source=["US Central Command", "CENTCOM"],
    ),
    E(
        True,
        'Houthi media reported three "American-British aggression" raids on the Ras Isa area the same day',
        EXP,
        AIR,
        actor1=US08 + UK08,
        actor2=HOUTHI08 + ["Ras Isa area"],
        location=RAS_ISA,
        date=D("2024-02-17"),
        source=["Houthi media"] + HOUTHI,
    ),
    # an exchange of fire between armed men in skiffs and a ship's armed guards -> Battles; "pirates, smugglers or
    # Houthi fighters" -> all plus unknown; "No injuries were reported" -> injured 0..0 only
    E(
        True,
        "Two skiffs carrying about six armed men approached a tanker some 60 nm south-east of Aden and exchanged fire with its embarked security team",
        BAT,
        CLASH,
        actor1=PIRATES + HOUTHI08 + UNK,
        actor2=SECTEAM,
        location=ADEN60SE,
        date=D("2024-02-18"),
        injured=R(0),
        source=UKMTO + MRA,
    ),
    # background: the Galaxy Leader hijacking (its crew held) -> Abduction, non-core; "Since 19 November" in a
    # February 2024 brief -> 2023
    E(
        False,
        "Houthi forces hijacked the car carrier Galaxy Leader",
        VAC,
        ABDUCT,
        actor1=HOUTHI08,
        actor2=["Galaxy Leader", "car carrier", "crew"],
        location=REDSEA,
        date=D("2023-11-19"),
        source=MRA,
    ),
    # the brief's count -> aggregate
    E(
        False,
        "the group has attacked merchant ships more than 40 times",
        EXP,
        SHELL,
        actor1=HOUTHI08,
        actor2=["merchant ships", "merchant shipping"],
        location=REDSEA,
        date=D("2023-11-19", "2024-02-19"),
        source=MRA,
        aggregate=True,
    ),
    # the brief's forecast of future attacks and the Houthis' own vows -> planned
    E(
        False,
        "We assess that further attacks are highly likely in the coming week",
        EXP,
        SHELL,
        actor1=HOUTHI08,
        actor2=["vessels", "merchant shipping"],
        location=REDSEA,
        source=MRA,
        status="planned",
    ),
    E(
        False,
        "The Houthis say they will continue until Israel ends its war in Gaza",
        EXP,
        SHELL,
        actor1=HOUTHI08,
        actor2=["merchant ships", "merchant shipping"],
        location=REDSEA,
        source=HOUTHI,
        status="planned",
    ),
    E(
        False,
        'have threatened to target US warships "if the aggression continues"',
        EXP,
        SHELL,
        actor1=HOUTHI08,
        actor2=USA + ["US warships", "warships"],
        location=REDSEA,
        source=HOUTHI,
        status="planned",
    ),
    # no gold: "remains SEVERE" (an assessment), "No group claimed the attack", the fire put out (inside the strike),
    # the drones' launch (told only through the interception), "calling the strikes self-defence", "without giving
    # casualties" (no number), the advice section
]
DOCS.append(
    (
        "dev-ah-08",
        "Meridian Risk Advisory (maritime brief)",
        "2024-02-19",
        "maritime security weekly brief",
        "Red Sea/Bab al-Mandab/Gulf of Aden: a near miss 'some 50 nm west of Hodeidah' attributed 'with moderate "
        "confidence', a Houthi missile claim on a tanker with UKMTO's telling '70 nm north-west of Mokha', drones shot "
        "down, strikes told by CENTCOM ('near Hodeidah') and by Houthi media ('the Ras Isa area'), skiffs exchanging "
        "fire '60 nm south-east of Aden' ('pirates, smugglers or Houthi fighters'), the Galaxy Leader background, a "
        "count, a forecast and two threats",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-ah-08", "Monday 19 February 2024", "2024-02-19", "Monday"),
    ("dev-ah-08", "13 February", "2024-02-13", "Tuesday"),
    ("dev-ah-08", "17 February / the same day", "2024-02-17", "Saturday"),
]

# =============================================================================
# dev-ah-09  diaspora news site with a correction notice — Iran's Khuzestan: Shadegan, Ahvaz; Tehran; July 2021 as
# background (Thu 23 Jul 2026)
# =============================================================================
T09 = """Water protests spread in Khuzestan; one killed in Shadegan, dozens detained in Ahvaz

Persian Gulf Review | Iran desk | Updated Thursday 23 July 2026

Correction, 23 July: An earlier version of this article, citing posts on social media, said two protesters were killed in Shadegan on Monday. The rights group HRANA has since said that one protester was killed and a second was critically wounded. The article has been corrected.

Protests over water and power cuts in the oil-rich province of Khuzestan entered a fourth day on Wednesday, with demonstrations reported in at least six towns, according to rights groups and videos verified by the Persian Gulf Review.

In Shadegan, south of Ahvaz, security forces opened fire on protesters late on Monday, killing a 19-year-old man and critically wounding another, HRANA said, citing relatives and a local medic. Iran's state news agency IRNA gave a different account, saying "rioters" had attacked a police station in the town with stones and petrol bombs and that two officers were injured. The provincial governor denied that live ammunition had been used.

In Ahvaz, the provincial capital, hundreds of people gathered outside the governorate on Tuesday evening chanting "Water, electricity, life". Riot police dispersed them with tear gas and batons, and at least 40 people were detained overnight, the Ahwazi rights group Karoun Watch said, citing detainees' families.

In Tehran, the intelligence ministry said on Wednesday it had arrested a "network" of 12 people linked to "foreign-based" opposition groups who, it said, planned to set fire to banks and public buildings during the unrest. It did not say where the arrests took place.

Khuzestan, home to much of Iran's Arab minority, has seen repeated unrest over water shortages, including protests in July 2021 during which rights groups said at least nine people were killed.

Analysts say the protests could spread to other provinces if the outages continue into August, when temperatures routinely pass 50C. "We are sitting on an ocean of oil and dying of thirst," said one Ahvaz resident reached by phone.
"""

IRSEC = ["Iranian security forces", "security forces", "Police Forces of Iran", "police", "Riot police",
         "Iranian police", "Military Forces of Iran", "officers"]
IRINT = ["intelligence ministry", "Ministry of Intelligence", "Iranian intelligence ministry", "Iranian government"]
SHADEGAN = L(["Shadegan", "Shadgan", "south of Ahvaz"], 30.65, 48.66, "IR")
AHVAZ = L(["Ahvaz", "Ahwaz", "governorate", "provincial capital"], 31.32, 48.67, "IR")
KHUZ = L(["Khuzestan", "Khuzestan province", "six towns"], cc="IR")
IRAN = L(["Iran", "Tehran", "other provinces"], cc="IR")
PGR = ["Persian Gulf Review", "author"]
HRANA = ["HRANA", "Human Rights Activists News Agency", "relatives", "local medic"]
KW = ["Karoun Watch", "Ahwazi rights group Karoun Watch", "detainees' families"]
E09 = [
    # shots at protesters with a death -> Excessive force against protesters; the corrected toll ("one protester was
    # killed and a second was critically wounded") -> killed 1 and injured 1; the withdrawn "two" (the outlet's own
    # correction takes it back, unlike a raised toll) -> a non-core copy, not folded in; "late on Monday" -> 20 July
    E(
        True,
        "security forces opened fire on protesters late on Monday, killing a 19-year-old man and critically wounding another",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IRSEC),
        location=SHADEGAN,
        date=D("2026-07-20"),
        killed=R(1),
        injured=R(1),
        source=HRANA + PGR,
    ),
    E(
        False,
        "said two protesters were killed in Shadegan on Monday",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IRSEC),
        location=SHADEGAN,
        date=D("2026-07-20"),
        killed=R(2),
        source=["posts on social media", "social media"],
    ),
    E(
        False,
        "one protester was killed and a second was critically wounded",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IRSEC),
        location=SHADEGAN,
        date=D("2026-07-20"),
        killed=R(1),
        injured=R(1),
        source=HRANA,
    ),
    # the state agency's version of the same night: "rioters" attacking a police station -> Riots/Violent
    # demonstration, its own numbers (two officers injured) -> a core event of its own
    E(
        True,
        '"rioters" had attacked a police station in the town with stones and petrol bombs and that two officers were injured',
        RIOT,
        VIOLENT,
        actor1=RIOTERS,
        actor2=IRSEC + ["police station"],
        location=SHADEGAN,
        date=D("2026-07-20"),
        injured=R(2),
        source=["IRNA", "Islamic Republic News Agency", "state news agency"],
    ),
    E(
        False,
        "The provincial governor denied that live ammunition had been used",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IRSEC),
        location=SHADEGAN,
        date=D("2026-07-20"),
        source=["provincial governor", "Khuzestan governor", "governor"],
        status="denied",
    ),
    # four days of protests in six towns -> aggregate; "entered a fourth day on Wednesday" -> Sunday to Wednesday
    E(
        False,
        "with demonstrations reported in at least six towns",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=KHUZ,
        date=D("2026-07-19", "2026-07-22"),
        source=["rights groups"] + PGR,
        aggregate=True,
    ),
    # a gathering dispersed with tear gas and batons, no injuries told -> Protest with intervention; the detentions
    # "overnight" -> a core Arrests event of their own, Tuesday and Wednesday
    E(
        True,
        'hundreds of people gathered outside the governorate on Tuesday evening chanting "Water, electricity, life"',
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(IRSEC),
        location=AHVAZ,
        date=D("2026-07-21"),
        source=KW + PGR,
    ),
    E(
        True,
        "at least 40 people were detained overnight",
        STR,
        ARRESTS,
        actor1=IRSEC,
        actor2=PROTESTERS + ["people", "40 people"],
        location=AHVAZ,
        date=D("2026-07-21", "2026-07-22"),
        source=KW,
    ),
    # arrests with no place given ("It did not say where") -> the country, Tehran among the names; "said on Wednesday
    # it had arrested", "during the unrest" -> Sunday to Wednesday; the plot it alleges -> planned, non-core
    E(
        True,
        'it had arrested a "network" of 12 people linked to "foreign-based" opposition groups',
        STR,
        ARRESTS,
        actor1=IRINT + IRSEC,
        actor2=["network", "12 people", "opposition groups", "foreign-based opposition groups"],
        location=IRAN,
        date=D("2026-07-19", "2026-07-22"),
        source=IRINT,
    ),
    E(
        False,
        "planned to set fire to banks and public buildings during the unrest",
        STR,
        LOOT,
        actor1=["network", "opposition groups", "foreign-based opposition groups"],
        actor2=["banks", "public buildings"],
        location=IRAN,
        source=IRINT,
        status="planned",
    ),
    # background: July 2021 -> aggregate over several towns and days ("at least nine" -> 9..open)
    E(
        False,
        "protests in July 2021 during which rights groups said at least nine people were killed",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IRSEC),
        location=KHUZ,
        date=D("2021-07-01", "2021-07-31"),
        killed=R(9, None),
        source=["rights groups"],
        aggregate=True,
    ),
    # the analysts' conditional -> hypothetical
    E(
        False,
        "the protests could spread to other provinces if the outages continue into August",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS,
        location=IRAN,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: the correction's "The article has been corrected", "It did not say where the arrests took place",
    # "home to much of Iran's Arab minority", "an ocean of oil" (a metaphor)
]
# the headline's copies
E09 += [
    E(False, "one killed in Shadegan", PRO, EXCESSIVE, **PROTEST_SIDES(IRSEC), location=SHADEGAN,
      date=D("2026-07-20"), killed=R(1), source=PGR),
    E(False, "dozens detained in Ahvaz", STR, ARRESTS, actor1=IRSEC, actor2=PROTESTERS, location=AHVAZ,
      date=D("2026-07-21", "2026-07-22"), source=PGR),
]
DOCS.append(
    (
        "dev-ah-09",
        "Persian Gulf Review",
        "2026-07-23",
        "diaspora news site with a correction notice",
        "Iran/Khuzestan: a correction withdrawing 'two protesters were killed' for HRANA's one dead and one critically "
        "wounded; shots at protesters in Shadegan 'late on Monday' told by HRANA 'citing relatives and a local medic' "
        "and by IRNA as 'rioters' attacking a police station (two officers hurt), the governor's denial; protests in "
        "'at least six towns'; a gathering in Ahvaz dispersed and 'at least 40' detained 'overnight'; a 'network' of "
        "12 arrested with no place given and its alleged plan; July 2021 background; a conditional; a metaphor",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-ah-09", "Thursday 23 July 2026", "2026-07-23", "Thursday"),
    ("dev-ah-09", "on Wednesday / overnight (end)", "2026-07-22", "Wednesday"),
    ("dev-ah-09", "on Tuesday evening", "2026-07-21", "Tuesday"),
    ("dev-ah-09", "on Monday / late on Monday", "2026-07-20", "Monday"),
    ("dev-ah-09", "a fourth day on Wednesday -> first day", "2026-07-19", "Sunday"),
]

# =============================================================================
# dev-ah-10  state news agency — Somalia: Moqokori in Hiraan, the Masagaway base in Galmudug's Galgaduud region,
# Beledweyne's Kooshin neighbourhood, Dhusamareb (Tue 10 Mar 2026)
# =============================================================================
T10 = """Somali National Army liberates Moqokori from Khawarij; attack on Masagaway base repelled

Somali National News Service (SNNS) | Mogadishu | Tuesday 10 March 2026

The Somali National Army (SNA), backed by local macawisley forces, has liberated the town of Moqokori in Hiraan region from the Khawarij, the Ministry of Defence announced on Monday. Commanders said more than 20 Khawarij were killed in the operation, which began at dawn on Sunday, and that the remaining militants fled towards the forests along the Shabelle river.

In Galmudug State, the Khawarij attacked the army base at Masagaway, in Galgaduud region, before dawn on Saturday. The heroic soldiers repelled the assault after two hours of fighting. According to the base commander, the terrorists fled leaving behind 11 bodies, while three soldiers were martyred and five others wounded.

The ministry described as "baseless propaganda" a claim on the Khawarij's Radio Andalus that its fighters had killed 30 soldiers and overrun the base.

In Beledweyne, mortar shells fired by the Khawarij landed in the Kooshin neighbourhood on Thursday night, wounding a mother and her two children, the Hiraan regional administration said. Security forces later found the launch site on the eastern outskirts of the town.

Galmudug police arrested four men in Dhusamareb on Friday on suspicion of collecting extortion payments, which the Khawarij call "zakat", from traders in the town's market, a police spokesman said.

Since the start of the national operations in 2022, the army and its partners have liberated more than 200 towns and villages from the Khawarij, according to the ministry.

Speaking in Mogadishu, the Minister of Defence said the Khawarij "are on their last legs" and that the coming months "will see them driven out of Hiraan and Galmudug completely".

Khawarij is the name the government uses for al-Shabaab, which has waged an armed insurgency against the Somali state since 2007.
"""

SOMGOV = ["Somali National Army", "SNA", "Military Forces of Somalia", "Somali army", "army", "soldiers",
          "Somali government", "Federal Government of Somalia", "heroic soldiers"]
MACAW = ["macawisley", "macawisley forces", "local macawisley forces", "clan militias"]
KHAW = SHABAAB + ["Khawarij", "militants", "terrorists"]
GMPOL = ["Galmudug police", "police", "Police Forces of Somalia", "Galmudug State"]
MOQOKORI = L(["Moqokori", "Moqokori town", "Hiraan region", "Hiraan"], cc="SO")
MASAGAWAY = L(["Masagaway", "Masagaway base", "Galgaduud region", "Galgaduud", "Galmudug"], cc="SO")
BELEDWEYNE = L(["Beledweyne", "Beledweyn", "Belet Weyne", "Kooshin", "Kooshin neighbourhood"], 4.74, 45.20, "SO")
DHUSAMAREB = L(["Dhusamareb", "Dhuusamarreeb", "Dusmareb"], 5.53, 46.39, "SO")
SOMALIA = L(["Somalia", "Hiraan", "Galmudug"], cc="SO")
SNNS = ["Somali National News Service", "SNNS", "author"]
SOMMOD = ["Ministry of Defence", "Somali Ministry of Defence", "Minister of Defence", "ministry"]
E10 = [
    # a town taken back -> Government regains territory; the commanders' "more than 20" a sentence later -> 21..open
    # folded in (one side), that sentence a non-core copy; "began at dawn on Sunday", announced "on Monday" ->
    # Sunday to Monday
    E(
        True,
        "The Somali National Army (SNA), backed by local macawisley forces, has liberated the town of Moqokori in Hiraan region from the Khawarij",
        BAT,
        GOVREGAIN,
        actor1=SOMGOV + MACAW,
        actor2=KHAW,
        location=MOQOKORI,
        date=D("2026-03-08", "2026-03-09"),
        killed=R(21, None),
        source=SOMMOD + ["Commanders", "commanders"] + SNNS,
    ),
    E(
        False,
        "more than 20 Khawarij were killed in the operation",
        BAT,
        GOVREGAIN,
        actor1=SOMGOV + MACAW,
        actor2=KHAW,
        location=MOQOKORI,
        date=D("2026-03-08", "2026-03-09"),
        killed=R(21, None),
        source=["Commanders", "commanders"] + SOMMOD,
    ),
    # an attack on a base -> Battles; the commander's toll a sentence later, both sides' dead told -> killed 11 + 3 =
    # 14 exactly; only the soldiers' wounded told -> injured 5..open; the toll sentence a non-core copy
    E(
        True,
        "the Khawarij attacked the army base at Masagaway, in Galgaduud region, before dawn on Saturday",
        BAT,
        CLASH,
        actor1=KHAW + SOMGOV,
        actor2=SOMGOV + ["army base", "base"] + KHAW,
        location=MASAGAWAY,
        date=D("2026-03-07"),
        killed=R(14),
        injured=R(5, None),
        source=["base commander"] + SNNS,
    ),
    E(
        False,
        "the terrorists fled leaving behind 11 bodies, while three soldiers were martyred and five others wounded",
        BAT,
        CLASH,
        actor1=KHAW + SOMGOV,
        actor2=SOMGOV + KHAW,
        location=MASAGAWAY,
        date=D("2026-03-07"),
        killed=R(14),
        injured=R(5, None),
        source=["base commander"],
    ),
    # the claim the ministry rejects is told only through the rejection -> non-core denied, the denier as source
    E(
        False,
        "its fighters had killed 30 soldiers and overrun the base",
        BAT,
        CLASH,
        actor1=KHAW,
        actor2=SOMGOV,
        location=MASAGAWAY,
        date=D("2026-03-07"),
        killed=R(30),
        source=SOMMOD,
        status="denied",
    ),
    # mortars on a neighbourhood -> Shelling; "a mother and her two children" -> injured 3; "on Thursday night" ->
    # Thursday and Friday
    E(
        True,
        "mortar shells fired by the Khawarij landed in the Kooshin neighbourhood on Thursday night, wounding a mother and her two children",
        EXP,
        SHELL,
        actor1=KHAW,
        actor2=CIV + ["mother", "two children", "Kooshin neighbourhood"],
        location=BELEDWEYNE,
        date=D("2026-03-05", "2026-03-06"),
        injured=R(3),
        source=["Hiraan regional administration", "regional administration"] + SNNS,
    ),
    E(
        True,
        "Galmudug police arrested four men in Dhusamareb on Friday",
        STR,
        ARRESTS,
        actor1=GMPOL,
        actor2=KHAW + ["four men", "men"],
        location=DHUSAMAREB,
        date=D("2026-03-06"),
        source=["police spokesman"] + GMPOL + SNNS,
    ),
    # the ministry's count since 2022 -> aggregate
    E(
        False,
        "the army and its partners have liberated more than 200 towns and villages from the Khawarij",
        BAT,
        GOVREGAIN,
        actor1=SOMGOV + MACAW,
        actor2=KHAW,
        location=SOMALIA,
        date=D("2022-01-01", "2026-03-10"),
        source=SOMMOD,
        aggregate=True,
    ),
    # the minister's forecast of his own side's offensive -> planned
    E(
        False,
        'the coming months "will see them driven out of Hiraan and Galmudug completely"',
        BAT,
        GOVREGAIN,
        actor1=SOMGOV,
        actor2=KHAW,
        location=SOMALIA,
        source=SOMMOD,
        status="planned",
    ),
    # background: the insurgency since 2007 -> aggregate
    E(
        False,
        "al-Shabaab, which has waged an armed insurgency against the Somali state since 2007",
        BAT,
        CLASH,
        actor1=KHAW,
        actor2=SOMGOV,
        location=SOMALIA,
        date=D("2007-01-01", "2026-03-10"),
        source=SNNS,
        aggregate=True,
    ),
    # no gold: the flight towards the Shabelle forests (inside the operation), "The heroic soldiers repelled the
    # assault after two hours of fighting" (inside the base attack), the launch site found (no act), the extortion
    # (the suspicion behind the arrests), "are on their last legs" (a boast, a metaphor)
]
# the headline's copies
E10 += [
    E(False, "Somali National Army liberates Moqokori from Khawarij", BAT, GOVREGAIN, actor1=SOMGOV, actor2=KHAW,
      location=MOQOKORI, date=D("2026-03-08", "2026-03-09"), source=SNNS),
    E(False, "attack on Masagaway base repelled", BAT, CLASH, actor1=KHAW + SOMGOV, actor2=SOMGOV + KHAW,
      location=MASAGAWAY, date=D("2026-03-07"), source=SNNS),
]
DOCS.append(
    (
        "dev-ah-10",
        "Somali National News Service",
        "2026-03-10",
        "state news agency",
        "Somalia/Hiraan and Galmudug: Moqokori 'liberated' from the 'Khawarij' with 'more than 20' dead a sentence "
        "later, an attack on the Masagaway base 'before dawn on Saturday' with both sides' dead from the commander, "
        "al-Shabaab's '30 soldiers' called 'baseless propaganda', mortars 'on Thursday night' on 'a mother and her two "
        "children', arrests, a count since 2022, a minister's forecast, the insurgency since 2007",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-ah-10", "Tuesday 10 March 2026", "2026-03-10", "Tuesday"),
    ("dev-ah-10", "on Monday", "2026-03-09", "Monday"),
    ("dev-ah-10", "at dawn on Sunday", "2026-03-08", "Sunday"),
    ("dev-ah-10", "before dawn on Saturday", "2026-03-07", "Saturday"),
    ("dev-ah-10", "on Friday / Thursday night (end)", "2026-03-06", "Friday"),
    ("dev-ah-10", "on Thursday night", "2026-03-05", "Thursday"),
]

# =============================================================================
# dev-ah-11  NGO protection alert with graded sources — Burkina Faso's Est region: a village 30 km east of Fada
# N'Gourma, the N4 between Fada N'Gourma and Kantchari, a hamlet near Matiacoali, Fada N'Gourma (Tue 10 Sep 2024)
# =============================================================================
T11 = """PROTECTION ALERT - Est region, Burkina Faso: market attack near Fada N'Gourma, abductions on the N4

Sahel Protection Monitoring Network (SPMN) | Alert No. 2024-37 | Ouagadougou, 10 September 2024
Distribution: humanitarian partners. Grading: (A) confirmed by two independent sources; (B) one reliable source; (C) unconfirmed.

1. ATTACK ON A MARKET VILLAGE (A)
On Wednesday 4 September, armed men on motorcycles attacked the weekly market of a village about 30 km east of Fada N'Gourma, in Gourma province, killing at least 17 civilians, among them four women and a boy of about ten. Survivors identified the attackers as fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM). Shops and grain stores were set on fire.

2. ARMY RESPONSE (B)
The regional governor's office said army units and Volunteers for the Defence of the Homeland (VDP) pursued the attackers the same evening and "neutralised dozens of terrorists" in the bush north of the village. We have no independent information on this operation.

3. ABDUCTIONS ON THE N4 (A)
On Friday 6 September, armed men stopped a public transport vehicle on the N4 road between Fada N'Gourma and Kantchari and abducted six passengers, among them a nurse and a teacher. The other passengers were released after several hours.

4. ALLEGED EXECUTIONS (C)
Displaced people arriving in Fada N'Gourma on Sunday said VDP members had executed "five or six" men of Fulani origin in a hamlet near Matiacoali on Saturday, accusing them of collaborating with the jihadists. We have been unable to verify these accounts.

5. MARCH IN FADA N'GOURMA (B)
On Saturday, several hundred residents marched peacefully through Fada N'Gourma in support of the transitional authorities and the army.

CONTEXT AND OUTLOOK
Fada N'Gourma, capital of the Est region, has been under a de facto blockade since 2023, and supply convoys travel only under military escort. Since January, the network has recorded 146 security incidents in the Est region, in which at least 312 civilians were killed. If the N4 remains closed, food stocks in the town could run short by October. Partners should expect further displacement towards Fada N'Gourma.
"""

JNIM11 = JNIM + ["armed men", "armed men on motorcycles", "attackers", "terrorists", "jihadists"]
BFARMY = ["army units", "Burkinabe army", "Burkina Faso army", "Military Forces of Burkina Faso", "army",
          "Burkinabe armed forces"]
VDP = ["Volunteers for the Defence of the Homeland", "VDP", "VDP members", "Volontaires pour la défense de la patrie"]
# "about 30 km east of Fada N'Gourma" -> LKM; "in the bush north of the village" -> the village's point
FADA30E = LKM(["village about 30 km east of Fada N'Gourma", "east of Fada N'Gourma", "Fada N'Gourma", "Gourma province",
               "bush north of the village"], 12.06, 0.35, 30, 90, "BF")
N4 = L(["N4 road", "N4", "N4 road between Fada N'Gourma and Kantchari", "Kantchari", "Fada N'Gourma"], cc="BF")
MATIACOALI = L(["Matiacoali", "hamlet near Matiacoali", "near Matiacoali"], 12.36, 1.02, "BF")
FADA = L(["Fada N'Gourma", "Fada"], 12.06, 0.35, "BF")
EST = L(["Est region", "Est", "eastern Burkina Faso"], cc="BF")
SPMN = ["Sahel Protection Monitoring Network", "SPMN", "network", "author"]
E11 = [
    # an attack on a market -> Violence against civilians; the attackers named by survivors a sentence later ->
    # JNIM plus the text's "armed men"; "at least 17" -> 17..open; the burning of shops inside the attack -> a
    # non-core copy (Looting/property destruction)
    E(
        True,
        "armed men on motorcycles attacked the weekly market of a village about 30 km east of Fada N'Gourma, in Gourma province, killing at least 17 civilians",
        VAC,
        ATTACK,
        actor1=JNIM11 + UNK,
        actor2=CIV + ["weekly market", "market", "four women", "boy"],
        location=FADA30E,
        date=D("2024-09-04"),
        killed=R(17, None),
        source=["Survivors", "survivors"] + SPMN,
    ),
    E(
        False,
        "Shops and grain stores were set on fire",
        STR,
        LOOT,
        actor1=JNIM11,
        actor2=CIV + ["Shops", "grain stores"],
        location=FADA30E,
        date=D("2024-09-04"),
        source=SPMN,
    ),
    # the pursuit -> Battles; "neutralised dozens" (killed, captured or fled) -> no number field; "the same evening"
    # -> 4 September
    E(
        True,
        "army units and Volunteers for the Defence of the Homeland (VDP) pursued the attackers the same evening",
        BAT,
        CLASH,
        actor1=BFARMY + VDP + JNIM11,
        actor2=JNIM11 + BFARMY + VDP,
        location=FADA30E,
        date=D("2024-09-04"),
        source=["regional governor's office", "governor's office", "regional governor"],
    ),
    # "armed men" with no group named -> unknown (JNIM among the alternatives: the alert's context); abductees are no
    # casualties -> no number field; a road between two towns -> names and country
    E(
        True,
        "armed men stopped a public transport vehicle on the N4 road between Fada N'Gourma and Kantchari and abducted six passengers",
        VAC,
        ABDUCT,
        actor1=UNK + ["armed men"] + JNIM,
        actor2=CIV + ["six passengers", "passengers", "nurse", "teacher", "public transport vehicle"],
        location=N4,
        date=D("2024-09-06"),
        source=SPMN,
    ),
    # the item's own subject is an unconfirmed specific event, graded (C) and headed "ALLEGED" -> core, possible;
    # "five or six" -> 5..6; "on Saturday" -> 7 September
    E(
        True,
        'VDP members had executed "five or six" men of Fulani origin in a hamlet near Matiacoali on Saturday',
        VAC,
        ATTACK,
        actor1=VDP,
        actor2=CIV + ["men of Fulani origin", "Fulani", "men"],
        location=MATIACOALI,
        date=D("2024-09-07"),
        killed=R(5, 6),
        source=["Displaced people", "displaced people"],
        status="possible",
    ),
    E(
        True,
        "several hundred residents marched peacefully through Fada N'Gourma in support of the transitional authorities and the army",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents", "several hundred residents"],
        location=FADA,
        date=D("2024-09-07"),
        source=SPMN,
    ),
    # the network's count since January -> aggregate ("at least 312" -> 312..open)
    E(
        False,
        "the network has recorded 146 security incidents in the Est region, in which at least 312 civilians were killed",
        VAC,
        ATTACK,
        actor1=JNIM + ["ISIS Sahel", "Islamic State Sahel"] + UNK,
        actor2=CIV,
        location=EST,
        date=D("2024-01-01", "2024-09-10"),
        killed=R(312, None),
        source=SPMN,
        aggregate=True,
    ),
    # no gold: the grading legend, "We have no independent information", the release of the other passengers, the
    # accusation of collaborating (the motive), the blockade "since 2023" (no act told), the escorted convoys
    # (generic), the food-stock conditional and the displacement forecast (no act of political violence)
]
DOCS.append(
    (
        "dev-ah-11",
        "Sahel Protection Monitoring Network (alert)",
        "2024-09-10",
        "NGO protection alert with graded sources",
        "Burkina Faso/Est: a JNIM attack on a market 'about 30 km east of Fada N'Gourma' ('at least 17', 'among them "
        "four women and a boy of about ten'), the army and VDP pursuit 'the same evening' ('neutralised dozens'), six "
        "passengers abducted on the N4, alleged VDP executions of 'five or six' men (graded unconfirmed), a march, a "
        "count, a blockade and outlook (no gold)",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-ah-11", "10 September 2024", "2024-09-10", "Tuesday"),
    ("dev-ah-11", "on Sunday", "2024-09-08", "Sunday"),
    ("dev-ah-11", "on Saturday / On Saturday", "2024-09-07", "Saturday"),
    ("dev-ah-11", "On Friday 6 September", "2024-09-06", "Friday"),
    ("dev-ah-11", "On Wednesday 4 September", "2024-09-04", "Wednesday"),
]

# =============================================================================
# dev-ah-12  newspaper's weekly security round-up — Nigeria's Borno: Maiduguri's Muna Garage, 20 km south of Gwoza,
# the Sambisa forest, an island near Marte, the Maiduguri-Damboa road, Maiduguri (Wed 18 Jun 2025)
# =============================================================================
T12 = """North-East round-up: suicide bomber hits Maiduguri checkpoint; gunmen kill farmers near Gwoza

The Sahel Standard (Abuja) | Security round-up | Wednesday, 18 June 2025

MAIDUGURI - A female suicide bomber blew herself up at a checkpoint manned by the Civilian Joint Task Force (CJTF) at the Muna Garage entrance to Maiduguri on Sunday evening, killing two CJTF members and wounding five other people, police said. The bomber also died. No group claimed the attack, but a police spokesman said it bore "the hallmarks of Boko Haram".

GWOZA - Gunmen killed nine farmers working in their fields about 20 km south of Gwoza on Saturday morning and abducted several women, a local vigilante leader said. Residents were unsure whether the attackers belonged to Boko Haram, which is active in the nearby Mandara mountains, or to its rival, the Islamic State West Africa Province (ISWAP). The toll rose to eleven on Monday, when two more bodies were found in a nearby field.

SAMBISA - Troops of Operation Hadin Kai "neutralised" 13 terrorists and rescued 17 kidnapped persons, mostly women and children, during clearance operations in the Sambisa forest between Tuesday and Thursday last week, an army spokesman said.

MARTE - The Nigerian Air Force said its jets struck a gathering of ISWAP fighters on an island near Marte, on the fringes of Lake Chad, on Friday, killing "over 30" of them. The claim could not be independently verified.

DAMBOA ROAD - A roadside bomb struck a military truck on the Maiduguri-Damboa road on Monday, killing a soldier, security sources told the Standard.

MAIDUGURI - Dozens of displaced women protested peacefully on Tuesday outside the state emergency management agency over the suspension of food rations at the Dalori camp.

OUTLOOK - The state governor warned last month that the insurgents were regrouping and could strike Maiduguri again. The conflict, now in its 16th year, has killed more than 40,000 people and displaced some two million in the North-East, according to UN figures.
"""

NGARMY = ["Nigerian Army", "Nigerian army", "Military Forces of Nigeria", "troops", "Operation Hadin Kai", "army",
          "soldier", "military truck"]
NAF = ["Nigerian Air Force", "NAF", "Military Forces of Nigeria", "its jets"]
CJTF = ["Civilian Joint Task Force", "CJTF", "CJTF members", "checkpoint"]
JIHAD12 = BOKO + ISWAP + ["insurgents", "terrorists", "Gunmen", "attackers"]
MAIDUGURI = L(["Maiduguri", "Muna Garage", "Muna Garage entrance to Maiduguri"], 11.85, 13.16, "NG")
# "about 20 km south of Gwoza" -> LKM
GWOZA20S = LKM(["about 20 km south of Gwoza", "south of Gwoza", "Gwoza", "Mandara mountains"], 11.08, 13.69, 20, 180,
               "NG")
SAMBISA = L(["Sambisa forest", "Sambisa", "Sambisa Forest"], cc="NG")
# "an island near Marte, on the fringes of Lake Chad" -> Marte's point
MARTE = L(["Marte", "island near Marte", "Lake Chad"], 12.36, 13.83, "NG")
DAMBOA_RD = L(["Maiduguri-Damboa road", "Damboa road", "Damboa", "Maiduguri"], cc="NG")
NE_NG = L(["North-East", "north-east Nigeria", "Borno"], cc="NG")
TSS = ["The Sahel Standard", "Sahel Standard", "the Standard", "author"]
E12 = [
    # a suicide bombing; "killing two CJTF members" and, a sentence later, "The bomber also died" -> killed 2..3 (the
    # bomber counted as ACLED counts her); no claim, the police point at Boko Haram -> Boko Haram plus unknown
    E(
        True,
        "A female suicide bomber blew herself up at a checkpoint manned by the Civilian Joint Task Force (CJTF) at the Muna Garage entrance to Maiduguri on Sunday evening, killing two CJTF members and wounding five other people",
        EXP,
        SUICIDE,
        actor1=BOKO + UNK + ["female suicide bomber", "suicide bomber"],
        actor2=CJTF + CIV,
        location=MAIDUGURI,
        date=D("2025-06-15"),
        killed=R(2, 3),
        injured=R(5),
        source=["police", "police spokesman", "Nigeria Police"] + TSS,
    ),
    # gunmen on farmers, "either ... or" in the residents' words -> both plus unknown; "nine" raised two sentences
    # later to "eleven" -> killed 9..11, the rise a non-core copy; the women taken -> an abduction of its own
    E(
        True,
        "Gunmen killed nine farmers working in their fields about 20 km south of Gwoza on Saturday morning",
        VAC,
        ATTACK,
        actor1=UNK + JIHAD12,
        actor2=CIV + ["farmers", "nine farmers"],
        location=GWOZA20S,
        date=D("2025-06-14"),
        killed=R(9, 11),
        source=["local vigilante leader", "vigilante leader"] + TSS,
    ),
    E(
        False,
        "The toll rose to eleven on Monday",
        VAC,
        ATTACK,
        actor1=UNK + JIHAD12,
        actor2=CIV + ["farmers"],
        location=GWOZA20S,
        date=D("2025-06-14"),
        killed=R(11),
        source=TSS,
    ),
    E(
        True,
        "abducted several women",
        VAC,
        ABDUCT,
        actor1=UNK + JIHAD12,
        actor2=CIV + ["women", "several women"],
        location=GWOZA20S,
        date=D("2025-06-14"),
        source=["local vigilante leader", "vigilante leader"] + TSS,
    ),
    # clearance operations in one forest over three days -> one Battles event; "neutralised" -> no number field;
    # "between Tuesday and Thursday last week" in a Wednesday paper -> 10-12 June; the rescue inside it
    E(
        True,
        'Troops of Operation Hadin Kai "neutralised" 13 terrorists and rescued 17 kidnapped persons, mostly women and children, during clearance operations in the Sambisa forest',
        BAT,
        CLASH,
        actor1=NGARMY + JIHAD12,
        actor2=JIHAD12 + NGARMY,
        location=SAMBISA,
        date=D("2025-06-10", "2025-06-12"),
        source=["army spokesman"] + NGARMY,
    ),
    # the air force's claim ("over 30" -> 31..open), unverified but a party's claim -> core, occurred, sourced to it
    E(
        True,
        'its jets struck a gathering of ISWAP fighters on an island near Marte, on the fringes of Lake Chad, on Friday, killing "over 30" of them',
        EXP,
        AIR,
        actor1=NAF,
        actor2=ISWAP + ["ISWAP fighters", "gathering of ISWAP fighters"],
        location=MARTE,
        date=D("2025-06-13"),
        killed=R(31, None),
        source=NAF,
    ),
    # no claim, no blame -> unknown plus the two groups of the region
    E(
        True,
        "A roadside bomb struck a military truck on the Maiduguri-Damboa road on Monday, killing a soldier",
        EXP,
        IED,
        actor1=UNK + JIHAD12,
        actor2=NGARMY,
        location=DAMBOA_RD,
        date=D("2025-06-16"),
        killed=R(1),
        source=["security sources"] + TSS,
    ),
    E(
        True,
        "Dozens of displaced women protested peacefully on Tuesday outside the state emergency management agency",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["displaced women", "women"],
        location=MAIDUGURI,
        date=D("2025-06-17"),
        source=TSS,
    ),
    # the governor's warning of what the insurgents could do -> hypothetical
    E(
        False,
        "the insurgents were regrouping and could strike Maiduguri again",
        BAT,
        CLASH,
        actor1=JIHAD12,
        actor2=NGARMY + CJTF,
        location=MAIDUGURI,
        source=["state governor", "Borno State governor", "governor"],
        status="hypothetical",
    ),
    # the conflict's toll -> aggregate; "now in its 16th year" -> from 2009
    E(
        False,
        "The conflict, now in its 16th year, has killed more than 40,000 people",
        BAT,
        CLASH,
        actor1=JIHAD12 + NGARMY,
        actor2=NGARMY + CIV + JIHAD12,
        location=NE_NG,
        date=D("2009-01-01", "2025-06-18"),
        killed=R(40001, None),
        source=["UN figures", "United Nations"],
        aggregate=True,
    ),
    # no gold: "No group claimed the attack", the residents' doubt (inside the actors), the two bodies found
    # (inside the rise), "The claim could not be independently verified" (a hedge on a claim kept as occurred), the
    # rations' suspension, the two million displaced
]
# the headline's copies
E12 += [
    E(False, "suicide bomber hits Maiduguri checkpoint", EXP, SUICIDE, actor1=BOKO + UNK + ["suicide bomber"],
      actor2=CJTF, location=MAIDUGURI, date=D("2025-06-15"), source=TSS),
    E(False, "gunmen kill farmers near Gwoza", VAC, ATTACK, actor1=UNK + JIHAD12, actor2=CIV + ["farmers"],
      location=GWOZA20S, date=D("2025-06-14"), source=TSS),
]
DOCS.append(
    (
        "dev-ah-12",
        "The Sahel Standard",
        "2025-06-18",
        "newspaper's weekly security round-up",
        "Nigeria/Borno: a female suicide bomber at a Maiduguri checkpoint with 'The bomber also died' a sentence "
        "later, farmers killed 'about 20 km south of Gwoza' by Boko Haram 'or' ISWAP with the toll raised from nine to "
        "eleven, women abducted, 'neutralised' in Sambisa 'between Tuesday and Thursday last week', an air force "
        "claim of 'over 30', a roadside bomb, a protest, a governor's warning, the conflict's toll",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-ah-12", "Wednesday, 18 June 2025", "2025-06-18", "Wednesday"),
    ("dev-ah-12", "on Tuesday", "2025-06-17", "Tuesday"),
    ("dev-ah-12", "on Monday", "2025-06-16", "Monday"),
    ("dev-ah-12", "on Sunday evening", "2025-06-15", "Sunday"),
    ("dev-ah-12", "on Saturday morning", "2025-06-14", "Saturday"),
    ("dev-ah-12", "on Friday", "2025-06-13", "Friday"),
    ("dev-ah-12", "Thursday last week", "2025-06-12", "Thursday"),
    ("dev-ah-12", "Tuesday ... last week", "2025-06-10", "Tuesday"),
]

# =============================================================================
# dev-ah-13  national daily's editorial — DR Congo's South Kivu: Kamanyola and Luvungi in the Ruzizi plain, Uvira's
# central market, a village of Fizi territory; Bukavu as background (Tue 4 Mar 2025)
# =============================================================================
T13 = """Editorial: Uvira must not become the next Bukavu

The Kinshasa Courier | Editorial | Tuesday 4 March 2025

Three weeks after Bukavu fell to Rwanda's proxies, the war is knocking on Uvira's door, and the world is still watching with folded arms.

The facts of the past week speak for themselves. On Thursday, the so-called AFC/M23, with Rwandan soldiers at its side, attacked positions held by our armed forces (FARDC) and the Wazalendo volunteers around Kamanyola, on the road that runs south through the Ruzizi plain to Uvira. Local civil society counted seven dead among the defenders and at least twelve wounded. The rebels' spokesman claimed that his men had "liberated" nearby Luvungi; the army insists it still holds the town.

On Saturday, a grenade exploded in the central market of Uvira, killing two traders and wounding 11 shoppers, according to the territorial administration. The administrator blamed "infiltrators sent by the enemy"; some residents we spoke to suspect undisciplined soldiers. Neither version has been proven.

Further south, in Fizi territory, the Twirwaneho militia, Kigali's other friend in the highlands, drove Wazalendo fighters out of the village of Kalumbi on Wednesday after a day of fighting, according to civil society in Baraka, which said at least three civilians were among the dead.

The M23 also accused the Burundian troops deployed in the Ruzizi plain at our government's invitation of shelling its positions near Kamanyola on Friday. Bujumbura has not denied it.

Let us be clear. Since January, this aggression has killed more than 7,000 Congolese, according to the government. Bukavu was taken on 16 February with barely a shot fired, because too many in the chain of command had already fled.

If the international community keeps looking away, Uvira will fall within weeks, and with it the road to Tanganyika and Katanga. Sanctions on Kigali are not a favour to Kinshasa; they are the only language an aggressor understands. The peace talks announced for next month must not become one more stage on which the arsonist poses as the fireman.
"""

RWANDA = ["Rwanda", "Rwandan soldiers", "Rwanda Defence Force", "RDF", "Military Forces of Rwanda", "Kigali",
          "Rwandan"]
M23_13 = M23 + ["rebels", "Rwanda's proxies", "his men", "so-called AFC/M23"]
FARDC = ["FARDC", "Armed Forces of the Democratic Republic of the Congo", "Military Forces of the Democratic Republic of "
         "Congo", "our armed forces", "army", "Congolese army", "defenders", "undisciplined soldiers", "soldiers"]
WAZA = ["Wazalendo", "Wazalendo volunteers", "Wazalendo fighters", "Mai-Mai"]
TWIR = ["Twirwaneho", "Twirwaneho militia", "Banyamulenge militia"]
BURUNDI = ["Burundi", "Burundian troops", "Burundian army", "Military Forces of Burundi", "Bujumbura",
           "National Defence Force of Burundi"]
KAMANYOLA = L(["Kamanyola", "around Kamanyola", "near Kamanyola", "Ruzizi plain"], -2.75, 29.00, "CD")
LUVUNGI = L(["Luvungi", "nearby Luvungi", "Ruzizi plain"], -2.86, 29.03, "CD")
UVIRA = L(["Uvira", "central market of Uvira", "Uvira market"], -3.40, 29.14, "CD")
KALUMBI = L(["Kalumbi", "village of Kalumbi", "Fizi territory", "Fizi"], cc="CD")
BUKAVU = L(["Bukavu"], -2.51, 28.86, "CD")
DRC = L(["Democratic Republic of Congo", "DR Congo", "Congo", "eastern Congo"], cc="CD")
KC = ["The Kinshasa Courier", "Kinshasa Courier", "author"]
CIVSOC = ["Local civil society", "civil society", "local civil society"]
E13 = [
    # "On Thursday" in a Tuesday editorial on "the past week" -> 27 February; the defenders' dead and wounded a
    # sentence later (one side) -> killed 7..open and injured 12..open folded in, that sentence a non-core copy
    E(
        True,
        "the so-called AFC/M23, with Rwandan soldiers at its side, attacked positions held by our armed forces (FARDC) and the Wazalendo volunteers around Kamanyola",
        BAT,
        CLASH,
        actor1=M23_13 + RWANDA,
        actor2=FARDC + WAZA,
        location=KAMANYOLA,
        date=D("2025-02-27"),
        killed=R(7, None),
        injured=R(12, None),
        source=CIVSOC + KC,
    ),
    E(
        False,
        "Local civil society counted seven dead among the defenders and at least twelve wounded",
        BAT,
        CLASH,
        actor1=M23_13 + RWANDA,
        actor2=FARDC + WAZA,
        location=KAMANYOLA,
        date=D("2025-02-27"),
        killed=R(7, None),
        injured=R(12, None),
        source=CIVSOC,
    ),
    # the rebels' claim of a town -> core, occurred, sourced to them; undated beyond the week -> Thursday to the
    # editorial's day; the army's "still holds the town" -> a non-core denied copy
    E(
        True,
        'his men had "liberated" nearby Luvungi',
        BAT,
        NSAOVER,
        actor1=M23_13,
        actor2=FARDC + WAZA,
        location=LUVUNGI,
        date=D("2025-02-27", "2025-03-04"),
        source=["rebels' spokesman", "M23 spokesman"] + M23,
    ),
    E(
        False,
        "the army insists it still holds the town",
        BAT,
        NSAOVER,
        actor1=M23_13,
        actor2=FARDC,
        location=LUVUNGI,
        date=D("2025-02-27", "2025-03-04"),
        source=FARDC,
        status="denied",
    ),
    # a grenade in a market; the administrator blames the enemy's "infiltrators", residents suspect soldiers, and
    # "Neither version has been proven" -> every alternative plus unknown on the core, each blame a non-core copy
    # with its own actor1 (the residents' suspicion possible)
    E(
        True,
        "a grenade exploded in the central market of Uvira, killing two traders and wounding 11 shoppers",
        EXP,
        GRENADE,
        actor1=UNK + ["infiltrators"] + M23_13 + RWANDA + FARDC,
        actor2=CIV + ["traders", "two traders", "shoppers", "central market"],
        location=UVIRA,
        date=D("2025-03-01"),
        killed=R(2),
        injured=R(11),
        source=["territorial administration", "Uvira territorial administration"] + KC,
    ),
    E(
        False,
        'The administrator blamed "infiltrators sent by the enemy"',
        EXP,
        GRENADE,
        actor1=["infiltrators", "infiltrators sent by the enemy", "enemy"] + M23_13 + RWANDA,
        actor2=CIV,
        location=UVIRA,
        date=D("2025-03-01"),
        source=["administrator", "territorial administrator", "territorial administration"],
    ),
    E(
        False,
        "some residents we spoke to suspect undisciplined soldiers",
        EXP,
        GRENADE,
        actor1=FARDC,
        actor2=CIV,
        location=UVIRA,
        date=D("2025-03-01"),
        source=["residents"] + KC,
        status="possible",
    ),
    # a village taken from the Wazalendo -> Non-state actor overtakes territory; "at least three civilians were
    # among the dead" -> killed 3..open; an unpinned village -> names and country
    E(
        True,
        "the Twirwaneho militia, Kigali's other friend in the highlands, drove Wazalendo fighters out of the village of Kalumbi on Wednesday after a day of fighting",
        BAT,
        NSAOVER,
        actor1=TWIR,
        actor2=WAZA,
        location=KALUMBI,
        date=D("2025-02-26"),
        killed=R(3, None),
        source=["civil society in Baraka", "civil society"] + KC,
    ),
    # a party's accusation of a specific act -> core, occurred, sourced to it; "Bujumbura has not denied it" -> no
    # denial
    E(
        True,
        "accused the Burundian troops deployed in the Ruzizi plain at our government's invitation of shelling its positions near Kamanyola on Friday",
        EXP,
        SHELL,
        actor1=BURUNDI,
        actor2=M23_13 + ["its positions"],
        location=KAMANYOLA,
        date=D("2025-02-28"),
        source=M23,
    ),
    # the government's count -> aggregate ("more than 7,000" -> 7001..open)
    E(
        False,
        "Since January, this aggression has killed more than 7,000 Congolese",
        BAT,
        CLASH,
        actor1=M23_13 + RWANDA,
        actor2=FARDC + CIV,
        location=DRC,
        date=D("2025-01-01", "2025-03-04"),
        killed=R(7001, None),
        source=["government", "Congolese government"],
        aggregate=True,
    ),
    # background: Bukavu's fall, told twice ("Three weeks after" and "on 16 February") -> non-core, 16 February
    E(
        False,
        "Bukavu fell to Rwanda's proxies",
        BAT,
        NSAOVER,
        actor1=M23_13 + RWANDA,
        actor2=FARDC,
        location=BUKAVU,
        date=D("2025-02-16"),
        source=KC,
    ),
    E(
        False,
        "Bukavu was taken on 16 February with barely a shot fired",
        BAT,
        NSAOVER,
        actor1=M23_13 + RWANDA,
        actor2=FARDC,
        location=BUKAVU,
        date=D("2025-02-16"),
        source=KC,
    ),
    # the editorial's conditional -> hypothetical; the talks "announced for next month" -> planned
    E(
        False,
        "If the international community keeps looking away, Uvira will fall within weeks",
        BAT,
        NSAOVER,
        actor1=M23_13 + RWANDA,
        actor2=FARDC,
        location=UVIRA,
        source=KC,
        status="hypothetical",
    ),
    E(
        False,
        "The peace talks announced for next month",
        STR,
        AGREE,
        actor1=["Congolese government", "Kinshasa", "government"] + M23,
        actor2=M23 + RWANDA,
        location=DRC,
        source=KC,
        status="planned",
    ),
    # no gold: "knocking on Uvira's door" and "watching with folded arms" (metaphors), "Bujumbura has not denied it",
    # "Neither version has been proven" (inside the grenade), the commanders' flight, the sanctions plea, "the
    # arsonist poses as the fireman" (a metaphor)
]
DOCS.append(
    (
        "dev-ah-13",
        "The Kinshasa Courier",
        "2025-03-04",
        "national daily's editorial",
        "DR Congo/South Kivu: an M23 and Rwandan attack around Kamanyola 'On Thursday' with the defenders' toll a "
        "sentence later, the rebels' claim on Luvungi and the army's rebuttal, a grenade in Uvira's market blamed on "
        "'infiltrators' or on 'undisciplined soldiers', a Twirwaneho takeover in Fizi ('at least three civilians were "
        "among the dead'), an M23 accusation of Burundian shelling, a count, Bukavu background told twice, a "
        "conditional, planned talks, metaphors",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-ah-13", "Tuesday 4 March 2025", "2025-03-04", "Tuesday"),
    ("dev-ah-13", "On Saturday", "2025-03-01", "Saturday"),
    ("dev-ah-13", "on Friday", "2025-02-28", "Friday"),
    ("dev-ah-13", "On Thursday", "2025-02-27", "Thursday"),
    ("dev-ah-13", "on Wednesday", "2025-02-26", "Wednesday"),
]

# =============================================================================
# dev-ah-14  local news site — Mexico's Sinaloa: the Culiacán-Eldorado highway near the turn-off to Costa Rica,
# Culiacán's Tierra Blanca and Bacurimí, near Jesús María north of the city, El Pozo east of the city, Obregón
# Avenue (Wed 23 Oct 2024)
# =============================================================================
T14 = """Culiacán: five bodies left by highway to Eldorado; shootout in Tierra Blanca leaves two dead

Culiacán al Día | Local news | Wednesday 23 October 2024, 8:15 pm

CULIACÁN, Sin. - The bodies of five men, several with their hands tied and signs of torture, were found early on Tuesday beside the Culiacán-Eldorado highway, near the turn-off to Costa Rica, the state prosecutor's office said. None had been identified by Wednesday evening.

A gunfight broke out on Monday night in the Tierra Blanca neighbourhood between two armed groups, which residents said were cells of "Los Chapitos" and of "La Mayiza", the faction loyal to Ismael "El Mayo" Zambada. Two men were found dead at the scene and a third was taken to hospital with gunshot wounds. Neighbours said the shooting lasted more than twenty minutes.

Soldiers came under fire from gunmen travelling in a convoy of pickups on a dirt road near Jesús María, north of the city, on Sunday, the Defence Ministry (Sedena) said. Troops killed three attackers and arrested two, and seized rifles and a .50-calibre weapon; one soldier was slightly wounded.

Relatives said armed men took a 17-year-old and his father from their home in the Bacurimí neighbourhood on Monday afternoon. Their whereabouts are unknown.

In El Pozo, a village east of the city, a drone dropped two explosive devices on a house on Saturday, police said. No one was hurt. Residents blamed one or the other of the two factions, both of which have used drones in the mountains.

On Sunday afternoon, hundreds of people dressed in white marched along Obregón Avenue to demand peace, the third such march since the fighting began.

According to the state prosecutor's office, 271 people have been killed and more than 300 reported missing in Sinaloa since the war between the two factions broke out on 9 September, weeks after Zambada was arrested in the United States.

"Culiacán is a ghost city after dark," said a taxi driver who has stopped working nights.
"""

CHAPITOS = ["Los Chapitos", "Chapitos", "Sinaloa Cartel", "Sinaloa cartel"]
MAYIZA = ["La Mayiza", "Mayiza", "El Mayo", "Zambada", "Sinaloa Cartel", "Sinaloa cartel"]
CARTELS = CHAPITOS + MAYIZA + ["armed groups", "gunmen", "armed men", "factions"]
MXARMY = ["Mexican army", "Sedena", "Defence Ministry", "Soldiers", "Troops", "Military Forces of Mexico",
          "Mexican military", "soldier"]
COSTA_RICA = L(["Culiacán-Eldorado highway", "turn-off to Costa Rica", "Costa Rica", "Eldorado", "Culiacán"], 24.59,
               -107.39, "MX")
TIERRA_BLANCA = L(["Tierra Blanca", "Tierra Blanca neighbourhood", "Culiacán", "Culiacan"], 24.80, -107.39, "MX")
JESUS_MARIA = L(["Jesús María", "Jesus Maria", "near Jesús María", "north of the city", "Culiacán"], cc="MX")
BACURIMI = L(["Bacurimí", "Bacurimi", "Bacurimí neighbourhood", "Culiacán", "Culiacan"], 24.80, -107.39, "MX")
# "El Pozo, a village east of the city" -> the city's point (the guide's "east of X")
EL_POZO = L(["El Pozo", "east of the city", "Culiacán", "Culiacan"], 24.80, -107.39, "MX")
CULIACAN = L(["Culiacán", "Culiacan", "Obregón Avenue"], 24.80, -107.39, "MX")
SINALOA = L(["Sinaloa"], cc="MX")
CAD = ["Culiacán al Día", "Culiacan al Dia", "author"]
FGE = ["state prosecutor's office", "Sinaloa prosecutor's office", "prosecutor's office"]
E14 = [
    # bodies dumped with signs of torture -> Violence against civilians by unknown killers (either faction among the
    # alternatives); the day found -> Tuesday; "near the turn-off to Costa Rica" -> Costa Rica's point
    E(
        True,
        "The bodies of five men, several with their hands tied and signs of torture, were found early on Tuesday beside the Culiacán-Eldorado highway, near the turn-off to Costa Rica",
        VAC,
        ATTACK,
        actor1=UNK + CARTELS,
        actor2=CIV + ["five men", "men"],
        location=COSTA_RICA,
        date=D("2024-10-22"),
        killed=R(5),
        source=FGE + CAD,
    ),
    # two cartel cells -> Battles; the dead and the wounded a sentence later, sides not told -> folded in exactly;
    # "on Monday night" -> Monday and Tuesday
    E(
        True,
        "A gunfight broke out on Monday night in the Tierra Blanca neighbourhood between two armed groups",
        BAT,
        CLASH,
        actor1=CHAPITOS + MAYIZA + ["armed groups"],
        actor2=MAYIZA + CHAPITOS + ["armed groups"],
        location=TIERRA_BLANCA,
        date=D("2024-10-21", "2024-10-22"),
        killed=R(2),
        injured=R(1),
        source=["residents", "Neighbours"] + CAD,
    ),
    # the army's own telling: the attackers' dead and the soldier's wound (one side each) -> killed 3..open and
    # injured 1..open, as dev_r's police push in Solino; the two arrests inside the clash -> a non-core copy
    E(
        True,
        "Soldiers came under fire from gunmen travelling in a convoy of pickups on a dirt road near Jesús María, north of the city, on Sunday",
        BAT,
        CLASH,
        actor1=CARTELS + UNK + MXARMY,
        actor2=MXARMY + CARTELS,
        location=JESUS_MARIA,
        date=D("2024-10-20"),
        killed=R(3, None),
        injured=R(1, None),
        source=MXARMY,
    ),
    E(
        False,
        "Troops killed three attackers and arrested two",
        STR,
        ARRESTS,
        actor1=MXARMY,
        actor2=CARTELS + ["attackers"],
        location=JESUS_MARIA,
        date=D("2024-10-20"),
        source=MXARMY,
    ),
    E(
        True,
        "armed men took a 17-year-old and his father from their home in the Bacurimí neighbourhood on Monday afternoon",
        VAC,
        ABDUCT,
        actor1=UNK + ["armed men"] + CHAPITOS + MAYIZA,
        actor2=CIV + ["17-year-old", "father"],
        location=BACURIMI,
        date=D("2024-10-21"),
        source=["Relatives", "relatives"] + CAD,
    ),
    # a drone dropping explosives -> Air/drone strike; "one or the other of the two factions" -> both plus unknown;
    # "No one was hurt" -> killed and injured 0..0
    E(
        True,
        "a drone dropped two explosive devices on a house on Saturday",
        EXP,
        AIR,
        actor1=UNK + CHAPITOS + MAYIZA,
        actor2=CIV + ["house"],
        location=EL_POZO,
        date=D("2024-10-19"),
        killed=R(0),
        injured=R(0),
        source=["police", "Residents"] + CAD,
    ),
    E(
        True,
        "hundreds of people dressed in white marched along Obregón Avenue to demand peace",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["hundreds of people", "marchers"],
        location=CULIACAN,
        date=D("2024-10-20"),
        source=CAD,
    ),
    # the prosecutor's count since 9 September -> aggregate
    E(
        False,
        "271 people have been killed and more than 300 reported missing in Sinaloa",
        VAC,
        ATTACK,
        actor1=CHAPITOS + MAYIZA + UNK,
        actor2=CIV + CHAPITOS + MAYIZA,
        location=SINALOA,
        date=D("2024-09-09", "2024-10-23"),
        killed=R(271),
        source=FGE,
        aggregate=True,
    ),
    # background: Zambada's arrest ("weeks after" 9 September, no date given) -> non-core, undated
    E(
        False,
        "Zambada was arrested in the United States",
        STR,
        ARRESTS,
        actor1=USA + ["US authorities", "United States authorities"],
        actor2=["Ismael Zambada", "Zambada", "El Mayo"],
        location=L(["United States"], cc="US"),
        source=CAD,
    ),
    # no gold: "None had been identified", "Neighbours said the shooting lasted", the seized weapons, "Their
    # whereabouts are unknown", the factions' use of drones (generic), "the third such march" (generic), the war's
    # outbreak (inside the count), "a ghost city after dark" (a metaphor)
]
# the headline's copies
E14 += [
    E(False, "five bodies left by highway to Eldorado", VAC, ATTACK, actor1=UNK + CARTELS, actor2=CIV,
      location=COSTA_RICA, date=D("2024-10-22"), killed=R(5), source=CAD),
    E(False, "shootout in Tierra Blanca leaves two dead", BAT, CLASH, actor1=CHAPITOS + MAYIZA,
      actor2=MAYIZA + CHAPITOS, location=TIERRA_BLANCA, date=D("2024-10-21", "2024-10-22"), killed=R(2), source=CAD),
]
DOCS.append(
    (
        "dev-ah-14",
        "Culiacán al Día",
        "2024-10-23",
        "local news site",
        "Mexico/Sinaloa: five bodies 'found early on Tuesday' by the Eldorado highway, a cartel gunfight 'on Monday "
        "night' with the dead and wounded a sentence later, an ambush on soldiers near Jesús María (the army's own "
        "count, two arrests), a father and son taken, a drone bomb 'east of the city' ('No one was hurt') blamed on "
        "'one or the other of the two factions', a march, the prosecutor's count, Zambada's arrest, a metaphor",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-ah-14", "Wednesday 23 October 2024", "2024-10-23", "Wednesday"),
    ("dev-ah-14", "early on Tuesday / Monday night (end)", "2024-10-22", "Tuesday"),
    ("dev-ah-14", "on Monday night / on Monday afternoon", "2024-10-21", "Monday"),
    ("dev-ah-14", "on Sunday / On Sunday afternoon", "2024-10-20", "Sunday"),
    ("dev-ah-14", "on Saturday", "2024-10-19", "Saturday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_ah", check_ah, strip_text=True)


if __name__ == "__main__":
    main()
