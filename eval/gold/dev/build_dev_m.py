"""Writes dev_m.gold.jsonl: sixteen development articles from theatres the earlier sets' lead stories cover least -
Syria (Idlib city, Sarmin, Ariha and Jisr al-Shughur with Kafr Nabudah on the northern Hama front; Raqqa city, Tabqa,
Ain Issa and the SDF-held countryside; Qamishli, Amuda, Derik, Tal Tamr and Hasakah under Turkish drones; Quneitra's
Golan line at Jubata al-Khashab, al-Rafid, Khan Arnabah and al-Qahtaniyah; the Homs desert at Sukhnah, al-Furqlus,
the Arak field and Palmyra), Iraq (Anbar's Rutba highway, Fallujah, Wadi Horan and Ramadi; Sinjar, Sinuni, Khanasor
and Bartella; Kirkuk, Wadi al-Shay, Hawija, Muqdadiyah, al-Khalis and Jalawla; Erbil's airport, Harir, Makhmour and
the Khurmala and Sarsang oil fields; Koya and Sidakan), Lebanon (Bint Jbeil, Kfar Kila, Shebaa, Yaroun, the
Kfarchouba hills, Houla; Baalbek, Janta, Hosh al-Sayyed Ali), Gaza (al-Mawasi, Rafah, Bani Suheila, Abasan al-Kabira),
the West Bank (al-Far'a camp, Jenin camp, Burin), Yemen (Sirwah's al-Kassara front, al-Yatamah, al-Ghayl, al-Hazm,
Marib city, Taiz), the Red Sea and Bab al-Mandab (off Mokha and Hodeidah), Iran's Kurdish west (Baneh, Marivan,
Sanandaj, Mahabad) and a weekly round-up (Basra, Nasiriyah, Jableh, Jeddah) - published 2024-2026, written for this
project in our own words, with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_l.py
(whose structure, helpers and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article: (1) Idlib/northern Hama - a wire story: Russian strikes on Idlib city, an HTS raid in two
versions (SOHR "reported, citing sources on the ground" five to seven soldiers / HTS 16) with the ministry's
"repelled", Sarmin shelled ("No one was hurt"), a drone on farmers (blamed), arrests, a tally, a forecast and a
planned offensive; (2) Raqqa - a monitor's daily tally: a checkpoint attack with the monitor's toll and an Amaq claim,
a car bomb, live fire on a conscription protest and the SDF's denial, a raid with a disputed label, a mine, tallies;
(3) Qamishli/Hasakah - a pro-SDF partisan outlet: Turkish drone and air strikes (a car, a power station, a bakery with
"No one was hurt"), a shoot-down, SNA shelling and clashes, Turkey's "59 neutralised" claim, a protest "Two days ago",
the TUSAS attack and the SDF's denial, a threat; (4) Quneitra - a wire story: an arrest raid told three ways, a
shepherd shot and the army's "warning shots ... no one was hit", a protest met with rubber bullets, bulldozing "this
week", rockets into open areas claimed by an unknown group and Israel's return fire, background, a threat; (5) the
Homs desert - a feature: a mine killing "five to seven" truffle hunters with a hospital's bare toll and either IS or
the former army as planter, shepherds seized, an ambush and the chase, arrests "Last week", 2015-2017 Palmyra history,
a forecast; (6) Anbar - an Interior Ministry statement: a bomb defused "without any losses", a tanker "struck by a
roadside bomb", arrests, an F-16 strike, a riot with 11 of the forces hurt, a denied death in custody, a tally, a
pledge; (7) Sinjar/Nineveh plains - an analysis: an unclaimed drone strike, an army-YBS exchange of fire "Four days
later", a demonstration, an unconfirmed strike "A day later", an arrest, a road blocked "Last month", scenarios; (8)
Kirkuk/Diyala - a local news site: a roadside bomb with two tolls, farmers shot "three days ago" by "either" IS "or" a
rival tribe, a clan gunfight, a mortar "causing no casualties", a sit-in broken up, arrests, a planned deployment; (9)
Erbil - a live blog: drones on oil fields ("No one was hurt, the ministry said"), a drone "shot down by" coalition air
defences, a blame, a denial, a "10 times" count, an arrest, a group's claim, rockets near Harir, a rally, a threat;
(10) southern Lebanon - a Hezbollah-aligned outlet: a drone kills a man (disputed identity), houses blown up, a
shepherd kidnapped, a drone grenade, tank fire near UNIFIL, a device dismantled, tallies, a threat, a forecast; (11)
Khan Younis/Rafah - a wire story: strikes on tents and the army's "Hamas cell", fire near an aid site that "killed or
wounded some 30" with the foundation's denial, demolitions, the Qassam Brigades' claims, tallies, a conditional truce;
(12) Jenin/Nablus/Tubas - a Palestinian partisan outlet: a drone strike in al-Far'a camp, a firefight and a bomb
claim, buildings blown up, 25 arrests, a settler attack, a threat, 2002 background; (13) Marib/al-Jawf - a
Houthi-aligned outlet: a clash in two versions ("killing and wounding dozens" / "killed 12") and its "lie", US raids,
shelling, a spy cell, the government's missile claim and its denial, a threat; (14) the Red Sea - a maritime wire: a
ship "struck by an unknown projectile" ("All 22 crew members were unharmed") and the Houthi claim, a missile claim and
Israel's interception, an EU frigate's shoot-down, a skiff's exchange of fire, tallies, the May deal, a forecast;
(15) the Iran-Iraq border - an Iranian Kurdish opposition outlet: IRGC drones on a KDPI camp (the IRGC's account via
Tasnim, a denial), shelling, kolbars shot, a PJAK-IRGC clash in two versions, arrests, a protest, a threat, 1989 and
2022 background; (16) a weekly round-up: a clan battle in Baalbek and arrests "the next day", a drone strike near Janta
("Lebanon's Health Ministry said"), a border gunfight, an unconfirmed strike (possible), a Jeddah agreement, a deadly
Basra protest and the police denial, a bridge blocked, a killing near Jableh and a count, a sniper in Taiz, a forecast.
The incidents are composite or invented, with invented names of people, clans, groups, ships and outlets; the gold
encodes what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words;
check_m below adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_m.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_l.py's docstring (and through it dev_k to dev_c), kept unchanged - among them
zero casualties -> 0..0; "No one was hurt" -> killed and injured 0..0; "No injuries were reported" -> injured 0..0
only; "a number of" 2..open; "dozens" 24..open; "more than N" N+1..open; "at least N" N..open; "around N" N..N; a
count that covers one side of a clash only -> N..open; victims who are not casualties (detainees, abductees) -> no
number fields; non-core copies of headline restatements; symmetric clashes; "near X" -> X's point within ~15 km, names
only from ~25 km; villages and sea areas we cannot pin -> names (and country); open sea -> names only;
denied/planned/hypothetical/aggregate events are never core; "last night" / "overnight" / "on X night" -> both days;
"last week" -> the previous Monday to Sunday; "this month" -> the 1st to publication; "Earlier this week" / "this
week" -> Monday to publication; uncertain perpetrators -> every alternative plus unknown; a perpetrator blamed without
a claim -> the blamed actor plus unknown; a forecast or a third party's conditional -> hypothetical, an actor's own
threat -> planned; a party's claim the writer cannot verify -> core, occurred, sourced to the party; two versions
with their own triggers and tolls -> one core event per version; a bare toll with no trigger -> folded into the core
event's range and kept as a non-core copy; a detail a second source adds -> non-core copy; background -> non-core;
a road blocked with burning tyres -> Riots/Violent demonstration; a cache or bomb found/defused -> Disrupted weapons
use; mixed missile-and-drone salvos -> Air/drone strike. Added or made explicit here:
- "five to seven" -> 5..7; "killed or wounded some 30" -> casualties 30..30; "killing and wounding dozens" ->
  casualties 24..open; "All 22 crew members were unharmed" / "none of its peacekeepers was hurt" -> 0..0 both;
  "without causing injuries" / "causing no injuries" / "There were no reports of injuries" -> injured 0..0 only;
  "without any losses" for a bomb defused -> 0..0 both; "in a stable condition" -> injured only.
- A victim told two ways by two sides (a mechanic / "a Hezbollah terrorist"; citizens / "an armed terrorist cell";
  two men / "Hezbollah smugglers") -> one core event with every description in actor2 and the other side's claim a
  non-core copy; a strike whose target the other side names as a different object (tents of displaced families /
  "a Hamas terrorist cell operating from within the humanitarian area") -> one core event per version (dev-l-10).
- A claim of responsibility for an event the text already reports (Amaq's claim with its own toll is a version; the
  Houthis' claim of a ship strike adds only perpetrator and weapons) -> a toll of its own makes a core version, a
  claim without one is a non-core copy and the claimant joins actor1; a claim for an attack the text tells only as
  an interception (Erbil airport) -> the claim is the core Air/drone strike, the interception its own core event.
- "Two days ago", "three days ago", "Four days later", "A day later", "the next day", "the same morning" -> counted
  from publication or from the anchoring date in the text.
- An arrest with no date in its text -> no date key (the place makes it core).
- Drone-dropped grenades -> Air/drone strike; tank shells near peacekeepers -> Shelling; an unknown projectile ->
  Shelling (the sub-type does not affect matching); a skiff's armed men against a ship's armed guards -> Armed clash.
- Two clans fighting with heavy weapons -> Battles/Armed clash between identity militias; settlers attacking a village
  -> Violence against civilians/Attack; live fire on protesters with a death -> Excessive force against protesters
  (core on the gathering sentence when the toll follows); water cannon, batons, tear gas or rubber bullets ->
  Protest with intervention.
- An ambush on truffle hunters and their two armed guards -> Violence against civilians/Attack because the text
  stresses the hunters (two of the three dead and the piece's subject); the chase of the attackers that follows ->
  its own Battles event.
- A rumour that the only telling source denies (a death in custody) -> one non-core denied event.
- An unconfirmed report given in passing in a round-up -> non-core possible; an unconfirmed report that an
  analysis tells as its own item with its source -> core, occurred, sourced to the local sources.
- A summary line of counts with no act ("Killed: 4 | Wounded: 8 | Detained: 17") -> no gold."""

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


# goldkit's check_article plus this set's 250-word floor and 2024-01-01..2026-11-30 window.
check_m = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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
SNA = ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed mercenaries", "mercenaries"]
HTS = ["Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham", "rebels", "opposition fighters"]
RUSSIA = ["Russia", "Russian", "Russian warplanes", "Russian jets", "Russian air force", "Military Forces of Russia"]
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
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
YEGOV = ["Yemeni government", "government forces", "Yemeni army", "Military Forces of Yemen", "pro-government forces",
         "mercenaries"]
IRAN = ["Iran", "Iranian", "Military Forces of Iran", "Islamic Revolutionary Guard Corps", "Revolutionary Guards",
        "IRGC"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
LAF = ["Lebanese army", "Lebanese Armed Forces", "LAF", "Military Forces of Lebanon", "army"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-m-01  wire service — Syria/Idlib and the northern Hama front: Idlib city, Kafr Nabudah, Sarmin, Ariha, Jisr al-Shughur (Thu 17 Oct 2024)
# =============================================================================
T01 = """Russian jets strike outskirts of Idlib city; rebels and army trade fire on northern Hama front

IDLIB, Syria, Oct 17 (Levant Wire) - Russian warplanes struck the western outskirts of Idlib city on Wednesday afternoon, killing at least four civilians and wounding 11, rescuers said, in the heaviest raid on the city in months.

The Syria Civil Defence, known as the White Helmets, said the strikes hit a furniture workshop and a row of homes near the Idlib-Binnish road. Its teams pulled two children alive from the rubble.

Hours later, fighters of Hayat Tahrir al-Sham (HTS) stormed Syrian army positions near the village of Kafr Nabudah in the northern Hama countryside, killing five to seven soldiers, the Syrian Observatory for Human Rights reported, citing sources on the ground. HTS said in a statement that its "inghimasi" fighters had killed 16 soldiers in the raid and returned safely to their lines, a figure Levant Wire could not verify.

The Syrian Defence Ministry said its forces had repelled "a terrorist infiltration attempt" on the Hama front and inflicted heavy losses on the attackers. It did not say whether any soldiers had died.

Government artillery shelled the town of Sarmin, east of Idlib, overnight, the White Helmets said. No one was hurt, but a school and a mosque were damaged.

In Ariha, a drone dropped a small bomb on a car carrying farmers to their olive groves on Tuesday morning, wounding three of them, a local doctor told Levant Wire. Residents blamed government forces, which have increasingly used small commercial drones rigged with explosives along the front line this year.

Also on Tuesday, the HTS-run General Security Service arrested a dozen men in Jisr al-Shughur whom it accused of spying for the government, according to a statement on its Telegram channel.

Russian and Syrian aircraft have carried out more than 40 strikes on the Idlib region since the start of October, according to the Observatory, which put the death toll from them at 37.

The northwest has been governed since March 2020 by a ceasefire brokered by Russia and Turkey, which halted a government offensive that had displaced nearly a million people. Analysts say a new government push on Idlib is unlikely before the end of the year, but some opposition commanders are openly talking about an offensive of their own towards Aleppo.
"""

HTS01 = HTS + ["fighters of Hayat Tahrir al-Sham", "inghimasi fighters", "attackers", "terrorist"]
SYA01 = SYARMY + ["Syrian army positions", "army positions", "soldiers", "its forces"]
GOV01 = SYGOV + SYARMY + ["Government artillery", "government"]
IDLIB = L(["Idlib", "Idlib city", "western outskirts of Idlib city", "Idlib-Binnish road"], 35.93, 36.63, "SY")
IDLIB_REGION = L(["Idlib region", "Idlib", "northwest", "front line"], cc="SY")
# Kafr Nabudah: a village we cannot pin to ~10 km -> names and country only
KAFR_NABUDAH = L(["Kafr Nabudah", "Kafr Nbudah", "Kafranbuda", "northern Hama countryside", "Hama front"], cc="SY")
SARMIN = L(["Sarmin", "Sarmeen", "east of Idlib"], 35.90, 36.72, "SY")
ARIHA = L(["Ariha", "Areeha"], 35.81, 36.61, "SY")
JISR = L(["Jisr al-Shughur", "Jisr al-Shoghour", "Jisr ash-Shughur"], 35.81, 36.32, "SY")
ALEPPO = L(["Aleppo", "Halab"], 36.20, 37.16, "SY")
LW = ["Levant Wire", "author"]
WHITE_HELMETS = ["Syria Civil Defence", "White Helmets", "rescuers", "Civil Defence"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "Observatory", "sources on the ground"]
NIGHT01 = D("2024-10-16", "2024-10-17")
TUE01 = D("2024-10-15")
E01 = [
    # "at least four" -> 4..open; the strikes as one raid on one area and afternoon -> one event
    E(
        True,
        "Russian warplanes struck the western outskirts of Idlib city on Wednesday afternoon, killing at least four civilians and wounding 11",
        EXP,
        AIR,
        actor1=RUSSIA,
        actor2=CIV + ["four civilians", "furniture workshop", "homes"],
        location=IDLIB,
        date=D("2024-10-16"),
        killed=R(4, None),
        injured=R(11),
        source=WHITE_HELMETS + LW,
    ),
    E(
        False,
        "Russian jets strike outskirts of Idlib city",
        EXP,
        AIR,
        actor1=RUSSIA,
        actor2=CIV,
        location=IDLIB,
        date=D("2024-10-16"),
        source=LW,
    ),
    # a detail the White Helmets add -> non-core copy
    E(
        False,
        "the strikes hit a furniture workshop and a row of homes near the Idlib-Binnish road",
        EXP,
        AIR,
        actor1=RUSSIA,
        actor2=CIV + ["furniture workshop", "homes", "row of homes"],
        location=IDLIB,
        date=D("2024-10-16"),
        source=WHITE_HELMETS,
    ),
    # two versions with their own triggers and tolls -> one core event each. The Observatory's (a citing chain):
    # "five to seven soldiers", one side only -> 5..open. HTS's: 16 soldiers, one side only -> 16..open. "Hours
    # later" after Wednesday afternoon -> Wednesday or into Thursday. The ministry's "repelled" -> a non-core copy
    E(
        True,
        "fighters of Hayat Tahrir al-Sham (HTS) stormed Syrian army positions near the village of Kafr Nabudah in the northern Hama countryside, killing five to seven soldiers",
        BAT,
        CLASH,
        actor1=HTS01 + SYA01,
        actor2=SYA01 + HTS01,
        location=KAFR_NABUDAH,
        date=NIGHT01,
        killed=R(5, None),
        source=SOHR,
    ),
    E(
        True,
        'its "inghimasi" fighters had killed 16 soldiers in the raid',
        BAT,
        CLASH,
        actor1=HTS01 + SYA01,
        actor2=SYA01 + HTS01,
        location=KAFR_NABUDAH,
        date=NIGHT01,
        killed=R(16, None),
        source=["Hayat Tahrir al-Sham", "HTS", "statement"],
    ),
    E(
        False,
        "rebels and army trade fire on northern Hama front",
        BAT,
        CLASH,
        actor1=HTS01 + SYA01,
        actor2=SYA01 + HTS01,
        location=KAFR_NABUDAH,
        date=NIGHT01,
        source=LW,
    ),
    E(
        False,
        'its forces had repelled "a terrorist infiltration attempt" on the Hama front and inflicted heavy losses on the attackers',
        BAT,
        CLASH,
        actor1=SYA01 + HTS01,
        actor2=HTS01 + SYA01,
        location=KAFR_NABUDAH,
        date=NIGHT01,
        source=["Syrian Defence Ministry", "Defence Ministry", "Ministry of Defence"],
    ),
    # a town shelled with no victim named -> no actor2; "No one was hurt" (next sentence) -> 0..0 both;
    # "overnight" -> both days; the school and mosque are damage, not casualties
    E(
        True,
        "Government artillery shelled the town of Sarmin, east of Idlib, overnight",
        EXP,
        SHELL,
        actor1=GOV01,
        location=SARMIN,
        date=NIGHT01,
        killed=R(0),
        injured=R(0),
        source=WHITE_HELMETS + LW,
    ),
    # a drone dropping a bomb -> Air/drone strike; residents blame the government without a claim -> the blamed
    # actor plus unknown; farmers identified by their trade
    E(
        True,
        "a drone dropped a small bomb on a car carrying farmers to their olive groves on Tuesday morning, wounding three of them",
        EXP,
        AIR,
        actor1=UNK + GOV01,
        actor2=CIV + ["farmers", "car"],
        location=ARIHA,
        date=TUE01,
        injured=R(3),
        source=["local doctor", "doctor"] + LW,
    ),
    E(
        False,
        "Residents blamed government forces",
        EXP,
        AIR,
        actor1=GOV01,
        actor2=CIV + ["farmers"],
        location=ARIHA,
        date=TUE01,
        source=["Residents", "residents"],
    ),
    # the year's practice -> aggregate
    E(
        False,
        "which have increasingly used small commercial drones rigged with explosives along the front line this year",
        EXP,
        AIR,
        actor1=GOV01,
        location=IDLIB_REGION,
        date=D("2024-01-01", "2024-10-17"),
        source=["Residents", "residents"] + LW,
        aggregate=True,
    ),
    # detainees are not casualties -> no numbers ("a dozen" counts people arrested)
    E(
        True,
        "the HTS-run General Security Service arrested a dozen men in Jisr al-Shughur whom it accused of spying for the government",
        STR,
        ARRESTS,
        actor1=HTS01 + ["General Security Service", "HTS-run General Security Service"],
        actor2=["a dozen men", "men", "spies", "suspected spies"] + CIV,
        location=JISR,
        date=TUE01,
        source=["General Security Service", "Telegram channel", "statement"] + HTS,
    ),
    E(
        False,
        "Russian and Syrian aircraft have carried out more than 40 strikes on the Idlib region since the start of October",
        EXP,
        AIR,
        actor1=RUSSIA + GOV01,
        location=IDLIB_REGION,
        date=D("2024-10-01", "2024-10-17"),
        killed=R(37),
        source=SOHR,
        aggregate=True,
    ),
    # background -> non-core: the March 2020 ceasefire, the offensive it halted (no date of its own)
    E(
        False,
        "governed since March 2020 by a ceasefire brokered by Russia and Turkey",
        STR,
        AGREE,
        actor1=RUSSIA + TURKEY,
        actor2=TURKEY + RUSSIA,
        location=IDLIB_REGION,
        date=D("2020-03-01", "2020-03-31"),
        source=LW,
    ),
    E(
        False,
        "a government offensive that had displaced nearly a million people",
        BAT,
        CLASH,
        actor1=GOV01,
        actor2=HTS + ["opposition", "rebel factions"],
        location=IDLIB_REGION,
        source=LW,
        aggregate=True,
    ),
    # the analysts' forecast -> hypothetical; the commanders' own talk of an offensive -> planned
    E(
        False,
        "a new government push on Idlib is unlikely before the end of the year",
        BAT,
        CLASH,
        actor1=GOV01,
        actor2=HTS,
        location=IDLIB_REGION,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    E(
        False,
        "some opposition commanders are openly talking about an offensive of their own towards Aleppo",
        BAT,
        CLASH,
        actor1=HTS + ["opposition commanders", "opposition"],
        actor2=GOV01,
        location=ALEPPO,
        source=["opposition commanders"] + LW,
        status="planned",
    ),
    # no gold: "pulled two children alive from the rubble" (rescue), "a figure Levant Wire could not verify", "It did
    # not say whether any soldiers had died", the damaged school and mosque (inside the shelling)
]
DOCS.append(
    (
        "dev-m-01",
        "Levant Wire",
        "2024-10-17",
        "wire service",
        "Syria/Idlib and northern Hama: Russian strikes on Idlib city ('at least four' dead, 11 hurt, a rescuers' "
        "detail), an HTS raid near Kafr Nabudah in two versions (SOHR citing sources '5-7 soldiers', HTS '16') and "
        "the ministry's 'repelled', Sarmin shelled ('No one was hurt'), a drone on farmers in Ariha (blamed), a "
        "dozen arrested, a tally, 2020 background, a forecast and a planned offensive",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-m-01", "Oct 17", "2024-10-17", "Thursday"),
    ("dev-m-01", "on Wednesday afternoon", "2024-10-16", "Wednesday"),
    ("dev-m-01", "on Tuesday morning / Also on Tuesday", "2024-10-15", "Tuesday"),
]

# =============================================================================
# dev-m-02  monitor's daily tally — Syria/Raqqa city and SDF-held countryside: al-Karama road, al-Naim roundabout, Tabqa, al-Hamrat and Ratla, Ain Issa (Wed 11 Jun 2025)
# =============================================================================
T02 = """Raqqa daily tally, 11 June: two SDF fighters killed at checkpoint on al-Karama road; Asayish fire on conscription protest in Tabqa

North Syria Casualty Monitor (NSCM) | Raqqa governorate | Daily tally | Wednesday 11 June 2025

The following incidents were recorded by NSCM's network in Raqqa city and the countryside held by the Syrian Democratic Forces (SDF) in the 24 hours to 8 am today. Figures are provisional and are updated as our field researchers confirm them.

Killed: 4 | Wounded: 8 | Detained: 17

- Al-Karama road, east of Raqqa: Two SDF fighters were killed and a third wounded when gunmen opened fire on their checkpoint on the road to al-Karama shortly before midnight. The attackers fled towards the desert. This morning the Islamic State claimed the attack through its Amaq agency, saying its fighters had killed three members of the "apostate" militia.

- Raqqa city: A bomb attached to a car went off near the al-Naim roundabout at about 10 am yesterday. The driver, an employee of the local council, and two passers-by were wounded. No group has claimed it.

- Tabqa: Asayish internal security forces fired live rounds at several hundred young men protesting against the SDF's conscription campaign outside the recruitment office in Tabqa yesterday afternoon. One protester, aged 19, was killed and four were wounded, according to relatives and a medical source at Tabqa National Hospital. The SDF's media office denied that its forces had fired on the protesters and said they had used "only tear gas".

- Raqqa countryside: SDF and Asayish units, backed by coalition helicopters, raided the villages of al-Hamrat and Ratla at dawn today, detaining 17 men. The SDF described them as members of an Islamic State cell; NSCM has so far confirmed the names of 11.

- Ain Issa: A farmer harvesting wheat west of Ain Issa was killed by a landmine yesterday evening.

Cumulative: NSCM has recorded 53 deaths in attacks and clashes in the governorate since 1 May, among them 19 civilians. Islamic State cells have claimed 22 attacks on the SDF in Raqqa this month, compared with 14 in the whole of May.

Context: Raqqa was the Islamic State's self-declared capital until October 2017, when the SDF and the US-led coalition took it after a four-month battle. The SDF's talks with Damascus on merging its forces into the new Syrian army, agreed in principle on 10 March, have stalled.
"""

SDF02 = SDF + ["SDF fighters", "checkpoint", "their checkpoint", "apostate militia"]
IS02 = ISIS + ["gunmen", "attackers", "Islamic State cells", "Amaq"]
SDFPOL02 = SDF + ASAYISH + ["SDF and Asayish units"]
RAQQA = L(["Raqqa", "al-Raqqa", "Raqqa city", "al-Naim roundabout", "Naim roundabout"], 35.95, 39.01, "SY")
# the checkpoint lies on a road east of the city, at no stated distance -> names and country only
KARAMA = L(["al-Karama", "Karama", "road to al-Karama", "al-Karama road", "east of Raqqa"], cc="SY")
TABQA = L(["Tabqa", "al-Tabqa", "al-Thawra", "recruitment office in Tabqa"], 35.84, 38.55, "SY")
HAMRAT = L(["al-Hamrat", "Hamrat", "Ratla", "Raqqa countryside"], cc="SY")
AIN_ISSA = L(["Ain Issa", "Ayn Issa", "Ain Aissa", "west of Ain Issa"], 36.39, 38.86, "SY")
RAQQA_GOV = L(["Raqqa governorate", "Raqqa", "governorate"], cc="SY")
NSCM = ["North Syria Casualty Monitor", "NSCM", "monitor", "field researchers", "author"]
YDAY02 = D("2025-06-10")
E02 = [
    # a checkpoint of armed fighters attacked -> Battles/Armed clash even with no return fire told; the monitor's
    # toll (2 dead, 1 hurt, one side only -> open) and the group's claim (three killed, with its own trigger) ->
    # one core event per version; "shortly before midnight" in a report of the 24 hours to 8 am -> 10 June
    E(
        True,
        "Two SDF fighters were killed and a third wounded when gunmen opened fire on their checkpoint on the road to al-Karama shortly before midnight",
        BAT,
        CLASH,
        actor1=IS02 + UNK + SDF02,
        actor2=SDF02 + IS02,
        location=KARAMA,
        date=YDAY02,
        killed=R(2, None),
        injured=R(1, None),
        source=NSCM,
    ),
    E(
        True,
        'the Islamic State claimed the attack through its Amaq agency, saying its fighters had killed three members of the "apostate" militia',
        BAT,
        CLASH,
        actor1=IS02 + SDF02,
        actor2=SDF02 + IS02,
        location=KARAMA,
        date=YDAY02,
        killed=R(3, None),
        source=["Islamic State", "Amaq", "Amaq agency", "ISIS"],
    ),
    E(
        False,
        "two SDF fighters killed at checkpoint on al-Karama road",
        BAT,
        CLASH,
        actor1=IS02 + UNK + SDF02,
        actor2=SDF02 + IS02,
        location=KARAMA,
        date=YDAY02,
        killed=R(2, None),
        source=NSCM,
    ),
    # a bomb stuck to a car -> Remote explosive/landmine/IED; the wounded are told in the next sentence
    E(
        True,
        "A bomb attached to a car went off near the al-Naim roundabout at about 10 am yesterday",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["driver", "employee of the local council", "passers-by", "car"],
        location=RAQQA,
        date=YDAY02,
        injured=R(3),
        source=NSCM,
    ),
    # live rounds at protesters, one dead -> Protests/Excessive force against protesters; the toll comes in the
    # next sentence; the SDF's denial -> non-core denied (its "only tear gas" inside the same span)
    E(
        True,
        "Asayish internal security forces fired live rounds at several hundred young men protesting against the SDF's conscription campaign outside the recruitment office in Tabqa yesterday afternoon",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(ASAYISH + SDF + ["young men", "several hundred young men"]),
        location=TABQA,
        date=YDAY02,
        killed=R(1),
        injured=R(4),
        source=["relatives", "medical source", "Tabqa National Hospital"] + NSCM,
    ),
    E(
        False,
        "Asayish fire on conscription protest in Tabqa",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(ASAYISH + SDF),
        location=TABQA,
        date=YDAY02,
        source=NSCM,
    ),
    E(
        False,
        'The SDF\'s media office denied that its forces had fired on the protesters and said they had used "only tear gas"',
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(ASAYISH + SDF),
        location=TABQA,
        date=YDAY02,
        source=["SDF media office", "media office"] + SDF,
        status="denied",
    ),
    # two villages raided at once -> one event; the detainees' identity is the SDF's -> a non-core copy
    E(
        True,
        "SDF and Asayish units, backed by coalition helicopters, raided the villages of al-Hamrat and Ratla at dawn today, detaining 17 men",
        STR,
        ARRESTS,
        actor1=SDFPOL02 + COALITION,
        actor2=["17 men", "men", "detainees"] + CIV,
        location=HAMRAT,
        date=D("2025-06-11"),
        source=NSCM,
    ),
    E(
        False,
        "The SDF described them as members of an Islamic State cell",
        STR,
        ARRESTS,
        actor1=SDFPOL02 + COALITION,
        actor2=ISIS + ["Islamic State cell"],
        location=HAMRAT,
        date=D("2025-06-11"),
        source=SDF,
    ),
    # a mine with no known planter -> unknown; "west of Ain Issa" -> the town's point
    E(
        True,
        "A farmer harvesting wheat west of Ain Issa was killed by a landmine yesterday evening",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["farmer"],
        location=AIN_ISSA,
        date=YDAY02,
        killed=R(1),
        source=NSCM,
    ),
    # tallies -> aggregates
    E(
        False,
        "NSCM has recorded 53 deaths in attacks and clashes in the governorate since 1 May",
        BAT,
        CLASH,
        actor1=ISIS + SDF,
        actor2=SDF + ISIS,
        location=RAQQA_GOV,
        date=D("2025-05-01", "2025-06-11"),
        killed=R(53),
        source=NSCM,
        aggregate=True,
    ),
    E(
        False,
        "Islamic State cells have claimed 22 attacks on the SDF in Raqqa this month",
        BAT,
        CLASH,
        actor1=IS02,
        actor2=SDF,
        location=RAQQA_GOV,
        date=D("2025-06-01", "2025-06-11"),
        source=["Islamic State"] + NSCM,
        aggregate=True,
    ),
    E(
        False,
        "compared with 14 in the whole of May",
        BAT,
        CLASH,
        actor1=IS02,
        actor2=SDF,
        location=RAQQA_GOV,
        date=D("2025-05-01", "2025-05-31"),
        source=["Islamic State"] + NSCM,
        aggregate=True,
    ),
    # background -> non-core: 2017 (a non-state force takes the city), the 10 March agreement
    E(
        False,
        "when the SDF and the US-led coalition took it after a four-month battle",
        BAT,
        NSAOVER,
        actor1=SDF + COALITION,
        actor2=ISIS,
        location=RAQQA,
        date=D("2017-10-01", "2017-10-31"),
        source=NSCM,
    ),
    E(
        False,
        "The SDF's talks with Damascus on merging its forces into the new Syrian army, agreed in principle on 10 March",
        STR,
        AGREE,
        actor1=SDF + SYGOV,
        actor2=SYGOV + SDF,
        date=D("2025-03-10"),
        source=NSCM,
    ),
    # no gold: the summary line "Killed: 4 | Wounded: 8 | Detained: 17" (mixed types, no act), "The attackers fled
    # towards the desert", "No group has claimed it", the 11 names confirmed
]
DOCS.append(
    (
        "dev-m-02",
        "North Syria Casualty Monitor (daily tally)",
        "2025-06-11",
        "monitor's daily tally",
        "Syria/Raqqa: a checkpoint attack on the al-Karama road in two versions (monitor 2 dead 1 hurt / IS claim via "
        "Amaq 'three'), a car bomb in Raqqa city (toll next sentence), Asayish live fire on a conscription protest in "
        "Tabqa (1 dead, 4 hurt) and the SDF's denial, a raid detaining 17 with the SDF's label, a landmine, "
        "three tallies, 2017 and March 2025 background",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-m-02", "Wednesday 11 June 2025", "2025-06-11", "Wednesday"),
    ("dev-m-02", "yesterday", "2025-06-10", "Tuesday"),
]

# =============================================================================
# dev-m-03  partisan outlet (pro-SDF) — Syria/Jazira: Qamishli, the Qamishli-Amuda road, Swediyah near Derik, Tal Tamr, Hasakah (Sat 26 Oct 2024)
# =============================================================================
T03 = """Turkish occupation drones kill five civilians near Qamishli, target bakery and power station in Jazira region

QAMISHLI, 26 October (Rojava Dispatch) - The fascist Turkish occupation state pressed on with its brutal aggression against the Jazira region for a fourth day, as its drones and warplanes targeted the infrastructure that feeds and lights the homes of our people.

Five civilians, among them two children, were martyred yesterday evening when a Turkish drone bombed a car on the road between Qamishli and Amuda. The car was carrying a family home from a wedding in a nearby village.

Earlier in the day, Turkish warplanes bombed the Swediyah power station near Derik (al-Malikiyah), which supplies electricity to much of the region, putting it out of service. A worker at the station was wounded.

In the early hours of Friday, a drone struck a bakery in the al-Hilaliyah neighbourhood of Qamishli. No one was hurt, as the bakery had not yet opened, but its ovens were destroyed.

The General Command of the Syrian Democratic Forces (SDF) said its air defences had shot down a Turkish reconnaissance drone over the town of Tal Tamr on Thursday night.

Meanwhile, the Turkish-backed mercenaries of the so-called "Syrian National Army" shelled the villages of Tal Tawil and Um al-Kaif in the Tal Tamr countryside with heavy artillery on Thursday. Our Military Council forces responded to the sources of fire, and clashes continued until the morning.

The Turkish Defence Ministry claimed on Friday that its "air operations" in northern Syria had "neutralised" 59 "PKK/YPG terrorists" since Wednesday. The occupation army, as always, tries to cover its crimes against civilians with lies about "terrorists".

Two days ago, hundreds of residents of Hasakah took to the streets of the city to condemn the attacks and to demand that the international coalition and Russia meet their obligations.

The aggression began after an attack on the headquarters of the Turkish aerospace company TUSAS near Ankara on Wednesday, which Turkey blamed on the PKK. The SDF has denied any link to the attack. Since 2019, when Turkey invaded Serekaniye (Ras al-Ain) and Gire Spi (Tal Abyad), the occupation has carried out hundreds of drone strikes on the region, killing dozens of our commanders and fighters.

The people of North and East Syria will not be broken. The occupation must know that every crime will be answered.
"""

TUR03 = TURKEY + ["Turkish occupation", "Turkish occupation state", "occupation", "Turkish drone", "Turkish warplanes",
                  "occupation army", "Turkish Defence Ministry"]
SNA03 = SNA + ["so-called Syrian National Army", "Turkish-backed mercenaries"]
SDF03 = SDF + ["Military Council", "Military Council forces", "YPG", "People's Protection Units", "PKK/YPG"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
# the road runs some 25 km between the two towns -> names and country only
QAM_AMUDA = L(["road between Qamishli and Amuda", "Qamishli", "Amuda", "Qamishli-Amuda road"], cc="SY")
QAMISHLI = L(["Qamishli", "al-Qamishli", "Qamishlo", "al-Hilaliyah", "Hilaliyah"], 37.05, 41.22, "SY")
SWEDIYAH = L(["Swediyah", "Suwaydiyah", "al-Suwaydiyah", "Swediyah power station", "Derik", "al-Malikiyah",
              "Malikiyah"], cc="SY")
TAL_TAMR = L(["Tal Tamr", "Tell Tamer", "Tal Tamer", "Tal Tamr countryside"], 36.65, 40.37, "SY")
TT_VILLAGES = L(["Tal Tawil", "Um al-Kaif", "Umm al-Kayf", "Tal Tamr countryside", "Tal Tamr"], cc="SY")
HASAKAH = L(["Hasakah", "al-Hasakah", "Hasaka"], 36.50, 40.75, "SY")
JAZIRA = L(["Jazira region", "Jazira", "North and East Syria", "northern Syria", "the region"], cc="SY")
RD = ["Rojava Dispatch", "author"]
E03 = [
    # "were martyred" -> killed; a car standing for its passengers
    E(
        True,
        "Five civilians, among them two children, were martyred yesterday evening when a Turkish drone bombed a car on the road between Qamishli and Amuda",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=CIV + ["five civilians", "car", "family", "two children"],
        location=QAM_AMUDA,
        date=D("2024-10-25"),
        killed=R(5),
        source=RD,
    ),
    E(
        False,
        "Turkish occupation drones kill five civilians near Qamishli",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=CIV + ["five civilians"],
        location=QAM_AMUDA,
        date=D("2024-10-25"),
        killed=R(5),
        source=RD,
    ),
    # the toll is in the next sentence; "Earlier in the day" -> Friday
    E(
        True,
        "Turkish warplanes bombed the Swediyah power station near Derik (al-Malikiyah)",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=CIV + ["Swediyah power station", "power station", "worker", "infrastructure"],
        location=SWEDIYAH,
        date=D("2024-10-25"),
        injured=R(1),
        source=RD,
    ),
    # "a drone" named by no one -> Turkey (the article's framing) or unknown; "No one was hurt" -> 0..0 both
    E(
        True,
        "a drone struck a bakery in the al-Hilaliyah neighbourhood of Qamishli",
        EXP,
        AIR,
        actor1=TUR03 + UNK,
        actor2=CIV + ["bakery"],
        location=QAMISHLI,
        date=D("2024-10-25"),
        killed=R(0),
        injured=R(0),
        source=RD,
    ),
    # the headline's two targets -> aggregate copy
    E(
        False,
        "target bakery and power station in Jazira region",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=CIV + ["bakery", "power station"],
        location=JAZIRA,
        date=D("2024-10-25"),
        source=RD,
        aggregate=True,
    ),
    # "on Thursday night" -> Thursday or into Friday
    E(
        True,
        "its air defences had shot down a Turkish reconnaissance drone over the town of Tal Tamr on Thursday night",
        STR,
        DISRUPT,
        actor1=SDF03 + ["General Command", "air defences"],
        actor2=TUR03 + ["reconnaissance drone", "drone"],
        location=TAL_TAMR,
        date=D("2024-10-24", "2024-10-25"),
        source=["General Command of the Syrian Democratic Forces", "General Command"] + SDF,
    ),
    # villages shelled with no victim told -> no actor2
    E(
        True,
        'the Turkish-backed mercenaries of the so-called "Syrian National Army" shelled the villages of Tal Tawil and Um al-Kaif in the Tal Tamr countryside with heavy artillery on Thursday',
        EXP,
        SHELL,
        actor1=SNA03,
        location=TT_VILLAGES,
        date=D("2024-10-24"),
        source=RD,
    ),
    # the return fire and the clashes "until the morning" -> Thursday to Friday, symmetric
    E(
        True,
        "Our Military Council forces responded to the sources of fire, and clashes continued until the morning",
        BAT,
        CLASH,
        actor1=SDF03 + SNA03,
        actor2=SNA03 + SDF03,
        location=TT_VILLAGES,
        date=D("2024-10-24", "2024-10-25"),
        source=RD,
    ),
    # the other side's claim covers three days of raids -> aggregate, sourced to it
    E(
        False,
        'its "air operations" in northern Syria had "neutralised" 59 "PKK/YPG terrorists" since Wednesday',
        EXP,
        AIR,
        actor1=TUR03,
        actor2=SDF03 + PKK + ["PKK/YPG terrorists"],
        location=JAZIRA,
        date=D("2024-10-23", "2024-10-25"),
        killed=R(59),
        source=["Turkish Defence Ministry", "Turkish Ministry of National Defence", "Defence Ministry"] + TURKEY,
        aggregate=True,
    ),
    # "Two days ago" -> Thursday
    E(
        True,
        "hundreds of residents of Hasakah took to the streets of the city to condemn the attacks",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents", "residents of Hasakah"],
        location=HASAKAH,
        date=D("2024-10-24"),
        source=RD,
    ),
    # background in passing -> non-core: the attack in Turkey (blamed, no claim told), its denial, 2019, the
    # years of strikes (aggregate; "dozens" -> 24..open)
    E(
        False,
        "an attack on the headquarters of the Turkish aerospace company TUSAS near Ankara on Wednesday, which Turkey blamed on the PKK",
        VAC,
        ATTACK,
        actor1=PKK + UNK,
        actor2=["TUSAS", "Turkish aerospace company", "headquarters"] + CIV,
        location=L(["Ankara", "near Ankara", "TUSAS headquarters"], cc="TR"),
        date=D("2024-10-23"),
        source=TURKEY + RD,
    ),
    E(
        False,
        "The SDF has denied any link to the attack",
        VAC,
        ATTACK,
        actor1=SDF,
        actor2=["TUSAS", "Turkish aerospace company"],
        location=L(["Ankara", "near Ankara"], cc="TR"),
        date=D("2024-10-23"),
        source=SDF,
        status="denied",
    ),
    E(
        False,
        "Turkey invaded Serekaniye (Ras al-Ain) and Gire Spi (Tal Abyad)",
        BAT,
        CLASH,
        actor1=TURKEY + SNA,
        actor2=SDF03,
        location=L(["Serekaniye", "Ras al-Ain", "Gire Spi", "Tal Abyad"], cc="SY"),
        date=D("2019-01-01", "2019-12-31"),
        source=RD,
    ),
    E(
        False,
        "the occupation has carried out hundreds of drone strikes on the region, killing dozens of our commanders and fighters",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=SDF03 + ["commanders", "fighters"],
        location=JAZIRA,
        date=D("2019-01-01", "2024-10-26"),
        killed=R(24, None),
        source=RD,
        aggregate=True,
    ),
    # the outlet's threat on the SDF's behalf -> planned, no date
    E(
        False,
        "every crime will be answered",
        BAT,
        CLASH,
        actor1=SDF03,
        actor2=TUR03,
        location=JAZIRA,
        source=RD,
        status="planned",
    ),
    # no gold: "fascist", "brutal aggression" (labels), "tries to cover its crimes ... with lies" (the outlet's
    # rejection, no act), the demand on the coalition and Russia, the destroyed ovens (inside the strike)
]
DOCS.append(
    (
        "dev-m-03",
        "Rojava Dispatch",
        "2024-10-26",
        "partisan outlet (pro-SDF)",
        "Syria/Jazira: a Turkish drone kills five in a car near Qamishli ('martyred'), warplanes hit the Swediyah "
        "power station (worker hurt, next sentence), a bakery struck ('No one was hurt', perpetrator implied), an SDF "
        "shoot-down, SNA shelling and clashes till morning, Turkey's '59 neutralised' claim (aggregate), a protest "
        "'Two days ago', the TUSAS attack and its denial, 2019 background, a threat, loaded labels",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-m-03", "26 October", "2024-10-26", "Saturday"),
    ("dev-m-03", "yesterday evening / In the early hours of Friday", "2024-10-25", "Friday"),
    ("dev-m-03", "on Thursday / Two days ago", "2024-10-24", "Thursday"),
    ("dev-m-03", "on Wednesday", "2024-10-23", "Wednesday"),
]

# =============================================================================
# dev-m-04  wire service — Syria/Quneitra and the Golan line: Jubata al-Khashab, al-Rafid, Khan Arnabah, al-Hamidiyah, al-Qahtaniyah (Fri 16 May 2025)
# =============================================================================
T04 = """Israeli troops detain three in Quneitra raid; shepherd shot near the ceasefire line

QUNEITRA, Syria, May 16 (Meridian News Service) - Israeli troops backed by armoured vehicles raided the village of Jubata al-Khashab in Syria’s Quneitra province before dawn on Thursday and detained three men, residents and the Syrian state news agency SANA said.

SANA, citing a local source, said the force searched about 20 homes, confiscated phones and a hunting rifle, and blindfolded the men before taking them across the ceasefire line. The Israeli military said its troops had “apprehended three suspects involved in weapons smuggling” in southern Syria and transferred them for questioning.

Later on Thursday, a shepherd was wounded in the leg when Israeli soldiers opened fire on him as he grazed his flock near the village of al-Rafid, in the south of the province, the Quneitra governorate said. An Israeli military spokesperson said troops had fired “warning shots” at a suspect who approached the security zone and that no one was hit.

In the town of Khan Arnabah, several hundred people protested on Wednesday afternoon against the Israeli presence in the buffer zone, carrying Syrian flags. Israeli soldiers at a nearby position fired tear gas and shots into the air as the marchers approached an earth berm, wounding at least two people with rubber-coated bullets, witnesses said.

Israeli bulldozers also levelled farmland and a grove of oak trees near the village of al-Hamidiyah this week to widen a military road, local officials said.

On Monday night, two rockets were fired from southern Syria towards the Israeli-occupied Golan Heights and fell in open areas, causing no injuries, the Israeli military said. Israeli artillery then shelled the launch area near the village of al-Qahtaniyah. A little-known group calling itself the Islamic Resistance Front in Syria claimed the launch on Telegram.

Damascus has said repeatedly it will not be drawn into a confrontation with Israel.

Israel moved into the UN-patrolled buffer zone on the Golan hours after the fall of Bashar al-Assad’s government on December 8, saying the disengagement accord of 1974 had collapsed with the Syrian army’s departure from its positions. It has since set up at least nine military positions inside Syrian territory, according to UN peacekeepers.

Israeli Defence Minister Israel Katz has threatened to strike Damascus if government forces move south of the capital. Diplomats say US-brokered talks on a de-escalation agreement between the two sides could begin as early as next month.
"""

ISR04 = ISRAEL + ["Israeli soldiers", "its troops", "troops", "the force", "Israeli bulldozers", "Israeli artillery"]
MEN04 = ["three men", "men", "three suspects", "suspects"] + CIV
QUNEITRA_AGENCY = ["SANA", "Syrian state news agency", "local source"]
MNS = ["Meridian News Service", "author"]
IDFSRC04 = ["Israeli military", "Israeli military spokesperson", "IDF", "Israeli army"]
GROUP04 = ["Islamic Resistance Front in Syria", "Islamic Resistance Front", "little-known group"]
# the villages and border sectors of Quneitra province cannot be pinned to ~10 km -> names and country only
JUBATA = L(["Jubata al-Khashab", "Jubata al-Khashib", "Jubbata al-Khashab", "Quneitra", "Quneitra province"], cc="SY")
RAFID = L(["al-Rafid", "Rafid", "Quneitra province"], cc="SY")
KHAN_ARNABAH = L(["Khan Arnabah", "Khan Arnaba", "Khan Arnabeh", "Quneitra"], cc="SY")
HAMIDIYAH = L(["al-Hamidiyah", "Hamidiyah", "al-Hamidiyeh", "Quneitra"], cc="SY")
GOLAN = L(["Golan Heights", "Israeli-occupied Golan Heights", "occupied Golan", "Golan", "open areas"])
QAHTANIYAH = L(["al-Qahtaniyah", "Qahtaniyah", "launch area", "southern Syria", "Quneitra"], cc="SY")
BUFFER = L(["buffer zone", "UN-patrolled buffer zone", "Golan"], cc="SY")
MON04 = D("2025-05-12", "2025-05-13")
THU04 = D("2025-05-15")
E04 = [
    # the detainees' identity: men (residents, SANA) / smuggling suspects (the army) -> one core Arrests event
    # on the plain wording, each characterisation and SANA's added detail -> non-core copies
    E(
        True,
        "Israeli troops backed by armoured vehicles raided the village of Jubata al-Khashab in Syria’s Quneitra province before dawn on Thursday and detained three men",
        STR,
        ARRESTS,
        actor1=ISR04,
        actor2=MEN04,
        location=JUBATA,
        date=THU04,
        source=["residents", "Residents"] + QUNEITRA_AGENCY + MNS,
    ),
    E(
        False,
        "Israeli troops detain three in Quneitra raid",
        STR,
        ARRESTS,
        actor1=ISR04,
        actor2=MEN04,
        location=JUBATA,
        date=THU04,
        source=MNS,
    ),
    E(
        False,
        "the force searched about 20 homes, confiscated phones and a hunting rifle, and blindfolded the men before taking them across the ceasefire line",
        STR,
        ARRESTS,
        actor1=ISR04,
        actor2=MEN04,
        location=JUBATA,
        date=THU04,
        source=QUNEITRA_AGENCY,
    ),
    E(
        False,
        "its troops had “apprehended three suspects involved in weapons smuggling” in southern Syria",
        STR,
        ARRESTS,
        actor1=ISR04,
        actor2=["three suspects", "suspects", "weapons smuggling", "smugglers"],
        location=L(["southern Syria", "Quneitra"], cc="SY"),
        date=THU04,
        source=IDFSRC04,
    ),
    # fire on a shepherd -> Violence against civilians/Attack; the army's "warning shots ... no one was hit" ->
    # non-core denied (dev-l-15)
    E(
        True,
        "a shepherd was wounded in the leg when Israeli soldiers opened fire on him as he grazed his flock near the village of al-Rafid",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=CIV + ["shepherd"],
        location=RAFID,
        date=THU04,
        injured=R(1),
        source=["Quneitra governorate", "governorate"] + MNS,
    ),
    E(
        False,
        "troops had fired “warning shots” at a suspect who approached the security zone and that no one was hit",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=["suspect", "shepherd"] + CIV,
        location=RAFID,
        date=THU04,
        injured=R(0),
        source=IDFSRC04,
        status="denied",
    ),
    E(
        False,
        "shepherd shot near the ceasefire line",
        VAC,
        ATTACK,
        actor1=ISR04,
        actor2=CIV + ["shepherd"],
        location=RAFID,
        date=THU04,
        source=MNS,
    ),
    # tear gas and rubber-coated bullets to push marchers back -> Protest with intervention (core on the
    # gathering, the dispersal a non-core copy); "at least two" -> 2..open
    E(
        True,
        "several hundred people protested on Wednesday afternoon against the Israeli presence in the buffer zone",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(ISR04 + ["people", "several hundred people", "marchers"]),
        location=KHAN_ARNABAH,
        date=D("2025-05-14"),
        injured=R(2, None),
        source=MNS + ["witnesses"],
    ),
    E(
        False,
        "Israeli soldiers at a nearby position fired tear gas and shots into the air as the marchers approached an earth berm, wounding at least two people with rubber-coated bullets",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(ISR04 + ["marchers"]),
        location=KHAN_ARNABAH,
        date=D("2025-05-14"),
        injured=R(2, None),
        source=["witnesses"],
    ),
    # "this week" -> Monday to publication
    E(
        True,
        "Israeli bulldozers also levelled farmland and a grove of oak trees near the village of al-Hamidiyah this week",
        STR,
        LOOT,
        actor1=ISR04,
        actor2=CIV + ["farmland", "oak trees", "grove of oak trees"],
        location=HAMIDIYAH,
        date=D("2025-05-12", "2025-05-16"),
        source=["local officials"] + MNS,
    ),
    # rockets into open areas: no target -> no actor2; "causing no injuries" -> injured 0..0 only; the launch
    # claimed by a group -> its name with unknown; the impact area is occupied territory with no country given
    E(
        True,
        "two rockets were fired from southern Syria towards the Israeli-occupied Golan Heights and fell in open areas",
        EXP,
        SHELL,
        actor1=UNK + GROUP04,
        location=GOLAN,
        date=MON04,
        injured=R(0),
        source=IDFSRC04,
    ),
    E(
        False,
        "A little-known group calling itself the Islamic Resistance Front in Syria claimed the launch on Telegram",
        EXP,
        SHELL,
        actor1=GROUP04,
        location=GOLAN,
        date=MON04,
        source=GROUP04 + ["Telegram"],
    ),
    # "then" after the Monday-night launch -> the same night; a launch area with no victim -> no actor2
    E(
        True,
        "Israeli artillery then shelled the launch area near the village of al-Qahtaniyah",
        EXP,
        SHELL,
        actor1=ISR04,
        location=QAHTANIYAH,
        date=MON04,
        source=IDFSRC04 + MNS,
    ),
    # background -> non-core: the move into the buffer zone (no fighting told), the 1974 accord, the positions set
    # up since (aggregate)
    E(
        False,
        "Israel moved into the UN-patrolled buffer zone on the Golan hours after the fall of Bashar al-Assad’s government on December 8",
        STR,
        TRANSFER,
        actor1=ISRAEL,
        location=BUFFER,
        date=D("2024-12-08", "2024-12-09"),
        source=MNS,
    ),
    E(
        False,
        "the disengagement accord of 1974",
        STR,
        AGREE,
        actor1=ISRAEL + SYARMY,
        actor2=SYARMY + ISRAEL,
        location=BUFFER,
        date=D("1974-01-01", "1974-12-31"),
        source=MNS,
    ),
    E(
        False,
        "It has since set up at least nine military positions inside Syrian territory",
        STR,
        BASE,
        actor1=ISRAEL,
        location=L(["Syrian territory", "southern Syria", "Quneitra"], cc="SY"),
        date=D("2024-12-08", "2025-05-16"),
        source=["UN peacekeepers", "UNDOF"],
        aggregate=True,
    ),
    # a minister's conditional threat -> planned (an actor's own threat); the diplomats' "could begin" about an
    # accord -> hypothetical
    E(
        False,
        "Israeli Defence Minister Israel Katz has threatened to strike Damascus if government forces move south of the capital",
        EXP,
        AIR,
        actor1=ISRAEL + ["Israel Katz", "Israeli Defence Minister"],
        actor2=SYGOV,
        location=L(["Damascus"], 33.51, 36.29, "SY"),
        source=["Israel Katz", "Israeli Defence Minister"],
        status="planned",
    ),
    E(
        False,
        "US-brokered talks on a de-escalation agreement between the two sides could begin as early as next month",
        STR,
        AGREE,
        actor1=ISRAEL + SYGOV,
        actor2=SYGOV + ISRAEL,
        source=["Diplomats", "diplomats"],
        status="hypothetical",
    ),
    # no gold: "Damascus has said repeatedly it will not be drawn into a confrontation" (no act), "transferred them
    # for questioning" (inside the arrest), the confiscated phones and rifle
]
DOCS.append(
    (
        "dev-m-04",
        "Meridian News Service",
        "2025-05-16",
        "wire service",
        "Syria/Quneitra: a night arrest raid on Jubata al-Khashab with SANA's detail (citing a local source) and the "
        "army's 'smuggling suspects', a shepherd shot and the 'warning shots, no one was hit' denial, a protest "
        "pushed back with rubber bullets ('at least two'), bulldozing 'this week', rockets into open areas ('no "
        "injuries') claimed by an unknown group and Israel's return fire, background, a threat and a forecast; "
        "typographic quotes",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-m-04", "May 16", "2025-05-16", "Friday"),
    ("dev-m-04", "before dawn on Thursday / Later on Thursday", "2025-05-15", "Thursday"),
    ("dev-m-04", "on Wednesday afternoon", "2025-05-14", "Wednesday"),
    ("dev-m-04", "On Monday night / this week (start)", "2025-05-12", "Monday"),
]

# =============================================================================
# dev-m-05  feature with background — Syria/Homs eastern desert: Sukhnah, al-Furqlus, the Arak gas field, Palmyra (Tue 10 Mar 2026)
# =============================================================================
T05 = """Feature: Truffles, mines and the ghosts of the caliphate in the desert around Palmyra

PALMYRA, Syria, March 10 (The Levant Review) - Every spring, when the first rains have soaked the Badia, thousands of men from Sukhnah, Palmyra and the villages of eastern Homs walk into the desert to dig for truffles. A kilo of the best can fetch 40 dollars in Damascus, more than a labourer earns in a week. And every spring, the desert takes its share.

On Saturday, a pickup carrying truffle hunters hit a landmine on a track about 30 kilometres north-east of Sukhnah, killing five to seven men, according to relatives. The hospital in Sukhnah said it had received five bodies and three wounded. Whether the mine was left by Islamic State fighters or by the former government's army, which mined the approaches to its desert bases, no one can say.

On Sunday night, gunmen seized two shepherds and their flock of some 300 sheep near the village of al-Furqlus, west of Palmyra. Their families say the kidnappers have demanded 20,000 dollars.

On Monday morning, gunmen on motorcycles opened fire on a group of truffle hunters and the two General Security members escorting them near the Arak gas field, east of Palmyra. Two hunters and one of the guards were killed and four others wounded, a security official said. General Security units then chased the attackers into the hills, killing one of them in a gunfight that lasted until dusk, the official added. He blamed an Islamic State cell; no group has claimed the attack.

Last week, General Security forces arrested four men in Palmyra whom they accused of planting mines on truffle routes and passing information to Islamic State cells, the Interior Ministry said.

The desert has a long memory. In May 2015, Islamic State fighters swept into Palmyra. That summer they blew up the Temple of Bel and the Temple of Baalshamin, and in August they beheaded the city's retired antiquities chief, Khaled al-Asaad. Government forces, backed by Russian air power, retook the city in March 2016, lost it again in December 2016 and recaptured it for good in March 2017. In 2023, one monitoring group counted more than 150 truffle hunters killed across the Badia, most of them by mines and ambushes.

Abu Khalil, 58, has dug in the desert since he was a boy and lost a nephew to a mine two years ago. He went out again on Sunday. "My children need to eat," he said. "If the rains are good next year, more people will come, and more will die."
"""

GS05 = ["General Security", "General Security units", "General Security forces", "General Security members", "guards",
        "security forces", "Syrian government", "Interior Ministry", "Police Forces of Syria"]
IS05 = ISIS + ["Islamic State cell", "Islamic State fighters", "gunmen", "attackers", "gunmen on motorcycles"]
OLDARMY05 = ["former government's army", "former army", "Syrian army", "Assad army", "Military Forces of Syria"]
HUNTERS05 = CIV + ["truffle hunters", "hunters", "group of truffle hunters", "pickup"]
OLDGOV05 = ["Government forces", "government forces", "Syrian army", "Military Forces of Syria", "Syrian government"]
# 30 km out of the town -> names and country only; al-Furqlus and the Arak field lie far from Palmyra
SUKHNAH = L(["Sukhnah", "al-Sukhnah", "Sukhna", "north-east of Sukhnah", "Badia"], cc="SY")
FURQLUS = L(["al-Furqlus", "Furqlus", "al-Furqulus", "west of Palmyra"], cc="SY")
ARAK = L(["Arak gas field", "Arak", "east of Palmyra"], cc="SY")
PALMYRA = L(["Palmyra", "Tadmur", "Tadmor", "Temple of Bel", "Temple of Baalshamin"], 34.56, 38.27, "SY")
BADIA = L(["Badia", "Syrian desert", "eastern Homs"], cc="SY")
TLR = ["The Levant Review", "Levant Review", "author"]
OFFICIAL05 = ["security official", "official"] + TLR
E05 = [
    # "five to seven" (relatives) and the hospital's bare toll with no trigger (five bodies, three wounded) -> one
    # core event covering both (5..7 dead, 3 hurt), the hospital's toll a non-core copy. The text names two
    # possible planters and no one knows -> both plus unknown
    E(
        True,
        "a pickup carrying truffle hunters hit a landmine on a track about 30 kilometres north-east of Sukhnah, killing five to seven men",
        EXP,
        IED,
        actor1=UNK + ISIS + OLDARMY05,
        actor2=HUNTERS05 + ["men"],
        location=SUKHNAH,
        date=D("2026-03-07"),
        killed=R(5, 7),
        injured=R(3),
        source=["relatives", "hospital in Sukhnah"] + TLR,
    ),
    E(
        False,
        "The hospital in Sukhnah said it had received five bodies and three wounded",
        EXP,
        IED,
        actor1=UNK + ISIS + OLDARMY05,
        actor2=HUNTERS05,
        location=SUKHNAH,
        date=D("2026-03-07"),
        killed=R(5),
        injured=R(3),
        source=["hospital in Sukhnah", "hospital"],
    ),
    # a ransom kidnapping by unnamed gunmen -> Abduction; the sheep are no casualties; "On Sunday night" -> both days
    E(
        True,
        "gunmen seized two shepherds and their flock of some 300 sheep near the village of al-Furqlus",
        VAC,
        ABDUCT,
        actor1=UNK + ["gunmen", "kidnappers"],
        actor2=CIV + ["two shepherds", "shepherds", "flock"],
        location=FURQLUS,
        date=D("2026-03-08", "2026-03-09"),
        source=TLR,
    ),
    # hunters with an escort of two armed guards: the text stresses the hunters (two of the three dead, the piece's
    # subject) -> Violence against civilians/Attack; the toll in the next sentence (3 dead, 4 hurt); the
    # official blames an IS cell with no claim -> IS plus unknown
    E(
        True,
        "gunmen on motorcycles opened fire on a group of truffle hunters and the two General Security members escorting them near the Arak gas field",
        VAC,
        ATTACK,
        actor1=UNK + IS05,
        actor2=HUNTERS05 + GS05,
        location=ARAK,
        date=D("2026-03-09"),
        killed=R(3),
        injured=R(4),
        source=OFFICIAL05,
    ),
    # the chase is a separate act against armed men -> Battles; one attacker dead, the other side unsaid -> 1..open
    E(
        True,
        "General Security units then chased the attackers into the hills, killing one of them in a gunfight that lasted until dusk",
        BAT,
        CLASH,
        actor1=GS05 + IS05,
        actor2=IS05 + GS05,
        location=ARAK,
        date=D("2026-03-09"),
        killed=R(1, None),
        source=OFFICIAL05,
    ),
    # "Last week" -> the previous Monday to Sunday; the detainees are not casualties
    E(
        True,
        "General Security forces arrested four men in Palmyra whom they accused of planting mines on truffle routes and passing information to Islamic State cells",
        STR,
        ARRESTS,
        actor1=GS05,
        actor2=["four men", "men", "suspects"] + ISIS,
        location=PALMYRA,
        date=D("2026-03-02", "2026-03-08"),
        source=["Interior Ministry", "Syrian Interior Ministry"] + TLR,
    ),
    # background -> non-core: 2015 to 2017 in Palmyra, the 2023 count (aggregate), the nephew's death
    E(
        False,
        "In May 2015, Islamic State fighters swept into Palmyra",
        BAT,
        NSAOVER,
        actor1=IS05,
        actor2=OLDGOV05,
        location=PALMYRA,
        date=D("2015-05-01", "2015-05-31"),
        source=TLR,
    ),
    E(
        False,
        "That summer they blew up the Temple of Bel and the Temple of Baalshamin",
        STR,
        LOOT,
        actor1=IS05,
        actor2=["Temple of Bel", "Temple of Baalshamin", "temples"],
        location=PALMYRA,
        date=D("2015-06-01", "2015-09-30"),
        source=TLR,
    ),
    E(
        False,
        "in August they beheaded the city's retired antiquities chief, Khaled al-Asaad",
        VAC,
        ATTACK,
        actor1=IS05,
        actor2=CIV + ["Khaled al-Asaad", "antiquities chief"],
        location=PALMYRA,
        date=D("2015-08-01", "2015-08-31"),
        killed=R(1),
        source=TLR,
    ),
    E(
        False,
        "Government forces, backed by Russian air power, retook the city in March 2016",
        BAT,
        GOVREGAIN,
        actor1=OLDGOV05 + RUSSIA,
        actor2=IS05,
        location=PALMYRA,
        date=D("2016-03-01", "2016-03-31"),
        source=TLR,
    ),
    E(
        False,
        "lost it again in December 2016",
        BAT,
        NSAOVER,
        actor1=IS05 + UNK,
        actor2=OLDGOV05,
        location=PALMYRA,
        date=D("2016-12-01", "2016-12-31"),
        source=TLR,
    ),
    E(
        False,
        "recaptured it for good in March 2017",
        BAT,
        GOVREGAIN,
        actor1=OLDGOV05,
        actor2=IS05,
        location=PALMYRA,
        date=D("2017-03-01", "2017-03-31"),
        source=TLR,
    ),
    E(
        False,
        "one monitoring group counted more than 150 truffle hunters killed across the Badia",
        EXP,
        IED,
        actor1=UNK + ISIS,
        actor2=HUNTERS05,
        location=BADIA,
        date=D("2023-01-01", "2023-12-31"),
        killed=R(151, None),
        source=["monitoring group"],
        aggregate=True,
    ),
    E(
        False,
        "lost a nephew to a mine two years ago",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["nephew"],
        location=BADIA,
        date=D("2024-01-01", "2024-12-31"),
        killed=R(1),
        source=["Abu Khalil"],
    ),
    # a conditional forecast -> hypothetical
    E(
        False,
        "If the rains are good next year, more people will come, and more will die",
        EXP,
        IED,
        actor1=UNK,
        actor2=HUNTERS05,
        location=BADIA,
        source=["Abu Khalil"],
        status="hypothetical",
    ),
    # no gold: the ransom demand, "He blamed an Islamic State cell; no group has claimed the attack" (the blame is
    # in actor1), the price of truffles, "The desert has a long memory", "the desert takes its share" (metaphors)
]
DOCS.append(
    (
        "dev-m-05",
        "The Levant Review",
        "2026-03-10",
        "feature with background",
        "Syria/Homs desert: a landmine kills 'five to seven' truffle hunters (the hospital's five bodies and three "
        "wounded as a bare toll; IS or the former army as possible planters), shepherds and 300 sheep seized, an "
        "ambush on hunters and their guards (type by stress), the chase that kills an attacker, arrests 'Last week', "
        "2015-2017 and 2023 background in Palmyra, a death 'two years ago', a conditional forecast",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-m-05", "March 10", "2026-03-10", "Tuesday"),
    ("dev-m-05", "On Saturday", "2026-03-07", "Saturday"),
    ("dev-m-05", "On Sunday night", "2026-03-08", "Sunday"),
    ("dev-m-05", "On Monday morning", "2026-03-09", "Monday"),
    ("dev-m-05", "Last week (start)", "2026-03-02", "Monday"),
]

# =============================================================================
# dev-m-06  ministry statement — Iraq/Anbar: the Rutba-Trebil highway, east of Rutba, Nuaimiya south of Fallujah, Wadi Horan, Ramadi (Mon 17 Nov 2025)
# =============================================================================
T06 = """Ministry of Interior: bombing foiled on Rutba highway, nine wanted men arrested south of Fallujah

Republic of Iraq - Ministry of Interior - Security Media Directorate | Statement | Baghdad, 17 November 2025

Acting on accurate intelligence from the Directorate of Intelligence and Counter-Terrorism, the heroes of the Anbar Police Command, the Federal Police and the Iraqi Air Force carried out a series of operations in Anbar province over the past 72 hours, with the following results:

1. On Saturday morning, a police patrol on the international highway between Rutba and the Trebil crossing found an explosive device weighing about 25 kilograms planted inside a culvert. Engineering teams defused it without any losses.

2. On the evening of the same day, a fuel tanker was struck by a roadside bomb on the highway some 60 kilometres east of Rutba. Its driver and his assistant were wounded and taken to Rutba General Hospital, where they are in a stable condition.

3. Yesterday, a force of the Anbar Police Command raided a hideout in the Nuaimiya area, south of Fallujah, and arrested nine wanted men, among them a man accused of taking part in the Islamic State's massacre of Albu Nimr tribesmen in 2014.

4. On Sunday afternoon, Iraqi Air Force F-16 aircraft, in coordination with the Joint Operations Command, struck a terrorist hideout in the Wadi Horan area, north-east of Rutba, killing three terrorists, according to initial assessments.

5. On Friday night, security forces in Ramadi dispersed a crowd of rioters who had blocked the road in front of the provincial council building with burning tyres and pelted the forces with stones. Eleven members of the security forces were injured, while no protester was harmed, and 14 rioters were arrested. The ministry stresses that peaceful protest is a right guaranteed by the constitution, but that attacks on the security forces will not be tolerated.

The ministry categorically denies the reports circulated on some social media pages about the death of a young man under torture at a police station in Fallujah, and affirms that he died of a heart condition in hospital. Legal action will be taken against the pages that published this false news.

Since the beginning of this year, the Anbar Police Command has arrested 213 terrorists and seized 48 weapons caches in the province.

The ministry affirms that its heroic forces will continue to pursue the remnants of the terrorist gangs in the deserts and valleys of Anbar until the province is cleansed of them.

Security Media Directorate
Ministry of Interior
"""

POL06 = IQPOL + ["Anbar Police Command", "Federal Police", "police patrol", "force of the Anbar Police Command",
                 "Engineering teams", "Directorate of Intelligence and Counter-Terrorism"]
IQAF06 = IQARMY + ["Iraqi Air Force", "F-16 aircraft", "Joint Operations Command"]
IS06 = ISIS + ["terrorists", "terrorist gangs", "terrorist hideout", "wanted men", "nine wanted men"]
MOI = ["Ministry of Interior", "Iraqi Ministry of Interior", "Interior Ministry", "Security Media Directorate",
       "ministry", "author"]
# sites along the desert highway, tens of kilometres out of Rutba -> names and country only
TREBIL_ROAD = L(["international highway between Rutba and the Trebil crossing", "Rutba", "Trebil", "Trebil crossing",
                 "Rutba highway"], cc="IQ")
EAST_RUTBA = L(["east of Rutba", "Rutba", "highway", "Rutba highway"], cc="IQ")
NUAIMIYA = L(["Nuaimiya", "al-Nuaimiya", "Nuaimiyah", "south of Fallujah", "Fallujah"], 33.35, 43.78, "IQ")
HORAN = L(["Wadi Horan", "Wadi Hauran", "Wadi Hawran", "north-east of Rutba"], cc="IQ")
RAMADI = L(["Ramadi", "al-Ramadi", "provincial council building"], 33.42, 43.30, "IQ")
FALLUJAH = L(["Fallujah", "Falluja", "police station in Fallujah"], 33.35, 43.78, "IQ")
ANBAR = L(["Anbar", "Anbar province", "al-Anbar"], cc="IQ")
SAT06 = D("2025-11-15")
E06 = [
    # a bomb found and defused -> Disrupted weapons use; "without any losses" -> 0..0 both
    E(
        True,
        "a police patrol on the international highway between Rutba and the Trebil crossing found an explosive device weighing about 25 kilograms planted inside a culvert",
        STR,
        DISRUPT,
        actor1=POL06,
        actor2=UNK + ["explosive device"],
        location=TREBIL_ROAD,
        date=SAT06,
        killed=R(0),
        injured=R(0),
        source=MOI,
    ),
    E(
        False,
        "bombing foiled on Rutba highway",
        STR,
        DISRUPT,
        actor1=POL06,
        actor2=UNK,
        location=TREBIL_ROAD,
        date=SAT06,
        source=MOI,
    ),
    # a passive with a weapon as agent; the toll in the next sentence; "in a stable condition" says nothing
    # explicit about survival beyond the wounding -> injured only
    E(
        True,
        "a fuel tanker was struck by a roadside bomb on the highway some 60 kilometres east of Rutba",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["fuel tanker", "driver", "assistant"],
        location=EAST_RUTBA,
        date=SAT06,
        injured=R(2),
        source=MOI,
    ),
    E(
        True,
        "a force of the Anbar Police Command raided a hideout in the Nuaimiya area, south of Fallujah, and arrested nine wanted men",
        STR,
        ARRESTS,
        actor1=POL06,
        actor2=IS06 + ["wanted men"],
        location=NUAIMIYA,
        date=D("2025-11-16"),
        source=MOI,
    ),
    E(
        False,
        "nine wanted men arrested south of Fallujah",
        STR,
        ARRESTS,
        actor1=POL06,
        actor2=IS06,
        location=NUAIMIYA,
        date=D("2025-11-16"),
        source=MOI,
    ),
    # background in passing, 2014; the text gives no place for it
    E(
        False,
        "the Islamic State's massacre of Albu Nimr tribesmen in 2014",
        VAC,
        ATTACK,
        actor1=ISIS,
        actor2=CIV + ["Albu Nimr tribesmen", "Albu Nimr", "tribesmen"],
        date=D("2014-01-01", "2014-12-31"),
        source=MOI,
    ),
    E(
        True,
        "Iraqi Air Force F-16 aircraft, in coordination with the Joint Operations Command, struck a terrorist hideout in the Wadi Horan area, north-east of Rutba, killing three terrorists",
        EXP,
        AIR,
        actor1=IQAF06,
        actor2=IS06,
        location=HORAN,
        date=D("2025-11-16"),
        killed=R(3),
        source=MOI,
    ),
    # a road blocked with burning tyres and stones thrown at the forces -> Riots/Violent demonstration; eleven of
    # the forces hurt and "no protester was harmed" -> injured 11 in all; the arrests in the same act -> a
    # non-core copy; "On Friday night" -> both days
    E(
        True,
        "security forces in Ramadi dispersed a crowd of rioters who had blocked the road in front of the provincial council building with burning tyres and pelted the forces with stones",
        RIOT,
        VIOLENT,
        actor1=PROTESTERS + ["rioters", "crowd of rioters"] + POL06,
        actor2=POL06 + ["rioters"],
        location=RAMADI,
        date=D("2025-11-14", "2025-11-15"),
        injured=R(11),
        source=MOI,
    ),
    E(
        False,
        "14 rioters were arrested",
        STR,
        ARRESTS,
        actor1=POL06,
        actor2=PROTESTERS + ["rioters", "14 rioters"],
        location=RAMADI,
        date=D("2025-11-14", "2025-11-15"),
        source=MOI,
    ),
    # the rumour the ministry denies is the only telling of the event -> non-core denied; the ministry's own
    # version (a heart condition) is no violence
    E(
        False,
        "The ministry categorically denies the reports circulated on some social media pages about the death of a young man under torture at a police station in Fallujah",
        VAC,
        ATTACK,
        actor1=POL06,
        actor2=CIV + ["young man"],
        location=FALLUJAH,
        killed=R(1),
        source=MOI,
        status="denied",
    ),
    E(
        False,
        "the Anbar Police Command has arrested 213 terrorists and seized 48 weapons caches in the province",
        STR,
        ARRESTS,
        actor1=POL06,
        actor2=IS06 + ["213 terrorists"],
        location=ANBAR,
        date=D("2025-01-01", "2025-11-17"),
        source=MOI,
        aggregate=True,
    ),
    E(
        False,
        "its heroic forces will continue to pursue the remnants of the terrorist gangs in the deserts and valleys of Anbar",
        BAT,
        CLASH,
        actor1=POL06 + IQAF06,
        actor2=IS06,
        location=ANBAR,
        source=MOI,
        status="planned",
    ),
    # no gold: "attacks on the security forces will not be tolerated" (generic), "Legal action will be taken"
    # (a court act), "in a stable condition", the statement's sign-off
]
DOCS.append(
    (
        "dev-m-06",
        "Iraqi Ministry of Interior (statement)",
        "2025-11-17",
        "ministry statement",
        "Iraq/Anbar: a bomb defused on the Rutba-Trebil highway ('without any losses'), a tanker 'struck by a "
        "roadside bomb' (passive; two hurt next sentence), nine arrested south of Fallujah with 2014 background, an "
        "F-16 strike in Wadi Horan (3 dead), a Ramadi riot (11 of the forces hurt, no protester harmed, 14 held), a "
        "denied death in custody, a year's tally, a pledge",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-m-06", "17 November 2025", "2025-11-17", "Monday"),
    ("dev-m-06", "Yesterday / On Sunday afternoon", "2025-11-16", "Sunday"),
    ("dev-m-06", "On Saturday morning", "2025-11-15", "Saturday"),
    ("dev-m-06", "On Friday night", "2025-11-14", "Friday"),
]

# =============================================================================
# dev-m-07  analysis (speculation, forecasts) — Iraq/Sinjar and the Nineveh plains: Sinuni, Sinjar town, Khanasor, Bartella (Wed 21 Jan 2026)
# =============================================================================
T07 = """Analysis: In Sinjar, a fragile calm that one drone could break

ERBIL, Jan 21 (Mesopotamia Policy Forum) - More than a decade after the Islamic State's onslaught on the Yazidis, Sinjar remains a district with too many armed masters and too few returnees. A string of incidents in the past ten days shows how little it would take to set it alight.

On January 11, a drone struck a car near the town of Sinuni, on the northern side of Mount Sinjar, killing two members of the Sinjar Resistance Units (YBS), a Yazidi force linked to the PKK. Nobody claimed the strike. Turkey, which regards the YBS as a branch of the PKK, rarely confirms such operations, but local officials had little doubt about who was behind it.

Four days later, Iraqi army soldiers and YBS fighters exchanged fire at a checkpoint on the road between Sinjar town and Sinuni after soldiers tried to search a YBS vehicle. One soldier and two YBS fighters were wounded, according to an army officer. The YBS accused the soldiers of opening fire first.

On Sunday, hundreds of Yazidi returnees demonstrated peacefully in Sinjar town against the new army checkpoints, which they say cut them off from their fields. A day later, local sources reported a second drone strike, on a building near Khanasor that they said housed a YBS depot; no casualties were reported and we could not confirm it. Yesterday, the army arrested two YBS members near Sinuni on charges of smuggling weapons, the Nineveh Operations Command said.

The Nineveh plains are not calm either. Last month, supporters of the 30th Brigade, a Shabak unit of the Popular Mobilisation Forces, blocked the Erbil-Mosul road near Bartella with burning tyres for most of a day after Baghdad ordered the brigade to hand its checkpoints to the army.

By our count, Turkish drones have struck targets in Sinjar at least 12 times since the start of 2025.

What happens next? If Ankara concludes that the PKK is regrouping in Sinjar under cover of the YBS, a wider Turkish air campaign this spring is likely. Baghdad, under pressure from both Ankara and Erbil, could try to enforce the October 2020 Sinjar Agreement by force, as it did in May 2022, when the army and the YBS fought for two days in Sinuni. Or the parties may simply muddle on, as they have for five years.

None of these paths brings home the roughly 200,000 Yazidis who still live in camps in Duhok, most of whom fled in August 2014, when the Islamic State overran Sinjar and killed or enslaved thousands.
"""

YBS = ["Sinjar Resistance Units", "YBS", "Yazidi force", "YBS fighters", "YBS members", "Sinjar Resistance Units (YBS)"]
PKK07 = ["PKK", "Kurdistan Workers' Party"]
ARMY07 = IQARMY + ["Iraqi army soldiers", "soldiers", "army", "Nineveh Operations Command", "checkpoint"]
TUR07 = TURKEY + ["Ankara", "Turkish drones"]
BRIGADE30 = ["30th Brigade", "Shabak unit", "supporters of the 30th Brigade", "supporters"] + PMF + PROTESTERS
# Sinuni, Khanasor and the road between them sit some 20 km from Sinjar town -> names and country only
SINUNI = L(["Sinuni", "Snune", "Sinune", "Mount Sinjar", "northern side of Mount Sinjar", "Sinjar"], cc="IQ")
SINJAR_ROAD = L(["road between Sinjar town and Sinuni", "Sinjar", "Sinuni", "checkpoint"], cc="IQ")
SINJAR = L(["Sinjar", "Sinjar town", "Shingal", "Sinjar district"], 36.32, 41.87, "IQ")
KHANASOR = L(["Khanasor", "Khanasur", "Sinjar"], cc="IQ")
BARTELLA = L(["Bartella", "Bartalla", "Erbil-Mosul road", "Nineveh plains"], 36.35, 43.38, "IQ")
SINJAR_DISTRICT = L(["Sinjar", "Sinjar district", "Shingal"], cc="IQ")
MPF = ["Mesopotamia Policy Forum", "author"]
E07 = [
    # no claim; the text only implies Turkey ("local officials had little doubt") -> Turkey plus unknown
    E(
        True,
        "On January 11, a drone struck a car near the town of Sinuni, on the northern side of Mount Sinjar, killing two members of the Sinjar Resistance Units (YBS)",
        EXP,
        AIR,
        actor1=UNK + TUR07,
        actor2=YBS + ["car"],
        location=SINUNI,
        date=D("2026-01-11"),
        killed=R(2),
        source=MPF,
    ),
    # "Four days later" -> 15 January; both sides' wounded from one officer -> 3
    E(
        True,
        "Iraqi army soldiers and YBS fighters exchanged fire at a checkpoint on the road between Sinjar town and Sinuni",
        BAT,
        CLASH,
        actor1=ARMY07 + YBS,
        actor2=YBS + ARMY07,
        location=SINJAR_ROAD,
        date=D("2026-01-15"),
        injured=R(3),
        source=["army officer"] + MPF,
    ),
    E(
        False,
        "The YBS accused the soldiers of opening fire first",
        BAT,
        CLASH,
        actor1=ARMY07,
        actor2=YBS,
        location=SINJAR_ROAD,
        date=D("2026-01-15"),
        source=YBS,
    ),
    E(
        True,
        "hundreds of Yazidi returnees demonstrated peacefully in Sinjar town against the new army checkpoints",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["Yazidi returnees", "Yazidis", "returnees"],
        location=SINJAR,
        date=D("2026-01-18"),
        source=MPF,
    ),
    # local sources' report the writer cannot confirm -> core, occurred, sourced to them (dev-l-16); "A day
    # later" after Sunday -> Monday; "a second drone strike" ties it to the first -> Turkey plus unknown; "no
    # casualties" -> 0..0 both
    E(
        True,
        "local sources reported a second drone strike, on a building near Khanasor that they said housed a YBS depot",
        EXP,
        AIR,
        actor1=UNK + TUR07,
        actor2=YBS + ["YBS depot", "depot", "building"],
        location=KHANASOR,
        date=D("2026-01-19"),
        killed=R(0),
        injured=R(0),
        source=["local sources"],
    ),
    E(
        True,
        "Yesterday, the army arrested two YBS members near Sinuni on charges of smuggling weapons",
        STR,
        ARRESTS,
        actor1=ARMY07,
        actor2=YBS + ["two YBS members"],
        location=SINUNI,
        date=D("2026-01-20"),
        source=["Nineveh Operations Command"] + MPF,
    ),
    # a road blocked with burning tyres -> Riots/Violent demonstration; "Last month" -> December 2025
    E(
        True,
        "supporters of the 30th Brigade, a Shabak unit of the Popular Mobilisation Forces, blocked the Erbil-Mosul road near Bartella with burning tyres for most of a day",
        RIOT,
        VIOLENT,
        actor1=BRIGADE30 + ["rioters"],
        location=BARTELLA,
        date=D("2025-12-01", "2025-12-31"),
        source=MPF,
    ),
    E(
        False,
        "Turkish drones have struck targets in Sinjar at least 12 times since the start of 2025",
        EXP,
        AIR,
        actor1=TUR07,
        actor2=YBS + PKK07,
        location=SINJAR_DISTRICT,
        date=D("2025-01-01", "2026-01-21"),
        source=MPF,
        aggregate=True,
    ),
    # the scenarios -> hypothetical; the accord they name and the 2022 fighting and 2014 -> background
    E(
        False,
        "a wider Turkish air campaign this spring is likely",
        EXP,
        AIR,
        actor1=TUR07,
        actor2=YBS + PKK07,
        location=SINJAR_DISTRICT,
        source=MPF,
        status="hypothetical",
    ),
    E(
        False,
        "could try to enforce the October 2020 Sinjar Agreement by force",
        BAT,
        CLASH,
        actor1=ARMY07 + ["Baghdad", "Iraqi government"],
        actor2=YBS,
        location=SINJAR_DISTRICT,
        source=MPF,
        status="hypothetical",
    ),
    E(
        False,
        "the October 2020 Sinjar Agreement",
        STR,
        AGREE,
        actor1=["Baghdad", "Iraqi government", "Erbil", "Kurdistan Regional Government"],
        actor2=["Erbil", "Kurdistan Regional Government", "Baghdad", "Iraqi government"],
        location=SINJAR_DISTRICT,
        date=D("2020-10-01", "2020-10-31"),
        source=MPF,
    ),
    E(
        False,
        "in May 2022, when the army and the YBS fought for two days in Sinuni",
        BAT,
        CLASH,
        actor1=ARMY07 + YBS,
        actor2=YBS + ARMY07,
        location=SINUNI,
        date=D("2022-05-01", "2022-05-31"),
        source=MPF,
    ),
    E(
        False,
        "the Islamic State overran Sinjar",
        BAT,
        NSAOVER,
        actor1=ISIS,
        location=SINJAR_DISTRICT,
        date=D("2014-08-01", "2014-08-31"),
        source=MPF,
    ),
    E(
        False,
        "killed or enslaved thousands",
        VAC,
        ATTACK,
        actor1=ISIS,
        actor2=CIV + ["Yazidis"],
        location=SINJAR_DISTRICT,
        date=D("2014-08-01", "2014-08-31"),
        source=MPF,
        aggregate=True,
    ),
    # no gold: "Nobody claimed the strike", "rarely confirms such operations", Baghdad's order to hand over
    # checkpoints (an order, no act), "muddle on", the camps in Duhok, "one drone could break" (a metaphor)
]
DOCS.append(
    (
        "dev-m-07",
        "Mesopotamia Policy Forum",
        "2026-01-21",
        "analysis (speculation and forecasts)",
        "Iraq/Sinjar and Nineveh plains: an unclaimed drone strike near Sinuni (Turkey implied), an army-YBS "
        "exchange of fire 'Four days later' with the YBS's counter-accusation, a peaceful demonstration, an "
        "unconfirmed second strike 'A day later' ('no casualties'), an arrest, a road blocked with burning tyres "
        "'Last month', a 12-strike count, scenarios (hypothetical), 2014/2020/2022 background",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-m-07", "Jan 21", "2026-01-21", "Wednesday"),
    ("dev-m-07", "January 11", "2026-01-11", "Sunday"),
    ("dev-m-07", "Four days later", "2026-01-15", "Thursday"),
    ("dev-m-07", "On Sunday", "2026-01-18", "Sunday"),
    ("dev-m-07", "A day later", "2026-01-19", "Monday"),
    ("dev-m-07", "Yesterday", "2026-01-20", "Tuesday"),
]

# =============================================================================
# dev-m-08  local news site — Iraq/Kirkuk and Diyala: Wadi al-Shay, Muqdadiyah, al-Khalis, Kirkuk city, Hawija, Jalawla (Sat 23 Aug 2025)
# =============================================================================
T08 = """Roadside bomb kills army officer and soldiers south of Kirkuk; three farmers shot dead near Muqdadiyah

KIRKUK, August 23 (Kirkuk Gate) - An officer and two soldiers of the Iraqi army were killed when a roadside bomb exploded under their vehicle in Wadi al-Shay, south of Kirkuk, on Thursday night, the Security Media Cell said. A medical source at Kirkuk General Hospital later told Kirkuk Gate that four soldiers had died and two more were being treated for burns.

Wadi al-Shay, a valley of orchards and caves between Kirkuk and Daquq, has long served Islamic State cells as a hiding place. No group has claimed the bombing.

In Diyala, three farmers from one family were shot dead in their orchard near Muqdadiyah three days ago. A police officer in the province said the killers were either Islamic State militants or members of a rival tribe locked in a blood feud with the victims' family, and that both possibilities were being investigated.

Tribal violence also flared yesterday in the town of al-Khalis, north of Baqubah, when gunmen of the Albu Ali and Albu Hamad clans fought with machine guns and rocket-propelled grenades over irrigation water, killing two men and wounding six, police said.

A mortar round landed in an empty lot in Jalawla late on Wednesday, causing no casualties, police said.

In Kirkuk city, police used water cannon and batons to break up a sit-in by several hundred Kurdish farmers outside the governorate building on Tuesday, injuring nine of them, according to the farmers' union. The farmers were protesting against a court decision on the ownership of disputed farmland. Police said only that officers had "reopened the road".

On Friday, security forces arrested five suspected Islamic State members in the Hawija district, west of Kirkuk, the Kirkuk Operations Command said.

Kirkuk police say 11 attacks by Islamic State cells have been recorded in the province this month, most of them against army and federal police posts. The governor said a new army brigade would deploy to Wadi al-Shay next week to clear the valley.

Kirkuk has been under federal control since October 2017, when Iraqi forces took the city from the Kurdish Peshmerga after the Kurdistan Region's independence referendum. Kurdish, Arab and Turkmen parties have quarrelled over its land and its oil ever since.
"""

ARMY08 = IQARMY + ["officer", "soldiers", "army", "vehicle", "their vehicle", "army posts"]
IS08 = ISIS + ["Islamic State cells", "Islamic State militants", "Islamic State members"]
TRIBE08 = ["rival tribe", "tribe", "members of a rival tribe", "tribal gunmen"]
ALBU_ALI = ["Albu Ali clan", "Albu Ali", "gunmen", "clan"]
ALBU_HAMAD = ["Albu Hamad clan", "Albu Hamad", "gunmen", "clan"]
POL08 = IQPOL + ["police", "officers", "Kirkuk police"]
SECF08 = IQARMY + IQPOL + ["Kirkuk Operations Command"]
# a valley between two towns, some 20-30 km from the city it is placed by -> names and country only
WADI_SHAY = L(["Wadi al-Shay", "Wadi al-Shai", "Wadi Shay", "south of Kirkuk", "Daquq"], cc="IQ")
MUQDADIYAH = L(["Muqdadiyah", "al-Muqdadiyah", "Muqdadiya", "Diyala"], 33.98, 44.94, "IQ")
KHALIS = L(["al-Khalis", "Khalis", "north of Baqubah", "Baqubah"], 33.81, 44.53, "IQ")
JALAWLA = L(["Jalawla", "Jalula", "Jalawla'"], 34.27, 45.16, "IQ")
KIRKUK = L(["Kirkuk", "Kirkuk city", "governorate building"], 35.47, 44.39, "IQ")
HAWIJA = L(["Hawija", "al-Hawija", "Hawija district", "west of Kirkuk"], 35.32, 43.77, "IQ")
KIRKUK_PROV = L(["Kirkuk", "Kirkuk province", "the province"], cc="IQ")
KG = ["Kirkuk Gate", "author"]
E08 = [
    # the Security Media Cell's three dead in the act's sentence and a medical source's bare toll in the next
    # (four dead, two treated, no trigger of its own) -> one core event with the range covering both (3..4
    # dead, 2 hurt), the hospital's toll a non-core copy; "on Thursday night" -> both days
    E(
        True,
        "An officer and two soldiers of the Iraqi army were killed when a roadside bomb exploded under their vehicle in Wadi al-Shay, south of Kirkuk, on Thursday night",
        EXP,
        IED,
        actor1=UNK,
        actor2=ARMY08,
        location=WADI_SHAY,
        date=D("2025-08-21", "2025-08-22"),
        killed=R(3, 4),
        injured=R(2),
        source=["Security Media Cell", "medical source", "Kirkuk General Hospital"] + KG,
    ),
    E(
        False,
        "A medical source at Kirkuk General Hospital later told Kirkuk Gate that four soldiers had died and two more were being treated for burns",
        EXP,
        IED,
        actor1=UNK,
        actor2=ARMY08,
        location=WADI_SHAY,
        date=D("2025-08-21", "2025-08-22"),
        killed=R(4),
        injured=R(2),
        source=["medical source", "Kirkuk General Hospital", "Kirkuk Gate"],
    ),
    E(
        False,
        "Roadside bomb kills army officer and soldiers south of Kirkuk",
        EXP,
        IED,
        actor1=UNK,
        actor2=ARMY08,
        location=WADI_SHAY,
        date=D("2025-08-21", "2025-08-22"),
        source=KG,
    ),
    # "either ... or ..." -> both alternatives plus unknown; "three days ago" -> Wednesday
    E(
        True,
        "three farmers from one family were shot dead in their orchard near Muqdadiyah three days ago",
        VAC,
        ATTACK,
        actor1=UNK + IS08 + TRIBE08,
        actor2=CIV + ["three farmers", "farmers", "family"],
        location=MUQDADIYAH,
        date=D("2025-08-20"),
        killed=R(3),
        source=KG,
    ),
    E(
        False,
        "three farmers shot dead near Muqdadiyah",
        VAC,
        ATTACK,
        actor1=UNK + IS08 + TRIBE08,
        actor2=CIV + ["three farmers", "farmers"],
        location=MUQDADIYAH,
        date=D("2025-08-20"),
        killed=R(3),
        source=KG,
    ),
    # two named clans fighting with heavy weapons -> Battles/Armed clash between identity militias
    E(
        True,
        "gunmen of the Albu Ali and Albu Hamad clans fought with machine guns and rocket-propelled grenades over irrigation water, killing two men and wounding six",
        BAT,
        CLASH,
        actor1=ALBU_ALI + ALBU_HAMAD,
        actor2=ALBU_HAMAD + ALBU_ALI,
        location=KHALIS,
        date=D("2025-08-22"),
        killed=R(2),
        injured=R(6),
        source=["police"] + KG,
    ),
    # no target (an empty lot) -> no actor2; "causing no casualties" -> 0..0 both; "late on Wednesday" -> both days
    E(
        True,
        "A mortar round landed in an empty lot in Jalawla late on Wednesday, causing no casualties",
        EXP,
        SHELL,
        actor1=UNK,
        location=JALAWLA,
        date=D("2025-08-20", "2025-08-21"),
        killed=R(0),
        injured=R(0),
        source=["police"] + KG,
    ),
    # water cannon and batons to break up a sit-in -> Protest with intervention; nine hurt
    E(
        True,
        "police used water cannon and batons to break up a sit-in by several hundred Kurdish farmers outside the governorate building on Tuesday, injuring nine of them",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(POL08 + ["Kurdish farmers", "farmers"]),
        location=KIRKUK,
        date=D("2025-08-19"),
        injured=R(9),
        source=["farmers' union"] + KG,
    ),
    E(
        True,
        "On Friday, security forces arrested five suspected Islamic State members in the Hawija district",
        STR,
        ARRESTS,
        actor1=SECF08,
        actor2=IS08 + ["five suspected Islamic State members", "suspects"],
        location=HAWIJA,
        date=D("2025-08-22"),
        source=["Kirkuk Operations Command"] + KG,
    ),
    E(
        False,
        "Kirkuk police say 11 attacks by Islamic State cells have been recorded in the province this month",
        BAT,
        CLASH,
        actor1=IS08,
        actor2=ARMY08 + ["federal police"],
        location=KIRKUK_PROV,
        date=D("2025-08-01", "2025-08-23"),
        source=["Kirkuk police"],
        aggregate=True,
    ),
    # a deployment announced for next week -> planned, no date
    E(
        False,
        "a new army brigade would deploy to Wadi al-Shay next week to clear the valley",
        STR,
        BASE,
        actor1=ARMY08 + ["army brigade"],
        location=WADI_SHAY,
        source=["governor", "Kirkuk governor"],
        status="planned",
    ),
    # background, October 2017 -> non-core
    E(
        False,
        "Iraqi forces took the city from the Kurdish Peshmerga",
        BAT,
        GOVREGAIN,
        actor1=IQARMY,
        actor2=["Kurdish Peshmerga", "Peshmerga", "Kurdistan Region", "Kurdistan Regional Government"],
        location=KIRKUK,
        date=D("2017-10-01", "2017-10-31"),
        source=KG,
    ),
    # no gold: "No group has claimed the bombing", "has long served Islamic State cells as a hiding place"
    # (generic), the court decision, 'reopened the road' (the police's gloss), the parties' quarrels
]
DOCS.append(
    (
        "dev-m-08",
        "Kirkuk Gate",
        "2025-08-23",
        "local news site",
        "Iraq/Kirkuk and Diyala: a roadside bomb in Wadi al-Shay (3 dead per the Security Media Cell, a hospital's "
        "bare toll of 4 dead and 2 hurt), farmers shot 'three days ago' by 'either' IS 'or' a rival tribe, a "
        "clan gunfight in al-Khalis, a mortar in an empty lot ('causing no casualties'), a sit-in broken up, "
        "arrests in Hawija, a month's count, a planned deployment, 2017 background",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-m-08", "August 23", "2025-08-23", "Saturday"),
    ("dev-m-08", "on Thursday night", "2025-08-21", "Thursday"),
    ("dev-m-08", "three days ago / late on Wednesday", "2025-08-20", "Wednesday"),
    ("dev-m-08", "yesterday / On Friday", "2025-08-22", "Friday"),
    ("dev-m-08", "on Tuesday", "2025-08-19", "Tuesday"),
]

# =============================================================================
# dev-m-09  live blog — Iraq/Kurdistan Region: Khurmala and Sarsang oil fields, Erbil airport, Makhmour, Harir air base, Erbil city (Wed 16 Jul 2025)
# =============================================================================
T09 = """LIVE: Drones hit oil fields in Kurdistan Region, one downed near Erbil airport - latest

Erbil Herald | live updates | Wednesday 16 July 2025

07:45 - Good morning. We are following reports of several drone attacks in the Kurdistan Region overnight. Here is what we know so far.

07:55 - The Kurdistan Region's Ministry of Interior says a drone struck the Khurmala oil field, south-west of Erbil, at about 1:30 am, setting a storage tank on fire. No one was hurt, the ministry said.

08:20 - A coalition official tells us a second drone was shot down by the air defences of the US-led coalition near Erbil International Airport shortly after 3 am. Flights are operating normally.

09:05 - Officials at the Sarsang oil field in Duhok province, operated by a US company, say it was hit by two drones late last night, halting production. One worker was slightly injured by flying glass.

10:30 - Erbil's governor says "outlaw groups" in Iraq are behind the attacks. No group has claimed responsibility so far.

11:15 - Iraq's Joint Operations Command says the drones were launched from areas outside the Kurdistan Region and that an investigation is under way. A spokesman for Kataib Hezbollah denies that the group had anything to do with the attacks and blames "foreign intelligence services" for trying to sow discord.

12:40 - Some context: the region's oil fields have been targeted at least 10 times in the past two weeks, by the Kurdistan Regional Government's count. In January 2024, Iranian ballistic missiles destroyed a house in Erbil, killing a prominent businessman and members of his family.

13:30 - Peshmerga forces say they stopped a pickup near Makhmour early this morning and arrested its two passengers, who were carrying drone parts.

14:50 - A Telegram channel close to Iraq's armed factions has posted a statement from a previously unknown group calling itself Saraya Awliya al-Dam, claiming a drone attack on "the American occupation base" at Erbil airport.

15:40 - Security sources say two rockets landed in open ground near the Harir air base, north-east of Erbil, this afternoon. There were no casualties.

16:45 - Several hundred workers from the Khurmala field and their families are rallying outside the KRG's Ministry of Natural Resources in Erbil, demanding better protection for the oil fields.

17:20 - The US State Department condemns the attacks and says Washington will hold the perpetrators responsible if any American is harmed.

18:00 - We are closing this live page for today. Thank you for following.
"""

COAL09 = COALITION + ["air defences", "air defences of the US-led coalition", "coalition official"]
GROUP09 = ["Saraya Awliya al-Dam", "Saraya Awliya ad-Dam", "previously unknown group", "armed factions"]
FACTIONS09 = ["outlaw groups", "armed factions", "Iraqi armed factions"] + KH + PMF
OIL09 = ["oil field", "oil fields", "storage tank", "Kurdistan Regional Government", "KRG"]
PESH09 = ["Peshmerga", "Peshmerga forces", "Kurdistan Regional Government", "KRG", "Kurdish forces"]
# the oil fields lie tens of kilometres out of the cities they are placed by -> names and country only
KHURMALA = L(["Khurmala", "Khurmala oil field", "south-west of Erbil"], cc="IQ")
SARSANG = L(["Sarsang", "Sarsang oil field", "Duhok province", "Duhok"], cc="IQ")
EBL_AIRPORT = L(["Erbil International Airport", "Erbil airport", "Erbil", "American occupation base"], 36.24, 43.96, "IQ")
MAKHMOUR = L(["Makhmour", "Makhmur", "near Makhmour"], 35.78, 43.58, "IQ")
HARIR = L(["Harir air base", "Harir", "Harir base", "north-east of Erbil"], 36.54, 44.34, "IQ")
ERBIL = L(["Erbil", "Irbil", "Hewler", "Ministry of Natural Resources"], 36.19, 44.01, "IQ")
KRI = L(["Kurdistan Region", "Kurdistan Region of Iraq", "the region"], cc="IQ")
EH = ["Erbil Herald", "author"]
KRGMOI = ["Ministry of Interior", "Kurdistan Region's Ministry of Interior", "KRG Ministry of Interior", "ministry"]
TODAY09 = D("2025-07-16")
NIGHT09 = D("2025-07-15", "2025-07-16")
E09 = [
    # the first entry and the headline sum up the night -> aggregate copies
    E(
        False,
        "We are following reports of several drone attacks in the Kurdistan Region overnight",
        EXP,
        AIR,
        actor1=UNK,
        actor2=OIL09,
        location=KRI,
        date=NIGHT09,
        source=EH,
        aggregate=True,
    ),
    E(
        False,
        "Drones hit oil fields in Kurdistan Region",
        EXP,
        AIR,
        actor1=UNK,
        actor2=OIL09,
        location=KRI,
        date=NIGHT09,
        source=EH,
        aggregate=True,
    ),
    # "No one was hurt, the ministry said" -> 0..0 both; the tank is damage, not a casualty
    E(
        True,
        "a drone struck the Khurmala oil field, south-west of Erbil, at about 1:30 am, setting a storage tank on fire",
        EXP,
        AIR,
        actor1=UNK,
        actor2=OIL09 + ["Khurmala oil field"],
        location=KHURMALA,
        date=TODAY09,
        killed=R(0),
        injured=R(0),
        source=KRGMOI,
    ),
    # a passive with its agent; the object shot down has no named launcher -> unknown
    E(
        True,
        "a second drone was shot down by the air defences of the US-led coalition near Erbil International Airport shortly after 3 am",
        STR,
        DISRUPT,
        actor1=COAL09,
        actor2=UNK + ["drone", "second drone"],
        location=EBL_AIRPORT,
        date=TODAY09,
        source=["coalition official"] + EH,
    ),
    E(
        False,
        "one downed near Erbil airport",
        STR,
        DISRUPT,
        actor1=COAL09,
        actor2=UNK + ["drone"],
        location=EBL_AIRPORT,
        date=TODAY09,
        source=EH,
    ),
    # "late last night" -> both days; the injury is told in the entry's last sentence
    E(
        True,
        "Officials at the Sarsang oil field in Duhok province, operated by a US company, say it was hit by two drones late last night",
        EXP,
        AIR,
        actor1=UNK,
        actor2=OIL09 + ["Sarsang oil field", "US company", "worker"],
        location=SARSANG,
        date=NIGHT09,
        injured=R(1),
        source=["Officials at the Sarsang oil field", "officials"] + EH,
    ),
    # blame, origin and denial about the night's attacks as a whole -> non-core (aggregate / denied)
    E(
        False,
        'Erbil\'s governor says "outlaw groups" in Iraq are behind the attacks',
        EXP,
        AIR,
        actor1=FACTIONS09,
        actor2=OIL09,
        location=KRI,
        date=NIGHT09,
        source=["Erbil's governor", "governor"],
        aggregate=True,
    ),
    E(
        False,
        "the drones were launched from areas outside the Kurdistan Region",
        EXP,
        AIR,
        actor1=UNK,
        actor2=OIL09,
        location=KRI,
        date=NIGHT09,
        source=["Joint Operations Command"],
        aggregate=True,
    ),
    E(
        False,
        "A spokesman for Kataib Hezbollah denies that the group had anything to do with the attacks",
        EXP,
        AIR,
        actor1=KH,
        actor2=OIL09,
        location=KRI,
        date=NIGHT09,
        source=KH + ["spokesman for Kataib Hezbollah"],
        status="denied",
        aggregate=True,
    ),
    E(
        False,
        "the region's oil fields have been targeted at least 10 times in the past two weeks",
        EXP,
        AIR,
        actor1=UNK,
        actor2=OIL09,
        location=KRI,
        date=D("2025-07-02", "2025-07-16"),
        source=["Kurdistan Regional Government", "KRG"],
        aggregate=True,
    ),
    # background flagged "Some context"; ballistic missiles fired from the ground -> Shelling/artillery/missile
    E(
        False,
        "In January 2024, Iranian ballistic missiles destroyed a house in Erbil, killing a prominent businessman and members of his family",
        EXP,
        SHELL,
        actor1=IRAN + ["Iranian ballistic missiles"],
        actor2=CIV + ["businessman", "house", "family"],
        location=ERBIL,
        date=D("2024-01-01", "2024-01-31"),
        source=EH,
    ),
    E(
        True,
        "Peshmerga forces say they stopped a pickup near Makhmour early this morning and arrested its two passengers",
        STR,
        ARRESTS,
        actor1=PESH09,
        actor2=["two passengers", "passengers", "pickup"],
        location=MAKHMOUR,
        date=TODAY09,
        source=PESH09,
    ),
    # a claim of responsibility for an attack the blog tells only as a drone shot down -> the group's claim is
    # core and occurred, sourced to the group (a party's claim the writer cannot verify); undated in the entry,
    # tied to the night's attacks -> both days
    E(
        True,
        'a previously unknown group calling itself Saraya Awliya al-Dam, claiming a drone attack on "the American occupation base" at Erbil airport',
        EXP,
        AIR,
        actor1=GROUP09,
        actor2=COAL09 + ["American occupation base", "base"],
        location=EBL_AIRPORT,
        date=NIGHT09,
        source=GROUP09 + ["Telegram channel"],
    ),
    # rockets in open ground: no target named -> no actor2; "There were no casualties" -> 0..0 both
    E(
        True,
        "two rockets landed in open ground near the Harir air base, north-east of Erbil, this afternoon",
        EXP,
        SHELL,
        actor1=UNK,
        location=HARIR,
        date=TODAY09,
        killed=R(0),
        injured=R(0),
        source=["Security sources", "security sources"] + EH,
    ),
    E(
        True,
        "Several hundred workers from the Khurmala field and their families are rallying outside the KRG's Ministry of Natural Resources in Erbil",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["workers", "oil workers", "families"],
        location=ERBIL,
        date=TODAY09,
        source=EH,
    ),
    # a state's own conditional threat -> planned, no date (dev-l convention)
    E(
        False,
        "Washington will hold the perpetrators responsible if any American is harmed",
        EXP,
        AIR,
        actor1=USA + ["Washington", "US State Department"],
        actor2=FACTIONS09 + ["perpetrators"],
        location=KRI,
        source=["US State Department", "State Department"],
        status="planned",
    ),
    # no gold: "Flights are operating normally", "No group has claimed responsibility so far", "an investigation is
    # under way", "foreign intelligence services", the closing entry
]
DOCS.append(
    (
        "dev-m-09",
        "Erbil Herald (live blog)",
        "2025-07-16",
        "live blog",
        "Iraq/Kurdistan Region: a drone on the Khurmala field ('No one was hurt, the ministry said'), a drone 'shot "
        "down by' coalition air defences near Erbil airport (passive), two drones on Sarsang 'late last night' "
        "(injury in the entry's last sentence), a governor's blame, the JOC's origin, Kataib Hezbollah's denial, a "
        "'10 times' count, 2024 context, an arrest near Makhmour, an unknown group's claim, rockets near Harir "
        "('no casualties'), a workers' rally, a US threat",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-m-09", "Wednesday 16 July 2025", "2025-07-16", "Wednesday"),
    ("dev-m-09", "late last night (start)", "2025-07-15", "Tuesday"),
]

# =============================================================================
# dev-m-10  partisan outlet (Hezbollah-aligned) — Lebanon/the border villages: Bint Jbeil, Kfar Kila, Shebaa, Yaroun, the Kfarchouba hills, Houla (Fri 5 Dec 2025)
# =============================================================================
T10 = """Zionist enemy drone assassinates young man in Bint Jbeil; enemy blows up homes in Kfar Kila and kidnaps shepherd near Shebaa

SOUTHERN LEBANON, December 5 (Al-Janoub Today) - The Zionist enemy pressed on with its daily violations of Lebanese sovereignty, in flagrant breach of the ceasefire agreement, claiming a new martyr in Bint Jbeil and destroying more homes in the border villages.

At noon yesterday, an enemy drone fired a guided missile at a motorcycle on the main road of Bint Jbeil, martyring the young man Ali Hassan Bazzi, 27, and wounding a passer-by. The enemy army claimed in a statement that it had “eliminated a Hezbollah terrorist who was working to rebuild terrorist infrastructure”. Bazzi’s family said he was a mechanic with no military role.

At dawn today, enemy forces that infiltrated the eastern outskirts of Kfar Kila blew up three houses, our correspondent reported. The explosions were heard across the Marjayoun plain.

On Wednesday morning, enemy soldiers kidnapped the shepherd Mahmoud Zahra while he was grazing his flock on the outskirts of Shebaa, and took him to occupied Palestine. His fate remains unknown. UNIFIL said it was following up the case with the enemy army.

Last night, an enemy drone dropped a grenade on a bulldozer belonging to the municipality of Yaroun as it was clearing rubble, damaging it without causing injuries.

On Tuesday, shells fired by an enemy Merkava tank landed a few metres from a UNIFIL patrol in the Kfarchouba hills. UNIFIL said in a statement that none of its peacekeepers was hurt, describing the incident as “a serious violation of Resolution 1701”.

In Houla, a Lebanese army engineering unit yesterday dismantled an explosive device that the enemy had planted near the entrance to the town, the army command said.

Since the ceasefire came into force on November 27, 2024, the enemy has committed more than 7,000 violations by land, sea and air and killed more than 330 Lebanese, according to official figures.

A source in the resistance told Al-Janoub Today that “the patience of the resistance is not unlimited” and that the enemy “will pay the price” for its continued aggression. Observers expect the enemy to escalate its attacks in the coming days, as it tries to force Lebanon into direct negotiations.
"""

ISR10 = ISRAEL + ["Zionist enemy", "enemy", "enemy drone", "enemy army", "enemy forces", "enemy soldiers",
                  "Merkava tank", "enemy Merkava tank", "Israeli occupation"]
BAZZI = CIV + ["young man", "Ali Hassan Bazzi", "Bazzi", "motorcycle", "passer-by", "mechanic"]
UNIFIL = ["UNIFIL", "United Nations Interim Force in Lebanon", "UNIFIL patrol", "peacekeepers", "UN peacekeepers"]
RESIST10 = HEZB + ["resistance", "Islamic Resistance"]
BINT_JBEIL = L(["Bint Jbeil", "Bint Jbeil main road", "Bint Jubayl"], 33.12, 35.43, "LB")
KFAR_KILA = L(["Kfar Kila", "Kafr Kila", "Kfarkela", "eastern outskirts of Kfar Kila"], 33.28, 35.56, "LB")
SHEBAA = L(["Shebaa", "Shibaa", "Chebaa", "outskirts of Shebaa"], 33.35, 35.74, "LB")
# villages and hills we cannot pin to ~10 km -> names and country only
YAROUN = L(["Yaroun", "Yarun", "municipality of Yaroun"], cc="LB")
KFARCHOUBA = L(["Kfarchouba hills", "Kfarchouba", "Kfar Shouba", "Kfarshouba hills"], cc="LB")
HOULA = L(["Houla", "Hula", "entrance to the town"], cc="LB")
SOUTH_LB = L(["southern Lebanon", "Lebanon", "border villages"], cc="LB")
AJT = ["Al-Janoub Today", "our correspondent", "author"]
E10 = [
    # the dead man's identity is disputed (a young man, a mechanic / a Hezbollah operative) -> one core event with
    # every description in actor2, the enemy army's claim a non-core copy (dev-l-01); "martyring" -> killed
    E(
        True,
        "At noon yesterday, an enemy drone fired a guided missile at a motorcycle on the main road of Bint Jbeil, martyring the young man Ali Hassan Bazzi, 27, and wounding a passer-by",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=BAZZI + HEZB,
        location=BINT_JBEIL,
        date=D("2025-12-04"),
        killed=R(1),
        injured=R(1),
        source=AJT,
    ),
    E(
        False,
        "it had “eliminated a Hezbollah terrorist who was working to rebuild terrorist infrastructure”",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=HEZB + ["Hezbollah terrorist", "terrorist"],
        location=BINT_JBEIL,
        date=D("2025-12-04"),
        killed=R(1),
        source=["enemy army", "Israeli army", "IDF", "Israeli military", "statement"],
    ),
    E(
        False,
        "Zionist enemy drone assassinates young man in Bint Jbeil",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=BAZZI,
        location=BINT_JBEIL,
        date=D("2025-12-04"),
        killed=R(1),
        source=AJT,
    ),
    # houses blown up, no one hurt told -> Looting/property destruction
    E(
        True,
        "At dawn today, enemy forces that infiltrated the eastern outskirts of Kfar Kila blew up three houses",
        STR,
        LOOT,
        actor1=ISR10,
        actor2=CIV + ["three houses", "houses", "homes"],
        location=KFAR_KILA,
        date=D("2025-12-05"),
        source=AJT,
    ),
    E(
        False,
        "enemy blows up homes in Kfar Kila",
        STR,
        LOOT,
        actor1=ISR10,
        actor2=CIV + ["homes"],
        location=KFAR_KILA,
        date=D("2025-12-05"),
        source=AJT,
    ),
    # an abductee is no casualty -> no numbers; UNIFIL's follow-up is no event
    E(
        True,
        "enemy soldiers kidnapped the shepherd Mahmoud Zahra while he was grazing his flock on the outskirts of Shebaa",
        VAC,
        ABDUCT,
        actor1=ISR10,
        actor2=CIV + ["shepherd", "Mahmoud Zahra"],
        location=SHEBAA,
        date=D("2025-12-03"),
        source=AJT,
    ),
    E(
        False,
        "kidnaps shepherd near Shebaa",
        VAC,
        ABDUCT,
        actor1=ISR10,
        actor2=CIV + ["shepherd"],
        location=SHEBAA,
        date=D("2025-12-03"),
        source=AJT,
    ),
    # a grenade dropped by a drone -> Air/drone strike (any drone strike); "without causing injuries" -> injured
    # 0..0 only; "Last night" -> both days; the bulldozer stands for the municipality
    E(
        True,
        "an enemy drone dropped a grenade on a bulldozer belonging to the municipality of Yaroun as it was clearing rubble",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=CIV + ["bulldozer", "municipality of Yaroun", "municipality"],
        location=YAROUN,
        date=D("2025-12-04", "2025-12-05"),
        injured=R(0),
        source=AJT,
    ),
    # tank shells near peacekeepers -> Shelling; "none of its peacekeepers was hurt" -> 0..0 both
    E(
        True,
        "shells fired by an enemy Merkava tank landed a few metres from a UNIFIL patrol in the Kfarchouba hills",
        EXP,
        SHELL,
        actor1=ISR10,
        actor2=UNIFIL,
        location=KFARCHOUBA,
        date=D("2025-12-02"),
        killed=R(0),
        injured=R(0),
        source=UNIFIL + AJT,
    ),
    # a device dismantled -> Disrupted weapons use
    E(
        True,
        "a Lebanese army engineering unit yesterday dismantled an explosive device that the enemy had planted near the entrance to the town",
        STR,
        DISRUPT,
        actor1=LAF + ["Lebanese army engineering unit", "engineering unit", "army command"],
        actor2=ISR10 + ["explosive device"],
        location=HOULA,
        date=D("2025-12-04"),
        source=["army command", "Lebanese army"] + AJT,
    ),
    # background and tallies -> non-core
    E(
        False,
        "the ceasefire came into force on November 27, 2024",
        STR,
        AGREE,
        actor1=ISRAEL + ["Lebanon", "Lebanese government"] + HEZB,
        actor2=["Lebanon", "Lebanese government"] + HEZB + ISRAEL,
        location=SOUTH_LB,
        date=D("2024-11-27"),
        source=AJT,
    ),
    E(
        False,
        "the enemy has committed more than 7,000 violations by land, sea and air and killed more than 330 Lebanese",
        EXP,
        AIR,
        actor1=ISR10,
        actor2=CIV + ["Lebanese"],
        location=SOUTH_LB,
        date=D("2024-11-27", "2025-12-05"),
        killed=R(331, None),
        source=["official figures"] + AJT,
        aggregate=True,
    ),
    # the resistance's threat -> planned; the observers' forecast -> hypothetical
    E(
        False,
        "the enemy “will pay the price” for its continued aggression",
        EXP,
        SHELL,
        actor1=RESIST10,
        actor2=ISR10,
        source=["source in the resistance", "resistance"] + HEZB,
        status="planned",
    ),
    E(
        False,
        "Observers expect the enemy to escalate its attacks in the coming days",
        EXP,
        AIR,
        actor1=ISR10,
        location=SOUTH_LB,
        source=["Observers", "observers"],
        status="hypothetical",
    ),
    # no gold: "daily violations", "claiming a new martyr" (the lead's summary), the family's rebuttal (inside the
    # disputed actor2), "The explosions were heard", "His fate remains unknown", UNIFIL's follow-up and its
    # "serious violation", "the patience of the resistance is not unlimited"
]
DOCS.append(
    (
        "dev-m-10",
        "Al-Janoub Today",
        "2025-12-05",
        "partisan outlet (Hezbollah-aligned)",
        "Lebanon/border villages: a drone kills a man on a motorcycle in Bint Jbeil ('martyring'; the enemy army's "
        "'terrorist' claim and the family's 'mechanic'), houses blown up in Kfar Kila, a shepherd kidnapped near "
        "Shebaa, a drone grenade on a bulldozer ('without causing injuries'), tank shells near a UNIFIL patrol "
        "('none ... was hurt'), a device dismantled in Houla, the 2024 ceasefire, a tally, a threat, a forecast",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-m-10", "December 5 / At dawn today", "2025-12-05", "Friday"),
    ("dev-m-10", "At noon yesterday / Last night (start)", "2025-12-04", "Thursday"),
    ("dev-m-10", "On Wednesday morning", "2025-12-03", "Wednesday"),
    ("dev-m-10", "On Tuesday", "2025-12-02", "Tuesday"),
]

# =============================================================================
# dev-m-11  wire service — Gaza Strip/Khan Younis and Rafah: al-Mawasi, a Rafah aid site, Bani Suheila, Abasan al-Kabira (Mon 30 Jun 2025)
# =============================================================================
T11 = """Israeli strikes on tents kill 14 in Khan Younis; fire near Rafah aid site kills or wounds some 30, Gaza officials say

CAIRO, June 30 (Nile Wire) - Israeli air strikes on tents sheltering displaced families in al-Mawasi, west of Khan Younis, killed at least 14 people overnight, among them six children, Gaza health officials said.

Nasser Hospital, where the dead were taken, said more than 20 people were wounded. The Israeli military said it had struck "a Hamas terrorist cell operating from within the humanitarian area" and was reviewing reports of civilian casualties.

Israeli fire near an aid distribution site in Rafah killed or wounded some 30 people on Sunday morning, the Gaza Civil Defence said. Witnesses said troops opened fire as crowds moved towards the site, run by the US-backed Gaza Humanitarian Foundation, before it opened. The foundation said there had been no incidents at or near its site and accused Hamas of spreading false reports. The Israeli military said it was looking into the reports.

In Bani Suheila, east of Khan Younis, Israeli troops blew up a row of residential buildings on Saturday, residents said.

The armed wing of Hamas, the Qassam Brigades, said its fighters had detonated an explosive device under an Israeli armoured vehicle in the Abasan al-Kabira area, east of Khan Younis, on Friday. It said they then attacked a force that rushed to the scene with machine guns and anti-tank rockets, "killing and wounding" soldiers. The Israeli military announced that a soldier had been killed in combat in southern Gaza on Friday, without giving details.

Gaza's Health Ministry says more than 56,000 Palestinians have been killed in the territory since October 2023. At least 500 people have been killed near aid sites since the foundation began operating in late May, according to the UN human rights office.

Egyptian and Qatari mediators were due to present a new ceasefire proposal this week, an Egyptian official said, adding that a 60-day truce and an exchange of hostages for prisoners could be agreed "within days" if both sides showed flexibility.
"""

ISR11 = ISRAEL + ["Israeli air strikes", "Israeli fire", "troops", "Israeli troops"]
DISPLACED11 = CIV + ["displaced families", "tents", "six children", "14 people"]
AIDSEEK11 = CIV + ["crowds", "aid seekers", "people", "30 people"]
HAMAS11 = HAMAS + ["its fighters", "fighters", "Hamas terrorist cell", "terrorist cell"]
ISRVEH11 = ISRAEL + ["Israeli armoured vehicle", "armoured vehicle", "force", "soldiers"]
MAWASI = L(["al-Mawasi", "Mawasi", "west of Khan Younis", "Khan Younis", "humanitarian area"], 31.34, 34.30, "PS")
RAFAH = L(["Rafah", "aid distribution site", "aid site", "Rafah aid site"], 31.28, 34.25, "PS")
BANI_SUHEILA = L(["Bani Suheila", "Bani Suhaila", "Bani Suhayla", "east of Khan Younis", "Khan Younis"], 31.34, 34.32,
                 "PS")
ABASAN = L(["Abasan al-Kabira", "Abasan", "east of Khan Younis", "Khan Younis"], 31.32, 34.34, "PS")
GAZA11 = L(["Gaza", "Gaza Strip", "the territory"], cc="PS")
NW = ["Nile Wire", "author"]
HEALTH11 = ["Gaza health officials", "health officials", "Nasser Hospital", "Gaza Health Ministry"]
IDF11 = ["Israeli military", "IDF", "Israeli army"]
QASSAM11 = HAMAS + ["armed wing of Hamas"]
NIGHT11 = D("2025-06-29", "2025-06-30")
E11 = [
    # "at least 14" -> 14..open; the hospital's wounded in the next sentence ("more than 20" -> 21..open); the
    # army's version names another target (a Hamas cell) -> its own core event (dev-l-10)
    E(
        True,
        "Israeli air strikes on tents sheltering displaced families in al-Mawasi, west of Khan Younis, killed at least 14 people overnight, among them six children",
        EXP,
        AIR,
        actor1=ISR11,
        actor2=DISPLACED11,
        location=MAWASI,
        date=NIGHT11,
        killed=R(14, None),
        injured=R(21, None),
        source=HEALTH11 + NW,
    ),
    E(
        True,
        'it had struck "a Hamas terrorist cell operating from within the humanitarian area"',
        EXP,
        AIR,
        actor1=ISR11,
        actor2=HAMAS11,
        location=MAWASI,
        date=NIGHT11,
        source=IDF11,
    ),
    E(
        False,
        "Israeli strikes on tents kill 14 in Khan Younis",
        EXP,
        AIR,
        actor1=ISR11,
        actor2=DISPLACED11,
        location=MAWASI,
        date=NIGHT11,
        killed=R(14),
        source=NW,
    ),
    # "killed or wounded some 30" -> casualties 30..30 (killed and wounded not split); fire on crowds seeking
    # aid -> Violence against civilians/Attack; the witnesses' detail -> a non-core copy; the foundation's "no
    # incidents" -> non-core denied
    E(
        True,
        "Israeli fire near an aid distribution site in Rafah killed or wounded some 30 people on Sunday morning",
        VAC,
        ATTACK,
        actor1=ISR11,
        actor2=AIDSEEK11,
        location=RAFAH,
        date=D("2025-06-29"),
        casualties=R(30),
        source=["Gaza Civil Defence", "Civil Defence"] + NW,
    ),
    E(
        False,
        "Witnesses said troops opened fire as crowds moved towards the site",
        VAC,
        ATTACK,
        actor1=ISR11,
        actor2=AIDSEEK11,
        location=RAFAH,
        date=D("2025-06-29"),
        source=["Witnesses", "witnesses"],
    ),
    E(
        False,
        "The foundation said there had been no incidents at or near its site",
        VAC,
        ATTACK,
        actor1=ISR11,
        actor2=AIDSEEK11,
        location=RAFAH,
        date=D("2025-06-29"),
        source=["Gaza Humanitarian Foundation", "foundation", "GHF"],
        status="denied",
    ),
    E(
        False,
        "fire near Rafah aid site kills or wounds some 30",
        VAC,
        ATTACK,
        actor1=ISR11,
        actor2=AIDSEEK11,
        location=RAFAH,
        date=D("2025-06-29"),
        casualties=R(30),
        source=NW,
    ),
    E(
        True,
        "Israeli troops blew up a row of residential buildings on Saturday",
        STR,
        LOOT,
        actor1=ISR11,
        actor2=CIV + ["residential buildings", "row of residential buildings"],
        location=BANI_SUHEILA,
        date=D("2025-06-28"),
        source=["residents"] + NW,
    ),
    # the group's claim, two acts in two sentences (a bomb, then an attack on the rescue force) -> two core events
    # sourced to it; "killing and wounding" soldiers with no figure -> no numbers. The army's announcement of a
    # soldier killed "in southern Gaza" is not tied to the place -> a non-core copy
    E(
        True,
        "its fighters had detonated an explosive device under an Israeli armoured vehicle in the Abasan al-Kabira area, east of Khan Younis, on Friday",
        EXP,
        IED,
        actor1=HAMAS11,
        actor2=ISRVEH11,
        location=ABASAN,
        date=D("2025-06-27"),
        source=QASSAM11,
    ),
    E(
        True,
        'they then attacked a force that rushed to the scene with machine guns and anti-tank rockets, "killing and wounding" soldiers',
        BAT,
        CLASH,
        actor1=HAMAS11 + ISRVEH11,
        actor2=ISRVEH11 + HAMAS11,
        location=ABASAN,
        date=D("2025-06-27"),
        source=QASSAM11,
    ),
    E(
        False,
        "a soldier had been killed in combat in southern Gaza on Friday",
        BAT,
        CLASH,
        actor1=HAMAS + ISRAEL,
        actor2=ISRAEL + ["soldier"] + HAMAS,
        location=L(["southern Gaza", "Gaza"], cc="PS"),
        date=D("2025-06-27"),
        killed=R(1),
        source=IDF11,
    ),
    # tallies -> aggregates
    E(
        False,
        "more than 56,000 Palestinians have been killed in the territory since October 2023",
        EXP,
        AIR,
        actor1=ISR11,
        actor2=CIV + ["Palestinians"],
        location=GAZA11,
        date=D("2023-10-01", "2025-06-30"),
        killed=R(56001, None),
        source=["Gaza's Health Ministry", "Health Ministry"],
        aggregate=True,
    ),
    E(
        False,
        "At least 500 people have been killed near aid sites since the foundation began operating in late May",
        VAC,
        ATTACK,
        actor1=ISR11,
        actor2=AIDSEEK11,
        location=GAZA11,
        date=D("2025-05-21", "2025-06-30"),
        killed=R(500, None),
        source=["UN human rights office", "OHCHR"],
        aggregate=True,
    ),
    # a mediator's conditional -> hypothetical
    E(
        False,
        'a 60-day truce and an exchange of hostages for prisoners could be agreed "within days" if both sides showed flexibility',
        STR,
        AGREE,
        actor1=ISRAEL + HAMAS,
        actor2=HAMAS + ISRAEL,
        location=GAZA11,
        source=["Egyptian official"],
        status="hypothetical",
    ),
    # no gold: "was reviewing reports of civilian casualties", "was looking into the reports", the accusation of
    # false reports (no act), the proposal to be presented (no act)
]
DOCS.append(
    (
        "dev-m-11",
        "Nile Wire",
        "2025-06-30",
        "wire service",
        "Gaza/Khan Younis and Rafah: night strikes on tents in al-Mawasi ('at least 14' dead, the hospital's "
        "'more than 20' wounded next sentence) and the army's 'Hamas cell', fire near a Rafah aid site that 'killed "
        "or wounded some 30' with witnesses and the foundation's denial, buildings blown up, the Qassam Brigades' "
        "claim of a bomb and an attack, a soldier killed, two tallies, a conditional truce",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-m-11", "June 30", "2025-06-30", "Monday"),
    ("dev-m-11", "on Sunday morning / overnight (start)", "2025-06-29", "Sunday"),
    ("dev-m-11", "on Saturday", "2025-06-28", "Saturday"),
    ("dev-m-11", "on Friday", "2025-06-27", "Friday"),
]

# =============================================================================
# dev-m-12  partisan outlet (Palestinian) — West Bank/Tubas, Jenin, Nablus: al-Far'a camp, Jenin camp, Burin (Wed 5 Feb 2025)
# =============================================================================
T12 = """Two young men martyred in occupation drone strike on al-Far'a camp; colonists torch vehicles in Burin

TUBAS, February 5 (Palestine Voice Agency) - Two young men were martyred this morning when an occupation drone bombed a group of citizens in al-Far'a refugee camp, south of Tubas, as occupation forces stormed the camp with dozens of military vehicles and bulldozers.

The Palestine Red Crescent Society said its crews recovered the bodies of the two martyrs, aged 19 and 22, and treated three other young men for shrapnel wounds. The occupation army claimed that it had struck "an armed terrorist cell" that had "posed a threat to the forces".

Local sources said resistance fighters confronted the storming forces with gunfire in the camp's main street. The Tubas Battalion of the Al-Quds Brigades said its fighters had detonated an explosive device on a military vehicle at the entrance of the camp and "achieved confirmed hits".

In Jenin, the occupation's aggression on the city and its camp entered its 16th day. On Sunday evening, occupation forces blew up some 20 residential buildings in the camp at once, sending a cloud of smoke over the city.

Occupation forces arrested 25 citizens overnight in raids across the Nablus, Jenin and Tubas governorates, among them a journalist and two former prisoners, the Palestinian Prisoners' Society said.

Yesterday evening, colonists protected by occupation soldiers attacked the village of Burin, south of Nablus, setting fire to two vehicles and a house and beating an elderly man, who was taken to hospital with bruises to his head.

Since the start of the aggression on Jenin on January 21, the occupation has killed 25 citizens in the governorate and forced some 20,000 people from their homes in the camp, according to the governor of Jenin.

Occupation Defence Minister Israel Katz said the army would stay in the Jenin camp "after the operation ends" and threatened to extend the operation to other camps in the northern West Bank.

The Jenin camp has been a symbol of resistance since April 2002, when occupation forces besieged it for ten days and destroyed its centre, martyring dozens of its residents.
"""

ISR12 = ISRAEL + ["occupation", "occupation drone", "occupation forces", "occupation army", "storming forces",
                  "occupation soldiers", "Israeli occupation", "military vehicle"]
CITIZENS12 = CIV + ["group of citizens", "citizens", "two young men", "young men", "martyrs"]
RESIST12 = ["resistance fighters", "Tubas Battalion", "Al-Quds Brigades", "al-Quds Brigades", "Palestinian Islamic Jihad",
            "Islamic Jihad", "its fighters", "fighters", "armed terrorist cell"]
SETTLERS12 = ["colonists", "settlers", "Israeli settlers", "Jewish settlers"]
FARA = L(["al-Far'a", "al-Far'a refugee camp", "al-Far'a camp", "Far'a camp", "al-Faraa", "Fara'a camp", "south of Tubas",
          "Tubas"], 32.29, 35.34, "PS")
JENIN_CAMP = L(["Jenin", "Jenin camp", "Jenin refugee camp", "the camp"], 32.46, 35.29, "PS")
THREE_GOVS = L(["Nablus", "Jenin", "Tubas", "Nablus, Jenin and Tubas governorates", "West Bank"], cc="PS")
BURIN = L(["Burin", "Bureen", "south of Nablus", "Nablus"], 32.22, 35.26, "PS")
NWB = L(["northern West Bank", "West Bank"], cc="PS")
PVA = ["Palestine Voice Agency", "author"]
TODAY12 = D("2025-02-05")
E12 = [
    # the dead are one group told two ways (citizens / "an armed terrorist cell") -> one core event with both in
    # actor2 and the army's claim a non-core copy (dev-l-01); the Red Crescent's toll in the next sentence adds
    # three wounded
    E(
        True,
        "Two young men were martyred this morning when an occupation drone bombed a group of citizens in al-Far'a refugee camp, south of Tubas",
        EXP,
        AIR,
        actor1=ISR12,
        actor2=CITIZENS12 + ["armed terrorist cell"],
        location=FARA,
        date=TODAY12,
        killed=R(2),
        injured=R(3),
        source=["Palestine Red Crescent Society", "Red Crescent"] + PVA,
    ),
    E(
        False,
        'it had struck "an armed terrorist cell" that had "posed a threat to the forces"',
        EXP,
        AIR,
        actor1=ISR12,
        actor2=RESIST12,
        location=FARA,
        date=TODAY12,
        source=["occupation army", "Israeli army", "IDF", "Israeli military"],
    ),
    E(
        False,
        "Two young men martyred in occupation drone strike on al-Far'a camp",
        EXP,
        AIR,
        actor1=ISR12,
        actor2=CITIZENS12,
        location=FARA,
        date=TODAY12,
        killed=R(2),
        source=PVA,
    ),
    E(
        True,
        "resistance fighters confronted the storming forces with gunfire in the camp's main street",
        BAT,
        CLASH,
        actor1=RESIST12 + ISR12,
        actor2=ISR12 + RESIST12,
        location=FARA,
        date=TODAY12,
        source=["Local sources", "local sources"] + PVA,
    ),
    # the group's claim -> core, sourced to it; undated in its sentence, tied to the raid told above
    E(
        True,
        "its fighters had detonated an explosive device on a military vehicle at the entrance of the camp",
        EXP,
        IED,
        actor1=RESIST12,
        actor2=ISR12,
        location=FARA,
        date=TODAY12,
        source=["Tubas Battalion", "Al-Quds Brigades"],
    ),
    E(
        False,
        "the occupation's aggression on the city and its camp entered its 16th day",
        BAT,
        CLASH,
        actor1=ISR12,
        actor2=RESIST12,
        location=JENIN_CAMP,
        date=D("2025-01-21", "2025-02-05"),
        source=PVA,
        aggregate=True,
    ),
    # buildings blown up, no one hurt told -> Looting/property destruction
    E(
        True,
        "On Sunday evening, occupation forces blew up some 20 residential buildings in the camp at once",
        STR,
        LOOT,
        actor1=ISR12,
        actor2=CIV + ["residential buildings", "20 residential buildings"],
        location=JENIN_CAMP,
        date=D("2025-02-02"),
        source=PVA,
    ),
    # raids in three governorates in one night -> one event, names and country only (dev-l-15)
    E(
        True,
        "Occupation forces arrested 25 citizens overnight in raids across the Nablus, Jenin and Tubas governorates",
        STR,
        ARRESTS,
        actor1=ISR12,
        actor2=CIV + ["25 citizens", "citizens", "journalist", "former prisoners"],
        location=THREE_GOVS,
        date=D("2025-02-04", "2025-02-05"),
        source=["Palestinian Prisoners' Society", "Prisoners' Society"] + PVA,
    ),
    # settlers (an identity militia) attacking a village: arson and a beating -> Violence against civilians/Attack
    E(
        True,
        "Yesterday evening, colonists protected by occupation soldiers attacked the village of Burin, south of Nablus, setting fire to two vehicles and a house and beating an elderly man",
        VAC,
        ATTACK,
        actor1=SETTLERS12,
        actor2=CIV + ["village of Burin", "elderly man", "residents"],
        location=BURIN,
        date=D("2025-02-04"),
        injured=R(1),
        source=PVA,
    ),
    E(
        False,
        "colonists torch vehicles in Burin",
        VAC,
        ATTACK,
        actor1=SETTLERS12,
        actor2=CIV + ["vehicles"],
        location=BURIN,
        date=D("2025-02-04"),
        source=PVA,
    ),
    E(
        False,
        "the occupation has killed 25 citizens in the governorate",
        BAT,
        CLASH,
        actor1=ISR12,
        actor2=CIV + RESIST12,
        location=L(["Jenin", "Jenin governorate"], cc="PS"),
        date=D("2025-01-21", "2025-02-05"),
        killed=R(25),
        source=["governor of Jenin", "governor"],
        aggregate=True,
    ),
    # a minister's threat -> planned, no date
    E(
        False,
        "threatened to extend the operation to other camps in the northern West Bank",
        BAT,
        CLASH,
        actor1=ISR12 + ["Israel Katz", "Defence Minister"],
        actor2=RESIST12,
        location=NWB,
        source=["Israel Katz", "Occupation Defence Minister"],
        status="planned",
    ),
    # background, April 2002; "dozens" -> 24..open
    E(
        False,
        "occupation forces besieged it for ten days and destroyed its centre, martyring dozens of its residents",
        BAT,
        CLASH,
        actor1=ISR12,
        actor2=CIV + RESIST12 + ["residents"],
        location=JENIN_CAMP,
        date=D("2002-04-01", "2002-04-30"),
        killed=R(24, None),
        source=PVA,
    ),
    # no gold: the smoke over the city, the displaced (no act), the army staying "after the operation ends" (no
    # new act), "a symbol of resistance"
]
DOCS.append(
    (
        "dev-m-12",
        "Palestine Voice Agency",
        "2025-02-05",
        "partisan outlet (Palestinian)",
        "West Bank/Tubas, Jenin, Nablus: a drone kills two in al-Far'a camp ('martyred'; the Red Crescent's wounded "
        "next sentence; the army's 'armed terrorist cell'), a firefight and the Al-Quds Brigades' bomb claim, 20 "
        "buildings blown up in Jenin camp, 25 arrested in three governorates, a settler attack on Burin, the "
        "operation's 16th day and a governor's tally, a minister's threat, 2002 background",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-m-12", "February 5", "2025-02-05", "Wednesday"),
    ("dev-m-12", "Yesterday evening / overnight (start)", "2025-02-04", "Tuesday"),
    ("dev-m-12", "On Sunday evening", "2025-02-02", "Sunday"),
]

# =============================================================================
# dev-m-13  partisan outlet (Houthi-aligned) — Yemen/Marib and al-Jawf: the al-Kassara front in Sirwah, al-Yatamah, al-Ghayl, al-Hazm, Marib city (Mon 21 Apr 2025)
# =============================================================================
T13 = """Army repels large mercenary attack on Sirwah front, killing and wounding dozens; American aggression launches raids on al-Jawf

SANAA, April 21 (Yemen Resistance News) - The Yemeni armed forces, backed by the popular committees, yesterday repelled a large attack by the mercenaries of the US-Saudi aggression on the al-Kassara front in Sirwah district, west of Marib governorate, killing and wounding dozens of them, a military source said.

The source told our agency that the mercenaries, backed by armoured vehicles, tried to advance on the army's positions at dawn, and that the heroes of the army confronted them for four hours, destroying two armoured vehicles and forcing the rest to flee, leaving their dead on the battlefield.

The mercenaries' media, as usual, claimed a fabricated victory, saying their forces had repelled an attack by "the Houthi militia" in Sirwah and killed 12 of our fighters - a lie refuted by the facts on the ground.

In al-Jawf, the aircraft of the American aggression launched three raids on the al-Yatamah area of Khabb wa al-Shaaf district on Saturday night, damaging farms and citizens' homes. The aggression has launched 28 raids on al-Jawf and Marib this month, in support of its mercenaries.

The mercenaries' artillery also shelled houses in the al-Ghayl district of al-Jawf yesterday afternoon, martyring a woman and her daughter and wounding three children, the health office in the governorate said.

The security services arrested a cell of five people in the city of al-Hazm who were gathering the coordinates of military sites and passing them to the American enemy, a security source said.

The mercenary media also claimed that our forces fired a ballistic missile at a residential neighbourhood of Marib city on Thursday, killing four civilians. A military source denied the claim, describing it as "a cheap fabrication" aimed at covering up the crimes of the aggression.

The armed forces warned that they would respond to any escalation on the Marib fronts "with unexpected force".

The army and popular committees liberated the city of al-Hazm in March 2020 after years of occupation by the mercenaries of the aggression.
"""

HOU13 = HOUTHI + ["Yemeni armed forces", "armed forces", "popular committees", "army and popular committees",
                  "the army", "our forces", "our fighters", "security services", "Houthi militia"]
MERC13 = YEGOV + ["mercenaries of the US-Saudi aggression", "mercenaries", "mercenaries' artillery", "their forces",
                  "Military Forces of Yemen"]
US13 = USA + ["American aggression", "aircraft of the American aggression", "US aggression", "aggression",
              "American enemy"]
# districts and fronts we cannot pin to ~10 km -> names and country only
SIRWAH = L(["al-Kassara front", "al-Kassara", "Sirwah", "Sirwah district", "west of Marib governorate", "Marib"],
           cc="YE")
YATAMAH = L(["al-Yatamah", "Yatamah", "al-Yatama", "Khabb wa al-Shaaf", "al-Jawf"], cc="YE")
GHAYL = L(["al-Ghayl", "al-Ghail", "al-Ghayl district", "al-Jawf"], cc="YE")
HAZM = L(["al-Hazm", "al-Hazm city", "Hazm"], 16.16, 44.78, "YE")
MARIB_CITY = L(["Marib", "Marib city", "Ma'rib"], 15.46, 45.32, "YE")
JAWF_MARIB = L(["al-Jawf", "Marib", "al-Jawf and Marib"], cc="YE")
YRN = ["Yemen Resistance News", "our agency", "author"]
MILSRC13 = ["military source"] + YRN
GOVMEDIA13 = ["mercenaries' media", "mercenary media", "Yemeni government media", "government media"] + YEGOV
SUN13 = D("2025-04-20")
E13 = [
    # two versions with their own triggers and tolls -> one core event each: the outlet's ("killing and wounding
    # dozens", not split -> casualties 24..open) and the government media's (12 Houthi fighters killed, one
    # side -> 12..open); the outlet's "a lie refuted" -> non-core denied; the source's detail -> a non-core copy
    E(
        True,
        "The Yemeni armed forces, backed by the popular committees, yesterday repelled a large attack by the mercenaries of the US-Saudi aggression on the al-Kassara front in Sirwah district, west of Marib governorate, killing and wounding dozens of them",
        BAT,
        CLASH,
        actor1=HOU13 + MERC13,
        actor2=MERC13 + HOU13,
        location=SIRWAH,
        date=SUN13,
        casualties=R(24, None),
        source=MILSRC13,
    ),
    E(
        False,
        "the heroes of the army confronted them for four hours, destroying two armoured vehicles and forcing the rest to flee",
        BAT,
        CLASH,
        actor1=HOU13 + MERC13,
        actor2=MERC13 + HOU13,
        location=SIRWAH,
        date=SUN13,
        source=MILSRC13,
    ),
    E(
        False,
        "Army repels large mercenary attack on Sirwah front, killing and wounding dozens",
        BAT,
        CLASH,
        actor1=HOU13 + MERC13,
        actor2=MERC13 + HOU13,
        location=SIRWAH,
        date=SUN13,
        casualties=R(24, None),
        source=YRN,
    ),
    E(
        True,
        'their forces had repelled an attack by "the Houthi militia" in Sirwah and killed 12 of our fighters',
        BAT,
        CLASH,
        actor1=MERC13 + HOU13,
        actor2=HOU13 + MERC13,
        location=SIRWAH,
        date=SUN13,
        killed=R(12, None),
        source=GOVMEDIA13,
    ),
    E(
        False,
        "a lie refuted by the facts on the ground",
        BAT,
        CLASH,
        actor1=MERC13,
        actor2=HOU13,
        location=SIRWAH,
        date=SUN13,
        source=YRN,
        status="denied",
    ),
    # three raids on one area in one night -> one event; "on Saturday night" -> both days; farms and homes ->
    # civilians' property as the target
    E(
        True,
        "the aircraft of the American aggression launched three raids on the al-Yatamah area of Khabb wa al-Shaaf district on Saturday night",
        EXP,
        AIR,
        actor1=US13,
        actor2=CIV + ["farms", "citizens' homes", "citizens"],
        location=YATAMAH,
        date=D("2025-04-19", "2025-04-20"),
        source=YRN,
    ),
    E(
        False,
        "American aggression launches raids on al-Jawf",
        EXP,
        AIR,
        actor1=US13,
        location=YATAMAH,
        date=D("2025-04-19", "2025-04-20"),
        source=YRN,
    ),
    E(
        False,
        "The aggression has launched 28 raids on al-Jawf and Marib this month",
        EXP,
        AIR,
        actor1=US13,
        location=JAWF_MARIB,
        date=D("2025-04-01", "2025-04-21"),
        source=YRN,
        aggregate=True,
    ),
    E(
        True,
        "The mercenaries' artillery also shelled houses in the al-Ghayl district of al-Jawf yesterday afternoon, martyring a woman and her daughter and wounding three children",
        EXP,
        SHELL,
        actor1=MERC13,
        actor2=CIV + ["houses", "woman", "daughter", "three children"],
        location=GHAYL,
        date=SUN13,
        killed=R(2),
        injured=R(3),
        source=["health office", "health office in the governorate"] + YRN,
    ),
    # nothing dates the arrest -> no date; the place makes it core
    E(
        True,
        "The security services arrested a cell of five people in the city of al-Hazm",
        STR,
        ARRESTS,
        actor1=HOU13,
        actor2=["cell of five people", "cell", "five people", "spies"] + US13,
        location=HAZM,
        source=["security source"] + YRN,
    ),
    # the other side's claim relayed by a hostile outlet -> core, occurred, sourced to the claimant; the denial ->
    # non-core denied (dev-l-14); a ballistic missile fired from the ground -> Shelling/artillery/missile attack
    E(
        True,
        "our forces fired a ballistic missile at a residential neighbourhood of Marib city on Thursday, killing four civilians",
        EXP,
        SHELL,
        actor1=HOU13,
        actor2=CIV + ["residential neighbourhood", "four civilians"],
        location=MARIB_CITY,
        date=D("2025-04-17"),
        killed=R(4),
        source=GOVMEDIA13,
    ),
    E(
        False,
        "A military source denied the claim",
        EXP,
        SHELL,
        actor1=HOU13,
        actor2=CIV,
        location=MARIB_CITY,
        date=D("2025-04-17"),
        source=MILSRC13,
        status="denied",
    ),
    E(
        False,
        'they would respond to any escalation on the Marib fronts "with unexpected force"',
        BAT,
        CLASH,
        actor1=HOU13,
        actor2=MERC13,
        location=L(["Marib fronts", "Marib"], cc="YE"),
        source=["armed forces"] + HOUTHI,
        status="planned",
    ),
    # background, March 2020 -> non-core
    E(
        False,
        "The army and popular committees liberated the city of al-Hazm in March 2020",
        BAT,
        NSAOVER,
        actor1=HOU13,
        actor2=MERC13,
        location=HAZM,
        date=D("2020-03-01", "2020-03-31"),
        source=YRN,
    ),
    # no gold: "a fabricated victory" and "a cheap fabrication" (labels; the denial is coded on its clause),
    # "leaving their dead on the battlefield" (inside the clash), "in support of its mercenaries"
]
DOCS.append(
    (
        "dev-m-13",
        "Yemen Resistance News",
        "2025-04-21",
        "partisan outlet (Houthi-aligned)",
        "Yemen/Marib and al-Jawf: a clash on the al-Kassara front in two versions ('killing and wounding dozens' / "
        "'killed 12 of our fighters') with the outlet's 'lie' denial, three US raids on al-Yatamah as one event "
        "and a month's '28 raids', shelling in al-Ghayl (mother and daughter killed, three children hurt), a "
        "spy cell arrested (no date), the government's missile claim and its denial, a threat, 2020 background",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-m-13", "April 21", "2025-04-21", "Monday"),
    ("dev-m-13", "yesterday / yesterday afternoon", "2025-04-20", "Sunday"),
    ("dev-m-13", "on Saturday night", "2025-04-19", "Saturday"),
    ("dev-m-13", "on Thursday", "2025-04-17", "Thursday"),
]

# =============================================================================
# dev-m-14  wire service (maritime) — the Red Sea and Bab al-Mandab: off Mokha, off Hodeidah, the strait; Israel: Ben Gurion airport (Thu 10 Jul 2025)
# =============================================================================
T14 = """Bulk carrier hit off Mokha as Houthis claim attack; EU frigate downs drone near Bab al-Mandab

DUBAI, July 10 (Gulf Maritime Wire) - A Liberia-flagged bulk carrier was struck by an unknown projectile about 50 nautical miles south-west of the Yemeni port of Mokha on Wednesday evening, starting a fire in its engine room, the British military's United Kingdom Maritime Trade Operations (UKMTO) centre said.

All 22 crew members were unharmed and the vessel was proceeding to its next port of call, UKMTO said, citing the ship's master.

Yemen's Houthis claimed responsibility hours later. Their military spokesman, Yahya Saree, said in a televised statement that the group had targeted the ship, which he named as the Aurora Bay, with "a ballistic missile and two drones" because other vessels of the same owner had called at Israeli ports.

Saree also said the group had fired a "hypersonic" ballistic missile at Ben Gurion airport near Tel Aviv on Wednesday night. The Israeli military said it had intercepted a missile launched from Yemen, and sirens sounded in Tel Aviv and Jerusalem. There were no reports of injuries.

Early on Thursday, a frigate of the European Union's Operation Aspides shot down a drone that was approaching a container ship near the Bab al-Mandab strait, the mission said in a statement.

Separately, the master of a Greek-owned tanker reported that a skiff carrying five armed men approached his vessel 20 nautical miles west of Hodeidah on Tuesday and exchanged fire with the ship's armed security team before turning away, UKMTO said. No injuries were reported on board.

The Houthis sank two bulk carriers earlier this week, their first sinkings since 2024, killing at least four seafarers. The group has attacked more than 100 merchant ships since November 2023, saying it acts in solidarity with the Palestinians in Gaza.

The United States and the Houthis agreed in May, in a deal brokered by Oman, to stop targeting each other, but the group said the truce did not cover Israel or ships linked to it.

Analysts said the group could resume attacks on US warships if Washington struck Yemen again, and warned that traffic through the strait, already down by more than half, could fall further.
"""

HOU14 = HOUTHI + ["Yemen's Houthis", "the group", "Yahya Saree"]
SHIP14 = ["bulk carrier", "Liberia-flagged bulk carrier", "ship", "vessel", "Aurora Bay", "crew", "crew members"]
ASPIDES = ["Operation Aspides", "Aspides", "European Union", "EU frigate", "frigate", "EUNAVFOR Aspides"]
UKMTO = ["United Kingdom Maritime Trade Operations", "UKMTO", "ship's master", "master"]
HOUSRC14 = ["Yahya Saree", "Saree", "military spokesman"] + HOUTHI
# open sea with no coastal anchor within ~25 km -> names only, no country (dev-b)
OFF_MOKHA = L(["south-west of the Yemeni port of Mokha", "Mokha", "al-Mokha", "Red Sea"])
OFF_HODEIDAH = L(["west of Hodeidah", "Hodeidah", "Red Sea"])
BAB = L(["Bab al-Mandab", "Bab al-Mandab strait", "Bab el-Mandeb"])
BEN_GURION = L(["Ben Gurion airport", "Ben Gurion", "near Tel Aviv", "Tel Aviv"], 32.01, 34.88, "IL")
ISR_SKY = L(["Tel Aviv", "Jerusalem", "Israel"], cc="IL")
RED_SEA = L(["Red Sea", "the Red Sea"])
GMW = ["Gulf Maritime Wire", "author"]
WEDNIGHT14 = D("2025-07-09", "2025-07-10")
E14 = [
    # the ship reports the strike as fact with no known launcher; the Houthis claim it -> the claimant plus
    # unknown in actor1; "All 22 crew members were unharmed" -> 0..0 both; an unknown projectile -> Shelling
    # (the sub-type does not affect matching). The claim, with its own weapons, -> non-core copies
    E(
        True,
        "A Liberia-flagged bulk carrier was struck by an unknown projectile about 50 nautical miles south-west of the Yemeni port of Mokha on Wednesday evening",
        EXP,
        SHELL,
        actor1=UNK + HOU14,
        actor2=SHIP14,
        location=OFF_MOKHA,
        date=D("2025-07-09"),
        killed=R(0),
        injured=R(0),
        source=UKMTO + GMW,
    ),
    E(
        False,
        "Bulk carrier hit off Mokha as Houthis claim attack",
        EXP,
        SHELL,
        actor1=UNK + HOU14,
        actor2=SHIP14,
        location=OFF_MOKHA,
        date=D("2025-07-09"),
        source=GMW,
    ),
    E(
        False,
        "Yemen's Houthis claimed responsibility hours later",
        EXP,
        AIR,
        actor1=HOU14,
        actor2=SHIP14,
        location=OFF_MOKHA,
        date=D("2025-07-09"),
        source=HOUTHI,
    ),
    E(
        False,
        'the group had targeted the ship, which he named as the Aurora Bay, with "a ballistic missile and two drones"',
        EXP,
        AIR,
        actor1=HOU14,
        actor2=SHIP14,
        location=OFF_MOKHA,
        date=D("2025-07-09"),
        source=HOUSRC14,
    ),
    # the group's claim of a launch at Israel -> core, sourced to it; the army's interception -> its own core event,
    # tied to the same night; "There were no reports of injuries" -> injured 0..0 only
    E(
        True,
        'the group had fired a "hypersonic" ballistic missile at Ben Gurion airport near Tel Aviv on Wednesday night',
        EXP,
        SHELL,
        actor1=HOU14,
        actor2=["Ben Gurion airport", "airport"] + ISRAEL,
        location=BEN_GURION,
        date=WEDNIGHT14,
        source=HOUSRC14,
    ),
    E(
        True,
        "The Israeli military said it had intercepted a missile launched from Yemen",
        STR,
        DISRUPT,
        actor1=ISRAEL,
        actor2=HOU14 + ["missile"],
        location=ISR_SKY,
        date=WEDNIGHT14,
        injured=R(0),
        source=["Israeli military", "IDF"],
    ),
    E(
        True,
        "a frigate of the European Union's Operation Aspides shot down a drone that was approaching a container ship near the Bab al-Mandab strait",
        STR,
        DISRUPT,
        actor1=ASPIDES,
        actor2=UNK + HOUTHI + ["drone"],
        location=BAB,
        date=D("2025-07-10"),
        source=ASPIDES + ["mission"],
    ),
    E(
        False,
        "EU frigate downs drone near Bab al-Mandab",
        STR,
        DISRUPT,
        actor1=ASPIDES,
        actor2=UNK + ["drone"],
        location=BAB,
        date=D("2025-07-10"),
        source=GMW,
    ),
    # armed men in a skiff and a ship's armed guards firing at each other -> Battles/Armed clash, symmetric;
    # "No injuries were reported on board" -> injured 0..0 only
    E(
        True,
        "a skiff carrying five armed men approached his vessel 20 nautical miles west of Hodeidah on Tuesday and exchanged fire with the ship's armed security team",
        BAT,
        CLASH,
        actor1=UNK + ["five armed men", "armed men", "skiff"] + ["armed security team", "security team", "tanker"],
        actor2=["armed security team", "security team", "tanker", "Greek-owned tanker"] + ["armed men", "skiff"],
        location=OFF_HODEIDAH,
        date=D("2025-07-08"),
        injured=R(0),
        source=["master of a Greek-owned tanker", "master"] + UKMTO,
    ),
    # two sinkings told in passing ("earlier this week" -> Monday to publication) and a tally -> aggregates
    E(
        False,
        "The Houthis sank two bulk carriers earlier this week, their first sinkings since 2024, killing at least four seafarers",
        EXP,
        AIR,
        actor1=HOU14,
        actor2=["bulk carriers", "seafarers", "two bulk carriers"] + CIV,
        location=RED_SEA,
        date=D("2025-07-07", "2025-07-10"),
        killed=R(4, None),
        source=GMW,
        aggregate=True,
    ),
    E(
        False,
        "The group has attacked more than 100 merchant ships since November 2023",
        EXP,
        AIR,
        actor1=HOU14,
        actor2=["merchant ships", "ships"],
        location=RED_SEA,
        date=D("2023-11-01", "2025-07-10"),
        source=GMW,
        aggregate=True,
    ),
    # background, May 2025; the text gives no place
    E(
        False,
        "The United States and the Houthis agreed in May, in a deal brokered by Oman, to stop targeting each other",
        STR,
        AGREE,
        actor1=USA + HOUTHI + ["Oman"],
        actor2=HOUTHI + USA,
        date=D("2025-05-01", "2025-05-31"),
        source=GMW,
    ),
    # the analysts' conditional -> hypothetical
    E(
        False,
        "the group could resume attacks on US warships if Washington struck Yemen again",
        EXP,
        AIR,
        actor1=HOU14,
        actor2=USA + ["US warships"],
        location=RED_SEA,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: the engine-room fire (inside the strike), "proceeding to its next port of call", the sirens, the
    # group's reasons, "the truce did not cover Israel" (no act), the fall in traffic
]
DOCS.append(
    (
        "dev-m-14",
        "Gulf Maritime Wire",
        "2025-07-10",
        "wire service (maritime)",
        "Red Sea/Bab al-Mandab: a bulk carrier 'struck by an unknown projectile' off Mokha (passive; 'All 22 crew "
        "members were unharmed'; UKMTO citing the master) and the Houthis' claim with its weapons, the group's "
        "missile claim at Ben Gurion and Israel's interception ('no reports of injuries'), an EU frigate downs a "
        "drone, a skiff exchanges fire with a tanker's guards, two sinkings and a tally, the May deal, a forecast",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-m-14", "July 10 / Early on Thursday", "2025-07-10", "Thursday"),
    ("dev-m-14", "on Wednesday evening / on Wednesday night", "2025-07-09", "Wednesday"),
    ("dev-m-14", "on Tuesday", "2025-07-08", "Tuesday"),
    ("dev-m-14", "earlier this week (start)", "2025-07-07", "Monday"),
]

# =============================================================================
# dev-m-15  partisan outlet (Iranian Kurdish opposition) — Iraq/Kurdistan Region: Koya, Sidakan, Erbil; Iran: Baneh, Marivan, Sanandaj, Mahabad (Tue 16 Jun 2026)
# =============================================================================
T15 = """IRGC drones strike KDPI camp near Koya; two kolbars shot dead by regime border guards near Baneh

KOYA, Kurdistan Region, June 16 (Rojhelat Voice) - Three drones of the terrorist Revolutionary Guards struck the camp of the Democratic Party of Iranian Kurdistan (KDPI) near the town of Koya at about 2 am on Monday, wounding two Peshmerga of the party and a 10-year-old child, the party said in a statement.

The IRGC Ground Force said in a statement carried by the Tasnim news agency that it had targeted “headquarters of separatist terrorist groups” in northern Iraq with “precision-guided drones and artillery”. Residents of the Sidakan area said Iranian artillery shelled the border villages of Sidakan for two hours the same morning, setting orchards on fire. No one was hurt.

On Saturday evening, regime border guards opened fire on a group of kolbars, the porters who carry goods across the mountain border, near Baneh, killing two and wounding one, the party’s human rights office said, citing relatives of the victims. The dead were brothers aged 17 and 24.

PJAK, the Party of Free Life of Kurdistan, said its fighters clashed with IRGC forces near Marivan on Thursday, killing four members of the Guards. The IRGC said two of its members were “martyred” in a clash with “terrorists” near the city, without giving further details.

Intelligence agents of the regime arrested at least 11 Kurdish activists in Sanandaj and Mahabad last week, charging them with “collaborating with hostile groups”, according to rights groups.

Hundreds of residents of the KDPI camp and other Kurdish refugees protested outside the United Nations office in Erbil on Monday afternoon, demanding international protection.

Iran’s Foreign Ministry spokesman said the strikes had hit “only terrorist headquarters” and denied that any civilians had been harmed.

Tehran has threatened to launch a ground operation into the Kurdistan Region if Baghdad does not disarm the Iranian Kurdish parties. The Islamic Republic has waged a campaign of terror against the Kurdish opposition for decades: KDPI leader Abdul Rahman Ghassemlou was assassinated by regime agents in Vienna in 1989, and Iranian missiles killed 17 people in strikes on party camps around Koya in September 2022.
"""

IRGC15 = IRAN + ["terrorist Revolutionary Guards", "IRGC Ground Force", "Guards", "regime", "Islamic Republic",
                 "Tehran", "Iranian artillery", "IRGC forces"]
KDPI = ["Democratic Party of Iranian Kurdistan", "KDPI", "PDKI", "Peshmerga", "Peshmerga of the party", "party",
        "camp", "KDPI camp"]
BORDERGUARDS = IRAN + ["regime border guards", "border guards", "Iranian border guards", "Police Forces of Iran",
                       "regime"]
PJAK = ["PJAK", "Party of Free Life of Kurdistan", "its fighters", "terrorists"]
KOYA = L(["Koya", "Koysinjaq", "Koy Sanjaq", "near the town of Koya", "KDPI camp"], 36.08, 44.63, "IQ")
SIDAKAN = L(["Sidakan", "Sidakan area", "border villages of Sidakan"], cc="IQ")
BANEH = L(["Baneh", "Bane", "near Baneh"], 35.99, 45.89, "IR")
MARIVAN = L(["Marivan", "Mariwan", "near Marivan"], 35.52, 46.18, "IR")
SAN_MAH = L(["Sanandaj", "Mahabad", "Sanandaj and Mahabad"], cc="IR")
ERBIL15 = L(["Erbil", "Irbil", "United Nations office in Erbil", "UN office"], 36.19, 44.01, "IQ")
NIRAQ = L(["northern Iraq", "Kurdistan Region", "Kurdistan Region of Iraq"], cc="IQ")
RV = ["Rojhelat Voice", "author"]
KDPISRC = ["Democratic Party of Iranian Kurdistan", "KDPI", "party", "statement"] + RV
IRGCSRC = ["IRGC Ground Force", "IRGC", "Revolutionary Guards", "Tasnim", "Tasnim news agency"]
MON15 = D("2026-06-15")
E15 = [
    # a camp with fighters and families; the wounded are two Peshmerga and a child -> injured 3
    E(
        True,
        "Three drones of the terrorist Revolutionary Guards struck the camp of the Democratic Party of Iranian Kurdistan (KDPI) near the town of Koya at about 2 am on Monday",
        EXP,
        AIR,
        actor1=IRGC15,
        actor2=KDPI + ["child"] + CIV,
        location=KOYA,
        date=MON15,
        injured=R(3),
        source=KDPISRC,
    ),
    E(
        False,
        "IRGC drones strike KDPI camp near Koya",
        EXP,
        AIR,
        actor1=IRGC15,
        actor2=KDPI,
        location=KOYA,
        date=MON15,
        source=RV,
    ),
    # the IRGC's own account covers drones and artillery at several sites -> an aggregate copy (a citing chain:
    # "carried by the Tasnim news agency"); the Foreign Ministry's "no civilians" -> non-core denied
    E(
        False,
        "it had targeted “headquarters of separatist terrorist groups” in northern Iraq with “precision-guided drones and artillery”",
        EXP,
        AIR,
        actor1=IRGC15,
        actor2=KDPI + ["headquarters of separatist terrorist groups", "separatist terrorist groups"],
        location=NIRAQ,
        date=MON15,
        source=IRGCSRC,
        aggregate=True,
    ),
    E(
        False,
        "denied that any civilians had been harmed",
        EXP,
        AIR,
        actor1=IRGC15,
        actor2=CIV,
        location=KOYA,
        date=MON15,
        source=["Iran's Foreign Ministry", "Foreign Ministry spokesman", "Iranian Foreign Ministry"],
        status="denied",
    ),
    # villages shelled with no victim -> no actor2; "No one was hurt" -> 0..0 both; "the same morning" -> Monday
    E(
        True,
        "Iranian artillery shelled the border villages of Sidakan for two hours the same morning",
        EXP,
        SHELL,
        actor1=IRGC15,
        location=SIDAKAN,
        date=MON15,
        killed=R(0),
        injured=R(0),
        source=["Residents of the Sidakan area", "residents"] + RV,
    ),
    # porters shot by border guards -> Violence against civilians/Attack; a citing chain
    E(
        True,
        "regime border guards opened fire on a group of kolbars, the porters who carry goods across the mountain border, near Baneh, killing two and wounding one",
        VAC,
        ATTACK,
        actor1=BORDERGUARDS,
        actor2=CIV + ["kolbars", "porters", "group of kolbars", "brothers"],
        location=BANEH,
        date=D("2026-06-13"),
        killed=R(2),
        injured=R(1),
        source=["human rights office", "party's human rights office", "relatives", "relatives of the victims"] + KDPISRC,
    ),
    E(
        False,
        "two kolbars shot dead by regime border guards near Baneh",
        VAC,
        ATTACK,
        actor1=BORDERGUARDS,
        actor2=CIV + ["kolbars"],
        location=BANEH,
        date=D("2026-06-13"),
        killed=R(2),
        source=RV,
    ),
    # two versions with their own triggers and tolls -> one core event each; each count covers one side -> open
    E(
        True,
        "its fighters clashed with IRGC forces near Marivan on Thursday, killing four members of the Guards",
        BAT,
        CLASH,
        actor1=PJAK + IRGC15,
        actor2=IRGC15 + PJAK,
        location=MARIVAN,
        date=D("2026-06-11"),
        killed=R(4, None),
        source=["PJAK", "Party of Free Life of Kurdistan"],
    ),
    E(
        True,
        "two of its members were “martyred” in a clash with “terrorists” near the city",
        BAT,
        CLASH,
        actor1=PJAK + IRGC15,
        actor2=IRGC15 + PJAK,
        location=MARIVAN,
        date=D("2026-06-11"),
        killed=R(2, None),
        source=IRGCSRC,
    ),
    # two cities in one sentence, one sweep -> one event, names and country only; "last week" -> Monday to Sunday
    E(
        True,
        "Intelligence agents of the regime arrested at least 11 Kurdish activists in Sanandaj and Mahabad last week",
        STR,
        ARRESTS,
        actor1=IRAN + ["Intelligence agents", "regime", "Ministry of Intelligence"],
        actor2=CIV + ["Kurdish activists", "activists", "11 Kurdish activists"],
        location=SAN_MAH,
        date=D("2026-06-08", "2026-06-14"),
        source=["rights groups"] + RV,
    ),
    E(
        True,
        "Hundreds of residents of the KDPI camp and other Kurdish refugees protested outside the United Nations office in Erbil on Monday afternoon",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["residents of the KDPI camp", "Kurdish refugees", "refugees"],
        location=ERBIL15,
        date=MON15,
        source=RV,
    ),
    # a state's own conditional threat -> planned, no date
    E(
        False,
        "Tehran has threatened to launch a ground operation into the Kurdistan Region if Baghdad does not disarm the Iranian Kurdish parties",
        BAT,
        CLASH,
        actor1=IRGC15,
        actor2=KDPI + PJAK + ["Iranian Kurdish parties"],
        location=NIRAQ,
        source=["Tehran", "Iran"],
        status="planned",
    ),
    # background -> non-core: 1989 in Vienna, September 2022 around Koya
    E(
        False,
        "KDPI leader Abdul Rahman Ghassemlou was assassinated by regime agents in Vienna in 1989",
        VAC,
        ATTACK,
        actor1=IRAN + ["regime agents"],
        actor2=["Abdul Rahman Ghassemlou", "Ghassemlou", "KDPI leader"] + KDPI,
        location=L(["Vienna"], 48.21, 16.37, "AT"),
        date=D("1989-01-01", "1989-12-31"),
        killed=R(1),
        source=RV,
    ),
    E(
        False,
        "Iranian missiles killed 17 people in strikes on party camps around Koya in September 2022",
        EXP,
        SHELL,
        actor1=IRAN + ["Iranian missiles"],
        actor2=KDPI + ["party camps"],
        location=KOYA,
        date=D("2022-09-01", "2022-09-30"),
        killed=R(17),
        source=RV,
        aggregate=True,
    ),
    # no gold: "a campaign of terror ... for decades" (generic), the charge of "collaborating with hostile
    # groups", "only terrorist headquarters" (the ministry's gloss), the burning orchards (inside the shelling)
]
DOCS.append(
    (
        "dev-m-15",
        "Rojhelat Voice",
        "2026-06-16",
        "partisan outlet (Iranian Kurdish opposition)",
        "Iraq's Kurdistan Region and Iran's Kurdish west: IRGC drones on the KDPI camp near Koya (3 hurt) with the "
        "IRGC's account via Tasnim and the Foreign Ministry's denial, Sidakan shelled ('No one was hurt'), kolbars "
        "shot near Baneh (citing relatives), a PJAK-IRGC clash in two versions (4 / 2 'martyred'), activists "
        "arrested 'last week', a protest in Erbil, a conditional threat, 1989 and 2022 background",
        T15,
        E15,
    )
)
WEEKDAYS += [
    ("dev-m-15", "June 16", "2026-06-16", "Tuesday"),
    ("dev-m-15", "on Monday / on Monday afternoon", "2026-06-15", "Monday"),
    ("dev-m-15", "On Saturday evening", "2026-06-13", "Saturday"),
    ("dev-m-15", "on Thursday", "2026-06-11", "Thursday"),
    ("dev-m-15", "last week (start)", "2026-06-08", "Monday"),
]

# =============================================================================
# dev-m-16  weekly round-up — Lebanon (Baalbek, Janta), the Lebanese-Syrian border (Hosh al-Sayyed Ali, Qusayr), Saudi Arabia (Jeddah), Iraq (Basra, Nasiriyah), Syria (Jableh), Yemen (Taiz) (Fri 14 Aug 2026)
# =============================================================================
T16 = """Week in review: clan battle in Baalbek, border gunfight at Hermel, deadly power-cut protest in Basra

Levant & Gulf Security Weekly | Friday 14 August 2026

Our weekly digest of political violence across the region, based on official statements, local media and our own sources.

LEBANON - Gunmen of the al-Mawla and Bakkar clans fought with machine guns and rocket-propelled grenades in the Dar al-Wasaa neighbourhood of Baalbek on Sunday, killing three people and wounding seven, after a quarrel over a stolen car. The army deployed in force and arrested 12 gunmen the next day, it said in a statement.

On Wednesday, an Israeli drone strike on a car near the town of Janta, close to the Syrian border, killed two men, Lebanon's Health Ministry said. The Israeli military said the men were Hezbollah members smuggling weapons from Syria.

LEBANON/SYRIA - Syrian government forces and Lebanese gunmen from clans of the Hermel area exchanged fire across the border near Hosh al-Sayyed Ali on Tuesday, the Syrian Defence Ministry said, adding that one of its soldiers was killed. Unconfirmed reports spoke of a drone strike on a weapons depot near Qusayr on Sunday; no party commented.

On Wednesday, the Lebanese and Syrian defence ministers signed an agreement in Jeddah on demarcating their border and coordinating against smuggling, under Saudi auspices.

IRAQ - In Basra, hundreds of people protested outside the provincial government building on Monday over power cuts as temperatures passed 50 degrees. Police fired tear gas and live rounds, and a 22-year-old protester was killed, a medical source said. Police denied using live ammunition.

In Nasiriyah, unemployed graduates blocked the al-Zaitoun bridge with burning tyres on Thursday, demanding jobs.

SYRIA - Unidentified gunmen shot dead a member of the local council in a village near Jableh on Saturday night. By our count it is at least the 40th killing of its kind in the coastal region since the start of the year.

YEMEN - A Houthi sniper shot and wounded a 10-year-old girl in the al-Rawdah neighbourhood of Taiz city on Thursday, local authorities said.

OUTLOOK - Analysts expect more clan violence in the Bekaa unless the army disarms the families, something it has failed to do for decades. In Iraq, the electricity ministry has warned of further cuts as demand peaks, and protest organisers in Basra have called for a larger rally next Friday.
"""

MAWLA = ["al-Mawla clan", "al-Mawla", "Mawla", "gunmen", "clan"]
BAKKAR = ["Bakkar clan", "Bakkar", "gunmen", "clan"]
HERMEL_CLANS = ["Lebanese gunmen", "gunmen", "clans of the Hermel area", "Hermel clans", "clans", "smugglers"]
SYGOV16 = SYGOV + SYARMY + ["Syrian government forces", "soldiers"]
POL16 = IQPOL + ["Basra police"]
BAALBEK = L(["Baalbek", "Dar al-Wasaa", "Dar al-Wasaa neighbourhood", "Bekaa"], 34.00, 36.21, "LB")
JANTA = L(["Janta", "near the town of Janta", "Syrian border", "Bekaa"], cc="LB")
HOSH = L(["Hosh al-Sayyed Ali", "Hawsh al-Sayyed Ali", "Hosh al-Sayed Ali", "Hermel", "Hermel area"])
QUSAYR = L(["Qusayr", "al-Qusayr", "near Qusayr"], 34.51, 36.58, "SY")
JEDDAH = L(["Jeddah", "Jidda"], 21.54, 39.17, "SA")
BASRA = L(["Basra", "al-Basra", "provincial government building"], 30.51, 47.78, "IQ")
NASIRIYAH = L(["Nasiriyah", "al-Nasiriyah", "Nasiriya", "al-Zaitoun bridge", "Zaitoun bridge"], 31.05, 46.26, "IQ")
JABLEH = L(["Jableh", "Jabla", "near Jableh", "coastal region"], 35.36, 35.93, "SY")
TAIZ = L(["Taiz", "Taiz city", "Ta'izz", "al-Rawdah", "al-Rawdah neighbourhood"], 13.58, 44.02, "YE")
BEKAA = L(["Bekaa", "Beqaa", "Bekaa valley"], cc="LB")
LGSW = ["Levant & Gulf Security Weekly", "Levant and Gulf Security Weekly", "author"]
E16 = [
    # two named clans in a gunfight -> Battles/Armed clash between identity militias
    E(
        True,
        "Gunmen of the al-Mawla and Bakkar clans fought with machine guns and rocket-propelled grenades in the Dar al-Wasaa neighbourhood of Baalbek on Sunday, killing three people and wounding seven",
        BAT,
        CLASH,
        actor1=MAWLA + BAKKAR,
        actor2=BAKKAR + MAWLA,
        location=BAALBEK,
        date=D("2026-08-09"),
        killed=R(3),
        injured=R(7),
        source=LGSW,
    ),
    E(
        False,
        "clan battle in Baalbek",
        BAT,
        CLASH,
        actor1=MAWLA + BAKKAR,
        actor2=BAKKAR + MAWLA,
        location=BAALBEK,
        date=D("2026-08-09"),
        source=LGSW,
    ),
    # arrests a day after the fight, told as their own act -> core (dev-l: Dora's 14)
    E(
        True,
        "The army deployed in force and arrested 12 gunmen the next day",
        STR,
        ARRESTS,
        actor1=LAF,
        actor2=MAWLA + BAKKAR + ["12 gunmen"],
        location=BAALBEK,
        date=D("2026-08-10"),
        source=LAF + ["statement"],
    ),
    # the dead men's identity is the army's claim -> one core event with both descriptions in actor2, the claim a
    # non-core copy; the trailing "Lebanon's Health Ministry said" is outside the evidence
    E(
        True,
        "an Israeli drone strike on a car near the town of Janta, close to the Syrian border, killed two men",
        EXP,
        AIR,
        actor1=ISRAEL + ["Israeli drone"],
        actor2=CIV + ["two men", "car"] + HEZB,
        location=JANTA,
        date=D("2026-08-12"),
        killed=R(2),
        source=["Lebanon's Health Ministry", "Health Ministry", "Lebanese Health Ministry"],
    ),
    E(
        False,
        "The Israeli military said the men were Hezbollah members smuggling weapons from Syria",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HEZB + ["Hezbollah members", "smugglers"],
        location=JANTA,
        date=D("2026-08-12"),
        source=["Israeli military", "IDF"],
    ),
    # a cross-border exchange of fire; one soldier dead, the other side unsaid -> 1..open; the village straddles the
    # border -> names only
    E(
        True,
        "Syrian government forces and Lebanese gunmen from clans of the Hermel area exchanged fire across the border near Hosh al-Sayyed Ali on Tuesday",
        BAT,
        CLASH,
        actor1=SYGOV16 + HERMEL_CLANS,
        actor2=HERMEL_CLANS + SYGOV16,
        location=HOSH,
        date=D("2026-08-11"),
        killed=R(1, None),
        source=["Syrian Defence Ministry", "Defence Ministry", "Ministry of Defence"],
    ),
    E(
        False,
        "border gunfight at Hermel",
        BAT,
        CLASH,
        actor1=SYGOV16 + HERMEL_CLANS,
        actor2=HERMEL_CLANS + SYGOV16,
        location=HOSH,
        date=D("2026-08-11"),
        source=LGSW,
    ),
    # an unconfirmed report in passing, not the item's subject -> non-core possible
    E(
        False,
        "Unconfirmed reports spoke of a drone strike on a weapons depot near Qusayr on Sunday",
        EXP,
        AIR,
        actor1=UNK,
        actor2=["weapons depot", "depot"],
        location=QUSAYR,
        date=D("2026-08-09"),
        source=["Unconfirmed reports", "reports"],
        status="possible",
    ),
    E(
        True,
        "the Lebanese and Syrian defence ministers signed an agreement in Jeddah on demarcating their border and coordinating against smuggling",
        STR,
        AGREE,
        actor1=["Lebanon", "Lebanese government", "Lebanese defence minister", "Syria", "Syrian government",
                "Syrian defence minister"],
        actor2=["Syria", "Syrian government", "Syrian defence minister", "Lebanon", "Lebanese government",
                "Lebanese defence minister"],
        location=JEDDAH,
        date=D("2026-08-12"),
        source=LGSW,
    ),
    # live rounds and a protester killed (next sentence) -> Excessive force against protesters; the police denial
    # -> non-core denied
    E(
        True,
        "hundreds of people protested outside the provincial government building on Monday over power cuts",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(POL16 + ["people", "hundreds of people"]),
        location=BASRA,
        date=D("2026-08-10"),
        killed=R(1),
        source=["medical source"] + LGSW,
    ),
    E(
        False,
        "Police fired tear gas and live rounds, and a 22-year-old protester was killed",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(POL16),
        location=BASRA,
        date=D("2026-08-10"),
        killed=R(1),
        source=["medical source"] + LGSW,
    ),
    E(
        False,
        "Police denied using live ammunition",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(POL16),
        location=BASRA,
        date=D("2026-08-10"),
        source=["Police", "police", "Basra police"],
        status="denied",
    ),
    E(
        False,
        "deadly power-cut protest in Basra",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(POL16),
        location=BASRA,
        date=D("2026-08-10"),
        source=LGSW,
    ),
    # a bridge blocked with burning tyres -> Riots/Violent demonstration
    E(
        True,
        "unemployed graduates blocked the al-Zaitoun bridge with burning tyres on Thursday",
        RIOT,
        VIOLENT,
        actor1=PROTESTERS + ["unemployed graduates", "graduates", "rioters"],
        location=NASIRIYAH,
        date=D("2026-08-13"),
        source=LGSW,
    ),
    # "on Saturday night" -> both days; the year's count -> aggregate
    E(
        True,
        "Unidentified gunmen shot dead a member of the local council in a village near Jableh on Saturday night",
        VAC,
        ATTACK,
        actor1=UNK + ["Unidentified gunmen", "gunmen"],
        actor2=CIV + ["member of the local council", "local council member"],
        location=JABLEH,
        date=D("2026-08-08", "2026-08-09"),
        killed=R(1),
        source=LGSW,
    ),
    E(
        False,
        "it is at least the 40th killing of its kind in the coastal region since the start of the year",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV,
        location=L(["coastal region", "Syrian coast", "Latakia", "Jableh"], cc="SY"),
        date=D("2026-01-01", "2026-08-14"),
        killed=R(40, None),
        source=LGSW,
        aggregate=True,
    ),
    E(
        True,
        "A Houthi sniper shot and wounded a 10-year-old girl in the al-Rawdah neighbourhood of Taiz city on Thursday",
        VAC,
        ATTACK,
        actor1=HOUTHI + ["Houthi sniper", "sniper"],
        actor2=CIV + ["10-year-old girl", "girl", "child"],
        location=TAIZ,
        date=D("2026-08-13"),
        injured=R(1),
        source=["local authorities"] + LGSW,
    ),
    # the analysts' conditional -> hypothetical; the rally called for next Friday (after publication) -> planned,
    # no date
    E(
        False,
        "Analysts expect more clan violence in the Bekaa unless the army disarms the families",
        BAT,
        CLASH,
        actor1=["clans", "families"],
        actor2=["clans", "families"],
        location=BEKAA,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    E(
        False,
        "protest organisers in Basra have called for a larger rally next Friday",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["protest organisers", "organisers"],
        location=BASRA,
        source=["protest organisers"] + LGSW,
        status="planned",
    ),
    # no gold: the quarrel over a stolen car, "no party commented", the ministry's warning of power cuts (no act),
    # "something it has failed to do for decades"
]
DOCS.append(
    (
        "dev-m-16",
        "Levant & Gulf Security Weekly",
        "2026-08-14",
        "weekly round-up",
        "Several theatres: a clan gunfight in Baalbek and 12 arrested 'the next day', a drone strike near Janta "
        "('Lebanon's Health Ministry said'; the army's 'Hezbollah smugglers'), a border exchange of fire at Hosh "
        "al-Sayyed Ali, an unconfirmed strike near Qusayr (possible), a Jeddah border agreement, a deadly Basra "
        "protest and the police denial, a bridge blocked in Nasiriyah, a killing near Jableh and a 40-killing "
        "count, a sniper in Taiz, a forecast and a called rally",
        T16,
        E16,
    )
)
WEEKDAYS += [
    ("dev-m-16", "Friday 14 August 2026", "2026-08-14", "Friday"),
    ("dev-m-16", "on Thursday", "2026-08-13", "Thursday"),
    ("dev-m-16", "On Wednesday", "2026-08-12", "Wednesday"),
    ("dev-m-16", "on Tuesday", "2026-08-11", "Tuesday"),
    ("dev-m-16", "on Monday / the next day", "2026-08-10", "Monday"),
    ("dev-m-16", "on Sunday", "2026-08-09", "Sunday"),
    ("dev-m-16", "on Saturday night (start)", "2026-08-08", "Saturday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_m", check_m, strip_text=True)


if __name__ == "__main__":
    main()
