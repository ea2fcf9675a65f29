"""Writes dev_p.gold.jsonl: sixteen development articles, half of them from conflicts outside the Middle East that
conflict coders also track - Sudan (El Fasher's Abu Shouk camp, Kabkabiya, Wad Madani and a village east of it,
Omdurman's Sabreen market), the Sahel (central Mali at Djenné, the Boni-Douentza and Bandiagara-Bankass roads;
northern Burkina Faso north of Djibo and around Arbinda, Ouagadougou; Niger's Tillabéri in the Téra department and
north of Ouallam), Nigeria (Borno at Malam Fatori, the Tumbun islands of Lake Chad, the Maiduguri-Damboa road,
Monguno, Bama and Gwoza; Zamfara at Tsafe, Gusau and Maru), Somalia (Mogadishu's Lido beach, the Aden Adde airport
zone, Hodan and Wadajir; Awdheegle in Lower Shabelle; north-east of Kismayo), eastern DR Congo (Lushagala camp outside
Goma, Kingi in Masisi, Mabalako north-east of Beni, Kiwanja in Rutshuru; Kinshasa), Myanmar (Depayin, Monywa and Kani
in Sagaing; Ann and Kyaukphyu in Rakhine; Mandalay), Russia and Ukraine (Saratov, Enerhodar, Kamianka-Dniprovska, Mala
Tokmachka near Orikhiv, Kharkiv, Shebekino) and Haiti (Kenscoff, Furcy, Pétion-Ville, Port-au-Prince) - and half from
the Middle East - Gaza (al-Mawasi, the Kuwait roundabout, Rimal, Zeitoun), the West Bank (Jit, Tammun, Jenin camp, Nur
Shams, al-Mughayyir, Beit Fajjar, Ramallah, Kifl Haris), Syria (Dhiban and al-Busayrah in Deir ez-Zor, al-Bab, Jubata
al-Khashab and Khan Arnabeh in Quneitra, Homs, the desert east of Palmyra), Iraq (Wadi al-Shay, Hawija, Sinjar,
Sulaymaniyah, Daquq, Muqdadiyah, Kirkuk, Basra; Koya), Lebanon (Yohmor al-Shaqif, Kfar Kila, Bint Jbeil, Mount Dov,
Ain al-Hilweh, Nabatieh; Metula), Yemen (Kamaran island, a ship west of Hodeidah, the southern Red Sea, Raghwan near
Marib, Sanaa, Seiyun) and Iran (west of Baneh, Zahedan, Sanandaj, Iranshahr, Ahvaz) - published 2024-2025, written for
this project in our own words, with hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_n.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article: (1) Sudan - a wire story: RSF shells on Abu Shouk camp with the toll a sentence later ("At
least nine", "a woman and her three children") and the RSF's version (army positions) and denial, a battle on El
Fasher's eastern edge ("dozens" of attackers), a drone on Kabkabiya market "about 140 km west" in two versions
(activists "citing relatives" / a fuel convoy), Wad Madani retaken, killings "15 km east" of it "the day before" and
the army's denial, shells on an Omdurman market, a war toll, a vow and a forecast; (2) the Sahel - a human-rights
monitor's weekly bulletin: executions near Djenné told two ways, a JNIM ambush on an escorted convoy in three tellings
(the monitor's, JNIM's 14, the army's three and "about twenty"), a bus on a mine, a chief abducted "Three days ago",
a VDP post overrun "20 km north of Djibo" ("at least 30 ... and several"), "dozens" killed near Arbinda by VDP or
soldiers, a lawyer taken by intelligence agents, an IS Sahel market attack, an air strike with two herders among the
dead, a year's tally; (3) Nigeria - an army press release: an ISWAP attack on the Malam Fatori base (both sides'
dead), an air strike "about 40 km north-east of Monguno" ("scores"), an IED "25 km north of Damboa", arrests at
Monguno market, a week's surrenders, a gun duel "on the outskirts of Tsafe" ("Several bandits" wounded) with an
abduction "last week", an arrest in Gusau, reports of a mosque strike "earlier this month" debunked with the army's
own version, weekly totals, a pledge; (4) Mogadishu - a live blog with corrections: a suicide bombing at a beach
restaurant whose toll is replaced (six, then "at least 17"), al-Shabaab's "more than 30", the siege with both sides'
dead, a corrected district and a corrected bomber, mortars near the airport "overnight" ("no casualties"), arrests
in raids, a clash "about 50 km west of Mogadishu", an AFRICOM strike "40 km north-east of Kismayo" ("no civilians
were hurt"), a vow, 2024 background; (5) North Kivu - a pro-Kinshasa outlet: bombs on Lushagala camp "Last night"
blamed on the RDF and M23 and the M23's counter-version and denial, an FARDC-Wazalendo ambush ("dozens") and the
M23's "repelled", an ADF massacre "25 km north-east of Beni" "On Saturday night", seven abducted in Kiwanja, a
riot outside embassies in Kinshasa with arrests, the July truce and Bunagana background, a feared offensive; (6)
Myanmar - a pro-resistance outlet: a jet bombs a monastery school in two versions with the spokesman's denial, a PDF
ambush on a convoy "about 15 km west of Monywa" "Last Friday" (both sides' dead), houses torched "last week" ("citing
villagers"), the Arakan Army seizes the Western Command in Ann, a warship shells a village near Kyaukphyu ("a woman
and her two daughters"), arrests in Mandalay, the coup and a toll, a vow, a forecast; (7) Russia and Ukraine - a
pro-Kremlin outlet: a night's interceptions (aggregate), a drone hit on a Saratov plant told as "Debris" and Kyiv's
refinery boast, a drone on an Enerhodar bus and Kyiv's denial, shelling with "no one was hurt" a sentence later, a
village "liberated" near Orikhiv, an Iskander strike on Kharkiv in two versions ("up to 50 militants" / seven
civilians), drones near Shebekino "on Monday" and "The day before", a refinery count, a vow and a forecast; (8)
Haiti - a feature with history: a gang raid on Belot "Ten days ago" and the leader's denial, a police drone strike
"The next day" ("at least a dozen"), a fight on the Pétion-Ville-Kenscoff road, a Bwa Kale lynching, a kidnapping
"Two weeks ago", 2021 and 2024 background, a UN toll, the mayor's conditional; typographic quotes; (9) Gaza - an
op-ed with loaded language: tents struck in al-Mawasi "Last Tuesday" in two versions, soldiers firing on aid crowds
with "warning shots" and a denial, a school strike "Three days ago" whose dead the army calls "Hamas operatives", a
settler raid on Jit "on Thursday night", two rockets "hurting no one", a toll, 2014 background, the writer's
conditional; (10) Syria - a wire story: an SDF-tribal battle in Dhiban ("citing sources on the ground", both sides'
dead), a checkpoint attack "on the outskirts of al-Busayrah" "Last night" blamed on IS, a CENTCOM strike near al-Bab
with a nephew added by local media, shepherds detained in Quneitra (the army's "suspects") and a protest "the next
day", a drone strike "Earlier this month", "a man and his two sons" killed in Homs with arrests and a denial, a
tally, 2019 and March background, a forecast; (11) Iraq - a local news site: an IS attack on a Hashd post "some 35
km south-west of Kirkuk", a roadside bomb near Hawija ("a farmer and his nephew"), a Turkish drone strike in Sinjar
told two ways, teachers dispersed with water cannon and detained, an arrest near Daquq, a clan gunfight "on the
outskirts of Muqdadiyah", a grenade on a KDP office "last week" ("material damage only"), a count, the coalition deal
"last month", a fear; (12) Lebanon - an army statement: a strike "Earlier today", two rockets on Metula
"Overnight" ("No injuries were reported") with an interception and Hezbollah's denial, "dozens" of launchers struck,
a depot dismantled "Yesterday", Lebanese reports of a civilian car hit rejected with the army's own version, a
detention "Earlier this month", the 2024 understandings and a toll since, a pledge; typographic apostrophes; (13) the
West Bank - a Palestinian news agency: a drone strike in Tammun told two ways, 16 buildings blown up in Jenin camp, a
pregnant woman shot at Nur Shams with the army's "suspects", "colonists" burn homes in al-Mughayyir "Last night" with
residents "beaten" a sentence later, overnight raids (aggregate) and "a father and his three sons" detained "on
Monday night", a march, a toll, a minister's stated intent; (14) Yemen and the Red Sea - an analysis: US-UK strikes
on 36 targets (aggregate) and the Houthis' Kamaran toll, a vow, a missile on a bulk carrier "about 70 nautical miles
west of Hodeidah" ("The crew were unhurt") and the Houthi version ("an American ship"), drones downed, a battle at
Raghwan (both sides' dead), a UN employee detained "last week", 2014, 2015, 2022 and Galaxy Leader background, a
count, three scenarios; (15) Iran - a diaspora opposition outlet: border guards kill kolbars "about 15 km west of
Baneh" ("reported, citing the victims' relatives") and Tasnim's "armed smugglers", IRGC drones and artillery on PDKI
camps near Koya, live fire on worshippers in Zahedan "last week", arrests in Sanandaj, a Jaish al-Adl ambush near
Iranshahr "last Thursday" in two versions, tallies and background, a threat, the writer's expectation; (16) a weekly
round-up: a Gaza City house strike in two versions and a truce toll, last week's Ain al-Hilweh strike whose toll
"rose to 14" in two versions with Hamas's denial, a drone near Nabatieh, an IS ambush "some 40 km east of Palmyra" in
two versions, a tyre-burning riot in Basra with arrests, a clash near Seiyun, a mosque burned near Salfit ("citing
the village council", "No one was hurt") and arrests "later", a retirees' protest in Ahvaz, a forecast.
The incidents are composite or invented, with invented names of people, outlets, villages and some groups; the gold
encodes what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words;
check_p below adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_p.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_n.py's docstring (and through it dev_m to dev_c), kept unchanged - among them
zero casualties -> 0..0; "No one was hurt" / "No one was harmed" -> killed and injured 0..0; "causing no injuries" /
"No injuries were reported" -> injured 0..0 only; "dozens" 24..open; "more than N" N+1..open; "at least N" N..open;
"five to seven" 5..7; "killed or wounded some 30" -> casualties 30..30; a count that covers one side of a clash only
-> N..open (both sides told -> exact); victims who are not casualties (detainees, abductees) -> no number fields;
non-core copies of headline restatements; symmetric clashes; "near X" -> X's point within ~15 km, names only from
~25 km; villages, hamlets, districts, fronts and border sectors we cannot pin -> names and country; denied /
planned / hypothetical / aggregate events are never core; "last night" / "overnight" / "on X night" -> both days;
"late on X" -> X; "last week" -> the previous Monday to Sunday; "this month" -> the 1st to publication; uncertain
perpetrators -> every alternative plus unknown; a perpetrator blamed without a claim -> the blamed actor plus unknown;
a forecast or a third party's conditional -> hypothetical, an actor's own threat -> planned; a party's claim the
writer cannot verify -> core, occurred, sourced to the party; two versions with their own triggers and tolls -> one
core event per version; a strike whose target the other side names as a different object -> one core event per
version; a victim told two ways -> one core event with both descriptions in actor2, the other side's claim a non-core
copy; a bare toll with no trigger -> folded into the core event's range and kept as a non-core copy; a detail a
second source adds -> non-core copy; background -> non-core; a road blocked with burning tyres -> Riots/Violent
demonstration; a cache or bomb found/defused and a drone or missile downed -> Disrupted weapons use; a claim of
responsibility with no toll of its own -> a non-core copy, the claimant in actor1; a toll a live blog corrects ->
the core range covers both, the correction a non-core copy; a march met with tear gas or water cannon -> Protest with
intervention, core on the gathering, detentions in the same act a non-core Arrests copy; "Police later arrested" ->
its own core Arrests event, dated from the act to publication; an agent-less strike in a Gaza or Lebanon report ->
Israel plus unknown; "over the past week" in an undated statement -> the week to publication, a day's slack at its
start; the reports an official denies are their only telling -> non-core denied.
Added or made explicit here:
- "N km <direction> of X" -> the point N km from X on that bearing (KM / LKM below, rounded to 0.01 degree), names
  with X; a distance with no direction ("8 km from Djenné") and "on the outskirts of Y" -> the town's own point; "in
  the countryside of Z", a district or a road between towns more than ~15 km apart -> names and country only; a ship
  "about 70 nautical miles west of Hodeidah" -> the displaced point with no country.
- Counts: "between 15 and 20" -> 15..20; "about twenty" / "about 30" / "some 4,000" -> exact; "scores" -> 40..open
  (two score and up, as "dozens" -> 24..open); "several" -> 3..open, added to a counted group ("at least 30 VDP
  members and several soldiers" -> 33..open); "up to 50" -> 1..50; "a woman and her three children" -> 4, "a woman
  and her two daughters" / "a man and his two sons" -> 3, "a farmer and his nephew" -> 2, "11 students and a teacher"
  -> 12, "Nine other ... were wounded" -> 9; "beaten" / "beat" victims taken to hospital -> injured; a toll that
  "rose to 14" with no earlier figure -> 14..14; a live blog that replaces a toll with an open one (six, then "at
  least 17") -> 6..open on the core event.
- "The crew were unhurt" / "hurting no one" / "causing material damage only" -> killed and injured 0..0; "no
  civilians were hurt" / "no civilian was harmed" / "without losing a single man" cover one group only -> no number
  field from them.
- "X reported, citing Y" / "X said, citing Y" -> source holds both X and Y.
- Relative dates: "Three days ago" / "Ten days ago" -> counted back from publication; "Two weeks ago" -> the
  Monday-to-Sunday week before "last week"; "earlier this month" -> the 1st to publication (as "this month"); "Last
  Tuesday" in a Saturday column and "last Thursday" in a Thursday paper -> the most recent such day before
  publication; "The next day" / "the day before" -> from the act they follow or precede; "the day after" that dates a
  claim dates the claim, not the act; "Earlier today" -> publication day; undated items of a daily ministry briefing
  ("liberated", "over the past day") -> publication day and the day before.
- A foreign state's forces seizing a village abroad (Russia in Ukraine) -> Battles/Non-state actor overtakes
  territory, ACLED's rule for external forces; a post "overran" with only a toll told -> Battles/Armed clash.
- A shelling whose perpetrator the accused side names as the other side (the M23's "FARDC coalition and FDLR") ->
  one core event per version, each with its own actor1, the denial a non-core denied copy.
- An ambush on a convoy that its escort fights -> Battles/Armed clash with the convoy in actor2; the monitor's own
  telling (no toll) and two parties' versions with their own tolls -> one core event each.
- An army's own version inside its denial of reports (a "bandit enclave", "two Hezbollah operatives") -> core,
  sourced to the army, next to the non-core denied reports.
- Men in plain clothes who say they are intelligence agents taking someone whose whereabouts stay unknown ->
  Violence against civilians/Abduction/forced disappearance, the agency plus unknown in actor1.
- Live ammunition on worshippers chanting slogans -> Protests/Excessive force against protesters, core on the crowd.
- A crowd beating and burning suspected gang lookouts -> Riots/Mob violence (killed 2); stones thrown and tyres
  burned outside embassies -> Riots/Violent demonstration, its arrests a non-core copy.
- Two clans in a gunfight -> Battles/Armed clash, the same list in both actor slots.
- "Debris from a downed drone" starting a fire at a plant -> Air/drone strike on the plant, the claimant's boast a
  non-core copy; a night's interceptions over several regions and a front's "lost up to 40 servicemen ... over the
  past day" -> aggregates, the latter's loss count (killed or wounded, not split) -> casualties 1..40.
- Mortar rounds on an airport zone with no claim in an al-Shabaab story -> al-Shabaab plus unknown (the implied
  perpetrator); a roadside bomb "planted by the criminals" in an ISWAP section -> ISWAP plus unknown; an agent-less
  drone strike in a West Bank story about the occupation army -> Israel plus unknown, as in Gaza and Lebanon.
- Drones and artillery in one strike, drones named first -> Air/drone strike; missiles fired at a ship -> Shelling/
  artillery/missile attack.
- A mosque set on fire with "No one was hurt", houses torched after residents fled, buildings blown up in an empty
  camp -> Looting/property destruction; settlers burning homes and beating residents -> Violence against
  civilians/Attack.
- A week's surrenders and a coup -> Strategic developments/Other (aggregate / background); a ship's crew taken
  hostage -> Abduction/forced disappearance (background)."""

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
    EXCESSIVE,
    EXP,
    GOVREGAIN,
    GRENADE,
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


# goldkit's check_article plus this set's 250-word floor and 2024-01-01..2026-11-30 window.
check_p = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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
# villages, districts, border sectors, sea areas and sites we cannot pin get names and a country only,
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
YEGOV = ["Yemeni government", "government forces", "Yemeni army", "Military Forces of Yemen", "pro-government forces"]
IRAN = ["Iran", "Iranian", "Military Forces of Iran", "Islamic Revolutionary Guard Corps", "Revolutionary Guards",
        "IRGC"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "SDF forces"]
RSF = ["Rapid Support Forces", "RSF", "paramilitary Rapid Support Forces", "Janjaweed"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "Military Forces of Sudan", "army", "army troops"]
SHABAAB = ["al-Shabaab", "Al Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]
M23 = ["M23", "Mouvement du 23 mars", "March 23 Movement", "Alliance Fleuve Congo", "AFC/M23", "AFC"]
FARDC = ["FARDC", "Armed Forces of the Democratic Republic of Congo", "Congolese army", "Military Forces of the "
         "Democratic Republic of Congo", "Congolese armed forces"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
UKRAINE = ["Ukraine", "Ukrainian", "Ukrainian forces", "Ukrainian army", "Ukrainian military", "Armed Forces of "
           "Ukraine", "Military Forces of Ukraine"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-p-01  wire service — Sudan/North Darfur and the centre: Abu Shouk camp and El Fasher, Kabkabiya, Wad Madani and a village east of it, Omdurman's Sabreen market (Wed 15 Jan 2025)
# =============================================================================
T01 = """Shells kill family in El Fasher camp as Sudan's army tightens grip on Wad Madani

PORT SUDAN, Jan 15 (Nile Valley Wire) - Artillery shells fired by the paramilitary Rapid Support Forces (RSF) crashed into the Abu Shouk displacement camp on the northern outskirts of El Fasher on Tuesday morning, residents and aid workers said. At least nine people were killed, among them a woman and her three children, and 23 were wounded, according to the camp's Emergency Response Room, a volunteer group.

The RSF said in a statement that its forces had shelled "army positions and barracks of the mercenary Joint Forces" inside the city, and denied targeting civilians.

On Monday, the army's 6th Infantry Division and the allied Joint Forces, a coalition of former Darfur rebel groups, repelled an RSF assault on the city's eastern edge and killed "dozens" of attackers, the division said. The RSF did not comment on its losses.

Further west, an army drone struck the weekly market in Kabkabiya, about 140 km west of El Fasher, on Sunday, killing between 15 and 20 people, local activists said, citing relatives of the dead. The army said it had destroyed "a convoy of fuel tankers supplying the rebel militia" near the town.

In central Sudan, army troops entered Wad Madani, the capital of Gezira state, on Saturday, ending more than a year of RSF control, the military said. The RSF had overrun the city in December 2023 with barely a fight.

A local resistance committee said on Monday that soldiers and allied militiamen had killed at least 13 residents of Um Dagarsi, a village 15 km east of Wad Madani, the day before, accusing them of having collaborated with the RSF. The army denied the accusation, calling it "rebel propaganda", and said any violation would be investigated.

In Omdurman, RSF shells fired from across the Nile hit the crowded Sabreen market on Monday afternoon, killing five people and wounding 18, the Khartoum state health ministry said.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and driven more than 12 million from their homes, according to the United Nations.

In a video posted online on Tuesday, an RSF field commander vowed that his fighters would "enter El Fasher within weeks". Analysts said the loss of Wad Madani could push the RSF to throw more men into the battle for El Fasher, the last state capital in Darfur it does not hold.
"""

RSF01 = RSF + ["its forces", "RSF shells", "RSF field commander", "rebel militia", "attackers"]
SAF01 = SAF + ["6th Infantry Division", "army drone", "army positions", "soldiers", "military"]
JF01 = ["Joint Forces", "Joint Forces of the armed struggle movements", "former Darfur rebel groups",
        "mercenary Joint Forces", "barracks of the mercenary Joint Forces"]
MILITIA01 = ["allied militiamen", "militiamen"]
# Abu Shouk lies some 4 km north of El Fasher's centre -> the city's point
ABU_SHOUK = L(["Abu Shouk", "Abu Shouk displacement camp", "Abu Shouk camp", "El Fasher", "al-Fashir", "Al Fasher",
               "northern outskirts of El Fasher"], 13.63, 25.35, "SD")
EL_FASHER = L(["El Fasher", "al-Fashir", "Al Fasher", "eastern edge", "the city"], 13.63, 25.35, "SD")
KABKABIYA = LKM(["Kabkabiya", "Kebkabiya", "west of El Fasher"], 13.63, 25.35, 140, 270, "SD")
WAD_MADANI = L(["Wad Madani", "Wad Medani", "Madani", "Gezira state", "Al Jazirah"], 14.40, 33.52, "SD")
UM_DAGARSI = LKM(["Um Dagarsi", "east of Wad Madani", "Wad Madani", "Gezira state"], 14.40, 33.52, 15, 90, "SD")
OMDURMAN = L(["Omdurman", "Sabreen market", "Souq Sabreen", "Sabrin market"], 15.65, 32.48, "SD")
SUDAN01 = L(["Sudan"], cc="SD")
NVW = ["Nile Valley Wire", "author"]
ERR01 = ["Emergency Response Room", "camp's Emergency Response Room", "volunteer group", "residents",
         "aid workers"]
ARMYSRC01 = ["army", "Sudanese army", "6th Infantry Division", "division", "military", "SAF"]
E01 = [
    # the toll is a sentence later ("At least nine" -> 9..open; "a woman and her three children" among them) ->
    # folded into the core event and kept as a non-core copy, the headline's "family" too
    E(
        True,
        "Artillery shells fired by the paramilitary Rapid Support Forces (RSF) crashed into the Abu Shouk displacement camp on the northern outskirts of El Fasher on Tuesday morning",
        EXP,
        SHELL,
        actor1=RSF01,
        actor2=CIV + ["Abu Shouk displacement camp", "displaced people", "woman and her three children"],
        location=ABU_SHOUK,
        date=D("2025-01-14"),
        killed=R(9, None),
        injured=R(23),
        source=ERR01 + NVW,
    ),
    E(
        False,
        "At least nine people were killed, among them a woman and her three children, and 23 were wounded",
        EXP,
        SHELL,
        actor1=RSF01,
        actor2=CIV + ["woman and her three children", "nine people"],
        location=ABU_SHOUK,
        date=D("2025-01-14"),
        killed=R(9, None),
        injured=R(23),
        source=ERR01,
    ),
    E(
        False,
        "Shells kill family in El Fasher camp",
        EXP,
        SHELL,
        actor1=RSF01 + UNK,
        actor2=CIV + ["family"],
        location=ABU_SHOUK,
        date=D("2025-01-14"),
        killed=R(4, None),
        source=NVW,
    ),
    # the RSF names a different object (army positions and Joint Forces barracks) -> one core event per version;
    # its denial of the civilian version -> a non-core denied copy
    E(
        True,
        'its forces had shelled "army positions and barracks of the mercenary Joint Forces" inside the city',
        EXP,
        SHELL,
        actor1=RSF01,
        actor2=SAF01 + JF01,
        location=EL_FASHER,
        date=D("2025-01-14"),
        source=["RSF", "Rapid Support Forces", "statement"],
    ),
    E(
        False,
        "denied targeting civilians",
        EXP,
        SHELL,
        actor1=RSF01,
        actor2=CIV,
        location=ABU_SHOUK,
        date=D("2025-01-14"),
        source=["RSF", "Rapid Support Forces", "statement"],
        status="denied",
    ),
    # "dozens" of the attackers only (one side) -> 24..open
    E(
        True,
        'the army\'s 6th Infantry Division and the allied Joint Forces, a coalition of former Darfur rebel groups, repelled an RSF assault on the city\'s eastern edge and killed "dozens" of attackers',
        BAT,
        CLASH,
        actor1=SAF01 + JF01 + RSF01,
        actor2=RSF01 + SAF01 + JF01,
        location=EL_FASHER,
        date=D("2025-01-13"),
        killed=R(24, None),
        source=ARMYSRC01,
    ),
    # a market hit (activists, "citing relatives" -> both in source; "between 15 and 20" -> 15..20) / a fuel
    # convoy destroyed (the army) -> two objects, one core event per version; "about 140 km west" -> LKM
    E(
        True,
        "an army drone struck the weekly market in Kabkabiya, about 140 km west of El Fasher, on Sunday, killing between 15 and 20 people",
        EXP,
        AIR,
        actor1=SAF01,
        actor2=CIV + ["weekly market", "market", "people"],
        location=KABKABIYA,
        date=D("2025-01-12"),
        killed=R(15, 20),
        source=["local activists", "activists", "relatives of the dead", "relatives"] + NVW,
    ),
    E(
        True,
        'it had destroyed "a convoy of fuel tankers supplying the rebel militia" near the town',
        EXP,
        AIR,
        actor1=SAF01,
        actor2=RSF01 + ["convoy of fuel tankers", "fuel tankers", "convoy"],
        location=KABKABIYA,
        date=D("2025-01-12"),
        source=ARMYSRC01,
    ),
    E(
        True,
        "army troops entered Wad Madani, the capital of Gezira state, on Saturday, ending more than a year of RSF control",
        BAT,
        GOVREGAIN,
        actor1=SAF01,
        actor2=RSF01,
        location=WAD_MADANI,
        date=D("2025-01-11"),
        source=ARMYSRC01 + NVW,
    ),
    # background -> non-core
    E(
        False,
        "The RSF had overrun the city in December 2023",
        BAT,
        NSAOVER,
        actor1=RSF01,
        actor2=SAF01,
        location=WAD_MADANI,
        date=D("2023-12-01", "2023-12-31"),
        source=NVW,
    ),
    # "the day before" a Monday statement -> Sunday; "at least 13" -> 13..open; "15 km east" -> LKM; the army's
    # denial -> a non-core denied copy
    E(
        True,
        "soldiers and allied militiamen had killed at least 13 residents of Um Dagarsi, a village 15 km east of Wad Madani, the day before",
        VAC,
        ATTACK,
        actor1=SAF01 + MILITIA01,
        actor2=CIV + ["residents", "13 residents", "residents of Um Dagarsi"],
        location=UM_DAGARSI,
        date=D("2025-01-12"),
        killed=R(13, None),
        source=["local resistance committee", "resistance committee"],
    ),
    E(
        False,
        'The army denied the accusation, calling it "rebel propaganda"',
        VAC,
        ATTACK,
        actor1=SAF01 + MILITIA01,
        actor2=CIV,
        location=UM_DAGARSI,
        date=D("2025-01-12"),
        source=ARMYSRC01,
        status="denied",
    ),
    E(
        True,
        "RSF shells fired from across the Nile hit the crowded Sabreen market on Monday afternoon, killing five people and wounding 18",
        EXP,
        SHELL,
        actor1=RSF01,
        actor2=CIV + ["Sabreen market", "market", "five people"],
        location=OMDURMAN,
        date=D("2025-01-13"),
        killed=R(5),
        injured=R(18),
        source=["Khartoum state health ministry", "health ministry"] + NVW,
    ),
    # the war's toll -> aggregate ("tens of thousands" -> 20,000..open)
    E(
        False,
        "The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people",
        BAT,
        CLASH,
        actor1=SAF01 + RSF01,
        actor2=RSF01 + SAF01,
        location=SUDAN01,
        date=D("2023-04-01", "2025-01-15"),
        killed=R(20000, None),
        source=["United Nations", "the UN"] + NVW,
        aggregate=True,
    ),
    # the commander's own vow -> planned; the analysts' forecast -> hypothetical
    E(
        False,
        'his fighters would "enter El Fasher within weeks"',
        BAT,
        NSAOVER,
        actor1=RSF01,
        actor2=SAF01 + JF01,
        location=EL_FASHER,
        source=["RSF field commander", "field commander"] + RSF,
        status="planned",
    ),
    E(
        False,
        "the loss of Wad Madani could push the RSF to throw more men into the battle for El Fasher",
        BAT,
        CLASH,
        actor1=RSF01,
        actor2=SAF01 + JF01,
        location=EL_FASHER,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: "The RSF did not comment on its losses", "with barely a fight" (inside 2023), "said any violation
    # would be investigated", the 12 million displaced (no act)
]
DOCS.append(
    (
        "dev-p-01",
        "Nile Valley Wire",
        "2025-01-15",
        "wire service",
        "Sudan/North Darfur and the centre: RSF shells on Abu Shouk camp with the toll a sentence later ('At least "
        "nine', 'a woman and her three children') and the RSF's version (army positions) and denial, a battle on El "
        "Fasher's eastern edge ('dozens' of attackers), a drone on Kabkabiya market 'about 140 km west' in two versions "
        "(activists 'citing relatives' / a fuel convoy), Wad Madani retaken, killings in a village '15 km east' 'the "
        "day before' and the army's denial, shells on an Omdurman market, a war toll, a vow and a forecast",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-p-01", "Jan 15", "2025-01-15", "Wednesday"),
    ("dev-p-01", "on Tuesday morning / on Tuesday", "2025-01-14", "Tuesday"),
    ("dev-p-01", "On Monday / on Monday / on Monday afternoon", "2025-01-13", "Monday"),
    ("dev-p-01", "on Sunday / the day before", "2025-01-12", "Sunday"),
    ("dev-p-01", "on Saturday", "2025-01-11", "Saturday"),
]

# =============================================================================
# dev-p-02  monitor's weekly bulletin — the Sahel: Djenné and the Boni-Douentza and Bandiagara-Bankass roads in central Mali; Djibo, Arbinda and Ouagadougou in Burkina Faso; the Téra department and north of Ouallam in Niger's Tillabéri (Fri 8 Nov 2024)
# =============================================================================
T02 = """Sahel Civilian Watch: 11 men executed near Djenné; market attack kills 21 in Niger's Tillabéri

Sahel Civilian Watch (SCW) | Weekly protection bulletin No. 45 | Mali, Burkina Faso, Niger | Period covered: 1-7 November 2024 | Issued: Friday 8 November 2024

Where sources disagree, SCW gives both versions.

MALI - Mopti region

- On 2 November, soldiers of the Malian Armed Forces (FAMa), accompanied by foreign military personnel whom witnesses identified as Africa Corps, executed at least 11 men in the village of Wouro Ngourou, 8 km from Djenné. The general staff said in a communiqué that its units had "neutralised 11 terrorists" in the area.

- On 4 November, fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) ambushed a supply convoy escorted by the army on the road between Boni and Douentza. JNIM said it had killed 14 soldiers and burned 20 lorries. The army said three soldiers died and "about twenty assailants" were neutralised. Two lorry drivers were wounded, a transport union told SCW.

- On 6 November, a passenger bus struck an explosive device on the Bandiagara-Bankass road, killing seven passengers, among them two children, and injuring 12, local health officials said. No group has claimed it.

- Three days ago, armed men on motorcycles abducted the chief of Sinkarma village and two of his sons. Residents blame JNIM.

BURKINA FASO - Sahel and Centre-Nord regions

- On 1 November, JNIM fighters overran a post of the Volunteers for the Defence of the Homeland (VDP) in a village 20 km north of Djibo. Local sources reported at least 30 VDP members and several soldiers killed.

- On 3 November, armed men killed dozens of Fulani civilians in the countryside of Arbinda. Survivors said the attackers wore VDP armbands; others blamed soldiers of a Rapid Intervention Battalion.

- On 5 November, men in plain clothes who said they were agents of the National Intelligence Agency took the lawyer Issouf Kaboré from his office in Ouagadougou. His family has had no news of him since.

NIGER - Tillabéri region

- On 7 November, fighters of the Islamic State Sahel Province (IS Sahel) attacked the weekly market of Dinkiré, in the Téra department, killing 21 civilians and burning shops, a local official said.

- On 2 November, the army said its aircraft had destroyed a "terrorist base" north of Ouallam, near the Malian border, killing dozens of fighters. Residents of a nearby hamlet told SCW that two herders were among the dead.

Cumulative: since 1 January, SCW has recorded 1,482 civilian deaths in the three countries, 58 percent of them attributed to jihadist groups and 34 percent to state forces.
"""

FAMA02 = ["Malian Armed Forces", "FAMa", "Malian army", "Military Forces of Mali", "army", "soldiers",
          "general staff", "its units"]
AC02 = ["Africa Corps", "Wagner", "Wagner Group", "foreign military personnel", "Russian"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Group for the Support of Islam and Muslims", "GSIM",
        "al-Qaeda"]
VDP = ["Volunteers for the Defence of the Homeland", "VDP", "Volontaires pour la défense de la patrie",
       "VDP members"]
BFARMY = ["Burkina Faso army", "Burkinabe army", "Military Forces of Burkina Faso", "soldiers",
          "Rapid Intervention Battalion", "army"]
ANR02 = ["National Intelligence Agency", "ANR", "agents of the National Intelligence Agency", "men in plain clothes",
         "intelligence agents", "Burkina Faso government"]
ISSAHEL = ["Islamic State Sahel Province", "IS Sahel", "ISSP", "EIGS", "Islamic State in the Greater Sahara",
           "ISGS"] + ISIS
NIGERARMY = ["Nigerien army", "Niger army", "Armed Forces of Niger", "Military Forces of Niger", "army",
             "its aircraft"]
# "8 km from Djenné" (no direction) -> Djenné's point; roads of 35-90 km, villages and countrysides we cannot pin
# -> names and country; "20 km north of Djibo" -> LKM
DJENNE = L(["Wouro Ngourou", "Djenné", "Djenne", "Mopti region"], 13.91, -4.55, "ML")
BONI_ROAD = L(["road between Boni and Douentza", "Boni", "Douentza", "Boni-Douentza road"], cc="ML")
BANKASS_ROAD = L(["Bandiagara-Bankass road", "Bandiagara", "Bankass"], cc="ML")
SINKARMA = L(["Sinkarma", "Sinkarma village", "Mopti region"], cc="ML")
DJIBO_N = LKM(["north of Djibo", "Djibo"], 14.10, -1.63, 20, 0, "BF")
ARBINDA = L(["countryside of Arbinda", "Arbinda"], cc="BF")
OUAGA = L(["Ouagadougou"], 12.37, -1.52, "BF")
DINKIRE = L(["Dinkiré", "Dinkire", "Téra department", "Téra", "Tera", "Tillabéri region"], cc="NE")
OUALLAM_N = L(["north of Ouallam", "Ouallam", "Malian border", "Tillabéri region"], cc="NE")
SAHEL3 = L(["Mali, Burkina Faso, Niger", "the three countries", "Sahel"])
SCW = ["Sahel Civilian Watch", "SCW", "local monitors", "author"]
E02 = [
    # a victim told two ways (11 men executed / "11 terrorists" neutralised) -> one core event with both in actor2,
    # the general staff's claim a non-core copy; "8 km from Djenné" -> Djenné
    E(
        True,
        "soldiers of the Malian Armed Forces (FAMa), accompanied by foreign military personnel whom witnesses identified as Africa Corps, executed at least 11 men in the village of Wouro Ngourou, 8 km from Djenné",
        VAC,
        ATTACK,
        actor1=FAMA02 + AC02,
        actor2=CIV + ["11 men", "men", "terrorists"],
        location=DJENNE,
        date=D("2024-11-02"),
        killed=R(11, None),
        source=SCW + ["witnesses"],
    ),
    E(
        False,
        'its units had "neutralised 11 terrorists" in the area',
        VAC,
        ATTACK,
        actor1=FAMA02,
        actor2=JNIM + ["terrorists", "11 terrorists"],
        location=DJENNE,
        date=D("2024-11-02"),
        killed=R(11),
        source=["general staff", "Malian army", "FAMa", "communiqué"],
    ),
    E(
        False,
        "11 men executed near Djenné",
        VAC,
        ATTACK,
        actor1=FAMA02 + AC02,
        actor2=CIV + ["11 men"],
        location=DJENNE,
        date=D("2024-11-02"),
        killed=R(11),
        source=SCW,
    ),
    # an ambush on an escorted convoy that the escort fights -> Battles, the convoy in actor2; SCW's own telling
    # gives no toll of its own (the union's two wounded drivers, one side -> 2..open, kept as a non-core copy);
    # JNIM's claim (14 soldiers, one side -> open) and the army's (three soldiers and "about twenty" assailants,
    # both sides -> exact 23) have their own triggers and tolls -> one core event per version
    E(
        True,
        "fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) ambushed a supply convoy escorted by the army on the road between Boni and Douentza",
        BAT,
        CLASH,
        actor1=JNIM + FAMA02,
        actor2=FAMA02 + ["supply convoy", "convoy", "lorries"] + JNIM,
        location=BONI_ROAD,
        date=D("2024-11-04"),
        injured=R(2, None),
        source=SCW,
    ),
    E(
        True,
        "it had killed 14 soldiers and burned 20 lorries",
        BAT,
        CLASH,
        actor1=JNIM + FAMA02,
        actor2=FAMA02 + ["lorries", "20 lorries", "convoy"] + JNIM,
        location=BONI_ROAD,
        date=D("2024-11-04"),
        killed=R(14, None),
        source=JNIM,
    ),
    E(
        True,
        'three soldiers died and "about twenty assailants" were neutralised',
        BAT,
        CLASH,
        actor1=JNIM + FAMA02,
        actor2=FAMA02 + JNIM + ["assailants"],
        location=BONI_ROAD,
        date=D("2024-11-04"),
        killed=R(23),
        source=["army", "Malian army", "FAMa"],
    ),
    E(
        False,
        "Two lorry drivers were wounded",
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=CIV + ["lorry drivers", "drivers"],
        location=BONI_ROAD,
        date=D("2024-11-04"),
        injured=R(2),
        source=["transport union", "union"],
    ),
    E(
        True,
        "a passenger bus struck an explosive device on the Bandiagara-Bankass road, killing seven passengers, among them two children, and injuring 12",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["passenger bus", "bus", "seven passengers", "passengers", "two children"],
        location=BANKASS_ROAD,
        date=D("2024-11-06"),
        killed=R(7),
        injured=R(12),
        source=["local health officials", "health officials"] + SCW,
    ),
    # "Three days ago" from an 8 November bulletin -> 5 November; blamed without a claim -> JNIM plus unknown;
    # abductees are no casualties
    E(
        True,
        "Three days ago, armed men on motorcycles abducted the chief of Sinkarma village and two of his sons",
        VAC,
        ABDUCT,
        actor1=UNK + ["armed men", "armed men on motorcycles"] + JNIM,
        actor2=CIV + ["chief of Sinkarma village", "village chief", "chief", "sons"],
        location=SINKARMA,
        date=D("2024-11-05"),
        source=SCW + ["Residents", "residents"],
    ),
    # a post overrun: fighting told by the toll -> Battles/Armed clash (no lasting control told); "at least 30" VDP
    # and "several" soldiers, one side only -> 33..open
    E(
        True,
        "JNIM fighters overran a post of the Volunteers for the Defence of the Homeland (VDP) in a village 20 km north of Djibo",
        BAT,
        CLASH,
        actor1=JNIM + VDP + BFARMY,
        actor2=VDP + BFARMY + JNIM,
        location=DJIBO_N,
        date=D("2024-11-01"),
        killed=R(33, None),
        source=["Local sources", "local sources"] + SCW,
    ),
    E(
        False,
        "Local sources reported at least 30 VDP members and several soldiers killed",
        BAT,
        CLASH,
        actor1=JNIM,
        actor2=VDP + BFARMY,
        location=DJIBO_N,
        date=D("2024-11-01"),
        killed=R(33, None),
        source=["Local sources", "local sources"],
    ),
    # two possible perpetrators named by different witnesses -> both plus unknown; "dozens" -> 24..open
    E(
        True,
        "armed men killed dozens of Fulani civilians in the countryside of Arbinda",
        VAC,
        ATTACK,
        actor1=UNK + ["armed men"] + VDP + BFARMY,
        actor2=CIV + ["Fulani civilians", "Fulani"],
        location=ARBINDA,
        date=D("2024-11-03"),
        killed=R(24, None),
        source=SCW + ["Survivors", "survivors"],
    ),
    # taken by men who say they are state agents, whereabouts unknown -> Abduction/forced disappearance by the state
    E(
        True,
        "men in plain clothes who said they were agents of the National Intelligence Agency took the lawyer Issouf Kaboré from his office in Ouagadougou",
        VAC,
        ABDUCT,
        actor1=ANR02 + UNK,
        actor2=CIV + ["Issouf Kaboré", "lawyer"],
        location=OUAGA,
        date=D("2024-11-05"),
        source=SCW + ["family"],
    ),
    E(
        True,
        "fighters of the Islamic State Sahel Province (IS Sahel) attacked the weekly market of Dinkiré, in the Téra department, killing 21 civilians and burning shops",
        VAC,
        ATTACK,
        actor1=ISSAHEL,
        actor2=CIV + ["weekly market", "market", "21 civilians", "shops"],
        location=DINKIRE,
        date=D("2024-11-07"),
        killed=R(21),
        source=["local official", "official"] + SCW,
    ),
    E(
        False,
        "market attack kills 21 in Niger's Tillabéri",
        VAC,
        ATTACK,
        actor1=ISSAHEL,
        actor2=CIV,
        location=DINKIRE,
        date=D("2024-11-07"),
        killed=R(21),
        source=SCW,
    ),
    # a victim told two ways (fighters / two herders among them) -> one core event, both in actor2, the residents'
    # detail a non-core copy; "dozens" -> 24..open
    E(
        True,
        'its aircraft had destroyed a "terrorist base" north of Ouallam, near the Malian border, killing dozens of fighters',
        EXP,
        AIR,
        actor1=NIGERARMY,
        actor2=ISSAHEL + ["terrorist base", "fighters", "herders"] + CIV,
        location=OUALLAM_N,
        date=D("2024-11-02"),
        killed=R(24, None),
        source=["army", "Nigerien army", "Niger army"],
    ),
    E(
        False,
        "two herders were among the dead",
        EXP,
        AIR,
        actor1=NIGERARMY,
        actor2=CIV + ["herders", "two herders"],
        location=OUALLAM_N,
        date=D("2024-11-02"),
        killed=R(2, None),
        source=["Residents of a nearby hamlet", "residents"],
    ),
    E(
        False,
        "SCW has recorded 1,482 civilian deaths in the three countries",
        VAC,
        ATTACK,
        actor1=JNIM + ISSAHEL + FAMA02 + BFARMY + NIGERARMY + UNK,
        actor2=CIV,
        location=SAHEL3,
        date=D("2024-01-01", "2024-11-08"),
        killed=R(1482),
        source=SCW,
        aggregate=True,
    ),
    # no gold: the method note, "No group has claimed it", "Residents blame JNIM" (inside the abduction), "has had
    # no news of him since"
]
DOCS.append(
    (
        "dev-p-02",
        "Sahel Civilian Watch (weekly bulletin)",
        "2024-11-08",
        "human-rights monitor's weekly bulletin",
        "the Sahel: executions near Djenné by FAMa and 'Africa Corps' (the general staff's '11 terrorists'), a JNIM "
        "ambush on an escorted convoy between Boni and Douentza in two versions (JNIM's 14 / the army's three and "
        "'about twenty'), a bus on a mine near Bankass, a chief abducted 'Three days ago', a VDP post overrun '20 km "
        "north of Djibo' ('at least 30 ... and several'), 'dozens' killed near Arbinda by VDP or soldiers, a lawyer "
        "taken by intelligence agents, an IS Sahel market attack in Téra, an air strike north of Ouallam with two "
        "herders among the dead, a year's tally",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-p-02", "Friday 8 November 2024", "2024-11-08", "Friday"),
    ("dev-p-02", "Three days ago", "2024-11-05", "Tuesday"),
]

# =============================================================================
# dev-p-03  army statement — Nigeria/Borno and Zamfara: Malam Fatori, the Tumbun islands of Lake Chad, the Maiduguri-Damboa road, Monguno, Bama and Gwoza; Tsafe, the Gusau-Funtua road, Gusau, Maru (Thu 14 Mar 2024)
# =============================================================================
T03 = """DHQ: Troops repel ISWAP attack on Malam Fatori base, neutralise 11 terrorists; 17 kidnapped passengers rescued in Zamfara

Defence Headquarters, Abuja | Press release | 14 March 2024

Troops of the Armed Forces of Nigeria continued to record successes against terrorists, bandits and other criminal elements in the past week. The following are highlights of operations in the North East and North West.

OPERATION HADIN KAI (NORTH EAST)

In the early hours of Tuesday, troops of the Forward Operating Base at Malam Fatori, in Abadam Local Government Area of Borno State, repelled an attack by a large number of ISWAP terrorists who came in gun trucks. Eleven terrorists were neutralised and two gun trucks destroyed. Regrettably, two gallant soldiers paid the supreme price, while four others sustained injuries and are responding to treatment.

On Monday, the Air Component conducted air interdiction on a terrorist logistics hub on one of the Tumbun islands of Lake Chad, about 40 km north-east of Monguno, neutralising scores of terrorists and destroying several boats.

On Wednesday, a troop vehicle on clearance patrol ran over an improvised explosive device planted by the criminals about 25 km north of Damboa, along the Maiduguri-Damboa road. Two soldiers were wounded and have been evacuated for treatment.

On Sunday, troops arrested three suspected logistics suppliers of ISWAP at the Monguno cattle market with 600 litres of petrol and a quantity of drugs.

Furthermore, a total of 142 Boko Haram and ISWAP fighters and their families surrendered to troops in Bama and Gwoza during the week.

OPERATION FANSAN YAMMA (NORTH WEST)

On Saturday, troops responding to a distress call engaged bandits in a fierce gun duel on the outskirts of Tsafe town in Zamfara State and rescued 17 passengers who had been abducted on the Gusau-Funtua road last week. Several bandits escaped with gunshot wounds. On the same day, troops arrested a notorious bandit collaborator in Gusau.

DHQ wishes to debunk reports circulating on social media that an air strike by the Air Component killed worshippers at a mosque in Maru Local Government Area earlier this month. The strike hit a bandit enclave, and no civilian was harmed. The public is advised to disregard the falsehood.

Within the week, troops neutralised 54 terrorists, arrested 96 suspects and rescued 62 kidnapped hostages across the theatres.

The Armed Forces of Nigeria remain resolute and will not relent until terrorists and bandits are completely defeated.

Major General Ibrahim Adamu Wase
Director, Defence Media Operations
"""

NGARMY = ["Nigerian Army", "Armed Forces of Nigeria", "Nigerian military", "Military Forces of Nigeria", "troops",
          "Operation Hadin Kai", "Defence Headquarters", "soldiers", "troop vehicle", "Forward Operating Base"]
NAF03 = ["Nigerian Air Force", "Air Component", "Military Forces of Nigeria", "Armed Forces of Nigeria"]
FANSAN03 = ["Operation Fansan Yamma", "troops", "Nigerian Army", "Military Forces of Nigeria",
            "Armed Forces of Nigeria"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State", "ISWAP terrorists", "terrorists"]
BH03 = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"]
BANDITS03 = ["bandits", "armed bandits", "bandit enclave", "criminal elements", "Unidentified Armed Group"]
MALAM_FATORI = L(["Malam Fatori", "Abadam", "Abadam Local Government Area", "Forward Operating Base"], 13.68, 13.34,
                 "NG")
TUMBUN = LKM(["Tumbun islands", "Tumbun", "Lake Chad", "north-east of Monguno"], 12.67, 13.61, 40, 45, "NG")
DAMBOA_N = LKM(["Maiduguri-Damboa road", "north of Damboa", "Damboa"], 11.16, 12.76, 25, 0, "NG")
MONGUNO = L(["Monguno", "Monguno cattle market", "cattle market"], 12.67, 13.61, "NG")
BAMA_GWOZA = L(["Bama", "Gwoza", "Bama and Gwoza", "Borno State"], cc="NG")
TSAFE = L(["Tsafe", "Tsafe town", "outskirts of Tsafe"], 11.96, 6.92, "NG")
GUSAU_ROAD = L(["Gusau-Funtua road", "Gusau", "Funtua"], cc="NG")
GUSAU = L(["Gusau"], 12.16, 6.66, "NG")
MARU = L(["Maru", "Maru Local Government Area", "Zamfara State"], cc="NG")
THEATRES03 = L(["North East", "North West", "the theatres", "Nigeria"], cc="NG")
DHQ = ["Defence Headquarters", "DHQ", "Defence Media Operations", "Nigerian military", "Armed Forces of Nigeria",
       "author"]
E03 = [
    # a base attacked and its defenders fighting -> Battles; both sides' dead told (11 + 2 = 13 -> exact); only the
    # troops' wounded told (four, one side) -> 4..open; the headline and the toll sentence -> non-core copies
    E(
        True,
        "troops of the Forward Operating Base at Malam Fatori, in Abadam Local Government Area of Borno State, repelled an attack by a large number of ISWAP terrorists who came in gun trucks",
        BAT,
        CLASH,
        actor1=ISWAP + NGARMY,
        actor2=NGARMY + ISWAP,
        location=MALAM_FATORI,
        date=D("2024-03-12"),
        killed=R(13),
        injured=R(4, None),
        source=DHQ,
    ),
    E(
        False,
        "Eleven terrorists were neutralised and two gun trucks destroyed",
        BAT,
        CLASH,
        actor1=NGARMY,
        actor2=ISWAP + ["gun trucks"],
        location=MALAM_FATORI,
        date=D("2024-03-12"),
        killed=R(11, None),
        source=DHQ,
    ),
    E(
        False,
        "Troops repel ISWAP attack on Malam Fatori base, neutralise 11 terrorists",
        BAT,
        CLASH,
        actor1=ISWAP + NGARMY,
        actor2=NGARMY + ISWAP,
        location=MALAM_FATORI,
        date=D("2024-03-12"),
        killed=R(11, None),
        source=DHQ,
    ),
    # "scores" -> 40..open (two score and up, as "dozens" -> 24..open); "about 40 km north-east of Monguno" -> LKM
    E(
        True,
        "the Air Component conducted air interdiction on a terrorist logistics hub on one of the Tumbun islands of Lake Chad, about 40 km north-east of Monguno, neutralising scores of terrorists",
        EXP,
        AIR,
        actor1=NAF03,
        actor2=ISWAP + ["terrorist logistics hub", "logistics hub", "boats"],
        location=TUMBUN,
        date=D("2024-03-11"),
        killed=R(40, None),
        source=DHQ,
    ),
    # "planted by the criminals" in an ISWAP section -> ISWAP plus unknown (an implied perpetrator)
    E(
        True,
        "a troop vehicle on clearance patrol ran over an improvised explosive device planted by the criminals about 25 km north of Damboa, along the Maiduguri-Damboa road",
        EXP,
        IED,
        actor1=UNK + ISWAP + ["criminals"],
        actor2=NGARMY + ["troop vehicle", "clearance patrol"],
        location=DAMBOA_N,
        date=D("2024-03-13"),
        injured=R(2),
        source=DHQ,
    ),
    E(
        True,
        "troops arrested three suspected logistics suppliers of ISWAP at the Monguno cattle market",
        STR,
        ARRESTS,
        actor1=NGARMY,
        actor2=ISWAP + ["logistics suppliers", "three suspected logistics suppliers", "suppliers"],
        location=MONGUNO,
        date=D("2024-03-10"),
        source=DHQ,
    ),
    # a week's surrenders in two towns -> aggregate; "during the week" in an undated release -> the week to
    # publication, a day's slack at its start
    E(
        False,
        "a total of 142 Boko Haram and ISWAP fighters and their families surrendered to troops in Bama and Gwoza during the week",
        STR,
        OTHER,
        actor1=BH03 + ISWAP,
        actor2=NGARMY,
        location=BAMA_GWOZA,
        date=D("2024-03-06", "2024-03-14"),
        source=DHQ,
        aggregate=True,
    ),
    # "on the outskirts of Tsafe" -> Tsafe's point; "Several bandits escaped with gunshot wounds" (the bandits
    # only) -> injured 3..open; the rescue of hostages is no ACLED event of its own
    E(
        True,
        "troops responding to a distress call engaged bandits in a fierce gun duel on the outskirts of Tsafe town in Zamfara State",
        BAT,
        CLASH,
        actor1=FANSAN03 + BANDITS03,
        actor2=BANDITS03 + FANSAN03,
        location=TSAFE,
        date=D("2024-03-09"),
        injured=R(3, None),
        source=DHQ,
    ),
    # the earlier abduction, told in passing -> non-core; "last week" -> Monday 4 to Sunday 10 March
    E(
        False,
        "17 passengers who had been abducted on the Gusau-Funtua road last week",
        VAC,
        ABDUCT,
        actor1=BANDITS03,
        actor2=CIV + ["17 passengers", "passengers"],
        location=GUSAU_ROAD,
        date=D("2024-03-04", "2024-03-10"),
        source=DHQ,
    ),
    E(
        True,
        "troops arrested a notorious bandit collaborator in Gusau",
        STR,
        ARRESTS,
        actor1=FANSAN03,
        actor2=BANDITS03 + ["bandit collaborator", "collaborator"],
        location=GUSAU,
        date=D("2024-03-09"),
        source=DHQ,
    ),
    # the reports DHQ debunks are their only telling -> non-core denied; DHQ's own version of the same strike (a
    # bandit enclave, "no civilian was harmed": the civilians only -> no number fields) -> core, sourced to DHQ;
    # "earlier this month" -> the 1st to publication
    E(
        False,
        "an air strike by the Air Component killed worshippers at a mosque in Maru Local Government Area earlier this month",
        EXP,
        AIR,
        actor1=NAF03,
        actor2=CIV + ["worshippers", "mosque"],
        location=MARU,
        date=D("2024-03-01", "2024-03-14"),
        source=DHQ,
        status="denied",
    ),
    E(
        True,
        "The strike hit a bandit enclave, and no civilian was harmed",
        EXP,
        AIR,
        actor1=NAF03,
        actor2=BANDITS03,
        location=MARU,
        date=D("2024-03-01", "2024-03-14"),
        source=DHQ,
    ),
    # the week's totals -> aggregates
    E(
        False,
        "troops neutralised 54 terrorists",
        BAT,
        CLASH,
        actor1=NGARMY,
        actor2=ISWAP + BH03 + BANDITS03,
        location=THEATRES03,
        date=D("2024-03-06", "2024-03-14"),
        killed=R(54),
        source=DHQ,
        aggregate=True,
    ),
    E(
        False,
        "arrested 96 suspects",
        STR,
        ARRESTS,
        actor1=NGARMY,
        actor2=["suspects", "96 suspects"] + ISWAP + BANDITS03,
        location=THEATRES03,
        date=D("2024-03-06", "2024-03-14"),
        source=DHQ,
        aggregate=True,
    ),
    E(
        False,
        "will not relent until terrorists and bandits are completely defeated",
        BAT,
        CLASH,
        actor1=NGARMY,
        actor2=ISWAP + BANDITS03,
        location=THEATRES03,
        source=DHQ,
        status="planned",
    ),
    # no gold: "continued to record successes" (generic), the seized petrol and drugs, "rescued 62 kidnapped
    # hostages" (no act of violence), "The public is advised to disregard the falsehood"
]
DOCS.append(
    (
        "dev-p-03",
        "Defence Headquarters, Nigeria (press release)",
        "2024-03-14",
        "army statement",
        "Nigeria/Borno and Zamfara: an ISWAP attack on the Malam Fatori base (both sides' dead, four soldiers hurt), "
        "an air strike on a Lake Chad island 'about 40 km north-east of Monguno' ('scores'), an IED '25 km north of "
        "Damboa', arrests at Monguno market, a week's surrenders, a gun duel 'on the outskirts of Tsafe' with "
        "passengers abducted 'last week' and 'Several bandits' wounded, an arrest in Gusau, reports of a mosque "
        "strike 'earlier this month' debunked with DHQ's own version, the week's totals, a pledge",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-p-03", "14 March 2024", "2024-03-14", "Thursday"),
    ("dev-p-03", "On Wednesday", "2024-03-13", "Wednesday"),
    ("dev-p-03", "In the early hours of Tuesday", "2024-03-12", "Tuesday"),
    ("dev-p-03", "On Monday", "2024-03-11", "Monday"),
    ("dev-p-03", "On Sunday", "2024-03-10", "Sunday"),
    ("dev-p-03", "On Saturday / On the same day", "2024-03-09", "Saturday"),
    ("dev-p-03", "last week (start)", "2024-03-04", "Monday"),
]

# =============================================================================
# dev-p-04  live blog — Somalia/Mogadishu's Lido beach (Abdiaziz district), the Aden Adde airport zone, Hodan and Wadajir; Lower Shabelle west of Mogadishu; north-east of Kismayo (Sat 17 May 2025)
# =============================================================================
T04 = """Live: Suicide bomber and gunmen hit beach restaurant in Mogadishu; toll rises to at least 17

Horn Dispatch live | Mogadishu | Saturday 17 May 2025 | All times local

21:40 (Friday) - A powerful explosion has been heard near Lido beach. Witnesses tell Horn Dispatch that a suicide bomber detonated explosives at the gate of the Sahara Beach restaurant, which is packed with families on Friday evenings, and that several gunmen then ran inside.

22:15 - Police spokesman Abdifatah Aden Hassan says six people were killed in the blast and that security forces are "dealing with the attackers".

23:30 - Heavy gunfire continues. A commander of the Haramcad police special unit tells us his men have cornered the gunmen on the restaurant's upper floor.

00:20 - Al-Shabaab has claimed the attack on its Andalus radio, saying its fighters killed "more than 30 apostate officials and foreigners". We cannot verify the claim.

01:05 - The police say the siege is over: all four attackers were killed, and one officer died in the fighting.

02:40 - CORRECTION: An earlier entry placed the restaurant in Hamarweyne district. It is in Abdiaziz district.

06:10 - The director of Medina hospital says at least 17 people were killed and 43 wounded in the attack, most of them diners and restaurant staff. This replaces the police figure of six given overnight.

06:45 - Several mortar rounds landed overnight near Aden Adde airport, in the heavily guarded zone that houses UN offices and African Union troops. The AU mission said there were no casualties. No group has said it fired them.

07:30 - Police detained eight suspects in overnight raids in the Hodan and Wadajir districts in connection with the beach attack, the spokesman says.

07:50 - Elsewhere, the Somali army says its troops, backed by AU forces, killed 12 al-Shabaab fighters in clashes near Awdheegle, about 50 km west of Mogadishu, on Friday.

08:20 - The US Africa Command (AFRICOM) says it carried out an air strike against al-Shabaab about 40 km north-east of Kismayo on Thursday, killing three fighters. It says it assessed that no civilians were hurt.

08:40 - CORRECTION: An earlier version of the 21:40 entry quoted a witness as saying the bomber was a woman. Police say the bomber was a man.

08:55 - Prime Minister Hamza Abdi Barre, visiting the wounded, says the "terrorists will pay for every drop of blood". Al-Shabaab has attacked beach restaurants on Lido before; in August 2024 more than 30 people died in a similar assault.

09:05 - We are closing this live page. Thank you for following.
"""

SHABAAB04 = SHABAAB + ["suicide bomber", "gunmen", "attackers", "its fighters", "al-Shabaab fighters", "terrorists"]
SOMPOL = ["Somali Police Force", "Somali police", "police", "Police Forces of Somalia", "Haramcad",
          "Haramcad police special unit", "security forces", "officer"]
SNA04 = ["Somali National Army", "Somali army", "Military Forces of Somalia", "its troops", "troops"]
AU04 = ["African Union", "AU forces", "AU mission", "African Union troops", "AUSSOM",
        "African Union Support and Stabilisation Mission in Somalia"]
AFRICOM04 = USA + ["US Africa Command", "AFRICOM", "Africa Command"]
# Lido beach and the Abdiaziz, Hodan and Wadajir districts lie within ~8 km of the city centre -> the city's point
LIDO = L(["Lido beach", "Lido", "Sahara Beach restaurant", "Abdiaziz district", "Abdiaziz", "Mogadishu"], 2.05,
         45.34, "SO")
AIRPORT04 = L(["Aden Adde airport", "Aden Adde International Airport", "Mogadishu airport", "Halane", "Mogadishu"],
              2.01, 45.30, "SO")
MOGADISHU = L(["Mogadishu", "Hodan", "Wadajir", "Hodan and Wadajir districts"], 2.05, 45.32, "SO")
AWDHEEGLE = LKM(["Awdheegle", "Awdhegle", "Lower Shabelle", "west of Mogadishu"], 2.05, 45.32, 50, 270, "SO")
KISMAYO_NE = LKM(["north-east of Kismayo", "Kismayo", "Kismaayo"], -0.36, 42.54, 40, 45, "SO")
HD = ["Horn Dispatch", "author"]
POLSRC04 = ["police", "Police spokesman", "Abdifatah Aden Hassan", "spokesman", "Somali police"]
FRI04 = D("2025-05-16")
NIGHT04 = D("2025-05-16", "2025-05-17")
E04 = [
    # the police's six (22:15) replaced by the hospital's "at least 17" (06:10) -> the core event's range covers
    # both (6..open), each later figure a non-core copy; the attackers' and officer's dead are the battle's
    E(
        True,
        "a suicide bomber detonated explosives at the gate of the Sahara Beach restaurant, which is packed with families on Friday evenings",
        EXP,
        SUICIDE,
        actor1=SHABAAB04,
        actor2=CIV + ["Sahara Beach restaurant", "restaurant", "families", "diners"],
        location=LIDO,
        date=FRI04,
        killed=R(6, None),
        injured=R(43),
        source=["Witnesses", "witnesses"] + HD,
    ),
    E(
        False,
        "six people were killed in the blast",
        EXP,
        SUICIDE,
        actor1=SHABAAB04,
        actor2=CIV,
        location=LIDO,
        date=FRI04,
        killed=R(6),
        source=POLSRC04,
    ),
    E(
        False,
        "at least 17 people were killed and 43 wounded in the attack, most of them diners and restaurant staff",
        EXP,
        SUICIDE,
        actor1=SHABAAB04,
        actor2=CIV + ["diners", "restaurant staff"],
        location=LIDO,
        date=FRI04,
        killed=R(17, None),
        injured=R(43),
        source=["director of Medina hospital", "Medina hospital", "hospital director"],
    ),
    E(
        False,
        "Suicide bomber and gunmen hit beach restaurant in Mogadishu",
        EXP,
        SUICIDE,
        actor1=SHABAAB04,
        actor2=CIV + ["beach restaurant"],
        location=LIDO,
        date=FRI04,
        source=HD,
    ),
    E(
        False,
        "toll rises to at least 17",
        EXP,
        SUICIDE,
        actor1=SHABAAB04,
        actor2=CIV,
        location=LIDO,
        date=FRI04,
        killed=R(17, None),
        source=HD,
    ),
    # the group's claim with its own toll ("more than 30" -> 31..open) -> a core version, sourced to it
    E(
        True,
        'its fighters killed "more than 30 apostate officials and foreigners"',
        EXP,
        SUICIDE,
        actor1=SHABAAB04,
        actor2=["apostate officials", "officials", "foreigners"] + CIV,
        location=LIDO,
        date=FRI04,
        killed=R(31, None),
        source=SHABAAB + ["Andalus radio", "Andalus"],
    ),
    # the siege: gunmen against the police unit, both sides' dead told (four attackers, one officer) -> exact 5;
    # the gunmen running in and the cornering -> non-core copies; the siege spans the night -> both days
    E(
        True,
        "all four attackers were killed, and one officer died in the fighting",
        BAT,
        CLASH,
        actor1=SOMPOL + SHABAAB04,
        actor2=SHABAAB04 + SOMPOL,
        location=LIDO,
        date=NIGHT04,
        killed=R(5),
        source=POLSRC04,
    ),
    E(
        False,
        "his men have cornered the gunmen on the restaurant's upper floor",
        BAT,
        CLASH,
        actor1=SOMPOL + SHABAAB04,
        actor2=SHABAAB04 + SOMPOL,
        location=LIDO,
        date=NIGHT04,
        source=["commander of the Haramcad police special unit", "Haramcad", "commander"],
    ),
    E(
        False,
        "several gunmen then ran inside",
        BAT,
        CLASH,
        actor1=SHABAAB04 + SOMPOL,
        actor2=SOMPOL + CIV + SHABAAB04,
        location=LIDO,
        date=FRI04,
        source=["Witnesses", "witnesses"],
    ),
    # mortars on the airport zone with no claim, in a piece about al-Shabaab -> al-Shabaab plus unknown (an
    # implied perpetrator); "there were no casualties" -> 0..0 both; "overnight" -> both days
    E(
        True,
        "Several mortar rounds landed overnight near Aden Adde airport, in the heavily guarded zone that houses UN offices and African Union troops",
        EXP,
        SHELL,
        actor1=UNK + SHABAAB,
        actor2=AU04 + ["UN offices", "United Nations", "heavily guarded zone"],
        location=AIRPORT04,
        date=NIGHT04,
        killed=R(0),
        injured=R(0),
        source=AU04 + HD,
    ),
    E(
        True,
        "Police detained eight suspects in overnight raids in the Hodan and Wadajir districts",
        STR,
        ARRESTS,
        actor1=SOMPOL,
        actor2=["eight suspects", "suspects"] + SHABAAB,
        location=MOGADISHU,
        date=NIGHT04,
        source=POLSRC04,
    ),
    # the fighters' dead only (one side) -> 12..open; "about 50 km west of Mogadishu" -> LKM
    E(
        True,
        "its troops, backed by AU forces, killed 12 al-Shabaab fighters in clashes near Awdheegle, about 50 km west of Mogadishu, on Friday",
        BAT,
        CLASH,
        actor1=SNA04 + AU04 + SHABAAB04,
        actor2=SHABAAB04 + SNA04 + AU04,
        location=AWDHEEGLE,
        date=FRI04,
        killed=R(12, None),
        source=["Somali army", "army"] + SNA04,
    ),
    # "no civilians were hurt" covers one group only -> killed 3 (the fighters) and no injured field
    E(
        True,
        "it carried out an air strike against al-Shabaab about 40 km north-east of Kismayo on Thursday, killing three fighters",
        EXP,
        AIR,
        actor1=AFRICOM04,
        actor2=SHABAAB04 + ["three fighters", "fighters"],
        location=KISMAYO_NE,
        date=D("2025-05-15"),
        killed=R(3),
        source=["US Africa Command", "AFRICOM", "Africa Command"],
    ),
    # the prime minister's vow -> planned; August 2024 -> background ("more than 30" -> 31..open)
    E(
        False,
        'the "terrorists will pay for every drop of blood"',
        BAT,
        CLASH,
        actor1=SNA04 + SOMPOL + ["Somali government"],
        actor2=SHABAAB04,
        location=MOGADISHU,
        source=["Prime Minister Hamza Abdi Barre", "Hamza Abdi Barre", "Prime Minister"],
        status="planned",
    ),
    E(
        False,
        "in August 2024 more than 30 people died in a similar assault",
        EXP,
        SUICIDE,
        actor1=SHABAAB04,
        actor2=CIV,
        location=LIDO,
        date=D("2024-08-01", "2024-08-31"),
        killed=R(31, None),
        source=HD,
    ),
    E(
        False,
        "Al-Shabaab has attacked beach restaurants on Lido before",
        EXP,
        SUICIDE,
        actor1=SHABAAB04,
        actor2=CIV + ["beach restaurants"],
        location=LIDO,
        source=HD,
        aggregate=True,
    ),
    # no gold: "security forces are 'dealing with the attackers'" (inside the siege), the two corrections (the
    # district, the bomber's sex), "No group has said it fired them", "visiting the wounded"
]
DOCS.append(
    (
        "dev-p-04",
        "Horn Dispatch (live blog)",
        "2025-05-17",
        "live blog with corrections",
        "Somalia/Mogadishu and the south: a suicide bombing at a Lido beach restaurant whose toll the blog replaces "
        "(six, then 'at least 17'), al-Shabaab's claim ('more than 30'), the siege with both sides' dead, a corrected "
        "district and a corrected bomber, mortars near the airport 'overnight' ('no casualties'), eight detained in "
        "raids, a clash near Awdheegle 'about 50 km west', an AFRICOM strike '40 km north-east of Kismayo' ('no "
        "civilians were hurt'), a vow, August 2024 background",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-p-04", "Saturday 17 May 2025", "2025-05-17", "Saturday"),
    ("dev-p-04", "21:40 (Friday) / on Friday", "2025-05-16", "Friday"),
    ("dev-p-04", "on Thursday", "2025-05-15", "Thursday"),
]

# =============================================================================
# dev-p-05  partisan outlet (pro-Kinshasa) — DR Congo/North Kivu: Lushagala camp on Goma's western outskirts, Kingi in Masisi, a village north-east of Beni, Kiwanja in Rutshuru; Kinshasa (Wed 17 Jul 2024)
# =============================================================================
T05 = """Rwandan army and its M23 puppets bomb Lushagala camp again: a mother and her three children among the dead

GOMA, 17 July (Kivu Patriote) - The criminal coalition of the Rwanda Defence Force (RDF) and its M23 auxiliaries has once again struck the displaced people of Goma. Last night, two bombs fired from the aggressor's positions in the hills above Sake fell on the Lushagala displacement camp, on the western outskirts of Goma, at around 11 pm.

A woman and her three children died in their tent, according to the camp committee. Nine other displaced people were wounded, two of them babies.

As usual, the terrorist movement tried to wash the blood from its hands. In a message on X, M23 spokesman Lawrence Kanyuka denied any involvement and claimed the bombs had been fired by "the FARDC coalition and FDLR genocidaires" from positions near Mugunga, an accusation our readers will know how to judge.

On Monday, our valiant FARDC and the Wazalendo patriotic fighters ambushed an M23 column near the village of Kingi, in Masisi territory, killing "dozens of terrorists", according to the army spokesman for North Kivu, Lieutenant-Colonel Guillaume Ndjike Kaiko. The M23, as always, claimed it had "repelled" the attack without losing a single man.

In Beni territory, the other face of terror showed itself. On Saturday night, ADF rebels, the Ugandan jihadists who have pledged allegiance to the Islamic State, raided the village of Mabalako-Centre, 25 km north-east of Beni, killing 18 civilians with machetes and guns, among them six women, and setting fire to the health centre, according to Beni civil society. Bodies are still being found in the surrounding fields.

In occupied Rutshuru, the M23 abducted seven young men from the Kiwanja market on Sunday, accusing them of being Wazalendo, residents said. Their families have no news of them.

In Kinshasa, hundreds of young patriots demonstrated on Tuesday outside the embassies of Western countries that they accuse of shielding Kigali. They burned tyres and threw stones at the gate of the American embassy before police dispersed them with tear gas and arrested 12 of them.

The humanitarian truce announced by Washington on 4 July has been trampled by the aggressor from its first day. The M23 has occupied Bunagana since June 2022, and today holds most of Rutshuru and Masisi.

Military sources fear that the enemy is preparing an offensive on Sake, the last lock on the road to Goma, in the coming days. The Congolese people will not bow.
"""

RDF = ["Rwanda Defence Force", "RDF", "Rwandan army", "Rwandan Defence Force", "Military Forces of Rwanda", "Rwanda",
       "Kigali"]
M23_05 = M23 + ["M23 auxiliaries", "M23 puppets", "terrorist movement", "aggressor", "enemy", "M23 column",
                "terrorists"]
FARDC05 = FARDC + ["FARDC coalition", "army", "valiant FARDC"]
WAZA = ["Wazalendo", "Wazalendo patriotic fighters", "patriotic fighters", "Volontaires pour la défense de la patrie"]
FDLR = ["FDLR", "Democratic Forces for the Liberation of Rwanda", "Forces démocratiques de libération du Rwanda",
        "FDLR genocidaires"]
ADF = ["Allied Democratic Forces", "ADF", "ADF rebels", "Islamic State Central Africa Province", "ISCAP",
       "Islamic State", "Ugandan jihadists"]
DRCPOL = ["Congolese National Police", "police", "Police Forces of the Democratic Republic of Congo", "PNC"]
# Lushagala lies some 6 km from Goma's centre -> the city's point
LUSHAGALA = L(["Lushagala", "Lushagala displacement camp", "Lushagala camp", "Goma", "western outskirts of Goma"],
              -1.68, 29.23, "CD")
KINGI = L(["Kingi", "Masisi", "Masisi territory"], cc="CD")
MABALAKO = LKM(["Mabalako-Centre", "Mabalako", "north-east of Beni", "Beni territory", "Beni"], 0.49, 29.47, 25, 45,
               "CD")
KIWANJA = L(["Kiwanja", "Kiwanja market", "Rutshuru"], -1.16, 29.45, "CD")
KINSHASA = L(["Kinshasa", "American embassy", "US embassy"], -4.32, 15.31, "CD")
BUNAGANA = L(["Bunagana"], -1.28, 29.60, "CD")
SAKE = L(["Sake", "road to Goma", "Goma"], -1.57, 29.05, "CD")
NKIVU = L(["North Kivu", "Rutshuru", "Masisi"], cc="CD")
KP = ["Kivu Patriote", "author"]
NIGHT05 = D("2024-07-16", "2024-07-17")
E05 = [
    # the outlet's version (RDF and M23, "Last night" -> both days) with the toll in the next sentence ("A woman
    # and her three children" -> 4; "Nine other" wounded) folded in; the M23's counter-version names another
    # perpetrator with its own trigger -> one core event per version, its denial a non-core denied copy
    E(
        True,
        "two bombs fired from the aggressor's positions in the hills above Sake fell on the Lushagala displacement camp, on the western outskirts of Goma, at around 11 pm",
        EXP,
        SHELL,
        actor1=RDF + M23_05,
        actor2=CIV + ["Lushagala displacement camp", "displaced people", "woman and her three children"],
        location=LUSHAGALA,
        date=NIGHT05,
        killed=R(4),
        injured=R(9),
        source=KP + ["camp committee"],
    ),
    E(
        False,
        "A woman and her three children died in their tent",
        EXP,
        SHELL,
        actor1=RDF + M23_05,
        actor2=CIV + ["woman and her three children", "woman", "children"],
        location=LUSHAGALA,
        date=NIGHT05,
        killed=R(4),
        source=["camp committee"],
    ),
    E(
        False,
        "Nine other displaced people were wounded, two of them babies",
        EXP,
        SHELL,
        actor1=RDF + M23_05,
        actor2=CIV + ["displaced people", "babies"],
        location=LUSHAGALA,
        date=NIGHT05,
        injured=R(9),
        source=["camp committee"],
    ),
    E(
        False,
        "Rwandan army and its M23 puppets bomb Lushagala camp again",
        EXP,
        SHELL,
        actor1=RDF + M23_05,
        actor2=CIV + ["Lushagala camp"],
        location=LUSHAGALA,
        date=NIGHT05,
        source=KP,
    ),
    E(
        True,
        'the bombs had been fired by "the FARDC coalition and FDLR genocidaires" from positions near Mugunga',
        EXP,
        SHELL,
        actor1=FARDC05 + FDLR + WAZA,
        actor2=CIV + ["Lushagala displacement camp", "displaced people"],
        location=LUSHAGALA,
        date=NIGHT05,
        source=["M23 spokesman", "Lawrence Kanyuka", "Kanyuka"] + M23,
    ),
    E(
        False,
        "denied any involvement",
        EXP,
        SHELL,
        actor1=M23_05,
        actor2=CIV,
        location=LUSHAGALA,
        date=NIGHT05,
        source=["M23 spokesman", "Lawrence Kanyuka", "Kanyuka"] + M23,
        status="denied",
    ),
    # an ambush on a rebel column -> Battles; "dozens" on one side -> 24..open; the M23's "repelled ... without
    # losing a single man" gives no toll of its own (one side's zero -> no number fields) -> a non-core copy
    E(
        True,
        'our valiant FARDC and the Wazalendo patriotic fighters ambushed an M23 column near the village of Kingi, in Masisi territory, killing "dozens of terrorists"',
        BAT,
        CLASH,
        actor1=FARDC05 + WAZA + M23_05,
        actor2=M23_05 + FARDC05 + WAZA,
        location=KINGI,
        date=D("2024-07-15"),
        killed=R(24, None),
        source=["army spokesman", "Guillaume Ndjike Kaiko", "Ndjike Kaiko", "FARDC"] + KP,
    ),
    E(
        False,
        'it had "repelled" the attack without losing a single man',
        BAT,
        CLASH,
        actor1=FARDC05 + WAZA + M23_05,
        actor2=M23_05 + FARDC05,
        location=KINGI,
        date=D("2024-07-15"),
        source=M23,
    ),
    # "On Saturday night" -> both days; "25 km north-east of Beni" -> LKM; the burned health centre is inside
    E(
        True,
        "ADF rebels, the Ugandan jihadists who have pledged allegiance to the Islamic State, raided the village of Mabalako-Centre, 25 km north-east of Beni, killing 18 civilians with machetes and guns",
        VAC,
        ATTACK,
        actor1=ADF,
        actor2=CIV + ["18 civilians", "six women", "village of Mabalako-Centre", "health centre"],
        location=MABALAKO,
        date=D("2024-07-13", "2024-07-14"),
        killed=R(18),
        source=["Beni civil society", "civil society"] + KP,
    ),
    # abductees are no casualties
    E(
        True,
        "the M23 abducted seven young men from the Kiwanja market on Sunday",
        VAC,
        ABDUCT,
        actor1=M23_05,
        actor2=CIV + ["seven young men", "young men", "Wazalendo"],
        location=KIWANJA,
        date=D("2024-07-14"),
        source=["residents"] + KP,
    ),
    # tyres burned and stones thrown -> Riots/Violent demonstration, core on the demonstration; the dispersal and
    # the arrests in the same act -> non-core copies
    E(
        True,
        "hundreds of young patriots demonstrated on Tuesday outside the embassies of Western countries",
        RIOT,
        VIOLENT,
        actor1=["rioters", "demonstrators", "young patriots", "hundreds of young patriots"] + PROTESTERS,
        actor2=DRCPOL + ["embassies of Western countries", "American embassy", "embassies"],
        location=KINSHASA,
        date=D("2024-07-16"),
        source=KP,
    ),
    E(
        False,
        "They burned tyres and threw stones at the gate of the American embassy",
        RIOT,
        VIOLENT,
        actor1=["rioters", "demonstrators", "young patriots"] + PROTESTERS,
        actor2=["American embassy", "embassy"] + DRCPOL,
        location=KINSHASA,
        date=D("2024-07-16"),
        source=KP,
    ),
    E(
        False,
        "police dispersed them with tear gas and arrested 12 of them",
        STR,
        ARRESTS,
        actor1=DRCPOL,
        actor2=["demonstrators", "young patriots", "12 of them"] + PROTESTERS,
        location=KINSHASA,
        date=D("2024-07-16"),
        source=KP,
    ),
    # background -> non-core: the truce (agreed, then "trampled": no act of its own), Bunagana 2022
    E(
        False,
        "The humanitarian truce announced by Washington on 4 July",
        STR,
        AGREE,
        actor1=["United States", "Washington"] + FARDC + M23 + RDF,
        actor2=M23 + FARDC + RDF,
        location=NKIVU,
        date=D("2024-07-04"),
        source=KP,
    ),
    E(
        False,
        "The M23 has occupied Bunagana since June 2022",
        BAT,
        NSAOVER,
        actor1=M23_05,
        actor2=FARDC05,
        location=BUNAGANA,
        date=D("2022-06-01", "2022-06-30"),
        source=KP,
    ),
    # the military sources' fear -> hypothetical
    E(
        False,
        "the enemy is preparing an offensive on Sake, the last lock on the road to Goma, in the coming days",
        BAT,
        CLASH,
        actor1=M23_05 + RDF,
        actor2=FARDC05,
        location=SAKE,
        source=["Military sources", "military sources"],
        status="hypothetical",
    ),
    # no gold: "has once again struck the displaced people of Goma" (the lead, restated in the next sentence's
    # act), "tried to wash the blood from its hands", "Bodies are still being found", the families' wait, "holds
    # most of Rutshuru and Masisi" (a standing state), "The Congolese people will not bow"
]
DOCS.append(
    (
        "dev-p-05",
        "Kivu Patriote",
        "2024-07-17",
        "partisan outlet (pro-Kinshasa)",
        "DR Congo/North Kivu and Kinshasa: bombs on Lushagala camp 'Last night' blamed on the RDF and M23 with the "
        "toll a sentence later ('A woman and her three children', 'Nine other'), the M23's counter-version (FARDC "
        "and FDLR) and denial, an FARDC-Wazalendo ambush near Kingi ('dozens') and the M23's 'repelled', an ADF "
        "massacre '25 km north-east of Beni' 'On Saturday night', seven abducted in Kiwanja, a riot outside "
        "embassies with arrests, the July truce and Bunagana background, a feared offensive",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-p-05", "17 July / Last night (end)", "2024-07-17", "Wednesday"),
    ("dev-p-05", "on Tuesday / Last night (start)", "2024-07-16", "Tuesday"),
    ("dev-p-05", "On Monday", "2024-07-15", "Monday"),
    ("dev-p-05", "on Sunday / On Saturday night (end)", "2024-07-14", "Sunday"),
    ("dev-p-05", "On Saturday night", "2024-07-13", "Saturday"),
    ("dev-p-05", "on 4 July", "2024-07-04", "Thursday"),
]

# =============================================================================
# dev-p-06  partisan outlet (pro-resistance) — Myanmar/Sagaing, Rakhine and Mandalay: Ywar Thit in Depayin township, the Monywa-Pale road west of Monywa, Kani township, Ann, a village near Kyaukphyu, Mandalay (Thu 26 Dec 2024)
# =============================================================================
T06 = """Terrorist junta bombs monastery school in Depayin, killing 12; PDF heroes wipe out convoy near Monywa

SAGAING, December 26 (Spring Revolution Voice) - The fascist military council has committed another war crime against the children of Sagaing. On Monday morning, a junta Yak-130 jet dropped two bombs on the monastery school of Ywar Thit village in Depayin township, killing 11 students and a teacher and wounding about 30 people, according to the village's administration team. Most of the children were between six and twelve years old.

The junta's mouthpiece newspaper claimed the next day that its air force had struck "a PDF terrorist training camp" in the area. Junta spokesman Major General Zaw Min Tun denied that any civilians had died.

Our revolutionary forces answered the crime on the battlefield. Last Friday, fighters of the People's Defence Force (PDF) ambushed a convoy of seven military trucks on the Monywa-Pale road, about 15 km west of Monywa, killing 17 junta soldiers, the PDF's Monywa district battalion said. One of our comrades was martyred.

In neighbouring Kani township, junta troops torched more than 200 houses in three villages last week after residents fled their advance, a local resistance group reported, citing villagers who returned on Sunday.

In Rakhine State, the Arakan Army (AA) said its fighters seized the junta's Western Regional Military Command headquarters in Ann on Friday after weeks of fighting, capturing hundreds of soldiers. It is the second regional command to fall to the resistance this year.

The junta's navy has responded with indiscriminate fire. On Tuesday, shells fired from a warship off the coast hit a fishing village near Kyaukphyu, killing a woman and her two daughters, residents told local media.

In Mandalay, the junta's police arrested three young people on Saturday for sharing news of the Ann victory on Facebook, their relatives said.

Since the coup of February 2021, the junta has killed more than 6,000 civilians, according to the Assistance Association for Political Prisoners.

The National Unity Government's defence ministry vowed that the revolution would "drive the fascist army out of Sagaing within a year". Observers warn that the junta, losing ground on every front, will lean even harder on air strikes against villages in the months ahead.
"""

JUNTA = ["Myanmar military", "Tatmadaw", "junta", "military junta", "State Administration Council",
         "military council", "Military Forces of Myanmar", "Myanmar army", "terrorist junta", "fascist army",
         "fascist military council", "junta soldiers", "junta troops", "air force"]
JUNTAPOL = ["Myanmar Police Force", "junta's police", "police", "Police Forces of Myanmar"] + JUNTA
NAVY06 = JUNTA + ["junta's navy", "navy", "warship"]
PDF06 = ["People's Defence Force", "People's Defense Force", "PDF", "revolutionary forces",
         "Monywa district battalion", "resistance", "National Unity Government", "NUG"]
AA = ["Arakan Army", "Arakha Army", "United League of Arakan", "ULA/AA"]
YWAR_THIT = L(["Ywar Thit", "Ywar Thit village", "Depayin", "Depayin township", "Tabayin", "Sagaing"], cc="MM")
MONYWA_W = LKM(["Monywa-Pale road", "west of Monywa", "Monywa"], 22.11, 95.13, 15, 270, "MM")
KANI = L(["Kani township", "Kani", "Sagaing"], cc="MM")
ANN = L(["Ann", "Ann township", "Western Regional Military Command"], 19.78, 94.04, "MM")
KYAUKPHYU = L(["Kyaukphyu", "near Kyaukphyu", "fishing village near Kyaukphyu"], 19.43, 93.55, "MM")
MANDALAY = L(["Mandalay"], 21.97, 96.08, "MM")
MYANMAR = L(["Myanmar"], cc="MM")
SRV = ["Spring Revolution Voice", "author"]
E06 = [
    # a victim told two ways (a school with 12 dead / "a PDF terrorist training camp") -> one core event per
    # version, since the other side names a different object; the spokesman's denial -> a non-core denied copy;
    # "about 30" -> 30..30
    E(
        True,
        "a junta Yak-130 jet dropped two bombs on the monastery school of Ywar Thit village in Depayin township, killing 11 students and a teacher and wounding about 30 people",
        EXP,
        AIR,
        actor1=JUNTA + ["Yak-130 jet"],
        actor2=CIV + ["monastery school", "students", "teacher", "children"],
        location=YWAR_THIT,
        date=D("2024-12-23"),
        killed=R(12),
        injured=R(30),
        source=["village's administration team", "administration team"] + SRV,
    ),
    E(
        True,
        'its air force had struck "a PDF terrorist training camp" in the area',
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=PDF06 + ["PDF terrorist training camp", "training camp"],
        location=YWAR_THIT,
        date=D("2024-12-23"),
        source=["junta's mouthpiece newspaper", "state media", "junta"],
    ),
    E(
        False,
        "Junta spokesman Major General Zaw Min Tun denied that any civilians had died",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV,
        location=YWAR_THIT,
        date=D("2024-12-23"),
        killed=R(12),
        source=["Zaw Min Tun", "Junta spokesman", "junta"],
        status="denied",
    ),
    E(
        False,
        "Terrorist junta bombs monastery school in Depayin, killing 12",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV + ["monastery school"],
        location=YWAR_THIT,
        date=D("2024-12-23"),
        killed=R(12),
        source=SRV,
    ),
    # a convoy ambushed; both sides' dead told (17 soldiers, one PDF fighter) -> exact 18; "Last Friday" -> the
    # Friday before publication; "about 15 km west of Monywa" -> LKM
    E(
        True,
        "fighters of the People's Defence Force (PDF) ambushed a convoy of seven military trucks on the Monywa-Pale road, about 15 km west of Monywa, killing 17 junta soldiers",
        BAT,
        CLASH,
        actor1=PDF06 + JUNTA,
        actor2=JUNTA + ["convoy", "military trucks", "junta soldiers"] + PDF06,
        location=MONYWA_W,
        date=D("2024-12-20"),
        killed=R(18),
        source=["Monywa district battalion"] + PDF06 + SRV,
    ),
    E(
        False,
        "PDF heroes wipe out convoy near Monywa",
        BAT,
        CLASH,
        actor1=PDF06 + JUNTA,
        actor2=JUNTA + ["convoy"] + PDF06,
        location=MONYWA_W,
        date=D("2024-12-20"),
        source=SRV,
    ),
    # arson of empty villages, no casualties -> Looting/property destruction; "last week" -> Monday to Sunday;
    # "reported, citing villagers" -> both in source
    E(
        True,
        "junta troops torched more than 200 houses in three villages last week",
        STR,
        LOOT,
        actor1=JUNTA,
        actor2=CIV + ["houses", "200 houses", "three villages", "residents"],
        location=KANI,
        date=D("2024-12-16", "2024-12-22"),
        source=["local resistance group", "resistance group", "villagers"],
    ),
    # a headquarters seized "after weeks of fighting" -> Non-state actor overtakes territory; the captured
    # soldiers are no casualties
    E(
        True,
        "the Arakan Army (AA) said its fighters seized the junta's Western Regional Military Command headquarters in Ann on Friday",
        BAT,
        NSAOVER,
        actor1=AA,
        actor2=JUNTA + ["Western Regional Military Command"],
        location=ANN,
        date=D("2024-12-20"),
        source=AA + SRV,
    ),
    E(
        False,
        "It is the second regional command to fall to the resistance this year",
        BAT,
        NSAOVER,
        actor1=AA + PDF06,
        actor2=JUNTA,
        location=MYANMAR,
        date=D("2024-01-01", "2024-12-26"),
        source=SRV,
        aggregate=True,
    ),
    # "a woman and her two daughters" -> 3
    E(
        True,
        "shells fired from a warship off the coast hit a fishing village near Kyaukphyu, killing a woman and her two daughters",
        EXP,
        SHELL,
        actor1=NAVY06,
        actor2=CIV + ["fishing village", "woman and her two daughters", "woman", "daughters"],
        location=KYAUKPHYU,
        date=D("2024-12-24"),
        killed=R(3),
        source=["residents", "local media"] + SRV,
    ),
    E(
        True,
        "the junta's police arrested three young people on Saturday for sharing news of the Ann victory on Facebook",
        STR,
        ARRESTS,
        actor1=JUNTAPOL,
        actor2=CIV + ["three young people", "young people"],
        location=MANDALAY,
        date=D("2024-12-21"),
        source=["relatives"] + SRV,
    ),
    # the coup -> background; the civilian toll -> aggregate ("more than 6,000" -> 6,001..open)
    E(
        False,
        "the coup of February 2021",
        STR,
        OTHER,
        actor1=JUNTA,
        actor2=["National League for Democracy", "NLD", "civilian government"],
        location=MYANMAR,
        date=D("2021-02-01", "2021-02-28"),
        source=SRV,
    ),
    E(
        False,
        "the junta has killed more than 6,000 civilians",
        VAC,
        ATTACK,
        actor1=JUNTA,
        actor2=CIV,
        location=MYANMAR,
        date=D("2021-02-01", "2024-12-26"),
        killed=R(6001, None),
        source=["Assistance Association for Political Prisoners", "AAPP"],
        aggregate=True,
    ),
    # the NUG's own vow -> planned; the observers' forecast -> hypothetical
    E(
        False,
        'the revolution would "drive the fascist army out of Sagaing within a year"',
        BAT,
        GOVREGAIN,
        actor1=PDF06,
        actor2=JUNTA,
        location=L(["Sagaing", "Sagaing Region"], cc="MM"),
        source=["National Unity Government", "NUG", "defence ministry"],
        status="planned",
    ),
    E(
        False,
        "will lean even harder on air strikes against villages in the months ahead",
        EXP,
        AIR,
        actor1=JUNTA,
        actor2=CIV + ["villages"],
        location=MYANMAR,
        source=["Observers", "observers"],
        status="hypothetical",
    ),
    # no gold: "another war crime" (a label), "answered the crime on the battlefield" (the ambush's lead), "One of
    # our comrades was martyred" (folded into the ambush), "capturing hundreds of soldiers" (inside the seizure),
    # "indiscriminate fire" (the lead to the Kyaukphyu shelling)
]
DOCS.append(
    (
        "dev-p-06",
        "Spring Revolution Voice",
        "2024-12-26",
        "partisan outlet (pro-resistance)",
        "Myanmar/Sagaing, Rakhine and Mandalay: a jet bombs a monastery school in Depayin in two versions (12 dead "
        "and 'about 30' hurt / 'a PDF terrorist training camp') with the spokesman's denial, a PDF ambush on a convoy "
        "'about 15 km west of Monywa' 'Last Friday' (both sides' dead), houses torched in Kani 'last week' ('citing "
        "villagers'), the AA seizes the Western Command in Ann, a warship shells a village near Kyaukphyu ('a woman "
        "and her two daughters'), three arrested in Mandalay, the coup and a toll, a vow, a forecast",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-p-06", "December 26", "2024-12-26", "Thursday"),
    ("dev-p-06", "On Tuesday", "2024-12-24", "Tuesday"),
    ("dev-p-06", "On Monday morning", "2024-12-23", "Monday"),
    ("dev-p-06", "on Sunday / last week (end)", "2024-12-22", "Sunday"),
    ("dev-p-06", "on Saturday", "2024-12-21", "Saturday"),
    ("dev-p-06", "Last Friday / on Friday", "2024-12-20", "Friday"),
    ("dev-p-06", "last week (start)", "2024-12-16", "Monday"),
]

# =============================================================================
# dev-p-07  partisan outlet (pro-Kremlin) — Russia and Ukraine: Saratov, seven Russian regions, Enerhodar and Kamianka-Dniprovska, Mala Tokmachka near Orikhiv, Kharkiv, Shebekino in the Belgorod region (Thu 21 Aug 2025)
# =============================================================================
T07 = """Air defences down 62 Ukrainian drones overnight; Kyiv regime targets bus of nuclear plant workers in Enerhodar

MOSCOW, August 21 (Derzhava News Agency) - Russian air defence systems intercepted and destroyed 62 Ukrainian fixed-wing drones over seven regions overnight, 27 of them over the Saratov region, the Defence Ministry said on Thursday morning.

Debris from a downed drone fell on the grounds of an industrial enterprise in Saratov and started a fire that was quickly put out, regional governor Roman Busargin said. One employee was injured. The General Staff of the Kyiv regime boasted that its drones had hit the Saratov oil refinery, "one of the key suppliers of fuel to the Russian army".

In Enerhodar, Ukrainian armed formations attacked a bus carrying employees of the Zaporizhzhia nuclear power plant with a kamikaze drone on Wednesday morning, wounding five people, the plant's press service said. Kyiv denied any involvement.

On Wednesday evening, Ukrainian artillery shelled Kamianka-Dniprovska, on the southern bank of the Kakhovka reservoir. A school and three houses were damaged, but no one was hurt, regional governor Yevgeny Balitsky said.

Units of the Vostok group of forces liberated the village of Mala Tokmachka, east of Orikhiv, the Defence Ministry said. The enemy lost up to 40 servicemen in the area over the past day, according to the ministry.

On Tuesday night, Russian forces struck a temporary deployment point of the Khartiia brigade of the Ukrainian army and foreign mercenaries in Kharkiv with Iskander missiles, a source in the security structures told our agency. According to the source, up to 50 militants were eliminated.

The Kharkiv regional administration controlled by Kyiv claimed, as usual, that the missiles had hit an apartment building and a printing house, killing seven civilians, among them a nine-year-old girl, and wounding 31.

In the Belgorod region, a Ukrainian FPV drone struck a car on the outskirts of Shebekino on Monday, killing the driver, governor Vyacheslav Gladkov said. The day before, two women were wounded when a drone dropped explosives on a bus stop in the same town.

Since January, the Kyiv regime has attacked Russian oil refineries more than 40 times, according to open sources.

The Defence Ministry stressed that strikes on the military infrastructure of the Kyiv regime will continue until all the goals of the special military operation are achieved. Military experts expect the enemy to try again to hit refineries in the Volga region in the coming days.
"""

UKR07 = UKRAINE + ["Kyiv regime", "Ukrainian armed formations", "General Staff", "General Staff of the Kyiv regime",
                   "Ukrainian drones", "Ukrainian FPV drone", "Ukrainian artillery", "enemy"]
KHARTIIA = UKRAINE + ["Khartiia brigade", "Khartiia", "foreign mercenaries", "mercenaries", "militants",
                      "temporary deployment point"]
RUS07 = RUSSIA + ["air defence systems", "Russian air defence", "Defence Ministry", "Russian Defence Ministry",
                  "Vostok group of forces", "Vostok group", "Iskander missiles"]
SARATOV = L(["Saratov", "Saratov oil refinery", "Saratov region", "industrial enterprise"], 51.53, 46.03, "RU")
ENERHODAR = L(["Enerhodar", "Energodar", "Zaporizhzhia nuclear power plant"], 47.50, 34.66, "UA")
KAMIANKA = L(["Kamianka-Dniprovska", "Kamenka-Dneprovskaya", "Kakhovka reservoir"], 47.48, 34.42, "UA")
# Mala Tokmachka lies some 8 km east of Orikhiv -> Orikhiv's point
TOKMACHKA = L(["Mala Tokmachka", "Malaya Tokmachka", "east of Orikhiv", "Orikhiv", "Orekhov"], 47.57, 35.79, "UA")
KHARKIV = L(["Kharkiv", "Kharkov"], 49.99, 36.23, "UA")
SHEBEKINO = L(["Shebekino", "outskirts of Shebekino", "Belgorod region"], 50.41, 36.90, "RU")
RU7 = L(["seven regions", "Russia", "Saratov region"], cc="RU")
RUREF = L(["Russian oil refineries", "Russia"], cc="RU")
VOLGA = L(["Volga region", "refineries in the Volga region"], cc="RU")
DNA = ["Derzhava News Agency", "our agency", "author"]
MODRU = ["Defence Ministry", "Russian Defence Ministry", "Ministry of Defence", "ministry"]
NIGHT07 = D("2025-08-20", "2025-08-21")
E07 = [
    # the night's interceptions over seven regions -> aggregate (the headline too)
    E(
        False,
        "Russian air defence systems intercepted and destroyed 62 Ukrainian fixed-wing drones over seven regions overnight",
        STR,
        DISRUPT,
        actor1=RUS07,
        actor2=UKR07,
        location=RU7,
        date=NIGHT07,
        source=MODRU,
        aggregate=True,
    ),
    E(
        False,
        "Air defences down 62 Ukrainian drones overnight",
        STR,
        DISRUPT,
        actor1=RUS07,
        actor2=UKR07,
        location=RU7,
        date=NIGHT07,
        source=DNA,
        aggregate=True,
    ),
    # the hit on the enterprise told as debris from a downed drone -> a drone strike on it (the fire and one
    # injured are its harm); the Ukrainian boast adds the target's name -> a non-core copy, the claimant in actor1
    E(
        True,
        "Debris from a downed drone fell on the grounds of an industrial enterprise in Saratov and started a fire",
        EXP,
        AIR,
        actor1=UKR07,
        actor2=["industrial enterprise", "Saratov oil refinery", "refinery", "employee"],
        location=SARATOV,
        date=NIGHT07,
        injured=R(1),
        source=["regional governor", "Roman Busargin", "Busargin", "governor"] + DNA,
    ),
    E(
        False,
        'its drones had hit the Saratov oil refinery, "one of the key suppliers of fuel to the Russian army"',
        EXP,
        AIR,
        actor1=UKR07,
        actor2=["Saratov oil refinery", "refinery"],
        location=SARATOV,
        date=NIGHT07,
        source=["General Staff", "Ukrainian General Staff", "General Staff of the Kyiv regime"] + UKRAINE,
    ),
    # Kyiv's denial -> a non-core denied copy
    E(
        True,
        "Ukrainian armed formations attacked a bus carrying employees of the Zaporizhzhia nuclear power plant with a kamikaze drone on Wednesday morning, wounding five people",
        EXP,
        AIR,
        actor1=UKR07,
        actor2=CIV + ["bus", "employees of the Zaporizhzhia nuclear power plant", "employees", "five people"],
        location=ENERHODAR,
        date=D("2025-08-20"),
        injured=R(5),
        source=["plant's press service", "press service", "Zaporizhzhia nuclear power plant"] + DNA,
    ),
    E(
        False,
        "Kyiv denied any involvement",
        EXP,
        AIR,
        actor1=UKR07,
        actor2=CIV + ["bus"],
        location=ENERHODAR,
        date=D("2025-08-20"),
        source=["Kyiv"] + UKRAINE,
        status="denied",
    ),
    E(
        False,
        "Kyiv regime targets bus of nuclear plant workers in Enerhodar",
        EXP,
        AIR,
        actor1=UKR07,
        actor2=CIV + ["bus of nuclear plant workers"],
        location=ENERHODAR,
        date=D("2025-08-20"),
        source=DNA,
    ),
    # the zero comes a sentence after the act -> killed and injured 0..0 on the shelling
    E(
        True,
        "Ukrainian artillery shelled Kamianka-Dniprovska, on the southern bank of the Kakhovka reservoir",
        EXP,
        SHELL,
        actor1=UKR07,
        actor2=CIV + ["school", "three houses", "houses"],
        location=KAMIANKA,
        date=D("2025-08-20"),
        killed=R(0),
        injured=R(0),
        source=["regional governor", "Yevgeny Balitsky", "Balitsky", "governor"] + DNA,
    ),
    # a foreign state's forces seizing a village abroad -> Non-state actor overtakes territory (ACLED's rule for
    # external forces); undated -> publication day and the day before ("over the past day")
    E(
        True,
        "Units of the Vostok group of forces liberated the village of Mala Tokmachka, east of Orikhiv",
        BAT,
        NSAOVER,
        actor1=RUS07,
        actor2=UKR07,
        location=TOKMACHKA,
        date=NIGHT07,
        source=MODRU,
    ),
    # a day's losses on a front -> aggregate; "lost up to 40 servicemen" (a loss count: killed or wounded, not
    # split) -> casualties 1..40
    E(
        False,
        "The enemy lost up to 40 servicemen in the area over the past day",
        BAT,
        CLASH,
        actor1=RUS07,
        actor2=UKR07 + ["servicemen"],
        location=TOKMACHKA,
        date=NIGHT07,
        casualties=R(1, 40),
        source=MODRU,
        aggregate=True,
    ),
    # two versions naming different objects (a deployment point, "up to 50" militants -> 1..50 / an apartment
    # building and a printing house, seven civilians) -> one core event per version; "On Tuesday night" -> both
    # days; missiles fired from the ground -> Shelling/artillery/missile attack
    E(
        True,
        "Russian forces struck a temporary deployment point of the Khartiia brigade of the Ukrainian army and foreign mercenaries in Kharkiv with Iskander missiles",
        EXP,
        SHELL,
        actor1=RUS07,
        actor2=KHARTIIA,
        location=KHARKIV,
        date=D("2025-08-19", "2025-08-20"),
        killed=R(1, 50),
        source=["source in the security structures", "security source"] + DNA,
    ),
    E(
        False,
        "up to 50 militants were eliminated",
        EXP,
        SHELL,
        actor1=RUS07,
        actor2=KHARTIIA,
        location=KHARKIV,
        date=D("2025-08-19", "2025-08-20"),
        killed=R(1, 50),
        source=["source in the security structures", "security source"],
    ),
    E(
        True,
        "the missiles had hit an apartment building and a printing house, killing seven civilians, among them a nine-year-old girl, and wounding 31",
        EXP,
        SHELL,
        actor1=RUS07,
        actor2=CIV + ["apartment building", "printing house", "seven civilians", "girl"],
        location=KHARKIV,
        date=D("2025-08-19", "2025-08-20"),
        killed=R(7),
        injured=R(31),
        source=["Kharkiv regional administration", "regional administration"] + UKRAINE,
    ),
    E(
        True,
        "a Ukrainian FPV drone struck a car on the outskirts of Shebekino on Monday, killing the driver",
        EXP,
        AIR,
        actor1=UKR07,
        actor2=CIV + ["car", "driver"],
        location=SHEBEKINO,
        date=D("2025-08-18"),
        killed=R(1),
        source=["governor", "Vyacheslav Gladkov", "Gladkov"] + DNA,
    ),
    # "The day before" a Monday -> Sunday; a drone dropping explosives -> Air/drone strike; the drone's owner is
    # not named (the Ukrainian framing of the paragraph) -> Ukraine plus unknown
    E(
        True,
        "two women were wounded when a drone dropped explosives on a bus stop in the same town",
        EXP,
        AIR,
        actor1=UKR07 + UNK,
        actor2=CIV + ["two women", "women", "bus stop"],
        location=SHEBEKINO,
        date=D("2025-08-17"),
        injured=R(2),
        source=["governor", "Vyacheslav Gladkov", "Gladkov"] + DNA,
    ),
    E(
        False,
        "the Kyiv regime has attacked Russian oil refineries more than 40 times",
        EXP,
        AIR,
        actor1=UKR07,
        actor2=["Russian oil refineries", "refineries"],
        location=RUREF,
        date=D("2025-01-01", "2025-08-21"),
        source=["open sources"] + DNA,
        aggregate=True,
    ),
    # the ministry's own vow -> planned; the experts' forecast -> hypothetical
    E(
        False,
        "strikes on the military infrastructure of the Kyiv regime will continue",
        EXP,
        SHELL,
        actor1=RUS07,
        actor2=UKR07 + ["military infrastructure"],
        location=L(["Ukraine"], cc="UA"),
        source=MODRU,
        status="planned",
    ),
    E(
        False,
        "Military experts expect the enemy to try again to hit refineries in the Volga region in the coming days",
        EXP,
        AIR,
        actor1=UKR07,
        actor2=["refineries"],
        location=VOLGA,
        source=["Military experts", "experts"],
        status="hypothetical",
    ),
    # no gold: "was quickly put out", "as usual" (a sneer), the special military operation's goals (no act)
]
DOCS.append(
    (
        "dev-p-07",
        "Derzhava News Agency",
        "2025-08-21",
        "partisan outlet (pro-Kremlin)",
        "Russia and Ukraine: 62 drones downed 'overnight' over seven regions (aggregate), a drone hit on a Saratov "
        "enterprise told as 'Debris' and Kyiv's refinery boast, a drone on an Enerhodar plant bus and Kyiv's denial, "
        "shelling of Kamianka-Dniprovska with 'no one was hurt' a sentence later, a village 'liberated' near Orikhiv, "
        "an Iskander strike on Kharkiv in two versions ('up to 50 militants' / seven civilians) 'On Tuesday night', a "
        "drone on a car near Shebekino and a bus stop 'The day before', a refinery count, a vow and a forecast",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-p-07", "August 21 / on Thursday morning", "2025-08-21", "Thursday"),
    ("dev-p-07", "on Wednesday morning / On Wednesday evening", "2025-08-20", "Wednesday"),
    ("dev-p-07", "On Tuesday night", "2025-08-19", "Tuesday"),
    ("dev-p-07", "on Monday", "2025-08-18", "Monday"),
    ("dev-p-07", "The day before", "2025-08-17", "Sunday"),
]

# =============================================================================
# dev-p-08  feature with background history — Haiti/Kenscoff, Furcy, Pétion-Ville and the road between them; Port-au-Prince (Sun 6 Apr 2025)
# =============================================================================
T08 = """Feature: In Kenscoff, the cool hills above Port-au-Prince, the gangs have arrived

KENSCOFF, Haiti, April 6 (Caribbean Chronicle) - For a century, the pine-covered hills of Kenscoff were where Port-au-Prince came to breathe. Coffee planters built summer houses here; later, families who could afford it fled the heat, the cholera and the coups of the capital below. Marie-Ange Dorcé, 58, has sold leeks and carrots at the Kenscoff crossroads for thirty years. “We thought the mountain would protect us,” she says. “It did not.”

Ten days ago, gunmen of the Viv Ansanm gang coalition swept into the Belot neighbourhood before dawn, burning at least 30 houses and killing eight people, among them a pastor and his wife, according to the mayor’s office. Dorcé’s brother-in-law was shot in his field.

The next day, police said explosive drones operated by a government task force had killed “at least a dozen bandits” in a strike on a gang hideout near Furcy, a few kilometres further up the mountain. Residents could not confirm the toll.

On Thursday, Kenyan officers of the Multinational Security Support mission and Haitian police fought gang members for several hours on the road between Pétion-Ville and Kenscoff. One Kenyan officer was wounded, the mission said.

Fear has also bred its own violence. On Tuesday evening in Pétion-Ville, a crowd linked to the Bwa Kale self-defence movement stopped two young men suspected of working as gang lookouts, beat them and set them on fire. Both died at the scene.

Two weeks ago, gunmen kidnapped a nurse and an ambulance driver on the road to Kenscoff; their families paid a ransom and they were freed on Friday, a hospital official said.

In a video posted on social media, a Viv Ansanm leader who calls himself “Kòmandan Zo” denied that his men had killed civilians in Belot, saying they had fought “the police and the militias of the rich”.

Haiti’s gangs grew in strength after the assassination of President Jovenel Moïse in his home in July 2021. In March 2024, gangs stormed the capital’s two main prisons, freeing some 4,000 inmates. According to the United Nations, more than 5,600 people were killed in gang violence in Haiti last year.

Kenscoff’s mayor says that if the town falls, the gangs will control the roads that link the capital to the south-east and will be able to surround Pétion-Ville. Dorcé says she has already packed a bag.
"""

VIV = ["Viv Ansanm", "Viv Ansanm gang coalition", "gang coalition", "gangs", "gang members", "gunmen", "bandits",
       "Kòmandan Zo"]
HNP = ["Haitian National Police", "Haitian police", "police", "Police Forces of Haiti", "government task force",
       "task force"]
MSS = ["Multinational Security Support mission", "Multinational Security Support", "MSS", "Kenyan officers",
       "Kenyan police", "Kenya"]
BWA_KALE = ["Bwa Kale", "Bwa Kale self-defence movement", "crowd", "rioters", "vigilantes"]
KENSCOFF = L(["Kenscoff", "Belot", "Belot neighbourhood", "Kenscoff crossroads"], 18.45, -72.29, "HT")
# Furcy lies a few kilometres above Kenscoff -> Kenscoff's point; the road runs some 7 km between the two towns
FURCY = L(["Furcy", "near Furcy", "Kenscoff"], 18.45, -72.29, "HT")
ROAD08 = L(["road between Pétion-Ville and Kenscoff", "Pétion-Ville", "Kenscoff", "road to Kenscoff"], 18.48,
           -72.29, "HT")
PETIONVILLE = L(["Pétion-Ville", "Petion-Ville", "Petionville"], 18.51, -72.29, "HT")
PAP = L(["Port-au-Prince", "the capital"], 18.54, -72.34, "HT")
HAITI = L(["Haiti"], cc="HT")
CC08 = ["Caribbean Chronicle", "author"]
E08 = [
    # "Ten days ago" from 6 April -> 27 March; "at least 30 houses" are property, the eight dead the toll; the
    # brother-in-law shot is one of them (no gold)
    E(
        True,
        "Ten days ago, gunmen of the Viv Ansanm gang coalition swept into the Belot neighbourhood before dawn, burning at least 30 houses and killing eight people, among them a pastor and his wife",
        VAC,
        ATTACK,
        actor1=VIV,
        actor2=CIV + ["eight people", "pastor", "wife", "houses", "Belot neighbourhood"],
        location=KENSCOFF,
        date=D("2025-03-27"),
        killed=R(8),
        source=["mayor’s office", "mayor's office", "mayor"] + CC08,
    ),
    # the gang leader's denial -> a non-core denied copy; his own counter-version ("fought the police") has no
    # time, place or toll of its own -> no gold
    E(
        False,
        "denied that his men had killed civilians in Belot",
        VAC,
        ATTACK,
        actor1=VIV,
        actor2=CIV,
        location=KENSCOFF,
        date=D("2025-03-27"),
        source=["Kòmandan Zo", "Viv Ansanm leader"] + VIV,
        status="denied",
    ),
    # "The next day" -> 28 March; "at least a dozen" -> 12..open; a task force's explosive drones -> Air/drone
    # strike by the state
    E(
        True,
        "explosive drones operated by a government task force had killed “at least a dozen bandits” in a strike on a gang hideout near Furcy",
        EXP,
        AIR,
        actor1=HNP,
        actor2=VIV + ["gang hideout", "hideout"],
        location=FURCY,
        date=D("2025-03-28"),
        killed=R(12, None),
        source=["police", "Haitian police"],
    ),
    # "One Kenyan officer was wounded" (one side) -> 1..open
    E(
        True,
        "Kenyan officers of the Multinational Security Support mission and Haitian police fought gang members for several hours on the road between Pétion-Ville and Kenscoff",
        BAT,
        CLASH,
        actor1=MSS + HNP + VIV,
        actor2=VIV + MSS + HNP,
        location=ROAD08,
        date=D("2025-04-03"),
        injured=R(1, None),
        source=MSS + ["mission"] + CC08,
    ),
    # a crowd killing two suspects -> Riots/Mob violence
    E(
        True,
        "a crowd linked to the Bwa Kale self-defence movement stopped two young men suspected of working as gang lookouts, beat them and set them on fire",
        RIOT,
        MOB,
        actor1=BWA_KALE,
        actor2=CIV + ["two young men", "young men", "gang lookouts"],
        location=PETIONVILLE,
        date=D("2025-04-01"),
        killed=R(2),
        source=CC08,
    ),
    # "Two weeks ago" -> the Monday-to-Sunday week before "last week" (17-23 March); abductees are no
    # casualties; the ransom and release are no event
    E(
        True,
        "Two weeks ago, gunmen kidnapped a nurse and an ambulance driver on the road to Kenscoff",
        VAC,
        ABDUCT,
        actor1=VIV + UNK,
        actor2=CIV + ["nurse", "ambulance driver", "driver"],
        location=ROAD08,
        date=D("2025-03-17", "2025-03-23"),
        source=["hospital official", "official"] + CC08,
    ),
    # background -> non-core: July 2021, March 2024 (a prison assault on its guards -> Battles); the year's toll
    # -> aggregate
    E(
        False,
        "the assassination of President Jovenel Moïse in his home in July 2021",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=["Jovenel Moïse", "President Jovenel Moïse", "President"],
        location=PAP,
        date=D("2021-07-01", "2021-07-31"),
        killed=R(1),
        source=CC08,
    ),
    E(
        False,
        "In March 2024, gangs stormed the capital’s two main prisons, freeing some 4,000 inmates",
        BAT,
        CLASH,
        actor1=VIV + HNP,
        actor2=HNP + ["prisons", "two main prisons"] + VIV,
        location=PAP,
        date=D("2024-03-01", "2024-03-31"),
        source=CC08,
    ),
    E(
        False,
        "more than 5,600 people were killed in gang violence in Haiti last year",
        VAC,
        ATTACK,
        actor1=VIV,
        actor2=CIV,
        location=HAITI,
        date=D("2024-01-01", "2024-12-31"),
        killed=R(5601, None),
        source=["United Nations", "the UN"],
        aggregate=True,
    ),
    # the mayor's conditional -> hypothetical
    E(
        False,
        "if the town falls, the gangs will control the roads that link the capital to the south-east and will be able to surround Pétion-Ville",
        BAT,
        NSAOVER,
        actor1=VIV,
        actor2=HNP,
        location=KENSCOFF,
        source=["Kenscoff’s mayor", "Kenscoff's mayor", "mayor"],
        status="hypothetical",
    ),
    # no gold: the coups and cholera of the past (no act), "Dorcé's brother-in-law was shot" (one of the eight),
    # "Residents could not confirm the toll", "Both died at the scene" (folded into the mob's toll), the ransom
    # and release, "has already packed a bag"
]
DOCS.append(
    (
        "dev-p-08",
        "Caribbean Chronicle",
        "2025-04-06",
        "feature with background history",
        "Haiti/Kenscoff and Pétion-Ville: a gang raid on Belot 'Ten days ago' ('a pastor and his wife' among eight "
        "dead) and the leader's denial, a police drone strike near Furcy 'The next day' ('at least a dozen'), a "
        "fight on the Pétion-Ville-Kenscoff road with a Kenyan officer hurt, a Bwa Kale lynching, a kidnapping 'Two "
        "weeks ago', 2021 and 2024 background, a UN yearly toll, the mayor's conditional; typographic quotes",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-p-08", "April 6", "2025-04-06", "Sunday"),
    ("dev-p-08", "On Thursday", "2025-04-03", "Thursday"),
    ("dev-p-08", "On Tuesday evening", "2025-04-01", "Tuesday"),
    ("dev-p-08", "on Friday (release)", "2025-04-04", "Friday"),
    ("dev-p-08", "The next day", "2025-03-28", "Friday"),
    ("dev-p-08", "Ten days ago", "2025-03-27", "Thursday"),
    ("dev-p-08", "Two weeks ago (end)", "2025-03-23", "Sunday"),
    ("dev-p-08", "Two weeks ago (start)", "2025-03-17", "Monday"),
]

# =============================================================================
# dev-p-09  op-ed (loaded language) — Gaza Strip: al-Mawasi west of Khan Younis, the Kuwait roundabout on Gaza City's south-eastern edge, Rimal in Gaza City; West Bank: Jit east of Qalqilya; Israel: Tel Aviv (Sat 17 Aug 2024)
# =============================================================================
T09 = """Opinion | Gaza's 'safe zone' is a killing field, and the world goes on counting

By Samira Khoury | The Levant Review | Saturday 17 August 2024

There is no word left in any language for what the occupation army is doing to Gaza, so let me simply list this week's numbers, the way the world seems to prefer them.

Last Tuesday, Israeli warplanes bombed a cluster of tents in al-Mawasi, the so-called humanitarian zone west of Khan Younis, where the army itself had ordered families to go. At least 19 people were burned alive or torn apart, a third of them children, the Civil Defence said. The army claimed, as it always does, that it had struck "senior Hamas terrorists operating from within a humanitarian area". Not one of their names has been published.

On Sunday, soldiers opened fire on hungry crowds waiting for aid lorries at the Kuwait roundabout, on the south-eastern edge of Gaza City, killing 14 people and wounding more than 60, according to the health ministry. The army said its troops had fired "warning shots" at "suspects who approached them and posed a threat", and denied shooting at anyone collecting aid.

Three days ago, a strike on a school-turned-shelter in the Rimal district of Gaza City killed 22 people whom the army, inevitably, described as "Hamas operatives".

And because the occupation does not stop at Gaza's fences, dozens of masked settlers stormed the village of Jit, east of Qalqilya, on Thursday night, setting fire to homes and cars and shooting dead a 23-year-old man, Rashid Sadeh. The soldiers who stood by arrested no one.

That same Tuesday, the Qassam Brigades fired two rockets towards Tel Aviv; one fell into the sea and the other in an open field, hurting no one. Within hours, Western capitals were condemning "Hamas terror".

More than 40,000 Palestinians have been killed in Gaza since October, according to the health ministry. In 2014, the same army killed more than 2,200 Palestinians in 51 days, and the world promised that it would never happen again.

Ceasefire talks resumed in Doha this week. If they fail, and they will fail as long as Washington keeps sending bombs, the army will push into the last corners of Gaza where people are still alive. History will ask each of us what we did.
"""

ISR09 = ISRAEL + ["occupation army", "occupation", "Israeli warplanes", "soldiers", "army", "its troops"]
HAMAS09 = HAMAS + ["senior Hamas terrorists", "Hamas operatives", "Hamas terrorists"]
MAWASI = L(["al-Mawasi", "Mawasi", "west of Khan Younis", "Khan Younis", "humanitarian zone"], 31.35, 34.27, "PS")
KUWAIT_RB = L(["Kuwait roundabout", "south-eastern edge of Gaza City", "Gaza City"], 31.49, 34.46, "PS")
RIMAL = L(["Rimal", "Rimal district", "Gaza City"], 31.52, 34.45, "PS")
# Jit lies some 10 km east of Qalqilya -> Qalqilya's point
JIT = L(["Jit", "village of Jit", "east of Qalqilya", "Qalqilya"], 32.19, 34.97, "PS")
TEL_AVIV = L(["Tel Aviv", "towards Tel Aviv"], 32.08, 34.78, "IL")
GAZA09 = L(["Gaza", "Gaza Strip"], cc="PS")
LR = ["The Levant Review", "Levant Review", "Samira Khoury", "author"]
MOH09 = ["health ministry", "Gaza health ministry", "Ministry of Health"]
E09 = [
    # "Last Tuesday" in a Saturday column -> the Tuesday before; the toll a sentence later ("At least 19") folded
    # in and kept as a non-core copy; the army names another object (senior Hamas men) -> one core event per version
    E(
        True,
        "Israeli warplanes bombed a cluster of tents in al-Mawasi, the so-called humanitarian zone west of Khan Younis",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + ["cluster of tents", "tents", "families", "children"],
        location=MAWASI,
        date=D("2024-08-13"),
        killed=R(19, None),
        source=LR + ["Civil Defence"],
    ),
    E(
        False,
        "At least 19 people were burned alive or torn apart, a third of them children",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + ["children", "19 people"],
        location=MAWASI,
        date=D("2024-08-13"),
        killed=R(19, None),
        source=["Civil Defence", "Gaza Civil Defence"],
    ),
    E(
        True,
        'it had struck "senior Hamas terrorists operating from within a humanitarian area"',
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HAMAS09,
        location=MAWASI,
        date=D("2024-08-13"),
        source=["army", "Israeli army", "IDF"],
    ),
    # soldiers firing on aid seekers -> Violence against civilians/Attack; "more than 60" -> 61..open; the army's
    # "warning shots" at "suspects" -> a non-core copy, its denial a non-core denied copy
    E(
        True,
        "soldiers opened fire on hungry crowds waiting for aid lorries at the Kuwait roundabout, on the south-eastern edge of Gaza City, killing 14 people and wounding more than 60",
        VAC,
        ATTACK,
        actor1=ISR09,
        actor2=CIV + ["hungry crowds", "crowds", "aid seekers", "14 people"],
        location=KUWAIT_RB,
        date=D("2024-08-11"),
        killed=R(14),
        injured=R(61, None),
        source=MOH09 + LR,
    ),
    E(
        False,
        'its troops had fired "warning shots" at "suspects who approached them and posed a threat"',
        VAC,
        ATTACK,
        actor1=ISR09,
        actor2=["suspects"] + CIV,
        location=KUWAIT_RB,
        date=D("2024-08-11"),
        source=["army", "Israeli army", "IDF"],
    ),
    E(
        False,
        "denied shooting at anyone collecting aid",
        VAC,
        ATTACK,
        actor1=ISR09,
        actor2=CIV + ["anyone collecting aid"],
        location=KUWAIT_RB,
        date=D("2024-08-11"),
        source=["army", "Israeli army", "IDF"],
        status="denied",
    ),
    # an agent-less strike in Gaza -> Israel plus unknown; the dead told two ways (a shelter's people / "Hamas
    # operatives") -> one core event with both in actor2; "Three days ago" from 17 August -> 14 August
    E(
        True,
        'a strike on a school-turned-shelter in the Rimal district of Gaza City killed 22 people whom the army, inevitably, described as "Hamas operatives"',
        EXP,
        AIR,
        actor1=ISR09 + UNK,
        actor2=CIV + ["school-turned-shelter", "school", "22 people"] + HAMAS09,
        location=RIMAL,
        date=D("2024-08-14"),
        killed=R(22),
        source=LR,
    ),
    # "on Thursday night" -> both days; the burned homes and cars are inside the attack
    E(
        True,
        "dozens of masked settlers stormed the village of Jit, east of Qalqilya, on Thursday night, setting fire to homes and cars and shooting dead a 23-year-old man, Rashid Sadeh",
        VAC,
        ATTACK,
        actor1=SETTLERS + ["masked settlers", "dozens of masked settlers"],
        actor2=CIV + ["village of Jit", "Rashid Sadeh", "homes", "cars"],
        location=JIT,
        date=D("2024-08-15", "2024-08-16"),
        killed=R(1),
        source=LR,
    ),
    # "That same Tuesday" -> the Tuesday above; "hurting no one" -> killed and injured 0..0
    E(
        True,
        "the Qassam Brigades fired two rockets towards Tel Aviv; one fell into the sea and the other in an open field, hurting no one",
        EXP,
        SHELL,
        actor1=HAMAS09,
        actor2=ISRAEL + ["Tel Aviv"],
        location=TEL_AVIV,
        date=D("2024-08-13"),
        killed=R(0),
        injured=R(0),
        source=LR,
    ),
    # tolls -> aggregates; 2014 -> background
    E(
        False,
        "More than 40,000 Palestinians have been killed in Gaza since October",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + ["Palestinians"],
        location=GAZA09,
        date=D("2023-10-01", "2024-08-17"),
        killed=R(40001, None),
        source=MOH09,
        aggregate=True,
    ),
    E(
        False,
        "In 2014, the same army killed more than 2,200 Palestinians in 51 days",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + ["Palestinians"],
        location=GAZA09,
        date=D("2014-01-01", "2014-12-31"),
        killed=R(2201, None),
        source=LR,
        aggregate=True,
    ),
    # the writer's own conditional forecast -> hypothetical
    E(
        False,
        "the army will push into the last corners of Gaza where people are still alive",
        BAT,
        CLASH,
        actor1=ISR09,
        actor2=HAMAS09 + CIV,
        location=GAZA09,
        source=LR,
        status="hypothetical",
    ),
    # no gold: "what the occupation army is doing to Gaza" (generic), "Not one of their names has been published",
    # "The soldiers who stood by arrested no one" (a non-act), the condemnations, the Doha talks (no agreement),
    # "as long as Washington keeps sending bombs"
]
DOCS.append(
    (
        "dev-p-09",
        "The Levant Review",
        "2024-08-17",
        "op-ed with loaded language",
        "Gaza and the West Bank: a strike on tents in al-Mawasi 'Last Tuesday' with the toll a sentence later and the "
        "army's 'senior Hamas terrorists', soldiers firing on aid crowds at the Kuwait roundabout ('more than 60' "
        "wounded) with 'warning shots' and a denial, a school strike 'Three days ago' whose dead the army calls "
        "'Hamas operatives', a settler raid on Jit 'on Thursday night', two rockets 'hurting no one', a toll, 2014 "
        "background, the writer's conditional",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-p-09", "Saturday 17 August 2024", "2024-08-17", "Saturday"),
    ("dev-p-09", "on Thursday night", "2024-08-15", "Thursday"),
    ("dev-p-09", "Three days ago", "2024-08-14", "Wednesday"),
    ("dev-p-09", "Last Tuesday / That same Tuesday", "2024-08-13", "Tuesday"),
    ("dev-p-09", "On Sunday", "2024-08-11", "Sunday"),
]

# =============================================================================
# dev-p-10  wire service — Syria: Dhiban in the eastern countryside of Deir ez-Zor, al-Busayrah, the northern countryside of Aleppo near al-Bab, Jubata al-Khashab and Khan Arnabeh in Quneitra, Homs' Karm al-Zeitoun (Thu 14 Aug 2025)
# =============================================================================
T10 = """Seven killed as SDF and tribal fighters clash in Deir ez-Zor; Israeli troops detain shepherds in Quneitra

DAMASCUS, Aug 14 (Levant Wire Service) - Fighting between the Kurdish-led Syrian Democratic Forces (SDF) and Arab tribal fighters in the eastern countryside of Deir ez-Zor killed seven people on Wednesday, the Syrian Observatory for Human Rights (SOHR) said, citing sources on the ground. Four of the dead were SDF members and three were tribal fighters, the Britain-based monitor said.

The clashes broke out in the town of Dhiban after SDF forces detained a tribal notable, residents said.

Last night, gunmen on motorcycles opened fire on an SDF checkpoint on the outskirts of al-Busayrah, killing two SDF members, the group said. It blamed Islamic State "cells"; there was no claim of responsibility.

In the north, US Central Command (CENTCOM) said a US air strike on Monday had killed a senior Islamic State official in charge of the group's finances near the town of al-Bab, in the northern countryside of Aleppo. Local media said the official's nephew was also killed in the car.

In the south, Israeli troops entered the village of Jubata al-Khashab in the northern Quneitra countryside on Tuesday and detained three shepherds, local officials said. The Israeli army said it had detained "suspects involved in terrorist activity" and transferred them for questioning. Dozens of residents protested the next day at the village entrance, blocking the road to a nearby Israeli position with their cars.

Earlier this month, an Israeli drone struck a pickup truck near Khan Arnabeh, wounding two people, state media reported.

In Homs, gunmen killed a man and his two sons in the Karm al-Zeitoun district on Sunday evening. The Interior Ministry said on Wednesday that it had arrested two suspects, and it denied social media reports that members of the General Security had taken part in the killing.

SOHR has documented 112 deaths in fighting and attacks involving the SDF in Deir ez-Zor province since the start of the year.

The SDF seized the area east of the Euphrates from the Islamic State in 2019, and many Arab tribes have since complained of being shut out of local power. Under an agreement signed with Damascus in March, the SDF is to merge into the state's institutions, but the deal has barely been implemented. Analysts warn that tribal anger could spread across the province if the stalemate drags on.
"""

SDF10 = SDF + ["SDF members", "SDF checkpoint", "SDF forces", "the group"]
TRIBES10 = ["Arab tribal fighters", "tribal fighters", "Arab tribes", "tribes", "tribal forces"]
IS10 = ISIS + ["Islamic State cells", "cells", "gunmen on motorcycles", "senior Islamic State official"]
CENTCOM10 = USA + ["US Central Command", "CENTCOM", "Central Command", "US air strike"]
ISR10 = ISRAEL + ["Israeli drone", "Israeli position"]
SYGOV10 = ["Syrian government", "Interior Ministry", "Ministry of Interior", "General Security", "Damascus",
           "Police Forces of Syria", "security forces"]
DHIBAN = L(["Dhiban", "Thiban", "eastern countryside of Deir ez-Zor", "Deir ez-Zor countryside", "Deir ez-Zor"],
           cc="SY")
BUSAYRAH = L(["al-Busayrah", "Busayrah", "al-Busaira", "Busaira", "outskirts of al-Busayrah"], 35.16, 40.43, "SY")
AL_BAB = L(["al-Bab", "Al Bab", "northern countryside of Aleppo"], 36.37, 37.52, "SY")
JUBATA = L(["Jubata al-Khashab", "Jubata al-Khashb", "northern Quneitra countryside", "Quneitra countryside",
            "Quneitra"], cc="SY")
KHAN_ARNABEH = L(["Khan Arnabeh", "Khan Arnabah", "Quneitra"], cc="SY")
HOMS = L(["Homs", "Karm al-Zeitoun", "Karm al-Zaytoun"], 34.73, 36.72, "SY")
DEZ_PROV = L(["Deir ez-Zor province", "Deir ez-Zor", "the province"], cc="SY")
LWS = ["Levant Wire Service", "author"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "Britain-based monitor", "monitor", "sources on the ground"]
E10 = [
    # "reported, citing sources on the ground" -> both in source; both sides' dead told (four + three) -> exact 7,
    # the breakdown a non-core copy, the headline too
    E(
        True,
        "Fighting between the Kurdish-led Syrian Democratic Forces (SDF) and Arab tribal fighters in the eastern countryside of Deir ez-Zor killed seven people on Wednesday",
        BAT,
        CLASH,
        actor1=SDF10 + TRIBES10,
        actor2=TRIBES10 + SDF10,
        location=DHIBAN,
        date=D("2025-08-13"),
        killed=R(7),
        source=SOHR + LWS,
    ),
    E(
        False,
        "Four of the dead were SDF members and three were tribal fighters",
        BAT,
        CLASH,
        actor1=SDF10 + TRIBES10,
        actor2=TRIBES10 + SDF10,
        location=DHIBAN,
        date=D("2025-08-13"),
        killed=R(7),
        source=SOHR,
    ),
    E(
        False,
        "Seven killed as SDF and tribal fighters clash in Deir ez-Zor",
        BAT,
        CLASH,
        actor1=SDF10 + TRIBES10,
        actor2=TRIBES10 + SDF10,
        location=DHIBAN,
        date=D("2025-08-13"),
        killed=R(7),
        source=LWS,
    ),
    # the detention that set off the fighting, undated and told as its cause -> non-core
    E(
        False,
        "SDF forces detained a tribal notable",
        STR,
        ARRESTS,
        actor1=SDF10,
        actor2=["tribal notable", "notable"] + TRIBES10 + CIV,
        location=DHIBAN,
        source=["residents"],
    ),
    # a checkpoint fired on -> Battles; blamed without a claim -> IS plus unknown; the SDF's dead only -> 2..open;
    # "Last night" -> both days; "on the outskirts of al-Busayrah" -> the town's point
    E(
        True,
        "gunmen on motorcycles opened fire on an SDF checkpoint on the outskirts of al-Busayrah, killing two SDF members",
        BAT,
        CLASH,
        actor1=UNK + IS10 + ["gunmen"] + SDF10,
        actor2=SDF10 + UNK + IS10,
        location=BUSAYRAH,
        date=D("2025-08-13", "2025-08-14"),
        killed=R(2, None),
        source=SDF + ["the group"] + LWS,
    ),
    # CENTCOM's strike; the nephew killed in the car is a detail a second source adds -> a non-core copy, the core
    # toll left open (1..open)
    E(
        True,
        "a US air strike on Monday had killed a senior Islamic State official in charge of the group's finances near the town of al-Bab",
        EXP,
        AIR,
        actor1=CENTCOM10,
        actor2=IS10 + ["senior Islamic State official", "official", "car", "nephew"],
        location=AL_BAB,
        date=D("2025-08-11"),
        killed=R(1, None),
        source=CENTCOM10,
    ),
    E(
        False,
        "the official's nephew was also killed in the car",
        EXP,
        AIR,
        actor1=CENTCOM10,
        actor2=["nephew", "car"] + CIV,
        location=AL_BAB,
        date=D("2025-08-11"),
        killed=R(1),
        source=["Local media", "local media"],
    ),
    # a victim told two ways (three shepherds / "suspects involved in terrorist activity") -> one core event with
    # both in actor2, the army's account a non-core copy; the protest "the next day" -> Wednesday (cars blocking a
    # road, no fire -> Peaceful protest)
    E(
        True,
        "Israeli troops entered the village of Jubata al-Khashab in the northern Quneitra countryside on Tuesday and detained three shepherds",
        STR,
        ARRESTS,
        actor1=ISR10,
        actor2=CIV + ["three shepherds", "shepherds", "suspects"],
        location=JUBATA,
        date=D("2025-08-12"),
        source=["local officials"] + LWS,
    ),
    E(
        False,
        'it had detained "suspects involved in terrorist activity" and transferred them for questioning',
        STR,
        ARRESTS,
        actor1=ISR10,
        actor2=["suspects", "suspects involved in terrorist activity"],
        location=JUBATA,
        date=D("2025-08-12"),
        source=["Israeli army", "Israeli military", "IDF"],
    ),
    E(
        False,
        "Israeli troops detain shepherds in Quneitra",
        STR,
        ARRESTS,
        actor1=ISR10,
        actor2=CIV + ["shepherds"],
        location=JUBATA,
        date=D("2025-08-12"),
        source=LWS,
    ),
    E(
        True,
        "Dozens of residents protested the next day at the village entrance, blocking the road to a nearby Israeli position with their cars",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents", "dozens of residents"],
        location=JUBATA,
        date=D("2025-08-13"),
        source=LWS,
    ),
    # "Earlier this month" -> the 1st to publication
    E(
        True,
        "Earlier this month, an Israeli drone struck a pickup truck near Khan Arnabeh, wounding two people",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=CIV + ["pickup truck", "two people"],
        location=KHAN_ARNABEH,
        date=D("2025-08-01", "2025-08-14"),
        injured=R(2),
        source=["state media"] + LWS,
    ),
    # "a man and his two sons" -> 3; the arrests are a later act (between Sunday and Wednesday) -> their own core
    # event; the ministry's denial of General Security involvement -> a non-core denied copy
    E(
        True,
        "gunmen killed a man and his two sons in the Karm al-Zeitoun district on Sunday evening",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["man and his two sons", "man", "sons"],
        location=HOMS,
        date=D("2025-08-10"),
        killed=R(3),
        source=LWS,
    ),
    E(
        True,
        "it had arrested two suspects",
        STR,
        ARRESTS,
        actor1=SYGOV10,
        actor2=["two suspects", "suspects", "gunmen"],
        location=HOMS,
        date=D("2025-08-10", "2025-08-13"),
        source=["Interior Ministry", "Ministry of Interior"],
    ),
    E(
        False,
        "members of the General Security had taken part in the killing",
        VAC,
        ATTACK,
        actor1=SYGOV10 + ["members of the General Security"],
        actor2=CIV,
        location=HOMS,
        date=D("2025-08-10"),
        source=["Interior Ministry", "Ministry of Interior"],
        status="denied",
    ),
    E(
        False,
        "SOHR has documented 112 deaths in fighting and attacks involving the SDF in Deir ez-Zor province since the start of the year",
        BAT,
        CLASH,
        actor1=SDF10 + TRIBES10 + IS10,
        actor2=TRIBES10 + SDF10,
        location=DEZ_PROV,
        date=D("2025-01-01", "2025-08-14"),
        killed=R(112),
        source=SOHR,
        aggregate=True,
    ),
    # background -> non-core: 2019, the March accord; the analysts' conditional -> hypothetical
    E(
        False,
        "The SDF seized the area east of the Euphrates from the Islamic State in 2019",
        BAT,
        NSAOVER,
        actor1=SDF10,
        actor2=ISIS,
        location=DEZ_PROV,
        date=D("2019-01-01", "2019-12-31"),
        source=LWS,
    ),
    E(
        False,
        "Under an agreement signed with Damascus in March, the SDF is to merge into the state's institutions",
        STR,
        AGREE,
        actor1=SDF + SYGOV10,
        actor2=SYGOV10 + SDF,
        date=D("2025-03-01", "2025-03-31"),
        source=LWS,
    ),
    E(
        False,
        "tribal anger could spread across the province if the stalemate drags on",
        BAT,
        CLASH,
        actor1=TRIBES10,
        actor2=SDF10,
        location=DEZ_PROV,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: "there was no claim of responsibility", "transferred them for questioning" (inside the army's
    # account), "complained of being shut out" (no act), "the deal has barely been implemented"
]
DOCS.append(
    (
        "dev-p-10",
        "Levant Wire Service",
        "2025-08-14",
        "wire service",
        "Syria/Deir ez-Zor, Aleppo, Quneitra and Homs: an SDF-tribal battle in Dhiban ('citing sources on the "
        "ground', both sides' dead) and the detention behind it, a checkpoint attack 'on the outskirts of "
        "al-Busayrah' 'Last night' blamed on IS, a CENTCOM strike near al-Bab with a nephew added by local media, "
        "three shepherds detained in Jubata al-Khashab (the army's 'suspects') and a protest 'the next day', a drone "
        "strike 'Earlier this month', 'a man and his two sons' killed in Homs with arrests and a denial, a tally, "
        "2019 and March background, a forecast",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-p-10", "Aug 14 / Last night (end)", "2025-08-14", "Thursday"),
    ("dev-p-10", "on Wednesday / the next day / Last night (start)", "2025-08-13", "Wednesday"),
    ("dev-p-10", "on Tuesday", "2025-08-12", "Tuesday"),
    ("dev-p-10", "on Monday", "2025-08-11", "Monday"),
    ("dev-p-10", "on Sunday evening", "2025-08-10", "Sunday"),
]

# =============================================================================
# dev-p-11  local news site — Iraq/Kirkuk, Nineveh, Sulaymaniyah and Diyala: Wadi al-Shay south-west of Kirkuk, Hawija, Sinjar, Sulaymaniyah, near Daquq, the outskirts of Muqdadiyah, Kirkuk city (Thu 10 Oct 2024)
# =============================================================================
T11 = """Three Hashd fighters killed in Wadi al-Shay attack; farmer and nephew die in roadside blast near Hawija

KIRKUK, 10 October (Kirkuk Today) - Three fighters of the Popular Mobilisation Forces (Hashd al-Shaabi) were killed and two wounded when Islamic State militants attacked their position in the Wadi al-Shay area, some 35 km south-west of Kirkuk, late on Tuesday, a Hashd commander in the area told Kirkuk Today. The attackers withdrew towards the Hamrin hills under cover of darkness.

On Monday morning, a roadside bomb exploded under a tractor on a farm road near Hawija, killing a farmer and his nephew, police said. No one claimed the blast, but Islamic State cells remain active in the orchards and valleys around the town.

In Sinjar, a Turkish drone struck a car near the town's market on Sunday. The Sinjar Resistance Units (YBS) said two of its fighters were "martyred", while the Turkish defence ministry said it had "neutralised two PKK terrorists" in the area.

In Sulaymaniyah, security forces used water cannon on Sunday to disperse hundreds of teachers who had gathered outside the governorate building to demand three months of unpaid salaries, and detained 12 of them, according to the teachers' union. All were released by the evening.

Kirkuk police said they had arrested a man they described as an Islamic State "administrative official" in a village near Daquq on Wednesday.

In Diyala, a land dispute between two clans on the outskirts of Muqdadiyah turned into a gunfight with medium weapons on Tuesday, killing two men and wounding five, before army reinforcements imposed a curfew.

Unknown assailants threw a hand grenade at the office of the Kurdistan Democratic Party (KDP) in Kirkuk's Rahimawa district last week, causing material damage only, the party said.

According to the Joint Operations Command, Islamic State fighters carried out 14 attacks in Kirkuk province in the first nine months of the year, down from 37 in the same period last year.

Baghdad and Washington agreed last month that the US-led coalition would end its mission in federal Iraq by September 2025. Security experts in Kirkuk fear that Islamic State cells could step up attacks in the province's rural south once the coalition's drones and intelligence are gone.
"""

PMF11 = PMF + ["Hashd fighters", "position", "Hashd commander"]
IS11 = ISIS + ["Islamic State cells", "attackers", "Islamic State administrative official"]
TUR11 = TURKEY + ["Turkish drone", "Turkish defence ministry"]
YBS = ["Sinjar Resistance Units", "YBS", "Yazidi fighters", "PKK terrorists"] + PKK
KRSEC11 = ["security forces", "Asayish", "Kurdistan Regional Government", "KRG security forces",
           "Police Forces of Iraq (Kurdistan Region)"]
IQPOL11 = ["Iraqi police", "Kirkuk police", "police", "Police Forces of Iraq", "security forces"]
CLANS = ["two clans", "clans", "clan members", "tribal gunmen", "Muqdadiyah clan militia"]
WADI_SHAY = LKM(["Wadi al-Shay", "Wadi al-Shai", "south-west of Kirkuk", "Kirkuk"], 35.47, 44.39, 35, 225, "IQ")
HAWIJA = L(["Hawija", "al-Hawija", "near Hawija"], 35.32, 43.78, "IQ")
SINJAR = L(["Sinjar", "Shingal", "Sinjar market"], 36.32, 41.87, "IQ")
SULAYMANIYAH = L(["Sulaymaniyah", "Sulaimaniya", "Slemani", "governorate building"], 35.56, 45.44, "IQ")
DAQUQ = L(["Daquq", "Dakuk", "near Daquq"], 35.14, 44.45, "IQ")
MUQDADIYAH = L(["Muqdadiyah", "al-Muqdadiya", "outskirts of Muqdadiyah", "Diyala"], 33.98, 44.94, "IQ")
KIRKUK = L(["Kirkuk", "Rahimawa", "Rahimawa district"], 35.47, 44.39, "IQ")
KIRKUK_PROV = L(["Kirkuk province", "Kirkuk"], cc="IQ")
KT = ["Kirkuk Today", "author"]
E11 = [
    # a position attacked, no return fire told but an armed post -> Battles; the Hashd's dead and wounded only
    # (one side) -> 3..open and 2..open; "late on Tuesday" -> Tuesday; "some 35 km south-west of Kirkuk" -> LKM
    E(
        True,
        "Three fighters of the Popular Mobilisation Forces (Hashd al-Shaabi) were killed and two wounded when Islamic State militants attacked their position in the Wadi al-Shay area, some 35 km south-west of Kirkuk, late on Tuesday",
        BAT,
        CLASH,
        actor1=IS11 + PMF11,
        actor2=PMF11 + IS11,
        location=WADI_SHAY,
        date=D("2024-10-08"),
        killed=R(3, None),
        injured=R(2, None),
        source=["Hashd commander", "commander"] + PMF + KT,
    ),
    E(
        False,
        "Three Hashd fighters killed in Wadi al-Shay attack",
        BAT,
        CLASH,
        actor1=IS11 + PMF11,
        actor2=PMF11 + IS11,
        location=WADI_SHAY,
        date=D("2024-10-08"),
        killed=R(3, None),
        source=KT,
    ),
    # "a farmer and his nephew" -> 2; no claim, IS named as active around the town -> IS plus unknown
    E(
        True,
        "a roadside bomb exploded under a tractor on a farm road near Hawija, killing a farmer and his nephew",
        EXP,
        IED,
        actor1=UNK + IS11,
        actor2=CIV + ["tractor", "farmer", "nephew"],
        location=HAWIJA,
        date=D("2024-10-07"),
        killed=R(2),
        source=["police"] + KT,
    ),
    E(
        False,
        "farmer and nephew die in roadside blast near Hawija",
        EXP,
        IED,
        actor1=UNK + IS11,
        actor2=CIV + ["farmer", "nephew"],
        location=HAWIJA,
        date=D("2024-10-07"),
        killed=R(2),
        source=KT,
    ),
    # the dead told two ways (two YBS fighters "martyred" / "two PKK terrorists" neutralised) -> one core event,
    # the toll a sentence later folded in, each side's telling a non-core copy
    E(
        True,
        "a Turkish drone struck a car near the town's market on Sunday",
        EXP,
        AIR,
        actor1=TUR11,
        actor2=YBS + ["car", "two of its fighters"],
        location=SINJAR,
        date=D("2024-10-06"),
        killed=R(2),
        source=KT + ["Sinjar Resistance Units", "YBS"],
    ),
    E(
        False,
        'two of its fighters were "martyred"',
        EXP,
        AIR,
        actor1=TUR11,
        actor2=YBS,
        location=SINJAR,
        date=D("2024-10-06"),
        killed=R(2),
        source=["Sinjar Resistance Units", "YBS"],
    ),
    E(
        False,
        'it had "neutralised two PKK terrorists" in the area',
        EXP,
        AIR,
        actor1=TUR11,
        actor2=PKK + ["PKK terrorists"],
        location=SINJAR,
        date=D("2024-10-06"),
        killed=R(2),
        source=["Turkish defence ministry", "Turkish Ministry of National Defence"] + TURKEY,
    ),
    # water cannon on a rally -> Protest with intervention, core on the gathering; the detentions in the same act ->
    # a non-core copy (released the same day: no further gold)
    E(
        True,
        "hundreds of teachers who had gathered outside the governorate building to demand three months of unpaid salaries",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(KRSEC11 + ["teachers", "hundreds of teachers"]),
        location=SULAYMANIYAH,
        date=D("2024-10-06"),
        source=["teachers' union"] + KT,
    ),
    E(
        False,
        "security forces used water cannon on Sunday to disperse",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(KRSEC11),
        location=SULAYMANIYAH,
        date=D("2024-10-06"),
        source=["teachers' union"] + KT,
    ),
    E(
        False,
        "detained 12 of them",
        STR,
        ARRESTS,
        actor1=KRSEC11,
        actor2=PROTESTERS + ["teachers", "12 of them"],
        location=SULAYMANIYAH,
        date=D("2024-10-06"),
        source=["teachers' union"],
    ),
    E(
        True,
        'they had arrested a man they described as an Islamic State "administrative official" in a village near Daquq on Wednesday',
        STR,
        ARRESTS,
        actor1=IQPOL11,
        actor2=IS11 + ["administrative official", "man"],
        location=DAQUQ,
        date=D("2024-10-09"),
        source=["Kirkuk police", "police"],
    ),
    # two clans fighting -> Battles between identity militias; the total given for both -> exact
    E(
        True,
        "a land dispute between two clans on the outskirts of Muqdadiyah turned into a gunfight with medium weapons on Tuesday, killing two men and wounding five",
        BAT,
        CLASH,
        actor1=CLANS,
        actor2=CLANS,
        location=MUQDADIYAH,
        date=D("2024-10-08"),
        killed=R(2),
        injured=R(5),
        source=KT,
    ),
    # "causing material damage only" -> killed and injured 0..0; "last week" -> Monday to Sunday
    E(
        True,
        "Unknown assailants threw a hand grenade at the office of the Kurdistan Democratic Party (KDP) in Kirkuk's Rahimawa district last week",
        EXP,
        GRENADE,
        actor1=UNK + ["Unknown assailants", "assailants"],
        actor2=["Kurdistan Democratic Party", "KDP", "office of the Kurdistan Democratic Party", "KDP office"],
        location=KIRKUK,
        date=D("2024-09-30", "2024-10-06"),
        killed=R(0),
        injured=R(0),
        source=["Kurdistan Democratic Party", "KDP", "the party"] + KT,
    ),
    E(
        False,
        "Islamic State fighters carried out 14 attacks in Kirkuk province in the first nine months of the year",
        BAT,
        CLASH,
        actor1=IS11,
        actor2=PMF11 + IQPOL11 + ["Iraqi army"],
        location=KIRKUK_PROV,
        date=D("2024-01-01", "2024-09-30"),
        source=["Joint Operations Command"],
        aggregate=True,
    ),
    # the coalition deal "last month" -> September; the experts' fear -> hypothetical
    E(
        False,
        "Baghdad and Washington agreed last month that the US-led coalition would end its mission in federal Iraq by September 2025",
        STR,
        AGREE,
        actor1=["Baghdad", "Iraqi government", "Iraq", "Washington", "United States"],
        actor2=["Washington", "United States", "US-led coalition", "Baghdad", "Iraqi government"],
        date=D("2024-09-01", "2024-09-30"),
        source=KT,
    ),
    E(
        False,
        "Islamic State cells could step up attacks in the province's rural south",
        BAT,
        CLASH,
        actor1=IS11,
        actor2=PMF11 + IQPOL11,
        location=KIRKUK_PROV,
        source=["Security experts in Kirkuk", "security experts"],
        status="hypothetical",
    ),
    # no gold: "The attackers withdrew towards the Hamrin hills" (inside the attack), "All were released by the
    # evening", "before army reinforcements imposed a curfew" (no act of violence), last year's count
]
DOCS.append(
    (
        "dev-p-11",
        "Kirkuk Today",
        "2024-10-10",
        "local news site",
        "Iraq/Kirkuk, Sinjar, Sulaymaniyah and Diyala: an IS attack on a Hashd post 'some 35 km south-west of "
        "Kirkuk' 'late on Tuesday' (one side's dead and wounded), a roadside bomb near Hawija ('a farmer and his "
        "nephew', IS implied), a Turkish drone strike in Sinjar told two ways ('martyred' / 'neutralised'), "
        "teachers dispersed with water cannon and 12 detained, an arrest near Daquq, a clan gunfight 'on the "
        "outskirts of Muqdadiyah', a grenade on a KDP office 'last week' ('material damage only'), a count, the "
        "coalition deal 'last month', a fear",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-p-11", "10 October", "2024-10-10", "Thursday"),
    ("dev-p-11", "on Wednesday", "2024-10-09", "Wednesday"),
    ("dev-p-11", "late on Tuesday / on Tuesday", "2024-10-08", "Tuesday"),
    ("dev-p-11", "On Monday morning", "2024-10-07", "Monday"),
    ("dev-p-11", "on Sunday", "2024-10-06", "Sunday"),
    ("dev-p-11", "last week (start)", "2024-09-30", "Monday"),
]

# =============================================================================
# dev-p-12  army statement — Lebanon/the south: Yohmor al-Shaqif, Kfar Kila, Bint Jbeil, Mount Dov (Shebaa Farms); Israel: Metula (Wed 19 Mar 2025)
# =============================================================================
T12 = """IDF eliminates Hezbollah terrorist in Yohmor area; rockets from Lebanon toward Metula, one intercepted

IDF Spokesperson’s Unit | Statement | 19 March 2025

Earlier today, an IAF aircraft struck and eliminated a Hezbollah terrorist who was operating to rebuild Hezbollah’s terror infrastructure in the area of Yohmor al-Shaqif in southern Lebanon. The terrorist was a member of Hezbollah’s Radwan Force and had been involved in advancing rocket attacks against the Israeli home front during the war.

Overnight, two rockets were launched from Lebanese territory toward the area of Metula. One rocket was intercepted by the IAF and the second fell in an open area. No injuries were reported. The IDF holds the State of Lebanon responsible for any fire from its territory, regardless of Hezbollah’s claims that it was not involved.

In response, IDF fighter jets struck dozens of Hezbollah rocket launchers and a command centre in southern Lebanon.

Yesterday, IDF troops operating in the area of Kfar Kila located a Hezbollah weapons storage facility containing rockets, anti-tank missiles and explosives, and dismantled it.

The IDF rejects reports in Lebanese media claiming that an IDF strike on Monday hit a civilian vehicle near Bint Jbeil and killed two civilians. The IAF struck two Hezbollah operatives who were transporting weapons in the vehicle, in violation of the understandings between Israel and Lebanon.

Earlier this month, IDF troops detained a Lebanese citizen who crossed the Blue Line in the area of Mount Dov. After questioning, he was returned to Lebanon via UNIFIL.

Since the understandings took effect on November 27, 2024, the IDF has eliminated more than 80 Hezbollah terrorists who violated them.

The IDF will continue to operate to remove any threat to the State of Israel and its citizens, and will act against any attempt by Hezbollah to rebuild its capabilities.

Lt. Col. Noam Shaked, IDF Spokesperson’s Unit
"""

IDF12 = ISRAEL + ["IAF", "Israeli Air Force", "IAF aircraft", "IDF fighter jets", "IDF troops", "fighter jets"]
HEZ12 = HEZB + ["Hezbollah terrorist", "Radwan Force", "Hezbollah operatives", "terrorist", "terrorists",
                "Hezbollah rocket launchers"]
YOHMOR = L(["Yohmor al-Shaqif", "Yohmor", "Yuhmur al-Shaqif", "Yohmor area", "southern Lebanon"], cc="LB")
METULA = L(["Metula", "area of Metula"], 33.28, 35.58, "IL")
SLEB = L(["southern Lebanon", "Lebanon"], cc="LB")
KFAR_KILA = L(["Kfar Kila", "Kafr Kila", "area of Kfar Kila"], 33.28, 35.56, "LB")
BINT_JBEIL = L(["Bint Jbeil", "near Bint Jbeil"], 33.12, 35.43, "LB")
MOUNT_DOV = L(["Mount Dov", "Har Dov", "Shebaa Farms", "Blue Line"], cc="LB")
IDFSRC = ["IDF", "IDF Spokesperson’s Unit", "IDF Spokesperson's Unit", "Israeli military", "Israel Defense Forces", "Noam Shaked", "author"]
E12 = [
    # "Earlier today" -> the statement's day
    E(
        True,
        "an IAF aircraft struck and eliminated a Hezbollah terrorist who was operating to rebuild Hezbollah’s terror infrastructure in the area of Yohmor al-Shaqif in southern Lebanon",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=HEZ12,
        location=YOHMOR,
        date=D("2025-03-19"),
        killed=R(1),
        source=IDFSRC,
    ),
    E(
        False,
        "IDF eliminates Hezbollah terrorist in Yohmor area",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=HEZ12,
        location=YOHMOR,
        date=D("2025-03-19"),
        killed=R(1),
        source=IDFSRC,
    ),
    # rockets "from Lebanese territory" with Hezbollah's denial of involvement -> unknown plus Hezbollah (the
    # blamed context); "No injuries were reported" -> injured 0..0 only; "Overnight" -> both days; the interception
    # its own core event; Hezbollah's denial -> a non-core denied copy
    E(
        True,
        "two rockets were launched from Lebanese territory toward the area of Metula",
        EXP,
        SHELL,
        actor1=UNK + HEZ12,
        actor2=ISRAEL + ["Metula"],
        location=METULA,
        date=D("2025-03-18", "2025-03-19"),
        injured=R(0),
        source=IDFSRC,
    ),
    E(
        True,
        "One rocket was intercepted by the IAF",
        STR,
        DISRUPT,
        actor1=IDF12,
        actor2=UNK + HEZ12 + ["rocket"],
        location=METULA,
        date=D("2025-03-18", "2025-03-19"),
        source=IDFSRC,
    ),
    E(
        False,
        "rockets from Lebanon toward Metula, one intercepted",
        EXP,
        SHELL,
        actor1=UNK + HEZ12,
        actor2=ISRAEL,
        location=METULA,
        date=D("2025-03-18", "2025-03-19"),
        source=IDFSRC,
    ),
    E(
        False,
        "Hezbollah’s claims that it was not involved",
        EXP,
        SHELL,
        actor1=HEZ12,
        actor2=ISRAEL,
        location=METULA,
        date=D("2025-03-18", "2025-03-19"),
        source=HEZB,
        status="denied",
    ),
    # many targets in one response -> aggregate
    E(
        False,
        "IDF fighter jets struck dozens of Hezbollah rocket launchers and a command centre in southern Lebanon",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=HEZ12 + ["rocket launchers", "command centre"],
        location=SLEB,
        date=D("2025-03-18", "2025-03-19"),
        source=IDFSRC,
        aggregate=True,
    ),
    # a cache found and dismantled -> Disrupted weapons use; "Yesterday" -> Tuesday
    E(
        True,
        "IDF troops operating in the area of Kfar Kila located a Hezbollah weapons storage facility containing rockets, anti-tank missiles and explosives, and dismantled it",
        STR,
        DISRUPT,
        actor1=IDF12,
        actor2=HEZ12 + ["weapons storage facility", "rockets", "anti-tank missiles"],
        location=KFAR_KILA,
        date=D("2025-03-18"),
        source=IDFSRC,
    ),
    # the Lebanese reports the IDF rejects are their only telling -> non-core denied; the IDF's own version of the
    # same strike (two operatives) -> core, sourced to it
    E(
        False,
        "an IDF strike on Monday hit a civilian vehicle near Bint Jbeil and killed two civilians",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=CIV + ["civilian vehicle", "two civilians"],
        location=BINT_JBEIL,
        date=D("2025-03-17"),
        killed=R(2),
        source=IDFSRC,
        status="denied",
    ),
    E(
        True,
        "The IAF struck two Hezbollah operatives who were transporting weapons in the vehicle",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=HEZ12 + ["two Hezbollah operatives", "vehicle"],
        location=BINT_JBEIL,
        date=D("2025-03-17"),
        source=IDFSRC,
    ),
    # "Earlier this month" -> the 1st to publication
    E(
        True,
        "Earlier this month, IDF troops detained a Lebanese citizen who crossed the Blue Line in the area of Mount Dov",
        STR,
        ARRESTS,
        actor1=IDF12,
        actor2=CIV + ["Lebanese citizen"],
        location=MOUNT_DOV,
        date=D("2025-03-01", "2025-03-19"),
        source=IDFSRC,
    ),
    # background: the 27 November understandings; the toll since -> aggregate ("more than 80" -> 81..open)
    E(
        False,
        "the understandings took effect on November 27, 2024",
        STR,
        AGREE,
        actor1=ISRAEL + ["Lebanon", "State of Lebanon"],
        actor2=["Lebanon", "State of Lebanon"] + HEZB + ISRAEL,
        date=D("2024-11-27"),
        source=IDFSRC,
    ),
    E(
        False,
        "the IDF has eliminated more than 80 Hezbollah terrorists who violated them",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=HEZ12,
        location=SLEB,
        date=D("2024-11-27", "2025-03-19"),
        killed=R(81, None),
        source=IDFSRC,
        aggregate=True,
    ),
    E(
        False,
        "will act against any attempt by Hezbollah to rebuild its capabilities",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=HEZB,
        location=SLEB,
        source=IDFSRC,
        status="planned",
    ),
    # no gold: the Radwan member's past role (no act), "holds the State of Lebanon responsible", "he was returned
    # to Lebanon via UNIFIL", "will continue to operate to remove any threat" (a generic pledge, folded into the
    # planned event's sentence)
]
DOCS.append(
    (
        "dev-p-12",
        "IDF Spokesperson’s Unit (statement)",
        "2025-03-19",
        "army statement",
        "Lebanon and northern Israel: a strike 'Earlier today' in Yohmor (one dead), two rockets on Metula "
        "'Overnight' ('No injuries were reported') with one intercepted and Hezbollah's denial, a response on "
        "'dozens' of launchers (aggregate), a depot dismantled near Kfar Kila 'Yesterday', Lebanese reports of two "
        "civilians killed near Bint Jbeil rejected with the IDF's own version, a detention 'Earlier this month', "
        "the November 2024 understandings and a toll since, a pledge; typographic apostrophes",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-p-12", "19 March 2025 / Earlier today", "2025-03-19", "Wednesday"),
    ("dev-p-12", "Yesterday / Overnight (start)", "2025-03-18", "Tuesday"),
    ("dev-p-12", "on Monday", "2025-03-17", "Monday"),
]

# =============================================================================
# dev-p-13  partisan outlet (Palestinian news agency) — West Bank: Jenin camp, Tammun south of Tubas, Nur Shams camp east of Tulkarm, al-Mughayyir north-east of Ramallah, Beit Fajjar south of Bethlehem, Ramallah (Wed 12 Feb 2025)
# =============================================================================
T13 = """Occupation blows up 16 homes in Jenin camp; drone strike kills three young men in Tammun

RAMALLAH, February 12 (Palestine Dawn Agency) - The Israeli occupation army pressed on with its aggression on the northern West Bank on Tuesday. A drone strike on a group of young men in the town of Tammun, south of Tubas, killed three of them, the Ministry of Health said. The occupation army claimed it had "eliminated a terrorist cell that was planning an imminent attack".

On Sunday afternoon, occupation forces blew up 16 residential buildings in the al-Hawashin neighbourhood of Jenin camp at once, sending a column of smoke over the city. The camp has been emptied of its residents since the start of the aggression.

On the same day, soldiers opened fire on a car at the entrance of Nur Shams camp, east of Tulkarm, killing Yasmin Abu Hatab, 23, who was eight months pregnant, and seriously wounding her husband. The occupation army said soldiers had fired at "suspects" and that the incident was "under review".

Last night, colonists from an outpost near the village of al-Mughayyir, north-east of Ramallah, set fire to two homes and four vehicles. Residents who tried to put out the flames were beaten with clubs, and three of them were taken to hospital, the village council said.

The occupation also continued its campaign of arrests. Soldiers detained at least 25 Palestinians in overnight raids across the West Bank, among them former prisoners, the Palestinian Prisoners' Society said. In Beit Fajjar, south of Bethlehem, they stormed the home of the Taqatqa family on Monday night and detained a father and his three sons.

In Ramallah, hundreds of people marched on Tuesday evening from al-Manara Square to the UN office, carrying pictures of the martyrs of Jenin and Tulkarm.

Since the occupation launched its aggression on Jenin on January 21, 35 Palestinians have been martyred in the governorate, according to the Ministry of Health, and some 40,000 people have been driven from the camps of Jenin, Tulkarm and Nur Shams.

The occupation's war minister Israel Katz said on Monday that troops would remain in the camps "for the coming year" and would not allow residents to return.
"""

OCC13 = ISRAEL + ["occupation army", "occupation forces", "occupation", "soldiers", "Israeli occupation army",
                  "drone strike"]
COLONISTS = SETTLERS + ["colonists", "colonists from an outpost"]
YOUNG13 = CIV + ["young men", "three young men", "group of young men", "terrorist cell", "cell"]
TAMMUN = L(["Tammun", "Tamoun", "south of Tubas", "Tubas"], 32.28, 35.38, "PS")
JENIN_CAMP = L(["Jenin camp", "Jenin refugee camp", "al-Hawashin", "Jenin"], 32.46, 35.29, "PS")
NUR_SHAMS = L(["Nur Shams camp", "Nur Shams", "Nour Shams", "east of Tulkarm", "Tulkarm"], 32.31, 35.06, "PS")
# al-Mughayyir lies some 20 km north-east of Ramallah -> names and country only
MUGHAYYIR = L(["al-Mughayyir", "Mughayyir", "al-Mughayer", "north-east of Ramallah"], cc="PS")
BEIT_FAJJAR = L(["Beit Fajjar", "Beit Fajar", "south of Bethlehem"], 31.63, 35.15, "PS")
RAMALLAH = L(["Ramallah", "al-Manara Square", "Manara Square"], 31.90, 35.20, "PS")
WB13 = L(["West Bank", "northern West Bank"], cc="PS")
JENIN_GOV = L(["Jenin governorate", "Jenin"], cc="PS")
PDA = ["Palestine Dawn Agency", "author"]
MOH13 = ["Ministry of Health", "Palestinian Ministry of Health", "health ministry"]
E13 = [
    # an agent-less drone strike in an occupation story -> Israel plus unknown; the dead told two ways (three
    # young men / "a terrorist cell") -> one core event, both in actor2, the army's claim a non-core copy
    E(
        True,
        "A drone strike on a group of young men in the town of Tammun, south of Tubas, killed three of them",
        EXP,
        AIR,
        actor1=OCC13 + UNK,
        actor2=YOUNG13,
        location=TAMMUN,
        date=D("2025-02-11"),
        killed=R(3),
        source=MOH13 + PDA,
    ),
    E(
        False,
        'it had "eliminated a terrorist cell that was planning an imminent attack"',
        EXP,
        AIR,
        actor1=OCC13,
        actor2=["terrorist cell", "cell"],
        location=TAMMUN,
        date=D("2025-02-11"),
        source=["occupation army", "Israeli army", "IDF"],
    ),
    E(
        False,
        "drone strike kills three young men in Tammun",
        EXP,
        AIR,
        actor1=OCC13,
        actor2=YOUNG13,
        location=TAMMUN,
        date=D("2025-02-11"),
        killed=R(3),
        source=PDA,
    ),
    # demolition by explosives, no casualties -> Looting/property destruction
    E(
        True,
        "occupation forces blew up 16 residential buildings in the al-Hawashin neighbourhood of Jenin camp at once",
        STR,
        LOOT,
        actor1=OCC13,
        actor2=CIV + ["16 residential buildings", "residential buildings", "homes"],
        location=JENIN_CAMP,
        date=D("2025-02-09"),
        source=PDA,
    ),
    E(
        False,
        "Occupation blows up 16 homes in Jenin camp",
        STR,
        LOOT,
        actor1=OCC13,
        actor2=CIV + ["homes"],
        location=JENIN_CAMP,
        date=D("2025-02-09"),
        source=PDA,
    ),
    # a car fired on: a woman killed, her husband wounded; the army's "suspects" -> a non-core copy
    E(
        True,
        "soldiers opened fire on a car at the entrance of Nur Shams camp, east of Tulkarm, killing Yasmin Abu Hatab, 23, who was eight months pregnant, and seriously wounding her husband",
        VAC,
        ATTACK,
        actor1=OCC13,
        actor2=CIV + ["car", "Yasmin Abu Hatab", "husband", "woman"],
        location=NUR_SHAMS,
        date=D("2025-02-09"),
        killed=R(1),
        injured=R(1),
        source=PDA,
    ),
    E(
        False,
        'soldiers had fired at "suspects"',
        VAC,
        ATTACK,
        actor1=OCC13,
        actor2=["suspects"],
        location=NUR_SHAMS,
        date=D("2025-02-09"),
        source=["occupation army", "Israeli army", "IDF"],
    ),
    # "Last night" -> both days; three residents "beaten" and hospitalised, told a sentence later -> injured 3
    E(
        True,
        "colonists from an outpost near the village of al-Mughayyir, north-east of Ramallah, set fire to two homes and four vehicles",
        VAC,
        ATTACK,
        actor1=COLONISTS,
        actor2=CIV + ["two homes", "homes", "vehicles", "residents"],
        location=MUGHAYYIR,
        date=D("2025-02-11", "2025-02-12"),
        injured=R(3),
        source=["village council"] + PDA,
    ),
    E(
        False,
        "Residents who tried to put out the flames were beaten with clubs, and three of them were taken to hospital",
        VAC,
        ATTACK,
        actor1=COLONISTS,
        actor2=CIV + ["residents"],
        location=MUGHAYYIR,
        date=D("2025-02-11", "2025-02-12"),
        injured=R(3),
        source=["village council"],
    ),
    # raids across the territory -> aggregate; the Beit Fajjar raid "on Monday night" (both days) -> core
    E(
        False,
        "Soldiers detained at least 25 Palestinians in overnight raids across the West Bank",
        STR,
        ARRESTS,
        actor1=OCC13,
        actor2=CIV + ["Palestinians", "former prisoners"],
        location=WB13,
        date=D("2025-02-11", "2025-02-12"),
        source=["Palestinian Prisoners' Society", "Prisoners' Society"],
        aggregate=True,
    ),
    E(
        True,
        "they stormed the home of the Taqatqa family on Monday night and detained a father and his three sons",
        STR,
        ARRESTS,
        actor1=OCC13,
        actor2=CIV + ["Taqatqa family", "father and his three sons", "father", "sons"],
        location=BEIT_FAJJAR,
        date=D("2025-02-10", "2025-02-11"),
        source=PDA + ["Palestinian Prisoners' Society"],
    ),
    E(
        True,
        "hundreds of people marched on Tuesday evening from al-Manara Square to the UN office",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["hundreds of people", "people", "marchers"],
        location=RAMALLAH,
        date=D("2025-02-11"),
        source=PDA,
    ),
    # the operation's toll since 21 January -> aggregate
    E(
        False,
        "Since the occupation launched its aggression on Jenin on January 21, 35 Palestinians have been martyred in the governorate",
        BAT,
        CLASH,
        actor1=OCC13,
        actor2=CIV + ["Palestinians", "Jenin Brigade", "fighters"],
        location=JENIN_GOV,
        date=D("2025-01-21", "2025-02-12"),
        killed=R(35),
        source=MOH13,
        aggregate=True,
    ),
    # the minister's own statement of intent -> planned
    E(
        False,
        'troops would remain in the camps "for the coming year"',
        STR,
        BASE,
        actor1=OCC13 + ["Israel Katz", "war minister"],
        location=L(["camps of Jenin, Tulkarm and Nur Shams", "Jenin", "Tulkarm", "Nur Shams"], cc="PS"),
        source=["Israel Katz", "Katz", "war minister", "defence minister"],
        status="planned",
    ),
    # no gold: "pressed on with its aggression" (generic), "The camp has been emptied", "under review", "continued
    # its campaign of arrests" (generic), the 40,000 displaced (no act), "would not allow residents to return"
]
DOCS.append(
    (
        "dev-p-13",
        "Palestine Dawn Agency",
        "2025-02-12",
        "partisan outlet (Palestinian news agency)",
        "West Bank: a drone strike in Tammun told two ways (three young men / 'a terrorist cell'), 16 buildings blown "
        "up in Jenin camp, a pregnant woman shot at Nur Shams with the army's 'suspects', 'colonists' burn homes in "
        "al-Mughayyir 'Last night' with three residents 'beaten' a sentence later, overnight raids (aggregate) and a "
        "father and his three sons detained in Beit Fajjar 'on Monday night', a Ramallah march, a toll since "
        "January 21, a minister's stated intent",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-p-13", "February 12 / Last night (end)", "2025-02-12", "Wednesday"),
    ("dev-p-13", "on Tuesday / on Tuesday evening / Last night (start)", "2025-02-11", "Tuesday"),
    ("dev-p-13", "on Monday night / on Monday", "2025-02-10", "Monday"),
    ("dev-p-13", "On Sunday afternoon / On the same day", "2025-02-09", "Sunday"),
    ("dev-p-13", "on January 21", "2025-01-21", "Tuesday"),
]

# =============================================================================
# dev-p-14  analysis (forecasts, background) — Yemen and the Red Sea: Sanaa, Hodeidah, Kamaran island, a ship west of Hodeidah, the Red Sea, Raghwan north-west of Marib (Wed 7 Feb 2024)
# =============================================================================
T14 = """Analysis: Strikes have not stopped the Houthis. What comes next in the Red Sea?

DUBAI, February 7 (Arabian Gulf Monitor) - Four weeks after the first American and British strikes on Yemen, the Houthis are firing at ships as often as before, and the war around the Red Sea looks less like a punishment than a routine.

On Saturday night, US and British aircraft and warships struck 36 Houthi targets at 13 sites, among them missile stores and radars in and around Sanaa and Hodeidah, the Pentagon said. The Houthis said one strike on Kamaran island, off Hodeidah, killed two of their fighters and a fisherman. They vowed that the "aggression will not go unanswered".

It took them two days. On Monday, an anti-ship ballistic missile fired from Houthi-held territory struck the Coral Horizon, a Greek-owned bulk carrier, about 70 nautical miles west of Hodeidah, causing minor damage, according to the British maritime agency UKMTO. The crew were unhurt. The Houthi military spokesman claimed his forces had hit "an American ship" with "several naval missiles". On Tuesday, the destroyer USS Laboon shot down four attack drones launched towards it over the southern Red Sea, US Central Command said.

The land war, frozen since the UN-brokered truce of April 2022, is also stirring. Houthi fighters attacked government positions in the Raghwan district, north-west of Marib, on Sunday; the government army said it killed nine attackers and lost three soldiers. And last week, Houthi security forces in Sanaa detained a Yemeni employee of a UN agency, accusing him of spying, according to his colleagues.

Some background helps. The Houthis seized Sanaa in September 2014, and a Saudi-led coalition entered the war in March 2015. In November 2023, Houthi commandos landed by helicopter on the Galaxy Leader car carrier and took its 25 crew members hostage. Since then, the group has attacked commercial ships more than 30 times.

What comes next? Three scenarios seem plausible. The most likely is more of the same: Washington strikes again within days and the Houthis keep firing. Second, if a missile kills sailors or hits a warship, the US could target the Houthi leadership itself. Third, the Houthis could widen the war by attacking Saudi oil facilities, as they did before 2022, if they believe Riyadh is helping the coalition. None of these ends with ships returning to the Red Sea soon.
"""

HOU14 = HOUTHI + ["Houthi fighters", "Houthi security forces", "Houthi commandos", "Houthi military spokesman",
                  "Houthi-held territory"]
USUK = USA + ["US and British aircraft", "British", "United Kingdom", "Military Forces of the United Kingdom",
              "Pentagon", "coalition", "USS Laboon", "destroyer", "US Central Command", "CENTCOM"]
YEARMY14 = YEGOV + ["government army", "government positions", "soldiers", "three soldiers"]
SAUDI14 = ["Saudi-led coalition", "Saudi Arabia", "Saudi", "Military Forces of Saudi Arabia", "Riyadh"]
YEMEN14 = L(["Yemen", "Sanaa", "Hodeidah", "13 sites"], cc="YE")
KAMARAN = L(["Kamaran island", "Kamaran", "off Hodeidah"], 15.35, 42.60, "YE")
# "about 70 nautical miles west of Hodeidah" -> ~130 km west, at sea (no country)
CORAL = LKM(["west of Hodeidah", "Red Sea", "Hodeidah"], 14.80, 42.95, 130, 270)
SRED = L(["southern Red Sea", "Red Sea"])
RAGHWAN = L(["Raghwan", "Raghwan district", "north-west of Marib", "Marib"], cc="YE")
SANAA = L(["Sanaa", "Sana'a"], 15.35, 44.21, "YE")
AGM = ["Arabian Gulf Monitor", "author"]
CENTCOM14 = ["US Central Command", "CENTCOM", "Central Command"]
E14 = [
    # 36 targets at 13 sites in one night -> aggregate; "On Saturday night" -> both days
    E(
        False,
        "US and British aircraft and warships struck 36 Houthi targets at 13 sites",
        EXP,
        AIR,
        actor1=USUK,
        actor2=HOU14 + ["missile stores", "radars"],
        location=YEMEN14,
        date=D("2024-02-03", "2024-02-04"),
        source=["Pentagon", "US Department of Defense"] + AGM,
        aggregate=True,
    ),
    # the Houthis' telling of one of those strikes, with a place and a toll -> core, sourced to them
    E(
        True,
        "one strike on Kamaran island, off Hodeidah, killed two of their fighters and a fisherman",
        EXP,
        AIR,
        actor1=USUK,
        actor2=HOU14 + ["two of their fighters", "fisherman"] + CIV,
        location=KAMARAN,
        date=D("2024-02-03", "2024-02-04"),
        killed=R(3),
        source=HOUTHI,
    ),
    # the group's own vow -> planned
    E(
        False,
        'They vowed that the "aggression will not go unanswered"',
        EXP,
        SHELL,
        actor1=HOU14,
        actor2=USUK,
        source=HOUTHI,
        status="planned",
    ),
    # a ground-fired missile -> Shelling/artillery/missile attack; "The crew were unhurt" a sentence later ->
    # killed and injured 0..0; the spokesman names another object ("an American ship") -> one core event per
    # version
    E(
        True,
        "an anti-ship ballistic missile fired from Houthi-held territory struck the Coral Horizon, a Greek-owned bulk carrier, about 70 nautical miles west of Hodeidah",
        EXP,
        SHELL,
        actor1=HOU14,
        actor2=["Coral Horizon", "bulk carrier", "Greek-owned bulk carrier", "crew"] + CIV,
        location=CORAL,
        date=D("2024-02-05"),
        killed=R(0),
        injured=R(0),
        source=["UKMTO", "British maritime agency UKMTO", "United Kingdom Maritime Trade Operations"] + AGM,
    ),
    E(
        True,
        'his forces had hit "an American ship" with "several naval missiles"',
        EXP,
        SHELL,
        actor1=HOU14,
        actor2=USA + ["American ship"],
        location=CORAL,
        date=D("2024-02-05"),
        source=["Houthi military spokesman", "spokesman"] + HOUTHI,
    ),
    E(
        True,
        "the destroyer USS Laboon shot down four attack drones launched towards it over the southern Red Sea",
        STR,
        DISRUPT,
        actor1=USUK,
        actor2=HOU14 + UNK + ["attack drones", "drones"],
        location=SRED,
        date=D("2024-02-06"),
        source=CENTCOM14,
    ),
    # both sides' dead told (nine attackers, three soldiers) -> exact 12
    E(
        True,
        "Houthi fighters attacked government positions in the Raghwan district, north-west of Marib, on Sunday",
        BAT,
        CLASH,
        actor1=HOU14 + YEARMY14,
        actor2=YEARMY14 + HOU14,
        location=RAGHWAN,
        date=D("2024-02-04"),
        killed=R(12),
        source=AGM + ["government army", "Yemeni army"],
    ),
    E(
        False,
        "the government army said it killed nine attackers and lost three soldiers",
        BAT,
        CLASH,
        actor1=YEARMY14 + HOU14,
        actor2=HOU14 + YEARMY14,
        location=RAGHWAN,
        date=D("2024-02-04"),
        killed=R(12),
        source=["government army", "Yemeni army"],
    ),
    # "last week" -> Monday to Sunday; the detainee is no casualty
    E(
        True,
        "last week, Houthi security forces in Sanaa detained a Yemeni employee of a UN agency",
        STR,
        ARRESTS,
        actor1=HOU14,
        actor2=["Yemeni employee of a UN agency", "UN agency", "United Nations", "employee"] + CIV,
        location=SANAA,
        date=D("2024-01-29", "2024-02-04"),
        source=["his colleagues", "colleagues"] + AGM,
    ),
    # background -> non-core: 2014, 2015, the 2022 truce, the Galaxy Leader (hostages are no casualties); the
    # attacks on ships -> aggregate
    E(
        False,
        "the UN-brokered truce of April 2022",
        STR,
        AGREE,
        actor1=HOUTHI + YEGOV + SAUDI14,
        actor2=YEGOV + SAUDI14 + HOUTHI,
        location=L(["Yemen"], cc="YE"),
        date=D("2022-04-01", "2022-04-30"),
        source=AGM,
    ),
    E(
        False,
        "The Houthis seized Sanaa in September 2014",
        BAT,
        NSAOVER,
        actor1=HOU14,
        actor2=YEGOV,
        location=SANAA,
        date=D("2014-09-01", "2014-09-30"),
        source=AGM,
    ),
    E(
        False,
        "a Saudi-led coalition entered the war in March 2015",
        EXP,
        AIR,
        actor1=SAUDI14,
        actor2=HOU14,
        location=L(["Yemen"], cc="YE"),
        date=D("2015-03-01", "2015-03-31"),
        source=AGM,
    ),
    E(
        False,
        "Houthi commandos landed by helicopter on the Galaxy Leader car carrier and took its 25 crew members hostage",
        VAC,
        ABDUCT,
        actor1=HOU14,
        actor2=["Galaxy Leader", "car carrier", "25 crew members", "crew members"] + CIV,
        location=L(["Red Sea", "Galaxy Leader"]),
        date=D("2023-11-01", "2023-11-30"),
        source=AGM,
    ),
    E(
        False,
        "the group has attacked commercial ships more than 30 times",
        EXP,
        SHELL,
        actor1=HOU14,
        actor2=["commercial ships", "ships"],
        location=L(["Red Sea", "Gulf of Aden"]),
        date=D("2023-11-01", "2024-02-07"),
        source=AGM,
        aggregate=True,
    ),
    # the writer's scenarios -> hypothetical
    E(
        False,
        "Washington strikes again within days and the Houthis keep firing",
        EXP,
        AIR,
        actor1=USUK,
        actor2=HOU14,
        location=L(["Yemen"], cc="YE"),
        source=AGM,
        status="hypothetical",
    ),
    E(
        False,
        "if a missile kills sailors or hits a warship, the US could target the Houthi leadership itself",
        EXP,
        AIR,
        actor1=USUK,
        actor2=HOU14 + ["Houthi leadership"],
        location=L(["Yemen"], cc="YE"),
        source=AGM,
        status="hypothetical",
    ),
    E(
        False,
        "the Houthis could widen the war by attacking Saudi oil facilities, as they did before 2022",
        EXP,
        SHELL,
        actor1=HOU14,
        actor2=SAUDI14 + ["Saudi oil facilities", "oil facilities"],
        location=L(["Saudi Arabia"], cc="SA"),
        source=AGM,
        status="hypothetical",
    ),
    # no gold: "Four weeks after the first American and British strikes" (a dating reference), "It took them two
    # days", "causing minor damage" (inside the hit), "accusing him of spying", "None of these ends with ships
    # returning"
]
DOCS.append(
    (
        "dev-p-14",
        "Arabian Gulf Monitor",
        "2024-02-07",
        "analysis with forecasts and background",
        "Yemen and the Red Sea: US-UK strikes on 36 targets 'On Saturday night' (aggregate) and the Houthis' toll "
        "on Kamaran island, their vow, a missile on a bulk carrier '70 nautical miles west of Hodeidah' ('The crew "
        "were unhurt') and the Houthi version ('an American ship'), four drones downed, a battle at Raghwan (both "
        "sides' dead), a UN employee detained 'last week', 2014, 2015, 2022 and Galaxy Leader background, a count, "
        "three scenarios",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-p-14", "February 7", "2024-02-07", "Wednesday"),
    ("dev-p-14", "On Tuesday", "2024-02-06", "Tuesday"),
    ("dev-p-14", "On Monday", "2024-02-05", "Monday"),
    ("dev-p-14", "on Sunday / last week (end)", "2024-02-04", "Sunday"),
    ("dev-p-14", "On Saturday night", "2024-02-03", "Saturday"),
    ("dev-p-14", "last week (start)", "2024-01-29", "Monday"),
]

# =============================================================================
# dev-p-15  partisan outlet (Iranian opposition, diaspora) — Iran/Kurdistan and Sistan and Baluchestan: the mountains west of Baneh, Zahedan's Makki mosque, Sanandaj, near Iranshahr; Iraq: Koya in the Kurdistan Region (Thu 23 Oct 2025)
# =============================================================================
T15 = """Regime's border guards gun down two kolbars near Baneh; IRGC drones pound Kurdish camps in Koya

LONDON, 23 October (Azadi Today) - The Islamic Republic's repressive forces have spent another week turning the country's borderlands into a hunting ground.

On Monday afternoon, border guards opened fire without warning on a group of kolbars - the porters who carry goods on their backs across the mountains - about 15 km west of Baneh, killing two young men and wounding a third, the Kurdistan Human Rights Network reported, citing the victims' relatives. The regime's news agency Tasnim claimed the guards had fired on "armed smugglers" who shot first.

On Tuesday, the drones and artillery of the Revolutionary Guards (IRGC) struck the camps of the Democratic Party of Iranian Kurdistan (PDKI) near Koya, in the Kurdistan Region of Iraq. The party said one of its peshmerga was killed and two were wounded. The IRGC boasted that it had hit the "headquarters of separatist terrorist groups".

In Zahedan, the regime's forces fired live ammunition and tear gas at worshippers who chanted slogans against the Supreme Leader after Friday prayers at the Makki mosque last week, wounding at least five, according to the Baloch activists' group Haalvsh. No deaths have been confirmed.

In Sanandaj, agents of the Intelligence Ministry arrested 11 people on Saturday, among them two women's rights activists, on charges of "collaborating with the Zionist regime". Their families have not been told where they are held.

Even the regime's own men are not safe. The Baloch militant group Jaish al-Adl said its fighters ambushed an IRGC patrol near Iranshahr last Thursday, killing four. State television gave a different account, saying two Basij members were "martyred" in a "terrorist attack".

Since the 12-day war with Israel in June, the authorities have arrested more than 20,000 people, according to rights groups, many of them for alleged espionage. During the 2022 uprising that followed Mahsa Amini's death in custody, security forces killed more than 500 protesters.

IRGC ground forces commander Mohammad Karami warned the Kurdish groups in Iraq that Iran would strike "any base from which a threat is posed" again. Few in Koya doubt that the drones will return within weeks.
"""

BORDER15 = ["border guards", "Iranian border guards", "Border Guard Command", "Police Forces of Iran",
            "repressive forces", "regime's forces"] + IRAN
IRGC15 = IRAN + ["IRGC ground forces", "drones and artillery of the Revolutionary Guards"]
IRSEC15 = ["security forces", "regime's forces", "Police Forces of Iran", "Iranian police", "repressive forces",
           "Islamic Republic"]
MOIS15 = ["Intelligence Ministry", "Ministry of Intelligence", "agents of the Intelligence Ministry", "Iranian government",
          "Islamic Republic"]
KOLBARS = CIV + ["kolbars", "porters", "two young men", "armed smugglers", "smugglers"]
PDKI = ["Democratic Party of Iranian Kurdistan", "PDKI", "KDPI", "peshmerga", "separatist terrorist groups",
        "Kurdish groups"]
JAA15 = ["Jaish al-Adl", "Jaish ul-Adl", "Army of Justice", "Baloch militant group"]
BASIJ15 = ["Basij", "Basij members", "IRGC patrol", "Revolutionary Guards"] + IRAN
BANEH_W = LKM(["west of Baneh", "Baneh", "Iran-Iraq border", "mountains"], 35.99, 45.88, 15, 270, "IR")
KOYA = L(["Koya", "Koysinjaq", "Koy Sanjaq", "Kurdistan Region of Iraq"], 36.08, 44.63, "IQ")
ZAHEDAN = L(["Zahedan", "Makki mosque", "Makki Grand Mosque"], 29.50, 60.86, "IR")
SANANDAJ = L(["Sanandaj", "Sanandaj city"], 35.31, 47.00, "IR")
IRANSHAHR = L(["Iranshahr", "near Iranshahr"], 27.20, 60.68, "IR")
IRAN15 = L(["Iran"], cc="IR")
AZT = ["Azadi Today", "author"]
KHRN = ["Kurdistan Human Rights Network", "KHRN", "victims' relatives", "relatives"]
E15 = [
    # "reported, citing the victims' relatives" -> both in source; the dead told two ways (kolbars / "armed
    # smugglers" who shot first) -> one core event, both in actor2, Tasnim's claim a non-core copy; "about 15 km
    # west of Baneh" -> LKM
    E(
        True,
        "border guards opened fire without warning on a group of kolbars - the porters who carry goods on their backs across the mountains - about 15 km west of Baneh, killing two young men and wounding a third",
        VAC,
        ATTACK,
        actor1=BORDER15,
        actor2=KOLBARS,
        location=BANEH_W,
        date=D("2025-10-20"),
        killed=R(2),
        injured=R(1),
        source=KHRN + AZT,
    ),
    E(
        False,
        'the guards had fired on "armed smugglers" who shot first',
        VAC,
        ATTACK,
        actor1=BORDER15,
        actor2=["armed smugglers", "smugglers"],
        location=BANEH_W,
        date=D("2025-10-20"),
        source=["Tasnim", "Tasnim news agency", "regime's news agency"],
    ),
    E(
        False,
        "Regime's border guards gun down two kolbars near Baneh",
        VAC,
        ATTACK,
        actor1=BORDER15,
        actor2=KOLBARS,
        location=BANEH_W,
        date=D("2025-10-20"),
        killed=R(2),
        source=AZT,
    ),
    # drones and artillery together, the drones named first -> Air/drone strike; the party's toll a sentence later
    # folded in (one peshmerga dead, two hurt; one side, but the only people there) -> exact; the IRGC's
    # "headquarters" -> a non-core copy (the same camps); the headline too
    E(
        True,
        "the drones and artillery of the Revolutionary Guards (IRGC) struck the camps of the Democratic Party of Iranian Kurdistan (PDKI) near Koya, in the Kurdistan Region of Iraq",
        EXP,
        AIR,
        actor1=IRGC15,
        actor2=PDKI + ["camps", "camps of the Democratic Party of Iranian Kurdistan"],
        location=KOYA,
        date=D("2025-10-21"),
        killed=R(1),
        injured=R(2),
        source=AZT + ["PDKI", "the party"],
    ),
    E(
        False,
        "one of its peshmerga was killed and two were wounded",
        EXP,
        AIR,
        actor1=IRGC15,
        actor2=PDKI,
        location=KOYA,
        date=D("2025-10-21"),
        killed=R(1),
        injured=R(2),
        source=["PDKI", "Democratic Party of Iranian Kurdistan", "the party"],
    ),
    E(
        False,
        'it had hit the "headquarters of separatist terrorist groups"',
        EXP,
        AIR,
        actor1=IRGC15,
        actor2=PDKI + ["headquarters of separatist terrorist groups"],
        location=KOYA,
        date=D("2025-10-21"),
        source=["IRGC"] + IRAN,
    ),
    E(
        False,
        "IRGC drones pound Kurdish camps in Koya",
        EXP,
        AIR,
        actor1=IRGC15,
        actor2=PDKI + ["Kurdish camps"],
        location=KOYA,
        date=D("2025-10-21"),
        source=AZT,
    ),
    # live ammunition on worshippers chanting slogans -> Excessive force against protesters, core on the crowd's
    # act; "at least five" -> 5..open; "last week" -> Monday to Sunday, its "Friday prayers" -> the Friday of it
    E(
        True,
        "the regime's forces fired live ammunition and tear gas at worshippers who chanted slogans against the Supreme Leader after Friday prayers at the Makki mosque last week, wounding at least five",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IRSEC15 + ["worshippers"]),
        location=ZAHEDAN,
        date=D("2025-10-17"),
        injured=R(5, None),
        source=["Haalvsh", "Baloch activists' group"] + AZT,
    ),
    E(
        True,
        "agents of the Intelligence Ministry arrested 11 people on Saturday",
        STR,
        ARRESTS,
        actor1=MOIS15,
        actor2=CIV + ["11 people", "women's rights activists", "activists"],
        location=SANANDAJ,
        date=D("2025-10-18"),
        source=AZT,
    ),
    # two versions with their own tolls (the group's four, one side -> open / state TV's two Basij "martyred") ->
    # one core event each; "last Thursday" in a Thursday paper -> the Thursday a week before
    E(
        True,
        "its fighters ambushed an IRGC patrol near Iranshahr last Thursday, killing four",
        BAT,
        CLASH,
        actor1=JAA15 + BASIJ15,
        actor2=BASIJ15 + JAA15,
        location=IRANSHAHR,
        date=D("2025-10-16"),
        killed=R(4, None),
        source=JAA15,
    ),
    E(
        True,
        'two Basij members were "martyred" in a "terrorist attack"',
        BAT,
        CLASH,
        actor1=JAA15 + BASIJ15,
        actor2=BASIJ15 + JAA15,
        location=IRANSHAHR,
        date=D("2025-10-16"),
        killed=R(2, None),
        source=["State television", "state television", "state TV"],
    ),
    # tallies and background -> non-core
    E(
        False,
        "the authorities have arrested more than 20,000 people",
        STR,
        ARRESTS,
        actor1=MOIS15 + IRSEC15,
        actor2=CIV + ["people"],
        location=IRAN15,
        date=D("2025-06-01", "2025-10-23"),
        source=["rights groups"],
        aggregate=True,
    ),
    E(
        False,
        "security forces killed more than 500 protesters",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(IRSEC15),
        location=IRAN15,
        date=D("2022-01-01", "2022-12-31"),
        killed=R(501, None),
        source=AZT,
        aggregate=True,
    ),
    E(
        False,
        "the 12-day war with Israel in June",
        EXP,
        AIR,
        actor1=ISRAEL + IRAN,
        actor2=IRAN + ISRAEL,
        location=IRAN15,
        date=D("2025-06-01", "2025-06-30"),
        source=AZT,
        aggregate=True,
    ),
    # the commander's threat -> planned; the writer's expectation -> hypothetical
    E(
        False,
        'Iran would strike "any base from which a threat is posed" again',
        EXP,
        AIR,
        actor1=IRGC15 + ["Mohammad Karami"],
        actor2=PDKI,
        location=L(["Kurdistan Region of Iraq", "Iraq"], cc="IQ"),
        source=["Mohammad Karami", "IRGC ground forces commander"] + IRAN,
        status="planned",
    ),
    E(
        False,
        "the drones will return within weeks",
        EXP,
        AIR,
        actor1=IRGC15,
        actor2=PDKI,
        location=KOYA,
        source=AZT,
        status="hypothetical",
    ),
    # no gold: "turning the country's borderlands into a hunting ground" (a metaphor), "No deaths have been
    # confirmed", "Their families have not been told where they are held", Mahsa Amini's death in custody (told
    # as a cause, no act with a place or date), "Even the regime's own men are not safe"
]
DOCS.append(
    (
        "dev-p-15",
        "Azadi Today",
        "2025-10-23",
        "partisan outlet (Iranian opposition, diaspora)",
        "Iran's borderlands: border guards kill two kolbars 'about 15 km west of Baneh' ('reported, citing the "
        "victims' relatives') and Tasnim's 'armed smugglers', IRGC drones and artillery on PDKI camps near Koya with "
        "the toll a sentence later and the IRGC's boast, live fire on worshippers in Zahedan 'last week' ('at least "
        "five'), 11 arrested in Sanandaj, a Jaish al-Adl ambush near Iranshahr 'last Thursday' in two versions, "
        "tallies and 2022 and June background, a threat, the writer's expectation",
        T15,
        E15,
    )
)
WEEKDAYS += [
    ("dev-p-15", "23 October", "2025-10-23", "Thursday"),
    ("dev-p-15", "On Tuesday", "2025-10-21", "Tuesday"),
    ("dev-p-15", "On Monday afternoon", "2025-10-20", "Monday"),
    ("dev-p-15", "on Saturday", "2025-10-18", "Saturday"),
    ("dev-p-15", "Friday prayers ... last week", "2025-10-17", "Friday"),
    ("dev-p-15", "last Thursday", "2025-10-16", "Thursday"),
    ("dev-p-15", "last week (start)", "2025-10-13", "Monday"),
]

# =============================================================================
# dev-p-16  weekly round-up — Gaza City's Zeitoun; Lebanon: Ain al-Hilweh on Sidon's outskirts, near Nabatieh; Syria: the desert east of Palmyra; Iraq: Basra; Yemen: near Seiyun; West Bank: Kifl Haris north of Salfit; Iran: Ahvaz (Fri 28 Nov 2025)
# =============================================================================
T16 = """Week in review: Strikes test the Gaza truce; ambush near Palmyra kills four soldiers; mosque set alight in West Bank

Middle East Week in Review | Friday 28 November 2025

GAZA - The ceasefire that took effect on October 10 frayed again. On Tuesday evening, an Israeli air strike flattened a house in the Zeitoun neighbourhood of Gaza City, killing five members of the al-Hattab family, among them three children, civil defence crews said. The Israeli army said it had struck "a terrorist who crossed the yellow line and posed an immediate threat to troops". More than 340 Palestinians have been killed since the truce began, according to the Gaza health ministry.

LEBANON - The toll from last week's Israeli strike on the Ain al-Hilweh refugee camp, on the outskirts of Sidon, rose to 14 after two of the wounded died, Lebanon's health ministry said. The army said it had hit a Hamas "training compound"; Hamas called that a lie and said the building was a sports hall used by teenagers. On Sunday, an Israeli drone struck a car near Nabatieh, killing two men the army described as Hezbollah operatives.

SYRIA - Islamic State gunmen ambushed a bus carrying soldiers in the desert some 40 km east of Palmyra on Wednesday, killing four of them and wounding seven, the Defence Ministry said. The group claimed the attack the day after through its Amaq agency, saying it had killed "11 apostates".

IRAQ - In Basra, supporters of a candidate who lost his seat in the November 11 parliamentary election blocked main roads with burning tyres on Monday night, demanding a recount. Police arrested nine of them.

YEMEN - Fighting between forces of the Southern Transitional Council (STC) and fighters of the Hadramawt Tribal Alliance near Seiyun killed six people on Saturday, local sources said. Both camps are nominally allies against the Houthis.

WEST BANK - Settlers set fire to a mosque in the village of Kifl Haris, north of Salfit, on Thursday night, the Wafa news agency reported, citing the village council. No one was hurt. The Israeli army later said it had arrested two suspects.

IRAN - Hundreds of retirees protested outside the governor's office in Ahvaz on Sunday over pensions eaten away by inflation. No arrests were reported.

OUTLOOK - Analysts expect Israel to keep up what it calls targeted strikes in Gaza and Lebanon as long as Hamas and Hezbollah refuse to disarm.
"""

ISR16 = ISRAEL + ["Israeli air strike", "Israeli drone", "army"]
HEZ16 = HEZB + ["Hezbollah operatives", "two men"]
IS16 = ISIS + ["Islamic State gunmen", "gunmen", "Amaq"]
SYARMY16 = ["Syrian army", "Syrian Arab Army", "Military Forces of Syria", "Defence Ministry", "Ministry of Defence",
            "soldiers", "Syrian government", "government forces"]
STC16 = ["Southern Transitional Council", "STC", "STC forces", "southern forces"]
HTA = ["Hadramawt Tribal Alliance", "Hadrami Tribal Alliance", "tribal fighters", "Hadramawt tribes"]
IQPOL16 = ["Iraqi police", "police", "Police Forces of Iraq", "Police"]
ZEITOUN = L(["Zeitoun", "Zeitoun neighbourhood", "Gaza City"], 31.49, 34.46, "PS")
GAZA16 = L(["Gaza", "Gaza Strip"], cc="PS")
AIN_HILWEH = L(["Ain al-Hilweh", "Ain al-Helweh", "Ain al-Hilweh refugee camp", "outskirts of Sidon", "Sidon"],
               33.54, 35.38, "LB")
NABATIEH = L(["Nabatieh", "near Nabatieh", "Nabatiyeh"], 33.38, 35.48, "LB")
PALMYRA_E = LKM(["east of Palmyra", "Palmyra", "Tadmur", "desert"], 34.55, 38.27, 40, 90, "SY")
BASRA = L(["Basra", "al-Basra"], 30.51, 47.81, "IQ")
SEIYUN = L(["Seiyun", "Sayun", "near Seiyun", "Hadramawt"], 15.94, 48.79, "YE")
# Kifl Haris lies some 5 km north of Salfit -> Salfit's point
KIFL_HARIS = L(["Kifl Haris", "Kifl Hares", "north of Salfit", "Salfit"], 32.08, 35.18, "PS")
AHVAZ = L(["Ahvaz", "Ahwaz", "governor's office"], 31.32, 48.67, "IR")
MEWR = ["Middle East Week in Review", "author"]
E16 = [
    # the truce -> background; the army names another object (a man at the line) -> one core event per version;
    # "five members of the al-Hattab family, among them three children" -> 5
    E(
        False,
        "The ceasefire that took effect on October 10",
        STR,
        AGREE,
        actor1=ISRAEL + HAMAS,
        actor2=HAMAS + ISRAEL,
        location=GAZA16,
        date=D("2025-10-10"),
        source=MEWR,
    ),
    E(
        True,
        "an Israeli air strike flattened a house in the Zeitoun neighbourhood of Gaza City, killing five members of the al-Hattab family, among them three children",
        EXP,
        AIR,
        actor1=ISR16,
        actor2=CIV + ["house", "al-Hattab family", "five members of the al-Hattab family", "children"],
        location=ZEITOUN,
        date=D("2025-11-25"),
        killed=R(5),
        source=["civil defence crews", "civil defence"] + MEWR,
    ),
    E(
        True,
        'it had struck "a terrorist who crossed the yellow line and posed an immediate threat to troops"',
        EXP,
        AIR,
        actor1=ISR16,
        actor2=HAMAS + ["terrorist"],
        location=ZEITOUN,
        date=D("2025-11-25"),
        source=["Israeli army", "Israeli military", "IDF"],
    ),
    E(
        False,
        "More than 340 Palestinians have been killed since the truce began",
        EXP,
        AIR,
        actor1=ISR16,
        actor2=CIV + ["Palestinians"],
        location=GAZA16,
        date=D("2025-10-10", "2025-11-28"),
        killed=R(341, None),
        source=["Gaza health ministry", "health ministry"],
        aggregate=True,
    ),
    # "last week" -> Monday to Sunday; the toll that "rose to 14" is the only one given -> 14; the army's "training
    # compound" names another object -> its own core version; Hamas's "lie" -> a non-core denied copy of it
    E(
        True,
        "The toll from last week's Israeli strike on the Ain al-Hilweh refugee camp, on the outskirts of Sidon, rose to 14",
        EXP,
        AIR,
        actor1=ISR16,
        actor2=CIV + ["Ain al-Hilweh refugee camp", "sports hall", "teenagers"],
        location=AIN_HILWEH,
        date=D("2025-11-17", "2025-11-23"),
        killed=R(14),
        source=["Lebanon's health ministry", "health ministry", "Lebanese Health Ministry"],
    ),
    E(
        True,
        'it had hit a Hamas "training compound"',
        EXP,
        AIR,
        actor1=ISR16,
        actor2=HAMAS + ["training compound"],
        location=AIN_HILWEH,
        date=D("2025-11-17", "2025-11-23"),
        source=["Israeli army", "Israeli military", "IDF"],
    ),
    E(
        False,
        "Hamas called that a lie",
        EXP,
        AIR,
        actor1=ISR16,
        actor2=HAMAS + ["training compound"],
        location=AIN_HILWEH,
        date=D("2025-11-17", "2025-11-23"),
        source=HAMAS,
        status="denied",
    ),
    # the dead told two ways only by the army's label in the same clause -> both in actor2
    E(
        True,
        "an Israeli drone struck a car near Nabatieh, killing two men the army described as Hezbollah operatives",
        EXP,
        AIR,
        actor1=ISR16,
        actor2=HEZ16 + ["car"] + CIV,
        location=NABATIEH,
        date=D("2025-11-23"),
        killed=R(2),
        source=MEWR + ["army"],
    ),
    # an ambush on soldiers -> Battles; two versions with their own tolls (the ministry's four dead and seven hurt,
    # one side -> open / the group's "11 apostates") -> one core event each; "the day after" dates the claim, not
    # the attack; "some 40 km east of Palmyra" -> LKM
    E(
        True,
        "Islamic State gunmen ambushed a bus carrying soldiers in the desert some 40 km east of Palmyra on Wednesday, killing four of them and wounding seven",
        BAT,
        CLASH,
        actor1=IS16 + SYARMY16,
        actor2=SYARMY16 + ["bus"] + IS16,
        location=PALMYRA_E,
        date=D("2025-11-26"),
        killed=R(4, None),
        injured=R(7, None),
        source=["Defence Ministry", "Syrian Defence Ministry", "Ministry of Defence"] + MEWR,
    ),
    E(
        True,
        'it had killed "11 apostates"',
        BAT,
        CLASH,
        actor1=IS16 + SYARMY16,
        actor2=SYARMY16 + ["apostates"] + IS16,
        location=PALMYRA_E,
        date=D("2025-11-26"),
        killed=R(11, None),
        source=IS16 + ["Amaq agency"],
    ),
    E(
        False,
        "ambush near Palmyra kills four soldiers",
        BAT,
        CLASH,
        actor1=IS16 + SYARMY16,
        actor2=SYARMY16 + IS16,
        location=PALMYRA_E,
        date=D("2025-11-26"),
        killed=R(4, None),
        source=MEWR,
    ),
    # roads blocked with burning tyres -> Riots/Violent demonstration; "on Monday night" -> both days; the arrests
    # in the same act -> a non-core copy
    E(
        True,
        "supporters of a candidate who lost his seat in the November 11 parliamentary election blocked main roads with burning tyres on Monday night",
        RIOT,
        VIOLENT,
        actor1=["rioters", "supporters of a candidate", "supporters"] + PROTESTERS,
        actor2=IQPOL16,
        location=BASRA,
        date=D("2025-11-24", "2025-11-25"),
        source=MEWR,
    ),
    E(
        False,
        "Police arrested nine of them",
        STR,
        ARRESTS,
        actor1=IQPOL16,
        actor2=["supporters", "nine of them", "rioters"] + PROTESTERS,
        location=BASRA,
        date=D("2025-11-24", "2025-11-25"),
        source=MEWR,
    ),
    # a total for both sides -> exact
    E(
        True,
        "Fighting between forces of the Southern Transitional Council (STC) and fighters of the Hadramawt Tribal Alliance near Seiyun killed six people on Saturday",
        BAT,
        CLASH,
        actor1=STC16 + HTA,
        actor2=HTA + STC16,
        location=SEIYUN,
        date=D("2025-11-22"),
        killed=R(6),
        source=["local sources"] + MEWR,
    ),
    # arson of a mosque with "No one was hurt" a sentence later -> Looting/property destruction, 0..0; "reported,
    # citing the village council" -> both in source; the arrests "later" -> their own core event, from the act to
    # publication
    E(
        True,
        "Settlers set fire to a mosque in the village of Kifl Haris, north of Salfit, on Thursday night",
        STR,
        LOOT,
        actor1=SETTLERS,
        actor2=CIV + ["mosque"],
        location=KIFL_HARIS,
        date=D("2025-11-27", "2025-11-28"),
        killed=R(0),
        injured=R(0),
        source=["Wafa news agency", "Wafa", "village council"],
    ),
    E(
        False,
        "mosque set alight in West Bank",
        STR,
        LOOT,
        actor1=SETTLERS,
        actor2=CIV + ["mosque"],
        location=KIFL_HARIS,
        date=D("2025-11-27", "2025-11-28"),
        source=MEWR,
    ),
    E(
        True,
        "it had arrested two suspects",
        STR,
        ARRESTS,
        actor1=ISRAEL,
        actor2=SETTLERS + ["two suspects", "suspects"],
        location=KIFL_HARIS,
        date=D("2025-11-27", "2025-11-28"),
        source=["Israeli army", "Israeli military", "IDF"],
    ),
    E(
        True,
        "Hundreds of retirees protested outside the governor's office in Ahvaz on Sunday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["retirees", "hundreds of retirees"],
        location=AHVAZ,
        date=D("2025-11-23"),
        source=MEWR,
    ),
    # the analysts' expectation -> hypothetical
    E(
        False,
        "Analysts expect Israel to keep up what it calls targeted strikes in Gaza and Lebanon",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HAMAS + HEZB,
        location=L(["Gaza", "Lebanon"]),
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: "frayed again" (generic), "two of the wounded died" (inside the toll), the November 11 election (no
    # act), "demanding a recount", "Both camps are nominally allies", "No arrests were reported"
]
DOCS.append(
    (
        "dev-p-16",
        "Middle East Week in Review",
        "2025-11-28",
        "weekly round-up",
        "Several theatres: a strike on a Gaza City house in two versions (a family of five / 'a terrorist who "
        "crossed the yellow line') and a truce toll, last week's Ain al-Hilweh strike whose toll 'rose to 14' in two "
        "versions with Hamas's denial, a drone near Nabatieh, an IS ambush 'some 40 km east of Palmyra' in two "
        "versions with the claim 'the day after', a tyre-burning riot in Basra 'on Monday night' with arrests, a "
        "clash near Seiyun, a mosque burned near Salfit ('citing the village council', 'No one was hurt') and arrests "
        "'later', a retirees' protest in Ahvaz, a forecast",
        T16,
        E16,
    )
)
WEEKDAYS += [
    ("dev-p-16", "Friday 28 November 2025", "2025-11-28", "Friday"),
    ("dev-p-16", "on Thursday night / the day after", "2025-11-27", "Thursday"),
    ("dev-p-16", "on Wednesday", "2025-11-26", "Wednesday"),
    ("dev-p-16", "On Tuesday evening", "2025-11-25", "Tuesday"),
    ("dev-p-16", "on Monday night", "2025-11-24", "Monday"),
    ("dev-p-16", "On Sunday / on Sunday / last week (end)", "2025-11-23", "Sunday"),
    ("dev-p-16", "on Saturday", "2025-11-22", "Saturday"),
    ("dev-p-16", "last week (start)", "2025-11-17", "Monday"),
    ("dev-p-16", "on October 10", "2025-10-10", "Friday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_p", check_p, strip_text=True)


if __name__ == "__main__":
    main()
