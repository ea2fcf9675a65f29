"""Writes dev_y.gold.jsonl: fourteen development articles, nine from the Middle East - Iraq's Kirkuk and Salahuddin
(Wadi Zghaytun south-west of Hawija, the Tuz Khurmatu-Amerli road, the al-Jalam desert east of Samarra, Daquq, the
Daquq-Tuz road, Baiji), southern Syria's Daraa and Suwayda (Busra al-Harir, the road near Shahba, the hills facing
al-Thaala, the Busra al-Harir-al-Sura road, Nawa, Tafas, Jassim), the northern West Bank (Tammun south of Tubas, Jenin
camp, Nur Shams camp in Tulkarm, Burin near Nablus, al-Far'a camp), Lebanon's Bekaa and the Syrian border (Hawsh
al-Sayyed Ali north of Hermel, the Zita dam west of Qusayr, al-Qasr, the al-Qasr-al-Qaa border strip, al-Laboue on the
Baalbek-Hermel road, Baalbek, Hermel, al-Qaa), Yemen and the Red Sea (a bulk carrier 58 NM west-southwest of
Hodeidah, the southern Red Sea, Hodeidah port, al-Salif, Marib city, Sirwah district), Iraq's Sinjar district and the
Syrian border (Sinune, Sinjar town, a point 25 km west of Sinjar, Tel Qasab), Syria's Raqqa and Tabqa (al-Karama east
of Raqqa, the Tabqa-al-Mansoura road, the western countryside of Raqqa, al-Hamra north of Tabqa, the Tabqa dam),
Iran's Kurdistan province (the Baneh border heights, the Bashmaq crossing west of Marivan, Marivan, Baneh, Sarvabad)
and Jordan's north-eastern border (the Rukban area, al-Ruwaished, Ramtha, Amman, the Eastern Military Zone) - and
five from elsewhere - Mali's Mopti region (a village 15 km east of Bandiagara, the Sévaré-Bandiagara road, Djenné
circle, the Djenné-Mopti road, Bankass, Douentza), Somalia's Lower Shabelle (Awdheegle, the Janaale-Marka road,
Afgooye, a point 30 km north-west of Marka, Marka's port, Bariire), DR Congo's North Kivu (Kiwanja, Rubaya, Masisi
town, a village 10 km north of Rutshuru centre, Nyamilima, Rutshuru), Myanmar's Sagaing Region (Kani Township, the
Shwebo-Ye-U road, Pale Township, Monywa, Kalay) and Colombia's Cauca (Suárez, Toribío, Santander de Quilichao, El
Plateado in Argelia, Morales, Cajibío, Popayán) - published 2024-2026, written for this project in our own words,
with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice and layout per article, each a different kind of outlet, the set rich in what coders find hard - counts in
words and figures, ranges ("five to seven", "six to eight"), "at least", "dozens", "more than 20", "several", kin and
ages ("a woman and her two children", "two brothers ... aged 19 and 23"), "killed or wounded", "No casualties" / "No
one was hurt" / "caused no injuries", tolls told a sentence later, raised later or corrected; relative dates ("last
night", "the day before yesterday", "Three weeks ago", "Early this month", "In the last days of March", "two days after
the clash", "in March last year") and relative places ("12 km south-west of Hawija", "on the outskirts of Daquq", "the
western countryside of Raqqa", "58 NM west-southwest of Hodeidah"); attribution, blame, claims, denials, hedges
("reportedly", "may have been detained", "People say"), plans, threats, conditionals, aggregates ("30 times in a
month"), background and metaphors; two or three sources giving different versions of one event:
(1) Iraq's Ministry of Defence daily summary: an air strike with "five to seven terrorists" a sentence later, an IED
whose wounded soldier dies next morning, a desert clash with both sides' dead, gunmen firing on a post ("There were no
casualties"), devices dismantled, arrests "the day before yesterday", a year's tally, a denied drone strike "last
week", a vow; (2) a clan elder's account relayed by a local journalist in Daraa: one shelling told by the elder (a man
and his two boys) and by the health directorate (four dead, "at least six" wounded) with the factions' denial, an
abduction "Three weeks ago", an exchange of fire in two versions ("two of ours were wounded" / "three local defenders
killed or wounded"), a deployment, a gathering, a count, a conditional threat, a killing, an IED and an abduction from
the wider province; (3) a Jenin radio bulletin's transcript: a drone strike "last night" whose toll rises from two to
three on air, told as young men and as "a terrorist cell", PA-militant fighting "that began early last month" with a
sniper's kill, a women's march turned back, detentions and bulldozing in Nur Shams, settler arson ("No one was hurt"),
a claimed IED ("caused no injuries"), a tally, a vow; (4) a Beirut live page: overnight border fighting with the toll
raised at 12:30, a Syrian ambush claim and Hezbollah's denial, shells by "Syrian government troops or ... tribal
fighters", the army's return fire and reinforcements, a drone strike on a car told two ways, tyres burned in Baalbek,
a ceasefire agreed, shells on Hermel ("No casualties"), arrests "last night", last autumn's strikes, an MP's
conditional; (5) a maritime security alert: a near miss reported by the Master ("All crew are reported safe") and the
Houthis' "direct and accurate hit", drones shot down, US-UK strikes told as radar sites and as fishermen, a missile on
Marib, an attack repelled ("killing or wounding some 20"), two counts, a vow, a forecast; (6) a Baghdad press review:
one drone strike in three outlets' versions, a funeral march, a shooting in two versions, infiltrators killed "about 25
km west of Sinjar", village arrests, a count since 2021, the 2014 genocide, a planned deployment; (7) a claim check of
three Amaq claims against the SDF, residents and a hospital (five dead / two dead and one wounded; an SDF vehicle / a
water directorate pick-up; an unconfirmed execution), a raid, a coalition drone strike, a protest dispersed, "30
attacks in a month", 2017 background, a vow; (8) a human-rights group's monthly report: border guards firing on
kolbars with the commander's "warning shots" denial, a fatal fall while fleeing fire, a month's count, arrests and a
man who "may have been detained", a strike and gathering met with tear gas, a clash in two versions (IRGC media / PJAK),
a conditional; (9) a court report: the indicted firefight of "the night of 17 to 18 December 2024" with the other
side's dead a sentence later, the army's vague "a number" and a sergeant's testimony, arrests "two days after the
clash", a drug drone shot down "in March last year", relatives outside the court, 2024 strikes and the Tower 22
attack as background, a new clash "On the morning of the hearing"; (10) a humanitarian flash update from Mopti: a
village attack with "at least 18 dead" raised to 27, an IED, an air strike "reportedly carried out by" the FAMa on a
fair with the army's "terrorist gathering point", an abduction, a looted truck ("No one was hurt"), a clash with
"neutralised" foes, a year's count; (11) a wire factbox on Lower Shabelle: a base overrun in three versions and
retaken, a roadside bomb, a suicide car bomb, an AFRICOM strike ("several"), mortar rounds ("no casualties"), a clan
clash ("six to eight"), arrests "a day after" a grenade, two counts, a planned offensive; (12) a Q&A interview from
Rutshuru: a round-up of "about forty young men" against M23's "fewer than ten", fighting "Since Sunday", a drone on a
house blamed by hearsay on the army, eleven bodies with M23's blame of the FDLR, an abduction "last night", a march
met with shots, the Washington agreement, a count, a conditional; (13) a correction notice that restates a story: an
air strike (21, not 31; Saturday night, not Sunday) with the junta's "PDF training camp" and "fake news", a PDF
ambush claim ("more than 20", once "dozens"), houses burned (Pale, not Salingyi), checkpoint detentions, a resistance
drone strike, a monthly count; (14) an opinion column from Cauca: a drone on a police station, an indigenous guard
shot "Last week", a motorcycle bomb "Three weeks ago", two days of fighting "Early this month" with each side's dead
from another source, an attack "killing or wounding eleven officers", a kidnapping, a minga march, "30 times in a
month", a promised deployment, the 2016 agreement, metaphors and a conditional.
The incidents are invented or composite, with invented names of people, outlets and some villages; the gold encodes
what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 330-420 words; check_y
below adds a 250-word floor and the 2024-01-01..2026-12-31 window to goldkit's check_article (whose 150-word floor on
the body, above the brief's 120, and 450-word cap are kept unchanged).

Run:  cd /work/devy && python3 build_dev_y.py   (stdlib + goldkit only; checks every evidence string occurs exactly
once in its text, word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number
ranges, then writes the JSONL beside this file).

Conventions: those of build_dev_r.py (and through it dev_q to dev_c), kept unchanged - among them "No one was hurt" /
"No casualties" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only, "no civilians were hurt" (one
group) -> no number field; "dozens" 24..open; "at least N" N..open; "more than N" N+1..open; "several" 3..open; one
side's count in a clash -> N..open, both sides told -> exact; each side's dead from a different source -> summed; a
toll told later or revised -> folded into the core event, the other figures non-core copies; "at least N" raised to M
-> N..open; a wounded man who dies later -> killed lo..hi and injured lo..hi across the two tellings; "N km <direction>
of X" -> LKM; "on the outskirts of Y" / "near Y" / "<direction> of Y" with no distance -> Y's point; countrysides,
districts, townships, circles, deserts, border areas, villages we cannot pin and long roads -> names and country;
"overnight" / "last night" / "on X night" -> both days; "last week" -> Monday to Sunday; uncertain or blamed
perpetrators -> every alternative plus unknown; a party's claim -> core, occurred, sourced to it; another object named
by another source, or another toll -> one core event per version; the same object and toll under another label -> one
core event, the other telling a non-core copy; headlines that state an event -> non-core copies; "neutralised" -> no
number field; denials, plans, threats, conditionals, aggregates and background -> non-core; an actor's own
conditional threat -> planned, anyone else's conditional -> hypothetical.
Added or made explicit here:
- "Three weeks ago" -> the Monday-Sunday week holding the day 21 days before publication; "Early this month" -> days
  1-10; "In the last days of March" -> 25-31 March; "in March last year" -> that March; "two days after the clash" of
  a night -> the two days after; "last autumn" (said in March) -> September to 20 December.
- "wounding an officer and two soldiers", then one soldier dies -> killed 0..1 and injured 2..3 (dev_r's rule with no
  dead in the first telling); "killed two ... critically wounded a third", then "the toll is now three" -> killed 2..3
  and injured 0..1; "Two Lebanese were killed", then "four dead and nine wounded" -> killed 2..4, injured 9.
- "killing or wounding some 20 attackers" / "three local defenders killed or wounded" / "killing or wounding eleven
  officers" (one side's unsplit count in a clash) -> casualties N..open; residents' "killed or wounded at least 30"
  -> 30..open.
- A near miss reported by a ship's Master and the attackers' "direct and accurate hit" -> two core versions (they
  differ in what happened, not only in labels); Kurdistan Line TV's two fighters and a driver and Roj's three civilians
  (one car, three dead under other labels) -> one core event and a non-core copy; Yeni Ufuk's "senior PKK figure" ->
  another object, a core version.
- An armed group's claims -> core events sourced to the group even when the reporter could not confirm them; an
  undated claim about a killing -> no date field.
- The elder's and the health directorate's tolls for one shelling, the elder's and Suwayda Echo's tellings of one
  exchange of fire, IRGC media's and PJAK's figures for one clash, the wire's, the group's and the army's tellings of
  one base overrun -> one core event per version, each with its own numbers and source; a base retaken the same day ->
  Government regains territory, a core event of its own.
- A correction notice: the corrected telling is the core event; the notice's own restatements (the corrected toll and
  day, the corrected township and claimant) and the retracted headline's "31" -> non-core copies (the event stands,
  the figure is withdrawn; status stays occurred).
- An army's "a number" of enemy dead -> a non-core copy with no number field; the indicted clash recalled at trial in
  detail (date, place, both sides' dead) -> core; a drone shot down and recalled in evidence with a place and a month
  -> core; the defendants' denial of the charges -> no gold (a denial of guilt, not of an event).
- Mass detentions by a rebel group holding the territory (M23 in Kiwanja) -> Strategic developments/Arrests; the
  group's smaller telling -> a non-core copy (arrests carry no number field).
- A former opposition commander shot at night, not said to be armed or serving -> Violence against civilians; an
  indigenous guard coordinator (an unarmed community guard) shot at home -> Violence against civilians; border guards
  firing on unarmed porters, and a porter's fatal fall while fleeing their fire -> Violence against civilians.
- Arson of cars, houses or a truck's cargo, bulldozed streets, with no one hurt -> Looting/property destruction.
- Tyres burned and a road blocked -> Riots/Violent demonstration; a march turned back with shots in the air, beatings,
  tear gas or detentions -> Protest with intervention; a funeral march, a minga, a gathering "peacefully" -> Peaceful
  protest.
- An army "responded with appropriate weapons to the sources of fire" across a border -> Shelling/artillery/missile
  attack (dev_r's reading of "appropriate weapons"); its reinforcements -> Headquarters or base established; a
  ceasefire agreed by phone -> Agreement; drones shot down, devices dismantled, a drug drone downed -> Disrupted
  weapons use.
- "a suicide belt" seized from unnamed infiltrators -> unknown plus ISIS; "People say it was an army drone" -> the
  army plus unknown; "launched from Houthi-held territory" -> the Houthis.
- A point at sea (58 NM = 107 km west-southwest of Hodeidah) -> LKM without a country; a sea area ("over the southern
  Red Sea") -> names only.
- Displacement, suspended missions, clinics, releases of hostages, ransom demands, "fall of the Assad government",
  AUSSOM replacing ATMIS, "could not be independently verified" -> no gold."""

import math

from goldkit import (
    ABDUCT,
    AGREE,
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


# goldkit's check_article (layout, a body of at least 150 words, at most 450 words in all, fields, values, ranges)
# plus this set's 250-word floor on the whole article and its 2024-01-01..2026-12-31 publication window.
check_y = windowed_check("2024-01-01", "2026-12-31", min_words=250)


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


NM = 1.852  # km per nautical mile, for the maritime alert's "58 NM west-southwest of Hodeidah"

# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three letters are
# left out on purpose: the scorer matches by case-insensitive containment either way, and goldkit rejects them. Each
# list holds the canonical name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities, camps and bases we can pin to ~0.05 degrees from our own knowledge; villages,
# districts, townships, valleys, deserts, border sectors, long roads and sites we cannot pin get names and a country
# only, unless the text places them by a distance and a direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = ["United States", "US forces", "U.S. forces", "US military", "U.S. military", "American",
       "Military Forces of the United States"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
# Syria's forces after December 2024 (the transitional government's army and General Security)
SYGOV25 = ["Syrian government", "Government of Syria", "Syrian government forces", "Syrian army",
           "Military Forces of Syria", "Syrian transitional government", "Syrian defence ministry",
           "Syrian interior ministry", "General Security", "General Security forces", "Syrian security forces",
           "Police Forces of Syria"]
SHABAAB = ["al-Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab", "militants"]
M23 = ["M23", "March 23 Movement", "Mouvement du 23 mars", "AFC/M23", "M23 fighters", "rebels", "M23 rebels"]
FARDC = ["Armed Forces of the Democratic Republic of the Congo", "FARDC", "Congolese army", "army",
         "Military Forces of the Democratic Republic of Congo"]
WAZALENDO = ["Wazalendo", "Wazalendo militias", "Wazalendo fighters"]
JUNTA = ["Myanmar military", "Tatmadaw", "junta", "Military Forces of Myanmar", "State Administration Council", "SAC",
         "regime", "air force", "junta troops", "soldiers", "junta aircraft"]
PDF = ["People's Defence Force", "People's Defense Force", "PDF", "resistance forces", "resistance"]
JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda",
        "jihadists", "JNIM fighters", "terrorists"]
FAMA = ["Malian army", "Malian Armed Forces", "FAMa", "Military Forces of Mali", "army"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-y-01  ministry of defence daily summary — Iraq's Kirkuk and Salahuddin: Wadi Zghaytun 12 km south-west of Hawija, the Tuz Khurmatu-Amerli road 9 km south of Tuz Khurmatu, the al-Jalam desert east of Samarra, Daquq's outskirts, the Daquq-Tuz road, Baiji district (Wed 12 Mar 2025)
# =============================================================================
T01 = """Daily operations summary: army aviation strikes Daesh hideout west of Hawija; officer and two soldiers wounded near Tuz Khurmatu

Republic of Iraq | Ministry of Defence | Directorate of Media and Moral Guidance | Daily Summary No. 71 | Baghdad, Wednesday 12 March 2025

The Ministry of Defence presents to our honourable citizens the results of the operations of our heroic armed forces during the past twenty-four hours.

1. KIRKUK: Acting on accurate intelligence, army aviation carried out a strike at dawn today on a hideout of Daesh terrorist remnants in the Wadi Zghaytun area, 12 km south-west of Hawija. The initial count indicates that five to seven terrorists were killed. A ground force is searching the site.

2. SALAHUDDIN: At 1915 hrs yesterday, an explosive device planted by the terrorists exploded beside a vehicle of the 20th Brigade on the Tuz Khurmatu-Amerli road, 9 km south of Tuz Khurmatu, wounding an officer and two soldiers. One of the two soldiers died of his wounds this morning at Tikrit Teaching Hospital.

3. SALAHUDDIN: On Monday evening, a force of Samarra Operations Command clashed with a terrorist group of four elements in the al-Jalam desert, east of Samarra. One of our heroes was martyred and two terrorists were killed, while the others fled towards the Mutaibijah basin.

4. KIRKUK: At 0100 hrs today, unidentified gunmen in a vehicle opened fire on a post of the 8th Infantry Division on the outskirts of Daquq. The post returned fire and the attackers fled. There were no casualties.

5. KIRKUK: An engineering team of Kirkuk Operations Command dismantled two explosive devices planted on the road between Daquq and Tuz Khurmatu.

6. SALAHUDDIN: Military Intelligence arrested two terrorists wanted under Article 4 of the Anti-Terrorism Law in Baiji district the day before yesterday, after monitoring their movements for three weeks.

Since the beginning of the year, the operations of our forces have killed 41 terrorists and arrested 118 others across Iraq.

The Ministry of Defence categorically denies the fabricated news circulated by suspicious pages claiming that an army drone struck a group of shepherds near Baiji last week, and will take legal measures against those who publish such lies.

Our forces will continue to pursue the remnants of the terrorist gangs until the last den is cleansed.
"""

IQARMY01 = ["Iraqi army", "Iraqi armed forces", "Military Forces of Iraq", "army aviation", "Ministry of Defence",
            "Iraqi Ministry of Defence", "our forces", "armed forces", "20th Brigade", "Samarra Operations Command",
            "8th Infantry Division", "Kirkuk Operations Command", "Military Intelligence", "engineering team",
            "Iraqi security forces", "army"]
IS01 = ISIS + ["Daesh terrorist remnants", "terrorist remnants", "terrorists", "terrorist group", "terrorist gangs"]
# "12 km south-west of Hawija" / "9 km south of Tuz Khurmatu" -> LKM
ZGHAYTUN = LKM(["Wadi Zghaytun", "Wadi Zghaytun area", "south-west of Hawija", "west of Hawija", "Hawija"], 35.33,
               43.77, 12, 225, "IQ")
TUZ_S = LKM(["Tuz Khurmatu-Amerli road", "south of Tuz Khurmatu", "Tuz Khurmatu", "Tuz Khormato", "Amerli"], 34.88,
            44.63, 9, 180, "IQ")
# "in the al-Jalam desert, east of Samarra", no distance -> Samarra's point (the desert's western edge lies within
# ~20 km of the city)
JALAM = L(["al-Jalam desert", "al-Jalam", "Jalam", "east of Samarra", "Samarra"], 34.20, 43.87, "IQ")
DAQUQ = L(["Daquq", "Dakuk", "outskirts of Daquq"], 35.14, 44.45, "IQ")
DAQ_TUZ_RD = L(["road between Daquq and Tuz Khurmatu", "Daquq", "Tuz Khurmatu"], cc="IQ")
BAIJI_DIST = L(["Baiji district", "Baiji", "Bayji"], cc="IQ")
BAIJI = L(["Baiji", "near Baiji", "Bayji"], 34.93, 43.49, "IQ")
IRAQ01 = L(["Iraq", "across Iraq"], cc="IQ")
MOD01 = ["Ministry of Defence", "Iraqi Ministry of Defence", "Directorate of Media and Moral Guidance", "author"]
E01 = [
    # an air strike "at dawn today"; "five to seven terrorists were killed" a sentence later -> killed 5..7 folded
    # in, the count a non-core copy
    E(True, "army aviation carried out a strike at dawn today on a hideout of Daesh terrorist remnants in the Wadi Zghaytun area, 12 km south-west of Hawija",
      EXP, AIR, actor1=IQARMY01, actor2=IS01 + ["hideout"], location=ZGHAYTUN, date=D("2025-03-12"),
      killed=R(5, 7), source=MOD01),
    E(False, "The initial count indicates that five to seven terrorists were killed", EXP, AIR, actor1=IQARMY01,
      actor2=IS01, location=ZGHAYTUN, date=D("2025-03-12"), killed=R(5, 7), source=MOD01),
    # "the terrorists" in the ministry's usage are Daesh; no claim -> Daesh plus unknown. "wounding an officer and
    # two soldiers", then one of the soldiers dies the next morning -> killed 0..1 and injured 2..3 (dev_r's rule
    # for a wounded man who dies later); "At 1915 hrs yesterday" -> Tuesday
    E(True, "an explosive device planted by the terrorists exploded beside a vehicle of the 20th Brigade on the Tuz Khurmatu-Amerli road, 9 km south of Tuz Khurmatu, wounding an officer and two soldiers",
      EXP, IED, actor1=UNK + IS01, actor2=IQARMY01 + ["vehicle", "officer", "soldiers"], location=TUZ_S,
      date=D("2025-03-11"), killed=R(0, 1), injured=R(2, 3), source=MOD01),
    E(False, "One of the two soldiers died of his wounds this morning at Tikrit Teaching Hospital", EXP, IED,
      actor1=UNK + IS01, actor2=IQARMY01, location=TUZ_S, date=D("2025-03-11"), killed=R(1), source=MOD01),
    # both sides' dead told a sentence later (one of ours, two of theirs) -> killed 3..3; "On Monday evening" ->
    # Monday
    E(True, "a force of Samarra Operations Command clashed with a terrorist group of four elements in the al-Jalam desert, east of Samarra",
      BAT, CLASH, actor1=IQARMY01 + IS01, actor2=IS01 + IQARMY01, location=JALAM, date=D("2025-03-10"),
      killed=R(3), source=MOD01),
    E(False, "One of our heroes was martyred and two terrorists were killed", BAT, CLASH, actor1=IQARMY01 + IS01,
      actor2=IS01 + IQARMY01, location=JALAM, date=D("2025-03-10"), killed=R(3), source=MOD01),
    # fire exchanged with a post -> Battles; "unidentified gunmen" -> unknown only; "There were no casualties" ->
    # killed and injured 0..0; "on the outskirts of Daquq" -> Daquq's point
    E(True, "unidentified gunmen in a vehicle opened fire on a post of the 8th Infantry Division on the outskirts of Daquq",
      BAT, CLASH, actor1=UNK + ["unidentified gunmen", "gunmen", "attackers"] + IQARMY01,
      actor2=IQARMY01 + ["post"] + UNK, location=DAQUQ, date=D("2025-03-12"), killed=R(0), injured=R(0),
      source=MOD01),
    # devices dismantled -> Disrupted weapons use; undated in a summary of "the past twenty-four hours" -> Tuesday
    # and Wednesday; a ~35 km road -> names and country
    E(True, "dismantled two explosive devices planted on the road between Daquq and Tuz Khurmatu", STR, DISRUPT,
      actor1=IQARMY01, actor2=UNK + IS01 + ["explosive devices"], location=DAQ_TUZ_RD,
      date=D("2025-03-11", "2025-03-12"), source=MOD01),
    # "the day before yesterday" in a Wednesday summary -> Monday; a district -> names and country
    E(True, "Military Intelligence arrested two terrorists wanted under Article 4 of the Anti-Terrorism Law in Baiji district the day before yesterday",
      STR, ARRESTS, actor1=IQARMY01, actor2=IS01 + ["two terrorists", "wanted"], location=BAIJI_DIST,
      date=D("2025-03-10"), source=MOD01),
    # the year's tally -> aggregate
    E(False, "the operations of our forces have killed 41 terrorists and arrested 118 others across Iraq", BAT, CLASH,
      actor1=IQARMY01, actor2=IS01, location=IRAQ01, date=D("2025-01-01", "2025-03-12"), killed=R(41),
      source=MOD01, aggregate=True),
    # the ministry's denial is the only telling of the strike -> non-core denied; "last week" in a Wednesday summary
    # -> Monday 3 to Sunday 9 March
    E(False, "an army drone struck a group of shepherds near Baiji last week", EXP, AIR, actor1=IQARMY01,
      actor2=CIV + ["shepherds", "group of shepherds"], location=BAIJI, date=D("2025-03-03", "2025-03-09"),
      source=MOD01, status="denied"),
    # the vow -> planned
    E(False, "Our forces will continue to pursue the remnants of the terrorist gangs", BAT, CLASH, actor1=IQARMY01,
      actor2=IS01, location=IRAQ01, source=MOD01, status="planned"),
    # no gold: the search of the site (inside the strike), the flight towards the Mutaibijah basin (inside the
    # clash), the three weeks of monitoring, the legal measures against publishers
]
# the headline's copies
E01 += [
    E(False, "army aviation strikes Daesh hideout west of Hawija", EXP, AIR, actor1=IQARMY01, actor2=IS01 + ["hideout"],
      location=ZGHAYTUN, date=D("2025-03-12"), source=MOD01),
    E(False, "officer and two soldiers wounded near Tuz Khurmatu", EXP, IED, actor1=UNK + IS01, actor2=IQARMY01,
      location=TUZ_S, date=D("2025-03-11"), injured=R(3), source=MOD01),
]
DOCS.append(
    (
        "dev-y-01",
        "Iraqi Ministry of Defence (daily summary)",
        "2025-03-12",
        "ministry of defence daily summary",
        "Iraq/Kirkuk and Salahuddin: an air strike '12 km south-west of Hawija' with 'five to seven terrorists' a "
        "sentence later, an IED '9 km south of Tuz Khurmatu' whose wounded soldier dies next morning, a clash 'east "
        "of Samarra' with both sides' dead, gunmen firing on a post 'on the outskirts of Daquq' ('There were no "
        "casualties'), devices dismantled, arrests 'the day before yesterday', a year's tally, a denied drone strike "
        "'last week', a vow",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-y-01", "Wednesday 12 March 2025 / at dawn today / At 0100 hrs today", "2025-03-12", "Wednesday"),
    ("dev-y-01", "At 1915 hrs yesterday", "2025-03-11", "Tuesday"),
    ("dev-y-01", "On Monday evening / the day before yesterday", "2025-03-10", "Monday"),
    ("dev-y-01", "last week (start)", "2025-03-03", "Monday"),
]

# =============================================================================
# dev-y-02  tribal elder's account relayed by a local journalist — southern Syria: Busra al-Harir (eastern Daraa), the road near Shahba, the hills facing al-Thaala (western Suwayda), the Busra al-Harir-al-Sura road; Nawa, Tafas, Jassim (Thu 16 Oct 2025)
# =============================================================================
T02 = """'We bury our sons and wait for the next checkpoint': a clan elder on a week between Daraa and Suwayda

Nabd Horan | Daraa | Thursday 16 October 2025 | By our correspondent Qasim al-Masri

BUSRA AL-HARIR - Sheikh Mutlaq al-Fawaz, 71, an elder of a Bedouin clan on the eastern edge of Busra al-Harir, received us in a tent beside his damaged house. This is his account, with what we could check.

"On Saturday night a shell from the direction of the Suwayda factions fell on the house of Salem, my cousin's son, and killed him and his two boys, nine and thirteen years old." The Daraa health directorate told Nabd Horan that four people, among them a child, were killed in the shelling of the town that night and at least six were wounded. The Suwayda Military Council denied shelling any village, saying its fighters "only answer fire with fire".

"Three weeks ago they took my nephew Khaled, 22, and two other young men at a checkpoint on the road near Shahba. We paid, and he came back after eleven days without his front teeth." Two relatives confirmed the abduction; we could not establish which group runs the checkpoint.

"On Tuesday our young men exchanged fire for two hours with gunmen on the hills facing al-Thaala, and two of ours were wounded." A Suwayda news page, Suwayda Echo, said instead that "tribal gunmen" had attacked the outskirts of al-Thaala and were repelled, with three local defenders killed or wounded.

On Sunday, General Security forces deployed along the road between Busra al-Harir and al-Sura and set up three new checkpoints, the interior ministry said. On Monday, dozens of clan men gathered peacefully in front of the Busra al-Harir municipality to demand that the government "open the road and bring our sons back".

The sheikh counts fourteen men from his area kidnapped since the summer. "If the state does not protect us, the clans will protect themselves," he said.

Elsewhere in the province in the past week, unknown gunmen shot dead a former opposition commander in Nawa on Friday evening, and an explosive device wounded two General Security members at the entrance to Tafas on Wednesday. In Jassim, local sources said a farmer and his son were abducted from their land the day before yesterday.

"This land is a wound that does not close," the sheikh said as we left.
"""

SWFACT = ["Suwayda factions", "Suwayda Military Council", "Druze factions", "Druze gunmen", "Druze fighters",
          "local defenders", "armed factions", "factions", "gunmen"]
CLANS02 = ["Bedouin clans", "Bedouin clan", "clan fighters", "tribal gunmen", "tribal fighters", "clans", "clan men",
           "our young men", "young men", "Bedouin fighters"]
ELDER = ["Mutlaq al-Fawaz", "Sheikh Mutlaq al-Fawaz", "elder", "clan elder", "sheikh"]
NABD = ["Nabd Horan", "Qasim al-Masri", "our correspondent", "author"]
BUSRA_HARIR = L(["Busra al-Harir", "Busra al-Hariri", "Bosra al-Harir", "eastern edge of Busra al-Harir", "the town"],
                32.84, 36.34, "SY")
# "at a checkpoint on the road near Shahba" -> Shahba's point
SHAHBA = L(["Shahba", "road near Shahba", "near Shahba"], 32.85, 36.63, "SY")
THAALA = L(["al-Thaala", "Thaala", "Tha'la", "hills facing al-Thaala", "outskirts of al-Thaala"], 32.70, 36.41, "SY")
# a ~25 km road across the Lajat -> names and country
BH_SURA_RD = L(["road between Busra al-Harir and al-Sura", "Busra al-Harir", "al-Sura"], cc="SY")
NAWA = L(["Nawa"], 32.89, 36.04, "SY")
TAFAS = L(["Tafas", "entrance to Tafas"], 32.74, 35.99, "SY")
JASSIM = L(["Jassim", "Jasim", "Jassem"], 32.99, 36.06, "SY")
HIS_AREA = L(["Busra al-Harir", "his area", "Daraa", "eastern countryside of Daraa"], cc="SY")
E02 = [
    # one shelling, two tolls by two sources (the elder's man and his two sons / the health directorate's four dead,
    # "at least six" wounded) -> one core event per version (dev_r's Sayda IED); the elder's blame by direction ->
    # the Suwayda factions plus unknown; "On Saturday night" -> Saturday and Sunday
    E(True, "On Saturday night a shell from the direction of the Suwayda factions fell on the house of Salem, my cousin's son, and killed him and his two boys, nine and thirteen years old",
      EXP, SHELL, actor1=SWFACT + UNK, actor2=CIV + ["house", "Salem", "two boys", "boys"], location=BUSRA_HARIR,
      date=D("2025-10-11", "2025-10-12"), killed=R(3), source=ELDER + NABD),
    E(True, "four people, among them a child, were killed in the shelling of the town that night and at least six were wounded",
      EXP, SHELL, actor1=UNK + SWFACT, actor2=CIV + ["four people", "child"], location=BUSRA_HARIR,
      date=D("2025-10-11", "2025-10-12"), killed=R(4), injured=R(6, None),
      source=["Daraa health directorate", "health directorate"]),
    E(False, "The Suwayda Military Council denied shelling any village", EXP, SHELL, actor1=SWFACT,
      actor2=CIV, location=BUSRA_HARIR, date=D("2025-10-11", "2025-10-12"),
      source=["Suwayda Military Council"], status="denied"),
    # "Three weeks ago" in a Thursday paper -> the Monday-Sunday week around Thursday 25 September; "they" points
    # at the factions but the paper could not establish who runs the checkpoint -> factions plus unknown; the
    # ransomed release -> no gold
    E(True, "Three weeks ago they took my nephew Khaled, 22, and two other young men at a checkpoint on the road near Shahba",
      VAC, ABDUCT, actor1=UNK + SWFACT, actor2=CIV + ["nephew", "Khaled", "young men"], location=SHAHBA,
      date=D("2025-09-22", "2025-09-28"), source=ELDER + ["relatives"] + NABD),
    # one exchange of fire, two versions with different numbers and framings (the elder's two wounded kinsmen /
    # Suwayda Echo's attack repelled with "three local defenders killed or wounded") -> one core event per version;
    # one side's count each -> open ranges; the page's undated telling of the Tuesday fight -> Tuesday
    E(True, "On Tuesday our young men exchanged fire for two hours with gunmen on the hills facing al-Thaala, and two of ours were wounded",
      BAT, CLASH, actor1=CLANS02 + SWFACT, actor2=SWFACT + CLANS02, location=THAALA, date=D("2025-10-14"),
      injured=R(2, None), source=ELDER + NABD),
    E(True, '"tribal gunmen" had attacked the outskirts of al-Thaala and were repelled, with three local defenders killed or wounded',
      BAT, CLASH, actor1=CLANS02 + SWFACT, actor2=SWFACT + CLANS02, location=THAALA, date=D("2025-10-14"),
      casualties=R(3, None), source=["Suwayda Echo"]),
    # a deployment with new checkpoints -> Headquarters or base established; a protest has no actor2
    E(True, "General Security forces deployed along the road between Busra al-Harir and al-Sura and set up three new checkpoints",
      STR, BASE, actor1=SYGOV25, location=BH_SURA_RD, date=D("2025-10-12"),
      source=["interior ministry", "Syrian interior ministry"] + NABD),
    E(True, "dozens of clan men gathered peacefully in front of the Busra al-Harir municipality", PRO, PEACEFUL,
      actor1=PROTESTERS + ["clan men", "dozens of clan men"], location=BUSRA_HARIR, date=D("2025-10-13"),
      source=NABD),
    # the elder's count -> aggregate ("since the summer" -> from June)
    E(False, "The sheikh counts fourteen men from his area kidnapped since the summer", VAC, ABDUCT,
      actor1=UNK + SWFACT, actor2=CIV + ["fourteen men"], location=HIS_AREA, date=D("2025-06-01", "2025-10-16"),
      source=ELDER, aggregate=True),
    # the clans' conditional threat, told by their elder (an actor's own) -> planned
    E(False, "If the state does not protect us, the clans will protect themselves", BAT, CLASH, actor1=CLANS02,
      actor2=SWFACT, location=HIS_AREA, source=ELDER, status="planned"),
    # a former commander shot at night by gunmen, not said to be armed or serving -> Violence against civilians
    # (as dev_r's mukhtar); "on Friday evening" within "the past week" of a Thursday paper -> Friday 10 October
    E(True, "unknown gunmen shot dead a former opposition commander in Nawa on Friday evening", VAC, ATTACK,
      actor1=UNK + ["unknown gunmen", "gunmen"], actor2=CIV + ["former opposition commander"], location=NAWA,
      date=D("2025-10-10"), killed=R(1), source=NABD),
    E(True, "an explosive device wounded two General Security members at the entrance to Tafas on Wednesday", EXP,
      IED, actor1=UNK, actor2=SYGOV25 + ["two General Security members"], location=TAFAS, date=D("2025-10-15"),
      injured=R(2), source=NABD),
    # "the day before yesterday" in a Thursday paper -> Tuesday
    E(True, "a farmer and his son were abducted from their land the day before yesterday", VAC, ABDUCT, actor1=UNK,
      actor2=CIV + ["farmer", "his son"], location=JASSIM, date=D("2025-10-14"),
      source=["local sources"] + NABD),
    # no gold: the headline (no specific act), the ransom and the release, "we could not establish which group runs
    # the checkpoint", "only answer fire with fire" (inside the denial), the demonstrators' demand, "a wound that
    # does not close" (a metaphor)
]
DOCS.append(
    (
        "dev-y-02",
        "Nabd Horan",
        "2025-10-16",
        "tribal elder's account relayed by a local journalist",
        "southern Syria/Daraa and Suwayda: a shelling told by the elder ('a man and his two boys') and by the health "
        "directorate ('four ... at least six wounded') with the factions' denial, an abduction 'Three weeks ago' "
        "near Shahba, an exchange of fire in two versions (two kinsmen wounded / 'three local defenders killed or "
        "wounded'), a deployment, a peaceful gathering, a count, a conditional threat, a killing in Nawa, an IED in "
        "Tafas, an abduction 'the day before yesterday' in Jassim, a metaphor",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-y-02", "Thursday 16 October 2025", "2025-10-16", "Thursday"),
    ("dev-y-02", "on Wednesday", "2025-10-15", "Wednesday"),
    ("dev-y-02", "On Tuesday / the day before yesterday", "2025-10-14", "Tuesday"),
    ("dev-y-02", "On Monday", "2025-10-13", "Monday"),
    ("dev-y-02", "On Sunday / Saturday night (end)", "2025-10-12", "Sunday"),
    ("dev-y-02", "On Saturday night (start)", "2025-10-11", "Saturday"),
    ("dev-y-02", "on Friday evening", "2025-10-10", "Friday"),
    ("dev-y-02", "Three weeks ago (Thursday 25 September; week start)", "2025-09-22", "Monday"),
]

# =============================================================================
# dev-y-03  local radio bulletin's transcript — northern West Bank: Tammun south of Tubas, Jenin camp and city, Nur Shams camp in Tulkarm, Burin near Nablus, al-Far'a camp (Thu 9 Jan 2025)
# =============================================================================
T03 = """Sawt al-Shamal FM, 8 a.m. bulletin: three killed in Tammun drone strike; fighting goes on in Jenin camp

Transcript | Sawt al-Shamal FM 98.4, Jenin | Thursday 9 January 2025, 08:00 | Presenter: Rana Dweikat

RANA DWEIKAT: Good morning. Our top story: the Palestinian Health Ministry says an Israeli drone strike in Tammun, south of Tubas, killed two young men last night and critically wounded a third. Our correspondent Amjad Sawafta is on the line from Tubas. Amjad?

AMJAD SAWAFTA: Good morning, Rana. A few minutes ago doctors at the Turkish hospital in Tubas told me the third young man has died, so the toll is now three. Residents say the three were standing outside a shop at the entrance of the town when the drone fired. The Israeli army says it struck "a terrorist cell that posed an imminent threat to the forces".

RANA DWEIKAT: Thank you, Amjad. In Jenin camp, the fighting between the Palestinian security forces and gunmen of the Jenin Brigade that began early last month went on through the night. The security services' spokesman told us a member of the Presidential Guard was killed by a sniper's bullet on Wednesday afternoon. The Brigade says two of its fighters were wounded in the same exchange.

Yesterday afternoon, dozens of women marched from the camp towards the city centre to demand an end to the siege. Witnesses say security forces fired into the air and beat several of the marchers to turn them back.

In Tulkarm, Israeli forces raided Nur Shams camp at dawn. The Prisoners' Society says at least eleven people were detained, among them two brothers aged 15 and 17. Bulldozers tore up the camp's main street and cut its water network.

Near Nablus, settlers set fire to two cars and a tractor in the village of Burin overnight and sprayed slogans on the school wall, the village council said. No one was hurt.

The Tubas Battalion says its fighters detonated an explosive device under an Israeli military jeep near al-Far'a camp on Tuesday night. The army said the blast caused no injuries.

According to the Health Ministry, 23 Palestinians have been killed in the northern West Bank since the start of the year.

A camp resident described Jenin to us this morning as "a pressure cooker with the lid welded shut". The Israeli army, for its part, says it will "act wherever terror raises its head". That was the news; the next bulletin is at nine.
"""

ISR03 = ISRAEL + ["Israeli drone", "the drone", "Israeli forces", "Bulldozers", "forces"]
PASF = ["Palestinian security forces", "Palestinian Authority", "Palestinian Authority security forces",
        "PA security forces", "Presidential Guard", "security services", "security forces",
        "Police Forces of Palestine", "Military Forces of Palestine"]
JENINBRIG = ["Jenin Brigade", "Jenin Battalion", "Jenin Brigades", "gunmen", "the Brigade", "sniper",
             "Palestinian militants", "militants"]
TUBASBAT = ["Tubas Battalion", "Tubas Brigade", "Saraya al-Quds", "Al-Quds Brigades", "Palestinian Islamic Jihad",
            "its fighters", "Palestinian militants"]
TAMMUN_DEAD = CIV + ["young men", "two young men", "three young men", "terrorist cell", "Palestinian militants",
                     "Palestinians"]
TAMMUN = L(["Tammun", "Tamun", "south of Tubas", "entrance of the town", "Tubas"], 32.28, 35.38, "PS")
JENIN03 = L(["Jenin camp", "Jenin refugee camp", "Jenin", "the camp", "city centre"], 32.46, 35.30, "PS")
NUR_SHAMS = L(["Nur Shams camp", "Nur Shams", "Tulkarm", "camp's main street"], 32.31, 35.06, "PS")
BURIN = L(["Burin", "village of Burin", "near Nablus", "Nablus"], 32.17, 35.25, "PS")
FARA = L(["al-Far'a camp", "al-Far'a", "Far'a camp", "al-Faraa", "Tubas"], 32.29, 35.35, "PS")
NWB03 = L(["northern West Bank", "West Bank"], cc="PS")
RADIO = ["Sawt al-Shamal FM", "Sawt al-Shamal", "Rana Dweikat", "Amjad Sawafta", "author"]
PMOH03 = ["Palestinian Health Ministry", "Health Ministry", "Palestinian Ministry of Health"]
ARMY03 = ["Israeli army", "army", "Israel Defense Forces", "IDF"]
E03 = [
    # the Ministry's "killed two young men ... and critically wounded a third", then "the toll is now three" ->
    # killed 2..3 and injured 0..1 (dev_r's rule for a wounded man who dies later), the update a non-core copy;
    # "last night" -> Wednesday and Thursday; the army's "terrorist cell" is the same group told another way -> a
    # non-core copy, both labels in actor2
    E(True, "an Israeli drone strike in Tammun, south of Tubas, killed two young men last night and critically wounded a third",
      EXP, AIR, actor1=ISR03, actor2=TAMMUN_DEAD, location=TAMMUN, date=D("2025-01-08", "2025-01-09"),
      killed=R(2, 3), injured=R(0, 1), source=PMOH03 + ["doctors", "Turkish hospital"] + RADIO),
    E(False, "the third young man has died, so the toll is now three", EXP, AIR, actor1=ISR03, actor2=TAMMUN_DEAD,
      location=TAMMUN, date=D("2025-01-08", "2025-01-09"), killed=R(3),
      source=["doctors at the Turkish hospital", "doctors", "Amjad Sawafta"]),
    E(False, 'it struck "a terrorist cell that posed an imminent threat to the forces"', EXP, AIR, actor1=ISR03,
      actor2=TAMMUN_DEAD, location=TAMMUN, date=D("2025-01-08", "2025-01-09"), source=ARMY03),
    E(False, "three killed in Tammun drone strike", EXP, AIR, actor1=ISR03, actor2=TAMMUN_DEAD, location=TAMMUN,
      date=D("2025-01-08", "2025-01-09"), killed=R(3), source=RADIO),
    # weeks of fighting "that began early last month" -> aggregate (1 December to today), its headline copy too
    E(False, "the fighting between the Palestinian security forces and gunmen of the Jenin Brigade that began early last month went on through the night",
      BAT, CLASH, actor1=PASF + JENINBRIG, actor2=JENINBRIG + PASF, location=JENIN03,
      date=D("2024-12-01", "2025-01-09"), source=RADIO, aggregate=True),
    E(False, "fighting goes on in Jenin camp", BAT, CLASH, actor1=PASF + JENINBRIG, actor2=JENINBRIG + PASF,
      location=JENIN03, date=D("2024-12-01", "2025-01-09"), source=RADIO, aggregate=True),
    # one exchange on Wednesday with both sides' losses (one guard killed; "two of its fighters were wounded") ->
    # killed 1, injured 2
    E(True, "a member of the Presidential Guard was killed by a sniper's bullet on Wednesday afternoon", BAT, CLASH,
      actor1=JENINBRIG + PASF, actor2=PASF + JENINBRIG, location=JENIN03, date=D("2025-01-08"), killed=R(1),
      injured=R(2), source=["security services' spokesman", "security services", "spokesman", "Jenin Brigade",
                                           "the Brigade"] + RADIO),
    # a march turned back with shots in the air and beatings -> Protest with intervention (no serious injury told)
    E(True, "dozens of women marched from the camp towards the city centre to demand an end to the siege", PRO,
      INTERVENTION, **PROTEST_SIDES(PASF + ["women", "dozens of women", "marchers"]), location=JENIN03,
      date=D("2025-01-08"), source=["Witnesses", "witnesses"] + RADIO),
    # the raid itself -> no gold beyond the detentions and the destruction; "at dawn" in an 8 a.m. bulletin -> today
    E(True, "at least eleven people were detained, among them two brothers aged 15 and 17", STR, ARRESTS,
      actor1=ISR03, actor2=CIV + ["eleven people", "two brothers", "Palestinians"], location=NUR_SHAMS,
      date=D("2025-01-09"), source=["Prisoners' Society", "Palestinian Prisoners' Society"] + RADIO),
    E(True, "Bulldozers tore up the camp's main street and cut its water network", STR, LOOT, actor1=ISR03,
      actor2=CIV + ["main street", "water network"], location=NUR_SHAMS, date=D("2025-01-09"), source=RADIO),
    # arson with no one hurt -> Looting/property destruction; "No one was hurt" -> killed and injured 0..0;
    # "overnight" -> both days
    E(True, "settlers set fire to two cars and a tractor in the village of Burin overnight and sprayed slogans on the school wall",
      STR, LOOT, actor1=SETTLERS, actor2=CIV + ["cars", "tractor", "school", "village of Burin"], location=BURIN,
      date=D("2025-01-08", "2025-01-09"), killed=R(0), injured=R(0),
      source=["village council"] + RADIO),
    # a party's claim -> core, occurred, sourced to it; the army's "caused no injuries" -> injured 0..0 only,
    # folded in (as dev_r's MDA figure on a Hezbollah claim); "on Tuesday night" -> Tuesday and Wednesday
    E(True, "its fighters detonated an explosive device under an Israeli military jeep near al-Far'a camp on Tuesday night",
      EXP, IED, actor1=TUBASBAT, actor2=ISRAEL + ["Israeli military jeep", "military jeep", "jeep"], location=FARA,
      date=D("2025-01-07", "2025-01-08"), injured=R(0), source=TUBASBAT + ARMY03),
    E(False, "23 Palestinians have been killed in the northern West Bank since the start of the year", VAC, ATTACK,
      actor1=ISR03 + SETTLERS, actor2=CIV + ["Palestinians"], location=NWB03, date=D("2025-01-01", "2025-01-09"),
      killed=R(23), source=PMOH03, aggregate=True),
    # the army's generic vow -> planned
    E(False, 'it will "act wherever terror raises its head"', BAT, CLASH, actor1=ISR03,
      actor2=["Palestinian militants", "militants", "terror"], location=NWB03, source=ARMY03, status="planned"),
    # no gold: the residents' telling "when the drone fired" (inside the strike), the raid on Nur Shams as such,
    # "a pressure cooker with the lid welded shut" (a metaphor)
]
DOCS.append(
    (
        "dev-y-03",
        "Sawt al-Shamal FM (bulletin transcript)",
        "2025-01-09",
        "local radio bulletin's transcript",
        "northern West Bank: a drone strike in Tammun 'last night' ('killed two ... critically wounded a third', "
        "then 'the toll is now three') told as young men and as 'a terrorist cell', PA-militant fighting 'that began "
        "early last month' and a sniper's kill with the other side's wounded, a women's march turned back, "
        "detentions and bulldozing in Nur Shams 'at dawn', settler arson in Burin ('No one was hurt'), a claimed IED "
        "'on Tuesday night' ('caused no injuries'), a tally, a vow, a metaphor",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-y-03", "Thursday 9 January 2025 / at dawn / last night (end)", "2025-01-09", "Thursday"),
    ("dev-y-03", "last night (start) / on Wednesday afternoon / Yesterday afternoon", "2025-01-08", "Wednesday"),
    ("dev-y-03", "on Tuesday night", "2025-01-07", "Tuesday"),
]

# =============================================================================
# dev-y-04  live blog with timestamped entries — Lebanon's Bekaa and the Syrian border: Hawsh al-Sayyed Ali north of Hermel, the Zita dam west of Qusayr, al-Qasr, the al-Qasr-al-Qaa border strip, al-Laboue on the Baalbek-Hermel road, Baalbek, Hermel, al-Qaa; the Jousieh and Matraba crossings as background (Mon 17 Mar 2025)
# =============================================================================
T04 = """LIVE: Clashes on the Hermel border with Syria; Israeli drone strike on Baalbek-Hermel road

Beirut Observer | Live updates | Monday 17 March 2025 | All times Beirut (GMT+2)

07:05 - Good morning. Fighting broke out overnight around the border village of Hawsh al-Sayyed Ali, north of Hermel, between Syrian government forces and armed men from Lebanese clans, the National News Agency (NNA) reports. Two Lebanese were killed, according to the NNA.

07:40 - Syria's defence ministry says "Hezbollah militia members" ambushed one of its patrols near the Zita dam, west of Qusayr, on Sunday and killed three soldiers. Hezbollah has denied "any link" to the incident.

08:25 - Shells fired from the Syrian side have hit the village of al-Qasr, in Hermel district, wounding a woman and her daughter, a local official tells us. He says it is not clear whether they were fired by Syrian government troops or by tribal fighters allied with them.

09:50 - The Lebanese army says its units "responded with appropriate weapons to the sources of fire" and that it has sent reinforcements to the border strip between al-Qasr and al-Qaa.

11:10 - An Israeli drone has struck a car on the Baalbek-Hermel road near the town of al-Laboue, killing its driver, the NNA reports. The Israeli army says it targeted a Hezbollah member "involved in smuggling weapons from Syria".

12:30 - Health Ministry update: the toll from the overnight border clashes has risen to four dead and nine wounded.

13:45 - In Baalbek, dozens of young men burned tyres and blocked the main road at the city's northern entrance in protest at the shelling.

15:20 - The Lebanese and Syrian defence ministers have agreed by phone on a ceasefire along the border, the Lebanese presidency says.

16:40 - Residents of Hermel say two shells landed on the outskirts of the town about half an hour ago. No casualties.

17:30 - The army says it arrested six Syrians and two Lebanese who crossed illegally near al-Qaa last night, and closed two unofficial crossings.

18:10 - Some context: Israeli jets struck the Jousieh and Matraba crossings near Qusayr several times last autumn, saying Hezbollah used them to bring in weapons. A local MP warned this afternoon that if the shelling resumes, "people will defend their homes". We are closing this live page for today.
"""

CLANS04 = ["armed men from Lebanese clans", "Lebanese clans", "clan gunmen", "clans", "armed men", "tribes",
           "Lebanese tribes"]
SYTROOPS04 = SYGOV25 + ["Syrian government troops", "Syrian troops", "Syrian side", "patrols", "soldiers",
                        "Syria's defence ministry"]
TRIBAL04 = ["tribal fighters", "tribal fighters allied with them", "Syrian tribes", "Syrian tribal fighters"]
LAF = ["Lebanese army", "Lebanese Armed Forces", "LAF", "Military Forces of Lebanon", "its units", "the army"]
HEZ04 = HEZB + ["Hezbollah militia members", "Hezbollah militia", "Hezbollah member"]
ISR04 = ISRAEL + ["Israeli drone", "Israeli jets"]
HAWSH = L(["Hawsh al-Sayyed Ali", "Hosh al-Sayyed Ali", "border village", "north of Hermel", "Hermel"], cc="LB")
# "near the Zita dam, west of Qusayr" -> Qusayr's point (the dam lies some 10 km away)
ZITA = L(["Zita dam", "Zita", "west of Qusayr", "Qusayr", "al-Qusayr"], 34.51, 36.58, "SY")
QASR = L(["al-Qasr", "Qasr", "Hermel district"], cc="LB")
BORDER_STRIP = L(["border strip between al-Qasr and al-Qaa", "al-Qasr", "al-Qaa", "Hermel district",
                  "Hermel border"], cc="LB")
LABOUE = L(["al-Laboue", "Labweh", "al-Labweh", "Baalbek-Hermel road"], 34.20, 36.35, "LB")
BAALBEK = L(["Baalbek", "city's northern entrance"], 34.01, 36.21, "LB")
HERMEL = L(["Hermel", "al-Hermel", "outskirts of the town"], 34.39, 36.38, "LB")
QAA = L(["al-Qaa", "Qaa", "near al-Qaa"], 34.35, 36.48, "LB")
LBSY_BORDER = L(["Lebanese-Syrian border", "the border", "Hermel", "Qusayr"], cc="LB")
QUSAYR_XINGS = L(["Jousieh", "Matraba", "Jousieh and Matraba crossings", "near Qusayr", "Qusayr"], 34.51, 36.58, "SY")
BO = ["Beirut Observer", "author"]
NNA = ["National News Agency", "NNA"]
E04 = [
    # overnight fighting -> both days; the NNA's two dead, raised at 12:30 to four dead and nine wounded ->
    # killed 2..4 (the first figure to the revised one) and injured 9, each figure a non-core copy; a border
    # village we cannot pin -> names and country
    E(True, "Fighting broke out overnight around the border village of Hawsh al-Sayyed Ali, north of Hermel, between Syrian government forces and armed men from Lebanese clans",
      BAT, CLASH, actor1=SYTROOPS04 + CLANS04, actor2=CLANS04 + SYTROOPS04, location=HAWSH,
      date=D("2025-03-16", "2025-03-17"), killed=R(2, 4), injured=R(9),
      source=NNA + ["Health Ministry", "Lebanese Health Ministry"] + BO),
    E(False, "Two Lebanese were killed", BAT, CLASH, actor1=SYTROOPS04, actor2=CLANS04, location=HAWSH,
      date=D("2025-03-16", "2025-03-17"), killed=R(2), source=NNA),
    E(False, "the toll from the overnight border clashes has risen to four dead and nine wounded", BAT, CLASH,
      actor1=SYTROOPS04 + CLANS04, actor2=CLANS04 + SYTROOPS04, location=HAWSH, date=D("2025-03-16", "2025-03-17"),
      killed=R(4), injured=R(9), source=["Health Ministry", "Lebanese Health Ministry"]),
    # a party's claim of an ambush on its patrol -> core, sourced to it; its own dead only -> killed 3..open;
    # Hezbollah's denial -> non-core denied
    E(True, '"Hezbollah militia members" ambushed one of its patrols near the Zita dam, west of Qusayr, on Sunday and killed three soldiers',
      BAT, CLASH, actor1=HEZ04, actor2=SYTROOPS04, location=ZITA, date=D("2025-03-16"), killed=R(3, None),
      source=["Syria's defence ministry", "Syrian defence ministry", "Syrian Ministry of Defence"]),
    E(False, 'Hezbollah has denied "any link" to the incident', BAT, CLASH, actor1=HEZ04, actor2=SYTROOPS04,
      location=ZITA, date=D("2025-03-16"), source=HEZB, status="denied"),
    # "not clear whether ... Syrian government troops or ... tribal fighters" -> both plus unknown; "a woman and her
    # daughter" -> injured 2; a village we cannot pin -> names and country
    E(True, "Shells fired from the Syrian side have hit the village of al-Qasr, in Hermel district, wounding a woman and her daughter",
      EXP, SHELL, actor1=SYTROOPS04 + TRIBAL04 + UNK, actor2=CIV + ["woman", "daughter", "village of al-Qasr"],
      location=QASR, date=D("2025-03-17"), injured=R(2), source=["local official"] + BO),
    # return fire with "appropriate weapons" at positions across the border -> Shelling/artillery/missile attack
    # (dev_r's reading of "appropriate weapons"); the reinforcements -> Headquarters or base established, a core
    # event of its own; both said at 09:50 about the night and morning -> Sunday and Monday
    E(True, 'its units "responded with appropriate weapons to the sources of fire"', EXP, SHELL, actor1=LAF,
      actor2=SYTROOPS04 + TRIBAL04 + ["sources of fire"], location=BORDER_STRIP, date=D("2025-03-16", "2025-03-17"),
      source=LAF),
    E(True, "it has sent reinforcements to the border strip between al-Qasr and al-Qaa", STR, BASE, actor1=LAF,
      location=BORDER_STRIP, date=D("2025-03-16", "2025-03-17"), source=LAF),
    # the driver and "a Hezbollah member" are the same man told two ways -> one core event, the army's telling a
    # non-core copy
    E(True, "An Israeli drone has struck a car on the Baalbek-Hermel road near the town of al-Laboue, killing its driver",
      EXP, AIR, actor1=ISR04, actor2=CIV + HEZ04 + ["car", "driver"], location=LABOUE, date=D("2025-03-17"),
      killed=R(1), source=NNA + BO),
    E(False, 'it targeted a Hezbollah member "involved in smuggling weapons from Syria"', EXP, AIR, actor1=ISR04,
      actor2=HEZ04, location=LABOUE, date=D("2025-03-17"), source=["Israeli army", "Israel Defense Forces", "IDF"]),
    # burning tyres and blocking a road -> Riots/Violent demonstration (ACLED counts road blocks with burning tyres
    # as violent); no target
    E(True, "dozens of young men burned tyres and blocked the main road at the city's northern entrance in protest at the shelling",
      RIOT, VIOLENT, actor1=["rioters", "young men", "dozens of young men"] + PROTESTERS, location=BAALBEK,
      date=D("2025-03-17"), source=BO),
    E(True, "The Lebanese and Syrian defence ministers have agreed by phone on a ceasefire along the border", STR,
      AGREE, actor1=["Lebanese defence minister", "Lebanese government", "Government of Lebanon", "Lebanon"] + LAF,
      actor2=["Syrian defence minister", "Government of Syria", "Syria"] + SYGOV25, location=LBSY_BORDER,
      date=D("2025-03-17"), source=["Lebanese presidency", "presidency"] + BO),
    # no shooter named -> unknown plus the two suspects of the morning; "No casualties" -> killed and injured 0..0;
    # "on the outskirts of the town" -> Hermel's point
    E(True, "two shells landed on the outskirts of the town about half an hour ago", EXP, SHELL,
      actor1=UNK + SYTROOPS04 + TRIBAL04, actor2=CIV + ["Hermel"], location=HERMEL, date=D("2025-03-17"),
      killed=R(0), injured=R(0), source=["Residents of Hermel", "residents"] + BO),
    # "last night" -> Sunday and Monday; the closed crossings -> no gold
    E(True, "it arrested six Syrians and two Lebanese who crossed illegally near al-Qaa last night", STR, ARRESTS,
      actor1=LAF, actor2=CIV + ["six Syrians", "two Lebanese", "Syrians"], location=QAA,
      date=D("2025-03-16", "2025-03-17"), source=LAF),
    # background: strikes "several times last autumn" -> aggregate (September to December 2024)
    E(False, "Israeli jets struck the Jousieh and Matraba crossings near Qusayr several times last autumn", EXP, AIR,
      actor1=ISR04, actor2=HEZB + ["crossings", "Jousieh and Matraba crossings"], location=QUSAYR_XINGS,
      date=D("2024-09-01", "2024-12-20"), source=BO, aggregate=True),
    # an MP's conditional warning on behalf of residents (not an armed actor's own threat) -> hypothetical
    E(False, 'if the shelling resumes, "people will defend their homes"', BAT, CLASH,
      actor1=CLANS04 + ["people", "residents"], actor2=SYTROOPS04, location=HERMEL, source=["local MP", "member of parliament"],
      status="hypothetical"),
    # no gold: "closed two unofficial crossings", "saying Hezbollah used them to bring in weapons"
]
# the headline's copies
E04 += [
    E(False, "Clashes on the Hermel border with Syria", BAT, CLASH, actor1=SYTROOPS04 + CLANS04,
      actor2=CLANS04 + SYTROOPS04, location=HAWSH, date=D("2025-03-16", "2025-03-17"), source=BO),
    E(False, "Israeli drone strike on Baalbek-Hermel road", EXP, AIR, actor1=ISR04, actor2=CIV + HEZ04,
      location=LABOUE, date=D("2025-03-17"), source=BO),
]
DOCS.append(
    (
        "dev-y-04",
        "Beirut Observer (live page)",
        "2025-03-17",
        "live blog with timestamped entries",
        "Lebanon/Bekaa and the Syrian border, one day in timestamped entries: overnight border fighting with the toll "
        "raised at 12:30 (two, then 'four dead and nine wounded'), a Syrian claim of an ambush with Hezbollah's "
        "denial, shells on al-Qasr by 'Syrian government troops or ... tribal fighters' ('a woman and her "
        "daughter'), the army's return fire and reinforcements, a drone strike on a car told two ways, tyres burned "
        "in Baalbek, a ceasefire agreed, shells on Hermel's outskirts ('No casualties'), arrests 'last night', "
        "last autumn's strikes, an MP's conditional",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-y-04", "Monday 17 March 2025 / overnight (end) / last night (end)", "2025-03-17", "Monday"),
    ("dev-y-04", "on Sunday / overnight (start) / last night (start)", "2025-03-16", "Sunday"),
]

# =============================================================================
# dev-y-05  maritime security alert — Yemen and the Red Sea: a bulk carrier 58 NM west-southwest of Hodeidah, drones over the southern Red Sea, Hodeidah port, al-Salif north of Hodeidah, Marib city, Sirwah district west of Marib (Sat 13 Jul 2024)
# =============================================================================
T05 = """MARITIME SECURITY ALERT 24-131: Bulk carrier reports explosion 58 NM WSW of Hodeidah; all crew safe

Halyard Maritime Risk | Operations Room | Issued 13 JUL 2024, 0900 UTC | Area: Southern Red Sea / Bab el-Mandeb | Threat level: CRITICAL

INCIDENT
At 0520 UTC on 12 JUL, the Master of a Liberia-flagged bulk carrier, northbound, reported an explosion in close proximity to the vessel's port side, approximately 58 NM west-southwest of Hodeidah. The vessel sustained minor damage above the waterline and is proceeding to its next port of call. All crew are reported safe.

CLAIM
On the evening of 12 JUL, the Houthi military spokesman claimed that the group's naval forces had targeted the vessel "with a number of appropriate naval missiles", achieving "a direct and accurate hit". Halyard assesses with high confidence that the Houthis carried out the attack.

OTHER REPORTING
- At 1915 UTC on 12 JUL, a coalition warship shot down two one-way attack drones over the southern Red Sea, according to US Central Command (CENTCOM).
- CENTCOM said US and UK aircraft struck two radar sites and a drone storage facility near Hodeidah port overnight 11-12 JUL. Houthi-run al-Masirah TV said the "US-British aggression" hit a fishermen's gathering point in al-Salif, north of Hodeidah, killing two fishermen and wounding four.

ONSHORE (MARIB)
- On 10 JUL, a ballistic missile launched from Houthi-held territory struck a residential area of Marib city, wounding six civilians, among them three children, the governorate's health office said.
- Government forces said they repelled a Houthi attack on their positions in Sirwah district, west of Marib, on the night of 11 JUL, killing or wounding some 20 attackers. The Houthis did not comment.

ASSESSMENT
This is the fourth attack on merchant shipping reported in the southern Red Sea this month. Since November 2023, the Houthis have attacked more than 80 merchant vessels. The Houthi leader said on Thursday that the operations would continue "until the aggression on Gaza stops". Any vessel with links to Israel, the US or the UK should expect to be targeted.

GUIDANCE
Transit at best speed, keep AIS settings under review and report any suspicious approach to UKMTO. Do not rely on the presence of naval vessels for protection.
"""

HOUTHI05 = HOUTHI + ["group's naval forces", "Houthi naval forces", "Houthi military spokesman",
                     "Houthi-held territory", "Houthi leader"]
SHIP = ["Liberia-flagged bulk carrier", "bulk carrier", "vessel", "merchant vessel", "merchant shipping", "crew",
        "civilians"]
USUK = USA + ["US Central Command", "CENTCOM", "coalition warship", "coalition", "US and UK aircraft", "British",
              "United Kingdom", "Military Forces of the United Kingdom", "US-British aggression"]
YEMGOV = ["Government forces", "government forces", "Yemeni government", "Yemeni army", "Military Forces of Yemen",
          "national army"]
HALYARD = ["Halyard Maritime Risk", "Halyard", "author"]
# "approximately 58 NM west-southwest of Hodeidah" -> LKM at sea (no country)
SHIP_POS = LKM(["58 NM west-southwest of Hodeidah", "west-southwest of Hodeidah", "Hodeidah", "southern Red Sea",
                "Red Sea"], 14.80, 42.95, 58 * NM, 247.5)
SRED = L(["southern Red Sea", "Red Sea"])
HODEIDAH = L(["Hodeidah", "Hodeidah port", "near Hodeidah port", "al-Hudaydah"], 14.80, 42.95, "YE")
SALIF = L(["al-Salif", "Salif", "north of Hodeidah"], 15.30, 42.68, "YE")
MARIB05 = L(["Marib", "Marib city", "Ma'rib"], 15.46, 45.33, "YE")
SIRWAH = L(["Sirwah", "Sirwah district", "west of Marib"], cc="YE")
E05 = [
    # the Master's report names no attacker; the alert's assessment -> the Houthis plus unknown; the weapon comes
    # from the claim (missiles) -> Shelling/artillery/missile attack; "All crew are reported safe" (everyone aboard)
    # -> killed and injured 0..0
    E(True, "the Master of a Liberia-flagged bulk carrier, northbound, reported an explosion in close proximity to the vessel's port side, approximately 58 NM west-southwest of Hodeidah",
      EXP, SHELL, actor1=HOUTHI05 + UNK, actor2=SHIP, location=SHIP_POS, date=D("2024-07-12"), killed=R(0),
      injured=R(0), source=["Master", "the Master"] + HALYARD),
    # the claim tells another outcome of the same attack ("a direct and accurate hit", not a near miss) -> a core
    # version of its own, sourced to the Houthis; undated claim "On the evening of 12 JUL" about the same attack
    E(True, 'the group\'s naval forces had targeted the vessel "with a number of appropriate naval missiles", achieving "a direct and accurate hit"',
      EXP, SHELL, actor1=HOUTHI05, actor2=SHIP, location=SHIP_POS, date=D("2024-07-12"),
      source=["Houthi military spokesman"] + HOUTHI),
    E(False, "Bulk carrier reports explosion 58 NM WSW of Hodeidah", EXP, SHELL, actor1=HOUTHI05 + UNK, actor2=SHIP,
      location=SHIP_POS, date=D("2024-07-12"), killed=R(0), injured=R(0), source=HALYARD),
    # drones shot down -> Disrupted weapons use; a sea area -> names only
    E(True, "a coalition warship shot down two one-way attack drones over the southern Red Sea", STR, DISRUPT,
      actor1=USUK, actor2=HOUTHI05 + ["one-way attack drones", "drones"], location=SRED, date=D("2024-07-12"),
      source=["US Central Command", "CENTCOM"]),
    # one night's strikes, two objects (radar sites and a drone store / a fishermen's gathering point with a toll)
    # -> one core event per version; "overnight 11-12 JUL" -> both days
    E(True, "US and UK aircraft struck two radar sites and a drone storage facility near Hodeidah port overnight 11-12 JUL",
      EXP, AIR, actor1=USUK, actor2=HOUTHI05 + ["radar sites", "drone storage facility"], location=HODEIDAH,
      date=D("2024-07-11", "2024-07-12"), source=["US Central Command", "CENTCOM"]),
    E(True, 'the "US-British aggression" hit a fishermen\'s gathering point in al-Salif, north of Hodeidah, killing two fishermen and wounding four',
      EXP, AIR, actor1=USUK, actor2=CIV + ["fishermen", "two fishermen", "fishermen's gathering point"],
      location=SALIF, date=D("2024-07-11", "2024-07-12"), killed=R(2), injured=R(4),
      source=["al-Masirah TV", "al-Masirah", "Houthi-run al-Masirah TV"]),
    # a ballistic missile fired from the ground -> Shelling/artillery/missile attack; "launched from Houthi-held
    # territory" -> the Houthis
    E(True, "a ballistic missile launched from Houthi-held territory struck a residential area of Marib city, wounding six civilians, among them three children",
      EXP, SHELL, actor1=HOUTHI05, actor2=CIV + ["residential area", "six civilians", "three children"],
      location=MARIB05, date=D("2024-07-10"), injured=R(6),
      source=["governorate's health office", "health office", "Marib health office"] + HALYARD),
    # an attack repelled -> Battles; "killing or wounding some 20 attackers" (one side's count, not split) ->
    # casualties 20..open; "on the night of 11 JUL" -> 11 and 12 July; a district -> names and country
    E(True, "they repelled a Houthi attack on their positions in Sirwah district, west of Marib, on the night of 11 JUL, killing or wounding some 20 attackers",
      BAT, CLASH, actor1=HOUTHI05 + YEMGOV, actor2=YEMGOV + HOUTHI05, location=SIRWAH,
      date=D("2024-07-11", "2024-07-12"), casualties=R(20, None), source=YEMGOV),
    # counts -> aggregates
    E(False, "This is the fourth attack on merchant shipping reported in the southern Red Sea this month", EXP, SHELL,
      actor1=HOUTHI05, actor2=SHIP, location=SRED, date=D("2024-07-01", "2024-07-13"), source=HALYARD,
      aggregate=True),
    E(False, "Since November 2023, the Houthis have attacked more than 80 merchant vessels", EXP, SHELL,
      actor1=HOUTHI05, actor2=SHIP, location=L(["Red Sea", "Gulf of Aden", "Bab el-Mandeb"]),
      date=D("2023-11-01", "2024-07-13"), source=HALYARD, aggregate=True),
    # the leader's vow -> planned; the firm's forecast -> hypothetical
    E(False, 'the operations would continue "until the aggression on Gaza stops"', EXP, SHELL, actor1=HOUTHI05,
      actor2=SHIP, location=SRED, source=["Houthi leader"] + HOUTHI, status="planned"),
    E(False, "Any vessel with links to Israel, the US or the UK should expect to be targeted", EXP, SHELL,
      actor1=HOUTHI05, actor2=SHIP, location=SRED, source=HALYARD, status="hypothetical"),
    # no gold: the minor damage and the onward voyage (inside the incident), the firm's assessment of the
    # perpetrator, "The Houthis did not comment", the guidance
]
DOCS.append(
    (
        "dev-y-05",
        "Halyard Maritime Risk (security alert)",
        "2024-07-13",
        "maritime security alert",
        "Red Sea and Yemen: a near miss on a bulk carrier '58 NM west-southwest of Hodeidah' ('All crew are reported "
        "safe') and the Houthis' claim of 'a direct and accurate hit', drones shot down, US-UK strikes 'overnight "
        "11-12 JUL' told as radar sites and as fishermen in al-Salif, a ballistic missile on Marib ('six civilians, "
        "among them three children'), an attack repelled in Sirwah ('killing or wounding some 20'), two counts, a "
        "vow, a forecast",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-y-05", "13 JUL 2024", "2024-07-13", "Saturday"),
    ("dev-y-05", "on Thursday (the leader's speech)", "2024-07-11", "Thursday"),
]

# =============================================================================
# dev-y-06  press review summarising other outlets' differing reports — Iraq's Sinjar district and the Syrian border: a road into Sinune north of Mount Sinjar, Sinjar town, a point 25 km west of Sinjar, Tel Qasab (Tue 16 Apr 2024)
# =============================================================================
T06 = """Press review: one drone strike near Sinune, three versions; border guards kill infiltrators west of Sinjar

Tigris Media Monitor | Daily press review | Baghdad | Tuesday 16 April 2024

Iraqi, Kurdish and Turkish outlets gave sharply different accounts yesterday and this morning of a drone strike near Sinune, north of Mount Sinjar, on Sunday evening.

Kurdistan Line TV, an Erbil-based channel, said a Turkish drone had struck a car carrying members of the Sinjar Resistance Units (YBŞ) on the road into Sinune, killing two fighters and their driver.

The Roj news agency, which is close to the PKK, said the strike had killed three civilians, among them a Yazidi schoolteacher, and called it "a new crime of the Turkish occupation".

The Turkish daily Yeni Ufuk, citing security sources, wrote that Turkey's intelligence agency MIT had "neutralised" a senior PKK figure known by the code name "Zagros" near Sinjar. Ankara has made no official statement.

Kurdistan Line TV also reported that hundreds of Yazidis marched in Sinjar town on Monday, carrying the coffins of the dead and chanting against the strikes.

The outlets also disagree about a shooting in Sinjar town. Iraqi state television said "outlaw elements" opened fire on an army checkpoint at the town's western entrance on Sunday night, wounding a soldier. Roj said soldiers had tried to remove a YBŞ position and that two YBŞ members were killed in the exchange of fire.

On the border, the Iraqi Border Guard Command said its forces killed three armed infiltrators trying to cross from Syria about 25 km west of Sinjar early on Monday, and seized two rifles and a suicide belt.

The Nineveh police said they arrested 14 people in a raid on a smugglers' safe house in the village of Tel Qasab, in Sinjar district, on Saturday. The men are accused of moving people and fuel across the Syrian border.

Kurdish outlets note that Turkish drones have struck Sinjar district more than 30 times since 2021. Yazidi groups, recalling the genocide committed by ISIS in Sinjar in August 2014, say the strikes stop displaced families from returning. The federal government said last week it would deploy more troops to the border strip.
"""

TUR06 = TURKEY + ["Turkish drone", "Turkish drones", "MIT", "National Intelligence Organization",
                  "Turkey's intelligence agency", "Turkish intelligence", "Turkish occupation", "Ankara"]
YBS = ["Sinjar Resistance Units", "YBŞ", "YBS", "Yazidi fighters", "YBŞ members", "YBŞ position", "fighters"] + PKK
IQARMY06 = ["Iraqi army", "army", "soldiers", "soldier", "army checkpoint", "Military Forces of Iraq",
            "Iraqi security forces"]
IQBG = ["Iraqi Border Guard Command", "Border Guard Command", "border guards", "Iraqi border guards",
        "Military Forces of Iraq"]
NINPOL = ["Nineveh police", "Ninewa police", "police", "Police Forces of Iraq"]
KLTV = ["Kurdistan Line TV", "Kurdistan Line"]
ROJ = ["Roj news agency", "Roj"]
YENI = ["Yeni Ufuk", "security sources"]
STATETV = ["Iraqi state television", "state television", "Iraqi state TV"]
TMM = ["Tigris Media Monitor", "author"]
SINUNE = L(["Sinune", "Snune", "Sinuni", "road into Sinune", "north of Mount Sinjar"], 36.46, 41.74, "IQ")
SINJAR = L(["Sinjar", "Sinjar town", "near Sinjar", "Shingal", "town's western entrance"], 36.32, 41.87, "IQ")
# "about 25 km west of Sinjar" -> LKM
SINJAR_W = LKM(["west of Sinjar", "Sinjar", "Syrian border", "Iraqi-Syrian border"], 36.32, 41.87, 25, 270, "IQ")
TEL_QASAB = L(["Tel Qasab", "Tal Qasab", "Sinjar district"], cc="IQ")
SINJAR_DIST = L(["Sinjar district", "Sinjar", "border strip"], cc="IQ")
E06 = [
    # one strike told three ways: Kurdistan Line TV's two fighters and a driver (core); Roj's three civilians, the
    # same car and the same three dead under another label -> a non-core copy (dev_r's Jenin rule: the same object
    # told two ways); Yeni Ufuk's "senior PKK figure" -> another object, a core version of its own; the lead's
    # author-side mention -> a non-core copy
    E(True, "a Turkish drone had struck a car carrying members of the Sinjar Resistance Units (YBŞ) on the road into Sinune, killing two fighters and their driver",
      EXP, AIR, actor1=TUR06, actor2=YBS + ["car", "driver"] + CIV, location=SINUNE, date=D("2024-04-14"),
      killed=R(3), source=KLTV),
    E(False, "the strike had killed three civilians, among them a Yazidi schoolteacher", EXP, AIR, actor1=TUR06,
      actor2=CIV + ["Yazidi schoolteacher", "three civilians"] + YBS, location=SINUNE, date=D("2024-04-14"),
      killed=R(3), source=ROJ),
    # "neutralised" -> no number field; "near Sinjar" -> Sinjar's point (Sinune lies ~17 km away); the undated
    # telling of the Sunday strike -> Sunday
    E(True, 'Turkey\'s intelligence agency MIT had "neutralised" a senior PKK figure known by the code name "Zagros" near Sinjar',
      EXP, AIR, actor1=TUR06, actor2=PKK + ["senior PKK figure", "Zagros"] + YBS, location=SINJAR,
      date=D("2024-04-14"), source=YENI),
    E(False, "a drone strike near Sinune, north of Mount Sinjar, on Sunday evening", EXP, AIR, actor1=TUR06 + UNK,
      actor2=YBS + CIV, location=SINUNE, date=D("2024-04-14"), source=TMM),
    E(False, "one drone strike near Sinune, three versions", EXP, AIR, actor1=TUR06 + UNK, actor2=YBS + CIV,
      location=SINUNE, date=D("2024-04-14"), source=TMM),
    # a funeral march -> Peaceful protest
    E(True, "hundreds of Yazidis marched in Sinjar town on Monday, carrying the coffins of the dead and chanting against the strikes",
      PRO, PEACEFUL, actor1=PROTESTERS + ["Yazidis", "hundreds of Yazidis"], location=SINJAR, date=D("2024-04-15"),
      source=KLTV),
    # one shooting, two versions with other numbers and other framings (outlaws firing on a checkpoint, one soldier
    # wounded / soldiers moving on a YBŞ position, two YBŞ dead) -> one core event per version; one side's count
    # each -> open; "on Sunday night" -> Sunday and Monday; state TV names no group -> unknown plus the YBŞ
    E(True, '"outlaw elements" opened fire on an army checkpoint at the town\'s western entrance on Sunday night, wounding a soldier',
      BAT, CLASH, actor1=UNK + ["outlaw elements", "outlaws"] + YBS + IQARMY06, actor2=IQARMY06 + YBS,
      location=SINJAR, date=D("2024-04-14", "2024-04-15"), injured=R(1, None), source=STATETV),
    E(True, "soldiers had tried to remove a YBŞ position and that two YBŞ members were killed in the exchange of fire",
      BAT, CLASH, actor1=IQARMY06 + YBS, actor2=YBS + IQARMY06, location=SINJAR, date=D("2024-04-14", "2024-04-15"),
      killed=R(2, None), source=ROJ),
    # one side's count in a clash -> 3..open; "about 25 km west of Sinjar" -> LKM; no group named, a suicide belt
    # points at ISIS -> unknown plus ISIS
    E(True, "its forces killed three armed infiltrators trying to cross from Syria about 25 km west of Sinjar early on Monday",
      BAT, CLASH, actor1=IQBG + UNK + ["armed infiltrators"], actor2=UNK + ["armed infiltrators", "infiltrators"] + ISIS,
      location=SINJAR_W, date=D("2024-04-15"), killed=R(3, None), source=IQBG),
    E(False, "border guards kill infiltrators west of Sinjar", BAT, CLASH, actor1=IQBG, actor2=UNK + ["infiltrators"],
      location=SINJAR_W, date=D("2024-04-15"), source=TMM),
    # a village we cannot pin -> names and country
    E(True, "they arrested 14 people in a raid on a smugglers' safe house in the village of Tel Qasab, in Sinjar district, on Saturday",
      STR, ARRESTS, actor1=NINPOL, actor2=["14 people", "smugglers", "people"] + CIV, location=TEL_QASAB,
      date=D("2024-04-13"), source=NINPOL),
    # a count since 2021 -> aggregate
    E(False, "Turkish drones have struck Sinjar district more than 30 times since 2021", EXP, AIR, actor1=TUR06,
      actor2=YBS + CIV, location=SINJAR_DIST, date=D("2021-01-01", "2024-04-16"),
      source=["Kurdish outlets"] + KLTV, aggregate=True),
    # background: the 2014 genocide -> non-core
    E(False, "the genocide committed by ISIS in Sinjar in August 2014", VAC, ATTACK, actor1=ISIS,
      actor2=CIV + ["Yazidis"], location=SINJAR, date=D("2014-08-01", "2014-08-31"),
      source=["Yazidi groups"] + TMM),
    # the government's announced deployment -> planned
    E(False, "it would deploy more troops to the border strip", STR, BASE,
      actor1=["federal government", "Iraqi government", "Government of Iraq"] + IQARMY06, location=SINJAR_DIST,
      source=["federal government", "Iraqi government"], status="planned"),
    # no gold: "Ankara has made no official statement", the seized rifles and belt (inside the clash), the
    # smugglers' alleged trade, the families' return (no act)
]
DOCS.append(
    (
        "dev-y-06",
        "Tigris Media Monitor (press review)",
        "2024-04-16",
        "press review summarising other outlets' differing reports",
        "Iraq/Sinjar and the Syrian border: one Turkish drone strike near Sinune 'on Sunday evening' in three "
        "outlets' versions (two fighters and a driver / three civilians / a PKK figure 'neutralised' 'near Sinjar'), "
        "a funeral march, a shooting in two versions (a soldier wounded by 'outlaw elements' / two YBŞ dead), "
        "infiltrators killed 'about 25 km west of Sinjar', arrests in a village, a count since 2021, the 2014 "
        "genocide as background, a planned deployment",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-y-06", "Tuesday 16 April 2024", "2024-04-16", "Tuesday"),
    ("dev-y-06", "on Monday / early on Monday / Sunday night (end)", "2024-04-15", "Monday"),
    ("dev-y-06", "on Sunday evening / on Sunday night (start)", "2024-04-14", "Sunday"),
    ("dev-y-06", "on Saturday", "2024-04-13", "Saturday"),
]

# =============================================================================
# dev-y-07  armed group's claims carried by its news agency and checked by a reporter — Syria's Raqqa and Tabqa: al-Karama east of Raqqa, the Tabqa-al-Mansoura road 6 km east of Tabqa, the western countryside of Raqqa, al-Hamra north of Tabqa, the Tabqa dam, Tabqa (Tue 10 Sep 2024)
# =============================================================================
T07 = """Claim check: what Islamic State says it did in Raqqa and Tabqa this week, and what we found

Euphrates Monitor | Claim check | Raqqa | Tuesday 10 September 2024 | By Hussein al-Ali

On Monday night, the Islamic State group's Amaq agency published three claims for attacks in Raqqa province. We put each of them to the Syrian Democratic Forces (SDF), to residents and to medical staff.

Claim 1. Amaq said "soldiers of the caliphate" attacked a checkpoint of "the PKK militia" in al-Karama, east of Raqqa, on Sunday, killing five of its members.
What we found: the SDF confirmed that gunmen on two motorcycles opened fire on its checkpoint at the western entrance of al-Karama at dusk on Sunday. An SDF spokesman said two fighters were killed and one wounded, and that the attackers fled into the desert.

Claim 2. Amaq said its fighters blew up a vehicle of "the apostates" with an explosive device on the road between Tabqa and al-Mansoura.
What we found: residents confirmed an explosion on that road on Monday morning, about 6 km east of Tabqa, but said the vehicle was a pick-up of the local water directorate. A nurse at Tabqa National Hospital said its driver was brought in with shrapnel wounds.

Claim 3. Amaq said it had executed "a spy of the crusaders" in the western countryside of Raqqa.
What we found: nothing. Two residents of the area said they had heard of no killing.

Follow-up. On Saturday, SDF units backed by US-led coalition helicopters raided the village of al-Hamra, north of Tabqa, and detained six suspected IS members, the SDF said. On Sunday, a coalition drone struck a motorcycle near the Tabqa dam, killing an IS official, according to the SDF. The coalition did not comment.

Also this week. In Tabqa, about 200 people protested on Monday against the SDF's conscription campaign; internal security forces (Asayish) dispersed them and detained four young men, witnesses said.

Context. IS's weekly al-Naba newsletter claimed 30 attacks in a month in Deir ez-Zor and Raqqa in August, most of them against the SDF. Our own count for Raqqa province that month is 11. The group lost Raqqa, its self-declared capital, to the SDF in 2017, but its cells remain active in the desert. In the same Amaq release, IS vowed to "continue the war of attrition" against the SDF.
"""

IS07 = ISIS + ["soldiers of the caliphate", "its fighters", "Amaq", "gunmen", "attackers", "IS members"]
SDF07 = SDF + ["PKK militia", "apostates", "SDF units", "checkpoint", "fighters"]
ASAYISH = ["Asayish", "internal security forces", "SDF internal security forces", "Kurdish internal security"] + SDF
COALITION = ["US-led coalition", "coalition", "international coalition", "coalition drone", "coalition helicopters",
             "Combined Joint Task Force"] + USA
EM = ["Euphrates Monitor", "Hussein al-Ali", "author"]
AMAQ = ["Amaq", "Amaq agency", "Islamic State", "ISIS", "Islamic State group"]
# "in al-Karama, east of Raqqa" with no distance -> Raqqa's point (al-Karama lies ~25 km east)
KARAMA = L(["al-Karama", "Karama", "east of Raqqa", "western entrance of al-Karama", "Raqqa"], 35.95, 39.01, "SY")
TAB_MANS_RD = L(["road between Tabqa and al-Mansoura", "Tabqa", "al-Mansoura", "Mansoura"], cc="SY")
# "about 6 km east of Tabqa" -> LKM
TABQA_E = LKM(["east of Tabqa", "Tabqa", "road between Tabqa and al-Mansoura"], 35.84, 38.55, 6, 90, "SY")
W_RAQQA = L(["western countryside of Raqqa", "Raqqa countryside", "Raqqa"], cc="SY")
# "the village of al-Hamra, north of Tabqa" -> Tabqa's point
HAMRA = L(["al-Hamra", "village of al-Hamra", "north of Tabqa", "Tabqa"], 35.84, 38.55, "SY")
TABQA_DAM = L(["Tabqa dam", "near the Tabqa dam", "Tabqa", "Euphrates dam"], 35.87, 38.57, "SY")
TABQA = L(["Tabqa", "al-Thawra", "al-Tabqa"], 35.84, 38.55, "SY")
DEZ_RAQQA = L(["Deir ez-Zor and Raqqa", "Deir ez-Zor", "Raqqa"], cc="SY")
RAQQA_PROV = L(["Raqqa province", "Raqqa"], cc="SY")
E07 = [
    # an attack on an armed checkpoint -> Battles; the claim and the SDF's account give other numbers -> one core
    # event per version; one side's count each -> open ranges; the SDF's dead and wounded a sentence later ->
    # folded in, the toll sentence a non-core copy
    E(True, '"soldiers of the caliphate" attacked a checkpoint of "the PKK militia" in al-Karama, east of Raqqa, on Sunday, killing five of its members',
      BAT, CLASH, actor1=IS07 + SDF07, actor2=SDF07 + IS07, location=KARAMA, date=D("2024-09-08"),
      killed=R(5, None), source=AMAQ),
    E(True, "gunmen on two motorcycles opened fire on its checkpoint at the western entrance of al-Karama at dusk on Sunday",
      BAT, CLASH, actor1=UNK + IS07 + SDF07, actor2=SDF07 + IS07, location=KARAMA, date=D("2024-09-08"),
      killed=R(2, None), injured=R(1, None), source=SDF + ["SDF spokesman"] + EM),
    E(False, "two fighters were killed and one wounded", BAT, CLASH, actor1=UNK + IS07, actor2=SDF07,
      location=KARAMA, date=D("2024-09-08"), killed=R(2), injured=R(1), source=["SDF spokesman"] + SDF),
    # the claimed IED names an SDF vehicle; residents name a water directorate pick-up -> another object, one core
    # event per version; the claim is undated, the residents date the blast -> Monday for both; the driver's
    # wounds a sentence later -> injured 1 on the residents' version
    E(True, 'its fighters blew up a vehicle of "the apostates" with an explosive device on the road between Tabqa and al-Mansoura',
      EXP, IED, actor1=IS07, actor2=SDF07 + ["vehicle"], location=TAB_MANS_RD, date=D("2024-09-09"), source=AMAQ),
    E(True, "residents confirmed an explosion on that road on Monday morning, about 6 km east of Tabqa, but said the vehicle was a pick-up of the local water directorate",
      EXP, IED, actor1=IS07 + UNK, actor2=CIV + ["water directorate", "pick-up", "driver"], location=TABQA_E,
      date=D("2024-09-09"), injured=R(1), source=["residents", "nurse", "Tabqa National Hospital"] + EM),
    # the group's claim of a killing the reporter could not confirm -> core (a party's claim, sourced to it); no
    # date in the claim -> no date field; a countryside -> names and country
    E(True, 'it had executed "a spy of the crusaders" in the western countryside of Raqqa', VAC, ATTACK,
      actor1=IS07, actor2=CIV + ["spy of the crusaders", "spy"], location=W_RAQQA, killed=R(1), source=AMAQ),
    # a raid with detentions -> Arrests
    E(True, "SDF units backed by US-led coalition helicopters raided the village of al-Hamra, north of Tabqa, and detained six suspected IS members",
      STR, ARRESTS, actor1=SDF07 + COALITION, actor2=IS07 + ["six suspected IS members", "suspects"],
      location=HAMRA, date=D("2024-09-07"), source=SDF + EM),
    E(True, "a coalition drone struck a motorcycle near the Tabqa dam, killing an IS official", EXP, AIR,
      actor1=COALITION, actor2=IS07 + ["IS official", "motorcycle"], location=TABQA_DAM, date=D("2024-09-08"),
      killed=R(1), source=SDF),
    # dispersal and detentions -> Protest with intervention
    E(True, "about 200 people protested on Monday against the SDF's conscription campaign", PRO, INTERVENTION,
      **PROTEST_SIDES(ASAYISH + ["200 people", "people"]), location=TABQA, date=D("2024-09-09"),
      source=["witnesses"] + EM),
    # monthly counts -> aggregates, each with its source
    E(False, "IS's weekly al-Naba newsletter claimed 30 attacks in a month in Deir ez-Zor and Raqqa in August",
      BAT, CLASH, actor1=IS07, actor2=SDF07, location=DEZ_RAQQA, date=D("2024-08-01", "2024-08-31"),
      source=["al-Naba"] + AMAQ, aggregate=True),
    E(False, "Our own count for Raqqa province that month is 11", BAT, CLASH, actor1=IS07, actor2=SDF07,
      location=RAQQA_PROV, date=D("2024-08-01", "2024-08-31"), source=EM, aggregate=True),
    # background: the SDF (a non-state force) took Raqqa in 2017 -> Non-state actor overtakes territory
    E(False, "The group lost Raqqa, its self-declared capital, to the SDF in 2017", BAT, NSAOVER, actor1=SDF + COALITION,
      actor2=IS07, location=L(["Raqqa"], 35.95, 39.01, "SY"), date=D("2017-01-01", "2017-12-31"), source=EM),
    # the vow -> planned
    E(False, 'IS vowed to "continue the war of attrition" against the SDF', BAT, CLASH, actor1=IS07, actor2=SDF07,
      location=RAQQA_PROV, source=AMAQ, status="planned"),
    # no gold: "the attackers fled into the desert" (inside the clash), "Two residents ... had heard of no killing"
    # (doubt, no act), "The coalition did not comment", the detentions of four young men (inside the protest), "its
    # cells remain active in the desert" (generic)
]
DOCS.append(
    (
        "dev-y-07",
        "Euphrates Monitor (claim check)",
        "2024-09-10",
        "armed group's claims carried by its news agency and checked by a reporter",
        "Syria/Raqqa and Tabqa: three Amaq claims checked - a checkpoint attack (the claim's five / the SDF's two "
        "dead and one wounded a sentence later), an IED on 'the apostates' against residents' water-directorate "
        "pick-up 'about 6 km east of Tabqa', an unconfirmed execution; an SDF raid with coalition helicopters, a "
        "coalition drone strike, a protest dispersed, '30 attacks in a month' and the outlet's own count, the 2017 "
        "loss of Raqqa as background, a vow",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-y-07", "Tuesday 10 September 2024", "2024-09-10", "Tuesday"),
    ("dev-y-07", "On Monday night / on Monday morning / on Monday", "2024-09-09", "Monday"),
    ("dev-y-07", "on Sunday / at dusk on Sunday / On Sunday", "2024-09-08", "Sunday"),
    ("dev-y-07", "On Saturday", "2024-09-07", "Saturday"),
]

# =============================================================================
# dev-y-08  human-rights group's report excerpt — Iran's Kurdistan province by the Iraqi border: the Baneh border heights, the Bashmaq crossing west of Marivan, Marivan, Baneh, the Sarvabad area south of Marivan (Wed 5 Feb 2025)
# =============================================================================
T08 = """Kurdistan province, January 2025: two brothers shot dead near Baneh, activists detained in Marivan

Zagros Rights Watch | Monthly report on Iran’s Kurdish regions, January 2025 | Excerpt: chapter 2, Kurdistan province | Published 5 February 2025

2.1 Killings and injuries of kolbars (border porters)
On 6 January, Border Guard forces opened fire without warning on a group of about 30 kolbars in the heights of the Baneh border area, killing two brothers, Hiwa and Aram R., aged 19 and 23, and wounding three other porters. ZRW obtained the names of the victims from relatives and confirmed the deaths with a medical source in Baneh. The Border Guard commander in Baneh told local media that his forces had fired only “warning shots” and that the two men had died in a fall.

On 14 January, a 17-year-old kolbar died after falling into a ravine near the Bashmaq border crossing, west of Marivan, while fleeing shots fired by Border Guards, according to his family.

In January, ZRW recorded 11 kolbars killed and 26 injured in Iran’s Kurdish border regions, most of them by direct fire of state forces.

2.2 Arrests
On 18 January, Ministry of Intelligence agents raided homes in Marivan and arrested five civil activists, among them a teacher and an environmental activist. Their whereabouts remain unknown. A sixth activist, a member of the same environmental group, has been missing since 22 January and may have been detained.

2.3 Protests
On 20 January, shopkeepers in Baneh closed their shops and dozens of residents gathered in front of the governor’s office to protest the killing of the two brothers. Security forces fired tear gas to disperse them and detained at least seven people, according to eyewitnesses.

2.4 Armed clashes
On 26 January, IRGC-affiliated media reported that “terrorists” had attacked an IRGC border post in the Sarvabad area, south of Marivan, and that two IRGC members and three attackers were killed. The Party of Free Life of Kurdistan (PJAK) said in a statement that its fighters had killed “at least six” Revolutionary Guards in the clash. ZRW could not verify either account.

2.5 Outlook
Local sources warn that if the border stays closed to legal trade, more young men will turn to portering and the death toll will rise.
"""

IRBG = ["Border Guard", "Border Guard forces", "Border Guards", "Iranian Border Guard", "Iranian border guards",
        "Police Forces of Iran", "state forces", "Iranian security forces", "FARAJA"]
IRSEC = ["Security forces", "Iranian security forces", "Police Forces of Iran", "Military Forces of Iran"]
INTEL = ["Ministry of Intelligence", "Ministry of Intelligence agents", "Iranian Ministry of Intelligence",
         "intelligence agents", "Government of Iran", "Iranian security forces"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "IRGC members", "IRGC border post",
        "Military Forces of Iran"]
PJAK = ["Party of Free Life of Kurdistan", "PJAK", "its fighters"]
KOLBARS = CIV + ["kolbars", "kolbar", "porters", "border porters"]
ZRW = ["Zagros Rights Watch", "ZRW", "author"]
# the border heights of Baneh (a border sector) -> names and country
BANEH_BORDER = L(["Baneh border area", "heights of the Baneh border area", "Baneh"], cc="IR")
# "near the Bashmaq border crossing, west of Marivan" -> Marivan's point (the crossing lies ~15 km west)
BASHMAQ = L(["Bashmaq", "Bashmaq border crossing", "west of Marivan", "Marivan"], 35.52, 46.18, "IR")
MARIVAN = L(["Marivan", "Mariwan"], 35.52, 46.18, "IR")
BANEH = L(["Baneh", "Bane", "governor’s office"], 35.99, 45.89, "IR")
# "in the Sarvabad area, south of Marivan" -> Sarvabad's point
SARVABAD = L(["Sarvabad", "Sarvabad area", "south of Marivan", "Marivan"], 35.31, 46.37, "IR")
KURD_BORDER = L(["Iran’s Kurdish border regions", "Kurdistan province", "Kurdistan"], cc="IR")
E08 = [
    # border guards firing on unarmed porters -> Violence against civilians; "killing two brothers ... and
    # wounding three other porters" -> 2 and 3; the commander's "warning shots ... died in a fall" -> a non-core
    # denied copy
    E(True, "Border Guard forces opened fire without warning on a group of about 30 kolbars in the heights of the Baneh border area, killing two brothers, Hiwa and Aram R., aged 19 and 23, and wounding three other porters",
      VAC, ATTACK, actor1=IRBG, actor2=KOLBARS + ["two brothers", "Hiwa", "Aram"], location=BANEH_BORDER,
      date=D("2025-01-06"), killed=R(2), injured=R(3), source=ZRW + ["relatives", "medical source"]),
    E(False, "his forces had fired only “warning shots” and that the two men had died in a fall", VAC, ATTACK,
      actor1=IRBG, actor2=KOLBARS, location=BANEH_BORDER, date=D("2025-01-06"),
      source=["Border Guard commander in Baneh", "Border Guard commander", "Border Guard"], status="denied"),
    E(False, "two brothers shot dead near Baneh", VAC, ATTACK, actor1=IRBG, actor2=KOLBARS, location=BANEH_BORDER,
      date=D("2025-01-06"), killed=R(2), source=ZRW),
    # a death in flight from the guards' fire -> Violence against civilians by the guards, killed 1
    E(True, "a 17-year-old kolbar died after falling into a ravine near the Bashmaq border crossing, west of Marivan, while fleeing shots fired by Border Guards",
      VAC, ATTACK, actor1=IRBG, actor2=KOLBARS + ["17-year-old kolbar"], location=BASHMAQ, date=D("2025-01-14"),
      killed=R(1), source=["his family", "family"] + ZRW),
    E(False, "ZRW recorded 11 kolbars killed and 26 injured in Iran’s Kurdish border regions", VAC, ATTACK,
      actor1=IRBG, actor2=KOLBARS, location=KURD_BORDER, date=D("2025-01-01", "2025-01-31"), killed=R(11),
      injured=R(26), source=ZRW, aggregate=True),
    E(True, "Ministry of Intelligence agents raided homes in Marivan and arrested five civil activists, among them a teacher and an environmental activist",
      STR, ARRESTS, actor1=INTEL, actor2=CIV + ["civil activists", "five civil activists", "teacher",
                                                 "environmental activist"],
      location=MARIVAN, date=D("2025-01-18"), source=ZRW),
    E(False, "activists detained in Marivan", STR, ARRESTS, actor1=INTEL, actor2=CIV + ["activists"],
      location=MARIVAN, date=D("2025-01-18"), source=ZRW),
    # a missing man who "may have been detained" -> a non-core possible arrest
    E(False, "has been missing since 22 January and may have been detained", STR, ARRESTS, actor1=INTEL + IRSEC,
      actor2=CIV + ["sixth activist", "activist"], location=MARIVAN, date=D("2025-01-22", "2025-02-05"),
      source=ZRW, status="possible"),
    # a strike and a gathering met with tear gas and detentions -> Protest with intervention
    E(True, "shopkeepers in Baneh closed their shops and dozens of residents gathered in front of the governor’s office to protest the killing of the two brothers",
      PRO, INTERVENTION, **PROTEST_SIDES(IRSEC + ["shopkeepers", "residents", "dozens of residents"]),
      location=BANEH, date=D("2025-01-20"), source=["eyewitnesses"] + ZRW),
    # one clash, two versions with other numbers (the IRGC media's two Guards and three attackers / PJAK's "at least
    # six" Guards) -> one core event per version; both sides told -> 5 exact; one side's count -> 6..open; PJAK's
    # undated telling of the same clash -> 26 January
    E(True, "“terrorists” had attacked an IRGC border post in the Sarvabad area, south of Marivan, and that two IRGC members and three attackers were killed",
      BAT, CLASH, actor1=PJAK + ["terrorists", "attackers"] + UNK, actor2=IRGC, location=SARVABAD,
      date=D("2025-01-26"), killed=R(5), source=["IRGC-affiliated media"] + IRGC),
    E(True, "its fighters had killed “at least six” Revolutionary Guards in the clash", BAT, CLASH, actor1=PJAK,
      actor2=IRGC, location=SARVABAD, date=D("2025-01-26"), killed=R(6, None),
      source=["Party of Free Life of Kurdistan", "PJAK"]),
    # the local sources' conditional -> hypothetical
    E(False, "if the border stays closed to legal trade, more young men will turn to portering and the death toll will rise",
      VAC, ATTACK, actor1=IRBG, actor2=KOLBARS, location=KURD_BORDER, source=["Local sources", "local sources"],
      status="hypothetical"),
    # no gold: "Their whereabouts remain unknown" (inside the arrests), the tear gas and seven detentions (inside the
    # protest), "ZRW could not verify either account"
]
DOCS.append(
    (
        "dev-y-08",
        "Zagros Rights Watch (monthly report excerpt)",
        "2025-02-05",
        "human-rights group's report excerpt",
        "Iran/Kurdistan province: border guards firing on kolbars in the Baneh heights ('killing two brothers ... "
        "aged 19 and 23, and wounding three') with the commander's 'warning shots' denial, a boy's fatal fall "
        "fleeing fire 'west of Marivan', a month's count, activists arrested and one who 'may have been detained', a "
        "strike and gathering met with tear gas, a clash near Sarvabad in two versions (IRGC media / PJAK's 'at "
        "least six'), a conditional; typographic quotes",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-y-08", "5 February 2025", "2025-02-05", "Wednesday"),
]

# =============================================================================
# dev-y-09  court report about a trial that recalls past attacks — Jordan's north-eastern border: the Rukban area, a farm near al-Ruwaished, Ramtha, the State Security Court in Amman, the Eastern Military Zone; Suwayda province and Tower 22 as background (Wed 21 Jan 2026)
# =============================================================================
T09 = """Smugglers' trial hears how border guard captain died in Rukban-area firefight

Amman Courier | Courts | Wednesday 21 January 2026 | By Lina Haddadin

AMMAN - The State Security Court on Tuesday heard the first witnesses in the trial of nine men accused of drug trafficking, weapons smuggling and the killing of a Jordanian border guard officer on the north-eastern border thirteen months ago.

According to the indictment, a group of some 25 armed smugglers crossed from Syria in the Rukban area on the night of 17 to 18 December 2024 with a convoy of pick-up trucks carrying Captagon pills and weapons. Border guards of the Eastern Military Zone intercepted them, and in the firefight that followed Captain Ahmad al-Zyoud, 31, was killed and two soldiers were wounded. The army said at the time that "a number" of smugglers had been killed; the indictment puts the figure at six.

A sergeant who took part in the clash told the court that the smugglers fired rocket-propelled grenades at the patrol vehicles "from at least three directions" and that the fighting lasted "close to four hours".

Seven of the defendants were arrested two days after the clash in a dawn raid on a farm near al-Ruwaished, prosecutors said. Two others are being tried in absentia. All nine deny the charges; the lawyer for the first defendant, a 44-year-old truck driver from Mafraq, told the court his client was "asleep at home" that night.

Prosecutors also linked the network to a drone carrying 4 kg of crystal meth that the army shot down near Ramtha in March last year.

Outside the court on Tuesday, about 40 relatives of Captain al-Zyoud held up his photograph and called for "the harshest sentence".

Jordan has stepped up its campaign on the border since the fall of the Assad government, which officials accused of sponsoring the drug trade. Jordanian aircraft struck smugglers' sites in Syria's Suwayda province several times in 2024, and a drone attack on the Tower 22 base near Rukban in January 2024 killed three American soldiers.

On the morning of the hearing, the army announced that border guards had killed four smugglers and forced the rest back into Syrian territory in a clash before dawn in the Eastern Military Zone. The hearing resumes on 3 February.
"""

JAF = ["Jordanian Armed Forces", "Jordanian army", "Jordan Armed Forces", "Military Forces of Jordan", "army",
       "border guards", "Border guards of the Eastern Military Zone", "Jordanian border guards", "soldiers",
       "border guard officer", "Captain Ahmad al-Zyoud", "patrol vehicles"]
SMUGGLERS = ["smugglers", "armed smugglers", "drug smugglers", "smuggling network", "network", "defendants",
             "Captagon smugglers"]
AC = ["Amman Courier", "Lina Haddadin", "author"]
COURT = ["indictment", "prosecutors", "State Security Court", "prosecution"]
# the border sector by Rukban (the camp itself lies across the berm) -> names and country
RUKBAN = L(["Rukban area", "Rukban", "north-eastern border", "Eastern Military Zone"], cc="JO")
RUWAISHED = L(["al-Ruwaished", "Ruwaished", "al-Ruwayshid", "farm near al-Ruwaished"], 32.50, 38.20, "JO")
RAMTHA = L(["Ramtha", "al-Ramtha", "near Ramtha"], 32.56, 36.01, "JO")
AMMAN = L(["Amman", "State Security Court", "outside the court"], 31.95, 35.93, "JO")
EMZ = L(["Eastern Military Zone", "north-eastern border", "Jordanian-Syrian border"], cc="JO")
SUWAYDA_PROV = L(["Suwayda province", "Suwayda", "Sweida"], cc="SY")
TOWER22 = L(["Tower 22", "Tower 22 base", "near Rukban", "Rukban"], cc="JO")
E09 = [
    # the indicted clash, told in detail with date, place and numbers -> core; "on the night of 17 to 18 December
    # 2024" -> both days; the captain killed and two soldiers wounded, the smugglers' six dead a sentence later in
    # the indictment -> both sides told, killed 7 and injured 2; the army's vague "a number" of the time -> a
    # non-core copy without numbers; the sergeant's telling -> a non-core copy
    E(True, "in the firefight that followed Captain Ahmad al-Zyoud, 31, was killed and two soldiers were wounded",
      BAT, CLASH, actor1=SMUGGLERS + JAF, actor2=JAF + SMUGGLERS, location=RUKBAN,
      date=D("2024-12-17", "2024-12-18"), killed=R(7), injured=R(2), source=COURT + AC),
    E(False, '"a number" of smugglers had been killed', BAT, CLASH,
      actor1=JAF + SMUGGLERS, actor2=SMUGGLERS + JAF, location=RUKBAN, date=D("2024-12-17", "2024-12-18"),
      source=["army", "Jordanian army", "Jordanian Armed Forces"]),
    E(False, "the smugglers fired rocket-propelled grenades at the patrol vehicles", BAT, CLASH, actor1=SMUGGLERS,
      actor2=JAF, location=RUKBAN, date=D("2024-12-17", "2024-12-18"), source=["sergeant"]),
    E(False, "border guard captain died in Rukban-area firefight", BAT, CLASH, actor1=SMUGGLERS, actor2=JAF,
      location=RUKBAN, date=D("2024-12-17", "2024-12-18"), killed=R(1, None), source=AC),
    # "two days after the clash" of 17-18 December -> 19-20 December
    E(True, "Seven of the defendants were arrested two days after the clash in a dawn raid on a farm near al-Ruwaished",
      STR, ARRESTS, actor1=JAF + ["Jordanian security forces", "security forces"],
      actor2=SMUGGLERS + ["Seven of the defendants"], location=RUWAISHED, date=D("2024-12-19", "2024-12-20"),
      source=["prosecutors"] + AC),
    # a drone shot down, recalled in evidence with a place and a month -> core Disrupted weapons use; "in March
    # last year" in 2026 -> March 2025
    E(True, "a drone carrying 4 kg of crystal meth that the army shot down near Ramtha in March last year", STR,
      DISRUPT, actor1=JAF, actor2=SMUGGLERS + ["drone"], location=RAMTHA, date=D("2025-03-01", "2025-03-31"),
      source=["Prosecutors", "prosecutors"] + AC),
    # relatives with photographs outside the court -> Peaceful protest
    E(True, 'about 40 relatives of Captain al-Zyoud held up his photograph and called for "the harshest sentence"',
      PRO, PEACEFUL, actor1=PROTESTERS + ["relatives", "40 relatives"], location=AMMAN, date=D("2026-01-20"),
      source=AC),
    # background: strikes "several times in 2024" -> aggregate; the Tower 22 attack -> a brief background
    # reference (no perpetrator named -> unknown, with the group that claimed it as an alternative)
    E(False, "Jordanian aircraft struck smugglers' sites in Syria's Suwayda province several times in 2024", EXP, AIR,
      actor1=["Jordanian aircraft", "Royal Jordanian Air Force"] + JAF, actor2=SMUGGLERS + ["smugglers' sites"],
      location=SUWAYDA_PROV, date=D("2024-01-01", "2024-12-31"), source=AC, aggregate=True),
    E(False, "a drone attack on the Tower 22 base near Rukban in January 2024 killed three American soldiers", EXP, AIR,
      actor1=UNK + ["Islamic Resistance in Iraq"], actor2=USA + ["Tower 22 base", "American soldiers"],
      location=TOWER22, date=D("2024-01-01", "2024-01-31"), killed=R(3), source=AC),
    # "On the morning of the hearing" (Tuesday) "before dawn" -> Tuesday; one side's count -> 4..open; a military
    # zone -> names and country
    E(True, "border guards had killed four smugglers and forced the rest back into Syrian territory in a clash before dawn in the Eastern Military Zone",
      BAT, CLASH, actor1=JAF + SMUGGLERS, actor2=SMUGGLERS + JAF, location=EMZ, date=D("2026-01-20"),
      killed=R(4, None), source=["army", "Jordanian army", "Jordanian Armed Forces"] + AC),
    # no gold: the crossing and the cargo (inside the clash), "the fighting lasted 'close to four hours'", the
    # trial in absentia, the defendants' denial of the charges and the alibi (denials of guilt, not of an event),
    # the fall of the Assad government (a change of rule, no act here), the next hearing
]
DOCS.append(
    (
        "dev-y-09",
        "Amman Courier",
        "2026-01-21",
        "court report about a trial that recalls past attacks",
        "Jordan's north-eastern border: the indicted firefight of 'the night of 17 to 18 December 2024' (a captain "
        "killed, two soldiers wounded, the smugglers' six dead a sentence later, the army's 'a number' of the time, "
        "a sergeant's testimony), arrests 'two days after the clash', a drug drone shot down 'in March last year', "
        "relatives outside the court, 2024's strikes in Suwayda and the Tower 22 attack as background, a clash 'On "
        "the morning of the hearing'; the defendants' denials (no gold)",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-y-09", "Wednesday 21 January 2026", "2026-01-21", "Wednesday"),
    ("dev-y-09", "on Tuesday / On the morning of the hearing", "2026-01-20", "Tuesday"),
]

# =============================================================================
# dev-y-10  humanitarian flash update — Mali's Mopti region: a village 15 km east of Bandiagara, the Sévaré-Bandiagara road 30 km east of Sévaré, a village fair in Djenné circle and the Djenné area, the Djenné-Mopti road, Bankass, Douentza (Fri 23 May 2025)
# =============================================================================
T10 = """FLASH UPDATE No. 4 - Mopti region: attack on village east of Bandiagara, IED on the Sévaré-Bandiagara road

Inter-Agency Coordination Cell, Mopti | For humanitarian partners | 23 May 2025 | Covers 18-22 May

KEY POINTS
- At least 27 civilians killed in an attack on a village east of Bandiagara.
- Road missions to Bandiagara circle suspended for UN and NGO staff until further notice.

SITUATION OVERVIEW
On 19 May, armed men on motorcycles attacked the village of Kéra-Dogo, about 15 km east of Bandiagara, burning granaries and houses and driving off livestock. Initial reports on 20 May spoke of at least 18 dead; as of 22 May, community leaders had confirmed 27 killed, among them nine children, and 14 injured. Local associations attributed the attack to JNIM, which has not claimed it.

On 20 May, an improvised explosive device struck a commercial minibus on the Sévaré-Bandiagara road, about 30 km east of Sévaré, killing five passengers and injuring 11, according to health authorities in Sévaré.

On 21 May, an air strike reportedly carried out by the Malian Armed Forces (FAMa) hit the weekly fair of a village in Djenné circle, killing five to seven people, local sources said. In a communiqué, the FAMa said it had "neutralised" fighters at "a terrorist gathering point" in the Djenné area.

On 18 May, unidentified armed men abducted two staff members of a national NGO on the road between Djenné and Mopti. One was released the next day; the other remains missing.

On the same day, armed men looted a truck contracted by a humanitarian partner near Bankass and burned its cargo of seeds. No one was hurt.

Near Douentza, the FAMa and its Russian partners clashed with JNIM fighters on 20 May; the army said it had "neutralised" about a dozen "terrorists" and lost one soldier.

Since 1 January, partners have recorded 63 security incidents affecting civilians in the Mopti region, in which 151 civilians were killed.

HUMANITARIAN IMPACT AND RESPONSE
More than 2,400 people fled Kéra-Dogo and nearby hamlets towards Bandiagara town, where partners are distributing food and shelter kits. A mobile clinic has treated 37 wounded and sick people since 20 May.

OUTLOOK
If road access is not restored before the rainy season, some 40,000 people in Bandiagara circle could be cut off from assistance.
"""

FAMA10 = FAMA + ["FAMa", "air strike", "soldier"]
AFRICA_CORPS = RUSSIA + ["Russian partners", "Africa Corps", "Wagner Group"]
CELL = ["Inter-Agency Coordination Cell", "Coordination Cell", "humanitarian partners", "partners", "author"]
KERA_VICT = CIV + ["village of Kéra-Dogo", "village", "granaries", "houses", "livestock", "nine children"]
# "about 15 km east of Bandiagara" / "about 30 km east of Sévaré" -> LKM
KERA = LKM(["Kéra-Dogo", "Kera-Dogo", "east of Bandiagara", "Bandiagara", "Bandiagara circle"], 14.35, -3.61, 15,
           90, "ML")
SEVARE_E = LKM(["Sévaré-Bandiagara road", "east of Sévaré", "Sévaré", "Sevare"], 14.53, -4.09, 30, 90, "ML")
DJENNE_CIRCLE = L(["Djenné circle", "Djenne circle", "Djenné", "Djenne"], cc="ML")
DJENNE = L(["Djenné", "Djenne", "Djenné area"], 13.91, -4.55, "ML")
DJ_MOPTI_RD = L(["road between Djenné and Mopti", "Djenné", "Mopti"], cc="ML")
BANKASS = L(["Bankass", "Bankas", "near Bankass"], 14.08, -3.52, "ML")
DOUENTZA = L(["Douentza", "near Douentza"], 15.00, -2.95, "ML")
MOPTI_REG = L(["Mopti region", "Mopti"], cc="ML")
E10 = [
    # armed men attacking a village -> Violence against civilians; "at least 18" raised to 27 -> killed 18..open
    # (dev_r's rule for "at least N" then a higher figure), injured 14; each figure and the key point a non-core
    # copy; blamed by local associations, unclaimed -> JNIM plus unknown
    E(True, "armed men on motorcycles attacked the village of Kéra-Dogo, about 15 km east of Bandiagara, burning granaries and houses and driving off livestock",
      VAC, ATTACK, actor1=UNK + ["armed men", "armed men on motorcycles"] + JNIM, actor2=KERA_VICT, location=KERA,
      date=D("2025-05-19"), killed=R(18, None), injured=R(14),
      source=CELL + ["community leaders", "Local associations"]),
    E(False, "Initial reports on 20 May spoke of at least 18 dead", VAC, ATTACK, actor1=UNK + JNIM, actor2=KERA_VICT,
      location=KERA, date=D("2025-05-19"), killed=R(18, None), source=CELL),
    E(False, "community leaders had confirmed 27 killed, among them nine children, and 14 injured", VAC, ATTACK,
      actor1=UNK + JNIM, actor2=KERA_VICT, location=KERA, date=D("2025-05-19"), killed=R(27), injured=R(14),
      source=["community leaders"]),
    E(False, "At least 27 civilians killed in an attack on a village east of Bandiagara", VAC, ATTACK,
      actor1=UNK + JNIM, actor2=KERA_VICT, location=KERA, date=D("2025-05-19"), killed=R(27, None), source=CELL),
    E(False, "attack on village east of Bandiagara", VAC, ATTACK, actor1=UNK + JNIM, actor2=KERA_VICT, location=KERA,
      date=D("2025-05-19"), source=CELL),
    # no perpetrator named -> unknown
    E(True, "an improvised explosive device struck a commercial minibus on the Sévaré-Bandiagara road, about 30 km east of Sévaré, killing five passengers and injuring 11",
      EXP, IED, actor1=UNK, actor2=CIV + ["commercial minibus", "minibus", "passengers"], location=SEVARE_E,
      date=D("2025-05-20"), killed=R(5), injured=R(11), source=["health authorities in Sévaré", "health authorities"] + CELL),
    E(False, "IED on the Sévaré-Bandiagara road", EXP, IED, actor1=UNK, actor2=CIV + ["minibus"], location=SEVARE_E,
      date=D("2025-05-20"), source=CELL),
    # one strike, two objects (a village fair with "five to seven" dead / "a terrorist gathering point") -> one core
    # event per version; "reportedly carried out by" the FAMa -> the FAMa plus unknown; a circle -> names and
    # country; "the Djenné area" -> Djenné's point; "neutralised" -> no number field
    E(True, "an air strike reportedly carried out by the Malian Armed Forces (FAMa) hit the weekly fair of a village in Djenné circle, killing five to seven people",
      EXP, AIR, actor1=FAMA10 + UNK, actor2=CIV + ["weekly fair", "fair", "village"], location=DJENNE_CIRCLE,
      date=D("2025-05-21"), killed=R(5, 7), source=["local sources"] + CELL),
    E(True, 'it had "neutralised" fighters at "a terrorist gathering point" in the Djenné area', EXP, AIR,
      actor1=FAMA10, actor2=JNIM + ["fighters", "terrorist gathering point"], location=DJENNE, date=D("2025-05-21"),
      source=["FAMa", "Malian Armed Forces", "communiqué"]),
    # abductees are no casualties; the release "the next day" -> no gold; a ~100 km road -> names and country
    E(True, "unidentified armed men abducted two staff members of a national NGO on the road between Djenné and Mopti",
      VAC, ABDUCT, actor1=UNK + ["unidentified armed men", "armed men"],
      actor2=CIV + ["two staff members", "staff members of a national NGO", "aid workers"], location=DJ_MOPTI_RD,
      date=D("2025-05-18"), source=CELL),
    # looting and burning with "No one was hurt" -> Looting/property destruction, killed and injured 0..0; "On the
    # same day" -> 18 May
    E(True, "armed men looted a truck contracted by a humanitarian partner near Bankass and burned its cargo of seeds",
      STR, LOOT, actor1=UNK + ["armed men"], actor2=CIV + ["truck", "humanitarian partner", "cargo of seeds"],
      location=BANKASS, date=D("2025-05-18"), killed=R(0), injured=R(0), source=CELL),
    # the army's own dead (one side; the other "neutralised") -> killed 1..open (dev_r's Metina rule)
    E(True, "the FAMa and its Russian partners clashed with JNIM fighters on 20 May", BAT, CLASH,
      actor1=FAMA10 + AFRICA_CORPS + JNIM, actor2=JNIM + FAMA10 + AFRICA_CORPS, location=DOUENTZA,
      date=D("2025-05-20"), killed=R(1, None), source=["army", "FAMa"] + CELL),
    E(False, "partners have recorded 63 security incidents affecting civilians in the Mopti region, in which 151 civilians were killed",
      VAC, ATTACK, actor1=UNK + JNIM + FAMA10, actor2=CIV, location=MOPTI_REG, date=D("2025-01-01", "2025-05-23"),
      killed=R(151), source=CELL, aggregate=True),
    # no gold: the suspended road missions, "which has not claimed it", the release of one staff member, the
    # displacement and the clinic's caseload, the outlook (no act of violence)
]
DOCS.append(
    (
        "dev-y-10",
        "Inter-Agency Coordination Cell, Mopti (flash update)",
        "2025-05-23",
        "humanitarian flash update",
        "Mali/Mopti: an attack on a village 'about 15 km east of Bandiagara' with 'at least 18 dead' raised to 27 "
        "and 14 injured, blamed on JNIM, an IED 'about 30 km east of Sévaré', an air strike 'reportedly carried out "
        "by' the FAMa on a fair ('five to seven') and the army's 'terrorist gathering point', an abduction of NGO "
        "staff, a truck looted ('No one was hurt'), a clash near Douentza with 'neutralised' foes and one soldier "
        "lost, a year's count; displacement and an outlook (no gold)",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-y-10", "23 May 2025", "2025-05-23", "Friday"),
]

# =============================================================================
# dev-y-11  wire factbox — Somalia's Lower Shabelle: an army base in Awdheegle, the Janaale-Marka road, Afgooye's outskirts and market, a point 30 km north-west of Marka, Marka's port area, Bariire (Thu 10 Apr 2025)
# =============================================================================
T11 = """FACTBOX-Recent attacks in Somalia's Lower Shabelle region

MOGADISHU, April 10 (Coastline Wire) - Al-Shabaab militants have stepped up attacks in Lower Shabelle, the farming region south-west of the capital, over the past two weeks. Here are the main incidents reported by officials, the militants and residents:

* APRIL 9 - Al-Shabaab fighters overran a Somali army base in Awdheegle before dawn. The group said it had killed "more than 40" soldiers. The army said nine of its soldiers were killed. Residents said the fighting killed or wounded at least 30 people. Troops backed by AUSSOM forces retook the base by evening, the army said.

* APRIL 7 - A roadside bomb hit a minibus on the road between Janaale and Marka, killing eight passengers, among them a mother and her three children, a local official said. No group claimed it.

* APRIL 4 - A suicide bomber drove an explosives-laden car into a checkpoint on the outskirts of Afgooye, killing at least five soldiers, police said. Al-Shabaab claimed the attack.

* APRIL 2 - US Africa Command said it carried out an air strike about 30 km north-west of Marka, killing "several" al-Shabaab fighters. It said no civilians were hurt.

* MARCH 31 - Five mortar rounds landed in the port area of Marka. The district commissioner said there were no casualties.

* MARCH 30 - Militiamen from a local clan fought al-Shabaab in the village of Bariire after the militants demanded livestock as zakat. Elders said six to eight people died.

* MARCH 28 - Security forces arrested 23 suspects in house-to-house searches in Afgooye, a day after a grenade was thrown into a tea shop in the town's market, wounding four customers.

CONTEXT
- Al-Shabaab has carried out more than 60 attacks in Lower Shabelle since January, according to a Mogadishu-based security consultancy.
- The defence ministry says the army will launch "a major offensive" to clear the region before the rainy season.
- The African Union mission, AUSSOM, replaced ATMIS at the start of the year.
"""

SHAB11 = SHABAAB + ["Al-Shabaab fighters", "al-Shabaab fighters", "suicide bomber", "the group"]
SOMGOV11 = ["Somali army", "Somali National Army", "SNA", "Military Forces of Somalia", "army", "soldiers", "troops",
            "Troops", "army base", "Somali army base", "checkpoint", "defence ministry", "Security forces",
            "Somali security forces", "Federal Government of Somalia"]
AUSSOM11 = ["African Union Support and Stabilisation Mission in Somalia", "AUSSOM", "AUSSOM forces",
            "African Union mission"]
AFRICOM11 = ["US Africa Command", "AFRICOM"] + USA
CLAN11 = ["Militiamen from a local clan", "clan militia", "clan militiamen", "local clan", "Clan Militia"]
CW = ["Coastline Wire", "author"]
AWDHEEGLE = L(["Awdheegle", "Aw Dheegle", "Awdhegle", "army base in Awdheegle"], cc="SO")
# the Janaale-Marka road runs ~20 km -> names and country
JAN_MARKA_RD = L(["road between Janaale and Marka", "Janaale", "Marka", "Merca"], cc="SO")
AFGOOYE = L(["Afgooye", "Afgoye", "outskirts of Afgooye", "town's market"], 2.14, 45.12, "SO")
MARKA_NW = LKM(["north-west of Marka", "Marka", "Merca", "Lower Shabelle"], 1.71, 44.77, 30, 315, "SO")
MARKA = L(["Marka", "Merca", "port area of Marka"], 1.71, 44.77, "SO")
BARIIRE = L(["Bariire", "Bariire village", "village of Bariire"], cc="SO")
LSHAB = L(["Lower Shabelle", "Lower Shabelle region"], cc="SO")
E11 = [
    # an army base overrun -> Non-state actor overtakes territory, told three ways: the wire's own telling with
    # the residents' "killed or wounded at least 30" (not split) -> casualties 30..open, that sentence a non-core
    # copy; the group's "more than 40" soldiers -> 41..open; the army's nine -> 9..open (one side's count) ->
    # one core event per version (dev_r's convoy rule)
    E(True, "Al-Shabaab fighters overran a Somali army base in Awdheegle before dawn", BAT, NSAOVER, actor1=SHAB11,
      actor2=SOMGOV11, location=AWDHEEGLE, date=D("2025-04-09"), casualties=R(30, None),
      source=CW + ["Residents", "residents"]),
    E(True, 'it had killed "more than 40" soldiers', BAT, NSAOVER, actor1=SHAB11, actor2=SOMGOV11,
      location=AWDHEEGLE, date=D("2025-04-09"), killed=R(41, None), source=SHABAAB),
    E(True, "nine of its soldiers were killed", BAT, NSAOVER, actor1=SHAB11, actor2=SOMGOV11,
      location=AWDHEEGLE, date=D("2025-04-09"), killed=R(9, None), source=["army", "Somali army"]),
    E(False, "the fighting killed or wounded at least 30 people", BAT, NSAOVER, actor1=SHAB11,
      actor2=SOMGOV11 + CIV, location=AWDHEEGLE, date=D("2025-04-09"), casualties=R(30, None),
      source=["Residents", "residents"]),
    # the retaking "by evening" -> Government regains territory, a core event of its own
    E(True, "Troops backed by AUSSOM forces retook the base by evening", BAT, GOVREGAIN,
      actor1=SOMGOV11 + AUSSOM11, actor2=SHAB11, location=AWDHEEGLE, date=D("2025-04-09"),
      source=["army", "Somali army"] + CW),
    # "a mother and her three children" among the eight -> 8; no claim, the factbox's frame points at al-Shabaab ->
    # unknown plus al-Shabaab
    E(True, "A roadside bomb hit a minibus on the road between Janaale and Marka, killing eight passengers, among them a mother and her three children",
      EXP, IED, actor1=UNK + SHAB11, actor2=CIV + ["minibus", "passengers", "mother", "children"],
      location=JAN_MARKA_RD, date=D("2025-04-07"), killed=R(8), source=["local official"] + CW),
    # a car driven into a checkpoint by a suicide bomber -> Suicide bomb; "at least five" -> 5..open; the claim ->
    # al-Shabaab
    E(True, "A suicide bomber drove an explosives-laden car into a checkpoint on the outskirts of Afgooye, killing at least five soldiers",
      EXP, SUICIDE, actor1=SHAB11, actor2=SOMGOV11, location=AFGOOYE, date=D("2025-04-04"), killed=R(5, None),
      source=["police"] + SHABAAB + CW),
    # "several" -> 3..open; "no civilians were hurt" covers one group -> no injured field; "about 30 km north-west of
    # Marka" -> LKM
    E(True, 'it carried out an air strike about 30 km north-west of Marka, killing "several" al-Shabaab fighters', EXP,
      AIR, actor1=AFRICOM11, actor2=SHAB11, location=MARKA_NW, date=D("2025-04-02"), killed=R(3, None),
      source=["US Africa Command", "AFRICOM"]),
    # "there were no casualties" -> killed and injured 0..0; no one named -> unknown plus al-Shabaab
    E(True, "Five mortar rounds landed in the port area of Marka", EXP, SHELL, actor1=UNK + SHAB11,
      actor2=["port area", "Marka port"] + CIV + SOMGOV11, location=MARKA, date=D("2025-03-31"), killed=R(0),
      injured=R(0), source=["district commissioner"] + CW),
    # a clan militia fighting al-Shabaab; "six to eight people died" (both sides, one figure) -> 6..8
    E(True, "Militiamen from a local clan fought al-Shabaab in the village of Bariire after the militants demanded livestock as zakat",
      BAT, CLASH, actor1=CLAN11 + SHAB11, actor2=SHAB11 + CLAN11, location=BARIIRE, date=D("2025-03-30"),
      killed=R(6, 8), source=["Elders", "elders"] + CW),
    E(True, "Security forces arrested 23 suspects in house-to-house searches in Afgooye", STR, ARRESTS,
      actor1=SOMGOV11 + ["Somali Police Force", "police"], actor2=["23 suspects", "suspects"] + SHAB11,
      location=AFGOOYE, date=D("2025-03-28"), source=CW),
    # "a day after" the 28 March searches -> 27 March
    E(True, "a grenade was thrown into a tea shop in the town's market, wounding four customers", EXP, GRENADE,
      actor1=UNK + SHAB11, actor2=CIV + ["tea shop", "customers", "four customers"], location=AFGOOYE,
      date=D("2025-03-27"), injured=R(4), source=CW),
    # counts -> aggregates; the planned offensive -> planned
    E(False, "Al-Shabaab militants have stepped up attacks in Lower Shabelle, the farming region south-west of the capital, over the past two weeks",
      BAT, CLASH, actor1=SHAB11, actor2=SOMGOV11 + CIV, location=LSHAB, date=D("2025-03-27", "2025-04-10"),
      source=CW, aggregate=True),
    E(False, "Al-Shabaab has carried out more than 60 attacks in Lower Shabelle since January", BAT, CLASH,
      actor1=SHAB11, actor2=SOMGOV11 + CIV, location=LSHAB, date=D("2025-01-01", "2025-04-10"),
      source=["security consultancy", "Mogadishu-based security consultancy"], aggregate=True),
    E(False, 'the army will launch "a major offensive" to clear the region before the rainy season', BAT, GOVREGAIN,
      actor1=SOMGOV11, actor2=SHAB11, location=LSHAB, source=["defence ministry", "Somali defence ministry"],
      status="planned"),
    # no gold: "No group claimed it", "Al-Shabaab claimed the attack" (inside the bombing), "It said no civilians
    # were hurt", the zakat demand, AUSSOM replacing ATMIS (a change of mission, no act)
]
DOCS.append(
    (
        "dev-y-11",
        "Coastline Wire (factbox)",
        "2025-04-10",
        "wire factbox",
        "Somalia/Lower Shabelle in dated bullets: a base overrun in three versions (the wire with residents' 'killed "
        "or wounded at least 30' / the group's 'more than 40' / the army's nine) and retaken 'by evening', a "
        "roadside bomb ('a mother and her three children'), a suicide car bomb ('at least five'), an AFRICOM strike "
        "'about 30 km north-west of Marka' ('several'), mortar rounds ('no casualties'), a clan clash ('six to "
        "eight'), arrests and the grenade 'a day' before, two counts, a planned offensive",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-y-11", "April 10", "2025-04-10", "Thursday"),
]

# =============================================================================
# dev-y-12  interview in Q&A form — DR Congo's North Kivu (Rutshuru and Masisi): Kiwanja's central market, the hills around Rubaya, Masisi town, a village 10 km north of Rutshuru centre, fields near Nyamilima, Rutshuru; the Washington agreement as background (Wed 2 Jul 2025)
# =============================================================================
T12 = """‘They arrest the young men first’: a Rutshuru civil-society leader on a month under M23

Kivu Hebdo | Interview | Goma | Wednesday 2 July 2025 | Interview by Patrick Mumbere

Espérance Kahindo coordinates a network of civil-society groups in Rutshuru territory, North Kivu, which the AFC/M23 rebels have controlled since late 2022. We reached her by phone. The interview has been edited for length.

Kivu Hebdo: What happened in Kiwanja last week?
Espérance Kahindo: On Thursday, M23 fighters surrounded the central market of Kiwanja and took away about forty young men. They said they were looking for Wazalendo. Twelve have come back. We do not know where the others are.
[Kivu Hebdo note: an M23 spokesman told us that “fewer than ten” suspects had been questioned and released the same day.]

KH: There has also been fighting in Masisi.
EK: Since Sunday the Wazalendo and the M23 have been fighting in the hills around Rubaya, near the mines. Our members counted five to seven civilians killed by bullets in the villages there.

KH: And the drone in Masisi town?
EK: On Monday evening a drone dropped a bomb on a house in the centre of Masisi town and killed a woman and her two children. People say it was an army drone.
[Note: the FARDC did not answer our questions.]

KH: Are the M23 themselves killing civilians?
EK: Three weeks ago, in a village about 10 km north of Rutshuru centre, the bodies of eleven men were found in a field after M23 fighters passed through. The families say they were shot. M23 says the FDLR did it. We cannot prove who did it.

KH: And last night?
EK: Armed men abducted three farmers from their fields near Nyamilima and are asking for a ransom. We do not know which group.

KH: How do people respond?
EK: On Saturday the motorcycle-taxi drivers of Rutshuru went on strike and marched to the M23 administration office against the new taxes. The rebels fired in the air and arrested their leader.

KH: Does the agreement signed in Washington last week change anything?
EK: People hear about Washington and Doha, but here nothing changes. Since January our network has counted 212 civilians killed in Rutshuru territory. If the talks fail, the war will come back to every village.
"""

M23_12 = M23 + ["M23 spokesman", "M23 administration"]
FARDC12 = FARDC + ["army drone"]
FDLR = ["Democratic Forces for the Liberation of Rwanda", "FDLR", "Forces démocratiques de libération du Rwanda"]
KAHINDO = ["Espérance Kahindo", "Kahindo", "civil-society groups", "civil society", "network"]
KH = ["Kivu Hebdo", "Patrick Mumbere", "author"]
KIWANJA = L(["Kiwanja", "central market of Kiwanja"], -1.16, 29.45, "CD")
RUBAYA = L(["Rubaya", "hills around Rubaya", "Masisi"], -1.56, 28.88, "CD")
MASISI = L(["Masisi", "Masisi town", "centre of Masisi town"], -1.40, 28.82, "CD")
# "about 10 km north of Rutshuru centre" -> LKM
RUTSHURU_N = LKM(["north of Rutshuru", "Rutshuru", "Rutshuru centre", "Rutshuru territory"], -1.18, 29.45, 10, 0,
                 "CD")
NYAMILIMA = L(["Nyamilima", "near Nyamilima", "Rutshuru territory"], cc="CD")
RUTSHURU = L(["Rutshuru", "Rutshuru centre", "M23 administration office"], -1.18, 29.45, "CD")
RUT_TERR = L(["Rutshuru territory", "Rutshuru", "North Kivu"], cc="CD")
E12 = [
    # a de facto authority rounding up young men -> Arrests (ACLED codes mass detentions by a group holding the
    # territory as arrests); "last week ... On Thursday" in a Wednesday interview -> 26 June; the M23's "fewer than
    # ten ... questioned and released" is the same round-up told smaller, and an arrest carries no number field ->
    # a non-core copy
    E(True, "M23 fighters surrounded the central market of Kiwanja and took away about forty young men", STR, ARRESTS,
      actor1=M23_12, actor2=CIV + ["young men", "forty young men"] + WAZALENDO, location=KIWANJA,
      date=D("2025-06-26"), source=KAHINDO + KH),
    E(False, "“fewer than ten” suspects had been questioned and released the same day", STR, ARRESTS,
      actor1=M23_12, actor2=["suspects"] + CIV, location=KIWANJA, date=D("2025-06-26"),
      source=["M23 spokesman"] + M23),
    # "Since Sunday" in a Wednesday interview -> Sunday to Wednesday; the civilians' toll a sentence later ->
    # killed 5..7 folded in, the count a non-core copy
    E(True, "Since Sunday the Wazalendo and the M23 have been fighting in the hills around Rubaya, near the mines",
      BAT, CLASH, actor1=WAZALENDO + M23_12, actor2=M23_12 + WAZALENDO, location=RUBAYA,
      date=D("2025-06-29", "2025-07-02"), killed=R(5, 7), source=KAHINDO + KH),
    E(False, "Our members counted five to seven civilians killed by bullets in the villages there", BAT, CLASH,
      actor1=WAZALENDO + M23_12, actor2=CIV, location=RUBAYA, date=D("2025-06-29", "2025-07-02"), killed=R(5, 7),
      source=KAHINDO),
    # "People say it was an army drone" (hearsay, the army silent) -> the FARDC plus unknown; "a woman and her two
    # children" -> 3
    E(True, "On Monday evening a drone dropped a bomb on a house in the centre of Masisi town and killed a woman and her two children",
      EXP, AIR, actor1=FARDC12 + UNK, actor2=CIV + ["house", "woman", "two children"], location=MASISI,
      date=D("2025-06-30"), killed=R(3), source=KAHINDO + ["People", "residents"] + KH),
    # eleven bodies found after M23 passed; the families' account of a shooting and M23's blame of the FDLR -> every
    # alternative plus unknown on the core, M23's blame a non-core copy with its own actor1; "Three weeks ago" -> the
    # Monday-Sunday week around Wednesday 11 June; "about 10 km north of Rutshuru centre" -> LKM
    E(True, "in a village about 10 km north of Rutshuru centre, the bodies of eleven men were found in a field after M23 fighters passed through",
      VAC, ATTACK, actor1=M23_12 + FDLR + UNK, actor2=CIV + ["eleven men", "men"], location=RUTSHURU_N,
      date=D("2025-06-09", "2025-06-15"), killed=R(11), source=KAHINDO + ["families"] + KH),
    E(False, "M23 says the FDLR did it", VAC, ATTACK, actor1=FDLR, actor2=CIV + ["eleven men"], location=RUTSHURU_N,
      date=D("2025-06-09", "2025-06-15"), source=M23),
    # "last night" -> Tuesday and Wednesday; a locality we cannot pin -> names and country
    E(True, "Armed men abducted three farmers from their fields near Nyamilima and are asking for a ransom", VAC,
      ABDUCT, actor1=UNK + ["Armed men", "armed men"], actor2=CIV + ["three farmers", "farmers"],
      location=NYAMILIMA, date=D("2025-07-01", "2025-07-02"), source=KAHINDO + KH),
    # a strike and march met with shots in the air and an arrest -> Protest with intervention
    E(True, "the motorcycle-taxi drivers of Rutshuru went on strike and marched to the M23 administration office against the new taxes",
      PRO, INTERVENTION, **PROTEST_SIDES(M23_12 + ["motorcycle-taxi drivers", "taxi drivers"]),
      location=RUTSHURU, date=D("2025-06-28"), source=KAHINDO + KH),
    # background: the Washington agreement "last week" -> Monday 23 to Sunday 29 June, non-core
    E(False, "the agreement signed in Washington last week", STR, AGREE,
      actor1=["Democratic Republic of Congo", "Government of the Democratic Republic of Congo", "Kinshasa", "DRC"],
      actor2=["Rwanda", "Government of Rwanda", "Kigali"], location=L(["Washington"], 38.90, -77.04, "US"),
      date=D("2025-06-23", "2025-06-29"), source=KH),
    E(False, "Since January our network has counted 212 civilians killed in Rutshuru territory", VAC, ATTACK,
      actor1=M23_12 + FDLR + WAZALENDO + UNK, actor2=CIV, location=RUT_TERR, date=D("2025-01-01", "2025-07-02"),
      killed=R(212), source=KAHINDO, aggregate=True),
    # the interviewee's conditional -> hypothetical
    E(False, "If the talks fail, the war will come back to every village", BAT, CLASH, actor1=M23_12 + FARDC12,
      actor2=FARDC12 + WAZALENDO + M23_12, location=RUT_TERR, source=KAHINDO, status="hypothetical"),
    # no gold: the headline and "They said they were looking for Wazalendo" (generic), the twelve who came back,
    # "The families say they were shot" (inside the killing), "the FARDC did not answer", the shots in the air and
    # the leader's arrest (inside the protest), the Doha talks
]
DOCS.append(
    (
        "dev-y-12",
        "Kivu Hebdo (interview)",
        "2025-07-02",
        "interview in Q&A form",
        "DR Congo/North Kivu in a civil-society leader's answers: a round-up of 'about forty young men' in Kiwanja "
        "'last week' and M23's 'fewer than ten', fighting 'Since Sunday' around Rubaya with 'five to seven' civilians "
        "dead, a drone on a house ('a woman and her two children', 'People say it was an army drone'), eleven bodies "
        "'about 10 km north of Rutshuru centre' 'Three weeks ago' with M23's blame of the FDLR, an abduction 'last "
        "night', a strike and march met with shots, the Washington agreement, a count, a conditional; typographic "
        "quotes",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-y-12", "Wednesday 2 July 2025 / last night (end)", "2025-07-02", "Wednesday"),
    ("dev-y-12", "last night (start)", "2025-07-01", "Tuesday"),
    ("dev-y-12", "On Monday evening", "2025-06-30", "Monday"),
    ("dev-y-12", "Since Sunday", "2025-06-29", "Sunday"),
    ("dev-y-12", "On Saturday", "2025-06-28", "Saturday"),
    ("dev-y-12", "last week ... On Thursday", "2025-06-26", "Thursday"),
    ("dev-y-12", "last week (start)", "2025-06-23", "Monday"),
    ("dev-y-12", "Three weeks ago (Wednesday 11 June; week start)", "2025-06-09", "Monday"),
]

# =============================================================================
# dev-y-13  newspaper's correction notice that restates a story with corrected figures — Myanmar's Sagaing Region: a village in Kani Township, the Shwebo-Ye-U road, Kyauk-Sin in Pale Township, a checkpoint on the Monywa-Mandalay road at Monywa, the entrance to Kalay (Thu 5 Dec 2024; the corrected article first ran on Tue 3 Dec)
# =============================================================================
T13 = """Correction: Junta air strike kills 21 in Kani Township village; Shwebo PDF claims ambush on convoy

Chindwin Courier | Corrections and clarifications | Thursday 5 December 2024

An article published on Tuesday, 3 December, under the headline "Junta air strikes kill 31 in Sagaing villages" contained several errors. The death toll in the air strike was 21, not 31; the strike took place on Saturday night, not on Sunday; and the village burned by troops lies in Pale Township, not Salingyi Township. We also wrongly attributed the ambush on the Shwebo-Ye-U road to the Ye-U PDF; it was claimed by the Shwebo District PDF. We regret the errors. The corrected article follows.

A junta aircraft dropped two 500-pound bombs on a village in Kani Township, Sagaing Region, on Saturday night, killing 21 civilians, among them a pregnant woman and six children, residents and a local relief group said. At least 30 people were wounded, some of them taken to clinics in neighbouring Yinmabin Township.

The junta's information team said the air force had struck "a PDF training camp" in Kani Township, and called reports of civilian deaths "fake news".

The Shwebo District People's Defence Force said its fighters ambushed a junta convoy of about 15 trucks on the Shwebo-Ye-U road on Sunday, killing more than 20 soldiers. An earlier version of this article said "dozens". The claim could not be independently verified.

Junta troops set fire to more than 150 houses in the village of Kyauk-Sin in Pale Township on Monday after residents fled an advancing column, the township's People's Administration said.

In Monywa, the Sagaing regional capital, soldiers and police detained at least 12 people, among them two university students, at a checkpoint on the Monywa-Mandalay road on Sunday, relatives said.

Resistance drones dropped bombs on a military checkpoint at the entrance to Kalay on Saturday, wounding two soldiers, according to state media.

The research group Sagaing Data Watch recorded more than 40 junta air strikes in the region in November, the highest monthly figure this year.
"""

JUNTA13 = JUNTA + ["junta's information team", "junta convoy", "military checkpoint", "Junta troops"]
SHWEBO_PDF = ["Shwebo District People's Defence Force", "Shwebo District PDF", "Shwebo PDF", "its fighters"] + PDF
MMPOL = ["police", "Myanmar Police Force", "Police Forces of Myanmar"]
CC = ["Chindwin Courier", "author"]
JUNTASRC13 = ["junta's information team", "information team", "junta", "state media"]
KANI = L(["Kani Township", "Kani", "village in Kani Township", "Sagaing Region"], cc="MM")
# the Shwebo-Ye-U road runs ~40 km -> names and country
SHWEBO_YEU = L(["Shwebo-Ye-U road", "Shwebo", "Ye-U", "Sagaing Region"], cc="MM")
PALE = L(["Kyauk-Sin", "village of Kyauk-Sin", "Pale Township", "Pale"], cc="MM")
MONYWA = L(["Monywa", "Monywa-Mandalay road", "checkpoint on the Monywa-Mandalay road"], 22.11, 95.13, "MM")
KALAY = L(["Kalay", "Kale", "Kalemyo", "entrance to Kalay"], 23.19, 94.06, "MM")
SAGAING = L(["Sagaing Region", "Sagaing", "the region"], cc="MM")
E13 = [
    # the corrected telling: 21 killed, "At least 30 people were wounded" a sentence later -> injured 30..open; "on
    # Saturday night" -> Saturday and Sunday (the same days from the first run on Tuesday 3 December and from the
    # notice on Thursday 5 December); a village in a township -> names and country
    E(True, "A junta aircraft dropped two 500-pound bombs on a village in Kani Township, Sagaing Region, on Saturday night, killing 21 civilians, among them a pregnant woman and six children",
      EXP, AIR, actor1=JUNTA13, actor2=CIV + ["village", "pregnant woman", "six children"], location=KANI,
      date=D("2024-11-30", "2024-12-01"), killed=R(21), injured=R(30, None),
      source=["residents", "local relief group", "relief group"] + CC),
    E(False, "At least 30 people were wounded", EXP, AIR, actor1=JUNTA13, actor2=CIV, location=KANI,
      date=D("2024-11-30", "2024-12-01"), injured=R(30, None), source=["residents", "local relief group"] + CC),
    # the notice's own restatements of the strike -> non-core copies: the corrected toll, the corrected day, and
    # the retracted headline's 31 (the event stands, the figure is withdrawn: kept as a non-core copy so that a
    # system reading it is neither rewarded nor punished)
    E(False, "The death toll in the air strike was 21, not 31", EXP, AIR, actor1=JUNTA13, actor2=CIV, location=KANI,
      date=D("2024-11-30", "2024-12-01"), killed=R(21), source=CC),
    E(False, "the strike took place on Saturday night, not on Sunday", EXP, AIR, actor1=JUNTA13, actor2=CIV,
      location=KANI, date=D("2024-11-30", "2024-12-01"), source=CC),
    E(False, "Junta air strikes kill 31 in Sagaing villages", EXP, AIR, actor1=JUNTA13, actor2=CIV + ["villages"],
      location=SAGAING, date=D("2024-11-30", "2024-12-01"), killed=R(31),
      source=["earlier version", "article published on Tuesday"] + CC),
    E(False, "Junta air strike kills 21 in Kani Township village", EXP, AIR, actor1=JUNTA13, actor2=CIV + ["village"],
      location=KANI, date=D("2024-11-30", "2024-12-01"), killed=R(21), source=CC),
    # the junta names another object ("a PDF training camp") -> a core version of its own; its "fake news" -> a
    # non-core denied copy of the civilians' telling
    E(True, 'the air force had struck "a PDF training camp" in Kani Township', EXP, AIR, actor1=JUNTA13,
      actor2=PDF + ["PDF training camp", "training camp"], location=KANI, date=D("2024-11-30", "2024-12-01"),
      source=JUNTASRC13),
    E(False, 'called reports of civilian deaths "fake news"', EXP, AIR, actor1=JUNTA13, actor2=CIV, location=KANI,
      date=D("2024-11-30", "2024-12-01"), source=JUNTASRC13, status="denied"),
    # a party's claim -> core, sourced to it; "more than 20" -> 21..open (the earlier "dozens" withdrawn); the
    # notice's correction of the claimant -> a non-core copy; the headline's copy too
    E(True, "its fighters ambushed a junta convoy of about 15 trucks on the Shwebo-Ye-U road on Sunday, killing more than 20 soldiers",
      BAT, CLASH, actor1=SHWEBO_PDF + JUNTA13, actor2=JUNTA13 + SHWEBO_PDF, location=SHWEBO_YEU,
      date=D("2024-12-01"), killed=R(21, None), source=["Shwebo District People's Defence Force", "Shwebo District PDF"]),
    E(False, "We also wrongly attributed the ambush on the Shwebo-Ye-U road to the Ye-U PDF", BAT, CLASH,
      actor1=SHWEBO_PDF, actor2=JUNTA13, location=SHWEBO_YEU, date=D("2024-12-01"), source=CC),
    E(False, "Shwebo PDF claims ambush on convoy", BAT, CLASH, actor1=SHWEBO_PDF, actor2=JUNTA13 + ["convoy"],
      location=SHWEBO_YEU, date=D("2024-12-01"), source=CC + ["Shwebo PDF"]),
    # houses burned with no one hurt told -> Looting/property destruction; the location corrected in the notice ->
    # a non-core copy
    E(True, "Junta troops set fire to more than 150 houses in the village of Kyauk-Sin in Pale Township on Monday",
      STR, LOOT, actor1=JUNTA13, actor2=CIV + ["houses", "village of Kyauk-Sin", "residents"], location=PALE,
      date=D("2024-12-02"), source=["People's Administration", "township's People's Administration"] + CC),
    E(False, "the village burned by troops lies in Pale Township, not Salingyi Township", STR, LOOT, actor1=JUNTA13,
      actor2=CIV + ["village"], location=PALE, date=D("2024-12-02"), source=CC),
    E(True, "soldiers and police detained at least 12 people, among them two university students, at a checkpoint on the Monywa-Mandalay road on Sunday",
      STR, ARRESTS, actor1=JUNTA13 + MMPOL, actor2=CIV + ["12 people", "university students", "students"],
      location=MONYWA, date=D("2024-12-01"), source=["relatives"] + CC),
    # "Resistance drones" -> the PDF and other resistance forces plus unknown
    E(True, "Resistance drones dropped bombs on a military checkpoint at the entrance to Kalay on Saturday, wounding two soldiers",
      EXP, AIR, actor1=PDF + ["Resistance drones"] + UNK, actor2=JUNTA13, location=KALAY, date=D("2024-11-30"),
      injured=R(2), source=["state media"] + CC),
    E(False, "recorded more than 40 junta air strikes in the region in November", EXP, AIR, actor1=JUNTA13,
      actor2=CIV + PDF, location=SAGAING, date=D("2024-11-01", "2024-11-30"),
      source=["Sagaing Data Watch", "research group"], aggregate=True),
    # no gold: "An earlier version of this article said 'dozens'" (no act), "The claim could not be independently
    # verified", "after residents fled an advancing column", the wounded taken to clinics in Yinmabin Township
]
DOCS.append(
    (
        "dev-y-13",
        "Chindwin Courier (correction notice)",
        "2024-12-05",
        "newspaper's correction notice that restates a story with corrected figures",
        "Myanmar/Sagaing: a correction (21 not 31 dead, Saturday night not Sunday, Pale not Salingyi, another PDF) "
        "and the restated story - a junta air strike on a Kani Township village ('a pregnant woman and six "
        "children', 'At least 30' wounded a sentence later) with the junta's 'PDF training camp' and 'fake news', a "
        "PDF ambush claim ('more than 20' soldiers, earlier 'dozens'), houses burned, checkpoint detentions, a "
        "resistance drone strike, a monthly count",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-y-13", "Thursday 5 December 2024", "2024-12-05", "Thursday"),
    ("dev-y-13", "Tuesday, 3 December (the first run)", "2024-12-03", "Tuesday"),
    ("dev-y-13", "on Monday", "2024-12-02", "Monday"),
    ("dev-y-13", "on Sunday / Saturday night (end)", "2024-12-01", "Sunday"),
    ("dev-y-13", "on Saturday night (start) / on Saturday", "2024-11-30", "Saturday"),
]

# =============================================================================
# dev-y-14  opinion column mixing argument with reported incidents — Colombia's Cauca: Suárez, Toribío, Santander de Quilichao, El Plateado in Argelia, Morales, Cajibío, Popayán (Sun 19 Apr 2026)
# =============================================================================
T14 = """Cauca cannot wait for another round of talks

Andean Ledger | Opinion | Sunday 19 April 2026 | By Mariana Ocampo Ruiz

POPAYÁN - Every government promises Cauca peace, and every year Cauca buries more of its people. April has been no exception, and it is worth listing what happened, because lists are harder to ignore than speeches.

On Friday, a drone dropped two explosive charges on the police station in Suárez, wounding two officers and a nine-year-old girl who was walking past with her mother. The police blamed the Jaime Martínez front of the FARC dissidents known as the Estado Mayor Central; the group has not commented.

Last week, gunmen shot dead Emilio Guetio, 43, a coordinator of the indigenous guard, outside his home in Toribío. The Nasa authorities say the killers belonged to the Dagoberto Ramos front, which had accused him in a pamphlet of informing for the army.

Three weeks ago, a motorcycle loaded with explosives blew up near the bus terminal in Santander de Quilichao, killing a street vendor and wounding eight people.

Early this month, soldiers and dissidents fought for two days in the hills around El Plateado, in Argelia. The army says it killed four guerrillas; the community says a farmer and his teenage son were caught in the crossfire and killed.

In the last days of March, dozens of fighters attacked the police station in Morales with rifles and homemade mortars, killing or wounding eleven officers.

On Tuesday, armed men kidnapped two engineers working for a road contractor near Cajibío. Nobody has claimed them.

And on Wednesday, thousands of Nasa people marched into Popayán in a minga to demand that the state protect their leaders. The march was peaceful, as these marches almost always are; the violence comes from elsewhere.

According to the governor's office, drones have been used against security forces in Cauca 30 times in a month. The dissidents' drones are not a "new modality", as the ministry likes to say. They are the old war with new wings.

Bogotá answers each attack with the same two sentences: more troops, and the door to dialogue remains open. This week the defence ministry promised to send 1,500 more soldiers to the department. Cauca has heard that before. If the talks resume without a verifiable ceasefire, the fronts will use them, as they did after the 2016 peace agreement, to recruit and rearm.

Cauca does not need another round of talks. It needs a state that arrives before the drone does.
"""

EMC = ["Estado Mayor Central", "EMC", "FARC dissidents", "dissidents", "FARC-EP dissidents", "guerrillas",
       "the fronts", "fighters"]
JAIME_M = ["Jaime Martínez front", "Jaime Martinez front", "Jaime Martínez"] + EMC
DAGOBERTO = ["Dagoberto Ramos front", "Dagoberto Ramos"] + EMC
CARLOS_P = ["Carlos Patiño front", "Carlos Patino front"] + EMC
COLPOL = ["Colombian National Police", "National Police of Colombia", "Police Forces of Colombia", "police",
          "police station", "officers"]
COLARMY = ["Colombian army", "National Army of Colombia", "Military Forces of Colombia", "army", "soldiers",
           "security forces"]
AL = ["Andean Ledger", "Mariana Ocampo Ruiz", "author"]
SUAREZ = L(["Suárez", "Suarez", "police station in Suárez"], 2.96, -76.69, "CO")
TORIBIO = L(["Toribío", "Toribio"], 2.95, -76.27, "CO")
SANTANDER_Q = L(["Santander de Quilichao", "bus terminal in Santander de Quilichao"], 3.01, -76.48, "CO")
EL_PLATEADO = L(["El Plateado", "hills around El Plateado", "Argelia"], cc="CO")
MORALES = L(["Morales", "police station in Morales"], 2.76, -76.63, "CO")
CAJIBIO = L(["Cajibío", "Cajibio", "near Cajibío"], 2.62, -76.57, "CO")
POPAYAN = L(["Popayán", "Popayan"], 2.44, -76.61, "CO")
CAUCA = L(["Cauca", "the department"], cc="CO")
E14 = [
    # the police's blame, no claim -> the front plus unknown; "wounding two officers and a nine-year-old girl" ->
    # injured 3; "On Friday" in a Sunday column -> 17 April
    E(True, "a drone dropped two explosive charges on the police station in Suárez, wounding two officers and a nine-year-old girl who was walking past with her mother",
      EXP, AIR, actor1=JAIME_M + UNK, actor2=COLPOL + CIV + ["nine-year-old girl", "girl"], location=SUAREZ,
      date=D("2026-04-17"), injured=R(3), source=AL + ["police"]),
    # an indigenous guard coordinator (the unarmed community guard) shot at home -> Violence against civilians;
    # blamed by the Nasa authorities -> the front plus unknown; "Last week" in a Sunday column -> 6 to 12 April
    E(True, "gunmen shot dead Emilio Guetio, 43, a coordinator of the indigenous guard, outside his home in Toribío",
      VAC, ATTACK, actor1=UNK + ["gunmen"] + DAGOBERTO, actor2=CIV + ["Emilio Guetio", "indigenous guard"],
      location=TORIBIO, date=D("2026-04-06", "2026-04-12"), killed=R(1),
      source=AL + ["Nasa authorities"]),
    # a motorcycle bomb -> Remote explosive/landmine/IED; no one named -> unknown; "Three weeks ago" from Sunday 19
    # April -> the Monday-Sunday week ending 29 March
    E(True, "a motorcycle loaded with explosives blew up near the bus terminal in Santander de Quilichao, killing a street vendor and wounding eight people",
      EXP, IED, actor1=UNK + EMC, actor2=CIV + ["street vendor", "eight people", "bus terminal"],
      location=SANTANDER_Q, date=D("2026-03-23", "2026-03-29"), killed=R(1), injured=R(8), source=AL),
    # two days of fighting "Early this month" -> 1 to 10 April; each side's dead from a different source (the
    # army's four guerrillas / the community's farmer and son) -> summed on the core, 6..open (dev_r's Sabiid
    # rule), each figure a non-core copy; El Plateado is a village we cannot pin -> names and country
    E(True, "soldiers and dissidents fought for two days in the hills around El Plateado, in Argelia", BAT, CLASH,
      actor1=COLARMY + CARLOS_P, actor2=CARLOS_P + COLARMY, location=EL_PLATEADO, date=D("2026-04-01", "2026-04-10"),
      killed=R(6, None), source=AL + ["army", "community"]),
    E(False, "The army says it killed four guerrillas", BAT, CLASH, actor1=COLARMY, actor2=CARLOS_P,
      location=EL_PLATEADO, date=D("2026-04-01", "2026-04-10"), killed=R(4, None),
      source=["army", "Colombian army"]),
    E(False, "the community says a farmer and his teenage son were caught in the crossfire and killed", BAT, CLASH,
      actor1=COLARMY + CARLOS_P, actor2=CIV + ["farmer", "teenage son"], location=EL_PLATEADO,
      date=D("2026-04-01", "2026-04-10"), killed=R(2), source=["community"]),
    # fighters attacking a police station -> Battles; "killing or wounding eleven officers" (one side, not split)
    # -> casualties 11..open; "In the last days of March" -> 25 to 31 March
    E(True, "dozens of fighters attacked the police station in Morales with rifles and homemade mortars, killing or wounding eleven officers",
      BAT, CLASH, actor1=UNK + EMC + COLPOL, actor2=COLPOL + EMC, location=MORALES, date=D("2026-03-25", "2026-03-31"),
      casualties=R(11, None), source=AL),
    E(True, "armed men kidnapped two engineers working for a road contractor near Cajibío", VAC, ABDUCT,
      actor1=UNK + ["armed men"], actor2=CIV + ["two engineers", "engineers", "road contractor"], location=CAJIBIO,
      date=D("2026-04-14"), source=AL),
    # a minga march, "peaceful" -> Peaceful protest
    E(True, "thousands of Nasa people marched into Popayán in a minga to demand that the state protect their leaders",
      PRO, PEACEFUL, actor1=PROTESTERS + ["Nasa people", "thousands of Nasa people", "minga"], location=POPAYAN,
      date=D("2026-04-15"), source=AL),
    # "30 times in a month" -> aggregate (the month to publication)
    E(False, "drones have been used against security forces in Cauca 30 times in a month", EXP, AIR, actor1=EMC,
      actor2=COLARMY + COLPOL, location=CAUCA, date=D("2026-03-20", "2026-04-19"),
      source=["governor's office", "Cauca governor's office"], aggregate=True),
    # the ministry's promise -> planned deployment
    E(False, "the defence ministry promised to send 1,500 more soldiers to the department", STR, BASE,
      actor1=COLARMY + ["defence ministry", "Government of Colombia"], location=CAUCA,
      source=["defence ministry", "Colombian defence ministry"], status="planned"),
    # background: the 2016 agreement -> non-core
    E(False, "the 2016 peace agreement", STR, AGREE, actor1=["Government of Colombia", "Colombian government"],
      actor2=["FARC", "FARC-EP", "Revolutionary Armed Forces of Colombia"], location=L(["Colombia"], cc="CO"),
      date=D("2016-01-01", "2016-12-31"), source=AL),
    # no gold: the pamphlet's accusation, "Nobody has claimed them", "the old war with new wings" and "before the
    # drone does" (metaphors), "If the talks resume without a verifiable ceasefire, the fronts will use them ... to
    # recruit and rearm" (a conditional with no act of violence), "the same two sentences" (generic)
]
DOCS.append(
    (
        "dev-y-14",
        "Andean Ledger (opinion)",
        "2026-04-19",
        "opinion column mixing argument with reported incidents",
        "Colombia/Cauca in a columnist's list: a drone on a police station 'On Friday' ('two officers and a "
        "nine-year-old girl'), an indigenous guard shot 'Last week', a motorcycle bomb 'Three weeks ago', two days "
        "of fighting 'Early this month' with each side's dead from a different source ('a farmer and his teenage "
        "son'), an attack 'killing or wounding eleven officers' 'In the last days of March', a kidnapping, a minga "
        "march, '30 times in a month', a promised deployment, the 2016 agreement, metaphors and a conditional",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-y-14", "Sunday 19 April 2026", "2026-04-19", "Sunday"),
    ("dev-y-14", "On Friday", "2026-04-17", "Friday"),
    ("dev-y-14", "on Wednesday", "2026-04-15", "Wednesday"),
    ("dev-y-14", "On Tuesday", "2026-04-14", "Tuesday"),
    ("dev-y-14", "Last week (start)", "2026-04-06", "Monday"),
    ("dev-y-14", "Last week (end)", "2026-04-12", "Sunday"),
    ("dev-y-14", "Three weeks ago (Sunday 29 March)", "2026-03-29", "Sunday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_y", check_y, strip_text=True)


if __name__ == "__main__":
    main()
