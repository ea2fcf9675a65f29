"""Writes dev_t.gold.jsonl: fourteen development articles, nine from the Middle East - Iraq's Sinjar and Nineveh
plains (the Sinuni-Khanasor road, Sinjar town, Khanasor, a farm track some 20 km north-east of Mosul, Bartella),
southern Syria (Jaramana, Ashrafiyat Sahnaya, the Damascus-Suwayda highway near al-Soura al-Kabira, Suwayda city,
Damascus), Yemen and the Red Sea (Bani Matar and Sawan in Sanaa, ~70 nautical miles west of Hodeidah, Ben Gurion
airport, the northern Red Sea; Ras Isa as background), the West Bank (Nur Shams camp by Tulkarm, Beita, Nablus
governorate, Balata camp), south Lebanon (Qasmiyeh north of Tyre, Kfar Roummane by Nabatieh, Zawtar al-Sharqiyah,
Shebaa; Metula as background), Iraq's Basra and Maysan (al-Dayr, Basra's al-Jazair, Zubair, Amarah, al-Majar al-
Kabir), Israel and Iran (Petah Tikva, the Bazan refinery in Haifa Bay, Tehran's IRIB building, Rey, Kermanshah), the
Aleppo countryside (the outskirts of Manbij, the Tishreen Dam, Deir Hafer, al-Bab, the Qara Qozak bridge) and northern
Israel (Shlomi, Metula, Arab al-Aramshe, Kiryat Shmona, the Rosh Pina junction; Yaroun across the border) - and five
from elsewhere - Mexico's Sinaloa (Culiacán's Tierra Blanca, Costa Rica, Navolato, Eldorado, Elota), Mozambique's
Cabo Delgado (near Mocímboa da Praia, the outskirts of Mucojo, Ancuabe district; Palma as background), Ethiopia's
Amhara (Dembecha, Merawi, the Debre Markos-Bahir Dar road; Finote Selam as background), South Sudan's Upper Nile
(Nasir, Nasir and Ulang counties, the Malakal PoC site; Juba) and Pakistan's Khyber Pakhtunkhwa (the Bannu
cantonment and bazaar, a village of Lakki Marwat; Jani Khel as a plan) - published 2024-2026, written for this
project in our own words, with hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows; the conventions dev_r inherits from dev_q back
to dev_c are known only through dev_r's docstring and comments). goldkit.py is copied beside this file unchanged.

One voice per article, the outlet kinds and layouts chosen to differ from each other and from dev_r's (a community
radio bulletin transcript, a monitor's numbered incident log, a live blog with timestamps and a correction, a
partisan site, a military spokesman's Q&A transcript, a risk firm's weekly digest, a wire story, a humanitarian flash
update, a local weekly under village datelines, an army press release in numbered paragraphs, an opinion column, a
fact-check, a UN mission press release, a reporter's first-person notebook), the set rich in what coders find hard:
(1) a Sinjar radio bulletin: an agent-less drone on the Sinuni-Khanasor road "late last night" ("killing two men and
wounding a third") blamed by the YBS on Turkey, with Turkey's own undated "neutralised" claim, the outlet's count, a
protest "This morning", a roadside bomb "some 20 km north-east of Mosul" with the wounded a sentence later, arrests
"at dawn on Wednesday", a mortar round ("there were no casualties"), an "Earlier this month" clash ("several on both
sides"), 2014 background ("thousands"), a warning; (2) a monitor's incident log dated day/month/year: a night clash in
Jaramana ("At least 10"), an attack on Sahnaya with the dead a sentence later ("between 11 and 14 local fighters and
two civilians"), Israel's own strike claim, a highway ambush by "either tribal gunmen ... or members of the General
Security" ("at least 27 and wounding several") and the ministry's denial, an abduction by "men in military uniform", a
mortar shell ("No deaths or injuries resulted"), a strike by the presidential palace, an agreement, a running total,
an unverified social-media claim; (3) a live blog: US strikes "overnight" on two parts of Sanaa with "at least four"
raised to nine in a later entry, a building flattened per residents, Houthi claims (missile at Ben Gurion - corrected
from Haifa - and drones at a carrier), the interception and MDA's "no one was hurt", a projectile "some 70 nautical
miles west of Hodeidah" ("The vessel and crew are safe"), an official's count and vow, Ras Isa "on Thursday night" as
background, an analyst's metaphor and conditional; (4) a pro-resistance site: a drone strike on young men in Nur Shams
(named, with ages and kin) told by the army as "an armed terrorist cell", the Al-Quds Brigades' IED claim with the
army's one lightly wounded, bulldozing, "herds of settlers" in Beita "on Sunday night" ("A farmer in his sixties"),
detentions called "kidnapped", an exchange of fire "before dawn today" ("No injuries were reported among the
fighters"), a tally, a vow, a metaphor; (5) an army spokesman's Q&A: a strike near Qasmiyeh "Yesterday afternoon" in
two tolls (the army's one "terrorist" / the health ministry's two, one a municipal worker), a "weapons storage
facility" told by NNA as a family home with "a woman and her teenage daughter" wounded, a civil-defence report of an
ambulance hit "on Saturday" relayed in a question and denied, a detention "On Monday", "Last month" rockets and
Hezbollah's denial, a tally, the ceasefire, a conditional threat; (6) a weekly security digest: a clan clash "approx.
25 km north of Basra city" and the arrests after it, a lawyer shot by "Unidentified gunmen", an IED "causing material
damage only", a protest met by water cannon ("two protesters were treated for minor injuries"), a police officer
killed in a raid on a gang, a grenade wounding children "aged six and nine", a month's count, a "likely" judgement, a
conditional; (7) a wire story: a missile on Petah Tikva "early on Monday" ("at least four", "more than 60 people were
taken to hospital"), a night's barrage and its interceptions, the Bazan refinery hit "Earlier in the night", the IRIB
building told by the army as "a communications centre", each side's tally since Friday, launchers destroyed, arrests
reported by Tasnim "citing a police statement", two conditional threats; (8) a humanitarian flash update: a car bomb on
farm workers ("19 women and one man", a sentence later) blamed by each side on the other, a drone near a convoy
("between five and seven") attributed by local sources, unattributed shelling ("No civilian casualties were
reported"), a week's fighting, a sit-in joined, an explosive remnant of war ("two boys aged 9 and 12"), a count since
8 December, a conditional; (9) a Galilee weekly under village datelines: an anti-tank missile "fired from Lebanon"
("No one was hurt"), two drones "on Monday night" (one shot down, one in a field: "There were no injuries"), a drone
and missiles on a building (the hospital's 15 wounded / Hezbollah's "confirmed deaths"), a salvo on Kiryat Shmona with
shrapnel and anxiety cases, the army's strike "Hours later", an evacuees' protest, a conditional road block, a tally, a
metaphor; (10) an army press release: an attack on a patrol repelled with both sides' toll a sentence later, two IEDs
disabled, a drone dropping charges ("without injuries to personnel"), an arrest "On Tuesday", a social-network claim
of civilians shot rejected with the army's own version, a campaign count, a vow; (11) an opinion column: beheadings
"Last week" ("at least six"), a clash "On Monday" with the ministry's "several", arson "Earlier this month" ("Nobody
was killed"), Palma 2021 ("dozens"), a count since 2017, a conditional, an unproven suspicion, metaphors; (12) a
fact-check: one drone strike in three tellings (viral posts' "more than 30 civilians", health officials' 17 and
"dozens", the government's "extremist Fano gathering" and "no civilian was harmed"), a misattributed video of a 2023
strike, Fano's "liberated" claim with a "fake news" denial and the residents' clash, an unconfirmed abduction "on
Saturday", an unsupported plan; (13) a UN mission press release: fire on a UN evacuation helicopter "reportedly
carried out" by the White Army with the dead a sentence later ("a number of soldiers"), the garrison overrun as
background, bombardments "attributed to the SSPDF" ("causing civilian casualties"), shots near a PoC site "on the
night of 10 March", detentions "since 4 March", a government announcement, the 2018 agreement; (14) a reporter's
notebook: two vehicle bombs on the Bannu cantonment "On Tuesday evening" with a doctor's toll a sentence later, the
assault with both sides' dead from the army's media wing, a claim and a blame, a traders' march, two policemen shot
while guarding vaccinators ("the vaccinators escaped unhurt"), 2022 background, a yearly count, an announced
operation, a metaphor.
The incidents are invented or composite, with invented names of people, outlets and some sites; the gold encodes what
each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words; check_t below
adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_t.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it dev_q back to dev_c), kept unchanged - among
them "No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only, a no-casualty statement
covering one group -> no number field; "dozens" 24..open; "at least N" N..open, and "at least N" later raised -> N..open
on the core with the later figure a non-core copy; "several" 3..open; one side's count in a clash -> N..open, both
sides told -> exact; a toll told later -> folded into the core event, the toll sentence a non-core copy; "N km
<direction> of X" -> LKM; "near X" / "on the outskirts of X" -> X's point; districts, counties, long roads -> names and
country; "overnight" / "last night" / "on X night" -> both days; "last week" -> Monday to Sunday; uncertain or blamed
perpetrators -> every alternative plus unknown, each blame a non-core copy; a party's claim -> core, occurred, sourced
to it; another object or another toll by another source -> one core event per version; the same object told two ways
-> one core event, the other telling a non-core copy; Turkish "neutralised" -> no number field; claims rejected and
told only through the rejection -> non-core denied, the denier as source; an ambush on armed men (police guards, a
fighters' convoy) -> Battles/Armed clash; headlines that state an event -> non-core copies; denials, plans, threats,
conditionals, aggregates and background -> non-core.
Added or made explicit here:
- "thousands" killed -> 2000..open (as "dozens" -> 24..open: twice the unit, open above).
- An unnumbered plural of dead or hurt ("confirmed deaths", "a number of soldiers", "causing civilian casualties") ->
  2..open (the plural's floor); "civilian casualties" unsplit -> the casualties field. A general plus "a number of
  soldiers" plus one crew member -> 1 + 1 + 2 = 4..open.
- A live-blog correction: the retracted value (the missile "aimed at Haifa") gets no gold; the corrected value is the
  only one encoded. A claim "He gave no time for either" reported in a morning entry -> the blog's day and the night
  before.
- "The vessel and crew are safe" -> killed and injured 0..0 (a statement about everyone aboard); "causing material
  damage only" -> killed and injured 0..0 ("only" rules casualties out); "Nobody was killed" -> killed 0..0 only.
- "treated for anxiety" -> not injured (unlike dev_r's tear-gas cases, which may count); "more than 60 people were
  taken to hospital, most with light injuries" -> injured 61..open.
- A disrupted weapon (devices disabled, drones shot down) carries no number field even beside a no-injury sentence.
- A wave of strikes on two parts of one city told in one sentence with one toll -> one core event at the city's
  point; a residents' detail about one building in it -> a non-core copy at that neighbourhood.
- An overnight barrage over a whole country (many impacts) and its interceptions -> aggregates; each named impact ->
  a core event of its own.
- A drone and two guided missiles on one building in one sentence -> one event, typed by the lead weapon the text
  (and headline) stresses (Air/drone strike).
- A party's claim with the other side's count of its own wounded for the same blast (an IED claim / "a soldier had
  been lightly wounded") -> the count folded into the claim, as dev_r's MDA "no injuries", the count a non-core copy.
- "kidnapped" for detentions by a state's army (the partisan outlet's word) -> Strategic developments/Arrests.
- Arrests by other units after a clash (army and police deployed after a clan clash) -> a core Arrests of its own;
  detentions at the scene by the force that fought (the police raid, the army patrol) -> inside the clash.
- Detentions "since 4 March" -> Arrests dated 4 March, core.
- An explosive remnant of war -> Explosions/Remote violence/Remote explosive/landmine/IED, actor unknown.
- Vehicles packed with explosives "rammed" into a wall by attackers -> Suicide bomb; the assault through the breach
  that follows -> a separate Battles/Armed clash, each with its own dead (civilians to the bombing, both sides to the
  clash).
- Fire on a UN helicopter evacuating soldiers -> Battles/Armed clash (the evacuees are troops; the text stresses the
  evacuation), actor2 the UN and the SSPDF.
- A report relayed in a reporter's question ("Lebanese civil defence says one of your drones hit ...") -> core,
  occurred, sourced to the body cited; the spokesman's "No" -> a non-core denied copy.
- A fact-check's verdict items: a specific unconfirmed report ("remain unconfirmed") -> core, possible; an
  "unsupported" claim of a plan -> non-core planned; a monitor's unverified social-media claim ("could not be
  verified and are not included") -> non-core possible, no number; a risk firm's "likely" judgement -> non-core
  possible; a conditional about consequences ("any damage to it could cut water") -> non-core hypothetical.
- The government's "no civilian was harmed" beside its own version of the strike -> no number field on its version
  (one group) and a non-core denied copy of the posts' version.
- An undated claim of the same strike by the other side ("neutralised" three in Sinjar, no time or place) -> the
  strike's days and the district.
- A log entry's "at night" / "In the early hours" -> the entry's date.
- A named town we pin, placed by a distance from another ("Deir Hafer, some 50 km south-west of Manbij") -> the town's
  own point (LKM only for unnamed or unpinned places: "a farm track some 20 km north-east of Mosul", al-Dayr "approx.
  25 km north of Basra city").
- No gold for: Israel's "clear message" (a warning inside a strike's explanation), the students' ransomed release,
  the dam's sit-in "since early January" (a state), Kabul's denial (of a base, not of the act), legal
  opinions ("may constitute a war crime"), displacement estimates."""

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
    EXP,
    GRENADE,
    IED,
    INTERVENTION,
    LOOT,
    NSAOVER,
    PEACEFUL,
    PRO,
    PROTEST_SIDES,
    PROTESTERS,
    SHELL,
    STR,
    SUICIDE,
    UNK,
    VAC,
    D,
    E,
    L,
    R,
    windowed_check,
    write_gold,
)

# ---------------------------------------------------------------- helpers


# goldkit's check_article (layout, at most 450 words, fields, values, ranges) plus this set's 250-word floor and
# its 2024-01-01..2026-11-30 publication window.
check_t = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three letters are
# left out on purpose: the scorer matches by case-insensitive containment either way. Each list holds the canonical
# name, abbreviations and the surface forms the text uses, loaded labels too. Coordinates only for towns, cities,
# camps and bases we can pin to ~0.05 degrees from our own knowledge; villages, districts, valleys, mountain areas,
# border sectors and sites we cannot pin get names and a country only, unless the text places them by a distance and
# a direction from a pinned town (then LKM).
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
SNA = ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkey-backed factions", "Turkish-backed forces"]
IRAN = ["Iran", "Iranian", "Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Military Forces of Iran"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-t-01  community radio bulletin transcript — Iraq/Nineveh: the Sinuni-Khanasor road north of Mount Sinjar,
# Sinjar town, Bartella and a spot ~20 km north-east of Mosul on the Nineveh plains (Thu 20 Jun 2024)
# =============================================================================
T01 = """Evening bulletin: drone strike on Sinuni road, protest in Sinjar, blast on the Nineveh plains

Radio Dengê Şingal | Evening news bulletin, transcript | Thursday, 20 June 2024, 19:00

Good evening. Here are the main stories from Sinjar and the Nineveh plains.

A drone struck a car on the road between Sinuni and Khanasor, north of Mount Sinjar, late last night, killing two men and wounding a third. The Sinjar Resistance Units, the YBS, said all three were its members and blamed Turkey. In Ankara, the Turkish defence ministry said this afternoon that it had "neutralised" three PKK terrorists in Sinjar in a precise operation, without saying where or when. It was the fifth drone strike on the district this year by our count.

This morning, several hundred people gathered outside the district administration building in Sinjar town to protest against the strikes. The crowd dispersed peacefully after about two hours. A speaker told the crowd that the strikes were "the genocide continued by other means."

Turning to the Nineveh plains. Security sources say a roadside bomb went off on Tuesday beside an army patrol on a farm track some 20 km north-east of Mosul. Two soldiers were wounded, one of them seriously; nobody has claimed the blast, and the army blames Islamic State remnants.

Counter-terrorism forces arrested four men suspected of belonging to the Islamic State in a raid at dawn on Wednesday in Bartella, according to a statement from the Security Media Cell. The statement said the four had planned attacks on Christian churches on the plains.

In a separate incident, a mortar round landed in an empty field outside Khanasor overnight. Local officials said there were no casualties and it is unclear who fired it.

Earlier this month, Iraqi army units and YBS fighters exchanged fire at a checkpoint in Sinuni, wounding several on both sides before elders arranged a truce. Tension between the two remains high.

Finally, a reminder of the wider picture: ten years ago, in August 2014, Islamic State fighters killed thousands of Yazidi men in Sinjar and enslaved women and girls. More than two hundred thousand Yazidis still live in camps in Duhok.

Turkish officials have said repeatedly that they will not allow Sinjar to become "a second Qandil", and have warned of a ground operation if the PKK does not leave.

That is the news. The next bulletin is at eight.
"""

TUR01 = TURKEY + ["Turkish defence ministry", "drone", "Turkish drone", "Ankara"]
YBS = ["Sinjar Resistance Units", "YBS", "Yazidi fighters", "Yekîneyên Berxwedana Şengalê"]
PKK01 = PKK + ["PKK terrorists", "terrorists"]
IQARMY = ["Iraqi army", "Iraqi Army", "army", "Military Forces of Iraq", "Iraqi security forces", "army patrol",
          "soldiers", "army units", "Iraqi army units"]
CTS = ["Counter-terrorism forces", "Counter Terrorism Service", "CTS", "counter-terrorism forces",
       "Iraqi Counter-Terrorism Service"]
SMC = ["Security Media Cell", "Iraqi Security Media Cell"]
RDS = ["Radio Dengê Şingal", "author"]
# the Sinuni-Khanasor road runs ~8 km north of the mountain; Sinuni is the pinned town -> Sinuni's point
SINUNI = L(["Sinuni", "Snune", "Sinune", "road between Sinuni and Khanasor", "Khanasor", "Mount Sinjar", "Sinjar"],
           36.47, 41.70, "IQ")
SINJAR_T = L(["Sinjar", "Sinjar town", "Shingal", "district administration building"], 36.32, 41.87, "IQ")
SINJAR_D = L(["Sinjar", "Sinjar district", "Shingal", "district"], cc="IQ")
KHANASOR = L(["Khanasor", "Khanasour", "outside Khanasor"], 36.52, 41.68, "IQ")
# "some 20 km north-east of Mosul" -> LKM from Mosul
NE_MOSUL = LKM(["north-east of Mosul", "Mosul", "Nineveh plains", "farm track"], 36.34, 43.13, 20, 45, "IQ")
BARTELLA = L(["Bartella", "Bartalla", "Nineveh plains"], 36.35, 43.38, "IQ")
E01 = [
    # an agent-less drone blamed by the YBS on Turkey, and Turkey's own "neutralised" claim (undated, unplaced) ->
    # one core event (Turkey plus unknown; the car and its three riders as YBS members and as PKK), Turkey's
    # telling a non-core copy; "late last night" in an evening bulletin -> the day before (19 June) and the
    # bulletin's day, as "last night" is both days here; "killing two men and wounding a third" -> 2 and 1
    E(True, "A drone struck a car on the road between Sinuni and Khanasor, north of Mount Sinjar, late last night, "
      "killing two men and wounding a third", EXP, AIR, actor1=TUR01 + UNK,
      actor2=YBS + ["car", "two men", "men"] + PKK01, location=SINUNI, date=D("2024-06-19", "2024-06-20"),
      killed=R(2), injured=R(1), source=RDS + YBS),
    # Turkey's telling: "neutralised" -> no number field; the place only "in Sinjar" -> the district, names and
    # country; the claim names no day -> the strike's days (the same act)
    E(False, 'it had "neutralised" three PKK terrorists in Sinjar in a precise operation', EXP, AIR,
      actor1=TUR01, actor2=PKK01 + YBS, location=SINJAR_D, date=D("2024-06-19", "2024-06-20"),
      source=["Turkish defence ministry", "Turkish Ministry of National Defence", "Ministry of National Defence"]),
    # the outlet's count -> aggregate
    E(False, "It was the fifth drone strike on the district this year by our count", EXP, AIR, actor1=TUR01,
      location=SINJAR_D, date=D("2024-01-01", "2024-06-20"), source=RDS, aggregate=True),
    # "dispersed peacefully" -> Peaceful protest; "This morning" -> 20 June
    E(True, "several hundred people gathered outside the district administration building in Sinjar town to protest "
      "against the strikes", PRO, PEACEFUL, actor1=PROTESTERS + ["several hundred people", "Yazidis"],
      location=SINJAR_T, date=D("2024-06-20"), source=RDS),
    # a roadside bomb; no claim, the army blames ISIS remnants -> ISIS plus unknown; "Two soldiers were wounded,
    # one of them seriously" (a sentence later) -> injured 2; "on Tuesday" -> 18 June; "some 20 km north-east of
    # Mosul" -> LKM
    E(True, "a roadside bomb went off on Tuesday beside an army patrol on a farm track some 20 km north-east of Mosul",
      EXP, IED, actor1=ISIS + ["Islamic State remnants"] + UNK, actor2=IQARMY, location=NE_MOSUL,
      date=D("2024-06-18"), injured=R(2), source=["Security sources", "security sources"] + RDS),
    # arrests in a raid; "at dawn on Wednesday" -> 19 June; the plot they are accused of -> no gold
    E(True, "Counter-terrorism forces arrested four men suspected of belonging to the Islamic State in a raid at dawn "
      "on Wednesday in Bartella", STR, ARRESTS, actor1=CTS, actor2=ISIS + ["four men", "suspects"],
      location=BARTELLA, date=D("2024-06-19"), source=SMC + RDS),
    # "overnight" -> both days; "there were no casualties" -> killed and injured 0..0; no shooter -> unknown only
    E(True, "a mortar round landed in an empty field outside Khanasor overnight", EXP, SHELL, actor1=UNK,
      location=KHANASOR, date=D("2024-06-19", "2024-06-20"), killed=R(0), injured=R(0),
      source=["Local officials", "local officials"] + RDS),
    # background ("Earlier this month" -> 1-20 June); "several on both sides" wounded -> 3..open (dev_r's
    # "several"); a truce arranged by elders -> inside the background, no gold
    E(False, "Iraqi army units and YBS fighters exchanged fire at a checkpoint in Sinuni, wounding several on both "
      "sides", BAT, CLASH, actor1=IQARMY + YBS, actor2=YBS + IQARMY,
      location=L(["Sinuni", "Snune", "checkpoint in Sinuni"], 36.47, 41.70, "IQ"), date=D("2024-06-01", "2024-06-20"),
      injured=R(3, None), source=RDS),
    # background: August 2014; "thousands" -> 2000..open (as "dozens" -> 24..open)
    E(False, "in August 2014, Islamic State fighters killed thousands of Yazidi men in Sinjar", VAC, ATTACK,
      actor1=ISIS, actor2=CIV + ["Yazidi men", "Yazidis"], location=SINJAR_D, date=D("2014-08-01", "2014-08-31"),
      killed=R(2000, None), source=RDS),
    # the Turkish warning -> planned
    E(False, "have warned of a ground operation if the PKK does not leave", BAT, CLASH, actor1=TURKEY,
      actor2=PKK01 + YBS, location=SINJAR_D, source=["Turkish officials"] + TURKEY, status="planned"),
    # no gold: "the genocide continued by other means" (a speaker's metaphor), the plot on churches (an accusation,
    # no act), the elders' truce (inside the background clash), "Tension ... remains high", the camps in Duhok
    # (displacement), "a second Qandil" (a slogan)
]
# the headline's copies
E01 += [
    E(False, "drone strike on Sinuni road", EXP, AIR, actor1=TUR01 + UNK, actor2=YBS, location=SINUNI,
      date=D("2024-06-19", "2024-06-20"), source=RDS),
    E(False, "protest in Sinjar", PRO, PEACEFUL, actor1=PROTESTERS, location=SINJAR_T, date=D("2024-06-20"),
      source=RDS),
    E(False, "blast on the Nineveh plains", EXP, IED, actor1=UNK + ISIS, actor2=IQARMY, location=NE_MOSUL,
      date=D("2024-06-18"), source=RDS),
]
DOCS.append(("dev-t-01", "Radio Dengê Şingal (evening bulletin)", "2024-06-20", "community radio bulletin transcript",
             "Sinjar and the Nineveh plains: an agent-less drone on a road 'late last night' blamed on Turkey and "
             "Turkey's own undated 'neutralised' claim, the outlet's count, a protest 'This morning', a roadside bomb "
             "'some 20 km north-east of Mosul' with the wounded a sentence later, arrests 'at dawn on Wednesday', a "
             "mortar round ('there were no casualties'), an 'Earlier this month' clash with 'several on both sides', "
             "2014 background with 'thousands', a warning", T01, E01))
WEEKDAYS += [
    ("dev-t-01", "Thursday, 20 June 2024", "2024-06-20", "Thursday"),
    ("dev-t-01", "on Tuesday", "2024-06-18", "Tuesday"),
    ("dev-t-01", "at dawn on Wednesday / last night", "2024-06-19", "Wednesday"),
]

# =============================================================================
# dev-t-02  human-rights monitor's incident log — southern Syria: Jaramana and Ashrafiyat Sahnaya south-east and
# south-west of Damascus, the Damascus-Suwayda highway near al-Soura al-Kabira, Suwayda city, Damascus (Sat 3 May 2025)
# =============================================================================
T02 = """Incident log: violence against Druze communities around Damascus and in Suwayda, 29 April - 2 May 2025

Southern Syria Documentation Network (SSDN) | Incident log No. 18 | Published 03/05/2025

Method: each entry is based on at least two independent sources (relatives, medical staff, local journalists). Figures are provisional and are revised as names are verified. Dates are day/month/year.

#18-01 | 29/04/2025 | Jaramana, south-east of Damascus
Clashes broke out at night between local Druze armed groups and gunmen affiliated with the General Security forces after an audio recording insulting the Prophet circulated online. At least 10 people were killed, among them two members of the General Security. We have verified seven names so far.

#18-02 | 30/04/2025 | Ashrafiyat Sahnaya
Government forces and allied gunmen attacked the town with mortars and heavy machine guns; local Druze fighters resisted for most of the day. SSDN documented between 11 and 14 local fighters and two civilians killed. The Israeli army said it had struck "an extremist group" preparing to attack Druze residents in the town; we could not establish whether anyone was hit.

#18-03 | 30/04/2025 | Damascus-Suwayda highway, near al-Soura al-Kabira
Gunmen ambushed a convoy of fighters from Suwayda heading north to reinforce Sahnaya, killing at least 27 and wounding several. Witnesses said the attackers were either tribal gunmen from the area or members of the General Security; SSDN cannot say which. The Interior Ministry denied that its personnel took part.

#18-04 | 01/05/2025 | al-Soura al-Kabira - Sahnaya road
Two Druze university students were abducted at a checkpoint by men in military uniform. They were released the next day after their families paid.

#18-05 | 01/05/2025 | Suwayda city
A mortar shell struck a residential street in the east of the city in the afternoon. No deaths or injuries resulted.

#18-06 | 02/05/2025 | Damascus
In the early hours, Israeli aircraft struck an area next to the presidential palace. The Israeli government called it "a clear message" that it would not allow forces to deploy south of Damascus or threaten the Druze.

#18-07 | 02/05/2025 | Suwayda
Local religious leaders and government representatives agreed that members of local factions would be enrolled in the General Security to police Suwayda province.

Running total: since 29 April, SSDN has documented 101 people killed in these events, 32 of them civilians.

Note: claims on social media that "hundreds" were executed in Sahnaya could not be verified and are not included.
"""

SYGOV02 = ["General Security", "General Security forces", "Government forces", "government forces",
           "Syrian government", "Military Forces of Syria", "Syrian transitional government", "Interior Ministry",
           "allied gunmen"]
DRUZE = ["Druze armed groups", "local Druze armed groups", "Druze fighters", "local Druze fighters", "Druze militia",
         "Druze", "local fighters", "fighters from Suwayda", "Suwayda factions"]
TRIBES = ["tribal gunmen", "Bedouin tribes", "tribal militia", "Tribal Militia"]
SSDN = ["Southern Syria Documentation Network", "SSDN", "author"]
ISR02 = ISRAEL + ["Israeli aircraft", "Israeli government"]
JARAMANA = L(["Jaramana", "south-east of Damascus"], 33.49, 36.35, "SY")
SAHNAYA = L(["Ashrafiyat Sahnaya", "Sahnaya", "Ashrafiyat Sahnaya town"], 33.43, 36.23, "SY")
# the ambush "near al-Soura al-Kabira" on the highway -> al-Soura al-Kabira's point
SOURA = L(["al-Soura al-Kabira", "As Sura al Kabirah", "Damascus-Suwayda highway", "Damascus-Suwayda road"], 32.98,
          36.53, "SY")
# a road between two places some 50 km apart, no checkpoint placed -> names and country
SOURA_RD = L(["al-Soura al-Kabira - Sahnaya road", "al-Soura al-Kabira", "Sahnaya", "checkpoint"], cc="SY")
SUWAYDA = L(["Suwayda", "Suwayda city", "As-Suwayda", "Sweida"], 32.71, 36.57, "SY")
DAMASCUS = L(["Damascus", "presidential palace", "People's Palace"], 33.51, 36.28, "SY")
E02 = [
    # a clash between Druze groups and the General Security; "At least 10 people were killed" -> 10..open;
    # "at night" on the entry's date -> 29 April (the log dates each entry; the night is the entry's)
    E(True, "Clashes broke out at night between local Druze armed groups and gunmen affiliated with the General "
      "Security forces", BAT, CLASH, actor1=DRUZE + SYGOV02, actor2=SYGOV02 + DRUZE, location=JARAMANA,
      date=D("2025-04-29"), killed=R(10, None), source=SSDN),
    # the government's attack and the fighters' resistance -> one clash; the dead a sentence later: 11-14 fighters
    # and two civilians -> killed 13..16
    E(True, "Government forces and allied gunmen attacked the town with mortars and heavy machine guns; local Druze "
      "fighters resisted for most of the day", BAT, CLASH, actor1=SYGOV02 + DRUZE, actor2=DRUZE + SYGOV02,
      location=SAHNAYA, date=D("2025-04-30"), killed=R(13, 16), source=SSDN),
    E(False, "SSDN documented between 11 and 14 local fighters and two civilians killed", BAT, CLASH,
      actor1=SYGOV02, actor2=DRUZE + CIV, location=SAHNAYA, date=D("2025-04-30"), killed=R(13, 16), source=SSDN),
    # Israel's own claim of a strike ("we could not establish whether anyone was hit") -> core, sourced to it; no
    # number field
    E(True, 'it had struck "an extremist group" preparing to attack Druze residents in the town', EXP, AIR,
      actor1=ISR02, actor2=["extremist group"] + SYGOV02, location=SAHNAYA, date=D("2025-04-30"),
      source=["Israeli army", "Israeli military", "IDF"]),
    # an ambush on armed fighters -> Battles; "either tribal gunmen ... or members of the General Security" -> both
    # plus unknown; "killing at least 27 and wounding several" -> 27..open and 3..open; the Interior Ministry's
    # denial -> a non-core denied copy
    E(True, "Gunmen ambushed a convoy of fighters from Suwayda heading north to reinforce Sahnaya, killing at least "
      "27 and wounding several", BAT, CLASH, actor1=TRIBES + SYGOV02 + UNK, actor2=DRUZE + ["convoy"],
      location=SOURA, date=D("2025-04-30"), killed=R(27, None), injured=R(3, None),
      source=SSDN + ["Witnesses", "witnesses"]),
    E(False, "The Interior Ministry denied that its personnel took part", BAT, CLASH, actor1=SYGOV02,
      actor2=DRUZE, location=SOURA, date=D("2025-04-30"), source=["Interior Ministry", "Syrian Interior Ministry"],
      status="denied"),
    # "men in military uniform" -> unknown (uniform names no force); abductees are no casualties; the ransomed
    # release -> no gold
    E(True, "Two Druze university students were abducted at a checkpoint by men in military uniform", VAC, ABDUCT,
      actor1=UNK + ["men in military uniform"], actor2=CIV + ["students", "Druze university students"],
      location=SOURA_RD, date=D("2025-05-01"), source=SSDN),
    # no shooter named -> unknown; "No deaths or injuries resulted" -> killed and injured 0..0
    E(True, "A mortar shell struck a residential street in the east of the city in the afternoon", EXP, SHELL,
      actor1=UNK, actor2=CIV + ["residential street"], location=SUWAYDA, date=D("2025-05-01"), killed=R(0),
      injured=R(0), source=SSDN),
    # "In the early hours" of the entry's date -> 2 May
    E(True, "In the early hours, Israeli aircraft struck an area next to the presidential palace", EXP, AIR,
      actor1=ISR02, actor2=SYGOV02 + ["presidential palace"], location=DAMASCUS, date=D("2025-05-02"), source=SSDN),
    # the deal -> Agreement
    E(True, "Local religious leaders and government representatives agreed that members of local factions would be "
      "enrolled in the General Security", STR, AGREE,
      actor1=["religious leaders", "Local religious leaders", "Druze religious leaders"] + SYGOV02,
      actor2=SYGOV02 + ["government representatives"] + DRUZE,
      location=L(["Suwayda", "Suwayda province"], 32.71, 36.57, "SY"), date=D("2025-05-02"), source=SSDN),
    # the running total -> aggregate
    E(False, "since 29 April, SSDN has documented 101 people killed in these events", BAT, CLASH,
      actor1=SYGOV02 + DRUZE, actor2=DRUZE + CIV, location=L(["southern Syria", "Damascus", "Suwayda"], cc="SY"),
      date=D("2025-04-29", "2025-05-03"), killed=R(101), source=SSDN, aggregate=True),
    # the social-media claim the monitor could not verify -> non-core possible (no number: "hundreds" is the
    # claim's, not verified)
    E(False, 'claims on social media that "hundreds" were executed in Sahnaya', VAC, ATTACK, actor1=SYGOV02 + UNK,
      actor2=CIV + DRUZE, location=SAHNAYA, source=["social media"], status="possible"),
    # no gold: the method note, the audio recording (no act), "We have verified seven names so far", the release and
    # payment, Israel's "clear message" (a warning wrapped in the strike's explanation; no act of its own)
]
DOCS.append(("dev-t-02", "Southern Syria Documentation Network (incident log)", "2025-05-03",
             "human-rights monitor's incident log",
             "southern Syria: numbered entries dated day/month/year: a night clash in Jaramana ('At least 10'), an "
             "attack on Sahnaya with the dead a sentence later ('between 11 and 14 local fighters and two "
             "civilians'), Israel's own strike claim, a highway ambush by 'either tribal gunmen ... or members of the "
             "General Security' and its denial, an abduction by 'men in military uniform', a mortar shell ('No deaths "
             "or injuries resulted'), a strike by the palace, an agreement, a running total, an unverified claim",
             T02, E02))
WEEKDAYS += [("dev-t-02", "03/05/2025", "2025-05-03", "Saturday")]

# =============================================================================
# dev-t-03  live blog with timestamps and a correction — Yemen and the Red Sea: Bani Matar district west of Sanaa,
# Sanaa's Sawan area, Ben Gurion airport, the northern Red Sea, ~70 nautical miles west of Hodeidah; Ras Isa as
# background (Sat 19 Apr 2025)
# =============================================================================
T03 = """Live: US strikes hit Sanaa overnight; Houthis claim missile launch at Israel

The Meridian | Live blog | Saturday 19 April 2025 | All times GMT

08:05
Good morning and welcome to our live coverage. Houthi-run Al-Masirah TV reported a wave of US air strikes overnight on Bani Matar district, west of Sanaa, and on the Sawan area in the east of the capital, killing at least four people, citing the Houthi-run health ministry.

08:40
Residents of Sawan told us by phone that a three-storey building near a market was flattened. "We pulled out a boy of about ten; the rest we could not reach," one man said.

09:55
Houthi military spokesman Yahya Saree says the group fired a "Palestine-2" hypersonic ballistic missile at Ben Gurion airport near Tel Aviv and launched drones at the aircraft carrier USS Carl Vinson in the northern Red Sea. He gave no time for either.

10:20
The Israeli military says a missile launched from Yemen was intercepted before it crossed into Israeli territory. Sirens sounded in several areas; Magen David Adom says no one was hurt.

11:45
UKMTO, the British navy's maritime agency, says a merchant vessel reported a projectile landing in the water close to it some 70 nautical miles west of Hodeidah this morning. The vessel and crew are safe. No one has claimed it yet.

12:30
CORRECTION: An earlier version of the 09:55 entry said the missile was aimed at Haifa. Saree named Ben Gurion airport. We have corrected the entry.

13:15
The health ministry now says the toll from the overnight strikes has risen to nine dead and 21 wounded, among them women and children.

14:50
A US Central Command official, speaking on condition of anonymity, said forces had struck more than 800 targets in Yemen since 15 March and would keep up the campaign until the Houthis stop attacking shipping. The official declined to comment on the Sawan building.

15:30
Some context: on Thursday night, US strikes on the Ras Isa fuel port north of Hodeidah killed 80 people, according to the Houthis, the deadliest single strike of the campaign so far.

16:10
Analyst Farida Nasser tells us the Red Sea has turned into "a shooting gallery with no referee", and that the Houthis could widen their targets to Gulf ports if the campaign goes on.

That's where we'll pause our coverage for today. Thanks for following.
"""

USA03 = USA + ["US air strikes", "US strikes", "US Central Command", "CENTCOM", "forces"]
HOU03 = HOUTHI + ["the group", "Houthi military"]
MERIDIAN = ["The Meridian", "Meridian", "author"]
MASIRAH = ["Al-Masirah", "Al-Masirah TV", "Houthi-run health ministry", "health ministry", "Houthi-run Al-Masirah TV"]
SAREE = ["Yahya Saree", "Saree", "Houthi military spokesman"] + HOUTHI
ISR03 = ["Israeli military", "Israeli army", "IDF", "Magen David Adom", "MDA"]
# two places in one sentence: Bani Matar (a district west of the city) and Sawan (inside the city) -> Sanaa's
# point carries both (Bani Matar's centre lies ~25 km west)
SANAA = L(["Sanaa", "Sana'a", "Bani Matar", "Bani Matar district", "Sawan", "Sawan area", "west of Sanaa"], 15.37,
          44.19, "YE")
SAWAN = L(["Sawan", "Sawan area", "Sanaa", "Sana'a", "near a market"], 15.37, 44.22, "YE")
BEN_GURION = L(["Ben Gurion airport", "Ben Gurion", "near Tel Aviv", "Tel Aviv", "Lod"], 32.00, 34.88, "IL")
NRED = L(["northern Red Sea", "Red Sea", "USS Carl Vinson"])
# "some 70 nautical miles west of Hodeidah" -> LKM from Hodeidah (130 km), no country for a point at sea
W_HOD = LKM(["west of Hodeidah", "Hodeidah", "Red Sea"], 14.80, 42.95, 130, 270)
RAS_ISA = L(["Ras Isa", "Ras Isa fuel port", "Ras Issa", "north of Hodeidah"], 15.22, 42.83, "YE")
E03 = [
    # a wave of strikes on two places in one night, told once with one toll -> one core event (the sentence's
    # own unit), Sanaa's point; "at least four" then "risen to nine dead and 21 wounded" -> killed 4..open (the
    # "at least N" rule), injured 21 folded in; the update a non-core copy; "overnight" -> both days
    E(True, "Houthi-run Al-Masirah TV reported a wave of US air strikes overnight on Bani Matar district, west of "
      "Sanaa, and on the Sawan area in the east of the capital, killing at least four people", EXP, AIR,
      actor1=USA03, actor2=HOU03 + CIV, location=SANAA, date=D("2025-04-18", "2025-04-19"), killed=R(4, None),
      injured=R(21), source=MASIRAH + MERIDIAN),
    E(False, "the toll from the overnight strikes has risen to nine dead and 21 wounded", EXP, AIR, actor1=USA03,
      actor2=HOU03 + CIV, location=SANAA, date=D("2025-04-18", "2025-04-19"), killed=R(9), injured=R(21),
      source=MASIRAH),
    # the residents' building in Sawan: a detail of the same night (a boy pulled out alive -> no number) -> a
    # non-core copy at Sawan
    E(False, "a three-storey building near a market was flattened", EXP, AIR, actor1=USA03,
      actor2=CIV + ["three-storey building", "building"], location=SAWAN, date=D("2025-04-18", "2025-04-19"),
      source=["Residents of Sawan", "residents"] + MERIDIAN),
    # a party's claims -> core, occurred, sourced to it; "He gave no time for either" -> the blog's day and the night
    # before (the claim is reported on Saturday morning); the corrected target (Ben Gurion, not Haifa) is the only
    # one that counts; MDA's "no one was hurt" for the same missile -> killed and injured 0..0 folded in
    E(True, 'the group fired a "Palestine-2" hypersonic ballistic missile at Ben Gurion airport near Tel Aviv', EXP,
      SHELL, actor1=HOU03, actor2=ISRAEL + ["Ben Gurion airport"], location=BEN_GURION,
      date=D("2025-04-18", "2025-04-19"), killed=R(0), injured=R(0), source=SAREE + ["Magen David Adom", "MDA"]),
    E(True, "launched drones at the aircraft carrier USS Carl Vinson in the northern Red Sea", EXP, AIR,
      actor1=HOU03, actor2=USA + ["USS Carl Vinson", "aircraft carrier", "US Navy"], location=NRED,
      date=D("2025-04-18", "2025-04-19"), source=SAREE),
    # the interception -> a core Disrupted weapons use of its own; "from Yemen" -> the Houthis plus unknown
    E(True, "a missile launched from Yemen was intercepted before it crossed into Israeli territory", STR, DISRUPT,
      actor1=ISRAEL, actor2=HOU03 + UNK + ["missile"], location=L(["Israel", "Israeli territory"], cc="IL"),
      date=D("2025-04-18", "2025-04-19"), source=ISR03),
    # a projectile near a ship, no one named ("No one has claimed it yet") -> unknown only; "The vessel and crew
    # are safe" -> killed and injured 0..0 (a crew unhurt is a no-casualty statement for everyone aboard); "this
    # morning" -> 19 April
    E(True, "a merchant vessel reported a projectile landing in the water close to it some 70 nautical miles west "
      "of Hodeidah this morning", EXP, SHELL, actor1=UNK, actor2=CIV + ["merchant vessel", "vessel"],
      location=W_HOD, date=D("2025-04-19"), killed=R(0), injured=R(0),
      source=["UKMTO", "United Kingdom Maritime Trade Operations"] + MERIDIAN),
    # the official's count (an aggregate) and the vow (planned)
    E(False, "forces had struck more than 800 targets in Yemen since 15 March", EXP, AIR, actor1=USA03,
      actor2=HOU03, location=L(["Yemen"], cc="YE"), date=D("2025-03-15", "2025-04-19"),
      source=["US Central Command official", "US Central Command", "CENTCOM"], aggregate=True),
    E(False, "would keep up the campaign until the Houthis stop attacking shipping", EXP, AIR, actor1=USA03,
      actor2=HOU03, location=L(["Yemen"], cc="YE"), source=["US Central Command official", "CENTCOM"],
      status="planned"),
    # background with a date: "on Thursday night" -> Thursday and Friday (17-18 April); killed 80 (the Houthis')
    E(False, "on Thursday night, US strikes on the Ras Isa fuel port north of Hodeidah killed 80 people", EXP, AIR,
      actor1=USA03, actor2=HOU03 + CIV + ["Ras Isa fuel port"], location=RAS_ISA, date=D("2025-04-17", "2025-04-18"),
      killed=R(80), source=HOUTHI + MERIDIAN),
    # the analyst's conditional -> hypothetical
    E(False, "the Houthis could widen their targets to Gulf ports if the campaign goes on", EXP, SHELL,
      actor1=HOU03, actor2=["Gulf ports"], location=L(["Gulf ports", "Gulf"]), source=["Farida Nasser", "Analyst"],
      status="hypothetical"),
    # no gold: the residents' boy (inside the building copy), the correction's "Haifa" (retracted, see docstring),
    # "Sirens sounded in several areas", "The official declined to comment", "a shooting gallery with no referee"
    # (a metaphor)
]
# the headline's copies
E03 += [
    E(False, "US strikes hit Sanaa overnight", EXP, AIR, actor1=USA03, actor2=HOU03, location=SANAA,
      date=D("2025-04-18", "2025-04-19"), source=MERIDIAN),
    E(False, "Houthis claim missile launch at Israel", EXP, SHELL, actor1=HOU03, actor2=ISRAEL,
      location=L(["Israel"], cc="IL"), date=D("2025-04-18", "2025-04-19"), source=HOUTHI),
]
DOCS.append(("dev-t-03", "The Meridian (live blog)", "2025-04-19", "live blog with timestamps and a correction",
             "Yemen and the Red Sea: US strikes 'overnight' on two places of Sanaa told once, 'at least four' raised "
             "to nine a few hours later, a building flattened per residents, Houthi claims of a missile at Ben Gurion "
             "(corrected from Haifa) and drones at a carrier, the interception and MDA's 'no one was hurt', a "
             "projectile 'some 70 nautical miles west of Hodeidah' ('The vessel and crew are safe'), an official's "
             "count and vow, 'on Thursday night' background at Ras Isa, an analyst's metaphor and conditional",
             T03, E03))
WEEKDAYS += [
    ("dev-t-03", "Saturday 19 April 2025", "2025-04-19", "Saturday"),
    ("dev-t-03", "on Thursday night", "2025-04-17", "Thursday"),
]

# =============================================================================
# dev-t-04  partisan outlet with slanted language — West Bank: Nur Shams camp east of Tulkarm, Beita south of Nablus,
# Nablus governorate, Balata camp (Tue 12 Nov 2024)
# =============================================================================
T04 = """Three martyrs as occupation drone bombs youths in Nur Shams; resistance hits invading jeep

Sawt al-Muqawama | Tulkarm - Nablus | 12/11/2024

The Zionist occupation army once again unleashed its war machine on the steadfast Nur Shams camp, east of Tulkarm, storming it at dawn on Monday with dozens of armoured vehicles and bulldozers.

In a cowardly crime, an occupation drone fired a missile at a group of young men gathered near the camp's Al-Manshiyya quarter, killing three of them: Ahmad Salameh, 19, his cousin Yousef Salameh, 22, and a third young man whose name had not been released by the evening. The occupation army, repeating its usual lies, claimed it had struck "an armed terrorist cell" that was about to attack its forces.

Heroic fighters of the Tulkarm Battalion of the Al-Quds Brigades said they had detonated a powerful explosive device on an invading military jeep at the camp's entrance, "achieving a direct hit". The enemy's own army admitted that a soldier had been lightly wounded in Nur Shams.

The occupation bulldozers then tore up the camp's main streets and destroyed water and sewage lines, as well as the facades of dozens of shops, in a policy of collective punishment.

Near Nablus, herds of settlers protected by soldiers attacked the village of Beita on Sunday night, setting two cars on fire and stoning homes. A farmer in his sixties was wounded in the head by a stone, the Palestinian Red Crescent said.

Across the Nablus governorate, the occupation kidnapped 15 citizens, among them two former prisoners, in raids overnight, according to the Palestinian Prisoners' Society.

In Balata camp, resistance fighters confronted occupation forces that raided the camp before dawn today, exchanging fire with them. No injuries were reported among the fighters.

Since 7 October last year, more than 770 Palestinians have been martyred in the West Bank by the army and the settlers, according to the Ministry of Health.

The Al-Quds Brigades vowed that "the enemy will pay a heavy price for every drop of blood". The camps of Tulkarm, as our people say, will be the graveyard of the invaders.
"""

ISR04 = ISRAEL + ["Zionist occupation army", "occupation army", "occupation", "occupation forces", "occupation drone",
                  "enemy", "occupation bulldozers", "Israeli army bulldozers"]
PIJ = ["Al-Quds Brigades", "al-Quds Brigades", "Palestinian Islamic Jihad", "Islamic Jihad", "PIJ",
       "Tulkarm Battalion", "Tulkarm Brigade", "resistance fighters", "fighters", "Heroic fighters"]
RESIST = ["resistance fighters", "Palestinian militants", "militants", "gunmen", "fighters"] + PIJ
SAWT = ["Sawt al-Muqawama", "author"]
NUR_SHAMS = L(["Nur Shams", "Nur Shams camp", "Nur Shams refugee camp", "east of Tulkarm", "Tulkarm",
               "Al-Manshiyya quarter", "camp's entrance"], 32.32, 35.07, "PS")
BEITA = L(["Beita", "Bayta", "Near Nablus", "Nablus"], 32.14, 35.29, "PS")
NABLUS_GOV = L(["Nablus governorate", "Nablus"], 32.22, 35.26, "PS")
BALATA = L(["Balata camp", "Balata", "Balata refugee camp", "Nablus"], 32.21, 35.28, "PS")
E04 = [
    # one drone strike, told by the outlet (young men, named with ages) and by the army ("an armed terrorist
    # cell"): the same object told two ways -> one core event, both in actor2, the army's telling a non-core copy;
    # undated inside a raid "at dawn on Monday" -> 11 November; the raid itself -> no gold beyond its parts
    E(True, "an occupation drone fired a missile at a group of young men gathered near the camp's Al-Manshiyya "
      "quarter, killing three of them", EXP, AIR, actor1=ISR04,
      actor2=CIV + ["young men", "group of young men", "Ahmad Salameh", "Yousef Salameh"] + RESIST,
      location=NUR_SHAMS, date=D("2024-11-11"), killed=R(3), source=SAWT),
    E(False, 'it had struck "an armed terrorist cell" that was about to attack its forces', EXP, AIR, actor1=ISR04,
      actor2=RESIST + ["armed terrorist cell"], location=NUR_SHAMS, date=D("2024-11-11"),
      source=["occupation army", "Israeli army", "IDF", "Israeli military"]),
    # the armed group's claim -> core, occurred, sourced to it; the army's "a soldier had been lightly wounded"
    # for the same blast (a sentence later) -> injured 1 folded in (the army's count of its own)
    E(True, "they had detonated a powerful explosive device on an invading military jeep at the camp's entrance",
      EXP, IED, actor1=PIJ, actor2=ISR04 + ["military jeep", "jeep", "soldier"], location=NUR_SHAMS,
      date=D("2024-11-11"), injured=R(1), source=PIJ + ["Israeli army", "IDF"]),
    E(False, "a soldier had been lightly wounded in Nur Shams", EXP, IED, actor1=PIJ, actor2=ISR04,
      location=NUR_SHAMS, date=D("2024-11-11"), injured=R(1), source=["Israeli army", "IDF", "enemy's own army"]),
    # bulldozing streets, pipes and shop fronts -> Looting/property destruction
    E(True, "The occupation bulldozers then tore up the camp's main streets and destroyed water and sewage lines",
      STR, LOOT, actor1=ISR04, actor2=CIV + ["streets", "water and sewage lines", "shops"], location=NUR_SHAMS,
      date=D("2024-11-11"), source=SAWT),
    # "herds of settlers protected by soldiers" -> settlers (and the army as their escort in the list); arson and
    # stoning of a village -> Violence against civilians; "a farmer in his sixties was wounded" -> injured 1; "on
    # Sunday night" -> both days
    E(True, "herds of settlers protected by soldiers attacked the village of Beita on Sunday night, setting two cars "
      "on fire and stoning homes", VAC, ATTACK, actor1=SETTLERS + ["herds of settlers"],
      actor2=CIV + ["village of Beita", "homes", "farmer", "villagers"], location=BEITA,
      date=D("2024-11-10", "2024-11-11"), injured=R(1),
      source=SAWT + ["Palestinian Red Crescent", "Red Crescent"]),
    # "kidnapped" for detentions by a state's army -> Arrests (the outlet's word, ACLED's type); a governorate's
    # raids in one night -> one core event at the city's point; "overnight" -> both days (11-12 November)
    E(True, "the occupation kidnapped 15 citizens, among them two former prisoners, in raids overnight", STR,
      ARRESTS, actor1=ISR04, actor2=CIV + ["15 citizens", "citizens", "former prisoners"], location=NABLUS_GOV,
      date=D("2024-11-11", "2024-11-12"),
      source=["Palestinian Prisoners' Society", "Prisoners' Society", "Prisoners Society"] + SAWT),
    # an exchange of fire -> Battles; "No injuries were reported among the fighters" covers one group -> no number
    # field; "before dawn today" -> 12 November
    E(True, "resistance fighters confronted occupation forces that raided the camp before dawn today, exchanging "
      "fire with them", BAT, CLASH, actor1=RESIST + ISR04, actor2=ISR04 + RESIST, location=BALATA,
      date=D("2024-11-12"), source=SAWT),
    # the ministry's tally -> aggregate ("more than 770" -> 771..open)
    E(False, "Since 7 October last year, more than 770 Palestinians have been martyred in the West Bank", VAC, ATTACK,
      actor1=ISR04 + SETTLERS, actor2=CIV + ["Palestinians"], location=L(["West Bank"], cc="PS"),
      date=D("2023-10-07", "2024-11-12"), killed=R(771, None), source=["Ministry of Health", "Palestinian Ministry of Health"],
      aggregate=True),
    # the armed group's vow -> planned
    E(False, '"the enemy will pay a heavy price for every drop of blood"', EXP, IED, actor1=PIJ, actor2=ISR04,
      location=L(["Tulkarm", "West Bank"], cc="PS"), source=PIJ, status="planned"),
    # no gold: "storming it at dawn on Monday with dozens of armoured vehicles" (the raid as such), "repeating its
    # usual lies" (loaded), the shop facades (inside the bulldozing), "collective punishment", "the graveyard of the
    # invaders" (a metaphor)
]
# the headline's copies
E04 += [
    E(False, "Three martyrs as occupation drone bombs youths in Nur Shams", EXP, AIR, actor1=ISR04,
      actor2=CIV + ["youths"], location=NUR_SHAMS, date=D("2024-11-11"), killed=R(3), source=SAWT),
    E(False, "resistance hits invading jeep", EXP, IED, actor1=RESIST, actor2=ISR04 + ["jeep"], location=NUR_SHAMS,
      date=D("2024-11-11"), source=SAWT),
]
DOCS.append(("dev-t-04", "Sawt al-Muqawama", "2024-11-12", "partisan outlet with slanted language",
             "West Bank, a pro-resistance site: a drone strike on young men in Nur Shams ('his cousin ... 22') and the "
             "army's 'armed terrorist cell', the Al-Quds Brigades' IED claim and the army's one lightly wounded, "
             "bulldozing, 'herds of settlers' in Beita 'on Sunday night' (a farmer 'in his sixties'), arrests called "
             "'kidnapped', an exchange of fire 'before dawn today' ('No injuries ... among the fighters'), a tally, a "
             "vow, a metaphor; dd/mm/yyyy date", T04, E04))
WEEKDAYS += [
    ("dev-t-04", "12/11/2024 (today)", "2024-11-12", "Tuesday"),
    ("dev-t-04", "at dawn on Monday", "2024-11-11", "Monday"),
    ("dev-t-04", "on Sunday night", "2024-11-10", "Sunday"),
]

# =============================================================================
# dev-t-05  military spokesman's Q&A — south Lebanon: Qasmiyeh north of Tyre, Kfar Roummane by Nabatieh, Zawtar
# al-Sharqiyah, Shebaa; Metula as background (Wed 23 Apr 2025)
# =============================================================================
T05 = """Transcript: military spokesperson's briefing to foreign media on Lebanon

Israel Defense Forces, International Press Desk | Tel Aviv | 23 April 2025 | Edited transcript, Lt. Col. Amir Dagan answering

DAGAN: Yesterday afternoon our aircraft struck a Hezbollah operative travelling in a vehicle near Qasmiyeh, north of Tyre. He was a commander in the Radwan Force who was working to rebuild Hezbollah's capabilities in the area. Overnight we also struck a Hezbollah weapons storage facility in Kfar Roummane, near Nabatieh.

Q (Lisa Ortmann, Nordkurier): Lebanon's health ministry says the strike near Qasmiyeh killed two people, and that one of them was a municipal worker who happened to be passing by. Do you accept that?

DAGAN: I can't confirm that figure. What I can say is that one terrorist was eliminated. Any claim of civilian harm will be examined.

Q (Karim Haddad, Beirut Broadcast): The National News Agency says the Kfar Roummane strike hit a family home and that a woman and her teenage daughter were wounded.

DAGAN: The target was a weapons facility inside a residential building. That is exactly how Hezbollah operates, hiding rockets under families.

Q (Haddad): Lebanese civil defence says one of your drones hit one of its ambulances in Zawtar al-Sharqiyah on Saturday, wounding two paramedics. Was that you?

DAGAN: No. The IDF did not strike any ambulance on Saturday.

Q (Mei Tanaka, Pacific Times): On Monday your forces detained a man near Shebaa. Who was he?

DAGAN: A Lebanese shepherd who crossed the Blue Line. He was questioned and handed back through UNIFIL the same evening.

Q (Ortmann): Last month rockets were fired at Metula. Hezbollah denied it. Do you still hold Hezbollah responsible?

DAGAN: We hold the state of Lebanon responsible for anything fired from its territory. I will remind you that since the ceasefire of 27 November we have eliminated more than 140 terrorists who were violating it.

Q (Tanaka): Are you planning to widen the strikes?

DAGAN: If Hezbollah tries to rebuild south of the Litani, we will act, wherever and whenever necessary. Our message to the residents of the north is that they can go home safely.
"""

ISR05 = ISRAEL + ["our aircraft", "our forces", "IDF", "one of your drones"]
HEZ05 = HEZB + ["Hezbollah operative", "Radwan Force", "Radwan", "terrorist", "commander"]
IDFSRC = ["Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Amir Dagan", "military spokesperson",
          "spokesperson"]
# "near Qasmiyeh, north of Tyre" -> Qasmiyeh's point (a few km north of the city)
QASMIYEH = L(["Qasmiyeh", "Qasmiye", "al-Qasimiyah", "near Qasmiyeh", "north of Tyre", "Tyre"], 33.32, 35.24, "LB")
KFAR_ROUMMANE = L(["Kfar Roummane", "Kfar Rumman", "Kfar Remmane", "near Nabatieh", "Nabatieh"], 33.38, 35.50, "LB")
ZAWTAR = L(["Zawtar al-Sharqiyah", "Zawtar al-Sharqiya", "Zawtar", "Nabatieh"], 33.32, 35.55, "LB")
SHEBAA = L(["Shebaa", "near Shebaa", "Blue Line", "Shebaa farms"], 33.35, 35.74, "LB")
METULA = L(["Metula", "Metulla"], 33.28, 35.58, "IL")
E05 = [
    # one strike, two tolls by two sources (the army's one "terrorist" / the ministry's two dead, one a municipal
    # worker) -> one core event per version, each with its own numbers and targets; "Yesterday afternoon" -> 22
    # April
    E(True, "Yesterday afternoon our aircraft struck a Hezbollah operative travelling in a vehicle near Qasmiyeh, "
      "north of Tyre", EXP, AIR, actor1=ISR05, actor2=HEZ05 + ["vehicle"], location=QASMIYEH, date=D("2025-04-22"),
      killed=R(1), source=IDFSRC),
    E(True, "the strike near Qasmiyeh killed two people, and that one of them was a municipal worker", EXP, AIR,
      actor1=ISR05, actor2=CIV + HEZ05 + ["municipal worker", "two people"], location=QASMIYEH,
      date=D("2025-04-22"), killed=R(2),
      source=["Lebanon's health ministry", "Lebanese health ministry", "health ministry", "Ministry of Public Health"]),
    # the army's copy of its own toll
    E(False, "one terrorist was eliminated", EXP, AIR, actor1=ISR05, actor2=HEZ05, location=QASMIYEH,
      date=D("2025-04-22"), killed=R(1), source=IDFSRC),
    # one strike, two objects (a weapons storage facility / a family home with a woman and her daughter wounded) ->
    # one core event per version; "Overnight" in a briefing of 23 April -> both days
    E(True, "Overnight we also struck a Hezbollah weapons storage facility in Kfar Roummane, near Nabatieh", EXP, AIR,
      actor1=ISR05, actor2=HEZ05 + ["weapons storage facility"], location=KFAR_ROUMMANE,
      date=D("2025-04-22", "2025-04-23"), source=IDFSRC),
    E(True, "the Kfar Roummane strike hit a family home and that a woman and her teenage daughter were wounded", EXP,
      AIR, actor1=ISR05, actor2=CIV + ["family home", "woman", "teenage daughter", "daughter"],
      location=KFAR_ROUMMANE, date=D("2025-04-22", "2025-04-23"), injured=R(2),
      source=["National News Agency", "NNA"]),
    # the civil defence's report, relayed in a question -> core, occurred, sourced to it ("one of your drones" ->
    # Israel); "on Saturday" -> 19 April; the spokesman's denial -> a non-core denied copy
    E(True, "one of your drones hit one of its ambulances in Zawtar al-Sharqiyah on Saturday, wounding two "
      "paramedics", EXP, AIR, actor1=ISR05, actor2=CIV + ["ambulance", "paramedics", "civil defence"],
      location=ZAWTAR, date=D("2025-04-19"), injured=R(2),
      source=["Lebanese civil defence", "civil defence", "Civil Defense"]),
    E(False, "The IDF did not strike any ambulance on Saturday", EXP, AIR, actor1=ISR05, actor2=CIV + ["ambulance"],
      location=ZAWTAR, date=D("2025-04-19"), source=IDFSRC, status="denied"),
    # a detention at the line -> Arrests; "On Monday" -> 21 April; the release -> no gold
    E(True, "On Monday your forces detained a man near Shebaa", STR, ARRESTS, actor1=ISR05,
      actor2=CIV + ["man", "Lebanese shepherd", "shepherd"], location=SHEBAA, date=D("2025-04-21"),
      source=IDFSRC + ["Mei Tanaka", "Pacific Times"]),
    # background: "Last month" -> March 2025; no launcher named and Hezbollah's denial -> unknown plus Hezbollah
    E(False, "Last month rockets were fired at Metula", EXP, SHELL, actor1=UNK + HEZB, actor2=ISRAEL + ["Metula"],
      location=METULA, date=D("2025-03-01", "2025-03-31"), source=["Lisa Ortmann", "Nordkurier"] + IDFSRC),
    E(False, "Hezbollah denied it", EXP, SHELL, actor1=HEZB, actor2=ISRAEL, location=METULA,
      date=D("2025-03-01", "2025-03-31"), source=HEZB, status="denied"),
    # background agreement and the tally (aggregate; "more than 140" -> 141..open)
    E(False, "since the ceasefire of 27 November we have eliminated more than 140 terrorists", EXP, AIR,
      actor1=ISR05, actor2=HEZ05, location=L(["Lebanon", "southern Lebanon"], cc="LB"),
      date=D("2024-11-27", "2025-04-23"), killed=R(141, None), source=IDFSRC, aggregate=True),
    E(False, "the ceasefire of 27 November", STR, AGREE, actor1=ISRAEL + HEZB + ["Lebanon"],
      actor2=HEZB + ISRAEL + ["Lebanon"], location=L(["Lebanon"], cc="LB"), date=D("2024-11-27"), source=IDFSRC),
    # the conditional threat (an actor's own) -> planned
    E(False, "If Hezbollah tries to rebuild south of the Litani, we will act", EXP, AIR, actor1=ISR05, actor2=HEZB,
      location=L(["south of the Litani", "southern Lebanon", "Lebanon"], cc="LB"), source=IDFSRC, status="planned"),
    # no gold: "Any claim of civilian harm will be examined", "hiding rockets under families" (a generic charge),
    # the hand-over through UNIFIL, "We hold the state of Lebanon responsible", the message to residents
]
DOCS.append(("dev-t-05", "Israel Defense Forces (press briefing transcript)", "2025-04-23",
             "military spokesman's Q&A",
             "south Lebanon: a spokesman's answers and reporters' questions: a strike near Qasmiyeh 'Yesterday "
             "afternoon' with two tolls (the army's one 'terrorist' / the ministry's two, one a municipal worker), a "
             "strike on a 'weapons storage facility' told by NNA as a family home, a civil-defence report of an "
             "ambulance hit 'on Saturday' and its denial, a detention 'On Monday', 'Last month' rockets and "
             "Hezbollah's denial, a tally, a ceasefire reference, a conditional threat", T05, E05))
WEEKDAYS += [
    ("dev-t-05", "23 April 2025", "2025-04-23", "Wednesday"),
    ("dev-t-05", "on Saturday", "2025-04-19", "Saturday"),
    ("dev-t-05", "On Monday", "2025-04-21", "Monday"),
]

# =============================================================================
# dev-t-06  weekly security digest — southern Iraq: al-Dayr north of Basra, Basra's al-Jazair area, Zubair, Amarah,
# al-Majar al-Kabir, the Basra Oil Company in Basra (Fri 9 Aug 2024)
# =============================================================================
T06 = """Southern Iraq Weekly Security Digest - Week 32 (2-8 August 2024)

Shatt Advisory Group | Client briefing: Basra and Maysan | Issued Friday 9 August 2024

KEY JUDGEMENT: Tribal disputes and the targeting of party offices remain the main risks to staff movement. The threat to international oil company sites is assessed as MODERATE and unchanged.

BASRA
- Sat 3 Aug, al-Dayr (approx. 25 km north of Basra city): Members of two clans clashed with RPGs and medium machine guns over a land dispute. Two men were killed and five wounded, police sources said. Army and police units deployed and arrested nine people on both sides.
- Mon 5 Aug, al-Jazair area, Basra city: Unidentified gunmen on a motorcycle shot dead Haider Jassim, 34, a lawyer known for defending protesters, outside his office. No group has claimed the killing. Local activists blame an armed faction but named none.
- Aug 6, Zubair: A small IED detonated at the door of an office of the Asa'ib Ahl al-Haq movement shortly after midnight, causing material damage only. It is the third such incident in Zubair since June.
- Aug 7, Basra city: Around 150 unemployed graduates protested outside the Basra Oil Company headquarters demanding jobs. Riot police used water cannon to push them back from the gate; two protesters were treated for minor injuries.

MAYSAN
- 4 August, Amarah: A police officer was killed in a firefight with a drug-trafficking gang during a raid on a house in the city's al-Hussein neighbourhood, according to Maysan police command. Two gang members were detained and a third escaped.
- 8 August, al-Majar al-Kabir: A hand grenade was thrown at the house of a tribal sheikh before dawn, wounding two of his grandchildren, aged six and nine. Police believe the attack is linked to a feud between two tribes.

TRENDS
Basra police recorded 11 armed tribal disputes in July, against seven in June. We judge that further attacks on party offices are likely in the run-up to the provincial budget vote. Should a prominent sheikh be killed, a wider tribal conflict could follow in northern Basra.

MOVEMENT ADVICE
Avoid the Basra-Amarah road north of al-Dayr after dark. Routes to Rumaila and West Qurna 1 remain open with standard escort.
"""

CLANS = ["clans", "two clans", "clan militia", "tribal militia", "Members of two clans", "clan members"]
IQPOL = ["Iraqi police", "police", "Police Forces of Iraq", "Riot police", "riot police", "Army and police units",
         "Maysan police", "police officer", "Iraqi army"]
AAH = ["Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq", "AAH", "League of the Righteous"]
SHATT = ["Shatt Advisory Group", "author"]
# "approx. 25 km north of Basra city" -> LKM from Basra (al-Dayr itself lies within ~5 km of that point)
AL_DAYR = LKM(["al-Dayr", "Al Dayr", "Deir", "north of Basra city", "Basra"], 30.51, 47.81, 25, 0, "IQ")
BASRA = L(["Basra", "Basra city", "al-Jazair area", "al-Jazair", "Basra Oil Company headquarters"], 30.51, 47.81, "IQ")
ZUBAIR = L(["Zubair", "al-Zubair", "Az Zubayr"], 30.39, 47.70, "IQ")
AMARAH = L(["Amarah", "al-Amarah", "al-Hussein neighbourhood", "Maysan"], 31.84, 47.14, "IQ")
MAJAR = L(["al-Majar al-Kabir", "Majar al-Kabir", "al-Majar", "Maysan"], 31.57, 47.17, "IQ")
E06 = [
    # a clash between two clans -> Battles between identity militias; "Two men were killed and five wounded" (both
    # sides in one figure) -> exact; the arrests by army and police after the clash -> a core Arrests of its own
    # (another actor, an act after the fighting); "approx. 25 km north of" -> LKM
    E(True, "Members of two clans clashed with RPGs and medium machine guns over a land dispute", BAT, CLASH,
      actor1=CLANS, actor2=CLANS, location=AL_DAYR, date=D("2024-08-03"), killed=R(2), injured=R(5),
      source=["police sources"] + SHATT),
    E(True, "Army and police units deployed and arrested nine people on both sides", STR, ARRESTS, actor1=IQPOL,
      actor2=CLANS + ["nine people"], location=AL_DAYR, date=D("2024-08-03"), source=SHATT),
    # a targeted killing of a civilian by unidentified gunmen -> Violence against civilians; the activists' vague
    # blame ("named none") -> unknown only
    E(True, "Unidentified gunmen on a motorcycle shot dead Haider Jassim, 34, a lawyer known for defending "
      "protesters, outside his office", VAC, ATTACK, actor1=UNK + ["Unidentified gunmen", "gunmen"],
      actor2=CIV + ["Haider Jassim", "lawyer"], location=BASRA, date=D("2024-08-05"), killed=R(1), source=SHATT),
    # "causing material damage only" -> killed and injured 0..0 ("only" rules out casualties); "shortly after
    # midnight" under an entry dated 6 Aug -> 6 August; the count "since June" -> aggregate
    E(True, "A small IED detonated at the door of an office of the Asa'ib Ahl al-Haq movement shortly after midnight",
      EXP, IED, actor1=UNK, actor2=AAH + ["office"], location=ZUBAIR, date=D("2024-08-06"), killed=R(0),
      injured=R(0), source=SHATT),
    E(False, "It is the third such incident in Zubair since June", EXP, IED, actor1=UNK, actor2=AAH + ["party offices"],
      location=ZUBAIR, date=D("2024-06-01", "2024-08-06"), source=SHATT, aggregate=True),
    # water cannon to push protesters back -> Protest with intervention (no lethal force); "two protesters were
    # treated for minor injuries" -> injured 2
    E(True, "Around 150 unemployed graduates protested outside the Basra Oil Company headquarters demanding jobs",
      PRO, INTERVENTION, **PROTEST_SIDES(IQPOL + ["unemployed graduates", "graduates"]), location=BASRA,
      date=D("2024-08-07"), injured=R(2), source=SHATT),
    # police against an armed gang in a raid -> Battles; the officer killed -> killed 1..open (one side counted);
    # the detentions are inside the raid -> no Arrests gold of their own (the same act, the same actor)
    E(True, "A police officer was killed in a firefight with a drug-trafficking gang during a raid on a house in the "
      "city's al-Hussein neighbourhood", BAT, CLASH, actor1=IQPOL + ["drug-trafficking gang", "gang"],
      actor2=["drug-trafficking gang", "gang", "gang members"] + IQPOL, location=AMARAH, date=D("2024-08-04"),
      killed=R(1, None), source=["Maysan police command", "Maysan police", "police"] + SHATT),
    # a grenade on a sheikh's house; "two of his grandchildren, aged six and nine" -> injured 2; no thrower ->
    # unknown (the police's feud theory names no one)
    E(True, "A hand grenade was thrown at the house of a tribal sheikh before dawn, wounding two of his "
      "grandchildren", EXP, GRENADE, actor1=UNK, actor2=CIV + ["tribal sheikh", "house", "grandchildren"],
      location=MAJAR, date=D("2024-08-08"), injured=R(2), source=SHATT),
    # the month's count -> aggregate; the judgement and the conditional -> possible and hypothetical, non-core
    E(False, "Basra police recorded 11 armed tribal disputes in July", BAT, CLASH, actor1=CLANS, actor2=CLANS,
      location=L(["Basra", "Basra province"], cc="IQ"), date=D("2024-07-01", "2024-07-31"),
      source=["Basra police"] + SHATT, aggregate=True),
    E(False, "further attacks on party offices are likely in the run-up to the provincial budget vote", EXP, IED,
      actor1=UNK, actor2=["party offices"], location=L(["Basra", "Basra province"], cc="IQ"), source=SHATT,
      status="possible"),
    E(False, "Should a prominent sheikh be killed, a wider tribal conflict could follow in northern Basra", BAT,
      CLASH, actor1=CLANS, actor2=CLANS, location=L(["northern Basra", "Basra"], cc="IQ"), source=SHATT,
      status="hypothetical"),
    # no gold: the key judgement (generic), "Local activists blame an armed faction but named none", the gang member
    # who escaped and the detentions (inside the raid), the June count ("against seven in June", inside the
    # comparison), the movement advice
]
DOCS.append(("dev-t-06", "Shatt Advisory Group (weekly security digest)", "2024-08-09", "weekly security digest",
             "Basra and Maysan, a risk firm's client digest with bulleted entries dated 'Sat 3 Aug', 'Aug 6', '4 "
             "August': a clan clash 'approx. 25 km north of Basra city' and the arrests after it, a lawyer shot by "
             "'Unidentified gunmen', an IED on a party office 'causing material damage only', a graduates' protest "
             "met by water cannon, a police officer killed in a raid on a gang, a grenade ('aged six and nine'), a "
             "month's count, a judgement, a conditional", T06, E06))
WEEKDAYS += [
    ("dev-t-06", "Friday 9 August 2024", "2024-08-09", "Friday"),
    ("dev-t-06", "Sat 3 Aug", "2024-08-03", "Saturday"),
    ("dev-t-06", "Mon 5 Aug", "2024-08-05", "Monday"),
]

# =============================================================================
# dev-t-07  wire story — Israel and Iran: Petah Tikva, the Bazan refinery in Haifa Bay, the IRIB building in Tehran,
# Rey south of Tehran, Kermanshah (Mon 16 Jun 2025)
# =============================================================================
T07 = """Iranian missile kills four in Petah Tikva as Israel strikes state TV in Tehran

JERUSALEM/DUBAI, June 16 (Levant Wire Service) - An Iranian ballistic missile slammed into a residential building in Petah Tikva, east of Tel Aviv, early on Monday, killing at least four people, Israel's Magen David Adom ambulance service said. Rescue workers were still searching the rubble hours later, and more than 60 people were taken to hospital, most with light injuries.

The strike came at the end of an overnight barrage of about 40 missiles on central and northern Israel. The Israeli military said most were intercepted. Earlier in the night, a missile hit the Bazan oil refinery complex in Haifa Bay, killing three employees and setting a fire in a power station that shut the plant, the company said in a statement on Monday.

In Tehran, Israeli aircraft struck the headquarters of the state broadcaster IRIB on Monday afternoon while a news programme was on air. State television said three of its staff were killed. The Israeli military said the building housed "a communications centre used by the Iranian armed forces" and that residents of the area had been warned.

Iran's health ministry said on Sunday that 224 people had been killed in Israeli strikes since Friday, most of them civilians. In Israel, 24 people have been killed since the fighting began, according to the prime minister's office.

The Israeli military also said its jets had destroyed "about a third" of Iran's surface-to-surface missile launchers, including several near Kermanshah in the west of the country, since Friday. The figure could not be independently verified.

Tasnim news agency, citing a police statement, reported that two people accused of working for Mossad had been arrested in Rey, south of Tehran, on Sunday with parts for assembling drones. Israel does not comment on such reports.

An Iranian foreign ministry spokesman said Iran would stop firing "the moment the Zionist aggression stops". Israeli Defence Minister Israel Katz warned that "Tehran will burn" if missiles continue to fall on Israeli civilians.

Oil prices rose for a third day.
"""

IRAN07 = IRAN + ["Iranian ballistic missile", "Iranian missile", "missile"]
ISR07 = ISRAEL + ["Israeli aircraft", "its jets", "Israeli Air Force"]
LWS = ["Levant Wire Service", "LWS", "author"]
MDA = ["Magen David Adom", "MDA"]
PETAH_TIKVA = L(["Petah Tikva", "Petah Tiqva", "east of Tel Aviv"], 32.09, 34.89, "IL")
BAZAN = L(["Bazan oil refinery", "Bazan", "Haifa Bay", "Haifa", "Bazan oil refinery complex"], 32.80, 35.05, "IL")
TEHRAN = L(["Tehran", "IRIB headquarters", "IRIB"], 35.69, 51.39, "IR")
REY = L(["Rey", "Ray", "south of Tehran", "Tehran"], 35.59, 51.44, "IR")
ISRAEL_L = L(["Israel", "central and northern Israel"], cc="IL")
IRAN_L = L(["Iran"], cc="IR")
E07 = [
    # "killing at least four" -> 4..open; "more than 60 people were taken to hospital, most with light injuries" ->
    # injured 61..open (hospital admissions told as injuries); "early on Monday" -> 16 June
    E(True, "An Iranian ballistic missile slammed into a residential building in Petah Tikva, east of Tel Aviv, early "
      "on Monday, killing at least four people", EXP, SHELL, actor1=IRAN07,
      actor2=CIV + ["residential building", "people"], location=PETAH_TIKVA, date=D("2025-06-16"),
      killed=R(4, None), injured=R(61, None), source=MDA + LWS),
    # a barrage over a whole region in one night -> aggregate (each named impact is its own core event); the
    # interceptions of many missiles -> an aggregate Disrupted weapons use
    E(False, "an overnight barrage of about 40 missiles on central and northern Israel", EXP, SHELL,
      actor1=IRAN07, actor2=ISRAEL + CIV, location=ISRAEL_L, date=D("2025-06-15", "2025-06-16"), source=LWS,
      aggregate=True),
    E(False, "most were intercepted", STR, DISRUPT, actor1=ISR07, actor2=IRAN07,
      location=ISRAEL_L, date=D("2025-06-15", "2025-06-16"), source=["Israeli military", "IDF"], aggregate=True),
    # "Earlier in the night" than an early-Monday strike -> Sunday and Monday; "killing three employees" -> 3
    E(True, "a missile hit the Bazan oil refinery complex in Haifa Bay, killing three employees", EXP, SHELL,
      actor1=IRAN07, actor2=CIV + ["Bazan", "refinery", "employees"], location=BAZAN,
      date=D("2025-06-15", "2025-06-16"), killed=R(3), source=["Bazan", "the company"] + LWS),
    # the same building told two ways (the broadcaster's headquarters / "a communications centre used by the
    # Iranian armed forces") -> one core event, both in actor2, the army's telling a non-core copy; state TV's
    # three staff a sentence later -> folded in
    E(True, "Israeli aircraft struck the headquarters of the state broadcaster IRIB on Monday afternoon while a news "
      "programme was on air", EXP, AIR, actor1=ISR07,
      actor2=CIV + ["IRIB", "state broadcaster", "Islamic Republic of Iran Broadcasting", "staff"] + IRAN,
      location=TEHRAN, date=D("2025-06-16"), killed=R(3), source=LWS + ["State television", "state television"]),
    E(False, "State television said three of its staff were killed", EXP, AIR, actor1=ISR07, actor2=CIV + ["staff"],
      location=TEHRAN, date=D("2025-06-16"), killed=R(3), source=["State television", "IRIB"]),
    E(False, 'the building housed "a communications centre used by the Iranian armed forces"', EXP, AIR,
      actor1=ISR07, actor2=IRAN + ["communications centre", "Iranian armed forces"], location=TEHRAN,
      date=D("2025-06-16"), source=["Israeli military", "IDF"]),
    # each side's tally since Friday (13 June) -> aggregates
    E(False, "224 people had been killed in Israeli strikes since Friday", EXP, AIR, actor1=ISR07,
      actor2=CIV + IRAN, location=IRAN_L, date=D("2025-06-13", "2025-06-15"), killed=R(224),
      source=["Iran's health ministry", "Iranian health ministry", "health ministry"], aggregate=True),
    E(False, "In Israel, 24 people have been killed since the fighting began", EXP, SHELL, actor1=IRAN07,
      actor2=CIV + ISRAEL, location=ISRAEL_L, date=D("2025-06-13", "2025-06-16"), killed=R(24),
      source=["prime minister's office", "Israeli prime minister's office"], aggregate=True),
    E(False, "its jets had destroyed \"about a third\" of Iran's surface-to-surface missile launchers", EXP, AIR,
      actor1=ISR07, actor2=IRAN + ["missile launchers"],
      location=L(["Iran", "Kermanshah", "near Kermanshah"], 34.31, 47.07, "IR"), date=D("2025-06-13", "2025-06-16"),
      source=["Israeli military", "IDF"], aggregate=True),
    # a citing chain (Tasnim citing the police) -> both as sources; "on Sunday" -> 15 June
    E(True, "two people accused of working for Mossad had been arrested in Rey, south of Tehran, on Sunday", STR,
      ARRESTS, actor1=["Iranian police", "police", "Police Forces of Iran"] + IRAN,
      actor2=["Mossad", "two people", "suspected Mossad agents"], location=REY, date=D("2025-06-15"),
      source=["Tasnim", "Tasnim news agency", "police statement", "Iranian police"]),
    # Iran's conditional (an actor's own) -> planned; Katz's conditional threat -> planned
    E(False, 'Iran would stop firing "the moment the Zionist aggression stops"', EXP, SHELL, actor1=IRAN07,
      actor2=ISRAEL, location=ISRAEL_L, source=["Iranian foreign ministry spokesman", "Iranian foreign ministry"],
      status="planned"),
    E(False, '"Tehran will burn" if missiles continue to fall on Israeli civilians', EXP, AIR, actor1=ISR07,
      actor2=IRAN, location=TEHRAN, source=["Israel Katz", "Israeli Defence Minister", "Defence Minister"],
      status="planned"),
    # no gold: the search of the rubble, the fire and the plant's shutdown (inside the Bazan strike), "residents of
    # the area had been warned", "The figure could not be independently verified", "Israel does not comment", oil
    # prices
]
# the headline's copies
E07 += [
    E(False, "Iranian missile kills four in Petah Tikva", EXP, SHELL, actor1=IRAN07, actor2=CIV,
      location=PETAH_TIKVA, date=D("2025-06-16"), killed=R(4), source=LWS),
    E(False, "Israel strikes state TV in Tehran", EXP, AIR, actor1=ISR07, actor2=["state TV", "IRIB"],
      location=TEHRAN, date=D("2025-06-16"), source=LWS),
]
DOCS.append(("dev-t-07", "Levant Wire Service", "2025-06-16", "wire story",
             "Israel and Iran: a missile on Petah Tikva 'early on Monday' ('at least four', 'more than 60 ... taken to "
             "hospital'), a night's barrage and its interceptions (aggregates), a refinery hit 'Earlier in the "
             "night', a strike on the state broadcaster told as 'a communications centre', each side's tally since "
             "Friday, launchers destroyed, arrests reported by Tasnim 'citing a police statement', two conditional "
             "threats", T07, E07))
WEEKDAYS += [
    ("dev-t-07", "June 16 (Monday)", "2025-06-16", "Monday"),
    ("dev-t-07", "on Sunday", "2025-06-15", "Sunday"),
    ("dev-t-07", "since Friday", "2025-06-13", "Friday"),
]

# =============================================================================
# dev-t-08  humanitarian flash update — north Syria/Aleppo countryside: the outskirts of Manbij, the Tishreen Dam,
# Deir Hafer, al-Bab, the Qara Qozak bridge (Tue 4 Feb 2025)
# =============================================================================
T08 = """Flash Update No. 7: car bomb kills 20 agricultural workers near Manbij

Euphrates Relief Coordination Forum (ERCF) | Flash Update No. 7 | Manbij and eastern Aleppo countryside | 4 February 2025

KEY POINTS
- 20 civilians, 19 of them women, killed in a vehicle-borne explosion on the outskirts of Manbij on 3 February.
- Partners report continued hostilities around the Tishreen Dam; civilian movement on the Manbij-Raqqa road is severely restricted.

SITUATION
On the morning of 3 February, a car packed with explosives detonated next to a vehicle carrying seasonal agricultural workers on the south-eastern outskirts of Manbij. According to local health sources, 19 women and one man were killed and at least 15 others were injured, several critically. The wounded were taken to Manbij National Hospital, which is operating beyond capacity. No group has claimed responsibility. The Syrian Democratic Forces (SDF) blamed Turkish-backed armed factions; the factions' command in turn accused the SDF of staging the attack.

On the evening of 2 February, a drone struck near a convoy of civilians travelling to a sit-in at the Tishreen Dam, injuring between five and seven people, according to the Kurdish Red Crescent. Local sources attributed the strike to the Turkish military; there was no comment from Ankara.

On 1 February, artillery shells hit residential areas of Deir Hafer, some 50 km south-west of Manbij. No civilian casualties were reported. The shelling was not attributed.

Fighting between the SDF and Turkish-backed factions of the Syrian National Army (SNA) continued around the Tishreen Dam and the Qara Qozak bridge throughout the week.

On 2 February, several hundred civilians from Kobani and Raqqa joined the sit-in at the dam, which has been held since early January in protest against the attacks.

On 31 January, two boys aged 9 and 12 were killed when an explosive remnant of war detonated while they were grazing sheep near al-Bab.

Since 8 December, partners have recorded at least 67 civilian deaths in the Manbij area.

HUMANITARIAN IMPACT AND RESPONSE
The dam supplies electricity and water to hundreds of thousands of people; any damage to it could cut water to Raqqa and Kobani for weeks. Two mobile teams were deployed to Manbij hospital. Partners call on all parties to protect civilians and civilian infrastructure.
"""

SNA08 = SNA + ["Turkish-backed armed factions", "factions", "armed factions", "factions' command"]
SDF08 = SDF
TUR08 = TURKEY + ["Ankara"]
ERCF = ["Euphrates Relief Coordination Forum", "ERCF", "author"]
# "on the south-eastern outskirts of Manbij" -> Manbij's point
MANBIJ = L(["Manbij", "outskirts of Manbij", "south-eastern outskirts of Manbij", "Manbij area"], 36.53, 37.95, "SY")
TISHREEN = L(["Tishreen Dam", "Tishrin Dam", "the dam"], 36.38, 38.18, "SY")
# "some 50 km south-west of Manbij": Deir Hafer is pinned itself -> its own point (the text's distance agrees)
DEIR_HAFER = L(["Deir Hafer", "Dayr Hafir", "south-west of Manbij"], 36.16, 37.71, "SY")
AL_BAB = L(["al-Bab", "Al Bab", "near al-Bab"], 36.37, 37.52, "SY")
FRONT08 = L(["Tishreen Dam", "Qara Qozak bridge", "eastern Aleppo countryside", "Manbij"], cc="SY")
E08 = [
    # a parked car bomb -> Remote explosive/landmine/IED; no claim and each side blaming the other -> both plus
    # unknown, each blame a non-core copy with its own actor1; "19 women and one man were killed and at least 15
    # others were injured" (a sentence later) -> killed 20, injured 15..open
    E(True, "a car packed with explosives detonated next to a vehicle carrying seasonal agricultural workers on the "
      "south-eastern outskirts of Manbij", EXP, IED, actor1=SNA08 + SDF08 + UNK,
      actor2=CIV + ["agricultural workers", "seasonal agricultural workers", "vehicle", "women"], location=MANBIJ,
      date=D("2025-02-03"), killed=R(20), injured=R(15, None), source=ERCF + ["local health sources"]),
    E(False, "19 women and one man were killed and at least 15 others were injured", EXP, IED, actor1=UNK,
      actor2=CIV, location=MANBIJ, date=D("2025-02-03"), killed=R(20), injured=R(15, None),
      source=["local health sources", "health sources"]),
    E(False, "The Syrian Democratic Forces (SDF) blamed Turkish-backed armed factions", EXP, IED, actor1=SNA08,
      actor2=CIV, location=MANBIJ, date=D("2025-02-03"), source=SDF08),
    E(False, "accused the SDF of staging the attack", EXP, IED, actor1=SDF08, actor2=CIV, location=MANBIJ,
      date=D("2025-02-03"), source=SNA08),
    E(False, "20 civilians, 19 of them women, killed in a vehicle-borne explosion on the outskirts of Manbij", EXP,
      IED, actor1=UNK, actor2=CIV, location=MANBIJ, date=D("2025-02-03"), killed=R(20), source=ERCF),
    # "injuring between five and seven people" -> 5..7; "Local sources attributed the strike to the Turkish
    # military" -> Turkey plus unknown; the convoy bound for the dam -> the dam's point
    E(True, "a drone struck near a convoy of civilians travelling to a sit-in at the Tishreen Dam, injuring between "
      "five and seven people", EXP, AIR, actor1=TUR08 + UNK, actor2=CIV + ["convoy of civilians", "convoy"],
      location=TISHREEN, date=D("2025-02-02"), injured=R(5, 7),
      source=["Kurdish Red Crescent", "Local sources", "local sources"] + ERCF),
    # "No civilian casualties were reported" covers one group -> no number field; "not attributed" -> unknown only
    E(True, "artillery shells hit residential areas of Deir Hafer", EXP, SHELL, actor1=UNK,
      actor2=CIV + ["residential areas"], location=DEIR_HAFER, date=D("2025-02-01"), source=ERCF),
    # a week of fighting at two sites -> aggregate; "throughout the week" -> the report's week (29 January - 4
    # February, the seven days up to the update)
    E(False, "Fighting between the SDF and Turkish-backed factions of the Syrian National Army (SNA) continued around "
      "the Tishreen Dam and the Qara Qozak bridge throughout the week", BAT, CLASH, actor1=SDF08 + SNA08,
      actor2=SNA08 + SDF08, location=FRONT08, date=D("2025-01-29", "2025-02-04"), source=ERCF, aggregate=True),
    E(False, "Partners report continued hostilities around the Tishreen Dam", BAT, CLASH, actor1=SDF08 + SNA08,
      actor2=SNA08 + SDF08, location=FRONT08, date=D("2025-01-29", "2025-02-04"), source=ERCF, aggregate=True),
    # joining a standing sit-in on a given day -> Peaceful protest on that day; the sit-in "since early January" ->
    # no gold of its own (a state, not a dated act)
    E(True, "several hundred civilians from Kobani and Raqqa joined the sit-in at the dam", PRO, PEACEFUL,
      actor1=PROTESTERS + ["civilians", "several hundred civilians", "sit-in"], location=TISHREEN,
      date=D("2025-02-02"), source=ERCF),
    # an explosive remnant of war -> Remote explosive/landmine/IED, unknown (no one laid it in the text);
    # "two boys aged 9 and 12" -> killed 2
    E(True, "two boys aged 9 and 12 were killed when an explosive remnant of war detonated while they were grazing "
      "sheep near al-Bab", EXP, IED, actor1=UNK, actor2=CIV + ["two boys", "boys"], location=AL_BAB,
      date=D("2025-01-31"), killed=R(2), source=ERCF),
    # the partners' count -> aggregate ("at least 67" -> 67..open)
    E(False, "Since 8 December, partners have recorded at least 67 civilian deaths in the Manbij area", BAT, CLASH,
      actor1=SDF08 + SNA08 + TUR08, actor2=CIV, location=MANBIJ, date=D("2024-12-08", "2025-02-04"),
      killed=R(67, None), source=["partners"] + ERCF, aggregate=True),
    # the conditional about damage to the dam -> hypothetical (an act of violence on it)
    E(False, "any damage to it could cut water to Raqqa and Kobani for weeks", EXP, AIR, actor1=TUR08 + SNA08,
      actor2=["Tishreen Dam", "dam"], location=TISHREEN, source=ERCF, status="hypothetical"),
    # no gold: the road restrictions, the hospital's capacity, "No group has claimed responsibility", "there was no
    # comment from Ankara", the mobile teams, the call on all parties
]
DOCS.append(("dev-t-08", "Euphrates Relief Coordination Forum (flash update)", "2025-02-04",
             "humanitarian flash update",
             "Manbij and the eastern Aleppo countryside: a car bomb on farm workers with the toll a sentence later "
             "('19 women and one man') and each side blaming the other, a drone near a convoy ('between five and "
             "seven') attributed by local sources, unattributed shelling ('No civilian casualties were reported'), a "
             "week's fighting (aggregate), a sit-in joined, an explosive remnant of war ('two boys aged 9 and 12'), a "
             "count since 8 December, a conditional", T08, E08))
WEEKDAYS += [("dev-t-08", "4 February 2025", "2025-02-04", "Tuesday"),
             ("dev-t-08", "3 February", "2025-02-03", "Monday")]

# =============================================================================
# dev-t-09  local newspaper with village datelines — northern Israel: Shlomi, Metula, Arab al-Aramshe, Kiryat Shmona,
# the Rosh Pina junction; south Lebanon: the Yaroun area (Thu 25 Apr 2024)
# =============================================================================
T09 = """Galilee week: drone wounds 14 soldiers in Arab al-Aramshe, rocket hits Kiryat Shmona car park

HaGalil HaElyon Weekly | Northern Israel | Thursday, April 25, 2024

A week on the northern border, village by village.

SHLOMI - An anti-tank missile fired from Lebanon struck a house on the northern edge of the town on Sunday morning, punching a hole through the wall of a child's bedroom. No one was hurt; the family has been living in a Tiberias hotel since October.

METULA - Two explosive-laden drones crossed from Lebanon on Monday night. The army said one was shot down over the Lebanese border; the second exploded in an open field near the town's apple orchards. There were no injuries.

ARAB AL-ARAMSHE - An explosive drone and two guided missiles hit a community building used by soldiers on Tuesday afternoon, wounding 14 soldiers, six of them seriously, and a resident of the village, according to the Galilee Medical Center. Hezbollah claimed an "ambush" on "a newly established command headquarters" and said it had inflicted "confirmed deaths" on the Israeli force. The army has not reported any fatalities.

KIRYAT SHMONA - Some 35 rockets were launched towards the city on Wednesday morning. Most were intercepted or fell in open areas, but one hit a municipal car park, setting several cars on fire. A man in his sixties was lightly hurt by shrapnel, and three residents were treated for anxiety, emergency services said. Hours later, the army said fighter jets had struck the launch sites and a Hezbollah military compound in the area of Yaroun, across the border.

ROSH PINA - Around 200 evacuees from border communities demonstrated at the Rosh Pina junction on Monday evening, demanding a government plan for their return. The protest ended without incident.

Council heads said this week that unless the cabinet approves a compensation package by next month, residents will block Route 90 to traffic. "We live in a shooting range, not a state," said Upper Galilee council head Giora Zilberman.

By this newspaper's count, since October nine civilians and 12 soldiers have been killed in northern Israel by fire from Lebanon.
"""

HEZ09 = HEZB + ["from Lebanon", "Lebanon"]
ISR09 = ISRAEL + ["army", "fighter jets", "Israeli Air Force"]
HGH = ["HaGalil HaElyon Weekly", "author"]
ARMY09 = ["Israeli army", "army", "IDF", "Israeli military"]
SHLOMI = L(["Shlomi", "northern edge of the town"], 33.08, 35.14, "IL")
METULA09 = L(["Metula", "Metulla", "near the town's apple orchards", "Lebanese border"], 33.28, 35.58, "IL")
ARAMSHE = L(["Arab al-Aramshe", "Arab al-Aramsha", "Aramshe", "community building"], 33.08, 35.21, "IL")
KIRYAT_SHMONA = L(["Kiryat Shmona", "Kiryat Shemona", "municipal car park"], 33.21, 35.57, "IL")
YAROUN = L(["Yaroun", "area of Yaroun", "Yarun"], 33.08, 35.42, "LB")
ROSH_PINA = L(["Rosh Pina junction", "Rosh Pina", "Rosh Pinna"], 32.97, 35.54, "IL")
E09 = [
    # "fired from Lebanon", no one named -> Hezbollah plus unknown (the paper's frame of the front); a guided
    # missile from the ground -> Shelling/artillery/missile attack; "No one was hurt" -> killed and injured 0..0;
    # "on Sunday morning" -> 21 April
    E(True, "An anti-tank missile fired from Lebanon struck a house on the northern edge of the town on Sunday "
      "morning", EXP, SHELL, actor1=HEZ09 + UNK, actor2=CIV + ["house"], location=SHLOMI, date=D("2024-04-21"),
      killed=R(0), injured=R(0), source=HGH),
    # "on Monday night" -> both days; one drone shot down -> a core Disrupted weapons use; the other exploding in a
    # field -> a core Air/drone strike, "There were no injuries" -> injured 0..0 only
    E(True, "one was shot down over the Lebanese border", STR, DISRUPT, actor1=ISR09,
      actor2=HEZ09 + UNK + ["explosive-laden drones", "drone"], location=METULA09,
      date=D("2024-04-22", "2024-04-23"), source=ARMY09),
    E(True, "the second exploded in an open field near the town's apple orchards", EXP, AIR, actor1=HEZ09 + UNK,
      actor2=ISRAEL + ["open field"], location=METULA09, date=D("2024-04-22", "2024-04-23"), injured=R(0),
      source=ARMY09 + HGH),
    E(False, "Two explosive-laden drones crossed from Lebanon on Monday night", EXP, AIR, actor1=HEZ09 + UNK,
      actor2=ISRAEL, location=METULA09, date=D("2024-04-22", "2024-04-23"), source=HGH),
    # a drone with two guided missiles on one building -> one event, typed by its lead weapon (the drone; the
    # headline's "drone wounds 14") -> Air/drone strike; "wounding 14 soldiers, six of them seriously, and a
    # resident" -> injured 15; Hezbollah's claim of "confirmed deaths" on the same building -> a core event of its
    # own (another number); "The army has not reported any fatalities" -> no killed field on the hospital's version
    E(True, "An explosive drone and two guided missiles hit a community building used by soldiers on Tuesday "
      "afternoon, wounding 14 soldiers, six of them seriously, and a resident of the village", EXP, AIR,
      actor1=HEZ09 + UNK, actor2=ISRAEL + CIV + ["soldiers", "community building", "resident"], location=ARAMSHE,
      date=D("2024-04-23"), injured=R(15), source=["Galilee Medical Center"] + HGH),
    E(True, 'it had inflicted "confirmed deaths" on the Israeli force', EXP, AIR, actor1=HEZB,
      actor2=ISRAEL + ["Israeli force", "command headquarters"], location=ARAMSHE, date=D("2024-04-23"),
      killed=R(2, None), source=HEZB),
    E(False, 'Hezbollah claimed an "ambush" on "a newly established command headquarters"', EXP, AIR, actor1=HEZB,
      actor2=ISRAEL + ["command headquarters"], location=ARAMSHE, date=D("2024-04-23"), source=HEZB),
    E(False, "drone wounds 14 soldiers in Arab al-Aramshe", EXP, AIR, actor1=HEZ09 + UNK, actor2=ISRAEL,
      location=ARAMSHE, date=D("2024-04-23"), injured=R(14), source=HGH),
    # a salvo on one city -> one core event; "A man in his sixties was lightly hurt by shrapnel, and three residents
    # were treated for anxiety" -> injured 1 (anxiety is not an injury, unlike tear gas inhalation); "Some 35" is a
    # rocket count, no casualty number; the interception of "Most" -> a core Disrupted weapons use
    E(True, "Some 35 rockets were launched towards the city on Wednesday morning", EXP, SHELL, actor1=HEZ09 + UNK,
      actor2=ISRAEL + CIV + ["city"], location=KIRYAT_SHMONA, date=D("2024-04-24"), injured=R(1),
      source=HGH + ["emergency services"]),
    E(True, "Most were intercepted or fell in open areas", STR, DISRUPT, actor1=ISR09, actor2=HEZ09 + ["rockets"],
      location=KIRYAT_SHMONA, date=D("2024-04-24"), source=HGH),
    E(False, "one hit a municipal car park, setting several cars on fire", EXP, SHELL, actor1=HEZ09 + UNK,
      actor2=CIV + ["municipal car park", "cars"], location=KIRYAT_SHMONA, date=D("2024-04-24"), injured=R(1),
      source=HGH),
    E(False, "rocket hits Kiryat Shmona car park", EXP, SHELL, actor1=HEZ09 + UNK, actor2=CIV,
      location=KIRYAT_SHMONA, date=D("2024-04-24"), source=HGH),
    # the army's retaliation across the border; "Hours later" than Wednesday morning -> Wednesday; two targets in
    # one area in one sentence -> one core event
    E(True, "fighter jets had struck the launch sites and a Hezbollah military compound in the area of Yaroun", EXP,
      AIR, actor1=ISR09, actor2=HEZB + ["launch sites", "military compound"], location=YAROUN,
      date=D("2024-04-24"), source=ARMY09),
    # "ended without incident" -> Peaceful protest; "on Monday evening" -> 22 April
    E(True, "Around 200 evacuees from border communities demonstrated at the Rosh Pina junction on Monday evening",
      PRO, PEACEFUL, actor1=PROTESTERS + ["evacuees", "Around 200 evacuees"], location=ROSH_PINA,
      date=D("2024-04-22"), source=HGH),
    # the council heads' conditional plan -> planned (a protest of their own)
    E(False, "residents will block Route 90 to traffic", PRO, PEACEFUL, actor1=PROTESTERS + ["residents",
      "Council heads"], location=L(["Route 90", "Upper Galilee"], cc="IL"), source=["Council heads", "council heads"],
      status="planned"),
    # the paper's tally -> aggregate (both groups in one count -> 21)
    E(False, "since October nine civilians and 12 soldiers have been killed in northern Israel by fire from Lebanon",
      EXP, SHELL, actor1=HEZ09, actor2=CIV + ISRAEL, location=L(["northern Israel"], cc="IL"),
      date=D("2023-10-01", "2024-04-25"), killed=R(21), source=HGH, aggregate=True),
    # no gold: the bedroom wall and the hotel (inside the Shlomi event), "The army has not reported any fatalities"
    # (the army's silence, not a version), "We live in a shooting range, not a state" (a metaphor)
]
DOCS.append(("dev-t-09", "HaGalil HaElyon Weekly", "2024-04-25", "local newspaper with village datelines",
             "northern Israel week under village datelines: an anti-tank missile 'fired from Lebanon' ('No one was "
             "hurt'), two drones 'on Monday night' (one shot down, one in a field: 'There were no injuries'), a drone "
             "and missiles on a building (hospital's 15 wounded vs Hezbollah's 'confirmed deaths'), a salvo on "
             "Kiryat Shmona with shrapnel and anxiety cases, the army's strike 'Hours later' in Yaroun, an evacuees' "
             "protest, a conditional road block, a tally, a metaphor; US date order", T09, E09))
WEEKDAYS += [
    ("dev-t-09", "Thursday, April 25, 2024", "2024-04-25", "Thursday"),
    ("dev-t-09", "on Sunday morning", "2024-04-21", "Sunday"),
    ("dev-t-09", "on Monday night / Monday evening", "2024-04-22", "Monday"),
    ("dev-t-09", "on Tuesday afternoon", "2024-04-23", "Tuesday"),
    ("dev-t-09", "on Wednesday morning", "2024-04-24", "Wednesday"),
]

# =============================================================================
# dev-t-10  army press release — Mexico/Sinaloa: Culiacán's Tierra Blanca, a dirt road in Costa Rica south of
# Culiacán, Navolato, Eldorado, Elota (Wed 8 Oct 2025)
# =============================================================================
T10 = """Defence Secretariat reports results of operations in Culiacán, Navolato and Eldorado

Secretariat of National Defence (SEDENA) | Press release 287/2025 | Mexico City, 8 October 2025 | Unofficial English translation

The Secretariat of National Defence informs the public of the following results of the operations carried out in the state of Sinaloa, together with the National Guard and the state security authorities, to reduce the violence generated by criminal groups.

1. On 6 October, in the Tierra Blanca neighbourhood of Culiacán, military personnel on a reconnaissance patrol were attacked with firearms by armed civilians travelling in two vehicles. The personnel repelled the aggression. As a result, three aggressors lost their lives and one member of the Army was wounded; he is receiving medical attention and is reported stable. Two aggressors were detained at the scene, and five rifles, 22 magazines and a vehicle with homemade armour were secured.

2. On 5 October, on a dirt road in the municipality of Costa Rica, south of Culiacán, personnel located two improvised explosive devices buried in the road surface and disabled them in a controlled manner. There were no injuries to personnel or civilians.

3. On 7 October, in Navolato, a drone dropped two explosive charges near a military post. The charges caused damage to a vehicle, without injuries to personnel.

4. On Tuesday, in Eldorado, personnel of Defence and the National Guard arrested an individual known as "El Chato", identified as a regional operator of a criminal group, in compliance with an arrest warrant.

5. Regarding publications on social networks claiming that military personnel fired on a family vehicle in Elota on 4 October, killing two civilians, the Secretariat states that the personnel were attacked first and repelled the aggression, and that the two people who died were armed aggressors. The matter has been reported to the Public Ministry, which will determine responsibilities.

Since the start of the reinforcement operation in Sinaloa on 9 September 2024, 1,874 people have been detained and 2,611 firearms secured.

The Secretariat of National Defence reiterates its commitment to the security of Sinaloa's families and will continue operations in coordination with the three levels of government until peace is restored.
"""

MXARMY = ["Mexican Army", "Army", "military personnel", "personnel", "Secretariat of National Defence", "SEDENA",
          "Military Forces of Mexico", "Defence", "National Guard", "Mexican armed forces"]
CRIM = ["criminal groups", "criminal group", "armed civilians", "aggressors", "armed aggressors", "Sinaloa Cartel",
        "cartel"]
SEDENA = ["Secretariat of National Defence", "SEDENA", "Defence Secretariat", "Mexican Army", "author"]
CULIACAN = L(["Culiacán", "Culiacan", "Tierra Blanca", "Tierra Blanca neighbourhood"], 24.80, -107.39, "MX")
# "the municipality of Costa Rica, south of Culiacán": the town Costa Rica is pinned -> its point
COSTA_RICA = L(["Costa Rica", "municipality of Costa Rica", "south of Culiacán"], 24.59, -107.39,
               "MX")
NAVOLATO = L(["Navolato", "military post"], 24.77, -107.70, "MX")
ELDORADO = L(["Eldorado", "El Dorado"], 24.32, -107.37, "MX")
ELOTA = L(["Elota", "La Cruz", "municipality of Elota"], 23.92, -106.89, "MX")
SINALOA = L(["Sinaloa", "state of Sinaloa"], cc="MX")
E10 = [
    # an attack on a patrol repelled -> Battles; the dead and wounded a sentence later, one each side ("three
    # aggressors lost their lives and one member of the Army was wounded") -> both sides told -> exact: killed 3,
    # injured 1; the detentions and seizures at the scene -> inside the clash (the same act, the same actor)
    E(True, "military personnel on a reconnaissance patrol were attacked with firearms by armed civilians travelling "
      "in two vehicles", BAT, CLASH, actor1=CRIM + MXARMY, actor2=MXARMY + CRIM, location=CULIACAN,
      date=D("2025-10-06"), killed=R(3), injured=R(1), source=SEDENA),
    E(False, "three aggressors lost their lives and one member of the Army was wounded", BAT, CLASH,
      actor1=CRIM + MXARMY, actor2=MXARMY + CRIM, location=CULIACAN, date=D("2025-10-06"), killed=R(3), injured=R(1),
      source=SEDENA),
    # two devices found and disabled -> Disrupted weapons use; nothing exploded, so "There were no injuries to
    # personnel or civilians" gives no number field (as the interceptions); the planter is unnamed -> unknown plus
    # the criminal groups of the release's frame
    E(True, "personnel located two improvised explosive devices buried in the road surface and disabled them in a "
      "controlled manner", STR, DISRUPT, actor1=MXARMY, actor2=CRIM + UNK + ["improvised explosive devices"],
      location=COSTA_RICA, date=D("2025-10-05"), source=SEDENA),
    # a drone dropping charges -> Air/drone strike; "without injuries to personnel" covers one group -> no number
    # field
    E(True, "a drone dropped two explosive charges near a military post", EXP, AIR, actor1=CRIM + UNK,
      actor2=MXARMY + ["military post"], location=NAVOLATO, date=D("2025-10-07"), source=SEDENA),
    # "On Tuesday" -> 7 October
    E(True, 'personnel of Defence and the National Guard arrested an individual known as "El Chato"', STR, ARRESTS,
      actor1=MXARMY, actor2=CRIM + ["El Chato", "individual", "regional operator"], location=ELDORADO,
      date=D("2025-10-07"), source=SEDENA),
    # the social-network claim the army rejects is reported only through the rejection -> a non-core denied event,
    # the denier as source (dev_r's Qamishli rule); the army's own version (an attack repelled, two armed aggressors
    # dead) -> a core Battles event, sourced to it
    E(False, "military personnel fired on a family vehicle in Elota on 4 October, killing two civilians", VAC,
      ATTACK, actor1=MXARMY, actor2=CIV + ["family vehicle", "two civilians"], location=ELOTA, date=D("2025-10-04"),
      killed=R(2), source=SEDENA, status="denied"),
    E(True, "the personnel were attacked first and repelled the aggression, and that the two people who died were "
      "armed aggressors", BAT, CLASH, actor1=CRIM + MXARMY, actor2=MXARMY + CRIM, location=ELOTA,
      date=D("2025-10-04"), killed=R(2), source=SEDENA),
    # the campaign's count -> aggregate
    E(False, "Since the start of the reinforcement operation in Sinaloa on 9 September 2024, 1,874 people have been "
      "detained", STR, ARRESTS, actor1=MXARMY, actor2=CRIM + ["people"], location=SINALOA,
      date=D("2024-09-09", "2025-10-08"), source=SEDENA, aggregate=True),
    # the vow -> planned
    E(False, "will continue operations in coordination with the three levels of government until peace is restored",
      BAT, CLASH, actor1=MXARMY, actor2=CRIM, location=SINALOA, source=SEDENA, status="planned"),
    # no gold: the opening (generic), the wounded soldier's condition, the seized rifles and armour (inside the
    # clash), the damaged vehicle (inside the drone strike), the arrest warrant, the Public Ministry's inquiry
]
DOCS.append(("dev-t-10", "Secretariat of National Defence (press release)", "2025-10-08", "army press release",
             "Sinaloa, Mexico's defence secretariat in numbered paragraphs: an attack on a patrol repelled with the "
             "dead and wounded a sentence later, two IEDs disabled ('There were no injuries to personnel or "
             "civilians'), a drone dropping charges ('without injuries to personnel'), an arrest 'On Tuesday', a "
             "social-network claim of civilians shot rejected with the army's own version, a campaign count, a vow; "
             "actors told as 'armed civilians' and 'aggressors'", T10, E10))
WEEKDAYS += [("dev-t-10", "8 October 2025", "2025-10-08", "Wednesday"),
             ("dev-t-10", "On Tuesday", "2025-10-07", "Tuesday")]

# =============================================================================
# dev-t-11  opinion column with only a few real events — Mozambique/Cabo Delgado: villages near Mocímboa da Praia, the
# outskirts of Mucojo in Macomia district, a village in Ancuabe district; Palma as background (Fri 5 Sep 2025)
# =============================================================================
T11 = """OPINION: The war Maputo would rather forget is not forgetting Cabo Delgado

The Southern Ledger | Comment | 5 September 2025 | By Tendai Marufu

There is a particular kind of silence that settles over a war once the cameras leave. Cabo Delgado has lived in that silence for years, and it is deafening.

Consider only the past fortnight. Last week, fighters of the Islamic State's Mozambique branch - known locally as al-Shabaab, though they have nothing to do with the Somali group - beheaded at least six Christian villagers near Mocímboa da Praia, according to the Catholic diocese of Pemba. The government, as usual, said nothing for three days and then spoke of "isolated criminal acts".

On Monday, Rwandan troops and Mozambican soldiers clashed with the insurgents on the outskirts of Mucojo, in Macomia district. The defence ministry said "several" insurgents were killed; it did not mention its own losses, and no one in Maputo asked.

Earlier this month, insurgents burned dozens of houses and a chapel in a village in Ancuabe district, residents told a local radio station. Nobody was killed, they said, because the village had already emptied out after the beheadings further north.

None of this is new. When insurgents overran Palma in March 2021, killing dozens of people, including foreign contractors, the world briefly paid attention because TotalEnergies' gas project was next door. More than 6,000 people have been killed in the province since 2017, by the count of independent monitors.

The government likes to say the insurgency is "in its final phase". It has been in its final phase, by official reckoning, for four years. The Rwandan deployment has bought time, nothing more; Kigali's soldiers are a bandage on a wound that the state refuses to clean.

Here is what worries me most. If the gas project restarts without a real plan for the young men of the coast - jobs, land, an end to police abuse - the insurgents will strike again, and they will strike the pipeline. Some analysts even suspect the group is already recruiting children in the Macomia forests, though no one has shown evidence of it.

Maputo can keep forgetting. Cabo Delgado cannot.

Tendai Marufu is a researcher on conflict in southern Africa.
"""

ISM = ["Islamic State Mozambique Province", "Islamic State's Mozambique branch", "ISM", "IS-Mozambique",
       "Islamic State", "al-Shabaab", "Ahlu Sunnah Wa-Jama", "Ansar al-Sunna", "insurgents", "fighters"]
MOZ = ["Mozambican soldiers", "Mozambican army", "Military Forces of Mozambique", "FADM", "defence ministry",
       "Mozambican forces", "government"]
RWANDA = ["Rwandan troops", "Rwanda", "Rwandan forces", "Rwanda Defence Force", "RDF", "Military Forces of Rwanda"]
LEDGER = ["The Southern Ledger", "Southern Ledger", "Tendai Marufu", "author"]
# "near Mocímboa da Praia" -> the town's point
MOCIMBOA = L(["Mocímboa da Praia", "Mocimboa da Praia", "near Mocímboa da Praia"], -11.35, 40.35, "MZ")
# "on the outskirts of Mucojo, in Macomia district" -> Mucojo's point
MUCOJO = L(["Mucojo", "outskirts of Mucojo", "Macomia district", "Macomia"], -12.07, 40.48, "MZ")
ANCUABE = L(["Ancuabe district", "Ancuabe", "village in Ancuabe district"], cc="MZ")
PALMA = L(["Palma"], -10.77, 40.47, "MZ")
CABO = L(["Cabo Delgado", "the province", "province"], cc="MZ")
E11 = [
    # "Last week" in a Friday column -> Monday 25 to Sunday 31 August; "at least six" -> 6..open; beheadings of
    # villagers -> Violence against civilians
    E(True, "fighters of the Islamic State's Mozambique branch - known locally as al-Shabaab, though they have "
      "nothing to do with the Somali group - beheaded at least six Christian villagers near Mocímboa da Praia", VAC,
      ATTACK, actor1=ISM, actor2=CIV + ["Christian villagers", "villagers"], location=MOCIMBOA,
      date=D("2025-08-25", "2025-08-31"), killed=R(6, None),
      source=["Catholic diocese of Pemba", "diocese of Pemba", "diocese"] + LEDGER),
    # "On Monday" -> 1 September; the ministry's "several" insurgents -> killed 3..open (one side counted)
    E(True, "Rwandan troops and Mozambican soldiers clashed with the insurgents on the outskirts of Mucojo, in "
      "Macomia district", BAT, CLASH, actor1=RWANDA + MOZ + ISM, actor2=ISM + RWANDA + MOZ, location=MUCOJO,
      date=D("2025-09-01"), killed=R(3, None), source=LEDGER + ["defence ministry", "Mozambican defence ministry"]),
    # "Earlier this month" in a column of 5 September -> 1-5 September; arson with "Nobody was killed" -> Looting/
    # property destruction, killed 0..0 only ("Nobody was killed" says nothing of wounds)
    E(True, "insurgents burned dozens of houses and a chapel in a village in Ancuabe district", STR, LOOT,
      actor1=ISM, actor2=CIV + ["houses", "chapel", "village"], location=ANCUABE, date=D("2025-09-01", "2025-09-05"),
      killed=R(0), source=["residents", "local radio station"] + LEDGER),
    # background: Palma, March 2021 ("killing dozens" -> 24..open); a town overrun -> Non-state actor overtakes
    # territory
    E(False, "insurgents overran Palma in March 2021, killing dozens of people, including foreign contractors", BAT,
      NSAOVER, actor1=ISM, actor2=MOZ + CIV, location=PALMA, date=D("2021-03-01", "2021-03-31"), killed=R(24, None),
      source=LEDGER),
    # the monitors' count -> aggregate ("More than 6,000" -> 6001..open)
    E(False, "More than 6,000 people have been killed in the province since 2017", BAT, CLASH, actor1=ISM + MOZ,
      actor2=CIV + MOZ + ISM, location=CABO, date=D("2017-01-01", "2025-09-05"), killed=R(6001, None),
      source=["independent monitors"] + LEDGER, aggregate=True),
    # the columnist's conditional -> hypothetical; the analysts' unproven suspicion -> possible, non-core (generic:
    # no time, a forest area)
    E(False, "the insurgents will strike again, and they will strike the pipeline", EXP, IED, actor1=ISM,
      actor2=["pipeline", "gas project", "TotalEnergies"], location=CABO, source=LEDGER, status="hypothetical"),
    E(False, "the group is already recruiting children in the Macomia forests", VAC, ABDUCT, actor1=ISM,
      actor2=CIV + ["children"], location=L(["Macomia forests", "Macomia"], cc="MZ"),
      source=["Some analysts", "analysts"], status="possible"),
    # no gold: "a particular kind of silence" (opinion), "isolated criminal acts" (the government's label), "the
    # final phase", the Rwandan deployment as such, "a bandage on a wound" (a metaphor), the village emptied out
    # (displacement)
]
DOCS.append(("dev-t-11", "The Southern Ledger (opinion)", "2025-09-05", "opinion column with only a few real events",
             "Cabo Delgado, a researcher's column: beheadings 'Last week' ('at least six') per the diocese, a clash "
             "'On Monday' with the ministry's 'several', arson 'Earlier this month' ('Nobody was killed'), Palma 2021 "
             "background ('dozens'), a count since 2017, a conditional, an unproven suspicion, metaphors and "
             "opinion", T11, E11))
WEEKDAYS += [("dev-t-11", "5 September 2025", "2025-09-05", "Friday"),
             ("dev-t-11", "On Monday", "2025-09-01", "Monday")]

# =============================================================================
# dev-t-12  fact-checking desk — Ethiopia/Amhara: Dembecha in West Gojjam, Merawi south-west of Bahir Dar, the road
# between Debre Markos and Bahir Dar; Finote Selam as background (Tue 10 Feb 2026)
# =============================================================================
T12 = """Fact check: what we can and cannot confirm about Sunday's drone strike in Dembecha

VeriDesk Ethiopia | Fact check | Addis Ababa | February 10, 2026

Since Sunday evening, posts shared tens of thousands of times have claimed that a government drone struck the Sunday market in Dembecha, in West Gojjam zone of Amhara region, killing "more than 30 civilians". Here is what we found.

WHAT WE CAN CONFIRM
A strike did take place in Dembecha on Sunday, February 8, around midday. Two health officials in the town, speaking separately and on condition of anonymity, told VeriDesk that 17 people were killed and that dozens were being treated for injuries at the local health centre. We geolocated two of the videos to the market square.

WHAT THE GOVERNMENT SAYS
The Government Communication Service said on Monday that the national defence force had "taken measures against an extremist Fano gathering" in the Dembecha area and that "no civilian was harmed". We found no evidence that an armed gathering was at the market.

WHAT IS MISLEADING
One widely shared video, captioned as showing the Dembecha strike, in fact shows the aftermath of the August 2023 drone strike in Finote Selam, which killed at least 26 people. Its first known upload dates from that month.

OTHER CLAIMS THIS WEEK
Fano-affiliated pages claimed on Monday that their fighters had "liberated" the town of Merawi, south-west of Bahir Dar. The regional government called this "fake news". Two residents told us that Fano fighters entered the town on Monday morning, exchanged fire with federal troops near the police station for several hours and then withdrew. We rate the "liberation" claim false.

Reports that gunmen abducted a Catholic priest on the road between Debre Markos and Bahir Dar on Saturday remain unconfirmed. The diocese has not responded to our questions.

Claims that the government plans to bomb Bahir Dar University are unsupported. We found no source for them.

OUR RATING
Dembecha strike: Mostly true (the death toll is unverified). Merawi "liberated": False. Priest abducted: Unproven.

VeriDesk is an independent fact-checking service. Write to us with claims you want checked.
"""

ENDF = ["Ethiopian National Defense Force", "ENDF", "national defence force", "federal troops", "government drone",
        "Military Forces of Ethiopia", "government", "Ethiopian government", "Ethiopian army"]
FANO = ["Fano", "Fano militia", "Fano fighters", "Amhara Fano", "extremist Fano gathering", "their fighters"]
VERI = ["VeriDesk Ethiopia", "VeriDesk", "author"]
GCS = ["Government Communication Service", "Ethiopian Government Communication Service", "government"]
DEMBECHA = L(["Dembecha", "Dembecha market", "market square", "Sunday market", "West Gojjam", "Dembecha area"],
             10.55, 37.48, "ET")
FINOTE = L(["Finote Selam", "Finote Selam town"], 10.70, 37.27, "ET")
# "south-west of Bahir Dar" with no distance; Merawi is pinned -> its point
MERAWI = L(["Merawi", "Merawi town", "south-west of Bahir Dar", "police station"], 11.41, 37.16, "ET")
# a ~250 km road -> names and country
DM_BD_RD = L(["road between Debre Markos and Bahir Dar", "Debre Markos", "Bahir Dar"], cc="ET")
E12 = [
    # one strike, three tellings: the posts ("more than 30 civilians" -> 31..open), the health officials (17
    # killed, "dozens" injured -> 24..open) and the government ("an extremist Fano gathering", "no civilian was
    # harmed") -> one core event per version (two tolls by two sources; another object named by the other side);
    # the government's "no civilian was harmed" covers one group -> no number field, and as a denial of the posts'
    # version a non-core denied copy; "on Sunday, February 8, around midday" -> 8 February
    E(True, "a government drone struck the Sunday market in Dembecha, in West Gojjam zone of Amhara region, killing "
      "\"more than 30 civilians\"", EXP, AIR, actor1=ENDF, actor2=CIV + ["Sunday market", "market", "civilians"],
      location=DEMBECHA, date=D("2026-02-08"), killed=R(31, None), source=["posts", "social media"]),
    E(True, "17 people were killed and that dozens were being treated for injuries at the local health centre", EXP,
      AIR, actor1=ENDF + UNK, actor2=CIV + ["people"], location=DEMBECHA, date=D("2026-02-08"), killed=R(17),
      injured=R(24, None), source=["health officials", "Two health officials"] + VERI),
    E(True, "the national defence force had \"taken measures against an extremist Fano gathering\" in the Dembecha "
      "area", EXP, AIR, actor1=ENDF, actor2=FANO, location=DEMBECHA, date=D("2026-02-08"), source=GCS),
    E(False, "\"no civilian was harmed\"", EXP, AIR, actor1=ENDF, actor2=CIV, location=DEMBECHA,
      date=D("2026-02-08"), source=GCS, status="denied"),
    E(False, "A strike did take place in Dembecha on Sunday, February 8, around midday", EXP, AIR, actor1=ENDF + UNK,
      location=DEMBECHA, date=D("2026-02-08"), source=VERI),
    # background: August 2023 ("at least 26" -> 26..open); the drone's owner unstated here -> the government plus
    # unknown
    E(False, "the August 2023 drone strike in Finote Selam, which killed at least 26 people", EXP, AIR,
      actor1=ENDF + UNK, actor2=CIV, location=FINOTE, date=D("2023-08-01", "2023-08-31"), killed=R(26, None),
      source=VERI),
    # Fano's claim of taking the town -> core, occurred, sourced to it ("liberated" -> Non-state actor overtakes
    # territory); the regional government's "fake news" -> a non-core denied copy; the residents' version (an
    # entry, an exchange of fire, a withdrawal) -> a core Battles event of its own; "on Monday" -> 9 February
    E(True, "their fighters had \"liberated\" the town of Merawi", BAT, NSAOVER, actor1=FANO, actor2=ENDF,
      location=MERAWI, date=D("2026-02-09"), source=["Fano-affiliated pages"] + FANO),
    E(False, "The regional government called this \"fake news\"", BAT, NSAOVER, actor1=FANO, actor2=ENDF,
      location=MERAWI, date=D("2026-02-09"),
      source=["regional government", "Amhara regional government"], status="denied"),
    E(True, "Fano fighters entered the town on Monday morning, exchanged fire with federal troops near the police "
      "station for several hours and then withdrew", BAT, CLASH, actor1=FANO + ENDF, actor2=ENDF + FANO,
      location=MERAWI, date=D("2026-02-09"), source=["Two residents", "residents"] + VERI),
    # the specific unconfirmed report -> core, possible (the text's own subject among its claims); "on Saturday" ->
    # 7 February; a long road -> names and country
    E(True, "gunmen abducted a Catholic priest on the road between Debre Markos and Bahir Dar on Saturday", VAC,
      ABDUCT, actor1=UNK + ["gunmen"], actor2=CIV + ["Catholic priest", "priest"], location=DM_BD_RD,
      date=D("2026-02-07"), source=["Reports", "reports"] + VERI, status="possible"),
    # an unsupported claim of a plan -> planned, non-core
    E(False, "the government plans to bomb Bahir Dar University", EXP, AIR, actor1=ENDF,
      actor2=CIV + ["Bahir Dar University"], location=L(["Bahir Dar University", "Bahir Dar"], 11.59, 37.39, "ET"),
      source=["Claims", "claims"], status="planned"),
    # no gold: the geolocation, the misleading video as such, the ratings, "We found no evidence that an armed
    # gathering was at the market", the diocese's silence
]
DOCS.append(("dev-t-12", "VeriDesk Ethiopia (fact check)", "2026-02-10", "fact-checking desk",
             "Amhara: one drone strike in three tellings (viral posts' 'more than 30 civilians', health officials' 17 "
             "and 'dozens', the government's 'extremist Fano gathering' with 'no civilian was harmed'), a misattributed "
             "video of a 2023 strike, a Fano 'liberated' claim with a 'fake news' denial and the residents' clash, an "
             "unconfirmed abduction 'on Saturday', an unsupported plan; US date order", T12, E12))
WEEKDAYS += [
    ("dev-t-12", "February 10, 2026", "2026-02-10", "Tuesday"),
    ("dev-t-12", "Sunday, February 8", "2026-02-08", "Sunday"),
    ("dev-t-12", "on Monday", "2026-02-09", "Monday"),
    ("dev-t-12", "on Saturday", "2026-02-07", "Saturday"),
]

# =============================================================================
# dev-t-13  UN peacekeeping mission press release — South Sudan/Upper Nile: Nasir, Nasir and Ulang counties, the
# Malakal Protection of Civilians site; Juba (Fri 14 Mar 2025)
# =============================================================================
T13 = """UNMISS condemns attack on UN helicopter in Nasir, urges restraint in Upper Nile

United Nations Mission in South Sudan (UNMISS) | Press release | Juba, 14 March 2025

The United Nations Mission in South Sudan strongly condemns the attack on a UN helicopter in Nasir, Upper Nile state, on 7 March.

The helicopter was on a mission, agreed with both parties, to evacuate members of the South Sudan People's Defence Forces (SSPDF) from Nasir when it came under fire. One UN crew member was killed and two others were seriously injured. A general of the SSPDF and a number of soldiers were also killed during the evacuation attempt. The attack was reportedly carried out by members of the armed youth known as the White Army.

The incident followed the overrunning of the SSPDF garrison in Nasir by armed youth on 4 March.

"Attacks on UN peacekeepers may constitute a war crime under international law," said the Special Representative of the Secretary-General, Nicholas Haysom. "Those responsible must be identified and held to account."

The Mission has since received reports of aerial bombardments in Nasir and Ulang counties on 11 and 12 March, which local authorities attributed to the SSPDF, causing civilian casualties. Some of the bombs were reportedly fitted with incendiary liquid. UNMISS has not been able to verify these reports independently because of insecurity.

In Malakal, shots fired near the Protection of Civilians site on the night of 10 March injured two displaced people. The perpetrators have not been identified.

The Mission is also concerned about the detention in Juba since 4 March of several senior officials of the SPLM-IO, including a government minister, by the security services, and calls for due process to be respected.

The Government has announced that it will continue military operations to "restore order" in Nasir. UNMISS urges all parties to cease hostilities immediately, to refrain from inflammatory rhetoric and to respect the Revitalized Peace Agreement of 2018, which remains the only framework for lasting peace.

UNMISS continues to conduct patrols and to support humanitarian partners in Upper Nile, where an estimated 50,000 people have been displaced since late February.
"""

SSPDF = ["South Sudan People's Defence Forces", "SSPDF", "Military Forces of South Sudan", "soldiers",
         "government forces", "Government", "security services", "National Security Service"]
WHITE = ["White Army", "armed youth", "Nuer White Army", "members of the armed youth"]
UNMISS = ["United Nations Mission in South Sudan", "UNMISS", "United Nations", "Mission", "author"]
UNH = ["UN helicopter", "helicopter", "UN crew", "UN crew member", "UN peacekeepers", "UNMISS",
       "United Nations Mission in South Sudan"]
SPLMIO = ["SPLM-IO", "SPLA-IO", "Sudan People's Liberation Movement-in-Opposition", "senior officials",
          "government minister"]
NASIR = L(["Nasir", "Nasir town", "Upper Nile state", "Upper Nile"], 8.60, 33.07, "SS")
NASIR_ULANG = L(["Nasir and Ulang counties", "Nasir", "Ulang", "Upper Nile"], cc="SS")
MALAKAL = L(["Malakal", "Protection of Civilians site", "Malakal PoC site", "PoC site"], 9.53, 31.66, "SS")
JUBA = L(["Juba"], 4.85, 31.58, "SS")
E13 = [
    # fire on a UN helicopter during an evacuation; "reportedly carried out by ... the White Army" -> the White
    # Army plus unknown; the dead a sentence later: one crew member, a general and "a number of soldiers" -> killed
    # 1 + 1 + 2..open = 4..open ("a number of" plural -> 2..open); two crew "seriously injured" -> injured 2..open
    # (the soldiers' wounded untold); an armed attack on a UN aircraft carrying soldiers -> Battles/Armed clash
    # (the evacuees are troops; the text stresses the attack on the evacuation, not on civilians)
    E(True, "The helicopter was on a mission, agreed with both parties, to evacuate members of the South Sudan "
      "People's Defence Forces (SSPDF) from Nasir when it came under fire", BAT, CLASH, actor1=WHITE + UNK,
      actor2=UNH + SSPDF, location=NASIR, date=D("2025-03-07"), killed=R(4, None), injured=R(2, None),
      source=UNMISS),
    E(False, "One UN crew member was killed and two others were seriously injured", BAT, CLASH, actor1=WHITE + UNK,
      actor2=UNH, location=NASIR, date=D("2025-03-07"), killed=R(1), injured=R(2), source=UNMISS),
    E(False, "A general of the SSPDF and a number of soldiers were also killed during the evacuation attempt", BAT,
      CLASH, actor1=WHITE + UNK, actor2=SSPDF + ["general"], location=NASIR, date=D("2025-03-07"),
      killed=R(3, None), source=UNMISS),
    E(False, "the attack on a UN helicopter in Nasir, Upper Nile state, on 7 March", BAT, CLASH, actor1=WHITE + UNK,
      actor2=UNH, location=NASIR, date=D("2025-03-07"), source=UNMISS),
    # background reference to the garrison overrun -> non-core
    E(False, "the overrunning of the SSPDF garrison in Nasir by armed youth on 4 March", BAT, NSAOVER, actor1=WHITE,
      actor2=SSPDF + ["SSPDF garrison", "garrison"], location=NASIR, date=D("2025-03-04"), source=UNMISS),
    # reports received, attributed by local authorities -> core, occurred, sourced to them (UNMISS could not verify:
    # the hedge is on verification, the act is told as reported); "On 11 and 12 March" -> both days; "causing
    # civilian casualties" (unnumbered plural, killed or wounded) -> casualties 2..open; counties -> names and country
    E(True, "aerial bombardments in Nasir and Ulang counties on 11 and 12 March, which local authorities attributed "
      "to the SSPDF, causing civilian casualties", EXP, AIR, actor1=SSPDF + ["South Sudan Air Force"],
      actor2=CIV, location=NASIR_ULANG, date=D("2025-03-11", "2025-03-12"), casualties=R(2, None),
      source=["local authorities"] + UNMISS),
    # "on the night of 10 March" -> 10-11 March; unidentified shooters -> unknown; displaced people -> civilians
    E(True, "shots fired near the Protection of Civilians site on the night of 10 March injured two displaced people",
      VAC, ATTACK, actor1=UNK, actor2=CIV + ["displaced people", "two displaced people"], location=MALAKAL,
      date=D("2025-03-10", "2025-03-11"), injured=R(2), source=UNMISS),
    # detentions "since 4 March" -> Arrests on 4 March (the act's start), core: a dated act at a place
    E(True, "the detention in Juba since 4 March of several senior officials of the SPLM-IO, including a government "
      "minister, by the security services", STR, ARRESTS, actor1=SSPDF, actor2=SPLMIO, location=JUBA,
      date=D("2025-03-04"), source=UNMISS),
    # the government's announcement -> planned
    E(False, "it will continue military operations to \"restore order\" in Nasir", BAT, CLASH, actor1=SSPDF,
      actor2=WHITE, location=NASIR, source=["Government", "South Sudan government"], status="planned"),
    # background: the 2018 agreement
    E(False, "the Revitalized Peace Agreement of 2018", STR, AGREE, actor1=["South Sudan government"] + SSPDF,
      actor2=SPLMIO, location=L(["South Sudan"], cc="SS"), date=D("2018-01-01", "2018-12-31"), source=UNMISS),
    # no gold: "may constitute a war crime" (a legal opinion), the call for accountability, "Some of the bombs were
    # reportedly fitted with incendiary liquid" (inside the bombardments), the displacement estimate, the patrols
]
DOCS.append(("dev-t-13", "UNMISS (press release)", "2025-03-14", "UN peacekeeping mission press release",
             "Upper Nile: fire on a UN evacuation helicopter 'reportedly carried out' by the White Army with the dead "
             "a sentence later ('a number of soldiers'), the garrison overrun as background, aerial bombardments "
             "'attributed to the SSPDF' by local authorities ('causing civilian casualties'), shots near a PoC site "
             "'on the night of 10 March', detentions 'since 4 March', a government announcement, the 2018 agreement",
             T13, E13))
WEEKDAYS += [("dev-t-13", "14 March 2025", "2025-03-14", "Friday")]

# =============================================================================
# dev-t-14  reporter's notebook (first person) — Pakistan/Khyber Pakhtunkhwa: the Bannu cantonment, Bannu's main
# bazaar, a village of Lakki Marwat district; Jani Khel as a plan (Thu 6 Mar 2025)
# =============================================================================
T14 = """Reporter's notebook: Bannu counts its dead after the iftar attack

Frontier Chronicle | Notebook | Bannu, Khyber Pakhtunkhwa | Thursday 6 March 2025 | By Sana Yousafzai

I reached Bannu on Wednesday morning, a few hours after the last shots had been fired. The boundary wall of the cantonment looked as if a giant had bitten it.

This is what I was able to piece together. On Tuesday evening, just as people were breaking their fast, two vehicles packed with explosives rammed the cantonment wall near the supply depot. The blasts brought down part of a mosque and several houses outside the wall. Thirteen civilians were killed, among them two children and a woman, a doctor at the district hospital told me; he said 32 others were wounded.

Gunmen then tried to storm the cantonment through the breach. The army's media wing said all 16 attackers were killed in the firefight that followed and five soldiers died. Jaish al-Fursan Muhammad, a faction linked to the Hafiz Gul Bahadur group, claimed the attack; the army blames "Khawarij operating from Afghanistan", which Kabul denies.

In the bazaar, shopkeeper Gul Rahman, 58, showed me the glass on his floor. "We heard two blasts, then firing until midnight," he said.

On Wednesday afternoon, a few hundred traders shut their shops and marched to the deputy commissioner's office, chanting against both the militants and the state. Police watched and the march ended peacefully.

News kept arriving from the district around us. In Lakki Marwat, police said, unidentified gunmen shot dead two policemen guarding a polio vaccination team in a village on Wednesday; the vaccinators escaped unhurt.

Nobody I spoke to was surprised. Bannu has lived with this since the Pakistani Taliban ended their ceasefire in November 2022, and residents still remember the 2022 siege of the counter-terrorism department's compound. Provincial police say more than 400 of their men and civilians were killed in attacks across Khyber Pakhtunkhwa last year.

The provincial government announced that an operation would be launched in the Jani Khel area "in the coming days". Elders here say they have heard that before.

As I left on Thursday, the wall was being rebuilt.
"""

JFM = ["Jaish al-Fursan Muhammad", "Jaish al-Fursan-e-Muhammad", "Hafiz Gul Bahadur group", "Hafiz Gul Bahadur",
       "attackers", "Gunmen", "gunmen", "militants", "Khawarij", "TTP", "Pakistani Taliban"]
PAKARMY = ["Pakistan Army", "Pakistani army", "army", "Military Forces of Pakistan", "soldiers", "cantonment",
           "Bannu cantonment", "security forces"]
ISPR = ["Inter-Services Public Relations", "ISPR", "army's media wing", "Pakistan Army", "army"]
FC = ["Frontier Chronicle", "Sana Yousafzai", "author"]
KPPOL = ["police", "Khyber Pakhtunkhwa Police", "Police Forces of Pakistan", "policemen", "Provincial police"]
BANNU = L(["Bannu", "Bannu cantonment", "cantonment", "cantonment wall", "supply depot"], 32.99, 70.60, "PK")
BANNU_TOWN = L(["Bannu", "deputy commissioner's office", "bazaar"], 32.99, 70.60, "PK")
LAKKI = L(["Lakki Marwat", "Lakki Marwat district", "village"], cc="PK")
KP = L(["Khyber Pakhtunkhwa", "KP"], cc="PK")
E14 = [
    # two vehicle bombs driven into a wall, the attack claimed and followed by an assault -> Suicide bomb (driven by
    # its attackers: the vehicles "rammed" the wall); "Thirteen civilians were killed ... 32 others were wounded" a
    # sentence later -> killed 13, injured 32; "On Tuesday evening" -> 4 March; the claim -> Jaish al-Fursan
    # Muhammad; the army's blame -> the same group's label ("Khawarij"); Kabul's denial concerns the attackers'
    # base, not the act -> no gold
    E(True, "two vehicles packed with explosives rammed the cantonment wall near the supply depot", EXP, SUICIDE,
      actor1=JFM, actor2=PAKARMY + CIV + ["cantonment wall", "mosque", "houses"], location=BANNU,
      date=D("2025-03-04"), killed=R(13), injured=R(32),
      source=FC + ["doctor at the district hospital", "district hospital", "doctor"] + JFM),
    E(False, "Thirteen civilians were killed, among them two children and a woman", EXP, SUICIDE, actor1=JFM,
      actor2=CIV, location=BANNU, date=D("2025-03-04"), killed=R(13), injured=R(32),
      source=["doctor at the district hospital", "doctor"]),
    # the assault through the breach -> Battles; both sides' dead told a sentence later (16 attackers, five
    # soldiers) -> killed 21 exact; the firing "until midnight" -> Tuesday and Wednesday
    E(True, "Gunmen then tried to storm the cantonment through the breach", BAT, CLASH, actor1=JFM + PAKARMY,
      actor2=PAKARMY + JFM, location=BANNU, date=D("2025-03-04", "2025-03-05"), killed=R(21), source=FC + ISPR),
    E(False, "all 16 attackers were killed in the firefight that followed and five soldiers died", BAT, CLASH,
      actor1=JFM + PAKARMY, actor2=PAKARMY + JFM, location=BANNU, date=D("2025-03-04", "2025-03-05"),
      killed=R(21), source=ISPR),
    E(False, "Jaish al-Fursan Muhammad, a faction linked to the Hafiz Gul Bahadur group, claimed the attack", EXP,
      SUICIDE, actor1=JFM, actor2=PAKARMY, location=BANNU, date=D("2025-03-04"), source=JFM),
    # "ended peacefully" with police watching -> Peaceful protest; "On Wednesday afternoon" -> 5 March
    E(True, "a few hundred traders shut their shops and marched to the deputy commissioner's office", PRO, PEACEFUL,
      actor1=PROTESTERS + ["traders", "a few hundred traders"], location=BANNU_TOWN, date=D("2025-03-05"),
      source=FC),
    # policemen guarding a team, shot by gunmen -> an ambush on armed men -> Battles/Armed clash (dev_r's rule);
    # "the vaccinators escaped unhurt" covers one group -> no injured field; a village of a district -> names and
    # country
    E(True, "unidentified gunmen shot dead two policemen guarding a polio vaccination team in a village on Wednesday",
      BAT, CLASH, actor1=UNK + ["unidentified gunmen", "gunmen"], actor2=KPPOL + ["polio vaccination team"],
      location=LAKKI, date=D("2025-03-05"), killed=R(2), source=KPPOL + FC),
    # background: the end of the ceasefire (a change of activity) and the 2022 siege -> non-core
    E(False, "the Pakistani Taliban ended their ceasefire in November 2022", STR, "Change to group/activity",
      actor1=["Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "TTP"],
      location=L(["Pakistan", "Khyber Pakhtunkhwa"], cc="PK"), date=D("2022-11-01", "2022-11-30"), source=FC),
    E(False, "the 2022 siege of the counter-terrorism department's compound", BAT, CLASH,
      actor1=["Pakistani Taliban", "TTP", "militants"] + PAKARMY, actor2=KPPOL + ["counter-terrorism department"],
      location=BANNU, date=D("2022-01-01", "2022-12-31"), source=FC),
    # the police's yearly count -> aggregate ("more than 400" -> 401..open; "last year" -> 2024)
    E(False, "more than 400 of their men and civilians were killed in attacks across Khyber Pakhtunkhwa last year",
      BAT, CLASH, actor1=JFM + UNK, actor2=KPPOL + CIV, location=KP, date=D("2024-01-01", "2024-12-31"),
      killed=R(401, None), source=KPPOL, aggregate=True),
    # the announced operation -> planned
    E(False, "an operation would be launched in the Jani Khel area \"in the coming days\"", BAT, CLASH,
      actor1=PAKARMY, actor2=JFM, location=L(["Jani Khel", "Jani Khel area", "Bannu"], cc="PK"),
      source=["provincial government", "Khyber Pakhtunkhwa government"], status="planned"),
    # no gold: "as if a giant had bitten it" (a metaphor), the collapsed mosque and houses (inside the bombing), the
    # shopkeeper's glass and his "two blasts, then firing" (inside), Kabul's denial (of a base, not of the act),
    # "Elders here say they have heard that before", the wall being rebuilt
]
DOCS.append(("dev-t-14", "Frontier Chronicle (reporter's notebook)", "2025-03-06", "reporter's notebook, first person",
             "Bannu and Lakki Marwat: two vehicle bombs on a cantonment 'On Tuesday evening' with a doctor's toll a "
             "sentence later ('among them two children and a woman'), the assault with both sides' dead from the "
             "army's media wing, a claim and a blame, a traders' march, policemen shot while guarding vaccinators "
             "('escaped unhurt'), 2022 background, a yearly count, an announced operation, a metaphor", T14, E14))
WEEKDAYS += [
    ("dev-t-14", "Thursday 6 March 2025", "2025-03-06", "Thursday"),
    ("dev-t-14", "On Tuesday evening", "2025-03-04", "Tuesday"),
    ("dev-t-14", "on Wednesday", "2025-03-05", "Wednesday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_t", check_t, strip_text=True)


if __name__ == "__main__":
    main()
