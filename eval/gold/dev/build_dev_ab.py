"""Writes dev_ab.gold.jsonl: fourteen development articles, nine from the Middle East - southern Iraq (the Basra
provincial government building, Qurna north of Basra, Amara in Maysan province), Iraqi Kurdistan (the outskirts of
Halabja, the Sulaimani-Halabja road 12 km west of Halabja, Zrgwez 20 km south-east of Sulaimani, the Penjwen border
areas, Sulaimani city), Syria's Hama countryside (the desert east of Salamiyah, Mhardeh, the northern Ghab plain, the
desert between Salamiyah and Ithriya, Salamiyah city, the Salamiyah-Ithriya road), Quneitra and the Golan line
(al-Hamidiyah, Jubata al-Khashab, Khan Arnabah, al-Baath City, the Tall al-Ahmar hill above Kudna), Ramallah and East
Jerusalem (al-Bireh, Turmus Ayya north-east of Ramallah, Silwan's al-Bustan, Damascus Gate), Sidon and the Ain
al-Hilweh camp, Yemen (hills 15 km north-west of Saada city, al-Mahdhar in Saada's Sahar district, Sanaa's Jabal
Nuqum, Hadda and Shu'ub; a missile at Ben Gurion airport), Libya (Tripoli's Abu Salim, Salah al-Din and Martyrs'
Square; Zawiya) and Iran's Khuzestan (Ahvaz's Kianpars and Kut-e Abdollah, Susangerd and Hamidiyeh, a pipeline 20 km
west of Ahvaz) - and five from elsewhere - Niger's Tillabéri region (a market village 18 km east of Téra, a well near
Ouallam, a patrol 30 km north of Ouallam, Tillabéri town), Cameroon's North-West region (Ndop's Bamunka quarter,
Bambui on the outskirts of Bamenda, Bamenda's Nkwen), India's Manipur (Thamnapokpi and Sanasabi in Imphal East
district, Khurai; Churachandpur and Tuibuong), DR Congo's Ituri (a displacement site 25 km north-east of Bunia in
Djugu territory, Bunia, Djugu centre) and Haiti's Artibonite (Liancourt, the Pont-Sondé bridge, National Road 1 north
of Saint-Marc, Saint-Marc) - published 2024-2025, written for this project in our own words, with hand-made gold
events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or any other set's gold. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, fourteen kinds of outlet, the set rich in what coders find hard - counts in words and figures,
ranges ("five to seven", "around 400-500" crowds that are no tolls), "at least", "dozens", "more than 20", "several",
"hundreds", kin and ages, "killing or wounding", "no casualties"; tolls told a sentence or a post later or raised;
relative dates (last night, on Tuesday, the day before yesterday, two weeks ago, early this month, late last year, a
holiday) and relative places; attribution, claims, denials, a retraction, hedges, plans, threats, conditionals,
forecasts, aggregates, background and metaphors; two versions of one event; uncertain perpetrators:
(1) a regional newspaper's dateline story "BASRA, Iraq (Shatt al-Arab Courier) -": a power-cut protest "late on
Monday" in two versions (the health official's dead man and "at least 11" wounded / the police's six officers hurt by
"infiltrators") with the police's denial of live fire and the witnesses' detail, a planned protest, a clan gunfight in
Qurna ("five to seven" wounded, a 14-year-old), the army's arrests "said on Monday" and a seizure, the elders'
conditional threat, a year's count, a lawyer shot in Amara and an arrest, 2019 background ("hundreds"); (2) the
Sulaimani Asayish's numbered statement: a Daesh cell arrested "on Thursday evening" on the outskirts of Halabja with
belts seized, its plot against the Prophet's birthday gatherings (planned), an IED defused "Early this month" "about
12 km west of Halabja", a drone of "a neighbouring country" near Zrgwez, shells "from across the border" on Penjwen
("There were no casualties"), a denied shooting of teachers and their peaceful gathering ("no one was hurt"), the
year's counts; (3) a monitor's daily log for Hama: an ambush on truffle hunters and their NDF escort (kin, the
wounded a sentence later), a landmine "About 30 km east of Salamiyah" ("believed to have been planted by ISIS"), a
drone on a house in Mhardeh with an unconfirmed blame, shelling of the Ghab plain ("causing no casualties"), 14
Russian strikes in a day ("killing or wounding at least 12"), conscription arrests, an update raising a toll to three,
a season's tally, a fear, 2019 background; (4) a local radio transcript from Quneitra: a demolition "Last night, around
ten o'clock" ("no one was inside"), shepherds detained "The day before yesterday", a protest "Yesterday afternoon" in
two versions (a young man hit / "warning shots into the air"), a cache seized, a new hilltop position built "for about
two weeks", a count, a caller's prediction and conditional, the buffer-zone move as background; (5) a live blog,
newest first, on Ramallah and East Jerusalem: a raid's arrests in two versions (four / five), cash confiscated,
stone-throwing met with live fire whose wounded come at 11:20 and whose death at 17:05, the army's "rioters", settler
arson ("No one was injured"), a demolition in Silwan (a self-demolition: no gold), a protest at Damascus Gate with
detentions, a minister's forecast, OCHA's count; (6) an NGO field report on Ain al-Hilweh and Sidon: a commander shot,
night clashes in two versions (three dead and "at least 14" wounded / four), a ceasefire, arrests at a checkpoint, a
drone strike on a car whose driver is "a Hamas operative" to the army, a count, 2023 background, a conditional; (7) a
fact-checking desk on four Houthi claims: a drone shot down over Saada (an official's "went down" "in recent days";
wreckage "about 15 km north-west of Saada city"; a running count), strikes on a Saada village in two versions (12 dead /
CENTCOM's facilities), night strikes on Sanaa blamed on "the American-Israeli aggression", a missile at Ben Gurion and
its interception, detentions "last week" versus a "spy network", a conditional threat; (8) a UN human rights briefing
note on Libya: night clashes in Tripoli in two tolls (the UN's "at least eight" civilians and "dozens" wounded / the
Emergency Medicine Centre's 11), the commander's killing as trigger, a truce, a conditional, a protest with shots in
the air and journalists detained, Zawiya clashes "last week" ("five to seven"), migrants abducted "early this month",
a count "killed or injured at least 40"; (9) a security consultancy's client brief on Khuzestan: a night protest in
Ahvaz in two versions (a dead man and "at least nine" wounded / "several" officers hurt by "rioters") with the
officials' denial, three nights, arrests "between Saturday and Tuesday", an attack on a checkpoint blamed on
"separatist elements" or a clan, a pipeline blast that "may have been" sabotage, 2021 background, forecasts and a
conditional; (10) a Manipur police press note: hill-range firing ("No casualty has been reported so far"), explosives
"reportedly dropped from a drone" on a woman "aged 52 years" and her grandson, a mob of "around 400-500" at the SP's
office with the injured three sentences later, a background arrest, weapons recovered, a KCP (PWG) cadre arrested,
a running count, a rumoured abduction declared false; (11) a corrected and updated Ituri article: the withdrawn first
version (ADF, 12 dead), an attack on a displacement site "about 25 km north-east of Bunia" in two versions ("at least
19" and "more than 30" wounded / 23), four women abducted, the army's four attackers killed and MONUSCO's exchange of
fire, a march in Bunia with tear gas and arrests, a lynching, generic blame, background "two years ago", a UN count;
(12) a separatist partisan site on Cameroon's North-West: a BIR raid on Ndop versus the governor's "neutralised two
terrorists", an ambush at Bambui in two versions ("at least six ... to their graves" / two wounded), an abduction
framed as an "arrest" and a threat, a claimed IED, a school burned "reportedly" by "unknown persons", a count,
metaphors and threats; (13) a weekend feature from Tillabéri: a market massacre "Last Friday" in two tolls (22 /
"at least 34" and "dozens" wounded) by ISSP or JNIM, livestock taken, a chief taken "Late last year", a drone strike
"two weeks ago" told as herders at a well and as "a terrorist gathering", an ambush "about 30 km north of Ouallam", a
journalist arrested, a year's count, a conditional plan, a metaphor; (14) a Haiti wire story: a gang attack on
Liancourt in two versions ("at least 17" and "At least 10" wounded / "more than 20"), a bridge retaken ("several
bandits"), the gang's hold "since late last year", a commander's "last week" and warning, a kidnapping "just north of
Saint-Marc", a peaceful march, a UN count.
The incidents are invented or composite, with invented names of people, outlets and some villages (Dhendro, Darey
Tondi, al-Mahdhar); the gold encodes what each TEXT says, including its slant, hedges and sources, not what is true.
Articles are 316-407 words (the brief allowed 250-600, but goldkit's check_article, kept unchanged, caps a document at
450); check_ab below adds the 250-word floor and the 2024-01-01..2026-12-31 window to goldkit's check_article.

Run:  cd /work/devab && python3 build_dev_ab.py   (stdlib + goldkit only; checks every evidence string occurs exactly
once in its text, word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number
ranges, then writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it the earlier sets'), kept unchanged - among
them "No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only; "dozens" 24..open;
"several" 3..open; "at least N" N..open; "more than N" N+1..open; one side's count in a clash -> N..open; a toll told
later or revised -> folded into the core event, the toll sentence a non-core copy; "N km <direction> of X" -> LKM;
"east of X" or "on the outskirts of X" without a distance -> X's point; districts, plains, deserts, hills, roads and
unpinned villages -> names and country; "overnight" / "on X night" / "the night of X to Y" -> both days; "last week" ->
Monday to Sunday; uncertain or blamed perpetrators -> every alternative plus unknown; a party's claim -> core,
occurred, sourced to it; another object named by the other side -> one core event per version; the same object told
two ways -> one core event, the other telling a non-core copy; "neutralised" -> no number field; headlines that state
an event -> non-core copies; denials, plans, threats, conditionals, aggregates and background -> non-core; an attack on
an armed member of a force -> Battles; a lynching -> Riots/Mob violence.
Added or made explicit here:
- "hundreds" killed -> 200..open; "killing or wounding at least 12" / "killed or injured at least 40" -> casualties
  only; "No casualty has been reported so far" -> killed and injured 0..0; "No one was injured" -> injured 0..0 only;
  "no one was inside" (no one hurt implied, not stated) -> no number field; a crowd of "around 400-500" is no toll.
- Three wounded (one critically) in one post, the critical one's death in a later post -> killed 1, injured 2..3 on
  the core event; each post a non-core copy.
- One protest told as a shooting of protesters by one side and as a riot that hurt officers by the other -> one core
  event per version, each with its own type (Protests/Excessive force; Riots/Violent demonstration) and numbers; a
  protest met with live fire that hits someone -> Excessive force, with shots in the air only -> Protest with
  intervention.
- Arrests told by two sources with different counts (four / five) -> one core event per version; detentions inside a
  protest or a raid -> non-core Arrests; a seizure inside an arrest raid -> non-core Disrupted weapons use; weapons
  recovered in a search or a cache seized -> core Disrupted weapons use; cash confiscated -> non-core Looting/property
  destruction; a municipal demolition -> core Looting/property destruction; a householder's own demolition -> no gold.
- A correction's withdrawn version (another perpetrator, another toll) -> non-core, status denied, source the outlet.
- A separatist group's "arrest" of a civilian official -> Violence against civilians/Abduction; a rumour the police
  call false -> non-core denied.
- A drone of "a neighbouring country" over Sulaimani -> Turkey, Iran and unknown; shells "from across the border" at
  Penjwen -> Iran and unknown.
- An ambush on truffle hunters and their NDF escort where the text stresses the hunters (six of nine dead, kin) ->
  Violence against civilians/Attack.
- Fourteen strikes by one air force on one desert area in one day -> one core event, not an aggregate.
- An explosion that "may have been an act of sabotage" -> a core IED event with status possible; a missile
  "intercepted before it reached Israeli territory" -> no location; two people hurt running to shelters -> no number
  field on the missile.
- A plot against a holiday's gatherings with explosive belts -> a non-core planned Suicide bomb dated to the holiday
  (the Prophet's birthday, 15-16 September 2024).
- A wave of arrests in two named towns "between Saturday and Tuesday" told as one -> one core event over those days.
- "Last Friday" in a Sunday paper -> both candidate Fridays; "two weeks ago" in a Sunday paper -> the week two weeks
  back plus four days (10-20 March); "for about two weeks" -> the last fifteen days; "Early this month" -> the 1st to
  the 10th; "Late last year" / "since late last year" -> October to December; "the summer of 2023" -> June to
  September; "two years ago" -> that calendar year; "in recent days" -> the week before publication.
- Unconditional forecasts (an analyst's, a caller's, a minister's) -> planned; conditional ones and fears ("may step
  up") -> hypothetical; an actor's own conditional threat or plan -> planned, as before.
- East Jerusalem locations carry coordinates and no country.
- Drug arrests, displacement figures, a convoy's movement, an incursion as such and the fall of a government as a
  reference -> no gold."""

import math

from goldkit import (
    ABDUCT,
    AGREE,
    AIR,
    ARRESTS,
    ATTACK,
    BAT,
    BASE,
    CHANGE,
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


# goldkit's check_article (layout, at most 450 words, fields, values, ranges) plus this set's 250-word floor and
# its 2024-01-01..2026-12-31 publication window.
check_ab = windowed_check("2024-01-01", "2026-12-31", min_words=250)


def KM(lat, lon, km, bearing):
    """The point ``km`` kilometres from (lat, lon) on a compass bearing in degrees (0 north, 90 east), rounded to
    0.01 degree: the gold point for "20 km north of X" when the text gives a distance and a direction."""
    b = math.radians(bearing)
    dlat = km * math.cos(b) / 111.0
    dlon = km * math.sin(b) / (111.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 2), round(lon + dlon, 2)


def LKM(names, lat, lon, km, bearing, cc=None):
    """A gold location placed ``km`` from a pinned town on a bearing (see KM)."""
    plat, plon = KM(lat, lon, km, bearing)
    return L(names, plat, plon, cc)


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three letters are
# left out on purpose: the scorer matches by case-insensitive containment either way. Each list holds the canonical
# name, abbreviations and the surface forms the text uses, loaded labels too.
# Coordinates only for towns, cities, camps and neighbourhoods we can pin to ~0.05 degrees from our own knowledge;
# villages (several of them invented), districts, plains, hills, deserts, roads and sites we cannot pin get names and
# a country only, unless the text places them by a distance and a direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = ["United States", "US forces", "U.S. forces", "US military", "U.S. military", "American",
       "Military Forces of the United States"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
IRAN = ["Iran", "Iranian", "Iranian forces", "Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards",
        "Military Forces of Iran"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
SYGOV = ["Syrian government", "Government of Syria", "Syrian army", "Military Forces of Syria", "Syrian regime",
         "regime forces", "Syrian Arab Army"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda",
        "al-Qaeda-linked JNIM"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-ab-01  regional newspaper's dateline story "CITY (Outlet) -" — southern Iraq: Basra's provincial government
# building, Qurna north of Basra, Amara in Maysan province (Tue 15 Jul 2025)
# =============================================================================
T01 = """One protester killed as Basra power-cut protest turns violent; clan feud leaves three dead in Qurna

BASRA, Iraq (Shatt al-Arab Courier) - One protester was killed and at least 11 others were wounded late on Monday when security forces opened fire to disperse hundreds of people who had blocked the road outside the Basra provincial government building to protest against power cuts, a health directorate official said.

The official, who spoke on condition of anonymity, said the dead man, a 23-year-old day labourer, was hit in the neck by a live round. Basra police said in a statement that six officers had been hurt by stones and petrol bombs thrown by "infiltrators" among the crowd. The statement denied that police had used live ammunition, saying officers fired only tear gas and water cannon.

Witnesses said protesters set tyres ablaze and tried to force the building's gate before they were pushed back. Temperatures in the city passed 50 degrees Celsius last week, and some districts have had as little as four hours of state electricity a day. Organisers said they would return to the streets on Thursday.

In Qurna, north of Basra, a long-running land dispute between the Al Bu Hamdan and Al Bu Saleh clans erupted into a gunfight on Sunday that killed three people, among them a 14-year-old boy, and wounded five to seven others, a police source said. Residents said both sides used medium machine guns and rocket-propelled grenades.

Army units were deployed to separate the two sides and arrested 12 men, the Basra Operations Command said on Monday, adding that a "large quantity" of weapons had been seized. Elders of the boy's clan warned that they would take revenge if his killers were not handed over within three days.

Basra police say the province has recorded more than 20 tribal disputes involving gunfire since the start of the year.

In Amara, the capital of neighbouring Maysan province, gunmen on a motorcycle shot dead a lawyer known for defending detained protesters outside his office on Saturday evening, his brother told the Courier. Maysan police said they had arrested a suspect on Monday.

Basra was one of the centres of the mass protests of 2019, in which hundreds of demonstrators were killed by security forces and militias across southern Iraq and Baghdad.
"""

IQPOL01 = ["Basra police", "police", "security forces", "Police Forces of Iraq", "officers", "Iraqi security forces",
           "six officers"]
IQARMY01 = ["Iraqi army", "army units", "Basra Operations Command", "Military Forces of Iraq", "Iraqi security forces"]
CLANS01 = ["Al Bu Hamdan", "Al Bu Saleh", "clans", "clan", "tribal militia", "tribesmen", "tribe"]
MAYPOL01 = ["Maysan police", "police", "Police Forces of Iraq"]
BASRA01 = L(["Basra", "Basra city", "Basra provincial government building", "provincial government building"], 30.51,
            47.78, "IQ")
BASRA_PROV = L(["Basra province", "Basra", "the province"], cc="IQ")
QURNA = L(["Qurna", "al-Qurna", "al-Qurnah", "north of Basra"], 31.01, 47.43, "IQ")
AMARA = L(["Amara", "al-Amarah", "Amarah", "Maysan province", "Maysan"], 31.84, 47.14, "IQ")
SAC = ["Shatt al-Arab Courier", "Courier", "author"]
HEALTH01 = ["health directorate official", "health directorate", "Basra health directorate", "official"] + SAC
E01 = [
    # a protest met with gunfire that kills one -> Protests/Excessive force against protesters (either order of the
    # sides); "late on Monday" -> Monday; "at least 11" -> 11..open; the health official's version (the dead man a
    # sentence later)
    E(True,
      "security forces opened fire to disperse hundreds of people who had blocked the road outside the Basra provincial government building to protest against power cuts",
      PRO, EXCESSIVE, **PROTEST_SIDES(IQPOL01 + ["hundreds of people"]), location=BASRA01, date=D("2025-07-14"),
      killed=R(1), injured=R(11, None), source=HEALTH01),
    # the police's version of the same night: a violent crowd, six officers hurt, no live fire -> one gold event per
    # version (ANNOTATION): Riots/Violent demonstration, injured 6 (its own men only)
    E(True, 'six officers had been hurt by stones and petrol bombs thrown by "infiltrators" among the crowd', RIOT,
      VIOLENT, actor1=PROTESTERS + ["infiltrators", "rioters"], actor2=IQPOL01, location=BASRA01,
      date=D("2025-07-14"), injured=R(6), source=["Basra police", "police", "police statement"]),
    # the police's denial of the live fire -> non-core denied
    E(False, "The statement denied that police had used live ammunition", PRO, EXCESSIVE,
      **PROTEST_SIDES(IQPOL01), location=BASRA01, date=D("2025-07-14"), source=["Basra police", "police"],
      status="denied"),
    # the witnesses' detail of the same protest -> non-core copy
    E(False, "protesters set tyres ablaze and tried to force the building's gate before they were pushed back", RIOT,
      VIOLENT, actor1=PROTESTERS, actor2=IQPOL01 + ["building's gate"], location=BASRA01, date=D("2025-07-14"),
      source=["Witnesses", "witnesses"]),
    # the organisers' plan -> planned, no date (Thursday lies after publication)
    E(False, "Organisers said they would return to the streets on Thursday", PRO, PEACEFUL,
      actor1=PROTESTERS + ["Organisers"], location=BASRA01, source=["Organisers", "organisers"], status="planned"),
    # a clan gunfight -> Battles/Armed clash between identity militias; "five to seven" -> 5..7; "In Qurna, north of
    # Basra" names the town -> Qurna's point
    E(True,
      "a long-running land dispute between the Al Bu Hamdan and Al Bu Saleh clans erupted into a gunfight on Sunday that killed three people, among them a 14-year-old boy, and wounded five to seven others",
      BAT, CLASH, actor1=CLANS01, actor2=CLANS01, location=QURNA, date=D("2025-07-13"), killed=R(3), injured=R(5, 7),
      source=["police source"] + SAC),
    # "said on Monday" after a Sunday clash -> Sunday to Monday
    E(True, "Army units were deployed to separate the two sides and arrested 12 men", STR, ARRESTS,
      actor1=IQARMY01, actor2=CLANS01 + ["12 men", "men"], location=QURNA, date=D("2025-07-13", "2025-07-14"),
      source=["Basra Operations Command"] + SAC),
    # the weapons seized in the same sweep -> non-core (ACLED folds a seizure into the arrest)
    E(False, 'a "large quantity" of weapons had been seized', STR, DISRUPT, actor1=IQARMY01,
      actor2=CLANS01 + ["weapons"], location=QURNA, date=D("2025-07-13", "2025-07-14"),
      source=["Basra Operations Command"]),
    # the elders' conditional threat (an actor's own) -> planned
    E(False,
      "Elders of the boy's clan warned that they would take revenge if his killers were not handed over within three days",
      BAT, CLASH, actor1=CLANS01 + ["Elders"], actor2=CLANS01, location=QURNA, source=["Elders", "elders"] + SAC,
      status="planned"),
    # a year's count -> aggregate ("more than 20" is a count of disputes, not of casualties: no number field)
    E(False, "the province has recorded more than 20 tribal disputes involving gunfire since the start of the year",
      BAT, CLASH, actor1=CLANS01, actor2=CLANS01, location=BASRA_PROV, date=D("2025-01-01", "2025-07-15"),
      source=["Basra police", "police"], aggregate=True),
    # a civilian shot by unknown gunmen -> Violence against civilians
    E(True,
      "gunmen on a motorcycle shot dead a lawyer known for defending detained protesters outside his office on Saturday evening",
      VAC, ATTACK, actor1=UNK + ["gunmen", "gunmen on a motorcycle"], actor2=CIV + ["lawyer"], location=AMARA,
      date=D("2025-07-12"), killed=R(1), source=["his brother", "brother"] + SAC),
    E(True, "they had arrested a suspect on Monday", STR, ARRESTS, actor1=MAYPOL01, actor2=["suspect"],
      location=AMARA, date=D("2025-07-14"), source=MAYPOL01),
    # background: the 2019 protests ("hundreds" -> 200..open) -> non-core
    E(False,
      "the mass protests of 2019, in which hundreds of demonstrators were killed by security forces and militias across southern Iraq and Baghdad",
      PRO, EXCESSIVE, **PROTEST_SIDES(["security forces", "militias", "Iraqi security forces"]),
      location=L(["southern Iraq", "Baghdad", "Basra", "Iraq"], cc="IQ"), date=D("2019-01-01", "2019-12-31"),
      killed=R(200, None), source=SAC),
    # the headline's copies
    E(False, "One protester killed as Basra power-cut protest turns violent", PRO, EXCESSIVE,
      **PROTEST_SIDES(IQPOL01), location=BASRA01, date=D("2025-07-14"), killed=R(1), source=SAC),
    E(False, "clan feud leaves three dead in Qurna", BAT, CLASH, actor1=CLANS01, actor2=CLANS01, location=QURNA,
      date=D("2025-07-13"), killed=R(3), source=SAC),
    # no gold: the heat and electricity figures, the dead man's details (inside the protest), the medium machine guns
    # and RPGs (inside the clash)
]
DOCS.append(
    (
        "dev-ab-01",
        "Shatt al-Arab Courier",
        "2025-07-15",
        "regional newspaper's dateline story (CITY (Outlet) -)",
        "southern Iraq: a power-cut protest in Basra 'late on Monday' in two versions (the health official's dead man "
        "and 'at least 11' wounded / the police's six officers hurt by 'infiltrators') with the police's denial of "
        "live fire, a planned protest, a clan gunfight in Qurna ('five to seven' wounded, a 14-year-old), the army's "
        "arrests 'said on Monday' and a seizure, the elders' conditional threat, a year's count, a lawyer shot in "
        "Amara, an arrest, 2019 background ('hundreds')",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-ab-01", "publication (Tuesday)", "2025-07-15", "Tuesday"),
    ("dev-ab-01", "late on Monday / said on Monday / on Monday", "2025-07-14", "Monday"),
    ("dev-ab-01", "on Sunday", "2025-07-13", "Sunday"),
    ("dev-ab-01", "on Saturday evening", "2025-07-12", "Saturday"),
]

# =============================================================================
# dev-ab-02  regional security directorate's statement — Iraqi Kurdistan: the outskirts of Halabja, the
# Sulaimani-Halabja road 12 km west of Halabja, Zrgwez 20 km south-east of Sulaimani, the Penjwen border areas,
# Sulaimani city (Sun 22 Sep 2024)
# =============================================================================
T02 = """Statement on recent security operations in Sulaimani and Halabja

Sulaimani Security Directorate (Asayish) | Statement No. 41 | Sulaimani, Sunday 22 September 2024

The Sulaimani Security Directorate informs the people of the Kurdistan Region of the following:

First: Acting on precise intelligence, our forces raided a house on the outskirts of Halabja on Thursday evening and arrested five members of a terrorist cell linked to the Daesh organisation, among them two brothers aged 19 and 22. Two explosive belts, a pistol and materials for making explosive devices were seized in the house. During questioning, the suspects admitted that they had planned to attack gatherings marking the Prophet's birthday in Sulaimani city, but had postponed the plan because of the security measures.

Second: Early this month, our explosives team defused an improvised explosive device placed under a culvert on the Sulaimani-Halabja road, about 12 km west of Halabja, after a driver reported a suspicious bag.

Third: On Wednesday afternoon, a drone belonging to a neighbouring country struck a vehicle near the village of Zrgwez, about 20 km south-east of Sulaimani city, killing the two people inside. Their identities are being verified. The directorate condemns this violation of the sovereignty of the Region.

Fourth: On Friday, the border areas of Penjwen district were hit by artillery shells fired from across the border. There were no casualties, but several orchards were burned.

Fifth: The directorate categorically denies the claims circulated on social media that Asayish members fired on teachers who were demonstrating in front of the Sulaimani governorate building on Tuesday. The gathering of some 200 teachers, who were demanding the payment of salaries delayed for three months, ended peacefully and no one was hurt.

Sixth: Since the start of this year, our forces have arrested 64 people accused of terrorism-related offences and foiled eight plots against the security of the province.

The Security Directorate calls on citizens to report any suspicious movement by calling 129, and affirms that it will strike with an iron fist anyone who tries to undermine the stability of the Region.
"""

ASAYISH = ["Asayish", "Sulaimani Security Directorate", "Security Directorate", "our forces", "Kurdish security forces",
           "Kurdistan Region Security Council", "Asayish members", "explosives team", "our explosives team",
           "Police Forces of Iraq (Kurdistan Region)"]
ISIS02 = ISIS + ["terrorist cell", "Daesh organisation", "five members of a terrorist cell", "suspects"]
ASRC = ["Sulaimani Security Directorate", "Asayish", "Security Directorate", "directorate", "statement", "author"]
HALABJA = L(["Halabja", "outskirts of Halabja", "house on the outskirts of Halabja"], 35.18, 45.99, "IQ")
# "about 12 km west of Halabja" on the Sulaimani road -> LKM from Halabja
HALABJA_RD = LKM(["Sulaimani-Halabja road", "west of Halabja", "Halabja", "culvert"], 35.18, 45.99, 12, 270, "IQ")
# "near the village of Zrgwez, about 20 km south-east of Sulaimani city" -> LKM from Sulaimani
ZRGWEZ = LKM(["Zrgwez", "Zirgwez", "village of Zrgwez", "south-east of Sulaimani city", "Sulaimani"], 35.56, 45.43,
             20, 135, "IQ")
PENJWEN = L(["Penjwen", "Penjwin", "Penjwen district", "border areas of Penjwen district"], cc="IQ")
SULAIMANI = L(["Sulaimani", "Sulaymaniyah", "Slemani", "Sulaimani city", "Sulaimani governorate building"], 35.56,
              45.43, "IQ")
SUL_PROV = L(["Sulaimani province", "the province", "Sulaimani", "Kurdistan Region"], cc="IQ")
TEACHERS = PROTESTERS + ["teachers", "some 200 teachers", "gathering"]
E02 = [
    # "on Thursday evening" in a Sunday statement -> 19 September
    E(True,
      "our forces raided a house on the outskirts of Halabja on Thursday evening and arrested five members of a terrorist cell linked to the Daesh organisation",
      STR, ARRESTS, actor1=ASAYISH, actor2=ISIS02 + ["two brothers"], location=HALABJA, date=D("2024-09-19"),
      source=ASRC),
    # the belts seized in the same raid -> non-core (folded into the arrest)
    E(False, "Two explosive belts, a pistol and materials for making explosive devices were seized in the house", STR,
      DISRUPT, actor1=ASAYISH, actor2=ISIS02 + ["explosive belts"], location=HALABJA, date=D("2024-09-19"),
      source=ASRC),
    # the confessed plot against the Prophet's birthday gatherings (a holiday: 15-16 September 2024) with explosive
    # belts -> a planned suicide bombing, non-core
    E(False,
      "they had planned to attack gatherings marking the Prophet's birthday in Sulaimani city",
      EXP, SUICIDE, actor1=ISIS02, actor2=CIV + ["gatherings"], location=SULAIMANI, date=D("2024-09-15", "2024-09-16"),
      source=ASRC + ["suspects"], status="planned"),
    # a bomb defused -> Disrupted weapons use; "Early this month" -> 1-10 September
    E(True,
      "our explosives team defused an improvised explosive device placed under a culvert on the Sulaimani-Halabja road, about 12 km west of Halabja",
      STR, DISRUPT, actor1=ASAYISH, actor2=UNK + ["improvised explosive device"], location=HALABJA_RD,
      date=D("2024-09-01", "2024-09-10"), source=ASRC),
    # "a neighbouring country" unnamed (Turkish and Iranian drones both strike in the province) -> both plus unknown
    E(True,
      "a drone belonging to a neighbouring country struck a vehicle near the village of Zrgwez, about 20 km south-east of Sulaimani city, killing the two people inside",
      EXP, AIR, actor1=TURKEY + IRAN + UNK + ["neighbouring country"],
      actor2=CIV + ["vehicle", "two people", "people inside"], location=ZRGWEZ, date=D("2024-09-18"), killed=R(2),
      source=ASRC),
    # shells "from across the border" at Penjwen (which faces Iran) -> Iran plus unknown; "There were no casualties"
    # -> killed and injured 0..0; a district's border areas -> names and country
    E(True, "the border areas of Penjwen district were hit by artillery shells fired from across the border", EXP, SHELL,
      actor1=IRAN + UNK, actor2=CIV + ["border areas", "orchards"], location=PENJWEN, date=D("2024-09-20"),
      killed=R(0), injured=R(0), source=ASRC),
    # the denied shooting -> non-core denied; the gathering itself -> core Peaceful protest ("no one was hurt" ->
    # 0..0); "on Tuesday" -> 17 September
    E(False,
      "Asayish members fired on teachers who were demonstrating in front of the Sulaimani governorate building on Tuesday",
      PRO, EXCESSIVE, **PROTEST_SIDES(ASAYISH + ["teachers"]), location=SULAIMANI, date=D("2024-09-17"),
      source=ASRC, status="denied"),
    E(True,
      "The gathering of some 200 teachers, who were demanding the payment of salaries delayed for three months, ended peacefully",
      PRO, PEACEFUL, actor1=TEACHERS, location=SULAIMANI, date=D("2024-09-17"), killed=R(0), injured=R(0),
      source=ASRC),
    # the year's counts -> aggregates
    E(False, "our forces have arrested 64 people accused of terrorism-related offences", STR, ARRESTS,
      actor1=ASAYISH, actor2=ISIS02 + ["64 people", "people accused of terrorism"], location=SUL_PROV,
      date=D("2024-01-01", "2024-09-22"), source=ASRC, aggregate=True),
    E(False, "foiled eight plots against the security of the province", STR, DISRUPT, actor1=ASAYISH,
      actor2=ISIS02 + UNK, location=SUL_PROV, date=D("2024-01-01", "2024-09-22"), source=ASRC, aggregate=True),
    # no gold: the postponement of the plot, "Their identities are being verified", the condemnation, the burned
    # orchards (inside the shelling), the hotline, "strike with an iron fist anyone who tries ..." (generic)
]
DOCS.append(
    (
        "dev-ab-02",
        "Sulaimani Security Directorate (Asayish) statement",
        "2024-09-22",
        "regional security directorate's numbered statement",
        "Iraqi Kurdistan: a Daesh cell arrested 'on Thursday evening' on the outskirts of Halabja with belts seized, "
        "its confessed plot against the Prophet's birthday gatherings (a holiday; planned), an IED defused 'Early "
        "this month' 'about 12 km west of Halabja', a drone of 'a neighbouring country' (Turkey or Iran) on a vehicle "
        "near Zrgwez 'about 20 km south-east of Sulaimani city', shells 'from across the border' on Penjwen ('There "
        "were no casualties'), a denied shooting of teachers and their peaceful gathering ('no one was hurt'), the "
        "year's counts",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-ab-02", "Sunday 22 September 2024", "2024-09-22", "Sunday"),
    ("dev-ab-02", "On Friday", "2024-09-20", "Friday"),
    ("dev-ab-02", "on Thursday evening", "2024-09-19", "Thursday"),
    ("dev-ab-02", "On Wednesday afternoon", "2024-09-18", "Wednesday"),
    ("dev-ab-02", "on Tuesday", "2024-09-17", "Tuesday"),
]

# =============================================================================
# dev-ab-03  monitor's daily incident log — Syria's Hama countryside: the desert east of Salamiyah, 30 km east of
# Salamiyah, Mhardeh, the northern Ghab plain, the desert between Salamiyah and Ithriya, Salamiyah city, the
# Salamiyah-Ithriya road (Fri 8 Mar 2024)
# =============================================================================
T03 = """Daily incident log: Hama governorate, Thursday 7 March 2024

Syrian Field Monitoring Network (SFMN) | Published Friday 8 March 2024, 09:00 | Entries rely on SFMN field researchers unless another source is named; figures may be revised.

HM-0307-01 | Eastern countryside of Salamiyah | about 14:00
Gunmen opened fire on a group of truffle hunters in the desert east of Salamiyah, killing six of them, among them a father and his two sons, and three members of the pro-government National Defence Forces (NDF) who were escorting them. At least four others were wounded. Our researchers believe the attackers were ISIS cells; no group has claimed the attack.

HM-0307-02 | About 30 km east of Salamiyah | afternoon
A landmine, believed to have been planted by ISIS, exploded under a motorcycle carrying truffle hunters, killing a man and his 12-year-old nephew.

HM-0307-03 | Mhardeh, north-western countryside of Hama | 19:20
A drone loaded with explosives hit a house on the edge of the town, wounding a woman and her seven-year-old daughter. Pro-government media blamed Hay'at Tahrir al-Sham (HTS); our researchers could not confirm who launched it.

HM-0307-04 | Al-Ghab plain, north-western countryside of Hama | evening
Government forces fired more than 40 artillery shells at villages in the northern Ghab plain, causing no casualties.

HM-0307-05 | Desert between Salamiyah and Ithriya | all day
Russian warplanes carried out at least 14 air strikes on suspected ISIS hideouts, killing or wounding at least 12 militants, according to pro-government media. SFMN could not verify the toll.

HM-0307-06 | Salamiyah city | morning
Military Security detained four young men at a checkpoint at the southern entrance of Salamiyah for evading compulsory military service.

UPDATE to HM-0306-03 | Salamiyah-Ithriya road
The death toll of the roadside bomb that hit a government army vehicle on the Salamiyah-Ithriya road on Wednesday has risen to three soldiers, after a wounded soldier died in hospital in Hama overnight. No group has claimed the blast.

TALLY
Since the start of the truffle season in early February, SFMN has documented the deaths of 87 people in the Hama desert in ISIS attacks and landmine explosions, 54 of them civilians.

NOTE
Local sources fear that ISIS cells may step up attacks as the truffle season peaks later this month. Mhardeh, a largely Christian town, was shelled repeatedly in 2019, when fighting reached the northern countryside of Hama.
"""

ISIS03 = ISIS + ["ISIS cells", "Gunmen", "gunmen", "attackers", "militants", "suspected ISIS hideouts"]
NDF = ["National Defence Forces", "NDF", "National Defense Forces", "pro-government National Defence Forces"]
SYGOV03 = SYGOV + ["Government forces", "government army", "Military Security", "government army vehicle",
                   "soldiers", "three soldiers"]
HTS03 = ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "opposition factions", "rebels"]
HUNTERS = CIV + ["truffle hunters", "group of truffle hunters", "father and his two sons", "motorcycle"]
SFMN = ["Syrian Field Monitoring Network", "SFMN", "field researchers", "our researchers", "author"]
PROGOV = ["Pro-government media", "pro-government media"]
# "in the desert east of Salamiyah" with no distance -> Salamiyah's point
SALAMIYAH_E = L(["Salamiyah", "Salamiyeh", "Salamieh", "desert east of Salamiyah", "Eastern countryside of Salamiyah",
                 "eastern countryside of Salamiyah", "Hama desert"], 35.01, 37.05, "SY")
SALAMIYAH30 = LKM(["east of Salamiyah", "Salamiyah", "Hama desert"], 35.01, 37.05, 30, 90, "SY")
SALAMIYAH = L(["Salamiyah", "Salamiyeh", "Salamiyah city", "southern entrance of Salamiyah"], 35.01, 37.05, "SY")
MHARDEH = L(["Mhardeh", "Muhradah", "Mahardah", "north-western countryside of Hama", "edge of the town"], 35.25, 36.57,
            "SY")
GHAB = L(["al-Ghab plain", "Al-Ghab plain", "Ghab plain", "northern Ghab plain", "north-western countryside of Hama"],
         cc="SY")
SAL_ITH = L(["desert between Salamiyah and Ithriya", "Salamiyah", "Ithriya", "Hama desert"], cc="SY")
SAL_ITH_RD = L(["Salamiyah-Ithriya road", "Salamiyah", "Ithriya"], cc="SY")
HAMA_DESERT = L(["Hama desert", "Hama governorate", "Badia"], cc="SY")
E03 = [
    # an ambush on truffle hunters and their NDF escort: the text stresses the hunters (six of the nine dead, a father
    # and his sons, the escort told last) -> Violence against civilians/Attack (ANNOTATION: pick the type the text
    # stresses); "believe the attackers were ISIS cells" -> ISIS plus unknown; the wounded a sentence later -> folded
    # in (4..open)
    E(True,
      "Gunmen opened fire on a group of truffle hunters in the desert east of Salamiyah, killing six of them, among them a father and his two sons, and three members of the pro-government National Defence Forces (NDF) who were escorting them",
      VAC, ATTACK, actor1=ISIS03 + UNK, actor2=HUNTERS + NDF, location=SALAMIYAH_E, date=D("2024-03-07"),
      killed=R(9), injured=R(4, None), source=SFMN),
    # "About 30 km east of Salamiyah" (the entry's header) -> LKM; "believed to have been planted by ISIS" -> ISIS
    # plus unknown
    E(True,
      "A landmine, believed to have been planted by ISIS, exploded under a motorcycle carrying truffle hunters, killing a man and his 12-year-old nephew",
      EXP, IED, actor1=ISIS03 + UNK, actor2=HUNTERS + ["12-year-old nephew"], location=SALAMIYAH30,
      date=D("2024-03-07"), killed=R(2), source=SFMN),
    # a blamed but unconfirmed launcher -> HTS plus unknown; the place is the entry's header
    E(True,
      "A drone loaded with explosives hit a house on the edge of the town, wounding a woman and her seven-year-old daughter",
      EXP, AIR, actor1=HTS03 + UNK, actor2=CIV + ["house", "woman", "seven-year-old daughter"], location=MHARDEH,
      date=D("2024-03-07"), injured=R(2), source=SFMN + PROGOV),
    # "causing no casualties" -> killed and injured 0..0; a plain's villages -> names and country
    E(True,
      "Government forces fired more than 40 artillery shells at villages in the northern Ghab plain, causing no casualties",
      EXP, SHELL, actor1=SYGOV03, actor2=CIV + ["villages"] + HTS03, location=GHAB, date=D("2024-03-07"),
      killed=R(0), injured=R(0), source=SFMN),
    # fourteen strikes by one air force on one desert area in one day -> one event (ACLED codes a day's strikes on
    # one place as one), not an aggregate; "killing or wounding at least 12" -> casualties 12..open
    E(True,
      "Russian warplanes carried out at least 14 air strikes on suspected ISIS hideouts, killing or wounding at least 12 militants",
      EXP, AIR, actor1=RUSSIA + ["Russian warplanes"], actor2=ISIS03, location=SAL_ITH, date=D("2024-03-07"),
      casualties=R(12, None), source=PROGOV + SFMN),
    E(True,
      "Military Security detained four young men at a checkpoint at the southern entrance of Salamiyah for evading compulsory military service",
      STR, ARRESTS, actor1=SYGOV03, actor2=CIV + ["four young men", "young men"], location=SALAMIYAH,
      date=D("2024-03-07"), source=SFMN),
    # an update to the previous day's entry: the toll "has risen to three" -> killed 3; "on Wednesday" -> 6 March; a
    # road between two towns -> names and country; "No group has claimed" -> unknown
    E(True,
      "The death toll of the roadside bomb that hit a government army vehicle on the Salamiyah-Ithriya road on Wednesday has risen to three soldiers",
      EXP, IED, actor1=UNK, actor2=SYGOV03, location=SAL_ITH_RD, date=D("2024-03-06"), killed=R(3), source=SFMN),
    # the season's tally -> aggregate
    E(False,
      "SFMN has documented the deaths of 87 people in the Hama desert in ISIS attacks and landmine explosions",
      VAC, ATTACK, actor1=ISIS03, actor2=CIV + NDF, location=HAMA_DESERT, date=D("2024-02-01", "2024-03-08"),
      killed=R(87), source=SFMN, aggregate=True),
    # the local sources' fear -> hypothetical
    E(False, "ISIS cells may step up attacks as the truffle season peaks later this month", VAC, ATTACK,
      actor1=ISIS03, actor2=HUNTERS, location=HAMA_DESERT, source=["Local sources", "local sources"],
      status="hypothetical"),
    # background: repeated shelling in 2019 -> aggregate, non-core, no shooter named
    E(False, "was shelled repeatedly in 2019", EXP, SHELL, actor1=UNK + HTS03, actor2=CIV, location=MHARDEH,
      date=D("2019-01-01", "2019-12-31"), source=SFMN, aggregate=True),
    # no gold: the note that figures may be revised, "no group has claimed the attack", "Pro-government media blamed
    # HTS" (the blame is inside the Mhardeh event), "SFMN could not verify the toll", the wounded soldier's death
    # (inside the update)
]
DOCS.append(
    (
        "dev-ab-03",
        "Syrian Field Monitoring Network (daily incident log)",
        "2024-03-08",
        "monitor's daily incident log",
        "Syria/Hama countryside, one day under entry headers: an ambush on truffle hunters and their NDF escort in "
        "'the desert east of Salamiyah' (kin; the wounded a sentence later; civilians stressed), a landmine 'About 30 "
        "km east of Salamiyah' ('believed to have been planted by ISIS'), a drone on a house in Mhardeh with a blame "
        "the monitor cannot confirm, shelling of the Ghab plain ('causing no casualties'), 14 Russian strikes in one "
        "day ('killing or wounding at least 12'), conscription arrests, an update raising a toll to three, a season's "
        "tally, a fear, 2019 background",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-ab-03", "Published Friday 8 March 2024", "2024-03-08", "Friday"),
    ("dev-ab-03", "Thursday 7 March 2024", "2024-03-07", "Thursday"),
    ("dev-ab-03", "on Wednesday (the update)", "2024-03-06", "Wednesday"),
]

# =============================================================================
# dev-ab-04  local radio news transcript — southern Syria, the Golan line in Quneitra province: al-Hamidiyah, Jubata
# al-Khashab, Khan Arnabah, al-Baath City, the Tall al-Ahmar hill above Kudna; a caller from Hadar (Wed 29 Jan 2025)
# =============================================================================
T04 = """Transcript: “Good Morning, Quneitra” - 08:00 news segment

Radio Jolan 97.4 FM | Khan Arnabah | Wednesday 29 January 2025 | Transcribed and lightly edited by the station

HOST (RANA SALEH): Good morning. We begin in the countryside of Quneitra, where families again woke up to the sound of bulldozers. Our correspondent Firas Hamdan is on the line from al-Hamidiyah. Firas, what happened?

FIRAS HAMDAN: Good morning, Rana. Last night, around ten o'clock, an Israeli force of about eight vehicles and two bulldozers entered al-Hamidiyah from the ceasefire line. The soldiers demolished two houses and a sheep pen on the eastern edge of the village and bulldozed farmland. The families had left the houses in December, so no one was inside.

HOST: And the shepherds we heard about?

FIRAS: The day before yesterday, the army detained three shepherds grazing their flocks near Jubata al-Khashab. Two were released a few hours later; the third, a 17-year-old boy, is still being held, his uncle told me.

HOST: There was also a protest yesterday.

FIRAS: Yes. Yesterday afternoon about a hundred people from al-Hamidiyah and Khan Arnabah gathered at the village entrance with Syrian flags, demanding that the Israelis withdraw. The soldiers fired in the air and then towards the crowd. A young man was hit in the leg, the clinic in Khan Arnabah told me, and he is in a stable condition.

HOST: I should add that the Israeli army, in a statement, said its troops had “fired warning shots into the air” after “suspects approached the forces”, and made no mention of anyone wounded. The army also said troops seized a weapons cache, including rocket launchers, in al-Baath City on Sunday. Firas, what about the hill above Kudna?

FIRAS: Residents say the Israelis have been building a new position with earth berms and a watchtower on the hill of Tall al-Ahmar for about two weeks. By our count, this is the 30th incursion into villages of the province in a month.

HOST: We have a caller, Abu Samer, from Hadar.

CALLER: Good morning. They say they came for weapons, but tomorrow they will be in Saasaa. If nobody stops them, they will take the whole line, village by village.

HOST: Thank you, Abu Samer. Since the fall of the former government on 8 December, Israeli forces have moved into the demilitarised buffer zone along the 1974 disengagement line and beyond. We will follow the story through the day.
"""

ISR04 = ISRAEL + ["Israeli force", "soldiers", "the army", "troops", "Israelis", "bulldozers"]
RADIO = ["Radio Jolan", "Firas Hamdan", "correspondent", "Rana Saleh", "author"]
ARMY04 = ["Israeli army", "army", "IDF", "Israel Defense Forces", "statement"]
# villages of the Quneitra line we cannot pin to ~5 km -> names and country
HAMIDIYAH = L(["al-Hamidiyah", "Hamidiyah", "al-Hamidiya", "village entrance", "eastern edge of the village",
               "Khan Arnabah"], cc="SY")
JUBATA = L(["Jubata al-Khashab", "Jubbata al-Khashab", "Jubata"], cc="SY")
BAATH = L(["al-Baath City", "Baath City", "Madinat al-Baath", "Quneitra"], 33.10, 35.86, "SY")
TALL_AHMAR = L(["Tall al-Ahmar", "Tal al-Ahmar", "Tell al-Ahmar", "hill of Tall al-Ahmar", "hill above Kudna",
                "Kudna"], cc="SY")
QUNEITRA_PROV = L(["Quneitra", "Quneitra province", "province", "villages of the province"], cc="SY")
E04 = [
    # a demolition without casualties -> Strategic developments/Looting/property destruction; "Last night, around ten
    # o'clock" on a Wednesday morning -> Tuesday; "no one was inside" (no one hurt implied, not stated) -> no number
    # field; the incursion itself -> no gold of its own
    E(True,
      "The soldiers demolished two houses and a sheep pen on the eastern edge of the village and bulldozed farmland",
      STR, LOOT, actor1=ISR04, actor2=CIV + ["two houses", "houses", "sheep pen", "farmland"], location=HAMIDIYAH,
      date=D("2025-01-28"), source=RADIO),
    # "The day before yesterday" on Wednesday -> Monday
    E(True, "the army detained three shepherds grazing their flocks near Jubata al-Khashab", STR, ARRESTS,
      actor1=ISR04, actor2=CIV + ["three shepherds", "shepherds", "17-year-old boy"], location=JUBATA,
      date=D("2025-01-27"), source=RADIO + ["uncle"]),
    # one protest in two versions: the correspondent's (fire "towards the crowd", a young man hit) -> Excessive
    # force, injured 1; the army's ("warning shots into the air", no one wounded mentioned -> no number field) ->
    # Protest with intervention; both core (one gold event per version), the correspondent's fire sentence a non-core
    # copy; "Yesterday afternoon" -> Tuesday
    E(True,
      "about a hundred people from al-Hamidiyah and Khan Arnabah gathered at the village entrance with Syrian flags, demanding that the Israelis withdraw",
      PRO, EXCESSIVE, **PROTEST_SIDES(ISR04 + ["about a hundred people", "hundred people"]), location=HAMIDIYAH,
      date=D("2025-01-28"), injured=R(1), source=RADIO + ["clinic in Khan Arnabah", "clinic"]),
    E(False, "The soldiers fired in the air and then towards the crowd", PRO, EXCESSIVE, **PROTEST_SIDES(ISR04),
      location=HAMIDIYAH, date=D("2025-01-28"), injured=R(1), source=RADIO),
    E(True, "its troops had “fired warning shots into the air” after “suspects approached the forces”", PRO,
      INTERVENTION, **PROTEST_SIDES(ISR04 + ["suspects"]), location=HAMIDIYAH, date=D("2025-01-28"), source=ARMY04),
    # a cache seized -> Disrupted weapons use; "on Sunday" -> 26 January
    E(True, "troops seized a weapons cache, including rocket launchers, in al-Baath City on Sunday", STR, DISRUPT,
      actor1=ISR04, actor2=UNK + ["weapons cache", "rocket launchers"], location=BAATH, date=D("2025-01-26"),
      source=ARMY04),
    # a new fortified position -> Headquarters or base established; "for about two weeks" -> the last fifteen days
    E(True,
      "the Israelis have been building a new position with earth berms and a watchtower on the hill of Tall al-Ahmar for about two weeks",
      STR, BASE, actor1=ISR04, location=TALL_AHMAR, date=D("2025-01-15", "2025-01-29"),
      source=["Residents", "residents"] + RADIO),
    # the station's count -> aggregate
    E(False, "this is the 30th incursion into villages of the province in a month", STR, OTHER, actor1=ISR04,
      actor2=CIV + ["villages"], location=QUNEITRA_PROV, date=D("2024-12-29", "2025-01-29"), source=RADIO,
      aggregate=True),
    # the caller's prediction (future) and his conditional -> planned / hypothetical, non-core
    E(False, "tomorrow they will be in Saasaa", STR, TRANSFER, actor1=ISR04,
      location=L(["Saasaa", "Sa'sa'", "Sasa"], cc="SY"), source=["Abu Samer", "caller"], status="planned"),
    E(False, "If nobody stops them, they will take the whole line, village by village", STR, TRANSFER, actor1=ISR04,
      location=QUNEITRA_PROV, source=["Abu Samer", "caller"], status="hypothetical"),
    # background: the move into the buffer zone since 8 December -> non-core
    E(False,
      "Israeli forces have moved into the demilitarised buffer zone along the 1974 disengagement line and beyond",
      STR, TRANSFER, actor1=ISR04, location=L(["demilitarised buffer zone", "buffer zone", "1974 disengagement line",
                                               "Quneitra", "Golan"], cc="SY"),
      date=D("2024-12-08", "2025-01-29"), source=RADIO),
    # no gold: the entry of the force (the demolition is the act), the release of two shepherds, "made no mention of
    # anyone wounded", "They say they came for weapons", the fall of the former government (a reference)
]
DOCS.append(
    (
        "dev-ab-04",
        "Radio Jolan 97.4 FM (transcript)",
        "2025-01-29",
        "local radio news transcript (host, correspondent, caller)",
        "Syria/Quneitra and the Golan line: a demolition 'Last night, around ten o'clock' ('no one was inside': no "
        "number), shepherds detained 'The day before yesterday', a protest 'Yesterday afternoon' in two versions (the "
        "correspondent's young man hit / the army's 'warning shots into the air'), a cache seized 'on Sunday', a new "
        "hilltop position built 'for about two weeks', the station's count, a caller's prediction and conditional, "
        "the buffer-zone move as background; typographic quotes",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-ab-04", "Wednesday 29 January 2025", "2025-01-29", "Wednesday"),
    ("dev-ab-04", "Last night / Yesterday afternoon", "2025-01-28", "Tuesday"),
    ("dev-ab-04", "The day before yesterday", "2025-01-27", "Monday"),
    ("dev-ab-04", "on Sunday", "2025-01-26", "Sunday"),
]

# =============================================================================
# dev-ab-05  Palestinian news site's live blog (newest first) — Ramallah and al-Bireh, Turmus Ayya north-east of
# Ramallah; East Jerusalem: Silwan's al-Bustan, Damascus Gate (Mon 18 Nov 2024)
# =============================================================================
T05 = """LIVE: Israeli raid in Ramallah and al-Bireh, demolition in Silwan - as it happened

Al-Quds Today live desk | Monday 18 November 2024 | All times local (GMT+2); newest first

17:05 - The Palestinian Health Ministry says the 17-year-old shot in the chest in al-Bireh this morning has died of his wounds at the Palestine Medical Complex in Ramallah. He is the first Palestinian killed in the city this month.

16:20 - Israel's national security minister has written on X that demolitions of illegal construction in East Jerusalem "will double next year".

15:50 - At Damascus Gate, police pushed back dozens of people who had gathered after afternoon prayers to protest against the Silwan demolition, and detained two young men, according to video verified by our team. Police used stun grenades.

13:15 - The Israeli army says troops "operated in Ramallah to thwart terror financing" and "responded to rioters who hurled rocks and explosive devices by firing towards them". It says five wanted persons were arrested and "hundreds of thousands of shekels" of "terror funds" were confiscated.

12:40 - Settlers set fire to two cars and sprayed graffiti on walls in Turmus Ayya, north-east of Ramallah, around noon, the village council says. No one was injured.

11:20 - The Health Ministry says three Palestinians were wounded by live fire in al-Bireh, one of them, a 17-year-old, critically with a bullet to the chest. Our reporter says dozens of young men threw stones at military jeeps near the al-Bireh municipality building and troops answered with live fire, tear gas and stun grenades.

09:30 - In Silwan, Jerusalem municipality bulldozers escorted by police demolished a two-storey home in the al-Bustan neighbourhood, leaving a family of nine homeless, the Wadi Hilweh Information Centre says. The municipality says the house was built without a permit. The owner told us he had torn down part of it himself two weeks ago "to avoid the fines, but they came anyway".

08:10 - Israeli forces entered Ramallah and al-Bireh before dawn with more than 30 military vehicles, the WAFA news agency reports. Troops raided two money exchange offices in the city centre and arrested four people, among them the owner of one of the firms.

07:45 - Good morning. We are following events in Ramallah and East Jerusalem. According to OCHA, Israeli authorities have demolished more than 150 structures in East Jerusalem since the start of the year.
"""

ISR05 = ISRAEL + ["troops", "Israeli forces", "military jeeps", "army"]
ISRPOL05 = ["Israel Police", "Israeli police", "police", "Police Forces of Israel", "Jerusalem municipality",
            "municipality", "Israeli authorities", "bulldozers"]
YOUTHS = PROTESTERS + ["young men", "dozens of young men", "rioters", "stone-throwers", "Palestinians"]
AQT = ["Al-Quds Today", "live desk", "our reporter", "reporter", "our team", "author"]
PMOH05 = ["Palestinian Health Ministry", "Health Ministry", "Palestinian Ministry of Health"]
ARMY05 = ["Israeli army", "army", "IDF", "Israel Defense Forces"]
WAFA = ["WAFA", "WAFA news agency", "Palestinian news agency"]
RAMALLAH = L(["Ramallah", "al-Bireh", "Ramallah and al-Bireh", "city centre"], 31.90, 35.20, "PS")
ALBIREH = L(["al-Bireh", "El-Bireh", "al-Bireh municipality building", "Ramallah"], 31.91, 35.22, "PS")
# "north-east of Ramallah" with no distance -> Ramallah's point (Turmus Ayya lies some 15 km away)
TURMUS = L(["Turmus Ayya", "Turmusayya", "Turmus'ayya", "north-east of Ramallah", "Ramallah"], 31.90, 35.20, "PS")
# East Jerusalem: no country given (its status is disputed); Silwan and Damascus Gate lie ~1 km apart
SILWAN = L(["Silwan", "al-Bustan", "al-Bustan neighbourhood", "East Jerusalem", "Jerusalem"], 31.77, 35.24)
DAMASCUS_GATE = L(["Damascus Gate", "Bab al-Amud", "East Jerusalem", "Jerusalem", "Old City"], 31.78, 35.23)
EJ = L(["East Jerusalem", "Jerusalem"], 31.78, 35.23)
E05 = [
    # the raid's arrests in two versions (WAFA's four / the army's five) -> one core event per version; "entered
    # Ramallah and al-Bireh before dawn" -> the raid itself, no gold of its own
    E(True, "Troops raided two money exchange offices in the city centre and arrested four people", STR, ARRESTS,
      actor1=ISR05, actor2=CIV + ["four people", "owner", "money exchange offices"], location=RAMALLAH,
      date=D("2024-11-18"), source=WAFA),
    E(True, "five wanted persons were arrested", STR, ARRESTS, actor1=ISR05,
      actor2=["wanted persons", "five wanted persons", "Palestinians"], location=RAMALLAH, date=D("2024-11-18"),
      source=ARMY05),
    # the cash confiscated in the raid -> non-core property seizure
    E(False, '"hundreds of thousands of shekels" of "terror funds" were confiscated', STR, LOOT, actor1=ISR05,
      actor2=["money exchange offices", "terror funds"], location=RAMALLAH, date=D("2024-11-18"), source=ARMY05),
    # stones against jeeps met with live fire -> Riots/Violent demonstration; the wounded told first (11:20: three,
    # one critically) and the death told later (17:05) -> killed 1, injured 2..3 on the core, each toll post a
    # non-core copy; the army's "rioters" telling a non-core copy
    E(True,
      "dozens of young men threw stones at military jeeps near the al-Bireh municipality building and troops answered with live fire, tear gas and stun grenades",
      RIOT, VIOLENT, actor1=YOUTHS, actor2=ISR05, location=ALBIREH, date=D("2024-11-18"), killed=R(1),
      injured=R(2, 3), source=AQT + PMOH05),
    E(False, "three Palestinians were wounded by live fire in al-Bireh", RIOT, VIOLENT, actor1=YOUTHS,
      actor2=ISR05, location=ALBIREH, date=D("2024-11-18"), injured=R(3), source=PMOH05),
    E(False, "the 17-year-old shot in the chest in al-Bireh this morning has died of his wounds", RIOT, VIOLENT,
      actor1=YOUTHS, actor2=ISR05, location=ALBIREH, date=D("2024-11-18"), killed=R(1), source=PMOH05),
    E(False, '"responded to rioters who hurled rocks and explosive devices by firing towards them"', RIOT, VIOLENT,
      actor1=YOUTHS, actor2=ISR05, location=RAMALLAH, date=D("2024-11-18"), source=ARMY05),
    # arson without injuries -> Looting/property destruction; "No one was injured" -> injured 0..0 only
    E(True, "Settlers set fire to two cars and sprayed graffiti on walls in Turmus Ayya, north-east of Ramallah", STR,
      LOOT, actor1=SETTLERS, actor2=CIV + ["two cars", "cars", "walls"], location=TURMUS, date=D("2024-11-18"),
      injured=R(0), source=["village council"] + AQT),
    # a demolition by the municipality under police escort -> Looting/property destruction
    E(True,
      "Jerusalem municipality bulldozers escorted by police demolished a two-storey home in the al-Bustan neighbourhood, leaving a family of nine homeless",
      STR, LOOT, actor1=ISRPOL05, actor2=CIV + ["two-storey home", "home", "family of nine", "family"],
      location=SILWAN, date=D("2024-11-18"), source=["Wadi Hilweh Information Centre", "Wadi Hilweh"] + AQT),
    # a protest pushed back with stun grenades -> Protest with intervention; the two detained inside it -> non-core
    E(True,
      "police pushed back dozens of people who had gathered after afternoon prayers to protest against the Silwan demolition",
      PRO, INTERVENTION, **PROTEST_SIDES(ISRPOL05 + ["dozens of people"]), location=DAMASCUS_GATE,
      date=D("2024-11-18"), source=AQT + ["video"]),
    E(False, "detained two young men", STR, ARRESTS, actor1=ISRPOL05, actor2=CIV + ["two young men"],
      location=DAMASCUS_GATE, date=D("2024-11-18"), source=AQT),
    # the minister's forecast -> planned
    E(False, 'demolitions of illegal construction in East Jerusalem "will double next year"', STR, LOOT,
      actor1=ISRPOL05 + ISRAEL, actor2=CIV + ["illegal construction"], location=EJ,
      source=["national security minister", "Israel's national security minister"], status="planned"),
    # OCHA's count -> aggregate
    E(False, "Israeli authorities have demolished more than 150 structures in East Jerusalem since the start of the year",
      STR, LOOT, actor1=ISRPOL05, actor2=CIV + ["structures"], location=EJ, date=D("2024-01-01", "2024-11-18"),
      source=["OCHA", "United Nations"], aggregate=True),
    # no gold: the entry of more than 30 vehicles (the raid as such), "the first Palestinian killed in the city this
    # month" (a remark on the same death), the owner's partial self-demolition "two weeks ago" (no political act by
    # another), the permit, the stun grenades (inside the protest)
]
DOCS.append(
    (
        "dev-ab-05",
        "Al-Quds Today (live blog)",
        "2024-11-18",
        "news site's live blog, newest first",
        "Ramallah and East Jerusalem in one day of timestamped posts read backwards: a raid's arrests in two versions "
        "(WAFA's four / the army's five), cash confiscated, stone-throwing met with live fire whose wounded come at "
        "11:20 and whose death comes at 17:05, the army's 'rioters', settler arson 'north-east of Ramallah' ('No one "
        "was injured'), a demolition in Silwan (a self-demolition 'two weeks ago': no gold), a protest at Damascus "
        "Gate with detentions, a minister's forecast, OCHA's count",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-ab-05", "Monday 18 November 2024", "2024-11-18", "Monday"),
]

# =============================================================================
# dev-ab-06  NGO internal field report — Lebanon: the Ain al-Hilweh camp (its vegetable market, al-Tawari, Hittin,
# the Taamir area, the Hisbeh checkpoint) and the coastal highway at Sidon's northern entrance (Thu 10 Apr 2025)
# =============================================================================
T06 = """Field report: Ain al-Hilweh camp and Sidon, 5-9 April 2025

Nahr Relief Association | Protection and Health Monitoring Unit | Internal field report, shared with partners | 10 April 2025

1. SUMMARY
Armed clashes inside Ain al-Hilweh, Lebanon's largest Palestinian refugee camp, forced the suspension of our two clinics for three days. A ceasefire has held since Monday afternoon, though the situation remains fragile.

2. INCIDENTS
On Saturday evening, unidentified gunmen shot and wounded a local commander of the Fatah-led Palestinian National Security Forces (NSF) near the camp's vegetable market.

On the night of Sunday to Monday, heavy clashes with medium machine guns and rocket-propelled grenades broke out between NSF members and gunmen of an Islamist group in the al-Tawari and Hittin neighbourhoods. Three people were killed, two fighters and a 63-year-old shopkeeper, and at least 14 were wounded, among them a nine-year-old girl hit by a stray bullet in the nearby Taamir area, according to hospital sources in Sidon. Fatah's spokesman in the camp told our team that four people had died, three of them NSF members.

A ceasefire brokered by the Joint Palestinian Action Committee, in coordination with Lebanese army intelligence, took effect at 15:00 on Monday.

On Tuesday, a Lebanese army patrol arrested two men carrying rifles at the Hisbeh checkpoint at the camp's northern entrance.

On Tuesday evening, an Israeli drone struck a car on the coastal highway at the northern entrance of Sidon, killing its driver, according to the Lebanese health ministry. The Israeli army said it had killed a Hamas operative "responsible for directing attacks against Israel from Lebanese territory".

3. IMPACT
Some 300 families fled to mosques and schools in Sidon during the fighting; most had returned by Wednesday. Stray bullets shattered windows at an UNRWA school and at our Hittin clinic.

4. CONTEXT AND OUTLOOK
By our count, this is the fourth outbreak of fighting in the camp since January. Clashes in the summer of 2023 killed at least 30 people and displaced thousands. Our field staff assess that the ceasefire may not hold if the gunmen who shot the commander are not handed over to the Lebanese authorities.
"""

NSF = ["Palestinian National Security Forces", "National Security Forces", "NSF", "Fatah", "Fatah-led",
       "NSF members", "local commander", "commander"]
ISLAMIST06 = ["Islamist group", "gunmen of an Islamist group", "Islamist gunmen", "Islamist militants", "gunmen",
              "Jund al-Sham", "al-Shabab al-Muslim"]
LAF = ["Lebanese army", "Lebanese Armed Forces", "LAF", "Military Forces of Lebanon", "army patrol",
       "Lebanese army patrol", "Lebanese army intelligence"]
ISR06 = ISRAEL + ["Israeli drone"]
NAHR = ["Nahr Relief Association", "field report", "our team", "field staff", "author"]
HOSP06 = ["hospital sources in Sidon", "hospital sources"] + NAHR
FATAHSRC = ["Fatah's spokesman", "Fatah spokesman", "Fatah"]
AIN = L(["Ain al-Hilweh", "Ain el-Hilweh", "Ain al-Helweh", "al-Tawari", "Hittin", "Taamir", "vegetable market",
         "Hisbeh checkpoint", "camp"], 33.54, 35.38, "LB")
SIDON = L(["Sidon", "Saida", "northern entrance of Sidon", "coastal highway"], 33.56, 35.37, "LB")
E06 = [
    # a commander of an armed force shot by gunmen -> an attack on an armed man -> Battles/Armed clash (as dev_r's
    # Military Security member); "On Saturday evening" -> 5 April
    E(True,
      "unidentified gunmen shot and wounded a local commander of the Fatah-led Palestinian National Security Forces (NSF) near the camp's vegetable market",
      BAT, CLASH, actor1=UNK + ["unidentified gunmen", "gunmen"], actor2=NSF, location=AIN, date=D("2025-04-05"),
      injured=R(1), source=NAHR),
    # one night's fighting in two versions: the hospitals' three dead and "at least 14" wounded (a sentence later) /
    # Fatah's four dead -> one core event per version; "On the night of Sunday to Monday" -> both days; the stray
    # bullet in the nearby Taamir area is one of the wounded, not an event of its own
    E(True,
      "heavy clashes with medium machine guns and rocket-propelled grenades broke out between NSF members and gunmen of an Islamist group in the al-Tawari and Hittin neighbourhoods",
      BAT, CLASH, actor1=NSF + ISLAMIST06, actor2=ISLAMIST06 + NSF, location=AIN, date=D("2025-04-06", "2025-04-07"),
      killed=R(3), injured=R(14, None), source=HOSP06),
    E(False, "Three people were killed, two fighters and a 63-year-old shopkeeper, and at least 14 were wounded", BAT,
      CLASH, actor1=NSF + ISLAMIST06, actor2=ISLAMIST06 + NSF + CIV, location=AIN, date=D("2025-04-06", "2025-04-07"),
      killed=R(3), injured=R(14, None), source=HOSP06),
    E(True, "four people had died, three of them NSF members", BAT, CLASH, actor1=ISLAMIST06 + NSF,
      actor2=NSF + ISLAMIST06, location=AIN, date=D("2025-04-06", "2025-04-07"), killed=R(4), source=FATAHSRC),
    E(True,
      "A ceasefire brokered by the Joint Palestinian Action Committee, in coordination with Lebanese army intelligence, took effect at 15:00 on Monday",
      STR, AGREE, actor1=NSF + ISLAMIST06 + ["Joint Palestinian Action Committee"],
      actor2=ISLAMIST06 + NSF + ["Joint Palestinian Action Committee"], location=AIN, date=D("2025-04-07"),
      source=NAHR),
    E(True,
      "a Lebanese army patrol arrested two men carrying rifles at the Hisbeh checkpoint at the camp's northern entrance",
      STR, ARRESTS, actor1=LAF, actor2=["two men", "men carrying rifles"], location=AIN, date=D("2025-04-08"),
      source=NAHR),
    # the same car and man told two ways (its driver / "a Hamas operative") -> one core event with both in actor2,
    # the army's telling a non-core copy
    E(True,
      "an Israeli drone struck a car on the coastal highway at the northern entrance of Sidon, killing its driver",
      EXP, AIR, actor1=ISR06, actor2=CIV + HAMAS + ["car", "driver", "Hamas operative"], location=SIDON,
      date=D("2025-04-08"), killed=R(1), source=["Lebanese health ministry", "health ministry"] + NAHR),
    E(False,
      'it had killed a Hamas operative "responsible for directing attacks against Israel from Lebanese territory"',
      EXP, AIR, actor1=ISR06, actor2=HAMAS + ["Hamas operative"], location=SIDON, date=D("2025-04-08"), killed=R(1),
      source=["Israeli army", "IDF", "army"]),
    # the NGO's count, the 2023 background ("at least 30" -> 30..open; "the summer of 2023" -> June to September)
    # and its staff's conditional assessment -> non-core
    E(False, "this is the fourth outbreak of fighting in the camp since January", BAT, CLASH,
      actor1=NSF + ISLAMIST06, actor2=ISLAMIST06 + NSF, location=AIN, date=D("2025-01-01", "2025-04-10"), source=NAHR,
      aggregate=True),
    E(False, "Clashes in the summer of 2023 killed at least 30 people and displaced thousands", BAT, CLASH,
      actor1=NSF + ISLAMIST06, actor2=ISLAMIST06 + NSF, location=AIN, date=D("2023-06-01", "2023-09-30"),
      killed=R(30, None), source=NAHR),
    E(False, "the ceasefire may not hold if the gunmen who shot the commander are not handed over", BAT, CLASH,
      actor1=NSF + ISLAMIST06, actor2=ISLAMIST06 + NSF, location=AIN, source=NAHR, status="hypothetical"),
    # no gold: the clinics' suspension, "A ceasefire has held since Monday afternoon" (the summary's back-reference),
    # the families' flight, the shattered windows (inside the clashes)
]
DOCS.append(
    (
        "dev-ab-06",
        "Nahr Relief Association (field report)",
        "2025-04-10",
        "NGO internal field report with numbered sections",
        "Lebanon/Ain al-Hilweh and Sidon: a commander shot 'On Saturday evening', night clashes 'On the night of "
        "Sunday to Monday' in two versions (hospitals' three dead, 'at least 14' wounded, a girl hit by a stray "
        "bullet / Fatah's four), a ceasefire, arrests at a checkpoint, a drone strike on a car whose driver is "
        "'a Hamas operative' to the army, the NGO's count, 2023 background, a conditional assessment",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-ab-06", "10 April 2025 (publication)", "2025-04-10", "Thursday"),
    ("dev-ab-06", "On Tuesday / On Tuesday evening", "2025-04-08", "Tuesday"),
    ("dev-ab-06", "on Monday / night of Sunday to Monday (end)", "2025-04-07", "Monday"),
    ("dev-ab-06", "night of Sunday to Monday (start)", "2025-04-06", "Sunday"),
    ("dev-ab-06", "On Saturday evening", "2025-04-05", "Saturday"),
]

# =============================================================================
# dev-ab-07  fact-checking desk relaying and checking an armed group's claims — Yemen: hills 15 km north-west of
# Saada city, al-Mahdhar in Saada's Sahar district, Jabal Nuqum and the Hadda and Shu'ub districts of Sanaa; a
# missile at Ben Gurion airport (Wed 23 Apr 2025)
# =============================================================================
T07 = """Claim check: four Houthi claims from Tuesday night, and what we could verify

Verify Desk, Sanaa Monitor | Wednesday 23 April 2025

Houthi military spokesman Yahya Saree made four claims in a televised statement on Tuesday night. We checked each against other sources, satellite imagery and footage.

CLAIM 1: Houthi air defences shot down a US MQ-9 Reaper drone "while it was carrying out hostile missions" over Saada governorate on Monday, the 19th the group says it has downed since October 2023.
WHAT WE FOUND: A US defence official, speaking on condition of anonymity, said an MQ-9 "went down" over Yemen "in recent days" but would not say whether it was shot down. Footage released by the group shows wreckage that we geolocated to hills about 15 km north-west of Saada city.
VERDICT: Partly confirmed.

CLAIM 2: "American aggression" killed 12 civilians, including four children, and wounded nine in strikes on the village of al-Mahdhar, in Saada's Sahar district, on Monday, according to the Houthi-run health ministry.
WHAT WE FOUND: US Central Command said its forces struck "Houthi command-and-control and weapons storage facilities" in Saada on Monday, without mentioning casualties. Imagery shows three destroyed buildings in al-Mahdhar. We could not verify the toll. Residents of Sanaa also reported at least three strikes on the Jabal Nuqum area on the eastern edge of the capital on Monday night, which Houthi media blamed on "the American-Israeli aggression". There was no word on casualties.
VERDICT: Unverified.

CLAIM 3: The group fired a "Palestine-2" hypersonic ballistic missile at Ben Gurion airport on Tuesday evening, and it "hit its target precisely".
WHAT WE FOUND: The Israeli army said a missile launched from Yemen was intercepted before it reached Israeli territory. Sirens sounded in central Israel, and Magen David Adom said two people were lightly hurt while running to shelters.
VERDICT: False. There is no evidence the missile hit anything.

CLAIM 4: The group's security services "dismantled a spy network" working for American and Israeli intelligence.
WHAT WE FOUND: Relatives and the Yemeni Detainees' Rights Network told us that Houthi security forces raided homes in Sanaa's Hadda and Shu'ub districts last week and detained at least seven people, two of them former employees of a UN agency.
VERDICT: Misleading.

Saree ended the statement by warning that the group would "expand its operations" if the strikes continue.
"""

HOU07 = HOUTHI + ["Houthi air defences", "Houthi security forces", "security services", "Yahya Saree"]
US07 = USA + ["US Central Command", "CENTCOM", "American aggression", "American-Israeli aggression"]
SAREE = ["Yahya Saree", "Saree", "Houthi military spokesman", "Houthis", "Houthi"]
HMOH07 = ["Houthi-run health ministry", "health ministry"] + SAREE
CENTCOM = ["US Central Command", "CENTCOM", "Central Command"]
IDF07 = ["Israeli army", "IDF", "Israel Defense Forces"]
VD = ["Verify Desk", "Sanaa Monitor", "author"]
# the wreckage "geolocated to hills about 15 km north-west of Saada city" -> LKM from Saada
SAADA_NW = LKM(["Saada governorate", "Saada", "Sa'dah", "north-west of Saada city"], 16.94, 43.76, 15, 315, "YE")
SAADA = L(["Saada", "Sa'dah", "Saada governorate", "Saada city"], 16.94, 43.76, "YE")
MAHDHAR = L(["al-Mahdhar", "village of al-Mahdhar", "Sahar district", "Sahar", "Saada"], cc="YE")
SANAA = L(["Sanaa", "Sana'a", "Jabal Nuqum", "eastern edge of the capital", "capital", "Hadda", "Shu'ub"], 15.35,
          44.21, "YE")
BENGURION = L(["Ben Gurion airport", "Ben Gurion", "central Israel", "Lod", "Tel Aviv"], 32.00, 34.88, "IL")
E07 = [
    # the group's claim -> core, occurred, sourced to it; the official's "went down" (no cause, "in recent days") ->
    # a non-core copy with status possible; the group's running count -> aggregate
    E(True,
      'Houthi air defences shot down a US MQ-9 Reaper drone "while it was carrying out hostile missions" over Saada governorate on Monday',
      STR, DISRUPT, actor1=HOU07, actor2=US07 + ["MQ-9 Reaper drone", "MQ-9", "Reaper drone"], location=SAADA_NW,
      date=D("2025-04-21"), source=SAREE),
    E(False, 'an MQ-9 "went down" over Yemen "in recent days"', STR, DISRUPT, actor1=HOU07 + UNK,
      actor2=US07 + ["MQ-9"], location=L(["Yemen"], cc="YE"), date=D("2025-04-16", "2025-04-23"),
      source=["US defence official", "defence official"], status="possible"),
    E(False, "the 19th the group says it has downed since October 2023", STR, DISRUPT, actor1=HOU07,
      actor2=US07 + ["MQ-9"], location=L(["Yemen"], cc="YE"), date=D("2023-10-01", "2025-04-21"), source=SAREE,
      aggregate=True),
    # one day's strikes told by each side as another object (a village's civilians / "command-and-control and weapons
    # storage facilities") -> one core event per version, each with its own numbers
    E(True,
      '"American aggression" killed 12 civilians, including four children, and wounded nine in strikes on the village of al-Mahdhar, in Saada\'s Sahar district, on Monday',
      EXP, AIR, actor1=US07, actor2=CIV + ["12 civilians", "four children", "village of al-Mahdhar"],
      location=MAHDHAR, date=D("2025-04-21"), killed=R(12), injured=R(9), source=HMOH07),
    E(True, 'its forces struck "Houthi command-and-control and weapons storage facilities" in Saada on Monday', EXP,
      AIR, actor1=US07, actor2=HOU07 + ["command-and-control", "weapons storage facilities"], location=SAADA,
      date=D("2025-04-21"), source=CENTCOM),
    # strikes blamed on "the American-Israeli aggression" -> both plus unknown; "on Monday night" -> both days;
    # "There was no word on casualties" -> no number field
    E(True, "at least three strikes on the Jabal Nuqum area on the eastern edge of the capital on Monday night", EXP,
      AIR, actor1=US07 + ISRAEL + UNK, actor2=HOU07 + ["Jabal Nuqum area"], location=SANAA,
      date=D("2025-04-21", "2025-04-22"), source=["Residents of Sanaa", "residents", "Houthi media"] + VD),
    # the launch (the claim; Israel confirms a launch) -> core; the target -> the location; the two hurt running to
    # shelters are no casualties of the missile -> no number field; "hit its target precisely" is judged false by the
    # desk and is not an event of its own
    E(True, 'The group fired a "Palestine-2" hypersonic ballistic missile at Ben Gurion airport on Tuesday evening',
      EXP, SHELL, actor1=HOU07, actor2=ISRAEL + ["Ben Gurion airport"], location=BENGURION, date=D("2025-04-22"),
      source=SAREE),
    # the interception "before it reached Israeli territory" -> no place given -> no location
    E(True, "a missile launched from Yemen was intercepted before it reached Israeli territory", STR, DISRUPT,
      actor1=ISRAEL, actor2=HOU07 + ["missile"], date=D("2025-04-22"), source=IDF07),
    # the detentions, told by relatives and a rights group; the group's "spy network" -> the same arrests told two
    # ways, a non-core copy; "last week" in a Wednesday piece -> Monday 14 to Sunday 20 April
    E(True,
      "Houthi security forces raided homes in Sanaa's Hadda and Shu'ub districts last week and detained at least seven people, two of them former employees of a UN agency",
      STR, ARRESTS, actor1=HOU07, actor2=CIV + ["seven people", "former employees of a UN agency", "UN agency"],
      location=SANAA, date=D("2025-04-14", "2025-04-20"),
      source=["Relatives", "relatives", "Yemeni Detainees' Rights Network"] + VD),
    E(False, 'The group\'s security services "dismantled a spy network"', STR, ARRESTS, actor1=HOU07,
      actor2=["spy network", "spies"], location=SANAA, source=SAREE),
    # the spokesman's conditional threat (an actor's own) -> planned
    E(False, 'the group would "expand its operations" if the strikes continue', EXP, SHELL, actor1=HOU07,
      actor2=US07 + ISRAEL, source=SAREE, status="planned"),
    # no gold: the satellite imagery, the verdicts, the sirens, "hit its target precisely" (judged false)
]
DOCS.append(
    (
        "dev-ab-07",
        "Sanaa Monitor (Verify Desk)",
        "2025-04-23",
        "fact-checking desk relaying and checking an armed group's claims",
        "Yemen: four Houthi claims checked - a drone shot down over Saada (the official's 'went down' 'in recent "
        "days'; wreckage 'about 15 km north-west of Saada city'; the group's running count), strikes on a Saada "
        "village in two versions (the health ministry's 12 dead / CENTCOM's facilities), night strikes on Sanaa "
        "blamed on 'the American-Israeli aggression', a missile at Ben Gurion and its interception (two hurt running "
        "to shelters: no number), detentions 'last week' versus a 'spy network', a conditional threat",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-ab-07", "Wednesday 23 April 2025", "2025-04-23", "Wednesday"),
    ("dev-ab-07", "on Tuesday night / on Tuesday evening", "2025-04-22", "Tuesday"),
    ("dev-ab-07", "on Monday / on Monday night", "2025-04-21", "Monday"),
]

# =============================================================================
# dev-ab-08  UN human rights office's press briefing note — Libya: Tripoli's Abu Salim and Salah al-Din, Martyrs'
# Square; Zawiya's refinery area and a house in Zawiya (Fri 16 May 2025)
# =============================================================================
T08 = """Press briefing note on Libya: civilians killed in Tripoli fighting; migrants abducted in Zawiya

Office of the UN High Commissioner for Human Rights | Spokesperson: Lamia Okafor | Geneva, 16 May 2025

We are deeply alarmed by the outbreak of heavy fighting in Tripoli this week and its toll on civilians.

Clashes erupted on the night of Monday to Tuesday between armed groups nominally affiliated with the Government of National Unity, the 444 Combat Brigade and the Stability Support Apparatus, in the densely populated neighbourhoods of Abu Salim and Salah al-Din. The fighting followed the killing of the Apparatus's commander at a military compound in the south of the capital earlier that evening.

According to information we have been able to verify, at least eight civilians were killed and dozens were wounded. The Emergency Medicine Centre has reported 11 deaths, without specifying how many were fighters. Shells and stray bullets struck homes, a hospital and a university residence.

We welcome the truce announced by the Presidential Council on Wednesday, and urge all parties to respect it and to withdraw fighters from residential areas. Any resumption of hostilities in these neighbourhoods would put thousands of civilians at grave risk.

On Thursday evening, thousands of people demonstrated in Martyrs' Square in central Tripoli, calling for the resignation of the government. While the protest was largely peaceful, we have received reports that unidentified gunmen fired into the air near the square, and that at least three journalists covering it were briefly detained by security personnel.

In Zawiya, some 45 km west of Tripoli, clashes between rival armed groups near the oil refinery last week killed five to seven people, including a 12-year-old boy, according to various local sources. We have also received credible reports that armed men abducted at least 11 migrants, among them three women, from a house used as a warehouse in Zawiya early this month. Their whereabouts remain unknown.

Since the beginning of the year, the UN Support Mission in Libya has documented armed violence that killed or injured at least 40 civilians across the country, not counting this week's events.

We call on the Libyan authorities to conduct prompt, independent investigations into the killings, to release all those arbitrarily detained, and to hold those responsible to account, whatever their affiliation.
"""

BDE444 = ["444 Combat Brigade", "444 Brigade", "Brigade 444"]
SSA = ["Stability Support Apparatus", "SSA", "Apparatus", "Stabilization Support Apparatus"]
GNUGROUPS = BDE444 + SSA + ["armed groups", "Government of National Unity", "GNU"]
LYSEC = ["security personnel", "Libyan security forces", "Police Forces of Libya", "unidentified gunmen", "gunmen"]
ZAWGROUPS = ["rival armed groups", "armed groups", "militias", "militia"] + UNK
OHCHR = ["Office of the UN High Commissioner for Human Rights", "OHCHR", "UN Human Rights Office", "United Nations",
         "Lamia Okafor", "author"]
EMC = ["Emergency Medicine Centre", "Emergency Medicine Center", "Libyan Ministry of Health"]
# Abu Salim and Salah al-Din lie within ~5 km of central Tripoli -> Tripoli's point
TRIPOLI = L(["Tripoli", "Abu Salim", "Salah al-Din", "neighbourhoods of Abu Salim and Salah al-Din"], 32.89, 13.19,
            "LY")
MARTYRS = L(["Martyrs' Square", "central Tripoli", "Tripoli"], 32.89, 13.18, "LY")
ZAWIYA = L(["Zawiya", "al-Zawiya", "Zawiyah", "oil refinery", "west of Tripoli"], 32.76, 12.73, "LY")
LIBYA = L(["Libya", "across the country"], cc="LY")
E08 = [
    # one night's fighting with two sources' tolls: the UN's verified civilians ("at least eight" and "dozens" a
    # paragraph later -> 8..open and 24..open) / the Emergency Medicine Centre's 11 deaths of all kinds -> one core
    # event per version, the UN's toll sentence a non-core copy; "on the night of Monday to Tuesday" -> both days
    E(True,
      "Clashes erupted on the night of Monday to Tuesday between armed groups nominally affiliated with the Government of National Unity, the 444 Combat Brigade and the Stability Support Apparatus, in the densely populated neighbourhoods of Abu Salim and Salah al-Din",
      BAT, CLASH, actor1=BDE444 + SSA, actor2=SSA + BDE444, location=TRIPOLI, date=D("2025-05-12", "2025-05-13"),
      killed=R(8, None), injured=R(24, None), source=OHCHR),
    E(False, "at least eight civilians were killed and dozens were wounded", BAT, CLASH, actor1=BDE444 + SSA,
      actor2=CIV + SSA + BDE444, location=TRIPOLI, date=D("2025-05-12", "2025-05-13"), killed=R(8, None),
      injured=R(24, None), source=OHCHR),
    E(True, "The Emergency Medicine Centre has reported 11 deaths", BAT, CLASH, actor1=BDE444 + SSA,
      actor2=SSA + BDE444, location=TRIPOLI, date=D("2025-05-12", "2025-05-13"), killed=R(11), source=EMC),
    # background inside the story: the killing that set it off (no killer named; an armed commander -> Battles)
    E(False,
      "the killing of the Apparatus's commander at a military compound in the south of the capital earlier that evening",
      BAT, CLASH, actor1=UNK + BDE444, actor2=SSA + ["Apparatus's commander", "commander"], location=TRIPOLI,
      date=D("2025-05-12"), killed=R(1), source=OHCHR),
    # a truce -> Agreement; "on Wednesday" -> 14 May
    E(True, "the truce announced by the Presidential Council on Wednesday", STR, AGREE,
      actor1=["Presidential Council", "Libyan Presidential Council"] + GNUGROUPS, actor2=GNUGROUPS,
      location=TRIPOLI, date=D("2025-05-14"), source=OHCHR),
    # the office's conditional -> hypothetical
    E(False, "Any resumption of hostilities in these neighbourhoods would put thousands of civilians at grave risk",
      BAT, CLASH, actor1=BDE444 + SSA, actor2=SSA + BDE444, location=TRIPOLI, source=OHCHR, status="hypothetical"),
    # a largely peaceful protest with shots in the air and detentions -> Protest with intervention; the journalists'
    # detention inside it -> non-core
    E(True,
      "thousands of people demonstrated in Martyrs' Square in central Tripoli, calling for the resignation of the government",
      PRO, INTERVENTION, **PROTEST_SIDES(LYSEC + ["thousands of people"]), location=MARTYRS, date=D("2025-05-15"),
      source=OHCHR),
    E(False, "at least three journalists covering it were briefly detained by security personnel", STR, ARRESTS,
      actor1=LYSEC, actor2=CIV + ["journalists", "three journalists"], location=MARTYRS, date=D("2025-05-15"),
      source=OHCHR),
    # "some 45 km west of Tripoli" describes Zawiya itself -> Zawiya's point; "last week" in a Friday note -> Monday 5
    # to Sunday 11 May; "five to seven" -> 5..7
    E(True,
      "clashes between rival armed groups near the oil refinery last week killed five to seven people, including a 12-year-old boy",
      BAT, CLASH, actor1=ZAWGROUPS, actor2=ZAWGROUPS, location=ZAWIYA, date=D("2025-05-05", "2025-05-11"),
      killed=R(5, 7), source=["various local sources", "local sources"] + OHCHR),
    # "early this month" -> 1-10 May; abductees are no casualties
    E(True,
      "armed men abducted at least 11 migrants, among them three women, from a house used as a warehouse in Zawiya early this month",
      VAC, ABDUCT, actor1=UNK + ["armed men"], actor2=CIV + ["migrants", "11 migrants", "three women"],
      location=ZAWIYA, date=D("2025-05-01", "2025-05-10"), source=OHCHR),
    # the mission's count: "killed or injured at least 40" -> casualties 40..open, aggregate
    E(False, "armed violence that killed or injured at least 40 civilians across the country", BAT, CLASH,
      actor1=["armed groups", "militias"] + UNK, actor2=CIV, location=LIBYA, date=D("2025-01-01", "2025-05-16"),
      casualties=R(40, None), source=["UN Support Mission in Libya", "UNSMIL"], aggregate=True),
    # the headline's copies
    E(False, "civilians killed in Tripoli fighting", BAT, CLASH, actor1=BDE444 + SSA, actor2=CIV, location=TRIPOLI,
      date=D("2025-05-12", "2025-05-13"), source=OHCHR),
    E(False, "migrants abducted in Zawiya", VAC, ABDUCT, actor1=UNK + ["armed men"], actor2=CIV + ["migrants"],
      location=ZAWIYA, date=D("2025-05-01", "2025-05-10"), source=OHCHR),
    # no gold: the shells and stray bullets on homes, a hospital and a residence (inside the clashes), the unidentified
    # gunmen firing in the air (inside the protest), the call for investigations, "those arbitrarily detained"
]
DOCS.append(
    (
        "dev-ab-08",
        "OHCHR (press briefing note)",
        "2025-05-16",
        "UN human rights office's press briefing note",
        "Libya: night clashes in Tripoli 'on the night of Monday to Tuesday' between two named GNU-affiliated groups "
        "in two tolls (the UN's verified 'at least eight' civilians and 'dozens' wounded / the Emergency Medicine "
        "Centre's 11), the commander's killing as trigger, a truce, a conditional, a protest with shots in the air "
        "and journalists detained, Zawiya clashes 'last week' ('five to seven'), migrants abducted 'early this "
        "month', a count 'killed or injured at least 40'",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-ab-08", "16 May 2025 (publication)", "2025-05-16", "Friday"),
    ("dev-ab-08", "On Thursday evening", "2025-05-15", "Thursday"),
    ("dev-ab-08", "on Wednesday", "2025-05-14", "Wednesday"),
    ("dev-ab-08", "night of Monday to Tuesday (end)", "2025-05-13", "Tuesday"),
    ("dev-ab-08", "night of Monday to Tuesday (start) / earlier that evening", "2025-05-12", "Monday"),
]

# =============================================================================
# dev-ab-09  security consultancy's client brief — Iran's Khuzestan: Ahvaz's Kianpars and Kut-e Abdollah, Susangerd
# and Hamidiyeh, a checkpoint on the outskirts of Susangerd, a gas pipeline 20 km west of Ahvaz (Thu 24 Jul 2025)
# =============================================================================
T09 = """Client brief: Iran - Khuzestan unrest (week to 24 July 2025)

Meridian Gate Risk Advisory | Middle East desk | Brief No. 2025-118 | Thursday 24 July 2025 | Risk rating, Ahvaz: HIGH (raised from MEDIUM)

KEY POINTS
- Protests over water and power cuts continued in Ahvaz for a third night on Tuesday.
- A police checkpoint near Susangerd was attacked on Monday night; two officers were killed.
- We assess that further unrest is likely over the coming week.

DEVELOPMENTS
Protests: On Tuesday night, several hundred people gathered in the Kianpars and Kut-e Abdollah districts of Ahvaz, chanting slogans against the authorities over prolonged outages amid temperatures above 50C. Security forces dispersed them with tear gas and birdshot. A Norway-based Ahwazi rights group reported that a 26-year-old man was killed and at least nine people were wounded. Provincial officials denied that anyone had died and said several police officers were hurt by "rioters" who damaged banks and public property.

Arrests: Local rights monitors say security forces detained at least 30 Arab activists in Susangerd and Hamidiyeh between Saturday and Tuesday. Some were reportedly taken from their homes at night. We could not confirm the figure.

Attack on police: On Monday night, gunmen on a motorcycle opened fire on a police checkpoint on the outskirts of Susangerd, killing two officers, according to state media. No group has claimed the attack. State media blamed "separatist elements", while local sources told us a clan dispute may have been behind it.

Pipeline: An explosion on a gas pipeline about 20 km west of Ahvaz on Wednesday started a large fire. Provincial officials said the blast may have been an act of sabotage, but a technical fault has not been ruled out. No casualties were reported.

Context: This is the most serious unrest in the province since July 2021, when several people were killed during protests over water shortages.

OUTLOOK
We assess that further protests are highly likely over the coming week, particularly after Friday prayers. If the death of the protester is confirmed, unrest could spread to Abadan and Khorramshahr.

ADVICE
Avoid all non-essential travel to Ahvaz and Susangerd. Keep away from gatherings, banks and government buildings. Expect mobile internet disruption.
"""

IRSEC = ["Iranian security forces", "Security forces", "security forces", "Police Forces of Iran", "police", "FARAJA",
         "riot police", "police officers", "police checkpoint", "officers"] + IRAN
AHVAZ_PROT = PROTESTERS + ["several hundred people", "rioters"]
GUNMEN09 = UNK + ["gunmen", "gunmen on a motorcycle", "separatist elements", "Arab separatists", "clan",
                  "clan dispute"]
MGRA = ["Meridian Gate Risk Advisory", "Meridian Gate", "author"]
RIGHTS09 = ["Norway-based Ahwazi rights group", "Ahwazi rights group", "rights group"]
PROVOFF = ["Provincial officials", "provincial officials", "Khuzestan officials"]
STATEMEDIA = ["state media", "State media", "Iranian state media"]
AHVAZ = L(["Ahvaz", "Ahwaz", "Kianpars", "Kut-e Abdollah", "Kut Abdollah"], 31.32, 48.67, "IR")
# Hamidiyeh lies ~25 km east of Susangerd, both named -> Susangerd's point (within 30 km of either)
SUSANGERD = L(["Susangerd", "Soosangerd", "Hamidiyeh", "Hamidiyah", "outskirts of Susangerd", "near Susangerd"],
              31.56, 48.18, "IR")
PIPELINE = LKM(["west of Ahvaz", "Ahvaz", "gas pipeline"], 31.32, 48.67, 20, 270, "IR")
KHUZESTAN = L(["Khuzestan", "Khuzestan province", "the province"], cc="IR")
E09 = [
    # the protest and its dispersal with birdshot: the rights group's toll (a 26-year-old killed, "at least nine"
    # wounded) two sentences later -> folded into the core Excessive force event (either order of the sides); "On
    # Tuesday night" -> both days
    E(True,
      "several hundred people gathered in the Kianpars and Kut-e Abdollah districts of Ahvaz, chanting slogans against the authorities over prolonged outages",
      PRO, EXCESSIVE, **PROTEST_SIDES(IRSEC + ["several hundred people"]), location=AHVAZ,
      date=D("2025-07-22", "2025-07-23"), killed=R(1), injured=R(9, None), source=MGRA + RIGHTS09),
    E(False, "a 26-year-old man was killed and at least nine people were wounded", PRO, EXCESSIVE,
      **PROTEST_SIDES(IRSEC), location=AHVAZ, date=D("2025-07-22", "2025-07-23"), killed=R(1), injured=R(9, None),
      source=RIGHTS09),
    # the officials' version: rioters hurting "several" officers (-> 3..open) and damaging banks -> a core
    # Riots/Violent demonstration of its own; their denial of the death -> non-core denied
    E(True, 'several police officers were hurt by "rioters" who damaged banks and public property', RIOT, VIOLENT,
      actor1=AHVAZ_PROT, actor2=IRSEC + ["banks", "public property"], location=AHVAZ,
      date=D("2025-07-22", "2025-07-23"), injured=R(3, None), source=PROVOFF),
    E(False, "Provincial officials denied that anyone had died", PRO, EXCESSIVE, **PROTEST_SIDES(IRSEC),
      location=AHVAZ, date=D("2025-07-22", "2025-07-23"), killed=R(1), source=PROVOFF, status="denied"),
    # the key point's three nights -> aggregate
    E(False, "Protests over water and power cuts continued in Ahvaz for a third night on Tuesday", PRO, PEACEFUL,
      actor1=AHVAZ_PROT, location=AHVAZ, date=D("2025-07-20", "2025-07-23"), source=MGRA, aggregate=True),
    # arrests in two towns over four days told as one wave by the monitors -> one core event ("between Saturday and
    # Tuesday" -> 19-22 July)
    E(True,
      "security forces detained at least 30 Arab activists in Susangerd and Hamidiyeh between Saturday and Tuesday",
      STR, ARRESTS, actor1=IRSEC, actor2=CIV + ["Arab activists", "30 Arab activists", "activists"],
      location=SUSANGERD, date=D("2025-07-19", "2025-07-22"), source=["Local rights monitors", "rights monitors"]),
    # an attack on an armed police post -> Battles; two candidate perpetrators ("separatist elements" / a clan) ->
    # both plus unknown; "On Monday night" -> both days; the key point's telling a non-core copy
    E(True,
      "gunmen on a motorcycle opened fire on a police checkpoint on the outskirts of Susangerd, killing two officers",
      BAT, CLASH, actor1=GUNMEN09, actor2=IRSEC, location=SUSANGERD, date=D("2025-07-21", "2025-07-22"),
      killed=R(2), source=STATEMEDIA + MGRA),
    E(False, "A police checkpoint near Susangerd was attacked on Monday night; two officers were killed", BAT, CLASH,
      actor1=GUNMEN09, actor2=IRSEC, location=SUSANGERD, date=D("2025-07-21", "2025-07-22"), killed=R(2),
      source=MGRA),
    # an explosion that "may have been an act of sabotage" -> an IED with status possible, core (the entry's own
    # subject); "No casualties were reported" -> killed and injured 0..0; "about 20 km west of Ahvaz" -> LKM
    E(True, "An explosion on a gas pipeline about 20 km west of Ahvaz on Wednesday started a large fire", EXP, IED,
      actor1=UNK + ["saboteurs"], actor2=["gas pipeline", "pipeline"], location=PIPELINE, date=D("2025-07-23"),
      killed=R(0), injured=R(0), source=PROVOFF + MGRA, status="possible"),
    # background: July 2021 ("several" -> 3..open)
    E(False, "July 2021, when several people were killed during protests over water shortages", PRO, EXCESSIVE,
      **PROTEST_SIDES(IRSEC), location=KHUZESTAN, date=D("2021-07-01", "2021-07-31"), killed=R(3, None),
      source=MGRA),
    # the forecasts: unconditional (future) -> planned; conditional -> hypothetical
    E(False, "We assess that further unrest is likely over the coming week", PRO, PEACEFUL, actor1=AHVAZ_PROT,
      location=KHUZESTAN, source=MGRA, status="planned"),
    E(False, "further protests are highly likely over the coming week, particularly after Friday prayers", PRO,
      PEACEFUL, actor1=AHVAZ_PROT, location=AHVAZ, source=MGRA, status="planned"),
    E(False, "If the death of the protester is confirmed, unrest could spread to Abadan and Khorramshahr", PRO,
      PEACEFUL, actor1=AHVAZ_PROT, location=L(["Abadan", "Khorramshahr"], 30.34, 48.30, "IR"), source=MGRA,
      status="hypothetical"),
    # no gold: the risk rating, the heat, "Some were reportedly taken from their homes at night" (inside the arrests),
    # "No group has claimed the attack", the technical fault, the advice
]
DOCS.append(
    (
        "dev-ab-09",
        "Meridian Gate Risk Advisory (client brief)",
        "2025-07-24",
        "security consultancy's client brief with key points, developments, outlook and advice",
        "Iran/Khuzestan: a night protest in Ahvaz dispersed with birdshot in two versions (a rights group's dead man "
        "and 'at least nine' wounded / officials' 'several' officers hurt by 'rioters') with the officials' denial, "
        "three nights (aggregate), arrests 'between Saturday and Tuesday', an attack on a checkpoint 'on the "
        "outskirts of Susangerd' blamed on 'separatist elements' or a clan, a pipeline blast 'about 20 km west of "
        "Ahvaz' that 'may have been' sabotage (possible), July 2021 background, forecasts and a conditional",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-ab-09", "Thursday 24 July 2025", "2025-07-24", "Thursday"),
    ("dev-ab-09", "on Wednesday", "2025-07-23", "Wednesday"),
    ("dev-ab-09", "On Tuesday night / on Tuesday / and Tuesday", "2025-07-22", "Tuesday"),
    ("dev-ab-09", "On Monday night", "2025-07-21", "Monday"),
    ("dev-ab-09", "between Saturday", "2025-07-19", "Saturday"),
]

# =============================================================================
# dev-ab-10  state police press note — India's Manipur: Thamnapokpi under Sagolmang PS and Sanasabi in Imphal East
# district, Khurai; the SP's office in Churachandpur, Tuibuong; Lamlai (a denied rumour) (Fri 18 Oct 2024)
# =============================================================================
T10 = """Manipur Police: press note on the security situation in the last 24 hours

MANIPUR POLICE | Police Headquarters, Imphal | Press Note dated 18-10-2024 | Status as on 6:00 am

1. On 17-10-2024 at about 7:30 pm, armed miscreants fired several rounds from the hill ranges towards Thamnapokpi and adjoining areas under Sagolmang PS, Imphal East District. Security forces deployed in the area retaliated, and the exchange of fire continued intermittently for about two hours. No casualty has been reported so far.

2. At about 11:45 pm of the same night, explosives reportedly dropped from a drone went off near a house at Sanasabi village, Imphal East District, injuring a woman aged 52 years and her grandson aged 9 years. Both have been shifted to JNIMS, Imphal, and are stated to be out of danger. A case has been registered at Sagolmang PS and investigation is in progress.

3. A mob of around 400-500 persons gathered in front of the office of the Superintendent of Police, Churachandpur, on the evening of 16-10-2024, demanding the release of a village volunteer arrested the previous day with an AK-47 rifle. The mob pelted stones and set fire to two vehicles parked in the premises. Security forces fired tear gas shells to disperse the mob. Two persons sustained injuries. The situation is tense but under control.

4. Security forces conducted search operations and area domination in the fringe and vulnerable areas of hill and valley districts. During the operations, the following were recovered near Tuibuong, Churachandpur District: 2 SLR rifles, 1 single-barrel gun, 4 hand grenades, 1 improvised mortar (Pompi) and assorted ammunition.

5. One active cadre of KCP (PWG), Th. Romen Singh (32), was arrested from his residence at Khurai, Imphal East, on 17-10-2024 for his involvement in extortion from shops and petrol pumps. Separately, two persons were arrested at Porompat with 38 grams of brown sugar.

6. Movement of 262 vehicles carrying essential items along NH-2 was ensured. Strict security measures have been taken in vulnerable stretches.

7. So far, 1,306 persons have been detained for violation of law in different districts of the valley.

8. The public is requested not to believe rumours. A message circulating on social media that armed miscreants abducted two farmers at Lamlai is false; both farmers have returned home safely.
"""

MPOL = ["Manipur Police", "police", "Security forces", "security forces", "Police Forces of India", "Assam Rifles",
        "Military Forces of India", "central forces", "Police Headquarters"]
MISCREANTS = UNK + ["armed miscreants", "miscreants", "suspected militants", "militants", "Kuki militants",
                    "Kuki-Zo militants"]
MOB10 = PROTESTERS + ["mob", "rioters", "A mob of around 400-500 persons"]
KCP = ["KCP (PWG)", "Kangleipak Communist Party", "KCP", "People's War Group", "active cadre", "Th. Romen Singh"]
MPSRC = ["Manipur Police", "Police Headquarters", "press note", "police", "author"]
# villages and police-station areas of the Imphal East foothills we cannot pin -> names and country
THAMNAPOKPI = L(["Thamnapokpi", "Sagolmang", "Imphal East", "Imphal East District", "hill ranges"], cc="IN")
SANASABI = L(["Sanasabi", "Sanasabi village", "Imphal East", "Imphal East District"], cc="IN")
CCP = L(["Churachandpur", "Lamka", "office of the Superintendent of Police, Churachandpur", "Churachandpur District"],
        24.33, 93.68, "IN")
# Tuibuong is part of the Churachandpur town area -> Churachandpur's point
TUIBUONG = L(["Tuibuong", "Churachandpur", "Churachandpur District"], 24.33, 93.68, "IN")
KHURAI = L(["Khurai", "Imphal East", "Imphal"], 24.81, 93.96, "IN")
VALLEY = L(["valley", "Imphal valley", "districts of the valley", "Manipur"], cc="IN")
E10 = [
    # fire from the hills on villages, answered by the security forces -> Battles; "No casualty has been reported so
    # far" -> killed and injured 0..0
    E(True,
      "armed miscreants fired several rounds from the hill ranges towards Thamnapokpi and adjoining areas under Sagolmang PS, Imphal East District",
      BAT, CLASH, actor1=MISCREANTS + MPOL, actor2=MPOL + CIV + ["Thamnapokpi"] + MISCREANTS, location=THAMNAPOKPI,
      date=D("2024-10-17"), killed=R(0), injured=R(0), source=MPSRC),
    # "explosives reportedly dropped from a drone" -> Air/drone strike (the blast is certain, the drone reported);
    # "At about 11:45 pm of the same night" -> 17 October; a grandmother and grandson by age -> injured 2
    E(True,
      "explosives reportedly dropped from a drone went off near a house at Sanasabi village, Imphal East District, injuring a woman aged 52 years and her grandson aged 9 years",
      EXP, AIR, actor1=MISCREANTS, actor2=CIV + ["house", "woman", "grandson"], location=SANASABI,
      date=D("2024-10-17"), injured=R(2), source=MPSRC),
    # a stone-throwing crowd that burns vehicles -> Riots/Violent demonstration; "around 400-500" is the crowd, not a
    # toll; "Two persons sustained injuries" three sentences later -> folded in, the stones sentence a non-core copy
    E(True,
      "A mob of around 400-500 persons gathered in front of the office of the Superintendent of Police, Churachandpur, on the evening of 16-10-2024",
      RIOT, VIOLENT, actor1=MOB10, actor2=MPOL, location=CCP, date=D("2024-10-16"), injured=R(2), source=MPSRC),
    E(False, "The mob pelted stones and set fire to two vehicles parked in the premises", RIOT, VIOLENT, actor1=MOB10,
      actor2=MPOL + ["two vehicles", "vehicles"], location=CCP, date=D("2024-10-16"), source=MPSRC),
    # the volunteer's arrest "the previous day" (a background reference, no place) -> non-core
    E(False, "a village volunteer arrested the previous day with an AK-47 rifle", STR, ARRESTS, actor1=MPOL,
      actor2=["village volunteer", "volunteer"], location=L(["Churachandpur District", "Churachandpur"], cc="IN"),
      date=D("2024-10-15"), source=MPSRC),
    # weapons recovered -> Disrupted weapons use; "in the last 24 hours" -> 17-18 October
    E(True, "the following were recovered near Tuibuong, Churachandpur District", STR, DISRUPT, actor1=MPOL,
      actor2=MISCREANTS + ["SLR rifles", "hand grenades", "improvised mortar"], location=TUIBUONG,
      date=D("2024-10-17", "2024-10-18"), source=MPSRC),
    E(True,
      "One active cadre of KCP (PWG), Th. Romen Singh (32), was arrested from his residence at Khurai, Imphal East, on 17-10-2024",
      STR, ARRESTS, actor1=MPOL, actor2=KCP, location=KHURAI, date=D("2024-10-17"), source=MPSRC),
    # the running count -> aggregate, undated
    E(False, "1,306 persons have been detained for violation of law in different districts of the valley", STR,
      ARRESTS, actor1=MPOL, actor2=["1,306 persons", "persons"], location=VALLEY, source=MPSRC, aggregate=True),
    # the rumour the police call false -> non-core denied
    E(False, "armed miscreants abducted two farmers at Lamlai", VAC, ABDUCT, actor1=MISCREANTS,
      actor2=CIV + ["two farmers", "farmers"], location=L(["Lamlai", "Imphal East"], cc="IN"), source=MPSRC,
      status="denied"),
    # no gold: "Security forces fired tear gas shells" (inside the riot), the drug arrests at Porompat (no political
    # violence), the convoy movement on NH-2, the search operations as such, the appeal
]
DOCS.append(
    (
        "dev-ab-10",
        "Manipur Police (press note)",
        "2024-10-18",
        "state police press note in numbered items",
        "India/Manipur, 24 hours in police prose: hill-range firing on Thamnapokpi answered by the security forces "
        "('No casualty has been reported so far'), explosives 'reportedly dropped from a drone' on Sanasabi (a woman "
        "'aged 52 years' and her grandson), a mob of 'around 400-500' at the SP's office in Churachandpur with the "
        "injured three sentences later and a background arrest 'the previous day', weapons recovered, a KCP (PWG) "
        "cadre arrested (drug arrests: no gold), a running count, a rumoured abduction declared false",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-ab-10", "18-10-2024 (publication)", "2024-10-18", "Friday"),
    ("dev-ab-10", "17-10-2024", "2024-10-17", "Thursday"),
    ("dev-ab-10", "16-10-2024", "2024-10-16", "Wednesday"),
]

# =============================================================================
# dev-ab-11  local news site's corrected and updated article — DR Congo's Ituri: a displacement site at Dhendro
# (invented) 25 km north-east of Bunia in Djugu territory, Bunia's governor's office and central market, Djugu centre;
# a site near Bule as background (Fri 14 Feb 2025)
# =============================================================================
T11 = """Death toll in Djugu displacement-site attack rises to at least 19; army says four attackers killed

Ituri Observer | Bunia | First published Wednesday 12 February 2025; updated and corrected Friday 14 February 2025

CORRECTION AND UPDATE: An earlier version of this article said the attack was carried out by the Allied Democratic Forces (ADF) and that 12 people had been killed. Local officials and the UN mission have since attributed it to fighters of the CODECO militia, and the toll has risen. The Observer regrets the error. The article has also been updated with the army's account and with events in Bunia on Tuesday.

BUNIA - Fighters of the CODECO militia attacked a site for displaced people at Dhendro, about 25 km north-east of Bunia in Djugu territory, in the early hours of Monday, killing at least 19 people, among them seven children, and wounding more than 30, the Djugu territory administrator said on Thursday. A coalition of civil society groups in Djugu put the number of dead at 23 and said about 40 shelters had been burned.

A local chief told the Observer that the attackers also abducted four women, whose fate is unknown.

The Congolese army (FARDC) said in a statement on Thursday that its troops, supported by UN peacekeepers, had "repelled" the assailants and killed four of them. A spokesperson for the UN mission, MONUSCO, said peacekeepers based nearby had exchanged fire with the attackers and evacuated wounded people to Bunia's general hospital.

On Tuesday, hundreds of displaced people and residents marched to the governor's office in Bunia to demand better protection. Police fired tear gas to disperse the crowd near the central market, and several people were arrested, witnesses said. In Djugu centre the same day, angry residents beat to death a man they accused of being a CODECO informant, according to a local rights activist.

CODECO, a loose alliance of mostly Lendu militias, has been blamed for repeated attacks on displacement sites in Djugu. A similar attack on a site near Bule two years ago killed dozens of people. The UN says militia violence in Ituri has killed more than 200 civilians since the start of 2024.
"""

CODECO = ["CODECO", "Cooperative for the Development of Congo", "CODECO militia", "Lendu militia", "attackers",
          "assailants", "militia", "Fighters of the CODECO militia"]
ADF = ["Allied Democratic Forces", "ADF", "ISCAP", "Islamic State Central Africa Province"]
FARDC = ["FARDC", "Congolese army", "Armed Forces of the Democratic Republic of the Congo",
         "Military Forces of the Democratic Republic of Congo", "its troops", "troops"]
MONUSCO = ["MONUSCO", "UN peacekeepers", "peacekeepers", "UN mission",
           "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"]
DRCPOL = ["Police", "police", "Congolese National Police", "PNC", "Police Forces of the Democratic Republic of Congo"]
DISPLACED = CIV + ["displaced people", "site for displaced people", "seven children", "shelters"]
OBS = ["Ituri Observer", "Observer", "author"]
ADMIN = ["Djugu territory administrator", "territory administrator", "administrator", "Local officials"] + OBS
# "about 25 km north-east of Bunia" -> LKM from Bunia
DHENDRO = LKM(["Dhendro", "site for displaced people", "displacement site", "Djugu territory", "Djugu",
               "north-east of Bunia"], 1.56, 30.25, 25, 45, "CD")
BUNIA = L(["Bunia", "governor's office", "central market", "governor's office in Bunia"], 1.56, 30.25, "CD")
DJUGU = L(["Djugu centre", "Djugu", "Djugu territory"], cc="CD")
ITURI = L(["Ituri", "Ituri province", "Djugu"], cc="CD")
E11 = [
    # the corrected story: the administrator's toll ("at least 19", "more than 30" wounded) / the civil society's 23
    # -> one core event per version; the withdrawn first version (ADF, 12 dead) -> non-core, status denied (the outlet
    # itself retracts it); "in the early hours of Monday" -> 10 February; burned shelters inside the attack
    E(True,
      "Fighters of the CODECO militia attacked a site for displaced people at Dhendro, about 25 km north-east of Bunia in Djugu territory, in the early hours of Monday, killing at least 19 people, among them seven children, and wounding more than 30",
      VAC, ATTACK, actor1=CODECO, actor2=DISPLACED, location=DHENDRO, date=D("2025-02-10"), killed=R(19, None),
      injured=R(31, None), source=ADMIN),
    E(True, "A coalition of civil society groups in Djugu put the number of dead at 23", VAC, ATTACK, actor1=CODECO,
      actor2=DISPLACED, location=DHENDRO, date=D("2025-02-10"), killed=R(23),
      source=["coalition of civil society groups", "civil society"]),
    E(False, "the attack was carried out by the Allied Democratic Forces (ADF) and that 12 people had been killed", VAC,
      ATTACK, actor1=ADF, actor2=DISPLACED, location=DHENDRO, date=D("2025-02-10"), killed=R(12), source=OBS,
      status="denied"),
    E(True, "the attackers also abducted four women, whose fate is unknown", VAC, ABDUCT, actor1=CODECO,
      actor2=CIV + ["four women", "women"], location=DHENDRO, date=D("2025-02-10"),
      source=["local chief", "A local chief"] + OBS),
    # the army's account: the attackers' dead only (one side) -> killed 4..open; MONUSCO's telling of the same fight a
    # non-core copy
    E(True,
      'its troops, supported by UN peacekeepers, had "repelled" the assailants and killed four of them',
      BAT, CLASH, actor1=FARDC + MONUSCO + CODECO, actor2=CODECO + FARDC + MONUSCO, location=DHENDRO,
      date=D("2025-02-10"), killed=R(4, None), source=["Congolese army", "FARDC", "army statement"]),
    E(False, "peacekeepers based nearby had exchanged fire with the attackers", BAT, CLASH,
      actor1=MONUSCO + CODECO, actor2=CODECO + MONUSCO, location=DHENDRO, date=D("2025-02-10"),
      source=["MONUSCO", "UN mission", "spokesperson"]),
    # a march dispersed with tear gas -> Protest with intervention; "On Tuesday" -> 11 February; the arrests inside
    # it -> non-core ("several" -> no number field: arrestees are no casualties)
    E(True,
      "hundreds of displaced people and residents marched to the governor's office in Bunia to demand better protection",
      PRO, INTERVENTION, **PROTEST_SIDES(DRCPOL + ["hundreds of displaced people", "residents"]), location=BUNIA,
      date=D("2025-02-11"), source=["witnesses"] + OBS),
    E(False, "several people were arrested", STR, ARRESTS, actor1=DRCPOL, actor2=PROTESTERS + ["several people"],
      location=BUNIA, date=D("2025-02-11"), source=["witnesses"]),
    # a lynching -> Riots/Mob violence; "the same day" -> Tuesday
    E(True, "angry residents beat to death a man they accused of being a CODECO informant", RIOT, MOB,
      actor1=["angry residents", "residents", "mob"], actor2=CIV + ["CODECO informant", "man"], location=DJUGU,
      date=D("2025-02-11"), killed=R(1), source=["local rights activist", "rights activist"]),
    # generic blame, background "two years ago" (-> 2023; "dozens" -> 24..open) and the UN's count -> non-core
    E(False, "has been blamed for repeated attacks on displacement sites in Djugu", VAC, ATTACK, actor1=CODECO,
      actor2=DISPLACED, location=DJUGU, source=OBS, aggregate=True),
    E(False, "A similar attack on a site near Bule two years ago killed dozens of people", VAC, ATTACK,
      actor1=CODECO, actor2=DISPLACED, location=L(["Bule", "site near Bule", "Djugu"], cc="CD"),
      date=D("2023-01-01", "2023-12-31"), killed=R(24, None), source=OBS),
    E(False, "militia violence in Ituri has killed more than 200 civilians since the start of 2024", VAC, ATTACK,
      actor1=CODECO + ADF + ["militias"], actor2=CIV, location=ITURI, date=D("2024-01-01", "2025-02-14"),
      killed=R(201, None), source=["United Nations", "the UN"], aggregate=True),
    # the headline's copies
    E(False, "Death toll in Djugu displacement-site attack rises to at least 19", VAC, ATTACK, actor1=CODECO,
      actor2=DISPLACED, location=DHENDRO, date=D("2025-02-10"), killed=R(19, None), source=OBS),
    E(False, "army says four attackers killed", BAT, CLASH, actor1=FARDC, actor2=CODECO, location=DHENDRO,
      date=D("2025-02-10"), killed=R(4), source=["Congolese army", "FARDC"]),
    # no gold: "the toll has risen" and the regret (notice prose), the evacuation of the wounded, the tear gas
    # (inside the march)
]
DOCS.append(
    (
        "dev-ab-11",
        "Ituri Observer (corrected and updated article)",
        "2025-02-14",
        "local news site's article with a correction and update notice",
        "DR Congo/Ituri: a correction withdrawing a first version (ADF, 12 dead) of an attack on a displacement site "
        "'about 25 km north-east of Bunia' 'in the early hours of Monday', the updated tolls in two versions ('at "
        "least 19' and 'more than 30' wounded / civil society's 23), four women abducted, the army's four attackers "
        "killed and MONUSCO's exchange of fire, a march in Bunia with tear gas and arrests 'On Tuesday', a lynching "
        "'the same day', generic blame, background 'two years ago' ('dozens'), a UN count",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-ab-11", "Friday 14 February 2025", "2025-02-14", "Friday"),
    ("dev-ab-11", "said on Thursday", "2025-02-13", "Thursday"),
    ("dev-ab-11", "Wednesday 12 February 2025", "2025-02-12", "Wednesday"),
    ("dev-ab-11", "On Tuesday / the same day", "2025-02-11", "Tuesday"),
    ("dev-ab-11", "in the early hours of Monday", "2025-02-10", "Monday"),
]

# =============================================================================
# dev-ab-12  separatist-leaning partisan opinion site — Cameroon's North-West region: the Bamunka quarter of Ndop and
# its gendarmerie brigade, Bambui on the outskirts of Bamenda, Bamenda's Nkwen neighbourhood, a school in Bamenda
# (Sat 25 May 2024)
# =============================================================================
T12 = """Bamenda bleeds again: La Republique’s terror troops burn Ndop, Restoration Forces strike back

Ambazonia Frontline | Opinion & News | 25 May 2024 | By Comrade Ni Akwo

Once again the world looks away while the colonial army of La Republique du Cameroun writes our history in blood.

On Thursday morning, soldiers of the notorious BIR stormed the Bamunka quarter of Ndop, torched at least 15 houses and dragged out a 70-year-old farmer, Pa Ngwa Tamfu, whom they shot dead in front of his grandchildren, residents told this publication. Two other villagers, a woman and a young boy, were wounded by gunfire. As usual, the regional governor’s office went on state radio to claim that soldiers had “neutralised two terrorists” and “recovered weapons” in Ndop during a “search operation”. Lies, as always.

Our gallant Restoration Forces did not wait. That same evening, Amba fighters ambushed a military convoy at Bambui, on the outskirts of Bamenda, sending at least six colonial soldiers to their graves, according to a statement signed by Field Marshal Ebube of the Bui-Mezam Defence Council. The occupation army admits only that two soldiers were wounded in what it called a “cowardly attack”.

The day before yesterday, the Restoration Forces also “arrested” a council official in Bamenda’s Nkwen neighbourhood who was accused of collaborating with the occupiers. He will face the people’s justice.

Restoration Forces further claim that an IED hit an armoured vehicle near the Ndop gendarmerie brigade on Wednesday, “destroying it completely”. We could not confirm casualties.

In Bamenda, a school that defied the lockdown was reportedly set on fire on Monday night by unknown persons. Parents who still send their children to the schools of the occupier should ask themselves why.

Since 2017, more than 6,000 of our people have been killed by this genocidal regime, and over 700,000 have fled their homes. The occupation army will drown in the blood it has spilled, and every BIR camp in Ndop will become a graveyard. Victory is certain.
"""

CMR = ["Cameroonian army", "Cameroon army", "BIR", "Rapid Intervention Battalion", "Bataillon d'Intervention Rapide",
       "soldiers", "colonial army", "La Republique du Cameroun", "occupation army", "Military Forces of Cameroon",
       "terror troops", "military convoy", "colonial soldiers", "gendarmerie", "Cameroon"]
AMBA = ["Ambazonian separatists", "Amba fighters", "Amba Boys", "Restoration Forces", "separatists",
        "Bui-Mezam Defence Council", "Field Marshal Ebube", "Ambazonia", "Ambazonian"]
AF = ["Ambazonia Frontline", "Ni Akwo", "author"]
AMBASRC = ["Field Marshal Ebube", "Bui-Mezam Defence Council", "Restoration Forces", "statement"] + AMBA
CMRSRC = ["regional governor's office", "regional governor’s office", "governor's office", "state radio",
          "occupation army", "Cameroonian army", "army"]
# Ndop's position we cannot pin to ~5 km -> names and country
NDOP = L(["Ndop", "Bamunka", "Bamunka quarter of Ndop", "Ndop gendarmerie brigade"], cc="CM")
# "at Bambui, on the outskirts of Bamenda" -> Bamenda's point
BAMBUI = L(["Bambui", "outskirts of Bamenda", "Bamenda"], 5.96, 10.15, "CM")
BAMENDA = L(["Bamenda", "Nkwen", "Nkwen neighbourhood"], 5.96, 10.15, "CM")
NW = L(["North-West", "North-West region", "Southern Cameroons", "Ambazonia", "Anglophone regions"], cc="CM")
E12 = [
    # the residents' version: a raid with arson and a killing -> Violence against civilians; the two wounded a
    # sentence later -> folded in, the sentence a non-core copy; "On Thursday morning" -> 23 May
    E(True,
      "soldiers of the notorious BIR stormed the Bamunka quarter of Ndop, torched at least 15 houses and dragged out a 70-year-old farmer, Pa Ngwa Tamfu, whom they shot dead in front of his grandchildren",
      VAC, ATTACK, actor1=CMR, actor2=CIV + ["70-year-old farmer", "Pa Ngwa Tamfu", "houses", "villagers"],
      location=NDOP, date=D("2024-05-23"), killed=R(1), injured=R(2), source=["residents"] + AF),
    E(False, "Two other villagers, a woman and a young boy, were wounded by gunfire", VAC, ATTACK, actor1=CMR,
      actor2=CIV + ["woman", "young boy", "villagers"], location=NDOP, date=D("2024-05-23"), injured=R(2),
      source=["residents"] + AF),
    # the governor's version of the same operation (another object: "terrorists") -> a core Battles event of its own;
    # "neutralised" -> no number field
    E(True, "soldiers had “neutralised two terrorists” and “recovered weapons” in Ndop during a “search operation”",
      BAT, CLASH, actor1=CMR + AMBA, actor2=AMBA + ["terrorists", "two terrorists"] + CMR, location=NDOP,
      date=D("2024-05-23"), source=CMRSRC),
    # the ambush in two versions: the separatists' claim ("sending at least six ... to their graves" -> killed
    # 6..open) / the army's two wounded -> one core event per version; "That same evening" -> 23 May
    E(True,
      "Amba fighters ambushed a military convoy at Bambui, on the outskirts of Bamenda, sending at least six colonial soldiers to their graves",
      BAT, CLASH, actor1=AMBA, actor2=CMR, location=BAMBUI, date=D("2024-05-23"), killed=R(6, None), source=AMBASRC),
    E(True, "two soldiers were wounded in what it called a “cowardly attack”", BAT, CLASH, actor1=AMBA, actor2=CMR,
      location=BAMBUI, date=D("2024-05-23"), injured=R(2), source=CMRSRC),
    # a separatists' "arrest" of a civilian official -> Violence against civilians/Abduction (the outlet's framing
    # aside); "The day before yesterday" in a Saturday piece -> Thursday; the threat that follows -> planned
    E(True,
      "the Restoration Forces also “arrested” a council official in Bamenda’s Nkwen neighbourhood who was accused of collaborating with the occupiers",
      VAC, ABDUCT, actor1=AMBA, actor2=CIV + ["council official"], location=BAMENDA, date=D("2024-05-23"),
      source=AF + AMBA),
    E(False, "He will face the people’s justice", VAC, ATTACK, actor1=AMBA, actor2=CIV + ["council official"],
      location=BAMENDA, source=AF, status="planned"),
    # the separatists' claim -> core, occurred, sourced to them; "We could not confirm casualties" -> no number field
    E(True, "an IED hit an armoured vehicle near the Ndop gendarmerie brigade on Wednesday", EXP, IED,
      actor1=AMBA, actor2=CMR + ["armoured vehicle"], location=NDOP, date=D("2024-05-22"), source=AMBASRC),
    # arson on a school by "unknown persons" whom the author hints at -> unknown plus the separatists; "reportedly"
    # -> still told as having happened; "on Monday night" -> both days
    E(True, "a school that defied the lockdown was reportedly set on fire on Monday night by unknown persons", STR,
      LOOT, actor1=UNK + ["unknown persons"] + AMBA, actor2=CIV + ["school"], location=BAMENDA,
      date=D("2024-05-20", "2024-05-21"), source=AF),
    # the outlet's count ("more than 6,000" -> 6001..open) -> aggregate; the closing threat and metaphor -> planned
    E(False, "Since 2017, more than 6,000 of our people have been killed by this genocidal regime", VAC, ATTACK,
      actor1=CMR, actor2=CIV + ["our people"], location=NW, date=D("2017-01-01", "2024-05-25"), killed=R(6001, None),
      source=AF, aggregate=True),
    E(False, "every BIR camp in Ndop will become a graveyard", BAT, CLASH, actor1=AMBA, actor2=CMR + ["BIR camp"],
      location=NDOP, source=AF, status="planned"),
    # the headline's copy
    E(False, "La Republique’s terror troops burn Ndop", VAC, ATTACK, actor1=CMR, actor2=CIV, location=NDOP,
      date=D("2024-05-23"), source=AF),
    # no gold: "writes our history in blood" and "Bamenda bleeds again" (metaphors), "Lies, as always", "Our gallant
    # Restoration Forces did not wait", the displaced "over 700,000" (no act), the lockdown (no announcement told),
    # "Restoration Forces strike back" (the headline's generic half), "Victory is certain"
]
DOCS.append(
    (
        "dev-ab-12",
        "Ambazonia Frontline",
        "2024-05-25",
        "separatist-leaning partisan opinion site",
        "Cameroon/North-West in a separatist voice: a BIR raid on Ndop 'On Thursday morning' (a 70-year-old shot, two "
        "wounded a sentence later) versus the governor's 'neutralised two terrorists', an ambush at Bambui 'on the "
        "outskirts of Bamenda' in two versions (the claim's 'at least six ... to their graves' / the army's two "
        "wounded), an abduction framed as an 'arrest' 'The day before yesterday' and a threat, a claimed IED, a "
        "school burned 'reportedly' by 'unknown persons', the outlet's count, metaphors and threats; typographic "
        "quotes",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-ab-12", "25 May 2024 (publication)", "2024-05-25", "Saturday"),
    ("dev-ab-12", "On Thursday morning / That same evening / The day before yesterday", "2024-05-23", "Thursday"),
    ("dev-ab-12", "on Wednesday", "2024-05-22", "Wednesday"),
    ("dev-ab-12", "on Monday night", "2024-05-20", "Monday"),
]

# =============================================================================
# dev-ab-13  weekend newspaper feature with quotes — Niger's Tillabéri region: the market of Darey Tondi (invented)
# some 18 km east of Téra, a well near Ouallam, a patrol 30 km north of Ouallam, Tillabéri town (Sun 30 Mar 2025)
# =============================================================================
T13 = """'They came on forty motorbikes': in Niger's Tillabéri, a market village counts its dead

The Sahel Review | Weekend feature | Sunday 30 March 2025 | By Mariama Soumana

TÉRA, Niger - Hamidou, 41, still cannot say the number aloud. Last Friday, as traders laid out grain and goats at the weekly market of Darey Tondi, a village some 18 km east of Téra, gunmen arrived "on forty motorbikes, maybe more" and opened fire on the crowd. He lost two brothers and a 14-year-old nephew.

"They did not ask anything. They shot, then they took the animals," he said, sitting in the courtyard of a relative's house in Téra, where his family has taken refuge.

Officials in Téra put the toll at 22 dead. A local elected official, who asked not to be named for fear of reprisals, said at least 34 people were killed and dozens wounded. No group has claimed the attack. Security sources attributed it to the Islamic State Sahel Province, but residents say fighters of the al-Qaeda-linked JNIM have also been active in the area, and some believe they were responsible.

Darey Tondi had already lost its chief. Late last year, gunmen took Boubacar Hama, 67, from his home in the night; his family has heard nothing since.

Further east, near Ouallam, families tell a different story about an army drone strike two weeks ago. The army said it had destroyed "a terrorist gathering". Relatives say the strike hit herders watering cattle at a well, killing nine of them, the youngest 16.

The defence ministry said in a communiqué that ten soldiers were killed on 14 March when their patrol was ambushed about 30 km north of Ouallam, and that "dozens of terrorists" were neutralised in the fighting.

In Tillabéri, the regional capital, police arrested a local radio journalist on Tuesday after he broadcast interviews with survivors of the market attack. He is accused of "undermining the morale of the troops".

"The situation is under control," the regional governor told state television this week. A Niamey-based monitoring group counts more than 1,200 civilians killed in Tillabéri region in 2024.

In Téra, young men from Darey Tondi say they will form a self-defence group if the army does not return. "The bush has eyes," one of them said. "Now we must have eyes too."
"""

ISSP = ["Islamic State Sahel Province", "Islamic State Sahel", "IS Sahel", "ISSP", "Islamic State",
        "Islamic State in the Greater Sahara", "ISGS"]
JIHADISTS13 = ISSP + JNIM + UNK + ["gunmen", "terrorists"]
FAN = ["Nigerien army", "Niger army", "army", "Armed Forces of Niger", "Military Forces of Niger", "soldiers",
       "patrol", "defence ministry", "army drone"]
NIGPOL = ["police", "Nigerien police", "Police Forces of Niger"]
SR = ["The Sahel Review", "Sahel Review", "Mariama Soumana", "author"]
MARKET = CIV + ["crowd", "traders", "weekly market", "market", "two brothers", "14-year-old nephew"]
# "some 18 km east of Téra" -> LKM from Téra
DAREY = LKM(["Darey Tondi", "weekly market of Darey Tondi", "east of Téra", "Téra", "Tera"], 14.01, 0.75, 18, 90,
            "NE")
# "near Ouallam" -> Ouallam's point; "about 30 km north of Ouallam" -> LKM
OUALLAM = L(["Ouallam", "near Ouallam", "Ouallam department", "well"], 14.32, 2.09, "NE")
OUALLAM_N = LKM(["north of Ouallam", "Ouallam"], 14.32, 2.09, 30, 0, "NE")
TILLABERI = L(["Tillabéri", "Tillaberi", "regional capital"], 14.21, 1.45, "NE")
TILL_REGION = L(["Tillabéri region", "Tillaberi region", "Tillabéri"], cc="NE")
E13 = [
    # the market massacre in two versions: the officials' 22 dead (a paragraph later, folded into the narrated
    # attack) / the elected official's "at least 34" killed and "dozens" wounded -> one core event per version, the
    # officials' toll sentence a non-core copy; the perpetrator contested (ISSP per security sources, JNIM per some
    # residents) -> both plus unknown; "Last Friday" in a Sunday paper may mean 28 or 21 March -> both
    E(True, 'gunmen arrived "on forty motorbikes, maybe more" and opened fire on the crowd', VAC, ATTACK,
      actor1=JIHADISTS13, actor2=MARKET, location=DAREY, date=D("2025-03-21", "2025-03-28"), killed=R(22),
      source=["Hamidou", "Officials in Téra", "officials"] + SR),
    E(False, "Officials in Téra put the toll at 22 dead", VAC, ATTACK, actor1=JIHADISTS13, actor2=MARKET,
      location=DAREY, date=D("2025-03-21", "2025-03-28"), killed=R(22), source=["Officials in Téra", "officials"]),
    E(True, "at least 34 people were killed and dozens wounded", VAC, ATTACK, actor1=JIHADISTS13, actor2=MARKET,
      location=DAREY, date=D("2025-03-21", "2025-03-28"), killed=R(34, None), injured=R(24, None),
      source=["local elected official", "elected official"]),
    # the livestock taken in the same attack -> non-core
    E(False, "then they took the animals", STR, LOOT, actor1=JIHADISTS13, actor2=CIV + ["animals", "goats"],
      location=DAREY, date=D("2025-03-21", "2025-03-28"), source=["Hamidou"]),
    # the chief's abduction "Late last year" -> October to December 2024; told with a name, an age and a place
    E(True, "Late last year, gunmen took Boubacar Hama, 67, from his home in the night", VAC, ABDUCT,
      actor1=UNK + ["gunmen"] + ISSP + JNIM, actor2=CIV + ["Boubacar Hama", "chief", "village chief"],
      location=DAREY, date=D("2024-10-01", "2024-12-31"), source=SR + ["family"]),
    # one strike, the same people told two ways (herders at a well / "a terrorist gathering") -> one core event with
    # both in actor2, the army's telling a non-core copy; "two weeks ago" in a Sunday paper -> 10-20 March
    E(True, "the strike hit herders watering cattle at a well, killing nine of them, the youngest 16", EXP, AIR,
      actor1=FAN, actor2=CIV + ["herders", "cattle", "well", "terrorist gathering"], location=OUALLAM,
      date=D("2025-03-10", "2025-03-20"), killed=R(9), source=["Relatives", "relatives", "families"] + SR),
    E(False, 'The army said it had destroyed "a terrorist gathering"', EXP, AIR, actor1=FAN,
      actor2=ISSP + JNIM + ["terrorist gathering", "terrorists"], location=OUALLAM, date=D("2025-03-10", "2025-03-20"),
      source=["army", "Nigerien army"]),
    # an ambush on a patrol: the army's own dead only ("dozens of terrorists" "neutralised": no number) -> killed
    # 10..open
    E(True, "ten soldiers were killed on 14 March when their patrol was ambushed about 30 km north of Ouallam", BAT,
      CLASH, actor1=JIHADISTS13, actor2=FAN, location=OUALLAM_N, date=D("2025-03-14"), killed=R(10, None),
      source=["defence ministry", "Niger defence ministry", "communiqué"]),
    # "on Tuesday" -> 25 March
    E(True, "police arrested a local radio journalist on Tuesday", STR, ARRESTS, actor1=NIGPOL,
      actor2=CIV + ["local radio journalist", "journalist"], location=TILLABERI, date=D("2025-03-25"), source=SR),
    # a monitor's year count ("more than 1,200" -> 1201..open) -> aggregate
    E(False, "more than 1,200 civilians killed in Tillabéri region in 2024", VAC, ATTACK,
      actor1=ISSP + JNIM + FAN + UNK, actor2=CIV, location=TILL_REGION, date=D("2024-01-01", "2024-12-31"),
      killed=R(1201, None), source=["Niamey-based monitoring group", "monitoring group"], aggregate=True),
    # the young men's conditional plan (their own) -> planned Change to group/activity
    E(False, "young men from Darey Tondi say they will form a self-defence group if the army does not return", STR,
      CHANGE, actor1=["young men from Darey Tondi", "young men", "self-defence group"], location=DAREY,
      source=["young men from Darey Tondi", "young men"], status="planned"),
    # no gold: the headline's quote (no act), the refuge in Téra, "No group has claimed the attack", the charge of
    # "undermining the morale of the troops", the governor's "under control", "The bush has eyes" (a metaphor)
]
DOCS.append(
    (
        "dev-ab-13",
        "The Sahel Review (weekend feature)",
        "2025-03-30",
        "weekend newspaper feature with survivors' quotes",
        "Niger/Tillabéri: a market massacre 'some 18 km east of Téra' 'Last Friday' (ambiguous in a Sunday paper) in "
        "two tolls (officials' 22 / an elected official's 'at least 34' and 'dozens' wounded) with a contested "
        "perpetrator (ISSP or JNIM) and livestock taken, a chief taken 'Late last year', a drone strike 'two weeks "
        "ago' told as herders at a well and as 'a terrorist gathering', an ambush 'about 30 km north of Ouallam' (ten "
        "soldiers, 'dozens of terrorists' neutralised), a journalist arrested, a year's count, a conditional plan, a "
        "metaphor",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-ab-13", "Sunday 30 March 2025", "2025-03-30", "Sunday"),
    ("dev-ab-13", "Last Friday (nearest)", "2025-03-28", "Friday"),
    ("dev-ab-13", "Last Friday (the week before)", "2025-03-21", "Friday"),
    ("dev-ab-13", "on Tuesday", "2025-03-25", "Tuesday"),
]

# =============================================================================
# dev-ab-14  wire story — Haiti's Artibonite: Liancourt, the bridge at Pont-Sondé, National Road 1 just north of
# Saint-Marc, Saint-Marc's police station (Tue 17 Jun 2025)
# =============================================================================
T14 = """Haiti gang attack on Artibonite town kills at least 17; police retake bridge

SAINT-MARC, Haiti, June 17 (Caribbean Wire) - Members of the Gran Grif gang attacked the town of Liancourt in Haiti's Artibonite department before dawn on Monday, killing at least 17 people, including a three-month-old baby, and setting dozens of homes on fire, the town's deputy mayor said.

At least 10 wounded people were taken to hospital in Saint-Marc, he said. A Port-au-Prince-based rights group, the Collective for Justice and Rights (CJD), said more than 20 people had been killed and that some bodies had been thrown into the Artibonite river.

Police and soldiers, backed by armoured vehicles of the Kenyan-led Multinational Security Support (MSS) mission, retook the bridge at Pont-Sondé on Monday afternoon after a firefight lasting about two hours, the Haitian National Police said in a statement, adding that "several bandits" were killed. The bridge carries the main road north and had been held by the gang since late last year.

In a video circulated on social media, a man who identified himself as a Gran Grif commander said the attack was revenge for the killing of four gang members by a self-defence brigade in Liancourt last week, and warned that Saint-Marc would be "next".

On Saturday, gunmen kidnapped three health workers, among them a nurse and a pharmacist, on National Road 1 just north of Saint-Marc, the hospital where they work said. No ransom demand has been made public.

In Saint-Marc on Tuesday morning, several hundred people marched peacefully to the police station to demand more officers and armoured vehicles for the Artibonite.

More than 3,000 residents have fled Liancourt since Monday, according to the International Organization for Migration. The UN says at least 250 people have been killed in the Artibonite since January.

(Reporting by Jean-Robert Pierre in Saint-Marc; additional reporting by Nadia Vilsaint in Port-au-Prince; editing by Tom Hale)
"""

GRANGRIF = ["Gran Grif", "Gran Grif gang", "gang", "gang members", "bandits", "Gran Grif commander"]
PNH14 = ["Haitian National Police", "PNH", "police", "Police Forces of Haiti", "Police Nationale d'Haïti"]
FADH = ["soldiers", "Haitian army", "Armed Forces of Haiti", "Military Forces of Haiti"]
MSS = ["Multinational Security Support", "MSS", "Kenyan-led", "Kenyan police", "MSS mission"]
BRIGADE = ["self-defence brigade", "self-defense brigade", "vigilantes", "brigade", "Liancourt brigade"]
CW = ["Caribbean Wire", "Jean-Robert Pierre", "author"]
MAYOR14 = ["deputy mayor", "town's deputy mayor", "Liancourt deputy mayor"] + CW
CJD = ["Collective for Justice and Rights", "CJD", "rights group"]
GGCMD = ["Gran Grif commander", "Gran Grif", "video"]
# Liancourt and Pont-Sondé lie in the lower Artibonite valley, ~15-20 km east of Saint-Marc; we cannot pin them to
# ~5 km -> names and country
LIANCOURT = L(["Liancourt", "town of Liancourt", "Artibonite department", "Artibonite"], cc="HT")
PONTSONDE = L(["Pont-Sondé", "Pont Sondé", "Pont Sonde", "bridge at Pont-Sondé", "Artibonite"], cc="HT")
SAINTMARC = L(["Saint-Marc", "St-Marc", "Saint Marc", "National Road 1", "north of Saint-Marc", "police station"],
              19.11, -72.69, "HT")
ARTIBONITE = L(["Artibonite", "Artibonite department"], cc="HT")
E14 = [
    # the attack in two versions: the deputy mayor's "at least 17" (and "At least 10" wounded a sentence later) / the
    # rights group's "more than 20" (-> 21..open) -> one core event per version; "before dawn on Monday" -> 16 June;
    # the burned homes inside the attack
    E(True,
      "Members of the Gran Grif gang attacked the town of Liancourt in Haiti's Artibonite department before dawn on Monday, killing at least 17 people, including a three-month-old baby, and setting dozens of homes on fire",
      VAC, ATTACK, actor1=GRANGRIF, actor2=CIV + ["town of Liancourt", "three-month-old baby", "homes"],
      location=LIANCOURT, date=D("2025-06-16"), killed=R(17, None), injured=R(10, None), source=MAYOR14),
    E(False, "At least 10 wounded people were taken to hospital in Saint-Marc", VAC, ATTACK, actor1=GRANGRIF,
      actor2=CIV, location=LIANCOURT, date=D("2025-06-16"), injured=R(10, None), source=MAYOR14),
    E(True, "more than 20 people had been killed and that some bodies had been thrown into the Artibonite river", VAC,
      ATTACK, actor1=GRANGRIF, actor2=CIV + ["people", "bodies"], location=LIANCOURT, date=D("2025-06-16"),
      killed=R(21, None), source=CJD),
    # the bridge retaken after a firefight -> Battles/Government regains territory; "several bandits" -> 3..open;
    # "on Monday afternoon" -> 16 June
    E(True,
      "Police and soldiers, backed by armoured vehicles of the Kenyan-led Multinational Security Support (MSS) mission, retook the bridge at Pont-Sondé on Monday afternoon after a firefight lasting about two hours",
      BAT, GOVREGAIN, actor1=PNH14 + FADH + MSS, actor2=GRANGRIF, location=PONTSONDE, date=D("2025-06-16"),
      killed=R(3, None), source=PNH14 + ["statement"]),
    # background: the gang's hold "since late last year" -> the takeover, October to December 2024, non-core
    E(False, "had been held by the gang since late last year", BAT, NSAOVER, actor1=GRANGRIF, actor2=PNH14,
      location=PONTSONDE, date=D("2024-10-01", "2024-12-31"), source=CW),
    # the commander's reference to "last week" (Monday 9 to Sunday 15 June) -> non-core background; his warning ->
    # planned
    E(False, "the killing of four gang members by a self-defence brigade in Liancourt last week", BAT, CLASH,
      actor1=BRIGADE, actor2=GRANGRIF + ["four gang members"], location=LIANCOURT, date=D("2025-06-09", "2025-06-15"),
      killed=R(4), source=GGCMD),
    E(False, 'warned that Saint-Marc would be "next"', VAC, ATTACK, actor1=GRANGRIF, actor2=CIV, location=SAINTMARC,
      source=GGCMD, status="planned"),
    # "On Saturday" -> 14 June; "just north of Saint-Marc" with no distance -> Saint-Marc's point; abductees are no
    # casualties; no gang named -> unknown
    E(True,
      "gunmen kidnapped three health workers, among them a nurse and a pharmacist, on National Road 1 just north of Saint-Marc",
      VAC, ABDUCT, actor1=UNK + ["gunmen"], actor2=CIV + ["three health workers", "health workers", "nurse",
                                                            "pharmacist"],
      location=SAINTMARC, date=D("2025-06-14"), source=["hospital"] + CW),
    # "on Tuesday morning" in a Tuesday story -> 17 June
    E(True,
      "several hundred people marched peacefully to the police station to demand more officers and armoured vehicles for the Artibonite",
      PRO, PEACEFUL, actor1=PROTESTERS + ["several hundred people"], location=SAINTMARC, date=D("2025-06-17"),
      source=CW),
    # the UN's count ("at least 250" -> 250..open) -> aggregate
    E(False, "at least 250 people have been killed in the Artibonite since January", VAC, ATTACK,
      actor1=GRANGRIF + UNK, actor2=CIV, location=ARTIBONITE, date=D("2025-01-01", "2025-06-17"),
      killed=R(250, None), source=["United Nations", "the UN"], aggregate=True),
    # the headline's copies
    E(False, "Haiti gang attack on Artibonite town kills at least 17", VAC, ATTACK, actor1=GRANGRIF, actor2=CIV,
      location=LIANCOURT, date=D("2025-06-16"), killed=R(17, None), source=CW),
    E(False, "police retake bridge", BAT, GOVREGAIN, actor1=PNH14, actor2=GRANGRIF, location=PONTSONDE,
      date=D("2025-06-16"), source=CW),
    # no gold: "the attack was revenge" (a motive), "No ransom demand has been made public", the flight of 3,000
    # residents (displacement), the reporting credits
]
DOCS.append(
    (
        "dev-ab-14",
        "Caribbean Wire",
        "2025-06-17",
        "wire story with a dateline and credits",
        "Haiti/Artibonite: a gang attack on Liancourt 'before dawn on Monday' in two versions (the deputy mayor's 'at "
        "least 17' and 'At least 10' wounded a sentence later / a rights group's 'more than 20'), a bridge retaken "
        "after a firefight ('several bandits'), the gang's hold 'since late last year', a commander's revenge motive "
        "('last week') and warning, a kidnapping 'just north of Saint-Marc', a peaceful march 'on Tuesday morning', "
        "a UN count",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-ab-14", "June 17 / on Tuesday morning", "2025-06-17", "Tuesday"),
    ("dev-ab-14", "before dawn on Monday / on Monday afternoon", "2025-06-16", "Monday"),
    ("dev-ab-14", "On Saturday", "2025-06-14", "Saturday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_ab", check_ab, strip_text=True)


if __name__ == "__main__":
    main()
