"""Writes dev_u.gold.jsonl: fourteen development articles, nine from the Middle East - Iraq's Diyala and Kirkuk (the
Mutaibija area, a road 12 km north-east of Muqdadiyah, the Wadi Zghaytun area, Kirkuk's Rahimawa, Daquq district),
Iraqi Kurdistan and Turkish operations in Duhok (near Sharanish and the Zakho region, Kani Masi, Deraluk, the Metina
area, Batifa), Syria's Idlib and western Aleppo (Sarmin about 7 km east of Idlib city, Taftanaz, Atareb, Kafr Nuran,
Saraqib), Raqqa and Tabqa (al-Mansoura about 20 km east of Tabqa, Tabqa, the Raqqa-Tabqa road near Hamrat, Raqqa's
al-Mashlab, west of Ain Issa), the Homs desert and Palmyra (al-Sukhnah, Furqlus, Jabal Abu Rujmain, the T4 air base,
the Arak field), Gaza's Rafah and Khan Younis (eastern Rafah, the Rafah crossing, Bani Suheila, launches toward
Kissufim, al-Mawasi), the West Bank's Jenin and Hebron (Jenin camp, Qabatiya, al-Tuwani in Masafer Yatta, the Hebron
governorate), southern Lebanon's Bint Jbeil and Marjayoun (the Bint Jbeil-Ainata road, Odaisseh, Marjayoun, Qlayaa,
Houla) and Yemen's Taiz and Marib (Osaifera, al-Jahmaliya, al-Hawban, the Sirwah front) - and five from elsewhere -
Somalia's Lower Shabelle (Awdheegle, Afgooye, near Janaale, Qoryoley district, Sablaale), Mali's Mopti and Timbuktu
regions (a village about 15 km east of Bankass, Dinangourou, Sofara and the Djenne area, the Boni-Hombori road,
Timbuktu, Sevare), DR Congo's Ituri (a displacement site about 30 km north of Bunia, Komanda, Fataki), Myanmar's
Rakhine (about 10 km north of Ponnagyun, Kyaukphyu, Sittwe, Maungdaw) and Sudan's Kordofan (El Obeid, Um Sumeima
about 30 km west of it, Dilling; Khartoum as background) - published 2024-01-01..2026-11-30, written for this project
in our own words, with hand-made gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold or builders. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers - KM/LKM, the shared actor lists -, checks and conventions this file follows; build_dev_q.py
and the earlier builders were NOT read, so their conventions are known only as build_dev_r.py's docstring lists
them). goldkit.py is copied beside this file unchanged.

One voice per article, the outlet kinds and layouts chosen to differ from each other:
(1) Iraq's Security Media Cell statement: an ISIS attack 'At dawn today' with the army's own dead and wounded, an IED
'Last night' '12 km north-east of Muqdadiyah' ('causing material damage only'), an F-16 strike 'on Monday' with four
bodies found after, an arrest 'the day before yesterday', a denied rumour, a year's strikes ('dozens'), a vow;
(2) a human-rights NGO field report with numbered incidents (Duhok): a week's tally, a drone on a truck (a farmer and
his nephew, aged 19) beside the ministry's 'two PKK terrorists', three nights of shelling ('No one was hurt'), a blast
of 'an old landmine or an unexploded Turkish shell', an HPG claim ('at least six soldiers') and the ministry's one
dead, a rally, a count, a metaphor, a conditional; (3) a wire story with a late update (Idlib): strikes by 'either
Russian or Syrian government jets' with 'at least three' revised to five, 'no one was hurt there', 'a woman and her
two daughters, aged six and nine', a clash 'Overnight' with both sides' dead, the army's version, drones downed, a
Russian denial, a tally, 2020 background, a forecast; (4) a diaspora site hostile to the SDF (Raqqa/Tabqa): a
conscription raid told as 'kidnapped' and the SDF's 'three ISIS suspects', live fire at a protest 'The next day', an
IED by 'either ISIS or' tribal groups, a teacher shot 'on Saturday night', a drone 'believed to be Turkish' ('killing
or wounding four'), a count, 2017 background, a tribal threat; (5) a monthly conflict monitor (Homs desert): a
month's count, an ambush in two versions (nine dead and 12 wounded / SANA's four), a landmine (brothers aged 12 and
15), Russian strikes with an unconfirmed media toll, 'several' killed or wounded, an abduction by 'either ISIS members
or a smuggling gang', sorties, 2017 background, a forecast; (6) an IDF spokesman's video statement transcribed
(Rafah/Khan Younis): a day's battles, an anti-tank missile ('There were no injuries') and the strike on the cell,
a night strike, launches ('No one was hurt') and their interception, detentions, October 7 background, a denied
strike, a vow and a threat; (7) a partisan pro-resistance outlet (Jenin/Hebron): homes blown up, a boy shot 'Last
night' and the army's 'terrorist', an IED claim with the army's 'no injuries', a settler attack ('a 70-year-old man
and his grandson'), raids told as 'kidnapped', a tally, 2002 background, a threat; (8) a local TV website with an
update (Bint Jbeil/Marjayoun): a drone strike on a car and the army's 'Hezbollah terrorist', houses blown up, a
grenade dropped near UNIFIL ('causing no injuries'), launchers dismantled, a shepherd 'abducted' / 'detained', a
tally, a conditional threat; (9) a magazine feature (Taiz/Marib): a sniper on a ten-year-old, shells blamed by each
side on the other, a brother wounded 'last month', a count, a road deal, a fear, 2015 background; (10) a local radio
bulletin (Lower Shabelle): an attack in two versions ('more than a dozen' plus one soldier / 'overrun' and 'nine
apostate soldiers'), mortars ('killing or wounding at least ten', four dead 'Hours later'), a drone 'either Turkish or
American', a clan clash, a planned ceasefire, an execution, 2019 background, a vow; (11) a regional newspaper's
round-up with town datelines (Mopti/Timbuktu): a village attack, a Dan Na Ambassagou clash ('three or four'), a
killing at a fair beside the army's 'neutralised terrorists' and its rejection, a bus bomb ('at least six' / social
media's 'a dozen'), rockets ('no damage and no casualties'), a march, a promised operation; (12) an OCHA flash update
(Ituri): a site attack ('at least 12' raised to 17) 'identified by local sources as CODECO', the peacekeepers' fight,
CODECO's denial and counter-blame, an ADF attack with missing who 'may have been abducted', a clash with unknown
casualties, a count, a warning; (13) the Arakan Army's numbered statement (Rakhine): an air strike ('twenty-one
civilians', 'more than thirty' wounded) beside the junta's 'training camp', naval shelling 'On the following day',
conscription seizures, an outpost captured 'after three days of fighting', a denial, a count, a threat; (14) a
fact-checking desk (Kordofan): one drone strike told by the governor's office, a doctor, viral posts and the RSF, a
2023 video, a capture claim and the army's 'repelled' ('scores'), a drone by 'either the RSF or the SPLM-N'.
The incidents are invented or composite, with invented names of people, outlets and some sites; the gold encodes
what each TEXT says, including its slant, hedges and sources, not what is true. check_u below adds the 250-word floor
and the 2024-01-01..2026-11-30 window to goldkit's check_article (which caps a document at 450 words).

Run:  python3 build_dev_u.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it dev_q to dev_c), kept unchanged - among them
"No one was hurt" -> killed and injured 0..0, "causing no injuries" -> injured 0..0 only; "dozens" 24..open; "at
least N" N..open and "at least N" later raised -> N..open; "more than N" -> N+1..open; "several" -> 3..open;
"killed or wounded" -> casualties; one side's count in a clash -> N..open, both sides told -> exact; a toll told
later or revised -> folded into the core event, the other figures non-core copies; "N km <direction> of X" -> LKM;
"on the outskirts of Y" / "near Y" -> Y's point; an unpinned village "south of" a pinned town -> the town's point;
districts, valleys, fronts, mountain areas and long roads -> names and country, roads of ~3 km -> the first town;
"overnight" / "last night" / "on X night" -> both days; uncertain or blamed perpetrators -> every alternative plus
unknown; each side blaming the other -> both plus unknown on the core, each blame a non-core copy; a party's claim ->
core, occurred, sourced to it; another object named by the other side -> one core event per version; the same object
told two ways -> one core event, the other telling a non-core copy; "neutralised" -> no number field; headlines that
state an event -> non-core copies; denials, plans, threats, conditionals, aggregates and background -> non-core;
"may have been abducted" -> non-core Abduction, possible.
Added or made explicit here:
- "causing material damage only" -> killed and injured 0..0 (a no-casualty statement about the whole event); "There
  were no injuries" -> injured 0..0 only; "There was no damage and no casualties" -> both 0..0.
- A raid by a governing authority (state forces, the SDF, the junta's conscription squads) that detains people,
  told by a hostile outlet as "kidnapped" or "seized" -> Strategic developments/Arrests (the guide's "raids that
  detain people"), the outlet's labels kept among the acceptable targets; a cross-border seizure of one civilian
  told as "abducted" by the mayor and "detained a suspect" by the army -> one core Abduction (the story's telling),
  the army's a non-core Arrests copy.
- Shelling of one place on "three consecutive nights", told as one numbered incident -> one core event over the
  date range, not an aggregate.
- An interception whose launch is told only as its object ("downed two explosive-laden drones launched by ...") ->
  the downing core (Disrupted weapons use), the launch non-core.
- A claim of a different outcome for the same attack ("overrun" the base / "driven back") -> one core event per
  version with its own sub-type (Non-state actor overtakes territory / Armed clash); a capture claim and the army's
  "still hold the village and repelled an assault" -> the claim core (Non-state actor overtakes territory), the
  army's fight core (Armed clash), its "still hold" a non-core denied copy.
- "more than a dozen" of the attackers plus one soldier from one source -> 13+1 = 14..open; "three or four" of a
  militia's own men with the other side's "many" -> 3..open; "scores" -> 40..open; "more than thirty" -> 31..open.
- An earlier higher rumour ("Posts on social media had earlier spoken of 'a dozen dead'") beside a named source's
  "at least six" -> the core keeps the named source's figure, the rumour a non-core copy with its own number; a viral
  claim ("killing dozens of patients") that a fact-checker finds unsupported -> a non-core copy, status possible,
  while the named sources' tolls for the same strike (governor's office, a doctor) are one core event each.
- A toll given only by an interested party's media ("Russian media said the raids killed 'more than 20'; our sources
  could not confirm") -> the strike core from the monitor without a number, the toll a non-core copy.
- A life-story event in a feature with a place and "last month" -> core, dated to the previous calendar month; a
  feature's road deal, fears and the 2015 assault -> non-core.
- An old video's event found by a fact-checker to be from elsewhere ("filmed in Khartoum" in June 2023) -> non-core
  background at the true place; the false telling itself (Bara "this week") -> no gold.
- A grenade dropped by a drone -> Explosions/Remote violence/Air/drone strike (the guide: any drone strike).
- An act with no time of its own inside a story about Wednesday, published Thursday -> Wednesday and Thursday; "said
  on Tuesday" with no date of its own -> the week up to Tuesday; a planned act after publication ("meeting ...
  tomorrow") -> no date (goldkit forbids dates after publication).
- Shells fired from a navy vessel -> Shelling/artillery/missile attack; a fight between peacekeepers and the
  attackers of a camp -> a Battles event of its own beside the attack on civilians.
- An explosive that is "an old landmine or an unexploded Turkish shell" -> Remote explosive/landmine/IED, Turkey plus
  unknown.
- A generic statement ("Both sides in this war use drones against towns they cannot take") -> non-core aggregate."""

import math

from goldkit import (
    ABDUCT, AGREE, AIR, ARRESTS, ATTACK, BASE, BAT, CIV, CLASH, DISRUPT, EXP, EXCESSIVE, GOVREGAIN, GRENADE, IED,
    INTERVENTION, LOOT, MOB, NSAOVER, PEACEFUL, PRO, PROTESTERS, RIOT, SHELL, STR, SUICIDE, UNK, VAC, D, E, L, R,
    windowed_check, write_gold,
)

# ---------------------------------------------------------------- helpers

# goldkit's check_article (layout, at most 450 words, fields, values, ranges) plus this set's 250-word floor and
# its 2024-01-01..2026-11-30 publication window.
check_u = windowed_check("2024-01-01", "2026-11-30", min_words=250)


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
# left out on purpose: the scorer matches by case-insensitive containment either way. Coordinates only for towns,
# cities, camps and bases we can pin to ~0.05 degrees from our own knowledge; villages, districts, valleys,
# mountain areas, fronts and sites we cannot pin get names and a country only, unless the text places them by a
# distance and a direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Houthi militia"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
SETTLERS = ["settlers", "Israeli settlers", "Jewish settlers", "settler"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
SYGOV = ["Syrian government", "Government of Syria", "Syrian army", "Military Forces of Syria", "Syrian regime",
         "regime forces", "regime", "Syrian Arab Army", "government forces"]
HTS = ["Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "HTS", "Fatah al-Mubin", "Fatah al-Mubin operations room"]
SCD = ["Syria Civil Defence", "White Helmets", "Syrian Civil Defence"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "Observatory", "war monitor", "monitor"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-u-01  ministry/security statement — Iraq's Security Media Cell: the Mutaibija area (Diyala/Salah al-Din), the road north-east of Muqdadiyah (Diyala), the Wadi Zghaytun area south-west of Kirkuk, Kirkuk's Rahimawa, Daquq district (Tue 12 Mar 2024)
# =============================================================================
T01 = """Security Media Cell: two soldiers martyred repelling Daesh attack in Diyala; F-16s destroy terrorist den south-west of Kirkuk

Republic of Iraq | Joint Operations Command | Security Media Cell | Statement | Baghdad, Tuesday 12 March 2024

In the name of God, the Most Gracious, the Most Merciful.

At dawn today, a group of Daesh terrorist gangs attacked a position of the Iraqi Army's 5th Division in the Mutaibija area, on the border between Diyala and Salah al-Din provinces. Our heroes engaged the attackers and forced them to flee towards the orchards. Two of our soldiers were martyred and three others were wounded in the clash; they were taken to Baqubah General Hospital.

Last night, an explosive device planted by the gangs went off against a vehicle of the Popular Mobilisation Forces' 23rd Brigade on the road 12 km north-east of Muqdadiyah, causing material damage only.

Acting on accurate intelligence from the Falcons Intelligence Cell, Iraqi Air Force F-16 aircraft on Monday struck a terrorist den in the Wadi Zghaytun area, south-west of Kirkuk. A ground force that searched the site afterwards found the bodies of four terrorists, together with an explosive belt and a quantity of ammunition.

In Kirkuk city, a force of the Kirkuk Intelligence Directorate arrested a terrorist wanted under Article 4 of the Anti-Terrorism Law in the Rahimawa neighbourhood the day before yesterday.

The Security Media Cell denies the false news circulated on some social media pages that a mortar shell fell on a wedding tent in a village of Daquq district on Sunday evening, killing and wounding a number of guests. No such incident took place, and we call on citizens to take news from official sources only.

Since the beginning of the year, our aircraft have carried out 63 air strikes against the remnants of Daesh in the provinces of Kirkuk, Diyala and Salah al-Din, killing dozens of terrorists.

Our forces will pursue the remnants of these gangs to their last hideout, and any hand that tampers with the security of our people will be cut off.
"""

IS01 = ISIS + ["Daesh terrorist gangs", "terrorist gangs", "gangs", "attackers", "terrorists", "remnants of Daesh"]
IQA01 = ["Iraqi Army", "Iraqi army", "5th Division", "Military Forces of Iraq", "soldiers", "Our heroes",
         "our forces", "position"]
IQAF01 = ["Iraqi Air Force", "F-16", "F-16 aircraft", "Military Forces of Iraq", "our aircraft",
          "Falcons Intelligence Cell"]
KID01 = ["Kirkuk Intelligence Directorate", "Iraqi intelligence", "Police Forces of Iraq", "Iraqi security forces"]
PMF01 = PMF + ["23rd Brigade", "vehicle", "brigade"]
MUTAIBIJA = L(["Mutaibija", "Mutaibija area", "Diyala", "Salah al-Din"], cc="IQ")
# "on the road 12 km north-east of Muqdadiyah" -> LKM from Muqdadiyah
MUQ_NE = LKM(["north-east of Muqdadiyah", "Muqdadiyah", "Muqdadiya", "Diyala"], 33.98, 44.94, 12, 45, "IQ")
ZGHAYTUN = L(["Wadi Zghaytun", "Wadi Zghaytun area", "south-west of Kirkuk", "Kirkuk"], cc="IQ")
KIRKUK01 = L(["Kirkuk", "Kirkuk city", "Rahimawa", "Rahimawa neighbourhood"], 35.47, 44.39, "IQ")
DAQUQ = L(["Daquq", "Daquq district", "Kirkuk"], cc="IQ")
NIRAQ01 = L(["Kirkuk, Diyala and Salah al-Din", "Kirkuk", "Diyala", "Salah al-Din", "Iraq"], cc="IQ")
SMC = ["Security Media Cell", "Joint Operations Command", "Iraqi security forces", "Iraqi military", "author"]
E01 = [
    # an attack on an army position, met by the troops -> Battles; "At dawn today" -> publication day; only the
    # army's own side counted ("Two ... martyred and three others were wounded") -> killed 2..open, injured 3..open,
    # the toll sentence a non-core copy
    E(True, "a group of Daesh terrorist gangs attacked a position of the Iraqi Army's 5th Division in the Mutaibija area",
      BAT, CLASH, actor1=IS01 + IQA01, actor2=IQA01 + IS01, location=MUTAIBIJA, date=D("2024-03-12"),
      killed=R(2, None), injured=R(3, None), source=SMC),
    E(False, "Two of our soldiers were martyred and three others were wounded in the clash", BAT, CLASH,
      actor1=IS01, actor2=IQA01, location=MUTAIBIJA, date=D("2024-03-12"), killed=R(2), injured=R(3), source=SMC),
    # "Last night" -> both days; "causing material damage only" -> killed and injured 0..0 (added here)
    E(True, "an explosive device planted by the gangs went off against a vehicle of the Popular Mobilisation Forces' 23rd Brigade on the road 12 km north-east of Muqdadiyah",
      EXP, IED, actor1=IS01, actor2=PMF01, location=MUQ_NE, date=D("2024-03-11", "2024-03-12"), killed=R(0),
      injured=R(0), source=SMC),
    # bodies found after the strike -> killed 4 folded into the strike, the find a non-core copy; a valley -> names
    E(True, "Iraqi Air Force F-16 aircraft on Monday struck a terrorist den in the Wadi Zghaytun area, south-west of Kirkuk",
      EXP, AIR, actor1=IQAF01, actor2=IS01 + ["terrorist den", "den"], location=ZGHAYTUN, date=D("2024-03-11"),
      killed=R(4), source=SMC),
    E(False, "found the bodies of four terrorists", EXP, AIR, actor1=IQAF01, actor2=IS01, location=ZGHAYTUN,
      date=D("2024-03-11"), killed=R(4), source=SMC),
    # "the day before yesterday" in a Tuesday statement -> Sunday
    E(True, "a force of the Kirkuk Intelligence Directorate arrested a terrorist wanted under Article 4 of the Anti-Terrorism Law in the Rahimawa neighbourhood",
      STR, ARRESTS, actor1=KID01, actor2=IS01 + ["terrorist", "wanted"], location=KIRKUK01, date=D("2024-03-10"),
      source=SMC),
    # the rumour the cell denies is its only telling -> non-core denied; "killing and wounding a number" -> no number
    E(False, "a mortar shell fell on a wedding tent in a village of Daquq district on Sunday evening", EXP, SHELL,
      actor1=UNK + IS01, actor2=CIV + ["wedding tent", "guests"], location=DAQUQ, date=D("2024-03-10"), source=SMC,
      status="denied"),
    # the year's strikes over three provinces -> aggregate; "dozens" -> 24..open
    E(False, "our aircraft have carried out 63 air strikes against the remnants of Daesh in the provinces of Kirkuk, Diyala and Salah al-Din, killing dozens of terrorists",
      EXP, AIR, actor1=IQAF01, actor2=IS01, location=NIRAQ01, date=D("2024-01-01", "2024-03-12"),
      killed=R(24, None), source=SMC, aggregate=True),
    # the vow -> planned
    E(False, "Our forces will pursue the remnants of these gangs to their last hideout", BAT, CLASH,
      actor1=IQA01, actor2=IS01, location=NIRAQ01, source=SMC, status="planned"),
    # no gold: the flight "towards the orchards" and the hospital (inside the clash), the belt and ammunition found
    # (inside the strike), "No such incident took place" (the denial's own wording), "any hand ... will be cut off"
    # (a metaphor)
]
# the headline's copies
E01 += [
    E(False, "two soldiers martyred repelling Daesh attack in Diyala", BAT, CLASH, actor1=IS01 + IQA01,
      actor2=IQA01 + IS01, location=MUTAIBIJA, date=D("2024-03-12"), killed=R(2), source=SMC),
    E(False, "F-16s destroy terrorist den south-west of Kirkuk", EXP, AIR, actor1=IQAF01, actor2=IS01 + ["den"],
      location=ZGHAYTUN, date=D("2024-03-11"), source=SMC),
]
DOCS.append(("dev-u-01", "Iraqi Security Media Cell (statement)", "2024-03-12", "security ministry's statement",
             "Iraq/Diyala and Kirkuk: an ISIS attack 'At dawn today' with the army's own dead and wounded, an IED "
             "'Last night' '12 km north-east of Muqdadiyah' ('causing material damage only'), an F-16 strike 'on "
             "Monday' with four bodies found after, an arrest 'the day before yesterday', a denied rumour, a year's "
             "strikes with 'dozens' killed, a vow and a metaphor", T01, E01))
WEEKDAYS += [
    ("dev-u-01", "Tuesday 12 March 2024 / At dawn today / Last night (end)", "2024-03-12", "Tuesday"),
    ("dev-u-01", "on Monday / Last night (start)", "2024-03-11", "Monday"),
    ("dev-u-01", "the day before yesterday / on Sunday evening", "2024-03-10", "Sunday"),
]

# =============================================================================
# dev-u-02  human-rights NGO field report — Iraqi Kurdistan/Duhok: near Sharanish (Zakho district), Kani Masi, Deraluk (Amedi district), the Metina area, Batifa (Wed 21 Aug 2024)
# =============================================================================
T02 = """Field Report: cross-border bombardment in Duhok governorate, 12-18 August 2024

Mountain Villages Rights Network (MVRN) | Field Report No. 31 | Duhok, 21 August 2024

Summary. During the reporting week our field researchers documented seven Turkish air and artillery strikes in the Zakho and Amedi districts of Duhok governorate, two civilian deaths and one civilian injury. The findings below rest on site visits and on interviews with villagers, local officials and medical staff.

1. Sharanish, Zakho district, 13 August. At about 4 pm, a Turkish drone struck a pick-up truck on a dirt road roughly 3 km north of the village of Sharanish, killing the two men inside, a 52-year-old farmer and his nephew, aged 19, who were returning from their beehives. Relatives told MVRN that neither man belonged to any armed group. On the same day, Turkey's Ministry of National Defence said that "two PKK terrorists" had been "neutralised" in an air operation in the Zakho region.

2. Kani Masi, Amedi district, 14-16 August. Turkish artillery shelled the orchards around Kani Masi on three consecutive nights, burning an estimated 40 dunams of walnut and apple trees. No one was hurt, the village head said, because families no longer sleep near the orchards.

3. Deraluk, Amedi district, 15 August. A 14-year-old shepherd lost his left foot when an explosive object went off in a pasture near Deraluk. Our team could not establish whether it was an old landmine or an unexploded Turkish shell.

4. Mount Metina. The People's Defence Forces (HPG), the PKK's armed wing, said its fighters had attacked Turkish troops on a hill in the Metina area on the night of 16 August, killing "at least six soldiers". The ministry said one soldier had been killed in a clash with "terrorists" in the same area. MVRN could not reach the site.

5. Batifa, Zakho district, 17 August. Some 200 residents gathered peacefully in front of the sub-district building to demand an end to the bombardment and compensation for burned crops.

Context. Since January, MVRN has documented 412 Turkish strikes in Duhok governorate. Villagers in Kani Masi described the bombardment as "a slow fire that empties one valley after another". If the shelling continues into the harvest, the remaining families say they will leave.

Recommendations. MVRN calls on the Kurdistan Regional Government and the federal government in Baghdad to open an independent inquiry into the Sharanish strike.
"""

TUR02 = TURKEY + ["Turkish drone", "Turkish artillery", "Turkish troops", "Ministry of National Defence"]
PKK02 = PKK + ["HPG", "People's Defence Forces", "its fighters", "PKK terrorists", "terrorists"]
MVRN = ["Mountain Villages Rights Network", "MVRN", "author"]
MSB02 = ["Ministry of National Defence", "Turkey's Ministry of National Defence", "Turkish defence ministry",
         "ministry"]
# a village we cannot pin; "roughly 3 km north of the village" from an unpinned village -> names and country
SHARANISH = L(["Sharanish", "north of the village of Sharanish", "Zakho district", "Zakho"], cc="IQ")
ZAKHO_REG = L(["Zakho region", "Zakho", "Zakho district"], cc="IQ")
KANI_MASI = L(["Kani Masi", "Kani Masi orchards", "Amedi district", "Amadiya"], 37.22, 43.44, "IQ")
DERALUK = L(["Deraluk", "Deralok", "near Deraluk", "Amedi district"], cc="IQ")
METINA02 = L(["Metina", "Metina area", "Mount Metina", "Matin"], cc="IQ")
BATIFA = L(["Batifa", "Batifa sub-district", "Zakho district"], 37.17, 43.01, "IQ")
DUHOK = L(["Duhok governorate", "Duhok", "Zakho and Amedi districts", "Iraqi Kurdistan"], cc="IQ")
E02 = [
    # the week's strikes and toll -> aggregate
    E(False, "our field researchers documented seven Turkish air and artillery strikes in the Zakho and Amedi districts of Duhok governorate, two civilian deaths and one civilian injury",
      EXP, AIR, actor1=TUR02, actor2=CIV, location=DUHOK, date=D("2024-08-12", "2024-08-18"), killed=R(2),
      injured=R(1), source=MVRN, aggregate=True),
    # the farmer and his nephew (kin and ages) -> 2
    E(True, "a Turkish drone struck a pick-up truck on a dirt road roughly 3 km north of the village of Sharanish, killing the two men inside",
      EXP, AIR, actor1=TUR02, actor2=CIV + ["pick-up truck", "two men", "farmer", "nephew"], location=SHARANISH,
      date=D("2024-08-13"), killed=R(2), source=MVRN + ["Relatives"]),
    # the ministry names another object ("two PKK terrorists") -> a core event of its own; "neutralised" -> no number
    E(True, "\"two PKK terrorists\" had been \"neutralised\" in an air operation in the Zakho region", EXP, AIR,
      actor1=TUR02, actor2=PKK02, location=ZAKHO_REG, date=D("2024-08-13"), source=MSB02),
    # shelling on three consecutive nights at one place, told as one numbered incident -> one core event over the
    # range (added here); "No one was hurt" -> 0..0 both
    E(True, "Turkish artillery shelled the orchards around Kani Masi on three consecutive nights", EXP, SHELL,
      actor1=TUR02, actor2=CIV + ["orchards"], location=KANI_MASI, date=D("2024-08-14", "2024-08-16"),
      killed=R(0), injured=R(0), source=MVRN + ["village head"]),
    # "an old landmine or an unexploded Turkish shell" -> Remote explosive/landmine/IED, Turkey plus unknown
    E(True, "A 14-year-old shepherd lost his left foot when an explosive object went off in a pasture near Deraluk",
      EXP, IED, actor1=UNK + TUR02, actor2=CIV + ["shepherd", "14-year-old shepherd"], location=DERALUK,
      date=D("2024-08-15"), injured=R(1), source=MVRN),
    # one clash in two versions, each side counting only the other's dead... the HPG's "at least six soldiers" ->
    # 6..open; the ministry's own one dead -> 1..open; "on the night of 16 August" -> 16 and 17; the ministry's
    # version is undated -> the report's week
    E(True, "its fighters had attacked Turkish troops on a hill in the Metina area on the night of 16 August, killing \"at least six soldiers\"",
      BAT, CLASH, actor1=PKK02 + TUR02, actor2=TUR02 + PKK02, location=METINA02, date=D("2024-08-16", "2024-08-17"),
      killed=R(6, None), source=["HPG", "People's Defence Forces"] + PKK),
    E(True, "one soldier had been killed in a clash with \"terrorists\" in the same area", BAT, CLASH,
      actor1=PKK02 + TUR02, actor2=TUR02 + PKK02, location=METINA02, date=D("2024-08-12", "2024-08-18"),
      killed=R(1, None), source=MSB02),
    E(True, "Some 200 residents gathered peacefully in front of the sub-district building to demand an end to the bombardment",
      PRO, PEACEFUL, actor1=PROTESTERS + ["residents", "200 residents"], location=BATIFA, date=D("2024-08-17"),
      source=MVRN),
    E(False, "Since January, MVRN has documented 412 Turkish strikes in Duhok governorate", EXP, AIR,
      actor1=TUR02, actor2=PKK02 + CIV, location=DUHOK, date=D("2024-01-01", "2024-08-21"), source=MVRN,
      aggregate=True),
    # a condition on future shelling -> hypothetical
    E(False, "If the shelling continues into the harvest", EXP, SHELL, actor1=TUR02, actor2=CIV,
      location=KANI_MASI, source=["remaining families", "villagers"] + MVRN, status="hypothetical"),
    # no gold: "a slow fire that empties one valley after another" (a metaphor), the families' leaving
    # (displacement), the call for an inquiry
]
DOCS.append(("dev-u-02", "Mountain Villages Rights Network (field report)", "2024-08-21",
             "human-rights NGO field report with numbered incidents",
             "Iraqi Kurdistan/Duhok: a week's tally, a drone strike on a truck 'roughly 3 km north of' an unpinned "
             "village (a farmer and his nephew, aged 19) beside the ministry's 'two PKK terrorists', three nights of "
             "shelling ('No one was hurt'), a blast of 'an old landmine or an unexploded Turkish shell', an HPG "
             "claim ('at least six soldiers') and the ministry's one dead, a rally, a count, a metaphor, a "
             "conditional", T02, E02))
WEEKDAYS += [
    ("dev-u-02", "21 August 2024", "2024-08-21", "Wednesday"),
]

# =============================================================================
# dev-u-03  wire story with a late update — north-west Syria: Sarmin about 7 km east of Idlib city, Taftanaz, Atareb, Kafr Nuran west of Aleppo, Saraqib (Thu 6 Jun 2024)
# =============================================================================
T03 = """UPDATE 2-Air strikes kill five in Syria's Idlib as violence flares on frontline

(Adds revised toll in paragraph 2, Syrian army statement in paragraph 6)

By Karim Nassar

AMMAN, June 6 (Levant Wire) - Air strikes hit a stone quarry on the outskirts of Sarmin, about 7 km east of Idlib city, late on Wednesday, killing at least three workers and wounding seven, rescuers and a war monitor said.

The toll rose to five on Thursday morning after two of the wounded died in hospital, the Syria Civil Defence, known as the White Helmets, said.

The Syrian Observatory for Human Rights, a Britain-based war monitor, said the strikes were carried out by either Russian or Syrian government jets. It said jets had also struck a poultry farm near Taftanaz and that no one was hurt there.

Earlier on Wednesday, government artillery shelled the town of Atareb in the western Aleppo countryside, wounding a woman and her two daughters, aged six and nine, the White Helmets said.

Overnight, fighters from the Hayat Tahrir al-Sham-led "Fatah al-Mubin" operations room clashed with government forces near the village of Kafr Nuran, west of Aleppo, the Observatory said, adding that four soldiers and two militants were killed.

In a statement carried by the state news agency SANA, the Syrian army said its forces had struck "terrorist headquarters and drone workshops" in the Idlib countryside on Wednesday, "inflicting heavy losses". It said air defences had downed two explosive-laden drones launched by "terrorist groups" at army positions near Saraqib.

Russia's Reconciliation Centre for Syria denied that its aircraft had hit any civilian site.

The Observatory has documented more than 180 deaths, civilians and combatants, in north-west Syria since the start of the year.

Idlib, home to some four million people, many of them displaced, is covered by a 2020 ceasefire brokered by Russia and Turkey that has been repeatedly violated. Analysts say a wider government offensive is unlikely before the autumn.

(Reporting by Karim Nassar; Editing by Helen Marsh)
"""

AIR03 = RUSSIA + SYGOV + ["Russian or Syrian government jets", "jets", "aircraft"]
SYA03 = SYGOV + ["government artillery", "air defences", "its forces", "soldiers"]
HTS03 = HTS + ["militants", "terrorist groups", "terrorists"]
# "on the outskirts of Sarmin, about 7 km east of Idlib city" -> LKM from Idlib (Sarmin lies within ~2 km)
SARMIN = LKM(["Sarmin", "outskirts of Sarmin", "east of Idlib city", "Idlib"], 35.93, 36.63, 7, 90, "SY")
TAFTANAZ = L(["Taftanaz", "near Taftanaz"], 35.99, 36.78, "SY")
ATAREB = L(["Atareb", "al-Atareb", "western Aleppo countryside"], 36.14, 36.83, "SY")
KAFR_NURAN = L(["Kafr Nuran", "west of Aleppo", "western Aleppo countryside"], cc="SY")
IDLIB_CS = L(["Idlib countryside", "Idlib"], cc="SY")
SARAQIB = L(["Saraqib", "near Saraqib"], 35.86, 36.80, "SY")
NWS03 = L(["north-west Syria", "Idlib"], cc="SY")
LW = ["Levant Wire", "author"]
SANA03 = ["Syrian army", "SANA", "state news agency"]
E03 = [
    # "either Russian or Syrian government jets" -> both plus unknown; "at least three" raised to five when two of
    # the seven wounded die -> killed 3..open, injured 5..7; the revision and the headline non-core copies
    E(True, "Air strikes hit a stone quarry on the outskirts of Sarmin, about 7 km east of Idlib city, late on Wednesday, killing at least three workers and wounding seven",
      EXP, AIR, actor1=AIR03 + UNK, actor2=CIV + ["stone quarry", "quarry", "workers"], location=SARMIN,
      date=D("2024-06-05"), killed=R(3, None), injured=R(5, 7),
      source=LW + ["rescuers", "White Helmets"] + SCD + SOHR),
    E(False, "The toll rose to five on Thursday morning after two of the wounded died in hospital", EXP, AIR,
      actor1=AIR03 + UNK, actor2=CIV, location=SARMIN, date=D("2024-06-05"), killed=R(5), injured=R(5),
      source=SCD),
    E(False, "Air strikes kill five in Syria's Idlib", EXP, AIR, actor1=AIR03 + UNK, actor2=CIV, location=SARMIN,
      date=D("2024-06-05"), killed=R(5), source=LW),
    # "also" after a late-Wednesday raid, no time of its own -> Wednesday and Thursday; "no one was hurt there"
    E(True, "jets had also struck a poultry farm near Taftanaz", EXP, AIR, actor1=AIR03 + UNK,
      actor2=CIV + ["poultry farm", "farm"], location=TAFTANAZ, date=D("2024-06-05", "2024-06-06"), killed=R(0),
      injured=R(0), source=SOHR),
    # "a woman and her two daughters, aged six and nine" -> injured 3
    E(True, "government artillery shelled the town of Atareb in the western Aleppo countryside, wounding a woman and her two daughters",
      EXP, SHELL, actor1=SYA03, actor2=CIV + ["woman", "two daughters"], location=ATAREB, date=D("2024-06-05"),
      injured=R(3), source=SCD),
    # both sides' dead told -> exact 6; "Overnight" in a Thursday story -> both days
    E(True, "fighters from the Hayat Tahrir al-Sham-led \"Fatah al-Mubin\" operations room clashed with government forces near the village of Kafr Nuran",
      BAT, CLASH, actor1=HTS03 + SYA03, actor2=SYA03 + HTS03, location=KAFR_NURAN,
      date=D("2024-06-05", "2024-06-06"), killed=R(6), source=SOHR),
    # the army's telling names another object -> a core event of its own; "struck" from a story of air strikes ->
    # Air/drone strike
    E(True, "its forces had struck \"terrorist headquarters and drone workshops\" in the Idlib countryside on Wednesday",
      EXP, AIR, actor1=SYA03, actor2=HTS03 + ["terrorist headquarters", "drone workshops"], location=IDLIB_CS,
      date=D("2024-06-05"), source=SANA03),
    # the downing is the event; the launch is told only as its object -> non-core (added here); undated in a
    # Thursday story about Wednesday -> both days
    E(True, "air defences had downed two explosive-laden drones", STR, DISRUPT, actor1=SYA03,
      actor2=HTS03 + ["drones", "explosive-laden drones"], location=SARAQIB, date=D("2024-06-05", "2024-06-06"),
      source=SANA03),
    E(False, "drones launched by \"terrorist groups\" at army positions near Saraqib", EXP, AIR, actor1=HTS03,
      actor2=SYA03 + ["army positions"], location=SARAQIB, date=D("2024-06-05", "2024-06-06"), source=SANA03),
    E(False, "Russia's Reconciliation Centre for Syria denied that its aircraft had hit any civilian site", EXP, AIR,
      actor1=RUSSIA, actor2=CIV + ["civilian site"], location=NWS03, date=D("2024-06-05", "2024-06-06"),
      source=["Russia's Reconciliation Centre for Syria", "Reconciliation Centre"] + RUSSIA, status="denied"),
    E(False, "The Observatory has documented more than 180 deaths, civilians and combatants, in north-west Syria since the start of the year",
      EXP, AIR, actor1=AIR03 + HTS03, actor2=CIV + HTS03 + SYA03, location=NWS03, date=D("2024-01-01", "2024-06-06"),
      killed=R(181, None), source=SOHR, aggregate=True),
    E(False, "a 2020 ceasefire brokered by Russia and Turkey", STR, AGREE, actor1=RUSSIA + TURKEY,
      actor2=TURKEY + RUSSIA, location=L(["Idlib"], cc="SY"), date=D("2020-01-01", "2020-12-31"), source=LW),
    E(False, "a wider government offensive is unlikely before the autumn", BAT, CLASH, actor1=SYA03,
      actor2=HTS03, location=NWS03, source=["Analysts"], status="hypothetical"),
    # no gold: "inflicting heavy losses" (no number), the ceasefire "repeatedly violated" (generic), the update line
]
DOCS.append(("dev-u-03", "Levant Wire", "2024-06-06", "wire story with a late update",
             "north-west Syria: air strikes on a quarry 'about 7 km east of Idlib city' by 'either Russian or Syrian "
             "government jets' with 'at least three' revised to five in the update, a farm ('no one was hurt "
             "there'), shelling of Atareb ('a woman and her two daughters, aged six and nine'), a clash 'Overnight' "
             "with both sides' dead, the army's version, drones downed, a Russian denial, a tally, 2020 background, "
             "a forecast", T03, E03))
WEEKDAYS += [
    ("dev-u-03", "June 6 / on Thursday morning", "2024-06-06", "Thursday"),
    ("dev-u-03", "late on Wednesday / Earlier on Wednesday / on Wednesday", "2024-06-05", "Wednesday"),
]

# =============================================================================
# dev-u-04  diaspora news site (hostile to the SDF) — Syria/Raqqa and Tabqa: al-Mansoura about 20 km east of Tabqa, Tabqa, the Raqqa-Tabqa road near Hamrat, Raqqa's al-Mashlab, west of Ain Issa (Wed 14 May 2025)
# =============================================================================
T04 = """SDF militias kidnap seven young men in al-Mansoura; Tabqa youths defy forced conscription

Furat Diaspora Voice | Raqqa desk, written from Gaziantep | 14 May 2025

Our correspondents inside Raqqa province report another week of raids and repression by the SDF militias, which rule our land in the name of "democracy" while PKK cadres from Qandil give the orders.

At dawn on Monday, SDF patrols stormed houses in the town of al-Mansoura, about 20 km east of Tabqa, and kidnapped seven young men, among them two brothers aged 17 and 19, to drag them into forced conscription. The militia's media office later claimed it had "arrested three ISIS suspects" in the town.

The next day, hundreds of young men and their mothers took to the streets of Tabqa to reject the conscription law. SDF gunmen fired live rounds to disperse them, wounding a 22-year-old student in the leg, according to a relative.

On the road between Raqqa and Tabqa, near the village of Hamrat, a roadside bomb struck an SDF car last Thursday, killing two militiamen. The SDF blamed "ISIS cells". Local sources told us it may have been planted either by ISIS or by one of the Arab tribal groups that have risen against the militia.

In Raqqa city, unknown gunmen on a motorcycle shot dead a schoolteacher in the al-Mashlab neighbourhood on Saturday night. His family says he had refused to inform for the militia's intelligence service.

On Sunday a drone, believed to be Turkish, hit a car carrying SDF commanders west of Ain Issa, killing or wounding four of them, according to pages close to the militia.

Since January, the militias have kidnapped more than 300 of our sons from Raqqa, Tabqa and the countryside, according to our own count. Our people have not forgotten how Raqqa was flattened in 2017 in the name of fighting ISIS, only to be handed to a new occupier.

Sheikh Hamad al-Fayyad, a tribal elder from the Afadla, told Furat Diaspora Voice that if the kidnappings do not stop, the tribes "will take up arms to protect our children".

This militia is a cancer in the body of the Euphrates, and the day of its removal is near.
"""

SDF04 = SDF + ["SDF militias", "militias", "militia", "SDF patrols", "SDF gunmen", "Asayish", "PKK cadres"]
IS04 = ISIS + ["ISIS cells", "ISIS suspects"]
TRIBES04 = ["Arab tribal groups", "tribal groups", "tribes", "Arab tribes", "Afadla"]
# "about 20 km east of Tabqa" -> LKM from Tabqa (al-Mansoura lies within ~2 km)
MANSOURA = LKM(["al-Mansoura", "Mansoura", "east of Tabqa", "Tabqa"], 35.84, 38.55, 20, 90, "SY")
TABQA = L(["Tabqa", "al-Tabqa", "streets of Tabqa"], 35.84, 38.55, "SY")
# a ~50 km road, the village unpinned -> names and country
RAQQA_RD = L(["road between Raqqa and Tabqa", "Hamrat", "Raqqa", "Tabqa"], cc="SY")
RAQQA04 = L(["Raqqa", "Raqqa city", "al-Mashlab", "al-Mashlab neighbourhood"], 35.95, 39.01, "SY")
AIN_ISSA = L(["Ain Issa", "Ayn Issa", "west of Ain Issa"], 36.39, 38.86, "SY")
RAQQA_PROV = L(["Raqqa province", "Raqqa", "Tabqa", "countryside"], cc="SY")
FDV = ["Furat Diaspora Voice", "author", "correspondents", "our correspondents"]
E04 = [
    # a governing authority's raid that detains people, told as "kidnapped" by a hostile outlet -> Arrests (the
    # guide's "raids that detain people"; added here), the outlet's labels kept in actor2; the SDF names another
    # object ("three ISIS suspects") -> a core event of its own; "At dawn on Monday" -> Monday
    E(True, "SDF patrols stormed houses in the town of al-Mansoura, about 20 km east of Tabqa, and kidnapped seven young men",
      STR, ARRESTS, actor1=SDF04, actor2=CIV + ["seven young men", "young men", "two brothers"], location=MANSOURA,
      date=D("2025-05-12"), source=FDV),
    E(True, "it had \"arrested three ISIS suspects\" in the town", STR, ARRESTS, actor1=SDF04,
      actor2=IS04 + ["three ISIS suspects", "suspects"], location=MANSOURA, date=D("2025-05-12"),
      source=["media office", "SDF media office"] + SDF),
    # live rounds at a protest, one wounded -> Excessive force against protesters; "The next day" -> Tuesday
    E(True, "SDF gunmen fired live rounds to disperse them, wounding a 22-year-old student in the leg", PRO,
      EXCESSIVE, actor1=PROTESTERS + SDF04 + ["young men", "mothers"], actor2=SDF04 + PROTESTERS + ["student"],
      location=TABQA, date=D("2025-05-13"), injured=R(1), source=["relative"] + FDV),
    # the SDF's blame and the local sources' "either ISIS or ... tribal groups" -> both plus unknown; "last Thursday"
    # in a Wednesday piece -> the Thursday before
    E(True, "a roadside bomb struck an SDF car last Thursday, killing two militiamen", EXP, IED,
      actor1=UNK + IS04 + TRIBES04, actor2=SDF04 + ["SDF car", "militiamen"], location=RAQQA_RD,
      date=D("2025-05-08"), killed=R(2), source=FDV + ["Local sources"] + SDF),
    # "on Saturday night" -> Saturday and Sunday
    E(True, "unknown gunmen on a motorcycle shot dead a schoolteacher in the al-Mashlab neighbourhood on Saturday night",
      VAC, ATTACK, actor1=UNK + ["gunmen", "unknown gunmen"], actor2=CIV + ["schoolteacher", "teacher"],
      location=RAQQA04, date=D("2025-05-10", "2025-05-11"), killed=R(1), source=FDV),
    # "believed to be Turkish" -> Turkey plus unknown; "killing or wounding four" -> casualties 4
    E(True, "a drone, believed to be Turkish, hit a car carrying SDF commanders west of Ain Issa, killing or wounding four of them",
      EXP, AIR, actor1=TURKEY + UNK + ["drone"], actor2=SDF04 + ["SDF commanders", "car"], location=AIN_ISSA,
      date=D("2025-05-11"), casualties=R(4), source=["pages close to the militia"] + FDV),
    # the outlet's count -> aggregate, Arrests as the raids above
    E(False, "the militias have kidnapped more than 300 of our sons from Raqqa, Tabqa and the countryside", STR,
      ARRESTS, actor1=SDF04, actor2=CIV + ["our sons"], location=RAQQA_PROV, date=D("2025-01-01", "2025-05-14"),
      source=FDV, aggregate=True),
    # 2017 background: the city's capture from ISIS by a force the text does not name
    E(False, "Raqqa was flattened in 2017 in the name of fighting ISIS", EXP, AIR,
      actor1=UNK + SDF04 + ["US-led coalition", "coalition"], actor2=IS04 + CIV, location=RAQQA04,
      date=D("2017-01-01", "2017-12-31"), source=FDV),
    # an actor's own conditional threat -> planned
    E(False, "if the kidnappings do not stop, the tribes \"will take up arms to protect our children\"", BAT, CLASH,
      actor1=TRIBES04, actor2=SDF04, location=RAQQA_PROV, source=["Sheikh Hamad al-Fayyad", "tribal elder"],
      status="planned"),
    # no gold: "rule our land in the name of democracy", "handed to a new occupier", "a cancer in the body of the
    # Euphrates", "the day of its removal is near" (opinion and metaphor); the son's refusal to inform
]
E04 += [
    E(False, "SDF militias kidnap seven young men in al-Mansoura", STR, ARRESTS, actor1=SDF04,
      actor2=CIV + ["seven young men"], location=MANSOURA, date=D("2025-05-12"), source=FDV),
]
DOCS.append(("dev-u-04", "Furat Diaspora Voice", "2025-05-14", "diaspora news site with slanted language",
             "Syria/Raqqa and Tabqa: a conscription raid told as 'kidnapped' (brothers aged 17 and 19) and the SDF's "
             "'three ISIS suspects', live fire at a protest 'The next day', an IED 'last Thursday' by 'either ISIS or' "
             "tribal groups, a teacher shot 'on Saturday night', a drone 'believed to be Turkish' ('killing or "
             "wounding four'), a count, 2017 background, a tribal threat, a metaphor", T04, E04))
WEEKDAYS += [
    ("dev-u-04", "14 May 2025", "2025-05-14", "Wednesday"),
    ("dev-u-04", "The next day", "2025-05-13", "Tuesday"),
    ("dev-u-04", "At dawn on Monday", "2025-05-12", "Monday"),
    ("dev-u-04", "On Sunday / Saturday night (end)", "2025-05-11", "Sunday"),
    ("dev-u-04", "on Saturday night", "2025-05-10", "Saturday"),
    ("dev-u-04", "last Thursday", "2025-05-08", "Thursday"),
]

# =============================================================================
# dev-u-05  monthly conflict monitor — Syria/Homs desert: the Palmyra-Deir ez-Zor highway near al-Sukhnah, Furqlus east of Homs, Jabal Abu Rujmain north of Palmyra, the T4 air base west of Palmyra, the Arak gas field east of Palmyra (Tue 2 Jul 2024)
# =============================================================================
T05 = """Badia Monitor, June 2024: ISIS ambushes rise around Palmyra and al-Sukhnah

Central Syria Conflict Observatory | Monthly Monitor No. 18 | Period covered: 1-30 June 2024 | Published 2 July 2024

OVERVIEW
We recorded 23 security incidents in the Homs desert in June, against 14 in May. They killed at least 61 people, 38 of them soldiers and allied militiamen. Most attacks were carried out by Islamic State cells hiding between Palmyra, al-Sukhnah and the Jabal Abu Rujmain range.

KEY INCIDENTS
10 June - ISIS fighters ambushed a bus carrying soldiers on the Palmyra-Deir ez-Zor highway near al-Sukhnah, killing nine soldiers and wounding 12, a military source told the Observatory. The state news agency SANA spoke of "a terrorist attack on a bus" that killed four soldiers.

14 June - A landmine believed to have been left by ISIS exploded under a motorcycle near Furqlus, east of Homs, killing two shepherds, brothers aged 12 and 15.

Night of 18 to 19 June - Russian aircraft struck caves in the Jabal Abu Rujmain range, north of Palmyra. Russian media said the raids killed "more than 20 militants"; our sources could not confirm any toll.

22 June - Clashes between Liwa al-Quds fighters and an ISIS cell near the T4 air base, west of Palmyra, left "several" militiamen killed or wounded, according to a commander of the group.

27 June - Gunmen abducted three workers of a gas company near the Arak field, east of Palmyra. Relatives said the kidnappers were either ISIS members or a smuggling gang seeking ransom.

AIR ACTIVITY
Russian aircraft flew at least 40 sorties over the desert during the month, most of them around Palmyra.

ANALYSIS
The government retook Palmyra from ISIS in March 2017, but it has never secured the desert around it. The desert is a sea in which the cells swim freely, and the army's scattered posts are islands. We expect attacks to rise in July, when shepherds move their flocks and the cells seek supplies.
"""

IS05 = ISIS + ["Islamic State cells", "ISIS fighters", "ISIS cell", "ISIS members", "militants"]
SYA05 = SYGOV + ["soldiers", "bus carrying soldiers", "army"]
RU05 = RUSSIA + ["Russian aircraft"]
LQ05 = ["Liwa al-Quds", "Quds Brigade", "militiamen", "allied militiamen", "pro-government militia"]
SUKHNAH = L(["al-Sukhnah", "Sukhnah", "Palmyra-Deir ez-Zor highway"], 34.89, 38.87, "SY")
FURQLUS = L(["Furqlus", "Furqlos", "east of Homs", "Homs"], 34.61, 37.08, "SY")
RUJMAIN = L(["Jabal Abu Rujmain", "Jabal Abu Rujmain range", "north of Palmyra", "Palmyra"], cc="SY")
T4 = L(["T4 air base", "T4", "Tiyas air base", "west of Palmyra"], 34.52, 37.63, "SY")
ARAK = L(["Arak field", "Arak", "Arak gas field", "east of Palmyra", "Palmyra"], cc="SY")
PALMYRA = L(["Palmyra", "Tadmur"], 34.56, 38.27, "SY")
BADIA = L(["Homs desert", "Badia", "the desert", "Palmyra"], cc="SY")
CSCO = ["Central Syria Conflict Observatory", "Observatory", "author"]
E05 = [
    E(False, "We recorded 23 security incidents in the Homs desert in June", BAT, CLASH, actor1=IS05,
      actor2=SYA05 + LQ05 + CIV, location=BADIA, date=D("2024-06-01", "2024-06-30"), killed=R(61, None),
      source=CSCO, aggregate=True),
    # one ambush in two versions with different tolls -> one core event per version
    E(True, "ISIS fighters ambushed a bus carrying soldiers on the Palmyra-Deir ez-Zor highway near al-Sukhnah, killing nine soldiers and wounding 12",
      BAT, CLASH, actor1=IS05, actor2=SYA05, location=SUKHNAH, date=D("2024-06-10"), killed=R(9), injured=R(12),
      source=["military source"] + CSCO),
    E(True, "\"a terrorist attack on a bus\" that killed four soldiers", BAT, CLASH, actor1=IS05 + UNK + ["terrorist"],
      actor2=SYA05, location=SUKHNAH, date=D("2024-06-10"), killed=R(4), source=["SANA", "state news agency"]),
    # "believed to have been left by ISIS" -> ISIS plus unknown; "two shepherds, brothers aged 12 and 15" -> 2
    E(True, "A landmine believed to have been left by ISIS exploded under a motorcycle near Furqlus, east of Homs, killing two shepherds",
      EXP, IED, actor1=IS05 + UNK, actor2=CIV + ["shepherds", "two shepherds", "brothers", "motorcycle"],
      location=FURQLUS, date=D("2024-06-14"), killed=R(2), source=CSCO),
    # "Night of 18 to 19 June" -> both days; the toll is Russian media's ("more than 20" -> 21..open) and the
    # monitor could not confirm it -> the strike core from the monitor, the toll a non-core copy from Russian media
    E(True, "Russian aircraft struck caves in the Jabal Abu Rujmain range, north of Palmyra", EXP, AIR,
      actor1=RU05, actor2=IS05 + ["caves"], location=RUJMAIN, date=D("2024-06-18", "2024-06-19"), source=CSCO),
    E(False, "the raids killed \"more than 20 militants\"", EXP, AIR, actor1=RU05, actor2=IS05, location=RUJMAIN,
      date=D("2024-06-18", "2024-06-19"), killed=R(21, None), source=["Russian media"]),
    # "several" killed or wounded -> casualties 3..open
    E(True, "Clashes between Liwa al-Quds fighters and an ISIS cell near the T4 air base, west of Palmyra", BAT,
      CLASH, actor1=LQ05 + IS05, actor2=IS05 + LQ05, location=T4, date=D("2024-06-22"), casualties=R(3, None),
      source=["commander", "Liwa al-Quds"] + CSCO),
    # "either ISIS members or a smuggling gang" -> both plus unknown
    E(True, "Gunmen abducted three workers of a gas company near the Arak field, east of Palmyra", VAC, ABDUCT,
      actor1=UNK + IS05 + ["Gunmen", "smuggling gang"], actor2=CIV + ["three workers", "workers", "gas company"],
      location=ARAK, date=D("2024-06-27"), source=CSCO + ["Relatives"]),
    E(False, "Russian aircraft flew at least 40 sorties over the desert during the month", EXP, AIR, actor1=RU05,
      actor2=IS05, location=BADIA, date=D("2024-06-01", "2024-06-30"), source=CSCO, aggregate=True),
    E(False, "The government retook Palmyra from ISIS in March 2017", BAT, GOVREGAIN, actor1=SYA05 + RU05,
      actor2=IS05, location=PALMYRA, date=D("2017-03-01", "2017-03-31"), source=CSCO),
    # the monitor's forecast -> hypothetical
    E(False, "We expect attacks to rise in July", BAT, CLASH, actor1=IS05, actor2=SYA05 + CIV, location=BADIA,
      source=CSCO, status="hypothetical"),
    # no gold: "against 14 in May" (a comparison figure), "never secured the desert", "a sea in which the cells swim
    # freely ... islands" (a metaphor), "our sources could not confirm any toll"
]
E05.append(E(False, "ISIS ambushes rise around Palmyra and al-Sukhnah", BAT, CLASH, actor1=IS05, actor2=SYA05,
             location=BADIA, date=D("2024-06-01", "2024-06-30"), source=CSCO, aggregate=True))
DOCS.append(("dev-u-05", "Central Syria Conflict Observatory (monthly monitor)", "2024-07-02",
             "monthly conflict monitor with dated entries",
             "Syria/Homs desert: a month's count, an ISIS ambush near al-Sukhnah in two versions (nine dead and 12 "
             "wounded / SANA's four), a landmine 'believed to have been left by ISIS' (brothers aged 12 and 15), "
             "Russian strikes 'Night of 18 to 19 June' with an unconfirmed toll, a clash with 'several' killed or "
             "wounded, an abduction by 'either ISIS members or a smuggling gang', sorties, 2017 background, a "
             "metaphor, a forecast", T05, E05))
WEEKDAYS += [
    ("dev-u-05", "2 July 2024", "2024-07-02", "Tuesday"),
]

# =============================================================================
# dev-u-06  military spokesman's video statement transcribed — Gaza: eastern Rafah, the Rafah crossing, Bani Suheila east of Khan Younis, launches toward Kissufim, Khan Younis, al-Mawasi (Thu 23 May 2024)
# =============================================================================
T06 = """Transcript: IDF spokesperson's video statement on operations in Rafah and Khan Younis

Israel Defense Forces Spokesperson's Unit | Video statement, transcribed and translated from Hebrew | 23 May 2024

[Lt. Col. Yoav Ben-Ari speaks to camera in front of a map of southern Gaza.]

"Good evening. Here is an update on the main events of the past day in southern Gaza.

Troops of the 162nd Division continue to operate in eastern Rafah. In the past day they eliminated more than 20 terrorists in close-quarters battles and located tunnel shafts and weapons.

Yesterday afternoon, a terrorist cell fired an anti-tank missile at our forces near the Rafah crossing. There were no injuries. Minutes later, an Air Force aircraft struck the cell and eliminated three terrorists.

Overnight, fighter jets struck a Hamas military compound in the Bani Suheila area, east of Khan Younis, from which rockets had been fired at Israeli communities. Secondary explosions were identified, indicating the presence of weapons.

This morning, five launches were identified crossing from the Khan Younis area toward the Kissufim area. Three were intercepted by the Aerial Defence Array, and the rest fell in open areas. No one was hurt.

In the Khan Younis area, troops detained about 30 suspects during the day. According to initial questioning, several of them took part in the massacre of October 7th. They were transferred for further questioning by the Shin Bet.

I want to address the reports published today about a strike on a tent in the al-Mawasi humanitarian area. These reports are false: the IDF did not carry out any strike in the humanitarian area today.

Hamas hides behind the civilian population, and we call on residents to move to the humanitarian area for their own safety. We will continue to act against Hamas everywhere in the Gaza Strip until all the hostages are home. Any terrorist who approaches our forces will be eliminated."

[End of statement.]
"""

IDF06 = ISRAEL + ["162nd Division", "our forces", "Air Force", "Israeli Air Force", "fighter jets", "troops",
                  "Aerial Defence Array", "Air Force aircraft"]
HAM06 = HAMAS + ["terrorist cell", "terrorists", "cell", "Palestinian Islamic Jihad"]
RAFAH_E = L(["eastern Rafah", "Rafah"], 31.29, 34.25, "PS")
RAFAH_X = L(["Rafah crossing", "near the Rafah crossing", "Rafah"], 31.25, 34.26, "PS")
BANI_SUHEILA = L(["Bani Suheila", "Bani Suheila area", "east of Khan Younis", "Khan Younis"], 31.34, 34.32, "PS")
KISSUFIM = L(["Kissufim", "Kissufim area", "Khan Younis area", "Khan Younis"], 31.37, 34.40, "IL")
KHAN_YOUNIS = L(["Khan Younis", "Khan Younis area", "Khan Yunis"], 31.35, 34.30, "PS")
MAWASI = L(["al-Mawasi", "Mawasi", "al-Mawasi humanitarian area", "humanitarian area"], 31.36, 34.27, "PS")
GAZA = L(["Gaza Strip", "Gaza"], cc="PS")
IDFSRC = ["IDF", "Israel Defense Forces", "IDF Spokesperson's Unit", "Yoav Ben-Ari", "spokesperson",
          "Israeli military", "author"]
E06 = [
    # a day's battles in an area, "more than 20" -> aggregate 21..open
    E(False, "In the past day they eliminated more than 20 terrorists in close-quarters battles", BAT, CLASH,
      actor1=IDF06, actor2=HAM06, location=RAFAH_E, date=D("2024-05-22", "2024-05-23"), killed=R(21, None),
      source=IDFSRC, aggregate=True),
    # a guided missile fired from the ground -> Shelling/artillery/missile attack; "There were no injuries" ->
    # injured 0..0 only (as "causing no injuries"); "Yesterday afternoon" -> 22 May
    E(True, "a terrorist cell fired an anti-tank missile at our forces near the Rafah crossing", EXP, SHELL,
      actor1=HAM06 + UNK, actor2=IDF06, location=RAFAH_X, date=D("2024-05-22"), injured=R(0), source=IDFSRC),
    E(True, "an Air Force aircraft struck the cell and eliminated three terrorists", EXP, AIR, actor1=IDF06,
      actor2=HAM06, location=RAFAH_X, date=D("2024-05-22"), killed=R(3), source=IDFSRC),
    # "Overnight" in a Thursday-evening statement -> both days; "Secondary explosions" -> no number
    E(True, "fighter jets struck a Hamas military compound in the Bani Suheila area, east of Khan Younis", EXP, AIR,
      actor1=IDF06, actor2=HAM06 + ["Hamas military compound", "military compound"], location=BANI_SUHEILA,
      date=D("2024-05-22", "2024-05-23"), source=IDFSRC),
    # launches with no launcher named -> unknown plus Hamas; the target area in Israel; "No one was hurt" -> 0..0
    E(True, "five launches were identified crossing from the Khan Younis area toward the Kissufim area", EXP, SHELL,
      actor1=UNK + HAM06, actor2=ISRAEL + ["Kissufim", "Israeli communities"], location=KISSUFIM,
      date=D("2024-05-23"), killed=R(0), injured=R(0), source=IDFSRC),
    E(True, "Three were intercepted by the Aerial Defence Array", STR, DISRUPT, actor1=IDF06,
      actor2=HAM06 + UNK + ["launches", "rockets"], location=KISSUFIM, date=D("2024-05-23"), source=IDFSRC),
    # "during the day" -> the past day
    E(True, "In the Khan Younis area, troops detained about 30 suspects during the day", STR, ARRESTS,
      actor1=IDF06, actor2=HAM06 + CIV + ["suspects", "30 suspects"], location=KHAN_YOUNIS,
      date=D("2024-05-22", "2024-05-23"), source=IDFSRC),
    # background reference -> non-core
    E(False, "the massacre of October 7th", VAC, ATTACK, actor1=HAM06, actor2=ISRAEL + CIV,
      location=L(["Israel", "southern Israel"], cc="IL"), date=D("2023-10-07"), source=IDFSRC),
    # the rejected reports are the denial's only telling -> non-core denied, the army as source
    E(False, "a strike on a tent in the al-Mawasi humanitarian area", EXP, AIR, actor1=IDF06,
      actor2=CIV + ["tent"], location=MAWASI, date=D("2024-05-23"), source=IDFSRC, status="denied"),
    # the vow and the conditional threat -> planned
    E(False, "We will continue to act against Hamas everywhere in the Gaza Strip until all the hostages are home",
      BAT, CLASH, actor1=IDF06, actor2=HAM06, location=GAZA, source=IDFSRC, status="planned"),
    E(False, "Any terrorist who approaches our forces will be eliminated", BAT, CLASH, actor1=IDF06,
      actor2=HAM06, location=GAZA, source=IDFSRC, status="planned"),
    # no gold: tunnel shafts and weapons located, "from which rockets had been fired" (an earlier, undated act),
    # "the rest fell in open areas" (inside the launch), the transfer to the Shin Bet, "Hamas hides behind the
    # civilian population" (opinion), the call to move
]
DOCS.append(("dev-u-06", "IDF Spokesperson's Unit (video statement, transcript)", "2024-05-23",
             "military spokesman's video statement transcribed",
             "Gaza/Rafah and Khan Younis: a day's battles ('more than 20'), an anti-tank missile 'Yesterday "
             "afternoon' ('There were no injuries') and the strike on the cell 'Minutes later', a strike "
             "'Overnight', launches toward Kissufim ('No one was hurt') and their interception, detentions, October "
             "7 background, a denied strike in al-Mawasi, a vow and a threat", T06, E06))
WEEKDAYS += [
    ("dev-u-06", "23 May 2024 / This morning / today", "2024-05-23", "Thursday"),
    ("dev-u-06", "Yesterday afternoon", "2024-05-22", "Wednesday"),
]

# =============================================================================
# dev-u-07  partisan outlet (pro-resistance) — West Bank: Jenin camp's Hawashin neighbourhood, the outskirts of Qabatiya south of Jenin, the camp's entrance, al-Tuwani in Masafer Yatta south of Hebron, the Hebron governorate (Beit Ummar, Yatta) (Tue 11 Feb 2025)
# =============================================================================
T07 = """Jenin resists: occupation blows up homes in the camp as settler herds attack al-Tuwani elders

Sawt al-Daffa | Resistance News | Tuesday, 11 February 2025

On the twenty-second day of the Zionist aggression on Jenin and its camp, the occupation army presses on with its crimes against our steadfast people, while the Palestinian Authority looks on in silence.

On Sunday, occupation engineering units blew up at least 20 homes in the Hawashin neighbourhood of the camp in a chain of explosions heard across the city, witnesses told our correspondent.

Last night, an occupation sniper killed the boy Omar Sbeihat, 17, on the outskirts of Qabatiya, south of Jenin, as he walked home from his uncle's house. The occupation army, as always, claimed its soldiers had "eliminated a terrorist who hurled an explosive device at the forces".

The heroes of the Jenin Battalion of the Al-Quds Brigades announced that they had detonated a high-explosive device against an occupation bulldozer at the entrance to the camp on Monday, "achieving confirmed casualties". The enemy army admitted only that the bulldozer had been damaged, saying the blast caused no injuries.

In the south, herds of settlers stormed the village of al-Tuwani in Masafer Yatta, south of Hebron, at dawn on Saturday, beating a 70-year-old man and his grandson with clubs and setting two cars on fire, local activists said.

Occupation forces also kidnapped 25 citizens in dawn raids across the Hebron governorate on Monday, most of them in Beit Ummar and the town of Yatta, according to the Prisoners' Society.

Since the start of the aggression on 21 January, 26 martyrs have fallen in Jenin governorate and thousands have been driven from the camp, according to the Ministry of Health.

Our people remember that the occupation failed to break the camp in 2002, and it will fail again. Jenin will remain a thorn in the occupation's throat. The resistance has promised that the enemy "will pay a heavy price for every home it destroys".
"""

IDF07 = ISRAEL + ["occupation army", "occupation forces", "occupation", "occupation sniper", "enemy army",
                  "occupation engineering units", "Zionist", "soldiers"]
QUDS07 = ["Jenin Battalion", "Al-Quds Brigades", "Quds Brigades", "Palestinian Islamic Jihad", "resistance",
          "Jenin Brigade"]
SET07 = SETTLERS + ["herds of settlers"]
JENIN_CAMP = L(["Jenin camp", "Jenin refugee camp", "Hawashin", "Hawashin neighbourhood", "camp", "Jenin"], 32.46,
               35.29, "PS")
QABATIYA = L(["Qabatiya", "outskirts of Qabatiya", "south of Jenin"], 32.41, 35.28, "PS")
# "the village of al-Tuwani ... south of Hebron", the village unpinned -> Hebron's point (as dev_r's Sayda/Daraa)
TUWANI = L(["al-Tuwani", "At-Tuwani", "Masafer Yatta", "south of Hebron", "Hebron"], 31.53, 35.10, "PS")
HEBRON_GOV = L(["Hebron governorate", "Beit Ummar", "Yatta", "Hebron"], cc="PS")
JENIN_GOV = L(["Jenin governorate", "Jenin"], cc="PS")
SAWT = ["Sawt al-Daffa", "author", "our correspondent"]
ARMY07 = ["occupation army", "Israeli army", "enemy army", "IDF", "army"]
E07 = [
    # demolition by explosives without casualties -> Looting/property destruction
    E(True, "occupation engineering units blew up at least 20 homes in the Hawashin neighbourhood of the camp", STR,
      LOOT, actor1=IDF07, actor2=CIV + ["homes", "20 homes"], location=JENIN_CAMP, date=D("2025-02-09"),
      source=SAWT + ["witnesses"]),
    # the same shooting told two ways (a boy / "a terrorist who hurled an explosive device") -> one core event, the
    # army's telling a non-core copy; "Last night" in a Tuesday paper -> Monday and Tuesday
    E(True, "an occupation sniper killed the boy Omar Sbeihat, 17, on the outskirts of Qabatiya, south of Jenin", VAC,
      ATTACK, actor1=IDF07, actor2=CIV + ["boy", "Omar Sbeihat"], location=QABATIYA,
      date=D("2025-02-10", "2025-02-11"), killed=R(1), source=SAWT),
    E(False, "its soldiers had \"eliminated a terrorist who hurled an explosive device at the forces\"", VAC, ATTACK,
      actor1=IDF07, actor2=["terrorist"] + QUDS07 + CIV, location=QABATIYA, date=D("2025-02-10", "2025-02-11"),
      killed=R(1), source=ARMY07),
    # the claim -> core, occurred, sourced to the claimant; "achieving confirmed casualties" -> no number; the
    # army's "caused no injuries" -> a non-core copy with injured 0..0 (one object told two ways)
    E(True, "they had detonated a high-explosive device against an occupation bulldozer at the entrance to the camp on Monday",
      EXP, IED, actor1=QUDS07, actor2=IDF07 + ["bulldozer", "occupation bulldozer"], location=JENIN_CAMP,
      date=D("2025-02-10"), source=QUDS07),
    E(False, "the bulldozer had been damaged, saying the blast caused no injuries", EXP, IED, actor1=QUDS07 + UNK,
      actor2=IDF07 + ["bulldozer"], location=JENIN_CAMP, date=D("2025-02-10"), injured=R(0), source=ARMY07),
    # "a 70-year-old man and his grandson" beaten -> injured 2; the cars burned are inside the attack
    E(True, "herds of settlers stormed the village of al-Tuwani in Masafer Yatta, south of Hebron, at dawn on Saturday, beating a 70-year-old man and his grandson with clubs",
      VAC, ATTACK, actor1=SET07, actor2=CIV + ["70-year-old man", "grandson", "village"], location=TUWANI,
      date=D("2025-02-08"), injured=R(2), source=["local activists"] + SAWT),
    # state forces' detention raids told as "kidnapped" -> Arrests (as dev-u-04); a governorate -> names
    E(True, "Occupation forces also kidnapped 25 citizens in dawn raids across the Hebron governorate on Monday", STR,
      ARRESTS, actor1=IDF07, actor2=CIV + ["25 citizens", "citizens"], location=HEBRON_GOV, date=D("2025-02-10"),
      source=["Prisoners' Society", "Palestinian Prisoners' Society"] + SAWT),
    E(False, "Since the start of the aggression on 21 January, 26 martyrs have fallen in Jenin governorate", BAT,
      CLASH, actor1=IDF07, actor2=QUDS07 + CIV, location=JENIN_GOV, date=D("2025-01-21", "2025-02-11"),
      killed=R(26), source=["Ministry of Health", "health ministry"], aggregate=True),
    E(False, "the occupation failed to break the camp in 2002", BAT, CLASH, actor1=IDF07, actor2=QUDS07,
      location=JENIN_CAMP, date=D("2002-01-01", "2002-12-31"), source=SAWT),
    E(False, "the enemy \"will pay a heavy price for every home it destroys\"", BAT, CLASH, actor1=QUDS07,
      actor2=IDF07, location=JENIN_GOV, source=QUDS07, status="planned"),
    # no gold: "the twenty-second day of the Zionist aggression" (the operation as a whole, counted in the tally),
    # the PA "looks on in silence", thousands "driven from the camp" (displacement), "a thorn in the occupation's
    # throat" (a metaphor)
]
E07 += [
    E(False, "occupation blows up homes in the camp", STR, LOOT, actor1=IDF07, actor2=CIV + ["homes"],
      location=JENIN_CAMP, date=D("2025-02-09"), source=SAWT),
    E(False, "settler herds attack al-Tuwani elders", VAC, ATTACK, actor1=SET07, actor2=CIV, location=TUWANI,
      date=D("2025-02-08"), source=SAWT),
]
DOCS.append(("dev-u-07", "Sawt al-Daffa", "2025-02-11", "partisan pro-resistance outlet with slanted language",
             "West Bank/Jenin and Hebron: homes blown up 'On Sunday' ('at least 20'), a boy, 17, shot 'Last night' "
             "and the army's 'terrorist', an Al-Quds Brigades IED claim with the army's 'no injuries', a settler "
             "attack 'at dawn on Saturday' ('a 70-year-old man and his grandson'), raids told as 'kidnapped', a "
             "tally, 2002 background, a metaphor, a threat", T07, E07))
WEEKDAYS += [
    ("dev-u-07", "Tuesday, 11 February 2025 / Last night (end)", "2025-02-11", "Tuesday"),
    ("dev-u-07", "on Monday / Last night (start)", "2025-02-10", "Monday"),
    ("dev-u-07", "On Sunday", "2025-02-09", "Sunday"),
    ("dev-u-07", "at dawn on Saturday", "2025-02-08", "Saturday"),
]

# =============================================================================
# dev-u-08  local TV station's website — south Lebanon: the Bint Jbeil-Ainata road, Odaisseh by Kfar Kila, the outskirts of Marjayoun, Qlayaa south of Marjayoun, near Houla (Wed 3 Sep 2025)
# =============================================================================
T08 = """Israeli drone strike kills man near Bint Jbeil; army says it hit Hezbollah operative

Jabal Amel TV - South News | Published 3 September 2025, 14:20 | Updated 16:05

An Israeli drone fired two missiles at a car on the road between Bint Jbeil and Ainata shortly before noon today, killing the driver and wounding two passers-by, the Health Ministry's Emergency Operations Centre said.

Our cameraman at the scene saw the car burned out at the side of the road. Residents identified the dead man as a 41-year-old builder from Ainata, a father of three.

The Israeli army said in a post on X that its aircraft had "eliminated a Hezbollah terrorist who was involved in attempts to rebuild the organisation's infrastructure in the Bint Jbeil area".

In Marjayoun district, Israeli troops positioned on a hill near Kfar Kila blew up three houses on the edge of the neighbouring town of Odaisseh last night, residents said.

UNIFIL said on Tuesday that an Israeli drone had dropped a grenade near a patrol of peacekeepers on the outskirts of Marjayoun, causing no injuries. "This is the second such incident in a week," a spokesperson said.

The Lebanese Army said its units had found and dismantled three rocket launchers, primed to fire, in an orchard near the town of Qlayaa, south of Marjayoun, on Monday, and had opened an investigation.

UPDATE 16:05 - An Israeli force crossed the border near Houla before dawn and abducted a 58-year-old shepherd, the town's mayor told our channel. The Israeli army later said troops had "detained a suspect who approached the border" and were questioning him.

Since the ceasefire of 27 November, Israeli strikes have killed more than 270 people in Lebanon, according to the Health Ministry.

Israel's defence minister warned on Monday that Israel would "act with full force" if Hezbollah did not disarm. For many families in the south, the ceasefire exists only on paper.
"""

ISR08 = ISRAEL + ["Israeli drone", "its aircraft", "Israeli force", "Israeli troops", "troops"]
HEZ08 = HEZB + ["Hezbollah terrorist", "Hezbollah operative"]
UNIFIL = ["UNIFIL", "United Nations Interim Force in Lebanon", "UN peacekeepers", "peacekeepers"]
LAF = ["Lebanese Army", "Lebanese Armed Forces", "Military Forces of Lebanon", "its units"]
# the Bint Jbeil-Ainata road is ~3 km -> Bint Jbeil's point
BINT_JBEIL = L(["Bint Jbeil", "road between Bint Jbeil and Ainata", "Ainata", "Bint Jbeil area"], 33.12, 35.43, "LB")
ODAISSEH = L(["Odaisseh", "Odaisse", "Adaisseh", "Kfar Kila", "Marjayoun district"], 33.25, 35.55, "LB")
MARJAYOUN = L(["Marjayoun", "outskirts of Marjayoun"], 33.36, 35.59, "LB")
# "near the town of Qlayaa, south of Marjayoun" -> Marjayoun's point (Qlayaa lies within ~3 km)
QLAYAA = L(["Qlayaa", "Qlayaa orchard", "south of Marjayoun", "Marjayoun"], 33.36, 35.59, "LB")
HOULA = L(["Houla", "Hula", "near Houla"], 33.21, 35.52, "LB")
LEB08 = L(["Lebanon", "south Lebanon"], cc="LB")
JATV = ["Jabal Amel TV", "author", "our cameraman"]
HM08 = ["Health Ministry", "Emergency Operations Centre", "Lebanese Health Ministry", "Ministry of Public Health"]
ARMY08 = ["Israeli army", "Israeli military", "IDF"]
E08 = [
    # one strike told two ways (a builder and two passers-by / "a Hezbollah terrorist") -> one core event with the
    # ministry's toll, the army's telling a non-core copy
    E(True, "An Israeli drone fired two missiles at a car on the road between Bint Jbeil and Ainata shortly before noon today, killing the driver and wounding two passers-by",
      EXP, AIR, actor1=ISR08, actor2=CIV + HEZ08 + ["car", "driver", "passers-by", "builder"], location=BINT_JBEIL,
      date=D("2025-09-03"), killed=R(1), injured=R(2), source=HM08 + JATV),
    E(False, "its aircraft had \"eliminated a Hezbollah terrorist who was involved in attempts to rebuild the organisation's infrastructure in the Bint Jbeil area\"",
      EXP, AIR, actor1=ISR08, actor2=HEZ08, location=BINT_JBEIL, date=D("2025-09-03"), killed=R(1),
      source=ARMY08),
    # "last night" in a Wednesday story -> Tuesday and Wednesday; demolition -> Looting/property destruction
    E(True, "Israeli troops positioned on a hill near Kfar Kila blew up three houses on the edge of the neighbouring town of Odaisseh last night",
      STR, LOOT, actor1=ISR08, actor2=CIV + ["three houses", "houses"], location=ODAISSEH,
      date=D("2025-09-02", "2025-09-03"), source=["residents"] + JATV),
    # a grenade dropped from a drone -> Air/drone strike (the guide: any drone strike); "causing no injuries" ->
    # injured 0..0 only; "said on Tuesday" with no date of its own -> the week up to Tuesday
    E(True, "an Israeli drone had dropped a grenade near a patrol of peacekeepers on the outskirts of Marjayoun, causing no injuries",
      EXP, AIR, actor1=ISR08, actor2=UNIFIL + ["patrol", "patrol of peacekeepers"], location=MARJAYOUN,
      date=D("2025-08-27", "2025-09-02"), injured=R(0), source=UNIFIL),
    E(True, "its units had found and dismantled three rocket launchers, primed to fire, in an orchard near the town of Qlayaa",
      STR, DISRUPT, actor1=LAF, actor2=UNK + HEZ08 + ["rocket launchers"], location=QLAYAA, date=D("2025-09-01"),
      source=LAF),
    # a cross-border seizure told as "abducted" (the mayor) and as "detained a suspect" (the army) -> one core
    # Abduction, the army's telling a non-core Arrests copy (added here); "before dawn" in a Wednesday update ->
    # Wednesday
    E(True, "An Israeli force crossed the border near Houla before dawn and abducted a 58-year-old shepherd", VAC,
      ABDUCT, actor1=ISR08, actor2=CIV + ["shepherd", "58-year-old shepherd"], location=HOULA,
      date=D("2025-09-03"), source=["mayor", "town's mayor"] + JATV),
    E(False, "troops had \"detained a suspect who approached the border\"", STR, ARRESTS, actor1=ISR08,
      actor2=["suspect"] + CIV, location=HOULA, date=D("2025-09-03"), source=ARMY08),
    E(False, "Since the ceasefire of 27 November, Israeli strikes have killed more than 270 people in Lebanon", EXP,
      AIR, actor1=ISR08, actor2=HEZ08 + CIV, location=LEB08, date=D("2024-11-27", "2025-09-03"),
      killed=R(271, None), source=HM08, aggregate=True),
    # the minister's conditional threat -> planned
    E(False, "Israel would \"act with full force\" if Hezbollah did not disarm", EXP, AIR, actor1=ISR08,
      actor2=HEZ08, location=LEB08, source=["defence minister", "Israel's defence minister"] + ISRAEL,
      status="planned"),
    # no gold: "the second such incident in a week" (an earlier incident with no detail), the opened
    # investigation, "the ceasefire exists only on paper" (opinion), the car seen burned out (inside the strike)
]
E08.append(E(False, "Israeli drone strike kills man near Bint Jbeil", EXP, AIR, actor1=ISR08, actor2=CIV,
             location=BINT_JBEIL, date=D("2025-09-03"), killed=R(1), source=JATV))
DOCS.append(("dev-u-08", "Jabal Amel TV (website)", "2025-09-03", "local TV station's website with an update",
             "south Lebanon: a drone strike on a car 'shortly before noon today' (a builder, father of three; two "
             "passers-by) and the army's 'Hezbollah terrorist', houses blown up 'last night', a grenade dropped by a "
             "drone near UNIFIL ('causing no injuries'), rocket launchers dismantled 'on Monday', a shepherd "
             "'abducted' / 'detained' near Houla, a tally since the ceasefire, a conditional threat, opinion",
             T08, E08))
WEEKDAYS += [
    ("dev-u-08", "3 September 2025 / today / before dawn / last night (end)", "2025-09-03", "Wednesday"),
    ("dev-u-08", "on Tuesday / last night (start)", "2025-09-02", "Tuesday"),
    ("dev-u-08", "on Monday", "2025-09-01", "Monday"),
]

# =============================================================================
# dev-u-09  magazine feature with events inside a narrative — Yemen: Taiz city (Osaifera, al-Jahmaliya, al-Hawban road), the Sirwah front west of Marib (Tue 26 Nov 2024)
# =============================================================================
T09 = """The water carriers of Taiz

Arabia Review | The Long Read | 26 November 2024 | By Salma Othman

Every morning before sunrise, Amat al-Rahman, 38, walks down from the Osaifera district with two yellow jerrycans. Taiz, divided since 2015 between government forces and the Houthis, has had no working water network for years, and the queue at the charity tap is where the city's news is traded.

Her route changed two weeks ago. On the morning of 12 November, a Houthi sniper on the hills above the district shot her neighbour's daughter, ten-year-old Rahaf, in the shoulder as she waited at the tap, according to the girl's father and a doctor at al-Thawra hospital. The Houthis did not respond to a request for comment.

Last Thursday, shells fell on the al-Jahmaliya neighbourhood in the east of the city, killing a woman and wounding her two sons, aged eight and eleven. The government's Taiz military axis blamed the Houthis; the Houthi-run Saba agency blamed "the mercenaries of the aggression".

Amat's younger brother, a soldier in a government brigade, was wounded last month in fighting with the Houthis on the Sirwah front, west of Marib. He is recovering at home, and he says he will go back.

Since January, 14 children have been hit by sniper fire in the city, according to a local rights group.

In June, the main road to al-Hawban, the Houthi-held industrial district east of the city, was reopened for the first time in nine years under a deal brokered by local mediators. The crossing saves Amat's cousins a six-hour detour, but the water trucks still do not come.

"The city is a prison with the sky as its only open door," Amat says. Neighbours fear that if the fronts move again, the Houthis will try to storm the old city as they did in 2015, and that the tap will be the first thing lost.

She lifts the jerrycans, forty litres in all, and begins the climb home.
"""

HOU09 = HOUTHI + ["Houthi sniper", "Houthi-run Saba agency"]
YGOV09 = ["Yemeni government", "government forces", "Military Forces of Yemen", "Taiz military axis",
          "government brigade", "mercenaries of the aggression", "mercenaries", "Yemeni army", "soldier"]
TAIZ = L(["Taiz", "Osaifera", "Osaifera district", "hills above the district"], 13.58, 44.02, "YE")
JAHMALIYA = L(["al-Jahmaliya", "al-Jahmaliya neighbourhood", "Taiz", "east of the city"], 13.58, 44.02, "YE")
SIRWAH = L(["Sirwah front", "Sirwah", "west of Marib", "Marib"], cc="YE")
HAWBAN = L(["al-Hawban", "Hawban", "road to al-Hawban", "Taiz"], 13.58, 44.02, "YE")
AR = ["Arabia Review", "Salma Othman", "author"]
E09 = [
    # a sniper on a child at a water tap -> Violence against civilians; "ten-year-old Rahaf" -> injured 1
    E(True, "a Houthi sniper on the hills above the district shot her neighbour's daughter, ten-year-old Rahaf, in the shoulder as she waited at the tap",
      VAC, ATTACK, actor1=HOU09, actor2=CIV + ["Rahaf", "daughter", "girl"], location=TAIZ, date=D("2024-11-12"),
      injured=R(1), source=["girl's father", "father", "doctor at al-Thawra hospital", "doctor"] + AR),
    # each side blames the other -> both plus unknown on the core, each blame a non-core copy with its own actor1;
    # "Last Thursday" in a Tuesday piece -> the Thursday before; "a woman ... her two sons" -> 1 and 2
    E(True, "shells fell on the al-Jahmaliya neighbourhood in the east of the city, killing a woman and wounding her two sons",
      EXP, SHELL, actor1=UNK + HOU09 + YGOV09, actor2=CIV + ["woman", "two sons"], location=JAHMALIYA,
      date=D("2024-11-21"), killed=R(1), injured=R(2), source=AR),
    E(False, "The government's Taiz military axis blamed the Houthis", EXP, SHELL, actor1=HOU09, actor2=CIV,
      location=JAHMALIYA, date=D("2024-11-21"), source=["Taiz military axis"] + YGOV09),
    E(False, "the Houthi-run Saba agency blamed \"the mercenaries of the aggression\"", EXP, SHELL, actor1=YGOV09,
      actor2=CIV, location=JAHMALIYA, date=D("2024-11-21"), source=["Saba", "Saba agency"] + HOUTHI),
    # a place, a month and a wounded man told in a life story -> core (added here: "last month" -> the calendar
    # month before publication; only the government's wounded counted -> injured 1..open)
    E(True, "was wounded last month in fighting with the Houthis on the Sirwah front, west of Marib", BAT, CLASH,
      actor1=YGOV09 + HOU09, actor2=HOU09 + YGOV09, location=SIRWAH, date=D("2024-10-01", "2024-10-31"),
      injured=R(1, None), source=AR),
    E(False, "Since January, 14 children have been hit by sniper fire in the city", VAC, ATTACK, actor1=HOU09 + UNK,
      actor2=CIV + ["children"], location=TAIZ, date=D("2024-01-01", "2024-11-26"), casualties=R(14),
      source=["local rights group", "rights group"], aggregate=True),
    # the road deal in June: brief background inside the narrative -> non-core Agreement
    E(False, "the main road to al-Hawban, the Houthi-held industrial district east of the city, was reopened for the first time in nine years under a deal brokered by local mediators",
      STR, AGREE, actor1=HOU09 + YGOV09 + ["local mediators"], actor2=YGOV09 + HOU09, location=HAWBAN,
      date=D("2024-06-01", "2024-06-30"), source=AR),
    # the neighbours' fear of an assault -> hypothetical; 2015 -> background
    E(False, "the Houthis will try to storm the old city", BAT, CLASH, actor1=HOU09, actor2=YGOV09, location=TAIZ,
      source=["Neighbours", "neighbours"], status="hypothetical"),
    E(False, "as they did in 2015", BAT, CLASH, actor1=HOU09, actor2=YGOV09, location=TAIZ,
      date=D("2015-01-01", "2015-12-31"), source=["Neighbours"] + AR),
    # no gold: "divided since 2015" (a standing situation), "he will go back", "a prison with the sky as its only
    # open door" (a metaphor), the water trucks, "the tap will be the first thing lost"
]
DOCS.append(("dev-u-09", "Arabia Review (long read)", "2024-11-26", "magazine feature with events inside a narrative",
             "Yemen/Taiz and Marib: a sniper on a ten-year-old girl 'On the morning of 12 November', shells 'Last "
             "Thursday' ('a woman ... her two sons, aged eight and eleven') blamed by each side on the other, a "
             "brother wounded 'last month' on the Sirwah front, a count of children hit, a road deal in June, a "
             "fear and 2015 background, a metaphor", T09, E09))
WEEKDAYS += [
    ("dev-u-09", "26 November 2024", "2024-11-26", "Tuesday"),
    ("dev-u-09", "Last Thursday", "2024-11-21", "Thursday"),
]

# =============================================================================
# dev-u-10  local radio station's bulletin (text version) — Somalia/Lower Shabelle: Awdheegle, Afgooye's livestock market, near Janaale in Marka district, Qoryoley district, Sablaale (Mon 17 Nov 2025)
# =============================================================================
T10 = """Evening bulletin: army repels al-Shabaab attack on Awdheegle base; mortar shells hit Afgooye livestock market

Radio Afgooye Live FM | Evening news bulletin, text version | Monday 17 November 2025

Good evening. Here are tonight's main stories from Lower Shabelle.

Al-Shabaab fighters attacked a Somali National Army base in the town of Awdheegle overnight Saturday into Sunday. The army's regional commander, Colonel Abdiqani Warsame, told our reporter that the attackers were driven back after a two-hour battle, leaving "more than a dozen" of their dead behind. One soldier was killed, he said. Al-Shabaab's Radio Andalus claimed that its fighters had "overrun" the base and killed "nine apostate soldiers".

On Sunday afternoon, three mortar shells landed in the livestock market of Afgooye, killing or wounding at least ten people, the district commissioner said. Hours later, a nurse at Afgooye hospital told us four of them had died, among them a boy of twelve. No group has claimed the shelling, but al-Shabaab has fired on the town before.

In the early hours of today, a drone struck a vehicle near Janaale, in Marka district, killing five people whom residents described as al-Shabaab commanders. Residents said the drone was either Turkish or American; neither government has commented.

In Qoryoley district, militias from two local clans fought over farmland on Saturday, killing three people, elders told Radio Afgooye. Elders from both sides are meeting in Qoryoley town tomorrow to agree a ceasefire.

Residents of Sablaale, which is controlled by al-Shabaab, said the group publicly executed two men on Friday after its court found them guilty of spying for the government.

Awdheegle has been attacked four times since government forces took it back from al-Shabaab in 2019. In its statement, the group promised more attacks on "the bases of the apostates".

That was the news. Stay with us for the farmers' programme.
"""

SHAB = ["al-Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab", "Radio Andalus",
        "al-Shabaab fighters", "attackers", "al-Shabaab commanders"]
SNA = ["Somali National Army", "SNA", "Somali army", "Military Forces of Somalia", "government forces", "soldier",
       "apostate soldiers", "apostates", "army"]
CLANS10 = ["clan militias", "militias from two local clans", "clan militia", "Clan Militia", "militias"]
AWDHEEGLE = L(["Awdheegle", "Awdhegle", "Audegle", "Lower Shabelle"], cc="SO")
AFGOOYE = L(["Afgooye", "Afgoye", "livestock market of Afgooye", "livestock market"], 2.14, 45.12, "SO")
JANAALE = L(["Janaale", "Jannaale", "near Janaale", "Marka district"], 1.81, 44.70, "SO")
QORYOLEY = L(["Qoryoley district", "Qoryoley", "Qoryooley"], cc="SO")
SABLAALE = L(["Sablaale", "Sablale", "Lower Shabelle"], cc="SO")
RAF = ["Radio Afgooye Live FM", "Radio Afgooye", "author", "our reporter"]
COL10 = ["Abdiqani Warsame", "regional commander", "army's regional commander"] + SNA
E10 = [
    # the army's version: "more than a dozen" attackers dead plus one soldier, both from one source -> 13+1 =
    # 14..open; "overnight Saturday into Sunday" -> both days
    E(True, "Al-Shabaab fighters attacked a Somali National Army base in the town of Awdheegle overnight Saturday into Sunday",
      BAT, CLASH, actor1=SHAB + SNA, actor2=SNA + ["base"] + SHAB, location=AWDHEEGLE,
      date=D("2025-11-15", "2025-11-16"), killed=R(14, None), source=COL10 + RAF),
    E(False, "the attackers were driven back after a two-hour battle, leaving \"more than a dozen\" of their dead behind",
      BAT, CLASH, actor1=SHAB, actor2=SNA, location=AWDHEEGLE, date=D("2025-11-15", "2025-11-16"),
      killed=R(13, None), source=COL10),
    # the claimant's version with another outcome ("overrun" the base) -> a core event of its own, Battles/Non-state
    # actor overtakes territory (added here), killed 9 (the claimed soldiers)
    E(True, "its fighters had \"overrun\" the base and killed \"nine apostate soldiers\"", BAT, NSAOVER,
      actor1=SHAB, actor2=SNA, location=AWDHEEGLE, date=D("2025-11-15", "2025-11-16"), killed=R(9),
      source=["Radio Andalus", "Al-Shabaab"]),
    # "killing or wounding at least ten" -> casualties 10..open; the four dead a sentence later -> killed 4 folded
    # in, the nurse's figure a non-core copy; no claim, the text points at al-Shabaab -> al-Shabaab plus unknown
    E(True, "three mortar shells landed in the livestock market of Afgooye, killing or wounding at least ten people",
      EXP, SHELL, actor1=UNK + SHAB, actor2=CIV + ["livestock market", "people"], location=AFGOOYE,
      date=D("2025-11-16"), killed=R(4), casualties=R(10, None),
      source=["district commissioner", "nurse at Afgooye hospital"] + RAF),
    E(False, "four of them had died, among them a boy of twelve", EXP, SHELL, actor1=UNK + SHAB, actor2=CIV,
      location=AFGOOYE, date=D("2025-11-16"), killed=R(4), source=["nurse", "nurse at Afgooye hospital"]),
    # "either Turkish or American" -> both plus unknown; "In the early hours of today" -> Monday
    E(True, "a drone struck a vehicle near Janaale, in Marka district, killing five people", EXP, AIR,
      actor1=UNK + ["Turkey", "Turkish", "Military Forces of Turkey", "United States", "American",
                    "Military Forces of the United States", "US military"],
      actor2=SHAB + CIV + ["vehicle", "five people"], location=JANAALE, date=D("2025-11-17"), killed=R(5),
      source=["residents", "Residents"] + RAF),
    E(True, "militias from two local clans fought over farmland on Saturday, killing three people", BAT, CLASH,
      actor1=CLANS10, actor2=CLANS10, location=QORYOLEY, date=D("2025-11-15"), killed=R(3),
      source=["elders"] + RAF),
    # the elders' meeting "tomorrow to agree a ceasefire" -> planned Agreement, undated (goldkit allows no date
    # after publication)
    E(False, "Elders from both sides are meeting in Qoryoley town tomorrow to agree a ceasefire", STR, AGREE,
      actor1=CLANS10 + ["Elders"], actor2=CLANS10, location=QORYOLEY,
      source=["Elders"] + RAF, status="planned"),
    E(True, "the group publicly executed two men on Friday", VAC, ATTACK, actor1=SHAB + ["group", "its court"],
      actor2=CIV + ["two men", "men"], location=SABLAALE, date=D("2025-11-14"), killed=R(2),
      source=["Residents of Sablaale", "residents"]),
    E(False, "Awdheegle has been attacked four times since government forces took it back from al-Shabaab in 2019",
      BAT, CLASH, actor1=SHAB, actor2=SNA, location=AWDHEEGLE, date=D("2019-01-01", "2025-11-17"), source=RAF,
      aggregate=True),
    E(False, "government forces took it back from al-Shabaab in 2019", BAT, GOVREGAIN, actor1=SNA, actor2=SHAB,
      location=AWDHEEGLE, date=D("2019-01-01", "2019-12-31"), source=RAF),
    E(False, "the group promised more attacks on \"the bases of the apostates\"", BAT, CLASH, actor1=SHAB,
      actor2=SNA, location=L(["Lower Shabelle", "Somalia"], cc="SO"), source=SHAB, status="planned"),
    # no gold: "al-Shabaab has fired on the town before" (generic), "neither government has commented", the
    # court's verdict (inside the execution)
]
E10 += [
    E(False, "army repels al-Shabaab attack on Awdheegle base", BAT, CLASH, actor1=SHAB + SNA, actor2=SNA + SHAB,
      location=AWDHEEGLE, date=D("2025-11-15", "2025-11-16"), source=RAF),
    E(False, "mortar shells hit Afgooye livestock market", EXP, SHELL, actor1=UNK + SHAB, actor2=CIV,
      location=AFGOOYE, date=D("2025-11-16"), source=RAF),
]
DOCS.append(("dev-u-10", "Radio Afgooye Live FM (bulletin)", "2025-11-17", "local radio station's evening bulletin",
             "Somalia/Lower Shabelle: an attack on Awdheegle 'overnight Saturday into Sunday' in two versions (the "
             "army's 'more than a dozen' plus one soldier / al-Shabaab's 'overrun' and 'nine apostate soldiers'), "
             "mortars on a market ('killing or wounding at least ten', four dead 'Hours later', 'a boy of twelve'), "
             "a drone 'either Turkish or American' 'In the early hours of today', a clan clash, a planned "
             "ceasefire, an execution 'on Friday', a count, 2019 background, a vow", T10, E10))
WEEKDAYS += [
    ("dev-u-10", "Monday 17 November 2025 / today", "2025-11-17", "Monday"),
    ("dev-u-10", "overnight Saturday into Sunday (end) / On Sunday afternoon", "2025-11-16", "Sunday"),
    ("dev-u-10", "overnight Saturday into Sunday (start) / on Saturday", "2025-11-15", "Saturday"),
    ("dev-u-10", "on Friday", "2025-11-14", "Friday"),
]

# =============================================================================
# dev-u-11  regional newspaper's weekly round-up with town datelines — Mali/Mopti and Timbuktu: a village about 15 km east of Bankass, near Dinangourou (Koro), Sofara (Djenné), the Boni-Hombori road, Timbuktu's airport, Sévaré (Thu 5 Mar 2026)
# =============================================================================
T11 = """Centre and North: the week in brief

L'Echo du Delta (English edition) | Mopti | Thursday 5 March 2026

BANKASS - Armed men on motorcycles attacked a village about 15 km east of Bankass on Monday evening, killing eleven civilians, including the village chief, and burning granaries, a local councillor said. He blamed JNIM fighters; the group has not commented.

KORO - Fighters of the Dogon militia Dan Na Ambassagou clashed with JNIM near Dinangourou on Tuesday. A spokesman for the militia said it had lost "three or four" men and killed "many" jihadists.

DJENNE - Residents of Sofara say soldiers accompanied by foreign fighters, whom they took to be members of Russia's Africa Corps, rounded up and shot seven men at the weekly fair on Sunday. The army said in a statement that it had "neutralised terrorists" during a reconnaissance mission in the Djenné area the same day, and rejected "any allegation of abuses against civilians".

BONI - A passenger bus struck an explosive device on the road between Boni and Hombori on Wednesday morning, killing at least six people and wounding nine, a medical source in Douentza said. Posts on social media had earlier spoken of "a dozen dead".

TIMBUKTU - Several rockets fell near the airport on Tuesday night. There was no damage and no casualties, the regional governor's office said, blaming "armed terrorist groups".

SEVARE - Several hundred women traders marched peacefully through Sévaré on Wednesday to demand that the army reopen the roads to Boni and Douentza, where JNIM's blockade has emptied the markets. The march ended without incident.

OUR VIEW - The centre is bleeding from a thousand small cuts. The governor promised on Wednesday that a "large-scale operation" would soon free the blockaded roads; we have heard such promises before.
"""

JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "jihadists",
        "terrorists", "armed terrorist groups"]
DNA = ["Dan Na Ambassagou", "Dogon militia", "militia", "Dozo"]
FAMA = ["Malian army", "Malian Armed Forces", "FAMa", "Military Forces of Mali", "army", "soldiers"]
AFRICA_CORPS = ["Africa Corps", "Russia's Africa Corps", "Russian", "Wagner", "foreign fighters"]
# "about 15 km east of Bankass" -> LKM from Bankass
BANKASS_E = LKM(["east of Bankass", "Bankass", "village"], 14.08, -3.52, 15, 90, "ML")
DINANGOUROU = L(["Dinangourou", "near Dinangourou", "Koro"], cc="ML")
SOFARA = L(["Sofara", "weekly fair", "Djenné area", "Djenné", "Djenne"], cc="ML")
DJENNE = L(["Djenné area", "Djenné", "Djenne", "Sofara"], 13.91, -4.55, "ML")
BONI_RD = L(["road between Boni and Hombori", "Boni", "Hombori", "Douentza"], cc="ML")
TIMBUKTU = L(["Timbuktu", "Tombouctou", "near the airport", "Timbuktu airport"], 16.73, -3.01, "ML")
SEVARE = L(["Sévaré", "Sevare"], 14.53, -4.10, "ML")
MOPTI = L(["Mopti region", "centre", "Boni", "Douentza"], cc="ML")
EDD = ["L'Echo du Delta", "Echo du Delta", "author"]
E11 = [
    # "Monday evening"; the councillor's blame -> JNIM plus unknown; "eleven civilians, including the village
    # chief" -> 11
    E(True, "Armed men on motorcycles attacked a village about 15 km east of Bankass on Monday evening, killing eleven civilians",
      VAC, ATTACK, actor1=UNK + JNIM + ["Armed men"], actor2=CIV + ["village", "village chief", "eleven civilians"],
      location=BANKASS_E, date=D("2026-03-02"), killed=R(11), source=["local councillor", "councillor"] + EDD),
    # one side's own dead "three or four" and the other's "many" -> killed 3..open
    E(True, "Fighters of the Dogon militia Dan Na Ambassagou clashed with JNIM near Dinangourou on Tuesday", BAT,
      CLASH, actor1=DNA + JNIM, actor2=JNIM + DNA, location=DINANGOUROU, date=D("2026-03-03"), killed=R(3, None),
      source=["spokesman", "militia spokesman"] + DNA + EDD),
    # residents: an execution of seven men; the army names another object ("terrorists") -> a core event of its
    # own (Battles, no number); its rejection of abuses -> a non-core denied copy of the residents' event
    E(True, "soldiers accompanied by foreign fighters, whom they took to be members of Russia's Africa Corps, rounded up and shot seven men at the weekly fair on Sunday",
      VAC, ATTACK, actor1=FAMA + AFRICA_CORPS, actor2=CIV + ["seven men", "men"], location=SOFARA,
      date=D("2026-03-01"), killed=R(7), source=["Residents of Sofara", "residents"]),
    E(True, "it had \"neutralised terrorists\" during a reconnaissance mission in the Djenné area the same day", BAT,
      CLASH, actor1=FAMA, actor2=JNIM + ["terrorists"], location=DJENNE, date=D("2026-03-01"),
      source=["army", "army statement"] + FAMA),
    E(False, "rejected \"any allegation of abuses against civilians\"", VAC, ATTACK, actor1=FAMA + AFRICA_CORPS,
      actor2=CIV, location=DJENNE, date=D("2026-03-01"), source=["army"] + FAMA, status="denied"),
    # a higher earlier figure from social media ("a dozen dead") and the medical source's "at least six" -> the
    # core keeps the named source's figure, the rumour a non-core copy with its own (added here)
    E(True, "A passenger bus struck an explosive device on the road between Boni and Hombori on Wednesday morning, killing at least six people and wounding nine",
      EXP, IED, actor1=UNK + JNIM, actor2=CIV + ["passenger bus", "bus", "people"], location=BONI_RD,
      date=D("2026-03-04"), killed=R(6, None), injured=R(9), source=["medical source", "medical source in Douentza"] + EDD),
    E(False, "Posts on social media had earlier spoken of \"a dozen dead\"", EXP, IED, actor1=UNK + JNIM,
      actor2=CIV, location=BONI_RD, date=D("2026-03-04"), killed=R(12), source=["social media", "Posts on social media"]),
    # "on Tuesday night" -> Tuesday and Wednesday; "no damage and no casualties" -> 0..0 both; the governor's
    # "armed terrorist groups" names no group -> unknown plus the label
    E(True, "Several rockets fell near the airport on Tuesday night", EXP, SHELL,
      actor1=UNK + ["armed terrorist groups", "terrorist groups"], actor2=["airport", "Timbuktu airport"] + FAMA,
      location=TIMBUKTU, date=D("2026-03-03", "2026-03-04"), killed=R(0), injured=R(0),
      source=["regional governor's office", "governor's office", "governor"] + EDD),
    E(True, "Several hundred women traders marched peacefully through Sévaré on Wednesday", PRO, PEACEFUL,
      actor1=PROTESTERS + ["women traders", "traders", "women"], location=SEVARE, date=D("2026-03-04"), source=EDD),
    # JNIM's blockade (a standing situation) -> no gold; the governor's promised operation -> planned
    E(False, "a \"large-scale operation\" would soon free the blockaded roads", BAT, CLASH, actor1=FAMA,
      actor2=JNIM, location=MOPTI, source=["governor", "regional governor"], status="planned"),
    # no gold: the blockade "has emptied the markets", "The march ended without incident", "bleeding from a
    # thousand small cuts" (a metaphor), "we have heard such promises before" (opinion)
]
DOCS.append(("dev-u-11", "L'Echo du Delta (English edition)", "2026-03-05",
             "regional newspaper's weekly round-up with town datelines and an editorial line",
             "Mali/Mopti and Timbuktu: a village attack 'about 15 km east of Bankass' ('eleven civilians, including "
             "the village chief'), a Dan Na Ambassagou clash ('three or four' / 'many'), a killing at a fair by "
             "soldiers and 'foreign fighters' beside the army's 'neutralised terrorists' and its rejection, a bus "
             "bomb ('at least six' / social media's 'a dozen'), rockets 'on Tuesday night' ('no damage and no "
             "casualties'), a march, a promised operation, a metaphor", T11, E11))
WEEKDAYS += [
    ("dev-u-11", "Thursday 5 March 2026", "2026-03-05", "Thursday"),
    ("dev-u-11", "on Wednesday morning / on Wednesday / Tuesday night (end)", "2026-03-04", "Wednesday"),
    ("dev-u-11", "on Tuesday / on Tuesday night", "2026-03-03", "Tuesday"),
    ("dev-u-11", "on Monday evening", "2026-03-02", "Monday"),
    ("dev-u-11", "on Sunday", "2026-03-01", "Sunday"),
]

# =============================================================================
# dev-u-12  UN agency flash update — DR Congo/Ituri: a displacement site about 30 km north of Bunia (Djugu), near Komanda (Irumu), the Fataki area (Djugu) (Tue 9 Dec 2025)
# =============================================================================
T12 = """DR Congo: Ituri - Flash Update No. 4: attack on a displacement site in Djugu territory (as of 9 December 2025)

United Nations Office for the Coordination of Humanitarian Affairs (OCHA) | Bunia | 9 December 2025

KEY POINTS
- At least 12 displaced people killed in an attack on a site north of Bunia.
- Humanitarian activities suspended in parts of Djugu territory.

SITUATION OVERVIEW
During the night of 6 to 7 December, armed men identified by local sources as CODECO militiamen attacked a displacement site about 30 km north of Bunia, in Djugu territory, killing at least 12 displaced people, including five children, with machetes and firearms, and wounding 18 others. Some 60 shelters were set on fire. On 8 December, local authorities raised the toll to 17 after more bodies were found in the surrounding bush.

MONUSCO said its peacekeepers based near the site exchanged fire with the attackers and forced them to withdraw. CODECO, in a statement on social media, denied any involvement and accused the rival Zaïre militia.

On 5 December, suspected Allied Democratic Forces (ADF) fighters attacked farmers in their fields near Komanda, in Irumu territory, killing six. Three other farmers are missing and may have been abducted.

In the Fataki area, fighting between the Congolese armed forces (FARDC) and combatants of the Convention for the Popular Revolution (CRP) on 4 December forced some 3,000 people to flee. The number of casualties is not known.

Since January 2025, partners have recorded over 1,000 civilians killed in Ituri province.

HUMANITARIAN IMPACT AND RESPONSE
About 9,000 people have left the site since the attack, most of them for Bunia. Partners have suspended mobile clinics in the area until security improves. Humanitarian organisations warn that further attacks on sites are likely if the security presence is not reinforced before the end of the year.

This update is based on information from humanitarian partners and local authorities. Figures are preliminary and may change.
"""

CODECO = ["CODECO", "Cooperative for the Development of Congo", "Coopérative pour le développement du Congo",
          "CODECO militiamen", "armed men", "attackers"]
ZAIRE = ["Zaïre", "Zaire", "Zaïre militia", "Zaire militia", "ALC"]
MONUSCO = ["MONUSCO", "United Nations Organization Stabilization Mission in the DR Congo", "peacekeepers",
           "UN peacekeepers"]
ADF = ["Allied Democratic Forces", "ADF", "ISCAP", "Islamic State Central Africa Province"]
FARDC = ["FARDC", "Congolese armed forces", "Military Forces of the Democratic Republic of Congo", "army"]
CRP = ["Convention for the Popular Revolution", "CRP", "Convention pour la Révolution Populaire"]
DISPL = CIV + ["displaced people", "displacement site", "site", "shelters"]
# "about 30 km north of Bunia" -> LKM from Bunia
SITE12 = LKM(["displacement site", "north of Bunia", "Bunia", "Djugu territory", "Djugu"], 1.56, 30.25, 30, 0, "CD")
KOMANDA = L(["Komanda", "near Komanda", "Irumu territory"], 1.37, 29.78, "CD")
FATAKI = L(["Fataki", "Fataki area", "Djugu territory"], cc="CD")
ITURI = L(["Ituri", "Ituri province"], cc="CD")
OCHA = ["OCHA", "United Nations Office for the Coordination of Humanitarian Affairs", "United Nations", "author"]
E12 = [
    # "identified by local sources as CODECO" -> CODECO plus unknown; "During the night of 6 to 7 December" -> both
    # days; "at least 12" raised to 17 -> 12..open (as dev_q/dev_r), the raised toll and the key point non-core
    # copies; "including five children ... wounding 18 others" -> injured 18
    E(True, "armed men identified by local sources as CODECO militiamen attacked a displacement site about 30 km north of Bunia, in Djugu territory, killing at least 12 displaced people",
      VAC, ATTACK, actor1=CODECO + UNK, actor2=DISPL, location=SITE12, date=D("2025-12-06", "2025-12-07"),
      killed=R(12, None), injured=R(18), source=["local sources", "local authorities"] + OCHA),
    E(False, "local authorities raised the toll to 17", VAC, ATTACK, actor1=CODECO + UNK, actor2=DISPL,
      location=SITE12, date=D("2025-12-06", "2025-12-07"), killed=R(17), source=["local authorities"]),
    E(False, "At least 12 displaced people killed in an attack on a site north of Bunia", VAC, ATTACK,
      actor1=CODECO + UNK, actor2=DISPL, location=SITE12, date=D("2025-12-06", "2025-12-07"), killed=R(12, None),
      source=OCHA),
    # the peacekeepers' fight with the attackers -> a Battles event of its own, MONUSCO's telling
    E(True, "its peacekeepers based near the site exchanged fire with the attackers and forced them to withdraw", BAT,
      CLASH, actor1=MONUSCO + CODECO, actor2=CODECO + UNK + MONUSCO, location=SITE12,
      date=D("2025-12-06", "2025-12-07"), source=MONUSCO),
    # the denial and the counter-blame -> non-core: a denied copy (CODECO) and a copy with the Zaïre militia
    E(False, "CODECO, in a statement on social media, denied any involvement", VAC, ATTACK, actor1=CODECO,
      actor2=DISPL, location=SITE12, date=D("2025-12-06", "2025-12-07"), source=CODECO, status="denied"),
    E(False, "accused the rival Zaïre militia", VAC, ATTACK, actor1=ZAIRE, actor2=DISPL, location=SITE12,
      date=D("2025-12-06", "2025-12-07"), source=CODECO),
    # "suspected" ADF -> ADF plus unknown; the missing who "may have been abducted" -> a non-core Abduction,
    # status possible (as dev_r)
    E(True, "suspected Allied Democratic Forces (ADF) fighters attacked farmers in their fields near Komanda, in Irumu territory, killing six",
      VAC, ATTACK, actor1=ADF + UNK, actor2=CIV + ["farmers"], location=KOMANDA, date=D("2025-12-05"), killed=R(6),
      source=OCHA),
    E(False, "Three other farmers are missing and may have been abducted", VAC, ABDUCT, actor1=ADF + UNK,
      actor2=CIV + ["farmers"], location=KOMANDA, date=D("2025-12-05"), source=OCHA, status="possible"),
    # "The number of casualties is not known" -> no number field
    E(True, "fighting between the Congolese armed forces (FARDC) and combatants of the Convention for the Popular Revolution (CRP) on 4 December",
      BAT, CLASH, actor1=FARDC + CRP, actor2=CRP + FARDC, location=FATAKI, date=D("2025-12-04"), source=OCHA),
    E(False, "partners have recorded over 1,000 civilians killed in Ituri province", VAC, ATTACK,
      actor1=CODECO + ADF + UNK, actor2=CIV, location=ITURI, date=D("2025-01-01", "2025-12-09"),
      killed=R(1001, None), source=["partners"] + OCHA, aggregate=True),
    E(False, "further attacks on sites are likely if the security presence is not reinforced", VAC, ATTACK,
      actor1=CODECO + UNK, actor2=DISPL, location=L(["Djugu territory", "Djugu", "Ituri"], cc="CD"),
      source=["Humanitarian organisations"] + OCHA, status="hypothetical"),
    # no gold: the shelters set on fire (inside the attack), "Humanitarian activities suspended", the flight of
    # 3,000 and 9,000 people (displacement), the method note
]
DOCS.append(("dev-u-12", "OCHA (flash update)", "2025-12-09", "UN agency flash update",
             "DR Congo/Ituri: an attack on a displacement site 'about 30 km north of Bunia' 'During the night of 6 "
             "to 7 December' ('at least 12' raised to 17, 'including five children') by men 'identified by local "
             "sources as CODECO', the peacekeepers' fight, CODECO's denial and counter-blame, an ADF attack near "
             "Komanda with the missing who 'may have been abducted', a clash with 'The number of casualties is not "
             "known', a year's count, a warning", T12, E12))
WEEKDAYS += [
    ("dev-u-12", "9 December 2025", "2025-12-09", "Tuesday"),
]

# =============================================================================
# dev-u-13  armed group's press statement — Myanmar/Rakhine: a village about 10 km north of Ponnagyun, villages on the edge of Kyaukphyu, a hilltop outpost in Kyaukphyu Township, Sittwe, Maungdaw (Thu 16 Jan 2025)
# =============================================================================
T13 = """Arakan Army statement on the military council's air and naval attacks on civilians in Ponnagyun and Kyaukphyu

United League of Arakan / Arakan Army (ULA/AA) | Information Department | Statement No. 03/2025 | 16 January 2025 (unofficial English translation)

1. At about 2:30 pm on 13 January 2025, two jet fighters of the terrorist military council dropped four 500-pound bombs on a village about 10 km north of Ponnagyun town, where there was no military target, killing twenty-one civilians, among them eight children and three elderly women, and wounding more than thirty. The council's television later claimed that its aircraft had struck "an AA terrorist training camp".

2. On the following day, a navy vessel of the military council fired heavy shells from the sea at villages on the edge of Kyaukphyu town. Two fishermen were killed and a house burned down.

3. In Sittwe, the military council's troops continue to seize young men for forced conscription. On 11 and 12 January, at least 40 youths were taken from their homes and from the market.

4. On 10 January, after three days of fighting, our revolutionary forces captured a hilltop outpost of the military council's battalion in Kyaukphyu Township, seizing weapons and ammunition. Fourteen enemy soldiers were captured alive; the rest fled.

5. The military council's claim that the Arakan Army killed Muslim villagers near Maungdaw is entirely fabricated. The AA has never targeted civilians of any faith.

6. Since November 2023, the military council's air and artillery attacks have killed more than 600 civilians in Arakan.

7. The AA warns all military council troops remaining in Kyaukphyu and Sittwe that, unless they surrender, they will face "the full strength of the revolution". The people of Arakan will not kneel.
"""

AA = ["Arakan Army", "ULA/AA", "United League of Arakan", "revolutionary forces", "our revolutionary forces"]
JUNTA = ["military council", "Military Forces of Myanmar", "Myanmar military", "Tatmadaw", "junta",
         "terrorist military council", "jet fighters", "navy vessel", "Myanmar navy", "troops",
         "enemy soldiers", "battalion"]
# "about 10 km north of Ponnagyun town" -> LKM from Ponnagyun
PONNAGYUN_N = LKM(["north of Ponnagyun", "Ponnagyun", "Ponnagyun town", "Ponnagyun Township", "village"], 20.33,
                  93.00, 10, 0, "MM")
PONNAGYUN = L(["Ponnagyun", "Ponnagyun Township"], 20.33, 93.00, "MM")
KYAUKPHYU = L(["Kyaukphyu", "Kyaukphyu town", "edge of Kyaukphyu town"], 19.43, 93.55, "MM")
KYAUKPHYU_TS = L(["Kyaukphyu Township", "Kyaukphyu", "hilltop outpost"], cc="MM")
SITTWE = L(["Sittwe", "Sittwe market"], 20.15, 92.90, "MM")
MAUNGDAW = L(["Maungdaw", "near Maungdaw"], 20.82, 92.37, "MM")
ARAKAN = L(["Arakan", "Rakhine", "Rakhine State"], cc="MM")
AASRC = ["Arakan Army", "ULA/AA", "Information Department", "author"]
JTV = ["council's television", "military council's television", "MRTV", "military council"]
E13 = [
    # kin and ages, counts in words -> killed 21, "more than thirty" -> injured 31..open
    E(True, "two jet fighters of the terrorist military council dropped four 500-pound bombs on a village about 10 km north of Ponnagyun town",
      EXP, AIR, actor1=JUNTA, actor2=CIV + ["village"], location=PONNAGYUN_N, date=D("2025-01-13"),
      killed=R(21), injured=R(31, None), source=AASRC),
    # the junta's television names another object -> a core event of its own
    E(True, "its aircraft had struck \"an AA terrorist training camp\"", EXP, AIR, actor1=JUNTA,
      actor2=AA + ["AA terrorist training camp", "training camp"], location=PONNAGYUN, date=D("2025-01-13"),
      source=JTV),
    # shells fired from a ship -> Shelling/artillery/missile attack; "On the following day" -> 14 January; the
    # toll a sentence later -> folded in, the sentence a non-core copy
    E(True, "a navy vessel of the military council fired heavy shells from the sea at villages on the edge of Kyaukphyu town",
      EXP, SHELL, actor1=JUNTA, actor2=CIV + ["villages", "fishermen"], location=KYAUKPHYU, date=D("2025-01-14"),
      killed=R(2), source=AASRC),
    E(False, "Two fishermen were killed and a house burned down", EXP, SHELL, actor1=JUNTA, actor2=CIV,
      location=KYAUKPHYU, date=D("2025-01-14"), killed=R(2), source=AASRC),
    # forced conscription seizures by the state -> Arrests (as dev-u-04)
    E(True, "On 11 and 12 January, at least 40 youths were taken from their homes and from the market", STR, ARRESTS,
      actor1=JUNTA, actor2=CIV + ["youths", "young men"], location=SITTWE, date=D("2025-01-11", "2025-01-12"),
      source=AASRC),
    # "after three days of fighting" ending 10 January -> 8 to 10 January; prisoners are no casualties
    E(True, "our revolutionary forces captured a hilltop outpost of the military council's battalion in Kyaukphyu Township",
      BAT, NSAOVER, actor1=AA, actor2=JUNTA + ["hilltop outpost", "outpost"], location=KYAUKPHYU_TS,
      date=D("2025-01-08", "2025-01-10"), source=AASRC),
    E(False, "the Arakan Army killed Muslim villagers near Maungdaw", VAC, ATTACK, actor1=AA,
      actor2=CIV + ["Muslim villagers", "villagers", "Rohingya"], location=MAUNGDAW, source=AASRC,
      status="denied"),
    E(False, "the military council's air and artillery attacks have killed more than 600 civilians in Arakan", EXP,
      AIR, actor1=JUNTA, actor2=CIV, location=ARAKAN, date=D("2023-11-01", "2025-01-16"), killed=R(601, None),
      source=AASRC, aggregate=True),
    E(False, "unless they surrender, they will face \"the full strength of the revolution\"", BAT, CLASH,
      actor1=AA, actor2=JUNTA, location=L(["Kyaukphyu", "Sittwe", "Rakhine"], cc="MM"), source=AASRC,
      status="planned"),
    # no gold: "where there was no military target" (the AA's assertion inside the strike), the seized weapons and
    # the fourteen prisoners (inside the capture), "never targeted civilians of any faith" (a generic denial),
    # "The people of Arakan will not kneel" (a slogan)
]
DOCS.append(("dev-u-13", "United League of Arakan / Arakan Army (statement)", "2025-01-16",
             "armed group's numbered press statement",
             "Myanmar/Rakhine: a junta air strike 'about 10 km north of Ponnagyun town' ('twenty-one civilians, "
             "among them eight children', 'more than thirty' wounded) beside the junta's 'training camp', naval "
             "shelling 'On the following day' with the dead a sentence later, conscription seizures, an outpost "
             "captured 'after three days of fighting', a denial, a count, a threat, a slogan", T13, E13))
WEEKDAYS += [
    ("dev-u-13", "16 January 2025", "2025-01-16", "Thursday"),
]

# =============================================================================
# dev-u-14  fact-checking desk — Sudan/Kordofan: a health centre in east El Obeid, Um Sumeima about 30 km west of El Obeid, a fuel market in Dilling; Khartoum (2023) as background (Tue 28 Oct 2025)
# =============================================================================
T14 = """Fact check: what we can and cannot verify about the El Obeid drone strike

Nile Observer Verify Desk | Tuesday 28 October 2025 | By the verification team

CLAIM 1: Posts shared widely since Sunday say a Rapid Support Forces (RSF) drone struck a hospital in El Obeid, North Kordofan, "killing dozens of patients".

VERDICT: Partly true. Geolocation shows the footage was filmed at a health centre in the east of the city, not at the main hospital. The state governor's office said on Sunday that an RSF drone had hit the centre that morning, killing eight people, including two nurses, and wounding 15. A doctor at El Obeid Teaching Hospital told us he had received five bodies and "more than a dozen" wounded from the site. We found no evidence for "dozens" of dead.

The RSF denied targeting any medical facility and said its drones had struck "a military warehouse of the Burhan militia" in El Obeid that day.

CLAIM 2: A video shows the RSF executing prisoners in Bara this week.

VERDICT: False context. The video was first posted in June 2023 and was filmed in Khartoum.

CLAIM 3: The RSF says it took control of Um Sumeima, a village about 30 km west of El Obeid, on Saturday.

VERDICT: Unverified. The army says its troops still hold the village and repelled an RSF assault there on Saturday, killing "scores" of attackers. Satellite images from Monday show burned structures on the village's edge but cannot show who controls it.

ALSO THIS WEEK: A drone strike on a fuel market in Dilling, South Kordofan, on Thursday killed three traders, according to the local emergency response room. Activists attributed it to either the RSF or the SPLM-N faction led by Abdelaziz al-Hilu.

OUR NOTE: Both sides in this war use drones against towns they cannot take. Until independent access is granted, every toll from Kordofan should be read as a claim.
"""

RSF = ["Rapid Support Forces", "RSF", "RSF drone", "its drones", "attackers"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "its troops", "Military Forces of Sudan",
       "Burhan militia", "state governor's office"]
SPLMN = ["SPLM-N", "Sudan People's Liberation Movement-North", "SPLM-N al-Hilu", "Abdelaziz al-Hilu"]
ELOBEID_HC = L(["El Obeid", "Al-Ubayyid", "health centre", "east of the city", "North Kordofan"], 13.18, 30.22, "SD")
ELOBEID = L(["El Obeid", "Al-Ubayyid", "North Kordofan"], 13.18, 30.22, "SD")
# "a village about 30 km west of El Obeid" -> LKM from El Obeid
UM_SUMEIMA = LKM(["Um Sumeima", "Umm Sumeima", "west of El Obeid", "El Obeid"], 13.18, 30.22, 30, 270, "SD")
DILLING = L(["Dilling", "Al-Dilling", "fuel market", "South Kordofan"], 12.05, 29.65, "SD")
KHARTOUM = L(["Khartoum"], 15.50, 32.56, "SD")
NOV = ["Nile Observer", "Nile Observer Verify Desk", "Verify Desk", "author"]
GOV14 = ["state governor's office", "governor's office", "North Kordofan governor"]
E14 = [
    # one strike, three tolls from three sources (the governor's office / a doctor / viral posts) and the RSF's
    # other object -> the two named sources' tolls one core event each; the posts' "dozens", which the desk finds
    # unsupported, a non-core copy with status possible (added here); the RSF's "military warehouse" a core event
    # of its own and its denial a non-core denied copy
    E(True, "an RSF drone had hit the centre that morning, killing eight people, including two nurses, and wounding 15",
      EXP, AIR, actor1=RSF, actor2=CIV + ["health centre", "centre", "nurses"], location=ELOBEID_HC,
      date=D("2025-10-26"), killed=R(8), injured=R(15), source=GOV14),
    E(True, "he had received five bodies and \"more than a dozen\" wounded from the site", EXP, AIR,
      actor1=RSF + UNK, actor2=CIV, location=ELOBEID_HC, date=D("2025-10-26"), killed=R(5), injured=R(13, None),
      source=["doctor at El Obeid Teaching Hospital", "doctor", "El Obeid Teaching Hospital"]),
    E(False, "Posts shared widely since Sunday say a Rapid Support Forces (RSF) drone struck a hospital in El Obeid",
      EXP, AIR, actor1=RSF, actor2=CIV + ["hospital", "patients"], location=ELOBEID_HC, date=D("2025-10-26"),
      killed=R(24, None), source=["Posts", "social media posts"], status="possible"),
    E(False, "The RSF denied targeting any medical facility", EXP, AIR, actor1=RSF,
      actor2=CIV + ["medical facility"], location=ELOBEID_HC, date=D("2025-10-26"), source=RSF, status="denied"),
    E(True, "its drones had struck \"a military warehouse of the Burhan militia\" in El Obeid that day", EXP, AIR,
      actor1=RSF, actor2=SAF + ["military warehouse"], location=ELOBEID, date=D("2025-10-26"), source=RSF),
    # the old video's event, found to be from Khartoum in 2023 -> non-core background; the Bara telling is the
    # false claim itself -> no gold of its own
    E(False, "The video was first posted in June 2023 and was filmed in Khartoum", VAC, ATTACK, actor1=RSF,
      actor2=CIV + ["prisoners"], location=KHARTOUM, date=D("2023-06-01", "2023-06-30"), source=NOV),
    # the RSF's claim -> core, occurred; the army's version (its troops hold the village, an assault repelled,
    # "scores" of attackers -> 40..open, added here) -> a core Battles event, its denial of the capture a non-core
    # denied copy
    E(True, "The RSF says it took control of Um Sumeima, a village about 30 km west of El Obeid, on Saturday", BAT,
      NSAOVER, actor1=RSF, actor2=SAF, location=UM_SUMEIMA, date=D("2025-10-25"), source=RSF),
    E(True, "repelled an RSF assault there on Saturday, killing \"scores\" of attackers", BAT, CLASH,
      actor1=RSF + SAF, actor2=SAF + RSF, location=UM_SUMEIMA, date=D("2025-10-25"), killed=R(40, None),
      source=["army", "Sudanese army"] + SAF),
    E(False, "The army says its troops still hold the village", BAT, NSAOVER, actor1=RSF, actor2=SAF,
      location=UM_SUMEIMA, date=D("2025-10-25"), source=["army"] + SAF, status="denied"),
    # "either the RSF or the SPLM-N faction" -> both plus unknown; "on Thursday" -> 23 October
    E(True, "A drone strike on a fuel market in Dilling, South Kordofan, on Thursday killed three traders", EXP, AIR,
      actor1=UNK + RSF + SPLMN, actor2=CIV + ["fuel market", "traders", "three traders"], location=DILLING,
      date=D("2025-10-23"), killed=R(3), source=["local emergency response room", "emergency response room"] + NOV),
    E(False, "Both sides in this war use drones against towns they cannot take", EXP, AIR, actor1=RSF + SAF,
      actor2=CIV, location=L(["Kordofan", "Sudan"], cc="SD"), source=NOV, aggregate=True),
    # no gold: "CLAIM 2: A video shows the RSF executing prisoners in Bara this week" (the false claim), "We found
    # no evidence for dozens", the satellite images (burned structures, no act told), "every toll ... should be
    # read as a claim" (opinion)
]
DOCS.append(("dev-u-14", "Nile Observer Verify Desk (fact check)", "2025-10-28", "fact-checking desk's verdicts",
             "Sudan/Kordofan: one drone strike on a health centre in El Obeid told by the governor's office (eight "
             "dead, 15 wounded), a doctor (five bodies, 'more than a dozen' wounded), viral posts ('dozens', "
             "unsupported) and the RSF ('a military warehouse') with its denial, a video from Khartoum 2023, the "
             "RSF's capture claim 'about 30 km west of El Obeid' and the army's 'repelled' ('scores'), a drone by "
             "'either the RSF or the SPLM-N', a generic statement", T14, E14))
WEEKDAYS += [
    ("dev-u-14", "Tuesday 28 October 2025", "2025-10-28", "Tuesday"),
    ("dev-u-14", "since Sunday / on Sunday", "2025-10-26", "Sunday"),
    ("dev-u-14", "on Saturday", "2025-10-25", "Saturday"),
    ("dev-u-14", "on Thursday", "2025-10-23", "Thursday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_u", check_u, strip_text=True)


if __name__ == "__main__":
    main()
