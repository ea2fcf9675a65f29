"""Writes dev_n.gold.jsonl: sixteen development articles from theatres and stories the earlier sets' lead stories
cover least - Syria (Aleppo's Sheikh Maqsoud and Ashrafieh quarters, Deir Hafer, Manbij and Tal Rifaat; the coast
at Baniyas, al-Qadmus, Kinsabba, Latakia, Tartus and Qardaha; Suwayda's western villages, al-Mazraa, the
Damascus-Suwayda highway, Tafas and Izra; Damascus' suburbs at Sayyida Zaynab, Darayya, Jaramana and Kisweh, and
Hama's al-Hader quarter), Iraq (Salahuddin at Mutaibijah, Samarra, the Makhoul mountains and al-Dour; Tal Afar and
Mosul; eastern Baghdad's al-Mashtal, the Jumhuriya bridge and the Victory base; Basra; Khanaqin and the Khor Mor
field; Duhok's Amedi and Zakho districts), Lebanon (Beirut's southern suburbs, Odaisseh, Tyre, Nabatieh, al-Qasr in
Hermel; Khiam and Aitaroun), Gaza (Beit Lahia, Jabalia, Nuseirat, Bureij, Deir al-Balah, Gaza City), the West Bank
(Hebron's Tel Rumeida, Masafer Yatta, at-Tuwani, Beit Ummar; Ramallah, Qalqilya, Ras Ein al-Auja), Yemen (Hodeidah
port, Sanaa, Saada's Shada, Taiz; Mudiyah in Abyan, Markha and Said in Shabwa, Aden), northern Israel and the Golan
(Metula, Kiryat Shmona, Katzrin, the Mahanayim junction, Majdal Shams, Eilat), Jordan's border with Syria
(Ramtha, the Jaber crossing, Mafraq), Iran's south-east (Saravan, Rask, Chabahar, Zahedan), Turkey's south-east
border (Uludere) and the Gulf (Al Udeid) - published 2024-2026, written for this project in our own words, with
hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_m.py
(whose structure, helpers and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article: (1) Aleppo - a wire story: a night clash in Sheikh Maqsoud in two versions (residents / the
Defence Ministry's toll), the Asayish's own shelling account, a march dispersed with tear gas, a ceasefire agreed,
an SDF drone claim and its denial, a car bomb in Manbij with "either" perpetrator, a mine near Tal Rifaat,
background and a forecast; (2) the coast - a monitor's daily bulletin: an ambush near Baniyas in two versions, a
farmer and his son shot, a dawn raid with the ministry's label, a grenade, a house fired on ("no one was hurt"), a
vigil, a taxi driver abducted, tallies and March 2025 background; (3) Suwayda - a Druze opposition outlet: villages
shelled "last night" with the toll a sentence later and the ministry's denial, a battle near al-Mazraa with the
ministry's "responded to the sources of fire", five travellers abducted, a mukhtar shot in Tafas, an Israeli strike
on tanks and Israel's reason, a rally, July background and a threat; (4) Damascus and Hama - Syrian state media: a
car bomb defused ("No one was harmed"), an IS cell raided, a grenade on a checkpoint, a killing in Jaramana, an
Israeli strike in two versions (soldiers / "weapons"), a commemoration rally, 1982 and 2024 background, a pledge;
(5) Salahuddin and Nineveh - an Iraqi Ministry of Defence statement: a night attack on an army post with both
sides' dead, a bomb "without causing casualties", an air strike, arrests in Tal Afar and Mosul, a cache destroyed, a
denied death, tallies, a pledge; (6) northern and central Gaza - an NGO situation report: a building strike in Beit
Lahia, a shelter raid in Jabalia, a school strike in Nuseirat in two versions, tank fire on Bureij, a looted convoy
near Deir al-Balah, area-specific pauses agreed, two projectiles and their interception, tallies, a conditional
warning with no act (no gold); (7) Lebanon - a live blog: a strike in Burj al-Barajneh with a corrected toll, the army's target claim and
Hezbollah's denial, a battle in Odaisseh claimed by Hezbollah, a rocket barrage and its interception, paramedics
killed near Tyre, Nabatieh, a family killed in al-Qasr, a drone intercepted off Nahariya, a tally, a threat,
"last Friday" background; (8) Hebron - a feature with history: settlers attack a house in Tel Rumeida, two boys
detained "Three days ago", homes demolished in Masafer Yatta, a man shot in at-Tuwani, a march met with tear gas in
Beit Ummar, 1929, 1994 and 1997 background, a tally and a feared expulsion; (9) Yemen - an analysis: an Israeli
strike on Hodeidah port with Israel's reason, a drone at Eilat and the Houthi claim, an interception, UN staff
detained in Sanaa "Last week", Saudi shelling of Shada per Houthi media, a clash in Taiz, a blast in Sanaa blamed on
"either an Israeli or an American" strike, a count, 2014 and 2022 background, scenarios; (10) Baghdad and Basra - a
militia-aligned outlet: a US drone strike in al-Mashtal and CENTCOM's label, a funeral march met with tear gas, the
Islamic Resistance's drone claim and the drone shot down, a mob torching a restaurant in Basra ("No one was hurt")
and four arrests, a tally, 2020 background, two threats; (11) south Yemen - a wire story: a suicide car bomb in
Mudiyah in two versions (sources / AQAP), a clash in Markha, an imam shot in Aden and a count, a riot over power
cuts, arrests, a "suspected U.S. drone strike", 2022 background, a forecast; (12) northern Israel - an Israeli
nationalist outlet: a Hezbollah drone near Metula and the group's boast, a barrage on Kiryat Shmona ("no injuries")
and Iron Dome, a rocket fire on the Golan, IDF strikes on Khiam and Aitaroun with the Lebanese ministry's
"civilians", a junction blocked by evacuees, Majdal Shams and its denial, tallies, a threat, the writer's wish for
war; (13) the Jordan-Syria border - a Jordanian army statement: a battle with smugglers, a drug drone downed near
Ramtha, arrests in Mafraq, fire on a patrol near the Jaber crossing, a denied strike in Syria, a tally, 2022
background, a pledge; (14) Sistan and Baluchestan - Iranian state media: a night attack on a Saravan police station
with the toll a sentence later and Jaish al-Adl's version and its dismissal, a team dismantled in Rask, a bomb
defused near Chabahar, a denied shooting of fuel porters, a rally in Zahedan, January 2024 background, a threat;
(15) Duhok - a local news site: a Turkish strike near Kani Masi ("No one was hurt"), shelling near Batifa, a clash
near Mount Metina in two versions (HPG / Turkish ministry), a new Turkish post "last week", a Zakho protest broken up
with arrests, detentions at Uludere, a weekly "neutralised" claim, 2011 Roboski background, a fear; (16) a weekly
round-up: Iranian missiles on Al Udeid and Qatar's interceptions ("no one was killed or hurt"), the US strikes "the
day before", the Israel-Iran ceasefire, a drone on Khor Mor, a roadside bomb near Khanaqin, a Ramallah protest
dispersed by PA police with arrests, raids in Qalqilya and Azzun, a settler attack at Ras Ein al-Auja, a count and
a forecast.
The incidents are composite or invented, with invented names of people, outlets and some groups; the gold encodes
what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words;
check_n below adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_n.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_m.py's docstring (and through it dev_l to dev_c), kept unchanged - among them
zero casualties -> 0..0; "No one was hurt" / "No one was harmed" -> killed and injured 0..0; "causing no injuries" /
"No injuries were reported" -> injured 0..0 only; "dozens" 24..open; "more than N" N+1..open; "at least N" N..open;
"five to seven" 5..7; "killed or wounded some 30" -> casualties 30..30; a count that covers one side of a clash only
-> N..open (both sides told -> exact); victims who are not casualties (detainees, abductees) -> no number fields;
non-core copies of headline restatements; symmetric clashes; "near X" -> X's point within ~15 km, names only from
~25 km; villages, hamlets, districts, fronts and border sectors we cannot pin -> names and country; denied /
planned / hypothetical / aggregate events are never core; "last night" / "overnight" / "on X night" -> both days;
"late on X" -> X (SPEC's own example); "last week" -> the previous Monday to Sunday; "this month" -> the 1st to
publication; uncertain perpetrators -> every alternative plus unknown; a perpetrator blamed without a claim -> the
blamed actor plus unknown; a forecast or a third party's conditional -> hypothetical, an actor's own threat ->
planned; a party's claim the writer cannot verify -> core, occurred, sourced to the party; two versions with their
own triggers and tolls -> one core event per version; a strike whose target the other side names as a different
object -> one core event per version; a victim told two ways -> one core event with both descriptions in actor2,
the other side's claim a non-core copy; a bare toll with no trigger -> folded into the core event's range and kept
as a non-core copy; a detail a second source adds -> non-core copy; background -> non-core; a road blocked with
burning tyres -> Riots/Violent demonstration; a cache or bomb found/defused and a drone or missile downed ->
Disrupted weapons use; a claim of responsibility with no toll of its own -> a non-core copy, the claimant in actor1.
Added or made explicit here:
- A toll the live blog corrects in a later entry (11 wounded, then 14) -> the core event's range covers both
  (11..14) and the correction is a non-core copy.
- A crowd of young men setting fire to a restaurant -> Riots/Mob violence (a crowd against property), not
  Looting/property destruction; armed men seizing aid lorries and wounding a driver -> Looting/property destruction
  because the text stresses the looting (the wounded driver kept as injured 1).
- A march dispersed with tear gas and shots into the air -> Protest with intervention, core on the march; riot
  police's tear gas and water cannon on a funeral march that tried to cross a bridge -> the same.
- "the same criminal hand" / "the day before" / "Hours earlier" / "Three days ago" / "nine days ago" -> counted from
  publication or from the anchoring date in the text.
- An officials' dismissal of an armed group's claimed toll ("psychological warfare") -> a non-core denied copy of
  the group's version.
- An army statement that lists the enemy's dead and its own single wounded soldier -> both sides told: killed exact.
- A counter-accusation inside a denial ("accused the army of shelling its lines first") with no time or place of
  its own -> non-core.
- A blast that residents put down to "either an Israeli or an American air strike" with no claim -> core Air/drone
  strike with both states and unknown in actor1.
- A drone carrying drugs shot down -> Disrupted weapons use (a drone shot down), the smugglers as actor2.
- "injuring an undetermined number" -> injured 1..open; "tens of thousands" killed -> 20,000..open; "no one was
  killed or hurt" / "without causing casualties" / "causing no casualties" -> 0..0 both.
- An agent-less strike or tank fire in a Gaza or Lebanon report ("an air strike hit ...", "a strike flattened ...")
  -> Israel plus unknown (the implied perpetrator, dev-m-03); rockets or a drone "from Lebanon" with no claim ->
  Hezbollah plus unknown.
- One rocket of a barrage hitting a house "causing heavy damage but no injuries", the barrage's only told harm ->
  injured 0..0 on the barrage too, the impact a non-core copy.
- "Police later arrested four of them" -> its own core Arrests event (a later act, the detainees named only in the
  sentence before), dated from the act to publication; detentions in the act of breaking up a protest -> a non-core
  copy (dev-m-06).
- Gendarmerie detaining people who crossed a border illegally -> Strategic developments/Arrests.
- A statement's undated numbered item -> the statement's own window ("over the past four days").
- The lead or headline saying a truce "appeared to be holding" / "takes hold" -> non-core Agreement copies."""

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
    OTHER,
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


# goldkit's check_article plus this set's 250-word floor and 2024-01-01..2026-11-30 window.
check_n = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-n-01  wire service — Syria/Aleppo city and its east and north: Sheikh Maqsoud, Deir Hafer, Manbij, Tal Rifaat (Wed 8 Oct 2025)
# =============================================================================
T01 = """Car bomb kills six in Manbij as ceasefire takes hold in Aleppo after night of clashes

ALEPPO, Syria, Oct 8 (Crescent Wire Service) - A ceasefire between the Syrian government and the Kurdish-led Syrian Democratic Forces (SDF) appeared to be holding on Wednesday after a night of street fighting in Aleppo's Sheikh Maqsoud and Ashrafieh quarters.

Government forces and fighters of the Asayish, the SDF-affiliated police that runs the two districts, fought with machine guns and rocket-propelled grenades around the Dawar al-Shihan roundabout late on Monday, residents said. The Defence Ministry said one soldier was killed and three were wounded when "SDF groups" attacked its checkpoints on the edge of Sheikh Maqsoud.

The Asayish gave a different account, saying government-affiliated factions had shelled residential streets in Sheikh Maqsoud with mortars during the night, killing a woman and wounding five civilians, two of them children.

On Tuesday afternoon, several hundred residents of the district marched towards a government checkpoint at its southern entrance to protest against restrictions that they say have cut off fuel and flour. Security forces fired tear gas and shots into the air to disperse them.

Late on Tuesday, Defence Minister Murhaf Abu Qasra and SDF commander Mazloum Abdi agreed in Damascus on "a comprehensive ceasefire on all fronts" in northern and north-eastern Syria, the ministry said.

East of Aleppo, the army said an SDF drone had struck one of its positions near Deir Hafer on Sunday, wounding three soldiers. An SDF spokesman denied that the group had launched any drones and accused the army of shelling its lines first.

In Manbij, a car bomb exploded near the vegetable market on Saturday morning, killing six people, among them a child, and wounding more than 20, the Syria Civil Defence said. No group claimed the attack. A security official in the town said either SDF cells or Islamic State militants were behind it.

Near Tal Rifaat, north of Aleppo, two brothers aged 9 and 12 were killed on Friday when a mine left over from years of fighting exploded as they gathered firewood, the Civil Defence said.

Turkish-backed factions seized Tal Rifaat and Manbij from the SDF in December 2024, as Bashar al-Assad's government collapsed. Under an agreement signed on March 10, the SDF is to merge its institutions into the state by the end of the year, but talks have stalled. Analysts warn that fighting could spread to the Euphrates front at the Tishreen Dam if the deadline passes without a deal.
"""

GOV01 = SYGOV + SYARMY + ["Government forces", "government-affiliated factions", "checkpoints", "soldier",
                          "Security forces"]
ASY01 = ASAYISH + SDF + ["fighters of the Asayish", "SDF-affiliated police", "SDF groups"]
SNA01 = ["Syrian National Army", "SNA", "Turkish-backed factions"]
# Sheikh Maqsoud and Ashrafieh are quarters of Aleppo city, within ~3 km of its centre -> the city's point
SHEIKH_MAQSOUD = L(["Sheikh Maqsoud", "Sheikh Maqsud", "Ashrafieh", "Aleppo", "Dawar al-Shihan", "Shihan roundabout"],
                   36.21, 37.16, "SY")
DEIR_HAFER = L(["Deir Hafer", "Dayr Hafir", "Deir Hafir", "near Deir Hafer", "East of Aleppo"], 36.16, 37.71, "SY")
MANBIJ = L(["Manbij", "Menbij", "vegetable market"], 36.53, 37.95, "SY")
TAL_RIFAAT = L(["Tal Rifaat", "Tell Rifaat", "Tal Refaat", "north of Aleppo"], 36.47, 37.10, "SY")
DAMASCUS01 = L(["Damascus"], 33.51, 36.29, "SY")
TISHREEN = L(["Tishreen Dam", "Tishrin Dam", "Euphrates front"], cc="SY")
NSYRIA = L(["northern and north-eastern Syria", "northern Syria", "Syria"], cc="SY")
CWS = ["Crescent Wire Service", "author"]
CIVDEF01 = ["Syria Civil Defence", "Civil Defence", "White Helmets"]
MOD01 = ["Defence Ministry", "Ministry of Defence", "Syrian Defence Ministry", "ministry", "army"]
NIGHT01 = D("2025-10-06", "2025-10-07")
E01 = [
    # two versions of the night battle with their own triggers: the residents' (no toll) and the ministry's (one
    # soldier dead, three hurt, one side only -> open ranges) -> one core event each; "late on Monday" -> Monday
    E(
        True,
        "Government forces and fighters of the Asayish, the SDF-affiliated police that runs the two districts, fought with machine guns and rocket-propelled grenades around the Dawar al-Shihan roundabout late on Monday",
        BAT,
        CLASH,
        actor1=GOV01 + ASY01,
        actor2=ASY01 + GOV01,
        location=SHEIKH_MAQSOUD,
        date=D("2025-10-06"),
        source=["residents"] + CWS,
    ),
    E(
        True,
        'one soldier was killed and three were wounded when "SDF groups" attacked its checkpoints on the edge of Sheikh Maqsoud',
        BAT,
        CLASH,
        actor1=ASY01 + GOV01,
        actor2=GOV01 + ASY01,
        location=SHEIKH_MAQSOUD,
        date=NIGHT01,
        killed=R(1, None),
        injured=R(3, None),
        source=MOD01,
    ),
    E(
        False,
        "a night of street fighting in Aleppo's Sheikh Maqsoud and Ashrafieh quarters",
        BAT,
        CLASH,
        actor1=GOV01 + ASY01,
        actor2=ASY01 + GOV01,
        location=SHEIKH_MAQSOUD,
        date=NIGHT01,
        source=CWS,
    ),
    E(
        False,
        "night of clashes",
        BAT,
        CLASH,
        actor1=GOV01 + ASY01,
        actor2=ASY01 + GOV01,
        location=SHEIKH_MAQSOUD,
        date=NIGHT01,
        source=CWS,
    ),
    # the Asayish's account names another act (mortars on homes) with its own toll -> its own core event
    E(
        True,
        "government-affiliated factions had shelled residential streets in Sheikh Maqsoud with mortars during the night, killing a woman and wounding five civilians",
        EXP,
        SHELL,
        actor1=GOV01,
        actor2=CIV + ["woman", "five civilians", "residential streets", "children"],
        location=SHEIKH_MAQSOUD,
        date=NIGHT01,
        killed=R(1),
        injured=R(5),
        source=["Asayish"] + SDF,
    ),
    # tear gas and shots into the air -> Protest with intervention, core on the march, the dispersal a copy
    E(
        True,
        "several hundred residents of the district marched towards a government checkpoint at its southern entrance to protest against restrictions",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(GOV01 + ["residents", "several hundred residents"]),
        location=SHEIKH_MAQSOUD,
        date=D("2025-10-07"),
        source=CWS,
    ),
    E(
        False,
        "Security forces fired tear gas and shots into the air to disperse them",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(GOV01),
        location=SHEIKH_MAQSOUD,
        date=D("2025-10-07"),
        source=CWS,
    ),
    E(
        True,
        'Defence Minister Murhaf Abu Qasra and SDF commander Mazloum Abdi agreed in Damascus on "a comprehensive ceasefire on all fronts"',
        STR,
        AGREE,
        actor1=SYGOV + ["Murhaf Abu Qasra", "Defence Minister"] + SDF + ["Mazloum Abdi"],
        actor2=SDF + ["Mazloum Abdi"] + SYGOV + ["Murhaf Abu Qasra"],
        location=DAMASCUS01,
        date=D("2025-10-07"),
        source=MOD01 + CWS,
    ),
    # the lead and the headline restate the truce as holding -> non-core copies
    E(
        False,
        "A ceasefire between the Syrian government and the Kurdish-led Syrian Democratic Forces (SDF) appeared to be holding on Wednesday",
        STR,
        AGREE,
        actor1=SYGOV + SDF,
        actor2=SDF + SYGOV,
        location=NSYRIA,
        date=D("2025-10-07", "2025-10-08"),
        source=CWS,
    ),
    E(
        False,
        "ceasefire takes hold in Aleppo",
        STR,
        AGREE,
        actor1=SYGOV + SDF,
        actor2=SDF + SYGOV,
        location=SHEIKH_MAQSOUD,
        date=D("2025-10-07", "2025-10-08"),
        source=CWS,
    ),
    # the army's claim, relayed; the SDF's denial -> non-core denied; its counter-accusation has no time or place
    # of its own -> non-core
    E(
        True,
        "an SDF drone had struck one of its positions near Deir Hafer on Sunday, wounding three soldiers",
        EXP,
        AIR,
        actor1=SDF + ["SDF drone"],
        actor2=SYARMY + ["three soldiers", "soldiers", "positions"],
        location=DEIR_HAFER,
        date=D("2025-10-05"),
        injured=R(3),
        source=["army"] + MOD01,
    ),
    E(
        False,
        "An SDF spokesman denied that the group had launched any drones",
        EXP,
        AIR,
        actor1=SDF,
        actor2=SYARMY,
        location=DEIR_HAFER,
        date=D("2025-10-05"),
        source=["SDF spokesman", "spokesman"] + SDF,
        status="denied",
    ),
    E(
        False,
        "accused the army of shelling its lines first",
        EXP,
        SHELL,
        actor1=SYARMY,
        actor2=SDF + ["its lines"],
        location=DEIR_HAFER,
        source=["SDF spokesman"] + SDF,
    ),
    # a car bomb with no driver told -> Remote explosive/landmine/IED; "more than 20" -> 21..open; the official's
    # "either ... or" -> both plus unknown (dev-m-08); his blame a non-core copy
    E(
        True,
        "a car bomb exploded near the vegetable market on Saturday morning, killing six people, among them a child, and wounding more than 20",
        EXP,
        IED,
        actor1=UNK + SDF + ISIS + ["SDF cells", "Islamic State militants"],
        actor2=CIV + ["six people", "child", "people"],
        location=MANBIJ,
        date=D("2025-10-04"),
        killed=R(6),
        injured=R(21, None),
        source=CIVDEF01 + CWS,
    ),
    E(
        False,
        "Car bomb kills six in Manbij",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV,
        location=MANBIJ,
        date=D("2025-10-04"),
        killed=R(6),
        source=CWS,
    ),
    E(
        False,
        "either SDF cells or Islamic State militants were behind it",
        EXP,
        IED,
        actor1=UNK + SDF + ISIS + ["SDF cells", "Islamic State militants"],
        actor2=CIV,
        location=MANBIJ,
        date=D("2025-10-04"),
        source=["security official", "official"],
    ),
    # an old mine with no known planter -> unknown
    E(
        True,
        "two brothers aged 9 and 12 were killed on Friday when a mine left over from years of fighting exploded as they gathered firewood",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["two brothers", "brothers", "children"],
        location=TAL_RIFAAT,
        date=D("2025-10-03"),
        killed=R(2),
        source=CIVDEF01 + CWS,
    ),
    # background -> non-core: December 2024 (one act, two towns), the 10 March accord; the analysts' conditional ->
    # hypothetical
    E(
        False,
        "Turkish-backed factions seized Tal Rifaat and Manbij from the SDF in December 2024",
        BAT,
        NSAOVER,
        actor1=SNA01,
        actor2=SDF,
        location=L(["Tal Rifaat", "Manbij"], cc="SY"),
        date=D("2024-12-01", "2024-12-31"),
        source=CWS,
    ),
    E(
        False,
        "Under an agreement signed on March 10, the SDF is to merge its institutions into the state",
        STR,
        AGREE,
        actor1=SDF + SYGOV,
        actor2=SYGOV + SDF,
        date=D("2025-03-10"),
        source=CWS,
    ),
    E(
        False,
        "fighting could spread to the Euphrates front at the Tishreen Dam if the deadline passes without a deal",
        BAT,
        CLASH,
        actor1=SYGOV + SDF,
        actor2=SDF + SYGOV,
        location=TISHREEN,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: "cut off fuel and flour" (no act), "No group claimed the attack", "as Bashar al-Assad's government
    # collapsed" (a fall, no act told), "talks have stalled"
]
DOCS.append(
    (
        "dev-n-01",
        "Crescent Wire Service",
        "2025-10-08",
        "wire service",
        "Syria/Aleppo: a night battle in Sheikh Maqsoud in two versions (residents / the ministry's one dead, three "
        "hurt) and the Asayish's mortar account, a march dispersed with tear gas, a ceasefire agreed 'Late on "
        "Tuesday', an SDF drone claim near Deir Hafer with denial and counter-accusation, a Manbij car bomb "
        "('either SDF cells or Islamic State'), a mine near Tal Rifaat, 2024 and March background, a forecast",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-n-01", "Oct 8 / on Wednesday", "2025-10-08", "Wednesday"),
    ("dev-n-01", "On Tuesday afternoon / Late on Tuesday", "2025-10-07", "Tuesday"),
    ("dev-n-01", "late on Monday", "2025-10-06", "Monday"),
    ("dev-n-01", "on Sunday", "2025-10-05", "Sunday"),
    ("dev-n-01", "on Saturday morning", "2025-10-04", "Saturday"),
    ("dev-n-01", "on Friday", "2025-10-03", "Friday"),
]

# =============================================================================
# dev-n-02  monitor's daily bulletin — Syria/the coast: the Baniyas-al-Qadmus road, Kinsabba, Latakia, Tartus, Qardaha, Baniyas (Sat 22 Nov 2025)
# =============================================================================
T02 = """Coast bulletin, 22 November: two General Security members killed in ambush near Baniyas; farmer and son shot dead near Kinsabba

Syrian Coast Documentation Centre (SCDC) | Latakia and Tartus governorates | Daily bulletin No. 214 | Saturday 22 November 2025

This bulletin covers incidents verified by SCDC's field network between 6 am on Friday and 6 am today. Victims' names are withheld at their families' request.

Baniyas countryside: Two members of the General Security were killed and three wounded when gunmen ambushed their patrol on the Baniyas-al-Qadmus road at around 9 pm on Friday. The patrol returned fire, and the exchange lasted about an hour. A group calling itself the Coastal Shield Brigade claimed the ambush on Telegram, saying its fighters had killed five "members of the Jolani militias".

Al-Haffah countryside, Latakia: A farmer and his 16-year-old son were shot dead in their orchard near Kinsabba on Friday morning by gunmen who arrived on motorcycles. Relatives said the gunmen asked the two whether they were Alawites before opening fire. No party has claimed the killings.

Latakia city: General Security forces raided homes in the al-Da'tour neighbourhood at dawn today and detained 11 men; seven were released within hours, according to their families. The Interior Ministry said it had arrested "a cell of remnants of the former regime" responsible for attacks on its patrols.

Tartus city: Unknown assailants threw a hand grenade at a mobile phone shop near the Corniche on Friday evening, wounding the owner and a customer.

Qardaha: Gunmen fired at the house of a local notable overnight. No one was hurt.

Latakia city: About 80 relatives of detainees held a silent vigil outside the governorate building on Friday afternoon, demanding news of their sons. The vigil ended without incident.

Baniyas: A taxi driver from the village of al-Bayda was abducted after picking up two passengers in Baniyas on Friday afternoon. His family said the kidnappers had demanded a ransom of 15,000 dollars.

Cumulative: SCDC has documented 58 killings of civilians in the two governorates since 1 November, and the deaths of 14 members of the security forces in attacks over the same period.

Context: In March 2025, an insurgent attack on government forces on the coast was followed by days of reprisals by government-affiliated factions in which some 1,400 people, most of them Alawite civilians, were killed, according to a UN commission of inquiry.
"""

GS02 = ["General Security", "General Security members", "General Security forces", "patrol", "security forces",
        "Syrian government", "Interior Ministry", "Police Forces of Syria", "Jolani militias"]
CSB = ["Coastal Shield Brigade", "Coastal Shield", "group calling itself the Coastal Shield Brigade"]
# the road runs inland for some 25 km from Baniyas; villages and quarters we cannot pin -> names and country
BANIYAS_ROAD = L(["Baniyas-al-Qadmus road", "Baniyas", "al-Qadmus", "Qadmus", "Baniyas countryside"], cc="SY")
KINSABBA = L(["Kinsabba", "Kinsibba", "al-Haffah countryside", "al-Haffah", "Latakia"], cc="SY")
LATAKIA = L(["Latakia", "Latakia city", "al-Da'tour", "Da'tour", "governorate building"], 35.52, 35.78, "SY")
TARTUS = L(["Tartus", "Tartous", "Tartus city", "Corniche"], 34.89, 35.89, "SY")
QARDAHA = L(["Qardaha", "al-Qardaha", "Qerdaha"], 35.46, 36.06, "SY")
BANIYAS = L(["Baniyas", "Banias", "al-Bayda"], 35.18, 35.95, "SY")
COAST = L(["Latakia and Tartus governorates", "the coast", "Latakia", "Tartus", "coastal region"], cc="SY")
SCDC = ["Syrian Coast Documentation Centre", "SCDC", "field network", "author"]
FRI02 = D("2025-11-21")
E02 = [
    # a patrol ambushed and firing back -> Battles/Armed clash; the monitor's toll covers one side (open) and the
    # group's claim has its own toll -> one core event per version
    E(
        True,
        "Two members of the General Security were killed and three wounded when gunmen ambushed their patrol on the Baniyas-al-Qadmus road at around 9 pm on Friday",
        BAT,
        CLASH,
        actor1=UNK + CSB + ["gunmen"] + GS02,
        actor2=GS02 + ["gunmen"] + CSB,
        location=BANIYAS_ROAD,
        date=FRI02,
        killed=R(2, None),
        injured=R(3, None),
        source=SCDC,
    ),
    E(
        True,
        'its fighters had killed five "members of the Jolani militias"',
        BAT,
        CLASH,
        actor1=CSB + GS02,
        actor2=GS02 + CSB,
        location=BANIYAS_ROAD,
        date=FRI02,
        killed=R(5, None),
        source=CSB + ["Telegram"],
    ),
    E(
        False,
        "two General Security members killed in ambush near Baniyas",
        BAT,
        CLASH,
        actor1=UNK + CSB + GS02,
        actor2=GS02 + CSB,
        location=BANIYAS_ROAD,
        date=FRI02,
        killed=R(2, None),
        source=SCDC,
    ),
    E(
        True,
        "A farmer and his 16-year-old son were shot dead in their orchard near Kinsabba on Friday morning by gunmen who arrived on motorcycles",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["farmer", "son", "Alawites"],
        location=KINSABBA,
        date=FRI02,
        killed=R(2),
        source=SCDC + ["Relatives", "relatives"],
    ),
    E(
        False,
        "farmer and son shot dead near Kinsabba",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV + ["farmer", "son"],
        location=KINSABBA,
        date=FRI02,
        killed=R(2),
        source=SCDC,
    ),
    # detainees are not casualties; the ministry's label -> a non-core copy
    E(
        True,
        "General Security forces raided homes in the al-Da'tour neighbourhood at dawn today and detained 11 men",
        STR,
        ARRESTS,
        actor1=GS02,
        actor2=CIV + ["11 men", "men"],
        location=LATAKIA,
        date=D("2025-11-22"),
        source=SCDC + ["families"],
    ),
    E(
        False,
        'it had arrested "a cell of remnants of the former regime" responsible for attacks on its patrols',
        STR,
        ARRESTS,
        actor1=GS02,
        actor2=["cell of remnants of the former regime", "remnants of the former regime", "former regime", "cell"],
        location=LATAKIA,
        date=D("2025-11-22"),
        source=["Interior Ministry", "Syrian Interior Ministry"],
    ),
    E(
        True,
        "Unknown assailants threw a hand grenade at a mobile phone shop near the Corniche on Friday evening, wounding the owner and a customer",
        EXP,
        GRENADE,
        actor1=UNK + ["Unknown assailants", "assailants"],
        actor2=CIV + ["mobile phone shop", "owner", "customer"],
        location=TARTUS,
        date=FRI02,
        injured=R(2),
        source=SCDC,
    ),
    # "No one was hurt" -> 0..0 both; "overnight" -> both days
    E(
        True,
        "Gunmen fired at the house of a local notable overnight",
        VAC,
        ATTACK,
        actor1=UNK + ["Gunmen", "gunmen"],
        actor2=CIV + ["local notable", "house"],
        location=QARDAHA,
        date=D("2025-11-21", "2025-11-22"),
        killed=R(0),
        injured=R(0),
        source=SCDC,
    ),
    E(
        True,
        "About 80 relatives of detainees held a silent vigil outside the governorate building on Friday afternoon",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["relatives of detainees", "relatives"],
        location=LATAKIA,
        date=FRI02,
        source=SCDC,
    ),
    # a ransom kidnapping; the abductee is no casualty
    E(
        True,
        "A taxi driver from the village of al-Bayda was abducted after picking up two passengers in Baniyas on Friday afternoon",
        VAC,
        ABDUCT,
        actor1=UNK + ["kidnappers"],
        actor2=CIV + ["taxi driver", "driver"],
        location=BANIYAS,
        date=FRI02,
        source=SCDC,
    ),
    # tallies -> aggregates
    E(
        False,
        "SCDC has documented 58 killings of civilians in the two governorates since 1 November",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV,
        location=COAST,
        date=D("2025-11-01", "2025-11-22"),
        killed=R(58),
        source=SCDC,
        aggregate=True,
    ),
    E(
        False,
        "the deaths of 14 members of the security forces in attacks over the same period",
        BAT,
        CLASH,
        actor1=UNK + CSB,
        actor2=GS02,
        location=COAST,
        date=D("2025-11-01", "2025-11-22"),
        killed=R(14),
        source=SCDC,
        aggregate=True,
    ),
    # background, March 2025 -> non-core; the reprisals span days and places -> aggregate
    E(
        False,
        "an insurgent attack on government forces on the coast",
        BAT,
        CLASH,
        actor1=["insurgents", "insurgent"] + UNK,
        actor2=SYGOV,
        location=COAST,
        date=D("2025-03-01", "2025-03-31"),
        source=SCDC,
    ),
    E(
        False,
        "days of reprisals by government-affiliated factions in which some 1,400 people, most of them Alawite civilians, were killed",
        VAC,
        ATTACK,
        actor1=SYGOV + ["government-affiliated factions"],
        actor2=CIV + ["Alawite civilians", "Alawites"],
        location=COAST,
        date=D("2025-03-01", "2025-03-31"),
        killed=R(1400),
        source=["UN commission of inquiry", "commission of inquiry"],
        aggregate=True,
    ),
    # no gold: "The patrol returned fire" (inside the ambush), the question about being Alawites, "seven were
    # released", the ransom demand, "The vigil ended without incident"
]
DOCS.append(
    (
        "dev-n-02",
        "Syrian Coast Documentation Centre (daily bulletin)",
        "2025-11-22",
        "monitor's daily tally",
        "Syria/the coast: an ambush on a General Security patrol near Baniyas in two versions (monitor 2 dead 3 hurt / "
        "a group's claim of five), a farmer and son shot near Kinsabba, a dawn raid in Latakia with the ministry's "
        "label, a grenade on a Tartus shop, a house fired on in Qardaha ('No one was hurt'), a vigil, a taxi driver "
        "abducted, two tallies, March 2025 background (a UN commission's toll)",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-n-02", "Saturday 22 November 2025", "2025-11-22", "Saturday"),
    ("dev-n-02", "on Friday", "2025-11-21", "Friday"),
]

# =============================================================================
# dev-n-03  partisan outlet (Druze, opposed to Damascus) — Syria/Suwayda and Daraa: Walgha, al-Majdal, al-Mazraa, the Damascus-Suwayda highway, Tafas, the Izra road, Suwayda city (Thu 25 Sep 2025)
# =============================================================================
T03 = """Damascus forces and tribal gangs shell western Suwayda villages; National Guard repels attack on al-Mazraa

SUWAYDA, September 25 (Jabal al-Arab Voice) - The forces of the Damascus authority and the tribal gangs that fight alongside them broke the ceasefire again last night, shelling the villages of Walgha and al-Majdal in the western countryside of Suwayda with mortars and heavy machine guns.

A woman was martyred and four civilians, among them an eight-year-old girl, were wounded, the National Hospital in Suwayda said. Dozens of families fled towards the city.

At dawn today, General Security units and tribal fighters, covered by drones, tried to advance on the village of al-Mazraa. Fighters of the National Guard confronted them and drove them back after a two-hour battle, killing three of the attackers, a Guard commander told our correspondent. Two Guard fighters were lightly wounded.

The Interior Ministry in Damascus claimed that its forces had come under attack by "outlaw groups" near al-Mazraa and had "responded to the sources of fire". It also denied that its forces had shelled any village, blaming "the militias of Hikmat al-Hijri" for the bloodshed.

On Tuesday, gunmen stopped a minibus on the Damascus-Suwayda highway and abducted five of its passengers, all of them from Suwayda, relatives said. Their fate is still unknown.

In the western countryside of Daraa, unknown gunmen shot dead the mukhtar of Tafas, Sheikh Nayef al-Masri, as he left a mosque on Monday evening. No party has claimed the killing.

On Sunday afternoon, Israeli aircraft struck a convoy of government armoured vehicles on the road between Izra and Suwayda, destroying two tanks, local sources said. The Israeli army said it had acted to prevent "a threat to the Druze population" and to keep heavy weapons out of southern Syria.

Yesterday afternoon, thousands of people gathered in al-Karama Square in the centre of Suwayda city, waving the five-coloured Druze flag and demanding the right to self-determination.

The Damascus authority has besieged Suwayda since July, when clashes between Druze fighters and Bedouin tribes were followed by an assault by government forces in which more than 1,000 people were killed, according to monitors. A ceasefire brokered by the United States took effect on July 19 but has been violated almost daily.

The National Guard warned that it would "strike the bases of aggression wherever they are" if the shelling does not stop.
"""

GOV03 = SYGOV + ["Damascus authority", "forces of the Damascus authority", "Damascus forces", "General Security units",
                 "its forces"]
TRIBES03 = ["tribal gangs", "tribal fighters", "Bedouin tribes", "Bedouin", "tribes", "Bedouin tribal fighters"]
NG03 = ["National Guard", "Guard", "Fighters of the National Guard", "Druze fighters", "Druze factions",
        "outlaw groups", "militias of Hikmat al-Hijri"]
# villages of the western countryside, a road of some 40 km -> names and country only
WALGHA = L(["Walgha", "al-Majdal", "Majdal", "western countryside of Suwayda", "Suwayda countryside"], cc="SY")
MAZRAA = L(["al-Mazraa", "Mazraa", "al-Mazra'a", "western countryside of Suwayda"], cc="SY")
HIGHWAY03 = L(["Damascus-Suwayda highway", "Damascus-Sweida highway"], cc="SY")
TAFAS = L(["Tafas", "Tafs", "western countryside of Daraa"], 32.74, 36.07, "SY")
IZRA_ROAD = L(["road between Izra and Suwayda", "Izra", "Izraa", "Suwayda"], cc="SY")
SUWAYDA = L(["Suwayda", "Sweida", "al-Suwayda", "Suwayda city", "al-Karama Square"], 32.71, 36.57, "SY")
SUWAYDA_PROV = L(["Suwayda", "Suwayda province", "Sweida"], cc="SY")
JAV = ["Jabal al-Arab Voice", "our correspondent", "author"]
NIGHT03 = D("2025-09-24", "2025-09-25")
E03 = [
    # the whole lead sentence is the act; "last night" -> both days; the toll is a sentence later (a bare toll,
    # folded in and kept as a non-core copy); the ministry's denial -> non-core denied
    E(
        True,
        "The forces of the Damascus authority and the tribal gangs that fight alongside them broke the ceasefire again last night, shelling the villages of Walgha and al-Majdal in the western countryside of Suwayda with mortars and heavy machine guns",
        EXP,
        SHELL,
        actor1=GOV03 + TRIBES03,
        actor2=CIV + ["villages", "woman", "four civilians"],
        location=WALGHA,
        date=NIGHT03,
        killed=R(1),
        injured=R(4),
        source=JAV + ["National Hospital in Suwayda", "National Hospital"],
    ),
    E(
        False,
        "A woman was martyred and four civilians, among them an eight-year-old girl, were wounded",
        EXP,
        SHELL,
        actor1=GOV03 + TRIBES03,
        actor2=CIV + ["woman", "four civilians", "girl"],
        location=WALGHA,
        date=NIGHT03,
        killed=R(1),
        injured=R(4),
        source=["National Hospital in Suwayda", "National Hospital"],
    ),
    E(
        False,
        "Damascus forces and tribal gangs shell western Suwayda villages",
        EXP,
        SHELL,
        actor1=GOV03 + TRIBES03,
        actor2=CIV,
        location=WALGHA,
        date=NIGHT03,
        source=JAV,
    ),
    E(
        False,
        "It also denied that its forces had shelled any village",
        EXP,
        SHELL,
        actor1=GOV03,
        actor2=CIV,
        location=WALGHA,
        date=NIGHT03,
        source=["Interior Ministry", "Interior Ministry in Damascus"],
        status="denied",
    ),
    # the attackers are named only in the sentence before ("them"); three attackers killed and two Guard fighters
    # hurt -> each side's count only -> open ranges; the advance itself and the ministry's "responded to the sources
    # of fire" and the headline -> non-core copies
    E(
        True,
        "Fighters of the National Guard confronted them and drove them back after a two-hour battle, killing three of the attackers",
        BAT,
        CLASH,
        actor1=NG03 + GOV03 + TRIBES03,
        actor2=GOV03 + TRIBES03 + NG03,
        location=MAZRAA,
        date=D("2025-09-25"),
        killed=R(3, None),
        injured=R(2, None),
        source=["Guard commander", "commander"] + JAV,
    ),
    E(
        False,
        "General Security units and tribal fighters, covered by drones, tried to advance on the village of al-Mazraa",
        BAT,
        CLASH,
        actor1=GOV03 + TRIBES03 + NG03,
        actor2=NG03 + GOV03,
        location=MAZRAA,
        date=D("2025-09-25"),
        source=JAV,
    ),
    E(
        False,
        'its forces had come under attack by "outlaw groups" near al-Mazraa and had "responded to the sources of fire"',
        BAT,
        CLASH,
        actor1=NG03 + GOV03,
        actor2=GOV03 + NG03,
        location=MAZRAA,
        date=D("2025-09-25"),
        source=["Interior Ministry", "Interior Ministry in Damascus"],
    ),
    E(
        False,
        "National Guard repels attack on al-Mazraa",
        BAT,
        CLASH,
        actor1=NG03 + GOV03,
        actor2=GOV03 + TRIBES03 + NG03,
        location=MAZRAA,
        date=D("2025-09-25"),
        source=JAV,
    ),
    # abductees are no casualties -> no numbers
    E(
        True,
        "gunmen stopped a minibus on the Damascus-Suwayda highway and abducted five of its passengers",
        VAC,
        ABDUCT,
        actor1=UNK + ["gunmen"],
        actor2=CIV + ["five of its passengers", "passengers", "minibus"],
        location=HIGHWAY03,
        date=D("2025-09-23"),
        source=["relatives"] + JAV,
    ),
    E(
        True,
        "unknown gunmen shot dead the mukhtar of Tafas, Sheikh Nayef al-Masri, as he left a mosque on Monday evening",
        VAC,
        ATTACK,
        actor1=UNK + ["unknown gunmen", "gunmen"],
        actor2=CIV + ["mukhtar", "mukhtar of Tafas", "Nayef al-Masri"],
        location=TAFAS,
        date=D("2025-09-22"),
        killed=R(1),
        source=JAV,
    ),
    # armour destroyed, no toll told; Israel's reason -> a non-core copy
    E(
        True,
        "Israeli aircraft struck a convoy of government armoured vehicles on the road between Izra and Suwayda, destroying two tanks",
        EXP,
        AIR,
        actor1=ISRAEL + ["Israeli aircraft"],
        actor2=GOV03 + ["convoy", "government armoured vehicles", "tanks"],
        location=IZRA_ROAD,
        date=D("2025-09-21"),
        source=["local sources"] + JAV,
    ),
    E(
        False,
        'it had acted to prevent "a threat to the Druze population" and to keep heavy weapons out of southern Syria',
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=GOV03 + ["heavy weapons"],
        location=IZRA_ROAD,
        date=D("2025-09-21"),
        source=["Israeli army", "Israeli military", "IDF"],
    ),
    E(
        True,
        "thousands of people gathered in al-Karama Square in the centre of Suwayda city, waving the five-coloured Druze flag and demanding the right to self-determination",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["thousands of people", "people", "Druze"],
        location=SUWAYDA,
        date=D("2025-09-24"),
        source=JAV,
    ),
    # background, July 2025 -> non-core: the first fighting, the assault (aggregate toll), the truce
    E(
        False,
        "clashes between Druze fighters and Bedouin tribes",
        BAT,
        CLASH,
        actor1=["Druze fighters"] + NG03 + TRIBES03,
        actor2=TRIBES03 + ["Druze fighters"],
        location=SUWAYDA_PROV,
        date=D("2025-07-01", "2025-07-31"),
        source=JAV,
    ),
    E(
        False,
        "an assault by government forces in which more than 1,000 people were killed",
        BAT,
        CLASH,
        actor1=GOV03,
        actor2=NG03 + CIV,
        location=SUWAYDA_PROV,
        date=D("2025-07-01", "2025-07-31"),
        killed=R(1001, None),
        source=["monitors"] + JAV,
        aggregate=True,
    ),
    E(
        False,
        "A ceasefire brokered by the United States took effect on July 19",
        STR,
        AGREE,
        actor1=SYGOV + NG03 + ["United States"],
        actor2=NG03 + SYGOV,
        location=SUWAYDA_PROV,
        date=D("2025-07-19"),
        source=JAV,
    ),
    # the Guard's own conditional threat -> planned
    E(
        False,
        'it would "strike the bases of aggression wherever they are" if the shelling does not stop',
        BAT,
        CLASH,
        actor1=NG03,
        actor2=GOV03 + TRIBES03,
        location=SUWAYDA_PROV,
        source=["National Guard"],
        status="planned",
    ),
    # no gold: "Dozens of families fled" (displacement), "blaming the militias of Hikmat al-Hijri for the bloodshed"
    # (a blame with no act), "Their fate is still unknown", the siege "since July" and the almost daily violations
    # (no act told)
]
DOCS.append(
    (
        "dev-n-03",
        "Jabal al-Arab Voice",
        "2025-09-25",
        "partisan outlet (Druze, opposed to Damascus)",
        "Syria/Suwayda and Daraa: villages shelled 'last night' with the toll a sentence later and the ministry's "
        "denial, a battle at al-Mazraa whose attackers are named only in the sentence before, with the ministry's "
        "'responded to the sources of fire', five travellers abducted on the highway, a mukhtar shot in Tafas, an "
        "Israeli strike on tanks and Israel's reason, a rally for self-determination, July background, a threat",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-n-03", "September 25 / At dawn today", "2025-09-25", "Thursday"),
    ("dev-n-03", "Yesterday afternoon / last night (start)", "2025-09-24", "Wednesday"),
    ("dev-n-03", "On Tuesday", "2025-09-23", "Tuesday"),
    ("dev-n-03", "on Monday evening", "2025-09-22", "Monday"),
    ("dev-n-03", "On Sunday afternoon", "2025-09-21", "Sunday"),
]

# =============================================================================
# dev-n-04  state media (Syrian government) — Syria/Damascus suburbs and Hama: Sayyida Zaynab, Darayya, Jaramana, Kisweh, Hama's al-Hader quarter and al-Assi Square (Sun 15 Feb 2026)
# =============================================================================
T04 = """Interior Ministry foils car bomb in Sayyida Zaynab, dismantles ISIS cell in Darayya

DAMASCUS, February 15 (Syria Today News Agency) - Units of the Ministry of Interior foiled a terrorist bombing in the Sayyida Zaynab area, south of Damascus, on Saturday morning, when engineering teams dismantled an explosive device weighing about 30 kilograms that had been planted in a car parked near a crowded market, the ministry said in a statement. No one was harmed.

The ministry said the device was found after General Security units raided a hideout of a Daesh cell in the city of Darayya on Friday night, arresting four of its members and seizing explosive belts, weapons and a second car prepared for a bombing. The cell had been planning to target “religious gatherings and places of worship” in the capital, the statement said.

In Hama, unknown assailants threw a hand grenade at a police checkpoint in the al-Hader quarter late on Thursday, lightly wounding two policemen, the provincial police command said. The attackers fled, and a search for them is under way.

On Friday afternoon, gunmen on a motorcycle shot dead an employee of the Finance Ministry outside his home in Jaramana, east of Damascus. The Interior Ministry said the perpetrators had been identified and would be brought to justice.

Meanwhile, the Israeli occupation continued its violations of Syrian sovereignty. Israeli aircraft struck a site of the Syrian Arab Army near the town of Kisweh, south of Damascus, on Thursday evening, killing two soldiers, a military source told Syria Today. The Israeli army claimed that it had struck “weapons depots belonging to the former regime” in the area.

The Ministry of Foreign Affairs and Expatriates condemned the attack as “a flagrant violation of international law and of the 1974 Disengagement Agreement”.

On Friday, thousands of citizens gathered in al-Assi Square in Hama to commemorate the victims of the 1982 massacre, raising the flag of the Syrian revolution and portraits of the martyrs.

In February 1982, the forces of the defunct regime besieged Hama for nearly a month and killed tens of thousands of its people. The city was liberated on December 5, 2024, when the forces of the Military Operations Command entered it after a week-long offensive.

The Ministry of Interior affirmed that it will strike with an iron fist anyone who tampers with the security of citizens, and called on residents to report any suspicious vehicle.
"""

MOI04 = SYGOV + ["Ministry of Interior", "Units of the Ministry of Interior", "engineering teams",
                 "General Security units", "police", "police checkpoint", "policemen"]
IS04 = ISIS + ["Daesh cell", "cell", "ISIS cell"]
SAA04 = SYARMY + ["Syrian Arab Army", "site of the Syrian Arab Army", "two soldiers", "soldiers"]
ISR04 = ISRAEL + ["Israeli occupation", "Israeli aircraft"]
OLDREGIME04 = ["defunct regime", "forces of the defunct regime", "former regime", "Assad regime", "Syrian army",
               "Military Forces of Syria"]
MOC04 = ["Military Operations Command", "Hayat Tahrir al-Sham", "HTS", "opposition forces", "rebels"]
SAYYIDA = L(["Sayyida Zaynab", "Sayyida Zeinab", "Sayida Zaynab", "south of Damascus"], 33.44, 36.34, "SY")
DARAYYA = L(["Darayya", "Daraya", "Dariya"], 33.46, 36.24, "SY")
HAMA = L(["Hama", "al-Hader", "al-Hader quarter", "Hader", "al-Assi Square", "Assi Square"], 35.13, 36.75, "SY")
JARAMANA = L(["Jaramana", "Jaramanah", "east of Damascus"], 33.49, 36.35, "SY")
KISWEH = L(["Kisweh", "al-Kiswah", "Kiswah", "south of Damascus"], 33.36, 36.24, "SY")
DAMASCUS04 = L(["Damascus", "the capital"], 33.51, 36.29, "SY")
STNA = ["Syria Today News Agency", "Syria Today", "author"]
MOISRC04 = ["Ministry of Interior", "Interior Ministry", "ministry", "statement"] + STNA
E04 = [
    # a bomb found and dismantled -> Disrupted weapons use; "No one was harmed" -> 0..0 both; the device is tied
    # to the Daesh cell in the next sentence -> IS plus unknown as its owner
    E(
        True,
        "Units of the Ministry of Interior foiled a terrorist bombing in the Sayyida Zaynab area, south of Damascus, on Saturday morning, when engineering teams dismantled an explosive device weighing about 30 kilograms",
        STR,
        DISRUPT,
        actor1=MOI04,
        actor2=UNK + IS04 + ["explosive device", "car bomb"],
        location=SAYYIDA,
        date=D("2026-02-14"),
        killed=R(0),
        injured=R(0),
        source=MOISRC04,
    ),
    E(
        False,
        "Interior Ministry foils car bomb in Sayyida Zaynab",
        STR,
        DISRUPT,
        actor1=MOI04,
        actor2=UNK + IS04,
        location=SAYYIDA,
        date=D("2026-02-14"),
        source=STNA,
    ),
    # "on Friday night" -> both days
    E(
        True,
        "General Security units raided a hideout of a Daesh cell in the city of Darayya on Friday night, arresting four of its members",
        STR,
        ARRESTS,
        actor1=MOI04,
        actor2=IS04 + ["four of its members", "members"],
        location=DARAYYA,
        date=D("2026-02-13", "2026-02-14"),
        source=MOISRC04,
    ),
    E(
        False,
        "dismantles ISIS cell in Darayya",
        STR,
        ARRESTS,
        actor1=MOI04,
        actor2=IS04,
        location=DARAYYA,
        date=D("2026-02-13", "2026-02-14"),
        source=STNA,
    ),
    # the cell's foiled plan -> planned, no date
    E(
        False,
        "The cell had been planning to target “religious gatherings and places of worship” in the capital",
        EXP,
        IED,
        actor1=IS04,
        actor2=CIV + ["religious gatherings", "places of worship"],
        location=DAMASCUS04,
        source=MOISRC04,
        status="planned",
    ),
    # "late on Thursday" -> Thursday
    E(
        True,
        "unknown assailants threw a hand grenade at a police checkpoint in the al-Hader quarter late on Thursday, lightly wounding two policemen",
        EXP,
        GRENADE,
        actor1=UNK + ["unknown assailants", "assailants", "attackers"],
        actor2=MOI04 + ["two policemen"],
        location=HAMA,
        date=D("2026-02-12"),
        injured=R(2),
        source=["provincial police command", "police command"] + STNA,
    ),
    E(
        True,
        "gunmen on a motorcycle shot dead an employee of the Finance Ministry outside his home in Jaramana",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen", "gunmen on a motorcycle", "perpetrators"],
        actor2=CIV + ["employee of the Finance Ministry", "employee"],
        location=JARAMANA,
        date=D("2026-02-13"),
        killed=R(1),
        source=STNA,
    ),
    # two versions naming different objects (an army site with two soldiers killed / former-regime weapons depots)
    # -> one core event per version
    E(
        True,
        "Israeli aircraft struck a site of the Syrian Arab Army near the town of Kisweh, south of Damascus, on Thursday evening, killing two soldiers",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=SAA04,
        location=KISWEH,
        date=D("2026-02-12"),
        killed=R(2),
        source=["military source"] + STNA,
    ),
    E(
        True,
        "it had struck “weapons depots belonging to the former regime” in the area",
        EXP,
        AIR,
        actor1=ISR04,
        actor2=["weapons depots", "former regime", "depots"],
        location=KISWEH,
        date=D("2026-02-12"),
        source=["Israeli army", "Israeli military", "IDF"],
    ),
    E(
        False,
        "the 1974 Disengagement Agreement",
        STR,
        AGREE,
        actor1=ISRAEL + ["Syria", "Syrian government"],
        actor2=["Syria", "Syrian government"] + ISRAEL,
        date=D("1974-01-01", "1974-12-31"),
        source=["Ministry of Foreign Affairs and Expatriates", "Foreign Ministry"],
    ),
    E(
        True,
        "thousands of citizens gathered in al-Assi Square in Hama to commemorate the victims of the 1982 massacre",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["thousands of citizens", "citizens"],
        location=HAMA,
        date=D("2026-02-13"),
        source=STNA,
    ),
    # background -> non-core: February 1982 ("tens of thousands" -> 20,000..open), December 2024
    E(
        False,
        "the forces of the defunct regime besieged Hama for nearly a month and killed tens of thousands of its people",
        VAC,
        ATTACK,
        actor1=OLDREGIME04,
        actor2=CIV + ["its people", "people of Hama"],
        location=HAMA,
        date=D("1982-02-01", "1982-03-31"),
        killed=R(20000, None),
        source=STNA,
    ),
    E(
        False,
        "The city was liberated on December 5, 2024, when the forces of the Military Operations Command entered it",
        BAT,
        NSAOVER,
        actor1=MOC04,
        actor2=OLDREGIME04,
        location=HAMA,
        date=D("2024-12-05"),
        source=STNA,
    ),
    # a generic pledge -> planned
    E(
        False,
        "it will strike with an iron fist anyone who tampers with the security of citizens",
        STR,
        ARRESTS,
        actor1=MOI04,
        actor2=["anyone who tampers with the security of citizens"],
        source=MOISRC04,
        status="planned",
    ),
    # no gold: the seized belts and second car (inside the raid), "The attackers fled", "would be brought to
    # justice", "continued its violations of Syrian sovereignty" (generic), the ministry's condemnation
]
DOCS.append(
    (
        "dev-n-04",
        "Syria Today News Agency",
        "2026-02-15",
        "state media (Syrian government)",
        "Syria/Damascus suburbs and Hama: a car bomb dismantled in Sayyida Zaynab ('No one was harmed'), a Daesh cell "
        "raided in Darayya 'on Friday night' and its foiled plan (planned), a grenade on a Hama checkpoint 'late on "
        "Thursday', a killing in Jaramana, an Israeli strike near Kisweh in two versions (an army site, two soldiers "
        "/ 'weapons depots'), a commemoration rally, 1974, 1982 and 2024 background, a pledge; typographic quotes",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-n-04", "February 15", "2026-02-15", "Sunday"),
    ("dev-n-04", "on Saturday morning", "2026-02-14", "Saturday"),
    ("dev-n-04", "on Friday night / On Friday afternoon / On Friday", "2026-02-13", "Friday"),
    ("dev-n-04", "late on Thursday / on Thursday evening", "2026-02-12", "Thursday"),
]

# =============================================================================
# dev-n-05  ministry statement — Iraq/Salahuddin and Nineveh: Mutaibijah, al-Jallam east of Samarra, the Makhoul mountains, Tal Afar, Mosul's al-Zanjili, al-Dour (Thu 16 May 2024)
# =============================================================================
T05 = """Ministry of Defence: officer and two soldiers martyred repelling terrorist attack in Mutaibijah; four terrorists killed in Makhoul strike

Republic of Iraq - Ministry of Defence - Directorate of Moral Guidance | Statement | Baghdad, 16 May 2024

Our heroic forces continue to pursue the remnants of the Daesh terrorist gangs in the provinces of Salahuddin and Nineveh. The following is a summary of their operations over the past four days:

1. In the early hours of Wednesday, a terrorist group attacked an army post in the Mutaibijah area, on the border between Salahuddin and Diyala provinces. Our forces engaged the attackers for more than an hour, killing three terrorists. A first lieutenant and two soldiers were martyred, and a fourth soldier was wounded.

2. On Tuesday afternoon, an improvised explosive device went off beside an army vehicle in the al-Jallam area, east of Samarra. The explosion damaged the vehicle without causing casualties.

3. Yesterday, Iraqi Air Force F-16 aircraft, acting on intelligence from the Joint Operations Command, struck a terrorist hideout in the Makhoul mountains, north of Baiji, killing four terrorists, among them a so-called "wali". A ground force later reached the site and recovered the bodies.

4. On Monday, a force of the Nineveh Operations Command, in cooperation with the Directorate of Military Intelligence, arrested three terrorists wanted under Article 4 of the anti-terrorism law in the Tal Afar district. Yesterday, the same force arrested a terrorist in Mosul's al-Zanjili neighbourhood who had served as an "administrative official" for Daesh in 2016.

5. Engineering units found a cache of 12 rockets and 30 mortar rounds buried in an orchard near al-Dour, south of Tikrit, and destroyed it in a controlled explosion.

The ministry categorically denies the fabricated reports circulated by suspicious pages claiming that soldiers beat a shepherd to death near Samarra, and affirms that the man died in a traffic accident.

Since the beginning of the year, our forces have killed 36 terrorists and arrested 112 others in Salahuddin, Kirkuk and Diyala.

The ministry affirms that the blood of our martyrs will not be in vain, and that our forces will continue their operations until the last terrorist is eliminated.

Directorate of Moral Guidance
Ministry of Defence
"""

ARMY05 = IQARMY + ["Our forces", "our forces", "army post", "army vehicle", "soldiers", "first lieutenant",
                   "Ministry of Defence", "Engineering units"]
IQAF05 = IQARMY + ["Iraqi Air Force", "F-16 aircraft", "Joint Operations Command"]
NOC05 = IQARMY + ["Nineveh Operations Command", "Directorate of Military Intelligence", "force of the Nineveh "
                  "Operations Command", "the same force"]
IS05 = ISIS + ["terrorist group", "terrorists", "Daesh terrorist gangs", "attackers", "terrorist hideout", "wali"]
# Mutaibijah, al-Jallam, the Makhoul range and al-Dour lie 15-30 km from the towns they are placed by, or on
# provincial borders -> names and country only
MUTAIBIJAH = L(["Mutaibijah", "al-Mutaibijah", "Mutaybija", "Salahuddin", "Diyala"], cc="IQ")
JALLAM = L(["al-Jallam", "Jallam", "east of Samarra", "Samarra"], cc="IQ")
MAKHOUL = L(["Makhoul mountains", "Makhoul", "Makhul", "north of Baiji", "Baiji"], cc="IQ")
TAL_AFAR = L(["Tal Afar", "Tel Afar", "Tal Afar district"], 36.38, 42.45, "IQ")
MOSUL = L(["Mosul", "al-Zanjili", "Zanjili"], 36.34, 43.13, "IQ")
DOUR = L(["al-Dour", "Dour", "al-Door", "south of Tikrit"], cc="IQ")
SAMARRA = L(["Samarra", "near Samarra"], 34.20, 43.87, "IQ")
THREE_PROV = L(["Salahuddin", "Kirkuk", "Diyala", "Salahuddin, Kirkuk and Diyala"], cc="IQ")
MODIQ = ["Ministry of Defence", "Iraqi Ministry of Defence", "Directorate of Moral Guidance", "ministry", "author"]
WED05 = D("2024-05-15")
E05 = [
    # a post attacked and its defenders engaging -> Battles; both sides' dead told (three attackers, three of the
    # army) -> killed exact 6; only the army's wounded told -> 1..open. The engagement clause and the headline ->
    # non-core copies
    E(
        True,
        "a terrorist group attacked an army post in the Mutaibijah area, on the border between Salahuddin and Diyala provinces",
        BAT,
        CLASH,
        actor1=IS05 + ARMY05,
        actor2=ARMY05 + IS05,
        location=MUTAIBIJAH,
        date=WED05,
        killed=R(6),
        injured=R(1, None),
        source=MODIQ,
    ),
    E(
        False,
        "Our forces engaged the attackers for more than an hour, killing three terrorists",
        BAT,
        CLASH,
        actor1=ARMY05 + IS05,
        actor2=IS05 + ARMY05,
        location=MUTAIBIJAH,
        date=WED05,
        killed=R(3, None),
        source=MODIQ,
    ),
    E(
        False,
        "officer and two soldiers martyred repelling terrorist attack in Mutaibijah",
        BAT,
        CLASH,
        actor1=IS05 + ARMY05,
        actor2=ARMY05 + IS05,
        location=MUTAIBIJAH,
        date=WED05,
        killed=R(3, None),
        source=MODIQ,
    ),
    # "without causing casualties" -> 0..0 both (the damage is no casualty); the toll a sentence later
    E(
        True,
        "an improvised explosive device went off beside an army vehicle in the al-Jallam area, east of Samarra",
        EXP,
        IED,
        actor1=UNK + IS05,
        actor2=ARMY05,
        location=JALLAM,
        date=D("2024-05-14"),
        killed=R(0),
        injured=R(0),
        source=MODIQ,
    ),
    E(
        True,
        "Iraqi Air Force F-16 aircraft, acting on intelligence from the Joint Operations Command, struck a terrorist hideout in the Makhoul mountains, north of Baiji, killing four terrorists",
        EXP,
        AIR,
        actor1=IQAF05,
        actor2=IS05 + ["four terrorists"],
        location=MAKHOUL,
        date=WED05,
        killed=R(4),
        source=MODIQ,
    ),
    E(
        False,
        "four terrorists killed in Makhoul strike",
        EXP,
        AIR,
        actor1=IQAF05,
        actor2=IS05,
        location=MAKHOUL,
        date=WED05,
        killed=R(4),
        source=MODIQ,
    ),
    # two arrests at two places and days -> two core events; the 2016 role is no event
    E(
        True,
        "a force of the Nineveh Operations Command, in cooperation with the Directorate of Military Intelligence, arrested three terrorists wanted under Article 4 of the anti-terrorism law in the Tal Afar district",
        STR,
        ARRESTS,
        actor1=NOC05,
        actor2=IS05 + ["three terrorists"],
        location=TAL_AFAR,
        date=D("2024-05-13"),
        source=MODIQ,
    ),
    E(
        True,
        "the same force arrested a terrorist in Mosul's al-Zanjili neighbourhood",
        STR,
        ARRESTS,
        actor1=NOC05,
        actor2=IS05 + ["administrative official"],
        location=MOSUL,
        date=WED05,
        source=MODIQ,
    ),
    # a cache found and destroyed -> Disrupted weapons use; undated in its item -> the statement's "past four days"
    E(
        True,
        "Engineering units found a cache of 12 rockets and 30 mortar rounds buried in an orchard near al-Dour, south of Tikrit, and destroyed it in a controlled explosion",
        STR,
        DISRUPT,
        actor1=ARMY05,
        actor2=UNK + IS05 + ["cache", "rockets", "mortar rounds"],
        location=DOUR,
        date=D("2024-05-12", "2024-05-16"),
        source=MODIQ,
    ),
    # the reports the ministry denies are the only telling -> non-core denied
    E(
        False,
        "soldiers beat a shepherd to death near Samarra",
        VAC,
        ATTACK,
        actor1=ARMY05,
        actor2=CIV + ["shepherd"],
        location=SAMARRA,
        killed=R(1),
        source=MODIQ,
        status="denied",
    ),
    # the year's tallies -> aggregates
    E(
        False,
        "our forces have killed 36 terrorists",
        BAT,
        CLASH,
        actor1=ARMY05,
        actor2=IS05,
        location=THREE_PROV,
        date=D("2024-01-01", "2024-05-16"),
        killed=R(36),
        source=MODIQ,
        aggregate=True,
    ),
    E(
        False,
        "arrested 112 others in Salahuddin, Kirkuk and Diyala",
        STR,
        ARRESTS,
        actor1=ARMY05,
        actor2=IS05,
        location=THREE_PROV,
        date=D("2024-01-01", "2024-05-16"),
        source=MODIQ,
        aggregate=True,
    ),
    E(
        False,
        "our forces will continue their operations until the last terrorist is eliminated",
        BAT,
        CLASH,
        actor1=ARMY05,
        actor2=IS05,
        location=L(["Salahuddin", "Nineveh"], cc="IQ"),
        source=MODIQ,
        status="planned",
    ),
    # no gold: "continue to pursue the remnants" (generic), "recovered the bodies", the 2016 role, "died in a
    # traffic accident" (the ministry's version, no violence), "the blood of our martyrs will not be in vain"
]
DOCS.append(
    (
        "dev-n-05",
        "Iraqi Ministry of Defence (statement)",
        "2024-05-16",
        "ministry statement",
        "Iraq/Salahuddin and Nineveh: a dawn attack on an army post in Mutaibijah (both sides' dead, a wounded "
        "soldier), a roadside bomb east of Samarra 'without causing casualties', an F-16 strike in the Makhoul "
        "mountains (four dead), arrests in Tal Afar and Mosul's al-Zanjili, a rocket cache destroyed near al-Dour "
        "(undated item), a denied killing of a shepherd, two tallies, a pledge",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-n-05", "16 May 2024", "2024-05-16", "Thursday"),
    ("dev-n-05", "In the early hours of Wednesday / Yesterday", "2024-05-15", "Wednesday"),
    ("dev-n-05", "On Tuesday afternoon", "2024-05-14", "Tuesday"),
    ("dev-n-05", "On Monday", "2024-05-13", "Monday"),
]

# =============================================================================
# dev-n-06  NGO situation report — Gaza Strip/north and centre: Beit Lahia, Jabalia camp, Nuseirat camp, Bureij camp, the Salah al-Din road south of Deir al-Balah, Gaza City; Israel: Sderot (Tue 5 Nov 2024)
# =============================================================================
T06 = """Gaza Situation Report No. 58: strikes on Beit Lahia and Nuseirat, shelter raid in Jabalia, aid convoy looted near Deir al-Balah

Joint NGO Platform for Gaza (JNPG) | Situation Report No. 58 | Reporting period: 29 October - 4 November 2024 | Issued: 5 November 2024

Key developments

- North Gaza governorate remains largely cut off. No food or fuel convoy reached Jabalia, Beit Lahia or Beit Hanoun during the reporting period, and the last partner-run bakery in the area closed on 30 October.

- On 29 October, at about 04:00, an air strike hit a five-storey residential building in Beit Lahia where an estimated 150 displaced people were sheltering. The Ministry of Health (MoH) in Gaza reported at least 46 fatalities, among them 17 children, and said dozens of people remained missing under the rubble.

- On 1 November, Israeli forces surrounded a school-turned-shelter in Jabalia camp, ordered displaced families to leave and detained dozens of men, according to partners and displaced families. Some of the detainees were released the next day at a checkpoint west of the camp.

- On 2 November, an air strike hit a UNRWA school in Nuseirat camp sheltering about 2,000 people, killing at least 12 people, including five children, according to the MoH. The Israeli military stated that it had targeted "a Hamas command and control centre" embedded inside the compound.

- On 31 October, tank shells landed on homes on the eastern edge of Bureij camp, killing three people and injuring an undetermined number, partners reported.

- On 3 November, armed men stopped a convoy of 20 lorries carrying flour on the Salah al-Din road, south of Deir al-Balah, and looted 14 of them. One driver was shot and injured. Partners estimate that more than 40 per cent of the aid lorries that entered through Kerem Shalom in October were looted.

- On 2 November, the parties agreed to area-specific humanitarian pauses in Gaza City from 06:00 to 16:00 for three days, to allow the third phase of the polio vaccination campaign to proceed.

- On 3 November, Palestinian armed groups fired two projectiles from northern Gaza towards Sderot, according to the Israeli military, which said both were intercepted. No injuries were reported.

Casualties

According to the MoH, between 7 October 2023 and 4 November 2024 at least 43,300 Palestinians were killed and more than 102,000 injured in Gaza.

Needs and gaps

Partners warn that unless fuel reaches the north within 48 hours, the two partially functioning hospitals there will have to suspend most services.
"""

# the report names no agent for the air strikes and the tank fire; the Israeli military's own statement on
# Nuseirat and the context make Israel the implied actor -> Israel plus unknown (dev-m-03's implied perpetrator)
ISR06 = ISRAEL + ["Israeli forces", "tank shells", "air strike"]
PAG06 = ["Palestinian armed groups", "armed groups"] + HAMAS
DISPLACED06 = CIV + ["displaced people", "displaced families", "residential building"]
BEIT_LAHIA = L(["Beit Lahia", "Beit Lahiya", "Bayt Lahiya", "North Gaza"], 31.55, 34.50, "PS")
JABALIA = L(["Jabalia", "Jabalia camp", "Jabaliya", "Jabalya"], 31.53, 34.48, "PS")
NUSEIRAT = L(["Nuseirat", "Nuseirat camp", "al-Nuseirat", "Nusseirat"], 31.45, 34.39, "PS")
BUREIJ = L(["Bureij", "Bureij camp", "al-Bureij", "eastern edge of Bureij camp"], 31.44, 34.40, "PS")
DEIR_BALAH = L(["Deir al-Balah", "Deir el-Balah", "Salah al-Din road", "south of Deir al-Balah"], 31.42, 34.35, "PS")
GAZA_CITY = L(["Gaza City", "Gaza"], 31.50, 34.46, "PS")
SDEROT = L(["Sderot", "towards Sderot"], 31.52, 34.60, "IL")
GAZA06 = L(["Gaza", "Gaza Strip"], cc="PS")
JNPG = ["Joint NGO Platform for Gaza", "JNPG", "partners", "author"]
MOH06 = ["Ministry of Health", "MoH", "Ministry of Health in Gaza", "Gaza Health Ministry"]
IDF06 = ["Israeli military", "IDF", "Israeli army"]
E06 = [
    # the toll is in the next sentence ("at least 46" -> 46..open); the ministry's bare toll -> a non-core copy
    E(
        True,
        "an air strike hit a five-storey residential building in Beit Lahia where an estimated 150 displaced people were sheltering",
        EXP,
        AIR,
        actor1=ISR06 + UNK,
        actor2=DISPLACED06 + ["five-storey residential building", "150 displaced people"],
        location=BEIT_LAHIA,
        date=D("2024-10-29"),
        killed=R(46, None),
        source=JNPG + MOH06,
    ),
    E(
        False,
        "The Ministry of Health (MoH) in Gaza reported at least 46 fatalities, among them 17 children",
        EXP,
        AIR,
        actor1=ISR06 + UNK,
        actor2=DISPLACED06 + ["17 children"],
        location=BEIT_LAHIA,
        date=D("2024-10-29"),
        killed=R(46, None),
        source=MOH06,
    ),
    E(
        False,
        "strikes on Beit Lahia and Nuseirat",
        EXP,
        AIR,
        actor1=ISR06 + UNK,
        actor2=DISPLACED06,
        location=L(["Beit Lahia", "Nuseirat"], cc="PS"),
        date=D("2024-10-29", "2024-11-02"),
        source=JNPG,
        aggregate=True,
    ),
    # detainees are not casualties ("dozens" of men -> no number field)
    E(
        True,
        "Israeli forces surrounded a school-turned-shelter in Jabalia camp, ordered displaced families to leave and detained dozens of men",
        STR,
        ARRESTS,
        actor1=ISR06,
        actor2=CIV + ["dozens of men", "men", "displaced families"],
        location=JABALIA,
        date=D("2024-11-01"),
        source=JNPG + ["displaced families"],
    ),
    E(
        False,
        "shelter raid in Jabalia",
        STR,
        ARRESTS,
        actor1=ISR06,
        actor2=CIV,
        location=JABALIA,
        date=D("2024-11-01"),
        source=JNPG,
    ),
    # a school sheltering families / "a Hamas command and control centre" -> one core event per version
    E(
        True,
        "an air strike hit a UNRWA school in Nuseirat camp sheltering about 2,000 people, killing at least 12 people, including five children",
        EXP,
        AIR,
        actor1=ISR06 + UNK,
        actor2=CIV + ["UNRWA school", "school", "12 people", "five children"],
        location=NUSEIRAT,
        date=D("2024-11-02"),
        killed=R(12, None),
        source=MOH06 + JNPG,
    ),
    E(
        True,
        'it had targeted "a Hamas command and control centre" embedded inside the compound',
        EXP,
        AIR,
        actor1=ISR06,
        actor2=HAMAS + ["Hamas command and control centre", "command and control centre"],
        location=NUSEIRAT,
        date=D("2024-11-02"),
        source=IDF06,
    ),
    # "injuring an undetermined number" -> at least one -> 1..open
    E(
        True,
        "tank shells landed on homes on the eastern edge of Bureij camp, killing three people and injuring an undetermined number",
        EXP,
        SHELL,
        actor1=ISR06 + UNK,
        actor2=CIV + ["homes", "three people"],
        location=BUREIJ,
        date=D("2024-10-31"),
        killed=R(3),
        injured=R(1, None),
        source=JNPG,
    ),
    # armed men seizing aid lorries: the text stresses the looting -> Looting/property destruction, with the
    # driver shot in the next sentence kept as injured 1; the month's share -> aggregate
    E(
        True,
        "armed men stopped a convoy of 20 lorries carrying flour on the Salah al-Din road, south of Deir al-Balah, and looted 14 of them",
        STR,
        LOOT,
        actor1=UNK + ["armed men"],
        actor2=["convoy", "lorries", "aid lorries", "driver"] + CIV,
        location=DEIR_BALAH,
        date=D("2024-11-03"),
        injured=R(1),
        source=JNPG,
    ),
    E(
        False,
        "aid convoy looted near Deir al-Balah",
        STR,
        LOOT,
        actor1=UNK + ["armed men"],
        actor2=["aid convoy", "convoy"],
        location=DEIR_BALAH,
        date=D("2024-11-03"),
        source=JNPG,
    ),
    E(
        False,
        "more than 40 per cent of the aid lorries that entered through Kerem Shalom in October were looted",
        STR,
        LOOT,
        actor1=UNK,
        actor2=["aid lorries", "lorries"],
        location=GAZA06,
        date=D("2024-10-01", "2024-10-31"),
        source=JNPG,
        aggregate=True,
    ),
    E(
        True,
        "the parties agreed to area-specific humanitarian pauses in Gaza City from 06:00 to 16:00 for three days",
        STR,
        AGREE,
        actor1=["parties", "the parties"] + ISRAEL + HAMAS,
        actor2=["parties", "the parties"] + HAMAS + ISRAEL,
        location=GAZA_CITY,
        date=D("2024-11-02"),
        source=JNPG,
    ),
    # a launch towards a town and its interception -> two core events; "No injuries were reported" -> injured 0..0
    # only
    E(
        True,
        "Palestinian armed groups fired two projectiles from northern Gaza towards Sderot",
        EXP,
        SHELL,
        actor1=PAG06 + UNK,
        actor2=["Sderot"] + ISRAEL,
        location=SDEROT,
        date=D("2024-11-03"),
        injured=R(0),
        source=IDF06,
    ),
    E(
        True,
        "both were intercepted",
        STR,
        DISRUPT,
        actor1=ISRAEL,
        actor2=PAG06 + ["projectiles", "two projectiles"],
        location=SDEROT,
        date=D("2024-11-03"),
        injured=R(0),
        source=IDF06,
    ),
    E(
        False,
        "at least 43,300 Palestinians were killed and more than 102,000 injured in Gaza",
        EXP,
        AIR,
        actor1=ISR06,
        actor2=CIV + ["Palestinians"],
        location=GAZA06,
        date=D("2023-10-07", "2024-11-04"),
        killed=R(43300, None),
        injured=R(102001, None),
        source=MOH06,
        aggregate=True,
    ),
    # no gold: the north "cut off" and the bakery closed (no act), the release of some detainees, the partners'
    # warning about fuel (no violence), "dozens of people remained missing"
]
DOCS.append(
    (
        "dev-n-06",
        "Joint NGO Platform for Gaza (situation report)",
        "2024-11-05",
        "UN/NGO situation report",
        "Gaza/north and centre: an agent-less air strike on a Beit Lahia building (the MoH's toll next sentence), "
        "a shelter raid in Jabalia ('dozens of men' detained), a school strike in Nuseirat in two versions (MoH / "
        "'a Hamas command and control centre'), tank shells on Bureij ('an undetermined number' hurt), a convoy "
        "looted near Deir al-Balah and a month's share, pauses agreed in Gaza City, two projectiles towards Sderot "
        "and their interception, the MoH tally; explicit dates only",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-n-06", "Issued: 5 November 2024", "2024-11-05", "Tuesday"),
    ("dev-n-06", "On 2 November", "2024-11-02", "Saturday"),
    ("dev-n-06", "On 29 October", "2024-10-29", "Tuesday"),
]

# =============================================================================
# dev-n-07  live blog — Lebanon: Beirut's southern suburbs (Burj al-Barajneh, Haret Hreik), Odaisseh, Deir Qanoun al-Nahr near Tyre, Nabatieh, al-Qasr in Hermel; Israel: Kiryat Shmona, Metula, Nahariya (Thu 3 Oct 2024)
# =============================================================================
T07 = """Live: Israeli strikes hit Beirut's southern suburbs, Nabatieh and Hermel; Hezbollah says it fought troops in Odaisseh

Beirut Observer | Live | Thursday 3 October 2024 | All times Beirut (GMT+3)

07:05 - Good morning and welcome to our live coverage. Beirut's southern suburbs, known as Dahiyeh, were hit by at least six strikes overnight, the heaviest bombardment since Israel killed Hezbollah leader Hassan Nasrallah in Haret Hreik last Friday.

07:40 - Lebanon's Health Ministry says six people were killed and 11 wounded when a strike flattened a residential building in Burj al-Barajneh shortly after midnight.

08:15 - The Israeli military says its jets struck "Hezbollah intelligence headquarters and weapons storage facilities" in Dahiyeh overnight, and that residents were warned beforehand. Hezbollah's media office denies Israeli media reports that a senior commander was killed in the raids.

09:30 - Hezbollah says its fighters clashed at dawn with Israeli troops who tried to advance into the border village of Odaisseh, and forced them to retreat after "inflicting losses". The Israeli military has not commented.

10:20 - Sirens across the Upper Galilee. The Israeli military says about 25 projectiles crossed from Lebanon towards Kiryat Shmona and Metula, most of which were intercepted; the rest fell in open areas. No injuries were reported. Hezbollah later claimed the barrage, saying it had targeted "gatherings of enemy soldiers".

11:45 - Lebanon's Civil Defence says three of its paramedics were killed when a strike hit its centre in the village of Deir Qanoun al-Nahr, east of Tyre, as a team prepared to respond to an earlier raid.

12:30 - Update to our 07:40 entry: the Health Ministry has revised the number of wounded in Burj al-Barajneh to 14.

13:10 - An air strike destroyed a two-storey building in the old market quarter of Nabatieh, killing two people, according to the Civil Defence.

14:25 - In the northern Bekaa, residents say Israeli jets struck a house on the edge of the town of al-Qasr, in Hermel district, killing five members of one family.

15:50 - The Israeli military says a fighter jet intercepted a drone launched from Lebanon as it approached Nahariya.

16:40 - The Health Ministry says more than 1,900 people have been killed in Israeli strikes and attacks in Lebanon since October 2023, most of them in the past two weeks.

17:30 - Israeli Prime Minister Benjamin Netanyahu says in a video statement that Israel "will keep striking Hezbollah everywhere in Lebanon, including Beirut" until the residents of northern Israel can return to their homes.

18:00 - We are pausing our live coverage for now. Thank you for following.
"""

ISR07 = ISRAEL + ["Israeli jets", "jets", "fighter jet", "air force"]
HEZ07 = HEZB + ["its fighters", "Hezbollah fighters", "Islamic Resistance"]
DAHIYEH = L(["Dahiyeh", "Beirut's southern suburbs", "southern suburbs", "Beirut", "Burj al-Barajneh",
             "Bourj el-Barajneh", "Haret Hreik"], 33.85, 35.51, "LB")
# a border village and a town in Hermel district we cannot pin to ~10 km -> names and country only
ODAISSEH = L(["Odaisseh", "Adaisseh", "al-Adaysah", "border village of Odaisseh"], cc="LB")
TYRE = L(["Deir Qanoun al-Nahr", "Deir Qanoun", "east of Tyre", "Tyre", "Sour"], 33.27, 35.20, "LB")
NABATIEH = L(["Nabatieh", "Nabatiyeh", "Nabatiye", "old market quarter"], 33.38, 35.48, "LB")
QASR = L(["al-Qasr", "Qasr", "Hermel district", "Hermel", "northern Bekaa"], cc="LB")
KIRYAT_SHMONA = L(["Kiryat Shmona", "Qiryat Shemona", "Metula", "Upper Galilee"], 33.21, 35.57, "IL")
NAHARIYA = L(["Nahariya", "Nahariyya"], 33.01, 35.09, "IL")
LEBANON07 = L(["Lebanon"], cc="LB")
BO = ["Beirut Observer", "author"]
HEALTH07 = ["Health Ministry", "Lebanon's Health Ministry", "Lebanese Health Ministry", "Ministry of Public Health"]
CIVDEF07 = ["Civil Defence", "Lebanon's Civil Defence", "Lebanese Civil Defence"]
IDF07 = ["Israeli military", "IDF", "Israeli army"]
TODAY07 = D("2024-10-03")
NIGHT07 = D("2024-10-02", "2024-10-03")
E07 = [
    # the night's strikes as a count and the headline -> aggregates; Nasrallah's killing "last Friday" ->
    # background
    E(
        False,
        "Beirut's southern suburbs, known as Dahiyeh, were hit by at least six strikes overnight",
        EXP,
        AIR,
        actor1=ISR07 + UNK,
        location=DAHIYEH,
        date=NIGHT07,
        source=BO,
        aggregate=True,
    ),
    E(
        False,
        "Israeli strikes hit Beirut's southern suburbs, Nabatieh and Hermel",
        EXP,
        AIR,
        actor1=ISR07,
        location=L(["Beirut's southern suburbs", "Nabatieh", "Hermel", "Lebanon"], cc="LB"),
        date=NIGHT07,
        source=BO,
        aggregate=True,
    ),
    E(
        False,
        "Israel killed Hezbollah leader Hassan Nasrallah in Haret Hreik last Friday",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HEZB + ["Hassan Nasrallah", "Hezbollah leader"],
        location=DAHIYEH,
        date=D("2024-09-27"),
        killed=R(1, None),
        source=BO,
    ),
    # an agent-less strike in a live entry -> Israel plus unknown; the wounded corrected at 12:30 (11, then 14) ->
    # 11..14 on the core event, the correction a non-core copy
    E(
        True,
        "six people were killed and 11 wounded when a strike flattened a residential building in Burj al-Barajneh shortly after midnight",
        EXP,
        AIR,
        actor1=ISR07 + UNK,
        actor2=CIV + ["residential building", "six people"],
        location=DAHIYEH,
        date=TODAY07,
        killed=R(6),
        injured=R(11, 14),
        source=HEALTH07 + BO,
    ),
    E(
        False,
        "the Health Ministry has revised the number of wounded in Burj al-Barajneh to 14",
        EXP,
        AIR,
        actor1=ISR07 + UNK,
        actor2=CIV,
        location=DAHIYEH,
        date=TODAY07,
        injured=R(14),
        source=HEALTH07,
    ),
    # the army's account of several targets in one night -> aggregate; Hezbollah's denial of a reported death ->
    # non-core denied
    E(
        False,
        'its jets struck "Hezbollah intelligence headquarters and weapons storage facilities" in Dahiyeh overnight',
        EXP,
        AIR,
        actor1=ISR07,
        actor2=HEZB + ["Hezbollah intelligence headquarters", "weapons storage facilities"],
        location=DAHIYEH,
        date=NIGHT07,
        source=IDF07,
        aggregate=True,
    ),
    E(
        False,
        "Hezbollah's media office denies Israeli media reports that a senior commander was killed in the raids",
        EXP,
        AIR,
        actor1=ISR07,
        actor2=HEZB + ["senior commander", "commander"],
        location=DAHIYEH,
        date=NIGHT07,
        killed=R(1),
        source=["Hezbollah's media office", "media office"] + HEZB,
        status="denied",
    ),
    # the group's claim, unverified -> core, sourced to it; "inflicting losses" gives no number
    E(
        True,
        "its fighters clashed at dawn with Israeli troops who tried to advance into the border village of Odaisseh",
        BAT,
        CLASH,
        actor1=HEZ07 + ISR07,
        actor2=ISR07 + HEZ07,
        location=ODAISSEH,
        date=TODAY07,
        source=HEZB,
    ),
    E(
        False,
        "Hezbollah says it fought troops in Odaisseh",
        BAT,
        CLASH,
        actor1=HEZ07 + ISR07,
        actor2=ISR07 + HEZ07,
        location=ODAISSEH,
        date=TODAY07,
        source=HEZB + BO,
    ),
    # a barrage and its interception -> two core events; the later claim adds only the perpetrator and a target ->
    # a non-core copy, the claimant in actor1; "No injuries were reported" -> injured 0..0 only
    E(
        True,
        "about 25 projectiles crossed from Lebanon towards Kiryat Shmona and Metula",
        EXP,
        SHELL,
        actor1=UNK + HEZ07,
        actor2=["Kiryat Shmona", "Metula"] + ISRAEL,
        location=KIRYAT_SHMONA,
        date=TODAY07,
        injured=R(0),
        source=IDF07,
    ),
    E(
        True,
        "most of which were intercepted",
        STR,
        DISRUPT,
        actor1=ISRAEL,
        actor2=HEZ07 + UNK + ["projectiles"],
        location=KIRYAT_SHMONA,
        date=TODAY07,
        source=IDF07,
    ),
    E(
        False,
        'Hezbollah later claimed the barrage, saying it had targeted "gatherings of enemy soldiers"',
        EXP,
        SHELL,
        actor1=HEZ07,
        actor2=ISRAEL + ["gatherings of enemy soldiers", "enemy soldiers"],
        location=KIRYAT_SHMONA,
        date=TODAY07,
        source=HEZB,
    ),
    # a Civil Defence centre: its paramedics are civilians
    E(
        True,
        "three of its paramedics were killed when a strike hit its centre in the village of Deir Qanoun al-Nahr, east of Tyre",
        EXP,
        AIR,
        actor1=ISR07 + UNK,
        actor2=CIV + CIVDEF07 + ["paramedics", "three of its paramedics", "centre"],
        location=TYRE,
        date=TODAY07,
        killed=R(3),
        source=CIVDEF07 + BO,
    ),
    E(
        True,
        "An air strike destroyed a two-storey building in the old market quarter of Nabatieh, killing two people",
        EXP,
        AIR,
        actor1=ISR07 + UNK,
        actor2=CIV + ["two-storey building", "building", "two people"],
        location=NABATIEH,
        date=TODAY07,
        killed=R(2),
        source=CIVDEF07 + BO,
    ),
    E(
        True,
        "Israeli jets struck a house on the edge of the town of al-Qasr, in Hermel district, killing five members of one family",
        EXP,
        AIR,
        actor1=ISR07,
        actor2=CIV + ["house", "five members of one family", "family"],
        location=QASR,
        date=TODAY07,
        killed=R(5),
        source=["residents"] + BO,
    ),
    # a drone intercepted with no claimed launcher -> Hezbollah (the context) plus unknown
    E(
        True,
        "a fighter jet intercepted a drone launched from Lebanon as it approached Nahariya",
        STR,
        DISRUPT,
        actor1=ISR07,
        actor2=UNK + HEZ07 + ["drone"],
        location=NAHARIYA,
        date=TODAY07,
        source=IDF07,
    ),
    E(
        False,
        "more than 1,900 people have been killed in Israeli strikes and attacks in Lebanon since October 2023",
        EXP,
        AIR,
        actor1=ISR07,
        actor2=CIV + ["people"],
        location=LEBANON07,
        date=D("2023-10-01", "2024-10-03"),
        killed=R(1901, None),
        source=HEALTH07,
        aggregate=True,
    ),
    # a state leader's own threat -> planned
    E(
        False,
        'Israel "will keep striking Hezbollah everywhere in Lebanon, including Beirut"',
        EXP,
        AIR,
        actor1=ISRAEL + ["Benjamin Netanyahu", "Netanyahu"],
        actor2=HEZB,
        location=LEBANON07,
        source=["Benjamin Netanyahu", "Netanyahu", "Israeli Prime Minister"],
        status="planned",
    ),
    # no gold: "residents were warned beforehand", "The Israeli military has not commented", the sirens, "the rest
    # fell in open areas" (inside the barrage), "an earlier raid" (no detail), the closing entry
]
DOCS.append(
    (
        "dev-n-07",
        "Beirut Observer (live blog)",
        "2024-10-03",
        "live blog",
        "Lebanon/Dahiyeh, the south and the Bekaa: a strike in Burj al-Barajneh with the wounded corrected in a later "
        "entry (11, then 14), the army's target list (aggregate) and Hezbollah's denial of a commander's death, a "
        "battle in Odaisseh told by Hezbollah, 25 projectiles on Kiryat Shmona ('No injuries were reported') and "
        "their interception with the later claim, paramedics killed near Tyre, Nabatieh, a family in al-Qasr, a "
        "drone intercepted off Nahariya, a tally, a threat, Nasrallah 'last Friday'",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-n-07", "Thursday 3 October 2024", "2024-10-03", "Thursday"),
    ("dev-n-07", "overnight (start)", "2024-10-02", "Wednesday"),
    ("dev-n-07", "last Friday", "2024-09-27", "Friday"),
]

# =============================================================================
# dev-n-08  feature with background history — West Bank/Hebron: Tel Rumeida, Shuhada Street, Khallet al-Dabaa in Masafer Yatta, at-Tuwani, Beit Ummar (Sat 15 Mar 2025)
# =============================================================================
T08 = """Feature: On the hill of Tel Rumeida, Hebron’s old wounds never close

HEBRON, West Bank, March 15 (Jerusalem Weekly Review) - To reach his own front door in Tel Rumeida, Adel Hamdan, 61, passes through a metal turnstile, answers a soldier’s questions and climbs forty steps of a path that settlers also use. He has lived on this hill above Hebron’s old city all his life, and he says the past month has been the worst he can remember.

On the evening of March 7, a group of settlers from the neighbouring settlement threw stones at his house, smashed two windows and beat his son Imad, 34, who needed six stitches in his head. Soldiers who arrived “stood and watched,” Hamdan says. Israeli police said they had opened an investigation after a complaint.

Three days ago, soldiers at the checkpoint on Shuhada Street detained two boys from the Jaber neighbourhood, aged 14 and 15, on their way home from school. The army said they had been “questioned on suspicion of stone-throwing and released” the same evening.

South of the city, in the dry hills of Masafer Yatta, Israeli bulldozers demolished eight homes, a water cistern and a school tent in the hamlet of Khallet al-Dabaa on Tuesday, leaving about 40 people without shelter, the village council said. The Civil Administration said the structures had been built illegally inside a military firing zone.

On Sunday, a settler in army uniform shot and wounded a Palestinian man in the leg near at-Tuwani during a confrontation over grazing land, residents said.

On Thursday, several hundred villagers held their weekly march in Beit Ummar, north of Hebron. Soldiers fired tear gas and rubber-coated bullets at the marchers, wounding three young men, the Palestinian Red Crescent said.

Hebron has a long memory of blood. In August 1929, Arab rioters killed 67 Jews in the city. On February 25, 1994, Baruch Goldstein, a settler from Kiryat Arba, opened fire on Muslim worshippers at dawn prayers in the Ibrahimi Mosque, killing 29 people. The Hebron Protocol of January 1997 divided the city into H1, under Palestinian control, and H2, where several hundred settlers live among tens of thousands of Palestinians under Israeli military rule.

According to the UN, Israeli authorities demolished more than 250 Palestinian structures in the Hebron governorate in 2024.

In Khallet al-Dabaa, families expect the army to try to remove them for good this summer. “They want the land without us,” says Nasser, a shepherd who lost his home on Tuesday. “But where would we go?”
"""

ISR08 = ISRAEL + ["soldiers", "Israeli bulldozers", "army", "Civil Administration"]
SET08 = SETTLERS + ["group of settlers", "settler in army uniform"]
HEBRON = L(["Hebron", "al-Khalil", "Tel Rumeida", "Tel Rumeidah", "Shuhada Street", "Jaber neighbourhood",
            "Ibrahimi Mosque", "Hebron's old city"], 31.53, 35.10, "PS")
# hamlets of Masafer Yatta we cannot pin to ~10 km -> names and country only
DABAA = L(["Khallet al-Dabaa", "Khallet al-Daba'", "Khalet a-Dabe'", "Masafer Yatta"], cc="PS")
TUWANI = L(["at-Tuwani", "al-Tuwani", "Tuwani", "Masafer Yatta"], cc="PS")
BEIT_UMMAR = L(["Beit Ummar", "Beit Omar", "north of Hebron"], 31.62, 35.10, "PS")
HEBRON_GOV = L(["Hebron governorate", "Hebron"], cc="PS")
JWR = ["Jerusalem Weekly Review", "author"]
E08 = [
    # the house belongs to the man named in the sentence before; the son's six stitches -> injured 1
    E(
        True,
        "a group of settlers from the neighbouring settlement threw stones at his house, smashed two windows and beat his son Imad, 34",
        VAC,
        ATTACK,
        actor1=SET08,
        actor2=CIV + ["Adel Hamdan", "his house", "Imad", "son"],
        location=HEBRON,
        date=D("2025-03-07"),
        injured=R(1),
        source=JWR + ["Adel Hamdan", "Hamdan"],
    ),
    # "Three days ago" -> Wednesday; the army's account -> a non-core copy
    E(
        True,
        "soldiers at the checkpoint on Shuhada Street detained two boys from the Jaber neighbourhood, aged 14 and 15",
        STR,
        ARRESTS,
        actor1=ISR08,
        actor2=CIV + ["two boys", "boys"],
        location=HEBRON,
        date=D("2025-03-12"),
        source=JWR,
    ),
    E(
        False,
        "“questioned on suspicion of stone-throwing and released” the same evening",
        STR,
        ARRESTS,
        actor1=ISR08,
        actor2=["boys", "stone-throwing"],
        location=HEBRON,
        date=D("2025-03-12"),
        source=["army", "Israeli army", "IDF"],
    ),
    E(
        True,
        "Israeli bulldozers demolished eight homes, a water cistern and a school tent in the hamlet of Khallet al-Dabaa on Tuesday",
        STR,
        LOOT,
        actor1=ISR08,
        actor2=CIV + ["eight homes", "homes", "water cistern", "school tent"],
        location=DABAA,
        date=D("2025-03-11"),
        source=["village council"] + JWR,
    ),
    E(
        True,
        "a settler in army uniform shot and wounded a Palestinian man in the leg near at-Tuwani during a confrontation over grazing land",
        VAC,
        ATTACK,
        actor1=SET08,
        actor2=CIV + ["Palestinian man", "man"],
        location=TUWANI,
        date=D("2025-03-09"),
        injured=R(1),
        source=["residents"] + JWR,
    ),
    # tear gas and rubber-coated bullets on a march -> Protest with intervention, core on the march
    E(
        True,
        "several hundred villagers held their weekly march in Beit Ummar, north of Hebron",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(ISR08 + ["villagers", "marchers"]),
        location=BEIT_UMMAR,
        date=D("2025-03-13"),
        injured=R(3),
        source=JWR + ["Palestinian Red Crescent"],
    ),
    E(
        False,
        "Soldiers fired tear gas and rubber-coated bullets at the marchers, wounding three young men",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(ISR08 + ["marchers"]),
        location=BEIT_UMMAR,
        date=D("2025-03-13"),
        injured=R(3),
        source=["Palestinian Red Crescent", "Red Crescent"],
    ),
    # background -> non-core: 1929 (a riot that kills), 1994, 1997; the UN count -> aggregate
    E(
        False,
        "In August 1929, Arab rioters killed 67 Jews in the city",
        RIOT,
        MOB,
        actor1=["Arab rioters", "rioters"],
        actor2=CIV + ["Jews", "67 Jews"],
        location=HEBRON,
        date=D("1929-08-01", "1929-08-31"),
        killed=R(67),
        source=JWR,
    ),
    E(
        False,
        "Baruch Goldstein, a settler from Kiryat Arba, opened fire on Muslim worshippers at dawn prayers in the Ibrahimi Mosque, killing 29 people",
        VAC,
        ATTACK,
        actor1=["Baruch Goldstein", "Goldstein"] + SETTLERS,
        actor2=CIV + ["Muslim worshippers", "worshippers"],
        location=HEBRON,
        date=D("1994-02-25"),
        killed=R(29),
        source=JWR,
    ),
    E(
        False,
        "The Hebron Protocol of January 1997 divided the city into H1, under Palestinian control, and H2",
        STR,
        AGREE,
        actor1=["Israel", "Palestine Liberation Organization", "PLO", "Palestinian Authority"],
        actor2=["Palestine Liberation Organization", "PLO", "Palestinian Authority", "Israel"],
        location=HEBRON,
        date=D("1997-01-01", "1997-01-31"),
        source=JWR,
    ),
    E(
        False,
        "Israeli authorities demolished more than 250 Palestinian structures in the Hebron governorate in 2024",
        STR,
        LOOT,
        actor1=ISR08 + ["Israeli authorities"],
        actor2=CIV + ["Palestinian structures", "structures"],
        location=HEBRON_GOV,
        date=D("2024-01-01", "2024-12-31"),
        source=["United Nations", "UN office"],
        aggregate=True,
    ),
    # the families' own expectation -> hypothetical
    E(
        False,
        "families expect the army to try to remove them for good this summer",
        STR,
        OTHER,
        actor1=ISR08,
        actor2=CIV + ["families"],
        location=DABAA,
        source=["families"] + JWR,
        status="hypothetical",
    ),
    # no gold: the turnstile and path (no act), "stood and watched", the police investigation, "leaving about 40
    # people without shelter" (inside the demolition), the Civil Administration's reason, the quotes
]
DOCS.append(
    (
        "dev-n-08",
        "Jerusalem Weekly Review",
        "2025-03-15",
        "feature with background history",
        "West Bank/Hebron: settlers stone a house in Tel Rumeida (the victim named in the sentence before), two boys "
        "detained 'Three days ago' with the army's 'questioned ... and released', homes demolished in Khallet "
        "al-Dabaa, a man shot near at-Tuwani, a march in Beit Ummar met with tear gas and rubber bullets, 1929, 1994 "
        "and 1997 background, a UN count, a feared expulsion (hypothetical); typographic quotes",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-n-08", "March 15", "2025-03-15", "Saturday"),
    ("dev-n-08", "On Thursday", "2025-03-13", "Thursday"),
    ("dev-n-08", "Three days ago", "2025-03-12", "Wednesday"),
    ("dev-n-08", "on Tuesday", "2025-03-11", "Tuesday"),
    ("dev-n-08", "On Sunday", "2025-03-09", "Sunday"),
    ("dev-n-08", "On the evening of March 7", "2025-03-07", "Friday"),
    ("dev-n-08", "On February 25, 1994", "1994-02-25", "Friday"),
]

# =============================================================================
# dev-n-09  analysis (speculation, forecasts) — Yemen: Hodeidah port, Sanaa's Hadda district and Mount Attan, Shada in Saada, Taiz's eastern front; Israel: Eilat, central Israel (Wed 10 Sep 2025)
# =============================================================================
T09 = """Analysis: With strikes on Hodeidah and drones on Eilat, Yemen's war is drifting out of anyone's control

LONDON, Sept 10 (Gulf Strategy Monitor) - For most of the past decade, Yemen's war was a contest over cities and roads. It has become something else: a long-range duel between the Houthis and Israel, with the United States, Saudi Arabia and the United Nations caught in between. The past ten days show how fast it is moving.

On Sunday, Israeli jets struck fuel tanks and cranes at Hodeidah port, killing four port workers and wounding 17, according to the Houthi-run health ministry. The Israeli military said it had hit "infrastructure used by the Houthi terrorist regime to transfer Iranian weapons". Hours earlier, a drone launched from Yemen had struck near the port of Eilat, lightly wounding two people, Israeli medics said; the Houthis claimed it, saying they had used a "Yafa" drone.

On Monday night, the Israeli military said it had intercepted a missile fired from Yemen towards central Israel, sending hundreds of thousands of people to shelters.

The Houthis have also turned inwards. Last week, their security forces raided the offices of UN agencies in Sanaa's Hadda district and detained at least 11 UN staff members, according to the UN, which says more than 40 of its personnel are now held. The group accuses them of spying for Israel.

The old fronts have not gone quiet either. Houthi media reported that Saudi artillery shelled the Shada district of Saada on Thursday, killing four African migrants; Riyadh did not comment. In Taiz, two government soldiers were killed on Saturday when Houthi fighters attacked their positions on the city's eastern front, a military source said.

Then there is the unexplained. A powerful explosion at a weapons depot on Mount Attan in Sanaa on Friday night shook much of the capital. Residents blamed either an Israeli or an American air strike; neither government has commented, and the Houthis have said nothing.

By our count, Israel has struck Yemen at least 14 times since July 2024.

What comes next? If a Houthi missile kills Israelis, a far heavier Israeli campaign against Sanaa, including its leadership, is likely. The Houthis, who seized Sanaa in September 2014, could in turn revive attacks on Saudi oil facilities if they conclude that Riyadh is helping Israel. The UN-brokered truce of April 2022, which has largely held between the Houthis and the Saudis, may not survive either scenario.
"""

HOU09 = HOUTHI + ["Houthi fighters", "Houthi terrorist regime", "security forces", "their security forces"]
ISR09 = ISRAEL + ["Israeli jets"]
SAUDI = ["Saudi Arabia", "Saudi", "Saudi artillery", "Riyadh", "Military Forces of Saudi Arabia", "Saudis"]
YEGOV09 = YEGOV + ["government soldiers", "soldiers", "their positions"]
UN09 = ["United Nations", "UN agencies", "UN staff members", "UN staff"]
HODEIDAH = L(["Hodeidah", "Hodeidah port", "Hudaydah", "al-Hudaydah"], 14.80, 42.95, "YE")
EILAT = L(["Eilat", "port of Eilat", "near the port of Eilat"], 29.56, 34.95, "IL")
CENTRAL_ISRAEL = L(["central Israel", "Israel"], cc="IL")
SANAA = L(["Sanaa", "Sana'a", "Hadda", "Hadda district", "Mount Attan", "Attan", "the capital"], 15.35, 44.21, "YE")
SHADA = L(["Shada", "Shada district", "Saada", "Sa'dah"], cc="YE")
TAIZ = L(["Taiz", "Ta'izz", "eastern front", "city's eastern front"], 13.58, 44.02, "YE")
YEMEN09 = L(["Yemen"], cc="YE")
GSM = ["Gulf Strategy Monitor", "author"]
E09 = [
    # Israel's reason names the same port as "infrastructure" -> a non-core copy (same object)
    E(
        True,
        "Israeli jets struck fuel tanks and cranes at Hodeidah port, killing four port workers and wounding 17",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + ["port workers", "fuel tanks", "cranes", "Hodeidah port"],
        location=HODEIDAH,
        date=D("2025-09-07"),
        killed=R(4),
        injured=R(17),
        source=["Houthi-run health ministry", "health ministry"] + HOUTHI,
    ),
    E(
        False,
        'it had hit "infrastructure used by the Houthi terrorist regime to transfer Iranian weapons"',
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HOU09 + ["infrastructure"],
        location=HODEIDAH,
        date=D("2025-09-07"),
        source=["Israeli military", "IDF"],
    ),
    # "Hours earlier" than the Sunday strike -> Saturday or Sunday; the claim adds only the weapon -> non-core copy
    E(
        True,
        "a drone launched from Yemen had struck near the port of Eilat, lightly wounding two people",
        EXP,
        AIR,
        actor1=UNK + HOU09,
        actor2=CIV + ["two people", "people"],
        location=EILAT,
        date=D("2025-09-06", "2025-09-07"),
        injured=R(2),
        source=["Israeli medics", "medics"],
    ),
    E(
        False,
        'the Houthis claimed it, saying they had used a "Yafa" drone',
        EXP,
        AIR,
        actor1=HOU09,
        location=EILAT,
        date=D("2025-09-06", "2025-09-07"),
        source=HOUTHI,
    ),
    # "On Monday night" -> both days
    E(
        True,
        "it had intercepted a missile fired from Yemen towards central Israel",
        STR,
        DISRUPT,
        actor1=ISRAEL,
        actor2=HOU09 + UNK + ["missile"],
        location=CENTRAL_ISRAEL,
        date=D("2025-09-08", "2025-09-09"),
        source=["Israeli military", "IDF"],
    ),
    # "Last week" -> the previous Monday to Sunday; detainees are no casualties; the UN's standing count -> aggregate
    E(
        True,
        "their security forces raided the offices of UN agencies in Sanaa's Hadda district and detained at least 11 UN staff members",
        STR,
        ARRESTS,
        actor1=HOU09,
        actor2=UN09,
        location=SANAA,
        date=D("2025-09-01", "2025-09-07"),
        source=["United Nations", "the UN"] + GSM,
    ),
    E(
        False,
        "more than 40 of its personnel are now held",
        STR,
        ARRESTS,
        actor1=HOU09,
        actor2=UN09 + ["personnel"],
        location=YEMEN09,
        source=["United Nations", "the UN"],
        aggregate=True,
    ),
    # the other side's media, relayed: core, sourced to it
    E(
        True,
        "Saudi artillery shelled the Shada district of Saada on Thursday, killing four African migrants",
        EXP,
        SHELL,
        actor1=SAUDI,
        actor2=CIV + ["African migrants", "migrants"],
        location=SHADA,
        date=D("2025-09-04"),
        killed=R(4),
        source=["Houthi media"] + HOUTHI,
    ),
    # positions attacked: the soldiers' dead only -> 2..open
    E(
        True,
        "two government soldiers were killed on Saturday when Houthi fighters attacked their positions on the city's eastern front",
        BAT,
        CLASH,
        actor1=HOU09 + YEGOV09,
        actor2=YEGOV09 + HOU09,
        location=TAIZ,
        date=D("2025-09-06"),
        killed=R(2, None),
        source=["military source"] + GSM,
    ),
    # residents put the blast down to either of two states' aircraft, with no claim -> core Air/drone strike with
    # both and unknown; "on Friday night" -> both days; the blame -> a non-core copy
    E(
        True,
        "A powerful explosion at a weapons depot on Mount Attan in Sanaa on Friday night shook much of the capital",
        EXP,
        AIR,
        actor1=UNK + ISRAEL + USA,
        actor2=HOU09 + ["weapons depot", "depot"],
        location=SANAA,
        date=D("2025-09-05", "2025-09-06"),
        source=["Residents", "residents"] + GSM,
    ),
    E(
        False,
        "Residents blamed either an Israeli or an American air strike",
        EXP,
        AIR,
        actor1=UNK + ISRAEL + USA,
        actor2=["weapons depot"],
        location=SANAA,
        date=D("2025-09-05", "2025-09-06"),
        source=["Residents", "residents"],
    ),
    E(
        False,
        "Israel has struck Yemen at least 14 times since July 2024",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HOUTHI,
        location=YEMEN09,
        date=D("2024-07-01", "2025-09-10"),
        source=GSM,
        aggregate=True,
    ),
    # scenarios -> hypothetical; 2014 and 2022 -> background
    E(
        False,
        "a far heavier Israeli campaign against Sanaa, including its leadership, is likely",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=HOUTHI + ["leadership"],
        location=SANAA,
        source=GSM,
        status="hypothetical",
    ),
    E(
        False,
        "The Houthis, who seized Sanaa in September 2014",
        BAT,
        NSAOVER,
        actor1=HOUTHI,
        actor2=YEGOV,
        location=SANAA,
        date=D("2014-09-01", "2014-09-30"),
        source=GSM,
    ),
    E(
        False,
        "could in turn revive attacks on Saudi oil facilities if they conclude that Riyadh is helping Israel",
        EXP,
        AIR,
        actor1=HOUTHI,
        actor2=SAUDI + ["Saudi oil facilities", "oil facilities"],
        source=GSM,
        status="hypothetical",
    ),
    E(
        False,
        "The UN-brokered truce of April 2022",
        STR,
        AGREE,
        actor1=HOUTHI + SAUDI + YEGOV,
        actor2=SAUDI + YEGOV + HOUTHI,
        location=YEMEN09,
        date=D("2022-04-01", "2022-04-30"),
        source=GSM,
    ),
    # no gold: "a long-range duel" (a summary), the shelters, "The group accuses them of spying", "Riyadh did not
    # comment", "may not survive either scenario"
]
DOCS.append(
    (
        "dev-n-09",
        "Gulf Strategy Monitor",
        "2025-09-10",
        "analysis (speculation and forecasts)",
        "Yemen and Israel: an Israeli strike on Hodeidah port (the Houthi ministry's toll, Israel's reason), a drone "
        "near Eilat 'Hours earlier' and the Houthi claim, a missile intercepted 'On Monday night', UN staff detained "
        "in Sanaa 'Last week', Saudi shelling of Shada per Houthi media, a clash in Taiz, a blast on Mount Attan "
        "blamed on 'either an Israeli or an American air strike', a 14-strike count, 2014 and 2022 background, "
        "conditional scenarios",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-n-09", "Sept 10", "2025-09-10", "Wednesday"),
    ("dev-n-09", "On Monday night", "2025-09-08", "Monday"),
    ("dev-n-09", "On Sunday / Hours earlier", "2025-09-07", "Sunday"),
    ("dev-n-09", "on Saturday", "2025-09-06", "Saturday"),
    ("dev-n-09", "on Friday night", "2025-09-05", "Friday"),
    ("dev-n-09", "on Thursday", "2025-09-04", "Thursday"),
    ("dev-n-09", "Last week (start)", "2025-09-01", "Monday"),
]

# =============================================================================
# dev-n-10  partisan outlet (militia-aligned, Iraqi "resistance") — Iraq/Baghdad: al-Mashtal, Palestine Street, Tahrir Square, the Jumhuriya bridge, the Victory base; Basra's al-Jazair Street (Fri 9 Feb 2024)
# =============================================================================
T10 = """American drone assassinates resistance commander in eastern Baghdad; mujahideen answer with drones on occupation's Victory base

BAGHDAD, 9 February (Al-Muqawama Press) - In a new crime against Iraqi sovereignty, an American drone fired three missiles at a civilian car in the al-Mashtal neighbourhood of eastern Baghdad on Wednesday night, martyring the mujahid commander Hajj Karrar al-Musawi and his companion.

Witnesses said the car burst into flames on a crowded commercial street and that two passers-by were wounded by shrapnel.

The American Central Command (CENTCOM) claimed in a statement that it had killed "a Kataib Hezbollah commander responsible for directly planning and participating in attacks on US forces in the region".

Yesterday, tens of thousands of mourners carried the coffins of the two martyrs from Palestine Street to Tahrir Square, chanting "No, no to America". When a group of young men tried to cross the al-Jumhuriya bridge towards the Green Zone, where the American embassy stands, riot police fired tear gas and water cannon at them, wounding dozens, the media office of the Islamic Resistance said.

At dawn today, the Islamic Resistance in Iraq announced that its mujahideen had targeted the occupation's "Victory" base near Baghdad airport with two drones, "achieving direct hits". An Iraqi security source said the base's air defences shot down one of the drones, while the other fell in an empty field, causing no casualties.

In Basra, a crowd of angry young men stormed the branch of an American fast-food chain on al-Jazair Street late on Tuesday and set it on fire, in protest at American support for the Zionist aggression on Gaza. No one was hurt. Police later arrested four of them, whom our sources described as "honourable youths".

The government of Prime Minister Mohammed Shia al-Sudani condemned the assassination as "a flagrant attack on Iraqi soil", but the resistance says words are no longer enough.

Since the aggression on Gaza began in October, the Islamic Resistance in Iraq has carried out more than 170 operations against the bases of the American occupation in Iraq and Syria.

The same criminal hand assassinated the leaders of victory, Hajj Qassem Soleimani and Hajj Abu Mahdi al-Muhandis, near Baghdad airport in January 2020.

The Pentagon has threatened further strikes. The resistance answers that the blood of the martyrs will not go unanswered and that the occupation will leave Iraq "vertically or horizontally".
"""

US10 = USA + ["American drone", "American occupation", "occupation", "Central Command", "CENTCOM", "Pentagon",
              "the base's air defences", "air defences"]
IRI = ["Islamic Resistance in Iraq", "Islamic Resistance", "resistance", "mujahideen", "its mujahideen"]
MUSAWI10 = KH + ["Karrar al-Musawi", "Hajj Karrar al-Musawi", "mujahid commander", "commander", "companion",
                 "civilian car", "car", "Kataib Hezbollah commander"] + IRI
RIOTPOL10 = IQPOL + ["riot police"]
# al-Mashtal lies some 8 km east of the centre -> the city's point
BAGHDAD = L(["Baghdad", "al-Mashtal", "Mashtal", "eastern Baghdad", "Palestine Street", "Tahrir Square",
             "al-Jumhuriya bridge", "Jumhuriya bridge", "Green Zone"], 33.31, 44.39, "IQ")
VICTORY = L(["Victory base", "Victory", "Camp Victory", "Baghdad airport", "Baghdad International Airport",
             "near Baghdad airport"], 33.26, 44.23, "IQ")
BASRA = L(["Basra", "al-Basra", "al-Jazair Street", "Jazair Street"], 30.51, 47.81, "IQ")
IQSY10 = L(["Iraq and Syria", "Iraq", "Syria"])
AMP = ["Al-Muqawama Press", "our sources", "author"]
CENTCOM = ["Central Command", "CENTCOM", "US Central Command", "American Central Command"]
NIGHT10 = D("2024-02-07", "2024-02-08")
E10 = [
    # the dead are one pair told two ways (a mujahid commander and his companion / a Kataib Hezbollah commander)
    # -> one core event with both in actor2, CENTCOM's claim a non-core copy; "on Wednesday night" -> both days;
    # the witnesses' two wounded (next sentence) folded in and kept as a non-core copy
    E(
        True,
        "an American drone fired three missiles at a civilian car in the al-Mashtal neighbourhood of eastern Baghdad on Wednesday night, martyring the mujahid commander Hajj Karrar al-Musawi and his companion",
        EXP,
        AIR,
        actor1=US10,
        actor2=MUSAWI10 + CIV,
        location=BAGHDAD,
        date=NIGHT10,
        killed=R(2),
        injured=R(2),
        source=AMP,
    ),
    E(
        False,
        "the car burst into flames on a crowded commercial street and that two passers-by were wounded by shrapnel",
        EXP,
        AIR,
        actor1=US10,
        actor2=CIV + ["passers-by", "car"],
        location=BAGHDAD,
        date=NIGHT10,
        injured=R(2),
        source=["Witnesses", "witnesses"],
    ),
    E(
        False,
        'it had killed "a Kataib Hezbollah commander responsible for directly planning and participating in attacks on US forces in the region"',
        EXP,
        AIR,
        actor1=US10,
        actor2=KH + ["Kataib Hezbollah commander", "commander"],
        location=BAGHDAD,
        date=NIGHT10,
        killed=R(1, None),
        source=CENTCOM,
    ),
    E(
        False,
        "American drone assassinates resistance commander in eastern Baghdad",
        EXP,
        AIR,
        actor1=US10,
        actor2=MUSAWI10,
        location=BAGHDAD,
        date=NIGHT10,
        source=AMP,
    ),
    # a funeral march; tear gas and water cannon on the young men at the bridge -> Protest with intervention, core
    # on the march; "wounding dozens" -> 24..open
    E(
        True,
        'tens of thousands of mourners carried the coffins of the two martyrs from Palestine Street to Tahrir Square, chanting "No, no to America"',
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(RIOTPOL10 + ["mourners", "young men"]),
        location=BAGHDAD,
        date=D("2024-02-08"),
        injured=R(24, None),
        source=AMP + ["media office of the Islamic Resistance"],
    ),
    E(
        False,
        "riot police fired tear gas and water cannon at them, wounding dozens",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(RIOTPOL10 + ["young men"]),
        location=BAGHDAD,
        date=D("2024-02-08"),
        injured=R(24, None),
        source=["media office of the Islamic Resistance", "media office"] + IRI,
    ),
    # the group's claim -> core, sourced to it; the shoot-down its own core event; "causing no casualties" -> 0..0
    E(
        True,
        'its mujahideen had targeted the occupation\'s "Victory" base near Baghdad airport with two drones',
        EXP,
        AIR,
        actor1=IRI,
        actor2=US10 + ["Victory base", "base"],
        location=VICTORY,
        date=D("2024-02-09"),
        source=IRI,
    ),
    E(
        False,
        "mujahideen answer with drones on occupation's Victory base",
        EXP,
        AIR,
        actor1=IRI,
        actor2=US10 + ["Victory base"],
        location=VICTORY,
        date=D("2024-02-09"),
        source=AMP,
    ),
    E(
        True,
        "the base's air defences shot down one of the drones",
        STR,
        DISRUPT,
        actor1=US10,
        actor2=IRI + ["drones", "drone"],
        location=VICTORY,
        date=D("2024-02-09"),
        killed=R(0),
        injured=R(0),
        source=["Iraqi security source", "security source"],
    ),
    # a crowd against property -> Riots/Mob violence; "No one was hurt" -> 0..0; "late on Tuesday" -> Tuesday
    E(
        True,
        "a crowd of angry young men stormed the branch of an American fast-food chain on al-Jazair Street late on Tuesday and set it on fire",
        RIOT,
        MOB,
        actor1=["rioters", "crowd of angry young men", "young men", "crowd"],
        actor2=["American fast-food chain", "fast-food chain", "branch"] + CIV,
        location=BASRA,
        date=D("2024-02-06"),
        killed=R(0),
        injured=R(0),
        source=AMP,
    ),
    # the detainees are named only in the sentence before ("them"); "later" -> Tuesday to publication
    E(
        True,
        "Police later arrested four of them",
        STR,
        ARRESTS,
        actor1=IQPOL + ["Police"],
        actor2=["four of them", "young men", "honourable youths", "rioters"],
        location=BASRA,
        date=D("2024-02-06", "2024-02-09"),
        source=AMP,
    ),
    E(
        False,
        "the Islamic Resistance in Iraq has carried out more than 170 operations against the bases of the American occupation in Iraq and Syria",
        EXP,
        AIR,
        actor1=IRI,
        actor2=US10 + ["bases of the American occupation"],
        location=IQSY10,
        date=D("2023-10-01", "2024-02-09"),
        source=AMP,
        aggregate=True,
    ),
    # background: "The same criminal hand" -> the United States; "the leaders" are two named men -> 2..open
    E(
        False,
        "The same criminal hand assassinated the leaders of victory, Hajj Qassem Soleimani and Hajj Abu Mahdi al-Muhandis, near Baghdad airport in January 2020",
        EXP,
        AIR,
        actor1=US10 + ["same criminal hand"],
        actor2=["Qassem Soleimani", "Abu Mahdi al-Muhandis", "leaders of victory"] + PMF + IRAN,
        location=VICTORY,
        date=D("2020-01-01", "2020-01-31"),
        killed=R(2, None),
        source=AMP,
    ),
    # two threats, each by its own side -> planned
    E(
        False,
        "The Pentagon has threatened further strikes",
        EXP,
        AIR,
        actor1=US10,
        actor2=IRI + KH,
        source=["Pentagon"] + AMP,
        status="planned",
    ),
    E(
        False,
        "the blood of the martyrs will not go unanswered",
        EXP,
        AIR,
        actor1=IRI,
        actor2=US10,
        source=IRI,
        status="planned",
    ),
    # no gold: the government's condemnation, "words are no longer enough", "achieving direct hits" (inside the
    # claim), "the other fell in an empty field", "vertically or horizontally" (a slogan inside the threat)
]
DOCS.append(
    (
        "dev-n-10",
        "Al-Muqawama Press",
        "2024-02-09",
        "partisan outlet (militia-aligned)",
        "Iraq/Baghdad and Basra: a US drone strike in al-Mashtal 'on Wednesday night' ('martyring'; CENTCOM's "
        "'Kataib Hezbollah commander'; witnesses' wounded), a funeral march met with tear gas at the Jumhuriya bridge "
        "('wounding dozens'), the Islamic Resistance's drone claim on the Victory base and one drone shot down "
        "('causing no casualties'), a mob torching a restaurant in Basra ('No one was hurt') and four arrested "
        "'later' (named only as 'them'), a 170-operation tally, 2020 background ('The same criminal hand'), threats",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-n-10", "9 February / At dawn today", "2024-02-09", "Friday"),
    ("dev-n-10", "Yesterday", "2024-02-08", "Thursday"),
    ("dev-n-10", "on Wednesday night", "2024-02-07", "Wednesday"),
    ("dev-n-10", "late on Tuesday", "2024-02-06", "Tuesday"),
]

# =============================================================================
# dev-n-11  wire service — Yemen/the south: Mudiyah in Abyan, Markha and Said in Shabwa, Aden's Sheikh Othman, Crater, al-Mansoura and Dar Saad (Tue 20 Aug 2024)
# =============================================================================
T11 = """Suicide car bomb kills at least 12 soldiers at army camp in Yemen's Abyan; AQAP claims attack

ADEN, Yemen, Aug 20 (Arabian Peninsula Wire) - A suicide bomber drove an explosives-laden vehicle into a camp of the Security Belt forces in the Mudiyah district of Abyan province on Sunday, killing at least 12 soldiers and wounding nine, military and medical sources said.

Al-Qaeda in the Arabian Peninsula (AQAP) claimed the attack in a statement on Monday, saying its "martyrdom-seeker" had killed 30 members of the "separatist militia". The Security Belt, a force loyal to the Southern Transitional Council (STC), said the attacker had first opened fire on the gate guards before detonating his vehicle.

In neighbouring Shabwa, fighters of the STC-aligned Shabwa Defence Forces clashed with AQAP militants in the Markha district on Monday night, killing three militants, a local official said. One Shabwa Defence fighter was wounded.

A suspected U.S. drone strike killed two men travelling in a pickup in the Said district of Shabwa on Friday, residents said. The U.S. military did not comment.

In Aden, gunmen on a motorcycle shot dead a mosque imam, Sheikh Abdulrahman al-Yafei, as he left the dawn prayer in the Sheikh Othman district on Saturday. It was the third killing of a cleric in the city this year; no one has claimed responsibility.

On Monday evening, hundreds of residents blocked streets in Aden's Crater and al-Mansoura districts with burning tyres after power cuts of up to 16 hours a day in the summer heat. Security forces fired into the air to disperse them, and one protester was wounded, residents said.

Counter-terrorism forces arrested three suspected AQAP members in Aden's Dar Saad district on Sunday night, accusing them of sheltering the Mudiyah bomber, a security official said.

AQAP has claimed more than 20 attacks on southern forces in Abyan and Shabwa since January, most of them with roadside bombs and drones. In 2022, UAE-backed southern forces launched an offensive named "Arrows of the East" to drive the group from its strongholds in Abyan's valleys.

Analysts expect the group to step up its attacks while the STC and the government remain at odds over salaries and control of Aden.
"""

AQAP = ["Al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda", "Al Qaeda", "AQAP militants", "militants"]
STC11 = ["Southern Transitional Council", "STC", "Security Belt", "Security Belt forces", "southern forces",
         "separatist militia", "soldiers", "camp"]
SHABWA_DEF = ["Shabwa Defence Forces", "Shabwa Defense Forces", "Shabwa Defence", "STC-aligned"] + STC11
ADENSEC = ["Security forces", "security forces", "Counter-terrorism forces", "counter-terrorism forces"] + STC11 + YEGOV
# districts of Abyan and Shabwa we cannot pin to ~10 km -> names and country only; Aden's districts lie within
# ~10 km of its centre -> the city's point
MUDIYAH = L(["Mudiyah", "Mudiya", "Mudiyah district", "Abyan", "Abyan province"], cc="YE")
MARKHA = L(["Markha", "Markhah", "Markha district", "Shabwa"], cc="YE")
SAID = L(["Said", "Said district", "Sa'id", "Shabwa"], cc="YE")
ADEN = L(["Aden", "Sheikh Othman", "Crater", "al-Mansoura", "Mansoura", "Dar Saad"], 12.80, 45.03, "YE")
ABYAN_SHABWA = L(["Abyan", "Shabwa", "Abyan and Shabwa"], cc="YE")
APW = ["Arabian Peninsula Wire", "author"]
E11 = [
    # the sources' toll ("at least 12" -> 12..open) and AQAP's claim with its own toll (30 victims) -> one core
    # event per version, the claimant joining actor1 of the first; the Security Belt's detail -> a non-core copy
    E(
        True,
        "A suicide bomber drove an explosives-laden vehicle into a camp of the Security Belt forces in the Mudiyah district of Abyan province on Sunday, killing at least 12 soldiers and wounding nine",
        EXP,
        SUICIDE,
        actor1=UNK + AQAP + ["suicide bomber"],
        actor2=STC11 + ["12 soldiers"],
        location=MUDIYAH,
        date=D("2024-08-18"),
        killed=R(12, None),
        injured=R(9),
        source=["military and medical sources", "military sources", "medical sources"] + APW,
    ),
    E(
        True,
        'its "martyrdom-seeker" had killed 30 members of the "separatist militia"',
        EXP,
        SUICIDE,
        actor1=AQAP + ["martyrdom-seeker"],
        actor2=STC11,
        location=MUDIYAH,
        date=D("2024-08-18"),
        killed=R(30),
        source=AQAP + ["statement"],
    ),
    E(
        False,
        "the attacker had first opened fire on the gate guards before detonating his vehicle",
        EXP,
        SUICIDE,
        actor1=UNK + AQAP + ["attacker"],
        actor2=STC11 + ["gate guards"],
        location=MUDIYAH,
        date=D("2024-08-18"),
        source=["Security Belt"],
    ),
    E(
        False,
        "Suicide car bomb kills at least 12 soldiers at army camp in Yemen's Abyan",
        EXP,
        SUICIDE,
        actor1=UNK + AQAP,
        actor2=STC11,
        location=MUDIYAH,
        date=D("2024-08-18"),
        killed=R(12, None),
        source=APW,
    ),
    # each side's count only -> open ranges; "on Monday night" -> both days
    E(
        True,
        "fighters of the STC-aligned Shabwa Defence Forces clashed with AQAP militants in the Markha district on Monday night, killing three militants",
        BAT,
        CLASH,
        actor1=SHABWA_DEF + AQAP,
        actor2=AQAP + SHABWA_DEF,
        location=MARKHA,
        date=D("2024-08-19", "2024-08-20"),
        killed=R(3, None),
        injured=R(1, None),
        source=["local official", "official"] + APW,
    ),
    # "suspected" -> the United States plus unknown; the dead are not identified
    E(
        True,
        "A suspected U.S. drone strike killed two men travelling in a pickup in the Said district of Shabwa on Friday",
        EXP,
        AIR,
        actor1=USA + UNK,
        actor2=["two men", "men", "pickup"],
        location=SAID,
        date=D("2024-08-16"),
        killed=R(2),
        source=["residents"] + APW,
    ),
    E(
        True,
        "gunmen on a motorcycle shot dead a mosque imam, Sheikh Abdulrahman al-Yafei, as he left the dawn prayer in the Sheikh Othman district on Saturday",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen", "gunmen on a motorcycle"],
        actor2=CIV + ["mosque imam", "imam", "Abdulrahman al-Yafei", "cleric"],
        location=ADEN,
        date=D("2024-08-17"),
        killed=R(1),
        source=APW,
    ),
    E(
        False,
        "It was the third killing of a cleric in the city this year",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV + ["cleric", "clerics"],
        location=ADEN,
        date=D("2024-01-01", "2024-08-20"),
        killed=R(3),
        source=APW,
        aggregate=True,
    ),
    # streets blocked with burning tyres -> Riots/Violent demonstration; the wounded protester is told with the
    # dispersal (a non-core copy)
    E(
        True,
        "hundreds of residents blocked streets in Aden's Crater and al-Mansoura districts with burning tyres",
        RIOT,
        VIOLENT,
        actor1=PROTESTERS + ["rioters", "residents", "hundreds of residents"] + ADENSEC,
        actor2=ADENSEC + ["rioters", "residents"],
        location=ADEN,
        date=D("2024-08-19"),
        injured=R(1),
        source=["residents"] + APW,
    ),
    E(
        False,
        "Security forces fired into the air to disperse them, and one protester was wounded",
        RIOT,
        VIOLENT,
        actor1=ADENSEC + PROTESTERS,
        actor2=PROTESTERS + ["rioters"] + ADENSEC,
        location=ADEN,
        date=D("2024-08-19"),
        injured=R(1),
        source=["residents"],
    ),
    # "on Sunday night" -> both days
    E(
        True,
        "Counter-terrorism forces arrested three suspected AQAP members in Aden's Dar Saad district on Sunday night",
        STR,
        ARRESTS,
        actor1=ADENSEC,
        actor2=AQAP + ["three suspected AQAP members", "suspects"],
        location=ADEN,
        date=D("2024-08-18", "2024-08-19"),
        source=["security official", "official"] + APW,
    ),
    E(
        False,
        "AQAP has claimed more than 20 attacks on southern forces in Abyan and Shabwa since January",
        EXP,
        IED,
        actor1=AQAP,
        actor2=STC11,
        location=ABYAN_SHABWA,
        date=D("2024-01-01", "2024-08-20"),
        source=AQAP + APW,
        aggregate=True,
    ),
    E(
        False,
        'In 2022, UAE-backed southern forces launched an offensive named "Arrows of the East"',
        BAT,
        CLASH,
        actor1=STC11 + ["UAE-backed southern forces"],
        actor2=AQAP,
        location=L(["Abyan", "Abyan's valleys"], cc="YE"),
        date=D("2022-01-01", "2022-12-31"),
        source=APW,
    ),
    E(
        False,
        "Analysts expect the group to step up its attacks",
        BAT,
        CLASH,
        actor1=AQAP,
        actor2=STC11,
        location=ABYAN_SHABWA,
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: "The U.S. military did not comment", "no one has claimed responsibility", "accusing them of
    # sheltering the Mudiyah bomber" (inside the arrest), the STC-government quarrel (no act)
]
DOCS.append(
    (
        "dev-n-11",
        "Arabian Peninsula Wire",
        "2024-08-20",
        "wire service",
        "Yemen/the south: a suicide car bomb on a Security Belt camp in Mudiyah in two versions (sources 'at least "
        "12' / AQAP's 30) with the Belt's detail, a clash in Markha 'on Monday night', 'A suspected U.S. drone "
        "strike' in Said, an imam shot in Aden and 'the third killing' count, streets blocked with burning tyres "
        "(one hurt), arrests in Dar Saad, a tally, 2022 background, a forecast",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-n-11", "Aug 20", "2024-08-20", "Tuesday"),
    ("dev-n-11", "on Monday / on Monday night / On Monday evening", "2024-08-19", "Monday"),
    ("dev-n-11", "on Sunday / on Sunday night", "2024-08-18", "Sunday"),
    ("dev-n-11", "on Saturday", "2024-08-17", "Saturday"),
    ("dev-n-11", "on Friday", "2024-08-16", "Friday"),
]

# =============================================================================
# dev-n-12  partisan outlet (Israeli nationalist) — Israel/the north and the Golan: Metula, Kiryat Shmona, Katzrin, the Mahanayim junction, Majdal Shams; Lebanon: Khiam, Aitaroun (Mon 5 Aug 2024)
# =============================================================================
T12 = """Hezbollah drone wounds two soldiers near Metula as rockets pound Kiryat Shmona; evacuees block Mahanayim junction

KIRYAT SHMONA, August 5 (Northern Front Daily) - Two IDF soldiers were wounded, one of them moderately, when an explosive drone launched by Hezbollah terrorists slammed into an army position on the outskirts of Metula on Sunday afternoon, the military said. The Iranian proxy boasted of the attack on its Telegram channels, claiming “confirmed casualties”.

Hours later, Hezbollah fired some 30 rockets at Kiryat Shmona and the Upper Galilee. Iron Dome intercepted most of them. One rocket slammed into the yard of a house in the city, causing heavy damage but no injuries, as the family was in its safe room.

On Saturday night, a rocket fired from Lebanon set fire to scrubland near Katzrin on the Golan Heights. Firefighters battled the blaze until the morning.

Overnight, IDF fighter jets struck a Hezbollah weapons depot in the village of Khiam, the army said, “eliminating” three terrorists. The Lebanese Health Ministry, which never distinguishes between terrorists and civilians, claimed the three were “civilians”, among them a woman. The jets also struck a rocket launcher in Aitaroun that had been used in the attack on Kiryat Shmona.

This morning, hundreds of evacuees from Kiryat Shmona and the border communities blocked the Mahanayim junction for two hours, waving Israeli flags and placards reading “The north is not a backyard”. Police officers dragged several of the protesters off the road.

They have every reason to be angry. Just nine days ago, on July 27, a Hezbollah rocket killed 12 children on a football pitch in the Druze town of Majdal Shams. Hezbollah denied firing it, a lie nobody in the north believes. Since October 8, the terror group has fired more than 7,000 rockets, missiles and drones at Israel, and some 60,000 residents are still living in hotels far from their homes.

Defence Minister Yoav Gallant promised on Sunday that Hezbollah “will pay a heavy price”. Northerners have heard that before. The truth is that a full war in Lebanon is coming, and the sooner the government stops pretending otherwise, the sooner the families of the Galilee will be able to go home.
"""

HEZ12 = HEZB + ["Hezbollah terrorists", "Iranian proxy", "terror group", "terrorists"]
IDF12 = ISRAEL + ["IDF soldiers", "army position", "IDF fighter jets", "jets", "Iron Dome"]
METULA = L(["Metula", "outskirts of Metula"], 33.28, 35.58, "IL")
KIRYAT_SHMONA12 = L(["Kiryat Shmona", "Qiryat Shemona", "Upper Galilee"], 33.21, 35.57, "IL")
# the Golan: occupied territory, no country given (dev-m-04)
KATZRIN = L(["Katzrin", "Qatzrin", "near Katzrin", "Golan Heights", "Golan"], 32.99, 35.69)
KHIAM = L(["Khiam", "al-Khiam", "el-Khiam"], 33.33, 35.61, "LB")
AITAROUN = L(["Aitaroun", "Aytaroun", "Eitaroun", "Aaitaroun"], 33.12, 35.47, "LB")
MAHANAYIM = L(["Mahanayim junction", "Mahanayim", "Rosh Pina"], 32.97, 35.56, "IL")
MAJDAL_SHAMS = L(["Majdal Shams", "football pitch"], 33.27, 35.77)
NFD = ["Northern Front Daily", "author"]
IDFSRC12 = ["military", "the army", "Israeli military", "IDF"]
E12 = [
    E(
        True,
        "Two IDF soldiers were wounded, one of them moderately, when an explosive drone launched by Hezbollah terrorists slammed into an army position on the outskirts of Metula on Sunday afternoon",
        EXP,
        AIR,
        actor1=HEZ12,
        actor2=IDF12 + ["two IDF soldiers"],
        location=METULA,
        date=D("2024-08-04"),
        injured=R(2),
        source=IDFSRC12 + NFD,
    ),
    # the group's boast adds nothing of its own -> a non-core copy
    E(
        False,
        "The Iranian proxy boasted of the attack on its Telegram channels, claiming “confirmed casualties”",
        EXP,
        AIR,
        actor1=HEZ12,
        actor2=IDF12,
        location=METULA,
        date=D("2024-08-04"),
        source=HEZB + ["Telegram channels"],
    ),
    E(
        False,
        "Hezbollah drone wounds two soldiers near Metula",
        EXP,
        AIR,
        actor1=HEZ12,
        actor2=IDF12,
        location=METULA,
        date=D("2024-08-04"),
        injured=R(2),
        source=NFD,
    ),
    # the barrage and its interception -> two core events; the one impact with "no injuries" is the barrage's only
    # told harm -> injured 0..0 on it, the impact a non-core copy
    E(
        True,
        "Hezbollah fired some 30 rockets at Kiryat Shmona and the Upper Galilee",
        EXP,
        SHELL,
        actor1=HEZ12,
        actor2=["Kiryat Shmona", "Upper Galilee"] + CIV,
        location=KIRYAT_SHMONA12,
        date=D("2024-08-04"),
        injured=R(0),
        source=NFD,
    ),
    E(
        True,
        "Iron Dome intercepted most of them",
        STR,
        DISRUPT,
        actor1=IDF12,
        actor2=HEZ12 + ["rockets"],
        location=KIRYAT_SHMONA12,
        date=D("2024-08-04"),
        source=NFD,
    ),
    E(
        False,
        "One rocket slammed into the yard of a house in the city, causing heavy damage but no injuries",
        EXP,
        SHELL,
        actor1=HEZ12,
        actor2=CIV + ["house", "family"],
        location=KIRYAT_SHMONA12,
        date=D("2024-08-04"),
        injured=R(0),
        source=NFD,
    ),
    E(
        False,
        "rockets pound Kiryat Shmona",
        EXP,
        SHELL,
        actor1=HEZ12,
        location=KIRYAT_SHMONA12,
        date=D("2024-08-04"),
        source=NFD,
    ),
    # "from Lebanon" with no claimant -> Hezbollah (the piece's framing) plus unknown; scrubland, no victim ->
    # no actor2; "On Saturday night" -> both days
    E(
        True,
        "a rocket fired from Lebanon set fire to scrubland near Katzrin on the Golan Heights",
        EXP,
        SHELL,
        actor1=UNK + HEZ12,
        location=KATZRIN,
        date=D("2024-08-03", "2024-08-04"),
        source=NFD,
    ),
    # the dead told two ways (terrorists / civilians, among them a woman) -> one core event, both in actor2, the
    # ministry's claim a non-core copy; "Overnight" -> both days
    E(
        True,
        "Overnight, IDF fighter jets struck a Hezbollah weapons depot in the village of Khiam, the army said, “eliminating” three terrorists",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=HEZ12 + ["weapons depot", "three terrorists"] + CIV + ["woman"],
        location=KHIAM,
        date=D("2024-08-04", "2024-08-05"),
        killed=R(3),
        source=IDFSRC12 + NFD,
    ),
    E(
        False,
        "claimed the three were “civilians”, among them a woman",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=CIV + ["woman"],
        location=KHIAM,
        date=D("2024-08-04", "2024-08-05"),
        killed=R(3),
        source=["Lebanese Health Ministry", "Health Ministry"],
    ),
    E(
        True,
        "The jets also struck a rocket launcher in Aitaroun that had been used in the attack on Kiryat Shmona",
        EXP,
        AIR,
        actor1=IDF12,
        actor2=HEZ12 + ["rocket launcher", "launcher"],
        location=AITAROUN,
        date=D("2024-08-04", "2024-08-05"),
        source=IDFSRC12 + NFD,
    ),
    # a junction blocked, protesters dragged off by police -> Protest with intervention, core on the gathering
    E(
        True,
        "hundreds of evacuees from Kiryat Shmona and the border communities blocked the Mahanayim junction for two hours",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(["Israel Police", "police", "Police officers", "Police Forces of Israel"] + ["evacuees"]),
        location=MAHANAYIM,
        date=D("2024-08-05"),
        source=NFD,
    ),
    E(
        False,
        "Police officers dragged several of the protesters off the road",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(["Israel Police", "police", "Police officers"]),
        location=MAHANAYIM,
        date=D("2024-08-05"),
        source=NFD,
    ),
    E(
        False,
        "evacuees block Mahanayim junction",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(["Israel Police", "police"] + ["evacuees"]),
        location=MAHANAYIM,
        date=D("2024-08-05"),
        source=NFD,
    ),
    # background, July 27 -> non-core; the group's denial -> non-core denied; the ten months' fire -> aggregate
    E(
        False,
        "a Hezbollah rocket killed 12 children on a football pitch in the Druze town of Majdal Shams",
        EXP,
        SHELL,
        actor1=HEZ12,
        actor2=CIV + ["12 children", "children"],
        location=MAJDAL_SHAMS,
        date=D("2024-07-27"),
        killed=R(12),
        source=NFD,
    ),
    E(
        False,
        "Hezbollah denied firing it",
        EXP,
        SHELL,
        actor1=HEZ12,
        actor2=CIV + ["children"],
        location=MAJDAL_SHAMS,
        date=D("2024-07-27"),
        source=HEZB,
        status="denied",
    ),
    E(
        False,
        "the terror group has fired more than 7,000 rockets, missiles and drones at Israel",
        EXP,
        AIR,
        actor1=HEZ12,
        actor2=ISRAEL,
        location=L(["Israel", "northern Israel"], cc="IL"),
        date=D("2023-10-08", "2024-08-05"),
        source=NFD,
        aggregate=True,
    ),
    # a minister's threat -> planned; the writer's own forecast -> hypothetical
    E(
        False,
        "Hezbollah “will pay a heavy price”",
        EXP,
        AIR,
        actor1=ISRAEL + ["Yoav Gallant", "Defence Minister"],
        actor2=HEZB,
        source=["Yoav Gallant", "Gallant", "Defence Minister"],
        status="planned",
    ),
    E(
        False,
        "a full war in Lebanon is coming",
        BAT,
        CLASH,
        actor1=ISRAEL + HEZB,
        actor2=HEZB + ISRAEL,
        location=L(["Lebanon"], cc="LB"),
        source=NFD,
        status="hypothetical",
    ),
    # no gold: the firefighters, "a lie nobody in the north believes", the 60,000 displaced (no act), "Northerners
    # have heard that before"
]
DOCS.append(
    (
        "dev-n-12",
        "Northern Front Daily",
        "2024-08-05",
        "partisan outlet (Israeli nationalist)",
        "Israel/the north and the Golan: a Hezbollah drone hurts two soldiers near Metula and the group's boast, some "
        "30 rockets on Kiryat Shmona ('no injuries') and Iron Dome, a rocket fire near Katzrin 'On Saturday night', "
        "an IDF strike on Khiam with the dead told two ways ('terrorists' / 'civilians'), a launcher hit in Aitaroun, "
        "evacuees block the Mahanayim junction and are dragged off, Majdal Shams 'nine days ago' and its denial, a "
        "tally, a threat, the writer's forecast of war; typographic quotes",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-n-12", "August 5 / This morning", "2024-08-05", "Monday"),
    ("dev-n-12", "on Sunday afternoon / Hours later", "2024-08-04", "Sunday"),
    ("dev-n-12", "On Saturday night", "2024-08-03", "Saturday"),
    ("dev-n-12", "on July 27", "2024-07-27", "Saturday"),
]

# =============================================================================
# dev-n-13  army statement — Jordan/the border with Syria: the Eastern Military Region, Ramtha, Mafraq governorate, the Jaber crossing; Syria: the Suwayda countryside (Wed 6 Mar 2024)
# =============================================================================
T13 = """Army: Border guards kill four smugglers in clash on north-eastern front, down drug-laden drone near Ramtha

AMMAN, 6 March 2024 - A military source at the General Command of the Jordan Armed Forces - Arab Army stated the following:

At dawn on Tuesday, Border Guard forces of the Eastern Military Region, in coordination with the Military Security Directorate and the Anti-Narcotics Department, thwarted an attempt by armed groups to infiltrate and smuggle large quantities of narcotics from Syrian territory into the Kingdom. The forces engaged the smugglers, killing four of them and wounding others, who fled back into Syrian territory. One of our soldiers was slightly wounded and was taken to hospital for treatment. The forces seized 2.4 million Captagon pills, 300 kilograms of hashish and a number of weapons.

On Monday evening, Border Guard forces of the Northern Military Region shot down a drone carrying three kilograms of crystal methamphetamine that had crossed the border from Syria near Ramtha.

In a follow-up operation, the Anti-Narcotics Department of the Public Security Directorate arrested seven suspects in the Mafraq governorate on Tuesday who had been waiting to receive the shipment.

On Saturday night, a border guard patrol near the Jaber crossing came under fire from a group of smugglers. The patrol returned fire and the smugglers withdrew into Syrian territory, with no casualties among our forces.

The General Command categorically denies the allegations published by some Syrian websites that Royal Jordanian Air Force aircraft struck homes in the Suwayda countryside last week, and affirms that these fabrications serve the gangs of drug and arms smugglers and those who stand behind them.

Since the beginning of the year, the Armed Forces have foiled 41 infiltration and smuggling attempts on the northern and eastern fronts and killed 19 smugglers. The General Command recalls that in January 2022, Border Guard forces killed 27 smugglers in a single clash on the eastern front.

The Jordan Armed Forces will continue to deal with firmness and force with any threat on the northern and eastern fronts, and will not hesitate to strike with an iron fist anyone who tries to tamper with the security of the Kingdom.
"""

JAF = ["Jordan Armed Forces", "Arab Army", "Jordanian army", "Jordanian Armed Forces", "Military Forces of Jordan",
       "Border Guard forces", "border guard patrol", "patrol", "the forces", "our forces", "General Command"]
PSD13 = ["Anti-Narcotics Department", "Public Security Directorate", "Jordanian police", "Police Forces of Jordan"]
SMUG13 = ["smugglers", "armed groups", "group of smugglers", "drug smugglers", "smuggling gangs"]
# military regions and a governorate are areas, not points -> names and country only
EAST_JO = L(["Eastern Military Region", "north-eastern front", "eastern front", "Syrian border"], cc="JO")
RAMTHA = L(["Ramtha", "al-Ramtha", "near Ramtha", "Northern Military Region"], 32.56, 36.01, "JO")
MAFRAQ = L(["Mafraq governorate", "Mafraq", "al-Mafraq"], cc="JO")
JABER = L(["Jaber crossing", "Jaber", "Jaber border crossing"], 32.54, 36.21, "JO")
SUWAYDA13 = L(["Suwayda countryside", "Suwayda", "Sweida"], cc="SY")
FRONTS13 = L(["northern and eastern fronts", "Jordan", "Syrian border"], cc="JO")
JAFSRC = ["Jordan Armed Forces", "General Command", "military source", "Arab Army", "author"]
TUE13 = D("2024-03-05")
E13 = [
    # the smugglers are named only in the sentence before; both sides told (four smugglers dead, one soldier
    # slightly wounded) -> killed exact 4; the smugglers' wounded "others" uncounted -> injured 1..open; the
    # thwarted attempt and the headline -> non-core copies
    E(
        True,
        "The forces engaged the smugglers, killing four of them and wounding others, who fled back into Syrian territory",
        BAT,
        CLASH,
        actor1=JAF + SMUG13,
        actor2=SMUG13 + JAF,
        location=EAST_JO,
        date=TUE13,
        killed=R(4),
        injured=R(1, None),
        source=JAFSRC,
    ),
    E(
        False,
        "thwarted an attempt by armed groups to infiltrate and smuggle large quantities of narcotics from Syrian territory into the Kingdom",
        BAT,
        CLASH,
        actor1=JAF + SMUG13,
        actor2=SMUG13 + JAF,
        location=EAST_JO,
        date=TUE13,
        source=JAFSRC,
    ),
    E(
        False,
        "Border guards kill four smugglers in clash on north-eastern front",
        BAT,
        CLASH,
        actor1=JAF + SMUG13,
        actor2=SMUG13 + JAF,
        location=EAST_JO,
        date=TUE13,
        killed=R(4, None),
        source=JAFSRC,
    ),
    # a drone shot down -> Disrupted weapons use, even one carrying drugs; its senders -> the smugglers plus unknown
    E(
        True,
        "Border Guard forces of the Northern Military Region shot down a drone carrying three kilograms of crystal methamphetamine that had crossed the border from Syria near Ramtha",
        STR,
        DISRUPT,
        actor1=JAF,
        actor2=UNK + SMUG13 + ["drone"],
        location=RAMTHA,
        date=D("2024-03-04"),
        source=JAFSRC,
    ),
    E(
        False,
        "down drug-laden drone near Ramtha",
        STR,
        DISRUPT,
        actor1=JAF,
        actor2=UNK + SMUG13 + ["drone"],
        location=RAMTHA,
        date=D("2024-03-04"),
        source=JAFSRC,
    ),
    E(
        True,
        "the Anti-Narcotics Department of the Public Security Directorate arrested seven suspects in the Mafraq governorate on Tuesday",
        STR,
        ARRESTS,
        actor1=PSD13,
        actor2=["seven suspects", "suspects"] + SMUG13,
        location=MAFRAQ,
        date=TUE13,
        source=JAFSRC,
    ),
    # an exchange of fire; only "no casualties among our forces" (one side) -> no number fields; "On Saturday
    # night" -> both days
    E(
        True,
        "a border guard patrol near the Jaber crossing came under fire from a group of smugglers",
        BAT,
        CLASH,
        actor1=SMUG13 + JAF,
        actor2=JAF + SMUG13,
        location=JABER,
        date=D("2024-03-02", "2024-03-03"),
        source=JAFSRC,
    ),
    E(
        False,
        "The patrol returned fire and the smugglers withdrew into Syrian territory",
        BAT,
        CLASH,
        actor1=JAF + SMUG13,
        actor2=SMUG13 + JAF,
        location=JABER,
        date=D("2024-03-02", "2024-03-03"),
        source=JAFSRC,
    ),
    # the allegation the army denies is the only telling -> non-core denied; "last week" -> Monday to Sunday
    E(
        False,
        "The General Command categorically denies the allegations published by some Syrian websites that Royal Jordanian Air Force aircraft struck homes in the Suwayda countryside last week",
        EXP,
        AIR,
        actor1=JAF + ["Royal Jordanian Air Force"],
        actor2=CIV + ["homes"],
        location=SUWAYDA13,
        date=D("2024-02-26", "2024-03-03"),
        source=JAFSRC,
        status="denied",
    ),
    E(
        False,
        "the Armed Forces have foiled 41 infiltration and smuggling attempts on the northern and eastern fronts and killed 19 smugglers",
        BAT,
        CLASH,
        actor1=JAF,
        actor2=SMUG13,
        location=FRONTS13,
        date=D("2024-01-01", "2024-03-06"),
        killed=R(19),
        source=JAFSRC,
        aggregate=True,
    ),
    E(
        False,
        "in January 2022, Border Guard forces killed 27 smugglers in a single clash on the eastern front",
        BAT,
        CLASH,
        actor1=JAF,
        actor2=SMUG13,
        location=EAST_JO,
        date=D("2022-01-01", "2022-01-31"),
        killed=R(27, None),
        source=JAFSRC,
    ),
    E(
        False,
        "will not hesitate to strike with an iron fist anyone who tries to tamper with the security of the Kingdom",
        BAT,
        CLASH,
        actor1=JAF,
        actor2=SMUG13 + ["anyone who tries to tamper with the security of the Kingdom"],
        location=FRONTS13,
        source=JAFSRC,
        status="planned",
    ),
    # no gold: the seized drugs and weapons, "taken to hospital for treatment", "these fabrications serve the
    # gangs" (a label), "continue to deal with firmness" (inside the pledge)
]
DOCS.append(
    (
        "dev-n-13",
        "Jordan Armed Forces (army statement)",
        "2024-03-06",
        "army statement (ministry-style official statement)",
        "Jordan/the Syrian border: a dawn battle with smugglers (named only in the sentence before; four dead and one "
        "soldier hurt), a drug-carrying drone downed near Ramtha, seven arrested in Mafraq, a patrol fired on near "
        "the Jaber crossing 'On Saturday night' ('no casualties among our forces'), a denied air strike in Suwayda "
        "'last week', a tally, 2022 background, a pledge",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-n-13", "6 March 2024", "2024-03-06", "Wednesday"),
    ("dev-n-13", "At dawn on Tuesday / on Tuesday", "2024-03-05", "Tuesday"),
    ("dev-n-13", "On Monday evening", "2024-03-04", "Monday"),
    ("dev-n-13", "On Saturday night", "2024-03-02", "Saturday"),
    ("dev-n-13", "last week (start)", "2024-02-26", "Monday"),
]

# =============================================================================
# dev-n-14  state media (Iranian) — Iran/Sistan and Baluchestan: Saravan, Rask, the Chabahar-Konarak road, Zahedan; Pakistan: Panjgur (Thu 16 Oct 2025)
# =============================================================================
T14 = """Three police officers martyred in terrorist attack on Saravan police station; all five attackers killed

ZAHEDAN, October 16 (Tehran News Network) - Three police officers were martyred and two others wounded when terrorists of the so-called Jaish al-Zolm group attacked a police station in the city of Saravan, in Sistan and Baluchestan province, late on Tuesday, the provincial police chief said.

The attackers, armed with machine guns and rocket-propelled grenades, were confronted by police and Basij forces, and all five of them were killed in a gunfight that lasted about three hours, he said.

The terrorist group, which calls itself Jaish al-Adl, claimed the attack in a statement on a Telegram channel, saying its fighters had killed 11 members of the “occupying regime’s forces” and withdrawn safely. Provincial officials dismissed the claim as “psychological warfare aimed at covering up the group’s defeat”.

On Wednesday, the ground forces of the Islamic Revolutionary Guards Corps at the Quds Base dismantled a terrorist team in the Rask area, arresting six of its members and seizing explosives, suicide vests and weapons, the IRGC’s public relations office said.

Police sappers also defused a roadside bomb planted under a bridge on the Chabahar-Konarak road on Monday morning, the provincial governor’s office said. Traffic was halted for several hours.

The police chief denied reports by “hostile Persian-language media” that officers had fired on a group of fuel porters near Saravan last week, killing two of them, calling the reports “lies fabricated in London”.

On Wednesday afternoon, thousands of people in Zahedan took part in a rally to condemn terrorism and honour the martyrs, chanting slogans against the United States and the Zionist regime.

The group, which Iran says is backed by foreign intelligence services, has carried out more than 20 attacks on security forces in the province this year. In January 2024, the IRGC struck the group’s bases in Pakistan’s Panjgur with missiles and drones, prompting retaliatory Pakistani strikes inside Iran.

The commander of the IRGC Ground Forces vowed that the Guards would “pursue the terrorists and their foreign masters wherever they are”.
"""

IRPOL = ["Iranian police", "police", "Police Forces of Iran", "police officers", "police station", "Basij",
         "Basij forces", "occupying regime’s forces", "security forces"]
IRGC14 = IRAN + ["IRGC ground forces", "ground forces of the Islamic Revolutionary Guards Corps", "Quds Base",
                 "Guards", "IRGC Ground Forces"]
JAA = ["Jaish al-Adl", "Jaish al-Zolm", "Jaish ul-Adl", "Army of Justice", "terrorists", "terrorist group",
       "attackers", "terrorist team"]
SARAVAN = L(["Saravan", "Sarawan", "near Saravan", "Sistan and Baluchestan"], 27.37, 62.33, "IR")
RASK = L(["Rask", "Rask area"], 26.23, 61.40, "IR")
CHABAHAR = L(["Chabahar-Konarak road", "Chabahar", "Konarak"], 25.29, 60.64, "IR")
ZAHEDAN = L(["Zahedan"], 29.50, 60.86, "IR")
PANJGUR = L(["Panjgur", "Pakistan"], 26.97, 64.09, "PK")
SISTAN = L(["Sistan and Baluchestan", "Sistan-Baluchestan", "the province"], cc="IR")
TNN = ["Tehran News Network", "author"]
POLCHIEF = ["provincial police chief", "police chief"] + TNN
E14 = [
    # a police station attacked and its defenders fighting -> Battles; the attackers' five dead come a sentence
    # later -> folded in (3 + 5 = 8, both sides told -> exact; the wounded are all police -> 2) with a non-core copy
    E(
        True,
        "Three police officers were martyred and two others wounded when terrorists of the so-called Jaish al-Zolm group attacked a police station in the city of Saravan, in Sistan and Baluchestan province, late on Tuesday",
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + JAA,
        location=SARAVAN,
        date=D("2025-10-14"),
        killed=R(8),
        injured=R(2),
        source=POLCHIEF,
    ),
    E(
        False,
        "all five of them were killed in a gunfight that lasted about three hours",
        BAT,
        CLASH,
        actor1=IRPOL + JAA,
        actor2=JAA + IRPOL,
        location=SARAVAN,
        date=D("2025-10-14"),
        killed=R(5, None),
        source=POLCHIEF,
    ),
    E(
        False,
        "Three police officers martyred in terrorist attack on Saravan police station",
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + JAA,
        location=SARAVAN,
        date=D("2025-10-14"),
        killed=R(8),
        source=TNN,
    ),
    # the group's version with its own toll -> core, sourced to it (one side -> open); the officials' dismissal ->
    # a non-core denied copy
    E(
        True,
        "its fighters had killed 11 members of the “occupying regime’s forces” and withdrawn safely",
        BAT,
        CLASH,
        actor1=JAA + IRPOL,
        actor2=IRPOL + JAA,
        location=SARAVAN,
        date=D("2025-10-14"),
        killed=R(11, None),
        source=["Jaish al-Adl", "Telegram channel", "statement"],
    ),
    E(
        False,
        "Provincial officials dismissed the claim as “psychological warfare aimed at covering up the group’s defeat”",
        BAT,
        CLASH,
        actor1=JAA,
        actor2=IRPOL,
        location=SARAVAN,
        date=D("2025-10-14"),
        killed=R(11, None),
        source=["Provincial officials", "officials"],
        status="denied",
    ),
    E(
        True,
        "the ground forces of the Islamic Revolutionary Guards Corps at the Quds Base dismantled a terrorist team in the Rask area, arresting six of its members",
        STR,
        ARRESTS,
        actor1=IRGC14,
        actor2=JAA + ["six of its members", "terrorist team"],
        location=RASK,
        date=D("2025-10-15"),
        source=["IRGC’s public relations office", "public relations office", "IRGC"] + TNN,
    ),
    E(
        True,
        "Police sappers also defused a roadside bomb planted under a bridge on the Chabahar-Konarak road on Monday morning",
        STR,
        DISRUPT,
        actor1=IRPOL + ["Police sappers", "sappers"],
        actor2=UNK + JAA + ["roadside bomb", "bomb"],
        location=CHABAHAR,
        date=D("2025-10-13"),
        source=["provincial governor’s office", "governor’s office"] + TNN,
    ),
    # the reports the chief denies are the only telling -> non-core denied; "last week" -> Monday to Sunday
    E(
        False,
        "officers had fired on a group of fuel porters near Saravan last week, killing two of them",
        VAC,
        ATTACK,
        actor1=IRPOL,
        actor2=CIV + ["fuel porters", "porters"],
        location=SARAVAN,
        date=D("2025-10-06", "2025-10-12"),
        killed=R(2),
        source=POLCHIEF,
        status="denied",
    ),
    E(
        True,
        "thousands of people in Zahedan took part in a rally to condemn terrorism and honour the martyrs",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["thousands of people", "people"],
        location=ZAHEDAN,
        date=D("2025-10-15"),
        source=TNN,
    ),
    E(
        False,
        "has carried out more than 20 attacks on security forces in the province this year",
        BAT,
        CLASH,
        actor1=JAA,
        actor2=IRPOL + IRGC14,
        location=SISTAN,
        date=D("2025-01-01", "2025-10-16"),
        source=TNN,
        aggregate=True,
    ),
    # background, January 2024: a missile-and-drone salvo -> Air/drone strike; the reply -> its own event
    E(
        False,
        "the IRGC struck the group’s bases in Pakistan’s Panjgur with missiles and drones",
        EXP,
        AIR,
        actor1=IRGC14,
        actor2=JAA + ["bases"],
        location=PANJGUR,
        date=D("2024-01-01", "2024-01-31"),
        source=TNN,
    ),
    E(
        False,
        "prompting retaliatory Pakistani strikes inside Iran",
        EXP,
        AIR,
        actor1=["Pakistan", "Pakistani", "Military Forces of Pakistan"],
        location=L(["Iran", "inside Iran"], cc="IR"),
        date=D("2024-01-01", "2024-01-31"),
        source=TNN,
    ),
    E(
        False,
        "the Guards would “pursue the terrorists and their foreign masters wherever they are”",
        BAT,
        CLASH,
        actor1=IRGC14,
        actor2=JAA + ["foreign masters"],
        source=["commander of the IRGC Ground Forces", "IRGC"],
        status="planned",
    ),
    # no gold: the seized explosives and vests, "Traffic was halted", "backed by foreign intelligence services"
    # (a label), the rally's slogans
]
DOCS.append(
    (
        "dev-n-14",
        "Tehran News Network",
        "2025-10-16",
        "state media (Iranian)",
        "Iran/Sistan and Baluchestan: a Jaish al-Adl attack on a Saravan police station 'late on Tuesday' (three "
        "police dead, the attackers' five a sentence later) in two versions (police chief / the group's 11) and "
        "the officials' dismissal, a team dismantled in Rask, a bomb defused on the Chabahar-Konarak road, a denied "
        "shooting of fuel porters 'last week', a rally in Zahedan, a tally, January 2024 background, a threat; "
        "typographic quotes",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-n-14", "October 16", "2025-10-16", "Thursday"),
    ("dev-n-14", "On Wednesday / On Wednesday afternoon", "2025-10-15", "Wednesday"),
    ("dev-n-14", "late on Tuesday", "2025-10-14", "Tuesday"),
    ("dev-n-14", "on Monday morning", "2025-10-13", "Monday"),
    ("dev-n-14", "last week (start)", "2025-10-06", "Monday"),
]

# =============================================================================
# dev-n-15  local news site — Iraq/Duhok province: Kani Masi and Sargele in Amedi district, Zewa near Batifa, Mount Metina, Zakho; Turkey: Uludere and Roboski (Tue 16 Jul 2024)
# =============================================================================
T15 = """Turkish strikes set orchards ablaze near Kani Masi; farmer wounded by shelling near Batifa

DUHOK, July 16 (Duhok Post) - Turkish warplanes bombed the mountains above the village of Kani Masi in Amedi district yesterday afternoon, setting fire to orchards and oak forest, residents and the district's mayor said. No one was hurt, but villagers said the flames spread across hundreds of dunams of walnut groves and vineyards before civil defence teams contained them at night.

On Sunday, a farmer was wounded by shrapnel when Turkish artillery shelled the outskirts of the village of Zewa, near Batifa in Zakho district, the village mukhtar told Duhok Post. The Turkish military did not comment.

The People's Defence Forces (HPG), the armed wing of the Kurdistan Workers' Party (PKK), said in a statement that its fighters had clashed with Turkish commandos on the slopes of Mount Metina on Saturday, killing four soldiers. Turkey's Ministry of National Defence said one soldier was "martyred" in a clash with "terrorists" in the Claw-Lock operation zone the same day, and that its forces had "neutralised" 13 PKK militants in air and ground operations over the past week.

Villagers in the Kani Masi area also say Turkish troops set up a new military post last week on a hilltop overlooking the village of Sargele, and have since blocked a road that farmers use to reach their fields.

In Zakho, about 200 people protested on Monday afternoon outside the district administration building against the Turkish operations and the silence of Baghdad and Erbil. Kurdish security forces (Asayish) broke up the protest and detained six protesters and two journalists, according to the Metro Center for journalists' rights. Most were released by evening.

Across the border in Turkey's Sirnak province, the gendarmerie said it had detained 14 people, among them four Syrians, who had tried to cross illegally from Iraq near Uludere on Sunday.

Community Peacemaker Teams, a group that monitors the bombardment, says Turkish forces have struck areas of Duhok province more than 80 times since the start of July.

Uludere has its own scars. In December 2011, Turkish jets killed 34 villagers from Roboski, most of them young men carrying fuel and cigarettes across the border, after the army mistook them for PKK fighters.

Local officials fear that Turkey will extend its operation to the Sapna valley this summer, bringing the war closer to Amedi town itself.
"""

TUR15 = TURKEY + ["Turkish warplanes", "Turkish artillery", "Turkish commandos", "Turkish troops", "Turkish forces",
                  "Turkish jets", "Ministry of National Defence", "soldiers"]
HPG = ["People's Defence Forces", "HPG", "armed wing of the Kurdistan Workers' Party", "its fighters", "terrorists",
       "PKK militants"] + PKK
KRGSEC15 = ["Asayish", "Kurdish security forces", "Kurdistan Regional Government", "KRG", "security forces"]
GENDARMERIE = ["gendarmerie", "Turkish gendarmerie", "Gendarmerie General Command", "Police Forces of Turkey"] + TURKEY
# mountain villages, hilltops and operation zones we cannot pin to ~10 km -> names and country only
KANI_MASI = L(["Kani Masi", "Kani Masee", "Amedi district", "Amadiya district", "Amedi"], cc="IQ")
ZEWA = L(["Zewa", "Batifa", "Batifah", "Zakho district"], cc="IQ")
METINA = L(["Mount Metina", "Metina", "Matin", "Claw-Lock operation zone"], cc="IQ")
CLAWLOCK = L(["Claw-Lock operation zone", "Claw-Lock", "northern Iraq", "Metina"], cc="IQ")
SARGELE = L(["Sargele", "Sargeleh", "Kani Masi area", "Kani Masi"], cc="IQ")
ZAKHO = L(["Zakho", "Zakhu", "district administration building"], 37.14, 42.68, "IQ")
ULUDERE = L(["Uludere", "Qileban", "Sirnak province", "Şırnak"], 37.44, 42.85, "TR")
DUHOK_PROV = L(["Duhok province", "Duhok", "Dohuk"], cc="IQ")
ROBOSKI = L(["Roboski", "Ortasu", "Uludere"], 37.44, 42.85, "TR")
DP = ["Duhok Post", "author"]
TURMOD = ["Ministry of National Defence", "Turkish Ministry of National Defence", "Turkey's Ministry of National "
          "Defence", "Turkish Defence Ministry"]
E15 = [
    # the mountains and groves bombed, no person targeted -> no actor2; "No one was hurt" -> 0..0 both
    E(
        True,
        "Turkish warplanes bombed the mountains above the village of Kani Masi in Amedi district yesterday afternoon, setting fire to orchards and oak forest",
        EXP,
        AIR,
        actor1=TUR15,
        location=KANI_MASI,
        date=D("2024-07-15"),
        killed=R(0),
        injured=R(0),
        source=["residents", "district's mayor", "mayor"] + DP,
    ),
    E(
        False,
        "Turkish strikes set orchards ablaze near Kani Masi",
        EXP,
        AIR,
        actor1=TUR15,
        location=KANI_MASI,
        date=D("2024-07-15"),
        source=DP,
    ),
    E(
        True,
        "a farmer was wounded by shrapnel when Turkish artillery shelled the outskirts of the village of Zewa, near Batifa in Zakho district",
        EXP,
        SHELL,
        actor1=TUR15,
        actor2=CIV + ["farmer", "village of Zewa"],
        location=ZEWA,
        date=D("2024-07-14"),
        injured=R(1),
        source=["village mukhtar", "mukhtar"] + DP,
    ),
    E(
        False,
        "farmer wounded by shelling near Batifa",
        EXP,
        SHELL,
        actor1=TUR15,
        actor2=CIV + ["farmer"],
        location=ZEWA,
        date=D("2024-07-14"),
        injured=R(1),
        source=DP,
    ),
    # two versions of Saturday's fighting with their own tolls, each one side only -> one core event each
    E(
        True,
        "its fighters had clashed with Turkish commandos on the slopes of Mount Metina on Saturday, killing four soldiers",
        BAT,
        CLASH,
        actor1=HPG + TUR15,
        actor2=TUR15 + HPG,
        location=METINA,
        date=D("2024-07-13"),
        killed=R(4, None),
        source=["People's Defence Forces", "HPG", "statement"] + PKK,
    ),
    E(
        True,
        'one soldier was "martyred" in a clash with "terrorists" in the Claw-Lock operation zone the same day',
        BAT,
        CLASH,
        actor1=HPG + TUR15,
        actor2=TUR15 + HPG,
        location=CLAWLOCK,
        date=D("2024-07-13"),
        killed=R(1, None),
        source=TURMOD,
    ),
    # a week of air and ground operations -> aggregate; "over the past week" in an undated statement -> the week
    # to publication, a day's slack at its start
    E(
        False,
        'its forces had "neutralised" 13 PKK militants in air and ground operations over the past week',
        EXP,
        AIR,
        actor1=TUR15,
        actor2=HPG,
        location=CLAWLOCK,
        date=D("2024-07-08", "2024-07-16"),
        killed=R(13),
        source=TURMOD,
        aggregate=True,
    ),
    # "last week" -> Monday to Sunday; the blocked road is part of the post's effect (no gold)
    E(
        True,
        "Turkish troops set up a new military post last week on a hilltop overlooking the village of Sargele",
        STR,
        BASE,
        actor1=TUR15,
        location=SARGELE,
        date=D("2024-07-08", "2024-07-14"),
        source=["Villagers", "villagers"] + DP,
    ),
    # broken up by security forces -> Protest with intervention, core on the gathering; the dispersal and the
    # detentions in the same act -> non-core copies (dev-m-06)
    E(
        True,
        "about 200 people protested on Monday afternoon outside the district administration building against the Turkish operations",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(KRGSEC15 + ["people", "about 200 people"]),
        location=ZAKHO,
        date=D("2024-07-15"),
        source=DP,
    ),
    E(
        False,
        "Kurdish security forces (Asayish) broke up the protest",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(KRGSEC15),
        location=ZAKHO,
        date=D("2024-07-15"),
        source=["Metro Center", "Metro Center for journalists' rights"] + DP,
    ),
    E(
        False,
        "detained six protesters and two journalists",
        STR,
        ARRESTS,
        actor1=KRGSEC15,
        actor2=PROTESTERS + ["journalists", "six protesters", "two journalists"],
        location=ZAKHO,
        date=D("2024-07-15"),
        source=["Metro Center", "Metro Center for journalists' rights"],
    ),
    E(
        True,
        "it had detained 14 people, among them four Syrians, who had tried to cross illegally from Iraq near Uludere on Sunday",
        STR,
        ARRESTS,
        actor1=GENDARMERIE,
        actor2=CIV + ["14 people", "people", "Syrians", "migrants"],
        location=ULUDERE,
        date=D("2024-07-14"),
        source=GENDARMERIE,
    ),
    E(
        False,
        "Turkish forces have struck areas of Duhok province more than 80 times since the start of July",
        EXP,
        AIR,
        actor1=TUR15,
        location=DUHOK_PROV,
        date=D("2024-07-01", "2024-07-16"),
        source=["Community Peacemaker Teams", "CPT"],
        aggregate=True,
    ),
    # background, December 2011 -> non-core
    E(
        False,
        "In December 2011, Turkish jets killed 34 villagers from Roboski",
        EXP,
        AIR,
        actor1=TUR15,
        actor2=CIV + ["34 villagers", "villagers", "young men"],
        location=ROBOSKI,
        date=D("2011-12-01", "2011-12-31"),
        killed=R(34),
        source=DP,
    ),
    # officials' fear -> hypothetical
    E(
        False,
        "Turkey will extend its operation to the Sapna valley this summer",
        BAT,
        CLASH,
        actor1=TUR15,
        actor2=HPG,
        location=L(["Sapna valley", "Sapna", "Amedi"], cc="IQ"),
        source=["Local officials", "local officials"],
        status="hypothetical",
    ),
    # no gold: the flames and civil defence teams (inside the strike), "The Turkish military did not comment", the
    # blocked road, "Most were released by evening", "the army mistook them for PKK fighters" (inside 2011)
]
DOCS.append(
    (
        "dev-n-15",
        "Duhok Post",
        "2024-07-16",
        "local news site",
        "Iraq/Duhok and Turkey's border: Turkish jets set fire to groves near Kani Masi ('No one was hurt'), "
        "shelling wounds a farmer near Batifa, Saturday's fighting near Mount Metina in two versions (HPG four "
        "soldiers / Turkish ministry one 'martyred'), the ministry's weekly '13 neutralised', a new Turkish post "
        "'last week', a Zakho protest broken up with detentions, 14 detained near Uludere, an 80-strike count, 2011 "
        "Roboski background, a feared extension (hypothetical)",
        T15,
        E15,
    )
)
WEEKDAYS += [
    ("dev-n-15", "July 16", "2024-07-16", "Tuesday"),
    ("dev-n-15", "yesterday afternoon / on Monday afternoon", "2024-07-15", "Monday"),
    ("dev-n-15", "On Sunday / on Sunday", "2024-07-14", "Sunday"),
    ("dev-n-15", "on Saturday / the same day", "2024-07-13", "Saturday"),
    ("dev-n-15", "last week (start)", "2024-07-08", "Monday"),
]

# =============================================================================
# dev-n-16  weekly round-up — Qatar: Al Udeid; Iraq: Khor Mor in Sulaymaniyah province, Khanaqin; West Bank: Ramallah, Qalqilya and Azzun, Ras Ein al-Auja (Fri 27 Jun 2025)
# =============================================================================
T16 = """Week in review: Iranian missiles on Al Udeid, an Israel-Iran ceasefire, a drone on Khor Mor and a Ramallah protest broken up

Middle East Conflict Digest | Weekly round-up | Friday 27 June 2025

Gulf: Iran fired a salvo of missiles at the US-run Al Udeid air base in Qatar on Monday evening, in retaliation for US strikes on three of its nuclear sites the day before. Qatar's Defence Ministry said its air defences intercepted all but one of the missiles, which fell in an uninhabited area, and that no one was killed or hurt.

Israel and Iran: A ceasefire between Israel and Iran, announced by US President Donald Trump, took effect early on Tuesday, ending 12 days of war. Each side accused the other of violating it within hours, but it has largely held since.

Iraq: A drone struck the Khor Mor gas field in Sulaymaniyah province on Wednesday night, halting production for several hours, the Kurdistan Region's Ministry of Natural Resources said. No one was hurt, and no group has claimed the attack.

Two members of the Popular Mobilisation Forces were killed when a roadside bomb hit their vehicle near Khanaqin on Thursday, a security source said. No group has claimed it, though Islamic State cells are active in the area.

West Bank: In Ramallah, Palestinian Authority security forces used batons and tear gas on Saturday to break up a protest by several hundred people in al-Manara Square demanding the release of political detainees, and arrested at least five of them, a rights group said.

Israeli forces raided Qalqilya and the nearby town of Azzun overnight into Wednesday, arresting 12 people, the Palestinian Prisoners' Society said. The society says Israeli forces have detained more than 400 Palestinians in the West Bank since the start of June.

Settlers attacked the Bedouin community of Ras Ein al-Auja, north of Jericho, on Sunday, beating a shepherd and driving off about 100 sheep, residents said.

Outlook: Analysts doubt that the Israel-Iran truce will last if Israel concludes that Tehran is rebuilding its nuclear programme, and they expect further drone attacks on energy sites in Iraqi Kurdistan.
"""

IRAN16 = IRAN + ["Tehran"]
QATAR = ["Qatar", "Qatari", "Qatar's Defence Ministry", "Qatari air defences", "air defences",
         "Military Forces of Qatar"]
PAPOL = ["Palestinian Authority security forces", "Palestinian Authority", "PA security forces",
         "Police Forces of Palestine", "security forces"]
ISR16 = ISRAEL + ["Israeli forces"]
UDEID = L(["Al Udeid", "Al Udeid air base", "al-Udeid", "Qatar"], 25.12, 51.32, "QA")
# a gas field some 20-30 km from the towns it is placed by -> names and country only
KHOR_MOR = L(["Khor Mor", "Khor Mor gas field", "Khormor", "Sulaymaniyah province", "Chamchamal"], cc="IQ")
KHANAQIN = L(["Khanaqin", "Khaneqin", "near Khanaqin"], 34.35, 45.39, "IQ")
RAMALLAH = L(["Ramallah", "al-Manara Square", "Manara Square"], 31.90, 35.20, "PS")
QALQILYA = L(["Qalqilya", "Qalqiliya", "Azzun", "Azun"], 32.19, 34.97, "PS")
AUJA = L(["Ras Ein al-Auja", "Ras Ein al-Ouja", "al-Auja", "north of Jericho", "Jericho"], 31.86, 35.46, "PS")
MECD = ["Middle East Conflict Digest", "author"]
PPS = ["Palestinian Prisoners' Society", "Prisoners' Society", "society"]
E16 = [
    # a missile salvo and its interception -> two core events; "no one was killed or hurt" -> 0..0 on both
    E(
        True,
        "Iran fired a salvo of missiles at the US-run Al Udeid air base in Qatar on Monday evening",
        EXP,
        SHELL,
        actor1=IRAN16,
        actor2=USA + ["Al Udeid air base", "US-run Al Udeid air base"],
        location=UDEID,
        date=D("2025-06-23"),
        killed=R(0),
        injured=R(0),
        source=MECD + ["Qatar's Defence Ministry"],
    ),
    E(
        False,
        "Iranian missiles on Al Udeid",
        EXP,
        SHELL,
        actor1=IRAN16,
        actor2=USA,
        location=UDEID,
        date=D("2025-06-23"),
        source=MECD,
    ),
    # a brief reference in passing ("the day before" -> Sunday) -> non-core
    E(
        False,
        "US strikes on three of its nuclear sites the day before",
        EXP,
        AIR,
        actor1=USA,
        actor2=IRAN16 + ["nuclear sites"],
        location=L(["Iran"], cc="IR"),
        date=D("2025-06-22"),
        source=MECD,
        aggregate=True,
    ),
    E(
        True,
        "its air defences intercepted all but one of the missiles",
        STR,
        DISRUPT,
        actor1=QATAR,
        actor2=IRAN16 + ["missiles"],
        location=UDEID,
        date=D("2025-06-23"),
        killed=R(0),
        injured=R(0),
        source=["Qatar's Defence Ministry", "Qatari Defence Ministry", "Defence Ministry"],
    ),
    # an agreement with no place -> no location key (dev-m-14)
    E(
        True,
        "A ceasefire between Israel and Iran, announced by US President Donald Trump, took effect early on Tuesday",
        STR,
        AGREE,
        actor1=ISRAEL + IRAN16,
        actor2=IRAN16 + ISRAEL,
        date=D("2025-06-24"),
        source=MECD,
    ),
    E(
        False,
        "an Israel-Iran ceasefire",
        STR,
        AGREE,
        actor1=ISRAEL + IRAN16,
        actor2=IRAN16 + ISRAEL,
        date=D("2025-06-24"),
        source=MECD,
    ),
    E(
        False,
        "ending 12 days of war",
        EXP,
        AIR,
        actor1=ISRAEL + IRAN16,
        actor2=IRAN16 + ISRAEL,
        date=D("2025-06-13", "2025-06-24"),
        source=MECD,
        aggregate=True,
    ),
    # "on Wednesday night" -> both days; "No one was hurt" -> 0..0
    E(
        True,
        "A drone struck the Khor Mor gas field in Sulaymaniyah province on Wednesday night, halting production for several hours",
        EXP,
        AIR,
        actor1=UNK,
        actor2=["Khor Mor gas field", "gas field"],
        location=KHOR_MOR,
        date=D("2025-06-25", "2025-06-26"),
        killed=R(0),
        injured=R(0),
        source=["Kurdistan Region's Ministry of Natural Resources", "Ministry of Natural Resources"] + MECD,
    ),
    E(
        False,
        "a drone on Khor Mor",
        EXP,
        AIR,
        actor1=UNK,
        location=KHOR_MOR,
        date=D("2025-06-25", "2025-06-26"),
        source=MECD,
    ),
    # no claim; Islamic State named as active in the area -> IS plus unknown (an implied perpetrator)
    E(
        True,
        "Two members of the Popular Mobilisation Forces were killed when a roadside bomb hit their vehicle near Khanaqin on Thursday",
        EXP,
        IED,
        actor1=UNK + ISIS + ["Islamic State cells"],
        actor2=PMF + ["two members of the Popular Mobilisation Forces", "vehicle"],
        location=KHANAQIN,
        date=D("2025-06-26"),
        killed=R(2),
        source=["security source"] + MECD,
    ),
    # batons and tear gas -> Protest with intervention; the arrests in the same act -> a non-core copy; "on
    # Saturday" in a Friday round-up -> the Saturday before
    E(
        True,
        "Palestinian Authority security forces used batons and tear gas on Saturday to break up a protest by several hundred people in al-Manara Square",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(PAPOL + ["several hundred people", "people"]),
        location=RAMALLAH,
        date=D("2025-06-21"),
        source=MECD + ["rights group"],
    ),
    E(
        False,
        "arrested at least five of them",
        STR,
        ARRESTS,
        actor1=PAPOL,
        actor2=PROTESTERS + ["five of them"],
        location=RAMALLAH,
        date=D("2025-06-21"),
        source=["rights group"],
    ),
    E(
        False,
        "a Ramallah protest broken up",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(PAPOL),
        location=RAMALLAH,
        date=D("2025-06-21"),
        source=MECD,
    ),
    # two neighbouring towns in one night's raid -> one event at Qalqilya (Azzun ~8 km east); "overnight into
    # Wednesday" -> both days
    E(
        True,
        "Israeli forces raided Qalqilya and the nearby town of Azzun overnight into Wednesday, arresting 12 people",
        STR,
        ARRESTS,
        actor1=ISR16,
        actor2=CIV + ["12 people", "people"],
        location=QALQILYA,
        date=D("2025-06-24", "2025-06-25"),
        source=PPS + MECD,
    ),
    E(
        False,
        "Israeli forces have detained more than 400 Palestinians in the West Bank since the start of June",
        STR,
        ARRESTS,
        actor1=ISR16,
        actor2=CIV + ["Palestinians"],
        location=L(["West Bank"], cc="PS"),
        date=D("2025-06-01", "2025-06-27"),
        source=PPS,
        aggregate=True,
    ),
    E(
        True,
        "Settlers attacked the Bedouin community of Ras Ein al-Auja, north of Jericho, on Sunday, beating a shepherd and driving off about 100 sheep",
        VAC,
        ATTACK,
        actor1=SETTLERS,
        actor2=CIV + ["Bedouin community", "shepherd", "Bedouin"],
        location=AUJA,
        date=D("2025-06-22"),
        injured=R(1),
        source=["residents"] + MECD,
    ),
    # the analysts' conditional and their expectation -> hypothetical
    E(
        False,
        "Analysts doubt that the Israel-Iran truce will last if Israel concludes that Tehran is rebuilding its nuclear programme",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=IRAN16,
        location=L(["Iran"], cc="IR"),
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    E(
        False,
        "they expect further drone attacks on energy sites in Iraqi Kurdistan",
        EXP,
        AIR,
        actor1=UNK,
        actor2=["energy sites"],
        location=L(["Iraqi Kurdistan", "Kurdistan Region"], cc="IQ"),
        source=["Analysts", "analysts"],
        status="hypothetical",
    ),
    # no gold: "Each side accused the other of violating it within hours" (no single act), "it has largely held",
    # "no group has claimed the attack", the protesters' demand
]
DOCS.append(
    (
        "dev-n-16",
        "Middle East Conflict Digest",
        "2025-06-27",
        "weekly round-up",
        "Several theatres: Iranian missiles on Al Udeid and Qatar's interceptions ('no one was killed or hurt') with "
        "US strikes 'the day before' in passing, the Israel-Iran ceasefire and its '12 days of war', a drone on "
        "Khor Mor 'on Wednesday night' ('No one was hurt'), a roadside bomb near Khanaqin (IS implied), a Ramallah "
        "protest broken up by PA forces with arrests, raids in Qalqilya and Azzun and a June count, a settler "
        "attack at Ras Ein al-Auja, two hypothetical outlooks",
        T16,
        E16,
    )
)
WEEKDAYS += [
    ("dev-n-16", "Friday 27 June 2025", "2025-06-27", "Friday"),
    ("dev-n-16", "on Thursday", "2025-06-26", "Thursday"),
    ("dev-n-16", "on Wednesday night / overnight into Wednesday", "2025-06-25", "Wednesday"),
    ("dev-n-16", "early on Tuesday", "2025-06-24", "Tuesday"),
    ("dev-n-16", "on Monday evening", "2025-06-23", "Monday"),
    ("dev-n-16", "on Sunday / the day before", "2025-06-22", "Sunday"),
    ("dev-n-16", "on Saturday", "2025-06-21", "Saturday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_n", check_n, strip_text=True)


if __name__ == "__main__":
    main()
